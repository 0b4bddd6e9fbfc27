"""PHONE_NUMBER: telephone numbers, Japanese by default, international with a + prefix.

Candidates are digit runs of 10+ digits; ``phonenumbers`` (libphonenumber's metadata)
decides, with region JP for national numbers (03-1234-5678, 090-1234-5678,
0120-123-456) and the country code for international ones (+81 90-1234-5678,
+1 415 555 0100).  A number right after TEL/電話/携帯 scores high, one after a label of
another kind (注文番号, FAX, 郵便番号…) is dropped, and an unseparated run without any
phone word scores low (it is as likely an order or account number).
"""

from __future__ import annotations

import functools
import re

import phonenumbers

from mailguard.detect.context import PartText
from mailguard.detect.entities.base import Found, Run, mask_digits

TYPE = "PHONE_NUMBER"
# a Japanese mobile (070/080/090) in E.164: a person's own number, never a shop's
MOBILE_PREFIXES = ("+8170", "+8180", "+8190")
LABELS = frozenset({
    "tel", "tel.", "電話", "電話番号", "携帯", "携帯番号", "携帯電話", "携帯電話番号",
    "連絡先", "ご連絡先", "緊急連絡先", "phone", "mobile", "telephone", "自宅電話",
    "自宅", "直通", "代表", "fax", "ファックス", "ファクス", "お電話", "お電話番号",
    "℡", "☎", "📞",
})
CONTEXT = frozenset({"お電話", "電話にて", "ご連絡", "call"})


_SINGLE = re.compile(r"(?:\+\d{1,3}[ -]?)?(?:\(\d{1,5}\)[ -]?)?\d{1,5}(?:-\d{1,5}){0,3}")
# A Japanese number in national form, as most are written: 0 and a digit other than 0,
# 10 or 11 digits in all, single hyphens between the groups (checked by _parse below).
_JP_NATIONAL = re.compile(r"0[1-9][0-9-]*[0-9]")


def _parse(s: str) -> phonenumbers.PhoneNumber:
    """``phonenumbers.parse(s, "JP")``, with the common national form read directly.

    For 0 + a non-zero digit (not the international prefix 010), parse() drops the
    national prefix 0 (no Japanese number pattern starts with it) and keeps country
    code 81: the rest of the digits is the national number.  parse() costs ~15 us, a
    third of a phone number's validation; the 20 KB bench message has 36 of them.
    tests/test_pii_recognizers.py checks the two agree on numbers of every prefix.
    """
    if _JP_NATIONAL.fullmatch(s) and "--" not in s:
        digits = s.replace("-", "")
        if len(digits) in (10, 11) and not digits.startswith("010"):
            return phonenumbers.PhoneNumber(country_code=81, national_number=int(digits[1:]))
    return phonenumbers.parse(s, "JP")


