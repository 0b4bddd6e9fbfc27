"""Two relay processes behind one address share one PostgreSQL hold queue.

Both take held mail; a batch of holds is then released at once, and both delivery
workers compete for it (``FOR UPDATE SKIP LOCKED`` and leases): the upstream must get each
message exactly once.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter

import aiosmtplib
import pytest
from mailfactory import make_mail
from relaykit import EXTERNAL, SENDER, RelayProcess, Sink, header

from mailguard.hold import service
from mailguard.hold.sql import SqlStore

N = 40


@pytest.fixture
async def sink():
    s = await Sink().start()
    yield s
    await s.stop()


async def _hold_through(port: int, tokens: list[str]) -> list[str]:
    ids = []
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False) as c:
        for t in tokens:
            raw = make_mail(to=[EXTERNAL], subject=f"【社外秘】{t}", body=f"{t}\n")
            _, reply = await c.sendmail(SENDER, [EXTERNAL], raw)
            assert "held for review" in reply
            ids.append(reply.split(" as ")[1].split(";")[0])
    return ids


@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgres"], indirect=True)
async def test_two_relays_release_a_batch_and_each_message_arrives_once(
        tmp_path, store_url, sink):
    relays = [RelayProcess(tmp_path, name, upstream_port=sink.port, store_url=store_url)
              for name in ("relay-a", "relay-b")]
    await asyncio.gather(*(r.start() for r in relays))
    try:
        tokens = [f"batch-{i:03d}" for i in range(N)]
        id_lists = await asyncio.gather(_hold_through(relays[0].port, tokens[0::2]),
                                        _hold_through(relays[1].port, tokens[1::2]))
        ids = [i for ids in id_lists for i in ids]
        store = SqlStore(store_url)
        try:
            assert {r.instance for r in store.list(status="held")} == {"relay-a", "relay-b"}
            for rid in ids:
                service.release(store, rid, actor="admin:test")
            loop = asyncio.get_running_loop()
            end = loop.time() + 60
            while loop.time() < end and sum(
                    bool(header(m.content, "X-MailGuard-Verdict")) for m in sink.messages) < N:
                await asyncio.sleep(0.1)
            await asyncio.sleep(2)  # time for a second delivery, if there were to be one
            # the sink also gets the hold notices to the sender: count relayed mail only
            relayed = [m for m in sink.messages if header(m.content, "X-MailGuard-Verdict")]
            seen = Counter(m for msg in relayed
                           for m in re.findall(rb"batch-\d{3}", msg.content.split(
                               b"\r\n\r\n", 1)[1]))
            assert len(relayed) == N
            assert seen == Counter(t.encode() for t in tokens)
            states = [store.delivery(rid) for rid in ids]
            assert all(s.state == "done" for s in states)
            assert {s.claimed_by for s in states} == {"relay-a", "relay-b"}
        finally:
            store.close()
    finally:
        codes = await asyncio.gather(*(r.stop() for r in relays))
    assert codes == [0, 0]
