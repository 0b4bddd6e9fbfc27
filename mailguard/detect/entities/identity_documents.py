"""Identity documents: JP_DRIVERS_LICENSE, JP_PASSPORT, JP_RESIDENCE_CARD.

None of these numbers has a published check digit, so each needs a context word in the
part (the recognizer does not even run without one) and scores by how close it is:

* driver's licence (運転免許証番号): 12 digits, often printed 第123456789012号; the first
  two digits are the issuing public-safety commission (10-97).
* passport (旅券番号): two letters and seven digits (TK1234567).
* residence card (在留カード番号): two letters, eight digits, two letters (AB12345678CD).
"""

from __future__ import annotations

import regex

from mailguard.detect.context import KeywordHit, PartText
from mailguard.detect.entities.base import (
    Found,
    Run,
    digits_of,
    finditer,
    mask_head2,
    mask_text2,
)

LICENSE = "JP_DRIVERS_LICENSE"
PASSPORT = "JP_PASSPORT"
RESIDENCE = "JP_RESIDENCE_CARD"

LICENSE_LABELS = frozenset({
    "免許証番号", "運転免許証番号", "運転免許番号", "免許番号", "運転免許証", "運転免許",
    "免許証", "driver's license", "drivers license", "driver license", "driver's licence",
    "運転経歴証明書", "license no", "licence no", "driving licence", "driving license",
    "licence number", "japanese licence", "japanese license",
})
PASSPORT_LABELS = frozenset({
    "パスポート番号", "旅券番号", "パスポート", "旅券", "passport", "passport no",
    "passport number", "パスポートナンバー",
    # a Chinese partner's list (护照号码, 護照號碼)
    "护照号码", "护照号", "护照", "護照號碼", "護照",
})
RESIDENCE_LABELS = frozenset({
    "在留カード番号", "在留カード", "在留番号", "residence card", "residence card number",
    "特別永住者証明書",
})

# 12 digits, also written in groups (第 3015 0442 7391 号, 3015-0442-7391)
_LICENSE = regex.compile(r"(?<![0-9\-])(?:第\s*)?([1-9]\d)((?:[ \-]?\d){10})(?:\s*号)?(?![0-9])")
# Japanese passports: two letters and seven digits; others (C4829103, 1 letter + 7 or 8
# digits) are taken in a passport's context only like every number here
_DIGIT_PASSPORT = regex.compile(r"(?<![A-Za-z0-9\-])\d{9}(?![0-9A-Za-z\-])")
_PASSPORT = regex.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,2})(\d{7,9})([A-Za-z]?)(?![0-9A-Za-z])")
_RESIDENCE = regex.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})(\d{8})([A-Za-z]{2})(?![0-9A-Za-z])")


def _score(kind: str, label: float = 0.9, near: float = 0.75) -> float | None:
    return {"label": label, "near": near}.get(kind)


class DriversLicenseRecognizer:
    types = (LICENSE,)
    min_digits = 12
    needs = LICENSE_LABELS
    context = LICENSE_LABELS

    def __init__(self, negative: frozenset[str]) -> None:
        self.negative = negative - LICENSE_LABELS

    def find(self, pt: PartText, run: Run) -> list[Found]:
        out: list[Found] = []
        f = pt.folded
        for m in finditer(_LICENSE, f, max(run.start - 2, 0), min(run.end + 2, len(f))):
            if not 10 <= int(m.group(1)) <= 97:
                continue
            s, e = m.span(1)[0], m.span(2)[1]
            kind, word = pt.label(s, e, LICENSE_LABELS, frozenset(), self.negative)
            conf = _score(kind)
            if conf is not None:
                out.append(Found(LICENSE, s, e, m.group(1) + digits_of(m.group(2)),
                                 (mask_head2, pt.folded[s:e]), conf, word))
        return out


class PassportRecognizer:
    types = (PASSPORT,)
    min_digits = 7
    needs = PASSPORT_LABELS
    context = PASSPORT_LABELS

    def __init__(self, negative: frozenset[str]) -> None:
        self.negative = negative - PASSPORT_LABELS

    def find(self, pt: PartText, run: Run) -> list[Found]:
        out: list[Found] = []
        f = pt.folded
        for m in finditer(_PASSPORT, f, max(run.start - 2, 0), min(run.end + 2, len(f))):
            s, e = m.span()
            kind, word = pt.label(s, e, PASSPORT_LABELS, frozenset(), self.negative)
            if len(m.group(2)) == 9 and kind != "label":
                continue  # (a letter and nine digits, as some countries issue: only labelled)
            conf = _score(kind)
            if conf is not None:
                out.append(Found(PASSPORT, s, e, m.group().upper(),
                                 (mask_text2, pt.folded[s:e]), conf, word))
        if not out:
            # nine digits (a British or an American passport) under the label itself
            for m in finditer(_DIGIT_PASSPORT, f, max(run.start - 1, 0),
                              min(run.end + 1, len(f))):
                s, e = m.span()
                kind, word = pt.label(s, e, PASSPORT_LABELS, frozenset(), self.negative)
                if kind == "label":
                    out.append(Found(PASSPORT, s, e, m.group(), (mask_text2, f[s:e]), 0.85,
                                     word))
        return out


# a passport number with letters among its digits, as many countries issue them (a German
# CR4H9RJH8, ICAO's nine characters): read only right after its label
_MIXED_PASSPORT = regex.compile(r"\.?[ \t\u3000]*(?:no\.?|number|番号|#)?[ \t\u3000]*[:：]?"
                                r"[ \t\u3000]*([A-Z0-9]{8,10})(?![A-Za-z0-9])", regex.I)


class LabelledPassportRecognizer:
    """A passport number of letters and digits mixed after its label (Passport No.:
    CR4H9RJH8), which no run of digits starts; two letters and seven digits (a Japanese
    passport) are the number recognizer's."""

    types = (PASSPORT,)
    triggers = PASSPORT_LABELS
    context = PASSPORT_LABELS

    def find(self, pt: PartText, hit: KeywordHit) -> list[Found]:
        f = pt.folded
        m = regex.match(_MIXED_PASSPORT, f[hit.end:min(hit.end + 24, len(f))])
        if not m:
            return []
        v = m.group(1)
        digits = sum(c.isdigit() for c in v)
        # (letters and digits both, the letters capitals: not a word, not a plain number)
        if digits < 2 or sum(c.isalpha() for c in v) < 2 or not v.isupper() \
                or _PASSPORT.fullmatch(v):
            return []
        s, e = hit.end + m.start(1), hit.end + m.end(1)
        return [Found(PASSPORT, s, e, v.upper(), (mask_text2, f[s:e]), 0.85, hit.word)]


class ResidenceCardRecognizer:
    types = (RESIDENCE,)
    min_digits = 8
    needs = RESIDENCE_LABELS
    context = RESIDENCE_LABELS

    def __init__(self, negative: frozenset[str]) -> None:
        self.negative = negative - RESIDENCE_LABELS

    def find(self, pt: PartText, run: Run) -> list[Found]:
        out: list[Found] = []
        f = pt.folded
        for m in finditer(_RESIDENCE, f, max(run.start - 2, 0), min(run.end + 2, len(f))):
            s, e = m.span()
            kind, word = pt.label(s, e, RESIDENCE_LABELS, frozenset(), self.negative)
            conf = _score(kind)
            if conf is not None:
                out.append(Found(RESIDENCE, s, e, m.group().upper(),
                                 (mask_text2, pt.folded[s:e]), conf, word))
        return out
