"""The privacy office's dashboard and hold log: ``/office/`` in serve's web app.

Who: the admins of ``[web.admins]`` (login → hash from ``mailguard hash-password``).
``POST /office/login`` (fields ``login``, ``password``) opens a session: a random id in
a cookie (HttpOnly, SameSite=Strict, Secure when ``web.base_url`` is https, path
``/office/``), kept in this process's memory for ``web.session_hours``.  Without a
session every office page redirects to the login and shows nothing.  Every POST carries
a CSRF value bound to the session (the login form: to a pre-login cookie), and a form
posted from another site is refused.  Failed logins are counted per client address and
per login name: past ``MAX_FAILURES`` in ``FAILURE_WINDOW`` the login answers 429 for
the rest of the window, right password or not.

What: near misses per month by incident cause, the hold rate, the outcomes per rule,
the top sender groups (``office/report.py``); the hold log with filters and paging,
and its CSV (UTF-8 with a BOM, so Excel reads the Japanese); one hold's findings and
audit trail; release or cancel by an admin, with a reason, in the audit log as
``admin:<login>``.  Nothing shown is personal data in the clear: subjects are not
shown, recipients appear as their domains, the findings' examples are the detectors'
masked ones, and free text (reasons, messages) passes through ``mask_text``.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import logging
import re
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp_jinja2
from aiohttp import web

from mailguard.config import Settings
from mailguard.hold import service
from mailguard.hold.fates import HoldDesk
from mailguard.hold.store import HOLD_STATUSES, HoldQuery, MessageRecord
from mailguard.notify import texts as T
from mailguard.policy.causes import CAUSES, cause_of

log = logging.getLogger("mailguard.office")

HERE = Path(__file__).resolve().parent
COOKIE = "mg_office"
PRE_COOKIE = "mg_office_pre"
MAX_FAILURES = 5
FAILURE_WINDOW = 15 * 60.0          # seconds
PAGE = 50
REASON_CHARS = 300
# a hash nobody's password matches: unknown logins cost the same time as known ones
_DUMMY_HASH = ("scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$"
               "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")


# --- masking ------------------------------------------------------------------------------

_DIGITS = re.compile(r"[0-9０-９](?:[0-9０-９\-‐－ 　]{2,}[0-9０-９])")
_EMAIL = re.compile(r"([A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]*@([A-Za-z0-9.\-]+)")


def mask_text(text: str) -> str:
    """Free text for the office: runs of four or more digits keep their first two
    (「09-**-****」), mail addresses their first character and domain."""
    def digits(m: re.Match[str]) -> str:
        s = m.group(0)
        kept = 0
        out = []
        for ch in s:
            if ch.isdigit() or ch in "０１２３４５６７８９":
                out.append(ch if kept < 2 else "*")
                kept += 1
            else:
                out.append(ch)
        return "".join(out) if kept >= 4 else s

    return _EMAIL.sub(r"\1***@\2", _DIGITS.sub(digits, text or ""))


def recipient_domains(rec: MessageRecord) -> list[str]:
    counts: dict[str, int] = {}
    for r in rec.recipients:
        dom = r.rpartition("@")[2].lower() or "?"
        counts[dom] = counts.get(dom, 0) + 1
    return [d if n == 1 else f"{d} ×{n}" for d, n in counts.items()]


def causes_of(rec: MessageRecord) -> list[str]:
    out: list[str] = []
    for f in rec.verdict.get("findings") or ():
        c = cause_of(str(f.get("source") or ""))
        if c not in out and f.get("action") in ("delay", "hold", "reject"):
            out.append(c)
    return out


def findings_of(rec: MessageRecord) -> list[dict[str, Any]]:
    """The verdict's findings as the office sees them (masked again, to be sure)."""
    out = []
    for f in rec.verdict.get("findings") or ():
        out.append({
            "rule": str(f.get("rule") or ""), "title": mask_text(str(f.get("title") or "")),
            "action": str(f.get("action") or ""), "where": mask_text(str(f.get("where") or "")),
            "message": mask_text(str(f.get("message") or "")),
            "cause": cause_of(str(f.get("source") or "")),
            "entities": [{"type": str(e.get("type") or ""), "count": e.get("count", 0),
                          "examples": [mask_text(str(x)) for x in e.get("examples") or ()]}
                         for e in f.get("entities") or ()],
            "recipients": len(f.get("recipients") or ()),
        })
    return out


# --- sessions and login attempts --------------------------------------------------------------

@dataclass
class Session:
    login: str
    csrf: str
    expires: float


