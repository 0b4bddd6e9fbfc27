"""The delivery worker: sends what the store has queued, with retries and backoff.

What it sends: released holds, delayed messages whose time has come (it releases them),
and anything else queued for delivery.  Deliveries are *claimed* from the store with a
lease (``FOR UPDATE SKIP LOCKED`` on PostgreSQL), so several relay instances sharing one
store never send a message twice, and a crashed instance's claim runs out and is picked
up again.

Outcomes (``upstream.Upstream.send``):

- delivered → ``delivery_done`` (also writes the sending history);
- temporary failure → ``delivery_failed(permanent=False)`` with the next attempt after an
  exponential backoff (1, 2, 4 … minutes, at most an hour);
- permanent failure, or still failing ``delivery_max_age_hours`` after arrival → given up
  and a bounce notice goes to the sender;
- delivered to some, refused for good by others → done, and a bounce notice names the
  refused recipients.

The window between the upstream's 250 and ``delivery_done`` is the one place a message can
go out twice (a crash right there): at-least-once, like every MTA queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import socket
import time
from collections.abc import Sequence
from typing import Any

from mailguard.hold import service
from mailguard.hold.store import AuditEvent, Delivery, MessageRecord, Store
from mailguard.smtp.bounce import build_bounce
from mailguard.smtp.handler import strip_verdict_headers, verdict_header
from mailguard.smtp.upstream import Upstream, UpstreamError

log = logging.getLogger("mailguard.worker")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _needs_utf8(mail_from: str, rcpts: Sequence[str]) -> bool:
    return not all(a.isascii() for a in (mail_from, *rcpts))


class DeliveryWorker:
    def __init__(self, store: Store, upstream: Upstream, *, instance: str = "",
                 hostname: str = "", max_age_hours: float = 120.0, interval: float = 5.0,
                 batch: int = 10, lease_seconds: float = 300.0, retry_first: float = 60.0,
                 retry_max: float = 3600.0):
        self.store = store
        self.upstream = upstream
        self.instance = instance or f"{socket.gethostname()}:{os.getpid()}"
        self.hostname = hostname or socket.getfqdn()
        self.max_age = dt.timedelta(hours=max_age_hours)
        self.interval = interval
        self.batch = batch
        self.lease_seconds = lease_seconds
        self.retry_first = retry_first
        self.retry_max = retry_max
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task | None = None
        self.metrics: Any = None     # mailguard.metrics.Metrics, set by serve.py

    # --- running ---

    def start(self) -> asyncio.Task:
        self._task = asyncio.ensure_future(self.run())
        return self._task

    def wake(self) -> None:
        """Look for work now (e.g. right after a release in this process)."""
        self._wake.set()

    async def stop(self, timeout: float = 30.0) -> None:
        """Finish the delivery in hand (up to ``timeout``), then stop."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._task), timeout)
            except TimeoutError:
                self._task.cancel()
                await asyncio.gather(self._task, return_exceptions=True)

    async def run(self) -> None:
        while not self._stopping:
            try:
                busy = await self.run_once()
            except Exception as e:  # a store hiccup must not end the worker
                log.error("delivery round failed: %s", type(e).__name__)
                busy = 0
            if busy or self._stopping:
                continue
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval)

    async def run_once(self) -> int:
        """One round: release due delayed mail, then claim and deliver a batch."""
        await self._release_due()
        claimed = await asyncio.to_thread(self.store.claim_deliveries, self.instance,
                                          self.batch, self.lease_seconds)
        for d in claimed:
            if self._stopping:
                break  # the claim's lease runs out and the delivery is retried
            await self.deliver(d)
        return len(claimed)

    async def _release_due(self) -> None:
        # Delayed mail whose time has come; held mail past its deadline is the hold
        # worker's (hold/fates.py), which knows the admin's chosen fate.
        released, _ = await asyncio.to_thread(service.release_due, self.store)
        for rec in released:
            log.info("%s delay elapsed: released", rec.id)

    # --- one delivery ---

    async def deliver(self, d: Delivery) -> str:
        """Deliver one claimed message; returns "delivered", "retry" or "failed"."""
        rec = await asyncio.to_thread(self.store.get, d.message_id)
        final = rec is not None and utcnow() - rec.received_at >= self.max_age
        header = verdict_header(rec.action if rec else "unknown", d.message_id,
                                rec.rules if rec else (),
                                str((rec.verdict or {}).get("ruleset", "")) if rec else "",
                                status=rec.status if rec else "")
        out = header + strip_verdict_headers(d.raw)
        started = time.monotonic()
        try:
            result = await self.upstream.send(
                d.mail_from, d.rcpt_tos, out, smtputf8=_needs_utf8(d.mail_from, d.rcpt_tos),
                final=final)
        except UpstreamError as e:
            self._count(started, "retry" if e.temporary and not final else "failed")
            error = f"{e.stage}: {e.code or e.text}"[:200]
            if e.temporary and not final:
                log.info("%s delivery deferred (%s), attempt %d", d.message_id, error,
                         d.attempts)
                # exponential backoff: 1, 2, 4 ... minutes, at most an hour
                wait = min(self.retry_first * 2 ** max(d.attempts - 1, 0), self.retry_max)
                await asyncio.to_thread(self.store.delivery_failed, d.message_id,
                                        self.instance, permanent=False, error=error,
                                        retry_at=utcnow() + dt.timedelta(seconds=wait))
                return "retry"
            log.warning("%s delivery failed for good (%s)", d.message_id, error)
            await asyncio.to_thread(self.store.delivery_failed, d.message_id, self.instance,
                                    permanent=True, error=error, retry_at=None)
            refused = e.refused or {r: (e.code or 554, e.text or "delivery failed")
                                    for r in d.rcpt_tos}
            await self._bounce(d, rec, refused)
            return "failed"
        self._count(started, "delivered")
        await asyncio.to_thread(self.store.delivery_done, d.message_id, self.instance)
        log.info("%s delivered to %d recipient(s)", d.message_id, len(result.accepted))
        if result.refused:
            await self._bounce(d, rec, result.refused)
        return "delivered"

    def _count(self, started: float, result: str) -> None:
        if self.metrics is not None:
            self.metrics.delivery_seconds.observe(time.monotonic() - started)
            self.metrics.deliveries.labels(result=result).inc()

    async def _bounce(self, d: Delivery, rec: MessageRecord | None,
                      refused: dict[str, tuple[int, str]]) -> None:
        if not d.mail_from:
            return  # never bounce a bounce
        try:
            notice = build_bounce(hostname=self.hostname, mail_from=d.mail_from,
                                  message_id=d.message_id, raw=d.raw, refused=refused)
            await self.upstream.send("", [d.mail_from], notice)
            await asyncio.to_thread(self.store.add_event, AuditEvent(
                d.message_id, utcnow(), "bounced", "system",
                reason=f"{len(refused)} recipient(s) refused"))
        except Exception as e:
            log.error("bounce notice for %s failed: %s", d.message_id, type(e).__name__)
