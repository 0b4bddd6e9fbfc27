"""The history detectors: what only the organisation's sending history reveals.

- ``first_contact``: nobody in the organisation has written to this external
  organisation (``scope = "domain"``) or address (``scope = "address"``) before.
- ``display_name_mismatch``: a display name that the history ties to another
  organisation's address (「田中 太郎 <tanaka@other.co.jp>」 when 田中 太郎 has always been
  tanaka@partner.co.jp).
- ``addressee_mismatch``: the salutation block of the new text names an organisation
  or person that the history ties to another organisation than the recipients'.
- ``unusual_co_recipients`` (used by ``multiple_external_domains`` with
  ``unusual = true``): an external organisation that has never been a recipient
  together with the others.

All stay silent while the history is younger than ``[history] warmup_days`` (nothing
is known yet, so everything would look new), for allow-listed addresses and domains,
and for mail without external recipients (the rules' ``scope = "external"``).  They
read the history and never write it.  Each hit carries ``text_ja`` / ``text_en``: the
explanation with the evidence (addresses and counts; person names masked).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mailguard.detect.base import Hit, Param, ScanInput
from mailguard.detect.entities.base import mask_text
from mailguard.history import salutation
from mailguard.history.names import family_key, name_key, person_lookup_key
from mailguard.history.observe import is_personal
from mailguard.history.store import Seen, identifying
from mailguard.history.view import HistoryView
from mailguard.mime.addresses import Recipient, unicode_domain


def _view(inp: ScanInput) -> HistoryView | None:
    """The history when the detectors may use it (present and warmed up), else None."""
    view = inp.history
    if not isinstance(view, HistoryView):
        return None
    if not inp.once("history.warm", view.warm):
        return None
    return view


def _externals(inp: ScanInput, view: HistoryView) -> list[Recipient]:
    return [r for r in inp.external_recipients
            if r.valid and not view.allowed(r.address, r.domain)]


def _addr(r: Recipient) -> str:
    local, _, dom = r.address.rpartition("@")
    return f"{local.lower()}@{dom}"


def _lookup(inp: ScanInput, view: HistoryView) -> tuple[dict[str, Seen], dict[str, Seen]]:
    """(address → Seen, organisation → Seen) for the message's external recipients,
    read once per message."""
    def read() -> tuple[dict[str, Seen], dict[str, Seen]]:
        ext = _externals(inp, view)
        return (view.reader.contacts([_addr(r) for r in ext]),
                view.reader.orgs([r.organization for r in ext]))
    return inp.once("history.lookup", read)


def _person(name: str) -> str:
    """A person's name as findings show it: masked like PERSON_NAME (田* **)."""
    return mask_text(name)


def _where(rs: list[Recipient]) -> str:
    return "header:" + ("To" if any(r.field == "to" for r in rs) else
                        "Cc" if any(r.field == "cc" for r in rs) else "Bcc")


# --- first contact ---------------------------------------------------------------------

