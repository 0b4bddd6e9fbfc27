"""Tables laid out in running text: the lists people paste or type into a mail.

The commonest 名簿 in mail is not a CSV but text: a header row of column names and rows
under it, the columns separated by tabs (pasted from Excel), commas, bars (``|``, ``｜``)
or padded with runs of ASCII or full-width spaces, often with a ``----`` / ``＝＝＝`` rule
under the header.  HTML tables and PDF tables come out of the extract stage in the same
shapes (tab-separated rows, space-aligned columns).

A block is a table when its first line names columns (``columns.looks_like_header``:
two personal columns, e.g. 氏名 and 電話番号) and at least one row follows.  A row is cut
into cells by its separators; where that gives another number of cells than the header
has (a name written 「山田　太郎」, an empty cell), each piece goes to the column whose
start it lies under, measured in characters or in display width (full-width characters
count two), whichever lines the header up best.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from mailguard.detect.entities import columns

# column separators: a tab, a bar, two or more spaces, or any run with a full-width space
_SEP = re.compile(r"[ \u3000]*[\t|｜│┃][ \u3000]*|[ ]*\u3000[ \u3000]*|[ ]{2,}")
_COMMA = re.compile(r"[ \u3000]*[,，][ \u3000]*")
# a rule under the header: dashes, equals signs, box-drawing lines
_RULE_CHARS = "-=_─━―－＝ー~〜+|｜┼＋:："
_RULE = re.compile(rf"^(?=(?:[ \u3000\t]*[{_RULE_CHARS}]){{3}})[{_RULE_CHARS} \u3000\t]+$")
_MAX_COLUMNS = 30


@dataclass(frozen=True, slots=True)
class TextTable:
    start: int  # offset of the header line
    end: int  # offset after the last row
    header: list[str]
    rows: list[list[str]]
    row_starts: list[int]  # offset of each row's line


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _pieces(line: str, sep: re.Pattern[str]) -> list[tuple[int, str]]:
    """(offset in the line, text) of each non-empty piece between separators."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in sep.finditer(line):
        if m.start() > pos:
            out.append((pos, line[pos:m.start()]))
        pos = m.end()
    if pos < len(line):
        out.append((pos, line[pos:]))
    return [(o, t.strip()) for o, t in out if t.strip()]


def _display(line: str) -> list[int]:
    """Display column of every character offset of ``line`` (and of its end)."""
    cols = [0]
    for ch in line:
        cols.append(cols[-1] + _width(ch))
    return cols


def _assign(header_starts: list[int], pieces: list[tuple[int, str]], n: int) -> list[str]:
    cells = [""] * n
    for start, text in pieces:
        j = 0
        for k, hs in enumerate(header_starts):
            if hs <= start + 1:
                j = k
        cells[j] = f"{cells[j]} {text}".strip() if cells[j] else text
    return cells


_DIGIT_COLUMNS = frozenset({"DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS", "JP_BANK_ACCOUNT",
                            "JP_MY_NUMBER", "CREDIT_CARD"})


def _fit(names: list[str], cells: list[str]) -> int:
    """How many cells look like their column's kind: a name without digits, a date, a
    phone or an address with them."""
    score = 0
    for name, cell in zip(names, cells, strict=False):
        kind = columns.classify_header(name)
        digits = any(ch.isdigit() for ch in cell)
        if kind == "PERSON_NAME":
            score += not digits
        elif kind in _DIGIT_COLUMNS:
            score += digits
    return score


def _misfit(header_starts: list[int], starts: list[int]) -> int:
    return sum(min(abs(s - h) for h in header_starts) for s in starts)


def _cut(header: list[tuple[int, str]], header_line: str, line: str,
         sep: re.Pattern[str]) -> list[str] | None:
    pieces = _pieces(line, sep)
    if pieces and header and _NUMBER_HEAD.match(header[0][1] + " "):
        pieces = _split_row_number(pieces)
    if not pieces:
        return None
    n = len(header)
    if len(pieces) == n or sep is _COMMA:
        return [t for _, t in pieces]
    if len(pieces) > n and "\t" in line:
        # tab-separated (a sheet, an HTML or PDF table) with more cells than column names:
        # a leading row label (原告, 1.) stands before cells that line up with the header
        # from the right; a header cell that merged two (a PDF's 「雇用形態月収」) leaves the
        # cells lining up from the left — whichever puts more cells under their kind
        texts = [t for _, t in pieces]
        names = [t for _, t in header]
        right, left = texts[len(texts) - n:], texts[:n]
        return left if _fit(names, left) > _fit(names, right) else right
    # position: in characters or in display columns, whichever fits the header better
    hs_chars = [o for o, _ in header]
    hd, ld = _display(header_line), _display(line)
    hs_disp = [hd[o] for o, _ in header]
    by_chars = _misfit(hs_chars, [o for o, _ in pieces])
    by_disp = _misfit(hs_disp, [ld[o] for o, _ in pieces])
    if by_disp <= by_chars:
        cells = _assign(hs_disp, [(ld[o], t) for o, t in pieces], n)
    else:
        cells = _assign(hs_chars, pieces, n)
    if len(pieces) > n and "" in cells:
        # more pieces than columns, yet a column left empty: the rows were typed out of
        # line with the header (「 １　ツゲ　ツムギ    　Ｈ２６．１０．１」 under
        # 「No.　氏名（カナ）　　　　　　生年月日」 puts the date under the name); in order,
        # each column is given one run of the pieces, as their kinds fit the columns best
        grouped = _grouped(header, [(ld[o], t) for o, t in pieces], hs_disp)
        names = [t for _, t in header]
        if grouped is not None and _fit(names, grouped) > _fit(names, cells):
            return grouped
    return cells


