"""What becomes of held mail: deadlines, reminders, approvers, the Bcc rewrite, the worker.

Every state change still goes through ``hold/service.py`` (the one place holds are acted
on); this module decides *when* and *which*:

- **Deadlines.**  A delayed message goes out at ``release_at``; a held one waits until
  ``expires_at`` (``holds.expire_hours`` after arrival), with a reminder
  ``holds.remind_before_hours`` before.  Then the admin's ``holds.expired_fate`` applies:
  ``cancel`` (status ``expired``, not sent) or ``release``.  Either way the sender is
  told: never a silent deletion, never a silent send.
- **Approvers (上長承認).**  Holds of the rules in ``approvers.rules`` wait for an
  approver from ``approvers.map`` (sender address, group or domain → approvers), and the
  ``approvers.fallback`` approvers when nobody is mapped or the mapped ones have not
  decided after ``approvers.escalate_after_hours``.  The sender may cancel but not
  release, and such a hold is never released by its deadline: unapproved mail does not go
  out because an approver was away.
- **The Bcc rewrite.**  External To/Cc recipients move to the envelope only (Bcc); the
  visible headers keep the sender's own organisation; every recipient still gets it.
- **The hold worker** (``start_worker``): one round every ``holds.worker_interval``
  seconds applies fates, sends reminders, escalations and notices that could not go out
  at once.  Work that must happen once across several relay instances (a reminder, an
  escalation, a notice attempt) is claimed first with a row in the store's token table
  (a unique key: the second instance's insert fails and it skips).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import email.header
import email.utils
import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from mailguard.config import Settings
from mailguard.errors import ConfigError
from mailguard.hold import service
from mailguard.hold.store import AuditEvent, MessageRecord, Store
from mailguard.mime.addresses import (
    Organization,
    is_within,
    make_recipient,
    normalize_domain,
    organization_of,
)
from mailguard.mime.parse import address_pairs, decode_header_value

log = logging.getLogger("mailguard.fates")

BCC_DETECTOR = "external_recipients_visible"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- deadlines and fates -----------------------------------------------------------------

def deadline(rec: MessageRecord, settings: Settings) -> dt.datetime | None:
    """When an open hold's fate applies (delayed: when it goes out); None once decided."""
    if rec.status == "delayed":
        return rec.release_at or rec.received_at + dt.timedelta(
            minutes=settings.relay.delay_minutes)
    if rec.status == "held":
        if rec.expires_at is not None:
            return rec.expires_at
        hours = settings.holds.expire_hours
        return rec.received_at + dt.timedelta(hours=hours) if hours else None
    return None


def remind_at(rec: MessageRecord, settings: Settings) -> dt.datetime | None:
    """When the reminder goes out (None: no reminder for this hold)."""
    end = deadline(rec, settings)
    before = settings.holds.remind_before_hours
    if rec.status != "held" or end is None or not before:
        return None
    at = end - dt.timedelta(hours=before)
    # a reminder right after the first notice would only be noise
    return at if at > rec.received_at + dt.timedelta(minutes=30) else None


def fate_of(rec: MessageRecord, settings: Settings) -> str:
    """What the deadline does to this hold: "release" or "cancel" (delayed mail is
    released; a hold that needs an approver is never released unapproved)."""
    if rec.status == "delayed":
        return "release"
    if approval_of(rec) or needs_approval(rec, settings):
        return "cancel"
    return settings.holds.expired_fate


# --- approvers ---------------------------------------------------------------------------

def needs_approval(rec: MessageRecord, settings: Settings) -> bool:
    """True for a hold an approver must decide (delayed mail never needs one)."""
    if approval_of(rec):
        return True
    rules = settings.approvers.rules
    return (rec.action == "hold" and bool(rules)
            and ("*" in rules or any(r in rules for r in rec.rules)))


def approval_of(rec: MessageRecord) -> dict[str, Any]:
    """The approval bookkeeping of a hold ({} when it needs none)."""
    a = rec.extra.get("approval")
    return a if isinstance(a, dict) else {}


