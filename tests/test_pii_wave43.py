"""From a forty-third blind wave (issue 9), written afresh here: a person named in the
subject whose results the body gives, a scam told without the word 詐欺, and a private
person's home phone, which no business hands on."""

from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

from mailguard.policy.verdict import Action

SIG = "\n\n--\n今村 詩織\n株式会社エグザンプル 健診課\nTEL 048-555-0215\n"


def test_a_person_named_in_the_subject_whose_results_the_body_gives():
    body = ("人事ご担当 様\n\n標記の件、再検査の結果、中等度の脂肪肝を認め、"
            "消化器内科をご紹介しました。\n" + SIG)
    v = judge_mail(make_mail(to=["jinji@client-example.co.jp"], body=body,
                             subject="営業部 高嶺 洋平様 再検査結果のご報告"))
    assert v.action >= Action.HOLD
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= verdict_types(v)


def test_a_scam_told_without_the_word_is_a_crime_victims_story():
    body = ("交番 ご担当 様\n\n先ほど宮前の九重 勝さん（74歳）から、「警察を名乗る男に自宅で"
            "現金を渡してしまった」と電話がありました。\nご本人は自宅にいらっしゃいます"
            "（049-555-6671）。\n" + SIG)
    v = judge_mail(make_mail(to=["koban@police-example.lg.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_private_persons_home_phone_is_personal():
    body = ("配送センター ご担当 様\n\n再配達のご依頼です。\n"
            "ご依頼主の志摩 紀子様はご自宅（自宅：03-5555-0188）にいらっしゃいます。\n" + SIG)
    v = judge_mail(make_mail(to=["haiso@courier-example.co.jp"], body=body))
    assert "personal-record" in rules_fired(v)
