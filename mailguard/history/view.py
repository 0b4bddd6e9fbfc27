"""The history as the detectors see it: the reader, the warm-up and the allow-lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mailguard.history.store import HistoryReader, Seen
from mailguard.mime.addresses import is_within, normalize_domain


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class HistoryView:
    reader: HistoryReader
    warmup_days: int = 14
    allow_domains: tuple[str, ...] = ()
    allow_addresses: frozenset[str] = frozenset()
    established_days: int = 14
    established_messages: int = 5

    @classmethod
    def from_settings(cls, settings: Any, reader: HistoryReader | None = None
                      ) -> HistoryView:
        h = settings.history
        return cls(
            reader=reader or HistoryReader(settings.store.url, base_dir=settings.base_dir),
            warmup_days=h.warmup_days,
            allow_domains=tuple(normalize_domain(d) for d in h.allow_domains),
            allow_addresses=frozenset(a.lower() for a in h.allow_addresses),
            established_days=h.established_days,
            established_messages=h.established_messages)

    def warm(self, now: dt.datetime | None = None) -> bool:
        """Whether the history is old enough for the detectors (the warm-up is over):
        its oldest record at least ``warmup_days`` ago."""
        oldest = self.reader.oldest()
        if oldest is None:
            return False
        return (now or utcnow()) - oldest >= dt.timedelta(days=self.warmup_days)

    def allowed(self, address: str, domain: str) -> bool:
        return address.lower() in self.allow_addresses or is_within(domain,
                                                                   self.allow_domains)

    def established(self, organizations: Sequence[str], now: dt.datetime | None = None
                    ) -> dict[str, Seen]:
        """The organisations among ``organizations`` that are established
        correspondents: written to for ``established_days`` and at least
        ``established_messages`` times."""
        if self.established_days <= 0 or not organizations:
            return {}
        since = (now or utcnow()) - dt.timedelta(days=self.established_days)
        return {o: s for o, s in self.reader.orgs(organizations).items()
                if s.first_seen <= since and s.count >= self.established_messages}
