"""Whose number it is (issue 9, dev halves): the name the finding reports beside an
identity document, written as forms and passports write it — a label with a longer
qualifier in brackets (氏名（在留カード表記）), surname first with a hyphenated given name
(CHEN, Wei-Ting); a health insurance card given in English mail (Insured person,
Insured person no., Symbol (kigo) / Number (bango)); an inn addressed (民宿様から…) is
no name; the sender's signature above a forwarded mail is the sender's; a call back for a
closer examination (精密検査, 再検査) is a check-up's result; ご担当者様 under a 宛名 column
names nobody; a label and its translation (在留カード番号 / Card No.) are one label; a time
clock's export (emp_no, clock_in) gives its people's attributes; whether an allergy needs
care (アレルギー対応の要否) is a question, no one's condition; a birthday column without
the year (誕生日 6月27日) gives birth dates; people reached through their companies'
switchboards (代表 06-…) are business contacts, however many."""

from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

SIG = "\n\n--\n山田 太郎\n株式会社エグザンプル\nTEL 03-5555-0682\n"


def _names_reported(v) -> list[str]:
    return [x for f in v.findings for e in f.entities if e.type == "PERSON_NAME"
            for x in e.examples]


def test_a_name_labelled_with_its_script_in_a_long_bracket():
    body = ("翻訳サービス ご担当者様\n\nお世話になっております。\n"
            "下記の方の書類の翻訳をお願いします。\n\n"
            "　氏名（在留カード記載どおり）　GARCIA LUCIA FERNANDA\n"
            "　生年月日　　　　　　　　　　1994年3月2日\n"
            "　在留カード番号　　　　　　　UK48213657EN\n" + SIG)
    v = judge_mail(make_mail(to=["desk@translate-example.jp"], body=body))
    assert "identity-document-numbers" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)
    assert not any("GARCIA" in x for x in _names_reported(v))  # masked


def test_a_guest_surname_first_with_a_hyphenated_given_name():
    body = ("Dear Front Desk,\n\nPlease register the following guest.\n\n"
            "  Guest name    : LIN, Mei-Hua (Ms.)\n"
            "  Date of birth : 2 May 1988\n"
            "  Passport No.  : 309917462\n\nBest regards," + SIG)
    v = judge_mail(make_mail(to=["front@hotel-example.com"], body=body))
    assert "identity-document-numbers" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)


def test_a_health_insurance_card_given_in_english():
    # the card's fields in English, their Japanese names romanised (kigo, bango)
    body = ("Hi Daniel,\n\nThe ward office asked for your daughter's card details:\n\n"
            "  Insured person : MORALES DANIEL\n"
            "  Insurer no.    : 06271139\n"
            "  Symbol (kigo)  : 2207\n"
            "  Number (bango) : 58\n\nBest regards,\nAiko")
    v = judge_mail(make_mail(to=["daniel.morales@gmail.com"], body=body))
    assert "identity-document-numbers" in rules_fired(v)
    assert {"JP_HEALTH_INSURANCE", "PERSON_NAME"} <= verdict_types(v)


def test_an_insured_persons_number_in_english():
    body = ("Hi Tran,\n\nPlease check this claim before Monday.\n\n"
            "  Patient: Mayumi Oda\n"
            "  Insured person no.: 01187204\n\nThanks," + SIG)
    v = judge_mail(make_mail(to=["tran@claims-example.com"], body=body))
    assert "JP_HEALTH_INSURANCE" in verdict_types(v)


def test_an_inn_addressed_with_an_honorific_is_no_ones_name():
    body = ("民宿しおさい ご予約係様\n\n中村です。明日は17時頃に到着します。\n"
            "当日、民宿様から連絡を取りたい場合は私の携帯（090-6120-4471）までお願いします。" + SIG)
    v = judge_mail(make_mail(to=["yoyaku@minshuku-example.jp"], body=body))
    assert "PERSON_NAME" not in verdict_types(v)
    assert "personal-record" not in rules_fired(v)


