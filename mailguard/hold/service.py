"""The one place holds are acted on: release, cancel, expire, the delay's own release.

The CLI, the review page and the workers all come here, never to
``Store.transition`` directly, so every action is checked the same way, written to the
audit log with who/where/why, and (for a release) queued for delivery through the
relay's one delivery path: the store's ``deliveries`` queue, claimed by one instance at
a time, retried with backoff.

Races are decided by the store: ``transition`` is a conditional update, so when two
people (or two relay instances) act on one hold at once exactly one succeeds and the
other gets ``HoldConflict`` naming what happened first.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence

from mailguard.errors import MailguardError
from mailguard.hold.store import MessageRecord, Store

# What each action may start from (SPEC "Holds").
OPEN = ("held", "delayed")
FATES = ("expire", "release")


class HoldError(MailguardError):
    """An action on a hold cannot be done; ``str()`` is one line for the user."""


class HoldNotFound(HoldError):
    def __init__(self, message_id: str):
        self.message_id = message_id
        super().__init__(f"hold {message_id}: no such message")


class HoldConflict(HoldError):
    """The message is not (any more) in a status the action applies to."""

    def __init__(self, rec: MessageRecord, action: str):
        self.record = rec
        who = f" by {rec.decided_by}" if rec.decided_by else ""
        when = f" at {rec.decided_at:%Y-%m-%d %H:%M:%S} UTC" if rec.decided_at else ""
        what = ("was never held" if rec.status not in (*OPEN, "released", "rewritten",
                                                       "cancelled", "expired")
                else f"is already {rec.status}{who}{when}")
        super().__init__(f"hold {rec.id}: cannot {action}: it {what}")


def _act(store: Store, message_id: str, to_status: str, action: str, *,
         expect: Sequence[str], actor: str, client: str, reason: str, deliver: bool,
         raw: bytes | None = None, rcpt_tos: Sequence[str] | None = None) -> MessageRecord:
    rec = store.transition(message_id, to_status, expect=expect, actor=actor, client=client,
                           reason=reason, deliver=deliver, raw=raw, rcpt_tos=rcpt_tos)
    if rec is not None:
        return rec
    current = store.get(message_id)
    if current is None:
        raise HoldNotFound(message_id)
    raise HoldConflict(current, action)


def release(store: Store, message_id: str, *, actor: str, client: str = "",
            reason: str = "") -> MessageRecord:
    """Release a held or delayed message: it is queued for delivery as it came in."""
    return _act(store, message_id, "released", "release", expect=OPEN, actor=actor,
                client=client, reason=reason, deliver=True)


def cancel(store: Store, message_id: str, *, actor: str, client: str = "",
           reason: str = "") -> MessageRecord:
    """Cancel a held or delayed message: it is never sent (a near miss in the stats)."""
    return _act(store, message_id, "cancelled", "cancel", expect=OPEN, actor=actor,
                client=client, reason=reason, deliver=False)


def rewrite(store: Store, message_id: str, raw: bytes, rcpt_tos: Sequence[str], *,
            actor: str, client: str = "", reason: str = "") -> MessageRecord:
    """Send rewritten bytes instead of the original (the Bcc rewrite builds them); the
    original stays in the store for the record."""
    return _act(store, message_id, "rewritten", "rewrite", expect=OPEN, actor=actor,
                client=client, reason=reason, deliver=True, raw=raw, rcpt_tos=rcpt_tos)


def expire(store: Store, message_id: str, *, fate: str = "expire",
           reason: str = "") -> MessageRecord:
    """Apply the admin-chosen fate to a hold nobody decided in time: ``expire`` (not
    sent; the sender is told) or ``release`` (sent).  Never a silent deletion."""
    if fate not in FATES:
        raise ValueError(f"fate must be one of {FATES}")
    if fate == "release":
        return _act(store, message_id, "released", "release", expect=("held",),
                    actor="system", client="", reason=reason or "expired: released by policy",
                    deliver=True)
    return _act(store, message_id, "expired", "expire", expect=("held",), actor="system",
                client="", reason=reason or "expired: nobody decided in time", deliver=False)


def release_due(store: Store, now: dt.datetime | None = None, *,
                held_fate: str | None = None) -> tuple[list[MessageRecord], list[MessageRecord]]:
    """The worker's tick: release delayed messages whose time has come and (when
    ``held_fate`` is given) apply the fate to expired holds.  A message another instance
    handled first is skipped.  Returns (released, expired-or-released holds)."""
    now = now or dt.datetime.now(dt.UTC)
    delays, holds = store.due(now)
    released, fated = [], []
    for rec in delays:
        with contextlib.suppress(HoldConflict):
            released.append(_act(store, rec.id, "released", "release", expect=("delayed",),
                                 actor="system", client="", reason="delay elapsed",
                                 deliver=True))
    if held_fate:
        for rec in holds:
            with contextlib.suppress(HoldConflict):
                fated.append(expire(store, rec.id, fate=held_fate))
    return released, fated
