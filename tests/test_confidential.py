"""Confidential markings: stamps and classifications hold; disclaimers, mail about NDAs
and confidentiality, and material said to be left out do not.  Attachments are real
DOCX/XLSX/PDF/PPTX files judged through ``pipeline.judge``, with the marking in their
page header, footer, title or first lines while subject and body are plain."""

from __future__ import annotations

import io

import pytest
from mailfactory import judge_mail, make_mail, rules_fired

RULE = "confidential-marking-external"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
PLAIN_SUBJECT = "資料送付の件"
PLAIN_BODY = ("株式会社ミナト 購買部 森様\n\nいつもお世話になっております。\n"
              "資料を添付いたします。\n")


def marking(subject: str = PLAIN_SUBJECT, body: str = PLAIN_BODY,
            attachments: list[tuple[str, bytes, str]] | tuple = ()):
    """The confidential-marking finding of a message to an external recipient, or None."""
    v = judge_mail(make_mail(to=["mori@minato-trading.co.jp"], subject=subject, body=body,
                             attachments=attachments))
    return next((f for f in v.findings if f.rule == RULE), None), v


# --- subject and body: what is a marking --------------------------------------------------

MARKED = [
    # (subject, body, where, marking the finding names)
    ("【部外秘】組織変更案について", PLAIN_BODY, "subject", "部外秘"),
    ("［極秘］買収候補先リスト", PLAIN_BODY, "subject", "極秘"),
    ("社外秘：来期予算（案）", PLAIN_BODY, "subject", "社外秘"),
    ("関係者外秘　新工場の立地検討", PLAIN_BODY, "subject", "関係者外秘"),
    ("Internal Only - headcount plan FY2026", "Hi,\nsee attached.\n", "subject", "Internal Only"),
    ("FW: [STRICTLY CONFIDENTIAL] board minutes", "FYI\n", "subject", "STRICTLY CONFIDENTIAL"),
    ("CONFIDENTIAL Q3 pricing", "Hi,\nnumbers attached.\n", "subject", "CONFIDENTIAL"),
    ("価格表の送付", "森様\n\n＜関係者外秘＞\n\n来期の価格表をお送りします。\n", "body",
     "関係者外秘"),
    ("pricing", "CONFIDENTIAL\n\nDear Ms. Mori,\nplease find our offer attached.\n", "body",
     "CONFIDENTIAL"),
    ("規程の改定", "森様\n\n取扱区分：社外秘\n\n改定案を共有いたします。\n", "body", "社外秘"),
    ("価格表", "森様\n\n添付の価格表は社内限りでお願いいたします。\n", "body", "社内限り"),
    ("numbers", "Sensitivity: Highly Confidential\n\nTom,\nthe draft is attached.\n", "body",
     "Highly Confidential"),
    ("numbers", "Tom,\n\nThese figures are for internal use only, please.\n", "body",
     "for internal use"),
    ("評価結果", "森様\n\n㊙ 人事評価の集計\n\n集計結果です。\n", "body", "秘"),
    ("見積", "森様\n\n■機密■\n今回の見積条件です。\n", "body", "機密"),
    ("ご参考", "森様\n\nこの資料は取扱注意です。社外への転送はお控えください。\n", "body",
     "取扱注意"),
]


@pytest.mark.parametrize("subject,body,where,word", MARKED)
def test_markings_in_subject_and_body_hold(subject, body, where, word):
    f, v = marking(subject, body)
    assert f is not None, (subject, body)
    assert str(v.action) == "hold"
    assert f.where == where
    assert word in f.message
    assert f.evidence and all(e.where == where for e in f.evidence)


