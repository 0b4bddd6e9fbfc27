"""Legacy formats people still send are read, not reported unsupported: Outlook .msg
(with attachments and embedded messages), Word 97-2003 .doc and PowerPoint 97-2003
.ppt.  Damage is ``corrupt``, never an exception.

No library writes .doc, .ppt or .msg, so the files are built here: the OLE2 container
with extract-msg's ``OleWriter`` (the one it exports embedded messages with), the
streams inside byte by byte after Microsoft's open specifications — [MS-DOC] 2.5.1
(FibBase, FibRgLw97, FibRgFcLcb97: ``ccpText`` at 0x4C, ``fcClx`` at 0x1A2), 2.9.38
(Clx / Pcdt / PlcPcd, FcCompressed) and 2.8.16 (PlcfHdd); [MS-PPT] 2.3.1 (record
headers), 2.9.1 (TextCharsAtom 0x0FA0, TextBytesAtom 0x0FA8); [MS-OXMSG] 2.4 (property
streams, ``__substg1.0_`` streams, attachment and recipient storages, embedded messages
in ``__substg1.0_3701000D``).
"""

from __future__ import annotations

import io
import struct

import extractkit as kit
import pytest
from mailfactory import judge_mail

from mailguard.extract.legacy import _drop_field_codes

EXTERNAL = "kojima@gaibu.example"


def ole(streams: dict[str, bytes]) -> bytes:
    from extract_msg.ole_writer import OleWriter

    writer = OleWriter()
    for path, data in streams.items():
        writer.addEntry(path, data)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- Word 97-2003 ------------------------------------------------------------------------

TEXT_AT = 0x600  # where the pieces start in the WordDocument stream


def word_doc(main: str, *, header: str = "", footer: str = "", ascii_piece: str = "",
             nfib: int = 0x00C1, encrypted: bool = False, bad_fc: bool = False) -> bytes:
    """A .doc whose main text is ``main`` (``\\r`` ends paragraphs) in a UTF-16 piece,
    then ``ascii_piece`` in a compressed (cp1252) piece, and one section with an odd
    header and footer."""
    main_story = main + ascii_piece
    # header story: 6 separator stories, then even/odd header, even/odd footer, first
    # header/footer of section 1 (PlcfHdd), and the closing paragraph mark
    stories = ["", "", "", "", "", "", "", header + "\r" if header else "", "",
               footer + "\r" if footer else "", "", ""]
    hdd = "".join(stories)
    cps, pos = [0], 0
    for story in stories:
        pos += len(story)
        cps.append(pos)
    cps.append(pos + 1)
    tail = hdd + "\r"
    # pieces: (cp count, fc, compressed)
    pieces = []
    word_text = bytearray()
    pieces.append((len(main), TEXT_AT, False))
    word_text += main.encode("utf-16-le")
    if ascii_piece:
        at = TEXT_AT + len(word_text)
        pieces.append((len(ascii_piece), at * 2 | 0x40000000, True))
        word_text += ascii_piece.encode("cp1252")
    at = TEXT_AT + len(word_text)
    pieces.append((len(tail), at + (10**7 if bad_fc else 0), False))
    word_text += tail.encode("utf-16-le")

    plc_cps, cp = [0], 0
    for count, _, _ in pieces:
        cp += count
        plc_cps.append(cp)
    plc = struct.pack(f"<{len(plc_cps)}I", *plc_cps)
    plc += b"".join(struct.pack("<HIH", 0, fc, 0) for _, fc, _ in pieces)
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    plcfhdd = struct.pack(f"<{len(cps)}I", *cps)
    table = plcfhdd + clx

    fib = bytearray(TEXT_AT)
    flags = 0x0200 | (0x0100 if encrypted else 0)  # fWhichTblStm: 1Table
    struct.pack_into("<HHHHHH", fib, 0, 0xA5EC, nfib, 0, 0x0411, 0, flags)
    struct.pack_into("<H", fib, 0x0C, 0x00BF)
    struct.pack_into("<H", fib, 0x20, 14)            # csw, fibRgW (28 bytes)
    struct.pack_into("<H", fib, 0x3E, 22)            # cslw, fibRgLw97 (88 bytes)
    struct.pack_into("<I", fib, 0x4C, len(main_story))   # ccpText
    struct.pack_into("<I", fib, 0x54, len(hdd))          # ccpHdd
    struct.pack_into("<H", fib, 0x98, 0x5D)          # cbRgFcLcb (Word 97)
    blob = 0x9A
    struct.pack_into("<II", fib, blob + 8 * 11, 0, len(plcfhdd))            # PlcfHdd
    struct.pack_into("<II", fib, blob + 8 * 33, len(plcfhdd), len(clx))    # Clx
    return ole({"WordDocument": bytes(fib) + bytes(word_text), "1Table": table})


