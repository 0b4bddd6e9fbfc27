"""Rules as data: load, validate and lint ``rules/*.toml``; apply the admin's overrides.

A rule binds a detector to parameters, an action and its texts (Japanese and English),
and names the incident cause it prevents (``source``).  The shipped files are never
edited by a site: ``[rules]`` in the config disables rules, changes actions, severities
and parameters (``[rules.override.RULE-ID]``).  Problems are reported with file and line.
"""

from __future__ import annotations

import hashlib
import re
import string
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mailguard.config import Settings
from mailguard.detect.base import Detector, Param
from mailguard.errors import ConfigError, RuleFileError
from mailguard.policy.causes import CAUSES, known_cause
from mailguard.policy.verdict import SEVERITIES, Action

RULE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SCOPES = ("any", "external")
LANG_KEYS = ("title", "message", "advice")
RULE_KEYS = {"id", "detector", "action", "severity", "category", "scope", "source",
             "params", "enabled", *LANG_KEYS}
OVERRIDE_KEYS = {"action", "severity", "scope", "enabled", "params"}


@dataclass(frozen=True)
class Rule:
    id: str
    detector: str
    action: Action
    severity: str
    category: str
    source: str
    title: Mapping[str, str]
    message: Mapping[str, str]
    advice: Mapping[str, str]
    params: Mapping[str, Any] = field(default_factory=dict)
    scope: str = "any"
    enabled: bool = True
    file: str = ""
    line: int = 0


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    version: str          # short hash of every rule in force, stamped on each verdict

    def enabled(self) -> list[Rule]:
        return [r for r in self.rules if r.enabled]

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def builtin_rules_dir() -> Path:
    """The rule files shipped with mailguard (inside the wheel, or the source checkout)."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "rules"
    return packaged if packaged.is_dir() else here.parent / "rules"


def rule_files(paths: Iterable[str], base_dir: str = ".") -> list[Path]:
    """Expand configured paths (files, folders, "builtin") into rule files, in order."""
    files: list[Path] = []
    for p in paths:
        if p == "builtin":
            candidates = [builtin_rules_dir()]
        else:
            path = Path(p)
            candidates = [path] if path.is_absolute() else [Path(base_dir) / path, path]
        found = next((c for c in candidates if c.exists()), None)
        if found is None:
            raise ConfigError(f"rules path not found: {p}")
        if found.is_dir():
            files.extend(sorted(f for f in found.glob("*.toml") if f.is_file()))
        else:
            files.append(found)
    return files


# --- reading and checking one file ---------------------------------------------------------

class _Lines:
    """Find the line of a rule, and of a key inside it, for error messages."""

    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.starts = [i + 1 for i, ln in enumerate(self.lines)
                       if re.match(r"^\s*\[\[\s*rule\s*\]\]", ln)]

    def rule(self, index: int) -> int:
        return self.starts[index] if index < len(self.starts) else 1

    def key(self, index: int, key: str, in_params: bool = False) -> int:
        start = self.rule(index)
        end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.lines)
        in_table = False
        for n in range(start, end + 1):
            ln = self.lines[n - 1]
            if re.match(r"^\s*\[\s*rule\.params\s*\]", ln):
                in_table = True
                continue
            dotted = rf"^\s*params\s*\.\s*{re.escape(key)}\b"
            if in_params and not in_table and re.match(dotted, ln):
                return n
            if in_table == in_params and re.match(rf"^\s*{re.escape(key)}\s*[.=]", ln):
                return n
        return start


def check_params(params: Any, detector: Detector) -> list[tuple[str | None, str]]:
    """Problems with a rule's params as (param name or None, text)."""
    if not isinstance(params, Mapping):
        return [(None, "params must be a table")]
    problems: list[tuple[str | None, str]] = []
    for name, value in params.items():
        spec: Param | None = detector.params.get(name)
        if spec is None:
            known = ", ".join(sorted(detector.params)) or "none"
            problems.append((name, f"unknown param '{name}' for detector "
                                   f"'{detector.name}' (known: {known})"))
            continue
        if not _type_ok(value, spec.type):
            problems.append((name, f"param '{name}' must be {_type_name(spec.type)}"))
        elif spec.item is not None and isinstance(value, list) and not all(
                _type_ok(v, spec.item) for v in value):
            problems.append((name, f"param '{name}' must be a list of {_type_name(spec.item)}"))
    return problems


