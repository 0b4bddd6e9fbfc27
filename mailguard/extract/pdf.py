"""PDF text layer with pypdf (no OCR).

pypdf decodes the CID fonts Japanese PDFs use (predefined CMaps such as UniJIS-UCS2-H,
and ToUnicode maps), is pure Python and, on our bench, about four times faster than
pdfminer.six with the same text.  Its own resource limits (inflated stream sizes, array
and dictionary sizes) are tied to ours through ``apply_configuration``.  Pages are found
by a lazy walk of the page tree (each node once, so a tree that shares its nodes cannot
multiply) and read one at a time, with the time budget checked between them, up to
``max_pages``.

A PDF that opens only with a password is ``encrypted``; one with an owner password only
(printing/copying restrictions, empty user password) is read.  A PDF whose pages hold
no text at all is a scan: ``unsupported`` (we do not OCR), so a rule can still flag it.
"""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

from mailguard.extract.limits import Budget, Unreadable

logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged-file chatter is not news


@dataclass
class PdfText:
    pages: list[str] = field(default_factory=list)
    embedded: list[tuple[str, bytes]] = field(default_factory=list)
    page_count: int = 0


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
                    result.pages.append(page.extract_text() or "")
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
        problem = Unreadable("unsupported", "no text layer (a scanned image?); not OCRed")
    return result, problem


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
