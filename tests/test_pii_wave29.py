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


def test_entries_numbered_with_a_closing_bracket_are_records():
    entries = []
    people = [("浅沼 奈々", "神奈川県横須賀市浦郷町2-28-3", "070-9181-3030"),
              ("八木 颯太", "神奈川県横浜市緑区十日市場町5-26-15", "070-5653-8722"),
              ("月岡 結衣", "神奈川県平塚市宝町4-27-8", "090-6950-6083"),
              ("嶋 智子", "神奈川県川崎市川崎区駅前本町3-24-20", "090-8050-7030"),
              ("藤枝 沙織", "神奈川県平塚市宝町1-7-3", "080-4113-6616")]
    for i, (n, a, t) in enumerate(people):
        entries.append(f"{i + 1}) {n}\n   〒254-0034 {a}\n   TEL {t}")
    body = "再発送先です。\n\n" + "\n".join(entries) + "\n" + JSIG
    v = judge_mail(make_mail(to=["eigyo@unyu-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
