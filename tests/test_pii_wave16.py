"""From a sixteenth blind wave (issue 9), written afresh here: a transfer file pasted as it
is, its holders in half-width kana."""

from email import message_from_bytes
from email.policy import default
from email.utils import formataddr

from mailfactory import entity_types, judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 経理課\nTEL 03-5555-0150\n"


def test_a_fixed_width_transfer_file_pasted_in_the_body_is_held():
    rows = [("0138", "205", "1", "4417203", "ｻｲﾄｳ ﾐﾅﾐ", "0000212400"),
            ("0009", "612", "1", "0982231", "ﾎﾝﾀﾞ ｹﾝｼﾞ", "0000187000"),
            ("0005", "041", "2", "7730194", "ｸﾛｶﾜ ｱﾔﾉ", "0000096500"),
            ("0138", "118", "1", "5521806", "ﾐﾔｻﾞｷ ﾘｮｳ", "0000230150"),
            ("0001", "332", "1", "1149027", "ﾂｼﾞ ﾏﾕﾐ", "0000175300"),
            ("0009", "207", "1", "6603418", "ｵｶﾞﾜ ｼｭﾝ", "0000142800")]
    lines = "\n".join(f"2{b}{br}{t}{acc}{name:<24}{amt}" for b, br, t, acc, name, amt in rows)
    body = ("給与振込代行 ご担当者様\n\nお世話になっております。\n"
            "差し戻しのあった明細レコードを以下に貼り付けます。\n\n" + lines + "\n" + JSIG)
    raw = make_mail(to=["furikomi@payroll-example.co.jp"], body=body)
    v = judge_mail(raw)
    assert v.action >= Action.HOLD
    assert {"JP_BANK_ACCOUNT", "PERSON_NAME"} <= entity_types(raw)
    shown = " ".join(x for f in v.findings for e in f.entities for x in e.examples)
    assert "4417203" not in shown and "ｻｲﾄｳ ﾐﾅﾐ" not in shown


def test_one_transfer_line_or_a_companys_kana_name_is_no_list():
    body = ("ご担当者様\n\n振込先のご確認です。\n\n"
            "2013812345678901ｶ)ｴｸﾞｻﾞﾝﾌﾟﾙ ｼｮｳｼﾞ  0001200000\n" + JSIG)
    raw = make_mail(to=["keiri@vendor-example.co.jp"], body=body)
    assert judge_mail(raw).action < Action.DELAY
    assert "PERSON_NAME" not in entity_types(raw)


def test_a_customer_named_with_sama_beside_an_address_without_its_prefecture_is_one_record():
    body = ("配送センター ご担当者様\n\nお世話になっております。\n"
            "再配達先の変更がありましたのでお知らせします。\n\n"
            "ご依頼主：宇佐美 千晶 様\nお届け先：西区南幸2-17-8 ルミエール横浜804\n" + JSIG)
    raw = make_mail(to=["haiso@logi-example.co.jp"], body=body)
    assert {"PERSON_NAME", "JP_ADDRESS"} <= entity_types(raw)
    assert judge_mail(raw).action < Action.DELAY  # one person: a warning at most


def test_a_customer_with_the_senders_family_name_is_not_the_sender():
    # the sender is 大森 由佳 (From and signature); the customer is another 大森
    body = ("保険金請求窓口 ご担当者様\n\nお世話になっております。\n"
            "ご契約者の大森様が、先週の転倒で右手首を骨折され入院されました。\n"
            "ご連絡先は 090-7712-4403 です。\n" + JSIG)
    msg = message_from_bytes(make_mail(to=["claim@ins-example.co.jp"], body=body,
                                       sender="omori@example.co.jp"), policy=default)
    msg.replace_header("From", formataddr(("大森 由佳", "omori@example.co.jp")))
    v = judge_mail(msg.as_bytes())
    sensitive = [f for f in v.findings if f.rule == "sensitive-personal-data"]
    assert sensitive and "PERSON_NAME" in {e.type for e in sensitive[0].entities}


