"""End to end over real SMTP on loopback: client → mailguard → recording upstream.

Every test here runs against a SQLite file and against the real PostgreSQL (the
``store_url`` fixture), because the relay's promises are about what the store keeps.
"""

from __future__ import annotations

import asyncio
import dataclasses

import aiosmtplib
import pytest
from mailfactory import make_mail
from relaykit import (
    EXTERNAL,
    FREEMAIL,
    INTERNAL,
    LOOKALIKE,
    SENDER,
    RecordingNotifier,
    Sink,
    header,
    relay_settings,
)

from mailguard.hold import service
from mailguard.hold.sql import SqlStore
from mailguard.serve import Relay, start_relay


@pytest.fixture
async def sink():
    s = await Sink().start()
    yield s
    await s.stop()


@pytest.fixture
async def make_relay(sink: Sink, store_url: str):
    """Start relays on the test's store; every one is stopped at the end."""
    started: list[Relay] = []

    async def make(notifier=None, engine=None, **relay) -> Relay:
        settings = relay_settings(upstream_port=sink.port, store_url=store_url, **relay)
        r = await start_relay(settings, notifier=notifier, engine=engine,
                              worker_interval=0.05, optional_parts=False)
        started.append(r)
        return r

    yield make
    for r in started:
        if r.server.servers and r.server.servers[0].is_serving():
            await r.stop(0)


@pytest.fixture
async def relay(make_relay) -> Relay:
    return await make_relay(notifier=RecordingNotifier())


async def send(relay: Relay, raw: bytes, rcpts: list[str], sender: str = SENDER
               ) -> tuple[dict, str]:
    host, port = relay.address
    async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as c:
        return await c.sendmail(sender, rcpts, raw)


def store_of(relay: Relay) -> SqlStore:
    return relay.store  # type: ignore[return-value]


# --- the four outcomes ---------------------------------------------------------------------

async def test_passing_mail_is_relayed_with_verdict_and_received_headers(relay, sink):
    errors, reply = await send(relay, make_mail(to=[INTERNAL]), [INTERNAL])
    assert errors == {}
    assert reply.startswith("2.0.0 OK: checked and relayed as ")
    rid = reply.rsplit(" ", 1)[1]
    [got] = sink.messages
    assert got.rcpt_tos == [INTERNAL] and got.mail_from == SENDER
    [verdict] = header(got.content, "X-MailGuard-Verdict")
    assert verdict.startswith(f"pass; id={rid}; ruleset=")
    [received] = header(got.content, "Received")
    assert "by mailguard.test (mailguard) with ESMTP id " + rid in received
    assert f"for <{INTERNAL}>" in received
    rec = store_of(relay).get(rid)
    assert rec is not None and rec.status == "passed" and rec.recipients == (INTERNAL,)
    assert store_of(relay).raw(rid) is None  # passing mail's body is not kept


async def test_warned_mail_is_relayed_and_recorded_as_warned(relay, sink):
    rcpts = ["a@client.example", "b@other.example"]
    _, reply = await send(relay, make_mail(to=rcpts), rcpts)
    rid = reply.rsplit(" ", 1)[1]
    [got] = sink.messages
    assert header(got.content, "X-MailGuard-Verdict")[0].startswith(
        f"warn; id={rid}; rules=multiple-external-domains")
    assert store_of(relay).get(rid).status == "warned"


async def test_held_mail_is_stored_before_250_and_not_relayed(relay, sink):
    raw = make_mail(to=[EXTERNAL], subject="【社外秘】来期の価格表")
    _, reply = await send(relay, raw, [EXTERNAL])
    assert reply.startswith("2.0.0 OK: held for review as ")
    rid = reply.split(" as ")[1].split(";")[0]
    rec = store_of(relay).get(rid)
    assert rec.status == "held" and rec.rules == ("confidential-marking-external",)
    assert rec.expires_at is not None
    stored = store_of(relay).raw(rid)
    assert stored.endswith(raw.replace(b"\n", b"\r\n"))  # as sent, CRLF on the wire
    assert header(stored, "Received")  # the trace of our receipt goes with it
    assert await _eventually(lambda: relay.handler.notifier.calls == [("held", rid)])
    await asyncio.sleep(0.2)
    assert sink.messages == []


