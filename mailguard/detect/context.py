"""Context for the personal-data recognizers: keywords, labels, quoted text, signatures.

* **Keywords.**  Every recognizer declares its trigger words (氏名, 東京都, 病歴, …), its
  labels (マイナンバー, 電話番号, …: the word right before a value that says what it is)
  and its topic words (年末調整, クレジット, …).  One Aho-Corasick automaton of all of
  them runs once over the NFKC view of each part; the hits, mapped back to original
  offsets, serve every recognizer.
* **Labels decide numbers.**  The nearest label before a number (same line, or the line
  above for a header) says what the number is: a checksum-valid 12-digit number after
  注文番号 is an order number, after 電話 a phone number, after マイナンバー a My
  Number.  The labels of every recognizer together with ``NUMBER_NEGATIVE`` form one
  vocabulary, so a label of another type is negative context for this one.
* **Quoted text and the signature.**  Lines quoted with ``>`` and the original under
  「-----Original Message-----」 count as quoted when the extract stage did not split
  them; the sender's own signature block (the last block of the new text that carries a
  company or the sender's address and a TEL/〒/Mail line) is found here too.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

import ahocorasick_rs

from mailguard.detect.normalize import ContextView

# Labels that name a number that is *not* personal data.  A value right after one of
# these is dropped by every number recognizer (e.g. a checksum-valid 12-digit 注文番号).
NUMBER_NEGATIVE = frozenset({
    "注文番号", "ご注文番号", "注文no", "注文no.", "受注番号", "発注番号", "オーダー番号",
    "オーダーno", "伝票番号", "送り状番号", "追跡番号", "問い合わせ番号", "お問い合わせ番号",
    "お問合せ番号", "問合せ番号", "お問い合わせ伝票番号", "荷物番号", "配送番号", "請求書番号",
    "請求番号", "見積番号", "見積書番号", "管理番号", "会員番号", "顧客番号", "お客様番号",
    "契約番号", "案件番号", "受付番号", "予約番号", "申込番号", "商品コード", "商品番号",
    "品番", "型番", "jan", "janコード", "ean", "isbn", "製造番号", "シリアル番号", "serial",
    "order", "order no", "order number", "invoice", "invoice no", "tracking",
    "tracking number", "取引番号", "決済番号", "取引id", "社員番号", "従業員番号",
    "学籍番号", "部品番号", "ロット番号", "チケット番号", "整理番号", "証券番号",
    "金額", "合計", "請求金額", "小計", "郵便番号",
    "登録番号", "口座番号", "カード番号", "法人番号", "受給者証番号", "受給者番号",
    "被保険者番号", "保険者番号", "患者番号", "カルテ番号", "カルテno", "診察券番号",
    "融資番号", "貸付番号", "ローン番号",
})


# what makes the rest of a label's line its value: a letter or a digit
_VALUE_AFTER = re.compile(r"[0-9A-Za-z\u3040-\u30ff\u4e00-\u9fff]")
# a label's own value closed off before the next value on its line (（社員番号 O210045）
# 312942…, 社員番号 E1024　312942…): the label is that code's, not the next number's
_OWN_VALUE = re.compile(r"[ \t\u3000:：]*[0-9A-Za-z][0-9A-Za-z\-]{2,}"
                        r"(?:[ \t\u3000]*[）)\]】]|[ \t\u3000]{2,}|\u3000)")


class KeywordHit(NamedTuple):
    """A keyword in a part (a named tuple: made for nearly every part, twice as fast to
    build as a frozen dataclass)."""

    start: int  # offsets in the original (and folded) text
    end: int
    word: str   # canonical form (as declared; ASCII lower-cased)


# lower-case forms kept only for these (and for the words a recognizer declares so, such
# as the English special-care terms: ``Lexicon(lower_kept=…)``): in Japanese mail,
# lower-case ASCII is mostly URLs and addresses, and trying every keyword there would slow
# the scan down
_LOWER_KEPT = frozenset({"tel", "tel.", "fax", "dob", "jan", "name", "full name", "card",
                         "ordinary", "futsu", "kigo", "driving licence", "driving license",
                         "licence number", "licence no", "japanese licence", "japanese license",
                         "birth_date", "date_of_birth", "birthdate", "birthday", "birth",
                         "born", "passport", "passport no", "passport number",
                         # birth dates in the languages of foreign workers and students
                         "lahir", "tanggal lahir", "ngày sinh", "kapanganakan"})
# honorific prefixes: お名前, ご住所… are matched from their stem (名前, 住所), so the
# very common characters お and ご do not start a keyword attempt at every occurrence
_PREFIXES = "おご御"


_SMALL_WORDS = frozenset({"of", "and", "the", "in", "as", "on", "at", "for", "to"})
# keywords written in a mixed case no case form above gives: a test's name and the units
# of a lab value as labs write them (lower case too, as typed by hand)
_MIXED_CASE = {"hba1c": ("HbA1c",), "egfr": ("eGFR",),
               "birthdate": ("birthDate",),
               "dateofbirth": ("dateOfBirth",), "mg/dl": ("mg/dL", "mg/dl"),
               "mmol/l": ("mmol/L", "mmol/l"), "ng/ml": ("ng/mL", "ng/ml"),
               "pg/ml": ("pg/mL", "pg/ml"), "g/dl": ("g/dL", "g/dl"),
               "meq/l": ("mEq/L", "meq/l"), "iu/l": ("IU/L", "iu/l")}


def _variants(word: str, lower_kept: frozenset[str] = _LOWER_KEPT) -> set[str]:
    """Case forms of an ASCII keyword (TEL, Tel; My Number, MY NUMBER, …)."""
    if not word.isascii():
        # DV被害, HIV陽性: the Latin letters of a mixed word are written in capitals
        if any("a" <= c <= "z" for c in word):
            return {word, word.upper()}
        return {word}
    forms = {word.upper(), word.title(), word.capitalize(),
             # titles keep their small words low: Date of Birth, Place of Birth
             " ".join(w if w in _SMALL_WORDS else w.capitalize() for w in word.split(" "))}
    if word in lower_kept:
        forms.add(word)
    forms.update(_MIXED_CASE.get(word, ()))
    return forms


def _stem(word: str) -> str:
    return word[1:] if len(word) > 2 and word[0] in _PREFIXES else word


class Lexicon:
    """All keywords of all recognizers, found in one pass by an Aho-Corasick automaton.

    The automaton reads each character once whatever the number of keywords.  The
    stdlib ``re`` engine, given the same words as one trie-shaped alternation, had to
    start a match attempt at every position (a pattern that tests several first
    characters gets no skip-ahead in C): 85 ms against 33 ms over the 10 MB of
    ``bench/bench_pii.py`` mail.  Matches are leftmost-longest, as the alternation's
    were: at the first position where some keyword starts, the longest one.
    """

    def __init__(self, words: Iterable[str], lower_kept: Iterable[str] = ()) -> None:
        canon = {w.lower() for w in words if w}
        self.words = frozenset(canon)
        kept = _LOWER_KEPT | {w.lower() for w in lower_kept}
        forms: set[str] = set()
        for w in canon:
            forms |= _variants(_stem(w), kept)
        patterns = sorted(forms)
        self._lower = [f.lower() for f in patterns]
        # a DFA: a few hundred keywords make a small one, and it is the fastest to run
        # (33 ms against 43 ms for the default automaton over the bench mail)
        self._ac = ahocorasick_rs.AhoCorasick(
            patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
            implementation=ahocorasick_rs.Implementation.DFA)

    def scan(self, view: ContextView,
             spans: list[tuple[int, int]] | None = None) -> list[KeywordHit]:
        """Keyword hits in the view (in ``spans`` of the original text only, when given
        and the view maps positions one to one)."""
        if spans is None or not view.identity:
            return self._scan(view, 0, len(view.text))
        if len(spans) == 1:
            return self._scan(view, *spans[0])
        hits: list[KeywordHit] = []
        for a, b in spans:
            hits += self._scan(view, a, b)
        return hits

    def _scan(self, view: ContextView, a: int, b: int) -> list[KeywordHit]:
        hits: list[KeywordHit] = []
        to_orig = view.to_original
        identity = view.identity  # offsets are the original's (most mail)
        words = self.words
        lower = self._lower
        t = view.text
        n = len(t)
        if a >= b:
            return hits
        for i, s, e in self._ac.find_matches_as_indexes(t if a == 0 and b == n else t[a:b]):
            s += a
            e += a
            w = lower[i]
            if s > 0 and t[s - 1] in _PREFIXES and t[s - 1] + w in words:
                s -= 1
                w = t[s] + w
            elif w not in words:
                continue  # a stem that is only a keyword with its prefix
            # English words need word boundaries ("tel" not in "hotel")
            if w.isascii() and w[0].isalpha() and (
                    (s > 0 and t[s - 1].isascii() and t[s - 1].isalpha())
                    or (e < n and t[e].isascii() and t[e].isalpha())):
                continue
            if identity:
                hits.append(KeywordHit(s, e, w))
            else:
                hits.append(KeywordHit(to_orig(s), to_orig(e - 1) + 1, w))
        return hits


# what sets a label apart from its translation on a bilingual form (氏名 / Name)
_BILINGUAL = re.compile(r"[ \t\u3000]*[/／|｜][ \t\u3000]*")


class PartText:
    """One text part as the recognizers see it."""

    __slots__ = (
        "_memo",
        "_newlines",
        "_starts",
        "_words",
        "folded",
        "hits",
        "quoted",
        "text",
        "where",
    )

    def __init__(self, where: str, text: str, folded: str, hits: list[KeywordHit],
                 quoted: bool = False) -> None:
        self.where = where
        self.text = text
        self.folded = folded
        self.hits = hits
        self.quoted = quoted
        self._starts = [h.start for h in hits]
        self._newlines: list[int] | None = None
        self._words: frozenset[str] | None = None  # made when first asked
        self._memo: dict[str, Any] | None = None

    def once(self, key: str, compute: Callable[[str], Any]) -> Any:
        """``compute(folded)`` once per part: a cue a recognizer reads from the whole part
        for each of its hits (thousands of hits must not search the part thousands of
        times)."""
        if self._memo is None:
            self._memo = {}
        if key not in self._memo:
            self._memo[key] = compute(self.folded)
        return self._memo[key]

    @property
    def words(self) -> frozenset[str]:
        """The keywords found in the part."""
        if self._words is None:
            self._words = frozenset(h.word for h in self.hits)
        return self._words

    def has_any(self, words: frozenset[str]) -> bool:
        return not self.words.isdisjoint(words)

    def hits_in(self, a: int, b: int) -> list[KeywordHit]:
        """Hits starting in [a, b)."""
        i = bisect.bisect_left(self._starts, max(a, 0))
        j = bisect.bisect_left(self._starts, b)
        return self.hits[i:j]

    def label(self, start: int, end: int, labels: frozenset[str], context: frozenset[str],
              negative: frozenset[str], label_window: int = 40, before: int = 300,
              after: int = 40) -> tuple[str, str]:
        """What the context says about the value at [start, end).

        Returns (kind, word): ``("label", w)`` a label of this type right before the
        value; ``("negative", w)`` the nearest label is of another kind (注文番号, 電話…);
        ``("near", w)`` a label or topic word of this type within the wider window;
        ``("none", "")`` nothing.
        """
        folded = self.folded
        before_hits = self.hits_in(start - label_window, start)
        for k in range(len(before_hits) - 1, -1, -1):
            h = before_hits[k]
            if h.end > start:
                continue
            if h.word in labels or h.word in negative:
                gap = folded[h.end:start]
                if gap.count("\n") > 1:
                    break
                if "\n" in gap and _VALUE_AFTER.search(gap, 0, gap.index("\n")):
                    # the label of the line above has its own value there (（受付番号
                    # MT261019-003）): a label that ends its line heads the next one
                    break
                if _OWN_VALUE.match(gap):
                    continue
                if h.word in negative and k > 0 and before_hits[k - 1].word in labels \
                        and _BILINGUAL.fullmatch(folded, before_hits[k - 1].end, h.start):
                    # one label in two languages (在留カード番号 / Card No.): the first
                    # says which card, the translation after it is no other label
                    return "label", before_hits[k - 1].word
                return ("label" if h.word in labels else "negative"), h.word
            if h.word in context and "\n" not in folded[h.end:start]:
                # a word of this type on the value's own line (カード：…) makes the label
                # of the line above (金額：100,000円) another line's
                break
        for h in self.hits_in(end, end + 4):
            # a label right after the value: 123456789018（マイナンバー）
            if h.word in labels and folded[end:h.start].strip(" \t") in ("(", "（", "[", "【"):
                return "label", h.word
        near_neg = ""
        for h in self.hits_in(start - before, end + after):
            if h.word in labels or h.word in context:
                return "near", h.word
            if not near_neg and h.word in negative:
                near_neg = h.word
        if near_neg:
            return "near_negative", near_neg
        return "none", ""

    # -- lines -------------------------------------------------------------------------

    def newlines(self) -> list[int]:
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        return self._newlines

    def line_of(self, pos: int) -> int:
        return bisect.bisect_right(self.newlines(), pos - 1) if pos > 0 else 0

    def line_span(self, pos: int) -> tuple[int, int]:
        nl = self.newlines()
        i = bisect.bisect_left(nl, pos)
        a = nl[i - 1] + 1 if i > 0 else 0
        b = nl[i] if i < len(nl) else len(self.text)
        return a, b


# -- blocks (paragraphs) ---------------------------------------------------------------

_BLANK = re.compile(r"\n[ \t\u3000]*(?=\n)")


def block_starts(text: str) -> list[int]:
    """Start offsets of the paragraphs (blocks separated by blank lines)."""
    return [0] + [m.end() for m in _BLANK.finditer(text)]


def block_of(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def in_ranges(ranges: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``ranges`` (sorted, not overlapping): one bisection,
    so a part with thousands of ranges (tables, quotes) stays linear overall."""
    i = bisect.bisect_right(ranges, (pos, _FAR)) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


