"""``mailguard history import`` and ``mailguard history show`` (SPEC "Commands")."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from mailguard.errors import MailguardError


def add_parsers(sub: Any) -> None:
    history = sub.add_parser(
        "history", help="seed or inspect the sending history (the history detectors)",
        description="The sending history: which external addresses and organisations the "
                    "organisation has written to, under which names. The relay adds every "
                    "delivered message; import seeds it from earlier mail.")
    hsub = history.add_subparsers(dest="history_command", metavar="SUBCOMMAND",
                                  parser_class=type(history))
    history.set_defaults(func=lambda a: _usage(history))

    p = hsub.add_parser(
        "import", help="seed the history from a Postfix log, an mbox or a Maildir",
        description="Seed the sending history from mail sent before mailguard: a Postfix "
                    "mail log (addresses and dates), or an mbox file / Maildir folder of "
                    "sent mail (From, To/Cc, Date, display names, the salutation of the new "
                    "text). Imported mail counts with its own date, so importing older "
                    "mail ends the warm-up at once. Importing the same mail twice counts "
                    "it once. Unreadable lines or messages are counted and skipped. "
                    "'-' reads a Postfix log from standard input.")
    _config_arg(p)
    p.add_argument("--format", choices=("postfix", "mbox", "maildir"), default="postfix",
                   help="what PATH is (default: postfix)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="log files, mbox files or "
                   "Maildir folders")
    p.set_defaults(func=cmd_import)

    p = hsub.add_parser(
        "show", help="what the history knows about an address or a domain",
        description="What the sending history knows about an external address or "
                    "organisation (domain): since when and how often it was written to, "
                    "by whom, under which names, with which other organisations, and "
                    "whether the history detectors are past their warm-up. Person names "
                    "are masked.")
    _config_arg(p)
    p.add_argument("target", metavar="ADDRESS|DOMAIN")
    p.set_defaults(func=cmd_show)


def _config_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE",
                   help="config file (default: $MAILGUARD_CONFIG, else ./mailguard.toml, "
                        "else the embedded defaults)")


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_help(sys.stderr)
    return 2


def cmd_import(args: argparse.Namespace) -> int:
    from mailguard.config import load_settings
    from mailguard.history.importer import (
        ImportResult,
        mail_observations,
        postfix_observations,
        run_import,
    )
    from mailguard.hold.sql import SqlStore
    from mailguard.mime.addresses import normalize_domain

    settings = load_settings(args.config)
    internal = tuple(normalize_domain(d) for d in settings.organization.internal_domains)
    paths = []
    for name in args.paths:
        path = Path(name)
        if name != "-" and not path.exists():
            raise MailguardError(f"{name}: no such file or folder")
        if args.format == "postfix" and path.is_dir():
            raise MailguardError(f"{name}: is a folder, not a Postfix log")
        if args.format == "mbox" and path.is_dir():
            raise MailguardError(f"{name}: is a folder (use --format maildir)")
        if args.format == "maildir" and name != "-" and not path.is_dir():
            raise MailguardError(f"{name}: not a Maildir folder")
        paths.append(path)
    result = ImportResult()
    store = SqlStore(settings.store.url, base_dir=settings.base_dir)
    try:
        if args.format == "postfix":
            for path, name in zip(paths, args.paths, strict=True):
                run_import(store, postfix_observations(_lines(path, name), internal, result),
                           result)
        else:
            run_import(store, mail_observations(paths, args.format, internal, result),
                       result)
    finally:
        store.close()
    unit = "lines" if args.format == "postfix" else "messages"
    for note in result.notes:
        print(f"mailguard: {note}", file=sys.stderr)
    print(f"read {result.read} {unit}: {result.messages} messages to external recipients, "
          f"{result.added} added to the history ({result.messages - result.added} "
          f"imported before), {result.bad} unreadable {unit} skipped")
    return 0


def _lines(path: Path, name: str) -> Any:
    if name == "-":
        yield from (line for line in sys.stdin.buffer.read().decode(
            "utf-8", "replace").splitlines())
        return
    try:
        with open(path, "rb") as f:
            for raw in f:
                yield raw.decode("utf-8", "replace")
    except OSError as e:
        raise MailguardError(f"{name}: cannot read: {e.strerror or e}") from None


def cmd_show(args: argparse.Namespace) -> int:
    from mailguard.config import load_settings
    from mailguard.detect.entities.base import mask_text
    from mailguard.history.observe import norm_address
    from mailguard.history.store import HistoryReader
    from mailguard.history.view import HistoryView
    from mailguard.mime.addresses import normalize_domain, organization_of, unicode_domain

    settings = load_settings(args.config)
    reader = HistoryReader(settings.store.url, base_dir=settings.base_dir)
    view = HistoryView.from_settings(settings, reader)
    target = args.target.strip()
    out: list[str] = []
    try:
        oldest = reader.oldest()
        if oldest is None:
            out.append("history: empty (nothing recorded or imported yet); the history "
                       "detectors are silent")
        else:
            state = "active" if view.warm() else \
                f"warming up ({settings.history.warmup_days} days): detectors silent"
            out.append(f"history: since {_day(oldest)}; detectors {state}")
        if "@" in target:
            got = norm_address(target)
            if got is None:
                raise MailguardError(f"{target}: not a mail address")
            address, domain = got
            org = organization_of(domain)
            seen = reader.contacts([address]).get(address)
            if seen is None:
                out.append(f"{address}: never written to (a first contact)")
            else:
                out.append(f"{address}: {seen.count} messages, first {_day(seen.first_seen)}, "
                           f"last {_day(seen.last_seen)}")
                for use in reader.names_of([address]):
                    out.append(f"  display name {mask_text(use.name)}: {use.count} messages")
                for sender, s in reader.senders_of(address):
                    out.append(f"  from {sender}: {s.count} messages")
        else:
            try:
                org = organization_of(normalize_domain(target))
            except ValueError:
                raise MailguardError(f"{target}: not an address or a domain") from None
        oseen = reader.orgs([org]).get(org)
        dom = unicode_domain(org)
        if oseen is None:
            out.append(f"{dom}: no one has written to this organisation (a first contact)")
        else:
            est = view.established([org])
            out.append(f"{dom}: {oseen.count} messages to {reader.org_address_count(org)} "
                       f"addresses, first {_day(oseen.first_seen)}, last "
                       f"{_day(oseen.last_seen)}"
                       + ("; an established correspondent (lookalike_domain silent)"
                          if est else ""))
            if "@" not in target:
                for address, s in reader.org_contacts(org, limit=10):
                    out.append(f"  {address}: {s.count} messages, last {_day(s.last_seen)}")
            peers = reader.peers_of(org)
            if peers:
                out.append("  recipients together with: " + ", ".join(
                    f"{unicode_domain(p)} ({n})" for p, n in peers))
            for s in reader.salutations_of(org):
                name = s.name if s.kind == "org" else mask_text(s.name) + " 様"
                out.append(f"  addressed as 「{name}」 ({s.kind}): {s.count} messages")
    finally:
        reader.close()
    print("\n".join(out))
    return 0


def _day(t: dt.datetime) -> str:
    return t.astimezone().strftime("%Y-%m-%d")
