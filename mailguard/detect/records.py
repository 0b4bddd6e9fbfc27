"""Records of people: which units of a scanned part make a person's record.

A record is a table row, or a block of text, that holds a person's name and another
personal field; in text a block with several names is cut at each name, and a line with
fields of two kinds of which one is a person's own (a mobile number, a birth date, an
identity number…) is a nameless record.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable

import phonenumbers

from mailguard.detect import subjects
from mailguard.detect.entities import person_name
from mailguard.detect.entities.address import HOME_LABELS
from mailguard.detect.entities.base import Found
from mailguard.detect.entities.email_address import PRIVATE_MAIL_DOMAINS
from mailguard.detect.entities.phone import MOBILE_PREFIXES
from mailguard.detect.entities.types import ENTITY_TYPES, RECORD_FIELDS
from mailguard.detect.scan import PartScan
from mailguard.detect.structure import BUSINESS_WORDS

_ENTITY_SET = frozenset(ENTITY_TYPES)
Record = tuple[str, str, list[Found], list[Found]]


def records(parts: Iterable[PartScan], minimum: float, quoted: bool, signature: bool,
            record_fields: frozenset[str]) -> list[Record]:
    """(where, unit, names, fields) of every record.

    - a table row with a name and another field; a table row without a name whose fields
      are a person's own (a mobile number, a personal mail address, a birth date, an
      account…) unless the row describes a business (a branch, a shop);
    - a text block with a name and another field, cut at each name when it has several;
    - in a block without names, a line with fields of two kinds of which one is a
      person's own, and the lines of a list: three or more lines of one block that each
      carry a person's own field (a list whose names were not recognised).
    """
    out: list[Record] = []
    # the rule's filter written out: it runs for every entity of every unit
    for p in parts:
        private = _private_phone_tables(p)
        before = len(out)
        senders: list[Record] = []
        for unit, fs in p.units.items():
            fs = [f for f in fs if f.confidence >= minimum and (quoted or not f.quoted)
                  and (signature or not (f.signature or f.own)) and f.type in _ENTITY_SET]
            if not fs:
                continue
            if not signature and unit.startswith("block"):
                senders += _senders_entry(p, unit, fs, minimum, quoted, record_fields)
            # (a name on a line or in a row of a directory of sites is the site's: 鶴見)
            names = [f for f in fs if f.type == "PERSON_NAME" and not f.business]
            fields = [f for f in fs if f.type in record_fields]
            if names and fields and all(f.type == "SENSITIVE_CATEGORY" for f in fields):
                # a column's author (（監修：百瀬 瑞穂 医師）) is not its topic's patient
                names = [n for n in names if not subjects.in_a_role(p, n)]
            if len(names) >= 2 and not signature:
                # in a list, the sender's own line is one of its records
                names += [f for f in p.units[unit] if f.type == "PERSON_NAME" and f.own
                          and not f.signature and f.confidence >= minimum
                          and (quoted or not f.quoted)]
            # the lines of a list that gives each person's age (若狭 直人（29歳）)
            # (a line is one record, with the fields written on it: 「粕谷 大和（2歳）
            # 保護者：粕谷 隆 090-…」)
            aged = ([(p.where, f"{unit}:line{line}", [n for n in names if n.line == line],
                      [f for f in fields if f.line == line])
                     for line in sorted({n.line for n in names if n.line in p.attribute_lines})]
                    if p.attribute_lines and unit.startswith("block") else [])
            if not fields:
                if names and unit in p.attribute_units:
                    out.append((p.where, unit, names, []))  # 氏名 + 社員番号 in a roster
                out.extend(aged)
                continue
            if unit.startswith("block") and names:
                segs = ([(p.where, unit, n, fl) for n, fl in _segments(names, fields)]
                        if len(names) > 1 else [(p.where, unit, names, fields)])
                # a list with a record per line, some of whose names were not found:
                # its lines are its records (cutting at the names found would merge them)
                lines = _line_records(p, unit, names, fields)
                # numbered entries (【1】 … 【5】), some of whose names were not found
                entries = _numbered_records(p, unit, names, fields)
                out.extend(max((entries, lines, segs, aged), key=len))
            elif names:
                out.append((p.where, unit, names, fields))
            elif unit.startswith("block"):
                entries = _nameless_entries(p, unit, fields)
                if entries:
                    # ①②③… entries each giving a member's address and phone, their
                    # names in a form not recognised (ハタケヤマ　ミノル)
                    out.extend(entries)
                    continue
                lines = _list_lines(p, fields)
                if not lines and _nameless_record(fields) \
                        and not _business_line(p, fields) and len(fields) <= 8:
                    # one person's card, its name unrecognised (「[1] MATSUSHIMA Reiko」
                    # over DOB and Tel lines): the paragraph is the record, named by the
                    # sentence before it when that names one person
                    out.append((p.where, unit, _introduced(p, unit, minimum, quoted), fields))
                out.extend((p.where, f"{unit}:line{line}", [], lf) for line, lf in lines)
            elif ((unit not in p.business or any(_never_a_business(f) for f in fields))
                  and (_nameless_record(fields) or any(own_field(f) for f in fields)
                       or unit in p.attribute_units
                       or (unit.partition(":")[0] in private
                           and {f.type for f in fields} >= _HOUSEHOLD))):
                # a row of a person's fields, or a 株主番号 / 会員番号 row with its address
                out.append((p.where, unit, [], fields))
        if senders and sum(1 for r in out[before:] if r[2] and _entry_block(p, r[1])) >= 2:
            out.extend(senders)
    return out


def _senders_entry(p: PartScan, unit: str, fs: list[Found], minimum: float,
                   quoted: bool, record_fields: frozenset[str]) -> list[Record]:
    """The sender's own entry in a numbered list of people's blocks (【1】杉浦 拓也 over
    his 携帯 and 自宅 lines): a block whose name is the sender's and that gives a number
    not in the signature.  It counts as one of the list's records once two entries of
    others are records too."""
    if any(f.type == "PERSON_NAME" for f in fs) or not _entry_block(p, unit):
        return []
    own = [f for f in p.units[unit] if f.type == "PERSON_NAME" and f.own and not f.signature
           and f.confidence >= minimum and (quoted or not f.quoted)]
    fields = [f for f in fs if f.type in record_fields]
    return [(p.where, unit, own, fields)] if own and fields else []


_HOUSEHOLD = frozenset({"PHONE_NUMBER", "JP_ADDRESS"})


def _private_phone_tables(p: PartScan) -> set[str]:
    """The tables of the part whose phone column holds people's numbers: two rows or more
    give a mobile, no row names a business.  Their rows of an address and a landline
    are households too (a mailing list of homes, some reached by mobile)."""
    mobiles: dict[str, int] = defaultdict(int)
    for unit, fs in p.units.items():
        table, _, row = unit.partition(":")
        if row.startswith("row") and any(f.type == "PHONE_NUMBER" and own_field(f)
                                         for f in fs):
            mobiles[table] += 1
    businesses = {u.partition(":")[0] for u in p.business}
    return {t for t, n in mobiles.items() if n >= 2 and t not in businesses}


# fields that belong to a person rather than to a shop or an office
_PERSONAL_ONLY = frozenset(RECORD_FIELDS) - {"PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"}


def own_field(f: Found) -> bool:
    """A field that is a person's own, never a business's."""
    if f.type == "SENSITIVE_CATEGORY":
        return False  # a term on a line is a topic until a person is named with it
    if f.type in _PERSONAL_ONLY:
        return True
    if _at_home(f):
        return True
    if f.type == "PHONE_NUMBER":
        return f.key.startswith(MOBILE_PREFIXES) or (not f.key.startswith("+81")
                                             and _foreign_mobile(f.key))
    if f.type == "EMAIL_ADDRESS":
        local, _, domain = f.key.rpartition("@")
        # a private mailbox, or a person's own one at work (taro.yamada@, t_yamada@),
        # not a role address (info@, sales@)
        return domain in PRIVATE_MAIL_DOMAINS or (bool(_PERSONAL_LOCAL.fullmatch(local))
                                           and local.split(".")[0] not in _ROLE_WORDS)
    return False


def _never_a_business(f: Found) -> bool:
    """A field no business has (a birth date, an account, an ID, a private mailbox): its
    row is a person's even where another cell names a shop or an employer (購入店舗,
    勤務先)."""
    if f.type in _PERSONAL_ONLY:
        return True
    if _at_home(f):
        return True
    if f.type == "PHONE_NUMBER":
        # a mobile abroad (a guest's +82 10-…): no shop gives one
        return not f.key.startswith("+81") and _foreign_mobile(f.key)
    return f.type == "EMAIL_ADDRESS" and f.key.rpartition("@")[2] in PRIVATE_MAIL_DOMAINS


def business_contact(fields: list[Found], is_internal: Callable[[str], bool],
                     text: str = "") -> bool:
    """A person's contact at work and nothing else: a mailbox at a company's domain,
    landlines (the direct line of 「後任の田中をご紹介します」) and an office building's
    address, what business mail hands on every day.  With a mailbox of the
    organisation's own, a mobile is the colleague's work phone too; otherwise a mobile, a
    private mailbox, a home address or any other field makes it personal.  ``text`` is
    the part's folded text, to read the building after an address."""
    domains = [f.key.rpartition("@")[2] for f in fields if f.type == "EMAIL_ADDRESS"]
    colleague = any(is_internal(d) for d in domains)
    for f in fields:
        if f.type == "EMAIL_ADDRESS":
            if f.key.rpartition("@")[2] in PRIVATE_MAIL_DOMAINS:
                return False
        elif f.type == "PHONE_NUMBER":
            if not colleague and (f.key.startswith(MOBILE_PREFIXES) or (
                    not f.key.startswith("+81") and _foreign_mobile(f.key))):
                return False
            if f.label in _HOME_LABELS:
                return False  # a home phone (自宅: 「ご本人は自宅にいらっしゃいます（049-…）」)
            if 0 <= f.start <= len(text) and _PRIVATE_PHONE.search(
                    text, max(text.rfind("\n", 0, f.start) + 1, f.start - 40), f.start):
                return False  # 緊急連絡先（ご本人携帯）：090-…: the person's own phone
        elif f.type == "JP_ADDRESS":
            # the building follows the address on its line (…大通西8-2-1 北国ビル 6F)
            line_end = text.find("\n", f.end) if 0 <= f.end <= len(text) else -1
            rest = text[f.end:line_end if line_end >= 0 else len(text)] if f.end >= 0 else ""
            if not _OFFICE.search(f.key + rest[:40]) and not _under_a_company(text, f.start):
                return False  # a home, or an address that does not say
        else:
            return False
    return bool(fields)


