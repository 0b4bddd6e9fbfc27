"""``mailguard holds list/show/release/cancel`` and ``mailguard stats`` (SPEC "Commands").

Hooked into ``mailguard.cli`` by ``add_parsers``.  Errors are ``MailguardError``s, which
the main command prints as one line on stderr with exit status 2.  Releases and cancels
go through ``mailguard.hold.service`` like every other action on a hold, and are logged
with the acting admin (``admin:<login name>``).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import getpass
import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

from mailguard.errors import MailguardError
from mailguard.hold.store import COUNTERS, STATS_BY, STATUSES, MessageRecord, Store


def add_parsers(sub: Any) -> None:
    """Add ``holds`` and ``stats`` to the ``mailguard`` subcommands."""
    holds = sub.add_parser(
        "holds", help="list, show, release or cancel held and delayed mail",
        description="Work with held and delayed mail in the configured store. "
                    "Actions are written to the audit log as admin:<login name>.")
    hsub = holds.add_subparsers(dest="holds_command", metavar="SUBCOMMAND",
                                parser_class=type(holds))
    holds.set_defaults(func=lambda a: _usage(holds))

    p = hsub.add_parser("list", help="list holds (every status unless --status)",
                        description="List held and delayed mail, newest first, in every "
                                    "status unless --status is given; unpaged.")
    _config_arg(p)
    p.add_argument("--status", choices=STATUSES, help="only messages in this status")
    p.add_argument("--format", choices=("table", "json"), default="table",
                   help="a table, or one JSON array of objects")
    p.set_defaults(func=cmd_holds_list)

    p = hsub.add_parser("show", help="show one message: verdict, findings, audit log",
                        description="Show one message: envelope, findings (masked), "
                                    "audit log and delivery state.")
    _config_arg(p)
    p.add_argument("id", metavar="ID", help="the hold's id (from holds list)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="readable text, or one JSON object")
    p.set_defaults(func=cmd_holds_show)

    for name, what in (("release", "release a held or delayed message (it is delivered "
                                   "with retries)"),
                       ("cancel", "cancel a held or delayed message (it is never sent)")):
        p = hsub.add_parser(name, help=what, description=what[0].upper() + what[1:] + ".")
        _config_arg(p)
        p.add_argument("id", metavar="ID", help="the hold's id (from holds list)")
        p.add_argument("--reason", default="", help="why (kept in the audit log)")
        p.set_defaults(func=cmd_holds_act, action=name)

    p = sub.add_parser(
        "stats", help="counts of judged, held, released and cancelled mail",
        description="Counts of judged mail per month, rule, category, incident cause "
                    "(from each rule's source), sender group ([organization.groups]) or "
                    "sender domain: judged, passed, warned, delayed, held (every message "
                    "that was held, whatever came after), released, rewritten, cancelled "
                    "(near misses senders stopped), expired, rejected; then the median and "
                    "90th percentile time to a person's decision and the share of holds "
                    "released unchanged.  Days are local time.  CSV is UTF-8 with a BOM.")
    _config_arg(p)
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="first day included")
    p.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="last day included")
    p.add_argument("--by", choices=STATS_BY, default="month", help="what a row is (month)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help="a table, CSV with a header row, or one JSON object")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser(
        "purge", help="apply the retention settings now",
        description="Delete the raw bytes of messages decided more than retention.raw_days "
                    "ago and the statistics rows older than retention.stats_days; the run "
                    "is written to the purge log (and each message's audit log).  serve "
                    "runs the same job every retention.interval_hours.")
    _config_arg(p)
    p.add_argument("--dry-run", action="store_true", help="count what would go, delete nothing")
    p.set_defaults(func=cmd_purge)


def _config_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE",
                   help="config file (default: $MAILGUARD_CONFIG, else ./mailguard.toml, "
                        "else the embedded defaults)")


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_help(sys.stderr)
    return 2


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def open_configured_store(args: argparse.Namespace) -> Store:
    from mailguard.config import load_settings
    from mailguard.hold.store import open_configured

    return open_configured(load_settings(getattr(args, "config", None)))


def _actor() -> str:
    try:
        return f"admin:{getpass.getuser()}"
    except Exception:  # no login name (container without passwd entry)
        return "admin"


# --- holds -------------------------------------------------------------------------------

HOLD_LISTED = ("held", "delayed", "released", "rewritten", "cancelled", "expired")


def _iso(t: dt.datetime | None) -> str | None:
    return t.isoformat().replace("+00:00", "Z") if t else None


def _local(t: dt.datetime | None) -> str:
    return t.astimezone().strftime("%Y-%m-%d %H:%M") if t else ""


def record_json(r: MessageRecord) -> dict[str, Any]:
    return {"id": r.id, "status": r.status, "received_at": _iso(r.received_at),
            "sender": r.sender, "recipients": list(r.recipients), "message_id": r.message_id,
            "subject": r.subject, "action": r.action, "rules": list(r.rules), "size": r.size,
            "release_at": _iso(r.release_at), "expires_at": _iso(r.expires_at),
            "decided_at": _iso(r.decided_at), "decided_by": r.decided_by}


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cut(s: str, width: int) -> str:
    out, w = "", 0
    for c in s:
        cw = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        if w + cw > width - 1 and _width(s) > width:
            return out + "…"
        out, w = out + c, w + cw
    return out


def _table(header: Sequence[str], rows: Sequence[Sequence[str]],
           right: Sequence[int] = ()) -> str:
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(header)]
    lines = []
    for row in (header, *rows):
        cells = []
        for i, c in enumerate(row):
            pad = " " * (widths[i] - _width(c))
            cells.append(pad + c if i in right else c + pad)
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


def cmd_holds_list(args: argparse.Namespace) -> int:
    store = open_configured_store(args)
    try:
        recs = store.list(status=args.status) if args.status else store.list(statuses=HOLD_LISTED)
    finally:
        store.close()
    if args.format == "json":
        sys.stdout.write(json.dumps([record_json(r) for r in recs], ensure_ascii=False) + "\n")
        return 0
    if not recs:
        print("no holds" + (f" with status {args.status}" if args.status else ""),
              file=sys.stderr)
        return 0
    rows = []
    for r in recs:
        rcpt = r.recipients[0] if r.recipients else ""
        if len(r.recipients) > 1:
            rcpt += f" (+{len(r.recipients) - 1})"
        rows.append([r.id, r.status, _local(r.received_at), r.action, _cut(r.sender, 30),
                     _cut(rcpt, 36), _cut(r.subject, 30), ",".join(r.rules)])
    sys.stdout.write(_table(["ID", "STATUS", "RECEIVED", "ACTION", "SENDER", "RECIPIENTS",
                             "SUBJECT", "RULES"], rows))
    return 0


def cmd_holds_show(args: argparse.Namespace) -> int:
    from mailguard.hold.service import HoldNotFound

    store = open_configured_store(args)
    try:
        rec = store.get(args.id)
        if rec is None:
            raise HoldNotFound(args.id)
        evs = store.events(rec.id)
        delivery = store.delivery(rec.id)
    finally:
        store.close()
    if args.format == "json":
        obj = record_json(rec)
        obj["verdict"] = rec.verdict
        obj["events"] = [{"at": _iso(e.at), "event": e.event, "actor": e.actor,
                          "client": e.client, "reason": e.reason} for e in evs]
        obj["delivery"] = None if delivery is None else {
            "state": delivery.state, "attempts": delivery.attempts,
            "next_attempt_at": _iso(delivery.next_attempt_at),
            "last_error": delivery.last_error, "done_at": _iso(delivery.done_at)}
        sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        return 0
    out = [f"id:          {rec.id}",
           f"status:      {rec.status}",
           f"action:      {rec.action}",
           f"received:    {_local(rec.received_at)}",
           f"sender:      {rec.sender}",
           f"envelope:    {rec.mail_from}",
           f"recipients:  {', '.join(rec.recipients)}",
           f"subject:     {rec.subject}",
           f"message-id:  {rec.message_id}",
           f"size:        {rec.size} bytes"]
    if rec.release_at:
        out.append(f"release at:  {_local(rec.release_at)}")
    if rec.expires_at:
        out.append(f"expires at:  {_local(rec.expires_at)}")
    if rec.decided_at:
        out.append(f"decided:     {_local(rec.decided_at)} by {rec.decided_by}")
    findings = rec.verdict.get("findings") or []
    out.append(f"findings:    {len(findings)}")
    for f in findings:
        out.append(f"  [{f.get('action', '')}] {f.get('rule', '')} ({f.get('where', '')})")
        if f.get("message"):
            out.append(f"      {f['message']}")
        for e in f.get("entities") or ():
            ex = ", ".join(e.get("examples") or ())
            out.append(f"      {e.get('type')} × {e.get('count')}" + (f": {ex}" if ex else ""))
    out.append("audit log:")
    for e in evs:
        who = e.actor + (f" from {e.client}" if e.client else "")
        out.append(f"  {_local(e.at)}  {e.event:<16} {who}" + (f"  ({e.reason})" if e.reason
                                                                else ""))
    if delivery is not None:
        line = f"delivery:    {delivery.state}, {delivery.attempts} attempt(s)"
        if delivery.state == "pending":
            line += f", next at {_local(delivery.next_attempt_at)}"
        if delivery.last_error:
            line += f", last error: {delivery.last_error}"
        out.append(line)
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def cmd_holds_act(args: argparse.Namespace) -> int:
    from mailguard.hold import service

    store = open_configured_store(args)
    try:
        act = service.release if args.action == "release" else service.cancel
        rec = act(store, args.id, actor=_actor(), client="cli", reason=args.reason)
    finally:
        store.close()
    if args.action == "release":
        print(f"{rec.id}: released; queued for delivery to {len(rec.recipients)} "
              "recipient(s)")
    else:
        print(f"{rec.id}: cancelled; it will not be sent")
    return 0


# --- stats -------------------------------------------------------------------------------

HEADS = {"month": "MONTH", "rule": "RULE", "category": "CATEGORY", "cause": "CAUSE",
         "group": "GROUP", "sender-domain": "SENDER DOMAIN"}


def _figure(value: object, kind: str, readable: bool = False) -> str:
    """A figure for CSV (seconds, a share 0..1) or, ``readable``, for the table
    (3h05m, 33%)."""
    if value is None:
        return "" if not readable else "-"
    if kind == "share":
        share = float(value)   # type: ignore[arg-type]
        return f"{share * 100:.0f}%" if readable else f"{share:.3f}"
    if not readable:
        return str(value)
    s = int(value)   # type: ignore[call-overload]
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m"
    if s < 48 * 3600:
        return f"{s // 3600}h{s % 3600 // 60:02d}m"
    return f"{s // 86400}d{s % 86400 // 3600:02d}h"


def cmd_stats(args: argparse.Namespace) -> int:
    from mailguard.config import load_settings
    from mailguard.hold.stats import FIGURES, report

    if args.since and args.until and args.since > args.until:
        raise MailguardError(f"stats: --since {args.since} is after --until {args.until}")
    settings = load_settings(getattr(args, "config", None))
    from mailguard.hold.store import open_configured

    store = open_configured(settings)
    try:
        rep = report(store, args.since, args.until, args.by,
                     groups=settings.organization.groups)
    finally:
        store.close()
    if args.format == "json":
        sys.stdout.write(json.dumps(rep, ensure_ascii=False) + "\n")
        return 0
    kinds = ["seconds", "seconds", "share"]

    readable = args.format == "table"

    def line(key: str, r: dict[str, Any]) -> list[str]:
        return [key, *(str(r[c]) for c in COUNTERS),
                *(_figure(r[f], k, readable) for f, k in zip(FIGURES, kinds, strict=True))]

    rows = [line(r["key"], r) for r in rep["rows"]]
    total = line("total", rep["total"])
    if args.format == "csv":
        # a BOM, so Excel opens the Japanese keys as UTF-8
        sys.stdout.write("\ufeff")
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["key", *COUNTERS, *FIGURES])
        w.writerows(rows)
        w.writerow(total)
        return 0
    span = (f"{args.since or '…'} – {args.until or '…'}" if args.since or args.until
            else "all dates")
    sys.stdout.write(f"mailguard stats by {args.by}, {span}\n")
    header = [HEADS[args.by], *(c.upper() for c in COUNTERS), "DECIDED-IN-MEDIAN",
              "P90", "RELEASED-UNCHANGED"]
    sys.stdout.write(_table(header, [*rows, total], right=range(1, len(header))))
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from mailguard.config import load_settings
    from mailguard.hold.store import open_configured
    from mailguard.office.retention import purge_now

    settings = load_settings(getattr(args, "config", None))
    store = open_configured(settings)
    try:
        res = purge_now(store, settings.retention, actor=_actor(), dry_run=args.dry_run)
    finally:
        store.close()
    verb = "would delete" if args.dry_run else "deleted"
    print(f"purge: {verb} the raw bytes of {res.blobs} message blob(s) decided more than "
          f"{settings.retention.raw_days:g} day(s) ago and {res.messages} statistics row(s) "
          f"older than {settings.retention.stats_days:g} day(s)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``mailguard`` with only these subcommands (tests; the real entry is cli.main)."""
    from mailguard.cli import main as cli_main

    return cli_main(argv)
