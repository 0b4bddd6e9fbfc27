"""Blind evaluation corpus — area: daihyo (代表窓口 / general inquiries desk).

The desk behind 日の出産業's main address (info@ / 代表メール): forwarding and answering
inquiries sent to the main address, 営業メール from vendors, 取材依頼 from the press,
first reception of 苦情, and inquiries about 採用.

Everything here is invented: every person, address, phone number, account, card number
and My Number is fictional.  Written blind, from bench/blind/BRIEF.md, bench/blind/build.py
and shared/SPEC.md only (no mailguard code, rules or tests were read).  This wave leans to
ordinary mail: most pass messages come close to the line without crossing it.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 37401
rng = random.Random(SEED)

# -- helpers --------------------------------------------------------------------------

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    """ASCII digits and hyphens → full-width."""
    return s.translate(_FW)


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def corp_no(base12: str) -> str:
    """法人番号 (13 digits) with a valid leading check digit."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def grouped(num: str, sep: str = " ") -> str:
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


HINODE_CORP_NO = corp_no("010401088742")
MN_0 = my_number(SEED + 0)
CARD_1 = card_number(SEED + 1)
CARD_2 = card_number(SEED + 2)

# senders
INFO = "日の出産業 代表窓口 <info@hinode-sangyo.co.jp>"
MORISHITA = "森下 かおり <morishita.k@hinode-sangyo.co.jp>"
SUGIURA = "杉浦 健 <sugiura.t@hinode-sangyo.co.jp>"
KOHO = "小野寺 真帆 <onodera.m@hinode-sangyo.co.jp>"
SAIYO = "日の出産業 採用担当 <saiyo@hinode-sangyo.co.jp>"
UGAJIN = "宇賀神 徹 <ugajin.t@hinode-sangyo.co.jp>"

SIG_INFO = """
――――――――――――――――――――――
日の出産業株式会社 総務部 総務課（代表窓口）
森下 かおり
〒105-0013 東京都港区浜松町2-14-8 日の出ビル7F
TEL: 03-5403-2210（代表）／FAX: 03-5403-2219
Mail: info@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_SUGIURA = """
--
日の出産業株式会社
総務部 総務課 課長　杉浦 健（すぎうら たけし）
〒105-0013 東京都港区浜松町2-14-8 日の出ビル7F
TEL 03-5403-2210（代表） 内線 2301
sugiura.t@hinode-sangyo.co.jp"""

SIG_KOHO = """
*************************************
日の出産業株式会社 経営企画部 広報・IR室
小野寺 真帆 Maho Onodera
TEL：03-5403-2215（広報直通）
Mail：koho@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/
*************************************"""

SIG_SAIYO = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 採用グループ
堤 亮介
〒105-0013 東京都港区浜松町2-14-8 日の出ビル8F
TEL：03-5403-2230（採用直通／平日10:00〜17:00）
E-mail：saiyo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_SOUDAN = """
------------------------------------------------
日の出産業株式会社 お客様相談室
宇賀神 徹（うがじん とおる）
フリーダイヤル 0120-418-226（受付 9:00〜18:00 土日祝休）
soudan@hinode-sangyo.co.jp
------------------------------------------------"""

SIG_EN = """
Best regards,

Kaori Morishita
General Affairs Dept. (Main Desk)
Hinode Sangyo Co., Ltd.
Hinode Bldg. 7F, 2-14-8 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5403-2210"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、
お手数ですが送信者までご連絡いただき、本メールおよび添付ファイルを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
Any unauthorised use, disclosure or copying is prohibited."""

MESSAGES: list[dict] = []


def add(**m) -> None:
    m.setdefault("entities", [])
    m.setdefault("detectors", [])
    MESSAGES.append(m)


# 001 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["yumi.kashiwagi82@gmail.com"],
    subject="Re: 加湿器HS-40の取扱説明書について",
    charset="iso-2022-jp",
    body=f"""柏木 由美 様

いつも日の出産業の製品をご愛用いただき、誠にありがとうございます。
日の出産業 代表窓口の森下でございます。

お問い合わせいただきました加湿器「HS-40」の取扱説明書につきましては、
下記ページよりPDF版をダウンロードいただけます。
https://www.hinode-sangyo.co.jp/support/manual/hs-40

冊子版をご希望の場合は、お手数ですが本メールにその旨ご返信ください。
いただいたご住所宛てに郵送いたします（送料は弊社負担です）。

今後とも何卒よろしくお願い申し上げます。
{SIG_INFO}

> 日の出産業株式会社 御中
>
> 先日購入した加湿器HS-40の説明書をなくしてしまいました。
> 冊子を送っていただくことは可能でしょうか。
>
> 柏木 由美
> 〒350-1123 埼玉県川越市脇田本町15-3 グランツ川越405
> 090-3318-7425
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="reply to one private person; her own address and phone appear only in the quoted text",
)

# 002 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["北国フーズ 品質保証部 御中 <hinshitsu@kitaguni-foods.co.jp>"],
    cc=["soudan@hinode-sangyo.co.jp"],
    subject="【ご連絡】お客様お申し出（喫食後の体調不良）の件／ロットKF-2291",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
品質保証部 ご担当者様

いつも大変お世話になっております。日の出産業 お客様相談室の宇賀神です。

弊社代表窓口に、貴社製造の「北国ミックスナッツ 180g」について
下記のお申し出がございましたので、取り急ぎ共有いたします。
原因調査のほど、よろしくお願いいたします。

■お申し出者
　氏名　　：長谷部 千秋 様（40代・女性）
　住所　　：〒231-0062 神奈川県横浜市中区桜木町1-7-302
　電話　　：045-662-3871
■商品　　：北国ミックスナッツ 180g（賞味期限 2026.03.14／ロット KF-2291）
■内容
　10月2日の夕方に喫食後、夜間から腹痛と嘔吐が続き、翌朝 みなと中央クリニックを
　受診したところ「急性胃腸炎」と診断された、とのことです。現在は回復傾向。
　現品は半量ほど残っており、お客様のお手元で保管いただいています。

お客様には、本日中に貴社または弊社からご連絡する旨お伝えしております。
ご対応方針が決まりましたらご教示ください。
{SIG_SOUDAN}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one customer's name, address and phone with a medical diagnosis (要配慮) forwarded to a partner",
)

# 003 ---------------------------------------------------------------------------------
add(
    sender=INFO,
    to=["品質管理部 <qa@hinode-sangyo.co.jp>"],
    cc=["soudan@mail.hinode-sangyo.co.jp", "杉浦 健 <sugiura.t@hinode-sangyo.co.jp>"],
    subject="FW: 【代表メール】電気ひざ掛けで低温やけど（至急対応願い）",
    charset="utf-8",
    body="""品質管理部 各位

代表アドレスに届いた苦情を転送します。お客様相談室とも共有済みです。
本日中に一次連絡が必要なため、担当のご指名をお願いします。

森下

-----Original Message-----
From: 江頭 正直 <m.egashira1958@nifty-mail.example>
Sent: Tuesday, November 11, 2025 8:42 AM
To: info@hinode-sangyo.co.jp
Subject: 電気ひざ掛けで低温やけど

御社の電気ひざ掛け（HB-200）を使用中、右太ももに低温やけどを負いました。
皮膚科で「Ⅱ度の低温熱傷」と診断され、通院中です。糖尿病の持病があり
熱さに気づきにくかったのもありますが、温度が上がりすぎる不具合ではないですか。

江頭 正直（昭和33年7月19日生）
〒812-0011 福岡県福岡市博多区博多駅前3-22-9
TEL 092-471-5530
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    note="forward of a complaint with health data, but every recipient is internal (incl. a subdomain)",
)

# 004 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["金田工業 購買課 野々村様 <nonomura@kaneda-kogyo.co.jp>"],
    subject="Re: お近くの営業所について",
    charset="cp932",
    body=f"""金田工業株式会社
購買課 野々村様

いつもお世話になっております。日の出産業 代表窓口の森下でございます。
お問い合わせの件、弊社の営業拠点は下記のとおりです。
貴社（静岡県）のご担当は名古屋営業所となります。

拠点名          郵便番号   所在地                                   代表電話
--------------  ---------  ---------------------------------------  ------------
本社営業部      105-0013   東京都港区浜松町2-14-8 日の出ビル7F      03-5403-2210
札幌営業所      060-0807   北海道札幌市北区北7条西4-3-1             011-726-4410
仙台営業所      980-0021   宮城県仙台市青葉区中央2-9-27             022-716-3350
名古屋営業所    450-0002   愛知県名古屋市中村区名駅4-8-18           052-583-6620
大阪営業所      530-0001   大阪府大阪市北区梅田1-11-4               06-6344-7730
福岡営業所      812-0013   福岡県福岡市博多区博多駅東2-5-19         092-432-8840

名古屋営業所の窓口は営業二課となります。代表番号へお電話のうえ
「静岡の金田工業様の件」とお伝えいただければつながります。

よろしくお願いいたします。
{SIG_INFO}
""",
    expect="pass",
    note="list of the company's own branches (business switchboards), not people",
)

# 005 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["haruto.saegusa@gmail.com", "mizuki_0412@yahoo.co.jp", "k.tachibana.univ@icloud.com"],
    subject="【日の出産業】会社説明会（12/6）開始時刻変更のお知らせ",
    charset="iso-2022-jp",
    body=f"""会社説明会にお申し込みの皆様

日の出産業株式会社 人事部 採用グループの堤です。
12月6日（土）に予定しております会社説明会について、会場都合により
開始時刻を下記のとおり変更させていただきます。

　変更前：13:00〜15:00
　変更後：14:00〜16:00（受付開始 13:40）
　会場　：日の出ビル8F 大会議室

ご迷惑をおかけし申し訳ございません。
ご都合が合わなくなった方は、お手数ですが本メールへの返信でお知らせください。
{SIG_SAIYO}
""",
    expect="stop",
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private persons (students) see each other's addresses in To: should have been Bcc",
)

# 006 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["経済日報 産業部 牧野様 <makino.s@keizai-nippo.co.jp>"],
    subject="Re: 取材のお願い（省エネ家電の開発体制について）",
    charset="iso-2022-jp",
    body=f"""経済日報社 産業部
牧野 聡 様

お世話になっております。日の出産業 広報・IR室の小野寺でございます。
このたびは取材のご依頼をいただき、誠にありがとうございます。

社内で調整いたしました結果、下記日程にて対応させていただければと存じます。
　日時：11月20日（木）15:00〜16:00
　場所：弊社本社 7F 応接室
　対応：開発本部長 樋渡（ひわたし）、広報 小野寺

撮影をご希望の場合は、事前に撮影箇所をお知らせいただけますと幸いです。
掲載前の原稿確認につきましては、事実関係の確認のみお願いできればと存じます。

何卒よろしくお願いいたします。
{SIG_KOHO}
{DISCLAIMER_JA}
""",
    expect="pass",
    note="ordinary press reply to one journalist; the standard confidentiality disclaimer is not a marking",
)

# 007 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["川崎電機 営業部 <sales@kawasaki-denki.jp>"],
    subject="【転送】貴社製品（産業用送風機）に関するお問い合わせ",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業 代表窓口の森下です。

弊社代表アドレス宛てに、貴社製の産業用送風機 KD-F500 の仕様に関する
お問い合わせが届きました。弊社では回答いたしかねるため、
恐れ入りますが貴社より直接ご回答いただけますでしょうか。

　問い合わせ元：株式会社ミナミ設備 様（大阪市西区）
　ご質問内容　：KD-F500 の定格風量と、200V 三相仕様の納期について
　ご連絡先　　：同社 代表 06-6538-2201

お手数をおかけしますが、よろしくお願いいたします。
{SIG_INFO}
""",
    expect="stop",
    detectors=["lookalike_domain"],
    note="partner kawasaki-denki.co.jp mistyped as kawasaki-denki.jp (dropped co.): look-alike domain",
)

# 008 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["クラウドデスク 加賀谷様 <kagaya@clouddesk.co.jp>"],
    subject="Re: 受付システムのデモについて／秘密保持契約のご依頼",
    charset="utf-8",
    body=f"""株式会社クラウドデスク
加賀谷様

お世話になっております。日の出産業 総務課の杉浦です。
先日は代表窓口の業務についてヒアリングいただきありがとうございました。

デモ環境のご提供にあたり秘密保持契約（NDA）の締結が必要とのこと、承知しました。
弊社としても、受付フローや問い合わせ件数など社内の情報をお見せすることになるため、
双方向の機密保持契約でお願いできればと考えております。

つきましては、貴社の秘密保持契約書のひな形をWord形式でお送りいただけますか。
法務にて確認のうえ、修正案がある場合は来週中にご連絡いたします。
なお、契約締結までは具体的な件数データ等はお渡しできませんのでご了承ください。

よろしくお願いいたします。
{SIG_SUGIURA}
""",
    expect="pass",
    note="mail about an NDA (秘密保持契約 / 機密保持契約): mentions, not a marking",
)