def test_the_senders_signature_above_a_forwarded_list_is_not_disclosed():
    rows = "\n".join(f"{n}    090-{4100 + k:04d}-{2210 + 7 * k:04d}" for k, n in enumerate(
        ["相馬 隆", "芦田 恵", "井筒 航", "江副 礼", "小柴 聡", "香取 舞"]))
    body = ("坂口様\n\nお世話になっております。協力会社からの連絡を転送します。\n\n"
            "--\n株式会社エグザンプル 工事部\n主任  山田 太郎\n"
            "〒243-0014 厚木市旭町3-11-2 エグザンプルビル2F\n"
            "TEL: 046-221-5530  携帯: 080-4492-3375\nMail: yamada@example.co.jp\n\n"
            "-------- Forwarded Message --------\n件名: 入場予定者\n"
            "差出人: 安全担当 <anzen@sub-example.co.jp>\n\n来週の入場予定者です。\n\n"
            "氏名       携帯\n" + rows + "\n")
    v = judge_mail(make_mail(to=["sakaguchi@site-example.co.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)
    # the office address, the mobile and the mailbox are the sender's own
    assert not {"JP_ADDRESS", "EMAIL_ADDRESS"} & verdict_types(v)
    counts = {e.type: e.count for f in v.findings if f.rule == "personal-data-list"
              for e in f.entities}
    assert counts["PHONE_NUMBER"] == 6


def test_a_list_of_people_called_back_for_a_closer_examination():
    people = [("宮坂 遼", "精密検査"), ("堀江 詩織", "再検査"), ("国分 拓海", "精密検査"),
              ("沖 美鈴", "精密検査"), ("葛西 健", "再検査")]
    rows = "\n".join(f"{n}\t080{5120 + k:04d}{3300 + 11 * k:04d}\t{kind}"
                     for k, (n, kind) in enumerate(people))
    body = ("配信ご担当者様\n\n来週配信分のリストです。\n\n氏名\t携帯番号\t案内\n"
            + rows + "\n" + SIG)
    v = judge_mail(make_mail(to=["ops@sms-example.co.jp"], body=body))
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_mailing_list_of_companies_addressed_to_their_desks():
    companies = ["北斗運輸株式会社", "双葉化成株式会社", "葵商事株式会社", "株式会社若葉電機",
                 "株式会社三和産業", "富岳化成株式会社"]
    rows = [f"{c},営業部,390-08{60 + k},長野県松本市蟻ケ崎{k + 1}-1-15 {c[:2]}ビル5F,"
            f"0263-9{k}-76{50 + k},ご担当者様" for k, c in enumerate(companies)]
    csv_text = "会社名,部署,郵便番号,所在地,代表電話,宛名敬称\n" + "\n".join(rows) + "\n"
    v = judge_mail(make_mail(to=["ishida@dm-example.co.jp"], body="DMの宛先リストです。" + SIG,
                             attachments=[("houjin.csv", csv_text.encode("cp932"), "text/csv")]))
    assert "PERSON_NAME" not in verdict_types(v)
    assert "personal-data-list" not in rules_fired(v)


def test_a_residence_card_number_under_a_bilingual_label():
    body = ("行政書士 先生\n\n在留期間更新の件でご依頼いたします。\n\n"
            "　氏名 / Name　　　　　　　：OKAFOR CHIOMA ADA\n"
            "　在留カード番号 / Card No.：TQ30571846KA\n"
            "　在留資格 / Status　　　　：技術・人文知識・国際業務\n" + SIG)
    v = judge_mail(make_mail(to=["office@gyosei-example.jp"], body=body))
    assert "identity-document-numbers" in rules_fired(v)
    assert "JP_RESIDENCE_CARD" in verdict_types(v)


def test_a_time_clock_export_of_named_employees():
    names = ["篠宮 司", "丹羽 早紀", "磯貝 陸", "若松 環", "小田桐 亘", "芳賀 結衣"]
    rows = [f"S2{k:03d},{n},2026-10-0{k + 1},08:0{k},17:3{k}" for k, n in enumerate(names)]
    csv_text = "emp_no,name,work_date,clock_in,clock_out\n" + "\n".join(rows) + "\n"
    v = judge_mail(make_mail(to=["migration@hr-saas-example.com"],
                             body="移行用のサンプルです。" + SIG,
                             attachments=[("timeclock.csv", csv_text.encode(), "text/csv")]))
    assert "personal-data-list" in rules_fired(v)


def test_whether_an_allergy_needs_care_is_still_a_question():
    body = ("給食センター ご担当者様\n\n来月から研修生5名が加わります。\n"
            "お弁当の追加をお願いします。\n"
            "食物アレルギー対応の要否は、別途ご本人に確認のうえご連絡いたします。" + SIG)
    v = judge_mail(make_mail(to=["order@kyushoku-example.co.jp"], body=body))
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)
    assert "sensitive-personal-data" not in rules_fired(v)


def test_birthdays_without_their_year_in_a_list_of_contacts():
    people = [("蓬田 勝", "6月27日"), ("真栄田 翔平", "5月28日"), ("笹森 千尋", "5月27日"),
              ("喜屋武 紗季", "4月3日"), ("東海林 翔平", "3月10日")]
    rows = [f"{n}\t070-{9726 + k}-85{10 + k}\t{d}" for k, (n, d) in enumerate(people)]
    csv_text = "氏名\t携帯\t誕生日\n" + "\n".join(rows) + "\n"
    v = judge_mail(make_mail(to=["komagata@agency-example.co.jp"], body="一覧です。" + SIG,
                             attachments=[("keyperson.csv", csv_text.encode(), "text/csv")]))
    assert "DATE_OF_BIRTH" in verdict_types(v)
    shown = [x for f in v.findings for e in f.entities if e.type == "DATE_OF_BIRTH"
             for x in e.examples]
    assert shown and not any(d in x for x in shown for _, d in people)  # masked


def test_people_reached_through_their_companies_switchboards():
    body = ("運送センター ご担当者様\n\nお貸出ししたサンプルの集荷を2件お願いします。\n\n"
            "1. 東邦タイムズ 大阪支社　椎葉様\n"
            "　 大阪府大阪市北区梅田2-5-8 梅田東邦ビル3F　代表 06-6345-1180\n\n"
            "2. 関西経済新報 本社　百武様\n"
            "　 大阪府大阪市中央区本町1-4-2 本町ビル9F　代表 06-6271-5520\n" + SIG)
    v = judge_mail(make_mail(to=["center@unyu-example.co.jp"], body=body))
    assert "personal-record" not in rules_fired(v)
    assert not {"PERSON_NAME", "PHONE_NUMBER"} & verdict_types(v)


def test_mobiles_of_named_tenant_representatives_still_count():
    body = ("防災設備 ご担当者様\n\n訓練当日のテナント代表者の連絡先です。\n\n"
            "・2F　ルミナ企画　　八重樫 めぐみ 様　080-7753-4410\n"
            "・3F　北斗会計　　　舘岡 隆 様　　　　090-4438-7702\n" + SIG)
    v = judge_mail(make_mail(to=["bousai@setsubi-example.co.jp"], body=body))
    assert "personal-record" in rules_fired(v)
