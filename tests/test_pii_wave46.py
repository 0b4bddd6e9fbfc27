"""From a forty-sixth blind wave (issue 9), written afresh here: a card number outside the
brands' ranges written as a card is written, a stamp set letter by letter, and a list of
people's appraisal grades."""

from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

from mailguard.policy.verdict import Action

SIG = "\n\n--\n芦田 菜摘\n株式会社エグザンプル 総務課\nTEL 045-555-0191\n"


def test_a_card_written_in_groups_beside_its_expiry_is_a_card():
    body = ("保険会社 ご担当 様\n\n社員の支払方法変更のお申し出です。\n"
            "　3597 1840 2265 0100　有効期限 11/29　名義 NATSUMI ASHIDA\n" + SIG)
    v = judge_mail(make_mail(to=["keiyaku@insurer-example.co.jp"], body=body))
    assert "credit-card-number" in rules_fired(v)


def test_a_grouped_number_without_a_card_word_is_no_card():
    body = ("お客様 各位\n\n問い合わせ番号は 3597 1840 2265 0100 です。\n" + SIG)
    v = judge_mail(make_mail(to=["info@customer-example.co.jp"], body=body))
    assert "CREDIT_CARD" not in verdict_types(v)


def test_a_stamp_set_letter_by_letter_marks_the_mail():
    body = ("━━━━━━━━\n　　社　外　秘\n━━━━━━━━\n\n法律事務所 先生\n\n"
            "事業譲渡の件でご相談したく、お時間をいただけますでしょうか。\n" + SIG)
    v = judge_mail(make_mail(to=["sensei@law-example.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "confidential-marking-external" in rules_fired(v)


def test_a_name_spaced_out_on_its_own_line_is_no_stamp():
    body = "お世話になっております。\n\n　　山　田　太　郎\n\nよろしくお願いします。\n"
    v = judge_mail(make_mail(to=["info@customer-example.co.jp"], body=body))
    assert "confidential-marking-external" not in rules_fired(v)


def test_people_with_their_appraisal_grades_are_a_list():
    body = ("人事コンサルタント 様\n\n評価会議の結果を転送します。\n\n"
            "　1) 芦田 菜摘（経理部）　一次 B → 調整後 A　決算早期化に貢献\n"
            "　2) 鬼塚 俊（物流部）　一次 A → 調整後 B　他部門比で厳しめ\n"
            "　3) 結城 遥（開発部）　一次 S → 調整後 S　据え置き\n"
            "　4) 真柴 亘（営業部）　一次 C → 調整後 C　目標未達\n"
            "　5) 乙葉 咲（総務部）　一次 B → 調整後 B　据え置き\n" + SIG)
    v = judge_mail(make_mail(to=["office@hrconsult-example.jp"], body=body))
    assert v.action >= Action.HOLD
