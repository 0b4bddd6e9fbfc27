"""The contract of the extract stage: ``TextPart``s, tables, and what could not be read."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Table:
    """Rows of a CSV or a spreadsheet sheet; ``header`` is the first row when it looks
    like column names (氏名, 電話番号, …), else empty."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    name: str = ""  # the sheet name, for spreadsheets
    # rows that stood above the header (a title, a 【社外秘】 stamp): the first of ``rows``
    header_row: int = 0


@dataclass(frozen=True)
class TextPart:
    """Text that the detectors read.

    ``where`` follows the SPEC: ``subject``, ``body``, ``attachment:PATH`` (with
    ``a.zip/b/c.csv`` inside archives, ``fwd.eml/x.pdf`` inside attached mail).
    ``quoted`` marks text quoted from an earlier message (``>`` lines, the original under
    「-----Original Message-----」): rules may count it differently from new text.
    ``table`` keeps the structure of tabular sources; ``text`` always holds their text too.
    ``role`` says what part of a document the text is, for the detectors that care where
    a word stands (a 社外秘 stamp): ``""`` ordinary text; ``"header"`` / ``"footer"`` a
    page header or footer (DOCX headers/footers, XLSX print header/footer, a PDF line
    that heads or ends the pages); ``"title"`` the document's title property (Office
    ``dc:title``, PDF ``/Title``).  Role parts share ``where`` with the document's other
    parts and are not repeated in them, except for PDF header/footer lines (see
    ``mailguard.extract.pdf``).
    """

    where: str
    text: str
    quoted: bool = False
    table: Table | None = None
    role: str = ""


@dataclass(frozen=True)
class Unscannable:
    """An attachment (or part) that could not be inspected, and why.

    ``reason`` is one of ``encrypted`` (a password: PPAP zip, protected PDF/Office),
    ``encrypted_mail`` (S/MIME or OpenPGP encryption), ``corrupt``, ``too_large``,
    ``too_deep``, ``timeout``, ``unsupported`` (a format that carries documents but is
    not read: 7z, RAR, LZH, OpenDocument, …), ``no_text`` (a PDF of page images) and
    ``unknown_format`` (a binary that is no document format).
    """

    where: str
    reason: str
    detail: str = ""


@dataclass
class Extraction:
    parts: list[TextPart] = field(default_factory=list)
    unscannable: list[Unscannable] = field(default_factory=list)
    attachment_names: list[str] = field(default_factory=list)
