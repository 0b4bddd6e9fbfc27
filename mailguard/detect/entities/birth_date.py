"""DATE_OF_BIRTH: a date of birth, 西暦 or 和暦 (明治/大正/昭和/平成/令和, 元年).

A date is a birth date only in context: after 生年月日/誕生日/DOB (same line, or the
line below), before 生/生まれ, or in a table column so named.  Other dates (納期, 会議の
日程, 請求日) are not personal data.  The date must exist and lie in the past.
"""

from __future__ import annotations

import datetime as dt

import regex

from mailguard.detect.context import KeywordHit, PartText
from mailguard.detect.entities.base import Found, finditer, search

TYPE = "DATE_OF_BIRTH"
LABELS = frozenset({"生年月日", "誕生日", "お誕生日", "出生日", "生年", "dob", "date of birth",
                    "birth date", "birthday", "birthdate", "born",
                    # the field names of a data file (JSON, CSV): birth_date, dateOfBirth
                    "birth_date", "date_of_birth", "dateofbirth", "birth",
                    # the languages of Japan's foreign workers and students: Indonesian and
                    # Malay, Vietnamese, Tagalog, Chinese, Korean
                    "lahir", "tanggal lahir", "ngày sinh", "kapanganakan", "出生日期", "생년월일"})
AFTER_WORDS = frozenset({"生まれ", "日生", "生"})

ERAS = {"明治": (1868, 45), "大正": (1912, 15), "昭和": (1926, 64), "平成": (1989, 31),
        "令和": (2019, 99), "m": (1868, 45), "t": (1912, 15), "s": (1926, 64),
        "h": (1989, 31), "r": (2019, 99),
        # one-kanji abbreviations of forms and spreadsheets: 昭58/11/24, 平06/01/27
        "明": (1868, 45), "大": (1912, 15), "昭": (1926, 64), "平": (1989, 31),
        "令": (2019, 99)}

DATE = regex.compile(
    r"(?:(?P<era>明治|大正|昭和|平成|令和|(?<![A-Za-z])[MTSHRmtshr]\.?"
    r"|(?<![\p{Han}])[明大昭平令](?=\d))[ \u3000]*"
    r"(?P<ey>元|\d{1,2})|(?P<y>(?:19|20)\d{2}))"
    r"[ \u3000]*(?:年|[/.\-])[ \u3000]*(?P<m>\d{1,2})[ \u3000]*(?:月|[/.\-])[ \u3000]*"
    r"(?P<d>\d{1,2})(?![0-9])[ \u3000]*日?")


_DIGIT_OR_GAN = regex.compile(r"[0-9元]|(?<=[A-Za-z])[A-Za-z]|(?<![A-Za-z])[A-Za-z](?=[A-Za-z]{2})")