# 009 ---------------------------------------------------------------------------------
_interviewees = [
    ("樋渡 大吾", "開発本部 本部長", "1998", mobile()),
    ("七海 綾乃", "開発本部 家電設計課", "2012", mobile()),
    ("阿久津 翔", "開発本部 家電設計課", "2019", mobile()),
    ("百瀬 理恵", "品質管理部", "2009", mobile()),
    ("勅使河原 純", "生産技術部", "2016", mobile()),
]
add(
    sender=KOHO,
    to=["月刊ものづくり 編集部 宍戸様 <shishido@monozukuri-press.jp>"],
    subject="取材ご協力者のご連絡先（11/27 工場取材）",
    charset="utf-8",
    body="""月刊ものづくり編集部
宍戸様

お世話になっております。日の出産業 広報の小野寺です。
11月27日の川越工場での取材にご協力する社員の一覧をお送りします。
当日は工場内で移動が多いため、直接携帯にご連絡いただいて構いません。

氏名\t所属\t入社年\t携帯
""" + "\n".join(f"{n}\t{d}\t{y}年\t{p}" for n, d, y, p in _interviewees) + f"""

集合は 9:30 に川越工場正門守衛所でお願いいたします。
{SIG_KOHO}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of five employees with their mobile numbers sent to a magazine",
)

# 010 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["アドナビ 営業部 <info@adnavi.jp>"],
    subject="Re: 【ご提案】Web広告運用代行サービスのご案内",
    charset="iso-2022-jp",
    body=f"""株式会社アドナビ
営業部 畔柳様

お世話になっております。日の出産業 代表窓口でございます。
このたびはサービスのご案内をいただき、ありがとうございました。

社内の担当部署にて確認いたしましたが、現在のところ
Web広告の運用は既存の代理店にて対応しており、新規のご提案は
お受けしかねるとの回答でございました。

せっかくご案内いただきましたのに申し訳ございません。
なお、今後のご案内につきましては、恐れ入りますが本アドレスではなく
弊社Webサイトの「お取引に関するお問い合わせ」フォームよりお願いいたします。
{SIG_INFO}
""",
    expect="pass",
    note="polite refusal of a sales e-mail to one vendor",
)

# 011 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["食品タイムズ 記者 須貝様 <sugai@shokuhin-times.com>"],
    cc=["ひかりPR 笹森様 <sasamori@hikari-pr.co.jp>", "koho@hinode-sangyo.co.jp"],
    subject="取材日程のご調整（北国フーズ様との共同開発品について）",
    charset="iso-2022-jp",
    body=f"""食品タイムズ 須貝様
（cc：ひかりPR 笹森様）

お世話になっております。日の出産業 広報の小野寺です。
共同開発品「フードドライヤー FD-7」の取材の件、日程候補をお送りします。

　① 12月2日（火）10:00〜11:30
　② 12月4日（木）14:00〜15:30
　③ 12月5日（金）13:00〜14:30

場所はいずれも弊社本社7階となります。
当日の進行は、ひかりPRの笹森様にお願いしております。
ご都合のよい日程をお知らせいただけますと幸いです。
{SIG_KOHO}
""",
    expect="pass",
    detectors=["multiple_external_domains"],
    note="two external organisations (newspaper and PR agency) in To/Cc: a normal three-way mail",
)

# 012 ---------------------------------------------------------------------------------
_seminar = [
    ["氏名", "フリガナ", "大学", "学部・学科", "電話番号", "メールアドレス", "参加日"],
    ["相良 颯太", "サガラ ソウタ", "港北大学", "理工学部 機械工学科", "080-4417-2936", "sagara.sota@gmail.com", "12/6"],
    ["仁科 もえ", "ニシナ モエ", "東都女子大学", "家政学部", "090-2280-6613", "moe.nishina@icloud.com", "12/6"],
    ["Nguyen Thi Lan", "グエン ティ ラン", "港北大学大学院", "経営学研究科", "070-3354-9087", "lan.nguyen.k@outlook.jp", "12/6"],
    ["鬼頭 拓真", "キトウ タクマ", "中部工科大学", "電気電子工学科", "090-6672-1450", "kito.takuma@yahoo.co.jp", "12/13"],
    ["漆原 彩花", "ウルシバラ アヤカ", "青葉学院大学", "経済学部", "080-7731-0258", "a.urushibara@gmail.com", "12/13"],
    ["御手洗 蓮", "ミタライ レン", "港北大学", "情報学部", "070-8819-4402", "ren.mitarai@gmail.com", "12/13"],
    ["槙野 由依", "マキノ ユイ", "東都女子大学", "文学部", "090-3391-7765", "yui.makino24@docomo.ne.jp", "12/13"],
    ["芦田 恭平", "アシダ キョウヘイ", "北杜大学", "工学部", "080-2214-9930", "kyohei.ashida@gmail.com", "12/13"],
]
add(
    sender=SAIYO,
    to=["キャリアブリッジ 新卒支援部 <shinsotsu@career-bridge.co.jp>"],
    subject="説明会参加者リストの送付（12月開催分）",
    charset="iso-2022-jp",
    body=f"""株式会社キャリアブリッジ
新卒支援部 ご担当者様

いつもお世話になっております。日の出産業 採用担当の堤です。
12月開催の会社説明会の参加者リストを添付にてお送りします。
貴社経由でエントリーされた方の照合をお願いいたします。
{SIG_SAIYO}
""",
    attachments=[{"kind": "csv", "name": "説明会参加者_202512.csv", "encoding": "utf-8", "rows": _seminar}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="UTF-8 CSV of eight students with phone and e-mail sent to a recruiting agency",
)

# 013 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["nagisa.ohkubo@yahoo.co.jp"],
    subject="Re: 御社商品を実際に見られるお店",
    charset="cp932",
    body=f"""大久保 渚 様

お問い合わせありがとうございます。日の出産業 代表窓口でございます。
神奈川県内で弊社製品を展示している主な販売店を添付の一覧にまとめました。
展示品は店舗により異なりますので、ご来店前に各店舗へお問い合わせください。
{SIG_INFO}
""",
    attachments=[{"kind": "csv", "name": "展示販売店_神奈川.csv", "encoding": "cp932", "rows": [
        ["店舗名", "郵便番号", "住所", "電話番号", "営業時間"],
        ["家電のミナト 横浜西口店", "220-0005", "神奈川県横浜市西区南幸2-4-11", "045-311-6620", "10:00-20:00"],
        ["ホームデポ湘南 藤沢店", "251-0052", "神奈川県藤沢市藤沢540-3", "0466-25-8841", "9:30-19:30"],
        ["でんきのカネコ 相模原本店", "252-0231", "神奈川県相模原市中央区相模原3-7-2", "042-752-1190", "10:00-19:00"],
        ["ライフ電器 川崎駅前店", "210-0007", "神奈川県川崎市川崎区駅前本町12-1", "044-211-4470", "10:00-21:00"],
        ["家電のミナト 厚木店", "243-0018", "神奈川県厚木市中町4-14-3", "046-221-3308", "10:00-20:00"],
        ["ホームデポ湘南 小田原店", "250-0011", "神奈川県小田原市栄町1-9-15", "0465-22-7712", "9:30-19:30"],
    ]}],
    expect="pass",
    detectors=["freemail_recipient"],
    note="list of shops (business contacts) to one private person on free mail",
)

# 014 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["ひかりPR 笹森様 <sasamori@hikari-pr.co.jp>"],
    subject="新製品発表会 会場候補のホテル",
    charset="utf-8",
    body=f"""笹森様

お世話になっております。小野寺です。
2月の新製品発表会の会場、こちらで候補を洗い出しました。
いずれも宴会場 150名規模で、2/18 午後の仮押さえ可否を問い合わせ中です。

・さくらホテル 浜松町
　〒105-0022 東京都港区海岸1-16-2　TEL 03-3434-1180（宴会予約）
・ホテルグランミナト 品川
　〒108-0075 東京都港区港南2-3-13　TEL 03-6712-5500（代表）
・東京ベイサイドホテル 竹芝
　〒105-0022 東京都港区海岸1-11-8　TEL 03-5470-2231（代表）
・汐留ガーデンホテル
　〒105-7301 東京都港区東新橋1-9-1　TEL 03-6218-4400（代表）

メディア招待状の文面は、会場確定後にご相談させてください。
{SIG_KOHO}
""",
    expect="pass",
    note="list of hotels with their switchboards: businesses, not people",
)

# 015 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["杉浦 健 <sugiura.t@hinode-sanygo.co.jp>"],
    subject="代表電話のクレーム（折り返し希望）",
    charset="iso-2022-jp",
    body=f"""杉浦課長

お疲れさまです。森下です。
午前中に代表電話で受けたクレームの件、課長からの折り返しをご希望です。

　お名前：鮫島 貞夫 様
　電話　：090-5528-1473（日中は携帯にとのこと）
　内容　：先月の工場見学会で駐車場の誘導がなく、近隣に路上駐車させられた。
　　　　　責任者から説明がほしい。

かなりご立腹でしたので、本日中のご連絡をお願いできますでしょうか。
{SIG_INFO}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but the domain is hinode-sanygo.co.jp (letters swapped): look-alike of the own domain",
)

# 016 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["ひかりPR 笹森様 <sasamori@hikari-pr.co.jp>"],
    subject="Re: 発表会当日のメディア受付について",
    charset="iso-2022-jp",
    body=f"""笹森様

お世話になっております。小野寺です。
当日の来場記者のうち、現時点で確定している方の連絡先をお送りします。
遅延時の連絡用に受付でお使いください。

　経済日報 産業部　牧野 聡 様　　携帯 090-8842-3016
　食品タイムズ　　　須貝 真一 様　携帯 080-3307-5521
　港テレビ 報道局　 宇佐美 葵 様　携帯 070-2291-6684

その他の方は確定次第お知らせします。
{SIG_KOHO}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three people's mobile numbers to a PR agency: under five records, may be warned",
)

# 017 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["shiori.kanzaki@icloud.com"],
    subject="Re: 一次面接の日程について",
    charset="iso-2022-jp",
    body=f"""神崎 詩織 様

日の出産業 採用担当の堤です。ご連絡ありがとうございます。
一次面接は、ご希望いただいた 11月19日（水）14:00〜 で確定いたしました。

　会場：日の出ビル8F 受付（浜松町駅 北口より徒歩5分）
　持ち物：筆記用具（履歴書は事前提出済みのため不要です）
　服装：自由（スーツでなくて構いません）

当日、体調不良等でお越しになれない場合は、採用直通電話までご連絡ください。
{SIG_SAIYO}

2025/11/10 21:14、神崎 詩織 <shiori.kanzaki@icloud.com> のメール:
> 日の出産業株式会社 採用ご担当者様
> 港北大学 文学部4年の神崎詩織です。
> 一次面接の候補日のうち、11月19日14時を希望いたします。
> 当日の連絡先は 080-6624-3187 です。
> よろしくお願いいたします。
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="reply to one applicant; her phone is only in the quoted text",
)

# 018 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["やまぶき社労士法人 高畑様 <takahata@yamabuki-sr.jp>"],
    subject="中途入社者の資格取得届について（12/1入社）",
    charset="iso-2022-jp",
    body=f"""やまぶき社会保険労務士法人
高畑様

いつもお世話になっております。日の出産業 総務課の杉浦です。
人事部が不在のため、代わって12月1日入社予定者の情報をお送りします。
健康保険・厚生年金の資格取得届の作成をお願いいたします。

　氏名　　　：真壁 孝之（まかべ たかゆき）
　生年月日　：1987年9月23日
　個人番号　：{grouped(MN_0)}
　入社日　　：2025年12月1日（正社員・総務部配属）
　標準報酬月額は別途人事よりご連絡いたします。

ご不明点がございましたらご連絡ください。
{SIG_SUGIURA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a new hire's My Number in the body of a mail to an outside labour consultant",
)

# 019 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["tomoya.kaneshiro@outlook.jp"],
    subject="Re: キャリア採用（設備保全職）への応募について",
    charset="utf-8",
    body=f"""金城 智也 様

日の出産業株式会社 採用担当でございます。
設備保全職へのご関心をお寄せいただき、ありがとうございます。

応募は採用サイトのエントリーフォームから受け付けております。
https://recruit.hinode-sangyo.co.jp/career/entry

ご質問の勤務地につきましては、川越工場（埼玉県川越市）での勤務となります。
夜勤はなく、平日 8:30〜17:15 の日勤のみです。
その他ご不明な点は、採用直通（03-5403-2230）までお気軽にお問い合わせください。
{SIG_SAIYO}
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="answer to a job seeker on free mail; only the company's own contacts",
)

# 020 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["オフィスソリューション 経理 <keiri@smart-office-sol.com>"],
    subject="Re: 適格請求書発行事業者登録番号のご確認",
    charset="iso-2022-jp",
    body=f"""スマートオフィスソリューション株式会社
経理ご担当 仲宗根様

お世話になっております。日の出産業 総務課の杉浦です。
お問い合わせの弊社情報は以下のとおりです。

　商号　　　　：日の出産業株式会社
　法人番号　　：{HINODE_CORP_NO}
　登録番号　　：T{HINODE_CORP_NO}
　請求書送付先：〒105-0013 東京都港区浜松町2-14-8 日の出ビル7F 総務部 総務課

複合機リース料（契約番号 SOS-2023-0817）の請求書は、
引き続き上記宛てに郵送でお願いいたします。
{SIG_SUGIURA}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    note="the company's own 法人番号 / T-number and office address for invoicing: business data",
)

# 021 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["ペイネクスト 加盟店サポート <merchant-support@paynext.co.jp>"],
    subject="二重請求の調査依頼（オンラインショップ注文 HS-20251104-0371）",
    charset="utf-8",
    body=f"""株式会社ペイネクスト
加盟店サポートデスク 御中

いつもお世話になっております。日の出産業 お客様相談室の宇賀神です。
弊社オンラインショップでカード決済されたお客様から、同一注文が二重に
請求されているとのお申し出がありました。売上データの調査をお願いいたします。

　加盟店ID　　：HNS-00418
　注文番号　　：HS-20251104-0371（11/4 21:37 決済、19,800円）
　カード名義　：YOSHIHIRO TSUKAHARA（塚原 義弘 様）
　カード番号　：{grouped(CARD_1, "-")}
　有効期限　　：07/29
　お客様連絡先：048-862-3390

お客様のカード明細では 11/4 に同額が2件計上されているとのことです。
取消処理が必要な場合は手順をご教示ください。
{SIG_SOUDAN}
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a customer's full credit card number sent to the payment provider in the body",
)

