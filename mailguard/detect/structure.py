"""Entities found from the structure of a part, after the recognizers' first pass.

The recognizers read one candidate at a time.  What they cannot see alone, the lines,
paragraphs and tables around them show:

- the names of records whose names were neither labelled nor followed by an honorific:
  the name analyser (``names``, a contained child process) reads the lines of a list,
  the lines of a card per person, the paragraphs around a special-care term or an
  identity number, and a line with a person's own mobile or birth date;
- the name column of a table whose header does not say so;
- the birth dates of a list whose column is described in a sentence;
- addresses without a prefecture on the lines of a list;
- the account holder after an account number.

``BUSINESS_WORDS`` tells a business's row or line (a shop, a branch) from a person's.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from mailguard.detect import names, names_rules
from mailguard.detect.context import PartText, block_of
from mailguard.detect.entities import address, birth_date, email_address, person_name, phone
from mailguard.detect.entities.base import Found, mask_text
from mailguard.detect.entities.types import IDENTIFIERS, RECORD_FIELDS

# words that make a row or a line a business's (a branch list, a shop directory)
# (not where a person's work is told: 食品工場経験, 倉庫ピッキング, 病院勤務; the look-ahead
# sits on those words only: around the whole alternation it makes every search slower)
_WORKED = r"(?!経験|勤務|作業|ピッキング)"
BUSINESS_WORDS = re.compile(r"株式会社|有限会社|合同会社|[(（]株[)）]|[(（]有[)）]|㈱|㈲|支店|支社|"
                       rf"営業所|出張所|本社|本店|事業所|工場{_WORKED}|倉庫{_WORKED}|店舗|"
                       r"[^\s]店(?:\s|$)|"
                       rf"センター{_WORKED}|事務所|ホテル{_WORKED}|旅館|病院{_WORKED}|医院|クリニック|"
                       r"薬局|学校|大学|市役所|区役所|町役場|協会|組合|銀行|信用金庫|代表|受付|窓口|"
                       + person_name.LATIN_LEGAL_FORMS, re.I)
# words an organisation's word begins that are no organisation (学校記録, センター長,
# 病院食, 受付番号): a record it keeps, a person's post, a thing
_NOT_ORGANISATION_AFTER = re.compile(r"記録|長|食|内|名簿|番号|日時|時間|宛|経由|通い|行き|帰り")


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) overlaps one of ``spans`` (sorted by start, each shorter than
    _SPAN_MAX)."""
    k = bisect.bisect_left(spans, (e, -1))
    while k > 0:
        k -= 1
        fs, fe = spans[k]
        if fe > s:
            return True
        if fs < s - _SPAN_MAX:
            return False
    return False


_SPAN_MAX = 1000


def organisation_cell(cell: str) -> bool:
    """Whether a table cell names an organisation (a shop, a branch, a hospital): one of
    ``BUSINESS_WORDS`` not beginning another word (「学校記録」 is a record, not a school)."""
    return any(not _NOT_ORGANISATION_AFTER.match(cell, m.end())
               for m in BUSINESS_WORDS.finditer(cell))


# a line or cell handed to the name analyser is at most this long (it reads short texts)
_NAME_TEXT = 200
# lines asked about per part: those with a person's fields first, at most _FIELD_LINES, so
# that the lines of the first cards of a long list (their names stand alone) still fit;
# a list that long is a list whatever the rest holds
_FIELD_LINES = 200
_NAME_TEXTS = 400


# a line that gives a person's age, or opens a bracket after their honorific (…様（…市…）)
_PERSONS_LINE = re.compile(r"[（(][0-9０-９]{1,3}歳|(?:様|さん|殿|氏)[ \u3000]*[（(]")


def municipal_addresses(pt: PartText, found: list[Found]) -> list[Found]:
    """Addresses without their prefecture (江東区東雲1-9-22, 東浜市岬台6丁目): after an
    address label (住所：…, …在住), and on the lines of a list of people's fields."""
    have = {pt.line_span(f.start)[0] for f in found if f.type == "JP_ADDRESS" and f.start >= 0}
    folded = pt.folded
    out: list[Found] = []
    # a label says what follows is an address, wherever it stands
    labelled: dict[int, int] = {}
    for h in pt.hits:
        if h.word in address.ADDRESS_LABELS:
            la, lb = pt.line_span(h.start)
            if la not in have:
                labelled[h.end] = lb
    for m in _RESIDENT.finditer(folded):  # 「東浜市岬台6丁目在住」
        la, _lb = pt.line_span(m.start())
        if la not in have:
            labelled[max(la, m.start() - 24)] = m.start()
    for a in sorted(labelled)[:200]:
        # (or a town's block alone, as a neighbour writes it: お迎え先：緑ヶ丘町4丁目12番3号)
        out += (address.municipal_addresses(pt, a, labelled[a], 0.9)
                or address.municipal_addresses(pt, a, labelled[a], 0.9, address.LOCAL))
    lines = {}
    for f in found:
        if f.type in ("PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON_NAME", "DATE_OF_BIRTH") \
                and f.start >= 0:
            la, lb = pt.line_span(f.start)
            lines[la] = lb
    if len(lines) < 2 and not any(_PERSONS_LINE.search(folded, la, lb) for la, lb in lines.items()):
        # a contact line in a mail: no list of people to complete (unless the line gives
        # a person's age, or their address in brackets after their honorific:
        # 「小鳥遊 源治さん（27歳、浜ノ宮市高砂町3-11-10）」, 「舟生 理沙 様（若葉市緑町5-8）」)
        return out
    have |= {pt.line_span(f.start)[0] for f in out}
    towns: list[Found] = []
    for la in sorted(set(lines) - have)[:500]:
        segment = folded[la:lines[la]]
        if "市" in segment or "区" in segment or "町" in segment or "村" in segment:
            found_here = address.municipal_addresses(pt, la, lines[la], 0.7)
            out += found_here
            if found_here:
                continue
        if "丁目" in segment or "番地" in segment:
            found_here = address.municipal_addresses(pt, la, lines[la], 0.7, address.LOCAL)
            out += found_here
            if found_here:
                continue
        towns += address.municipal_addresses(pt, la, lines[la], 0.7, address.TOWN_BLOCK)
    if len({pt.line_span(f.start)[0] for f in towns}) >= 3:
        out += towns  # a column of towns' blocks down a list (高砂町2-5-17／080-…)
    return out


_RESIDENT = re.compile(r"(?<=[0-9０-９目番地号])在住")
_POSTAL_MARK = re.compile(r"〒[ \u3000]?[0-9]{3}-?[0-9]{4}[ \t\u3000]*")


def postal_addresses(pt: PartText, found: list[Found], end: int) -> list[Found]:
    """Addresses without their prefecture after a postal code (「〒236-0031 横浜市金沢区
    六浦3-22-5」): the 〒 says what follows is an address, as a label does."""
    have = {pt.line_span(f.start)[0] for f in found if f.type == "JP_ADDRESS" and f.start >= 0}
    out: list[Found] = []
    for k, m in enumerate(_POSTAL_MARK.finditer(pt.folded, 0, end)):
        if k >= 200:
            break
        la, lb = pt.line_span(m.start())
        if la in have:
            continue
        for a in address.municipal_addresses(pt, m.end(), min(lb, m.end() + 60), 0.85):
            if a.start == m.end():  # the address begins right after the code
                a.start = m.start()
                out.append(a)
    return out


