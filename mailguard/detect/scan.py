"""The personal-data scan of one message: recognizers over every text part.

One scan per message (``ScanInput.once``), shared by every rule of the detector:

1. each text part is folded once (``normalize.fold``, length-preserving), and the
   sender's signature block at its end located (``context.signature_start``);
2. cheap candidates are found before the signature: digit runs of 7+ digits, every
   '@', and all keywords (labels, prefectures, sensitive terms) in one Aho-Corasick
   pass over the NFKC view of the part.  A part with no run, no '@', no trigger keyword
   and no table (most parts of most mail) stops here;
3. only those candidates go to the validating recognizers (``entities/*``), each with its
   check digit, context and score;
4. entities are marked quoted (text quoted from the mail replied to), signature (the
   sender's own signature block) and own (the sender's own phone, mail or address met
   elsewhere, and the recipients' own addresses);
5. what the structure around the candidates shows is added (``structure``: names on
   the lines of records, a list's birth dates, addresses without a prefecture, account
   holders), tables laid out in the text are read by column (``tables``,
   ``entities/columns``), and every entity is put in its unit: a table row or a block.
   ``records`` then says which units are people's records.

The rule checks on top of the scan live in ``personal_data``.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from mailguard.detect import structure, table_rows
from mailguard.detect.base import ScanInput
from mailguard.detect.context import (
    NUMBER_NEGATIVE,
    REPLY_PREFIX,
    KeywordHit,
    Lexicon,
    PartText,
    block_of,
    block_starts,
    in_ranges,
    signature_above_forward,
    signature_start,
)
from mailguard.detect.entities import (
    address,
    bank,
    birth_date,
    columns,
    corporate,
    credit_card,
    email_address,
    identity_documents,
    insurance,
    my_number,
    person_name,
    phone,
    sensitive,
)
from mailguard.detect.entities.base import (
    Found,
    KeywordRecognizer,
    NumberRecognizer,
    Run,
    ScanTimeout,
    digits_of,
)
from mailguard.detect.entities.types import (  # noqa: F401
    ENTITY_TYPES,
    IDENTIFIERS,
    RECORD_FIELDS,
    TYPE_NAMES,
)
from mailguard.detect.normalize import ContextView, context_view, fold, fold_and_view
from mailguard.detect.tables import text_tables
from mailguard.extract.base import TextPart

_OLD_ERA_HINT = re.compile(r"明治|大正|昭和|(?<![A-Za-z])[MTS]\.?\d{1,2}[./-]|[明大昭]\d{1,2}[./-]")
# a run of digits with separators; runs of fewer than 7 digits are no candidate
_RUN = re.compile(r"[0-9][0-9\-. ()]{5,}")
_MIN_DIGITS = 7
# at most this many entities of one type are kept per part (a 100,000-row CSV must not
# make the scan quadratic); counts above it are reported as "at least"
_MAX_PER_TYPE = 5000


@dataclass
class Recognizers:
    numbers: list[NumberRecognizer]
    keywords: dict[str, list[KeywordRecognizer]]
    email: email_address.EmailRecognizer
    honorific: person_name.HonorificNameRecognizer
    lexicon: Lexicon


@functools.lru_cache(maxsize=1)
def recognizers() -> Recognizers:
    number_labels = (my_number.LABELS | corporate.LABELS | credit_card.LABELS | phone.LABELS
                     | identity_documents.LICENSE_LABELS | identity_documents.PASSPORT_LABELS
                     | identity_documents.RESIDENCE_LABELS | insurance.PENSION_LABELS
                     | insurance.HEALTH_LABELS | birth_date.LABELS
                     | address.LABELS | {"口座番号"})
    negative = frozenset(w.lower() for w in NUMBER_NEGATIVE | number_labels)
    numbers: list[NumberRecognizer] = [
        my_number.MyNumberRecognizer(negative),
        corporate.CorporateNumberRecognizer(negative),
        credit_card.CreditCardRecognizer(negative),
        phone.PhoneRecognizer(negative),
        identity_documents.DriversLicenseRecognizer(negative),
        identity_documents.PassportRecognizer(negative),
        identity_documents.ResidenceCardRecognizer(negative),
        insurance.PensionRecognizer(negative),
    ]
    kw_recs: list[KeywordRecognizer] = [
        address.AddressRecognizer(),
        person_name.LabelledNameRecognizer(),
        birth_date.BirthDateRecognizer(),
        sensitive.SensitiveRecognizer(),
        bank.BankAccountRecognizer(),
        insurance.HealthInsuranceRecognizer(),
        identity_documents.LabelledPassportRecognizer(),
    ]
    keywords: dict[str, list[KeywordRecognizer]] = defaultdict(list)
    words: set[str] = set(negative)
    for rec in kw_recs:
        for w in rec.triggers:
            keywords[w.lower()].append(rec)
        words |= rec.triggers | rec.context
    for nrec in numbers:
        words |= nrec.context
    return Recognizers(numbers, dict(keywords), email_address.EmailRecognizer(),
                       person_name.HonorificNameRecognizer(),
                       Lexicon(words, lower_kept=sensitive.LOWER_CASE))


# -- the scan --------------------------------------------------------------------------


@dataclass(slots=True)
class PartScan:
    """The entities of one text part.  ``units`` groups them by table row or text block
    (paragraph), for the combinations.

    A part where nothing was found keeps only its folded text and where its signature
    starts (``pt`` and ``view`` stay None): the message's scan lives as long as the
    message is judged, and most parts of most mail have nothing; the keyword hits are
    computed again in the rare case a rule asks for the signature.
    """

    where: str
    quoted: bool
    # an empty tuple until something is found (an empty list would be one more object
    # for the garbage collector to visit in every part of every message)
    found: Sequence[Found] = ()
    units: dict[str, list[Found]] = field(default_factory=dict)
    incomplete: bool = False
    text: str = ""
    folded: str = ""
    # table rows (units) that describe a business, not a person (a branch, a shop)
    # (an empty frozenset until one is found: no object per part for the collector)
    business: frozenset[str] | set[str] = frozenset()
    # table rows with a person's number or attribute (社員番号, 年齢…) beside the name
    attribute_units: frozenset[str] | set[str] = frozenset()
    # text lines that give a person's age beside the name (a list's rows without contacts)
    attribute_lines: frozenset[int] = frozenset()
    # the names of a list of people that gives nothing else about them (no record's part)
    roster: Sequence[Found] = ()
    # the sender's signature block, scanned only when a rule counts it
    pt: PartText | None = None
    view: ContextView | None = None
    sig: int | None = None
    sig_end: int = 0
    starts: Sequence[int] = ()


class Scan:
    """The personal-data scan of one message, computed once and shared by the rules.

    New text is scanned at once.  Text quoted from the mail being replied to and the
    sender's own signature block are scanned only when a rule counts them
    (``include_quoted``, ``include_signature``): the shipped rules do not, and in long
    threads the quoted history is most of the text.
    """

    __slots__ = ("_found_any", "_new", "_own", "_quoted", "_signatures_done", "inp", "recs")

    def __init__(self, inp: ScanInput) -> None:
        self.inp = inp
        self.recs = recognizers()
        self._new: list[PartScan] | None = None
        self._quoted: list[PartScan] | None = None
        self._signatures_done = False
        # the sender's own contacts, read only once something was found
        self._own: set[tuple[str, str]] | None = None
        # found_any() by include_quoted * 2 + include_signature: a dict of ints and
        # booleans is left alone by the garbage collector (a scan lives while its
        # message is judged; most hold nothing and should cost the collector nothing)
        self._found_any: dict[int, bool] = {}

    def parts(self, include_quoted: bool = False,
              include_signature: bool = False) -> list[PartScan]:
        if self._new is None:
            self._new = []
            for p in self.inp.parts:
                if not p.quoted:
                    self._new.append(self._scan(p))
            for ps in self._new:
                if ps.where == "subject" and ps.found and self._carried_over(ps):
                    ps.found, ps.units = (), {}
            if any(p.found for p in self._new):
                # the sender's own contacts matter only when something was found
                _mark_own(self._new, self._own_all())
        if include_signature and not self._signatures_done:
            self._signatures_done = True
            for ps in self._new:
                _scan_signature(ps, self.recs)
            _mark_own(self._new, self._own_all())
        out = list(self._new)
        if include_quoted:
            if self._quoted is None:
                self._quoted = [self._scan(p) for p in self.inp.parts if p.quoted]
                _mark_own(self._quoted, self._own_all())
            out += self._quoted
        return out

    def _carried_over(self, subject: PartScan) -> bool:
        """Whether a reply's subject (Re: 柳田様 診断書受領のご連絡) tells only what the
        mail quoted under it says (柳田健吾様の診断書を拝受): the recipient has it."""
        if not REPLY_PREFIX.match(subject.text):
            return False
        quoted = "".join(p.text for p in self.inp.parts if p.quoted)
        if not quoted:
            return False
        quoted = fold(quoted).translate(_NO_GAPS)
        return all(subject.folded[f.start:f.end].translate(_NO_GAPS) in quoted
                   for f in subject.found if f.start >= 0)

    def _own_all(self) -> set[tuple[str, str]]:
        if self._own is None:
            self._own = set()
            for ps in self._new or ():
                if ps.sig is not None:
                    _own_from_signature(ps.folded, ps.sig, ps.sig_end, self._own)
            self._own |= _own_values(self.inp)
        return self._own

    def _scan(self, part: TextPart) -> PartScan:
        msg = self.inp.message
        return scan_part(part, self.recs, self.inp.sender, msg.sender_name if msg else "")

    @property
    def incomplete(self) -> bool:
        return bool(self.incomplete_parts())

    def incomplete_parts(self) -> list[str]:
        """Where the new text could not be fully scanned (a pattern timed out)."""
        if self._new is None:
            self.parts()
        return [p.where for p in self._new or () if p.incomplete]

    def found_any(self, include_quoted: bool = False, include_signature: bool = False) -> bool:
        """Whether any part found anything (before the rules' filters)."""
        key = include_quoted * 2 + include_signature
        known = self._found_any.get(key)
        if known is None:
            known = self._found_any[key] = any(
                p.found for p in self.parts(include_quoted, include_signature))
        return known


def clear_value_caches() -> None:
    """Forget the phone numbers and e-mail addresses validated so far.

    libphonenumber and email-validator results are cached per process (the same
    signature or customer number comes back in mail after mail).  A benchmark that
    judges the same mail several times calls this before each pass; otherwise every pass
    after the first is served from the cache.
    """
    phone.phones_cache_clear()
    email_address.valid_cache_clear()
    structure.clear_names_cache()


def scan_message(inp: ScanInput) -> Scan:
    """The message's scan (lazy: parts are read when a rule first asks)."""
    return Scan(inp)


_SEPARATORS = str.maketrans("", "", "-. ()")
_NO_GAPS = str.maketrans("", "", " \t\n\u3000")
_EMAILISH = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+[A-Za-z]")
_HONORIFIC = re.compile("|".join(sorted(person_name.HONORIFICS, key=len, reverse=True)))
# a year after a bracket or a gap (美咲（2005/05/15）, NAM　2005/04/04): a date no digit run shows
_YEAR_AFTER_GAP = re.compile(r"[ \t\u3000（(](?:19|20)[0-9]{2}[/.\-年]")
# …or a Heisei/Reiwa date after one (すずき あおい　H18.4.17), read only where the text says
# whose child or spouse someone is (鈴木さんの長女, 子　H18.4.15): a dependant's birth date
# (one pattern for both: most parts have neither, and are read once)
_DATE_AFTER_GAP = re.compile(r"[ \t\u3000（(](?:(?P<w>(?:19|20)[0-9]{2}[/.\-年])"
                             r"|(?:平成|令和|[HR]\.?) ?[0-9]{1,2}[/.\-年])")
_KIN_WORD = re.compile(birth_date.KIN_HINT)


def _labelled_town(folded: str, hits: Sequence[KeywordHit], end: int) -> bool:
    """Whether an address label before ``end`` has a town's block after it on its line."""
    for h in hits:
        if h.word in address.ADDRESS_LABELS and h.end < end:
            stop = folded.find("\n", h.end, h.end + 60)
            stop = h.end + 60 if stop < 0 else stop
            if (address.MUNICIPAL.search(folded, h.end, stop)
                    or address.LOCAL.search(folded, h.end, stop)):
                return True
    return False


def _dates_after_gaps(folded: str, a: int, b: int) -> bool:
    m = _DATE_AFTER_GAP.search(folded, a, b)
    if m is None:
        return False
    return (m.group("w") is not None or _KIN_WORD.search(folded, a, b) is not None
            or _YEAR_AFTER_GAP.search(folded, m.end(), b) is not None)


def scan_part(part: TextPart, recs: Recognizers, sender: str = "",
              sender_name: str = "") -> PartScan:
    """Scan one part (its signature block, if any, is only located)."""
    ps = PartScan(part.where, part.quoted, text=part.text)
    try:
        _scan_text(part, recs, ps, sender, sender_name)
    except ScanTimeout:
        ps.incomplete = True
    return ps


def _recognize(pt: PartText, recs: Recognizers, a: int, b: int) -> list[Found]:
    """Candidates in [a, b) → the recognizers that can use them."""
    folded = pt.folded
    found: list[Found] = []
    # digit runs → number recognizers
    for m in _RUN.finditer(folded, a, b):
        s, e = m.span()
        while e > s and not folded[e - 1].isdigit():
            e -= 1
        nd = len(folded[s:e].translate(_SEPARATORS))
        if nd < _MIN_DIGITS:
            continue
        run = Run(s, e, nd)
        for rec in recs.numbers:
            if nd >= rec.min_digits and (rec.needs is None or pt.has_any(rec.needs)):
                found.extend(rec.find(pt, run))
    # dates of the eras before Heisei → birth dates (no label needed)
    if _OLD_ERA_HINT.search(folded, a, b):
        found.extend(birth_date.old_era_dates(pt, a, b))
    # addresses in romaji (…-ku, …-shi)
    if "-ku" in folded or "-shi" in folded or "-cho" in folded:
        found.extend(address.romaji_addresses(pt, a, b))
    # half-width kana account names after a run of digits (a 全銀 transfer file)
    if bank.HALF_KANA.search(folded, a, b):
        found.extend(bank.transfer_records(pt, a, b))
    # a name with its reading in brackets (九十九 里奈（つくも りな）)
    if "（" in folded or "(" in folded:
        found.extend(person_name.names_with_reading(pt, a, b))
    if _dates_after_gaps(folded, a, b):
        # birth dates after the names of a list (美咲（2005/05/15）, NAM　2005/04/04)
        found.extend(birth_date.dates_after_names(pt, a, b))
    # English names marked as a person's (Mr. …, her daughter …, …, who)
    found.extend(person_name.english_titled_names(pt, a, b))
    # '@' → e-mail addresses
    at = folded.find("@", a, b)
    while at >= 0:
        f = recs.email.find_at(pt, at)
        if f is not None:
            found.append(f)
        at = folded.find("@", at + 1, b)
    # keywords → keyword recognizers
    for hit in pt.hits_in(a, b):
        for krec in recs.keywords.get(hit.word, ()):
            found.extend(krec.find(pt, hit))
    return found


def _scan_text(part: TextPart, recs: Recognizers, ps: PartScan, sender: str,
               sender_name: str) -> None:
    text = part.text
    folded, view = fold_and_view(text)
    # the extract stage has already set quoted text apart (body.py): a part is quoted or
    # new as a whole (a forward's text is new to its recipient and counts), so the
    # signature runs to the end of the part
    quoted: list[tuple[int, int]] = []
    sig = None
    if part.where.startswith("body") and not part.quoted:
        sig = signature_start(folded, quoted, sender, sender_name)
    spans = None
    if sig is not None:
        ps.sig_end = len(folded)
        spans = [(0, sig)]
    hits = recs.lexicon.scan(view, spans)
    ps.folded, ps.sig = folded, sig
    end = sig if sig is not None else len(folded)
    if not part.quoted and part.where != "subject" and structure.roster_hint(folded, end):
        ps.roster = structure.roster_names(folded, end)
    # words of age and pay (歳, 時給): a list of people may give nothing else
    attribute_hint = structure.attribute_hint(folded, end)
    if part.table is None and "\t" not in folded:
        # Nothing a recognizer starts from (a digit run, an '@', a trigger keyword) and
        # no table: most parts of most mail.  Done before building the part's view.
        keywords = recs.keywords
        # (a date like S58.4.2 matches _RUN already; 昭和58年 has no run of its own)
        if (not _RUN.search(folded, 0, end) and folded.find("@", 0, end) < 0
                and "昭和" not in folded and "大正" not in folded and "明治" not in folded
                and not attribute_hint
                and not _dates_after_gaps(folded, 0, end)):
            for h in hits:
                if h.word in keywords:
                    break
            else:
                return
    pt = PartText(part.where, text, folded, hits, part.quoted)
    found = _recognize(pt, recs, 0, end)
    if "〒" in folded:
        found += structure.postal_addresses(pt, found, end)
    # the names of a list that gives ages or pay (若狭 直人（29歳）): its lines are records
    aged = structure.attribute_names(pt, end, found) if attribute_hint else []
    found += aged
    header_words = table_rows.header_words(hits, folded, end) if part.table is None else []
    if not found and not header_words and part.table is None and (
            part.quoted or not _labelled_town(folded, hits, end)):
        # nothing outside the signature, no column a table could be read by, and in new
        # text no address without its city under a label (お迎え先：緑ヶ丘町4丁目12番3号)
        return
    ps.pt, ps.view = pt, view
    starts = block_starts(folded)
    ps.starts = starts
    _place(found, pt, quoted, starts, part.quoted)
    if sig is None and part.where.startswith("body") and not part.quoted:
        # a forward under the sender's signature: the signature is above it, not the tail
        above = signature_above_forward(folded, sender, sender_name)
        if above is not None:
            for f in found:
                if above[0] <= f.start < above[1]:
                    f.signature = True
    if aged:
        ps.attribute_lines = frozenset(f.line for f in aged)

    for f in found:
        if f.type == "EMAIL_ADDRESS" and f.start >= 0:
            la, _lb = pt.line_span(f.start)
            if _ROUTING_LINE.match(folded, la, f.start) and not email_address.private_mailbox(
                    f.key):
                # a forwarded header's From:/To: at work is routing, not a disclosed address;
                # a private person's own mailbox there is: the forward shows it to a new reader
                f.own = True
    # the dates of a list of birth dates (a column described in a sentence, or the other
    # lines of a list whose dates are birth dates)
    listed_dates = structure.list_birth_dates(pt, found, starts)
    _place(listed_dates, pt, quoted, starts, part.quoted)
    found += listed_dates
    # the account holder after an account number (普通 3057219 ツクモ チヒロ)
    holders = structure.account_holders(pt, found)
    _place(holders, pt, quoted, starts, part.quoted)
    found += holders
    # names with an honorific count only beside other data: look in those blocks only
    blocks = {f.block for f in found if f.type in RECORD_FIELDS and not f.quoted}
    # …and the paragraph before a person's card (「出向中の井上 美咲さんの…」 over 住所：…
    # 生年月日：…): it introduces whose the card is
    blocks |= {f.block - 1 for f in found if f.type in _CARD_FIELDS and not f.quoted
               and f.block > 0}
    # a special-care term may speak of a person named in the paragraph before or after
    # (「柘植様の件で…」「同氏は…逮捕され」)
    for f in found:
        if f.type == "SENSITIVE_CATEGORY" and not f.quoted and f.confidence >= 0.5:
            blocks |= {b for b in (f.block - 2, f.block - 1, f.block + 1)
                       if 0 <= b < len(starts)}
    found += _honorific_names(pt, recs, blocks, starts, quoted, part.quoted)
    # names with neither label nor honorific: the analyser reads the lines that carry a
    # person's fields, and the blocks that carry a sensitive term
    # the tables laid out in the text, read below: where a table has a name column the
    # analyser has nothing to add
    ttables = (text_tables(text[:end], header_words)
               if part.table is None and header_words else [])
    if part.table is not None and "PERSON_NAME" in columns.classify_columns(
            part.table.header).values():
        named = [(0, len(folded))]
    else:
        named = [(tt.start, tt.end) for tt in ttables
                 if "PERSON_NAME" in columns.classify_columns(tt.header).values()]
    unlabelled = structure.unlabelled_names(
        pt, [f for f in found if not in_ranges(named, f.start)], starts, end)
    _place(unlabelled, pt, quoted, starts, part.quoted)
    found += unlabelled
    # addresses without a prefecture on the lines of a person's other fields (names
    # included, so after they are found)
    municipal = structure.municipal_addresses(pt, found)
    _place(municipal, pt, quoted, starts, part.quoted)
    found += municipal
    # …and the honorific names beside those addresses (お客様：七瀬 恵理香 様 over 住所：
    # 港北区…), in the blocks not looked at yet
    found += _honorific_names(pt, recs, {f.block for f in municipal} - blocks, starts,
                              quoted, part.quoted)
    found = _resolve_overlaps(found)
    found = _without_venues(pt, found)
    found = _without_issuer(pt, found)

    # tables: the extract stage's, and tables laid out in the text (tabs, commas, bars,
    # columns padded with spaces), read by column
    read = table_rows.read_tables(part, ttables, quoted, _MAX_PER_TYPE * 4)
    if read.business:
        ps.business = read.business
    if read.attribute_units:
        ps.attribute_units = read.attribute_units
    for unit, ufs in read.units.items():
        ps.units.setdefault(unit, []).extend(ufs)
    table_found = [f for ufs in read.units.values() for f in ufs]
    negative_keys, row_maps, form = read.negative_keys, read.row_maps, read.form

    if negative_keys:
        # a company's number is what it is in any column (no person's number hides there)
        found = [f for f in found if f.key not in negative_keys
                 or f.type == "JP_CORPORATE_NUMBER"]
    if read.claimed:
        # a pension number under its column is no phone, whatever its digits look like
        found = [f for f in found if f.type != "PHONE_NUMBER" or f.start < 0
                 or digits_of(folded[f.start:f.end]) not in read.claimed]
    # text units: the row of a table the entity lies in, else its block (paragraph)
    firsts = [starts_[0] if starts_ else 0 for _tid, _first, starts_, _end in row_maps]
    for f in found:
        unit = table_rows.row_unit(f, row_maps, firsts)
        if unit is None:
            if part.table is not None:
                continue
            unit = f"block{f.block}"
        ps.units.setdefault(unit, []).append(f)
    if form:
        fields = [f for unit in [u for u in ps.units if u.startswith("t:row")]
                  for f in ps.units.pop(unit)]
        if fields:
            ps.units["t:form"] = fields
    # contacts in a business's row or line (a shop list, a directory of switchboards);
    # in a row of a table of sites, the name too is the site's (鶴見, 関内)
    for unit, ufs in ps.units.items():
        if unit in ps.business:
            for f in ufs:
                if f.type in _CONTACTS or (f.type == "PERSON_NAME" and unit in read.sites):
                    f.business = True
    contacts = [f for f in found if f.type in _CONTACTS and f.start >= 0]
    if len(contacts) >= 5:  # a directory, perhaps; a contact or two count for nothing alone
        business_line: dict[int, bool] = {}  # each line searched once, however many contacts
        directory: dict[int, bool] = {}  # each laid-out line's answer, read once
        intros: dict[int, bool] = {}  # each list line's answer, read once
        names_by_line: defaultdict[int, list[Found]] | None = None
        for f in contacts:
            la, lb = pt.line_span(f.start)
            if la not in business_line:
                business_line[la] = structure.BUSINESS_WORDS.search(folded, la, lb) is not None
            if business_line[la]:
                f.business = True
            elif _under_a_directory_head(pt, la, directory) or (
                    (f.type == "JP_ADDRESS" or (f.type == "PHONE_NUMBER"
                                                and not f.key.startswith(phone.MOBILE_PREFIXES)))
                    and _introduced_as_businesses(pt, la, intros)):
                f.business = True
                if names_by_line is None:
                    names_by_line = defaultdict(list)
                    for g in found:
                        if g.type == "PERSON_NAME" and g.start >= 0:
                            names_by_line[pt.line_span(g.start)[0]].append(g)
                # the line's name is the site's (鶴見, 関内 are surnames as well)
                for g in names_by_line.get(la, ()):
                    g.business = True
    counts: dict[str, int] = {}
    kept: list[Found] = []
    for f in found + table_found:
        n = counts[f.type] = counts.get(f.type, 0) + 1
        if n <= _MAX_PER_TYPE:
            kept.append(f)
    ps.found = kept


_CONTACTS = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"})
# the fields of one person's card that a sentence before it may name the person of
# (its identifiers but a payment card's, which is on no one's card of details)
_CARD_FIELDS = (IDENTIFIERS - {"CREDIT_CARD"}) | {"DATE_OF_BIRTH", "JP_BANK_ACCOUNT"}
_LAID_OUT = re.compile(r"\t|  |\u3000")


def _introduced_as_businesses(pt: PartText, la: int, seen: dict[int, bool]) -> bool:
    """Whether the list line at ``la`` is an entry of a list its sentence introduces as
    businesses (「here are the restaurants we usually recommend」 over 「 - Sumibi Kaede
    (yakitori), …, tel +81-3-…」): the entries' names and landlines are the shops'."""
    a, b = pt.line_span(la)
    if not _ENTRY_MARK.match(pt.folded, a, b):
        return False  # a sentence, not an entry of a list

    def verdict(a: int, b: int) -> bool | None:
        if a == b or _LIST_ENTRY.match(pt.folded, a, b):
            return None  # a blank line or another entry (or a heading of a group: Tokyo)
        # (the introducing paragraph, read back to its start or 400 characters)
        top = pt.folded.rfind("\n\n", max(0, b - 400), a)
        return _BUSINESSES_INTRO.search(pt.folded, top + 1 if top >= 0 else max(0, b - 400),
                                        b) is not None

    return _up_the_lines(pt, la, seen, 16, verdict)


def _up_the_lines(pt: PartText, la: int, seen: dict[int, bool], limit: int,
                  verdict: Callable[[int, int], bool | None]) -> bool:
    """The first answer ``verdict`` gives on the lines from ``la`` up (None: read on), at
    most ``limit`` lines; every line read keeps the answer in ``seen``, so a list of
    thousands of lines is walked once, not once per line."""
    run: list[int] = []
    at = la
    answer = False
    while at not in seen:
        a, b = pt.line_span(at)
        run.append(at)
        found = verdict(a, b)
        if found is not None:
            answer = found
            break
        if at == 0 or len(run) > limit:
            break
        at = pt.line_span(at - 1)[0]
    else:
        answer = seen[at]
    for line in run:
        seen[line] = answer
    return answer


# an entry of a list, or a short heading of a group of entries (Tokyo, 【大阪】)
_ENTRY = r"[-・*•●○◆■□▶]|[0-9０-９]{1,3}[.)．）]"  # a bullet or an entry's number
_LIST_ENTRY = re.compile(rf"[ \t\u3000]*(?:{_ENTRY}|>|[(（【]|[^\n]{{1,12}}$)")
_ENTRY_MARK = re.compile(rf"[ \t\u3000]*(?:{_ENTRY})")
# (the kinds of business a list is introduced as; not 営業所 or 支店, which a sender's own
# introduction names: 「大阪営業所の佐久間です」)
_BUSINESSES_INTRO = re.compile(r"restaurants|shops|stores|hotels|clinics|hospitals|venues|"
                               r"suppliers|dealers|飲食店|レストラン|お店|店舗|"
                               r"ホテル|旅館|医療機関|病院|クリニック|取扱店|販売店", re.I)


def _under_a_directory_head(pt: PartText, la: int, seen: dict[int, bool]) -> bool:
    """Whether the laid-out line at ``la`` is one of the rows under a header of sites or
    switchboards (「施設\t代表電話\t12/31…」): the rows are the sites', whatever their
    names look like (鶴見, 関内 are surnames as well)."""

    def verdict(a: int, b: int) -> bool | None:
        if not _LAID_OUT.search(pt.folded, a, b):
            return False
        return True if _DIRECTORY_HEAD.search(pt.folded, a, b) else None

    return _up_the_lines(pt, la, seen, 60, verdict)


# a header of sites or switchboards among a laid-out line's columns
_DIRECTORY_HEAD = re.compile(rf"(?m)(?:^|[\t ]|\u3000)(?:{structure.SITE_WORDS}|代表電話|代表番号|"
                             r"代表TEL)(?:名)?(?:\t| {2,}|\u3000|$)")
# a forwarded mail's header lines: the addresses there route the mail, they are no content
_ROUTING_LINE = re.compile(r"[ \t\u3000>]*(?:From|To|Cc|Sent|Reply-To|差出人|宛先|送信者|送信先|"
                           r"CC|返信先)[ \t\u3000]*[:：]", re.I)



# a venue named under its label (式場　セレモニーホールみやび / お届け先：○○会館（…）): the
# address and the landline that follow are the venue's, not a person's
_VENUE = re.compile(r"(?:式場|斎場|会場|葬儀場|開催場所|場所|お届け先|届け先|配達先)[ \t\u3000:：]*"
                    r"[^\n]{0,30}?(?:ホール|会館|斎場|ホテル|式場|セレモニー|葬祭|寺|教会|"
                    r"公民館|センター)"
                    # (or a company's site where goods are delivered: 納品先：株式会社…倉庫)
                    r"|(?:納品先|納入先|配送先|出荷先|搬入先|届け先|送付先)[ \t\u3000:：]*"
                    r"[^\n]{0,30}?(?:株式会社|有限会社|合同会社|[(（]株[)）]|㈱|㈲)")

# a workplace under its label (勤務先：特別養護老人ホーム緑風苑（横浜市緑区…）): its address
# is the employer's, whoever works there
_WORKPLACE = re.compile(r"(?:勤務先|勤務地|就業先|就業場所|派遣先|配属先|実習先|研修先|赴任先|"
                        # (a shop's or an office's address, a sole trader's included)
                        r"店舗住所|店舗所在地|事業所住所|事業所所在地|勤務先住所)"
                        r"[ \t\u3000]*[:：]")


# 場所：東京都渋谷区道玄坂1-22-9 日の出道玄坂ビル 4F: a place of business under its label,
# the building after the address (a customer's home is under 現場, 住所 or お届け先)
_PLACE_LABEL = re.compile(r"[ \t\u3000・]*(?:場所|会場|開催場所|開催地|集合場所)"
                          r"[ \t\u3000]*[:：]")
_BUILDING_AFTER = re.compile(r"[^\n]{0,24}?(?:ビル(?!ト)|ホール|会館|センター|ホテル|"
                             r"[0-9０-９]+[FＦ階])")


# ■場所　愛知県名古屋市港区港明1丁目 港明交差点付近: where something happened, a spot
# on a road, not anyone's home
_SPOT_LABEL = re.compile(r"[ \t\u3000・■□◆●【\[]*(?:事故|発生|被害|事件)?(?:場所|現場|地点)"
                         r"[】\]]?[ \t\u3000:：]")
_SPOT_AFTER = re.compile(r"[^\n]{0,24}?(?:付近|交差点|路上|の先|手前|沿い|駐車場|高架下)")

_VENUE_REACH = 120


def _without_venues(pt: PartText, found: list[Found]) -> list[Found]:
    venue_lines: set[int] = set()
    folded = pt.folded
    for f in found:
        if f.type != "JP_ADDRESS" or f.row >= 0 or f.start < 0:
            continue
        la, _lb = pt.line_span(f.start)
        a = la
        if not folded[la:f.start].strip(" \t\u3000（("):
            a = pt.line_span(la - 1)[0] if la > 0 else la  # the address continues the line above
        # (the venue's label stands just before its address: read that far, not a whole
        # line of a megabyte for each address on it)
        if _VENUE.search(folded, max(a, f.start - _VENUE_REACH), f.start) or _WORKPLACE.search(
                folded, max(la, f.start - _VENUE_REACH), f.start) or (
                _PLACE_LABEL.match(folded, la) and _BUILDING_AFTER.match(folded, f.end)) or (
                _SPOT_LABEL.match(folded, la) and _SPOT_AFTER.match(folded, f.end)):
            venue_lines.add(la)
    if not venue_lines:
        return found
    return [f for f in found if f.start < 0 or pt.line_span(f.start)[0] not in venue_lines
            or f.type not in ("JP_ADDRESS", "PHONE_NUMBER")
            or (f.type == "PHONE_NUMBER" and f.key.startswith(phone.MOBILE_PREFIXES))]


def _without_issuer(pt: PartText, found: list[Found]) -> list[Found]:
    """Without the address and phone on the line of a company's corporate number
    (T-number, 法人番号) or the line after it: the issuer's, an invoice's footer."""
    issuers = {pt.line_of(f.start) for f in found
               if f.type == "JP_CORPORATE_NUMBER" and f.start >= 0 and f.row < 0}
    if not issuers:
        return found
    return [f for f in found if f.type not in _CONTACTS or f.start < 0
            or not ({pt.line_of(f.start), pt.line_of(f.start) - 1} & issuers)]


def _honorific_names(pt: PartText, recs: Recognizers, blocks: set[int], starts: Sequence[int],
                     quoted: list[tuple[int, int]], part_quoted: bool) -> list[Found]:
    """Names with an honorific (様, さん…) in these blocks."""
    folded = pt.folded
    out: list[Found] = []
    for bi in sorted(blocks):
        a = starts[bi]
        b = starts[bi + 1] if bi + 1 < len(starts) else len(folded)
        names = [n for m in _HONORIFIC.finditer(folded, a, b)
                 for n in recs.honorific.find(pt, KeywordHit(m.start(), m.end(), m.group()))]
        _place(names, pt, quoted, starts, part_quoted)
        out += names
    return out


def _place(found: list[Found], pt: PartText, quoted: list[tuple[int, int]],
           starts: list[int], part_quoted: bool) -> None:
    for f in found:
        f.quoted = part_quoted or in_ranges(quoted, f.start)
        f.block = block_of(starts, f.start)
        f.line = pt.line_of(f.start)


def _own_from_signature(folded: str, a: int, b: int, own: set[tuple[str, str]]) -> None:
    """The sender's phone numbers and addresses in its signature, cheaply (no validation):
    the same values elsewhere in the message are the sender's own, not a disclosure."""
    for m in _RUN.finditer(folded, a, b):
        d = m.group().translate(_SEPARATORS).strip()
        if len(d) >= 10 and d.isdigit():
            intl = folded[max(m.start() - 1, 0)] == "+"
            own.add(("PHONE_NUMBER", "+" + d if intl else "+81" + d[1:]))
    at = folded.find("@", a, b)
    while at >= 0:
        m = _EMAILISH.search(folded, max(at - 64, a), min(at + 256, b))
        if m and m.start() <= at < m.end():
            own.add(("EMAIL_ADDRESS", m.group().lower()))
        at = folded.find("@", at + 1, b)


def _scan_signature(ps: PartScan, recs: Recognizers) -> None:
    """Scan the signature block too (a rule with include_signature asked for it)."""
    if ps.sig is None or ps.incomplete:
        return
    end = len(ps.folded)
    if ps.pt is None or ps.view is None:
        # nothing was found in the part: its keyword hits were not kept, scan it whole
        # (the signature starts on a line of its own, and no keyword spans a line, so
        # this equals the hits before it plus those in it)
        hits = recs.lexicon.scan(context_view(ps.folded))
    elif ps.view.identity:
        # the keyword scan skipped the signature: add its keywords
        hits = sorted(ps.pt.hits + recs.lexicon.scan(ps.view, [(ps.sig, end)]),
                      key=lambda h: h.start)
    else:
        hits = ps.pt.hits
    pt = ps.pt = PartText(ps.where, ps.text, ps.folded, hits, ps.quoted)
    if not ps.starts:
        ps.starts = block_starts(pt.folded)
    try:
        found = _resolve_overlaps(_recognize(pt, recs, ps.sig, end))
    except ScanTimeout:
        ps.incomplete = True
        return
    _place(found, pt, [], ps.starts, ps.quoted)
    for f in found:
        f.signature = True
        ps.units.setdefault(f"block{f.block}", []).append(f)
    ps.found = [*ps.found, *found]


def _resolve_overlaps(found: list[Found]) -> list[Found]:
    """Where entities overlap, keep the most confident (names and sensitive terms are
    kept beside others; the same entity found twice is kept once)."""
    found.sort(key=lambda f: (f.start, -f.confidence))
    out: list[Found] = []
    for f in found:
        clash = False
        for g in reversed(out[-6:]):
            if g.end <= f.start:
                continue
            if g.type == f.type or (f.type not in ("PERSON_NAME", "SENSITIVE_CATEGORY")
                                    and g.type not in ("PERSON_NAME", "SENSITIVE_CATEGORY")):
                if f.confidence > g.confidence:
                    out.remove(g)
                else:
                    clash = True
                break
        if not clash:
            out.append(f)
    return out


def _own_values(inp: ScanInput) -> set[tuple[str, str]]:
    own: set[tuple[str, str]] = set()
    if inp.sender:
        own.add(("EMAIL_ADDRESS", inp.sender.lower()))
    sender_name = inp.message.sender_name if inp.message else ""
    if sender_name:
        # the sender's own name (in the signature, 「岩佐です」) discloses nothing
        own.add(("PERSON_NAME", sender_name.translate(structure.NO_SPACES)))
    for r in inp.recipients:
        own.add(("EMAIL_ADDRESS", r.address.lower()))
    return own


def _mark_own(parts: list[PartScan], own: set[tuple[str, str]]) -> None:
    """The sender's own contacts (as in its signature) and the recipients' addresses
    are no disclosure wherever they appear in the message."""
    if not own:
        return
    # the sender signing with the family name alone (「佐伯」 under the report); a
    # family name with 様 or さん is somebody else's (a customer, a colleague of the
    # same name): nobody writes their own name so
    surnames = tuple(k for t, k in own if t == "PERSON_NAME" and len(k) >= 3)
    for p in parts:
        for f in p.found:
            if (f.type, f.key) in own or (
                    f.type == "PERSON_NAME" and len(f.key) >= 2 and surnames
                    and f.label not in person_name.HONORIFICS
                    and any(k.startswith(f.key) for k in surnames)):
                f.own = True
    # the addressee of the salutation (「メディソル 野分様」) named again further down
    # (「文献は野分様から」): still the recipient, who knows their own name
    addressees = {f.key for p in parts if not p.quoted for f in p.found
                  if f.type == "PERSON_NAME" and f.own and f.label in person_name.HONORIFICS}
    if addressees:
        for p in parts:
            for f in p.found:
                if (f.type == "PERSON_NAME" and not f.own and f.label in person_name.HONORIFICS
                        and len(f.key) >= 2 and any(k.endswith(f.key) for k in addressees)):
                    f.own = True

