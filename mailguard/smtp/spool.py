"""The record spool: judged messages whose outcome is fixed but whose row the store
could not take.

Mail that passes is relayed before its client gets the 250, and a rejected message gets
its 5xx whatever the store says: for those the outcome no longer depends on the store,
but the privacy office's statistics do.  When the store is down (PostgreSQL stopped, the
disk full, the database locked beyond the busy timeout, a connection dropped in the
middle of a commit), the message's record is written here instead, one small JSON file
per message made durable (fsync of the file and of the directory) before the client's
answer, and replayed into the store when it answers again.

Replaying is idempotent: a record the store already has (the commit reached the
database but its acknowledgement was lost with the connection) is recognised by its id
and the file dropped, so every message is counted once.  Held and delayed mail never
comes here: without a durable copy of its bytes it is answered 451 and the client
retries (a retry of a hold whose commit landed after all is recognised: :class:`InDoubt`).

The spool holds what the store would hold (envelope, subject, the masked verdict), never
the message bytes.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from mailguard.hold.store import MessageRecord, Store

log = logging.getLogger("mailguard.spool")

_DATES = {f.name for f in fields(MessageRecord)
          if f.name in ("received_at", "release_at", "expires_at", "decided_at")}
_TUPLES = ("recipients", "rules")
SUFFIX = ".json"


def record_to_json(rec: MessageRecord, kwargs: dict[str, Any]) -> bytes:
    data = asdict(rec)
    for name in _DATES:
        value = data[name]
        data[name] = value.isoformat() if value is not None else None
    for name in _TUPLES:
        data[name] = list(data[name])
    if kwargs.get("history") is not None:  # a mailguard.history Observation
        from mailguard.history.observe import to_json

        kwargs = {**kwargs, "history": to_json(kwargs["history"])}
    return json.dumps({"version": 1, "record": data, "kwargs": kwargs},
                      ensure_ascii=False).encode("utf-8")


def record_from_json(raw: bytes) -> tuple[MessageRecord, dict[str, Any]]:
    obj = json.loads(raw)
    data = dict(obj["record"])
    for name in _DATES:
        value = data.get(name)
        data[name] = dt.datetime.fromisoformat(value) if value else None
    for name in _TUPLES:
        data[name] = tuple(data[name])
    kwargs = dict(obj.get("kwargs") or {})
    # JSON has no tuples: the store's keyword arguments take sequences of pairs
    # "sent" fed the retired sent_history table: a spool file of an earlier version
    # may still carry it
    kwargs.pop("sent", None)
    if kwargs.get("more_events") is not None:
        kwargs["more_events"] = [tuple(pair) for pair in kwargs["more_events"]]
    if kwargs.get("history") is not None:
        from mailguard.history.observe import from_json

        kwargs["history"] = from_json(kwargs["history"])
    return MessageRecord(**data), kwargs


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class RecordSpool:
    """A directory of records waiting for the store (see the module docstring)."""

    def __init__(self, directory: str | os.PathLike[str]):
        self.dir = Path(directory)

    def put(self, rec: MessageRecord, kwargs: dict[str, Any]) -> Path:
        """Write one record durably; raises OSError when even that fails."""
        self.dir.mkdir(parents=True, exist_ok=True)
        final = self.dir / f"{rec.id}{SUFFIX}"
        tmp = self.dir / f".{rec.id}.tmp"
        data = record_to_json(rec, kwargs)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, final)
        _fsync_dir(self.dir)
        return final

    def pending(self) -> list[Path]:
        try:
            return sorted(p for p in self.dir.iterdir()
                          if p.suffix == SUFFIX and not p.name.startswith("."))
        except FileNotFoundError:
            return []

    def __len__(self) -> int:
        return len(self.pending())

    def replay(self, store: Store, limit: int = 500) -> tuple[int, int]:
        """Write spooled records into the store, oldest first.  Returns (written,
        still waiting).  Stops at the first store failure: the store is still away."""
        written = 0
        files = self.pending()
        for path in files[:limit]:
            try:
                rec, kwargs = record_from_json(path.read_bytes())
            except FileNotFoundError:  # another instance replayed it
                continue
            except (OSError, ValueError, KeyError, TypeError) as e:
                bad = path.with_suffix(".bad")
                log.error("spooled record %s unreadable (%s): kept as %s",
                          path.stem, type(e).__name__, bad.name)
                with contextlib.suppress(OSError):
                    path.rename(bad)
                continue
            try:
                store.record(rec, None, **kwargs)
            except Exception as e:
                if not already_recorded(store, rec.id):
                    log.warning("store still unavailable (%s): %d record(s) spooled",
                                type(e).__name__, len(files) - written)
                    return written, len(files) - written
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            written += 1
        return written, len(files) - written


def already_recorded(store: Store, message_id: str) -> bool:
    """The record is in the store already (its first commit did land)."""
    found = stored_record(store, message_id)
    return found is not None and found is not UNKNOWN


UNKNOWN: Any = object()
"""What :func:`stored_record` returns when the store cannot be asked."""


def stored_record(store: Store, message_id: str) -> Any:
    """The message's record, ``None`` if the store has none, or :data:`UNKNOWN` if the
    store is still away (the commit may or may not have landed)."""
    try:
        return store.get(message_id)
    except Exception:
        return UNKNOWN


class InDoubt:
    """Holds whose commit may have landed although the relay could not learn it (the
    store went away between COMMIT and its answer): the client got a 451 and sends the
    same bytes again.  The retry is looked up here, by a digest of its envelope and
    bytes, so that a commit that did land is answered 250 with its first id instead of
    being stored a second time and counted twice in the statistics.

    In memory and per instance: after a restart, or a retry that reaches another
    instance, the message is stored twice (a duplicate hold, never a lost one).
    """

    def __init__(self, capacity: int = 10_000):
        self.capacity = capacity
        self._ids: OrderedDict[bytes, str] = OrderedDict()

    @staticmethod
    def key(mail_from: str, rcpts: Sequence[str], raw: bytes) -> bytes:
        h = hashlib.sha256()
        h.update("\0".join([mail_from, *rcpts]).encode("utf-8", "surrogateescape"))
        h.update(b"\0\0")
        h.update(raw)
        return h.digest()

    def remember(self, key: bytes, message_id: str) -> None:
        self._ids[key] = message_id
        self._ids.move_to_end(key)
        while len(self._ids) > self.capacity:
            self._ids.popitem(last=False)

    def pop(self, key: bytes) -> str | None:
        return self._ids.pop(key, None)

    def __len__(self) -> int:
        return len(self._ids)


class SpoolReplayer:
    """Background task: replays the spool while it has records, every ``interval``
    seconds, and once at start (records left by a previous run)."""

    def __init__(self, spool: RecordSpool, store: Store, interval: float = 5.0):
        self.spool = spool
        self.store = store
        self.interval = interval
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._stopping = False

    def start(self) -> None:
        self._task = asyncio.ensure_future(self._run())

    def wake(self) -> None:
        self._wake.set()

    async def _run(self) -> None:
        while not self._stopping:
            if self.spool.pending():
                started = time.monotonic()
                try:
                    written, left = await asyncio.to_thread(self.spool.replay, self.store)
                except Exception as e:  # never let the replayer die
                    log.error("replaying the spool failed: %s", type(e).__name__)
                    written, left = 0, 1
                if written:
                    log.info("replayed %d spooled record(s) into the store in %.1f s "
                             "(%d left)", written, time.monotonic() - started, left)
                if written and left:
                    continue  # the store is back: go on without waiting
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval)
            self._wake.clear()

    async def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        # a last attempt, so a clean shutdown leaves nothing behind when it can
        if self.spool.pending():
            with contextlib.suppress(Exception):
                await asyncio.to_thread(self.spool.replay, self.store)


def spool_dir_for(settings_dir: str, base_dir: str) -> Path:
    path = Path(settings_dir)
    return path if path.is_absolute() else Path(base_dir) / path