@dataclass
class Sessions:
    """Office sessions and failed logins, in this process's memory."""

    hours: float
    sessions: dict[str, Session] = field(default_factory=dict)
    failures: dict[str, list[float]] = field(default_factory=dict)

    def open(self, login: str) -> tuple[str, Session]:
        sid = secrets.token_urlsafe(32)
        s = Session(login, secrets.token_urlsafe(24), time.monotonic() + self.hours * 3600)
        self.sessions[sid] = s
        return sid, s

    def get(self, sid: str) -> Session | None:
        s = self.sessions.get(sid)
        if s is None:
            return None
        if s.expires < time.monotonic():
            del self.sessions[sid]
            return None
        return s

    def close(self, sid: str) -> None:
        self.sessions.pop(sid, None)

    def _recent(self, key: str, now: float) -> list[float]:
        times = [t for t in self.failures.get(key, ()) if now - t < FAILURE_WINDOW]
        if times:
            self.failures[key] = times
        else:
            self.failures.pop(key, None)
        return times

    def blocked(self, *keys: str) -> bool:
        now = time.monotonic()
        return any(len(self._recent(k, now)) >= MAX_FAILURES for k in keys)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        for k in keys:
            self.failures.setdefault(k, []).append(now)

    def succeeded(self, *keys: str) -> None:
        for k in keys:
            self.failures.pop(k, None)


SESSIONS = web.AppKey("office_sessions", Sessions)


# --- the handlers ---------------------------------------------------------------------------

def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


