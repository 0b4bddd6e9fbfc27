"""PDF text layer with pypdf (no OCR).

pypdf decodes the CID fonts Japanese PDFs use (predefined CMaps such as UniJIS-UCS2-H,
and ToUnicode maps), is pure Python and, on our bench, about four times faster than
pdfminer.six with the same text.  Its resource limits (page tree size, inflated stream
sizes) are tied to ours through ``apply_configuration``; pages are read one at a time,
with the time budget checked between them, up to ``max_pages``.

A PDF that opens only with a password is ``encrypted``; one with an owner password only
(printing/copying restrictions, empty user password) is read.  A PDF whose pages hold
no text at all is a scan: ``unsupported`` (we do not OCR), so a rule can still flag it.
"""

from __future__ import annotations

import contextlib
import io
import logging
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
    pages = budget.limits.max_pages
    return apply(
        page_tree_maximum_entries=max(10 * pages, 1000),
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
        try:
            pages = reader.pages
            result.page_count = len(pages)
        except LimitReachedError:
            raise Unreadable("too_large", f"over {10 * budget.limits.max_pages} page-tree "
                                          "entries") from None
        except (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError,
                RecursionError) as e:
            raise Unreadable("corrupt", f"unreadable page tree ({type(e).__name__})") from None
        failed = 0
        try:
            for i in range(min(result.page_count, budget.limits.max_pages)):
                budget.check()
                try:
                    result.pages.append(pages[i].extract_text() or "")
                except LimitReachedError:
                    problem = Unreadable("too_large", f"page {i + 1} over the PDF reader's limits")
                    break
                except Unreadable:
                    raise
                except Exception:  # one damaged page does not hide the others
                    failed += 1
            if result.page_count > budget.limits.max_pages:
                problem = problem or Unreadable(
                    "too_large", f"{result.page_count} pages; the first "
                                 f"{budget.limits.max_pages} were read")
            if failed and failed == result.page_count:
                problem = problem or Unreadable("corrupt", "no page could be read")
            if problem is None:
                result.embedded = _embedded_files(reader, budget)
        except Unreadable as e:
            problem = e
    if problem is None and result.page_count and not any(p.strip() for p in result.pages):
        problem = Unreadable("unsupported", "no text layer (a scanned image?); not OCRed")
    return result, problem


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