_SWITCHBOARD = frozenset({"代表", "代表電話", "大代表", "代表番号", "main", "switchboard"})


def switchboard_only(fields: list[Found]) -> bool:
    """A person reached through their company (北斗新聞 東京支社 小比類巻様, the office's
    address, 代表 03-…): the switchboard the only phone, no mailbox, no field but the
    office's address.  The company's contact, however many such lines; a mobile under 代表
    is a person's own (「テナント代表者」 labels the person, not the number)."""
    phones = [f for f in fields if f.type == "PHONE_NUMBER"]
    return bool(phones) and all(f.label.lower() in _SWITCHBOARD
                                and not f.key.startswith(MOBILE_PREFIXES) for f in phones) \
        and all(f.type in ("PHONE_NUMBER", "JP_ADDRESS") for f in fields)


def _under_a_company(text: str, start: int) -> bool:
    """Whether the address at ``start`` follows a company's name, on its line or the line
    above (「星空クライオ株式会社　川崎ラボ」 over 「〒210-0821 神奈川県川崎市…」): the
    company's address, not the contact person's home."""
    if not 0 <= start <= len(text):
        return False
    line = text.rfind("\n", 0, start) + 1
    above = text.rfind("\n", 0, max(line - 1, 0)) + 1 if line else line
    if _HONORIFIC.search(text, max(line, start - 60), start):
        # the address follows a person on its line (お届け先：笹森 智之 様　千葉県…):
        # the line above (発送日：…（日本橋営業所 引受）) is not its heading
        above = line
    return bool(BUSINESS_WORDS.search(text, above, start))


