"""Names the records and special-care findings missed (issue 9, dev halves): a typed
table whose rows drift out of line with its header, kana names heading list lines
(hiragana, half-width after a legacy system's 「No.01」), and a colleague named by surname
before a title or after a role (「運転者の神谷から」, 「鷲尾常務は」) in a story of
special-care data; an office named for a term is no one's record (保護観察所の…観察官)."""

from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

SIG = "\n\n--\n山田 太郎\n株式会社エグザンプル\nTEL 03-5555-0682\n"


def test_a_typed_table_whose_rows_drift_out_of_line_with_the_header():
    # the rows' dates start left of the header's 生年月日: each cell still has its column
    rows = ["１　ミカド　ハルト　　Ｈ２５．４．１９", "２　ウルマ　シオリ　Ｈ２６．１２．３",
            "３　アザミ　ケイ　　　Ｈ２５．７．２８", "４　トモエ　リク　　　Ｈ２６．２．１１",
            "５　ヨツヤ　ナギサ　Ｈ２５．９．３０", "６　カノウ　ソラ　　　Ｈ２６．５．６"]
    body = ("スポーツ保険 ご担当者様\n\n体験会の参加者です。加入をお願いします。\n\n"
            "No.　氏名（フリガナ）　　　　　　　生年月日\n" + "\n".join(rows) + SIG)
    v = judge_mail(make_mail(to=["uketsuke@hoken-example.co.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)
    assert {"PERSON_NAME", "DATE_OF_BIRTH"} <= verdict_types(v)


def test_hiragana_names_head_the_entries_of_a_list():
    entries = [("かざま　みちる", "０９０−３１２０−４４８１"),
               ("ひばり　ようこ", "０８０−２２７１−９０５３"),
               ("すずしろ　あい", "０７０−６６０２−１１７８"),
               ("みなせ　かおる", "０９０−８８３４−２０６５"),
               ("ときわ　ゆか", "０８０−４４１９−７７３０")]
    body = ("農園 予約係 ご担当者様\n\nいちご狩り親子会の参加者です。\n\n" + "\n".join(
        f"{i}．{n}（保護者）\n　　携帯：{p}" for i, (n, p) in enumerate(entries, 1)) + SIG)
    v = judge_mail(make_mail(to=["yoyaku@farm-example.jp"], body=body))
    assert "PERSON_NAME" in verdict_types(v)


def test_half_width_kana_names_after_a_legacy_entry_number():
    lines = ["No.01 ﾐﾔｺｼﾞﾏ ｱｻﾐ       S52.3.14   047-388-2150",
             "No.02 ﾎｼﾉ ﾀｶﾋﾛ          S48.10.2   048-762-3391",
             "No.03 ｲﾇｶｲ ﾚｲﾅ          S61.6.27   0480-22-6604",
             "No.04 ﾂﾂｲ ｹﾝｼﾞ          S39.1.8    049-285-1173",
             "No.05 ｵｵﾉ ﾏﾘｺ           S55.12.19  04-7123-8842"]
    body = "調査会社 ご担当者様\n\n再調査の対象者です。\n\n" + "\n".join(lines) + SIG
    v = judge_mail(make_mail(to=["chosa@research-example.co.jp"], body=body))
    assert "PERSON_NAME" in verdict_types(v)


def test_a_colleague_named_by_surname_after_a_role_in_a_health_story():
    body = ("代理店 ご担当者様\n\nお世話になっております。\n"
            "先日の追突事故の件、運転者の蓮見から事情を聞いたところ、糖尿病の持病があり、"
            "服薬を忘れていたとのことでした。補償への影響をご教示ください。" + SIG)
    v = judge_mail(make_mail(to=["jiko@agency-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)


def test_an_executive_named_by_surname_and_title_in_a_health_story():
    body = ("人材紹介会社 ご担当者様\n\n後任の件、補足いたします。\n"
            "柳瀬専務は昨年末に狭心症と診断され、現在も通院中です。" + SIG)
    v = judge_mail(make_mail(to=["agent@search-example.com"], body=body))
    assert "PERSON_NAME" in verdict_types(v)


def test_a_probation_office_and_its_officer_are_no_ones_record():
    body = ("協力雇用主会 役員各位\n\n懇親会のご案内です。\n"
            "保護観察所の岸辺観察官、更生保護施設の宮地主任にもお声がけしております。" + SIG)
    v = judge_mail(make_mail(to=["a@kensetsu-example.co.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)


def test_an_english_story_names_whom_it_befell():
    body = ("Dear Ms. Novak,\n\nI am sorry to tell you that Lukas Brandt collapsed on the "
            "platform this morning. The doctor diagnosed an epileptic seizure and he will stay "
            "in hospital for two days. Could you let his family know?\n\nRegards,\nTaro Yamada"
            + SIG)
    v = judge_mail(make_mail(to=["office@exchange-example.de"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)


def test_a_hospitals_name_before_a_verb_is_no_persons():
    body = ("Dear Ms. Novak,\n\nThe intern was taken to Minami Central Hospital, which has a "
            "ward for heat stroke patients. Eastside Medical Center was full.\n\nRegards,\n"
            "Taro Yamada" + SIG)
    v = judge_mail(make_mail(to=["office@exchange-example.de"], body=body))
    assert "PERSON_NAME" not in verdict_types(v)


def test_the_name_on_a_card_is_its_holders():
    body = ("Hi Carla,\n\nPlease charge the extra night to this card:\n\n"
            "Name on card: NAOMI KIRISHIMA\nCard: " + "4111 1111 1111 1111" + "\n"
            "Exp: 09/28\n\nThanks,\nTaro" + SIG)
    v = judge_mail(make_mail(to=["carla@guesthouse-example.com"], body=body))
    assert "credit-card-number" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)
