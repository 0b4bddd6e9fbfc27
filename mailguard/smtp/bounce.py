"""Bounce notices (RFC 3464 delivery status notifications) for recipients the next hop
refused for good.

The notice goes to the envelope sender from the null sender (``MAIL FROM:<>``), so it can
never cause another bounce.  It names the refused recipients and the next hop's reply (the
sender's own data), in Japanese and English, and carries the original headers only, not
the body (which may hold the personal data mailguard exists to protect).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from email.message import EmailMessage, Message
from email.policy import SMTP

_ENHANCED = re.compile(r"^\s*(5\.\d{1,3}\.\d{1,3})\b")


def build_bounce(*, hostname: str, mail_from: str, message_id: str, raw: bytes,
                 refused: dict[str, tuple[int, str]], now: dt.datetime | None = None
                 ) -> bytes:
    """The bounce notice for ``refused`` (recipient → (code, text)) as bytes."""
    now = now or dt.datetime.now(dt.UTC)
    listing = "\n".join(f"  <{r}>: {code} {_oneline(text)}" for r, (code, text) in
                        refused.items())
    human = (
        "このメールは次の宛先に配送できませんでした（転送先のサーバーが受け取りを拒否しました）。\n"
        "宛先を確認して、必要なら送り直してください。\n\n"
        f"{listing}\n\n"
        "Your message could not be delivered to the recipients above: the next mail "
        "server refused them.\nCheck the addresses and send the message again if needed.\n\n"
        f"mailguard id: {message_id}\n")
    msg = EmailMessage()
    msg["From"] = f"Mail Delivery System <MAILER-DAEMON@{hostname}>"
    msg["To"] = mail_from
    msg["Subject"] = "配送できませんでした / Undelivered Mail Returned to Sender"
    msg["Date"] = email.utils.format_datetime(now)
    msg["Message-ID"] = email.utils.make_msgid(domain=hostname)
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(human, charset="utf-8")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')

    status = Message()
    status.set_type("message/delivery-status")
    per_message = Message()
    per_message["Reporting-MTA"] = f"dns; {hostname}"
    per_message["Arrival-Date"] = str(msg["Date"])
    blocks = [per_message]
    for rcpt, (code, text) in refused.items():
        m = _ENHANCED.match(str(text))
        block = Message()
        block["Final-Recipient"] = f"rfc822; {rcpt}"
        block["Action"] = "failed"
        block["Status"] = m.group(1) if m else "5.0.0"
        block["Diagnostic-Code"] = f"smtp; {code} {_oneline(text)}"
        blocks.append(block)
    status.set_payload(blocks)  # type: ignore[arg-type]
    msg.attach(status)  # type: ignore[arg-type]

    headers = Message()
    headers.set_type("text/rfc822-headers")
    head = raw.split(b"\r\n\r\n", 1)[0]
    # 8-bit header bytes (SMTPUTF8 mail) are shown replaced: this part must stay 7-bit
    headers.set_payload(head.decode("ascii", "replace").replace("\ufffd", "?"))
    msg.attach(headers)  # type: ignore[arg-type]
    return msg.as_bytes(policy=SMTP)


def _oneline(text: str) -> str:
    return " ".join(str(text).split())[:300]
