"""Sliding windows per key, in memory: what the relay (holds per sender), the notices
(per sender) and the review pages (requests per link) each allow in a window.  Each
relay instance counts its own.  Keys with nothing left in the window are forgotten, so
a stream of one-off keys (tokens, senders) does not grow the table."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class SlidingWindow:
    """At most ``limit`` events per key in any ``window`` seconds (``limit`` 0: none)."""

    def __init__(self, limit: int, window: float, *,
                 clock: Callable[[], float] = time.monotonic, casefold: bool = False):
        self.limit = limit
        self.window = window
        self.clock = clock
        self.casefold = casefold  # keys that are addresses: Taro@ and taro@ are one
        self._events: dict[str, deque[float]] = {}
        self._swept = clock()

    def _queue(self, key: str, now: float) -> deque[float]:
        if now - self._swept > self.window:
            self._events = {k: q for k, q in self._events.items()
                            if q and now - q[-1] < self.window}
            self._swept = now
        q = self._events.setdefault(key.lower() if self.casefold else key, deque())
        while q and now - q[0] >= self.window:
            q.popleft()
        return q

    def take(self, key: str) -> float:
        """0 when ``key`` has a free slot (and takes it), else the seconds until one is."""
        if self.limit <= 0:
            return 0.0
        now = self.clock()
        q = self._queue(key, now)
        if len(q) >= self.limit:
            return max(self.window - (now - q[0]), 1e-9)
        q.append(now)
        return 0.0

    def allow(self, key: str) -> bool:
        """Take a slot for ``key`` when there is one."""
        return self.take(key) == 0.0

    def would_allow(self, key: str) -> bool:
        """Whether ``key`` has a free slot (none is taken)."""
        return self.limit <= 0 or len(self._queue(key, self.clock())) < self.limit