_LABEL_REACH = 40
# a header line: words set apart as columns
_COLUMNS = re.compile(r"\S(?:\t|[ \u3000]{2,}|[,，|｜])\S")
_CONTACT_TYPES = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS", "PERSON_NAME"})


def _dated_contact_lists(pt: PartText, found: list[Found], starts: Sequence[int]) -> set[int]:
    """Blocks of three or more lines that each give a person's contacts (two kinds of
    name, phone, mail, address) and a date long past with no other word for it
    (「申込ID:88400  坂本 志保 … 1974/01/01  070-…」): a list of people with their birth
    dates, whose column was never named (a column headed 登録日 or 設置日 is another date)."""
    kinds: dict[int, set[str]] = defaultdict(set)
    for f in found:
        if f.type in _CONTACT_TYPES and f.start >= 0 and not f.quoted:
            kinds[pt.line_span(f.start)[0]].add(f.type)
    last = dt.date.today().year - 10
    per_block: dict[int, int] = defaultdict(int)
    for la, types in kinds.items():
        if len(types) < 2:
            continue
        lb = pt.line_span(la)[1]
        hit = birth_date.date_in(pt.folded[la:lb])
        if hit and birth_date.plausible_birth(hit[0]) and hit[0].year <= last \
                and not birth_date.OTHER_DATE.search(pt.folded, max(la, la + hit[1] - 12),
                                                     la + hit[1]):
            per_block[block_of(starts, la)] += 1
    # the block's first lines may be the header of its columns (登録日, Last visit), under
    # a sheet's name
    out = set()
    for b, n in per_block.items():
        if n < 3:
            continue
        first_end = pt.line_span(starts[b])[1]
        head_end = pt.line_span(min(first_end + 1, len(pt.folded)))[1]
        if not any(birth_date.OTHER_DATE.search(line) and _COLUMNS.search(line)
                   and not birth_date.date_in(line)
                   for line in pt.folded[starts[b]:head_end].split("\n")):
            out.add(b)
    return out



def list_birth_dates(pt: PartText, found: list[Found], starts: Sequence[int]) -> list[Found]:
    """Birth dates that no label stands next to: in the paragraph after a line that names
    a 生年月日 column but holds no date itself (「社員番号／氏名／生年月日の順です」), and on
    the other lines of a paragraph where two lines already carry a birth date."""
    folded = pt.folded
    blocks: set[int] = set()
    for h in pt.hits:
        if h.word in birth_date.LABELS:
            la, lb = pt.line_span(h.start)
            # (the label's own date stands right after it: a bounded look keeps a
            # megabyte-long line with thousands of labels linear)
            if not birth_date.date_in(folded[h.end:min(lb, h.end + _LABEL_REACH)]):
                b = block_of(starts, h.start)
                blocks |= {b, b + 1}
    per_block: dict[int, set[int]] = defaultdict(set)
    for f in found:
        if f.type == "DATE_OF_BIRTH" and f.start >= 0:
            per_block[block_of(starts, f.start)].add(pt.line_of(f.start))
    blocks |= {b for b, lines in per_block.items() if len(lines) >= 2}
    blocks |= _dated_contact_lists(pt, found, starts)
    if not blocks:
        return []
    dated = {pt.line_span(f.start)[0] for f in found if f.type == "DATE_OF_BIRTH"
             and f.start >= 0}
    out: list[Found] = []
    for b in sorted(blocks):
        if b >= len(starts):
            continue
        a, e = starts[b], starts[b + 1] if b + 1 < len(starts) else len(folded)
        pos, count = a, 0
        while pos < e and count < 500:
            la, lb = pt.line_span(pos)
            if la not in dated:
                hit = birth_date.date_in(folded[la:lb])
                if hit and birth_date.plausible_birth(hit[0]) and hit[0].year <= 2015:
                    d, s, t = hit
                    out.append(Found("DATE_OF_BIRTH", la + s, la + t, d.isoformat(),
                                     (birth_date.mask_date, folded[la + s:la + t]), 0.7, ""))
            pos, count = lb + 1, count + 1
    return out


_HOLDER = re.compile(r"[ \t\u3000]*(?:[(（]?名義[)）]?[:：]?[ \t\u3000]*)?"
                     r"([ァ-ヶー]{2,8}[ \u3000][ァ-ヶー]{1,8})(?=[ \t\u3000]|$)", re.M)


def account_holders(pt: PartText, found: list[Found]) -> list[Found]:
    out = []
    for f in found:
        if f.type != "JP_BANK_ACCOUNT" or f.start < 0:
            continue
        m = _HOLDER.match(pt.folded, f.end, min(f.end + 30, len(pt.folded)))
        if m and not _KANA_NOT_NAME.search(m.group(1)):
            v = m.group(1)
            out.append(Found("PERSON_NAME", m.start(1), m.end(1), v.translate(NO_SPACES),
                             (mask_text, v), 0.8, "口座名義"))
    return out