_FAR = 1 << 62


# a reply's subject (Re:, AW:, SV:, 返信:): what it repeats, its recipient was sent before
REPLY_PREFIX = re.compile(r"\s*(?:re|aw|sv|返信)\s*[:：]", re.I)


# -- the sender's signature ------------------------------------------------------------

# These patterns run on the tail of every body, so each starts with a literal or a
# character class: the re engine then skips to candidates in C instead of trying the
# whole pattern at every position (a leading ^, repeat or group defeats that).
# A delimiter line, matched from the newline before it (the text is searched with a
# "\n" put in front, so that the first line counts too).
_DELIM_CLASS = r"[-=_*~#+─━═■□◆◇●○☆★※/\\＿＝－―‐〜～]"
_DELIM = re.compile(rf"\n[ \t]*(?:--[ \t]*|{_DELIM_CLASS}{{4,}}[^\n]{{0,60}})$", re.M)
_CONTACT = re.compile(r"TEL|Tel|tel|FAX|Fax|fax|Phone|phone|PHONE|Mobile|mobile|Mail|MAIL|mail|"
                      r"URL|http|電話|携帯|〒|メール")
_UNIT_END = r"(?:[ \t\u3000\n/]|$)"
_COMPANY = re.compile(r"株式会社|有限会社|合同会社|\(株\)|\(有\)|㈱|㈲|法人|事務所|本社|支店|"
                      r"営業所|Inc\b|INC\b|Ltd\b|LTD\b|LLC\b|Corp\b|Co\.|"
                      + "|".join(w + _UNIT_END for w in ("部", "課", "室", "センター", "グループ")))
