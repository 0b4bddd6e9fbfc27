"""MAIL/RCPT paths: the relay's short way for a plain ``<local@domain>`` gives aiosmtpd's
answer (address and rest) for every input; anything else takes aiosmtpd's own parser."""

from __future__ import annotations

import random

from aiosmtpd.smtp import SMTP

from mailguard.smtp.server import _PLAIN_PATH, GuardSMTP


class Paths(GuardSMTP):
    def __init__(self, local_part_limit: int):  # just what _getaddr reads
        self.local_part_limit = local_part_limit


def _outcome(fn, *args):
    try:
        return fn(*args)
    except Exception as e:  # aiosmtpd itself raises on some inputs ("<"): so must we
        return ("raised", type(e).__name__)


def test_same_address_and_rest_as_aiosmtpd():
    rng = random.Random(11)
    pieces = ["a", "B", "0", ".", "-", "_", "+", "~", "@", "<", ">", " ", "\t", "(", ")",
              "x.y", "example.co.jp", '"', "[", "]", ",", ":", "é", "SIZE=1", "a@b", "<a@b>"]
    cases = ["<taro@example.co.jp> SIZE=1 BODY=8BITMIME", "<a@b>", "<a@b>\t\tX", "<a@b> (c) X",
             "<>", "<> SIZE=1", "<a..b@c>", "<.a@c>", "<a@b.>", "<a@[192.0.2.1]>", "<@r:a@b>",
             "<a@b>(c)", '<"a b"@c>', "<山田@example.jp>", "<" + "x" * 65 + "@example.jp>"]
    for _ in range(40000):
        arg = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        cases.append("<" + arg if rng.random() < 0.5 else arg)
    short = 0
    for limit in (0, 3, 64):
        paths = Paths(limit)
        for arg in cases:
            assert _outcome(paths._getaddr, arg) == _outcome(SMTP._getaddr, paths, arg), arg
            short += _PLAIN_PATH.match(arg) is not None
    assert short > 1000  # the short way was taken, and compared