def _type_ok(value: Any, tp: type | tuple[type, ...]) -> bool:
    types = tp if isinstance(tp, tuple) else (tp,)
    if isinstance(value, bool):
        return bool in types
    if float in types and isinstance(value, int):
        return True
    return isinstance(value, types)


def _type_name(tp: type | tuple[type, ...]) -> str:
    names = {int: "a whole number", float: "a number", str: "a string", bool: "true or false",
             list: "a list", dict: "a table"}
    types = tp if isinstance(tp, tuple) else (tp,)
    return " or ".join(names.get(t, t.__name__) for t in types)


def _template_problem(text: str) -> str | None:
    try:
        list(string.Formatter().parse(text))
    except ValueError as e:
        return str(e)
    return None


def read_rule_file(path: Path, detectors: Mapping[str, Detector],
                   problems: list[tuple[str, int, str]]) -> list[Rule]:
    """Read one rule file; append every problem found (file, line, text) to ``problems``."""
    name = str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        problems.append((name, 1, f"cannot read rule file: {e}"))
        return []
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"line (\d+)", str(e))
        problems.append((name, int(m.group(1)) if m else 1, f"not valid TOML: {e}"))
        return []
    lines = _Lines(text)
    for key in data:
        if key != "rule":
            problems.append((name, 1, f"unknown top-level key '{key}' (rule files hold "
                                      "[[rule]] tables only)"))
    entries = data.get("rule", [])
    if not isinstance(entries, list):
        problems.append((name, 1, "'rule' must be an array of tables: [[rule]]"))
        return []
    rules: list[Rule] = []
    for i, entry in enumerate(entries):
        before = len(problems)

        def bad(key: str | None, msg: str, i: int = i, params: bool = False) -> None:
            line = lines.key(i, key, params) if key else lines.rule(i)
            problems.append((name, line, msg))

        for key in entry:
            if key not in RULE_KEYS:
                bad(key, f"unknown key '{key}' in rule")
        rid = entry.get("id")
        if not isinstance(rid, str) or not RULE_ID.match(rid):
            bad("id" if "id" in entry else None,
                "rule needs an 'id' in kebab-case, like \"my-number\"")
            rid = f"#{i + 1}"
        det_name = entry.get("detector")
        detector = detectors.get(det_name) if isinstance(det_name, str) else None
        if detector is None:
            bad("detector" if "detector" in entry else None,
                f"rule {rid}: unknown detector {det_name!r} (known: "
                f"{', '.join(sorted(detectors))})")
        action = entry.get("action")
        if not isinstance(action, str) or action.upper() not in Action.__members__:
            bad("action" if "action" in entry else None,
                f"rule {rid}: action must be one of pass, warn, delay, hold, reject")
        sev = entry.get("severity")
        if sev not in SEVERITIES:
            bad("severity" if "severity" in entry else None,
                f"rule {rid}: severity must be one of {', '.join(SEVERITIES)}")
        for key in ("category", "source"):
            if not isinstance(entry.get(key), str) or not entry.get(key, "").strip():
                bad(key if key in entry else None,
                    f"rule {rid}: '{key}' must be a non-empty string"
                    + (" (the incident cause this rule prevents)" if key == "source" else ""))
        src = entry.get("source")
        if isinstance(src, str) and src.strip() and not known_cause(src):
            bad("source", f"rule {rid}: source {src!r} names no known incident cause "
                "(it must start with one of: " + "; ".join(CAUSES) + ")")
        scope = entry.get("scope", "any")
        if scope not in SCOPES:
            bad("scope", f"rule {rid}: scope must be one of {', '.join(SCOPES)}")
        if not isinstance(entry.get("enabled", True), bool):
            bad("enabled", f"rule {rid}: enabled must be true or false")
        for key in LANG_KEYS:
            texts = entry.get(key)
            if not isinstance(texts, dict):
                bad(key if key in entry else None,
                    f"rule {rid}: needs {key}.ja and {key}.en")
                continue
            for lang in ("ja", "en"):
                value = texts.get(lang)
                if not isinstance(value, str) or not value.strip():
                    bad(key, f"rule {rid}: needs a non-empty {key}.{lang}")
                elif (p := _template_problem(value)) is not None:
                    bad(key, f"rule {rid}: {key}.{lang} is not a valid template: {p}")
        params = entry.get("params", {})
        if detector is not None:
            for pname, msg in check_params(params, detector):
                bad(pname or "params", f"rule {rid}: {msg}", params=pname is not None)
        if len(problems) == before:
            rules.append(Rule(
                id=rid, detector=det_name, action=Action.parse(action), severity=sev,
                category=entry["category"], source=entry["source"],
                title=dict(entry["title"]), message=dict(entry["message"]),
                advice=dict(entry["advice"]), params=dict(params), scope=scope,
                enabled=entry.get("enabled", True), file=name, line=lines.rule(i)))
    return rules