_PHONEISH = re.compile(r"\d\d{1,3}-\d{2,4}-\d{3,4}")
# a block with these labels is someone's record, not the sender's signature
_RECORD_LABELS = re.compile(r"氏名|お名前|生年月日|誕生日|マイナンバー|個人番号|住所[:：]|"
                            r"口座番号|保険証|免許証|パスポート|旅券")
_RECORD_LABELS_EN = re.compile(r"date of birth|\bdob\b|passport|surname|given name", re.I)
# a table's rows: tabs on three consecutive lines
_TAB_ROWS = re.compile(r"\t[^\n]*\n[^\n]*\t[^\n]*\n[^\n]*\t")


def _has_records(block: str) -> bool:
    """Whether a block holds people's record labels or a table's rows: no signature."""
    if _RECORD_LABELS.search(block):
        return True
    if block.count("\t") >= 3 and _TAB_ROWS.search(block):
        return True
    return bool(_RECORD_LABELS_EN.search(block))


# a line that names someone addressed (「東海林 悟 様」, 「経理部 御中」): a label, no signature
_ADDRESSEE_LINE = re.compile(r"(?m)^[^\n]{1,24}[ \u3000]?(?:様|殿|御中)[ \t\u3000]*$")
# a forwarded mail's separator or header lines inside what would be the signature
_FORWARDED_BELOW = re.compile(r"(?m)^[ \t]*(?:-{2,}|={2,}|_{2,})[ \t]*(?:(?i:forwarded|original)"
                              r"|転送)[^\n]*$|^(?:差出人|送信者|件名|From|Subject)[ \t]*[:：]")
