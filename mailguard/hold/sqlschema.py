"""The store's tables as SQLAlchemy Core sees them (the *latest* schema; the migrations in
``migrations/`` build it, and tests check that both agree), and the column type that
keeps datetimes timezone-aware on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(sa.TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out, on both dialects.

    SQLite has no time zones: values are stored as naive UTC text, which also sorts
    and compares correctly as text.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("the store takes timezone-aware datetimes only")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


TS = UTCDateTime()
BIGID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

metadata = sa.MetaData()

messages = sa.Table(
    "messages", metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("initial_status", sa.String(16), nullable=False),
    sa.Column("was_held", sa.Boolean, nullable=False),
    sa.Column("was_delayed", sa.Boolean, nullable=False),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("received_at", TS, nullable=False),
    sa.Column("sender", sa.Text, nullable=False),
    sa.Column("sender_domain", sa.String(255), nullable=False),
    sa.Column("mail_from", sa.Text, nullable=False),
    sa.Column("recipients", sa.Text, nullable=False),
    sa.Column("message_id", sa.Text, nullable=False),
    sa.Column("subject", sa.Text, nullable=False),
    sa.Column("rules", sa.Text, nullable=False),
    sa.Column("verdict", sa.Text, nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("release_at", TS),
    sa.Column("expires_at", TS),
    sa.Column("decided_at", TS),
    sa.Column("decided_by", sa.Text, nullable=False),
    sa.Column("instance", sa.String(255), nullable=False),
    sa.Column("extra", sa.Text, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
)

message_rules = sa.Table(
    "message_rules", metadata,
    sa.Column("message_pk", sa.String(40), sa.ForeignKey("messages.id"), primary_key=True),
    sa.Column("rule", sa.String(200), primary_key=True),
    sa.Column("category", sa.String(100), nullable=False),
    sa.Column("detector", sa.String(100), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("severity", sa.String(16), nullable=False),
    sa.Column("cause", sa.String(300), nullable=False),   # policy/causes.py (m0003)
)

blobs = sa.Table(
    "blobs", metadata,
    sa.Column("message_pk", sa.String(40), sa.ForeignKey("messages.id"), primary_key=True),
    sa.Column("kind", sa.String(16), primary_key=True),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("created_at", TS, nullable=False),
)

deliveries = sa.Table(
    "deliveries", metadata,
    sa.Column("message_pk", sa.String(40), sa.ForeignKey("messages.id"), primary_key=True),
    sa.Column("mail_from", sa.Text, nullable=False),
    sa.Column("rcpt_tos", sa.Text, nullable=False),
    sa.Column("blob_kind", sa.String(16), nullable=False),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("next_attempt_at", TS, nullable=False),
    sa.Column("claimed_by", sa.String(255), nullable=False),
    sa.Column("claimed_until", TS),
    sa.Column("last_error", sa.Text, nullable=False),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("done_at", TS),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", BIGID, primary_key=True, autoincrement=True),
    sa.Column("message_pk", sa.String(40), sa.ForeignKey("messages.id"), nullable=False),
    sa.Column("at", TS, nullable=False),
    sa.Column("event", sa.String(32), nullable=False),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("client", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
)

tokens = sa.Table(
    "tokens", metadata,
    sa.Column("token_hash", sa.String(128), primary_key=True),
    sa.Column("message_pk", sa.String(40), sa.ForeignKey("messages.id"), nullable=False),
    sa.Column("purpose", sa.String(32), nullable=False),
    sa.Column("expires_at", TS, nullable=False),
    sa.Column("used_at", TS),
    sa.Column("created_at", TS, nullable=False),
)

purges = sa.Table(
    "purges", metadata,
    sa.Column("id", BIGID, primary_key=True, autoincrement=True),
    sa.Column("at", TS, nullable=False),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("raw_before", TS, nullable=False),
    sa.Column("stats_before", TS, nullable=False),
    sa.Column("blobs_deleted", sa.Integer, nullable=False),
    sa.Column("messages_deleted", sa.Integer, nullable=False),
)

sent_history = sa.Table(
    "sent_history", metadata,
    sa.Column("sender_domain", sa.String(255), primary_key=True),
    sa.Column("address", sa.String(320), primary_key=True),
    sa.Column("display_name", sa.String(320), primary_key=True),
    sa.Column("domain", sa.String(255), nullable=False),
    sa.Column("first_sent", TS, nullable=False),
    sa.Column("last_sent", TS, nullable=False),
    sa.Column("count", sa.Integer, nullable=False),
)
