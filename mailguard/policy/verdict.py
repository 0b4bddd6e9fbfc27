"""Actions, findings and the verdict: the SPEC's verdict JSON."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from mailguard.detect.base import EntitySummary, Evidence


class Action(enum.IntEnum):
    """What happens to a message; the strongest finding wins (pass < … < reject)."""

    PASS = 0
    WARN = 1
    DELAY = 2
    HOLD = 3
    REJECT = 4

    @classmethod
    def parse(cls, name: str) -> Action:
        return cls[name.upper()]

    def __str__(self) -> str:
        return self.name.lower()


SEVERITIES = ("info", "low", "medium", "high", "critical")


@dataclass(frozen=True)
class Finding:
    """One rule that fired, with what was found, where, and what to do."""

    rule: str
    detector: str
    category: str
    severity: str
    action: Action
    where: str
    message: str                      # in the report language
    advice: str = ""
    title: str = ""
    source: str = ""                  # the incident cause the rule prevents
    recipients: tuple[str, ...] = ()
    entities: tuple[EntitySummary, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    # every language's texts, for notices and the review page
    texts: dict[str, dict[str, str]] = field(default_factory=dict)
    allowed_by: str = ""              # set when an allow-list downgraded the action

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rule": self.rule,
            "detector": self.detector,
            "category": self.category,
            "severity": self.severity,
            "action": str(self.action),
            "where": self.where,
            "recipients": list(self.recipients),
            "message": self.message,
            "entities": [{"type": e.type, "count": e.count, "examples": list(e.examples)}
                         for e in self.entities],
            "title": self.title,
            "advice": self.advice,
            "source": self.source,
        }
        if self.evidence:
            out["evidence"] = [{"where": e.where, "snippet": e.snippet} for e in self.evidence]
        if self.texts:
            out["texts"] = self.texts
        if self.allowed_by:
            out["allowed_by"] = self.allowed_by
        return out


@dataclass
class Verdict:
    source: str
    action: Action
    findings: list[Finding]
    defects: list[dict[str, str]] = field(default_factory=list)
    message_id: str = ""
    subject: str = ""
    sender: str = ""
    recipients: list[dict[str, Any]] = field(default_factory=list)
    ruleset: str = ""                 # hash of the rules in force
    lang: str = "ja"
    # what the sending history keeps of the message, read where it was parsed for
    # judging (mailguard.history.observe.Basis), so that the relay does not parse it
    # again after delivery; not part of the verdict's JSON
    history_basis: Any = None

    @property
    def rules(self) -> list[str]:
        return [f.rule for f in self.findings]

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "action": str(self.action),
            "findings": [f.to_json() for f in self.findings],
            "message_id": self.message_id,
            "sender": self.sender,
            "recipients": self.recipients,
            "defects": self.defects,
            "ruleset": self.ruleset,
            "lang": self.lang,
        }
