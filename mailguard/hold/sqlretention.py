"""The store's side of retention and the office: purges, the purge log, the count of
open holds, a health check and the hold log (mixed into ``SqlStore``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from mailguard.hold.sqlrows import _chunks
from mailguard.hold.sqlschema import (
    blobs,
    deliveries,
    events,
    message_rules,
    messages,
    purges,
    tokens,
    utcnow,
)
from mailguard.hold.stats import hold_log_query
from mailguard.hold.store import HoldQuery, MessageRecord, PurgeResult


class RetentionMixin:
    """Needs ``_read()`` and ``_write()`` (``SqlStore``)."""

    def _settled_before(self, before: dt.datetime, *, by_fate: bool = True) -> Any:
        """Ids of settled messages (not held or delayed, no delivery pending) whose fate
        (``by_fate``; else arrival) is older than ``before``: their raw bytes may go."""
        m, d = messages.c, deliveries.c
        pending = sa.select(d.message_pk).where(d.state == "pending")
        when = sa.func.coalesce(m.decided_at, m.received_at) if by_fate else m.received_at
        return sa.select(m.id).where(when < before, m.status.not_in(["held", "delayed"]),
                                     m.id.not_in(pending))

    def purge_blobs(self, before: dt.datetime) -> int:
        """Delete the raw bytes of messages received before ``before`` whose fate is
        settled (not held or delayed, no delivery pending).  The metadata, rules and
        audit log stay, so the statistics and the hold log are unchanged.  Returns how
        many blobs were deleted.  (Retention itself is ``purge``, by the fate's date.)"""
        with self._write() as conn:
            res = conn.execute(blobs.delete().where(
                blobs.c.message_pk.in_(self._settled_before(before, by_fate=False))))
        return res.rowcount

    def purge(self, raw_before: dt.datetime, stats_before: dt.datetime | None, *,
              actor: str = "system", dry_run: bool = False,
              now: dt.datetime | None = None) -> PurgeResult:
        now = now or utcnow()
        settled = self._settled_before(raw_before)
        m = messages.c
        old = None
        if stats_before is not None:
            # whole rows past the statistics' retention, once nothing about them is newer
            newer = sa.select(events.c.message_pk).where(events.c.at >= stats_before)
            pending = sa.select(deliveries.c.message_pk).where(
                deliveries.c.state == "pending")
            old = sa.select(m.id).where(m.received_at < stats_before,
                                        m.status.not_in(["held", "delayed"]),
                                        m.id.not_in(newer), m.id.not_in(pending))
        with self._write() as conn:
            raw_ids = list(conn.execute(sa.select(blobs.c.message_pk).distinct().where(
                blobs.c.message_pk.in_(settled))).scalars())
            old_ids = list(conn.execute(old).scalars()) if old is not None else []
            going = set(old_ids)   # their blobs go with them, and no new event is written
            raw_ids = [i for i in raw_ids if i not in going]
            if dry_run:
                nold = conn.execute(sa.select(sa.func.count()).select_from(blobs).where(
                    blobs.c.message_pk.in_(old_ids))).scalar() if old_ids else 0
                return PurgeResult(blobs=len(raw_ids) + int(nold or 0), messages=len(old_ids),
                                   dry_run=True)
            nblobs = 0
            for chunk in _chunks(raw_ids):
                nblobs += conn.execute(blobs.delete().where(
                    blobs.c.message_pk.in_(chunk))).rowcount
                conn.execute(events.insert(), [dict(
                    message_pk=i, at=now, event="purged", actor=actor, client="",
                    reason="raw bytes deleted (retention.raw_days)") for i in chunk])
            for chunk in _chunks(old_ids):
                nblobs += conn.execute(blobs.delete().where(
                    blobs.c.message_pk.in_(chunk))).rowcount
            # the purge's own record before the audit rows go: the audit log's trigger
            # lets a delete through only below the cutoff of a recorded purge
            conn.execute(purges.insert(), dict(
                at=now, actor=actor, raw_before=raw_before,
                stats_before=stats_before or dt.datetime(1970, 1, 1, tzinfo=dt.UTC),
                blobs_deleted=nblobs, messages_deleted=len(old_ids)))
            for chunk in _chunks(old_ids):
                for table in (events, tokens, deliveries, message_rules):
                    conn.execute(table.delete().where(table.c.message_pk.in_(chunk)))
                conn.execute(messages.delete().where(m.id.in_(chunk)))
        return PurgeResult(blobs=nblobs, messages=len(old_ids))

    def purges(self, limit: int = 20) -> list[dict[str, Any]]:
        """The latest retention runs, newest first (the purge's audit log)."""
        with self._read() as conn:
            rows = conn.execute(sa.select(purges).order_by(purges.c.id.desc())
                                .limit(limit)).all()
        return [dict(r._mapping) for r in rows]

    def pending_count(self) -> int:
        """Held and delayed messages now (``mailguard_holds_pending``)."""
        with self._read() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(messages).where(
                messages.c.status.in_(["held", "delayed"]))).scalar() or 0)

    def ping(self) -> None:
        """Raise ``StoreError`` unless the store answers (``/healthz``)."""
        with self._read() as conn:
            conn.execute(sa.select(sa.literal(1)))

    def hold_log(self, q: HoldQuery, *, tz: dt.tzinfo | None = None
                 ) -> tuple[list[MessageRecord], int]:
        """A page of the hold log (newest first) and how many rows match in all."""

        with self._read() as conn:
            return hold_log_query(conn, q, tz=tz)
