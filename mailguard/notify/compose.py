"""Compose notices from templates: Japanese first, then English (``notify.lang``).

Templates are plain-text Jinja2 files in ``notify/templates/{ja,en}/``; one file per
kind of notice, sharing blocks (findings, the message, the footer) so every notice
describes a hold the same way.  The subject says what happened in brackets, then the
message's own subject, shortened: 「[送信保留] 見積書の件」.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from mailguard.config import Settings
from mailguard.notify import texts as T
from mailguard.notify.mime import build_notice
from mailguard.notify.view import HoldView, deadline_text

TEMPLATES = Path(__file__).resolve().parent / "templates"
SUBJECT_CHARS = 40

# kind → (Japanese tag, English tag)
TAGS = {
    "held": ("送信保留", "Held"),
    "delayed": ("送信待ち", "Delayed"),
    "approval_wait": ("承認待ち", "Awaiting approval"),
    "reminder": ("送信保留・期限間近", "Held, deadline soon"),
    "approval": ("承認依頼", "Approval needed"),
    "escalation": ("承認依頼・代理", "Approval needed (fallback)"),
    "approval_reminder": ("承認依頼・期限間近", "Approval needed, deadline soon"),
    "expired": ("送信取消・期限切れ", "Not sent, expired"),
    "expired-released": ("期限により送信", "Sent at the deadline"),
    "approved": ("承認・送信済み", "Approved and sent"),
    "rejected": ("差し戻し", "Rejected"),
    "digest": ("送信保留", "Held"),
}


@dataclass(frozen=True)
class Notice:
    kind: str
    to: tuple[str, ...]
    subject: str
    body: str
    raw: bytes


def shorten(text: str, limit: int = SUBJECT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class Composer:
    """Renders notices for one configuration."""

    def __init__(self, settings: Settings):
        self.settings = settings
        n = settings.notify
        self.langs = ("ja", "en") if n.lang == "ja+en" else (n.lang,)
        self.tz = n.timezone
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=False,
            trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined)
        self.env.globals.update(
            time=lambda when, lang: T.fmt_time(when, lang, self.tz),
            severity=lambda k, lang: T.label(T.SEVERITY, k, lang),
            entity=lambda k, lang: T.label(T.ENTITY, k, lang),
            field=lambda k, lang: T.label(T.FIELD, k, lang),
            where=T.where_label,
            wheres=lambda ws, lang: (" / " if lang == "en" else "、").join(
                T.where_label(w, lang) for w in ws) or "—")

    def sender_address(self, fallback_domain: str = "") -> str:
        n, org = self.settings.notify, self.settings.organization
        if n.from_address:
            return n.from_address
        domain = org.internal_domains[0] if org.internal_domains else fallback_domain
        return f"mailguard@{domain or 'localhost'}"

    def render(self, template: str, lang: str, **ctx: Any) -> str:
        text = self.env.get_template(f"{lang}/{template}.txt").render(
            org=self.settings.organization.name, **ctx)
        # at most one blank line in a row: the templates' conditionals leave gaps
        out: list[str] = []
        for line in text.splitlines():
            line = line.rstrip()
            if line or (out and out[-1]):
                out.append(line)
        return "\n".join(out).strip("\n") + "\n"

    def subject(self, kind: str, subject: str, count: int = 0) -> str:
        ja, en = TAGS.get(kind, TAGS["held"])
        tag = ja if self.langs[0] == "ja" else en
        if kind == "digest":
            return (f"[{tag}] {count} 件のメールを保留しています" if self.langs[0] == "ja"
                    else f"[{tag}] {count} of your messages are on hold")
        return f"[{tag}] {shorten(subject) or '(件名なし)'}"

    # --- the notices -----------------------------------------------------------------

    def _common(self, v: HoldView, who: str, link: str) -> dict[str, Any]:
        return {"v": v, "who": who, "link": link,
                "deadline": deadline_text(v, self.langs[0], self.tz)}

    def hold_notice(self, v: HoldView, *, to: list[str], who: str, link: str,
                    reminder: bool = False) -> Notice:
        """To the sender: held, delayed, waiting for approval, or the reminder."""
        kind = ("reminder" if reminder else "delayed" if v.status == "delayed"
                else "approval_wait" if v.needs_approval else "held")
        bodies_ctx = self._common(v, who, link)
        return self._both(kind, "held", v, to, bodies_ctx, reminder=reminder)

    def approval_request(self, v: HoldView, *, to: list[str], who: str, link: str,
                         escalated: bool = False, first: list[str] | None = None,
                         waited: dt.timedelta | None = None,
                         reminder: bool = False) -> Notice:
        kind = ("escalation" if escalated else "approval_reminder" if reminder
                else "approval")
        ctx = self._common(v, who, link)
        return self._both(kind, "approval", v, to, ctx, escalated=escalated,
                          reminder=reminder, first=first or [],
                          waited_td=waited or dt.timedelta(0))

    def outcome(self, outcome: str, v: HoldView, *, to: list[str], who: str, link: str,
                actor: str = "", reason: str = "") -> Notice:
        ctx = self._common(v, who, link)
        return self._both(outcome, "outcome", v, to, ctx, outcome=outcome, actor=actor,
                          reason=reason)

    def digest(self, items: list[dict[str, Any]], *, to: list[str], who: str) -> Notice:
        bodies = []
        for lang in self.langs:
            its = [{**it, "deadline": deadline_text(it["v"], lang, self.tz)} for it in items]
            bodies.append((lang, its))
        return self._compose_langs("digest", "digest", to,
                                   self.subject("digest", "", len(items)), "",
                                   {lang: {"items": its, "who": who} for lang, its in bodies})

    def _both(self, kind: str, template: str, v: HoldView, to: list[str],
              ctx: dict[str, Any], **more: Any) -> Notice:
        per_lang = {}
        for lang in self.langs:
            c = {**ctx, **more, "deadline": deadline_text(v, lang, self.tz),
                 "actions": _actions(v, lang)}
            if "waited_td" in c:
                c["waited"] = T.fmt_span(c.pop("waited_td"), lang)
            if "actor" in c:
                c["actor"] = T.actor_label(c["actor"], lang) if c["actor"] else ""
            per_lang[lang] = c
        return self._compose_langs(kind, template, to, self.subject(kind, v.subject), v.id,
                                   per_lang)

    def _compose_langs(self, kind: str, template: str, to: list[str], subject: str,
                       hold_id: str, per_lang: dict[str, dict[str, Any]]) -> Notice:
        bodies = [self.render(template, lang, **per_lang[lang]) for lang in self.langs]
        body = bodies[0] if len(bodies) == 1 else (
            bodies[0] + "\n" + "-" * 24 + " English " + "-" * 24 + "\n\n" + bodies[1])
        n = self.settings.notify
        sender = self.sender_address(to[0].rpartition("@")[2] if to else "")
        raw = build_notice(from_addr=sender, from_name=n.from_name, to=list(to),
                           subject=subject, body=body, charset=n.charset, kind=kind,
                           hold_id=hold_id, lang=n.lang, tz=T.zone(self.tz))
        return Notice(kind, tuple(to), subject, body, raw)


def _actions(v: HoldView, lang: str) -> str:
    ja = lang == "ja"
    if v.status == "delayed":
        return "今すぐ送信・取り消し" if ja else "send now or cancel"
    if v.needs_approval:
        return "取り消し" if ja else "cancel"
    acts = ["送信する", "取り消す"] if ja else ["send", "cancel"]
    if v.can_rewrite:
        acts.append("Bcc にして送信" if ja else "send as Bcc")
    return ("・" if ja else ", ").join(acts)