JA_DISCLAIMERS = [
    "本メール（添付ファイルを含む）には機密情報が含まれている場合があります。\n"
    "誤って受信された場合は、お手数ですが送信者までご連絡の上、削除してください。",
    "このメールは機密情報を含む場合がございます。宛先に心当たりのない方は、\n"
    "本メールを破棄していただきますようお願い申し上げます。",
    "【ご注意】このメールおよび添付ファイルには、秘密情報が含まれている可能性があります。\n"
    "本来の宛先以外の方が受信された場合、無断での複製・転送・開示を禁じます。",
    "※本メールの内容は機密です。誤送信の場合は速やかに削除をお願いします。",
]
EN_DISCLAIMERS = [
    "This e-mail and any attachments may contain confidential information. If you are\n"
    "not the intended recipient, please notify the sender and delete this message.",
    "PRIVILEGED & CONFIDENTIAL\n"
    "This message is confidential and may be legally privileged. Any unauthorised use\n"
    "or disclosure is strictly prohibited.",
    "CONFIDENTIAL\n\nThe information in this email is intended solely for the addressee.\n"
    "If you have received it in error, please destroy it.",
]


@pytest.mark.parametrize("disclaimer", JA_DISCLAIMERS + EN_DISCLAIMERS)
def test_standard_disclaimers_are_not_markings(disclaimer):
    body = (f"森様\n\nいつもお世話になっております。\n見積書を添付いたします。\n\n"
            f"--\n株式会社サンプル 営業部\n山田 太郎\n{disclaimer}\n")
    f, v = marking("お見積りの件", body)
    assert f is None, disclaimer
    assert str(v.action) == "pass"


ABOUT_CONFIDENTIALITY = [
    ("秘密保持契約（NDA）締結のご依頼", "森様\n\n秘密保持契約書のひな形をお送りします。\n"),
    ("機密保持契約書の修正案", "第3条（機密情報の定義）の文言を修正しました。\nご確認ください。\n"),
    ("Re: Mutual NDA - confidentiality term", "Hi Tom,\nwe propose 3 years for the "
                                              "confidentiality obligations.\n"),
    ("NDA: Confidential Information clause", "Please review the definition.\n"),
    ("打合せの件", "弊社の秘密情報の取扱いについてご説明いたします。\n"),
    ("資料の件", "社外秘の部分は削除してお送りします。ご了承ください。\n"),
    ("資料の件", "社内規程上、社外秘の資料はお送りできません。公開版を添付します。\n"),
    ("Re: 見積の内訳", "内訳表は極秘扱いのためお送りできないのですが、総額は前回と同じです。\n"),
    ("研修のご案内", "社外秘情報の取扱いルールに関する研修を実施します。\n"),
    ("ご相談", "機密性の高い情報はクラウドに置かない運用にしています。\n"),
    ("ご挨拶", "秘書課の佐藤と申します。来週のアポイントの件でご連絡しました。\n"),
    ("feedback", "Thanks, we will keep your feedback confidential.\n"),
    ("Re: survey", "Answers are confidential and reported only in aggregate.\n"),
]


@pytest.mark.parametrize("subject,body", ABOUT_CONFIDENTIALITY)
def test_mail_about_confidentiality_is_not_a_marking(subject, body):
    f, _ = marking(subject, body)
    assert f is None, (subject, body)


def test_marking_in_quoted_reply_text_does_not_count():
    body = ("森様\n\n承知しました。\n\n> 【社外秘】\n> 来期の計画は以下の通りです。\n")
    f, _ = marking("Re: 計画の件", body)
    assert f is None


def test_marking_and_disclaimer_in_one_mail_is_the_marking():
    body = ("【社外秘】\n森様\n\n来期計画をお送りします。\n\n--\n" + JA_DISCLAIMERS[0] + "\n")
    f, _ = marking("計画の件", body)
    assert f is not None and f.where == "body"
    assert [e.snippet for e in f.evidence] == ["【社外秘】"]


def test_attachment_name_marking():
    f, _ = marking(attachments=[("売上見込_部外秘.txt", b"x", "text/plain")])
    assert f.where == "attachment:売上見込_部外秘.txt"
    assert "添付ファイル名「売上見込_部外秘.txt」" in f.message


@pytest.mark.parametrize("name", ["安全衛生研修_社内資料.zip", "新人研修_内部資料.pdf"])
def test_a_file_named_as_internal_material_is_not_a_marking(name):
    """「…_社内資料」 says whose material it is, not that it must stay inside."""
    f, _ = marking(attachments=[(name, b"x", "application/octet-stream")])
    assert f is None


