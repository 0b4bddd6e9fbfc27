"""From the fifty-fifth blind wave (issue 9), written afresh here: a driver named by
surname after what he did, beside his diagnosis, and a stamp in a box of ■ with its
issuer and date."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

SIG = "\n\n--\n葛西 健太\n株式会社エグザンプル 安全管理課\nTEL 03-5555-0915\n"


def test_a_driver_named_after_what_he_did_beside_a_diagnosis():
    body = ("リース会社 吉住様\n\nお世話になっております。\n"
            "運転していた漆畑ですが、昨日整形外科を受診し「頸椎捻挫、全治3週間」との"
            "診断が出ました。\n" + SIG)
    v = judge_mail(make_mail(to=["yoshizumi@lease-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_stamp_in_a_box_with_its_issuer_and_date():
    body = ("■■■■■■■■■■■■■■■■■■■■\n■　取扱注意　　人事部厚生課　2026.1.14　■\n"
            "■■■■■■■■■■■■■■■■■■■■\n\n児玉先生\n\nメモをお送りします。\n" + SIG)
    v = judge_mail(make_mail(to=["kodama@sr-example.jp"], body=body))
    assert "confidential-marking-external" in rules_fired(v)


def test_a_framed_heading_about_confidential_material_is_no_stamp():
    body = ("■ 社外秘資料の取扱いについて ■\n\n児玉先生\n\n規程の改定案をお送りします。\n" + SIG)
    v = judge_mail(make_mail(to=["kodama@sr-example.jp"], body=body))
    assert v.action < Action.DELAY


def test_a_child_named_by_a_one_kanji_given_name_beside_a_diagnosis():
    body = ("梶原 由佳 様\n\n経過をご報告いたします。\n\n"
            "本日14:30頃、樹さんが湖での活動後に頭痛を訴えたため診療所を受診しました。\n"
            "医師の診断は「熱中症（中等症）」で、点滴を受けました。\n" + SIG)
    v = judge_mail(make_mail(to=["kajiwara.yuka@gmail.com"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_an_anonymised_case_a_san_is_no_name():
    body = ("事務局 ご担当者様\n\n匿名化した事例です。\n\n"
            "小学校低学年の児童（Aさん）\n自閉スペクトラム症の診断あり\n" + SIG)
    v = judge_mail(make_mail(to=["jimukyoku@kenkyukai-example.jp"], body=body))
    assert v.action < Action.DELAY
