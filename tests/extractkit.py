"""Real attachments for the extract tests, made with the libraries users' tools use.

openpyxl, python-docx, python-pptx, reportlab (its built-in Japanese CID fonts, no font
file needed), zipfile and pyzipper, pypdf, msoffcrypto-tool, xlwt; plus a small raw ZIP
writer for what zipfile refuses to write: CP932 names without the UTF-8 flag, members
whose headers lie, and a zip bomb made without inflating a gigabyte in memory.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr

from mailguard.config import LimitsConfig
from mailguard.extract.base import Extraction
from mailguard.extract.pipeline import extract
from mailguard.mime.parse import parse_message

MIB = 1024 * 1024


# --- mail ------------------------------------------------------------------------------------

def mail(attachments: Iterable[tuple[str, bytes | EmailMessage, str]] = (), *,
         to: str = "tanaka@client.example", subject: str = "資料送付の件",
         body: str = "お世話になっております。資料を添付します。\n") -> bytes:
    """A message from example.co.jp with attachments (name, bytes or message, type)."""
    msg = EmailMessage()
    msg["From"] = formataddr(("山田 太郎", "taro@example.co.jp"))
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = "<extract-test@example.co.jp>"
    msg.set_content(body)
    for name, data, ctype in attachments:
        if isinstance(data, EmailMessage):
            msg.add_attachment(data, filename=name)
        else:
            maintype, subtype = ctype.split("/")
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def inner_mail(attachments: Iterable[tuple[str, bytes, str]] = (), *,
               subject: str = "Fw: 名簿", body: str = "転送します。\n") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "hanako@example.co.jp"
    msg["To"] = "taro@example.co.jp"
    msg["Subject"] = subject
    msg.set_content(body)
    for name, data, ctype in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg


def extract_mail(raw: bytes, limits: LimitsConfig | None = None) -> Extraction:
    limits = limits or LimitsConfig()
    return extract(parse_message(raw, max_depth=limits.max_depth), limits)


def extract_one(name: str, data: bytes, ctype: str = "application/octet-stream",
                limits: LimitsConfig | None = None) -> Extraction:
    return extract_mail(mail([(name, data, ctype)]), limits)


def texts(ex: Extraction, where: str, role: str | None = None) -> str:
    """The text of the parts at ``where``: every part, or those of one ``role`` ("" is
    the document's own text, without its header/footer/title parts)."""
    return "\n".join(p.text for p in ex.parts
                     if p.where == where and (role is None or p.role == role))


def reasons(ex: Extraction) -> dict[str, str]:
    return {u.where: u.reason for u in ex.unscannable}


# --- Office ----------------------------------------------------------------------------------

def xlsx(sheets: dict[str, Sequence[Sequence[object]]], hidden: Sequence[str] = ()) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
        if name in hidden:
            ws.sheet_state = "hidden"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def rewrite_zip(data: bytes, edit: dict[str, bytes]) -> bytes:
    """A copy of an archive with some members' content replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, edit.get(info.filename, src.read(info)))
    return out.getvalue()


def docx(paragraphs: Sequence[str], table: Sequence[Sequence[str]] = (), *, header: str = "",
         footer: str = "", comment: str = "") -> bytes:
    import docx as python_docx

    doc = python_docx.Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    section = doc.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    if comment:
        para = doc.add_paragraph("コメント対象の段落")
        doc.add_comment(para.runs, text=comment, author="山田")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def pptx(slides: Sequence[tuple[str, str, str]], table: Sequence[Sequence[str]] = ()) -> bytes:
    """Slides of (title, body, notes); a table on the last slide."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    for title, body, notes in slides:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = body
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    if table:
        shape = prs.slides[-1].shapes.add_table(len(table), len(table[0]), Inches(1), Inches(4),
                                                Inches(6), Inches(1.5))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                shape.table.cell(r, c).text = value
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def encrypt_office(data: bytes, password: str = "secret") -> bytes:
    """An OOXML file protected with a password (an OLE container with EncryptedPackage)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()


def xls(sheets: dict[str, Sequence[Sequence[object]]]) -> bytes:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for name, rows in sheets.items():
        ws = book.add_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                ws.write(r, c, value)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


# --- PDF -------------------------------------------------------------------------------------

def pdf(pages: Sequence[Sequence[str]], *, font: str = "HeiseiMin-W3") -> bytes:
    """A PDF with a Japanese CID font (reportlab's built-in, not embedded)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(font))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for lines in pages:
        c.setFont(font, 10)
        for i, line in enumerate(lines):
            c.drawString(40, 800 - 14 * i, line)
        c.showPage()
    c.save()
    return buf.getvalue()


def blank_pdf(pages: int = 1) -> bytes:
    from pypdf import PdfWriter

    w = PdfWriter()
    for _ in range(pages):
        w.add_blank_page(595, 842)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def encrypt_pdf(data: bytes, user: str = "secret", owner: str = "owner") -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    w.encrypt(user_password=user, owner_password=owner, algorithm="AES-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


# --- ZIP -------------------------------------------------------------------------------------

def zip_of(files: Iterable[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            z.writestr(name, data)
    return buf.getvalue()


def password_zip(files: Iterable[tuple[str, bytes]], password: bytes = b"secret") -> bytes:
    import pyzipper

    buf = io.BytesIO()
    with pyzipper.AESZipFile(buf, "w", compression=pyzipper.ZIP_DEFLATED,
                             encryption=pyzipper.WZ_AES) as z:
        z.setpassword(password)
        for name, data in files:
            z.writestr(name, data)
    return buf.getvalue()


def nested_zip(levels: int, inner: tuple[str, bytes] = ("secret.txt", b"innermost")) -> bytes:
    """``levels`` ZIPs inside each other: n0.zip holds n1.zip … holds the file."""
    name, data = inner
    for level in range(levels - 1, -1, -1):
        data = zip_of([(name, data)])
        name = f"n{level}.zip"
    return data


@dataclass
class RawMember:
    name: bytes            # raw name bytes, written as they are
    data: bytes            # the stored (compressed) bytes
    crc: int
    size: int              # declared uncompressed size
    method: int = zipfile.ZIP_DEFLATED
    flags: int = 0


def raw_zip(members: Sequence[RawMember]) -> bytes:
    """A ZIP written byte by byte (local headers, data, central directory)."""
    out = io.BytesIO()
    central = []
    for m in members:
        offset = out.tell()
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, m.flags, m.method, 0, 0x21,
                              m.crc, len(m.data), m.size, len(m.name), 0))
        out.write(m.name)
        out.write(m.data)
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, m.flags, m.method, 0,
                                   0x21, m.crc, len(m.data), m.size, len(m.name), 0, 0, 0, 0,
                                   0, offset) + m.name)
    cd_start = out.tell()
    for entry in central:
        out.write(entry)
    cd_size = out.tell() - cd_start
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members),
                          cd_size, cd_start, 0))
    return out.getvalue()


