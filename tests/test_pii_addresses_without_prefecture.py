"""Addresses as people write them without a prefecture, under the labels of where a person
is, and a diagnosis with its stage (issue 9; leftovers of the dev half, written afresh)."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

SIG = "\n\n--\n三宅 由香\n株式会社エグザンプル 送迎係\nTEL 03-5555-0410\n"


def _entity_types(v, rule):
    return {e.type for f in v.findings if f.rule == rule for e in f.entities}


def test_a_designated_city_with_its_ward_is_an_address_without_a_label():
    body = ("手配のお願いです。\n\n利用者：浜砂 伸也 様\n"
            "名古屋市千種区今池3-12-20 コーポ今池205 にお住まいです。\n" + SIG)
    v = judge_mail(make_mail(to=["haisha@taxi-example.jp"], body=body))
    assert "JP_ADDRESS" in _entity_types(v, "personal-record")


def test_a_tokyo_ward_is_an_address_without_a_label():
    body = ("引越しのお見積りをお願いします。\n\n依頼者：汐見 穂乃香 様\n"
            "現在のお住まい　杉並区高円寺北4-11-8 グリーンハイツ301\n" + SIG)
    v = judge_mail(make_mail(to=["mitsumori@moving-example.co.jp"], body=body))
    assert "JP_ADDRESS" in _entity_types(v, "personal-record")


def test_a_ward_and_a_district_alone_are_a_place_not_an_address():
    body = ("事故のご報告です。\n\n発生場所：江東区東雲1丁目の交差点付近\n"
            "乗務員に怪我はありません。\n" + SIG)
    v = judge_mail(make_mail(to=["jiko@insurer-example.co.jp"], body=body))
    assert "JP_ADDRESS" not in {e.type for f in v.findings for e in f.entities}


def test_a_pick_up_point_labels_an_address_without_its_city_prefix():
    body = ("明日の送迎をお願いします。\n\n　お客様：楢崎 はる 様\n"
            "　お迎え先：緑ヶ丘町4丁目12番3号\n　行き先：市民病院\n" + SIG)
    v = judge_mail(make_mail(to=["sougei@care-example.jp"], body=body))
    assert "JP_ADDRESS" in _entity_types(v, "personal-record")


def test_a_workplace_address_under_its_label_is_not_the_persons():
    body = ("シフトのご連絡です。\n\n勤務先：有料老人ホーム若葉の杜（横浜市青葉区若草台11-6）\n"
            "勤務日：12月3日・5日\n" + SIG)
    v = judge_mail(make_mail(to=["staff.member@gmail.com"], body=body))
    assert "JP_ADDRESS" not in {e.type for f in v.findings for e in f.entities}


def test_a_diagnosis_followed_by_its_stage_is_a_diagnosis():
    body = ("搬送のお願いです。\n\n　患者様：汐留 重雄 様（81歳）\n"
            "　状態：胆管細胞がん末期、ご家族が付き添います。\n" + SIG)
    v = judge_mail(make_mail(to=["fukushi@transport-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert v.action >= Action.HOLD


def test_a_drug_for_a_disease_is_no_diagnosis():
    body = ("ご案内です。\n\n膵臓がん治療薬の説明会を12月に開催します。\n" + SIG)
    v = judge_mail(make_mail(to=["info@pharma-example.co.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_church_list_column_of_baptism_dates_is_no_birth_date_column():
    rows = "\n".join(
        f"{i:02d}  {n}     {t}    {a}    {d}"
        for i, (n, t, a, d) in enumerate([
            ("早乙女 進", "045-611-2093", "横浜市中区本牧町2-4-11", "1979/05/13"),
            ("早乙女 信代", "045-611-2093", "横浜市中区本牧町2-4-11", "1983/11/06"),
            ("百瀬 亘", "090-2231-7740", "横浜市南区大岡2-9-14", "2001/04/15"),
            ("雨宮 紗季", "080-5513-2208", "横浜市磯子区洋光台4-2-7", "2012/12/23"),
            ("東條 誠", "045-772-0148", "横浜市金沢区釜利谷東3-8-1", "1968/03/31")], 1))
    body = ("名簿の原稿です。\n\nNo  氏名         電話           住所                    受洗日\n"
            "--  -----------  -------------  ----------------------  ----------\n" + rows + SIG)
    v = judge_mail(make_mail(to=["nakagawa@print-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "DATE_OF_BIRTH" not in {e.type for f in v.findings for e in f.entities}
