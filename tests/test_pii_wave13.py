"""From a thirteenth blind wave and its review, written afresh here (issue 9): what a
forward discloses, and whose name a line with 様 carries."""

from mailfactory import entity_types, judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n真鍋 朋美\n株式会社エグザンプル お客様相談室\nTEL 03-5555-0122\n"


def test_a_forwarded_customers_private_mailbox_is_disclosed_to_the_new_reader():
    body = ("修理センター ご担当者様\n\n下記のお客様からの問い合わせを転送します。\n\n"
            "-------- Forwarded Message --------\n"
            "From: 越智 早苗 <sanae.ochi.77@gmail.com>\n"
            "Date: Mon, 3 Aug 2026 21:14:05 +0900\n"
            "Subject: 食洗機の水漏れ\n\n"
            "先週購入した食洗機から水が漏れます。自宅は東京都杉並区阿佐谷南2-9-14です。\n"
            "連絡は 090-7731-2056 までお願いします。\n" + JSIG)
    found = entity_types(make_mail(to=["repair@fix-example.co.jp"], body=body))
    assert "EMAIL_ADDRESS" in found
    assert "PERSON_NAME" in found


def test_a_forwarded_colleagues_work_address_is_routing_not_data():
    body = ("各位\n\n営業部からの連絡を転送します。\n\n"
            "-------- Forwarded Message --------\n"
            "From: 大森 修 <o.omori@example.co.jp>\n"
            "To: 岩渕 彩 <a.iwabuchi@partner-example.co.jp>\n"
            "Subject: 来週の打合せ\n\n"
            "来週火曜の打合せは15時からに変更になりました。\n" + JSIG)
    found = entity_types(make_mail(to=["sales@partner-example.co.jp"], body=body))
    assert "EMAIL_ADDRESS" not in found


def test_a_condition_in_a_seminar_title_is_a_topic_even_beside_the_lecturers_name():
    body = ("市民活動センター ご担当者様\n\nお世話になっております。\n"
            "下記の講座の会場予約をお願いいたします。\n\n"
            "講座名：家族向け講座「認知症の親と向き合う ― 介護の始め方」\n"
            "講師：東都福祉大学 教授 篠塚 一真 氏\n日時：3月8日（日）13:30〜15:30\n" + JSIG)
    v = judge_mail(make_mail(to=["yoyaku@center-example.jp"], body=body))
    assert v.action < Action.DELAY
    assert "SENSITIVE_CATEGORY" not in entity_types(make_mail(to=["yoyaku@center-example.jp"],
                                                              body=body))


def test_a_named_persons_condition_beside_a_lab_value_in_percent_is_held():
    body = ("若林先生\n\nお世話になっております。\n\n"
            "参加者 P-112 の宇佐美 拓真さんですが、事前検査で HbA1c 7.2% と糖尿病の"
            "疑いがあり、追加の受診をお勧めしました。\n" + JSIG)
    v = judge_mail(make_mail(to=["wakabayashi@univ-example.ac.jp"], body=body))
    assert v.action >= Action.HOLD
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= entity_types(
        make_mail(to=["wakabayashi@univ-example.ac.jp"], body=body))


def test_a_share_of_a_health_survey_is_still_a_count():
    body = ("健康経営アドバイザー 各位\n\n今年度の集計です。\n\n"
            "高血圧症の割合：18.2%（前年 17.5%）\n担当：保健師 杉浦 奈美\n" + JSIG)
    v = judge_mail(make_mail(to=["advisor@wellness-example.co.jp"], body=body))
    assert v.action < Action.DELAY