def test_words_that_merely_begin_with_an_origin_or_creed_term_are_no_special_care_data():
    # 出自 inside 日の出自転車, 宗教法人 a temple's legal form, 民族衣装 a costume
    body = ("宗教法人 妙光寺 事務局 御中\n\nいつもお世話になっております。\n"
            "秋の行事で使う民族衣装の貸出と、送迎の件です。\n"
            "当日の連絡先は以下の2名です。\n\n"
            "　青柳 颯太　080-4471-2290\n　真壁 美咲　090-6618-0374\n\n"
            "--\n株式会社 日の出自転車 営業部\n川端 一樹\nTEL 048-555-0190\n")
    raw = make_mail(to=["jimu@myokoji-example.or.jp"], body=body)
    assert "SENSITIVE_CATEGORY" not in entity_types(raw)
    assert judge_mail(raw).action < Action.DELAY


def test_a_colleague_with_a_place_like_surname_and_her_disability_is_held():
    body = ("研修センター ご担当者様\n\nお世話になっております。\n"
            "来週の研修に参加する当社スタッフについて、ひとつお願いがございます。\n"
            "経理課の 飯能 佳代子 は視覚障害（身体障害者手帳 1級）があり、\n"
            "資料は拡大版が必要です。\n"
            + JSIG)
    raw = make_mail(to=["kenshu@center-example.co.jp"], body=body)
    v = judge_mail(raw)
    assert v.action >= Action.HOLD
    sensitive = [f for f in v.findings if f.rule == "sensitive-personal-data"]
    assert sensitive and "PERSON_NAME" in {e.type for e in sensitive[0].entities}


def test_a_phone_and_address_list_where_only_some_surnames_are_known_is_a_list():
    rows = [("北組", "四十物 昭", "0493-22-7716", "埼玉県東松山市箭弓町2-4-11"),
            ("北組", "鈴木 和子", "0493-24-1190", "埼玉県東松山市松葉町1-8-3"),
            ("南組", "勘解由 忠", "0493-23-5542", "埼玉県東松山市神明町3-1-20"),
            ("南組", "田中 洋子", "0493-25-8817", "埼玉県東松山市材木町5-2-7"),
            ("東組", "小鳥遊 巌", "0493-27-3304", "埼玉県東松山市日吉町4-6-15"),
            ("東組", "佐藤 一郎", "0493-21-6659", "埼玉県東松山市本町1-3-9")]
    lines = "\n".join("　".join(r) for r in rows)
    body = ("錦印刷 ご担当者様\n\nお世話になっております。\n"
            "自治会役員の連絡網です。名簿の印刷をお願いします。\n\n" + lines + "\n" + JSIG)
    raw = make_mail(to=["eigyo@print-example.co.jp"], body=body)
    v = judge_mail(raw)
    assert v.action >= Action.HOLD
    assert "personal-data-list" in {f.rule for f in v.findings}


def test_an_address_stops_at_its_cell_so_each_person_counts_once():
    rows = [("shimei", "jusho", "tel", "seinengappi"),
            ("八木沼 遥", "埼玉県狭山市入間川3-12-4", "080-3371-9920", "1961/02/14"),
            ("百瀬 剛", "埼玉県川越市今福1-8-22", "070-2284-6613", "1958/11/30"),
            ("九鬼 静香", "東京都青梅市新町5-14-7", "090-4410-2278", "1972/07/08")]
    csv = "\r\n".join(",".join(r) for r in rows).encode()
    raw = make_mail(to=["data@system-example.co.jp"],
                    attachments=[("master.csv", csv, "text/csv")])
    counts = {e.type: e.count for f in judge_mail(raw).findings for e in f.entities}
    # romaji column names are read; one address and one birth date per row
    assert counts["JP_ADDRESS"] == 3 and counts["DATE_OF_BIRTH"] == 3


def test_birth_dates_in_brackets_after_the_names_of_a_list():
    body = ("補習のご案内先です。\n\n"
            "宇多川 美羽（2006/03/18）　坂道発進\n久我 蒼（2007/08/02）　一時不停止\n"
            "鬼頭 千夏（2005/12/25）　合図不履行\n" + JSIG)
    raw = make_mail(to=["hoshu@school-example.co.jp"], body=body)
    assert {"DATE_OF_BIRTH", "PERSON_NAME"} <= entity_types(raw)
    # a schedule of meetings in brackets is no list of birth dates
    body = ("打合せ日程です。\n\n定例会議（2026/10/05）\n月次報告（2026/10/12）\n" + JSIG)
    assert "DATE_OF_BIRTH" not in entity_types(make_mail(to=["a@b-example.co.jp"], body=body))


