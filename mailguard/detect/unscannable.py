"""``unscannable_attachment``: an attachment that could not be inspected.

The extract stage records every file it could not read, with one of the SPEC's reasons;
this detector turns each into a Hit, filtered by the rule's ``reasons``.  Args for the
rule's texts: ``{name}`` (the path, ``a.zip/b.xlsx``), ``{reason}`` (the code) and
``{reason_ja}`` / ``{reason_en}`` (the reason in words).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mailguard.detect.base import Evidence, Hit, Param, ScanInput

REASONS = {
    "encrypted": ("パスワード等で暗号化されている", "it is encrypted (password-protected)"),
    "corrupt": ("壊れている", "it is damaged"),
    "too_large": ("大きすぎる（展開後のサイズ・圧縮率・件数が上限を超える）",
                  "it is too large (expanded size, compression ratio or item count over the "
                  "limits)"),
    "too_deep": ("圧縮ファイルや添付メールの入れ子が深すぎる",
                 "archives or attached mail are nested too deeply"),
    "unsupported": ("読み取りに対応していない形式である",
                    "it is in a format that is not read (7z, RAR, LZH, OpenDocument, …)"),
    "timeout": ("検査に時間がかかりすぎた", "inspecting it took too long"),
    "encrypted_mail": ("S/MIME または PGP で暗号化されている",
                       "it is encrypted with S/MIME or PGP"),
    "no_text": ("文字情報のない PDF（スキャンした画像など）である",
                "it is a PDF without a text layer (a scanned image?)"),
    "unknown_format": ("文書ではない形式（プログラムやデータファイルなど）である",
                       "it is not in a document format (a program or data file)"),
}


class UnscannableAttachment:
    """One Hit per attachment (or archive member) the extract stage could not read."""

    name = "unscannable_attachment"
    params: Mapping[str, Param] = {
        "reasons": Param(list, list(REASONS),
                         "reasons that fire the rule: " + ", ".join(REASONS), item=str),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        wanted = set(params["reasons"])
        hits: list[Hit] = []
        for u in inp.unscannable:
            if u.reason not in wanted:
                continue
            name = u.where.removeprefix("attachment:")
            ja, en = REASONS.get(u.reason, (u.reason, u.reason))
            hits.append(Hit(
                where=u.where,
                args={"name": name, "reason": u.reason, "reason_ja": ja, "reason_en": en},
                evidence=(Evidence(u.where, f"{u.reason}: {u.detail}" if u.detail else u.reason),),
            ))
        return hits
