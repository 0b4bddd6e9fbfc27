"""``mailguard demo`` end to end: relay, local sink, throw-away store, sample mail."""

from __future__ import annotations

import io
import re

from mailguard.demo import generated_examples, run_demo


async def test_demo_reports_what_passed_and_what_was_held(tmp_path):
    generated_examples(tmp_path)
    out = io.StringIO()
    assert await run_demo(str(tmp_path), wait=False, out=out) == 0
    text = out.getvalue()
    rows = {m.group(1): m.group(2) for m in re.finditer(r"^\s+(\S+\.eml)\s+\S+ (\w+)", text,
                                                        re.M)}
    assert rows["01-internal.eml"] == "PASS"
    assert rows["02-partner.eml"] == "PASS"
    assert rows["04-confidential.eml"] == "HOLD"
    assert rows["06-my-number.eml"] == "HOLD"
    assert re.search(r"^2 message\(s\) relayed to the sink", text, re.M)
    held = re.findall(r"^\s+[0-9A-Z]{26}\s+held\s", text, re.M)
    assert len(held) == sum(1 for v in rows.values() if v == "HOLD")
    assert "123456789018" not in text  # the My Number itself never appears
