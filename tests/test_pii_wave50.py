"""From a fiftieth blind wave (issue 9), written afresh here: a column of addressees
under お届け先, a mailing list of homes with no name column, a person's past work on a
list line, a requisition's clinical indication, a baptism date, English TB screening,
and a company's romaji name that is no person."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

SIG = "\n\n--\n三ツ矢 千景\n株式会社エグザンプル 総務課\nTEL 03-5555-0172\n"


def test_a_column_of_addressees_under_a_destination_header():
    body = ("ギフト会社 御中\n\n返礼品の発送先です。\n\n"
            "　お届け先　　　　ご住所　　　　　　　　　　電話\n"
            "　真壁 一輝　様　横浜市中区弁天通3-41　　　045-201-7731\n"
            "　小此木 葵　様　鎌倉市材木座4-2-9　　　　0467-24-5520\n"
            "　雲野 孝　　様　藤沢市片瀬2-17-3　　　　0466-23-8841\n"
            "　那須 梓　　様　川崎市高津区溝口5-6-2　　044-822-3907\n"
            "　東 竜也　　様　横浜市西区岡野1-8-14　　045-311-6625\n"
            "　百瀬 朋子　様　横浜市港北区大倉山7-3-1　045-544-0283\n" + SIG)
    v = judge_mail(make_mail(to=["gift@gift-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    names = [e for f in v.findings for e in f.entities if e.type == "PERSON_NAME"]
    assert names and all("様" not in x for e in names for x in e.examples)


def test_homes_with_some_mobiles_and_no_name_column_are_households():
    body = ("郵送業者 ご担当者様\n\n会報の郵送先です（住所と電話のみ）。\n\n"
            "〒　　　　住所　　　　　　　　　　　　電話\n"
            "231-0011　横浜市中区太田町4-51　　　045-662-1904\n"
            "235-0045　横浜市磯子区洋光台2-7-1　045-833-5127\n"
            "231-0033　横浜市中区長者町5-60-1　　090-2284-7716\n"
            "244-0817　横浜市戸塚区吉田町311　　045-862-4470\n"
            "221-0802　横浜市神奈川区六角橋3-9　080-5531-2298\n"
            "232-0017　横浜市南区宿町2-40　　　　045-731-6652\n" + SIG)
    v = judge_mail(make_mail(to=["yuso@post-service.jp"], body=body))
    assert v.action >= Action.HOLD


def test_a_list_of_branches_with_landlines_stays_a_directory():
    body = ("取引先 各位\n\n営業所の一覧です。\n\n"
            "〒　　　　住所　　　　　　　　　　　　電話\n"
            "231-0011　横浜市中区太田町4-51　　　045-662-1904\n"
            "235-0045　横浜市磯子区洋光台2-7-1　045-833-5127\n"
            "231-0033　横浜市中区長者町5-60-1　　045-284-7716\n"
            "244-0817　横浜市戸塚区吉田町311　　045-862-4470\n"
            "221-0802　横浜市神奈川区六角橋3-9　045-531-2298\n" + SIG)
    v = judge_mail(make_mail(to=["info@partner-example.co.jp"], body=body))
    assert v.action < Action.DELAY


def test_a_persons_past_work_does_not_make_the_line_a_business():
    rows = [("サミル・アフマディ", "090-4418-2207", "samir.a@gmail.com", "食品工場経験"),
            ("ミン・トゥ", "080-3326-9184", "min.thu@gmail.com", "倉庫ピッキング"),
            ("ヨナス・ベルヘ", "070-5512-7730", "yonas.b@yahoo.co.jp", "病院勤務経験"),
            ("アミナ・ユスフ", "090-7783-0416", "amina.y@gmail.com", "工場勤務"),
            ("ダニエル・テクレ", "080-2245-6691", "daniel.t@icloud.com", "倉庫作業")]
    body = ("人材会社 ご担当 様\n\n求職者をご紹介します。\n\n" + "".join(
        f"{i}. {n}　30歳　{p}　{m}　{w}\n" for i, (n, p, m, w) in enumerate(rows, 1)) + SIG)
    v = judge_mail(make_mail(to=["hr@jobs-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "personal-data-list" in rules_fired(v)


def test_a_requisitions_clinical_indication_column_is_health_data():
    body = ("Dear Accessioning team,\n\nDetails for pre-registration:\n\n"
            "Sample ID    Patient name       DOB         Clinical indication\n"
            "-----------------------------------------------------------------\n"
            "S-0101       KIRISHIMA, Ken     1975-03-02  Familial hypercholesterolemia\n"
            "S-0102       ODAWARA, Mio       1988-11-19  HCM, septal 19 mm\n\n"
            "Kind regards,\nDaniel\n")
    v = judge_mail(make_mail(to=["lab@genelab-example.com"], body=body,
                             subject="Requisition details"))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_baptism_date_column_tells_a_persons_creed():
    body = ("印刷会社 ご担当 様\n\n名簿原稿の一部です。\n\n"
            "氏名　　　　電話　　　　　　受洗日\n"
            "柊 真一　　045-622-3318　　1985/04/07\n" + SIG)
    v = judge_mail(make_mail(to=["dtp@print-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_positive_igra_of_a_named_person():
    body = ("Dear Dr. Berg,\n\nName: Tesfaye ALEMU\nDate of birth: 3 May 1990\n\n"
            "His health check showed a positive IGRA result. Could you see him about "
            "latent TB?\n\nKind regards,\nYu\n")
    v = judge_mail(make_mail(to=["berg@clinic-example.se"], body=body, subject="Referral"))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_companys_romaji_name_is_no_persons_beside_a_disease_word():
    body = ("Dear Sir or Madam,\n\nHinode Sangyo is preparing its budget and invites your "
            "laboratory to quote for a hereditary cancer panel (1,200 samples a year).\n\n"
            "Best regards,\nMakoto\n")
    v = judge_mail(make_mail(to=["sales@lab-example.com"], body=body,
                             subject="Request for quotation - hereditary cancer panel"))
    assert v.action < Action.DELAY


def test_foreign_names_in_katakana_heading_list_entries():
    rows = [("アミール・ハッサン", "090-3318-2207", "amir.h@gmail.com"),
            ("ティン・ザー・ウィン", "080-6624-9184", "tzw.mm@gmail.com"),
            ("ジョセフ・ムワンギ", "070-1152-7730", "j.mwangi@yahoo.co.jp")]
    body = ("日本語学校 教務課 御中\n\n申込者です。\n\n" + "".join(
        f"・{n}　携帯 {p}　{m}\n" for n, p, m in rows) + SIG)
    v = judge_mail(make_mail(to=["kyomu@school-example.jp"], body=body))
    names = [e for f in v.findings for e in f.entities if e.type == "PERSON_NAME"]
    assert names and max(e.count for e in names) == 3


def test_shops_in_katakana_heading_list_entries_are_no_people():
    body = ("配車センター 御中\n\n納品先の店舗です。\n\n"
            "・カフェ・ヒノデ 吉祥寺店\n　TEL 0422-20-5583\n"
            "・スターフィールド・エージェンシー（目黒区）TEL 03-3780-2241\n"
            "・ベーカリー・ミナト　TEL 045-201-3390\n" + SIG)
    v = judge_mail(make_mail(to=["haisha@unyu-example.co.jp"], body=body))
    assert not [e for f in v.findings for e in f.entities if e.type == "PERSON_NAME"]
