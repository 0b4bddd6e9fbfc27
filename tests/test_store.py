"""The store on a real SQLite file and a real PostgreSQL database (``store`` fixture)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
import sqlalchemy as sa
from storefactory import RAW, T0, rec

from mailguard.errors import StoreError
from mailguard.hold import service
from mailguard.hold.sql import SqlStore, normalize_url
from mailguard.hold.store import AuditEvent, new_id

UTC = dt.UTC


def test_record_roundtrip(store):
    r = rec(expires_at=T0 + dt.timedelta(days=3), extra={"approvers": ["boss@example.co.jp"]})
    store.record(r, RAW, mail_from="taro@example.co.jp")
    got = store.get(r.id)
    assert got is not None
    assert got.received_at == T0 and got.received_at.tzinfo is not None
    assert got.expires_at == T0 + dt.timedelta(days=3)
    assert got.recipients == r.recipients and got.rules == ("my-number",)
    assert got.subject == "見積書" and got.verdict == r.verdict
    assert got.mail_from == "taro@example.co.jp" and got.size == len(RAW)
    assert got.extra == {"approvers": ["boss@example.co.jp"]}
    assert store.raw(r.id) == RAW
    assert [e.event for e in store.events(r.id)] == ["held"]
    assert store.get("nope") is None and store.raw("nope") is None


def test_record_is_durable_across_reopen(store_url):
    r = rec()
    s1 = SqlStore(store_url)
    s1.record(r, RAW, mail_from="taro@example.co.jp")
    s1.close()
    s2 = SqlStore(store_url)
    try:
        assert s2.get(r.id).status == "held"
        assert s2.raw(r.id) == RAW
    finally:
        s2.close()


def test_sqlite_is_wal_with_full_sync(tmp_path):
    s = SqlStore(f"sqlite:///{tmp_path}/a/b/store.db")   # parent folders are created
    try:
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2   # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        s.close()
    assert (tmp_path / "a" / "b" / "store.db").is_file()


def test_urls(tmp_path):
    assert normalize_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("sqlite:///var/mailguard.db", str(tmp_path)) == \
        f"sqlite:///{tmp_path}/var/mailguard.db"
    with pytest.raises(StoreError):
        normalize_url("mysql://h/db")
    with pytest.raises(StoreError):
        normalize_url("sqlite:///:memory:")


def test_default_url_is_relative_to_working_directory(tmp_path, monkeypatch):
    from mailguard.hold.store import open_store

    monkeypatch.chdir(tmp_path)
    s = open_store("sqlite:///var/mailguard.db")
    s.close()
    assert (tmp_path / "var" / "mailguard.db").is_file()


def test_duplicate_id_is_refused(store):
    r = rec()
    store.record(r, RAW, mail_from="taro@example.co.jp")
    with pytest.raises(StoreError):
        store.record(r, RAW, mail_from="taro@example.co.jp")
    assert len(store.events(r.id)) == 1


def test_list_filters_and_orders_newest_first(store):
    a = rec("held", at=T0)
    b = rec("passed", at=T0 + dt.timedelta(minutes=1), findings=())
    c = rec("delayed", at=T0 + dt.timedelta(minutes=2))
    for r in (a, b, c):
        store.record(r, RAW, mail_from="taro@example.co.jp")
    assert [r.id for r in store.list()] == [c.id, b.id, a.id]
    assert [r.id for r in store.list(status="held")] == [a.id]
    assert [r.id for r in store.list(statuses=("held", "delayed"))] == [c.id, a.id]
    assert [r.id for r in store.list(limit=1)] == [c.id]


def test_findings_stay_masked_and_raw_text_only_in_blobs(store):
    r = rec()
    store.record(r, RAW, mail_from="taro@example.co.jp")
    service.release(store, r.id, actor="admin:root")
    # every text column of every table but blobs: the number in the body appears nowhere
    with store.engine.connect() as conn:
        for table in ("messages", "message_rules", "events", "deliveries"):
            for row in conn.execute(sa.text(f"SELECT * FROM {table}")):
                text = " ".join(str(v) for v in row)
                assert "5678" not in text, table
                assert "9018" not in text, table
    assert b"1234 5678 9018" in store.raw(r.id)


def test_transition_is_conditional(store):
    r = rec()
    store.record(r, RAW, mail_from="taro@example.co.jp")
    got = store.transition(r.id, "cancelled", expect=("held", "delayed"),
                           actor="sender:taro@example.co.jp", client="192.0.2.7",
                           reason="wrong recipient")
    assert got.status == "cancelled" and got.decided_by == "sender:taro@example.co.jp"
    assert got.decided_at is not None
    # already cancelled: a release now changes nothing
    assert store.transition(r.id, "released", expect=("held",), actor="admin:x",
                            deliver=True) is None
    assert store.get(r.id).status == "cancelled"
    assert store.delivery(r.id) is None
    evs = store.events(r.id)
    assert [e.event for e in evs] == ["held", "cancelled"]
    assert (evs[1].actor, evs[1].client, evs[1].reason) == \
        ("sender:taro@example.co.jp", "192.0.2.7", "wrong recipient")
    assert store.transition("nope", "released", expect=("held",), actor="x") is None


def test_transition_race_has_exactly_one_winner(store_url):
    """Eight threads, each with its own store (its own connections), release one hold."""
    setup = SqlStore(store_url)
    r = rec()
    setup.record(r, RAW, mail_from="taro@example.co.jp")
    stores = [SqlStore(store_url) for _ in range(8)]
    barrier = threading.Barrier(len(stores))
    results: list[object] = [None] * len(stores)

    def go(i: int) -> None:
        barrier.wait()
        results[i] = stores[i].transition(r.id, "released", expect=("held",),
                                          actor=f"admin:{i}", deliver=True)

    threads = [threading.Thread(target=go, args=(i,)) for i in range(len(stores))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        winners = [x for x in results if x is not None]
        assert len(winners) == 1
        assert [e.event for e in setup.events(r.id)].count("released") == 1
        assert len(setup.claim_deliveries("i1", limit=10)) == 1
    finally:
        for s in (*stores, setup):
            s.close()


def test_release_queues_delivery_and_done_records_it(store):
    r = rec()
    store.record(r, RAW, mail_from="bounce+taro@example.co.jp")
    service.release(store, r.id, actor="admin:root", client="cli")
    [d] = store.claim_deliveries("relay-a")
    assert d.message_id == r.id and d.raw == RAW
    assert d.mail_from == "bounce+taro@example.co.jp"
    assert d.rcpt_tos == r.recipients and d.attempts == 1 and d.claimed_by == "relay-a"
    assert store.claim_deliveries("relay-b") == []         # claimed, leased
    store.delivery_done(r.id, "relay-a")
    store.delivery_done(r.id, "relay-a")                    # idempotent
    assert store.delivery(r.id).state == "done"
    assert store.claim_deliveries("relay-b", now=T0 + dt.timedelta(days=400)) == []
    assert [e.event for e in store.events(r.id)] == ["held", "released", "delivered"]
    assert store.get(r.id).status == "released"


def test_passing_mail_store_and_forward(store):
    r = rec("passed", findings=())
    store.record(r, RAW, mail_from="taro@example.co.jp", deliver=True,
                 rcpt_tos=["sato@client.example"])
    [d] = store.claim_deliveries("relay-a")
    assert d.rcpt_tos == ("sato@client.example",)
    store.delivery_done(d.message_id, "relay-a")
    assert [e.event for e in store.events(r.id)] == ["judged", "delivered"]
    assert store.get(r.id).status == "passed"


def test_relayed_mail_recorded_in_one_transaction(store):
    """Relay-before-answer: the record and a 'delivered' event, one commit."""
    r = rec("warned", findings=(("freemail", "misdirection", "warn"),))
    store.record(r, None, mail_from="taro@example.co.jp",
                 more_events=[("delivered", "relayed before answering")])
    assert [(e.event, e.reason) for e in store.events(r.id)] == [
        ("judged", "warn"), ("delivered", "relayed before answering")]
    assert store.raw(r.id) is None and store.delivery(r.id) is None


def test_lease_expiry_lets_another_instance_retry(store):
    r = rec()
    store.record(r, RAW, mail_from="taro@example.co.jp")
    service.release(store, r.id, actor="admin:root")
    now = dt.datetime.now(UTC)
    assert len(store.claim_deliveries("crashed", lease_seconds=60, now=now)) == 1
    assert store.claim_deliveries("other", now=now + dt.timedelta(seconds=59)) == []
    [d] = store.claim_deliveries("other", now=now + dt.timedelta(seconds=61))
    assert d.attempts == 2 and d.claimed_by == "other"
    # the crashed instance's late failure report does not undo the new claim
    store.delivery_failed(r.id, "crashed", permanent=True, error="x", retry_at=None)
    assert store.delivery(r.id).state == "pending"
    assert store.delivery(r.id).claimed_by == "other"


def test_temporary_failure_backs_off(store):
    r = rec()
    store.record(r, RAW, mail_from="taro@example.co.jp")
    service.release(store, r.id, actor="admin:root")
    now = dt.datetime.now(UTC)
    store.claim_deliveries("a", now=now)
    store.delivery_failed(r.id, "a", permanent=False, error="451 4.3.0 try later",
                          retry_at=None, now=now)
    st = store.delivery(r.id)
    assert st.state == "pending" and st.last_error == "451 4.3.0 try later"
    assert st.next_attempt_at == now + dt.timedelta(seconds=60)
    assert store.claim_deliveries("a", now=now + dt.timedelta(seconds=30)) == []
    later = now + dt.timedelta(seconds=61)
    assert len(store.claim_deliveries("b", now=later)) == 1
    store.delivery_failed(r.id, "b", permanent=False, error="451", retry_at=None, now=later)
    assert store.delivery(r.id).next_attempt_at == later + dt.timedelta(seconds=120)
    # an explicit retry time wins
    t2 = later + dt.timedelta(seconds=500)
    store.claim_deliveries("b", now=t2)
    store.delivery_failed(r.id, "b", permanent=False, error="451",
                          retry_at=t2 + dt.timedelta(seconds=5), now=t2)
    assert store.delivery(r.id).next_attempt_at == t2 + dt.timedelta(seconds=5)
    assert "delivery_failed" not in [e.event for e in store.events(r.id)]


def test_permanent_failure_is_recorded_and_not_retried(store):
    r = rec()
    store.record(r, RAW, mail_from="taro@example.co.jp")
    service.release(store, r.id, actor="admin:root")
    store.claim_deliveries("a")
    store.delivery_failed(r.id, "a", permanent=True, error="550 5.1.1 user unknown",
                          retry_at=None)
    assert store.delivery(r.id).state == "failed"
    assert store.get(r.id).status == "released"
    evs = store.events(r.id)
    assert evs[-1].event == "delivery_failed" and evs[-1].reason == "550 5.1.1 user unknown"
    assert store.claim_deliveries("a", now=T0 + dt.timedelta(days=400)) == []


def test_rewrite_delivers_new_bytes_and_keeps_the_original(store):
    r = rec()
    store.record(r, RAW, mail_from="taro@example.co.jp")
    new = RAW.replace(b"To: ", b"X-Old-To: ", 1)
    service.rewrite(store, r.id, new, ["sato@client.example", "bob@other.example"],
                    actor="sender:taro@example.co.jp", client="192.0.2.1")
    [d] = store.claim_deliveries("a")
    assert d.raw == new and store.raw(r.id) == RAW
    assert store.raw(r.id, "rewritten") == new
    assert store.get(r.id).status == "rewritten"


def test_release_without_stored_bytes_is_refused(store):
    r = rec()
    store.record(r, None, mail_from="taro@example.co.jp")
    with pytest.raises(StoreError):
        service.release(store, r.id, actor="admin:root")
    assert store.get(r.id).status == "held"          # rolled back
    assert [e.event for e in store.events(r.id)] == ["held"]


def test_audit_log_is_append_only(store):
    r = rec()
    store.record(r, RAW, mail_from="taro@example.co.jp")
    store.add_event(AuditEvent(r.id, T0, "viewed", "sender:taro@example.co.jp", "192.0.2.1"))
    assert [e.event for e in store.events(r.id)] == ["held", "viewed"]
    assert not any(hasattr(store, n) for n in ("update_event", "delete_event", "delete_events"))
    for sql in ("UPDATE events SET reason = 'x'", "DELETE FROM events"):
        with pytest.raises(sa.exc.DBAPIError), store.engine.begin() as conn:
            conn.execute(sa.text(sql))
    assert [e.reason for e in store.events(r.id)] == ["hold", ""]


def test_tokens_are_single_use(store):
    r = rec()
    store.record(r, RAW, mail_from="taro@example.co.jp")
    now = dt.datetime.now(UTC)
    store.add_token("h-release", r.id, "release", now + dt.timedelta(hours=1))
    store.add_token("h-old", r.id, "release", now - dt.timedelta(seconds=1))
    assert store.get_token("h-release").used_at is None
    assert store.consume_token("h-release", "cancel") is None      # wrong purpose
    tok = store.consume_token("h-release", "release")
    assert tok is not None and tok.message_id == r.id and tok.used_at is not None
    assert store.consume_token("h-release", "release") is None     # replayed
    assert store.consume_token("h-old", "release") is None         # expired
    assert store.consume_token("tampered", "release") is None
    assert store.get_token("h-old").used_at is None


def test_concurrent_token_consumption_has_one_winner(store_url):
    setup = SqlStore(store_url)
    r = rec()
    setup.record(r, RAW, mail_from="taro@example.co.jp")
    setup.add_token("h", r.id, "release", dt.datetime.now(UTC) + dt.timedelta(hours=1))
    stores = [SqlStore(store_url) for _ in range(6)]
    barrier = threading.Barrier(len(stores))
    got: list[object] = []

    def go(s: SqlStore) -> None:
        barrier.wait()
        got.append(s.consume_token("h", "release"))

    threads = [threading.Thread(target=go, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in (*stores, setup):
        s.close()
    assert sum(1 for x in got if x is not None) == 1


def test_due_finds_elapsed_delays_and_expired_holds(store):
    now = dt.datetime.now(UTC)
    d1 = rec("delayed", release_at=now - dt.timedelta(seconds=1))
    d2 = rec("delayed", release_at=now + dt.timedelta(minutes=5))
    h1 = rec("held", expires_at=now - dt.timedelta(seconds=1))
    h2 = rec("held", expires_at=now + dt.timedelta(days=1))
    for r in (d1, d2, h1, h2):
        store.record(r, RAW, mail_from="taro@example.co.jp")
    delays, holds = store.due(now)
    assert [r.id for r in delays] == [d1.id] and [r.id for r in holds] == [h1.id]
    released, fated = service.release_due(store, now, held_fate="expire")
    assert [r.id for r in released] == [d1.id] and [r.id for r in fated] == [h1.id]
    assert store.get(d1.id).status == "released" and store.delivery(d1.id).state == "pending"
    assert store.get(h1.id).status == "expired" and store.delivery(h1.id) is None
    assert store.get(d2.id).status == "delayed" and store.get(h2.id).status == "held"
    assert store.due(now) == ([], [])


def test_service_errors_name_what_happened(store):
    r = rec()
    store.record(r, RAW, mail_from="taro@example.co.jp")
    service.cancel(store, r.id, actor="admin:alice")
    with pytest.raises(service.HoldConflict, match="already cancelled by admin:alice"):
        service.release(store, r.id, actor="admin:bob")
    with pytest.raises(service.HoldNotFound):
        service.cancel(store, "no-such-id", actor="admin:bob")
    p = rec("passed", findings=())
    store.record(p, RAW, mail_from="taro@example.co.jp")
    with pytest.raises(service.HoldConflict, match="never held"):
        service.release(store, p.id, actor="admin:bob")


def test_new_ids_sort_by_time_and_are_unique():
    ids = [new_id() for _ in range(1000)]
    assert len(set(ids)) == 1000 and all(len(i) == 26 for i in ids)
    assert ids[0][:10] <= ids[-1][:10]


def test_purge_blobs_keeps_open_holds_and_the_record(store):
    old, kept, pending = rec(), rec(), rec()
    for r in (old, kept, pending):
        store.record(r, RAW, mail_from="taro@example.co.jp")
    service.cancel(store, old.id, actor="admin:root")
    service.release(store, pending.id, actor="admin:root")        # delivery not done yet
    assert store.purge_blobs(T0 + dt.timedelta(days=1)) == 1
    assert store.raw(old.id) is None and store.get(old.id).status == "cancelled"
    assert [e.event for e in store.events(old.id)] == ["held", "cancelled"]
    assert store.raw(kept.id) == RAW and store.raw(pending.id) == RAW
    assert store.stats(None, None, "total")[0].counters["held"] == 3


def test_readers_can_open_without_creating(tmp_path, store_url):
    from mailguard.hold.store import StoreMissing, open_store

    with pytest.raises(StoreMissing):
        open_store(f"sqlite:///{tmp_path}/none/mailguard.db", create=False)
    assert not (tmp_path / "none").exists()
    w = open_store(store_url)
    held = rec()
    w.record(held, RAW, mail_from="taro@example.co.jp")
    w.close()
    r = open_store(store_url, create=False)
    try:
        assert r.get(held.id).status == "held"
    finally:
        r.close()


@pytest.mark.postgres
def test_postgres_commits_are_flushed_even_if_the_server_defers(new_pg_url):
    import psycopg

    url = new_pg_url()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE {url.rsplit('/', 1)[1]} SET synchronous_commit = off")
    s = SqlStore(url)
    try:
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW synchronous_commit").scalar() == "local"
    finally:
        s.close()
