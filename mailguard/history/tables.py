"""The history tables as the code queries them (latest schema).

``hold/migrations/m0002_history.py`` builds them; ``tests/test_store_migrations.py``
checks that both agree.
"""

from __future__ import annotations

import sqlalchemy as sa

from mailguard.hold.sqlschema import UTCDateTime

TS = UTCDateTime()

metadata = sa.MetaData()


def _seen() -> list[sa.Column]:
    return [sa.Column("first_seen", TS, nullable=False),
            sa.Column("last_seen", TS, nullable=False),
            sa.Column("count", sa.BigInteger, nullable=False)]


contacts = sa.Table(
    "history_contacts", metadata,
    sa.Column("address", sa.String(320), primary_key=True),
    sa.Column("domain", sa.String(255), nullable=False),
    sa.Column("organization", sa.String(255), nullable=False),
    *_seen(),
)

orgs = sa.Table(
    "history_orgs", metadata,
    sa.Column("organization", sa.String(255), primary_key=True),
    *_seen(),
)

names = sa.Table(
    "history_names", metadata,
    sa.Column("address", sa.String(320), primary_key=True),
    sa.Column("name_key", sa.String(320), primary_key=True),
    sa.Column("name", sa.String(320), nullable=False),
    *_seen(),
)

senders = sa.Table(
    "history_senders", metadata,
    sa.Column("address", sa.String(320), primary_key=True),
    sa.Column("sender", sa.String(320), primary_key=True),
    *_seen(),
)

peers = sa.Table(
    "history_peers", metadata,
    sa.Column("organization", sa.String(255), primary_key=True),
    sa.Column("peer", sa.String(255), primary_key=True),
    *_seen(),
)

salutations = sa.Table(
    "history_salutations", metadata,
    sa.Column("organization", sa.String(255), primary_key=True),
    sa.Column("kind", sa.String(16), primary_key=True),
    sa.Column("name_key", sa.String(320), primary_key=True),
    sa.Column("name", sa.String(320), nullable=False),
    *_seen(),
)

imported = sa.Table(
    "history_imported", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("at", TS, nullable=False),
)

# tables with first_seen/last_seen/count and their keys, in the order rows are written
# (one order for every writer: concurrent upserts on PostgreSQL never deadlock)
COUNTED = (
    (contacts, ("address",)),
    (orgs, ("organization",)),
    (names, ("address", "name_key")),
    (senders, ("address", "sender")),
    (peers, ("organization", "peer")),
    (salutations, ("organization", "kind", "name_key")),
)
