"""From the sixty-fourth blind wave (issue 9), written afresh here: ordinary mail near the
line (a marking said not to be needed, an anonymised incident, an accident's damage, an
equipment register's Showa dates, a salutation name with a kana joiner, what a vaccine
prevents) and two misses (a romaji name in a Japanese sentence, a "licence" label)."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

SIG = "\n\n--\n梅田 直子\n株式会社エグザンプル 総務部\nTEL 03-5555-0640\n"


def test_a_marking_said_not_to_be_needed_is_no_marking():
    body = ("福永様\n\n今回の見積書は特に極秘扱いにする必要はない資料ですので、"
            "PDFで複数部お送りいただいて問題ありません。\n" + SIG)
    v = judge_mail(make_mail(to=["fukunaga@agency-example.co.jp"], body=body))
    assert "confidential-marking-external" not in rules_fired(v)


def test_an_incident_told_of_an_anonymised_employee_names_no_one():
    body = ("ご担当者様\n\nそばアレルギーの誤配膳（ヒヤリハット）の報告です。\n"
            "そば抜きを申請している社員（30代・匿名）に通常の定食を配膳しました。\n"
            "本人が食べる前に気づき交換、健康被害はありませんでした。\n" + SIG)
    v = judge_mail(make_mail(to=["eigyo@catering-example.co.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_an_accidents_damage_is_no_crime_victims():
    body = ("損害サービス課 ご担当者様\n\n排気ダクト破損による塗料飛散の件で、被害に遭われた方の"
            "情報をお送りします。\n\n　氏名：真柴 トキ 様\n　住所：群馬県太田市新田町440-7\n"
            "　電話：0276-52-8812\n" + SIG)
    v = judge_mail(make_mail(to=["songai@insurer-example.co.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)
    assert v.action < Action.DELAY


def test_a_burglarys_victim_is_still_a_crime_victim():
    body = ("ご担当者様\n\n社宅の入居者 真柴 トキ 様が空き巣の被害に遭われ、"
            "警察に被害届を出されています。\n" + SIG)
    v = judge_mail(make_mail(to=["kanri@realty-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_showa_dates_of_an_equipment_register_are_no_birth_dates():
    rows = "\n".join(f"{n}　　{d1}　　{d2}" for n, d1, d2 in [
        ("ボイラー（2t）No.1", "昭和59年5月7日", "昭和59年4月2日"),
        ("ボイラー（2t）No.2", "昭和61年8月20日", "昭和61年7月1日"),
        ("冷却塔", "S63.3.14", "S63.2.1"), ("排水処理槽", "H4.10.9", "H4.9.18"),
        ("乾燥炉", "昭和55年11月3日", "昭和55年10月1日"), ("集じん機", "H9.6.2", "H9.5.12")])
    body = ("先生\n\n届出の棚卸しです。\n\n設備名　　　　設置年月日　　届出日\n" + rows + SIG)
    v = judge_mail(make_mail(to=["office@gyosei-example.jp"], body=body))
    assert "DATE_OF_BIRTH" not in {e.type for f in v.findings for e in f.entities}
    assert v.action < Action.DELAY


def test_a_salutation_name_with_a_kana_joiner_is_the_addressee():
    body = ("一ノ瀬様\n\nお世話になっております。\n健康診断結果の取込フォーマットをお送りします。\n"
            + SIG)
    v = judge_mail(make_mail(to=["ichinose.k@hotel-example.jp"],
                             subject="健康診断結果 取込フォーマット（定義書）", body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_what_a_vaccine_prevents_is_no_diagnosis():
    body = ("杉浦 美和 様\n\nはじめまして。人事部です。"
            "ご主人の智也さんからのご依頼でご連絡しました。\n"
            "会社で手配するもの：予防接種の費用（B型肝炎・狂犬病ほか）、航空券\n" + SIG)
    v = judge_mail(make_mail(to=["miwa.sugiura.88@gmail.com"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_romaji_name_in_a_japanese_sentence_beside_an_arrest():
    body = ("先生\n\n至急ご相談です。\n現地法人の工場長 Somchai Prasert（社員番号 TH0112）が、"
            "先週末に傷害の疑いで現地警察に逮捕されました。\n" + SIG)
    v = judge_mail(make_mail(to=["sensei@law-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_japanese_licence_number_under_an_english_label():
    body = ("Dear admin team,\n\nMy details for the car lease:\n\n  Name     : MORI KENTA\n"
            "  Japanese licence : No. 301904412786\n\nThank you,\nKenta Mori\n")
    v = judge_mail(make_mail(to=["admin@subsidiary-example.co.th"], body=body))
    assert "identity-document-numbers" in rules_fired(v)