def _addresses(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"approvers.{where}: must be a list of mail addresses")
    out = []
    for v in value:
        local, at, dom = v.strip().rpartition("@")
        try:
            if not local or not at:
                raise ValueError(v)
            out.append(f"{local}@{normalize_domain(dom)}")
        except ValueError:
            raise ConfigError(f"approvers.{where}: {v!r} is not a mail address") from None
    return tuple(out)


@dataclass(frozen=True)
class ApproverMap:
    """``approvers.map`` and ``approvers.groups``, checked and normalised."""

    by_address: dict[str, tuple[str, ...]]
    by_group: dict[str, tuple[str, ...]]         # group name → approvers
    groups: dict[str, tuple[str, ...]]           # group name → members ("@dom" allowed)
    by_domain: dict[str, tuple[str, ...]]
    fallback: tuple[str, ...]

    @classmethod
    def from_settings(cls, settings: Settings) -> ApproverMap:
        a = settings.approvers
        groups: dict[str, tuple[str, ...]] = {}
        for name, members in a.groups.items():
            if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
                raise ConfigError(f"approvers.groups.{name}: must be a list of addresses "
                                  "or @domains")
            groups[name] = tuple(m.strip().lower() for m in members)
        by_address, by_group, by_domain = {}, {}, {}
        for key, value in a.map.items():
            approvers = _addresses(value, f"map.{key}")
            if key.startswith("group:"):
                if key[6:] not in groups:
                    raise ConfigError(f"approvers.map.{key}: no such group in "
                                      "approvers.groups")
                by_group[key[6:]] = approvers
            elif key.startswith("@"):
                try:
                    by_domain[normalize_domain(key[1:])] = approvers
                except ValueError:
                    raise ConfigError(f"approvers.map: {key!r} is not an @domain") from None
            else:
                by_address[_addresses(key, "map")[0].lower()] = approvers
        fallback = _addresses(list(a.fallback), "fallback")
        if a.rules and not fallback:
            raise ConfigError("approvers.fallback: must name at least one approver when "
                              "approvers.rules is set (so no hold waits for nobody)")
        return cls(by_address, by_group, groups, by_domain, fallback)

    def _in_group(self, sender: str, members: tuple[str, ...]) -> bool:
        domain = sender.rpartition("@")[2]
        return any(m == sender or (m.startswith("@") and is_within(domain, (m[1:],)))
                   for m in members)

    def resolve(self, sender: str) -> tuple[tuple[str, ...], str]:
        """(approvers, how they were found) for a sender; never the sender alone."""
        local, _, dom = sender.strip().rpartition("@")
        try:
            domain = normalize_domain(dom)
        except ValueError:
            domain = dom.lower()
        key = f"{local}@{domain}".lower()
        found: tuple[str, ...] = ()
        how = "fallback"
        if key in self.by_address:
            found, how = self.by_address[key], "sender"
        else:
            for name, approvers in self.by_group.items():
                if self._in_group(key, self.groups[name]):
                    found, how = approvers, f"group:{name}"
                    break
            else:
                best = max((d for d in self.by_domain if is_within(domain, (d,))),
                           key=len, default=None)
                if best is not None:
                    found, how = self.by_domain[best], f"@{best}"
        # nobody approves their own mail
        found = tuple(a for a in found if a.lower() != key)
        if not found:
            return tuple(a for a in self.fallback if a.lower() != key) or self.fallback, \
                "fallback"
        return found, how


def check_config(settings: Settings) -> None:
    """Refuse a hold configuration that could leave mail waiting for nobody."""
    ApproverMap.from_settings(settings)
    h = settings.holds
    if h.expire_hours and h.remind_before_hours >= h.expire_hours:
        log.warning("holds.remind_before_hours ≥ expire_hours: no reminders are sent")


# --- the Bcc rewrite ---------------------------------------------------------------------

_FIELD = re.compile(rb"^([!-9;-~]+)[ \t]*:")


def can_rewrite(rec: MessageRecord) -> bool:
    """The Bcc button is offered where external recipients could see each other."""
    return rec.status == "held" and any(
        f.get("detector") == BCC_DETECTOR for f in rec.verdict.get("findings") or ())


