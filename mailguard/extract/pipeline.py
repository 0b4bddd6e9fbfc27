"""Run the extract stage over one parsed message."""

from __future__ import annotations

from mailguard.config import LimitsConfig
from mailguard.extract.base import Extraction, TextPart
from mailguard.extract.body import body_parts
from mailguard.mime.parse import ParsedMessage


def extract(pm: ParsedMessage, limits: LimitsConfig) -> Extraction:
    ex = Extraction()
    if pm.subject:
        ex.parts.append(TextPart("subject", pm.subject))
    ex.parts.extend(body_parts(pm))
    for att in pm.attachments:
        ex.attachment_names.append(att.name)
    return ex
