"""Judging off the event loop: a bounded pool of threads, or of processes.

``pipeline.judge`` is synchronous and CPU-bound.  The relay never runs it on the event
loop; it runs it in one of

- ``ThreadJudge`` (``relay.judge_processes = 0``): threads of this process sharing the
  engine.  Cheap to hand a message to, but Python threads share one interpreter lock, so
  judging and SMTP take turns on one core.
- ``ProcessJudge`` (``relay.judge_processes = N``): N worker processes, each with its own
  engine built from the same settings, fed through pipes by the event loop.  Judging
  runs on the other cores while this process does SMTP; a message costs a copy of its
  bytes to the worker and of the (small) verdict back.  A worker that overruns
  ``judge_timeout`` or dies is killed and replaced.

Either way, attachments that need it (documents, archives, attached mail) are read in
the extract stage's child processes (``ExtractPool``, killed at the time budget), passed
to ``judge`` as its ``extractor``; bodies and text-like attachments are read where the
message is judged (``IN_PLACE_KINDS``), since a process would cost more than the reading.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import pickle
import struct
import sys
import traceback
from concurrent.futures import ThreadPoolExecutor
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
#
# Each worker is a process with its own engine, fed through a pair of pipes that the event
# loop reads and writes itself: a request is a length-prefixed pickle of (number, raw,
# envelope, source), an answer one of (number, verdict, error).  Many requests may wait in
# a worker's pipe, so a worker never idles while there is work (a ProcessPoolExecutor
# hands over one call at a time through two threads of this process, which cost the
# event loop's process ~0.3 ms of CPU per message, and left one worker idle half the time).

_HEADER = struct.Struct("!I")
_READY = -1   # a worker's first answer: its engine is built


def build_engine_for(settings: Settings) -> Any:
    """``app.build_engine`` in a worker process (each process builds its own)."""
    from mailguard.app import build_engine

    return build_engine(settings)


def _write_frame(fd: int, payload: bytes) -> None:
    view = memoryview(_HEADER.pack(len(payload)) + payload)
    while view:
        view = view[os.write(fd, view):]


def _read_exactly(fd: int, n: int) -> bytes:
    chunks, left = [], n
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _worker_main(settings: Settings, requests: Any, answers: Any) -> None:
    """A judging worker: answer requests in order until the relay closes the pipe."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the relay decides when we stop
    # The worker is daemonic so that the relay never waits for it at exit, but it reads
    # documents in the extract pool's killable children, and multiprocessing refuses
    # children to a daemonic process: as a parent, this one is not.
    import multiprocessing

    multiprocessing.current_process().daemon = False
    rfd, wfd = requests.fileno(), answers.fileno()
    try:
        engine = build_engine_for(settings)
    except Exception as e:  # one line (the relay fails what waits for us), no traceback
        print(f"mailguard: a judging worker cannot start: {e}", file=sys.stderr, flush=True)
        os._exit(2)
    reader = _Reader(1)
    _write_frame(wfd, pickle.dumps((_READY, None, "")))
    while True:
        try:
            size = _HEADER.unpack(_read_exactly(rfd, _HEADER.size))[0]
            number, raw, envelope, source = pickle.loads(_read_exactly(rfd, size))
        except EOFError:
            reader.close()
            return
        try:
            answer = (number, _judge(engine, reader, raw, envelope, source), "")
        except Exception as e:  # the type and place only: the text may quote the mail
            tb = traceback.extract_tb(e.__traceback__)
            where = f"{os.path.basename(tb[-1].filename)}:{tb[-1].lineno}" if tb else "?"
            answer = (number, None, f"{type(e).__name__} at {where}")
        _write_frame(wfd, pickle.dumps(answer, pickle.HIGHEST_PROTOCOL))


class JudgeWorkerError(Exception):
    """Judging failed in a worker process (the message is held or tempfailed)."""


class _Answers(asyncio.Protocol):
    """The event loop's end of a worker's answer pipe."""

    def __init__(self, worker: _Worker):
        self.worker = worker
        self.buffer = bytearray()

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) >= _HEADER.size:
            size = _HEADER.unpack_from(self.buffer)[0]
            if len(self.buffer) < _HEADER.size + size:
                break
            frame = bytes(self.buffer[_HEADER.size:_HEADER.size + size])
            del self.buffer[:_HEADER.size + size]
            self.worker.answered(*pickle.loads(frame))

    def eof_received(self) -> bool | None:
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        self.worker.lost()


