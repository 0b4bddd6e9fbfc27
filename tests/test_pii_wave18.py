"""From an eighteenth blind wave (issue 9), written afresh here: a real name beside a
handle, role-named English columns, JAN codes beside 「カード」, dispensing histories."""

from mailfactory import entity_types, judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 事業部\nTEL 03-5555-0150\n"


def test_a_performers_real_name_with_an_arrest_is_held():
    body = ("スポンサー各位\n\nいつもお世話になっております。\n"
            "出演予定だったMC「しろくま」（本名：白熊 悠真）が、詐欺の疑いで\n"
            "逮捕されたことが判明しました。イベントは延期いたします。\n" + JSIG)
    raw = make_mail(to=["pr@sponsor-example.co.jp"], body=body)
    v = judge_mail(raw)
    assert v.action >= Action.HOLD
    names = [e for f in v.findings for e in f.entities if e.type == "PERSON_NAME"]
    assert names and names[0].examples[0] == "白* **"  # the whole name, masked


def test_english_columns_named_by_role_are_names():
    rows = [("ticket", "reporter_name", "reporter_email"),
            ("T-1", "Nanami Ueda", "nanami.ueda@gmail.com"),
            ("T-2", "Sota Imai", "imai.sota@yahoo.co.jp"),
            ("T-3", "Rin Takagi", "rin.takagi@icloud.com")]
    csv = "\r\n".join(",".join(r) for r in rows).encode()
    raw = make_mail(to=["ts@publisher-example.com"], attachments=[("t.csv", csv, "text/csv")])
    assert {"PERSON_NAME", "EMAIL_ADDRESS"} <= entity_types(raw)


def test_thirteen_digit_product_codes_beside_prepaid_cards_are_no_card_numbers():
    body = ("仕入課 御中\n\nプリペイドカードの価格表です。\n\n"
            "商品コード   JANコード       券種\n"
            "PC-1000      4912345670006   1,000円券\n"
            "PC-3000      4912345670022   3,000円券\n" + JSIG)
    raw = make_mail(to=["shiire@retail-example.co.jp"], body=body)
    assert "CREDIT_CARD" not in entity_types(raw)
    assert judge_mail(raw).action < Action.DELAY


def test_a_dispensing_history_keyed_by_member_id_is_special_care_data():
    rows = [("member_id", "調剤日", "薬剤名"), ("M0101", "2026-10-02", "アムロジピン錠5mg"),
            ("M0102", "2026-10-03", "メトホルミン錠250mg"),
            ("M0103", "2026-10-05", "ワーファリン錠1mg")]
    csv = "\r\n".join(",".join(r) for r in rows).encode()
    raw = make_mail(to=["dev@app-example.co.jp"], attachments=[("history.csv", csv, "text/csv")])
    assert judge_mail(raw).action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in entity_types(raw)


def test_birth_dates_in_brackets_after_a_rank_and_a_name():
    body = ("協賛ご担当者様\n\n入賞者です。\n\n優勝 久米 颯（2012/04/18）保護者TEL 090-2231-7740\n"
            "準優勝 戸川 凛（2013/02/06）保護者TEL 080-7712-0093\n" + JSIG)
    raw = make_mail(to=["pr@sponsor-example.co.jp"], body=body)
    assert "DATE_OF_BIRTH" in entity_types(raw)


def test_a_phone_after_ode_wa_under_a_postcode_line_is_read():
    body = ("配送ご担当者様\n\nお世話になっております。\n\nお届け先：長嶺 トミ 様\n"
            "ご住所：〒251-0024 藤沢市鵠沼橘1-9-3\nお電話：0466-22-7781\n" + JSIG)
    raw = make_mail(to=["haiso@delivery-example.co.jp"], body=body)
    assert "PHONE_NUMBER" in entity_types(raw)


def test_form_fields_side_by_side_are_one_persons_record_not_a_table():
    body = ("循環器内科 ご担当先生\n\nいつもお世話になっております。服薬情報のご報告です。\n\n"
            "報告者：みなと薬局 薬剤師 佐伯 拓也\n"
            "患者氏名：宮路 トシ 様　　性別：女　　生年月日：昭和22年5月1日\n"
            "住所：川崎市中原区木月3-2-11　　電話：044-411-2093\n"
            "・心房細動にて通院中、ワーファリン服用中。\n" + JSIG)
    raw = make_mail(to=["junkanki@hospital-example.jp"], body=body)
    v = judge_mail(raw)
    sensitive = [f for f in v.findings if f.rule == "sensitive-personal-data"]
    assert sensitive
    types = {e.type for e in sensitive[0].entities}
    assert {"PHONE_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"} <= types


def test_a_venues_address_under_its_label_is_no_persons():
    body = ("取引先各位\n\n弊社 顧問 沢渡 和彦 が逝去いたしました。\n\n"
            "　喪主　　沢渡 美穂 様\n"
            "　告別式　十一月二日（月）午前十時より\n"
            "　式場　　メモリアルホールさくら 川越\n"
            "　　　　　川越市新宿町3-18-2　TEL 049-241-7700\n"
            "　供花のお届け先：紫雲会館（東京都品川区大井1-22-5）\n" + JSIG)
    raw = make_mail(to=["soumu@partner-example.co.jp"], body=body)
    assert not {"JP_ADDRESS", "PHONE_NUMBER"} & entity_types(raw)
    # a person's own address under 住所 stays one
    body = "ご担当者様\n\n会場：みなと会館\n参加者：沢渡 和彦\n住所：川越市新宿町3-18-2\n" + JSIG
    assert "JP_ADDRESS" in entity_types(make_mail(to=["a@partner-example.co.jp"], body=body))
