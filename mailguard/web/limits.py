"""Request limits of the review pages: a link's token may be opened and acted on only so
often a minute.

A review link is a capability: whoever has it may look at the hold and act on it, and the
pages behind it read the store.  A script that replays one link thousands of times a
minute (a scanner that follows links in mail, a loop gone wrong, someone guessing at
actions) would keep the store and the event loop busy; a person needs a few requests a
minute.  Beyond ``web.max_requests_per_token`` a minute, a token gets 429 with a
Retry-After until its minute has passed.  Counted per token (as it appears in the path),
in memory, per instance.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from mailguard.ratelimit import SlidingWindow

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
WINDOW = 60.0

TOO_MANY = ("<!doctype html><meta charset=utf-8><title>mailguard</title>"
            "<p>このリンクへのアクセスが短時間に集中しています。"
            "1 分ほどおいてから開き直してください。</p>"
            "<p lang=en>This link was opened too often in a short time. "
            "Please try again in a minute.</p>")


def token_limit(per_minute: int) -> Callable[[web.Request, Handler],
                                              Awaitable[web.StreamResponse]]:
    limiter = SlidingWindow(per_minute, WINDOW)

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if per_minute and request.path.startswith("/h/"):
            token = request.path[3:].split("/", 1)[0]
            wait = limiter.take(token)
            if wait:
                return web.Response(status=429, text=TOO_MANY, content_type="text/html",
                                    charset="utf-8",
                                    headers={"Retry-After": str(max(1, round(wait)))})
        return await handler(request)

    return middleware
