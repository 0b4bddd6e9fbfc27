"""From a twentieth blind wave (issue 9), written afresh here: a referral letter's form
lines, a roster with birth dates set off by spaces, words that stand for a person."""

from mailfactory import entity_types, judge_mail, make_mail

from mailguard.detect.scan import recognizers, scan_part
from mailguard.extract.base import TextPart
from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 医事課\nTEL 03-5555-0150\n"


def test_form_lines_with_a_label_then_a_gap_then_the_value_are_read():
    body = ("みどり内科 院長 先生\n\n下記患者様のご紹介です。\n\n"
            "■患者氏名：　宇佐見 久子（うさみ ひさこ）様　女性\n"
            "■生年月日：　昭和３０年２月１４日（７１歳）\n"
            "■傷病名　：　慢性腎臓病、高血圧症\n" + JSIG)
    raw = make_mail(to=["info@midori-naika-example.jp"], body=body)
    v = judge_mail(raw)
    sensitive = [f for f in v.findings if f.rule == "sensitive-personal-data"]
    assert sensitive
    entities = {e.type: e for e in sensitive[0].entities}
    assert "DATE_OF_BIRTH" in entities
    assert entities["PERSON_NAME"].count == 1  # 下記患者様 is no name


def test_a_roster_with_birth_dates_after_the_names_set_off_by_spaces():
    lines = "\n".join(f"{n}\u3000{d}\u3000携帯 {t}" for n, d, t in [
        ("NGUYEN VAN BINH", "2001/03/22", "090-2281-4410"),
        ("PHAM THI MAI", "1999/12/05", "080-6613-2207"),
        ("HOANG MINH DUC", "2003/07/19", "070-4410-8852")])
    body = "寮管理ご担当者様\n\n入寮予定者です。\n\n" + lines + "\n" + JSIG
    raw = make_mail(to=["ryo@dorm-example.co.jp"], body=body)
    assert "DATE_OF_BIRTH" in entity_types(raw)
    # a schedule of dated events is no list of birth dates
    body = ("工事日程です。現場事務所 03-5555-0199\n\n第一期 工事\u30002008/04/01\u3000着工\n"
            "第二期 工事\u30002009/05/11\u3000着工\n第三期 工事\u30002010/06/21\u3000着工\n"
            + JSIG)
    ps = scan_part(TextPart("body", body), recognizers())
    assert not [f for f in ps.found if f.type == "DATE_OF_BIRTH"]


def test_a_single_referral_is_held_but_not_counted_as_two_people():
    body = ("地域連携室 ご担当者様\n\nお世話になっております。\n"
            "当該利用者様（鳴海 光子 様）は糖尿病で通院中です。\n" + JSIG)
    raw = make_mail(to=["renkei@clinic-example.jp"], body=body)
    v = judge_mail(raw)
    assert v.action >= Action.HOLD
    names = [e for f in v.findings for e in f.entities if e.type == "PERSON_NAME"]
    assert names and names[0].count == 1


def test_a_newsletters_next_article_speaks_of_other_people():
    body = ("竹内様\n\nお世話になっております。協会本部の大森です。\n"
            "協会だより10月号の原稿をお送りします。レイアウトは前号と同じでお願いします。\n\n"
            "――――――――――――――――――――\n"
            "【1面】第41回総会 開催される\n"
            "9月28日、みなと会館にて第41回総会が開催され、\n"
            "新会長に北条雅人さん（営業支部）、事務局長に今泉里奈さん（本社支部）が選ばれました。\n\n"
            "【2面】健康診断の受診率が過去最高に\n"
            "昨年度の定期健康診断の受診率は98.1％と過去最高でした。\n"
            "二次検査の受診率はまだ50％台にとどまっています。「要精密検査」の通知が届いた方は\n"
            "早めの受診をお願いします。\n"
            "――――――――――――――――――――\n\n"
            "校正は10月3日までにいただけると助かります。\n\n大森\n")
    raw = make_mail(to=["takeuchi@press-example.co.jp"], body=body)
    assert judge_mail(raw).action < Action.DELAY
    # a report's sections still speak of its one person
    body = ("保険ご担当者様\n\n事故のご報告です。\n\n【事故概要】\n"
            "運転者：北条 雅人　携帯 070-2284-1193\n\n"
            "【運転者の状況】\n整形外科で頸椎捻挫と診断され、通院しています。\n" + JSIG)
    raw = make_mail(to=["claim@ins-example.co.jp"], body=body)
    assert judge_mail(raw).action >= Action.HOLD
