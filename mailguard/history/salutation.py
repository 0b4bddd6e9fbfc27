"""The salutation block of the new text: whom the letter says it is for.

A Japanese business mail opens with the addressee before the greeting::

    株式会社ABC
    営業部 田中 太郎 様

    いつもお世話になっております。

or 「ABC株式会社 御中」, 「田中様」 on one line; an English one with "Dear Mr. Tanaka,".
Only the first lines of the *new* text are read (quoted text is the earlier message's,
which names someone else), up to the greeting.  What comes out is the organisation
named (``kind="org"``) and the person (``kind="person"``), each with its comparison key.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from mailguard.history.names import (
    HONORIFICS_EN,
    ORG_MARKERS,
    is_generic,
    name_key,
    org_key,
    strip_honorifics,
)

MAX_LINES = 6           # non-empty lines read before giving up
MAX_LINE_CHARS = 60     # a longer line is prose, not an address block

# the greeting that ends the block (お疲れ様です has a 様 but names nobody)
_GREETING = re.compile(
    r"^(いつも|平素|日頃|お世話|おせわ|大変お世話|初めて|はじめまして|突然|ご無沙汰|お疲れ|"
    r"おつかれ|お忙しい|先日|先ほど|本日|早速|ご連絡|ご返信|ご丁寧|拝啓|前略|謹啓|"
    r"thank|thanks|i hope|hope you|i am|i'm|we are|please|this is|good (morning|afternoon))",
    re.IGNORECASE)
_PERSON_END = re.compile(r"(様|さま|殿|さん|先生|部長|課長|係長|主任|社長|室長|所長|支店長|"
                         r"次長|局長|専務|常務|取締役|教授)[\s　,，、:：]*$")
_SAN = re.compile(r"^([A-Za-z][A-Za-z .]{1,30}?)-san[\s,:!]*$", re.IGNORECASE)
_ORG_END = re.compile(r"御中[\s　,，、:：]*$")
_DEAR = re.compile(r"^(dear|hi|hello|attn\.?:?|attention:?)\s+(.+?)[\s,:;!]*$", re.IGNORECASE)
_DEPARTMENT = re.compile(r"(本部|事業部|部|課|室|係|グループ|チーム|センター|支店|支社|営業所|"
                         r"工場|事務所|局|dept\.?|department|division)$", re.IGNORECASE)
_TITLES = frozenset({
    "部長", "課長", "係長", "主任", "社長", "副社長", "会長", "取締役", "代表取締役", "専務",
    "常務", "室長", "所長", "支店長", "店長", "局長", "次長", "理事", "理事長", "院長",
    "教授", "准教授", "マネージャー", "マネジャー", "リーダー", "担当", "ご担当", "ご担当者",
    "担当者", "代表", "ceo", "cto", "cfo", "manager", "director", "president",
})
_GENERIC_EN = frozenset({"sir", "madam", "sir or madam", "sirs", "all", "everyone", "team",
                         "colleagues", "customer", "customers", "friends", "there",
                         "valued customer", "members", "partners", "folks"})


@dataclass(frozen=True)
class Salutation:
    kind: str       # "org" or "person"
    name: str       # as written (honorifics taken off), for findings
    key: str        # names.name_key / names.org_key


def _org_part(words: list[str]) -> tuple[str, list[str]]:
    """The organisation's name in the words of a line (the words up to and including
    the one with a legal form, a lone 株式会社 joined to its neighbour), and the rest."""
    for i, w in enumerate(words):
        if ORG_MARKERS.search(w):
            end = i + 1
            start = 0
            # 「株式会社 ABC」: the name is the next word
            if ORG_MARKERS.fullmatch(w) and i + 1 < len(words) \
                    and not _DEPARTMENT.search(words[i + 1]):
                end = i + 2
            # "ABC Co., Ltd." is several words: take what comes before the marker
            org = " ".join(words[start:end])
            return org, words[end:]
    return "", words


def _person(words: list[str]) -> str:
    """The person's name: the words after departments and titles."""
    kept = [w for w in words if not _DEPARTMENT.search(w) and w.lower() not in _TITLES]
    # a title written onto the name: 「田中部長」
    if len(kept) == 1:
        for t in sorted(_TITLES, key=len, reverse=True):
            if kept[0].endswith(t) and len(kept[0]) > len(t):
                kept = [kept[0][: -len(t)]]
                break
    if not kept or len(kept) > 4:
        return ""
    name = " ".join(kept)
    return "" if len(name) > 30 or is_generic(name) else name


def extract(text: str) -> list[Salutation]:
    """The organisations and persons the salutation block of ``text`` (new text) names."""
    found: list[Salutation] = []
    seen = 0
    for raw_line in text.splitlines():
        line = unicodedata.normalize("NFKC", raw_line).strip()
        if not line:
            if found:
                break       # the block ends at its first blank line
            continue
        seen += 1
        if seen > MAX_LINES or len(line) > MAX_LINE_CHARS or _GREETING.match(line):
            break
        dear = _DEAR.match(line) or _SAN.match(line)
        if dear:
            who = dear.group(dear.lastindex or 1).strip()
            if who.lower() in _GENERIC_EN:
                break
            words = [w for w in who.split() if w.lower().rstrip(".") not in HONORIFICS_EN]
            who = " ".join(words).removesuffix("-san").removesuffix("san").strip(" -")
            if who and who.lower() not in _GENERIC_EN and not is_generic(who):
                org, rest = _org_part(who.split())
                if org and org_key(org):
                    found.append(Salutation("org", org, org_key(org)))
                elif name_key(who):
                    found.append(Salutation("person", who, name_key(who)))
            break
        words = line.split()
        if _ORG_END.search(line):
            org, _ = _org_part(words)
            name = org or re.sub(r"御中[\s,，、:：]*$", "", line).strip()
            if org_key(name):
                found.append(Salutation("org", name, org_key(name)))
            continue
        person_line = bool(_PERSON_END.search(line))
        org, rest = _org_part(words)
        if org and org_key(org):
            found.append(Salutation("org", org, org_key(org)))
        if person_line:
            body = strip_honorifics(" ".join(rest if org else words))
            who = _person(body.split())
            if who and name_key(who):
                found.append(Salutation("person", who, name_key(who)))
            continue
        if not org and not (len(words) <= 3 and _DEPARTMENT.search(words[-1])):
            break           # neither an organisation nor a department: not the block
    return _unique(found)


def _unique(items: list[Salutation]) -> list[Salutation]:
    out: list[Salutation] = []
    for s in items:
        if all((s.kind, s.key) != (o.kind, o.key) for o in out):
            out.append(s)
    return out