async def test_rejected_mail_gets_5xx_naming_only_the_rule(relay, sink):
    raw = make_mail(to=[LOOKALIKE], body="口座番号 1234567 をお送りします。\n")
    with pytest.raises(aiosmtplib.SMTPDataError) as e:
        await send(relay, raw, [LOOKALIKE])
    assert e.value.code == 550
    assert e.value.message.startswith("5.7.1 Rejected by mailguard policy (lookalike-domain)")
    assert "partnre" not in e.value.message and "1234567" not in e.value.message
    rid = e.value.message.rsplit(" ", 1)[1]
    rec = store_of(relay).get(rid)
    assert rec.status == "rejected" and store_of(relay).raw(rid) is None
    assert sink.messages == []


async def test_delayed_mail_goes_out_by_itself_when_its_time_comes(make_relay, sink):
    relay = await make_relay(delay_minutes=0.01)  # 0.6 s
    _, reply = await send(relay, make_mail(to=[FREEMAIL]), [FREEMAIL])
    assert "sending is delayed until" in reply
    rid = reply.split(" as ")[1].split(";")[0]
    assert store_of(relay).get(rid).status == "delayed"
    [got] = await sink.wait_for(1)
    assert header(got.content, "X-MailGuard-Verdict")[0].startswith(
        f"delay; status=released; id={rid}")
    assert got.rcpt_tos == [FREEMAIL]
    assert await _eventually(lambda: store_of(relay).delivery(rid).state == "done")


async def test_released_hold_is_delivered_once_by_the_worker(relay, sink):
    raw = make_mail(to=[EXTERNAL], subject="【社外秘】資料", bcc=[])
    _, reply = await send(relay, raw, [EXTERNAL, "boss@example.co.jp"])
    rid = reply.split(" as ")[1].split(";")[0]
    service.release(store_of(relay), rid, actor="admin:test")
    relay.worker.wake()
    [got] = await sink.wait_for(1)
    assert got.rcpt_tos == [EXTERNAL, "boss@example.co.jp"]
    assert "status=released" in header(got.content, "X-MailGuard-Verdict")[0]
    assert await _eventually(lambda: store_of(relay).delivery(rid).state == "done")
    await asyncio.sleep(0.3)
    assert len(sink.messages) == 1


# --- the verdict header is ours alone ------------------------------------------------------

async def test_a_client_cannot_forge_the_verdict_header(relay, sink):
    raw = make_mail(to=[INTERNAL]).replace(
        b"Subject:", b"X-MailGuard-Verdict: pass; forged\nX-Mailguard-verdict: pass;\n"
        b" folded\nSubject:", 1)
    await send(relay, raw, [INTERNAL])
    [got] = sink.messages
    values = header(got.content, "X-MailGuard-Verdict")
    assert len(values) == 1 and "forged" not in values[0] and "folded" not in values[0]


# --- the upstream misbehaves -----------------------------------------------------------------

async def test_upstream_down_means_4xx_and_nothing_recorded(make_relay, sink):
    await sink.stop()
    relay = await make_relay()
    with pytest.raises(aiosmtplib.SMTPDataError) as e:
        await send(relay, make_mail(to=[INTERNAL]), [INTERNAL])
    assert e.value.code == 451 and e.value.message.startswith("4.4.1")
    assert store_of(relay).list() == []  # the client's retry will be recorded


async def test_upstream_recovers_and_the_retry_is_delivered(make_relay, sink):
    sink.handler.refuse_data = "451 4.3.0 try later"
    relay = await make_relay()
    with pytest.raises(aiosmtplib.SMTPDataError) as e:
        await send(relay, make_mail(to=[INTERNAL]), [INTERNAL])
    assert e.value.code == 451
    sink.handler.refuse_data = None
    await send(relay, make_mail(to=[INTERNAL]), [INTERNAL])  # the client's retry
    assert len(sink.messages) == 1
    assert [r.status for r in store_of(relay).list()] == ["passed"]


