"""PDF text layer with pypdf (no OCR).

Pages are read in pypdf's layout mode: text runs are placed on a fixed-width grid by
their position, so a table drawn cell by cell (as Excel, Word and most report tools
draw one) comes out as lines whose columns are separated by runs of spaces, not as one
cell per line.  Layout mode does not look inside form XObjects, so the text of those
(stamps, letterheads, pages imported from other PDFs) is read from each form as a page
of its own and follows the page's text.  A page layout mode cannot read falls back to
pypdf's plain extraction.

pypdf decodes the CID fonts Japanese PDFs use (predefined CMaps such as UniJIS-UCS2-H,
and ToUnicode maps), is pure Python and, on our bench, about four times faster than
pdfminer.six with the same text.  Its own resource limits (inflated stream sizes, array
and dictionary sizes) are tied to ours through ``apply_configuration``.  Pages are found
by a lazy walk of the page tree (each node once, so a tree that shares its nodes cannot
multiply) and read one at a time, with the time budget checked between them, up to
``max_pages``.

A PDF that opens only with a password is ``encrypted``; one with an owner password only
(printing/copying restrictions, empty user password) is read.  A PDF whose pages hold
no text at all is a scan: ``no_text`` (we do not OCR), so a rule can still flag it.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from mailguard.extract.limits import Budget, Unreadable

logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged-file chatter is not news


@dataclass
class PdfText:
    pages: list[str] = field(default_factory=list)
    embedded: list[tuple[str, bytes]] = field(default_factory=list)
    page_count: int = 0
    title: str = ""  # the document information's /Title


def _title(reader) -> str:
    try:
        title = reader.metadata.title if reader.metadata is not None else None
    except Exception:  # a damaged info dictionary: the pages still count
        return ""
    title = " ".join(str(title).split())[:1000] if title else ""
    return "" if title.lower() in PLACEHOLDER_TITLES else title


# what PDF writers put in /Title when the author gave none
PLACEHOLDER_TITLES = frozenset({"untitled", "無題", "(anonymous)", "anonymous"})


# a page's furniture: its first or last line, when it is this short (non-space characters)
STAMP_CHARS = 24
_DIGITS = re.compile(r"\d+")
_RECORDISH = re.compile(r"\d{3}|[@＠]")  # \d takes full-width digits too


def page_furniture(pages: list[str]) -> list[tuple[str, str]]:
    """(role, line) of the page headers and footers of a PDF, each distinct line once.

    PDF has no header/footer structure: a page's first non-blank line is taken for its
    header, and its last for its footer, when that line recurs at the same end of
    another page (digits aside: 「- 2 -」, 「3 / 12」) or is short enough to be a stamp
    (社外秘, Confidential, a date).  The lines stay in the page text as well: the first
    line of a page is often a table's header row, which the page's rows need.
    """
    ends: list[tuple[str, str]] = []
    for page in pages:
        lines = [" ".join(x.split()) for x in page.splitlines() if x.strip()]
        if lines:
            ends.append(("header", lines[0]))
            if len(lines) > 1:
                ends.append(("footer", lines[-1]))
    shapes: dict[tuple[str, str], int] = {}
    for role, line in ends:
        key = (role, _DIGITS.sub("#", line))
        shapes[key] = shapes.get(key, 0) + 1
    found: list[tuple[str, str]] = []
    for role, line in ends:
        # a stamp is words: a short line with a number or an address is a record's line
        short = len(line.replace(" ", "")) <= STAMP_CHARS and not _RECORDISH.search(line)
        if (short or shapes[(role, _DIGITS.sub("#", line))] > 1) and (role, line) not in found:
            found.append((role, line))
    return found


def _configured(budget: Budget) -> contextlib.AbstractContextManager:
    import pypdf

    apply = getattr(pypdf, "apply_configuration", None)
    if apply is None:  # pypdf < 6.18: its own default limits apply
        return contextlib.nullcontext()
    cap = min(budget.limits.max_file_bytes, 75_000_000)
    return apply(
        zlib_maximum_output_length=cap, lzw_maximum_output_length=cap,
        run_length_maximum_output_length=cap, maximum_declared_stream_length=cap,
        array_based_stream_maximum_output_length=cap,
    )


def read_pdf(data: bytes, budget: Budget) -> tuple[PdfText, Unreadable | None]:
    """The text of the pages read, and what stopped the rest (the caller keeps the
    text either way).  Raises ``Unreadable`` when nothing could be read at all."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PyPdfError

    result = PdfText()
    problem: Unreadable | None = None
    with _configured(budget):
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
        except LimitReachedError:
            raise Unreadable("too_large", "over the PDF reader's limits") from None
        except (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError,
                RecursionError, OSError) as e:
            raise Unreadable("corrupt", f"unreadable PDF ({type(e).__name__})") from None
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError, FileNotDecryptedError, PyPdfError,
                    ValueError, KeyError, TypeError):
                opened = 0
            if not opened:
                raise Unreadable("encrypted", "password-protected PDF")
        result.title = _title(reader)
        failed = 0
        limit = budget.limits.max_pages
        try:
            for page in _walk_pages(reader, budget):
                if result.page_count == limit:
                    problem = Unreadable("too_large", f"over {limit} pages; the first "
                                                      f"{limit} were read")
                    break
                result.page_count += 1
                budget.check()
                try:
                    result.pages.append(page_text(page, reader, budget))
                except LimitReachedError:
                    problem = Unreadable("too_large", f"page {result.page_count} over the PDF "
                                                      "reader's limits")
                    break
                except Unreadable:
                    raise
                except Exception:  # one damaged page does not hide the others
                    failed += 1
            if failed and failed == result.page_count:
                problem = problem or Unreadable("corrupt", "no page could be read")
            if problem is None:
                result.embedded = _embedded_files(reader, budget)
        except Unreadable as e:
            problem = e
        except LimitReachedError:
            problem = Unreadable("too_large", "page tree over the PDF reader's limits")
        except (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError,
                RecursionError) as e:
            problem = Unreadable("corrupt", f"unreadable page tree ({type(e).__name__})")
    if problem is None and result.page_count and not any(p.strip() for p in result.pages):
        problem = Unreadable("no_text", "no text layer (a scanned image?); not OCRed")
    return result, problem


