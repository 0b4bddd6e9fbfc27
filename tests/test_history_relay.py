"""The history detectors end to end: a generated sending history replayed through the
real relay over SMTP, then misdirected messages of each kind, and their correct
versions.  SQLite and PostgreSQL (the ``store_url`` fixture)."""

from __future__ import annotations

import datetime as dt
import mailbox
import random

import aiosmtplib
import pytest
from historykit import SENDERS, Org, Person, letter, make_world, ordinary
from relaykit import Sink, header, relay_settings

from mailguard.serve import start_relay

CONFIG = """
[organization]
internal_domains = ["example.co.jp"]
partner_domains = ["partner.co.jp"]
[history]
warmup_days = {warmup}
established_days = 14
established_messages = 5
"""


@pytest.fixture
async def sink():
    s = await Sink().start()
    yield s
    await s.stop()


async def _relay(sink: Sink, store_url: str, warmup: int):
    settings = relay_settings(upstream_port=sink.port, store_url=store_url,
                              config=CONFIG.format(warmup=warmup))
    return await start_relay(settings, worker_interval=0.05, optional_parts=False)


async def _send_all(relay, mails: list[tuple[str, list[str], bytes]]) -> list[str]:
    host, port = relay.address
    replies = []
    async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as c:
        for sender, rcpts, raw in mails:
            try:
                _, reply = await c.sendmail(sender, rcpts, raw)
            except aiosmtplib.SMTPResponseException as e:
                reply = f"{e.code} {e.message}"
            replies.append(reply)
    return replies


def _rid(reply: str) -> str:
    return reply.split(" as ")[1].split(";")[0].split()[0]


def _mbox_of_older_mail(path, to: list[str], days_ago: int) -> None:
    """Sent mail from before mailguard (to import), dated ``days_ago`` days back."""
    from email.message import EmailMessage
    from email.utils import format_datetime, make_msgid

    box = mailbox.mbox(path)
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)
    for i, addr in enumerate(to):
        m = EmailMessage()
        m["From"] = "taro@example.co.jp"
        m["To"] = addr
        m["Date"] = format_datetime(start + dt.timedelta(days=i))
        m["Message-ID"] = make_msgid(domain="example.co.jp")
        m["Subject"] = "定例"
        m.set_content("お世話になっております。\n")
        box.add(m)
    box.close()


async def test_replayed_history_then_misdirection_of_each_kind(sink, store_url, tmp_path,
                                                               monkeypatch):
    rng = random.Random(7)
    world = make_world(n_orgs=24, seed=3, projects=3)
    # a history of 320 ordinary messages, relayed while the history warms up (its
    # detectors silent), so every one of them is delivered and recorded
    mails = []
    for _ in range(320):
        sender, to, cc = ordinary(world, rng)
        raw = letter(sender, to, cc=cc)
        mails.append((sender, [p.address for _, p in to + cc], raw))
    relay = await _relay(sink, store_url, warmup=14)
    try:
        replies = await _send_all(relay, mails)
        assert all(r.startswith("2.0.0 OK: checked and relayed") for r in replies), \
            [r for r in replies if "relayed" not in r][:3]
    finally:
        await relay.stop(0)
    assert len(sink.messages) == 320

    # older sent mail to partner.com (a look-alike of the partner partner.co.jp) makes
    # it an established correspondent; imported mail counts with its own date
    box = tmp_path / "sent.mbox"
    _mbox_of_older_mail(box, ["kato@partner.com"] * 6, days_ago=40)
    cfg = tmp_path / "mailguard.toml"
    cfg.write_text(CONFIG.format(warmup=14) + f'[store]\nurl = "{store_url}"\n',
                   encoding="utf-8")
    from mailguard.cli import main

    assert main(["history", "import", "--config", str(cfg), "--format", "mbox",
                 str(box)]) == 0

    relay = await _relay(sink, store_url, warmup=14)  # the import ended the warm-up
    try:
        await _check_misdirection(relay, world, sink)
    finally:
        await relay.stop(0)


