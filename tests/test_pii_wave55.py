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
