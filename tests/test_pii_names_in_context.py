"""Names the records and special-care findings missed (issue 9, dev halves): a typed
table whose rows drift out of line with its header, kana names heading list lines
(hiragana, half-width after a legacy system's 「No.01」), and a colleague named by surname
before a title or after a role (「運転者の神谷から」, 「鷲尾常務は」) in a story of
special-care data; an office named for a term is no one's record (保護観察所の…観察官)."""

from extractkit import xlsx
from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

SIG = "\n\n--\n山田 太郎\n株式会社エグザンプル\nTEL 03-5555-0682\n"


def test_a_typed_table_whose_rows_drift_out_of_line_with_the_header():
    # the rows' dates start left of the header's 生年月日: each cell still has its column
    rows = ["１　ミカド　ハルト　　Ｈ２５．４．１９", "２　ウルマ　シオリ　Ｈ２６．１２．３",
            "３　アザミ　ケイ　　　Ｈ２５．７．２８", "４　トモエ　リク　　　Ｈ２６．２．１１",
            "５　ヨツヤ　ナギサ　Ｈ２５．９．３０", "６　カノウ　ソラ　　　Ｈ２６．５．６"]
    body = ("スポーツ保険 ご担当者様\n\n体験会の参加者です。加入をお願いします。\n\n"
            "No.　氏名（フリガナ）　　　　　　　生年月日\n" + "\n".join(rows) + SIG)
    v = judge_mail(make_mail(to=["uketsuke@hoken-example.co.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)
    assert {"PERSON_NAME", "DATE_OF_BIRTH"} <= verdict_types(v)


def test_hiragana_names_head_the_entries_of_a_list():
    entries = [("かざま　みちる", "０９０−３１２０−４４８１"),
               ("ひばり　ようこ", "０８０−２２７１−９０５３"),
               ("すずしろ　あい", "０７０−６６０２−１１７８"),
               ("みなせ　かおる", "０９０−８８３４−２０６５"),
               ("ときわ　ゆか", "０８０−４４１９−７７３０")]
    body = ("農園 予約係 ご担当者様\n\nいちご狩り親子会の参加者です。\n\n" + "\n".join(
        f"{i}．{n}（保護者）\n　　携帯：{p}" for i, (n, p) in enumerate(entries, 1)) + SIG)
    v = judge_mail(make_mail(to=["yoyaku@farm-example.jp"], body=body))
    assert "PERSON_NAME" in verdict_types(v)


def test_half_width_kana_names_after_a_legacy_entry_number():
    lines = ["No.01 ﾐﾔｺｼﾞﾏ ｱｻﾐ       S52.3.14   047-388-2150",
             "No.02 ﾎｼﾉ ﾀｶﾋﾛ          S48.10.2   048-762-3391",
             "No.03 ｲﾇｶｲ ﾚｲﾅ          S61.6.27   0480-22-6604",
             "No.04 ﾂﾂｲ ｹﾝｼﾞ          S39.1.8    049-285-1173",
             "No.05 ｵｵﾉ ﾏﾘｺ           S55.12.19  04-7123-8842"]
    body = "調査会社 ご担当者様\n\n再調査の対象者です。\n\n" + "\n".join(lines) + SIG
    v = judge_mail(make_mail(to=["chosa@research-example.co.jp"], body=body))
    assert "PERSON_NAME" in verdict_types(v)


def test_a_colleague_named_by_surname_after_a_role_in_a_health_story():
    body = ("代理店 ご担当者様\n\nお世話になっております。\n"
            "先日の追突事故の件、運転者の蓮見から事情を聞いたところ、糖尿病の持病があり、"
            "服薬を忘れていたとのことでした。補償への影響をご教示ください。" + SIG)
    v = judge_mail(make_mail(to=["jiko@agency-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)


def test_an_executive_named_by_surname_and_title_in_a_health_story():
    body = ("人材紹介会社 ご担当者様\n\n後任の件、補足いたします。\n"
            "柳瀬専務は昨年末に狭心症と診断され、現在も通院中です。" + SIG)
    v = judge_mail(make_mail(to=["agent@search-example.com"], body=body))
    assert "PERSON_NAME" in verdict_types(v)


def test_a_probation_office_and_its_officer_are_no_ones_record():
    body = ("協力雇用主会 役員各位\n\n懇親会のご案内です。\n"
            "保護観察所の岸辺観察官、更生保護施設の宮地主任にもお声がけしております。" + SIG)
    v = judge_mail(make_mail(to=["a@kensetsu-example.co.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)


def test_an_english_story_names_whom_it_befell():
    body = ("Dear Ms. Novak,\n\nI am sorry to tell you that Lukas Brandt collapsed on the "
            "platform this morning. The doctor diagnosed an epileptic seizure and he will stay "
            "in hospital for two days. Could you let his family know?\n\nRegards,\nTaro Yamada"
            + SIG)
    v = judge_mail(make_mail(to=["office@exchange-example.de"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)


def test_a_hospitals_name_before_a_verb_is_no_persons():
    body = ("Dear Ms. Novak,\n\nThe intern was taken to Minami Central Hospital, which has a "
            "ward for heat stroke patients. Eastside Medical Center was full.\n\nRegards,\n"
            "Taro Yamada" + SIG)
    v = judge_mail(make_mail(to=["office@exchange-example.de"], body=body))
    assert "PERSON_NAME" not in verdict_types(v)


def test_the_name_on_a_card_is_its_holders():
    body = ("Hi Carla,\n\nPlease charge the extra night to this card:\n\n"
            "Name on card: NAOMI KIRISHIMA\nCard: " + "4111 1111 1111 1111" + "\n"
            "Exp: 09/28\n\nThanks,\nTaro" + SIG)
    v = judge_mail(make_mail(to=["carla@guesthouse-example.com"], body=body))
    assert "credit-card-number" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)


def test_a_named_heading_does_not_hide_the_names_of_the_lines_under_it():
    body = ("行政書士法人 ご担当者様\n\n呼び寄せるご家族です。\n\n"
            "■KOWALSKI Piotr さんのご家族\n"
            "　KOWALSKA Maria　　妻　　1987年4月11日生　ポーランド\n"
            "　KOWALSKA Ewa　　　長女　2015年9月3日生　ポーランド\n"
            "■SHARMA Vikram さんのご家族\n"
            "　SHARMA Neha　　　妻　　1990年2月27日生　インド\n"
            "　SHARMA Arjun　　　長男　2018年6月30日生　インド\n"
            "　SHARMA Diya　　　長女　2021年11月8日生　インド\n" + SIG)
    v = judge_mail(make_mail(to=["visa@gyosei-example.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_the_sentence_introducing_a_list_says_what_befell_its_people():
    rows = "\n".join(f"{n}\t{b}\t{p}" for n, b, p in [
        ("生田目 ハル", "1939/04/02", "048-261-3307"),
        ("吉留 勇", "1944/10/19", "048-223-7150"),
        ("湊 カヨ", "1937/01/25", "048-254-0913"),
        ("百瀬 実", "1942/06/08", "048-282-6641"),
        ("芦原 トシ", "1940/12/14", "048-265-4482")])
    body = ("消費生活センター 相談員各位\n\n当社を名乗る訪問販売について、"
            "詐欺被害に遭われた方々のうち情報提供にご了承いただいた方です。\n\n"
            "氏名\t生年月日\t電話\n" + rows + SIG)
    v = judge_mail(make_mail(to=["sodan@center-example.lg.jp"], body=body))
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_health_check_for_those_who_missed_it_is_no_ones_condition():
    rows = "\n".join(f"{n}\t{p}" for n, p in [
        ("生田目 ハル", "090-2261-3307"), ("吉留 勇", "080-2223-7150"),
        ("湊 カヨ", "070-2254-0913"), ("百瀬 実", "090-2282-6641"), ("芦原 トシ", "080-2265-4482")])
    body = ("健診センター ご担当者様\n\n定期健康診断の未受診者の方々です。"
            "予約のご連絡をお願いします。\n\n"
            "氏名\t携帯\n" + rows + SIG)
    v = judge_mail(make_mail(to=["yoyaku@kenshin-example.jp"], body=body))
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)


def test_where_an_accident_happened_is_no_ones_address():
    body = ("損保 事故受付 御中\n\n社用車の事故をご報告します。\n\n"
            "■発生場所　静岡県浜松市中区板屋町2丁目 板屋町交差点付近\n"
            "■運転者　　桐生 大地（昭和60年3月2日生）\n"
            "　　　　　　運転免許証番号 第 4901 2233 8174 号\n" + SIG)
    v = judge_mail(make_mail(to=["jiko@sonpo-example.co.jp"], body=body))
    assert "identity-document-numbers" in rules_fired(v)
    assert "JP_ADDRESS" not in verdict_types(v)


def test_a_sole_traders_shop_address_is_the_shops():
    body = ("取引先 ご担当者様\n\n口座開設の情報です。\n\n"
            "　代表者　　：安西 亮 様\n　生年月日　：1979年8月14日\n"
            "　店舗住所　：福岡市中央区大名1-9-33 大名テラス2F\n　携帯　　　：080-6612-3304\n"
            + SIG)
    v = judge_mail(make_mail(to=["eigyo@chubo-example.co.jp"], body=body))
    assert "DATE_OF_BIRTH" in verdict_types(v)
    assert "JP_ADDRESS" not in verdict_types(v)


def test_a_nameless_table_of_registered_addresses_and_landlines_is_a_list_of_homes():
    rows = "\n".join(f"{k}\t{a}\t{p}\t{d}" for k, a, p, d in [
        ("A-12", "埼玉県所沢市緑町2-14-6", "04-2921-3370", "36,000円"),
        ("A-31", "東京都練馬区石神井町5丁目8番2号", "03-3996-1184", "24,000円"),
        ("B-07", "埼玉県入間市豊岡1-22-9 コーポ豊岡 203", "04-2962-5518", "48,000円"),
        ("B-19", "東京都清瀬市松山3-7-11", "042-493-2276", "12,000円"),
        ("C-02", "東京都東村山市本町2丁目3番15号", "042-395-8841", "36,000円")])
    body = ("法律事務所 ご担当者様\n\n管理料未納の区画の一覧です。\n\n"
            "区画\t登録住所\t電話\t未納額\n" + rows + SIG)
    v = judge_mail(make_mail(to=["info@law-example.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_a_table_of_offices_and_their_switchboards_stays_a_list_of_businesses():
    rows = "\n".join(f"{k}\t{a}\t{p}" for k, a, p in [
        ("所沢営業所", "埼玉県所沢市緑町2-14-6", "04-2921-3370"),
        ("練馬営業所", "東京都練馬区石神井町5丁目8番2号", "03-3996-1184"),
        ("入間営業所", "埼玉県入間市豊岡1-22-9", "04-2962-5518"),
        ("清瀬営業所", "東京都清瀬市松山3-7-11", "042-493-2276"),
        ("東村山営業所", "東京都東村山市本町2丁目3番15号", "042-395-8841")])
    body = ("取引先 ご担当者様\n\n弊社営業所の一覧です。\n\n"
            "営業所\t所在地\t電話\n" + rows + SIG)
    v = judge_mail(make_mail(to=["info@trade-example.jp"], body=body))
    assert "personal-data-list" not in rules_fired(v)


def test_a_list_introduced_as_restaurants_is_a_list_of_businesses():
    body = ("Hi Emma,\n\nAs promised, here are the restaurants we recommend to clients who "
            "book on their own.\n\nOsaka\n"
            " - Kitahama Kaede (kushikatsu), 1-3-9 Kitahama, Chuo-ku, tel +81-6-6201-4410\n"
            " - Temma Hanabusa (sushi), 4-2-7 Tenjinbashi, Kita-ku, tel +81-6-6353-7781\n"
            " - Nakanoshima Soba Ikuta, 2-5-1 Nakanoshima, tel +81-6-6441-0912\n"
            " - Honmachi Tsubaki (kaiseki), 3-1-6 Honmachi, tel +81-6-6262-3305\n"
            " - Namba Okamura (teppanyaki), tel +81-6-6641-2218\n\nBest regards,\nTaro" + SIG)
    v = judge_mail(make_mail(to=["emma@tours-example.com.au"], body=body))
    assert "personal-data-list" not in rules_fired(v)


def test_a_self_introduction_naming_a_branch_does_not_make_customers_businesses():
    body = ("工事課 御中\n\n大阪営業所の佐久間です。来週の訪問先です。\n\n"
            "・灰谷 翔様　京都府宇治市宇治3丁目6番8号　0774-33-6882\n"
            "・鶴来 亮様　大阪府豊中市少路1丁目14番16号　06-6841-2290\n"
            "・真壁 結衣様　京都府宇治市宇治4-6-13　0774-21-4112\n"
            "・村上 悠斗様　大阪府大阪市北区天神橋3-2-6　06-4647-6333\n"
            "・四ノ宮 昌平様　大阪府豊中市少路3丁目23番5号　06-6853-2474\n" + SIG)
    v = judge_mail(make_mail(to=["koji@setsubi-example.co.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_a_named_victim_with_her_children_counted_is_still_named():
    body = ("社会福祉協議会 ご担当者様\n\n至急のお願いです。\n"
            "避難所の宮之原 彩さん（38歳）とお子さん3名は、元夫からのDV被害で警察に相談中の方です。"
            "所在の問い合わせには一切お答えにならないようお願いします。" + SIG)
    v = judge_mail(make_mail(to=["vc@shakyo-example.or.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_surname_heading_a_clause_of_a_criminal_record_names_its_person():
    body = ("白石先生\n\n人事部の宍戸です。\n面談の中で、真鍋が平成29年に窃盗罪で罰金刑を受けていた"
            "ことが分かりました。今回の処分で考慮してよいかご意見をください。" + SIG)
    v = judge_mail(make_mail(to=["shiraishi@law-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)


def test_a_senders_self_introduction_is_no_ones_record():
    body = ("ホテル ご担当者様\n\nお世話になっております。真鍋です。\n"
            "宿泊費は下記のカードでお願いします。\nカード番号：" + "4111 1111 1111 1111" + SIG)
    v = judge_mail(make_mail(to=["front@hotel-example.jp"], body=body))
    assert "credit-card-number" in rules_fired(v)
    assert "PERSON_NAME" not in verdict_types(v)


def test_a_dementia_cafe_is_a_place_not_a_diagnosis():
    body = ("Dear Dr Moore,\n\nHere is the programme.\n\n"
            "  10:00  Welcome by Ms Tanaka (centre director)\n"
            "  11:00  Visit to the dementia cafe at the community hall\n\nBest regards,\nTaro"
            + SIG)
    v = judge_mail(make_mail(to=["moore@ageing-example.ac.uk"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_column_of_towns_and_block_numbers_is_a_column_of_addresses():
    lines = ["　相良 美智子／浜町2-5-17／080-5911-8115",
             "　蓬田 和子／西浦4-29-14／0557-35-8212",
             "　海老原 久美子／西浦3-14-20／0557-34-4688",
             "　栗林 恵美／浜通り1-26-19／070-6730-1947",
             "　有働 茂／砂山町2-14-17／080-4167-5272"]
    body = "社協 ご担当者様\n\n帰宅予定の避難者です。\n\n" + "\n".join(lines) + SIG
    v = judge_mail(make_mail(to=["kasai@shakyo-example.or.jp"], body=body))
    assert "JP_ADDRESS" in verdict_types(v)


def test_hours_and_codes_with_hyphens_are_no_addresses():
    lines = ["マエダ クミコ\t080-7404-2047\t月火水 10-19\t嚥下調整食2-1・とろみ",
             "イトウ コウジ\t070-8558-7580\t水木金 10-19\t嚥下調整食2-2・とろみ",
             "オオタ コウジ\t080-5507-2564\t土日 10-19\t嚥下調整食2-1・とろみ"]
    body = "派遣会社 ご担当者様\n\n来週のシフトです。\n\n" + "\n".join(lines) + SIG
    v = judge_mail(make_mail(to=["haken@staff-example.co.jp"], body=body))
    assert "JP_ADDRESS" not in verdict_types(v)


def test_a_passport_number_with_letters_among_its_digits_under_its_label():
    body = ("税理士法人 ご担当者様\n\n翻訳者の情報です。\n\n  Name: Jonas WEBER\n"
            "  Date of birth: 1985-07-14\n  Passport No.: C7KX2M4R9\n" + SIG)
    v = judge_mail(make_mail(to=["tax@zeirishi-example.jp"], body=body))
    assert "identity-document-numbers" in rules_fired(v)
    assert "JP_PASSPORT" in verdict_types(v)


def test_an_order_code_after_a_passport_word_is_no_passport_number():
    body = ("旅行会社 ご担当者様\n\nパスポート ケース（型番 PCASE2024）を10個注文します。\n" + SIG)
    v = judge_mail(make_mail(to=["order@travel-example.jp"], body=body))
    assert "JP_PASSPORT" not in verdict_types(v)


def test_a_mobile_under_its_label_counts_though_never_issued():
    lines = [f"　{n}　在留期限 2026/0{m}/1{m}　携帯 {p}" for n, m, p in [
        ("グエン・ティ・ラン", 7, "080-5233-5606"), ("チャン・ヴァン・ナム", 7, "070-5437-8865"),
        ("タパ・ビカス", 8, "070-2219-7988"), ("アウン・ミン・トゥ", 8, "070-0280-0507"),
        ("シティ・アミナ", 9, "080-9472-5185")]]
    body = "行政書士事務所 ご担当者様\n\n更新の対象者です。\n\n" + "\n".join(lines) + SIG
    v = judge_mail(make_mail(to=["visa@gyosei-example.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_a_forms_example_phone_is_no_ones():
    body = ("印刷会社 ご担当者様\n\n校正です。記入例の氏名は「日出 花子」、"
            "電話番号は「090-0000-0000」のままで結構です。\n" + SIG)
    v = judge_mail(make_mail(to=["kosei@print-example.co.jp"], body=body))
    assert "PHONE_NUMBER" not in verdict_types(v)


def test_a_table_of_peoples_overtime_is_a_list_of_people():
    rows = "\n".join(f"{n}\t{d}\t{a}\t{b}" for n, d, a, b in [
        ("楢橋 健", "フォーク", "44.5", "8"), ("五十嵐 悠真", "検品", "49", "16"),
        ("四ノ宮 亮太", "出荷", "53.5", "0"), ("百瀬 千夏", "検品", "58", "8"),
        ("羽賀 栄一", "入荷", "62.5", "16"), ("能登谷 梢", "検品", "71.5", "8")])
    body = ("社会保険労務士事務所 ご担当者様\n\n6月の時間外実績です。\n\n"
            "氏名\t担当\t所定外(h)\t法定休日(h)\n" + rows + SIG)
    v = judge_mail(make_mail(to=["office@sharoushi-example.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_lines_of_peoples_overtime_and_leave_are_a_list_of_people():
    lines = [f"{n}（{d}）時間外{h}h・有休取得{k}日" for n, d, h, k in [
        ("楢橋 健", "物流C", "101.0", 2), ("鬼頭 俊介", "営業三課", "96.0", 1),
        ("大門 修平", "製造2課", "90.5", 0), ("五十嵐 悠真", "物流C", "88.5", 3),
        ("宍倉 智", "営業二課", "86.0", 1)]]
    body = "監督署 ご担当者様\n\n長時間労働者の状況です。\n\n" + "\n".join(lines) + SIG
    v = judge_mail(make_mail(to=["kantoku@roudou-example.go.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_an_operation_named_by_what_it_does_is_a_persons_health():
    body = ("健康保険組合 ご担当者様\n\n限度額適用認定証の申請です。\n\n"
            "　被保険者氏名：雲井 拓真\n　入院予定：11月10日～ 北斗大学病院\n"
            "　（人工股関節置換手術のため、3週間程度の入院見込み）\n" + SIG)
    v = judge_mail(make_mail(to=["kyufu@kenpo-example.or.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_an_operating_system_for_sale_is_no_ones_operation():
    body = ("病院 ご担当者様\n\n高瀬です。内視鏡手術システムの更新のご説明に伺います。\n"
            "訪問者：高瀬 亮、三輪 由香\n" + SIG)
    v = judge_mail(make_mail(to=["somu@hospital-example.jp"], body=body))
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)


def test_vehicles_equipped_for_wheelchairs_are_no_ones_disability():
    body = ("南原市役所 障害福祉課 御中\n\n日の出産業株式会社の久我でございます。\n"
            "福祉タクシー利用券の取扱事業者登録（登録番号 南福タ第 0431 号）の更新申請です。\n\n"
            "　事業者名　：日の出産業株式会社（ひので介護タクシー）\n"
            "　所在地　　：埼玉県川口市上青木西4-21-7\n"
            "　車両数　　：車椅子対応 12 台、ストレッチャー対応 4 台\n" + SIG)
    v = judge_mail(make_mail(to=["fukushi@city-example.lg.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_named_patient_carrying_mrsa_is_health_data():
    body = ("受入れ病院 ご担当者様\n\n搬送の件、追記です。\n"
            "堀之内 勝 様は前院で MRSA 保菌（尿）と伺っておりますので、乗務員は防護具を着用します。"
            + SIG)
    v = judge_mail(make_mail(to=["renkei@hospital-example.or.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_an_mrsa_prevention_course_is_no_ones_health():
    body = ("研修会社 ご担当者様\n\nMRSA対策研修の日程調整をお願いします。"
            "講師は堀之内 勝 様です。" + SIG)
    v = judge_mail(make_mail(to=["kenshu@training-example.co.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_helpline_named_for_abuse_is_no_ones_record():
    guide = ("子育て応援ガイド 2026\n\n相談先一覧\n北原市役所 こども家庭課 北原 一郎\n"
             "北原市本町1-1-1\nTEL 049-231-7700（平日 8:30～17:15）\n"
             "児童相談所 虐待対応ダイヤル 189（いちはやく）\n")
    v = judge_mail(make_mail(to=["print@insatsu-example.co.jp"], body="初校を添付します。\n",
                             attachments=[("guide.txt", guide.encode("utf-8"), "text/plain")]))
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)


def test_a_doctors_field_after_title_and_name_is_no_diagnosis():
    body = ("小児科クリニック 先生方\n\n連携室だよりです。\n\n■ 新任医師のご紹介\n"
            "・小児科 医長　二階堂 美咲（小児アレルギー、食物経口負荷試験）\n"
            "・総合診療科　稗田 由香（在宅医療との連携を担当）\n\n"
            "連携室 TEL 0436-61-2240\n")
    v = judge_mail(make_mail(to=["contact@kodomo-example.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_patients_condition_after_a_name_is_still_a_diagnosis():
    body = ("小児科クリニック 先生方\n\n紹介患者です。\n"
            "・患者　二階堂 美咲 様（小児喘息、食物アレルギー）\n" + SIG)
    v = judge_mail(make_mail(to=["contact@kodomo-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_number_in_brackets_after_an_honorific_counts_though_never_issued():
    lines = [f"{i}. {n}様（{p}）— 書類未着" for i, (n, p) in enumerate([
        ("中村 誠一", "092-548-9857"), ("浅葉 誠二", "011-104-1206"),
        ("相馬 義男", "092-424-8587"), ("真壁 義信", "053-849-5852"),
        ("加藤 紀子", "022-385-8331")], 1)]
    body = "会計事務所 ご担当者様\n\n移管をお願いする5名です。\n\n" + "\n".join(lines) + SIG
    v = judge_mail(make_mail(to=["office@kaikei-example.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_a_table_counting_people_with_symptoms_is_statistics():
    book = xlsx({"年代別": [["更年期症状と就労に関する調査 年代別集計"],
                            ["年代", "回答数", "症状あり", "受診経験あり", "欠勤経験あり"],
                            ["30-39歳", 44, 15, 6, 2], ["40-49歳", 57, 29, 13, 7],
                            ["50-59歳", 36, 24, 11, 9], ["60歳以上", 12, 7, 4, 1],
                            ["合計", 149, 75, 34, 19]]})
    v = judge_mail(make_mail(
        to=["office@consult-example.co.jp"], body="調査の集計です。" + SIG,
        attachments=[("集計.xlsx", book, "application/vnd.openxmlformats-officedocument"
                      ".spreadsheetml.sheet")]))
    assert "SENSITIVE_CATEGORY" not in verdict_types(v)


def test_a_column_marking_who_has_a_symptom_is_still_health_data():
    rows = "\n".join(f"{n}\t{p}\t{s}" for n, p, s in [
        ("相良 恵子", "090-1111-2301", "あり"), ("布施 恵美", "090-1111-2302", "なし"),
        ("久我 佳子", "090-1111-2303", "あり"), ("小畑 直美", "090-1111-2304", "あり"),
        ("三森 陽子", "090-1111-2305", "なし")])
    body = ("健康経営コンサルタント ご担当者様\n\n面談対象者です。\n\n"
            "氏名\t携帯\t症状あり\n" + rows + SIG)
    v = judge_mail(make_mail(to=["office@consult-example.co.jp"], body=body))
    assert "SENSITIVE_CATEGORY" in verdict_types(v)


def test_a_label_with_its_own_value_on_the_line_above_is_not_the_next_lines():
    # （問合せ番号 …） ends the first entry: the next entry's phone is still a phone
    body = ("コールセンター委託先 ご担当者様\n\n折り返しをご希望のお客様です。\n\n"
            "　1. 栗栖 咲良 様　048-226-5190\n　　 配送遅延へのご不満（受付番号 QX5521-014）\n"
            "　2. 舘野 遥斗 様　0776-54-3318\n　　 請求額のご確認（受付番号 QX5521-022）\n" + SIG)
    v = judge_mail(make_mail(to=["sv@callcenter-example.co.jp"], body=body))
    assert "personal-record" in rules_fired(v)
    assert len([x for f in v.findings for e in f.entities if e.type == "PHONE_NUMBER"
                for x in e.examples]) == 2


def test_a_label_ending_its_line_still_heads_the_value_below():
    body = ("保険代理店 ご担当者様\n\n契約者の連絡先です。\n\n　秋津 美玲 様\n　自宅電話：\n"
            "　0476-35-2817\n" + SIG)
    v = judge_mail(make_mail(to=["dairi@agency-example.co.jp"], body=body))
    assert "PHONE_NUMBER" in verdict_types(v)


def test_a_loan_number_is_not_a_phone():
    body = ("ローンセンター ご担当者様\n\n繰上返済のご相談です。\n\n　氏名：嵯峨 瑛太\n"
            "　住所：〒350-1123 埼玉県川越市脇田本町5-12-8\n　融資番号：0491-337205\n" + SIG)
    v = judge_mail(make_mail(to=["loan@bank-example.co.jp"], body=body))
    assert "PHONE_NUMBER" not in verdict_types(v)


def test_a_recipients_address_after_the_name_is_theirs_whatever_the_line_above_says():
    # the line above names the sending branch (…営業所): not the heading of the address
    body = ("運送会社 お客様係 ご担当者様\n\n配達状況をご確認ください。\n\n"
            "　お問い合わせ番号：6120-4471-0935\n　発送日：11月20日（川口営業所 引受）\n"
            "　お届け先：真壁 紗季 様　埼玉県さいたま市浦和区仲町4-9-16\n" + SIG)
    v = judge_mail(make_mail(to=["cs@unso-example.co.jp"], body=body))
    assert "personal-record" in rules_fired(v)
    assert {"PERSON_NAME", "JP_ADDRESS"} <= verdict_types(v)


def test_a_list_introduced_as_people_back_from_mental_health_leave():
    rows = ["汐見 琴音\t経理課\t080-6613-2058", "柘植 大和\t物流課\t070-2290-7741",
            "百目鬼 蒼\t総務課\t090-4471-3306", "笹原 七海\t開発課\t080-3358-1194",
            "乾 颯真\t営業課\t070-8842-5617"]
    body = ("EAP ご担当者様\n\n"
            "メンタルヘルス不調による長期の休職から復帰された方の面談日程です。\n\n"
            "氏名\t所属\t携帯\n" + "\n".join(rows) + SIG)
    v = judge_mail(make_mail(to=["eap@care-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= verdict_types(v)


def test_a_labelled_surname_with_a_no_between_its_kanji():
    blocks = [("木ノ内 颯", "東京都八王子市元本郷町3-14-2", "090-5512-8830"),
              ("樋ノ口 千晶", "埼玉県所沢市東町7-2-19", "080-2274-6619"),
              ("三ノ輪 剛志", "神奈川県相模原市緑区橋本5-8-1", "070-3318-4402"),
              ("鍬田 美沙", "千葉県柏市明原2-11-6", "090-7781-3350"),
              ("井ノ上 大悟", "東京都町田市森野4-20-13", "080-6620-1147")]
    body = "損保 ご担当者様\n\n事故の関係者の連絡先です。\n\n" + "".join(
        f"【{i}】\n　氏名：{n}\n　住所：{a}\n　電話：{p}\n"
        for i, (n, a, p) in enumerate(blocks, 1)) + SIG
    v = judge_mail(make_mail(to=["jiko@sonpo-example.co.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)
    names = [x for f in v.findings if f.rule == "personal-data-list" for e in f.entities
             if e.type == "PERSON_NAME" for x in e.examples]
    assert any(x.startswith("樋") for x in names)


def test_a_named_persons_medication_to_her_family():
    body = ("須賀 拓実 様\n\nいつもお世話になっております。\n"
            "お父様（須賀 昭一様）ですが、降圧薬を昼に飲み忘れる日が続いているようです。"
            "主治医の先生にご相談ください。" + SIG)
    v = judge_mail(make_mail(to=["takumi.suga@gmail.com"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= verdict_types(v)


def test_a_postal_savings_account_is_an_account_not_a_health_insurance_card():
    rows = ["若槻 雪乃\tゆうちょ 記号13870 番号41276635",
            "庄司 陸斗\tゆうちょ 記号10440 番号20931158",
            "鳴海 紬\tゆうちょ 記号14120 番号38815206",
            "坂上 颯太\tゆうちょ 記号12090 番号51174429",
            "東條 凛\tゆうちょ 記号11650 番号27740913"]
    body = "給与計算代行 ご担当者様\n\n振込先の一覧です。\n\n氏名\t振込先\n" + "\n".join(rows) + SIG
    v = judge_mail(make_mail(to=["payroll@bpo-example.co.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)
    assert "JP_BANK_ACCOUNT" in verdict_types(v)
    assert "JP_HEALTH_INSURANCE" not in verdict_types(v)
    assert not any("13870" in x or "41276635" in x for f in v.findings for e in f.entities
                   for x in e.examples)


def test_an_article_of_the_rules_speaks_of_anyone():
    body = ("共済会 ご担当者様\n\nご依頼の規程の抜粋です。\n\n"
            "第7条（見舞金）会員本人が疾病により連続して10日以上休業したときは、見舞金を支給する。\n"
            "第8条（申請）見舞金の申請は、本人が所定の様式により行う。\n" + SIG)
    v = judge_mail(make_mail(to=["kyosai@mutual-example.or.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_person_spoken_of_beside_a_rule_is_still_someone():
    body = ("共済会 ご担当者様\n\n見舞金の申請です。本人は先月から肺炎で入院しており、"
            "申請書は家族が代筆しました。\n" + SIG)
    v = judge_mail(make_mail(to=["kyosai@mutual-example.or.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_pick_up_place_under_its_label_is_where_the_person_lives():
    body = ("送迎委託先 ご担当者様\n\nデイサービスの送迎に1名追加をお願いします。\n\n"
            "　氏名　　：楢崎 富士子 様\n　乗車場所：北浦市潮見台3-7-15（ご自宅前）\n"
            "　連絡先　：0299-63-4418\n" + SIG)
    v = judge_mail(make_mail(to=["sogei@taxi-example.co.jp"], body=body))
    assert "personal-record" in rules_fired(v)
    assert {"PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"} <= verdict_types(v)


def test_an_npos_account_as_banks_abbreviate_its_legal_form_is_no_persons():
    body = ("NPO法人 会計ご担当者様\n\n寄付金のお振込み先を確認させてください。\n\n"
            "　金融機関：みどり銀行　青葉支店\n　口座番号：普通 5520381\n"
            "　口座名義：トクヒ）ミナトコドモショクドウネット\n" + SIG)
    v = judge_mail(make_mail(to=["kaikei@npo-example.or.jp"], body=body))
    assert "JP_BANK_ACCOUNT" not in verdict_types(v)
    assert "PERSON_NAME" not in verdict_types(v)


def test_a_persons_account_is_still_theirs():
    body = ("給与計算代行 ご担当者様\n\n振込先の変更です。\n\n"
            "　金融機関：みどり銀行　青葉支店\n　口座番号：普通 5520381\n"
            "　口座名義：トクナガ ヒロミ\n" + SIG)
    v = judge_mail(make_mail(to=["payroll@bpo-example.co.jp"], body=body))
    assert "JP_BANK_ACCOUNT" in verdict_types(v)


def test_a_forms_example_row_is_no_ones_record():
    rows = [["社員番号", "氏名", "旧カードID", "事由"],
            ["K20417", "宜保 菜摘", "IC-0072210", "紛失"],
            ["K20533", "仲村渠 諒", "IC-0072981", "破損"],
            ["K31102", "東江 千紘", "IC-0081544", "紛失"],
            ["K31276", "金城 悠真", "IC-0083310", "破損"],
            ["K00000", "（氏名）", "IC-0000000", "紛失／破損"]]
    data = xlsx({"依頼": rows})
    v = judge_mail(make_mail(to=["support@vendor-example.jp"], body="再発行をお願いします。" + SIG,
                             attachments=[("再発行依頼.xlsx", data, "application/"
                                           "vnd.openxmlformats-officedocument.spreadsheetml.sheet")]))
    assert "personal-data-list" not in rules_fired(v)
    assert "personal-record" in rules_fired(v)


def test_an_employment_insurance_number_is_no_health_insurance_card():
    rows = [["氏名", "生年月日", "被保険者番号", "離職日"],
            ["我如古 奏", "1988/03/14", "1306-482217-5", "2026/10/31"],
            ["波照間 葵", "1994/12/02", "1306-519904-2", "2026/10/31"]]
    data = xlsx({"離職者": rows})
    v = judge_mail(make_mail(to=["office@sharoushi-example.jp"], body="離職票の作成をお願いします。"
                             + SIG, attachments=[("離職者.xlsx", data, "application/"
                                                  "vnd.openxmlformats-officedocument."
                                                  "spreadsheetml.sheet")]))
    assert "JP_HEALTH_INSURANCE" not in verdict_types(v)
    assert "identity-document-numbers" not in rules_fired(v)
    assert "DATE_OF_BIRTH" in verdict_types(v)


def test_a_list_introduced_as_the_people_who_tested_positive_and_others():
    rows = ["K01\t饗庭 由美\t1979/06/02\t女", "K02\t甘糟 貴子\t1968/01/23\t女",
            "K03\t鵜飼 大地\t1990/09/15\t男", "K04\t生方 里沙\t1985/04/30\t女",
            "K05\t大日向 茂\t1962/12/08\t男"]
    body = ("検査センター 御中\n\n先週の検査で陽性だった方と同じ班で作業した調理員も再検査を"
            "お願いします。\n\n"
            "No\t氏名\t生年月日\t性別\n" + "\n".join(rows) + SIG)
    v = judge_mail(make_mail(to=["uketsuke@lab-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_filing_systems_eight_digit_birth_dates():
    header = "個人番号以外\t氏名\t性別\t生年月日\t取得年月日"
    rows = [f"{i}\t{n}\t{g}\t{d}\t20261102" for i, (n, g, d) in enumerate(
        [("儀間 翔太", 1, "20020914"), ("比嘉 芽衣", 2, "20031207"), ("当山 陸", 1, "20010330"),
         ("安里 結菜", 2, "20040718"), ("照屋 湊", 1, "20020502")], 1)]
    data = ("\n".join([header, *rows]) + "\n").encode("cp932")
    v = judge_mail(make_mail(to=["support@vendor-example.jp"], body="取込エラーの件です。" + SIG,
                             attachments=[("ikkatsu.csv", data, "text/csv")]))
    assert "DATE_OF_BIRTH" in verdict_types(v)
    assert "personal-data-list" in rules_fired(v)


def test_names_heading_lines_of_movers_new_addresses():
    body = ("団体保険 ご担当者様\n\n被保険者2名の住所変更です。\n\n"
            "・天童 美波　　新住所：神奈川県藤沢市鵠沼海岸4-11-6\n"
            "・及川 悠人　　新住所：宮城県仙台市青葉区国分町2-8-14-305\n" + SIG)
    v = judge_mail(make_mail(to=["dantai@life-example.co.jp"], body=body))
    assert "personal-record" in rules_fired(v)
    assert {"PERSON_NAME", "JP_ADDRESS"} <= verdict_types(v)


def test_a_surname_with_an_age_in_brackets_is_a_person_in_a_health_story():
    body = ("EAP 相談窓口 ご担当者様\n\n管理職相談の続きです。\n"
            "検査課の犬養（34歳）ですが、以前から適応障害で通院しており、最近また欠勤が続いています。"
            + SIG)
    v = judge_mail(make_mail(to=["soudan@eap-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)


def test_a_head_injury_and_intensive_care_are_health_data():
    body = ("旅行会社 ご担当者様\n\n至急の手配をお願いします。\n"
            "駐在中の社員 蔦谷 健吾 が現地で事故に遭い、頭部外傷のため集中治療室にいます。\n\n"
            "渡航者：蔦谷 和恵 様（社員の妻）\n連絡先：090-6612-4480\n" + SIG)
    v = judge_mail(make_mail(to=["hojin@travel-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_common_conditions_by_name_are_health_data():
    for term in ("帯状疱疹", "クローン病", "メニエール病", "化学療法"):
        body = (f"取引先 ご担当者様\n\n弊社の鶴見 直樹ですが、{term}のため今月は出張を控えます。"
                + SIG)
        v = judge_mail(make_mail(to=["eigyo@client-example.co.jp"], body=body))
        assert "sensitive-personal-data" in rules_fired(v), term


def test_patients_as_a_lectures_subject_are_nobody():
    body = ("学会事務局 ご担当者様\n\nプログラム案です。\n\n演者1 県立中央病院 循環器内科 医長 "
            "宮地 浩之 先生\n「糖尿病患者における運動療法の実際」\n" + SIG)
    v = judge_mail(make_mail(to=["jimukyoku@gakkai-example.or.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_criminal_case_step_taken_against_a_named_person():
    body = ("顧問弁護士 先生\n\n至急ご相談です。弊社の篠塚 航ですが、昨日から警察に勾留されていると"
            "ご家族から連絡がありました。今後の対応をご教示ください。" + SIG)
    v = judge_mail(make_mail(to=["sensei@law-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_crimes_prevention_course_and_warning_poster_are_nobodys_record():
    body = ("自動車学校 ご担当者様\n\n飲酒運転防止コースの受講者は別途お送りします。\n"
            "また、支店入口の「特殊詐欺に注意」ポスターの撮影には支店長の沢渡 亮が立ち会います。"
            + SIG)
    v = judge_mail(make_mail(to=["kosyu@school-example.co.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_english_conditions_and_offences_in_running_text():
    for phrase in ("is epileptic", "has a broken arm",
                   "was jailed in 2019", "has a severe coeliac condition"):
        body = (f"Dear Ms Lindqvist,\n\nOur engineer Henrik Aalto {phrase}, so the site visit "
                f"moves to December.\n\nBest regards,\nTaro Yamada\n")
        v = judge_mail(make_mail(to=["ops@partner-example.se"], body=body))
        assert "sensitive-personal-data" in rules_fired(v), phrase


def _docx_table(rows: list[list[str]]) -> bytes:
    import io

    import docx as python_docx

    doc = python_docx.Document()
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_an_evaluations_remarks_are_no_doctors_findings():
    rows = [["評価項目", "評価", "所見"], ["積極性", "A", "自ら質問し、同行を申し出た"],
            ["協調性", "B", "議論の取りまとめに課題"], ["課題解決力", "A", "分析が丁寧"],
            ["ビジネスマナー", "B", "報連相を早めに"], ["総合", "A", "成果発表が好評"]]
    v = judge_mail(make_mail(to=["sensei@univ-example.ac.jp"], body="評価票をお送りします。" + SIG,
                             attachments=[("評価票.docx", _docx_table(rows), DOCX_TYPE)]))
    assert "sensitive-personal-data" not in rules_fired(v)
    assert "personal-data-list" not in rules_fired(v)


def test_a_list_of_people_with_their_overall_evaluation():
    rows = [["氏名", "大学", "総合評価", "所見"], ["有田 隼", "東都大学", "A", "本選考へ"],
            ["湯川 沙耶", "青陵大学", "B", "発表は良好"], ["桑島 啓", "南関大学", "B", "遅刻2回"],
            ["井上 芽生", "白雲大学", "A", "本選考へ"], ["目代 蓮", "北斗大学", "C", "課題未提出"],
            ["丹羽 結", "緑風大学", "B", "積極性に課題"]]
    v = judge_mail(make_mail(to=["tamba@agency-example.jp"], body="参加実績です。" + SIG,
                             attachments=[("実績.docx", _docx_table(rows), DOCX_TYPE)]))
    assert "personal-data-list" in rules_fired(v)
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_blank_health_declaration_form_is_nobodys_health():
    paras = ["団体保険 告知書（様式）", "告知は被保険者ご本人がご記入ください。",
             "質問1　過去5年以内に、がん・心疾患・精神疾患で医師の診察を受けたことがありますか。"
             "　□はい　□いいえ",
             "「はい」の場合：病名（　　　　　）　治療期間（　　　　　）"]
    import io

    import docx as python_docx

    doc = python_docx.Document()
    for p in paras:
        doc.add_paragraph(p)
    buf = io.BytesIO()
    doc.save(buf)
    v = judge_mail(make_mail(to=["new.hire.2027@gmail.com"], body="様式をお送りします。" + SIG,
                             attachments=[("告知書.docx", buf.getvalue(), DOCX_TYPE)]))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_filled_in_declaration_is_still_health_data():
    body = ("保険会社 ご担当者様\n\n加入者 宇津木 智也 の告知内容です。\n"
            "過去5年以内に狭心症で通院しており、現在も服薬中です。" + SIG)
    v = judge_mail(make_mail(to=["uw@insurer-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_the_addressees_mothers_condition():
    body = ("樫山 美里 様\n\nいつもお世話になっております。施設看護師の野口です。\n"
            "お母様の今月の体調ですが、血圧が高めの日が続き、協力医の指示で降圧剤が追加になりました。"
            + SIG)
    v = judge_mail(make_mail(to=["misato.kashiyama@docomo.ne.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_facilities_suggested_for_the_addressees_mother_are_no_condition():
    body = ("樫山 様\n\nお母様の今後について、通いやすい施設をまとめました。\n\n"
            "・グループホーム みずき　認知症対応型　TEL 044-522-7012\n"
            "・デイサービス ひまわり　TEL 044-588-3102\n" + SIG)
    v = judge_mail(make_mail(to=["kashiyama.m@gmail.com"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_list_of_students_with_their_school_and_year():
    rows = [["証書番号", "氏名", "ふりがな", "大学名", "学部・学年"]] + [
        [f"HS-{i:03d}", n, k, u, y] for i, (n, k, u, y) in enumerate(
            [("穂高 陸", "ほだか りく", "南関大学", "学部3年"),
             ("真鍋 柚", "まなべ ゆず", "東都工科大学", "修士1年"),
             ("雲雀 千尋", "ひばり ちひろ", "青陵大学", "修士1年"),
             ("五反田 琴", "ごたんだ こと", "白雲大学", "学部2年"),
             ("百目木 湊", "どうめき みなと", "旭丘大学", "学部2年"),
             ("神保 凛", "じんぼ りん", "北斗大学", "学部3年")], 1)]
    data = xlsx({"差込": rows})
    v = judge_mail(make_mail(to=["dtp@print-example.co.jp"], body="差込データです。" + SIG,
                             attachments=[("差込.xlsx", data, "application/"
                                           "vnd.openxmlformats-officedocument.spreadsheetml.sheet")]))
    assert "personal-data-list" in rules_fired(v)


def test_an_indented_table_over_a_rule_is_no_signature():
    body = ("保健指導機関 ご担当者様\n\n以下の3名は受診勧奨判定値を超えています。\n\n"
            "  氏名           区分          血圧      空腹時血糖\n"
            "  -------------  ------------  --------  ----------\n"
            "  東雲 孝之      積極的支援    168/102        131\n"
            "  粟生 智恵      動機付け支援  162/98         104\n"
            "  四十万 剛      積極的支援    138/86         142\n\n"
            "ご対応をよろしくお願いいたします。\n\n--\n日の出健康保険組合\n"
            "保健事業課 保健師 大河内 理沙\nTEL：03-5419-2263\n")
    v = judge_mail(make_mail(to=["shido@wellness-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)


def test_rural_addresses_with_bare_lot_numbers():
    rows = [("宮坂 恵理", "長野県千曲市粟佐1188"), ("小野沢 智子", "長野県上田市小泉3370"),
            ("丸山 沙織", "長野県長野市篠ノ井二ツ柳2244"),
            ("唐沢 忍", "長野県埴科郡坂城町中之条3102"),
            ("青木 沙耶", "長野県千曲市磯部1104"), ("中沢 菜摘", "長野県長野市篠ノ井塩崎6620")]
    body = ("保険代理店 ご担当者様\n\n手続きが止まっている方です。\n\n" + "\n".join(
        f"{n}　{a}　床下浸水　書類未提出" for n, a in rows) + SIG)
    v = judge_mail(make_mail(to=["agent@agency-example.co.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)
    assert "JP_ADDRESS" in verdict_types(v)


def test_a_place_and_a_year_or_a_count_are_no_address():
    body = ("ご担当者様\n\n長野県千曲市で2025年に開催した説明会には、長野県上田市の会場で120名が"
            "参加しました。" + SIG)
    v = judge_mail(make_mail(to=["agent@agency-example.co.jp"], body=body))
    assert "JP_ADDRESS" not in verdict_types(v)


def test_a_persons_level_of_specific_health_guidance():
    body = ("健診機関 ご担当者様\n\n実績評価の結果です。\n\n■積極的支援\n"
            "　石動 勝 様　体重 86.2→82.9kg　達成\n　大鰐 雅之 様　体重 79.5→78.8kg　未達\n" + SIG)
    v = judge_mail(make_mail(to=["kenshin@clinic-example.or.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_counts_of_people_per_guidance_level_are_statistics():
    body = ("健保連 ご担当者様\n\n今年度の実施状況です。積極的支援 120名、動機付け支援 86名が"
            "対象となりました。" + SIG)
    v = judge_mail(make_mail(to=["kenporen@association-example.or.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_directory_of_firms_abroad_names_no_people():
    body = ("海外事業推進室 御中\n\n販売代理店の一覧です。\n\n"
            "・Mekong Industrial Supply JSC（ベトナム）\n"
            "　Lot B4, Song Than IZ / TEL +84 274 373 8821\n"
            "・Chao Phraya Precision Parts Co.（タイ）\n　88 Rama Road / TEL +66 2 337 4109\n"
            "・Batavia Trading（インドネシア）\n"
            "　12 Merdeka Avenue, Jakarta / TEL +62 21 8983 4479\n"
            + SIG)
    v = judge_mail(make_mail(to=["kaigai@client-example.co.jp"], body=body))
    assert "PERSON_NAME" not in verdict_types(v)
    assert "personal-record" not in rules_fired(v)


def test_english_subjects_named_as_people_write_names():
    for name in ("NGUYEN Van Minh", "Mohammed Al-Rashid", "Oliver O'Brien", "Hans-Peter Müller",
                 "John A. Smith", "WATANABE Kenji"):
        body = (f"Dear team,\n\nOur engineer {name} was hospitalised with pneumonia last week, "
                "so the visit is postponed.\n\nRegards,\nTaro\n")
        v = judge_mail(make_mail(to=["ops@partner-example.com"], body=body))
        assert "PERSON_NAME" in verdict_types(v), name


def test_a_project_is_not_the_person_a_health_remark_is_about():
    body = ("Dear team,\n\nProject Phoenix has been delayed because two members of the vendor "
            "team are on sick leave.\n\nRegards,\nTaro\n")
    v = judge_mail(make_mail(to=["ops@partner-example.com"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_the_本人_of_each_of_several_counted_cases_is_no_one():
    body = ("学生支援課 御中\n\n寮の駐輪場で自転車の盗難が4件発生しました。\n"
            "いずれも被害届は本人が提出済みです。防犯カメラの増設をご検討ください。" + SIG)
    v = judge_mail(make_mail(to=["shien@univ-example.ac.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_the_本人_of_one_case_is_still_someone():
    body = ("学生支援課 御中\n\n寮の駐輪場で自転車の盗難が1件発生しました。\n"
            "被害届は本人が提出済みで、大変落ち込んでいる様子です。" + SIG)
    v = judge_mail(make_mail(to=["shien@univ-example.ac.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_colleague_named_by_surname_after_title_and_の():
    body = ("カメラマン 様\n\n役員撮影の件です。常務の鰺坂は先月に股関節の手術を受けたばかりで、"
            "長時間の立ち姿は難しい状況です。" + SIG)
    v = judge_mail(make_mail(to=["photo.studio77@gmail.com"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)


def test_a_one_line_signature_closing_the_mail():
    body = ("捜査関係事項照会の件、下記のとおり回答いたします。\n\n"
            "運転者：鳩山 恵子（昭和60年4月2日生）\n免許証番号：第123456789012号\n\n"
            "日の出産業株式会社 総務部 楢崎 潤（03-5791-4412）")
    v = judge_mail(make_mail(to=["soumu@police-example.lg.jp"], body=body))
    assert "identity-document-numbers" in rules_fired(v)
    assert not any("4412" in x for x in [x for f in v.findings for e in f.entities
                                         if e.type == "PHONE_NUMBER" for x in e.examples])


def test_english_kidney_failure_and_an_ethnic_origin_of_a_named_person():
    for sentence in ("Mr. Daisuke Oshima is on haemodialysis after kidney failure",
                     "Ms. Noor Begum, a Rohingya worker, says she is paid less because of her "
                     "ethnic origin"):
        body = f"Dear team,\n\n{sentence}. Please take this into account.\n\nRegards,\nTaro\n"
        v = judge_mail(make_mail(to=["ops@partner-example.com"], body=body))
        assert "sensitive-personal-data" in rules_fired(v), sentence


def test_the_本人_a_scheme_speaks_of_is_no_one():
    body = ("健診機関 ご担当者様\n\n今年度から健診結果の返却方法を変更したくご相談です。\n"
            "結果票の郵送をやめ、貴協会のWeb閲覧サービスで本人が直接確認する方式に切り替えたいと"
            "考えております。" + SIG)
    v = judge_mail(make_mail(to=["kenshin@assoc-example.or.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_certificate_asked_for_is_not_what_it_says():
    body = ("御手洗 由紀子 様\n\nこのたびはご主人様のご逝去に際し、お悔やみ申し上げます。\n"
            "弔慰金のお手続きには次の書類をご提出ください。\n 1. 請求書\n 2. 死亡診断書の写し\n"
            + SIG)
    v = judge_mail(make_mail(to=["yukiko.m58@yahoo.co.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)
    assert "PERSON_NAME" not in verdict_types(v)


def test_a_health_insurance_symbol_holding_a_places_kanji():
    body = ("保険年金課 ご担当者様\n\n引継ぎをお願いします。\n\n■相談者　伊集院 澄江 様\n"
            "■保険証　記号 青葉国31　番号 004572\n" + SIG)
    v = judge_mail(make_mail(to=["kokuho@city-example.lg.jp"], body=body))
    assert "identity-document-numbers" in rules_fired(v)
    assert "JP_HEALTH_INSURANCE" in verdict_types(v)
