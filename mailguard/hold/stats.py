"""The SPEC's ``stats``: counters of judged mail by month, rule, category or sender domain.

What each counter means (one message counts at most once per key):

- ``judged``: every message judged (the hold log keeps passing mail too);
- ``passed``, ``warned``: the verdict let it through (with a warning);
- ``delayed``: it was delayed;  ``held``: it was held, *whatever came after*;
- ``released``, ``rewritten``, ``cancelled``, ``expired``: how holds and delays ended;
  ``cancelled`` are the near misses senders stopped;
- ``rejected``: refused at SMTP.

Months are calendar months in the reporting time zone (the machine's local time by
default: for a Japanese office, JST), and ``since``/``until`` are whole days in it,
``until`` included.  The zone is applied as a fixed UTC offset (exact for JST; within
an hour around DST changes elsewhere).

Aggregation runs in SQL on both dialects, so a year of mail is one query, not a scan
in Python.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from mailguard.hold.store import COUNTERS, STATS_BY, StatsRow

TOTAL = "total"   # ``by`` value of the one-row total


def local_tz() -> dt.tzinfo:
    tz = dt.datetime.now().astimezone().tzinfo
    return tz or dt.UTC


def _bounds(since: dt.date | None, until: dt.date | None, tz: dt.tzinfo
            ) -> tuple[dt.datetime | None, dt.datetime | None]:
    lo = dt.datetime.combine(since, dt.time(), tz) if since else None
    hi = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), tz) if until else None
    return lo, hi


def _month_expr(conn: Connection, col: Any, offset_minutes: int) -> Any:
    if conn.dialect.name == "postgresql":
        local = sa.func.timezone("UTC", col) + sa.func.make_interval(
            0, 0, 0, 0, 0, sa.literal(offset_minutes, sa.Integer))
        return sa.func.to_char(local, "YYYY-MM")
    # SQLite keeps naive UTC text; strftime shifts it by the offset.
    return sa.func.strftime("%Y-%m", col, f"{offset_minutes:+d} minutes")


def _counters(m: Any) -> list[Any]:
    def flag(cond: Any) -> Any:
        return sa.func.coalesce(sa.func.sum(sa.case((cond, 1), else_=0)), 0)

    return [
        sa.func.count().label("judged"),
        flag(m.initial_status == "passed").label("passed"),
        flag(m.initial_status == "warned").label("warned"),
        flag(m.was_delayed).label("delayed"),
        flag(m.was_held).label("held"),
        flag(m.status == "released").label("released"),
        flag(m.status == "rewritten").label("rewritten"),
        flag(m.status == "cancelled").label("cancelled"),
        flag(m.status == "expired").label("expired"),
        flag(m.status == "rejected").label("rejected"),
    ]


def query_stats(conn: Connection, since: dt.date | None, until: dt.date | None, by: str,
                *, tz: dt.tzinfo | None = None) -> list[StatsRow]:
    """Rows of counters per key of ``by`` (``STATS_BY``, or ``TOTAL`` for one row)."""
    from mailguard.hold.sql import message_rules, messages

    if by not in (*STATS_BY, TOTAL):
        raise ValueError(f"stats: by must be one of {', '.join(STATS_BY)}")
    tz = tz or local_tz()
    lo, hi = _bounds(since, until, tz)
    m = messages.c
    where = []
    if lo is not None:
        where.append(m.received_at >= lo)
    if hi is not None:
        where.append(m.received_at < hi)

    src: Any = messages
    if by == "month":
        offset = int((dt.datetime.now(tz).utcoffset() or dt.timedelta()).total_seconds() // 60)
        key = _month_expr(conn, m.received_at, offset)
    elif by == "sender-domain":
        key = m.sender_domain
    elif by == "rule":
        src = messages.join(message_rules, message_rules.c.message_pk == m.id)
        key = message_rules.c.rule
    elif by == "category":
        # a message with two rules of one category counts once for it
        cats = (sa.select(message_rules.c.message_pk, message_rules.c.category)
                .distinct().subquery())
        src = messages.join(cats, cats.c.message_pk == m.id)
        key = cats.c.category
    else:
        key = sa.literal(TOTAL)

    q = sa.select(key.label("key"), *_counters(m)).select_from(src).where(*where)
    if by != TOTAL:
        q = q.group_by(key)
    rows = [StatsRow(key=str(r.key), counters={c: int(getattr(r, c)) for c in COUNTERS})
            for r in conn.execute(q)]
    if by == TOTAL and not rows:
        rows = [StatsRow(key=TOTAL, counters=dict.fromkeys(COUNTERS, 0))]
    if by == "month":
        rows.sort(key=lambda r: r.key)
    elif by != TOTAL:
        # the privacy office reads the top causes first
        rows.sort(key=lambda r: (-r.counters["held"], -r.counters["judged"], r.key))
    return rows


def report(store: Any, since: dt.date | None, until: dt.date | None, by: str,
           *, tz: dt.tzinfo | None = None) -> dict[str, Any]:
    """The SPEC's ``stats --format json`` object."""
    rows = store.stats(since, until, by, tz=tz)
    total = store.stats(since, until, TOTAL, tz=tz)[0]
    return {
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "by": by,
        "rows": [{"key": r.key, **r.counters} for r in rows],
        "total": dict(total.counters),
    }
