"""``mailguard serve``: the relay, the delivery worker and the other background parts.

``start_relay`` builds and starts everything from Settings (the demo and the tests use it
too); ``run_serve`` runs it until SIGTERM or SIGINT, then shuts down cleanly:

1. stop listening; idle sessions get ``421 4.3.2`` (their clients retry elsewhere or
   later), sessions with a message in flight finish it and get their answer, then 421;
2. after ``relay.shutdown_grace`` seconds whatever is left is cut off (its client never
   got a 250, so it still has the message); a store write is one transaction either way;
3. notices and bounces already started finish, the workers finish the delivery in hand,
   idle upstream connections are closed with QUIT, the store is closed.

The parts besides the relay (left out with ``optional_parts=False``, for tests):

- ``notify.notifier.build_notifier`` → the ``Notifier`` called after a hold or delay is
  stored (see ``smtp/handler.py``);
- ``hold.fates.start_worker`` → the hold worker (deadlines, reminders, the fate of
  unattended holds); ``wake`` tells the delivery worker a release is queued;
- ``web.app.start_web`` → the review pages, ``/healthz``, ``/metrics`` and the office;
- ``office.retention.RetentionJob`` → the retention purge every
  ``retention.interval_hours``.

SIGHUP re-reads the config file and the rules: a good set replaces the old one for the
messages judged from then on (sessions stay connected); a bad file keeps the old set
and logs one line.

Each part has ``async stop()``.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import signal
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mailguard.config import Settings
from mailguard.errors import MailguardError
from mailguard.hold.fates import start_worker as start_hold_worker
from mailguard.hold.store import Store, open_configured
from mailguard.notify.notifier import build_notifier
from mailguard.smtp.handler import Notifier, RelayHandler
from mailguard.smtp.judging import build_engine_for, make_judge_runner
from mailguard.smtp.server import RelayServer
from mailguard.smtp.spool import SpoolReplayer
from mailguard.smtp.upstream import Upstream, UpstreamSettings
from mailguard.smtp.worker import DeliveryWorker
from mailguard.web.app import start_web

log = logging.getLogger("mailguard.serve")


@dataclass
class Relay:
    """A running relay: its parts, its bound addresses, and a clean ``stop``."""

    settings: Settings
    store: Store
    engine: Any
    upstream: Upstream
    handler: RelayHandler
    server: RelayServer
    worker: DeliveryWorker | None = None
    parts: list[Any] = field(default_factory=list)   # hold worker, web: each has stop()
    owns_store: bool = True
    web: Any = None                                  # the review site, when running

    @property
    def address(self) -> tuple[str, int]:
        return self.server.addresses[0]

    async def stop(self, grace: float | None = None) -> int:
        """Shut down in the order of the module docstring; returns sessions cut off."""
        cut = await self.server.stop(grace)
        await self.handler.wait_background(10)
        if self.handler.replayer is not None:
            await self.handler.replayer.stop()
        for part in reversed(self.parts):
            try:
                await part.stop()
            except Exception as e:
                log.error("stopping %s failed: %s", type(part).__name__, type(e).__name__)
        if self.worker is not None:
            await self.worker.stop()
        await self.upstream.close()
        self.handler.close()
        if self.owns_store:
            self.store.close()
        return cut


async def start_relay(settings: Settings, *, store: Store | None = None, engine: Any = None,
                      notifier: Notifier | None = None, run_worker: bool = True,
                      worker_interval: float | None = None,
                      optional_parts: bool = True) -> Relay:
    """Build and start the relay (and workers) from ``settings``.

    ``store``/``engine``/``notifier`` may be given (tests, the demo); otherwise they are
    built from the settings.  ``optional_parts=False`` leaves out the notifier, the hold
    worker and the web pages even when their modules exist.
    """
    relay = settings.relay
    instance = relay.instance or f"{socket.gethostname()}:{os.getpid()}"
    owns_store = store is None
    if store is None:
        store = await asyncio.to_thread(open_configured, settings)
    try:
        if hasattr(store, "record_history"):  # released holds add to the history too
            store.record_history = settings.history.enabled
        if engine is None:
            engine = build_engine_for(settings)
        elif relay.judge_processes == "auto":
            # an engine made by the caller lives in this process: judge with it here
            settings = dataclasses.replace(settings, relay=dataclasses.replace(
                relay, judge_processes=0))
        upstream = Upstream(UpstreamSettings.from_relay(relay, settings.base_dir))
        if notifier is None and optional_parts:
            notifier = build_notifier(settings, store, upstream)
        handler = RelayHandler(settings, engine, store, upstream, notifier=notifier,
                               instance=instance)
        warm_up = getattr(handler.judge, "warm_up", None)
        if warm_up is not None:  # judging processes: start them before the first client
            await asyncio.to_thread(warm_up)
        server = RelayServer(handler, relay, base_dir=settings.base_dir)
        try:
            await server.start()
        except OSError as e:
            handler.close()
            raise MailguardError(f"cannot listen on {relay.listen}: "
                                 f"{e.strerror or e}") from None
    except BaseException:
        if owns_store:
            store.close()
        raise
    running = Relay(settings, store, engine, upstream, handler, server,
                    owns_store=owns_store)
    handler.replayer = SpoolReplayer(handler.spool, store)
    handler.replayer.start()
    if run_worker:
        running.worker = DeliveryWorker(store, upstream, instance=instance,
                                        hostname=server.hostname,
                                        max_age_hours=relay.delivery_max_age_hours,
                                        interval=worker_interval or relay.delivery_interval)
        running.worker.metrics = handler.metrics
        running.worker.start()
    if optional_parts:
        wake = running.worker.wake if running.worker is not None else None
        try:
            from mailguard.office.retention import RetentionJob

            running.parts.append(start_hold_worker(settings, store, notifier=notifier,
                                                   wake=wake))
            running.parts.append(RetentionJob(store, settings.retention,
                                              handler.metrics).start())
            running.web = await start_web(settings, store, relay=running)
            running.parts.append(running.web)
        except BaseException:
            await running.stop(0)
            raise
    return running


async def serve(settings: Settings, *, ready: Callable[[Relay], None] | None = None,
                stop_event: asyncio.Event | None = None) -> int:
    """Run until SIGTERM/SIGINT (or ``stop_event``); SIGHUP reloads; returns the exit
    status."""
    stop = stop_event or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    running = await start_relay(settings)
    with contextlib.suppress(NotImplementedError, RuntimeError, AttributeError):
        loop.add_signal_handler(signal.SIGHUP,
                                lambda: asyncio.ensure_future(reload(running)))
    host, port = running.address
    log.info("mailguard relay on %s:%d → upstream %s, store %s%s", host, port,
             settings.relay.upstream, _safe_url(settings.store.url),
             " (observe mode: everything is relayed)" if settings.relay.mode == "observe"
             else "")
    if running.web is not None:
        log.info("review pages on %s", settings.web.base_url)
    if ready is not None:
        ready(running)
    await stop.wait()
    log.info("shutting down: finishing messages in flight (at most %.0f s)",
             settings.relay.shutdown_grace)
    cut = await running.stop()
    if cut:
        log.warning("%d session(s) cut off at shutdown (their clients retry)", cut)
    return 0


async def reload(running: Relay) -> bool:
    """SIGHUP: re-read the config file and the rules and use them for the next messages.
    Listening addresses, the store and the web app keep what they started with (a
    restart changes those).  A bad file keeps everything as it was: one log line."""
    from mailguard.config import load_settings

    source = running.settings.source
    runner = None
    try:
        settings = await asyncio.to_thread(
            load_settings, None if source == "<defaults>" else source)
        engine = await asyncio.to_thread(build_engine_for, settings)
        runner = make_judge_runner(settings, engine)
        warm_up = getattr(runner, "warm_up", None)
        if warm_up is not None:   # judging processes: ready before they take mail
            await asyncio.to_thread(warm_up)
    except Exception as e:
        if runner is not None:
            runner.close()
        log.error("reload refused, the old rules and config stay in force: %s",
                  str(e).splitlines()[0] if str(e) else type(e).__name__)
        return False
    running.handler.reconfigure(settings, engine, runner)
    running.engine = engine
    running.settings = settings
    log.info("reloaded %s: %d rule(s) in force, mode %s", source,
             len(list(engine.ruleset.enabled())) if hasattr(engine, "ruleset") else 0,
             settings.relay.mode)
    return True


def _safe_url(url: str) -> str:
    from mailguard.hold.sql import safe_url

    return safe_url(url)


class JsonLines(logging.Formatter):
    """``[log] format = "json"``: one JSON object per line for log shippers."""

    def format(self, record: logging.LogRecord) -> str:
        import datetime as dt
        import json

        out = {"time": dt.datetime.fromtimestamp(record.created, dt.UTC)
               .isoformat(timespec="milliseconds").replace("+00:00", "Z"),
               "level": record.levelname.lower(), "logger": record.name,
               "message": record.getMessage()}
        return json.dumps(out, ensure_ascii=False)


def setup_logging(settings: Settings, *, verbose: bool = False) -> None:
    """serve's logging: start-up and operations at INFO, one line per message only with
    ``--verbose``, text or JSON lines (``[log] format``)."""
    root = logging.getLogger()
    handler = logging.StreamHandler()
    if settings.log.format == "json":
        handler.setFormatter(JsonLines())
    else:
        handler.setFormatter(logging.Formatter("mailguard: %(levelname)s: %(message)s"))
    for h in list(root.handlers):
        root.removeHandler(h)
    root.addHandler(handler)
    level = getattr(logging, settings.log.level.upper(), logging.INFO)
    logging.getLogger("mailguard").setLevel(level)
    # per-message lines (ids and rule ids) only when asked for
    for name in ("mailguard.relay", "mailguard.worker", "mailguard.recorder"):
        logging.getLogger(name).setLevel(
            logging.DEBUG if verbose and level <= logging.DEBUG
            else logging.INFO if verbose else max(level, logging.WARNING))
    quiet_libraries()


def quiet_libraries() -> None:
    """aiosmtpd logs every command (addresses included) at INFO: keep it to errors."""
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    logging.getLogger("mail.debug").setLevel(logging.ERROR)


def run(coro_fn: Callable[[], Any]) -> Any:
    """Run the async main with uvloop when it is installed (faster for small mail)."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro_fn())
    return uvloop.run(coro_fn())
