"""The review site over real HTTP on a real store: escaping, headers, plain pages, who
gets which buttons (sender, approver, admin), and what opening a page records."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import email
import email.policy
import re

import pytest
from holdkit import SECRET, Browser, forms_of
from mailfactory import DEFAULT_CONFIG, judge_mail, make_mail

from mailguard.config import parse_settings
from mailguard.hold.fates import HoldDesk
from mailguard.hold.sql import SqlStore
from mailguard.hold.store import MessageRecord, new_id
from mailguard.notify import Notifier
from mailguard.web.app import start_web

CONFIG = DEFAULT_CONFIG + f'[web]\nsecret_key = "{SECRET}"\n'
CLIENTS = ["sato@client-a.example", "bob@client-b.example", "kim@client-c.example"]


@pytest.fixture
def store(tmp_path):
    s = SqlStore(f"sqlite:///{tmp_path / 'mailguard.db'}")
    yield s
    s.close()


@pytest.fixture
async def site(store):
    started = []

    async def start(config: str = CONFIG, notifier=None):
        settings = parse_settings(config)
        web = await start_web(settings, store, notifier=notifier, host="127.0.0.1", port=0)
        started.append(web)
        base = "http://{}:{}".format(*web.address)
        settings = dataclasses.replace(settings, web=dataclasses.replace(
            settings.web, base_url=base))
        return settings, base

    yield start
    for w in started:
        await w.stop()


@pytest.fixture
async def browser():
    b = Browser()
    yield b
    await b.close()


def hold(store, raw: bytes, config: str = CONFIG, sender: str | None = None) -> MessageRecord:
    v = judge_mail(raw, config)
    now = dt.datetime.now(dt.UTC)
    rec = MessageRecord(
        id=new_id(), status="held", action=str(v.action), received_at=now,
        sender=sender or v.sender, recipients=tuple(r["address"] for r in v.recipients),
        message_id=v.message_id, subject=v.subject, rules=tuple(v.rules),
        verdict=v.to_json(), expires_at=now + dt.timedelta(hours=72),
        mail_from=sender or v.sender)
    store.record(rec, raw, mail_from=rec.mail_from)
    return rec


def link(store, settings, rec, actor: str) -> str:
    desk = HoldDesk(store, settings)
    return f"{settings.web.base_url}/h/" + desk.tokens.mint(rec.id, "view", actor)


async def test_page_escapes_what_the_message_says(store, site, browser):
    settings, _ = await site()
    evil = '<script>alert("x")</script>"><img src=x onerror=alert(1)>'
    raw = make_mail(to=CLIENTS, subject=f"ご案内 {evil}",
                    attachments=[(f"{evil}.txt", b"hello", "text/plain")])
    rec = hold(store, raw)
    status, html = await browser.get(link(store, settings, rec, "sender:taro@example.co.jp"))
    assert status == 200
    assert "<script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


async def test_headers_cookie_and_plain_pages(store, site, browser):
    settings, base = await site()
    rec = hold(store, make_mail(to=CLIENTS))
    url = link(store, settings, rec, "sender:taro@example.co.jp")
    async with browser.session.get(url) as r:
        assert r.status == 200
        h = r.headers
        assert "default-src 'none'" in h["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in h["Content-Security-Policy"]
        assert h["Referrer-Policy"] == "same-origin"
        assert h["Cache-Control"] == "no-store" and h["X-Frame-Options"] == "DENY"
        cookie = r.cookies["mg_csrf"]
        assert cookie["httponly"] and cookie["samesite"] == "Strict" and cookie["path"] == "/h/"
    for path, status, text in (("/", 200, "お知らせメールのリンクから"),
                               ("/nothing/here", 404, "ページが見つかりません"),
                               ("/h/", 404, "ページが見つかりません")):
        got, html = await browser.get(base + path)
        assert (got, text in html) == (status, True), path
    async with browser.session.get(base + "/static/mailguard.css") as r:
        assert r.status == 200 and r.content_type == "text/css"
    async with browser.session.head(url + "/release") as r:
        assert r.status == 405
    async with browser.session.get(base + "/healthz") as r:
        assert await r.text() == "ok\n"


async def test_viewing_is_recorded_once_per_visit(store, site, browser):
    settings, _ = await site()
    rec = hold(store, make_mail(to=CLIENTS))
    url = link(store, settings, rec, "sender:taro@example.co.jp")
    for _ in range(3):
        assert (await browser.get(url))[0] == 200
    viewed = [e for e in store.events(rec.id) if e.event == "viewed"]
    assert len(viewed) == 1
    assert (viewed[0].actor, viewed[0].client) == ("sender:taro@example.co.jp", "127.0.0.1")
    assert store.get(rec.id).status == "held"


async def test_a_link_for_a_missing_hold(store, site, browser, tmp_path):
    settings, base = await site()
    other = SqlStore(f"sqlite:///{tmp_path / 'other.db'}")
    rec = hold(other, make_mail(to=CLIENTS))
    # signed with the right key, but this store never issued it
    token = HoldDesk(other, settings).tokens.mint(rec.id, "view", "sender:a@example.co.jp")
    other.close()
    status, html = await browser.get(f"{base}/h/{token}")
    assert status == 404 and "このリンクは無効です" in html


async def test_mail_from_outside_goes_to_the_admins(store, site, browser):
    config = CONFIG + '[notify]\nadmins = ["postmaster@example.co.jp"]\n'
    settings, _ = await site(config)
    sent: list[tuple[str, list[str], bytes]] = []

    async def send(mail_from, rcpts, raw):
        sent.append((mail_from, list(rcpts), raw))

    rec = hold(store, make_mail(sender="someone@partner.co.jp", to=CLIENTS), config,
               sender="someone@partner.co.jp")
    await Notifier(store, settings, send).held(rec)
    [(mail_from, rcpts, raw)] = sent
    assert rcpts == ["postmaster@example.co.jp"]
    assert mail_from == "mailguard@example.co.jp"
    body = email.message_from_bytes(raw, policy=email.policy.default).get_content()
    url = re.search(r"http://\S+/h/\S+", body).group(0)
    status, html = await browser.get(url)
    assert set(forms_of(html)) == {"rewrite", "cancel", "release"}
    status, _, _ = await browser.press(url, "cancel")
    assert status == 303
    await asyncio.sleep(0)
    assert store.get(rec.id).decided_by == "admin:postmaster@example.co.jp"


async def test_who_gets_which_buttons_on_an_approval_hold(store, site, browser):
    config = CONFIG + ('[approvers]\nrules = ["*"]\nfallback = ["privacy@example.co.jp"]\n'
                       '[approvers.map]\n"taro@example.co.jp" = ["bucho@example.co.jp"]\n')
    settings, _ = await site(config)

    async def send(mail_from, rcpts, raw):
        pass

    rec = hold(store, make_mail(to=CLIENTS), config)
    await Notifier(store, settings, send).held(rec)
    assert store.get(rec.id).extra["approval"]["approvers"] == ["bucho@example.co.jp"]
    for actor, buttons in (("sender:taro@example.co.jp", {"cancel"}),
                           ("approver:bucho@example.co.jp", {"approve", "rewrite", "reject"}),
                           ("approver:privacy@example.co.jp", {"approve", "rewrite",
                                                               "reject"}),
                           ("approver:stranger@example.co.jp", set())):
        _, html = await browser.get(link(store, settings, rec, actor))
        assert set(forms_of(html)) == buttons, actor
    # an approver's Bcc choice is an approval too
    url = link(store, settings, rec, "approver:bucho@example.co.jp")
    status, _, _ = await browser.press(url, "rewrite")
    assert status == 303
    assert store.get(rec.id).status == "rewritten"
    kinds = [e.event for e in store.events(rec.id)]
    assert kinds[-2:] == ["rewritten", "approved"]
