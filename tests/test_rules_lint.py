"""`mailguard rules lint`: every problem, with file and line."""

import subprocess
import sys
from pathlib import Path

from mailguard.detect.registry import builtin_detectors
from mailguard.policy.ruleset import builtin_rules_dir, lint

GOOD = '''
[[rule]]
id = "ok-rule"
detector = "freemail_recipient"
action = "warn"
severity = "low"
category = "misdirection"
source = "誤送付 › メール誤送信"
title.ja = "t"
title.en = "t"
message.ja = "{count} 件"
message.en = "{count}"
advice.ja = "a"
advice.en = "a"
'''

BAD = '''
[[rule]]
id = "Bad Id"
detector = "freemail_recipient"
action = "block"
severity = "low"
category = "misdirection"
source = "誤送付"
title.ja = "t"
title.en = "t"
message.ja = "{count 件"
message.en = "x"
advice.ja = "a"
advice.en = "a"
colour = "red"

[[rule]]
id = "second"
detector = "no_such_detector"
action = "hold"
severity = "high"
category = "x"
title.ja = "t"
title.en = "t"
message.ja = "m"
message.en = "m"
advice.ja = "a"

[[rule]]
id = "third"
detector = "lookalike_domain"
action = "hold"
severity = "high"
category = "x"
source = "s"
title.ja = "t"
title.en = "t"
message.ja = "m"
message.en = "m"
advice.ja = "a"
advice.en = "a"
[rule.params]
max_distance = "two"
colour = 1
'''


def run_lint(*paths):
    return subprocess.run([sys.executable, "-m", "mailguard", "rules", "lint", *map(str, paths)],
                          capture_output=True, text=True)


def test_shipped_rules_are_clean():
    files = sorted(builtin_rules_dir().glob("*.toml"))
    assert files
    assert lint(files, builtin_detectors()) == []
    r = run_lint()
    assert r.returncode == 0, r.stdout + r.stderr


def test_every_problem_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD)
    r = run_lint(bad)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    text = "\n".join(lines)
    assert f"{bad}:3: " in text and "kebab-case" in text
    assert f"{bad}:5: " in text and "action must be one of" in text
    assert f"{bad}:11: " in text and "message.ja is not a valid template" in text
    assert f"{bad}:15: " in text and "unknown key 'colour'" in text
    assert f"{bad}:19: " in text and "unknown detector 'no_such_detector'" in text
    assert "'source' must be a non-empty string" in text
    assert "needs a non-empty advice.en" in text
    assert f"{bad}:43: " in text and "param 'max_distance' must be a whole number" in text
    assert f"{bad}:44: " in text and "unknown param 'colour'" in text
    assert "Traceback" not in r.stderr


def test_toml_syntax_error_has_a_line(tmp_path):
    bad = tmp_path / "syntax.toml"
    bad.write_text(GOOD + "\n[[rule]\nid = 3\n")
    r = run_lint(bad)
    assert r.returncode == 1
    assert f"{bad}:16: not valid TOML" in r.stdout


def test_duplicate_ids_across_files(tmp_path):
    (tmp_path / "a.toml").write_text(GOOD)
    (tmp_path / "b.toml").write_text(GOOD)
    r = run_lint(tmp_path)
    assert r.returncode == 1
    assert "duplicate rule id 'ok-rule'" in r.stdout
    assert str(Path(tmp_path / "b.toml")) + ":2:" in r.stdout


def test_clean_file_passes(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text(GOOD)
    r = run_lint(good)
    assert r.returncode == 0
    assert r.stdout == ""


def test_missing_path_is_usage_error(tmp_path):
    r = run_lint(tmp_path / "nope")
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1


def test_source_must_name_an_incident_cause(tmp_path):
    """Every rule's source names its cause in the training material's terms, so that
    ``stats --by cause`` groups it with the others."""
    from mailguard.policy.causes import CAUSES, cause_of

    files = sorted(builtin_rules_dir().glob("*.toml"))
    import tomllib

    for f in files:
        for rule in tomllib.loads(f.read_text(encoding="utf-8"))["rule"]:
            assert cause_of(rule["source"]) in CAUSES, (f.name, rule["id"], rule["source"])
    odd = tmp_path / "odd.toml"
    odd.write_text(GOOD.replace('source = "誤送付 › メール誤送信"', 'source = "うっかり"'))
    r = run_lint(odd)
    assert r.returncode == 1 and "names no known incident cause" in r.stdout
    narrower = tmp_path / "narrower.toml"
    narrower.write_text(GOOD.replace(
        'source = "誤送付 › メール誤送信"',
        'source = "誤送付 › メール誤送信 › 宛先間違い › FAX 番号の取り違え（補足）"'))
    assert run_lint(narrower).returncode == 0
