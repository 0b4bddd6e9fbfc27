"""Body text: HTML turned into text, and new text split from quoted text.

A reply or forward carries the earlier message along.  Rules may treat the sender's new
words differently from what they quote (a 社外秘 marking inside a quoted thread is not
the same as one the sender typed), so each body part becomes up to two ``TextPart``s,
both with ``where="body"``: the new text (``quoted=False``) and the quoted text
(``quoted=True``).  Quoted text is

* lines starting with ``>`` or ``＞`` (the markers are removed), and
* everything from the first separator of an earlier message on: 「-----Original
  Message-----」, 「-------- Forwarded Message --------」, 「-----転送メッセージ-----」,
  「----- 元のメッセージ -----」, an attribution line ("On … wrote:", 「…さんは書きました:」,
  Gmail's 「2024年1月10日(水) 9:00 山田 <a@b>:」), or an Outlook header block
  (From:/差出人: followed by Sent:/送信日時:).

For multipart/alternative the text/plain alternative is read (it is what the HTML says,
without markup), unless it is blank; HTML-only mail is converted to text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from mailguard.extract.base import TextPart
from mailguard.mime.parse import BodyPart, ParsedMessage

# --- HTML → text ---------------------------------------------------------------------------

_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "tbody", "tfoot",
    "thead", "ul",
})
_CELL = frozenset({"td", "th"})
_SKIP = frozenset({"script", "style", "title", "template", "head"})
_SPACE = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")  # &nbsp; too: detectors want plain spaces
MAX_SPAN = 64     # colspan/rowspan honoured up to this (a hostile 10**9 costs nothing)
MAX_TABLES = 256  # nesting depth of open tables kept apart; deeper ones join their parent

Line = tuple[int, list[str]]  # (blockquote depth, text chunks)


class _Cell:
    """The lines of one td/th; ``nested`` when it holds a table of its own (a layout
    cell, whose lines stay lines)."""

    __slots__ = ("lines", "nested")

    def __init__(self, quote: int) -> None:
        self.lines: list[Line] = [(quote, [])]
        self.nested = False

    def text(self) -> str:
        """The cell as one table cell: its lines joined by spaces, tabs made spaces."""
        if len(self.lines) == 1:  # the common cell, without the generator
            return " ".join("".join(self.lines[0][1]).split())
        return " ".join(" ".join("".join(chunks).split()) for _, chunks in self.lines).strip()


class _Table:
    """An open table: the cells of its open row, the open cell, and the columns that a
    rowspan from a row above still covers."""

    __slots__ = ("cell", "covered", "row")

    def __init__(self) -> None:
        self.row: list[_Cell | str] | None = None
        self.cell: _Cell | None = None
        self.covered: dict[int, int] = {}  # column → rows it is still covered for


class _TextExtractor(HTMLParser):
    """Collects the visible text of an HTML document as lines.

    Block elements end a line; script/style/title are skipped; entities are unescaped
    (``convert_charrefs``); text inside ``<blockquote>`` gets ``>`` markers so the quote
    splitter sees it as quoted.

    A table row (``<tr>``) becomes one line of its cells joined by tabs, the layout a
    mail client gives the text/plain version of the same table, so the detectors see
    rows and columns whichever version they read: the paragraphs and ``<br>`` inside a
    cell (Outlook wraps every cell in ``<p class=MsoNormal>``) are joined by spaces, a
    ``colspan`` adds empty cells after it and a ``rowspan`` leaves an empty cell in the
    rows below, so every row's cells stay under their header.  A row of one cell, or
    one whose cell holds a nested table (an e-mail template's layout table), is not a
    data row: its cells' lines stay lines.  Omitted end tags (``<td>a<td>b``) close as
    a browser would.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = [(0, [])]
        self.tables: list[_Table] = []
        self.skip = 0
        self.pre = 0
        self.quote = 0

    # --- where text goes ----------------------------------------------------------------------

    def _sink(self) -> list[Line]:
        """The lines text goes to: the innermost open cell's, else the document's."""
        if self.tables and self.tables[-1].cell is not None:  # the common case, at once
            return self.tables[-1].cell.lines
        for table in reversed(self.tables):
            if table.cell is not None:
                return table.cell.lines
        return self.lines

    def _newline(self) -> None:
        sink = self._sink()
        if sink[-1][1]:
            sink.append((self.quote, []))
        elif self.quote != sink[-1][0]:  # an empty line takes the new quote depth
            sink[-1] = (self.quote, [])

    def _emit(self, lines: list[str]) -> None:
        """Whole lines into the enclosing sink, each on its own line."""
        sink = self._sink()
        for line in lines:
            if "".join(sink[-1][1]).strip(" "):
                sink.append((self.quote, []))
            else:  # a line of nothing but spaces: the row takes its place
                sink[-1] = (self.quote, [])
            sink[-1][1].append(line)
            sink.append((self.quote, []))

    # --- tables -------------------------------------------------------------------------------

    def _table(self) -> _Table:
        """The innermost open table; a stray cell or row (markup cut into pieces, or
        broken) opens one."""
        if not self.tables:
            self.tables.append(_Table())
        return self.tables[-1]

    def _open_table(self) -> None:
        if len(self.tables) >= MAX_TABLES:
            return
        if self.tables and self.tables[-1].cell is not None:
            self.tables[-1].cell.nested = True
        self._newline()
        self.tables.append(_Table())

    def _close_table(self) -> None:
        if not self.tables:
            return
        self._close_row(self.tables[-1])
        self.tables.pop()
        self._newline()

    def _open_cell(self, attrs: list[tuple[str, str | None]]) -> None:
        table = self._table()
        self._close_cell(table)
        if table.row is None:
            table.row = []
        row = table.row
        if table.covered:
            while table.covered.get(len(row), 0) > 0:  # under a rowspan from above
                row.append("")
        table.cell = _Cell(self.quote)
        row.append(table.cell)
        if not attrs:
            return
        colspan = rowspan = 1
        for name, value in attrs:
            if name == "colspan":
                colspan = _span(value)
            elif name == "rowspan":
                rowspan = _span(value)
        row.extend([""] * (colspan - 1))
        if rowspan > 1:
            for column in range(len(row) - colspan, len(row)):
                table.covered[column] = rowspan  # this row counts down at its end

    def _close_cell(self, table: _Table) -> None:
        table.cell = None

    def _close_row(self, table: _Table) -> None:
        self._close_cell(table)
        row, table.row = table.row, None
        if row is None:
            return
        if table.covered:
            table.covered = {c: n - 1 for c, n in table.covered.items() if n > 1}
        texts: list[str] = []
        cells, layout = 0, False
        for cell in row:
            if isinstance(cell, str):  # a column spanned or covered
                texts.append(cell)
                continue
            if cell.nested:
                layout = True
                break
            cells += 1
            texts.append(cell.text())
        if layout or cells == 1:  # not a data row: its cells' lines stay lines
            lines = ["".join(chunks) for cell in row if isinstance(cell, _Cell)
                     for _, chunks in cell.lines]
            self._emit([x for x in lines if x.strip(" ")])
            return
        while texts and not texts[-1]:
            texts.pop()
        if texts:
            self._emit(["\t".join(texts)])

    # --- parser events ------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "blockquote":
            self.quote += 1
            self._newline()
        elif tag in _CELL:
            self._open_cell(attrs)
        elif tag == "tr":
            table = self._table()
            self._close_row(table)
            table.row = []
        elif tag == "table":
            self._open_table()
        elif tag in _BLOCK:
            self._newline()
            if tag == "pre":
                self.pre += 1
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.handle_data(f" {alt} ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP or tag == "blockquote" or tag == "table" or tag in _CELL:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "blockquote":
            self.quote = max(0, self.quote - 1)
            self._newline()
        elif tag in _CELL:
            if self.tables:
                self._close_cell(self.tables[-1])
        elif tag == "tr":
            if self.tables:
                self._close_row(self.tables[-1])
        elif tag == "table":
            self._close_table()
        elif tag in _BLOCK and tag != "br":
            self._newline()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        sink = self._sink()
        if not self.pre and not sink[-1][1] and not data.strip(" \t\r\n\f"):
            return  # the markup's own line breaks and indentation: no text of a line
        if self.tables and self.tables[-1].cell is None and data.isspace():
            return  # the indentation between rows and cells
        if self.pre:
            first, *rest = data.split("\n")
            sink[-1][1].append(first)
            for line in rest:
                sink.append((self.quote, [line]))
            return
        sink[-1][1].append(_SPACE.sub(" ", data))

    def text(self) -> str:
        while self.tables:  # tables left open at the end of the markup
            self._close_table()
        out: list[str] = []
        for depth, chunks in self.lines:
            line = "".join(chunks).strip(" ")
            if depth and line:
                line = "> " * depth + line
            if line or (out and out[-1]):  # keep one blank line, not runs of them
                out.append(line)
        return "\n".join(out).strip("\n")


def _span(value: str | None) -> int:
    """A colspan/rowspan attribute as a count (1 when absent or nonsense)."""
    digits = "".join(c for c in (value or "")[:8] if c.isascii() and c.isdigit())
    return min(max(int(digits), 1), MAX_SPAN) if digits else 1


def html_to_text(markup: str) -> str:
    """Readable text of an HTML body (see ``_TextExtractor``)."""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        pass
    return parser.text()


# --- new text vs quoted text ---------------------------------------------------------------

_QUOTE_MARK = re.compile(r"^[ \t\u3000]*(?:[>＞][ \t\u3000]?)+")
# A line that starts the earlier message: everything from it on is quoted.
_SEPARATOR = re.compile(
    r"^[ \t\u3000]*(?:"
    r"-{2,}[ \t\u3000]*(?:Original Message|Forwarded [Mm]essage|"
    r"転送メッセージ|元のメッセージ|オリジナルメッセージ|転送されたメッセージ)[ \t\u3000]*-{2,}"
    r"|_{10,}"  # Outlook's rule above the quoted header block (checked below)
    r"|Begin forwarded message:"
    r"|転送されたメッセージ[:：]"
    r")",
    re.I,
)
_WROTE_END = re.compile(r"(?:wrote|writes|書きました)[:：][ \t\u3000]*$", re.I)
_MAIL_OF_END = re.compile(r"(?:のメール|からのメール|のメッセージ)[:：][ \t\u3000]*$")
_ON_START = re.compile(r"^[ \t\u3000]*On\b", re.I)
_DATED_ATTRIBUTION = re.compile(
    r"^[ \t\u3000]*(?:\d{4}[年/.-]\s*\d{1,2}[月/.-]\s*\d{1,2}日?|\d{1,2}/\d{1,2}/\d{2,4})"
    r".*<[^<>\s]+@[^<>\s]+>.*[:：][ \t\u3000]*$")
_HEADER_FROM = re.compile(r"^[ \t\u3000]*(?:\*\s*)?(?:From|差出人|送信者|送信元)[ \t\u3000]*[:：]",
                          re.I)
_HEADER_DATE = re.compile(
    r"^[ \t\u3000]*(?:\*\s*)?(?:Sent|Date|送信日時|送信日|日付|日時)[ \t\u3000]*[:：]", re.I)


def _starts_earlier_message(lines: list[str], i: int) -> bool:
    line = lines[i]
    stripped = line.strip()
    if not stripped:
        return False
    if _SEPARATOR.match(line):
        if stripped.startswith("_"):  # an underscore rule counts only above From:
            return any(_HEADER_FROM.match(x) for x in lines[i + 1:i + 3])
        return True
    if _HEADER_FROM.match(line):
        return any(_HEADER_DATE.match(x) for x in lines[i + 1:i + 5])
    if len(stripped) > 300:
        return False
    if _WROTE_END.search(line):
        return True
    # Apple Mail: 「2024/01/10 9:00、山田太郎 <taro@example.com>のメール:」
    if _MAIL_OF_END.search(line) and "@" in line:
        return True
    # "On Mon, 1 Jan 2024 at 10:00, Taro Yamada <taro@example.com>" + "wrote:" below
    if _ON_START.match(line) and i + 1 < len(lines) and _WROTE_END.search(lines[i + 1]) \
            and len(lines[i + 1].strip()) < 200:
        return True
    return bool(_DATED_ATTRIBUTION.match(line))


def _might_start(line: str) -> bool:
    """False for a line ``_starts_earlier_message`` surely rejects, cheaply: each of its
    tests needs a colon, "--" or "__" in the line, except "On ..." above "... wrote:"."""
    return (":" in line or "：" in line or "--" in line or "__" in line
            or _ON_START.match(line) is not None)


def _earlier_message_at(lines: list[str]) -> int:
    """Index of the first line that starts the earlier message (``len(lines)``: none).
    Every line of every body passes here: ``_might_start`` lets most go at once."""
    for i, line in enumerate(lines):
        if _might_start(line) and _starts_earlier_message(lines, i):
            return i
    return len(lines)


def split_quoted(text: str) -> tuple[str, str]:
    """Split body text into (new text, quoted text); quote markers are removed."""
    lines = text.split("\n")
    cut = _earlier_message_at(lines)
    new: list[str] = []
    quoted: list[str] = []
    if ">" in text or "＞" in text:  # else no line can carry a quote mark
        for line in lines[:cut]:
            m = _QUOTE_MARK.match(line)
            if m:
                quoted.append(line[m.end():])
            else:
                new.append(line)
    else:
        new = lines[:cut]
    quoted.extend(_QUOTE_MARK.sub("", x) for x in lines[cut:])
    return "\n".join(new).strip("\n"), "\n".join(quoted).strip("\n")


# --- the body parts ------------------------------------------------------------------------

def _chosen(body: list[BodyPart]) -> list[BodyPart]:
    """Every body part, except that of alternatives only the plain one is kept."""
    chosen: list[BodyPart] = []
    groups: dict[int, list[BodyPart]] = {}
    for b in body:
        if b.alternative:
            if b.alternative not in groups:
                groups[b.alternative] = []
                chosen.append(b)  # placeholder keeps the group's position
            groups[b.alternative].append(b)
        else:
            chosen.append(b)
    result: list[BodyPart] = []
    for b in chosen:
        if not b.alternative:
            result.append(b)
            continue
        alts = groups[b.alternative]
        plain = [a for a in alts if a.subtype == "plain" and a.text.strip()]
        pick = plain[0] if plain else next((a for a in alts if a.subtype == "html"), alts[0])
        result.append(pick)
    return result


# A forward hands the earlier message to someone who has not seen it: what it carries is
# new to the recipient, so a forwarded customer list counts like one typed afresh.  Only
# a reply's quotation (the recipient's own words coming back) is set apart.
_FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:re|aw)\s*[:：]\s*)*(?:fwd?|fw|転送|tr|wg)\s*[:：]",
                              re.I)
_FORWARD_SEPARATOR = re.compile(
    r"^[ \t\u3000]*(?:-{2,}[ \t\u3000]*(?:Forwarded [Mm]essage|転送メッセージ|"
    r"転送されたメッセージ)|Begin forwarded message:|転送されたメッセージ[:：])", re.I | re.M)


def is_forward(subject: str, text: str) -> bool:
    return bool(_FORWARD_SUBJECT.match(subject) or _FORWARD_SEPARATOR.search(text))


def body_parts(pm: ParsedMessage) -> list[TextPart]:
    """The body as TextParts: new text and quoted text of each chosen body part (all of
    a forward's text is new)."""
    parts: list[TextPart] = []
    for b in _chosen(pm.body):
        text = html_to_text(b.text) if b.subtype == "html" else b.text
        if is_forward(pm.subject, text):
            if text.strip():
                parts.append(TextPart("body", text.strip("\n")))
            continue
        new, quoted = split_quoted(text)
        if new.strip():
            parts.append(TextPart("body", new))
        if quoted.strip():
            parts.append(TextPart("body", quoted, quoted=True))
    return parts