# 022 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["r-tokunaga.0718@docomo.ne.jp"],
    subject="交換品発送のお知らせ（受付番号 C-2511-0462）",
    charset="iso-2022-jp",
    body=f"""徳永 理沙 様

日の出産業 お客様相談室の宇賀神でございます。
このたびは不具合によりご迷惑をおかけし、誠に申し訳ございませんでした。
交換品を本日発送いたしましたのでお知らせいたします。

　受付番号　　　：C-2511-0462
　商品　　　　　：コードレススティッククリーナー SC-310（ホワイト）
　製造番号　　　：SC310W-25A-009127
　配送業者　　　：青葉運輸
　お問い合わせ番号：4521-8870-3196
　お届け予定　　：11月14日（金）午前中

不具合品は、交換品をお届けした配送員にお渡しください（伝票は配送員が持参します）。
{SIG_SOUDAN}
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="tracking, reception and serial numbers to one customer: no personal identifier",
)

# 023 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["川崎電機 営業部 稲垣様 <inagaki@kawasaki-denki.co.jp>"],
    subject="Re: 注文書の送付先について（PO-25-11882）",
    charset="cp932",
    body=f"""川崎電機株式会社 営業部
稲垣様

お世話になっております。日の出産業 代表窓口の森下です。
誤って代表アドレスにお送りいただいた注文請書を、購買課に回付いたしました。
今後は下記アドレス宛てにお送りいただけますと幸いです。
　購買課：kobai@hinode-sangyo.co.jp

念のため、受領した内容を記載いたします。
　注文番号　PO-25-11882
　品目　　　KD-M220 小型モーター ×120台（単価 4,850円）
　　　　　　KD-C031 制御基板 ×120枚（単価 2,310円）
　納期　　　2025年12月19日 川越工場 第2倉庫 納入

よろしくお願いいたします。
{SIG_INFO}
""",
    expect="pass",
    note="order number, product codes and prices to a partner",
)

# 024 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["青葉運輸 お客様窓口 <customer@aoba-unyo.co.jp>"],
    subject="配送時のトラブルについて（伝票番号 3380-2214-7765）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
お客様窓口 ご担当者様

いつもお世話になっております。日の出産業 お客様相談室の宇賀神です。
貴社にて配送いただいた弊社製品について、お客様から苦情が入りました。
事実確認のうえ、ご回答をお願いいたします。

　伝票番号：3380-2214-7765（11/8 配達完了）
　お届け先：井之上 聡美 様
　　　　　　〒270-0034 千葉県松戸市新松戸2-18-6
　　　　　　TEL 047-345-9128
　内容　　：不在票なく玄関前に置き配され、箱が雨で濡れていた。
　　　　　　置き配の指定はしていない、とのことです。
{SIG_SOUDAN}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="partner aoba-unyu.co.jp written aoba-unyo.co.jp: look-alike domain",
)

# 025 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["ayumu.fujisaki@gmail.com"],
    subject="Re: 内定後の手続きについての質問",
    charset="iso-2022-jp",
    body=f"""藤崎 歩 様

日の出産業 採用担当の堤です。ご質問ありがとうございます。

1. マイナンバーの提出について
　入社手続きの際に、マイナンバー（個人番号）の確認書類をご提出いただきます。
　メールでの送付はご遠慮ください。入社日当日に、通知カードまたは
　マイナンバーカードの原本をお持ちいただき、人事部にて確認いたします。

2. 健康診断について
　入社前の健康診断書は不要です。入社後の定期健康診断を受診していただきます。

3. 年金手帳について
　基礎年金番号がわかるもの（年金手帳または基礎年金番号通知書）を
　入社日にお持ちください。

その他ご不明点があればお気軽にどうぞ。
{SIG_SAIYO}
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="explains My Number and pension procedures in words; no number of anyone",
)

# 026 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["kazuhiko-mine@ezweb.ne.jp"],
    subject="Re: オンラインショップの返金について",
    charset="iso-2022-jp",
    body=f"""峰 和彦 様

日の出産業 お客様相談室の宇賀神でございます。
ご返品の受領を確認いたしましたので、返金手続きを進めております。

ご注文時のクレジットカード（下4桁 8816）宛てに、カード会社経由で
返金されます。反映時期はカード会社により異なり、通常1〜2か月程度です。

なお、セキュリティ上の理由から、カード番号や有効期限をメールで
お知らせいただく必要はございません。万一お問い合わせの際にも、
カード番号の全桁は記載なさらないようお願いいたします。
{SIG_SOUDAN}
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="mentions a credit card and its last four digits only; no card number",
)

# 027 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["ときわ保険サービス 自動車保険担当 <jidosha@tokiwa-hoken.co.jp>"],
    subject="社用車 運転者追加のお願い",
    charset="utf-8",
    body=f"""ときわ保険サービス株式会社
自動車保険ご担当 鶴見様

いつもお世話になっております。日の出産業 総務課の杉浦です。
社用車（フリート契約 証券番号 TK-7730218）の運転者に1名追加をお願いします。

　氏名　　　　：汐見 康平（しおみ こうへい）
　生年月日　　：平成4年2月14日
　運転免許証番号：第 3018 0451 2360 号（ゴールド、有効期限 令和10年3月14日）
　使用開始日　：2025年12月1日

手続きに必要な書類がありましたらお知らせください。
{SIG_SUGIURA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="an employee's driver's licence number sent to an outside insurance agent",
)

# 028 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["h.kurokawa.77@gmail.com"],
    subject="Re: 注文ができません",
    charset="utf-8",
    body=f"""黒川 秀樹 様

日の出産業 お客様相談室の宇賀神でございます。
ご不便をおかけしております。

決済エラーは、カード会社の本人認証（3Dセキュア）が完了していない場合に
表示されます。お手数ですが、カード会社の会員サイトで本人認証サービスの
ご登録状況をご確認のうえ、再度ご注文をお試しください。

また、お送りいただいたメールにカード番号が記載されておりましたので、
弊社では受信メールを削除いたしました。今後はカード情報をメールで
お送りにならないようお願いいたします。
{SIG_SOUDAN}

2025年11月12日(水) 19:02 黒川 秀樹 <h.kurokawa.77@gmail.com>:
> 何度やっても決済エラーになります。カードは使えるはずです。
> カード番号 {grouped(CARD_2)} 有効期限 05/28
> 電話でもいいので対応してください。
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="the customer's own card number appears only in quoted text sent back to him",
)

# 029 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["ryoko_asahina@yahoo.co.jp"],
    subject="RE: 製品の臭いについて",
    charset="cp932",
    body=f"""朝比奈 涼子 様

日の出産業 お客様相談室の宇賀神でございます。
ご体調の優れない中、ご連絡をいただき誠にありがとうございます。

お申し出のアロマディフューザー AD-12 につきましては、弊社にて製品を
お預かりし、成分および動作の検査を行いたいと存じます。
着払いの伝票を同封した返送キットを本日お送りいたしました。

検査結果は2週間程度でご報告いたします。
何卒よろしくお願い申し上げます。
{SIG_SOUDAN}

-----Original Message-----
From: 朝比奈 涼子 [mailto:ryoko_asahina@yahoo.co.jp]
Sent: Friday, November 7, 2025 10:15 PM
To: info@hinode-sangyo.co.jp
Subject: 製品の臭いについて

アロマディフューザーを使い始めてから頭痛と咳が続き、呼吸器内科で
気管支喘息の悪化と言われました。製品から変な臭いがします。
どのような成分が出ているのか教えてください。
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="health details are only in the customer's own quoted mail under -----Original Message-----",
)

# 030 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["Grace Lim <grace.lim@asiabiz-journal.com>"],
    subject="Re: Interview request - energy-saving appliances market in Japan",
    charset="utf-8",
    body=f"""Dear Ms. Lim,

Thank you for your interest in Hinode Sangyo.

We would be glad to arrange an online interview with our Head of Product
Development. Would any of the following slots (JST) suit you?

  - Tue 25 Nov, 10:00-11:00
  - Wed 26 Nov, 16:00-17:00

Please note that we can only discuss figures that have already been published
in our annual report. I will send a Teams link once the time is fixed.

Best regards,
Maho Onodera
Public Relations & IR, Hinode Sangyo Co., Ltd.
koho@hinode-sangyo.co.jp

On Mon, Nov 10, 2025 at 3:41 PM Grace Lim <grace.lim@asiabiz-journal.com> wrote:
> Dear Hinode Sangyo team,
> I am a reporter with AsiaBiz Journal in Singapore, preparing a feature on
> energy-efficient home appliances. Could I interview someone from your company?
> You can reach me on +65 8123 4476.
> Regards, Grace
""",
    expect="pass",
    note="English reply to one foreign journalist; her phone only in the quoted part",
)

# 031 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.co.jp>"],
    subject="新製品発表会 宴会場仮予約のお願い（2/18）",
    charset="iso-2022-jp",
    body=f"""さくらホテル 浜松町
宴会予約ご担当者様

いつもお世話になっております。日の出産業 広報・IR室の小野寺です。
先日お電話でご相談した件、下記の内容で仮予約をお願いいたします。

　日時：2026年2月18日（水）13:00〜17:00（設営含む）
　会場：宴会場「桜の間」シアター形式 150名
　備品：プロジェクター2台、ワイヤレスマイク4本、受付テーブル2台
　名義：日の出産業株式会社 広報・IR室

お見積書をお送りいただけますと幸いです。
{SIG_KOHO}
""",
    expect="stop",
    detectors=["lookalike_domain"],
    note="partner sakura-hotel.jp written with another TLD (sakura-hotel.co.jp): look-alike domain",
)

# 032 ---------------------------------------------------------------------------------
add(
    sender="Kaori Morishita <morishita.k@hinode-sangyo.co.jp>",
    to=["Daniel Hargreaves <d.hargreaves@globalpackaging.com>"],
    subject="RE: Inquiry about packaging supply partnership",
    charset="utf-8",
    body=f"""Dear Mr. Hargreaves,

Thank you for contacting Hinode Sangyo through our main address.

I have forwarded your proposal to our Procurement Department. If they would
like to proceed, Mr. Shinoda from Procurement will contact you directly
within two weeks. We appreciate your patience.
{SIG_EN}
{DISCLAIMER_EN}
""",
    expect="pass",
    note="English business mail with the standard confidentiality disclaimer",
)

# 033 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["リサーチワン 調査部 <survey@research-one.co.jp>"],
    subject="Re: 【ご協力のお願い】企業の問い合わせ対応実態調査",
    charset="iso-2022-jp",
    body=f"""株式会社リサーチワン
調査部 ご担当者様

お世話になっております。日の出産業 総務課の杉浦です。
調査へのご協力依頼をいただきありがとうございます。

アンケートへの回答には協力させていただきますが、ご依頼のあった
「問い合わせ対応マニュアル」および「月次の受付件数報告書」は
社外秘の資料のため、お渡しできかねます。何卒ご了承ください。

アンケートは Web フォームより回答いたします（11月末まで）。
{SIG_SUGIURA}
""",
    expect="pass",
    note="says the documents are 社外秘 and will not be sent: a mention, not a marked document",
)

# 034 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["ひかりPR 笹森様 <sasamori@hikari-pr.co.jp>"],
    subject="ニュースリリース原稿（新製品FD-7）ご確認のお願い",
    charset="iso-2022-jp",
    body=f"""笹森様

お世話になっております。小野寺です。
2/18 発表予定の新製品リリース原稿（第2稿）を添付いたします。
表現面でのご意見をいただけますでしょうか。
{SIG_KOHO}
""",
    attachments=[{
        "kind": "docx", "name": "NR_FD-7_第2稿.docx",
        "page_header": "社外秘　2026年2月18日 13:00 解禁まで",
        "title": "ニュースリリース FD-7 第2稿",
        "paragraphs": [
            "NEWS RELEASE　2026年2月18日　日の出産業株式会社",
            "食品を素材のまま乾燥できる家庭用フードドライヤー「FD-7」を発売",
            "日の出産業株式会社（本社：東京都港区、代表取締役社長：日野 正隆）は、北国フーズ株式会社と共同開発した家庭用フードドライヤー「FD-7」を2026年4月1日より発売します。",
            "希望小売価格：29,800円（税込）　年間販売目標：5万台",
            "本件に関するお問い合わせ：日の出産業株式会社 広報・IR室 TEL 03-5403-2215",
        ],
    }],
    expect="stop",
    detectors=["confidential_marking"],
    note="attached draft carries a 社外秘 header stamp and goes to an outside PR agency",
)

# 035 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["港テレビ 報道局 経済部 <keizai@minato-tv.co.jp>"],
    subject="【ニュースリリース】家庭用フードドライヤー「FD-7」発売のお知らせ",
    charset="utf-8",
    body=f"""報道関係者各位

いつもお世話になっております。日の出産業 広報・IR室です。
本日、家庭用フードドライヤー「FD-7」の発売について発表いたしました。
リリースをPDFにて添付いたします。

※本リリースの報道解禁は、本日 2月18日（水）13:00 です。
　解禁時刻前の報道・SNS等への掲載はお控えいただきますよう、お願いいたします。

ご取材のご希望は広報・IR室までお寄せください。
{SIG_KOHO}
""",
    attachments=[{
        "kind": "pdf", "name": "NR_20260218_FD-7.pdf",
        "title": "ニュースリリース FD-7",
        "lines": [
            "NEWS RELEASE　2026年2月18日",
            "日の出産業株式会社",
            "",
            "家庭用フードドライヤー「FD-7」を4月1日に発売",
            "",
            "日の出産業株式会社は、北国フーズ株式会社と共同開発した家庭用フードドライヤー",
            "「FD-7」を2026年4月1日より全国の家電量販店で発売します。",
            "希望小売価格 29,800円（税込）",
            "",
            "お問い合わせ：広報・IR室 03-5403-2215　koho@hinode-sangyo.co.jp",
        ],
    }],
    expect="pass",
    note="press release with an embargo time; asking not to publish early is not a confidentiality marking",
)

# 036 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["総務部 <somu@hinode-sangyo.co.jp>", "お客様相談室 <soudan@hinode-sangyo.co.jp>"],
    subject="【社外秘】代表窓口 対応マニュアル改訂版（v3.2）",
    charset="iso-2022-jp",
    body=f"""総務部・お客様相談室 各位

代表窓口の対応マニュアルを改訂しました。主な変更点は以下です。
・報道機関からの電話は、内容を問わず広報・IR室へ転送
・苦情の一次受付票の様式を変更（別紙2）
・営業電話の断り方の例文を追加

社外秘扱いにつき、社外への転送・持ち出しは禁止です。
{SIG_SUGIURA}
""",
    attachments=[{
        "kind": "pdf", "name": "代表窓口対応マニュアル_v3.2.pdf",
        "page_header": "社外秘",
        "lines": ["代表窓口 対応マニュアル v3.2", "第1章 電話応対の基本", "第2章 苦情の一次受付",
                  "第3章 報道機関・取材依頼への対応", "第4章 営業電話・営業メールへの対応"],
    }],
    expect="pass",
    note="社外秘 document, but every recipient is internal",
)