def unlabelled_names(pt: PartText, found: list[Found], starts: Sequence[int],
                     end: int | None = None) -> list[Found]:
    """PERSON_NAMEs the analyser finds on the lines of a person's fields (a record whose
    name was neither labelled nor followed by an honorific) and in the blocks of a
    sensitive term.  Nothing when the analyser is unavailable: the records then rest on
    structure alone.  Nothing at or after ``end`` is read: the sender's signature, whose
    name is no one's record."""
    folded = pt.folded
    stop = len(folded) if end is None else end
    # a labelled record (氏名：…／電話：…／住所：…) names its person on the line above
    named_lines = {f.line + d for f in found if f.type == "PERSON_NAME" and not f.own
                   for d in (0, 1, 2, 3)}
    name_lines = {f.line for f in found if f.type == "PERSON_NAME" and not f.own}
    named_near = {f.block + d for f in found if f.type == "PERSON_NAME" and not f.own
                  for d in (-1, 0, 1)}
    spans: dict[int, int] = {}
    # the short head of a line before its first field, read alone as well (「四十物 麻衣
    # S57.3.21生」): a name the analyser does not know is taken where it stands alone
    heads: dict[int, int] = {}
    # a list of conditions (a term on each of three lines or more of a paragraph) names
    # its people line by line, whoever else the paragraph names (「飯干様にもご確認を」)
    term_lines: dict[int, set[int]] = defaultdict(set)
    for f in found:
        if f.type == "SENSITIVE_CATEGORY" and not f.quoted and f.confidence >= 0.5:
            term_lines[f.block].add(f.line)
    for f in found:
        if f.quoted or f.type not in RECORD_FIELDS or f.start < 0:
            continue
        if f.type == "DATE_OF_BIRTH" and f.start > 0 and folded[f.start - 1] in "（(":
            # a birth date in brackets after its person's name, however long the line and
            # whoever else it names (「…、長男の橋本 翔太（昭和30年4月7日生、…在住）、…」)
            fa = pt.line_span(f.start)[0]
            cs = f.start - 1
            while cs > fa and f.start - cs < 16 and folded[cs - 1] not in _NAME_STOPS:
                cs -= 1
            if f.start - 1 - cs >= 2:
                spans.setdefault(cs, f.start - 1)
        if f.type == "SENSITIVE_CATEGORY" or f.type in IDENTIFIERS:
            if f.confidence < 0.5 or f.block < 0 or (
                    f.block in named_near and len(term_lines.get(f.block, ())) < 3):
                continue  # weak, or its person is already named
            # the person may be named a few lines before or after, in the same paragraph,
            # the two before it or the one after
            a = starts[max(f.block - 2, 0)]
            b = min(starts[f.block + 2] if f.block + 2 < len(starts) else stop, stop)
            la, lb = pt.line_span(f.start)
            for _ in range(6):  # six lines up
                if la <= a:
                    break
                la = pt.line_span(la - 1)[0]
            pos, count = la, 0
            while pos < b and count < 14:
                la, lb = pt.line_span(pos)
                if lb > la and pt.line_of(la) not in named_lines:
                    spans.setdefault(la, min(lb, la + _NAME_TEXT))
                pos, count = lb + 1, count + 1
        elif f.line not in named_lines or (
                f.line not in name_lines and _named_at_head(folded, *pt.line_span(f.start))):
            # (under a named heading, a line may name a person of its own at its head:
            # 「■MEHTA Rahul さんのご家族」 over 「　MEHTA Priya　妻　1988年10月2日生」)
            la, lb = pt.line_span(f.start)
            spans.setdefault(la, min(lb, la + _NAME_TEXT))
            # (a head is short: only the line's first _HEAD_REACH characters are read,
            # however many fields a long line has)
            if (f.start - la <= _HEAD_REACH
                    and 2 <= len(folded[la:f.start].strip(" \t\u3000・:：")) <= 16):
                heads[la] = min(heads.get(la, f.start), f.start)
            else:
                # the line's first column, where columns are set apart by a wide gap
                # (「2. 百目鬼 陽子　東都銀行 町田支店 普通 2093751」)
                # (the folded text has made full-width spaces narrow: the gap is read in
                # the original, whose offsets are the same)
                gap = _COLUMN_GAP.search(pt.text, la + 1, min(f.start, la + _HEAD_REACH))
                if gap is not None and 2 <= len(folded[la:gap.start()].strip(
                        " \t\u3000・:：")) <= 16:
                    heads[la] = min(heads.get(la, gap.start()), gap.start())
            if f.block >= 0 and la > starts[f.block]:
                # records one under another in one paragraph, each under its person's
                # name on a line of its own (「■江波戸 隆」 over 「連絡先：…」), the other
                # fields' labelled lines between (「国籍：…　年齢：26歳」)
                pa, pb = pt.line_span(la - 1)
                for _ in range(3):
                    if pa <= starts[f.block] or not _LABEL_LINE.match(folded, pa, pb):
                        break
                    pa, pb = pt.line_span(pa - 1)
                head = _BRACKETED_TAIL.sub("", _ENTRY_NUMBER.sub(
                    "", folded[pa:pb].strip(_HEADING_MARKS)))  # (「（6さい）」 after it)
                # (a name in romaji is longer: CHAIYAPORN NATTAPONG)
                if 2 <= len(head) <= (32 if _ROMAJI_HEAD.fullmatch(head)
                                      and not _KANA_NOT_NAME.search(head) else 16) \
                        and not any(c.isdigit() for c in head) \
                        and pt.line_of(pa) not in named_lines:
                    spans.setdefault(pa, pb)
            if f.type == "DATE_OF_BIRTH" and f.block >= 0:
                # a form's lines: the person is named on a line above the birth date
                # (「子：藤井 直樹（ナオキ）」 over 「生年月日：…」), in the same paragraph
                top = starts[f.block]
                for _ in range(2):
                    if la <= top:
                        break
                    la, lb = pt.line_span(la - 1)
                    if lb > la and pt.line_of(la) not in named_lines:
                        spans.setdefault(la, min(lb, la + _NAME_TEXT))
        if len(spans) >= _FIELD_LINES:
            break
    # the analyser is asked about lists (three or more such lines), special-care terms,
    # identity numbers, and a line that carries a person's own field (a_persons_own)
    personal = [f for f in found if not f.quoted and not f.own and f.block >= 0
                and a_persons_own(f)]
    if not spans or (len(spans) < 3 and not personal and not any(
            (f.type == "SENSITIVE_CATEGORY" or f.type in IDENTIFIERS) and f.confidence >= 0.5
            for f in found if not f.quoted and not f.own)):
        return []
    named_blocks = {f.block for f in found if f.type == "PERSON_NAME" and not f.own}
    if len(spans) >= 3:
        # one record per block (a business card, 「■山田 太郎」 above its fields): the
        # name stands on a line of its own, so every line of such a block is read
        blocks = {f.block for f in found if f.type in RECORD_FIELDS and f.block >= 0
                  and not f.quoted} - named_blocks
    else:
        # a card of one person (a slide, a profile: 「Rizky Pratama (Indonesia)」 over
        # 「E-mail: …@gmail.com」): a short paragraph with a person's own field
        blocks = {bi for bi in {f.block for f in personal} - named_blocks
                  if _short_block(pt.folded, starts, bi, stop)}
    card_lines: set[int] = set()
    for bi in sorted(blocks):
        a = starts[bi]
        b = min(starts[bi + 1] if bi + 1 < len(starts) else stop, stop)
        pos, count = a, 0
        while pos < b and count < 12 and len(spans) < _NAME_TEXTS:
            la, lb = pt.line_span(pos)
            if lb > la:
                spans.setdefault(la, min(lb, la + _NAME_TEXT))
                card_lines.add(la)
            pos, count = lb + 1, count + 1
    out: list[Found] = []
    # the spans taken so far, by start, for a bisect instead of a scan per name (a line of
    # thousands of names would cost the square)
    taken = sorted((f.start, f.end) for f in found if f.start >= 0)
    if len(spans) >= 3 or card_lines:
        # list lines: a name reading in katakana at the head of the line (口座名義 of a
        # transfer list, 「フクダ サナエ  ○○銀行…」), which the analyser seldom tags;
        # the lines of a card
        for a in (spans if len(spans) >= 3 else sorted(card_lines)):
            m = _head_name(folded, a, spans[a], cells=True)
            if m and not _overlaps(taken, *m.span(1)) \
                    and not _COMPANY_AFTER.match(folded, m.end(1), spans[a]):
                v = m.group(1)
                out.append(Found("PERSON_NAME", m.start(1), m.end(1),
                                 v.translate(NO_SPACES), (mask_text, v), 0.7, ""))
    # a foreign name in katakana, its parts set off by 「・」, as the subject of a sentence
    # (「弊社のアフマド・ルスディは、イスラム教徒のため」), which the analyser seldom tags
    # (or heading an entry of a list: 「1. パトリック・ムボヨ　36歳　090-…」)
    for a, b in spans.items():
        # (a span is a line from its start: the entry's head is matched there only)
        listed = _LISTED_KANA_NAME.match(folded, a, b)
        if listed and BUSINESS_WORDS.search(folded, a, b):
            listed = None
        # (a name in romaji inside a Japanese sentence, marked as a person's by an employee
        # number, an honorific or a particle: 「生産リーダー Anan Wongsawat（社員番号 TH0047）が」)
        # (or the subject of an English sentence of what befell a person: 「Grace Okafor was
        # groped」, 「Pham Thu Ha collapsed」; a longer proper noun's tail is not taken)
        subjects = [m for m in _LATIN_SUBJECT.finditer(folded, a, b)
                    if not _PROPER_BEFORE.search(folded, max(m.start(1) - 20, a), m.start(1))]
        for m in [*_LATIN_IN_JAPANESE.finditer(folded, a, b), *subjects]:
            if not person_name.NOT_ROMAJI_NAMES.search(m.group(1)) \
                    and not _COMPANY_AFTER.match(folded, m.end(1), b) \
                    and not _overlaps(taken, *m.span(1)):
                bisect.insort(taken, m.span(1))
                out.append(Found("PERSON_NAME", m.start(1), m.end(1),
                                 m.group(1).casefold().replace(" ", ""),
                                 (mask_text, m.group(1)), 0.7, ""))
        for m in [*_FOREIGN_KANA_NAME.finditer(folded, a, b), *([listed] if listed else [])]:
            if foreign_kana_name(m.group(1)) and not _overlaps(taken, *m.span(1)):
                v = m.group(1)
                bisect.insort(taken, m.span(1))
                out.append(Found("PERSON_NAME", m.start(1), m.end(1),
                                 v.translate(NO_SPACES), (mask_text, v), 0.7, ""))
    # a case's initials before an age on a line of conditions: a line listing of cases
    # (「SLP-104　K.M.　34歳 女性　接触皮膚炎」) names its people so
    for line_start in sorted({pt.line_span(f.start)[0] for f in found
                              if f.type == "SENSITIVE_CATEGORY" and not f.quoted
                              and f.confidence >= 0.5 and f.start >= 0})[:_NAME_TEXTS]:
        m = _INITIALS_AGED.search(folded, line_start, pt.line_span(line_start)[1])
        if m and not _overlaps(taken, *m.span(1)):
            bisect.insort(taken, m.span(1))
            out.append(Found("PERSON_NAME", m.start(1), m.end(1), m.group(1),
                             (mask_text, m.group(1)), 0.7, ""))
    # a line of running text wrapped right after a name, its mobile on the next line
    # (「…総務課長の宮下」 over 「(携帯 090-…)、…」): the line is read with that bracket
    for a, b in list(spans.items()):
        if b < len(folded) and folded[b] == "\n" and (
                wrapped := names_rules.MOBILE_AFTER.match(folded, b)):
            spans[a] = wrapped.end()
    order = sorted((a, b) for a, b in spans.items())
    order += sorted((a, b) for a, b in heads.items() if a in spans and b < spans[a])
    try:
        results = _find_names([folded[a:b] for a, b in order])
    except names.NamesUnavailable:
        return out
    for (a, _b), hits in zip(order, results, strict=True):
        for h in hits:
            s, e = a + h.start, a + h.end
            if not (h.surname or h.given) or _overlaps(taken, s, e):
                continue
            bisect.insort(taken, (s, e))
            v = folded[s:e]
            if not person_name.plausible_name(v) and not (
                    # a child's one-kanji given name before さん (樹さん, 蓮くん)
                    len(v) == 1 and "\u4e00" <= v <= "\u9fff" and h.given
                    and folded.startswith(_CHILD_HONORIFICS, e)):
                continue
            if person_name.a_pets_name(pt, v, s):
                continue  # 大福ちゃんは糖尿病で, ペットのお名前：チョコ: a dog's name
            if (_PLACE_AFTER.match(folded, e)
                    or _BUILDING_BEFORE.search(folded, max(0, s - 7), s)):
                continue  # 川口営業所, 医療センター, ハイツ翠明: a place named like a person
            name = Found("PERSON_NAME", s, e, v.translate(NO_SPACES), (mask_text, v), 0.7, "")
            if _SELF_BEFORE.search(folded, max(0, s - 3), s):
                name.own = True  # 「連絡先は私、佐久間（携帯 …）」: the sender, of himself
            la, lb = pt.line_span(s)
            if (la < 200 and pt.line_of(la) < 3 and _SALUTATION_LINE.fullmatch(folded, la, lb)
                    and person_name.heads_the_mail(folded, la)):
                name.own = True  # 「佐伯先生」 heading the mail: its addressee
            out.append(name)
    return out


