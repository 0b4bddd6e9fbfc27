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
# Free-mail and mobile-carrier domains: private persons' mailboxes.  One list for the
# free-mail recipient rule (its default ``freemail_domains``) and for the records (a
# private mailbox is a person's own field).  Japanese providers and carriers first.
FREEMAIL_DOMAINS = (
    "gmail.com", "googlemail.com", "yahoo.co.jp", "ymail.ne.jp", "yahoo.com", "icloud.com",
    "me.com", "mac.com", "outlook.jp", "outlook.com", "hotmail.co.jp", "hotmail.com",
    "live.jp", "live.com", "msn.com", "aol.com", "gmx.com", "gmx.net", "mail.com",
    "proton.me", "protonmail.com", "zoho.com", "yandex.com", "yandex.ru", "qq.com",
    "163.com", "126.com", "naver.com", "excite.co.jp", "goo.jp", "mail.goo.ne.jp",
    "nifty.com", "infoseek.jp", "livedoor.com", "biglobe.ne.jp", "so-net.ne.jp",
    "ocn.ne.jp",
    # abroad: the providers of Korea, China, Europe and India that guests and students use
    "daum.net", "hanmail.net", "sina.com", "gmx.de", "web.de", "yahoo.co.uk", "yahoo.fr",
    "hotmail.fr", "hotmail.co.uk", "live.co.uk", "outlook.fr", "orange.fr", "libero.it",
    "mail.ru", "rediffmail.com",
    # mobile carriers
    "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp",
    "disney.ne.jp", "ymobile.ne.jp", "y-mobile.ne.jp", "willcom.com", "emobile.ne.jp",
    "rakuten.jp", "uqmobile.jp", "pdx.ne.jp", "biz.au.com", "vodafone.ne.jp",
)
PRIVATE_MAIL_DOMAINS = frozenset(FREEMAIL_DOMAINS)


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
