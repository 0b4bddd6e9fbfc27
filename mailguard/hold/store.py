"""The store: every judged message, held mail, deliveries, the audit log, sending history.

One interface, two backends (SQLite by default, PostgreSQL for several relay instances),
behind SQLAlchemy Core with versioned migrations.  What it keeps:

- ``messages``: one row per *judged* message, whatever its fate (passed, warned, delayed,
  held, released, rewritten, cancelled, expired, rejected).  This is the hold log the
  privacy office's statistics are drawn from, so it is written for passing mail too.
  It keeps metadata and the verdict (findings already masked), never the raw body.
- ``message_rules``: (message, rule, category, action) per finding, for stats by rule and
  category without parsing JSON.
- ``blobs``: the raw bytes of held/delayed/queued messages, apart from the metadata so a
  purge of old blobs keeps the statistics (mailpit's layout).
- ``deliveries``: what must still go upstream (a released hold, a delayed message when
  its time comes), claimed by one instance at a time (FOR UPDATE SKIP LOCKED on
  PostgreSQL; SQLite has one writer) with attempts and backoff.
- ``events``: the append-only audit log (when, who, from where, what, why).
- ``tokens``: hashes of the capability tokens in review links (single use for actions).
- ``sent_history``: (sender domain, recipient address, display name, first/last sent,
  count), written when a message is delivered; read by the history detectors
  (first contact, a known name at a new address).

A write that precedes an SMTP 250 is durable when the call returns (SQLite: WAL with
synchronous=FULL; PostgreSQL: commit).  Backends are synchronous; the relay calls them
through ``asyncio.to_thread`` so the event loop never blocks on the disk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

# Status of a judged message (the SPEC's hold statuses plus the fates of mail that was
# never held).  held → released | cancelled | expired | rewritten;
# delayed → released | cancelled.
STATUSES = ("passed", "warned", "delayed", "held", "released", "rewritten", "cancelled",
            "expired", "rejected")
HOLD_STATUSES = ("held", "delayed", "released", "rewritten", "cancelled", "expired")

# Audit event kinds.
EVENTS = ("judged", "held", "delayed", "notified", "reminded", "viewed", "released",
          "rewritten", "cancelled", "expired", "approved", "rejected", "delivered",
          "delivery_failed", "bounced")


@dataclass(frozen=True)
class MessageRecord:
    """One judged message, as the hold list, the review page and the stats see it."""

    id: str
    status: str
    action: str                       # the verdict's action
    received_at: dt.datetime
    sender: str
    recipients: tuple[str, ...]       # envelope recipients
    message_id: str
    subject: str
    rules: tuple[str, ...]            # ids of the rules that fired
    verdict: dict[str, Any]           # the SPEC verdict object (masked)
    size: int = 0
    release_at: dt.datetime | None = None   # delayed: when it goes out by itself
    expires_at: dt.datetime | None = None   # held: when its fate is applied
    decided_at: dt.datetime | None = None
    decided_by: str = ""
    instance: str = ""


@dataclass(frozen=True)
class AuditEvent:
    message_id: str
    at: dt.datetime
    event: str
    actor: str          # "sender:addr", "approver:addr", "admin:name", "system"
    client: str = ""    # IP address of the actor, when over HTTP
    reason: str = ""


@dataclass(frozen=True)
class Delivery:
    """A claimed delivery: send ``raw`` from ``mail_from`` to ``rcpt_tos``."""

    message_id: str
    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    attempts: int
    claimed_by: str


@dataclass
class StatsRow:
    key: str
    counters: dict[str, int] = field(default_factory=dict)


class Store(Protocol):
    """What the relay, the CLI, the web UI and the workers need from the store."""

    def migrate(self) -> None: ...

    def record(self, rec: MessageRecord, raw: bytes | None, *, mail_from: str,
               actor: str = "system") -> None:
        """Write a judged message (and its raw bytes when it is held/delayed), its rule
        rows and a first audit event, durably, in one transaction."""

    def get(self, message_id: str) -> MessageRecord | None: ...

    def list(self, status: str | None = None, limit: int | None = None) -> list[MessageRecord]: ...

    def raw(self, message_id: str) -> bytes | None: ...

    def transition(self, message_id: str, to_status: str, *, expect: Sequence[str],
                   actor: str, client: str = "", reason: str = "",
                   deliver: bool = False, raw: bytes | None = None,
                   rcpt_tos: Sequence[str] | None = None) -> MessageRecord | None:
        """Atomically move a message from one of ``expect`` to ``to_status``, append the
        audit event, and (``deliver``) queue its delivery, optionally with rewritten bytes
        and recipients.  Returns None when the message was not in an expected status
        (someone else acted first): the caller shows that, nothing changes."""

    def add_event(self, ev: AuditEvent) -> None: ...

    def events(self, message_id: str) -> list[AuditEvent]: ...

    def claim_deliveries(self, instance: str, limit: int = 10,
                         lease_seconds: float = 300) -> list[Delivery]:
        """Claim due deliveries for this instance; a claim expires after the lease so a
        crashed instance's work is picked up again."""

    def delivery_done(self, message_id: str, instance: str) -> None: ...

    def delivery_failed(self, message_id: str, instance: str, *, permanent: bool,
                        error: str, retry_at: dt.datetime | None) -> None: ...

    def due(self, now: dt.datetime) -> tuple[list[MessageRecord], list[MessageRecord]]:
        """(delayed messages whose release time has come, held messages past expiry)."""

    def stats(self, since: dt.date | None, until: dt.date | None, by: str) -> list[StatsRow]: ...

    def close(self) -> None: ...
