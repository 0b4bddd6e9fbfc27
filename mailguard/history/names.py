"""Names compared in one normalised form.

「田中　太郎 様」 and 「田中太郎」; 「ﾀﾅｶ ﾀﾛｳ」, 「タナカ タロウ」, 「たなか たろう」,
"Taro Tanaka", "TANAKA Taro" and "tanaka tarou": each group has one key.  Width
(NFKC), spaces, dots, honorifics (様, さん, 殿, Mr.) and case fold away; katakana
becomes hiragana (and, for a kana name in words, romaji); a Latin name's words are
order-free (given name first or last) and romanised one way (``romaji_fold``: tarou =
taro).  Kanji and romaji forms of one name cannot be told
apart without a dictionary; the history ties them when one address was written to
under both.
"""

from __future__ import annotations

import re
import unicodedata

from mailguard.detect.recipients import romaji_fold

# honorifics and forms of address, at the end of a Japanese name or before a Latin one
HONORIFICS_JA = ("御中", "様方", "さま", "サマ", "様", "殿", "さん", "先生", "各位", "君", "氏")
HONORIFICS_EN = ("mr", "mrs", "ms", "miss", "dr", "prof", "mx", "sir", "madam")

# the legal forms of company names, so 株式会社ABC, ABC株式会社, (株)ABC, ABC Co., Ltd.
# and ABC Inc. share one key
_ORG_FORMS = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|公益社団法人|"
    r"公益財団法人|特定非営利活動法人|npo法人|医療法人|学校法人|社会福祉法人|"
    r"\(株\)|\(有\)|㈱|㈲|"
    r"\bco\.?,?\s*ltd\.?|\bcompany\s+limited\b|\bltd\.?|\binc\.?|\bincorporated\b|"
    r"\bcorporation\b|\bcorp\.?|\bk\.\s?k\.|\bllc\b|\bgmbh\b|\bplc\b|\blimited\b",
    re.IGNORECASE)

# words that mark a line as naming an organisation (the forms above and some more)
ORG_MARKERS = re.compile(
    _ORG_FORMS.pattern + r"|大学|病院|銀行|信用金庫|協会|組合|機構|財団|研究所|事務所|"
    r"市役所|区役所|町役場|県庁|省|\buniversity\b|\bbank\b",
    re.IGNORECASE)

_DROP = re.compile(r"[\s\u3000・･.,，、。'\"“”‘’「」『』【】\-‐－—_/／]+")
_PAREN = re.compile(r"[（(\[［<＜][^）)\]］>＞]*[）)\]］>＞]")


