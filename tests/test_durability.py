"""A 250 means the message cannot be lost: restarts, and SIGKILL in the middle of a stream.

The relay runs as a real ``mailguard serve`` child process on a real store (SQLite file and
PostgreSQL), the upstream is a recording sink in the test.  After the kill, every message
that got a 250 must be either at the sink (passing mail is relayed before the 250) or in
the store as held with its bytes (held mail is committed before the 250).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from dataclasses import dataclass

import aiosmtplib
import pytest
from mailfactory import make_mail
from relaykit import (
    EXTERNAL,
    INTERNAL,
    SENDER,
    RelayProcess,
    Sink,
    header,
    relay_settings,
)

from mailguard.hold import service
from mailguard.hold.sql import SqlStore
from mailguard.serve import start_relay


@pytest.fixture
async def sink():
    s = await Sink().start()
    yield s
    await s.stop()


def held_mail(token: str) -> bytes:
    return make_mail(to=[EXTERNAL], subject=f"【社外秘】{token}", body=f"{token}\n")


def passing_mail(token: str) -> bytes:
    return make_mail(to=[INTERNAL], subject=token, body=f"{token}\n")


async def test_holds_survive_a_restart_and_are_released_after_it(store_url, sink):
    settings = relay_settings(upstream_port=sink.port, store_url=store_url)
    relay = await start_relay(settings, optional_parts=False, worker_interval=0.05)
    host, port = relay.address
    ids = []
    async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as c:
        for i in range(3):
            _, reply = await c.sendmail(SENDER, [EXTERNAL], held_mail(f"hold-{i}"))
            ids.append(reply.split(" as ")[1].split(";")[0])
    await relay.stop(0)

    relay = await start_relay(settings, optional_parts=False, worker_interval=0.05)
    try:
        held = relay.store.list(status="held")
        assert sorted(r.id for r in held) == sorted(ids)
        assert all(b"hold-" in relay.store.raw(i) for i in ids)
        service.release(relay.store, ids[1], actor="admin:test")
        relay.worker.wake()
        [got] = await sink.wait_for(1)
        assert b"hold-1" in got.content
        assert relay.store.get(ids[0]).status == "held"
    finally:
        await relay.stop(0)


@dataclass
class Outcome:
    token: str
    kind: str          # "pass" | "hold"
    code: int          # 250, or the error code / 0 when the connection failed
    reply: str


async def _stream(port: int, results: list[Outcome], stop: asyncio.Event, worker: int,
                  counter: list[int]) -> None:
    while not stop.is_set():
        i = counter[0]
        counter[0] += 1
        kind = "hold" if i % 2 else "pass"
        token = f"durable-{i:04d}"
        raw = held_mail(token) if kind == "hold" else passing_mail(token)
        rcpt = EXTERNAL if kind == "hold" else INTERNAL
        try:
            async with aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False,
                                       timeout=10) as c:
                _, reply = await c.sendmail(SENDER, [rcpt], raw)
            results.append(Outcome(token, kind, 250, reply))
        except aiosmtplib.SMTPResponseException as e:
            results.append(Outcome(token, kind, e.code, e.message))
        except (aiosmtplib.SMTPException, OSError) as e:
            results.append(Outcome(token, kind, 0, type(e).__name__))
            await asyncio.sleep(0.05)


async def test_sigkill_during_a_stream_loses_no_accepted_message(tmp_path, store_url, sink):
    relay = await RelayProcess(tmp_path, "mg1", upstream_port=sink.port,
                               store_url=store_url).start()
    results: list[Outcome] = []
    stop = asyncio.Event()
    counter = [0]
    clients = [asyncio.ensure_future(_stream(relay.port, results, stop, w, counter))
               for w in range(6)]
    try:
        loop = asyncio.get_running_loop()
        end = loop.time() + 60
        while sum(r.code == 250 for r in results) < 40 and loop.time() < end:
            await asyncio.sleep(0.01)
        relay.kill()  # SIGKILL with messages in flight
        await relay.proc.wait()
        await asyncio.sleep(0.3)
    finally:
        stop.set()
        await asyncio.gather(*clients)

    accepted = [r for r in results if r.code == 250]
    assert sum(r.kind == "hold" for r in accepted) >= 10
    assert sum(r.kind == "pass" for r in accepted) >= 10
    assert any(r.code != 250 for r in results)  # the kill did cut some off

    restarted = await RelayProcess(tmp_path, "mg1", upstream_port=sink.port,
                                   store_url=store_url).start()
    try:
        store = SqlStore(store_url)
        try:
            delivered = {m for msg in sink.messages  # relayed mail, not hold notices
                         if header(msg.content, "X-MailGuard-Verdict")
                         for m in re.findall(rb"durable-\d{4}", msg.content)}
            for r in accepted:
                if r.kind == "pass":
                    assert r.token.encode() in delivered, r
                else:
                    rid = r.reply.split(" as ")[1].split(";")[0]
                    rec = store.get(rid)
                    assert rec is not None and rec.status == "held", r
                    assert r.token.encode() in store.raw(rid), r
        finally:
            store.close()
        # and the restarted relay works
        async with aiosmtplib.SMTP(hostname="127.0.0.1", port=restarted.port,
                                   start_tls=False) as c:
            _, reply = await c.sendmail(SENDER, [INTERNAL], passing_mail("after-restart"))
        assert reply.startswith("2.0.0")
    finally:
        assert await restarted.stop() == 0  # SIGTERM: a clean exit
        with contextlib.suppress(Exception):
            await relay.stop()
