"""The SMTP front end: aiosmtpd wiring, TLS, AUTH, limits, and a strict DATA reader.

``GuardSMTP`` is aiosmtpd's ``SMTP`` protocol with four changes:

- **DATA** is read in large chunks and ends only at ``<CRLF>.<CRLF>``.  A bare LF or
  bare CR never ends it (``\\n.\\n``, ``\\r.\\r\\n``, ``\\n.\\r\\n`` are data), and before the
  handler sees the message every bare CR/LF is made a CRLF (``bare_newline =
  "normalize"``, Postfix's choice) or the message is refused (``"reject"``); NUL bytes
  are removed (a lenient next hop would read ``<CRLF>NUL.<CRLF>`` as the end).  What goes
  upstream is one message whatever the next hop's own parser does: no SMTP smuggling.
  Stock aiosmtpd reads DATA one line at a time, which is most of a relay's CPU at 200 KB.
- **AUTH** PLAIN/LOGIN check passwords in a thread (hashes are slow on purpose), only
  over TLS (STARTTLS, or the implicit-TLS listener), and only when users are configured.
- **Sessions** are capped (``max_sessions``; the next gets 421) and tracked, so a
  shutdown can let messages in flight finish and tell idle clients 421.
- **EHLO** adds PIPELINING (aiosmtpd handles pipelined commands in order) and leaves AUTH
  out when it is not offered.

``RelayServer`` binds the listeners (``relay.listen`` with STARTTLS when a certificate
is configured, ``relay.implicit_tls_listen`` for SMTPS) and drains them on shutdown.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import inspect
import logging
import re
import socket
import ssl
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiosmtpd.smtp as aiosmtpd_smtp
from aiosmtpd.smtp import SMTP, AuthResult

from mailguard.config import RelayConfig
from mailguard.errors import ConfigError
from mailguard.smtp import replies as R
from mailguard.smtp.auth import UserDB

log = logging.getLogger("mailguard.smtp")

_LINE_END = re.compile(rb"\r\n|\r|\n")
# A plain ``<local@domain>`` path (dot-atom local part, LDH domain) and the blanks after
# it: what nearly every MAIL and RCPT carries (see GuardSMTP._getaddr).
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_PATH = re.compile(
    rf"<({_ATEXT}(?:\.{_ATEXT})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>[ \t]*")
_SURROGATE = re.compile("[\ud800-\udfff]")
DATA_READ_LIMIT = 256 * 1024  # StreamReader buffer while reading DATA (commands: 1001)


class SessionGate:
    """Counts sessions against the cap and drains them on shutdown."""

    def __init__(self, max_sessions: int, max_per_client: int = 0, max_data: int = 0):
        self.max_sessions = max_sessions
        self.max_per_client = max_per_client
        self.max_data = max_data
        self.sessions: set[GuardSMTP] = set()
        self.per_client: dict[str, int] = {}
        self.in_data = 0
        self.draining = False
        self._empty = asyncio.Event()
        self._empty.set()

    def admit(self, proto: GuardSMTP, client: str = "") -> bytes | None:
        """None when ``proto`` may start, else the reply that turns it away.  One client
        (an IP address) may hold at most ``max_per_client`` of the sessions, so that one
        misbehaving host cannot take them all from the others."""
        if self.draining:
            return str(R.S421_4_3_2_SHUTTING_DOWN).encode()
        if self.max_sessions and len(self.sessions) >= self.max_sessions:
            return str(R.S421_4_7_0_TOO_MANY_SESSIONS).encode()
        if self.max_per_client and self.per_client.get(client, 0) >= self.max_per_client:
            log.warning("turning away a session of %s: %d already open", client,
                        self.per_client[client])
            return str(R.S421_4_7_0_TOO_MANY_FROM_CLIENT).encode()
        self.sessions.add(proto)
        self.per_client[client] = self.per_client.get(client, 0) + 1
        proto.gate_client = client
        self._empty.clear()
        return None

    def release(self, proto: GuardSMTP) -> None:
        if proto in self.sessions:
            self.sessions.discard(proto)
            client = proto.gate_client
            left = self.per_client.get(client, 1) - 1
            if left > 0:
                self.per_client[client] = left
            else:
                self.per_client.pop(client, None)
        if not self.sessions:
            self._empty.set()

    def start_data(self) -> bool:
        """Whether one more message may be received now (``max_data`` at once: each
        holds its message in memory while it is read and judged)."""
        if self.max_data and self.in_data >= self.max_data:
            return False
        self.in_data += 1
        return True

    def end_data(self) -> None:
        self.in_data -= 1

    async def drain(self, grace: float) -> int:
        """Stop sessions: idle ones now with 421, those with a message in flight when
        it is answered, or after ``grace`` seconds at the latest.  Returns how many had
        to be cut off."""
        self.draining = True
        for s in list(self.sessions):
            if not s.in_data:
                s.goodbye()
        try:
            await asyncio.wait_for(self._empty.wait(), grace)
            return 0
        except TimeoutError:
            left = list(self.sessions)
            for s in left:
                s.goodbye()
            await asyncio.sleep(0)
            return len(left)


class _AuthMembers:
    """``inspect`` as aiosmtpd's ``SMTP.__init__`` sees it while a GuardSMTP is made.

    ``SMTP.__init__`` finds the AUTH mechanisms with ``inspect.getmembers`` on the
    protocol and on the handler, keeping the ``auth_*`` names only; getmembers reads
    every attribute of both, which cost 0.6 ms per connection, most of what a connection
    of its own per message costs the relay over a reused one (bench_relay, per-message
    connections).  The names depend on the classes alone: they are listed once per
    class, and only those members read.  The EHLO hook's signature, looked at on every
    connection too, is worked out once.  Everything else is ``inspect``'s own."""

    def __init__(self) -> None:
        self._names: dict[type, tuple[str, ...]] = {}
        self._signatures: dict[Any, inspect.Signature] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(inspect, name)

    def getmembers(self, obj: Any) -> list[tuple[str, Any]]:
        names = self._names.get(type(obj))
        if names is None:
            names = self._names[type(obj)] = tuple(
                n for n in dir(type(obj)) if n.startswith("auth_"))
        return [(n, getattr(obj, n)) for n in names]

    def signature(self, fn: Any) -> inspect.Signature:
        """The EHLO hook's signature (a bound method: the same for every handler of the
        class), worked out once instead of per connection (0.17 ms each)."""
        key = getattr(fn, "__func__", fn)
        sig = self._signatures.get(key)
        if sig is None:
            sig = self._signatures[key] = inspect.signature(fn)
        return sig


