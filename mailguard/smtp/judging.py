"""Judging off the event loop: a bounded pool of threads, or of processes.

``pipeline.judge`` is synchronous and CPU-bound.  The relay never runs it on the event
loop; it runs it in one of

- ``ThreadJudge`` (``relay.judge_processes = 0``): threads of this process sharing the
  engine.  Cheap to hand a message to, but Python threads share one interpreter lock, so
  judging and SMTP take turns on one core.
- ``ProcessJudge`` (``relay.judge_processes = N``): N worker processes, each with its own
  engine built from the same settings.  Judging runs on the other cores while this
  process does SMTP; a message costs a copy of its bytes to the worker and of the
  (small) verdict back.  A worker that overruns ``judge_timeout`` or dies is replaced:
  the pool is rebuilt and its processes are killed.

Either way, attachments are read in the extract stage's child processes (``ExtractPool``,
killed at the time budget), passed to ``judge`` as its ``extractor``; a message without
attachments is read where it is judged, since a process would cost more than the reading.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

from mailguard.config import Settings
from mailguard.pipeline import Envelope, judge
from mailguard.policy.verdict import Verdict

log = logging.getLogger("mailguard.judge")

# Attachment kinds (``extract.sniff``) read in place: plain text, CSV (the stdlib's C
# reader) and HTML are read by the same linear code as a message body, and the others are
# not opened at all.  None of them can hang or crash a C library, and a process costs far
# more than they do (a fork and a copy of the message: ~40 ms of CPU per message, against
# ~1 ms for a 20 KB text attachment).  Every other kind (PDF, Office, ZIP, OLE, RTF, an
# attached mail, which may hold any of these) is read in the killable extract pool.
IN_PLACE_KINDS = frozenset({"text", "csv", "html", "media", "signature", "encrypted",
                            "archive", "corrupt", "binary"})


def needs_pool(pm: Any) -> bool:
    """Whether a message has an attachment that only the extract pool may read."""
    from mailguard.extract.sniff import sniff

    return any(sniff(a.name, a.content_type, a.payload, a.is_message).partition(":")[0]
               not in IN_PLACE_KINDS for a in pm.attachments)


class _Reader:
    """The ``extractor`` for ``judge``: attachments that need it in the extract pool,
    the rest (bodies, text attachments) in place (``IN_PLACE_KINDS``)."""

    def __init__(self, workers: int):
        from mailguard.extract.pool import ExtractPool

        self.pool = ExtractPool(workers=workers)

    def __call__(self, pm: Any, limits: Any) -> Any:
        if pm.attachments and needs_pool(pm):
            return self.pool.extract(pm, limits)
        from mailguard.extract.pipeline import extract

        return extract(pm, limits)

    def close(self) -> None:
        self.pool.close()


def _judge(engine: Any, reader: _Reader | None, raw: bytes, envelope: Envelope,
           source: str) -> Verdict:
    kw: dict[str, Any] = {"extractor": reader} if reader is not None else {}
    return judge(raw, engine, envelope, source=source, **kw)


class ThreadJudge:
    """``pipeline.judge`` in a bounded pool of threads."""

    def __init__(self, engine: Any, workers: int = 0):
        self.engine = engine
        self.workers = workers or os.cpu_count() or 2
        self.pool = ThreadPoolExecutor(self.workers, thread_name_prefix="mailguard-judge")
        self.reader: _Reader | None = _Reader(self.workers)

    async def __call__(self, raw: bytes, envelope: Envelope, source: str,
                       timeout: float | None) -> Verdict:
        loop = asyncio.get_running_loop()
        fut = loop.run_in_executor(self.pool, _judge, self.engine, self.reader, raw,
                                   envelope, source)
        # A judge that overruns its budget keeps its thread until it returns (threads
        # cannot be killed; the extract pool kills its own children at the time budget)
        # but the message does not wait for it: it is held.
        return await asyncio.wait_for(fut, timeout or None)

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        if self.reader is not None:
            self.reader.close()


# --- worker processes ---------------------------------------------------------------------

_engine: Any = None
_reader: _Reader | None = None


def build_engine_for(settings: Settings) -> Any:
    """``app.build_engine`` in a worker process (each process builds its own)."""
    from mailguard.app import build_engine

    return build_engine(settings)


def _init_worker(settings: Settings) -> None:
    global _engine, _reader
    _engine = build_engine_for(settings)
    _reader = _Reader(1)


def _judge_in_worker(raw: bytes, envelope: Envelope, source: str) -> Verdict:
    return _judge(_engine, _reader, raw, envelope, source)


class ProcessJudge:
    """``pipeline.judge`` in a pool of worker processes (see the module docstring)."""

    def __init__(self, settings: Settings, workers: int):
        self.settings = settings
        self.workers = workers
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if ctx.get_start_method() == "forkserver":
            ctx.set_forkserver_preload(["mailguard.pipeline", "mailguard.app"])
        return ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                   initargs=(self.settings,))

    def warm_up(self) -> None:
        """Start the workers (and build their engines) now, not on the first message."""
        for f in [self.pool.submit(_judge_in_worker, b"Subject: warm-up\r\n\r\n.\r\n",
                                   Envelope("", ()), "warm-up")
                  for _ in range(self.workers)]:
            with contextlib.suppress(Exception):
                f.result(120)

    async def __call__(self, raw: bytes, envelope: Envelope, source: str,
                       timeout: float | None) -> Verdict:
        loop = asyncio.get_running_loop()
        pool = self.pool
        fut = loop.run_in_executor(pool, _judge_in_worker, raw, envelope, source)
        try:
            return await asyncio.wait_for(fut, timeout or None)
        except (TimeoutError, BrokenExecutor):
            # a stuck or dead worker: start a fresh pool and stop the old one's workers
            if self.pool is pool:
                log.error("a judging worker overran or died: restarting the pool")
                self.pool = self._new_pool()
                self._kill(pool)
            raise

    @staticmethod
    def _kill(pool: ProcessPoolExecutor) -> None:
        procs = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for p in procs:
            with contextlib.suppress(Exception):
                p.kill()

    def close(self) -> None:
        self._kill(self.pool)


def make_judge_runner(settings: Settings, engine: Any) -> ThreadJudge | ProcessJudge:
    relay = settings.relay
    if relay.judge_processes:
        return ProcessJudge(settings, relay.judge_processes)
    return ThreadJudge(engine, relay.judge_workers)