# (a row of a name in two pieces and a date under three columns has six cuts; a row of
# many more pieces than columns is no table typed out of line, and trying its cuts would
# cost the square of a long list)
_MAX_GROUPINGS = 64


def _grouped(header: list[tuple[int, str]], pieces: list[tuple[int, str]],
             header_starts: list[int]) -> list[str] | None:
    """The pieces cut into len(header) runs, in order, none empty: the cut whose cells fit
    their columns' kinds best (as ``_fit`` counts), the one whose runs start nearest their
    columns' names among equals.  None when there are too many cuts to try."""
    n, p = len(header), len(pieces)
    if math.comb(p - 1, n - 1) > _MAX_GROUPINGS:
        return None
    kinds = [columns.classify_header(t) for _, t in header]
    # digits[i]: how many of the first i pieces hold a digit (a run's count by subtraction)
    digits = [0]
    for _, t in pieces:
        digits.append(digits[-1] + any(ch.isdigit() for ch in t))
    best: tuple[int, int] | None = None
    best_bounds: tuple[int, ...] = ()
    for cuts in itertools.combinations(range(1, p), n - 1):
        bounds = (0, *cuts, p)
        fit = misfit = 0
        for k in range(n):
            with_digits = digits[bounds[k + 1]] - digits[bounds[k]] > 0
            if kinds[k] == "PERSON_NAME":
                fit += not with_digits
            elif kinds[k] in _DIGIT_COLUMNS:
                fit += with_digits
            misfit += abs(pieces[bounds[k]][0] - header_starts[k])
        if best is None or (fit, -misfit) > best:
            best, best_bounds = (fit, -misfit), bounds
    return [" ".join(t for _, t in pieces[best_bounds[k]:best_bounds[k + 1]])
            for k in range(n)]


def text_tables(text: str, header_at: Iterable[int] | None = None) -> list[TextTable]:
    """Every table in ``text`` whose first line names personal columns.

    ``header_at``: offsets of the words that may name a column (the keyword pass found
    them already); only their lines are tried as a header.  None: every line."""
    if header_at is None:
        heads = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    else:
        heads = sorted({text.rfind("\n", 0, o) + 1 for o in header_at if 0 <= o < len(text)})
    out: list[TextTable] = []
    after = 0  # where the last table found ends
    for head in heads:
        if head < after:
            continue
        table = _table_at(_lines_from(text, head))
        if table is not None:
            out.append(table)
            after = table.end
    return out


def _lines_from(text: str, pos: int) -> Iterator[tuple[int, str]]:
    """(offset, line) from ``pos`` on, read only as far as the caller asks: a header
    line whose next line is no row costs that one line, whatever follows."""
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        yield pos, text[pos:end].rstrip("\r")
        if nl < 0:
            return
        pos = nl + 1


def _separator_of(line: str) -> re.Pattern[str] | None:
    if "\t" in line or "|" in line or "｜" in line or "│" in line:
        return _SEP
    if line.count(",") + line.count("，") >= 2 and not _SEP.search(line.strip()):
        return _COMMA
    if _SEP.search(line.strip()):
        return _SEP
    return None


# a word that a header of personal columns has (most lines have none: they are no header)
_HEADER_HINT = re.compile(r"氏名|名前|フリガナ|ふりがな|カナ|かな|電話|TEL|携帯|住所|自宅|所在地|"
                          r"メール|生年月日|誕生日|マイナンバー|個人番号|カード|口座|名義|番号|連絡先|"
                          r"郵便|〒|既往|病歴|配慮|健康|障害|保険|年金|免許|旅券|パスポート|在留|"
                          r"血圧|血糖|服薬|所見|診断|病名|症状|アレルギー|持病|通院|宗教|"
                          r"HbA1c|ＨｂＡ１ｃ|年齢|性別|ｼﾒｲ|シメイ|ｶﾅ|"
                          r"届け先|宛名|受取人|name|mail|phone|address|birth|dob|owner|customer|"
                          r"member|employee|account|card|passport|claimant|plaintiff|"
                          r"defendant|insured|driver|patient|guest|passenger|winner|diagnos|"
                          r"disease", re.I)


