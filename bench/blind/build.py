"""Build the blind evaluation corpus: message specs (corpus_*.py) → .eml files + labels.

    python bench/blind/build.py [--out DIR] [--only corpus_hr.py ...]

Each ``corpus_*.py`` beside this file defines ``MESSAGES``, a list of dicts written from
BRIEF.md by authors who never read mailguard's code (see BRIEF.md for the format of a
message and its labels).  This script renders them as real mail: the charset asked for
(ISO-2022-JP, Shift_JIS/CP932 or UTF-8), multipart/alternative for text + HTML, and real
attachment files (XLSX with openpyxl, DOCX with python-docx, PPTX with python-pptx, PDF
with reportlab and Japanese CID fonts, legacy XLS with xlwt, ZIP with pyzipper, attached
mail).  It writes ``DIR/<id>.eml`` and ``DIR/labels.jsonl`` (one line per message: id,
split, expect, entities, detectors, note).

The split is decided here, by a hash of the id, never by the author: ``test`` messages
are only ever scored (bench/bench_detect.py), ``dev`` messages may be looked at.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import io
import json
import random
import sys
import zipfile
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.utils import formataddr, formatdate, make_msgid, parseaddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# -- helpers for the authors ------------------------------------------------------------


def my_number(seed: int) -> str:
    """A 12-digit My Number whose check digit is valid (個人番号の指定等に関する省令 第5条)."""
    rng = random.Random(f"mynumber-{seed}")
    body = [rng.randrange(10) for _ in range(11)]
    body[0] = rng.randrange(1, 10)
    total = 0
    for n in range(1, 12):  # P_n: the n-th digit from the right of the 11
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    return "".join(map(str, body)) + str(check)


def card_number(seed: int) -> str:
    """A 16-digit card number (Visa / Mastercard / JCB ranges) whose Luhn digit is valid."""
    rng = random.Random(f"card-{seed}")
    prefix = rng.choice(["4", "51", "52", "53", "54", "55", "3528", "3589", "35"])
    digits = [int(c) for c in prefix]
    while len(digits) < 15:
        digits.append(rng.randrange(10))
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    digits.append((10 - total % 10) % 10)
    return "".join(map(str, digits))


def split_of(msg_id: str) -> str:
    """dev or test, from the id alone (about half each)."""
    return "test" if hashlib.sha256(msg_id.encode()).digest()[0] & 1 else "dev"


# -- rendering ---------------------------------------------------------------------------

_CHARSETS = {"iso-2022-jp": "iso-2022-jp", "cp932": "shift_jis", "shift_jis": "shift_jis",
             "utf-8": "utf-8"}


def _codec(charset: str) -> str:
    return {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp_ext"}.get(charset, charset)


def _encodable(text: str, charset: str) -> bool:
    try:
        text.encode(_codec(charset))
        return True
    except UnicodeEncodeError:
        return False


def _text_part(text: str, subtype: str, charset: str) -> MIMEBase:
    cs = charset if _encodable(text, charset) else "utf-8"
    part = MIMEBase("text", subtype)
    part.set_param("charset", cs.upper() if cs != "utf-8" else "utf-8")
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(_codec(cs))
    if cs == "iso-2022-jp":
        part["Content-Transfer-Encoding"] = "7bit"
        part.set_payload(data.decode("ascii"))
    else:
        import base64

        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def _header_charset(text: str, charset: str) -> str:
    """The charset a header is encoded in: the mail's, unless the text does not fit it.
    (The email package writes Shift_JIS headers as ISO-2022-JP, which has no ～ or ①: such
    a header goes out in UTF-8 instead of failing.)"""
    if charset in ("cp932", "shift_jis"):
        try:
            text.encode("iso-2022-jp")
            return "shift_jis"
        except UnicodeEncodeError:
            return "utf-8"
    return charset if _encodable(text, charset) else "utf-8"


def _addr(value: str, charset: str) -> str:
    name, address = parseaddr(value)
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    return formataddr((Header(name, _header_charset(name, charset)).encode(), address))


def _header_text(text: str, charset: str) -> str:
    if text.isascii():
        return text
    return Header(text, _header_charset(text, charset)).encode()


def _pdf(spec: dict[str, Any]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buf = io.BytesIO()
    kwargs: dict[str, Any] = {}
    if spec.get("password"):
        from reportlab.lib import pdfencrypt

        kwargs["encrypt"] = pdfencrypt.StandardEncryption(spec["password"], canPrint=0)
    c = canvas.Canvas(buf, pagesize=A4, **kwargs)
    if spec.get("title"):
        c.setTitle(spec["title"])
    width, height = A4

    def decorate() -> None:
        c.setFont("HeiseiKakuGo-W5", 9)
        if spec.get("page_header"):
            c.drawRightString(width - 40, height - 30, spec["page_header"])
        if spec.get("page_footer"):
            c.drawCentredString(width / 2, 25, spec["page_footer"])
        c.setFont("HeiseiKakuGo-W5", 10)

    decorate()
    y = height - 60

    def newline() -> None:
        nonlocal y
        y -= 16
        if y < 50:
            c.showPage()
            decorate()
            y = height - 60

    for line in spec.get("lines", []):
        c.drawString(40, y, line)
        newline()
    table = spec.get("table") or []
    if table:
        ncols = max(len(r) for r in table)
        widths = [max(len(str(r[i])) if i < len(r) else 0 for r in table) for i in range(ncols)]
        total = sum(max(w, 2) for w in widths) or 1
        xs = [40.0]
        for w in widths[:-1]:
            xs.append(xs[-1] + (width - 80) * max(w, 2) / total)
        c.setFont("HeiseiKakuGo-W5", 8)
        for row in table:
            for i, cell in enumerate(row):
                c.drawString(xs[i], y, str(cell))
            newline()
    c.save()
    return buf.getvalue()


def _xlsx(spec: dict[str, Any]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in spec.get("sheets", {"Sheet1": []}).items():
        ws = wb.create_sheet(title=str(name)[:31])
        for row in rows:
            ws.append(list(row))
        if spec.get("page_header"):
            ws.oddHeader.center.text = spec["page_header"]
        if spec.get("page_footer"):
            ws.oddFooter.center.text = spec["page_footer"]
    if spec.get("title"):
        wb.properties.title = spec["title"]
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _xls(spec: dict[str, Any]) -> bytes:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    for name, rows in spec.get("sheets", {"Sheet1": []}).items():
        ws = wb.add_sheet(str(name)[:31])
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                ws.write(r, c, v)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _docx(spec: dict[str, Any]) -> bytes:
    import docx

    d = docx.Document()
    sec = d.sections[0]
    if spec.get("page_header"):
        sec.header.paragraphs[0].text = spec["page_header"]
    if spec.get("page_footer"):
        sec.footer.paragraphs[0].text = spec["page_footer"]
    if spec.get("title"):
        d.core_properties.title = spec["title"]
    for p in spec.get("paragraphs", []):
        d.add_paragraph(p)
    for rows in spec.get("tables", []):
        ncols = max((len(r) for r in rows), default=1)
        t = d.add_table(rows=len(rows), cols=ncols)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                t.cell(i, j).text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pptx(spec: dict[str, Any]) -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    layout = prs.slide_layouts[1]
    for slide_spec in spec.get("slides", []):
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = slide_spec[0] if slide_spec else ""
        body = slide.placeholders[1].text_frame
        lines = list(slide_spec[1:])
        body.text = lines[0] if lines else ""
        for line in lines[1:]:
            body.add_paragraph().text = line
        if spec.get("page_footer"):
            tb = slide.shapes.add_textbox(Inches(0.3), Inches(7.0), Inches(4), Inches(0.4))
            tb.text_frame.text = spec["page_footer"]
    if spec.get("title"):
        prs.core_properties.title = spec["title"]
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")


def _zip(spec: dict[str, Any], seed: str) -> bytes:
    files = [(f["name"], render_file(f, seed + f["name"])) for f in spec.get("files", [])]
    buf = io.BytesIO()
    if spec.get("password"):
        import pyzipper

        with pyzipper.AESZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED,
                                 encryption=pyzipper.WZ_AES) as z:
            z.setpassword(spec["password"].encode())
            for name, data in files:
                z.writestr(name, data)
    else:
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in files:
                z.writestr(name, data)
    return buf.getvalue()


def _corrupt(spec: dict[str, Any], seed: str) -> bytes:
    name = spec["name"].lower()
    ext = name.rsplit(".", 1)[-1] if "." in name else "bin"
    base: dict[str, Any] = {"name": spec["name"]}
    if ext in ("xlsx", "xlsm"):
        good = _xlsx({"sheets": {"Sheet1": [["氏名", "電話"], ["x", "y"]] * 20}})
    elif ext == "docx":
        good = _docx({"paragraphs": ["本文"] * 50})
    elif ext == "pptx":
        good = _pptx({"slides": [["t", "x"]] * 5})
    elif ext == "pdf":
        good = _pdf({"lines": ["本文"] * 40})
    elif ext == "zip":
        good = _zip({"files": [{"kind": "txt", "name": "a.txt", "text": "x" * 4000}]}, seed)
    else:
        good = render_file({**base, "kind": "txt", "text": "x" * 2000}, seed)
    rng = random.Random(seed)
    cut = good[: max(len(good) * 2 // 5, 64)]
    garbled = bytearray(cut)
    for _ in range(40):
        i = rng.randrange(len(garbled) // 4, len(garbled))
        garbled[i] = rng.randrange(256)
    return bytes(garbled)


def render_file(spec: dict[str, Any], seed: str = "") -> bytes:
    kind = spec["kind"]
    if kind == "csv":
        enc = spec.get("encoding", "cp932")
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\r\n").writerows(spec.get("rows", []))
        return buf.getvalue().encode(enc if enc != "shift_jis" else "cp932", "replace")
    if kind == "txt":
        enc = spec.get("encoding", "utf-8")
        return spec.get("text", "").replace("\n", "\r\n").encode(enc, "replace")
    if kind == "html":
        return spec.get("html", "").encode("utf-8")
    if kind == "xlsx":
        return _xlsx(spec)
    if kind == "xls":
        return _xls(spec)
    if kind == "docx":
        return _docx(spec)
    if kind == "pptx":
        return _pptx(spec)
    if kind == "pdf":
        return _pdf(spec)
    if kind == "zip":
        return _zip(spec, seed)
    if kind == "eml":
        return render_message(spec["message"], seed)
    if kind == "corrupt":
        return _corrupt(spec, seed)
    if kind == "png":
        return _PNG
    raise ValueError(f"unknown attachment kind {kind!r}")


_MIME = {"csv": ("text", "csv"), "txt": ("text", "plain"), "html": ("text", "html"),
         "xlsx": ("application",
                  "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
         "xls": ("application", "vnd.ms-excel"),
         "docx": ("application",
                  "vnd.openxmlformats-officedocument.wordprocessingml.document"),
         "pptx": ("application",
                  "vnd.openxmlformats-officedocument.presentationml.presentation"),
         "pdf": ("application", "pdf"), "zip": ("application", "zip"),
         "eml": ("message", "rfc822"), "png": ("image", "png")}


def _attachment(spec: dict[str, Any], charset: str, seed: str) -> MIMEBase:
    data = render_file(spec, seed)
    kind = spec["kind"]
    if kind == "corrupt":
        ext = spec["name"].lower().rsplit(".", 1)[-1]
        kind = ext if ext in _MIME else "zip"
    maintype, subtype = _MIME.get(kind, ("application", "octet-stream"))
    if maintype == "message":
        from email import message_from_bytes
        from email.mime.message import MIMEMessage

        part: MIMEBase = MIMEMessage(message_from_bytes(data))
    else:
        part = MIMEApplication(data, _subtype=subtype)
        if maintype != "application":
            part.replace_header("Content-Type", f"{maintype}/{subtype}")
    name = spec["name"]
    if name.isascii():
        part.add_header("Content-Disposition", "attachment", filename=name)
    else:
        # what Japanese clients commonly send: RFC 2231 and an RFC 2047 name= for old readers
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        part.set_param("name", Header(name, "utf-8").encode())
    return part


def render_message(spec: dict[str, Any], seed: str = "") -> bytes:
    charset = _CHARSETS[spec.get("charset", "utf-8").lower()]
    body, html = spec.get("body"), spec.get("html")
    if body is not None and html is not None:
        main: MIMEBase = MIMEMultipart("alternative")
        main.attach(_text_part(body, "plain", charset))
        main.attach(_text_part(html, "html", charset))
    elif html is not None:
        main = _text_part(html, "html", charset)
    else:
        main = _text_part(body or "", "plain", charset)
    attachments = spec.get("attachments") or []
    if attachments:
        msg: MIMEBase = MIMEMultipart("mixed")
        msg.attach(main)
        for a in attachments:
            msg.attach(_attachment(a, charset, seed + a["name"]))
    else:
        msg = main
    rng = random.Random(seed)
    msg["From"] = _addr(spec["sender"], charset)
    for field in ("to", "cc"):
        addrs = spec.get(field) or []
        if addrs:
            msg[field.capitalize()] = ", ".join(_addr(a, charset) for a in addrs)
    if spec.get("bcc"):
        msg["Bcc"] = ", ".join(_addr(a, charset) for a in spec["bcc"])
    msg["Subject"] = _header_text(spec.get("subject", ""), charset)
    msg["Date"] = formatdate(1790000000 + rng.randrange(10_000_000), localtime=False)
    msg["Message-ID"] = make_msgid(idstring=hashlib.sha1(seed.encode()).hexdigest()[:12],
                                   domain="hinode-sangyo.co.jp")
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    # headers first, as mail clients write them
    items = msg._headers
    order = ["From", "To", "Cc", "Bcc", "Subject", "Date", "Message-ID", "MIME-Version"]
    items.sort(key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n", max_line_length=998))


def load(files: list[Path]) -> list[dict[str, Any]]:
    sys.path.insert(0, str(HERE))
    out: list[dict[str, Any]] = []
    for path in files:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for m in mod.MESSAGES:
            out.append({**m, "_file": path.name})
    return out


LABEL_KEYS = ("expect", "entities", "detectors", "note")


def build(out: Path, files: list[Path]) -> list[dict[str, Any]]:
    out.mkdir(parents=True, exist_ok=True)
    messages = load(files)
    seen: set[str] = set()
    labels = []
    for m in messages:
        mid = m["id"]
        if mid in seen:
            raise SystemExit(f"{m['_file']}: duplicate id {mid}")
        seen.add(mid)
        if m.get("expect") not in ("stop", "pass", "either"):
            raise SystemExit(f"{mid}: expect must be stop, pass or either")
        try:
            raw = render_message(m, mid)
        except Exception as e:  # the author's spec is at fault: say which
            raise SystemExit(f"{m['_file']}: {mid}: {type(e).__name__}: {e}") from e
        (out / f"{mid}.eml").write_bytes(raw)
        labels.append({"id": mid, "file": m["_file"], "split": split_of(mid),
                       **{k: m.get(k, [] if k != "note" else "") for k in LABEL_KEYS}})
    with (out / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    return labels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default="/tmp/mailguard-blind", help="where to write the .eml files")
    ap.add_argument("--only", nargs="*", help="corpus files to build (default: all)")
    args = ap.parse_args()
    files = ([HERE / f for f in args.only] if args.only
             else sorted(HERE.glob("corpus_*.py")))
    labels = build(Path(args.out), files)
    by = {k: sum(1 for lab in labels if lab["expect"] == k) for k in ("stop", "pass", "either")}
    test = sum(1 for lab in labels if lab["split"] == "test")
    print(f"{len(labels)} messages → {args.out} (stop {by['stop']}, pass {by['pass']}, "
          f"either {by['either']}; test half {test}, dev half {len(labels) - test})")


if __name__ == "__main__":
    main()
