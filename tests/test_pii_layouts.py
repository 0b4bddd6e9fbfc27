"""Lists as people lay them out in mail, judged through the real path (issue 9, classes
1, 2 and 4): columns padded with spaces under a header and a rule, rows with no name
column, business directories that are not people, special-care data in a column or in
prose.  Every example here is written for this file."""

import json

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.detect.tables import text_tables
from mailguard.policy.verdict import Action

TO = ["kikaku@insatsu-partner.jp"]
GREETING = "株式会社ミナト印刷\n発送ご担当 様\n\nいつもお世話になっております。\n\n"
SIG = "\n\n--\n日高 恭子\n株式会社エグザンプル 販促課\nTEL 03-5555-0101\n"


def _entity_types(v) -> set[str]:
    return {e.type for f in v.findings for e in f.entities}


def test_a_space_padded_customer_list_with_full_width_padding_is_held():
    rows = [
        ("松任谷　誠", "マツトウヤ　マコト", "042-321-5566", "mako.matsu@gmail.com"),
        ("古賀　里美", "コガ　サトミ", "０９２－４４１－７７８０", "koga-satomi@yahoo.co.jp"),
        ("羽田野　蓮", "ハタノ　レン", "048-882-1203", "ren.hatano@icloud.com"),
        ("真鍋　千夏", "マナベ　チナツ", "0263-35-8841", "chinatsu_m@outlook.jp"),
        ("榊原　丈", "サカキバラ　ジョウ", "011-612-4410", "joe.sakaki@gmail.com"),
        ("宇佐美　和", "ウサミ　ノドカ", "075-761-3329", "nodoka.usami@docomo.ne.jp"),
    ]
    lines = ["お名前　　　　　フリガナ　　　　　　　ご自宅電話　　　　　　メール",
             "－" * 40]
    for r in rows:
        lines.append(f"{r[0]}　　　{r[1]}　　　{r[2]}　　　{r[3]}")
    body = GREETING + "DM発送先の一覧です。\n\n" + "\n".join(lines) + SIG
    v = judge_mail(make_mail(to=TO, body=body))
    assert v.action == Action.HOLD
    assert "personal-data-list" in rules_fired(v)
    f = next(f for f in v.findings if f.rule == "personal-data-list")
    assert "6" in f.message
    out = json.dumps(v.to_json(), ensure_ascii=False)
    assert "mako.matsu@gmail.com" not in out and "011-612-4410" not in out


def test_an_ascii_padded_transfer_list_with_bank_accounts_is_held():
    header = "No  社員名        銀行       支店       種別  口座番号   口座名義"
    rule = "--  ----------  ---------  ---------  ----  --------  ------------"
    data = [
        ("1", "大和田 剛", "みずなら銀行", "梅田支店", "普通", "3019284", "オオワダ ツヨシ"),
        ("2", "桐生 遥香", "しらかば信金", "本町支店", "普通", "0048812", "キリュウ ハルカ"),
        ("3", "国分 陸", "みずなら銀行", "難波支店", "普通", "7712009", "コクブ リク"),
        ("4", "千代 彩", "ひばり銀行", "天王寺支店", "当座", "2290471", "チヨ アヤ"),
        ("5", "五味 大地", "しらかば信金", "堺支店", "普通", "5503316", "ゴミ ダイチ"),
    ]
    lines = [header, rule]
    for d in data:
        lines.append(f"{d[0]:<4}{d[1]:<10}{d[2]:<8}{d[3]:<8}{d[4]:<4}{d[5]:<10}{d[6]}")
    body = GREETING + "今月の振込依頼です。\n\n" + "\n".join(lines) + SIG
    v = judge_mail(make_mail(to=TO, body=body))
    assert v.action == Action.HOLD
    assert "JP_BANK_ACCOUNT" in _entity_types(v)
    out = json.dumps(v.to_json(), ensure_ascii=False)
    assert "3019284" not in out and "2290471" not in out


