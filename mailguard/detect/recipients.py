"""Misdirection detectors that read the recipient list.

The unit of "who sees whom" is the *party*: an organisation (registrable domain), except
for free-mail and carrier addresses, where each address is a person of its own.  Twelve
colleagues of one customer in To are one party (ordinary project mail); twelve customers
with Gmail addresses in To are twelve (a list that should have gone Bcc).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mailguard.detect.base import Hit, Param, ScanInput
from mailguard.detect.entities import email_address
from mailguard.mime.addresses import (
    Recipient,
    is_within,
    normalize_domain,
    organization_of,
    unicode_domain,
)

# the free-mail and carrier domains (one list, kept with the e-mail recognizer)
FREEMAIL_DOMAINS = email_address.FREEMAIL_DOMAINS


def is_freemail(domain: str, domains: tuple[str, ...] | list[str]) -> bool:
    return is_within(domain, domains)


_MAIL_HOSTS = frozenset({"mail", "mx", "smtp", "www", "m", "mail2"})
# a student's own mailbox at a university: a students' subdomain, or a student number
# as the local part (e2641107@, s1234567@); each student is a person of their own
_STUDENT_HOSTS = frozenset({"st", "stu", "stud", "student", "students", "s", "gs", "ug"})
_STUDENT_LOCAL = re.compile(r"[a-z]{0,3}\d{6,}[a-z]?")
_ACADEMIC = (".ac.jp", ".edu", ".ac.uk", ".edu.au", ".ac.kr", ".edu.cn")


def organization_party(r: Recipient) -> str:
    """The organisation a recipient belongs to, where the registrable domain is an
    umbrella of several: a city or a prefecture under ``lg.jp`` (city.osaka.lg.jp and
    pref.osaka.lg.jp are two), a school under a board of education's ``ed.jp`` domain
    (shiomi-es.higashihama.ed.jp)."""
    org = r.organization
    if org.endswith((".lg.jp", ".ed.jp")) and r.domain != org:
        below = r.domain[: -len(org) - 1].rsplit(".", 1)[-1]
        if below and below not in _MAIL_HOSTS:
            return f"{below}.{org}"
    return org


def is_student_mailbox(r: Recipient) -> bool:
    if not r.organization.endswith(_ACADEMIC):
        return False
    local = r.address.rpartition("@")[0].lower()
    host = r.domain[: -len(r.organization)].rstrip(".").split(".")
    return bool(_STUDENT_LOCAL.fullmatch(local)) or host[0] in _STUDENT_HOSTS


def is_personal(r: Recipient, freemail: tuple[str, ...] | list[str]) -> bool:
    """A private person's own address: free mail, a carrier, a student's mailbox."""
    return is_freemail(r.domain, freemail) or is_student_mailbox(r)


def party_of(r: Recipient, freemail: tuple[str, ...] | list[str]) -> str:
    """The organisation, or the address itself for a personal (free-mail) address."""
    if not r.valid:
        return r.address.lower()
    return r.address.lower() if is_personal(r, freemail) else organization_party(r)


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
        "unusual": Param(bool, False, "fire only for an organisation that the sending "
                                      "history has never seen together with the others"),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        if params["unusual"]:
            from mailguard.history.detectors import unusual_co_recipients

            return unusual_co_recipients(inp)
        visible = [r for r in inp.external_recipients if r.visible and r.valid]
        orgs: dict[str, list[Recipient]] = {}
        labels: dict[str, str] = {}
        for r in visible:
            # private persons on free mail are no organisations: together they count
            # as one party here (who can see whom is external_recipients_visible's)
            if is_personal(r, params["freemail_domains"]):
                key = labels[key] = "個人アドレス"
            else:
                key = labels[key] = unicode_domain(organization_party(r))
            orgs.setdefault(key, []).append(r)
        if len(orgs) < params["min_organizations"]:
            return []
        return [Hit(where="header:" + _fields(visible)[0],
                    recipients=tuple(r.address for r in visible),
                    args={"count": len(orgs), "domains": sorted(set(labels.values()))})]


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

# Letters of other scripts that look like Latin ones (NFKC first folds full-width forms),
# and the ASCII confusions of a spoofed name (a digit for a letter, rn for m): a spoofed
# name and the real one share a skeleton.
_CONFUSABLE_CHARS = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w",
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "κ": "k", "τ": "t", "ι": "i", "ε": "e",
    "0": "o", "1": "l", "i": "l", "|": "l", "5": "s", "$": "s", "3": "e", "8": "b",
    "_": "-",
}
_CONFUSABLE_SEQS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("nn", "m"))

# Japanese names typed from memory come out in another romanisation (Hepburn, kunrei,
# long vowels written or not): 工業 as kogyo, kougyou, kohgyo; 新聞 as shimbun, shinbun.
# Applied in order; the folded forms of two spellings of one name are equal.
_ROMAJI = (("tsu", "tu"), ("chi", "ti"), ("shi", "si"), ("sh", "sy"), ("ch", "ty"),
           ("ji", "zi"), ("j", "zy"), ("fu", "hu"), ("ou", "o"), ("oo", "o"), ("oh", "o"),
           ("uu", "u"), ("nn", "n"), ("mb", "nb"), ("mp", "np"))

# QWERTY positions (rows staggered as on a keyboard): a substitution of a neighbouring
# key is a typing slip; one of a far key in a short name is more often another name.
_KEY_ROWS = ("1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_POS = {c: (r, i + (0, 0.5, 0.75, 1.25)[r])
            for r, row in enumerate(_KEY_ROWS) for i, c in enumerate(row)}

_SCRIPT_JA = {"CYRILLIC": "キリル文字", "GREEK": "ギリシャ文字", "LATIN": "ラテン文字の異体",
              "FULLWIDTH": "全角文字"}


def skeleton(label: str) -> str:
    """A form in which confusable spellings of one name become equal."""
    s = unicodedata.normalize("NFKC", label).lower()
    for _ in range(2):  # Cyrillic і → i → l, as Latin i → l
        s = "".join(_CONFUSABLE_CHARS.get(c, c) for c in s)
    for seq, rep in _CONFUSABLE_SEQS:
        s = s.replace(seq, rep)
    return s


def romaji_fold(label: str) -> str:
    """One spelling for the romanisations of one Japanese name (see ``_ROMAJI``)."""
    s = label
    for seq, rep in _ROMAJI:
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


def _middle(a: str, b: str) -> tuple[int, str, str]:
    """Where ``a`` and ``b`` start to differ, and the differing middles of each (the
    longest common prefix and suffix taken off)."""
    p = 0
    while p < len(a) and p < len(b) and a[p] == b[p]:
        p += 1
    s = 0
    while s < len(a) - p and s < len(b) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, a[p:len(a) - s], b[p:len(b) - s]


def single_edit(a: str, b: str) -> str:
    """The one edit that turns ``a`` into ``b``: ``"insert"``, ``"delete"``,
    ``"transpose"``, ``"substitute-adjacent"`` (a neighbouring key), ``"substitute"``,
    or ``""`` when it takes more than one (or none)."""
    _, ma, mb = _middle(a, b)
    if len(ma) == 1 and len(mb) == 1:
        pa, pb = _KEY_POS.get(ma), _KEY_POS.get(mb)
        near = pa is not None and pb is not None and abs(pa[0] - pb[0]) <= 1 \
            and abs(pa[1] - pb[1]) <= 1
        return "substitute-adjacent" if near else "substitute"
    if not ma and len(mb) == 1:
        return "insert"
    if len(ma) == 1 and not mb:
        return "delete"
    if len(ma) == 2 and mb == ma[::-1]:
        return "transpose"
    return ""


def _flat(s: str) -> str:
    """A name without its dots and hyphens: example.co.jp, example-co.jp and
    examplecojp are one flat name."""
    return s.replace(".", "").replace("-", "")


def _token(s: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``s[start:end]`` to whole dot/hyphen-separated pieces."""
    while start > 0 and s[start - 1] not in ".-":
        start -= 1
    while end < len(s) and s[end] not in ".-":
        end += 1
    return start, end


