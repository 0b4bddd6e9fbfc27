"""Extraction in a bounded set of worker processes, with a hard deadline per message.

``ExtractPool.extract(pm, limits)`` has the signature of ``pipeline.extract`` and gives
the same result, but does the work in a child process: the CPU-heavy readers (pypdf,
openpyxl) then hold no lock the relay needs, a reader stuck in a loop is killed at
``time_budget`` + ``grace`` seconds, and a reader that blows up (a C library crash, the
kernel's OOM killer) takes only its child with it.  At most ``workers`` children run at
once; more callers wait for a slot.

Each child is forked from a forkserver that has the readers imported already (a fork is
a few milliseconds), caps its own address space (``memory_limit``), and arms SIGALRM at
the time budget so that even a reader that never returns to our budget checks stops,
keeping what was read so far.

The relay calls it from its judging threads::

    pool = ExtractPool(workers=4)
    verdict = judge(raw, engine, envelope, extractor=pool.extract)   # in a worker thread
    ...
    pool.close()

or from a coroutine: ``await pool.extract_async(pm, limits)``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import multiprocessing
import os
import signal
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from mailguard.config import LimitsConfig
from mailguard.extract.base import Extraction, TextPart, Unscannable
from mailguard.mime.parse import ParsedMessage

DEFAULT_MEMORY_LIMIT = 1024 * 1024 * 1024  # address space of one child (bytes)
PRELOAD = ["mailguard.extract.pipeline", "mailguard.extract.office", "mailguard.extract.pdf",
           "openpyxl", "pypdf"]


class ExtractPool:
    """A bounded pool of extraction worker processes (see the module docstring).

    ``isolate=False`` runs ``extract`` in the calling thread (same bound, no process):
    for platforms without fork, and for debugging.
    """

    def __init__(self, workers: int = 0, *, grace: float = 5.0,
                 memory_limit: int | None = DEFAULT_MEMORY_LIMIT, isolate: bool = True,
                 start_method: str | None = None):
        self.workers = workers or os.cpu_count() or 2
        self.grace = grace
        self.memory_limit = memory_limit
        self.isolate = isolate
        self._slots = threading.BoundedSemaphore(self.workers)
        self._threads: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        if isolate:
            methods = multiprocessing.get_all_start_methods()
            method = start_method or ("forkserver" if "forkserver" in methods else "spawn")
            self._ctx: Any = multiprocessing.get_context(method)
            if method == "forkserver":
                self._ctx.set_forkserver_preload(PRELOAD)

    def extract(self, pm: ParsedMessage, limits: LimitsConfig) -> Extraction:
        """Extract one message (blocking: call it from a worker thread)."""
        from mailguard.extract.pipeline import extract

        with self._slots:
            if not self.isolate:
                return extract(pm, limits)
            return self._in_child(pm, limits)

    async def extract_async(self, pm: ParsedMessage, limits: LimitsConfig) -> Extraction:
        """Extract one message without blocking the event loop."""
        with self._lock:
            if self._threads is None:
                self._threads = ThreadPoolExecutor(self.workers,
                                                   thread_name_prefix="mailguard-extract")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._threads, self.extract, pm, limits)

    def close(self) -> None:
        if self._threads is not None:
            self._threads.shutdown(wait=False, cancel_futures=True)

    def _in_child(self, pm: ParsedMessage, limits: LimitsConfig) -> Extraction:
        slim = dataclasses.replace(pm, msg=None)  # the stdlib message is not needed there
        receiver, sender = self._ctx.Pipe(duplex=False)
        proc = self._ctx.Process(target=_child, args=(sender, slim, limits, self.memory_limit),
                                 daemon=True, name="mailguard-extract")
        result: Any = None
        reason = "timeout"
        try:
            proc.start()
            sender.close()
            if receiver.poll(limits.time_budget + self.grace):
                try:
                    result = receiver.recv()
                except (EOFError, OSError):  # the child died before answering
                    reason = "corrupt"
        finally:
            if proc.is_alive():
                proc.kill()
            proc.join(5)
            receiver.close()
        if isinstance(result, Extraction):
            return result
        if proc.exitcode is not None and proc.exitcode != -signal.SIGKILL:
            reason = "corrupt"
        return fallback(pm, reason)


def fallback(pm: ParsedMessage, reason: str) -> Extraction:
    """Subject and body, and every attachment unscannable: when the worker was killed."""
    from mailguard.extract.body import body_parts

    detail = ("extraction killed at the time limit" if reason == "timeout"
              else "the extraction worker failed on this message")
    ex = Extraction()
    if pm.subject:
        ex.parts.append(TextPart("subject", pm.subject))
    ex.parts.extend(body_parts(pm))
    for att in pm.attachments:
        ex.attachment_names.append(att.name)
        ex.unscannable.append(Unscannable(att.where, reason, detail))
    return ex


def _child(conn: Any, pm: ParsedMessage, limits: LimitsConfig, memory_limit: int | None) -> None:
    from mailguard.extract.limits import Unreadable
    from mailguard.extract.pipeline import extract

    if memory_limit:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))

    def on_alarm(signum: int, frame: object) -> None:
        # Inside a reader this surfaces as that file's timeout; the budget is spent
        # by now, so every later file is reported as a timeout too.
        raise Unreadable("timeout", f"extraction over {limits.time_budget:g} s for the message")

    signal.signal(signal.SIGALRM, on_alarm)
    # then again every second, in case a reader swallowed the first one
    signal.setitimer(signal.ITIMER_REAL, limits.time_budget + 0.5, 1.0)
    try:
        try:
            result = extract(pm, limits)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except Unreadable as e:  # the alarm struck outside any one file
        result = fallback(pm, e.reason)
    except MemoryError:
        result = fallback(pm, "too_large")
    conn.send(result)
    conn.close()