def organization(settings: Settings, sender: str) -> Organization:
    """The organisation in force for a sender (as the pipeline judges it: with no
    internal domains configured, the sender's own organisation is internal)."""
    s = settings
    org = Organization.from_lists(s.organization.internal_domains,
                                  s.organization.partner_domains, s.allow.recipient_domains)
    if org.internal_domains:
        return org
    try:
        own = organization_of(normalize_domain(sender.rpartition("@")[2]))
    except ValueError:
        return org
    return Organization(internal_domains=(own,), partner_domains=org.partner_domains,
                        trusted_domains=org.trusted_domains)


def _render_address(name: str, addr: str) -> str:
    if name and ("=?" in name or not name.isascii()):
        name = decode_header_value(name)
    if not name:
        return addr
    if name.isascii():
        return email.utils.formataddr((name, addr))
    return f"{email.header.Header(name, 'utf-8').encode()} <{addr}>"


def rewrite_bcc(raw: bytes, is_internal: Callable[[str], bool]) -> tuple[bytes, list[str]]:
    """Move external To/Cc addresses out of the visible headers.

    Returns the new bytes and the addresses moved.  Only the header block changes (the
    body's bytes are kept exactly); To and Cc keep the internal addresses, a To left empty
    becomes ``undisclosed-recipients:;``, and any Bcc header is dropped (Bcc lives in the
    envelope).  The envelope recipients are not touched: every recipient still gets it.
    """
    for sep in (b"\r\n\r\n", b"\n\n"):
        head, found, body = raw.partition(sep)
        if found:
            break
    else:
        head, found, body = raw, b"", b""
    nl = b"\r\n" if b"\r\n" in head or not head else b"\n"
    fields: list[list[bytes]] = []
    for line in head.split(nl):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1].append(line)
        else:
            fields.append([line])
    out: list[bytes] = []
    moved: list[str] = []
    to_at: int | None = None        # where To was (or, lacking one, the first Cc)
    has_to = False
    for lines in fields:
        m = _FIELD.match(lines[0])
        name = m.group(1).decode("ascii").lower() if m else ""
        if name == "bcc":
            continue
        if name not in ("to", "cc"):
            out.extend(lines)
            continue
        if to_at is None or (name == "to" and not has_to):
            to_at = len(out)
        value = b"".join(lines)[m.end():].decode("utf-8", "surrogateescape")
        keep: list[str] = []
        for disp, addr in address_pairs([value]):
            if not addr:
                continue
            if is_internal(addr):
                keep.append(_render_address(disp, addr))
            else:
                moved.append(addr)
        if keep:
            has_to = has_to or name == "to"
            text = f"{m.group(1).decode('ascii')}: " + f",{nl.decode()} ".join(keep)
            out.extend(text.encode("utf-8", "surrogateescape").split(nl))
    if not has_to:
        out.insert(len(out) if to_at is None else to_at, b"To: undisclosed-recipients:;")
    return nl.join(out) + found + body, moved


# --- claims: work done once across relay instances ---------------------------------------

def claim_once(store: Store, key: str, message_id: str,
               keep: dt.timedelta = dt.timedelta(days=60)) -> bool:
    """True for the first caller of ``key`` (across instances): a unique row in the
    tokens table, purpose ``once`` (it opens nothing: no token hashes to it)."""
    digest = hashlib.sha256(f"once\x00{key}".encode()).hexdigest()
    if store.get_token(digest) is not None:
        return False
    try:
        store.add_token(digest, message_id, "once", utcnow() + keep)
    except Exception:
        # the unique key: another instance claimed it first (or the store failed, in
        # which case the work is retried next round)
        return False
    return True


def _set_extra(store: Store, message_id: str, **changes: Any) -> MessageRecord | None:
    rec = store.get(message_id)
    if rec is None:
        return None
    extra = dict(rec.extra)
    for k, v in changes.items():
        if v is None:
            extra.pop(k, None)
        else:
            extra[k] = v
    store.set_extra(message_id, extra)
    return store.get(message_id)


# --- actions the review page and the worker take -----------------------------------------