@pytest.mark.parametrize("name", ["研修資料_機密.zip", "研修資料_社外秘.pdf",
                                  "【社内資料】計画.pdf"])
def test_a_file_named_with_a_restriction_is_a_marking(name):
    f, _ = marking(attachments=[(name, b"x", "application/octet-stream")])
    assert f is not None


def test_nda_attachment_name_is_not_a_marking():
    f, _ = marking(attachments=[("秘密保持契約書_ドラフト.txt", b"x", "text/plain")])
    assert f is None


def test_internal_recipients_only_do_not_fire():
    v = judge_mail(make_mail(to=["hanako@example.co.jp"], subject="【社外秘】計画"))
    assert RULE not in rules_fired(v)


# --- attachments: headers, footers, titles, first lines -----------------------------------

def docx(paragraphs: list[str], header: str = "", footer: str = "", title: str = "") -> bytes:
    import docx as python_docx

    doc = python_docx.Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    if title:
        doc.core_properties.title = title
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


CONTRACT = [
    "秘密保持契約書（案）",
    "株式会社サンプル（以下「甲」という。）と株式会社ミナト（以下「乙」という。）は、",
    "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上の情報をいう。",
    "第2条（機密保持）乙は、秘密情報を第三者に開示してはならない。",
    "第3条（有効期間）本契約の有効期間は締結日から3年間とする。",
]


def test_docx_header_stamp_holds_with_plain_subject_and_body():
    f, v = marking(attachments=[("事業計画.docx", docx(["2026年度 事業計画", "売上目標"],
                                                      header="社外秘"), DOCX)])
    assert str(v.action) == "hold"
    assert f.where == "attachment:事業計画.docx"
    assert "添付ファイル「事業計画.docx」のヘッダーに「社外秘」" in f.message
    assert f.evidence[0].snippet == "社外秘"


def test_contract_draft_full_of_secret_information_is_not_a_marking():
    data = docx(CONTRACT * 3, footer="秘密保持契約書（案） 株式会社サンプル")
    f, v = marking("秘密保持契約書（案）の送付", "森様\n\nNDAのドラフトをお送りします。\n",
                   [("秘密保持契約書_案.docx", data, DOCX)])
    assert f is None
    assert str(v.action) == "pass"


def test_contract_draft_with_confidential_header_is_a_marking():
    data = docx(CONTRACT, header="【社外秘】 法務部")
    f, _ = marking("秘密保持契約書（案）の送付", "森様\n\nNDAのドラフトをお送りします。\n",
                   [("秘密保持契約書_案.docx", data, DOCX)])
    assert f is not None
    assert f.where == "attachment:秘密保持契約書_案.docx"
    assert next(e.snippet for e in f.evidence) == "【社外秘】"


def test_docx_title_property_marking():
    f, _ = marking(attachments=[("価格改定.docx", docx(["価格改定のお知らせ"],
                                                      title="価格改定案（機密）"), DOCX)])
    assert "のタイトルに「機密」" in f.message


def test_docx_stamp_on_its_first_line():
    data = docx(["関係者外秘　2025年4月", "組織再編の検討状況", "本件は検討中です。"])
    f, _ = marking(attachments=[("再編.docx", data, DOCX)])
    assert f is not None and f.where == "attachment:再編.docx"


def test_docx_footer_disclaimer_is_not_a_marking():
    data = docx(["製品カタログ", "新製品のご紹介です。"],
                footer="本資料には機密情報が含まれる場合があります。無断転載を禁じます。")
    f, _ = marking(attachments=[("カタログ.docx", data, DOCX)])
    assert f is None


def xlsx(rows: list[list[object]], header: str = "", footer: str = "") -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一覧"
    for row in rows:
        ws.append(row)
    if header:
        ws.oddHeader.center.text = header
    if footer:
        ws.oddFooter.left.text = footer
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


PRICES = [["品番", "品名", "単価"], ["A-100", "ボールペン", 120], ["A-200", "ノート", 240]]