# --- one page's text -------------------------------------------------------------------------

# Layout mode pads a gap between two text runs with spaces up to their distance (pypdf
# caps one gap at 10 000): a hostile page of runs far apart would cost memory per run,
# and no column is that far from the next.
MAX_GAP = 200
MAX_FORMS = 64       # form XObjects read per page (nested ones included)
# text runs read for a page's table (a bound on what one page may cost)
MAX_RUNS = 20_000
MAX_FORM_DEPTH = 4


def _cap_layout_gaps() -> None:
    try:
        from pypdf._text_extraction._layout_mode import _fixed_width_page
    except ImportError:  # pypdf moved it: its own cap applies
        return
    if getattr(_fixed_width_page, "WHITESPACE_LIMIT", 0) > MAX_GAP:
        _fixed_width_page.WHITESPACE_LIMIT = MAX_GAP


def _layout(page) -> str:
    return page.extract_text(extraction_mode="layout", layout_mode_strip_rotated=False,
                             layout_mode_space_vertically=False) or ""


def page_text(page, reader, budget: Budget) -> str:
    """The text of one page in layout mode, its form XObjects' text after it; pypdf's
    plain extraction when layout mode fails or finds nothing (it raises what the page's
    damage raises)."""
    from pypdf.errors import LimitReachedError

    _cap_layout_gaps()
    try:
        texts = [_layout(page)]
        texts += _form_texts(page, reader, budget)
        text = "\n".join(t for t in texts if t.strip())
    except (LimitReachedError, Unreadable):
        raise
    except Exception:  # layout mode is pypdf's younger code path: plain still reads
        text = ""
    if not text.strip():
        text = page.extract_text() or ""
    runs = _run_table_text(page)
    if runs is not None:
        return runs
    return tidy_layout(text)


def _em(ch: str) -> float:
    """A character's usual advance in ems (no font metrics at hand: a cautious guess)."""
    if unicodedata.east_asian_width(ch) in "WF":
        return 1.0
    if ch == " ":
        return 0.25
    if ch.isdigit():
        return 0.5
    if ch.isupper():
        return 0.62
    if ch.isalpha():
        return 0.48
    return 0.3


def _run_table_text(page) -> str | None:
    """The page as lines of its text runs, a tab where one run ends well before the next
    begins: a table whose cells were drawn one by one (as spreadsheets and reports print
    them) keeps its columns even where layout mode's character grid glues neighbouring
    cells together (CJK fonts without widths).  None when the page does not look like
    such a table (fewer than three lines of several runs) or cannot be read so."""
    runs: list[tuple[float, float, float, str]] = []  # (y, x, font size, text)

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip() or len(runs) >= MAX_RUNS:
            return
        # the run's origin in page space: text matrix, then the current transformation
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (abs(tm[0] * cm[0]) or 1.0) * (size or 1.0)
        runs.append((y, x, scale, text))

    try:
        page.extract_text(visitor_text=visit)
    except Exception:  # the layout text stands
        return None
    if len(runs) < 6 or len(runs) >= MAX_RUNS:
        return None
    lines: list[list[tuple[float, float, str]]] = []
    last_y: float | None = None
    for y, x, scale, text in sorted(runs, key=lambda r: (-round(r[0], 0), r[1])):
        for piece in text.split("\n"):
            if not piece.strip():
                continue
            if last_y is None or abs(y - last_y) > max(scale * 0.5, 1.0):
                lines.append([])
                last_y = y
            lines[-1].append((x, scale, piece))
    out: list[str] = []
    tabbed = 0
    for line in lines:
        cells: list[str] = []
        end = None
        for x, scale, piece in sorted(line, key=lambda r: r[0]):
            width = sum(map(_em, piece)) * scale
            # one phrase drawn in pieces continues where the last piece ended; a cell
            # starts apart from it, or over it where a tight table's columns overlap
            if end is not None and abs(x - end) > scale * 0.15:
                cells.append(piece.strip())
            elif cells:
                cells[-1] += piece
            else:
                cells.append(piece.strip())
            end = x + width
        if len(cells) >= 3:
            tabbed += 1
        out.append("\t".join(c.strip() for c in cells))
    if tabbed < 3:
        return None
    return "\n".join(out)


