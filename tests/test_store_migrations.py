"""Schema migrations on both dialects: idempotent, in step with sql.py, safe to race."""

from __future__ import annotations

import subprocess
import sys
import time
import types

import pytest
import sqlalchemy as sa

from mailguard.errors import StoreError
from mailguard.history import tables as history_tables
from mailguard.hold import migrations, sql
from mailguard.hold.sql import SqlStore


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fresh_url(request, tmp_path) -> str:
    """A URL of an empty database (no tables at all)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/fresh.db"
    return request.getfixturevalue("new_pg_url")()


def versions(store: SqlStore) -> list[tuple[int, str]]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(
            "SELECT version, name FROM schema_version ORDER BY version"))]


def test_migrations_are_numbered_without_gaps():
    mods = migrations.migrations()
    assert [m.VERSION for m in mods] == list(range(1, len(mods) + 1))
    assert mods[0].__name__.endswith("m0001_initial")


def test_open_applies_every_migration_once(fresh_url):
    expected = [(m.VERSION, m.__name__.rsplit(".", 1)[1]) for m in migrations.migrations()]
    s = SqlStore(fresh_url)
    try:
        assert versions(s) == expected
        assert s.schema_version() == migrations.latest_version()
        assert s.migrate() == []                     # idempotent
    finally:
        s.close()
    again = SqlStore(fresh_url)                      # and on every later open
    try:
        assert versions(again) == expected
    finally:
        again.close()


def test_migrated_schema_matches_sql_tables(fresh_url):
    """The migrations build exactly the tables and columns sql.py queries."""
    s = SqlStore(fresh_url)
    try:
        insp = sa.inspect(s.engine)
        tables = {**sql.metadata.tables, **history_tables.metadata.tables}
        assert set(insp.get_table_names()) == set(tables) | {"schema_version"}
        for name, table in tables.items():
            cols = {c["name"]: c for c in insp.get_columns(name)}
            assert set(cols) == {c.name for c in table.columns}, name
            for c in table.columns:
                assert cols[c.name]["nullable"] == c.nullable, f"{name}.{c.name}"
            pk = insp.get_pk_constraint(name)["constrained_columns"]
            assert set(pk) == {c.name for c in table.primary_key.columns}, name
    finally:
        s.close()


def test_store_newer_than_the_code_refuses_to_open(fresh_url):
    SqlStore(fresh_url).close()
    eng = sa.create_engine(sql.normalize_url(fresh_url))
    with eng.begin() as conn:
        conn.execute(sa.text("INSERT INTO schema_version (version, name, applied_at) "
                             "VALUES (999, 'm0999_future', CURRENT_TIMESTAMP)"))
    eng.dispose()
    with pytest.raises(StoreError, match="newer"):
        SqlStore(fresh_url)


def test_a_failing_migration_changes_nothing(fresh_url, monkeypatch):
    def boom(conn):
        conn.execute(sa.text("CREATE TABLE half_done (x INTEGER)"))
        raise RuntimeError("migration bug")

    broken = types.ModuleType("mailguard.hold.migrations.m0002_broken")
    broken.VERSION = 2
    broken.upgrade = boom
    real = migrations.migrations()[:1]
    monkeypatch.setattr(migrations, "migrations", lambda: [*real, broken])
    with pytest.raises(RuntimeError):
        SqlStore(fresh_url)
    eng = sa.create_engine(sql.normalize_url(fresh_url))
    try:
        # both steps ran in one transaction: neither the first one's tables nor the
        # broken one's are there
        assert sa.inspect(eng).get_table_names() == []
    finally:
        eng.dispose()


OPENER = """
import sys, time
from mailguard.hold.sql import SqlStore
start = float(sys.argv[2])
time.sleep(max(0.0, start - time.time()))
s = SqlStore(sys.argv[1])
print(s.schema_version())
s.close()
"""


def test_instances_starting_together_migrate_once(fresh_url):
    """Four processes open a new store at the same instant (PG: advisory lock)."""
    start = time.time() + 2.0
    procs = [subprocess.Popen([sys.executable, "-c", OPENER, fresh_url, str(start)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(4)]
    outs = [p.communicate(timeout=60) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert out.strip() == str(migrations.latest_version())
    s = SqlStore(fresh_url)
    try:
        assert len(versions(s)) == migrations.latest_version()
    finally:
        s.close()


def test_office_migration_fills_in_causes_of_existing_rows(fresh_url, monkeypatch):
    """A store written before m0003: its rule rows get their causes from the stored
    verdicts, and the audit log is still append-only."""
    import json

    from storefactory import RAW, rec

    first = migrations.migrations()[:1]
    monkeypatch.setattr(migrations, "migrations", lambda: first)
    old = SqlStore(fresh_url)
    r = rec()
    verdict = {**r.verdict, "findings": [
        {**r.verdict["findings"][0], "source": "その他漏えい（特定個人情報：マイナンバー）"},
        {**r.verdict["findings"][0], "rule": "visible", "category": "misdirection",
         "source": "誤送付 › メール誤送信 › To/Cc の一斉送信（BCC）"}]}
    with old.engine.begin() as conn:   # the v1 schema had no cause column: write by hand
        row = {"id": r.id, "status": "held", "initial_status": "held", "was_held": True,
               "was_delayed": False, "action": "hold", "received_at": r.received_at,
               "sender": r.sender, "sender_domain": "example.co.jp",
               "mail_from": r.sender, "recipients": "[]", "message_id": "",
               "subject": "", "rules": "[]", "verdict": json.dumps(verdict),
               "size": len(RAW), "decided_by": "", "instance": "", "extra": "{}",
               "updated_at": r.received_at}
        conn.execute(sa.table("messages", *map(sa.column, row)).insert(), row)
        for rule in ("my-number", "visible"):
            conn.execute(sa.text(
                "INSERT INTO message_rules (message_pk, rule, category, detector, action, "
                "severity) VALUES (:m, :r, 'x', 'personal_data', 'hold', 'high')"),
                {"m": r.id, "r": rule})
    old.close()
    monkeypatch.undo()
    s = SqlStore(fresh_url)
    try:
        assert s.schema_version() == migrations.latest_version()
        got = {row.key: row.counters["held"] for row in s.stats(None, None, "cause")}
        assert got == {"その他漏えい": 1, "誤送付 › メール誤送信 › To/Cc の一斉送信": 1}
        with s.engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO events (message_pk, at, event) "
                                 "VALUES (:m, :at, 'judged')"), {"m": r.id, "at": r.received_at})
        with pytest.raises(Exception, match="append-only"), s.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM events"))
    finally:
        s.close()


def test_a_store_that_ran_the_version_2_placeholder_gets_the_history_tables(fresh_url):
    """m0002_reserved (a no-op on main before the history merge) is replaced by
    m0002_history at the next open."""
    s = SqlStore(fresh_url)
    s.close()
    eng = sa.create_engine(sql.normalize_url(fresh_url))
    with eng.begin() as conn:
        for name in ("history_contacts", "history_orgs", "history_names", "history_senders",
                     "history_peers", "history_salutations", "history_imported"):
            conn.execute(sa.text(f"DROP TABLE {name}"))
        conn.execute(sa.text("UPDATE schema_version SET name = 'm0002_reserved' "
                             "WHERE version = 2"))
    eng.dispose()
    s = SqlStore(fresh_url)
    try:
        assert "history_orgs" in sa.inspect(s.engine).get_table_names()
        assert (2, "m0002_history") in versions(s)
    finally:
        s.close()


def test_many_opening_a_new_sqlite_file_at_once_all_open(tmp_path):
    """Turning a new file to WAL takes its exclusive lock, and SQLite runs no busy handler
    for it: among instances opening a new store at the same instant, some were told
    "database is locked" at once (a few starts in a hundred of sixteen).  Each open now
    waits its turn, as a write does.  (Each thread has an engine of its own, as each
    instance of the relay has.)"""
    import threading

    from mailguard.hold import sqlengine

    errors: list[str] = []
    for trial in range(100):
        url = f"sqlite:///{tmp_path}/t{trial}.db"
        engines = [sqlengine.make_engine(url) for _ in range(16)]
        barrier = threading.Barrier(len(engines))

        def open_once(engine: sa.engine.Engine, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            try:
                with engine.connect() as conn:
                    mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
                    assert str(mode).lower() == "wal"
            except Exception as err:
                errors.append(f"{type(err).__name__}: {err}")

        threads = [threading.Thread(target=open_once, args=(eng,)) for eng in engines]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for eng in engines:
            eng.dispose()
    assert errors == []