class HoldDesk:
    """Acting on holds with their notices: what the review page and the worker call.

    ``notifier`` (``mailguard.notify.Notifier``) may be None: then nothing is told.
    ``wake`` is called after a release so the delivery worker sends at once.
    """

    def __init__(self, store: Store, settings: Settings, *, notifier: Any = None,
                 tokens: Any = None, wake: Callable[[], None] | None = None):
        self.store = store
        self.settings = settings
        self.notifier = notifier
        self.approvers = ApproverMap.from_settings(settings)
        if tokens is None:
            from mailguard.hold.tokens import Tokens

            tokens = Tokens.from_settings(store, settings)
        self.tokens = tokens
        self.wake = wake or (lambda: None)

    # --- reading ---

    async def get(self, message_id: str) -> MessageRecord | None:
        return await asyncio.to_thread(self.store.get, message_id)

    async def events(self, message_id: str) -> list[AuditEvent]:
        return await asyncio.to_thread(self.store.events, message_id)

    async def raw(self, message_id: str) -> bytes | None:
        return await asyncio.to_thread(self.store.raw, message_id)

    async def add_event(self, message_id: str, event: str, actor: str, client: str = "",
                        reason: str = "") -> None:
        await asyncio.to_thread(self.store.add_event, AuditEvent(
            message_id, utcnow(), event, actor, client, reason))

    # --- deciding ---

    async def release(self, message_id: str, *, actor: str, client: str = "",
                      reason: str = "") -> MessageRecord:
        rec = await asyncio.to_thread(service.release, self.store, message_id, actor=actor,
                                      client=client, reason=reason)
        self.wake()
        return rec

    async def cancel(self, message_id: str, *, actor: str, client: str = "",
                     reason: str = "") -> MessageRecord:
        return await asyncio.to_thread(service.cancel, self.store, message_id, actor=actor,
                                       client=client, reason=reason)

    async def reject(self, message_id: str, *, actor: str, client: str = "",
                     reason: str = "") -> MessageRecord:
        """An approver says no: cancelled (a near miss), and the sender is told why."""
        rec = await asyncio.to_thread(service.cancel, self.store, message_id, actor=actor,
                                      client=client, reason=reason or "rejected by approver")
        await self.add_event(message_id, "rejected", actor, client, reason)
        await self._tell_sender("rejected", rec, actor=actor, reason=reason)
        return rec

    async def rewrite_bcc(self, message_id: str, *, actor: str, client: str = "",
                          reason: str = "", approved: bool = False) -> MessageRecord:
        """Send with the external To/Cc recipients in Bcc (``approved``: an approver's
        decision, recorded and told to the sender)."""
        rec = await self.get(message_id)
        if rec is None:
            raise service.HoldNotFound(message_id)
        raw = await self.raw(message_id)
        if raw is None:
            raise service.HoldError(f"hold {message_id}: the message's bytes are gone")
        org = organization(self.settings, rec.mail_from or rec.sender)

        def internal(addr: str) -> bool:
            return make_recipient(addr, "", "to", org).internal

        new, moved = rewrite_bcc(raw, internal)
        why = reason or f"{len(moved)} external To/Cc recipient(s) moved to Bcc"
        rec = await asyncio.to_thread(service.rewrite, self.store, message_id, new,
                                      list(rec.recipients), actor=actor, client=client,
                                      reason=why)
        self.wake()
        if approved:
            await self.add_event(message_id, "approved", actor, client, "sent as Bcc")
            await self._tell_sender("approved", rec, actor=actor)
        return rec

    async def approve(self, message_id: str, *, actor: str, client: str = "",
                      reason: str = "") -> MessageRecord:
        rec = await asyncio.to_thread(service.release, self.store, message_id, actor=actor,
                                      client=client, reason=reason or "approved")
        self.wake()
        await self.add_event(message_id, "approved", actor, client, reason)
        await self._tell_sender("approved", rec, actor=actor)
        return rec

    async def _tell_sender(self, outcome: str, rec: MessageRecord, *, actor: str = "",
                           reason: str = "") -> None:
        if self.notifier is None:
            return
        try:
            await self.notifier.outcome(outcome, rec, actor=actor, reason=reason)
        except Exception as e:  # the decision stands; the worker retries the notice
            log.error("outcome notice for %s failed: %s", rec.id, type(e).__name__)

    # --- the worker's round ---

    async def tick(self, now: dt.datetime | None = None) -> dict[str, int]:
        """One round of the hold worker; returns counts of what it did (for tests)."""
        now = now or utcnow()
        done = {"released": 0, "expired": 0, "reminded": 0, "escalated": 0, "notified": 0}
        released, _ = await asyncio.to_thread(service.release_due, self.store, now)
        done["released"] = len(released)
        if released:
            self.wake()
        held = await asyncio.to_thread(self.store.list, None, None,
                                       statuses=("held", "delayed"))
        for rec in held:
            try:
                await self._one(rec, now, done)
            except Exception as e:  # one bad hold must not stop the others
                log.error("hold worker: %s: %s", rec.id, type(e).__name__)
        if self.notifier is not None:
            fresh = await asyncio.to_thread(self.store.list, None, None,
                                            statuses=("held", "delayed"))
            done["notified"] += await self.notifier.flush(now, fresh)
        return done

    async def _one(self, rec: MessageRecord, now: dt.datetime, done: dict[str, int]) -> None:
        end = deadline(rec, self.settings)
        if rec.status == "held" and end is not None and now >= end:
            await self._expire(rec, done)
            return
        if self.notifier is None:
            return
        if rec.status == "held":
            a = approval_of(rec)
            esc = self.settings.approvers.escalate_after_hours
            if (a and not a.get("escalated") and esc
                    and now >= rec.received_at + dt.timedelta(hours=esc)):
                if await asyncio.to_thread(claim_once, self.store, f"escalate:{rec.id}",
                                           rec.id):
                    await self.notifier.escalate(rec)
                    done["escalated"] += 1
                return
            at = remind_at(rec, self.settings)
            if (at is not None and now >= at and not rec.extra.get("reminded")
                    and await asyncio.to_thread(claim_once, self.store, f"remind:{rec.id}",
                                                rec.id)):
                await self.notifier.remind(rec)
                done["reminded"] += 1
                return
        if await self.notifier.retry_due(rec, now):
            done["notified"] += 1

    async def _expire(self, rec: MessageRecord, done: dict[str, int]) -> None:
        fate = fate_of(rec, self.settings)
        try:
            new = await asyncio.to_thread(
                service.expire, self.store, rec.id,
                fate="release" if fate == "release" else "expire",
                reason=("expired: released by holds.expired_fate" if fate == "release"
                        else "expired: nobody decided in time; not sent"))
        except service.HoldConflict:
            return  # decided meanwhile, or another instance applied the fate
        done["expired"] += 1
        if new.status == "released":
            self.wake()
        if self.notifier is not None:
            await self._tell_sender("expired-released" if new.status == "released"
                                    else "expired", new)


