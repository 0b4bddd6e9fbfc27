"""Prometheus metrics of one relay process (``GET /metrics``, SPEC "Office and
operations").

Each relay has its own registry (tests run several in one process).  Nothing here is
labelled with an address, a subject or a rule's evidence: only verdict actions, delivery
results and timings, so a scrape can never carry personal data.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest

ACTIONS = ("pass", "warn", "delay", "hold", "reject")
# "relayed": passed before the answer; "delivered"/"retry"/"failed": the delivery
# worker's queued mail (released holds, delays); "deferred"/"refused": upstream said 4xx/5xx
RESULTS = ("relayed", "deferred", "refused", "delivered", "retry", "failed")
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)

CONTENT_TYPE = CONTENT_TYPE_LATEST


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.messages = Counter("mailguard_messages", "Judged messages by verdict action",
                                ["action"], registry=r)
        self.observed = Counter("mailguard_observed_messages",
                                "Messages relayed in observe mode that enforcement would "
                                "have delayed, held or rejected", ["action"], registry=r)
        self.deliveries = Counter("mailguard_deliveries", "Deliveries upstream by result",
                                  ["result"], registry=r)
        self.judge_seconds = Histogram("mailguard_judge_seconds",
                                       "Seconds spent judging one message",
                                       buckets=BUCKETS, registry=r)
        self.delivery_seconds = Histogram("mailguard_delivery_seconds",
                                          "Seconds one upstream delivery took",
                                          buckets=BUCKETS, registry=r)
        self.pending = Gauge("mailguard_holds_pending",
                             "Messages held or delayed now (from the store)", registry=r)
        self.purged = Counter("mailguard_purged_blobs",
                              "Raw messages deleted by retention", registry=r)
        for a in ACTIONS:      # every series exists from the start (0), as dashboards expect
            self.messages.labels(action=a)
        for res in RESULTS:
            self.deliveries.labels(result=res)

    def render(self, pending: Callable[[], int] | None = None) -> bytes:
        """The text exposition; ``pending`` reads the store's count of open holds."""
        if pending is not None:
            self.pending.set(pending())
        return generate_latest(self.registry)