_FORWARD_MARK = re.compile(r"(?i:forward|original|message)|転送|元のメッセージ|以下|下記")
_SIG_MAX_LINES = 14
# the words a writer closes with: the name under them is the writer's own
VALEDICTION = re.compile(r"(?m)^[ \t\u3000]*(?:(?i:(?:best|kind|warm|warmest)\s+regards|regards|"
                          r"sincerely(?:\s+yours)?|yours\s+sincerely|many\s+thanks|thanks|"
                          r"thank\s+you|cheers|best)|よろしくお願い(?:いた)?(?:します|申し上げます)|"
                          r"以上)[,.。、!！]?[ \t\u3000]*$")


_DISCLAIMER_TAIL = re.compile(r"intended recipient|notify the sender|received this (?:e-?mail |"
                              r"message )?in error|誤って|誤送信|お心当たり|削除して|破棄して|"
                              r"削除をお願い|破棄をお願い", re.I)


# a line of columns: three cells or more set apart by runs of spaces, tabs or a full-width
# space
# (a cell may hold words one space apart: 「年齢 血圧」 once the fold has made its full-width
# spaces narrow)
# (indented as a table pasted into a letter often is)
_COLUMNS_LINE = re.compile(r"[ \t\u3000]*\S+(?: \S+)*"
                           r"(?:(?:[ \u3000]{2,}|\t|\u3000)\S+(?: \S+)*){2,}[ \t\u3000]*")


