"""Office Open XML text: a streaming walk over WordprocessingML and DrawingML parts.

DOCX and PPTX parts are read straight from the ZIP with defusedxml's ``iterparse`` (no
DTDs, no entities), streamed through the limit-checking reader, and every element is
dropped from the tree as soon as it has been read: memory stays flat however large the
part.  This sees more than python-docx/python-pptx do (text boxes, content controls,
tracked deletions — text the recipient can still find) and costs less.

Tables keep their rows: each top-level ``tbl`` becomes a ``Table`` (a nested table's
text stays in its outer cell).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from mailguard.extract.archive import open_member, read_member
from mailguard.extract.limits import Budget, Unreadable

# w:t and w:delText (tracked deletions are still in the file) for Word, a:t for DrawingML
WORD_TEXT = frozenset({"t", "delText"})
DRAWING_TEXT = frozenset({"t"})
COMMENT_TEXT = frozenset({"t", "text"})
# elements that end a line of text
BLOCKS = frozenset({"p", "br", "cr", "comment", "cm", "si"})
SMALL_PART = 8 * 1024 * 1024  # rels, presentation.xml: read whole


@dataclass
class PartText:
    text: str = ""
    tables: list[list[tuple[str, ...]]] = field(default_factory=list)
    # what stopped the part early (a limit); the text and tables read so far are kept
    problem: Unreadable | None = None


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def part_text(stream: object, budget: Budget, text_tags: frozenset[str] = WORD_TEXT) -> PartText:
    """Text outside tables, and the rows of each top-level table, of one XML part.

    Stops early, keeping what was read, once the text passes what is left of the
    message's text budget (the caller then reports the cut) or at any other limit.
    """
    room = budget.limits.max_text_chars - budget.chars
    chunks: list[str] = []   # joined text, so memory is the text's and not its fragments'
    kept = 0
    out: list[str] = []
    tables: list[list[tuple[str, ...]]] = []
    stack: list[object] = []
    tdepth = 0
    rows: list[tuple[str, ...]] = []
    row: list[str] | None = None
    cell: list[str] | None = None
    problem: Unreadable | None = None
    try:
        for n, (event, elem) in enumerate(iterparse(stream, events=("start", "end"),
                                                    forbid_dtd=True)):
            if n & 2047 == 0:
                budget.check()
                if out:
                    chunks.append("".join(out))
                    kept += len(chunks[-1])
                    out.clear()
                    if kept > room:
                        break
            tag = _local(elem.tag)
            if event == "start":
                if tag == "tbl":
                    tdepth += 1
                    if tdepth == 1:
                        rows = []
                elif tdepth == 1 and tag == "tr":
                    row = []
                elif tdepth == 1 and tag == "tc":
                    cell = []
                stack.append(elem)
                continue
            stack.pop()
            sink = cell if (tdepth and cell is not None) else out
            if tag in text_tags:
                if elem.text:
                    sink.append(elem.text)
            elif tag == "tab" and stack and _local(stack[-1].tag) == "r":
                sink.append("\t")
            elif tag in BLOCKS:
                sink.append("\n" if sink is out else " ")
            elif tag == "tc" and tdepth == 1 and cell is not None:
                if row is not None:
                    row.append(" ".join("".join(cell).split()))
                cell = None
            elif tag == "tr" and tdepth == 1 and row is not None:
                while row and not row[-1]:
                    row.pop()
                if row:
                    budget.take_cells(len(row))
                    rows.append(tuple(row))
                row = None
            elif tag == "tbl" and tdepth:
                if tdepth == 1 and rows:
                    tables.append(rows)
                    out.append("\n")
                tdepth -= 1
            # drop what has been read: the parent keeps at most one child at a time
            if stack:
                stack[-1].remove(elem)  # type: ignore[attr-defined]
    except (ParseError, DefusedXmlException) as e:
        problem = Unreadable("corrupt", f"malformed XML ({type(e).__name__})")
    except Unreadable as e:
        problem = e
    if tdepth and rows:  # a table cut short by a limit keeps its rows
        tables.append(rows)
    chunks.append("".join(out))
    return PartText(text="".join(chunks).strip(), tables=tables, problem=problem)


def read_part(zf: zipfile.ZipFile, name: str, budget: Budget,
              text_tags: frozenset[str] = WORD_TEXT) -> PartText:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return PartText()
    stream = open_member(zf, info, budget, streamed=True)
    try:
        return part_text(stream, budget, text_tags)
    finally:
        stream.close()


def _xml(zf: zipfile.ZipFile, name: str, budget: Budget):
    """A small part (rels, presentation.xml) parsed whole, or None when absent/broken."""
    from defusedxml.ElementTree import fromstring

    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    data = read_member(zf, info, budget, max_bytes=SMALL_PART)
    try:
        return fromstring(data, forbid_dtd=True)
    except (ParseError, DefusedXmlException):
        return None


def _rels(zf: zipfile.ZipFile, part: str, budget: Budget) -> dict[str, tuple[str, str]]:
    """Relationship id → (type, target path inside the package) for one part."""
    folder, base = posixpath.split(part)
    root = _xml(zf, posixpath.join(folder, "_rels", base + ".rels"), budget)
    rels: dict[str, tuple[str, str]] = {}
    if root is None:
        return rels
    for rel in root:
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        path = (target.lstrip("/") if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target)))
        rels[rel.get("Id", "")] = (rel.get("Type", ""), path)
    return rels


def _numbered(names: Iterable[str], prefix: str) -> list[str]:
    """Parts like word/header3.xml in numeric order."""
    found = [n for n in names if n.startswith(prefix) and n.endswith(".xml") and "/_rels/" not in n]

    def key(n: str) -> tuple[int, str]:
        digits = "".join(c for c in posixpath.basename(n) if c.isdigit())
        return (int(digits) if digits else 0, n)

    return sorted(found, key=key)


def docx_parts(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(part, role) of the parts of a Word document that hold text, body first; the
    role is ``TextPart.role``: header and footer parts are the page's header/footer."""
    names = set(zf.namelist())
    order = [("word/document.xml", "")]
    order += [(n, "header") for n in _numbered(names, "word/header")]
    order += [(n, "footer") for n in _numbered(names, "word/footer")]
    order += [(n, "") for n in ("word/footnotes.xml", "word/endnotes.xml", "word/comments.xml")
              if n in names]
    return order