class FirstContact:
    name = "first_contact"
    params: Mapping[str, Param] = {
        "scope": Param(str, "domain", "domain: nobody has written to the organisation; "
                                      "address: to the address (its organisation known)"),
        "at_established": Param(bool, False, "scope address: also a new address at an "
                                             "established correspondent ([history] "
                                             "established_days/_messages)"),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        view = _view(inp)
        if view is None:
            return []
        seen_addr, seen_org = _lookup(inp, view)
        ext = _externals(inp, view)
        if params["scope"] == "domain":
            return self._domains(view, ext, seen_org)
        if not params["at_established"]:
            # a new person at an organisation written to for weeks is a new colleague
            # there, the daily case: a warning each time would be clicked through
            # (the wrong person of a known name is display_name_mismatch's)
            established = view.established(sorted({r.organization for r in ext}))
            ext = [r for r in ext if r.organization not in established
                   or is_personal(r.domain)]
        return self._addresses(view, ext, seen_addr, seen_org)

    def _domains(self, view: HistoryView, ext: list[Recipient],
                 seen_org: dict[str, Seen]) -> list[Hit]:
        new: dict[str, list[Recipient]] = {}
        for r in ext:
            if not is_personal(r.domain) and r.organization not in seen_org:
                new.setdefault(r.organization, []).append(r)
        hits = []
        for org, rs in new.items():
            dom = unicode_domain(org)
            ja = f"{dom} への送信は初めてです。組織内の誰もこのドメインに送信したことがありません。"
            en = (f"This is the first message to {dom}: nobody in the organisation has "
                  "written to this domain before.")
            known = similar_known(view, org)
            if known is not None:
                ref, seen, how = known
                ja += (f"よく似た {unicode_domain(ref)} にはこれまで {seen.count} 回送信して"
                       f"います（{how.how_ja}）。")
                en += (f" The similar {unicode_domain(ref)} has been written to "
                       f"{seen.count} times ({how.how_en}).")
            hits.append(Hit(where=_where(rs), recipients=tuple(r.address for r in rs),
                            args={"domain": dom, "text_ja": ja, "text_en": en}))
        return hits

    def _addresses(self, view: HistoryView, ext: list[Recipient],
                   seen_addr: dict[str, Seen], seen_org: dict[str, Seen]) -> list[Hit]:
        hits = []
        for r in ext:
            personal = is_personal(r.domain)
            if _addr(r) in seen_addr or (not personal and r.organization not in seen_org):
                continue  # known, or a new organisation (the domain rule says so)
            if personal:
                ja = f"{r.address} への送信は初めてです（個人向けのアドレスです）。"
                en = f"This is the first message to {r.address} (a personal address)."
            else:
                org = seen_org[r.organization]
                top = view.reader.org_contacts(r.organization, limit=1)
                n = view.reader.org_address_count(r.organization)
                dom = unicode_domain(r.organization)
                ja = (f"{r.address} への送信は初めてです。{dom} にはこれまで {n} アドレス"
                      f"宛てに {org.count} 回送信しています")
                en = (f"This is the first message to {r.address}. The organisation has "
                      f"written to {dom} {org.count} times, to {n} addresses")
                if top:
                    ja += f"（最も多いのは {top[0][0]} 宛ての {top[0][1].count} 回）"
                    en += f" (most often {top[0][0]}, {top[0][1].count} times)"
                ja, en = ja + "。", en + "."
            hits.append(Hit(where=_where([r]), recipients=(r.address,),
                            args={"address": r.address, "text_ja": ja, "text_en": en}))
        return hits


def similar_known(view: HistoryView, org: str) -> tuple[str, Seen, Any] | None:
    """The known organisation a new domain most resembles (a typo of a correspondent
    learned from history, no list typed in): the most written-to among those sharing
    its first two letters that ``lookalike_domain``'s rules find confusable."""
    from mailguard.detect.recipients import resemblance

    if len(org) < 4:
        return None
    best: tuple[str, Seen, Any] | None = None
    for ref, seen in view.reader.orgs_starting(org[:2]).items():
        if ref == org:
            continue
        how = resemblance(org, ref)
        if how is not None and (best is None or seen.count > best[1].count):
            best = (ref, seen, how)
    return best


# --- display name mismatch -------------------------------------------------------------

class DisplayNameMismatch:
    name = "display_name_mismatch"
    params: Mapping[str, Param] = {
        "min_count": Param(int, 2, "messages that tie a name to its address"),
        "max_addresses": Param(int, 3, "a name used for more addresses than this names no "
                                       "one person (a role, a common name): ignored"),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        view = _view(inp)
        if view is None:
            return []
        named = [(r, name_key(r.display_name)) for r in _externals(inp, view)
                 if r.display_name and identifying(r.display_name)]
        named = [(r, k) for r, k in named if k]
        if not named:
            return []
        uses = view.reader.names_by_key([k for _, k in named])
        seen_addr, _ = _lookup(inp, view)
        hits = []
        for r, key in named:
            mine = _addr(r)
            same = [u for u in uses if u.key == key]
            if any(u.address == mine for u in same):
                continue
            addresses = {u.address for u in same}
            if not same or len(addresses) > params["max_addresses"]:
                continue
            # the same person at another address of the same organisation is no mistake
            if any(a.rpartition("@")[2] == r.domain or
                   _org_of(a) == r.organization for a in addresses):
                continue
            best = same[0]
            total = sum(u.count for u in same if u.address == best.address)
            if total < params["min_count"]:
                continue
            who = _person(r.display_name)
            before = seen_addr.get(mine)
            if before is None:
                ja = f"{r.address} への送信は初めてです。"
                en = f"This is the first message to {r.address}. "
            else:
                ja = f"{r.address} にはこれまで {before.count} 回送信しています。"
                en = f"{r.address} was written to {before.count} times before. "
            ja += f"これまで {who} 様には {best.address} 宛てに {total} 回送信しています。"
            en += (f"Until now, {who} has been written to at {best.address} "
                   f"({total} times).")
            hits.append(Hit(where=_where([r]), recipients=(r.address,),
                            args={"address": r.address, "known_address": best.address,
                                  "count": total, "text_ja": ja, "text_en": en}))
        return hits


def _org_of(address: str) -> str:
    from mailguard.mime.addresses import organization_of

    return organization_of(address.rpartition("@")[2])


# --- addressee mismatch ----------------------------------------------------------------

def new_text(inp: ScanInput) -> str:
    """The new text of the message body (never quoted text)."""
    for p in inp.parts:
        if p.where == "body" and not p.quoted:
            return p.text
    return ""


class AddresseeMismatch:
    name = "addressee_mismatch"
    params: Mapping[str, Param] = {
        "min_count": Param(int, 2, "messages that tie a salutation to an organisation"),
        "max_organizations": Param(int, 2, "a person's name addressed at more organisations "
                                           "than this (a common family name) is ignored"),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        view = _view(inp)
        if view is None:
            return []
        ext = _externals(inp, view)
        orgs = {r.organization for r in ext if not is_personal(r.domain)}
        if not orgs:
            return []
        found = inp.once("history.salutation", lambda: salutation.extract(new_text(inp)))
        if not found:
            return []
        keys = {id(s): s.key if s.kind == "org" else person_lookup_key(s.name, s.key)
                for s in found}
        uses = view.reader.salutations_by_key([(s.kind, keys[id(s)]) for s in found])
        people = [keys[id(s)] for s in found if s.kind == "person"]
        name_uses = view.reader.names_by_key(people) if people else []
        recipient_keys = {k for r in inp.recipients if r.display_name
                          for k in (name_key(r.display_name), family_key(r.display_name))}
        hits: list[Hit] = []
        for s in found:
            if s.kind == "person" and hits:
                break  # the organisation named already says it
            key = keys[id(s)]
            tied: dict[str, int] = {}
            for u in uses:
                if u.kind == s.kind and u.key == key:
                    tied[u.organization] = tied.get(u.organization, 0) + u.count
            if s.kind == "person":
                if key in recipient_keys:
                    continue  # the letter's addressee is a recipient by name
                for u in name_uses:
                    if u.key == key:
                        o = _org_of(u.address)
                        tied[o] = max(tied.get(o, 0), u.count)
                if len(tied) > params["max_organizations"]:
                    continue
            if not tied or orgs & set(tied):
                continue
            best, count = max(tied.items(), key=lambda kv: (kv[1], kv[0]))
            if count < params["min_count"]:
                continue
            shown = s.name if s.kind == "org" else _person(s.name) + " 様"
            shown_en = s.name if s.kind == "org" else _person(s.name)
            rcpt = "、".join(sorted(unicode_domain(o) for o in orgs))
            rcpt_en = ", ".join(sorted(unicode_domain(o) for o in orgs))
            dom = unicode_domain(best)
            hits.append(Hit(
                where="body", recipients=tuple(r.address for r in ext
                                               if r.organization in orgs),
                args={"name": shown, "known_domain": dom, "count": count,
                      "text_ja": f"本文の宛名「{shown}」は、これまで {dom} 宛てのメールで "
                                 f"{count} 回使われています。今回の宛先は {rcpt} です。",
                      "text_en": f"The salutation names \"{shown_en}\", who has been "
                                 f"addressed at {dom} ({count} messages); this message "
                                 f"goes to {rcpt_en}."}))
        return hits


# --- unusual co-recipients -------------------------------------------------------------

def unusual_co_recipients(inp: ScanInput) -> list[Hit]:
    """``multiple_external_domains`` with ``unusual = true``: a known external
    organisation that has never been a recipient together with any of the others."""
    view = _view(inp)
    if view is None:
        return []
    visible = [r for r in _externals(inp, view) if r.visible and not is_personal(r.domain)]
    orgs = sorted({r.organization for r in visible})
    if len(orgs) < 2:
        return []
    _, seen_org = _lookup(inp, view)
    known = [o for o in orgs if o in seen_org]
    if len(known) < 2:
        return []  # new organisations are first contacts, said by first_contact
    pairs = view.reader.peers(known)
    odd = [o for o in known if not any((o, p) in pairs for p in known if p != o)]
    if not odd:
        return []
    shown = [unicode_domain(o) for o in odd]
    others = [unicode_domain(o) for o in known if o not in odd]
    if others:
        ja = ("、".join(shown) + " は、" + "、".join(others)
              + " と同時に宛先になったことがありません。")
        en = ", ".join(shown) + " has never been a recipient together with " \
            + ", ".join(others) + "."
    else:
        ja = "、".join(shown) + " は、これまで同じメールの宛先になったことがありません。"
        en = ", ".join(shown) + " have never been recipients of one message before."
    return [Hit(where=_where(visible), recipients=tuple(r.address for r in visible
                                                        if r.organization in odd),
                args={"count": len(orgs), "domains": shown, "text_ja": ja, "text_en": en})]
