"""What the words around a value say of it (issue 9, dev halves): a label that already
has its own value on the line (（社員番号 K30211）) is not the label of the number after
it; a desk addressed with an honorific (ご婚礼担当者様) is no one's name; stalking is a
victim's; a death notice's stock phrase (かねて療養中のところ…永眠) tells no living
person's health; a table's columns say what their cells are (the heading after 氏名 is no
name, a pension number is no phone, dates under 入社日 are no birth dates); a clinic named
by its department (…消化器内科様) and a doctor on the copy line are no third person, nor is
the 本人 of how things are usually done (現状は本人が…); a labelled person may follow their
unit (対象者：製造部 第2グループ　…) or be labelled 本人：; a mobile labelled as an emergency
contact is the person's own even beside a work mailbox; several addressees on the first
line, a profession addressed (看護師様) and a course on a condition (…対応研修) are no
third person's data; an address in brackets after a person's age is theirs; a count of
people (お一人様) is no name; a table headed 機関名 lists organisations, and a home word
lines above it labels none of its phones; a parish representative (檀家総代) is a creed; a
town and its block (東台2-4-8) under an address column, and an address in brackets after a
person's honorific, are addresses; an HTML mail's signature starts at the first short
line after its last sentence; a shelter's address (避難先) is where the person lives; a
forwarded mail under the sender's signature is read; a card ID column (入退室ログ) is a
person's attribute; 名義（ローマ字） heads a column of names; birth=1961-03-14 is a birth
date; places to stay abroad (… Residence, … Serviced Apartments) are no names."""

from extractkit import xlsx
from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

SIG = "\n\n--\n山田 太郎\n株式会社エグザンプル\nTEL 03-5555-0682\n"
# a check-digit-valid 個人番号 (checksums.my_number_check_digit)
MY_NUMBER = "312942484480"


def test_a_my_number_after_an_employee_code_in_brackets():
    body = ("給与計算センター ご担当者様\n\n"
            "先日の個人番号カードの写しで確認した番号をお送りします。\n\n"
            f"　梶ヶ谷 俊介（社員番号 K30211）　{MY_NUMBER}\n\n再計算をお願いいたします。" + SIG)
    v = judge_mail(make_mail(to=["center@payroll-example.co.jp"], body=body))
    assert "my-number" in rules_fired(v)
    assert "JP_MY_NUMBER" in verdict_types(v)


def test_an_employee_code_that_is_the_numbers_own_label_still_drops_it():
    # the label right before the number, with nothing of its own: an employee number
    body = f"ご担当者様\n\n下記の方の入館証を発行してください。\n\n　社員番号 {MY_NUMBER}\n" + SIG
    v = judge_mail(make_mail(to=["desk@building-example.co.jp"], body=body))
    assert "my-number" not in rules_fired(v)