_AUTH_MEMBERS = _AuthMembers()


class GuardSMTP(SMTP):
    """aiosmtpd's protocol with mailguard's DATA reader, AUTH and session limits."""

    def __init__(self, handler: Any, *, gate: SessionGate, users: UserDB | None = None,
                 bare_newline: str = "normalize", implicit_tls: bool = False,
                 **kwargs: Any):
        # only for the duration of this (synchronous) call: see _AuthMembers
        aiosmtpd_smtp.inspect = _AUTH_MEMBERS  # type: ignore[attr-defined]
        try:
            super().__init__(handler, **kwargs)
        finally:
            aiosmtpd_smtp.inspect = inspect  # type: ignore[attr-defined]
        self.gate = gate
        self.users = users
        self.bare_newline = bare_newline
        self.implicit_tls = implicit_tls
        self.in_data = False
        self._turned_away = False
        self.gate_client = ""

    # --- MAIL and RCPT ---

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        """aiosmtpd's, with a short way for a plain ``<local@domain>``: the same address
        and rest (its parser, a generic RFC 5322 one that also defines a class on every
        call, took ~5 % of the relay's CPU).  Anything else goes the long way."""
        m = _PLAIN_PATH.match(arg)
        if m is None or arg.startswith("(", m.end()):  # a comment after it: the long way
            address, rest = super()._getaddr(arg)
            if address is not None and _SURROGATE.search(address):
                # bytes that are not UTF-8 (aiosmtpd keeps them as surrogates): no
                # address, and one no next hop could be sent (it was a 451 for ever)
                return None, None
            return address, rest
        address = m.group(1)
        if self.local_part_limit and len(address.rpartition("@")[0]) > self.local_part_limit:
            return None, None
        return address, arg[m.end():]

    # --- session lifecycle ---

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        first = self._original_transport is None and self.transport is None
        if first:
            peer = transport.get_extra_info("peername")
            client = peer[0] if isinstance(peer, tuple) and peer else ""
            refusal = self.gate.admit(self, client)
            if refusal is not None:
                self._turned_away = True
                transport.write(refusal + b"\r\n")  # type: ignore[attr-defined]
                transport.close()
                return
        super().connection_made(transport)
        if first and self.session is not None:
            self.session.mg_tls = self.implicit_tls  # type: ignore[attr-defined]

    def connection_lost(self, error: Exception | None) -> None:
        if self._turned_away:
            return
        self.gate.release(self)
        super().connection_lost(error)

    def _timeout_cb(self) -> None:
        # aiosmtpd just drops an idle client; say why first (RFC 5321 4.5.3.2)
        if self.transport is not None and not self.transport.is_closing():
            with contextlib.suppress(AttributeError, RuntimeError, ConnectionError):
                self._writer.write(str(R.S421_4_4_2_TIMEOUT).encode() + b"\r\n")
        super()._timeout_cb()

    def goodbye(self) -> None:
        """Tell the client we are shutting down (421) and close the connection."""
        if self.transport is None or self.transport.is_closing():
            return
        with contextlib.suppress(AttributeError, RuntimeError, ConnectionError):
            self._writer.write(str(R.S421_4_3_2_SHUTTING_DOWN).encode() + b"\r\n")
        self.transport.close()

    # --- AUTH: PLAIN and LOGIN, password check off the event loop ---

    async def _check_login(self, mechanism: str, login: bytes, password: bytes) -> AuthResult:
        user = None
        if self.users:
            user = await asyncio.to_thread(self.users.check, login, password)
        if user is None:
            log.info("AUTH %s failed", mechanism)
            return AuthResult(success=False, handled=False)
        return AuthResult(success=True, handled=False, auth_data=user)

    async def auth_PLAIN(self, _: Any, args: list[str]) -> AuthResult:
        if len(args) == 1:
            blob = await self.challenge_auth("")
            if not isinstance(blob, bytes):
                return AuthResult(success=False, handled=True)
        else:
            try:
                blob = base64.b64decode(args[1].encode(), validate=True)
            except ValueError:
                await self.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        try:
            _, login, password = blob.split(b"\x00")
        except ValueError:
            await self.push("501 5.5.2 Can't split auth value")
            return AuthResult(success=False, handled=True)
        return await self._check_login("PLAIN", login, password)

    async def auth_LOGIN(self, _: Any, args: list[str]) -> AuthResult:
        if len(args) == 1:
            login = await self.challenge_auth(self.AuthLoginUsernameChallenge)
            if not isinstance(login, bytes):
                return AuthResult(success=False, handled=True)
        else:
            try:
                login = base64.b64decode(args[1].encode(), validate=True)
            except ValueError:
                await self.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        password = await self.challenge_auth(self.AuthLoginPasswordChallenge)
        if not isinstance(password, bytes):
            return AuthResult(success=False, handled=True)
        return await self._check_login("LOGIN", login, password)

    def _authenticate(self, mechanism: str, auth_data: Any) -> AuthResult:
        # Not used: auth_PLAIN/auth_LOGIN above check in a thread.  Fail closed anyway.
        return AuthResult(success=False, handled=False)

    @property
    def tls_active(self) -> bool:
        return self.implicit_tls or self._tls_protocol is not None

    # --- DATA ---

    async def smtp_DATA(self, arg: str) -> None:
        if await self.check_helo_needed():
            return
        if await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 5.5.1 Error: need RCPT command")
            return
        if arg:
            await self.push("501 5.5.4 Syntax: DATA")
            return
        if not self.gate.start_data():
            await self.push(str(R.S451_4_3_2_TOO_BUSY))
            return
        self.in_data = True
        try:
            await self.push("354 End data with <CR><LF>.<CR><LF>")
            content, problem = await self._read_data()
            self._reset_timeout()
            if problem is not None:
                self._set_post_data_state()
                await self.push(problem)
                return
            self.envelope.content = content
            self.envelope.original_content = content
            try:
                status = await self._call_handler_hook("DATA")
            finally:
                # a handler error must not leave the transaction half open (aiosmtpd
                # would answer the next MAIL with "nested MAIL command")
                self._set_post_data_state()
            await self.push("250 OK" if status is None or not isinstance(status, str)
                            else status)
        finally:
            self.in_data = False
            self.gate.end_data()
            if self.gate.draining:
                self.goodbye()

    async def _read_data(self) -> tuple[bytes, str | None]:
        """Read message data up to ``<CRLF>.<CRLF>``; (content, None) or (b"", reply).

        ``readuntil(b".\\r\\n")`` returns at every line that ends in a dot; only a dot
        alone on a CRLF line (or the very first line) ends the data, so the check is on
        everything read so far.  Past the size limit the data is drained, not kept.
        """
        reader = self._reader
        old_limit = getattr(reader, "_limit", None)
        if old_limit is not None:
            reader._limit = max(old_limit, DATA_READ_LIMIT)  # type: ignore[attr-defined]
        limit = self.data_size_limit or 0
        data = bytearray()
        total = 0
        first = True
        too_big = False
        try:
            while True:
                try:
                    chunk = await reader.readuntil(b".\r\n")
                except asyncio.LimitOverrunError as e:
                    chunk = await reader.read(max(e.consumed, 1))
                except asyncio.IncompleteReadError as e:
                    raise ConnectionResetError("connection closed during DATA") from e
                if first and chunk == b".\r\n":
                    break  # an empty message
                first = False
                total += len(chunk)
                data += chunk
                if limit and total > limit + 3:  # + 3: the terminator's ".\r\n"
                    too_big = True
                if data.endswith(b"\r\n.\r\n"):
                    del data[-3:]
                    break
                if too_big:
                    del data[:-5]  # keep just enough to see the terminator
                self._reset_timeout()
        finally:
            if old_limit is not None:
                reader._limit = old_limit  # type: ignore[attr-defined]
        if too_big:
            return b"", str(R.S552_5_3_4_TOO_BIG)
        # RFC 5321 4.5.2: remove the dot that transparency added at line starts
        content = bytes(data)
        if content.startswith(b"."):
            content = content[1:]
        content = content.replace(b"\r\n.", b"\r\n")
        crlf = content.count(b"\r\n")
        if content.count(b"\n") != crlf or content.count(b"\r") != crlf:
            if self.bare_newline == "reject":
                return b"", str(R.S554_5_6_0_BARE_NEWLINE)
            content = _LINE_END.sub(b"\r\n", content)
            assert self.envelope is not None
            self.envelope.mg_bare_newlines = True  # type: ignore[attr-defined]
        if b"\x00" in content:
            # RFC 5321 text has no NUL, and a next hop that skips NULs would read
            # <CRLF>NUL.<CRLF> as the end of DATA: removed before judging and relaying,
            # as Postfix does
            content = content.replace(b"\x00", b"")
        return content, None


