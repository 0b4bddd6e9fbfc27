"""The figures of the office dashboard, from the store's statistics.

- near misses per month by incident cause: holds that senders cancelled or sent as Bcc
  (incidents that did not happen), stacked by cause;
- the hold rate per month: held or delayed / judged;
- per rule: how its holds ended (released unchanged, rewritten to Bcc, cancelled,
  expired, still open), the share released unchanged (a noisy rule), time to decision;
- the sender groups with the most holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from mailguard.hold.store import NO_GROUP, Store
from mailguard.office import charts


def group_of(sender: str, groups: dict[str, Sequence[str]]) -> str:
    """The first ``[organization.groups]`` entry naming ``sender`` (as stats does)."""
    addr = (sender or "").strip().lower()
    dom = addr.rpartition("@")[2]
    for name, members in groups.items():
        for entry in members:
            e = str(entry).strip().lower()
            if e.startswith("@"):
                if dom == e[1:] or dom.endswith("." + e[1:]):
                    return str(name)
            elif e == addr:
                return str(name)
    return NO_GROUP


def months(since: dt.date, until: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """(YYYY-MM, first day, last day) of each month from ``since`` to ``until``."""
    out = []
    y, m = since.year, since.month
    while (y, m) <= (until.year, until.month):
        first = dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        out.append((f"{y:04d}-{m:02d}", max(first, since),
                    min(nxt - dt.timedelta(days=1), until)))
        y, m = nxt.year, nxt.month
    return out


@dataclass
class Dashboard:
    months: list[str]
    causes: list[str]
    near_misses: dict[str, list[int]]       # cause → per month
    hold_rates: list[float | None]
    per_month: list[dict[str, Any]]
    rules: list[dict[str, Any]]
    groups: list[dict[str, Any]]
    total: dict[str, Any]
    charts: dict[str, Markup] = field(default_factory=dict)
    legend: list[tuple[str, str]] = field(default_factory=list)   # (cause, colour)


def dashboard(store: Store, since: dt.date, until: dt.date, *, tz: dt.tzinfo,
              groups: dict[str, Sequence[str]]) -> Dashboard:
    spans = months(since, until)
    by_month = {r.key: r for r in store.stats(since, until, "month", tz=tz)}
    near: dict[str, list[int]] = {}
    for i, (_, first, last) in enumerate(spans):
        for r in store.stats(first, last, "cause", tz=tz):
            n = r.counters["cancelled"] + r.counters["rewritten"]
            if n:
                near.setdefault(r.key, [0] * len(spans))[i] = n
    causes = sorted(near, key=lambda c: -sum(near[c]))
    per_month, rates = [], []
    for key, _, _ in spans:
        row = by_month.get(key)
        c = row.counters if row else {}
        judged = c.get("judged", 0)
        caught = c.get("held", 0) + c.get("delayed", 0)
        rate = caught / judged if judged else None
        rates.append(rate)
        per_month.append({"month": key, "judged": judged, "held": c.get("held", 0),
                          "delayed": c.get("delayed", 0),
                          "near": c.get("cancelled", 0) + c.get("rewritten", 0),
                          "rate": rate})
    rules = []
    for r in store.stats(since, until, "rule", tz=tz):
        c = r.counters
        caught = c["held"] + c["delayed"]
        if not caught:
            continue
        ended = c["released"] + c["rewritten"] + c["cancelled"] + c["expired"]
        parts = [("released", c["released"]), ("rewritten", c["rewritten"]),
                 ("cancelled", c["cancelled"]), ("expired", c["expired"]),
                 ("open", max(caught - ended, 0))]
        rules.append({"rule": r.key, "caught": caught, **c, **r.figures,
                      "bar": charts.outcome_bar(parts, f"{r.key}")})
    top = [{"group": r.key, **r.counters, **r.figures}
           for r in store.stats(since, until, "group", tz=tz, groups=groups)
           if r.counters["held"] or r.counters["delayed"]][:10]
    total = store.stats(since, until, "total", tz=tz)[0]
    d = Dashboard(months=[k for k, _, _ in spans], causes=causes, near_misses=near,
                  hold_rates=rates, per_month=per_month, rules=rules, groups=top,
                  total={**total.counters, **total.figures})
    d.charts["near"] = charts.stacked_columns(
        d.months, [(c, near[c]) for c in causes],
        "月別・原因別のヒヤリハット件数 / Near misses per month by cause",
        totals=[m["near"] for m in per_month])
    d.charts["rate"] = charts.rate_line(d.months, rates, "月別の保留率 / Hold rate per month")
    d.legend = [(c, charts.colour(i)) for i, c in enumerate(causes)]
    return d