_HONORIFIC = re.compile(r"様|さん|殿")


_HOME_LABELS = frozenset({"自宅", "自宅電話"})
# what says a phone on its line is the person's own, not their desk's
_PRIVATE_PHONE = re.compile(r"緊急連絡先|私用|私物|個人携帯|個人の携帯|本人携帯|本人の携帯|"
                            r"(?i:emergency contact|private|personal mobile)")
# (the address labels of where a person lives, and the words of a home's phone or column)
_HOME_COLUMN = re.compile("|".join(sorted(HOME_LABELS | {"自宅", "登録住所", "住民票", "実家",
                                                         "帰省先", "転居先", "新居", "居所"}))
                          + r"|(?i:home)")


def _at_home(f: Found) -> bool:
    """An address or a phone read under a column of homes (乗車場所（自宅前）, 自宅電話,
    Home address): a person's home, never a business."""
    if f.type == "PHONE_NUMBER" and f.confidence < 0.9:
        return False  # a home word lines above (「ご自宅近くの…」) is no label of this number
    return f.type in ("JP_ADDRESS", "PHONE_NUMBER") and _HOME_COLUMN.search(f.label) is not None


# an address in an office building (〒060-0042 …大通西8-2-1 北国ビル 6F): where a company
# sits, which a business card gives with the name and the direct line
_OFFICE = re.compile(r"ビル(?!ト)|ビルディング|[0-9０-９][FＦ](?![a-zA-Z])|[0-9０-９]階|オフィス|"
                     r"(?i:bldg|building|floor)")


