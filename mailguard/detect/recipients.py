"""Misdirection detectors that read the recipient list.

The unit of "who sees whom" is the *party*: an organisation (registrable domain), except
for free-mail and carrier addresses, where each address is a person of its own.  Twelve
colleagues of one customer in To are one party (ordinary project mail); twelve customers
with Gmail addresses in To are twelve (a list that should have gone Bcc).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from mailguard.detect.base import Hit, Param, ScanInput
from mailguard.mime.addresses import Recipient, is_within, organization_of, unicode_domain

# Free-mail and mobile-carrier domains (personal addresses).  Japanese carriers first.
FREEMAIL_DOMAINS = (
    "gmail.com", "googlemail.com", "yahoo.co.jp", "ymail.ne.jp", "yahoo.com", "icloud.com",
    "me.com", "mac.com", "outlook.jp", "outlook.com", "hotmail.co.jp", "hotmail.com",
    "live.jp", "live.com", "msn.com", "aol.com", "gmx.com", "gmx.net", "mail.com",
    "proton.me", "protonmail.com", "zoho.com", "yandex.com", "yandex.ru", "qq.com",
    "163.com", "126.com", "naver.com", "excite.co.jp", "goo.jp", "mail.goo.ne.jp",
    "nifty.com", "infoseek.jp", "livedoor.com",
    # mobile carriers
    "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp",
    "disney.ne.jp", "ymobile.ne.jp", "y-mobile.ne.jp", "willcom.com", "emobile.ne.jp",
    "rakuten.jp", "uqmobile.jp", "pdx.ne.jp", "biz.au.com", "vodafone.ne.jp",
)


def is_freemail(domain: str, domains: tuple[str, ...] | list[str]) -> bool:
    return is_within(domain, domains)


def party_of(r: Recipient, freemail: tuple[str, ...] | list[str]) -> str:
    """The organisation, or the address itself for a personal (free-mail) address."""
    if not r.valid:
        return r.address.lower()
    return r.address.lower() if is_freemail(r.domain, freemail) else r.organization


def _fields(recipients: list[Recipient]) -> list[str]:
    return sorted({r.field.capitalize() for r in recipients}, key=["To", "Cc"].index)


class ExternalRecipientsVisible:
    """External recipients who can see each other in To/Cc (should have been Bcc)."""

    name = "external_recipients_visible"
    params: Mapping[str, Param] = {
        "threshold": Param(int, 2, "fire at this many visible external parties "
                                   "(organisations; each free-mail address counts alone)"),
        "freemail_domains": Param(list, list(FREEMAIL_DOMAINS), "personal-address domains",
                                  item=str),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        visible = [r for r in inp.external_recipients if r.visible]
        parties = {party_of(r, params["freemail_domains"]) for r in visible}
        if len(parties) < params["threshold"]:
            return []
        fields = _fields(visible)
        return [Hit(where="header:" + fields[0], recipients=tuple(r.address for r in visible),
                    args={"count": len(visible), "parties": len(parties),
                          "field": "/".join(fields)})]


class MultipleExternalDomains:
    """External recipients of two or more organisations in To/Cc."""

    name = "multiple_external_domains"
    params: Mapping[str, Param] = {
        "min_organizations": Param(int, 2, "fire at this many external organisations"),
        "freemail_domains": Param(list, list(FREEMAIL_DOMAINS), "personal-address domains",
                                  item=str),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        visible = [r for r in inp.external_recipients if r.visible and r.valid]
        orgs: dict[str, list[Recipient]] = {}
        for r in visible:
            key = "個人アドレス" if is_freemail(r.domain, params["freemail_domains"]) \
                else unicode_domain(r.organization)
            orgs.setdefault(key, []).append(r)
        if len(orgs) < params["min_organizations"]:
            return []
        return [Hit(where="header:" + _fields(visible)[0],
                    recipients=tuple(r.address for r in visible),
                    args={"count": len(orgs), "domains": sorted(orgs)})]


class FreemailRecipient:
    """An external free-mail or mobile-carrier (personal) address is a recipient."""

    name = "freemail_recipient"
    params: Mapping[str, Param] = {
        "domains": Param(list, list(FREEMAIL_DOMAINS), "personal-address domains", item=str),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        hits = [r for r in inp.external_recipients if r.valid and is_freemail(r.domain,
                                                                             params["domains"])]
        if not hits:
            return []
        return [Hit(where="header:" + hits[0].field.capitalize(),
                    recipients=tuple(r.address for r in hits),
                    args={"count": len(hits),
                          "domains": sorted({unicode_domain(r.domain) for r in hits})})]


# --- lookalike domains -----------------------------------------------------------------------

# Latin look-alikes of other scripts (Cyrillic, Greek) and full-width forms fold via NFKC
# first; then these ASCII confusions collapse to one skeleton.
_CONFUSABLE_CHARS = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w",
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "κ": "k", "τ": "t", "ι": "i", "ε": "e",
    "0": "o", "1": "l", "i": "l", "|": "l", "5": "s", "$": "s", "3": "e", "8": "b",
    "_": "-",
}
_CONFUSABLE_SEQS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("nn", "m"))


def skeleton(label: str) -> str:
    """A form in which confusable spellings of one name become equal."""
    s = unicodedata.normalize("NFKC", label).lower()
    s = "".join(_CONFUSABLE_CHARS.get(c, c) for c in s)
    for seq, rep in _CONFUSABLE_SEQS:
        s = s.replace(seq, rep)
    return s


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau–Levenshtein (optimal string alignment) distance, stopping past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _split(org: str) -> tuple[str, str]:
    """example.co.jp → ("example", "co.jp")."""
    label, _, suffix = org.partition(".")
    return label, suffix


def _decode(domain: str) -> str:
    return unicode_domain(domain)


class LookalikeDomain:
    """A recipient domain confusable with an internal or partner domain.

    Compares the registrable label (``example`` of ``mail.example.co.jp``): a different
    public suffix with the same label (co.jp ↔ com ↔ jp ↔ net), a small edit distance,
    or an equal skeleton after folding homoglyphs (rn/m, 0/o, 1/l, Cyrillic and Greek
    letters, punycode).  Domains that are themselves internal, partner or allow-listed
    never fire.
    """

    name = "lookalike_domain"
    params: Mapping[str, Param] = {
        "max_distance": Param(int, 1, "largest edit distance between labels that counts"),
        "min_length": Param(int, 4, "labels shorter than this are only compared exactly "
                                    "or by skeleton"),
        "domains": Param(list, [], "more reference domains besides internal and partner",
                         item=str),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        refs = {organization_of(d) for d in
                (*inp.org.internal_domains, *inp.org.partner_domains, *params["domains"])}
        if not refs:
            return []
        known = (*inp.org.internal_domains, *inp.org.partner_domains, *inp.org.trusted_domains,
                 *params["domains"])
        found: dict[str, tuple[str, list[str]]] = {}
        for r in inp.recipients:
            if not r.valid or r.internal or is_within(r.domain, known):
                continue
            match = self._closest(r.organization, refs, params)
            if match:
                found.setdefault(r.domain, (match, []))[1].append(r.address)
        hits = []
        for domain, (ref, addrs) in found.items():
            hits.append(Hit(where="header:" + next(
                (x.field.capitalize() for x in inp.recipients if x.domain == domain), "To"),
                recipients=tuple(addrs),
                args={"domain": _decode(domain), "similar_to": _decode(ref)}))
        return hits

    @staticmethod
    def _closest(org: str, refs: set[str], params: Mapping[str, Any]) -> str | None:
        label, suffix = _split(_decode(org))
        sk = skeleton(label)
        for ref in sorted(refs):
            rlabel, rsuffix = _split(_decode(ref))
            if org == ref:
                return None
            if label == rlabel and suffix != rsuffix:
                return ref                         # TLD swap: example.com vs example.co.jp
            if sk == skeleton(rlabel) and label != rlabel:
                return ref                         # homoglyphs: examp1e, exarnple, еxample
            if min(len(label), len(rlabel)) >= params["min_length"] and \
                    edit_distance(label, rlabel, params["max_distance"]) <= params["max_distance"]:
                return ref                         # a typo: exmaple, exampel, examle
        return None


class ExternalRecipient:
    """Any external recipient at all: for 送信遅延, the delay that gives every sender a
    few minutes to notice a mistake (off in the shipped rules; the admin enables it)."""

    name = "external_recipient"
    params: Mapping[str, Param] = {}

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        external = [r for r in inp.external_recipients if r.valid]
        if not external:
            return []
        return [Hit(where="header:" + external[0].field.capitalize(),
                    recipients=tuple(r.address for r in external),
                    args={"count": len(external)})]
