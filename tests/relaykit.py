"""Real SMTP parts for the relay tests: a recording upstream, a lax upstream, settings.

Everything listens on 127.0.0.1 port 0 (the OS picks a free port), in the test's own
event loop, like aiosmtplib's and Mailman's test suites.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
import socket
import tempfile
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.smtp import SMTP

from mailguard.config import Settings, parse_settings

BASE_CONFIG = """
[organization]
internal_domains = ["example.co.jp"]
partner_domains = ["partner.co.jp"]

# so that every action can be provoked by the recipients alone
[rules.override.lookalike-domain]
action = "reject"
[rules.override.freemail-recipient]
action = "delay"
"""

SENDER = "taro@example.co.jp"
INTERNAL = "hanako@example.co.jp"
EXTERNAL = "tanaka@client.example"        # external; with 社外秘 in the subject → hold
LOOKALIKE = "sato@partnre.co.jp"          # look-alike of partner.co.jp → reject (override)
FREEMAIL = "someone@gmail.com"            # free mail → delay (override)


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


@dataclass
class RecordingHandler:
    """An upstream that records what it accepts and can be told to refuse."""

    messages: list[Received] = field(default_factory=list)
    refuse_rcpt: dict[str, str] = field(default_factory=dict)   # address → reply
    refuse_data: str | None = None
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse_data:
            return self.refuse_data
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      bytes(envelope.original_content)))
        self.arrived.set()
        return "250 2.0.0 Ok: queued"


class Sink:
    """aiosmtpd on 127.0.0.1:0 with a ``RecordingHandler`` (optionally STARTTLS)."""

    def __init__(self, tls_context: Any = None):
        self.handler = RecordingHandler()
        self.tls_context = tls_context
        self.server: asyncio.AbstractServer | None = None
        self.port = 0

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    async def start(self) -> Sink:
        loop = asyncio.get_running_loop()
        self.server = await loop.create_server(
            lambda: SMTP(self.handler, hostname="sink.test", enable_SMTPUTF8=True,
                         tls_context=self.tls_context, loop=loop),
            "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None

    async def wait_for(self, count: int, timeout: float = 10.0) -> list[Received]:
        """Wait until ``count`` messages arrived (or fail the test)."""
        async def until() -> None:
            while len(self.messages) < count:
                self.handler.arrived.clear()
                await self.handler.arrived.wait()
        await asyncio.wait_for(until(), timeout)
        return self.messages


class LaxSink:
    """A deliberately lax upstream: it ends DATA at *any* line ending followed by a dot
    (``\\n.\\n``, ``\\r.\\r\\n``, ``\\n.\\r\\n``, ...), as some MTAs did before the SMTP
    smuggling fixes.  If mailguard passed a smuggled message on, this sink would see
    two messages."""

    END = re.compile(rb"(?:\r\n|\n|\r)\.(?:\r\n|\n|\r)")

    def __init__(self, drop_nul: bool = False) -> None:
        # drop_nul: it also ignores NUL bytes, so <CRLF>NUL.<CRLF> ends its DATA
        self.drop_nul = drop_nul
        self.messages: list[bytes] = []
        self.commands: list[bytes] = []
        self.port = 0
        self.server: asyncio.AbstractServer | None = None

    async def start(self) -> LaxSink:
        self.server = await asyncio.start_server(self._session, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()

    async def _session(self, reader: asyncio.StreamReader,
                       writer: asyncio.StreamWriter) -> None:
        buf = b""
        writer.write(b"220 lax.test ESMTP\r\n")
        try:
            while True:
                while b"\n" not in buf:
                    data = await reader.read(65536)
                    if not data:
                        return
                    buf += data
                line, _, buf = buf.partition(b"\n")
                cmd = line.rstrip(b"\r").upper()
                self.commands.append(cmd)
                if cmd.startswith(b"EHLO"):
                    writer.write(b"250-lax.test\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n"
                                 b"250 SIZE 100000000\r\n")
                elif cmd == b"DATA":
                    writer.write(b"354 go ahead\r\n")
                    await writer.drain()
                    body = b"\n"  # DATA starts at a line start
                    while not self.END.search(body):
                        data = await reader.read(65536)
                        if not data:
                            return
                        body += data.replace(b"\x00", b"") if self.drop_nul else data
                    m = self.END.search(body)
                    assert m is not None
                    self.messages.append(body[1:m.start()])
                    buf = body[m.end():] + buf
                    writer.write(b"250 ok\r\n")
                elif cmd == b"QUIT":
                    writer.write(b"221 bye\r\n")
                    await writer.drain()
                    return
                else:
                    writer.write(b"250 ok\r\n")
                await writer.drain()
        finally:
            writer.close()


def relay_settings(*, upstream_port: int, store_url: str, config: str = BASE_CONFIG,
                   **relay: Any) -> Settings:
    """Settings for a relay on 127.0.0.1:0 (replace() skips the port ≥ 1 check)."""
    s = parse_settings(config)
    r = dataclasses.replace(s.relay, listen="127.0.0.1:0",
                            upstream=f"127.0.0.1:{upstream_port}", upstream_tls="off",
                            hostname="mailguard.test", **relay)
    # the spool (records the store could not take) in a folder of its own, not ./var
    spool = tempfile.mkdtemp(prefix="mailguard-spool-")
    return dataclasses.replace(s, relay=r, store=dataclasses.replace(
        s.store, url=store_url, spool_dir=spool))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RecordingNotifier:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    async def notify(self, kind: str, record: Any, verdict: Any) -> None:
        self.calls.append((kind, record.id))


def header(raw: bytes, name: str) -> list[str]:
    """Values of header ``name`` in the header block of ``raw`` (unfolded)."""
    head = raw.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
    head = re.sub(r"\r\n[ \t]+", " ", head)
    out = []
    for line in head.split("\r\n"):
        k, sep, v = line.partition(":")
        if sep and k.strip().lower() == name.lower():
            out.append(v.strip())
    return out


class RelayProcess:
    """``mailguard serve`` in a child process, on a config file written for the test."""

    def __init__(self, tmp_path: Any, name: str, *, upstream_port: int, store_url: str,
                 extra: str = ""):
        self.port = free_port()
        self.name = name
        self.config = tmp_path / f"{name}.toml"
        self.config.write_text(f"""
