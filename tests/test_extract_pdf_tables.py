"""PDF tables keep their columns: a roster drawn cell by cell (as Excel, Word and report
tools draw one) comes out as one line per row, cells separated by runs of spaces, with
Japanese CID fonts.  Text in form XObjects and rotated stamps is still read."""

from __future__ import annotations

import io
import re

import extractkit as kit
import pytest

from mailguard.extract.pdf import tidy_layout

COLUMNS = re.compile(r"\t| {2,}")  # cells: a tab (runs) or a run of spaces (layout)

ROSTER = [
    ("社員番号", "氏名", "入社日", "携帯電話", "住所"),
    ("A0193", "長谷川 真由美", "2011/04/01", "090-3141-5926", "神奈川県横浜市西区みなとみらい2-2"),
    ("A0207", "東 修", "平成25年10月1日", "080-2718-2818", "埼玉県さいたま市浦和区高砂3-15-1"),
    ("B1102", "勅使河原 澪", "R3.4.1", "070-1414-2135", "千葉県千葉市中央区市場町1-1"),
    ("B1150", "林 一", "2020/07/15", "090-1732-0508", "東京都八王子市元本郷町3-24-1"),
]
X = (40, 100, 200, 290, 380)


def _canvas(font: str):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(font))
    buf = io.BytesIO()
    return buf, canvas.Canvas(buf)


def roster_pdf(rows, font: str = "HeiseiKakuGo-W5", per_page: int = 40,
               repeat_header: bool = False) -> bytes:
    """Each cell its own text run, rules between the rows, as a report tool draws."""
    buf, c = _canvas(font)
    header, body = rows[0], rows[1:]
    for start in range(0, len(body), per_page):
        page = [header, *body[start:start + per_page]] if (start == 0 or repeat_header) \
            else body[start:start + per_page]
        c.setFont(font, 8)
        for i, row in enumerate(page):
            y = 790 - 18 * i
            for x, cell in zip(X, row, strict=True):
                c.drawString(x, y, cell)
            c.setLineWidth(0.3)
            c.line(35, y - 5, 570, y - 5)
        c.showPage()
    c.save()
    return buf.getvalue()


def cells_of(text: str) -> list[list[str]]:
    return [COLUMNS.split(line.strip()) for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize("font", ["HeiseiKakuGo-W5", "HeiseiMin-W3"])
def test_roster_drawn_cell_by_cell_keeps_rows_and_columns(font):
    ex = kit.extract_one("社員名簿.pdf", roster_pdf(ROSTER, font), "application/pdf")
    assert not ex.unscannable
    text = kit.texts(ex, "attachment:社員名簿.pdf", role="")
    assert cells_of(text) == [list(r) for r in ROSTER]


def test_a_long_roster_over_pages_is_rows_on_every_page():
    rows = [ROSTER[0]] + [(f"C{i:04}", f"社員 {i}号", "2019/04/01", f"090-0000-{i:04}",
                           f"大阪府堺市堺区南瓦町{i % 9 + 1}-1") for i in range(95)]
    data = roster_pdf(rows, per_page=40, repeat_header=True)
    ex = kit.extract_one("全社員.pdf", data, "application/pdf")
    found = cells_of(kit.texts(ex, "attachment:全社員.pdf", role=""))
    body = [r for r in found if r != list(ROSTER[0])]
    assert body == [list(r) for r in rows[1:]]
    assert found.count(list(ROSTER[0])) == 3  # the header row heads each of the 3 pages
    # the repeated header row is the pages' furniture too
    assert any(p.role == "header" and p.text.startswith("社員番号") for p in ex.parts)


def test_text_in_a_form_xobject_and_a_rotated_stamp_are_read():
    buf, c = _canvas("HeiseiMin-W3")
    c.beginForm("letterhead")
    c.setFont("HeiseiMin-W3", 9)
    c.drawString(40, 810, "株式会社サンプル 人事部 取扱注意")
    c.endForm()
    c.doForm("letterhead")
    c.setFont("HeiseiMin-W3", 10)
    c.drawString(40, 700, "面談記録")
    c.saveState()
    c.translate(560, 300)
    c.rotate(90)
    c.setFont("HeiseiMin-W3", 24)
    c.drawString(0, 0, "部外秘")
    c.restoreState()
    c.showPage()
    c.save()
    ex = kit.extract_one("記録.pdf", buf.getvalue(), "application/pdf")
    text = kit.texts(ex, "attachment:記録.pdf", role="")
    for expected in ("株式会社サンプル 人事部 取扱注意", "面談記録", "部外秘"):
        assert expected in text


def test_layout_padding_is_trimmed_but_columns_stay():
    page = "\n\n      氏名      電話      \n\n\n\n      森 一    03-1111-2222\n"
    assert tidy_layout(page) == "氏名      電話\n\n森 一    03-1111-2222"


def test_runs_placed_absurdly_far_apart_do_not_blow_up():
    """A page whose runs sit 10**7 points apart: pypdf would pad each gap with up to
    10 000 spaces; the text stays small."""
    runs = b"".join(b"BT /F1 10 Tf %d 700 Td (x) Tj ET\n" % (i * 10_000_000)
                    for i in range(500))
    stream = b"<< /Length %d >>\nstream\n" % len(runs) + runs + b"\nendstream"
    data = kit.raw_pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
           b"/Resources << /Font << /F1 5 0 R >> >> >>",
        4: stream,
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    })
    ex = kit.extract_one("far.pdf", data, "application/pdf")
    text = kit.texts(ex, "attachment:far.pdf", role="")
    assert text.count("x") == 500
    assert len(text) < 500 * 250