def _under_a_header(tail: str, at: int) -> bool:
    """Whether the rule line at ``at`` (a line start in ``tail``) rules off a table's
    header (氏名   国籍   生年月日 over -------): a table's, not a signature's."""
    if at <= 0:
        return False
    prev_start = tail.rfind("\n", 0, at - 1) + 1
    return bool(_COLUMNS_LINE.fullmatch(tail, prev_start, at - 1))


def signature_start(folded: str, quoted: list[tuple[int, int]], sender: str = "",
                    sender_name: str = "") -> int | None:
    """Where the sender's signature block starts in a part's new text, or None.

    The signature is the tail of the new text (before any quoted text): from a delimiter
    line (``--``, ``-----``, ``━━━``) or from the last paragraph, at most
    ``_SIG_MAX_LINES`` lines, holding a contact line (TEL, 〒, Mail) and a company or the
    sender's own address/name, and no record labels (氏名, 生年月日…).
    """
    end = len(folded)
    if quoted and quoted[0][0] > 0:
        end = quoted[0][0]
    while end > 0 and folded[end - 1] in " \t\r\n\u3000":
        end -= 1
    if end == 0:
        return None
    tail_start = _nth_line_from_end(folded, _SIG_MAX_LINES, end)
    tail = folded[tail_start:end]
    # a standard disclaimer after the signature (「本メールは…誤って…削除してください」,
    # "If you are not the intended recipient…"): the signature is the block before it
    para = tail.rfind("\n\n")
    if (para > 0 and _DISCLAIMER_TAIL.search(tail, para)
            and "@" not in tail[para:] and not _PHONEISH.search(tail, para)):
        end = tail_start + para
        tail_start = _nth_line_from_end(folded, _SIG_MAX_LINES, end)
        tail = folded[tail_start:end]
    contact = _CONTACT.search(tail)
    # a bare phone number (「管理室 048-255-1904」) is a contact line only under a delimiter
    # line: without one, the last paragraph may as well be someone's record
    delimited_only = contact is None
    if contact is None:
        contact = _PHONEISH.search(tail)
        if contact is None:
            return None
    # (a forward's or a reply's separator, 「-------- Forwarded Message --------」, starts
    # someone else's mail, never the sender's signature)
    candidates = [m.start() for m in _DELIM.finditer("\n" + tail)
                  if not _FORWARD_MARK.search(m.group())
                  and not _under_a_header(folded, tail_start + m.start())]
    para = tail.rfind("\n\n")
    if delimited_only and not candidates:
        # a signature of one line closing the mail (「日の出産業株式会社 総務部 楢崎 潤
        # （03-5791-4412）」): the company and the phone on the last line, after a blank one
        last = tail.rfind("\n") + 1
        if (para >= 0 and last == para + 2 and end - (tail_start + last) <= 60
                and _COMPANY.search(tail, last) and _PHONEISH.search(tail, last)
                and not _has_records(tail[last:])):
            return tail_start + last
        return None
    if not delimited_only:
        candidates.append(para + 2 if para >= 0 else 0)
    # a closing line (Best regards, / よろしくお願いいたします。) heads the signature where
    # no blank line sets it apart (HTML mail whose paragraphs became single lines)
    if para < 0 and not delimited_only:
        candidates.extend(m.start() for m in VALEDICTION.finditer(tail))
        # …or the first short line after the last sentence (「…幸いです。」 then 「宇佐美 玲奈」,
        # 「日の出産業株式会社 人事部」): the signature's name or company line
        last_sentence = tail.rfind("。")
        if last_sentence >= 0:
            nl = tail.find("\n", last_sentence)
            line_end = tail.find("\n", nl + 1) if nl >= 0 else -1
            line = tail[nl + 1:line_end if line_end >= 0 else len(tail)]
            # (a name or a company, not a field: 「カード番号：…」 is what was asked for)
            if (nl >= 0 and tail[last_sentence + 1:nl].strip(" \t\u3000") == ""
                    and not _FIELDISH.search(line)):
                candidates.append(nl + 1)
    sender_l, domain, name = _sender_forms(sender, sender_name)
    for start in sorted(set(candidates)):
        if start > contact.start() and not _CONTACT.search(tail, start):
            continue
        if tail_start + start == 0 and tail.count("\n") >= 4:
            continue  # a mail of several lines is not all signature (「…の小野寺です」 on top)
        block = tail[start:]
        if _has_records(block) or _prose(block):
            continue
        if _FORWARDED_BELOW.search(block):
            continue  # a forwarded mail follows: the text under it is new to the recipient
        # a list of other people's contacts is no signature (four phone numbers take
        # eight hyphens between digits, none of them in a "--": most blocks are cleared
        # without the pattern)
        if block.count("@") > 2 or (block.count("-") - 2 * block.count("--") >= 8
                                    and len(set(_PHONEISH.findall(block))) > 3):
            continue
        # sender_l is lower case: found as it is, it is in the lower-cased block too
        mine = bool(sender_l) and sender_l in block
        if not mine and sender_l:
            low = block.lower()
            mine = sender_l in low or bool(domain and domain in low)
        if not mine and len(name) >= 2:
            flat = block.replace(" ", "").replace("\u3000", "")
            # (or a part of it: 「湯畑亭 御手洗」 signs as 「支配人　御手洗 剛」)
            mine = name in flat or any(len(part) >= 2 and part in flat
                                       for part in _name_parts(sender_name))
        if (mine or _COMPANY.search(block)) and not _entries(block):
            return tail_start + start
    return None


