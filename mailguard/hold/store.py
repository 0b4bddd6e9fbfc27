"""The store: every judged message, held mail, deliveries, the audit log, sending history.

One interface, two backends (SQLite by default, PostgreSQL for several relay instances),
behind SQLAlchemy Core with versioned migrations.  What it keeps:

- ``messages``: one row per *judged* message, whatever its fate (passed, warned, delayed,
  held, released, rewritten, cancelled, expired, rejected).  This is the hold log the
  privacy office's statistics are drawn from, so it is written for passing mail too.
  It keeps metadata and the verdict (findings already masked), never the raw body.
- ``message_rules``: (message, rule, category, action) per finding, for stats by rule and
  category without parsing JSON.
- ``blobs``: the raw bytes of held/delayed/queued messages (kind "original", and
  "rewritten" for what a Bcc rewrite sent), apart from the metadata so a purge of old
  blobs (``purge_blobs``) keeps the statistics (mailpit's layout).
- ``deliveries``: what must still go upstream (a released hold, a delayed message when
  its time comes, passing mail in store-and-forward), at most one per message, claimed
  by one instance at a time with a lease (FOR UPDATE SKIP LOCKED on PostgreSQL; BEGIN
  IMMEDIATE on SQLite) with attempts and backoff.
- ``events``: the append-only audit log (when, who, from where, what, why); database
  triggers refuse UPDATE and DELETE on it.
- ``tokens``: hashes of the capability tokens in review links (single use for actions).
- ``sent_history``: the first sending history, superseded by ``mailguard.history``'s
  tables (``history_*``); no longer written or read, kept so that no upgrade drops data.

A write that precedes an SMTP 250 is durable when the call returns (SQLite: WAL with
synchronous=FULL; PostgreSQL: commit, with synchronous_commit at least "local").  The
implementation is ``mailguard.hold.sql.SqlStore``; open it with ``open_store``.  It is
synchronous; the relay calls it through ``asyncio.to_thread`` so the event loop never
blocks on the disk.
"""

from __future__ import annotations

import datetime as dt
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from mailguard.errors import StoreError

# Status of a judged message (the SPEC's hold statuses plus the fates of mail that was
# never held).  held → released | cancelled | expired | rewritten;
# delayed → released | cancelled.
STATUSES = ("passed", "warned", "delayed", "held", "released", "rewritten", "cancelled",
            "expired", "rejected")
HOLD_STATUSES = ("held", "delayed", "released", "rewritten", "cancelled", "expired")

# Audit event kinds.
EVENTS = ("judged", "held", "delayed", "notified", "reminded", "viewed", "released",
          "rewritten", "cancelled", "expired", "approved", "rejected", "delivered",
          "delivery_failed", "bounced", "purged")


class StoreMissing(StoreError):
    """``open_store(..., create=False)`` and there is no store yet (nothing recorded)."""


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
    mail_from: str = ""               # envelope sender (``record``'s mail_from)
    # Free-form per-message data of the hold-and-confirm flow (approvers, notice ids...);
    # JSON-serialisable, never personal data in the clear.
    extra: dict[str, Any] = field(default_factory=dict)
    # observe mode (relay.mode = "observe"): the status enforcement would have given it
    # ("held", "delayed", "rejected"); ``status`` is then what really happened (passed)
    observed: str = ""


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
    # time to decision (seconds; None without decisions) and the share of holds their
    # senders released unchanged: see hold/stats.py
    figures: dict[str, Any] = field(default_factory=dict)


# The SPEC's stats counters, in output order.
COUNTERS = ("judged", "passed", "warned", "delayed", "held", "released", "rewritten",
            "cancelled", "expired", "rejected")
STATS_BY = ("month", "rule", "category", "cause", "group", "sender-domain")
NO_GROUP = "(none)"   # ``stats --by group`` key of senders in no [organization.groups]


@dataclass(frozen=True)
class HoldQuery:
    """Filters and page of the office's hold log (every field optional)."""

    status: str = ""
    rule: str = ""
    cause: str = ""
    group: str = ""
    sender: str = ""                  # part of the sender address, case-blind
    since: dt.date | None = None
    until: dt.date | None = None      # included
    held_only: bool = True            # only what was held, delayed or rejected
    groups: dict[str, Any] = field(default_factory=dict)  # [organization.groups]
    offset: int = 0
    limit: int | None = 50


