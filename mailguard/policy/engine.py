"""The policy engine: run each enabled rule's detector, turn hits into findings.

Every rule is evaluated ("defer, then decide": Mailman's chains), so a verdict carries
all its reasons; the message's action is the strongest finding's.  A detector that fails
fails closed: its rule yields an ``internal-error`` finding that holds the message.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from mailguard.config import Settings
from mailguard.detect.base import Detector, Hit, ScanInput
from mailguard.mime.addresses import Organization, is_within, normalize_domain
from mailguard.policy.ruleset import Rule, RuleSet
from mailguard.policy.verdict import Action, Finding

log = logging.getLogger("mailguard.policy")

LIST_SEP = {"ja": "、", "en": ", "}

INTERNAL_ERROR_TEXTS = {
    "title": {"ja": "検査エラー", "en": "Inspection error"},
    "message": {"ja": "検査中に内部エラーが発生しました（{rule}）。安全のため保留しました。",
                "en": "An internal error occurred while inspecting ({rule}); held to be safe."},
    "advice": {"ja": "管理者に連絡してください。", "en": "Please contact the mail administrator."},
}


class _Args(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, args: Mapping[str, Any], lang: str) -> str:
    formatted = {k: (LIST_SEP.get(lang, ", ").join(map(str, v))
                     if isinstance(v, (list, tuple)) else v) for k, v in args.items()}
    try:
        return template.format_map(_Args(formatted))
    except (ValueError, IndexError, KeyError, AttributeError):
        return template


class Engine:
    """Rules + detectors + the organisation: judges one ScanInput."""

    def __init__(self, settings: Settings, ruleset: RuleSet, detectors: Mapping[str, Detector]):
        self.settings = settings
        self.ruleset = ruleset
        self.detectors = detectors
        org = settings.organization
        self.org = Organization.from_lists(org.internal_domains, org.partner_domains,
                                           settings.allow.recipient_domains)
        self.lang = settings.report.lang
        # the sending history the history detectors read (app.build_engine sets it)
        self.history: Any = None
        self._allow_senders = {a.lower() for a in settings.allow.senders}
        # a rule that also looks at mail staying inside (the shipped ones do not)
        self._inside_rules = any(rule.scope != "external" for rule in ruleset.enabled())
        self._allow_sender_domains = tuple(normalize_domain(d)
                                           for d in settings.allow.sender_domains)

    def sender_allowed(self, sender: str, sender_domain: str) -> str:
        if sender.lower() in self._allow_senders:
            return "allow.senders"
        if sender_domain and is_within(sender_domain, self._allow_sender_domains):
            return "allow.sender_domains"
        return ""

    def reads_content(self, has_external: bool) -> bool:
        """Whether a rule runs for a message with (or without) external recipients, and
        so whether its bodies and attachments need reading at all."""
        return has_external or self._inside_rules

    def evaluate(self, inp: ScanInput) -> list[Finding]:
        findings: list[Finding] = []
        has_external = bool(inp.external_recipients)
        allowed_by = self.sender_allowed(inp.sender, inp.sender_domain)
        for rule in self.ruleset.enabled():
            if rule.scope == "external" and not has_external:
                continue
            detector = self.detectors[rule.detector]
            params = {name: spec.default for name, spec in detector.params.items()}
            params.update(rule.params)
            try:
                hits = detector.check(inp, params)
            except Exception as e:
                # fail closed; log the rule and the exception type, never message content
                log.error("detector %s failed in rule %s: %s", rule.detector, rule.id,
                          type(e).__name__)
                log.debug("detector failure", exc_info=True)
                findings.append(self._internal_error(rule))
                continue
            for hit in hits:
                finding = self.finding(rule, hit)
                if allowed_by and finding.action > Action.PASS:
                    finding = _downgrade(finding, allowed_by)
                findings.append(finding)
        return findings

    def finding(self, rule: Rule, hit: Hit) -> Finding:
        texts = {lang: {"title": rule.title.get(lang, ""),
                        "message": render(rule.message.get(lang, ""), hit.args, lang),
                        "advice": rule.advice.get(lang, "")}
                 for lang in ("ja", "en")}
        main = texts.get(self.lang, texts["ja"])
        return Finding(rule=rule.id, detector=rule.detector, category=rule.category,
                       severity=rule.severity, action=rule.action, where=hit.where,
                       message=main["message"], advice=main["advice"], title=main["title"],
                       source=rule.source, recipients=hit.recipients, entities=hit.entities,
                       evidence=hit.evidence, texts=texts)

    def _internal_error(self, rule: Rule) -> Finding:
        texts = {lang: {k: render(v[lang], {"rule": rule.id}, lang)
                        for k, v in INTERNAL_ERROR_TEXTS.items()} for lang in ("ja", "en")}
        main = texts.get(self.lang, texts["ja"])
        return Finding(rule="internal-error", detector=rule.detector, category="system",
                       severity="high", action=Action.HOLD, where="message",
                       message=main["message"], advice=main["advice"], title=main["title"],
                       source="その他漏えい（検査の失敗：フェイルクローズ）", texts=texts)


def _downgrade(f: Finding, allowed_by: str) -> Finding:
    from dataclasses import replace

    return replace(f, action=Action.PASS, allowed_by=allowed_by)
