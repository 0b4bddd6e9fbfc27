"""The short fuzz run of the test suite: every reader of untrusted bytes, derandomized.

Each target of ``fuzzkit`` (the MIME parser and charset repair, addresses, every
attachment extractor, the SMTP DATA reader, the whole judgement with its renderings)
gets mutated inputs from the fixed seed corpus in ``tests/fuzz_seeds/``; hypothesis
draws the seed and the mutations with a fixed seed (``derandomize``), so a run is
repeatable and a failure shrinks to the seed and mutation that cause it.  The oracle is
fuzzkit's: only documented errors, no own-code error swallowed, the target's properties.
The long run is ``python bench/fuzz.py --minutes N``.

Then the NUL-smuggling acceptance over real SMTP: no variant of an end of data with NULs
and bare CR/LF reaches a lenient next hop as a second message.
"""

from __future__ import annotations

import asyncio
import random
import re
import threading

import fuzzkit as fk
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from relaykit import INTERNAL, SENDER, LaxSink, relay_settings

TARGETS = fk.targets()
# examples per target: about 30 s for all of them on a 2-core machine
EXAMPLES = {"judge": 40, "smtp-data": 40, "extract-mail": 50, "extract-pdf": 50,
            "extract-xlsx": 50, "address": 40, "charset": 80, "mime": 80}


def fuzz(examples: int) -> settings:
    """Repeatable (a fixed seed, no example database), no deadline: the oracle judges
    time, not hypothesis."""
    return settings(derandomize=True, deadline=None, database=None, print_blob=True,
                    max_examples=examples, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("name", list(TARGETS))
def test_mutated_inputs_meet_the_oracle(name):
    target = TARGETS[name]
    seeds = fk.load_seeds(target.seeds)
    assert seeds, f"no seeds for {name} in {fk.SEED_DIR}"

    @fuzz(EXAMPLES.get(name, 60))
    @given(seed=st.sampled_from(seeds), rng_seed=st.integers(0, 2**32 - 1))
    def run(seed: bytes, rng_seed: int) -> None:
        target.run(fk.mutate(target, random.Random(rng_seed), seed, seeds))

    run()


# --- messages built by hypothesis itself ----------------------------------------------------

HEADER_NAMES = ["From", "To", "Cc", "Bcc", "Reply-To", "Subject", "Message-ID", "Date",
                "Content-Type", "Content-Transfer-Encoding", "Content-Disposition",
                "MIME-Version", "X-Odd"]
texts = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)


