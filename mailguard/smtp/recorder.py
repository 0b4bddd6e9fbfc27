"""Group commit: the relay's store writes, many messages to one commit.

Every judged message is written to the store before its SMTP answer (held and delayed
mail must be; passing mail is recorded for the statistics).  A commit costs an fsync
(a few milliseconds on ordinary disks), and SQLite has one writer: with one commit per
message, sessions queue for the write lock and the relay tops out at a couple of hundred
messages a second whatever the CPU.  So the writes go through one writer here, which
takes everything waiting and commits it together:

- with ``Store.record_many(items)`` (``items``: ``(record, raw, kwargs of record())``,
  one transaction, all or nothing) a batch costs one commit;
- without it, the batch is written one ``record`` after another by the one writer, which
  at least never waits on its own lock.

Each caller still gets its own result: ``await recorder.record(...)`` returns once that
message is committed, or raises that message's error.  A failing batch is retried one by
one, so one bad record fails alone.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from mailguard.hold.store import MessageRecord, Store

log = logging.getLogger("mailguard.recorder")

Item = tuple[MessageRecord, bytes | None, dict[str, Any]]


class Recorder:
    def __init__(self, store: Store, max_batch: int = 128):
        self.store = store
        self.max_batch = max_batch
        self._pending: list[tuple[Item, asyncio.Future]] = []
        self._writer: asyncio.Task | None = None

    async def record(self, rec: MessageRecord, raw: bytes | None, **kwargs: Any) -> None:
        """Write one message (``Store.record`` arguments); returns once it is committed."""
        loop = asyncio.get_running_loop()
        fut: asyncio.Future = loop.create_future()
        self._pending.append(((rec, raw, kwargs), fut))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.ensure_future(self._drain())
        await asyncio.shield(fut)  # a cancelled session does not cancel the write

    async def _drain(self) -> None:
        while self._pending:
            batch, self._pending = (self._pending[:self.max_batch],
                                    self._pending[self.max_batch:])
            results = await asyncio.to_thread(self._write, [item for item, _ in batch])
            for (_, fut), error in zip(batch, results, strict=True):
                if fut.done():
                    continue
                if error is None:
                    fut.set_result(None)
                else:
                    fut.set_exception(error)

    def _write(self, items: Sequence[Item]) -> list[BaseException | None]:
        many = getattr(self.store, "record_many", None)
        if many is not None and len(items) > 1:
            try:
                many(list(items))
                return [None] * len(items)
            except Exception as e:  # find the culprit: one by one
                log.warning("batch of %d records failed (%s): writing one by one",
                            len(items), type(e).__name__)
        out: list[BaseException | None] = []
        for rec, raw, kwargs in items:
            try:
                self.store.record(rec, raw, **kwargs)
                out.append(None)
            except Exception as e:
                out.append(e)
        return out

    async def close(self) -> None:
        """Wait for writes already queued."""
        if self._writer is not None:
            await asyncio.gather(self._writer, return_exceptions=True)
