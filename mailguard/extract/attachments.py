"""Attachments → text parts, recursively, within the message's budget.

``Extractor.file`` reads one file whatever it is (sniffed from its bytes), and reads
containers — ZIP archives, attached mail, files embedded in Office documents and PDFs —
by calling itself on their members with a longer path: ``a.zip/2024/list.csv``,
``fwd.eml/x.pdf``.  Whatever stops a file (a limit, a password, damage, a format we do
not read) becomes one ``Unscannable`` for that path and never an exception: the next
file is read while the budget lasts.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator

from mailguard.config import LimitsConfig
from mailguard.extract import ooxml
from mailguard.extract.archive import members, open_zip, read_member
from mailguard.extract.base import Extraction, Table, TextPart, Unscannable
from mailguard.extract.limits import Budget, Unreadable
from mailguard.extract.sniff import sniff
from mailguard.extract.text import csv_rows, decode_bytes, make_table, sniff_delimiter, table_text
from mailguard.mime.parse import Attachment

log = logging.getLogger("mailguard.extract")

_COUNTED = re.compile(r"^\d+ files in the archive: ")
# files inside Office documents worth reading (OLE-wrapped objects are not)
EMBEDDED_EXT = (".xlsx", ".xlsm", ".docx", ".docm", ".pptx", ".pdf", ".csv", ".txt", ".zip")


class Extractor:
    """Reads the attachments of one message into ``out``."""

    def __init__(self, limits: LimitsConfig, out: Extraction, budget: Budget | None = None):
        self.limits = limits
        self.out = out
        self.budget = budget or Budget(limits)

    # --- results --------------------------------------------------------------------------

    def emit(self, path: str, text: str, table: Table | None = None, role: str = "") -> None:
        """Keep a text part of ``path`` (cut to the message's text budget); ``role`` is
        ``TextPart.role``."""
        if table is None and not text.strip():
            return
        kept, cut = self.budget.take_text(text)
        if cut:
            self.unscannable(path, "too_large",
                             f"text over {self.limits.max_text_chars} characters per message; "
                             "the rest was not inspected")
            if not kept:
                return
        self.out.parts.append(TextPart(f"attachment:{path}", kept, table=table, role=role))

    def emit_table(self, path: str, rows: list[tuple[str, ...]], name: str = "",
                   role: str = "") -> None:
        if rows:
            table = make_table(rows, name)
            self.emit(path, table_text(table), table, role)

    def unscannable(self, path: str, reason: str, detail: str = "") -> None:
        where = f"attachment:{path}"
        if not any(u.where == where and u.reason == reason for u in self.out.unscannable):
            self.out.unscannable.append(Unscannable(where, reason, detail))

    # --- dispatch ---------------------------------------------------------------------------

    def attachments(self, atts: Iterable[Attachment]) -> None:
        for att in atts:
            self.file(att.name, att.payload, content_type=att.content_type,
                      is_message=att.is_message)

    def file(self, path: str, data: bytes, *, content_type: str = "", is_message: bool = False,
             depth: int = 0) -> None:
        """Read one file at ``path``; record whatever stops it."""
        self.out.attachment_names.append(path)
        kind = "?"
        try:
            self.budget.check()
            if depth > self.limits.max_depth:
                raise Unreadable("too_deep", f"nested over {self.limits.max_depth} levels")
            if len(data) > self.limits.max_file_bytes:
                raise Unreadable("too_large", f"over {self.limits.max_file_bytes} bytes")
            if not data:  # an empty file holds nothing to read or to leak
                return
            kind = sniff(posixpath.basename(path), content_type, data, is_message)
            handler = self._handlers().get(kind.partition(":")[0])
            if handler is None:
                raise Unreadable("unsupported", f"{kind} is not read")
            handler(path, data, depth)
        except Unreadable as e:
            self.unscannable(path, e.reason, e.detail)
        except MemoryError:
            self.unscannable(path, "too_large", "out of memory while reading")
        except RecursionError:
            self.unscannable(path, "too_deep", "structure nested too deeply")
        except Exception as e:  # a reader's own failure on damaged input
            # the type only: names and messages may quote the file's content
            log.debug("reading a %s attachment failed: %s", kind, type(e).__name__)
            self.unscannable(path, "corrupt", f"{kind}: {type(e).__name__}")

    def _handlers(self) -> dict[str, Callable[[str, bytes, int], None]]:
        return {
            "mail": self._mail, "zip": self._zip, "pdf": self._pdf, "ole": self._ole,
            "rtf": self._rtf, "html": self._html, "csv": self._csv, "text": self._text,
            "media": _skip, "signature": _skip, "encrypted": _encrypted, "corrupt": _corrupt,
            "archive": _unsupported_archive, "binary": _binary,
        }

    # --- formats ----------------------------------------------------------------------------

    def _text(self, path: str, data: bytes, depth: int) -> None:
        text, _ = decode_bytes(data)
        self.emit(path, text.replace("\x00", ""))

    def _csv(self, path: str, data: bytes, depth: int) -> None:
        text, _ = decode_bytes(data)
        text = text.replace("\x00", "")
        hint = "\t" if path.lower().endswith((".tsv", ".tab")) else ""
        rows: list[tuple[str, ...]] = []
        try:
            rows.extend(csv_rows(text, sniff_delimiter(text, hint), self.budget))
        finally:
            del text  # the rows hold it now: do not keep both while the table text is made
            self.emit_table(path, rows)

    def _html(self, path: str, data: bytes, depth: int) -> None:
        from mailguard.extract.body import html_to_text

        markup, _ = decode_bytes(data)
        texts = []
        for piece in html_pieces(markup):  # memory: a piece's parse at a time
            self.budget.check()
            texts.append(html_to_text(piece))
        del markup
        self.emit(path, "\n".join(texts))

    def _rtf(self, path: str, data: bytes, depth: int) -> None:
        rtf_to_text = _striprtf()
        # RTF is 7-bit; \'hh escapes are decoded with the file's \ansicpg code page
        text = rtf_to_text(data.decode("latin-1"), encoding="cp932", errors="replace")
        self.emit(path, text)

    def _mail(self, path: str, data: bytes, depth: int) -> None:
        from mailguard.errors import InputError
        from mailguard.extract.body import body_parts
        from mailguard.mime.parse import parse_message

        try:
            pm = parse_message(data, max_depth=self.limits.max_depth)
        except InputError:
            if not data.strip():  # an empty message part: nothing in it to leak
                return
            raise Unreadable("corrupt", "attached message that is not mail") from None
        where = f"attachment:{path}"
        if pm.subject:
            self.emit(path, pm.subject)
        for part in body_parts(pm):
            kept, cut = self.budget.take_text(part.text)
            if cut:
                self.unscannable(path, "too_large", "text over the message's text budget")
            if kept.strip():
                self.out.parts.append(dataclasses.replace(part, where=where, text=kept))
        if any(d.code == "MIME_TOO_DEEP" for d in pm.defects):
            self.unscannable(path, "too_deep", "MIME nesting too deep")
        self._members(path, ((a.name, lambda a=a: a.payload, a.content_type, a.is_message)
                             for a in pm.attachments), depth)

    def _zip(self, path: str, data: bytes, depth: int) -> None:
        zf = open_zip(data, self.budget)
        with zf:
            names = set(zf.namelist())
            if "[Content_Types].xml" in names:
                if "xl/workbook.xml" in names:
                    return self._xlsx(path, data, zf, depth)
                if "word/document.xml" in names:
                    return self._docx(path, zf, depth)
                if "ppt/presentation.xml" in names:
                    return self._pptx(path, zf, depth)
            if "mimetype" in names and "content.xml" in names:
                raise Unreadable("unsupported", "OpenDocument file")
            found, cut = members(zf, self.budget)
            encrypted = [m for m in found if m.encrypted]
            self._members(path, ((m.name, lambda m=m: read_member(zf, m.info, self.budget),
                                  "", False) for m in found if not m.encrypted), depth)
        if encrypted:
            self.unscannable(path, "encrypted",
                             f"{len(encrypted)} of {len(found)} files are password-protected")
        if cut:
            self.unscannable(path, "too_large", f"over {self.limits.max_members} files")

    def _members(self, path: str, items: Iterable[tuple[str, Callable[[], bytes], str, bool]],
                 depth: int) -> None:
        """Read a container's members; several members stopped for the same reason are
        reported once, for the container."""
        start = len(self.out.unscannable)
        for name, load, ctype, is_message in items:
            self.budget.check()  # a spent budget stops the container, reported for it
            member = f"{path}/{name}"
            try:
                if depth + 1 > self.limits.max_depth:  # refused before a byte is inflated
                    raise Unreadable("too_deep", f"nested over {self.limits.max_depth} levels")
                data = load()
            except Unreadable as e:
                self.out.attachment_names.append(member)
                self.unscannable(member, e.reason, e.detail)
                continue
            self.file(member, data, content_type=ctype, is_message=is_message, depth=depth + 1)
        self._collapse(path, start)

    def _collapse(self, path: str, start: int) -> None:
        inner = self.out.unscannable[start:]
        prefix = f"attachment:{path}/"
        by_reason: dict[str, list[Unscannable]] = {}
        for u in inner:
            if u.where.startswith(prefix):
                by_reason.setdefault(u.reason, []).append(u)
        for reason, group in by_reason.items():
            if len(group) < 2:
                continue
            for u in group:
                self.out.unscannable.remove(u)
            detail = _COUNTED.sub("", group[0].detail)
            self.unscannable(path, reason, f"{len(group)} files in the archive: {detail}")

    def _embedded(self, path: str, zf: zipfile.ZipFile, depth: int) -> None:
        """Documents embedded in an Office file (an Excel sheet inside a Word report)."""
        found = [n for n in zf.namelist()
                 if "/embeddings/" in n and n.lower().endswith(EMBEDDED_EXT)]
        infos = [zf.getinfo(n) for n in found[: self.limits.max_members]]
        self._members(path, ((posixpath.basename(i.filename),
                              lambda i=i: read_member(zf, i, self.budget), "", False)
                             for i in infos), depth)

    def _xlsx(self, path: str, data: bytes, zf: zipfile.ZipFile, depth: int) -> None:
        from mailguard.extract.office import check_workbook, xlsx_sheets

        check_workbook(zf, self.budget)
        for name, rows_of in xlsx_sheets(data, self.budget):
            rows: list[tuple[str, ...]] = []
            try:
                rows.extend(rows_of())
            finally:
                self.emit_table(path, rows, name)
        for part in ooxml.xlsx_extra_parts(zf):
            self._emit_part(path, ooxml.read_part(zf, part, self.budget, ooxml.COMMENT_TEXT))
        for role, text in ooxml.xlsx_headers_footers(zf, self.budget):
            self.emit(path, text, role=role)
        self._emit_title(path, zf)
        self._embedded(path, zf, depth)

    def _docx(self, path: str, zf: zipfile.ZipFile, depth: int) -> None:
        for part, role in ooxml.docx_parts(zf):
            self._emit_part(path, ooxml.read_part(zf, part, self.budget, ooxml.WORD_TEXT), role)
        self._emit_title(path, zf)
        self._embedded(path, zf, depth)

    def _emit_title(self, path: str, zf: zipfile.ZipFile) -> None:
        self.emit(path, ooxml.core_title(zf, self.budget), role="title")

    def _pptx(self, path: str, zf: zipfile.ZipFile, depth: int) -> None:
        # the deck is one text, a slide a paragraph or more (as a PDF's pages are one
        # text): a list laid out a person per slide is read as the list it is
        texts: list[str] = []
        problem: Exception | None = None
        for slide, notes in ooxml.pptx_slides(zf, self.budget):
            content = ooxml.read_part(zf, slide, self.budget, ooxml.DRAWING_TEXT)
            if notes:
                note = ooxml.read_part(zf, notes, self.budget, ooxml.DRAWING_TEXT)
                content.text = "\n".join(t for t in (content.text, note.text) if t)
                content.tables += note.tables
                content.problem = content.problem or note.problem
            if content.text.strip():
                texts.append(content.text.strip("\n"))
            for rows in content.tables:
                self.emit_table(path, rows)
            if content.problem is not None:
                problem = content.problem
                break
        self.emit(path, "\n\n".join(texts))
        if problem is not None:
            raise problem
        for part in ooxml.pptx_comment_parts(zf):
            self._emit_part(path, ooxml.read_part(zf, part, self.budget, ooxml.COMMENT_TEXT))
        self._emit_title(path, zf)
        self._embedded(path, zf, depth)

    def _emit_part(self, path: str, part: ooxml.PartText, role: str = "") -> None:
        self.emit(path, part.text, role=role)
        for rows in part.tables:
            self.emit_table(path, rows, role=role)
        if part.problem is not None:
            raise part.problem

    def _pdf(self, path: str, data: bytes, depth: int) -> None:
        from mailguard.extract.pdf import page_furniture, read_pdf

        result, problem = read_pdf(data, self.budget)
        self.emit(path, "\n".join(result.pages))
        for role, line in page_furniture(result.pages):
            self.emit(path, line, role=role)
        self.emit(path, result.title, role="title")
        if result.embedded:
            self._members(path, ((name, lambda c=content: c, "", False)
                                 for name, content in result.embedded), depth)
        if problem is not None:
            raise problem

    def _ole(self, path: str, data: bytes, depth: int) -> None:
        from mailguard.extract.office import legacy_encrypted, ole_kind, xls_sheets

        kind = ole_kind(data)
        if kind == "encrypted-ooxml":
            raise Unreadable("encrypted", "password-protected Office file")
        if kind in ("xls", "doc", "ppt") and legacy_encrypted(data):
            raise Unreadable("encrypted", f"password-protected .{kind}")
        if kind == "xls":
            for name, rows in xls_sheets(data, self.budget):
                self.emit_table(path, rows, name)
            return
        if kind == "msg":
            return self._outlook(path, data, depth)
        if kind in ("doc", "ppt"):
            from mailguard.extract.legacy import doc_text, ppt_text

            doc = (doc_text if kind == "doc" else ppt_text)(data, self.budget)
            self.emit(path, doc.text)
            for text in doc.headers:
                self.emit(path, text, role="header")
            for text in doc.footers:
                self.emit(path, text, role="footer")
            self.emit(path, doc.title, role="title")
            return
        raise Unreadable("unsupported", "OLE compound file of an unknown kind is not read")

    def _outlook(self, path: str, data: bytes, depth: int) -> None:
        from mailguard.extract.legacy import open_msg

        msg = open_msg(data)
        try:
            self._outlook_message(path, msg, depth)
        finally:
            with contextlib.suppress(Exception):
                msg.close()

    def _outlook_message(self, path: str, msg: object, depth: int) -> None:
        """An Outlook message's subject, body and attachments, like an attached mail's:
        embedded messages are read in place (extract-msg has opened them already)."""
        from mailguard.extract.body import body_parts
        from mailguard.extract.legacy import msg_content
        from mailguard.mime.parse import BodyPart, ParsedMessage

        content = msg_content(msg, self.budget)
        where = f"attachment:{path}"
        if content.subject:
            self.emit(path, content.subject)
        pm = ParsedMessage(subject=content.subject,
                           body=[BodyPart("body", content.body, content.subtype)])
        for part in body_parts(pm):
            kept, cut = self.budget.take_text(part.text)
            if cut:
                self.unscannable(path, "too_large", "text over the message's text budget")
            if kept.strip():
                self.out.parts.append(dataclasses.replace(part, where=where, text=kept))
        start = len(self.out.unscannable)
        for att in content.attachments:
            self.budget.check()
            member = f"{path}/{att.name}"
            if att.message is None and att.problem is None:
                self.file(member, att.data or b"", depth=depth + 1)
                continue
            self.out.attachment_names.append(member)
            try:
                if att.problem is not None:
                    raise att.problem
                if depth + 1 > self.limits.max_depth:
                    raise Unreadable("too_deep", f"nested over {self.limits.max_depth} levels")
                self._outlook_message(member, att.message, depth + 1)
            except Unreadable as e:
                self.unscannable(member, e.reason, e.detail)
            except Exception as e:  # extract-msg's own failure on a damaged embedded message
                self.unscannable(member, "corrupt", f"msg: {type(e).__name__}")
        self._collapse(path, start)


HTML_PIECE = 1024 * 1024
_RAWTEXT = re.compile(r"<(/?)(script|style)\b", re.I)
_ROW_START = re.compile(r"<(?:tr|/table)\b", re.I)


def html_pieces(markup: str, size: int = HTML_PIECE) -> Iterator[str]:
    """An HTML document in pieces of about ``size`` characters, cut before a tag and
    never inside a script or style element, so each piece can be turned into text on
    its own (the parser's fragments of a 20 MB page would take ten times its size).
    Within a table, the cut falls between rows when one starts soon after, so no row is
    split into two lines."""
    start, n = 0, len(markup)
    while start < n:
        row = _ROW_START.search(markup, start + size, start + size + size // 16)
        cut = row.start() if row else markup.find("<", start + size)
        if cut < 0:
            yield markup[start:]
            return
        tags = list(_RAWTEXT.finditer(markup, start, cut))
        last = tags[-1] if tags else None
        if last is not None and not last.group(1):  # inside <script>/<style>: go past it
            close = re.compile(rf"</{last.group(2)}\b", re.I).search(markup, cut)
            cut = markup.find("<", close.end()) if close else -1
            if cut < 0:
                yield markup[start:]
                return
        yield markup[start:cut]
        start = cut


# striprtf reads the font table with ``\\f(\d+).*?\\fcharset(\d+).*?([^;]+);``, which
# backtracks cubically when the entries lack their ";" (a 40 KB damaged font table took
# 29 s, 32 KB of entries 63 s).  The same reading, each entry bounded and without
# backtracking: the font's charset (all that decoding uses) and its name up to ";".
_FONT_ENTRY = re.compile(r"\\f(\d+)(?:(?!\\fcharset)[^;]){0,400}+\\fcharset(\d+)([^;]{0,400}+);")


@functools.cache
def _striprtf() -> Callable[..., str]:
    from striprtf import striprtf

    striprtf.FONTTABLE = _FONT_ENTRY
    return striprtf.rtf_to_text


def _skip(path: str, data: bytes, depth: int) -> None:
    """Images, audio, video, signatures: nothing to read, nothing to report."""


def _encrypted(path: str, data: bytes, depth: int) -> None:
    """S/MIME (application/pkcs7-mime) or OpenPGP: encrypted for its recipients, which is
    not PPAP; its own reason gets its own rule.  PGP/MIME's control part (``Version: 1``
    in application/pgp-encrypted) holds nothing: the encrypted data is the next part."""
    if data.strip().lower().startswith(b"version:") and len(data) < 256:
        return
    raise Unreadable("encrypted_mail", "encrypted message part (S/MIME or OpenPGP)")


def _corrupt(path: str, data: bytes, depth: int) -> None:
    raise Unreadable("corrupt", "content does not match the file type of its name")


def _unsupported_archive(path: str, data: bytes, depth: int) -> None:
    raise Unreadable("unsupported", "archive format not read (only ZIP is)")


def _binary(path: str, data: bytes, depth: int) -> None:
    raise Unreadable("unknown_format", "unknown binary format")