[organization]
internal_domains = ["example.co.jp"]
partner_domains = ["partner.co.jp"]

[relay]
listen = "127.0.0.1:{self.port}"
upstream = "127.0.0.1:{upstream_port}"
upstream_tls = "off"
hostname = "{name}.mailguard.test"
instance = "{name}"
delivery_interval = 0.2
shutdown_grace = 5.0
{extra}

[web]
listen = "127.0.0.1:{free_port()}"
# instances sharing one store need one review-link key
secret_key = "relay-test-key-not-secret-0123456789abcdef"

[store]
url = "{store_url}"
""", encoding="utf-8")
        self.log = tmp_path / f"{name}.log"
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self, timeout: float = 30.0) -> RelayProcess:
        import sys

        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "mailguard", "serve", "--config", str(self.config),
            stdout=asyncio.subprocess.DEVNULL, stderr=open(self.log, "ab"))  # noqa: SIM115
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while loop.time() < end:
            if self.proc.returncode is not None:
                raise RuntimeError(f"relay {self.name} exited: {self.log.read_text()}")
            try:
                _, w = await asyncio.open_connection("127.0.0.1", self.port)
                w.close()
                return self
            except OSError:
                await asyncio.sleep(0.1)
        raise RuntimeError(f"relay {self.name} did not start: {self.log.read_text()}")

    def kill(self) -> None:
        """SIGKILL: no cleanup of any kind."""
        if self.proc is not None and self.proc.returncode is None:
            self.proc.kill()

    async def stop(self) -> int | None:
        if self.proc is None:
            return None
        if self.proc.returncode is None:
            self.proc.terminate()
        try:
            return await asyncio.wait_for(self.proc.wait(), 30)
        except TimeoutError:
            self.proc.kill()
            return await self.proc.wait()
