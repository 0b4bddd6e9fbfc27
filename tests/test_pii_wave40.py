"""From a fortieth blind wave (issue 9), written afresh here: card numbers under a
system's column names, a dialysis clinic's rooms and forms, a table of sites named like
people, a list of names with their scores, a child's given name in hiragana, and the
message of a record without contact fields."""

from extractkit import pdf
from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

from mailguard.policy.verdict import Action

SIG = "\n\n--\n柳瀬 茜\n株式会社エグザンプル 事務局\nTEL 045-555-0140\n"


def test_card_numbers_under_a_systems_column_names_are_held():
    rows = "\n".join(f"2026-06-0{k}T10:0{k}:00\t{pan}\t{k}000\tJPY"
                     for k, pan in enumerate(["4980123456789011", "5105105105105100",
                                              "3530111333300000"], 1))
    data = ("auth_ts\tpan\tamount\tcurrency\n" + rows + "\n").encode("utf-8")
    v = judge_mail(make_mail(to=["support@vendor-example.com"], body="ログです。\n" + SIG,
                             attachments=[("auth.tsv", data, "text/tab-separated-values")]))
    assert v.action >= Action.HOLD
    assert "CREDIT_CARD" in verdict_types(v)


def test_a_dialysis_clinics_rooms_and_forms_are_its_business():
    body = ("専門学校 ご担当 先生\n\n見学のご案内です。\n"
            "見学者：2年 望月 あかり さん（当日連絡先 090-5555-2207）\n"
            "当日は透析室の入口でお待ちください。透析記録の帳票は閲覧できません。\n" + SIG)
    v = judge_mail(make_mail(to=["jisshu@nursing-example.ac.jp"], body=body))
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)
    assert v.action < Action.DELAY


def test_a_table_of_sites_named_like_people_is_no_list_of_people():
    lines = ["施設\t住所\t電話", "鶴見\t横浜市鶴見区豊岡町1-2\t045-555-0301",
             "関内\t横浜市中区相生町3-4\t045-555-0302",
             "戸塚\t横浜市戸塚区上倉田町5-6\t045-555-0303",
             "藤沢\t藤沢市鵠沼石上7-8\t0466-55-0304", "大和\t大和市中央9-10\t046-555-0305"]
    v = judge_mail(make_mail(to=["dtp@print-example.co.jp"], body="施設一覧です。\n" + SIG,
                             attachments=[("施設一覧.pdf", pdf([lines]), "application/pdf")]))
    assert "PERSON_NAME" not in verdict_types(v)
    assert v.action < Action.DELAY


def test_sites_under_a_switchboard_header_in_the_text():
    body = ("事務長 様\n\n年末年始の体制です。\n施設\t代表電話\t12/31\t1/1\n"
            "鶴見\t045-555-0301\t午前\t休\n関内\t045-555-0302\t午前\t休\n"
            "戸塚\t045-555-0303\t休\t休\n藤沢\t0466-55-0304\t午前\t休\n"
            "大和\t046-555-0305\t午前\t午前\n" + SIG)
    v = judge_mail(make_mail(to=["jimu@clinic-example.or.jp"], body=body))
    assert "personal-record" not in rules_fired(v)


def test_names_with_their_scores_are_a_list_of_people():
    body = ("塾長 各位ではなく 加藤塾長\n\n特待合格者です。\n"
            "宇佐見 蓮（東小）4科 341点 特待A\n真鍋 紬（西小）4科 338点 特待A\n"
            "小此木 湊（南小）4科 352点 特待B\n相楽 結衣（北小）4科 329点 特待B\n"
            "鮎川 陸（中央小）4科 360点 特待A\n" + SIG)
    v = judge_mail(make_mail(to=["juku@cram-example.jp"], body=body))
    assert v.action >= Action.HOLD
    record = next(f for f in v.findings if f.rule == "personal-record")
    assert "属性" in record.message  # what the names come with, not 「氏名との」


def test_a_childs_given_name_in_hiragana_with_a_condition():
    body = ("田所 様\n\nご紹介を検討しているお子さんは、ひなた ちゃん（令和5年4月生まれ）で、"
            "ダウン症があります。\n" + SIG)
    v = judge_mail(make_mail(to=["tadokoro.family@gmail.com"], body=body))
    assert v.action >= Action.HOLD
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= verdict_types(v)


def test_a_baby_is_no_name():
    body = ("保育室 ご担当様\n\n赤ちゃんのお預かりについて、あかちゃん用の布団を"
            "ご用意ください。連絡先は 090-5555-0418 です。\n" + SIG)
    v = judge_mail(make_mail(to=["hoiku@nursery-example.jp"], body=body))
    assert "PERSON_NAME" not in verdict_types(v)


def test_a_customer_list_with_a_store_column_is_still_a_list_of_people():
    rows = "\n".join(f"{s}\t{n}\t神奈川県相模原市南区東林間{k}-2-3\t090-5555-01{k:02d}"
                     for k, (s, n) in enumerate([("町田", "百目鬼 陽子"), ("相模原", "太田 美咲"),
                                                 ("町田", "野口 剛"), ("相模原", "杉山 典子"),
                                                 ("町田", "木村 由美")], 1))
    data = ("店舗\t氏名\t住所\t電話番号\n" + rows + "\n").encode("cp932")
    v = judge_mail(make_mail(to=["dm@print-example.co.jp"], body="宛名データです。\n" + SIG,
                             attachments=[("宛名.csv", data, "text/csv")]))
    assert v.action >= Action.HOLD
    assert "personal-data-list" in rules_fired(v)


def test_an_aunt_is_no_name():
    body = ("保育室 ご担当様\n\n今日のお迎えはおばちゃんが行きます。連絡先は 090-5555-0419 です。\n"
            + SIG)
    v = judge_mail(make_mail(to=["hoiku@nursery-example.jp"], body=body))
    assert "PERSON_NAME" not in verdict_types(v)
