"""Legacy binary Office files (.doc, .ppt) and Outlook messages (.msg).

All three are OLE2 compound files (olefile opens them).

Word 97-2003 (.doc), after [MS-DOC] 2.3-2.9: the text of every story (main text,
footnotes, headers and footers, comments, endnotes, text boxes) lies in the
``WordDocument`` stream in pieces that the piece table finds: the ``Clx`` at
``FibRgFcLcb97.fcClx`` in the table stream (``1Table`` or ``0Table``, by
``FibBase.fWhichTblStm``) ends in a ``PlcPcd``, CPs and 8-byte piece descriptors whose
``fc`` says where a piece starts and whether it is "compressed" (one byte a
character, cp1252) or UTF-16LE (Japanese text always is).  The story lengths are the
``ccp*`` counts of ``FibRgLw97``; ``PlcfHdd`` splits the header story into the headers and
footers of each section.  Field instructions (``HYPERLINK "…"``) are dropped, their
results kept; table cell marks become tabs.

PowerPoint 97-2003 (.ppt), after [MS-PPT] 2.3 and 2.9: the ``PowerPoint Document``
stream is a tree of records (8-byte headers; ``recVer`` 0xF marks a container); slide,
notes and shape text is in ``TextCharsAtom`` (UTF-16LE) and ``TextBytesAtom`` (one byte
a character) records.  The main master's placeholder prompts (「マスター タイトルの書式設定」)
are skipped.

Outlook (.msg) is read with extract-msg: subject, body (plain, else HTML, else the
compressed RTF through striprtf) and attachments, embedded messages recursively.

Every size read from the file is checked against the stream it points into; any
inconsistency is ``corrupt``, never an exception out of here.
"""

from __future__ import annotations

import io
import logging
import re
import struct
from dataclasses import dataclass, field

from mailguard.extract.limits import Budget, Unreadable

logging.getLogger("extract_msg").setLevel(logging.ERROR)  # damaged-file chatter

MAX_PIECES = 1_000_000


@dataclass
class LegacyText:
    """Text of a legacy document: ordinary text, page headers and footers, the title."""

    text: str = ""
    headers: list[str] = field(default_factory=list)
    footers: list[str] = field(default_factory=list)
    title: str = ""


def _open(data: bytes):
    import olefile

    try:
        return olefile.OleFileIO(io.BytesIO(data))
    except Exception as e:  # olefile raises plain errors on damaged headers
        raise Unreadable("corrupt", f"unreadable OLE container ({type(e).__name__})") from None


def _stream(ole, name: str, budget: Budget) -> bytes:
    try:
        size = ole.get_size(name)
        if size > budget.limits.max_file_bytes:
            raise Unreadable("too_large", f"{name} stream over {budget.limits.max_file_bytes} "
                                          "bytes")
        with ole.openstream(name) as stream:
            return stream.read()
    except Unreadable:
        raise
    except Exception as e:
        raise Unreadable("corrupt", f"unreadable {name} stream ({type(e).__name__})") from None


SUMMARY_STREAM = "\x05SummaryInformation"
PID_CODEPAGE, PID_TITLE = 1, 2
VT_I2, VT_LPSTR, VT_LPWSTR = 0x02, 0x1E, 0x1F


def ole_title(ole) -> str:
    """The title of the SummaryInformation property set, or "".

    Read here, two properties only: olefile's ``get_metadata`` parses every property of
    both property sets, and a damaged vector count made it loop 7.5 million times over
    a 27 KB file (30 s)."""
    try:
        if not ole.exists(SUMMARY_STREAM) or ole.get_size(SUMMARY_STREAM) > 1024 * 1024:
            return ""
        with ole.openstream(SUMMARY_STREAM) as stream:
            title = summary_title(stream.read())
    except Exception:  # a damaged property set: the text still counts
        return ""
    return " ".join(title.replace("\x00", "").split())[:1000]