def _char_note(text: str) -> tuple[str, str]:
    """(ja, en) naming the script of the look-alike letters of ``text``, or ("", "")."""
    odd = [c for c in text if not c.isascii()]
    if not odd:
        return "", ""
    c = odd[0]
    script = unicodedata.name(c, "").split(" ")[0]
    code = f"U+{ord(c):04X}"
    return (f"（{_SCRIPT_JA.get(script, '別の文字')} {code}）",
            f" ({script.capitalize() or 'another script'} {code})")


def _changes(ref: str, got: str) -> list[tuple[str, str]]:
    """How ``got`` differs from ``ref``, as (ja, en) phrases (ja in the て-form)."""
    p, ma, mb = _middle(ref, got)
    if not ma and not mb:
        return []
    if ma != mb and _flat(ma) == _flat(mb):  # only dots and hyphens moved
        return _separator_changes(ma, mb)
    if len(ma) > 2 or len(mb) > 2:  # a respelt piece: show the whole piece
        rs, re_ = _token(ref, p, p + len(ma))
        gs, ge = _token(got, p, p + len(mb))
        ma, mb = ref[rs:re_], got[gs:ge]
    if not ma:
        if len(mb) == 1 and (got[p - 1:p] == mb or got[p + 1:p + 2] == mb):
            return [(f"「{mb}」が重なって", f'"{mb}" doubled')]
        return [(f"「{mb}」が加わって", f'"{mb}" added')]
    if not mb:
        return [(f"「{ma}」が抜けて", f'"{ma}" left out')]
    if len(ma) == 2 and mb == ma[::-1]:
        return [(f"「{ma}」が「{mb}」に入れ替わって", f'"{ma}" swapped to "{mb}"')]
    note_ja, note_en = _char_note(mb)
    return [(f"「{ma}」が「{mb}」{note_ja}になって", f'"{ma}" changed to "{mb}"{note_en}')]


