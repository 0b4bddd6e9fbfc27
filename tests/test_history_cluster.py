"""Several relay instances on one PostgreSQL add to one sending history without lost
updates; a held first contact that is released is learned, and not asked again."""

from __future__ import annotations

import asyncio

import aiosmtplib
import pytest
from historykit import letter, make_world
from relaykit import RelayProcess, Sink

from mailguard.history.store import HistoryReader
from mailguard.hold import service
from mailguard.hold.sql import SqlStore

N = 30


@pytest.fixture
async def sink():
    s = await Sink().start()
    yield s
    await s.stop()


async def _send(port: int, mails: list[tuple[str, list[str], bytes]]) -> list[str]:
    replies = []
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False) as c:
        for sender, rcpts, raw in mails:
            replies.append((await c.sendmail(sender, rcpts, raw))[1])
    return replies


@pytest.mark.postgres
@pytest.mark.parametrize("store_url", ["postgres"], indirect=True)
async def test_two_relays_count_every_message_in_the_shared_history(tmp_path, store_url,
                                                                   sink):
    world = make_world(n_orgs=4, seed=5)
    org, other = world.orgs[0], world.orgs[1]
    person = org.people[0]
    extra = "\n[history]\nwarmup_days = 14\n"
    relays = [RelayProcess(tmp_path, name, upstream_port=sink.port, store_url=store_url,
                           extra="") for name in ("relay-a", "relay-b")]
    for r in relays:
        r.config.write_text(r.config.read_text(encoding="utf-8") + extra, encoding="utf-8")
    await asyncio.gather(*(r.start() for r in relays))
    try:
        # both relays at once, to the same person (and each to one of its own)
        def mails(i: int) -> list[tuple[str, list[str], bytes]]:
            own = other.people[i % len(other.people)]
            return [("taro@example.co.jp", [person.address, own.address],
                     letter("taro@example.co.jp", [(org, person), (other, own)]))
                    for _ in range(N)]
        replies = await asyncio.gather(_send(relays[0].port, mails(0)),
                                       _send(relays[1].port, mails(1)))
        assert all("relayed" in r for rs in replies for r in rs)
    finally:
        codes = await asyncio.gather(*(r.stop() for r in relays))
    assert codes == [0, 0]
    reader = HistoryReader(store_url)
    try:
        seen = reader.contacts([person.address])[person.address]
        assert seen.count == 2 * N
        assert reader.orgs([org.domain])[org.domain].count == 2 * N
        [use] = reader.names_of([person.address])
        assert use.count == 2 * N
        assert (org.domain, other.domain) in reader.peers([org.domain, other.domain])
        # a letter to two organisations ties its salutation to neither
        assert reader.salutations_of(org.domain) == []
    finally:
        reader.close()


async def test_released_first_contact_is_learned_and_not_asked_again(tmp_path, sink):
    """The hold-and-confirm loop: a first contact is held, the sender releases it, the
    delivery worker delivers it and the history learns it: the next message passes."""
    import datetime as dt

    from historykit import Org, Person

    from mailguard.history import store as hs
    from mailguard.history.observe import internal_test, observe

    url = f"sqlite:///{tmp_path}/store.db"
    store = SqlStore(url)
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    with store._write() as conn:   # a history past its warm-up
        hs.apply(conn, [observe(at=old, sender="taro@example.co.jp",
                                recipients=[("to", "", "a@known.example")],
                                is_internal=internal_test(["example.co.jp"], ""))])
    store.close()
    relay = RelayProcess(tmp_path, "relay", upstream_port=sink.port, store_url=url)
    await relay.start()
    try:
        new = Org("株式会社あたらしい", "atarashii.co.jp",
                  [Person("石田", "進", "ishida@atarashii.co.jp")])
        raw = letter("taro@example.co.jp", [(new, new.people[0])])
        [reply] = await _send(relay.port, [("taro@example.co.jp", [new.people[0].address],
                                            raw)])
        assert "held for review" in reply
        rid = reply.split(" as ")[1].split(";")[0]
        store = SqlStore(url)
        try:
            assert "first-contact-domain" in store.get(rid).rules
            service.release(store, rid, actor="taro@example.co.jp")
            loop = asyncio.get_running_loop()
            end = loop.time() + 30
            while loop.time() < end and (store.delivery(rid) is None or
                                         store.delivery(rid).state != "done"):
                await asyncio.sleep(0.1)
            assert store.delivery(rid).state == "done"
        finally:
            store.close()
        reader = HistoryReader(url)
        assert reader.contacts([new.people[0].address])[new.people[0].address].count == 1
        reader.close()
        [again] = await _send(relay.port, [("taro@example.co.jp", [new.people[0].address],
                                            raw)])
        assert "relayed" in again
    finally:
        assert await relay.stop() == 0
