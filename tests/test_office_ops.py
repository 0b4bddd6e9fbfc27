"""Operations: ``mailguard serve`` as the admin runs it (a real process), its start-up
lines at INFO in JSON lines, SIGHUP reloading rules and config without dropping an open
SMTP connection (a bad file keeps the old rules, one log line), ``/healthz`` and who
may read ``/metrics``."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import signal
import sys

import aiohttp
import aiosmtplib
import pytest
from holdkit import start_stack
from mailfactory import make_mail
from officekit import VISIBLE
from relaykit import Sink, free_port

from mailguard.web.app import create_app

CONFIG = """
[organization]
internal_domains = ["example.co.jp"]
[relay]
listen = "127.0.0.1:{relay}"
upstream = "127.0.0.1:{upstream}"
upstream_tls = "off"
hostname = "mailguard.test"
[store]
url = "sqlite:///{db}"
[web]
listen = "127.0.0.1:{web}"
base_url = "http://127.0.0.1:{web}"
secret_key = "ops-test-secret-0123456789"
[notify]
enabled = false
[log]
format = "json"
{extra}
"""


class Serve:
    def __init__(self, proc: asyncio.subprocess.Process):
        self.proc = proc
        self.lines: list[dict] = []
        self.raw: list[str] = []
        self.task = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        assert self.proc.stderr is not None
        async for line in self.proc.stderr:
            text = line.decode("utf-8", "replace").rstrip("\n")
            self.raw.append(text)
            self.lines.append(json.loads(text))     # every line is one JSON object

    async def wait_for(self, needle: str, count: int = 1, timeout: float = 30) -> dict:
        async def until() -> dict:
            while True:
                found = [x for x in self.lines if needle in x["message"]]
                if len(found) >= count:
                    return found[count - 1]
                if self.proc.returncode is not None:
                    raise AssertionError(f"serve exited: {self.raw}")
                await asyncio.sleep(0.05)
        return await asyncio.wait_for(until(), timeout)


async def test_serve_logs_json_at_info_and_reloads_on_sighup(tmp_path):
    sink = await Sink().start()
    ports = {"relay": free_port(), "web": free_port(), "upstream": sink.port,
             "db": tmp_path / "mailguard.db"}
    cfg = tmp_path / "mailguard.toml"
    cfg.write_text(CONFIG.format(**ports, extra=""), encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "mailguard", "serve", "--config", str(cfg),
        stderr=asyncio.subprocess.PIPE, env=env)
    serve = Serve(proc)
    try:
        start = await serve.wait_for("mailguard relay on")
        assert start["level"] == "info" and start["logger"] == "mailguard.serve"
        assert not [x for x in serve.lines if x["level"] == "warning"]
        raw = make_mail(sender="taro@example.co.jp", **VISIBLE)
        async with aiosmtplib.SMTP(hostname="127.0.0.1", port=ports["relay"],
                                   start_tls=False) as client:
            # a broken file: the old rules stay, one line says so
            cfg.write_text("[relay\nmode = ", encoding="utf-8")
            proc.send_signal(signal.SIGHUP)
            refused = await serve.wait_for("reload refused")
            assert refused["level"] == "error"
            assert len([x for x in serve.lines if "reload" in x["message"]]) == 1
            _, reply = await client.sendmail("taro@example.co.jp", VISIBLE["to"], raw)
            assert "held for review" in reply
            # a good file with the visible-recipients rule off, on the same connection
            cfg.write_text(CONFIG.format(**ports, extra=(
                '[rules]\ndisabled = ["external-recipients-visible"]\n')), encoding="utf-8")
            proc.send_signal(signal.SIGHUP)
            await serve.wait_for("reloaded")
            _, reply = await client.sendmail("taro@example.co.jp", VISIBLE["to"], raw)
            assert "checked and relayed" in reply
        assert len(sink.messages) == 1
        # /healthz and /metrics from loopback (the default metrics_networks)
        base = f"http://127.0.0.1:{ports['web']}"
        async with aiohttp.ClientSession() as s:
            async with s.get(f"{base}/healthz") as r:
                assert (r.status, await r.text()) == (200, "ok\n")
            async with s.get(f"{base}/metrics") as r:
                assert r.status == 200
                assert 'mailguard_messages_total{action="hold"} 1.0' in await r.text()
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 30) == 0
        await serve.task
        await sink.stop()
    assert any("shutting down" in x["message"] for x in serve.lines)
    for x in serve.lines:   # message lines carry ids and rule ids, no addresses
        assert "@" not in x["message"] or x["logger"] != "mailguard.relay"


async def test_metrics_only_to_metrics_networks(tmp_path):
    sink = await Sink().start()
    # holdkit's config ends in its [web] table: this line lands in it
    st = await start_stack(sink, f"sqlite:///{tmp_path / 'm.db'}",
                           'metrics_networks = ["10.0.0.0/8"]\n')
    try:
        async with aiohttp.ClientSession() as s:
            async with s.get(f"{st.base_url}/metrics") as r:
                assert r.status == 403
                assert "mailguard_" not in await r.text()
            async with s.get(f"{st.base_url}/healthz") as r:
                assert r.status == 200                 # no restriction, no login
    finally:
        await st.stop()
        await sink.stop()


async def test_healthz_is_503_when_the_store_does_not_answer(tmp_path):
    from aiohttp.test_utils import TestClient, TestServer

    from mailguard.config import Settings
    from mailguard.hold.sql import SqlStore

    store = SqlStore(f"sqlite:///{tmp_path / 'm.db'}")
    settings = dataclasses.replace(Settings(), web=dataclasses.replace(
        Settings().web, secret_key="healthz-test-secret-0123456789"))
    app = create_app(store, settings)
    async with TestClient(TestServer(app)) as client:
        r = await client.get("/healthz")
        assert r.status == 200
        (tmp_path / "m.db").unlink()
        (tmp_path / "m.db").mkdir()            # the file is gone: a folder in its way
        store.engine.dispose()
        r = await client.get("/healthz")
        assert r.status == 503 and "ok" not in await r.text()
    store.close()


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_log_format_is_checked(fmt, tmp_path):
    from mailguard.config import parse_settings

    assert parse_settings(f'[log]\nformat = "{fmt}"\n').log.format == fmt
    with pytest.raises(Exception, match="text or json"):
        parse_settings('[log]\nformat = "xml"\n')
