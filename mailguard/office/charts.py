"""Charts for the office dashboard, drawn on the server as inline SVG.

No JavaScript, no CDN: the page works offline and under the review pages' strict
Content-Security-Policy.  Colours are presentation attributes (not inline CSS, which
the policy forbids); every chart has a ``<title>`` and the numbers also appear in a
table next to it, so nothing depends on reading colours.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

PALETTE = ("#1f5fbf", "#e07b00", "#2e7d32", "#b42318", "#6a1b9a", "#00838f", "#8d6e63",
           "#546e7a")
OUTCOMES = {"released": "#1f5fbf", "rewritten": "#2e7d32", "cancelled": "#e07b00",
            "expired": "#9e9e9e", "open": "#cfd8dc"}


def colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def stacked_columns(labels: Sequence[str], series: Sequence[tuple[str, Sequence[int]]],
                    title: str, *, height: int = 220,
                    totals: Sequence[int] | None = None) -> Markup:
    """Columns per label (months), each stacked by series (causes); ``totals`` are the
    numbers written over the columns (default: the column's sum; a message with two
    causes is in two series, so the office passes the count of messages)."""
    n = max(len(labels), 1)
    col, gap, left, bottom, top = 34, 14, 36, 34, 18
    width = left + n * (col + gap) + gap
    sums = [sum(s[1][i] for s in series) for i in range(len(labels))]
    totals = list(totals) if totals is not None else sums
    peak = max([*sums, 1])
    scale = (height - bottom - top) / peak
    out = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
           f"<title>{escape(title)}</title>"]
    base = height - bottom
    out.append(f'<line x1="{left}" y1="{base}" x2="{width}" y2="{base}" stroke="#90a4ae"/>')
    for i, label in enumerate(labels):
        x = left + gap + i * (col + gap)
        y = base
        for j, (name, values) in enumerate(series):
            v = values[i]
            if not v:
                continue
            h = v * scale
            y -= h
            out.append(f'<rect x="{x}" y="{y:.1f}" width="{col}" height="{h:.1f}" '
                       f'fill="{colour(j)}"><title>{escape(label)} {escape(name)}: {v}'
                       "</title></rect>")
        if totals[i]:
            out.append(f'<text x="{x + col / 2}" y="{y - 3:.1f}" font-size="10" '
                       f'text-anchor="middle" fill="#1d232a">{totals[i]}</text>')
        out.append(f'<text x="{x + col / 2}" y="{base + 14}" font-size="10" '
                   f'text-anchor="middle" fill="#5b6670">{escape(label[-5:])}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def rate_line(labels: Sequence[str], rates: Sequence[float | None], title: str, *,
              height: int = 160) -> Markup:
    """A line of percentages per label (the hold rate per month)."""
    n = max(len(labels), 1)
    step, left, bottom, top = 48, 40, 28, 12
    width = left + n * step
    peak = max([r for r in rates if r is not None] + [0.01])
    scale = (height - bottom - top) / peak
    base = height - bottom
    out = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
           f"<title>{escape(title)}</title>",
           f'<line x1="{left}" y1="{base}" x2="{width}" y2="{base}" stroke="#90a4ae"/>',
           f'<text x="{left - 6}" y="{top + 8}" font-size="10" text-anchor="end" '
           f'fill="#5b6670">{peak * 100:.1f}%</text>']
    points = []
    for i, (label, r) in enumerate(zip(labels, rates, strict=True)):
        x = left + step / 2 + i * step
        out.append(f'<text x="{x}" y="{base + 14}" font-size="10" text-anchor="middle" '
                   f'fill="#5b6670">{escape(label[-5:])}</text>')
        if r is None:
            continue
        y = base - r * scale
        points.append(f"{x:.1f},{y:.1f}")
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="#b42318">'
                   f"<title>{escape(label)}: {r * 100:.1f}%</title></circle>")
    if len(points) > 1:
        out.insert(4, f'<polyline points="{" ".join(points)}" fill="none" '
                      'stroke="#b42318" stroke-width="2"/>')
    out.append("</svg>")
    return Markup("".join(out))


def outcome_bar(parts: Sequence[tuple[str, int]], title: str, *, width: int = 220,
                height: int = 14) -> Markup:
    """One horizontal bar split by outcome (released / rewritten / cancelled ...)."""
    total = sum(v for _, v in parts) or 1
    out = [f'<svg class="outcome" role="img" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" xmlns="http://www.w3.org/2000/svg">'
           f"<title>{escape(title)}</title>"]
    x = 0.0
    for name, v in parts:
        if not v:
            continue
        w = width * v / total
        out.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="{height}" '
                   f'fill="{OUTCOMES.get(name, "#90a4ae")}"><title>{escape(name)}: {v}'
                   "</title></rect>")
        x += w
    out.append("</svg>")
    return Markup("".join(out))