class Office:
    def __init__(self, desk: HoldDesk, settings: Settings, sessions: Sessions):
        self.desk = desk
        self.settings = settings
        self.sessions = sessions
        self.admins = dict(settings.web.admins)
        self.secure = settings.web.base_url.startswith("https:")
        self.tz = T.zone(settings.notify.timezone)
        self.groups = dict(settings.organization.groups)

    # --- plumbing ---

    def _session(self, request: web.Request) -> Session | None:
        return self.sessions.get(request.cookies.get(COOKIE, ""))

    def _need(self, request: web.Request) -> Session:
        s = self._session(request)
        if s is None:
            raise web.HTTPSeeOther("/office/login")
        return s

    def _render(self, request: web.Request, template: str, ctx: dict[str, Any],
                status: int = 200) -> web.Response:
        resp = aiohttp_jinja2.render_template(template, request, ctx, status=status)
        resp.headers["Cache-Control"] = "no-store"
        return resp

    def _origin_ok(self, request: web.Request) -> bool:
        from mailguard.web.app import _origin_ok

        return _origin_ok(request, self.settings.web.base_url)

    # --- login ---

    async def login_form(self, request: web.Request) -> web.Response:
        if self._session(request) is not None:
            raise web.HTTPSeeOther("/office/")
        return self._login_page(request)

    def _login_page(self, request: web.Request, *, error: str = "",
                    status: int = 200) -> web.Response:
        pre = request.cookies.get(PRE_COOKIE) or secrets.token_urlsafe(18)
        resp = self._render(request, "office_login.html", {
            "csrf": self.desk.tokens.sign(f"office-login\x00{pre}"), "error": error,
            "configured": bool(self.admins)}, status=status)
        resp.set_cookie(PRE_COOKIE, pre, httponly=True, samesite="Strict",
                        secure=self.secure, path="/office/")
        return resp

    async def login(self, request: web.Request) -> web.Response:
        form = await request.post()
        pre = request.cookies.get(PRE_COOKIE, "")
        if (not self._origin_ok(request) or not pre or not secrets.compare_digest(
                str(form.get("csrf", "")), self.desk.tokens.sign(f"office-login\x00{pre}"))):
            return self._login_page(request, error="csrf", status=403)
        login = str(form.get("login", "")).strip()[:100]
        password = str(form.get("password", ""))
        keys = (f"ip:{request.remote or ''}", f"login:{login.lower()}")
        if self.sessions.blocked(*keys):
            log.warning("office login refused: too many failed attempts (from %s)",
                        request.remote or "?")
            return self._login_page(request, error="blocked", status=429)
        from mailguard.smtp.auth import verify_password

        stored = self.admins.get(login)
        ok = await asyncio.to_thread(verify_password, password.encode("utf-8"),
                                     stored if isinstance(stored, str) else _DUMMY_HASH)
        if not ok or stored is None:
            self.sessions.failed(*keys)
            log.warning("office login failed (from %s)", request.remote or "?")
            return self._login_page(request, error="wrong", status=401)
        self.sessions.succeeded(*keys)
        sid, _ = self.sessions.open(login)
        log.info("office login: admin:%s from %s", login, request.remote or "?")
        resp = web.HTTPSeeOther("/office/")
        resp.set_cookie(COOKIE, sid, httponly=True, samesite="Strict", secure=self.secure,
                        path="/office/", max_age=int(self.sessions.hours * 3600))
        resp.del_cookie(PRE_COOKIE, path="/office/")
        raise resp

    async def logout(self, request: web.Request) -> web.Response:
        s = self._need(request)
        form = await request.post()
        if self._csrf_ok(request, s, form):
            self.sessions.close(request.cookies.get(COOKIE, ""))
        resp = web.HTTPSeeOther("/office/login")
        resp.del_cookie(COOKIE, path="/office/")
        raise resp

    def _csrf_ok(self, request: web.Request, s: Session, form: Any) -> bool:
        return self._origin_ok(request) and secrets.compare_digest(
            str(form.get("csrf", "")), s.csrf)

    # --- the dashboard ---

    async def dashboard(self, request: web.Request) -> web.Response:
        s = self._need(request)
        from mailguard.office.report import dashboard

        until = _date(request.query.get("until", "")) or dt.datetime.now(self.tz).date()
        since = _date(request.query.get("since", "")) or _months_back(until, 11)
        data = await asyncio.to_thread(dashboard, self.desk.store, since, until,
                                       tz=self.tz, groups=self.groups)
        purges = await asyncio.to_thread(self.desk.store.purges, 5)
        return self._render(request, "office_dashboard.html", {
            "s": s, "d": data, "since": since, "until": until, "purges": purges,
            "retention": self.settings.retention,
            "observe": self.settings.relay.mode == "observe"})

    # --- the hold log ---

    def _query(self, request: web.Request, *, paged: bool = True) -> HoldQuery:
        q = request.query
        page = max(int(q.get("page", "1")) if q.get("page", "1").isdigit() else 1, 1)
        status = q.get("status", "")
        return HoldQuery(
            status=status if status in (*HOLD_STATUSES, "rejected") else "",
            rule=q.get("rule", "")[:200], cause=q.get("cause", "")[:300],
            group=q.get("group", "")[:200], sender=q.get("sender", "")[:200],
            since=_date(q.get("since", "")), until=_date(q.get("until", "")),
            groups=self.groups, offset=(page - 1) * PAGE if paged else 0,
            limit=PAGE if paged else None)

    async def holds(self, request: web.Request) -> web.Response:
        s = self._need(request)
        q = self._query(request)
        recs, total = await asyncio.to_thread(self.desk.store.hold_log, q, tz=self.tz)
        page = q.offset // PAGE + 1
        filters = {k: v for k, v in request.query.items() if k != "page" and v}
        rules = await asyncio.to_thread(self._known_rules)
        return self._render(request, "office_holds.html", {
            "s": s, "rows": [self._row(r) for r in recs], "total": total, "page": page,
            "pages": max((total + PAGE - 1) // PAGE, 1), "filters": filters,
            "qs": lambda **kw: urlencode({**filters, **kw}),
            "csv_qs": urlencode(filters), "statuses": (*HOLD_STATUSES, "rejected"),
            "causes": CAUSES,
            "groups": sorted(self.groups), "rules": rules})

    def _known_rules(self) -> list[str]:
        rows = self.desk.store.stats(None, None, "rule", tz=self.tz)
        return sorted(r.key for r in rows)

    def _row(self, r: MessageRecord) -> dict[str, Any]:
        from mailguard.office.report import group_of

        wait = None
        if r.decided_at and r.decided_by and r.decided_by != "system":
            wait = int((r.decided_at - r.received_at).total_seconds())
        return {"id": r.id, "received_at": r.received_at, "status": r.status,
                "action": r.action, "rules": list(r.rules), "causes": causes_of(r),
                "group": group_of(r.sender, self.groups), "sender": r.sender,
                "recipients": recipient_domains(r), "decided_at": r.decided_at,
                "decided_by": r.decided_by, "decision_seconds": wait,
                "observed": r.observed}

    async def holds_csv(self, request: web.Request) -> web.Response:
        self._need(request)
        q = self._query(request, paged=False)
        recs, _ = await asyncio.to_thread(self.desk.store.hold_log, q, tz=self.tz)
        buf = io.StringIO()
        buf.write("\ufeff")
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(["id", "received_at", "status", "action", "rules", "causes", "group",
                    "sender", "recipient_domains", "decided_at", "decided_by",
                    "decision_seconds"])
        for r in recs:
            row = self._row(r)
            w.writerow([row["id"], _local(row["received_at"], self.tz), row["status"],
                        row["action"], " ".join(row["rules"]), " / ".join(row["causes"]),
                        row["group"], row["sender"], " ".join(row["recipients"]),
                        _local(row["decided_at"], self.tz), row["decided_by"],
                        "" if row["decision_seconds"] is None else row["decision_seconds"]])
        stamp = dt.datetime.now(self.tz).strftime("%Y%m%d-%H%M")
        return web.Response(body=buf.getvalue().encode("utf-8"), headers={
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": f'attachment; filename="mailguard-holds-{stamp}.csv"',
            "Cache-Control": "no-store"})

    async def stats_csv(self, request: web.Request) -> web.Response:
        """The dashboard's figures as CSV: ``stats`` by month, rule, cause, group...
        for the dashboard's period (the same columns as ``mailguard stats --format csv``)."""
        self._need(request)
        from mailguard.hold.stats import FIGURES, report
        from mailguard.hold.store import COUNTERS, STATS_BY

        by = request.query.get("by", "cause")
        if by not in STATS_BY:
            raise web.HTTPNotFound()
        since = _date(request.query.get("since", ""))
        until = _date(request.query.get("until", ""))
        rep = await asyncio.to_thread(report, self.desk.store, since, until, by,
                                      tz=self.tz, groups=self.groups)
        buf = io.StringIO()
        buf.write("\ufeff")
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow([by, *COUNTERS, *FIGURES])
        for row in [*rep["rows"], {"key": "total", **rep["total"]}]:
            w.writerow([row["key"], *(row[c] for c in COUNTERS),
                        *("" if row[f] is None else row[f] for f in FIGURES)])
        return web.Response(body=buf.getvalue().encode("utf-8"), headers={
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": f'attachment; filename="mailguard-stats-{by}.csv"',
            "Cache-Control": "no-store"})

    # --- one hold ---

    async def hold(self, request: web.Request, *, done: str = "", error: str = "",
                   status: int = 200) -> web.Response:
        s = self._need(request)
        rec = await self.desk.get(request.match_info["id"])
        if rec is None:
            raise web.HTTPNotFound()
        events = await self.desk.events(rec.id)
        trail = [{"at": e.at, "event": e.event, "actor": e.actor, "client": e.client,
                  "reason": mask_text(e.reason)} for e in events]
        return self._render(request, "office_hold.html", {
            "s": s, "r": self._row(rec), "findings": findings_of(rec), "trail": trail,
            "open": rec.status in ("held", "delayed"),
            "done": done or request.query.get("done", ""), "error": error}, status=status)

    async def act(self, request: web.Request) -> web.Response:
        s = self._need(request)
        hold_id, action = request.match_info["id"], request.match_info["action"]
        if action not in ("release", "cancel"):
            raise web.HTTPNotFound()
        form = await request.post()
        if not self._csrf_ok(request, s, form):
            return await self.hold(request, error="csrf", status=403)
        reason = " ".join(str(form.get("reason", "")).split())[:REASON_CHARS]
        if not reason:
            return await self.hold(request, error="reason", status=422)
        actor, client = f"admin:{s.login}", request.remote or ""
        try:
            if action == "release":
                await self.desk.release(hold_id, actor=actor, client=client,
                                        reason=f"office: {reason}")
            else:
                await self.desk.cancel(hold_id, actor=actor, client=client,
                                       reason=f"office: {reason}")
        except service.HoldNotFound:
            raise web.HTTPNotFound() from None
        except service.HoldError:
            return await self.hold(request, error="conflict", status=409)
        log.info("office: %s %s by %s", hold_id, action, actor)
        raise web.HTTPSeeOther(f"/office/holds/{hold_id}?done={action}")

    async def method(self, request: web.Request) -> web.Response:
        self._need(request)
        raise web.HTTPMethodNotAllowed(request.method, ["POST"])


def _months_back(day: dt.date, months: int) -> dt.date:
    y, m = day.year, day.month - months
    while m < 1:
        y, m = y - 1, m + 12
    return dt.date(y, m, 1)


def _local(t: dt.datetime | None, tz: dt.tzinfo) -> str:
    return t.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S") if t else ""


def add_office(app: web.Application, desk: HoldDesk, settings: Settings) -> None:
    """Mount ``/office/`` on the review app."""
    sessions = Sessions(settings.web.session_hours)
    app[SESSIONS] = sessions
    o = Office(desk, settings, sessions)
    r = app.router
    r.add_get("/office", _to_dashboard)
    r.add_get("/office/", o.dashboard)
    r.add_get("/office/login", o.login_form)
    r.add_post("/office/login", o.login)
    r.add_post("/office/logout", o.logout)
    r.add_get("/office/holds", o.holds)
    r.add_get("/office/holds.csv", o.holds_csv)
    r.add_get("/office/stats.csv", o.stats_csv)
    r.add_get("/office/holds/{id}", o.hold)
    r.add_get("/office/holds/{id}/{action}", o.method)
    r.add_post("/office/holds/{id}/{action}", o.act)


async def _to_dashboard(request: web.Request) -> web.Response:
    raise web.HTTPSeeOther("/office/")
