"""From a fourteenth blind wave (issue 9), written afresh here: a pet's illness is no
person's health data, a product in romaji is no person, and surnames that contain an
animal's character stay names."""

from mailfactory import entity_types, judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n今泉 直美\n株式会社エグザンプル ペット事業部\nTEL 03-5555-0140\n"


def test_a_dogs_illness_in_a_pet_hotel_booking_is_not_held():
    body = ("白石 真央 様\n\nこのたびはご予約ありがとうございます。\n\n"
            "ワンちゃん：こむぎちゃん（トイプードル・9歳）\nお部屋：スタンダード\n"
            "こむぎちゃんはてんかんの持病があり、お薬を朝晩お預かりします。\n" + JSIG)
    raw = make_mail(to=["mao.shiraishi@gmail.com"], body=body)
    assert judge_mail(raw).action < Action.DELAY
    assert "SENSITIVE_CATEGORY" not in entity_types(raw)


def test_a_pets_form_name_is_no_persons_name():
    body = ("樋口 蓮 様\n\nお見積りをお送りします。\n\n"
            "　ペットのお名前：モカ ちゃん\n　生年月日：2021年8月2日\n"
            "\nこの犬種は心臓病が多いため、通院補償のあるプランをおすすめします。\n" + JSIG)
    raw = make_mail(to=["ren.higuchi@gmail.com"], body=body)
    assert judge_mail(raw).action < Action.DELAY


def test_a_childs_name_with_chan_is_still_a_name():
    body = ("保育園 ご担当者様\n\nいつもお世話になっております。\n\n"
            "長女の美桜ちゃんは卵アレルギーがあり、エピペンを持参します。\n" + JSIG)
    raw = make_mail(to=["hoiku@nursery-example.jp"], body=body)
    assert judge_mail(raw).action >= Action.HOLD


def test_surnames_with_an_animals_character_are_names():
    body = ("委託先 各位\n\n緊急連絡網です。\n\n"
            "柴田 一郎　090-1111-2234\n犬飼 花子　080-2222-3345\n猫田 次郎　070-3333-4456\n"
            "犬塚 三郎　090-4444-5567\n柴崎 四季　080-5555-6678\n" + JSIG)
    raw = make_mail(to=["renraku@vendor-example.jp"], body=body)
    assert judge_mail(raw).action >= Action.HOLD
    assert "PERSON_NAME" in entity_types(raw)


def test_a_product_in_romaji_beside_health_fields_is_no_person():
    body = ("人事部 ご担当者様\n\nいつもご利用ありがとうございます。\n\n"
            "Kinsei Cloud HR 健康管理オプションの更新をお知らせします。\n\n"
            "1. 健診結果の取込項目に「尿酸」を追加しました\n" + JSIG)
    raw = make_mail(to=["jinji@customer-example.co.jp"], body=body)
    assert judge_mail(raw).action < Action.DELAY


def test_a_bulleted_list_of_former_employees_with_work_mailboxes_is_held():
    lines = [("嶋 千景", "c.shima", 40211), ("真柄 透", "t.magara", 40377),
             ("鶴見 陽", "h.tsurumi", 40412), ("伊佐 律子", "r.isa", 40555),
             ("早苗 修", "o.sanae", 40610), ("椎葉 蒼", "a.shiiba", 40702)]
    body = ("バックアップ運用 ご担当者様\n\nお世話になっております。\n"
            "顧客より退職者データの削除依頼がありました。下記6名分をお願いします。\n"
            + "".join(f"・{n}（{m}@client-example.co.jp／社員番号 {k}）\n" for n, m, k in lines)
            + JSIG)
    raw = make_mail(to=["ops@backup-example.jp"], body=body)
    assert judge_mail(raw).action >= Action.HOLD


def test_a_named_persons_ethnic_origin_is_held():
    body = ("日本語学校 ご担当者様\n\nはじめてご連絡いたします。\n\n"
            "ご紹介したいサイード・カリムさん（31歳）は、トルコ出身のクルド人の方で、"
            "3年前に来日されました。\n" + JSIG)
    raw = make_mail(to=["kyomu@school-example.jp"], body=body)
    assert judge_mail(raw).action >= Action.HOLD


