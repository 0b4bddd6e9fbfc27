"""The first schema: messages, their rules, blobs, deliveries, events, tokens, history."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

VERSION = 1

TS = sa.DateTime(timezone=True)
# SQLite only makes INTEGER PRIMARY KEY an auto-increment rowid.
BIGID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade(conn: Connection) -> None:
    md = sa.MetaData()
    sa.Table(
        "messages", md,
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("initial_status", sa.String(16), nullable=False),
        sa.Column("was_held", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("was_delayed", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("received_at", TS, nullable=False),
        sa.Column("sender", sa.Text, nullable=False, server_default=""),
        sa.Column("sender_domain", sa.String(255), nullable=False, server_default=""),
        sa.Column("mail_from", sa.Text, nullable=False, server_default=""),
        sa.Column("recipients", sa.Text, nullable=False, server_default="[]"),
        sa.Column("message_id", sa.Text, nullable=False, server_default=""),
        sa.Column("subject", sa.Text, nullable=False, server_default=""),
        sa.Column("rules", sa.Text, nullable=False, server_default="[]"),
        sa.Column("verdict", sa.Text, nullable=False, server_default="{}"),
        sa.Column("size", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("release_at", TS),
        sa.Column("expires_at", TS),
        sa.Column("decided_at", TS),
        sa.Column("decided_by", sa.Text, nullable=False, server_default=""),
        sa.Column("instance", sa.String(255), nullable=False, server_default=""),
        sa.Column("extra", sa.Text, nullable=False, server_default="{}"),
        sa.Column("updated_at", TS, nullable=False),
        sa.Index("ix_messages_status_received", "status", "received_at"),
        sa.Index("ix_messages_received", "received_at"),
        sa.Index("ix_messages_sender_domain", "sender_domain"),
    )
    sa.Table(
        "message_rules", md,
        sa.Column("message_pk", sa.String(40), sa.ForeignKey("messages.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("rule", sa.String(200), primary_key=True),
        sa.Column("category", sa.String(100), nullable=False, server_default=""),
        sa.Column("detector", sa.String(100), nullable=False, server_default=""),
        sa.Column("action", sa.String(16), nullable=False, server_default=""),
        sa.Column("severity", sa.String(16), nullable=False, server_default=""),
        sa.Index("ix_message_rules_rule", "rule"),
        sa.Index("ix_message_rules_category", "category"),
    )
    sa.Table(
        "blobs", md,
        sa.Column("message_pk", sa.String(40), sa.ForeignKey("messages.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("kind", sa.String(16), primary_key=True),   # "original" | "rewritten"
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    sa.Table(
        "deliveries", md,
        sa.Column("message_pk", sa.String(40), sa.ForeignKey("messages.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("mail_from", sa.Text, nullable=False),
        sa.Column("rcpt_tos", sa.Text, nullable=False),
        sa.Column("blob_kind", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),      # pending | done | failed
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("claimed_by", sa.String(255), nullable=False, server_default=""),
        sa.Column("claimed_until", TS),
        sa.Column("last_error", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("done_at", TS),
        sa.Index("ix_deliveries_due", "state", "next_attempt_at"),
    )
    sa.Table(
        "events", md,
        sa.Column("id", BIGID, primary_key=True, autoincrement=True),
        sa.Column("message_pk", sa.String(40), sa.ForeignKey("messages.id"), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("actor", sa.Text, nullable=False, server_default=""),
        sa.Column("client", sa.Text, nullable=False, server_default=""),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
        sa.Index("ix_events_message", "message_pk", "id"),
    )
    sa.Table(
        "tokens", md,
        sa.Column("token_hash", sa.String(128), primary_key=True),
        sa.Column("message_pk", sa.String(40), sa.ForeignKey("messages.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("purpose", sa.String(32), nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("used_at", TS),
        sa.Column("created_at", TS, nullable=False),
        sa.Index("ix_tokens_message", "message_pk"),
    )
    sa.Table(
        "sent_history", md,
        sa.Column("sender_domain", sa.String(255), primary_key=True),
        sa.Column("address", sa.String(320), primary_key=True),
        sa.Column("display_name", sa.String(320), primary_key=True),
        sa.Column("domain", sa.String(255), nullable=False),
        sa.Column("first_sent", TS, nullable=False),
        sa.Column("last_sent", TS, nullable=False),
        sa.Column("count", sa.Integer, nullable=False, server_default="1"),
        sa.Index("ix_sent_history_domain", "sender_domain", "domain"),
        sa.Index("ix_sent_history_name", "sender_domain", "display_name"),
    )
    md.create_all(conn)
    _append_only(conn)


def _append_only(conn: Connection) -> None:
    """The audit log refuses UPDATE and DELETE in the database itself, not just by having
    no method for them."""
    if conn.dialect.name == "sqlite":
        for op in ("UPDATE", "DELETE"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER events_no_{op.lower()} BEFORE {op} ON events "
                "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE FUNCTION mailguard_events_append_only() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION 'events are append-only'; END $$")
        conn.exec_driver_sql(
            "CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events "
            "FOR EACH ROW EXECUTE FUNCTION mailguard_events_append_only()")