def _hostport(value: str, key: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit():
        raise ConfigError(f"relay.{key}: {value!r} is not host:port")
    return host.strip("[]"), int(port)


def tls_context(relay: RelayConfig, base_dir: str = ".") -> ssl.SSLContext | None:
    """The server TLS context from ``tls_cert``/``tls_key`` (None when not configured)."""
    if not relay.tls_cert and not relay.tls_key:
        if relay.implicit_tls_listen:
            raise ConfigError("relay.implicit_tls_listen needs relay.tls_cert and tls_key")
        return None
    if not (relay.tls_cert and relay.tls_key):
        raise ConfigError("relay.tls_cert and relay.tls_key must be set together")

    def resolve(p: str) -> str:
        return p if Path(p).is_absolute() else str(Path(base_dir) / p)

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        ctx.load_cert_chain(resolve(relay.tls_cert), resolve(relay.tls_key))
    except (OSError, ssl.SSLError) as e:
        raise ConfigError(f"relay.tls_cert/tls_key: cannot load: {e}") from None
    return ctx


class RelayServer:
    """The listeners of one relay process, sharing one handler and one session cap."""

    def __init__(self, handler: Any, relay: RelayConfig, *, base_dir: str = ".",
                 users: UserDB | None = None):
        self.handler = handler
        self.relay = relay
        self.gate = SessionGate(relay.max_sessions, relay.max_sessions_per_client,
                                relay.max_concurrent_data)
        self.users = users if users is not None else UserDB.from_config(
            relay.users, relay.users_file, base_dir)
        self.tls = tls_context(relay, base_dir)
        if self.users and self.tls is None:
            log.warning("AUTH users are configured but no TLS certificate: AUTH is not "
                        "offered (it is only ever offered over TLS)")
        self.hostname = relay.hostname or socket.getfqdn()
        self.servers: list[asyncio.AbstractServer] = []
        self.addresses: list[tuple[str, int]] = []
        handler.bind_server(self)

    def _factory(self, implicit: bool) -> Callable[[], GuardSMTP]:
        r = self.relay
        loop = asyncio.get_running_loop()
        exclude = [] if self.users else ["PLAIN", "LOGIN"]

        def make() -> GuardSMTP:
            return GuardSMTP(
                self.handler, gate=self.gate, users=self.users,
                bare_newline=r.bare_newline, implicit_tls=implicit,
                data_size_limit=r.max_message_size or None, enable_SMTPUTF8=True,
                decode_data=False, hostname=self.hostname, ident="mailguard ESMTP",
                tls_context=None if implicit else self.tls, require_starttls=False,
                timeout=r.session_timeout or 300, auth_required=False,
                auth_require_tls=not implicit, auth_exclude_mechanism=exclude,
                loop=loop)
        return make

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        host, port = _hostport(self.relay.listen, "listen")
        srv = await loop.create_server(self._factory(False), host or None, port,
                                       reuse_address=True)
        self.servers.append(srv)
        self.addresses.append(srv.sockets[0].getsockname()[:2])
        if self.relay.implicit_tls_listen:
            host, port = _hostport(self.relay.implicit_tls_listen, "implicit_tls_listen")
            srv = await loop.create_server(self._factory(True), host or None, port,
                                           ssl=self.tls, reuse_address=True)
            self.servers.append(srv)
            self.addresses.append(srv.sockets[0].getsockname()[:2])
        for a in self.addresses:
            log.info("relay listening on %s:%d", *a)

    async def stop(self, grace: float | None = None) -> int:
        """Stop listening, then drain sessions (see ``SessionGate.drain``)."""
        for srv in self.servers:
            srv.close()
        cut = await self.gate.drain(self.relay.shutdown_grace if grace is None else grace)
        for srv in self.servers:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(srv.wait_closed(), 5)
        return cut
