"""URLs and engines of the store: ``store.url`` to a SQLAlchemy URL, and engines set up
for durable commits (SQLite: WAL, ``synchronous=FULL``, ``busy_timeout``, ``BEGIN
IMMEDIATE`` for writes; PostgreSQL: ``synchronous_commit`` at least ``local``)."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from mailguard.errors import StoreError
from mailguard.hold.store import StoreMissing

SQLITE_BUSY_TIMEOUT_MS = 30_000


def normalize_url(url: str, base_dir: str | None = None) -> str:
    """The SQLAlchemy URL for a config ``store.url``: psycopg 3 for PostgreSQL; relative
    SQLite paths made absolute against ``base_dir`` (default: working directory)."""
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://"):]
    if url.startswith("postgres://"):
        return "postgresql+psycopg://" + url[len("postgres://"):]
    if url.startswith("sqlite:///"):
        path, sep, query = url[len("sqlite:///"):].partition("?")
        if not path or path == ":memory:":
            raise StoreError("store.url: an in-memory SQLite store would lose held mail; "
                             "give a file path")
        p = Path(path)
        if not p.is_absolute():
            p = Path(base_dir or ".").resolve() / p
        return f"sqlite:///{p}" + (sep + query if sep else "")
    if url.startswith("postgresql+psycopg://"):
        return url
    raise StoreError(f"store.url: unsupported URL {safe_url(url)!r} "
                     "(sqlite:///PATH or postgresql://user@host/db)")


def safe_url(url: str) -> str:
    """The URL without its password, for error messages."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url.split("@")[-1]


def make_engine(url: str, *, create: bool = True) -> Engine:
    if url.startswith("sqlite:"):
        path = Path(sa.engine.make_url(url).database or "")
        if not create and not path.is_file():
            raise StoreMissing(f"store: no store at {path} yet")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"store: cannot create {path.parent}: {e.strerror}") from None
        engine = sa.create_engine(
            url, connect_args={"check_same_thread": False,
                               "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _sqlite_setup(engine)
        return engine
    # a database host that stopped answering must fail the write (the relay answers
    # 451 or spools the record), not hang the session until the OS gives up on TCP
    connect_args = {} if "connect_timeout" in url else {"connect_timeout": 10}
    engine = sa.create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    _pg_setup(engine)
    return engine


def _pg_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _rec: Any) -> None:
        # A commit must be on disk before the relay answers 250: if the server runs
        # with synchronous_commit=off, ask for a local flush in our sessions.
        with dbapi_conn.cursor() as cur:
            cur.execute("SHOW synchronous_commit")
            if cur.fetchone()[0] == "off":
                cur.execute("SET synchronous_commit = local")
        dbapi_conn.commit()


def _fsync_dir(path: Path) -> None:
    """Make a newly created database file's directory entry durable too."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _set_wal(cur: Any) -> None:
    """Switch a new database file to WAL.  The switch takes the file's exclusive lock and
    SQLite answers "database is locked" at once, without the busy timeout, while another
    process opens the same new file (instances starting together): it is tried again
    for as long as the busy timeout would wait."""
    # (WAL is the file's own, kept once set: a store opened before takes no lock here)
    if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_setup(engine: Engine) -> None:
    """SQLAlchemy's recipe for real SQLite transactions (pysqlite's own BEGIN handling
    turned off), plus the pragmas that make commits durable and writers wait."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _rec: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        _set_wal(cur)
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("mailguard_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
