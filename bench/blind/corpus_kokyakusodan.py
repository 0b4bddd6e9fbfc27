"""Blind corpus — area: kokyakusodan (お客様相談室).

日の出産業株式会社 金融サービス事業部 お客様相談室: the customer consultation desk of the
consumer finance (提携ローン・カード) and insurance agency (保険代理店) business.
Complaints, elderly customers and their families, 成年後見人, cooling-off, the financial
ombudsman (金融ADR), partner banks (みどり銀行 and others), insurers, printers and
couriers.  Written blind from BRIEF.md; every person, number and address is invented.
"""

from build import card_number, my_number

SEED = 49401


def _mn(k: int, sep: str = " ") -> str:
    n = my_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:]))


def _card(k: int, sep: str = "-") -> str:
    n = card_number(SEED + k)
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _corp(base12: str) -> str:
    """法人番号: check digit (9 - Σ Pn·Qn mod 9) in front of the 12 base digits."""
    s = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), start=1))
    return str(9 - s % 9) + base12


# -- signatures and disclaimers (the people of the desk) -------------------------------

_SIG_OKOCHI = """
――――――――――――――――――――――
日の出産業株式会社 金融サービス事業部
お客様相談室 室長　大河内 恭子（おおこうち きょうこ）
〒103-0027 東京都中央区日本橋2-14-8 日の出日本橋ビル6F
TEL 03-5201-7730（相談室直通）／FAX 03-5201-7739
okochi.kyoko@hinode-sangyo.co.jp
――――――――――――――――――――――"""

_SIG_MITSUYA = """
--
日の出産業株式会社
金融サービス事業部 お客様相談室 主任
三ツ矢 拓海 Takumi Mitsuya
TEL: 03-5201-7731  Mobile: 080-4410-2876
Mail: mitsuya.takumi@hinode-sangyo.co.jp
"""

_SIG_MAKABE = """
*****************************************
 日の出産業株式会社
 お客様相談室　真壁 莉子
 〒103-0027 東京都中央区日本橋2-14-8
 TEL 03-5201-7730　内線 4412
*****************************************"""

_SIG_SHOJI = """
========================================
日の出産業（株） 金融サービス事業部
お客様相談室　東海林（しょうじ）健
直通 03-5201-7734 / FAX 03-5201-7739
========================================"""

_SIG_KITO = """
-----
鬼頭 さやか（Sayaka Kito）
日の出産業株式会社 お客様相談室（高齢のお客様サポート担当）
TEL 03-5201-7735
"""

_SIG_SAOTOME = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 金融サービス事業部
保険代理店課　早乙女 亮（さおとめ りょう）
〒103-0027 東京都中央区日本橋2-14-8 日の出日本橋ビル5F
TEL 03-5201-7760　FAX 03-5201-7769
━━━━━━━━━━━━━━━━━━━━━━━━"""

_SIG_IOKIBE = """
--------------------------------------------
日の出産業株式会社 コンプライアンス統括部
五百旗頭 誠（いおきべ まこと）
TEL 03-5201-7100（代表）
--------------------------------------------"""

_SIG_SODAN = """
――
日の出産業株式会社 お客様相談室
受付時間 平日9:00～17:30（土日祝・年末年始を除く）
フリーダイヤル 0120-418-270
"""

_DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを削除してくださいますようお願いいたします。"""

_DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited."""

_OKOCHI = "大河内 恭子 <okochi.kyoko@hinode-sangyo.co.jp>"
_MITSUYA = "三ツ矢 拓海 <mitsuya.takumi@hinode-sangyo.co.jp>"
_MAKABE = "真壁 莉子 <makabe.riko@hinode-sangyo.co.jp>"
_SHOJI = "東海林 健 <shoji.ken@hinode-sangyo.co.jp>"
_KITO = "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>"
_SAOTOME = "早乙女 亮 <saotome.ryo@hinode-sangyo.co.jp>"
_IOKIBE = "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>"
_SODAN = "日の出産業 お客様相談室 <soudan@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------- 001-020
MESSAGES += [
    {
        "id": "kokyakusodan-001",
        "charset": "iso-2022-jp",
        "sender": _KITO,
        "to": ["みどり銀行 提携ローン部 杉浦様 <sugiura.k@midori-ginko.co.jp>"],
        "subject": "【ご依頼】見守り対象のお客様一覧（10月分）",
        "body": """みどり銀行 提携ローン部
杉浦様

いつもお世話になっております。日の出産業お客様相談室の鬼頭です。

先日の定例会でお話のあった、高齢のお客様の見守り対象者について、
当室側で把握している方を下記にまとめました。
返済口座の動きに気になる点（多額の出金など）がございましたら、
ご一報いただけますと幸いです。

No  氏名              生年月日     電話番号        返済口座
--  ----------------  -----------  --------------  ------------------------------
 1  粕谷 トメ子       1938/02/11   03-3751-2284    蒲田支店     普通 3812047
 2  勅使河原 進       1940/09/30   044-433-7190    武蔵小杉支店 普通 1129385
 3  四十物 ハル       1936/12/04   0493-22-4518    東松山支店   普通 5520913
 4  八月一日 清       1941/05/17   090-2284-6619   大宮支店     普通 0748821
 5  百目鬼 和夫       1939/07/23   048-962-3305    越谷支店     普通 6603174
 6  纐纈 芳江         1943/01/08   03-3912-8857    赤羽支店     普通 2297450

※生年月日は当社ローン契約時のお届け内容です。
ご不明点があればお知らせください。
""" + _SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "R1: six customers' rows (DOB, phone, bank account) pasted as a padded table to the partner bank",
    },
    {
        "id": "kokyakusodan-002",
        "charset": "iso-2022-jp",
        "sender": _SODAN,
        "to": ["nagisa.tk0712@gmail.com"],
        "subject": "Re: 返済額の件について",
        "body": """高萩 渚 様

日の出産業 お客様相談室でございます。
このたびはお問い合わせをいただき、誠にありがとうございます。

ご返済額の変更につきましては、担当部署にて契約内容を確認のうえ、
２営業日以内に、ご登録のお電話番号へ担当者よりご連絡いたします。
今しばらくお待ちくださいますようお願い申し上げます。

なお、メールでは口座番号等の大切な情報はお送りにならないようご注意ください。

> 日の出産業 ご担当者様
> 毎月の返済額がきつくなってきたので、減額できないか相談したいです。
> 契約番号 HL-2207-118834 です。
> 日中は 090-6631-2074 につながります。
> 高萩
""" + _SIG_SODAN,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one customer on free mail; her phone appears only in quoted text",
    },
    {
        "id": "kokyakusodan-003",
        "charset": "cp932",
        "sender": _OKOCHI,
        "to": ["白川法律事務所 弁護士 立花 昌也 先生 <tachibana@shirakawa-law.jp>"],
        "subject": "成年後見人ご就任に伴うお取引の確認について（御手洗 ハツ様）",
        "body": """白川法律事務所
弁護士　立花 昌也 先生

平素より大変お世話になっております。
日の出産業お客様相談室の大河内でございます。

先日ご連絡いただきました、御手洗 ハツ様の成年後見人ご就任の件につき、
当社でのお取引状況と、これまでの経緯を取りまとめましたのでご確認ください。

■ご本人
　氏名　　：御手洗 ハツ（みたらい はつ）様
　生年月日：昭和９年６月１８日
　住所　　：東京都品川区旗の台４－１１－２６　コーポ旗の台１０２
　契約　　：提携フリーローン（契約番号 FL-0312-55820）、医療保険（かえで損保扱い）

■経緯
　・本年３月、ご長男様より「母がアルツハイマー型認知症と診断され、要介護４の認定を受けた」
　　とのご連絡あり。
　・４月以降、施設入所に伴い返済が２か月遅延。
　・９月、家庭裁判所の後見開始審判により先生がご就任。

今後の通知書類の送付先を先生の事務所宛に変更する手続きを進めたく、
登記事項証明書の写しをご送付いただけますでしょうか。

何卒よろしくお願い申し上げます。
""" + _SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "R3: one identifiable customer's dementia diagnosis and care level sent to the guardian lawyer",
    },
    {
        "id": "kokyakusodan-004",
        "charset": "utf-8",
        "sender": _SAOTOME,
        "to": ["かえで損害保険 保険金サービス部 <hokenkin-service@kaede-sonpo.co.jp>"],
        "cc": ["堀之内 様 <horinouchi.m@kaede-sonpo.co.jp>"],
        "subject": "FW: 満期返戻金 支払調書作成のための個人番号のご連絡",
        "body": f"""かえで損害保険株式会社
保険金サービス部　堀之内様

お世話になっております。日の出産業 保険代理店課の早乙女です。

満期返戻金の支払調書作成に必要な個人番号について、
ご契約者様から相談室宛にメールでご連絡がありましたので転送いたします。
（本来は所定の届出書でいただくものですが、ご本人が高齢のためご家族が代筆されています）

---------- Forwarded message ----------
From: 日の出産業 お客様相談室
Subject: 個人番号の件

ご契約者：　漆原 勘一（うるしばら かんいち）
ご住所：　　埼玉県川越市新宿町３－２２－９
証券番号：　KS-7781204
個人番号：　{_mn(1)}

上記にて手続きをお願いいたします（長女 漆原 美沙子 代筆）。
---------- End forwarded message ----------

よろしくお願いいたします。
""" + _SIG_SAOTOME,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "R2: a policyholder's My Number forwarded to the insurer by mail",
    },
    {
        "id": "kokyakusodan-005",
        "charset": "cp932",
        "sender": _MAKABE,
        "to": ["早乙女 亮 <saotome.ryo@hinode-sangyo.co.jp>"],
        "cc": ["三ツ矢 拓海 <mitsuya.takumi@hinode-sangyo.co.jp>"],
        "subject": "解約ご希望のお客様（今週受付分）",
        "body": """早乙女さん

お疲れさまです。真壁です。
今週、相談室で受け付けた保険の解約希望のお客様です。
代理店課から折り返しのご連絡をお願いできますか。

受付日　氏名　　　　　電話　　　　　　　　商品
10/21　 梶ヶ谷 正樹　 090-3318-4420　　　 がん保険
10/21　 野々宮 栞　　 080-5527-1193　　　 医療保険
10/22　 湯之上 浩二　 03-3726-8801　　　　 個人年金
10/22　 嵯峨 麻衣子　 070-2290-6645　　　 医療保険
10/23　 汐見 茂　　　 045-822-3316　　　　 終身保険
10/23　 丹羽 由紀　　 090-7714-0258　　　 がん保険
10/24　 馬場園 卓也　 080-1836-4472　　　 収入保障
10/24　 井手 ちひろ　 090-6623-9801　　　 医療保険
10/25　 菅生 弘　　　 0466-27-5530　　　　 個人年金
10/25　 浜岡 澄江　　 03-3781-2249　　　　 終身保険

以上10件です。よろしくお願いします。

真壁
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "list of ten customers, but every recipient is internal",
    },
    {
        "id": "kokyakusodan-006",
        "charset": "iso-2022-jp",
        "sender": _OKOCHI,
        "to": [
            "みどり銀行 お客さま相談部 <soudan-bu@midori-ginko.co.jp>",
            "瀬戸内信用金庫 業務推進部 <gyomu@setouchi-shinkin.jp>",
            "星空生命 代理店サポート室 <agency-support@hoshizora-life.co.jp>",
            "あおい地域包括支援センター <info@houkatsu-aoi.or.jp>",
        ],
        "subject": "【ご案内】11/28 高齢のお客様対応 合同勉強会の開催について",
        "body": """関係各位

平素より大変お世話になっております。
日の出産業株式会社 お客様相談室の大河内でございます。

昨年ご好評をいただきました「高齢のお客様対応 合同勉強会」を、
本年も下記のとおり開催いたします。ご多用中とは存じますが、
ぜひご参加くださいますようご案内申し上げます。

　日時：11月28日（金）14:00～16:30
　会場：日の出日本橋ビル 7F 大会議室（オンライン併用）
　内容：
　　1. 認知機能が低下したお客様との契約確認の実務
　　2. ご家族・後見人からのお問い合わせへの対応
　　3. 特殊詐欺の最新手口と金融機関の連携
　　4. 質疑応答・意見交換

ご出欠を11月14日（金）までに本メールへのご返信にてお知らせください。

以上、よろしくお願い申し上げます。
""" + _SIG_OKOCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "R4: four external organisations in To can see each other's addresses",
    },
]

