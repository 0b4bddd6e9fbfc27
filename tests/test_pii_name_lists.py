"""Lists of people's names that give nothing else about them (issue 9): the blind authors
label such lists' names as personal data, and a privacy officer reading the hold log
wants to know a list of people left, even when it held nothing.  They are reported by the
``name-list`` rule (pass, recorded only) and take no part in the records that hold mail.
Written afresh here, not copied from the blind corpus."""

from mailfactory import judge_mail, make_mail

from mailguard.policy.verdict import Action

SIG = "\n\n--\n山田 太郎\n株式会社エグザンプル 総務部\nTEL 03-5555-0680\n"
TO = ["tantou@venue-example.co.jp"]


def _names_list(v) -> tuple[int, list[str]]:
    f = next(f for f in v.findings if f.rule == "name-list")
    e = next(e for e in f.entities if e.type == "PERSON_NAME")
    return e.count, list(e.examples)


def test_a_bulleted_list_of_volunteers_is_recorded_as_a_list_of_names():
    body = ("会場ご担当者様\n\n当日の受付は下記の者が担当します。\n\n"
            "・梶原 千秋（総務部）\n・宍戸 良平（経理部）\n・朝倉 美咲（人事部）\n"
            "・真鍋 健太（営業部）\n・相楽 紗季（広報室）\n・久保寺 翼（法務部）\n\n"
            "よろしくお願いいたします。" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert v.action == Action.PASS
    count, examples = _names_list(v)
    assert count == 6
    assert all("梶原" not in x and "千秋" not in x for x in examples)  # masked


def test_names_after_a_role_or_a_company_in_a_padded_table():
    body = ("印刷ご担当者様\n\n役員紹介の頁の原稿です。\n\n"
            "代表取締役社長　　早乙女 正和\n専務取締役　　　　桑原 直子\n"
            "常務取締役　　　　二階堂 修\n取締役　　　　　　辰巳 恭子\n"
            "監査役　　　　　　蓮沼 雄一\n" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert v.action == Action.PASS
    assert _names_list(v)[0] == 5


def test_a_list_of_shops_or_departments_is_no_list_of_names():
    body = ("ご担当者様\n\n年末年始の営業店舗です。\n\n"
            "・駅前本店（10時〜18時）\n・中央通り店（10時〜17時）\n・港北ニュータウン店（休業）\n"
            "・青葉台店（10時〜16時）\n・大倉山店（休業）\n・日吉店（10時〜18時）\n" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert not any(f.rule == "name-list" for f in v.findings)


def test_four_names_are_no_list():
    body = ("会場ご担当者様\n\n当日の出席者です。\n\n"
            "・梶原 千秋（総務部）\n・宍戸 良平（経理部）\n・朝倉 美咲（人事部）\n"
            "・真鍋 健太（営業部）\n\nよろしくお願いいたします。" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert not any(f.rule == "name-list" for f in v.findings)


def test_a_names_list_in_quoted_text_is_not_reported():
    quoted = "\n".join(f"> ・{n}（{d}）" for n, d in [
        ("梶原 千秋", "総務部"), ("宍戸 良平", "経理部"), ("朝倉 美咲", "人事部"),
        ("真鍋 健太", "営業部"), ("相楽 紗季", "広報室"), ("久保寺 翼", "法務部")])
    body = ("承知しました。当日よろしくお願いいたします。" + SIG
            + "\n\n2025年5月1日 10:00 会場ご担当者 wrote:\n" + quoted + "\n")
    v = judge_mail(make_mail(to=TO, body=body))
    assert not any(f.rule == "name-list" for f in v.findings)


def test_a_list_under_its_header_with_readings_and_foreign_names():
    body = ("手配課 ご担当者様\n\n当日配置する通訳ガイドは下記のとおりです。\n\n"
            "　氏名　　　　　　言語　　　　登録番号\n"
            "　汐入 ゆかり　　中国語　　　東京都 第1187号\n"
            "　羅 建明　　　　中国語　　　東京都 第2310号\n"
            "　グエン・ティ・マイ　ベトナム語　神奈川県 第0417号\n"
            "　朴 恩恵　　　　韓国語　　　東京都 第1908号\n"
            "　椎名 拓真　　　英語　　　　東京都 第0772号\n" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert _names_list(v)[0] == 5