def parse_date(m: regex.Match[str]) -> dt.date | None:
    """The calendar date of a DATE match, or None if it does not exist."""
    if m.group("y"):
        year = int(m.group("y"))
    else:
        era = m.group("era").rstrip(".").lower()
        base, last = ERAS[era]
        ey = 1 if m.group("ey") == "元" else int(m.group("ey"))
        if not 1 <= ey <= last:
            return None
        year = base + ey - 1
    try:
        return dt.date(year, int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def plausible_birth(d: dt.date) -> bool:
    return dt.date(1900, 1, 1) <= d <= dt.date.today()


def mask_date(s: str) -> str:
    return _DIGIT_OR_GAN.sub("*", s)


def found_date(pt: PartText, m: regex.Match[str], label: str, conf: float) -> Found | None:
    d = parse_date(m)
    if d is None or not plausible_birth(d):
        return None
    s, e = m.span()
    return Found(TYPE, s, e, d.isoformat(), (mask_date, pt.folded[s:e].strip()), conf, label)


# a line about a pet (a clinic's certificate, an insurance quote): its dates are the pet's
_PET_LINE = regex.compile(r"動物名|犬種|猫種|ペットの|ペット名|ワンちゃん|ネコちゃん|猫ちゃん|"
                          r"マイクロチップ|鑑札")


_REACH = 200


class BirthDateRecognizer:
    types = (TYPE,)
    triggers = LABELS | AFTER_WORDS
    context = LABELS | AFTER_WORDS

    def find(self, pt: PartText, hit: KeywordHit) -> list[Found]:
        f = pt.folded
        if hit.word == "生" and not f[hit.start - 1:hit.start].isdigit():
            return []  # 先生, 発生: only 「H3.7.22生」, a date right before it
        a, b = pt.line_span(hit.start)
        # (read as far as the other cues are: a line of a megabyte is read once in all,
        # not once for each date on it)
        if _PET_LINE.search(f, max(a, hit.start - _REACH), min(b, hit.end + _REACH)):
            return []  # 動物名：ベル 犬種：ビーグル 生年月日：…: a pet's birthday
        if hit.word in AFTER_WORDS:
            # 1985年4月12日生まれ / 昭和60年4月12日生: the date ends right before
            a = max(hit.start - 24, 0)
            best = None
            for m in DATE.finditer(f, a, hit.start + (1 if hit.word == "日生" else 0)):
                best = m
            if best is None or best.end() < hit.start - 2:
                return []
            found = found_date(pt, best, hit.word, 0.85)
            return [found] if found else []
        # the label's value: the first date on the same line or the next one
        end = min(hit.end + 40, len(f))
        nl = f.find("\n", hit.end, end)
        if nl >= 0:
            nl2 = f.find("\n", nl + 1, end)
            end = nl2 if nl2 >= 0 else end
        m = search(DATE, f, hit.end, end)
        if not m:
            found_at = date_in(f[hit.end:end])
            if found_at is None or not plausible_birth(found_at[0]):
                return []
            d, s, e = found_at
            s, e = s + hit.end, e + hit.end
            return [Found(TYPE, s, e, d.isoformat(), (mask_date, f[s:e].strip()), 0.9,
                          hit.word)]
        found = found_date(pt, m, hit.word, 0.9)
        return [found] if found else []


# A list of people with a date after each name, in brackets (小比類巻 美咲（2005/05/15）) or
# set off by spaces (TRAN THANH NAM　2005/04/04　携帯 070-…): what the writer identifies the
# person by, their birth date, when the year lies a decade back or more (a decade and a
# half without brackets); two bracketed lines, or three spaced ones, make the list
_NAME = (r"(?:[\p{Han}\p{Katakana}ー]{1,6}[ \u3000][\p{Han}\p{Hiragana}\p{Katakana}ー]{1,6}"
         # a child's name in hiragana, both parts (すずき あおい)
         r"|\p{Hiragana}{2,5}[ \u3000]\p{Hiragana}{2,5}"
         r"|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,3})")
# a year of the Heisei or Reiwa era (平成21年, H18.4.17) where a spaced date may begin
_ERA_YEAR = r"(?:平成|令和|(?<![A-Za-z])[HR]\.?)[ \u3000]?\d{1,2}[/.\-年]"
_NAME_THEN_DATE = regex.compile(
    r"(?m)^[ \t\u3000・*\-]*(?:\d{1,3}[.)）:：][ \t\u3000]*)?"
    # a rank or a role before the name (優勝 柳楽 蒼（2012/05/09）)
    r"(?:[^\s（()]{1,5}[ \t\u3000]+(?=[^\s（()]{1,6}[ \u3000][^\s（()]{1,6}[ \u3000]*[（(]))?"
    rf"{_NAME}(?:(?P<br>[ \u3000]*[（(])|[ \t\u3000]+(?=(?:19|20)\d\d[/.\-]|{_ERA_YEAR}))")


_CONTACT_AFTER = regex.compile(r"\d{2,4}-\d{2,4}-\d{3,4}|@")
# …or says whose child or spouse the person is (鈴木さんの長女, 配偶者): a family
# register's line, where the date after the name is the dependant's birth date
# (the relations, one list for these patterns and the scan's hint, ``KIN_HINT``)
KIN = r"(?:配偶者|[長次三四五](?:男|女)|[実義]?[父母]|祖[父母]|子|妻|夫|孫)"
_KIN_AFTER = regex.compile(rf"の{KIN}|配偶者")
# where either may stand: a relation after の, or one set apart as a cell
KIN_HINT = rf"の{KIN}|配偶者|[ \t\u3000）)]{KIN}[ \t\u3000]"


def dates_after_names(pt: PartText, a: int, b: int) -> list[Found]:
    f = pt.folded
    # (a part with a column of other dates and no word of births (氏名　入社日　退職日): the
    # dates after its names are those, not birth dates)
    things = pt.once("dates_of_things", _dates_of_things)
    this_year = dt.date.today().year
    bracketed: list[Found] = []
    spaced: list[Found] = []
    for m in finditer(_NAME_THEN_DATE, f, a, b):
        d = DATE.match(f, m.end(), min(m.end() + 20, b))
        if d is None:
            continue
        after = f[d.end():d.end() + 1]
        if m.group("br") is not None and after not in (")", "）"):
            continue
        if m.group("br") is None and not (d.group()[-1].isspace()
                                         or after in ("", " ", "\t", "\u3000", "\n")):
            continue
        found = None if things else found_date(pt, d, "", 0.7)
        if found is None:
            continue
        year = int(found.key[:4])
        if m.group("br") is not None and year <= this_year - 10:
            bracketed.append(found)
        elif m.group("br") is None and year <= this_year - 15:
            # the line goes on with the person's contact (携帯 070-…, a mailbox)
            line_end = f.find("\n", d.end())
            end = line_end if line_end >= 0 else len(f)
            # (a date of the Heisei or Reiwa era after a name and before a phone is as
            # often the day something began, 透析導入日 H16.8.15: a relative's only)
            if ((d.group("y") and _CONTACT_AFTER.search(f, d.end(), end))
                    or _KIN_AFTER.search(f, d.end(), end)):
                spaced.append(found)
    # (a part that speaks of a death before the line, as a column's name may, lists
    # the dates of deaths)
    death = _DEATH.search(f, a, b)
    kin = [found for m in finditer(_KIN_CELL, f, a, b)
           if (death is None or death.start() > m.start())
           and (d := DATE.match(f, m.end(), min(m.end() + 20, b)))
           and (found := found_date(pt, d, m.group("kin"), 0.8))]
    return (bracketed if len(bracketed) >= 2 else []) + (spaced if len(spaced) >= 3 else []) + kin


# a death's date after the relation (逝去者（続柄）　実父　2025/01/08): no birth date
_DEATH = regex.compile(r"逝去|死亡|永眠|命日|弔慰|葬")
# a relation standing as a cell before a date (小鳥遊 直美　子　H18.4.15, 妻 S62.3.1): a
# dependant's line of a family register or an insurance form; the date is the birth date
_KIN_CELL = regex.compile(
    rf"(?<=[ \t\u3000）)])(?P<kin>{KIN})"
    r"[ \t\u3000]+(?=(?:19|20)\d\d[/.\-年]"
    r"|(?:平成|令和|昭和|(?<![A-Za-z])[HRS]\.?)[ \u3000]?\d{1,2}[/.\-年])")


# A date of an era before Heisei (明治・大正・昭和, M/T/S) is, in today's mail, nearly always
# a birth date: found without a label, at a lower score (a label or column raises it).
OLD_ERA = regex.compile(
    r"(?P<y>)(?:(?P<era>明治|大正|昭和|(?<![A-Za-z])[MTS]\.?|(?<![\p{Han}])[明大昭](?=\d))"
    r"[ \u3000]*(?P<ey>元|\d{1,2}))"
    r"[ \u3000]*(?:年|[/.\-])[ \u3000]*(?P<m>\d{1,2})[ \u3000]*(?:月|[/.\-])[ \u3000]*"
    r"(?P<d>\d{1,2})(?![0-9])[ \u3000]*日?")


# what a date that is no birth is called (入社日, 申込日, 設置年月日, expiry)
_OTHER_DATE_JA = (r"入社|契約|登録|購入|申込|加入|開始|取得|発行|更新|受付|来店|入会|納品|注文|"
                  r"支払|予約|有効|期限|日時|作成|設置|導入|納入|開通|利用|最終|受洗|洗礼|入居|転入|"
                  r"転居|入学|卒業|就任|退職|入院|退院|死亡|結婚|接種|受診|健診|検査|届出|竣工|"
                  r"建築|製造|交付|施行|締結|点検|許可|認可|変更")
OTHER_DATE = regex.compile(_OTHER_DATE_JA + r"|hired|joined|registered|order|expir|valid|"
                           r"issued|created|updated|install|since|last", regex.I)
# a column of other dates (設置年月日, 届出日) in a part that never speaks of births: its
# Showa dates are a machine's or a filing's (an equipment register), not people's
_OTHER_DATE_COLUMN = regex.compile(rf"(?:{_OTHER_DATE_JA})(?:年月日|日)")
_BIRTH_WORDS = regex.compile(r"生年月日|誕生|生まれ|年齢|歳|[0-9]生|birth", regex.I)


def _dates_of_things(folded: str) -> bool:
    return bool(_OTHER_DATE_COLUMN.search(folded)) and not _BIRTH_WORDS.search(folded)


def old_era_dates(pt: PartText, a: int, b: int) -> list[Found]:
    if pt.once("dates_of_things", _dates_of_things):
        return []
    out = []
    for m in finditer(OLD_ERA, pt.folded, a, b):
        found = found_date(pt, m, "", 0.65)
        if found:
            out.append(found)
    return out


# English forms: 14 March 1979, 20-MAR-1984, March 14, 1979, 1979-03-14 is DATE's already
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
DATE_EN = regex.compile(
    r"(?<![0-9A-Za-z])(?:(?P<d1>\d{1,2})[ \-]?(?P<m1>[A-Za-z]{3})[A-Za-z]*\.?[ \-,]*"
    r"(?P<y1>(?:19|20)\d{2})|(?P<m2>[A-Za-z]{3})[A-Za-z]*\.? (?P<d2>\d{1,2}),? "
    r"(?P<y2>(?:19|20)\d{2}))(?![0-9])")


def parse_date_en(m: regex.Match[str]) -> dt.date | None:
    month = _MONTHS.get((m.group("m1") or m.group("m2")).lower())
    if month is None:
        return None
    try:
        return dt.date(int(m.group("y1") or m.group("y2")), month,
                       int(m.group("d1") or m.group("d2")))
    except ValueError:
        return None


def date_in(text: str) -> tuple[dt.date, int, int] | None:
    """The first date in ``text`` (Japanese or English form) and its span."""
    m = DATE.search(text)
    if m and (d := parse_date(m)):
        return d, m.start(), m.end()
    m = DATE_EN.search(text)
    if m and (d := parse_date_en(m)):
        return d, m.start(), m.end()
    m = _DATE_SLASHED.search(text)  # 03/21/1990 or 21/03/1990, whichever exists
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        for month, day in ((a, b), (b, a)):
            try:
                return dt.date(y, month, day), m.start(), m.end()
            except ValueError:
                continue
    return None


_DATE_SLASHED = regex.compile(r"(?<![0-9])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![0-9])")