def test_doc_japanese_text_header_footer_and_a_compressed_piece():
    data = word_doc("社員各位\r健康診断の結果を送付します。\r山崎 由佳 090-4455-6677\r",
                    ascii_piece="Attachment: results list\r",
                    header="人事部 取扱注意", footer="株式会社サンプル")
    ex = kit.extract_one("健診結果.doc", data, "application/msword")
    assert ex.unscannable == []
    where = "attachment:健診結果.doc"
    assert kit.texts(ex, where, role="") == ("社員各位\n健康診断の結果を送付します。\n"
                                             "山崎 由佳 090-4455-6677\nAttachment: results list")
    assert kit.texts(ex, where, role="header") == "人事部 取扱注意"
    assert kit.texts(ex, where, role="footer") == "株式会社サンプル"


def test_doc_table_cells_and_fields():
    rows = "氏名\x07内線\x07\x07森 一\x072301\x07\x07"
    link = "\x13 HYPERLINK \"https://intra.example.co.jp/\" \x14社内ポータル\x15"
    data = word_doc(f"連絡先一覧\r{rows}詳細は{link}を参照。\r")
    text = kit.texts(kit.extract_one("連絡先.doc", data), "attachment:連絡先.doc", role="")
    assert text.split("\n") == ["連絡先一覧", "氏名\t内線", "森 一\t2301",
                                "詳細は社内ポータルを参照。"]


def test_nested_fields_keep_only_results():
    text = "前\x13 IF \x13 DATE \x14x\x15 = 1 \x14結果\x15後\x13 PAGE \x15末"
    assert _drop_field_codes(text) == "前結果後末"


def test_a_doc_with_a_list_to_an_external_recipient_is_judged_on_its_text():
    lines = "".join(f"{name}\x07{phone}\x07\x07" for name, phone in [
        ("氏名", "電話番号"), ("青木 翼", "090-1000-2001"), ("今井 楓", "080-1000-2002"),
        ("上田 湊", "070-1000-2003"), ("江口 葵", "090-1000-2004"), ("大野 樹", "080-1000-2005"),
        ("加藤 凛", "070-1000-2006")])
    raw = kit.mail([("顧客一覧.doc", word_doc(f"顧客一覧\r{lines}"), "application/msword")],
                   to=EXTERNAL)
    v = judge_mail(raw)
    assert not [f for f in v.findings if f.detector == "unscannable_attachment"]
    phones = [e for f in v.findings if f.where == "attachment:顧客一覧.doc"
              for e in f.entities if e.type == "PHONE_NUMBER"]
    assert phones and all("1000-2001" not in x for e in phones for x in e.examples)


@pytest.mark.parametrize(("options", "reason"), [
    ({"bad_fc": True}, "corrupt"),
    ({"nfib": 0x0068}, "unsupported"),      # Word 95
    ({"encrypted": True}, "encrypted"),
])
def test_damaged_old_and_protected_docs(options, reason):
    data = word_doc("本文\r", **options)
    ex = kit.extract_one("a.doc", data, "application/msword")
    assert kit.reasons(ex) == {"attachment:a.doc": reason}


def test_doc_with_a_garbled_table_stream_is_corrupt():
    data = word_doc("本文\r")
    broken = ole({"WordDocument": b"\xec\xa5\xc1\x00" + bytes(0x200), "1Table": b"\xff" * 64})
    for blob in (data[:2000], broken):
        ex = kit.extract_one("b.doc", blob, "application/msword")
        assert kit.reasons(ex) == {"attachment:b.doc": "corrupt"}