def _separator_changes(ref: str, got: str) -> list[tuple[str, str]]:
    """「.」が「-」になって, 「.」が抜けて … for pieces that differ in separators only."""
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ref, got, autojunk=False) \
            .get_opcodes():
        a, b = ref[i1:i2], got[j1:j2]
        if op == "replace":
            change = (f"「{a}」が「{b}」になって", f'"{a}" changed to "{b}"')
        elif op == "delete":
            change = (f"「{a}」が抜けて", f'"{a}" left out')
        elif op == "insert":
            change = (f"「{b}」が加わって", f'"{b}" added')
        else:
            continue
        if change not in out:
            out.append(change)
    return out


def _suffix_change(ref_suffix: str, got_suffix: str) -> list[tuple[str, str]]:
    """co.jp → jp (「co.」が抜けて), jp → co.jp, co.jp → co, co.jp → com."""
    if ref_suffix == got_suffix:
        return []
    if ref_suffix.endswith("." + got_suffix):
        cut = ref_suffix[: -len(got_suffix)]
        return [(f"「{cut}」が抜けて", f'"{cut}" left out')]
    if got_suffix.endswith("." + ref_suffix):
        extra = got_suffix[: -len(ref_suffix)]
        return [(f"「{extra}」が加わって", f'"{extra}" added')]
    if ref_suffix.startswith(got_suffix + "."):
        cut = ref_suffix[len(got_suffix):]
        return [(f"「{cut}」が抜けて", f'"{cut}" left out')]
    return [(f"「.{ref_suffix}」が「.{got_suffix}」になって",
             f'".{ref_suffix}" changed to ".{got_suffix}"')]


@dataclass(frozen=True)
class Resemblance:
    """How a recipient domain resembles a reference (internal or partner) domain.

    ``kind``: ``subdomain`` (the reference's name in front of another domain),
    ``separator`` (dots and hyphens moved: example-co.jp), ``suffix`` (co.jp ↔ jp ↔
    com …), ``homoglyph``, ``romaji`` (another romanisation), ``typo`` (one letter
    added, left out, doubled, swapped or changed).  ``how_ja``/``how_en`` say it in
    words for the finding.
    """

    reference: str
    kind: str
    how_ja: str
    how_en: str