_LATIN_IN_JAPANESE = re.compile(
    r"(?<=[\u3040-\u30ff\u4e00-\u9fff][ \u3000])([A-Z][a-z]{1,15} [A-Z][a-z]{1,20})"
    r"(?=[ \u3000]?(?:[（(](?:社員|従業員|職員|ID|No|[0-9０-９]{1,3}歳)"
    r"|さん|様|氏|が|は(?![a-z])))")
# (a name's words as people write them: O'Brien, Al-Rashid, Hans-Peter, Müller, a surname in
# capitals (WATANABE Kenji, NGUYEN Van Minh), a middle initial, a particle: Juan dela Cruz)
_LATIN_WORD = (r"(?:[A-ZÀ-Þ][a-zß-ÿ]{1,15}(?:[-'’][A-ZÀ-Þ]?[a-zß-ÿ]{1,15})?"
               r"|(?:O'|Al-|Mc)[A-Z][a-z]{1,15}|[A-Z]{2,15})")
_LATIN_SUBJECT = re.compile(
    rf"(?<![A-Za-z])((?=[A-Z]{{0,15}}[a-z]|[A-Z][A-Z]+ [A-Z][a-z])"
    rf"{_LATIN_WORD}(?: [A-Z]\.)?(?: (?:(?:de|dela|del|da|van|von|bin|binti|al|el|di) )?"
    rf"{_LATIN_WORD}){{1,2}})"
    r"(?= (?:was|is|has|had|collapsed|fell|suffered|underwent|tested|remains|developed)\b)")
# a capitalised word right before (Ina Central…), unless a title (Ms Grace Okafor)
_PROPER_BEFORE = re.compile(r"(?<!\bMs)(?<!\bMr)(?<!\bDr)(?<!\bMrs)(?<!\bMiss)"
                            r"(?:[A-Z][a-z]*\.?) \Z")
_SELF_BEFORE = re.compile(r"私[、, \u3000]?\Z")


# a list line that gives a person's age, pay, hire date or score beside the name (若狭 直人（29歳）,
# ・長谷川 亮（雇入 H27.1.5）時給 1200円): the head before it is read by the analyser
# (one pattern: the scan's early exit looks for them in every part)
# (or the hours and leave a person took: 「楢崎 健（物流C）時間外101.0h・有休取得2日」)
_PAY_WORDS = "雇入|入社|採用日|時給|日給|月給|年収|基本給|給与|賃金|時間外|残業|有休|有給"
# (or a test's score: 「石動 陽向（府中緑小）4科 332点 特待A」)
# (or an appraisal's grade: 「一ノ瀬 陽介（営業課）　一次 A → 調整後 C」)
_GRADE = r"(?:一次|二次|最終|調整後|評価|評定|考課)[ \u3000:：]*[SABCDE][+\-]?(?![A-Za-z])"
_SCORE = f"[0-9]{{1,3}}点|偏差値|{_GRADE}"
# (words only: a digit class in the pattern would make the search of every part try
# every position, eight times the time; a score is looked for where 点 stands at all)
ATTRIBUTE_HINT = re.compile(f"歳|才|{_PAY_WORDS}")
_SCORE_HINT = re.compile(r"[0-9]点")
_GRADE_HINT = re.compile(_GRADE)