_PERSONAL_LOCAL = re.compile(r"(?=[a-z._-]{4})(?:[a-z]{2,}[._-][a-z]+|[a-z][._-][a-z]{2,})[0-9]*")
_ROLE_WORDS = frozenset({"info", "sales", "support", "contact", "office", "admin", "service",
                         "customer", "inquiry", "press", "hr", "jinji", "soumu", "eigyo",
                         "keiri", "no-reply", "noreply", "web", "shop", "order", "team"})


@functools.lru_cache(maxsize=1024)
def _foreign_mobile(e164: str) -> bool:
    """A mobile number abroad (+44 7700…, +65 9123…): a person's own."""
    try:
        n = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(n) == phonenumbers.PhoneNumberType.MOBILE


def _nameless_record(fields: list[Found]) -> bool:
    """Fields of two kinds with no name: a record only if one of them is a person's own
    (a mobile number, a birth date, an ID number…), not a shop's address and landline."""
    if len({f.type for f in fields}) < 2:
        return False
    return any(own_field(f) for f in fields)


def _line_records(p: PartScan, unit: str, names: list[Found],
                  fields: list[Found]) -> list[Record]:
    if len({f.line for f in fields}) < 3:
        return []  # no list: fewer than three lines with fields
    by_line: dict[int, list[Found]] = defaultdict(list)
    for f in fields:
        by_line[f.line].append(f)
    named: dict[int, list[Found]] = defaultdict(list)
    for n in names:
        named[n.line].append(n)
    if any(line not in by_line for line in named):
        return []  # a name on a line of its own heads a block per person: cut at names
    # rows of a list repeat their fields: one type on three lines at least (one person's
    # profile has a phone line, a birth date line, an address line…)
    per_type: dict[str, int] = defaultdict(int)
    for lf in by_line.values():
        for t in {f.type for f in lf}:
            per_type[t] += 1
    if max(per_type.values(), default=0) < 3:
        return []
    listed = {line for line, _ in _list_lines(p, fields)}
    # lines shaped like the named ones (a phone and an address, as theirs) are the rows
    # of the same list whose names were not recognised (rare surnames: 百目鬼, 廿楽),
    # once names were found on half the lines at least
    named_shapes = {frozenset(f.type for f in by_line[line]) for line in named}
    if len(named) >= 2 and 2 * len(named) >= len(by_line):
        listed |= {line for line, lf in by_line.items()
                   if frozenset(f.type for f in lf) in named_shapes
                   and not _business_line(p, lf)}
    kept = {line: lf for line, lf in by_line.items() if line in named or line in listed}
    # a record's second line (「◇小林 剛様 … 048-…」 over 「　埼玉県草加市…」): the fields
    # of a line no record took continue the record of the line above
    for line in sorted(by_line):
        if line not in kept and line - 1 in kept and not _business_line(p, by_line[line]):
            kept[line - 1] = kept[line - 1] + by_line[line]
    return [(p.where, f"{unit}:line{line}", named.get(line, []), lf)
            for line, lf in kept.items()]