@dataclass(frozen=True)
class PurgeResult:
    blobs: int          # raw message bytes deleted
    messages: int       # whole statistics rows deleted (past retention.stats_days)
    dry_run: bool = False


@dataclass(frozen=True)
class DeliveryState:
    """Where a queued delivery stands (for the CLI, the review page and tests)."""

    message_id: str
    state: str                  # "pending" | "done" | "failed"
    attempts: int
    next_attempt_at: dt.datetime | None
    claimed_by: str
    claimed_until: dt.datetime | None
    last_error: str
    done_at: dt.datetime | None


@dataclass(frozen=True)
class Token:
    """A review-link capability token, as stored (only its hash is kept)."""

    token_hash: str
    message_id: str
    purpose: str                # e.g. "view", "release", "cancel", "rewrite", "approve"
    expires_at: dt.datetime
    used_at: dt.datetime | None = None
    created_at: dt.datetime | None = None


class Store(Protocol):
    """What the relay, the CLI, the web UI and the workers need from the store.

    Message ids are the store's own ids (``MessageRecord.id``, see ``new_id``), not the
    Message-ID header.  Datetimes are timezone-aware (UTC when read back).
    """

    def migrate(self) -> None:
        """Apply pending schema migrations (also done at open; idempotent)."""

    def record(self, rec: MessageRecord, raw: bytes | None, *, mail_from: str,
               actor: str = "system", deliver: bool = False,
               rcpt_tos: Sequence[str] | None = None,
               more_events: Sequence[tuple[str, str]] = (),
               history: Any = None) -> None:
        """Write a judged message (and its raw bytes when it is held/delayed), its rule
        rows and a first audit event, durably, in one transaction.  ``deliver`` also
        queues its delivery (store-and-forward of passing mail; needs ``raw``) to
        ``rcpt_tos`` (default: ``rec.recipients``).  ``more_events`` ((event, reason)
        pairs, e.g. ("delivered", "relayed before answering")) and
        ``history`` (a ``mailguard.history`` Observation) go in the same transaction:
        one commit, one fsync per message.  A record that returns is committed and on
        disk.  Raises ``StoreError`` if the id exists already."""

    def record_many(self, items: Sequence[tuple[MessageRecord, bytes | None,
                                                dict[str, Any]]]) -> None:
        """``record`` for several messages in one transaction (the relay's group
        commit): ``items`` are ``(record, raw, keyword arguments of record())``.  The
        same rows, events and history as one ``record`` per item, one commit (one
        fsync) for all, durable when it returns; all or nothing: on any error (a
        duplicate id, a bad item, the disk) none of them is written and it raises."""

    def get(self, message_id: str) -> MessageRecord | None: ...

    def list(self, status: str | None = None, limit: int | None = None, *,
             statuses: Sequence[str] | None = None) -> list[MessageRecord]:
        """Messages, newest first, filtered by one ``status`` or several ``statuses``."""

    def raw(self, message_id: str, kind: str = "original") -> bytes | None:
        """The original bytes, or ``kind="rewritten"`` the bytes a rewrite sent (None when
        none were kept or they were purged)."""

    def transition(self, message_id: str, to_status: str, *, expect: Sequence[str],
                   actor: str, client: str = "", reason: str = "",
                   deliver: bool = False, raw: bytes | None = None,
                   rcpt_tos: Sequence[str] | None = None) -> MessageRecord | None:
        """Atomically move a message from one of ``expect`` to ``to_status``, append the
        audit event, and (``deliver``) queue its delivery, optionally with rewritten bytes
        and recipients.  Returns None when the message was not in an expected status
        (someone else acted first): the caller shows that, nothing changes."""

    def purge_blobs(self, before: dt.datetime) -> int:
        """Delete raw bytes of settled messages received before ``before`` (retention);
        metadata and audit log stay.  Returns the number of blobs deleted."""

    def set_extra(self, message_id: str, extra: dict[str, Any]) -> None:
        """Replace ``MessageRecord.extra`` (hold-and-confirm bookkeeping)."""

    def add_event(self, ev: AuditEvent) -> None: ...

    def events(self, message_id: str) -> list[AuditEvent]:
        """The message's audit events, oldest first."""

    def claim_deliveries(self, instance: str, limit: int = 10, lease_seconds: float = 300,
                         *, now: dt.datetime | None = None) -> list[Delivery]:
        """Claim due deliveries for this instance (each claim counts as an attempt); a
        claim expires after the lease so a crashed instance's work is picked up again.
        Make the lease longer than a delivery can take: past it, another instance may
        send the same message."""

    def delivery_done(self, message_id: str, instance: str,
                      *, now: dt.datetime | None = None) -> None:
        """Mark delivered, append ``delivered`` and, with the history on, add the
        message to the sending history.  Idempotent."""

    def delivery_failed(self, message_id: str, instance: str, *, permanent: bool,
                        error: str, retry_at: dt.datetime | None,
                        now: dt.datetime | None = None) -> None:
        """Temporary: retry at ``retry_at`` (None: backoff 1, 2, 4... minutes, at most
        an hour).  Permanent: give up, append ``delivery_failed`` (the status stays
        ``released``; the caller sends the bounce notice and appends ``bounced``).
        Ignored when ``instance`` no longer holds the claim."""

    def delivery(self, message_id: str) -> DeliveryState | None: ...

    def due(self, now: dt.datetime) -> tuple[list[MessageRecord], list[MessageRecord]]:
        """(delayed messages whose release time has come, held messages past expiry)."""

    def stats(self, since: dt.date | None, until: dt.date | None, by: str,
              *, tz: dt.tzinfo | None = None,
              groups: dict[str, Sequence[str]] | None = None) -> list[StatsRow]:
        """Counters (``COUNTERS``) per key of ``by`` (``STATS_BY``, or "total" for one
        row), days and months in ``tz`` (default: local time), sender groups from
        ``groups`` (``[organization.groups]``); see hold/stats.py."""

    def purge(self, raw_before: dt.datetime, stats_before: dt.datetime | None, *,
              actor: str = "system", dry_run: bool = False,
              now: dt.datetime | None = None) -> PurgeResult:
        """Retention: delete the raw bytes of messages settled before ``raw_before``
        (a ``purged`` event on each), and whole rows received before ``stats_before``
        with nothing newer about them; record the run in the purge log.  ``dry_run``
        counts and changes nothing."""

    def purges(self, limit: int = 20) -> list[dict[str, Any]]:
        """The purge log, newest first."""

    def pending_count(self) -> int:
        """How many messages are held or delayed now."""

    def ping(self) -> None:
        """Raise ``StoreError`` unless the store answers."""

    def hold_log(self, q: HoldQuery, *, tz: dt.tzinfo | None = None
                 ) -> tuple[list[MessageRecord], int]:
        """One page of messages matching ``q``, newest first, and the number matching."""

    # --- review-link tokens (hashes only) ---
    def add_token(self, token_hash: str, message_id: str, purpose: str,
                  expires_at: dt.datetime) -> None: ...

    def get_token(self, token_hash: str) -> Token | None: ...

    def consume_token(self, token_hash: str, purpose: str,
                      now: dt.datetime | None = None) -> Token | None:
        """Mark a token used, atomically: returns it the first time, when it is unused,
        unexpired and of ``purpose``; None otherwise (tampered, expired, replayed)."""

    def close(self) -> None: ...


