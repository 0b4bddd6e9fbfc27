"""The store on SQLAlchemy Core: one implementation for SQLite and PostgreSQL.

SQLite (the default, nothing to set up): WAL with ``synchronous=FULL`` so a commit is on
disk when it returns, ``busy_timeout`` so concurrent writers wait instead of failing,
and every write transaction opened with ``BEGIN IMMEDIATE`` (the one writer lock taken
up front, so a read-then-write never deadlocks or fails half-way).

PostgreSQL (several relay instances sharing one queue): psycopg 3, READ COMMITTED;
a conditional ``UPDATE ... WHERE status IN (...)`` decides races (the loser's UPDATE waits
for the winner's row lock, re-reads the row and matches nothing), and deliveries are
claimed with ``FOR UPDATE SKIP LOCKED`` plus a lease.

By concern: the tables (the *latest* schema; the migrations in ``migrations/`` build it,
and tests check that both agree) are in ``sqlschema.py``, URLs and engines in
``sqlengine.py``, rows in and out in ``sqlrows.py``, retention and the office's queries
in ``sqlretention.py``; every name stays importable from here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError

from mailguard.errors import StoreError
from mailguard.hold import migrations
from mailguard.hold.sealing import Sealer
from mailguard.hold.sqlengine import (  # noqa: F401  (re-exported: mailguard.hold.sql.*)
    SQLITE_BUSY_TIMEOUT_MS,
    _fsync_dir,
    _pg_setup,
    _sqlite_setup,
    make_engine,
    normalize_url,
    safe_url,
)
from mailguard.hold.sqlretention import RetentionMixin
from mailguard.hold.sqlrows import (  # noqa: F401
    _Batch,
    _chunks,
    _domain_of,
    _event_kind,
    _record_from_row,
    _rules_of,
    _short,
    _token,
)
from mailguard.hold.sqlschema import (  # noqa: F401
    BIGID,
    TS,
    UTCDateTime,
    blobs,
    deliveries,
    events,
    message_rules,
    messages,
    metadata,
    purges,
    sent_history,
    tokens,
    utcnow,
)
from mailguard.hold.stats import query_stats
from mailguard.hold.store import (
    STATUSES,
    AuditEvent,
    Delivery,
    DeliveryState,
    MessageRecord,
    StatsRow,
    Token,
)

# Exponential backoff of temporary delivery failures: 1, 2, 4, ... minutes, at most 1 h.
BACKOFF_FIRST = 60.0
BACKOFF_MAX = 3600.0


# --- the store -------------------------------------------------------------------------

class SqlStore(RetentionMixin):
    """The ``Store`` on SQLite or PostgreSQL (see the module docstring)."""

    def __init__(self, url: str, *, base_dir: str | None = None, migrate: bool = True,
                 create: bool = True, encryption_key: bytes | None = None):
        """Open the store; ``create=False`` (readers such as ``check``) never creates a
        file or migrates, and raises ``StoreMissing`` when a SQLite store does not exist.
        ``encryption_key`` (32 bytes) seals raw message bytes with AES-GCM (sealing.py)."""
        self.url = normalize_url(url, base_dir)
        self.sealer = Sealer(encryption_key)
        # delivered messages add to the sending history ([history] enabled)
        self.record_history = True
        new_file = None
        if self.url.startswith("sqlite:"):
            path = Path(sa.engine.make_url(self.url).database or "")
            new_file = None if path.exists() else path
        self.engine = make_engine(self.url, create=create)
        self.dialect = self.engine.dialect.name
        if migrate and create:
            self.migrate()
        if new_file is not None and new_file.exists():
            _fsync_dir(new_file.parent)

    # --- plumbing ---

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A write transaction (SQLite: BEGIN IMMEDIATE).  Commits on exit."""
        try:
            with self.engine.connect() as conn:
                conn.execution_options(mailguard_write=True)
                with conn.begin():
                    yield conn
        except IntegrityError:
            raise
        except DBAPIError as e:
            raise StoreError(f"store {safe_url(self.url)}: {_short(e)}") from e

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except DBAPIError as e:
            raise StoreError(f"store {safe_url(self.url)}: {_short(e)}") from e

    def migrate(self) -> list[int]:
        try:
            with self._write() as conn:
                return migrations.upgrade(conn)
        except SQLAlchemyError as e:
            raise StoreError(f"store {safe_url(self.url)}: cannot migrate: {_short(e)}") from e

    def schema_version(self) -> int:
        with self._read() as conn:
            done = migrations.applied_versions(conn)
        return max(done, default=0)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- messages ---

    def record(self, rec: MessageRecord, raw: bytes | None, *, mail_from: str,
               actor: str = "system", deliver: bool = False,
               rcpt_tos: Sequence[str] | None = None,
               more_events: Sequence[tuple[str, str]] = (), history: Any = None) -> None:
        self.record_many([(rec, raw, dict(
            mail_from=mail_from, actor=actor, deliver=deliver, rcpt_tos=rcpt_tos,
            more_events=more_events, history=history))])

    def record_many(self, items: Sequence[tuple[MessageRecord, bytes | None,
                                                dict[str, Any]]]) -> None:
        """Write several judged messages in one transaction: one commit (one fsync) for
        all of them, all or nothing.  ``items`` are ``(record, raw, kwargs)`` with the
        keyword arguments of ``record``; the rows, events and history written are
        those of a ``record`` call per item.  Every item is checked before anything is
        written; a duplicate id fails the whole batch (``StoreError``)."""
        batch = _Batch(self.sealer)
        now = utcnow()
        for rec, raw, kwargs in items:
            batch.add(rec, raw, now=now, **kwargs)
        if not batch.messages:
            return
        try:
            with self._write() as conn:
                # parents first (foreign keys); one executemany per table
                conn.execute(messages.insert(), batch.messages)
                if batch.rules:
                    conn.execute(message_rules.insert(), batch.rules)
                if batch.blobs:
                    conn.execute(blobs.insert(), batch.blobs)
                conn.execute(events.insert(), batch.events)  # in order: ids ascend
                if batch.history:
                    from mailguard.history.store import apply as add_history

                    add_history(conn, batch.history)
                if batch.deliveries:
                    conn.execute(deliveries.insert(), batch.deliveries)
        except IntegrityError as e:
            ids = ", ".join(r["id"] for r in batch.messages[:3])
            more = "..." if len(batch.messages) > 3 else ""
            raise StoreError(f"store: message {ids}{more} cannot be recorded: "
                             f"{_short(e)}") from e

    def get(self, message_id: str) -> MessageRecord | None:
        with self._read() as conn:
            r = conn.execute(sa.select(messages).where(messages.c.id == message_id)).first()
        return _record_from_row(r) if r else None

    def list(self, status: str | None = None, limit: int | None = None, *,
             statuses: Sequence[str] | None = None) -> list[MessageRecord]:
        q = sa.select(messages).order_by(messages.c.received_at.desc(), messages.c.id.desc())
        if status is not None:
            q = q.where(messages.c.status == status)
        if statuses is not None:
            q = q.where(messages.c.status.in_(list(statuses)))
        if limit is not None:
            q = q.limit(limit)
        with self._read() as conn:
            return [_record_from_row(r) for r in conn.execute(q)]

    def raw(self, message_id: str, kind: str = "original") -> bytes | None:
        with self._read() as conn:
            data = conn.execute(sa.select(blobs.c.data).where(
                blobs.c.message_pk == message_id, blobs.c.kind == kind)).scalar()
        return None if data is None else self.sealer.open(data, message_id, kind)

    def transition(self, message_id: str, to_status: str, *, expect: Sequence[str],
                   actor: str, client: str = "", reason: str = "",
                   deliver: bool = False, raw: bytes | None = None,
                   rcpt_tos: Sequence[str] | None = None) -> MessageRecord | None:
        if to_status not in STATUSES:
            raise ValueError(f"unknown status {to_status!r}")
        now = utcnow()
        with self._write() as conn:
            values: dict[str, Any] = {"status": to_status, "updated_at": now}
            if to_status == "held":
                values["was_held"] = True
            elif to_status == "delayed":
                values["was_delayed"] = True
            else:
                values.update(decided_at=now, decided_by=actor)
            res = conn.execute(messages.update().where(
                messages.c.id == message_id,
                messages.c.status.in_(list(expect))).values(**values))
            if res.rowcount != 1:
                return None
            conn.execute(events.insert(), dict(
                message_pk=message_id, at=now, event=to_status, actor=actor,
                client=client, reason=reason))
            row = conn.execute(sa.select(messages).where(messages.c.id == message_id)).one()
            if deliver:
                kind = "original"
                if raw is not None:
                    kind = "rewritten"
                    conn.execute(blobs.delete().where(blobs.c.message_pk == message_id,
                                                      blobs.c.kind == kind))
                    conn.execute(blobs.insert(), dict(
                        message_pk=message_id, kind=kind,
                        data=self.sealer.seal(raw, message_id, kind), size=len(raw),
                        created_at=now))
                elif conn.execute(sa.select(blobs.c.size).where(
                        blobs.c.message_pk == message_id,
                        blobs.c.kind == "original")).first() is None:
                    raise StoreError(f"store: message {message_id} has no stored bytes "
                                     "to deliver")
                self._queue(conn, message_id, row.mail_from,
                            rcpt_tos if rcpt_tos is not None else json.loads(row.recipients),
                            kind, now)
            return _record_from_row(row)

    def set_extra(self, message_id: str, extra: dict[str, Any]) -> None:
        with self._write() as conn:
            conn.execute(messages.update().where(messages.c.id == message_id).values(
                extra=json.dumps(extra, ensure_ascii=False), updated_at=utcnow()))

    def due(self, now: dt.datetime) -> tuple[list[MessageRecord], list[MessageRecord]]:
        m = messages.c
        with self._read() as conn:
            delayed = conn.execute(sa.select(messages).where(
                m.status == "delayed", m.release_at.is_not(None), m.release_at <= now
            ).order_by(m.release_at)).all()
            expired = conn.execute(sa.select(messages).where(
                m.status == "held", m.expires_at.is_not(None), m.expires_at <= now
            ).order_by(m.expires_at)).all()
        return [_record_from_row(r) for r in delayed], [_record_from_row(r) for r in expired]

    # --- audit log (append-only: no update or delete here, and triggers refuse them) ---

    def add_event(self, ev: AuditEvent) -> None:
        with self._write() as conn:
            conn.execute(events.insert(), dict(
                message_pk=ev.message_id, at=ev.at, event=ev.event, actor=ev.actor,
                client=ev.client, reason=ev.reason))

    def events(self, message_id: str) -> list[AuditEvent]:
        with self._read() as conn:
            rows = conn.execute(sa.select(events).where(events.c.message_pk == message_id)
                                .order_by(events.c.id)).all()
        return [AuditEvent(message_id=r.message_pk, at=r.at, event=r.event, actor=r.actor,
                           client=r.client, reason=r.reason) for r in rows]

    # --- deliveries ---

    def _queue(self, conn: Connection, message_id: str, mail_from: str,
               rcpt_tos: Sequence[str], kind: str, now: dt.datetime) -> None:
        values = {"mail_from": mail_from, "rcpt_tos": json.dumps(list(rcpt_tos)),
                  "blob_kind": kind, "state": "pending", "attempts": 0,
                  "next_attempt_at": now, "claimed_by": "", "claimed_until": None,
                  "last_error": "", "created_at": now, "done_at": None}
        # A message has at most one delivery; queueing again (a delayed message that a
        # worker releases after a failed attempt, say) starts it afresh.
        conn.execute(deliveries.delete().where(deliveries.c.message_pk == message_id))
        conn.execute(deliveries.insert(), dict(message_pk=message_id, **values))

    def claim_deliveries(self, instance: str, limit: int = 10, lease_seconds: float = 300,
                         *, now: dt.datetime | None = None) -> list[Delivery]:
        now = now or utcnow()
        d = deliveries.c
        with self._write() as conn:
            q = (sa.select(d.message_pk)
                 .where(d.state == "pending", d.next_attempt_at <= now,
                        sa.or_(d.claimed_until.is_(None), d.claimed_until < now))
                 .order_by(d.next_attempt_at, d.message_pk)
                 .limit(limit))
            if self.dialect == "postgresql":
                q = q.with_for_update(skip_locked=True)
            ids = list(conn.execute(q).scalars())
            if not ids:
                return []
            conn.execute(deliveries.update().where(d.message_pk.in_(ids)).values(
                claimed_by=instance, claimed_until=now + dt.timedelta(seconds=lease_seconds),
                attempts=d.attempts + 1))
            rows = conn.execute(
                sa.select(d.message_pk, d.mail_from, d.rcpt_tos, d.attempts, d.blob_kind,
                          blobs.c.data)
                .join(blobs, sa.and_(blobs.c.message_pk == d.message_pk,
                                     blobs.c.kind == d.blob_kind))
                .where(d.message_pk.in_(ids))
                .order_by(d.next_attempt_at, d.message_pk)).all()
        return [Delivery(message_id=r.message_pk, mail_from=r.mail_from,
                         rcpt_tos=tuple(json.loads(r.rcpt_tos)),
                         raw=self.sealer.open(r.data, r.message_pk, r.blob_kind),
                         attempts=r.attempts, claimed_by=instance) for r in rows]

    def delivery_done(self, message_id: str, instance: str,
                      *, now: dt.datetime | None = None) -> None:
        now = now or utcnow()
        d = deliveries.c
        with self._write() as conn:
            res = conn.execute(deliveries.update().where(
                d.message_pk == message_id, d.state == "pending").values(
                state="done", done_at=now, claimed_until=None, claimed_by=instance))
            if res.rowcount != 1:
                return  # already done (or given up): nothing more to write
            conn.execute(events.insert(), dict(
                message_pk=message_id, at=now, event="delivered", actor="system",
                client="", reason=f"instance {instance}" if instance else ""))
            row = conn.execute(
                sa.select(messages.c.sender, messages.c.mail_from, messages.c.verdict,
                          d.rcpt_tos, d.blob_kind, blobs.c.data)
                .select_from(deliveries.join(messages, messages.c.id == d.message_pk)
                             .join(blobs, sa.and_(blobs.c.message_pk == d.message_pk,
                                                  blobs.c.kind == d.blob_kind)))
                .where(d.message_pk == message_id)).one()
            if self.record_history:  # the sending history (mailguard.history)
                raw = self.sealer.open(row.data, message_id, row.blob_kind)
                from mailguard.history import observe
                from mailguard.history import store as history

                obs = observe.observe_delivered(raw, row.sender or row.mail_from,
                                                json.loads(row.rcpt_tos), row.verdict, now)
                if obs is not None:
                    history.apply(conn, [obs])

    def delivery_failed(self, message_id: str, instance: str, *, permanent: bool,
                        error: str, retry_at: dt.datetime | None,
                        now: dt.datetime | None = None) -> None:
        now = now or utcnow()
        d = deliveries.c
        with self._write() as conn:
            row = conn.execute(sa.select(d.attempts).where(
                d.message_pk == message_id, d.state == "pending",
                d.claimed_by == instance)).first()
            if row is None:
                return  # not ours any more (lease expired and re-claimed) or finished
            if permanent:
                conn.execute(deliveries.update().where(d.message_pk == message_id).values(
                    state="failed", done_at=now, claimed_until=None, last_error=error))
                conn.execute(events.insert(), dict(
                    message_pk=message_id, at=now, event="delivery_failed", actor="system",
                    client="", reason=error))
                return
            if retry_at is None:
                delay = min(BACKOFF_FIRST * 2 ** max(row.attempts - 1, 0), BACKOFF_MAX)
                retry_at = now + dt.timedelta(seconds=delay)
            conn.execute(deliveries.update().where(d.message_pk == message_id).values(
                next_attempt_at=retry_at, claimed_by="", claimed_until=None,
                last_error=error))

    def delivery(self, message_id: str) -> DeliveryState | None:
        with self._read() as conn:
            r = conn.execute(sa.select(deliveries).where(
                deliveries.c.message_pk == message_id)).first()
        if r is None:
            return None
        return DeliveryState(message_id=r.message_pk, state=r.state, attempts=r.attempts,
                             next_attempt_at=r.next_attempt_at, claimed_by=r.claimed_by,
                             claimed_until=r.claimed_until, last_error=r.last_error,
                             done_at=r.done_at)

    # --- tokens ---

    def add_token(self, token_hash: str, message_id: str, purpose: str,
                  expires_at: dt.datetime) -> None:
        with self._write() as conn:
            conn.execute(tokens.insert(), dict(
                token_hash=token_hash, message_pk=message_id, purpose=purpose,
                expires_at=expires_at, used_at=None, created_at=utcnow()))

    def get_token(self, token_hash: str) -> Token | None:
        with self._read() as conn:
            r = conn.execute(sa.select(tokens).where(tokens.c.token_hash == token_hash)).first()
        return _token(r) if r else None

    def consume_token(self, token_hash: str, purpose: str,
                      now: dt.datetime | None = None) -> Token | None:
        now = now or utcnow()
        t = tokens.c
        with self._write() as conn:
            res = conn.execute(tokens.update().where(
                t.token_hash == token_hash, t.purpose == purpose, t.used_at.is_(None),
                t.expires_at > now).values(used_at=now))
            if res.rowcount != 1:
                return None
            r = conn.execute(sa.select(tokens).where(t.token_hash == token_hash)).one()
        return _token(r)

    # --- statistics ---

    def stats(self, since: dt.date | None, until: dt.date | None, by: str,
              *, tz: dt.tzinfo | None = None,
              groups: dict[str, Sequence[str]] | None = None) -> list[StatsRow]:
        with self._read() as conn:
            return query_stats(conn, since, until, by, tz=tz, groups=groups)
