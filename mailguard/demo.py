"""``mailguard demo``: the relay with a local sink, a throw-away store and sample mail.

Nothing leaves the machine: the upstream is an SMTP sink on 127.0.0.1 that only records
what reaches it.  The demo sends each example message through the relay as a mail client
would (envelope from From, recipients from To/Cc/Bcc), then prints what the relay
answered, what reached the sink and what waits in the hold queue.  With the review pages
installed it keeps running so the holds can be looked at and released in a browser.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import email.utils
import signal
import socket
import sys
import tempfile
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import Any, TextIO

import aiosmtplib
from aiosmtpd.smtp import SMTP

from mailguard.config import Settings, parse_settings

DEMO_CONFIG = """
[organization]
name = "サンプル株式会社"
internal_domains = ["example.co.jp"]
partner_domains = ["partner.co.jp"]
"""

LABEL = {"pass": "送信 PASS", "warn": "警告 WARN", "delay": "遅延 DELAY",
         "hold": "保留 HOLD", "reject": "拒否 REJECT"}


class _SinkHandler:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos),
                              bytes(envelope.original_content)))
        return "250 2.0.0 Ok: kept by the demo sink"


def find_examples(explicit: str | None) -> list[Path]:
    if explicit:
        folder = Path(explicit)
        if not folder.is_dir():
            from mailguard.errors import MailguardError

            raise MailguardError(f"{explicit}: no such folder")
        return sorted(folder.glob("*.eml"))
    for folder in (Path.cwd() / "examples", Path(__file__).resolve().parent.parent / "examples"):
        found = sorted(folder.glob("*.eml"))
        if found:
            return found
    return []


def generated_examples(folder: Path) -> list[Path]:
    """A few messages covering pass, warn and hold, when no examples are at hand."""
    def mail(name: str, to: list[str], subject: str, body: str, cc: list[str] = (),
             attach: tuple[str, bytes] | None = None) -> Path:
        m = EmailMessage()
        m["From"] = email.utils.formataddr(("山田 太郎", "taro.yamada@example.co.jp"))
        m["To"] = ", ".join(to)
        if cc:
            m["Cc"] = ", ".join(cc)
        m["Subject"] = subject
        m["Date"] = email.utils.formatdate(localtime=True)
        m["Message-ID"] = email.utils.make_msgid(domain="example.co.jp")
        m.set_content(body)
        if attach:
            m.add_attachment(attach[1], maintype="text", subtype="csv", filename=attach[0])
        path = folder / name
        path.write_bytes(bytes(m))
        return path

    return [
        mail("01-internal.eml", ["hanako.suzuki@example.co.jp"], "会議室の予約",
             "鈴木さん\n\n明日 10 時の会議室を予約しました。\n\n山田"),
        mail("02-partner.eml", ["sato@partner.co.jp"], "お見積りの件",
             "株式会社パートナー 佐藤様\n\nいつもお世話になっております。\n"
             "お見積りをお送りします。\n\nサンプル株式会社 山田"),
        mail("03-visible-externals.eml",
             ["a.tanaka@client-a.example", "b.ito@client-b.example",
              "c.kato@client-c.example"], "セミナーのご案内",
             "各位\n\nセミナーのご案内です。\n"),
        mail("04-confidential.eml", ["tanaka@client-a.example"], "【社外秘】来期の価格改定",
             "田中様\n\n社外秘の資料です。\n"),
        mail("05-lookalike.eml", ["sato@partnre.co.jp"], "ご請求書の送付",
             "株式会社パートナー 佐藤様\n\n請求書をお送りします。\n"),
        mail("06-my-number.eml", ["kyuyo@outsourcing.example"], "社員情報",
             "給与計算用の社員情報です。\n",
             attach=("社員.csv", "氏名,マイナンバー\n山田太郎,123456789018\n".encode())),
    ]


def _port_or_free(preferred: int) -> int:
    """``preferred`` when it is free on 127.0.0.1, else any free port."""
    for port in (preferred, 0):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise OSError("no free port")


def envelope_of(raw: bytes) -> tuple[str, list[str]]:
    head = BytesHeaderParser(policy=compat32).parsebytes(raw.split(b"\n\n", 1)[0] + b"\n\n")
    sender = email.utils.parseaddr(str(head.get("From", "")))[1]
    rcpts = [a for _, a in email.utils.getaddresses(
        [str(v) for k in ("To", "Cc", "Bcc") for v in head.get_all(k) or ()]) if a]
    return sender, rcpts


async def run_demo(examples: str | None = None, *, wait: bool = True,
                   out: TextIO = sys.stdout, settings: Settings | None = None) -> int:
    from mailguard.serve import start_relay

    work = Path(tempfile.mkdtemp(prefix="mailguard-demo-"))
    files = find_examples(examples)
    if not files:
        (work / "examples").mkdir()
        files = generated_examples(work / "examples")
        out.write(f"(no examples/ folder: using {len(files)} generated messages)\n")

    loop = asyncio.get_running_loop()
    sink = _SinkHandler()
    sink_server = await loop.create_server(
        lambda: SMTP(sink, hostname="sink.demo", enable_SMTPUTF8=True, loop=loop),
        "127.0.0.1", 0)
    sink_port = sink_server.sockets[0].getsockname()[1]
    base = settings or parse_settings(DEMO_CONFIG)
    relay_cfg = dataclasses.replace(base.relay, listen="127.0.0.1:0",
                                    upstream=f"127.0.0.1:{sink_port}", upstream_tls="off",
                                    implicit_tls_listen="", hostname="mailguard.demo")
    web_port = _port_or_free(8025)
    settings = dataclasses.replace(
        base, relay=relay_cfg,
        store=dataclasses.replace(base.store, url=f"sqlite:///{work / 'mailguard.db'}"),
        web=dataclasses.replace(base.web, listen=f"127.0.0.1:{web_port}",
                                base_url=f"http://127.0.0.1:{web_port}"),
        base_dir=str(work))
    relay = await start_relay(settings, worker_interval=0.5)
    try:
        host, port = relay.address
        out.write(f"mailguard demo: relay on {host}:{port} → sink on 127.0.0.1:{sink_port}, "
                  f"store {work / 'mailguard.db'}\n\n")
        results = []
        for path in files:
            raw = path.read_bytes()
            sender, rcpts = envelope_of(raw)
            try:
                async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False,
                                           timeout=120) as c:
                    _, reply = await c.sendmail(sender or "demo@example.co.jp",
                                                rcpts or ["nobody@example.co.jp"], raw)
                    code = 250
            except aiosmtplib.SMTPResponseException as e:
                code, reply = e.code, e.message
            except aiosmtplib.SMTPRecipientsRefused as e:
                code, reply = 550, str(e)
            results.append((path.name, code, reply))
        await asyncio.sleep(0.2)
        records = {r.id: r for r in relay.store.list()}
        width = max(len(n) for n, _, _ in results)
        for name, code, reply in results:
            rid = reply.rsplit(" ", 1)[-1].rstrip(";") if code < 500 else ""
            rid = next((i for i in records if i in reply), rid)
            rec = records.get(rid)
            action = rec.action if rec else ("reject" if code >= 500 else "?")
            rules = ", ".join(dict.fromkeys(rec.rules)) if rec else ""
            out.write(f"  {name:<{width}}  {LABEL.get(action, action):<10}  {code}  "
                      f"{rules}\n")
        held = [r for r in records.values() if r.status in ("held", "delayed")]
        relayed = [m for m in sink.messages if b"\nX-MailGuard-Verdict:" in
                   m[2].split(b"\r\n\r\n", 1)[0]]
        notices = len(sink.messages) - len(relayed)
        out.write(f"\n{len(relayed)} message(s) relayed to the sink (the upstream)"
                  + (f", and {notices} notice(s) to senders" if notices else "")
                  + f"; {len(held)} wait in the hold queue:\n")
        for r in held:
            out.write(f"  {r.id}  {r.status:<8} {', '.join(dict.fromkeys(r.rules))}\n")
        if relay.web is not None:
            links = review_links([m[2] for m in sink.messages if m not in relayed],
                                 settings.web.base_url)
            if links and wait:
                out.write("\nReview pages (the links in the notices to the senders):\n")
                for subject, link in links:
                    out.write(f"  {subject}\n    {link}\n")
            else:
                out.write(f"\nReview pages: {settings.web.base_url}\n")
        if wait and relay.web is not None:
            out.write("(Ctrl-C to stop)\n")
            out.flush()
            stop = asyncio.Event()
            for sig in (signal.SIGINT, signal.SIGTERM):
                with contextlib.suppress(NotImplementedError, RuntimeError):
                    loop.add_signal_handler(sig, stop.set)
            await stop.wait()
        out.flush()
    finally:
        await relay.stop(5)
        sink_server.close()
    return 0


def review_links(notices: list[bytes], base_url: str) -> list[tuple[str, str]]:
    """(subject, first review link) of each notice the sink received."""
    import email
    import email.policy
    import re

    found = []
    pattern = re.compile(re.escape(base_url.rstrip("/")) + r"/[^\s<>\"']+")
    for raw in notices:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain", "html"))
        text = body.get_content() if body is not None else ""
        m = pattern.search(text)
        if m:
            found.append((str(msg.get("Subject", "")), m.group()))
    return found
