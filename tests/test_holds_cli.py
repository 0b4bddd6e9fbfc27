"""``mailguard holds list/show/release/cancel`` against a real store (SQLite and PG)."""

from __future__ import annotations

import getpass
import json
import subprocess
import sys

import pytest
from storefactory import RAW, rec

from mailguard.cli import main
from mailguard.hold import service


@pytest.fixture
def cfg(store_url, tmp_path) -> str:
    p = tmp_path / "mailguard.toml"
    p.write_text(f'[store]\nurl = "{store_url}"\n', encoding="utf-8")
    return str(p)


@pytest.fixture
def seeded(store):
    """A held, a delayed, a cancelled, a passed and a rejected message."""
    held = rec("held")
    delayed = rec("delayed", findings=(("external-delay", "misdirection", "delay"),))
    gone = rec("held")
    passed = rec("passed", findings=())
    rejected = rec("rejected", findings=(("reject-x", "personal_data", "reject"),))
    for r in (held, delayed, gone, passed, rejected):
        store.record(r, RAW, mail_from="taro@example.co.jp")
    service.cancel(store, gone.id, actor="sender:taro@example.co.jp")
    return {"held": held, "delayed": delayed, "cancelled": gone, "passed": passed,
            "rejected": rejected}


def run(capsys, *argv):
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_list_json_has_every_hold_in_every_status(cfg, seeded, capsys):
    rc, out, _ = run(capsys, "holds", "list", "--config", cfg, "--format", "json")
    assert rc == 0
    items = json.loads(out)
    assert out.count("\n") == 1
    assert {i["id"] for i in items} == {seeded[k].id for k in ("held", "delayed", "cancelled")}
    one = next(i for i in items if i["id"] == seeded["held"].id)
    assert one["status"] == "held" and one["action"] == "hold"
    assert one["sender"] == "taro@example.co.jp"
    assert one["recipients"] == ["sato@client.example", "bob@other.example"]
    assert one["message_id"] == "<m1@example.co.jp>" and one["subject"] == "見積書"
    assert one["rules"] == ["my-number"]
    assert one["received_at"] == "2026-04-01T09:00:00Z"


def test_list_status_filter_and_table(cfg, seeded, capsys):
    rc, out, _ = run(capsys, "holds", "list", "--config", cfg, "--status", "delayed",
                     "--format", "json")
    assert rc == 0 and [i["id"] for i in json.loads(out)] == [seeded["delayed"].id]
    rc, out, _ = run(capsys, "holds", "list", "--config", cfg)
    assert rc == 0
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["ID", "STATUS"] and len(lines) == 4
    assert any(seeded["held"].id in line and "見積書" in line for line in lines)
    assert seeded["passed"].id not in out


def test_list_of_an_empty_store(cfg, capsys):
    assert run(capsys, "holds", "list", "--config", cfg, "--format", "json")[1] == "[]\n"
    rc, out, err = run(capsys, "holds", "list", "--config", cfg)
    assert rc == 0 and out == "" and "no holds" in err


def test_show_text_and_json(cfg, seeded, capsys):
    hid = seeded["held"].id
    rc, out, _ = run(capsys, "holds", "show", hid, "--config", cfg)
    assert rc == 0
    assert f"id:          {hid}" in out and "status:      held" in out
    assert "JP_MY_NUMBER × 1: 1234 **** ****" in out       # masked, as stored
    assert "5678" not in out
    assert "audit log:" in out and " held " in out
    rc, out, _ = run(capsys, "holds", "show", hid, "--config", cfg, "--format", "json")
    obj = json.loads(out)
    assert obj["id"] == hid and obj["verdict"]["action"] == "hold"
    assert [e["event"] for e in obj["events"]] == ["held"] and obj["delivery"] is None


def test_release_queues_delivery_once(cfg, seeded, store, capsys):
    hid = seeded["held"].id
    rc, out, _ = run(capsys, "holds", "release", hid, "--config", cfg, "--reason", "確認済み")
    assert rc == 0 and "released" in out
    assert store.get(hid).status == "released"
    ev = store.events(hid)[-1]
    assert (ev.event, ev.actor, ev.client, ev.reason) == (
        "released", f"admin:{getpass.getuser()}", "cli", "確認済み")
    [d] = store.claim_deliveries("relay-a")
    assert d.message_id == hid and d.raw == RAW
    rc, out, err = run(capsys, "holds", "release", hid, "--config", cfg)
    assert rc == 2 and out == ""
    assert err.startswith("mailguard: ") and "already released" in err
    assert err.count("\n") == 1
    assert [e.event for e in store.events(hid)].count("released") == 1


def test_cancel_delayed(cfg, seeded, store, capsys):
    did = seeded["delayed"].id
    rc, out, _ = run(capsys, "holds", "cancel", did, "--config", cfg)
    assert rc == 0 and "cancelled" in out
    assert store.get(did).status == "cancelled" and store.delivery(did) is None
    rc, _, err = run(capsys, "holds", "cancel", seeded["passed"].id, "--config", cfg)
    assert rc == 2 and "never held" in err


def test_unknown_id(cfg, seeded, capsys):
    for cmd in ("show", "release", "cancel"):
        rc, out, err = run(capsys, "holds", cmd, "NO-SUCH-ID", "--config", cfg)
        assert rc == 2 and out == "" and err == "mailguard: hold NO-SUCH-ID: no such message\n"


@pytest.mark.parametrize("argv", [
    ["holds", "--help"], ["holds", "list", "--help"], ["holds", "show", "--help"],
    ["holds", "release", "--help"], ["holds", "cancel", "--help"], ["stats", "--help"]])
def test_every_command_has_help(argv, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 0 and "usage: mailguard" in capsys.readouterr().out


def _cli(*argv, cwd=None):
    return subprocess.run([sys.executable, "-m", "mailguard", *argv], capture_output=True,
                          text=True, timeout=60, cwd=cwd)


def test_unreachable_store_is_one_line(tmp_path):
    cfg = tmp_path / "m.toml"
    cfg.write_text('[store]\nurl = "postgresql://postgres@127.0.0.1:1/nope"\n')
    p = _cli("holds", "list", "--config", str(cfg))
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.startswith("mailguard: store ") and p.stderr.count("\n") == 1, p.stderr
    assert "Traceback" not in p.stderr


def test_bad_usage_is_one_line(tmp_path):
    for argv in (["holds", "list", "--status", "lost"], ["holds", "show"], ["holds"]):
        p = _cli(*argv, cwd=tmp_path)
        assert p.returncode == 2 and "Traceback" not in p.stderr, argv


def test_default_store_in_working_directory(tmp_path):
    """No config at all: the embedded default sqlite:///var/mailguard.db, made on demand."""
    p = _cli("holds", "list", "--format", "json", cwd=tmp_path)
    assert p.returncode == 0 and p.stdout == "[]\n", p.stderr
    assert (tmp_path / "var" / "mailguard.db").is_file()
