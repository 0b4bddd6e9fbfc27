"""Each attachment format comes out as text, tables and ``where`` paths a user would expect."""

from __future__ import annotations

import extractkit as kit
import pytest

from mailguard.config import LimitsConfig

ROWS = [["氏名", "電話番号", "住所"],
        ["山田太郎", "03-1234-5678", "東京都千代田区丸の内1-1-1"],
        ["鈴木花子", "090-1111-2222", "大阪府大阪市北区梅田2-2-2"]]
CSV_TEXT = "\r\n".join(",".join(r) for r in ROWS) + "\r\n"


def table_parts(ex, where):
    return [p for p in ex.parts if p.where == where and p.table is not None]


# --- CSV / text in Japanese encodings --------------------------------------------------------

@pytest.mark.parametrize("encoding", ["cp932", "shift_jis", "euc_jp", "utf-8", "utf-8-sig",
                                      "iso2022_jp", "utf-16"])
def test_csv_in_each_japanese_encoding_reads_as_a_table(encoding):
    ex = kit.extract_one("名簿.csv", CSV_TEXT.encode(encoding), "text/csv")
    [part] = table_parts(ex, "attachment:名簿.csv")
    assert part.table.header == ("氏名", "電話番号", "住所")
    assert part.table.rows == (tuple(ROWS[1]), tuple(ROWS[2]))
    assert "山田太郎\t03-1234-5678" in part.text
    assert ex.unscannable == []


def test_cp932_vendor_characters_survive():
    text = "氏名,備考\n髙橋①,㈱テスト ｶﾅ\n"
    ex = kit.extract_one("list.csv", text.encode("cp932"), "application/octet-stream")
    [part] = table_parts(ex, "attachment:list.csv")
    assert part.table.rows == (("髙橋①", "㈱テスト ｶﾅ"),)


def test_tsv_splits_on_tabs_and_quoted_fields_keep_commas():
    data = "氏名\t住所\n山田\t\"東京都, 千代田区\"\n".encode("euc_jp")
    ex = kit.extract_one("list.tsv", data, "text/tab-separated-values")
    [part] = table_parts(ex, "attachment:list.tsv")
    assert part.table.header == ("氏名", "住所")
    assert part.table.rows == (("山田", "東京都, 千代田区"),)


def test_plain_text_attachment_in_iso_2022_jp():
    ex = kit.extract_one("memo.txt", "会員番号と生年月日の一覧です".encode("iso2022_jp"),
                         "text/plain")
    assert kit.texts(ex, "attachment:memo.txt") == "会員番号と生年月日の一覧です"


def test_html_and_rtf_attachments_become_text():
    html = "<html><body><h1>顧客一覧</h1><table><tr><td>山田太郎</td></tr></table>" \
           "<script>var x='見えない';</script></body></html>"
    rtf = (r"{\rtf1\ansi\ansicpg932\deff0{\fonttbl{\f0\fnil\fcharset128 MS Gothic;}}"
           r"\f0 \'8e\'81\'96\'bc: \u23665?\u30000? \par}")
    ex = kit.extract_mail(kit.mail([("list.html", html.encode("utf-8"), "text/html"),
                                    ("memo.rtf", rtf.encode("ascii"), "application/rtf")]))
    html_text = kit.texts(ex, "attachment:list.html")
    assert "顧客一覧" in html_text and "山田太郎" in html_text and "見えない" not in html_text
    assert "氏名: 山田" in kit.texts(ex, "attachment:memo.rtf")


# --- spreadsheets ------------------------------------------------------------------------------

def test_xlsx_every_sheet_hidden_too_with_header_and_numbers_as_shown():
    data = kit.xlsx({"名簿": [*ROWS, ["佐藤一郎", 9012345678, "福岡県"]],
                     "非表示": [["マイナンバー"], [123456789018]]}, hidden=["非表示"])
    ex = kit.extract_one("名簿.xlsx", data)
    parts = table_parts(ex, "attachment:名簿.xlsx")
    assert [p.table.name for p in parts] == ["名簿", "非表示"]
    first, hidden = parts
    assert first.table.header == ("氏名", "電話番号", "住所")
    assert first.table.rows[-1] == ("佐藤一郎", "9012345678", "福岡県")
    assert hidden.table.header == ()  # one label over one number is not a header row
    assert "123456789018" in hidden.text
    assert ex.unscannable == []


def test_xlsx_hidden_rows_and_columns_and_cell_comments_are_read():
    import io

    import openpyxl
    from openpyxl.comments import Comment

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in ROWS:
        ws.append(row)
    ws.row_dimensions[3].hidden = True
    ws.column_dimensions["C"].hidden = True
    ws["A1"].comment = Comment("個人情報につき取扱注意", "山田")
    buf = io.BytesIO()
    wb.save(buf)
    ex = kit.extract_one("list.xlsx", buf.getvalue())
    text = kit.texts(ex, "attachment:list.xlsx")
    assert "鈴木花子" in text and "大阪府大阪市北区梅田2-2-2" in text
    assert "個人情報につき取扱注意" in text


