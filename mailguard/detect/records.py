"""Records of people: which units of a scanned part make a person's record.

A record is a table row, or a block of text, that holds a person's name and another
personal field; in text a block with several names is cut at each name, and a line with
fields of two kinds of which one is a person's own (a mobile number, a birth date, an
identity number…) is a nameless record.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from mailguard.detect.entities.base import Found
from mailguard.detect.scan import ENTITY_TYPES, RECORD_FIELDS, PartScan

_ENTITY_SET = frozenset(ENTITY_TYPES)
Record = tuple[str, str, list[Found], list[Found]]


def records(parts: Iterable[PartScan], minimum: float, quoted: bool, signature: bool,
            record_fields: frozenset[str]) -> list[Record]:
    """(where, unit, names, fields) of every record: a table row or a text block with a
    name and another field; in text, a block with several names is cut at each name,
    and a line with two different fields and no name is a nameless record."""
    out: list[Record] = []
    # the rule's filter written out: it runs for every entity of every unit
    for p in parts:
        for unit, fs in p.units.items():
            fs = [f for f in fs if f.confidence >= minimum and (quoted or not f.quoted)
                  and (signature or not (f.signature or f.own)) and f.type in _ENTITY_SET]
            if not fs:
                continue
            names = [f for f in fs if f.type == "PERSON_NAME"]
            fields = [f for f in fs if f.type in record_fields]
            if not fields:
                continue
            if unit.startswith("block") and len(names) > 1:
                out.extend((p.where, unit, n, fl) for n, fl in _segments(names, fields))
            elif names:
                out.append((p.where, unit, names, fields))
            elif unit.startswith("block"):
                by_line: dict[int, list[Found]] = defaultdict(list)
                for f in fields:
                    by_line[f.line].append(f)
                for line, lf in by_line.items():
                    if _nameless_record(lf):
                        out.append((p.where, f"{unit}:line{line}", [], lf))
            elif _nameless_record(fields):
                out.append((p.where, unit, [], fields))
    return out


_MOBILE = ("+8170", "+8180", "+8190")
# fields that belong to a person rather than to a shop or an office
_PERSONAL_ONLY = frozenset(RECORD_FIELDS) - {"PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"}


def _nameless_record(fields: list[Found]) -> bool:
    """Fields of two kinds with no name: a record only if one of them is a person's own
    (a mobile number, a birth date, an ID number…), not a shop's address and landline."""
    if len({f.type for f in fields}) < 2:
        return False
    return any(f.type in _PERSONAL_ONLY or (f.type == "PHONE_NUMBER"
                                            and f.key.startswith(_MOBILE)) for f in fields)


def _segments(names: list[Found], fields: list[Found]) -> list[tuple[list[Found], list[Found]]]:
    names = sorted(names, key=lambda f: f.start)
    segs: list[tuple[list[Found], list[Found]]] = []
    for i, n in enumerate(names):
        a = n.start if i else -1
        b = names[i + 1].start if i + 1 < len(names) else 1 << 60
        fl = [f for f in fields if a <= f.start < b]
        if fl:
            segs.append(([n], fl))
    return segs

