"""From the sixty-third blind wave (issue 9), written afresh here: colleagues named by
surname before their mobiles in wrapped running text, goods made for wheelchairs, an
overworked employee's fatigue self-check, form blocks whose names carry a reading set
with full-width spaces, and a marking quoted as a label's wording."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

SIG = "\n\n--\n小松 紀子\n株式会社エグザンプル 総務課\nTEL 03-5555-0630\n"


def _types(v):
    return {e.type for f in v.findings for e in f.entities}


def test_surnames_before_their_mobiles_in_wrapped_running_text_are_a_list():
    body = ("ご担当者様\n\n夜間の緊急連絡先を登録させてください。\n\n"
            "連絡は、管理係の私 真鍋(携帯 090-3381-2046)のほか、設備課長の藤森\n"
            "(携帯 080-7713-4420)、警備担当の鳥越(携帯 070-2254-9981)、\n"
            "経理部の篠宮(携帯 080-6604-1273)、人事部の樋渡(携帯 090-8812-3360)の5名です。\n"
            + SIG)
    v = judge_mail(make_mail(to=["center@bm-example.co.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)
    assert v.action >= Action.DELAY


def test_a_product_made_for_wheelchairs_in_an_award_list_is_no_disability():
    body = ("事務局 ご担当者様\n\n受賞者リリースをお送りします。\n\n"
            "　大賞　　 長嶺 悠真（株式会社ミライ工房 代表）「折りたたみ式の車椅子用スロープ」\n"
            "　優秀賞　 佐久間 恵（北都大学 准教授）「再生樹脂の高強度化」\n" + SIG)
    v = judge_mail(make_mail(to=["jimukyoku@forum-example.or.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_named_guest_who_needs_a_wheelchair_toilet_is_still_a_disability():
    body = ("ご担当者様\n\n当日ご参加の長嶺 悠真様は車いす用のお手洗いが必要です。\n"
            "ご配慮をお願いいたします。\n" + SIG)
    v = judge_mail(make_mail(to=["event@hotel-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_column_of_fatigue_self_check_results_is_health_data():
    body = ("先生\n\n面接指導の対象者です。\n\n"
            "氏名\t所属\t時間外\t疲労蓄積度\n"
            "遠山 亮\t製造一課\t92\t高い\n"
            "北浦 紗希\t営業部\t85\tやや高い\n" + SIG)
    v = judge_mail(make_mail(to=["doctor@occ-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_form_blocks_whose_names_carry_a_spaced_reading_are_records():
    people = [
        ("塩入　健（しおいり　けん）", "〒３３６－００１７　埼玉県さいたま市南区南浦和２－１４"),
        ("鮎川　葵（あゆかわ　あおい）", "〒３５９－１１１１　埼玉県所沢市緑町３－８－１"),
        ("大河原　仁（おおかわら　じん）", "〒３３２－００１２　埼玉県川口市本町４－２－２０"),
        ("蔦谷　芽衣（つたや　めい）", "〒３５０－００４３　埼玉県川越市新富町１－９－３"),
        ("外川　純（とがわ　じゅん）", "〒３３０－０８４５　埼玉県さいたま市大宮区仲町２－５")]
    blocks = "".join(f"【発明者{i}】\n　氏名：{n}\n　住所：{a}\n" for i, (n, a) in
                     enumerate(people, 1))
    body = "弁理士 先生\n\n発明者の情報をお知らせします。\n\n" + blocks + SIG
    v = judge_mail(make_mail(to=["benrishi@patent-example.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_a_marking_quoted_as_a_labels_wording_in_the_subject_is_no_stamp():
    v = judge_mail(make_mail(to=["print@print-example.co.jp"],
                             subject="Re: 外箱の「取扱注意」表記について",
                             body="外箱の表記は従来どおりで結構です。\n" + SIG))
    assert "confidential-marking-external" not in rules_fired(v)


def test_a_bracketed_marking_in_the_subject_is_still_a_stamp():
    v = judge_mail(make_mail(to=["print@print-example.co.jp"], subject="【取扱注意】外箱の仕様",
                             body="仕様をお送りします。\n" + SIG))
    assert "confidential-marking-external" in rules_fired(v)
