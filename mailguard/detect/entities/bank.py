"""JP_BANK_ACCOUNT: a bank account, 普通/当座/貯蓄 (or 口座番号) followed by 7 digits.

Japanese account numbers are 7 digits (some 8) with no check digit; the type word
(普通預金, 当座) or the label 口座番号 must come right before.  A bank or branch word
(銀行, 支店, 信用金庫, ゆうちょ…) within the preceding text raises the score.  A
company's own account in an invoice is a business fact, not personal data: the shipped
rules count accounts only as part of a person's record.
"""

from __future__ import annotations

import regex

from mailguard.detect.context import KeywordHit, PartText
from mailguard.detect.entities.base import Found, mask_tail2, mask_text, match, search
from mailguard.detect.entities.person_name import COMPANY_FORM

TYPE = "JP_BANK_ACCOUNT"
TRIGGERS = frozenset({"普通", "当座", "貯蓄", "普通預金", "当座預金", "口座番号", "口座no",
                      # a Japanese account as English mail writes it (Account: ordinary 9579732)
                      "ordinary", "futsu"})
CONTEXT = frozenset({"銀行", "支店", "信用金庫", "信金", "信用組合", "ゆうちょ", "農協",
                     "労働金庫", "口座", "振込先", "お振込先", "振込口座", "店番", "支店番号",
                     "支店コード", "預金"})

_AFTER = regex.compile(
    # (the kind may stand in brackets before the number: …支店（普通）7143566)
    r"[)）]?(?:預金)?(?:口座)?[ \t\u3000]*(?:口座)?(?:番号)?[ \t\u3000:：/／|｜]*"
    r"(?:No\.?)?[ \t\u3000]*"
    r"(?:[(（](?:普通|当座)[)）][ \t\u3000]*)?(\d{7,8})(?![0-9])")
_BANK_NEAR = regex.compile(r"銀行|支店|金庫|信金|組合|ゆうちょ|農協|Bank|店番", regex.I)
# a company's account: its holder written as banks abbreviate a legal form (ヒノデサンギョウ（カ,
# カ）ミドリショウジ, (株), ｶ)) or in full (株式会社…): an invoice's, no person's; so is an
# association's (ﾆﾝｶﾁｴﾝﾀﾞﾝﾀｲ…ﾁｮｳﾅｲｶｲ, 〇〇自治会), its holder on the line below
_COMPANY_HOLDER = regex.compile(
    r"[ \t\u3000]*(?:\n[ \t\u3000]*(?=口座名義|名義))?(?:口座)?(?:[(（]?名義人?[)）]?[:：]?)?"
    r"[ \t\u3000]*[^\n]{0,24}?"
    # (half-width: ｶ) or (ｶ standing alone, not the ｶ of a name: (ｶﾜｲ ﾕｲ), (ｲﾏｲ ﾐｶ))
    rf"(?:{COMPANY_FORM}|株式会社|有限会社|合同会社|[(（]ｶ(?![\uff66-\uff9f])|"
    r"(?<![\uff66-\uff9f])ｶ[)）]|"
    r"ﾀﾞﾝﾀｲ|ｸﾐｱｲ|ｷﾖｳｶｲ|ｷｮｳｶｲ|ｻﾞｲﾀﾞﾝ|ｼﾔﾀﾞﾝ|ｼｬﾀﾞﾝ|ﾎｳｼﾞﾝ|ﾁﾖｳﾅｲｶｲ|ﾁｮｳﾅｲｶｲ|ｼﾞﾁｶｲ|"
    r"ダンタイ|クミアイ|キョウカイ|キヨウカイ|ザイダン|シャダン|シヤダン|ホウジン|チョウナイカイ|"
    r"チヨウナイカイ|ジチカイ|町内会|自治会|組合|協会|財団|社団|法人|団体)")


class BankAccountRecognizer:
    types = (TYPE,)
    triggers = TRIGGERS
    context = TRIGGERS | CONTEXT

    def find(self, pt: PartText, hit: KeywordHit) -> list[Found]:
        f = pt.folded
        m = match(_AFTER, f, hit.end, min(hit.end + 30, len(f)))
        if not m:
            return []
        s, e = m.span(1)
        if match(_COMPANY_HOLDER, f, e, min(e + 40, len(f))):
            return []  # a company's account (an invoice's お振込先)
        near = search(_BANK_NEAR, f, max(hit.start - 80, 0), min(e + 10, len(f)))
        conf = 0.85 if near else 0.6
        return [Found(TYPE, s, e, m.group(1), (mask_tail2, pt.folded[s:e]), conf,
                      hit.word)]


# A transfer record as banks' fixed-width files (全銀フォーマット) and payroll systems
# write it: the bank, branch and account digits run together, then the holder's name in
# half-width katakana, as account names are kept (2015831116846395ﾏﾂﾀﾞ ﾐｻｷ  0000133960).
# No label: the half-width kana name right after a long digit run is the cue, and two
# such lines in a part make it a transfer list.
HALF_KANA = regex.compile(r"[\uff66-\uff9f]")
_TRANSFER_LINE = regex.compile(
    # (the bank's and the branch's names may be left blank: runs of spaces between the
    # numbers, 「20613               611                   29146501ﾜﾀﾞ ﾅｵ」)
    r"(?m)^[ \t]*(?P<d>[0-9](?:[0-9]|[ \t]{1,24}(?=[0-9])){9,30})[ \t]*"
    r"(?P<n>[\uff66-\uff9f]{2,12}[ ][\uff66-\uff9f]{1,12})(?=[ \t]|$)")


def transfer_records(pt: PartText, a: int, b: int) -> list[Found]:
    f = pt.folded
    lines = list(_TRANSFER_LINE.finditer(f, a, b))
    if len(lines) < 2:
        return []
    out = []
    for m in lines:
        digits_end = m.end("d")
        # the account is the run's last seven digits (区分・銀行・支店・種目 come first)
        s = digits_end - 7
        if not f[s:digits_end].isdigit():
            continue
        out.append(Found(TYPE, s, digits_end, f[s:digits_end], (mask_tail2, f[s:digits_end]),
                         0.85, "transfer"))
        ns, ne = m.span("n")
        out.append(Found("PERSON_NAME", ns, ne, f[ns:ne].replace(" ", ""),
                         (mask_text, f[ns:ne]), 0.7, "transfer"))
    return out
