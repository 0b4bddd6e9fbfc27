"""From a forty-eighth blind wave (issue 9), written afresh here: a check-up's findings on a
named child, the people and papers of a criminal case, a pupil's medical care, a
detainee's body, homes on a pick-up route without names; and what only looks like
personal data: speakers introduced under a heading, a lunch order without allergies."""

from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

from mailguard.policy.verdict import Action

SIG = "\n\n--\n真柴 奈緒\n株式会社エグザンプル 保健センター\nTEL 046-555-0810\n"


def test_a_health_card_number_beside_its_confirmation_form():
    body = ("小児科クリニック 受付 様\n\n予約をお願いします。\n"
            "　お子さま：杉浦 湊くん\n　資格確認書：記号　３３０１８８２１　番号　１４\n" + SIG)
    v = judge_mail(make_mail(to=["uketsuke@clinic-example.jp"], body=body))
    assert "identity-document-numbers" in rules_fired(v)


def test_a_check_ups_findings_on_a_named_child():
    body = ("児童相談所 ご担当 様\n\n本日の健診で気になるお子さんがいました。\n"
            "　児：杉浦 湊くん　令和7年5月3日生\n"
            "　所見：左大腿と背部に時期の異なる皮下出血が複数。\n" + SIG)
    v = judge_mail(make_mail(to=["soudan@jisou-example.lg.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_named_childs_developmental_delay_in_english():
    body = ("Dear casework team,\n\nAt the 18-month check their daughter Amina RAHIMI (born 2 "
            "May 2025) was not yet walking; the paediatrician suspects a developmental delay "
            "and referred her to the development centre.\n\nKind regards,\nNao Mashiba\n")
    v = judge_mail(make_mail(to=["case@ngo-example.org"], body=body, subject="Referral"))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_suspect_named_surname_first_with_the_arrest():
    body = ("通訳人 各位\n\n警察署からの依頼です。\n\n"
            "被疑者 REYES, Ana Lorena（レイエス アナ ロレーナ）\n昭和63年2月9日生\n"
            "被疑事実 窃盗、11月30日逮捕\n" + SIG)
    v = judge_mail(make_mail(to=["tsuyaku@freelance-example.jp"], body=body))
    assert v.action >= Action.HOLD
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= verdict_types(v)


def test_a_named_pupils_medical_care_is_health_data():
    body = ("添乗員派遣会社 ご担当 様\n\n引継ぎ事項です。\n"
            "中等部2年の杉浦 凛さんは気管切開をしており、乗車中も喀痰吸引が必要です。\n" + SIG)
    v = judge_mail(make_mail(to=["haken@tenjo-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_detainees_hunger_strike_is_health_data():
    body = ("支援団体 面会チーム 御中\n\n収容中のハミド・サファリさんは、ハンガーストライキを始めて"
            "9日目で、立ちくらみがひどいとのことでした。\n" + SIG)
    v = judge_mail(make_mail(to=["menkai@support-example.or.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_homes_on_a_pick_up_route_are_a_list_without_names():
    body = ("バス会社 運行 ご担当 様\n\n経路表です（氏名は載せていません）。\n\n"
            "順\t乗車場所（自宅前）\t時刻\t備考\n"
            "1\t埼玉県川越市南台1-2-3\t7:05\tバギー\n2\t埼玉県川越市新宿町4-5-6\t7:12\t手引き\n"
            "3\t埼玉県坂戸市芦山町7-8-9\t7:20\t見守り\n4\t埼玉県坂戸市末広町1-3-5\t7:27\t見守り\n"
            "5\t埼玉県鶴ヶ島市富士見2-4-6\t7:34\t見守り\n" + SIG)
    v = judge_mail(make_mail(to=["unko@bus-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "JP_ADDRESS" in verdict_types(v)


def test_speakers_under_a_heading_are_no_patients():
    body = ("印刷会社 ご担当 様\n\nプログラム原稿です。\n\n【講師紹介】\n"
            "■ 真柴 奈緒（東都大学 教授）\n　専門は産業精神保健。著書に『職場の依存症』。\n"
            "■ 杉浦 凛（みなとクリニック 精神保健福祉士）\n　ギャンブル依存症の家族支援に携わる。\n"
            + SIG)
    v = judge_mail(make_mail(to=["print@printer-example.co.jp"], body=body))
    assert v.action < Action.DELAY


def test_a_lunch_order_without_allergies_is_no_ones_health():
    body = ("ホテル 宴会 ご担当 様\n\n当日の連絡先は下記の3名です。\n"
            "・真柴 奈緒（責任者）　080-5555-0811\n・杉浦 湊（受付）　090-5555-0812\n"
            "・杉浦 凛（機材）　070-5555-0813\n"
            "お弁当は30個（うちアレルギー対応はなし）で確定です。\n" + SIG)
    v = judge_mail(make_mail(to=["banquet@hotel-example.jp"], body=body))
    assert v.action < Action.DELAY
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)
