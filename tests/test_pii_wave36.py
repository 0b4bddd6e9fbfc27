"""From a thirty-sixth blind wave (issue 9), written afresh here: reproductive medicine and
a couple's form, a religion told in English, a 機密 footer with its copy prohibition,
schools and taxi firms in romaji, the parties of money matters, and what belongs to an
organisation (its account, its address under its name, a building's name)."""

from extractkit import docx, pdf
from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

from mailguard.policy.verdict import Action

SIG = "\n\n--\n岸本 遥\n株式会社エグザンプル 医事課\nTEL 03-5555-0410\n"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_a_patients_embryo_transfer_is_special_care_information():
    body = ("区役所 保健予防課 ご担当者様\n\n助成申請の補足です。\n\n"
            "　申請者：芦名 美緒（1990年7月3日生）\n"
            "　治療内容：凍結胚移植（3回目）\n" + SIG)
    v = judge_mail(make_mail(to=["hoken@city-example.lg.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_form_about_a_couple_ties_the_diagnosis_to_them():
    table = [["項目", "記入欄"],
             ["妻", "芦名 美緒（平成2年7月3日生）"],
             ["夫", "芦名 悠真（昭和63年1月20日生）"],
             ["医学的適応", "卵管閉塞症（両側）"],
             ["実施予定", "2027年1月"]]
    data = docx(["治療計画 同意書（下書き）"], table)
    v = judge_mail(make_mail(to=["rinri@hospital-example.or.jp"],
                             body="倫理委員会用の同意書案です。\n" + SIG,
                             attachments=[("同意書案.docx", data, DOCX)]))
    assert v.action >= Action.HOLD
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= verdict_types(v)


def test_a_devout_believer_named_in_english_is_held():
    body = ("Dear Ms Carter,\n\nAbout the placement: the host father, Mr Kenji Arata, is a\n"
            "devout Buddhist and keeps a family altar; he asks that the student respect it.\n"
            "\nKind regards,\nHaruka\n")
    v = judge_mail(make_mail(to=["placements@agency-example.org"], body=body))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_kiki_footer_with_its_copy_prohibition_is_a_marking():
    lines = ["地区別 受入件数（2026年度上期）", "北区 41", "南区 37", "東区 52", "",
             "機密　株式会社エグザンプル　無断転載・複製禁止"]
    v = judge_mail(make_mail(to=["sales@insurer-example.co.jp"],
                             body="集計をお送りします。\n" + SIG,
                             attachments=[("集計.pdf", pdf([lines]), "application/pdf")]))
    assert any(f.detector == "confidential_marking" and f.action >= Action.HOLD
               for f in v.findings)


def test_a_rule_about_kinds_of_material_is_no_marking():
    body = ("各位ではなく外部講師の先生へ\n\n研修で話す内容の案です。\n"
            "　・顧客名簿など社外秘の資料は、必要な人だけに共有する\n"
            "　・不要になった書類はシュレッダーで廃棄する\n" + SIG)
    v = judge_mail(make_mail(to=["koshi@training-example.jp"], body=body))
    assert v.action < Action.DELAY
    assert not any(f.detector == "confidential_marking" for f in v.findings)


def test_schools_and_taxi_firms_in_romaji_are_organisations():
    body = ("Dear Ms Reyes,\n\nPartner schools and taxis for the spring programme:\n\n"
            "  - Harbourview Academy        +61 2 9555 0143\n"
            "  - Pinecrest Collegiate       +1 778 555 0190\n"
            "  - Sakaide Chuo Taxi          0877-55-1234\n"
            "  - Marugame Kanko Taxi        0877-55-9876\n"
            "\nBest regards,\nHaruka\n")
    v = judge_mail(make_mail(to=["ops@travel-example.com"], body=body))
    assert "PERSON_NAME" not in verdict_types(v)
    assert v.action < Action.DELAY


def test_a_company_card_holder_in_capitals_is_no_person():
    body = ("予約係 ご担当者様\n\n前受金のカード決済をお願いします。\n"
            "　カード番号：4980-1234-5678-9011\n　名義：SAKURA SHOJI CO LTD\n" + SIG)
    v = judge_mail(make_mail(to=["yoyaku@hotel-example.jp"], body=body))
    assert v.action >= Action.HOLD  # the card number itself
    assert "PERSON_NAME" not in verdict_types(v)


def test_a_remitter_label_names_the_holder_of_the_account():
    body = ("みどり銀行 ご担当者様\n\n二重振込の組戻しをお願いします。\n\n"
            "　振込依頼人：クロサワ ミナミ\n　振込元口座：東西銀行 中町支店 普通 8830416\n"
            "　金額：45,000円\n" + SIG)
    v = judge_mail(make_mail(to=["kumimodoshi@bank-example.co.jp"], body=body))
    assert {"PERSON_NAME", "JP_BANK_ACCOUNT"} <= verdict_types(v)
    record = next(f for f in v.findings if f.rule == "personal-record")
    # the name is what the record is of, not one of the fields it is listed with
    assert record.message.count("氏名") == 1


def test_an_associations_own_account_is_not_its_chairs():
    body = ("市民活動課 ご担当者様\n\n補助金の振込先をお知らせします。\n"
            "　代表者：会長 久我山 忠雄\n"
            "　振込先：東西銀行 中町支店 普通 5501934\n"
            "　　　　　口座名義 ｼﾞﾁｶｲ ﾅｶﾏﾁｻﾝﾁｮｳﾒ\n" + SIG)
    v = judge_mail(make_mail(to=["katsudo@city-example.lg.jp"], body=body))
    assert "personal-record" not in rules_fired(v)


def test_the_address_under_a_companys_name_is_the_companys():
    body = ("運輸ご担当 様\n\n検体の集荷をお願いします。\n\n■お届け先\n"
            "　北星メディカル株式会社　港ラボ\n　〒220-0012 神奈川県横浜市西区みなとみらい5-1-9\n"
            "　受取：検体管理課　氷室様（TEL 045-555-0182）\n" + SIG)
    v = judge_mail(make_mail(to=["medical@unyu-example.co.jp"], body=body))
    assert "personal-record" not in rules_fired(v)


def test_a_buildings_name_in_an_address_is_no_person():
    rows = "\n".join(f"K-{n:04d}\t090-55{n:02d}-71{n:02d}\t"
                     f"東京都中野区中央{n}-2-3 コーポ翠明 {n}01号室" for n in range(1, 7))
    body = "督促対象の一覧です。\n\n契約番号\t携帯電話\t住所\n" + rows + "\n" + SIG
    v = judge_mail(make_mail(to=["kaishu@servicer-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "PERSON_NAME" not in verdict_types(v)
