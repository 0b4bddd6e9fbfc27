"""Acceptance: a known mix through the relay over real SMTP, decided every way; the
statistics by cause, rule, group and month (JSON and CSV), the office's hold log and
CSV, /metrics and the log show exactly those counts and none of the planted personal
data."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import re

import aiohttp
import pytest
from holdkit import start_stack
from officekit import (
    BY_CAUSE,
    BY_GROUP,
    BY_RULE,
    GROUPS_CONFIG,
    TOTAL,
    admins_config,
    assert_no_planted,
    decide,
    office_login,
    send_mix,
)
from prometheus_client.parser import text_string_to_metric_families
from relaykit import Sink

from mailguard.cli import main
from mailguard.hold.stats import FIGURES
from mailguard.hold.store import COUNTERS


@pytest.fixture
async def stack(tmp_path, store_url):
    sink = await Sink().start()
    st = await start_stack(sink, store_url, GROUPS_CONFIG + admins_config())
    yield st
    await st.stop()
    await sink.stop()


def _config(tmp_path, store_url) -> str:
    p = tmp_path / "mailguard.toml"
    p.write_text(f'[store]\nurl = "{store_url}"\n' + GROUPS_CONFIG, encoding="utf-8")
    return str(p)


def _stats(capsys, cfg: str, by: str, fmt: str) -> str:
    assert main(["stats", "--config", cfg, "--by", by, "--format", fmt]) == 0
    return capsys.readouterr().out


def _counters(row: dict) -> dict[str, int]:
    return {k: int(row[k]) for k in COUNTERS}


async def test_known_mix_counts_exactly(stack, tmp_path, store_url, capsys, caplog):
    caplog.set_level(logging.DEBUG, logger="mailguard")
    mix = await send_mix(stack)
    assert mix.ids["lookalike"] == "rejected:550"
    await decide(stack, mix)
    # the released, rewritten and clean messages reach the upstream
    await stack.wait_mail(3 + 2 + 1)
    cfg = _config(tmp_path, store_url)
    outputs = []
    month = dt.datetime.now().astimezone().strftime("%Y-%m")
    expected = {"cause": BY_CAUSE, "rule": BY_RULE, "group": BY_GROUP,
                "month": {month: TOTAL}}
    for by, rows in expected.items():
        out = _stats(capsys, cfg, by, "json")
        outputs.append(out)
        obj = json.loads(out)
        assert {r["key"]: _counters(r) for r in obj["rows"]} == rows, by
        assert _counters(obj["total"]) == TOTAL
        out = _stats(capsys, cfg, by, "csv")
        outputs.append(out)
        assert out.startswith("\ufeff")
        table = list(csv.reader(io.StringIO(out[1:])))
        assert table[0] == ["key", *COUNTERS, *FIGURES]
        got = {r[0]: {k: int(v) for k, v in zip(COUNTERS, r[1:11], strict=True)}
               for r in table[1:]}
        assert got == {**rows, "total": TOTAL}, by

    rules = {r["key"]: r for r in json.loads(_stats(capsys, cfg, "rule", "json"))["rows"]}
    # one of three visible-recipient holds was released unchanged; none of the personal
    # data ones; a delay is not a hold
    assert rules["external-recipients-visible"]["released_unchanged_share"] == pytest.approx(
        1 / 3, abs=1e-3)
    assert rules["my-number"]["released_unchanged_share"] == 0
    assert rules["freemail-recipient"]["released_unchanged_share"] is None
    # people decided on visible (3), personal (1 cancel) and free mail (2); the expiry
    # and the rejection are no one's decision
    for rule in ("external-recipients-visible", "my-number", "freemail-recipient"):
        med, p90 = (rules[rule]["decision_median_seconds"],
                    rules[rule]["decision_p90_seconds"])
        assert med is not None and 0 <= med <= p90 < 120, rule
    assert rules["lookalike-domain"]["decision_median_seconds"] is None

    # the office's hold log and its CSV, logged in
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as s:
        assert await office_login(s, stack.base_url) == 303
        async with s.get(f"{stack.base_url}/office/holds") as r:
            html = await r.text()
            assert r.status == 200
        assert 'id="total">9<' in html          # 6 holds, 2 delays, 1 rejection
        outputs.append(html)
        async with s.get(f"{stack.base_url}/office/holds.csv") as r:
            body = await r.read()
        assert body.startswith(b"\xef\xbb\xbf")
        holds = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
        assert len(holds) == 9
        assert sorted(h["status"] for h in holds) == sorted(
            ["released", "rewritten", "cancelled", "cancelled", "expired", "held",
             "released", "cancelled", "rejected"])
        outputs.append(body.decode("utf-8-sig"))
        for name in ("personal1", "visible2"):
            async with s.get(f"{stack.base_url}/office/holds/{mix.ids[name]}") as r:
                page = await r.text()
            assert r.status == 200 and 'id="audit-trail"' in page
            outputs.append(page)
        async with s.get(f"{stack.base_url}/office/") as r:
            dashboard = await r.text()
        assert 'id="total-near">4<' in dashboard     # 3 cancelled + 1 sent as Bcc
        outputs.append(dashboard)

    # /metrics parses and counts the mix
    async with aiohttp.ClientSession() as s, s.get(f"{stack.base_url}/metrics") as r:
        assert r.status == 200
        text = await r.text()
    outputs.append(text)
    samples = {(smp.name, tuple(sorted(smp.labels.items()))): smp.value
               for fam in text_string_to_metric_families(text) for smp in fam.samples}
    for action, n in (("pass", 3), ("warn", 0), ("delay", 2), ("hold", 6), ("reject", 1)):
        assert samples[("mailguard_messages_total", (("action", action),))] == n, action
    assert samples[("mailguard_holds_pending", ())] == 1
    assert samples[("mailguard_deliveries_total", (("result", "relayed"),))] == 3
    assert samples[("mailguard_deliveries_total", (("result", "delivered"),))] == 3
    assert samples[("mailguard_judge_seconds_count", ())] == 12

    outputs.extend(rec.getMessage() for rec in caplog.records)
    for i, text in enumerate(outputs):
        assert_no_planted(text, f"output {i}")


async def test_dashboard_figures_as_csv(stack):
    mix = await send_mix(stack)
    await decide(stack, mix)
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as s:
        async with s.get(f"{stack.base_url}/office/stats.csv?by=cause",
                         allow_redirects=False) as r:
            assert r.status == 303 and r.headers["Location"] == "/office/login"
        assert await office_login(s, stack.base_url) == 303
        for by, rows in (("cause", BY_CAUSE), ("group", BY_GROUP), ("rule", BY_RULE)):
            async with s.get(f"{stack.base_url}/office/stats.csv?by={by}") as r:
                body = await r.read()
            assert body.startswith(b"\xef\xbb\xbf")
            table = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
            assert table[0] == [by, *COUNTERS, *FIGURES]
            got = {t[0]: {k: int(v) for k, v in zip(COUNTERS, t[1:11], strict=True)}
                   for t in table[1:]}
            assert got == {**rows, "total": TOTAL}


async def test_hold_log_filters_and_pages(stack, monkeypatch):
    import datetime as dt
    from urllib.parse import quote

    from officekit import TO_CC, WRONG_ADDRESS

    from mailguard.office import web as office_web

    mix = await send_mix(stack)
    await decide(stack, mix)
    # the office's dates are in its time zone (notify.timezone, Asia/Tokyo by default),
    # not the machine's: after 15:00 UTC it is already tomorrow in Tokyo
    from mailguard.notify import texts as T

    today = dt.datetime.now(T.zone(stack.settings.notify.timezone)).date()

    def count(html: str) -> int:
        return int(html.split('id="total">', 1)[1].split("<", 1)[0])

    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as s:
        assert await office_login(s, stack.base_url) == 303

        async def get(query: str) -> str:
            async with s.get(f"{stack.base_url}/office/holds?{query}") as r:
                assert r.status == 200
                return await r.text()

        assert count(await get(f"cause={quote(TO_CC)}")) == 3
        assert count(await get(f"cause={quote(WRONG_ADDRESS)}")) == 6
        assert count(await get("rule=my-number")) == 3
        assert count(await get("rule=my-number&status=cancelled")) == 1
        assert count(await get("sender=JIRO@")) == 4          # case-blind, part of it
        assert count(await get(f"group={quote('総務部')}")) == 5
        assert count(await get(f"since={today}&until={today}")) == 9
        assert count(await get(f"since={today + dt.timedelta(days=1)}")) == 0
        async with s.get(f"{stack.base_url}/office/holds.csv?rule=my-number") as r:
            assert len((await r.text()).strip().splitlines()) == 1 + 3
        # pages of four: 4 + 4 + 1, newest first, with links between them
        monkeypatch.setattr(office_web, "PAGE", 4)
        first, second, third = (await get("page=1"), await get("page=2"),
                                await get("page=3"))
        ids = [re.findall(r'data-id="([^"]+)"', h) for h in (first, second, third)]
        assert [len(x) for x in ids] == [4, 4, 1]
        assert len({i for page in ids for i in page}) == 9
        assert stack.store.get(ids[0][0]).status == "rejected"     # the newest
        assert 'rel="next"' in first and 'rel="prev"' in third and 'rel="next"' not in third
