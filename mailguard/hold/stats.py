"""The SPEC's ``stats``: counters of judged mail by month, rule, category, incident cause,
sender group or sender domain, and the office's hold log query.

What each counter means (one message counts at most once per key):

- ``judged``: every message judged (the hold log keeps passing mail too);
- ``passed``, ``warned``: the verdict let it through (with a warning);
- ``delayed``: it was delayed;  ``held``: it was held, *whatever came after*; in
  observe mode (``relay.mode = "observe"``) what *would* have been delayed or held
  counts here although it was relayed;
- ``released``, ``rewritten``, ``cancelled``, ``expired``: how holds and delays ended;
  ``cancelled`` are the near misses senders stopped;
- ``rejected``: refused at SMTP (or, observing, would have been).

Besides the counters each row has three figures for the office:

- ``decision_median_seconds`` / ``decision_p90_seconds``: time from arrival to a
  person's decision (released, rewritten or cancelled by a sender, approver or admin;
  not expiries nor delays that ran out), None when nobody decided;
- ``released_unchanged_share``: of the messages held under this key, the share released
  as they were (not rewritten, not cancelled): a rule whose holds are mostly released
  unchanged is noisy.

``by="cause"`` keys rows by the incident cause of the rules that fired
(``message_rules.cause``, from each rule's ``source``); ``by="group"`` by the first
``[organization.groups]`` entry that names the sender's address or domain (subdomains
included), ``NO_GROUP`` for the rest.  A message counts once under each cause, category
or rule it fired.

Months are calendar months in the reporting time zone (the machine's local time by
default: for a Japanese office, JST), and ``since``/``until`` are whole days in it,
``until`` included.  The zone is applied as a fixed UTC offset (exact for JST; within
an hour around DST changes elsewhere).

Aggregation runs in SQL on both dialects, so a year of mail is one query, not a scan
in Python (the decision times read one row per decided hold).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from mailguard.hold.sqlrows import _record_from_row
from mailguard.hold.sqlschema import message_rules, messages
from mailguard.hold.store import COUNTERS, NO_GROUP, STATS_BY, HoldQuery, MessageRecord, StatsRow

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
        flag(m.initial_status == "rejected").label("rejected"),
        flag(sa.and_(m.was_held, m.status == "released")).label("held_released"),
    ]


def group_expr(m: Any, groups: dict[str, Sequence[str]] | None) -> Any:
    """SQL for the sender's group: the first ``[organization.groups]`` entry naming its
    address (``user@domain``) or its domain (``@domain``, subdomains included)."""
    whens = []
    sender = sa.func.lower(m.sender)
    for name, members in (groups or {}).items():
        conds = []
        for entry in members:
            entry = str(entry).strip().lower()
            if entry.startswith("@"):
                dom = _idna(entry[1:])
                conds += [m.sender_domain == dom, m.sender_domain.like(f"%.{dom}")]
            elif "@" in entry:
                conds.append(sender == entry)
        if conds:
            whens.append((sa.or_(*conds), sa.literal(str(name))))
    if not whens:
        return sa.literal(NO_GROUP)
    return sa.case(*whens, else_=sa.literal(NO_GROUP))


def _idna(domain: str) -> str:
    domain = domain.strip().rstrip(".").lower()
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return domain


def _source(conn: Connection, by: str, tz: dt.tzinfo,
            groups: dict[str, Sequence[str]] | None) -> tuple[Any, Any]:
    """(the FROM clause, the key expression) of ``by``."""
    m = messages.c
    if by == "month":
        offset = int((dt.datetime.now(tz).utcoffset() or dt.timedelta()).total_seconds() // 60)
        return messages, _month_expr(conn, m.received_at, offset)
    if by == "sender-domain":
        return messages, m.sender_domain
    if by == "group":
        return messages, group_expr(m, groups)
    if by == "rule":
        return (messages.join(message_rules, message_rules.c.message_pk == m.id),
                message_rules.c.rule)
    if by in ("category", "cause"):
        # a message with two rules of one category (cause) counts once for it
        col = message_rules.c[by]
        sub = sa.select(message_rules.c.message_pk, col.label("k")).distinct().subquery()
        return messages.join(sub, sub.c.message_pk == m.id), sub.c.k
    return messages, sa.literal(TOTAL)


def _where(m: Any, since: dt.date | None, until: dt.date | None, tz: dt.tzinfo) -> list[Any]:
    lo, hi = _bounds(since, until, tz)
    where = []
    if lo is not None:
        where.append(m.received_at >= lo)
    if hi is not None:
        where.append(m.received_at < hi)
    return where


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100) of ``values``; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def query_stats(conn: Connection, since: dt.date | None, until: dt.date | None, by: str,
                *, tz: dt.tzinfo | None = None,
                groups: dict[str, Sequence[str]] | None = None) -> list[StatsRow]:
    """Rows of counters per key of ``by`` (``STATS_BY``, or ``TOTAL`` for one row)."""
    if by not in (*STATS_BY, TOTAL):
        raise ValueError(f"stats: by must be one of {', '.join(STATS_BY)}")
    tz = tz or local_tz()
    m = messages.c
    where = _where(m, since, until, tz)
    src, key = _source(conn, by, tz, groups)

    q = sa.select(key.label("key"), *_counters(m)).select_from(src).where(*where)
    if by != TOTAL:
        q = q.group_by(key)
    rows = []
    for r in conn.execute(q):
        counters = {c: int(getattr(r, c)) for c in COUNTERS}
        held = counters["held"]
        rows.append(StatsRow(key=str(r.key), counters=counters, figures={
            "released_unchanged_share": (round(int(r.held_released) / held, 4)
                                         if held else None)}))
    if by == TOTAL and not rows:
        rows = [StatsRow(key=TOTAL, counters=dict.fromkeys(COUNTERS, 0),
                         figures={"released_unchanged_share": None})]
    # time to a person's decision, per key
    d = (sa.select(key.label("key"), m.received_at, m.decided_at).select_from(src)
         .where(*where, sa.or_(m.was_held, m.was_delayed),
                m.status.in_(["released", "rewritten", "cancelled"]),
                m.decided_at.is_not(None), m.decided_by != "system"))
    waits: dict[str, list[float]] = {}
    for r in conn.execute(d):
        waits.setdefault(str(r.key), []).append(
            max((r.decided_at - r.received_at).total_seconds(), 0.0))
    for row in rows:
        w = waits.get(row.key, [])
        med, p90 = median(w), percentile(w, 90)
        row.figures["decision_median_seconds"] = None if med is None else round(med)
        row.figures["decision_p90_seconds"] = None if p90 is None else round(p90)
    if by == "month":
        rows.sort(key=lambda r: r.key)
    elif by != TOTAL:
        # the privacy office reads the top causes first
        rows.sort(key=lambda r: (-r.counters["held"], -r.counters["judged"], r.key))
    return rows


FIGURES = ("decision_median_seconds", "decision_p90_seconds", "released_unchanged_share")


def hold_log_query(conn: Connection, q: HoldQuery, *, tz: dt.tzinfo | None = None
                   ) -> tuple[list[MessageRecord], int]:
    """The office's hold log: messages matching ``q``, newest first, one page."""
    tz = tz or local_tz()
    m = messages.c
    where = _where(m, q.since, q.until, tz)
    if q.held_only:   # what the guard caught: held, delayed or rejected
        where.append(sa.or_(m.was_held, m.was_delayed, m.initial_status == "rejected"))
    if q.status:
        where.append(m.status == q.status)
    if q.rule:
        where.append(m.id.in_(sa.select(message_rules.c.message_pk)
                              .where(message_rules.c.rule == q.rule)))
    if q.cause:
        where.append(m.id.in_(sa.select(message_rules.c.message_pk)
                              .where(message_rules.c.cause == q.cause)))
    if q.group:
        where.append(group_expr(m, q.groups) == q.group)
    if q.sender:
        needle = q.sender.strip().lower().replace("\\", "").replace("%", "").replace("_", "")
        if needle:
            where.append(sa.func.lower(m.sender).like(f"%{needle}%"))
    total = int(conn.execute(sa.select(sa.func.count()).select_from(messages)
                             .where(*where)).scalar() or 0)
    sel = (sa.select(messages).where(*where)
           .order_by(m.received_at.desc(), m.id.desc()).offset(q.offset))
    if q.limit is not None:
        sel = sel.limit(q.limit)
    return [_record_from_row(r) for r in conn.execute(sel)], total


def report(store: Any, since: dt.date | None, until: dt.date | None, by: str,
           *, tz: dt.tzinfo | None = None,
           groups: dict[str, Sequence[str]] | None = None) -> dict[str, Any]:
    """The SPEC's ``stats --format json`` object (each row and the total also carry
    ``FIGURES``)."""
    rows = store.stats(since, until, by, tz=tz, groups=groups)
    total = store.stats(since, until, TOTAL, tz=tz)[0]
    return {
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "by": by,
        "rows": [{"key": r.key, **r.counters, **_figures(r)} for r in rows],
        "total": {**total.counters, **_figures(total)},
    }


def _figures(row: StatsRow) -> dict[str, Any]:
    return {f: row.figures.get(f) for f in FIGURES}
