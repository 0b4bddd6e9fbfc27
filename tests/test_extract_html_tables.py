"""HTML tables as rows and columns: each ``<tr>`` one line of tab-separated cells, the
layout a mail client gives the text/plain version of the same table, so an HTML-only
list reaches the detectors as the plain-text list would."""

from __future__ import annotations

from email.message import EmailMessage

import extractkit as kit
from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.extract.attachments import html_pieces
from mailguard.extract.body import html_to_text

STAFF = [
    ("氏名", "所属", "携帯電話", "メールアドレス"),
    ("大西 千尋", "経理課", "080-2468-1357", "c.onishi@mail.example.net"),
    ("松井 隼人", "人事課", "090-1357-2468", "h.matsui@mail.example.net"),
    ("菅原 奈々", "法務課", "070-9753-1864", "nana.s@mail.example.net"),
    ("岡田 蓮", "総務課", "080-1122-3344", "ren.okada@mail.example.net"),
    ("石川 結衣", "広報課", "090-5566-7788", "yui.i@mail.example.net"),
    ("前田 陸", "経理課", "070-9900-1122", "riku.maeda@mail.example.net"),
]
PLAIN = "\n".join("\t".join(row) for row in STAFF)


def outlook_table(rows) -> str:
    """A table as Outlook writes it: every cell's text inside <p class=MsoNormal>, spans
    for the styles, indentation between the tags."""
    out = ['<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>\n <tbody>']
    for r, row in enumerate(rows):
        out.append("  <tr>")
        for cell in row:
            text = f"<b><span lang=JA>{cell}</span></b>" if r == 0 else f"<span>{cell}</span>"
            out.append(f'   <td width=120 valign=top>\n    <p class=MsoNormal>{text}'
                       '<o:p></o:p></p>\n   </td>')
        out.append("  </tr>")
    out.append(" </tbody>\n</table>")
    return "\n".join(out)


def html_mail(html: str, to: str = "info@partner.example.jp") -> bytes:
    msg = EmailMessage()
    msg["From"] = "taro@example.co.jp"
    msg["To"] = to
    msg["Subject"] = "緊急連絡網の件"
    msg["Message-ID"] = "<html-table@example.co.jp>"
    msg.set_content(html, subtype="html")
    return msg.as_bytes()


def test_outlook_table_rows_are_tab_separated_lines():
    html = ("<html><body><div class=WordSection1><p class=MsoNormal>各位<o:p></o:p></p>\n"
            + outlook_table(STAFF) + "\n<p class=MsoNormal>以上です。</p></div></body></html>")
    assert html_to_text(html) == f"各位\n{PLAIN}\n以上です。"


def test_html_only_mail_gives_the_body_the_plain_texts_structure():
    html = f"<p>関係者各位</p><p>連絡網を共有します。</p>{outlook_table(STAFF)}<p>総務部</p>"
    ex = kit.extract_mail(html_mail(html))
    [body] = [p for p in ex.parts if p.where == "body"]
    assert body.text == f"関係者各位\n連絡網を共有します。\n{PLAIN}\n総務部"


def test_html_only_and_plain_text_lists_are_judged_alike():
    html = f"<p>関係者各位</p><p>連絡網を共有します。</p>{outlook_table(STAFF)}<p>総務部</p>"
    plain = f"関係者各位\n連絡網を共有します。\n{PLAIN}\n総務部\n"
    by_html = judge_mail(html_mail(html))
    by_plain = judge_mail(make_mail(to=["info@partner.example.jp"], subject="緊急連絡網の件",
                                    body=plain))
    assert by_html.action == by_plain.action
    assert rules_fired(by_html) == rules_fired(by_plain)
    assert {e.type for f in by_html.findings for e in f.entities} == \
        {e.type for f in by_plain.findings for e in f.entities}
    assert any(e.type == "PHONE_NUMBER" for f in by_html.findings for e in f.entities)