# --- the worker serve.py starts -----------------------------------------------------------

class HoldWorker:
    """Runs ``HoldDesk.tick`` every ``holds.worker_interval`` seconds."""

    def __init__(self, desk: HoldDesk, interval: float):
        self.desk = desk
        self.interval = max(interval, 0.05)
        self._stop = asyncio.Event()
        self._task: asyncio.Task | None = None

    def start(self) -> HoldWorker:
        self._task = asyncio.ensure_future(self._run())
        return self

    async def _run(self) -> None:
        while not self._stop.is_set():
            try:
                await self.desk.tick()
            except Exception as e:  # a store hiccup must not end the worker
                log.error("hold worker round failed: %s", type(e).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self.interval)

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._task), 30)
            except TimeoutError:
                self._task.cancel()
                await asyncio.gather(self._task, return_exceptions=True)


def start_worker(settings: Settings, store: Store, *, notifier: Any = None,
                 wake: Callable[[], None] | None = None) -> HoldWorker:
    """serve.py's hook: the hold worker of one relay process."""
    check_config(settings)
    desk = HoldDesk(store, settings, notifier=notifier, wake=wake)
    return HoldWorker(desk, settings.holds.worker_interval).start()


def sender_actor(rec: MessageRecord) -> str:
    return f"sender:{rec.mail_from or rec.sender}"


def approver_actor(address: str) -> str:
    return f"approver:{address}"


def visible_recipients(rec: MessageRecord) -> Sequence[dict[str, Any]]:
    """The verdict's recipients (address, field, internal, organization)."""
    return [r for r in rec.verdict.get("recipients") or () if isinstance(r, dict)]