@functools.lru_cache(maxsize=8192)
def _phones_in(s: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, E.164) of the valid phone numbers in a short string."""
    found: list[tuple[int, int, str]] = []
    if _SINGLE.fullmatch(s):
        # one number, written the usual way: parse it (faster than the matcher)
        try:
            n = _parse(s)
        except phonenumbers.NumberParseException:
            return ()
        if not phonenumbers.is_valid_number(n):
            return ()
        return ((0, len(s), phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)),)
    if s.isascii() and s.isdigit() and len(s) <= 20:
        # Bare digits (a My Number, a corporate or card number…) are a single candidate
        # for the matcher (up to 20 digits), with nothing inside to try (inner candidates
        # follow a separator), and it keeps only valid numbers: when the whole does not
        # parse as one, the matcher finds nothing.  Checked here at a third of its cost.
        try:
            if not phonenumbers.is_valid_number(_parse(s)):
                return ()
        except phonenumbers.NumberParseException:
            return ()
    try:
        for m in phonenumbers.PhoneNumberMatcher(s, "JP", leniency=phonenumbers.Leniency.VALID):
            e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            found.append((m.start, m.end, e164))
    except Exception:  # libphonenumber rejects odd input by raising: no phone there
        return ()
    return tuple(found)


def phones_cache_clear() -> None:
    """Empty the cache of _phones_in (see personal_data.clear_value_caches)."""
    _phones_in.cache_clear()


_GROUPS = re.compile(r"(\d+)")


def mask_phone(s: str) -> str:
    """Keep the first group (area or mobile prefix, after a country code) and the last
    group; star the middle: 090-****-5678, 0120-***-456, +81 90-****-5678."""
    s = s.strip()
    parts = _GROUPS.split(s)          # separators at even, digit groups at odd indexes
    groups = list(range(1, len(parts), 2))
    if len(groups) <= 2:
        return mask_digits(s, 3, 4)
    keep = {groups[0], groups[-1]}
    if s.startswith("+"):
        keep.add(groups[1])
    out = ["*" * len(p) if i in groups and i not in keep else p for i, p in enumerate(parts)]
    # the subscriber's number in one group (+95 9 791502517): only its last four show
    last = parts[groups[-1]]
    if len(last) > 4:
        out[groups[-1]] = "*" * (len(last) - 4) + last[-4:]
    return "".join(out)


class PhoneRecognizer:
    types = (TYPE,)
    min_digits = 10
    needs = None
    context = LABELS | CONTEXT

    def __init__(self, negative: frozenset[str]) -> None:
        self.negative = negative - LABELS

    def find(self, pt: PartText, run: Run) -> list[Found]:
        f = pt.folded
        a = run.start
        while a > 0 and f[a - 1] in "+(" and run.start - a < 2:
            a -= 1
        chunk = f[a:run.end]
        out: list[Found] = []
        for rs, re_, e164 in _phones_in(chunk):
            s, e = a + rs, a + re_
            kind, word = pt.label(s, e, LABELS, CONTEXT, self.negative)
            grouped = any(c in f[s:e] for c in "- ()")
            conf = {"label": 0.9, "near": 0.85, "none": 0.7 if grouped else 0.5,
                    "near_negative": 0.5 if grouped else 0.3}.get(kind)
            if conf is None:
                continue
            out.append(Found(TYPE, s, e, e164, (mask_phone, pt.folded[s:e]), conf, word))
        if not out:
            # a number written as a phone under its label (携帯 070-0280-0507) that the
            # numbering plan has not issued: a typo, or a number made up for a form, is
            # still given as someone's phone
            m = _SHAPED.match(chunk)
            if m and m.end() == len(chunk) and not _PLACEHOLDER.search(chunk):
                kind, word = pt.label(a, run.end, LABELS, CONTEXT, self.negative)
                # (or in brackets after a person's honorific: 「浅葉 誠一様（011-104-1206）」)
                if kind == "label" or _AFTER_HONORIFIC.search(f, max(0, a - 4), a):
                    out.append(Found(TYPE, a, run.end, "+81" + chunk.replace("-", "")[1:],
                                     (mask_phone, chunk), 0.85, word))
        return out


_AFTER_HONORIFIC = re.compile(r"(?:様|さん|氏)[（(]\Z")
# a form's example, not anyone's (090-0000-0000, 03-1234-5678, 080-1111-1111)
_PLACEHOLDER = re.compile(r"-(?:0000|1234|(\d)\1{3})-|-(?:0000|5678|(\d)\2{3})$")
# a Japanese number's shape: a mobile's 0X0-XXXX-XXXX, a landline's ten digits in three
# groups (03-XXXX-XXXX, 0XXX-XX-XXXX)
_SHAPED = re.compile(r"0[5789]0-[0-9]{4}-[0-9]{4}"
                     r"|(?=[0-9-]{12}$)0[1-9][0-9]{0,3}-[0-9]{1,4}-[0-9]{4}")
