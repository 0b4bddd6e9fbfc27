"""From an eleventh blind wave, written afresh here (issue 9): English mail that names a
person by a title, a family role or a relative clause, with a condition in English;
rows without a name column whose other cells name a shop or an employer; a table of
health measurements under a sentence; and a list of a company's own sites in English
that is no list of people."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

SIG = "\n\nBest regards,\n\nNaoko Ebihara\nHR, Example Co., Ltd.\nTel: +81-3-5555-0170\n"
JSIG = "\n\n--\n蛯原 直子\n株式会社エグザンプル 人事課\nTEL 03-5555-0170\n"


def test_an_expatriates_condition_in_english_running_text_is_held():
    body = ("Hi Marcus,\n\nA quick note on Sota Hirayama, who joins the Austin office next "
            "month. The occupational physician found he has asthma and he is on daily "
            "medication, so please make sure his health plan covers it." + SIG)
    v = judge_mail(make_mail(to=["hr@us-subsidiary.example.com"], body=body))
    assert v.action == Action.HOLD
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_child_named_after_her_parents_title_with_a_diagnosis_is_held():
    body = ("Dear Admissions Office,\n\nOur employee Mr. Daichi Ueno will move to Singapore "
            "in April with his family.\n\nHis son, Ren Ueno (born 2 March 2016), was "
            "diagnosed with dyslexia and epilepsy and needs learning support." + SIG)
    v = judge_mail(make_mail(to=["admissions@school.example.sg"], body=body))
    assert v.action == Action.HOLD
    names = {e.type for f in v.findings for e in f.entities}
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"} <= names


def test_a_greeting_by_title_alone_is_no_record():
    body = ("Dear Ms. Whitfield,\n\nThank you for the quotation. We will reply by Friday."
            + SIG)
    v = judge_mail(make_mail(to=["sales@vendorhub.jp"], body=body))
    assert not [f for f in v.findings if f.detector == "personal_data"]


def test_rows_of_private_mailboxes_are_people_though_a_column_names_shops():
    rows = [("K-1101", "sora.hamada@gmail.com", "090-3381-2207", "ひまわり堂 駅前店"),
            ("K-1102", "mitsu-k@yahoo.co.jp", "080-5512-9031", "通販"),
            ("K-1103", "r.ogata77@icloud.com", "070-2290-4416", "スーパーまるみ 本店"),
            ("K-1104", "kanae_t@docomo.ne.jp", "090-8873-1150", "ひまわり堂 西口店"),
            ("K-1105", "yu.kiri@outlook.jp", "080-6620-3398", "ドラッグあおい 北店"),
            ("K-1106", "haru.n@ezweb.ne.jp", "070-9931-0027", "通販")]
    table = "\n".join(["受付番号\tメールアドレス\t電話番号\t購入店"]
                      + ["\t".join(r) for r in rows])
    v = judge_mail(make_mail(to=["check@analytics-example.co.jp"],
                             body="重複チェックをお願いします。\n" + table + JSIG))
    assert v.action == Action.HOLD
    assert "personal-data-list" in rules_fired(v)


def test_rows_of_birth_dates_are_people_though_a_column_names_the_employer():
    rows = [("101", "昭和５１年３月２日", "０９０－１１２２－３３４４", "（株）ミナト精工"),
            ("102", "平成２年７月９日", "０８０－２２３３－４４５５", "さくら運輸（有）"),
            ("103", "昭和６０年１月３０日", "０７０－３３４４－５５６６", "自営"),
            ("104", "平成８年１２月５日", "０９０－４４５５－６６７７", "東和商事（株）"),
            ("105", "昭和４５年６月１８日", "０８０－５５６６－７７８８", "パート")]
    table = "\n".join(["号室　　生年月日　　　　　携帯　　　　　　　　勤務先", "－" * 30]
                      + ["　　".join(r) for r in rows])
    v = judge_mail(make_mail(to=["kanri@saiken-example.co.jp"],
                             body="振替不能の契約者です。\n" + table + JSIG))
    assert v.action == Action.HOLD


def test_a_table_of_blood_pressure_and_medication_under_a_sentence_is_held():
    rows = [("Ａ－０１", "４１", "女", "１５８", "９６", "降圧剤"),
            ("Ａ－０２", "５６", "男", "１３２", "８８", "なし"),
            ("Ａ－０３", "６２", "男", "１４９", "９１", "スタチン"),
            ("Ａ－０４", "３８", "女", "１２１", "７９", "なし"),
            ("Ａ－０５", "４７", "男", "１６６", "１０１", "降圧剤")]
    table = "\n".join(["参加者の測定値です。", "ＩＤ　年齢　性別　収縮期血圧　拡張期血圧　服薬"]
                      + ["　　".join(r) for r in rows])
    v = judge_mail(make_mail(to=["lab@wellness-example.jp"], body=table + JSIG))
    assert v.action == Action.HOLD


def test_a_list_of_the_companys_own_sites_in_english_is_no_list_of_people():
    body = ("送付先一覧です。\n\n"
            "Site                               Phone\n"
            "---------------------------------  ----------------\n"
            "Example Trading (Malaysia) Sdn Bhd   +60-3-2141-5500\n"
            "Example Europe GmbH                  +49-69-2710-4400\n"
            "Example America Inc.                 +1-312-555-0187\n"
            "Example Korea Co., Ltd.              +82-2-3210-7700\n"
            "Example Brasil Ltda.                 +55-11-3070-2200\n" + JSIG)
    v = judge_mail(make_mail(to=["desk@travel-example.co.jp"], body=body))
    assert v.action <= Action.WARN


def test_a_special_care_finding_names_the_persons_other_fields_masked():
    body = ("修理センター ご担当者様\n\nお客様からの転送です。\n\n"
            "樋渡 啓介様（090-7712-4408）はペースメーカーを使用中のため、"
            "訪問時は電磁波の出る機器を近づけないでください。" + JSIG)
    v = judge_mail(make_mail(to=["repair@service-example.co.jp"], body=body))
    f = next(f for f in v.findings if f.rule == "sensitive-personal-data")
    assert {e.type for e in f.entities} >= {"SENSITIVE_CATEGORY", "PERSON_NAME",
                                            "PHONE_NUMBER"}
    assert "7712-4408" not in str(v.to_json())


def test_a_named_players_torn_ligament_told_to_a_sponsor_is_held():
    body = ("スポンサー窓口 ご担当者様\n\nいつもお世話になっております。\n\n"
            "来月のイベントに出演予定の湯浅 蒼汰さんですが、\n"
            "先週の試合で左足関節捻挫、さらに左膝内側側副靱帯断裂と診断されました。\n"
            "出演は見合わせとさせてください。" + JSIG)
    v = judge_mail(make_mail(to=["sponsor@drink-example.co.jp"], body=body))
    assert v.action == Action.HOLD
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_health_insurance_card_given_on_two_form_lines_is_an_identity_number():
    body = ("クリニック 受付ご担当者様\n\n入院予定者の保険証情報です。\n\n"
            "　氏名　　：仲宗根 翼\n　保険者番号：０６２７１１３９\n"
            "　記号　　：３３０１５\n　番号　　：２１\n" + JSIG)
    v = judge_mail(make_mail(to=["uketsuke@clinic-example.jp"], body=body))
    assert v.action == Action.HOLD
    assert "identity-document-numbers" in rules_fired(v)


def test_work_mailboxes_at_co_jp_do_not_make_a_roster_a_list_of_businesses():
    rows = [("朝日経済", "梶原 透", "070-2231-0098", "kajiwara@asahi-keizai.co.jp"),
            ("東洋日報", "椎名 紗季", "090-4410-7765", "shiina@toyo-nippo.co.jp"),
            ("産業タイム", "真鍋 律", "080-9902-3341", "manabe@sangyo-time.co.jp"),
            ("ビズ通信", "宍戸 遥", "070-6618-2204", "shishido@biz-tsushin.co.jp"),
            ("関西新報", "益子 陸", "090-1187-5520", "mashiko@kansai-shinpo.co.jp")]
    table = "\n".join(["媒体\tお名前\t当日連絡先\tメール"] + ["\t".join(r) for r in rows])
    v = judge_mail(make_mail(to=["event@agency-example.co.jp"],
                             body="出席記者の一覧です。\n" + table + JSIG))
    assert v.action == Action.HOLD
    assert "5 件" in next(f.message for f in v.findings if f.rule == "personal-data-list")


def test_a_blank_form_addressed_to_the_company_doctor_is_no_ones_record():
    # neither the role it is addressed to nor the sender's signature under the form's
    # 傷病名 is the person of a diagnosis
    body = ("主治医の先生へ\n\n意見書の様式をお送りします。\n\n"
            "株式会社エグザンプル 産業医 殿\n患者氏名：＿＿＿＿　生年月日：　年　月　日\n"
            "傷病名：＿＿＿＿＿＿\n就業上の配慮：□不要　□必要" + JSIG)
    v = judge_mail(make_mail(to=["info@clinic-example.jp"], body=body))
    assert v.action <= Action.WARN
    assert "sensitive-personal-data" not in rules_fired(v)


def test_the_senders_signature_under_a_health_topic_is_no_patient():
    body = ("健保組合 ご担当者様\n\n来月の社内セミナーの件です。\n\n"
            "テーマは糖尿病と高血圧症の予防、講師は外部の管理栄養士の方にお願いしました。"
            + JSIG)
    v = judge_mail(make_mail(to=["kenpo@kumiai-example.or.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)
