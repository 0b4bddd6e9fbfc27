"""SMTP smuggling: bare LF / bare CR never end DATA, and nothing smuggled goes upstream.

The upstream here is deliberately lax (``LaxSink`` ends DATA at any line ending + dot, as
some MTAs did before the 2023 smuggling fixes), so a payload mailguard passed on verbatim
would show up there as a second message.  Also: the chunked DATA reader's own edges
(terminator split across packets, dot-stuffing, an empty message).
"""

from __future__ import annotations

import asyncio
import re

import pytest
from relaykit import INTERNAL, SENDER, LaxSink, Sink, relay_settings

from mailguard.serve import start_relay

PAYLOADS = {
    "LF.LF": b"\n.\n",
    "CR.CRLF": b"\r.\r\n",
    "LF.CRLF": b"\n.\r\n",
    "CRLF.LF": b"\r\n.\n",
    "CRLF.CR": b"\r\n.\r",
    "LF.CR": b"\n.\r",
}

SMUGGLED = (b"MAIL FROM:<ceo@example.co.jp>\r\nRCPT TO:<victim@example.co.jp>\r\nDATA\r\n"
            b"From: ceo@example.co.jp\r\nSubject: smuggled\r\n\r\nsend money\r\n")
HEAD = (f"From: {SENDER}\r\nTo: {INTERNAL}\r\nSubject: first\r\n"
        "Message-ID: <s@example.co.jp>\r\n\r\n").encode()
BARE = re.compile(rb"\r(?!\n)|(?<!\r)\n")


async def session(port: int, data: bytes, *, pieces: int = 1) -> str:
    """One raw SMTP session: EHLO, MAIL, RCPT, DATA, ``data``, QUIT; returns all replies."""
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(f"EHLO client.test\r\nMAIL FROM:<{SENDER}>\r\nRCPT TO:<{INTERNAL}>\r\n"
            "DATA\r\n".encode())
    step = max(1, len(data) // pieces)
    for i in range(0, len(data), step):
        w.write(data[i:i + step])
        await w.drain()
        if pieces > 1:
            await asyncio.sleep(0.01)
    w.write(b"QUIT\r\n")
    out = await asyncio.wait_for(r.read(), 10)
    w.close()
    return out.decode("utf-8", "replace")


@pytest.fixture
async def lax():
    s = await LaxSink().start()
    yield s
    await s.stop()


@pytest.fixture
async def relay_to(tmp_path):
    relays = []

    async def make(port: int, **relay):
        settings = relay_settings(upstream_port=port,
                                  store_url=f"sqlite:///{tmp_path / 'mg.db'}", **relay)
        r = await start_relay(settings, optional_parts=False, run_worker=False)
        relays.append(r)
        return r

    yield make
    for r in relays:
        await r.stop(0)


@pytest.mark.parametrize("payload", list(PAYLOADS.values()), ids=list(PAYLOADS))
async def test_a_smuggled_second_message_never_reaches_a_lax_upstream(lax, relay_to, payload):
    relay = await relay_to(lax.port)
    replies = await session(relay.address[1], HEAD + b"hello" + payload + SMUGGLED +
                            b".\r\n")
    # one transaction: 354, then exactly one final answer, then 221
    assert replies.count("354 ") == 1
    assert len(re.findall(r"^250 2\.0\.0 ", replies, re.M)) == 1
    assert replies.rstrip().endswith("221 Bye")
    assert len(lax.messages) == 1
    assert lax.commands.count(b"DATA") == 1 and not any(b"ceo@" in c for c in lax.commands)
    [got] = lax.messages
    assert b"send money" in got  # still there, but as text inside the one message
    assert not BARE.search(got)  # every line ending is CRLF


@pytest.mark.parametrize("payload", list(PAYLOADS.values()), ids=list(PAYLOADS))
async def test_bare_newlines_can_be_refused_instead(lax, relay_to, payload):
    relay = await relay_to(lax.port, bare_newline="reject")
    replies = await session(relay.address[1], HEAD + b"hello" + payload + SMUGGLED +
                            b".\r\n")
    assert "554 5.6.0 Bare CR or LF" in replies
    assert "503" not in replies and "ceo@" not in replies  # the payload was never a command
    assert lax.messages == []


async def test_terminator_split_across_packets_and_dot_stuffing(relay_to):
    sink = await Sink().start()
    try:
        relay = await relay_to(sink.port)
        body = b"".join(f"line {i}.\r\n".encode() for i in range(2000))
        data = HEAD + b"..leading dot\r\n.\r\n".replace(b".\r\n", b"x\r\n", 1) + body + \
            b"...\r\n" + b".\r\n"
        replies = await session(relay.address[1], data, pieces=97)
        assert len(re.findall(r"^250 2\.0\.0 ", replies, re.M)) == 1
        [got] = sink.messages
        text = got.content.split(b"\r\n\r\n", 1)[1]
        assert text.startswith(b".leading dot\r\n") and text.endswith(b"line 1999.\r\n..\r\n")
    finally:
        await sink.stop()


async def test_an_empty_message_is_held_not_passed(relay_to):
    sink = await Sink().start()
    try:
        relay = await relay_to(sink.port)
        replies = await session(relay.address[1], b".\r\n")
        assert re.search(r"^250 2\.0\.0 OK: held for review", replies, re.M)
        assert sink.messages == []
    finally:
        await sink.stop()


async def test_a_line_longer_than_the_read_buffer(lax, relay_to):
    relay = await relay_to(lax.port)
    replies = await session(relay.address[1], HEAD + b"x" * 700_000 + b"\r\n.\r\n",
                            pieces=5)
    assert re.search(r"^250 2\.0\.0 ", replies, re.M)
    [got] = lax.messages
    assert got.endswith(b"\r\n\r\n" + b"x" * 700_000)  # the lax sink drops the last CRLF


NUL_PAYLOADS = {
    "CRLF NUL . CRLF": b"\r\n\x00.\r\n",
    "CRLF . NUL CRLF": b"\r\n.\x00\r\n",
    "CRLF NUL . NUL CRLF": b"\r\n\x00.\x00\r\n",
    "LF NUL . LF": b"\n\x00.\n",
    "NUL in a line": b"\r\nab\x00cd\r\n",
}


@pytest.mark.parametrize("payload", list(NUL_PAYLOADS.values()), ids=list(NUL_PAYLOADS))
async def test_a_nul_end_of_data_never_reaches_a_nul_skipping_upstream(relay_to, payload):
    lax = await LaxSink(drop_nul=True).start()
    try:
        relay = await relay_to(lax.port)
        replies = await session(relay.address[1], HEAD + b"hello" + payload + SMUGGLED +
                                b".\r\n")
        assert len(re.findall(r"^250 2\.0\.0 ", replies, re.M)) == 1
        assert len(lax.messages) == 1
        assert lax.commands.count(b"DATA") == 1 and not any(b"ceo@" in c for c in lax.commands)
        [got] = lax.messages
        assert b"\x00" not in got and b"send money" in got
    finally:
        await lax.stop()
