"""The sending history of the history detectors (first contact, display names, addressees).

Per external address: first/last seen and how many messages (``history_contacts``); per
organisation (registrable domain) the same (``history_orgs``); the display names used
for an address (``history_names``), the internal senders who wrote to it
(``history_senders``), the organisations that were recipients of one message together
(``history_peers``), the names by which the new text addressed an organisation
(``history_salutations``), and the keys of imported messages (``history_imported``), so
that importing a log twice counts it once.  Names and addresses only: no content.

Self-contained (rule 3 of README.md): its own MetaData and plain types.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

VERSION = 2

TS = sa.DateTime(timezone=True)


def _seen() -> list[sa.Column]:
    return [sa.Column("first_seen", TS, nullable=False),
            sa.Column("last_seen", TS, nullable=False),
            sa.Column("count", sa.BigInteger, nullable=False)]


def upgrade(conn: Connection) -> None:
    md = sa.MetaData()
    sa.Table(
        "history_contacts", md,
        sa.Column("address", sa.String(320), primary_key=True),
        sa.Column("domain", sa.String(255), nullable=False),
        sa.Column("organization", sa.String(255), nullable=False),
        *_seen(),
        sa.Index("ix_history_contacts_org", "organization"),
    )
    sa.Table(
        "history_orgs", md,
        sa.Column("organization", sa.String(255), primary_key=True),
        *_seen(),
        sa.Index("ix_history_orgs_first", "first_seen"),
    )
    sa.Table(
        "history_names", md,
        sa.Column("address", sa.String(320), primary_key=True),
        sa.Column("name_key", sa.String(320), primary_key=True),
        sa.Column("name", sa.String(320), nullable=False),
        *_seen(),
        sa.Index("ix_history_names_key", "name_key"),
    )
    sa.Table(
        "history_senders", md,
        sa.Column("address", sa.String(320), primary_key=True),
        sa.Column("sender", sa.String(320), primary_key=True),
        *_seen(),
    )
    sa.Table(
        "history_peers", md,
        sa.Column("organization", sa.String(255), primary_key=True),
        sa.Column("peer", sa.String(255), primary_key=True),
        *_seen(),
    )
    sa.Table(
        "history_salutations", md,
        sa.Column("organization", sa.String(255), primary_key=True),
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("name_key", sa.String(320), primary_key=True),
        sa.Column("name", sa.String(320), nullable=False),
        *_seen(),
        sa.Index("ix_history_salutations_key", "name_key"),
    )
    sa.Table(
        "history_imported", md,
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("at", TS, nullable=False),
    )
    md.create_all(conn)