def summary_title(data: bytes) -> str:
    """PIDSI_TITLE of a SummaryInformation stream (MS-OLEPS), decoded with its code page."""
    base = _u32(data, 44)  # the first property set (after the 28-byte header, FMTID)
    count = min(_u32(data, base + 4), (len(data) - base) // 8)
    props = {}
    for i in range(count):
        pid, off = struct.unpack_from("<II", data, base + 8 + 8 * i)
        if pid in (PID_CODEPAGE, PID_TITLE):
            props[pid] = base + off
    if PID_TITLE not in props:
        return ""
    codepage = 1252
    if PID_CODEPAGE in props and _u16(data, props[PID_CODEPAGE]) == VT_I2:
        codepage = _u16(data, props[PID_CODEPAGE] + 4)
    at = props[PID_TITLE]
    kind, size = _u16(data, at), _u32(data, at + 4)
    if kind == VT_LPWSTR:
        return data[at + 8:at + 8 + 2 * size].decode("utf-16-le", "replace")
    if kind != VT_LPSTR:
        return ""
    raw = data[at + 8:at + 8 + size]
    codec = {65001: "utf-8", 1200: "utf-16-le"}.get(codepage, f"cp{codepage}")
    try:
        return raw.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return raw.decode("latin-1")


# --- Word ----------------------------------------------------------------------------------

WORD_IDENT = 0xA5EC
WORD97_NFIB = 0x00C0          # Word 97 and later write 0x00C1 (0x00C0: some converters)
FIB_FLAGS = 0x0A              # FibBase.fEncrypted 0x0100, fWhichTblStm 0x0200
CLX_INDEX = 33                # fcClx is the 34th fc/lcb pair of FibRgFcLcb97
PLCFHDD_INDEX = 11
# FibRgLw97: ccpText, ccpFtn, ccpHdd, (ccpMcr), ccpAtn, ccpEdn, ccpTxbx, ccpHdrTxbx
CCP_INDICES = (3, 4, 5, 7, 8, 9, 10)
_FIELD_MARKS = re.compile("[\x13\x14\x15]")
_CELL_MARKS = re.compile("\x07+")
# Word's special characters: paragraph, line and page breaks become newlines;
# non-breaking hyphen and space become plain ones; the rest (object anchors, footnote
# references, optional hyphens …) is dropped
_WORD_CHARS = str.maketrans({
    "\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x0e": "\n", "\x1e": "-", "\xa0": " ",
    **{chr(c): None for c in range(0x20) if c not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x1E)},
})


def _u16(data: bytes, pos: int) -> int:
    return struct.unpack_from("<H", data, pos)[0]


def _u32(data: bytes, pos: int) -> int:
    return struct.unpack_from("<I", data, pos)[0]


def doc_text(data: bytes, budget: Budget) -> LegacyText:
    ole = _open(data)
    try:
        try:
            return _doc_text(ole, budget)
        except (struct.error, IndexError, ValueError, OverflowError) as e:
            raise Unreadable("corrupt", f"inconsistent Word document ({type(e).__name__})") \
                from None
    finally:
        ole.close()