async def test_a_temporary_recipient_refusal_defers_the_whole_message(relay, sink):
    sink.handler.refuse_rcpt = {"b@example.co.jp": "450 4.2.1 mailbox busy"}
    with pytest.raises(aiosmtplib.SMTPDataError) as e:
        await send(relay, make_mail(to=[INTERNAL, "b@example.co.jp"]),
                   [INTERNAL, "b@example.co.jp"])
    assert e.value.code == 451
    assert sink.messages == []  # nobody got it, so the retry duplicates nothing


async def test_permanent_refusal_of_one_recipient_bounces_only_that_one(relay, sink):
    sink.handler.refuse_rcpt = {"gone@example.co.jp": "550 5.1.1 no such user"}
    _errors, reply = await send(relay, make_mail(to=[INTERNAL, "gone@example.co.jp"]),
                               [INTERNAL, "gone@example.co.jp"])
    assert reply.startswith("2.0.0")
    msgs = await sink.wait_for(2)
    assert msgs[0].rcpt_tos == [INTERNAL]
    bounce = msgs[1]
    assert bounce.mail_from == "<>" or bounce.mail_from == ""
    assert bounce.rcpt_tos == [SENDER]
    assert b"multipart/report" in bounce.content and b"gone@example.co.jp" in bounce.content
    assert b"Status: 5.1.1" in bounce.content


async def test_upstream_refusing_every_recipient_is_a_5xx(relay, sink):
    sink.handler.refuse_rcpt = {INTERNAL: "550 5.1.1 no such user"}
    with pytest.raises(aiosmtplib.SMTPDataError) as e:
        await send(relay, make_mail(to=[INTERNAL]), [INTERNAL])
    assert e.value.code == 550 and e.value.message.startswith("5.1.0")


# --- failing closed --------------------------------------------------------------------------

class _BrokenEngine:
    """An engine whose every judgement blows up (a bug in a detector, say)."""

    def __init__(self, real):
        self.real = real
        self.settings = real.settings
        self.ruleset = real.ruleset
        self.lang = real.lang
        self.org = real.org

    def evaluate(self, inp):
        raise RuntimeError("detector crashed on 090-1234-5678")


async def test_a_judging_error_holds_the_message(make_relay, sink):
    from relaykit import BASE_CONFIG

    from mailguard.app import build_engine
    from mailguard.config import parse_settings

    engine = _BrokenEngine(build_engine(parse_settings(BASE_CONFIG)))
    relay = await make_relay(engine=engine)
    _, reply = await send(relay, make_mail(to=[INTERNAL]), [INTERNAL])
    assert "held for review" in reply
    rid = reply.split(" as ")[1].split(";")[0]
    rec = store_of(relay).get(rid)
    assert rec.status == "held" and rec.rules == ("internal-error",)
    assert "090-1234-5678" not in str(rec.verdict)
    assert sink.messages == []


async def test_a_judging_error_can_tempfail_instead(make_relay, sink):
    from relaykit import BASE_CONFIG

    from mailguard.app import build_engine
    from mailguard.config import parse_settings

    engine = _BrokenEngine(build_engine(parse_settings(BASE_CONFIG)))
    relay = await make_relay(engine=engine, on_error="tempfail")
    with pytest.raises(aiosmtplib.SMTPDataError) as e:
        await send(relay, make_mail(to=[INTERNAL]), [INTERNAL])
    assert (e.value.code, e.value.message[:5]) == (451, "4.3.0")
    assert sink.messages == [] and store_of(relay).list() == []


async def test_an_internal_error_answers_451_without_details_and_the_session_goes_on(
        relay, sink):
    class Exploding:
        async def send(self, *a, **kw):
            raise KeyError("taro@example.co.jp")

        async def close(self):
            pass

    real = relay.handler.upstream
    relay.handler.upstream = Exploding()
    host, port = relay.address
    async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as c:
        with pytest.raises(aiosmtplib.SMTPDataError) as e:
            await c.sendmail(SENDER, [INTERNAL], make_mail(to=[INTERNAL]))
        assert e.value.code == 451 and e.value.message == "4.3.0 Internal error, try again later"
        relay.handler.upstream = real
        _, reply = await c.sendmail(SENDER, [INTERNAL], make_mail(to=[INTERNAL]))
        assert reply.startswith("2.0.0")
    assert len(sink.messages) == 1


