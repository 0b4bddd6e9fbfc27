"""The tables of one text part read by column, each row a unit of its own.

A part is either a table of the extract stage (a CSV, a sheet, an HTML or DOCX table:
``TextPart.table``) or text in which ``tables.text_tables`` found tables laid out with
tabs, commas, bars or columns padded with spaces.  Each table is read by its header
(``entities/columns``); a table without a header row may have one under a title row or
two, and a name column under a header that does not say so is found by the analyser
(``structure.name_columns``).  A two-column table of labels and values about one person
(an accident report, an application) is a form: one record, not a list.

What the text scan found inside a table laid out in the text belongs to that table's row
(``row_unit``): ``scan`` puts it there.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from mailguard.detect import structure
from mailguard.detect.context import KeywordHit, in_ranges
from mailguard.detect.entities import columns, person_name
from mailguard.detect.entities.base import Found
from mailguard.detect.tables import TextTable
from mailguard.extract.base import Table, TextPart

# (table id, first row, row start offsets in the text, end): an extract-stage table has
# no offsets (a line per row, after ``end`` lines of name and header)
RowMap = tuple[str, int, list[int], int]


@dataclass
class TablesRead:
    # the entities read from cells, by unit ("t:row3", "x0:row1")
    units: dict[str, list[Found]] = field(default_factory=dict)
    # digits of cells under a column of numbers that are no person's (注文番号, 社員番号)
    negative_keys: set[str] = field(default_factory=set)
    # digits of cells read as identifiers by their column (基礎年金番号, 口座番号)
    claimed: set[str] = field(default_factory=set)
    # rows that describe a business (a branch, a shop), not a person
    business: set[str] = field(default_factory=set)
    # rows of sites (under 施設, 店舗, 拠点…): what names them is a place, not a person
    sites: set[str] = field(default_factory=set)
    # rows with a person's number or attribute (社員番号, 年齢…) beside the name
    attribute_units: set[str] = field(default_factory=set)
    row_maps: list[RowMap] = field(default_factory=list)
    # the extract stage's table is a form (項目 | 内容): its rows are one record's fields
    form: bool = False


def read_tables(part: TextPart, ttables: Sequence[TextTable],
                quoted: list[tuple[int, int]], max_rows: int) -> TablesRead:
    """Read the part's table, or the tables laid out in its text (``ttables``, whose
    offsets are the folded text's)."""
    out = TablesRead()
    tables: list[tuple[str, Table, bool]] = []
    if part.table is not None:
        tables.append(("t", part.table, part.quoted))
        base = (1 if part.table.name else 0) + (1 if part.table.header else 0)
        out.row_maps.append(("t", 0, [], base))
    else:
        for i, tt in enumerate(ttables):
            tables.append((f"x{i}", Table(tuple(tt.header), tuple(tuple(r) for r in tt.rows)),
                           part.quoted or in_ranges(quoted, tt.start)))
            out.row_maps.append((f"x{i}", 0, tt.row_starts, tt.end))
    out.form = part.table is not None and _is_form(part.table)
    for tid, table, tquoted in tables:
        header, rows = table.header, table.rows
        offset = 0
        if tid == "t" and out.form:
            # a form is a one-row table on its side: its labels head its values
            header, rows = _form_as_row(table)
        elif not header or not columns.looks_like_header(header):
            # the header may sit under a title row or two
            for k, row in enumerate(rows[:5]):
                if columns.looks_like_header(row):
                    header, rows, offset = row, rows[k + 1:], k + 1
                    break
        rows = rows[:max_rows]
        read = columns.read_table(header, rows, offset)
        if read.columns and "PERSON_NAME" not in read.columns.values():
            # a name column under a header that does not say so (担当, 受講者, none),
            # or under one that may head addressees as well as addresses (お届け先)
            extra = structure.name_columns(header, rows, {
                c: t for c, t in read.columns.items()
                if not (t == "JP_ADDRESS" and c < len(header)
                        and _DESTINATION.fullmatch(str(header[c]).strip()))})
            if extra:
                read = columns.read_table(header, rows, offset, extra)
        if _ANIMAL_TABLE.search(" ".join(header)) and not _OWNER.search(" ".join(header)):
            # a litter's or a kennel's list: its names and birth dates are the animals'
            read.found[:] = [f for f in read.found
                             if f.type not in ("PERSON_NAME", "DATE_OF_BIRTH")]
        # a column of switchboards, or rows headed by a site's name (施設, 店舗, 拠点):
        # the rows are organisations, whoever they name
        # (a table with a name column of its own names people, whatever store they use)
        sites = bool(header and structure.PLACE_HEADER.fullmatch(str(header[0]).strip())
                     and "PERSON_NAME" not in read.columns.values())
        every_row = sites or bool(_SWITCHBOARD.search(" ".join(str(h) for h in header)))
        if sites:
            out.sites |= {f"{tid}:row{offset + r}" for r in range(len(rows))}
        # (the bank and branch of an account are no business the row is about; a row
        # that names a person with a field of their own, a mobile, is that person's,
        # whatever company it also names: 契約者 有限会社… | 連帯保証人 柴田 結衣 | 090-…)
        banks = {k for k, h in enumerate(header) if columns.BANK_COLUMN.search(str(h))}
        named = {f.row for f in read.found if f.type == "PERSON_NAME"}
        own = {f.row for f in read.found if f.row in named and structure.a_persons_own(f)}
        out.business |= {f"{tid}:row{offset + r}" for r, row in enumerate(rows)
                         if every_row or (offset + r not in own and any(
                             structure.organisation_cell(str(c))
                             for k, c in enumerate(row) if c and k not in banks))}
        # a row with a corporate number (法人番号, T-number) is a company's
        out.business |= {f"{tid}:row{f.row}" for f in read.found
                         if f.type == "JP_CORPORATE_NUMBER"}
        out.negative_keys |= read.negative_keys
        out.claimed |= read.claimed
        out.attribute_units |= {f"{tid}:row{r}" for r in read.attribute_rows}
        for f in read.found:
            f.quoted = tquoted
            out.units.setdefault(f"{tid}:row{f.row}", []).append(f)
    return out