def test_a_card_number_outside_the_brands_ranges_counts_where_the_mail_calls_it_one():
    # Luhn-valid, but in no brand's range (a store's own card): the label decides
    body = ("決済代行 ご担当者様\n\nお客様から返金のご依頼がありました。\n"
            "カード番号：6396 2041 7755 3184　名義：NAOKI HIRASAWA\n" + JSIG)
    v = judge_mail(make_mail(to=["support@pay-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "CREDIT_CARD" in entity_types(make_mail(to=["support@pay-example.co.jp"],
                                                   body=body))
    other = ("配送センター ご担当者様\n\n伝票番号 6396204177553184 の件です。\n" + JSIG)
    assert "CREDIT_CARD" not in entity_types(make_mail(to=["desk@ship-example.co.jp"],
                                                       body=other))


def test_a_foreign_surname_with_a_japanese_given_name_is_a_name():
    body = ("撮影チーム 各位\n\nお世話になっております。候補の方の連絡先です。\n\n"
            "候補2：ロドリゲス 凛 さん（31）\n上野店 / 入会2年\n連絡先：090-2231-7714\n"
            + JSIG)
    assert "PERSON_NAME" in entity_types(make_mail(to=["crew@studio-example.jp"], body=body))


def test_a_mail_about_one_persons_diagnosis_reports_their_mobile_from_a_later_paragraph():
    body = ("保険会社 ご担当者様\n\nお世話になっております。\n\n"
            "契約者の相馬 亜紀子 様より、先月乳がんと診断され入院予定との連絡がありました。\n"
            "給付金のご案内をお願いできますでしょうか。\n\n"
            "　連絡先：080-6614-2093（平日夕方）\n" + JSIG)
    found = entity_types(make_mail(to=["hoken@insure-example.co.jp"], body=body))
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"} <= found


def test_a_criminal_record_told_of_the_person_the_mail_is_about_is_held_without_a_name():
    # the surname (a rare one) is in the subject only; the story says 本人
    body = ("行政書士 鳴海先生\n\nお世話になっております。\n"
            "ビザ更新の書類準備でご相談です。\n\n"
            "本人に確認したところ、昨年に傷害の容疑で書類送検され、罰金刑を受けたとのことです。"
            "申請への影響をご教示ください。\n" + JSIG)
    raw = make_mail(to=["narumi@gyosei-example.jp"], subject="四十万の在留資格更新", body=body)
    v = judge_mail(raw)
    assert v.action >= Action.HOLD
    shown = " ".join(e.snippet for f in v.findings for e in f.evidence)
    assert "本人" in shown


def test_policy_words_about_the_person_concerned_are_no_story():
    body = ("委託先 各位\n\n個人情報の取扱いについて再度ご案内します。\n\n"
            "・病歴や犯罪歴などの要配慮個人情報は、本人の同意なく取得しないこと\n"
            "・本人または家族からの開示請求には所定の様式で対応すること\n" + JSIG)
    v = judge_mail(make_mail(to=["itaku@vendor-example.co.jp"], body=body))
    assert v.action < Action.DELAY


def test_records_pasted_as_json_are_a_list_of_people():
    people = [("樫村 結衣", "yui.kashimura@gmail.com", "090-3318-4471", "1990-04-12"),
              ("Okabe Ryota", "r.okabe@yahoo.co.jp", "080-2271-9036", "1978-09-30"),
              ("湊 かれん", "karen_minato@icloud.com", "070-6652-1180", "2001-01-05"),
              ("及川 俊", "shun.oikawa@outlook.jp", "090-7740-2213", "1969-12-24"),
              ("立花 早紀", "saki.t@gmail.com", "080-5513-6672", "1995-06-18")]
    # one key per line, as an API response is pretty-printed
    rows = ",\n".join(f'    {{\n      "name": "{n}",\n      "email": "{e}",\n'
                      f'      "tel": "{t}",\n      "birthday": "{b}"\n    }}'
                      for n, e, t, b in people)
    body = ("開発チーム 各位\n\n検証用に本番データを5件貼ります。\n\n"
            "{\n  \"users\": [\n" + rows + "\n  ]\n}\n" + JSIG)
    raw = make_mail(to=["dev@vendor-example.jp"], body=body)
    assert judge_mail(raw).action >= Action.HOLD
    assert "PERSON_NAME" in entity_types(raw)


def test_a_things_name_in_lower_case_is_no_persons_name():
    body = ("ベンダー 各位\n\n設定値です。\n\nfile name: 議事録 第三回\n"
            "company name: 東和 商事\nproject name: 北斗 計画\n" + JSIG)
    assert "PERSON_NAME" not in entity_types(make_mail(to=["it@vendor-example.jp"],
                                                       body=body))