# 037 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["白川法律事務所 弁護士 桐生先生 <kiryu@shirakawa-law.jp>"],
    cc=["総務部長 <somu-bucho@hinode-sangyo.co.jp>"],
    subject="【取扱注意】代表窓口への度重なる要求について（ご相談）",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
弁護士 桐生 先生

いつもお世話になっております。日の出産業 総務課の杉浦です。
先日お電話でご相談した件につき、経緯をまとめましたのでご確認ください。

■相手方
　上条 恒夫 氏（携帯 080-2217-6631）

■経緯
　・10月14日　代表電話に製品不良の申し出。交換対応を実施済み。
　・10月20日以降　「慰謝料として30万円を支払え」との電話が計11回。
　・11月5日　本社受付に来訪し、約2時間にわたり退去せず。
　・11月10日　「応じなければSNSで会社名を出す」との発言あり（録音あり）。

弊社としての今後の対応方針について、ご助言をいただけますでしょうか。
{SIG_SUGIURA}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["confidential_marking", "personal_data"],
    note="mail classified 【取扱注意】 in its subject goes outside (even to the company's lawyer)",
)

# 038 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["広報・IR室 <koho@hinode-sangyo.co.jp>"],
    bcc=["makino.s@keizai-nippo.co.jp", "sugai@shokuhin-times.com", "keizai@minato-tv.co.jp",
         "shishido@monozukuri-press.jp", "desk@biz-weekly.jp"],
    subject="【ご案内】新製品発表会（2/18）のご招待",
    charset="iso-2022-jp",
    body=f"""報道関係者各位

※本メールは報道関係の皆様に一斉送信しております（BCCにて失礼いたします）。

日の出産業株式会社は、2026年2月18日（水）に新製品発表会を開催いたします。
ご多忙中とは存じますが、ぜひご来場賜りますようご案内申し上げます。

　日時：2026年2月18日（水）14:00〜15:00（受付 13:30〜）
　会場：さくらホテル 浜松町 「桜の間」
　内容：新製品「FD-7」の発表、開発者によるデモンストレーション

ご出欠を2月6日（金）までに本メールへの返信にてお知らせください。
{SIG_KOHO}
""",
    expect="pass",
    note="invitation to five media outlets correctly sent in Bcc",
)

# 039 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["saiyo@hinode-sangyo.co.jp"],
    bcc=["haruto.saegusa@gmail.com", "mizuki_0412@yahoo.co.jp", "k.tachibana.univ@icloud.com",
         "sagara.sota@gmail.com", "moe.nishina@icloud.com", "kito.takuma@yahoo.co.jp",
         "a.urushibara@gmail.com", "ren.mitarai@gmail.com", "yui.makino24@docomo.ne.jp",
         "kyohei.ashida@gmail.com"],
    subject="【日の出産業】説明会ご参加の御礼とエントリーシート提出のご案内",
    charset="iso-2022-jp",
    body=f"""説明会にご参加いただいた皆様

先日はお忙しい中、弊社の会社説明会にご参加いただき誠にありがとうございました。
※本メールはBCCで一斉にお送りしております。

選考へのエントリーをご希望の方は、下記よりエントリーシートをご提出ください。
　提出期限：2026年1月9日（金）23:59
　提出先　：https://recruit.hinode-sangyo.co.jp/entry

ご不明な点は採用担当までお問い合わせください。
{SIG_SAIYO}
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="mail to ten students properly in Bcc; free-mail recipients only",
)

# 040 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["みどり銀行 浜松町支店 法人営業課 <hamamatsucho-hojin@rnidori-ginko.co.jp>"],
    subject="振込予約の取消について",
    charset="iso-2022-jp",
    body=f"""株式会社みどり銀行 浜松町支店
法人営業課 御中

いつもお世話になっております。日の出産業 総務課の杉浦です。

11月25日付の総合振込（受付番号 FB-1125-0038）のうち、
1件（支払先：錦印刷株式会社 様、金額 385,000円）を取り消したく存じます。
インターネットバンキング上で取消ができない状態のため、
お手続き方法をご教示いただけますでしょうか。
{SIG_SUGIURA}
""",
    expect="stop",
    detectors=["lookalike_domain"],
    note="partner midori-ginko.co.jp spelled rnidori-ginko.co.jp (rn for m): homoglyph look-alike",
)

# 041 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["青葉運輸 東京南営業所 <tokyominami@aoba-unyu.co.jp>"],
    subject="再配達のお願い（伝票 3380-2291-0457）",
    charset="cp932",
    body=f"""青葉運輸株式会社 東京南営業所
ご担当者様

いつもお世話になっております。日の出産業 お客様相談室の宇賀神です。
下記お荷物について、お客様より再配達のご希望を承りましたのでお願いいたします。

　伝票番号：3380-2291-0457
　お届け先：小豆沢 美代子 様
　　　　　　〒143-0016 東京都大田区大森北4-9-12 サンハイツ大森201
　　　　　　TEL 03-3761-0582
　ご希望　：11月15日（土）18:00〜20:00

ご高齢のお客様のため、インターホンを長めに鳴らしていただけると助かります。
{SIG_SOUDAN}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one customer's delivery address and phone to the partner carrier: one person, may be warned",
)

# 042 ---------------------------------------------------------------------------------
_calls = [
    ("１１／４　０９：１２", zen("090-4471-2208"), "埼玉県所沢市東町5-22", "60代男性", "除湿機の水漏れ、交換希望"),
    ("１１／４　１０：４５", zen("03-3951-6640"), "東京都豊島区南池袋2-31-4", "70代女性", "取説の再送付"),
    ("１１／４　１３：０３", zen("080-2719-5534"), "千葉県船橋市本町6-3-18", "40代男性", "修理代金への不満"),
    ("１１／５　０９：３８", zen("045-832-4417"), "神奈川県横浜市港南区上大岡西1-8-2", "50代女性", "異音、返金希望"),
    ("１１／５　１１：２０", zen("070-6612-9083"), "東京都町田市原町田4-1-10", "30代男性", "配送遅延への苦情"),
    ("１１／５　１５：５２", zen("048-655-2301"), "埼玉県さいたま市大宮区桜木町3-5-7", "70代男性", "リモコン紛失、購入方法"),
    ("１１／６　１０：０７", zen("090-8836-1174"), "茨城県つくば市吾妻2-7-5", "20代女性", "保証書なしでの修理可否"),
]
add(
    sender=MORISHITA,
    to=["ボイスパートナーズ 運用管理 <ops@voice-partners.co.jp>"],
    subject="代表電話 受付記録（11/4〜11/6）の共有",
    charset="utf-8",
    body="""株式会社ボイスパートナーズ
運用管理ご担当者様

お世話になっております。日の出産業 代表窓口の森下です。
12月からの代表電話の一次受付委託に向け、参考として直近の受付記録を共有します。
折り返しが必要だった案件のみ抜粋しています。

受付日時　　　　　電話番号　　　　　　住所　　　　　　　　　　　　　　　　年代　　　内容
－－－－－－－－　－－－－－－－－－　－－－－－－－－－－－－－－－－－　－－－－　－－－－－－－－－－
""" + "\n".join(f"{a}　{b}　{c}　{d}　{e}" for a, b, c, d, e in _calls) + f"""

件数の傾向は別途月次でお送りします。
{SIG_INFO}
""",
    expect="stop",
    entities=["PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="seven callers' phone numbers and addresses (no name column, full-width digits) sent to an outside call-centre vendor",
)

# 043 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["人材リンク 紹介事業部 戸叶様 <tokano@jinzai-link.jp>"],
    subject="二次面接の日程確定のご連絡（4名）",
    charset="iso-2022-jp",
    body=f"""株式会社人材リンク
紹介事業部 戸叶様

いつもお世話になっております。日の出産業 採用担当の堤です。
ご紹介いただいた候補者様の二次面接日程が確定しましたのでご連絡いたします。
当日の緊急連絡用に、ご登録の連絡先も併記しております。

　11/21(金) 10:00　大河内 崇 様　　090-3378-2214
　11/21(金) 13:30　桑名 しのぶ 様　080-5521-0936
　11/25(火) 10:00　Park Ji-hoon 様　070-4182-7759
　11/25(火) 15:00　瀬戸口 裕一 様　090-7715-3048

各候補者様へのご連絡をお願いいたします。
{SIG_SAIYO}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four candidates with phone numbers to the recruiting agency that sent them: under five, may be warned",
)

# 044 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["かえで行政書士事務所 <info@kaede-gyosei.jp>"],
    subject="就労資格の確認のご依頼（内定者1名）",
    charset="utf-8",
    body=f"""かえで行政書士事務所
楓 先生

いつもお世話になっております。日の出産業 人事部 採用グループの堤です。
4月入社予定の内定者について、在留資格の変更手続きのご相談です。

　氏名　　　：TRAN VAN MINH（チャン・ヴァン・ミン）
　国籍　　　：ベトナム
　生年月日　：2001年8月30日
　在留カード番号：UH48209173EA
　在留資格　：留学（在留期限 2026年3月31日）
　最終学歴　：港北大学 理工学部 卒業見込み

「技術・人文知識・国際業務」への変更申請をお願いできればと存じます。
必要書類をご教示ください。
{SIG_SAIYO}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a residence card number of one person sent to an outside 行政書士",
)

# 045 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["北国フーズ 品質保証部 蛯名様 <ebina@kitaguni-foods.co.jp>"],
    cc=["青葉運輸 お客様窓口 <customer@aoba-unyu.co.jp>"],
    subject="Re: 破損品の件（三者確認）",
    charset="iso-2022-jp",
    body=f"""北国フーズ 蛯名様
（cc：青葉運輸 お客様窓口 ご担当者様）

お世話になっております。日の出産業 お客様相談室の宇賀神です。
瓶詰めジャム破損の件、三者で状況を確認させてください。

お届け先は 仙波 恵子 様（〒330-0063 埼玉県さいたま市浦和区高砂2-6-14）で、
外箱に凹みがあり、中の瓶2本が割れていたとのことです。
梱包状態（北国フーズ様）と輸送中の取扱い（青葉運輸様）の両面から
ご確認いただき、11月20日までにご回答をお願いいたします。

代替品は弊社在庫から本日発送済みです。
{SIG_SOUDAN}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["multiple_external_domains", "personal_data"],
    note="two partner organisations in To/Cc and one customer's address: under every threshold",
)

# 046 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["noboru.yokomizo@i.softbank.jp"],
    subject="Re: 電話がつながらない件について",
    charset="iso-2022-jp",
    body=f"""横溝 昇 様

日の出産業 お客様相談室の宇賀神でございます。
お電話がつながりにくく、ご不便とご不快な思いをおかけしましたこと、
心よりお詫び申し上げます。

11月第2週はお問い合わせが集中し、お待たせする時間が長くなっておりました。
現在は受付人員を増やし、平均待ち時間は3分程度まで改善しております。

お問い合わせの炊飯器の件につきましては、明日 11月14日（金）の午前中に
担当よりお電話を差し上げます。
{SIG_SOUDAN}
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="apology to one complaining customer on a carrier address",
)

# 047 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["mei.sonoda.2026@gmail.com"],
    subject="会社案内資料の送付",
    charset="utf-8",
    body=f"""園田 芽衣 様

日の出産業 採用担当です。資料請求をいただきありがとうございます。
会社案内（2026年度版）をPDFにてお送りいたします。

ご覧いただいたうえで、説明会や職場見学へのご参加も歓迎しております。
{SIG_SAIYO}
""",
    attachments=[{
        "kind": "pdf", "name": "hinode_company_guide_2026.pdf", "title": "会社案内 2026",
        "lines": ["日の出産業株式会社 会社案内 2026", "", "設立　1964年4月", "資本金　12億4,000万円",
                  "従業員数　1,820名（連結）", "事業内容　家庭用電気機器の企画・製造・販売",
                  "拠点　本社（東京都港区）、川越工場、全国6営業所",
                  "採用に関するお問い合わせ：人事部 採用グループ 03-5403-2230"],
    }],
    expect="pass",
    detectors=["freemail_recipient"],
    note="company brochure to one student on free mail",
)

# 048 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["キャリアブリッジ 障がい者採用支援チーム <support-d@career-bridge.co.jp>"],
    subject="応募者の配慮事項について（ご相談）",
    charset="iso-2022-jp",
    body=f"""株式会社キャリアブリッジ
障がい者採用支援チーム 御中

いつもお世話になっております。日の出産業 採用担当の堤です。
弊社代表アドレスに直接ご応募いただいた方について、面接時の配慮事項を
ご相談させてください。

　氏名：久我 直樹 様（34歳）
　連絡先：080-6627-4419
　応募職種：総務事務（障がい者雇用枠）
　ご本人申告：精神障害者保健福祉手帳 2級。うつ病で月1回通院中。
　　　　　　　服薬の影響で午前中は集中しにくいため、面接は午後を希望。

貴社の定着支援サービスをご利用いただけるか、ご本人に確認する前に
一度お打ち合わせできればと存じます。
{SIG_SAIYO}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one applicant's disability and medical treatment (要配慮) with his name and phone sent outside",
)

# 049 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["食品タイムズ 編集部 <editor@shokuhin-times.com>"],
    subject="プレスキット送付（FD-7）",
    charset="iso-2022-jp",
    body=f"""食品タイムズ 編集部 御中

