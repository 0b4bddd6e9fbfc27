"""The confirmation a high-risk release asks for, which cannot be given by reflex.

A checkbox ("I have checked") becomes ritual within weeks (確認の形骸化).  Instead the
sender answers a question whose answer is on the page only if they look at where the
mail is going:

- one external organisation: *pick it from a list* (the real one among the
  organisation's own and partner domains — exactly the ones a typo or a look-alike would
  be confused with);
- several external recipients: *type how many there are*;
- none (personal data to colleagues): *type how many recipients there are*.

It is asked only when a high or critical finding remains after the chosen action (the
Bcc rewrite fixes visible recipients, so "Bcc にして送信" asks nothing for that alone).
A wrong answer changes nothing and uses up no button.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from mailguard.config import Settings
from mailguard.hold.fates import BCC_DETECTOR
from mailguard.mime.addresses import normalize_domain, organization_of, unicode_domain
from mailguard.notify.view import HoldView

RISKY_SEVERITIES = ("high", "critical")
RISKY_ACTIONS = ("hold", "reject")
SENDING = ("release", "rewrite", "approve")


@dataclass(frozen=True)
class Challenge:
    kind: str                     # "org" | "count"
    answer: str
    options: tuple[str, ...] = ()
    counts: str = "external"      # count: "external" recipients or "all"

    def check(self, form: Mapping[str, str]) -> bool:
        if self.kind == "org":
            return str(form.get("answer_org", "")) == self.answer
        given = unicodedata.normalize("NFKC", str(form.get("answer_count", ""))).strip()
        return given.isdigit() and int(given) == int(self.answer)


def risky_findings(v: HoldView, action: str) -> list[str]:
    """Rules still high-risk after ``action`` (the Bcc rewrite removes visibility)."""
    out = []
    for f in v.findings:
        if f.severity not in RISKY_SEVERITIES or f.action not in RISKY_ACTIONS:
            continue
        if action == "rewrite" and f.detector == BCC_DETECTOR:
            continue
        out.append(f.rule)
    return out


def challenge_for(v: HoldView, action: str, settings: Settings,
                  sign: Callable[[str], str]) -> Challenge | None:
    if action not in SENDING or v.status != "held" or not risky_findings(v, action):
        return None
    external = v.external
    orgs = v.external_orgs
    if len(orgs) == 1:
        decoys: list[str] = []
        for d in (*settings.organization.internal_domains,
                  *settings.organization.partner_domains):
            try:
                org = unicode_domain(organization_of(normalize_domain(d)))
            except ValueError:
                continue
            if org != orgs[0] and org not in decoys:
                decoys.append(org)
        if len(decoys) >= 2:
            options = sorted([orgs[0], *decoys[:4]], key=lambda o: sign(f"{v.id}\x00{o}"))
            return Challenge("org", orgs[0], tuple(options))
    if external:
        return Challenge("count", str(len(external)), counts="external")
    return Challenge("count", str(len(v.recipients)), counts="all")
