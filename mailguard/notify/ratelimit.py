"""At most N notices per sender per window (a mail loop or a bulk send must not bury
the sender's inbox); what is over the limit waits for the window and goes out as one
list, so no hold is left untold."""

from __future__ import annotations

import time
from collections import deque


class RateLimiter:
    """A sliding window per key, in memory (each relay instance counts its own)."""

    def __init__(self, limit: int, window_seconds: float, clock=time.monotonic):
        self.limit = limit
        self.window = window_seconds
        self.clock = clock
        self._sent: dict[str, deque[float]] = {}

    def _trim(self, key: str) -> deque[float]:
        q = self._sent.setdefault(key, deque())
        cutoff = self.clock() - self.window
        while q and q[0] <= cutoff:
            q.popleft()
        if not q:
            del self._sent[key]
            return deque()
        return q

    def allow(self, key: str) -> bool:
        """Take one slot for ``key`` when there is one (limit 0: no limit)."""
        if self.limit <= 0:
            return True
        key = key.lower()
        q = self._trim(key)
        if len(q) >= self.limit:
            return False
        q.append(self.clock())
        self._sent[key] = q
        return True

    def would_allow(self, key: str) -> bool:
        return self.limit <= 0 or len(self._trim(key.lower())) < self.limit
