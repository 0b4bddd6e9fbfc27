"""Detectors that read the message's text: confidentiality markings, undecodable text."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

import regex

from mailguard.detect.base import Evidence, Hit, Param, ScanInput

MARKINGS = ("社外秘", "部外秘", "関係者外秘", "社内限り", "社内限定", "機密", "極秘", "秘密",
            "取扱注意", "取り扱い注意", "confidential", "internal only", "internal use only",
            "strictly private", "do not forward")

# The standard disclaimer of Japanese and English business mail mentions confidentiality
# in every message; a marking inside such a sentence is not a marking of this mail.
DISCLAIMER_HINTS = ("場合があります", "可能性があります", "含まれている場合", "誤って", "誤送信",
                    "お手数ですが", "削除して", "破棄して", "ご連絡ください", "intended recipient",
                    "intended solely", "if you have received", "received this in error",
                    "may contain", "may be confidential", "notify the sender", "delete this")


def _fold(text: str) -> str:
    """NFKC, lower case.  Line by line, leaving alone the lines already in NFKC (most):
    a line break is a normalisation boundary, so the result is the whole text's, and
    one full-width letter no longer costs a normalisation of the whole body (~0.4 ms
    for a 20 KB Japanese body, on every message)."""
    if unicodedata.is_normalized("NFKC", text):
        return text.lower()
    return "".join(line if unicodedata.is_normalized("NFKC", line)
                   else unicodedata.normalize("NFKC", line)
                   for line in text.splitlines(keepends=True)).lower()


def _sentences(text: str) -> list[str]:
    return [s for s in regex.split(r"(?<=[。．.!?！？\n])", text) if s.strip()]


class ConfidentialMarking:
    """社外秘 / 機密 / Confidential markings in subject, new body text or attachment names.

    Only new text counts (quoted mail is not the sender's marking), and a marking inside
    a disclaimer sentence ("このメールには機密情報が含まれている場合があります") is ignored.
    """

    name = "confidential_marking"
    params: Mapping[str, Param] = {
        "keywords": Param(list, list(MARKINGS), "markings (matched after NFKC, any case)",
                          item=str),
        "ignore_hints": Param(list, list(DISCLAIMER_HINTS),
                              "a sentence holding one of these is a disclaimer", item=str),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        keywords = [_fold(k) for k in params["keywords"]]
        hints = [_fold(h) for h in params["ignore_hints"]]
        sources: list[tuple[str, str]] = []
        for part in inp.parts:
            if part.where == "subject" or (part.where.startswith("body") and not part.quoted):
                sources.append((part.where, part.text))
        for name in inp.attachment_names:
            sources.append((f"attachment:{name}", name))
        hits: list[Hit] = []
        for where, text in sources:
            found: list[str] = []
            whole = _fold(text)
            if not any(k in whole for k in keywords):
                continue  # the common case: no marking at all, no sentence split
            for sentence in _sentences(text) if where.startswith("body") else [text]:
                folded = _fold(sentence)
                words = [k for k in keywords if k in folded]
                if words and not any(h in folded for h in hints):
                    found.extend(w for w in words if w not in found)
            if found:
                hits.append(Hit(where=where, args={"markings": found},
                                evidence=(Evidence(where, "、".join(found)),)))
        return hits


class UndecodableText:
    """Text that could not be decoded, or MIME that could not be read, is never clean."""

    name = "undecodable_text"
    params: Mapping[str, Param] = {
        # MISSING_BOUNDARY and TRANSFER_ENCODING_UNKNOWN leave encoded parts unread
        "codes": Param(list, ["DECODE_LOSSY", "MIME_TOO_DEEP", "BASE64_INVALID",
                              "MISSING_BOUNDARY", "TRANSFER_ENCODING_UNKNOWN"],
                       "defect codes that fire the rule", item=str),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        codes = set(params["codes"])
        bad = [d for d in inp.defects if d.code in codes]
        if not bad:
            return []
        return [Hit(where=bad[0].where, args={"codes": sorted({d.code for d in bad}),
                                              "count": len(bad)})]
