"""Parse: raw bytes → ``ParsedMessage``.

The stdlib ``email`` package gets Japanese mail wrong silently (see charsets.py); this
stage decodes headers and text parts itself, records every repair or loss as a
``Defect``, caps MIME nesting, and hands attachments on as bytes for the extract stage.
It never raises on malformed mail: what cannot be read becomes a defect.
"""

from __future__ import annotations

import email
import email.message
import email.policy
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.utils import getaddresses

from mailguard.errors import InputError


@dataclass(frozen=True)
class Defect:
    """A problem met while reading the message: a repair, a loss, a limit.

    ``code`` is a stable UPPER_SNAKE name (``CHARSET_REPAIRED``, ``DECODE_LOSSY``,
    ``UNKNOWN_CHARSET``, ``BASE64_INVALID``, ``MIME_TOO_DEEP``, ``MISSING_BOUNDARY``, …);
    ``detail`` never holds message text.
    """

    code: str
    where: str
    detail: str = ""


@dataclass(frozen=True)
class BodyPart:
    """A text part of the message body, decoded to str (not yet split into new/quoted)."""

    where: str            # "body", or "body:2" for later alternatives/parts
    text: str
    subtype: str          # "plain" or "html"
    charset: str = ""


@dataclass(frozen=True)
class Attachment:
    """An attached file or message, decoded from its transfer encoding.

    ``name`` is the decoded filename (RFC 2231 / RFC 2047), or a made-up one such as
    ``part-3.bin`` when the part has none.  ``where`` is ``attachment:NAME``.
    """

    name: str
    content_type: str
    payload: bytes
    where: str
    is_message: bool = False  # message/rfc822


@dataclass
class ParsedMessage:
    subject: str = ""
    sender: str = ""                  # From address (first)
    sender_name: str = ""
    # (field, display name, address) for To/Cc/Bcc, in header order
    header_recipients: list[tuple[str, str, str]] = field(default_factory=list)
    message_id: str = ""
    date: str = ""
    body: list[BodyPart] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[Defect] = field(default_factory=list)
    size: int = 0
    # the stdlib message, for the relay's rewrites (Bcc conversion) — never for judging
    msg: email.message.Message | None = None


def decode_header_value(value: str | None) -> str:
    """Decode RFC 2047 encoded words; never raises."""
    if not value:
        return ""
    try:
        return str(make_header(decode_header(value)))
    except Exception:  # malformed encoded words: keep the raw text
        return str(value)


def parse_message(raw: bytes, *, max_depth: int = 10) -> ParsedMessage:
    """Parse raw RFC 5322 bytes.  Raises InputError only for input that is not mail at all."""
    if not raw.strip():
        raise InputError("empty input: not a mail message")
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    pm = ParsedMessage(size=len(raw), msg=msg)
    pm.subject = decode_header_value(msg.get("Subject"))
    pm.message_id = str(msg.get("Message-ID", "") or "").strip()
    pm.date = str(msg.get("Date", "") or "")
    froms = getaddresses([decode_header_value(v) for v in msg.get_all("From", [])])
    if froms:
        pm.sender_name, pm.sender = froms[0]
    for fld in ("To", "Cc", "Bcc"):
        values = [decode_header_value(v) for v in msg.get_all(fld, [])]
        for name, addr in getaddresses(values):
            if addr:
                pm.header_recipients.append((fld.lower(), name, addr))
    _walk(msg, pm, depth=0, max_depth=max_depth)
    return pm


def _walk(part: email.message.Message, pm: ParsedMessage, depth: int, max_depth: int) -> None:
    if depth > max_depth:
        pm.defects.append(Defect("MIME_TOO_DEEP", "body", f"nesting over {max_depth}"))
        return
    if depth > 0 and part.get_content_type() == "message/rfc822":
        # Attached mail stays one attachment (fwd.eml): the extract stage reads it
        # recursively, so its text is "attachment:fwd.eml/…", never this message's body.
        _attach_message(part, pm)
        return
    if part.is_multipart():
        for sub in part.get_payload() or []:
            if isinstance(sub, email.message.Message):
                _walk(sub, pm, depth + 1, max_depth)
        return
    ctype = part.get_content_type()
    filename = part.get_filename()
    disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
    payload = part.get_payload(decode=True) or b""
    if ctype.startswith("text/") and not filename and disposition != "attachment":
        charset = part.get_content_charset() or "us-ascii"
        try:
            text = payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            text = payload.decode(charset if _known(charset) else "utf-8", errors="replace")
            pm.defects.append(Defect("DECODE_LOSSY", "body", charset))
        where = "body" if not pm.body else f"body:{len(pm.body) + 1}"
        pm.body.append(BodyPart(where, text, part.get_content_subtype(), charset))
        return
    name = decode_header_value(filename) if filename else f"part-{len(pm.attachments) + 1}.bin"
    pm.attachments.append(Attachment(name, ctype, payload, f"attachment:{name}",
                                     is_message=ctype == "message/rfc822"))


def _attach_message(part: email.message.Message, pm: ParsedMessage) -> None:
    inner = part.get_payload()
    try:
        payload = inner[0].as_bytes() if isinstance(inner, list) and inner else b""
    except Exception:  # a message the generator cannot write back: keep what is readable
        payload = b""
        pm.defects.append(Defect("DECODE_LOSSY", "attachment", "message/rfc822"))
    filename = part.get_filename()
    name = decode_header_value(filename) if filename else f"part-{len(pm.attachments) + 1}.eml"
    pm.attachments.append(Attachment(name, "message/rfc822", payload, f"attachment:{name}",
                                     is_message=True))


def _known(charset: str) -> bool:
    import codecs

    try:
        codecs.lookup(charset)
    except LookupError:
        return False
    return True