MESSAGES += [
    {
        "id": "kokyakusodan-007",
        "charset": "cp932",
        "sender": _SHOJI,
        "to": ["錦印刷 営業部 宇佐美様 <usami@nishiki-insatsu.co.jp>"],
        "subject": "クーリング・オフのご案内 再送付分の宛名データ送付の件",
        "body": """錦印刷株式会社
営業部　宇佐美様

いつもお世話になっております。日の出産業の東海林です。

先日ご相談しておりました「クーリング・オフ制度のご案内」再送付分の
宛名データを添付いたします。
シート「送付先」の12件を封入・発送、「除外」シートの2件は発送不要です。
11/8（金）投函でお願いできますでしょうか。

よろしくお願いいたします。
""" + _SIG_SHOJI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "クーリングオフ案内_再送付_宛名.xlsx",
                "title": "クーリング・オフ案内 再送付 宛名リスト",
                "sheets": {
                    "送付先": [
                        ["クーリング・オフ制度のご案内 再送付 宛名リスト（2025年11月投函分）"],
                        [],
                        ["No", "氏名", "郵便番号", "住所", "電話番号", "契約日"],
                        [1, "相良 仁志", "252-0303", "神奈川県相模原市南区相模大野5-18-3", "042-745-3318", "2025/10/22"],
                        [2, "鶴見 さおり", "211-0063", "神奈川県川崎市中原区小杉町2-276-1-1403", "080-6691-2207", "2025/10/22"],
                        [3, "砂川 昭", "330-0854", "埼玉県さいたま市大宮区桜木町4-333-7", "048-641-9935", "2025/10/23"],
                        [4, "古閑 美津子", "273-0005", "千葉県船橋市本町6-2-19", "047-422-6810", "2025/10/23"],
                        [5, "阿久津 良太", "160-0022", "東京都新宿区新宿6-27-30-805", "090-4417-3326", "2025/10/24"],
                        [6, "波多野 ゆかり", "184-0004", "東京都小金井市本町1-8-14", "042-383-7702", "2025/10/24"],
                        [7, "栗栖 信夫", "231-0023", "神奈川県横浜市中区山下町118-2", "045-662-0418", "2025/10/24"],
                        [8, "福士 恵", "359-1111", "埼玉県所沢市緑町3-7-11", "04-2925-3140", "2025/10/25"],
                        [9, "猿渡 勝", "260-0013", "千葉県千葉市中央区中央2-5-1", "043-227-5591", "2025/10/25"],
                        [10, "皆川 千尋", "192-0046", "東京都八王子市明神町4-9-2", "080-2219-5573", "2025/10/27"],
                        [11, "宍戸 敏行", "300-0036", "茨城県土浦市大和町9-1-502", "029-824-6631", "2025/10/27"],
                        [12, "月岡 ふみ", "370-0841", "群馬県高崎市栄町16-11", "027-322-4907", "2025/10/28"],
                    ],
                    "除外": [
                        ["No", "氏名", "理由"],
                        [1, "大道寺 恒夫", "宛先不明で返戻"],
                        [2, "新堀 りえ", "解約済み"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "R1: XLSX mailing list of twelve customers (name, address, phone) sent to the printer",
    },
    {
        "id": "kokyakusodan-008",
        "charset": "iso-2022-jp",
        "sender": _MITSUYA,
        "to": ["ツバサシステム 営業部 長谷部様 <hasebe@tsubasa-system.jp>"],
        "subject": "苦情管理システム更改に係る秘密保持契約書（案）のご確認",
        "body": """株式会社ツバサシステム
営業部　長谷部様

お世話になっております。日の出産業 お客様相談室の三ツ矢です。

苦情管理システム更改の件、要件定義の開始に先立ち
秘密保持契約（NDA）を締結させていただきたく、当社ひな形の案を添付いたします。

当社法務からは、第３条（機密情報の範囲）に「お客様の個人情報」を明記すること、
第７条の返還・廃棄条項に証明書の提出を加えることを求められております。
貴社法務部門でご確認のうえ、修正点があれば変更履歴付きでお戻しください。

11月中の締結を目標としております。どうぞよろしくお願いいたします。
""" + _SIG_MITSUYA,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_案_日の出産業_ツバサシステム.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、苦情管理システム更改業務（以下「本業務」という。）に関し、次のとおり秘密保持契約を締結する。",
                    "第１条（目的）本契約は、本業務の遂行のために甲が乙に開示する情報の取扱いを定めることを目的とする。",
                    "第３条（機密情報）本契約において機密情報とは、甲が乙に開示する技術上・営業上の情報、およびお客様の個人情報をいう。",
                    "第５条（目的外使用の禁止）乙は、機密情報を本業務以外の目的に使用してはならない。",
                    "第７条（返還・廃棄）乙は、本業務終了後、甲の指示に従い機密情報を返還または廃棄し、その証明書を甲に提出する。",
                    "第１０条（有効期間）本契約の有効期間は締結日から３年間とする。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with a draft contract; 機密情報 appears only as contract wording",
    },
    {
        "id": "kokyakusodan-009",
        "charset": "iso-2022-jp",
        "sender": _MAKABE,
        "to": ["みどり銀行 浦和支店 融資課 <urawa-yushi@midori-ginkou.co.jp>"],
        "subject": "提携ローンのお客様からのお問い合わせ転送",
        "body": """みどり銀行 浦和支店 融資課 ご担当者様

いつもお世話になっております。日の出産業お客様相談室の真壁です。

提携ローンのご返済口座に関して、下記のお客様から当室にお問い合わせがありました。
口座の引落し日についてのご質問のため、貴行からご回答いただけますでしょうか。

　お名前：　　嶋津 光太郎 様
　お電話：　　048-886-2150（日中は携帯 090-5571-3024）
　ご質問：　　毎月の引落しが27日から月末に変わったのはなぜか

お手数ですがよろしくお願いいたします。
""" + _SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "R5: midori-ginkou.co.jp is a one-letter look-alike of the partner bank midori-ginko.co.jp",
    },
    {
        "id": "kokyakusodan-010",
        "charset": "cp932",
        "sender": _SHOJI,
        "to": ["みどり銀行 お客さま相談部 桐生様 <kiryu.a@midori-ginko.co.jp>"],
        "subject": "苦情受付一覧（提携ローン関連・10月分）の送付",
        "body": """みどり銀行 お客さま相談部
桐生様

いつもお世話になっております。日の出産業の東海林です。

10月に当室で受け付けた提携ローン関連の苦情一覧（お客様12名分）を
パスワード付きZIPにてお送りいたします。
パスワードは別メールにてお知らせいたします。

ご確認のほどよろしくお願いいたします。
""" + _SIG_SHOJI + _DISC_JA,
        "attachments": [
            {
                "kind": "zip",
                "name": "苦情受付一覧_202510.zip",
                "password": "Mdr#2510kq",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "苦情受付一覧_202510.xlsx",
                        "sheets": {"10月": [
                            ["受付日", "氏名", "電話", "内容"],
                            ["10/02", "岩清水 巧", "090-1184-2260", "引落し日の変更"],
                            ["10/05", "森嶋 奈緒", "080-3302-5519", "督促電話の時間帯"],
                            ["10/09", "乙部 誠一", "03-3409-7715", "繰上返済手数料"],
                            ["10/14", "真柴 光子", "047-336-2280", "利率変更の通知"],
                            ["10/18", "雲井 大輔", "090-7731-4482", "窓口の対応"],
                        ]},
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "R7: password-protected ZIP (PPAP) that cannot be inspected; contents encrypted",
    },
    {
        "id": "kokyakusodan-011",
        "charset": "cp932",
        "sender": _SHOJI,
        "to": ["みどり銀行 お客さま相談部 桐生様 <kiryu.a@midori-ginko.co.jp>"],
        "subject": "【パスワード】苦情受付一覧（提携ローン関連・10月分）",
        "body": """桐生様

先ほどお送りした「苦情受付一覧_202510.zip」の解凍パスワードをお知らせいたします。

　パスワード：Mdr#2510kq

※来月より、ファイル共有サービス経由でのご送付に切り替える予定です。
　詳細は改めてご案内いたします。

東海林
""" + _SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail: no attachment, no personal data",
    },
    {
        "id": "kokyakusodan-012",
        "charset": "utf-8",
        "sender": _OKOCHI,
        "to": ["星空生命 代理店推進部 奥寺部長 <okudera.t@hoshizora-life.co.jp>"],
        "subject": "第2四半期 苦情分析レポートのご送付",
        "body": """星空生命保険株式会社
代理店推進部　奥寺部長

いつも大変お世話になっております。
日の出産業 お客様相談室の大河内でございます。

第2四半期（7～9月）の保険代理店業務に関する苦情分析レポートを添付いたします。
来週の連絡会の資料としてご活用いただければ幸いです。

主なポイント：
・苦情件数は前四半期比 12% 減（54件 → 47件）
・「説明不足」に分類される苦情の約半数が70歳以上のお客様
・解約手続きの所要日数に関するご不満が増加

よろしくお願いいたします。
""" + _SIG_OKOCHI,
        "attachments": [
            {
                "kind": "pptx",
                "name": "2025Q2_苦情分析レポート.pptx",
                "title": "2025年度第2四半期 苦情分析レポート",
                "page_footer": "社外秘　日の出産業株式会社 お客様相談室",
                "slides": [
                    ["【社外秘】2025年度 第2四半期 苦情分析レポート", "日の出産業株式会社 金融サービス事業部 お客様相談室", "2025年10月"],
                    ["苦情件数の推移", "Q1：54件", "Q2：47件（前期比 -12%）", "うち保険代理店業務：31件"],
                    ["分類別", "説明不足：14件", "手続き遅延：9件", "接客態度：5件", "その他：3件"],
                    ["今後の対策", "70歳以上のお客様へのご家族同席の推奨", "解約手続きの標準日数を10営業日から7営業日へ"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "R6: the attached report is stamped 社外秘 on its slides and footer",
    },
    {
        "id": "kokyakusodan-013",
        "charset": "utf-8",
        "sender": _MITSUYA,
        "to": ["ツバサシステム コールセンター運用 <cc-ops@tsubasa-system.jp>"],
        "subject": "11月 保険更新のご案内 架電リスト",
        "body": """ツバサシステム コールセンター運用チーム ご担当者様

お世話になっております。日の出産業の三ツ矢です。

11月分の更新案内の架電リストをCSV（UTF-8）でお送りします。
架電希望時間帯の列をご確認のうえ、発信をお願いいたします。
結果は例月どおり、月末に結果コード付きでご返送ください。

三ツ矢
""" + _SIG_MITSUYA,
        "attachments": [
            {
                "kind": "csv",
                "name": "koshin_kaden_202511.csv",
                "encoding": "utf-8",
                "rows": [
                    ["顧客ID", "氏名", "フリガナ", "自宅電話", "携帯電話", "架電希望時間帯", "満期日"],
                    ["C0081123", "真田 悠", "サナダ ユウ", "03-3402-1187", "090-2218-6640", "平日18時以降", "2025/12/01"],
                    ["C0081130", "木ノ下 雅美", "キノシタ マサミ", "", "080-4471-0932", "土曜午前", "2025/12/03"],
                    ["C0081157", "千葉 岳", "チバ ガク", "0476-22-8813", "", "いつでも可", "2025/12/05"],
                    ["C0081162", "羽生 芳子", "ハブ ヨシコ", "042-521-3360", "090-8826-1145", "平日昼", "2025/12/05"],
                    ["C0081178", "鈴鹿 卓", "スズカ スグル", "", "070-1143-8826", "平日19時以降", "2025/12/08"],
                    ["C0081191", "入江 静香", "イリエ シズカ", "045-974-2201", "", "平日午前", "2025/12/10"],
                    ["C0081205", "奈良橋 透", "ナラハシ トオル", "", "080-9912-7735", "土日", "2025/12/12"],
                    ["C0081219", "藤代 さゆり", "フジシロ サユリ", "03-5706-4418", "090-3345-0067", "平日17時以降", "2025/12/15"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "R1: CSV call list of eight customers with phone numbers to the call-centre vendor",
    },
    {
        "id": "kokyakusodan-014",
        "charset": "iso-2022-jp",
        "sender": _SHOJI,
        "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
        "subject": "提携ローン リーフレット 取扱店一覧の差し替え",
        "body": """錦印刷株式会社 制作部 ご担当者様

お世話になっております。日の出産業の東海林です。

提携ローンのリーフレット裏面「お取扱店一覧」に変更がありましたので、
下記の内容に差し替えをお願いいたします（新小岩支店を追加、錦糸町出張所を削除）。

・みどり銀行 日本橋支店　　東京都中央区日本橋室町1-6-3　　　　　　 03-3241-5511
・みどり銀行 新宿西口支店　東京都新宿区西新宿1-20-2　　　　　　　　03-3343-2281
・みどり銀行 池袋支店　　　東京都豊島区南池袋2-28-10　　　　　　　 03-3981-4470
・みどり銀行 新小岩支店　　東京都葛飾区新小岩1-45-7　　　　　　　　03-3651-0920
・みどり銀行 川崎支店　　　神奈川県川崎市川崎区駅前本町11-2　　　　044-211-3360
・みどり銀行 大宮支店　　　埼玉県さいたま市大宮区大門町2-118　　　 048-641-5105
・みどり銀行 船橋支店　　　千葉県船橋市本町4-2-17　　　　　　　　　047-424-8831

受付時間はいずれも平日 9:00～15:00 です。
校正刷りができましたらPDFでお送りください。
""" + _SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of bank branches (businesses, switchboards), not people",
    },
]

MESSAGES += [
    {
        "id": "kokyakusodan-015",
        "charset": "utf-8",
        "sender": _IOKIBE,
        "to": ["全国金融ADRセンター 紛争解決手続担当 <funso@kinyu-adr.or.jp>"],
        "cc": ["大河内 恭子 <okochi.kyoko@hinode-sangyo.co.jp>"],
        "subject": "令和7年（受）第318号 答弁書の提出について",
        "body": """一般社団法人 全国金融ADRセンター
紛争解決手続担当 御中

日の出産業株式会社 コンプライアンス統括部の五百旗頭でございます。

標記事案につきまして、当社の答弁書を添付のとおり提出いたします。
原本は本日付で郵送いたしました。

何卒よろしくお願い申し上げます。
""" + _SIG_IOKIBE,
        "attachments": [
            {
                "kind": "docx",
                "name": "答弁書_令和7年受第318号.docx",
                "title": "答弁書",
                "paragraphs": [
                    "答弁書",
                    "令和7年（受）第318号",
                    "申立人　柚木 麻里子（昭和47年8月3日生）",
                    "申立人住所　東京都世田谷区経堂3丁目19番6号",
                    "相手方　日の出産業株式会社",
                    "第１　申立ての趣旨に対する答弁　申立人の請求を棄却するとの判断を求める。",
                    "第２　申立ての理由に対する認否",
                    "１　申立人は、契約締結当時うつ病により心療内科に通院中であり、十分な判断ができなかった旨主張する。相手方は、契約時の面談記録上、申立人の受け答えに不自然な点は認められなかったものと認識している。",
                    "２　申立人は、担当者が重要事項説明書を交付しなかった旨主張するが、相手方は申立人の署名のある受領書を保管している。",
                    "第３　相手方の主張　以上のとおり、本件契約の締結過程に違法・不当な点はない。",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "R3: answer to the ombudsman names the applicant and her depression treatment",
    },
    {
        "id": "kokyakusodan-016",
        "charset": "cp932",
        "sender": _MAKABE,
        "to": ["サンライズカード 会員サービス部 <kaiin-service@sunrise-card.co.jp>"],
        "subject": "二重請求のお申し出について（ご調査のお願い）",
        "body": f"""サンライズカード株式会社
会員サービス部 ご担当者様

いつもお世話になっております。
日の出産業お客様相談室の真壁でございます。

当社提携カードの会員様より、9月ご利用分が二重に請求されているとの
お申し出がございました。会員様のご了承をいただいておりますので、
ご調査をお願いできますでしょうか。

　会員氏名　　　：神代 早苗（くましろ さなえ）様
　カード番号　　：{_zen(_card(2))}
　有効期限　　　：０８／２８
　ご利用日　　　：９月１４日　ご利用先：ＨＩＮＯＤＥ　ＯＮＬＩＮＥ　ＳＨＯＰ
　ご請求額　　　：１２，８００円 × ２回
　ご連絡先　　　：０９０－４４８２－１１９３

ご回答は当室宛にいただければ、会員様へは当室からご説明いたします。
""" + _SIG_MAKABE,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "R2: a member's full card number (full-width digits) sent to the card company",
    },
    {
        "id": "kokyakusodan-017",
        "charset": "iso-2022-jp",
        "sender": _SHOJI,
        "to": ["みどり銀行 お客さま相談部 桐生様 <kiryu.a@midori-ginko.co.jp>"],
        "subject": "Re: 督促のお電話に関するお申し出（6件）",
        "body": """桐生様

お世話になっております。東海林です。
一覧を拝受しました。6件とも当社の委託先からの架電かどうか、
通話記録を確認のうえ、今週金曜までにご回答いたします。

取り急ぎ受領のご連絡まで。

東海林

> 日の出産業 お客様相談室 東海林様
>
> いつもお世話になっております。みどり銀行の桐生です。
> 当行窓口に、提携ローンの督促電話についてのお申し出が続いております。
> 下記6名の方について、貴社からの架電状況をご確認いただけますか。
>
>   氏名          電話番号        お申し出日
>   -----------   -------------   ----------
>   小此木 達也   090-2213-8874   10/03
>   鮫島 由美     080-6640-1127   10/06
>   宇津木 隆     03-3704-2286    10/09
>   東條 あかね   070-3381-5546   10/15
>   栗林 一郎     048-925-6613    10/16
>   仙波 恵理子   090-8832-0751   10/20
>
> よろしくお願いいたします。
> みどり銀行 お客さま相談部 桐生 亜紀
""" + _SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list of six people is only in the quoted text from the bank itself",
    },
    {
        "id": "kokyakusodan-018",
        "charset": "utf-8",
        "sender": _SHOJI,
        "to": ["錦印刷 営業部 宇佐美様 <usami@nishiki-insatsu.co.jp>"],
        "subject": "お詫び状 発送先リスト（返済予定表 誤記載の件）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>錦印刷株式会社<br>営業部　宇佐美様</p>
<p>いつもお世話になっております。日の出産業の東海林です。</p>
<p>先日ご相談した返済予定表の誤記載に関するお詫び状について、発送先は下記の8名様です。<br>
本文原稿は別途お送りしますので、宛名の差し込みをお願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde8f4"><th>No</th><th>氏名</th><th>〒</th><th>住所</th></tr>
<tr><td>1</td><td>大楠 智子</td><td>135-0016</td><td>東京都江東区東陽4-8-21-302</td></tr>
<tr><td>2</td><td>生駒 隆之</td><td>154-0004</td><td>東京都世田谷区太子堂2-15-7</td></tr>
<tr><td>3</td><td>真行寺 茜</td><td>223-0061</td><td>神奈川県横浜市港北区日吉3-11-4</td></tr>
<tr><td>4</td><td>我妻 功</td><td>336-0017</td><td>埼玉県さいたま市南区南浦和2-36-10</td></tr>
<tr><td>5</td><td>瀬尾 和美</td><td>271-0091</td><td>千葉県松戸市本町18-4-1205</td></tr>
<tr><td>6</td><td>錦織 大地</td><td>181-0013</td><td>東京都三鷹市下連雀3-27-12</td></tr>
<tr><td>7</td><td>小野寺 晴美</td><td>213-0001</td><td>神奈川県川崎市高津区溝口1-19-5</td></tr>
<tr><td>8</td><td>向井 康平</td><td>343-0845</td><td>埼玉県越谷市南越谷4-2-14</td></tr>
</table>
<p>何卒よろしくお願いいたします。</p>
<p>――<br>日の出産業株式会社 お客様相談室　東海林 健<br>直通 03-5201-7734</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "R1: HTML-only mail with a table of eight customers' names and home addresses to the printer",
    },
    {
        "id": "kokyakusodan-019",
        "charset": "iso-2022-jp",
        "sender": _KITO,
        "to": ["青山県警察本部 生活安全部 特殊詐欺対策室 <sagi-taisaku@police.pref.aoyama.lg.jp>"],
        "subject": "特殊詐欺被害に関する情報提供（当社顧客）",
        "body": """青山県警察本部 生活安全部
特殊詐欺対策室　巡査部長 堤 様

お世話になっております。先ほどお電話した日の出産業お客様相談室の鬼頭です。
お電話でお伝えした内容を念のため書面でもお送りします。

【被害に遭われたお客様】
　氏名：　　目黒 キヨ（めぐろ きよ）様
　生年月日：昭和１３年１１月２日（８６歳）
　住所：　　青山県南里市桜台２丁目５番１８号
　被害の概要：
　　１０月２０日、「市役所の職員」を名乗る男から還付金があると電話があり、
　　指示されるままＡＴＭを操作し、計４８万円を振り込んだ。
　　同日、当社ローン口座（みどり銀行 南里支店 普通 4471093）からも
　　カードローン枠で３０万円が引き出されている。
　ご家族：長男 目黒 浩一 様（同居）

ご本人・ご家族とも被害届を提出済みと伺っております。
当社側の取引記録が必要でしたらご指示ください。
""" + _SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "R3: an identifiable customer as a fraud (crime) victim, with DOB and address, sent to the police",
    },
    {
        "id": "kokyakusodan-020",
        "charset": "iso-2022-jp",
        "sender": _KITO,
        "to": ["みどり銀行 武蔵小杉支店 窓口課 <musashikosugi@midori-ginko.co.jp>"],
        "subject": "ご来店予定のお客様について（ご配慮のお願い）",
        "body": """みどり銀行 武蔵小杉支店 窓口課 ご担当者様

お世話になっております。日の出産業お客様相談室の鬼頭です。

明日１０時ごろ、提携ローンの繰上返済のため
勅使河原 進様（会員番号 ML-44102）が貴店にご来店される予定です。

昨日お電話でお話しした際、同じご質問を何度か繰り返される場面があり、
ご本人のご理解が十分か少し心配しております。
お手続きの際は、ゆっくりと内容をご確認いただけますと幸いです。
必要であれば、当室（03-5201-7735）にお電話いただければ私からもご説明します。

よろしくお願いいたします。
""" + _SIG_KITO,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "staff observation of an elderly customer's possible cognitive decline (no diagnosis): sensitive or not is a judgement call",
    },
]

# ---------------------------------------------------------------------------- 021-040
MESSAGES += [
    {
        "id": "kokyakusodan-021",
        "charset": "cp932",
        "sender": _OKOCHI,
        "to": ["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
        "subject": "後見人届出のあったお客様一覧（ご依頼分）",
        "body": """白川法律事務所 事務局 御中

いつもお世話になっております。日の出産業の大河内です。

先日立花先生よりご依頼いただきました、後見人届出のあったお客様の一覧を
Excelにてお送りいたします。
ご確認のほどよろしくお願いいたします。
""" + _SIG_OKOCHI,
        "attachments": [
            {"kind": "corrupt", "name": "後見人届出_一覧_2025.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "R7: the XLSX attachment is corrupt and cannot be inspected",
    },
    {
        "id": "kokyakusodan-022",
        "charset": "cp932",
        "sender": _OKOCHI,
        "to": ["みどり銀行 お客さま相談部 桐生様 <kiryu.a@midori-ginko.co.jp>"],
        "cc": ["白川法律事務所 立花先生 <tachibana@shirakawa-law.jp>"],
        "subject": "三者協議の日程調整について",
        "body": """みどり銀行 お客さま相談部　桐生様
白川法律事務所　立花先生

いつもお世話になっております。日の出産業の大河内です。

先日来ご相談しております提携ローン苦情案件の件、三者での協議の場を
設けたく、下記候補日からご都合をお知らせいただけますでしょうか。

　① 11月11日（火）15:00～16:00
　② 11月13日（木）10:00～11:00
　③ 11月17日（月）14:00～15:00

場所は当社日本橋オフィス 6F 応接室、またはTeamsでの開催を想定しております。
資料は前日までに共有いたします。

よろしくお願いいたします。
""" + _SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc for a normal three-way meeting",
    },
    {
        "id": "kokyakusodan-023",
        "charset": "cp932",
        "sender": _SAOTOME,
        "to": ["瀬戸内信用金庫 事務集中課 <jimu-shuchu@setouchi-shinkin.jp>"],
        "subject": "10月分 口座振替不能のお客様一覧（保険料）",
        "body": """瀬戸内信用金庫 事務集中課 ご担当者様

いつも大変お世話になっております。
日の出産業 保険代理店課の早乙女でございます。

10月27日振替分のうち、振替不能となったお客様の一覧を添付いたします。
再振替の可否について、各支店へのご確認をお願いできますでしょうか。

よろしくお願いいたします。
""" + _SIG_SAOTOME,
        "attachments": [
            {
                "kind": "xls",
                "name": "furikae_funou_202510.xls",
                "sheets": {
                    "振替不能": [
                        ["顧客番号", "氏名", "取扱店", "科目", "口座番号", "振替金額", "不能事由"],
                        ["H-220413", "宮脇 修", "倉敷支店", "普通", "0184427", 8420, "残高不足"],
                        ["H-220519", "坪井 美奈", "玉島支店", "普通", "0273316", 5630, "残高不足"],
                        ["H-220602", "藤堂 義男", "岡山駅前支店", "普通", "1102853", 12780, "取引なし"],
                        ["H-220788", "新見 さち子", "総社支店", "普通", "0339148", 3910, "残高不足"],
                        ["H-220815", "角南 浩", "倉敷支店", "普通", "0457721", 9250, "預金者の都合"],
                        ["H-220901", "景山 美里", "児島支店", "普通", "0062584", 4480, "残高不足"],
                        ["H-221034", "赤木 隆夫", "水島支店", "普通", "0728810", 15600, "残高不足"],
                        ["H-221177", "妹尾 晴香", "玉島支店", "普通", "0391157", 6120, "口座解約済"],
                        ["H-221203", "難波 正", "岡山駅前支店", "普通", "1240069", 7340, "残高不足"],
                        ["H-221290", "守屋 和子", "総社支店", "普通", "0518823", 2980, "残高不足"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "R1: legacy XLS with ten customers' names and bank accounts to a credit union",
    },
    {
        "id": "kokyakusodan-024",
        "charset": "iso-2022-jp",
        "sender": _MAKABE,
        "to": ["みどり銀行 ローンセンター 審査課 <loan-shinsa@midori-ginko.co.jp>"],
        "subject": "提携ローン お申込みの本人確認情報（追完）",
        "body": """みどり銀行 ローンセンター 審査課 ご担当者様

お世話になっております。日の出産業の真壁です。

先週お申込みのあった提携ローンの件で、本人確認書類の記載事項の
追完をご依頼いただいておりましたので、下記のとおりご連絡します。

　申込番号：　　　ML-2510-08817
　申込者氏名：　　諫早 孝之（いさはや たかゆき）
　生年月日：　　　1979年4月26日
　住所：　　　　　神奈川県藤沢市鵠沼海岸3-14-22
　本人確認書類：　運転免許証
　免許証番号：　　第 4521 0418 8637 号
　有効期限：　　　2028年5月26日まで

原本確認は当社窓口にて実施済みです。
""" + _SIG_MAKABE,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "R2: an applicant's driver's licence number sent to the partner bank",
    },
    {
        "id": "kokyakusodan-025",
        "charset": "cp932",
        "sender": _SHOJI,
        "to": ["みどり銀行 吉祥寺支店 <kichijoji@midori-ginko.co.jp>"],
        "subject": "お届け住所変更の連携（提携ローン）",
        "body": """みどり銀行 吉祥寺支店 ご担当者様

お世話になっております。日の出産業の東海林です。

提携ローンご利用のお客様から当社に住所変更のお届けがありました。
貴行側のお届け住所も変更をご希望とのことですので、ご連絡いたします。

　お客様：　海老名 泰子 様
　新住所：　東京都武蔵野市吉祥寺本町3-22-8 ハイツ本町201
　お電話：　0422-21-6614

貴行所定の変更届はお客様に直接お送りいただけますでしょうか。
よろしくお願いいたします。
""" + _SIG_SHOJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one customer's record to the partner bank: may be warned, not held",
    },
    {
        "id": "kokyakusodan-026",
        "charset": "iso-2022-jp",
        "sender": _KITO,
        "to": ["秋月 健吾 <kengo.akizuki.1968@gmail.com>"],
        "cc": [
            "秋月 奈々 <nana-akizuki@yahoo.co.jp>",
            "ひだまり居宅介護支援事業所 浦部 <urabe@care-hidamari.jp>",
        ],
        "subject": "お母様のお取引に関するご面談の日程",
        "body": """秋月 健吾 様
秋月 奈々 様
ひだまり居宅介護支援事業所　浦部様

いつもお世話になっております。日の出産業お客様相談室の鬼頭です。

先日お電話でご相談いただいた、お母様のお取引についてのご面談ですが、
下記日程でいかがでしょうか。

　11月8日（土）10:30～11:30
　場所：当社日本橋オフィス 6F 相談ブース（オンライン参加も可能です）

ご都合が合わない場合は、別の候補日をお知らせください。
当日はご家族様の本人確認書類をお持ちください。
""" + _SIG_KITO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "R4: two private persons on free mail and a care office (three parties) see each other in To/Cc",
    },
    {
        "id": "kokyakusodan-027",
        "charset": "iso-2022-jp",
        "sender": _IOKIBE,
        "to": ["立花 昌也 先生 <tachibana@shirakawa-law.co.jp>"],
        "subject": "次回期日に向けた準備書面の素案",
        "body": """立花先生

お世話になっております。日の出産業の五百旗頭です。

次回期日（12月3日）に向けた準備書面につきまして、当社側で論点を整理した
素案を作成いたしました。ご多忙のところ恐縮ですが、来週中にご意見を
いただけますと幸いです。

　1. 適合性原則違反の主張への反論（面談記録の時系列）
　2. 説明義務に関する書証の追加（重要事項説明書の受領書）
　3. 和解の可能性についての当社の基本方針

素案はこの後、別便でお送りいたします。
""" + _SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "R5: shirakawa-law.co.jp is a look-alike (added co.) of the partner law firm shirakawa-law.jp",
    },
    {
        "id": "kokyakusodan-028",
        "charset": "utf-8",
        "sender": _KITO,
        "to": ["みどり銀行 田園調布支店 相続手続担当 <denenchofu-sozoku@midori-ginko.co.jp>"],
        "subject": "相続手続きのご来店者について（故 鰐淵 治様）",
        "body": """みどり銀行 田園調布支店 相続手続ご担当者様

お世話になっております。日の出産業お客様相談室の鬼頭です。

提携ローンをご利用だった故 鰐淵 治様の相続手続きにつき、
11月12日（水）14時に相続人の皆様が貴店にご来店されます。
当日ご来店予定の方は以下の3名です。

　・鰐淵 哲也 様（長男）　090-6612-3380
　・鰐淵 亜希子 様（長女）080-2247-9915
　・堀 恭平 様（次男・婿養子）　03-3721-0846

当社のローン残高証明は本日郵送いたしました。
よろしくお願いいたします。
""" + _SIG_KITO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with their phone numbers: under the five-person threshold",
    },
    {
        "id": "kokyakusodan-029",
        "charset": "cp932",
        "sender": _SAOTOME,
        "to": ["かえで損害保険 代理店業務部 <dairiten-gyomu@kaede-sonpo.co.jp>"],
        "subject": "書類誤送付事案のご報告",
        "body": """かえで損害保険株式会社
代理店業務部 ご担当者様

平素より大変お世話になっております。
日の出産業 保険代理店課の早乙女でございます。

先般ご報告いたしました書類誤送付事案について、経緯と再発防止策を
報告書に取りまとめましたので添付いたします。
ご確認のうえ、ご指摘等ございましたらお知らせください。

このたびはご迷惑をおかけし、誠に申し訳ございませんでした。
""" + _SIG_SAOTOME,
        "attachments": [
            {
                "kind": "docx",
                "name": "事故報告書_書類誤送付_20251015.docx",
                "title": "事故報告書",
                "page_header": "取扱注意",
                "paragraphs": [
                    "取扱注意",
                    "事故報告書（書類誤送付）",
                    "1. 発生日：2025年10月15日",
                    "2. 概要：更新手続き書類1通を、別のお客様の宛先に送付した。",
                    "3. 原因：封入作業時のダブルチェックが省略されていた。宛名ラベルの印刷順と書類の並び順が一致していなかった。",
                    "4. 対応：誤送付先のお客様から書類を回収済み。正しいお客様へお詫びのうえ再送付済み。",
                    "5. 再発防止策：封入時の二名照合の徹底、宛名ラベルへのバーコード付与。",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "R6: the report carries the classification 取扱注意 in its header and title",
    },
    {
        "id": "kokyakusodan-030",
        "charset": "utf-8",
        "sender": _SAOTOME,
        "to": ["星空生命 コンプライアンス部 <compliance@hoshizora-life.co.jp>"],
        "subject": "高齢者募集 適合性確認記録（9月契約分）の提出",
        "body": """星空生命保険株式会社
コンプライアンス部 ご担当者様

お世話になっております。日の出産業 保険代理店課の早乙女です。

9月にお預かりした75歳以上のお客様のご契約について、
適合性確認記録の一覧をPDFにて提出いたします。
ご家族同席の有無も記載しております。

よろしくお願いいたします。
""" + _SIG_SAOTOME,
        "attachments": [
            {
                "kind": "pdf",
                "name": "適合性確認記録_202509.pdf",
                "title": "高齢者募集 適合性確認記録 2025年9月",
                "lines": ["高齢者募集 適合性確認記録（2025年9月契約分）", "日の出産業株式会社 保険代理店課", ""],
                "table": [
                    ["証券番号", "契約者氏名", "年齢", "電話番号", "家族同席", "確認日"],
                    ["HZ-8820147", "榊原 ミヨ", "81", "03-3718-4426", "長女", "9/03"],
                    ["HZ-8820163", "今泉 寅雄", "78", "0467-22-8114", "なし(2回面談)", "9/05"],
                    ["HZ-8820198", "安心院 政子", "84", "045-541-2207", "長男", "9/10"],
                    ["HZ-8820215", "坂東 利夫", "76", "048-771-6638", "配偶者", "9/12"],
                    ["HZ-8820240", "田村 キミ", "88", "042-366-1905", "次女", "9/18"],
                    ["HZ-8820266", "芦田 源治", "79", "04-7163-2281", "長男", "9/22"],
                    ["HZ-8820281", "茂木 すみ", "83", "03-3891-7742", "長女", "9/25"],
                    ["HZ-8820302", "宮城 信吾", "77", "090-2238-6617", "なし(2回面談)", "9/29"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "R1: PDF table of eight elderly policyholders with phone numbers and ages to the insurer",
    },
]

MESSAGES += [
    {
        "id": "kokyakusodan-031",
        "charset": "iso-2022-jp",
        "sender": _IOKIBE,
        "to": ["全国金融ADRセンター 相談課 <soudan@kinyu-adr.or.jp>"],
        "subject": "苦情対応体制に関するアンケートへの回答",
        "body": """一般社団法人 全国金融ADRセンター
相談課 ご担当者様

日の出産業株式会社 コンプライアンス統括部の五百旗頭でございます。

先般ご依頼のありました「加入事業者の苦情対応体制に関するアンケート」に
つきまして、下記のとおり回答いたします。

問１　苦情受付窓口の体制：お客様相談室（専任6名）、受付時間 平日9:00～17:30
問２　苦情の記録・分析：苦情管理システムで全件記録し、四半期ごとに分析
問３　個人情報の取扱い：苦情記録に含まれる個人情報はアクセス権限を相談室員に限定し、
　　　年1回、全員に個人情報保護の研修を実施
問４　高齢のお客様への対応：70歳以上のお客様にはご家族の同席をお勧めしている
問５　ADR手続きへの協力：手続実施基本契約に基づき、速やかに答弁書を提出

以上、よろしくお願い申し上げます。
""" + _SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "survey answer to the ombudsman; 個人情報 is only mentioned in passing",
    },
    {
        "id": "kokyakusodan-032",
        "charset": "cp932",
        "sender": _IOKIBE,
        "to": ["白川法律事務所 立花先生 <tachibana@shirakawa-law.jp>"],
        "cc": ["白川法律事務所 パラリーガル 森本 <morimoto@shirakawa-law.jp>"],
        "subject": "集団申出案件の関係資料一式",
        "body": """立花先生

お世話になっております。五百旗頭です。

投資型保険の説明不足を理由とする申出の件、関係資料一式をZIPにまとめてお送りします。
　・申出人一覧.csv（申出人7名の連絡先と契約情報）
　・経過メモ.docx（相談室での対応経過）

申出人の代理人弁護士からの通知書は、スキャンのうえ別途お送りいたします。
""" + _SIG_IOKIBE,
        "attachments": [
            {
                "kind": "zip",
                "name": "集団申出_関係資料.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "申出人一覧.csv",
                        "encoding": "cp932",
                        "rows": [
                            ["No", "氏名", "住所", "電話", "証券番号", "申出日"],
                            ["1", "久我 俊彦", "東京都目黒区自由が丘2-9-14", "03-3717-2054", "VA-1002381", "2025/08/04"],
                            ["2", "武者小路 綾", "東京都杉並区荻窪5-16-3", "03-3391-8826", "VA-1002407", "2025/08/04"],
                            ["3", "大庭 忠", "神奈川県鎌倉市由比ガ浜1-4-29", "0467-24-3318", "VA-1002412", "2025/08/11"],
                            ["4", "白鳥 美紀", "千葉県市川市八幡3-27-6", "047-332-9910", "VA-1002455", "2025/08/18"],
                            ["5", "日下部 誠", "埼玉県川口市栄町2-11-21", "048-251-6673", "VA-1002460", "2025/08/25"],
                            ["6", "芹沢 京子", "東京都町田市原町田4-1-17", "042-722-5504", "VA-1002498", "2025/09/01"],
                            ["7", "村雨 良平", "神奈川県横浜市青葉区美しが丘2-33-8", "045-901-4427", "VA-1002516", "2025/09/08"],
                        ],
                    },
                    {
                        "kind": "docx",
                        "name": "経過メモ.docx",
                        "paragraphs": [
                            "集団申出案件 経過メモ（お客様相談室）",
                            "8/4 久我様・武者小路様より同日に電話。同じ説明会に参加されていた。",
                            "8/18 白鳥様より書面で申出。代理人弁護士の選任予定とのこと。",
                            "9/8 村雨様より申出。以降、7名の代理人として同一弁護士から通知。",
                        ],
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "R1: unencrypted ZIP holding a CSV of seven complainants' addresses and phones",
    },
    {
        "id": "kokyakusodan-033",
        "charset": "iso-2022-jp",
        "sender": _MAKABE,
        "to": ["みどり銀行 所沢支店 <tokorozawa@midori-ginko.co.jp>"],
        "subject": "聴覚に障がいのあるお客様へのご連絡方法について",
        "body": """みどり銀行 所沢支店 ご担当者様

お世話になっております。日の出産業お客様相談室の真壁です。

提携ローンご利用の 千田 昌平 様 について、ご連絡方法のお願いです。
千田様は聴覚障害（身体障害者手帳２級）をお持ちで、お電話でのやり取りが
難しいため、貴行からのご連絡もＦＡＸかメールでお願いできますでしょうか。

　千田 昌平 様
　ＦＡＸ：04-2922-7158
　ご来店時は筆談をご希望です。

当社側でも同様の配慮を登録しております。よろしくお願いいたします。
""" + _SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "R3: a named customer's hearing disability (disability certificate grade) sent to the bank",
    },
    {
        "id": "kokyakusodan-034",
        "charset": "cp932",
        "sender": _MAKABE,
        "to": ["サンライズカード 会員サービス部 <kaiin-service@sunrise-card.co.jp>"],
        "subject": "ご利用覚えのない請求のお申し出（照会番号 SR-25-11873）",
        "body": """サンライズカード株式会社 会員サービス部 ご担当者様

いつもお世話になっております。日の出産業お客様相談室の真壁です。

当社提携カード会員様より、ご利用覚えのない請求についてお申し出がありました。
カード番号は下4桁のみ記載いたします。

　会員氏名：　国分 啓太 様
　カード番号：＊＊＊＊－＊＊＊＊－＊＊＊＊－４４１７
　ご利用日：　10月19日　ご利用額：34,560円（海外加盟店）
　ご連絡先：　080-3326-7715

会員様はカードの利用停止を既にご希望済みです。調査結果は当室までお知らせください。
""" + _SIG_MAKABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one member's case with the card number masked to its last four digits",
    },
    {
        "id": "kokyakusodan-035",
        "charset": "iso-2022-jp",
        "sender": _KITO,
        "to": ["みどり銀行 年金サポートデスク <nenkin-desk@midori-ginko.co.jp>"],
        "subject": "年金受取口座指定のお手続きについて",
        "body": """みどり銀行 年金サポートデスク ご担当者様

お世話になっております。日の出産業お客様相談室の鬼頭です。

当社ローンをご利用のお客様が、年金の受取口座を貴行に変更されたいとのことで、
書類作成をお手伝いしております。貴行での届出に必要な情報をお送りします。

　氏名：　　　　　大道 タケ（おおみち たけ）
　生年月日：　　　昭和１５年３月２０日
　基礎年金番号：　4710-382615
　受取口座：　　　みどり銀行 錦糸町支店 普通 5028364

必要書類がほかにございましたらお知らせください。
""" + _SIG_KITO,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "R2: a customer's basic pension number sent to the bank",
    },
    {
        "id": "kokyakusodan-036",
        "charset": "cp932",
        "sender": _OKOCHI,
        "to": ["経理部 支払担当 <keiri-shiharai@hinode-sangyo.co.jp>"],
        "subject": "講師謝金の支払依頼（高齢者対応勉強会）",
        "body": f"""経理部 支払担当 御中

お疲れさまです。お客様相談室の大河内です。

11/28開催の合同勉強会で講師をお願いした外部講師への謝金支払をお願いします。
報酬の支払調書作成のため、個人番号の提供を受けましたので併せてお送りします。

　講師氏名：　城之内 聡子（じょうのうち さとこ）
　住所：　　　東京都文京区本駒込2-28-17
　個人番号：　{_mn(12)}
　謝金：　　　50,000円（源泉徴収前）
　振込先：　　みどり銀行 駒込支店 普通 3320718

個人番号の取扱いは規程に従いお願いします。
""" + _SIG_OKOCHI,
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "a My Number, but the only recipient is internal (経理部)",
    },
    {
        "id": "kokyakusodan-037",
        "charset": "iso-2022-jp",
        "sender": _SAOTOME,
        "to": ["みどり銀行 為替事務センター <kawase-center@midori-ginko.co.jp>"],
        "subject": "FW: 解約返戻金 支払予定一覧（11/5振込分）",
        "body": """みどり銀行 為替事務センター ご担当者様

お世話になっております。日の出産業 保険代理店課の早乙女です。
11/5振込分の解約返戻金について、社内の経理から回ってきた一覧を転送いたします。
振込先口座の名義相違がないか、事前確認をお願いできますでしょうか。

-------- 転送メッセージ --------
差出人: 経理部 支払担当 <keiri-shiharai@hinode-sangyo.co.jp>
件名: 解約返戻金 支払予定一覧（11/5振込分）

代理店課 各位

11/5振込予定の解約返戻金です。

氏名,金融機関,支店,科目,口座番号,金額
桂木 宏美,みどり銀行,横浜駅前支店,普通,2219047,382400
二階堂 巌,みどり銀行,藤沢支店,普通,0663182,1254000
柳瀬 早紀,みどり銀行,戸塚支店,普通,1437729,96800
相馬 敏,みどり銀行,大船支店,普通,0902356,547300
日向 千鶴,みどり銀行,関内支店,普通,3308814,215900
根岸 伸一郎,みどり銀行,上大岡支店,普通,1180463,708100

以上
--------------------------------
""" + _SIG_SAOTOME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "R1: a forwarded internal list of six payees with bank accounts is new text to the bank",
    },
    {
        "id": "kokyakusodan-038",
        "charset": "utf-8",
        "sender": _MITSUYA,
        "to": ["ツバサシステム コールセンター運用 <cc-ops@tsubasa-system.jp>"],
        "subject": "督促架電停止の対象者（社内メール添付）",
        "body": """ツバサシステム コールセンター運用チーム ご担当者様

お世話になっております。三ツ矢です。

督促架電を一時停止していただきたいお客様について、
社内で回付されたメールをそのまま添付します。
本日17時以降の架電から停止をお願いいたします。
""" + _SIG_MITSUYA,
        "attachments": [
            {
                "kind": "eml",
                "name": "督促停止依頼.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "債権管理課 <saiken@hinode-sangyo.co.jp>",
                    "to": ["三ツ矢 拓海 <mitsuya.takumi@hinode-sangyo.co.jp>"],
                    "subject": "督促停止依頼（弁護士介入・相談中）",
                    "body": """三ツ矢さん

債権管理課です。以下7名、督促架電を止めてください。

・篠宮 優斗　090-1882-4406（弁護士介入）
・早瀬 弥生　080-2291-3378（弁護士介入）
・戸叶 仁　　03-3624-5591（相談室で対応中）
・真鍋 和子　048-434-2207（相談室で対応中）
・梅宮 達夫　090-7745-1130（司法書士介入）
・秋吉 めぐみ　070-5512-8863（弁護士介入）
・水落 康弘　0480-22-9104（相談室で対応中）

よろしくお願いします。
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "R1: attached internal mail lists seven debtors with phone numbers, sent to the vendor",
    },
    {
        "id": "kokyakusodan-039",
        "charset": "iso-2022-jp",
        "sender": _SHOJI,
        "to": ["瀬戸内信用金庫 業務推進部 矢吹様 <yabuki@setouchi-shinkin.jp>"],
        "subject": "提携ローン 手数料一覧（2026年1月改定）",
        "body": """瀬戸内信用金庫 業務推進部　矢吹様

お世話になっております。日の出産業の東海林です。
来年1月からの提携ローン関連手数料の改定後一覧をお送りします。

項目                          現行          改定後
--------------------------    ----------    ----------
一部繰上返済（窓口）          3,300円       2,200円
一部繰上返済（インターネット）無料          無料
全額繰上返済                  5,500円       5,500円
返済日変更                    1,100円       無料
残高証明書発行                880円         660円
返済予定表再発行              550円         550円

※金額はいずれも消費税込みです。
※お客様向けの告知は12月1日から当社ホームページで開始します。

東海林
""" + _SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a fee table: ordinary business mail, no personal data",
    },
    {
        "id": "kokyakusodan-040",
        "charset": "cp932",
        "sender": _KITO,
        "to": ["あおい地域包括支援センター 社会福祉士 丸岡様 <maruoka@houkatsu-aoi.or.jp>"],
        "subject": "見守りが必要と思われるお客様の情報共有",
        "body": """あおい地域包括支援センター
社会福祉士　丸岡様

いつもお世話になっております。日の出産業お客様相談室の鬼頭です。

先日の地域ケア会議でご相談した件、当社のお客様のうち貴センターの
ご担当地域にお住まいで、見守りが必要と思われる方を一覧にしました。

氏名　　　　　年齢　住所　　　　　　　　　　　　　電話　　　　　　状況
東雲 フミエ　 87　　葵市本町3-4-12　　　　　　　 0543-22-6108　　認知症の診断あり・独居
一口 静子　　 83　　葵市駒形通2-17-5　　　　　　 0543-51-3370　　要介護2、物忘れ外来通院中
薬師寺 昭　　 90　　葵市安東1-9-28　　　　　　　 0543-46-2215　　脳梗塞後遺症、長女が遠方
小鳥遊 美代　 85　　葵市城東町11-3　　　　　　　 0543-22-9947　　独居、最近返済の遅れ
鷹取 甚八　　 88　　葵市北安東4-22-1　　　　　　 0543-46-7730　　アルツハイマー型認知症（長男より）
瓜生 イネ　　 92　　葵市鷹匠2-8-16　　　　　　　 0543-51-0082　　要介護3、施設入所を検討中

個別のご訪問の際に参考にしていただければと思います。
""" + _SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "R1+R3: six elderly customers with addresses, phones and dementia / care-level notes to a care centre",
    },
]

# ---------------------------------------------------------------------------- 041-060
MESSAGES += [
    {
        "id": "kokyakusodan-041",
        "charset": "utf-8",
        "sender": _SAOTOME,
        "to": ["かえで損害保険 契約保全課 <hozen@kaede-sonpo.co.jp>"],
        "subject": "解約申込書（写）の送付",
        "body": """かえで損害保険株式会社 契約保全課 ご担当者様

お世話になっております。日の出産業 保険代理店課の早乙女です。

相談室経由でお申し出のあったご契約の解約申込書（写）を、
パスワード付きPDFでお送りいたします。パスワードは従来どおり
お電話にてお伝えいたします。

原本は本日、青葉運輸の書類便で発送しております。
""" + _SIG_SAOTOME,
        "attachments": [
            {
                "kind": "pdf",
                "name": "解約申込書_写_KS-6620931.pdf",
                "password": "kaede-1107",
                "lines": [
                    "解約申込書",
                    "証券番号 KS-6620931",
                    "契約者 氏名：北大路 貞子　住所：京都府京都市北区紫野東御所田町41",
                    "解約理由：保険料負担のため",
                    "返戻金振込先：みどり銀行 京都支店 普通 2074419",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "R7: password-protected PDF that cannot be inspected",
    },
    {
        "id": "kokyakusodan-042",
        "charset": "utf-8",
        "sender": _OKOCHI,
        "to": ["Ms. Rachel Donnelly <r.donnelly@harborpoint-assurance.com>"],
        "subject": "Complaint handling framework – follow-up to our call",
        "body": """Dear Ms. Donnelly,

Thank you for your time on the call yesterday. As promised, here is a short outline of
how our Customer Consultation Desk handles complaints about the insurance products we
distribute as an agency in Japan.

1. Intake: phone (toll-free), web form and letters; every complaint is logged within
   one business day in our complaint management system.
2. Triage: complaints from customers aged 70 or over, or involving a guardian or family
   member, are routed to a dedicated senior-customer team.
3. Resolution: target of 10 business days; cases we cannot resolve are referred to the
   financial ADR body of which we are a member.
4. Reporting: quarterly analysis shared with each insurer and with our compliance
   department.

We would be happy to walk your team through the anonymised quarterly figures at the
meeting in Tokyo next month.

Best regards,

Kyoko Okochi
Manager, Customer Consultation Desk
Financial Services Division, Hinode Sangyo Co., Ltd.
2-14-8 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel +81-3-5201-7730
""" + _DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English business mail to a foreign partner ending with the standard disclaimer",
    },
    {
        "id": "kokyakusodan-043",
        "charset": "iso-2022-jp",
        "sender": _KITO,
        "to": ["三ツ矢 拓海 <mitsuya.takumi@hinode-sangyo.com>"],
        "subject": "至急：本日お電話のあったお客様の件",
        "body": """三ツ矢さん

お疲れさまです、鬼頭です。外出中にすみません。

本日14時ごろ、以前から苦情をいただいている下記のお客様から再度お電話があり、
「今日中に責任者から連絡がなければ金融庁に申し立てる」とのことでした。
戻られたら折り返しをお願いできますか。

　蔵前 善次郎 様
　自宅　03-3866-2471
　携帯　090-5528-1403

経緯は苦情管理システムの No.25-1187 に入れてあります。
""" + _SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "R5: colleague's address typed with hinode-sangyo.com, a TLD-swapped look-alike of the own domain",
    },
    {
        "id": "kokyakusodan-044",
        "charset": "utf-8",
        "sender": _OKOCHI,
        "to": ["Mr. Daniel Whitcombe <d.whitcombe@northgate-re.com>"],
        "subject": "CONFIDENTIAL: FY2025 H1 complaint statistics (agency channel)",
        "body": """Dear Mr. Whitcombe,

Please find attached the H1 complaint statistics for the agency channel that you
requested for the reinsurance treaty review.

The figures are aggregated by product and by customer age band; no individual case
data is included. Please do not circulate the document outside the review team.

Kind regards,
Kyoko Okochi
Customer Consultation Desk, Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "FY2025H1_complaint_statistics.pdf",
                "title": "FY2025 H1 complaint statistics",
                "page_header": "CONFIDENTIAL",
                "page_footer": "Hinode Sangyo Co., Ltd. - Confidential - Do not distribute",
                "lines": ["FY2025 H1 complaint statistics - agency channel", ""],
                "table": [
                    ["Product", "Under 60", "60-69", "70-79", "80+", "Total"],
                    ["Medical", "12", "9", "14", "6", "41"],
                    ["Cancer", "7", "5", "8", "3", "23"],
                    ["Whole life", "4", "6", "11", "9", "30"],
                    ["Annuity", "2", "8", "10", "7", "27"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "R6: subject and the attached PDF are marked CONFIDENTIAL",
    },
    {
        "id": "kokyakusodan-045",
        "charset": "iso-2022-jp",
        "sender": _KITO,
        "to": ["みどり銀行 上野支店 <ueno@midori-ginko.co.jp>"],
        "subject": "ご夫婦でのご来店について（繰上返済のお手続き）",
        "body": """みどり銀行 上野支店 ご担当者様

お世話になっております。日の出産業お客様相談室の鬼頭です。

提携ローンの全額繰上返済のお手続きのため、下記のご夫婦が
11月6日（木）午前に貴店にご来店予定です。
ご主人様の名義ですが、奥様もご同席されます。

　御手洗 正一 様（昭和１７年８月９日生）　電話 03-3841-2290
　御手洗 和子 様（昭和２０年２月１４日生）　携帯 080-1125-6634

当日は当社の残高証明書をお持ちになります。よろしくお願いいたします。
""" + _SIG_KITO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two people's records (a couple) to the partner bank: below the list threshold",
    },
    {
        "id": "kokyakusodan-046",
        "charset": "iso-2022-jp",
        "sender": _SAOTOME,
        "to": ["星空生命 新契約事務部 <shinkeiyaku@hoshizora-life.co.jp>"],
        "subject": "クーリング・オフ申出の連絡（10月第4週受付）",
        "body": """星空生命保険株式会社 新契約事務部 ご担当者様

お世話になっております。日の出産業 保険代理店課の早乙女です。
10月第4週に当社で受け付けたクーリング・オフのお申出をご連絡します。

【1】
　契約者：溝口 亜由美
　生年月日：1986年3月12日
　住所：東京都練馬区光が丘2-9-6-804
　電話：080-4417-2236
　申出日：10/20（書面到着）

【2】
　契約者：比嘉 勇
　生年月日：1972年11月30日
　住所：神奈川県横浜市鶴見区豊岡町18-3
　電話：045-581-7702
　申出日：10/21（電話後、書面到着）

【3】
　契約者：桑原 ひとみ
　生年月日：1990年7月5日
　住所：埼玉県川越市脇田本町22-14
　電話：090-6210-3345
　申出日：10/22

【4】
　契約者：岡部 哲郎
　生年月日：1958年1月19日
　住所：千葉県柏市柏4-8-1-1102
　電話：04-7166-2218
　申出日：10/23

【5】
　契約者：松永 りさ
　生年月日：1995年9月28日
　住所：東京都北区王子1-14-10
　電話：070-3304-5197
　申出日：10/24

【6】
　契約者：沖田 康之
　生年月日：1966年4月2日
　住所：東京都府中市宮町3-12-5
　電話：042-364-8831
　申出日：10/24

既払込保険料の返金手続きをお願いいたします。
""" + _SIG_SAOTOME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "R1: six cooling-off applicants, one record per block, sent to the insurer",
    },
    {
        "id": "kokyakusodan-047",
        "charset": "cp932",
        "sender": _SAOTOME,
        "to": ["青葉運輸 法人営業課 宮下様 <miyashita@aoba-unyu.co.jp>"],
        "subject": "FW: 星空生命 首都圏支社一覧（パンフレット配送先）",
        "body": """青葉運輸株式会社 法人営業課　宮下様

お世話になっております。日の出産業の早乙女です。
来週のパンフレット配送先として、星空生命さんからいただいた支社一覧を転送します。
各支社とも受付は1階の総合受付です。

----- Original Message -----
From: 星空生命 代理店サポート室
Sent: Monday, October 27, 2025 10:12 AM
Subject: 首都圏支社一覧

日の出産業 早乙女様

首都圏の支社一覧をお送りします。

・東京中央支社　〒104-0031 東京都中央区京橋2-7-14 星空京橋ビル3F　TEL 03-3561-0210
・新宿支社　　　〒163-0810 東京都新宿区西新宿2-4-1 新宿NSビル10F　TEL 03-3348-7711
・横浜支社　　　〒220-0011 神奈川県横浜市西区高島2-19-12 スカイビル17F　TEL 045-441-3320
・さいたま支社　〒330-0802 埼玉県さいたま市大宮区宮町1-109-1　TEL 048-644-5521
・千葉支社　　　〒260-0028 千葉県千葉市中央区新町1000 センシティタワー8F　TEL 043-238-6640

星空生命 代理店サポート室
""" + _SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of an insurer's branch-office list: businesses, not people",
    },
    {
        "id": "kokyakusodan-048",
        "charset": "utf-8",
        "sender": _MITSUYA,
        "to": ["みどり銀行 国際業務部 外国人顧客デスク <global-desk@midori-ginko.co.jp>"],
        "subject": "在留カード情報の確認依頼 / Residence card verification",
        "body": """みどり銀行 国際業務部 外国人顧客デスク ご担当者様

お世話になっております。日の出産業お客様相談室の三ツ矢です。

提携ローンご利用中の外国籍のお客様から、在留期間更新に伴う
お届け内容の変更のご相談がありました。貴行口座のお届けも併せて
更新が必要とのことで、ご本人の同意を得て情報をお送りします。

  Name:             NGUYEN THI LAN (グエン・ティ・ラン)
  Date of birth:    1994-06-17
  Nationality:      Viet Nam
  Residence card:   RK48207316EA
  Period of stay:   until 2028-07-31 (技術・人文知識・国際業務)
  Account:          みどり銀行 蒲田支店 普通 4408127

The customer prefers contact in English or Vietnamese if possible.

よろしくお願いいたします。
""" + _SIG_MITSUYA,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "R2: a foreign customer's residence card number sent to the bank",
    },
    {
        "id": "kokyakusodan-049",
        "charset": "cp932",
        "sender": _OKOCHI,
        "to": ["お客様相談室 全員 <soudan-all@hinode-sangyo.co.jp>"],
        "cc": ["五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】苦情対応マニュアル改訂版（v3.2）",
        "body": """相談室の皆さん

お疲れさまです。大河内です。
苦情対応マニュアルを改訂しましたので、添付をご確認ください。
主な変更は、成年後見人・任意後見人からの照会対応（第5章）と、
金融ADRへの移行判断基準（第7章）です。

社外秘のため、外部への転送・持ち出しは禁止です。
""" + _SIG_OKOCHI,
        "attachments": [
            {
                "kind": "docx",
                "name": "苦情対応マニュアル_v3.2.docx",
                "title": "苦情対応マニュアル v3.2",
                "page_header": "社外秘",
                "paragraphs": [
                    "【社外秘】お客様相談室 苦情対応マニュアル v3.2",
                    "第5章 後見人・ご家族からの照会",
                    "5-1 成年後見人からの照会は登記事項証明書で権限を確認する。",
                    "5-2 ご家族からの照会は、ご本人の同意または委任状がない限り契約内容を回答しない。",
                    "第7章 金融ADRへの移行",
                    "7-1 申出から30日を経過しても解決の見込みがない場合、ADR手続きを案内する。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 manual, but every recipient is internal",
    },
    {
        "id": "kokyakusodan-050",
        "charset": "cp932",
        "sender": "債権管理課 乾 陽介 <inui.yosuke@hinode-sangyo.co.jp>",
        "to": ["ひかりサービサー 管理部 <kanri@hikari-servicer.co.jp>"],
        "subject": "受任通知受領分の回収停止依頼（10月後半）",
        "body": """株式会社ひかりサービサー 管理部 ご担当者様

いつもお世話になっております。日の出産業 債権管理課の乾です。

10月後半に弁護士・司法書士から受任通知を受領した債権について、
貴社での回収業務を停止していただきますようお願いいたします。
（Excelから貼り付けていますので、タブ区切りになっています）

債権番号	氏名	生年月日	受任者	残債額
K-771204	仲間 竜也	1983/05/14	青空法律事務所 弁護士 三沢	842,300
K-771318	佐久間 絢子	1976/10/02	司法書士 野上事務所	315,000
K-771402	鬼塚 勇気	1991/01/27	青空法律事務所 弁護士 三沢	1,208,440
K-771455	谷 伸江	1965/08/19	すずらん法律事務所	472,900
K-771520	国東 拓真	1988/12/06	司法書士法人 港	96,500
K-771611	浦上 直子	1970/03/30	すずらん法律事務所	655,120
K-771689	嘉手納 亮	1985/07/11	司法書士 野上事務所	238,770

受任通知の写しは別途郵送いたします。
--
日の出産業株式会社 金融サービス事業部 債権管理課
乾 陽介　TEL 03-5201-7780
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "R1: tab-separated list of seven debtors with dates of birth and balances to a servicer",
    },
]

MESSAGES += [
    {
        "id": "kokyakusodan-051",
        "charset": "iso-2022-jp",
        "sender": _OKOCHI,
        "to": ["みどり銀行 お客さま相談部 桐生様 <kiryu.a@midori-ginko.co.jp>"],
        "cc": [
            "星空生命 代理店推進部 奥寺様 <okudera.t@hoshizora-life.co.jp>",
            "白川法律事務所 立花先生 <tachibana@shirakawa-law.jp>",
        ],
        "subject": "Re: Re: 合同協議（銀行窓口での保険募集に関する申出）",
        "body": """皆様

お世話になっております。日の出産業の大河内です。
皆様のご都合を伺い、11月20日（木）15時からで確定とさせてください。
会場は当社日本橋オフィス 7F 会議室Bです。

当日の進行案は前日までにお送りします。

大河内

-----Original Message-----
From: 奥寺 隆 <okudera.t@hoshizora-life.co.jp>
Sent: Thursday, October 30, 2025 6:41 PM
Subject: Re: 合同協議（銀行窓口での保険募集に関する申出）

大河内様
星空生命の奥寺です。20日午後であれば出席可能です。

> 候補日：11/18（火）、11/20（木）、11/21（金）
""" + _SIG_OKOCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "R4: reply-all keeps a bank, an insurer and a law firm (three organisations) visible in To/Cc",
    },
    {
        "id": "kokyakusodan-052",
        "charset": "cp932",
        "sender": _SHOJI,
        "to": ["錦印刷 経理課 <keiri@nishiki-insatsu.co.jp>"],
        "subject": "請求書の件（注文番号 NP-2025-0917）",
        "body": """錦印刷株式会社 経理課 ご担当者様

お世話になっております。日の出産業の東海林です。

10月分の請求書を拝受しました。下記の2件について、
単価が見積と異なっているようですのでご確認いただけますか。

　注文番号：NP-2025-0917　品名：クーリング・オフ案内（A4三つ折）　数量 3,000部
　　見積単価 12.5円 → 請求単価 14.0円
　注文番号：NP-2025-0933　品名：提携ローン リーフレット　数量 5,000部
　　見積単価 18.0円 → 請求単価 18.0円（こちらは問題ありません）
　　ただし送料 4,400円 が二重に計上されています。

請求書番号 INV-25-10-0442 の再発行をお願いいたします。
""" + _SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order and invoice numbers with a printer: ordinary business mail",
    },
    {
        "id": "kokyakusodan-053",
        "charset": "iso-2022-jp",
        "sender": _SAOTOME,
        "to": ["星空生命 引受審査部 <hikiuke@hoshizora-life.co.jp>"],
        "subject": "告知内容の補足（申込番号 HZ-A-5517820）",
        "body": """星空生命保険株式会社 引受審査部 ご担当者様

お世話になっております。日の出産業 保険代理店課の早乙女です。

医療保険お申込み（申込番号 HZ-A-5517820）の告知内容について、
お客様から補足のご連絡がありましたのでお伝えします。

　申込者：　　轟 健一郎 様（1969年2月7日生）
　補足内容：　２０２３年の健康診断で糖尿病（２型）と診断され、
　　　　　　　現在も月１回通院、内服治療中。直近のHbA1cは7.1%。
　　　　　　　告知書では「なし」と記入してしまったとのことです。

告知書の訂正方法についてご指示をいただけますでしょうか。
""" + _SIG_SAOTOME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "R3: an applicant's diabetes diagnosis and treatment sent to the insurer",
    },
    {
        "id": "kokyakusodan-054",
        "charset": "iso-2022-jp",
        "sender": _MAKABE,
        "to": ["青葉運輸 お客様センター <center@aoba-unyu.co.jp>"],
        "subject": "書類便の配達状況の確認",
        "body": """青葉運輸株式会社 お客様センター ご担当者様

お世話になっております。日の出産業の真壁です。

10月29日に発送した書類便のうち、下記3件が配達完了になっていないようです。
配達状況をご確認いただけますでしょうか。

　送り状番号：4417-2280-3316（届け先：かえで損害保険 本社）
　送り状番号：4417-2280-3327（届け先：星空生命 東京中央支社）
　送り状番号：4417-2280-3349（届け先：全国金融ADRセンター）

お手数ですがよろしくお願いいたします。
""" + _SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers to a courier, destinations are companies",
    },
    {
        "id": "kokyakusodan-055",
        "charset": "cp932",
        "sender": _MAKABE,
        "to": ["みどり銀行 ローンセンター 審査課 <loan-shinsa@midori-ginko.co.jp>"],
        "subject": "本人確認記録書の送付（申込番号 ML-2510-09204）",
        "body": """みどり銀行 ローンセンター 審査課 ご担当者様

お世話になっております。日の出産業の真壁です。
申込番号 ML-2510-09204 の本人確認記録書をWordで添付します。
健康保険証での確認のため、補完書類（公共料金領収書）も確認済みです。
""" + _SIG_MAKABE,
        "attachments": [
            {
                "kind": "docx",
                "name": "本人確認記録書_ML-2510-09204.docx",
                "title": "本人確認記録書",
                "paragraphs": ["本人確認記録書", "確認者：日の出産業 お客様相談室 真壁"],
                "tables": [[
                    ["項目", "内容"],
                    ["申込者氏名", "楠田 真由美（くすだ まゆみ）"],
                    ["生年月日", "昭和６２年１０月１１日"],
                    ["住所", "東京都足立区西新井栄町1-18-4-306"],
                    ["確認書類", "健康保険被保険者証（協会けんぽ）"],
                    ["記号・番号", "記号 31120457　番号 28（枝番 00）"],
                    ["保険者番号", "01130012"],
                    ["補完書類", "電気料金領収書（2025年9月分）"],
                    ["確認日", "2025年10月28日"],
                ]],
            }
        ],
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "R2: DOCX identity record with a health insurance card symbol and number",
    },
    {
        "id": "kokyakusodan-056",
        "charset": "utf-8",
        "sender": _KITO,
        "to": ["まなびや研修 講師 菅野様 <kanno@manabiya-kenshu.co.jp>"],
        "subject": "研修資料（高齢のお客様対応 事例集）の最終版",
        "body": """株式会社まなびや研修
菅野様

お世話になっております。日の出産業の鬼頭です。

来月の窓口担当者研修で使う事例集の最終版をお送りします。
事例はすべて実際の相談をもとにしていますが、氏名・年齢・地域などは
特定できないよう加工済みです（A様、B様…と表記しています）。

ご確認のうえ、修正点があればお知らせください。
""" + _SIG_KITO,
        "attachments": [
            {
                "kind": "pptx",
                "name": "高齢のお客様対応_事例集_最終版.pptx",
                "title": "高齢のお客様対応 事例集",
                "slides": [
                    ["高齢のお客様対応 事例集", "窓口担当者研修 2025年12月", "日の出産業 お客様相談室"],
                    ["事例1：A様（80代・女性）", "同じ保険の加入を短期間に2回申し込まれた", "ご家族からの連絡で判明 → 1件をクーリング・オフで対応"],
                    ["事例2：B様（70代・男性）", "認知症の診断を受けた後もご本人が窓口で解約を希望", "後見制度の案内と、ご家族同席での再来店を依頼"],
                    ["事例3：C様（90代・女性）", "電話で「息子」を名乗る人物から解約返戻金の振込先変更依頼", "本人確認手続きで不正を未然に防止"],
                    ["ポイント", "ゆっくり・はっきり・繰り返し確認", "判断に迷ったら相談室へエスカレーション"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymised case studies (A様, 80代): no identifiable person, so no sensitive data about anyone",
    },
    {
        "id": "kokyakusodan-057",
        "charset": "iso-2022-jp",
        "sender": _IOKIBE,
        "to": ["あおぞら法律事務所 弁護士 三沢 慎吾 先生 <misawa@aozora-law.jp>"],
        "subject": "Re: 資料開示のご請求について",
        "body": """あおぞら法律事務所
弁護士　三沢 慎吾 先生

お世話になっております。日の出産業 コンプライアンス統括部の五百旗頭です。

ご依頼者様の件で開示をご請求いただいた資料のうち、
通話録音および対応記録については、ご依頼者様ご本人に関する部分を
準備でき次第お送りいたします。

一方、当社の苦情対応マニュアル等の社内規程類は社外秘の扱いとしており、
開示は差し控えさせていただきたく存じます。何卒ご理解ください。

> 当職の依頼者に関する対応記録一式、および貴社の苦情対応手順を
> 定めた社内規程の開示を求めます。
""" + _SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is only mentioned in passing, nothing is marked",
    },
    {
        "id": "kokyakusodan-058",
        "charset": "iso-2022-jp",
        "sender": _IOKIBE,
        "to": ["全国金融ADRセンター 紛争解決手続担当 <funso@kinyu-adr.or.jp>"],
        "subject": "令和7年（受）第342号 証拠資料の提出",
        "body": """一般社団法人 全国金融ADRセンター
紛争解決手続担当 御中

日の出産業株式会社の五百旗頭でございます。
標記事案に関し、乙第１号証から第４号証までをPDFにて提出いたします。

何卒よろしくお願い申し上げます。
""" + _SIG_IOKIBE,
        "attachments": [
            {"kind": "corrupt", "name": "乙第1-4号証.pdf"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "R7: the attached PDF is corrupt and cannot be read",
    },
    {
        "id": "kokyakusodan-059",
        "charset": "utf-8",
        "sender": "日の出産業 提携ローン推進チーム <teikei-loan@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 提携ローン部 杉浦様 <sugiura.k@midori-ginko.co.jp>"],
        "subject": "提携ローンNEWS 2025年11月号",
        "html": """<html><body>
<h2 style="color:#c05a00">提携ローンNEWS 2025年11月号</h2>
<p>みどり銀行 提携ローン部 杉浦様</p>
<p>いつもお世話になっております。日の出産業 提携ローン推進チームです。<br>
11月号のトピックをお届けします。</p>
<h3>1. 年末の繰上返済受付スケジュール</h3>
<p>12月26日（金）15時受付分までを年内処理といたします。</p>
<h3>2. お客様相談室からのお知らせ</h3>
<p>10月の提携ローンに関するお問い合わせは128件（前月比 +9件）。
返済日変更の手数料無料化（1月実施）に関するご質問が増えています。</p>
<h3>3. 高齢のお客様対応 合同勉強会</h3>
<p>11月28日（金）14時から開催します。ご参加をお待ちしております。</p>
<hr>
<p style="font-size:9pt;color:#666">日の出産業株式会社 金融サービス事業部 提携ローン推進チーム<br>
〒103-0027 東京都中央区日本橋2-14-8　TEL 03-5201-7750</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only newsletter to the partner bank, aggregated figures only",
    },
    {
        "id": "kokyakusodan-060",
        "charset": "cp932",
        "sender": _MITSUYA,
        "to": ["ツバサシステム サポートデスク <support@tsubasa-systern.jp>"],
        "subject": "苦情管理システム 検索画面のエラーについて",
        "body": """株式会社ツバサシステム サポートデスク 御中

お世話になっております。日の出産業 お客様相談室の三ツ矢です。

苦情管理システムの検索画面で、受付番号 25-1187 および 25-1203 を
検索すると「E-4012 データ取得エラー」が表示され、詳細画面が開けません。
本日午前から発生しており、他の受付番号は正常に表示されます。

ご調査をお願いいたします。
""" + _SIG_MITSUYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "R5: tsubasa-systern.jp (rn for m) is a homoglyph look-alike of the vendor tsubasa-system.jp",
    },
]

# ---------------------------------------------------------------------------- 061-080
MESSAGES += [
    {
        "id": "kokyakusodan-061",
        "charset": "cp932",
        "sender": _MITSUYA,
        "to": ["ツバサシステム コールセンター運用 大槻様 <otsuki@tsubasa-system.jp>"],
        "subject": "10月度 入電・苦情件数の集計",
        "body": """ツバサシステム 大槻様

お世話になっております。三ツ矢です。
10月度の入電件数・苦情件数の集計表をお送りします。
応答率が目標の90%を下回った日（10/6、10/27）の要因分析をお願いできますか。
""" + _SIG_MITSUYA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "2025年10月_入電集計.xlsx",
                "sheets": {
                    "日別": [
                        ["2025年10月 入電・苦情件数（日別）"],
                        ["日付", "入電", "応答", "応答率", "うち苦情"],
                        ["10/01", 212, 198, "93.4%", 6],
                        ["10/02", 187, 176, "94.1%", 4],
                        ["10/06", 301, 254, "84.4%", 11],
                        ["10/07", 240, 221, "92.1%", 7],
                        ["10/27", 288, 249, "86.5%", 9],
                        ["10/31", 205, 193, "94.1%", 5],
                    ],
                    "区分別": [
                        ["区分", "件数"],
                        ["返済・残高照会", 1840],
                        ["保険の解約・変更", 962],
                        ["苦情", 143],
                        ["その他", 511],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated call statistics to the vendor, no people and no marking",
    },
    {
        "id": "kokyakusodan-062",
        "charset": "iso-2022-jp",
        "sender": _KITO,
        "to": ["司法書士法人みなと 司法書士 小山内 聡 様 <osanai@minato-shiho.jp>"],
        "subject": "成年後見人ご就任の届出について（必要書類のご案内）",
        "body": """司法書士法人みなと
司法書士　小山内 聡 様

はじめてご連絡いたします。日の出産業お客様相談室の鬼頭と申します。

先日お電話をいただいた、矢作 ヨシ様（当社ローン契約番号 FL-0298-30177）の
成年後見人ご就任の届出につきまして、必要書類をご案内いたします。

　1. 成年後見人等の届出書（当社所定、別途郵送いたします）
　2. 登記事項証明書（発行後3か月以内の原本）
　3. 後見人様のご印鑑証明書
　4. 後見人様のご本人確認書類の写し

書類到着後、1週間程度で届出完了のご通知をお送りします。
ご不明な点は当室までお問い合わせください。
""" + _SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "guardian is told which documents to send; only the ward's name and a contract number, no health data",
    },
    {
        "id": "kokyakusodan-063",
        "charset": "cp932",
        "sender": _SHOJI,
        "to": ["錦印刷 営業部 宇佐美様 <usami@nishiki-insatsu.co.jp>"],
        "subject": "大活字版 ご契約内容のお知らせ 送付先（第一便）",
        "body": """錦印刷株式会社　宇佐美様

お世話になっております。東海林です。
大活字版「ご契約内容のお知らせ」の第一便、送付先は下記のとおりです。
宛名は大きめのフォントでお願いします。

　氏　　名　　　　生年月日　　　　　　　住　　所
　――――――　　――――――――　　――――――――――――――――――
　粟飯原　清　　　昭和８年５月３日　　　千葉県香取市佐原イ５２１－３
　鬼頭　マツ　　　昭和１０年１月２２日　茨城県水戸市五軒町２－４－１１
　雲雀　タミ　　　昭和１１年８月３０日　栃木県宇都宮市塙田１－６－２
　五味　重蔵　　　昭和９年１２月１日　　山梨県甲府市相生３－１７－８
　蕪木　フサ　　　昭和１２年４月１５日　群馬県前橋市大手町２－９－５
　仁科　良雄　　　昭和７年１０月９日　　長野県松本市城西１－３－２２
　陸奥　ハナ　　　昭和１３年２月２８日　福島県郡山市堂前町１０－４

以上７名です。
""" + _SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "R1: seven elderly customers with 和暦 birth dates and addresses, full-width padded, to the printer",
    },
    {
        "id": "kokyakusodan-064",
        "charset": "utf-8",
        "sender": _MAKABE,
        "to": ["カード事業課 不正検知チーム <fusei-kenchi@card.fin.hinode-sangyo.co.jp>"],
        "subject": "不正利用の疑い 3件（相談室受付）",
        "body": f"""不正検知チーム 各位

お疲れさまです。相談室の真壁です。
本日、相談室に不正利用の疑いのお申し出が3件ありました。
カード番号をお送りしますので、利用停止と調査をお願いします。

1. 蓮見 大樹 様　{_card(13)}　10/30 海外EC 3件
2. 井筒 まどか 様　{_card(14)}　10/31 家電量販店 1件
3. 上条 則夫 様　{_card(15)}　11/01 ガソリンスタンド 4件

会員様にはカード再発行の手続きをご案内済みです。
""" + _SIG_MAKABE,
        "expect": "pass",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": [],
        "note": "card numbers, but the recipient is on an internal subdomain (card.fin.hinode-sangyo.co.jp)",
    },
    {
        "id": "kokyakusodan-065",
        "charset": "utf-8",
        "sender": _MITSUYA,
        "to": ["Midori Bank International Desk <intl-desk@midori-ginko.co.jp>"],
        "subject": "Overseas remittance for a loan customer - identity details",
        "body": """Dear International Desk team,

This is Takumi Mitsuya from the Customer Consultation Desk of Hinode Sangyo.

One of our loan customers, a British national, wishes to repay his loan in full from
his account in the UK and asked us to arrange the incoming remittance with your bank.
As requested by your team, his identity details are below (he has consented to our
sharing them with you).

  Name:            Mr. Oliver James HARGREAVES
  Date of birth:   14 March 1981
  Passport no.:    TZ8841273 (United Kingdom)
  Loan contract:   ML-1907-22413
  Address in Japan: 2-11-6 Azabujuban, Minato-ku, Tokyo

Please let me know if you need a copy of the passport page as well.

Best regards,
Takumi Mitsuya
Hinode Sangyo Co., Ltd. / Customer Consultation Desk
Tel +81-3-5201-7731
""",
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "R2: a customer's passport number in an English mail to the bank",
    },
    {
        "id": "kokyakusodan-066",
        "charset": "iso-2022-jp",
        "sender": _KITO,
        "to": ["みどり銀行 赤羽支店 木佐貫様 <kisanuki@midori-ginko.co.jp>"],
        "subject": "Re: 纐纈様のご返済について",
        "body": """木佐貫様

お世話になっております。鬼頭です。
ご連絡ありがとうございます。承知いたしました。
当社側でも、ご返済の引落しを12月まで据え置く手続きを進めます。
ご家族様への書類は当社から郵送いたします。

鬼頭

差出人: 木佐貫 亮 <kisanuki@midori-ginko.co.jp>
送信日時: 2025年10月30日 16:22
宛先: 鬼頭 さやか
件名: 纐纈様のご返済について

日の出産業 鬼頭様

みどり銀行赤羽支店の木佐貫です。
纐纈 芳江様（1943/01/08生）のご長女から連絡があり、
纐纈様は先週脳出血で倒れられ、現在 都立北病院に入院中とのことです。
ご返済についてご家族がご相談されたいとのことでした。
ご長女の連絡先：090-3381-7702
""" + _SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the health information is only in the quoted mail from the bank itself (差出人/送信日時 header)",
    },
    {
        "id": "kokyakusodan-067",
        "charset": "iso-2022-jp",
        "sender": _IOKIBE,
        "to": ["みどり銀行 コンプライアンス統括部 <compliance@midori-ginko.co.jp>"],
        "subject": "提携ローン顧客に関する報道について（ご連絡）",
        "body": """みどり銀行 コンプライアンス統括部 ご担当者様

いつもお世話になっております。
日の出産業 コンプライアンス統括部の五百旗頭でございます。

本日の報道によれば、当社提携ローンをご利用中の下記のお客様が、
投資詐欺の容疑で青山県警に逮捕されたとのことです。
当社では取引の一時停止を検討しており、貴行での口座の取扱いについても
ご相談させていただきたく、ご連絡いたしました。

　氏名：　　　　宇喜多 剛（うきた つよし）
　生年月日：　　1974年9月13日
　契約番号：　　ML-2104-11806
　報道の概要：　未公開株の販売を装い、高齢者から約2億円を詐取した疑い

お手数ですが、ご対応方針についてお聞かせください。
""" + _SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "R3: an identifiable customer's arrest (criminal record) sent to the bank",
    },
    {
        "id": "kokyakusodan-068",
        "charset": "cp932",
        "sender": _SAOTOME,
        "to": ["青葉運輸 書類回収センター <kaishu@aoba-unyu.co.jp>"],
        "subject": "解約書類の集荷依頼（11月第2週）",
        "body": """青葉運輸株式会社 書類回収センター ご担当者様

お世話になっております。日の出産業 保険代理店課の早乙女です。
11月第2週の解約書類集荷先をCSVでお送りします。
お客様には集荷日時をお電話でご案内済みです。
""" + _SIG_SAOTOME,
        "attachments": [
            {
                "kind": "csv",
                "name": "shuka_20251110.csv",
                "encoding": "cp932",
                "rows": [
                    ["集荷日", "時間帯", "お客様名", "郵便番号", "住所", "電話番号"],
                    ["11/10", "午前", "嶋 文子", "176-0012", "東京都練馬区豊玉北5-14-2", "03-3991-2284"],
                    ["11/10", "14-16", "朝比奈 博", "177-0041", "東京都練馬区石神井町3-27-10", "03-3996-5530"],
                    ["11/10", "16-18", "江藤 奈津美", "179-0072", "東京都練馬区光が丘3-3-1-1210", "080-5532-9914"],
                    ["11/11", "午前", "堤 洋介", "165-0026", "東京都中野区新井1-22-6", "03-3387-1102"],
                    ["11/11", "14-16", "柏木 チヨ", "166-0003", "東京都杉並区高円寺南4-8-19", "03-3312-7748"],
                    ["11/11", "18-20", "真島 浩之", "167-0051", "東京都杉並区荻窪1-31-3", "090-2207-6631"],
                    ["11/12", "午前", "沼田 加奈子", "180-0004", "東京都武蔵野市吉祥寺本町2-5-11", "0422-22-5813"],
                    ["11/12", "14-16", "野口 栄", "181-0012", "東京都三鷹市上連雀6-10-4", "0422-44-1926"],
                    ["11/13", "午前", "岸本 綾香", "182-0024", "東京都調布市布田2-38-1-504", "070-1128-4473"],
                    ["11/13", "16-18", "吉岡 武", "183-0022", "東京都府中市宮西町1-9-7", "042-361-3307"],
                    ["11/14", "午前", "早坂 登美子", "184-0011", "東京都小金井市東町4-21-15", "042-381-6620"],
                    ["11/14", "14-16", "宮本 修平", "185-0012", "東京都国分寺市本町3-6-2", "042-321-8845"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "R1: CP932 CSV pickup list of twelve customers' home addresses and phones to the courier",
    },
    {
        "id": "kokyakusodan-069",
        "charset": "cp932",
        "sender": _KITO,
        "to": ["みどり銀行 大宮支店 窓口課 <omiya-madoguchi@midori-ginko.co.jp>"],
        "subject": "来店予約のお客様（11/7）",
        "body": """みどり銀行 大宮支店 窓口課 ご担当者様

お世話になっております。日の出産業の鬼頭です。
11/7に提携ローンのお手続きで貴店にご来店予定のお客様4名の一覧を添付します。
いずれもご高齢のため、ゆっくりご案内いただけますと幸いです。
""" + _SIG_KITO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "来店予約_1107_大宮.xlsx",
                "sheets": {
                    "11月7日": [
                        ["来店予約一覧（11/7 大宮支店）"],
                        ["時間", "氏名", "電話番号", "お手続き"],
                        ["10:00", "八月一日 清", "090-2284-6619", "全額繰上返済"],
                        ["11:00", "日比野 トシ", "048-663-2017", "返済口座変更"],
                        ["13:30", "能登 喜一", "048-652-8834", "残高証明書"],
                        ["15:00", "桐谷 房江", "048-644-1170", "一部繰上返済"],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four people's records in an XLSX: under the five-person threshold, may be warned",
    },
    {
        "id": "kokyakusodan-070",
        "charset": "iso-2022-jp",
        "sender": _SODAN,
        "to": [
            "hirose.keiko55@yahoo.co.jp",
            "t-oshima@docomo.ne.jp",
            "sachi.amamiya@gmail.com",
            "kunihiko.f@icloud.com",
            "mayumi_s0813@outlook.jp",
            "n.takamine@ezweb.ne.jp",
        ],
        "subject": "【ご案内】オンライン相談会（家族信託・成年後見制度）のお知らせ",
        "body": """お客様各位

日の出産業 お客様相談室でございます。
先日の窓口でご関心をお寄せいただいたお客様に、オンライン相談会をご案内いたします。

　テーマ：ご家族の財産管理 ― 家族信託と成年後見制度の基礎
　日時　：11月22日（土）10:00～11:30
　講師　：白川法律事務所 弁護士
　参加費：無料（事前申込制）

お申込みは本メールへのご返信で承ります。
""" + _SIG_SODAN,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "R4: six private customers put in To instead of Bcc, each sees the others' addresses",
    },
]

MESSAGES += [
    {
        "id": "kokyakusodan-071",
        "charset": "utf-8",
        "sender": _SAOTOME,
        "to": ["星空生命 代理店サポート室 <agency-support@hoshizora-life.co.jp>"],
        "subject": "保全手続き未完了のご契約一覧",
        "body": """星空生命 代理店サポート室 ご担当者様

お世話になっております。早乙女です。
保全手続きが未完了となっているご契約の一覧を、暗号化ZIPでお送りします。
解凍パスワードはショートメッセージでお送りします。
""" + _SIG_SAOTOME,
        "attachments": [
            {
                "kind": "zip",
                "name": "hozen_mikanryo_1031.zip",
                "password": "hz1031!Agency",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "保全未完了一覧.xlsx",
                        "sheets": {"一覧": [
                            ["証券番号", "契約者", "電話", "未完了手続き"],
                            ["HZ-7720118", "曽我部 修", "03-3455-2209", "住所変更"],
                            ["HZ-7720240", "霧島 由香", "090-1147-8826", "受取人変更"],
                        ]},
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "R7: AES-encrypted ZIP, contents cannot be inspected",
    },
    {
        "id": "kokyakusodan-072",
        "charset": "cp932",
        "sender": _SHOJI,
        "to": ["みどり銀行 お客さま相談部 桐生様 <kiryu.a@midori-ginko.co.jp>"],
        "subject": "貴行窓口に関する苦情（10月受付分）のご共有",
        "body": """桐生様

お世話になっております。東海林です。
10月に当室で受け付けた苦情のうち、貴行窓口でのご対応に関するものをご共有します。

受付日　お客様名　　　区分
10/03　 雲井 大輔　　 窓口の待ち時間
10/09　 乙部 誠一　　 説明が分かりにくい
10/14　 真柴 光子　　 書類の不備の指摘が遅い
10/22　 荻原 茂雄　　 担当者の言葉遣い
10/29　 栃尾 美佐　　 窓口の待ち時間

詳細は来週の定例会でご説明いたします。
""" + _SIG_SHOJI,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five customers named with only a complaint category, no contact data: a list of people or not is a judgement call",
    },
    {
        "id": "kokyakusodan-073",
        "charset": "iso-2022-jp",
        "sender": _SHOJI,
        "to": ["みどり銀行 提携ローン部 杉浦様 <sugiura.k@midori-ginko.co.jp>"],
        "subject": "Re: 延滞中のお客様の残高確認",
        "body": """杉浦様

お世話になっております。東海林です。
ご依頼の件、当社側の残高と返済口座は以下のとおりです。

氏名 / 返済口座 / 当社残高
・芦川 達郎 / 新橋支店 普通 3371208 / 1,482,000円
・吉住 茉莉 / 五反田支店 普通 0918854 / 386,500円
・金城 大樹 / 品川支店 普通 2264071 / 2,105,300円
・羽田 さと子 / 大森支店 普通 1540392 / 612,800円
・若松 康夫 / 蒲田支店 普通 0083317 / 947,200円

よろしくお願いいたします。

On Fri, Oct 31, 2025 at 11:04 AM 杉浦 健 <sugiura.k@midori-ginko.co.jp> wrote:
> 東海林様
> 延滞が3か月を超えている提携ローンのお客様について、
> 貴社側の残高と返済口座を教えていただけますでしょうか。
> 対象は芦川様、吉住様、金城様、羽田様、若松様の5名です。
""" + _SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "R1: new text of a reply lists five customers with bank accounts and balances (above the quote)",
    },
    {
        "id": "kokyakusodan-074",
        "charset": "cp932",
        "sender": _SAOTOME,
        "to": ["かえで損害保険 代理店業務部 <dairiten-gyomu@kaede-sonpo.co.jp>"],
        "subject": "再委託先（募集代理店）一覧の提出",
        "body": """かえで損害保険株式会社 代理店業務部 ご担当者様

お世話になっております。日の出産業 保険代理店課の早乙女です。
年次点検でご依頼のありました、当社の再委託先（募集代理店）一覧を
CSVにて提出いたします。法人番号を併記しております。
""" + _SIG_SAOTOME,
        "attachments": [
            {
                "kind": "csv",
                "name": "saiitakusaki_2025.csv",
                "encoding": "cp932",
                "rows": [
                    ["代理店名", "法人番号", "所在地", "代表電話"],
                    ["株式会社あさひ保険サービス", _corp("010401082214"), "東京都港区芝5-29-11", "03-3451-2201"],
                    ["有限会社みどり総合保険", _corp("030002045517"), "埼玉県さいたま市浦和区高砂2-6-18", "048-822-3390"],
                    ["株式会社湘南ライフプラン", _corp("021001033806"), "神奈川県藤沢市藤沢109-6", "0466-22-7714"],
                    ["株式会社房総インシュアランス", _corp("040001027740"), "千葉県千葉市中央区富士見2-3-1", "043-202-5518"],
                    ["合同会社つくば保険企画", _corp("050003004492"), "茨城県つくば市吾妻1-10-1", "029-851-6620"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "a list of businesses with corporate numbers and switchboards, not people",
    },
    {
        "id": "kokyakusodan-075",
        "charset": "iso-2022-jp",
        "sender": _KITO,
        "to": ["みどり銀行 練馬支店 <nerima@midori-ginko.co.jp>"],
        "subject": "車いすでご来店のお客様について",
        "body": """みどり銀行 練馬支店 ご担当者様

お世話になっております。日の出産業お客様相談室の鬼頭です。

来週火曜（11/11）14時に、提携ローンの返済口座変更のため
下記のお客様がご来店されます。
昨年の脳梗塞の後遺症で右半身にまひがあり、車いすでのご来店となります。
署名が難しいため、代筆のお手続きについてご準備をお願いできますでしょうか。

　お客様：　百瀬 忠雄 様
　電話：　　03-3994-6127（奥様が対応されます）

よろしくお願いいたします。
""" + _SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "R3: a named customer's stroke history and paralysis sent to the bank",
    },
    {
        "id": "kokyakusodan-076",
        "charset": "utf-8",
        "sender": _SODAN,
        "to": ["小椋 由紀子 様 <yukiko.ogura@icloud.com>"],
        "subject": "ご契約約款の改定に関するご案内（ご請求資料）",
        "body": """小椋 由紀子 様

日の出産業 お客様相談室でございます。
お電話にてご請求いただきました「提携カードローン 契約規定 改定のご案内」を
PDFにてお送りいたします。

改定は2026年1月1日から適用され、主な変更点は返済日変更手数料の無料化です。
ご不明な点がございましたら、お気軽にお問い合わせください。
""" + _SIG_SODAN,
        "attachments": [
            {
                "kind": "pdf",
                "name": "契約規定改定のご案内_2026.pdf",
                "title": "提携カードローン 契約規定 改定のご案内",
                "lines": [
                    "提携カードローン 契約規定 改定のご案内",
                    "日の出産業株式会社 / 株式会社みどり銀行",
                    "",
                    "平素は格別のお引き立てを賜り、厚く御礼申し上げます。",
                    "2026年1月1日より、契約規定の一部を以下のとおり改定いたします。",
                    "第12条（返済日の変更）変更手数料 1,100円 → 無料",
                    "第15条（繰上返済）窓口での一部繰上返済手数料 3,300円 → 2,200円",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a public notice PDF to one customer on free mail",
    },
    {
        "id": "kokyakusodan-077",
        "charset": "utf-8",
        "sender": _MAKABE,
        "to": ["サンライズカード チャージバック担当 <chargeback@sunrise-card.co.jp>"],
        "subject": "チャージバック申請（3件）",
        "body": """サンライズカード株式会社 チャージバック担当 ご担当者様

お世話になっております。日の出産業お客様相談室の真壁です。
会員様からお申し出のあった3件について、チャージバックの申請をいたします。
詳細は添付のExcelをご確認ください。
""" + _SIG_MAKABE,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "chargeback_20251104.xlsx",
                "sheets": {
                    "申請": [
                        ["会員氏名", "カード番号", "利用日", "加盟店", "金額", "理由"],
                        ["氷室 京香", card_number(SEED + 9), "2025/10/12", "GLOBALMART ONLINE", 48200, "商品未着"],
                        ["野々村 健司", card_number(SEED + 10), "2025/10/18", "TRAVELBOOK INTL", 126500, "二重請求"],
                        ["白石 小百合", card_number(SEED + 11), "2025/10/21", "STREAM PLUS", 1980, "解約後の請求"],
                    ],
                    "経緯": [
                        ["会員氏名", "相談室受付日", "メモ"],
                        ["氷室 京香", "2025/10/25", "加盟店に連絡つかず"],
                        ["野々村 健司", "2025/10/27", "予約サイトの不具合"],
                        ["白石 小百合", "2025/10/28", "解約メールの控えあり"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "R2: XLSX with three members' full card numbers sent to the card company",
    },
    {
        "id": "kokyakusodan-078",
        "charset": "iso-2022-jp",
        "sender": _IOKIBE,
        "to": ["全国金融ADRセンター 相談課 芳賀様 <haga@kinyu-adr.or.jp>"],
        "subject": "苦情の取次ぎ案件（受付番号 A-25-0716）について",
        "body": """一般社団法人 全国金融ADRセンター
相談課　芳賀様

お世話になっております。日の出産業の五百旗頭です。

貴センターから取次ぎのありました受付番号 A-25-0716 の件、
当社で照会したところ、下記のお客様と確認できました。

　お客様：　　浅利 晃司 様
　契約番号：　ML-2011-40352（提携ローン）
　ご連絡先：　090-8204-3367

本日、当室の三ツ矢からお客様にお電話し、ご説明を差し上げる予定です。
結果は改めてご報告いたします。
""" + _SIG_IOKIBE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one complainant's contact to the ombudsman, no sensitive data: may be warned",
    },
    {
        "id": "kokyakusodan-079",
        "charset": "cp932",
        "sender": _KITO,
        "to": ["みどり銀行 提携ローン部 杉浦様 <sugiura.k@midori-ginko.co.jp>"],
        "subject": "ご家族代理人の届出があったお客様（上期分）",
        "body": """杉浦様

お世話になっております。鬼頭です。
上期に当社でご家族の代理人届出を受け付けたお客様の一覧をWordでお送りします。
貴行口座側でも代理人登録をご検討ください。
""" + _SIG_KITO,
        "attachments": [
            {
                "kind": "docx",
                "name": "代理人届出一覧_2025上期.docx",
                "title": "代理人届出一覧 2025年度上期",
                "paragraphs": ["ご家族代理人 届出一覧（2025年度上期）", "日の出産業株式会社 お客様相談室"],
                "tables": [[
                    ["ご本人", "代理人", "続柄", "代理人電話", "届出日"],
                    ["栗原 ミツ", "栗原 隆之", "長男", "090-4418-2236", "2025/04/15"],
                    ["大嶋 貞夫", "大嶋 恵美", "長女", "080-2203-7719", "2025/05/09"],
                    ["鮎川 ハツエ", "鮎川 修", "次男", "03-3725-4408", "2025/06/02"],
                    ["茅野 寛", "茅野 玲子", "妻", "042-574-3316", "2025/07/18"],
                    ["新谷 キヨ", "竹田 由美", "長女", "090-6631-5520", "2025/08/27"],
                    ["宗像 勉", "宗像 洋平", "長男", "048-283-7714", "2025/09/11"],
                ]],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "R1: DOCX table of six customers and their family agents with phone numbers",
    },
    {
        "id": "kokyakusodan-080",
        "charset": "iso-2022-jp",
        "sender": _IOKIBE,
        "to": ["白川法律事務所 白川 隆之 先生 <shirakawa@shirakawa-law.jp>"],
        "cc": ["大河内 恭子 <okochi.kyoko@hinode-sangyo.co.jp>"],
        "subject": "【極秘】財務局ヒアリングへの対応方針（案）",
        "body": """白川法律事務所
白川 隆之 先生

取扱区分：極秘

いつも大変お世話になっております。日の出産業の五百旗頭でございます。

来週予定されている財務局のヒアリング（保険募集管理態勢）につき、
当社の対応方針案をお送りいたします。ご助言をいただけますと幸いです。

1. 銀行窓口での同時募集に関する苦情（上期 9件）の原因分析と是正状況
2. 高齢者募集ルール（75歳以上の親族同席）の遵守率：上期 92%
3. 再委託先の管理（年次点検の実施状況）
4. 想定質問と回答の骨子（別途送付）

本件は社内でも限られたメンバーのみで検討しております。
""" + _SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "R6: the mail is classified 極秘 (subject and 取扱区分) and goes to an external law firm",
    },
]

# ---------------------------------------------------------------------------- 081-100
MESSAGES += [
    {
        "id": "kokyakusodan-081",
        "charset": "cp932",
        "sender": _SAOTOME,
        "to": ["星空生命 代理店推進部 奥寺様 <okudera.t@hoshizora-life.co.jp>"],
        "subject": "10/30 代理店連絡会 議事録",
        "body": """星空生命 奥寺様

お世話になっております。早乙女です。
先日の代理店連絡会の議事録をお送りします。
ご確認のうえ、修正があれば11/7までにお知らせください。
""" + _SIG_SAOTOME,
        "attachments": [
            {
                "kind": "docx",
                "name": "議事録_代理店連絡会_20251030.docx",
                "title": "代理店連絡会 議事録",
                "paragraphs": [
                    "代理店連絡会 議事録",
                    "日時：2025年10月30日（木）15:00～16:30　場所：星空生命 東京中央支社 5F",
                    "議題1：第2四半期の苦情状況 … 日の出産業より報告。説明不足の苦情が減少傾向。",
                    "議題2：高齢者募集ルールの改定 … 2026年4月から親族同席の対象を75歳以上から70歳以上に拡大する方向で検討。",
                    "議題3：次回開催 … 2026年1月下旬",
                ],
                "tables": [[
                    ["出席者", "所属"],
                    ["奥寺 隆", "星空生命 代理店推進部 部長"],
                    ["浅見 千晶", "星空生命 代理店推進部"],
                    ["大河内 恭子", "日の出産業 お客様相談室 室長"],
                    ["早乙女 亮", "日の出産業 保険代理店課"],
                ]],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "minutes listing business attendees by name and company only",
    },
    {
        "id": "kokyakusodan-082",
        "charset": "utf-8",
        "sender": _MITSUYA,
        "to": ["Maricel Santos <m.santos@luzon-bpo.com>"],
        "subject": "English-speaking customers - callback list for November",
        "body": """Hi Maricel,

As agreed in our weekly call, here is the list of English-speaking customers who asked
for a callback about their loan repayment schedule. Please call them between 10:00 and
18:00 JST and log the results in the shared tracker.

#  Name                 Phone            E-mail                          Topic
-  -------------------  ---------------  ------------------------------  ------------------
1  Aaron FITZGERALD     090-7712-3309    aaron.fitz@gmail.com            early repayment
2  Priya NATARAJAN      080-3318-4402    priya.n.tokyo@yahoo.co.jp       change of due date
3  Marco BELLINI        070-2284-9931    marco.bellini@outlook.jp        balance certificate
4  Chen WEI-LING        090-4410-7725    weiling.chen@icloud.com         late payment fee
5  Sophie LAURENT       080-6627-1180    s.laurent.jp@gmail.com          address change
6  Kwame MENSAH         090-1183-5526    kwame.mensah@outlook.jp         early repayment

Thanks as always,
Takumi

--
Takumi Mitsuya
Customer Consultation Desk, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "R1: six customers' names, phones and e-mail addresses in an English mail to an overseas BPO",
    },
    {
        "id": "kokyakusodan-083",
        "charset": "iso-2022-jp",
        "sender": _SHOJI,
        "to": ["みどり銀行 関東営業本部 ローン推進課 <loan-suishin@kanto.midori-ginko.co.jp>"],
        "subject": "提携ローンの相談受付フローについてのご質問",
        "body": """みどり銀行 関東営業本部 ローン推進課 ご担当者様

お世話になっております。日の出産業お客様相談室の東海林です。

提携ローンのお客様が貴行の窓口で返済条件の変更をご相談された場合、
現在は窓口から当室へお電話でお取次ぎいただいておりますが、
来年度からは共通の取次票（Excel）を使う運用に変更できないかと考えております。

つきましては、関東地区の各支店で現在使われている取次の方法を
簡単に教えていただけますでしょうか。12月の定例会で案をお示しします。
""" + _SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "recipient is on a genuine subdomain of the partner bank (kanto.midori-ginko.co.jp), not a look-alike",
    },
    {
        "id": "kokyakusodan-084",
        "charset": "iso-2022-jp",
        "sender": _MAKABE,
        "to": ["早乙女 亮 <saotome.ryo@hinode-sangyo.co.jp>"],
        "subject": "FW: 保険金請求のご相談（入院中のお客様）",
        "body": """早乙女さん

相談室の真壁です。保険金請求のご相談なので代理店課で対応をお願いします。

-----Original Message-----
From: 日の出産業 お客様相談室 <soudan@hinode-sangyo.co.jp>
Sent: Monday, November 3, 2025 9:48 AM
Subject: Webフォームからのお問い合わせ

お名前：　　　日置 みどり
ご連絡先：　　090-5516-3302
ご契約者：　　日置 邦夫（夫）
お問い合わせ：夫が10月に大腸がんの手術を受け、現在も入院しています。
　　　　　　　がん保険の給付金の請求方法を教えてください。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health information of a customer, forwarded internally only",
    },
    {
        "id": "kokyakusodan-085",
        "charset": "cp932",
        "sender": _SAOTOME,
        "to": ["星空生命 収納管理課 <shuno@hoshizora-life.co.jp>"],
        "subject": "10月 口座振替エラーの金融機関別件数",
        "body": """星空生命保険株式会社 収納管理課 ご担当者様

お世話になっております。日の出産業 保険代理店課の早乙女です。
10月の口座振替エラー件数を金融機関別にまとめました（当社取扱分）。

金融機関,振替件数,エラー件数,うち残高不足,うち口座なし
みどり銀行,4821,63,51,12
瀬戸内信用金庫,1207,19,17,2
東雲銀行,886,11,9,2
ゆうちょ銀行,2350,28,25,3
その他,1034,14,11,3

みどり銀行の口座なしエラーは支店統廃合に伴うものが大半です。
""" + _SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "comma-separated counts per bank: businesses, no people",
    },
    {
        "id": "kokyakusodan-086",
        "charset": "cp932",
        "sender": _OKOCHI,
        "to": ["税理士法人くすのき 担当 日高様 <hidaka@kusunoki-tax.jp>"],
        "subject": "報酬の支払調書作成用データ（外部相談員分）",
        "body": """税理士法人くすのき
日高様

いつもお世話になっております。日の出産業の大河内です。

お客様相談室で委嘱している外部相談員（消費生活アドバイザー等）5名分の
報酬支払調書の作成をお願いいたします。個人番号を含むデータを添付します。
""" + _SIG_OKOCHI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "支払調書用_外部相談員_2025.xlsx",
                "title": "支払調書作成用データ",
                "sheets": {
                    "2025年分": [
                        ["報酬、料金、契約金及び賞金の支払調書 作成用データ（2025年分）"],
                        [],
                        ["氏名", "個人番号", "住所", "支払金額", "源泉徴収税額"],
                        ["塩見 由香里", _mn(3, ""), "東京都大田区山王3-14-5", 600000, 61260],
                        ["大和田 誠二", _mn(4, ""), "神奈川県横浜市神奈川区六角橋1-8-21", 480000, 49008],
                        ["二宮 幸恵", _mn(5, ""), "千葉県浦安市美浜4-2-7-903", 360000, 36756],
                        ["葛西 悟", _mn(6, ""), "埼玉県川口市西川口3-22-1", 540000, 55134],
                        ["戸田 美穂子", _mn(7, ""), "東京都江戸川区西葛西6-19-3", 420000, 42882],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "R2+R1: five people's My Numbers and addresses in an XLSX to the tax accountant",
    },
    {
        "id": "kokyakusodan-087",
        "charset": "utf-8",
        "sender": _MITSUYA,
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "Re: 苦情管理システム 検索画面のエラー（画面キャプチャ）",
        "body": """ツバサシステム サポートデスク 御中

三ツ矢です。先ほどお電話でお話ししたエラー画面のキャプチャを添付します。
受付番号の欄は個人情報が表示されないよう、一覧画面ではなく検索前の画面を撮っています。

エラーコード：E-4012
発生時刻：11/4 10:12 頃

よろしくお願いいたします。

> 恐れ入りますが、エラー画面のキャプチャをお送りいただけますでしょうか。
> ツバサシステム サポートデスク 片桐
""" + _SIG_MITSUYA,
        "attachments": [
            {"kind": "png", "name": "error_E4012.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "screenshot of an error screen to the vendor; 個人情報 mentioned only in passing",
    },
    {
        "id": "kokyakusodan-088",
        "charset": "cp932",
        "sender": _IOKIBE,
        "to": ["全国金融ADRセンター 業務管理課 <gyomu@kinyu-adr.or.jp>"],
        "subject": "改善状況のご報告（和解案件 令和7年（受）第205号関連）",
        "body": """一般社団法人 全国金融ADRセンター
業務管理課 御中

日の出産業株式会社 コンプライアンス統括部の五百旗頭でございます。

標記和解に際しお約束した業務改善の実施状況につき、報告書を添付いたします。
""" + _SIG_IOKIBE + _DISC_JA,
        "attachments": [
            {
                "kind": "docx",
                "name": "業務改善実施状況報告書.docx",
                "title": "業務改善実施状況報告書",
                "paragraphs": [
                    "業務改善実施状況報告書",
                    "1. 重要事項説明の録音：2025年7月より全件録音を開始（実施率100%）。",
                    "2. 高齢のお客様への対応：75歳以上のお客様の契約時に親族同席または2回面談を必須化。",
                    "3. 苦情の社内共有：月次で経営会議に報告。",
                    "4. 研修：全募集人に対し、適合性原則に関する研修を実施（受講率98%）。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "improvement report to the ombudsman, no personal data; standard disclaimer only",
    },
    {
        "id": "kokyakusodan-089",
        "charset": "cp932",
        "sender": _KITO,
        "to": ["南里市消費生活センター 相談員 北条様 <shohi-center@city.nansato.lg.jp>"],
        "subject": "Re: 相談者様の件（受付番号 R7-0412）",
        "body": """南里市消費生活センター
相談員　北条様

お世話になっております。日の出産業お客様相談室の鬼頭です。

ご連絡いただいた件、当社で契約内容を確認いたしました。
クーリング・オフ期間内のお申出であることを確認しましたので、
当社から相談者様へ直接書面でご案内いたします。
手続き完了後、改めて貴センターにもご報告いたします。

> 日の出産業 お客様相談室 御中
> 当センターに下記の方から相談がありました。
> 相談者：坂上 イト 様（８１歳）
> 住所：南里市桜台３丁目２番７号
> 電話：０５５８－２２－４１６０
> 内容：自宅に来た営業員に勧められ、必要のない保険に加入してしまった。
> 南里市消費生活センター 北条
""" + _SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the complainant's details are only in the quoted mail from the consumer centre",
    },
    {
        "id": "kokyakusodan-090",
        "charset": "iso-2022-jp",
        "sender": _IOKIBE,
        "to": [
            "みどり銀行 不正対策室 <fusei-taisaku@midori-ginko.co.jp>",
            "瀬戸内信用金庫 リスク管理部 <risk@setouchi-shinkin.jp>",
            "東雲銀行 事務リスク管理室 <jimu-risk@shinonome-bank.co.jp>",
        ],
        "subject": "【注意喚起】提携ローン契約者を狙った偽SMSについて",
        "body": """提携金融機関 ご担当者各位

いつもお世話になっております。
日の出産業株式会社 コンプライアンス統括部の五百旗頭でございます。

当社お客様相談室に、当社をかたる偽SMSに関するお問い合わせが急増しております。
貴行（金庫）の窓口にもお問い合わせがあるかと存じますので、情報を共有いたします。

　・文面例：「【日の出産業】ご返済が確認できません。下記より手続きしてください」
　・誘導先：hinode-henkou[.]top 等の偽サイト
　・被害状況：ID・パスワードの入力被害 3件（当社把握分）

当社からSMSでURLをお送りすることはございません。
お客様からお問い合わせがあった際は、当社相談室（0120-418-270）をご案内ください。
""" + _SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "R4: three banks (three external organisations) addressed openly in To",
    },
]

MESSAGES += [
    {
        "id": "kokyakusodan-091",
        "charset": "cp932",
        "sender": _KITO,
        "to": ["南里市消費生活センター 相談員 北条様 <shohi-center@city.nansato.lg.jp>"],
        "subject": "還付金詐欺の被害に遭われた当社のお客様（情報提供）",
        "body": """南里市消費生活センター
相談員　北条様

お世話になっております。日の出産業の鬼頭です。
先日の連絡会でお話しした、南里市内にお住まいで還付金詐欺の被害に遭われた
当社のお客様の一覧をお送りします。いずれもご本人またはご家族から
当室にご相談があった方です。見守りの参考にしてください。
""" + _SIG_KITO,
        "attachments": [
            {
                "kind": "csv",
                "name": "sagi_higai_nansato.csv",
                "encoding": "cp932",
                "rows": [
                    ["氏名", "年齢", "電話", "被害日", "被害内容", "被害額"],
                    ["目黒 キヨ", "86", "0558-22-3071", "2025/10/20", "還付金詐欺（ATM操作）", "480000"],
                    ["坂上 イト", "81", "0558-22-4160", "2025/09/12", "還付金詐欺（ATM操作）", "290000"],
                    ["西郷 トク", "89", "0558-31-1187", "2025/09/30", "キャッシュカード詐取", "1000000"],
                    ["竹之内 和男", "78", "0558-27-6602", "2025/10/02", "還付金詐欺（ATM操作）", "196000"],
                    ["伊集院 スエ", "84", "0558-22-9914", "2025/10/15", "キャッシュカード詐取", "500000"],
                    ["満島 幸三", "80", "0558-35-2248", "2025/10/24", "還付金詐欺（ネットバンキング）", "750000"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "R1+R3: CSV of six named crime (fraud) victims with phones sent to a municipal consumer centre",
    },
    {
        "id": "kokyakusodan-092",
        "charset": "iso-2022-jp",
        "sender": _SAOTOME,
        "to": ["星空生命 研修課 <kenshu@hoshizora-life.co.jp>"],
        "cc": ["かえで損害保険 代理店教育課 <kyoiku@kaede-sonpo.co.jp>"],
        "subject": "募集人研修（12月）の日程と会場について",
        "body": """星空生命 研修課 ご担当者様
かえで損保 代理店教育課 ご担当者様

お世話になっております。日の出産業 保険代理店課の早乙女です。

12月の募集人研修について、両社合同での開催の件、下記でいかがでしょうか。

　日時：12月9日（火）13:00～17:00
　会場：日の出日本橋ビル 7F 大会議室
　内容：前半 星空生命様（生保商品・高齢者募集）
　　　　後半 かえで損保様（損保商品・事故受付の初期対応）
　受講者：当社募集人 約40名

講師のお名前と必要機材を11/21までにお知らせください。
""" + _SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two insurers in To/Cc for joint training: two external organisations only",
    },
    {
        "id": "kokyakusodan-093",
        "charset": "utf-8",
        "sender": _SHOJI,
        "to": ["錦印刷 営業部 宇佐美様 <usami@nishiki-insatsu.co.jp>"],
        "subject": "米寿・白寿のお祝いカード 宛名データ",
        "body": """宇佐美様

お世話になっております。東海林です。
来年1～3月にお誕生日を迎えられる米寿・白寿のお客様へのお祝いカードの宛名です。
お誕生月の前月末に届くよう、月ごとに分けて発送をお願いします。

氏名	生年月日	〒	住所
栗山 タツ	1938/01/14	330-0063	埼玉県さいたま市浦和区高砂4-6-20
渋川 トヨ	1938/02/03	260-0045	千葉県千葉市中央区弁天1-15-4
馬渕 清一	1927/02/21	150-0012	東京都渋谷区広尾5-3-11
阿部 ミサヲ	1938/03/08	231-0062	神奈川県横浜市中区桜木町2-2-9
片桐 ハル	1927/03/17	113-0021	東京都文京区本駒込4-22-6
宝田 源蔵	1938/03/29	190-0012	東京都立川市曙町1-30-7

東海林
""",
        "html": """<html><body>
<p>宇佐美様</p>
<p>お世話になっております。東海林です。<br>
来年1～3月にお誕生日を迎えられる米寿・白寿のお客様へのお祝いカードの宛名です。<br>
お誕生月の前月末に届くよう、月ごとに分けて発送をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>氏名</th><th>生年月日</th><th>〒</th><th>住所</th></tr>
<tr><td>栗山 タツ</td><td>1938/01/14</td><td>330-0063</td><td>埼玉県さいたま市浦和区高砂4-6-20</td></tr>
<tr><td>渋川 トヨ</td><td>1938/02/03</td><td>260-0045</td><td>千葉県千葉市中央区弁天1-15-4</td></tr>
<tr><td>馬渕 清一</td><td>1927/02/21</td><td>150-0012</td><td>東京都渋谷区広尾5-3-11</td></tr>
<tr><td>阿部 ミサヲ</td><td>1938/03/08</td><td>231-0062</td><td>神奈川県横浜市中区桜木町2-2-9</td></tr>
<tr><td>片桐 ハル</td><td>1927/03/17</td><td>113-0021</td><td>東京都文京区本駒込4-22-6</td></tr>
<tr><td>宝田 源蔵</td><td>1938/03/29</td><td>190-0012</td><td>東京都立川市曙町1-30-7</td></tr>
</table>
<p>東海林</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "R1: six elderly customers' birth dates and addresses (text + HTML table) to the printer",
    },
    {
        "id": "kokyakusodan-094",
        "charset": "utf-8",
        "sender": _OKOCHI,
        "to": ["Hiroshi Kamiya <h.kamiya@seiwa-consulting.jp>"],
        "subject": "Deck for the complaint-process review workshop",
        "body": """Kamiya-san,

Thank you for facilitating next week's workshop. Attached is the deck our team will
present on the current complaint-handling process and the gaps we found.

Best regards,
Kyoko Okochi
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "complaint_process_review.pptx",
                "title": "Complaint process review - Internal Only",
                "page_footer": "Internal Only - Hinode Sangyo Co., Ltd.",
                "slides": [
                    ["Complaint process review", "Customer Consultation Desk", "Internal Only"],
                    ["Current flow", "Intake -> triage -> owner department -> response", "Average lead time: 11.4 business days"],
                    ["Gaps", "No SLA for guardian / family inquiries", "Escalation to ADR decided case by case", "Partner banks informed by phone only"],
                    ["Proposals", "Single intake form shared with partner banks", "Target 7 business days", "Monthly review with insurers"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "R6: the deck is marked Internal Only on its slides and footer, sent to an outside consultant",
    },
    {
        "id": "kokyakusodan-095",
        "charset": "cp932",
        "sender": _IOKIBE,
        "to": ["日本消費者金融協会 調査部 <chosa@jcfa-kyokai.or.jp>"],
        "subject": "苦情統計調査（2025年度上期）への回答",
        "body": """日本消費者金融協会 調査部 御中

日の出産業株式会社 コンプライアンス統括部の五百旗頭でございます。
標記調査につき、所定の様式にて回答いたします。
""" + _SIG_IOKIBE,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "苦情統計調査_回答_日の出産業.xlsx",
                "sheets": {
                    "様式1_件数": [
                        ["2025年度上期 苦情統計調査 回答様式1"],
                        ["区分", "4月", "5月", "6月", "7月", "8月", "9月"],
                        ["契約・説明", 8, 6, 9, 7, 5, 6],
                        ["返済・督促", 14, 11, 12, 15, 10, 9],
                        ["接客態度", 3, 4, 2, 3, 2, 1],
                        ["その他", 5, 3, 4, 6, 4, 3],
                    ],
                    "様式2_年代別": [
                        ["年代", "件数"],
                        ["30代以下", 22],
                        ["40～50代", 41],
                        ["60代", 33],
                        ["70代以上", 38],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated complaint statistics to an industry association, no individual data",
    },
    {
        "id": "kokyakusodan-096",
        "charset": "iso-2022-jp",
        "sender": _MITSUYA,
        "to": ["星野証券 お客様サポート部 <support@hoshino-sec.co.jp>"],
        "subject": "FW: NISA口座についてのお問い合わせ（ご紹介）",
        "body": """星野証券株式会社 お客様サポート部 ご担当者様

お世話になっております。日の出産業お客様相談室の三ツ矢です。

当社の提携ローンのお客様から、NISA口座の開設についてお問い合わせがありました。
当社では取り扱っておりませんので、ご本人の了承を得て貴社にご紹介いたします。
お客様からのメールをそのまま添付しますので、直接ご連絡いただけますでしょうか。
""" + _SIG_MITSUYA,
        "attachments": [
            {
                "kind": "eml",
                "name": "お問い合わせ_NISA口座.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "長嶺 悠真 <yuma.nagamine@gmail.com>",
                    "to": ["日の出産業 お客様相談室 <soudan@hinode-sangyo.co.jp>"],
                    "subject": "NISA口座について",
                    "body": """お世話になります。提携ローンを利用している長嶺と申します。

ローンの返済が来年終わるので、その後はNISAで積立を始めたいと考えています。
御社の提携先でNISA口座を開設できるところはありますか。
マイナンバーの届出が必要と聞きましたが、書類は郵送で対応できますか。

連絡は平日夜なら 080-2276-5193 までお願いします。

長嶺 悠真
""",
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached mail of one customer (name, phone, e-mail) referred with consent; no number itself",
    },
    {
        "id": "kokyakusodan-097",
        "charset": "cp932",
        "sender": _SHOJI,
        "to": ["錦印刷 発送管理課 <hasso@nishiki-insatsu.co.jp>"],
        "subject": "DM発送停止のお願い（1件）",
        "body": """錦印刷株式会社 発送管理課 ご担当者様

お世話になっております。日の出産業の東海林です。

お客様から「案内の郵送を止めてほしい」とのお申し出がありました。
次回以降のDM発送リストから、下記の方を除外していただけますでしょうか。

　氏名：鳴海 貴美子 様
　住所：〒277-0005 千葉県柏市柏6-3-22 グランコート柏 405

当社のマスタからも削除済みですが、貴社で保管中の
11月発送分データにも反映をお願いいたします。
""" + _SIG_SHOJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one customer's name and address for a mailing opt-out: single record, may be warned",
    },
    {
        "id": "kokyakusodan-098",
        "charset": "iso-2022-jp",
        "sender": _KITO,
        "to": ["寺内 綾 様 <aya.terauchi.0321@gmail.com>"],
        "subject": "お母様のご来店日程について",
        "body": """寺内 綾 様

日の出産業お客様相談室の鬼頭でございます。
先ほどはお電話ありがとうございました。

お母様（寺内 フミ様）の繰上返済のお手続きですが、
病院への通院のご予定と重ならないよう、11月14日（金）の午後でご予約をお取りしました。
当日は綾様もご同席いただけるとのことで、安心いたしました。

ご持参いただくもの：ご返済用の通帳・お届け印・ご本人確認書類

ご不明な点がございましたら、当室（03-5201-7735）までお気軽にご連絡ください。
""" + _SIG_KITO,
        "expect": "either",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "to the customer's daughter on free mail; a vague hint of the mother's hospital visits, sensitive or not is arguable",
    },
    {
        "id": "kokyakusodan-099",
        "charset": "utf-8",
        "sender": _SHOJI,
        "to": ["みどり銀行 提携ローン部 杉浦様 <sugiura.k@midori-ginko.co.jp>"],
        "subject": "窓口備え置き用パンフレット（PDF一式）",
        "body": """杉浦様

お世話になっております。東海林です。
各支店の窓口に備え置きいただくパンフレットのPDF一式をZIPでお送りします。
印刷版は錦印刷から各支店に直送いたします。
""" + _SIG_SHOJI,
        "attachments": [
            {
                "kind": "zip",
                "name": "pamphlets_2026.zip",
                "files": [
                    {
                        "kind": "pdf",
                        "name": "提携ローンのご案内.pdf",
                        "lines": ["提携ローンのご案内", "みどり銀行 × 日の出産業", "金利 年3.9%～14.5%", "お問い合わせ 0120-418-270"],
                    },
                    {
                        "kind": "pdf",
                        "name": "ご家族のためのご相談窓口.pdf",
                        "lines": ["ご家族のためのご相談窓口", "ご高齢のご家族のお取引について、お気軽にご相談ください。", "日の出産業 お客様相談室 0120-418-270"],
                    },
                    {
                        "kind": "txt",
                        "name": "readme.txt",
                        "text": "2026年版パンフレット一式。差し替えは2026年1月5日から。",
                    },
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of public pamphlets, no personal data",
    },
    {
        "id": "kokyakusodan-100",
        "charset": "cp932",
        "sender": _SHOJI,
        "to": ["錦印刷 営業部 宇佐美様 <usami@nishiki-insatu.co.jp>"],
        "subject": "年末のご挨拶状 宛名データ（提携ローン優良顧客）",
        "body": """宇佐美様

お世話になっております。東海林です。
年末のご挨拶状の宛名データ（CSV）をお送りします。
12月15日以降の到着でお願いします。
""" + _SIG_SHOJI,
        "attachments": [
            {
                "kind": "csv",
                "name": "aisatsu_2025.csv",
                "encoding": "cp932",
                "rows": [
                    ["顧客番号", "氏名", "郵便番号", "住所1", "住所2"],
                    ["L-30117", "矢島 浩一", "151-0053", "東京都渋谷区代々木3-28-6", "代々木パークハウス702"],
                    ["L-30152", "芳賀 すみれ", "222-0033", "神奈川県横浜市港北区新横浜2-7-19", ""],
                    ["L-30188", "大城 隆", "335-0004", "埼玉県蕨市中央1-25-3", ""],
                    ["L-30211", "三好 奈央", "279-0012", "千葉県浦安市入船1-4-1", "ベイシティ入船1504"],
                    ["L-30245", "佐竹 伸夫", "206-0033", "東京都多摩市落合1-46-2", ""],
                    ["L-30260", "石動 紀子", "247-0056", "神奈川県鎌倉市大船2-20-11", ""],
                    ["L-30298", "丸山 陽", "343-0023", "埼玉県越谷市東越谷9-31-2", ""],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "R5+R1: nishiki-insatu.co.jp drops a letter of the printer's domain, and the CSV lists seven customers' addresses",
    },
]


# ISO-2022-JP mailers write the JIS wave dash, not the full-width tilde.
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("body", "html"):
            if _m.get(_k):
                _m[_k] = _m[_k].replace("～", "〜")
