"""From a twenty-fifth blind wave (issue 9), written afresh here: payroll columns and
lists of pay and hire dates, the insured's number of a care-insurance claim, English
claim lines that name their owners."""

from mailfactory import judge_mail, make_mail, verdict_types

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 総務課\nTEL 03-5555-0150\n"



def test_a_pasted_payroll_excerpt_of_names_and_pay_is_held():
    rows = [("嶋田 由香", "厨房", 92, 1150, "105,800"), ("安住 剛", "客室", 71, 1250, "88,750"),
            ("宮内 紗希", "清掃", 118, 1180, "139,240"), ("新庄 陸", "厨房", 64, 1080, "69,120"),
            ("沖田 雅美", "フロント", 99, 1300, "128,700")]
    table = "氏名\t所属\t労働時間\t時給\t総支給額\n" + "\n".join(
        "\t".join(map(str, r)) for r in rows)
    body = "ご依頼の賃金台帳の抜粋です。\n" + table + "\n" + JSIG
    v = judge_mail(make_mail(to=["tanaka@zeirishi-example.jp"], body=body))
    assert v.action >= Action.HOLD


def test_a_bulleted_list_of_pay_rises_names_its_people_even_a_rare_surname():
    body = ("労働局 ご担当者様\n\n賃金引上げの対象者です。\n"
            "・竹ノ内 彩（雇入 H28.4.1）時給 1150円 → 1200円\n"
            "・四月一日 奏（雇入 R2.9.14）時給 1100円 → 1150円\n"
            "・高階 由紀（雇入 H25.6.3）時給 1200円 → 1250円\n"
            "・真柴 翔太（雇入 R4.1.11）時給 1080円 → 1130円\n"
            "・砂川 恵（雇入 H30.7.23）時給 1100円 → 1150円\n" + JSIG)
    v = judge_mail(make_mail(to=["josei@roudoukyoku-example.go.jp"], body=body))
    assert v.action >= Action.HOLD
    listed = next(f for f in v.findings if f.rule == "personal-data-list")
    assert {e.type: e.count for e in listed.entities}["PERSON_NAME"] == 5


def test_a_price_list_with_hourly_rates_is_no_payroll():
    body = ("お見積りの条件です。\n\n・清掃スタッフ派遣 時給 1800円\n・夜間対応 時給 2200円\n"
            "・ワックス作業 時給 2500円\n・ガラス清掃 時給 2300円\n・定期巡回 時給 1900円\n"
            + JSIG)
    v = judge_mail(make_mail(to=["bm@building-example.co.jp"], body=body))
    assert v.action < Action.DELAY and "PERSON_NAME" not in verdict_types(v)


def test_the_insureds_number_of_a_care_claim_is_an_insurance_number():
    csv = ("被保険者番号,氏名,生年月日,要介護状態区分\r\n"
           "4410278811,早川 キク,1936/02/11,要介護2\r\n"
           "5530918274,新田 寛,1941/07/30,要支援1\r\n").encode("cp932")
    v = judge_mail(make_mail(to=["input@billing-example.co.jp"], body="請求データです。" + JSIG,
                             attachments=[("claim.csv", csv, "text/csv")]))
    assert "JP_HEALTH_INSURANCE" in verdict_types(v)
    # a group insurer's member IDs and employment insurance numbers are not
    csv2 = ("被保険者番号,生年月日,住所\r\n"
            "GI-00412,S58.4.2,東京都府中市白糸台3-11-15\r\n").encode("cp932")
    v2 = judge_mail(make_mail(to=["hojin@sonpo-example.co.jp"], body="追加分です。" + JSIG,
                              attachments=[("add.csv", csv2, "text/csv")]))
    assert "JP_HEALTH_INSURANCE" not in verdict_types(v2)


def test_english_claim_lines_name_their_owners():
    lines = [f"Claim {i + 1}: {n} / tel +81-90-{3300 + i}-{8800 + i} / {m}"
             for i, (n, m) in enumerate([("Kenji Morimoto", "kenji.m@docomo.ne.jp"),
                                         ("Aya Kurosawa", "aya.k@icloud.com"),
                                         ("Daiki Hoshino", "daiki.h@gmail.com")])]
    body = "Dear Warranty Desk,\n\n" + "\n".join(lines) + "\n\nKind regards,\nYuka Omori\n"
    v = judge_mail(make_mail(to=["warranty@maker-example.de"], body=body))
    assert "PERSON_NAME" in verdict_types(v)
