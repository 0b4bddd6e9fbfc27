"""Sending notices: to the sender when mail is held or delayed, to approvers, reminders,
outcomes — through the relay's upstream, retried until they go out.

Each kind of notice for a hold is a *track* in the hold's ``extra["notices"]``:
``sender`` (the first notice), ``approvers`` (the approval request), ``escalation``,
``reminder``, ``outcome``.  A track is ``sent``, ``pending`` (a failed attempt; the hold
worker retries it with backoff), ``batched`` (over the sender's rate limit: listed in
one digest when the window allows) or ``none`` (nobody to tell).  Every attempt is
claimed first (``fates.claim_once``), so several relay instances never send one notice
twice, and every notice sent is in the audit log (``notified`` / ``reminded``).

Who is told: the envelope sender when it is internal; otherwise (mail from outside, or
the null sender) the ``notify.admins``, so a hold is never left untold.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from mailguard.config import Settings
from mailguard.hold import fates
from mailguard.hold.store import AuditEvent, MessageRecord, Store
from mailguard.hold.tokens import Tokens
from mailguard.mime.addresses import make_recipient
from mailguard.notify.compose import Composer, Notice
from mailguard.notify.view import HoldView, build_view
from mailguard.ratelimit import SlidingWindow

log = logging.getLogger("mailguard.notify")

Send = Callable[[str, Sequence[str], bytes], Awaitable[Any]]
BACKOFF_FIRST = 60.0
BACKOFF_MAX = 3600.0
UNNOTIFIED_GRACE = dt.timedelta(minutes=2)   # the relay's own call gets this long first
DECIDED_LOOKBACK = 200                       # decided holds checked for unsent outcomes


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat(timespec="seconds")


def _parse(t: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(t))
    except ValueError:
        return None


class Notifier:
    """The relay's ``notifier`` (``notify(kind, record, verdict)``) and the hold worker's
    messenger (``remind``, ``escalate``, ``outcome``, ``retry_due``, ``flush``)."""

    def __init__(self, store: Store, settings: Settings, send: Send, *,
                 tokens: Tokens | None = None):
        self.store = store
        self.settings = settings
        self.send = send
        self.tokens = tokens or Tokens.from_settings(store, settings)
        self.composer = Composer(settings)
        n = settings.notify
        self.enabled = n.enabled
        self.limiter = SlidingWindow(n.max_per_sender, n.window_minutes * 60, casefold=True)
        self.approvers = fates.ApproverMap.from_settings(settings)
        self.base_url = settings.web.base_url.rstrip("/")

    # --- the relay's hook -------------------------------------------------------------

    async def notify(self, kind: str, record: MessageRecord, verdict: Any = None) -> None:
        """Called by the relay after a hold or delay is stored (kind held/delayed)."""
        await self.held(record)

    async def held(self, rec: MessageRecord) -> None:
        if not self.enabled:
            return
        rec = await self._prepare_approval(rec)
        await self._sender_notice(rec, first=True)
        if fates.approval_of(rec):
            await self._approver_notice(rec, escalated=False)

    # --- the hold worker's calls ------------------------------------------------------

    async def remind(self, rec: MessageRecord) -> None:
        """Before the deadline: the approvers of an approval hold, else the sender."""
        await self._update(rec.id, reminded=_iso(utcnow()))
        if not self.enabled:
            return
        if fates.approval_of(rec):
            await self._approver_notice(rec, escalated=False, track="reminder")
        else:
            await self._sender_notice(rec, reminder=True)

    async def escalate(self, rec: MessageRecord) -> None:
        """Ask the fallback approvers too: the mapped ones have not decided in time."""
        a = dict(fates.approval_of(rec))
        a["escalated"] = True
        rec = await self._update(rec.id, approval=a) or rec
        if self.enabled and set(a.get("fallback") or ()) - set(a.get("approvers") or ()):
            await self._approver_notice(rec, escalated=True, track="escalation")

    async def outcome(self, outcome: str, rec: MessageRecord, *, actor: str = "",
                      reason: str = "") -> None:
        """Tell the sender what became of the hold (expired, approved, rejected...)."""
        if not self.enabled:
            return
        await self._set_track(rec.id, "outcome", kind=outcome,
                              actor=actor or rec.decided_by, reason=reason)
        rec = await asyncio.to_thread(self.store.get, rec.id) or rec
        await self._run_track(rec, "outcome")

    async def retry_due(self, rec: MessageRecord, now: dt.datetime | None = None) -> bool:
        """Send what should have gone out for ``rec`` and has not; True if one went."""
        if not self.enabled:
            return False
        now = now or utcnow()
        tracks = rec.extra.get("notices") or {}
        if not tracks and rec.status in ("held", "delayed") \
                and now - rec.received_at >= UNNOTIFIED_GRACE:
            await self.held(rec)      # the relay's own call never happened (a crash)
            return True
        sent = False
        for name, t in list(tracks.items()):
            if not isinstance(t, dict) or t.get("state") != "pending":
                continue
            nxt = _parse(t.get("next"))
            if nxt is None or nxt <= now:
                sent = await self._run_track(rec, name) or sent
        return sent

    async def flush(self, now: dt.datetime | None = None,
                    open_holds: Sequence[MessageRecord] | None = None) -> int:
        """Digests for batched holds whose sender's window allows, and outcome notices
        of recently decided holds that failed; returns how many notices went out.
        ``open_holds``: the held and delayed messages, when the caller has them."""
        if not self.enabled:
            return 0
        now = now or utcnow()
        count = 0
        recs = open_holds if open_holds is not None else await asyncio.to_thread(
            self.store.list, None, None, statuses=("held", "delayed"))
        batched: dict[str, list[MessageRecord]] = {}
        for rec in recs:
            t = (rec.extra.get("notices") or {}).get("sender") or {}
            if t.get("state") == "batched":
                batched.setdefault(self._sender_of(rec).lower(), []).append(rec)
        for sender, group in batched.items():
            if self.limiter.would_allow(sender) and await self._digest(sender, group):
                count += 1
        decided = await asyncio.to_thread(
            self.store.list, None, DECIDED_LOOKBACK,
            statuses=("released", "rewritten", "cancelled", "expired"))
        for rec in decided:
            t = (rec.extra.get("notices") or {}).get("outcome") or {}
            nxt = _parse(t.get("next"))
            if t.get("state") == "pending" and (nxt is None or nxt <= now) \
                    and await self._run_track(rec, "outcome"):
                count += 1
        return count

    # --- who, links, views ------------------------------------------------------------

    def _sender_of(self, rec: MessageRecord) -> str:
        return rec.mail_from or rec.sender

    def _sender_internal(self, rec: MessageRecord) -> bool:
        sender = self._sender_of(rec)
        if "@" not in sender:
            return False
        org = fates.organization(self.settings, sender)
        return make_recipient(sender, "", "from", org).internal

    def _tell(self, rec: MessageRecord) -> tuple[list[str], str]:
        """(addresses, actor of the link) for notices meant for the sender."""
        if self._sender_internal(rec):
            return [self._sender_of(rec)], fates.sender_actor(rec)
        admins = list(self.settings.notify.admins)
        return admins, (f"admin:{admins[0]}" if admins else "")

    async def _link(self, rec: MessageRecord, actor: str) -> str:
        token = await asyncio.to_thread(self.tokens.mint, rec.id, "view", actor)
        return f"{self.base_url}/h/{token}"

    async def _view(self, rec: MessageRecord) -> HoldView:
        raw = await asyncio.to_thread(self.store.raw, rec.id)
        return build_view(rec, self.settings, raw)

    @staticmethod
    def _who(v: HoldView, address: str) -> str:
        if address.lower() == v.sender.lower() and v.sender_name:
            return v.sender_name
        return address

    # --- approval ---------------------------------------------------------------------

    async def _prepare_approval(self, rec: MessageRecord) -> MessageRecord:
        if rec.status != "held" or fates.approval_of(rec) \
                or not fates.needs_approval(rec, self.settings):
            return rec
        approvers, how = self.approvers.resolve(self._sender_of(rec))
        a = {"approvers": list(approvers), "how": how,
             "fallback": list(self.approvers.fallback), "escalated": how == "fallback"}
        return await self._update(rec.id, approval=a) or rec

    # --- tracks -----------------------------------------------------------------------

    async def _sender_notice(self, rec: MessageRecord, *, first: bool = False,
                             reminder: bool = False) -> None:
        track = "reminder" if reminder else "sender"
        to, _ = self._tell(rec)
        if not to:
            log.warning("%s: nobody to tell: the envelope sender is not internal and "
                        "notify.admins is empty", rec.id)
            await self._set_track(rec.id, track, state="none")
            return
        if first and not self.limiter.allow(to[0]):
            await self._set_track(rec.id, track, state="batched")
            return
        await self._set_track(rec.id, track)
        rec = await asyncio.to_thread(self.store.get, rec.id) or rec
        await self._run_track(rec, track)

    async def _approver_notice(self, rec: MessageRecord, *, escalated: bool,
                               track: str = "approvers") -> None:
        await self._set_track(rec.id, track, escalated=escalated)
        rec = await asyncio.to_thread(self.store.get, rec.id) or rec
        await self._run_track(rec, track)

    async def _set_track(self, message_id: str, track: str, **fields: Any) -> None:
        rec = await asyncio.to_thread(self.store.get, message_id)
        if rec is None:
            return
        notices = dict(rec.extra.get("notices") or {})
        t = {"state": "pending", "attempts": 0, **fields}
        notices[track] = t
        await self._update(message_id, notices=notices)

    async def _update(self, message_id: str, **changes: Any) -> MessageRecord | None:
        return await asyncio.to_thread(fates._set_extra, self.store, message_id, **changes)

    async def _run_track(self, rec: MessageRecord, track: str) -> bool:
        """One attempt at a pending track (claimed first); True when it went out."""
        t = dict((rec.extra.get("notices") or {}).get(track) or {})
        attempts = int(t.get("attempts") or 0)
        if not await asyncio.to_thread(fates.claim_once, self.store,
                                       f"notice:{rec.id}:{track}:{attempts}", rec.id):
            return False
        try:
            notices, reason = await self._build(rec, track, t)
        except Exception as e:
            log.error("%s: composing the %s notice failed: %s", rec.id, track,
                      type(e).__name__)
            return False
        if not notices:
            await self._track_done(rec.id, track, "none")
            return False
        mail_from = self.composer.sender_address()
        try:
            for n in notices:
                await self.send(mail_from, list(n.to), n.raw)
        except Exception as e:
            delay = min(BACKOFF_FIRST * 2 ** attempts, BACKOFF_MAX)
            log.warning("%s: %s notice not sent (%s); retry in %.0f s", rec.id, track,
                        type(e).__name__, delay)
            await self._track_done(rec.id, track, "pending", attempts=attempts + 1,
                                   next=_iso(utcnow() + dt.timedelta(seconds=delay)),
                                   error=type(e).__name__)
            return False
        await self._track_done(rec.id, track, "sent", at=_iso(utcnow()))
        event = "reminded" if track == "reminder" else "notified"
        await asyncio.to_thread(self.store.add_event, AuditEvent(
            rec.id, utcnow(), event, "system", reason=reason))
        return True

    async def _track_done(self, message_id: str, track: str, state: str,
                          **fields: Any) -> None:
        rec = await asyncio.to_thread(self.store.get, message_id)
        if rec is None:
            return
        notices = dict(rec.extra.get("notices") or {})
        t = dict(notices.get(track) or {})
        t.update(state=state, **fields)
        notices[track] = t
        await self._update(message_id, notices=notices)

    async def _build(self, rec: MessageRecord, track: str,
                     t: dict[str, Any]) -> tuple[list[Notice], str]:
        v = await self._view(rec)
        c = self.composer
        approval = bool(fates.approval_of(rec))
        if track in ("sender", "outcome") or (track == "reminder" and not approval):
            to, actor = self._tell(rec)
            if not to:
                return [], ""
            if track == "outcome" and rec.status in ("held", "delayed"):
                return [], ""
            who = self._who(v, to[0])
            link = await self._link(rec, actor)
            if track == "outcome":
                n = c.outcome(str(t.get("kind") or rec.status), v, to=to, who=who, link=link,
                              actor=str(t.get("actor") or ""), reason=str(t.get("reason")
                                                                          or ""))
                return [n], f"{n.kind} notice to {', '.join(to)}"
            if not v.is_open:
                return [], ""
            n = c.hold_notice(v, to=to, who=who, link=link, reminder=track == "reminder")
            return [n], f"{n.kind} notice to {', '.join(to)}"
        # approval requests (and their reminders): one notice per approver, each with
        # their own link
        if not v.is_open:
            return [], ""
        a = v.approval
        escalated = bool(t.get("escalated"))
        first = list(a.get("approvers") or ())
        if escalated and track == "escalation":
            targets = [x for x in a.get("fallback") or () if x not in first]
        elif a.get("escalated"):
            targets = list(dict.fromkeys([*first, *(a.get("fallback") or ())]))
        else:
            targets = first
        out = []
        for addr in targets:
            link = await self._link(rec, fates.approver_actor(addr))
            out.append(c.approval_request(
                v, to=[addr], who=addr, link=link, escalated=track == "escalation",
                reminder=track == "reminder",
                first=first, waited=dt.timedelta(
                    hours=self.settings.approvers.escalate_after_hours)))
        what = {"approvers": "approval request", "escalation": "escalated approval request",
                "reminder": "approval reminder"}[track]
        return out, f"{what} to {', '.join(targets)}"

    async def _digest(self, sender: str, group: list[MessageRecord]) -> bool:
        # one digest per group and window, across instances (a failed one is retried in
        # the next window)
        window = int(utcnow().timestamp() // max(self.limiter.window, 1))
        key = f"digest:{window}:" + ",".join(sorted(r.id for r in group))
        if not await asyncio.to_thread(fates.claim_once, self.store, key, group[0].id):
            return False
        self.limiter.allow(sender)
        items = []
        for rec in sorted(group, key=lambda r: r.received_at):
            v = await self._view(rec)
            items.append({"v": v, "link": await self._link(rec, fates.sender_actor(rec))})
        to, _ = self._tell(group[0])
        if not to:
            return False
        who = self._who(items[0]["v"], to[0])
        n = self.composer.digest(items, to=to, who=who)
        try:
            await self.send(self.composer.sender_address(), list(n.to), n.raw)
        except Exception as e:
            log.warning("digest notice to the sender of %d holds not sent (%s)", len(group),
                        type(e).__name__)
            return False
        for rec in group:
            await self._track_done(rec.id, "sender", "sent", at=_iso(utcnow()), digest=True)
            await asyncio.to_thread(self.store.add_event, AuditEvent(
                rec.id, utcnow(), "notified", "system",
                reason=f"listed in a digest of {len(group)} held messages to "
                       f"{', '.join(to)}"))
        return True


def build_notifier(settings: Settings, store: Store, upstream: Any) -> Notifier | None:
    """serve.py's hook: the notifier, sending through the relay's upstream."""
    if not settings.notify.enabled:
        return None

    async def send(mail_from: str, rcpt_tos: Sequence[str], raw: bytes) -> Any:
        return await upstream.send(mail_from, list(rcpt_tos), raw,
                                   smtputf8=not all(a.isascii() for a in (mail_from,
                                                                          *rcpt_tos)))

    return Notifier(store, settings, send)