# --- the rule set in force -------------------------------------------------------------------

def lint(paths: Iterable[Path], detectors: Mapping[str, Detector]) -> list[tuple[str, int, str]]:
    problems: list[tuple[str, int, str]] = []
    seen: dict[str, Rule] = {}
    for path in paths:
        for rule in read_rule_file(path, detectors, problems):
            if rule.id in seen:
                first = seen[rule.id]
                problems.append((rule.file, rule.line, f"duplicate rule id '{rule.id}' "
                                 f"(first at {first.file}:{first.line})"))
            else:
                seen[rule.id] = rule
    return problems


def load_ruleset(settings: Settings, detectors: Mapping[str, Detector]) -> RuleSet:
    """The rules in force: rule files, then the config's disables and overrides."""
    files = rule_files(settings.rules.paths, settings.base_dir)
    problems: list[tuple[str, int, str]] = []
    rules: dict[str, Rule] = {}
    for path in files:
        for rule in read_rule_file(path, detectors, problems):
            if rule.id in rules:
                first = rules[rule.id]
                problems.append((rule.file, rule.line, f"duplicate rule id '{rule.id}' "
                                 f"(first at {first.file}:{first.line})"))
            rules[rule.id] = rule
    if problems:
        raise RuleFileError(problems)
    src = settings.source
    for rid in settings.rules.disabled:
        if rid not in rules:
            raise ConfigError(f"{src}: 'rules.disabled' names unknown rule '{rid}'")
        rules[rid] = replace(rules[rid], enabled=False)
    for rid, ov in settings.rules.override.items():
        where = f"rules.override.{rid}"
        if rid not in rules:
            raise ConfigError(f"{src}: '{where}' names unknown rule '{rid}'")
        if not isinstance(ov, dict):
            raise ConfigError(f"{src}: '{where}' must be a table")
        rules[rid] = _apply_override(rules[rid], ov, detectors, src, where)
    digest = hashlib.sha256()
    for r in rules.values():
        digest.update(repr((r.id, r.detector, int(r.action), r.severity, r.scope, r.enabled,
                            sorted(r.params.items(), key=lambda kv: kv[0]))).encode())
    return RuleSet(tuple(rules.values()), digest.hexdigest()[:12])


def _apply_override(rule: Rule, ov: dict[str, Any], detectors: Mapping[str, Detector],
                    src: str, where: str) -> Rule:
    for key in ov:
        if key not in OVERRIDE_KEYS:
            raise ConfigError(f"{src}: unknown key '{where}.{key}' "
                              f"(known: {', '.join(sorted(OVERRIDE_KEYS))})")
    changes: dict[str, Any] = {}
    if "action" in ov:
        if not isinstance(ov["action"], str) or ov["action"].upper() not in Action.__members__:
            raise ConfigError(f"{src}: '{where}.action' must be one of pass, warn, delay, "
                              "hold, reject")
        changes["action"] = Action.parse(ov["action"])
    if "severity" in ov:
        if ov["severity"] not in SEVERITIES:
            raise ConfigError(f"{src}: '{where}.severity' must be one of "
                              f"{', '.join(SEVERITIES)}")
        changes["severity"] = ov["severity"]
    if "scope" in ov:
        if ov["scope"] not in SCOPES:
            raise ConfigError(f"{src}: '{where}.scope' must be one of {', '.join(SCOPES)}")
        changes["scope"] = ov["scope"]
    if "enabled" in ov:
        if not isinstance(ov["enabled"], bool):
            raise ConfigError(f"{src}: '{where}.enabled' must be true or false")
        changes["enabled"] = ov["enabled"]
    if "params" in ov:
        problems = check_params(ov["params"], detectors[rule.detector])
        if problems:
            pname, msg = problems[0]
            raise ConfigError(f"{src}: '{where}.params{'.' + pname if pname else ''}': {msg}")
        changes["params"] = {**rule.params, **ov["params"]}
    return replace(rule, **changes)