def test_wareki_birth_dates_in_full_width_are_read_in_a_column():
    header = "従業員氏名　　　生年月日　　　　住所"
    people = [("栗田　研", "Ｈ２．１１．３", "神奈川県藤沢市鵠沼海岸２－３－１"),
              ("芦田　菜摘", "Ｓ５８．４．２", "千葉県船橋市本町４－１１－６"),
              ("平賀　周", "平成元年１月２０日", "埼玉県川口市栄町１－８")]
    lines = [header] + [f"{n}　　　{d}　　　{a}" for n, d, a in people]
    tables = text_tables("\n".join(lines))
    assert len(tables) == 1 and len(tables[0].rows) == 3
    body = GREETING + "\n".join(lines) + SIG
    v = judge_mail(make_mail(to=TO, body=body))
    assert "DATE_OF_BIRTH" in _entity_types(v)
    assert v.action >= Action.WARN


def test_rows_without_a_name_column_still_count_as_people():
    lines = ["受付番号   携帯電話        メールアドレス"]
    for i, (tel, mail) in enumerate([
            ("090-3311-2045", "aoi.k77@gmail.com"), ("080-4410-9921", "tsubomi@yahoo.co.jp"),
            ("070-2284-1190", "kenta.h@icloud.com"), ("090-7719-0036", "m-ono@ezweb.ne.jp"),
            ("080-1207-6654", "hiro.s@outlook.jp"), ("090-5561-2278", "y.mori@gmail.com")]):
        lines.append(f"R-{1040 + i}     {tel}   {mail}")
    body = GREETING + "キャンペーン応募者の連絡先です。\n\n" + "\n".join(lines) + SIG
    v = judge_mail(make_mail(to=TO, body=body))
    assert v.action == Action.HOLD
    assert "personal-data-list" in rules_fired(v)


def test_a_branch_directory_is_not_a_list_of_people():
    lines = ["店舗名            電話番号          住所"]
    shops = [("札幌大通店", "011-200-1111", "北海道札幌市中央区大通西3-1"),
             ("仙台駅前店", "022-200-2222", "宮城県仙台市青葉区中央1-2"),
             ("新宿南口店", "03-5300-3333", "東京都渋谷区代々木2-4"),
             ("名古屋栄店", "052-200-4444", "愛知県名古屋市中区栄3-5"),
             ("梅田茶屋町店", "06-6300-5555", "大阪府大阪市北区茶屋町1-6"),
             ("博多駅東店", "092-400-6666", "福岡県福岡市博多区博多駅東2-7")]
    for s in shops:
        lines.append(f"{s[0]:<10}{s[1]:<16}{s[2]}")
    body = GREETING + "取扱店舗の一覧をお送りします。\n\n" + "\n".join(lines) + SIG
    v = judge_mail(make_mail(to=TO, body=body))
    assert v.action < Action.DELAY, rules_fired(v)


def test_a_roster_with_a_considerations_column_sent_to_a_hotel_is_held():
    rows = ["氏名\t部署\t配慮事項",
            "三宅 拓海\t製造部\t糖尿病のため食事制限あり",
            "岡部 紗希\t総務部\t特になし",
            "アフマド・カリム\t技術部\tハラール対応の食事を希望",
            "西條 雄一\t営業部\t車いすを使用"]
    body = ("さくら温泉ホテル\n宴会ご担当様\n\n"
            "社員旅行の参加者について、ご配慮いただきたい点をお送りします。\n\n"
            + "\n".join(rows) + SIG)
    v = judge_mail(make_mail(to=["banquet@onsen-hotel.jp"], body=body))
    assert v.action == Action.HOLD
    assert "sensitive-personal-data" in rules_fired(v)
    out = json.dumps(v.to_json(), ensure_ascii=False)
    assert "糖尿病" not in out and "三宅" not in out


