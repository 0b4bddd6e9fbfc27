"""Blind evaluation corpus for mailguard — AREA: houmon (営業の訪問業務).

Field sales visits at 日の出産業株式会社: 訪問予定の調整, 商談メモ, 見積, デモ機の手配,
同行者の連絡, 顧客の担当者変更.  Every person, company, domain, address and number here is
invented.  This file was written blind, from bench/blind/BRIEF.md, bench/blind/build.py and
shared/SPEC.md only, without reading mailguard's code, rules or tests.
"""

import random

from build import card_number, my_number

SEED = 38001
rng = random.Random(SEED)

# identifiers (check-digit valid, fictional)
MN0 = my_number(SEED + 0)
MN1 = my_number(SEED + 1)
CARD0 = card_number(SEED + 0)
CARD1 = card_number(SEED + 1)


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base."""
    total = 0
    for n in range(1, 13):
        total += int(base12[12 - n]) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


_ZEN = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


HINODE_T = "T" + corp_number("010401273355")
TRACK = ["".join(str(rng.randrange(10)) for _ in range(12)) for _ in range(3)]

# senders (all internal)
TAKAHASHI = "高橋 健太 <k-takahashi@hinode-sangyo.co.jp>"
MIZUNO = "水野 沙織 <s-mizuno@hinode-sangyo.co.jp>"
IGARASHI = "五十嵐 亮 <r-igarashi@hinode-sangyo.co.jp>"
OSUMI = "大隅 直樹 <n-osumi@hinode-sangyo.co.jp>"
KITO = "鬼頭 正人 <m-kito@hinode-sangyo.co.jp>"
IWAKI = "岩城 翔 <s-iwaki@hinode-sangyo.co.jp>"
KUBOTA = "久保田 恵 <m-kubota@hinode-sangyo.co.jp>"
TAKIZAWA = "滝沢 由紀 <y-takizawa@hinode-sangyo.co.jp>"
FUJIMURA = "Ken Fujimura <k-fujimura@hinode-sangyo.co.jp>"
KAJIWARA = "梶原 大輔 <d-kajiwara@hinode-sangyo.co.jp>"
NOTO = "能登 香織 <k-noto@hinode-sangyo.co.jp>"

SIG_TAKAHASHI = """
――――――――――――――――――――
日の出産業株式会社　営業一部 第二課
高橋 健太（Kenta Takahashi）
〒103-0022 東京都中央区日本橋室町4-9-12 日の出ビル5F
TEL 03-6700-1234 / 携帯 080-4411-2033
k-takahashi@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_MIZUNO = """
--
日の出産業株式会社 営業二部
水野 沙織
TEL：03-6700-1251　FAX：03-6700-1199
Mail：s-mizuno@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/"""

SIG_IGARASHI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
　日の出産業株式会社
　営業本部 営業三課　五十嵐 亮
　〒103-0022 東京都中央区日本橋室町4-9-12
　TEL 03-6700-1262（直通）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_OSUMI = """
-------------------------------------------
大隅 直樹 / Naoki Osumi
日の出産業株式会社 営業部 営業推進グループ（デモ機管理）
TEL 03-6700-1240  携帯 090-2261-8034
n-osumi@hinode-sangyo.co.jp
-------------------------------------------"""

SIG_KITO = """
日の出産業株式会社
営業一部 部長　鬼頭 正人
TEL 03-6700-1201"""

SIG_IWAKI = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社 大阪営業所
岩城 翔（いわき しょう）
〒530-0047 大阪府大阪市北区西天満6-3-15 梅新ビル8F
TEL 06-6300-7781　携帯 080-7302-6645
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_KUBOTA = """
―――
日の出産業（株）名古屋営業所
久保田 恵
〒460-0003 愛知県名古屋市中区錦2-17-8
TEL 052-950-3321／FAX 052-950-3322
m-kubota@hinode-sangyo.co.jp"""

SIG_TAKIZAWA = """
------------------------------
日の出産業株式会社
営業部 営業業務課　滝沢 由紀
TEL 03-6700-1270（内線 270）
------------------------------"""

SIG_FUJIMURA = """
Best regards,

Ken Fujimura
Overseas Sales, Hinode Sangyo Co., Ltd.
9F Hinode Bldg., 4-9-12 Nihonbashi-Muromachi, Chuo-ku, Tokyo 103-0022, Japan
Tel: +81-3-6700-1288  Mobile: +81-90-5120-7734
k-fujimura@hinode-sangyo.co.jp"""

SIG_KAJIWARA = """
■□■□■□■□■□■□■□■□■□■□
日の出産業株式会社 福岡営業所
梶原 大輔
〒812-0011 福岡県福岡市博多区博多駅前3-21-6
TEL 092-400-6612 ／ 携帯 090-8844-1206
■□■□■□■□■□■□■□■□■□■□"""

