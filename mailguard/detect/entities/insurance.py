"""Social insurance numbers: JP_BASIC_PENSION_NUMBER and JP_HEALTH_INSURANCE.

* 基礎年金番号: ten digits written 4-6 (1234-567890) or as one run; no published check
  digit, so a pension word must be in the part, and near the number.
* Health insurance card (健康保険証): the insurer number (保険者番号, 8 digits; 6 for
  national health insurance) and the card's 記号・番号 (symbol and number), read after
  their labels; 記号・番号 alone needs an insurance word nearby.
"""

from __future__ import annotations

import regex

from mailguard.detect.context import KeywordHit, PartText
from mailguard.detect.entities.base import (
    Found,
    Run,
    finditer,
    mask_head2,
    mask_tail2,
    match,
    search,
)

PENSION = "JP_BASIC_PENSION_NUMBER"
HEALTH = "JP_HEALTH_INSURANCE"
BANK = "JP_BANK_ACCOUNT"  # a postal savings account written as 記号・番号

PENSION_LABELS = frozenset({"基礎年金番号", "年金番号", "年金手帳", "年金手帳番号",
                            "基礎年金", "pension number", "基礎年金番号通知書"})
HEALTH_LABELS = frozenset({"保険者番号", "被保険者番号", "保険証番号", "被保険者証番号",
                           "記号", "記号番号", "被保険者記号",
                           # a card's fields in English mail (Insured person no.: …,
                           # Symbol (kigo): …)
                           "kigo", "insured person no", "insured person number"})
HEALTH_CONTEXT = frozenset({"保険証", "健康保険", "健康保険証", "被保険者証", "国民健康保険",
                            "協会けんぽ", "健保", "社会保険", "資格確認書", "保険"})

_PENSION = regex.compile(r"(?<![0-9\-])(\d{4})-?(\d{6})(?![0-9]|-\d)")
_INSURER = regex.compile(
    r"[ \t\u3000]*[(（]?[^\n]{0,6}?[)）]?[ \t\u3000:：]*(\d{8}|\d{6})(?![0-9])")
_SYMBOL_NUMBER = regex.compile(
    # (a form gives 記号 and 番号 a line each: 記号　：81203 / 番号　：447)
    # (a symbol may hold a place's kanji: 記号 若葉国31 番号 004572)
    r"[ \t\u3000:：・]*([0-9A-Za-z\p{Han}\-]{1,10})[ \t\u3000,、/・]*\n?[ \t\u3000]*"
    r"(?:番号|No\.?)"
    r"[ \t\u3000:：]*(\d{1,10})(?![0-9])")
# 記号・番号：4128・1706 (the label names both, the values follow in that order)
_SYMBOL_THEN_NUMBER = regex.compile(
    # (a symbol may hold a place's kanji: 横浜72・30915)
    r"(?:[・･/／]?番号)?[ \t\u3000:：]*([0-9A-Za-z\p{Han}]{1,10})[ \t\u3000]*"
    r"[・･/／ \-−－‐][ \t\u3000]*(\d{1,10})(?![0-9])")
# as a card's fields are given in English, the Japanese names romanised after them:
# "Symbol (kigo) : 412" / "Number (bango) : 3418"
_KIGO_BANGO = regex.compile(
    r"[)）]?[ \t:：]*([0-9A-Za-z]{1,10})[ \t]*[,/]?[ \t]*\n?[ \t]*"
    r"(?i:number|no\.?)[ \t]*(?:[(（](?i:bango)[)）])?[ \t:：]*(\d{1,10})(?![0-9])")
_INSURED_NUMBER = regex.compile(r"\.?[ \t\u3000:：]*(\d{6,10})(?![0-9])")
_HEALTH_NEAR = regex.compile(r"保険|被保険者|健保|けんぽ|資格確認書|(?i:insur)")
# a 記号・番号 given for someone (石川様, ご本人, 加入者): of all the numbers written so,
# only the health insurance card's is a person's, but for a ゆうちょ account's
_A_PERSONS = regex.compile(r"様|さん|氏名|本人|加入者|組合員|被扶養者")
_POSTAL_ACCOUNT = regex.compile(r"ゆうちょ|貯金|口座|振替|振込")
_POSTAL_BANK = regex.compile(r"ゆうちょ|郵便貯金|通常貯金|(?i:japan post bank)")


class PensionRecognizer:
    types = (PENSION,)
    min_digits = 10
    needs = PENSION_LABELS
    context = PENSION_LABELS

    def __init__(self, negative: frozenset[str]) -> None:
        self.negative = negative - PENSION_LABELS

    def find(self, pt: PartText, run: Run) -> list[Found]:
        out: list[Found] = []
        f = pt.folded
        for m in finditer(_PENSION, f, max(run.start - 1, 0), min(run.end + 1, len(f))):
            s, e = m.span()
            kind, word = pt.label(s, e, PENSION_LABELS, frozenset(), self.negative)
            conf = {"label": 0.9, "near": 0.75}.get(kind)
            if conf is not None:
                out.append(Found(PENSION, s, e, m.group(1) + m.group(2),
                                 (mask_head2, pt.folded[s:e]), conf, word))
        return out


class HealthInsuranceRecognizer:
    types = (HEALTH, BANK)
    triggers = HEALTH_LABELS
    context = HEALTH_LABELS | HEALTH_CONTEXT

    def find(self, pt: PartText, hit: KeywordHit) -> list[Found]:
        f = pt.folded
        end = min(hit.end + 40, len(f))
        if hit.word in ("記号", "記号番号", "被保険者記号", "kigo"):
            m = (match(_KIGO_BANGO, f, hit.end, end) if hit.word == "kigo"
                 else match(_SYMBOL_NUMBER, f, hit.end, end)
                 or match(_SYMBOL_THEN_NUMBER, f, hit.end, end))
            if not m:
                return []
            near = search(_HEALTH_NEAR, f, max(hit.start - 80, 0), min(m.end() + 20, len(f)))
            if not near and search(_POSTAL_BANK, f, max(pt.line_span(hit.start)[0],
                                                         hit.start - 12), hit.start):
                # 「ゆうちょ 記号12340 番号55128871」: a postal savings account, not a card
                s, e = m.span(1)[0], m.end()
                return [Found(BANK, s, e, f"{m.group(1)}/{m.group(2)}",
                              (mask_tail2, f[s:e]), 0.85, "ゆうちょ")]
            conf = 0.9 if near else 0.5
            if not near and len(m.group(2)) <= 7 and search(
                    _A_PERSONS, f, max(hit.start - 80, 0), hit.start) and not search(
                    _POSTAL_ACCOUNT, f, max(hit.start - 80, 0), min(m.end() + 20, len(f))):
                conf = 0.8  # 「石川 綾乃様\n記号 5103 番号 2327」: a person's card
            s, e = m.span(1)[0], m.end()
            key = f"{m.group(1)}/{m.group(2)}"
            return [Found(HEALTH, s, e, key, "記号 *** 番号 ***", conf, hit.word)]
        pat = _INSURER if hit.word == "保険者番号" else _INSURED_NUMBER
        m = match(pat, f, hit.end, end)
        if not m:
            return []
        conf = 0.6 if hit.word == "保険者番号" else 0.85
        s, e = m.span(1)
        return [Found(HEALTH, s, e, m.group(1), (mask_head2, pt.folded[s:e]), conf, hit.word)]
