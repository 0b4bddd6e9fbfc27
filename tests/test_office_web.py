"""The office's doors over plain HTTP: no session, no data and no action; a POST without
the session's CSRF value or from another site changes nothing; the session cookie's
attributes; an admin's release needs a reason and is audited."""

from __future__ import annotations

import re

import aiohttp
import pytest
from holdkit import start_stack
from mailfactory import make_mail
from officekit import (
    ADMIN,
    GROUPS_CONFIG,
    PERSONAL,
    SOUMU,
    admins_config,
    office_login,
)
from relaykit import Sink


@pytest.fixture
async def stack(tmp_path):
    sink = await Sink().start()
    st = await start_stack(sink, f"sqlite:///{tmp_path / 'mailguard.db'}",
                           GROUPS_CONFIG + admins_config())
    yield st
    await st.stop()
    await sink.stop()


async def _held(st) -> str:
    hold_id = await st.send(make_mail(sender=SOUMU, **PERSONAL), list(PERSONAL["to"]),
                            sender=SOUMU)
    await st.wait_status(hold_id, "held")
    return hold_id


def _session():
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def _csrf(s, url: str) -> str:
    async with s.get(url) as r:
        return re.search(r'name="csrf" value="([^"]+)"', await r.text()).group(1)


async def test_no_session_no_action(stack):
    st = stack
    hold_id = await _held(st)
    async with _session() as s:
        async with s.post(f"{st.base_url}/office/holds/{hold_id}/release",
                          data={"reason": "x", "csrf": "x"}, allow_redirects=False) as r:
            assert r.status == 303 and r.headers["Location"] == "/office/login"
        async with s.get(f"{st.base_url}/office/holds/{hold_id}",
                         allow_redirects=False) as r:
            assert r.status == 303 and SOUMU not in await r.text()
    assert st.store.get(hold_id).status == "held"


async def test_csrf_and_origin_are_checked(stack):
    st = stack
    hold_id = await _held(st)
    page = f"{st.base_url}/office/holds/{hold_id}"
    async with _session() as s:
        assert await office_login(s, st.base_url) == 303
        csrf = await _csrf(s, page)
        url = f"{page}/release"
        async with s.post(url, data={"reason": "ok", "csrf": "forged"}) as r:
            assert r.status == 403
        async with s.post(url, data={"reason": "ok", "csrf": csrf},
                          headers={"Origin": "https://evil.example"}) as r:
            assert r.status == 403
        async with s.post(url, data={"reason": "  ", "csrf": csrf}) as r:
            assert r.status == 422 and "理由を入力してください" in await r.text()
        assert st.store.get(hold_id).status == "held"
        async with s.post(url, data={"reason": "宛先確認済み", "csrf": csrf},
                          allow_redirects=False) as r:
            assert r.status == 303
        rec = st.store.get(hold_id)
        assert rec.status == "released" and rec.decided_by == f"admin:{ADMIN}"
        ev = next(e for e in st.store.events(hold_id) if e.event == "released")
        assert ev.actor == f"admin:{ADMIN}" and "宛先確認済み" in ev.reason
        assert ev.client == "127.0.0.1"
        # a second release of the same hold is a conflict, not a second delivery
        async with s.post(url, data={"reason": "again", "csrf": csrf}) as r:
            assert r.status == 409
        # the login form itself needs its CSRF value
    async with _session() as s, s.post(f"{st.base_url}/office/login", allow_redirects=False,
                      data={"login": ADMIN, "password": "x"}) as r:
        assert r.status == 403


async def test_session_cookie_attributes(tmp_path):
    """Behind a TLS proxy (base_url https) the cookies are Secure, always HttpOnly and
    SameSite=Strict, and only sent to /office/."""
    from aiohttp.test_utils import TestClient, TestServer

    from mailguard.config import parse_settings
    from mailguard.hold.sql import SqlStore
    from mailguard.web.app import create_app

    settings = parse_settings('[web]\nbase_url = "https://mailguard.example.co.jp"\n'
                              'secret_key = "cookie-test-secret-0123456789"\n'
                              + admins_config())
    store = SqlStore(f"sqlite:///{tmp_path / 'm.db'}")
    try:
        async with TestClient(TestServer(create_app(store, settings))) as client:
            r = await client.get("/office/login")
            csrf = re.search(r'name="csrf" value="([^"]+)"', await r.text()).group(1)
            pre = r.headers["Set-Cookie"]
            assert "Secure" in pre and "HttpOnly" in pre and "SameSite=Strict" in pre
            # the test client speaks http: hand the Secure cookie back as a browser
            # behind the proxy would
            value = pre.split(";", 1)[0]
            r = await client.post("/office/login", allow_redirects=False, data={
                "csrf": csrf, "login": ADMIN, "password": "correct horse battery staple"},
                headers={"Origin": "https://mailguard.example.co.jp", "Cookie": value})
            assert r.status == 303
            cookie = next(v for k, v in r.headers.items()
                          if k == "Set-Cookie" and v.startswith("mg_office="))
            low = cookie.lower()
            assert "httponly" in low and "samesite=strict" in low and "secure" in low
            assert "path=/office/" in low
    finally:
        store.close()
