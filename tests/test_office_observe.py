"""Observe mode (relay.mode = "observe"): the known mix is judged and recorded, every
message is relayed with its verdict header, and the statistics count what enforcement
would have held, delayed and rejected."""

from __future__ import annotations

import json

import aiohttp
import pytest
from holdkit import start_stack
from officekit import GROUPS_CONFIG, c, send_mix
from prometheus_client.parser import text_string_to_metric_families
from relaykit import Sink, header

from mailguard.cli import main
from mailguard.hold.store import COUNTERS


@pytest.fixture
async def stack(tmp_path):
    sink = await Sink().start()
    st = await start_stack(sink, f"sqlite:///{tmp_path / 'mailguard.db'}", GROUPS_CONFIG,
                           mode="observe")
    yield st
    await st.stop()
    await sink.stop()


async def test_observe_relays_everything_and_counts_what_would_have_been_held(
        stack, tmp_path, capsys):
    mix = await send_mix(stack)
    # every message got a 250 with a store id, the look-alike one too
    assert all(not v.startswith("rejected") for v in mix.ids.values())
    mail = await stack.wait_mail(12)
    assert len(mail) == 12 and not stack.notices()      # nobody was asked anything
    verdicts = [header(m.content, "X-MailGuard-Verdict")[0] for m in mail]
    assert sum(v.startswith("hold;") and "status=observed" in v for v in verdicts) == 6
    assert sum(v.startswith("delay;") and "status=observed" in v for v in verdicts) == 2
    assert sum(v.startswith("reject;") and "status=observed" in v for v in verdicts) == 1
    assert sum(v.startswith("pass;") and "observed" not in v for v in verdicts) == 3

    cfg = tmp_path / "mailguard.toml"
    cfg.write_text(f'[store]\nurl = "sqlite:///{tmp_path / "mailguard.db"}"\n'
                   + GROUPS_CONFIG, encoding="utf-8")
    assert main(["stats", "--config", str(cfg), "--by", "rule", "--format", "json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    got = {r["key"]: {k: r[k] for k in COUNTERS} for r in obj["rows"]}
    assert got["external-recipients-visible"] == c(judged=3, held=3)
    assert got["my-number"] == c(judged=3, held=3)
    assert got["freemail-recipient"] == c(judged=2, delayed=2)
    assert got["lookalike-domain"] == c(judged=1, rejected=1)
    assert {k: obj["total"][k] for k in COUNTERS} == c(judged=12, passed=3, held=6,
                                                       delayed=2, rejected=1)
    # nothing waits for a decision, and the store says what really happened
    assert main(["holds", "list", "--config", str(cfg), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    rec = stack.store.get(mix.ids["personal1"])
    assert rec.status == "passed" and rec.observed == "held" and rec.action == "hold"
    assert [e.event for e in stack.store.events(rec.id)] == ["judged", "delivered"]

    async with aiohttp.ClientSession() as s, s.get(f"{stack.base_url}/metrics") as r:
        text = await r.text()
    samples = {(smp.name, tuple(sorted(smp.labels.items()))): smp.value
               for fam in text_string_to_metric_families(text) for smp in fam.samples}
    assert samples[("mailguard_messages_total", (("action", "hold"),))] == 6
    assert samples[("mailguard_observed_messages_total", (("action", "hold"),))] == 6
    assert samples[("mailguard_deliveries_total", (("result", "relayed"),))] == 12
    assert samples[("mailguard_holds_pending", ())] == 0
