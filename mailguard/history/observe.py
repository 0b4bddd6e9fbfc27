"""One delivered (or imported) message → what the history keeps of it.

Addresses and names only, never content: the external recipients with the display
names the message gave them, the internal sender, the external organisations that were
recipients together (To/Cc), and the organisation and person the salutation block of
the new text names (tied to the recipients' organisation when the To line has exactly
one, so that a letter to two companies teaches nothing about either).
"""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mailguard.detect.recipients import FREEMAIL_DOMAINS
from mailguard.history import salutation
from mailguard.history.names import clean_display
from mailguard.mime.addresses import is_within, normalize_domain, organization_of
from mailguard.mime.parse import ParsedMessage


@dataclass(frozen=True)
class Contact:
    address: str        # local part lower-cased, domain in IDNA form
    domain: str
    organization: str   # registrable domain
    name: str = ""      # display name as given (NFKC, spaces collapsed), "" if none
    field: str = "to"


@dataclass(frozen=True)
class Basis:
    """What ``observe`` needs of a message, taken where it is parsed anyway (judging):
    its header recipients and the salutations of its new text."""

    recipients: tuple[tuple[str, str, str], ...]
    salutations: tuple[salutation.Salutation, ...]
    # the observation itself, for delivery to every envelope recipient (the usual
    # case), its time to be set at delivery: the relay then only stamps it
    observation: Observation | None = None
    delivered: tuple[str, ...] = ()


_UNSET = dt.datetime.fromtimestamp(0, dt.UTC)


def basis_of(pm: ParsedMessage, new_text: str, *, sender: str = "",
             delivered: Sequence[str] = (),
             is_internal: Callable[[str], bool] | None = None) -> Basis:
    recipients = tuple(pm.header_recipients)
    salutations = tuple(salutation.extract(new_text))
    obs = None
    if is_internal is not None and sender:
        obs = observe(at=_UNSET, sender=sender, recipients=recipients,
                      is_internal=is_internal, delivered=list(delivered) or None,
                      salutations=salutations)
    return Basis(recipients, salutations, obs, tuple(a.lower() for a in delivered))


@dataclass(frozen=True)
class Observation:
    at: dt.datetime
    sender: str
    contacts: tuple[Contact, ...]
    peers: tuple[str, ...] = ()     # external organisations visible together in To/Cc
    # (organisation, Salutation) the new text's salutation block names
    salutations: tuple[tuple[str, salutation.Salutation], ...] = ()
    key: str = ""                   # an imported message's key ("" for live mail)


def norm_address(address: str) -> tuple[str, str] | None:
    """(address, domain) in the history's form, or None for what is not an address."""
    local, at, dom = address.strip().strip("<>").strip().rpartition("@")
    if not at or not local:
        return None
    try:
        domain = normalize_domain(dom)
    except ValueError:
        return None
    return f"{local.lower()}@{domain}", domain


def internal_test(internal_domains: Sequence[str], sender: str
                  ) -> Callable[[str], bool]:
    """Whether a domain is the organisation's own: ``internal_domains`` (and their
    subdomains), or without any, the sender's own organisation (the SPEC's defaults)."""
    if internal_domains:
        doms = tuple(internal_domains)
        return lambda d: is_within(d, doms)
    got = norm_address(sender)
    own = organization_of(got[1]) if got else ""
    return lambda d: bool(own) and organization_of(d) == own


def is_personal(domain: str) -> bool:
    """A free-mail or carrier domain: each address there is a person, not an organisation."""
    return is_within(domain, FREEMAIL_DOMAINS)


