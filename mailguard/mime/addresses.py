"""Recipients: who a message goes to, and whether they are inside the organisation.

Addresses come from the To/Cc/Bcc headers (with display names) and, in the relay, from
the SMTP envelope (Bcc recipients exist only there).  Each recipient is classified as
internal or external by ``organization.internal_domains`` (subdomains count as internal)
and carries its *organisation*: the registrable domain by the public-suffix list, so
``a.example.co.jp`` and ``b.example.co.jp`` are one organisation.  Domains are compared
in their IDNA (punycode) form, lower-cased.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from publicsuffixlist import PublicSuffixList

FIELDS = ("to", "cc", "bcc", "envelope")


@functools.lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    return PublicSuffixList()


@functools.lru_cache(maxsize=4096)
def normalize_domain(domain: str) -> str:
    """Lower-case IDNA (punycode) form of a domain; ValueError if it is not one."""
    d = domain.strip().rstrip(".").lower()
    # a name is at most 253 characters (RFC 1035), and its ASCII form is never shorter:
    # a longer one (or address literal) is refused before IDNA and the suffix look-ups
    # pay for its length
    if len(d) > 253:
        raise ValueError(f"not a domain: {domain[:64]!r}…")
    if d.startswith("[") and d.endswith("]"):  # address literal: keep as it is
        return d
    if not d or " " in d or ".." in d:
        raise ValueError(f"not a domain: {domain!r}")
    try:
        ascii_form = d.encode("idna").decode("ascii")
    except UnicodeError:
        try:
            ascii_form = d.encode("ascii").decode("ascii")
        except UnicodeError:
            raise ValueError(f"not a domain: {domain!r}") from None
    if len(ascii_form) > 253:
        raise ValueError(f"not a domain: {domain[:64]!r}…")
    for label in ascii_form.split("."):
        if not label or len(label) > 63 or label.startswith("-") or label.endswith("-"):
            raise ValueError(f"not a domain: {domain!r}")
        if not all(c.isalnum() or c in "-_" for c in label):
            raise ValueError(f"not a domain: {domain!r}")
    return ascii_form


def unicode_domain(domain: str) -> str:
    """Readable (Unicode) form of a punycode domain, for reports."""
    try:
        return domain.encode("ascii").decode("idna")
    except UnicodeError:
        return domain


@functools.lru_cache(maxsize=4096)
def organization_of(domain: str) -> str:
    """The registrable domain (organisation) of a normalised domain.

    ``a.example.co.jp`` → ``example.co.jp``; a bare public suffix or a single label
    stands for itself.
    """
    return _psl().privatesuffix(domain) or domain


def is_within(domain: str, parents: Iterable[str]) -> bool:
    """True if ``domain`` equals one of ``parents`` or is a subdomain of one."""
    # ``domain == p or domain.endswith("." + p)`` for some p, with one set look-up per
    # parent instead of a string comparison and a concatenation (free-mail lists are
    # long, and every recipient of every message is checked against them)
    labels = domain.split(".")
    return not {".".join(labels[i:]) for i in range(len(labels))}.isdisjoint(parents)


@dataclass(frozen=True)
class Recipient:
    """One recipient of a message.

    ``field`` is where the address was seen: ``to``, ``cc``, ``bcc`` (headers) or
    ``envelope`` (only in the SMTP envelope: a Bcc recipient or a list expansion).
    ``domain`` is normalised (punycode, lower case); ``organization`` its registrable
    domain.  ``valid`` is False for addresses that could not be parsed; those are kept so
    that a rule can see them, but never counted as internal.
    """

    address: str
    display_name: str
    field: str
    domain: str
    organization: str
    internal: bool
    valid: bool = True

    @property
    def external(self) -> bool:
        return not self.internal

    @property
    def visible(self) -> bool:
        """Seen by the other recipients (in To or Cc)."""
        return self.field in ("to", "cc")


@dataclass(frozen=True)
class Organization:
    """What the detectors need to know about the sender's side."""

    internal_domains: tuple[str, ...] = ()
    partner_domains: tuple[str, ...] = ()
    trusted_domains: tuple[str, ...] = ()  # allow.recipient_domains

    @classmethod
    def from_lists(cls, internal: Iterable[str], partner: Iterable[str] = (),
                   trusted: Iterable[str] = ()) -> Organization:
        return cls(tuple(normalize_domain(d) for d in internal),
                   tuple(normalize_domain(d) for d in partner),
                   tuple(normalize_domain(d) for d in trusted))

    def is_internal(self, domain: str) -> bool:
        return is_within(domain, self.internal_domains)

    def is_trusted(self, domain: str) -> bool:
        return is_within(domain, self.trusted_domains)


def make_recipient(address: str, display_name: str, field: str,
                   org: Organization) -> Recipient:
    """Classify one address.  Never raises: an unparsable address is kept, marked invalid."""
    addr = address.strip().strip("<>").strip()
    local, at, dom = addr.rpartition("@")
    if not at or not local:
        return Recipient(addr, display_name, field, "", "", internal=False, valid=False)
    try:
        domain = normalize_domain(dom)
    except ValueError:
        return Recipient(addr, display_name, field, dom.lower(), dom.lower(),
                         internal=False, valid=False)
    return Recipient(f"{local}@{domain}", display_name, field, domain,
                     organization_of(domain), internal=org.is_internal(domain))
