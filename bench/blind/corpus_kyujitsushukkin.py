"""休日出勤・シフト・代休・夜勤の調整 (kyujitsushukkin): mail that 日の出産業's 人事課・労務グループ,
物流センター, 第二工場 and 総務部 施設管理 send while arranging holiday work, night shifts and
substitute days off — requests and rosters exchanged with temp-staff agencies (派遣会社) and
security companies (警備会社), timesheet corrections sent to the attendance-system vendor,
absence notices for dispatched staff (some with diagnoses, injuries or other sensitive facts),
36協定 (Article 36 overtime agreement) drafts and questions to the 社会保険労務士 and lawyers,
night-shift transport, hotel and meal arrangements, English mail to foreign vendors and
consultants; a mix of mail that must be held (lists of staff, My Numbers and ID numbers,
health and other sensitive data, visible multi-party recipients, look-alike domains,
confidentiality stamps, encrypted or corrupt attachments) and ordinary mail that must go."""

import unicodedata

from build import card_number, my_number

SEED = 71201

# -- small helpers for laying out the lists the way people paste them -------------------


def _w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, n, fill=" "):
    s = str(s)
    gap = max(n - _w(s), 2 if fill == "　" else 1)
    if fill == "　":
        return s + "　" * (gap // 2) + " " * (gap % 2)
    return s + fill * gap


def zen(s, hyphen="－"):
    return str(s).translate(str.maketrans("0123456789-", "０１２３４５６７８９" + hyphen))


def wareki(d, style="kanji"):
    y, m, dd = (int(x) for x in d.split("-"))
    if (y, m) >= (2019, 5):
        era, ey, ab = "令和", y - 2018, "R"
    elif y >= 1989:
        era, ey, ab = "平成", y - 1988, "H"
    else:
        era, ey, ab = "昭和", y - 1925, "S"
    if style == "abbr":
        return f"{ab}{ey}.{m}.{dd}"
    if style == "zen":
        return zen(f"{era}{ey}年{m}月{dd}日")
    return f"{era}{ey}年{m}月{dd}日"


def slash(d):
    return d.replace("-", "/")


def corp_no(base12):
    """法人番号: check digit in front of the 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for i, p in enumerate(reversed(digits), start=1):
        total += p * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP = corp_no("030001058317")

# Invented people (staff of agencies, part-timers, employees) reused across the mail.
P = [
    dict(n="佐々木 湊", k="ササキ ミナト", r="Sasaki Minato", tel="090-3381-2047",
         addr="埼玉県川口市芝新町5-14-203", zip="333-0851", dob="1994-07-12",
         mail="minato.s0712@gmail.com", st="蕨"),
    dict(n="東海林 彩花", k="ショウジ アヤカ", r="Shoji Ayaka", tel="080-4172-9953",
         addr="埼玉県蕨市北町2-8-11", zip="335-0001", dob="1988-11-03",
         mail="ayaka_shoji@yahoo.co.jp", st="蕨"),
    dict(n="グエン・ヴァン・ナム", k="グエン ヴァン ナム", r="Nguyen Van Nam", tel="070-2296-5108",
         addr="埼玉県戸田市下戸田1-22-5 ハイツ戸田102", zip="335-0022", dob="1997-02-19",
         mail="nam.nguyen97@gmail.com", st="戸田公園"),
    dict(n="勅使河原 大輔", k="テシガワラ ダイスケ", r="Teshigawara Daisuke", tel="090-7720-1486",
         addr="東京都北区赤羽西3-41-7", zip="115-0055", dob="1979-05-28",
         mail="tshg.daisuke@outlook.jp", st="赤羽"),
    dict(n="小田切 真由", k="オダギリ マユ", r="Odagiri Mayu", tel="080-6613-0274",
         addr="埼玉県さいたま市南区別所6-3-18", zip="336-0021", dob="1991-09-09",
         mail="mayu.odagiri@icloud.com", st="武蔵浦和"),
    dict(n="五十嵐 康平", k="イガラシ コウヘイ", r="Igarashi Kohei", tel="090-9045-3361",
         addr="埼玉県上尾市原市2210-4", zip="362-0021", dob="1985-12-24",
         mail="k-igarashi85@docomo.ne.jp", st="上尾"),
    dict(n="米倉 千尋", k="ヨネクラ チヒロ", r="Yonekura Chihiro", tel="070-8831-4429",
         addr="埼玉県川越市新宿町4-6-2", zip="350-1124", dob="1999-04-01",
         mail="chihiro.y@ezweb.ne.jp", st="川越"),
    dict(n="マリア・サントス", k="マリア サントス", r="Maria Santos", tel="080-2954-7730",
         addr="埼玉県川口市西川口3-9-14-405", zip="332-0021", dob="1990-08-15",
         mail="maria.santos.jp@gmail.com", st="西川口"),
    dict(n="比嘉 翔太", k="ヒガ ショウタ", r="Higa Shota", tel="090-6128-0593",
         addr="東京都板橋区志村1-17-9", zip="174-0056", dob="1996-03-30",
         mail="shota.higa@yahoo.co.jp", st="志村坂上"),
    dict(n="大和田 恵子", k="オオワダ ケイコ", r="Owada Keiko", tel="080-1407-6632",
         addr="埼玉県鴻巣市本町7-2-25", zip="365-0038", dob="1968-06-06",
         mail="keiko.owada@softbank.ne.jp", st="鴻巣"),
    dict(n="鬼塚 隼人", k="オニヅカ ハヤト", r="Onizuka Hayato", tel="090-2264-8817",
         addr="埼玉県北本市中丸5-88", zip="364-0004", dob="1993-10-21",
         mail="hayato.oz@gmail.com", st="北本"),
    dict(n="宍戸 美穂", k="シシド ミホ", r="Shishido Miho", tel="070-5539-2071",
         addr="埼玉県桶川市若宮1-4-3", zip="363-0022", dob="1987-01-17",
         mail="miho-shishido@outlook.jp", st="桶川"),
    dict(n="久保寺 正樹", k="クボデラ マサキ", r="Kubodera Masaki", tel="090-8302-4415",
         addr="埼玉県行田市持田2-15-6", zip="361-0056", dob="1975-02-08",
         mail="m.kubodera@yahoo.co.jp", st="行田市"),
    dict(n="チャン・ティ・ラン", k="チャン ティ ラン", r="Tran Thi Lan", tel="080-7716-3320",
         addr="埼玉県行田市門井町3-2-9", zip="361-0031", dob="2000-12-02",
         mail="lan.tran2000@gmail.com", st="行田"),
    dict(n="御手洗 拓海", k="ミタライ タクミ", r="Mitarai Takumi", tel="090-1893-6257",
         addr="埼玉県熊谷市籠原南1-140", zip="360-0846", dob="1998-05-14",
         mail="takumi.mitarai@icloud.com", st="籠原"),
    dict(n="猪俣 さゆり", k="イノマタ サユリ", r="Inomata Sayuri", tel="080-3065-9148",
         addr="埼玉県熊谷市久下2-33-1", zip="360-0004", dob="1972-09-27",
         mail="sayuri.inomata@docomo.ne.jp", st="熊谷"),
    dict(n="蔵之内 蒼", k="クラノウチ アオイ", r="Kuranouchi Aoi", tel="070-6140-7782",
         addr="群馬県太田市飯塚町1009-3", zip="373-0817", dob="2001-07-07",
         mail="aoi.kuranouchi@gmail.com", st="太田"),
    dict(n="丹羽 勝也", k="ニワ カツヤ", r="Niwa Katsuya", tel="090-4427-5530",
         addr="埼玉県深谷市上柴町西4-7-12", zip="366-0052", dob="1983-03-03",
         mail="katsuya.niwa@yahoo.co.jp", st="深谷"),
    dict(n="樋渡 玲奈", k="ヒワタシ レナ", r="Hiwatashi Rena", tel="080-9981-2604",
         addr="埼玉県鴻巣市赤見台3-5-8", zip="365-0064", dob="1995-11-11",
         mail="rena.hiwatashi@gmail.com", st="北鴻巣"),
    dict(n="ジェローム・ラモス", k="ジェローム ラモス", r="Jerome Ramos", tel="070-3372-8845",
         addr="埼玉県本庄市駅南2-6-1", zip="367-0051", dob="1989-04-23",
         mail="jerome.ramos89@gmail.com", st="本庄"),
    dict(n="八木橋 悟", k="ヤギハシ サトル", r="Yagihashi Satoru", tel="090-5516-0038",
         addr="埼玉県羽生市南5-3-30", zip="348-0027", dob="1966-08-30",
         mail="s-yagihashi@ezweb.ne.jp", st="羽生"),
    dict(n="二階堂 ひかる", k="ニカイドウ ヒカル", r="Nikaido Hikaru", tel="080-2208-7154",
         addr="埼玉県加須市諏訪1-9-2", zip="347-0063", dob="2003-01-25",
         mail="hikaru.nikaido@icloud.com", st="加須"),
    dict(n="栗林 亮介", k="クリバヤシ リョウスケ", r="Kuribayashi Ryosuke", tel="090-6671-9902",
         addr="東京都足立区梅島2-20-11", zip="121-0816", dob="1992-06-18",
         mail="ryo.kuribayashi@gmail.com", st="梅島"),
    dict(n="真壁 加奈子", k="マカベ カナコ", r="Makabe Kanako", tel="070-4493-1287",
         addr="埼玉県草加市谷塚1-31-4", zip="340-0023", dob="1980-10-05",
         mail="kanako.makabe@yahoo.co.jp", st="谷塚"),
    dict(n="小野寺 陸", k="オノデラ リク", r="Onodera Riku", tel="080-5820-3349",
         addr="埼玉県越谷市蒲生寿町6-15", zip="343-0836", dob="1997-09-13",
         mail="riku.onodera@outlook.jp", st="蒲生"),
    dict(n="アニル・シャルマ", k="アニル シャルマ", r="Anil Sharma", tel="090-2739-6014",
         addr="埼玉県川口市並木2-4-19-302", zip="332-0034", dob="1986-01-30",
         mail="anil.sharma.jp@gmail.com", st="西川口"),
    dict(n="芦田 みのり", k="アシダ ミノリ", r="Ashida Minori", tel="080-7354-2216",
         addr="埼玉県蕨市中央5-1-7", zip="335-0004", dob="1977-07-22",
         mail="minori.ashida@softbank.ne.jp", st="蕨"),
    dict(n="甲斐 浩二", k="カイ コウジ", r="Kai Koji", tel="090-3902-8861",
         addr="埼玉県戸田市美女木4-20-8", zip="335-0031", dob="1971-04-11",
         mail="koji.kai@docomo.ne.jp", st="北戸田"),
    dict(n="雨宮 結衣", k="アメミヤ ユイ", r="Amemiya Yui", tel="070-1186-4473",
         addr="埼玉県さいたま市桜区田島8-2-6", zip="338-0837", dob="2002-08-08",
         mail="yui.amemiya@gmail.com", st="西浦和"),
    dict(n="楠本 剛", k="クスモト ツヨシ", r="Kusumoto Tsuyoshi", tel="090-8845-1720",
         addr="埼玉県さいたま市西区指扇1250-3", zip="331-0047", dob="1984-02-29",
         mail="t.kusumoto@yahoo.co.jp", st="指扇"),
]

# Employees (社員番号 + name) for the in-house lists.
EMP = [
    ("H10482", "鳴海 健吾", "製造部 第二工場"), ("H10517", "阿久津 早苗", "物流センター"),
    ("H10533", "瀬戸口 達也", "製造部 第二工場"), ("H10604", "百瀬 綾乃", "品質保証部"),
    ("H10611", "宇佐美 大地", "物流センター"), ("H10645", "日下部 智子", "製造部 第一工場"),
    ("H10702", "仁科 修", "製造部 第二工場"), ("H10718", "雪下 梨花", "物流センター"),
    ("H10736", "薬師寺 航", "設備保全課"), ("H10759", "堀之内 菜摘", "製造部 第一工場"),
    ("H10781", "春日井 誠", "物流センター"), ("H10803", "茅野 律子", "製造部 第二工場"),
    ("H10829", "能登 昌平", "設備保全課"), ("H10846", "上総 秀人", "製造部 第一工場"),
    ("H10870", "宮路 ゆかり", "品質保証部"), ("H10893", "神代 和真", "物流センター"),
    ("H10915", "帯刀 紗希", "製造部 第二工場"), ("H10937", "砂川 亮太", "設備保全課"),
    ("H10962", "柘植 洋平", "製造部 第一工場"), ("H10988", "千早 美智", "物流センター"),
]

# -- signatures and disclaimers of the senders -------------------------------------------

SIG_TAKANO = """
━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　管理本部 人事課
高野 美咲（Takano Misaki）
〒330-0854 埼玉県さいたま市大宮区桜木町4-218 日の出ビル5F
TEL 048-640-3150（代表）／内線 5213
m-takano@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_MAEJIMA = """--
日の出産業株式会社
物流センター　センター長　前島 隆之
〒362-0806 埼玉県北足立郡伊奈町小室9810-2
TEL:048-720-6611  FAX:048-720-6612
t-maejima@hinode-sangyo.co.jp"""

SIG_MIURA = """
*************************************
日の出産業(株) 第二工場 工務課
三浦 亮（みうら りょう）
〒361-0023 埼玉県行田市長野7-1530
TEL 048-553-2270 / FAX 048-553-2279
*************************************"""

SIG_KATAGIRI = """──────────────────
総務部 施設管理グループ
片桐 慎吾
日の出産業株式会社
TEL 048-640-3158 / 内線 5108
──────────────────"""

SIG_SONODA = """------------------------------------------
日の出産業株式会社 管理本部 労務グループ
課長　園田 誠一
TEL：048-640-3172　FAX：048-640-3199
Mail：s-sonoda@hinode-sangyo.co.jp
------------------------------------------"""

SIG_ETO = """=====================
人事課 給与・社会保険担当
江藤 由紀
日の出産業株式会社
内線 5220 / 048-640-3150
====================="""

SIG_UNO = """--
宇野 奈々 / Nana Uno
情報システム部 業務システム課
日の出産業株式会社
TEL 048-640-3190"""

SIG_ARAI = """Best regards,

Kenji Arai
Manager, Production Planning
Hinode Sangyo Co., Ltd.
4-218 Sakuragicho, Omiya-ku, Saitama 330-0854, Japan
Tel: +81-48-640-3150
k-arai@hinode-sangyo.co.jp"""

SIG_OKOCHI = """
日の出産業株式会社
総務部 総務課　大河内 健
TEL 048-640-3155"""

DISC_JA = ("※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。")

DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete this "
           "e-mail. Any unauthorised copying or distribution is prohibited.")

MESSAGES = []

# ---------------------------------------------------------------------------------------
# 001-025
# ---------------------------------------------------------------------------------------

_m1_rows = "\n".join(
    f"{i:>2}  {pad(p['n'], 20)}{pad(p['k'], 24)}{pad(p['tel'], 16)}{p['st']}"
    for i, p in enumerate(P[0:8], 1))

