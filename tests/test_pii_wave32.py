"""From a thirty-second blind wave (issue 9), written afresh here: a list of people's
conditions under a paragraph that names someone else, an epidemic's weekly counts, a
product's faults under 症状, shops named in English capitals."""

from extractkit import docx
from mailfactory import examples_of, judge_mail, make_mail, verdict_types

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n深町 涼子\n株式会社エグザンプル 学生課\nTEL 03-5555-0190\n"



def test_a_list_of_absences_with_conditions_is_held_though_someone_else_is_named():
    body = ("教務各位\n（Cc：実習先病院 感染対策室 鳴海様）\n\n"
            "実習中の欠席状況です。鳴海様にもご確認をお願いしています。\n"
            "・筒井 沙耶　11/4～11/6　インフルエンザA型\n"
            "・梶谷 玲奈　11/5　片頭痛\n"
            "・富永 葵　11/6～11/8　感染性胃腸炎\n"
            "・杉崎 萌　11/7　気管支喘息で受診\n" + JSIG)
    v = judge_mail(make_mail(to=["kyomu@example.co.jp"], cc=["narumi@hospital-example.jp"],
                             body=body))
    assert v.action >= Action.HOLD
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_an_epidemics_weekly_counts_are_nobodys_health():
    body = ("保健所 保健予防課 御中\n\n感染管理室の真鍋です。第47週の定点報告です。\n"
            "　インフルエンザ　　　　　　　 41\n　新型コロナウイルス感染症　　 9\n"
            "　感染性胃腸炎　　　　　　　　 7\n"
            "前週比でインフルエンザが増加傾向です。\n真鍋 彩（内線2450）\n")
    v = judge_mail(make_mail(to=["hoken@city-example.lg.jp"], body=body))
    assert v.action < Action.DELAY
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)


def test_a_products_faults_under_symptoms_are_no_ones_health():
    header = ["No", "氏名", "住所", "電話番号", "症状"]
    rows = [["1", "堤 康介", "東京都杉並区荻窪2-3-4", "090-1123-4471", "電源入らず"],
            ["2", "八田 美穂", "大阪府吹田市江坂町1-5-8", "080-2251-9904", "Bluetooth接続不可"],
            ["3", "鶴見 大地", "福岡県福岡市南区大橋3-1-2", "070-3328-1170", "表示欠け"],
            ["4", "戸川 瞳", "愛知県岡崎市康生町4-2-9", "090-5512-6683", "湿度が常に99%"],
            ["5", "内村 航", "宮城県仙台市若林区連坊1-9-3", "080-7719-2205", "充電できない"]]
    doc = docx(["初期不良 交換対象者一覧"], table=[header, *rows])
    v = judge_mail(make_mail(to=["support@maker-example.co.jp"], body="一覧を送ります。\n",
                             attachments=[("交換対象.docx", doc, "application/vnd."
                                           "openxmlformats-officedocument.wordprocessingml."
                                           "document")]))
    assert v.action >= Action.HOLD  # a list of people all the same
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)


def test_shops_named_in_english_capitals_are_businesses():
    body = ("ご担当 様\n\n取扱店舗が確定しました。\n"
            "・DESIGN STORE KAEDE 名古屋　愛知県名古屋市中区栄3-15-2 2F　052-261-0844\n"
            "・HOSHIZORA HOME 札幌　北海道札幌市中央区南一条西4-8　011-222-6150\n"
            "・NORTH MARKET 仙台　宮城県仙台市青葉区一番町2-1-1　022-211-5541\n" + JSIG)
    v = judge_mail(make_mail(to=["info@design-example.co.jp"], body=body))
    assert v.action < Action.WARN


def test_romaji_names_in_a_column_after_an_order_number_are_found():
    rows = [("#204417", "Megan Price", "+1 503-555-0142", "mprice77@outlook.com"),
            ("#381902", "Julien Petit", "+33 4 72 55 01 83", "jpetit@icloud.com"),
            ("#550318", "Anna Becker", "+49 30 5557 2210", "abecker41@yahoo.com")]
    body = ("Hi Kevin,\nOverseas backers for batch 3:\n"
            + "\n".join(f"{i + 1}. {o} | {n} | {t} | {m}" for i, (o, n, t, m) in enumerate(rows))
            + "\nBest regards,\nLisa\n")
    v = judge_mail(make_mail(to=["ops@forwarder-example.com"], body=body))
    assert sorted(set(examples_of(v, "PERSON_NAME"))) == ["A*** ******", "J***** *****",
                                                          "M**** *****"]


def test_bullets_of_members_with_a_member_number_and_a_phone_sign_are_records():
    people = [("能登 智子", "１０４４６３６０", "０９０－４８１２－４０５７"),
              ("新井 友美", "２１１５２９５４", "０９０－５２４７－９４６２"),
              ("鈴木 恵", "１４４８２０２１", "０８０－８０６５－８１４０"),
              ("石川 真由美", "１４９２３９０３", "０８０－２８０５－２２１３"),
              ("興梠 彩", "１２５８４２６８", "０７０－４５８６－４３１１")]
    body = ("受付ご担当者様\n\nご招待する会員様です。関係者受付でのお名前照合をお願いします。\n"
            + "\n".join(f"・{n}様（会員番号{m}）　℡{t}" for n, m, t in people) + "\n" + JSIG)
    v = judge_mail(make_mail(to=["uketsuke@stadium-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert {"PERSON_NAME", "PHONE_NUMBER"} <= verdict_types(v)


def test_a_hyphenated_romaji_name_with_its_reading_is_a_name():
    body = ("法人旅行課 村井様\n\n当選者の旅券情報です。\n"
            "　代表者：CHOI JI-WOO（チェ ジウ）様\n　生年月日：1993年2月14日\n"
            "　旅券番号：TR4418820\n" + JSIG)
    v = judge_mail(make_mail(to=["houjin@travel-example.co.jp"], body=body))
    assert "PERSON_NAME" in verdict_types(v)
