"""From a fifteenth blind wave (issue 9), written afresh here: whose story an attached
mail tells, a lecturer is no patient, a statistic is nobody's illness, and the injured
party of an accident claim is no crime victim."""

from email.message import EmailMessage

from mailfactory import entity_types, judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 業務課\nTEL 03-5555-0150\n"


def test_a_seminar_announcement_with_its_lecturer_is_not_held():
    body = ("公民館 ご担当者様\n\nお世話になっております。\n\n"
            "　講座名：「高血圧と腎臓病 ― 毎日の食事から」\n"
            "　講　師：みなと内科 院長 城之内 薫\n\n"
            "腎臓病と塩分、認知症予防と運動など、一般の方向けの内容です。\n" + JSIG)
    raw = make_mail(to=["kouminkan@city-example.lg.jp"], body=body)
    assert judge_mail(raw).action < Action.DELAY


def test_a_monthly_statistic_with_one_sudden_illness_and_the_senders_sign_off_is_not_held():
    body = ("生涯学習課 ご担当者様\n\nお世話になっております。月例報告です。\n\n"
            "来館者数 34,812\n貸出冊数 93,405\n"
            "特記事項：学習室で利用者の急病による救急搬送1件。\n\n大森\n")
    raw = make_mail(to=["gakushu@city-example.lg.jp"], body=body)
    assert judge_mail(raw).action < Action.DELAY


def test_the_injured_party_of_an_accident_claim_is_no_crime_victim():
    body = ("損害保険 事故受付センター ご担当者様\n\nお世話になっております。\n"
            "事故の受付をお願いいたします。\n\n"
            "被害者　：早乙女 瑠璃 様\n住所　　：東京都目黒区中町2-8-5\n"
            "事故内容：清掃中に花瓶を落とし、割れました\n" + JSIG)
    raw = make_mail(to=["jiko@sonpo-example.co.jp"], body=body)
    assert judge_mail(raw).action < Action.DELAY
    assert "SENSITIVE_CATEGORY" not in entity_types(raw)


def test_an_attached_mail_names_its_writer_not_its_addressee_with_the_diagnosis():
    inner = EmailMessage()
    inner["From"] = "hayate.toba@docomo.ne.jp"
    inner["To"] = "omori@example.co.jp"
    inner["Subject"] = "開始日について"
    inner.set_content("大森さん\n\n鳥羽です。\n先週の検査で甲状腺腫瘍が見つかり、来月手術を受けます。\n"
                      "開始日を遅らせていただけますか。\n\n鳥羽 颯\n070-8391-2240\n")
    outer = EmailMessage()
    outer["From"] = "大森 由佳 <omori@example.co.jp>"
    outer["To"] = "imai@client-example.co.jp"
    outer["Subject"] = "就業開始日のご相談"
    outer.set_content("今井様\n\n本人からのメールを添付します。\n" + JSIG)
    outer.add_attachment(inner, filename="本人からのメール.eml")
    v = judge_mail(outer.as_bytes())
    assert v.action >= Action.HOLD
    shown = " ".join(e.snippet for f in v.findings for e in f.evidence)
    assert "鳥" in shown and "大森" not in shown


def test_an_english_story_of_someone_hospitalised_is_held_even_without_a_recognised_name():
    body = ("Dear Ms. Kowalczyk,\n\nI am sorry to tell you that one of your interns collapsed "
            "in the field yesterday. She was taken to hospital, where the doctor diagnosed "
            "heat stroke, and she will stay for a week.\n\nBest regards,\nYuka Omori\n")
    raw = make_mail(to=["support@intern-agency-example.org"], body=body)
    assert judge_mail(raw).action >= Action.HOLD


def test_an_english_advice_on_heat_stroke_is_no_story():
    body = ("Dear partners,\n\nSummer is here: please remind your field staff that heat "
            "stroke can be prevented with water, shade and rest breaks.\n\nBest regards,\n"
            "Yuka Omori\n")
    raw = make_mail(to=["support@intern-agency-example.org"], body=body)
    assert judge_mail(raw).action < Action.DELAY


def test_a_named_staff_members_korean_origin_told_to_a_law_firm_is_held():
    body = ("法律事務所 ご担当者様\n\nいつもお世話になっております。\n\n"
            "当社スタッフの朴 恵子さんが訪問先の顧客から、在日韓国人であることを理由に"
            "暴言を受けました。本人へのケアについてご相談させてください。\n" + JSIG)
    raw = make_mail(to=["soudan@law-example.jp"], body=body)
    assert judge_mail(raw).action >= Action.HOLD


def test_a_passport_number_written_in_lower_case_english_is_found():
    body = ("Dear Concierge team,\n\nI, Lukas Meier, holder of passport no. XK4419027, "
            "authorise our housekeeping staff to enter my apartment.\n\nKind regards,\n"
            "Yuka Omori\n")
    raw = make_mail(to=["concierge@tower-example.jp"], body=body)
    assert "JP_PASSPORT" in entity_types(raw)
    assert judge_mail(raw).action >= Action.HOLD


def test_dental_treatment_in_a_named_patients_row_is_health_data():
    body = ("経営サポート 塩見様\n\nお世話になっております。5月分の記録です。\n\n"
            "受付日\t患者名\t電話\t内容\n"
            "5/9\t栗原 さやか\t080-2219-4305\t抜歯後の腫れが引かない\n"
            "5/13\t東堂 勉\t03-3928-6614\t新しい入れ歯が合わない\n"
            "5/20\t乙坂 里香\t070-5541-2290\t受付の言葉遣い\n" + JSIG)
    raw = make_mail(to=["shiomi@consult-example.co.jp"], body=body)
    assert "SENSITIVE_CATEGORY" in entity_types(raw)
    assert judge_mail(raw).action >= Action.HOLD


def test_a_victims_new_address_beside_her_name_is_reported_with_the_finding():
    body = ("湯浅様\n\nお世話になっております。\n\n"
            "契約者 仲宗根 美空 様から住所変更のお申し出がありました。\n"
            "新住所：〒216-0033 神奈川県川崎市宮前区宮崎4-2-9\n\n"
            "なお、ご本人のお話では、DV被害を受けて避難されており、保護命令も出ているそうです。\n"
            + JSIG)
    raw = make_mail(to=["yuasa@ins-example.co.jp"], body=body)
    sensitive = [f for f in judge_mail(raw).findings if f.rule == "sensitive-personal-data"]
    assert sensitive
    assert {"JP_ADDRESS", "PERSON_NAME"} <= {e.type for e in sensitive[0].entities}


def test_an_address_without_its_prefecture_after_a_label_or_before_zaiju_is_read():
    assert "JP_ADDRESS" in entity_types(make_mail(
        to=["crew@clean-example.co.jp"],
        body="嶋田様\n\nお世話になっております。\n\n訪問先の住所：江東区東雲1-9-22-1415\n"
             "氏名：七瀬 恵理香\n" + JSIG))
    raw = make_mail(to=["sensei@law-example.jp"],
                    body="白川先生\n\nご相談です。\n\n利用者の桑野 昭彦（45歳、"
                         "東浜市岬台6丁目在住）が館内で逮捕されました。\n" + JSIG)
    sensitive = [f for f in judge_mail(raw).findings if f.rule == "sensitive-personal-data"]
    assert sensitive and "JP_ADDRESS" in {e.type for e in sensitive[0].entities}