def test_a_desk_addressed_with_an_honorific_is_no_one():
    body = ("ホテル青嵐 ご婚礼担当者様\n\nお世話になっております。\n"
            "披露宴の料理について伺います。アレルギーの除去食や、ハラール対応は可能でしょうか。"
            + SIG)
    v = judge_mail(make_mail(to=["bridal@hotel-example.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)
    assert "PERSON_NAME" not in verdict_types(v)


def test_a_named_colleague_who_suffered_stalking():
    body = ("社会保険労務士 先生\n\nご相談です。\n"
            "総務課の日下 彩花さんが、以前の取引先社員からストーカー行為を受けており、"
            "当面は時差出勤を認めたいと考えています。" + SIG)
    v = judge_mail(make_mail(to=["office@sr-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_death_notices_stock_phrase_tells_no_living_persons_health():
    body = ("新聞社 広告局 御中\n\n下記の通り社告の掲載をお願いいたします。\n\n"
            "　当社名誉顧問 鷹野 正臣 儀\n"
            "　かねてより病気療養中のところ十一月二日永眠いたしました\n"
            "　ここに生前のご厚誼に深謝し謹んでご通知申し上げます\n" + SIG)
    v = judge_mail(make_mail(to=["ad@shinbun-example.co.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_living_colleagues_treatment_is_still_sensitive():
    body = ("保険代理店 ご担当者様\n\n当社の鷹野 正臣は病気療養中のため、"
            "契約の手続きは代理の者が伺います。" + SIG)
    v = judge_mail(make_mail(to=["agent@hoken-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_the_heading_after_a_name_column_is_no_name():
    rows = ["桜の間\t鶴見 千景\t卵除去\t加熱品も不可", "桜の間\t相良 一輝\tえび除去\tエキスも不可",
            "楓の間\t宇佐美 光\tハラール\t豚・アルコール不可"]
    body = ("旅館 ご予約係様\n\n夕食の個別対応をお願いします。\n"
            "部屋\t氏名\t対応内容\t補足\n" + "\n".join(rows) + "\nよろしくお願いします。\n"
            "TEL 03-5555-0682\n")
    v = judge_mail(make_mail(to=["yoyaku@ryokan-example.jp"], body=body))
    # the sender's phone under the table is no one's record: the heading 対応内容 was
    # taken for a name beside it
    assert "PHONE_NUMBER" not in verdict_types(v)


def test_a_pension_number_under_its_column_is_no_phone():
    rows = ["相馬 智子\t1984/02/11\t1207-448193\t380000\t452000\t448500\t461200\t453900",
            "浦上 一樹\t1979/08/30\t1046-552107\t410000\t392000\t388100\t390400\t390167",
            "三宅 優\t1990/12/04\t2231-660845\t300000\t401300\t415800\t398700\t405267",
            "千田 康平\t1987/05/19\t1154-902376\t340000\t362000\t358400\t371100\t363833",
            "戸倉 彩\t1995/03/27\t4012-337580\t260000\t318200\t322900\t309800\t316967",
            "堀 圭吾\t1973/06/30\t0982-774310\t500000\t421000\t418000\t426000\t421667"]
    body = ("社労士事務所 御中\n\n月額変更の対象者です。\n\n"
            "氏名\t生年月日\t基礎年金番号\t従前報酬\t8月\t9月\t10月\t平均\n"
            + "\n".join(rows) + SIG)
    v = judge_mail(make_mail(to=["office@sr-example.jp"], body=body))
    assert "identity-document-numbers" in rules_fired(v)
    # 0982-774310, far under its heading, has a phone's shape (an area code of Miyazaki):
    # its column says otherwise
    assert "PHONE_NUMBER" not in verdict_types(v)


def test_dates_after_names_under_a_hire_date_column_are_no_birth_dates():
    body = ("法律事務所 ご担当者様\n\n在籍確認のご依頼の件です。\n\n"
            "氏名\t入社日\t退職日\t連絡先\n"
            "江藤 和人\t1990/04/01\t2022/03/31\t090-2218-7764\n"
            "北条 明美\t1987/10/01\t2021/09/30\t080-3392-1150\n"
            "奥村 修\t1984/04/01\t2020/06/30\t070-6614-2093\n"
            "真壁 祥子\t1993/04/01\t2023/01/31\t090-8157-3326\n" + SIG)
    v = judge_mail(make_mail(to=["kakunin@law-example.jp"], body=body))
    assert "DATE_OF_BIRTH" not in verdict_types(v)
    assert "PHONE_NUMBER" in verdict_types(v)


def test_a_clinic_by_its_department_and_a_doctor_on_the_copy_line_are_no_third_party():
    body = ("けやき健診センター　地域連携室　ご担当者様\n（cc：みなみ消化器内科　南先生）\n\n"
            "お世話になっております。\n"
            "要精密検査となった社員の紹介状を、貴センターから直接発行いただく流れにできないか、"
            "ご相談させてください。\n"
            "（現状は本人が結果を持参してから紹介状を作成しております）" + SIG)
    v = judge_mail(make_mail(to=["renkei@keyaki-example.jp"], cc=["info@minami-example.jp"],
                             body=body))
    assert "sensitive-personal-data" not in rules_fired(v)
    assert "PERSON_NAME" not in verdict_types(v)


def test_a_named_employees_result_is_still_his():
    body = ("けやき健診センター　ご担当者様\n\nお世話になっております。\n"
            "営業部の南 健司さんは要精密検査となりましたので、紹介状の発行をお願いします。" + SIG)
    v = judge_mail(make_mail(to=["renkei@keyaki-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_labelled_person_after_their_unit():
    body = ("法律事務所\n東郷先生\n\nお世話になっております。\n\n"
            "・対象者：製造部 第2グループ　廿楽 蒼\n"
            "・10月30日、酒気帯び運転の疑いで逮捕されました。\n" + SIG)
    v = judge_mail(make_mail(to=["togo@law-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)
    assert not any("廿楽" in x for f in v.findings for e in f.entities for x in e.examples)


def test_an_emergency_contact_mobile_beside_a_work_mailbox_is_the_persons_own():
    body = ("協力会社 ご担当者様\n\nアカウントを登録しました。\n\n"
            "  氏名：真砂 圭吾 様\n  アカウント：ext-masago.keigo@example.co.jp\n"
            "  緊急連絡先（ご本人携帯）：090-5521-7736\n" + SIG)
    v = judge_mail(make_mail(to=["info@vendor-example.jp"], body=body))
    assert "personal-record" in rules_fired(v)
    assert {"PERSON_NAME", "PHONE_NUMBER"} <= verdict_types(v)


def test_a_colleagues_work_mobile_beside_his_work_mailbox_stays_a_business_contact():
    body = ("協力会社 ご担当者様\n\n後任をご紹介します。\n\n"
            "  氏名：真砂 圭吾\n  メール：masago.keigo@example.co.jp\n"
            "  携帯：090-5521-7736\n" + SIG)
    v = judge_mail(make_mail(to=["info@vendor-example.jp"], body=body))
    assert "personal-record" not in rules_fired(v)


def test_the_person_themself_labelled_with_a_colon():
    body = ("工場 総務係 御中\n\nお問い合わせの緊急連絡先です。\n\n"
            "　本人：廿楽 蒼　携帯 090-7712-3094\n"
            "　緊急連絡先：廿楽 凪（妻）　携帯 080-2234-6617\n" + SIG)
    v = judge_mail(make_mail(to=["soumu@factory-example.co.jp"], body=body))
    assert "personal-record" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)


def test_a_labelled_european_name_with_accented_letters():
    body = ("Dear Ms. Hughes,\n\nPlease find the remaining details for the enrolment form.\n\n"
            "  Child:          Noah Åkerlund-Sato\n  Date of birth:  3 March 2020\n"
            "  Parent:         Jörg Åkerlund, mobile +46 70 123 45 67\n\nBest regards,\nTaro\n")
    v = judge_mail(make_mail(to=["admissions@preschool-example.com"], body=body))
    assert "PERSON_NAME" in verdict_types(v)
    assert "DATE_OF_BIRTH" in verdict_types(v)


def test_several_addressees_professions_and_a_course_are_no_third_person():
    body = ("木下園長、真鍋様、みどり区 子育て支援課 ご担当者様\n\nお世話になっております。\n\n"
            "来月の食物アレルギー対応研修について、講師の看護師様と給食業者様の"
            "ご都合を伺いたく、皆さまにまとめてご連絡しました。" + SIG)
    v = judge_mail(make_mail(to=["en@nursery-example.jp", "kosodate@city-example.lg.jp"],
                             cc=["info@kyushoku-example.co.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)
    assert "PERSON_NAME" not in verdict_types(v)


def test_an_address_in_brackets_after_a_persons_age():
    body = ("市 保健センター ご担当者様\n\nフォローをお願いしたい方がいます。\n\n"
            "鹿野 慎吾さん（34歳、若葉市緑町2-8-14）\n"
            "双極性障害で通院中ですが、避難の際に薬を持ち出せませんでした。\n" + SIG)
    v = judge_mail(make_mail(to=["hoken@city-example.lg.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert "JP_ADDRESS" in verdict_types(v)


def test_a_count_of_people_and_a_question_to_whoever_are_no_ones_health():
    body = ("ホテル 宴会予約ご担当 様\n\n懇親会を正式に申し込みます。\n\n"
            "　人数：１８名\n　お料理：会席（お一人様 ７，０００円）\n\n"
            "アレルギー等のある方は、人数のみ後日お知らせいたします。" + SIG)
    v = judge_mail(make_mail(to=["banquet@hotel-example.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_table_of_institutions_under_a_home_word_is_no_list_of_people():
    rows = ["みなと健診クリニック,東京都港区芝5-12-3,03-5441-2210,8:30-16:00",
            "蒲田総合健診,東京都大田区蒲田4-8-1,03-3731-5520,8:00-15:30",
            "大井ウェルネスプラザ,東京都品川区大井1-22-5,03-3777-1093,9:00-16:30",
            "五反田ヘルスケアセンター,東京都品川区西五反田7-9-2,03-3490-2281,9:00-17:00",
            "池上メディカルスクエア,東京都大田区池上6-3-10,03-3754-8826,8:30-15:00"]
    body = ("佐伯さん\n\nお母さまの健診先のお問い合わせの件、ご自宅近くの契約健診機関を"
            "抜粋してお送りします。\n機関名,所在地,電話,受付時間\n" + "\n".join(rows) + SIG)
    v = judge_mail(make_mail(to=["saeki.family@gmail.com"], body=body))
    assert "personal-data-list" not in rules_fired(v)


def test_a_neighbour_named_as_a_temples_parish_representative():
    body = ("建設会社 ご担当者様\n\n作業日程についてご配慮のお願いです。\n\n"
            "南側隣地の 百舌鳥 静江 様（緑町２丁目３番５号）は、円照寺の檀家総代を"
            "務めておられ、当日はご自宅で法要を営まれるそうです。休工をお願いできますでしょうか。"
            + SIG)
    v = judge_mail(make_mail(to=["genba@kensetsu-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_town_and_block_under_an_address_column():
    body = ("市 まちづくり課 ご担当者様\n\n説明会でのご意見をまとめました。\n\n"
            "No\t発言者\t住所\t意見\n1\t宇佐見 健吾\t東台2-4-8\t夜間作業をやめてほしい\n"
            "2\t羽鳥 さやか\t東台1-9-3\t通学路の安全\n3\t鷲見 修\t上新田412\t粉じん対策\n" + SIG)
    v = judge_mail(make_mail(to=["machi@city-example.lg.jp"], body=body))
    assert "personal-record" in rules_fired(v)
    assert "JP_ADDRESS" in verdict_types(v)


def test_an_address_in_brackets_after_a_persons_honorific():
    body = ("市 福祉課 ご担当者様\n\nご相談です。\n\n"
            "DV等支援措置の対象となっている 早乙女 由紀 様（若葉市東区旭が丘4丁目）について、"
            "転居先の住所は照会に応じないようお願いいたします。" + SIG)
    v = judge_mail(make_mail(to=["fukushi@city-example.lg.jp"], body=body))
    assert "JP_ADDRESS" in verdict_types(v)


def _html_mail(to: str, html: str) -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "山田 太郎 <taro@example.co.jp>"
    msg["To"] = to
    msg["Subject"] = "面談時の配慮事項"
    msg.set_content(html, subtype="html")
    return msg.as_bytes()


def test_the_signature_of_an_html_mail_whose_paragraphs_have_no_blank_lines():
    html = ("<p>森田様</p><p>いつもお世話になっております。山田です。</p>"
            "<p>来週面談予定の佐久間 千尋さんについて、ご本人の了承を得てお伝えします。</p>"
            "<p>長男が昨年てんかんと診断され、通院の付添いが必要です。</p>"
            "<p>山田 太郎</p><p>株式会社エグザンプル 人事部</p><p>TEL 048-555-0142（内線31）</p>")
    v = judge_mail(_html_mail("morita@career-example.jp", html))
    assert "sensitive-personal-data" in rules_fired(v)
    # the sender's own phone under his name is his signature, nobody's record
    assert "PHONE_NUMBER" not in verdict_types(v)


def test_a_shelter_address_is_where_the_victim_lives():
    body = ("健康保険組合 ご担当者様\n\nご配慮いただきたい案件です。\n\n"
            "札幌支社の真田 聡子さんが、配偶者からの暴力の被害を受け、"
            "お子さまと避難されています。\n\n"
            "避難先：北海道札幌市白石区本通１５丁目２－７ グランハイツ３０５\n\n"
            "通知類の送付先には特段のご配慮をお願いいたします。" + SIG)
    v = judge_mail(make_mail(to=["kyufu@kenpo-example.or.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
    assert "JP_ADDRESS" in verdict_types(v)


def test_a_forwarded_ticket_under_the_senders_signature_is_read():
    body = ("定期便係 御中\n\n山田です。お客様からカード変更の依頼がありました。"
            "決済は御社システムのため、受付内容を転送します。\n"
            "――――――――――――――――\n株式会社エグザンプル 通販事業部\n"
            "カスタマーサポート課　山田 太郎\nフリーダイヤル 0120-55-0123（平日9:00-18:00）\n"
            "〒103-0027 東京都中央区日本橋3-8-14\n――――――――――――――――\n"
            "-------- Forwarded Message --------\n件名: カード変更のご依頼\n"
            "差出人: 受付システム <cs-ticket@example.co.jp>\n受付番号：CS-270214-0382\n"
            "お客様名：岩城 美咲 様（イワキ ミサキ）\n電話番号：070-3312-8845\n"
            "ご依頼内容：支払カードを変更したい\n新カード番号：4111111111111111\n"
            "有効期限：09/30\n備考：次回から新カードで決済希望\n")
    v = judge_mail(make_mail(to=["teiki@partner.co.jp"], body=body))
    assert "credit-card-number" in rules_fired(v)


def test_an_access_log_of_named_employees_by_their_card_ids():
    rows = "\n".join(f"2026-10-0{d} 0{d}:1{d}\tBY-0{d % 2 + 1}\tC-04{d}{d}\t{n}\t社員\t入室"
                     for d, n in enumerate(["十河 誠", "善家 礼子", "猪狩 大翔", "嵯峨 みのり",
                                            "京極 沙織", "芦田 陽"], 1))
    body = ("調査会社 御中\n\n入退室ログをお送りします。\n\n"
            "日時\t扉\tカードID\t氏名\t区分\t結果\n" + rows + "\n" + SIG)
    v = judge_mail(make_mail(to=["chosa@research-example.co.jp"], body=body))
    assert "personal-data-list" in rules_fired(v)


def test_a_holders_name_column_with_its_script_in_brackets():
    rows = [["No", "カード番号", "名義（ローマ字）", "有効期限"],
            [1, "4111111111111111", "Minato SHIMIZU", "12/27"],
            [2, "5555555555554444", "Saori ITO", "05/28"]]
    book = xlsx({"依頼": rows})
    v = judge_mail(make_mail(to=["fraud@card-example.co.jp"], body="停止依頼です。" + SIG,
                             attachments=[("stop.xlsx", book, "application/vnd.openxmlformats-"
                                           "officedocument.spreadsheetml.sheet")]))
    assert "credit-card-number" in rules_fired(v)
    assert "PERSON_NAME" in verdict_types(v)


def test_a_birth_date_as_a_data_dump_writes_it():
    body = ("調査会社 ご担当者様\n\n列の意味がわかるよう実データを1件だけお見せします。\n\n"
            "id=20931  name=柏木 遥  birth=1961-03-14  addr=宮城県仙台市青葉区一番町2-5-8\n" + SIG)
    v = judge_mail(make_mail(to=["forensic@security-example.co.jp"], body=body))
    assert "DATE_OF_BIRTH" in verdict_types(v)


def test_places_to_stay_abroad_are_no_names():
    body = ("旅行会社\n法人営業部 ご担当者様\n\nお世話になっております。山田です。\n"
            "駐在員が現地で入院した際に、日本から駆け付ける家族の宿泊先として\n"
            "あらかじめ候補を決めておきたく、以下のホテルの法人料金をご確認いただけますか。\n\n"
            "・Grand Sukhumvit Residence（Sukhumvit Soi 15）　TEL +66-2-251-0091\n"
            "・Asoke Garden Hotel（Sukhumvit Soi 23）　TEL +66-2-664-7133\n"
            "・Phrom Phong Serviced Apartments（Sukhumvit Soi 41）　TEL +66-2-259-3357\n"
            "・Thonglor Suites（Sukhumvit Soi 57）　TEL +66-2-392-7781\n\nよろしくお願いします。\n")
    v = judge_mail(make_mail(to=["houjin@travel-example.co.jp"], body=body))
    assert "personal-record" not in rules_fired(v)
