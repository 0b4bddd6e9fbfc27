"""JP_CORPORATE_NUMBER: the Corporate Number (法人番号), 13 digits, check digit first.

Also found as the qualified-invoice issuer registration number (適格請求書発行事業者
登録番号): ``T`` followed by the 13 digits.  The check digit (the first digit) follows the
National Tax Agency's modulus 9 (``checksums.corporate_check_digit``).  A corporate
number is public information: it is reported, and the shipped rules never hold on it.
A 13-digit JAN code (prefix 45/49 with a valid GS1 check digit) without a corporate
label is a product code, not a corporate number.
Reference: 法人番号の指定等に関する省令 第二条; https://www.houjin-bangou.nta.go.jp/
"""

from __future__ import annotations

import regex

from mailguard.detect import checksums
from mailguard.detect.context import PartText
from mailguard.detect.entities.base import Found, Run, finditer, mask_head4

TYPE = "JP_CORPORATE_NUMBER"
LABELS = frozenset({
    "法人番号", "登録番号", "corporate number", "適格請求書発行事業者登録番号",
    "インボイス番号", "インボイス登録番号", "事業者登録番号", "registration number",
})
CONTEXT = frozenset({"適格請求書", "インボイス", "国税庁", "invoice"})

_PAT = regex.compile(r"(?<![0-9A-Za-z])(T[ \-]?)?(\d{13})(?![0-9])")


class CorporateNumberRecognizer:
    types = (TYPE,)
    min_digits = 13
    needs = None
    context = LABELS | CONTEXT

    def __init__(self, negative: frozenset[str]) -> None:
        self.negative = negative - LABELS

    def find(self, pt: PartText, run: Run) -> list[Found]:
        out: list[Found] = []
        f = pt.folded
        for m in finditer(_PAT, f, max(run.start - 3, 0), min(run.end + 1, len(f))):
            digits = m.group(2)
            if not checksums.is_corporate_number(digits):
                continue
            s, e = m.span()
            if m.group(1):
                conf, word = 0.95, "T"
            else:
                kind, word = pt.label(s, e, LABELS, CONTEXT, self.negative)
                if kind in ("negative",):
                    continue
                if kind != "label" and checksums.is_jan_code(digits):
                    continue
                conf = {"label": 0.95, "near": 0.8, "none": 0.4, "near_negative": 0.2}[kind]
            out.append(Found(TYPE, s, e, digits, (mask_head4, pt.folded[s:e]), conf, word))
        return out
