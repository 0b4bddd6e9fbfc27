"""What a person is shown about one hold: the notice and the review page read this.

Built from the store's record (the masked verdict, never the raw values) and, for the
page, the stored message's headers and attachment names.  Findings of one rule are
merged (a marking found in the subject and the body is one finding with two places).
"""

from __future__ import annotations

import datetime as dt
import email.parser
import email.policy
from dataclasses import dataclass, field
from typing import Any

from mailguard.config import Settings
from mailguard.hold import fates
from mailguard.hold.store import MessageRecord
from mailguard.mime.addresses import make_recipient, unicode_domain
from mailguard.mime.parse import address_pairs, decode_header_value
from mailguard.notify import texts as T

SEVERITY_ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
ACTION_ORDER = {"reject": 0, "hold": 1, "delay": 2, "warn": 3, "pass": 4}


@dataclass(frozen=True)
class RecipientView:
    address: str
    field: str              # to | cc | bcc | envelope
    internal: bool
    organization: str       # readable (Unicode) registrable domain


@dataclass
class OrgGroup:
    organization: str
    internal: bool
    recipients: list[RecipientView] = field(default_factory=list)


@dataclass
class FindingView:
    rule: str
    detector: str
    severity: str
    action: str
    title: dict[str, str]
    message: dict[str, str]
    advice: dict[str, str]
    wheres: list[str] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, str]] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)

    @property
    def high(self) -> bool:
        return self.severity in ("high", "critical")


@dataclass
class HoldView:
    rec: MessageRecord
    subject: str
    sender: str
    sender_name: str
    recipients: list[RecipientView]
    findings: list[FindingView]
    deadline: dt.datetime | None
    fate: str                         # release | cancel (what the deadline does)
    remind_at: dt.datetime | None
    approval: dict[str, Any]
    needs_approval: bool
    can_rewrite: bool
    date: str = ""
    attachments: list[tuple[str, int]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.rec.id

    @property
    def status(self) -> str:
        return self.rec.status

    @property
    def is_open(self) -> bool:
        return self.rec.status in ("held", "delayed")

    @property
    def external(self) -> list[RecipientView]:
        return [r for r in self.recipients if not r.internal]

    def groups(self, internal: bool) -> list[OrgGroup]:
        out: dict[str, OrgGroup] = {}
        for r in self.recipients:
            if r.internal == internal:
                out.setdefault(r.organization, OrgGroup(r.organization, internal)) \
                    .recipients.append(r)
        return list(out.values())

    @property
    def external_orgs(self) -> list[str]:
        return [g.organization for g in self.groups(False)]

    def question(self, lang: str) -> str:
        top = self.findings[0].detector if self.findings else ""
        return T.QUESTION.get(top, T.DEFAULT_QUESTION)[lang]

    @property
    def approvers(self) -> list[str]:
        a = self.approval
        return list(a.get("approvers") or ()) + (
            list(a.get("fallback") or ()) if a.get("escalated") else [])


def _findings(verdict: dict[str, Any]) -> list[FindingView]:
    merged: dict[str, FindingView] = {}
    for f in verdict.get("findings") or ():
        if not isinstance(f, dict):
            continue
        rule = str(f.get("rule") or "")
        texts = f.get("texts") or {}
        title = {lang: str((texts.get(lang) or {}).get("title") or f.get("title") or rule)
                 for lang in ("ja", "en")}
        message = {lang: str((texts.get(lang) or {}).get("message") or f.get("message")
                             or "") for lang in ("ja", "en")}
        advice = {lang: str((texts.get(lang) or {}).get("advice") or f.get("advice") or "")
                  for lang in ("ja", "en")}
        fv = merged.get(rule)
        if fv is None:
            fv = merged[rule] = FindingView(
                rule=rule, detector=str(f.get("detector") or ""),
                severity=str(f.get("severity") or "medium"),
                action=str(f.get("action") or "hold"), title=title, message=message,
                advice=advice)
        where = str(f.get("where") or "")
        if where and where not in fv.wheres:
            fv.wheres.append(where)
        for e in f.get("entities") or ():
            if isinstance(e, dict):
                fv.entities.append({"type": str(e.get("type") or ""),
                                    "count": int(e.get("count") or 0),
                                    "examples": [str(x) for x in e.get("examples") or ()][:3],
                                    "where": where})
        for ev in f.get("evidence") or ():
            if isinstance(ev, dict) and ev.get("snippet"):
                fv.evidence.append({"where": str(ev.get("where") or where),
                                    "snippet": str(ev["snippet"])})
        for r in f.get("recipients") or ():
            if str(r) not in fv.recipients:
                fv.recipients.append(str(r))
    return sorted(merged.values(), key=lambda v: (ACTION_ORDER.get(v.action, 9),
                                                  SEVERITY_ORDER.get(v.severity, 9)))


def _recipients(rec: MessageRecord, settings: Settings) -> list[RecipientView]:
    seen: dict[str, RecipientView] = {}
    for r in fates.visible_recipients(rec):
        addr = str(r.get("address") or "")
        if addr and addr.lower() not in seen:
            seen[addr.lower()] = RecipientView(
                addr, str(r.get("field") or "envelope"), bool(r.get("internal")),
                unicode_domain(str(r.get("organization") or addr.rpartition("@")[2])))
    # envelope recipients the verdict does not name (a verdict made without them)
    org = fates.organization(settings, rec.mail_from or rec.sender)
    for addr in rec.recipients:
        if addr.lower() not in seen:
            r = make_recipient(addr, "", "envelope", org)
            seen[addr.lower()] = RecipientView(r.address, "envelope", r.internal,
                                               unicode_domain(r.organization or r.domain))
    order = {"to": 0, "cc": 1, "bcc": 2, "envelope": 3}
    return sorted(seen.values(), key=lambda r: (r.internal, order.get(r.field, 9)))


def _headers(raw: bytes) -> dict[str, str]:
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    msg = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head)
    out = {}
    for name in ("from", "date", "subject"):
        value = msg.get(name)
        if value is not None:
            out[name] = decode_header_value(str(value))
    return out