MESSAGES.append(dict(
    id="kyujitsushukkin-001", charset="iso-2022-jp",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["石黒 様 <ishiguro@staffnet-kanto.co.jp>"],
    subject="年末年始休日出勤 派遣スタッフ様の緊急連絡先確認のお願い",
    body=f"""スタッフネット関東株式会社
営業部 石黒様

いつもお世話になっております。日の出産業 物流センターの前島です。

12/29〜1/3の年末年始休日出勤にご対応いただく派遣スタッフ様8名について、
当センターで把握している緊急連絡先を下記にまとめました。
前回更新から半年ほど経っておりますので、変更がないかご確認いただけますでしょうか。

No  氏名                フリガナ                携帯電話        最寄駅
--  ------------------  ----------------------  --------------  --------
{_m1_rows}

雪や交通機関の乱れで出勤が難しくなった場合、当日6:30までに
センター事務所（048-720-6611）へご連絡いただくようお伝えください。

お手数ですが12/10までにご返信いただけますと助かります。
よろしくお願いいたします。

{SIG_MAEJIMA}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="8 dispatched staff with mobile numbers in a padded table to an agency: a list of people"))

MESSAGES.append(dict(
    id="kyujitsushukkin-002", charset="iso-2022-jp",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["haken-eigyo@human-bridge.jp"],
    subject="10/17(土) 休日出勤 2名追加のお願い",
    body=f"""株式会社ヒューマンブリッジ
派遣営業ご担当者様

お世話になっております。日の出産業 物流センターの前島でございます。

急なお願いで恐縮ですが、10/17(土)の休日出勤について
現在の6名体制に加えて、あと2名ご手配いただけないでしょうか。

【条件】
・勤務時間：8:30〜17:30（休憩60分）
・業務内容：出荷前検品、フォークリフトでの積込み補助
・資格：フォークリフト運転技能講習修了者が1名以上いると助かります
・単価：現行契約の休日単価（35%割増）でお願いいたします
・集合：8:15 物流センター正面守衛所

人選が決まりましたら、いつもの様式でお名前だけお知らせください。
10/14(水)中にお返事いただけますと幸いです。

{SIG_MAEJIMA}
""",
    expect="pass", entities=[], detectors=[],
    note="request for two extra holiday workers with job conditions only; no personal data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-003", charset="shift_jis",
    sender="片桐 慎吾 <s-katagiri@hinode-sangyo.co.jp>",
    to=["平和警備保障 管制課 <kansei@heiwa-keibi.co.jp>"],
    subject="11月度 夜間警備シフト表の送付（パスワード別送）",
    body=f"""平和警備保障株式会社
管制課　ご担当者様

いつも大変お世話になっております。
日の出産業 総務部の片桐です。

11月度の夜間警備シフト表（本社・第二工場）を添付にてお送りします。
ファイルにはパスワードを設定しております。パスワードは別途メールにてお知らせします。

11/3（祝）と11/23（祝）は第二工場が休日稼働となるため、
巡回の開始時刻を1時間遅らせていただく形にしております。
ご確認のほどよろしくお願いいたします。

{SIG_KATAGIRI}
""",
    attachments=[dict(kind="zip", name="11月度_夜間警備シフト.zip", password="Kt-1103#heiwa",
                      files=[dict(kind="xlsx", name="11月度_夜間警備シフト.xlsx",
                                  sheets={"本社": [["日付", "勤務帯", "警備員"],
                                                   ["11/1", "22:00-6:00", "A班"],
                                                   ["11/2", "22:00-6:00", "B班"]]})])],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP to a security company: the attachment cannot be inspected"))

_m4_q = "\n".join(
    f"> {p['n']}　{p['tel']}" for p in P[20:26])

MESSAGES.append(dict(
    id="kyujitsushukkin-004", charset="utf-8",
    sender="片桐 慎吾 <s-katagiri@hinode-sangyo.co.jp>",
    to=["坂東 様 <bando@heiwa-keibi.co.jp>"],
    subject="Re: 10月度 夜間警備 配置予定者のご連絡",
    body=f"""坂東様

お世話になっております。日の出産業の片桐です。
配置予定者のご連絡ありがとうございます。内容承知いたしました。

入館証は従来どおり、初日に本社守衛室でお渡しします。
第二工場の休日稼働日（10/12）だけは通用口が北門になりますので、
その点のみ隊員の皆様へお伝えいただけますと助かります。

{SIG_KATAGIRI}

2026年9月28日(月) 15:12 坂東 <bando@heiwa-keibi.co.jp>:
> 日の出産業株式会社
> 総務部 片桐様
>
> いつもお世話になっております。平和警備保障の坂東です。
> 10月度の夜間警備について、配置予定の隊員をご連絡いたします。
>
{_m4_q}
>
> 急な交代が出た場合は、前日までに改めてご連絡いたします。
> 何卒よろしくお願いいたします。
""",
    expect="pass", entities=[], detectors=[],
    note="the guard list with mobiles is only in quoted text from the recipient; new text has no personal data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-005", charset="utf-8",
    sender="高野 美咲 <m-takano@hinode-sangyo.co.jp>",
    to=["須藤 様 <sudo@human-bridge.jp>"],
    subject="【ご連絡】派遣スタッフ 小野寺様の欠勤および夜勤シフトについて",
    body=f"""株式会社ヒューマンブリッジ
コーディネーター 須藤様

いつもお世話になっております。日の出産業 人事課の高野です。

物流センターで夜勤に入っていただいている小野寺 陸様（スタッフ番号 HB-20417）ですが、
10/5以降欠勤が続いておりました。本日ご本人から連絡があり、
心療内科で「適応障害」と診断され、1か月程度の休養が必要との診断書が出ているとのことです。
（診断書の写しはご本人から貴社にも提出されると伺っています）

つきましては、
・11月上旬までの夜勤シフトから小野寺様を外す
・その間の代替要員（夜勤 22:00〜7:00、週4日）をご手配いただく
の2点をご検討いただけますでしょうか。

復帰の時期や勤務形態（日勤のみ等）については、
ご本人の体調を優先して改めてご相談させてください。

{SIG_TAKANO}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named dispatched worker's mental-health diagnosis (適応障害) sent to the agency: sensitive data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-006", charset="iso-2022-jp",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["石黒 様 <ishiguro@staffnet-kanto.co.jp>",
        "haken-eigyo@human-bridge.jp",
        "東海人材サービス 営業部 <eigyo@tokai-jinzai.co.jp>"],
    subject="【依頼】11/1(日) 棚卸に伴う休日出勤要員のご手配について",
    body=f"""派遣会社各社　ご担当者様

いつもお世話になっております。日の出産業 物流センターの前島です。

11/1(日)に年次の実地棚卸を行うため、休日出勤要員のご手配をお願いいたします。

　日時　　：11/1(日) 8:00〜19:00（休憩90分）
　人数　　：合計15名（各社5名程度を想定）
　作業内容：ロケーション毎のカウント、ハンディ端末入力
　服装　　：動きやすい服装、安全靴は貸与可

各社で可能な人数を10/20(火)までにお知らせください。
人数が揃わない場合は、前日10/31(土)の準備作業も含め調整させていただきます。

{SIG_MAEJIMA}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing staffing agencies addressed together in To: each sees the others; should have been Bcc"))

MESSAGES.append(dict(
    id="kyujitsushukkin-007", charset="utf-8",
    sender="高野 美咲 <m-takano@hinode-sangyo.co.jp>",
    to=["m-takano@hinode-sangyo.co.jp"],
    bcc=["ishiguro@staffnet-kanto.co.jp", "haken-eigyo@human-bridge.jp",
         "eigyo@tokai-jinzai.co.jp", "coordinator@nextwork-staff.com"],
    subject="年末年始の稼働カレンダーのご案内（日の出産業）",
    body=f"""派遣会社各社　ご担当者様
（Bccにて一斉にお送りしております）

平素より大変お世話になっております。
日の出産業株式会社 人事課の高野でございます。

年末年始の当社稼働カレンダーを添付いたします。
12/29〜1/3は本社・第一工場は休業、第二工場と物流センターは一部休日稼働となります。
休日稼働日の派遣スタッフ様の人数は、各拠点から個別にご相談させていただきます。

代休の取得ルール（休日出勤後2か月以内）に変更はございません。
ご不明点は人事課までお問い合わせください。

{SIG_TAKANO}
""",
    attachments=[dict(kind="pdf", name="2026-2027_年末年始稼働カレンダー.pdf",
                      title="年末年始稼働カレンダー",
                      lines=["日の出産業株式会社　年末年始 稼働カレンダー", ""],
                      table=[["日付", "本社", "第一工場", "第二工場", "物流センター"],
                             ["12/28(月)", "稼働", "稼働", "稼働", "稼働"],
                             ["12/29(火)", "休業", "休業", "休日稼働", "休日稼働"],
                             ["12/30(水)", "休業", "休業", "休日稼働", "休日稼働"],
                             ["12/31(木)", "休業", "休業", "休業", "休日稼働(午前)"],
                             ["1/1(金)", "休業", "休業", "休業", "休業"],
                             ["1/2(土)", "休業", "休業", "休業", "休日稼働"],
                             ["1/3(日)", "休業", "休業", "休日稼働", "休日稼働"],
                             ["1/4(月)", "稼働", "稼働", "稼働", "稼働"]])],
    expect="pass", entities=[], detectors=[],
    note="agencies in Bcc, only the sender in To; an operating calendar carries no personal data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-008", charset="iso-2022-jp",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["配車センター <haisha@aoba-unyu.com>"],
    subject="10/25(日) 臨時便の手配のお願い",
    body=f"""青葉運輸株式会社
配車センター　御中

いつもお世話になっております。日の出産業 物流センターの前島です。

10/25(日)に休日出荷が発生したため、臨時便の手配をお願いできますでしょうか。

　集荷　：10/25(日) 13:00　当センター第3バース
　行先　：北国フーズ様 所沢DC
　車格　：10t ウイング 1台
　荷姿　：パレット 14枚（約6.8t）
　出荷No：SH-2610-0417

休日割増の運賃につきましては、従来の契約単価でお願いいたします。
ご対応可否を明日中にいただけますと幸いです。

{SIG_MAEJIMA}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="partner aoba-unyu.co.jp mistyped as aoba-unyu.com (TLD swap): look-alike domain"))

