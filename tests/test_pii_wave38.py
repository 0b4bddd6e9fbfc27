"""From a thirty-eighth blind wave (issue 9), written afresh here: a team's players and
their injuries (選手, 投手; a torn ligament, a concussion), numbered household entries
under their heads, a minor taken in by the police, mild cognitive impairment, and a
school that is no person."""

from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

from mailguard.policy.verdict import Action

SIG = "\n\n--\n日置 俊介\n株式会社エグザンプル 運営部\nTEL 03-5555-0880\n"


def test_a_players_hamstring_strain_is_health_information():
    body = ("エージェント 各務様\n\n久慈 颯太選手の件です。\n"
            "練習中に右太もも裏を痛め、検査の結果、肉離れで復帰まで4週間の見込みです。\n" + SIG)
    v = judge_mail(make_mail(to=["kagami@agent-example.jp"], body=body))
    assert v.action >= Action.HOLD
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= verdict_types(v)


def test_a_pitchers_ligament_in_the_team_report():
    body = ("スカウト 室井様\n\n照屋投手の診察結果です。右肘の靭帯に部分的な損傷があり、"
            "保存療法で様子を見ます。\n" + SIG)
    v = judge_mail(make_mail(to=["muroi@scout-example.co.jp"], body=body))
    assert v.action >= Action.HOLD


def test_concussions_in_an_english_medical_summary_are_held():
    body = ("Dear Mr Hughes,\n\nMedical summary for Ren ASADA (DOB 02/03/2001):\n"
            "- two concussions in 2024, cleared under the return-to-play protocol\n"
            "- a sprained left ankle in May, fully recovered\n\nKind regards,\nShun\n")
    v = judge_mail(make_mail(to=["medical@club-example.co.uk"], body=body))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_numbered_household_entries_under_their_heads_are_a_list():
    homes = [("根間", "根間 勇"), ("比嘉", "比嘉 美代子"), ("玉城", "玉城 健"),
             ("新垣", "新垣 恵"), ("宮城", "宮城 裕子"), ("大城", "大城 修"),
             ("月見里", "月見里 聡")]
    body = ("引率の先生方へ\n\n受入家庭の一覧を転送します。\n\n" + "\n".join(
        f"【{k}】{h}家　代表 {n}\n　　住所：沖縄県中頭郡読谷村字座喜味{k}0{k}番地\n"
        f"　　携帯：090-71{k}2-33{k}4" for k, (h, n) in enumerate(homes, 1)) + SIG)
    v = judge_mail(make_mail(to=["kyoto@school-example.ed.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "personal-data-list" in rules_fired(v)


def test_a_minor_taken_in_by_the_police_is_a_criminal_matter():
    body = ("顧問弁護士 先生\n\nご相談です。研修中の生徒 柴崎 陸（14歳）が、"
            "駅前の書店で万引きをしたとして警察に補導されました。\n" + SIG)
    v = judge_mail(make_mail(to=["sensei@law-example.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_mild_cognitive_impairment_of_a_named_member():
    body = ("包括支援センター ご担当者様\n\n会員の件です。\n"
            "梶 タミ さん（84歳）は軽度認知障害の診断を受け、作業内容を見直しました。\n" + SIG)
    v = judge_mail(make_mail(to=["houkatsu@care-example.or.jp"], body=body))
    assert v.action >= Action.HOLD


def test_a_school_with_sama_is_no_person():
    body = ("民泊協議会 御中\n\n翠明館高校様分の受入家庭について、連絡先は当社の"
            "担当携帯（090-4412-7781）までお願いします。\n" + SIG)
    v = judge_mail(make_mail(to=["jimukyoku@minpaku-example.or.jp"], body=body))
    assert "PERSON_NAME" not in verdict_types(v)


def test_a_kind_of_player_is_no_name():
    body = ("研究室 先生\n\n故障の集計です（個人は特定できない形です）。\n"
            "  部位      件数  内訳\n  足関節     12   捻挫7、疲労骨折5\n"
            "  大腿        9   肉離れ9\n"
            "  合計       21   （登録選手30名、延べ）\n" + SIG)
    v = judge_mail(make_mail(to=["lab@univ-example.ac.jp"], body=body))
    assert "PERSON_NAME" not in verdict_types(v)
    assert v.action < Action.DELAY
