"""The relay's SMTP hooks: who may relay, judge each message, act on the verdict.

Durable design (one, documented in the README): **relay before answering**.

- pass / warn: the message goes upstream *before* the client gets its answer.  The
  upstream's acceptance becomes our 250; its temporary refusal, or an upstream that is
  down, becomes our 4xx (the client keeps the message and retries); its permanent
  refusal becomes our 5xx.  Nothing is queued, so nothing can be lost in between.
  Recipients the upstream refuses for good while others accept get a bounce notice.
- delay / hold: the raw message and its verdict are written to the store (committed and
  fsync'ed: SQLite WAL with synchronous=FULL, or a PostgreSQL commit) *before* the 250;
  the delivery worker sends it when it is released.  A store that cannot be written
  answers 451.
- reject: 550 5.7.1 naming the rule ids only (never personal data).
- judging fails or overruns ``judge_timeout``: the message is held (``on_error =
  "hold"``) or answered 451 (``"tempfail"``), never passed unjudged.

Every judged message with a final outcome is recorded in the store with its (masked)
verdict, passing mail too, because the privacy office's statistics count every outcome.
A message answered 4xx is not recorded: the client's retry will be.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import email.header
import email.utils
import functools
import ipaddress
import logging
import os
import re
import socket
import time
import traceback
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from mailguard.config import Settings
from mailguard.errors import StoreError
from mailguard.hold.store import AuditEvent, MessageRecord, Store, new_id
from mailguard.metrics import Metrics
from mailguard.pipeline import Envelope, fail_closed
from mailguard.policy.verdict import Action, Verdict
from mailguard.ratelimit import SlidingWindow
from mailguard.smtp import replies as R
from mailguard.smtp.bounce import build_bounce
from mailguard.smtp.judging import make_judge_runner
from mailguard.smtp.recorder import Recorder
from mailguard.smtp.spool import (
    UNKNOWN,
    InDoubt,
    RecordSpool,
    SpoolReplayer,
    spool_dir_for,
    stored_record,
)
from mailguard.smtp.upstream import Upstream, UpstreamError

log = logging.getLogger("mailguard.relay")

STATUS_OF = {Action.PASS: "passed", Action.WARN: "warned", Action.DELAY: "delayed",
             Action.HOLD: "held", Action.REJECT: "rejected"}
VERDICT_HEADER = "X-MailGuard-Verdict"
_VERDICT_LINE = re.compile(rb"^X-MailGuard-Verdict:[^\n]*\n(?:[ \t][^\n]*\n)*", re.I | re.M)
_UNSAFE = re.compile(r"[^\x21-\x7e]")


class Notifier(Protocol):
    """Told after a message is stored held or delayed (the hold-and-confirm notice).

    ``kind`` is ``"held"`` or ``"delayed"``.  Called in the background after the 250;
    an error is logged and changes nothing for the message.
    """

    async def notify(self, kind: str, record: MessageRecord, verdict: Verdict) -> None: ...


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def strip_verdict_headers(raw: bytes) -> bytes:
    """Remove ``X-MailGuard-Verdict`` headers a client put in (only mailguard sets it)."""
    end = raw.find(b"\r\n\r\n")
    head = raw[:end + 2] if end >= 0 else raw
    if b"x-mailguard-verdict" not in head.lower():
        return raw
    return _VERDICT_LINE.sub(b"", head) + (raw[end + 2:] if end >= 0 else b"")


def verdict_header(action: str, rid: str, rules: Sequence[str] = (), ruleset: str = "",
                   status: str = "") -> bytes:
    """``X-MailGuard-Verdict: warn; id=…; rules=a,b; ruleset=…`` (ids only, no content)."""
    parts = [_UNSAFE.sub("", action)]
    if status:
        parts.append(f"status={status}")
    parts.append(f"id={rid}")
    clean = ",".join(dict.fromkeys(_UNSAFE.sub("", r) for r in rules if r))
    if clean:
        parts.append(f"rules={clean}")
    if ruleset:
        parts.append(f"ruleset={_UNSAFE.sub('', ruleset)[:12]}")
    return f"{VERDICT_HEADER}: {'; '.join(parts)}\r\n".encode("ascii", "replace")


def received_header(session: Any, rid: str, rcpts: Sequence[str], hostname: str,
                    now: dt.datetime) -> bytes:
    """Our trace line (RFC 5321 4.4; protocol names from RFC 3848)."""
    helo = _UNSAFE.sub("", str(session.host_name or "unknown"))[:100] or "unknown"
    ip = _peer_ip(session)
    proto = "ESMTP" if session.extended_smtp else "SMTP"
    if session.ssl is not None or getattr(session, "mg_tls", False):
        proto += "S"
    if session.authenticated:
        proto += "A"
    # Naming the recipient only when there is one keeps Bcc recipients hidden.
    rcpt = f"\r\n\tfor <{rcpts[0]}>" if len(rcpts) == 1 else ""
    date = _trace_date(int(now.timestamp()))
    return (f"Received: from {helo} ([{ip or 'unknown'}])\r\n\tby {hostname} (mailguard) "
            f"with {proto} id {rid}{rcpt};\r\n\t{date}\r\n").encode("utf-8", "replace")


@functools.lru_cache(maxsize=4)
def _trace_date(second: int) -> str:
    """The RFC 5322 date of a second, in local time: formatted once for all the messages
    of that second."""
    return email.utils.format_datetime(dt.datetime.fromtimestamp(second).astimezone())


def _peer_ip(session: Any) -> str:
    peer = getattr(session, "peer", None)
    if isinstance(peer, (tuple, list)) and peer:
        return str(peer[0])
    return ""


def _where(error: BaseException) -> str:
    """file:line of the innermost frame: enough to find a bug, no message content."""
    tb = traceback.extract_tb(error.__traceback__)
    if not tb:
        return "?"
    f = tb[-1]
    return f"{os.path.basename(f.filename)}:{f.lineno}"


class RelayHandler:
    """aiosmtpd handler: ``handle_EHLO/MAIL/RCPT/DATA`` and ``handle_exception``."""

    def __init__(self, settings: Settings, engine: Any, store: Store, upstream: Upstream, *,
                 judge_runner: Callable[..., Awaitable[Verdict]] | None = None,
                 notifier: Notifier | None = None, instance: str = ""):
        self.settings = settings
        self.relay = settings.relay
        self.engine = engine
        self.store = store
        self.upstream = upstream
        self.judge = judge_runner or make_judge_runner(settings, engine)
        self.notifier = notifier
        self.instance = instance or f"{socket.gethostname()}:{os.getpid()}"
        self.hostname = self.relay.hostname or socket.getfqdn()
        self.networks = [ipaddress.ip_network(n, strict=False)
                         for n in self.relay.client_networks]
        self._peer_verdicts: dict[str, bool] = {}
        self._background: set[asyncio.Task] = set()
        self.recorder = Recorder(store)
        self.spool = RecordSpool(spool_dir_for(settings.store.spool_dir, settings.base_dir))
        self.replayer: SpoolReplayer | None = None   # started by serve.start_relay
        self._space_paths = _store_dirs(store, self.spool.dir)
        self._in_doubt = InDoubt()
        self._hold_quota = SlidingWindow(self.relay.max_holds_per_sender_hour, 3600.0)
        self._space_checked = -1e9
        self._space_was_ok = True
        self.server: Any = None
        self.metrics = Metrics()
        self._retired: list[Callable[[], None]] = []   # judges replaced by a reload

    @property
    def observing(self) -> bool:
        """``relay.mode = "observe"``: judge and record everything, relay everything."""
        return self.relay.mode == "observe"

    def reconfigure(self, settings: Settings, engine: Any,
                    judge_runner: Any = None) -> None:
        """Take new settings and rules (SIGHUP) for the next messages.  Messages being
        judged finish with the old judge, which is closed once they must be done (after
        the old ``judge_timeout``), so a reload never fails a message in flight."""
        old, old_timeout = self.judge, self.relay.judge_timeout
        self.settings = settings
        self.relay = settings.relay
        self.engine = engine
        self.judge = judge_runner or make_judge_runner(settings, engine)
        self.networks = [ipaddress.ip_network(n, strict=False)
                         for n in self.relay.client_networks]
        self._peer_verdicts = {}
        close = getattr(old, "close", None)
        if close is not None:
            self._retired.append(close)
            asyncio.get_running_loop().call_later(old_timeout + 5, self._close_retired, close)

    def _close_retired(self, close: Callable[[], None]) -> None:
        if close in self._retired:
            self._retired.remove(close)
            close()

    def bind_server(self, server: Any) -> None:
        self.server = server
        self.hostname = server.hostname

    # --- who may relay ---

    def _network_ok(self, session: Any) -> bool:
        cached = getattr(session, "mg_network_ok", None)
        if cached is None:
            peer = _peer_ip(session)
            # clients come back: a connection of its own per message would parse the
            # same address again and again
            cached = self._peer_verdicts.get(peer)
            if cached is None:
                try:
                    ip = ipaddress.ip_address(peer.split("%")[0])
                    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
                        ip = ip.ipv4_mapped
                    cached = any(ip in n for n in self.networks)
                except ValueError:
                    cached = False
                if len(self._peer_verdicts) >= 4096:
                    self._peer_verdicts.clear()
                self._peer_verdicts[peer] = cached
            session.mg_network_ok = cached
        return cached

    def may_relay(self, session: Any) -> bool:
        return bool(session.authenticated) or self._network_ok(session)

    def _denied(self, server: Any) -> str:
        if getattr(server, "users", None) and getattr(server, "tls_active", False):
            return str(R.S530_5_7_0_AUTH_REQUIRED)
        return str(R.S550_5_7_1_RELAY_DENIED)

    # --- hooks ---

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str,
                          responses: list[str]) -> list[str]:
        session.host_name = hostname
        out = [r for r in responses if r.strip() not in ("250-AUTH", "250 AUTH")]
        out.insert(len(out) - 1, "250-PIPELINING")
        return out

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          mail_options: list[str]) -> str:
        if not self.may_relay(session):
            log.info("relay denied to %s at MAIL", _peer_ip(session))
            return self._denied(server)
        if not self._space_ok():
            log.warning("refusing new mail for now: less than %.0f MB free for the store "
                        "or the spool", self.relay.min_free_mb)
            return str(R.S452_4_3_1_NO_SPACE)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return str(R.S250_2_1_0_SENDER_OK)

    def _space_ok(self) -> bool:
        """Free space for the store (SQLite) and the spool, looked at once a second."""
        need = self.relay.min_free_mb * 1024 * 1024
        if need <= 0:
            return True
        now = time.monotonic()
        if now - self._space_checked < 1.0:
            return self._space_was_ok
        self._space_checked = now
        ok = True
        for path in self._space_paths:
            try:
                st = os.statvfs(path)
            except OSError:
                continue  # not made yet: the write will tell
            if st.f_bavail * st.f_frsize < need:
                ok = False
        self._space_was_ok = ok
        return ok

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if not self.may_relay(session):
            return self._denied(server)
        if self.relay.max_recipients and len(envelope.rcpt_tos) >= self.relay.max_recipients:
            return str(R.S452_4_5_3_TOO_MANY_RECIPIENTS)
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return str(R.S250_2_1_5_RECIPIENT_OK)

    async def handle_exception(self, error: Exception) -> str:
        # aiosmtpd would answer "500 Error: (Type) text": the text may hold mail data
        # and 5xx would make the client give up on a message we simply failed on.
        log.error("internal error in an SMTP session: %s at %s", type(error).__name__,
                  _where(error))
        return str(R.S451_4_3_0_INTERNAL)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw = strip_verdict_headers(bytes(envelope.content))
        rid = new_id()
        now = utcnow()
        mail_from = "" if envelope.mail_from in ("<>", "") else envelope.mail_from
        rcpts = tuple(envelope.rcpt_tos)
        env = Envelope(mail_from, rcpts)
        started = time.monotonic()
        try:
            verdict = await self.judge(raw, env, rid, self.relay.judge_timeout)
        except Exception as e:  # fail closed: hold or tempfail, never pass
            log.error("judging %s failed: %s at %s", rid, type(e).__name__, _where(e))
            if self.relay.on_error == "tempfail":
                return str(R.S451_4_3_0_SCAN_ERROR)
            verdict = fail_closed(rid, e, self.engine)
        self.metrics.judge_seconds.observe(time.monotonic() - started)
        self.metrics.messages.labels(action=str(verdict.action)).inc()
        trace = received_header(session, rid, rcpts, self.hostname, now)
        action = verdict.action
        if action <= Action.WARN or self.observing:
            return await self._relay(rid, now, verdict, mail_from, rcpts, trace, raw,
                                     smtputf8=bool(envelope.smtp_utf8))
        status = STATUS_OF[action]
        rec = self._make_record(rid, status, verdict, mail_from, rcpts, now, len(raw))
        doubt_key = b""
        earlier = None
        if len(self._in_doubt) and action != Action.REJECT:
            doubt_key = InDoubt.key(mail_from, rcpts, raw)
            earlier = self._in_doubt.pop(doubt_key)
        if earlier is not None:
            # a retry of a hold answered 451 because storing it failed: if that commit
            # landed after all, this is that message, not a second one
            found = await asyncio.to_thread(stored_record, self.store, earlier)
            if found is UNKNOWN:
                self._in_doubt.remember(doubt_key, earlier)
                log.error("storing %s: the store is still away", rid)
                return str(R.S451_4_3_0_STORE_ERROR)
            if found is not None:
                log.info("%s is a retry of %s, which is stored: answered with its id",
                         rid, earlier)
                return self._after_store(found, verdict)
        if action in (Action.DELAY, Action.HOLD) and not self._hold_quota.allow(
                (verdict.sender or mail_from).lower()):
            log.warning("%s not held: its sender is over relay.max_holds_per_sender_hour "
                        "(%d); client retries", rid, self.relay.max_holds_per_sender_hour)
            return str(R.S451_4_7_1_TOO_MANY_HOLDS)
        if action == Action.REJECT:
            await self._save(rec, None, mail_from, best_effort=True)
            log.info("%s rejected (%s)", rid, ",".join(verdict.rules))
            return R.S550_5_7_1_POLICY.format(rules=_rule_list(verdict), id=rid)
        try:
            await self._save(rec, trace + raw, mail_from)
        except StoreError as e:
            # the commit may have landed with only its acknowledgement lost (a dropped
            # connection): then the message is stored, and a 451 would store it twice
            found = await asyncio.to_thread(stored_record, self.store, rid)
            if found is None or found is UNKNOWN:
                # even "not there" may be a commit still on its way into the database
                self._in_doubt.remember(doubt_key or InDoubt.key(mail_from, rcpts, raw),
                                        rid)
                log.error("storing %s failed: %s", rid, e)
                return str(R.S451_4_3_0_STORE_ERROR)
            log.warning("storing %s reported %s, but the message is in the store", rid, e)
        return self._after_store(rec, verdict)

    def _after_store(self, rec: MessageRecord, verdict: Verdict) -> str:
        """The hold or delay is stored: notice to its sender, 250 to its client."""
        rid, status = rec.id, rec.status
        log.info("%s %s (%s)", rid, status, ",".join(verdict.rules))
        if self.notifier is not None:
            self._spawn(self._notify(status, rec, verdict))
        if status == "delayed":
            at = rec.release_at.strftime("%Y-%m-%dT%H:%MZ") if rec.release_at else "later"
            return R.S250_2_0_0_DELAYED.format(id=rid, at=at)
        return R.S250_2_0_0_HELD.format(id=rid)

    # --- relaying passing mail ---

    async def _relay(self, rid: str, now: dt.datetime, verdict: Verdict, mail_from: str,
                     rcpts: tuple[str, ...], trace: bytes, raw: bytes, *,
                     smtputf8: bool) -> str:
        status = STATUS_OF[verdict.action]
        observed = ""
        if verdict.action > Action.WARN:   # observe mode: relayed whatever the verdict
            observed, status = status, "passed"
            self.metrics.observed.labels(action=str(verdict.action)).inc()
        out = trace + verdict_header(str(verdict.action), rid, verdict.rules,
                                       verdict.ruleset,
                                       status="observed" if observed else "") + raw
        rec = self._make_record(rid, status, verdict, mail_from, rcpts, now, len(raw),
                                observed=observed)
        started = time.monotonic()
        try:
            result = await self.upstream.send(mail_from, rcpts, out, smtputf8=smtputf8)
        except UpstreamError as e:
            self.metrics.delivery_seconds.observe(time.monotonic() - started)
            self.metrics.deliveries.labels(
                result="deferred" if e.temporary else "refused").inc()
            if e.temporary:
                log.warning("%s not relayed, upstream %s at %s (%s): client retries",
                            rid, "deferred" if e.code else "unavailable", e.stage, e.code)
                if e.stage == "connect" or e.stage == "auth":
                    return str(R.S451_4_4_1_UPSTREAM_DOWN)
                if e.stage == "lost":
                    return str(R.S451_4_4_2_UPSTREAM_LOST)
                return R.S451_4_0_0_UPSTREAM_TEMPFAIL.format(
                    upstream=R.upstream_code(e.code, False))
            log.warning("%s refused by upstream at %s (%s)", rid, e.stage, e.code)
            await self._save(rec, None, mail_from, best_effort=True,
                             event=("delivery_failed", f"upstream {e.stage} {e.code}"))
            if e.stage == "rcpt":
                return R.S550_5_1_0_UPSTREAM_RECIPIENTS.format(
                    upstream=R.upstream_code(e.code, True))
            return R.S550_5_0_0_UPSTREAM_REFUSED.format(upstream=R.upstream_code(e.code, True))
        self.metrics.delivery_seconds.observe(time.monotonic() - started)
        self.metrics.deliveries.labels(result="relayed").inc()
        await self._save(rec, None, mail_from, best_effort=True, relayed=(raw, result.accepted),
                         basis=verdict.history_basis,
                         event=("delivered", "relayed before answering"))
        log.info("%s %s and relayed to %d recipient(s)%s", rid, status, len(result.accepted),
                 f" (observe mode: would have been {observed})" if observed else "")
        if result.refused and mail_from:
            self._spawn(self._bounce(rid, mail_from, out, result.refused))
        return R.S250_2_0_0_RELAYED.format(id=rid)

    # --- store ---

    def _make_record(self, rid: str, status: str, verdict: Verdict, mail_from: str,
                     rcpts: tuple[str, ...], now: dt.datetime, size: int,
                     observed: str = "") -> MessageRecord:
        release_at = expires_at = None
        if status == "delayed":
            release_at = now + dt.timedelta(minutes=self.relay.delay_minutes)
        elif status == "held":
            hours = getattr(getattr(self.settings, "holds", None), "expire_hours", 0) or 0
            expires_at = now + dt.timedelta(hours=hours) if hours else None
        return MessageRecord(
            id=rid, status=status, action=str(verdict.action), received_at=now,
            sender=verdict.sender or mail_from, recipients=rcpts,
            message_id=verdict.message_id, subject=verdict.subject,
            rules=tuple(verdict.rules), verdict=verdict.to_json(), size=size,
            release_at=release_at, expires_at=expires_at, instance=self.instance,
            mail_from=mail_from, observed=observed,
            extra={"observe": True} if observed else {})

    async def _save(self, rec: MessageRecord, raw: bytes | None, mail_from: str, *,
                    best_effort: bool = False, event: tuple[str, str] | None = None,
                    relayed: tuple[bytes, Sequence[str]] | None = None,
                    basis: Any = None) -> None:
        """Record a judged message.  ``best_effort``: the outcome is already fixed (the
        message was relayed or rejected), so a store failure is logged, not raised."""
        # one transaction per message (the record, its audit events, the history),
        # and one commit for all the messages waiting at that moment (recorder.py)
        kw: dict[str, Any] = {"mail_from": mail_from}
        if event is not None:
            kw["more_events"] = [event]
        if relayed is not None:  # (bytes, accepted recipients): for the sending history
            kw["history"] = await self._observe(rec, relayed[0], relayed[1], basis)
        try:
            await self.recorder.record(rec, raw, **kw)
        except Exception as e:
            if not best_effort:
                raise StoreError(f"{type(e).__name__}") from e
            await self._spool(rec, kw, e)

    async def _spool(self, rec: MessageRecord, kwargs: dict[str, Any],
                     error: BaseException) -> None:
        """The outcome is fixed but the store did not take the record: keep it in the
        spool (durably, before the client's answer) for the replayer."""
        try:
            await asyncio.to_thread(self.spool.put, rec, kwargs)
        except OSError as e:
            log.error("recording %s (%s) failed: %s, and spooling it failed: %s",
                      rec.id, rec.status, type(error).__name__, e.strerror or e)
            return
        log.warning("recording %s (%s) failed: %s; spooled for replay",
                    rec.id, rec.status, type(error).__name__)
        if self.replayer is not None:
            self.replayer.wake()

    async def _observe(self, rec: MessageRecord, raw: bytes, accepted: Sequence[str],
                       basis: Any = None) -> Any:
        """What the sending history keeps of a relayed message (mailguard.history), read
        off the event loop; None when the history is off or nothing external went."""
        if not getattr(getattr(self.settings, "history", None), "enabled", False):
            return None
        from mailguard.history.observe import observe_raw
        from mailguard.pipeline import organization_for

        sender = rec.sender or rec.mail_from
        org = organization_for(self.engine, sender.rpartition("@")[2].lower())
        if all(org.is_internal(a.rpartition("@")[2].lower()) for a in accepted):
            return None  # internal mail only: nothing to learn, no parse
        if basis is not None:  # read while judging: no second parse of the message
            from mailguard.history.observe import observe

            if (basis.observation is not None and basis.delivered
                    and {a.lower() for a in accepted} == set(basis.delivered)):
                return dataclasses.replace(basis.observation, at=rec.received_at)
            try:
                return observe(at=rec.received_at, sender=sender,
                               recipients=basis.recipients, is_internal=org.is_internal,
                               delivered=accepted, salutations=basis.salutations)
            except Exception:
                return None  # the history is a by-product: delivery never fails on it
        return await asyncio.to_thread(observe_raw, raw, at=rec.received_at, sender=sender,
                                       delivered=accepted, is_internal=org.is_internal)

    # --- background work after the answer ---

    def _spawn(self, coro: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _notify(self, kind: str, rec: MessageRecord, verdict: Verdict) -> None:
        try:
            assert self.notifier is not None
            await self.notifier.notify(kind, rec, verdict)
        except Exception as e:
            log.error("notice for %s failed: %s at %s", rec.id, type(e).__name__, _where(e))

    async def _bounce(self, rid: str, mail_from: str, raw: bytes,
                      refused: dict[str, tuple[int, str]]) -> None:
        try:
            notice = build_bounce(hostname=self.hostname, mail_from=mail_from,
                                  message_id=rid, raw=raw, refused=refused)
            await self.upstream.send("", [mail_from], notice)
            await asyncio.to_thread(self.store.add_event, AuditEvent(
                rid, utcnow(), "bounced", "system",
                reason=f"{len(refused)} recipient(s) refused by upstream"))
        except Exception as e:
            log.error("bounce notice for %s failed: %s", rid, type(e).__name__)

    async def wait_background(self, timeout: float) -> None:
        """Let notices and bounces started after an answer, and queued writes, finish."""
        if self._background:
            await asyncio.wait(list(self._background), timeout=timeout)
        await self.recorder.close()

    def close(self) -> None:
        for retired in self._retired:
            retired()
        self._retired.clear()
        close = getattr(self.judge, "close", None)
        if close is not None:
            close()


def _store_dirs(store: Store, spool_dir: Path) -> list[Path]:
    """The folders whose file systems the relay writes to: the spool's, and the store's
    when it is a SQLite file (a PostgreSQL server watches its own disk)."""
    dirs = [spool_dir]
    url = str(getattr(store, "url", ""))
    if url.startswith("sqlite:"):
        database = url.split(":///", 1)[-1].split("?", 1)[0]
        if database and database != ":memory:":
            dirs.append(Path(database).parent)
    # statvfs of a folder not made yet fails: look at its nearest existing parent
    out = []
    for d in dirs:
        while not d.exists() and d != d.parent:
            d = d.parent
        out.append(d)
    return out


def _rule_list(verdict: Verdict) -> str:
    rules = list(dict.fromkeys(_UNSAFE.sub("", r) for r in verdict.rules if r))[:5]
    return ",".join(rules) or "policy"
