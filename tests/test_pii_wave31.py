"""From a thirty-first blind wave (issue 9), written afresh here: a payroll's account lines
keyed by employee number, a count that sums up the people just named, birth dates in the
languages of foreign workers, a doctor's specialty, a policy's list of categories, a lab's
test set in a price list, cosmetic treatments, and an internal subdomain glued to the
domain by a hyphen."""

from mailfactory import judge_mail, make_mail, verdict_types

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大谷 千晶\n株式会社エグザンプル 管理部\nTEL 03-5555-0180\n"



def test_account_lines_keyed_by_employee_number_after_a_head_count_are_a_payroll():
    rows = [("E1041", "2207413", "6120388"), ("E1057", "5518302", "3391047"),
            ("E1063", "7071129", "1840562"), ("E1072", "3365018", "9027734"),
            ("E1088", "8842270", "4410985")]
    body = ("振込ご担当者様\n\n下記5名の給与振込口座が変わりました。\n\n"
            + "\n".join(f"  {e}   中央支店   普通   {a}   → 駅前支店 普通 {b}"
                        for e, a, b in rows)
            + "\n\n8月支給分からお願いします。" + JSIG)
    v = judge_mail(make_mail(to=["furikomi@bank-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "JP_BANK_ACCOUNT" in verdict_types(v)


def test_account_lines_alone_are_still_a_companys_list():
    body = ("監査法人 ご担当者様\n\n当社名義の口座一覧です。\n\n"
            "  中央支店   普通   2207413\n  駅前支店   普通   5518302\n"
            "  本店営業部   当座   7071129\n"
            + JSIG)
    assert judge_mail(make_mail(to=["audit@kansa-example.co.jp"], body=body)).action \
        < Action.DELAY


def test_a_condition_of_the_people_just_counted_is_theirs():
    body = ("宴会ご担当 様\n\n研修中のお食事についてお願いがございます。\n"
            "Hendra Wijaya さん、Dimas Saputra さん、Fikri Ramadhan さんの3名はイスラム教徒のため、"
            "豚肉を使わない食事をお願いいたします。\n" + JSIG)
    assert judge_mail(make_mail(to=["banquet@hotel-example.co.jp"], body=body)).action \
        >= Action.HOLD


def test_a_count_of_people_with_a_condition_is_still_nobodys():
    body = ("宴会ご担当 様\n\n参加者30名のうちイスラム教徒3名分のハラール対応を"
            "お願いします。\n" + JSIG)
    assert judge_mail(make_mail(to=["banquet@hotel-example.co.jp"], body=body)).action \
        < Action.DELAY


def test_birth_dates_written_in_indonesian_make_a_list_of_people():
    people = ["AGUS PRASETYO", "DEWI ANGGRAINI", "HENDRA GUNAWAN", "SRI WAHYUNI",
              "BAMBANG SUSILO", "NOVI HANDAYANI"]
    lines = [f"{i + 1}. {n}, lahir {10 + i}-0{i + 1}-200{i} (200{i}/0{i + 1}/{10 + i}), Jawa Barat"
             for i, n in enumerate(people)]
    body = ("Pak Joko,\nBerikut daftar kandidat:\n" + "\n".join(lines) + "\nSalam,\nRatna\n")
    v = judge_mail(make_mail(to=["hr@agency-example.co.id"], body=body))
    assert v.action >= Action.HOLD
    assert "DATE_OF_BIRTH" in verdict_types(v)


def test_a_named_trainees_pregnancy_in_english_is_held():
    body = ("Dear Mr. Tran,\n\nMs. Vu Thi Lan (Batch 9) told us that she is pregnant and "
            "will see the clinic again next week. We will arrange lighter duties.\n\n"
            "Best regards,\nKen")
    assert judge_mail(make_mail(to=["office@sending-example.com.vn"], body=body)).action \
        >= Action.HOLD


def test_a_doctors_specialty_is_not_a_patients_visit():
    body = ("人事部 御中\n\n体験会に登壇する医師の当日連絡先です。\n\n"
            "医師名\t専門\t当日連絡先\n"
            "大庭 俊\t内科\t090-2274-5810\n久住 綾\t心療内科（産業医）\t080-6603-1179\n"
            "真壁 透\t皮膚科\t070-3318-2246\n" + JSIG)
    v = judge_mail(make_mail(to=["jinji@corp-example.co.jp"], body=body))
    assert v.action < Action.DELAY
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)


def test_a_policys_list_of_special_care_categories_is_no_ones():
    body = ("事務局 御中\n\nプライバシーポリシー改定案をお送りします。\n"
            "第5条 当社は、病歴、診療及び調剤に関する情報、健康診断の結果その他の要配慮個人情報を、"
            "あらかじめご本人の同意を得て取得します。\n" + JSIG)
    v = judge_mail(make_mail(to=["jimukyoku@law-example.jp"], body=body))
    assert v.action < Action.DELAY


def test_a_labs_test_set_in_a_price_list_is_a_product():
    body = ("小野寺様、春日様\n\n料金改定の内容を三者で確認させてください。\n"
            "  術前感染症セット    2,200円 → 2,420円\n  血算・生化学         1,650円 → 1,760円\n"
            + JSIG)
    v = judge_mail(make_mail(to=["lab@kensa-example.co.jp", "clinic@biyou-example.jp"],
                             body=body))
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)


def test_patients_with_their_cosmetic_treatments_are_special_care_data():
    rows = [("三好 さやか", "080-2931-4410", "二重埋没法"),
            ("早瀬 麻衣", "070-5518-2096", "脂肪吸引"),
            ("柏木 れな", "090-7710-3385", "糸リフト")]
    body = ("スタジオ ご担当様\n\n術後写真の撮影予定です。\n\n患者様氏名\t連絡先\t施術\n"
            + "\n".join("\t".join(r) for r in rows) + "\n" + JSIG)
    v = judge_mail(make_mail(to=["studio@photo-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_an_internal_subdomain_glued_by_a_hyphen_is_a_lookalike():
    # meant for k.ono@kumiai.example.co.jp, the sender's own subdomain
    v = judge_mail(make_mail(sender="a.sato@kumiai.example.co.jp",
                             to=["k.ono@kumiai-example.co.jp"], body="寮の件、了解です。\n"))
    assert any(f.rule == "lookalike-domain" for f in v.findings)


def test_another_word_before_the_organisations_name_is_another_company():
    v = judge_mail(make_mail(sender="a.sato@kumiai.example.co.jp",
                             to=["info@tokyo-example.co.jp"], body="ご案内です。\n"))
    assert not any(f.rule == "lookalike-domain" for f in v.findings)
