"""From a twenty-second blind wave (issue 9), written afresh here: victims of domestic
violence, eye conditions, a service named for a condition."""

from mailfactory import judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 人事課\nTEL 03-5555-0150\n"


def test_a_named_employee_fleeing_domestic_violence_is_held():
    body = ("市民課 御中\n\nお世話になっております。\n当社社員について、DV等支援措置の申出に"
            "必要な書類を確認させてください。\n\n　氏名：芦田 まどか\n"
            "　状況：元夫からの暴力により、現在はシェルターを経て転居済み。\n" + JSIG)
    raw = make_mail(to=["shimin@city-example.lg.jp"], body=body)
    assert judge_mail(raw).action >= Action.HOLD


def test_an_english_referral_of_an_abused_trainee_is_held():
    body = ("Dear team,\n\nOne of our trainees, Ms. Liza Ramos (born 3 May 1991), left her "
            "husband after repeated physical abuse and needs safe accommodation.\n\n"
            "Best regards,\nYuka Omori\n")
    raw = make_mail(to=["programs@ngo-example.org"], body=body)
    assert judge_mail(raw).action >= Action.HOLD


def test_a_childs_eye_condition_to_the_parent_is_held_and_a_screening_price_list_is_not():
    body = ("深町 様\n\n検査結果のご連絡です。\n\nお子様：深町 湊さん（7歳）\n"
            "結果：左眼 斜視・弱視の疑い（矯正視力 左0.4）\n" + JSIG)
    raw = make_mail(to=["fukamachi.family@gmail.com"], body=body)
    assert judge_mail(raw).action >= Action.HOLD
    prices = ("総務部 御中\n\n出張検診の料金です。\n\nスタンダード\t視力・眼圧\t3,300円\n"
              "40歳以上\t緑内障スクリーニング\t5,500円\n\n--\n健診担当 大森 由佳\n"
              "TEL 03-5555-0150\n")
    raw = make_mail(to=["soumu@client-example.co.jp"], body=prices)
    assert judge_mail(raw).action < Action.DELAY