お世話になっております。日の出産業 広報・IR室の小野寺です。
先日の発表会でご依頼いただいたプレスキットをお送りします。
ZIPファイル内にリリース本文と製品仕様をまとめております（パスワードはかけておりません）。
{SIG_KOHO}
""",
    attachments=[{"kind": "zip", "name": "FD-7_presskit.zip", "files": [
        {"kind": "pdf", "name": "FD-7_release.pdf",
         "lines": ["家庭用フードドライヤー「FD-7」を4月1日に発売", "希望小売価格 29,800円（税込）"]},
        {"kind": "txt", "name": "FD-7_spec.txt",
         "text": "型番: FD-7\n定格消費電力: 350W\n質量: 4.2kg\n外形寸法: W280×D330×H260mm\n発売日: 2026年4月1日\n"},
    ]}],
    expect="pass",
    note="ordinary ZIP (no password) of a press release and product specs",
)

# 050 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["sachiko.hoshina@gmail.com"],
    subject="お詫び状の送付につきまして",
    charset="utf-8",
    body=f"""保科 幸子 様

日の出産業 お客様相談室の宇賀神でございます。
このたびは弊社製品の不具合により、多大なるご迷惑をおかけいたしました。
お詫び状を郵送いたしましたが、取り急ぎ同じ内容を添付にてお送りいたします。
{SIG_SOUDAN}
""",
    attachments=[{
        "kind": "docx", "name": "お詫び状_保科様.docx",
        "paragraphs": [
            "2025年11月13日",
            "〒460-0008 愛知県名古屋市中区栄5-12-7 ルミエール栄803",
            "保科 幸子 様",
            "日の出産業株式会社 お客様相談室 室長 鍋島 陽一",
            "お詫び",
            "拝啓 時下ますますご清祥のこととお慶び申し上げます。",
            "このたびは、弊社電気ケトル KT-08 の蓋の不具合により、ご不快な思いをおかけしましたことを心よりお詫び申し上げます。",
            "新品との交換を手配いたしましたので、何卒ご容赦賜りますようお願い申し上げます。　敬具",
        ],
    }],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["freemail_recipient", "personal_data"],
    note="apology letter with the recipient's own name and postal address, sent to her: one person",
)

# 051 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["情報システム部 <jousys@hinode-sangyo.co.jp>"],
    subject="FW: 【無料診断】御社のセキュリティ対策、万全ですか？",
    charset="iso-2022-jp",
    body=f"""情報システム部 ご担当者様

代表アドレスに届いた営業メールです。ご参考までに転送します。
不要であれば破棄してください（返信はしておりません）。

森下

---------- Forwarded message ---------
From: セキュアガード株式会社 <campaign@secure-guard-jp.com>
Date: 2025年11月12日(水) 9:00
Subject: 【無料診断】御社のセキュリティ対策、万全ですか？
To: info@hinode-sangyo.co.jp

ご担当者様
標的型攻撃メール、ランサムウェアによる被害が急増しています。
今なら「メールセキュリティ無料診断」を実施中です。
お申し込みはこちら → https://secure-guard-jp.com/lp/free
""",
    expect="pass",
    note="vendor sales mail forwarded internally",
)

# 052 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["港北大学 キャリアセンター <career@kohoku-u.ac.jp>"],
    subject="2027年卒 求人票の送付",
    charset="iso-2022-jp",
    body=f"""港北大学 キャリアセンター 御中

平素より大変お世話になっております。日の出産業株式会社 人事部 採用グループです。
2027年3月卒業予定者向けの求人票を添付にてお送りいたします。
学内での掲示・ご案内をお願いできますと幸いです。
{SIG_SAIYO}
""",
    attachments=[{
        "kind": "xlsx", "name": "求人票_日の出産業_2027卒.xlsx",
        "sheets": {
            "求人票": [
                ["求人票（2027年3月卒業予定者）"],
                [],
                ["項目", "内容"],
                ["事業所名", "日の出産業株式会社"],
                ["法人番号", HINODE_CORP_NO],
                ["所在地", "〒105-0013 東京都港区浜松町2-14-8 日の出ビル"],
                ["代表者", "代表取締役社長 日野 正隆"],
                ["従業員数", "1,820名（連結）"],
                ["募集職種", "技術職（設計・生産技術）、事務職（営業・管理）"],
                ["初任給", "学部卒 245,000円／修士了 262,000円"],
                ["採用担当", "人事部 採用グループ 03-5403-2230 saiyo@hinode-sangyo.co.jp"],
            ],
            "選考フロー": [
                ["ステップ", "時期"],
                ["会社説明会", "2026年3月〜"],
                ["エントリーシート", "2026年3月〜4月"],
                ["一次面接", "2026年4月"],
                ["最終面接", "2026年5月"],
            ],
        },
    }],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    note="job posting with the company's own 法人番号 and contacts to a university",
)

# 053 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["青葉運輸 お客様窓口 <customer@aoba-unyu.co.jp>"],
    subject="【お願い】配達時の特別対応について",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
お客様窓口 ご担当者様

いつもお世話になっております。日の出産業 お客様相談室の宇賀神です。
弊社製品をご購入のお客様から、配達時の対応について強いご要望がありました。

　お客様：三雲 沙織 様
　住所　：〒160-0022 東京都新宿区新宿6-14-3 コーポ新宿東302
　電話　：090-2716-4483

お客様は元交際相手からのストーカー被害に遭われており、警察に被害届を
提出済みとのことです。配達の際は、本人確認のうえ手渡しとし、置き配や
近隣への預け、本人以外への住所・在宅状況の回答は一切行わないよう
お願いいたします。
{SIG_SOUDAN}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="identifies a customer as a crime victim (要配慮) with her address, sent to a partner",
)

# 054 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["葵市 商工労働課 <shoko@city.aoi.lg.jp>"],
    subject="Re: 市内事業所 雇用状況調査へのご回答",
    charset="iso-2022-jp",
    body=f"""葵市 商工労働課 御中

いつもお世話になっております。日の出産業株式会社 総務課の杉浦です。
ご依頼の雇用状況調査につき、川越工場葵分室の分を下記のとおり回答いたします。

　常用労働者数　　　　　　　　：86名（うち女性 31名）
　障害者雇用数（2025年6月1日）：3名（実雇用率 2.6％）
　60歳以上の雇用者数　　　　　：12名
　外国籍の雇用者数　　　　　　：5名
　育児休業取得者数（2024年度）：男性 4名／女性 3名

いずれも人数のみの集計値です。
{SIG_SUGIURA}
""",
    expect="pass",
    note="aggregate headcounts (incl. disability employment) to a city office: no individual",
)

# 055 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["南が丘高校 進路指導部 綿貫先生 <watanuki@minamigaoka-hs.ed.jp>"],
    subject="職場見学の延期について（11/19予定分）",
    charset="iso-2022-jp",
    body=f"""南が丘高等学校
進路指導部 綿貫先生

いつもお世話になっております。日の出産業 人事部の堤です。
11月19日に予定しておりました川越工場の職場見学につきまして、
現在工場内でインフルエンザの罹患者が増えているため、
生徒の皆さんの安全を考慮し、延期させていただきたく存じます。

代替日として、12月10日（水）または12月17日（水）をご提案いたします。
直前のご連絡となり、大変申し訳ございません。
{SIG_SAIYO}
""",
    expect="pass",
    note="health words in a general notice to a school; no identifiable person",
)

# 056 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["ツバサシステム サポート 江藤様 <eto@tsubasa-system.jp>"],
    subject="なりすましドメインからのメールについて（ご相談）",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
江藤様

いつもお世話になっております。日の出産業 総務課の杉浦です。
今週、代表アドレス宛てに弊社や取引先を装ったメールが複数届いています。
差出人のドメインは以下のとおりで、いずれも正規のものではありません。

  hinode-sangy0.co.jp（o がゼロ）
  hinode-sangyo.com
  kitaguni-food.co.jp（s が欠落）

受信側でこれらのドメインをブロックする設定をお願いできますでしょうか。
本文中のURLはクリックしておりません。
{SIG_SUGIURA}
""",
    expect="pass",
    note="look-alike domains are only mentioned in the body; the recipient is the genuine partner",
)

# 057 ---------------------------------------------------------------------------------
_tour = [
    ("笠原 義信", "S27.10.3", "080-3391-4420"),
    ("笠原 登美子", "S30.1.22", "080-3391-4421"),
    ("宮之原 健司", "S45.6.18", "090-2276-1193"),
    ("桂木 莉子", "H2.11.3", "070-5518-3307"),
    ("浅黄 誠", "S38.4.27", "090-6621-8840"),
    ("早乙女 ハナ", "S24.12.9", "03-3718-2259"),
]
add(
    sender=MORISHITA,
    to=["清流バス 貸切営業課 <kashikiri@seiryu-bus.co.jp>"],
    subject="工場見学バス 乗車名簿（11/29）",
    charset="utf-8",
    html="""<html><body>
<p>清流バス株式会社<br>貸切営業課 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 代表窓口の森下です。<br>
11月29日の川越工場見学会（一般応募）の乗車名簿をお送りします。<br>
傷害保険の手配に必要とのことで、生年月日も記載しております。</p>
<table border="1" cellpadding="4">
<tr><th>No.</th><th>お名前</th><th>生年月日</th><th>当日連絡先</th></tr>
""" + "\n".join(f"<tr><td>{i}</td><td>{n}</td><td>{d}</td><td>{p}</td></tr>"
                  for i, (n, d, p) in enumerate(_tour, 1)) + """
</table>
<p>集合は8:30 浜松町駅 北口ロータリーです。どうぞよろしくお願いいたします。</p>
<p>日の出産業株式会社 総務部 総務課（代表窓口）森下 かおり<br>TEL 03-5403-2210</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table of six participants with 和暦 birth dates and phones sent to a bus company",
)

# 058 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["ツバサシステム ヘルプデスク <helpdesk@support.tsubasa-system.jp>"],
    subject="代表アドレスの共有メールボックスで受信が遅延しています",
    charset="iso-2022-jp",
    body=f"""ツバサシステム ヘルプデスク 御中

いつもお世話になっております。日の出産業 総務課の森下です。
本日10時頃より、代表アドレス（info@hinode-sangyo.co.jp）の共有メールボックスで
受信が30分ほど遅れて届く事象が発生しています。

　発生時刻：2025/11/13 10:05 頃〜
　影響範囲：info@ のみ（個人アドレスは正常）
　保守契約番号：TS-MNT-0192

ご確認をお願いいたします。
{SIG_INFO}
""",
    expect="pass",
    note="genuine subdomain of the partner tsubasa-system.jp: not a look-alike",
)

# 059 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["日の出トラベル 法人営業部 <hojin@hinode-travel.com>"],
    subject="プレスツアー（川越工場）貸切バス・昼食手配のご相談",
    charset="iso-2022-jp",
    body=f"""日の出トラベル株式会社
法人営業部 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 広報・IR室の小野寺と申します。
社名が似ておりますが、資本関係のない別会社です（よく間違えられます）。

3月に記者向けの工場見学ツアーを計画しており、下記の手配をご相談できればと存じます。
　日程：2026年3月12日（木）
　行程：浜松町 9:00発 → 川越工場 → 昼食 → 浜松町 16:00着
　人数：記者 約20名＋弊社社員 5名

概算のお見積りをいただけますでしょうか。
{SIG_KOHO}
""",
    expect="pass",
    note="an unrelated company whose name shares 'hinode' (hinode-travel.com): not a look-alike",
)

# 060 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["takeshi.amamiya@gmail.com", "amamiya.yoko@gmail.com"],
    subject="Re: 修理品の引き取り日について",
    charset="iso-2022-jp",
    body=f"""雨宮 武 様
雨宮 洋子 様

日の出産業 お客様相談室の宇賀神でございます。
ご夫婦どちらにもご連絡がつくよう、お二人宛てにお送りしております。

修理品（エアコン室外機）の引き取りは、11月18日（火）13:00〜15:00 に
提携の修理業者がお伺いします。作業時間は30分程度です。
ご都合が悪い場合はご連絡ください。
{SIG_SOUDAN}
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="two private persons (a couple) in To: fewer than three parties",
)

# 061 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["経済日報 産業部 <sangyo@keizai-nippo.co.jp>", "食品タイムズ 編集部 <editor@shokuhin-times.com>",
        "港テレビ 報道局 経済部 <keizai@minato-tv.co.jp>", "週刊ビズ 編集部 <desk@biz-weekly.jp>"],
    subject="【ニュースリリース】川越工場 新棟竣工のお知らせ",
    charset="iso-2022-jp",
    body=f"""報道関係各位

いつもお世話になっております。日の出産業株式会社 広報・IR室です。
本日、川越工場 第3製造棟の竣工について発表いたしましたのでお知らせいたします。

　・延床面積 12,400㎡、太陽光発電設備を併設
　・2026年4月より小型調理家電の生産を開始
　・投資額 約48億円

詳細はWebサイトのニュースリリースをご覧ください。
https://www.hinode-sangyo.co.jp/news/2025/1113.html
{SIG_KOHO}
""",
    expect="stop",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four media organisations in To can see each other: should have been Bcc",
)

# 062 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["rumi.kawabata@gmail.com"],
    cc=["北国フーズ お客様相談室 <soudan@kitaguni-foods.co.jp>"],
    subject="Re: 賞味期限の表示について",
    charset="utf-8",
    body=f"""川端 るみ 様
（cc：北国フーズ株式会社 お客様相談室 様）

日の出産業 お客様相談室の宇賀神でございます。
お問い合わせの「北国コーンスープ」は北国フーズ様の製造品のため、
製造元の北国フーズ様をccに入れさせていただきました。

賞味期限の印字位置は、缶の底面となります。
印字が薄く読み取れない場合は、製造元より直接ご案内いたします。
{SIG_SOUDAN}
""",
    expect="pass",
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="one private person and one partner company in To/Cc: only two external parties",
)

