"""Shared pytest fixtures.  Each engineer's fixtures live in their own block below."""

from __future__ import annotations

# =========================================================================================
# Store fixtures (owner: store): a real SQLite file and a real PostgreSQL database.
#
# - ``pg_url``: a fresh PostgreSQL database for this test session (random name, dropped
#   at the end), on $MAILGUARD_TEST_PG (default postgresql://postgres@127.0.0.1:5432).
#   Without a reachable server the test is skipped with the reason, unless
#   MAILGUARD_REQUIRE_PG=1 (CI), in which case it fails.
# - ``new_pg_url``: a factory of further fresh databases (e.g. to test migrations).
# - ``store_url``: parametrized over "sqlite" and "postgres": a URL with an empty store
#   (SQLite: a file in tmp_path; PostgreSQL: the session database, emptied first).
# - ``store``: an open SqlStore on ``store_url``, closed after the test.
# =========================================================================================
import os
import secrets
from collections.abc import Callable, Iterator

import pytest

PG_BASE = os.environ.get("MAILGUARD_TEST_PG", "postgresql://postgres@127.0.0.1:5432")
STORE_TABLES = ("events", "tokens", "deliveries", "blobs", "message_rules", "messages",
                "sent_history", "purges", "history_contacts", "history_orgs",
                "history_names", "history_senders", "history_peers", "history_salutations",
                "history_imported")


def _pg_admin():  # a psycopg connection to the maintenance database, autocommit
    import psycopg

    return psycopg.connect(f"{PG_BASE}/postgres", autocommit=True, connect_timeout=3)


@pytest.fixture(scope="session")
def _pg_server() -> Iterator[Callable[[], str]]:
    """Checks the server once; yields a factory of fresh databases, drops them at the end."""
    try:
        _pg_admin().close()
        reason = ""
    except Exception as e:
        reason = f"PostgreSQL not reachable at {PG_BASE}: {str(e).strip().splitlines()[0]}"
    created: list[str] = []

    def new_db() -> str:
        if reason:
            if os.environ.get("MAILGUARD_REQUIRE_PG") == "1":
                pytest.fail(f"{reason} (MAILGUARD_REQUIRE_PG=1)")
            pytest.skip(reason)
        name = f"mailguard_test_{secrets.token_hex(6)}"
        with _pg_admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        return f"{PG_BASE}/{name}"

    yield new_db
    if created:
        with _pg_admin() as conn:
            for name in created:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def _pg_session_db(_pg_server: Callable[[], str]) -> dict[str, str]:
    return {}  # filled lazily, so sessions without PG tests never touch the server


@pytest.fixture
def pg_url(_pg_server: Callable[[], str], _pg_session_db: dict[str, str]) -> str:
    if "url" not in _pg_session_db:
        _pg_session_db["url"] = _pg_server()
    return _pg_session_db["url"]


@pytest.fixture
def new_pg_url(_pg_server: Callable[[], str]) -> Callable[[], str]:
    return _pg_server


def _empty_pg_store(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        exists = conn.execute("SELECT to_regclass('messages') IS NOT NULL").fetchone()[0]
        if exists:
            # TRUNCATE does not fire the audit log's append-only row triggers.
            conn.execute("TRUNCATE " + ", ".join(STORE_TABLES) + " CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store' / 'mailguard.db'}"
    url = request.getfixturevalue("pg_url")
    _empty_pg_store(url)
    return url


@pytest.fixture
def store(store_url: str):
    from mailguard.hold.sql import SqlStore

    s = SqlStore(store_url)
    yield s
    s.close()

# ============================== end of store fixtures ====================================
