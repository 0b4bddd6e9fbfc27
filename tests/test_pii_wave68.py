"""From the sixty-eighth blind wave (issue 9), written afresh here: a typed table whose
column names are spelt with a full-width space between their letters (氏　名), a
double-barrelled surname in capitals before 様, a course in dementia care that is nobody's
diagnosis, and a Chinese partner's list of passport numbers."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

SIG = "\n\n--\n山田 太郎\n株式会社エグザンプル\nTEL 03-5555-0682\n"


def test_a_typed_table_whose_column_names_are_spelt_apart():
    rows = [("東雲 早苗", "桜台３丁目４番１号", "０４３６－２１－３３０８", "減塩食（高血圧）"),
            ("御子柴 実", "港町１－９－２２", "０４３６－２２－７１４０", "やわらか食"),
            ("久我 ヨシ", "北浜５丁目２番８号", "０４３６－２８－５５１２", "糖尿病食"),
            ("小野寺 勲", "旭町２－１４－３", "０４３６－２５－９０６１", "普通食"),
            ("能登 すみ子", "汐入１丁目７番２０号", "０４３６－２９－４４８７", "きざみ食")]
    table = "\n".join("　　".join(r) for r in rows)
    body = ("配食センター ご担当者様\n\n新規の利用者です。\n\n"
            "氏　名　　住　所　　電話番号　　食形態\n" + "－" * 30 + "\n" + table + SIG)
    v = judge_mail(make_mail(to=["haishoku@meal-example.co.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_a_double_barrelled_surname_in_capitals_before_sama():
    people = [("Emma", "WALSH", "412 330 101"), ("Jack", "WALSH", "412 330 102"),
              ("Ava", "NGUYEN-PARK", "433 118 250"), ("Leo", "MORRIS", "401 776 019"),
              ("Ruby", "OKAFOR-LEE", "422 905 638")]
    blocks = "\n\n".join(f"【{i}】{g} {s}　様\n　携帯：+61 {m}"
                         for i, (g, s, m) in enumerate(people, 1))
    body = ("旅館 フロントご担当者様\n\nご宿泊のお客様の連絡先です。\n\n" + blocks + SIG)
    v = judge_mail(make_mail(to=["front@ryokan-example.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_a_course_in_dementia_care_is_no_diagnosis():
    body = ("研修センター ご担当者様\n\n認知症介護実践者研修の受講者の当日連絡先です。\n\n"
            "　霜月 夏美（介護職員）　090-2281-4470\n　宇佐見 翔（介護職員）　080-6613-0925\n"
            + SIG)
    v = judge_mail(make_mail(to=["kenshu@care-example.or.jp"], subject="認知症介護実践者研修の件",
                             body=body))
    assert "sensitive-personal-data" not in rules_fired(v)
    assert v.action < Action.DELAY


def test_a_chinese_list_of_passport_numbers():
    rows = [("01", "王建国", "WANG JIANGUO", "1966-03-12", "EA5512309"),
            ("02", "李秀兰", "LI XIULAN", "1969-07-21", "EA5512316"),
            ("03", "张伟", "ZHANG WEI", "1990-01-30", "EB7720451")]
    table = "\n".join("　　".join(r) for r in rows)
    body = ("签证部 各位好：\n\n请核对以下申请人名单。\n\n"
            "序号　　姓名　　拼音　　出生日期　　护照号码\n" + table + "\n\n谢谢！" + SIG)
    v = judge_mail(make_mail(to=["visa@agency-example.cn"], body=body))
    assert "identity-document-numbers" in rules_fired(v)


def test_a_list_titled_as_victims_says_it_of_every_row():
    rows = "\n".join(f"{i}\t{n}\t{b}\t{loss}" for i, (n, b, loss) in enumerate([
        ("岩渕 トシ", "1941/05/02", "1,200,000"), ("早瀬 勝男", "1946/11/19", "800,000"),
        ("水島 キヨ", "1938/02/27", "2,500,000"), ("戸塚 正義", "1944/08/08", "650,000"),
        ("相良 澄子", "1950/12/03", "1,000,000")], 1))
    body = ("弁護団 ご担当者様\n\n特殊詐欺 被害者一覧をお送りします。\n\n"
            "No\t氏名\t生年月日\t被害額（円）\n" + rows + SIG)
    v = judge_mail(make_mail(to=["bengodan@law-example.jp"], body=body))
    f = next(f for f in v.findings if f.rule == "sensitive-personal-data")
    assert {e.type for e in f.entities} >= {"SENSITIVE_CATEGORY", "PERSON_NAME"}


def test_an_english_patient_list_with_a_diagnosis_column():
    rows = "\n".join(f"{n}\t{b}\t{d}" for n, b, d in [
        ("HAYASE Kiyo", "1931-04-02", "gout"), ("MIZUNO Take", "1929-10-11", "vertigo"),
        ("SAGARA Ume", "1933-01-30", "sciatica")])
    body = ("Dear team,\n\nHere are the residents for the pilot.\n\n"
            "Name\tBorn\tDiagnoses\n" + rows + "\n\nBest regards," + SIG)
    v = judge_mail(make_mail(to=["support@vendor-example.dk"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_the_senders_own_name_beside_their_licence_number_is_reported_with_it():
    body = ("レンタカー 予約係 御中\n\n撮影用車両の予約をお願いします。\n\n"
            "運転者登録（1名）\n　氏名　　　　：山田 太郎\n　運転免許証番号：第 301920447815 号\n"
            "　有効期限　　：令和10年7月15日まで\n" + SIG)
    v = judge_mail(make_mail(to=["yoyaku@rentacar-example.jp"], body=body))
    f = next(f for f in v.findings if f.rule == "identity-document-numbers")
    assert {e.type for e in f.entities} >= {"JP_DRIVERS_LICENSE", "PERSON_NAME"}
    assert all("太郎" not in x for e in f.entities for x in e.examples)  # masked


def test_a_card_holders_name_with_a_middle_initial():
    body = ("ご予約係 御中\n\nノーショー保証のカード情報です（ご本人了承済み）。\n\n"
            "　カード名義　：DANIEL K MORROW\n　カード番号　：4539-7712-0385-6602\n" + SIG)
    v = judge_mail(make_mail(to=["yoyaku@restaurant-example.jp"], body=body))
    f = next(f for f in v.findings if f.rule == "credit-card-number")
    assert "PERSON_NAME" in {e.type for e in f.entities}