# 063 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["yuto.nagamine@yahoo.co.jp"],
    subject="【日の出産業】エントリー受付完了のお知らせ",
    charset="iso-2022-jp",
    body=f"""長嶺 優斗 様

日の出産業株式会社の新卒採用にエントリーいただき、ありがとうございます。
以下の内容で受け付けました。内容に誤りがある場合はご連絡ください。

　受付番号　：E27-00841
　氏名　　　：長嶺 優斗（ナガミネ ユウト）
　生年月日　：2004年1月15日
　電話番号　：090-4428-6631
　学校名　　：北杜大学 工学部 機械システム工学科
　志望職種　：技術職（設計）

今後の選考のご案内は、このメールアドレス宛てにお送りします。
{SIG_SAIYO}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["freemail_recipient", "personal_data"],
    note="an applicant's own registration data sent back to him only: one person",
)

# 064 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["miharu.onodera55@gmail.com"],
    cc=["北国フーズ 品質保証部 蛯名様 <ebina@kitaguni-foods.co.jp>",
        "青葉運輸 お客様窓口 <customer@aoba-unyu.co.jp>"],
    subject="冷凍品の溶けについてのご回答",
    charset="iso-2022-jp",
    body=f"""小野寺 美晴 様

日の出産業 お客様相談室の宇賀神でございます。
お届けした冷凍食品セットが溶けた状態で届いた件、製造元の北国フーズ様、
配送の青葉運輸様にもccでご確認いただいております。

お届け先（〒950-0087 新潟県新潟市中央区東大通1-3-8）への配送記録では、
保冷車からの積み替えが1回ございました。原因を確認のうえ、改めてご報告いたします。
代替品は11月17日着で手配済みです。
{SIG_SOUDAN}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains", "personal_data"],
    note="a private customer and two partner companies see each other in To/Cc: three external parties",
)

# 065 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["ホテル瀬戸内 購買部 <kobai@hotel-setouchi.jp>"],
    subject="Re: 業務用電気ケトルの価格について",
    charset="cp932",
    body=f"""ホテル瀬戸内
購買部 ご担当者様

お問い合わせありがとうございます。日の出産業 代表窓口の森下です。
法人向けの価格表を添付いたします。50台以上のご注文は営業部より
別途お見積りいたしますので、台数をお知らせください。
{SIG_INFO}
""",
    attachments=[{
        "kind": "xlsx", "name": "法人向け価格表_2025下期.xlsx",
        "sheets": {
            "価格表": [
                ["法人向け価格表（2025年10月改定）", "", "", ""],
                ["品番", "品名", "希望小売価格", "法人価格（税抜）"],
                ["KT-08", "電気ケトル 0.8L", 5980, 4200],
                ["KT-12H", "電気ケトル 1.2L 保温機能付", 8980, 6300],
                ["KT-08B", "電気ケトル 0.8L（客室用ブラック）", 6480, 4550],
                ["DP-22", "電気ポット 2.2L", 12800, 9000],
            ],
            "注意事項": [["価格は2026年3月31日まで有効です。"], ["送料は10台以上で無料。"]],
        },
    }],
    expect="pass",
    note="price list with product codes to a hotel",
)

# 066 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["週刊ビズ 編集部 小山内様 <osanai@biz-weekly.jp>"],
    subject="Re: 「この人に聞く」欄 プロフィールのご確認",
    charset="iso-2022-jp",
    body=f"""週刊ビズ 編集部
小山内様

お世話になっております。日の出産業 広報の小野寺です。
掲載予定の社長プロフィールにつき、弊社で修正した版をお送りします。
（公表済みの有価証券報告書の記載に合わせております）

――――
日野 正隆（ひの まさたか）
日の出産業株式会社 代表取締役社長
1962年 北海道生まれ。1985年 北杜大学工学部卒業後、日の出産業入社。
川越工場長、取締役生産本部長などを経て、2019年より現職。
――――

写真は先日撮影いただいたもののうち、2枚目を希望いたします。
{SIG_KOHO}
""",
    expect="pass",
    note="the president's published business profile (birth year only) for an interview column",
)

# 067 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["オフィス企画 岡部様 <okabe@ofuku-kikaku.co.jp>"],
    subject="Re: 各部署へのご連絡先について",
    charset="utf-8",
    body=f"""オフィス企画 岡部様

お問い合わせの各部署の窓口は以下のとおりです。
代表番号（03-5403-2210）から内線でおつなぎします。

総務部 代表窓口 森下
""",
    html="""<html><body>
<p>オフィス企画株式会社<br>岡部様</p>
<p>お世話になっております。日の出産業 代表窓口の森下です。<br>
お問い合わせの各部署の窓口は以下のとおりです。代表番号（03-5403-2210）から内線でおつなぎします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>部署</th><th>内線</th><th>部署メール</th><th>受付時間</th></tr>
<tr><td>総務部 総務課</td><td>2301</td><td>somu@hinode-sangyo.co.jp</td><td>9:00-17:30</td></tr>
<tr><td>購買課</td><td>2410</td><td>kobai@hinode-sangyo.co.jp</td><td>9:00-17:30</td></tr>
<tr><td>経理部</td><td>2520</td><td>keiri@hinode-sangyo.co.jp</td><td>9:00-17:30</td></tr>
<tr><td>広報・IR室</td><td>2215</td><td>koho@hinode-sangyo.co.jp</td><td>9:30-18:00</td></tr>
<tr><td>人事部 採用グループ</td><td>2230</td><td>saiyo@hinode-sangyo.co.jp</td><td>10:00-17:00</td></tr>
<tr><td>お客様相談室</td><td>-</td><td>soudan@hinode-sangyo.co.jp</td><td>9:00-18:00</td></tr>
</table>
<p>オフィス家具のご提案でしたら、総務課が窓口となります。</p>
<p>日の出産業株式会社 総務部 総務課（代表窓口）<br>森下 かおり</p>
</body></html>""",
    expect="pass",
    note="table of departments with extensions and role addresses: no person's data",
)

# 068 ---------------------------------------------------------------------------------
add(
    sender=INFO,
    to=["広報・IR室 <koho@hinode-sangyo.co.jp>"],
    subject="FW: 取材のお願い（週刊ビズ「工場のいま」）",
    charset="iso-2022-jp",
    body="""広報・IR室 ご担当者様

代表アドレスに取材依頼が届きましたので転送します。ご対応をお願いします。
総務課 森下

> From: 週刊ビズ 編集部 小山内 玲 <osanai@biz-weekly.jp>
> Sent: 2025年11月12日 16:20
> To: info@hinode-sangyo.co.jp
> Subject: 取材のお願い（週刊ビズ「工場のいま」）
>
> 日の出産業株式会社 広報ご担当者様
> 週刊ビズ編集部の小山内と申します。連載「工場のいま」で、
> 御社川越工場の省人化の取り組みを取材させていただけないでしょうか。
> 小山内 玲　携帯 090-5573-2219　osanai@biz-weekly.jp
""",
    expect="pass",
    note="internal forward of a press request to the PR office",
)

# 069 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["ひかりPR 笹森様 <sasamori@hikari-pr.co.jp>"],
    subject="FW: 会社案内パンフレット 入稿スケジュール",
    charset="iso-2022-jp",
    body=f"""笹森様

お世話になっております。小野寺です。
錦印刷様から入稿スケジュールが届きましたので共有します。
原稿の最終確定を12/5に前倒しできるか、ご相談させてください。
{SIG_KOHO}

-----Original Message-----
差出人: 錦印刷 営業部 古賀 <koga@nishiki-insatsu.co.jp>
送信日時: 2025年11月11日 18:04
宛先: 小野寺 真帆 <onodera.m@hinode-sangyo.co.jp>
件名: 会社案内パンフレット 入稿スケジュール

日の出産業 小野寺様
会社案内（A4・16P、5,000部）のスケジュールは以下のとおりです。
・最終入稿：12月8日（月）
・色校正　：12月12日（金）
・納品　　：12月24日（水） 本社7F 総務部宛て
錦印刷株式会社 営業部 古賀
""",
    expect="pass",
    note="forward of a partner's schedule mail: new text to the recipient but nothing sensitive",
)

# 070 ---------------------------------------------------------------------------------
_reg = [
    ("飯塚 千尋", "chihiro.iizuka@gmail.com", "090-2218-5573", "2名"),
    ("大仏 康介", "k.osaragi@outlook.jp", "080-6603-1129", "1名"),
    ("錦戸 まゆみ", "mayumi.nishikido@yahoo.co.jp", "070-3317-8846", "3名"),
    ("東海林 浩", "shoji.hiroshi@icloud.com", "090-5529-0074", "2名"),
    ("鷲尾 奈々", "nana-washio@ezweb.ne.jp", "080-1174-2231", "1名"),
    ("猪狩 透", "toru.igari@gmail.com", "090-8835-6650", "4名"),
]
add(
    sender=KOHO,
    to=["イベントワークス 制作部 鳥越様 <torigoe@event-works.jp>"],
    subject="FW: 親子ものづくり教室 申込者一覧（12/13）",
    charset="utf-8",
    body=f"""鳥越様

お世話になっております。小野寺です。
Webフォームの申込者一覧が社内で取りまとめられましたので、転送いたします。
受付名簿と名札の準備をお願いいたします。
{SIG_KOHO}
""",
    attachments=[{
        "kind": "eml", "name": "申込者一覧_親子ものづくり教室.eml",
        "message": {
            "sender": "Web申込システム <noreply@hinode-sangyo.co.jp>",
            "to": ["koho@hinode-sangyo.co.jp"],
            "subject": "【自動通知】親子ものづくり教室 申込者一覧（12/13開催）",
            "charset": "utf-8",
            "body": "親子ものづくり教室（12/13開催）の申込状況をお知らせします。\n\n"
                    "代表者名,メールアドレス,電話番号,参加人数\n"
                    + "\n".join(",".join(r) for r in _reg) + "\n\n以上 6件\n",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forwarded mail (attached .eml) listing six applicants with e-mail and phone, sent to an event company",
)

# 071 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["白川法律事務所 弁護士 桐生先生 <kiryu@shirakawa-law.jp>"],
    subject="消費者からの損害賠償請求の件（ご相談）",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
桐生 先生

いつもお世話になっております。日の出産業 お客様相談室の宇賀神です。
お客様より、弊社の電子レンジの故障で床が焦げたとして、
フローリングの張替え費用（見積額 187,000円）を請求されております。

　請求者：楠 正樹 様（連絡先 042-528-6614）
　製品　：電子レンジ MR-25（2021年購入、保証期間外）
　状況　：弊社技術員の点検では、内部に異物混入による発火の痕跡あり

製造物責任の観点から、弊社が負担すべき範囲についてご意見をいただけますでしょうか。
来週、お打ち合わせの時間をいただけますと幸いです。
{SIG_SOUDAN}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one claimant's name and phone to the company's law firm (a partner): one person, no marking",
)

# 072 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["スマートオフィスソリューション 営業 柘植様 <tsuge@smart-office-sol.com>"],
    subject="Re: 複合機入替のお見積り",
    charset="utf-8",
    body=f"""スマートオフィスソリューション株式会社
柘植様

お世話になっております。日の出産業 総務課の杉浦です。
お見積りの件、ありがとうございました。

なお、弊社では本年10月より、パスワード付きZIPファイルの送受信（いわゆるPPAP）を
廃止しております。お見積書はパスワードなしのPDFで、メールに直接添付して
お送りいただけますでしょうか。
参考までに、弊社の要件をまとめた仕様書（PDF）を添付いたします。
{SIG_SUGIURA}
""",
    attachments=[{
        "kind": "pdf", "name": "複合機入替_要件.pdf",
        "lines": ["複合機入替 要件", "設置場所：本社7F 総務部、8F 人事部（各1台）",
                  "印刷速度：カラー 45枚/分以上", "機能：FAX、スキャン to フォルダ、IC カード認証",
                  "リース期間：60か月"],
    }],
    expect="pass",
    note="mentions password ZIPs in words; the attached PDF is plain and readable",
)

# 073 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["港テレビ 報道局 宇佐美様 <usami@minato-tv.co.jp>"],
    subject="Re: 番組内でのロゴ使用について",
    charset="iso-2022-jp",
    body=f"""港テレビ 報道局
宇佐美様

お世話になっております。日の出産業 広報の小野寺です。
番組内での弊社ロゴの使用について承知いたしました。
ロゴデータ（PNG）を添付いたしますので、ご使用ください。
色味の変更や変形はお控えいただきますようお願いいたします。
{SIG_KOHO}
""",
    attachments=[{"kind": "png", "name": "hinode_logo.png"}],
    expect="pass",
    note="logo image to a TV station",
)

# 074 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["錦印刷 営業部 古賀様 <koga@nishiki-insatsu.co.jp>"],
    subject="FW: 封筒デザインの修正依頼（北国フーズ様より）",
    charset="iso-2022-jp",
    body=f"""錦印刷 古賀様

お世話になっております。日の出産業 代表窓口の森下です。
共同キャンペーン用封筒のデザインについて、北国フーズ様から修正依頼が
届いておりますので、元のメールを添付にて転送いたします。
ご対応をお願いいたします。
{SIG_INFO}
""",
    attachments=[{
        "kind": "eml", "name": "封筒デザインの修正依頼.eml",
        "message": {
            "sender": "北国フーズ 販促課 <hansoku@kitaguni-foods.co.jp>",
            "to": ["info@hinode-sangyo.co.jp"],
            "subject": "封筒デザインの修正依頼",
            "charset": "iso-2022-jp",
            "body": "日の出産業 ご担当者様\n\nキャンペーン封筒の件、弊社ロゴの色を\nPANTONE 355C から 356C に変更をお願いします。\n"
                    "裏面のキャンペーン期間も「2026年1月10日〜2月28日」に修正ください。\n\n北国フーズ株式会社 販促課\n",
        },
    }],
    expect="pass",
    note="partner's harmless mail forwarded as an attachment to another partner",
)

