"""Bytes → str for text attachments, and rows → ``Table``.

Decoding order: a BOM decides; an ISO-2022-JP escape sequence or valid UTF-8 decides
(both are certain, not guesses); otherwise charset-normalizer chooses among the Japanese
encodings only (CP932, EUC-JP, ISO-2022-JP, UTF-8), which is both faster and far more
accurate than letting it consider every code page in the world.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence

from charset_normalizer import from_bytes

from mailguard.extract.base import Table
from mailguard.extract.limits import Budget

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),  # these codecs read the BOM and drop it
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
JAPANESE_CODECS = ["utf_8", "cp932", "euc_jp", "iso2022_jp"]
# What each detected family is decoded with, strictest first: vendor extensions
# (①, ㈱, 髙) live in CP932, EUC-JIS-2004 and the ISO-2022-JP variants.
_DECODERS = {
    "cp932": ("cp932",),
    "shift_jis": ("cp932",),
    "euc_jp": ("euc_jp", "euc_jis_2004"),
    "iso2022_jp": ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2004", "iso2022_jp_3"),
}
_ESC_JIS = re.compile(rb"\x1b(\$[@B(]|\(J|\(I|\$\(D)")


def detect_encoding(data: bytes) -> str:
    """The encoding of ``data``: BOM, then certain signs, then charset-normalizer."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if _ESC_JIS.search(data[:65536]):
        return "iso2022_jp"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=JAPANESE_CODECS).best()
    if best is None:
        return "cp932"  # the commonest Japanese file encoding; decoded with replacement
    return best.encoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text of unknown encoding; returns (text, encoding used).  Never raises."""
    enc = detect_encoding(data)
    candidates = _DECODERS.get(enc, (enc,))
    for name in candidates:
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode(candidates[0], errors="replace"), candidates[0]


# --- cells and tables -----------------------------------------------------------------------

def cell_text(value: object) -> str:
    """A cell as the reader sees it: 9012345678.0 → "9012345678", dates without 00:00."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


HEADER_WORDS = (
    "氏名", "名前", "お名前", "姓", "名", "フリガナ", "ふりがな", "カナ", "住所", "所在地", "郵便",
    "〒", "電話", "tel", "携帯", "fax", "メール", "mail", "e-mail", "生年月日", "誕生日", "年齢",
    "性別", "番号", "no", "id", "コード", "会社", "社名", "部署", "所属", "役職", "備考", "日付",
    "口座", "銀行", "支店", "マイナンバー", "個人番号", "name", "address", "phone", "email",
    "birth", "date", "gender", "company", "department", "note",
)
_DIGITS = re.compile(r"[0-9０-９]{3,}")


_NUMBER = re.compile(r"[-+]?[0-9０-９][0-9０-９.,，:/%％]*")


def _label_like(cell: str) -> bool:
    """A cell that could name a column: no data in it (a long number, an address, a bare
    number: 22 points is a score, not a column)."""
    return (bool(cell) and len(cell) <= 30 and not _DIGITS.search(cell) and "@" not in cell
            and not _NUMBER.fullmatch(cell))


def _has_word(row: Sequence[str]) -> bool:
    for cell in row:
        c = cell.strip().lower()
        if any(w == c or (len(w) > 1 and w in c) for w in HEADER_WORDS):
            return True
    return False


def find_header(rows: Sequence[Sequence[str]], look: int = 5) -> int | None:
    """Index of the row that holds column names (氏名, 電話番号, …), if one does.

    A header is among the first ``look`` non-empty rows, has at least two label-like
    cells and no cell that looks like data (digits, addresses), and either names a
    known column or is the first row with data rows under it.
    """
    seen = 0
    first_wide = True  # the first row of two cells or more (title rows of one cell above)
    for i, row in enumerate(rows):
        cells = [c.strip() for c in row if c and c.strip()]
        if not cells:
            continue
        seen += 1
        if seen > look:
            return None
        if len(cells) >= 2 and all(_label_like(c) for c in cells):
            if _has_word(cells):
                return i
            nxt = next((r for r in rows[i + 1:i + 4] if any(c.strip() for c in r)), None)
            if first_wide and nxt is not None and not all(_label_like(c) for c in nxt if c):
                return i
        if len(cells) >= 2:
            first_wide = False
    return None


def make_table(rows: list[tuple[str, ...]], name: str = "") -> Table:
    idx = find_header(rows)
    if idx is None:
        return Table(header=(), rows=tuple(rows), name=name)
    return Table(header=rows[idx], rows=tuple(rows[:idx] + rows[idx + 1:]), name=name,
                 header_row=idx)


def table_text(table: Table) -> str:
    """Table as text: cells joined by tabs, rows by newlines (header first)."""
    lines = []
    if table.name:
        lines.append(f"[{table.name}]")
    for row in ((table.header,) if table.header else ()) + table.rows:
        lines.append("\t".join(c.replace("\n", " ").replace("\t", " ") for c in row))
    return "\n".join(lines)


def trim_row(values: Iterable[object]) -> tuple[str, ...]:
    cells = [cell_text(v) for v in values]
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


# --- CSV / TSV ---------------------------------------------------------------------------------

def sniff_delimiter(text: str, hint: str = "") -> str:
    if hint in (",", "\t"):
        return hint
    head = text[:16384].splitlines()[:20]
    tabs = sum(line.count("\t") for line in head)
    commas = sum(line.count(",") for line in head)
    semis = sum(line.count(";") for line in head)
    if tabs >= max(commas, semis) and tabs:
        return "\t"
    if semis > commas:
        return ";"
    return ","


_BARE_CR = re.compile(r"(?<=\r)(?!\n)")


def _lines(text: str) -> Iterator[str]:
    """Lines with their endings, one at a time (a StringIO would copy the whole text).

    A bare CR inside a line also ends one (the csv reader refuses it in an unquoted
    field, and a spreadsheet would start a new row there)."""
    if "\n" not in text[:65536] and "\r" in text[:65536]:
        text = text.replace("\r", "\n")  # classic Mac line ends
    start, n = 0, len(text)
    while start < n:
        end = text.find("\n", start)
        line = text[start:] if end < 0 else text[start:end + 1]
        if "\r" in line[:-1]:
            yield from (piece for piece in _BARE_CR.split(line) if piece)
        else:
            yield line
        if end < 0:
            return
        start = end + 1


def csv_rows(text: str, delimiter: str, budget: Budget) -> Iterator[tuple[str, ...]]:
    """Rows of a CSV/TSV, counting cells against the budget as they are read."""
    # csv refuses fields over 128 KiB by default; the text budget bounds them anyway.
    csv.field_size_limit(max(budget.limits.max_text_chars, 131072))
    reader = csv.reader(_lines(text), delimiter=delimiter)
    for n, row in enumerate(reader):
        if n % 256 == 0:
            budget.check()
        budget.take_cells(max(len(row), 1))
        cells = tuple(row)
        while cells and not cells[-1]:
            cells = cells[:-1]
        if cells:
            yield cells