class _Worker:
    """One worker process and the requests it has been sent, oldest first."""

    def __init__(self, judge: ProcessJudge, ctx: Any):
        self.judge = judge
        req_r, self.req_w = ctx.Pipe(duplex=False)
        self.ans_r, ans_w = ctx.Pipe(duplex=False)
        self.proc = ctx.Process(target=_worker_main, args=(judge.settings, req_r, ans_w),
                                daemon=True, name="mailguard-judge")
        self.proc.start()
        req_r.close()
        ans_w.close()
        # sent and not answered yet, in the order sent (the order the worker takes them)
        self.pending: dict[int, tuple[asyncio.Future, bytes]] = {}
        self.ready = False
        self.dead = False
        self.transport: asyncio.WriteTransport | None = None
        self.answers: asyncio.ReadTransport | None = None
        self._attaching: asyncio.Future | None = None

    def wait_ready(self, timeout: float) -> bool:
        """Block until the worker has built its engine (``warm_up``, off the loop)."""
        if self.ready or not self.ans_r.poll(timeout):
            return self.ready
        try:
            size = _HEADER.unpack(_read_exactly(self.ans_r.fileno(), _HEADER.size))[0]
            number = pickle.loads(_read_exactly(self.ans_r.fileno(), size))[0]
        except (EOFError, OSError):
            return False
        self.ready = number == _READY
        return self.ready

    async def attach(self) -> None:
        """Hand the pipes to the event loop (once, on the first request)."""
        if self._attaching is None:
            self._attaching = asyncio.ensure_future(self._attach())
        await asyncio.shield(self._attaching)

    async def _attach(self) -> None:
        loop = asyncio.get_running_loop()
        # the transports own duplicates of the pipes' descriptors; the Connections go
        answers = os.fdopen(os.dup(self.ans_r.fileno()), "rb", buffering=0)
        requests = os.fdopen(os.dup(self.req_w.fileno()), "wb", buffering=0)
        self.ans_r.close()
        self.req_w.close()
        self.answers, _ = await loop.connect_read_pipe(lambda: _Answers(self), answers)
        self.transport, _ = await loop.connect_write_pipe(asyncio.Protocol, requests)

    def send(self, number: int, request: bytes, fut: asyncio.Future) -> None:
        assert self.transport is not None
        self.pending[number] = (fut, request)
        self.transport.write(_HEADER.pack(len(request)) + request)

    def answered(self, number: int, verdict: Verdict | None, error: str) -> None:
        if number == _READY:
            self.ready = True
            return
        entry = self.pending.pop(number, None)
        if entry is None or entry[0].done():
            return  # given up on already (timed out)
        if error:
            log.error("judging in a worker process failed: %s", error)
            entry[0].set_exception(JudgeWorkerError(error))
        else:
            entry[0].set_result(verdict)

    def lost(self) -> None:
        """The answer pipe closed: the worker died (or was killed)."""
        if not self.dead:
            self.judge.retire(self, died=True)

    def kill(self) -> None:
        self.dead = True
        with contextlib.suppress(Exception):
            self.proc.kill()
        for t in (self.transport, self.answers):
            if t is not None:
                t.close()
        for conn in (self.req_w, self.ans_r):
            with contextlib.suppress(Exception):
                conn.close()
        with contextlib.suppress(Exception):
            self.proc.join(0)


