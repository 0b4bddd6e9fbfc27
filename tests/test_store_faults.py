"""The store goes away: what clients get, what is kept, and that it heals by itself.

The relay runs in the test's loop on a real store; PostgreSQL is reached through a TCP
proxy (tests/faultproxy.py) that the test takes down and brings back, or that loses the
answer to a COMMIT.  What must hold whatever happens to the store:

- held mail is answered 250 only once it is stored; otherwise 451, and the client's
  retry is judged and stored again (never 5xx for our fault, never 250 without a copy);
- mail that passes is relayed, and its record waits in the spool until the store is
  back: ``mailguard stats`` after recovery counts every message once;
- nobody has to do anything for it to heal.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import os
import re
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import aiosmtplib
import pytest
from faultproxy import PgProxy
from mailfactory import make_mail
from relaykit import EXTERNAL, INTERNAL, SENDER, Sink, relay_settings

from mailguard.hold.sql import SqlStore
from mailguard.serve import start_relay


@pytest.fixture
async def sink():
    s = await Sink().start()
    yield s
    await s.stop()


@pytest.fixture
async def proxy():
    p = await PgProxy().start()
    yield p
    await p.stop()


def held_mail(token: str) -> tuple[list[str], bytes]:
    return [EXTERNAL], make_mail(to=[EXTERNAL], subject=f"【社外秘】{token}",
                                 body=f"{token}\n")


def passing_mail(token: str) -> tuple[list[str], bytes]:
    return [INTERNAL], make_mail(to=[INTERNAL], subject=token, body=f"{token}\n")


async def send_once(port: int, rcpts: list[str], raw: bytes) -> str:
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False,
                               timeout=60) as c:
        _, reply = await c.sendmail(SENDER, rcpts, raw)
        return reply


async def send_until_accepted(port: int, rcpts: list[str], raw: bytes,
                              deadline: float = 90.0) -> tuple[str, list[int]]:
    """Like an MTA's queue: retry after a 4xx, give up on a 5xx (fails the test)."""
    temporary: list[int] = []
    end = time.monotonic() + deadline
    while True:
        try:
            return await send_once(port, rcpts, raw), temporary
        except aiosmtplib.SMTPResponseException as e:
            assert 400 <= e.code < 500, f"refused for our own fault: {e.code} {e.message}"
            temporary.append(e.code)
        except (aiosmtplib.SMTPConnectError, aiosmtplib.SMTPServerDisconnected,
                OSError):
            temporary.append(0)
        assert time.monotonic() < end, f"not accepted in {deadline} s: {temporary}"
        await asyncio.sleep(0.2)


def cli_stats(tmp_path: Path, store_url: str) -> dict:
    """``mailguard stats --format json``, as the privacy office runs it."""
    cfg = tmp_path / "office.toml"
    cfg.write_text(f'[organization]\ninternal_domains = ["example.co.jp"]\n'
                   f'[store]\nurl = "{store_url}"\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "mailguard", "stats", "--format", "json",
                          "--by", "month", "--config", str(cfg)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)["total"]


def messages_per_subject(store_url: str) -> Counter:
    store = SqlStore(store_url)
    try:
        return Counter(r.subject for r in store.list())
    finally:
        store.close()