def _list_lines(p: PartScan, fields: list[Found]) -> list[tuple[int, list[Found]]]:
    by_line: dict[int, list[Found]] = defaultdict(list)
    for f in fields:
        by_line[f.line].append(f)
    people = {line: lf for line, lf in by_line.items() if not _business_line(p, lf)}
    # an account number alone on a line is a list of accounts (a company's own, for an
    # audit), not of people: a person's transfer line names its holder
    accounts_of_people = _people_before(p, fields)
    own_lines = [line for line, lf in people.items() if any(own_field(f) for f in lf)
                 and (accounts_of_people or not all(f.type == "JP_BANK_ACCOUNT" for f in lf))]
    listed = set(own_lines) if len(own_lines) >= 3 else set()
    return [(line, lf) for line, lf in people.items()
            if line in listed or _nameless_record(lf)]


# what says the lines below are people's: a count of people (下記5名), a column of a
# person's number (社員番号), the payees (受取人)
_PEOPLE_CUE = re.compile(r"[0-9]+[ \u3000]*名(?![義前称簿刺])|社員番号|従業員番号|職員番号|"
                         r"会員番号|組合員|受取人|employee (?:no|id|number)", re.I)


def _people_before(p: PartScan, fields: list[Found]) -> bool:
    """Whether the text just before these fields says they are people's (「下記5名の振込先
    口座」, a 社員番号 column): then account lines keyed by a number are a payroll's."""
    starts = [f.start for f in fields if f.start >= 0]
    if not p.folded or not starts:
        return False
    first = min(starts)
    return bool(_PEOPLE_CUE.search(p.folded, max(first - 300, 0), first))


def _business_line(p: PartScan, fields: list[Found]) -> bool:
    """The line of these fields describes a business (a shop, a branch) — unless it
    carries a bank account: a transfer list names a bank and a branch on every line."""
    if any(f.type == "JP_BANK_ACCOUNT" for f in fields):
        return False
    f = fields[0]
    text = p.folded
    if not text or f.start < 0:
        return False
    a = text.rfind("\n", 0, f.start) + 1
    b = text.find("\n", f.start)
    return bool(BUSINESS_WORDS.search(text, a, b if b >= 0 else len(text)))


# the number that heads an entry of a list: 【1】, [2], (3), ③, 4., 5); or a bullet at the
# head of a line whose entry runs on over the indented lines below it (・松田 光太郎（品証）
# over 「　住所：…」「　連絡先：…」)
_ENTRY = re.compile(r"(?m)^[ \t\u3000]*(?:【\d{1,3}】|\[\d{1,3}\]|[(（]\d{1,3}[)）]|[①-⑳]"
                    r"|\d{1,3}[.．)）](?!\d)|[・●■◆◇](?=[^\s・●■◆◇]))")


