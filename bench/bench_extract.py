"""Attachment extraction throughput per format, and whether cost grows linearly.

    python bench/bench_extract.py [--sizes 1 20] [--formats csv xlsx ...] [--repeat 1]
                                  [--default-limits]

For each format, generates files of about 1 MB and 20 MB (the attachment's own size, as
it would be attached) from seeded fake customer data in Japanese, then extracts each one
in a fresh subprocess (so peak memory is that file's alone) with the limits raised out
of the way (or the defaults, with ``--default-limits``), and prints MB/s, seconds, peak
RSS, characters of text out, and the per-MB cost at the largest size relative to the
smallest ("x1.00" = exactly linear).

Formats: csv (CP932), txt, html, rtf, xlsx (shared strings, as Excel writes), xlsx-inline
(openpyxl's own output), xls, docx, pptx, pdf (Japanese CID font),
zip (of CP932 CSVs).  Generation of the 20 MB files takes a few minutes (openpyxl,
python-pptx and reportlab write slowly); PDF extraction is the slow one.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

MB = 1_000_000
SURNAMES = [
    "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺",
    "山本", "中村", "小林", "加藤", "吉田", "山田",
    "佐々木", "山口", "松本", "井上", "木村", "林",
    "清水", "斎藤",
]
GIVEN = [
    "太郎", "花子", "一郎", "美咲", "健太", "陽子",
    "翔太", "由美", "大輔", "愛", "直樹", "裕子",
    "拓也", "恵", "剛", "明美", "誠", "真由美",
    "亮", "香織",
]
PREFS = [
    "東京都", "大阪府", "神奈川県", "愛知県", "福岡県", "北海道",
    "京都府", "兵庫県", "埼玉県", "千葉県",
]
CITIES = [
    "中央区", "北区", "港区", "西区", "南区", "青葉区",
    "緑区", "中区", "東区", "本町",
]
HEADER = ["氏名", "フリガナ", "電話番号", "メールアドレス", "住所", "生年月日", "備考"]
NOTES = ["継続案件", "要連絡", "資料送付済み", "見積提出", "来月訪問予定", "", "担当変更あり"]


def fake_rows(n: int, seed: int = 4) -> list[list[str]]:
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        rows.append([
            f"{rnd.choice(SURNAMES)} {rnd.choice(GIVEN)}",
            "ヤマダ タロウ",
            f"0{rnd.randint(3, 9)}0-{rnd.randint(1000, 9999)}-{rnd.randint(1000, 9999)}",
            f"user{i}.{rnd.randint(100, 999)}@example{rnd.randint(1, 50)}.co.jp",
            f"{rnd.choice(PREFS)}{rnd.choice(CITIES)}{rnd.randint(1, 9)}-{rnd.randint(1, 30)}"
            f"-{rnd.randint(1, 20)}",
            f"{rnd.randint(1950, 2005)}-{rnd.randint(1, 12):02}-{rnd.randint(1, 28):02}",
            rnd.choice(NOTES),
        ])
    return rows


# --- generators: rows → file bytes ---------------------------------------------------------------

def gen_csv(rows):
    return "\r\n".join(",".join(r) for r in [HEADER, *rows]).encode("cp932")


def gen_txt(rows):
    return "\n".join(" ".join(r) for r in rows).encode("utf-8")


def gen_html(rows):
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows)
    return f"<html><body><table>{body}</table></body></html>".encode()


def gen_rtf(rows):
    def esc(s: str) -> str:
        return "".join(c if ord(c) < 128 else f"\\u{ord(c) - 65536 if ord(c) > 32767 else ord(c)}?"
                       for c in s)
    lines = "".join(esc("\t".join(r)) + "\\par\n" for r in rows)
    return ("{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0 MS Gothic;}}\\f0\n" + lines + "}"
            ).encode("ascii")


def gen_xlsx(rows):
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("顧客")
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def gen_xlsx_sst(rows):
    """An XLSX as Excel writes it: strings in the shared-strings table (openpyxl writes
    inline strings, which read slower)."""
    from xml.sax.saxutils import escape

    strings: dict[str, int] = {}
    out_rows = []
    for r, row in enumerate([HEADER, *rows], start=1):
        cells = "".join(f'<c r="{chr(65 + c)}{r}" t="s"><v>{strings.setdefault(v, len(strings))}'
                        f"</v></c>" for c, v in enumerate(row))
        out_rows.append(f'<row r="{r}">{cells}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sheet = f'<worksheet xmlns="{main}"><sheetData>{"".join(out_rows)}</sheetData></worksheet>'
    sst = (f'<sst xmlns="{main}" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    return _replace(gen_xlsx([]), {"xl/worksheets/sheet1.xml": sheet.encode()},
                    add={"xl/sharedStrings.xml": sst.encode()})


def gen_xls(rows):
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for start in range(0, max(len(rows), 1), 60000):
        ws = book.add_sheet(f"顧客{start // 60000 + 1}")
        for c, h in enumerate(HEADER):
            ws.write(0, c, h)
        for i, r in enumerate(rows[start:start + 60000], start=1):
            for c, v in enumerate(r):
                ws.write(i, c, v)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def gen_docx(rows):
    from xml.sax.saxutils import escape

    import docx
    skeleton = io.BytesIO()
    docx.Document().save(skeleton)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paras = "".join(f"<w:p><w:r><w:t>{escape(' '.join(r))}</w:t></w:r></w:p>" for r in rows[::2])
    cells = "".join("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{escape(c)}</w:t></w:r></w:p></w:tc>"
                                       for c in r) + "</w:tr>" for r in rows[1::2])
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{w}">'
           f"<w:body>{paras}<w:tbl>{cells}</w:tbl></w:body></w:document>").encode()
    return _replace(skeleton.getvalue(), {"word/document.xml": xml})


def gen_pptx(rows):
    from pptx import Presentation

    prs = Presentation()
    for start in range(0, len(rows), 40):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = f"顧客一覧 {start // 40 + 1}"
        slide.placeholders[1].text = "\n".join(" ".join(r) for r in rows[start:start + 40])
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def gen_pdf(rows):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for start in range(0, len(rows), 55):
        c.setFont("HeiseiMin-W3", 8)
        for i, r in enumerate(rows[start:start + 55]):
            c.drawString(30, 810 - 14 * i, " ".join(r[:5]))
        c.showPage()
    c.save()
    return buf.getvalue()


def gen_zip(rows):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, start in enumerate(range(0, len(rows), 20000)):
            z.writestr(f"顧客/{n:03}.csv", gen_csv(rows[start:start + 20000]))
    return buf.getvalue()


def _replace(data: bytes, parts: dict[str, bytes], add: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = parts.get(info.filename, src.read(info))
            if add and info.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.'
                                          b'xml" ContentType="application/vnd.openxmlformats-'
                                          b'officedocument.spreadsheetml.sharedStrings+xml"/>'
                                          b"</Types>")
            if add and info.filename == "xl/_rels/workbook.xml.rels":
                content = content.replace(b"</Relationships>", b'<Relationship Id="rIdSST" '
                                          b'Type="http://schemas.openxmlformats.org/'
                                          b'officeDocument/2006/relationships/sharedStrings" '
                                          b'Target="sharedStrings.xml"/></Relationships>')
            dst.writestr(info.filename, content)
        for name, content in (add or {}).items():
            dst.writestr(name, content)
    return out.getvalue()


FORMATS: dict[str, tuple[str, Callable[[list[list[str]]], bytes]]] = {
    "csv": ("顧客.csv", gen_csv), "txt": ("顧客.txt", gen_txt), "html": ("顧客.html", gen_html),
    "rtf": ("顧客.rtf", gen_rtf), "xlsx": ("顧客.xlsx", gen_xlsx_sst),
    "xlsx-inline": ("顧客i.xlsx", gen_xlsx), "xls": ("顧客.xls", gen_xls),
    "docx": ("顧客.docx", gen_docx), "pptx": ("顧客.pptx", gen_pptx), "pdf": ("顧客.pdf", gen_pdf),
    "zip": ("顧客.zip", gen_zip),
}


def generate(fmt: str, target: int) -> bytes:
    """About ``target`` bytes of the format: calibrate on a sample, then scale."""
    _, gen = FORMATS[fmt]
    sample = 2000
    per_row = len(gen(fake_rows(sample))) / sample
    n = max(int(target / per_row), 10)
    data = gen(fake_rows(n))
    if abs(len(data) - target) > target * 0.1:  # one correction for fixed overheads
        n = max(int(n * target / len(data)), 10)
        data = gen(fake_rows(n))
    return data


# --- measuring (in a child process per file) ------------------------------------------------------

def measure_one(path: str, repeat: int, default_limits: bool = False) -> dict:
    from mailguard.config import LimitsConfig
    from mailguard.extract.pipeline import extract
    from mailguard.mime.parse import Attachment, ParsedMessage

    data = Path(path).read_bytes()
    name = Path(path).name.split("-", 1)[1]
    limits = LimitsConfig() if default_limits else LimitsConfig(
        max_total_bytes=10**10, max_file_bytes=10**10, max_members=10**6, max_pages=10**6,
        max_cells=10**9, max_text_chars=10**10, time_budget=3600.0)
    pm = ParsedMessage(attachments=[Attachment(name, "application/octet-stream", data,
                                               f"attachment:{name}")])
    best = None
    for _ in range(repeat):
        started = time.perf_counter()
        ex = extract(pm, limits)
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    return {"bytes": len(data), "seconds": best,
            "chars": sum(len(p.text) for p in ex.parts),
            "unscannable": [u.reason for u in ex.unscannable],
            "rss_mib": _peak_rss_mib()}


def _peak_rss_mib() -> float:
    """This process's peak RSS (VmHWM: unlike ru_maxrss, not inherited from the parent
    that forked it before exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=float, default=[1, 20], help="MB per file")
    ap.add_argument("--formats", nargs="+", default=list(FORMATS), choices=list(FORMATS))
    ap.add_argument("--repeat", type=int, default=1, help="best of N extractions")
    ap.add_argument("--default-limits", action="store_true",
                    help="extract with the shipped default limits (shows what is cut, and "
                         "the peak memory a message of that size costs in production)")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure_one(args.one, args.repeat, args.default_limits)))
        return 0
    print(f"{'format':6} {'size MB':>8} {'seconds':>8} {'MB/s':>7} {'chars/s':>10} "
          f"{'RSS MiB':>8} {'cost/MB vs first':>16}")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in args.formats:
            first_cost = None
            for size in args.sizes:
                data = generate(fmt, int(size * MB))
                path = Path(tmp) / f"{size}-{FORMATS[fmt][0]}"
                path.write_bytes(data)
                extra = ["--default-limits"] if args.default_limits else []
                out = subprocess.run([sys.executable, __file__, "--one", str(path),
                                      "--repeat", str(args.repeat), *extra],
                                     capture_output=True, text=True, check=True)
                r = json.loads(out.stdout)
                mb = r["bytes"] / MB
                cost = r["seconds"] / mb
                first_cost = first_cost or cost
                note = f" unscannable={r['unscannable']}" if r["unscannable"] else ""
                print(f"{fmt:6} {mb:8.2f} {r['seconds']:8.3f} {mb / r['seconds']:7.2f} "
                      f"{r['chars'] / r['seconds']:10.0f} {r['rss_mib']:8.0f} "
                      f"{'x' + format(cost / first_cost, '.2f'):>16}{note}", flush=True)
                path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