def observe(*, at: dt.datetime, sender: str,
            recipients: Sequence[tuple[str, str, str]],
            is_internal: Callable[[str], bool],
            delivered: Sequence[str] | None = None,
            new_text: str = "", key: str = "",
            salutations: Sequence[salutation.Salutation] | None = None
            ) -> Observation | None:
    """The observation of one message: ``recipients`` are (field, display name, address)
    of its headers; ``delivered`` the envelope recipients it really went to (None: the
    header recipients).  None when no external recipient got it."""
    got_sender = norm_address(sender)
    if got_sender is None:
        return None
    wanted = None
    if delivered is not None:
        wanted = {n[0] for a in delivered if (n := norm_address(a))}
    seen: dict[str, Contact] = {}
    for fld, name, addr in recipients:
        n = norm_address(addr)
        if n is None or (wanted is not None and n[0] not in wanted) or n[0] in seen:
            continue
        if is_internal(n[1]):
            continue
        seen[n[0]] = Contact(n[0], n[1], organization_of(n[1]), clean_display(name or ""),
                             fld.lower())
    for addr in wanted or ():
        n = norm_address(addr)
        if n and n[0] not in seen and not is_internal(n[1]):
            seen[n[0]] = Contact(n[0], n[1], organization_of(n[1]), "", "envelope")
    if not seen:
        return None
    contacts = tuple(sorted(seen.values(), key=lambda c: c.address))
    peers = tuple(sorted({c.organization for c in contacts
                          if c.field in ("to", "cc") and not is_personal(c.domain)}))
    to_orgs = {c.organization for c in contacts
               if c.field == "to" and not is_personal(c.domain)}
    sal: tuple[tuple[str, salutation.Salutation], ...] = ()
    if len(to_orgs) == 1 and (new_text or salutations):
        org = next(iter(to_orgs))
        found = salutations if salutations is not None else salutation.extract(new_text)
        sal = tuple((org, s) for s in found)
    return Observation(at=at, sender=got_sender[0], contacts=contacts, peers=peers,
                       salutations=sal, key=key)


def new_text_of(pm: ParsedMessage) -> str:
    """The new text of the first body part (quoted text left out)."""
    from mailguard.extract.body import body_parts

    for p in body_parts(pm):
        if not p.quoted:
            return p.text
    return ""


def observe_parsed(pm: ParsedMessage, *, at: dt.datetime | None = None,
                   sender: str = "", delivered: Sequence[str] | None = None,
                   internal_domains: Sequence[str] = (),
                   is_internal: Callable[[str], bool] | None = None,
                   key: str = "") -> Observation | None:
    """``observe`` for a parsed message (its own Date when ``at`` is None)."""
    sender = sender or pm.sender
    if at is None:
        at = message_date(pm.date)
        if at is None:
            return None
    test = is_internal or internal_test(internal_domains, sender)
    return observe(at=at, sender=sender, recipients=pm.header_recipients,
                   is_internal=test, delivered=delivered, new_text=new_text_of(pm), key=key)


def observe_raw(raw: bytes, **kw: object) -> Observation | None:
    """``observe_parsed`` of raw bytes; None for what cannot be read (never raises:
    the history is a by-product of delivery, which must not fail because of it)."""
    from mailguard.mime.parse import parse_message

    try:
        return observe_parsed(parse_message(raw), **kw)  # type: ignore[arg-type]
    except Exception:
        return None


def message_date(value: str) -> dt.datetime | None:
    """A Date header as an aware UTC datetime, or None."""
    if not value:
        return None
    try:
        d = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if d is None:
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.UTC)
    return d.astimezone(dt.UTC)


def observe_delivered(raw: bytes, sender: str, rcpt_tos: Sequence[str], verdict_json: str,
                      at: dt.datetime) -> Observation | None:
    """The observation of a message the delivery worker delivered (a released hold, a
    delayed message): internal and external as the verdict judged its recipients."""
    import json

    try:
        judged = json.loads(verdict_json).get("recipients") or []
        internal = {str(r.get("address", "")).lower() for r in judged if r.get("internal")}
        external = {str(r.get("address", "")).lower() for r in judged
                    if not r.get("internal")}
    except (ValueError, AttributeError):
        internal, external = set(), set()
    test = None
    if internal or external:
        internal_domains = {a.rpartition("@")[2] for a in internal} - \
            {a.rpartition("@")[2] for a in external}
        fallback = internal_test((), sender)

        def test(domain: str) -> bool:
            return domain in internal_domains or (
                domain not in {a.rpartition("@")[2] for a in external} and fallback(domain))
    return observe_raw(raw, at=at, sender=sender, delivered=rcpt_tos, is_internal=test)


def to_json(o: Observation) -> dict[str, object]:
    """An observation as JSON data (the relay's spool keeps records the store could not
    take, history included)."""
    return {"at": o.at.isoformat(), "sender": o.sender, "key": o.key,
            "contacts": [[c.address, c.domain, c.organization, c.name, c.field]
                         for c in o.contacts],
            "peers": list(o.peers),
            "salutations": [[org, s.kind, s.name, s.key] for org, s in o.salutations]}


def from_json(d: dict) -> Observation:
    return Observation(
        at=dt.datetime.fromisoformat(d["at"]), sender=d["sender"], key=d.get("key", ""),
        contacts=tuple(Contact(*c) for c in d["contacts"]), peers=tuple(d["peers"]),
        salutations=tuple((org, salutation.Salutation(kind, name, key))
                          for org, kind, name, key in d["salutations"]))
