"""JP_MY_NUMBER: the Individual Number (個人番号, マイナンバー), 12 digits with a check digit.

Format: 12 digits, written as one run or 4-4-4 with a space, hyphen or dot.  The last
digit is a check digit (``checksums.my_number_check_digit``).  One random 12-digit number
in ten passes the check, so a checksum-valid number with no context word scores low
(below the shipped rules' threshold), a label such as マイナンバー or 個人番号 right before
it scores high, and a label of another kind (注文番号, 伝票番号, 追跡番号, 電話…) drops it.
Reference: 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 第八条.
"""

from __future__ import annotations

import regex

from mailguard.detect import checksums
from mailguard.detect.context import PartText
from mailguard.detect.entities.base import Found, Run, finditer, mask_head4
from mailguard.detect.entities.birth_date import KIN

TYPE = "JP_MY_NUMBER"
LABELS = frozenset({
    "マイナンバー", "個人番号", "my number", "mynumber", "個人番号カード", "マイナンバーカード",
    "マイナンバーカード番号", "通知カード", "共通番号", "個人識別番号", "マイナンバー番号",
    "individual number",
})
CONTEXT = frozenset({"番号法", "特定個人情報", "扶養控除", "扶養控除等申告書", "年末調整",
                     "源泉徴収票", "本人確認書類"})

_PAT = regex.compile(r"(?<![0-9.\-])(\d{4})([ \u3000.\-]?)(\d{4})\2(\d{4})(?![0-9]|[.\-]\d)")
# a line of a family's numbers, headed by whose it is (私, 夫 誠, 長女 結菜): written in a
# number's three groups, a checked number there is that person's
_KIN_HEAD = regex.compile(rf"[ \t\u3000・]*(?:私|本人|ご本人|{KIN})(?:[ \t\u3000]|$)")
# a value followed by 円 or preceded by ¥ is an amount
_AMOUNT_AFTER = regex.compile(r"\s*(?:円|yen|JPY)", regex.I)


class MyNumberRecognizer:
    types = (TYPE,)
    min_digits = 12
    needs = None
    context = LABELS | CONTEXT

    def __init__(self, negative: frozenset[str]) -> None:
        self.negative = negative - LABELS

    def find(self, pt: PartText, run: Run) -> list[Found]:
        out: list[Found] = []
        f = pt.folded
        for m in finditer(_PAT, f, max(run.start - 2, 0), min(run.end + 2, len(f))):
            digits = m.group(1) + m.group(3) + m.group(4)
            if not checksums.is_my_number(digits):
                continue
            s, e = m.span()
            if _AMOUNT_AFTER.match(f, e) or f[max(s - 1, 0):s] in ("¥", "￥"):
                continue
            kind, word = pt.label(s, e, LABELS, CONTEXT, self.negative)
            conf = {"label": 0.95, "near": 0.8, "none": 0.3, "near_negative": 0.2}.get(kind)
            if kind == "none" and m.group(2) and _KIN_HEAD.match(f, pt.line_span(s)[0], s):
                conf = 0.8
            if conf is None:
                continue
            out.append(Found(TYPE, s, e, digits, (mask_head4, pt.folded[s:e]), conf, word))
        return out