def attribute_hint(folded: str, end: int) -> bool:
    """Whether the text gives people's ages, pay, scores or grades (a list's attributes)."""
    return ATTRIBUTE_HINT.search(folded, 0, end) is not None or (
        folded.find("ID", 0, end) >= 0 and _ROSTER_LINE_EN.search(folded, 0, end) is not None
    ) or (
        folded.find("点", 0, end) > 0 and _SCORE_HINT.search(folded, 0, end) is not None
    ) or folded.find("偏差値", 0, end) >= 0 or (
        # (a grade's words are looked for first: a pattern is a pass over every part)
        (folded.find("評", 0, end) >= 0 or folded.find("考課", 0, end) >= 0
         or folded.find("一次", 0, end) >= 0 or folded.find("二次", 0, end) >= 0
         or folded.find("調整後", 0, end) >= 0
         or folded.find("最終", 0, end) >= 0)
        and _GRADE_HINT.search(folded, 0, end) is not None)


_ATTRIBUTE_LINE = re.compile(r"(?m)^[ \t\u3000・\-*＊●○■□◆◇]*(?:[0-9]{1,3}[.．)）][ \t\u3000]*)?"
                             r"([^\s\d（(、,，：:。][^\n\d（(、,，：:。]{1,15}?)[ \t\u3000]*"
                             # a department in brackets and a few words may come first
                             # (百目鬼 晴美（物流センター） 利用18回／お子様2歳)
                             r"(?:[（(][^)）\n]{1,12}[)）][^\n歳才]{0,16}?"
                             # …or inside the age's bracket (日向 浩二（総務部・26歳）)
                             r"|[（(][^)）\n\d]{1,12}[・、,，／/ \u3000])?[（(]?"
                             rf"(?:満?[0-9]{{1,3}}(?:歳|才)|{_PAY_WORDS}|{_SCORE})")
_ATTRIBUTE_LINES_MIN = 3


# an English roster's line: a name in capitals, then a bracket with the person's ID
# (「GATCHALIAN, EFREN (BSN, ID HS-20768): B – re-hire」)
_ROSTER_LINE_EN = re.compile(r"(?m)^[ \t]*(?:[0-9]{1,3}[.)][ \t]*)?"
                             r"([A-Z]{2,}(?:,? [A-Z][A-Za-z'\-]+){1,3})[ \t]*"
                             r"\((?=[^)\n]*\b(?:ID|No\.?)\b)")


def _roster_names(pt: PartText, end: int, taken: Sequence[Found]) -> list[Found]:
    """The names heading three or more lines of an English roster (a name in capitals,
    the person's ID in brackets after it)."""
    folded = pt.folded
    spans = [(f.start, f.end) for f in taken if f.start >= 0]
    out = []
    for m in _ROSTER_LINE_EN.finditer(folded, 0, end):
        v = m.group(1)
        if _KANA_NOT_NAME.search(v.title()) or any(m.start(1) < fe and fs < m.end(1)
                                              for fs, fe in spans):
            continue
        out.append(Found("PERSON_NAME", m.start(1), m.end(1), v.replace(" ", ""),
                         (mask_text, v), 0.7, "attribute"))
    return out if len(out) >= _ATTRIBUTE_LINES_MIN else []


def attribute_names(pt: PartText, end: int, taken: Sequence[Found]) -> list[Found]:
    """The names heading the lines of a list that gives each person's age, pay or hire
    date (「若狭 直人（29歳）　診断A」): three such lines at least, their names found by the
    analyser.  The lines are records of a person's attributes, even with no contact.
    So are an English roster's lines (a name in capitals, its ID in brackets)."""
    roster = _roster_names(pt, end, taken) if pt.folded.find("ID", 0, end) >= 0 else []
    return roster or _attribute_names(pt, end, taken)


def _attribute_names(pt: PartText, end: int, taken: Sequence[Found]) -> list[Found]:
    folded = pt.folded
    heads = [(m.start(1), m.end(1)) for m in _ATTRIBUTE_LINE.finditer(folded, 0, end)]
    if len(heads) < _ATTRIBUTE_LINES_MIN:
        return []
    heads = heads[:_FIELD_LINES]
    try:
        results = _find_names([folded[a:b].rstrip(" \t\u3000") for a, b in heads])
    except names.NamesUnavailable:
        return []
    spans = [(f.start, f.end) for f in taken if f.start >= 0]
    out: list[Found] = []
    unknown: list[tuple[int, int]] = []
    for (a, b), hits in zip(heads, results, strict=True):
        head = folded[a:b].rstrip(" \t\u3000")
        for h in hits:
            s, e = a + h.start, a + h.end
            # the name is the head, or nearly (a title after it: 若狭 直人 様)
            if not (h.surname or h.given) or e - s < len(head) - 3:
                continue
            v = folded[s:e]
            if not person_name.plausible_name(v) or any(s < fe and fs < e for fs, fe in spans):
                continue
            out.append(Found("PERSON_NAME", s, e, v.translate(NO_SPACES), (mask_text, v),
                             0.7, "attribute"))
            break
        else:
            unknown.append((a, a + len(head)))
    if len(out) < _ATTRIBUTE_LINES_MIN:
        return []
    if 2 * len(out) >= len(heads):
        # the other heads of a list most of whose heads are names are names the analyser
        # does not know (四月一日 瑞穂): surname and given name, set apart by a space
        for s, e in unknown:
            v = folded[s:e]
            if _SPACED_NAME.fullmatch(v) and person_name.plausible_name(v):
                out.append(Found("PERSON_NAME", s, e, v.translate(NO_SPACES),
                                 (mask_text, v), 0.6, "attribute"))
    return out


# a line of a list: a bullet or an entry's number before its first words, or a line of
# cells (a tab, or a gap of two spaces: full-width spaces are folded to one)
# (a bullet or an entry's number: ・ 1. 1) ① (1) 【1】 [1])
_ENTRY_HEAD = (r"[・●■◆◇○□*\-]|[0-9]{1,3}(?:[.)]|(?=[ \t]))|[①-⑳]|[(][0-9]{1,3}[)]"
               r"|【[0-9]{1,3}】|\[[0-9]{1,3}\]")
_LIST_LINE = re.compile(rf"(?m)^(?:[ \t]*(?:{_ENTRY_HEAD})[ \t]*(?=\S)|[^\n]*?(?:\t|\S {{2,}}\S)"
                        # (cells set apart by one full-width space each: 東海林　修　総務部)
                        r"|[ \t]*[0-9\u3041-\u30ff\u3400-\u9fff々](?:[^\n。、 ]* ){2,}[^\n。、 ]*$"
                        # (an indented short line: 「　萩原 大輔（営業二部）」)
                        r"|[ \t]+[^\s。][^\n。]{1,40}$"
                        # (or by commas: 東海販売,薬師寺 里美,…)
                        r"|[^\n,]{1,30},[^\n,]{0,30},)")