def _numbered_records(p: PartScan, unit: str, names: list[Found],
                      fields: list[Found], named_half: bool = True) -> list[Record]:
    """A block of numbered entries (【1】 予約… お客様… 電話…): each entry is a record,
    named or not, when it carries a name, fields of two kinds or a person's own field;
    none unless half the entries name their person (a list of people, not of shops)."""
    text = p.folded
    placed = sorted((f for f in fields if f.start >= 0), key=lambda f: f.start)
    if not text or len(placed) < 3:
        return []
    block_start = text.rfind("\n\n", 0, placed[0].start) + 1
    heads = [m.start() for m in _ENTRY.finditer(text, block_start, placed[-1].end)]
    if len(heads) < 3:
        return []
    starts = [f.start for f in placed]
    out: list[Record] = []
    for i, h in enumerate(heads):
        end = heads[i + 1] if i + 1 < len(heads) else 1 << 60
        fl = placed[bisect.bisect_left(starts, h):bisect.bisect_left(starts, end)]
        nm = [n for n in names if h <= n.start < end]
        if fl and (nm or len({f.type for f in fl}) >= 2 or any(own_field(f) for f in fl)):
            out.append((p.where, f"{unit}:entry{i}", nm, fl))
    if named_half and sum(1 for r in out if r[2]) * 2 < len(out):
        return []
    return out


def _nameless_entries(p: PartScan, unit: str, fields: list[Found]) -> list[Record]:
    """A block of numbered entries without recognised names that says its entries are
    people's (「会員番号」, 「下記5名」): each entry with fields of two kinds or a person's
    own field is a record, unless one of them describes a business."""
    if not _people_before(p, fields):
        return []
    entries = _numbered_records(p, unit, [], fields, named_half=False)
    if len(entries) < 3 or any(_business_line(p, fl) for _, _, _, fl in entries):
        return []
    return entries


def _introduced(p: PartScan, unit: str, minimum: float, quoted: bool) -> list[Found]:
    """The one person the paragraph before a card names (「出向中の井上 美咲さんの年末調整
    結果です。」 over 住所：… 生年月日：…), if it names one and is not the salutation."""
    n = unit[5:]
    if not n.isdigit() or int(n) == 0:
        return []
    names = [f for f in p.units.get(f"block{int(n) - 1}", ()) if f.type == "PERSON_NAME"
             and f.confidence >= minimum and (quoted or not f.quoted) and not f.own
             and not f.signature and not f.business]
    if len({f.key for f in names}) != 1 or not p.folded:
        return []
    line_start = p.folded.rfind("\n", 0, names[0].start) + 1
    return [] if person_name.heads_the_mail(p.folded, line_start) else names[:1]


def _entry_block(p: PartScan, unit: str) -> bool:
    """Whether the block ``unit`` (``blockN``) opens with an entry's number (【2】, ③)."""
    if not unit.startswith("block") or not p.starts:
        return False
    n = unit[5:].partition(":")[0]
    if not n.isdigit() or int(n) >= len(p.starts):
        return False
    start = p.starts[int(n)]
    while p.folded[start:start + 1] == "\n":  # (a block starts at its blank line's end)
        start += 1
    m = _ENTRY.match(p.folded, start)
    return m is not None and not m.group(0).strip().startswith(("・", "●", "■", "◆", "◇"))


def _segments(names: list[Found], fields: list[Found]) -> list[tuple[list[Found], list[Found]]]:
    """Cut a block at each name: the fields after a name are its own.  Names with no
    field of their own followed by a name with as many fields of one type (「甲斐さん、
    鬼塚さんは…それぞれ070-…、090-…」) share those fields out in order."""
    names = sorted(names, key=lambda f: f.start)
    fields = sorted(fields, key=lambda f: f.start)
    field_starts = [f.start for f in fields]
    segs: list[tuple[list[Found], list[Found]]] = []
    waiting: list[Found] = []
    for i, n in enumerate(names):
        a = n.start if i else -1
        b = names[i + 1].start if i + 1 < len(names) else 1 << 60
        # the fields in [a, b), by bisection: a block of thousands of names stays linear
        fl = fields[bisect.bisect_left(field_starts, a):bisect.bisect_left(field_starts, b)]
        if not fl:
            waiting.append(n)
            continue
        group = [*waiting, n]
        waiting = []
        same = [f for f in fl if f.type == fl[-1].type]
        if len(group) > 1 and len(same) == len(group):
            segs.extend(([m], [f]) for m, f in zip(group, same, strict=True))
        else:
            segs.append(([n], fl))
    return segs