def signature_above_forward(folded: str, sender: str = "",
                            sender_name: str = "") -> tuple[int, int] | None:
    """The sender's signature block right above a forwarded mail, or None.

    A forward's new text ends with someone else's mail (「-------- Forwarded Message
    --------」 and its header), so the tail holds no signature of the sender's; the
    sender signs above the separator, and that block is read by the same rules as a tail.
    """
    m = _FORWARDED_BELOW.search(folded)
    if m is None:
        return None
    end = m.start()
    while end > 0 and folded[end - 1] in " \t\r\n\u3000":
        end -= 1
    start = signature_start(folded[:end], [], sender, sender_name)
    return (start, end) if start is not None else None


_FIELDISH = re.compile(r"[0-9０-９:：]")
_SENTENCE_LINE = re.compile(r"[^\n]{14,}[。？?][ \t\u3000]*(?:\n|$)")


def _prose(block: str) -> bool:
    """A paragraph of sentences (「大阪支店の藤原です（…）。\n腰椎の手術を受け…。」): a
    letter's text, perhaps a forwarded one, that closes with a phone; a signature opens
    with a name or a company, not a sentence."""
    first = _SENTENCE_LINE.match(block.lstrip("\n"))
    return first is not None and len(_SENTENCE_LINE.findall(block)) >= 2