def core_title(zf: zipfile.ZipFile, budget: Budget) -> str:
    """The document's title property (docProps/core.xml ``dc:title``), or ""."""
    root = _xml(zf, "docProps/core.xml", budget)
    if root is None:
        return ""
    for elem in root:
        if _local(elem.tag) == "title":
            return " ".join("".join(elem.itertext()).split())
    return ""


def pptx_slides(zf: zipfile.ZipFile, budget: Budget) -> list[tuple[str, str | None]]:
    """(slide part, its notes part) in presentation order."""
    names = set(zf.namelist())
    slides: list[str] = []
    pres = _xml(zf, "ppt/presentation.xml", budget)
    rels = _rels(zf, "ppt/presentation.xml", budget)
    if pres is not None:
        for elem in pres.iter():
            if _local(elem.tag) == "sldId":
                rid = next((v for k, v in elem.attrib.items() if _local(k) == "id"
                            and k.startswith("{")), "")
                target = rels.get(rid, ("", ""))[1]
                if target in names and target not in slides:
                    slides.append(target)
    for name in _numbered(names, "ppt/slides/slide"):  # slides the list does not name
        if name not in slides:
            slides.append(name)
    out: list[tuple[str, str | None]] = []
    for slide in slides:
        notes = next((path for typ, path in _rels(zf, slide, budget).values()
                      if typ.endswith("/notesSlide") and path in names), None)
        out.append((slide, notes))
    return out


def pptx_comment_parts(zf: zipfile.ZipFile) -> list[str]:
    return _numbered(zf.namelist(), "ppt/comments/")


def xlsx_extra_parts(zf: zipfile.ZipFile) -> list[str]:
    """Cell comments and text boxes of a workbook (openpyxl's read-only mode skips them)."""
    names = zf.namelist()
    return _numbered(names, "xl/comments") + _numbered(names, "xl/threadedComments/") + \
        _numbered(names, "xl/drawings/drawing")


# --- XLSX print header/footer ------------------------------------------------------------------

# oddHeader, evenFooter, firstHeader, … of a sheet's <headerFooter>
_HEADER_FOOTER = re.compile(
    rb"<(?:[\w.-]+:)?(odd|even|first)(Header|Footer)\b[^>]*>(.*?)</(?:[\w.-]+:)?\1\2\s*>", re.S)
_HF_START = re.compile(rb"<(?:[\w.-]+:)?headerFooter\b")
# the formatting codes of a header/footer string ([ECMA-376] §18.3.1.40): &L &C &R
# sections, &P &N &D &T &F &A &Z &G fields, &B &I &U &E &S &X &Y &O &H toggles, &"font,style",
# &K colour (RRGGBB or a theme colour such as 01+000), &12 font size; "&&" is a literal &
_HF_SECTION = re.compile(r"&[LCR]")
_HF_CODE = re.compile(r'&(?:"[^"]*"|K[0-9A-Fa-f]{6}|K\d\d[+-]\d{3}|\d+|[PNDTFAZGBIUESXYOH])')
HEADER_FOOTER_TAIL = 64 * 1024  # the element is small; how much of a sheet's end to keep


def header_footer_text(code: str) -> str:
    """The visible text of an Excel header/footer string: codes stripped, the left,
    centre and right sections joined by a tab."""
    code = code.replace("&&", "\x00")
    sections = [_HF_CODE.sub("", s) for s in _HF_SECTION.split(code)]
    return "\t".join(" ".join(s.split()) for s in sections if s.strip()).replace("\x00", "&")


def xlsx_headers_footers(zf: zipfile.ZipFile, budget: Budget) -> list[tuple[str, str]]:
    """(role, text) of every sheet's print header and footer, each distinct text once.

    openpyxl's read-only mode reads ``<headerFooter>`` into a parser the caller never
    sees, so each sheet part is inflated a second time and only its ``<headerFooter>``
    element (which comes after the cells) is kept: inflating costs a few per cent of
    openpyxl's parse, and no XML tree is built.
    """
    from html import unescape

    found: list[tuple[str, str]] = []
    for name in _numbered(zf.namelist(), "xl/worksheets/sheet"):
        info = zf.getinfo(name)
        tail = b""
        with zf.open(info) as stream:
            while chunk := stream.read(1024 * 1024):
                budget.check()
                tail = (tail + chunk)[-HEADER_FOOTER_TAIL:]
        starts = [m.start() for m in _HF_START.finditer(tail)]
        if not starts:
            continue
        for m in _HEADER_FOOTER.finditer(tail, starts[-1]):
            role = "header" if m.group(2) == b"Header" else "footer"
            text = header_footer_text(unescape(m.group(3).decode("utf-8", "replace")))
            if text and (role, text) not in found:
                found.append((role, text))
    return found