async def test_a_store_that_cannot_be_written_makes_holds_tempfail(relay, sink):
    def broken(*a, **kw):
        raise OSError("disk full")

    relay.store.record = broken  # type: ignore[method-assign]
    relay.store.record_many = broken  # type: ignore[attr-defined]
    with pytest.raises(aiosmtplib.SMTPDataError) as e:
        await send(relay, make_mail(to=[EXTERNAL], subject="社外秘"), [EXTERNAL])
    assert e.value.code == 451 and e.value.message.startswith("4.3.0")


# --- limits ----------------------------------------------------------------------------------

async def test_ehlo_offers_size_8bitmime_smtputf8_pipelining(make_relay):
    relay = await make_relay(max_message_size=1_000_000)
    host, port = relay.address
    async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as c:
        await c.ehlo()
        for ext in ("size", "8bitmime", "smtputf8", "pipelining"):
            assert c.supports_extension(ext), ext
        assert c.esmtp_extensions["size"] == "1000000"
        assert not c.supports_extension("auth")  # no TLS, no users: never offered


async def test_too_big_is_refused(make_relay, sink):
    relay = await make_relay(max_message_size=20_000)
    big = make_mail(to=[INTERNAL], body="あ" * 20_000)
    with pytest.raises(aiosmtplib.SMTPSenderRefused) as e:  # declared SIZE
        await send(relay, big, [INTERNAL])
    assert e.value.code == 552
    host, port = relay.address
    r, w = await asyncio.open_connection(host, port)  # undeclared: found while reading
    for line in (b"EHLO t", b"MAIL FROM:<taro@example.co.jp>", b"RCPT TO:<hanako@example.co.jp>",
                 b"DATA"):
        w.write(line + b"\r\n")
    w.write(big.replace(b"\n", b"\r\n") + b"\r\n.\r\nQUIT\r\n")
    replies = (await asyncio.wait_for(r.read(), 10)).decode()
    assert "552 5.3.4 Message too big" in replies
    assert sink.messages == []


async def test_recipients_over_the_cap_get_452(make_relay, sink):
    relay = await make_relay(max_recipients=2)
    rcpts = [f"u{i}@example.co.jp" for i in range(3)]
    errors, _ = await send(relay, make_mail(to=rcpts[:1]), rcpts)
    assert errors[rcpts[2]].code == 452
    [got] = sink.messages
    assert got.rcpt_tos == rcpts[:2]


async def test_sessions_over_the_cap_are_told_to_come_back(make_relay):
    relay = await make_relay(max_sessions=1)
    host, port = relay.address
    r1, w1 = await asyncio.open_connection(host, port)
    assert (await r1.readline()).startswith(b"220")
    r2, w2 = await asyncio.open_connection(host, port)
    assert (await r2.readline()).startswith(b"421 4.7.0")
    w1.close()
    await asyncio.sleep(0.1)
    r3, w3 = await asyncio.open_connection(host, port)
    assert (await r3.readline()).startswith(b"220")
    w2.close(), w3.close()


# --- who may relay ---------------------------------------------------------------------------

async def test_a_client_outside_client_networks_cannot_relay(make_relay, sink):
    relay = await make_relay(client_networks=("192.0.2.0/24",))
    with pytest.raises(aiosmtplib.SMTPSenderRefused) as e:
        await send(relay, make_mail(to=[INTERNAL]), [INTERNAL])
    assert e.value.code == 550 and e.value.message.startswith("5.7.1 Relaying denied")
    host, port = relay.address
    r, w = await asyncio.open_connection(host, port)  # RCPT without MAIL is refused too
    w.write(b"EHLO t\r\nRCPT TO:<x@example.co.jp>\r\nQUIT\r\n")
    out = (await r.read()).decode()
    assert "\r\n250 " not in out.split("221")[0].split("HELP")[-1]
    assert sink.messages == [] and store_of(relay).list() == []


# --- shutdown ------------------------------------------------------------------------------