_LIST_BULLET = re.compile(rf"[ \t]*(?:{_ENTRY_HEAD})?[ \t]*")
_JAPANESE = re.compile(r"[\u3041-\u30ff\u3400-\u9fff々]")
# what a line of a list may start with (a bullet, an entry's number, an indent)
_LIST_STARTS = frozenset("・●■◆◇○□*-【[(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳ \t0123456789")
# a list's header line that names its name column
_COLUMN_NAMES = re.compile(r"[ \t]*(?:氏名|名前|お名前|姓名)(?:[ \t]|$)")
_FOREIGN_KANA_HEAD = re.compile(r"[ァ-ヶー]{1,8}(?:・[ァ-ヶー]{1,10}){1,3}")
_AFTER_A_NAME = frozenset(("", " ", "\t", "(", "（"))
ROSTER_MIN = 5          # names a list must give to be a list of people
_ROSTER_HEAD = 48       # characters of a line the analyser reads
_ROSTER_LINES = 400     # lines of one part read at most


def roster_hint(folded: str, end: int) -> bool:
    """Whether the text has five lines of a list or of cells (cheap: before any analysis)."""
    if folded.count("\n", 0, end) < ROSTER_MIN - 1:
        return False
    # a loop over the lines' first characters and gaps first: the pattern's alternatives
    # cost four times as much on the prose that most mail is
    n = 0
    for line in folded[:end].split("\n", _ROSTER_LINES)[:_ROSTER_LINES]:
        if line and (line[0] in _LIST_STARTS or "\t" in line or "  " in line
                     or line.count(" ") >= 2 or line.count(",") >= 2):
            n += 1
            if n >= ROSTER_MIN:
                break
    else:
        return False
    lines = _LIST_LINE.finditer(folded, 0, end)
    return sum(1 for _ in itertools.islice(lines, ROSTER_MIN)) >= ROSTER_MIN


def roster_names(folded: str, end: int) -> list[Found]:
    """The names heading the lines of a list of people that gives nothing else about them
    (「・遠藤 澪（営業部）」, 「1\t東海林 修\t品質保証課」): five lines or more of one
    paragraph that open with a person's full name, the analyser says, and at least half of
    that paragraph's list lines doing so.  Reported only (a list of names alone holds no
    mail): they take no part in the records."""
    heads: list[tuple[int, int, int]] = []   # (paragraph, head start, head end)
    paragraph, pos = 0, 0
    for line in folded[:end].split("\n", _ROSTER_LINES)[:_ROSTER_LINES]:
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            paragraph += 1
            continue
        if _LIST_LINE.match(line) is None:
            continue
        hs = a + _LIST_BULLET.match(line).end()
        tab = folded.find("\t", hs, b)
        if tab >= 0 and not _JAPANESE.search(folded, hs, tab):
            hs = tab + 1  # a row's number or code in a cell of its own (E1024, No.3)
            tab = folded.find("\t", hs, b)
        he = min(b, hs + _ROSTER_HEAD)
        if he - hs >= 2 and _JAPANESE.search(folded, hs, he):  # (not a rule: ------)
            heads.append((paragraph, hs, he))
    per_paragraph: dict[int, int] = defaultdict(int)
    for para, _hs, _he in heads:
        per_paragraph[para] += 1
    heads = [h for h in heads if per_paragraph[h[0]] >= ROSTER_MIN]
    if not heads:
        return []
    try:
        results = _find_names([folded[a:b] for _p, a, b in heads])
    except names.NamesUnavailable:
        return []
    named: dict[int, list[Found]] = defaultdict(list)
    named_lines: dict[int, int] = defaultdict(int)
    unknown: dict[int, list[Found]] = defaultdict(list)
    for (para, a, b), hits in zip(heads, results, strict=True):
        line_names = []
        for h in hits:
            # a full name anywhere on the line (a company's or a role's cell may come
            # first: 「東海販売,薬師寺 里美,…」, 「取締役　青柳 宗一郎」)
            if not (h.surname and h.given):
                continue
            s, e = a + h.start, a + h.end
            v = folded[s:e]
            if person_name.plausible_name(v) and not _PLACE_AFTER.match(folded, e):
                line_names.append(Found("PERSON_NAME", s, e, v.translate(NO_SPACES),
                                        (mask_text, v), 0.6, "roster"))
        if line_names:
            named[para].extend(line_names)
            named_lines[para] += 1
            continue
        if _COLUMN_NAMES.match(folded, a, b):
            per_paragraph[para] -= 1  # the list's header (氏名　言語　登録番号)
            continue
        # a surname and a given name the analyser does not know (四月一日　瑞穂, 薬袋 楓
        # （ミナイ カエデ）), or a foreign name in katakana (ファム・ティ・ラン)
        m = _SPACED_NAME.match(folded, a, b)
        if m is None:
            m = _FOREIGN_KANA_HEAD.match(folded, a, b)
            if m is not None and not foreign_kana_name(m.group()):
                m = None
        if m and folded[m.end():m.end() + 1] in _AFTER_A_NAME and \
                person_name.plausible_name(m.group()):
            v = m.group()
            unknown[para].append(Found("PERSON_NAME", m.start(), m.end(), v.translate(NO_SPACES),
                                       (mask_text, v), 0.5, "roster"))
    out: list[Found] = []
    for para, fs in named.items():
        lines = named_lines[para]
        if 2 * lines >= per_paragraph[para] and lines >= ROSTER_MIN - 2:
            fs = fs + unknown.get(para, [])
            lines += len(unknown.get(para, []))
        if len({f.key for f in fs}) >= ROSTER_MIN and 2 * lines >= per_paragraph[para]:
            out.extend(fs)
    return out


_SPACED_NAME = re.compile(r"[\u3400-\u9fff々ヶ]{1,5}[ \u3000][\u3400-\u9fff々ぁ-んァ-ヶー]{1,5}")


NO_SPACES = str.maketrans("", "", " \u3000・")
# what follows a place's or an institution's name, never a person's
_PLACE_AFTER = re.compile(r"営業所|支店|支社|本店|本社|店|病院|医院|医療|クリニック|センター|工場|"
                          r"事務所|出張所|駅|ビル|市|町|区|村|郡|県|銀行|信用金庫|信金|郵便局|"
                          r"小学校|中学校|高校|高等学校|大学|幼稚園|保育園|図書館|公園|ホール|会館|"
                          r"館|学園|学院|"
                          r"ホテル|旅館|教会|神社|寺|倉庫|商店|商事|産業|工業|建設|不動産|薬局|"
                          r"歯科|眼科|内科|外科|皮膚科|耳鼻|小児科|婦人科|泌尿器科|鍼灸|治療院|"
                          r"整骨院|接骨院|団地|住宅|荘|ハイツ|マンション|キャンパス|校舎|"
                          r"営業部|事業所|物流|運輸|自動車")
# a building's name after its kind, in an address (「…1-1-16 ハイツ翠明 407号室」)
_BUILDING_BEFORE = re.compile(r"(?:ハイツ|コーポ|メゾン|パレス|ハイム|レジデンス|シャトー|ヴィラ|"
                              r"コート|マンション|アパート|ビル|荘)[ \u3000]?$")
# (the copy line under it may close its bracket: （cc：おおたけ内科　大竹先生）)
_SALUTATION_LINE = re.compile(r"[^\n]{0,24}?(?:先生|様|殿|さん|御中|各位)[、,]?[ \t\u3000]*"
                              r"[)）]?[ \t\u3000]*")