@st.composite
def header_values(draw: st.DrawFn) -> bytes:
    kind = draw(st.integers(0, 3))
    if kind == 0:  # raw bytes
        return draw(st.binary(max_size=60)).replace(b"\n", b" ")
    text = draw(texts).replace("\n", " ").replace("\r", " ")
    charset = draw(st.sampled_from(["utf-8", "iso-2022-jp", "cp932", "euc-jp", "utf-7"]))
    data = text.encode(charset, "replace")
    if kind == 1:  # an RFC 2047 word, maybe damaged
        import base64

        word = b"=?" + charset.encode() + b"?B?" + base64.b64encode(data) + b"?="
        return word[:draw(st.integers(len(word) // 2, len(word)))]
    if kind == 2:  # raw 8-bit in that charset
        return data
    return b", ".join(draw(st.lists(st.sampled_from(
        [b"a@example.co.jp", b'"x, y" <b@client.example>', b"<>", b"c@", b"@d",
         b"g: h@i.example;", b"j@[127.0.0.1]", b"k@xn--zz"]), max_size=5)))


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    heads = draw(st.lists(st.tuples(st.sampled_from(HEADER_NAMES), header_values()),
                          max_size=10))
    head = b"".join(n.encode() + b": " + v + b"\r\n" for n, v in heads)
    boundary = b"b" + str(draw(st.integers(0, 9))).encode()
    parts = draw(st.lists(st.tuples(
        st.sampled_from([b"text/plain", b"text/html", b"application/octet-stream",
                         b"message/rfc822", b"multipart/mixed", b"text/csv"]),
        st.sampled_from([b"", b"; charset=iso-2022-jp", b"; charset=shift_jis",
                         b"; charset=x-bogus", b"; name*=utf-8''%E5%90%8D.csv"]),
        st.sampled_from([b"", b"base64", b"quoted-printable", b"8bit", b"x-uue"]),
        st.binary(max_size=200)), max_size=4))
    if not parts:
        return b"From: a@example.co.jp\r\n" + head + b"\r\n" + draw(st.binary(max_size=300))
    body = b"".join(b"--" + boundary + b"\r\nContent-Type: " + ct + params +
                    b"\r\nContent-Transfer-Encoding: " + cte + b"\r\n\r\n" + payload + b"\r\n"
                    for ct, params, cte, payload in parts)
    if draw(st.booleans()):
        body += b"--" + boundary + b"--\r\n"
    return (b"From: a@example.co.jp\r\n" + head + b"Content-Type: multipart/mixed; boundary="
            + boundary + b"\r\n\r\n" + body)


@fuzz(120)
@given(raw=messages())
def test_messages_built_from_parts_are_judged_and_rendered(raw):
    fk.run_mime(raw)
    fk.run_judge(raw)


@fuzz(150)
@given(raw=messages(), cuts=st.lists(st.integers(1, 300), max_size=6),
       mode=st.sampled_from(["normalize", "reject"]))
def test_the_data_reader_gives_one_clean_message_however_the_packets_fall(raw, cuts, mode):
    # the same bytes cut into other packets give the same message
    wire = fk.dot_stuff(raw.replace(b"\r\n.\r\n", b"\r\n..\r\n"))
    whole = fk.read_data(wire, bare_newline=mode)
    assert fk.read_data(wire, pieces=cuts, bare_newline=mode) == whole
    content, problem = whole
    if problem is None:
        assert b"\x00" not in content
        assert not re.search(rb"\r(?!\n)|(?<!\r)\n", content)
        assert fk.lenient_messages(fk.dot_stuff(content)) == 1
    else:
        assert problem.startswith("554 5.6.0") and mode == "reject"


# --- NUL smuggling over real SMTP -----------------------------------------------------------

SMUGGLED = (b"MAIL FROM:<ceo@example.co.jp>\r\nRCPT TO:<victim@example.co.jp>\r\nDATA\r\n"
            b"From: ceo@example.co.jp\r\nSubject: smuggled\r\n\r\nsend money\r\n")
line_ends = st.sampled_from([b"\r\n", b"\n", b"\r"])
nuls = st.integers(0, 3).map(lambda n: b"\x00" * n)


@st.composite
def nul_end_of_data(draw: st.DrawFn) -> bytes:
    """An end-of-data look-alike: NULs before, after or around the dot and its line
    endings, bare CR or LF for either line ending."""
    dot = draw(st.sampled_from([b".", b"\x00.", b".\x00", b"\x00.\x00"]))
    v = draw(nuls) + draw(line_ends) + draw(nuls) + dot + draw(nuls) + draw(line_ends) + \
        draw(nuls)
    assume(v != b"\r\n.\r\n")  # the real end of data: what follows is the client's next
    return v


@pytest.fixture(scope="module")
def lax_relay(tmp_path_factory):
    """A relay forwarding to a next hop that skips NULs and ends DATA at any line
    ending around a dot, both in an event loop of their own thread (hypothesis drives
    the examples from this one)."""
    from mailguard.serve import start_relay

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    path = tmp_path_factory.mktemp("nul") / "mg.db"

    async def start():
        lax = await LaxSink(drop_nul=True).start()
        relay = await start_relay(relay_settings(upstream_port=lax.port,
                                                 store_url=f"sqlite:///{path}"),
                                  optional_parts=False, run_worker=False)
        return lax, relay

    lax, relay = asyncio.run_coroutine_threadsafe(start(), loop).result(60)
    yield loop, lax, relay

    async def stop():
        await relay.stop(0)
        await lax.stop()

    asyncio.run_coroutine_threadsafe(stop(), loop).result(30)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


async def _session(port: int, data: bytes) -> str:
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(f"EHLO client.test\r\nMAIL FROM:<{SENDER}>\r\nRCPT TO:<{INTERNAL}>\r\n"
            "DATA\r\n".encode())
    w.write(data)
    w.write(b"QUIT\r\n")
    out = await asyncio.wait_for(r.read(), 20)
    w.close()
    return out.decode("utf-8", "replace")


@fuzz(60)
@given(variants=st.lists(nul_end_of_data(), min_size=1, max_size=3),
       in_header=st.booleans(), extra_nul=st.booleans())
def test_no_nul_end_of_data_variant_smuggles_a_second_message(lax_relay, variants,
                                                               in_header, extra_nul):
    loop, lax, relay = lax_relay
    head = f"From: {SENDER}\r\nTo: {INTERNAL}\r\n".encode()
    subject = b"Subject: first"
    if in_header:  # the look-alike inside the header block, then the smuggled commands
        subject += variants[0] + SMUGGLED
    body = b"hello" + (b"\x00 world" if extra_nul else b"")
    for v in variants[in_header:]:
        body += v + SMUGGLED
    data = head + subject + b"\r\nMessage-ID: <n@example.co.jp>\r\n\r\n" + body + b"\r\n.\r\n"
    before_msgs, before_cmds = len(lax.messages), len(lax.commands)
    replies = asyncio.run_coroutine_threadsafe(_session(relay.address[1], data), loop).result(30)
    # one transaction: 354, one final answer (the message relayed), then 221
    assert replies.count("354 ") == 1
    assert len(re.findall(r"^250 2\.0\.0 OK: checked and relayed", replies, re.M)) == 1
    assert not re.search(r"^5\d\d ", replies, re.M) and replies.rstrip().endswith("221 Bye")
    new_cmds = lax.commands[before_cmds:]
    assert len(lax.messages) - before_msgs == 1
    assert new_cmds.count(b"DATA") == 1 and not any(b"ceo@" in c for c in new_cmds)
    got = lax.messages[-1]
    assert b"\x00" not in got and got.count(b"send money") == len(variants)