async def test_stop_finishes_the_message_in_flight_and_says_421_to_idle_sessions(
        make_relay, sink):
    relay = await make_relay()
    host, port = relay.address
    idle_r, _idle_w = await asyncio.open_connection(host, port)
    await idle_r.readline()
    gate = asyncio.Event()
    real_send = relay.handler.upstream.send

    async def slow_send(*a, **kw):
        gate.set()
        await asyncio.sleep(0.5)
        return await real_send(*a, **kw)

    relay.handler.upstream.send = slow_send  # type: ignore[method-assign]
    client = asyncio.ensure_future(send(relay, make_mail(to=[INTERNAL]), [INTERNAL]))
    await gate.wait()
    stopping = asyncio.ensure_future(relay.stop(5))
    assert (await idle_r.readline()).startswith(b"421 4.3.2")
    _errors, reply = await client
    assert reply.startswith("2.0.0") and len(sink.messages) == 1
    assert await stopping == 0


async def _eventually(cond, timeout: float = 5.0) -> bool:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while loop.time() < end:
        if cond():
            return True
        await asyncio.sleep(0.05)
    return cond()



# --- judging in worker processes ---------------------------------------------------------------

async def test_judging_in_worker_processes(make_relay, sink):
    relay = await make_relay(judge_processes=1)
    _, reply = await send(relay, make_mail(to=[INTERNAL]), [INTERNAL])
    assert reply.startswith("2.0.0 OK: checked and relayed")
    _, reply = await send(relay, make_mail(to=[EXTERNAL], subject="【社外秘】"), [EXTERNAL])
    assert "held for review" in reply
    assert len(sink.messages) == 1


async def test_a_worker_process_that_overruns_is_replaced_and_the_message_held(
        make_relay, sink):
    relay = await make_relay(judge_processes=1, judge_timeout=0.0001)
    _, reply = await send(relay, make_mail(to=[INTERNAL]), [INTERNAL])
    assert "held for review" in reply
    rid = reply.split(" as ")[1].split(";")[0]
    assert store_of(relay).get(rid).rules == ("internal-error",)
    relay.handler.relay = dataclasses.replace(relay.handler.relay, judge_timeout=60.0)
    _, reply = await send(relay, make_mail(to=[INTERNAL]), [INTERNAL])  # a fresh pool
    assert reply.startswith("2.0.0 OK: checked and relayed")


# --- the delivery worker -----------------------------------------------------------------------

async def _held(relay: Relay) -> str:
    _, reply = await send(relay, make_mail(to=[EXTERNAL], subject="【社外秘】見積"), [EXTERNAL])
    return reply.split(" as ")[1].split(";")[0]


async def test_a_released_hold_is_retried_until_the_upstream_takes_it(make_relay, sink):
    relay = await make_relay()
    relay.worker.retry_first = 0.2
    rid = await _held(relay)
    sink.handler.refuse_data = "451 4.3.0 busy, try later"
    service.release(store_of(relay), rid, actor="admin:test")
    relay.worker.wake()
    assert await _eventually(lambda: "data: 451" in store_of(relay).delivery(rid).last_error)
    sink.handler.refuse_data = None
    [got] = await sink.wait_for(1)
    assert await _eventually(lambda: store_of(relay).delivery(rid).state == "done")
    assert store_of(relay).delivery(rid).attempts >= 2
    assert "status=released" in header(got.content, "X-MailGuard-Verdict")[0]


async def test_a_released_hold_refused_for_good_bounces_to_the_sender(make_relay, sink):
    relay = await make_relay()
    rid = await _held(relay)
    sink.handler.refuse_rcpt = {EXTERNAL: "550 5.1.1 no such user here"}
    service.release(store_of(relay), rid, actor="admin:test")
    relay.worker.wake()
    [bounce] = await sink.wait_for(1)
    assert bounce.mail_from in ("", "<>") and bounce.rcpt_tos == [SENDER]
    assert EXTERNAL.encode() in bounce.content and b"Status: 5.1.1" in bounce.content
    assert await _eventually(lambda: store_of(relay).delivery(rid).state == "failed")
    assert await _eventually(
        lambda: "bounced" in [e.event for e in store_of(relay).events(rid)])


async def test_an_idle_client_is_told_before_it_is_dropped(make_relay):
    relay = await make_relay(session_timeout=0.3)
    host, port = relay.address
    r, w = await asyncio.open_connection(host, port)
    assert (await r.readline()).startswith(b"220")
    assert (await asyncio.wait_for(r.readline(), 5)).startswith(b"421 4.4.2")
    assert await asyncio.wait_for(r.read(), 5) == b""
    w.close()