def _doc_text(ole, budget: Budget) -> LegacyText:
    word = _stream(ole, "WordDocument", budget)
    if len(word) < 0x20 or _u16(word, 0) != WORD_IDENT:
        raise Unreadable("corrupt", "WordDocument stream without a Word header")
    if _u16(word, 2) < WORD97_NFIB:
        raise Unreadable("unsupported", "Word 6/95 document")
    flags = _u16(word, FIB_FLAGS)
    if flags & 0x0100:
        raise Unreadable("encrypted", "password-protected .doc")
    # FibBase (32 bytes), then csw + fibRgW, cslw + fibRgLw, cbRgFcLcb + fibRgFcLcbBlob
    pos = 32
    pos += 2 + 2 * _u16(word, pos)
    cslw = _u16(word, pos)
    rglw = pos + 2
    pos = rglw + 4 * cslw
    cb_fclcb = _u16(word, pos)
    blob = pos + 2
    if cslw < 11 or cb_fclcb <= CLX_INDEX:
        raise Unreadable("corrupt", "Word header too short")
    ccps = [_u32(word, rglw + 4 * i) for i in CCP_INDICES]
    fc_clx, lcb_clx = struct.unpack_from("<II", word, blob + 8 * CLX_INDEX)
    fc_hdd, lcb_hdd = struct.unpack_from("<II", word, blob + 8 * PLCFHDD_INDEX)
    table = _stream(ole, "1Table" if flags & 0x0200 else "0Table", budget)
    if lcb_clx == 0 or fc_clx + lcb_clx > len(table):
        raise Unreadable("corrupt", "piece table outside the table stream")
    room = max(budget.limits.max_text_chars - budget.chars, 0)
    text = _pieces(word, table[fc_clx:fc_clx + lcb_clx], min(sum(ccps) + 1, room), budget)

    main, footnotes, hdd, comments, endnotes, boxes, hdr_boxes = _split(text, ccps)
    headers, footers = _headers_footers(hdd, table, fc_hdd, lcb_hdd)
    body = "\n".join(_clean(t) for t in (main, footnotes, comments, endnotes, boxes, hdr_boxes))
    return LegacyText(text=body.strip("\n"), headers=headers, footers=footers,
                      title=ole_title(ole))


def _pieces(word: bytes, clx: bytes, limit: int, budget: Budget) -> str:
    """The document's characters, CP 0 on, up to ``limit``, from the piece table."""
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: formatting we do not need
        pos += 3 + struct.unpack_from("<h", clx, pos + 1)[0]
    if pos >= len(clx) or clx[pos] != 0x02:
        raise Unreadable("corrupt", "no piece table in the Clx")
    lcb = _u32(clx, pos + 1)
    plc = clx[pos + 5:pos + 5 + lcb]
    if len(plc) != lcb or lcb < 16 or (lcb - 4) % 12:
        raise Unreadable("corrupt", "piece table of a bad size")
    count = (lcb - 4) // 12
    if count > MAX_PIECES:
        raise Unreadable("too_large", f"over {MAX_PIECES} pieces")
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    out: list[str] = []
    got = 0
    for i in range(count):
        if got >= limit:
            break
        if i & 1023 == 0:
            budget.check()
        start, end = cps[i], cps[i + 1]
        if end < start:
            raise Unreadable("corrupt", "piece table out of order")
        n = min(end - start, limit - got)
        fc = _u32(plc, 4 * (count + 1) + 8 * i + 2)
        if fc & 0x40000000:  # compressed: one byte a character at fc / 2
            offset = (fc & 0x3FFFFFFF) // 2
            raw = word[offset:offset + n]
            if len(raw) != n:
                raise Unreadable("corrupt", "piece outside the WordDocument stream")
            out.append(raw.decode("cp1252", "replace"))
        else:
            raw = word[fc:fc + 2 * n]
            if len(raw) != 2 * n:
                raise Unreadable("corrupt", "piece outside the WordDocument stream")
            out.append(raw.decode("utf-16-le", "replace"))
        got += n
    return "".join(out)


def _split(text: str, ccps: list[int]) -> list[str]:
    """The stories, in the order [MS-DOC] 2.4.1 lays them out after each other."""
    stories, pos = [], 0
    for n in ccps:
        stories.append(text[pos:pos + n])
        pos += n
    return stories


def _headers_footers(hdd: str, table: bytes, fc: int, lcb: int) -> tuple[list[str], list[str]]:
    """Headers and footers of the header story: PlcfHdd's CPs split it into stories,
    six separators and then six a section (even/odd/first headers and footers)."""
    headers: list[str] = []
    footers: list[str] = []
    if not hdd.strip():
        return headers, footers
    n = lcb // 4
    if lcb < 8 or fc + lcb > len(table):  # no usable PlcfHdd: all of it is a header
        text = _clean(hdd).strip()
        return ([text] if text else []), footers
    cps = struct.unpack_from(f"<{n}I", table, fc)
    for story in range(6, n - 1):
        text = _clean(hdd[cps[story]:cps[story + 1]]).strip()
        if not text:
            continue
        kind = (story - 6) % 6  # 0 even header, 1 odd header, 2 even footer, 3 odd footer,
        sink = footers if kind in (2, 3, 5) else headers  # 4 first header, 5 first footer
        if text not in sink:
            sink.append(text)
    return headers, footers


