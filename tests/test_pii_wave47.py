"""From a forty-seventh blind wave (issue 9), written afresh here: a blank form's labels are
nobody's record, 「前回同様」 is no one's name, and a finger lost at work named in the
subject with the worker."""

from extractkit import docx
from mailfactory import judge_mail, make_mail, verdict_types

from mailguard.policy.verdict import Action

SIG = "\n\n--\n井筒 千夏\n株式会社エグザンプル 連携室\nTEL 048-555-0712\n"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_a_blank_forms_labels_are_no_ones_record():
    form = [["利用者氏名", "", "性別", "男・女"],
            ["生年月日", "昭・平　年　月　日", "年齢", "歳"],
            ["住所", "", "電話", ""],
            ["病名", "", "服薬", "有・無"],
            ["主たる介護者", "", "続柄", ""]]
    raw = make_mail(to=["soudan@hospital-example.or.jp"],
                    body="新しい申込書の様式をお送りします。\n" + SIG,
                    attachments=[("申込書.docx", docx(["申込書（新様式）"], form), DOCX)])
    v = judge_mail(raw)
    assert v.action < Action.DELAY
    assert "PERSON_NAME" not in verdict_types(v)


def test_a_filled_in_form_is_still_a_persons_record():
    form = [["利用者氏名", "井筒 千夏", "性別", "女"],
            ["生年月日", "昭和54年3月9日", "年齢", "47歳"],
            ["住所", "埼玉県川口市本町9-8-7", "電話", "090-5555-0713"],
            ["病名", "脳梗塞後遺症（右片麻痺）", "服薬", "有"]]
    raw = make_mail(to=["soudan@hospital-example.or.jp"], body="申込書です。\n" + SIG,
                    attachments=[("申込書.docx", docx(["申込書"], form), DOCX)])
    v = judge_mail(raw)
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_as_before_is_no_ones_name():
    body = ("市役所 ご担当 様\n\n会場は前回同様、本館2階の会議室を予定しております。\n"
            "議題：入院中の方の調査手順\n" + SIG)
    v = judge_mail(make_mail(to=["kaigo@city-example.lg.jp"], body=body))
    assert "PERSON_NAME" not in verdict_types(v)


def test_a_finger_lost_at_work_named_in_the_subject():
    body = "協力会社 御中\n\n標記の件、監督署への報告は弊社から行います。\n" + SIG
    v = judge_mail(make_mail(to=["anzen@kyoryoku-example.co.jp"], body=body,
                             subject="【労災】井筒 健吾さん 左手指切断の件"))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_towns_addresses_without_municipality_on_a_list_are_addresses():
    body = ("町役場 福祉課 ご担当 様\n\n訪問日が未定の方です。\n\n"
            "・井筒 トメ（昭和９年５月２日生）　大字上原８１２番地３"
            "　電話０２６－５５５－０１０１\n"
            "・羽田 清（昭和１４年１月２０日生）　大字下原２０４番地"
            "　電話０２６－５５５－０１０２\n"
            "・小椋 キヨ（昭和１１年９月９日生）　東新田２丁目５番８号"
            "　電話０２６－５５５－０１０３\n"
            + SIG)
    v = judge_mail(make_mail(to=["fukushi@town-example.lg.jp"], body=body))
    assert "JP_ADDRESS" in verdict_types(v)


def test_an_english_form_names_its_guest_and_its_tenant():
    body = ("Dear Desk,\n\nPlease confirm the details below.\n\n"
            "  Guest name   : MOON SEOYEON\n  Passport No. : M71234506\n"
            "  Date of birth: 14 JUN 1984\n\n"
            "  Name:          SANTOS, Maria Clara\n  Date of birth: 22/03/1990\n"
            "\nBest regards,\nChinatsu Izutsu\n")
    v = judge_mail(make_mail(to=["desk@agency-example.com"], body=body, subject="Details"))
    assert "PERSON_NAME" in verdict_types(v)


def test_a_things_name_stays_a_things():
    body = ("Dear Desk,\n\n  File name: report_2026.pdf\n  Product name: Hinode Widget\n"
            "  Date of issue: 14 JUN 2026\n\nBest regards,\nChinatsu Izutsu\n")
    v = judge_mail(make_mail(to=["desk@agency-example.com"], body=body, subject="File"))
    assert "PERSON_NAME" not in verdict_types(v)


def test_romaji_names_after_a_bracketed_number_and_in_a_cell_of_their_own():
    body = ("派遣会社 ご担当 様\n\n下記3名の情報をご確認ください。\n\n"
            "(1) HARUKA OGURA　生年月日 2001/04/02　携帯 090-5555-0141\n"
            "(2) RYOTA HANEDA　生年月日 1997/10/30　携帯 080-5555-0142\n"
            "(3) MIO IZUTSU　生年月日 1999/06/15　携帯 070-5555-0143\n\n"
            "Bookings:\n"
            "1. Booking HX-1001 | OGURA Haruka | h.ogura@example-free.jp | arr. Dec 3\n"
            "2. Booking HX-1002 | HANEDA Ryota | r.haneda@example-free.jp | arr. Dec 4\n"
            "3. Booking HX-1003 | IZUTSU Mio | m.izutsu@example-free.jp | arr. Dec 5\n" + SIG)
    v = judge_mail(make_mail(to=["haken@staffing-example.co.jp"], body=body))
    names = [e for f in v.findings for e in f.entities if e.type == "PERSON_NAME"]
    assert names and max(e.count for e in names) >= 6


def test_romaji_names_heading_entries_and_kana_names_between_slashes():
    body = ("旅行会社 各位\n\nお忘れ物をお預かりしています。\n\n"
            "■ SUKSAWAT PATTARAPORN\n   お忘れ物：紙袋\n   連絡先：090-5555-0151\n"
            "■ NGUYEN THI HUONG\n   お忘れ物：折りたたみ傘\n   連絡先：090-5555-0152\n"
            "■ PARK JIHOON\n   お忘れ物：帽子\n   連絡先：080-5555-0153\n\n"
            "照合できなかった方（受験番号／氏名（カナ）／生年月日／模試ID／偏差値）：\n"
            "1201／オグラ ハルカ／H26.4.2／ZK100201／偏差値51\n"
            "1202／ハネダ リョウタ／H26.9.30／ZK100202／偏差値48\n"
            "1203／イヅツ ミオ／H27.1.15／ZK100203／偏差値55\n" + SIG)
    v = judge_mail(make_mail(to=["tour@travel-example.co.jp"], body=body))
    names = [e for f in v.findings for e in f.entities if e.type == "PERSON_NAME"]
    assert names and max(e.count for e in names) >= 6
