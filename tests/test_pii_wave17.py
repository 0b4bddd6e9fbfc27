"""From a seventeenth blind wave (issue 9), written afresh here: a laboratory's results
of named people, residence card columns, the addressee named again, a table's rule."""

from mailfactory import entity_types, judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 検査部\nTEL 03-5555-0150\n"


def test_a_named_patients_lab_value_against_its_reference_range_is_held():
    body = ("みなみ内科 院長先生\n\nいつもお世話になっております。至急のご報告です。\n\n"
            "  患者名：鬼塚 早苗 様（女・68歳）\n"
            "  項目：ナトリウム（Na） 121 mmol/L（基準 138-145）\n" + JSIG)
    raw = make_mail(to=["info@minami-naika-example.jp"], body=body)
    assert judge_mail(raw).action >= Action.HOLD
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= entity_types(raw)


def test_a_pathogen_found_in_a_named_employee_is_held_and_a_hygiene_plan_is_not():
    found = ("品質管理部 ご担当者様\n\n検便の結果、下記の方からノロウイルスが\n"
             "検出されました。調理業務から外してください。\n\n"
             "　氏名：沖田 勇気（オキタ ユウキ）\n　所属：第二工場\n" + JSIG)
    raw = make_mail(to=["qa@foods-example.co.jp"], body=found)
    assert judge_mail(raw).action >= Action.HOLD
    plan = ("品質管理部 ご担当者様\n\nお世話になっております。\n"
            "衛生管理計画のうち、ノロウイルス流行期の就業制限と検便の頻度を見直しました。\n"
            "ご意見をいただけますと幸いです。\n\n沖田" + JSIG)
    assert judge_mail(make_mail(to=["qa@foods-example.co.jp"], body=plan)).action < Action.DELAY


def test_a_list_of_named_employees_with_hba1c_is_held():
    lines = "\n".join(f"{n}（{a}歳）  HbA1c {h}%  血圧 {bp}" for n, a, h, bp in [
        ("宍戸 亜希", 47, "8.6", "150/95"), ("真鍋 崇", 53, "9.0", "138/86"),
        ("大江 里美", 44, "8.1", "162/99")])
    body = "産業保健ご担当者様\n\n要フォロー者一覧です。\n\n" + lines + "\n" + JSIG
    raw = make_mail(to=["sangyo@client-example.co.jp"], body=body)
    assert judge_mail(raw).action >= Action.HOLD
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= entity_types(raw)


def test_residence_card_numbers_in_a_space_padded_table_under_a_rule():
    body = ("監理団体 ご担当者様\n\n在留カード番号をご確認ください。\n\n"
            "氏名             国籍        生年月日    在留カード番号\n"
            "------------------------------------------------------\n"
            "PHAM THI LAN     ベトナム    2000/04/09  AB12345678CD\n"
            "RIZAL SANTOS     フィリピン  1998/12/21  EF23456789GH\n" + JSIG)
    raw = make_mail(to=["kanri@kumiai-example.or.jp"], body=body)
    v = judge_mail(raw)
    ids = [f for f in v.findings if f.rule == "identity-document-numbers"]
    assert v.action >= Action.HOLD and ids
    types = {e.type for e in ids[0].entities}
    assert {"JP_RESIDENCE_CARD", "PERSON_NAME"} <= types
    names = next(e for e in ids[0].entities if e.type == "PERSON_NAME")
    assert names.count == 2  # the header's 国籍 is no name


def test_the_addressee_named_again_beside_a_topic_is_no_disclosure():
    body = ("北村先生\n（cc：ラボテック 柳沢様）\n\nお世話になっております。\n"
            "ご質問の検体条件について、メーカーのご担当にも確認いたしました。\n\n"
            "・骨粗鬆症の治療効果判定には、治療開始前後の比較を推奨します。\n\n"
            "詳しい資料は柳沢様からお送りいただきます。\n" + JSIG)
    raw = make_mail(to=["kitamura@clinic-example.jp"], cc=["yanagisawa@labotec-example.co.jp"],
                    body=body)
    assert judge_mail(raw).action < Action.DELAY


def test_a_repair_style_diagnosis_column_and_a_symptom_words_do_not_make_a_patient_list():
    # (kept apart from wave 16's: 診断 beside 型式 in an English-headed sheet)
    rows = [("Name", "Mobile", "Model", "診断"),
            ("Aoi Kudo", "090-1183-2270", "HX-9", "基板交換"),
            ("Ren Oda", "080-5520-1136", "HX-7", "電池劣化")]
    csv = "\r\n".join(",".join(r) for r in rows).encode()
    raw = make_mail(to=["rma@maker-example.com"], attachments=[("rma.csv", csv, "text/csv")])
    assert "SENSITIVE_CATEGORY" not in entity_types(raw)


def test_a_patient_label_makes_the_lab_values_beside_it_the_patients():
    body = ("高野さん\n\nおつかれさまです。\n中村医院様からの件、再検の結果です。\n\n"
            "患者：久保田 浩 様（61歳）\nCEA 初回 9.8 ng/mL → 再検 10.2 ng/mL\n"
            "消化器の精査をお勧めするコメントを付けています。\n\n大森\n")
    raw = make_mail(to=["takano@hinode-example.com"], body=body)
    v = judge_mail(raw)
    sensitive = [f for f in v.findings if f.rule == "sensitive-personal-data"]
    assert sensitive
    names = next(e for e in sensitive[0].entities if e.type == "PERSON_NAME")
    assert names.count == 1  # 中村医院様 is a clinic, not a person


def test_english_labels_in_title_case_are_read():
    body = ("Dear Ms. Holt,\n\nPlease check the certificate before we issue it.\n\n"
            "Name: MINAMI KOTONE\nDate of Birth: 27 Aug 1990\nPassport No.: TK5518402\n\n"
            "Best regards,\nYuka Omori\n")
    raw = make_mail(to=["desk@travel-example.com"], body=body)
    assert {"DATE_OF_BIRTH", "JP_PASSPORT", "PERSON_NAME"} <= entity_types(raw)