# (after a list's number, or a log's time or date: 「10:15  シシド アオイ」, 「・8日　オカモト」)
# a day's date with its weekday may head the line too (「12/1(月)  Rizky Pratama」), or an
# order number in a column of its own (「1. #103182 | Emily Carter | …」)
_DAY = r"(?:[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}月[0-9]{1,2}日)[(（][月火水木金土日祝][)）]"
# (or in hiragana, as a list of children and parents is written: 「1.ひいらぎ まさこ／…」;
# or after an entry's 「No.01」, as a legacy system prints its lines)
_KANA_NAME = re.compile(rf"[ \t\u3000]*(?:{_DAY})?(?:No\.?(?=\d))?"
                        r"[ \t\u3000・\d.:：/)）年月日#|｜【】\[\]]*"
                        r"([ァ-ヶー]{2,8}[ \u3000][ァ-ヶー]{1,8}|[ぁ-ゖ]{2,6}[ \u3000][ぁ-ゖ]{1,6}"
                        r"|[ｦ-ﾟ]{2,12} [ｦ-ﾟ]{1,12})"
                        r"(?=[ \t\u3000（(／/]|$)")
# Daniel Whitford, KONDO Hiroaki, TAKEUCHI NANA at the head of a list line
_LATIN_NAME = re.compile(rf"[ \t\u3000]*(?:{_DAY})?"
                         r"[ \t\u3000・\d.:：/(（)）\-\[\]【】#|｜■◆●◇○□▼▶]*"
                         # an entry's label and number (Claim 3: Yoko Imai / tel …)
                         r"(?:[A-Z][a-z]{1,9}\.? ?#?\d{1,4} ?[:：.)] ?)?"
                         r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.? )?"
                         r"((?:[A-Z][a-z]+|[A-Z]{2,}),?(?: [A-Z]\.)?"
                         r" (?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,})"
                         # as passports and tickets write them: KAGAMI / SOTA
                         r"|[A-Z]{2,} ?/ ?[A-Z]{2,})(?=[ \t\u3000,(（]|$)")
_ROMAJI_HEAD = re.compile(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,3}")
# …or in a cell of its own on a line of cells (Booking GS-4305106 | HASEBE Chihiro | …)
# (or in katakana between slashes: 1355／キムラ カナタ／H26.4.4／…)
_LATIN_CELL = re.compile(r"[|｜\t／][ \u3000]*((?:[A-Z][a-z]+|[A-Z]{2,}) (?:[A-Z][a-z]+|[A-Z]{2,})"
                         r"|[\u30a1-\u30faー]{2,8}[ \u3000][\u30a1-\u30faー]{1,8})"
                         r"[ \u3000]*(?=[|｜\t／])")
_KANA_NOT_NAME = re.compile(r"カブシキ|ユウゲン|ガイシャ|ギンコウ|シテン|センター|サービス|ホテル|"
                            r"ショップ|ストア|マート|システム|コーポ|ホールディングス|"
                            r"Inc|Ltd|Co\b|Corp|Company|Bank|Hotel|Center|Centre|Group|Japan|"
                            r"Tokyo|Osaka|Dear|Best|Kind|Thank|"
                            # greetings of a season or a feast (Eid Mubarak, Ramadan Kareem)
                            r"Eid\b|Mubarak|Ramadan|Kareem|Happy|Merry|Greetings|"
                            # products and teams in romaji (Hinode Cloud HR, Sales Portal)
                            r"Cloud|Suite|Portal|Platform|Service|System|Support|Team|Desk|"
                            r"Office|Online|Studio|Works|Solution|Software|Network|Module|"
                            r"Manager|Edition|Partners|Lab\b|Labs|Hub\b|Plus\b|Pro\b|App\b|"
                            # places (Daimon Station Inn, Tamachi Business Hotel)
                            r"Station|Business|Inn\b|Hostel|Park\b|Annex|Tower|Building|Plaza|"
                            r"Clinic|Hospital|School|University|College|Museum|Airport|"
                            # shops named in English capitals (DESIGN STORE NAGI, SHIROKUMA HOME)
                            r"(?i:store|shop|home|design|market|kitchen|salon|gallery|"
                            r"factory|farm|house|garden|style|living|goods|select|grooming|"
                            r"trimming|beauty)|"
                            rf"\b(?:{person_name.LATIN_ORG_WORDS})\b")
_FOREIGN_KANA_NAME = re.compile(r"(?<![ァ-ヶー・])([ァ-ヶー]{1,8}(?:・[ァ-ヶー]{1,10}){1,3})"
                                r"(?=[ \u3000]?(?:は|が|を|に|の|と|も|、|（|\(|さん|様|氏|$))",
                                re.M)
_LISTED_KANA_NAME = re.compile(r"[ \t\u3000]*(?:[・●■◆◇○*\-]|\d{1,3}[.．)）]|[①-⑳])"
                               r"[ \t\u3000]*([ァ-ヶー]{1,8}(?:・[ァ-ヶー]{1,10}){1,3})"
                               r"(?=[ \t\u3000（(]|$)", re.M)  # (folded: 「　」 is a space)
_CHILD_HONORIFICS = ("さん", "くん", "ちゃん")
_INITIALS_AGED = re.compile(r"(?<![A-Za-z.])([A-Z]\.[ ]?[A-Z]\.)[ \t]*[0-9]{1,3}[ ]?歳")
# a word of capitals without a vowel (SSR, WCBW / WCLB): a code, no name's part
_CODES = re.compile(r"\b[B-DF-HJ-NP-TV-XZ]{3,}\b")
# loanwords set off by 「・」 the same way (ハラール・フード, ワーク・ライフ): no one's name
_LOANWORD_PART = re.compile(r"フード|サービス|センター|システム|ケア|ライフ|ワーク|ビジネス|"
                            r"マネジメント|プラン|プログラム|ウィーク|フェア|セール|ルーム|"
                            r"タイム|ポイント|カード|ネット|メール|アプリ|クラブ|チーム|グループ|"
                            r"パック|セット|コース|ツアー|レポート|データ|ファイル|バランス|"
                            r"マーケット|スタッフ|タワー|パーク|ステーション|ブランド|"
                            r"クーリング|ストップ|チェック|セルフ|オール|ベスト|"
                            r"プライス|キャッシュ|バック|フリー|オーダー|ライン|フォーム|シート|"
                            r"スタイル|デザイン|カラー|サイズ|モデル|タイプ|レベル|ゾーン|エリア|"
                            r"ガイド|マップ|パーティション|ボード|スペース|ルール|マット|ケース|シール|"
                            # what shops and agencies are called (カフェ・ヒノデ 吉祥寺店)
                            r"エージェンシー|アトリエ|プロダクション|オフィス|カフェ|ショップ|ストア|"
                            r"マート|サロン|スタジオ|ハウス|ホーム|ファーム|キッチン|ベーカリー|ホテル|"
                            r"レストラン|クリニック|ファクトリー|スクール|アカデミー|ギャラリー")
# loanwords of two or three sounds, that are a part of a name as often (ムワンギ, ハウザー):
# only a whole part of the word (ワン・ツー, ビル・メンテ)
_LOANWORD_WHOLE = frozenset({"ワン", "ツー", "デー", "ハウ", "マフ", "ビル", "ラボ"})


def _head_name(folded: str, a: int, b: int, cells: bool = False) -> re.Match[str] | None:
    """The name in katakana, hiragana or romaji heading the list line ``folded[a:b]`` (or,
    with ``cells``, in a cell of its own on it), unless a company's word or a code."""
    m = (_KANA_NAME.match(folded, a, b) or _LATIN_NAME.match(folded, a, b)
         or (_LATIN_CELL.search(folded, a, b) if cells else None))
    if m is None or _KANA_NOT_NAME.search(unicodedata.normalize("NFKC", m.group(1))) \
            or _CODES.search(m.group(1)):
        return None
    return m