# --- PowerPoint 97-2003 ------------------------------------------------------------------

def record(rec_type: int, body: bytes = b"", *, container: bool = False) -> bytes:
    """A record: recVer 0xF for a container, recInstance 0, recType, recLen."""
    return struct.pack("<HHI", 0xF if container else 0, rec_type, len(body)) + body


def chars(text: str) -> bytes:
    return record(0x0FA0, text.encode("utf-16-le"))


def ppt(slides: list[str], *, shape_text: str = "", master: str = "マスター タイトルの書式設定",
        notes: str = "") -> bytes:
    header = record(0x0F9F, struct.pack("<I", 1))
    slide_list = record(0x0FF0, b"".join(header + chars(t) for t in slides), container=True)
    document = record(0x03E8, slide_list, container=True)
    main_master = record(0x03F8, record(0x040C, record(0xF002, record(
        0xF00D, chars(master), container=True), container=True), container=True), container=True)
    textbox = record(0xF00D, record(0x0FA8, shape_text.encode("latin-1")), container=True)
    slide = record(0x03EE, record(0x040C, record(0xF002, textbox, container=True),
                                  container=True), container=True)
    notes_slide = record(0x03F0, chars(notes), container=True) if notes else b""
    stream = document + main_master + slide + notes_slide
    return ole({"PowerPoint Document": stream, "Current User": b"\x00" * 20})


def test_ppt_slides_shapes_and_notes_without_the_master_prompts():
    data = ppt(["採用計画\r2026年度", "候補者一覧\r石田 遥 090-3300-4400\x0b中島 蒼"],
               shape_text="Draft v2", notes="面接官: 小林")
    ex = kit.extract_one("採用.ppt", data, "application/vnd.ms-powerpoint")
    assert ex.unscannable == []
    text = kit.texts(ex, "attachment:採用.ppt", role="")
    assert text.split("\n") == ["採用計画", "2026年度", "候補者一覧", "石田 遥 090-3300-4400",
                                "中島 蒼", "Draft v2", "面接官: 小林"]
    assert "マスター" not in text


def test_ppt_with_a_truncated_stream_keeps_what_came_before_or_is_corrupt():
    whole = ppt(["一枚目の文字"])
    stream_cut = ole({"PowerPoint Document": record(0x0FA0, b"\x00" * 10)[:8] + b"\x00" * 4})
    ex = kit.extract_one("cut.ppt", stream_cut)
    assert kit.reasons(ex) == {"attachment:cut.ppt": "corrupt"}
    ex = kit.extract_one("ok.ppt", whole)
    assert "一枚目の文字" in kit.texts(ex, "attachment:ok.ppt")


# --- Outlook .msg --------------------------------------------------------------------------

PT_UNICODE, PT_BINARY, PT_LONG = 0x001F, 0x0102, 0x0003


def _props(entries: list[tuple[int, int, bytes]], header: bytes) -> bytes:
    return header + b"".join(struct.pack("<II", tag, 6) + value for tag, _, value in entries)


def _variable(prop: int, kind: int, size: int) -> tuple[int, int, bytes]:
    return (prop << 16 | kind, kind, struct.pack("<II", size, 0))