async def _check_misdirection(relay, world, sink) -> None:
    store = relay.store
    # pick the people the history knows well: the most written-to of two organisations
    orgs = sorted(world.orgs[6:], key=lambda o: -len(o.people))
    a, b = orgs[0], orgs[1]
    pa, pb = a.people[0], b.people[0]
    taro = SENDERS[0]
    outsider = Org("株式会社はじめて", "hajimete.co.jp", [Person("石田", "進",
                                                               "ishida@hajimete.co.jp")])
    impostor = Person(pa.family, pa.given, f"{pa.address.split('@')[0]}@{b.domain}")
    cases = {
        # kind: (message, rcpts, rule expected or None for the correct version)
        "first contact": (letter(taro, [(outsider, outsider.people[0])]),
                          [outsider.people[0].address], "first-contact-domain"),
        "display name": (letter(taro, [(b, impostor)]), [impostor.address],
                         "display-name-mismatch"),
        "display name, correct": (letter(taro, [(a, pa)]), [pa.address], None),
        "addressee": (letter(taro, [(b, pb)], body=f"{a.name}\n{pa.name} 様\n\n"
                             "いつもお世話になっております。\n"), [pb.address],
                      "addressee-mismatch"),
        "addressee, correct": (letter(taro, [(b, pb)]), [pb.address], None),
        "addressee only quoted": (letter(taro, [(b, pb)], body=(
            f"{b.name}\n{pb.name} 様\n\n承知しました。\n\n> {a.name}\n> {pa.name} 様\n"
            "> 先日の件です。\n")), [pb.address], None),
        "co-recipients": (letter(taro, [(a, pa), (b, pb)]), [pa.address, pb.address],
                          "unusual-co-recipients"),
    }
    p0, p1 = world.orgs[0].people[0], world.orgs[1].people[0]
    cases["co-recipients, usual pair"] = (
        letter(taro, [(world.orgs[0], p0), (world.orgs[1], p1)]), [p0.address, p1.address],
        None)
    lookalike_ok = Person("加藤", "剛", "kato@partner.com")
    cases["look-alike, established"] = (
        letter(taro, [(Org("パートナー", "partner.com"), lookalike_ok)]),
        [lookalike_ok.address], None)
    typo = Person("加藤", "剛", "kato@partnre.co.jp")
    cases["look-alike, never written to"] = (
        letter(taro, [(Org("パートナー", "partnre.co.jp"), typo)]), [typo.address],
        "lookalike-domain")
    internal = Person("山田", "花子", "hanako@example.co.jp")
    cases["internal only"] = (letter(taro, [(Org("自社", "example.co.jp"), internal)], body=(
        f"{a.name}\n{pa.name} 様\n\nいつもお世話になっております。\n")),
        [internal.address], None)

    history_rules = {"first-contact-domain", "first-contact-address",
                     "display-name-mismatch", "addressee-mismatch", "unusual-co-recipients",
                     "lookalike-domain"}
    before = len(sink.messages)
    replies = await _send_all(relay, [(taro, r, raw) for raw, r, _ in cases.values()])
    delivered = sink.messages[before:]
    for (kind, (_, _rcpts, rule)), reply in zip(cases.items(), replies, strict=True):
        if rule is None:
            assert "relayed" in reply, (kind, reply)
            rid = reply.rsplit(" ", 1)[1]
            [verdict] = [v for m in delivered for v in header(m.content, "X-MailGuard-Verdict")
                         if f"id={rid};" in v]
            assert not any(r in verdict for r in history_rules), (kind, verdict)
            continue
        assert "held for review" in reply, (kind, reply)
        rec = store.get(_rid(reply))
        assert rule in rec.rules, (kind, rec.rules)
        [finding] = [f for f in rec.verdict["findings"] if f["rule"] == rule]
        texts = finding["texts"]
        assert texts["ja"]["message"] and texts["en"]["message"], kind
        if kind == "first contact":
            assert texts["ja"]["message"] == (
                "hajimete.co.jp への送信は初めてです。組織内の誰もこのドメインに送信した"
                "ことがありません。")
        if kind == "display name":
            msg = texts["ja"]["message"]
            assert msg.startswith(f"{impostor.address} への送信は初めてです。これまで ")
            assert f" 様には {pa.address} 宛てに " in msg and msg.endswith(" 回送信しています。")
            assert pa.name not in msg  # the person's name is masked
            assert msg.split(" 様には")[0].endswith(pa.family[0] + "*" * (
                len(pa.family) - 1) + " " + "*" * len(pa.given))
        if kind == "addressee":
            assert texts["ja"]["message"].startswith(f"本文の宛名「{a.name}」は、これまで "
                                                     f"{a.domain} 宛てのメールで ")
            assert texts["ja"]["message"].endswith(f"今回の宛先は {b.domain} です。")
            assert finding["where"] == "body"
        if kind == "co-recipients":
            assert finding["detector"] == "multiple_external_domains"
            assert "同じメールの宛先になったことがありません" in texts["ja"]["message"]