def new_id() -> str:
    """A new message id: time-ordered (48-bit milliseconds) and 80 random bits, in
    Crockford base32 (26 characters, like a ULID), so ids sort by arrival and can't
    be guessed from one another."""
    ms = int(time.time() * 1000) & ((1 << 48) - 1)
    n = (ms << 80) | secrets.randbits(80)
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return "".join(alphabet[(n >> (5 * i)) & 31] for i in reversed(range(26)))


def open_store(url: str, *, base_dir: str | None = None, create: bool = True,
               encryption_key: bytes | None = None) -> Store:
    """Open (and migrate) the store at ``url``: ``sqlite:///relative/or/abs/path`` or
    ``postgresql://...``.  A relative SQLite path resolves against ``base_dir``
    (default: the working directory).  ``create=False`` is for readers that must not
    write (``check`` reading the sending history): no file is created, no migration
    runs, and a SQLite store that does not exist raises ``StoreMissing``.  Errors are
    ``StoreError`` (one line, no password)."""
    from mailguard.hold.sql import SqlStore

    return SqlStore(url, base_dir=base_dir, create=create, encryption_key=encryption_key)


def open_configured(settings: Any, *, create: bool = True) -> Store:
    """``open_store`` for ``settings`` (its URL, base folder and encryption key file)."""
    from mailguard.hold.sealing import load_key

    key_file = getattr(settings.store, "encryption_key_file", "")
    key = load_key(key_file, settings.base_dir) if key_file else None
    return open_store(settings.store.url, base_dir=settings.base_dir, create=create,
                      encryption_key=key)
