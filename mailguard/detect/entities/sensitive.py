"""SENSITIVE_CATEGORY: special-care personal information (要配慮個人情報).

APPI art. 2(3) and its cabinet order: race (人種), creed (信条), social status (社会的
身分), medical history (病歴), criminal record (犯罪の経歴), having been a crime victim,
disabilities (身体障害・知的障害・精神障害), results of medical check-ups (健康診断
の結果), medical guidance and treatment, arrest and prosecution.  The term itself is a
category, not a value, so it is shown in reports as it is.  A term alone is a topic; it
becomes a finding with a person (a name in the same block or table row), which the
shipped rule checks with ``combination = "sensitive_with_person"``.  Generic words that
mean something else in business mail (障害 = system failure, 検査 = product testing)
are not on the list; only their personal forms (身体障害, 障害者手帳, 健康診断結果).
"""

from __future__ import annotations

from mailguard.detect.context import KeywordHit, PartText
from mailguard.detect.entities.base import Found

TYPE = "SENSITIVE_CATEGORY"
TERMS: dict[str, str] = {}
for _cat, _words in {
    "medical": "病歴 既往歴 既往症 病名 傷病名 診断名 診断結果 健康診断結果 健診結果 "
               "人間ドック結果 診断書 通院歴 入院歴 治療歴 服薬 投薬歴 精神疾患 うつ病 "
               "統合失調症 双極性障害 適応障害 癌告知 HIV 遺伝子検査 ストレスチェック結果 "
               "休職理由 療養中",
    "disability": "身体障害 知的障害 精神障害 発達障害 障害者手帳 障がい者手帳 身体障害者手帳 "
                  "療育手帳 精神障害者保健福祉手帳 障害等級 障害年金",
    "criminal": "犯罪歴 前科 前歴 逮捕歴 逮捕 起訴 犯罪被害 被害届",
    "creed": "信条 思想信条 宗教 信仰 宗派 支持政党",
    "race": "人種 民族 出自 門地 被差別部落",
}.items():
    for _w in _words.split():
        TERMS[_w.lower()] = _cat


class SensitiveRecognizer:
    types = (TYPE,)
    triggers = frozenset(TERMS)
    context = frozenset(TERMS)

    def find(self, pt: PartText, hit: KeywordHit) -> list[Found]:
        word = pt.text[hit.start:hit.end]
        return [Found(TYPE, hit.start, hit.end, TERMS[hit.word], word, 0.7, hit.word)]