SIG_NOTO = """
--------------------------------------------------
日の出産業株式会社　営業二部 課長
能登 香織　Kaori Noto
TEL: 03-6700-1250　E-mail: k-noto@hinode-sangyo.co.jp
--------------------------------------------------"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
Any unauthorised use, disclosure or copying is prohibited."""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------- 001 – 020
MESSAGES += [
    {
        "id": "houmon-001",
        "sender": IGARASHI,
        "to": ["村越 達也 <t-murakoshi@toho-seimitsu.co.jp>"],
        "subject": "ご訪問日程のご相談（包装ライン更新の件）",
        "charset": "iso-2022-jp",
        "body": """東邦精密株式会社
生産技術部 課長 村越様

いつもお世話になっております。日の出産業の五十嵐です。
先日はお電話にてご相談いただき、誠にありがとうございました。

包装ライン更新のご提案につきまして、一度御社へお伺いし、
現場のレイアウトを拝見できればと存じます。
つきましては、下記の候補日でご都合はいかがでしょうか。

　第1候補　6月10日（火）10:00～12:00
　第2候補　6月11日（水）14:00～16:00
　第3候補　6月13日（金）終日可

所要時間は1時間半ほどを想定しております。
弊社からは私と技術担当の2名で伺う予定です。

ご多用のところ恐縮ですが、ご検討のほどよろしくお願いいたします。
""" + SIG_IGARASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary visit scheduling to one customer contact; only dates and the sender's signature",
    },
    {
        "id": "houmon-002",
        "sender": TAKAHASHI,
        "to": ["港南化成 総務課 入構受付 <nyuko@konan-kasei.co.jp>"],
        "cc": ["野々宮 聡 <s-nonomiya@konan-kasei.co.jp>"],
        "subject": "【ご連絡】6/18 鹿島工場ご訪問の同行者について",
        "charset": "iso-2022-jp",
        "body": """港南化成株式会社
総務課 入構ご担当者様
（cc：製造部 野々宮様）

いつもお世話になっております。日の出産業の高橋でございます。

6月18日（水）13時からの鹿島工場ご訪問につきまして、
入構申請に必要とのことでしたので、当日の訪問者をお知らせいたします。

氏名            所属                          携帯電話
-------------------------------------------------------------------
高橋 健太       日の出産業 営業一部           080-4411-2033
鬼頭 正人       日の出産業 営業一部 部長      090-3318-7402
真壁 陽介       日の出産業 技術サービス課     080-6620-1957
白鳥 あずさ     日の出産業 技術サービス課     070-2284-3310
米澤 拓海       ツバサシステム 技術部         090-5547-8816
蔵本 千尋       ツバサシステム 営業部         080-1193-4470

車両：社用車1台（品川 400 な 12-34／ハイエース）

当日は正門守衛所で受付をさせていただきます。
何卒よろしくお願いいたします。
""" + SIG_TAKAHASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six visitors' names with mobile numbers in a padded list to an external customer: a list of people",
    },
    {
        "id": "houmon-003",
        "sender": MIZUNO,
        "to": ["早乙女 美樹 <saotome@kitaguni-foods.co.jp>"],
        "subject": "Re: 6/24 デモのご出席者について",
        "charset": "utf-8",
        "body": """早乙女様

ご出席者のご連絡をありがとうございます。承知いたしました。
当日は6名様分の資料と、試食用のサンプルもご用意いたします。
会場は御社の第2会議室とのこと、プロジェクターだけお借りできれば幸いです。

引き続きよろしくお願いいたします。
""" + SIG_MIZUNO + """

2025/06/12 17:42、早乙女 美樹 <saotome@kitaguni-foods.co.jp> のメール:
> 日の出産業 水野様
>
> お世話になっております。北国フーズの早乙女です。
> 24日のデモですが、弊社からは以下の者が出席いたします。
> 当日の緊急連絡先として携帯も記載しておきます。
>
>  早乙女 美樹   品質保証部   090-4102-7735
>  大須賀 亮介   製造一課     080-2290-6618
>  細貝 みのり   製造一課     070-5531-0924
>  郷田 鉄平     設備保全課   090-8817-2253
>  二階堂 修     購買部       080-3346-9170
>  湊 さやか     購買部       090-6620-4481
>
> どうぞよろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person attendee list is only in quoted text from the recipient's own mail; new text is ordinary",
    },
    {
        "id": "houmon-004",
        "sender": OSUMI,
        "to": ["青葉運輸 東京営業所 配車係 <haisha-tokyo@aoba-unyu.co.jp>"],
        "subject": "デモ機配送のお願い（7月第1週分）",
        "charset": "cp932",
        "body": """青葉運輸株式会社
東京営業所 配車ご担当者様

いつも大変お世話になっております。
日の出産業 営業推進グループの大隅です。

7月第1週のデモ機配送について、配送先一覧を添付いたします。
ファイルにはパスワードを設定しておりますので、
パスワードは別メールにてお送りいたします。

・対象機：HX-300（卓上X線異物検出機）×3台、HP-520（自動包装機）×1台
・引取り：弊社川口倉庫（7/1 午前）

ご確認のほどよろしくお願いいたします。
""" + SIG_OSUMI,
        "attachments": [
            {
                "kind": "zip",
                "name": "配送先一覧_0701.zip",
                "password": "Aoba0701!dm",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "配送先一覧_0701.xlsx",
                        "sheets": {
                            "配送先": [
                                ["No", "機種", "配送先", "住所", "納品日"],
                                [1, "HX-300", "東邦精密株式会社 相模原工場", "神奈川県相模原市中央区田名3-8-2", "7/2"],
                                [2, "HX-300", "港南化成株式会社 鹿島工場", "茨城県神栖市東和田11-5", "7/3"],
                                [3, "HX-300", "北国フーズ株式会社 千歳工場", "北海道千歳市泉沢1007-61", "7/4"],
                                [4, "HP-520", "大和田工業株式会社 堺事業所", "大阪府堺市西区築港新町2-6", "7/4"],
                            ]
                        },
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP to an external carrier cannot be inspected (PPAP)",
    },
    {
        "id": "houmon-005",
        "sender": MIZUNO,
        "to": ["二階堂 修 <nikaido@kitaguni-foods.co.jp>"],
        "cc": ["早乙女 美樹 <saotome@kitaguni-foods.co.jp>"],
        "subject": "お見積書送付の件（HX-300 導入）",
        "charset": "utf-8",
        "body": """北国フーズ株式会社
購買部 二階堂様

いつもお世話になっております。日の出産業の水野でございます。
先日のデモの際にご依頼いただきましたお見積書をお送りいたします。

　見積番号：Q-250627-014
　有効期限：発行日より60日間

納期は受注後おおよそ6週間を見込んでおります。
ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_MIZUNO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "御見積書_Q-250627-014.pdf",
                "title": "御見積書 Q-250627-014",
                "lines": [
                    "御 見 積 書",
                    "北国フーズ株式会社 御中",
                    "見積番号 Q-250627-014　　発行日 2025年6月27日",
                    "日の出産業株式会社　〒103-0022 東京都中央区日本橋室町4-9-12",
                    "適格請求書発行事業者登録番号 " + HINODE_T,
                    "下記のとおりお見積り申し上げます。",
                ],
                "table": [
                    ["品番", "品名", "数量", "単価", "金額"],
                    ["HX-300-S", "卓上X線異物検出機 HX-300 標準仕様", "1", "4,850,000", "4,850,000"],
                    ["OP-CV12", "搬送コンベア延長 1.2m", "1", "320,000", "320,000"],
                    ["SV-INST", "据付・調整費", "1", "180,000", "180,000"],
                    ["", "", "", "小計", "5,350,000"],
                    ["", "", "", "消費税(10%)", "535,000"],
                    ["", "", "", "合計", "5,885,000"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "quotation PDF with the company's own T-number, prices and product codes: ordinary business mail",
    },
    {
        "id": "houmon-006",
        "sender": KUBOTA,
        "to": ["吉良 智之 <kira.t@kawasaki-denki.jp>"],
        "subject": "盤用ファン更新のお見積り",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社
調達部 吉良様

お世話になっております。日の出産業 名古屋営業所の久保田です。
昨日はお忙しいところ工場をご案内いただき、ありがとうございました。

ご相談いただいた制御盤用ファンの更新について、概算のお見積りを添付いたします。
現地で拝見した台数（18台）で算出しておりますが、
第2棟の分を含めるかどうか、ご確認いただけますと幸いです。

来週中に改めてお電話いたします。
""" + SIG_KUBOTA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "概算見積_川崎電機様_盤用ファン.pdf",
                "lines": ["概算御見積書", "川崎電機株式会社 御中", "件名：制御盤用ファン更新"],
                "table": [
                    ["品番", "品名", "数量", "単価", "金額"],
                    ["FN-120A", "盤用ファン 120角", "18", "8,400", "151,200"],
                    ["SV-FN", "交換作業費", "1式", "96,000", "96,000"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki.jp drops the 'co.' of the partner domain kawasaki-denki.co.jp: look-alike recipient",
    },
    {
        "id": "houmon-007",
        "sender": NOTO,
        "to": ["丸友商事 仕入部 樋渡様 <hiwatari@marutomo-shoji.co.jp>"],
        "subject": "弊社担当者変更のお知らせ",
        "charset": "cp932",
        "body": """丸友商事株式会社
仕入部 樋渡様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業の能登でございます。

さて、7月1日付の社内異動に伴い、貴社の担当を水野から
下記の者に変更させていただくこととなりました。

　新担当：葛城 俊介（かつらぎ しゅんすけ）
　所属　：営業二部
　直通　：03-6700-1277
　携帯　：080-9013-4471
　メール：s-katsuragi@hinode-sangyo.co.jp

近日中に葛城と水野の2名でご挨拶に伺いたく存じます。
在任中の水野へのご厚情に感謝申し上げますとともに、
今後とも変わらぬご愛顧を賜りますようお願い申し上げます。
""" + SIG_NOTO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one new sales rep's contact details in a change-of-contact notice: one person, may be warned",
    },
    {
        "id": "houmon-008",
        "sender": KITO,
        "to": [
            "村越 達也 <t-murakoshi@toho-seimitsu.co.jp>",
            "大和田工業 生産管理部 宮路様 <miyaji@owada-kogyo.co.jp>",
            "野々宮 聡 <s-nonomiya@konan-kasei.co.jp>",
        ],
        "cc": ["高橋 健太 <k-takahashi@hinode-sangyo.co.jp>"],
        "subject": "新型検査装置 内覧会のご案内（7/9・7/10）",
        "charset": "iso-2022-jp",
        "body": """各位

平素より大変お世話になっております。
日の出産業 営業一部の鬼頭でございます。

このたび、卓上X線異物検出機の新モデル「HX-300R」の発売に先立ち、
川口テクニカルセンターにて内覧会を開催いたします。
日頃お世話になっております皆様に、いち早くご覧いただければと存じます。

　日時：7月9日（水）・10日（木）各日 10:00～17:00（予約制）
　会場：日の出産業 川口テクニカルセンター
　　　　埼玉県川口市領家5-14-3
　内容：実機デモ、検出サンプル持ち込みテスト、個別相談

ご来場いただける場合は、ご希望の日時をご返信ください。
皆様のお越しを心よりお待ち申し上げております。
""" + SIG_KITO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three customer companies in To can see each other's addresses; should have been Bcc",
    },
    {
        "id": "houmon-009",
        "sender": IGARASHI,
        "to": ["小松 由香里 <y-komatsu@shinano-medical.co.jp>"],
        "subject": "秘密保持契約書（案）のご確認のお願い",
        "charset": "utf-8",
        "body": """信濃メディカル株式会社
開発部 小松様

いつもお世話になっております。日の出産業の五十嵐です。

次回のお打合せで御社の包装仕様書をお預かりするにあたり、
事前に秘密保持契約（NDA）を締結させていただきたく、
弊社ひな形をベースにした契約書案を添付いたします。

御社法務部門でのご確認のうえ、修正点がございましたら
変更履歴付きでお戻しいただけますと助かります。
締結後に、デモ機の持ち込み日程を調整させてください。

よろしくお願いいたします。
""" + SIG_IGARASHI,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書（案）_信濃メディカル様.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "信濃メディカル株式会社（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、包装設備の導入検討（以下「本目的」という。）に関し、相互に開示する秘密情報の取扱いについて、以下のとおり契約を締結する。",
                    "第1条（秘密情報）本契約において秘密情報とは、本目的のために開示者が受領者に開示する技術上又は営業上の情報であって、開示の際に秘密である旨を明示したものをいう。",
                    "第2条（秘密保持義務）受領者は、秘密情報を善良なる管理者の注意をもって管理し、開示者の事前の書面による承諾なく第三者に開示又は漏洩してはならない。",
                    "第3条（目的外使用の禁止）受領者は、秘密情報を本目的以外に使用してはならない。",
                    "第4条（有効期間）本契約の有効期間は、締結日から2年間とする。",
                    "（以下略）",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with a draft contract that defines 秘密情報; no marking, no personal data",
    },
    {
        "id": "houmon-010",
        "sender": TAKAHASHI,
        "to": ["蔵本 千尋 <c-kuramoto@tsubasa-system.jp>"],
        "subject": "【社外秘】北国フーズ様 商談メモ（6/5訪問）",
        "charset": "iso-2022-jp",
        "body": """蔵本さん

お疲れさまです。日の出産業の高橋です。
昨日の北国フーズ様訪問のメモを共有します。

━━━━━━━━━━━━━━━━━━━━━━━━
　社外秘　　取扱い：日の出産業・ツバサシステム関係者限り
━━━━━━━━━━━━━━━━━━━━━━━━
■訪問先：北国フーズ株式会社 千歳工場
■先方：購買部 二階堂様、品質保証部 早乙女様
■要旨
　・異物混入クレームが今期2件。X線検査機の全ライン導入を検討中
　・予算は上期で2,000万円枠、稟議は8月の役員会
　・競合：A社が先行提案済み（価格はA社が約15％安い模様）
　・生産管理システムとの連携（検査結果の自動記録）が必須条件
■次回アクション
　・6/20までに連携仕様の概要をツバサシステム様から提示
　・弊社は3ライン分の見積りを再提出（値引き幅は部長判断）

以上、よろしくお願いします。
""" + SIG_TAKAHASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "商談メモ stamped 社外秘 in the subject and as a header block, sent to a partner outside the company",
    },
    {
        "id": "houmon-011",
        "sender": MIZUNO,
        "to": ["能登 香織 <k-noto@hinode-sangyo.co.jp>", "葛城 俊介 <s-katsuragi@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】川崎電機様 引継ぎメモ",
        "charset": "utf-8",
        "body": """能登課長、葛城さん

お疲れさまです。水野です。
川崎電機様の引継ぎ用に、商談状況と先方ご担当者をまとめました。
※社外秘です。転送しないでください。

【商談状況】
・第3工場の検査機更新：見積提出済み（Q-250410-022）、8月発注見込み
・保守契約：年間契約の更新時期が9月。値上げの件は未説明

【先方ご担当者】
氏名              部署                 直通            携帯
吉良 智之         調達部               044-577-2210    090-1147-6602
宇佐美 千秋       調達部               044-577-2213    080-3351-2287
芦田 恭平         第3工場 製造課       044-577-3301    090-7762-0153
鳴海 奈緒         第3工場 品質管理課   044-577-3315    070-4418-2296
一ノ瀬 剛         設備保全課           044-577-3340    080-6627-9981
陣内 恵美子       経理部               044-577-2102    （なし）

吉良さんは朝早い時間のほうが電話がつながりやすいです。
""" + SIG_MIZUNO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "社外秘 handover memo with a six-person contact list, but every recipient is internal",
    },
    {
        "id": "houmon-012",
        "sender": IWAKI,
        "to": ["大和田工業 堺事業所 警備課 <keibi-sakai@owada-kogyo.co.jp>"],
        "cc": ["宮路 和也 <miyaji@owada-kogyo.co.jp>"],
        "subject": "車両入構申請（7/4 デモ機搬入）",
        "charset": "cp932",
        "body": """大和田工業株式会社 堺事業所
警備課 ご担当者様

お世話になっております。日の出産業 大阪営業所の岩城です。
生産管理部 宮路様よりご案内いただきました車両入構申請につきまして、
申請書の記載事項を下記のとおりお送りいたします。

【入構日時】2025年7月4日（金）9:00～15:00
【車両】なにわ 480 あ 77-19（2tトラック・青葉運輸手配）

【運転者・同乗者】
1. 岩城 翔（イワキ ショウ）
　 生年月日：1991年3月14日
　 運転免許証番号：622104518370
2. 真壁 陽介（マカベ ヨウスケ）
　 生年月日：昭和63年11月2日
　 運転免許証番号：301987654321

不足事項がございましたらご指示ください。
よろしくお願いいたします。
""" + SIG_IWAKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "driver's licence numbers (identity document) with dates of birth of two people to an external site",
    },
    {
        "id": "houmon-013",
        "sender": KAJIWARA,
        "to": ["米澤 拓海 <t-yonezawa@tsubasa-system.jp>"],
        "subject": "来週の九州エリア同行訪問：訪問店舗一覧",
        "charset": "utf-8",
        "body": """米澤さん

お世話になっております。福岡営業所の梶原です。
来週の西海ホームセンター様 店舗巡回ですが、訪問予定の店舗を送ります。
各店とも店長さんには本部経由で話が通っています。

店舗名           住所                                  店舗TEL
---------------  ------------------------------------  -------------
西海HC 博多南店  福岡県福岡市南区井尻4-2-1            092-571-3300
西海HC 春日店    福岡県春日市春日原東町3-18            092-581-6620
西海HC 久留米店  福岡県久留米市東合川2-7-40           0942-43-8811
西海HC 佐賀大和店 佐賀県佐賀市大和町尼寺1890           0952-62-5500
西海HC 鳥栖店    佐賀県鳥栖市本鳥栖町537-1             0942-85-1123

火曜は博多南→春日、水曜は久留米→佐賀大和→鳥栖の順で回る想定です。
レンタカーは私のほうで手配します。
""" + SIG_KAJIWARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of shops with store addresses and store phone numbers: a business list, not people",
    },
    {
        "id": "houmon-014",
        "sender": TAKIZAWA,
        "to": ["さくらホテル新潟 予約課 <reserve-niigata@sakura-hotel.jp>"],
        "subject": "宿泊予約のお願い（6/17・1泊）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル新潟
ご予約ご担当者様

お世話になっております。日の出産業株式会社 営業業務課の滝沢と申します。
弊社社員の出張に伴い、下記のとおり宿泊の予約をお願いいたします。

　宿泊者：高橋 健太 様（タカハシ ケンタ）
　日程　：6月17日（火）チェックイン ～ 6月18日（水）チェックアウト
　部屋　：シングル禁煙 1室（朝食付き）
　お支払：法人カードにて事前決済
　　カード番号：""" + g4(CARD0, "-") + """
　　有効期限　：09/28
　　名義　　　：HINODE SANGYO CO LTD

領収書は「日の出産業株式会社」宛でお願いいたします。
ご確認のほど、よろしくお願いいたします。
""" + SIG_TAKIZAWA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full credit card number in a hotel booking mail to an external hotel",
    },
    {
        "id": "houmon-015",
        "sender": IGARASHI,
        "to": ["ベーカリー麦の穂 仁科様 <muginoho.nishina@gmail.com>"],
        "subject": "スライサーのお見積りとご訪問日について",
        "charset": "utf-8",
        "body": """ベーカリー麦の穂
仁科 様

先日はお店にお邪魔させていただき、ありがとうございました。
日の出産業の五十嵐です。

ご相談いただいた食パンスライサー（HS-12）のお見積りは下記のとおりです。

　HS-12 本体　　　　　　　　　　 298,000円
　設置・試運転　　　　　　　　　　 15,000円
　合計（税別）　　　　　　　　　 313,000円

実機をご覧いただくため、定休日の水曜日にデモ機をお持ちすることも可能です。
6/18（水）または 6/25（水）の午前中でご都合のよい日を教えていただけますか。
""" + SIG_IGARASHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one sole-proprietor customer on Gmail; a quotation and visit dates only",
    },
    {
        "id": "houmon-016",
        "sender": KITO,
        "to": ["蔵本 千尋 <c-kuramoto@tsubasa-system.jp>"],
        "cc": ["高橋 健太 <k-takahashi@hinode-sangyo.co.jp>"],
        "subject": "東邦精密様 案件の進め方について",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム 蔵本様

いつもお世話になっております。日の出産業の鬼頭です。

東邦精密様の案件ですが、少し進め方を変える必要が出てきました。
昨日高橋が訪問した際に伺ったところ、窓口の設備課 三田村 浩二係長が
適応障害の診断を受けて5月から休職されているとのことです。
復帰は早くても秋以降の見込みで、当面は村越課長が直接ご対応されます。

村越課長は技術的な細部よりも費用対効果を重視される方ですので、
次回の提案資料は投資回収の試算を前面に出す形に組み替えたいと思います。
来週どこかで30分ほどお時間をいただけますでしょうか。
""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer contact's medical diagnosis (適応障害) told to a partner: 要配慮個人情報 of one person",
    },
    {
        "id": "houmon-017",
        "sender": OSUMI,
        "to": ["野々宮 聡 <s-nonomiya@konan-kasei.co.jp>"],
        "subject": "デモ機発送のご連絡",
        "charset": "utf-8",
        "body": """港南化成株式会社
製造部 野々宮様

お世話になっております。日の出産業の大隅です。
お貸出しするデモ機を本日発送いたしましたのでご連絡いたします。

　機種　　：HX-300（卓上X線異物検出機）
　製造番号：HX3-2406-00187
　付属品　：テストピース一式、操作マニュアル
　運送会社：青葉運輸
　送り状番号：""" + TRACK[0][:4] + "-" + TRACK[0][4:8] + "-" + TRACK[0][8:] + """（本体）
　　　　　　　""" + TRACK[1][:4] + "-" + TRACK[1][4:8] + "-" + TRACK[1][8:] + """（付属品）
　到着予定：6月16日（月）午前中

貸出期間は7月11日（金）までとなります。
開梱・設置には弊社技術員が同日午後に伺います。
""" + SIG_OSUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "demo machine shipping notice with tracking and serial numbers: no personal data",
    },
    {
        "id": "houmon-018",
        "sender": MIZUNO,
        "to": ["蔵本 千尋 <c-kuramoto@tsubasa-system.jp>"],
        "subject": "FOOMA来場者 フォロー訪問リスト（共同訪問分）",
        "charset": "utf-8",
        "body": """蔵本さん

お世話になっております。水野です。
展示会でシステム連携にご関心を示された来場者を抜き出しました。
共同訪問の候補として、シート「来場者」をご確認ください。
アポ取りは弊社から行いますので、ご都合の悪い週だけ教えてください。
""" + SIG_MIZUNO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "FOOMA2025_フォロー対象.xlsx",
                "sheets": {
                    "来場者": [
                        ["FOOMA JAPAN 2025 日の出産業ブース来場者（システム連携 関心あり）"],
                        [],
                        ["No", "会社名", "部署", "氏名", "メール", "電話", "関心製品", "温度感"],
                        [1, "株式会社ヤマベ製菓", "生産部", "山辺 直哉", "n-yamabe@yamabe-seika.co.jp", "0256-33-1180", "HX-300", "A"],
                        [2, "丸八水産株式会社", "品質管理室", "八木 瑞穂", "m.yagi@maruhachi-suisan.jp", "0138-45-7712", "HX-300", "B"],
                        [3, "有限会社こもれび食品", "工場長", "木漏 勝", "komorebi-k@komorebi-foods.jp", "090-2451-8873", "HP-520", "A"],
                        [4, "東雲デリカ株式会社", "製造二課", "東雲 彩", "a.shinonome@shinonome-delica.co.jp", "048-722-3391", "HX-300", "B"],
                        [5, "株式会社みなと惣菜", "設備課", "湊川 慎吾", "minatogawa@minato-souzai.co.jp", "045-503-2260", "HW-12", "C"],
                        [6, "ふじ乳業株式会社", "生産技術", "富士本 祐介", "y-fujimoto@fuji-nyugyo.co.jp", "0545-61-4409", "HX-300", "A"],
                        [7, "株式会社小森ベーカリー", "製造部", "小森 菜々子", "nanako.komori@komori-bakery.com", "080-6123-0947", "HP-520", "B"],
                        [8, "北斗製麺株式会社", "品質保証", "北斗 晃", "a-hokuto@hokuto-seimen.co.jp", "011-781-2205", "HX-300", "A"],
                        [9, "株式会社あおい弁当", "購買", "葵 千景", "chikage.aoi@aoi-bento.jp", "052-881-6630", "HW-12", "C"],
                    ],
                    "集計": [
                        ["関心製品", "件数"],
                        ["HX-300", 5],
                        ["HP-520", 2],
                        ["HW-12", 2],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX with a title row and nine visitors' names, e-mails and phones sent to a partner",
    },
    {
        "id": "houmon-019",
        "sender": KUBOTA,
        "to": ["中部機械 総務部 受付 <uketsuke@chubu-kikai.co.jp>"],
        "subject": "6/26ご訪問者のお知らせ",
        "charset": "cp932",
        "body": """中部機械株式会社
総務部 受付ご担当者様

いつもお世話になっております。日の出産業 名古屋営業所の久保田です。
6月26日（木）14時に製造部 鈴鹿様をお訪ねする件で、訪問者をお知らせします。
当日何かございましたら、下記の携帯までご連絡ください。

・久保田 恵（営業）　０９０－６６１２－４０８７
・坂巻 浩一（技術）　０８０－２９０４－１１６８
・宝田 沙耶（技術）　０７０－１３８２－５５９０

どうぞよろしくお願いいたします。
""" + SIG_KUBOTA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three visitors with full-width mobile numbers: under five people, may be warned",
    },
    {
        "id": "houmon-020",
        "sender": OSUMI,
        "to": ["青葉運輸 宅配事業部 <takuhai@aoba-unyu.co.jp>"],
        "subject": "家庭用生ごみ処理機 モニター宅への配送依頼",
        "charset": "cp932",
        "body": """青葉運輸株式会社 宅配事業部 御中

お世話になっております。日の出産業の大隅です。
家庭用生ごみ処理機「キエルンHG-2」のモニター宅への配送をお願いいたします。
配送先はCSVのとおり7件です。いずれも設置は弊社が後日伺いますので、
玄関先でのお渡しで結構です。

お受け取り時の電話連絡をお願いできれば幸いです。
""" + SIG_OSUMI,
        "attachments": [
            {
                "kind": "csv",
                "name": "monitor_haisou_0620.csv",
                "encoding": "cp932",
                "rows": [
                    ["管理No", "郵便番号", "住所", "電話", "配送希望日", "時間帯", "備考"],
                    ["MN-0101", "336-0017", "埼玉県さいたま市南区南浦和2-14-7", "048-882-4419", "6/20", "午前", ""],
                    ["MN-0102", "335-0004", "埼玉県蕨市中央5-3-22 コーポ中央203", "090-3317-5582", "6/20", "14-16", "2階・EVなし"],
                    ["MN-0103", "332-0034", "埼玉県川口市並木3-9-15", "048-251-0736", "6/21", "午前", ""],
                    ["MN-0104", "340-0015", "埼玉県草加市高砂1-6-30", "080-5561-2098", "6/21", "18-20", "不在時は隣家へ"],
                    ["MN-0105", "343-0845", "埼玉県越谷市南越谷4-21-3-508", "048-988-1327", "6/22", "指定なし", ""],
                    ["MN-0106", "330-0061", "埼玉県さいたま市浦和区常盤8-11-4", "070-2233-8164", "6/22", "午前", "犬あり"],
                    ["MN-0107", "333-0844", "埼玉県川口市上青木西2-30-12", "048-264-5570", "6/23", "12-14", ""],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV of seven private households' addresses and phones without a name column, to a carrier",
    },
]

# ---------------------------------------------------------------- 021 – 040
MESSAGES += [
    {
        "id": "houmon-021",
        "sender": FUJIMURA,
        "to": ["Jason Lin <jason.lin@formosa-automation.com.tw>"],
        "cc": ["Kenta Takahashi <k-takahashi@hinode-sangyo.co.jp>"],
        "subject": "Visit to Taichung plant - proposed schedule",
        "charset": "utf-8",
        "body": """Dear Jason,

Thank you for your kind reply. We are pleased to confirm that two of us
(Kenta Takahashi and myself) will visit your Taichung plant next month.

Proposed schedule:
  Jul 15 (Tue)  arrive Taipei, evening - dinner if convenient
  Jul 16 (Wed)  10:00 plant tour and line survey (packaging lines 3 and 4)
                14:00 technical discussion on the HP-520 retrofit
  Jul 17 (Thu)  09:30 wrap-up meeting, then return to Tokyo

Could you let us know whether the plant requires safety shoes or any
prior registration for visitors? We will bring the sample films you asked for.

Looking forward to seeing you.
""" + SIG_FUJIMURA + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English visit schedule to a foreign partner with the standard confidentiality disclaimer",
    },
    {
        "id": "houmon-022",
        "sender": IGARASHI,
        "to": ["堀 雅人 <m-hori@shinano-medical.co.jp>"],
        "subject": "クリーンルーム見学の参加者名簿",
        "charset": "utf-8",
        "body": """信濃メディカル株式会社
総務部 堀様

お世話になっております。日の出産業の五十嵐です。
7月8日の松本工場（クリーンルーム）見学について、
ご指定の様式に沿って参加者名簿を作成しましたので添付いたします。
入室用の無塵衣のサイズも併記しております。

ご確認のほどよろしくお願いいたします。
""" + SIG_IGARASHI,
        "attachments": [
            {
                "kind": "docx",
                "name": "見学者名簿_日の出産業_0708.docx",
                "paragraphs": [
                    "松本工場 見学者名簿",
                    "見学日：2025年7月8日（火）　会社名：日の出産業株式会社",
                ],
                "tables": [
                    [
                        ["No", "氏名", "フリガナ", "生年月日", "現住所", "所属", "無塵衣"],
                        ["1", "五十嵐 亮", "イガラシ リョウ", "昭和62年5月19日", "東京都江東区大島6-2-14-805", "営業三課", "L"],
                        ["2", "真壁 陽介", "マカベ ヨウスケ", "昭和63年11月2日", "埼玉県川口市芝新町9-3", "技術サービス課", "XL"],
                        ["3", "白鳥 あずさ", "シラトリ アズサ", "平成6年2月27日", "東京都足立区梅島3-11-8", "技術サービス課", "M"],
                        ["4", "鴨下 誠", "カモシタ マコト", "昭和55年8月30日", "千葉県船橋市夏見2-27-1", "品質保証部", "L"],
                        ["5", "四方田 玲奈", "ヨモダ レイナ", "平成3年12月5日", "東京都板橋区志村1-15-6", "設計部", "S"],
                        ["6", "桐生 隼人", "キリュウ ハヤト", "平成9年7月11日", "神奈川県川崎市中原区今井南町24-3", "設計部", "M"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six visitors with 和暦 dates of birth and home addresses, to an external customer",
    },
    {
        "id": "houmon-023",
        "sender": NOTO,
        "to": ["北斗パック 購買課 <kobai@hokuto-pack.co.jp>"],
        "subject": "2025年度下期 価格表の送付",
        "charset": "cp932",
        "body": """北斗パック株式会社
購買課 御中

平素は格別のお引き立てを賜り、誠にありがとうございます。
日の出産業の能登でございます。

10月出荷分より適用となる下期価格表をお送りいたします。
一部消耗品について、原材料高騰により改定させていただいております。
改定品目はシート「改定品目」にまとめておりますのでご確認ください。

次回ご訪問の際に改めてご説明させていただきます。
""" + SIG_NOTO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "価格表_2025下期_北斗パック様.xlsx",
                "sheets": {
                    "価格表": [
                        ["2025年度下期 価格表（2025年10月1日出荷分より適用）"],
                        ["品番", "品名", "単位", "標準価格", "貴社価格"],
                        ["HP-520", "自動包装機 HP-520", "台", 6800000, 6120000],
                        ["HP-FL40", "包装フィルム 40μ 400mm幅", "巻", 12800, 11200],
                        ["HP-FL30", "包装フィルム 30μ 300mm幅", "巻", 9600, 8400],
                        ["HP-HT2", "ヒーターユニット", "個", 48000, 43200],
                        ["SV-Y1", "年間保守契約（HP-520）", "年", 360000, 324000],
                    ],
                    "改定品目": [
                        ["品番", "旧価格", "新価格", "改定率"],
                        ["HP-FL40", 11800, 12800, "8.5%"],
                        ["HP-FL30", 8900, 9600, "7.9%"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price list with product codes and prices: ordinary business mail",
    },
    {
        "id": "houmon-024",
        "sender": KITO,
        "to": ["あおぞら税理士法人 担当 篠崎様 <shinozaki@aozora-zeirishi.jp>"],
        "subject": "紹介手数料の支払調書作成について（個人の紹介者分）",
        "charset": "iso-2022-jp",
        "body": """あおぞら税理士法人
篠崎様

いつもお世話になっております。日の出産業の鬼頭です。
営業案件のご紹介をいただいた個人の方への紹介手数料について、
支払調書の作成に必要な情報をご本人から頂戴しましたのでお送りします。

　氏名　　：能勢 孝之（のせ たかゆき）
　住所　　：神奈川県横浜市港北区日吉本町3-22-9
　個人番号：""" + g4(MN0) + """
　支払額　：330,000円（税込）／源泉徴収税額 33,690円
　支払日　：2025年6月30日

お手数ですが、ご対応のほどよろしくお願いいたします。
""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an individual's マイナンバー with name and address sent to an outside tax firm",
    },
    {
        "id": "houmon-025",
        "sender": TAKAHASHI,
        "to": ["二階堂 修 <nikaido@kitaguni-foods.co.jp>"],
        "cc": ["蔵本 千尋 <c-kuramoto@tsubasa-system.jp>", "水野 沙織 <s-mizuno@hinode-sangyo.co.jp>"],
        "subject": "システム連携のご説明：共同訪問の日程",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
購買部 二階堂様

（cc：ツバサシステム 蔵本様）

お世話になっております。日の出産業の高橋です。
先日お話のあった検査結果の自動記録について、連携部分を担当する
ツバサシステム様と一緒にご説明に伺いたいと考えております。

候補日：7月2日（水）午後／7月3日（木）午前
所要　：1時間程度（千歳工場の会議室をお借りできれば幸いです）

蔵本様、上記日程でご都合いかがでしょうか。
二階堂様のご都合と合わせて調整させてください。
""" + SIG_TAKAHASHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a normal three-way meeting mail: one customer and one partner in To/Cc (two external organisations)",
    },
    {
        "id": "houmon-026",
        "sender": OSUMI,
        "to": ["青葉運輸 東京営業所 配車係 <haisha-tokyo@aoba-unyu.co.jp>"],
        "subject": "Re: デモ機回収の件（東邦精密 相模原工場）",
        "charset": "utf-8",
        "body": """青葉運輸 配車係 ご担当者様

お世話になっております。日の出産業の大隅です。
東邦精密様 相模原工場からのデモ機回収の件、7/14（月）午後でお願いします。

現地のご担当は下記の方です。到着30分前に一報いただけると助かります。
　東邦精密株式会社 相模原工場 製造課　日向 拓也様
　携帯：090-5573-2184

搬出口は北側の第2シャッターです。
回収後は弊社川口倉庫への持ち込みでお願いいたします。
""" + SIG_OSUMI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one on-site contact's name and mobile given to the real partner carrier: one person, may be warned",
    },
    {
        "id": "houmon-027",
        "sender": IWAKI,
        "to": ["技術サービス課 <gijutsu-service@hinode-sangyo.co.jp>"],
        "cc": ["鬼頭 正人 <m-kito@hinode-sangyo.co.jp>"],
        "subject": "7/4 大和田工業 搬入の同行者変更のお願い",
        "charset": "iso-2022-jp",
        "body": """技術サービス課 各位

大阪営業所の岩城です。
7/4の大和田工業様へのデモ機搬入ですが、同行予定の真壁さんが
胃潰瘍で昨日から入院されたと伺いました（退院は来週末の見込み）。
代わりにどなたか同行をお願いできないでしょうか。

先方には車両入構申請を出していますので、
交代者が決まりましたら氏名と免許証番号を私まで連絡ください。
""" + SIG_IWAKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a colleague's hospitalisation mentioned, but all recipients are internal",
    },
    {
        "id": "houmon-028",
        "sender": KUBOTA,
        "to": ["鈴鹿 隆 <t-suzuka@chubu-kikai.co.jp>"],
        "subject": "見積明細の送付（検査装置2台）",
        "charset": "cp932",
        "body": """中部機械株式会社
製造部 鈴鹿様

お世話になっております。日の出産業の久保田です。
先日のご訪問時にお話しした検査装置2台分の見積明細をお送りします。
オプション別の金額はシート2に分けてあります。

ご確認をお願いいたします。
""" + SIG_KUBOTA,
        "attachments": [{"kind": "corrupt", "name": "見積明細_中部機械様.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt and cannot be inspected",
    },
    {
        "id": "houmon-029",
        "sender": MIZUNO,
        "to": ["二階堂 修 <nikaido@kitaguni-foods.co.jp>"],
        "subject": "【パスワード】先ほどお送りした資料について",
        "charset": "utf-8",
        "body": """北国フーズ株式会社
二階堂様

お世話になっております。日の出産業の水野です。
先ほどお送りした「導入スケジュール案.zip」のパスワードをお知らせします。

　パスワード：Kf#2025-0627

なお、次回からはオンラインストレージでの共有に切り替えさせていただく予定です。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MIZUNO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the follow-up mail carrying only a password, no attachment and no personal data",
    },
    {
        "id": "houmon-030",
        "sender": NOTO,
        "to": ["樋渡 浩之 <hiwatari@marutomo-shoji.co.jp>"],
        "subject": "御見積書（業務用計量器 20台）",
        "charset": "iso-2022-jp",
        "body": """丸友商事株式会社
樋渡様

お世話になっております。日の出産業の能登です。
業務用計量器20台の御見積書をお送りいたします。
PDFには閲覧用パスワードを設定しておりますので、
お電話でお伝えした番号をご入力ください。

よろしくお願いいたします。
""" + SIG_NOTO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "御見積書_丸友商事様_HW12x20.pdf",
                "password": "mrtm0702",
                "lines": ["御見積書", "丸友商事株式会社 御中", "業務用計量器 HW-12 ×20台"],
                "table": [["品番", "数量", "単価", "金額"], ["HW-12", "20", "68,000", "1,360,000"]],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF quotation cannot be inspected",
    },
    {
        "id": "houmon-031",
        "sender": OSUMI,
        "to": ["大隅 直樹 <n-osumi@hinode-sangyo.co.jp>"],
        "bcc": [
            "村越 達也 <t-murakoshi@toho-seimitsu.co.jp>",
            "野々宮 聡 <s-nonomiya@konan-kasei.co.jp>",
            "宮路 和也 <miyaji@owada-kogyo.co.jp>",
            "鈴鹿 隆 <t-suzuka@chubu-kikai.co.jp>",
            "北斗パック 購買課 <kobai@hokuto-pack.co.jp>",
            "二階堂 修 <nikaido@kitaguni-foods.co.jp>",
        ],
        "subject": "【ご案内】包装・検査機器 新製品説明会（オンライン）",
        "charset": "utf-8",
        "body": """お客様各位
（本メールはBCCにて失礼いたします）

平素より日の出産業をご愛顧いただき、誠にありがとうございます。
下記のとおり、新製品のオンライン説明会を開催いたします。

■日時：2025年7月23日（水）15:00～16:00
■形式：Zoomウェビナー（お申込みの方にURLをお送りします）
■内容：
　1. 卓上X線異物検出機 HX-300R のご紹介
　2. 自動包装機 HP-520 フィルム節約モードのご紹介
　3. 質疑応答

お申込みは本メールへのご返信、または担当営業までお知らせください。
ご参加を心よりお待ちしております。
""" + SIG_OSUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invitation to many customers correctly sent in Bcc; To is the sender himself",
    },
    {
        "id": "houmon-032",
        "sender": KAJIWARA,
        "to": [
            "そば処 玄 岡部様 <okabe.gen.soba@gmail.com>",
            "洋食キッチン ひまわり <himawari_kitchen88@yahoo.co.jp>",
            "中華 福来 店主様 <fukurai.tenshu@icloud.com>",
        ],
        "subject": "計量器・スライサー 実演会のご案内（福岡ショールーム）",
        "charset": "utf-8",
        "body": """いつもお世話になっております。日の出産業 福岡営業所の梶原です。
先日は店舗訪問の際にお時間をいただき、ありがとうございました。

皆様から「実際に動くところを見たい」とのお声をいただきましたので、
福岡ショールームで小さな実演会を開くことにしました。

　日時：7月7日（月）15:00～17:00（お店の中休みの時間帯にしました）
　場所：日の出産業 福岡ショールーム（博多駅筑紫口から徒歩5分）
　展示：業務用計量器 HW-12、スライサー HS-12、真空包装機 HV-30

ご都合がつきましたら、このメールにご返信ください。
駐車場は2台分ご用意しています。
""" + SIG_KAJIWARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three private restaurant owners on free mail in To can see each other: three parties, should be Bcc",
    },
    {
        "id": "houmon-033",
        "sender": TAKAHASHI,
        "to": ["宮路 和也 <miyaji@owada-kogyo.co.jp>"],
        "subject": "RE: 【大和田工業】窓口変更のご連絡",
        "charset": "iso-2022-jp",
        "body": """大和田工業株式会社
宮路様

ご丁寧にご連絡いただき、ありがとうございます。日の出産業の高橋です。
新しいご担当の皆様にも、近いうちにご挨拶に伺えればと存じます。
7月第2週あたりで、30分ほどお時間を頂戴できる日はございますでしょうか。

引き続きよろしくお願いいたします。
""" + SIG_TAKAHASHI + """

-----Original Message-----
From: 宮路 和也 <miyaji@owada-kogyo.co.jp>
Sent: Monday, June 16, 2025 10:12 AM
To: 高橋 健太 <k-takahashi@hinode-sangyo.co.jp>
Subject: 【大和田工業】窓口変更のご連絡

日の出産業 高橋様

いつもお世話になっております。大和田工業の宮路です。
7月1日付の組織変更により、貴社とのお取引窓口が下記のとおり変わります。

　設備購買：　戸塚 慎也　　直通 072-245-3310　totsuka@owada-kogyo.co.jp
　設備購買：　姫野 里香　　直通 072-245-3312　himeno@owada-kogyo.co.jp
　生産管理：　宮路 和也　　直通 072-245-3401　miyaji@owada-kogyo.co.jp
　品質保証：　鶴見 航　　　直通 072-245-3520　tsurumi@owada-kogyo.co.jp
　経理（請求書）：谷端 典子　直通 072-245-3105　tanibata@owada-kogyo.co.jp

今後ともよろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five new contacts appear only under -----Original Message----- from the recipient's own mail",
    },
    {
        "id": "houmon-034",
        "sender": IWAKI,
        "to": ["スカイゲート・グランドサービス 保安管理課 <hoan@skygate-ground.co.jp>"],
        "subject": "制限区域立入申請（7/22 手荷物検査場 機器デモ）",
        "charset": "utf-8",
        "body": """スカイゲート・グランドサービス株式会社
保安管理課 ご担当者様

お世話になっております。日の出産業 大阪営業所の岩城です。
7月22日の手荷物検査場での機器デモにつき、制限区域への立入申請をお願いいたします。
ご指示に従い、外国籍の同行者については在留カードの情報を記載しております。

■立入者1
　氏名：岩城 翔　／　生年月日：1991年3月14日　／　国籍：日本
■立入者2
　氏名：NGUYEN VAN MINH（グエン・ヴァン・ミン）
　生年月日：1994年9月8日　／　国籍：ベトナム
　在留カード番号：UH48372915EA　（有効期限 2027年9月7日）

写真データは別途、貴社ポータルよりアップロードいたします。
""" + SIG_IWAKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a residence card number (identity document) with date of birth, sent to an external site operator",
    },
    {
        "id": "houmon-035",
        "sender": TAKIZAWA,
        "to": ["たびプラス 法人営業部 <hojin@tabi-plus.co.jp>"],
        "subject": "新潟出張の宿泊先候補について",
        "charset": "cp932",
        "body": """株式会社たびプラス 法人営業部
ご担当者様

いつもお世話になっております。日の出産業の滝沢です。
7月後半に新潟の顧客訪問が続くため、宿泊先の候補を挙げました。
いずれも訪問先（新潟市東区）まで車で20分圏内です。
法人レートでの手配が可能かご確認をお願いいたします。

ホテル名                    住所                          電話
ホテルリバーサイド新潟      新潟県新潟市中央区万代5-11-2  025-245-3311
新潟ステーションイン        新潟県新潟市中央区花園1-2-9   025-241-0808
さくらホテル新潟            新潟県新潟市中央区弁天2-3-15  025-247-2200
ビジネスホテル東港          新潟県新潟市東区臨港町2-4-1   025-273-5566

人数・日程が確定しましたら、改めて正式にご依頼いたします。
""" + SIG_TAKIZAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of hotels with switchboard numbers: businesses, not people",
    },
    {
        "id": "houmon-036",
        "sender": FUJIMURA,
        "to": ["たびプラス 海外出張デスク <kaigai@tabi-plus.co.jp>"],
        "subject": "台湾出張 航空券手配のお願い（7/15-7/17）",
        "charset": "utf-8",
        "body": """株式会社たびプラス 海外出張デスク ご担当者様

お世話になっております。日の出産業 海外営業の藤村です。
7月の台湾（台中）顧客訪問について、航空券の手配をお願いいたします。

行程：7/15 羽田→松山（午前便希望）、7/17 桃園→成田（夕方便希望）

搭乗者情報（旅券記載どおり）
 1) TAKAHASHI KENTA
    生年月日 1989/04/23  旅券番号 TR8402716  有効期限 2031/02/10
 2) FUJIMURA KEN
    生年月日 1984/12/01  旅券番号 TK5519038  有効期限 2029/08/25

座席は通路側でお願いできれば幸いです。
""" + SIG_FUJIMURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "passport numbers with dates of birth of two travellers sent to an external travel agency",
    },
    {
        "id": "houmon-037",
        "sender": IGARASHI,
        "to": ["小松 由香里 <y-komatsu@shinano-medical.co.jp>"],
        "cc": ["堀 雅人 <m-hori@shinano-medical.co.jp>"],
        "subject": "6/19 お打合せ議事録の送付",
        "charset": "iso-2022-jp",
        "body": """信濃メディカル株式会社
小松様、堀様

お世話になっております。日の出産業の五十嵐です。
昨日のお打合せの議事録をお送りします。内容にお気づきの点があればご指摘ください。

-------------------------------------------------
日時：2025年6月19日（木）13:30～15:00
場所：信濃メディカル 松本工場 第1会議室
出席：（信濃メディカル様）小松様、堀様
　　　（日の出産業）五十嵐、真壁
-------------------------------------------------
1. 包装仕様
　・ブリスター包装後のピロー包装、1袋10シート
　・ライン速度は現行の1.3倍（60袋/分）を目標
2. デモ機検証
　・7/8に実機を持込み、御社フィルムで試運転
　・フィルムサンプルは御社より7/1までに発送
3. 宿題事項
　・日の出：フィルム節約モードの効果試算（6/27まで）
　・信濃メディカル様：クリーンルーム内の電源容量確認
-------------------------------------------------
""" + SIG_IGARASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting minutes naming attendees with no other data about them",
    },
    {
        "id": "houmon-038",
        "sender": NOTO,
        "to": ["米澤 拓海 <t-yonezawa@tsubasa-system.jp>"],
        "subject": "錦糸化工様の件（ご参考）",
        "charset": "iso-2022-jp",
        "body": """米澤さん

お世話になっております。能登です。
錦糸化工様の案件が止まっている件、理由がわかりましたので共有します。

先方の購買課長だった飯塚 康弘さんが、取引先からのリベートの件で
背任の疑いで先月逮捕され、その後懲戒解雇になったそうです。
社内で購買案件の総点検が入っていて、新規発注はしばらく凍結とのこと。

後任は購買部長の柘植さんが兼務されるようなので、
落ち着いた頃（9月頃）に改めてご挨拶に伺う方向で考えています。
""" + SIG_NOTO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named former customer contact's arrest (criminal record) told to a partner: 要配慮個人情報",
    },
    {
        "id": "houmon-039",
        "sender": KUBOTA,
        "to": ["鈴鹿 隆 <t-suzuka@chubu-kikai.co.jp>"],
        "subject": "Re: 検査データの保存方式について",
        "charset": "utf-8",
        "body": """鈴鹿様

お世話になっております。久保田です。
ご質問いただいた検査データの保存方式について回答いたします。

御社のように機密性の高い製品図面や検査画像を扱われる場合は、
クラウド保存ではなく、オンプレミスのNAS保存をお勧めしております。
HX-300 は標準で社内ネットワーク上のフォルダに直接保存できます。

また、先日お話のあった「社外秘扱いの図面をお預かりできるか」という点ですが、
弊社としてはお預かりせず、次回の訪問時に御社内で拝見する形を取らせてください。
必要であれば、その前に秘密保持契約を結ばせていただきます。
""" + SIG_KUBOTA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the words 機密 / 社外秘 / 秘密保持契約 appear in running text, but nothing is marked",
    },
    {
        "id": "houmon-040",
        "sender": MIZUNO,
        "to": ["米澤 拓海 <t-yonezawa@tsubasa-system.jp>"],
        "subject": "共同提案先 ご担当者一覧（CSV）",
        "charset": "utf-8",
        "body": """米澤さん

お疲れさまです。水野です。
下期の共同提案先について、先方ご担当者の一覧をCSVにしてZIPでお送りします。
御社のCRMに取り込む際の参考にしてください。
""" + SIG_MIZUNO,
        "attachments": [
            {
                "kind": "zip",
                "name": "共同提案先_担当者.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "tantousha_list.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["会社名", "部署", "氏名", "電話", "メール"],
                            ["東邦精密株式会社", "生産技術部", "村越 達也", "042-761-3302", "t-murakoshi@toho-seimitsu.co.jp"],
                            ["東邦精密株式会社", "製造課", "日向 拓也", "090-5573-2184", "t-hyuga@toho-seimitsu.co.jp"],
                            ["港南化成株式会社", "製造部", "野々宮 聡", "0299-92-4410", "s-nonomiya@konan-kasei.co.jp"],
                            ["港南化成株式会社", "品質管理課", "梁瀬 真由", "0299-92-4425", "m-yanase@konan-kasei.co.jp"],
                            ["北国フーズ株式会社", "購買部", "二階堂 修", "0123-27-1180", "nikaido@kitaguni-foods.co.jp"],
                            ["北国フーズ株式会社", "品質保証部", "早乙女 美樹", "090-4102-7735", "saotome@kitaguni-foods.co.jp"],
                            ["大和田工業株式会社", "生産管理部", "宮路 和也", "072-245-3401", "miyaji@owada-kogyo.co.jp"],
                            ["大和田工業株式会社", "設備購買", "戸塚 慎也", "072-245-3310", "totsuka@owada-kogyo.co.jp"],
                            ["中部機械株式会社", "製造部", "鈴鹿 隆", "0561-38-2207", "t-suzuka@chubu-kikai.co.jp"],
                            ["北斗パック株式会社", "購買課", "布施 和彦", "03-5690-4471", "fuse-k@hokuto-pack.co.jp"],
                            ["信濃メディカル株式会社", "開発部", "小松 由香里", "0263-58-6630", "y-komatsu@shinano-medical.co.jp"],
                            ["信濃メディカル株式会社", "総務部", "堀 雅人", "0263-58-6601", "m-hori@shinano-medical.co.jp"],
                        ],
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a ZIP (not encrypted) with a CSV of twelve customer contacts' phones and e-mails, to a partner",
    },
]

# ---------------------------------------------------------------- 041 – 060
MESSAGES += [
    {
        "id": "houmon-041",
        "sender": TAKAHASHI,
        "to": ["布施 和彦 <fuse-k@hokuto-pack.co.jp>"],
        "subject": "ご提案資料一式の送付（第2工場 包装ライン）",
        "charset": "iso-2022-jp",
        "body": """北斗パック株式会社
購買課 布施様

お世話になっております。日の出産業の高橋です。
本日はお時間をいただきありがとうございました。
ご説明した提案書と価格表を1つのZIPにまとめてお送りします。
（パスワードは設定しておりません）

　・提案書_第2工場包装ライン.pdf
　・価格表_HP-520関連.xlsx

ご検討のほど、よろしくお願いいたします。
""" + SIG_TAKAHASHI,
        "attachments": [
            {
                "kind": "zip",
                "name": "北斗パック様_ご提案一式.zip",
                "files": [
                    {
                        "kind": "pdf",
                        "name": "提案書_第2工場包装ライン.pdf",
                        "lines": [
                            "第2工場 包装ライン更新のご提案",
                            "北斗パック株式会社 御中　2025年6月",
                            "1. 現状の課題：フィルムロス率 4.8%、段取り替え 40分",
                            "2. ご提案：自動包装機 HP-520 ×2台、フィルム節約モード",
                            "3. 効果：フィルムロス率 2%以下、段取り替え 15分",
                            "4. 投資回収：約2.6年",
                        ],
                    },
                    {
                        "kind": "xlsx",
                        "name": "価格表_HP-520関連.xlsx",
                        "sheets": {"価格": [["品番", "品名", "価格"], ["HP-520", "自動包装機", 6120000], ["HP-FL40", "フィルム", 11200]]},
                    },
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an unencrypted ZIP of a proposal PDF and a price list: readable, no personal data",
    },
    {
        "id": "houmon-042",
        "sender": NOTO,
        "to": [
            "樋渡 浩之 <hiwatari@marutomo-shoji.co.jp>",
            "布施 和彦 <fuse-k@hokuto-pack.co.jp>",
            "吉良 智之 <kira.t@kawasaki-denki.co.jp>",
            "鈴鹿 隆 <t-suzuka@chubu-kikai.co.jp>",
        ],
        "subject": "担当営業変更のご挨拶",
        "charset": "cp932",
        "body": """お取引先各位

拝啓　盛夏の候、貴社ますますご清栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、このたび弊社営業二部の体制変更に伴い、
7月1日より貴社の担当を下記の者が務めることとなりました。

　新担当　葛城 俊介（営業二部）　直通 03-6700-1277
　旧担当　水野 沙織（営業推進グループへ異動）

後日あらためて葛城がご挨拶に伺います。
今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。
敬具
""" + SIG_NOTO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "personal_data"],
        "note": "a change-of-rep notice to four customer companies all in To: should have been Bcc",
    },
    {
        "id": "houmon-043",
        "sender": IGARASHI,
        "to": ["小松 由香里 <y-komatsu@shinano-medical.co.jp>", "堀 雅人 <m-hori@shinano-medical.co.jp>"],
        "cc": [
            "上条 浩 <h-kamijo@shinano-medical.co.jp>",
            "穂高 玲子 <r-hotaka@shinano-medical.co.jp>",
            "浅間 一樹 <k-asama@shinano-medical.co.jp>",
            "信濃メディカル 生産技術G <seigi@shinano-medical.co.jp>",
            "真壁 陽介 <y-makabe@hinode-sangyo.co.jp>",
        ],
        "subject": "RE: 7/8 デモ機持込みの件（全員返信）",
        "charset": "utf-8",
        "body": """皆様

日の出産業の五十嵐です。全員返信にて失礼いたします。
7/8のデモ機持込みについて、以下のとおり確定とさせていただきます。

・搬入：7/8 8:30 北側搬入口（2tトラック1台）
・試運転：10:00～15:00（御社フィルム3種で各30分）
・撤収：15:30～16:30

上条様からご依頼のあった、試運転時の消費電力の記録も対応いたします。
当日はどうぞよろしくお願いいたします。
""" + SIG_IGARASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "six external addresses in To/Cc, but all of one customer organisation: not a Bcc case",
    },
    {
        "id": "houmon-044",
        "sender": KITO,
        "to": ["布施 和彦 <fuse-k@hokuto-pack.co.jp>"],
        "subject": "ご提案資料（改訂版）",
        "charset": "iso-2022-jp",
        "body": """北斗パック株式会社
布施様

お世話になっております。日の出産業の鬼頭です。
先日の打合せでのご意見を反映したご提案資料をお送りします。
価格面につきましては、私の判断でできる限り勉強させていただきました。

ご検討のほどよろしくお願い申し上げます。
""" + SIG_KITO,
        "attachments": [
            {
                "kind": "pptx",
                "name": "北斗パック様_提案書_v3.pptx",
                "title": "北斗パック様 提案書 v3（社外秘）",
                "page_footer": "社外秘　日の出産業株式会社　営業一部",
                "slides": [
                    ["【社外秘】北斗パック様 第2工場 提案方針", "作成：営業一部 鬼頭", "社内検討用・持出し禁止"],
                    ["価格戦略", "標準価格から22%値引き（部長決裁）", "競合B社の提示価格は約590万円", "粗利率は18%を下限とする"],
                    ["提案構成", "HP-520 ×2台 + 保守3年パック", "フィルム節約モードを前面に"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached deck is stamped 社外秘 (title slide and footer on every slide) and goes to a customer",
    },
    {
        "id": "houmon-045",
        "sender": OSUMI,
        "to": ["野々宮 聡 <s-nonomiya@konan-kasei.co.jp>"],
        "subject": "デモ機設置スケジュール（鹿島工場）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:sans-serif">
<p>港南化成株式会社<br>製造部 野々宮様</p>
<p>お世話になっております。日の出産業の大隅です。<br>
鹿島工場でのデモ機設置スケジュールを下表のとおりご案内いたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>日付</th><th>作業</th><th>機種</th><th>場所</th><th>所要</th></tr>
<tr><td>6/16（月）</td><td>搬入・開梱</td><td>HX-300</td><td>第1包装室</td><td>2h</td></tr>
<tr><td>6/16（月）</td><td>据付・調整</td><td>HX-300</td><td>第1包装室</td><td>3h</td></tr>
<tr><td>6/17（火）</td><td>テストピース検証</td><td>HX-300</td><td>第1包装室</td><td>半日</td></tr>
<tr><td>6/18（水）</td><td>実品テスト・ご説明</td><td>HX-300</td><td>第1包装室</td><td>終日</td></tr>
<tr><td>7/11（金）</td><td>撤去・回収</td><td>HX-300</td><td>北側搬出口</td><td>2h</td></tr>
</table>
<p>電源は単相200V、15Aを1口ご用意いただけますようお願いいたします。</p>
<p>--<br>日の出産業株式会社 営業推進グループ<br>大隅 直樹<br>TEL 03-6700-1240</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only mail with a table of dates and machines: no people in it",
    },
    {
        "id": "houmon-046",
        "sender": KAJIWARA,
        "to": ["丸友商事 福岡支店 古閑様 <koga@marutomo-shoji.co.jp>"],
        "subject": "7月 同行訪問先（飲食店オーナー様）のご共有",
        "charset": "utf-8",
        "html": """<html><body>
<p>丸友商事株式会社 福岡支店<br>古閑様</p>
<p>いつもお世話になっております。日の出産業 福岡営業所の梶原です。<br>
7月の同行訪問先として、計量器の入替をご検討中のオーナー様を整理しました。<br>
皆様個人経営のお店で、ご連絡はオーナー様の携帯に直接お願いします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>店名</th><th>オーナー</th><th>携帯</th><th>ご住所（店舗兼自宅）</th><th>メモ</th></tr></thead>
<tbody>
<tr><td>そば処 玄</td><td>岡部 玄太</td><td>090-3381-6624</td><td>福岡県福岡市中央区薬院2-9-14</td><td>午後2-4時なら可</td></tr>
<tr><td>洋食キッチン ひまわり</td><td>日廻 由美子</td><td>080-5529-1043</td><td>福岡県福岡市南区大橋3-4-22</td><td>月曜定休</td></tr>
<tr><td>中華 福来</td><td>陳 福来</td><td>090-7714-2286</td><td>福岡県福岡市博多区住吉4-1-8</td><td>奥様が経理担当</td></tr>
<tr><td>鮨 しおさい</td><td>潮崎 剛</td><td>090-4460-9172</td><td>福岡県糸島市前原中央2-6-3</td><td>夜営業のみ</td></tr>
<tr><td>パン工房 こむぎ</td><td>小麦田 楓</td><td>070-6638-2215</td><td>福岡県春日市春日公園5-12</td><td>早朝がよい</td></tr>
<tr><td>居酒屋 かぼす</td><td>樺島 健一</td><td>080-2247-5538</td><td>福岡県大野城市白木原1-15-7</td><td>デモ希望</td></tr>
</tbody></table>
<p>日程案は追ってお送りします。</p>
<p>日の出産業株式会社 福岡営業所　梶原 大輔<br>TEL 092-400-6612</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML table of six private owners' names, mobiles and home addresses sent to a distributor",
    },
    {
        "id": "houmon-047",
        "sender": TAKAHASHI,
        "to": ["二階堂 修 <nikaido@kitaguni-foods.co.jp>"],
        "subject": "北国フーズ様 ご担当体制の変更について",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
購買部 二階堂様

いつもお世話になっております。日の出産業の高橋です。
8月より、弊社の北海道エリア体制が変わりますのでお知らせいたします。

【変更前】
　営業：水野 沙織　03-6700-1251　s-mizuno@hinode-sangyo.co.jp
　技術：真壁 陽介　03-6700-1330　y-makabe@hinode-sangyo.co.jp
【変更後】
　営業：高橋 健太（私）　※引き続きよろしくお願いいたします
　営業：札幌駐在 汐見 貴之　011-200-5518　t-shiomi@hinode-sangyo.co.jp
　技術：札幌駐在 漆原 光　011-200-5520　h-urushibara@hinode-sangyo.co.jp

札幌駐在の2名で、千歳工場へのご訪問頻度を上げられる体制となります。
""" + SIG_TAKAHASHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four staff members' business phone and e-mail (plus the sender): under five records, may be warned",
    },
    {
        "id": "houmon-048",
        "sender": MIZUNO,
        "to": ["蔵本 千尋 <c-kuramoto@tsubasa-system.jp>"],
        "subject": "北斗パック様 共同見積の前提条件",
        "charset": "utf-8",
        "body": """■□■ 取扱注意 ■□■
本メールは日の出産業の仕切価格を含みます。

蔵本さん

お疲れさまです。水野です。
北斗パック様の共同見積について、弊社分の前提条件をお送りします。

　HP-520 仕切価格　：4,760,000円／台（標準価格比 70%）
　保守パック（3年）：720,000円（御社への紹介料 10%込み）
　最終値引き余地　　：あと3%までは課長決裁で可能

御社のシステム連携費と合わせて、総額で1,600万円を切るのが目標です。
見積書のまとめは御社でお願いできますでしょうか。
""" + SIG_MIZUNO,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is marked 取扱注意 (internal pricing) and goes to a partner",
    },
    {
        "id": "houmon-049",
        "sender": TAKIZAWA,
        "to": ["布施 和彦 <fuse-k@hokuto-pack.co.jp>"],
        "subject": "注文請書送付のご案内（PO-HP-25-0388）",
        "charset": "cp932",
        "body": """北斗パック株式会社
購買課 布施様

いつもお世話になっております。日の出産業 営業業務課の滝沢です。
ご注文いただきました下記につきまして、注文請書をお送りいたします。

　貴社注文番号：PO-HP-25-0388
　弊社受注番号：SO-2507-01163

　品番　　　　JANコード　　　　数量　　納期
　HP-FL40　　4571234560012　　　40巻　　7/10
　HP-FL30　　4571234560029　　　25巻　　7/10
　HP-HT2　　 4571234560036　　　 2個　　7/17

HP-HT2は受注生産品のため、ロット番号（LT2507-118）でのお届けとなります。
""" + SIG_TAKIZAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order numbers, JAN codes and lot numbers: long digit strings that are not personal data",
    },
    {
        "id": "houmon-050",
        "sender": TAKAHASHI,
        "to": ["米澤 拓海 <t-yonezawa@tsubasa-system.jp>"],
        "subject": "東邦精密様 訪問メモの共有",
        "charset": "iso-2022-jp",
        "body": """米澤さん

お疲れさまです。高橋です。
本日の東邦精密様訪問の内容を、両社で締結済みの秘密保持契約の範囲で共有します。

・対応者：村越課長（生産技術部）
・相模原工場の2ラインで検査結果のトレーサビリティが求められている
・既存のMES（他社製）とはCSV連携で可、API連携なら尚よし
・予算感：機器とシステム合わせて1,200万円前後
・スケジュール：9月に稟議、12月稼働が希望

次回は8月上旬、米澤さんにもご同席いただきたいと村越課長からのご要望です。
候補日を後ほどお送りします。
""" + SIG_TAKAHASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "visit memo to the real partner mentioning the NDA; no marking and no personal data",
    },
    {
        "id": "houmon-051",
        "sender": IWAKI,
        "to": ["宮路 和也 <miyaji@owada-kogyo.co.jp>"],
        "subject": "既設機更新のご提案時期について",
        "charset": "iso-2022-jp",
        "body": """大和田工業株式会社
生産管理部 宮路様

お世話になっております。日の出産業の岩城です。
先日の訪問で拝見した既設の包装機について、確認結果をお知らせします。

・1号機：平成２９年３月導入（HP-400）　主要部品の供給は令和８年３月まで
・2号機：平成３０年１１月導入（HP-400）　同上
・3号機：令和２年６月導入（HP-450）　令和１２年まで供給予定

部品供給の終了を見据えると、令和７年度下期に1・2号機の更新計画を
お立ていただくのがよいかと存じます。来月、概算をお持ちしてご説明に伺います。
""" + SIG_IWAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "和暦 dates of machine installations, not dates of birth",
    },
    {
        "id": "houmon-052",
        "sender": TAKIZAWA,
        "to": ["錦印刷 営業部 大江様 <ooe@nishiki-insatu.co.jp>"],
        "subject": "訪問用カタログ増刷のお願い",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
営業部 大江様

いつもお世話になっております。日の出産業の滝沢です。
営業の訪問用カタログが残り少なくなってきたため、増刷をお願いいたします。

　品名：総合カタログ2025（A4・32P）　3,000部
　　　　HX-300 リーフレット（A4・4P）　2,000部
　納品：7月10日まで、弊社本社（日本橋）へ

前回と同じ仕様で結構です。お見積りをいただけますでしょうか。
""" + SIG_TAKIZAWA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatu.co.jp drops an 's' from the partner domain nishiki-insatsu.co.jp: look-alike",
    },
    {
        "id": "houmon-053",
        "sender": KAJIWARA,
        "to": ["岡部 玄太 <genta-okabe@docomo.ne.jp>"],
        "subject": "明日のご訪問",
        "charset": "iso-2022-jp",
        "body": """岡部様

日の出産業の梶原です。
明日（7/2）14時にお店にお伺いします。
計量器のデモ機を1台お持ちしますので、裏口から搬入させてください。
30分ほどで失礼いたします。

梶原
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "short visit confirmation to one private customer on a carrier address",
    },
    {
        "id": "houmon-054",
        "sender": KUBOTA,
        "to": ["鈴鹿 隆 <t-suzuka@chubu-kikai.co.jp>"],
        "cc": ["坂巻 浩一 <k-sakamaki@hinode-sanygo.co.jp>"],
        "subject": "デモ日程確定のご連絡",
        "charset": "utf-8",
        "body": """鈴鹿様
（cc：弊社技術 坂巻）

お世話になっております。久保田です。
デモの日程ですが、7月15日（火）10時からで確定とさせていただきます。
当日は技術の坂巻も同行いたします。

坂巻さん、機材の準備をお願いします。
""" + SIG_KUBOTA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "the colleague in Cc is at hinode-sanygo.co.jp, a letter swap of the internal domain",
    },
    {
        "id": "houmon-055",
        "sender": TAKAHASHI,
        "to": ["汐見 貴之 <t-shiomi@mail.hinode-sangyo.co.jp>"],
        "subject": "FW: 千歳工場 ご出席者（デモ）",
        "charset": "utf-8",
        "body": """汐見さん

お疲れさまです。高橋です。
引継ぎ用に、北国フーズ様のデモ出席者リストを転送します。
8月以降の訪問時の参考にしてください。

---------- Forwarded message ---------
From: 水野 沙織 <s-mizuno@hinode-sangyo.co.jp>
Date: 2025年6月13日
Subject: 千歳工場 ご出席者（デモ）

北国フーズ様のデモ（6/24）出席者です。

　早乙女 美樹 / 品質保証部 / 090-4102-7735 / saotome@kitaguni-foods.co.jp
　大須賀 亮介 / 製造一課 / 080-2290-6618 / osuga@kitaguni-foods.co.jp
　細貝 みのり / 製造一課 / 070-5531-0924 / hosogai@kitaguni-foods.co.jp
　郷田 鉄平 / 設備保全課 / 090-8817-2253 / goda@kitaguni-foods.co.jp
　二階堂 修 / 購買部 / 080-3346-9170 / nikaido@kitaguni-foods.co.jp
""" + SIG_TAKAHASHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "forward of a five-person list to a colleague on an internal subdomain: all recipients internal",
    },
    {
        "id": "houmon-056",
        "sender": TAKAHASHI,
        "to": ["蔵本 千尋 <c-kuramoto@tsubasa-system.jp>"],
        "subject": "FW: 【東邦精密】相模原工場 ご担当者変更のお知らせ",
        "charset": "iso-2022-jp",
        "body": """蔵本さん

お疲れさまです。高橋です。
東邦精密様から担当者変更の連絡が来ましたので、参考までに転送します。
8月の訪問は新体制の方々になります。

-----Original Message-----
From: 村越 達也 <t-murakoshi@toho-seimitsu.co.jp>
Sent: Tuesday, July 1, 2025 9:05 AM
To: 高橋 健太 <k-takahashi@hinode-sangyo.co.jp>
Subject: 【東邦精密】相模原工場 ご担当者変更のお知らせ

日の出産業 高橋様

7月1日付の人事異動により、相模原工場の窓口が下記のとおり変更となりました。

■生産技術部 課長　　村越 達也　TEL 042-761-3302　t-murakoshi@toho-seimitsu.co.jp
■生産技術部 係長　　布引 和真　TEL 042-761-3318　k-nunobiki@toho-seimitsu.co.jp
■製造課 主任　　　　日向 拓也　携帯 090-5573-2184　t-hyuga@toho-seimitsu.co.jp
■品質保証課　　　　 千草 真央　TEL 042-761-3350　m-chigusa@toho-seimitsu.co.jp
■資材課　　　　　　 粟津 圭　　TEL 042-761-3207　k-awazu@toho-seimitsu.co.jp

引き続きよろしくお願いいたします。
""" + SIG_TAKAHASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a forward (FW) of the customer's five-contact list to a third party: new text for the partner",
    },
    {
        "id": "houmon-057",
        "sender": IGARASHI,
        "to": ["米澤 拓海 <t-yonezawa@tsubasa-system.jp>"],
        "subject": "訪問報告書（信濃メディカル様 6/19）",
        "charset": "utf-8",
        "body": """米澤さん

お世話になっております。五十嵐です。
信濃メディカル様の訪問報告書を添付します。
システム連携まわりのご要望は「3. 先方要望」にまとめています。
""" + SIG_IGARASHI,
        "attachments": [
            {
                "kind": "docx",
                "name": "訪問報告書_信濃メディカル_20250619.docx",
                "paragraphs": [
                    "訪問報告書",
                    "訪問日：2025年6月19日　訪問先：信濃メディカル株式会社 松本工場",
                    "1. 目的：包装ライン増速のご提案、デモ機検証の段取り確認",
                    "2. 現状：ブリスター後のピロー包装が律速。現行45袋/分",
                    "3. 先方要望：包装実績（ロット・時刻・重量）を生産管理システムへ自動送信したい。形式はCSVで可",
                    "4. 次回：7/8 デモ機持込み。ツバサシステム様にも連携仕様の説明をお願いしたい",
                ],
                "tables": [
                    [
                        ["項目", "現状", "目標"],
                        ["包装速度", "45袋/分", "60袋/分"],
                        ["フィルムロス", "5.2%", "2.5%"],
                        ["段取り替え", "35分", "15分"],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "visit report DOCX with requirements and figures, no personal data, to a partner",
    },
    {
        "id": "houmon-058",
        "sender": FUJIMURA,
        "to": ["さくらホテル東京 宴会予約 <banquet-tokyo@sakura-hotel.jp>"],
        "subject": "会食のご予約とお料理のご相談（7/29）",
        "charset": "utf-8",
        "body": """さくらホテル東京
宴会予約ご担当者様

お世話になっております。日の出産業 海外営業の藤村です。
7月29日（火）19時から、個室で6名の会食を予約させていただきたく存じます。

マレーシアからお越しになるお客様、アフマド・ビン・ユソフ様（Lionpack社 社長）は
イスラム教徒でいらっしゃるため、ハラール対応のお料理をお願いできますでしょうか。
アルコールはお出しせず、お飲み物はソフトドリンクでお願いします。
また、会食の前後にお祈りのできるお部屋をお借りできれば大変助かります。

その他の5名（弊社社員）は通常のコースで結構です。
""" + SIG_FUJIMURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guest's religion (イスラム教徒) sent to a hotel: 要配慮個人情報 of one person",
    },
    {
        "id": "houmon-059",
        "sender": OSUMI,
        "to": ["野々宮 聡 <s-nonomiya@konan-kasei.co.jp>"],
        "subject": "Re: 7/11 デモ機回収のドライバーについて",
        "charset": "cp932",
        "body": """野々宮様

お世話になっております。大隅です。
7/11の回収に伺うドライバーが決まりましたのでお知らせします。
当日、守衛所から連絡が必要な場合は直接ご連絡いただいて構いません。

　青葉運輸株式会社　ドライバー：茂木 大地さん
　携帯：080-4457-2019
　車両：つくば 100 は 33-08（2t・パワーゲート付）

到着は13時頃の予定です。
""" + SIG_OSUMI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one driver's name and mobile passed to the customer: one person, may be warned",
    },
    {
        "id": "houmon-060",
        "sender": NOTO,
        "to": ["蔵本 千尋 <c-kuramoto@tsubasa-system.jp>", "米澤 拓海 <t-yonezawa@tsubasa-system.jp>"],
        "subject": "7月 共同訪問予定表",
        "charset": "utf-8",
        "body": """蔵本さん、米澤さん

お世話になっております。能登です。
7月の共同訪問予定を一覧にしました。御社の同行者欄を埋めてお戻しください。
""" + SIG_NOTO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "共同訪問予定表_2025年7月.xlsx",
                "sheets": {
                    "7月": [
                        ["2025年7月 共同訪問予定（日の出産業・ツバサシステム）"],
                        ["日付", "訪問先", "訪問先所在地", "目的", "日の出担当", "ツバサ同行者"],
                        ["7/2", "北国フーズ株式会社 千歳工場", "北海道千歳市泉沢1007-61", "連携仕様説明", "高橋", ""],
                        ["7/8", "信濃メディカル株式会社 松本工場", "長野県松本市和田4010-12", "デモ・連携要件", "五十嵐", ""],
                        ["7/15", "中部機械株式会社 本社工場", "愛知県尾張旭市晴丘町池上1-3", "デモ", "久保田", ""],
                        ["7/24", "東邦精密株式会社 相模原工場", "神奈川県相模原市中央区田名3-8-2", "提案", "高橋", ""],
                        ["7/30", "北斗パック株式会社 第2工場", "埼玉県八潮市大瀬6-3-1", "見積説明", "能登", ""],
                    ],
                    "メモ": [["移動はすべて弊社社用車またはレンタカー"], ["宿泊が必要な場合は各社手配"]],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "schedule of visits to companies' plants (business addresses) with staff surnames only",
    },
]

# ---------------------------------------------------------------- 061 – 080
MESSAGES += [
    {
        "id": "houmon-061",
        "sender": MIZUNO,
        "to": ["早乙女 美樹 <saotome@kitaguni-foods.co.jp>"],
        "subject": "オンライン商談のURL（7/3 10:00）",
        "charset": "utf-8",
        "body": """早乙女様

お世話になっております。水野です。
7/3（木）10:00からのオンライン商談の接続先をお送りします。

　Zoomミーティング
　https://zoom.us/j/83402175569?pwd=Qk1vRWt3bU5hY2x4
　ミーティングID：834 0217 5569
　パスコード：419203

電話で参加される場合：+81 3 4578 1488（東京）
当日は画面共有でX線画像のサンプルをご覧いただく予定です。
""" + SIG_MIZUNO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "web meeting ID, passcode and dial-in number: digits that are not personal data",
    },
    {
        "id": "houmon-062",
        "sender": KITO,
        "to": ["みどり銀行 総務部 営業店設備課 <eigyoten-setsubi@midori-ginko.co.jp>"],
        "subject": "硬貨計数機のデモご訪問および保守料のお振込について",
        "charset": "iso-2022-jp",
        "body": """株式会社みどり銀行
総務部 営業店設備課 御中

平素は格別のお引き立てを賜り、誠にありがとうございます。
日の出産業の鬼頭でございます。

1. デモのご訪問
　新型硬貨計数機のデモにつき、7月17日（木）15時以降に
　本店営業部様へお伺いいたします（店舗の営業終了後を想定）。

2. 保守料のお振込先
　先般ご依頼のありました年間保守料（請求書番号 INV-2506-0412）の
　お振込先は下記のとおりです。
　　みどり銀行 日本橋支店　普通預金　1234567
　　口座名義　ヒノデサンギョウ（カ

ご不明な点がございましたらお申し付けください。
""" + SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the company's own bank account for an invoice and a visit date: business data, not personal",
    },
    {
        "id": "houmon-063",
        "sender": KAJIWARA,
        "to": ["日廻 由美子 <himawari_kitchen88@yahoo.co.jp>"],
        "subject": "Re: 設置日のご確認",
        "charset": "utf-8",
        "body": """日廻様

ご返信ありがとうございます。日の出産業の梶原です。
設置日は7月9日（水）10時で承知しました。

念のため、設置先のご住所を確認させてください。
　福岡県福岡市南区大橋3-4-22（洋食キッチン ひまわり様 店舗）
お電話は前回いただいたお店の番号にご連絡いたします。

当日は作業員2名で伺い、旧機の引取りもその場で行います。
""" + SIG_KAJIWARA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient; the only address is the recipient's own shop, confirmed back to her",
    },
    {
        "id": "houmon-064",
        "sender": IGARASHI,
        "to": ["北国フーズ 品質保証部 <qa@kitaguni-foods.co.jp>"],
        "cc": ["早乙女 美樹 <saotome@kitaguni-foods.co.jp>"],
        "subject": "製造エリア立入に係る検便結果の提出",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
品質保証部 御中

お世話になっております。日の出産業の五十嵐です。
6/24 千歳工場の製造エリアでのデモに先立ち、ご指示いただいた
腸内細菌検査（検便）の結果を下記のとおりご報告いたします。

　氏名　　　　検査日　　　 赤痢菌　サルモネラ　O157
　五十嵐 亮　 6月13日　　 陰性　　陰性　　　　陰性
　真壁 陽介　 6月13日　　 陰性　　陰性　　　　陰性
　白鳥 あずさ 6月12日　　 陰性　　陰性　　　　陰性

検査機関の成績書（写し）は当日持参いたします。
""" + SIG_IGARASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named people's medical test results sent to a customer: health data is 要配慮個人情報 even when negative",
    },
    {
        "id": "houmon-065",
        "sender": TAKAHASHI,
        "to": ["布施 和彦 <fuse-k@hokuto-pack.co.jp>"],
        "subject": "消耗品 年間見積明細（旧Excel形式）",
        "charset": "cp932",
        "body": """北斗パック株式会社
布施様

お世話になっております。高橋です。
御社の購買システムに取り込めるよう、旧形式（.xls）で見積明細をお送りします。

ご確認よろしくお願いいたします。
""" + SIG_TAKAHASHI,
        "attachments": [
            {
                "kind": "xls",
                "name": "見積明細_消耗品年間_Q-250701-02.xls",
                "sheets": {
                    "明細": [
                        ["見積番号", "Q-250701-02"],
                        ["品番", "品名", "年間数量", "単価", "金額"],
                        ["HP-FL40", "包装フィルム 40μ", 480, 11200, 5376000],
                        ["HP-FL30", "包装フィルム 30μ", 300, 8400, 2520000],
                        ["HP-CT1", "カッター刃", 24, 6500, 156000],
                        ["HP-HT2", "ヒーターユニット", 4, 43200, 172800],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS quotation details: product codes and amounts only",
    },
    {
        "id": "houmon-066",
        "sender": OSUMI,
        "to": ["第一建設 八潮工場新築工事 作業所 <yashio-site@daiichi-kensetsu.co.jp>"],
        "subject": "新規入場者の作業員名簿提出（7/28 検査装置据付）",
        "charset": "utf-8",
        "body": """第一建設株式会社
八潮工場新築工事作業所 御中

お世話になっております。日の出産業の大隅です。
北斗パック様 第2工場への検査装置据付に伴い、
新規入場者の作業員名簿（抜粋）をお送りいたします。

【1】真壁 陽介（マカベ ヨウスケ）
　生年月日　　：1988年11月2日
　健康保険　　：協会けんぽ　記号 12040518　番号 27
　基礎年金番号：4209-617835
　雇入年月日　：2011年4月1日

【2】白鳥 あずさ（シラトリ アズサ）
　生年月日　　：1994年2月27日
　健康保険　　：協会けんぽ　記号 12040518　番号 142
　基礎年金番号：4217-330926
　雇入年月日　：2016年4月1日

送り出し教育は7/25に実施済みです。
""" + SIG_OSUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "health insurance 記号・番号 and basic pension numbers of two workers sent to a general contractor",
    },
    {
        "id": "houmon-067",
        "sender": IGARASHI,
        "to": ["堀 雅人 <m-hori@shinano-medical.co.jp>"],
        "subject": "Re: 見学者名簿の様式について",
        "charset": "utf-8",
        "body": """堀様

お世話になっております。五十嵐です。
見学者名簿の件、ご配慮いただきありがとうございます。

個人情報保護の観点から、今回は事前に名簿データをお送りせず、
当日受付にて紙の入館票にご記入させていただく形で承知いたしました。
人数は弊社5名、当日9:30に正面受付へ伺います。

身分証の提示が必要でしたら、社員証を持参いたします。
""" + SIG_IGARASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about personal-data handling (個人情報保護, 名簿, 身分証) that carries none",
    },
    {
        "id": "houmon-068",
        "sender": IWAKI,
        "to": ["宮路 和也 <miyaji@owada-kogyo.co.jp>"],
        "subject": "7/4 ご訪問時のお願い",
        "charset": "iso-2022-jp",
        "body": """宮路様

お世話になっております。岩城です。
7/4のご訪問について一点お願いがございます。

同行する弊社の鬼頭が先週末に足首を骨折し、現在松葉杖を使用しております。
大変恐縮ですが、当日は事務棟の車寄せまで車で入らせていただくことと、
2階会議室へのエレベーターのご利用をお許しいただけますでしょうか。

ご配慮いただけますと幸いです。
""" + SIG_IWAKI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named colleague's injury (骨折) told to a customer for access help: health data or plain logistics, arguable",
    },
    {
        "id": "houmon-069",
        "sender": FUJIMURA,
        "to": ["Tan Wei Ming <weiming.tan@lionpack.com.sg>"],
        "subject": "Re: Demo unit for Jurong plant",
        "charset": "utf-8",
        "body": """Dear Wei Ming,

Thank you for the quick reply. Understood - we will ship the HX-300
demo unit to the Jurong plant so that it arrives by 4 August, and our
engineer will be on site on 5-6 August for installation and training.

I will send the commercial invoice (for customs only, no charge) separately.
""" + SIG_FUJIMURA + "\n" + DISCLAIMER_EN + """

On Tue, 8 Jul 2025 at 11:02, Tan Wei Ming <weiming.tan@lionpack.com.sg> wrote:
> Dear Ken,
>
> Our plant manager would like the demo in early August. Please contact
> Mr. Rajesh Kumar (mobile +65 9123 4471, rajesh.k@lionpack.com.sg) for
> delivery, and Ms. Lim Hui Shan (+65 8765 2210) for the training slots.
>
> Best regards,
> Wei Ming
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply with a disclaimer; the customer's contacts appear only in quoted text",
    },
    {
        "id": "houmon-070",
        "sender": MIZUNO,
        "to": ["水野 沙織 <s-mizuno@hinode-sangyo.co.jp>"],
        "bcc": [
            "n-yamabe@yamabe-seika.co.jp",
            "m.yagi@maruhachi-suisan.jp",
            "komorebi-k@komorebi-foods.jp",
            "a.shinonome@shinonome-delica.co.jp",
            "minatogawa@minato-souzai.co.jp",
            "y-fujimoto@fuji-nyugyo.co.jp",
            "nanako.komori@komori-bakery.com",
            "a-hokuto@hokuto-seimen.co.jp",
        ],
        "subject": "FOOMA JAPAN 2025 ご来場の御礼",
        "charset": "utf-8",
        "body": """（本メールはBCCにてお送りしております）

FOOMA JAPAN 2025 にて弊社ブースへお立ち寄りいただいた皆様

先日はご多用の中、弊社ブースにお立ち寄りいただき誠にありがとうございました。
展示しておりました卓上X線異物検出機「HX-300R」の資料を下記よりご覧いただけます。

　https://www.hinode-sangyo.co.jp/products/hx-300r/

実機でのサンプルテストや、御社へのデモ機お持ち込みも承っております。
ご希望の際は、本メールにご返信いただくか、担当営業までお申し付けください。
""" + SIG_MIZUNO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you mail to many trade-show visitors, correctly in Bcc",
    },
    {
        "id": "houmon-071",
        "sender": OSUMI,
        "to": ["鈴鹿 隆 <t-suzuka@chubu-kikai.co.jp>"],
        "cc": ["青葉運輸 名古屋営業所 <nagoya@aoba-unyu.co.jp>", "久保田 恵 <m-kubota@hinode-sangyo.co.jp>"],
        "subject": "7/14 デモ機搬入の段取り（青葉運輸様cc）",
        "charset": "iso-2022-jp",
        "body": """中部機械株式会社 鈴鹿様
（cc：青葉運輸 名古屋営業所様）

お世話になっております。日の出産業の大隅です。
7/14のデモ機搬入について、運送をお願いしている青葉運輸様にもccで共有いたします。

・搬入日時：7/14（月）9:00～10:00
・搬入口：本社工場 東門（4t車は進入不可のため2t車で伺います）
・荷受けのご担当：製造部 鈴鹿様（携帯 090-2218-6637）

青葉運輸様、到着前に鈴鹿様の携帯へ一報をお願いいたします。
""" + SIG_OSUMI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["multiple_external_domains", "personal_data"],
        "note": "customer and carrier (two external organisations) plus one person's mobile: a normal three-way mail",
    },
    {
        "id": "houmon-072",
        "sender": TAKAHASHI,
        "to": ["米澤 拓海 <t-yonezawa@tsubasa-system.jp>"],
        "subject": "北国フーズ様 連携打合せの先方出席者",
        "charset": "utf-8",
        "body": """米澤さん

お疲れさまです。高橋です。
7/2の連携仕様説明に出席される北国フーズ様の方々を、テキストで添付します。
システム寄りの質問は情報システム課のお二人から出ると思います。
""" + SIG_TAKAHASHI,
        "attachments": [
            {
                "kind": "txt",
                "name": "北国フーズ_出席者_0702.txt",
                "encoding": "utf-8",
                "text": """北国フーズ株式会社 7/2 出席者

[1]
氏名：二階堂 修
部署：購買部
電話：0123-27-1180
メール：nikaido@kitaguni-foods.co.jp

[2]
氏名：早乙女 美樹
部署：品質保証部
電話：0123-27-1205
メール：saotome@kitaguni-foods.co.jp

[3]
氏名：稲垣 翼
部署：情報システム課
電話：0123-27-1290
メール：t-inagaki@kitaguni-foods.co.jp

[4]
氏名：小日向 萌
部署：情報システム課
電話：0123-27-1291
メール：m-kohinata@kitaguni-foods.co.jp
""",
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four meeting attendees' business contacts, one block each, to the partner: under five, may be warned",
    },
    {
        "id": "houmon-073",
        "sender": KUBOTA,
        "to": ["鈴鹿 隆 <t-suzuka@chubu-kikai.co.jp>"],
        "subject": "デモ実施結果のご報告",
        "charset": "cp932",
        "body": """鈴鹿様

お世話になっております。久保田です。
7/15のデモ結果を議事録形式でまとめましたので、テキストファイルで添付いたします。
検出感度の設定値も記載しておりますので、社内でのご検討にお役立てください。
""" + SIG_KUBOTA,
        "attachments": [
            {
                "kind": "txt",
                "name": "デモ結果_中部機械様_0715.txt",
                "encoding": "cp932",
                "text": """デモ実施結果（中部機械株式会社 本社工場）
実施日：2025年7月15日
機種：HX-300（製造番号 HX3-2406-00187）

1. テストピース検出
   SUS球 0.8mm：検出 20/20
   SUS球 0.5mm：検出 19/20
   ガラス球 2.0mm：検出 20/20
2. 実品テスト（ギアボックス部品 トレー入り）
   誤検出：0/200
   処理速度：毎分 42 トレー
3. 推奨設定
   感度レベル 7、搬送速度 25m/分
4. 課題
   トレー端部の写り込みにより、端から5mm以内は検出感度が低下
""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain-text demo report with test figures and a serial number; no personal data",
    },
    {
        "id": "houmon-074",
        "sender": NOTO,
        "to": ["スキルアップ研修 講師派遣担当 <haken@skillup-kenshu.co.jp>"],
        "subject": "FW: 操作研修 受講者のご連絡（北斗パック様）",
        "charset": "utf-8",
        "body": """スキルアップ研修株式会社
講師派遣ご担当者様

いつもお世話になっております。日の出産業の能登です。
8/5に北斗パック様で実施いただくHP-520操作研修について、
先方総務部から届いた受講者連絡を添付のとおり転送いたします。
講師の方から受講者へ事前連絡をしていただいて構わないとのことです。
""" + SIG_NOTO,
        "attachments": [
            {
                "kind": "eml",
                "name": "受講者のご連絡.eml",
                "message": {
                    "sender": "北斗パック 総務部 三木 <miki-s@hokuto-pack.co.jp>",
                    "to": ["能登 香織 <k-noto@hinode-sangyo.co.jp>"],
                    "subject": "操作研修 受講者のご連絡",
                    "charset": "iso-2022-jp",
                    "body": """日の出産業 能登様

お世話になっております。北斗パック総務部の三木です。
8/5の操作研修の受講者は以下の6名です。

1. 安曇 翔太　第2工場 製造課　内線 2204　携帯 090-3316-4827　azumi@hokuto-pack.co.jp
2. 榊原 里沙　第2工場 製造課　内線 2205　携帯 080-7719-0385　sakakibara@hokuto-pack.co.jp
3. 仲宗根 健　第2工場 製造課　内線 2211　携帯 070-4482-6613　nakasone@hokuto-pack.co.jp
4. 辻村 美穂　第2工場 保全課　内線 2230　携帯 090-8801-2274　tsujimura@hokuto-pack.co.jp
5. 羽生 大樹　第2工場 保全課　内線 2231　携帯 080-5562-3308　hanyu@hokuto-pack.co.jp
6. 野上 沙織　品質管理課　　　内線 2302　携帯 090-1148-7736　nogami@hokuto-pack.co.jp

よろしくお願いいたします。
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached (forwarded) mail lists six trainees' mobiles and e-mails, sent on to a third-party training firm",
    },
    {
        "id": "houmon-075",
        "sender": IWAKI,
        "to": ["米澤 拓海 <t-yonezawa@tsubasa-system.jp>"],
        "subject": "大和田工業様との日程調整の経緯（メール添付）",
        "charset": "iso-2022-jp",
        "body": """米澤さん

岩城です。お世話になっております。
大和田工業様との日程調整のやり取りを、経緯がわかるようにメールごと添付します。
結論としては7/4のデモ機搬入、7/10に御社同席で連携説明、となりました。
""" + SIG_IWAKI,
        "attachments": [
            {
                "kind": "eml",
                "name": "Re_デモ日程の件.eml",
                "message": {
                    "sender": "宮路 和也 <miyaji@owada-kogyo.co.jp>",
                    "to": ["岩城 翔 <s-iwaki@hinode-sangyo.co.jp>"],
                    "subject": "Re: デモ日程の件",
                    "charset": "iso-2022-jp",
                    "body": """岩城様

お世話になっております。宮路です。
ご提示の日程ですが、搬入は7/4で問題ございません。
システム連携のご説明は、情報システム部の都合で7/10午後にしていただけますか。
ツバサシステム様にもご同席いただけると助かります。

> 宮路様
> デモ機の搬入を7/3または7/4、連携説明を7/8でいかがでしょうか。
""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an attached scheduling thread with no personal data, to the partner",
    },
    {
        "id": "houmon-076",
        "sender": KITO,
        "to": ["村越 達也 <t-murakoshi@toho-seimitsu.co.jp>"],
        "subject": "相模原工場向け ご提案資料",
        "charset": "iso-2022-jp",
        "body": """東邦精密株式会社
生産技術部 村越様

お世話になっております。日の出産業の鬼頭です。
先日はお時間をいただき誠にありがとうございました。
ご説明いたしました資料をPDFにてお送りいたします。
社内でのご検討にご活用いただければ幸いです。
""" + SIG_KITO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "ご提案資料_東邦精密様_相模原工場.pdf",
                "page_footer": "© 2025 Hinode Sangyo Co., Ltd.　無断転載・複製を禁じます",
                "lines": [
                    "相模原工場 検査工程トレーサビリティのご提案",
                    "東邦精密株式会社 御中",
                    "1. 検査結果の自動記録（ロット・時刻・画像）",
                    "2. 既設MESとのCSV連携（ツバサシステム社と共同）",
                    "3. 導入スケジュール：9月稟議 → 10月発注 → 12月稼働",
                    "4. 概算費用：機器 820万円、システム 380万円",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a copyright footer (無断転載・複製を禁じます) is not a confidentiality marking",
    },
    {
        "id": "houmon-077",
        "sender": TAKAHASHI,
        "to": ["戸塚 慎也 <totsuka@owada-kogyo.co.jp>"],
        "subject": "Re: 他社導入事例の資料について",
        "charset": "utf-8",
        "body": """戸塚様

お世話になっております。日の出産業の高橋です。
ご依頼の他社導入事例の資料ですが、社内版には「Confidential」の表記があり、
導入先の社名も入っているため、そのままではお渡しできません。
申し訳ございません。

社名を伏せた公開用の事例集（3件）でしたらお渡しできますので、
次回ご訪問の際にお持ちいたします。あわせて口頭で補足させてください。
""" + SIG_TAKAHASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "'Confidential' is mentioned as a reason for not sending something; nothing marked is sent",
    },
    {
        "id": "houmon-078",
        "sender": IWAKI,
        "to": ["大和田工業 堺事業所 受付 <uketsuke-sakai@owada-kogyo.co.jp>"],
        "subject": "7/10 来訪者のお知らせ（入館証のご準備）",
        "charset": "cp932",
        "body": """大和田工業株式会社 堺事業所
受付ご担当者様

お世話になっております。日の出産業の岩城です。
7月10日（木）13:30、情報システム部様とのお打合せで伺います。
入館証のご準備のため、来訪者をお知らせいたします。

　日の出産業株式会社　岩城 翔
　日の出産業株式会社　坂巻 浩一
　ツバサシステム株式会社　米澤 拓海

以上3名です。よろしくお願いいたします。
""" + SIG_IWAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "three visitors' names and companies only, no other data about them",
    },
    {
        "id": "houmon-079",
        "sender": KITO,
        "to": ["経理部 支払担当 <keiri-shiharai@hinode-sangyo.co.jp>"],
        "subject": "紹介手数料の支払依頼（個人・マイナンバー取得済み）",
        "charset": "iso-2022-jp",
        "body": """経理部 支払担当 御中

営業一部の鬼頭です。
中部エリアの案件をご紹介いただいた個人の方への紹介手数料について、
支払依頼をお願いします。本人確認書類とマイナンバーは取得済みです。

　氏名：設楽 芳郎
　住所：愛知県豊田市挙母町2-11-4
　個人番号：""" + g4(MN1, "-") + """
　支払額：220,000円（税込）
　振込先：本人名義 中京信用金庫 豊田支店 普通 0418837

番号確認書類の写しは社内便で送付します。
""" + SIG_KITO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "an individual's マイナンバー and bank account, but sent only to the internal accounts department",
    },
    {
        "id": "houmon-080",
        "sender": NOTO,
        "to": ["樋渡 浩之 <hiwatari@marutomo-shoji.co.jp>"],
        "subject": "Re: ご担当者変更および請求書送付先について",
        "charset": "utf-8",
        "body": """丸友商事株式会社
樋渡様

ご連絡ありがとうございます。日の出産業の能登です。
8月より仕入部のご担当が樋渡様から檜山様に変わられる件、承知いたしました。
樋渡様には長らく大変お世話になり、誠にありがとうございました。

請求書の送付先につきましては、下記に変更して登録いたしました。
　〒104-0032 東京都中央区八丁堀2-19-5 丸友ビル3F
　丸友商事株式会社 経理部 御中

檜山様へのご挨拶には、8月上旬に葛城とともに伺いたく存じます。
""" + SIG_NOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "customer's contact change acknowledged with names only; the address is the company's billing office",
    },
]

# ---------------------------------------------------------------- 081 – 100
MESSAGES += [
    {
        "id": "houmon-081",
        "sender": KAJIWARA,
        "to": ["古閑 秀明 <koga@marutomo-shoji.co.jp>"],
        "subject": "8月 訪問候補先リスト（法人）",
        "charset": "cp932",
        "body": """古閑様

お世話になっております。梶原です。
8月の同行訪問の候補先（法人のお客様）をCSVでお送りします。
代表番号にアポを入れる形で進めたいと思います。
""" + SIG_KAJIWARA,
        "attachments": [
            {
                "kind": "csv",
                "name": "訪問候補先_8月.csv",
                "encoding": "cp932",
                "rows": [
                    ["No", "会社名", "業種", "所在地", "代表電話", "提案製品"],
                    ["1", "株式会社博多明太本舗", "食品製造", "福岡県福岡市博多区東平尾2-3-8", "092-621-0010", "HX-300"],
                    ["2", "九州ミート産業株式会社", "食肉加工", "福岡県糟屋郡粕屋町戸原東1-5-2", "092-938-1100", "HW-12"],
                    ["3", "有明海苔株式会社", "水産加工", "佐賀県佐賀市川副町大字犬井道9", "0952-45-3300", "HP-520"],
                    ["4", "株式会社筑後製菓", "菓子製造", "福岡県久留米市宮ノ陣3-12-1", "0942-34-5511", "HP-520"],
                    ["5", "長崎かまぼこ協同組合", "水産加工", "長崎県長崎市京泊3-1-7", "095-850-2200", "HX-300"],
                    ["6", "熊本デリカ株式会社", "惣菜製造", "熊本県熊本市東区戸島西2-8-16", "096-380-4410", "HW-12"],
                    ["7", "株式会社豊前うどん", "製麺", "福岡県北九州市小倉南区長野本町1-9", "093-475-7200", "HP-520"],
                    ["8", "大分フルーツ加工株式会社", "青果加工", "大分県大分市大字松岡6520", "097-527-3030", "HX-300"],
                    ["9", "株式会社唐津醤油", "調味料", "佐賀県唐津市二タ子3-4-1", "0955-72-1180", "HW-12"],
                    ["10", "宮崎ポーク販売株式会社", "食肉加工", "宮崎県都城市高城町穂満坊1150", "0986-58-2020", "HX-300"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ten companies with office addresses and switchboard numbers: a list of businesses, not people",
    },
    {
        "id": "houmon-082",
        "sender": OSUMI,
        "to": ["米澤 拓海 <t-yonezawa@tsubasa-system.jp>"],
        "cc": ["青葉運輸 東京営業所 配車係 <haisha-tokyo@aoba-unyu.co.jp>"],
        "subject": "連携検証用デモ機の御社搬入について",
        "charset": "utf-8",
        "body": """ツバサシステム 米澤様
（cc：青葉運輸 配車係様）

お世話になっております。日の出産業の大隅です。
連携検証用のHX-300を御社の検証ルームへ搬入する件、
青葉運輸様に手配いたしましたのでccにて失礼します。

・搬入日：7/22（火）午前
・搬入先：ツバサシステム株式会社 本社 3F 検証ルーム
　　　　　東京都港区芝浦3-6-18 芝浦ツバサビル
・重量：約85kg（台車で搬入可、エレベーター使用）
・貸出期間：8/29（金）まで

青葉運輸様、ビルの搬入申請は米澤様側で済ませていただけるとのことです。
""" + SIG_OSUMI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations (SI partner and carrier) in To/Cc for a delivery: normal",
    },
    {
        "id": "houmon-083",
        "sender": KITO,
        "to": ["村越 達也 <t-murakoshi@toho-seimitsu.co.jp>"],
        "subject": "RE: 新ライン導入計画について",
        "charset": "iso-2022-jp",
        "body": """村越様

お世話になっております。日の出産業の鬼頭です。
導入計画の概要をご共有いただき、ありがとうございました。
12月稼働に間に合わせるには、10月第1週のご発注が目安となります。
詳細は来週のご訪問時にご相談させてください。

鬼頭

差出人: 村越 達也 <t-murakoshi@toho-seimitsu.co.jp>
送信日時: 2025年7月7日 18:20
宛先: 鬼頭 正人 <m-kito@hinode-sangyo.co.jp>
件名: 新ライン導入計画について

鬼頭様

いつもお世話になっております。東邦精密の村越です。
弊社内の計画書から、貴社に関係する部分のみ抜粋してお送りします。

【社外秘】相模原工場 新ライン導入計画（抜粋）
・第4ライン新設：2025年12月稼働
・検査工程：X線検査機2台、トレーサビリティ対応必須
・投資枠：1,500万円（機器・システム合計）

よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the 社外秘 stamp is in the customer's own text quoted back under 差出人/送信日時; new text is unmarked",
    },
    {
        "id": "houmon-084",
        "sender": IGARASHI,
        "to": ["北関東大学 農学部 食品工学研究室 <foodeng-lab@kitakanto-u.ac.jp>"],
        "subject": "異物検出機デモのご訪問について",
        "charset": "utf-8",
        "body": """北関東大学 農学部
食品工学研究室 御中

突然のご連絡失礼いたします。日の出産業株式会社の五十嵐と申します。
先日の学会展示でお声がけいただいた件で、ご連絡いたしました。

研究室で検討されている、X線による異物検出の比較試験について、
弊社のHX-300を研究室へお持ちしてデモを行うことが可能です。
学生の皆様への操作説明も含めて2時間程度を想定しております。

夏季休業期間でも構いませんので、ご都合のよい時期をお知らせいただけますと幸いです。
""" + SIG_IGARASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary demo proposal to a university lab (ac.jp) address",
    },
    {
        "id": "houmon-085",
        "sender": KAJIWARA,
        "to": ["南山市 教育委員会 学校給食センター <kyushoku@city.minamiyama.lg.jp>"],
        "subject": "給食センター 計量設備の現地確認について",
        "charset": "iso-2022-jp",
        "body": """南山市教育委員会
学校給食センター 御中

いつもお世話になっております。日の出産業 福岡営業所の梶原でございます。
来年度の計量設備更新に係る入札に先立ち、仕様確認のため
現地を拝見させていただきたく、ご連絡いたしました。

　希望日：8月4日（月）～8日（金）のいずれか、調理作業終了後の14時以降
　人数　：2名（弊社営業1名、技術1名）
　確認事項：設置スペース、電源、床荷重、排水位置

衛生上の注意事項がございましたら、事前にご指示いただけますと幸いです。
""" + SIG_KAJIWARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "site-survey request to a municipal office (lg.jp); no personal data",
    },
    {
        "id": "houmon-086",
        "sender": TAKAHASHI,
        "to": ["吉良 智之 <kira.t@kawasaki-denki.co.jp>"],
        "cc": [
            "川崎電機エンジニアリング 設計部 瀬尾様 <seo@kd-engineering.co.jp>",
            "蔵本 千尋 <c-kuramoto@tsubasa-system.jp>",
        ],
        "subject": "第3工場 検査装置更新 キックオフ日程",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社 吉良様
川崎電機エンジニアリング株式会社 瀬尾様
ツバサシステム株式会社 蔵本様

お世話になっております。日の出産業の高橋です。
第3工場の検査装置更新につき、関係各社でのキックオフを下記で調整させてください。

　候補：7/23（水）14時／7/24（木）10時
　場所：川崎電機 第3工場 会議室（Web参加も可）
　議題：全体スケジュール、据付工事の範囲（川崎電機エンジニアリング様）、
　　　　データ連携（ツバサシステム様）

ご都合をお知らせください。
""" + SIG_TAKAHASHI,
        "expect": "either",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external domains in To/Cc, but two are one corporate group on a project: two or three parties, arguable",
    },
    {
        "id": "houmon-087",
        "sender": MIZUNO,
        "to": ["蔵本 千尋 <c-kuramoto@tsubasa-system.jp>"],
        "subject": "北国フーズ様 新任の情報システム部長について",
        "charset": "utf-8",
        "body": """蔵本さん

お疲れさまです。水野です。
本日、北国フーズ様で新任の情報システム部長とお名刺交換しました。
連携案件のキーマンになりそうなので、名刺の内容を共有します。

　北国フーズ株式会社 情報システム部 部長
　設楽 朋美（したら ともみ）様
　直通：0123-27-1280
　携帯：080-6671-3302
　Mail：t-shitara@kitaguni-foods.co.jp

前職はSIerとのことで、技術的な話もかなり通じる方です。
""" + SIG_MIZUNO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one customer manager's business-card details shared with a partner: one person, may be warned",
    },
    {
        "id": "houmon-088",
        "sender": KUBOTA,
        "to": ["鈴鹿 隆 <t-suzuka@chubu-kikai.co.jp>"],
        "cc": [
            "坂巻 浩一 <k-sakamaki@hinode-sangyo.co.jp>",
            "宝田 沙耶 <s-takarada@hinode-sangyo.co.jp>",
            "鬼頭 正人 <m-kito@hinode-sangyo.co.jp>",
            "名古屋営業所 <nagoya-eigyo@hinode-sangyo.co.jp>",
        ],
        "subject": "デモ機貸出期間延長のご依頼について",
        "charset": "iso-2022-jp",
        "body": """鈴鹿様

お世話になっております。久保田です。
デモ機の貸出期間延長のご依頼、社内で承認が取れました。
8月8日（金）までご利用いただけます。

延長期間中の点検として、7/29に弊社技術の坂巻が伺います。
弊社関係者をccに入れております。
""" + SIG_KUBOTA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one external customer; the many Cc addresses are all internal",
    },
    {
        "id": "houmon-089",
        "sender": IWAKI,
        "to": ["宮路 和也 <miyaji@owada-kogyo.co.jp>"],
        "subject": "明日の駐車場の件",
        "charset": "utf-8",
        "body": """宮路様

岩城です。明日はよろしくお願いいたします。
駐車場をご用意いただけるとのことで、車両をお知らせします。

　車種：トヨタ プロボックス（白）
　ナンバー：なにわ 501 せ 48-26

来客用駐車場のP3に停めさせていただきます。
10時5分前に受付へ伺います。
""" + SIG_IWAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a company car's licence plate for parking: not an identity document",
    },
    {
        "id": "houmon-090",
        "sender": KUBOTA,
        "to": ["鈴鹿 隆 <t-suzuka@chubu-kikai.co.jp>"],
        "subject": "7/15 デモ当日の連絡先",
        "charset": "cp932",
        "body": """鈴鹿様

お世話になっております。久保田です。
7/15のデモ当日、弊社からは5名で伺います。
当日の連絡先として各自の携帯番号をお知らせします。

　久保田 恵（営業）　　　090-6612-4087
　坂巻 浩一（技術）　　　080-2904-1168
　宝田 沙耶（技術）　　　070-1382-5590
　小田切 稔（設計）　　　090-4470-2851
　三嶋 由衣（アプリ）　　080-3398-6624

何かあれば、私の携帯までご連絡いただくのが一番確実です。
""" + SIG_KUBOTA,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five staff mobiles including the sender's own, shared for the visit day: at the five-person line, arguable",
    },
    {
        "id": "houmon-091",
        "sender": OSUMI,
        "to": ["さくらが丘医療生協 事務局 <jimukyoku@sakuragaoka-coop.or.jp>"],
        "subject": "受付端末のデモについて（マイナンバーカード読取オプション）",
        "charset": "utf-8",
        "body": """さくらが丘医療生活協同組合
事務局 御中

お世話になっております。日の出産業の大隅です。
先日お問い合わせいただいた受付端末「HR-10」のデモについてご案内いたします。

・マイナンバーカード（個人番号カード）の読取オプションは、
　オンライン資格確認の顔認証付きカードリーダーと併用できます。
・読み取った個人番号は端末内に保存しない仕様です。
・健康保険証の券面入力にも対応しています。

デモ機は8月以降であれば1週間お貸出しできます。
ご希望の時期をお知らせください。
""" + SIG_OSUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "product talk that names マイナンバーカード, 個人番号 and 健康保険証 but carries no number",
    },
    {
        "id": "houmon-092",
        "sender": TAKIZAWA,
        "to": ["布施 和彦 <fuse-k@hokuto-pack.co.jp>"],
        "subject": "保守契約更新のご案内と点検訪問日",
        "charset": "iso-2022-jp",
        "body": """北斗パック株式会社
購買課 布施様

いつもお世話になっております。日の出産業の滝沢です。
保守契約の更新時期となりましたのでご案内いたします。

　お客様番号：C-0048217
　契約番号　：MS-2022-003391
　対象機　　：HP-520（製造番号 HP5-2203-00412／HP5-2203-00413）
　現契約期間：2022年9月1日～2025年8月31日

更新前の定期点検として、8月20日（水）に技術員が伺います。
更新のお手続き書類は点検時にお持ちいたします。
""" + SIG_TAKIZAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "customer, contract and serial numbers of a business: not personal data",
    },
    {
        "id": "houmon-093",
        "sender": KAJIWARA,
        "to": ["九州設備工業 工事課 <kouji@kyushu-setsubi.co.jp>"],
        "subject": "西海ホームセンター様 計量器入替工事の予定表",
        "charset": "utf-8",
        "body": """九州設備工業株式会社
工事課 御中

お世話になっております。日の出産業 福岡営業所の梶原です。
西海ホームセンター様 精肉売場の計量器入替工事の予定表をPDFでお送りします。
作業はいずれも閉店後、各店の店長様立会いとなります。
""" + SIG_KAJIWARA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "入替工事予定表_西海HC.pdf",
                "lines": ["西海ホームセンター様 計量器入替工事 予定表（2025年8月）"],
                "table": [
                    ["日付", "店舗", "所在地", "店舗TEL", "台数"],
                    ["8/4", "博多南店", "福岡県福岡市南区井尻4-2-1", "092-571-3300", "3"],
                    ["8/5", "春日店", "福岡県春日市春日原東町3-18", "092-581-6620", "2"],
                    ["8/6", "久留米店", "福岡県久留米市東合川2-7-40", "0942-43-8811", "3"],
                    ["8/18", "佐賀大和店", "佐賀県佐賀市大和町尼寺1890", "0952-62-5500", "2"],
                    ["8/19", "鳥栖店", "佐賀県鳥栖市本鳥栖町537-1", "0942-85-1123", "2"],
                    ["8/20", "唐津店", "佐賀県唐津市和多田天満町1-2-8", "0955-74-0011", "2"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PDF table of store addresses and store numbers: a list of shops, not people",
    },
    {
        "id": "houmon-094",
        "sender": IGARASHI,
        "to": ["小川製菓 生産部 <seisan@ogawa-seika.co.jp>"],
        "subject": "製品カタログ送付のご案内",
        "charset": "cp932",
        "body": """小川製菓株式会社
生産部 御中

お電話でのお問い合わせ、ありがとうございました。日の出産業の五十嵐です。
ご依頼の製品カタログをPDFにてお送りいたします。
ご興味のある機種がございましたら、デモ機をお持ちしてご説明に伺います。
""" + SIG_IGARASHI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "日の出産業_製品カタログ2025.pdf",
                "title": "製品カタログ2025",
                "lines": [
                    "日の出産業株式会社 製品カタログ 2025",
                    "HX-300 卓上X線異物検出機　検出能力 SUS φ0.5mm",
                    "HP-520 自動包装機　最大 80袋/分",
                    "HW-12 業務用計量器　ひょう量 12kg / 目量 2g",
                    "HS-12 スライサー　厚さ 8〜40mm",
                    "お問い合わせ：営業本部 03-6700-1200（代表）",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a product catalogue PDF with the switchboard number only",
    },
    {
        "id": "houmon-095",
        "sender": NOTO,
        "to": ["蔵本 千尋 <c-kuramoto@tsubasa-system.jp>"],
        "subject": "丸友商事様経由案件 商談メモ（7/16）",
        "charset": "iso-2022-jp",
        "body": """蔵本さん

お疲れさまです。能登です。
本日の丸友商事様（代理店）との打合せメモです。

1. エンドユーザー：関東の中堅惣菜メーカー（社名は次回開示）
2. 規模：3工場、計9ライン
3. 予算：初年度 4,500万円、2年目以降 年2,000万円規模
4. 要件：HX-300 ×9台、生産管理とのデータ連携
5. 競合：2社（価格勝負になりそう）
6. 日程：9月中旬にエンドユーザー訪問（丸友商事様同行）

連携部分の概算を8月末までにいただけますでしょうか。
""" + SIG_NOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "商談メモ with budgets and counts to the partner: business figures, no marking, no people",
    },
    {
        "id": "houmon-096",
        "sender": TAKIZAWA,
        "to": ["さくらホテル東京 レストラン予約 <restaurant-tokyo@sakura-hotel.jp>"],
        "subject": "会食予約（8/6 18:30 5名）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル東京
レストラン予約ご担当者様

お世話になっております。日の出産業株式会社の滝沢でございます。
下記のとおり会食の予約をお願いいたします。

　日時：8月6日（水）18:30～
　人数：5名（個室希望）
　ご予約名：日の出産業 鬼頭
　コース：季節の会席（お一人様 12,000円）、飲み放題付き
　ご出席：東邦精密株式会社 村越様、布引様／弊社 鬼頭、高橋、五十嵐

お支払いは当日、鬼頭が法人カードで精算いたします。
""" + SIG_TAKIZAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "restaurant booking at the real partner hotel with guests' names only",
    },
    {
        "id": "houmon-097",
        "sender": TAKAHASHI,
        "to": ["布引 和真 <k-nunobiki@toho-seimitsu.co.jp>"],
        "subject": "ご着任のご挨拶と今後のご連絡先について",
        "charset": "utf-8",
        "body": """東邦精密株式会社
生産技術部 係長 布引様

はじめてご連絡いたします。日の出産業の高橋でございます。
村越様より、7月から相模原工場の窓口をご担当されると伺いました。

今後のご連絡は、いただいた下記のご連絡先宛てにさせていただきます。
　直通：042-761-3318
　メール：k-nunobiki@toho-seimitsu.co.jp

7月24日の提案説明の際に、改めてご挨拶させていただければ幸いです。
""" + SIG_TAKAHASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the only contact data is the recipient's own direct line and address, confirmed back to him",
    },
    {
        "id": "houmon-098",
        "sender": TAKIZAWA,
        "to": ["さくらホテル新潟 予約課 <reserve-niigata@sakura-hotel.jp>"],
        "subject": "Re: Re: 宿泊予約のお願い（6/17・1泊）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル新潟 予約課 様

ご確認ありがとうございます。承知いたしました。
チェックインが21時頃になる見込みですので、その旨お伝えいたします。

滝沢

> 日の出産業 滝沢様
>
> この度はご予約をいただき誠にありがとうございます。
> 下記内容にて承りました。
>   ご宿泊者：高橋 健太 様
>   ご決済カード：""" + g4(CARD1, "-") + """
> 遅めのご到着の場合はご一報ください。
>
>> 宿泊者：高橋 健太 様（タカハシ ケンタ）
>> 日程：6月17日（火）～6月18日（水）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a card number appears only in quoted text from the hotel's own reply; the new text is a short confirmation",
    },
    {
        "id": "houmon-099",
        "sender": OSUMI,
        "to": ["マーケットリンク・リサーチ 調査部 <chosa@marketlink-research.co.jp>"],
        "subject": "訪問デモ後アンケート 集計データの送付",
        "charset": "utf-8",
        "body": """株式会社マーケットリンク・リサーチ
調査部 御中

お世話になっております。日の出産業の大隅です。
上期の訪問デモ後アンケートの回答データ（匿名化済み）をお送りします。
回答者の氏名・連絡先は含めておりません。分析をよろしくお願いいたします。
""" + SIG_OSUMI,
        "attachments": [
            {
                "kind": "csv",
                "name": "demo_survey_2025H1.csv",
                "encoding": "utf-8",
                "rows": [
                    ["回答ID", "業種", "従業員規模", "デモ機種", "満足度", "導入意向", "自由記述"],
                    ["R001", "食品製造", "100-299", "HX-300", "5", "高", "検出精度が想像以上"],
                    ["R002", "食品製造", "300-999", "HX-300", "4", "中", "価格がネック"],
                    ["R003", "医薬品", "1000+", "HP-520", "4", "高", ""],
                    ["R004", "惣菜", "30-99", "HW-12", "3", "低", "現行機で十分"],
                    ["R005", "製菓", "100-299", "HP-520", "5", "高", "フィルム節約が魅力"],
                    ["R006", "水産加工", "30-99", "HX-300", "4", "中", "設置スペースが課題"],
                    ["R007", "機械部品", "300-999", "HX-300", "2", "低", "用途が合わない"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymised survey rows with no contact data or identifiers: not records of identifiable people",
    },
    {
        "id": "houmon-100",
        "sender": KUBOTA,
        "to": ["鈴鹿 隆 <t-suzuka@chubu-kikai.co.jp>"],
        "subject": "本日の御礼",
        "charset": "iso-2022-jp",
        "body": """鈴鹿様

本日はデモにお立会いいただき、誠にありがとうございました。
現場の皆様にも熱心にご覧いただき、大変励みになりました。

ご指摘いただいたトレー端部の検出感度については、
技術部門で対策を検討し、来週中にご回答いたします。

取り急ぎ御礼まで。
""" + SIG_KUBOTA + "\n" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short thank-you after a visit with the Japanese confidentiality disclaimer at the end",
    },
]


# ISO-2022-JP mailers write the JIS wave dash (〜) where a user typed the full-width tilde.
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("subject", "body"):
            if _m.get(_k):
                _m[_k] = _m[_k].replace("～", "〜")
