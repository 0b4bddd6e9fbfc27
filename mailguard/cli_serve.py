"""``mailguard serve``, ``mailguard demo`` and ``mailguard hash-password``.

Hooked into ``mailguard.cli`` by ``add_parsers``.  Errors are ``MailguardError``s, which
the main command prints as one line on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from typing import Any

from mailguard.errors import MailguardError


def add_parsers(sub: Any) -> None:
    serve = sub.add_parser(
        "serve", help="run the relay, the review pages and the background workers",
        description="Run the SMTP relay on relay.listen, relaying what passes to "
                    "relay.upstream and keeping held mail in the store, with the delivery "
                    "worker (and the review pages and notices when installed). SIGTERM or "
                    "Ctrl-C shuts down cleanly: messages in flight are finished, idle "
                    "clients are told to come back (421).")
    serve.add_argument("--config", metavar="FILE",
                       help="config file (default: $MAILGUARD_CONFIG, else ./mailguard.toml, "
                            "else the embedded defaults)")
    serve.add_argument("-v", "--verbose", action="store_true",
                       help="log one line per message (ids and rule ids only)")
    serve.set_defaults(func=cmd_serve)

    demo = sub.add_parser(
        "demo", help="self-contained demo: relay, a local sink, the web UI, sample mail",
        description="Start the relay with a local sink standing in for the upstream and a "
                    "throw-away store, send the example messages through it, and print "
                    "what passed and what was held. Nothing leaves this machine.")
    demo.add_argument("--examples", metavar="DIR",
                      help="folder of .eml files (default: the project's examples/; "
                           "a few generated messages when there is none)")
    demo.add_argument("--no-wait", action="store_true",
                      help="exit after the report instead of keeping the relay and the web "
                           "pages running until Ctrl-C")
    demo.set_defaults(func=cmd_demo)

    hp = sub.add_parser(
        "hash-password",
        help="hash a password for [web.admins], [relay.users] or relay.users_file",
        description="Read a password (twice from the terminal, or one line from standard "
                    "input) and print its hash, for the office login ([web.admins] NAME = "
                    "\"HASH\"), SMTP AUTH ([relay.users] NAME = \"HASH\") or a NAME:HASH "
                    "line of relay.users_file.")
    hp.add_argument("--scheme", choices=("scrypt", "pbkdf2_sha256"), default="scrypt")
    hp.set_defaults(func=cmd_hash_password)


def cmd_serve(args: argparse.Namespace) -> int:
    from mailguard.config import load_settings
    from mailguard.serve import run, serve, setup_logging

    settings = load_settings(args.config)
    setup_logging(settings, verbose=args.verbose)
    return int(run(lambda: serve(settings)))


def cmd_demo(args: argparse.Namespace) -> int:
    from mailguard.demo import run_demo
    from mailguard.serve import quiet_libraries, run

    logging.getLogger("mailguard").setLevel(logging.ERROR)
    quiet_libraries()
    return int(run(lambda: run_demo(args.examples, wait=not args.no_wait)))


def cmd_hash_password(args: argparse.Namespace) -> int:
    from mailguard.smtp.auth import hash_password

    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != first:
            raise MailguardError("the two passwords differ")
    else:
        first = sys.stdin.readline().rstrip("\r\n")
    if not first:
        raise MailguardError("empty password")
    print(hash_password(first, args.scheme))
    return 0
