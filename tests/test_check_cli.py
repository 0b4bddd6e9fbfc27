"""`mailguard check` as a user runs it: exit statuses, JSON Lines, one-line errors."""

import json
import subprocess
import sys

from mailfactory import DEFAULT_CONFIG, make_mail


def run(*args, stdin=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "mailguard", *map(str, args)],
                          capture_output=True, input=stdin, cwd=cwd)


def write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def config(tmp_path):
    p = tmp_path / "mg.toml"
    p.write_text(DEFAULT_CONFIG)
    return p


def test_pass_is_exit_0_and_json_lines(tmp_path):
    ok = write(tmp_path, "ok.eml", make_mail(to=["hanako@example.co.jp"]))
    ok2 = write(tmp_path, "ok2.eml", make_mail(to=["a@client.co.jp"]))
    r = run("check", "--config", config(tmp_path), "--format", "json", ok, ok2)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    assert len(lines) == 2
    verdicts = [json.loads(x) for x in lines]
    assert [v["source"] for v in verdicts] == [str(ok), str(ok2)]
    assert all(v["action"] == "pass" and v["findings"] == [] for v in verdicts)


def test_hold_is_exit_1_with_spec_fields(tmp_path):
    held = write(tmp_path, "held.eml",
                 make_mail(to=[f"u{i}@c{i}.co.jp" for i in range(5)]))
    r = run("check", "--config", config(tmp_path), "--format", "json", held)
    assert r.returncode == 1
    v = json.loads(r.stdout)
    assert v["action"] == "hold"
    f = v["findings"][0]
    for key in ("rule", "detector", "category", "severity", "action", "where",
                "recipients", "message", "entities"):
        assert key in f
    assert f["detector"] == "external_recipients_visible"
    assert f["where"] == "header:To"


def test_warn_only_is_exit_0(tmp_path):
    warn = write(tmp_path, "w.eml", make_mail(to=["a@gmail.com"]))
    r = run("check", "--config", config(tmp_path), warn)
    assert r.returncode == 0
    assert "警告" in r.stdout.decode()


def test_text_report_in_english(tmp_path):
    held = write(tmp_path, "held.eml", make_mail(to=["a@examp1e.co.jp"]))
    r = run("check", "--config", config(tmp_path), "--lang", "en", held)
    out = r.stdout.decode()
    assert r.returncode == 1
    assert "HOLD" in out and "examp1e.co.jp is example.co.jp with" in out
    assert "Check the spelling" in out


def test_stdin(tmp_path):
    r = run("check", "--config", config(tmp_path), "--format", "json", "-",
            stdin=make_mail(to=["x@example.co.jp"]))
    assert r.returncode == 0
    assert json.loads(r.stdout)["source"] == "-"


def one_line_error(r):
    err = r.stderr.decode()
    assert r.returncode == 2, (r.returncode, err)
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    return err


def test_missing_file(tmp_path):
    assert "no such file" in one_line_error(run("check", tmp_path / "nope.eml"))


def test_empty_file(tmp_path):
    assert "empty" in one_line_error(run("check", write(tmp_path, "e.eml", b"")))


def test_folder_is_refused(tmp_path):
    assert "folder" in one_line_error(run("check", tmp_path))


def test_bad_usage():
    one_line_error(run("check"))
    one_line_error(run("check", "--format", "xml", "x.eml"))


def test_bad_config(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[relay]\nlisten = 5\n")
    ok = write(tmp_path, "ok.eml", make_mail(to=["a@example.co.jp"]))
    err = one_line_error(run("check", "--config", bad, ok))
    assert str(bad) in err and "relay.listen" in err


def test_malformed_inputs_get_a_verdict_or_one_line(tmp_path):
    samples = {
        "broken-mime.eml": b"From: a@example.co.jp\nTo: b@client.co.jp\nSubject: x\n"
                           b"Content-Type: multipart/mixed\n\n--\n--zz\nbroken\n",
        "no-boundary.eml": b"From: a@example.co.jp\nTo: b@client.co.jp\nMIME-Version: 1.0\n"
                           b"Content-Type: multipart/mixed; boundary=\"x\"\n\nno parts here\n",
        "unknown-charset.eml": b"From: a@example.co.jp\nTo: b@client.co.jp\n"
                               b"Content-Type: text/plain; charset=x-klingon\n\n\xe3\x81\x82\n",
        "binary.eml": bytes(range(256)) * 40,
        "headers-only.eml": b"From: a@example.co.jp\nTo: b@client.co.jp\n",
    }
    for name, data in samples.items():
        r = run("check", "--format", "json", write(tmp_path, name, data))
        assert b"Traceback" not in r.stderr + r.stdout, name
        if r.returncode == 2:
            one_line_error(r)
        else:
            assert r.returncode in (0, 1), name
            v = json.loads(r.stdout)
            assert v["action"] in ("pass", "warn", "delay", "hold", "reject")
            assert (r.returncode == 1) == (v["action"] in ("delay", "hold", "reject"))


def test_help_for_every_command():
    for args in (["--help"], ["check", "--help"], ["rules", "lint", "--help"]):
        r = run(*args)
        assert r.returncode == 0
        assert b"usage:" in r.stdout


def test_message_over_the_relay_size_limit_is_refused_without_reading_it(tmp_path):
    cfg = tmp_path / "small.toml"
    cfg.write_text("[relay]\nmax_message_size = 1000\n")
    big = write(tmp_path, "big.eml", make_mail(to=["a@client.co.jp"], body="あ" * 2000))
    err = one_line_error(run("check", "--config", cfg, big))
    assert "max_message_size" in err
    err = one_line_error(run("check", "--config", cfg, "-", stdin=big.read_bytes()))
    assert "max_message_size" in err
    ok = write(tmp_path, "ok.eml", make_mail(to=["a@example.co.jp"], body="短い"))
    assert run("check", "--config", cfg, ok).returncode == 0
