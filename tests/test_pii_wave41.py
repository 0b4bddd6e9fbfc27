"""From a forty-first blind wave (issue 9), written afresh here: addresses after a postal
code without their prefecture, foreign names in katakana of three parts and as entry
headings over labelled lines, an ethnic origin told of a guest, a signature set off by
full-width rules and signed with part of the display name, and mountain huts in romaji."""

from email.message import EmailMessage
from email.utils import formataddr

from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

from mailguard.policy.verdict import Action

SIG = "\n\n--\n葛西 亮\n株式会社エグザンプル 人事部\nTEL 03-5555-0550\n"


def test_addresses_after_a_postal_code_without_the_prefecture_are_addresses():
    people = [("丹羽 昭", "製造一課"), ("嵯峨 誠一", "物流課"), ("兀下 恵", "経理部"),
              ("浅利 文雄", "品証課"), ("甘粕 秀樹", "製造二課")]
    body = ("ギフト手配 ご担当者様\n\n記念品の送付先です。\n"
            + "\n".join(f"・{n}（{d}）　〒23{k}-00{k}1 横浜市金沢区六浦{k}-2{k}-5"
                        for k, (n, d) in enumerate(people, 1)) + SIG)
    v = judge_mail(make_mail(to=["gift@present-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "JP_ADDRESS" in verdict_types(v)


def test_foreign_names_in_katakana_heading_their_entries():
    people = [("ファム・ティ・ラン", "lan.pham"), ("グエン・ヴァン・ナム", "nam.nguyen"),
              ("タマン・ビカス", "bikas.t"), ("ティン・ティン・ミョー", "tt.myo"),
              ("デウィ・アユ", "dewi.ayu")]
    body = ("採用ご担当 様\n\n登録者のご紹介です。\n" + "\n".join(
        f"【{k}】{n}\n　　国籍：ベトナム　　年齢：2{k}歳\n　　メール：{m}@gmail.com\n"
        f"　　携帯：090-55{k}0-12{k}4" for k, (n, m) in enumerate(people, 1)) + SIG)
    v = judge_mail(make_mail(to=["saiyo@agent-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "personal-data-list" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)  # the entries are people's, named


def test_an_ethnic_origin_told_of_a_guest_is_held():
    body = ("予約サイト ご担当者様\n\n2月3日ご宿泊の Tamati Ngata 様について、"
            "マオリ族のご出身で顔に伝統の入れ墨があるとのご相談がありました。\n" + SIG)
    v = judge_mail(make_mail(to=["support@ota-example.com"], body=body))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_signature_between_full_width_rules_signed_with_part_of_the_name():
    msg = EmailMessage()
    msg["From"] = formataddr(("湯畑亭 御手洗", "mitarai@example.co.jp"))
    msg["To"] = "order@foods-example.co.jp"
    msg["Subject"] = "発注書"
    msg["Message-ID"] = "<sig-test@example.co.jp>"
    msg.set_content("北国フーズ 御中\n\nいつもお世話になっております。発注書をお送りします。\n\n"
                    "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n日の出温泉 湯畑亭\n支配人　御手洗 剛\n"
                    "〒377-1711 群馬県吾妻郡草津町草津480-2\nTEL 0279-55-6610\n"
                    "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n")
    v = judge_mail(msg.as_bytes())
    assert "personal-record" not in rules_fired(v)


def test_mountain_huts_in_romaji_are_no_people():
    body = ("Hi Megan,\n\nThe huts we use, with their front desks:\n\n"
            "  Hut                 Season            Front desk\n"
            "  ------------------  ----------------  ---------------\n"
            "  Kumoi Sanso         Jun 20 - Oct 31   0263-55-3318\n"
            "  Yarimi Hutte        Jul 10 - Oct 10   090-5555-0041\n"
            "  Misuzu Hutte        May 1 - Nov 3     0261-55-2006\n"
            "  Nakabusa Lodge      all year          0263-55-1295\n"
            "  Tokusawa Camp       May - Oct         0263-55-1296\n\nBest regards,\nRyo\n")
    v = judge_mail(make_mail(to=["megan@tours-example.com"], body=body))
    assert "PERSON_NAME" not in verdict_types(v)
    assert v.action < Action.DELAY
