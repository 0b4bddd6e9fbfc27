"""Retention (``[retention]``): ``mailguard purge`` and the same job inside ``serve``.

Raw bytes of decided messages go ``raw_days`` after their fate; statistics rows (with
their audit log) ``stats_days`` after arrival (0 keeps them forever).  Each run is
recorded in the store's purge log and each message whose bytes went gets a ``purged``
event, so the office can see what retention removed and when.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from typing import Any

from mailguard.hold.store import PurgeResult, Store

log = logging.getLogger("mailguard.retention")


def cutoffs(retention: Any, now: dt.datetime | None = None
            ) -> tuple[dt.datetime, dt.datetime | None]:
    now = now or dt.datetime.now(dt.UTC)
    raw_before = now - dt.timedelta(days=retention.raw_days)
    stats_before = (now - dt.timedelta(days=retention.stats_days)
                    if retention.stats_days else None)
    return raw_before, stats_before


def purge_now(store: Store, retention: Any, *, actor: str = "system",
              dry_run: bool = False, now: dt.datetime | None = None) -> PurgeResult:
    raw_before, stats_before = cutoffs(retention, now)
    res = store.purge(raw_before, stats_before, actor=actor, dry_run=dry_run, now=now)
    if not dry_run:
        log.info("retention purge by %s: %d raw message(s), %d statistics row(s) deleted",
                 actor, res.blobs, res.messages)
    return res


class RetentionJob:
    """serve's purge, every ``retention.interval_hours`` (the first run a minute after
    start, so a restart loop does not purge in a loop)."""

    def __init__(self, store: Store, retention: Any, metrics: Any = None,
                 first_delay: float = 60.0):
        self.store = store
        self.retention = retention
        self.metrics = metrics
        self.first_delay = first_delay
        self._task: asyncio.Task | None = None

    def start(self) -> RetentionJob:
        if self.retention.interval_hours > 0:
            self._task = asyncio.ensure_future(self._run())
        return self

    async def _run(self) -> None:
        await asyncio.sleep(self.first_delay)
        while True:
            try:
                res = await asyncio.to_thread(purge_now, self.store, self.retention)
                if self.metrics is not None:
                    self.metrics.purged.inc(res.blobs)
            except Exception as e:  # a store hiccup: try again next time
                log.error("retention purge failed: %s", type(e).__name__)
            await asyncio.sleep(self.retention.interval_hours * 3600)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