# a column headed by where things go: its cells may be addresses or the people addressed
_DESTINATION = re.compile(r"(?:お|ご)?(?:届け?先|送付先|発送先|宛先|配送先)")
# a column of switchboards (代表電話): the rows are organisations, whoever they name
_SWITCHBOARD = re.compile(r"代表電話|代表番号|代表TEL|代表ＴＥＬ|switchboard|main (?:line|number)",
                          re.I)
# the columns of a table of animals (犬種, 毛色, 父犬…), and of their owners
_ANIMAL_TABLE = re.compile(r"犬種|猫種|毛色|父犬|母犬|父猫|母猫|血統|breed|動物名|ペット名")
_OWNER = re.compile(r"飼い主|オーナー|owner|お客様|契約者|購入者|顧客", re.I)


def row_unit(f: Found, row_maps: list[RowMap], firsts: list[int]) -> str | None:
    """The table row (unit name) of an entity found by the text scan, if it is in one.
    ``row_maps`` are in text order and ``firsts`` are their first rows' offsets."""
    if row_maps and not row_maps[0][2]:  # an extract-stage table: a line per row
        tid, _first, _starts, base = row_maps[0]
        return f"{tid}:row{f.line - base}" if f.line >= base else None
    i = bisect.bisect_right(firsts, f.start) - 1
    if i < 0:
        return None
    tid, first, starts, end = row_maps[i]
    if f.start > end:
        return None
    return f"{tid}:row{first + bisect.bisect_right(starts, f.start) - 1}"


_TABLE_HINT_EN = re.compile(r"(?i:name|address|phone|e-?mail|owner|customer|birth|claimant|"
                            r"plaintiff|defendant|insured|driver|patient|guest|passenger|"
                            r"employee|member|winner|account|beneficiary|seafarer|crew)")


def header_words(hits: Sequence[KeywordHit], folded: str, end: int) -> list[int]:
    """Offsets of the words before ``end`` that may name a table column: the keyword
    pass's hits that classify as a column (電話, 氏名…), and English column names."""
    out = [h.start for h in hits
           if h.start < end and columns.classify_header(h.word) not in (None, columns.NEGATIVE)]
    # lower-case English column names (first_name, email) are no keywords: looked for only
    # where the text has a column separator at all
    if not out and ("\t" in folded or "," in folded or "|" in folded or "  " in folded):
        out = [m.start() for m in _TABLE_HINT_EN.finditer(folded, 0, end)]
    return out


def _is_form(table: Table) -> bool:
    """Label | value rows: a form about one subject, not a list (no row repeats a label,
    and no label is a value: a number, a date, a long sentence)."""
    rows = [[c.strip() for c in r if c and c.strip()] for r in (table.header, *table.rows)]
    rows = [r for r in rows if r]
    if len(rows) < 3 or any(len(r) > 2 for r in rows):
        return False
    labels = [r[0] for r in rows if len(r) == 2]
    if not (len(labels) >= 3 and len(set(labels)) == len(labels)
            and all(len(x) <= 12 and not any(ch.isdigit() for ch in x) for x in labels)):
        return False
    # about a person: one of its labels names one (氏名, 負傷児童, 申請者)
    return any(_person_label(x) for x in labels)


_NAME_TAIL = re.compile(r"[(（\d０-９,，、/／].*$")


def _form_as_row(table: Table) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """(labels, [values]) of a form; a person's value keeps its name only
    (「真壁 陽葵（まかべ ひまり） 4歳」 → 「真壁 陽葵」)."""
    labels: list[str] = []
    values: list[str] = []
    for row in (table.header, *table.rows):
        cells = [c.strip() for c in row if c and c.strip()]
        if len(cells) != 2:
            continue
        label, value = cells
        if _person_label(label):
            value = _NAME_TAIL.sub("", value).strip()
        labels.append(label)
        values.append(value)
    return tuple(labels), [tuple(values)]


def _person_label(label: str) -> bool:
    return label in person_name.LABELS or columns.classify_header(label) == "PERSON_NAME"
