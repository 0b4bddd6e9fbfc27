"""From the fifty-third and fifty-fourth blind waves (issue 9), written afresh here: a
line listing of cases by initials and age, a disability-support grade and a spinal
injury, a study's results keyed by subject number, and an insurance card's symbol and
number in two columns."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

SIG = "\n\n--\n鳴海 沙織\n株式会社エグザンプル 研究推進課\nTEL 03-5555-0617\n"


def test_a_line_listing_of_cases_by_initials_and_age():
    body = ("大貫様\n\n有害事象の経過です。\n\n"
            "SLP-204　K.M.　34歳 女性　接触皮膚炎（手首）\n"
            "SLP-209　T.H.　51歳 男性　アトピー性皮膚炎の悪化\n"
            "SLP-221　R.I.　45歳 男性　喘息発作\n" + SIG)
    v = judge_mail(make_mail(to=["onuki@sponsor-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_initials_without_an_age_or_a_condition_are_no_case():
    body = ("大貫様\n\n担当の割り振りです。\n\nK.M.　34件　東日本\nT.H.　51件　西日本\n" + SIG)
    v = judge_mail(make_mail(to=["onuki@sponsor-example.co.jp"], body=body))
    assert v.action < Action.DELAY


def test_a_support_plan_with_a_grade_and_a_spinal_injury():
    body = ("作業所 サービス管理責任者 様\n\n計画の写しです。\n\n"
            "利用者氏名：喜多 彩花　障害支援区分：区分4\n"
            "総合的な援助の方針：頸髄損傷による疲れやすさに配慮する。\n" + SIG)
    v = judge_mail(make_mail(to=["sabikan@workshop-example.or.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_studys_results_keyed_by_subject_number():
    rows = [("F-001", "100", "5.6"), ("F-002", "101", "6.3"), ("F-003", "117", "6.1")]
    head = "被験者番号\t空腹時血糖(mg/dL)\tHbA1c(%)\n"
    body = ("スポンサー ご担当 様\n\n検査値です。\n\n" + head + "".join(
        f"{a}\t{b}\t{c}\n" for a, b, c in rows) + SIG)
    v = judge_mail(make_mail(to=["data@sponsor-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_an_insurance_cards_symbol_and_number_in_two_columns():
    body = ("国民健康保険課 御中\n\n資格のご確認をお願いします。\n\n"
            "氏名　　　　　生年月日　　　　　　記号　　　番号\n"
            "桑原　義之　　昭和３９年３月８日　あさ北　　２０１１７\n"
            "水無瀬　蓮　　平成２２年１０月１０日　あさ南　３０４４２\n" + SIG)
    v = judge_mail(make_mail(to=["kokuho@city-example.lg.jp"], body=body))
    assert "identity-document-numbers" in rules_fired(v)