def test_xlsx_print_header_marking():
    f, _ = marking(attachments=[("価格表.xlsx", xlsx(PRICES, header="Confidential"), XLSX)])
    assert f is not None
    assert "のヘッダーに「Confidential」" in f.message


def test_xlsx_print_footer_marking():
    f, _ = marking(attachments=[("価格表.xlsx", xlsx(PRICES, footer="部外秘 営業本部"), XLSX)])
    assert f is not None and "のフッター" in f.message


def test_xlsx_title_row_stamp():
    f, _ = marking(attachments=[("原価.xlsx", xlsx([["社外秘"], ["原価一覧"], *PRICES]), XLSX)])
    assert f is not None and f.where == "attachment:原価.xlsx"


def test_xlsx_register_listing_classifications_is_not_a_marking():
    register = [["文書名", "管理部署", "区分"], ["会社案内", "広報部", "公開"],
                ["価格表", "営業部", "社外秘"], ["組織図", "総務部", "社外秘"],
                ["採用計画", "人事部", "機密"]]
    f, _ = marking(attachments=[("文書一覧.xlsx", xlsx(register), XLSX)])
    assert f is None


def pdf(pages: list[list[str]], stamp: str = "", footer: str = "", title: str = "") -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    if title:
        c.setTitle(title)
    for lines in pages:
        c.setFont("HeiseiKakuGo-W5", 10)
        if stamp:
            c.drawString(470, 810, stamp)
        for i, line in enumerate(lines):
            c.drawString(60, 760 - 16 * i, line)
        if footer:
            c.drawString(60, 30, footer)
        c.showPage()
    c.save()
    return buf.getvalue()


PLAN_PAGES = [["中期経営計画", "売上高は3年で1.5倍を目指す。"], ["設備投資", "新工場を建設する。"]]


def test_pdf_page_stamp_marking():
    f, v = marking(attachments=[("中期計画.pdf", pdf(PLAN_PAGES, stamp="社外秘"),
                                 "application/pdf")])
    assert str(v.action) == "hold"
    assert f.where == "attachment:中期計画.pdf"
    assert "社外秘" in f.message


def test_pdf_title_marking():
    f, _ = marking(attachments=[("plan.pdf", pdf(PLAN_PAGES, title="Strictly Confidential"),
                                 "application/pdf")])
    assert f is not None and "Strictly Confidential" in f.message


def test_pdf_disclaimer_footer_is_not_a_marking():
    data = pdf(PLAN_PAGES, footer="本書には機密情報が含まれる場合があります。無断転載を禁じます。")
    f, _ = marking(attachments=[("会社案内.pdf", data, "application/pdf")])
    assert f is None


def pptx(slides: list[list[str]], footer: str = "", title: str = "") -> bytes:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    for lines in slides:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = lines[0]
        slide.placeholders[1].text = "\n".join(lines[1:])
        if footer:
            box = slide.shapes.add_textbox(Inches(0.3), Inches(7.0), Inches(4), Inches(0.4))
            box.text_frame.text = footer
            box.text_frame.paragraphs[0].runs[0].font.size = Pt(9)
    if title:
        prs.core_properties.title = title
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def test_pptx_footer_on_every_slide_marking():
    data = pptx([["来期の方針", "シェア拡大"], ["施策", "新製品投入"]], footer="Confidential")
    f, _ = marking(attachments=[("方針.pptx", data, PPTX)])
    assert f is not None and f.where == "attachment:方針.pptx"


def test_pptx_about_an_nda_is_not_a_marking():
    data = pptx([["NDA締結の流れ", "機密保持契約の範囲を確認する", "秘密情報の定義を合意する"],
                 ["Confidential Information", "Definition and exceptions"]])
    f, _ = marking("NDA手続きのご説明", PLAIN_BODY, [("NDA手順.pptx", data, PPTX)])
    assert f is None