def _said(ref: str, changes: list[tuple[str, str]], tail: tuple[str, str] | None = None,
          note: tuple[str, str] = ("", "")) -> tuple[str, str]:
    ja = "、".join(c[0] for c in changes)
    en = " and ".join(c[1] for c in changes)
    if tail:
        ja = f"{ja}、{tail[0]}" if ja else tail[0]
        en = f"{en}, {tail[1]}" if en else tail[1]
    return f"{ref} の{ja}います{note[0]}", f"{ref} with {en}{note[1]}"


# the first label of a mail or web host, which a dot-for-hyphen slip glues to the name
_HOST_WORDS = frozenset({"mail", "webmail", "smtp", "mx", "imap", "pop", "www", "web", "portal",
                         "secure", "login", "sso", "auth", "my", "app", "apps", "cloud", "vpn",
                         "owa", "m", "mobile", "intra", "intranet", "extranet", "ftp", "file",
                         "files", "share", "support", "info", "jp", "en", "global", "shop",
                         "store", "online", "ir", "recruit", "member", "members"})


def _split(org: str) -> tuple[str, str]:
    """example.co.jp → ("example", "co.jp")."""
    label, _, suffix = org.partition(".")
    return label, suffix


def resemblance(domain: str, reference: str, max_distance: int = 1,
                min_length: int = 5) -> Resemblance | None:
    """How ``domain`` (a recipient's, punycode) is confusable with ``reference`` (a
    registrable domain, punycode), or None.  The caller has ruled out the reference
    itself and its subdomains."""
    got, ref = unicode_domain(domain), unicode_domain(reference)
    org = unicode_domain(organization_of(domain))
    label, suffix = _split(org)
    rlabel, rsuffix = _split(ref)
    flat_ref = _flat(ref)

    # the reference's name in front of someone else's domain: example.co.jp.evil.com,
    # mail.example.co.jp.cn, www.example-co-jp.evil.com
    at = f".{got}.".find(f".{ref}.")
    sub = got[: -len(org) - 1] if got.endswith("." + org) else ""
    if at >= 0 or (sub and len(flat_ref) >= 6 and _flat(sub.rsplit(".", 1)[-1]) == flat_ref):
        if at >= 0:
            lead, after = [], got[at + len(ref):]
        else:
            lead, after = _changes(ref, sub.rsplit(".", 1)[-1]), "." + org
        ja, en = _said(ref, lead, (f"後ろに「{after}」が付いて", f'"{after}" after it'),
                       (f"（実際は {org} のドメインです）", f" (a domain of {org})"))
        return Resemblance(reference, "subdomain", ja, en)

    # dots and hyphens moved or dropped, with or without a domain after it:
    # example-co.jp, exampleco.jp, example.co-jp.com, example-co-jp.net
    flat_got = _flat(got)
    if flat_got.startswith(flat_ref) and len(flat_ref) >= 4:
        n, end = 0, 0
        while n < len(flat_ref):  # where the reference's letters end in got
            if got[end] not in ".-":
                n += 1
            end += 1
        # with a domain after it, only for names long enough to be recognised (abcom.jp
        # is not ab.com in disguise)
        if (end == len(got) or got[end] in ".-") and (end == len(got) or len(rlabel) >= 4):
            head, rest = got[:end], got[end:]
            tail = (f"後ろに「{rest}」が付いて", f'"{rest}" after it') if rest else None
            ja, en = _said(ref, _changes(ref, head), tail)
            return Resemblance(reference, "separator", ja, en)

    # a subdomain's dot turned into a hyphen: mail-example.co.jp for mail.example.co.jp
    # (a host's name only: tokyo-example.co.jp may be another company)
    if (label.endswith("-" + rlabel) and suffix == rsuffix and len(_flat(rlabel)) >= 5
            and label[: -len(rlabel) - 1] in _HOST_WORDS):
        meant = f"{label[: -len(rlabel) - 1]}.{ref}"
        ja, en = _said(meant, _changes(meant, org))
        return Resemblance(reference, "separator", ja, en)

    suffix_changes = _suffix_change(rsuffix, suffix)
    if label == rlabel:  # example.jp, example.com, example.ne.jp for example.co.jp
        if not suffix_changes:
            return None
        ja, en = _said(ref, suffix_changes)
        return Resemblance(reference, "suffix", ja, en)

    kind = _label_resemblance(label, rlabel, max_distance, min_length,
                              same_suffix=not suffix_changes)
    if kind:
        ja, en = _said(ref, _changes(rlabel, label) + suffix_changes)
        if kind == "romaji":
            ja, en = ja + "（ローマ字の綴りの違い）", en + " (another romanisation)"
        return Resemblance(reference, kind, ja, en)

    # a slip in the suffix itself makes another registrable domain: example.cp.jp
    # (slips in the name were judged above, by the rules for names)
    if len(ref) >= 8 and _middle(ref, got)[0] > len(rlabel) and single_edit(ref, got) in (
            "insert", "delete", "transpose", "substitute-adjacent"):
        ja, en = _said(ref, _changes(ref, got))
        return Resemblance(reference, "typo", ja, en)
    return None


