"""Versioned schema migrations for the store (both SQLite and PostgreSQL).

Each migration is a module ``mNNNN_name.py`` here with ``VERSION`` (its number) and
``upgrade(conn)``, run inside one transaction with every other pending migration, after
which ``schema_version`` gets one row per applied version.  Rules: README.md.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from types import ModuleType

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from mailguard.errors import StoreError

# pg_advisory_xact_lock key (a signed 64-bit number, here ASCII "mailguar"); any
# constant works as long as every instance uses the same one.
ADVISORY_LOCK_KEY = 0x6D61696C67756172  # "mailguar"

schema_version = sa.Table(
    "schema_version", sa.MetaData(),
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)


def migrations() -> list[ModuleType]:
    """Every migration module, in version order (checked: numbered 1, 2, 3... with no gap)."""
    mods = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            mods.append(importlib.import_module(f"{__name__}.{info.name}"))
    mods.sort(key=lambda m: m.VERSION)
    for i, m in enumerate(mods, start=1):
        if i != m.VERSION or int(m.__name__.rsplit(".", 1)[1][1:5]) != i:
            raise StoreError(f"migration {m.__name__}: expected version {i}")
    return mods


def latest_version() -> int:
    return len(migrations())


def applied_versions(conn: Connection) -> set[int]:
    if not sa.inspect(conn).has_table("schema_version"):
        return set()
    return {r[0] for r in conn.execute(sa.select(schema_version.c.version))}


def upgrade(conn: Connection) -> list[int]:
    """Apply the pending migrations on ``conn`` (inside its open transaction).

    On PostgreSQL a transaction-scoped advisory lock makes instances that start at the
    same moment take turns: the second sees the first's versions and does nothing.  On
    SQLite the caller's ``BEGIN IMMEDIATE`` does the same.  DDL is transactional on both,
    so a failed migration leaves the schema as it was.  Returns the versions applied.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": ADVISORY_LOCK_KEY})
    schema_version.create(conn, checkfirst=True)
    done = applied_versions(conn)
    mods = migrations()
    # Version 2 was a placeholder (m0002_reserved, a no-op) on main between the office
    # and the history merges: a store that ran it has no history tables yet.
    if 2 in done and conn.execute(sa.select(schema_version.c.name).where(
            schema_version.c.version == 2)).scalar() == "m0002_reserved":
        conn.execute(schema_version.delete().where(schema_version.c.version == 2))
        done.discard(2)
    if done and max(done) > len(mods):
        raise StoreError(f"the store's schema version {max(done)} is newer than this "
                         f"mailguard knows ({len(mods)}): upgrade mailguard")
    applied = []
    for m in mods:
        if m.VERSION in done:
            continue
        m.upgrade(conn)
        conn.execute(schema_version.insert().values(
            version=m.VERSION, name=m.__name__.rsplit(".", 1)[1],
            applied_at=dt.datetime.now(dt.UTC)))
        applied.append(m.VERSION)
    return applied
