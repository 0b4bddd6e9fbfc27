"""CREDIT_CARD: payment card numbers, 13-19 digits, Luhn check and issuer ranges.

Written as one run, in groups of four (4-4-4-4, 4-4-4-4-3) or as Amex/Diners 4-6-5 and
4-6-4, with spaces or hyphens.  Valid only when the Luhn check passes *and* the prefix and
length fit a known brand (Visa, Mastercard, JCB, American Express, Diners Club, Discover,
UnionPay): ``checksums.card_issuer``, or, outside those ranges, when a card label
(カード番号) names it.  Grouped writing or a card word nearby raises the
score; a label of another kind (注文番号, 伝票番号…) drops the number.
"""

from __future__ import annotations

import regex

from mailguard.detect import checksums
from mailguard.detect.context import PartText
from mailguard.detect.entities.base import (
    Found,
    Run,
    digits_of,
    finditer,
    mask_head4_tail4,
)

TYPE = "CREDIT_CARD"
LABELS = frozenset({
    "カード番号", "クレジットカード番号", "クレジットカード", "card number", "card no",
    "credit card", "カードno", "会員番号(カード)",
})
CONTEXT = frozenset({"クレジット", "カード", "visa", "mastercard", "jcb", "amex",
                     "american express", "diners", "有効期限", "セキュリティコード",
                     "cvv", "cvc", "expiry", "expiration", "決済", "card", "name on card",
                     "valid thru", "exp"})

_PAT = regex.compile(
    r"(?<![0-9\-])(?:\d{4}([ \-])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?"
    r"|\d{4}([ \-])\d{6}\2\d{4,5}|\d{13,19})(?![0-9]|-\d)")


class CreditCardRecognizer:
    types = (TYPE,)
    min_digits = 13
    needs = None
    context = LABELS | CONTEXT

    def __init__(self, negative: frozenset[str]) -> None:
        self.negative = negative - LABELS

    def find(self, pt: PartText, run: Run) -> list[Found]:
        out: list[Found] = []
        f = pt.folded
        for m in finditer(_PAT, f, max(run.start - 1, 0), min(run.end + 1, len(f))):
            digits = digits_of(m.group())
            known = checksums.is_card_number(digits)
            if not known and not (14 <= len(digits) <= 19 and checksums.luhn_valid(digits)):
                continue
            s, e = m.span()
            kind, word = pt.label(s, e, LABELS, CONTEXT, self.negative)
            grouped = not m.group().isdigit()
            if not known and kind != "label" and not (kind == "near" and grouped):
                # outside the brands' ranges (a store's own card, a range newer than our
                # table): a card number only where the mail calls it one, or writes it
                # in a card's groups beside a card word (…　有効期限 08/28)
                continue
            if kind != "label" and (checksums.is_jan_code(digits) or len(digits) == 13):
                # a 13-digit Visa is long out of issue; thirteen digits beside 「カード」
                # are a product's JAN code (プリペイドカード 4580612340031) unless labelled
                continue
            conf = {"label": 0.95, "near": 0.9, "none": 0.65 if grouped else 0.45,
                    "near_negative": 0.3}.get(kind)
            if conf is None:
                continue
            out.append(Found(TYPE, s, e, digits, (mask_head4_tail4, pt.folded[s:e]), conf, word))
        return out
