"""From a forty-fifth blind wave (issue 9), written afresh here: a deck that gives a
person per slide, a list's lines with the phone written beside each age, a seafarer named
by rank, a child's own words of being hit, a remittance list in English; and what only
looks like personal data: a prison as a customer, an epidemic season, supplies written
with 「・」 between two loanwords."""

from extractkit import pptx
from mailfactory import judge_mail, make_mail, verdict_types

from mailguard.policy.verdict import Action

SIG = "\n\n--\n葛西 真澄\n株式会社エグザンプル 制作部\nTEL 03-5555-0428\n"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


def test_a_deck_with_a_person_on_each_slide_is_a_list():
    people = [("漆原 彩花", "ウルシハラ アヤカ", 27), ("真鍋 朱里", "マナベ アカリ", 24),
              ("都築 沙耶", "ツヅキ サヤ", 30), ("門脇 玲奈", "カドワキ レナ", 22),
              ("柚木 結衣", "ユノキ ユイ", 29), ("滝本 美桜", "タキモト ミオ", 26)]
    slides = [("オーディション候補", "制作部 2026年12月", "")] + [
        (f"候補 {i}　{name}", f"{kana}　{age}歳\n身長 16{i}cm\n所属：スターライト", "")
        for i, (name, kana, age) in enumerate(people, 1)]
    raw = make_mail(to=["casting@agency-example.co.jp"], body="候補の資料です。\n" + SIG,
                    attachments=[("候補.pptx", pptx(slides), PPTX)])
    v = judge_mail(raw)
    assert v.action >= Action.HOLD
    assert "PERSON_NAME" in verdict_types(v)


def test_a_name_on_one_slide_and_the_diagnosis_on_the_next_are_tied():
    slides = [("参加児童", "三枝 陽菜（小2）", ""),
              ("配慮事項", "てんかん発作の既往あり。水中では常に指導員が付き添う。", "")]
    raw = make_mail(to=["coach@pool-example.co.jp"], body="資料です。\n" + SIG,
                    attachments=[("引継ぎ.pptx", pptx(slides), PPTX)])
    v = judge_mail(raw)
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_the_phones_on_the_lines_of_an_aged_list_are_reported():
    body = ("イベント会社 ご担当 様\n\n班分けです。\n\n"
            "漆原 蒼（4歳）　保護者：漆原 亮 090-5555-0301\n"
            "真鍋 湊（6歳）　保護者：真鍋 徹 080-5555-0302\n"
            "都築 凪（8歳）　保護者：都築 舞 070-5555-0303\n"
            "門脇 樹（9歳）　保護者：門脇 学 090-5555-0304\n"
            "柚木 葵（10歳）　保護者：柚木 聡 080-5555-0305\n" + SIG)
    v = judge_mail(make_mail(to=["event@event-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "PHONE_NUMBER" in verdict_types(v)


def test_a_prison_as_a_customer_is_no_ones_record():
    body = ("運送会社 ご担当 様\n\n下記へ配送をお願いします。\n\n"
            "【1】東浜刑務所（会計課用度係 宮田様 宛）\n"
            "　〒210-0001 神奈川県川崎市川崎区本町9-9-9\n"
            "　TEL 044-555-0900（代表）\n"
            "　荷物：段ボール6箱（作業手袋）\n" + SIG)
    v = judge_mail(make_mail(to=["haisha@unso-example.co.jp"], body=body))
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)


def test_someone_held_in_a_named_prison_is_a_criminal_record():
    body = ("信用金庫 ご担当 様\n\n相続人のうち、次男の漆原 亮様は東浜刑務所に収容中のため、"
            "書類は施設経由でお送りします。\n" + SIG)
    v = judge_mail(make_mail(to=["souzoku@shinkin-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_seafarer_named_by_rank_with_his_illness():
    body = ("Dear Agent,\n\nThe vessel reports that C/E Ramon Villanueva has had a high fever "
            "and a cough for a week; the ship's doctor suspects tuberculosis. Please arrange "
            "an ambulance at the berth.\n\nBest regards,\nMasumi Kasai\n")
    v = judge_mail(make_mail(to=["ops@portagent-example.com"], body=body,
                             subject="Sick crew on arrival"))
    assert v.action >= Action.HOLD
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= verdict_types(v)


def test_a_childs_words_of_being_hit_are_a_victims_record():
    body = ("こども家庭センター 御中\n\nお電話でお伝えした件の続報です。\n\n"
            "対象児童：漆原 凪さん（小2）\n"
            "・12/2 着替えの際、太ももにあざを確認\n"
            "・本人は「おとうさんに叩かれた」と話している\n" + SIG)
    v = judge_mail(make_mail(to=["center@city-example.lg.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_remittance_list_in_english_is_a_list_of_accounts():
    body = ("Dear Remittance Desk,\n\nPlease process the allotments below.\n\n"
            "No\tSeafarer\tBeneficiary\tRelation\tBank\tAccount No.\tPHP\n"
            "1\tRamon Villanueva\tLiza Villanueva\tWife\tBDO\t004120087716\t25,000\n"
            "2\tJose Dimalanta\tMaria Dimalanta\tMother\tBPI\t3189006615\t18,000\n"
            "3\tAlvin Sarmiento\tRosa Sarmiento\tWife\tPNB\t227100834512\t22,000\n"
            "4\tMark Bautista\tAna Bautista\tWife\tBDO\t006540091823\t20,000\n"
            "5\tJun Macaraeg\tElena Macaraeg\tMother\tBPI\t4417002196\t15,000\n"
            "\nBest regards,\nMasumi Kasai\n")
    v = judge_mail(make_mail(to=["desk@remit-example.com"], body=body,
                             subject="December allotments"))
    assert v.action >= Action.HOLD
    assert "JP_BANK_ACCOUNT" in verdict_types(v)


def test_an_epidemic_season_is_nobodys_illness():
    slides = [("利用の多い社員様", "漆原 亮（物流部） 利用12回\n真鍋 徹（総務部） 利用9回", ""),
              ("次期に向けて", "インフルエンザ流行期の受入枠を拡大", "")]
    raw = make_mail(to=["hr@client-example.co.jp"], body="レビュー資料です。\n" + SIG,
                    attachments=[("レビュー.pptx", pptx(slides), PPTX)])
    v = judge_mail(raw)
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)


def test_supplies_between_a_middle_dot_are_no_foreign_name():
    slides = [("支援の工夫", "イヤーマフ・パーティション\n活動の予告カード", ""),
              ("対象児の概要", "小学校低学年の児童（Aさん）\n自閉スペクトラム症の診断あり", "")]
    raw = make_mail(to=["kenshu@assoc-example.or.jp"], body="事例検討の資料（匿名化済み）です。\n"
                    + SIG, attachments=[("事例.pptx", pptx(slides), PPTX)])
    v = judge_mail(raw)
    assert "PERSON_NAME" not in verdict_types(v)
