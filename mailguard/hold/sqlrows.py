"""Rows in and out of the store's tables: addresses as keys, the rule rows of a verdict,
records from rows, the batch of ``record_many``, and one-line database errors."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import Any

from mailguard.hold.sealing import Sealer
from mailguard.hold.store import STATUSES, MessageRecord, Token
from mailguard.policy.causes import cause_of


def _domain_of(address: str) -> str:
    _, _, dom = address.rpartition("@")
    dom = dom.strip().rstrip(".").lower()
    try:
        return dom.encode("idna").decode("ascii") if dom else ""
    except UnicodeError:
        return dom


def _rules_of(verdict: dict[str, Any]) -> dict[str, dict[str, str]]:
    """One row per rule that fired (its strongest finding), from the verdict's findings."""
    order = ("pass", "warn", "delay", "hold", "reject")
    out: dict[str, dict[str, str]] = {}
    for f in verdict.get("findings") or ():
        rule = str(f.get("rule") or "")
        if not rule:
            continue
        row = {"category": str(f.get("category") or ""),
               "detector": str(f.get("detector") or ""),
               "action": str(f.get("action") or ""),
               "severity": str(f.get("severity") or ""),
               "cause": cause_of(str(f.get("source") or ""))}
        old = out.get(rule)
        rank = order.index(row["action"]) if row["action"] in order else -1
        if old is None or rank > (order.index(old["action"]) if old["action"] in order else -1):
            out[rule] = row
    return out


def _record_from_row(r: Any) -> MessageRecord:
    return MessageRecord(
        id=r.id, status=r.status, action=r.action, received_at=r.received_at,
        sender=r.sender, recipients=tuple(json.loads(r.recipients)),
        message_id=r.message_id, subject=r.subject, rules=tuple(json.loads(r.rules)),
        verdict=json.loads(r.verdict), size=r.size, release_at=r.release_at,
        expires_at=r.expires_at, decided_at=r.decided_at, decided_by=r.decided_by,
        instance=r.instance, mail_from=r.mail_from, extra=(extra := json.loads(r.extra)),
        observed=r.initial_status if extra.get("observe") else "")


def _event_kind(status: str) -> str:
    return status if status in ("held", "delayed", "rejected") else "judged"


class _Batch:
    """The rows of ``record_many``, table by table, checked before anything is written."""

    def __init__(self, sealer: Sealer) -> None:
        self.sealer = sealer
        self.messages: list[dict[str, Any]] = []
        self.rules: list[dict[str, Any]] = []
        self.blobs: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.deliveries: list[dict[str, Any]] = []
        self.history: list[Any] = []  # mailguard.history Observations

    def add(self, rec: MessageRecord, raw: bytes | None, *, now: dt.datetime,
            mail_from: str, actor: str = "system", deliver: bool = False,
            rcpt_tos: Sequence[str] | None = None,
            more_events: Sequence[tuple[str, str]] = (), history: Any = None) -> None:
        if rec.status not in STATUSES:
            raise ValueError(f"unknown status {rec.status!r}")
        if deliver and raw is None:
            raise ValueError("deliver=True needs the raw message")
        initial = rec.observed or rec.status
        self.messages.append(dict(
            id=rec.id, status=rec.status, initial_status=initial,
            was_held=initial == "held", was_delayed=initial == "delayed",
            action=rec.action, received_at=rec.received_at, sender=rec.sender,
            sender_domain=_domain_of(rec.sender or mail_from), mail_from=mail_from,
            recipients=json.dumps(list(rec.recipients), ensure_ascii=False),
            message_id=rec.message_id, subject=rec.subject,
            rules=json.dumps(list(rec.rules), ensure_ascii=False),
            verdict=json.dumps(rec.verdict, ensure_ascii=False),
            size=rec.size or (len(raw) if raw else 0), release_at=rec.release_at,
            expires_at=rec.expires_at, decided_at=rec.decided_at,
            decided_by=rec.decided_by, instance=rec.instance,
            extra=json.dumps(rec.extra, ensure_ascii=False), updated_at=now))
        self.rules.extend({"message_pk": rec.id, "rule": k, **v}
                          for k, v in _rules_of(rec.verdict).items())
        if raw is not None:
            self.blobs.append(dict(message_pk=rec.id, kind="original",
                                   data=self.sealer.seal(raw, rec.id, "original"),
                                   size=len(raw), created_at=now))
        self.events.append(dict(message_pk=rec.id, at=now, event=_event_kind(rec.status),
                                actor=actor, client="",
                                reason=rec.action + (" (observe mode: relayed)"
                                                     if rec.observed else "")))
        self.events.extend(dict(message_pk=rec.id, at=now, event=kind, actor=actor,
                                client="", reason=reason) for kind, reason in more_events)
        if history is not None:
            self.history.append(history)
        if deliver:
            self.deliveries.append(dict(
                message_pk=rec.id, mail_from=mail_from,
                rcpt_tos=json.dumps(list(rcpt_tos if rcpt_tos is not None
                                         else rec.recipients)),
                blob_kind="original", state="pending", attempts=0, next_attempt_at=now,
                claimed_by="", claimed_until=None, last_error="", created_at=now,
                done_at=None))


def _chunks(ids: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _token(r: Any) -> Token:
    return Token(token_hash=r.token_hash, message_id=r.message_pk, purpose=r.purpose,
                 expires_at=r.expires_at, used_at=r.used_at, created_at=r.created_at)


def _short(e: BaseException) -> str:
    """One line of a database error, without SQLAlchemy's SQL echo and links."""
    orig = getattr(e, "orig", None) or e
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]