def _form_texts(page, reader, budget: Budget) -> list[str]:
    """Layout text of the form XObjects a page (or a form) paints, depth first."""
    from pypdf import PageObject
    from pypdf.generic import DictionaryObject, IndirectObject, NameObject, StreamObject

    out: list[str] = []
    seen: set[object] = set()

    def visit(resources: object, depth: int) -> None:
        resources = resources.get_object() if resources is not None else None
        if not isinstance(resources, DictionaryObject):
            return
        xobjects = resources.get("/XObject")
        xobjects = xobjects.get_object() if xobjects is not None else None
        if not isinstance(xobjects, DictionaryObject):
            return
        for ref in xobjects.values():
            key = (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else id(ref)
            if key in seen or len(seen) >= MAX_FORMS:
                continue
            seen.add(key)
            form = ref.get_object()
            if not isinstance(form, StreamObject) or form.get("/Subtype") != "/Form":
                continue
            budget.check()
            own = form.get("/Resources") or resources
            as_page = PageObject(reader)
            as_page[NameObject("/Contents")] = form
            as_page[NameObject("/Resources")] = own
            out.append(_layout(as_page))
            if depth < MAX_FORM_DEPTH:
                visit(own, depth + 1)

    visit(page.get("/Resources"), 1)
    return out


def tidy_layout(text: str) -> str:
    """Layout text without what the grid adds and no reader needs: trailing spaces,
    runs of blank lines, and the page's left margin (the indentation every line
    shares).  The spaces between columns stay."""
    lines: list[str] = []
    for line in text.split("\n"):  # (a regex for trailing spaces is quadratic in a run)
        line = line.rstrip()
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    margin = min((len(x) - len(x.lstrip(" ")) for x in lines if x), default=0)
    if margin:
        lines = [x[margin:] for x in lines]
    return "\n".join(lines)


INHERITABLE = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")


def _walk_pages(reader, budget: Budget) -> Iterator:
    """The pages in order, found lazily: pypdf's ``reader.pages`` flattens the whole page
    tree first, which for a page tree of a million entries (or one that shares its
    nodes, a DAG that multiplies) costs before the first page is read.  Each node is
    visited once; inheritable attributes pass down as pypdf's own flattening does."""
    from pypdf import PageObject
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

    root = reader.trailer["/Root"].get_object()
    stack: list[tuple[object, dict]] = [(root.get("/Pages"), {})]
    seen: set[object] = set()
    nodes = 0
    while stack:
        ref, inherit = stack.pop()
        key = (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else id(ref)
        if key in seen:
            continue
        seen.add(key)
        nodes += 1
        if nodes & 255 == 0:
            budget.check()
        if nodes > 20 * budget.limits.max_pages + 1000:
            raise Unreadable("too_large", "page tree over its node limit")
        node = ref.get_object() if ref is not None else None
        if not isinstance(node, DictionaryObject):
            continue
        kids = node.get("/Kids")
        if node.get("/Type") == "/Pages" or kids is not None:
            passed = dict(inherit)
            passed.update((a, node[a]) for a in INHERITABLE if a in node)
            kids = kids.get_object() if kids is not None else None
            if isinstance(kids, ArrayObject):
                stack.extend((kid, passed) for kid in reversed(kids))
            continue
        page = PageObject(reader, ref if isinstance(ref, IndirectObject) else None)
        page.update(node)
        for attr, value in inherit.items():
            if attr not in page:
                page[NameObject(attr)] = value
        yield page


def _embedded_files(reader, budget: Budget) -> list[tuple[str, bytes]]:
    """Files attached inside the PDF (portfolios, /EmbeddedFiles), within the budget."""
    out: list[tuple[str, bytes]] = []
    try:
        attachments = reader.attachments
        for name in list(attachments)[: budget.limits.max_members]:
            for content in attachments[name]:
                budget.take_bytes(len(content))
                out.append((name, content))
    except Unreadable:
        raise
    except Exception:  # a broken name tree: the page text still counts
        pass
    return out
