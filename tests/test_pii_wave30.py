"""From a thirtieth blind wave (issue 9), written afresh here: a list's numbering before a
surname the analyser does not know, an account line that names its holder, a form's name
above its birth date, log lines headed by a day, one person per slide, international
numbers masked whole, and the words that only look like a person's condition (施主様, a
department's name, a wheelchair as a product, a question about allergies)."""

from extractkit import pptx
from mailfactory import examples_of, judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n小田 恵\n株式会社エグザンプル 総務部\nTEL 03-5555-0170\n"



def test_numbered_transfer_lines_with_rare_surnames_are_a_list_of_people():
    people = [("百目鬼 千尋", "3381460"), ("四十物 健吾", "5120937"), ("東海林 葵", "7730215"),
              ("五百旗頭 徹", "2046618"), ("勘解由小路 澄子", "6611904")]
    lines = [f"　{i + 1}. {n}　北辰銀行 栄町支店 普通 {acct}"
             for i, (n, acct) in enumerate(people)]
    body = "弔慰金の振込先を下記のとおりお知らせします。\n\n" + "\n".join(lines) + "\n" + JSIG
    v = judge_mail(make_mail(to=["furikomi@bank-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    listed = next(f for f in v.findings if f.rule == "personal-data-list")
    assert sum(e.count for e in listed.entities if e.type == "PERSON_NAME") == 5


def test_two_customers_with_landlines_are_warned_not_passed():
    body = ("配送センター ご担当者様\n\n再配達のご希望が2件ありました。\n\n"
            "・間宮 紗英様（0466-31-2870）→ 19-21時\n・真柴 恭平様（0465-22-9134）→ 午前中\n"
            + JSIG)
    v = judge_mail(make_mail(to=["haitatsu@logi-example.co.jp"], body=body))
    assert v.action == Action.WARN
    assert examples_of(v, "PERSON_NAME")


def test_a_forms_name_line_above_the_birth_date_is_the_record():
    body = ("手続きのご担当者様\n\n扶養家族の追加がありましたのでお知らせします。\n\n"
            "　子：椎葉 ほのか（長女）\n　生年月日：2024年3月9日\n\n以上です。" + JSIG)
    v = judge_mail(make_mail(to=["tetsuzuki@sr-example.jp"], body=body))
    assert examples_of(v, "PERSON_NAME") and examples_of(v, "DATE_OF_BIRTH")


def test_shift_lines_headed_by_a_day_name_their_workers():
    rows = [("3/2(月)", "Dewi Lestari", "070-3311-2084"), ("3/3(火)", "Arif Hidayat",
                                                         "090-7762-1150"),
            ("3/5(木)", "Siti Rahayu", "080-4129-9036"), ("3/6(金)", "Budi Santoso",
                                                         "090-2210-4471"),
            ("3/7(土)", "Nur Aini", "070-8834-6502")]
    body = ("店長様\n\n来週のシフト希望です。\n\n"
            + "\n".join(f"  {d}  {n}      {t}" for d, n, t in rows) + "\n" + JSIG)
    v = judge_mail(make_mail(to=["tencho@shop-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert examples_of(v, "PERSON_NAME")


def test_one_person_per_slide_with_a_private_mailbox_is_a_list():
    people = [("Lina Marlina", "lina.marlina88@gmail.com"),
              ("Andi Wijaya", "andi.w.jp@yahoo.co.jp"),
              ("Rina Oktavia", "rina_okt@outlook.jp"), ("Yoga Pratama", "yoga.p.2004@icloud.com"),
              ("Dian Sari", "dian.sari.tokyo@gmail.com")]
    slides = [(f"{n} (Indonesia)", f"Now: Tokyo Design College\nE-mail: {m}", "")
              for n, m in people]
    deck = pptx([("Alumni voices", "Hinode Institute", ""), *slides])
    mail = make_mail(to=["seminar@agent-example.co.id"], subject="Alumni slides",
                     body="Dear Ms. Sari,\nHere are the alumni slides.\nBest regards,\n",
                     attachments=[("alumni.pptx", deck, "application/vnd.openxmlformats-"
                                   "officedocument.presentationml.presentation")])
    v = judge_mail(mail)
    assert v.action >= Action.HOLD
    assert examples_of(v, "PERSON_NAME")


def test_an_international_mobile_in_one_group_is_masked():
    rows = [f"{n}  +95 9 {d}" for n, d in (("Aung Ko", "781204455"), ("Thandar Win", "640119873"),
                                           ("Kyaw Zin", "455018226"), ("Su Myat", "990213487"),
                                           ("Min Thu", "313650098"))]
    body = "Applicants' phones:\n\n" + "\n".join(rows) + "\n" + JSIG
    v = judge_mail(make_mail(to=["office@agent-example.com.mm"], body=body))
    phones = examples_of(v, "PHONE_NUMBER")
    assert phones and all("*" in p for p in phones)
    assert not any(sum(c.isdigit() for c in p.split()[-1]) > 4 for p in phones)


def test_a_question_about_allergies_is_nobodys_condition():
    body = ("北辰仕出し 御中\n\n法要後の会食をお願いします。\n"
            "■施主　　漆原 康夫 様（当日連絡先 090-6613-2750）\n"
            "アレルギーについては施主様に確認中です。分かり次第ご連絡します。\n" + JSIG)
    v = judge_mail(make_mail(to=["order@shidashi-example.co.jp"], body=body))
    assert v.action < Action.DELAY
    assert not examples_of(v, "SENSITIVE_CATEGORY")


def test_a_persons_allergy_is_still_held():
    body = ("北辰仕出し 御中\n\n会食の追加情報です。\n"
            "■施主　　漆原 康夫 様（当日連絡先 090-6613-2750）\n"
            "漆原様はそばアレルギーがございます。別メニューでお願いします。\n" + JSIG)
    assert judge_mail(make_mail(to=["order@shidashi-example.co.jp"], body=body)).action \
        >= Action.HOLD


def test_a_creed_word_in_the_senders_department_is_no_ones_creed():
    body = ("寿写真館 御中\n\n撮影のお申込みが3組ありました。\n"
            "1) 梶 陽菜ちゃん（5歳）　保護者携帯 070-2231-4408\n"
            "2) 汐見 蓮くん（4歳）　保護者携帯 090-5519-3376\n"
            "3) 五百蔵 紬ちゃん（3歳）　保護者携帯 070-6121-0987\n"
            "日の出寺社サービス 檀信徒管理課 野呂（内線 4121）\n")
    v = judge_mail(make_mail(to=["studio@photo-example.co.jp"], body=body))
    assert v.action < Action.DELAY


def test_a_wheelchair_sent_for_repair_is_a_product():
    body = ("修理受付ご担当様\n\n修理を1件お願いします。\n"
            "機種：電動車いす NW-3\n製造番号：NW3-55102\n"
            "引取先：早乙女 清 様 宅　埼玉県川口市芝中田2-4-11（ご本人 048-266-1905）\n" + JSIG)
    v = judge_mail(make_mail(to=["repair@fix-example.co.jp"], body=body))
    assert v.action < Action.DELAY
    assert not examples_of(v, "SENSITIVE_CATEGORY")


def test_a_named_wheelchair_user_is_still_held():
    body = ("送迎ご担当様\n\n当日の送迎をお願いします。\n"
            "早乙女 清 様（048-266-1905）は車いすを使用されていますので、"
            "リフト付き車両でお願いします。\n" + JSIG)
    assert judge_mail(make_mail(to=["sougei@taxi-example.co.jp"], body=body)).action \
        >= Action.HOLD


def test_a_card_of_one_person_in_a_paragraph_of_five_lines_is_a_record():
    body = ("Dear Ms. Tran,\n\nOne of our students would like to work at your kitchen.\n\n"
            "Pham Van Tuan\nLevel: JLPT N3\nMobile: 080-3371-5520\n"
            "E-mail: pvtuan.2004@gmail.com\nAvailable: weekends\n\nBest regards,\nKen" + JSIG)
    v = judge_mail(make_mail(to=["saiyo@kitchen-example.co.jp"], body=body))
    assert v.action == Action.WARN
    assert examples_of(v, "PERSON_NAME")


def test_a_vietnamese_name_of_one_syllable_first_is_taken_under_its_label():
    body = ("ご担当者様\n\n　氏名：レ・ティ・マイ\n　携帯：090-2218-6604\n"
            "　メール：le.t.mai@yahoo.co.jp\n" + JSIG)
    v = judge_mail(make_mail(to=["saiyo@kitchen-example.co.jp"], body=body))
    assert any(x.startswith("レ") for x in examples_of(v, "PERSON_NAME"))
