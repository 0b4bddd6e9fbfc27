"""From a nineteenth blind wave (issue 9), written afresh here: probation and parole,
party membership, a child's reading with a grade, counts that are statistics."""

from mailfactory import entity_types, judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 総務課\nTEL 03-5555-0150\n"


def test_a_named_employee_on_probation_is_held():
    body = ("保護司 先生\n\nいつもお世話になっております。\n"
            "お預かりしている三船 拓也さんが、昨日から無断で欠勤しています。\n"
            "保護観察中の遵守事項にも関わると思い、ご連絡いたしました。\n" + JSIG)
    raw = make_mail(to=["hogoshi.sensei@gmail.com"], body=body)
    assert judge_mail(raw).action >= Action.HOLD
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= entity_types(raw)


def test_an_english_mail_about_a_parolee_is_held():
    body = ("Dear Ms. Grant,\n\nFor your article you could talk to Mr. Daichi Morioka (34). "
            "He was released on parole last spring after two years in prison, and now "
            "leads our packing team.\n\nBest regards,\nYuka Omori\n")
    raw = make_mail(to=["grant@press-example.com"], body=body)
    assert judge_mail(raw).action >= Action.HOLD


def test_party_membership_of_a_named_supporter_is_held():
    body = ("事務所 ご担当者様\n\nお疲れさまです。\n後援会員の小椋 直樹様（中央区）から、"
            "引き続き党員を続けたいとのことで、党費をお預かりしました。\n" + JSIG)
    raw = make_mail(to=["jimusho@office-example.jp"], body=body)
    assert judge_mail(raw).action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in entity_types(raw)


def test_a_childs_name_with_its_reading_and_grade_beside_a_disability():
    body = ("デイサービス ご担当者様\n\nお世話になっております。\n"
            "来月から利用予定の篠宮陽葵（しのみや ひまり、小4）について、\n"
            "療育手帳はA2で、てんかんの既往があります。\n\n"
            "　受給者証番号：0242281930\n" + JSIG)
    raw = make_mail(to=["day@service-example.jp"], body=body)
    types = entity_types(raw)
    assert judge_mail(raw).action >= Action.HOLD
    assert "PERSON_NAME" in types
    assert "PHONE_NUMBER" not in types  # the certificate's number is no phone


def test_counts_by_reason_are_statistics_not_children():
    body = ("こども家庭課 御中\n\n調査票の集計値です。\n\n"
            "■在籍児童数　　計 38名\n"
            "■障害等のある児童　12名（うち療育手帳 4名、服薬中 7名）\n"
            "■平均在籍期間　4.8年\n" + JSIG)
    raw = make_mail(to=["kodomo@city-example.lg.jp"], body=body)
    assert judge_mail(raw).action < Action.DELAY


def test_a_union_member_named_after_his_role_with_an_arrest_is_held():
    body = ("法律事務所 先生\n\nご相談です。\n当組合の組合員 勘解由 実（第二工場支部）が、"
            "先週、酒気帯び運転で逮捕されました。\n" + JSIG)
    raw = make_mail(to=["info@law-example.jp"], body=body)
    v = judge_mail(raw)
    sensitive = [f for f in v.findings if f.rule == "sensitive-personal-data"]
    assert sensitive and "PERSON_NAME" in {e.type for e in sensitive[0].entities}


def test_a_passenger_written_as_a_booking_writes_it_is_a_name():
    body = ("Hello team,\n\nPlease correct the name on PNR 7KQ2ZD:\n\n"
            "  Booked as : SUGAWARA/MIO MS\n  Correct   : SUGAWARA/MIOKO MS\n"
            "  Passport  : TK5527710\n\nBest regards,\nYuka Omori\n")
    raw = make_mail(to=["ticketing@air-example.com"], body=body)
    assert {"PERSON_NAME", "JP_PASSPORT"} <= entity_types(raw)