def _entries(block: str) -> bool:
    """Entries set apart by rules (「━━━\n東海林 悟 様\n〒…\n━━━\n…」), not a signature,
    which has a rule above it and perhaps one below, and addresses nobody with 様."""
    if ("様" in block or "殿" in block or "御中" in block) and _ADDRESSEE_LINE.search(block):
        return True
    return len(_DELIM.findall("\n" + block)) > 2


@functools.lru_cache(maxsize=64)
def _name_parts(sender_name: str) -> tuple[str, ...]:
    """The words of a display name (「湯畑亭 御手洗」: its place and the surname)."""
    return tuple(p for p in re.split(r"[\s\u3000/／|・,，(（)）]+", sender_name)
                 if p and not p.isascii())


@functools.lru_cache(maxsize=64)
def _sender_forms(sender: str, sender_name: str) -> tuple[str, str, str]:
    """The sender's address (lower case), its domain, and its name without spaces."""
    sender_l = sender.lower()
    return (sender_l, sender_l.partition("@")[2],
            sender_name.replace(" ", "").replace("\u3000", ""))


def _nth_line_from_end(text: str, n: int, end: int, window: int = 2048) -> int:
    """Where the last ``n`` lines before ``end`` start.  One ``rsplit`` of the last
    ``window`` characters usually holds them (a C loop, not ``n`` Python calls)."""
    lo = max(end - window, 0)
    pieces = text[lo:end].rsplit("\n", n)
    if len(pieces) > n:
        return lo + len(pieces[0]) + 1  # the n-th newline from the end is in the window
    if lo == 0:
        return 0
    pos = end  # very long lines
    for _ in range(n):
        pos = text.rfind("\n", 0, pos)
        if pos < 0:
            return 0
    return pos + 1
