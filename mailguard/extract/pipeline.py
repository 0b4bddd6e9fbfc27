"""Stage 2: ParsedMessage → text parts (subject, body new/quoted, attachments).

``extract`` is a pure synchronous function: CPU-bound, so the relay runs it off the
event loop (``mailguard.extract.pool``).  Its cost is bounded by ``LimitsConfig``,
checked while reading (``mailguard.extract.limits``).
"""

from __future__ import annotations

from mailguard.config import LimitsConfig
from mailguard.extract.attachments import Extractor
from mailguard.extract.base import Extraction, TextPart
from mailguard.extract.body import body_parts
from mailguard.extract.limits import Budget
from mailguard.mime.parse import ParsedMessage


def extract(pm: ParsedMessage, limits: LimitsConfig) -> Extraction:
    ex = Extraction()
    if pm.subject:
        ex.parts.append(TextPart("subject", pm.subject))
    ex.parts.extend(body_parts(pm))
    Extractor(limits, ex, Budget(limits)).attachments(pm.attachments)
    return ex
