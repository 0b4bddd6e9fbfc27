"""``stats``: counters by month, rule, category and sender domain, on both backends."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
import time
from zoneinfo import ZoneInfo

import pytest
from storefactory import RAW, rec

from mailguard.cli import main
from mailguard.hold import service
from mailguard.hold.stats import FIGURES
from mailguard.hold.store import COUNTERS

JST = ZoneInfo("Asia/Tokyo")
A = "a@example.co.jp"
B = "b@Sub.Example.co.jp"
MINE = ("my-number", "personal_data", "hold")
BANK = ("bank-account", "personal_data", "hold")
VISIBLE = ("external-visible", "misdirection", "hold")
LOOK = ("lookalike", "misdirection", "hold")
FREE = ("freemail", "misdirection", "warn")
DELAY = ("external-delay", "misdirection", "delay")
REJECT = ("reject-x", "personal_data", "reject")


def at(month: int, day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=JST)


def seed(store) -> None:
    """Eleven messages across March and April 2026 (JST) with every fate."""
    admin = "admin:root"

    def add(status, when, findings=(), sender=A, then=None):
        r = rec(status, at=when, findings=findings, sender=sender)
        store.record(r, RAW, mail_from=sender)
        if then == "released":
            service.release(store, r.id, actor=admin)
        elif then == "cancelled":
            service.cancel(store, r.id, actor="sender:" + sender, reason="wrong recipient")
        elif then == "expired":
            service.expire(store, r.id)
        elif then == "rewritten":
            service.rewrite(store, r.id, RAW, ["x@client.example"], actor="sender:" + sender)

    add("passed", at(3, 2))
    add("warned", at(3, 3), (FREE,))
    add("held", at(3, 4), (MINE, VISIBLE), then="released")
    add("held", at(3, 5), (MINE,), sender=B, then="cancelled")         # a near miss
    add("held", at(3, 31, 23), (LOOK,), then="expired")
    add("delayed", at(4, 2), (DELAY,), then="released")
    add("delayed", at(4, 3), (DELAY,), then="cancelled")
    add("held", at(4, 4), (MINE, BANK), sender=B)                      # still held
    add("rejected", at(4, 5), (REJECT,))
    add("held", at(4, 6), (VISIBLE,), then="rewritten")
    # 20:00 UTC on 31 March is 05:00 on 1 April in Tokyo: an April message
    add("passed", dt.datetime(2026, 3, 31, 20, 0, tzinfo=dt.UTC))


def c(**kw: int) -> dict[str, int]:
    return {k: kw.get(k, 0) for k in COUNTERS}


MARCH = c(judged=5, passed=1, warned=1, held=3, released=1, cancelled=1, expired=1)
APRIL = c(judged=6, passed=1, delayed=2, held=2, released=1, rewritten=1, cancelled=1,
          rejected=1)
TOTAL = {k: MARCH[k] + APRIL[k] for k in COUNTERS}


def rows(store, by, since=None, until=None):
    return {r.key: r.counters for r in store.stats(since, until, by, tz=JST)}


def test_by_month(store):
    seed(store)
    assert rows(store, "month") == {"2026-03": MARCH, "2026-04": APRIL}
    assert rows(store, "total") == {"total": TOTAL}


def test_by_rule_counts_held_whatever_came_after(store):
    seed(store)
    assert rows(store, "rule") == {
        "my-number": c(judged=3, held=3, released=1, cancelled=1),
        "external-visible": c(judged=2, held=2, released=1, rewritten=1),
        "lookalike": c(judged=1, held=1, expired=1),
        "bank-account": c(judged=1, held=1),
        "freemail": c(judged=1, warned=1),
        "external-delay": c(judged=2, delayed=2, released=1, cancelled=1),
        "reject-x": c(judged=1, rejected=1),
    }
    # the top causes first
    assert [r.key for r in store.stats(None, None, "rule", tz=JST)][:2] == \
        ["my-number", "external-visible"]


def test_by_category_counts_a_message_once(store):
    seed(store)
    assert rows(store, "category") == {
        # the message with my-number *and* bank-account counts once
        "personal_data": c(judged=4, held=3, released=1, cancelled=1, rejected=1),
        "misdirection": c(judged=6, warned=1, delayed=2, held=3, released=2, rewritten=1,
                          cancelled=1, expired=1),
    }


def test_by_sender_domain(store):
    seed(store)
    got = rows(store, "sender-domain")
    assert set(got) == {"example.co.jp", "sub.example.co.jp"}
    assert got["sub.example.co.jp"] == c(judged=2, held=2, cancelled=1)
    assert got["example.co.jp"]["judged"] == 9


def test_since_and_until_are_whole_local_days(store):
    seed(store)
    assert rows(store, "total", since=dt.date(2026, 4, 1)) == {"total": APRIL}
    assert rows(store, "total", until=dt.date(2026, 3, 31)) == {"total": MARCH}
    assert rows(store, "total", since=dt.date(2026, 3, 5), until=dt.date(2026, 3, 5)) == {
        "total": c(judged=1, held=1, cancelled=1)}
    assert rows(store, "month", since=dt.date(2027, 1, 1)) == {}
    assert rows(store, "total", since=dt.date(2027, 1, 1)) == {"total": c()}


# --- the command -------------------------------------------------------------------------

@pytest.fixture
def config(store, store_url, tmp_path):
    seed(store)
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"            # the office's local time
    time.tzset()
    try:
        yield str(_write_config(tmp_path, store_url))
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


def _write_config(tmp_path, url):
    p = tmp_path / "mailguard.toml"
    p.write_text(f'[store]\nurl = "{url}"\n', encoding="utf-8")
    return p


def test_stats_json_is_the_spec_object(config, capsys):
    assert main(["stats", "--config", config, "--format", "json"]) == 0
    out = capsys.readouterr().out
    obj = json.loads(out)
    assert set(obj) == {"since", "until", "by", "rows", "total"}
    assert (obj["since"], obj["until"], obj["by"]) == (None, None, "month")
    assert [{k: r[k] for k in ("key", *COUNTERS)} for r in obj["rows"]] == [
        {"key": "2026-03", **MARCH}, {"key": "2026-04", **APRIL}]
    assert {k: obj["total"][k] for k in COUNTERS} == TOTAL
    for row in (*obj["rows"], obj["total"]):
        assert set(row) - {"key"} == {*COUNTERS, *FIGURES}
    assert out.count("\n") == 1


def test_stats_csv_by_category_with_dates(config, capsys):
    assert main(["stats", "--config", config, "--by", "category", "--since", "2026-04-01",
                 "--until", "2026-04-30", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("\ufeff")           # a BOM: Excel reads it as UTF-8
    table = list(csv.reader(io.StringIO(out[1:])))
    assert table[0] == ["key", *COUNTERS, *FIGURES]
    got = {r[0]: dict(zip(COUNTERS, map(int, r[1:11]), strict=True)) for r in table[1:]}
    assert got["total"] == APRIL
    assert got["personal_data"] == c(judged=2, held=1, rejected=1)


def test_stats_table(config, capsys):
    assert main(["stats", "--config", config, "--by", "rule"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split()[:11] == ["RULE", *(k.upper() for k in COUNTERS)]
    my = next(line.split() for line in lines if line.startswith("my-number"))
    assert my[:11] == ["my-number", "3", "0", "0", "0", "3", "1", "0", "1", "0", "0"]
    assert lines[-1].split()[:11] == ["total", *(str(TOTAL[k]) for k in COUNTERS)]


@pytest.mark.parametrize("argv, text", [
    (["stats", "--by", "weekday"], "invalid choice"),
    (["stats", "--since", "2026-02-30"], "not a date"),
    (["stats", "--since", "2026-05-01", "--until", "2026-04-01"], "after --until"),
])
def test_stats_bad_usage_is_one_line_exit_2(tmp_path, argv, text):
    cfg = _write_config(tmp_path, f"sqlite:///{tmp_path}/s.db")
    p = subprocess.run([sys.executable, "-m", "mailguard", *argv, "--config", str(cfg)],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and p.stdout == ""
    assert text in p.stderr and p.stderr.count("\n") == 1, p.stderr
