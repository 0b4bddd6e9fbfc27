"""The ``personal_data`` detector: personal data in subject, body and attachments.

The message is scanned once (``scan``: recognizers over every text part, entities
marked quoted / signature / own) and its records of people assembled (``records``:
cells, rows, blocks).  Each rule then filters that scan with its params (entity types,
confidence, whether quoted text and the signature count) and decides on counts or on a
combination.  No value in the clear leaves this module: hits carry masked examples and
the context label.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from mailguard.detect import records as records_
from mailguard.detect import subjects
from mailguard.detect.base import EntitySummary, Evidence, Hit, Param, ScanInput
from mailguard.detect.entities import person_name
from mailguard.detect.entities.base import Found, mask_text
from mailguard.detect.entities.types import IDENTIFIERS
from mailguard.detect.scan import (  # noqa: F401  (re-exported for callers and benchmarks)
    ENTITY_TYPES,
    RECORD_FIELDS,
    TYPE_NAMES,
    PartScan,
    Scan,
    clear_value_caches,
    recognizers,
    scan_message,
    scan_part,
)

COMBINATIONS = ("", "record", "sensitive_with_person", "name_list")

# -- the detector ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Opts:
    types: frozenset[str]
    min_count: int
    min_records: int
    min_confidence: float
    include_quoted: bool
    include_signature: bool
    combination: str
    record_fields: frozenset[str]
    scan_incomplete: bool


class PersonalData:
    """Finds personal data (SPEC entity types) and reports it against rule thresholds."""

    name = "personal_data"
    params: Mapping[str, Param] = {
        "entities": Param(list, [], "entity types counted (empty: all)", item=str),
        "min_count": Param(int, 1, "distinct values needed (combination: pairs)"),
        "min_records": Param(int, 1, "records (name + another field in one row or block) "
                                     "needed, for combination = \"record\""),
        "min_confidence": Param(float, 0.6, "entities scoring below this are ignored"),
        "include_quoted": Param(bool, False, "count text quoted from the mail replied to"),
        "include_signature": Param(bool, False, "count the sender's own signature block "
                                                "and contacts"),
        "combination": Param(str, "", "\"\" (counts), \"record\" or "
                                      "\"sensitive_with_person\""),
        "record_fields": Param(list, list(RECORD_FIELDS),
                               "entity types that make a record with a name", item=str),
        "scan_incomplete": Param(bool, False, "fire only when a part could not be fully "
                                              "scanned (a pattern timed out)"),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        scan: Scan | None = inp.memo.get("personal_data")
        if scan is None:
            scan = inp.once("personal_data", lambda: scan_message(inp))
        # Every rule of this detector runs on every message, and most mail has nothing:
        # that case must cost a few dictionary look-ups, not a parse of the params.
        entities = params.get("entities")
        combination = params.get("combination")
        if ((entities and not _ENTITY_SET.issuperset(entities))
                or (combination and combination not in COMBINATIONS)):
            _check_names(tuple(entities or ()), combination or "")  # raises, naming them
        if params.get("scan_incomplete"):
            if params.get("include_quoted") or params.get("include_signature"):
                # what the rule counts is scanned first: that scan may time out too
                scan.parts(bool(params.get("include_quoted")),
                           bool(params.get("include_signature")))
            bad = scan.incomplete_parts()
            if not bad:
                return []
            return [Hit(bad[0], args={"count": len(bad), "types": "", "where": bad[0],
                                      "records": 0})]
        if combination == "name_list":
            # (most mail has no list of names: no parse of the params for it)
            if not any(p.roster for p in scan.parts()):
                return []
            return _name_list_hits(scan, _options(params))
        if not scan.found_any(bool(params.get("include_quoted")),
                              bool(params.get("include_signature"))):
            return []  # most mail: nothing found, no rule to evaluate
        opts = _options(params)
        if opts.combination == "record":
            return _record_hits(scan, opts)
        if opts.combination == "sensitive_with_person":
            return _sensitive_hits(scan, opts)
        return _count_hits(scan, opts)


def _check_names(entities: tuple[str, ...], combination: str) -> None:
    unknown = set(entities) - set(ENTITY_TYPES)
    if unknown:
        raise ValueError(f"unknown entity types: {', '.join(sorted(unknown))}")
    if combination not in COMBINATIONS:
        raise ValueError(f"combination must be one of {COMBINATIONS}, not {combination!r}")


def _options(params: Mapping[str, Any]) -> _Opts:
    # the same few rules run on every message: parse each one's params once
    return _parse_options(
        tuple(params.get("entities") or ()), params.get("min_count", 1),
        params.get("min_records", 1), params.get("min_confidence", 0.6),
        bool(params.get("include_quoted", False)), bool(params.get("include_signature", False)),
        params.get("combination", "") or "", tuple(params.get("record_fields") or ()),
        bool(params.get("scan_incomplete", False)))


@functools.lru_cache(maxsize=256)
def _parse_options(entities: tuple[str, ...], min_count: Any, min_records: Any,
                   min_confidence: Any, include_quoted: bool, include_signature: bool,
                   comb: str, record_fields: tuple[str, ...], scan_incomplete: bool) -> _Opts:
    types = frozenset(entities or ENTITY_TYPES)
    unknown = types - set(ENTITY_TYPES)
    if unknown:
        raise ValueError(f"unknown entity types: {', '.join(sorted(unknown))}")
    if comb not in COMBINATIONS:
        raise ValueError(f"combination must be one of {COMBINATIONS}, not {comb!r}")
    return _Opts(
        types=types,
        min_count=int(min_count),
        min_records=int(min_records),
        min_confidence=float(min_confidence),
        include_quoted=include_quoted,
        include_signature=include_signature,
        combination=comb,
        record_fields=frozenset(record_fields or RECORD_FIELDS),
        scan_incomplete=scan_incomplete,
    )


def _counts(f: Found, opts: _Opts, types: Iterable[str] | None = None) -> bool:
    if f.confidence < opts.min_confidence:
        return False
    if f.quoted and not opts.include_quoted:
        return False
    if (f.signature or f.own) and not opts.include_signature:
        return False
    if f.business:
        return False  # a shop's phone or an office address in a directory row
    return f.type in (opts.types if types is None else types)


# what a found number is reported with: the rest of its person's record
_COMPANIONS = frozenset({"PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                         "EMAIL_ADDRESS", "JP_BANK_ACCOUNT"})


def _companions(p: PartScan, fs: list[Found], opts: _Opts) -> list[Found]:
    """The entities of the persons whose numbers a count rule found: the same table row,
    or the same paragraph of text and the ones beside it (a name, a birth date…).  The
    finding then says whose number it is, masked like everything else."""
    hit = {id(f) for f in fs}
    # the record's other fields at the records' threshold, not the number's own
    companion_opts = dataclasses.replace(opts, min_confidence=min(opts.min_confidence, 0.5))
    units: set[str] = set()
    blocks = {f.block for f in fs if f.block >= 0}
    near = {b + d for b in blocks for d in (-1, 0, 1)}
    for unit, ufs in p.units.items():
        if any(id(f) in hit for f in ufs) or (unit.startswith("block")
                                               and int(unit[5:]) in near):
            units.add(unit)
    # (the sender's own name counts beside the number: 「氏名 一ノ瀬 拓真／運転免許証番号 …」
    # is whose number it is, the sender's or not; the signature's stays out)
    own_opts = dataclasses.replace(companion_opts, include_signature=True)
    out = []
    for unit in units:
        out.extend(f for f in p.units[unit] if f.type in _COMPANIONS and id(f) not in hit
                   and f.type not in opts.types and (
                       _counts(f, companion_opts, _COMPANIONS)
                       or (f.type == "PERSON_NAME" and f.own and not f.signature
                           and _counts(f, own_opts, _COMPANIONS))))
    return out


_TYPE_ORDER = {t: i for i, t in enumerate(ENTITY_TYPES)}


def _summaries(found: Iterable[Found]) -> tuple[EntitySummary, ...]:
    keys: dict[str, set[str]] = defaultdict(set)
    examples: dict[str, list[str]] = defaultdict(list)
    for f in found:
        if f.key in keys[f.type]:
            continue
        keys[f.type].add(f.key)
        if len(examples[f.type]) < 3 and f.masked not in examples[f.type]:
            examples[f.type].append(f.masked)
    return tuple(EntitySummary(t, len(k), tuple(examples[t]))
                 for t, k in sorted(keys.items(), key=lambda kv: _TYPE_ORDER.get(kv[0], 99)))


def _evidence(where: str, f: Found) -> Evidence:
    label = f.label if f.label and f.label != "T" else TYPE_NAMES[f.type][0]
    if label.isascii():
        label = label.upper() if len(label) <= 4 else label.title()
    unit = f" (行 {f.row + 1})" if f.row >= 0 else ""
    return Evidence(where, f"{label}{unit}: {f.masked}")


def _type_args(types: Iterable[str]) -> dict[str, str]:
    present = set(types)
    ts = [t for t in ENTITY_TYPES if t in present]
    return {"types": ", ".join(ts),
            "types_ja": "、".join(TYPE_NAMES[t][0] for t in ts),
            "types_en": ", ".join(TYPE_NAMES[t][1] for t in ts)}


def _count_hits(scan: Scan, opts: _Opts) -> list[Hit]:
    per_part: list[tuple[PartScan, list[Found]]] = []
    for p in scan.parts(opts.include_quoted, opts.include_signature):
        # the type first: most rules count one or two types of the many found
        fs = [f for f in p.found if f.type in opts.types and _counts(f, opts)]
        if fs:
            per_part.append((p, fs))
    every = [f for _, fs in per_part for f in fs]
    distinct = {(f.type, f.key) for f in every}
    if len(distinct) < opts.min_count or not every:
        return []
    main = max(per_part, key=lambda pf: len({(f.type, f.key) for f in pf[1]}))[0]
    evidence = []
    seen: set[tuple[str, str]] = set()
    for p, fs in per_part:
        for f in fs:
            if (f.type, f.key) not in seen and len(evidence) < 5:
                seen.add((f.type, f.key))
                evidence.append(_evidence(p.where, f))
    args = {"count": len(distinct), "where": main.where, "parts": len(per_part), "records": 0,
            **_type_args(f.type for f in every)}
    # (a finding of numbers that identify one person names the rest of the record)
    if opts.types & IDENTIFIERS:
        every = every + [c for p, fs in per_part for c in _companions(p, fs, opts)]
    return [Hit(main.where, args=args, entities=_summaries(every), evidence=tuple(evidence))]


def _name_list_hits(scan: Scan, opts: _Opts) -> list[Hit]:
    """A list of people's names that gives nothing else about them (a roster of
    participants, a duty rota): reported with its count, never a record."""
    per_part = [(p, [f for f in p.roster if f.confidence >= opts.min_confidence])
                for p in scan.parts() if p.roster]
    per_part = [(p, fs) for p, fs in per_part if fs]
    every = [f for _, fs in per_part for f in fs]
    count = len({f.key for f in every})
    if count < opts.min_count:
        return []
    main = max(per_part, key=lambda pf: len(pf[1]))[0]
    evidence = tuple(_evidence(p.where, f) for p, fs in per_part for f in fs)[:5]
    args = {"count": count, "where": main.where, "parts": len(per_part), "records": 0,
            **_type_args(["PERSON_NAME"])}
    return [Hit(main.where, args=args, entities=_summaries(every), evidence=evidence)]


_ENTITY_SET = frozenset(ENTITY_TYPES)


def _tally(keys: Iterable[str]) -> dict[str, int]:
    """Counts by key in first-seen order (a Counter costs more to make than this)."""
    out: dict[str, int] = {}
    for k in keys:
        out[k] = out.get(k, 0) + 1
    return out


# the records of the last scan asked for (one slot: the record rules run one after the
# other on a message, and a slot per scan would keep every judged message's records alive)
_LAST_RECORDS: tuple[Any, Any, Any] | None = None


def _record_hits(scan: Scan, opts: _Opts) -> list[Hit]:
    key = (opts.min_confidence, opts.include_quoted, opts.include_signature,
           opts.record_fields)
    global _LAST_RECORDS
    last = _LAST_RECORDS  # one read: another thread may replace it meanwhile
    if last is not None and last[0] is scan and last[1] == key:
        recs = last[2]  # the rule before this one asked for the same records
    else:
        recs = records_.records(scan.parts(opts.include_quoted, opts.include_signature),
                                opts.min_confidence, opts.include_quoted,
                                opts.include_signature, opts.record_fields)
        _LAST_RECORDS = (scan, key, recs)
    named = [r for r in recs if r[2]]
    # a single record must name its person, and be more than the work contact that
    # business mail hands on (a name with the company mailbox and direct line); a list
    # may be rows without a name column
    if opts.min_records > 1:
        counted = recs
    else:
        texts: dict[str, str] = {}
        for p in scan.parts(opts.include_quoted, opts.include_signature):
            if p.folded and not p.quoted:
                texts.setdefault(p.where, p.folded)  # a document's body before its footer
        if len(named) >= 2:
            # (two people or more are more than a contact handed on, whatever their
            # fields, unless only their companies' switchboards reach them)
            counted = [r for r in named if not records_.switchboard_only(r[3])]
        else:
            counted = [r for r in named if not records_.business_contact(
                r[3], scan.inp.org.is_internal, texts.get(r[0], ""))]
        if not counted and sum(1 for r in recs if ":line" in r[1] and any(
                f.type in ("PHONE_NUMBER", "EMAIL_ADDRESS") for f in r[3])) >= 3:
            # the lines of a list of people's own numbers (a duty rota's mobiles), its
            # names not recognised (楠, 鰐淵): more than a contact handed on
            counted = recs
    if len(counted) < opts.min_records or not counted:
        return []
    per_where = _tally(r[0] for r in counted)
    main = max(per_where, key=per_where.__getitem__)  # the first of the most frequent
    every = [f for r in counted for f in (*r[2], *r[3])]
    evidence = []
    for where, _unit, names, fields in counted[:5]:
        parts = [f"{TYPE_NAMES[f.type][0]} {f.masked}" for f in (*names[:1], *fields[:3])]
        row = next((f.row for f in (*names, *fields) if f.row >= 0), -1)
        unit = f"行 {row + 1}: " if row >= 0 else ""
        evidence.append(Evidence(where, unit + " / ".join(parts)))
    # (the messages say 「氏名と{types_ja}」: the name is not one of the types listed; a
    # list's rows of names with an age, a pay or a score have attributes, not fields)
    types = _type_args(f.type for r in counted for f in r[3] if f.type != "PERSON_NAME")
    if not types["types"]:
        types = {"types": "", "types_ja": _ATTRIBUTES[0], "types_en": _ATTRIBUTES[1]}
    args = {"count": len(counted), "records": len(counted), "where": main,
            "parts": len(per_where), **types}
    return [Hit(main, args=args, entities=_summaries(every), evidence=tuple(evidence))]


_ATTRIBUTES = ("属性（年齢・給与・成績など）", "attributes (age, pay, scores…)")
_ROW_OF_A_LIST = "名簿の行 / a row of a list of people"
_THE_PERSON = "本人（話題の人物） / the person the mail is about"
# a newsletter's page or article heading at the top of a paragraph (【2面】, 第3面, ■2面):
# the articles speak of different people (a report's sections, 【運転者の状況】, do not)
_HEADING = re.compile(r"[\s\u3000]*[【■◆●]?(?:第)?[0-9一二三四五六七八九十]+面")


def _other_article(p: PartScan, term_block: int, name_block: int) -> bool:
    """Whether a heading (【2面】, ■…) starts the term's paragraph or one between it and
    the name's: a newsletter's next article speaks of other people."""
    starts, text = p.starts, p.folded
    if not starts or not text:
        return False
    lo, hi = sorted((term_block, name_block))
    return any(_HEADING.match(text, starts[k]) for k in range(lo + 1, hi + 1)
               if k < len(starts))


# the people a form is about (more are a list, whose rows carry their own terms)
_FORM_PEOPLE = 2


def _a_documents_people(parts: list[PartScan], opts: _Opts, tied: set[str]
                             ) -> list[tuple[str, Found, Found | None, str]]:
    """A special-care term of its own in one part of an attachment (an accident report's
    「診断名：…骨折」) and one record (a form: 氏名, 生年月日, 住所…) in another part or
    another row of the same document: the document is about that record's person (its
    first name).  A form may be about two (a couple's treatment, a parent and child):
    the term is then about one of them, and both are named with it."""
    terms: dict[str, list[Found]] = defaultdict(list)
    named: dict[str, dict[str, tuple[Found, str]]] = defaultdict(dict)
    # a sheet that names one person in a row of its own (its title row, 「保健室来室記録
    # 2年3組 真鍋 陽斗」, or a timeline's first entry) and lists terms in its other rows
    in_rows: dict[str, dict[str, tuple[Found, str]]] = defaultdict(dict)
    for p in parts:
        if not p.where.startswith("attachment:") or p.where in tied:
            continue
        for unit, fs in p.units.items():
            counted = [f for f in fs if _counts(f, opts, ENTITY_TYPES)]
            terms[p.where] += [f for f in counted if f.type == "SENSITIVE_CATEGORY"
                               and f.confidence >= subjects.SPECIFIC]
            if unit.startswith("t:") and unit not in p.business:
                for f in counted:
                    if f.type == "PERSON_NAME" and not subjects.in_a_role(p, f):
                        in_rows[p.where].setdefault(f.key, (f, unit))
            if unit in p.business or not any(f.type in opts.record_fields
                                              and f.type != "SENSITIVE_CATEGORY"
                                              for f in counted):
                continue  # a name with a record of its own: the document's subject
            first = next((f for f in counted if f.type == "PERSON_NAME"
                          and not subjects.in_a_role(p, f)), None)
            if first is not None:
                named[p.where][unit] = (first, unit)  # a form's first name is its subject
    out = []
    for where, ts in terms.items():
        if not ts:
            continue
        if 1 <= len(named[where]) <= _FORM_PEOPLE:
            out += [(where, t, name, unit) for name, unit in named[where].values()
                    for t in ts]
        elif not named[where] and len(in_rows[where]) == 1:
            name, unit = next(iter(in_rows[where].values()))
            out += [(where, t, name, unit) for t in ts]
    return out


# what names a list: its title says what its people have in common (被害者一覧)
_LIST_AFTER = re.compile(r"[ \u3000]?(?:の)?(?:一覧|名簿|リスト|別表|名單|名单)|s? list", re.I)
_LIST_OF_PEOPLE = 5
# …or that the sentence introducing the list says of its people (「被害に遭った従業員ごとの
# 明細」, 「休職から復職した方の面談日程」, 「被害相談者について」), or of all of them
# (「いずれも警察に被害相談済みです」)
_PEOPLE_AFTER = re.compile(r"[^。\n]{0,16}?(?:方々|方の|方を|方は|方と|方が|"
                           r"者(?:の|に|を|は|について|一同|各位|別)|"
                           r"従業員|社員|職員|利用者|ごと|別明細)")
_EACH_BEFORE = re.compile(r"(?:いずれも|全員|皆さん|皆様)[^。\n]{0,20}\Z")


def _a_lists_title(parts: list[PartScan], opts: _Opts
                   ) -> list[tuple[str, Found, Found | None, str]]:
    """A special-care term that titles a list of people (「投資詐欺 被害者一覧」, 「別表
    （被害者一覧）」, "patients list") in the subject, the text or the document, and a list
    of five records or more in the message: the term is said of every row.  (A list's
    title is where a sentence would be weak: 0.45 is enough beside 一覧.)"""
    terms = []
    for p in parts:
        if not p.folded or p.quoted:
            continue
        terms += [f for f in p.found if f.type == "SENSITIVE_CATEGORY" and f.start >= 0
                  and f.confidence >= 0.45 and not f.quoted
                  and (_LIST_AFTER.match(p.folded, f.end) or (
                      # (a weak term says too little of people: 健康診断 未受診者)
                      f.confidence >= 0.5 and (
                          _PEOPLE_AFTER.match(p.folded, f.end)
                          or _EACH_BEFORE.search(p.folded, max(f.start - 24, 0), f.start))))]
    if not terms:
        return []
    recs = records_.records(parts, opts.min_confidence, opts.include_quoted,
                            opts.include_signature, opts.record_fields)
    if len(recs) < _LIST_OF_PEOPLE or not any(r[2] for r in recs):
        return []
    return [(where, t, names[0] if names else None, "listed")
            for t in terms[:1] for where, _u, names, _f in recs]


def _told_in_the_subject(parts: list[PartScan], opts: _Opts
                         ) -> list[tuple[str, Found, Found | None, str]]:
    """A special-care term of its own in the subject (特殊詐欺被害の疑いについて) and one
    person named in the new text of the body: the mail is about that person."""
    terms = [t for p in parts if p.where == "subject" for t in p.found
             if t.type == "SENSITIVE_CATEGORY" and t.confidence >= subjects.SPECIFIC
             and _counts(t, opts, ENTITY_TYPES)]
    if not terms:
        return []
    named: dict[str, tuple[Found, str]] = {}
    for p in parts:
        if p.where != "body" or p.quoted:
            continue
        for unit, fs in p.units.items():
            if unit in p.business:
                continue  # a shop's or a clinic's row
            for f in fs:
                if (f.type == "PERSON_NAME" and _counts(f, opts, ENTITY_TYPES)
                        and not subjects.in_a_role(p, f) and not subjects.signs_off(p, f)):
                    named.setdefault(f.key, (f, unit))
    if len(named) != 1:
        return []
    name, unit = next(iter(named.values()))
    return [("subject", t, name, unit) for t in terms]


def _names_above(names: list[Found], terms: list[Found]) -> list[Found]:
    """For each term, the name written last before it, or the first name when none is
    (names sorted once and searched by bisection: a paragraph of thousands of entries
    costs its length, not its square)."""
    ordered = sorted(names, key=lambda n: n.start)
    starts = [n.start for n in ordered]
    out = []
    for t in terms:
        i = bisect.bisect_right(starts, t.start)
        out.append(ordered[i - 1] if i else names[0])
    return out


# a person named in the subject with an honorific, surname and given name apart
# (「設計部 鈴木 一郎様 肝機能再検査の結果について」)
_SUBJECT_PERSON = regex.compile(r"(?<![\p{Han}々])([\p{Han}々]{1,4}[ \u3000][\p{Han}々]{1,4})"
                                r"[ \u3000]?(?:様|さん|氏|殿)")


def _named_in_the_subject(parts: list[PartScan], opts: _Opts
                          ) -> list[tuple[str, Found, Found | None, str]]:
    """A special-care term of its own in the new text of the body, which names nobody,
    and one person named in the subject: the mail is about that person."""
    subject = next((p.text for p in parts if p.where == "subject"), "")
    people = {m.group(1) for m in _SUBJECT_PERSON.finditer(subject)
              if person_name.plausible_name(m.group(1))}
    if len(people) != 1:
        return []
    terms: list[tuple[str, Found, str]] = []
    for p in parts:
        if p.where != "body" or p.quoted:
            continue
        for unit, fs in p.units.items():
            counted = [f for f in fs if _counts(f, opts, ENTITY_TYPES)]
            if any(f.type == "PERSON_NAME" for f in counted):
                return []  # the body names someone: the subject's person may be another
            terms += [(p.where, f, unit) for f in counted if f.type == "SENSITIVE_CATEGORY"
                      and f.confidence >= subjects.SPECIFIC]
    if not terms:
        return []
    v = next(iter(people))
    name = Found("PERSON_NAME", -1, -1, v.replace(" ", "").replace("\u3000", ""),
                 mask_text(v), 0.7, "subject")
    return [(where, t, name, unit) for where, t, unit in terms]


def _sensitive_hits(scan: Scan, opts: _Opts) -> list[Hit]:
    """Special-care terms tied to a person: a name in the same table row, or in the same
    paragraph of text, the one after it or the two before it; or a row of a list of
    people that has no name column (社員番号, 年代, 性別 and a free-text answer)."""
    pairs: list[tuple[str, Found, Found]] = []
    # the person's other fields in the same row or paragraph (their phone, address):
    # reported with the term, so the finding says what else about them is in the mail
    beside: list[Found] = []
    stories: set[int] = set()  # terms tied to 「本人」 rather than to a name or a row
    for p in scan.parts(opts.include_quoted, opts.include_signature):
        tied = False
        names_by_block: dict[int, Found] = {}
        for unit, fs in p.units.items():
            if unit.startswith("block"):
                n = next((f for f in fs if f.type == "PERSON_NAME" and _counts(f, opts,
                                                                             ENTITY_TYPES)
                          and not subjects.in_a_role(p, f)
                          and not subjects.signs_off(p, f)), None)
                if n is not None:
                    names_by_block[int(unit[5:])] = n
        for unit, fs in p.units.items():
            fs = [f for f in fs if _counts(f, opts, ENTITY_TYPES)]
            terms = [f for f in fs if f.type == "SENSITIVE_CATEGORY"]
            if not terms:
                continue
            names = [f for f in fs if f.type == "PERSON_NAME" and not subjects.in_a_role(p, f)]
            if not names and unit.startswith("block"):
                b = int(unit[5:])
                near = next((names_by_block[k] for k in (b - 1, b + 1, b - 2)
                             if k in names_by_block and not _other_article(p, b, k)), None)
                names = [near] if near is not None else []
            if names:
                # (a paragraph of several people's entries: each term is the nearest
                # name's above it)
                pairs.extend((p.where, t, n, unit)
                             for t, n in zip(terms, _names_above(names, terms), strict=True))
                beside.extend(f for f in fs if f.type in opts.record_fields
                              and f.type != "SENSITIVE_CATEGORY")
                if names[0] not in fs and names[0].block >= 0:
                    # the name came from the paragraph beside: so do the person's fields
                    # written with it (新住所：… under 「契約者 嘉数 琉生 様から」)
                    beside.extend(f for f in p.units.get(f"block{names[0].block}", ())
                                  if f.type in opts.record_fields
                                  and f.type != "SENSITIVE_CATEGORY"
                                  and _counts(f, opts, ENTITY_TYPES))
                tied = True
            elif unit in p.attribute_units:
                # a row of a list of people without names (社員番号, 年代, 性別): the row
                # is the person, identifiable to whoever holds the master data
                pairs.extend((p.where, t, None, unit) for t in terms)
            elif unit.startswith("block") and subjects.refers_to_someone(p, int(unit[5:])):
                # 「本人に確認したところ…検挙され」: the mail is about one person, whose
                # name the recognizers missed (a rare surname) or the subject line gives
                told = [(p.where, t, None, unit) for t in terms
                        if t.confidence >= subjects.SPECIFIC]
                pairs.extend(told)
                stories.update(id(t) for _, t, _, _ in told)
        if tied and len({n.key for n in names_by_block.values()}) == 1:
            # a mail about one person: a mobile or a private mailbox in a paragraph of its
            # own (「連絡先：090-…」 under the story) is theirs too
            beside.extend(f for unit, fs in p.units.items() if unit.startswith("block")
                          and int(unit[5:]) not in names_by_block
                          for f in fs if f.type in opts.record_fields
                          and f.type != "SENSITIVE_CATEGORY" and _counts(f, opts, ENTITY_TYPES)
                          and records_.own_field(f))
    parts = scan.parts(opts.include_quoted, opts.include_signature)
    pairs += _a_documents_people(parts, opts, {w for w, _, _, _ in pairs})
    if not any(w == "listed" for _, _, _, w in pairs):
        pairs += _a_lists_title(parts, opts)
    if not pairs:
        pairs = _told_in_the_subject(parts, opts)
    if not pairs:
        pairs = _named_in_the_subject(parts, opts)
    if not pairs:
        return []
    distinct = {(t.key, n.key if n is not None else u) for _, t, n, u in pairs}
    if len(distinct) < opts.min_count:
        return []
    per_where = _tally(w for w, _, _, _ in pairs)
    main = max(per_where, key=per_where.__getitem__)
    every = [f for _, t, n, _ in pairs for f in (t, n) if f is not None] + beside
    evidence = tuple(Evidence(w, f"{t.masked}: {TYPE_NAMES['PERSON_NAME'][0]} {n.masked}"
                              if n is not None else f"{t.masked}: {_THE_PERSON}"
                              if id(t) in stories else f"{t.masked}: {_ROW_OF_A_LIST}")
                     for w, t, n, _ in pairs[:5])
    args = {"count": len(distinct), "records": len(distinct), "where": main,
            "parts": len(per_where), **_type_args(f.type for f in every)}
    return [Hit(main, args=args, entities=_summaries(every), evidence=evidence)]
