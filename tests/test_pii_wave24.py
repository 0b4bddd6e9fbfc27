"""From a twenty-fourth blind wave (issue 9), written afresh here: a subdomain's dot
turned into a hyphen, a special-care matter told in the subject of a mail about one
person, a place of business under its label, clinics named like people."""

from mailfactory import judge_mail, make_mail, verdict_types

from mailguard.detect.recipients import resemblance
from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 総務課\nTEL 03-5555-0150\n"
CONFIG = """
[organization]
internal_domains = ["example.co.jp"]
partner_domains = ["partner-unyu.co.jp"]
"""


def test_a_subdomain_written_with_a_hyphen_is_a_lookalike():
    r = resemblance("portal-partner-unyu.co.jp", "partner-unyu.co.jp")
    assert r is not None and r.kind == "separator"
    assert "portal.partner-unyu.co.jp" in r.how_ja
    raw = make_mail(sender="taro@example.co.jp", to=["soumu@mail-example.co.jp"],
                    body="社内向けの連絡です。" + JSIG)
    v = judge_mail(raw, CONFIG)
    assert "lookalike-domain" in {f.rule for f in v.findings}
    assert v.action >= Action.HOLD
    # another company that merely shares a word is none
    assert resemblance("tokyo-partner-unyu.co.jp", "partner-unyu.co.jp") is None


def test_a_scam_told_in_the_subject_of_a_mail_about_one_named_person_is_held():
    body = ("地域包括支援センター ご担当者様\n\n"
            "配達の際、利用者の 宇佐美 トキ様（千葉県船橋市前原西5丁目3番8号）から、"
            "役所の職員を名乗る人物にキャッシュカードを渡してしまったとのお話がありました。\n"
            "ご家族にはまだ連絡がついておりません。ご訪問をお願いできますでしょうか。\n" + JSIG)
    raw = make_mail(to=["houkatsu@city-example.lg.jp"], subject="特殊詐欺被害の疑いについて",
                    body=body)
    assert judge_mail(raw).action >= Action.HOLD


def test_a_subject_term_with_several_people_or_a_clinic_list_is_not_tied():
    body = ("朝比奈先生\n\n眼底検査をお願いできる眼科の一覧です。\n\n"
            "医療機関名                所在地                     電話\n"
            "--------------------------------------------------------------\n"
            "中野みずき眼科            中野区中野2-14-6           03-5342-8871\n"
            "高円寺アイクリニック      杉並区高円寺南4-27-3       03-3318-5506\n"
            "東都医大病院 眼科         文京区本郷7-2-11           03-3815-7100\n" + JSIG)
    raw = make_mail(to=["naika@clinic-example.jp"], subject="糖尿病患者様の眼科紹介先一覧",
                    body=body)
    assert judge_mail(raw).action < Action.DELAY


def test_a_place_of_business_under_its_label_is_no_ones_address():
    body = ("キーサービス 御中\n\nシリンダー交換をお願いいたします。\n"
            "　日時：12月3日（木）10:00～\n"
            "　場所：東京都渋谷区宇田川町12-3 宇田川第二ビル 5F 個室502\n"
            "　立会い：契約者の 三条 夏樹 様（携帯 090-5512-8830）\n" + JSIG)
    v = judge_mail(make_mail(to=["order@key-example.co.jp"], body=body))
    types = {e.type for f in v.findings for e in f.entities}
    assert "JP_ADDRESS" not in types and "PHONE_NUMBER" in types
    assert v.action < Action.DELAY



def test_birth_dates_named_by_a_data_files_field_are_read():
    body = ("Payloads from the replica:\n"
            '{"id": 7, "name": "宮城 颯太", "mobile": "090-2231-4410",'
            ' "birth_date": "1986-02-14"}\n'
            '{"id": 8, "name": "東 ひかり", "mobile": "080-7712-0935",'
            ' "dateOfBirth": "1992-10-03"}\n'
            + JSIG)
    v = judge_mail(make_mail(to=["dev@offshore-example.com"], body=body))
    assert "DATE_OF_BIRTH" in verdict_types(v)


def test_a_forwarded_entry_list_gives_birth_dates_without_a_column_name():
    rows = [("坂上 志津", "1976/03/09", "070-3016-5293", "shizu.s@outlook.jp"),
            ("池永 瑞希", "1984/12/21", "070-9897-1502", "mizuki_i@icloud.com"),
            ("戸賀崎 奈々", "2001/05/27", "080-9101-1206", "nana.t@gmail.com"),
            ("金城 杏", "1963/02/12", "070-3729-7379", "an.kinjo@softbank.ne.jp")]
    lines = [f"申込ID:{880 + i}  {n}  {d}  {p}  {m}" for i, (n, d, p, m) in enumerate(rows)]
    body = "本日の新規申込は以下のとおりです。\n" + "\n".join(lines) + "\n" + JSIG
    v = judge_mail(make_mail(to=["support@system-example.co.jp"], body=body))
    assert "DATE_OF_BIRTH" in verdict_types(v)
    # the same list with its dates named as sign-up dates has none
    named = body.replace("本日の新規申込は以下のとおりです。",
                         "申込ID  氏名  登録日  電話  メール")
    assert "DATE_OF_BIRTH" not in verdict_types(
        judge_mail(make_mail(to=["support@system-example.co.jp"], body=named)))