class ProcessJudge:
    """``pipeline.judge`` in worker processes (see the module docstring).

    A request that overruns ``judge_timeout`` fails (the message is held); when it is
    the one its worker is busy with, that worker is killed and replaced, and the requests
    queued behind it go to the other workers.  A worker that dies fails the request it
    was on, and its queued requests are sent again.
    """

    def __init__(self, settings: Settings, workers: int):
        self.settings = settings
        self.size = workers
        methods = multiprocessing.get_all_start_methods()
        self.ctx = multiprocessing.get_context(
            "forkserver" if "forkserver" in methods else "spawn")
        if self.ctx.get_start_method() == "forkserver":
            self.ctx.set_forkserver_preload(["mailguard.pipeline", "mailguard.app"])
        self.workers: list[_Worker] = []
        self._number = 0
        self._closed = False
        self._tasks: set[asyncio.Task] = set()

    def _fill(self) -> None:
        while len(self.workers) < self.size and not self._closed:
            self.workers.append(_Worker(self, self.ctx))

    def warm_up(self, timeout: float = 120) -> None:
        """Start the workers (and build their engines) now, not on the first message."""
        self._fill()
        for w in list(self.workers):
            w.wait_ready(timeout)

    async def _least_busy(self) -> _Worker:
        """A live worker with the fewest requests waiting (started when none is left)."""
        for _ in range(3):
            if self._closed:
                break
            self._fill()
            for w in list(self.workers):
                await w.attach()
            live = [w for w in self.workers if not w.dead]
            if live:
                return min(live, key=lambda w: len(w.pending))
        raise JudgeWorkerError("no judging worker")

    async def __call__(self, raw: bytes, envelope: Envelope, source: str,
                       timeout: float | None) -> Verdict:
        if self._closed:
            raise JudgeWorkerError("judging workers stopped")
        self._number += 1
        number = self._number
        request = pickle.dumps((number, raw, envelope, source), pickle.HIGHEST_PROTOCOL)
        fut: asyncio.Future = asyncio.get_running_loop().create_future()
        worker = await self._least_busy()
        worker.send(number, request, fut)
        try:
            # (cheaper than wait_for, which wraps the future: this runs per message)
            async with asyncio.timeout(timeout or None):
                return await fut
        except TimeoutError:  # (fut is cancelled: a late answer is dropped)
            holder = next((w for w in self.workers if number in w.pending), None)
            if holder is not None and next(iter(holder.pending)) == number:
                # the request the worker is on: it is stuck (or this message is too
                # much for it); a request still queued behind another just fails
                log.error("a judging worker overran %s s: replacing it", timeout)
                holder.pending.pop(number)
                self.retire(holder, died=False)
            raise

    def retire(self, worker: _Worker, *, died: bool) -> None:
        """Kill ``worker`` and send its queued requests again (to a fresh worker when
        none is left).  Workers are started on demand, so one that cannot start (a rule
        file broken since) fails the requests that need it, without a restart loop."""
        if worker.dead:
            return
        if died:
            log.error("a judging worker died: replacing it")
        worker.kill()
        if worker in self.workers:
            self.workers.remove(worker)
        pending = list(worker.pending.items())
        worker.pending.clear()
        if died and not worker.ready:   # it never started: what it had fails
            failed, pending = pending, []
        else:  # dead: the one it was on fails (it may be what killed it)
            failed, pending = (pending[:1], pending[1:]) if died else ([], pending)
        if self._closed:
            failed, pending = failed + pending, []
        for _, (fut, _) in failed:
            if not fut.done():
                fut.set_exception(JudgeWorkerError("judging worker died" if not self._closed
                                                   else "judging workers stopped"))
        if pending:
            task = asyncio.ensure_future(self._resend(pending))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _resend(self, pending: list[tuple[int, tuple[asyncio.Future, bytes]]]) -> None:
        for number, (fut, request) in pending:
            if fut.done():
                continue
            try:
                worker = await self._least_busy()
            except JudgeWorkerError as e:
                fut.set_exception(e)
                continue
            worker.send(number, request, fut)

    def close(self) -> None:
        self._closed = True
        for w in self.workers:
            w.kill()
            for fut, _ in w.pending.values():
                if not fut.done():
                    fut.set_exception(JudgeWorkerError("judging workers stopped"))
        self.workers = []


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask: a container's cpuset, taskset),
    not the machine's count."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def judge_processes_for(setting: int | str) -> int:
    """``relay.judge_processes`` as a number.  "auto": one judging process when there
    is a second CPU for it, so that judging runs beside SMTP instead of taking turns
    with it under one interpreter lock (bench_relay: about twice the throughput of small
    mail on two CPUs); with one CPU a process would only add the cost of handing each
    message over, so threads."""
    if setting == "auto":
        return 1 if usable_cpus() >= 2 else 0
    return int(setting)


def make_judge_runner(settings: Settings, engine: Any) -> ThreadJudge | ProcessJudge:
    relay = settings.relay
    processes = judge_processes_for(relay.judge_processes)
    if processes:
        return ProcessJudge(settings, processes)
    return ThreadJudge(engine, relay.judge_workers)
