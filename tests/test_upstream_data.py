"""The relay's stand-ins for aiosmtplib's DATA line-ending and dot-stuffing passes give
the same bytes as aiosmtplib's own, for every input (the end-to-end dot-stuffing and
smuggling checks are in test_smuggling.py)."""

from __future__ import annotations

import random
import re

from aiosmtplib import protocol

from mailguard.smtp.upstream import Upstream, UpstreamSettings, install_fast_data

# aiosmtplib's own, as its protocol module has them
LINE_ENDINGS = re.compile(rb"(?:\r\n|\n|\r(?!\n))")
PERIOD = re.compile(rb"(?m)^\.")


def original(message: bytes) -> bytes:
    message = LINE_ENDINGS.sub(b"\r\n", message)
    if not message.endswith(b"\r\n"):
        message += b"\r\n"
    return PERIOD.sub(b"..", message)


def fast(message: bytes) -> bytes:
    return protocol.PERIOD_REGEX.sub(b"..", protocol.normalize_message_line_endings(message))


def test_an_upstream_installs_them():
    Upstream(UpstreamSettings(host="127.0.0.1", port=25))
    assert getattr(protocol.normalize_message_line_endings, "mailguard_fast", False)
    assert type(protocol.PERIOD_REGEX).__name__ == "_FastDotStuffing"
    assert install_fast_data()  # again: nothing wraps twice
    assert protocol.normalize_message_line_endings(b"a\nb") == b"a\r\nb\r\n"


def test_same_bytes_as_aiosmtplib():
    install_fast_data()
    rng = random.Random(7)
    cases = [b"", b".", b"..", b".\r\n", b"\r\n.", b"a\r\n.b\r\n..c\r\n", b"\n.\n",
             b"\r.\r\n", b"a\rb\nc\r\n.d", b"x" * 5 + b"\r\n" * 3, "日本語\r\n.。".encode()]
    for _ in range(20000):
        cases.append(bytes(rng.choice(b"a.\r\n") for _ in range(rng.randint(0, 16))))
    for c in cases:
        assert fast(c) == original(c), c
