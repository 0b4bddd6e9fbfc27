"""The extraction pool: same result as in-process, a hard deadline, a bounded number of
children, and an event loop that keeps running while a slow attachment is read.

Misbehaving readers are simulated by patching a reader before a ``fork`` pool starts its
children (they inherit the patch); the default pool uses a forkserver.
"""

from __future__ import annotations

import asyncio
import signal
import time

import extractkit as kit

from mailguard.config import LimitsConfig
from mailguard.extract.attachments import Extractor
from mailguard.extract.pipeline import extract
from mailguard.extract.pool import ExtractPool
from mailguard.mime.parse import parse_message

ROWS = [["氏名", "電話番号"], ["山田太郎", "03-1234-5678"]]


def message():
    return parse_message(kit.mail([
        ("名簿.xlsx", kit.xlsx({"S": ROWS}), "application/octet-stream"),
        ("a.zip", kit.zip_of([("memo.txt", "メモ".encode())]), "application/zip"),
        ("資料.zip", kit.password_zip([("x.csv", b"a,b\n")]), "application/zip"),
        ("note.txt", "後の添付".encode(), "text/plain"),
    ]))


def test_pool_gives_the_same_extraction_as_in_process():
    pm = message()
    pool = ExtractPool(workers=2)
    try:
        assert pool.extract(pm, LimitsConfig()) == extract(pm, LimitsConfig())
    finally:
        pool.close()


def _stuck(self, path, data, depth):
    """A reader that never checks the budget and ignores SIGALRM."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(60)


def _spinning(self, path, data, depth):
    """A reader stuck in pure Python, never returning to the budget checks."""
    while True:
        pass


def _hungry(self, path, data, depth):
    self.emit(path, "x" * (2 * 1024 ** 3))


def test_a_reader_that_never_returns_is_killed_at_the_deadline(monkeypatch):
    monkeypatch.setattr(Extractor, "_text", _stuck)
    pool = ExtractPool(workers=1, grace=0.5, start_method="fork")
    started = time.monotonic()
    ex = pool.extract(message(), LimitsConfig(time_budget=0.5))
    assert time.monotonic() - started < 10
    assert {u.reason for u in ex.unscannable} == {"timeout"}
    assert len(ex.unscannable) == 4  # every attachment: the worker's results are lost
    assert [p.where for p in ex.parts] == ["subject", "body"]


def test_a_spinning_reader_is_stopped_by_the_alarm_and_earlier_results_kept(monkeypatch):
    monkeypatch.setattr(Extractor, "_text", _spinning)
    pool = ExtractPool(workers=1, grace=30, start_method="fork")
    ex = pool.extract(message(), LimitsConfig(time_budget=0.5))
    assert kit.reasons(ex)["attachment:a.zip/memo.txt"] == "timeout"
    assert kit.reasons(ex)["attachment:note.txt"] == "timeout"
    assert kit.texts(ex, "attachment:名簿.xlsx")  # read before the stuck file


def test_a_reader_that_eats_memory_hits_the_worker_limit(monkeypatch):
    monkeypatch.setattr(Extractor, "_text", _hungry)
    pool = ExtractPool(workers=1, memory_limit=768 * 1024 ** 2, start_method="fork")
    ex = pool.extract(message(), LimitsConfig())
    assert kit.reasons(ex)["attachment:note.txt"] == "too_large"
    assert kit.texts(ex, "attachment:名簿.xlsx")


def test_children_are_bounded_by_workers(monkeypatch, tmp_path):
    log = tmp_path / "log"

    def slow(self, path, data, depth):
        with log.open("a") as f:
            f.write(f"start {time.monotonic()}\n")
        time.sleep(0.3)
        with log.open("a") as f:
            f.write(f"end {time.monotonic()}\n")

    monkeypatch.setattr(Extractor, "_text", slow)
    pm = parse_message(kit.mail([("a.txt", b"a", "text/plain")]))
    pool = ExtractPool(workers=1, start_method="fork")

    async def run_three():
        await asyncio.gather(*(pool.extract_async(pm, LimitsConfig()) for _ in range(3)))

    asyncio.run(run_three())
    pool.close()
    events = [line.split()[0] for line in log.read_text().splitlines()]
    assert events == ["start", "end"] * 3  # one child at a time, never overlapping


async def test_the_event_loop_runs_while_an_attachment_is_read(monkeypatch):
    monkeypatch.setattr(Extractor, "_text", _spinning)
    pool = ExtractPool(workers=1, grace=30, start_method="fork")
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    ex = await pool.extract_async(message(), LimitsConfig(time_budget=1.0))
    task.cancel()
    pool.close()
    assert kit.reasons(ex)["attachment:note.txt"] == "timeout"
    assert ticks >= 20  # the loop kept turning through a second of extraction


def test_in_thread_mode_for_platforms_without_fork():
    pool = ExtractPool(workers=1, isolate=False)
    assert pool.extract(message(), LimitsConfig()) == extract(message(), LimitsConfig())