def _kana_fold(s: str) -> str:
    """Katakana to hiragana (ァ..ヶ → ぁ..ゖ); the long-vowel mark stays."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def strip_honorifics(name: str) -> str:
    """「田中 太郎 様」 → 「田中 太郎」; "Mr. John Smith" → "John Smith" (NFKC first)."""
    s = unicodedata.normalize("NFKC", name).strip().strip("\"'")
    s = _PAREN.sub(" ", s).strip()
    changed = True
    while changed and s:
        changed = False
        for h in HONORIFICS_JA:
            if s.endswith(h) and len(s) > len(h):
                s = s[: -len(h)].rstrip(" 　,、")
                changed = True
    words = s.split()
    while words and words[0].lower().rstrip(".") in HONORIFICS_EN:
        words = words[1:]
    return " ".join(words)


_ROMAJI_SYLLABLES = ("a i u e o ka ki ku ke ko sa si su se so ta ti tu te to na ni nu ne no "
                     "ha hi hu he ho ma mi mu me mo ya yu yo ra ri ru re ro wa o n "
                     "ga gi gu ge go za zi zu ze zo da zi zu de do ba bi bu be bo "
                     "pa pi pu pe po a i u e o ya yu yo")
_KANA = dict(zip(
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほ"
    "まみむめもやゆよらりるれろわをん"
    "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉゃゅょ",
    _ROMAJI_SYLLABLES.split(), strict=True))


def kana_romaji(s: str) -> str:
    """Hiragana (after ``_kana_fold``) in kunrei-like romaji, folded like ``romaji_fold``
    (たろう → taro, しょう → syo): a kana name and its romanisation get one key.
    "" when ``s`` has anything but kana."""
    out: list[str] = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "っ" and i + 1 < len(s) and s[i + 1] in _KANA:
            out.append(_KANA[s[i + 1]][0])
        elif c == "ー":
            pass                                  # long vowel: folded away anyway
        elif c in "ゃゅょ" and out and out[-1].endswith("i") and len(out[-1]) > 1:
            out[-1] = out[-1][:-1] + "y" + _KANA[c][-1]
        elif c in _KANA:
            out.append(_KANA[c])
        else:
            return ""
        i += 1
    return romaji_fold("".join(out))


def name_key(name: str) -> str:
    """The comparison key of a person's (display) name; "" when nothing is left."""
    s = strip_honorifics(name)
    if not s:
        return ""
    s = s.lower()
    words = s.split()
    romaji = [kana_romaji(_kana_fold(w)) for w in words]
    if len(words) > 1 and all(romaji):          # タナカ タロウ = Taro Tanaka
        return " ".join(sorted(romaji))
    if s.isascii():
        words = [romaji_fold(w) for w in re.split(r"[\s.,\-_]+", s) if w]
        return " ".join(sorted(words))
    return _kana_fold(_DROP.sub("", s))


FAMILY = "family:"   # the prefix of a family-name key (「田中様」 for 田中 太郎)


def family_key(name: str) -> str:
    """The key of the family name of a Japanese full name (「田中 太郎」 → family:田中),
    or "" (a Latin name's word order says nothing about which word it is)."""
    words = strip_honorifics(name).split()
    if len(words) < 2 or words[0].isascii():
        return ""
    k = name_key(words[0])
    return FAMILY + k if k else ""


def person_lookup_key(name: str, key: str) -> str:
    """How a salutation's person is looked up: 「田中様」 (one Japanese word) by its
    family key, a full name by its own key."""
    words = strip_honorifics(name).split()
    if len(words) == 1 and not words[0].isascii():
        return FAMILY + key
    return key


def org_key(name: str) -> str:
    """The comparison key of an organisation's name: 株式会社ABC = ABC株式会社 =
    ABC Co., Ltd. = ＡＢＣ（株） → "abc"."""
    s = unicodedata.normalize("NFKC", name).lower()
    s = s.replace("(株)", " ").replace("(有)", " ")
    s = _ORG_FORMS.sub(" ", s)
    for h in ("御中", "各位", "様"):
        s = s.replace(h, " ")
    return _kana_fold(_DROP.sub("", s))


# display names that are roles or departments, not people: never tied to one address
_GENERIC = frozenset({
    "info", "information", "support", "sales", "contact", "admin", "office", "help",
    "helpdesk", "service", "customer service", "noreply", "no-reply", "team", "hr",
    "お問い合わせ", "お問合せ", "問い合わせ", "営業部", "総務部", "経理部", "人事部", "事務局",
    "サポート", "カスタマーサポート", "担当者", "ご担当者", "ご担当", "担当", "窓口",
})


def is_generic(name: str) -> bool:
    """A role or department rather than a person (お問い合わせ窓口, support)."""
    s = strip_honorifics(name).lower()
    if not s:
        return True
    if s in _GENERIC or _kana_fold(s) in {_kana_fold(g) for g in _GENERIC}:
        return True
    # 営業部, 総務課 (but not the family names 阿部, 岡部: two letters before 部 at least)
    return bool(re.search(r"(窓口|事務局|担当者?|サポート|センター|デスク|\S{2,}[部課室]|"
                          r"team|desk|support|department|dept\.?)$", s))


def clean_display(name: str) -> str:
    """A display name as it is kept (spaces collapsed), at most 320 characters."""
    return " ".join(unicodedata.normalize("NFKC", name).split())[:320]