def test_a_name_split_over_columns_counts_as_one_person_and_shows_one_initial():
    rows = [("姓", "名", "フリガナ", "携帯"),
            ("真行寺", "瑞希", "シンギョウジ ミズキ", "080-5521-7730"),
            ("御手洗", "透", "ミタライ トオル", "090-6604-1187"),
            ("小野寺", "紬", "オノデラ ツムギ", "070-3318-2246")]
    csv = "\r\n".join(",".join(r) for r in rows).encode()
    raw = make_mail(to=["dm@print-example.co.jp"], attachments=[("list.csv", csv, "text/csv")])
    names = [e for f in judge_mail(raw).findings for e in f.entities if e.type == "PERSON_NAME"]
    assert names and names[0].count == 3
    shown = " ".join(names[0].examples)
    assert "瑞" not in shown and "ミズキ" not in shown and "透" not in shown


def test_an_html_pax_list_above_the_closing_is_read_and_the_signature_is_not():
    cells = [("1", "KAMIYA", "SORA", "03 Feb 1979", "TR4417290"),
             ("2", "OGURA", "HINATA", "21 Jul 1984", "TZ2290417"),
             ("3", "YUZAWA", "MIO", "09 Nov 1991", "TK7731058"),
             ("4", "FUSE", "KAITO", "30 Mar 1968", "TH1183920"),
             ("5", "NIREI", "AOI", "14 Jan 2001", "MZ5527316")]
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in cells)
    html = ("<html><body><p>Dear team,</p><p>Our group for the 12 May departure:</p>"
            "<table><tr><th>#</th><th>Surname</th><th>Given name</th><th>Date of birth</th>"
            f"<th>Passport No.</th></tr>{rows}</table>"
            "<p>Best regards,<br>Rie Asano<br>Example Travel Co., Ltd.<br>"
            "Tel +81-3-5555-0123</p></body></html>")
    msg = message_from_bytes(make_mail(to=["ops@tours-example.com"]), policy=default)
    msg.set_content(html, subtype="html")
    v = judge_mail(msg.as_bytes())
    assert v.action >= Action.HOLD
    types = {e.type for f in v.findings for e in f.entities}
    assert {"PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"} <= types
    assert "PHONE_NUMBER" not in types  # the sender's own, under Best regards


def test_a_name_label_with_a_qualifier_in_brackets():
    body = ("Dear Ms. Rao,\n\nPlease prepare the invitation letter for:\n\n"
            "  Name (as in passport): Haruka Minegishi\n  Date of birth: 4 June 1987\n"
            "  Passport No.: TR8830147\n\nKind regards,\nRie Asano\n")
    raw = make_mail(to=["visa@partner-example.in"], body=body)
    assert {"PERSON_NAME", "JP_PASSPORT"} <= entity_types(raw)


def test_a_rare_surname_heading_a_line_of_birth_date_and_licence_is_the_persons_name():
    body = ("ご担当者様\n\nお世話になっております。\n候補者の免許情報です。\n\n"
            "百足 結衣　Ｈ３．９．１４生\n免許証番号　第３０１２　４４８１　７７２０号\n"
            + JSIG)
    raw = make_mail(to=["jinji@unso-example.co.jp"], body=body)
    v = judge_mail(raw)
    ids = [f for f in v.findings if f.rule == "identity-document-numbers"]
    assert ids and "PERSON_NAME" in {e.type for e in ids[0].entities}


def test_a_symptom_column_of_a_repair_list_is_the_machines_not_the_customers():
    repair = [("受付No", "お客様名", "携帯", "型番", "症状"),
              ("R-201", "綾瀬 光", "090-3381-0072", "KX-200", "電源が入らない"),
              ("R-202", "国分 葵", "080-2217-4409", "KX-310", "異音がする"),
              ("R-203", "柴崎 涼", "070-6620-1185", "KX-200", "液晶のにじみ")]
    clinic = [("氏名", "携帯", "症状"),
              ("綾瀬 光", "090-3381-0072", "発熱・咳"),
              ("国分 葵", "080-2217-4409", "めまい"),
              ("柴崎 涼", "070-6620-1185", "腹痛")]
    for rows, sensitive in ((repair, False), (clinic, True)):
        csv = "\r\n".join(",".join(r) for r in rows).encode()
        raw = make_mail(to=["a@service-example.co.jp"], attachments=[("l.csv", csv, "text/csv")])
        assert ("SENSITIVE_CATEGORY" in entity_types(raw)) is sensitive
