"""Group commit: ``Store.record_many`` (one transaction for many messages) and the relay's
``Recorder`` that feeds it, on a real SQLite file and the real PostgreSQL."""

from __future__ import annotations

import asyncio
import threading

import pytest
import sqlalchemy as sa
from storefactory import RAW, T0, rec

from mailguard.errors import StoreError
from mailguard.history.observe import observe
from mailguard.history.store import HistoryReader
from mailguard.hold.sql import SqlStore
from mailguard.smtp.recorder import Recorder

SENDER = "taro@example.co.jp"
SENT = [("to", "佐藤 様", "sato@client.example"), ("cc", "Bob B", "bob@other.example")]


def _seen(recipients=SENT):
    """What the relay hands the store of a relayed message for the sending history."""
    return observe(at=T0, sender=SENDER, recipients=recipients,
                   is_internal=lambda d: d == "example.co.jp")


def _items() -> list:
    """One of each kind the relay writes: held (raw kept), relayed with a delivered
    event and history, rejected (no raw), passing mail queued for store-and-forward."""
    return [
        (rec("held"), RAW, {"mail_from": SENDER}),
        (rec("warned", findings=(("freemail", "misdirection", "warn"),)), None,
         {"mail_from": SENDER, "more_events": [("delivered", "relayed before answering")],
          "history": _seen()}),
        (rec("rejected", findings=(("lookalike", "misdirection", "reject"),)), None,
         {"mail_from": SENDER}),
        (rec("passed", findings=()), RAW,
         {"mail_from": SENDER, "deliver": True, "rcpt_tos": ["sato@client.example"]}),
        (rec("delayed", findings=(("freemail", "misdirection", "delay"),)), RAW,
         {"mail_from": "", "actor": "relay"}),
    ]


def _snapshot(store: SqlStore, ids: list[str]) -> list:
    """What a reader sees of each message, without its id and write time."""
    out = []
    for i in ids:
        r = store.get(i)
        d = store.delivery(i)
        with store.engine.connect() as conn:
            rules = sorted(tuple(row)[1:] for row in conn.execute(sa.text(
                "SELECT * FROM message_rules WHERE message_pk = :i"), {"i": i}))
        out.append((
            (r.status, r.action, r.recipients, r.rules, r.verdict, r.size, r.mail_from,
             r.sender),
            [(e.event, e.actor, e.reason) for e in store.events(i)],
            store.raw(i),
            (d.state, d.attempts) if d else None,
            rules))
    return out


def _history(store: SqlStore) -> set:
    reader = HistoryReader(store.url)
    try:
        seen = reader.contacts(["sato@client.example", "bob@other.example"])
        return {(address, s.count) for address, s in seen.items()}
    finally:
        reader.close()


def test_record_many_writes_what_record_writes(store):
    one_by_one, batch = _items(), _items()
    for r, raw, kw in one_by_one:
        store.record(r, raw, **kw)
    store.record_many(batch)
    assert _snapshot(store, [r.id for r, _, _ in batch]) == \
        _snapshot(store, [r.id for r, _, _ in one_by_one])
    # both relayed messages count in the history, once each
    assert _history(store) == {("sato@client.example", 2), ("bob@other.example", 2)}
    # the queued one is delivered like any other
    [d] = store.claim_deliveries("relay-a", limit=1)
    store.delivery_done(d.message_id, "relay-a")
    [d2] = store.claim_deliveries("relay-a", limit=1)
    assert {d.message_id, d2.message_id} == {one_by_one[3][0].id, batch[3][0].id}


def test_one_batch_to_the_same_recipients_adds_up(store):
    """Many messages of one batch upsert the same history row (PostgreSQL refuses one
    statement touching a row twice: the batch must add them up first)."""
    store.record_many([(rec("passed", findings=()), None,
                        {"mail_from": SENDER, "history": _seen()}) for _ in range(40)])
    store.record_many([(rec("passed", findings=()), None,
                        {"mail_from": SENDER, "history": _seen(SENT[:1])}) for _ in range(2)])
    assert _history(store) == {("sato@client.example", 42), ("bob@other.example", 40)}