_NUMBER_HEAD = re.compile(r"(?:No\.?|#|№|番号)[ \u3000]+", re.I)


_ROW_NUMBER = re.compile(r"\d{1,4}[.)）]?[ \u3000]+")


def _split_row_number(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """「1. OGAWA Masato」 under a 「No.」 column: the number is a cell of its own."""
    off, text = pieces[0]
    m = _ROW_NUMBER.match(text)
    if m and m.end() < len(text):
        return [(off, m.group().strip()), (off + m.end(), text[m.end():]), *pieces[1:]]
    return pieces


def _split_number_column(header: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """「No 氏名」: a numbering column set off by one space from the next column name."""
    out = []
    for off, text in header:
        m = _NUMBER_HEAD.match(text)
        if m and m.end() < len(text):
            out += [(off, m.group().strip()), (off + m.end(), text[m.end():])]
        else:
            out.append((off, text))
    return out


# a cell that holds a label and its value (性別：男), not a column name
_LABEL_VALUE = re.compile(r"[^:：]{1,12}[:：][ \t\u3000]*\S")


# a run of digits no column name has (a phone, a member number: the line is a row)
_VALUE_DIGITS = re.compile(r"[0-9０-９]{5,}"
                           r"|[0-9０-９]{2,4}[-－ー][0-9０-９]{2,4}[-－ー][0-9０-９]{3,4}")


def _split_words(header: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Column names set one space apart (「社員番号 氏名         時刻」): a piece whose words
    each name a column is that many columns."""
    out: list[tuple[int, str]] = []
    for o, t in header:
        words = t.split(" ")
        if len(words) > 1 and all(columns.classify_header(w) for w in words):
            at = 0
            for w in words:
                out.append((o + t.index(w, at), w))
                at = t.index(w, at) + len(w)
        else:
            out.append((o, t))
    return out


def _header_of(line: str) -> tuple[re.Pattern[str], list[tuple[int, str]]] | None:
    """The separator and the column names of a header line, or None."""
    if not _HEADER_HINT.search(line):
        return None
    sep = _separator_of(line)
    if sep is None:
        return None
    header = _join_spaced_letters(line, _split_number_column(_pieces(line, sep)))
    if not any(c in line for c in "\t|｜│"):
        # (cells cut by tabs or bars are whole: 「保険証 記号-番号」 is one column's name)
        header = _split_words(header)
    if not 2 <= len(header) <= _MAX_COLUMNS:
        return None
    if any(t[0] in ":：" for _, t in header[1:]):
        return None  # 「個人番号　　：4960…」: a form's label and its value, not column names
    if header[0][1].rstrip().endswith((":", "：")):
        return None  # 「■生年月日：　昭和26年…」: a label and, after the gap, its value
    if sum(1 for _, t in header if _LABEL_VALUE.match(t)) * 2 >= len(header) \
            or _LABEL_VALUE.match(header[0][1]):
        # 「患者氏名：大河内 巌 様　　性別：男」: a form's fields side by side; 「氏名：岩佐　徹
        # （いわさ　とおる）」: a label and its value, cut at the spaces inside the value
        return None
    if any(_VALUE_DIGITS.search(t) for _, t in header):
        return None  # 「・佐々木 智子様（会員番号１０４４６３６０）　℡０９０－…」: a row's values
    if not columns.looks_like_header([t for _, t in header]):
        return None
    return sep, header


def _join_spaced_letters(line: str, header: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Column names spelt out with a full-width space between their two letters (「氏　名」
    「住　所」, as a typed list aligns them) are one column each, not two."""
    out: list[tuple[int, str]] = []
    for off, text in header:
        if out and len(text) == 1 and len(out[-1][1]) == 1 \
                and line[out[-1][0] + 1:off] == "\u3000":
            out[-1] = (out[-1][0], line[out[-1][0]:off + 1])
        else:
            out.append((off, text))
    return out


def _table_at(lines: Iterator[tuple[int, str]]) -> TextTable | None:
    """The table whose header is the first of ``lines``, read row by row until a line
    that is no row (one blank line right under the header or its rule is allowed)."""
    start, line = next(lines, (0, ""))
    found = _header_of(line)
    if found is None:
        return None
    sep, header = found
    names = [t for _, t in header]
    rows: list[list[str]] = []
    starts: list[int] = []
    end = start + len(line)
    blank = False
    for off, row_line in lines:
        if not row_line.strip():
            if rows or blank:
                break
            blank = True
            continue
        if _RULE.match(row_line):
            continue
        cells = _cut(header, line, row_line, sep)
        if cells is None or sum(1 for c in cells if c) < 2:
            break
        rows.append(cells)
        starts.append(off)
        end = off + len(row_line)
    if not rows:
        return None
    return TextTable(start, end, names, rows, starts)
