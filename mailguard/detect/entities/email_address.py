"""EMAIL_ADDRESS: e-mail addresses, syntax checked by ``email-validator`` (no DNS).

Candidates start at each '@' of the folded text (full-width ＠ included).  The sender's
and the recipients' own addresses are marked ``own`` by the detector: writing them in a
mail discloses nothing new.
"""

from __future__ import annotations

import functools

import regex
from email_validator import EmailNotValidError, validate_email

from mailguard.detect.context import PartText
from mailguard.detect.entities.base import Found, search

TYPE = "EMAIL_ADDRESS"
LABELS = frozenset({"メール", "メールアドレス", "e-mail", "email", "mail", "アドレス",
                    "e-mailアドレス", "mail address"})

# mail providers of private persons: an address there is a person's own
PRIVATE_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "yahoo.co.jp", "ymail.ne.jp", "yahoo.com", "hotmail.com",
    "hotmail.co.jp", "outlook.com", "outlook.jp", "live.jp", "live.com", "msn.com",
    "icloud.com", "me.com", "mac.com", "docomo.ne.jp", "ezweb.ne.jp", "au.com",
    "softbank.ne.jp", "i.softbank.jp", "ymobile.ne.jp", "nifty.com", "biglobe.ne.jp",
    "so-net.ne.jp", "ocn.ne.jp", "zoho.com", "aol.com", "proton.me", "protonmail.com",
})


def private_mailbox(address: str) -> bool:
    """An address at a provider of private persons' mail (gmail.com, docomo.ne.jp…)."""
    return address.rpartition("@")[2].lower() in PRIVATE_MAIL_DOMAINS


_LOCAL = regex.compile(r"[A-Za-z0-9._%+\-!#$&'*/=?^`{|}~]{1,64}\Z")
_DOMAIN = regex.compile(
    r"@([\w](?:[\w\-]{0,61}[\w])?(?:\.[\w](?:[\w\-]{0,61}[\w])?)+)")


@functools.lru_cache(maxsize=8192)
def _valid(addr: str) -> str | None:
    try:
        v = validate_email(addr, check_deliverability=False)
    except EmailNotValidError:
        return None
    return v.normalized.lower()


def valid_cache_clear() -> None:
    """Empty the cache of _valid (see personal_data.clear_value_caches)."""
    _valid.cache_clear()


def mask_email(addr: str) -> str:
    local, _, domain = addr.partition("@")
    return f"{local[:1]}***@{domain}"


class EmailRecognizer:
    types = (TYPE,)

    def find_at(self, pt: PartText, at: int) -> Found | None:
        f = pt.folded
        lm = search(_LOCAL, f, max(at - 64, 0), at)
        dm = _DOMAIN.match(f, at, min(at + 256, len(f)))
        if not lm or not dm:
            return None
        s = lm.start()
        local = lm.group().lstrip(".")
        s += len(lm.group()) - len(local)
        domain = dm.group(1).rstrip(".-")
        e = at + 1 + len(domain)
        addr = f"{local}@{domain}"
        norm = _valid(addr)
        if norm is None:
            return None
        # the syntax check is the validator: a label adds nothing, so none is looked for
        return Found(TYPE, s, e, norm, (mask_email, addr), 0.8)
