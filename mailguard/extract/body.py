"""Body text: HTML turned into text, and new text split from quoted text."""

from __future__ import annotations

import html
import re

from mailguard.extract.base import TextPart
from mailguard.mime.parse import ParsedMessage

_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.S | re.I)


def html_to_text(markup: str) -> str:
    return html.unescape(_TAG.sub(" ", markup))


def body_parts(pm: ParsedMessage) -> list[TextPart]:
    """Body text parts: the plain part if there is one, else HTML as text."""
    parts: list[TextPart] = []
    plain = [b for b in pm.body if b.subtype != "html"]
    chosen = plain or pm.body
    for b in chosen:
        text = html_to_text(b.text) if b.subtype == "html" else b.text
        parts.append(TextPart(b.where, text))
    return parts
