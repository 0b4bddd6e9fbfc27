"""From a fifty-first blind wave (issue 9), written afresh here: a card number on the
line under an amount, a counselling client named after "Client:", a guardian's mobile
after 自宅前, and a tab-separated table whose header merged two cells."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

SIG = "\n\n--\n白鳥 玲奈\n株式会社エグザンプル 総務課\nTEL 03-5555-0233\n"


def test_a_card_on_the_line_under_an_amount():
    body = ("事務局 ご担当 様\n\n決済をお願いできますでしょうか。\n\n"
            "　金額　　：50,000円\n　カード　：4980-1234-5678-9011\n　有効期限：04/28\n" + SIG)
    v = judge_mail(make_mail(to=["office@npo-example.or.jp"], body=body))
    assert "credit-card-number" in rules_fired(v)


def test_an_amount_label_still_keeps_its_own_number():
    body = ("経理 ご担当 様\n\nお振込みの件です。\n\n　金額：4980123456789011\n" + SIG)
    v = judge_mail(make_mail(to=["keiri@partner-example.co.jp"], body=body))
    assert "credit-card-number" not in rules_fired(v)


def test_a_counselling_client_named_after_client():
    body = ("Dear Dr. Weber,\n\nHere is the summary for Thursday.\n\n"
            "Client: Hinata Kurosaki, 15 (9th grade)\n"
            "Diagnosis: social anxiety disorder, diagnosed in 2025; sertraline since May.\n\n"
            "Kind regards,\nKaoru\n")
    v = judge_mail(make_mail(to=["weber@praxis-example.de"], body=body,
                             subject="Case consultation"))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_client_that_is_a_company_is_no_person():
    body = ("Dear Ms. Lee,\n\nClient: Aoba Fudosan\nProject: office relocation, "
            "diagnosis of the network before the move.\n\nKind regards,\nKaoru\n")
    v = judge_mail(make_mail(to=["lee@network-example.com"], body=body, subject="Project"))
    assert v.action < Action.DELAY


def test_a_guardians_mobile_after_a_home_drop_off():
    rows = [("四十九 紬", "栄町6-1-3 マンション前", "090-2254-8810"),
            ("月見 ひより", "北町3-8-14 自宅前", "070-2367-9921"),
            ("蔵本 湊", "中央2-15-3 コンビニ向かい", "070-5582-1147"),
            ("鳩山 聖", "中央4-3-21 公園入口", "080-7725-3190"),
            ("唐沢 新", "南町3-11-2 自宅前", "070-4450-6613")]
    body = ("運輸会社 ご担当者様\n\n降車場所の最新版です。\n\n" + "".join(
        f"・{n}（中2）　瀬川市{a}　保護者 {p}\n" for n, a, p in rows) + SIG)
    v = judge_mail(make_mail(to=["unyu@bus-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    phones = [e for f in v.findings for e in f.entities if e.type == "PHONE_NUMBER"]
    assert max(e.count for e in phones) == 5


def test_a_pdf_like_table_whose_header_merged_two_cells():
    head = "氏名\t生年月日\t住所\t電話\t雇用形態月収(手取)\t希望\n"
    rows = [("巽 拓海", "1990/03/08", "南川市栄町4-2-6", "090-2231-4470"),
            ("比嘉 さくら", "1994/11/21", "南川市中央1-9-3", "080-6618-0032")]
    body = ("社協 ご担当 様\n\n一覧です。\n\n" + head + "".join(
        f"{n}\t{d}\t{a}\t{p}\t正社員\t18.2万円\t緊急小口\n" for n, d, a, p in rows) + SIG)
    v = judge_mail(make_mail(to=["soudan@shakyo-example.or.jp"], body=body))
    names = [e for f in v.findings for e in f.entities if e.type == "PERSON_NAME"]
    assert names and max(e.count for e in names) == 2


def test_a_row_label_before_the_cells_still_lines_up_from_the_right():
    head = "氏名\t住所\t電話\n"
    body = ("法律事務所 ご担当 様\n\n当事者です。\n\n" + head +
            "原告\t巽 拓海\t東京都港区芝5-2-1\t090-2231-4470\n"
            "被告\t比嘉 さくら\t東京都港区高輪1-9-3\t080-6618-0032\n" + SIG)
    v = judge_mail(make_mail(to=["office@law-example.jp"], body=body))
    names = [e for f in v.findings for e in f.entities if e.type == "PERSON_NAME"]
    assert names and max(e.count for e in names) == 2