# 075 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["池端設備 工務部 <komu@ikehata-setsubi.co.jp>"],
    subject="Re: 修理受付窓口（サービスセンター）の一覧",
    charset="cp932",
    body=f"""池端設備株式会社
工務部 ご担当者様

お世話になっております。日の出産業 お客様相談室の宇賀神です。
全国のサービスセンター一覧を添付いたします（旧形式のExcelで失礼いたします）。
施工先での不具合は、最寄りのセンターへ直接ご依頼いただけます。
{SIG_SOUDAN}
""",
    attachments=[{
        "kind": "xls", "name": "サービスセンター一覧.xls",
        "sheets": {"センター一覧": [
            ["センター名", "所在地", "電話", "FAX", "対応エリア"],
            ["北海道サービスセンター", "北海道札幌市白石区本通14丁目北1-5", "011-862-3301", "011-862-3302", "北海道"],
            ["東北サービスセンター", "宮城県仙台市宮城野区扇町3-4-17", "022-231-5540", "022-231-5541", "東北6県"],
            ["関東サービスセンター", "埼玉県川越市南台1-10-6", "049-244-7710", "049-244-7711", "関東・甲信越"],
            ["中部サービスセンター", "愛知県名古屋市港区港明2-3-28", "052-661-4420", "052-661-4421", "東海・北陸"],
            ["関西サービスセンター", "大阪府東大阪市高井田中5-2-9", "06-6787-3350", "06-6787-3351", "近畿"],
            ["九州サービスセンター", "福岡県福岡市東区箱崎ふ頭4-6-12", "092-641-2280", "092-641-2281", "中国・四国・九州"],
        ]},
    }],
    expect="pass",
    note="legacy XLS of service centres (business addresses and numbers), not people",
)

# 076 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["CXラボ 佐分利様 <saburi@cx-lab.com>"],
    subject="問い合わせ件数データの送付（コンサルティング用）",
    charset="utf-8",
    body=f"""株式会社CXラボ
佐分利様

お世話になっております。日の出産業 総務課の杉浦です。
代表窓口の業務改善コンサルティングの件、ご依頼の件数データをお送りします。
個人が特定される情報は含めず、月別・種別の件数のみとしております。
{SIG_SUGIURA}
""",
    attachments=[{
        "kind": "xlsx", "name": "代表窓口_受付件数_2025上期.xlsx",
        "sheets": {
            "月別": [
                ["代表窓口 受付件数（2025年4月〜9月）"],
                ["月", "電話", "メール", "Webフォーム", "合計"],
                ["2025-04", 1240, 386, 512, 2138],
                ["2025-05", 1188, 402, 547, 2137],
                ["2025-06", 1302, 415, 601, 2318],
                ["2025-07", 1415, 455, 688, 2558],
                ["2025-08", 1376, 431, 654, 2461],
                ["2025-09", 1221, 397, 590, 2208],
            ],
            "種別": [
                ["種別", "件数", "構成比"],
                ["製品の使い方", 3412, "24.8%"],
                ["修理・故障", 3018, "21.9%"],
                ["苦情", 1105, "8.0%"],
                ["営業・売り込み", 2240, "16.3%"],
                ["取材・報道", 88, "0.6%"],
                ["採用", 612, "4.4%"],
                ["その他", 3345, "24.0%"],
            ],
        },
    }],
    expect="pass",
    note="aggregate inquiry statistics (no marking, no individuals) to a consultancy",
)

# 077 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["品質改善コンサルティング 今泉様 <imaizumi@hinshitsu-kaizen.co.jp>"],
    subject="苦情受付台帳（10月分）の送付",
    charset="iso-2022-jp",
    body=f"""品質改善コンサルティング株式会社
今泉様

お世話になっております。日の出産業 お客様相談室の宇賀神です。
次回の分析会に向けて、10月分の苦情受付台帳をお送りします。
お手数ですが、再発防止策の検討材料としてご確認ください。
{SIG_SOUDAN}
""",
    attachments=[{
        "kind": "xlsx", "name": "苦情受付台帳_2025年10月.xlsx",
        "sheets": {
            "10月": [
                ["苦情受付台帳　2025年10月　お客様相談室"],
                [],
                ["受付No.", "受付日", "お客様氏名", "電話番号", "住所", "製品", "内容", "対応状況"],
                ["K2510-001", "10/2", "羽生田 浩", "0466-34-2217", "神奈川県藤沢市鵠沼海岸3-5-10", "KT-08", "蓋が閉まらない", "交換済"],
                ["K2510-002", "10/3", "南雲 しずか", "090-2261-8804", "新潟県長岡市城内町2-6-3", "SC-310", "充電できない", "修理中"],
                ["K2510-003", "10/7", "檜山 隆", "03-3811-5093", "東京都文京区本郷4-17-2", "HS-40", "異臭", "調査中"],
                ["K2510-004", "10/9", "蔵本 由香里", "080-4430-2197", "大阪府吹田市江坂町1-23-5", "MR-25", "扉の破損", "交換済"],
                ["K2510-005", "10/15", "巴 敏夫", "052-791-3326", "愛知県名古屋市千種区今池5-9-1", "DP-22", "保温できない", "返金済"],
                ["K2510-006", "10/21", "葛城 さやか", "070-6628-4415", "福岡県久留米市東町32-8", "AD-12", "水漏れ", "交換済"],
                ["K2510-007", "10/28", "相馬 昭", "011-614-7728", "北海道札幌市西区琴似2条4-1-8", "HB-200", "電源が落ちる", "調査中"],
            ],
            "集計": [["製品", "件数"], ["KT-08", 1], ["SC-310", 1], ["HS-40", 1], ["MR-25", 1],
                     ["DP-22", 1], ["AD-12", 1], ["HB-200", 1]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX complaint register (title row above the header) with seven customers' names, phones and addresses sent outside",
)

# 078 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["経済日報 産業部 牧野様 <makino.s@keizai-nippo.co.jp>"],
    subject="Re: 座談会のご出席者について",
    charset="iso-2022-jp",
    body=f"""牧野様

お世話になっております。小野寺です。
12月の座談会の弊社出席者は、以下の3名で確定いたしました。

　代表取締役社長　日野 正隆
　取締役 開発本部長　樋渡 大吾
　経営企画部長　久世 聡子

当日は私も同行いたします。肩書の表記は上記のとおりでお願いいたします。
{SIG_KOHO}
""",
    expect="pass",
    note="names and job titles of three executives only, no personal data",
)

# 079 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["人材リンク 紹介事業部 戸叶様 <tokano@jinzai-link.jp>"],
    subject="代表アドレスに届いた候補者様のご連絡について",
    charset="utf-8",
    body=f"""人材リンク 戸叶様

お世話になっております。日の出産業 採用担当の堤です。
貴社からご紹介いただいている候補者様から、誤って弊社代表アドレスに
直接ご連絡が届きました。内容を共有いたします。

　候補者：稗田 龍之介 様（39歳、現職：株式会社ミナミ設備 設備管理課）
　連絡先：080-3352-7718
　内容　：最終面接の日程を12月第1週に変更したい。現職の繁忙期のため。

日程調整は貴社経由でお願いできますでしょうか。
{SIG_SAIYO}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one candidate's details to the agency that introduced him: one person, may be warned",
)

# 080 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["南が丘高校 進路指導部 綿貫先生 <watanuki@minamigaoka-hs.ed.jp>"],
    subject="Re: 職場見学の参加生徒について",
    charset="iso-2022-jp",
    body=f"""綿貫先生

お世話になっております。日の出産業の堤です。
12月10日の職場見学の参加生徒、下記4名で承りました。

　2年1組　石動 陽菜 さん
　2年1組　千早 蒼 さん
　2年3組　伊集院 拓海 さん
　2年4組　八雲 結衣 さん

当日は上履きをご持参いただくようお伝えください。
{SIG_SAIYO}
""",
    expect="pass",
    entities=["PERSON_NAME"],
    note="four pupils' names and classes confirmed back to their school: under five, no contact data",
)

# 081 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["t.morozumi@outlook.jp"],
    subject="Re: 個人情報の取扱いについての問い合わせ",
    charset="iso-2022-jp",
    body=f"""両角 巧 様

日の出産業 お客様相談室の宇賀神でございます。
お問い合わせいただいた件につきご回答いたします。

1. 修理受付でお伺いしたお名前・ご住所・お電話番号は、修理品の発送と
　ご連絡のためにのみ利用し、修理完了から3年経過後に消去しております。
2. 弊社は要配慮個人情報（病歴等）を修理受付で取得することはございません。
3. ご本人からの開示・訂正・利用停止のご請求は、個人情報保護方針に記載の
　窓口（個人情報お問い合わせ窓口）にて承っております。
　https://www.hinode-sangyo.co.jp/privacy/

ご不明点がございましたら、お気軽にお問い合わせください。
{SIG_SOUDAN}
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="privacy-policy answer that names categories of personal data but contains none",
)

# 082 ---------------------------------------------------------------------------------
_weekly = [
    ("11/10", "電話", "伴 久美子", "090-1184-5527", "炊飯器 内釜のコーティング剥がれ", "相談室"),
    ("11/10", "メール", "木暮 聡", "kogure.s@gmail.com", "取説の請求", "代表窓口で完了"),
    ("11/11", "電話", "仁平 恵", "03-5711-2298", "営業電話（OA機器）", "お断り"),
    ("11/11", "フォーム", "安齋 幸一", "048-224-6671", "修理費用の問い合わせ", "サービスセンター"),
    ("11/12", "電話", "宗像 亜紀", "080-6637-1120", "配送遅延の苦情", "相談室"),
    ("11/13", "メール", "堀之内 学", "manabu.h@yahoo.co.jp", "採用（中途）の問い合わせ", "人事部"),
]
add(
    sender=MORISHITA,
    to=["総務部 <somu@hinode-sangyo.co.jp>"],
    bcc=["morishita.k@hinode-sangyo.co.jp"],
    subject="代表窓口 週次受付報告（11/10〜11/13）",
    charset="cp932",
    body="""総務部 各位

今週の代表窓口の受付状況を報告します（転送対応したものを抜粋）。

日付   経路     お名前        連絡先                  内容                             転送先
-----  -------  ------------  ----------------------  -------------------------------  --------------
""" + "\n".join(f"{a:<6} {b:<8} {c:<12}  {d:<22}  {e:<30}  {f}" for a, b, c, d, e, f in _weekly) + """

以上です。
森下
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    note="list of six callers with contacts, but sent only to internal addresses (Bcc to self)",
)

# 083 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["人事部長 <jinji-bucho@mail.hinode-sangyo.co.jp>"],
    subject="最終面接 評価シート（パスワード別送）",
    charset="iso-2022-jp",
    body="""部長

最終面接の評価シートをお送りします。
ファイルにはパスワードを設定しています。パスワードは別途チャットでお送りします。

堤
""",
    attachments=[{"kind": "zip", "name": "最終面接評価_1120.zip", "password": "Hn#2025-1120",
                  "files": [{"kind": "xlsx", "name": "最終面接評価_1120.xlsx",
                             "sheets": {"評価": [["候補者", "評価", "所見"], ["A", "B+", "—"]]}}]}],
    expect="pass",
    note="password ZIP, but the only recipient is internal (mail. subdomain)",
)

# 084 ---------------------------------------------------------------------------------
add(
    sender="Kaori Morishita <morishita.k@hinode-sangyo.co.jp>",
    to=["Sales Team <sales@brightline-logistics.com>"],
    subject="Re: Cost-saving freight solutions for Hinode Sangyo",
    charset="utf-8",
    body=f"""Dear Sales Team,

Thank you for your e-mail and for your interest in working with us.

Our logistics are currently handled under a long-term contract with an existing
partner, and we are not looking for new freight providers at this time. We will
keep your information on file should our needs change.

Please note that this address is our general inquiries desk. We would be
grateful if you could remove it from your mailing list.
{SIG_EN}
""",
    expect="pass",
    note="English refusal of a foreign sales pitch",
)

# 085 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["Raj Mehta <r.mehta@appliance-world-review.com>"],
    subject="Re: Questions on Hinode's overseas sales",
    charset="utf-8",
    body=f"""Dear Mr. Mehta,

Thank you for your questions.

1. Overseas sales accounted for 18.4% of consolidated net sales in FY2024
   (source: our published Integrated Report 2025, p.12).
2. We do not disclose sales by country; the figures we track by country are
   internal-only management data, so I am afraid I cannot share them.
3. Our Vietnam plant started production in April 2024, as announced.

I hope this helps with your article.

Kind regards,
Maho Onodera
Public Relations & IR Office, Hinode Sangyo Co., Ltd.
""",
    expect="pass",
    note="says some data is internal-only and will not be shared: a mention, not a marking",
)

# 086 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["kenji-urabe@softbank.ne.jp"],
    subject="修理完了のお知らせ（修理受付番号 R25-118463）",
    charset="iso-2022-jp",
    body=f"""占部 健二 様

日の出産業 お客様相談室でございます。
お預かりしておりました製品の修理が完了いたしました。

　修理受付番号：R25-118463
　製品／製造番号：スチームオーブン SO-30 ／ 300125081177
　修理内容　　：ヒーター基板 交換（部品番号 SO30-PCB-02）
　修理費用　　：保証期間内のため無償
　返送予定　　：11月15日（土） 青葉運輸 お問い合わせ番号 3380-2305-1846

今後とも弊社製品をよろしくお願いいたします。
{SIG_SOUDAN}
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="repair, serial, part and tracking numbers (12-digit serial looks like an ID) to one customer",
)

# 087 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["宇田川 翼 <tsubasa.udagawa@outlook.jp>"],
    cc=["人材リンク 紹介事業部 戸叶様 <tokano@jinzai-link.jp>"],
    subject="最終面接のご案内",
    charset="iso-2022-jp",
    body=f"""宇田川 翼 様
（cc：株式会社人材リンク 戸叶様）

日の出産業 採用担当の堤です。
一次面接の結果、次の最終面接にお進みいただきたく、ご案内いたします。

　日時：11月28日（金）16:00〜17:00
　場所：本社 8F 役員会議室
　面接官：人事部長、総務部長

ご都合が合わない場合は、戸叶様経由でお知らせください。
{SIG_SAIYO}
""",
    expect="pass",
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="one applicant on free mail with his recruiting agency in Cc: two external parties",
)