_m9_a, _m9_b = P[28], P[29]
MESSAGES.append(dict(
    id="kyujitsushukkin-009", charset="shift_jis",
    sender="江藤 由紀 <y-eto@hinode-sangyo.co.jp>",
    to=["森川 先生 <morikawa@sr-morikawa.jp>"],
    subject="夜勤専従パート2名の資格取得手続きのお願い",
    body=f"""森川社会保険労務士事務所
森川 先生

いつもお世話になっております。日の出産業の江藤です。

10月から物流センターの夜勤専従パートとして2名を採用しましたので、
雇用保険・社会保険の資格取得手続きをお願いいたします。

■1人目
　氏名　　　：{_m9_a['n']}（{_m9_a['k']}）
　生年月日　：{wareki(_m9_a['dob'])}
　住所　　　：〒{_m9_a['zip']} {_m9_a['addr']}
　個人番号　：{my_number(SEED + 1)}
　基礎年金番号：5127-384906
　雇入日　　：令和8年10月1日（週30時間・22:00〜翌5:00）

■2人目
　氏名　　　：{_m9_b['n']}（{_m9_b['k']}）
　生年月日　：{wareki(_m9_b['dob'])}
　住所　　　：〒{_m9_b['zip']} {_m9_b['addr']}
　個人番号　：{my_number(SEED + 2)}
　基礎年金番号：4302-117658
　雇入日　　：令和8年10月5日（週32時間・22:00〜翌6:00）

雇用契約書の写しは明日郵送いたします。
不足があればご連絡ください。

{SIG_ETO}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER",
              "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="My Numbers and basic pension numbers of two new hires sent to the labour consultant"))

_m10_hours = [(82, 8, 612), (79, 16, 588), (76, 0, 571), (74, 8, 560), (71, 8, 547),
              (68, 16, 530), (66, 0, 519), (63, 8, 502), (61, 0, 490), (58, 8, 471),
              (55, 0, 455), (52, 8, 440)]
MESSAGES.append(dict(
    id="kyujitsushukkin-010", charset="utf-8",
    sender="園田 誠一 <s-sonoda@hinode-sangyo.co.jp>",
    to=["製造部長 <seizo-bucho@hinode-sangyo.co.jp>"],
    cc=["m-takano@hinode-sangyo.co.jp", "t-maejima@hinode-sangyo.co.jp"],
    subject="36協定 特別条項の発動見込み者一覧（9月度）",
    body=f"""製造部長

労務グループ 園田です。
9月度の時間外・休日労働の集計がまとまりましたので共有します。

月45時間を超えて特別条項の発動が見込まれる社員が12名います（添付参照）。
うち上位3名は年間720時間の枠に対して600時間前後まで来ており、
このままのペースだと12月に上限に達します。

・10月の休日出勤は上位5名を原則シフトから外す
・外した分は派遣の休日要員で補う
方向で各課長と調整をお願いできますでしょうか。

{SIG_SONODA}
""",
    attachments=[dict(kind="xlsx", name="2026年9月度_特別条項対象見込み.xlsx",
                      title="特別条項対象見込み",
                      sheets={"9月度": [["2026年9月度 時間外労働集計（特別条項 対象見込み）"], [],
                                        ["社員番号", "氏名", "所属", "時間外(h)", "休日労働(h)",
                                         "年間累計(h)", "特別条項回数"]]
                                       + [[e[0], e[1], e[2], h[0], h[1], h[2], (i % 4) + 2]
                                          for i, (e, h) in enumerate(zip(EMP[:12], _m10_hours))],
                              "集計条件": [["集計期間", "2026/9/1〜2026/9/30"],
                                           ["対象", "正社員・契約社員"],
                                           ["作成", "労務グループ"]]})],
    expect="pass", entities=["PERSON_NAME"], detectors=[],
    note="overtime list of 12 employees, but every recipient is internal"))

MESSAGES.append(dict(
    id="kyujitsushukkin-011", charset="utf-8",
    sender="園田 誠一 <s-sonoda@hinode-sangyo.co.jp>",
    to=["森川 先生 <morikawa@sr-morikawa.jp>"],
    subject="36協定（令和9年度）改定案のご確認のお願い",
    body=f"""森川先生

いつもお世話になっております。日の出産業 労務グループの園田です。

来年度の36協定について、社内で検討した改定案を添付いたします。
主な変更点は以下の3点です。

1. 物流センターの休日労働の上限を月2回から月3回へ
2. 特別条項の発動事由に「年末年始の出荷集中」を追加
3. 健康確保措置として、月80時間超の者への面接指導を必須化

過半数代表者との協議は11月中旬を予定しております。
その前に一度、内容面のご確認をいただけますと幸いです。

{SIG_SONODA}
""",
    attachments=[dict(kind="docx", name="36協定改定案_R9.docx", title="36協定改定案",
                      page_header="社外秘",
                      paragraphs=["時間外労働及び休日労働に関する協定書（改定案）",
                                  "日の出産業株式会社と従業員の過半数を代表する者は、労働基準法第36条に基づき、次のとおり協定する。",
                                  "第1条（時間外労働をさせる必要のある具体的事由）受注の集中、臨時の出荷、設備の故障対応",
                                  "第2条（休日労働）法定休日における労働は1か月に3回を限度とする。",
                                  "第3条（特別条項）年末年始の出荷集中その他臨時的な特別の事情がある場合は、年6回を限度として延長することができる。",
                                  "第4条（健康確保措置）時間外・休日労働が月80時間を超えた者には医師による面接指導を行う。"],
                      tables=[[["区分", "1日", "1か月", "1年"],
                               ["通常", "5時間", "45時間", "360時間"],
                               ["特別条項", "6時間", "80時間", "720時間"]]])],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached draft agreement carries a 社外秘 header stamp and goes to an external consultant"))

MESSAGES.append(dict(
    id="kyujitsushukkin-012", charset="iso-2022-jp",
    sender="宇野 奈々 <n-uno@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="勤怠システム 休日出勤の打刻区分 設定変更のご依頼",
    body=f"""株式会社ツバサシステム
サポートセンター御中

いつもお世話になっております。
日の出産業 情報システム部の宇野です。

就業規則の改定に伴い、勤怠システムの設定変更をお願いしたくご連絡しました。
（契約番号：TS-HN-00318）

【変更内容】
・打刻区分「休日出勤」を「法定休日出勤」と「所定休日出勤」に分割
・「法定休日出勤」の割増率を35%、「所定休日出勤」を25%で計算
・代休を取得した場合、割増分のみを支給する計算ロジックへ変更
・適用開始：2026年11月1日勤務分から

テスト環境での事前確認をさせていただきたいので、
作業スケジュールのご提示をお願いいたします。

{SIG_UNO}
""",
    expect="pass", entities=[], detectors=[],
    note="system configuration request to a partner vendor; no personal data"))

_m13_rows = [["社員番号", "氏名", "対象日", "区分", "修正前出勤", "修正前退勤", "修正後出勤", "修正後退勤", "理由"]]
_m13_data = [("2026/09/05", "休日出勤", "", "", "8:00", "17:00", "打刻漏れ"),
             ("2026/09/06", "休日出勤", "7:58", "", "7:58", "16:30", "退勤打刻漏れ"),
             ("2026/09/12", "夜勤", "22:01", "5:02", "22:01", "7:15", "残業申請反映"),
             ("2026/09/13", "代休", "8:30", "17:30", "", "", "代休への振替"),
             ("2026/09/19", "休日出勤", "", "", "9:00", "15:00", "カード忘れ"),
             ("2026/09/20", "夜勤", "21:55", "6:00", "21:55", "8:40", "設備トラブル対応"),
             ("2026/09/22", "休日出勤", "8:02", "12:00", "8:02", "18:05", "退勤時刻誤り"),
             ("2026/09/26", "夜勤", "", "", "22:00", "7:00", "打刻機故障"),
             ("2026/09/27", "代休", "", "", "", "", "休日出勤(9/5)の代休")]
_m13_rows += [[e[0], e[1], *d] for e, d in zip(EMP[3:12], _m13_data)]
MESSAGES.append(dict(
    id="kyujitsushukkin-013", charset="shift_jis",
    sender="宇野 奈々 <n-uno@hinode-sangyo.co.jp>",
    to=["support@tsubasa-system.jp"],
    cc=["s-sonoda@hinode-sangyo.co.jp"],
    subject="9月度 勤怠修正データ一括取込のお願い",
    body=f"""ツバサシステム サポートセンター　ご担当者様

お世話になっております。日の出産業の宇野です。

9月度の締め処理で、画面から修正できなかった勤怠データがございます。
添付のCSVの内容で一括取込をお願いできますでしょうか。
（管理画面の一括取込が「休日出勤」区分に対応していないため、御社側での作業をお願いしております）

締め日が10/8のため、10/7(水)中に完了いただけますと助かります。

{SIG_UNO}
""",
    attachments=[dict(kind="csv", name="kintai_shusei_202609.csv", encoding="cp932",
                      rows=_m13_rows)],
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="timesheet corrections for 9 employees (employee no., name, clock times) in a CSV to the vendor"))

MESSAGES.append(dict(
    id="kyujitsushukkin-014", charset="iso-2022-jp",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["東海人材サービス 熊谷営業所 <kumagaya@tokai-jinzai.co.jp>"],
    subject="比嘉様の代休日について",
    body=f"""東海人材サービス株式会社
熊谷営業所 ご担当者様

お世話になっております。日の出産業 第二工場の三浦です。

9/27(日)に休日出勤していただいた比嘉 翔太様の代休ですが、
10/20(火)で取得していただくことになりました。
当日の朝、念のためご本人の携帯（090-6128-0593）に現場から確認の電話を入れます。

同日のラインは残りのメンバーで回せますので、代替の方の手配は不要です。
以上、よろしくお願いいたします。

{SIG_MIURA}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one dispatched worker's name and mobile to his own agency: one person's record (may warn)"))

MESSAGES.append(dict(
    id="kyujitsushukkin-015", charset="utf-8",
    sender="片桐 慎吾 <s-katagiri@hinode-sangyo.co.jp>",
    to=["東洋セキュリティサービス 営業部 <eigyo@toyo-security.co.jp>"],
    subject="第二工場 夜間警備の配置変更のお願い",
    body=f"""東洋セキュリティサービス株式会社
営業部　御中

お世話になっております。日の出産業 総務部の片桐です。

昨日お電話でご報告いただいた件につき、書面でもお願いを差し上げます。

第二工場の夜間警備を担当されていた猿渡 光一様が、先週末に窃盗の容疑で
逮捕されたとのことで、当社としても大変驚いております。
当面の間、猿渡様を当社の全施設の配置から外していただき、
11月以降の夜勤シフトは別の隊員の方でご手配をお願いいたします。

あわせて、猿渡様に貸与していた入館カード（No.2-0447）の返却について、
手続きをご相談させてください。

{SIG_KATAGIRI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="names a guard and his arrest on suspicion of theft: criminal/arrest information about an identifiable person"))

_m16_table = "\n".join([
    "巡回No  建屋                開始    チェックポイント",
    "------  ------------------  ------  ------------------------------",
    "1       本社 事務棟         22:30   正面玄関 / 3F サーバ室前 / 屋上扉",
    "2       第一倉庫            23:30   シャッターA〜D / 消火栓盤",
    "3       第二倉庫（新設）    0:30    搬入口 / 冷蔵室 / 非常口2か所",
    "4       危険物保管庫        1:30    施錠確認 / 温度計 / 防液堤",
    "5       構内駐車場          3:00    門扉 / 監視カメラ No.11〜No.16",
    "6       本社 事務棟         5:00    正面玄関 / 通用口 / 受付",
])
MESSAGES.append(dict(
    id="kyujitsushukkin-016", charset="utf-8",
    sender="片桐 慎吾 <s-katagiri@hinode-sangyo.co.jp>",
    to=["坂東 様 <bando@heiwa-keibi.co.jp>"],
    subject="10月からの夜間巡回ルート変更について",
    body=f"""平和警備保障株式会社
坂東様

お世話になっております。日の出産業の片桐です。

第二倉庫の新設に伴い、10/1から本社構内の夜間巡回ルートを下記のとおり変更します。

{_m16_table}

第二倉庫の冷蔵室は休日も稼働しているため、温度表示が異常の場合は
設備保全課の当番（048-640-3166、夜間は転送）へご連絡ください。

{SIG_KATAGIRI}
""",
    expect="pass", entities=[], detectors=[],
    note="a table of buildings and checkpoints (places, not people) and a department phone"))

_m17_rows = "".join(
    f"<tr><td>{i}</td><td>{p['n']}</td><td>日の出産業 工務課</td><td>{p['tel']}</td>"
    f"<td>{car}</td></tr>\n"
    for i, (p, car) in enumerate(zip(P[12:18], ["熊谷 300 さ 41-07", "－", "熊谷 500 ね 88-21",
                                                "－", "群馬 330 と 16-52", "－"]), 1))
MESSAGES.append(dict(
    id="kyujitsushukkin-017", charset="utf-8",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["川崎電機 工事管理 <koji-kanri@kawasaki-denki.co.jp>"],
    subject="10/18(日) 休日工事 入構者名簿の提出",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>川崎電機株式会社<br>工事管理ご担当者様</p>
<p>いつもお世話になっております。日の出産業 第二工場 工務課の三浦です。</p>
<p>10/18(日)の受変電設備更新工事（休日工事）に立ち会う当社作業員の入構者名簿をお送りします。<br>
当日は7:30に南門でお待ちしております。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde8f5"><th>No</th><th>氏名</th><th>所属</th><th>携帯電話</th><th>車両ナンバー</th></tr>
{_m17_rows}</table>
<p>車両は構内駐車場B区画を使用させていただきます。<br>よろしくお願いいたします。</p>
<pre>{SIG_MIURA}</pre>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only mail with a table of 6 workers and their mobile numbers to a partner"))

_m18_a, _m18_b = P[12], P[18]
MESSAGES.append(dict(
    id="kyujitsushukkin-018", charset="utf-8",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["川崎電機 工事管理 <koji-kanri@kawasaki-denki.co.jp>"],
    subject="Re: 11/8(日) 休日工事の立会い者について",
    body=f"""川崎電機株式会社
工事管理ご担当者様

お世話になっております。日の出産業の三浦です。
11/8(日)の立会い者は以下の2名です。

  {_m18_a['n']}　携帯 {_m18_a['tel']}
  {_m18_b['n']}　携帯 {_m18_b['tel']}

当日の緊急連絡は上記携帯へお願いいたします。

{SIG_MIURA}
""",
    html=f"""<html><body>
<p>川崎電機株式会社<br>工事管理ご担当者様</p>
<p>お世話になっております。日の出産業の三浦です。<br>11/8(日)の立会い者は以下の2名です。</p>
<table border="1" cellpadding="3"><tr><th>氏名</th><th>携帯</th></tr>
<tr><td>{_m18_a['n']}</td><td>{_m18_a['tel']}</td></tr>
<tr><td>{_m18_b['n']}</td><td>{_m18_b['tel']}</td></tr></table>
<p>当日の緊急連絡は上記携帯へお願いいたします。</p>
<pre>{SIG_MIURA}</pre></body></html>""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two attendees with mobile numbers to a partner: under five people (may warn)"))

MESSAGES.append(dict(
    id="kyujitsushukkin-019", charset="iso-2022-jp",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=[P[0]["mail"], P[1]["mail"], P[5]["mail"], P[6]["mail"], P[9]["mail"]],
    subject="11月の夜勤シフト希望の提出について",
    body=f"""夜勤アルバイトの皆さま

お疲れさまです。物流センターの前島です。

11月の夜勤シフトの希望を集めています。
勤務できない日と、休日出勤（11/3・11/23）に入れるかどうかを
10/15(木)までにこのメールへの返信でお知らせください。

・夜勤は22:00〜翌6:00、休憩60分です
・休日出勤した場合は、同じ月の中で代休を1日取ってもらいます
・深夜割増と休日割増は給与明細に分けて記載されます

よろしくお願いします。

{SIG_MAEJIMA}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five part-timers' private addresses in To: each sees the others' addresses; should have been Bcc"))

MESSAGES.append(dict(
    id="kyujitsushukkin-020", charset="utf-8",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=[P[4]["mail"]],
    subject="代休日の確定について",
    body=f"""小田切さん

お疲れさまです。物流センターの前島です。

9/21（祝）の休日出勤分の代休ですが、ご希望どおり10/9(金)で確定しました。
シフト表にも反映済みです。

10/9は夜勤明けの翌日になるので、10/8の夜勤は通常どおり6:00上がりでお願いします。

{SIG_MAEJIMA}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a part-timer is told her own day off on her personal address: one free-mail recipient, no other data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-021", charset="utf-8",
    sender="高野 美咲 <m-takano@hinode-sangyo.co.jp>",
    to=["ネクストワーク 外国人材チーム <global@nextwork-staff.com>"],
    subject="夜勤配属予定スタッフの在留カード確認について",
    body=f"""ネクストワーク株式会社
外国人材チーム　ご担当者様

お世話になっております。日の出産業 人事課の高野です。

11月から第二工場の夜勤に配属予定のスタッフについて、
先日お預かりした在留カードの写しと、こちらの記録を照合しました。

　氏名　　　：TRAN THI LAN（チャン・ティ・ラン）
　在留カード番号：EH48271593KA
　在留資格　：特定技能1号
　在留期間満了日：2027年3月14日

在留期間満了日まで半年を切っておりますので、
更新申請のスケジュールをご本人と確認いただけますでしょうか。
更新中も就労可能な期間については、念のため書面でいただけますと幸いです。

{SIG_TAKANO}
""",
    expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="a named worker's residence card number (在留カード番号) sent externally: ID document number"))

_m22_shift = [["夜間体制表（2026年11月〜）"], [], ["班", "氏名", "役割", "勤務帯"]]
_m22_roles = ["班長", "班員", "班員", "フォークリフト", "班長", "班員", "班員", "検品", "班長", "班員"]
_m22_shift += [["ABC"[i // 4] if i < 12 else "C", p["n"], r, "22:00-7:00"]
               for i, (p, r) in enumerate(zip(P[10:20], _m22_roles))]
_m22_cont = [["緊急連絡先（夜間の事故・災害時）"], [], ["氏名", "携帯電話", "自宅住所"]]
_m22_cont += [[p["n"], p["tel"], f"〒{p['zip']} {p['addr']}"] for p in P[10:20]]
MESSAGES.append(dict(
    id="kyujitsushukkin-022", charset="utf-8",
    sender="片桐 慎吾 <s-katagiri@hinode-sangyo.co.jp>",
    to=["アルセック 防災センター <bousai-center@alsec-guard.jp>"],
    subject="第二工場 夜間緊急連絡網の更新",
    body=f"""株式会社アルセック
防災センター　ご担当者様

お世話になっております。日の出産業の片桐です。

11月からの第二工場の夜間体制が変わりますので、緊急連絡網を更新しました。
機械警備の発報時や火災時には、シート「緊急連絡先」の順でご連絡ください。

旧版（2026年4月版）は破棄をお願いいたします。

{SIG_KATAGIRI}
""",
    attachments=[dict(kind="xlsx", name="第二工場_夜間緊急連絡網_202611.xlsx",
                      sheets={"夜勤体制": _m22_shift, "緊急連絡先": _m22_cont})],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX with 10 night-shift workers' mobiles and home addresses to a security company"))

_m23_rows = "\n".join(f"{p['n']}\t{p['tel']}\t{p['st']}駅" for p in P[10:18])
MESSAGES.append(dict(
    id="kyujitsushukkin-023", charset="shift_jis",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["総務課 <somu@hinode-sangyo.co.jp>"],
    cc=["s-katagiri@hinode-sangyo.co.jp"],
    subject="第二工場 夜勤者の緊急連絡先（社内控え）",
    body=f"""総務課 各位

第二工場の三浦です。
11月からの夜勤メンバーの緊急連絡先です。社内控えとして保管をお願いします。
（Excelから貼り付けたのでタブ区切りになっています）

氏名\t携帯\t最寄駅
{_m23_rows}

警備会社向けの版は片桐さんから別途送ってもらう予定です。

{SIG_MIURA}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="tab-separated contact list of 8 workers, but sent only to internal addresses"))

MESSAGES.append(dict(
    id="kyujitsushukkin-024", charset="iso-2022-jp",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["江藤 由紀 <y-eto@hinode-sangyou.co.jp>"],
    subject="休日出勤申請の承認ルートについて",
    body=f"""江藤さん

お疲れさまです。第二工場の三浦です。

10月から休日出勤の事前申請がワークフローに変わりましたが、
工場の班長が申請した分の承認者が人事課のままになっているようです。
本来は工場長→人事課の順だと思うのですが、設定の確認をお願いできますか。

今週土曜の分が3件止まっているので、急ぎで見ていただけると助かります。

{SIG_MIURA}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="a colleague's address typed as hinode-sangyou.co.jp (letter added): look-alike of the internal domain"))

MESSAGES.append(dict(
    id="kyujitsushukkin-025", charset="shift_jis",
    sender="大河内 健 <k-okochi@hinode-sangyo.co.jp>",
    to=["さくらホテル 予約センター <reserve@sakura-hotel.jp>"],
    subject="宿泊予約のお願い（夜勤明け社員 2名）",
    body=f"""さくらホテル大宮
予約センター御中

いつもお世話になっております。日の出産業 総務課の大河内です。

年末の夜勤応援に入る社員の宿泊をお願いいたします。

　宿泊者１：{P[26]['n']}　携帯 {P[26]['tel']}
　宿泊者２：{P[27]['n']}　携帯 {P[27]['tel']}
　日程　　：12/29(火)〜12/31(木) 2泊
　部屋　　：シングル禁煙 × 2室
　チェックイン：夜勤明けのため 7:30頃のアーリーチェックイン希望

お支払いは法人カードでお願いします。
　カード番号：{card_number(SEED + 11)}
　有効期限　：09/29
　名義　　　：HINODE SANGYO CO LTD

よろしくお願いいたします。
{SIG_OKOCHI}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a full credit card number with expiry sent to a hotel by mail"))

# ---------------------------------------------------------------------------------------
# 026-050
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="kyujitsushukkin-026", charset="iso-2022-jp",
    sender="大河内 健 <k-okochi@hinode-sangyo.co.jp>",
    to=["法人営業 <houjin@sakura-hotel.jp>"],
    subject="11月 夜勤応援者向け客室の仮押さえについて",
    body=f"""さくらホテル大宮
法人営業ご担当者様

お世話になっております。日の出産業の大河内です。

11月は第二工場の夜勤応援で他拠点から社員が来るため、
下記の日程で客室を仮押さえいただけますでしょうか。

　11/2(月)〜11/6(金)　シングル 6室
　11/9(月)〜11/13(金)　シングル 4室
　11/16(月)〜11/20(金)　シングル 4室

料金は法人契約料金（1泊朝食付 8,800円・税込）でお願いします。
宿泊者のお名前は確定次第、各週の前週金曜までにご連絡します。
請求書は月末締めで総務課宛にお送りください。

{SIG_OKOCHI}
""",
    expect="pass", entities=[], detectors=[],
    note="room block request with dates and prices only; no names or personal data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-027", charset="utf-8",
    sender="園田 誠一 <s-sonoda@hinode-sangyo.co.jp>",
    to=["白川 弁護士 <shirakawa@shirakawa-law.jp>"],
    cc=["m-takano@hinode-sangyo.co.jp"],
    subject="長時間労働に関するご相談（経緯メモ送付）",
    body=f"""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業 労務グループの園田です。

先日お電話でご相談した件について、経緯をメモにまとめましたので添付いたします。
当該社員（製造部 第二工場 鳴海 健吾）は、8月に休日出勤が重なり時間外が月112時間に達し、
9月に主治医から「うつ病」との診断を受けて現在休職中です。
ご家族から労災申請の意向が示されており、会社としての対応方針をご相談したく存じます。

10/21(水)の午後でご面談のお時間をいただけますでしょうか。

{SIG_SONODA}
""",
    attachments=[dict(kind="docx", name="経緯メモ_鳴海.docx", title="経緯メモ",
                      paragraphs=["経緯メモ（製造部 第二工場 鳴海 健吾 社員番号 H10482）",
                                  "2026年7月：受注増により休日出勤が月4回。時間外 86時間。",
                                  "2026年8月：夜勤応援を兼務。時間外 112時間、代休未取得 3日。",
                                  "2026年9月8日：本人より体調不良の申出。9月11日 主治医より「うつ病」の診断書提出。",
                                  "2026年9月14日より休職（傷病手当金申請済）。",
                                  "2026年10月2日：配偶者より労災申請の意向の連絡。"],
                      tables=[[["月", "時間外", "休日労働", "深夜", "代休取得"],
                               ["6月", "52h", "8h", "0h", "1日"],
                               ["7月", "86h", "32h", "6h", "0日"],
                               ["8月", "112h", "40h", "38h", "0日"]]])],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="an employee named with his depression diagnosis and overtime record, sent to outside counsel"))

MESSAGES.append(dict(
    id="kyujitsushukkin-028", charset="utf-8",
    sender="Kenji Arai <k-arai@hinode-sangyo.co.jp>",
    to=["Laura Whitfield <l.whitfield@brightline-wf.com>"],
    subject="[CONFIDENTIAL] Weekend shift coverage plan - Plant 2 (Q4)",
    body=f"""Dear Laura,

As discussed on Tuesday's call, please find attached our draft weekend shift coverage
plan for Plant 2 for the fourth quarter. The plan assumes two weekend shifts per month
on the stamping line and one on final assembly, with the gap covered by temporary staff.

We would appreciate your team's view on whether a four-crew rotation would let us cut
holiday overtime below the 36 Agreement ceiling without adding headcount.

{SIG_ARAI}
""",
    attachments=[dict(kind="pdf", name="Plant2_Weekend_Coverage_Q4.pdf",
                      title="Weekend shift coverage plan - Plant 2",
                      page_header="CONFIDENTIAL - Hinode Sangyo",
                      lines=["Weekend shift coverage plan - Plant 2 - Q4 2026", "",
                             "Assumptions: 2 weekend shifts/month (stamping), 1 (assembly)",
                             "Temporary staff: up to 12 per weekend shift"],
                      table=[["Month", "Stamping", "Assembly", "Temp staff", "Overtime h (est.)"],
                             ["October", "2", "1", "10", "1,240"],
                             ["November", "2", "1", "12", "1,310"],
                             ["December", "3", "2", "14", "1,720"]])],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="subject and PDF header mark the plan CONFIDENTIAL; sent to an outside consultant"))

MESSAGES.append(dict(
    id="kyujitsushukkin-029", charset="utf-8",
    sender="Kenji Arai <k-arai@hinode-sangyo.co.jp>",
    to=["Erik Lindqvist <erik.lindqvist@lindqvist-components.se>"],
    subject="Year-end holiday schedule and weekend shipments",
    body=f"""Dear Erik,

Thank you for your order forecast for January.

For your planning, our plants will be closed from December 29 to January 3. We will run
one extra weekend shift on Saturday, December 19, so that your order PO-LC-88213 can ship
on December 21 as planned. Orders received after December 18 will be produced from
January 4.

If you need any partial shipment before the holidays, please let me know by
November 30.

{SIG_ARAI}

--
{DISC_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="English business mail about plant closure and a PO number, with the standard disclaimer"))

_m30_rows = "\n".join(
    f"  {e[0]}  {pad(e[1], 14)}{p['tel']}   {stop}"
    for e, p, stop in zip(EMP[0:7], P[20:27],
                          ["上尾駅西口", "上尾駅西口", "伊奈中央駅", "伊奈中央駅", "蓮田駅東口", "蓮田駅東口", "センター直行"]))
MESSAGES.append(dict(
    id="kyujitsushukkin-030", charset="iso-2022-jp",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["青葉運輸 旅客事業部 <ryokaku@aoba-unyu.co.jp>"],
    subject="FW: 【休日出勤者】10/25(日) 出勤者一覧",
    body=f"""青葉運輸株式会社
旅客事業部　ご担当者様

お世話になっております。日の出産業 物流センターの前島です。

10/25(日)の送迎バスの件、社内で確定した出勤者一覧を転送いたします。
乗車場所ごとの人数をご確認のうえ、ルートをご検討ください。

-----Original Message-----
From: 雪下 梨花 <r-yukishita@hinode-sangyo.co.jp>
Sent: Thursday, October 15, 2026 4:48 PM
To: 前島 隆之 <t-maejima@hinode-sangyo.co.jp>
Subject: 【休日出勤者】10/25(日) 出勤者一覧

センター長

10/25(日)の休日出勤者が確定しました。（7名）

  社員番号 氏名          携帯            乗車場所
{_m30_rows}

送迎バスの手配をお願いします。

物流センター 雪下
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="forwarded internal list of 7 employees with mobiles to a bus company: the forward is new text to them"))

_m31_q = "\n".join(f"{p['n']}（{p['k']}）　{p['tel']}" for p in P[0:6])
MESSAGES.append(dict(
    id="kyujitsushukkin-031", charset="shift_jis",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["石黒 様 <ishiguro@staffnet-kanto.co.jp>"],
    subject="RE: 10/10(土) 休日出勤スタッフのご連絡",
    body=f"""石黒様

お世話になっております。日の出産業の前島です。
6名のご手配、ありがとうございます。承知いたしました。

当日は8:15に正面守衛所へお越しいただくよう、皆様へお伝えください。
昼食は当センターで弁当を用意します。

{SIG_MAEJIMA}

-----Original Message-----
差出人: 石黒 <ishiguro@staffnet-kanto.co.jp>
送信日時: 2026年10月6日 11:20
宛先: 前島 隆之 <t-maejima@hinode-sangyo.co.jp>
件名: 10/10(土) 休日出勤スタッフのご連絡

日の出産業株式会社
物流センター 前島様

お世話になっております。スタッフネット関東の石黒です。
10/10(土)の休日出勤は、下記6名でご対応いたします。

{_m31_q}

何かございましたらご連絡ください。
""",
    expect="pass", entities=[], detectors=[],
    note="the staff list with mobiles is in the quoted original from the recipient; the reply adds no personal data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-032", charset="utf-8",
    sender="江藤 由紀 <y-eto@hinode-sangyo.co.jp>",
    to=["森川社会保険労務士事務所 <office@sr-morikawa.jp>"],
    subject="9月度 勤怠集計表の送付",
    body=f"""森川社会保険労務士事務所
ご担当者様

お世話になっております。日の出産業の江藤です。

9月度の勤怠集計表（休日出勤・深夜勤務・代休取得を含む）をお送りします。
給与計算のチェックをお願いいたします。

今月から夜勤手当の計算方法を変更していますので、
その列だけ特にご確認いただけますと助かります。

{SIG_ETO}
""",
    attachments=[dict(kind="corrupt", name="勤怠集計_202609.xlsx")],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be read"))

MESSAGES.append(dict(
    id="kyujitsushukkin-033", charset="utf-8",
    sender="片桐 慎吾 <s-katagiri@hinode-sangyo.co.jp>",
    to=["アルセック 入館管理 <nyukan@alsec-guard.jp>"],
    subject="臨時入館証の発行申請（10/31 休日作業 派遣スタッフ2名）",
    body=f"""株式会社アルセック
入館管理ご担当者様

お世話になっております。日の出産業の片桐です。

10/31(土)の休日作業で本社ビルに入館する派遣スタッフ2名について、
臨時入館証の発行をお願いいたします。
本人確認書類として運転免許証を確認済みです。

1) {P[3]['n']}（{P[3]['k']}）
   生年月日：{slash(P[3]['dob'])}
   運転免許証番号：301906627430

2) {P[17]['n']}（{P[17]['k']}）
   生年月日：{slash(P[17]['dob'])}
   運転免許証番号：301502913858

入館時間は8:00〜18:00、入館フロアは3F・4Fのみでお願いします。

{SIG_KATAGIRI}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="driving licence numbers and dates of birth of two people sent to a building-security firm"))

MESSAGES.append(dict(
    id="kyujitsushukkin-034", charset="iso-2022-jp",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["高野 美咲 <m-takano@hinode-sangyo.co.jp>"],
    cc=["s-sonoda@hinode-sangyo.co.jp"],
    subject="瀬戸口さんの欠勤と診断書について",
    body=f"""高野さん

第二工場の三浦です。

工務課の瀬戸口 達也さん（H10533）ですが、今週月曜から欠勤しています。
本日ご家族から連絡があり、「うつ病」で1か月の自宅療養が必要との診断書が出たそうです。
診断書の原本は郵送で人事課宛に送ってもらうよう伝えました。

夜勤のシフトは当面外し、10月分の休日出勤の割り当ても別の人に振り替えます。
休職の手続きについて、ご指示をいただけますでしょうか。

{SIG_MIURA}
""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="a diagnosis of a named employee, but sent only within the company"))

_m35_table = [["氏名", "所属", "受診日", "判定", "所見", "夜勤可否"],
              [P[5]["n"], "物流センター", "2026/9/8", "D2 要精密検査", "血圧 168/104 高血圧症の疑い", "可否保留"],
              [P[9]["n"], "物流センター", "2026/9/8", "C 要経過観察", "AST・ALT高値 脂肪肝", "条件付可"],
              [P[13]["n"], "第二工場", "2026/9/9", "D1 要治療", "睡眠時無呼吸症候群 治療中", "不可"]]
MESSAGES.append(dict(
    id="kyujitsushukkin-035", charset="utf-8",
    sender="高野 美咲 <m-takano@hinode-sangyo.co.jp>",
    to=["東海人材サービス 熊谷営業所 <kumagaya@tokai-jinzai.co.jp>"],
    subject="深夜業従事者の健康診断結果に基づく就業判定について",
    body=f"""東海人材サービス株式会社
熊谷営業所 ご担当者様

お世話になっております。日の出産業 人事課の高野です。

9月に実施した深夜業従事者の特定業務健診で、貴社スタッフ3名の方に
所見がありました。産業医の意見を添えて一覧にしましたのでご確認ください。

夜勤の継続可否について、ご本人の意向も含めて貴社でご確認いただき、
10/23までにご回答いただけますでしょうか。

{SIG_TAKANO}
""",
    attachments=[dict(kind="pdf", name="就業判定_深夜業健診_202609.pdf",
                      title="深夜業従事者 健診結果に基づく就業判定",
                      lines=["深夜業従事者 特定業務健康診断 結果に基づく就業判定（派遣スタッフ分）",
                             "産業医：日の出産業 嘱託産業医", ""],
                      table=_m35_table)],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="health-check findings and diagnoses of three named workers in a PDF to the agency: sensitive data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-036", charset="shift_jis",
    sender="高野 美咲 <m-takano@hinode-sangyo.co.jp>",
    to=["東海人材サービス 熊谷営業所 <kumagaya@tokai-jinzai.co.jp>"],
    subject="深夜業従事者健診（3月実施分）の日程のご案内",
    body=f"""東海人材サービス株式会社
熊谷営業所　ご担当者様

お世話になっております。日の出産業の高野です。

深夜業に従事する方は6か月以内ごとに1回の健診が必要なため、
次回の特定業務健診を下記の日程で実施します。
貴社から夜勤に入っていただいているスタッフ様も対象となります。

　日時：2027年3月9日(火)・10日(水)　各日 13:00〜16:00
　会場：第二工場 2F 会議室
　内容：問診、血圧、血液検査、心電図、胸部X線
　費用：当社負担

受診する日をスタッフ様ごとにご調整いただき、2月末までに人数のみお知らせください。

{SIG_TAKANO}
""",
    expect="pass", entities=[], detectors=[],
    note="general health-check schedule for night workers; no individual results or names"))

_m37_rows = [["社員番号", "氏名", "部署", "代休発生日", "振替休日発生日", "未消化日数", "期限"]]
_m37_src = [("2026/08/09", "", 2, "2026/10/09"), ("2026/08/16", "2026/08/23", 1.5, "2026/10/16"),
            ("2026/08/30", "", 1, "2026/10/30"), ("2026/09/06", "", 2, "2026/11/06"),
            ("2026/09/13", "2026/09/20", 1, "2026/11/13"), ("2026/09/21", "", 3, "2026/11/21"),
            ("2026/09/22", "", 1, "2026/11/22"), ("2026/08/02", "", 0.5, "2026/10/02"),
            ("2026/08/23", "2026/08/30", 2, "2026/10/23"), ("2026/09/27", "", 1, "2026/11/27"),
            ("2026/09/05", "", 1, "2026/11/05"), ("2026/09/12", "", 2.5, "2026/11/12"),
            ("2026/09/19", "2026/09/26", 1, "2026/11/19"), ("2026/08/15", "", 1, "2026/10/15")]
_m37_rows += [[e[0], e[1], e[2], *s] for e, s in zip(EMP[4:18], _m37_src)]
MESSAGES.append(dict(
    id="kyujitsushukkin-037", charset="iso-2022-jp",
    sender="江藤 由紀 <y-eto@hinode-sangyo.co.jp>",
    to=["森川 先生 <morikawa@sr-morikawa.jp>"],
    subject="代休・振替休日の未消化者一覧（ご相談）",
    body=f"""森川先生

お世話になっております。日の出産業の江藤です。

休日出勤後2か月以内に代休を取得するルールにしていますが、
未消化のまま期限を迎えそうな社員が14名います（添付の一覧をご覧ください）。

期限までに取得できなかった場合、
・割増分（35%）に加えて100%分も支払うべきか
・期限を延長する運用は可能か
の2点についてご意見をいただけますでしょうか。

{SIG_ETO}
""",
    attachments=[dict(kind="xls", name="代休未消化一覧_202610.xls",
                      sheets={"未消化者": _m37_rows})],
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="legacy XLS listing 14 employees (number, name, dept, leave balance) to the consultant"))

MESSAGES.append(dict(
    id="kyujitsushukkin-038", charset="utf-8",
    sender="片桐 慎吾 <s-katagiri@hinode-sangyo.co.jp>",
    to=["坂東 様 <bando@heiwa-keibi.co.jp>",
        "アルセック 営業部 <sales@alsec-guard.jp>",
        "東洋セキュリティサービス 営業部 <eigyo@toyo-security.co.jp>"],
    subject="年末年始 臨時警備のお見積り依頼",
    body=f"""警備会社各位

いつもお世話になっております。日の出産業 総務部の片桐です。

年末年始（12/29〜1/3）の休業期間中、本社・第二工場・物流センターの
臨時警備（常駐1名＋巡回）についてお見積りをお願いいたします。

　期間　：2026/12/29 18:00 〜 2027/1/4 8:00
　拠点　：本社（さいたま市大宮区）、第二工場（行田市）、物流センター（伊奈町）
　体制　：各拠点 常駐1名、2時間ごとの構内巡回
　提出期限：11/13(金)

比較検討のうえ、11月下旬にご連絡いたします。

{SIG_KATAGIRI}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="a quotation request to three competing security companies in To: recipients visible to each other"))

MESSAGES.append(dict(
    id="kyujitsushukkin-039", charset="iso-2022-jp",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["坂東 様 <bando@heiwa-keibi.co.jp>"],
    cc=["川崎電機 工事管理 <koji-kanri@kawasaki-denki.co.jp>"],
    subject="休日工事期間中の警備体制 打合せのお願い",
    body=f"""平和警備保障株式会社 坂東様
（cc：川崎電機株式会社 工事管理ご担当者様）

お世話になっております。日の出産業 第二工場の三浦です。

11/7(土)〜11/8(日)に川崎電機様の受変電設備工事が入るため、
工事期間中の警備体制（工事車両の入退場管理、停電時の機械警備の扱い）について
三者で打合せをさせてください。

候補日：10/27(火) 14:00〜 / 10/29(木) 10:00〜
場所　：第二工場 管理棟 1F 会議室

ご都合をお知らせください。

{SIG_MIURA}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="a normal three-way meeting mail: two external organisations in To/Cc"))

MESSAGES.append(dict(
    id="kyujitsushukkin-040", charset="shift_jis",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["工事管理 <koji-kanri@kawasakl-denki.co.jp>"],
    subject="休日作業届の提出（11/7-8 受変電設備工事）",
    body=f"""川崎電機株式会社
工事管理ご担当者様

お世話になっております。日の出産業の三浦です。

11/7(土)〜11/8(日)の受変電設備工事について、当社の休日作業届を提出いたします。
停電作業は11/8(日) 9:00〜15:00の予定で、その間は第二工場の全ラインを停止します。

作業届の様式は御社指定のものから変更ありません。
押印済みの原本は工事当日にお渡しします。

{SIG_MIURA}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="partner kawasaki-denki.co.jp spelled kawasakl-denki.co.jp (l for i): look-alike domain"))

MESSAGES.append(dict(
    id="kyujitsushukkin-041", charset="utf-8",
    sender="園田 誠一 <s-sonoda@hinode-sangyo.co.jp>",
    to=["森川 先生 <morikawa@sr-morikawa.jp>"],
    subject="【極秘】夜勤手当・深夜割増の改定案について",
    body=f"""森川先生

お世話になっております。園田です。

本件は役員会決定前のため、極秘扱いでお願いいたします。

夜勤手当を現行の1回3,000円から4,500円へ引き上げ、その代わりに
深夜割増の計算基礎から一部の手当を除外する案を検討しています。
添付の試算で、法定の深夜割増（25%）を下回るケースがないか
ご確認いただけますでしょうか。

{SIG_SONODA}
""",
    attachments=[dict(kind="xlsx", name="夜勤手当改定_試算.xlsx", page_header="極秘",
                      sheets={"試算": [["夜勤手当改定 試算（役員会資料）"], [],
                                       ["区分", "現行 手当", "改定 手当", "深夜割増 現行", "深夜割増 改定", "差額"],
                                       ["一般職 A", 3000, 4500, 2380, 2150, 1270],
                                       ["一般職 B", 3000, 4500, 2610, 2370, 1260],
                                       ["主任", 3000, 4500, 2930, 2660, 1230]]})],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="subject and attachment header stamped 極秘, sent to an external consultant"))

MESSAGES.append(dict(
    id="kyujitsushukkin-042", charset="utf-8",
    sender="高野 美咲 <m-takano@hinode-sangyo.co.jp>",
    to=["須藤 様 <sudo@human-bridge.jp>"],
    subject="Re: 休日出勤・代休の社内ルールについて",
    body=f"""須藤様

お世話になっております。日の出産業の高野です。

お問い合わせいただいた休日出勤と代休のルールについてです。
就業規則の本文は社外秘の扱いのためお送りできませんが、
派遣スタッフ様に関係する部分の概要を以下にまとめます。

・休日出勤は前日までに現場責任者が申請し、人事課が承認します
・派遣スタッフ様の休日出勤は、貴社との契約上の休日労働の範囲内でお願いします
・当社社員の代休は2か月以内の取得ですが、派遣スタッフ様の休日・代休は貴社の規則に従ってください
・夜勤明けの日を休日出勤に充てることはしません

ご不明点があればお知らせください。

{SIG_TAKANO}
""",
    expect="pass", entities=[], detectors=[],
    note="only mentions that the work rules are 社外秘; the mail itself is not marked and carries no personal data"))

_m43_slides = [["休日メンテナンス 対応体制（2026年度下期）", "日の出産業株式会社 設備保全課",
                "対象：川崎電機様 納入設備（第二工場 受変電・プレスライン）"],
               ["体制図", "責任者：設備保全課 課長", "一次対応：当番者（下表）→ 二次対応：課長",
                "休日・夜間の呼出しは当番者の携帯へ直接"],
               ["当番者 連絡先"] + [f"{p['n']}　携帯 {p['tel']}　{p['mail']}" for p in P[20:26]],
               ["エスカレーション", "30分以内に応答がない場合は次の当番者へ", "重大故障は課長へ即時連絡"]]
MESSAGES.append(dict(
    id="kyujitsushukkin-043", charset="utf-8",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["川崎電機 サービス部 <service@kawasaki-denki.co.jp>"],
    subject="休日メンテナンス対応体制のご連絡（下期）",
    body=f"""川崎電機株式会社
サービス部　ご担当者様

お世話になっております。日の出産業 第二工場の三浦です。

下期の休日・夜間のメンテナンス対応体制を資料にまとめました。
設備トラブル時に御社から当社へ連絡いただく際は、
資料の当番者連絡先（スライド3）へ直接ご連絡ください。

{SIG_MIURA}
""",
    attachments=[dict(kind="pptx", name="休日メンテナンス対応体制_2026下期.pptx",
                      title="休日メンテナンス対応体制", slides=_m43_slides)],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="PPTX slide lists 6 on-call staff with private mobiles and e-mails, sent to a partner"))

MESSAGES.append(dict(
    id="kyujitsushukkin-044", charset="utf-8",
    sender="高野 美咲 <m-takano@hinode-sangyo.co.jp>",
    to=["東海人材サービス 熊谷営業所 <kumagaya@tokai-jinzai.co.jp>"],
    subject="派遣スタッフ様向け説明資料（休日出勤・36協定）",
    body=f"""東海人材サービス株式会社
熊谷営業所　ご担当者様

お世話になっております。日の出産業の高野です。

11月から第二工場に来ていただく派遣スタッフ様向けに、
休日出勤と時間外労働の考え方をまとめた説明資料を作成しました。
初日のオリエンテーションで使用しますので、事前にご確認いただけますと幸いです。

{SIG_TAKANO}
""",
    attachments=[dict(kind="pptx", name="派遣スタッフ向け_休日出勤と36協定.pptx",
                      slides=[["休日出勤と時間外労働について", "日の出産業株式会社 第二工場"],
                              ["時間外労働の上限", "派遣スタッフの時間外・休日労働は派遣元（貴社）の36協定の範囲内",
                               "月45時間・年360時間が原則"],
                              ["休日出勤の流れ", "前日までに現場リーダーから打診", "派遣元へ当社から連絡",
                               "当日は通常どおり打刻"],
                              ["夜勤について", "22:00〜5:00は深夜割増", "夜勤明けの休日出勤は行いません"]])],
    expect="pass", entities=[], detectors=[],
    note="a general orientation deck about holiday work and the 36 agreement; no personal data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-045", charset="utf-8",
    sender="江藤 由紀 <y-eto@hinode-sangyo.co.jp>",
    to=["森川社会保険労務士事務所 <office@sr-morikawa.jp>"],
    subject="アルバイト二階堂さんの個人番号（本人からのメールを添付）",
    body=f"""森川社会保険労務士事務所
ご担当者様

お世話になっております。日の出産業の江藤です。

先日お話しした夜勤アルバイトの二階堂さんについて、
ご本人から個人番号の連絡がメールで届きましたので、そのまま添付いたします。
雇用保険の取得手続きにお使いください。

（本来は書面で提出してもらうべきところ、申し訳ありません。今後は徹底します）

{SIG_ETO}
""",
    attachments=[dict(kind="eml", name="個人番号のご連絡.eml", message=dict(
        charset="utf-8",
        sender=f"二階堂 ひかる <{P[21]['mail']}>",
        to=["江藤 由紀 <y-eto@hinode-sangyo.co.jp>"],
        subject="個人番号のご連絡",
        body=f"""日の出産業 人事課 江藤様

お疲れさまです。物流センターで夜勤のアルバイトをしている二階堂です。
提出が遅くなってすみません。マイナンバーをお送りします。

氏名：二階堂 ひかる
生年月日：{wareki(P[21]['dob'])}
個人番号：{my_number(SEED + 3)}

カードの写真も必要でしたら言ってください。
よろしくお願いします。
"""))],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="an attached mail carries a part-timer's My Number (and her private address); forwarding it externally is new content"))

MESSAGES.append(dict(
    id="kyujitsushukkin-046", charset="iso-2022-jp",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["ネクストワーク 派遣管理 <haken-kanri@nextwork-staff.com>"],
    subject="タイムシート修正のお願い（10月第1週）",
    body=f"""ネクストワーク株式会社
派遣管理ご担当者様

お世話になっております。日の出産業 物流センターの前島です。

10月第1週のタイムシートに誤りがありましたので、修正をお願いいたします。

　スタッフ番号 NW-55821
　10/3(土) 休日出勤　退勤 17:00 → 19:30（出荷遅延のため残業）
　10/4(日) 休日出勤　→ 取消し（当日出勤なし、代わりに10/6に出勤）

現場の承認印をもらった修正票はスキャンして別途お送りします。

{SIG_MAEJIMA}
""",
    expect="pass", entities=[], detectors=[],
    note="a timesheet fix referencing only an agency staff number; no name or contact data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-047", charset="shift_jis",
    sender="高野 美咲 <m-takano@hinode-sangyo.co.jp>",
    to=["須藤 様 <sudo@human-bridge.jp>"],
    cc=["t-maejima@hinode-sangyo.co.jp"],
    subject="【至急】派遣スタッフ様の労災事故のご報告",
    body=f"""株式会社ヒューマンブリッジ
須藤様

お世話になっております。日の出産業の高野です。
取り急ぎ、労災事故のご報告です。

　被災者：{P[10]['n']}様（貴社派遣スタッフ）
　日時　：10/14(水) 3:20頃（夜勤中）
　場所　：物流センター 第2倉庫 出荷バース
　状況　：パレット移動中に段差で転倒し右手をつく
　搬送先：伊奈中央病院（救急）
　診断　：右橈骨遠位端骨折、全治約6週間（手術予定）

派遣元として労働者死傷病報告の提出をお願いいたします。
当社でも派遣先としての報告書を作成中です。
ご本人のご家族への連絡は貴社からお願いできますでしょうか。

{SIG_TAKANO}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named worker's injury and diagnosis (fracture, surgery) sent to the agency: health data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-048", charset="utf-8",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["石黒 様 <ishiguro@staffnet-kanto.co.jp>"],
    subject="木村様のシフトについて",
    body=f"""石黒様

お世話になっております。物流センターの前島です。

貴社からお越しの木村 早紀様ですが、ご本人から
「11月から毎週水曜の午後は通院のため勤務できない」との申し出がありました。
水曜は日勤のみ（8:30〜12:00）に変更し、
不足分の午後は別の方に入っていただく形でご調整いただけますか。

{SIG_MAEJIMA}
""",
    expect="either", entities=["PERSON_NAME"], detectors=[],
    note="a named worker's regular hospital visits without a diagnosis: health-related or not is a judgement call"))

_m49_blocks = "\n\n".join(
    f"【{i}】\n氏名：{p['n']}（{p['k']}）\n生年月日：{wareki(p['dob'])}\n"
    f"住所：〒{p['zip']} {p['addr']}\n携帯：{p['tel']}"
    for i, p in enumerate(P[22:27], 1))
MESSAGES.append(dict(
    id="kyujitsushukkin-049", charset="iso-2022-jp",
    sender="片桐 慎吾 <s-katagiri@hinode-sangyo.co.jp>",
    to=["サンライズビルマネジメント 管理事務所 <kanri@sunrise-bm.co.jp>"],
    subject="夜間通用口カード発行申請（新規夜勤者5名）",
    body=f"""サンライズビルマネジメント株式会社
日の出ビル管理事務所　御中

お世話になっております。日の出産業 総務部の片桐です。

11月から本社ビルの夜間作業に従事する者について、
夜間通用口カードの発行をお願いいたします。貴社様式の項目を転記しております。

{_m49_blocks}

利用時間帯：22:00〜翌7:00
有効期限：2027年3月31日

{SIG_KATAGIRI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's blocks with birth date, home address and mobile to a building manager: a list"))

MESSAGES.append(dict(
    id="kyujitsushukkin-050", charset="utf-8",
    sender="片桐 慎吾 <s-katagiri@hinode-sangyo.co.jp>",
    to=["アルセック 入館管理 <nyukan@alsec-guard.jp>"],
    subject="入館カードの失効処理のお願い",
    body=f"""株式会社アルセック
入館管理ご担当者様

お世話になっております。日の出産業の片桐です。

9月末で夜勤の派遣契約が終了したため、下記の入館カードの失効処理をお願いいたします。

　カードNo.2-0391（夜間通用口・3F）
　カードNo.2-0402（夜間通用口・3F/4F）

カード本体は回収済みで、来週の定例時に返却いたします。

{SIG_KATAGIRI}
""",
    expect="pass", entities=[], detectors=[],
    note="card deactivation by card number only; no people's data"))

# ---------------------------------------------------------------------------------------
# 051-075
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="kyujitsushukkin-051", charset="iso-2022-jp",
    sender="園田 誠一 <s-sonoda@hinode-sangyo.co.jp>",
    to=["森川社会保険労務士事務所 <office@sr-morikawa.jp>"],
    subject="36協定届（控）の送付",
    body=f"""森川社会保険労務士事務所
ご担当者様

お世話になっております。日の出産業の園田です。

労基署に受理された36協定届（第二工場分）の控えをPDFでお送りします。
社内規程によりパスワードを設定しておりますので、
パスワードは先生の携帯へSMSでお送りします。

原本は当社で保管いたします。

{SIG_SONODA}
""",
    attachments=[dict(kind="pdf", name="36協定届_控_第二工場.pdf", password="Sb2026!36kyotei",
                      lines=["時間外労働・休日労働に関する協定届（様式第9号の2）", "日の出産業株式会社 第二工場"])],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected"))

MESSAGES.append(dict(
    id="kyujitsushukkin-052", charset="utf-8",
    sender="園田 誠一 <s-sonoda@hinode-sangyo.co.jp>",
    to=["森川 先生 <morikawa@sr-morikawa.jp>"],
    subject="36協定届（物流センター）ドラフトのご確認",
    body=f"""森川先生

お世話になっております。園田です。

物流センター分の36協定届のドラフトを作成しました。
法人番号や事業場の情報は登記どおりに記載しています。
延長時間の欄と、特別条項の健康福祉確保措置の書き方をご確認ください。

過半数代表者は物流センターの春日井が選出されています。

{SIG_SONODA}
""",
    attachments=[dict(kind="pdf", name="36協定届_物流センター_draft.pdf",
                      title="36協定届 物流センター（ドラフト）",
                      lines=["時間外労働・休日労働に関する協定届（ドラフト）",
                             "事業の種類：倉庫業　　事業の名称：日の出産業株式会社 物流センター",
                             f"法人番号：{HINODE_CORP}",
                             "所在地：〒362-0806 埼玉県北足立郡伊奈町小室9810-2　電話 048-720-6611",
                             "協定の有効期間：2027年4月1日から1年間",
                             "労働者数：42人（うち派遣労働者を除く）", ""],
                      table=[["業務の種類", "労働者数", "1日", "1か月", "1年"],
                             ["出荷・検品", "28", "5時間", "45時間", "360時間"],
                             ["フォークリフト運転", "9", "5時間", "45時間", "360時間"],
                             ["在庫管理", "5", "4時間", "30時間", "300時間"],
                             ["休日労働", "", "法定休日 月2回", "8:00〜17:00", ""]])],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="a company filing with the company's own 法人番号 and office address; no one's personal data"))

_m53_rows = "\n".join(
    f"{pad(zen(i), 4, '　')}{pad(p['n'], 20, '　')}{zen(p['tel'])}" for i, p in enumerate(P[0:8], 1))
MESSAGES.append(dict(
    id="kyujitsushukkin-053", charset="shift_jis",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["坂東 様 <bando@heiwa-keibi.co.jp>"],
    subject="転送：【スタッフネット関東】11/3(祝) 休日出勤スタッフ一覧",
    body=f"""坂東様

お世話になっております。物流センターの前島です。

11/3(祝)はセンターの守衛所を貴社の隊員の方にお願いしております。
当日入構する派遣スタッフの一覧が派遣会社から届きましたので転送します。
守衛所での本人確認にお使いください。

---------- 転送メッセージ ----------
差出人：石黒 <ishiguro@staffnet-kanto.co.jp>
日付：2026年10月28日(水) 10:05
件名：【スタッフネット関東】11/3(祝) 休日出勤スタッフ一覧
宛先：前島 隆之 <t-maejima@hinode-sangyo.co.jp>

前島様

11/3(祝)の休日出勤スタッフは以下の8名です。

ＮＯ　氏名　　　　　　　　携帯
{_m53_rows}

よろしくお願いいたします。
スタッフネット関東 石黒
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="an agency's 8-person list with mobiles forwarded to a third company: forwarded text counts"))

_m54_rows = "\n".join(f"・{p['n']}（{p['tel']}）" for p in P[0:6])
MESSAGES.append(dict(
    id="kyujitsushukkin-054", charset="utf-8",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["物流センター 班長 <butsuryu-hancho@hinode-sangyo.co.jp>"],
    subject="Fwd: 10/10(土) 休日出勤スタッフのご連絡",
    body=f"""班長各位

10/10(土)の派遣スタッフが確定しました。派遣会社からのメールを転送します。
当日の作業割り当てをお願いします。

---------- Forwarded message ---------
From: 石黒 <ishiguro@staffnet-kanto.co.jp>
Date: 2026年10月6日(火) 11:20
Subject: 10/10(土) 休日出勤スタッフのご連絡
To: 前島 隆之 <t-maejima@hinode-sangyo.co.jp>

前島様

10/10(土)の休日出勤は、下記6名でご対応いたします。
{_m54_rows}

スタッフネット関東 石黒
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="a forwarded list of 6 staff with mobiles, but only to an internal mailing list"))

MESSAGES.append(dict(
    id="kyujitsushukkin-055", charset="utf-8",
    sender="江藤 由紀 <y-eto@hinode-sangyo.co.jp>",
    to=["森川 先生 <morikawa@sr-morikawa.jp>"],
    subject="夜勤パート 猪俣さんの資格確認書の再交付について",
    body=f"""森川先生

お世話になっております。日の出産業の江藤です。

物流センターで夜勤パートをしている猪俣さんから、健康保険の資格確認書を紛失したと申し出がありました。
再交付の申請をお願いできますでしょうか。

　氏名：{P[15]['n']}（{P[15]['k']}）
　生年月日：{wareki(P[15]['dob'], 'abbr')}
　被保険者記号：3170　番号：482
　保険者番号：06110427

ご本人は通院予定があるとのことで、急ぎでお願いできると助かります。

{SIG_ETO}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a person's health insurance 記号・番号 with her birth date sent externally"))

MESSAGES.append(dict(
    id="kyujitsushukkin-056", charset="iso-2022-jp",
    sender="園田 誠一 <s-sonoda@hinode-sangyo.co.jp>",
    to=["森川 先生 <morikawa@sr-morikawa.jp>"],
    subject="特別条項の回数カウントについてのご質問",
    body=f"""森川先生

いつもお世話になっております。園田です。

36協定の特別条項の「年6回」のカウントについて確認させてください。

(1) 月の途中で時間外が45時間を超えた場合、その月を1回と数えるのか
(2) 休日労働の時間は、45時間の判定に含めるのか
(3) 派遣スタッフの時間外は、当社の協定の回数には含まれないという理解でよいか

社内の集計ツールの仕様を決めるため、年内にご回答いただけますと幸いです。

{SIG_SONODA}
""",
    expect="pass", entities=[], detectors=[],
    note="a general legal question about the 36 agreement; no personal data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-057", charset="utf-8",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["石黒 様 <ishiguro@staffnet-kanto.co.jp>", "須藤 様 <sudo@human-bridge.jp>"],
    cc=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="年末休日出荷に向けた調整会議のご案内",
    body=f"""スタッフネット関東 石黒様
ヒューマンブリッジ 須藤様
（cc：青葉運輸 配車センター様）

お世話になっております。日の出産業 物流センターの前島です。

年末の休日出荷（12/26・27・29・30）に向けて、人員と配車の調整会議を行います。

　日時：11/18(水) 15:00〜16:30
　場所：物流センター 2F 会議室（Web参加可）
　議題：日別の出荷予定数、必要人員、車両台数、休日割増の扱い

ご出席の可否を11/13(金)までにお知らせください。

{SIG_MAEJIMA}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (two agencies and a carrier) in To/Cc can see each other"))

MESSAGES.append(dict(
    id="kyujitsushukkin-058", charset="utf-8",
    sender="宇野 奈々 <n-uno@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    subject="夜勤の日跨ぎ打刻が翌日扱いになる不具合",
    body=f"""ツバサシステム サポートセンター御中

お世話になっております。日の出産業 情報システム部の宇野です。

10/1のバージョンアップ以降、夜勤（22:00〜翌7:00）の退勤打刻が
翌日の出勤として登録されてしまう事象が発生しています。
画面のスクリーンショットを添付します。

・発生範囲：物流センター、第二工場の夜勤者全員
・発生日：10/1夜勤分から
・回避策：現在は手修正で対応中

至急の調査をお願いいたします。（契約番号：TS-HN-00318）

{SIG_UNO}
""",
    attachments=[dict(kind="png", name="screenshot_20261005.png")],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="partner tsubasa-system.jp misspelled tsubasa-sytem.jp (letter dropped): look-alike domain"))

MESSAGES.append(dict(
    id="kyujitsushukkin-059", charset="shift_jis",
    sender="宇野 奈々 <n-uno@hinode-sangyo.co.jp>",
    to=["support@tsubasa-system.jp"],
    subject="代休の自動付与日数の計算について（問い合わせ）",
    body=f"""株式会社ツバサシステム
サポートセンター　ご担当者様

お世話になっております。日の出産業の宇野です。

休日出勤が半日（4時間未満）の場合に、代休が1日付与されてしまうケースがあります。
設定では「4時間未満は0.5日」としているのですが、
社員番号 H10759 の 9/19 分で再現しますので、ログをご確認いただけますか。

・設定画面：休暇管理 ＞ 代休付与ルール
・設定値：4時間未満 0.5日 / 4時間以上 1日
・実際の付与：1日

{SIG_UNO}
""",
    expect="pass", entities=[], detectors=[],
    note="a vendor support question citing one employee number only; no name or personal data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-060", charset="iso-2022-jp",
    sender="片桐 慎吾 <s-katagiri@hinode-sangyo.co.jp>",
    to=["坂東 様 <bando@heiwa-keibi.co.jp>"],
    subject="年末年始 警備配置計画（案）の送付",
    body=f"""坂東様

お世話になっております。日の出産業の片桐です。

年末年始の警備配置計画（案）を添付いたします。
機械警備の解除・設定時刻と、立哨・巡回のポスト配置を記載しています。
隊員の皆様への周知の範囲は最小限でお願いいたします。

{SIG_KATAGIRI}
""",
    attachments=[dict(kind="xlsx", name="年末年始_警備配置計画_案.xlsx",
                      page_footer="取扱注意　日の出産業株式会社 総務部",
                      sheets={"配置": [["年末年始 警備配置計画（案）"], [],
                                       ["拠点", "ポスト", "時間帯", "人数", "備考"],
                                       ["本社", "正面守衛所", "18:00-8:00", 1, "機械警備併用"],
                                       ["本社", "構内巡回", "2時間毎", 1, ""],
                                       ["第二工場", "南門", "終日", 1, "12/29,1/3は休日稼働"],
                                       ["物流センター", "守衛所", "終日", 1, "休日出荷あり"]],
                              "機械警備": [["拠点", "解除", "設定"],
                                           ["本社", "8:00", "18:00"],
                                           ["第二工場", "7:30", "19:00"]]})],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached plan carries a 取扱注意 classification in its footer"))

_m61_hdr = f"{pad('氏名', 18, '　')}{pad('お迎え先（自宅）', 44, '　')}携帯"
_m61_rows = "\n".join(
    f"{pad(p['n'], 18, '　')}{pad(p['addr'], 44, '　')}{p['tel']}" for p in P[10:17])
MESSAGES.append(dict(
    id="kyujitsushukkin-061", charset="shift_jis",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["みらい交通 法人予約 <houjin@mirai-kotsu.co.jp>"],
    subject="夜勤者送迎 ご依頼（11月分）",
    body=f"""みらい交通株式会社
法人予約ご担当者様

いつもお世話になっております。日の出産業 第二工場の三浦です。

11月の夜勤者送迎（乗合タクシー）について、お迎え先の一覧をお送りします。
お迎えは各日21:15〜21:35、工場着21:50でお願いします。

{_m61_hdr}
{'－' * 40}
{_m61_rows}

請求は従来どおり月末締めでお願いいたします。

{SIG_MIURA}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7 night workers' home addresses and mobiles in a full-width-padded table to a taxi company"))

MESSAGES.append(dict(
    id="kyujitsushukkin-062", charset="utf-8",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["みらい交通 法人予約 <houjin@mirai-kotsu.co.jp>"],
    subject="11/3(祝) 休日出勤者の送迎（3名）",
    body=f"""みらい交通株式会社
法人予約ご担当者様

お世話になっております。日の出産業の三浦です。
11/3(祝)の休日出勤者の送迎をお願いします。行田駅 7:20発でお願いします。

- {P[12]['n']}（{P[12]['tel']}）
- {P[14]['n']}（{P[14]['tel']}）
- {P[16]['n']}（{P[16]['tel']}）

遅れる場合は各自から直接ドライバーさんへ連絡してもらいます。

{SIG_MIURA}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three passengers' names and mobiles for a pickup: under five people (may warn)"))

MESSAGES.append(dict(
    id="kyujitsushukkin-063", charset="iso-2022-jp",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["ネクストワーク 外国人材チーム <global@nextwork-staff.com>"],
    subject="アフマド様の夜勤シフトについてのご相談",
    body=f"""ネクストワーク株式会社
外国人材チーム　ご担当者様

お世話になっております。日の出産業 第二工場の三浦です。

貴社からお越しのアフマド・ファウジ様について、ご相談です。
ご本人はイスラム教徒で、来年2月中旬からのラマダン期間中は日中の断食があるため、
その期間は夜勤中心のシフトにしてほしいとのご希望を伺っております。
また、金曜の正午ごろの礼拝の時間を休憩として確保したいとのことです。

第二工場としては対応可能ですので、
派遣契約上の就業時間の変更が必要かどうか、貴社でご確認いただけますでしょうか。

{SIG_MIURA}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named worker's religion (Muslim, fasting, prayer) sent externally: 信条 is sensitive"))

MESSAGES.append(dict(
    id="kyujitsushukkin-064", charset="utf-8",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["ネクストワーク 外国人材チーム <global@nextwork-staff.com>"],
    subject="第二工場の休憩室・礼拝スペースについて",
    body=f"""ネクストワーク株式会社
外国人材チーム　ご担当者様

お世話になっております。第二工場の三浦です。

来年度に向けて、第二工場の福利厚生の見直しを進めています。
その一環として、管理棟1Fの小会議室を休憩時間中に礼拝等にも使える
静養スペースとして開放することにしました（12月から）。

また、食堂のメニューに豚肉・アルコール不使用の表示を追加します。
スタッフ様への案内文の作成にあたり、多言語化（英語・ベトナム語・インドネシア語）の
ご協力をいただけないでしょうか。

{SIG_MIURA}
""",
    expect="pass", entities=[], detectors=[],
    note="a general facilities policy about prayer space; no identifiable person's religion"))

MESSAGES.append(dict(
    id="kyujitsushukkin-065", charset="utf-8",
    sender="高野 美咲 <m-takano@hinode-sangyo.co.jp>",
    to=["東海人材サービス 熊谷営業所 <kumagaya@tokai-jinzai.co.jp>"],
    subject="御手洗様の夜勤免除について",
    body=f"""東海人材サービス株式会社
熊谷営業所　ご担当者様

お世話になっております。日の出産業の高野です。

先日の面談で、御手洗 拓海様から、身体障害者手帳（3級・心臓機能障害）をお持ちで
主治医から夜勤を控えるよう指示されているとのお話がありました。
当社としては12月から日勤のみの配置に変更したいと考えております。

日勤への変更に伴い、休日出勤の対象からも外す予定です。
派遣契約の変更手続きについてご相談させてください。

{SIG_TAKANO}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named worker's disability certificate and heart condition sent to the agency: sensitive"))

_m66_rows = [["emp_no", "name", "date", "clock_in", "clock_out", "kubun"]]
_m66_times = [("07:58", "17:02"), ("21:57", "06:05"), ("08:01", "17:30"), ("22:03", "07:01"),
              ("08:30", "12:00"), ("07:45", "16:50")]
for _i, _e in enumerate(EMP):
    _t = _m66_times[_i % len(_m66_times)]
    _m66_rows.append([_e[0], _e[1], f"2026-09-{(_i % 28) + 1:02d}", _t[0], _t[1],
                      "休日出勤" if _i % 3 == 0 else ("夜勤" if _i % 3 == 1 else "通常")])
MESSAGES.append(dict(
    id="kyujitsushukkin-066", charset="utf-8",
    sender="宇野 奈々 <n-uno@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    subject="旧システムからの打刻データ移行（サンプル）",
    body=f"""ツバサシステム 導入支援チーム　ご担当者様

お世話になっております。日の出産業 情報システム部の宇野です。

第一工場の勤怠を旧システムから移行するにあたり、
打刻データのサンプル（9月分・一部）をZIPでお送りします。
文字コードはUTF-8、区分列に「休日出勤」「夜勤」が入っています。

取込可否と、区分のマッピング案をいただけますでしょうか。

{SIG_UNO}
""",
    attachments=[dict(kind="zip", name="dakoku_sample_202609.zip",
                      files=[dict(kind="csv", name="dakoku_202609.csv", encoding="utf-8",
                                  rows=_m66_rows),
                             dict(kind="txt", name="README.txt",
                                  text="旧勤怠システム 打刻データ エクスポート\n文字コード: UTF-8\n区分: 通常/休日出勤/夜勤\n")])],
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="ZIP with a CSV of 20 employees' names and clock records sent to the vendor: a list of people"))

MESSAGES.append(dict(
    id="kyujitsushukkin-067", charset="iso-2022-jp",
    sender="高野 美咲 <m-takano@hinode-sangyo.co.jp>",
    to=["東海人材サービス 熊谷営業所 <kumagaya@tokai-jinzai.co.jp>"],
    subject="2027年 勤務カレンダーの送付",
    body=f"""東海人材サービス株式会社
熊谷営業所　ご担当者様

お世話になっております。日の出産業の高野です。

2027年の勤務カレンダー（第一工場・第二工場）をお送りします。
ZIPにまとめておりますので、展開してご確認ください。
土曜の休日出勤予定日は網掛けで表示しています。

{SIG_TAKANO}
""",
    attachments=[dict(kind="zip", name="2027_勤務カレンダー.zip",
                      files=[dict(kind="pdf", name="2027_calendar_plant1.pdf",
                                  lines=["2027年 勤務カレンダー 第一工場", "年間休日 121日 / 休日出勤予定 6日"],
                                  table=[["月", "稼働日", "休日", "休日出勤予定"],
                                         ["1月", "19", "12", "1/23"], ["2月", "19", "9", "-"],
                                         ["3月", "22", "9", "3/20"]]),
                             dict(kind="pdf", name="2027_calendar_plant2.pdf",
                                  lines=["2027年 勤務カレンダー 第二工場", "年間休日 118日 / 休日出勤予定 9日"],
                                  table=[["月", "稼働日", "休日", "休日出勤予定"],
                                         ["1月", "20", "11", "1/16, 1/30"], ["2月", "19", "9", "2/13"],
                                         ["3月", "22", "9", "3/13"]])])],
    expect="pass", entities=[], detectors=[],
    note="a plain ZIP of company calendars; no personal data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-068", charset="utf-8",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["須藤 様 <sudo@human-bridge.jp>"],
    subject="12月 代休取得計画表の送付",
    body=f"""須藤様

お世話になっております。物流センターの前島です。

11月の休日出勤分に対する12月の代休取得計画表をお送りします。
代休日に合わせて、代替のスタッフ様の手配可否をご確認ください。

{SIG_MAEJIMA}
""",
    attachments=[dict(kind="corrupt", name="代休取得計画_202612.pdf")],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the PDF attachment is corrupt and cannot be inspected"))

_m69_rows = "".join(
    f"<tr><td>{e[0]}</td><td>{e[1]}</td><td>{e[2]}</td><td align='right'>{h}</td>"
    f"<td align='right'>{y}</td><td>{c}</td></tr>"
    for e, h, y, c in zip(EMP[12:17], [78.5, 74.0, 71.5, 69.0, 66.5], [688, 652, 640, 633, 611],
                          ["5回目", "5回目", "4回目", "4回目", "3回目"]))
MESSAGES.append(dict(
    id="kyujitsushukkin-069", charset="utf-8",
    sender="園田 誠一 <s-sonoda@hinode-sangyo.co.jp>",
    to=["管理職各位 <kanrishoku@hinode-sangyo.co.jp>"],
    subject="【36協定】上限接近者のアラート（10月15日時点）",
    html=f"""<html><body>
<p>管理職各位</p>
<p>労務グループの園田です。<br>10月15日時点で、36協定の年間上限（720時間）または特別条項の回数上限（年6回）に
近づいている社員は以下の5名です。<br>
<b>11月以降の休日出勤・夜勤応援には原則として割り当てないでください。</b></p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>社員番号</th><th>氏名</th><th>所属</th><th>10月時間外(見込)</th><th>年間累計</th><th>特別条項</th></tr>
{_m69_rows}
</table>
<p>ご不明点は労務グループ（内線5172）まで。</p>
</body></html>""",
    expect="pass", entities=["PERSON_NAME"], detectors=[],
    note="HTML table of 5 employees' overtime totals sent to an internal list only"))

_m70_rows = "\n".join(
    f"{i}. {p['r']:<22} mobile {('+81-' + p['tel'][1:]):<17} {p['mail']}"
    for i, p in enumerate(P[2:8], 1))
MESSAGES.append(dict(
    id="kyujitsushukkin-070", charset="utf-8",
    sender="Kenji Arai <k-arai@hinode-sangyo.co.jp>",
    to=["Dispatch Desk <dispatch@pacstaff.com>"],
    subject="Night shift on-call roster - contact details for your coordinators",
    body=f"""Hello team,

As requested, here are the contact details of the night-shift on-call crew who will be
working with your contractors at Plant 2 from November. Please share them with your
shift coordinators so they can reach the crew directly if a contractor cannot attend.

{_m70_rows}

The on-call crew works 22:00-07:00, Monday to Saturday. Weekend call-outs are paid as
holiday work, so please route any weekend requests through me first.

{SIG_ARAI}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="English mail listing 6 workers with mobiles and personal e-mails to an overseas agency"))

MESSAGES.append(dict(
    id="kyujitsushukkin-071", charset="utf-8",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["坂東 様 <bando@heiwa-keibi.co.jp>"],
    subject="海外からの応援技術者の夜間入構登録について",
    body=f"""坂東様

お世話になっております。日の出産業 第二工場の三浦です。

11/9〜11/20の夜間（22:00〜翌6:00）に、海外の設備メーカーから技術者2名が
プレスラインの改修応援に来ます。第二工場南門での入構登録をお願いいたします。
本人確認はパスポートで行いますので、下記の内容で照合してください。

(1) Name: WEBER, Jonas
    Nationality: Germany
    Date of birth: 14 MAR 1985
    Passport No.: C4F7K29LM

(2) Name: OKAFOR, Daniel
    Nationality: United Kingdom
    Date of birth: 02 SEP 1990
    Passport No.: 548213906

入構時は当社工務課の者が同行します。

{SIG_MIURA}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="passport numbers and dates of birth of two visitors sent to a security company"))

MESSAGES.append(dict(
    id="kyujitsushukkin-072", charset="iso-2022-jp",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["青葉運輸 営業部 <eigyo@aoba-unyu.co.jp>"],
    subject="Re: 年末年始の休日集荷受付について",
    body=f"""青葉運輸株式会社
営業部　ご担当者様

お世話になっております。物流センターの前島です。
年末年始の休日集荷のご案内、ありがとうございました。

当社側の出荷拠点と受付窓口は以下のとおりです。

　拠点　　　　　受付時間　　　　窓口電話
　本社倉庫　　　9:00〜15:00　　048-640-3150
　第二工場　　　8:30〜16:00　　048-553-2270
　物流センター　8:00〜17:00　　048-720-6611

12/31(木)は物流センターのみ午前中の受付となります。
出荷番号はいつもどおり SH-2612-xxxx の採番でお伝えします。

{SIG_MAEJIMA}
""",
    expect="pass", entities=[], detectors=[],
    note="a table of business sites with switchboard numbers: businesses, not people"))

MESSAGES.append(dict(
    id="kyujitsushukkin-073", charset="shift_jis",
    sender="大河内 健 <k-okochi@hinode-sangyo.co.jp>",
    to=["北国フーズ 法人受注センター <houjin-order@kitaguni-foods.co.jp>"],
    subject="夜勤者夜食 定期注文の支払いカード変更",
    body=f"""北国フーズ株式会社
法人受注センター　御中

お世話になっております。日の出産業 総務課の大河内です。

物流センター夜勤者向け夜食（定期注文 No.KF-T-20718）のお支払いについて、
法人カードの更新に伴い、カード情報の変更をお願いいたします。

　新カード番号：{card_number(SEED + 12)}
　有効期限：2031年8月
　セキュリティコード：お電話でお伝えします

11月請求分から新カードでの決済をお願いいたします。

{SIG_OKOCHI}
""",
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a full credit card number sent by mail to a supplier"))

MESSAGES.append(dict(
    id="kyujitsushukkin-074", charset="utf-8",
    sender="大河内 健 <k-okochi@hinode-sangyo.co.jp>",
    to=["北国フーズ 法人受注センター <houjin-order@kitaguni-foods.co.jp>"],
    subject="11/3(祝) 休日出勤者のお弁当注文",
    body=f"""北国フーズ株式会社
法人受注センター　御中

お世話になっております。日の出産業の大河内です。
11/3(祝)の休日出勤者向けに、お弁当を注文いたします。

| 届け先         | 商品              | 単価  | 数量 |
|----------------|-------------------|-------|------|
| 物流センター   | 日替わり幕の内    | 620円 | 24   |
| 物流センター   | 減塩ヘルシー弁当  | 680円 | 6    |
| 第二工場       | 日替わり幕の内    | 620円 | 18   |

お届け時刻：11:30（各拠点の守衛所）
注文番号は御社の受注確認メールでお知らせください。

{SIG_OKOCHI}
""",
    expect="pass", entities=[], detectors=[],
    note="a lunch order with quantities and prices; no personal data"))

_m75_rows = [["氏名", "就業日", "始業", "終業", "休憩", "休日労働(h)", "時間外(h)"]]
_m75_rows += [[p["n"], d, s, e, "60分", hh, oo]
              for p, d, s, e, hh, oo in zip(
                  P[0:7],
                  ["9/5(土)", "9/6(日)", "9/12(土)", "9/20(日)", "9/21(祝)", "9/22(祝)", "9/27(日)"],
                  ["8:00", "8:00", "8:30", "8:00", "8:00", "8:30", "8:00"],
                  ["17:00", "18:30", "17:30", "17:00", "19:00", "17:30", "17:00"],
                  ["8.0", "9.5", "8.0", "8.0", "10.0", "8.0", "8.0"],
                  ["0.0", "1.5", "0.0", "0.0", "2.0", "0.0", "0.0"])]
MESSAGES.append(dict(
    id="kyujitsushukkin-075", charset="utf-8",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["石黒 様 <ishiguro@staffnet-kanto.co.jp>"],
    subject="派遣先管理台帳（9月分 休日労働）の通知",
    body=f"""石黒様

お世話になっております。物流センターの前島です。

9月分の派遣先管理台帳のうち、休日労働に関する記載事項を通知いたします。
添付のWordファイルをご確認ください。

{SIG_MAEJIMA}
""",
    attachments=[dict(kind="docx", name="派遣先管理台帳_通知_202609.docx",
                      paragraphs=["派遣先管理台帳 記載事項通知書（2026年9月分）",
                                  "派遣先：日の出産業株式会社 物流センター",
                                  "派遣元：スタッフネット関東株式会社",
                                  "以下のとおり、派遣労働者の休日労働の実績を通知します。"],
                      tables=[_m75_rows])],
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="DOCX table of 7 dispatched workers' work records sent to the agency: a list of people"))

# ---------------------------------------------------------------------------------------
# 076-100
# ---------------------------------------------------------------------------------------

_m76_rows = "\n".join(f"  {d}　{p['n']}" for d, p in zip(
    ["10/30(金)", "10/30(金)", "10/31(土)", "10/31(土)", "11/1(日)", "11/1(日)"], P[18:24]))
MESSAGES.append(dict(
    id="kyujitsushukkin-076", charset="iso-2022-jp",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["坂東 様 <bando@heiwa-keibi.co.jp>"],
    subject="今週末の夜勤者について（守衛所ご参考）",
    body=f"""坂東様

お世話になっております。物流センターの前島です。

今週末の夜勤者は以下のとおりです。夜間に通用口を通る際の照合にお使いください。

{_m76_rows}

いずれも22:00入り、翌6:00上がりです。

{SIG_MAEJIMA}
""",
    expect="either", entities=["PERSON_NAME"], detectors=[],
    note="six names with only their night-shift dates to the guard company: a roster, or a list of people?"))

_m77_q = "\n".join(f"> {n:<18} {t}" for n, t in [
    ("Mark Ellison", "+1 503 555 0142"), ("Sofia Marchetti", "+1 503 555 0178"),
    ("Hiro Tanabe", "+1 971 555 0119"), ("Brandon Okoye", "+1 503 555 0163"),
    ("Grace Liu", "+1 971 555 0127")])
MESSAGES.append(dict(
    id="kyujitsushukkin-077", charset="utf-8",
    sender="Kenji Arai <k-arai@hinode-sangyo.co.jp>",
    to=["Rachel Moore <r.moore@pacstaff.com>"],
    subject="Re: Contractor list for the weekend maintenance window",
    body=f"""Hi Rachel,

Thanks, that works for us. We will have a Hinode supervisor at Gate 2 from 06:30 on
Saturday to sign everyone in, and the canteen will be open for the crew at noon.

{SIG_ARAI}

On Wed, Nov 4, 2026 at 9:12 AM Rachel Moore <r.moore@pacstaff.com> wrote:
> Hi Kenji,
>
> Here is the crew for the weekend maintenance window (Nov 7-8):
>
{_m77_q}
>
> They will arrive together by van. Let me know if you need anything else.
>
> Rachel
""",
    expect="pass", entities=[], detectors=[],
    note="the contractor list appears only in the quoted message from the recipient"))

_m78_csv = "\n".join(f"{no},{p['n']},{p['tel']},{p['mail']}" for no, p in zip(
    ["HB-20388", "HB-20402", "HB-20417", "HB-20433", "HB-20451", "HB-20469"],
    [P[22], P[23], P[24], P[25], P[26], P[27]]))
MESSAGES.append(dict(
    id="kyujitsushukkin-078", charset="utf-8",
    sender="高野 美咲 <m-takano@hinode-sangyo.co.jp>",
    to=["須藤 様 <sudo@human-bridge.jp>"],
    subject="貴社スタッフ様の連絡先照合のお願い",
    body=f"""須藤様

お世話になっております。日の出産業 人事課の高野です。

夜勤の急な欠員時に当社から直接スタッフ様へ連絡することがあるため、
当社で登録している連絡先を貴社の登録内容と照合させてください。
（Excelから貼り付けたためカンマ区切りになっております）

スタッフ番号,氏名,携帯,メール
{_m78_csv}

相違がある方のみご返信いただければ結構です。

{SIG_TAKANO}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="comma-separated contact list of 6 dispatched workers pasted in the body to an agency"))

MESSAGES.append(dict(
    id="kyujitsushukkin-079", charset="shift_jis",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["ネクストワーク 派遣管理 <haken-kanri@nextwork-staff.com>"],
    subject="【部外秘】物流センター夜勤体制の見直し（案）",
    body=f"""取扱区分：部外秘
━━━━━━━━━━━━━━━━━━━━

ネクストワーク株式会社
派遣管理ご担当者様

お世話になっております。物流センターの前島です。

来年1月からの夜勤体制の見直し案について、貴社の派遣要員計画にも関わるため
事前に共有いたします。まだ社内決裁前の案ですので取扱いにご注意ください。

1. 夜勤を2交替（22:00〜7:00）から3班2交替に変更
2. 土曜夜勤を廃止し、日曜夜勤（翌月曜出荷分）を新設
3. 派遣スタッフ様の夜勤枠を現行18名から14名に縮小

{SIG_MAEJIMA}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="mail stamped 取扱区分：部外秘 (and 【部外秘】 in the subject) sent to an agency"))

MESSAGES.append(dict(
    id="kyujitsushukkin-080", charset="utf-8",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["ネクストワーク 派遣管理 <haken-kanri@nextwork-staff.com>"],
    subject="Re: 休日出勤時の振替と代休の違いについて",
    body=f"""ネクストワーク株式会社
派遣管理ご担当者様

お世話になっております。物流センターの前島です。
お問い合わせの件、当センターの運用を簡単にご説明します。

・振替休日：休日出勤の前に、別の労働日と休日を入れ替えるもの
　→ 休日出勤の日は通常の労働日扱いとなり、休日割増は発生しません
・代休：休日出勤をした後に、別の日に休みを取るもの
　→ 休日出勤の日は休日労働となり、35%の割増が発生します

派遣スタッフ様の場合は貴社の就業規則に従いますので、
当センターからは「振替で依頼するのか、休日出勤で依頼するのか」を明記してご連絡します。

{SIG_MAEJIMA}

{DISC_JA}
""",
    expect="pass", entities=[], detectors=[],
    note="an explanation of rules with the standard Japanese confidentiality disclaimer; no marking, no personal data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-081", charset="iso-2022-jp",
    sender="園田 誠一 <s-sonoda@hinode-sangyo.co.jp>",
    to=["白川 弁護士 <shirakawa@shirakawa-law.co.jp>"],
    subject="ご面談日程の件",
    body=f"""白川先生

お世話になっております。日の出産業の園田です。

先日ご相談した長時間労働の件、ご面談の日程について
10/21(水) 15:00〜で調整いただけますでしょうか。
当社からは私と人事課の高野の2名で伺います。

資料は当日紙でお持ちします。

{SIG_SONODA}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="partner shirakawa-law.jp mistyped as shirakawa-law.co.jp (co. added): look-alike domain"))

MESSAGES.append(dict(
    id="kyujitsushukkin-082", charset="utf-8",
    sender="片桐 慎吾 <s-katagiri@hinode-sangyo.co.jp>",
    to=["日の出警備保障 営業課 <eigyo@hinode-keibi.co.jp>"],
    subject="物流センター 夜間警備の契約更新について",
    body=f"""日の出警備保障株式会社
営業課　ご担当者様

いつもお世話になっております。日の出産業 総務部の片桐です。
社名が似ていて紛らわしいですが、いつもありがとうございます。

物流センターの夜間警備契約（契約番号 HK-2024-0193）が12月末で満了となります。
来年1月以降も同条件での更新を希望しておりますが、
休日出荷の増加に伴い、日曜日の日中にも1名の立哨を追加したいと考えています。
追加分を含めたお見積りをいただけますでしょうか。

{SIG_KATAGIRI}
""",
    expect="pass", entities=[], detectors=[],
    note="hinode-keibi.co.jp is a different company with a similar name, not a misspelling of an internal or partner domain"))

MESSAGES.append(dict(
    id="kyujitsushukkin-083", charset="utf-8",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=[P[0]["mail"], P[22]["mail"], P[28]["mail"]],
    cc=["須藤 様 <sudo@human-bridge.jp>"],
    subject="10/25(日) 休日出勤のお礼と次回の予定",
    body=f"""佐々木さん、栗林さん、雨宮さん

物流センターの前島です。
10/25(日)の休日出勤、ありがとうございました。おかげで出荷が予定どおり完了しました。

次回の休日出勤は11/22(日)を予定しています。
ご都合が悪い方は、ヒューマンブリッジの須藤さん経由でお知らせください。

{SIG_MAEJIMA}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private persons' gmail addresses plus an agency visible in To/Cc: four parties see each other"))

MESSAGES.append(dict(
    id="kyujitsushukkin-084", charset="iso-2022-jp",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=[P[9]["mail"]],
    cc=["須藤 様 <sudo@human-bridge.jp>"],
    subject="明日の夜勤の集合場所について",
    body=f"""大和田さん

物流センターの前島です。
明日（10/20）の夜勤は、第2倉庫の改修工事のため集合場所が変わります。

　集合：21:45　第1倉庫 北側通用口
　持ち物：安全靴、IDカード

工事は11月中旬まで続きますので、それまでは同じ場所でお願いします。
（派遣元の須藤さんにもccしております）

{SIG_MAEJIMA}
""",
    expect="pass", entities=[], detectors=["freemail_recipient", "multiple_external_domains"],
    note="one carrier-mail recipient plus her agency in Cc: two external parties, no personal data"))

_m85_deps = [("日下部 俊介", "配偶者", "1988-04-19", my_number(SEED + 4)),
             ("日下部 奏太", "長男", "2016-11-02", my_number(SEED + 5)),
             ("日下部 芽衣", "長女", "2019-06-23", my_number(SEED + 6))]
_m85_rows = "".join(
    f"<tr><td>{n}</td><td>{r}</td><td>{wareki(d)}</td><td>{mn[:4]} {mn[4:8]} {mn[8:]}</td></tr>"
    for n, r, d, mn in _m85_deps)
MESSAGES.append(dict(
    id="kyujitsushukkin-085", charset="utf-8",
    sender="江藤 由紀 <y-eto@hinode-sangyo.co.jp>",
    to=["小林税理士事務所 <info@kobayashi-tax.jp>"],
    subject="年末調整：夜勤アルバイトの扶養控除等申告書の内容",
    html=f"""<html><body style="font-family:sans-serif">
<p>小林税理士事務所<br>ご担当者様</p>
<p>お世話になっております。日の出産業 人事課の江藤です。</p>
<p>年末調整の件、物流センター夜勤アルバイトの日下部 智子さん（H10645）の
扶養控除等申告書の内容をお送りします。扶養親族は以下の3名です。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>氏名</th><th>続柄</th><th>生年月日</th><th>個人番号</th></tr>
{_m85_rows}
</table>
<p>配偶者の今年の給与収入見込みは98万円とのことです。<br>ご確認をお願いいたします。</p>
<p>江藤 由紀<br>日の出産業株式会社 人事課 給与・社会保険担当</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table with the My Numbers and birth dates of an employee's dependants, sent to a tax office"))

_m86_rows = "\n".join(
    f"  {p['n']:　<8} {my_number(SEED + k)}  {st}"
    for p, k, st in zip([P[18], P[19], P[20], P[21]], [7, 8, 9, 10],
                        ["番号確認済", "番号確認済", "身元確認書類待ち", "番号確認済"]))
MESSAGES.append(dict(
    id="kyujitsushukkin-086", charset="shift_jis",
    sender="江藤 由紀 <y-eto@hinode-sangyo.co.jp>",
    to=["大河内 健 <k-okochi@hinode-sangyo.co.jp>"],
    subject="夜勤アルバイトのマイナンバー収集状況（10月採用分）",
    body=f"""大河内さん

お疲れさまです。人事課の江藤です。
10月採用の夜勤アルバイト4名のマイナンバー収集状況です。

{_m86_rows}

1名は運転免許証の写しがまだなので、物流センター経由で催促しています。
番号は給与システムへ登録後、このメールは削除してください。

{SIG_ETO}
""",
    expect="pass", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=[],
    note="four My Numbers, but the mail goes only to an internal colleague"))

_m87_rows = "\n".join(f"・{p['n']}　{zen(p['tel'])}" for p in P[5:10])
MESSAGES.append(dict(
    id="kyujitsushukkin-087", charset="shift_jis",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["青葉運輸 所沢営業所 <tokorozawa@aoba-unyu.co.jp>"],
    subject="11/22(日) 休日荷役の応援要員について",
    body=f"""青葉運輸株式会社
所沢営業所　ご担当者様

お世話になっております。日の出産業 物流センターの前島です。

11/22(日)の休日荷役に、当センターから下記5名が応援に伺います。
現地で何かあった場合は、各自の携帯へ直接ご連絡ください。

{_m87_rows}

到着は8:30の予定です。よろしくお願いいたします。

{SIG_MAEJIMA}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five people with full-width mobile numbers in a bullet list to a partner: list of five"))

_m88_rows = "\n".join(f"・{p['n']}（携帯：{p['tel']}）" for p in [P[11], P[13], P[17], P[19]])
MESSAGES.append(dict(
    id="kyujitsushukkin-088", charset="iso-2022-jp",
    sender="三浦 亮 <r-miura@hinode-sangyo.co.jp>",
    to=["青葉運輸 熊谷営業所 <kumagaya@aoba-unyu.co.jp>"],
    subject="夜間積込みの立会い者について",
    body=f"""青葉運輸株式会社
熊谷営業所　ご担当者様

お世話になっております。日の出産業 第二工場の三浦です。

11月の夜間積込み（毎週火・木 23:00〜）の立会いは、下記4名が交替で担当します。
ドライバーさんの到着が遅れる場合は、当番の者へご連絡ください。

{_m88_rows}

当番表は毎週金曜にお送りします。

{SIG_MIURA}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four people's mobiles to a partner: under the five-person threshold (may warn)"))

MESSAGES.append(dict(
    id="kyujitsushukkin-089", charset="utf-8",
    sender="片桐 慎吾 <s-katagiri@hinode-sangyo.co.jp>",
    to=["東洋セキュリティサービス 機械警備課 <kikai@toyo-security.co.jp>"],
    subject="第二工場駐車場での事件に関する防犯カメラ映像のご提供依頼",
    body=f"""東洋セキュリティサービス株式会社
機械警備課　ご担当者様

お世話になっております。日の出産業 総務部の片桐です。

10/16(金) 早朝6:20頃、夜勤明けの当社社員 宮路 ゆかり（品質保証部）が
第二工場の従業員駐車場で見知らぬ男に突き飛ばされ、バッグを奪われる被害に遭いました。
本人は軽傷で、本日行田警察署に被害届を提出しています。

警察からの要請もあり、駐車場のカメラ（No.14〜No.16）の
10/16 5:30〜7:00の録画データをご提供いただけますでしょうか。

{SIG_KATAGIRI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="names an employee as the victim of a robbery/assault: crime-victim information is sensitive"))

MESSAGES.append(dict(
    id="kyujitsushukkin-090", charset="iso-2022-jp",
    sender="片桐 慎吾 <s-katagiri@hinode-sangyo.co.jp>",
    to=["東洋セキュリティサービス 機械警備課 <kikai@toyo-security.co.jp>"],
    subject="夜間の不審者侵入事案について（ご報告）",
    body=f"""東洋セキュリティサービス株式会社
機械警備課　ご担当者様

お世話になっております。日の出産業の片桐です。

10/11(日) 2:40頃、第二工場の資材置場フェンスが切断され、
銅線ケーブルの一部（約30m）が持ち去られていることが朝の巡回で判明しました。
当日は休日で夜勤者はおらず、機械警備の発報もありませんでした。

・フェンス切断箇所：資材置場 北東角
・センサーの検知範囲に死角がないか
・赤外線センサーの追加設置
について、現地確認のうえご提案をお願いいたします。

{SIG_KATAGIRI}
""",
    expect="pass", entities=[], detectors=[],
    note="an incident report about property and sensors; no identifiable person"))

MESSAGES.append(dict(
    id="kyujitsushukkin-091", charset="utf-8",
    sender="高野 美咲 <m-takano@hinode-sangyo.co.jp>",
    to=["東海人材サービス 熊谷営業所 <kumagaya@tokai-jinzai.co.jp>"],
    subject="10月度 勤怠修正一覧（パスワード付きZIP）",
    body=f"""東海人材サービス株式会社
熊谷営業所　ご担当者様

お世話になっております。日の出産業の高野です。

10月度の派遣スタッフ様の勤怠修正一覧をお送りします。
ZIPファイルにパスワードを設定しております。

パスワード：Hn2026#kt1031

ご確認のうえ、請求書への反映をお願いいたします。

{SIG_TAKANO}
""",
    attachments=[dict(kind="zip", name="kintai_shusei_202610.zip", password="Hn2026#kt1031",
                      files=[dict(kind="xlsx", name="勤怠修正一覧_202610.xlsx",
                                  sheets={"修正": [["スタッフ番号", "氏名", "日付", "修正内容"],
                                                   ["TJ-3321", P[12]["n"], "10/3", "退勤 17:00→19:00"],
                                                   ["TJ-3347", P[14]["n"], "10/10", "休日出勤 追加"]]})])],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted ZIP (password in the same mail) cannot be inspected"))

MESSAGES.append(dict(
    id="kyujitsushukkin-092", charset="shift_jis",
    sender="大河内 健 <k-okochi@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="掲示用 36協定周知ポスター・シフト表用紙の印刷のお願い",
    body=f"""錦印刷株式会社
営業部　ご担当者様

いつもお世話になっております。日の出産業 総務課の大河内です。

各事業場に掲示する36協定の周知ポスターと、
夜勤シフト表の記入用紙の印刷をお願いしたく、校正用PDFを添付いたします。

　ポスター：A2 カラー 片面 × 8部
　シフト表用紙：A3 モノクロ 片面 × 500枚（50枚綴り）
　納期：11/20(金)
　納品先：本社 総務課

お見積りをいただけますでしょうか。

{SIG_OKOCHI}
""",
    attachments=[dict(kind="pdf", name="校正_36協定周知ポスター_シフト表.pdf",
                      lines=["【掲示】時間外労働・休日労働に関する協定（36協定）のお知らせ",
                             "協定の有効期間：2027年4月1日〜2028年3月31日",
                             "時間外労働の上限：1か月45時間・1年360時間（特別条項 1か月80時間・1年720時間）",
                             "休日労働：法定休日 1か月2回まで",
                             "詳しくは各職場の協定書写しをご覧ください。　日の出産業株式会社",
                             "", "夜勤シフト表（記入用）"],
                      table=[["日付", "曜日", "班", "氏名", "開始", "終了", "確認印"],
                             ["", "", "", "", "", "", ""]])],
    expect="pass", entities=[], detectors=[],
    note="a print order with a blank form and a public notice; no personal data"))

_m93_rows = "\n".join(f"{p['n']}\t{p['k']}\t{wareki(p['dob'], 'abbr')}\t{a}" for p, a in zip(
    [P[21], P[28], P[16], P[7], P[13], P[6]],
    ["11/2〜", "11/2〜", "11/9〜", "11/9〜", "11/16〜", "11/16〜"]))
MESSAGES.append(dict(
    id="kyujitsushukkin-093", charset="shift_jis",
    sender="高野 美咲 <m-takano@hinode-sangyo.co.jp>",
    to=["石黒 様 <ishiguro@staffnet-kanto.co.jp>"],
    subject="夜勤配属予定者の生年月日確認（年少者の深夜業チェック）",
    body=f"""石黒様

お世話になっております。日の出産業の高野です。

18歳未満の方は深夜業（22時〜5時）に就けないため、
11月から夜勤に配属予定の6名について、頂いた生年月日を一覧にしました。
当社の記録に誤りがないか、ご確認をお願いいたします。

氏名\tフリガナ\t生年月日\t夜勤開始
{_m93_rows}

全員18歳以上であることを確認済みですが、念のため貴社登録情報との照合をお願いします。

{SIG_TAKANO}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="tab-separated list of 6 people's names and dates of birth (和暦) to an agency"))

MESSAGES.append(dict(
    id="kyujitsushukkin-094", charset="utf-8",
    sender="高野 美咲 <m-takano@hinode-sangyo.co.jp>",
    to=["スタッフネット関東 営業部 <eigyo@staffnet-kanto.co.jp>"],
    subject="年少者の深夜業・休日労働に関する確認のお願い",
    body=f"""スタッフネット関東株式会社
営業部　ご担当者様

いつもお世話になっております。日の出産業 人事課の高野です。

冬休み期間中、高校生の短期アルバイトの応募が増える時期となりました。
労働基準法上、満18歳未満の方は次の就業ができませんので、
当社へのご紹介・派遣の際はご留意いただけますようお願いいたします。

　・深夜業（22時〜翌5時）
　・時間外労働および休日労働（36協定による延長は不可）
　・変形労働時間制による長時間の勤務

当社の年末年始の休日出勤・夜勤の枠は、18歳以上の方のみでご手配ください。

{SIG_TAKANO}
""",
    expect="pass", entities=[], detectors=[],
    note="a general reminder about minors and night work; no personal data"))

MESSAGES.append(dict(
    id="kyujitsushukkin-095", charset="utf-8",
    sender="Kenji Arai <k-arai@hinode-sangyo.co.jp>",
    to=["Laura Whitfield <l.whitfield@brightline-wf.com>"],
    subject="Night shift productivity review - deck for Friday",
    body=f"""Dear Laura,

Ahead of Friday's workshop, I attach the deck we presented to our management last week.
It covers night-shift output per line, the holiday-work trend since April and the
overtime headroom under our 36 Agreement.

Could your team prepare two or three alternative rota patterns based on it?

{SIG_ARAI}
""",
    attachments=[dict(kind="pptx", name="Night_Shift_Productivity_Review.pptx",
                      title="Night shift productivity review",
                      page_footer="Hinode Sangyo - INTERNAL ONLY",
                      slides=[["Night shift productivity review", "Plant 2 / Logistics Center", "October 2026"],
                              ["Output per line (night vs day)", "Stamping: 91% of day-shift output",
                               "Assembly: 84%", "Packing: 97%"],
                              ["Holiday work trend", "Apr-Sep: 38 holiday shifts (plan: 24)",
                               "Temp staff share on holidays: 46%"],
                              ["36 Agreement headroom", "Special clause used: avg 3.1 times per person",
                               "12 employees above 45h in September"]])],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="every slide of the attached deck carries an INTERNAL ONLY footer; sent to an outside consultant"))

MESSAGES.append(dict(
    id="kyujitsushukkin-096", charset="utf-8",
    sender="Kenji Arai <k-arai@hinode-sangyo.co.jp>",
    to=["Laura Whitfield <l.whitfield@brightline-wf.com>"],
    subject="Re: Workshop on rota patterns - date and venue",
    body=f"""Dear Laura,

Friday, November 13, 10:00-12:30 works well for us. The workshop will be held at our
head office (5F, Room B). Please come to the reception on the 1st floor; visitor badges
will be prepared for you and your colleague.

Attendees from our side: the Plant 2 manager, the Logistics Center manager, our labour
relations lead and myself.

{SIG_ARAI}

----
{DISC_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="a meeting logistics mail with the standard English disclaimer; nothing personal or marked"))

_m97_rows = [["No", "社員番号", "氏名", "所属", "信任", "不信任", "白票"]]
_m97_votes = ["信任", "信任", "信任", "不信任", "信任", "白票", "信任", "信任", "信任", "不信任", "信任", "信任"]
_m97_rows += [[i, e[0], e[1], e[2]] + [("○" if v == c else "") for c in ("信任", "不信任", "白票")]
              for i, (e, v) in enumerate(zip(EMP[8:20], _m97_votes), 1)]
MESSAGES.append(dict(
    id="kyujitsushukkin-097", charset="utf-8",
    sender="園田 誠一 <s-sonoda@hinode-sangyo.co.jp>",
    to=["森川 先生 <morikawa@sr-morikawa.jp>"],
    subject="物流センター 過半数代表者の信任投票結果",
    body=f"""森川先生

お世話になっております。日の出産業 労務グループの園田です。

物流センター等の36協定締結に向けた過半数代表者（春日井 誠）の信任投票が終わりました。
選出手続きの適正性をご確認いただくため、投票記録を添付いたします。
（添付は第1投票所分です。第2投票所分は集計中です）

{SIG_SONODA}
""",
    attachments=[dict(kind="docx", name="過半数代表者_信任投票記録_第1投票所.docx",
                      paragraphs=["過半数代表者 信任投票記録（第1投票所）",
                                  "実施日：2026年10月20日　立会人：労務グループ",
                                  "候補者：春日井 誠（物流センター）"],
                      tables=[_m97_rows])],
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="DOCX listing 12 named employees with their individual votes, sent to the consultant: a list of people"))

MESSAGES.append(dict(
    id="kyujitsushukkin-098", charset="iso-2022-jp",
    sender="園田 誠一 <s-sonoda@hinode-sangyo.co.jp>",
    to=["全従業員 <all-staff@ml.hinode-sangyo.co.jp>"],
    subject="【ご案内】36協定の締結に向けた過半数代表者の選出について",
    body=f"""従業員各位

管理本部 労務グループの園田です。

来年度の36協定（時間外労働・休日労働に関する協定）の締結に向けて、
各事業場で過半数代表者の選出を行います。

　立候補受付：10/5(月)〜10/9(金)
　信任投票　：10/19(月)〜10/21(水)
　投票場所　：各事業場の食堂前（夜勤の方は22:00〜23:00にも受付）

管理監督者は立候補・投票の対象外です。
派遣スタッフの方は派遣元の協定が適用されるため対象外となります。

ご不明点は労務グループ（内線5172）までお問い合わせください。

{SIG_SONODA}
""",
    expect="pass", entities=[], detectors=[],
    note="an all-staff announcement sent only to an internal list (internal subdomain)"))

MESSAGES.append(dict(
    id="kyujitsushukkin-099", charset="utf-8",
    sender="大河内 健 <k-okochi@hinode-sangyo.co.jp>",
    to=["北国フーズ 法人受注センター <houjin-order@kitaguni-foods.jp>"],
    subject="年末年始 夜勤者向け夜食の注文について",
    body=f"""北国フーズ株式会社
法人受注センター　御中

お世話になっております。日の出産業の大河内です。

年末年始の休日稼働日（12/29、12/30、1/2、1/3）の夜勤者向け夜食を注文いたします。
各日、物流センター16食・第二工場10食でお願いします。
12/31と1/1は稼働がないため不要です。

通常の定期注文（No.KF-T-20718）とは別注文でお願いいたします。

{SIG_OKOCHI}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="partner kitaguni-foods.co.jp addressed as kitaguni-foods.jp (co. dropped): look-alike domain"))

MESSAGES.append(dict(
    id="kyujitsushukkin-100", charset="shift_jis",
    sender="前島 隆之 <t-maejima@hinode-sangyo.co.jp>",
    to=["スタッフネット関東 経理部 <keiri@staffnet-kanto.co.jp>"],
    cc=["石黒 様 <ishiguro@staffnet-kanto.co.jp>"],
    subject="Re: 9月度ご請求書（INV-SNK-260930-077）について",
    body=f"""スタッフネット関東株式会社
経理部　ご担当者様

お世話になっております。日の出産業 物流センターの前島です。

9月度のご請求書（INV-SNK-260930-077）を拝見しました。
休日出勤分の単価が通常単価の1.25倍で計算されているようですが、
契約では法定休日分は1.35倍となっておりますので、
9/6(日)・9/27(日)の2日分（延べ11名）の再計算をお願いできますでしょうか。

再発行いただいた請求書を受領後、従来どおり10月末に下記口座へお振込みいたします。
　みどり銀行 大宮支店 普通 1234507　スタッフネットカントウ(カ

登録番号（T{corp_no('011101049273')}）の記載もあわせてご確認ください。

{SIG_MAEJIMA}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice query with an invoice number, the agency's T-number and company bank account: business data, not personal"))
