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

import time
from collections import deque
from collections.abc import Awaitable, Callable

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
WINDOW = 60.0

TOO_MANY = ("<!doctype html><meta charset=utf-8><title>mailguard</title>"
            "<p>このリンクへのアクセスが短時間に集中しています。"
            "1 分ほどおいてから開き直してください。</p>"
            "<p lang=en>This link was opened too often in a short time. "
            "Please try again in a minute.</p>")


class TokenLimiter:
    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self._seen: dict[str, deque[float]] = {}
        self._swept = time.monotonic()

    def retry_after(self, token: str) -> float:
        """0 when the token may be served now (and counts it), else seconds to wait."""
        now = time.monotonic()
        if now - self._swept > WINDOW:
            self._seen = {k: q for k, q in self._seen.items() if q and now - q[-1] < WINDOW}
            self._swept = now
        q = self._seen.setdefault(token, deque())
        while q and now - q[0] >= WINDOW:
            q.popleft()
        if len(q) >= self.per_minute:
            return WINDOW - (now - q[0])
        q.append(now)
        return 0.0


def token_limit(per_minute: int) -> Callable[[web.Request, Handler],
                                              Awaitable[web.StreamResponse]]:
    limiter = TokenLimiter(per_minute)

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if per_minute and request.path.startswith("/h/"):
            token = request.path[3:].split("/", 1)[0]
            wait = limiter.retry_after(token)
            if wait:
                return web.Response(status=429, text=TOO_MANY, content_type="text/html",
                                    charset="utf-8",
                                    headers={"Retry-After": str(max(1, round(wait)))})
        return await handler(request)

    return middleware