def deflated(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def cp932_zip(files: Iterable[tuple[str, bytes]]) -> bytes:
    """Japanese names in CP932 without the UTF-8 flag, as Windows' Explorer writes them."""
    return raw_zip([RawMember(name.encode("cp932"), deflated(data), zlib.crc32(data), len(data))
                    for name, data in files])


def zip_bomb(mib: int = 960, *, declared: int | None = None) -> bytes:
    """One member of ``mib`` MiB of zeros (960 MiB ≥ 1 GB) in under 1 MB on disk.

    The deflate stream is one flushed 1 MiB block repeated (a full flush resets the
    compressor, so every block is byte-identical): nothing of that size is held in
    memory here.  ``declared`` makes the headers lie about the expanded size.
    """
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(bytes(MIB)) + c.flush(zlib.Z_FULL_FLUSH)
    stream = block * mib + b"\x03\x00"  # an empty final block ends the stream
    crc = 0
    zeros = bytes(MIB)
    for _ in range(mib):
        crc = zlib.crc32(zeros, crc)
    size = mib * MIB if declared is None else declared
    return raw_zip([RawMember(b"zeros.bin", stream, crc, size)])


def raw_pdf(objects: dict[int, bytes], root: int = 1) -> bytes:
    """A PDF from numbered object bodies, with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n")
    xref = out.tell()
    size = max(objects) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    free = b"0000000000 65535 f \n"
    for num in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[num] if num in offsets else free)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (size, root))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def pdf_page_dag(fanout: int = 1000) -> bytes:
    """A page tree of fanout² (a million) pages that shares its nodes: a few kilobytes."""
    page = b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>"
    content = b"BT /F1 12 Tf 72 700 Td (Million) Tj ET"
    return raw_pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + b"3 0 R " * fanout + b"] /Count %d "
           b"/Resources << /Font << /F1 6 0 R >> >> >>" % (fanout * fanout),
        3: b"<< /Type /Pages /Parent 2 0 R /Kids [" + b"4 0 R " * fanout + b"] /Count %d >>"
           % fanout,
        4: page,
        5: b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        6: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    })


def pdf_many_pages(pages: int) -> bytes:
    """One /Pages node with ``pages`` distinct page objects (each its own object)."""
    content = b"BT /F1 12 Tf 72 700 Td (Page) Tj ET"
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               3: b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    kids = []
    for i in range(pages):
        num = 5 + i
        objects[num] = b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>"
        kids.append(b"%d 0 R" % num)
    objects[2] = (b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d /MediaBox "
                  b"[0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> >>" % pages)
    return raw_pdf(objects)