def _label_resemblance(label: str, rlabel: str, max_distance: int, min_length: int,
                       same_suffix: bool = True) -> str:
    """The kind of likeness of a recipient's organisation label to a reference's, or "".

    One letter apart, two short names are usually two organisations: a slip counts in a
    name of ``min_length`` letters or more, and only inside a hyphen-separated piece of
    four letters or more (abc-holdings and abd-holdings are two initialisms); a far key
    only in a piece of six or more (kikai/kakai are two words, example/exbmple is not).
    With another suffix as well, only what keeps the name as it reads (a swap, a doubled
    letter, homoglyphs, separators, a romanisation) counts: sakura-log.com is not
    sakura-logi.jp mistyped twice.
    """
    if len(_flat(rlabel)) >= 4 and _flat(label) == _flat(rlabel):
        return "separator"                      # ex-ample, exampleco for example-co
    if skeleton(label) == skeleton(rlabel) and (not label.isascii() or len(rlabel) >= 4):
        return "homoglyph"                      # examp1e, exarnple, еxample (Cyrillic е)
    if len(_flat(rlabel)) < min_length:
        return ""
    edit = single_edit(rlabel, label)
    at, _, added = _middle(rlabel, label)
    piece = _piece_length(rlabel, at)
    doubled = edit == "insert" and added in (label[at - 1:at], label[at + 1:at + 2])
    if edit == "transpose" or doubled or (same_suffix and edit in (
            "insert", "delete", "substitute-adjacent")):
        if piece >= 4:
            return "typo"                       # exmaple, examplle, exampe, exanple
    elif same_suffix and edit == "substitute" and piece >= 6:
        return "typo"                           # a far key, in a long word
    elif same_suffix and edit in ("substitute", "substitute-adjacent") and piece >= 3 \
            and "-" in rlabel and len(_flat(rlabel)) >= 8:
        return "typo"                           # one letter of a long hyphenated name's
        #                                         short word (aoba-unyo, shirakawa-low)
    if romaji_fold(label) == romaji_fold(rlabel):
        return "romaji"                         # tanaka-kougyou for tanaka-kogyo
    if same_suffix and max_distance >= 2 and len(_flat(rlabel)) >= 10 and \
            edit_distance(label, rlabel, max_distance) <= max_distance:
        return "typo"
    return ""


def _piece_length(label: str, at: int) -> int:
    """Letters in the hyphen-separated piece of ``label`` at position ``at``."""
    at = min(at, len(label))
    start, end = _token(label, at, at)
    return end - start


