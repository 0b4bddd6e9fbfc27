"""From a forty-fourth blind wave (issue 9), written afresh here: dependants listed by
relation and 和暦 birth date, a postnatal depression screening's scores, a forwarded
letter that closes with its writer's phone, a health card's 記号・番号 given for a named
member, ages inside a department's bracket, a payroll export in half-width kana, and what
only looks like personal data: an establishment's insurer code, a reply's subject carried
over from the mail it quotes, the employment scheme for disabled people, a shop list."""

from extractkit import xlsx
from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

from mailguard.policy.verdict import Action

SIG = "\n\n--\n真壁 里香\n株式会社エグザンプル 厚生課\nTEL 048-555-0316\n"
TO = ["kumiai@outsource-example.co.jp"]


def test_dependants_in_hiragana_with_their_relation_and_birth_date_are_a_list():
    body = ("厚生センター ご担当 様\n\n扶養認定の確認が取れていない方です。\n\n"
            "・おおば ゆうと　平成２０年５月１１日　（3301-18 大庭さんの長男）　高校在学\n"
            "・みやび ここな　H19.8.30　（3302-407 雅さんの次女）　在学証明待ち\n"
            "・ささき かんな　平成15年2月7日　（3308-92 佐々木さんの長女）　アルバイト収入確認中\n"
            "・いしだ そら　H21.12.3　（3310-55 石田さんの長男）　中学在学\n"
            "・こうの りく　平成２１年１０月１９日　（3312-71 河野さんの次男）　高校在学\n"
            + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert v.action >= Action.HOLD
    assert "DATE_OF_BIRTH" in verdict_types(v)


def test_a_relation_cell_before_a_date_is_a_dependants_birth_date():
    body = ("保険組合 適用係 御中\n\n今月の被扶養者異動です。\n\n"
            "4410-88　大庭 茂　→　大庭 千尋（オオバ チヒロ）　妻　S63.7.14　追加\n"
            "4410-91　宮城 健司　→　宮城 陽斗（ミヤギ ハルト）　子　R8.9.2　出生\n"
            "4412-10　古川 亮　→　古川 美奈（フルカワ ミナ）　子　H16.3.25　就職により削除\n"
            "4415-33　戸田 敦　→　戸田 蒼（トダ アオイ）　子　R8.10.7　出生\n"
            "4417-06　安達 仁　→　安達 玲子（アダチ レイコ）　妻　S59.1.30　追加\n" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert v.action >= Action.HOLD
    assert {"DATE_OF_BIRTH", "PERSON_NAME"} <= verdict_types(v)


def test_a_death_after_the_relation_is_no_birth_date():
    body = ("共済会 ご担当 様\n\n弔慰金の請求分です。\n\n"
            "組合員番号\t氏名\t逝去者（続柄）\t逝去日\t請求額\n"
            "K2201\t大庭 茂\t実父\t2026/08/03\t30,000\n"
            "K2207\t宮城 健司\t義母\t2026/08/19\t20,000\n" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert "DATE_OF_BIRTH" not in verdict_types(v)


def test_postnatal_depression_scores_by_name_are_health_data():
    sheet = [["氏名", "産後週数", "EPDS合計", "コメント"],
             ["真壁 里香", "6週", "12", "睡眠不足"], ["古川 美奈", "10週", "5", "特になし"],
             ["安達 玲子", "8週", "14", "不安が強い"]]
    raw = make_mail(to=["lab@univ-example.ac.jp"], body="先生\n\n個票を添付します。\n" + SIG,
                    attachments=[("個票.xlsx", xlsx({"個票": sheet}),
                                  "application/vnd.openxmlformats-officedocument."
                                  "spreadsheetml.sheet")])
    v = judge_mail(raw)
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_forwarded_letter_that_closes_with_its_writers_phone_is_no_signature():
    body = ("社労士事務所 先生\n\n本人から下記の相談がありました。ご助言ください。\n\n古川\n\n"
            "-----Original Message-----\nFrom: 戸田 敦 <toda.a@example-free.jp>\n"
            "Subject: 休業の件\n\n厚生課 御中\n\n"
            "名古屋営業所の戸田 敦です（記号4415 番号33）。\n"
            "頸椎椎間板ヘルニアの手術を来月受けることになり、二か月ほど休む予定です。\n"
            "書類の出し方を教えていただけますでしょうか。\n"
            "夕方以降は携帯（080-5555-0417）にお願いします。\n")
    v = judge_mail(make_mail(to=["office@sr-example.jp"], body=body, subject="FW: 休業の件"))
    assert v.action >= Action.HOLD
    assert {"SENSITIVE_CATEGORY", "PHONE_NUMBER"} <= verdict_types(v)


def test_a_health_cards_symbol_and_number_given_for_a_named_member():
    body = ("コールセンター 東様\n\n登録内容を確認しました。\n\n"
            "　安達 玲子様\n　記号 4417　番号 61\n\n"
            "こちらでご本人確認をお願いします。\n" + SIG)
    v = judge_mail(make_mail(to=["cc@callcenter-example.co.jp"], body=body))
    assert "identity-document-numbers" in rules_fired(v)


def test_a_postal_account_symbol_and_number_stays_an_account():
    body = ("経理 ご担当 様\n\n返金先は下記のゆうちょ口座です。\n\n"
            "　大庭 茂様\n　記号 14180　番号 2235191\n" + SIG)
    v = judge_mail(make_mail(to=["keiri@shop-example.co.jp"], body=body))
    assert "identity-document-numbers" not in rules_fired(v)


def test_ages_inside_the_department_bracket_make_a_list_of_people():
    body = ("研修会社 ご担当 様\n\n受講後アンケートの記名回答です。\n\n"
            "1. 大庭 茂（品質保証部・44歳）：事例が多くてよかった\n"
            "2. 宮城 健司（購買部・31歳）：時間が足りない\n"
            "3. 古川 美奈（名古屋工場・27歳）：資料を事前に欲しい\n"
            "4. 戸田 敦（総務部・52歳）：特になし\n"
            "5. 安達 玲子（購買部・38歳）：演習を増やしてほしい\n" + SIG)
    v = judge_mail(make_mail(to=["kenshu@training-example.co.jp"], body=body))
    assert v.action >= Action.HOLD


def test_a_payroll_export_in_half_width_kana_is_a_list_of_people():
    body = ("事務センター ご担当 様\n\n今月分の申込者です。\n\n"
            "ｼﾒｲ              ｼｬｲﾝﾊﾞﾝｺﾞｳ  ｷﾝｶﾞｸ\n"
            "ｵｵﾊﾞ ｼｹﾞﾙ          20410017   5000\n"
            "ﾐﾔｷﾞ ｹﾝｼﾞ          20410233   3000\n"
            "ﾌﾙｶﾜ ﾐﾅ            20410384   3000\n"
            "ﾄﾀﾞ ｱﾂｼ            20410512   8000\n"
            "ｱﾀﾞﾁ ﾚｲｺ           20410698   5000\n" + SIG)
    v = judge_mail(make_mail(to=["center@record-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "PERSON_NAME" in verdict_types(v)


def test_an_establishments_insurer_code_is_no_health_card():
    sheet = [["事業所", "事業所記号", "対象者数", "実施率"], ["本社", "1101", "120", "31.2%"],
             ["東工場", "2203", "88", "40.0%"], ["西工場", "2207", "64", "22.5%"],
             ["北営業所", "3301", "15", "60.0%"], ["南営業所", "3305", "19", "47.4%"]]
    raw = make_mail(to=["hoken@provider-example.co.jp"], body="実施状況です。\n" + SIG,
                    attachments=[("状況.xlsx", xlsx({"状況": sheet}),
                                  "application/vnd.openxmlformats-officedocument."
                                  "spreadsheetml.sheet")])
    v = judge_mail(raw)
    assert v.action < Action.DELAY
    assert "JP_HEALTH_INSURANCE" not in verdict_types(v)


def test_a_replys_subject_told_by_the_quoted_mail_is_not_new():
    body = ("東様\n\nご連絡ありがとうございます。書類は来週お送りします。\n" + SIG +
            "\n> 株式会社エグザンプル 真壁様\n> 大庭茂様の診断書を本日受領いたしました。\n"
            "> 休業損害証明書のご提出をお願いいたします。\n")
    v = judge_mail(make_mail(to=["claims@insurer-example.co.jp"], body=body,
                             subject="Re: 大庭様 診断書受領のご連絡"))
    assert v.action < Action.DELAY


def test_a_subject_the_quoted_mail_does_not_tell_is_read():
    body = ("東様\n\n書類は来週お送りします。\n" + SIG +
            "\n> 株式会社エグザンプル 真壁様\n> 書類のご提出をお願いいたします。\n")
    v = judge_mail(make_mail(to=["claims@insurer-example.co.jp"], body=body,
                             subject="Re: 大庭茂様 うつ病による休職の件"))
    assert v.action >= Action.HOLD


def test_the_scheme_for_disabled_employees_is_nobodys_disability():
    body = ("旅行会社 ご担当 様\n\n障害者雇用企業の視察（3名）の航空券をお願いします。\n\n"
            "OBA SHIGERU\n  Passport No.: TK1234567\n  Date of birth: 1982-05-04\n\n"
            "MIYAGI KENJI\n  Passport No.: TK7654321\n  Date of birth: 1990-11-21\n" + SIG)
    v = judge_mail(make_mail(to=["desk@travel-example.co.jp"], body=body))
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)


def test_rows_under_a_shop_name_column_are_businesses():
    body = ("印刷会社 ご担当 様\n\n掲載店舗です。\n\n"
            "店舗名                  住所                            電話\n"
            "-----------------------------------------------------------------\n"
            "ハッピーベビー 本店       東京都品川区西品川1-2-3         03-5555-0101\n"
            "ベビーハート ショールーム  東京都港区芝4-5-6               03-5555-0102\n"
            "ミルクランド ギャラリー    東京都千代田区神田錦町1-12      03-5555-0103\n"
            + SIG)
    v = judge_mail(make_mail(to=["print@printer-example.co.jp"], body=body))
    assert "personal-record" not in rules_fired(v)
    assert "PERSON_NAME" not in verdict_types(v)


def test_a_dialysis_start_date_after_a_name_is_no_birth_date():
    body = ("患者会 事務局 御中\n\n入会希望の方です。\n\n"
            "氏名　　　　導入日　　　　原疾患　　　　電話\n"
            "大庭 茂　　H１８．４．２　　糖尿病性腎症　　０４６－５５５－０１１１\n"
            "宮城 健司　　H２２．７．９　　腎硬化症　　０４６－５５５－０１１２\n"
            "古川 美奈　　H２５．１．１７　　ＩｇＡ腎症　　０４６－５５５－０１１３\n" + SIG)
    v = judge_mail(make_mail(to=["jimukyoku@kanja-example.or.jp"], body=body))
    assert "DATE_OF_BIRTH" not in verdict_types(v)
