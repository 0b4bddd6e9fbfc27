"""The privacy office and retention: incident causes on rule rows, the purge log, and
an audit log that a recorded purge may trim past ``retention.stats_days``.

- ``message_rules.cause``: the incident cause of the rule that fired (from the finding's
  ``source``, see ``mailguard/policy/causes.py``), filled in for existing rows from the
  stored verdicts (masked metadata, never ``blobs``).
- ``purges``: one row per retention run (when, who, the two cutoffs, what was deleted).
- the audit log stays append-only, except that rows older than the latest recorded
  purge's ``stats_before`` may be deleted (by that purge, with their messages).
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy.engine import Connection

VERSION = 3

TS = sa.DateTime(timezone=True)
BIGID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _cause(source: str) -> str:
    # the same rule as mailguard.policy.causes.cause_of, frozen here (rule 3 of README.md)
    text = (source or "").strip()
    for bracket in ("（", "("):
        text = text.split(bracket, 1)[0]
    parts = [p.strip() for p in text.replace(">", "›").split("›") if p.strip()]
    return " › ".join(parts) if parts else "その他漏えい"


def upgrade(conn: Connection) -> None:
    md = sa.MetaData()
    conn.execute(sa.text(
        "ALTER TABLE message_rules ADD COLUMN cause VARCHAR(300) NOT NULL DEFAULT ''"))
    conn.execute(sa.text("CREATE INDEX ix_message_rules_cause ON message_rules (cause)"))
    sa.Table(
        "purges", md,
        sa.Column("id", BIGID, primary_key=True, autoincrement=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("actor", sa.Text, nullable=False, server_default=""),
        sa.Column("raw_before", TS, nullable=False),
        sa.Column("stats_before", TS, nullable=False),
        sa.Column("blobs_deleted", sa.Integer, nullable=False, server_default="0"),
        sa.Column("messages_deleted", sa.Integer, nullable=False, server_default="0"),
    )
    md.create_all(conn)
    _backfill_causes(conn)
    _trimmable_audit_log(conn)


def _backfill_causes(conn: Connection) -> None:
    rules = sa.table("message_rules", sa.column("message_pk"), sa.column("rule"),
                     sa.column("cause"))
    messages = sa.table("messages", sa.column("id"), sa.column("verdict"))
    q = (sa.select(messages.c.id, messages.c.verdict)
         .where(messages.c.id.in_(sa.select(rules.c.message_pk).distinct())))
    updates = []
    for mid, text in conn.execute(q):
        try:
            findings = json.loads(text or "{}").get("findings") or []
        except (ValueError, AttributeError):
            findings = []
        seen = {}
        for f in findings:
            if isinstance(f, dict) and f.get("rule"):
                seen.setdefault(str(f["rule"]), _cause(str(f.get("source") or "")))
        updates.extend({"m": mid, "r": r, "c": c} for r, c in seen.items())
    if updates:
        conn.execute(rules.update().where(rules.c.message_pk == sa.bindparam("m"),
                                          rules.c.rule == sa.bindparam("r"))
                     .values(cause=sa.bindparam("c")), updates)
    conn.execute(rules.update().where(rules.c.cause == "").values(cause="その他漏えい"))


def _trimmable_audit_log(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER events_no_delete")
        conn.exec_driver_sql(
            "CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
            "WHEN OLD.at >= coalesce((SELECT max(stats_before) FROM purges), '') "
            "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION mailguard_events_append_only() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP = 'DELETE' AND OLD.at < "
            "(SELECT max(stats_before) FROM purges) THEN RETURN OLD; END IF; "
            "RAISE EXCEPTION 'events are append-only'; END $$")