class LookalikeDomain:
    """A recipient domain confusable with an internal or partner domain.

    The manipulations people fall for, each said in words in the finding:

    * the reference's name in front of another domain (``example.co.jp.evil.com``);
    * dots and hyphens moved or dropped (``example-co.jp``, ``exampleco.jp``,
      ``example.co-jp.com``);
    * another public suffix for the same name (``.co.jp`` ↔ ``.jp`` ↔ ``.com`` ↔
      ``.ne.jp`` …, ``co.`` dropped or added);
    * the organisation label retyped: a letter added, left out, doubled, swapped, or a
      neighbouring key (``exmaple``, ``examplle``, ``exampe``, ``exanple``; a far key
      only in long names), a hyphen added or removed (``ex-ample``), another
      romanisation (``kougyou`` for ``kogyo``), homoglyphs and IDN (``examp1e``,
      ``exarnple``, a Cyrillic ``е``).

    Short names (under ``min_length`` letters) are only compared for suffix swaps,
    separators and homoglyphs: one letter apart, two short names are usually two
    organisations.  Domains that are themselves internal, partner, trusted or listed,
    and their subdomains, never fire.
    """

    name = "lookalike_domain"
    params: Mapping[str, Param] = {
        "max_distance": Param(int, 1, "largest edit distance between long labels (10 letters "
                                      "or more) that counts; shorter ones take one edit"),
        "min_length": Param(int, 5, "labels with fewer letters are only compared for suffix "
                                    "swaps, separators and homoglyphs"),
        "domains": Param(list, [], "more reference domains besides internal and partner",
                         item=str),
        "established": Param(bool, True, "silent for an organisation the sending history "
                                         "shows as an established correspondent "
                                         "([history] established_days/_messages)"),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        extra = []
        for d in params["domains"]:
            try:
                extra.append(normalize_domain(d))
            except ValueError:
                continue
        refs = sorted({organization_of(d) for d in
                       (*inp.org.internal_domains, *inp.org.partner_domains, *extra)})
        if not refs:
            return []
        known = (*inp.org.internal_domains, *inp.org.partner_domains, *inp.org.trusted_domains,
                 *extra, *refs)
        found: dict[str, tuple[Resemblance, list[Recipient]]] = {}
        for r in inp.recipients:
            if not r.valid or r.internal or is_within(r.domain, known):
                continue
            if r.domain in found:
                found[r.domain][1].append(r)
                continue
            match = next((m for ref in refs if (m := resemblance(
                r.domain, ref, params["max_distance"], params["min_length"]))), None) \
                or _glued_subdomain(r.domain, inp)
            if match:
                found[r.domain] = (match, [r])
        if found and params["established"] and inp.history is not None:
            # a look-alike written to for weeks is a correspondent, not a typo
            known = inp.history.established([organization_of(d) for d in found])
            found = {d: v for d, v in found.items() if organization_of(d) not in known}
        return [Hit(where="header:" + rs[0].field.capitalize(),
                    recipients=tuple(x.address for x in rs),
                    args={"domain": unicode_domain(domain),
                          "similar_to": unicode_domain(m.reference), "kind": m.kind,
                          "how_ja": m.how_ja, "how_en": m.how_en})
                for domain, (m, rs) in found.items()]


def _glued_subdomain(domain: str, inp: ScanInput) -> Resemblance | None:
    """The sender's own internal subdomain with its dot turned into a hyphen
    (kyodo-hinode-sangyo.co.jp from kyodo.hinode-sangyo.co.jp): a slip in one's own
    address, whatever the subdomain's word.  Any other word glued to a name may be
    another company (tokyo-example.co.jp), so ``resemblance`` takes only host words."""
    own = inp.sender_domain
    if own and inp.org.is_internal(own):
        org = organization_of(own)
        if own != org and domain == f"{own[: -len(org) - 1].replace('.', '-')}-{org}":
            ja, en = _said(own, _changes(own, domain))
            return Resemblance(org, "separator", ja, en)
    # …or another subdomain of the organisation's own long name (heartful-hinode-sangyo.co.jp
    # for heartful.hinode-sangyo.co.jp, written from the parent domain): a company abroad
    # may share a short name's letters, not a long name whole after one word
    label, suffix = _split(unicode_domain(organization_of(domain)))
    for internal in inp.org.internal_domains:
        rlabel, rsuffix = _split(unicode_domain(organization_of(internal)))
        word = label[: -len(rlabel) - 1]
        if (suffix == rsuffix and label.endswith("-" + rlabel) and len(_flat(rlabel)) >= 8
                and _SUBDOMAIN_WORD.fullmatch(word)):
            meant = f"{word}.{organization_of(internal)}"
            ja, en = _said(meant, _changes(meant, organization_of(domain)))
            return Resemblance(organization_of(internal), "separator", ja, en)
    return None


_SUBDOMAIN_WORD = re.compile(r"[a-z][a-z0-9]{1,15}")


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
