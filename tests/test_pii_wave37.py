"""From a thirty-seventh blind wave (issue 9), written afresh here: entries stacked in one
paragraph under their people's names, symptoms from a health consultation, occupational
lung disease, a belief 「信仰上」, a tab-cut header whose column name has a space, a
name in half-width kana that ends in ｶ), a carrier's name before さん, and a letter
forwarded as an attachment that tells its writer's diagnosis."""

from email.message import EmailMessage

from extractkit import mail
from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

from mailguard.policy.verdict import Action

SIG = "\n\n--\n根岸 由紀\n株式会社エグザンプル 健康推進課\nTEL 03-5555-0630\n"


def test_entries_stacked_under_their_names_in_one_paragraph_are_each_a_record():
    people = [("荻窪 澄江", "s.ogikubo"), ("砂川 徹", "t.sunagawa"), ("鍋島 伊織", "i.nabeshima"),
              ("土師 剛", "g.haji"), ("饗庭 葵", "a.aiba"), ("四方田 隆", "t.yomoda")]
    body = ("相談室 ご担当者様\n\n面談を希望する方の一覧です。\n\n" + "\n".join(
        f"◆{n}\n　連絡先：{m}@mail-example.jp\n　希望日：平日夕方" for n, m in people) + SIG)
    v = judge_mail(make_mail(to=["madoguchi@soudan-example.or.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "personal-data-list" in rules_fired(v)


def test_symptoms_a_consultation_records_are_health_information():
    body = ("カウンセリングセンター ご担当者様\n\nご紹介いたします。\n\n"
            "　氏名：笹目 遼\n　相談内容：夜になると動悸がして不眠が続いている\n" + SIG)
    v = judge_mail(make_mail(to=["intake@counsel-example.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_pneumoconiosis_column_is_health_information():
    rows = "\n".join(f"{n}\t19{60 + k}-0{k + 1}-1{k}\t{r}" for k, (n, r) in enumerate(
        [("鮫島 正", "珪肺の疑い"), ("柊 宏", "所見なし"), ("蓼沼 淳", "じん肺 管理2")]))
    body = "健診機関 ご担当者様\n\n結果です。\n\n氏名\t生年月日\t判定\n" + rows + "\n" + SIG
    v = judge_mail(make_mail(to=["kenshin@clinic-example.or.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_reason_of_faith_is_creed():
    body = ("式場ご担当 様\n\n来賓の件です。\n\n斑目 静香様は信仰上の理由で、乾杯の飲酒を"
            "控えられるとのことです。\n" + SIG)
    v = judge_mail(make_mail(to=["banquet@hall-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_tab_cut_header_keeps_a_column_name_with_a_space():
    rows = "\n".join(f"{k}\t{n}\t19{70 + k}.0{k}.1{k}\t{k}12-{k}034"
                     for k, n in enumerate(["雲井 崇", "水城 千春", "鴫原 敦", "海野 瑠美",
                                            "宍戸 一馬"], 1))
    text = ("No.\t氏名\t生年月日\t保険証 記号-番号\n" + rows + "\n").encode("utf-8")
    v = judge_mail(mail([("対象者.txt", text, "text/plain")], to="center@kenpo-example.or.jp"))
    assert "PERSON_NAME" in verdict_types(v)


def test_a_half_width_name_ending_in_ka_is_no_company():
    body = ("振込代行 ご担当者様\n\n本日分です。\n\n"
            "・日下 美香 様　東西銀行 北支店 普通 3310457（ｸｻｶ ﾐｶ）　12,000円\n" + SIG)
    v = judge_mail(make_mail(to=["furikomi@daiko-example.co.jp"], body=body))
    assert "JP_BANK_ACCOUNT" in verdict_types(v)


def test_a_carrier_called_with_san_is_no_person():
    body = ("会場ご担当 様\n\n搬入は8時に北斗運輸さんのトラックが入ります。\n"
            "当日の連絡先は私、佐久間（携帯 090-4417-0062）です。\n" + SIG)
    v = judge_mail(make_mail(to=["event@hall-example.co.jp"], body=body))
    assert "personal-record" not in rules_fired(v)


def test_a_forwarded_letter_telling_its_writers_diagnosis_is_held():
    letter = EmailMessage()
    letter["From"] = "client@mail-example.jp"
    letter["Subject"] = "ご相談"
    letter.set_content("先生\n\n先日はありがとうございました。\n\n"
                       "昨年パニック障害と診断されて退職し、今も通院しています。\n"
                       "返済が難しくなりました。\n\nよろしくお願いします。\n")
    v = judge_mail(mail([("相談メール.eml", letter, "message/rfc822")],
                        to="bengoshi@law-example.jp", body="相談者のメールを転送します。\n"))
    assert v.action >= Action.HOLD
    assert "sensitive-personal-data" in rules_fired(v)


def test_each_condition_is_told_of_the_person_named_above_it():
    body = ("相談室 ご担当者様\n\n紹介する2名です。\n\n"
            "■鷲尾 理沙\n　相談内容：過呼吸の発作が続く\n"
            "■烏丸 大地\n　相談内容：不眠で朝起きられない\n" + SIG)
    v = judge_mail(make_mail(to=["madoguchi@soudan-example.or.jp"], body=body))
    tied = next(f for f in v.findings if f.rule == "sensitive-personal-data")
    assert "2 件" in tied.message  # one person each, not both terms on the first name


def test_a_counter_that_issues_medical_certificates_is_no_diagnosis():
    body = ("陳 様\n\n病院の窓口をまとめました。\n\n"
            "北浜総合病院（〒530-0001 大阪府大阪市北区梅田9-9-9）\n"
            "　・地域連携室　　　　　　　 TEL 06-5555-0101 / renkei@kitahama-example.or.jp\n"
            "　・医事課（診断書の発行）　 TEL 06-5555-0102\n"
            "　・地域連携室 相談員 御子柴 様\n" + SIG)
    v = judge_mail(make_mail(to=["chen@agency-example.cn"], body=body))
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)
    assert v.action < Action.DELAY