def _clean(text: str) -> str:
    """Word's text as plain text: field instructions dropped (their results kept), table
    cell marks as tabs and row ends as line ends, special characters as text."""
    if "\x13" in text:
        text = _drop_field_codes(text)
    if "\x07" in text:
        # a row is cell \x07 cell \x07 … then the row-end mark \x07: the second of two
        # marks in a row ends the row (an empty last cell reads as the row's end)
        text = _CELL_MARKS.sub(lambda m: "\t" if len(m.group()) == 1
                               else "\t" * (len(m.group()) - 2) + "\n", text)
    text = text.translate(_WORD_CHARS)
    return "\n".join(line.rstrip("\t ") for line in text.split("\n"))


def _drop_field_codes(text: str) -> str:
    """Keep a field's result (between its separator 0x14 and end 0x15), drop its
    instruction (between its begin 0x13 and the separator); nested fields too."""
    out: list[str] = []
    stack: list[bool] = []  # per open field: is its result showing yet
    last = 0
    for m in _FIELD_MARKS.finditer(text):
        if all(stack):
            out.append(text[last:m.start()])
        mark = m.group()
        if mark == "\x13":
            stack.append(False)
        elif mark == "\x14" and stack:
            stack[-1] = True
        elif mark == "\x15" and stack:
            stack.pop()
        last = m.end()
    if all(stack):
        out.append(text[last:])
    return "".join(out)


# --- PowerPoint ----------------------------------------------------------------------------

PPT_TEXT_CHARS = 0x0FA0   # TextCharsAtom: UTF-16LE
PPT_TEXT_BYTES = 0x0FA8   # TextBytesAtom: the low bytes of UTF-16 characters
PPT_MAIN_MASTER = 0x03F8  # MainMasterContainer: the template's placeholder prompts
_PPT_CHARS = str.maketrans({"\r": "\n", "\x0b": "\n", **{chr(c): None for c in range(0x20)
                                                          if c not in (0x09, 0x0A, 0x0B, 0x0D)}})


def ppt_text(data: bytes, budget: Budget) -> LegacyText:
    ole = _open(data)
    try:
        stream = _stream(ole, "PowerPoint Document", budget)
        title = ole_title(ole)
    finally:
        ole.close()
    room = max(budget.limits.max_text_chars - budget.chars, 0)
    out: list[str] = []
    kept = 0
    pos, n, records = 0, len(stream), 0
    while pos + 8 <= n and kept <= room:
        ver_instance, rec_type, length = struct.unpack_from("<HHI", stream, pos)
        records += 1
        if records & 4095 == 0:
            budget.check()
        if ver_instance & 0x000F == 0x000F:  # a container: its records follow
            pos += 8 + length if rec_type == PPT_MAIN_MASTER else 8
            continue
        end = pos + 8 + length
        if end > n:
            if not out:
                raise Unreadable("corrupt", "PowerPoint record past the end of its stream")
            break  # a damaged tail: what came before is kept
        if rec_type == PPT_TEXT_CHARS:
            out.append(stream[pos + 8:end].decode("utf-16-le", "replace"))
        elif rec_type == PPT_TEXT_BYTES:
            out.append(stream[pos + 8:end].decode("latin-1"))
        if rec_type in (PPT_TEXT_CHARS, PPT_TEXT_BYTES):
            kept += len(out[-1])
        pos = end
    text = "\n".join(t.translate(_PPT_CHARS).strip() for t in out)
    return LegacyText(text=text.strip(), title=title)


# --- Outlook .msg --------------------------------------------------------------------------

@dataclass
class MsgAttachment:
    name: str
    data: bytes | None = None       # a file
    message: object | None = None   # an embedded message (extract-msg's object)
    problem: Unreadable | None = None


