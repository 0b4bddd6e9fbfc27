"""The ``mailguard`` command (SPEC "Commands").

Every error a user can cause ends as one line on stderr and exit status 2; a traceback
never reaches a user.  ``check`` exits 0 when every message would pass (warnings
allowed), 1 when at least one would be delayed, held or rejected.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from mailguard import __version__, cli_serve, cli_store
from mailguard.config import LANGS, Settings, load_settings
from mailguard.errors import InputError, MailguardError, RuleFileError
from mailguard.history import cli as history_cli
from mailguard.policy.verdict import Action, Verdict

log = logging.getLogger("mailguard")

EXIT_OK, EXIT_HELD, EXIT_USAGE = 0, 1, 2

ACTION_LABEL = {
    "ja": {"pass": "送信可", "warn": "警告", "delay": "送信遅延", "hold": "保留", "reject": "拒否"},
    "en": {"pass": "PASS", "warn": "WARN", "delay": "DELAY", "hold": "HOLD", "reject": "REJECT"},
}


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="mailguard", description=(
        "Pre-send email guard: an SMTP relay that holds misdirected mail and personal "
        "data before it leaves."))
    parser.add_argument("--version", action="version", version=f"mailguard {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = sub.add_parser("check", help="judge .eml files exactly as the relay would",
                           description="Judge messages as the relay would. Exit 0: all "
                           "would pass (warnings allowed); 1: at least one would be delayed, "
                           "held or rejected; 2: bad usage or unreadable input.")
    _config_arg(check)
    check.add_argument("--format", choices=("text", "json"), default="text",
                       help="text report, or JSON Lines (one verdict object per file)")
    check.add_argument("--lang", choices=LANGS, help="report language (default: from config)")
    check.add_argument("files", nargs="+", metavar="FILE.eml",
                       help="message files ('-' reads standard input)")
    check.set_defaults(func=cmd_check)

    rules = sub.add_parser("rules", help="work with rule files")
    rsub = rules.add_subparsers(dest="rules_command", metavar="SUBCOMMAND", parser_class=_Parser)
    rules.set_defaults(func=lambda a: _missing_sub(rules))
    lint = rsub.add_parser("lint", help="check rule files and report every problem",
                           description="Check rule files (default: those the config uses) "
                           "and report every problem with file and line. Exit 0 when "
                           "clean, 1 when problems were found, 2 on bad usage.")
    _config_arg(lint)
    lint.add_argument("paths", nargs="*", metavar="PATH", help="rule files or folders")
    lint.set_defaults(func=cmd_rules_lint)

    # holds, stats (cli_store) and serve, demo, hash-password (cli_serve)
    cli_store.add_parsers(sub)
    cli_serve.add_parsers(sub)
    history_cli.add_parsers(sub)
    return parser


def _config_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE",
                   help="config file (default: $MAILGUARD_CONFIG, else ./mailguard.toml, "
                        "else the embedded defaults)")


def _missing_sub(p: argparse.ArgumentParser) -> int:
    p.print_help(sys.stderr)
    return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="mailguard: %(levelname)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args) or 0)
    except MailguardError as e:
        print(f"mailguard: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def settings_from(args: argparse.Namespace) -> Settings:
    return load_settings(getattr(args, "config", None))


# --- check -----------------------------------------------------------------------------------

def _read_input(name: str, max_size: int) -> bytes:
    """The message bytes; a message larger than the relay accepts is refused the same
    way (the relay answers 552), before it is read into memory."""
    too_big = InputError(f"{name}: larger than relay.max_message_size ({max_size} bytes); "
                         "the relay would refuse it")
    try:
        if name == "-":
            data = sys.stdin.buffer.read(max_size + 1)
            if len(data) > max_size:
                raise too_big
            return data
        path = Path(name)
        if path.is_dir():
            raise InputError(f"{name}: is a folder, not a message file")
        if path.stat().st_size > max_size:
            raise too_big
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as e:
        raise InputError(f"{name}: cannot read: {e.strerror or e}") from None


def cmd_check(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from mailguard.app import build_engine
    from mailguard.pipeline import fail_closed, judge

    settings = settings_from(args)
    if args.lang:
        settings = replace(settings, report=replace(settings.report, lang=args.lang))
    engine = build_engine(settings)
    worst, unreadable = Action.PASS, False
    for name in args.files:
        try:
            raw = _read_input(name, settings.relay.max_message_size)
            verdict = judge(raw, engine, source=name)
        except InputError as e:
            print(f"mailguard: {name}: {e}" if not str(e).startswith(name) else
                  f"mailguard: {e}", file=sys.stderr)
            unreadable = True
            continue
        except RecursionError as e:
            verdict = fail_closed(name, e, engine)
        except Exception as e:  # fail closed: a bug holds the message, it never passes
            log.debug("judging %s failed", name, exc_info=True)
            verdict = fail_closed(name, e, engine)
        worst = max(worst, verdict.action)
        if args.format == "json":
            sys.stdout.write(json.dumps(verdict.to_json(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(render_report(verdict, engine.lang))
        sys.stdout.flush()
    if unreadable:
        return EXIT_USAGE
    return EXIT_HELD if worst >= Action.DELAY else EXIT_OK


def render_report(v: Verdict, lang: str) -> str:
    """A readable report: per finding what was found, where, and what to do."""
    labels = ACTION_LABEL[lang]
    ja = lang == "ja"
    lines = [f"{v.source}: {labels[str(v.action)]} ({v.action})"]
    if not v.findings:
        lines.append("  問題は見つかりませんでした。" if ja else "  Nothing found.")
    for f in v.findings:
        lines.append(f"  [{labels[str(f.action)]}] {f.title}  ({f.rule}, {f.where})")
        lines.append(f"      {f.message}")
        for e in f.entities:
            ex = ", ".join(e.examples)
            lines.append(f"      {e.type} × {e.count}" + (f": {ex}" if ex else ""))
        if f.recipients:
            shown = ", ".join(f.recipients[:5]) + (" …" if len(f.recipients) > 5 else "")
            lines.append(("      宛先: " if ja else "      recipients: ") + shown)
        if f.advice:
            lines.append(f"      → {f.advice}")
    if v.defects:
        codes = ", ".join(sorted({d["code"] for d in v.defects}))
        lines.append(("  読み取りの注記: " if ja else "  reading notes: ") + codes)
    return "\n".join(lines) + "\n"


# --- rules lint ------------------------------------------------------------------------------

def cmd_rules_lint(args: argparse.Namespace) -> int:
    from mailguard.detect.registry import builtin_detectors
    from mailguard.policy.ruleset import lint, load_ruleset, rule_files

    detectors = builtin_detectors()
    if args.paths:
        files = rule_files(args.paths)
    else:
        settings = settings_from(args)
        files = rule_files(settings.rules.paths, settings.base_dir)
    if not files:
        print("mailguard: no rule files found", file=sys.stderr)
        return EXIT_USAGE
    problems = lint(files, detectors)
    if not args.paths and not problems:
        try:  # the config's overrides must fit the rules too
            load_ruleset(settings, detectors)
        except RuleFileError as e:
            problems = e.problems
    for file, line, text in problems:
        print(f"{file}:{line}: {text}")
    count = sum(1 for _ in files)
    if problems:
        print(f"{len(problems)} problem(s) in {count} file(s)", file=sys.stderr)
        return EXIT_HELD
    print(f"ok: {count} file(s) checked", file=sys.stderr)
    return EXIT_OK