def test_every_message_of_a_batch_is_there_after_the_call(store_url):
    items = [(rec("held"), RAW + str(i).encode(), {"mail_from": SENDER})
             for i in range(100)]
    s1 = SqlStore(store_url)
    s1.record_many(items)
    s1.close()
    s2 = SqlStore(store_url)   # another connection, after the first one is gone
    try:
        for r, raw, _ in items:
            assert s2.get(r.id).status == "held"
            assert s2.raw(r.id) == raw
            assert [e.event for e in s2.events(r.id)] == ["held"]
    finally:
        s2.close()


def test_a_failing_batch_writes_none_of_its_messages(store):
    taken = rec("held")
    store.record(taken, RAW, mail_from=SENDER)
    items = _items()
    items.insert(2, (taken, RAW, {"mail_from": SENDER}))   # its id exists already
    with pytest.raises(StoreError):
        store.record_many(items)
    for r, _, _ in items:
        if r is not taken:
            assert store.get(r.id) is None and store.events(r.id) == []
            assert store.raw(r.id) is None and store.delivery(r.id) is None
    assert _history(store) == set()
    assert [r.id for r in store.list()] == [taken.id]
    assert [e.event for e in store.events(taken.id)] == ["held"]


def test_a_bad_item_fails_the_batch_before_anything_is_written(store):
    items = _items()
    items.append((rec("passed", findings=()), None, {"mail_from": SENDER, "deliver": True}))
    with pytest.raises(ValueError):
        store.record_many(items)
    assert store.list() == []


# --- the relay's recorder -------------------------------------------------------------------

class CountingStore:
    """A real store whose batch writes can be counted and held back."""

    def __init__(self, store: SqlStore):
        self.store = store
        self.batches: list[int] = []
        self.gate = threading.Event()
        self.gate.set()

    def record(self, *a, **kw):
        self.gate.wait(10)
        self.batches.append(1)
        return self.store.record(*a, **kw)

    def record_many(self, items):
        self.gate.wait(10)
        self.batches.append(len(items))
        return self.store.record_many(items)


async def test_concurrent_sessions_share_commits_and_wait_for_theirs(store, store_url):
    counting = CountingStore(store)
    recorder = Recorder(counting)
    reader = SqlStore(store_url)
    seen: dict[str, bool] = {}

    async def session(i: int) -> None:
        r = rec("held")
        await recorder.record(r, RAW, mail_from=SENDER)
        # the answer (250) would go now: the message must already be committed
        seen[r.id] = reader.get(r.id) is not None

    try:
        counting.gate.clear()     # the first write waits: the others pile up behind it
        tasks = [asyncio.ensure_future(session(i)) for i in range(32)]
        await asyncio.sleep(0.3)
        assert not any(t.done() for t in tasks), "answered before the commit"
        counting.gate.set()
        await asyncio.wait_for(asyncio.gather(*tasks), 30)
        await recorder.close()
    finally:
        reader.close()
    assert len(seen) == 32 and all(seen.values())
    # the writer's first turn took what was waiting (one message, or all of them); the
    # rest went in one commit: two commits at most for 32 messages
    assert sum(counting.batches) == 32 and len(counting.batches) <= 2
    assert len(store.list()) == 32


async def test_a_bad_message_in_a_batch_fails_alone(store):
    taken = rec("held")
    store.record(taken, RAW, mail_from=SENDER)
    counting = CountingStore(store)
    recorder = Recorder(counting)
    counting.gate.clear()
    first = asyncio.ensure_future(recorder.record(rec("held"), RAW, mail_from=SENDER))
    await asyncio.sleep(0.05)   # the writer is busy with `first`: the rest form one batch
    good = [rec("held") for _ in range(5)]
    results = asyncio.gather(*(recorder.record(r, RAW, mail_from=SENDER) for r in good),
                             recorder.record(taken, RAW, mail_from=SENDER),
                             return_exceptions=True)
    counting.gate.set()
    out = await asyncio.wait_for(results, 30)
    await first
    await recorder.close()
    assert out[:5] == [None] * 5
    assert isinstance(out[5], StoreError)
    assert all(store.get(r.id) is not None for r in good)
    assert 6 in counting.batches       # the batch was tried whole first
