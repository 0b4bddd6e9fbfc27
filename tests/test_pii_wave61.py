"""From the sixty-first blind wave (issue 9), written afresh here: people named in running
text with their mobiles, an account whose kind stands in brackets, a delivery to a
company's site, and the name on a commuter pass."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

SIG = "\n\n--\n今泉 早苗\n株式会社エグザンプル 総務課\nTEL 03-5555-0610\n"


def _types(v):
    return {e.type for f in v.findings for e in f.entities}


def test_five_people_with_their_mobiles_in_running_text_are_a_list():
    body = ("高畑様\n\n当日の立会者が決まりましたのでお知らせします。\n\n"
            "弊社からは総務課の栗花落 修（携帯 080-3316-2207）が19時まで、"
            "その後は主計 茂（携帯 070-5521-3380）が翌朝まで立ち会います。\n"
            "業者様側は責任者の宇津木 亮さん（090-7713-0542）で、"
            "補助として村瀬 洋平さん（080-6407-1185）と大槻 亘さん（080-2290-6631）が入ります。\n"
            + SIG)
    v = judge_mail(make_mail(to=["takahata@bm-example.co.jp"], body=body))
    assert v.action >= Action.DELAY
    assert "personal-data-list" in rules_fired(v)


def test_a_rare_surname_before_a_one_kanji_given_name_is_a_name():
    body = ("高畑様\n\n当日は施設課の栗花落 修（携帯 080-3316-2207）が立ち会います。\n" + SIG)
    v = judge_mail(make_mail(to=["takahata@bm-example.co.jp"], body=body))
    assert "PERSON_NAME" in _types(v)


def test_an_account_whose_kind_stands_in_brackets():
    body = ("ご担当者様\n\n講師の振込先をお知らせします。\n\n"
            "氏名：蓮見 和臣\n振込先：ひので信用金庫 北浦和支店（普通）6620194\n" + SIG)
    v = judge_mail(make_mail(to=["keiri@audit-example.or.jp"], body=body))
    assert "JP_BANK_ACCOUNT" in _types(v)


def test_a_delivery_to_a_companys_site_is_not_a_persons_address():
    body = ("配車ご担当者様\n\n納品先をご連絡します。\n\n"
            "　納品先：株式会社みなと機工 川崎物流センター\n"
            "　　　　　〒210-0869 神奈川県川崎市川崎区東扇島18-4\n"
            "　立会い：現場責任者 沢渡様（携帯 090-6612-3071）\n" + SIG)
    v = judge_mail(make_mail(to=["haisha@truck-example.co.jp"], body=body))
    assert "JP_ADDRESS" not in _types(v)
    assert v.action < Action.DELAY


def test_the_name_on_a_commuter_pass():
    body = ("お忘れ物センター ご担当者様\n\n社員が定期券を紛失しました。\n\n"
            "　記名：ミナセ コウヘイ\n　区間：大宮～上野\n"
            "　連絡先（本人携帯）：080-4471-9026\n" + SIG)
    v = judge_mail(make_mail(to=["wasuremono@rail-example.co.jp"], body=body))
    assert {"PERSON_NAME", "PHONE_NUMBER"} <= _types(v)
    assert v.action < Action.DELAY
