"""Real parts for the hold-and-confirm tests: the whole relay (SMTP in, store, notifier,
hold worker, review pages) against a recording upstream, and a small HTTP client that
reads the review page's forms like a browser would."""

from __future__ import annotations

import asyncio
import dataclasses
import email
import email.policy
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import aiohttp
import aiosmtplib
from relaykit import BASE_CONFIG, SENDER, Received, Sink, free_port, relay_settings

from mailguard.config import Settings
from mailguard.hold.fates import HoldDesk
from mailguard.serve import Relay, start_relay

SECRET = "test-secret-0123456789abcdef"
HOLD_CONFIG = BASE_CONFIG + f"""
[web]
secret_key = "{SECRET}"
"""
LINK = re.compile(r"https?://127\.0\.0\.1:\d+/h/[A-Za-z0-9_\-.]+")


@dataclass
class Stack:
    relay: Relay
    settings: Settings
    sink: Sink
    base_url: str

    @property
    def store(self) -> Any:
        return self.relay.store

    def desk(self) -> HoldDesk:
        return HoldDesk(self.store, self.settings, notifier=self.relay.handler.notifier,
                        wake=self.relay.worker.wake if self.relay.worker else None)

    async def send(self, raw: bytes, rcpts: list[str], sender: str = SENDER) -> str:
        """Send through the relay; returns the store id from the 250 reply."""
        host, port = self.relay.address
        async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as c:
            _, reply = await c.sendmail(sender, rcpts, raw)
        return reply.split(" as ", 1)[1].split(";")[0].split()[0]

    def notices(self, to: str | None = None, kind: str | None = None) -> list[Received]:
        out = []
        for m in self.sink.messages:
            msg = parse(m.content)
            if "X-MailGuard-Notice" not in msg:
                continue
            if to is not None and m.rcpt_tos != [to]:
                continue
            if kind is not None and str(msg["X-MailGuard-Notice"]).split(";")[0] != kind:
                continue
            out.append(m)
        return out

    def mail(self) -> list[Received]:
        """What the upstream got that is not a notice (the users' mail)."""
        return [m for m in self.sink.messages if b"X-MailGuard-Notice" not in m.content]

    async def wait_notice(self, to: str, kind: str, count: int = 1,
                          timeout: float = 10.0) -> list[Received]:
        async def until() -> list[Received]:
            while len(found := self.notices(to, kind)) < count:
                await asyncio.sleep(0.05)
            return found
        return await asyncio.wait_for(until(), timeout)

    async def wait_mail(self, count: int = 1, timeout: float = 10.0) -> list[Received]:
        async def until() -> list[Received]:
            while len(found := self.mail()) < count:
                await asyncio.sleep(0.05)
            return found
        return await asyncio.wait_for(until(), timeout)

    async def wait_status(self, hold_id: str, status: str, timeout: float = 10.0) -> Any:
        async def until() -> Any:
            while (rec := await asyncio.to_thread(self.store.get, hold_id)).status != status:
                await asyncio.sleep(0.05)
            return rec
        return await asyncio.wait_for(until(), timeout)

    async def wait_events(self, hold_id: str, event: str, timeout: float = 10.0) -> list[str]:
        """The message's audit events once ``event`` is among them: the notifier records
        its event after the notice has gone, so the notice can arrive first."""
        async def until() -> list[str]:
            while event not in (events := [e.event for e in await asyncio.to_thread(
                    self.store.events, hold_id)]):
                await asyncio.sleep(0.05)
            return events
        return await asyncio.wait_for(until(), timeout)

    async def stop(self) -> None:
        await self.relay.stop(0)


async def start_stack(sink: Sink, store_url: str, config: str = "", *,
                      holds: dict[str, Any] | None = None, worker_interval: float = 0.05,
                      **relay: Any) -> Stack:
    """The relay with every optional part (notifier, hold worker, review pages);
    ``holds`` are keys of the [holds] section."""
    port = free_port()
    section = {"worker_interval": 0.1, **(holds or {})}
    config += "\n[holds]\n" + "".join(
        f"{k} = {v!r}\n".replace("'", '"') for k, v in section.items())
    s = relay_settings(upstream_port=sink.port, store_url=store_url,
                       config=HOLD_CONFIG + config, **relay)
    base = f"http://127.0.0.1:{port}"
    s = dataclasses.replace(s, web=dataclasses.replace(s.web, listen=f"127.0.0.1:{port}",
                                                       base_url=base))
    r = await start_relay(s, worker_interval=worker_interval)
    return Stack(r, s, sink, base)


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def notice_text(m: Received) -> tuple[str, str]:
    """(subject, body) of a notice, decoded by the stdlib."""
    msg = parse(m.content)
    return str(msg["subject"]), msg.get_content()


def link_of(m: Received) -> str:
    _, body = notice_text(m)
    found = LINK.findall(body)
    assert found, "no review link in the notice"
    return found[0]


# --- reading the page like a browser -------------------------------------------------------

class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: dict[str, dict[str, Any]] = {}
        self._cur: dict[str, Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "form" and a.get("method") == "post":
            action = str(a.get("action") or "").rsplit("/", 1)[-1]
            self._cur = {"url": a.get("action"), "fields": {}, "radios": [], "inputs": []}
            self.forms[action] = self._cur
        elif tag == "input" and self._cur is not None:
            name = str(a.get("name") or "")
            if a.get("type") == "hidden":
                self._cur["fields"][name] = a.get("value") or ""
            elif a.get("type") == "radio":
                self._cur["radios"].append(a.get("value"))
            else:
                self._cur["inputs"].append(name)
        elif tag == "textarea" and self._cur is not None:
            self._cur["inputs"].append(str(a.get("name") or ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._cur = None


def forms_of(html: str) -> dict[str, dict[str, Any]]:
    p = _Forms()
    p.feed(html)
    return p.forms


@dataclass
class Browser:
    """An HTTP client with a cookie jar (cookies on 127.0.0.1 need ``unsafe``)."""

    session: aiohttp.ClientSession = field(default_factory=lambda: aiohttp.ClientSession(
        cookie_jar=aiohttp.CookieJar(unsafe=True)))

    async def get(self, url: str) -> tuple[int, str]:
        async with self.session.get(url, allow_redirects=False) as r:
            return r.status, await r.text()

    async def post(self, page_url: str, form: dict[str, Any], data: dict[str, str],
                   headers: dict[str, str] | None = None) -> tuple[int, str, str]:
        """Post a form of the page; returns (status, body, Location)."""
        base = page_url.split("/h/")[0]
        async with self.session.post(base + form["url"], data=data, allow_redirects=False,
                                     headers=headers or {}) as r:
            return r.status, await r.text(), r.headers.get("Location", "")

    async def press(self, page_url: str, action: str, **answers: str
                    ) -> tuple[int, str, str]:
        """Open the page and press ``action``'s button with ``answers`` filled in."""
        status, html = await self.get(page_url)
        assert status == 200, html
        forms = forms_of(html)
        assert action in forms, f"no {action} button; buttons: {sorted(forms)}"
        form = forms[action]
        return await self.post(page_url, form, {**form["fields"], **answers})

    async def close(self) -> None:
        await self.session.close()
