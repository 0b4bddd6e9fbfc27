"""From a fifty-second blind wave (issue 9), written afresh here: a colleague named by
surname alone beside a diagnosis, a disability-service recipient's certificate number as
a person's number, a column of operations, check-up judgements in short, and which
check-up a person takes (no finding)."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

SIG = "\n\n--\n相良 由紀\n株式会社エグザンプル 業務課\nTEL 03-5555-0384\n"


def test_a_colleague_named_by_surname_beside_a_diagnosis():
    body = ("代理店 野々宮様\n\nお世話になっております。\n"
            "北部担当の楠木ですが、以前から患っていた椎間板ヘルニアが悪化し、"
            "来月手術を受けることになりました。\n" + SIG)
    v = judge_mail(make_mail(to=["nonomiya@agency-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_colleague_named_by_surname_without_health_words_passes():
    body = ("代理店 野々宮様\n\nお世話になっております。\n"
            "北部担当の楠木ですが、来月から南部も兼務いたします。\n" + SIG)
    v = judge_mail(make_mail(to=["nonomiya@agency-example.co.jp"], body=body))
    assert v.action < Action.DELAY


def test_disability_service_recipients_by_certificate_number():
    rows = [("4400123871", "小野寺 智也"), ("4400117765", "東海林 恵美"),
            ("4400126694", "百瀬 光"), ("4400140052", "道明寺 康平"),
            ("4400138816", "早乙女 里香")]
    body = ("作業所 ご担当者様\n\n管理結果票です。\n\n受給者証番号\t氏名\t負担上限月額\n" + "".join(
        f"{n}\t{m}\t9,300\n" for n, m in rows) + SIG)
    v = judge_mail(make_mail(to=["jimu@sagyosho-example.or.jp"], body=body))
    assert v.action >= Action.HOLD


def test_a_column_of_operations_is_health_data():
    body = ("病院 医療安全管理室 御中\n\n対象の患者様です。\n\n"
            "氏名\t生年月日\t術式\n笹岡 ミツ\t1941/02/14\t右THA\n"
            "矢吹 英雄\t1953/07/30\t左THA\n" + SIG)
    v = judge_mail(make_mail(to=["anzen@hospital-example.or.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_check_up_judgements_in_short():
    body = ("佐伯先生\n\n面談対象者です。\n\n"
            "　・纐纈 拓海　洗浄　要精密（肝機能）\n　・安藤 誠　洗浄　要観察（貧血）\n" + SIG)
    v = judge_mail(make_mail(to=["saeki@clinic-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_which_check_up_a_person_takes_is_no_finding():
    body = ("健診機関 ご担当 様\n\n受診者です。\n\n氏名\t健診種別\t受診日\n"
            "纐纈 拓海\t有機溶剤健診\t11/27\n安藤 誠\t鉛健診\t11/27\n" + SIG)
    v = judge_mail(make_mail(to=["uketsuke@kenshin-example.or.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)
