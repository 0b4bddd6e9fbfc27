"""Resource limits a client on the allowed network could otherwise exhaust: sessions per
client address, messages in progress at once, holds per sender per hour, requests per
review link.  Each answers
4xx (the client keeps the message and retries), and frees up when the load goes."""

from __future__ import annotations

import asyncio
import dataclasses

import aiohttp
import aiosmtplib
import pytest
from holdkit import SECRET
from mailfactory import DEFAULT_CONFIG, make_mail
from relaykit import EXTERNAL, INTERNAL, SENDER, Sink, relay_settings
from test_web_pages import hold, link

from mailguard.config import parse_settings
from mailguard.hold.sql import SqlStore
from mailguard.serve import start_relay
from mailguard.web.app import start_web


@pytest.fixture
async def sink():
    s = await Sink().start()
    yield s
    await s.stop()


async def relay_with(tmp_path, sink, **limits):
    url = f"sqlite:///{tmp_path / 'store' / 'mailguard.db'}"
    return await start_relay(relay_settings(upstream_port=sink.port, store_url=url,
                                            **limits), optional_parts=False)


async def line(reader: asyncio.StreamReader) -> bytes:
    while True:
        got = await asyncio.wait_for(reader.readline(), 10)
        if got[3:4] != b"-":
            return got


async def open_session(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter,
                                           bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    greeting = await line(reader)
    return reader, writer, greeting


async def test_one_client_address_cannot_take_every_session(tmp_path, sink):
    relay = await relay_with(tmp_path, sink, max_sessions_per_client=3)
    port = relay.address[1]
    sessions = []
    try:
        for _ in range(3):
            r, w, greeting = await open_session(port)
            assert greeting.startswith(b"220")
            sessions.append((r, w))
        _, w4, greeting = await open_session(port)
        assert greeting.startswith(b"421 4.7.0") and b"your address" in greeting
        w4.close()
        # one ends: the next session is welcome again, and mail goes through
        r, w = sessions.pop()
        w.write(b"QUIT\r\n")
        await line(r)
        w.close()
        await asyncio.sleep(0.1)
        async with aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False) as c:
            _, reply = await c.sendmail(SENDER, [INTERNAL], make_mail(to=[INTERNAL]))
        assert "relayed" in reply
    finally:
        for _, w in sessions:
            w.close()
        await relay.stop(1)


async def test_messages_in_progress_are_capped_and_the_next_waits_with_451(tmp_path, sink):
    relay = await relay_with(tmp_path, sink, max_concurrent_data=1)
    port = relay.address[1]
    try:
        ra, wa, _ = await open_session(port)
        wa.write(f"EHLO a.example\r\nMAIL FROM:<{SENDER}>\r\nRCPT TO:<{INTERNAL}>\r\n"
                 "DATA\r\n".encode())
        assert (await line(ra)).startswith(b"250")  # EHLO
        assert (await line(ra)).startswith(b"250")  # MAIL
        assert (await line(ra)).startswith(b"250")  # RCPT
        assert (await line(ra)).startswith(b"354")
        raw = make_mail(to=[INTERNAL], subject="first")
        wa.write(raw[:200])  # the first message is on its way, not finished
        await wa.drain()

        async with aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False) as c:
            with pytest.raises(aiosmtplib.SMTPDataError) as e:
                await c.sendmail(SENDER, [INTERNAL], make_mail(to=[INTERNAL]))
            assert e.value.code == 451 and "in progress" in e.value.message

            wa.write(raw[200:] + b"\r\n.\r\n")
            assert (await line(ra)).startswith(b"250")
            _, reply = await c.sendmail(SENDER, [INTERNAL], make_mail(to=[INTERNAL]))
            assert "relayed" in reply
        wa.close()
    finally:
        await relay.stop(1)
    assert len(await sink.wait_for(2)) == 2


async def test_a_sender_over_its_hourly_holds_waits_others_do_not(tmp_path, sink):
    relay = await relay_with(tmp_path, sink, max_holds_per_sender_hour=2)
    port = relay.address[1]
    other = "hanako.other@example.co.jp"
    try:
        async with aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False) as c:
            for n in range(2):
                _, reply = await c.sendmail(SENDER, [EXTERNAL], make_mail(
                    to=[EXTERNAL], subject=f"【社外秘】{n}"))
                assert "held for review" in reply
            with pytest.raises(aiosmtplib.SMTPDataError) as e:
                await c.sendmail(SENDER, [EXTERNAL], make_mail(to=[EXTERNAL],
                                                               subject="【社外秘】3"))
            assert e.value.code == 451 and "held messages" in e.value.message
            # the same sender's ordinary mail, and another sender's holds, go on
            _, reply = await c.sendmail(SENDER, [INTERNAL], make_mail(to=[INTERNAL]))
            assert "relayed" in reply
            _, reply = await c.sendmail(other, [EXTERNAL], make_mail(
                sender=other, to=[EXTERNAL], subject="【社外秘】4"))
            assert "held for review" in reply
        held = relay.store.list(status="held")
        assert len(held) == 3  # the refused one was not recorded: its client retries
    finally:
        await relay.stop(1)


async def test_a_review_link_replayed_in_a_loop_gets_429_others_are_served(tmp_path):
    store = SqlStore(f"sqlite:///{tmp_path / 'web.db'}")
    settings = parse_settings(DEFAULT_CONFIG + f'[web]\nsecret_key = "{SECRET}"\n'
                              "max_requests_per_token = 5\n")
    web = await start_web(settings, store, host="127.0.0.1", port=0)
    try:
        base = "http://{}:{}".format(*web.address)
        settings = dataclasses.replace(settings, web=dataclasses.replace(
            settings.web, base_url=base))
        rec = hold(store, make_mail(to=["sato@client-a.example", "bob@client-b.example"]))
        url = link(store, settings, rec, "sender:taro@example.co.jp")
        other = link(store, settings, rec, "sender:taro@example.co.jp")
        async with aiohttp.ClientSession() as http:
            statuses = []
            for _ in range(7):
                async with http.get(url, allow_redirects=False) as r:
                    statuses.append(r.status)
                    if r.status == 429:
                        assert int(r.headers["Retry-After"]) >= 1
                        assert "1 分ほど" in await r.text()
            assert statuses == [200] * 5 + [429] * 2
            async with http.get(other, allow_redirects=False) as r:
                assert r.status == 200  # another link is not slowed by this one
    finally:
        await web.stop()
        store.close()