async def wait_spool_empty(relay, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while relay.handler.spool.pending():
        assert time.monotonic() < end, "the spool was not replayed into the store"
        await asyncio.sleep(0.1)


def relayed_tokens(sink: Sink) -> Counter:
    return Counter(t.decode() for m in sink.messages
                   for t in set(re.findall(rb"tok-\d{3}", m.content.split(b"\r\n\r\n", 1)[1])))


async def start_on(url: str, sink: Sink, tmp_path: Path, name: str = "relay"):
    settings = relay_settings(upstream_port=sink.port, store_url=url, instance=name)
    settings = dataclasses.replace(settings, store=dataclasses.replace(
        settings.store, spool_dir=str(tmp_path / f"spool-{name}")))
    relay = await start_relay(settings, optional_parts=False, worker_interval=0.05)
    relay.handler.replayer.interval = 0.5
    return relay


# --- PostgreSQL ------------------------------------------------------------------------------

@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgres"], indirect=True)
async def test_outage_under_load_loses_no_message_and_no_statistics_row(
        tmp_path, store_url, sink, proxy):
    relay = await start_on(proxy.url(store_url), sink, tmp_path)
    try:
        port = relay.address[1]
        n = 45
        kinds = {f"tok-{i:03d}": ("hold" if i % 3 == 0 else "pass") for i in range(n)}
        queue: asyncio.Queue[str] = asyncio.Queue()
        for token in kinds:
            queue.put_nowait(token)
        accepted: list[str] = []
        retried: Counter = Counter()

        async def client() -> None:
            while not queue.empty():
                token = queue.get_nowait()
                rcpts, raw = (held_mail if kinds[token] == "hold" else passing_mail)(token)
                _, temporary = await send_until_accepted(port, rcpts, raw)
                retried[kinds[token]] += len(temporary)
                accepted.append(token)

        async def outage() -> None:
            while len(accepted) < 12:
                await asyncio.sleep(0.02)
            await proxy.down()
            # while it is down: passing mail goes out and is spooled, held mail waits
            rcpts, raw = passing_mail("tok-900")
            assert "relayed" in await send_once(port, rcpts, raw)
            assert relay.handler.spool.pending(), "the record of relayed mail was not kept"
            rcpts, raw = held_mail("tok-901")
            with pytest.raises(aiosmtplib.SMTPDataError) as e:
                await send_once(port, rcpts, raw)
            assert e.value.code == 451
            await asyncio.sleep(2)
            await proxy.up()

        kinds["tok-900"], kinds["tok-901"] = "pass", "hold"
        await asyncio.gather(*(client() for _ in range(4)), outage())
        # the held message refused during the outage is sent again by its client
        _, _ = await send_until_accepted(port, *held_mail("tok-901"))
        await wait_spool_empty(relay)
    finally:
        await relay.stop(5)

    passes = sorted(t for t, k in kinds.items() if k == "pass")
    holds = sorted(t for t, k in kinds.items() if k == "hold")
    # every passing message reached the upstream exactly once, no held one did
    assert relayed_tokens(sink) == Counter(passes)
    # every message is one row, whatever the outage did to its first attempt
    per_subject = messages_per_subject(store_url)
    assert sum(per_subject.values()) == n + 2
    assert {s for s, c in per_subject.items() if c > 1} == set()
    total = cli_stats(tmp_path, store_url)
    assert (total["judged"], total["passed"], total["held"]) == (n + 2, len(passes),
                                                                 len(holds))


@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgres"], indirect=True)
async def test_a_commit_whose_answer_is_lost_is_counted_once(tmp_path, store_url, sink,
                                                             proxy):
    relay = await start_on(proxy.url(store_url), sink, tmp_path)
    try:
        port = relay.address[1]
        proxy.lose_commit_acks(1)
        assert "relayed" in await send_once(port, *passing_mail("tok-001"))
        await wait_spool_empty(relay)
        proxy.lose_commit_acks(1)
        # the hold's commit landed: the relay finds it and answers 250, not 451
        assert "held for review" in await send_once(port, *held_mail("tok-002"))
        assert proxy.commit_acks_lost == 2
    finally:
        await relay.stop(5)
    assert messages_per_subject(store_url) == Counter({"tok-001": 1, "【社外秘】tok-002": 1})
    total = cli_stats(tmp_path, store_url)
    assert (total["judged"], total["passed"], total["held"]) == (2, 1, 1)


@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgres"], indirect=True)
async def test_a_hold_whose_commit_landed_as_the_store_went_away_is_stored_once(
        tmp_path, store_url, sink, proxy):
    """The relay cannot learn whether the commit landed, so the client gets 451 and sends
    the same message again: that retry is the stored message, not a second one."""
    relay = await start_on(proxy.url(store_url), sink, tmp_path)
    try:
        port = relay.address[1]
        rcpts, raw = held_mail("tok-001")
        proxy.lose_commit_acks(1, then_down=True)
        with pytest.raises(aiosmtplib.SMTPDataError) as e:
            await send_once(port, rcpts, raw)
        assert e.value.code == 451 and proxy.commit_acks_lost == 1
        # still away: the retry is deferred again, nothing stored twice
        with pytest.raises(aiosmtplib.SMTPDataError) as e:
            await send_once(port, rcpts, raw)
        assert e.value.code == 451
        await proxy.up()
        reply, _ = await send_until_accepted(port, rcpts, raw)
        assert "held for review" in reply
        first = messages_per_subject(store_url)
        assert first == Counter({"【社外秘】tok-001": 1})
        (stored,) = SqlStore(store_url).list()
        assert stored.id in reply  # answered with the id of the commit that landed
        # a different message with the same subject is a new hold, as ever
        assert "held for review" in await send_once(
            port, [EXTERNAL], make_mail(to=[EXTERNAL], subject="【社外秘】tok-001",
                                        body="tok-001 again\n"))
    finally:
        await relay.stop(5)
    assert messages_per_subject(store_url) == Counter({"【社外秘】tok-001": 2})
    total = cli_stats(tmp_path, store_url)
    assert (total["judged"], total["held"]) == (2, 2)


@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgres"], indirect=True)
async def test_one_instance_loses_the_database_the_other_keeps_working(
        tmp_path, store_url, sink, proxy):
    cut_off = await start_on(proxy.url(store_url), sink, tmp_path, "relay-a")
    healthy = await start_on(store_url, sink, tmp_path, "relay-b")
    try:
        a, b = cut_off.address[1], healthy.address[1]
        await proxy.down()
        assert "relayed" in await send_once(a, *passing_mail("tok-001"))
        with pytest.raises(aiosmtplib.SMTPDataError) as e:
            await send_once(a, *held_mail("tok-002"))
        assert e.value.code == 451
        assert "held for review" in await send_once(b, *held_mail("tok-003"))
        assert "relayed" in await send_once(b, *passing_mail("tok-004"))
        assert cut_off.handler.spool.pending() and not healthy.handler.spool.pending()
        await proxy.up()
        await send_until_accepted(a, *held_mail("tok-002"))
        await wait_spool_empty(cut_off)
    finally:
        await cut_off.stop(5)
        await healthy.stop(5)
    assert relayed_tokens(sink) == Counter({"tok-001": 1, "tok-004": 1})
    total = cli_stats(tmp_path, store_url)
    assert (total["judged"], total["passed"], total["held"]) == (4, 2, 2)


@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgres"], indirect=True)
async def test_records_spooled_before_a_restart_are_replayed_after_it(
        tmp_path, store_url, sink, proxy):
    relay = await start_on(proxy.url(store_url), sink, tmp_path)
    await proxy.down()
    try:
        for i in range(3):
            assert "relayed" in await send_once(relay.address[1],
                                                *passing_mail(f"tok-{i:03d}"))
    finally:
        await relay.stop(0)  # still down: the records stay in the spool
    spooled = sorted(p.name for p in (tmp_path / "spool-relay").iterdir())
    assert len(spooled) == 3
    # no personal data or message bytes in the spool: the masked record only
    assert all(b"tok-" in p.read_bytes() and b"\r\n\r\n" not in p.read_bytes()
               for p in (tmp_path / "spool-relay").iterdir())
    await proxy.up()
    relay = await start_on(store_url, sink, tmp_path)  # the next start replays them
    try:
        await wait_spool_empty(relay)
    finally:
        await relay.stop(5)
    assert cli_stats(tmp_path, store_url)["judged"] == 3


# --- SQLite ----------------------------------------------------------------------------------

async def test_sqlite_locked_by_another_writer_mail_waits_and_is_recorded(tmp_path, sink):
    url = f"sqlite:///{tmp_path / 'store' / 'mailguard.db'}"
    relay = await start_on(url, sink, tmp_path)
    released_at: list[float] = []
    locked = threading.Event()

    def hold_the_lock() -> None:
        conn = sqlite3.connect(tmp_path / "store" / "mailguard.db", isolation_level=None)
        conn.execute("BEGIN EXCLUSIVE")
        locked.set()
        time.sleep(2)
        released_at.append(time.monotonic())
        conn.execute("COMMIT")
        conn.close()

    try:
        port = relay.address[1]
        locker = threading.Thread(target=hold_the_lock)
        locker.start()
        await asyncio.to_thread(locked.wait)
        replies = await asyncio.gather(send_once(port, *passing_mail("tok-001")),
                                       send_once(port, *held_mail("tok-002")))
        answered_at = time.monotonic()
        await asyncio.to_thread(locker.join)
    finally:
        await relay.stop(5)
    assert "relayed" in replies[0] and "held for review" in replies[1]
    assert released_at and answered_at >= released_at[0]  # they waited for the lock
    total = cli_stats(tmp_path, url)
    assert (total["judged"], total["passed"], total["held"]) == (2, 1, 1)


@pytest.fixture
def small_disk(tmp_path):
    """A real small file system (tmpfs), for a disk that fills up."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mnt)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


async def test_disk_nearly_full_new_mail_waits_with_452_and_nothing_is_lost(
        tmp_path, sink, small_disk):
    url = f"sqlite:///{small_disk / 'mailguard.db'}"
    settings = relay_settings(upstream_port=sink.port, store_url=url, min_free_mb=6)
    settings = dataclasses.replace(settings, store=dataclasses.replace(
        settings.store, spool_dir=str(small_disk / "spool")))
    relay = await start_relay(settings, optional_parts=False, worker_interval=0.05)
    filler = small_disk / "filler"
    try:
        port = relay.address[1]
        assert "held for review" in await send_once(port, *held_mail("tok-001"))
        st = os.statvfs(small_disk)
        with open(filler, "wb") as f:  # leave 2 MB: below the relay's 6 MB
            f.write(b"\0" * (st.f_bavail * st.f_frsize - 2 * 1024 * 1024))
        await asyncio.sleep(1.1)  # the relay looks at the free space once a second
        for make in (held_mail, passing_mail):
            with pytest.raises(aiosmtplib.SMTPResponseException) as e:
                await send_once(port, *make("tok-002"))
            assert e.value.code == 452
        filler.unlink()
        await asyncio.sleep(1.1)
        reply, _ = await send_until_accepted(port, *held_mail("tok-002"))
        assert "held for review" in reply
        assert "relayed" in await send_once(port, *passing_mail("tok-003"))
    finally:
        with contextlib.suppress(FileNotFoundError):
            filler.unlink()
        await relay.stop(5)
    assert relayed_tokens(sink) == Counter({"tok-003": 1})
    total = cli_stats(tmp_path, url)
    assert (total["judged"], total["passed"], total["held"]) == (3, 1, 2)
