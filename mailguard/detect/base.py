"""The detector interface: a ScanInput in, Hits out.

A detector is a small object with a stable ``name`` (the SPEC's detector names), the
parameters a rule may give it (``params``: name → ``Param``), and one method,
``check(inp, params)``.  Detectors only observe; they never decide an action.  A rule
(``rules/*.toml``) binds a detector to parameters, an action and texts, and the policy
engine turns each Hit into a Finding of that rule.

Work shared by several rules of one detector (the personal-data scan, say) is computed
once per message through ``ScanInput.memo``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from mailguard.extract.base import TextPart, Unscannable
from mailguard.mime.addresses import Organization, Recipient
from mailguard.mime.parse import Defect, ParsedMessage

T = TypeVar("T")


@dataclass(frozen=True)
class EntitySummary:
    """How many entities of one type were found, with masked examples only."""

    type: str
    count: int
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """A masked snippet around a finding, for the review page (never the raw value)."""

    where: str
    snippet: str


@dataclass(frozen=True)
class Hit:
    """One observation of a detector.

    ``args`` fill the rule's message template (``{count}``, ``{field}``, ``{domains}``…);
    they must hold no personal data in the clear.
    """

    where: str
    args: Mapping[str, Any] = field(default_factory=dict)
    recipients: tuple[str, ...] = ()
    entities: tuple[EntitySummary, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    # a detector may ask for a stronger action than the rule's (e.g. a bomb → reject)
    score: float = 1.0


@dataclass(frozen=True)
class Param:
    """A parameter a rule may set for a detector: its type, default and meaning."""

    type: type | tuple[type, ...]
    default: Any
    help: str = ""
    # for list parameters: the type of each item
    item: type | None = None


@dataclass
class ScanInput:
    """Everything a detector may look at for one message."""

    message: ParsedMessage
    parts: list[TextPart]
    recipients: list[Recipient]
    org: Organization
    unscannable: list[Unscannable] = field(default_factory=list)
    attachment_names: list[str] = field(default_factory=list)
    sender: str = ""
    sender_domain: str = ""
    # sending history, for the history detectors (first contact, …); None when absent
    history: Any = None
    memo: dict[str, Any] = field(default_factory=dict)

    @property
    def defects(self) -> list[Defect]:
        return self.message.defects

    def once(self, key: str, compute: Callable[[], T]) -> T:
        """Compute shared work once per message (e.g. the personal-data scan)."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    @property
    def external_recipients(self) -> list[Recipient]:
        """External recipients not on the admin's allow-list of recipient domains."""
        return [r for r in self.recipients
                if r.external and not (r.valid and self.org.is_trusted(r.domain))]


class Detector(Protocol):
    name: str
    params: Mapping[str, Param]

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]: ...
