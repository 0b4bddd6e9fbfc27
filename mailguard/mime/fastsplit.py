"""A fast path for the stdlib MIME parser, for the well-formed mail that is most mail.

``email.feedparser`` reads a message line by line in Python and checks every line of
every part against every open boundary: about half of what judging a 20 KB message
costs.  Well-formed mail does not need that: the headers of each part are read by the
stdlib parser itself, and the bodies are cut at the boundary lines with string
operations.  The result is the same tree of ``email.message.Message`` objects, with
the same headers, payloads, preambles, epilogues and defects, as
``email.message_from_bytes`` gives; ``tests/test_fastsplit.py`` compares the two on
every message the tests, the fuzz seeds and the blind corpus hold.

Anything unusual gives up (``None``) and the caller uses the stdlib parser: mixed or
bare-CR line ends, a header block the stdlib would flag, a multipart without a closing
boundary or with doubled boundary lines, message/* parts (the stdlib parses those into
nested messages), multipart/digest, a boundary one of its ancestors' boundaries would
match, transfer-encoded multiparts.
"""

from __future__ import annotations

import email.message
import email.parser
import email.policy
import io
import itertools
import re
from collections.abc import Sequence

# the stdlib's own patterns (email.feedparser), so that the fast path ends a header
# block and recognises a boundary line exactly where the stdlib parser does
_HEADER_LINE = re.compile(r"^(From |[\041-\071\073-\176]*:|[\t ])")
_MAX_DEPTH = 8


class _GiveUp(Exception):
    """The input is not the well-formed case: the stdlib parser reads it."""


def parse(raw: bytes, policy: email.policy.Policy) -> email.message.Message | None:
    """``email.message_from_bytes(raw, policy=policy)`` for well-formed mail, or None
    when the input needs the stdlib parser's line-by-line reading."""
    crlf = raw.count(b"\r\n")
    if raw.count(b"\r") != crlf or (crlf and raw.count(b"\n") != crlf):
        return None  # bare CR, or CRLF and bare LF mixed
    text = raw.decode("ascii", "surrogateescape")  # as BytesParser does
    try:
        return _message(io.StringIO(text, newline="").readlines(), policy, (), 0)
    except _GiveUp:
        return None


def _message(lines: Sequence[str], policy: email.policy.Policy,
             outer: tuple[re.Pattern[str], ...], depth: int) -> email.message.Message:
    if depth > _MAX_DEPTH:
        raise _GiveUp
    n = len(lines)
    i = 0
    while i < n and _HEADER_LINE.match(lines[i]):
        i += 1
    if i < n and lines[i] not in ("\r\n", "\n"):
        raise _GiveUp  # no blank line after the headers: the stdlib notes a defect
    head = "".join(lines[:i]) + (lines[i] if i < n else "")
    msg = email.parser.Parser(policy=policy).parsestr(head, headersonly=True)
    if msg.defects or msg.get_payload():
        raise _GiveUp  # a defect, or a last "From " line the stdlib hands to the body
    body = lines[i + 1:]
    ctype = msg.get_content_type()
    if ctype == "message/delivery-status" or msg.get_content_maintype() == "message":
        raise _GiveUp
    if msg.get_content_maintype() != "multipart":
        msg.set_payload("".join(body))
        return msg
    if ctype == "multipart/digest":
        raise _GiveUp
    boundary = msg.get_boundary()
    if boundary is None:
        raise _GiveUp
    if str(msg.get("content-transfer-encoding", "8bit")).lower() not in (
            "7bit", "8bit", "binary"):
        raise _GiveUp
    separator = "--" + boundary
    boundary_re = re.compile("(?P<sep>" + re.escape(separator)
                             + r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$")
    for pattern in outer:
        # a line of ours that an ancestor's boundary would also match ends that
        # ancestor's part in the stdlib parser: leave such nesting to it
        if pattern.match(separator) or pattern.match(separator + "--"):
            raise _GiveUp
    msg._payload = None  # parts are attached below, as the stdlib does
    _split_multipart(msg, body, boundary_re, separator, policy, (*outer, boundary_re), depth)
    return msg


def _split_multipart(msg: email.message.Message, body: Sequence[str],
                     boundary_re: re.Pattern[str], separator: str,
                     policy: email.policy.Policy, stack: tuple[re.Pattern[str], ...],
                     depth: int) -> None:
    marks: list[tuple[int, bool]] = []  # (line, is the closing boundary)
    for k, line in enumerate(body):
        if line.startswith(separator) and (mo := boundary_re.match(line)):
            marks.append((k, bool(mo.group("end"))))
            if mo.group("end"):
                break
    if not marks or marks[0][1] or not marks[-1][1]:
        raise _GiveUp  # no start boundary, or no closing one: defects for the stdlib
    for (a, _), (b, _) in itertools.pairwise(marks):
        if b == a + 1:
            raise _GiveUp  # doubled boundary lines: the stdlib skips them its own way
    first = marks[0][0]
    if first:
        preamble = list(body[:first])
        preamble[-1] = _without_eol(preamble[-1])
        msg.preamble = "".join(preamble)
    for (a, _), (b, _) in itertools.pairwise(marks):
        part = _message(body[a + 1:b], policy, stack, depth + 1)
        # RFC 2046: the line end before a boundary belongs to the boundary
        if part.get_content_maintype() == "multipart":
            if part.epilogue == "":
                part.epilogue = None
            elif part.epilogue is not None:
                part.epilogue = _without_eol(part.epilogue)
        else:
            payload = part._payload  # trimmed as the stdlib parser does
            if isinstance(payload, str):
                part._payload = _without_eol(payload)
        msg.attach(part)
    # what follows the closing boundary (its own line end belongs to it)
    msg.epilogue = "".join(body[marks[-1][0] + 1:])


def _without_eol(text: str) -> str:
    """``text`` without one final line end (the stdlib's ``NLCRE_eol``, without a regex
    search through a whole payload)."""
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith(("\r", "\n")):
        return text[:-1]
    return text