def _attachments(raw: bytes, settings: Settings) -> list[tuple[str, int]]:
    from mailguard.mime.parse import parse_message

    try:
        pm = parse_message(raw, max_depth=settings.limits.max_depth)
    except Exception:  # an unreadable message still gets its page
        return []
    return [(a.name, len(a.payload)) for a in pm.attachments]


def build_view(rec: MessageRecord, settings: Settings, raw: bytes | None = None, *,
               attachments: bool = False) -> HoldView:
    headers = _headers(raw) if raw else {}
    sender_name = ""
    if headers.get("from"):
        pairs = address_pairs([headers["from"]])
        sender_name = pairs[0][0] if pairs else ""
    sender = rec.mail_from or rec.sender
    return HoldView(
        rec=rec,
        subject=headers.get("subject", rec.subject) or rec.subject,
        sender=sender,
        sender_name=sender_name,
        recipients=_recipients(rec, settings),
        findings=_findings(rec.verdict),
        deadline=fates.deadline(rec, settings),
        fate=fates.fate_of(rec, settings),
        remind_at=fates.remind_at(rec, settings),
        approval=fates.approval_of(rec),
        needs_approval=fates.needs_approval(rec, settings),
        can_rewrite=fates.can_rewrite(rec),
        date=headers.get("date", ""),
        attachments=_attachments(raw, settings) if (raw and attachments) else [],
    )


def deadline_text(v: HoldView, lang: str, tz: str) -> str:
    """What the deadline does, in one sentence (notices and the page say the same)."""
    from mailguard.notify.texts import fmt_time

    when = fmt_time(v.deadline, lang, tz)
    ja = lang == "ja"
    if v.status == "delayed":
        return (f"{when} に自動で送信されます。" if ja
                else f"It goes out by itself at {when}.")
    if v.status != "held" or v.deadline is None:
        return ""
    if v.needs_approval:
        return (f"{when} までに承認されない場合、このメールは取り消されます（送信されません）。"
                if ja else f"If nobody approves it by {when}, it is cancelled (not sent).")
    if v.fate == "release":
        return (f"{when} までに操作がない場合、このメールはそのまま送信されます。"
                "その際はお知らせします。" if ja else
                f"If nobody acts by {when}, it is sent as it is, and you are told.")
    return (f"{when} までに操作がない場合、このメールは取り消されます（送信されません）。"
            "その際はお知らせします。" if ja else
            f"If nobody acts by {when}, it is cancelled (not sent), and you are told.")