def test_html_attachment_table_is_read_the_same_way():
    page = ("<!DOCTYPE html><html><head><meta charset=shift_jis><title>名簿</title></head><body>"
            "<table border=1>" + "".join(
                "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in STAFF)
            + "</table></body></html>").encode("cp932")
    ex = kit.extract_one("名簿.html", page, "text/html")
    assert kit.texts(ex, "attachment:名簿.html") == PLAIN


def test_spans_keep_cells_under_their_header():
    html = ("<table>"
            "<tr><th rowspan=2>支店</th><th colspan=2>代表連絡先</th><th rowspan=2>備考</th></tr>"
            "<tr><th>電話</th><th>FAX</th></tr>"
            "<tr><td>札幌</td><td>011-111-1111</td><td>011-111-1112</td><td>土日休</td></tr>"
            "<tr><td rowspan=2>仙台</td><td>022-222-2221</td><td></td><td>本館</td></tr>"
            "<tr><td>022-222-2223</td><td>022-222-2224</td><td>別館</td></tr>"
            "</table>")
    rows = [line.split("\t") for line in html_to_text(html).split("\n")]
    assert rows == [["支店", "代表連絡先", "", "備考"],
                    ["", "電話", "FAX"],
                    ["札幌", "011-111-1111", "011-111-1112", "土日休"],
                    ["仙台", "022-222-2221", "", "本館"],
                    ["", "022-222-2223", "022-222-2224", "別館"]]


def test_omitted_end_tags_close_like_a_browser():
    html = "<table><tr><th>氏名<th>内線<tr><td>森 勇気<td>2301<tr><td>林 彩<td>2302</table>後"
    assert html_to_text(html) == "氏名\t内線\n森 勇気\t2301\n林 彩\t2302\n後"


def test_a_layout_table_around_a_data_table_keeps_lines():
    """E-mail templates put everything in a one-column layout table; its paragraphs stay
    lines and the data table inside it still comes out as rows."""
    html = ("<table width=600 align=center><tr><td>"
            "<h1>4月のお知らせ</h1><p>いつもご利用ありがとうございます。</p>"
            "</td></tr><tr><td><table><tr><td>日付</td><td>内容</td></tr>"
            "<tr><td>4/10</td><td>棚卸し</td></tr></table><p>ご不明点はお問い合わせください。</p>"
            "</td></tr></table>")
    assert html_to_text(html) == ("4月のお知らせ\nいつもご利用ありがとうございます。\n"
                                  "日付\t内容\n4/10\t棚卸し\nご不明点はお問い合わせください。")


def test_two_column_layout_with_nested_tables_does_not_become_one_line():
    html = ("<table><tr><td><p>左の記事</p><p>続き</p></td>"
            "<td><table><tr><td>A</td><td>B</td></tr></table></td></tr></table>")
    assert html_to_text(html).split("\n") == ["左の記事", "続き", "A\tB"]


def test_quoted_table_stays_quoted():
    html = ("<p>了解です。</p><blockquote><table><tr><td>氏名</td><td>電話</td></tr>"
            "<tr><td>森 勇気</td><td>090-0000-1111</td></tr></table></blockquote>")
    assert html_to_text(html) == "了解です。\n> 氏名\t電話\n> 森 勇気\t090-0000-1111"


def test_a_long_table_cut_into_pieces_keeps_whole_rows():
    rows = [("氏名", "電話")] + [(f"社員{i:04}", f"03-0000-{i:04}") for i in range(3000)]
    markup = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + \
        "</table>"
    pieces = list(html_pieces(markup, size=4096))
    assert len(pieces) > 10
    lines = "\n".join(html_to_text(p) for p in pieces).split("\n")
    assert lines == ["\t".join(r) for r in rows]


def test_hostile_spans_and_nesting_cost_nothing():
    html = ('<table><tr><td colspan=999999999 rowspan="1e9">x</td><td>y</td></tr></table>'
            + "<table><tr><td>" * 2000 + "深い" + "</td></tr></table>" * 2000)
    text = html_to_text(html)
    assert text.startswith("x\t") and text.count("\t") <= 64 and "深い" in text
