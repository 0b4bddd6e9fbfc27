"""Every SMTP reply the relay gives, named, with its enhanced status code (RFC 3463).

Written like aiosmtpd's ``testing/statuscodes.py``: one table of named constants, checked
by ``tests/test_relay_replies.py`` (the code class matches the enhanced code's class, the
name spells both, the text is ASCII and free of personal data).  Naming rule:
``S<code>_<x>_<y>_<z>_<WHAT>`` — ``S451_4_3_0_INTERNAL`` is ``451 4.3.0 …``.

Replies that carry a value (a hold id, rule ids) are templates: ``S250_2_0_0_HELD.format(
id=...)``.  Values put into replies are ids made by mailguard, never message content.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

_ENHANCED = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


@dataclass(frozen=True)
class Reply:
    """One SMTP reply: ``code``, enhanced ``status`` and a text template."""

    code: int
    status: str
    text: str

    def format(self, **values: object) -> str:
        """The reply line, with ``{name}`` fields in the text filled from ``values``."""
        return f"{self.code} {self.status} {self.text.format(**values)}"

    def __str__(self) -> str:
        return f"{self.code} {self.status} {self.text}"

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(f for _, f, _, _ in string.Formatter().parse(self.text) if f)


# --- 2xx: accepted ---------------------------------------------------------------------------
S250_2_1_0_SENDER_OK = Reply(250, "2.1.0", "Sender OK")
S250_2_1_5_RECIPIENT_OK = Reply(250, "2.1.5", "Recipient OK")
S250_2_0_0_RELAYED = Reply(250, "2.0.0", "OK: checked and relayed as {id}")
S250_2_0_0_HELD = Reply(250, "2.0.0", "OK: held for review as {id}; the sender will be told why")
S250_2_0_0_DELAYED = Reply(250, "2.0.0", "OK: accepted as {id}; sending is delayed until {at}")
S250_2_0_0_QUEUED = Reply(250, "2.0.0", "OK: checked and queued for delivery as {id}")

# --- 4xx: try again later --------------------------------------------------------------------
S421_4_3_2_SHUTTING_DOWN = Reply(421, "4.3.2", "Service shutting down, try again later")
S421_4_4_2_TIMEOUT = Reply(421, "4.4.2", "Idle too long, closing the connection")
S421_4_7_0_TOO_MANY_SESSIONS = Reply(421, "4.7.0", "Too many connections, try again later")
S421_4_7_0_TOO_MANY_FROM_CLIENT = Reply(
    421, "4.7.0", "Too many connections from your address, try again later")
S451_4_3_2_TOO_BUSY = Reply(451, "4.3.2", "Too many messages in progress, try again later")
S451_4_7_1_TOO_MANY_HOLDS = Reply(
    451, "4.7.1", "Too many held messages from this sender in the last hour, try again later")
S451_4_3_0_INTERNAL = Reply(451, "4.3.0", "Internal error, try again later")
S451_4_3_0_SCAN_ERROR = Reply(451, "4.3.0", "The message could not be checked, try again later")
S451_4_3_0_STORE_ERROR = Reply(451, "4.3.0", "The message could not be stored, try again later")
S451_4_4_1_UPSTREAM_DOWN = Reply(451, "4.4.1", "Next hop not reachable, try again later")
S451_4_4_2_UPSTREAM_LOST = Reply(451, "4.4.2", "Next hop dropped the connection, try again later")
S451_4_0_0_UPSTREAM_TEMPFAIL = Reply(
    451, "4.0.0", "Next hop deferred the message ({upstream}), try again later")
S452_4_5_3_TOO_MANY_RECIPIENTS = Reply(452, "4.5.3", "Too many recipients")
S452_4_3_1_NO_SPACE = Reply(452, "4.3.1", "Insufficient system storage, try again later")

# --- 5xx: refused ----------------------------------------------------------------------------
S530_5_7_0_AUTH_REQUIRED = Reply(530, "5.7.0", "Authentication required")
S550_5_7_1_RELAY_DENIED = Reply(
    550, "5.7.1", "Relaying denied: authenticate over TLS or use a permitted network")
S550_5_7_1_POLICY = Reply(550, "5.7.1", "Rejected by mailguard policy ({rules}), id {id}")
S552_5_3_4_TOO_BIG = Reply(552, "5.3.4", "Message too big")
S554_5_6_0_BARE_NEWLINE = Reply(
    554, "5.6.0", "Bare CR or LF in message data; lines must end with CRLF")
S550_5_0_0_UPSTREAM_REFUSED = Reply(550, "5.0.0", "Next hop refused the message ({upstream})")
S550_5_1_0_UPSTREAM_RECIPIENTS = Reply(
    550, "5.1.0", "Next hop refused every recipient ({upstream})")


def table() -> dict[str, Reply]:
    """Every named reply in this module (for the table's own tests)."""
    return {k: v for k, v in globals().items() if k.startswith("S") and isinstance(v, Reply)}


def upstream_code(code: int, permanent: bool) -> str:
    """A short, content-free description of an upstream reply for our own reply text."""
    return f"upstream said {code}" if code else ("refused" if permanent else "deferred")


def is_valid_enhanced(status: str) -> bool:
    return bool(_ENHANCED.match(status))
