"""The review pages: open the link from a notice, see why, decide.

One aiohttp application in the relay's process (``start_web`` is serve.py's hook;
``create_app(service, settings)`` builds it for tests and embedding).  There are no
accounts: the link in the notice *is* the permission (a capability token, see
``hold/tokens.py``), bound to one hold and one person (sender or approver).

- ``GET /h/{token}`` shows the hold: the question, the findings with their masked
  evidence, the recipients by organisation, the message's headers and attachment names,
  the buttons that apply, and the audit log.  Opening it is recorded (``viewed``) and
  changes nothing else, so a mail scanner that follows links releases nothing.
- ``POST /h/{token}/{action}`` acts.  Each button carries its own single-use token
  (issued with the page, short-lived) and a CSRF value tied to a SameSite cookie; a
  cross-site post, a replayed or expired button, a wrong confirmation answer each get a
  clear page and change nothing.  ``GET`` on an action URL is 405 and changes nothing.
- Pages are Japanese first with English, escaped by Jinja2's autoescape, served with a
  strict Content-Security-Policy, ``no-store`` and ``Referrer-Policy: same-origin``
  (the token in the URL must not leak to other sites).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import logging
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp_jinja2
import jinja2
from aiohttp import web

from mailguard.config import Settings
from mailguard.hold import fates, service
from mailguard.hold.fates import HoldDesk
from mailguard.hold.store import MessageRecord
from mailguard.hold.tokens import ACTIONS, Claims, TokenError
from mailguard.notify import texts as T
from mailguard.notify.view import HoldView, build_view, deadline_text
from mailguard.web.challenge import Challenge, challenge_for
from mailguard.web.limits import token_limit

log = logging.getLogger("mailguard.web")

HERE = Path(__file__).resolve().parent
DESK = web.AppKey("desk", HoldDesk)
SETTINGS = web.AppKey("settings", Settings)
METRICS: web.AppKey[Any] = web.AppKey("metrics", object)
CSRF_COOKIE = "mg_csrf"
VIEW_DEDUP = dt.timedelta(minutes=10)
MAX_FORM = 16 * 1024
REASON_CHARS = 300

CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")

# token problem → (HTTP status, Japanese title, English title, Japanese text, English text)
TOKEN_PAGES = {
    "invalid": (404, "このリンクは無効です", "This link is not valid",
                "リンクが途中で切れているか、書き換えられています。お知らせメールのリンク全体を開いてください"
                "（メールソフトで改行されると壊れることがあります）。",
                "The link is cut short or was altered. Open the whole link from the notice "
                "(mail programs sometimes break long links)."),
    "unknown": (404, "このリンクは無効です", "This link is not valid",
                "このリンクはこのシステムで発行されたものではないか、取り消されています。",
                "This link was not issued here, or it was revoked."),
    "mismatch": (404, "このリンクは無効です", "This link is not valid",
                 "このボタンは別のメールまたは別の操作のためのものです。何も変更していません。",
                 "This button belongs to another message or action. Nothing was changed."),
    "expired": (410, "このリンクは期限切れです", "This link has expired",
                "安全のため、リンクには有効期限があります。保留中のメールについては管理者に"
                "お問い合わせください。何も変更していません。",
                "Links expire for safety. Ask your mail administrator about the held "
                "message. Nothing was changed."),
    "button-expired": (410, "ページの有効期限が切れました", "This page has expired",
                       "ページを開いてから時間が経ったため、ボタンが無効になりました。何も変更して"
                       "いません。ページを開き直してから操作してください。",
                       "Too much time passed since the page was opened, so its buttons "
                       "no longer work. Nothing was changed. Reload the page and try again."),
    "used": (409, "この操作は既に行われました", "This button was already used",
             "同じボタンは一度しか使えません。二度目の操作では何も変更していません。最新の状態は"
             "下のリンクから確認できます。",
             "Each button works once. Nothing was changed by this second use. See the "
             "current state below."),
    "csrf": (403, "操作を受け付けられませんでした", "The request was refused",
             "このページ以外から送られた操作か、ページの情報が古くなっています。何も変更して"
             "いません。ページを開き直してから操作してください。",
             "The request did not come from this page, or the page is out of date. "
             "Nothing was changed. Reload the page and try again."),
    "not-allowed": (403, "この操作はできません", "This action is not available",
                    "このメールの現在の状態、またはあなたの立場では、この操作はできません。"
                    "何も変更していません。",
                    "This action is not available for this message now, or not for you. "
                    "Nothing was changed."),
    "method": (405, "ボタンから操作してください", "Please use the buttons on the page",
               "このアドレスを開いただけでは何も変わりません（メールのリンク確認機能などで"
               "誤って送信されないようにしています）。確認ページのボタンから操作してください。",
               "Opening this address changes nothing (so that link checkers cannot send "
               "mail). Use the buttons on the review page."),
    "not-found": (404, "ページが見つかりません", "Page not found",
                  "お知らせメールのリンクから開いてください。",
                  "Open the link from your notice."),
}

ACTION_LABELS = {
    "release": ("送信する", "Send as it is"),
    "release-now": ("今すぐ送信する", "Send now"),
    "cancel": ("送信を取り消す", "Cancel sending"),
    "rewrite": ("Bcc にして送信", "Send with external recipients in Bcc"),
    "approve": ("承認して送信する", "Approve and send"),
    "approve-bcc": ("承認して Bcc で送信", "Approve and send as Bcc"),
    "reject": ("差し戻す（送信しない）", "Reject (do not send)"),
}

DONE = {
    "release": ("送信しました。まもなく相手に届きます。", "Sent. It is on its way."),
    "rewrite": ("社外の宛先を Bcc にして送信しました。",
                "Sent with the external recipients in Bcc."),
    "cancel": ("送信を取り消しました。相手には届きません。", "Cancelled. It will not be sent."),
    "approve": ("承認して送信しました。", "Approved and sent."),
    "reject": ("差し戻しました。送信者に知らせます。", "Rejected; the sender is told."),
}


# --- who may do what --------------------------------------------------------------------

def allowed_actions(v: HoldView, claims: Claims) -> list[str]:
    """The buttons this person gets for this hold now (also checked on POST)."""
    role, who = claims.role, claims.address.lower()
    if v.status == "delayed":
        return ["release", "cancel"] if role in ("sender", "admin") else []
    if v.status != "held":
        return []
    if v.needs_approval:
        approvers = {a.lower() for a in (*v.approval.get("approvers", ()),
                                         *v.approval.get("fallback", ()))}
        if (role == "approver" and who in approvers) or role == "admin":
            return ["approve", *(["rewrite"] if v.can_rewrite else []), "reject"]
        return ["cancel"] if role == "sender" else []
    if role not in ("sender", "admin"):
        return []
    return [*(["rewrite"] if v.can_rewrite else []), "cancel", "release"]


def _origin_ok(request: web.Request, base_url: str) -> bool:
    """Refuse posts a browser marks as coming from another site."""
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return origin is None
    own = {f"{request.scheme}://{request.host}"}
    b = urlsplit(base_url)
    if b.scheme and b.netloc:
        own.add(f"{b.scheme}://{b.netloc}")
    return origin in own


# --- rendering --------------------------------------------------------------------------

def _in_networks(address: str, networks: list[Any]) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return any(ip in n for n in networks)


def _client(request: web.Request) -> str:
    return request.remote or ""


def _page(request: web.Request, kind: str, *, back: str = "", detail: str = "",
          detail_en: str = "") -> web.Response:
    status, ja, en, text_ja, text_en = TOKEN_PAGES[kind]
    resp = aiohttp_jinja2.render_template(
        "message.html", request,
        {"title_ja": ja, "title_en": en, "text_ja": text_ja, "text_en": text_en,
         "back": back, "detail_ja": detail, "detail_en": detail_en}, status=status)
    if kind == "method":
        resp.headers["Allow"] = "POST"
    return resp


def _token_page(request: web.Request, e: TokenError, *, back: str = "",
                button: bool = False) -> web.Response:
    kind = e.kind
    if button and kind == "expired":
        kind = "button-expired"
    return _page(request, kind, back=back)


class Review:
    """Request handlers (one instance per app)."""

    def __init__(self, desk: HoldDesk, settings: Settings):
        self.desk = desk
        self.settings = settings
        self.tz = settings.notify.timezone
        self.secure_cookie = settings.web.base_url.startswith("https:")
        self.metrics_networks = [ipaddress.ip_network(n, strict=False)
                                 for n in settings.web.metrics_networks]

    # --- helpers ---

    async def _claims(self, token: str) -> Claims:
        return await asyncio.to_thread(self.desk.tokens.check, token, "view")

    def _csrf_value(self, cookie: str, hold_id: str) -> str:
        return self.desk.tokens.sign(f"csrf\x00{cookie}\x00{hold_id}")

    async def _render(self, request: web.Request, token: str, claims: Claims,
                      rec: MessageRecord, *, status: int = 200, wrong: str = "",
                      done: str = "") -> web.Response:
        raw = await self.desk.raw(rec.id)
        v = build_view(rec, self.settings, raw, attachments=True)
        actions = allowed_actions(v, claims)
        cookie = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(18)
        tickets = {}
        for a in actions:
            tickets[a] = await asyncio.to_thread(self.desk.tokens.mint, rec.id, a,
                                                 claims.actor)
        challenges = {a: challenge_for(v, a, self.settings, self.desk.tokens.sign)
                      for a in actions}
        events = await self.desk.events(rec.id)
        delivery = None
        if rec.status in ("released", "rewritten"):
            delivery = await asyncio.to_thread(self.desk.store.delivery, rec.id)
        ctx = {
            "delivery": delivery,
            "v": v, "token": token, "claims": claims, "actions": actions,
            "tickets": tickets, "challenges": challenges,
            "csrf": self._csrf_value(cookie, rec.id), "events": events,
            "wrong": wrong, "done": DONE.get(done), "labels": ACTION_LABELS,
            "deadline_ja": deadline_text(v, "ja", self.tz),
            "deadline_en": deadline_text(v, "en", self.tz),
            "role": claims.role,
        }
        resp = aiohttp_jinja2.render_template("hold.html", request, ctx, status=status)
        resp.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="Strict",
                        secure=self.secure_cookie, path="/h/")
        return resp

    # --- pages ---

    async def index(self, request: web.Request) -> web.Response:
        return aiohttp_jinja2.render_template("index.html", request, {})

    async def health(self, request: web.Request) -> web.Response:
        """200 ``ok`` when the store answers, 503 otherwise (no login, no details)."""
        try:
            await asyncio.to_thread(self.desk.store.ping)
        except Exception as e:
            log.warning("healthz: the store does not answer (%s)", type(e).__name__)
            return web.Response(status=503, text="store unavailable\n")
        return web.Response(text="ok\n")

    async def metrics(self, request: web.Request) -> web.Response:
        """Prometheus text format, only to ``web.metrics_networks``."""
        if not _in_networks(request.remote or "", self.metrics_networks):
            return web.Response(status=403, text="forbidden\n")
        m = request.app.get(METRICS)
        if m is None:
            from mailguard.metrics import Metrics

            m = request.app[METRICS] = Metrics()
        try:
            body = await asyncio.to_thread(m.render, self.desk.store.pending_count)
        except Exception as e:
            log.warning("metrics: the store does not answer (%s)", type(e).__name__)
            body = await asyncio.to_thread(m.render)
        from mailguard.metrics import CONTENT_TYPE

        resp = web.Response(body=body)
        resp.headers["Content-Type"] = CONTENT_TYPE
        return resp

    async def review(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        try:
            claims = await self._claims(token)
        except TokenError as e:
            return _token_page(request, e)
        rec = await self.desk.get(claims.hold_id)
        if rec is None:
            return _page(request, "unknown")
        await self._viewed(rec, claims, _client(request))
        return await self._render(request, token, claims, rec,
                                  done=request.query.get("done", ""))

    async def _viewed(self, rec: MessageRecord, claims: Claims, client: str) -> None:
        now = dt.datetime.now(dt.UTC)
        for ev in reversed(await self.desk.events(rec.id)):
            if ev.event == "viewed" and ev.actor == claims.actor and ev.client == client:
                if now - ev.at < VIEW_DEDUP:
                    return
                break
        await self.desk.add_event(rec.id, "viewed", claims.actor, client)

    async def action_get(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        return _page(request, "method", back=f"/h/{token}")

    async def act(self, request: web.Request) -> web.Response:
        token, action = request.match_info["token"], request.match_info["action"]
        back = f"/h/{token}"
        if action not in ACTIONS:
            return _page(request, "not-found")
        try:
            claims = await self._claims(token)
        except TokenError as e:
            return _token_page(request, e)
        form = await request.post()
        cookie = request.cookies.get(CSRF_COOKIE, "")
        if (not _origin_ok(request, self.settings.web.base_url) or not cookie
                or not secrets.compare_digest(str(form.get("csrf", "")),
                                              self._csrf_value(cookie, claims.hold_id))):
            return _page(request, "csrf", back=back)
        rec = await self.desk.get(claims.hold_id)
        if rec is None:
            return _page(request, "unknown")
        ticket = str(form.get("ticket", ""))
        try:
            tclaims = await asyncio.to_thread(self.desk.tokens.check, ticket, action,
                                              hold_id=rec.id)
            if tclaims.actor != claims.actor:
                raise TokenError("mismatch", rec.id)
        except TokenError as e:
            return _token_page(request, e, back=back, button=True)
        v = build_view(rec, self.settings)
        if action not in allowed_actions(v, claims):
            if not v.is_open:
                return self._conflict(request, rec, back)
            return _page(request, "not-allowed", back=back)
        ch: Challenge | None = challenge_for(v, action, self.settings,
                                             self.desk.tokens.sign)
        if ch is not None and not ch.check({k: str(x) for k, x in form.items()}):
            return await self._render(request, token, claims, rec, status=422, wrong=action)
        try:
            await asyncio.to_thread(self.desk.tokens.consume, ticket, action, hold_id=rec.id)
        except TokenError as e:
            return _token_page(request, e, back=back, button=True)
        reason = " ".join(str(form.get("reason", "")).split())[:REASON_CHARS]
        client = _client(request)
        try:
            await self._do(action, rec, claims.actor, client, reason)
        except service.HoldConflict as e:
            return self._conflict(request, e.record, back)
        except service.HoldError:
            return _page(request, "not-allowed", back=back)
        raise web.HTTPSeeOther(f"{back}?done={action}")

    async def _do(self, action: str, rec: MessageRecord, actor: str, client: str,
                  reason: str) -> None:
        d = self.desk
        approver = actor.startswith(("approver:", "admin:")) and fates.needs_approval(
            rec, self.settings)
        if action == "release":
            await d.release(rec.id, actor=actor, client=client,
                            reason=reason or "released on the review page")
        elif action == "cancel":
            await d.cancel(rec.id, actor=actor, client=client,
                           reason=reason or "cancelled on the review page")
        elif action == "rewrite":
            await d.rewrite_bcc(rec.id, actor=actor, client=client, approved=approver)
        elif action == "approve":
            await d.approve(rec.id, actor=actor, client=client, reason=reason)
        elif action == "reject":
            await d.reject(rec.id, actor=actor, client=client, reason=reason)

    def _conflict(self, request: web.Request, rec: MessageRecord, back: str) -> web.Response:
        who = T.actor_label(rec.decided_by, "ja") if rec.decided_by else ""
        who_en = T.actor_label(rec.decided_by, "en") if rec.decided_by else ""
        when = T.fmt_time(rec.decided_at, "ja", self.tz) if rec.decided_at else ""
        when_en = T.fmt_time(rec.decided_at, "en", self.tz) if rec.decided_at else ""
        return aiohttp_jinja2.render_template("message.html", request, {
            "title_ja": "このメールは既に処理されています",
            "title_en": "This message was already decided",
            "text_ja": f"状態: {T.label(T.STATUS, rec.status, 'ja')}"
                       + (f"（{when}、{who}）" if who else "") + "。何も変更していません。",
            "text_en": f"Status: {T.label(T.STATUS, rec.status, 'en')}"
                       + (f" ({when_en}, {who_en})" if who_en else "") + ". Nothing was changed.",
            "back": back, "detail_ja": "", "detail_en": ""}, status=409)


# --- middlewares ------------------------------------------------------------------------

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        resp = await handler(request)
    except web.HTTPException as e:
        if e.status >= 400 and e.status != 405:
            resp = _page(request, "not-found") if e.status == 404 else e
        elif e.status == 405:
            resp = _page(request, "method")
        else:
            resp = e
    except Exception:  # never a traceback to a user
        log.exception("review page error")
        resp = web.Response(status=500, content_type="text/html", charset="utf-8",
                            text="<!doctype html><meta charset=utf-8><title>mailguard</title>"
                                 "<p>内部エラーが発生しました。何も変更していない可能性があります。"
                                 "しばらくしてからページを開き直してください。</p>"
                                 "<p lang=en>Internal error. Please reload the page later.</p>")
    h = resp.headers
    h.setdefault("Content-Security-Policy", CSP)
    # same-origin: the token in the URL never goes to another site, and the browser
    # still sends our Origin with the form posts (no-referrer would make it "null")
    h.setdefault("Referrer-Policy", "same-origin")
    h.setdefault("X-Content-Type-Options", "nosniff")
    h.setdefault("X-Frame-Options", "DENY")
    if not request.path.startswith("/static/"):
        h.setdefault("Cache-Control", "no-store")
    h.setdefault("X-Robots-Tag", "noindex, nofollow")
    if isinstance(resp, web.HTTPException):
        raise resp
    return resp


# --- the app ----------------------------------------------------------------------------

def _filters(tz: str) -> dict[str, Callable[..., str]]:
    return {
        "ja_time": lambda t: T.fmt_time(t, "ja", tz),
        "en_time": lambda t: T.fmt_time(t, "en", tz),
        "log_time": lambda t: t.astimezone(T.zone(tz)).strftime("%Y-%m-%d %H:%M:%S"),
        "severity_ja": lambda k: T.label(T.SEVERITY, k, "ja"),
        "severity_en": lambda k: T.label(T.SEVERITY, k, "en"),
        "status_ja": lambda k: T.label(T.STATUS, k, "ja"),
        "status_en": lambda k: T.label(T.STATUS, k, "en"),
        "event_ja": lambda k: T.label(T.EVENT, k, "ja"),
        "event_en": lambda k: T.label(T.EVENT, k, "en"),
        "actor_ja": lambda k: T.actor_label(k, "ja"),
        "actor_en": lambda k: T.actor_label(k, "en"),
        "field_label": lambda k: T.label(T.FIELD, k, "en"),
        "where_ja": lambda k: T.where_label(k, "ja"),
        "where_en": lambda k: T.where_label(k, "en"),
        "entity_ja": lambda k: T.label(T.ENTITY, k, "ja"),
        "entity_en": lambda k: T.label(T.ENTITY, k, "en"),
        "size": _size,
        "duration": _duration,
    }


def _duration(seconds: float | None) -> str:
    """「3時間5分」-style, short: the office reads times to decision."""
    if seconds is None:
        return "—"
    s = int(seconds)
    if s < 60:
        return f"{s}秒"
    m = s // 60
    if m < 60:
        return f"{m}分"
    h, m = divmod(m, 60)
    if h < 48:
        return f"{h}時間{m}分" if m else f"{h}時間"
    return f"{h // 24}日{h % 24}時間"


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB"):
        if n < 1024 or unit == "MB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} MB"


def create_app(service: Any, settings: Settings, *, metrics: Any = None) -> web.Application:
    """The review application (and ``/healthz``, ``/metrics``, the office's ``/office/``).
    ``service`` is a ``HoldDesk`` (or a ``Store``, for which one is made without
    notices); ``metrics`` the relay's ``mailguard.metrics.Metrics``."""
    desk = service if isinstance(service, HoldDesk) else HoldDesk(service, settings)
    app = web.Application(middlewares=[security_headers, token_limit(
        settings.web.max_requests_per_token)], client_max_size=MAX_FORM)
    app[DESK] = desk
    app[SETTINGS] = settings
    if metrics is not None:
        app[METRICS] = metrics
    aiohttp_jinja2.setup(app, loader=jinja2.ChoiceLoader([
                             jinja2.FileSystemLoader(str(HERE / "templates")),
                             jinja2.FileSystemLoader(str(HERE.parent / "office" / "templates"))]),
                         autoescape=True, undefined=jinja2.StrictUndefined,
                         filters=_filters(settings.notify.timezone))
    r = Review(desk, settings)
    app.router.add_get("/", r.index)
    app.router.add_get("/healthz", r.health)
    app.router.add_get("/metrics", r.metrics)
    from mailguard.office.web import add_office

    add_office(app, desk, settings)
    app.router.add_get("/h/{token}", r.review)
    app.router.add_get("/h/{token}/{action}", r.action_get)
    app.router.add_post("/h/{token}/{action}", r.act)
    app.router.add_static("/static/", HERE / "static", append_version=False)
    return app


class WebServer:
    """A running review site (serve.py stops it with ``stop()``)."""

    def __init__(self, runner: web.AppRunner, site: web.TCPSite, address: tuple[str, int]):
        self.runner = runner
        self.site = site
        self.address = address

    @property
    def url(self) -> str:
        return "http://{}:{}".format(*self.address[:2])

    async def stop(self) -> None:
        await self.runner.cleanup()


async def start_web(settings: Settings, store: Any, *, relay: Any = None,
                    notifier: Any = None, host: str | None = None,
                    port: int | None = None) -> WebServer:
    """serve.py's hook: the review site on ``web.listen`` in this process."""
    from mailguard.errors import MailguardError

    if relay is not None and notifier is None:
        notifier = getattr(getattr(relay, "handler", None), "notifier", None)
    worker = getattr(relay, "worker", None) if relay is not None else None
    desk = HoldDesk(store, settings, notifier=notifier,
                    wake=worker.wake if worker is not None else None)
    handler = getattr(relay, "handler", None) if relay is not None else None
    app = create_app(desk, settings, metrics=getattr(handler, "metrics", None))
    runner = web.AppRunner(app, access_log=None)   # access logs would hold the tokens
    await runner.setup()
    h, _, p = settings.web.listen.rpartition(":")
    host = host if host is not None else h.strip("[]")
    port = port if port is not None else int(p)
    site = web.TCPSite(runner, host, port)
    try:
        await site.start()
    except OSError as e:
        await runner.cleanup()
        raise MailguardError(f"cannot listen on {settings.web.listen} for the review "
                             f"pages: {e.strerror or e}") from None
    server = site._server
    sockets = getattr(server, "sockets", None) or []
    address = sockets[0].getsockname()[:2] if sockets else (host, port)
    log.info("review pages on http://%s:%d", *address)
    return WebServer(runner, site, address)