def test_a_colleague_s_diagnosis_in_prose_is_held():
    body = ("株式会社ユニオン人材\n派遣ご担当　浜口様\n\nお世話になっております。\n\n"
            "派遣いただいている牧野さんですが、先週からうつ病の診断で通院されており、"
            "今月いっぱいはお休みとなります。\n" + SIG)
    v = judge_mail(make_mail(to=["hamaguchi@union-jinzai.jp"], body=body))
    assert v.action == Action.HOLD
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_system_outage_mentioning_failure_words_is_not_special_care_data():
    body = ("各位\n\n昨夜のサーバー障害について、原因はディスクの故障でした。"
            "担当の小田さんが復旧作業を行い、現在は正常に稼働しています。\n" + SIG)
    v = judge_mail(make_mail(to=["ops@vendor-example.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)
    assert v.action < Action.DELAY


def test_an_english_list_of_people_with_romaji_names_and_mobiles_abroad_is_held():
    people = [("Olivia Grant", "+44 7911 123 456", "o.grant@harbourline.co.uk"),
              ("Mateo Ruiz", "+34 612 345 678", "mateo.ruiz@solmar-inv.es"),
              ("Ingrid Holm", "+47 412 34 567", "ingrid.holm@fjordcap.no"),
              ("Kenta ARAI", "+81 90-3321-7764", "kenta.arai@tsurumi-am.jp"),
              ("Chloe Martin", "+33 6 12 34 56 78", "chloe.martin@lyonpart.fr")]
    lines = [f"{i}. {n} - mobile {p} - {m}" for i, (n, p, m) in enumerate(people, 1)]
    body = "Dear Ms. Lee,\n\nHere are the attendees for the dinner:\n\n" + "\n".join(lines) \
        + "\n\nBest regards,\nHaruka\n"
    v = judge_mail(make_mail(to=["lee@events-agency.sg"], body=body))
    assert v.action == Action.HOLD
    assert "personal-data-list" in rules_fired(v)
    assert {"PERSON_NAME", "PHONE_NUMBER"} <= _entity_types(v)


def test_a_passport_table_with_english_dates_of_birth_reports_the_whole_record():
    lines = ["No.  Name (as in passport)   Date of Birth   Passport No.",
             "1    OKABE SHIORI             03-FEB-1990     TK1234567",
             "2    MIYAKE JUN               17-AUG-1985     TR7654321",
             "3    KUDO AOI                 29-NOV-1993     TZ2468013"]
    body = "ご担当者様\n\n渡航者の情報です。\n\n" + "\n".join(lines) + SIG
    v = judge_mail(make_mail(to=["desk@travel-partner.jp"], body=body))
    assert v.action == Action.HOLD
    assert {"JP_PASSPORT", "DATE_OF_BIRTH", "PERSON_NAME"} <= _entity_types(v)
    out = json.dumps(v.to_json(), ensure_ascii=False)
    assert "1990" not in out and "OKABE" not in out


def test_a_roster_of_names_and_staff_numbers_is_a_list_of_people():
    rows = [("K10231", "佐久間 蒼", "総務部"), ("K10877", "宮地 花音", "営業部"),
            ("K11002", "関口 湊", "経理部"), ("K11234", "福士 芽衣", "製造部"),
            ("K11590", "大槻 陸斗", "物流部"), ("K11603", "吉永 杏", "品質部")]
    text = "社員番号\t氏名\t所属\n" + "\n".join("\t".join(r) for r in rows)
    body = "警備保障ご担当者様\n\n入館証の発行対象者です。\n\n" + text + SIG
    v = judge_mail(make_mail(to=["card@security-partner.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_the_kana_holder_after_an_account_number_is_a_name():
    body = ("社労士事務所 御中\n\n振込先は以下のとおりです。\n\n"
            "ことぶき銀行 本町支店 普通 4412093 ハセベ ミナミ\n" + SIG)
    v = judge_mail(make_mail(to=["office@sr-partner.jp"], body=body))
    assert {"JP_BANK_ACCOUNT", "PERSON_NAME"} <= _entity_types(v)


def test_a_headerless_list_of_stress_check_results_is_special_care_data():
    rows = ["野中 翼\t製造部\t高ストレス（A領域 88）", "島袋 葵\t営業部\t高ストレス（B領域 40）",
            "宇野 健\t物流部\t高ストレス（C領域 21）"]
    body = "EAP ご担当者様\n\n面接指導の対象者です。\n\n" + "\n".join(rows) + SIG
    v = judge_mail(make_mail(to=["intake@eap-partner.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def _pdf_roster(rows: list[tuple[str, ...]]) -> bytes:
    """A roster drawn cell by cell, tightly, as report tools print them."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("HeiseiKakuGo-W5", 8)
    xs = (40, 95, 150, 230)
    y = 780
    for row in rows:
        for x, cell in zip(xs, row, strict=True):
            c.drawString(x, y, cell)
        y -= 12
    c.save()
    return buf.getvalue()


def test_a_roster_in_a_pdf_whose_cells_touch_is_read_by_rows():
    rows = [("氏名", "携帯電話", "住所", "備考")] + [
        (n, f"080-55{k}1-20{k}3", f"福岡県福岡市中央区天神{k + 1}-{k + 2}-{k + 3}", "当選")
        for k, n in enumerate(["溝口 蓮", "米田 栞", "古川 湊", "楠本 凛", "柴崎 陽", "根岸 光"])]
    raw = make_mail(to=TO, body=GREETING + "当選者の一覧を添付します。" + SIG,
                    attachments=[("当選者.pdf", _pdf_roster(rows), "application/pdf")])
    v = judge_mail(raw)
    assert v.action == Action.HOLD
    f = next(f for f in v.findings if f.rule == "personal-data-list")
    assert f.where == "attachment:当選者.pdf"
    assert {"PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"} <= _entity_types(v)


def test_an_html_only_mail_with_a_roster_table_is_held_like_its_text_version():
    rows = "".join(f"<tr><td>{n}</td><td>090-7{k}00-31{k}5</td><td>{m}</td></tr>"
                   for k, (n, m) in enumerate([("今村 葵", "aoi.i@gmail.com"),
                                               ("大塚 湊", "minato.o@yahoo.co.jp"),
                                               ("小倉 結", "yui.ogura@icloud.com"),
                                               ("堀 陸斗", "rikuto.h@outlook.jp"),
                                               ("三浦 杏", "an.miura@gmail.com")]))
    html = ("<html><body><p>ご担当者様</p><p>参加者の連絡先です。</p><table>"
            "<tr><th>お名前</th><th>携帯</th><th>メール</th></tr>" + rows
            + "</table></body></html>")
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "taro@example.co.jp"
    msg["To"] = TO[0]
    msg["Subject"] = "参加者"
    msg.set_content(html, subtype="html")
    v = judge_mail(msg.as_bytes())
    assert "personal-data-list" in rules_fired(v)


def test_one_person_s_profile_over_several_lines_is_one_record_not_a_list():
    body = ("社労士事務所 御中\n\n新入社員の情報です。\n\n氏名：早瀬 一真\n携帯：090-3381-0472\n"
            "生年月日：1998年5月14日\nメール：kazuma.hayase@gmail.com\n"
            "住所：千葉県柏市豊四季123-4\n口座：さくら銀行 柏支店 普通 1234567\n" + SIG)
    v = judge_mail(make_mail(to=["office@sr-partner.jp"], body=body))
    assert "personal-data-list" not in rules_fired(v)
    assert "personal-record" in rules_fired(v)


def test_a_birth_date_column_described_in_a_sentence_makes_the_dates_birth_dates():
    rows = "\n".join(f"{7000 + k}　{n}　{d}　{u}口" for k, (n, d, u) in enumerate([
        ("矢口 聡", "1981.6.2", 3), ("上条 舞", "1990.12.24", 5), ("森下 航", "1985.3.9", 2),
        ("芹沢 唯", "1977.8.30", 10), ("日向 翔", "1994.1.15", 4)]))
    body = ("持株会センター ご担当者様\n\n変更者の一覧です（社員番号／氏名／生年月日／口数）。\n\n"
            + rows + "\n" + SIG)
    v = judge_mail(make_mail(to=["center@securities-partner.jp"], body=body))
    assert "DATE_OF_BIRTH" in _entity_types(v)
    assert "personal-data-list" in rules_fired(v)


def test_a_member_number_table_of_addresses_is_a_list_of_people():
    rows = [["株主番号", "住所", "電話番号"]] + [
        [str(50010 + k), f"東京都杉並区荻窪{k + 1}-2-3", f"03-33{k}1-45{k}7"] for k in range(6)]
    text = "\n".join("\t".join(r) for r in rows)
    body = "印刷ご担当者様\n\n宛名データの更新分です。\n\n" + text + SIG
    v = judge_mail(make_mail(to=["data@print-partner.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_a_list_of_the_company_s_own_bank_accounts_is_not_a_list_of_people():
    accounts = [("さくら銀行", "本店営業部", "当座", "0481526"),
                ("さくら銀行", "本店営業部", "普通", "1275530"),
                ("ひばり銀行", "新宿西口支店", "普通", "2094471"),
                ("あおば信金", "本店", "定期", "8812004")]
    lines = ["　金融機関　　　　支店　　　　種目　　口座番号"] + [
        f"　{b}　　　　{s}　　　　{t}　　{n}" for b, s, t, n in accounts]
    body = ("監査法人 ご担当者様\n\n残高確認状の対象口座（すべて当社名義）です。\n\n"
            + "\n".join(lines) + SIG)
    v = judge_mail(make_mail(to=["audit@audit-partner.jp"], body=body))
    assert v.action < Action.DELAY, rules_fired(v)


def test_a_name_with_its_reading_before_the_honorific_ties_a_condition_to_it():
    body = ("北条様\n\nお世話になっております。\n\n弊社の作業員、鬼頭（きとう）さんですが、"
            "ぜんそくの持病があるため粉じん作業からは外していただけますでしょうか。\n" + SIG)
    v = judge_mail(make_mail(to=["site@builder-partner.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_cards_of_people_in_romaji_with_english_dates_and_addresses_are_a_list():
    cards = [("NAKAGAWA Emi", "1979-05-21", "3-1-8 Jingumae, Shibuya-ku, Tokyo 150-0001",
              "090-2210-4471"),
             ("Ryota Hoshino", "02 Mar 1986", "4-12-3 Kichijoji-honcho, Musashino-shi, Tokyo",
              "080-6615-2093"),
             ("TAKEDA Saki", "11/24/1992", "1-2-9 Tenjin, Chuo-ku, Fukuoka 810-0001",
              "070-3381-5527"),
             ("Yuji Kamiya", "30 Sep 1975", "5-6-7 Sakae, Naka-ku, Nagoya 460-0008",
              "090-7734-1180"),
             ("OKADA Hina", "1994/08/02", "2-3-4 Umeda, Kita-ku, Osaka 530-0001",
              "080-1127-6630")]
    blocks = [f"[{i}] {n}\n    DOB: {d}\n    Addr: {a}\n    Tel: {t}"
              for i, (n, d, a, t) in enumerate(cards, 1)]
    body = "Dear recruiting team,\n\nThe five candidates:\n\n" + "\n\n".join(blocks) \
        + "\n\nBest regards,\nHaruka\n"
    v = judge_mail(make_mail(to=["recruit@research-partner.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)
    assert {"DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"} <= _entity_types(v)
    out = json.dumps(v.to_json(), ensure_ascii=False)
    assert "Jingumae" not in out and "1979-05-21" not in out


def test_counts_of_residents_by_condition_are_no_one_s_special_care_data():
    body = ("市 介護保険課 ご担当者様\n\n上半期の集計です。個人が特定される情報は含みません。\n\n"
            "入居者数 48名（うち車いす 9名）\n要介護3：12名／要介護4：10名\n"
            "転倒 3件（うち骨折 1件）\n\n"
            "当日の連絡先：担当 小松 直人 携帯 090-3312-7781\n" + SIG)
    v = judge_mail(make_mail(to=["kaigo@city-partner.lg.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)
    assert v.action < Action.DELAY


def test_a_short_mail_that_names_its_sender_on_top_is_not_all_signature():
    body = ("湊屋旅館 御中\nお世話になっております。日の出産業の山田です。\n"
            "予約保証用のカード情報です。\n"
            "ご宿泊者\t江藤 真央 様\nご連絡先\t090-7712-3345\nカード番号\t4111-1111-1111-1111\n"
            "有効期限\t11/28\nよろしくお願いいたします。\n山田 太郎（日の出産業 総務部）")
    v = judge_mail(make_mail(to=["yoyaku@ryokan-partner.jp"], body=body))
    assert "credit-card-number" in rules_fired(v)


def test_a_long_list_of_cards_whose_names_stand_alone_is_held():
    """More cards than the analyser is asked about per part: the first cards' name lines
    are still read (the lines with fields do not use up the whole allowance)."""
    surnames = ["森川", "戸田", "柳沢", "白石", "久保", "市川", "永井", "沖田", "仁科", "門脇"]
    given = ["颯太", "結菜", "蒼", "凛", "湊", "澪", "律", "紬"]
    cards = [f"{surnames[k % 10]} {given[k % 8]}\n生年月日：{1960 + k % 40}年{k % 12 + 1}月"
             f"{k % 28 + 1}日" for k in range(600)]
    body = "ご担当者様\n\n対象者の一覧です。\n\n" + "\n\n".join(cards) + SIG
    v = judge_mail(make_mail(to=TO, body=body))
    assert "personal-data-list" in rules_fired(v)
    assert {"PERSON_NAME", "DATE_OF_BIRTH"} <= _entity_types(v)


def test_a_diagnosis_named_by_its_ending_is_special_care_data_of_the_named_person():
    # no list holds every disease: 十二指腸潰瘍, 慢性腎不全 and 甲状腺腫瘍 are read by their ends
    for diagnosis in ("十二指腸潰瘍", "慢性腎不全", "甲状腺腫瘍", "虫垂炎"):
        body = (GREETING + f"営業二課の芦原 貴之さんですが、{diagnosis}のため来週から"
                "二週間ほど出張を控えさせていただきます。\n" + SIG)
        v = judge_mail(make_mail(to=TO, body=body))
        assert "sensitive-personal-data" in rules_fired(v), diagnosis
        assert "SENSITIVE_CATEGORY" in _entity_types(v)


def test_words_that_only_end_like_a_disease_are_not_health_data():
    body = (GREETING + "営業二課の芦原 貴之さんが、炎天下の現場でも皆がんばっております。"
            "病院向けの新製品と、症状別の説明資料、機能不全に陥った旧システムの件は"
            "来週ご説明します。\n" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert "sensitive-personal-data" not in rules_fired(v)
    assert v.action < Action.HOLD


def test_a_surname_with_the_given_name_in_brackets_is_a_person():
    body = (GREETING + "派遣いただいている比嘉（陽菜）さんですが、妊娠中のため"
            "重量物の運搬は外していただくようお願いいたします。\n" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert "PERSON_NAME" in _entity_types(v)


def test_a_foreign_name_of_three_parts_under_a_label_is_the_card_holder_s_name():
    body = (GREETING + "在留資格の件でご相談です。\n\n"
            "　申請者：ファム・ティ・ラン（PHAM THI LAN）\n"
            "　在留カード番号：EF20481937GH\n　生年月日：1997年3月9日\n" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert v.action == Action.HOLD
    assert {"PERSON_NAME", "JP_RESIDENCE_CARD"} <= _entity_types(v)


def test_a_name_with_its_reading_in_brackets_is_a_person_s_name():
    body = (GREETING + "出向者の保険証情報です。\n\n・百目鬼 剛（どうめき つよし）\n"
            "　記号　７７０２　番号　４１\n　生年月日　昭和６２年１月２０日\n" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert "PERSON_NAME" in _entity_types(v)
    # a product with its kinds in brackets is no one's name
    body = (GREETING + "直近3か月に麦茶（ペットボトル・ティーバッグ）を購入した方、"
            "既往歴や服薬の有無は聞かないでください。\n" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert "PERSON_NAME" not in _entity_types(v) and v.action < Action.HOLD


def test_birth_dates_with_one_kanji_eras_and_a_birth_suffix_are_read():
    lines = ["社員番号\t氏名\t生年月日\t続柄",
             "T1180\t五百旗頭 進\t昭49/02/11\t本人",
             "T1181\t五百旗頭 茜\t平03/12/05\t配偶者"]
    body = GREETING + "加入者の一覧です。\n\n" + "\n".join(lines) + "\n\n" + (
        "・五百旗頭 湊　長男　R4.6.30生\n") + SIG
    v = judge_mail(make_mail(to=TO, body=body))
    f = next(f for f in v.findings if any(e.type == "DATE_OF_BIRTH" for e in f.entities))
    dob = next(e for e in f.entities if e.type == "DATE_OF_BIRTH")
    assert dob.count == 3
    # 先生 and 発生 after a number are no birth dates
    body = GREETING + "第3回の研修で講師の3名の先生から、事故が12件発生と報告がありました。\n" + SIG
    assert "DATE_OF_BIRTH" not in _entity_types(judge_mail(make_mail(to=TO, body=body)))


def test_having_been_a_victim_written_with_latin_capitals_is_special_care_data():
    body = (GREETING + "来月の転居の件です（社員 真栄田 しおり）。本人はストーカーとDV被害により"
            "接近禁止命令が出ています。新住所は作業票に書かないでください。\n" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_list_of_people_without_names_ties_a_condition_to_its_row():
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["社員番号", "所属", "年代", "自由記述"])
    ws.append(["A2041", "総務部", "40代", "特にありません"])
    ws.append(["A3310", "製造部", "30代", "双極性障害で通院しており夜勤を外してもらっています"])
    ws.append(["A1187", "営業部", "50代", "評価面談の回数を増やしてほしい"])
    buf = io.BytesIO()
    wb.save(buf)
    xlsx = ("回答.xlsx", buf.getvalue(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    v = judge_mail(make_mail(to=TO, body=GREETING + "回答データです。\n" + SIG,
                             attachments=[xlsx]))
    assert "sensitive-personal-data" in rules_fired(v)
    assert v.action == Action.HOLD


def test_a_corporate_number_read_from_a_column_is_masked_like_one_in_text():
    csv = ("業者名,法人番号,所在地\r\n"
           "株式会社みなと運送,6512002819946,大阪市北区\r\n").encode("cp932")
    v = judge_mail(make_mail(to=TO, body=GREETING + "委託先一覧です。\n" + SIG,
                             attachments=[("委託先.csv", csv, "text/csv")]))
    examples = [x for f in v.findings for e in f.entities for x in e.examples
                if e.type == "JP_CORPORATE_NUMBER"]
    assert examples and all("6512002819946" not in x for x in examples)


def test_a_colleague_s_work_contact_handed_on_to_a_partner_is_no_personal_record():
    body = (GREETING + "4月より担当が替わります。後任は営業二課の熊谷 晴美さんです。\n"
            "直通 03-5555-0142 / 携帯 080-4411-2093 / kumagai.h@example.co.jp\n" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert "personal-record" not in rules_fired(v)
    # the same person's private mailbox and home are her own data
    body = (GREETING + "熊谷 晴美さんの緊急連絡先です。\n"
            "携帯 080-4411-2093 / haru.kuma@gmail.com\n" + SIG)
    assert "personal-record" in rules_fired(judge_mail(make_mail(to=TO, body=body)))


def test_a_signature_followed_by_a_disclaimer_is_still_the_sender_s_own():
    body = ("Hi Emma,\n\nThe summary deck is attached.\n\nBest regards,\n\n"
            "Akari Fujimoto\nProcurement, Example Co., Ltd.\n"
            "1-4-2 Shiba, Minato-ku, Tokyo 105-0014, Japan\nTel: +81-3-5555-0188\n"
            "fujimoto.a@example.co.jp\n\n"
            "This e-mail may contain confidential information. If you are not the intended "
            "recipient, please notify the sender and delete it.\n")
    v = judge_mail(make_mail(to=["emma@partner-uk.example"], body=body,
                             sender="fujimoto.a@example.co.jp"))
    assert "personal-record" not in rules_fired(v)
