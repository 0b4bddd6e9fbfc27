"""From a twenty-seventh blind wave (issue 9), written afresh here: animals' data in a pet
business's mail (a litter's birth dates, a pet's diagnosis, a pet's birthday column), a
hearing-aid maker's name, an English candidate label."""

from extractkit import xlsx
from mailfactory import judge_mail, make_mail, verdict_types

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル ペット事業部\nTEL 03-5555-0150\n"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"



def test_a_litters_list_is_no_list_of_people():
    rows = [["No.", "犬種", "性別", "毛色", "生年月日", "マイクロチップ"]]
    rows += [[i + 1, "柴犬", "オス" if i % 2 else "メス", "アカ" if i % 3 else "クロ",
              "2025/03/11", f"39214{7700000000 + i * 7919}"] for i in range(6)]
    raw = make_mail(to=["eigyo@breeder-example.co.jp"], body="仕入明細です。" + JSIG,
                    attachments=[("明細.xlsx", xlsx({"明細": rows}), XLSX)])
    v = judge_mail(raw)
    assert v.action < Action.DELAY and not verdict_types(v) & {"PERSON_NAME", "DATE_OF_BIRTH"}


def test_a_pets_diagnosis_in_an_insurance_claim_is_not_the_owners_health():
    body = ("保険金請求ご担当者様\n\n下記のとおり請求書類をお送りします。\n"
            "　契約者　：三宅 絢子 様\n　証券番号：PA-25-0091834\n"
            "　対象動物：フレンチ・ブルドッグ（メス・6歳）\n"
            "　傷病名　：椎間板ヘルニア、膀胱炎\n\n診療明細書と診断書を添付しております。\n" + JSIG)
    v = judge_mail(make_mail(to=["claim@pet-sonpo-example.co.jp"], body=body))
    assert v.action < Action.DELAY
    # the owner's own condition in a pet's mail still is hers
    body2 = ("提携ホテル 店長様\n\n飼い主の 三宅 絢子 様が乳がんの手術でご入院されるため、"
             "ワンちゃんを1か月お預かりいただけますか。\n" + JSIG)
    assert judge_mail(make_mail(to=["stay@pethotel-example.co.jp"], body=body2)).action \
        >= Action.HOLD


def test_a_pets_birthday_column_is_no_owners_birth_date():
    rows = [["会員番号", "お名前", "ご住所", "ペットのお名前", "ペット誕生日"],
            ["C1001", "堀 真澄 様", "千葉県浦安市美浜3-4-5", "小梅", "2023/07/20"],
            ["C1002", "井坂 凛 様", "東京都府中市若松町1-2-3", "テン", "2024/07/09"]]
    raw = make_mail(to=["dm@print-example.co.jp"], body="宛名データです。" + JSIG,
                    attachments=[("dm.xlsx", xlsx({"犬": rows}), XLSX)])
    assert "DATE_OF_BIRTH" not in verdict_types(judge_mail(raw))


def test_a_hearing_aid_makers_name_is_no_ones_hearing_loss():
    body = ("ソノラマ補聴器株式会社\n修理センター 御中\n\n日の出メガネ・補聴器 川口店の大森です。\n"
            "　受付番号：KG-25-0193\n　機種：SNR-R7\n　症状：音が途切れる\n" + JSIG)
    v = judge_mail(make_mail(to=["repair@sonorama-example.co.jp"], body=body))
    assert v.action < Action.DELAY


def test_an_english_candidate_with_a_diagnosis_is_held():
    body = ("Dear Access team,\n\nCandidate: Freya Lindqvist    DOB: 2008-03-02\n"
            "Diagnosis: dyslexia, generalised anxiety disorder\n\nKind regards,\nYuka Omori\n")
    v = judge_mail(make_mail(to=["access@examboard-example.org"], body=body))
    assert v.action >= Action.HOLD and "PERSON_NAME" in verdict_types(v)


def test_a_diagnosis_certificate_beside_another_document_is_still_read():
    body = ("人事課 御中\n\n休職届と診断書を添付します。\n氏名：芦屋 直樹\n" + JSIG)
    v = judge_mail(make_mail(to=["roumu@sharoushi-example.jp"], body=body))
    assert v.action >= Action.HOLD


def test_a_table_of_companies_with_corporate_numbers_is_no_list_of_people():
    body = ("監査法人 御中\n\n法人負担先の一覧です。\n\n"
            "法人名                        法人番号       所在地                        代表電話\n"
            "----------------------------  -------------  ----------------------------  "
            "------------\n"
            "Nordlicht Optics K.K.         1010064298130  東京都千代田区丸の内1-4-5     "
            "03-6212-4800\n"
            "Marea Shipping Japan G.K.     6020071499839  神奈川県横浜市中区海岸通4-23  "
            "045-211-3090\n"
            "Lumo Pharma Japan K.K.        7010029676869  東京都中央区日本橋本町2-2-2   "
            "03-6880-0150\n"
            + JSIG)
    v = judge_mail(make_mail(to=["kansa@audit-example.jp"], body=body))
    assert not verdict_types(v) & {"PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"}


def test_a_buyers_name_after_a_bilingual_label_is_read():
    body = ("サポートデスク ご担当者様\n\n免税販売の取消をお願いします。\n"
            "Customer / 購入者：TAN MEI LING\nPassport No. / 旅券番号：TW5521093\n" + JSIG)
    v = judge_mail(make_mail(to=["support@taxfree-example.com"], body=body))
    assert v.action >= Action.HOLD and "PERSON_NAME" in verdict_types(v)


def test_a_persons_injury_beside_an_animal_word_is_still_theirs():
    body = ("総務課 御中\n\nご報告です。\n"
            "契約社員の 芦田 葵 さんから連絡がありました。\n"
            "休日に犬の散歩中に転倒し、右手首を骨折したとのことです。\n"
            "2週間ほど在宅勤務となります。\n" + JSIG)
    v = judge_mail(make_mail(to=["roumu@outsource-example.co.jp"], body=body))
    assert v.action >= Action.HOLD


def test_a_condition_before_a_managers_title_is_still_a_persons():
    body = ("本部 人事ご担当者様\n\n相談です。\n"
            "店長の 宇佐美 和也 さんは、うつ病で休職中の店長代理の穴を埋めています。\n" + JSIG)
    assert judge_mail(make_mail(to=["jinji@franchise-example.co.jp"], body=body)).action \
        >= Action.HOLD
