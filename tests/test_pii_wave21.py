"""From a twenty-first blind wave (issue 9), written afresh here: one person's illness in
running text, a name after its role below the salutation, numbered entries."""

from mailfactory import judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 業務課\nTEL 03-5555-0150\n"


def test_a_named_workers_hernia_told_to_the_agency_is_held():
    body = ("派遣元 ご担当者様\n\nお世話になっております。\n"
            "派遣いただいている吉川 沙耶さんですが、本日ご本人から「椎間板ヘルニアと診断された」と"
            "連絡がありました。\n今後の就業についてご相談させてください。\n" + JSIG)
    raw = make_mail(to=["eigyo@staff-example.co.jp"], body=body)
    assert judge_mail(raw).action >= Action.HOLD


def test_a_name_after_its_role_on_the_line_below_the_salutation_is_read():
    body = ("教育センター\n瀬川 様\n\nお世話になっております。大森です。\n"
            "第三小を担当している支援員 城ヶ崎 修平 の勤務日についてご相談です。\n\n"
            "健康診断で「要精密検査」となり、毎週水曜に循環器内科へ通院することになりました。\n"
            + JSIG)
    raw = make_mail(to=["center@city-example.lg.jp"], body=body)
    v = judge_mail(raw)
    sensitive = [f for f in v.findings if f.rule == "sensitive-personal-data"]
    assert v.action >= Action.HOLD and sensitive
    assert "PERSON_NAME" in {e.type for e in sensitive[0].entities}


def test_numbered_entries_are_records_even_where_a_name_is_not_recognised():
    entries = [("根津 亮", "080-3318-2207", "東京都台東区谷中2-4-18"),
               ("岩城 千尋", "090-7721-0046", "東京都台東区根岸3-1-9"),
               ("早乙女 蓮", "070-2290-5531", "東京都荒川区西日暮里5-2-3"),
               ("百足 颯", "03-3821-6604", "東京都文京区千駄木1-7-22"),
               ("十河 玲", "080-6673-1180", "東京都北区田端4-9-1")]
    lines = "\n".join(f"【{i}】受付番号 K-{100 + i}\n　　乗車地　{a}\n　　お客様　{n}\n"
                      f"　　電話　　{t}" for i, (n, t, a) in enumerate(entries, 1))
    body = ("警察署 ご担当者様\n\n照会の件、下記のとおり回答いたします。\n\n" + lines
            + "\n\n以上" + JSIG)
    raw = make_mail(to=["keiji@police-example.jp"], body=body)
    v = judge_mail(raw)
    assert "personal-data-list" in {f.rule for f in v.findings}