@dataclass
class MsgContent:
    subject: str = ""
    body: str = ""
    subtype: str = "plain"          # "plain" or "html"
    attachments: list[MsgAttachment] = field(default_factory=list)


def open_msg(data: bytes):
    """An Outlook message (extract-msg's object; the caller closes it)."""
    import extract_msg

    try:
        return extract_msg.openMsg(io.BytesIO(data), strict=False, delayAttachments=False)
    except Exception as e:  # extract-msg raises its own and plain errors on damage
        raise Unreadable("corrupt", f"unreadable Outlook message ({type(e).__name__})") \
            from None


def msg_content(msg, budget: Budget) -> MsgContent:
    """Subject, body text and attachments of an Outlook message."""
    out = MsgContent()
    try:
        out.subject = str(msg.subject or "")
        body = msg.getStringStream("__substg1.0_1000")  # plain text, without RTF fallback
        if body and body.strip():
            out.body = body.replace("\r\n", "\n").replace("\r", "\n")
        else:
            html = msg.getStream("__substg1.0_10130102")
            if html:
                out.body, out.subtype = _decode_html(html), "html"
            else:
                out.body = _rtf_body(msg, budget)
    except Unreadable:
        raise
    except Exception as e:
        raise Unreadable("corrupt", f"unreadable Outlook message body ({type(e).__name__})") \
            from None
    try:
        attachments = list(msg.attachments)
    except Exception as e:
        raise Unreadable("corrupt", f"unreadable Outlook attachments ({type(e).__name__})") \
            from None
    for n, att in enumerate(attachments[: budget.limits.max_members], start=1):
        out.attachments.append(_attachment(att, n))
    return out


def _attachment(att, n: int) -> MsgAttachment:
    from extract_msg.enums import AttachmentType

    name = ""
    for attr in ("longFilename", "shortFilename", "displayName"):
        try:
            name = str(getattr(att, attr, "") or "").replace("\x00", "").strip()
        except Exception:
            name = ""
        if name:
            break
    name = name.replace("/", "_") or f"attachment-{n}"
    try:
        kind = att.type
        data = att.data
    except Exception as e:
        return MsgAttachment(name, problem=Unreadable(
            "corrupt", f"unreadable Outlook attachment ({type(e).__name__})"))
    if kind in (AttachmentType.MSG, AttachmentType.SIGNED_EMBEDDED) and data is not None:
        if not name.lower().endswith((".msg", ".eml")):
            name += ".msg"
        return MsgAttachment(name, message=data)
    if isinstance(data, bytes):
        return MsgAttachment(name, data=data)
    if kind == AttachmentType.WEB:  # a link to a file in the cloud: nothing attached
        return MsgAttachment(name, data=b"")
    return MsgAttachment(name, problem=Unreadable("unsupported",
                                                  f"Outlook attachment of type {kind!s}"))


def _decode_html(html: bytes) -> str:
    from mailguard.extract.text import decode_bytes

    text, _ = decode_bytes(html)
    return text


RTF_HEADER = 16  # compressed RTF: compressed size, raw size, magic, CRC


def _rtf_body(msg, budget: Budget) -> str:
    """The body of a rich-text message: Outlook's compressed RTF ([MS-OXRTFCP]), its
    declared size checked before it is inflated, read with striprtf."""
    import compressed_rtf
    from striprtf.striprtf import rtf_to_text

    compressed = msg.getStream("__substg1.0_10090102")
    if not compressed or len(compressed) < RTF_HEADER:
        return ""
    raw_size = _u32(compressed, 4)
    if raw_size > min(budget.limits.max_file_bytes, budget.remaining_bytes):
        raise Unreadable("too_large", "rich-text body over the size limits")
    budget.take_bytes(raw_size)
    rtf = compressed_rtf.decompress(compressed)[: raw_size + 1]
    return rtf_to_text(rtf.decode("latin-1"), encoding="cp932", errors="replace")
