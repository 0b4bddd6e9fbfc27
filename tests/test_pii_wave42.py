"""From a forty-second blind wave (issue 9), written afresh here: codes in capitals that
are no names, heirs named in one long sentence each with a bracketed birth date, and
children's entries headed by katakana names with their age in brackets."""

from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

from mailguard.policy.verdict import Action

SIG = "\n\n--\n小椋 実\n株式会社エグザンプル 相続事務課\nTEL 048-555-0120\n"


def test_codes_in_capitals_are_no_names():
    body = ("Dear Ms Lane,\n\nThe outline of our assistance course:\n"
            "  1. IATA SSR codes for passengers who need help:\n"
            "  WCHR / WCHS / WCHC, BLND, DEAF, MEDA\n"
            "  2. Guiding a visually impaired passenger through security\n"
            "  3. Transfers with an aisle chair\n\nBest regards,\nRen\n")
    v = judge_mail(make_mail(to=["training@airline-example.com"], body=body))
    assert "PERSON_NAME" not in verdict_types(v)
    assert v.action < Action.DELAY


def test_heirs_each_with_a_bracketed_birth_date_in_one_sentence_are_a_list():
    body = ("税理士 先生\n\n新しい案件です。被相続人は春日 正子様で、相続人は、"
            "夫の春日 昭三（昭和9年3月2日生、東京都杉並区阿佐谷北1-2-3在住）、"
            "長男の春日 修（昭和33年5月6日生、神奈川県川崎市中原区小杉町2-3-4在住）、"
            "長女の春日 恵子（昭和36年7月8日生、千葉県市川市八幡3-4-5在住）、"
            "二男の春日 誠（昭和39年9月10日生、埼玉県川口市栄町4-5-6在住）、"
            "二女の関根 直美（昭和42年11月12日生、東京都練馬区豊玉北5-6-7在住）の5名です。\n"
            + SIG)
    v = judge_mail(make_mail(to=["zeirishi@tax-example.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "personal-data-list" in rules_fired(v)


def test_childrens_entries_under_katakana_names_with_their_age():
    kids = [("ヨシダ ハル", "080-5555-3611"), ("マツモト リク", "080-5555-3612"),
            ("サイトウ ユイ", "070-5555-3613"), ("コバヤシ ソラ", "090-5555-3614"),
            ("ヤマグチ メイ", "070-5555-3615")]
    body = ("ホテル フロント ご担当者様\n\n今夜のキッズクラブ参加者です。\n\n" + "\n\n".join(
        f"【{k}】{n}（{k + 3}さい）\n　　お部屋：{k}02号室\n　　おむかえ：おかあさん　TEL {t}"
        for k, (n, t) in enumerate(kids, 1)) + SIG)
    v = judge_mail(make_mail(to=["guest@hotel-example.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "PERSON_NAME" in verdict_types(v)


def test_a_table_under_a_full_width_rule_is_no_signature():
    # the rule line under the header (＝＝＝) is a delimiter as a signature's is: the
    # header of columns above it says it rules off a table
    body = ("産業医 先生\n\n判定C以上の一覧です。\n\n"
            "氏名     　年齢　血圧   　所見             　判定\n"
            "＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝\n"
            "畔柳 浩  　44  　148/96 　高血圧           　C\n"
            "千早 武  　49  　132/84 　糖尿病（治療中） 　D\n"
            "鈴鹿 純一　54  　162/101　高血圧・脂質異常 　D\n"
            "--\n株式会社エグザンプル 総務課\n五百旗 亮\n"
            "〒274-0077 千葉県船橋市薬円台6-14-2\nTEL 047-555-2210\n")
    v = judge_mail(make_mail(to=["sangyoi@clinic-example.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "sensitive-personal-data" in rules_fired(v)
