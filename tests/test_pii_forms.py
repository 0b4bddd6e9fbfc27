"""Lists and forms from a ninth blind wave, written afresh for this file (issue 9): a
column of names headed by the person's role (お客様名, 園児名), a form of label | value
rows about one person, names labelled by role in English (Child:, Parent:) and foreign
names in katakana before 様, special-care terms of allergy care, and a 【社外秘】 title
above a sheet's header."""

import json

from extractkit import docx, xlsx
from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.extract.text import find_header
from mailguard.policy.verdict import Action

TO = ["reception@kobayashi-garage.example"]
SIG = "\n\n--\n浜口 直樹\n株式会社エグザンプル サービス課\nTEL 03-5555-0102\n"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_a_tab_separated_list_whose_name_column_is_headed_by_role_is_held():
    rows = [("7/01", "矢吹 晴海", "090-2231-8810", "点検"),
            ("7/01", "羽生田 凛", "080-6617-2093", "車検"),
            ("7/02", "百瀬 亘", "070-4408-1126", "タイヤ交換"),
            ("7/03", "忍足 茜", "090-8830-5571", "車検"),
            ("7/03", "国府田 湊", "080-1902-6634", "点検"),
            ("7/04", "鮫島 小春", "070-5561-0028", "オイル交換")]
    table = "\n".join(["予約日\tお客様名\tご連絡先\t作業"] + ["\t".join(r) for r in rows])
    v = judge_mail(make_mail(to=TO, body="小林様\n\n来週分の予約一覧です。\n\n" + table + SIG))
    assert v.action == Action.HOLD
    assert "personal-data-list" in rules_fired(v)
    assert "6 件" in next(f.message for f in v.findings if f.rule == "personal-data-list")
    out = json.dumps(v.to_json(), ensure_ascii=False)
    assert "090-2231-8810" not in out and "忍足 茜" not in out


def test_a_form_about_one_child_ties_the_diagnosis_to_the_child():
    form = docx(["ヒヤリハット・事故報告書"], table=[
        ("記入日", "令和7年6月2日"),
        ("受診児童", "真壁 陽葵（まかべ ひまり） 4歳 うさぎ組"),
        ("状況", "砂場で転倒し左手をつく"),
        ("受診先", "みどり台整形外科"),
        ("診断", "左橈骨骨折（全治4週間）"),
    ])
    raw = make_mail(to=["jiko@sonpo-example.co.jp"], body="事故報告書をお送りします。" + SIG,
                    attachments=[("事故報告書.docx", form, DOCX)])
    v = judge_mail(raw)
    assert v.action == Action.HOLD
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_form_about_a_product_is_no_persons_record():
    spec = docx(["製品仕様書"], table=[
        ("製品名", "上腕式血圧計 BP-300"),
        ("用途", "家庭での血圧測定、不整脈の検出"),
        ("電源", "単3電池4本"),
        ("問い合わせ", "お客様センター 0120-555-019"),
    ])
    raw = make_mail(to=["buyer@drugstore-example.jp"], body="仕様書を添付します。" + SIG,
                    attachments=[("仕様書.docx", spec, DOCX)])
    assert judge_mail(raw).action <= Action.WARN


def test_a_child_named_by_role_in_english_with_a_condition_is_held():
    body = ("Dear Ms Holloway,\n\nBefore the summer camp starts, please note:\n\n"
            "  Child:     Emma Sato-Brown (age 8)\n"
            "  Condition: asthma, diagnosed 2022; inhaler in her bag\n"
            "  Parent:    Olivia Sato-Brown\n\nBest regards," + SIG)
    v = judge_mail(make_mail(to=["camp@outdoor-example.com"], body=body))
    assert v.action == Action.HOLD
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_foreign_name_in_katakana_before_sama_with_a_religious_diet_is_held():
    body = ("ホテル宴会ご担当者様\n\nお世話になっております。\n"
            "参加者の ラシード・ハーン 様はイスラム教徒のため、ハラールのお食事をお願いします。"
            + SIG)
    v = judge_mail(make_mail(to=["banquet@hotel-example.jp"], body=body))
    assert v.action == Action.HOLD
    assert "sensitive-personal-data" in rules_fired(v)


def test_anaphylaxis_and_an_epinephrine_pen_are_special_care_data_of_the_named_child():
    body = ("給食センター 御中\n\n"
            "ひよこ組 杉浦 結月 ちゃん（令和4年3月2日生）\n"
            "・卵：完全除去。昨年アナフィラキシーで救急搬送あり、エピペン処方済み\n" + SIG)
    v = judge_mail(make_mail(to=["kyushoku@center-example.jp"], body=body))
    assert v.action == Action.HOLD
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_stamp_in_the_title_row_above_a_sheets_header_is_a_marking():
    book = xlsx({"審査": [["【社外秘】委託先選定 評価結果"],
                          ["委託先", "品質", "価格", "合計"],
                          ["株式会社あおぞら物流", 31, 22, 53],
                          ["みなと運送株式会社", 28, 27, 55]]})
    raw = make_mail(to=["advisor@consult-example.jp"], body="評価表です。" + SIG,
                    attachments=[("評価表.xlsx", book, XLSX)])
    v = judge_mail(raw)
    assert v.action == Action.HOLD
    assert any(f.detector == "confidential_marking" for f in v.findings)


def test_a_row_of_scores_is_no_header_but_the_first_wide_row_under_a_title_is():
    rows = [("評価結果",), ("委託先", "品質", "価格"), ("株式会社あおぞら物流", "31", "22"),
            ("みなと運送株式会社", "28", "27")]
    assert find_header(rows) == 1


def test_a_foreign_name_with_its_romaji_in_brackets_before_san_is_a_name():
    body = ("研修センター ご担当者様\n\n"
            "受講者のうち、ユスフ・イブラヒム（Yusuf Ibrahim）さんはイスラム教徒のため、"
            "昼食をハラール対応でお願いできますでしょうか。" + SIG)
    v = judge_mail(make_mail(to=["kenshu@center-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_romaji_name_with_a_particle_before_san_is_a_name():
    body = ("宴会ご担当 様\n\n参加者の Nurul Aina binti Kamal さんはムスリムのため、"
            "豚肉を使わない料理をお願いします。" + SIG)
    v = judge_mail(make_mail(to=["banquet@hotel-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_the_chief_mourner_and_the_familys_faith_are_special_care_data():
    body = ("葬祭センター 御中\n\n社員の家族葬についてご相談です。\n\n"
            "喪主：三好 達彦（弊社社員）\nご家族は天理教の信徒で、天理教式をご希望です。" + SIG)
    v = judge_mail(make_mail(to=["uketsuke@sousai-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_an_insured_employee_who_was_robbed_is_a_crime_victim():
    body = ("事故受付 ご担当者様\n\n被保険者：柳瀬 拓海（バンコク駐在）\n"
            "帰宅途中に強盗被害に遭い、腕を負傷しました。" + SIG)
    v = judge_mail(make_mail(to=["jiko@kaigai-hoken.example"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_good_wishes_and_a_sender_field_are_no_faith():
    body = ("株式会社サンプル\n工藤 様\n\n貴社ますますのご発展をお祈り申し上げます。\n"
            "送信者のアドレスが変わりましたのでお知らせします。" + SIG)
    v = judge_mail(make_mail(to=["kudo@client-example.jp"], body=body))
    assert v.action <= Action.WARN