# 088 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["クラウドデスク 加賀谷様 <kagaya@clouddesk.co.jp>"],
    subject="Re: 秘密保持契約書（案）の修正について",
    charset="utf-8",
    body=f"""株式会社クラウドデスク
加賀谷様

お世話になっております。日の出産業 総務課の杉浦です。
秘密保持契約書（案）につき、弊社法務の修正を反映した版を添付いたします。
主な修正点は、第2条（秘密情報の定義）と第8条（有効期間）です。
ご確認のほどよろしくお願いいたします。
{SIG_SUGIURA}
""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_日の出産業修正.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という）と株式会社クラウドデスク（以下「乙」という）は、"
            "受付システムの導入検討（以下「本目的」という）に関し、以下のとおり契約を締結する。",
            "第1条（目的）本契約は、本目的のために相互に開示される秘密情報の取扱いを定める。",
            "第2条（秘密情報の定義）本契約において「秘密情報」とは、開示者が書面、電磁的方法その他の方法により"
            "開示した技術上又は営業上の情報であって、開示の際に秘密である旨を明示したものをいう。",
            "第3条（秘密保持）受領者は、秘密情報を善良な管理者の注意をもって管理し、第三者に開示してはならない。",
            "第8条（有効期間）本契約の有効期間は締結日から2年間とする。",
        ],
    }],
    expect="pass",
    note="NDA draft: defines 秘密情報 but the document is not itself marked confidential",
)

# 089 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["イベントワークス 制作部 鳥越様 <torigoe@event-works.jp>"],
    subject="Re: 設営スタッフ入館者のご連絡（12/12）",
    charset="iso-2022-jp",
    body=f"""鳥越様

お世話になっております。日の出産業 代表窓口の森下です。
設営スタッフの皆様の入館証、6名分ご用意いたしました。
当日は1F 警備室で受け取りのうえ、8F 大会議室へお上がりください。
{SIG_INFO}

> 日の出産業 森下様
> 12/12の設営に伺うスタッフは以下のとおりです。入館証の手配をお願いします。
>
> 鳥越 亮   080-2217-3364
> 須崎 友美  090-6631-0825
> 柳楽 大和  070-3318-4472
> 門脇 紗季  080-5524-1197
> 漆畑 豪   090-2279-8853
> 新発田 航  080-7716-2038
""",
    expect="pass",
    note="six people's phones appear only in the quoted mail of the recipient who sent them",
)

# 090 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["ツバサシステム 営業部 江藤様 <eto@tsubasa-sytem.jp>"],
    subject="代表電話のIVR導入についてのご相談",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
江藤様

いつもお世話になっております。日の出産業 総務課の森下です。
代表電話の自動音声応答（IVR）導入について、概算のご相談をさせてください。

　・現在の受付件数：月 約1,300件（電話のみ）
　・分岐：製品相談／修理／採用／取材・報道／その他
　・希望稼働：2026年4月

来週以降でお打ち合わせの候補日をいただけますでしょうか。
{SIG_INFO}
""",
    expect="stop",
    detectors=["lookalike_domain"],
    note="partner tsubasa-system.jp written tsubasa-sytem.jp (letter dropped): look-alike domain",
)

# 091 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["キャリアブリッジ 中途支援部 <chuto@career-bridge.co.jp>"],
    subject="応募書類の送付（パスワードは別メールにて）",
    charset="iso-2022-jp",
    body=f"""株式会社キャリアブリッジ
中途支援部 ご担当者様

いつもお世話になっております。日の出産業 採用担当の堤です。
弊社代表アドレスに直接届いた応募書類のうち、貴社ご登録の方の分を
お送りします。ファイルはZIPで暗号化しております。
パスワードは続けて別メールでお送りいたします。
{SIG_SAIYO}
""",
    attachments=[{"kind": "zip", "name": "応募書類_20251113.zip", "password": "cb1113hinode",
                  "files": [{"kind": "docx", "name": "履歴書_1.docx",
                             "paragraphs": ["履歴書", "氏名 ＿＿＿＿", "職歴 ＿＿＿＿"]},
                            {"kind": "docx", "name": "職務経歴書_1.docx",
                             "paragraphs": ["職務経歴書", "2015年〜 設備保全業務"]}]}],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an outside agency: the attachment cannot be inspected",
)

# 092 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["オフィス企画 岡部様 <okabe@ofuku-kikaku.co.jp>"],
    subject="受付カウンター改修の見積依頼書",
    charset="utf-8",
    body=f"""オフィス企画株式会社
岡部様

お世話になっております。日の出産業 総務課の杉浦です。
本社1F受付カウンター改修の見積依頼書をお送りします。
社内規程によりPDFに閲覧パスワードを設定しております。パスワードは
お電話でお伝えいたします。
{SIG_SUGIURA}
""",
    attachments=[{"kind": "pdf", "name": "見積依頼書_受付カウンター改修.pdf", "password": "0311hinode",
                  "lines": ["見積依頼書", "件名：本社1F 受付カウンター改修工事", "工期：2026年2月〜3月"]}],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="password-protected PDF to an outside vendor: cannot be read",
)

# 093 ---------------------------------------------------------------------------------
add(
    sender=SUGIURA,
    to=["リサーチワン 調査部 <survey@research-one.co.jp>"],
    subject="Re: 企業の問い合わせ対応実態調査 回答ファイル",
    charset="iso-2022-jp",
    body=f"""株式会社リサーチワン
調査部 ご担当者様

お世話になっております。日の出産業 総務課の杉浦です。
Webフォームが送信エラーとなったため、回答をExcelファイルでお送りします。
{SIG_SUGIURA}
""",
    attachments=[{"kind": "corrupt", "name": "問い合わせ対応調査_回答_日の出産業.xlsx"}],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# 094 ---------------------------------------------------------------------------------
_naitei = [
    ["No.", "氏名", "ふりがな", "生年月日", "出身校", "携帯電話", "配属予定"],
    ["1", "相良 颯太", "さがら そうた", "平成15年5月3日", "港北大学 理工学部", "080-4417-2936", "開発本部"],
    ["2", "鬼頭 拓真", "きとう たくま", "平成15年9月12日", "中部工科大学", "090-6672-1450", "生産技術部"],
    ["3", "漆原 彩花", "うるしばら あやか", "平成16年1月28日", "青葉学院大学 経済学部", "080-7731-0258", "営業部"],
    ["4", "Nguyen Thi Lan", "ぐえん てぃ らん", "平成12年11月6日", "港北大学大学院", "070-3354-9087", "経営企画部"],
    ["5", "芦田 恭平", "あしだ きょうへい", "平成15年7月19日", "北杜大学 工学部", "080-2214-9930", "品質管理部"],
    ["6", "槙野 由依", "まきの ゆい", "平成15年12月2日", "東都女子大学 文学部", "090-3391-7765", "総務部"],
    ["7", "長嶺 優斗", "ながみね ゆうと", "平成16年1月15日", "北杜大学 工学部", "090-4428-6631", "開発本部"],
]
add(
    sender=SAIYO,
    to=["研修プラス 運営事務局 <jimukyoku@kenshu-plus.co.jp>"],
    subject="内定者研修（2/2〜2/3）受講者名簿",
    charset="iso-2022-jp",
    body=f"""株式会社研修プラス
運営事務局 御中

いつもお世話になっております。日の出産業 人事部の堤です。
2月の内定者研修の受講者名簿をPDFでお送りします。
宿泊の手配と当日の緊急連絡にご利用ください。
{SIG_SAIYO}
""",
    attachments=[{"kind": "pdf", "name": "内定者研修_受講者名簿.pdf", "title": "内定者研修 受講者名簿",
                  "lines": ["2026年度 内定者研修 受講者名簿（2026年2月2日〜3日）", ""],
                  "table": _naitei}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of seven future hires with 和暦 birth dates and mobiles sent to a training company",
)

# 095 ---------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["コールバックデスク 受付センター <center@callback-desk.jp>"],
    subject="折り返し代行のご依頼（11/14分）",
    charset="cp932",
    body=f"""株式会社コールバックデスク
受付センター 御中

いつもお世話になっております。日の出産業 代表窓口の森下です。
本日分の折り返し代行をお願いいたします。いずれも17時までにご連絡ください。

・新堀 貴之 様
　TEL：090-3367-2281
　用件：10/30 注文の除湿機、まだ届かない

・安田 ちえ子 様
　TEL：0299-22-4417
　用件：取説に記載の部品（フィルター）の購入方法

・鈴鹿 剛 様
　TEL：080-1142-6630
　用件：修理見積の金額が高い、説明を求める

・堂本 亜希子 様
　TEL：06-6971-3382
　用件：ショールームの見学予約

・嘉手納 勇 様
　TEL：098-863-2219
　用件：沖縄県内の修理対応の可否

よろしくお願いいたします。
{SIG_INFO}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five callers as bulleted blocks (name, phone, request) sent to an outside call-back service",
)

# 096 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
    subject="転送: 株主向け工場見学会 宿泊のお申込み（海外在住の方）",
    charset="utf-8",
    body=f"""さくらホテル 浜松町
宿泊予約ご担当者様

いつもお世話になっております。日の出産業 広報・IR室の小野寺です。
株主向け工場見学会の宿泊について、海外在住の株主様から下記のお申込みが
ありましたので転送いたします。団体枠（HNS-0221）での手配をお願いいたします。

---------- 転送メッセージ ----------
From: 小此木 怜 <rei.okonogi@mailbox-sg.com>
Date: 2025年11月12日 22:48
Subject: 工場見学会 宿泊申込
To: ir@hinode-sangyo.co.jp

日の出産業 IRご担当者様
シンガポール在住のため、ホテルの予約に旅券情報が必要とのことで、お送りします。
　氏名：小此木 怜（OKONOGI REI）
　生年月日：1979年3月8日
　旅券番号：TZ4829173
　国籍：日本
　宿泊：2026年2月20日〜22日（2泊）
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a forward (counts as new text) carrying a shareholder's passport number to a partner hotel",
)

# 097 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["北国フーズ お客様相談室 <soudan@kitaguni-foods.co.jp>"],
    subject="原材料（豚由来成分）についてのお問い合わせ",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
お客様相談室 ご担当者様

いつもお世話になっております。日の出産業 お客様相談室の宇賀神です。
弊社オンラインショップで販売している貴社「北国ビーフカレー」について、
下記のお客様からお問い合わせがありました。ご回答をお願いできますでしょうか。

　お客様：アフマド・ファリド 様（ファリド 様）
　メール：a.farid.tokyo@gmail.com
　内容　：ご本人はイスラム教徒で、宗教上の理由から豚由来の原料を一切
　　　　　摂取できない。ルウに使用しているラード・ゼラチン・エキス類に
　　　　　豚由来のものが含まれていないか確認したい。

ご回答はお客様へ直接お送りいただいて差し支えありません。
{SIG_SOUDAN}
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="ties a named customer to his religion (要配慮: 信条) in a mail to a partner",
)

# 098 ---------------------------------------------------------------------------------
add(
    sender=UGAJIN,
    to=["北国フーズ 品質保証部 蛯名様 <ebina@kitaguni-foods.co.jp>"],
    subject="ドライフルーツの異物混入に関するお申し出",
    charset="iso-2022-jp",
    body=f"""北国フーズ 蛯名様

お世話になっております。日の出産業 お客様相談室の宇賀神です。
貴社製「北国ドライマンゴー」に硬い異物が混入していたとのお申し出です。

　お客様：志賀 真由 様（TEL 080-2295-6613）
　ロット：KF-2310
　状況　：噛んだ際に小石のようなものがあり、吐き出した。けがはなし。
　　　　　現在妊娠7か月のため、体への影響がないか心配されています。

異物の成分と、健康への影響の有無についてご見解をいただけますでしょうか。
現品は弊社で回収済みのため、明日貴社へ発送いたします。
{SIG_SOUDAN}
""",
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one customer's pregnancy to a partner: health-related but not clearly 要配慮 (no diagnosis or illness)",
)

# 099 ---------------------------------------------------------------------------------
add(
    sender=KOHO,
    to=["ひかりPR 笹森様 <sasamori@hikari-pr.co.jp>"],
    subject="発表会 出席確定の記者リスト",
    charset="utf-8",
    body=f"""笹森様

お世話になっております。小野寺です。
2/18 発表会の出席確定者（5名）です。受付名簿と席札の作成をお願いいたします。

媒体,部署,氏名,メールアドレス
経済日報,産業部,牧野 聡,makino.s@keizai-nippo.co.jp
食品タイムズ,編集部,須貝 真一,sugai@shokuhin-times.com
港テレビ,報道局 経済部,宇佐美 葵,usami@minato-tv.co.jp
月刊ものづくり,編集部,宍戸 光,shishido@monozukuri-press.jp
週刊ビズ,編集部,小山内 玲,osanai@biz-weekly.jp

残り3媒体は回答待ちです。
{SIG_KOHO}
""",
    expect="either",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five journalists' work e-mail addresses to a PR agency: a list of people, but only business contacts",
)

# 100 ---------------------------------------------------------------------------------
add(
    sender=SAIYO,
    to=["kotone.ishiguro@gmail.com"],
    subject="Re: 持病がある場合の選考について",
    charset="iso-2022-jp",
    body=f"""石黒 琴音 様

日の出産業 採用担当の堤です。ご質問いただきありがとうございます。

弊社の選考では、応募者の病歴や健康状態をお伺いすることはなく、
それを理由に合否を判断することもございません。
入社後に通院や業務上の配慮が必要な場合は、ご本人のご希望に応じて
人事部・産業医と個別にご相談いただける体制を整えております。

どうぞ安心してご応募ください。
{SIG_SAIYO}

> 日の出産業 採用ご担当者様
> 1型糖尿病があり、毎日インスリン注射をしています。
> 選考で不利になることはありますか。
> 石黒 琴音
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="generic answer about health; the applicant's own illness is only in the quoted text",
)

# ids ---------------------------------------------------------------------------------
for _i, _m in enumerate(MESSAGES, 1):
    _m["id"] = f"daihyo-{_i:03d}"
    # keep the id first when rendered as a dict
    MESSAGES[_i - 1] = {"id": _m.pop("id"), **_m}