def test_an_english_report_of_a_named_person_assaulted_and_injured_is_held():
    body = ("Dear colleagues,\n\nMs. Leila Haddad, one of our volunteers, was assaulted on "
            "her way home on Friday and treated for a fractured wrist. Could your counsellor "
            "contact her?\n\nKind regards,\nNaomi Imaizumi\nExample Co., Ltd.\n")
    raw = make_mail(to=["care@ngo-example.org"], body=body)
    assert judge_mail(raw).action >= Action.HOLD
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= entity_types(raw)


def test_an_english_list_of_hotels_is_no_list_of_people():
    body = ("Hi Marta,\n\nSome hotels near our office:\n\n"
            "  Hamamatsu Station Inn       1-2-3 Hamamatsucho, Minato-ku   +81-3-5401-1100\n"
            "  Shiba Garden Hotel          2-4-6 Shibakoen, Minato-ku      +81-3-3433-2200\n"
            "  Tamachi Business Hotel      4-1-8 Shiba, Minato-ku          +81-3-3452-3300\n"
            "  Daimon Central Hostel       1-9-2 Shibadaimon, Minato-ku    +81-3-5472-4400\n"
            "\nBest,\nNaomi\n")
    raw = make_mail(to=["marta@partner-example.com"], body=body)
    assert "PERSON_NAME" not in entity_types(raw)
    assert judge_mail(raw).action < Action.DELAY


def test_branches_and_hospitals_named_after_places_are_no_people():
    body = ("制作会社 ご担当者様\n\n店舗情報の原稿です。\n\n"
            "川口営業所\n　〒 川口市栄町3-2-7 川口栄ビル1F\n　TEL 048-252-6610\n"
            "船橋営業所\n　〒 船橋市本町6-4-20\n　TEL 047-431-9902\n"
            "大宮さくら医療センター\n　〒 さいたま市大宮区桜木町2-3-5\n　TEL 048-641-9000\n"
            + JSIG)
    raw = make_mail(to=["design@print-example.jp"], body=body)
    assert "PERSON_NAME" not in entity_types(raw)


def test_a_partners_business_card_with_its_office_address_is_a_business_contact():
    body = ("堀内様\n\nお世話になっております。\n先方のご担当者をご紹介します。\n\n"
            "  南海フーズ株式会社 販促課\n  課長 吉良 正樹 様\n"
            "  〒530-0001 大阪府大阪市北区梅田2-4-9 南海ビル 6F\n"
            "  TEL 06-6345-1200 / kira@nankai-foods-example.co.jp\n" + JSIG)
    raw = make_mail(to=["horiuchi@agency-example.co.jp"], body=body)
    assert not [f for f in judge_mail(raw).findings if f.detector == "personal_data"]
    home = body.replace("南海ビル 6F", "").replace("TEL 06-6345-1200", "携帯 090-6345-1200")
    raw = make_mail(to=["horiuchi@agency-example.co.jp"], body=home)
    assert [f for f in judge_mail(raw).findings if f.detector == "personal_data"]


def test_a_pets_birthday_on_a_vaccination_certificate_is_no_birth_date():
    body = ("宮前 恵 様\n\nいつもありがとうございます。証明書をお送りします。\n\n"
            "予防接種証明書\n飼い主：宮前 恵 様\n"
            "動物名：ココ　犬種：柴　性別：オス　生年月日：2020年3月14日\n" + JSIG)
    raw = make_mail(to=["megumi.miyamae@gmail.com"], body=body)
    assert "DATE_OF_BIRTH" not in entity_types(raw)
    person = body.replace("動物名：ココ　犬種：柴　性別：オス　", "")
    assert "DATE_OF_BIRTH" in entity_types(make_mail(to=["megumi.miyamae@gmail.com"],
                                                     body=person))
