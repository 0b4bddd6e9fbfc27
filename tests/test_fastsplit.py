"""The MIME fast path (mailguard/mime/fastsplit.py) gives exactly the stdlib parser's
tree, or gives up: on hand-made edge cases, on the fuzz seeds and on thousands of
mutations of them."""

from __future__ import annotations

import email
import email.message
import email.policy
import random

import pytest
from fuzzkit import SEED_DIR, mail_mutate

from mailguard.mime import fastsplit
from mailguard.mime.parse import parse_message

POLICY = email.policy.compat32


def tree(msg: email.message.Message) -> list[tuple]:
    """Everything the parser decides about a message, part by part."""
    return [(type(p).__name__, list(p._headers), p.get_unixfrom(),
             p._payload if isinstance(p._payload, str) else len(p._payload or []),
             p.preamble, p.epilogue, [type(d).__name__ for d in p.defects],
             p.get_default_type()) for p in msg.walk()]


def same_or_gave_up(raw: bytes) -> bool:
    """True when the fast path took ``raw`` (and then it must agree with the stdlib)."""
    fast = fastsplit.parse(raw, POLICY)
    if fast is None:
        return False
    assert tree(fast) == tree(email.message_from_bytes(raw, policy=POLICY))
    return True


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


NESTED = """From: =?UTF-8?B?5bGx55Sw?= <yamada@example.co.jp>
To: sato@client.example
Subject: nested
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

This is a preamble.
--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

44GK5LiW6Kmx44Gr44Gq44Gj44Gm44GK44KK44G+44GZ

--inner
Content-Type: text/html; charset=utf-8

<p>html</p>
--inner--
inner epilogue
--outer
Content-Type: text/csv; name="list.csv"
Content-Disposition: attachment; filename="list.csv"

a,b
1,2
--outer--
the epilogue
"""


@pytest.mark.parametrize("raw", [
    crlf(NESTED),
    NESTED.encode(),  # bare LF throughout is consistent too
    crlf("From: a@example.co.jp\nSubject: plain\n\nbody line\nlast"),
    crlf("From: a@example.co.jp\nSubject: headers only"),
    crlf("From: a@example.co.jp\nContent-Type: multipart/mixed; boundary=b\n\n"
         "--b\n\nno headers in this part\n--b--"),  # closing line without a line end
    crlf("From: a@example.co.jp\nContent-Type: multipart/mixed; boundary=b\n\n"
         "--b  \nContent-Type: text/plain\n\nx\n--b--  \n"),  # blanks after boundaries
], ids=["nested", "lf", "plain", "headers-only", "no-part-headers", "trailing-blanks"])
def test_well_formed_mail_takes_the_fast_path_and_agrees(raw: bytes) -> None:
    assert same_or_gave_up(raw), "well-formed mail must not fall back to the slow parser"


@pytest.mark.parametrize("raw", [
    crlf(NESTED).replace(b"--outer--", b""),                       # no closing boundary
    crlf(NESTED).replace(b"--inner\r\nContent-Type: text/html",
                         b"--inner\r\n--inner\r\nContent-Type: text/html"),  # doubled line
    crlf(NESTED).replace(b"This is a preamble.\r\n", b"This is a preamble.\n"),  # mixed
    crlf(NESTED).replace(b"preamble.", b"pre\ramble."),            # a bare CR
    crlf("From: a@example.co.jp\nnot a header line\n\nbody"),      # stdlib notes a defect
    crlf("From: a@example.co.jp\nFrom someone else\n\nbody"),      # "From " handed to body
    crlf("From: a@example.co.jp\nContent-Type: message/rfc822\n\nFrom: b@x.example\n\nhi"),
    crlf("From: a@example.co.jp\nContent-Type: multipart/digest; boundary=d\n\n"
         "--d\n\nFrom: b@x.example\n\nhi\n--d--\n"),
    crlf("From: a@example.co.jp\nContent-Type: multipart/mixed\n\nno boundary"),
    crlf("From: a@example.co.jp\nContent-Type: multipart/mixed; boundary=b\n"
         "Content-Transfer-Encoding: base64\n\n--b\n\nx\n--b--\n"),
    crlf("From: a@example.co.jp\nContent-Type: multipart/mixed; boundary=b\n\n--b--\n"),
], ids=["unclosed", "doubled", "mixed-eol", "bare-cr", "defect", "from-line", "rfc822",
        "digest", "no-boundary", "encoded-multipart", "close-first"])
def test_unusual_mail_goes_to_the_stdlib_parser(raw: bytes) -> None:
    assert fastsplit.parse(raw, POLICY) is None
    parse_message(raw)  # and the full parser still reads it


def test_mutated_mail_agrees_with_the_stdlib_whenever_the_fast_path_takes_it() -> None:
    seeds = [p.read_bytes() for p in sorted((SEED_DIR / "mail").iterdir())]
    seeds.append(crlf(NESTED))
    rng = random.Random(20261206)
    taken = 0
    for _ in range(1500):
        raw = rng.choice(seeds)
        for _ in range(rng.randint(1, 3)):
            raw = mail_mutate(rng, raw, seeds)
        try:
            email.message_from_bytes(raw, policy=POLICY)
        except Exception:  # the stdlib's own failures are parse_message's business
            continue
        taken += same_or_gave_up(raw)
    assert taken > 200  # the comparison covered the fast path, not only its refusals