def _add_message(streams: dict[str, bytes], prefix: str, subject: str, body: str,
                 attachments: list, top: bool) -> None:
    entries = []
    for prop, text in ((0x001A, "IPM.Note"), (0x0037, subject), (0x1000, body)):
        data = text.encode("utf-16-le")
        streams[f"{prefix}__substg1.0_{prop:04X}001F"] = data
        entries.append(_variable(prop, PT_UNICODE, len(data) + 2))
    counts = struct.pack("<IIII", 0, len(attachments), 0, len(attachments))
    header = b"\0" * 8 + counts + (b"\0" * 8 if top else b"")
    streams[prefix + "__properties_version1.0"] = _props(entries, header)
    for i, (name, data) in enumerate(attachments):
        storage = f"{prefix}__attach_version1.0_#{i:08X}/"
        filename = name.encode("utf-16-le")
        streams[storage + "__substg1.0_3707001F"] = filename
        entries = [_variable(0x3707, PT_UNICODE, len(filename) + 2)]
        if isinstance(data, tuple):  # an embedded message: ATTACH_EMBEDDED_MSG
            entries.append((0x3705 << 16 | PT_LONG, PT_LONG, struct.pack("<I4x", 5)))
            _add_message(streams, storage + "__substg1.0_3701000D/", *data, top=False)
        else:  # ATTACH_BY_VALUE
            entries.append((0x3705 << 16 | PT_LONG, PT_LONG, struct.pack("<I4x", 1)))
            streams[storage + "__substg1.0_37010102"] = data
            entries.append(_variable(0x3701, PT_BINARY, len(data)))
        streams[storage + "__properties_version1.0"] = _props(entries, b"\0" * 8)


def outlook_msg(subject: str, body: str, attachments: list = ()) -> bytes:
    """attachments: (name, bytes) or (name, (subject, body, attachments)) for an
    embedded message."""
    streams = {f"__nameid_version1.0/__substg1.0_{n}": b""
               for n in ("00020102", "00030102", "00040102")}
    _add_message(streams, "", subject, body, list(attachments), top=True)
    return ole(streams)


MEMBERS = ("会員番号,氏名,電話番号\r\nK-01,福田 陽菜,090-8080-0001\r\n"
           "K-02,西村 大和,090-8080-0002\r\n")


def test_msg_body_attachments_and_an_embedded_message_are_read():
    inner = ("Fw: 会員の件", "転送します。\r\n問合せ先 03-5500-6600", [("memo.txt", b"inner memo")])
    data = outlook_msg("会員名簿", "各位\r\n\r\n会員名簿を添付します。\r\n",
                       [("会員.csv", MEMBERS.encode("cp932")), ("転送.msg", inner)])
    ex = kit.extract_one("会員名簿.msg", data, "application/vnd.ms-outlook")
    assert ex.unscannable == []
    assert kit.texts(ex, "attachment:会員名簿.msg") == "会員名簿\n各位\n\n会員名簿を添付します。"
    [csv] = [p for p in ex.parts if p.where == "attachment:会員名簿.msg/会員.csv"]
    assert csv.table is not None and csv.table.header == ("会員番号", "氏名", "電話番号")
    assert "03-5500-6600" in kit.texts(ex, "attachment:会員名簿.msg/転送.msg")
    assert kit.texts(ex, "attachment:会員名簿.msg/転送.msg/memo.txt") == "inner memo"
    assert ex.attachment_names == ["会員名簿.msg", "会員名簿.msg/会員.csv", "会員名簿.msg/転送.msg",
                                   "会員名簿.msg/転送.msg/memo.txt"]


def test_a_msg_attached_to_external_mail_is_judged_on_its_content():
    doc = word_doc("在籍証明\r氏名 本田 翔\r")
    data = outlook_msg("Re: 書類", "よろしくお願いします。", [("証明.doc", doc)])
    v = judge_mail(kit.mail([("書類.msg", data, "application/octet-stream")], to=EXTERNAL))
    assert not [f for f in v.findings if f.detector == "unscannable_attachment"]


def test_msg_nested_deeper_than_the_limit_is_too_deep():
    from mailguard.config import LimitsConfig

    message = ("最深部", "本文", [])
    for level in range(4):
        message = (f"階層{level}", "本文", [(f"m{level}.msg", message)])
    data = outlook_msg(*message)
    ex = kit.extract_one("deep.msg", data, limits=LimitsConfig(max_depth=3))
    assert "too_deep" in kit.reasons(ex).values()


def test_a_damaged_msg_is_corrupt():
    data = outlook_msg("件名", "本文")
    streams_broken = ole({"__substg1.0_0037001F": "件名".encode("utf-16-le"),
                          "__properties_version1.0": b"\x01\x02"})
    for blob in (data[: len(data) // 2], streams_broken):
        ex = kit.extract_one("x.msg", blob)
        assert kit.reasons(ex) == {"attachment:x.msg": "corrupt"}
