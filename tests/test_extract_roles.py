"""Document roles: page headers, footers and title properties come out as their own
``TextPart``s (``role``), so a 社外秘 stamp can be told from a word in the text, while
the personal-data scan still reads every part.  Real files, made with the libraries
users' tools use."""

from __future__ import annotations

import io

import extractkit as kit

from mailguard.extract.base import Extraction
from mailguard.extract.ooxml import header_footer_text
from mailguard.extract.pdf import page_furniture


def by_role(ex: Extraction, where: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in ex.parts:
        if p.where == where:
            out.setdefault(p.role, []).append(p.text)
    return out


def test_docx_header_footer_and_title_are_parts_of_their_own():
    import docx as python_docx

    doc = python_docx.Document()
    doc.add_paragraph("取引先各位")
    doc.add_paragraph("新製品の価格改定についてお知らせします。")
    doc.sections[0].header.paragraphs[0].text = "【社外秘】 取扱注意"
    doc.sections[0].footer.paragraphs[0].text = "営業企画部 2025年度"
    doc.core_properties.title = "価格改定案（機密）"
    buf = io.BytesIO()
    doc.save(buf)
    roles = by_role(kit.extract_one("価格改定.docx", buf.getvalue()), "attachment:価格改定.docx")
    assert roles["header"] == ["【社外秘】 取扱注意"]
    assert roles["footer"] == ["営業企画部 2025年度"]
    assert roles["title"] == ["価格改定案（機密）"]
    body = "\n".join(roles[""])
    assert "新製品の価格改定" in body
    assert "社外秘" not in body and "機密" not in body  # each text once, in its place


def test_docx_without_title_or_header_has_no_role_parts():
    ex = kit.extract_one("memo.docx", kit.docx(["打合せメモ", "次回は来週です。"]))
    assert set(by_role(ex, "attachment:memo.docx")) == {""}


def test_xlsx_print_header_footer_without_codes_and_title():
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一覧"
    ws.append(["品番", "品名", "単価"])
    ws.append(["A-100", "ボールペン", 120])
    ws.oddHeader.center.text = "Confidential"
    ws.oddHeader.center.font = "ＭＳ Ｐゴシック,太字"
    ws.oddHeader.center.size = 14
    ws.oddHeader.right.text = "&D"   # a date field: not text
    ws.oddFooter.left.text = "関係者限り"
    ws.oddFooter.right.text = "&P / &N ページ"
    second = wb.create_sheet("別紙")
    second.append(["備考"])
    second.oddFooter.left.text = "関係者限り"  # the same footer on two sheets: once
    second.oddFooter.right.text = "&P / &N ページ"
    wb.properties.title = "部外秘 価格表"
    buf = io.BytesIO()
    wb.save(buf)
    roles = by_role(kit.extract_one("価格表.xlsx", buf.getvalue()), "attachment:価格表.xlsx")
    assert roles["header"] == ["Confidential"]
    assert roles["footer"] == ["関係者限り\t/ ページ"]
    assert roles["title"] == ["部外秘 価格表"]
    assert any("ボールペン" in t for t in roles[""])


def test_header_footer_codes_are_stripped():
    assert header_footer_text('&L&"Arial,Bold"&12社外秘&C&KFF0000極秘&R&P/&N') == "社外秘\t極秘\t/"
    assert header_footer_text("&CR&&D 部門") == "R&D 部門"
    assert header_footer_text("&K01+000&Z&F") == ""


def test_pptx_title_property():
    from pptx import Presentation

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "来期の方針"
    prs.core_properties.title = "Strictly Confidential"
    buf = io.BytesIO()
    prs.save(buf)
    roles = by_role(kit.extract_one("方針.pptx", buf.getvalue()), "attachment:方針.pptx")
    assert roles["title"] == ["Strictly Confidential"]
    assert "来期の方針" in "\n".join(roles[""])


def _pdf(pages: list[list[str]], title: str = "") -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    if title:
        c.setTitle(title)
    for n, lines in enumerate(pages, 1):
        c.setFont("HeiseiKakuGo-W5", 10)
        c.drawString(450, 815, "社外秘")                  # the stamp, top right
        for i, line in enumerate(lines):
            c.drawString(50, 760 - 16 * i, line)
        c.drawString(280, 30, f"- {n} -")                 # page number, bottom centre
        c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_title_and_page_stamps():
    data = _pdf([["事業計画の概要", "売上目標は前年比110%とする。"],
                 ["人員計画", "新卒採用は10名を予定。"]], title="2026年度 事業計画（案）")
    ex = kit.extract_one("計画.pdf", data, "application/pdf")
    roles = by_role(ex, "attachment:計画.pdf")
    assert roles["title"] == ["2026年度 事業計画（案）"]
    assert "社外秘" in roles["header"]
    assert roles["footer"] == ["- 1 -", "- 2 -"]       # repeats on every page, digits aside
    assert "売上目標" in roles[""][0]


def test_pdf_furniture_leaves_record_lines_alone():
    pages = ["氏名 電話番号\n佐藤 090-1111-2222\n鈴木 080-3333-4444",
             "高橋 070-5555-6666\n田中 03-7777-8888"]
    found = page_furniture(pages)
    # short, digit-free header row is a candidate; lines with numbers are a record's
    assert found == [("header", "氏名 電話番号")]
    assert page_furniture(["本文だけの一行"]) == [("header", "本文だけの一行")]