def test_several_stamps_of_one_attachment_are_one_finding():
    data = docx(["社外秘", "計画"], header="社外秘", footer="Confidential", title="社外秘")
    f, v = marking(attachments=[("計画.docx", data, DOCX)])
    assert [x.rule for x in v.findings].count(RULE) == 1
    assert f.message.startswith("添付ファイル「計画.docx」のヘッダーに")
    assert len(f.evidence) <= 3


# --- the site's own words -------------------------------------------------------------------

SITE_WORDS = """
[organization]
internal_domains = ["example.co.jp"]
[rules.override.confidential-marking-external]
params = { keywords = ["秘A", "Tier-1 Restricted"], ignore_hints = ["サンプルグループ各社"] }
"""


def test_site_classification_words_count_as_stamps_only():
    def fires(subject: str, body: str) -> bool:
        raw = make_mail(to=["mori@minato-trading.co.jp"], subject=subject, body=body)
        return RULE in rules_fired(judge_mail(raw, SITE_WORDS))

    assert fires("【秘A】組織変更案", PLAIN_BODY)
    assert fires("計画", "Tier-1 Restricted\n\nplan attached\n")
    assert not fires("計画", "秘Aの書類は金庫に保管しています。\n")  # a word in a sentence


def test_site_disclaimer_phrase_makes_its_paragraph_a_disclaimer():
    notice = ("本メールはサンプルグループ各社の機密事項を含みます。\n"
              "CONFIDENTIAL")
    raw = make_mail(to=["mori@minato-trading.co.jp"], body=PLAIN_BODY + "\n--\n" + notice)
    assert RULE not in rules_fired(judge_mail(raw, SITE_WORDS))
    assert RULE in rules_fired(judge_mail(raw))  # without the site's phrase: a stamp line


def test_attachments_can_be_left_to_their_names():
    config = """
[organization]
internal_domains = ["example.co.jp"]
[rules.override.confidential-marking-external]
params = { attachments = false }
"""
    data = docx(["事業計画"], header="社外秘")
    raw = make_mail(to=["mori@minato-trading.co.jp"], attachments=[("計画.docx", data, DOCX)])
    assert RULE in rules_fired(judge_mail(raw))
    assert RULE not in rules_fired(judge_mail(raw, config))


def test_a_mail_saying_the_confidential_version_is_not_attached_is_not_marked():
    body = ("三好様\n\n社内版には社外秘の売上数値が入っているため、社外提出用に差し替えた版を"
            "お送りします。社外秘の資料は添付しておりません。\n")
    v = judge_mail(make_mail(to=["miyoshi@research-partner.jp"], body=body))
    assert "confidential-marking-external" not in rules_fired(v)


def test_a_departments_own_restriction_stamped_in_a_header():
    # 「経理課外秘」: not to leave the accounts section — 課外秘 after the section's name
    f, v = marking(attachments=[("予算配分案.docx", docx(["2027年度 予算配分案", "部門別の内訳"],
                                                      header="経理課外秘"), DOCX)])
    assert str(v.action) == "hold"
    assert f.where == "attachment:予算配分案.docx"


def test_a_department_named_in_a_header_is_no_marking():
    v = judge_mail(make_mail(to=["tanaka@partner.co.jp"], attachments=[
        ("予算配分案.docx", docx(["2027年度 予算配分案", "部門別の内訳"], header="経理課 作成"),
         DOCX)]))
    assert RULE not in rules_fired(v)


@pytest.mark.parametrize("header", ["部外秘・複製禁止", "TOP SECRET", "社外秘（無断転載禁止）"])
def test_a_stamp_with_its_handling_rule_in_a_header(header):
    f, v = marking(attachments=[("計画.docx", docx(["2027年度 計画", "重点施策"], header=header),
                                 DOCX)])
    assert str(v.action) == "hold"
    assert f.where == "attachment:計画.docx"


def test_a_copyright_line_alone_is_no_marking():
    v = judge_mail(make_mail(to=["tanaka@partner.co.jp"], attachments=[
        ("会社案内.docx", docx(["会社案内", "事業紹介"], footer="無断転載禁止"), DOCX)]))
    assert RULE not in rules_fired(v)