def _named_at_head(folded: str, a: int, b: int) -> bool:
    """Whether a list line starts with a name of its own person's."""
    return _head_name(folded, a, b) is not None


def foreign_kana_name(v: str) -> bool:
    """Whether katakana parts set off by 「・」 (グエン・ティ・マイ) make a person's name: five
    sounds at least (レ・アン is a name, ア・イ no more than two sounds), no company's or
    shop's word, no loanword (ハラール・フード, ワーク・ライフ)."""
    return len(v) >= 5 and not _KANA_NOT_NAME.search(v) and not _LOANWORD_PART.search(v) \
        and not _LOANWORD_WHOLE.intersection(v.split("・"))
# 「Hinode Vietnam Co., Ltd.」, 「Hinode Sangyo (Thailand) Co., Ltd.」: a company, not a
# name; so is a name the next word makes a school's or a shop's (Komatsu Kotsu Taxi)
_COMPANY_AFTER = re.compile(rf"[^\t\n]{{0,16}}?\b(?:{person_name.LATIN_LEGAL_FORMS}|Hotel|Inn\b|"
                            r"Hostel|Clinic|Hospital|Station|School|Restaurant|Cafe|Bank)"
                            rf"| (?:{person_name.LATIN_ORG_WORDS})\b")
# what sets a laid-out line's columns apart: a full-width space, a tab or two spaces
_COLUMN_GAP = re.compile(r"(?<=[^ \t\u3000])(?:\u3000|\t| {2})")
_CARD_LINES = 6
# what sets a heading line apart (「■江波戸 隆」, 「【織笠 葵】」, 「◆ 1. …」)
_HEADING_MARKS = " \t\u3000■□◆◇●○▼▽★☆・*-【】[]<>〈〉《》"
# what ends the words before a name in running text (「、長男の」「は」)
_NAME_STOPS = frozenset("、。,，:：の（(）)」「\t")
_BRACKETED_TAIL = re.compile(r"[ \u3000]*[（(][^（()）\n]{1,12}[)）][ \u3000]*$")
_LABEL_LINE = re.compile(r"[ \t\u3000]*[^\s:：]{1,8}[:：]")
# an entry's number before its heading (「【4】遠藤家　代表 遠藤 智子」, 「3. 鴫原 敦」)
_ENTRY_NUMBER = re.compile(r"^\d{1,3}[】\])）.、:：]?[ \u3000]*")
_HEAD_REACH = 64


def a_persons_own(f: Found) -> bool:
    """A field that makes its line worth a name: a mobile, a private mailbox, a birth date,
    an account (「運転者 山田 太郎 090-…」, 「東海林 光男　みどり銀行 … 普通 6120483」); an
    office's phone line is a contact and asks nothing."""
    if f.type in ("DATE_OF_BIRTH", "JP_BANK_ACCOUNT"):
        return True
    if f.type == "JP_ADDRESS":
        return f.label in address.HOME_LABELS  # 「・早乙女 茜　新住所：東京都三鷹市…」
    if f.type == "PHONE_NUMBER":
        return f.key.startswith(phone.MOBILE_PREFIXES)
    return f.type == "EMAIL_ADDRESS" and email_address.private_mailbox(f.key)


def _short_block(text: str, starts: Sequence[int], block: int, stop: int) -> bool:
    """Whether the paragraph has at most _CARD_LINES lines with text (counted only that
    far: a paragraph of a megabyte costs no more than a card)."""
    a = starts[block]
    b = min(starts[block + 1] if block + 1 < len(starts) else stop, stop)
    lines, pos = 0, a
    while pos < b:
        nl = text.find("\n", pos, b)
        end = nl if nl >= 0 else b
        if not text[pos:end].isspace() and end > pos:
            lines += 1
            if lines > _CARD_LINES:
                return False
        pos = end + 1
    return True


def name_columns(header: Sequence[str], rows: Sequence[Sequence[str]],
                  known: dict[int, str]) -> dict[int, str]:
    """Columns not named by their header whose cells are, mostly, people's names."""
    width = max((len(r) for r in rows[:20]), default=0)
    candidates: list[tuple[int, str]] = []
    for c in range(width):
        if c in known:
            continue
        if c < len(header) and PLACE_HEADER.search(str(header[c])):
            continue  # 施設, 店舗, 会場: places, which surnames are often named after
        for row in rows[:12]:
            # (a name with its honorific: 浅沼 達夫　様 in a list of addressees)
            cell = person_name.HONORIFIC_TAIL.sub("", row[c].strip()) if c < len(row) else ""
            if 2 <= len(cell) <= 20 and not _DIGIT_OR_AT.search(cell):
                candidates.append((c, cell))
    if not candidates:
        return {}
    try:
        results = _find_names([cell for _, cell in candidates])
    except names.NamesUnavailable:
        return {}
    hits: dict[int, int] = defaultdict(int)
    seen: dict[int, int] = defaultdict(int)
    for (c, cell), spans in zip(candidates, results, strict=True):
        seen[c] += 1
        if any(sp.end - sp.start >= len(cell.strip()) - 1 for sp in spans):
            hits[c] += 1
    return {c: "PERSON_NAME" for c, n in hits.items() if n >= 3 and n >= 0.6 * seen[c]}


_DIGIT_OR_AT = re.compile(r"[0-9０-９@＠]")
# the words that head a column or a list of an organisation's sites; a column so headed
# holds places (鶴見, 関内 are surnames as well as a clinic's sites)
SITE_WORDS = "施設|拠点|店舗|店名|支店|事業所|営業所|会場|院名"
PLACE_HEADER = re.compile(rf"(?:{SITE_WORDS}|地区|地域|エリア|所在地|病院|医院|クリニック|学校|"
                          # (organisations by kind: 機関名, 会社名, 取引先)
                          r"(?:医療|健診)?機関|会社|企業|法人|団体|取引先|"
                          r"校名|園名|駅|路線|site|branch|location|store|shop|venue|office|clinic|"
                          r"school)(?:名| ?name)?", re.I)


# a column name that makes a text block worth reading as a table

# the analyser's answers by text: greetings, list headers and regular correspondents'
# lines come back in mail after mail, and each round trip to the child costs
_NAME_CACHE: dict[str, list[Any]] = {}
_NAME_CACHE_SIZE = 4096


def _find_names(texts: list[str]) -> list[list[Any]]:
    """``names.find_names`` through the cache (raises ``NamesUnavailable`` like it)."""
    known = {t: _NAME_CACHE.get(t) for t in texts}
    todo = [t for t, v in known.items() if v is None]
    if todo:
        answers = names.find_names(todo)
        known.update(zip(todo, answers, strict=True))
        if len(_NAME_CACHE) + len(todo) > _NAME_CACHE_SIZE:
            _NAME_CACHE.clear()  # another thread may be reading: it keeps its own copies
        _NAME_CACHE.update(zip(todo, answers, strict=True))
    return [known[t] for t in texts]




def clear_names_cache() -> None:
    """Forget the analyser's answers (benchmarks judging the same mail again)."""
    _NAME_CACHE.clear()
