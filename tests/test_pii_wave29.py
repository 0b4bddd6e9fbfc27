"""From a twenty-ninth blind wave (issue 9), written afresh here: a story about one
relative (同居の母, 母（トミ、87歳）), a child named with くん under a label, injuries an
accident report names."""

from mailfactory import judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 緑化部\nTEL 03-5555-0150\n"


def test_a_relatives_injury_in_a_forwarded_complaint_is_held():
    body = ("事故受付ご担当者様\n\nお客様からのメールを転送します。\n\n"
            "---------- Forwarded message ---------\n"
            "散水ホースに、同居の母がつまずいて転倒しました。\n"
            "母（キヨ、84歳）は救急搬送され、大腿骨骨折と診断されて入院しています。\n"
            "住所：神奈川県相模原市緑区橋本3-4-5\n連絡先：080-2291-7734\n" + JSIG)
    v = judge_mail(make_mail(to=["jiko@sonpo-example.co.jp"], body=body))
    assert v.action >= Action.HOLD


def test_a_child_named_with_kun_under_a_label_and_his_injury_are_held():
    body = ("公園緑地課 御中\n\n事故の第一報です。\n"
            "負傷者：杉村 蒼汰くん（小学2年生、8歳）\n"
            "診断：頭部打撲・前額部挫創（3針縫合）、当日帰宅。\n"
            "保護者：杉村 綾 様 携帯 090-4410-2288\n" + JSIG)
    v = judge_mail(make_mail(to=["kouen@city-example.lg.jp"], body=body))
    assert v.action >= Action.HOLD
    names = [x for f in v.findings for e in f.entities if e.type == "PERSON_NAME"
             for x in e.examples]
    assert any(x.startswith("杉* **") for x in names) and not any("蒼汰" in x for x in names)


def test_a_mother_mentioned_in_passing_is_no_story():
    body = ("いつもお世話になっております。\n母の日のギフトの件、ご注文ありがとうございます。\n"
            "お届けは5月10日を予定しております。\n" + JSIG)
    assert judge_mail(make_mail(to=["order@gift-example.co.jp"], body=body)).action \
        < Action.DELAY