def test_xlsx_billion_cell_dimension_tag_is_ignored():
    """<dimension ref="A1:XFD1048576"> would make openpyxl pad every row to 16 384 cells."""
    import io
    import re
    import zipfile

    data = kit.xlsx({"Sheet": ROWS})
    sheet = "xl/worksheets/sheet1.xml"
    xml = zipfile.ZipFile(io.BytesIO(data)).read(sheet).decode()
    xml = re.sub(r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:XFD1048576"/>', xml)
    assert "XFD1048576" in xml
    ex = kit.extract_one("big.xlsx", kit.rewrite_zip(data, {sheet: xml.encode()}),
                         limits=LimitsConfig(max_cells=1000))
    [part] = table_parts(ex, "attachment:big.xlsx")
    assert part.table.rows == (tuple(ROWS[1]), tuple(ROWS[2]))
    assert ex.unscannable == []


def test_legacy_xls_is_read_with_xlrd():
    data = kit.xls({"顧客": ROWS, "隠し": [["備考"], ["秘密"]]})
    ex = kit.extract_one("顧客.xls", data, "application/vnd.ms-excel")
    parts = table_parts(ex, "attachment:顧客.xls")
    assert [p.table.name for p in parts] == ["顧客", "隠し"]
    assert parts[0].table.header == ("氏名", "電話番号", "住所")
    assert ("山田太郎", "03-1234-5678", "東京都千代田区丸の内1-1-1") in parts[0].table.rows


# --- documents ---------------------------------------------------------------------------------

def test_docx_body_table_header_footer_and_comment():
    data = kit.docx(["お客様各位", "下記の通りご案内します。"], ROWS, header="社外秘",
                    footer="株式会社テスト 総務部", comment="山田様の電話番号は要確認")
    ex = kit.extract_one("案内.docx", data)
    where = "attachment:案内.docx"
    text = kit.texts(ex, where)
    for expected in ("お客様各位", "下記の通りご案内します。", "社外秘", "株式会社テスト 総務部",
                     "山田様の電話番号は要確認"):
        assert expected in text
    [table] = table_parts(ex, where)
    assert table.table.header == ("氏名", "電話番号", "住所")
    assert table.table.rows[0] == tuple(ROWS[1])
    # the table is not counted twice: the body text outside it does not repeat it
    assert text.count("山田太郎") == 1


def test_docx_tracked_deletion_and_text_box_are_read():
    """Text a recipient can still find: deleted-with-tracking runs and text boxes."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{w}"><w:body>'
            f'<w:p><w:r><w:t>本文</w:t></w:r><w:del><w:r><w:delText>削除した番号 1234</w:delText>'
            f'</w:r></w:del></w:p>'
            f'<w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>テキストボックス内</w:t></w:r>'
            f'</w:p></w:txbxContent></w:pict></w:r></w:p></w:body></w:document>')
    data = kit.rewrite_zip(kit.docx(["x"]), {"word/document.xml": body.encode()})
    text = kit.texts(kit.extract_one("a.docx", data), "attachment:a.docx")
    assert "本文削除した番号 1234" in text and "テキストボックス内" in text


def test_pptx_slides_in_order_with_notes_and_table():
    data = kit.pptx([("第1章 概要", "売上報告", "発表者メモ：顧客名は伏せる"),
                     ("第2章 詳細", "担当者一覧", "")], table=ROWS)
    ex = kit.extract_one("報告.pptx", data)
    where = "attachment:報告.pptx"
    text = kit.texts(ex, where)
    assert text.index("第1章 概要") < text.index("発表者メモ：顧客名は伏せる") < text.index("第2章")
    [table] = table_parts(ex, where)
    assert table.table.header == ("氏名", "電話番号", "住所")
    assert table.table.rows[1] == tuple(ROWS[2])


def test_pdf_japanese_cid_fonts_every_page():
    data = kit.pdf([["申込書 氏名 山田太郎", "電話番号 03-1234-5678"], ["2ページ目 住所 東京都"]])
    data2 = kit.pdf([["ゴシック体 鈴木花子"]], font="HeiseiKakuGo-W5")
    ex = kit.extract_mail(kit.mail([("申込書.pdf", data, "application/pdf"),
                                    ("b.pdf", data2, "application/octet-stream")]))
    text = kit.texts(ex, "attachment:申込書.pdf")
    assert "申込書 氏名 山田太郎" in text and "電話番号 03-1234-5678" in text
    assert "2ページ目 住所 東京都" in text
    assert "ゴシック体 鈴木花子" in kit.texts(ex, "attachment:b.pdf")
    assert ex.unscannable == []


def test_pdf_with_owner_password_only_is_read_and_user_password_is_encrypted():
    base = kit.pdf([["契約書 山田太郎"]])
    ex = kit.extract_mail(kit.mail([
        ("locked.pdf", kit.encrypt_pdf(base, user="secret"), "application/pdf"),
        ("restricted.pdf", kit.encrypt_pdf(base, user=""), "application/pdf")]))
    assert kit.reasons(ex) == {"attachment:locked.pdf": "encrypted"}
    assert "契約書 山田太郎" in kit.texts(ex, "attachment:restricted.pdf")


def test_pdf_without_a_text_layer_is_reported_not_silently_clean():
    ex = kit.extract_one("scan.pdf", kit.blank_pdf(2), "application/pdf")
    assert kit.reasons(ex) == {"attachment:scan.pdf": "no_text"}


def test_password_protected_office_file_is_encrypted():
    data = kit.encrypt_office(kit.docx(["極秘"]))
    ex = kit.extract_one("議事録.docx", data)
    assert kit.reasons(ex) == {"attachment:議事録.docx": "encrypted"}
    assert kit.texts(ex, "attachment:議事録.docx") == ""


# --- archives and attached mail ----------------------------------------------------------------

def test_zip_paths_with_utf8_flag_and_with_cp932_names():
    csv = CSV_TEXT.encode("cp932")
    utf8 = kit.zip_of([("2024/顧客名簿.csv", csv), ("readme.txt", b"see list")])
    cp932 = kit.cp932_zip([("2024年度/顧客名簿.csv", csv),
                           ("説明.txt", "説明書き".encode("cp932"))])
    ex = kit.extract_mail(kit.mail([("a.zip", utf8, "application/zip"),
                                    ("b.zip", cp932, "application/x-zip-compressed")]))
    assert table_parts(ex, "attachment:a.zip/2024/顧客名簿.csv")[0].table.rows[0] == tuple(ROWS[1])
    assert table_parts(ex, "attachment:b.zip/2024年度/顧客名簿.csv")[0].table.header == \
        tuple(ROWS[0])
    assert kit.texts(ex, "attachment:b.zip/説明.txt") == "説明書き"
    assert "b.zip/2024年度/顧客名簿.csv" in ex.attachment_names
    assert ex.unscannable == []


def test_nested_zip_and_office_files_inside_zip():
    inner = kit.zip_of([("list.xlsx", kit.xlsx({"S": ROWS}))])
    outer = kit.zip_of([("inner.zip", inner), ("doc/memo.docx", kit.docx(["内部メモ"]))])
    ex = kit.extract_one("outer.zip", outer, "application/zip")
    assert table_parts(ex, "attachment:outer.zip/inner.zip/list.xlsx")[0].table.rows[0] == \
        tuple(ROWS[1])
    assert kit.texts(ex, "attachment:outer.zip/doc/memo.docx") == "内部メモ"


def test_password_zip_ppap_is_encrypted():
    data = kit.password_zip([("名簿.csv", CSV_TEXT.encode("cp932"))])
    ex = kit.extract_one("資料.zip", data, "application/zip")
    assert kit.reasons(ex) == {"attachment:資料.zip": "encrypted"}
    assert not [p for p in ex.parts if p.where.startswith("attachment:")]


def test_attached_mail_is_read_recursively_with_paths():
    zipped = kit.zip_of([("list.csv", CSV_TEXT.encode("cp932"))])
    fwd = kit.inner_mail([("x.pdf", kit.pdf([["転送資料 山田太郎"]]), "application/pdf"),
                          ("a.zip", zipped, "application/zip")],
                         subject="Fw: 顧客名簿", body="先方の名簿を転送します。\n")
    ex = kit.extract_mail(kit.mail([("fwd.eml", fwd, "message/rfc822")]))
    assert "Fw: 顧客名簿" in kit.texts(ex, "attachment:fwd.eml")
    assert "先方の名簿を転送します。" in kit.texts(ex, "attachment:fwd.eml")
    assert "先方の名簿" not in kit.texts(ex, "body")
    assert "転送資料 山田太郎" in kit.texts(ex, "attachment:fwd.eml/x.pdf")
    [part] = table_parts(ex, "attachment:fwd.eml/a.zip/list.csv")
    assert part.table.header == tuple(ROWS[0])
    assert ex.unscannable == []


def test_images_are_skipped_quietly_and_unknown_binaries_are_reported():
    png = b"\x89PNG\r\n\x1a\n" + bytes(100)
    exe = b"MZ\x90\x00" + bytes(range(256)) * 4
    ex = kit.extract_mail(kit.mail([("logo.png", png, "image/png"),
                                    ("tool.exe", exe, "application/octet-stream")]))
    assert kit.reasons(ex) == {"attachment:tool.exe": "unknown_format"}


def test_files_embedded_in_a_pdf_are_read_as_members():
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(kit.pdf([["送付状"]]))))
    writer.add_attachment("名簿.csv", CSV_TEXT.encode("cp932"))
    buf = io.BytesIO()
    writer.write(buf)
    ex = kit.extract_one("送付状.pdf", buf.getvalue(), "application/pdf")
    assert "送付状" in kit.texts(ex, "attachment:送付状.pdf")
    [part] = table_parts(ex, "attachment:送付状.pdf/名簿.csv")
    assert part.table.header == tuple(ROWS[0])


def test_other_archive_formats_are_unsupported_not_silently_clean():
    ex = kit.extract_one("logs.tar.gz", b"\x1f\x8b\x08\x00" + bytes(100), "application/gzip")
    assert kit.reasons(ex) == {"attachment:logs.tar.gz": "unsupported"}
