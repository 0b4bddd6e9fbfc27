"""Retention and encryption at rest: ``mailguard purge`` and the store's purge on SQLite
and PostgreSQL, sealed raw bytes, and a sealed hold released through the real relay."""

from __future__ import annotations

import base64
import datetime as dt
import os
import subprocess
import sys

import pytest
import sqlalchemy as sa
from holdkit import start_stack
from officekit import PERSONAL, SOUMU
from relaykit import Sink
from storefactory import RAW, rec

from mailguard.errors import StoreError
from mailguard.hold import service
from mailguard.hold.sql import SqlStore
from mailguard.hold.stats import report
from mailguard.hold.store import COUNTERS
from mailguard.office.retention import purge_now

UTC = dt.UTC
NOW = dt.datetime.now(UTC)


class Retention:
    raw_days = 30.0
    stats_days = 365.0
    interval_hours = 6.0


def _seed(store, days_ago: float, fate: str | None):
    r = rec(at=NOW - dt.timedelta(days=days_ago))
    store.record(r, RAW, mail_from="taro@example.co.jp")
    if fate == "cancelled":
        service.cancel(store, r.id, actor="sender:taro@example.co.jp")
    elif fate == "released":
        service.release(store, r.id, actor="admin:root")
    return r.id


def _raw_rows(store) -> dict[str, bytes]:
    with store.engine.connect() as conn:
        return {r.message_pk: bytes(r.data) for r in conn.execute(sa.text(
            "SELECT message_pk, data FROM blobs"))}


def test_purge_deletes_raw_bytes_of_decided_holds_keeps_statistics(store):
    decided = _seed(store, 1, "cancelled")
    open_hold = _seed(store, 1, None)
    pending = _seed(store, 1, "released")               # its delivery is not done yet
    stats_before = report(store, None, None, "rule")
    later = NOW + dt.timedelta(days=31)
    dry = purge_now(store, Retention, actor="admin:test", dry_run=True, now=later)
    assert (dry.blobs, dry.messages, dry.dry_run) == (1, 0, True)
    assert store.raw(decided) == RAW and store.purges() == []        # nothing changed
    res = purge_now(store, Retention, actor="admin:test", now=later)
    assert (res.blobs, res.messages) == (1, 0)
    assert store.raw(decided) is None and decided not in _raw_rows(store)
    assert store.raw(open_hold) == RAW and store.raw(pending) == RAW
    assert report(store, None, None, "rule") == stats_before         # statistics unchanged
    # audited: the run in the purge log, the message's own trail
    (run,) = store.purges()
    assert (run["actor"], run["blobs_deleted"], run["messages_deleted"]) == \
        ("admin:test", 1, 0)
    assert [e.event for e in store.events(decided)][-1] == "purged"
    assert purge_now(store, Retention, now=later).blobs == 0          # idempotent


def test_purge_deletes_statistics_rows_past_stats_days(store):
    old = _seed(store, 400, "cancelled")
    recent = _seed(store, -10, "cancelled")     # arrives after the cutoff used below
    assert store.stats(None, None, "total")[0].counters["judged"] == 2
    res = purge_now(store, Retention, actor="admin:test")
    assert res.messages == 0   # the cancel just now is newer than the cutoff: kept
    # a year on, the old message and everything about it is older than the cutoff
    res = purge_now(store, Retention, actor="admin:test",
                    now=NOW + dt.timedelta(days=370))
    assert res.messages == 1 and store.get(old) is None
    assert store.get(recent) is not None and store.raw(recent) is None
    assert store.stats(None, None, "total")[0].counters["judged"] == 1
    assert store.events(old) == []
    # the audit log stays append-only for everything newer than a recorded cutoff
    with pytest.raises(Exception, match="append-only"), store.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM events"))


def _key_file(tmp_path) -> str:
    p = tmp_path / "store.key"
    p.write_text(base64.b64encode(os.urandom(32)).decode() + "\n")
    return str(p)


def test_sealed_raw_bytes_are_unreadable_without_the_key(store_url, tmp_path):
    from mailguard.hold.sealing import load_key

    key = load_key(_key_file(tmp_path))
    s = SqlStore(store_url, encryption_key=key)
    try:
        r = rec()
        s.record(r, RAW, mail_from="taro@example.co.jp")
        stored = _raw_rows(s)[r.id]
        assert RAW not in stored and b"1234 5678 9018" not in stored
        assert b"taro@example.co.jp" not in stored and len(stored) > len(RAW)
        assert s.raw(r.id) == RAW
    finally:
        s.close()
    without = SqlStore(store_url)
    try:
        with pytest.raises(StoreError, match="encrypted at rest"):
            without.raw(r.id)
    finally:
        without.close()
    other = SqlStore(store_url, encryption_key=os.urandom(32))
    try:
        with pytest.raises(StoreError, match="does not open"):
            other.raw(r.id)
    finally:
        other.close()


async def test_sealed_hold_released_through_the_relay_arrives_intact(tmp_path):
    from mailfactory import make_mail

    sink = await Sink().start()
    url = f"sqlite:///{tmp_path / 'mailguard.db'}"
    key_file = _key_file(tmp_path)
    st = await start_stack(sink, url, f'[store]\nencryption_key_file = "{key_file}"\n')
    try:
        raw = make_mail(sender=SOUMU, **PERSONAL)
        hold_id = await st.send(raw, list(PERSONAL["to"]), sender=SOUMU)
        assert (await st.wait_status(hold_id, "held")).status == "held"
        assert raw.split(b"\n\n", 1)[-1][:40] not in _raw_rows(st.store)[hold_id]
        await st.desk().release(hold_id, actor=f"sender:{SOUMU}")
        (got,) = await st.wait_mail(1)
        # what arrives is the original, byte for byte after our trace headers
        assert got.content.replace(b"\r\n", b"\n").endswith(raw.replace(b"\r\n", b"\n"))
    finally:
        await st.stop()
        await sink.stop()


def test_purge_command(tmp_path):
    url = f"sqlite:///{tmp_path / 'mailguard.db'}"
    s = SqlStore(url)
    _seed(s, 40, "cancelled")                 # decided just now
    _seed(s, 40, None)                        # still held: never purged
    s.close()
    cfg = tmp_path / "mailguard.toml"
    cfg.write_text(f'[store]\nurl = "{url}"\n[retention]\nraw_days = 0\n', encoding="utf-8")
    run = [sys.executable, "-m", "mailguard", "purge", "--config", str(cfg)]
    p = subprocess.run([*run, "--dry-run"], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0 and "would delete the raw bytes of 1 " in p.stdout, p.stderr
    p = subprocess.run(run, capture_output=True, text=True, timeout=60)
    assert p.returncode == 0 and "deleted the raw bytes of 1 " in p.stdout, p.stderr
    s = SqlStore(url)
    try:
        assert len(s.purges()) == 1 and s.stats(None, None, "total")[0].counters == {
            **dict.fromkeys(COUNTERS, 0), "judged": 2, "held": 2, "cancelled": 1}
    finally:
        s.close()


def test_bad_key_file_is_one_clear_line(tmp_path):
    bad = tmp_path / "bad.key"
    bad.write_text("short")
    cfg = tmp_path / "mailguard.toml"
    cfg.write_text(f'[store]\nurl = "sqlite:///{tmp_path}/m.db"\n'
                   f'encryption_key_file = "{bad}"\n', encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "mailguard", "purge", "--config", str(cfg)],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and p.stderr.count("\n") == 1
    assert "must hold 32 bytes" in p.stderr
