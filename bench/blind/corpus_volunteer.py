"""Blind evaluation corpus, area "volunteer": the CSR volunteer programme of 日の出産業 (Hinode
Sangyo) and the mail its CSR推進室, 総務部, 人事部 and branch staff send to NPOs, social welfare
councils (社会福祉協議会), disaster volunteer centres, festival committees, insurance agents,
hotels, bus and rental companies, caterers and overseas partner NGOs: volunteer rosters,
ボランティア活動保険 sign-ups, emergency contacts, accessibility and health needs, honoraria,
donations, schedules, statistics and thank-you notes.  Written blind from BRIEF.md (and the
message format of build.py and the names in SPEC.md) without reading mailguard's code."""

from build import card_number, my_number

SEED = 51401


def _sp4(s: str) -> str:
    """Digits grouped by four, as people type them."""
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def _hy4(s: str) -> str:
    return "-".join(s[i:i + 4] for i in range(0, len(s), 4))


_SIG_SAOTOME = """
--
日の出産業株式会社
総務部 CSR推進室　早乙女 由佳（さおとめ ゆか）
〒105-0023 東京都港区芝浦3-9-14 日の出ビル7F
TEL 03-5442-7810（直通）／携帯 080-4417-2093
E-mail: saotome.yuka@hinode-sangyo.co.jp
"""

_SIG_KITO = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　総務部 総務課
鬼頭 健太　Kenta Kito
〒105-0023 東京都港区芝浦3-9-14
TEL：03-5442-7801　FAX：03-5442-7899
━━━━━━━━━━━━━━━━━━━━━━
"""

_SIG_AIMONO = """
----------------------------------------
日の出産業株式会社 仙台営業所
四十物 亮（あいもの りょう）
〒980-0811 宮城県仙台市青葉区一番町2-4-21
TEL 022-263-5510 / FAX 022-263-5519
----------------------------------------
"""

_DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

_DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
"""

MESSAGES = [
    # 001 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-001",
        "charset": "iso-2022-jp",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["東雲市社会福祉協議会 茅野様 <chino.m@shinonome-shakyo.or.jp>"],
        "subject": "【ご送付】10/19 東雲浜クリーンアップ 参加者名簿（ボランティア活動保険加入用）",
        "body": """東雲市社会福祉協議会
ボランティアセンター　茅野 様

いつもお世話になっております。
日の出産業 CSR推進室の早乙女でございます。

10月19日（日）の東雲浜クリーンアップにつきまして、弊社からの参加者名簿を
添付のとおりお送りいたします。
ボランティア活動保険の加入手続きに必要な項目（氏名・生年月日・連絡先）を
記載しておりますので、ご確認のほどよろしくお願いいたします。

なお、当日欠席者が出た場合は前日17時までにご連絡いたします。

引き続きどうぞよろしくお願いいたします。
""" + _SIG_SAOTOME,
        "attachments": [{
            "kind": "xlsx",
            "name": "東雲浜クリーンアップ_参加者名簿_日の出産業.xlsx",
            "sheets": {
                "名簿": [
                    ["東雲浜クリーンアップ 参加者名簿（日の出産業株式会社）", "", "", "", "", "", ""],
                    ["作成日：2025/10/03", "", "", "", "", "", ""],
                    ["No", "氏名", "フリガナ", "所属", "生年月日", "携帯電話", "保険"],
                    [1, "早乙女 由佳", "サオトメ ユカ", "総務部", "1987/06/14", "080-4417-2093", "要"],
                    [2, "御手洗 剛", "ミタライ ツヨシ", "営業一部", "1979/11/02", "090-6623-1804", "要"],
                    [3, "瓜生 沙耶", "ウリュウ サヤ", "経理部", "1994/03/27", "070-3318-5520", "要"],
                    [4, "神宮寺 拓", "ジングウジ タク", "情報システム部", "1990/08/09", "080-2290-7461", "要"],
                    [5, "百目鬼 詩織", "ドウメキ シオリ", "人事部", "1998/01/30", "090-8841-0376", "要"],
                    [6, "乙部 勝利", "オトベ カツトシ", "物流管理部", "1972/12/18", "080-6107-3398", "要"],
                    [7, "舎人 みのり", "トネリ ミノリ", "営業二部", "2001/05/05", "070-1145-9082", "要"],
                    [8, "楪 宗一郎", "ユズリハ ソウイチロウ", "品質保証部", "1985/09/21", "090-2763-4415", "加入済"],
                ],
                "部署別人数": [
                    ["部署", "人数"],
                    ["総務部", 1], ["営業一部", 1], ["営業二部", 1], ["経理部", 1],
                    ["情報システム部", 1], ["人事部", 1], ["物流管理部", 1], ["品質保証部", 1],
                    ["合計", 8],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "8 volunteers with date of birth and mobile in an XLSX to the social welfare council: a list of people",
    },
    # 002 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-002",
        "charset": "cp932",
        "sender": "五百旗頭 進 <iokibe.susumu@hinode-sangyo.co.jp>",
        "to": ["NPO法人うみべクリーンネット 蓮見様 <hasumi@umibe-clean.or.jp>"],
        "subject": "Re: 10月の清掃活動の日程について",
        "body": """蓮見様

お世話になっております。日の出産業の五百旗頭です。
日程のご調整ありがとうございました。下記で確定とさせてください。

　日時：2025年10月19日（日）9:00集合／11:30解散（雨天時は10月26日に順延）
　集合：東雲浜海浜公園 第2駐車場横の管理棟前
　人数：弊社社員およびご家族 約25名（確定人数は10/10までにご連絡します）
　持参：軍手・飲み物・帽子は各自、火ばさみとごみ袋は貴会からお借りできるとのこと、
　　　　大変助かります。

参加者の名簿は保険加入の関係で社会福祉協議会さん経由でお出しする予定です。
当日は弊社から救急セットとテント1張を持ち込みます。

引き続きよろしくお願いいたします。

----------------------------------------------------
日の出産業株式会社 CSR推進室 室長
五百旗頭 進（いおきべ すすむ）
〒105-0023 東京都港区芝浦3-9-14 日の出ビル7F
TEL 03-5442-7800（代表）
----------------------------------------------------
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary scheduling mail to an NPO: headcount only, no one's data beyond the signature",
    },
    # 003 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-003",
        "charset": "cp932",
        "sender": "鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>",
        "to": ["ひかり保険サービス 桧山様 <hiyama@hikari-hoken.co.jp>"],
        "subject": "ボランティア行事用保険 追加加入者リストの件",
        "body": """株式会社ひかり保険サービス
桧山様

いつも大変お世話になっております。
日の出産業 総務部の鬼頭です。

先日ご相談しました「芝浦夏まつり」運営ボランティアの行事用保険について、
追加加入者12名分のリストをCSVでお送りいたします。
（社員のほか、OB・家族の参加者も含まれております）

保険期間は8/23～8/24の2日間でお願いできればと存じます。
保険料のご請求書は総務部宛にお送りください。

よろしくお願いいたします。
""" + _SIG_KITO,
        "attachments": [{
            "kind": "csv",
            "name": "kanyusha_tsuika_20250801.csv",
            "encoding": "cp932",
            "rows": [
                ["No", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所", "電話番号", "区分"],
                ["1", "漆原 敏行", "ウルシバラ トシユキ", "男", "S48.7.12", "135-0062", "東京都江東区東雲1-8-3-1104", "090-3371-2286", "社員"],
                ["2", "漆原 真弓", "ウルシバラ マユミ", "女", "S50.2.28", "135-0062", "東京都江東区東雲1-8-3-1104", "090-3371-5802", "家族"],
                ["3", "柘植 壮真", "ツゲ ソウマ", "男", "H9.10.4", "108-0023", "東京都港区芝浦4-12-9", "080-5512-0937", "社員"],
                ["4", "薬袋 絢子", "ミナイ アヤコ", "女", "S62.4.19", "143-0016", "東京都大田区大森北2-17-6", "070-2284-6613", "社員"],
                ["5", "轟 一平", "トドロキ イッペイ", "男", "S31.9.1", "140-0011", "東京都品川区東大井3-5-22", "03-3761-4480", "OB"],
                ["6", "轟 節子", "トドロキ セツコ", "女", "S34.1.15", "140-0011", "東京都品川区東大井3-5-22", "03-3761-4480", "OB家族"],
                ["7", "宍戸 芽衣", "シシド メイ", "女", "H12.6.30", "211-0004", "神奈川県川崎市中原区新丸子東2-901-5", "090-7720-3154", "社員"],
                ["8", "仁科 陽向", "ニシナ ヒナタ", "男", "H3.12.8", "108-0075", "東京都港区港南2-3-1-708", "080-9033-2471", "社員"],
                ["9", "東海林 里奈", "ショウジ リナ", "女", "H6.3.3", "135-0016", "東京都江東区東陽5-30-11", "070-6651-8809", "社員"],
                ["10", "鮫島 大樹", "サメジマ ダイキ", "男", "S58.4.2", "272-0034", "千葉県市川市市川1-21-7", "090-1187-6620", "社員"],
                ["11", "鮫島 結", "サメジマ ユイ", "女", "H27.11.23", "272-0034", "千葉県市川市市川1-21-7", "", "家族"],
                ["12", "木皿 真之", "キサラ マサユキ", "男", "S53.8.16", "144-0052", "東京都大田区蒲田5-44-2", "080-4309-1175", "社員"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "insurance sign-up CSV of 12 people (和暦 birth dates, home addresses, phones) to an insurance agent",
    },
    # 004 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-004",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["茅野 美穂 <chino.m@shinonome-shakyo.or.jp>"],
        "subject": "年次報告用：2024年度 社員ボランティア参加実績のご提供",
        "body": """茅野様

お世話になっております。日の出産業の早乙女です。
先日ご依頼のありました、貴会年次報告書に掲載いただく弊社の参加実績を
集計しましたのでお送りします。

・活動別の延べ参加人数・活動時間
・部署別の参加率（個人が特定されないよう、5名未満の部署は「その他」にまとめています）

掲載時の表記は「日の出産業株式会社（港区）」でお願いいたします。
ご不明点がございましたらお知らせください。
""" + _SIG_SAOTOME,
        "attachments": [{
            "kind": "xlsx",
            "name": "2024年度_ボランティア参加実績_集計.xlsx",
            "sheets": {
                "活動別": [
                    ["2024年度 社員ボランティア参加実績（活動別）"],
                    [],
                    ["活動", "回数", "延べ参加人数", "延べ活動時間(h)", "うち家族参加"],
                    ["東雲浜クリーンアップ", 4, 96, 240, 21],
                    ["子ども食堂 調理補助", 22, 71, 213, 0],
                    ["芝浦夏まつり 運営", 1, 38, 304, 9],
                    ["フードドライブ 仕分け", 6, 45, 135, 4],
                    ["被災地支援（汐見町）", 3, 27, 486, 0],
                    ["合計", 36, 277, 1378, 34],
                ],
                "部署別": [
                    ["部署", "在籍者数", "参加者数(実人数)", "参加率"],
                    ["営業本部", 212, 61, "28.8%"],
                    ["管理本部", 98, 44, "44.9%"],
                    ["物流本部", 175, 37, "21.1%"],
                    ["技術本部", 131, 29, "22.1%"],
                    ["その他", 19, 6, "31.6%"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate statistics (counts, hours, rates by department): no person's record",
    },
    # 005 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-005",
        "charset": "iso-2022-jp",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": [
            "芝浦夏まつり実行委員会 事務局 <jimukyoku@shibaura-natsumatsuri.jp>",
            "芝浦商店会 会長 <kaicho@shibaura-shoten.jp>",
            "セーフティ東和 営業二課 <eigyo2@safety-towa.co.jp>",
        ],
        "subject": "芝浦夏まつり 会場設営打合せの日程調整のお願い",
        "body": """関係者各位

お世話になっております。
日の出産業 総務部の能登谷でございます。

今年も弊社は芝浦夏まつりの運営ボランティアとして、会場設営と
本部テントの運営を担当させていただきます。

つきましては、会場レイアウトと警備動線の確認のため、下記いずれかの日程で
現地打合せをお願いできないでしょうか。

　候補1：7月8日（火）14:00〜15:30
　候補2：7月10日（木）10:00〜11:30
　候補3：7月11日（金）16:00〜17:30
　場所：芝浦中央公園 管理事務所前

ご都合のよい候補を7月3日までにご返信いただけますと幸いです。

日の出産業株式会社 総務部　能登谷 翔
TEL 03-5442-7803
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (committee, shop association, security firm) visible to each other in To",
    },
    # 006 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-006",
        "charset": "utf-8",
        "sender": "小鳥遊 まどか <takanashi.madoka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "12/6 ボランティア活動報告会 ご来場者の配慮事項について",
        "body": """さくらホテル 宴会予約ご担当 様

いつもお世話になっております。日の出産業 人事部の小鳥遊です。
12月6日（土）「社員ボランティア活動報告会」（桜の間）の件で、
当日ご来場される方のうち、事前に配慮をお願いしたい方を共有いたします。

■ 配慮が必要なご来場者
１．矢集 航平 様（営業二部）
　　電動車椅子をご使用です。会場入口のスロープと、車椅子対応の席
　　（通路側・前方）をご用意ください。多目的トイレの場所もご案内をお願いします。
２．蒲生 梢 様（経理部）
　　聴覚障害がおありで、手話通訳者が隣席に同席します。通訳者の椅子を1脚追加し、
　　演台が見える位置にお願いします。
３．宇賀神 誠 様（物流管理部）
　　視覚障害（全盲）のため盲導犬を同伴されます。受付から席までの誘導をお願いします。

上記3名の方以外は特段の配慮は不要です。
お手数をおかけしますが、よろしくお願いいたします。

日の出産業株式会社 人事部 ダイバーシティ推進担当
小鳥遊 まどか　TEL 03-5442-7815
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "disabilities (wheelchair, deaf, blind) of three named employees sent to a hotel: 要配慮個人情報",
    },
    # 007 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-007",
        "charset": "cp932",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": ["実行委員会事務局 <jimukyoku@shibaura-natsumatsuri.jp>"],
        "subject": "【共有】当日の協力店舗（トイレ貸出・休憩所）一覧",
        "body": """実行委員会事務局 御中

日の出産業の能登谷です。
商店会さんに確認いただいた、当日トイレ貸出・休憩所としてご協力いただける店舗の
一覧をまとめました。本部テントの掲示とボランティア向けマニュアルに使います。

店舗名                    協力内容          電話            所在地
------------------------------------------------------------------------------------
ファミリーマート芝浦三丁目店   トイレ・AED     03-3452-1180    港区芝浦3-2-5
喫茶 ひだまり              休憩所(15席)     03-3453-7702    港区芝浦3-6-11
芝浦薬局                  救護用品補充      03-3451-0094    港区芝浦2-15-3
そば処 一福                トイレ            03-3455-2219    港区芝浦3-11-8
芝浦区民センター           授乳室・AED      03-3456-4000    港区芝浦1-16-1
ホテルさくら芝浦(フロント)  迷子一時預かり    03-3458-8800    港区芝浦4-1-20
------------------------------------------------------------------------------------

営業時間外の店舗もありますので、当日朝に再確認いたします。

能登谷
日の出産業株式会社 総務部　TEL 03-5442-7803
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of shops and public facilities with their switchboards: businesses, not people",
    },
    # 008 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-008",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 まどか <takanashi.madoka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hote1.jp>"],
        "subject": "会場仮押さえのお願い（12/6 桜の間）",
        "body": """さくらホテル 宴会予約ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部の小鳥遊でございます。

毎年お願いしております社員ボランティア活動報告会につきまして、
今年は下記日程で会場の仮押さえをお願いできますでしょうか。

　日時：2025年12月6日（土）13:00〜17:00（準備12:00〜）
　人数：80名前後（立食の懇親会 30分を含む）
　会場：桜の間（昨年と同じレイアウトを希望）

お見積りを頂けましたら、社内決裁のうえ正式にお申し込みいたします。

どうぞよろしくお願い申し上げます。

小鳥遊 まどか
日の出産業株式会社 人事部
TEL 03-5442-7815
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain sakura-hote1.jp is a look-alike of partner sakura-hotel.jp (digit 1 for l)",
    },
    # 009 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-009",
        "charset": "utf-8",
        "sender": "四十物 亮 <aimono.ryo@hinode-sangyo.co.jp>",
        "to": ["さくらホテル仙台 予約課 <sendai-reserve@sakura-hotel.jp>"],
        "subject": "予約番号 SH-48213 のクレジットカード保証について",
        "body": """さくらホテル仙台 予約課 御中

お世話になっております。日の出産業 仙台営業所の四十物です。
11/14～11/16 で予約しております被災地支援ボランティア（6室）の件で、
お電話でご依頼のあった予約保証用のカード情報をお送りします。

　予約番号　：SH-48213
　カード種別：法人カード
　カード番号：""" + _hy4(card_number(SEED + 11)) + """
　有効期限　：08/28
　名義　　　：RYO AIMONO

チェックイン時に同カードで精算いたします。
お手数ですが、受領のご連絡をいただけますと幸いです。
""" + _SIG_AIMONO,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full credit card number with holder name and expiry sent by mail to a hotel",
    },
    # 010 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-010",
        "charset": "cp932",
        "sender": "四十物 亮 <aimono.ryo@hinode-sangyo.co.jp>",
        "to": ["あおぞら災害支援ネット 事務局 <office@aozora-shien.or.jp>"],
        "subject": "第3陣 派遣者名簿の送付（パスワードは別送します）",
        "body": """あおぞら災害支援ネット 事務局 御中

お世話になっております。日の出産業 仙台営業所の四十物です。
11月の第3陣として汐見町に派遣する社員の名簿をお送りします。
ファイルにはパスワードを設定しておりますので、別メールにてお知らせいたします。

ご査収のほどよろしくお願いいたします。
""" + _SIG_AIMONO,
        "attachments": [{
            "kind": "zip",
            "name": "haken_meibo_dai3jin.zip",
            "password": "Hn-2025#Aozora",
            "files": [{
                "kind": "xlsx",
                "name": "派遣者名簿_第3陣.xlsx",
                "sheets": {"名簿": [
                    ["氏名", "性別", "年齢", "携帯", "緊急連絡先"],
                    ["四十物 亮", "男", 41, "090-5521-8830", "022-301-7714"],
                    ["雲母 隆之", "男", 36, "080-3390-1245", "022-772-0193"],
                    ["鳰 彩花", "女", 29, "070-8826-3317", "0225-84-2230"],
                    ["閏間 大輔", "男", 47, "090-2203-6649", "022-285-4471"],
                    ["及位 夏美", "女", 33, "080-7754-9012", "024-922-3380"],
                    ["蕪木 聡", "男", 52, "090-1136-4428", "022-218-5566"],
                ]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP): the attachment cannot be inspected",
    },
    # 011 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-011",
        "charset": "cp932",
        "sender": "四十物 亮 <aimono.ryo@hinode-sangyo.co.jp>",
        "to": ["あおぞら災害支援ネット 事務局 <office@aozora-shien.or.jp>"],
        "subject": "パスワードのお知らせ（第3陣 派遣者名簿）",
        "body": """あおぞら災害支援ネット 事務局 御中

日の出産業 仙台営業所の四十物です。
先ほどお送りしたファイル「haken_meibo_dai3jin.zip」のパスワードをお知らせします。

　パスワード：Hn-2025#Aozora

なお、次回からは貴会の共有フォルダへのアップロードに切り替えたいと考えております。
ご検討いただけますと幸いです。
""" + _SIG_AIMONO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the follow-up mail carrying only the ZIP password: no personal data, nothing to stop",
    },
    # 012 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-012",
        "charset": "iso-2022-jp",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": ["実行委員会 本部長 鶴来様 <tsurugi@shibaura-natsumatsuri.jp>"],
        "subject": "本部テント担当者と緊急連絡先",
        "body": """鶴来様

お世話になっております。日の出産業の能登谷です。
ご依頼の、本部テント担当者の当日連絡先と緊急連絡先を下記にまとめました。
救護班にも共有していただいて構いません。

氏名          担当          携帯             緊急連絡先（続柄）   電話
-----------------------------------------------------------------------------
能登谷 翔     本部統括      080-3319-4470    能登谷 麻衣（妻）    080-3319-5502
勅使河原 徹   迷子・落とし物 090-4475-1126    勅使河原 幸子（母）  048-861-2207
竹之内 遥     受付          070-2261-8854    竹之内 浩二（父）    0467-23-4419
牛窪 康介     設営・撤収    090-9902-3317    牛窪 恵（妻）        090-9902-3380
左右田 千尋   救護連絡      080-5530-7718    左右田 健（夫）      080-5530-2201
鴨志田 蓮     放送・アナウンス 070-6609-1142  鴨志田 正人（父）    03-3701-5596
-----------------------------------------------------------------------------

当日は8:00に本部テント集合です。よろしくお願いいたします。

能登谷
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six volunteers with mobiles and their family emergency contacts in a padded body table",
    },
    # 013 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-013",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["みなと子ども食堂ネットワーク 真栄田様 <maeda@minato-kodomoshokudo.or.jp>"],
        "subject": "Re: ボランティア向け秘密保持誓約書のご相談",
        "body": """真栄田様

お世話になっております。日の出産業の早乙女です。

ボランティアとして参加する社員に秘密保持の誓約書（利用児童・ご家庭の情報を
口外しない旨）を提出いただきたい、とのお話、承知いたしました。
社内でも異論はございません。

弊社側では法務部が文面を確認したうえで、各参加者から直接貴会へ提出する形を
考えております。つきましては、誓約書のひな形（Word形式）をお送りいただけますでしょうか。
また、弊社と貴会の間で別途「秘密保持契約」を締結する必要があるかどうかも、
あわせてご教示いただけますと助かります。

ご多忙のところ恐れ入りますが、よろしくお願いいたします。
""" + _SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about a confidentiality pledge / NDA: no marking, no personal data",
    },
    # 014 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-014",
        "charset": "iso-2022-jp",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": ["救護班 班長 白鳥様 <shiratori@shibaura-natsumatsuri.jp>"],
        "subject": "当日の救護体制について（弊社参加者1名の件）",
        "body": """白鳥様

いつもお世話になっております。日の出産業の能登谷です。

弊社から本部テントに入る 渋谷 拓海（しぶや たくみ、営業一部）について、
本人の了承を得て事前にお伝えします。
渋谷はてんかんの持病があり、服薬でコントロールできていますが、
暑さと寝不足が重なると発作が起きる可能性があるとのことです。

発作時は
・周囲の物をどけて横向きに寝かせる
・口に物を入れない
・5分以上続く場合は119番
でお願いしたいと本人から聞いております。本人の携帯は 090-4418-2076 です。

日陰での受付業務に配置する予定ですので、救護テントの近くにしてもらえると助かります。

能登谷
日の出産業株式会社 総務部
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one named employee's epilepsy (medical history) sent to an outside committee: sensitive data of one person",
    },
    # 015 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-015",
        "charset": "utf-8",
        "sender": "鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>",
        "to": ["総務課 <soumu@hinode-sangyo.co.jp>", "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>"],
        "cc": ["五百旗頭 進 <iokibe.susumu@hinode-sangyo.co.jp>"],
        "subject": "【社内】夏まつりボランティア 参加者台帳（最新版）",
        "body": """総務課各位、能登谷さん

夏まつりボランティアの参加者台帳を更新しました。
保険・緊急連絡先・アレルギーの欄まで埋まっています。
社外に出すときは必要な列だけ抜いてから、必ず私に一声かけてください。

鬼頭
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "夏まつり_参加者台帳_v5.xlsx",
            "sheets": {"台帳": [
                ["社員番号", "氏名", "生年月日", "携帯", "緊急連絡先", "食物アレルギー"],
                ["H10233", "漆原 敏行", "1973/07/12", "090-3371-2286", "090-3371-5802", "なし"],
                ["H11870", "柘植 壮真", "1997/10/04", "080-5512-0937", "03-5712-0081", "えび"],
                ["H12044", "薬袋 絢子", "1987/04/19", "070-2284-6613", "03-3762-1190", "なし"],
                ["H13512", "宍戸 芽衣", "2000/06/30", "090-7720-3154", "044-433-2018", "そば"],
                ["H12977", "仁科 陽向", "1991/12/08", "080-9033-2471", "0276-45-3306", "なし"],
                ["H11406", "東海林 里奈", "1994/03/03", "070-6651-8809", "03-3649-2273", "乳"],
                ["H09951", "鮫島 大樹", "1983/04/02", "090-1187-6620", "047-321-4456", "なし"],
            ]},
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": [],
        "note": "full roster with allergies, but every recipient is internal (hinode-sangyo.co.jp)",
    },
    # 016 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-016",
        "charset": "cp932",
        "sender": "五百旗頭 進 <iokibe.susumu@hinode-sangyo.co.jp>",
        "to": ["城南大学 ボランティアセンター 浅葱先生 <asagi@jonan-u.ac.jp>"],
        "subject": "共同プログラムの件：弊社方針（案）をお送りします",
        "body": """浅葱先生

いつもお世話になっております。日の出産業の五百旗頭です。
先日の打合せで話題になりました、学生と社員の共同ボランティアプログラムについて、
弊社側の来年度方針の案を添付いたします。

まだ取締役会前の案の段階ですが、先生のご意見を反映させたいと考えております。
来週中にコメントをいただけますと大変ありがたいです。

日の出産業株式会社 CSR推進室 室長　五百旗頭 進
""",
        "attachments": [{
            "kind": "docx",
            "name": "2026年度_社会貢献活動方針（案）.docx",
            "page_header": "社外秘",
            "title": "2026年度 社会貢献活動方針（案）",
            "paragraphs": [
                "2026年度 社会貢献活動方針（案）",
                "CSR推進室　2025年9月",
                "1. 基本方針：地域との共生、災害時の迅速な支援、次世代育成の3本柱とする。",
                "2. 予算：総額4,800万円（前年度比＋18%）。うち被災地支援に1,500万円を確保。",
                "3. 重点施策：ボランティア休暇の年5日への拡充、大学との共同プログラム新設。",
                "4. KPI：社員参加率35%、延べ活動時間2,000時間。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the DOCX carries a 社外秘 page header (a classification stamp) and goes to a university",
    },
    # 017 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-017",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["みなと子ども食堂ネットワーク <office@minato-kodomoshokudo.or.jp>"],
        "subject": "10月シフト 調理補助ボランティアの登録者一覧",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>みなと子ども食堂ネットワーク 事務局 御中</p>
<p>いつもお世話になっております。日の出産業 CSR推進室の早乙女です。<br>
10月の調理補助ボランティアに登録した弊社社員を下記のとおりお知らせします。<br>
シフト連絡はそれぞれのアドレス宛に直接いただいて差し支えありません。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#ffe9c7"><th>氏名</th><th>メールアドレス</th><th>携帯</th><th>参加可能曜日</th></tr>
<tr><td>八月一日 桃子</td><td>momo.hozumi@gmail.com</td><td>090-3306-1487</td><td>火・木</td></tr>
<tr><td>纐纈 亮平</td><td>r.koketsu@yahoo.co.jp</td><td>080-2219-7730</td><td>土</td></tr>
<tr><td>阿久津 萌</td><td>akutsu.moe@hinode-sangyo.co.jp</td><td>070-5148-2296</td><td>水</td></tr>
<tr><td>四方田 仁</td><td>yomoda.jin@icloud.com</td><td>090-8820-4415</td><td>火</td></tr>
<tr><td>桑折 紗英</td><td>koori.sae@hinode-sangyo.co.jp</td><td>080-6671-0352</td><td>木・土</td></tr>
<tr><td>穂積 隆</td><td>t-hozumi@outlook.jp</td><td>090-7731-5528</td><td>土</td></tr>
<tr><td>砂金 由比</td><td>isago.yui@docomo.ne.jp</td><td>070-4460-9913</td><td>水・木</td></tr>
</table>
<p>どうぞよろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 総務部 CSR推進室　早乙女 由佳<br>TEL 03-5442-7810</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of 7 volunteers' private e-mail addresses and mobiles",
    },
    # 018 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-018",
        "charset": "iso-2022-jp",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["茅野 美穂 <chino.m@shinonome-shakyo.or.jp>"],
        "subject": "Re: 保険加入者名簿の照合結果",
        "body": """茅野様

ご確認ありがとうございます。早乙女です。
ご指摘の2名について、社内で確認しました。
・1行目の方はご指摘どおり生年月日の誤りでした。正しくは社内システムの値で修正済みです。
・5行目の方は当日不参加となりましたので、加入から外していただけますでしょうか。

修正版を改めてお送りする必要があればお申し付けください。

> 早乙女様
>
> 名簿を保険の加入者データと照合したところ、下記2件に差異がありました。
>
>   No.2  御手洗 剛   1979/11/02  090-6623-1804  →生年月日が届出と相違
>   No.6  乙部 勝利   1972/12/18  080-6107-3398  →加入済み（重複）
>
> お手数ですがご確認ください。
>
> 東雲市社会福祉協議会 ボランティアセンター　茅野
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the only personal data is in the quoted text of the mail being replied to; the new text has none",
    },
    # 019 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-019",
        "charset": "cp932",
        "sender": "栗花落 さやか <tsuyuri.sayaka@hinode-sangyo.co.jp>",
        "to": ["稲垣税理士事務所 担当 岩清水様 <iwashimizu@inagaki-tax.jp>"],
        "subject": "報酬・料金等の支払調書作成の件（防災講座 講師謝金）",
        "body": """稲垣税理士事務所
岩清水様

いつもお世話になっております。日の出産業 経理部の栗花落です。
9月の社員向け防災ボランティア講座でお支払いした講師謝金について、
支払調書の作成をお願いいたします。講師の方から提出いただいた情報は以下のとおりです。

　氏名　　：雛形 正臣（ひながた まさおみ）
　住所　　：埼玉県さいたま市浦和区岸町4-11-27
　個人番号：""" + _sp4(my_number(SEED + 1)) + """
　支払日　：2025年9月30日
　支払金額：50,000円（源泉徴収税額 5,105円）

ご不明点がありましたらご連絡ください。

栗花落 さやか
日の出産業株式会社 経理部
TEL 03-5442-7820
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a lecturer's My Number with name and address in the body to an outside tax office",
    },
    # 020 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-020",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 進 <iokibe.susumu@hinode-sangyo.co.jp>",
        "to": ["蓮見 様 <hasumi@umibe-clean.or.jp>"],
        "cc": ["東雲市 環境政策課 <kankyo@city.shinonome.lg.jp>"],
        "subject": "三者打合せのお礼と次回日程",
        "body": """うみべクリーンネット 蓮見様
（cc：東雲市 環境政策課 ご担当者様）

本日はお忙しいところ打合せのお時間をいただき、ありがとうございました。
日の出産業の五百旗頭です。

決まった事項を共有いたします。
1) 回収したごみは市の臨時収集（10/20午前）で引き取っていただく
2) 分別表は貴会のものを使用し、弊社で100部印刷する
3) 漂着物の集計結果は貴会経由で市へ報告する

次回は10月1日（水）15時から、市役所3階の会議室でお願いいたします。

日の出産業株式会社 CSR推進室　五百旗頭
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "an ordinary three-way meeting mail: two external organisations (NPO and city) in To/Cc",
    },
    # 021 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-021",
        "charset": "utf-8",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": [
            "momo.hozumi@gmail.com",
            "漆原 真弓 <mayu.urushibara@yahoo.co.jp>",
            "todoroki-ippei@ezweb.ne.jp",
            "yui.samejima0412@icloud.com",
            "kisara.m@outlook.jp",
            "鴨志田 正人 <m.kamoshida@softbank.ne.jp>",
        ],
        "subject": "夏まつりボランティアのお礼と写真共有のご案内",
        "body": """夏まつりボランティアにご参加いただいた皆さま

日の出産業 総務部の能登谷です。
先日は猛暑の中、設営から撤収まで本当にありがとうございました。
おかげさまで大きな事故もなく、来場者は昨年を上回る約1万2千人となりました。

当日の写真を社内のアルバムにまとめました。ご家族・OBの方は社内サイトを
ご覧になれないため、下記の共有リンク（9月末まで）からご覧ください。
https://photos.hinode-sangyo.co.jp/share/matsuri2025

来年もぜひご一緒できれば嬉しいです。

能登谷 翔
日の出産業株式会社 総務部
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "six private persons on free mail all in To, each seeing the others' addresses: should have been Bcc",
    },
    # 022 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-022",
        "charset": "cp932",
        "sender": "四十物 亮 <aimono.ryo@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 貸切バス営業所 <kashikiri@aoba-unyu.co.jp>"],
        "subject": "11/14 貸切バス（仙台→汐見町）乗車名簿",
        "body": """青葉運輸株式会社 貸切バス営業所 御中

お世話になっております。日の出産業 仙台営業所の四十物です。
11月14日の貸切バス（受付番号 AB-7731）の乗車名簿をお送りします。
Excelから貼り付けておりますので、見づらい点はご容赦ください。

座席	氏名	年齢	携帯電話	乗車地
1A	四十物 亮	41	090-5521-8830	仙台駅東口
1B	雲母 隆之	36	080-3390-1245	仙台駅東口
2A	鳰 彩花	29	070-8826-3317	仙台駅東口
2B	閏間 大輔	47	090-2203-6649	長町
3A	及位 夏美	33	080-7754-9012	長町
3B	蕪木 聡	52	090-1136-4428	仙台駅東口
4A	九十九 修	44	080-1029-5537	泉中央
4B	生明 千晶	27	070-3381-6620	泉中央
5A	祝 圭吾	38	090-6640-2215	仙台駅東口

出発は7:00、帰着は19:30予定です。よろしくお願いいたします。
""" + _SIG_AIMONO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated passenger list of 9 volunteers with mobiles to the bus company (a partner, still external)",
    },
    # 023 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-023",
        "charset": "iso-2022-jp",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["轟 一平 <todoroki.ippei1956@gmail.com>"],
        "subject": "OBボランティアの皆さまへ：10月の活動予定",
        "body": """轟 様

ご無沙汰しております。CSR推進室の早乙女です。
いつもOB会のとりまとめをありがとうございます。

10月の活動予定をお知らせします。
・10/19（日）東雲浜クリーンアップ　9:00 東雲浜海浜公園
・10/25（土）フードドライブ仕分け　13:00 本社1階ロビー

OB会の皆さまにもお声がけいただけますと幸いです。
参加される方の人数だけ、10/10までにお知らせください。

早乙女 由佳
日の出産業株式会社 総務部 CSR推進室
TEL 03-5442-7810
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "ordinary schedule mail to one retired employee on gmail: one free-mail recipient",
    },
    # 024 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-024",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["フードバンクかんとう東 <info@foodbank-kantohigashi.or.jp>"],
        "subject": "フードドライブ実施報告書（上期）の送付",
        "body": """フードバンクかんとう東 ご担当者様

お世話になっております。日の出産業の早乙女です。
上期のフードドライブ実施報告書をPDFでお送りします。
社内規程により閲覧パスワードを設定しておりますので、
パスワードはお電話でお伝えいたします。

よろしくお願いいたします。
""" + _SIG_SAOTOME,
        "attachments": [{
            "kind": "pdf",
            "name": "フードドライブ実施報告書_2025上期.pdf",
            "password": "fd2025h1",
            "title": "フードドライブ実施報告書",
            "lines": [
                "フードドライブ実施報告書（2025年度上期）",
                "日の出産業株式会社 CSR推進室",
                "回収期間：2025年4月1日～9月30日",
                "回収量：米 182kg、缶詰 640個、レトルト食品 455個、乾麺 210袋",
                "協力拠点：本社、大阪支店、仙台営業所",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF: the attachment cannot be read, whatever it holds",
    },
    # 025 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-025",
        "charset": "iso-2022-jp",
        "sender": "四十物 亮 <aimono.ryo@hinode-sangyo.co.jp>",
        "to": ["汐見町災害ボランティアセンター <saigai-vc@town.shiomi.miyagi.lg.jp>"],
        "subject": "派遣前健康チェックの結果について（2名の作業内容のご相談）",
        "body": """汐見町災害ボランティアセンター
ご担当者様

お世話になっております。日の出産業 仙台営業所の四十物です。
第3陣の派遣前健康チェックで、作業内容にご配慮をお願いしたい者が2名おりました。

・閏間 大輔（47歳）
　血圧 168/102 で要再検査の判定。産業医より、重量物の運搬と炎天下の長時間作業は
　避けるよう指示がありました。
・及位 夏美（33歳）
　腰椎椎間板ヘルニアで通院治療中。泥出し・土のう運びは不可、
　受付や物資仕分けであれば問題ないとのことです。

上記2名は受付・物資仕分けへの配置をご検討いただけますでしょうか。
他の4名は問題ありません。
""" + _SIG_AIMONO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health check results and a diagnosis of two named employees to a town volunteer centre: 要配慮個人情報",
    },
    # 026 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-026",
        "charset": "cp932",
        "sender": "雲母 隆之 <kirara.takayuki@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 仙台支店 配車係 <sendai-haisha@aoba-unyu.co.jp>"],
        "subject": "支援物資 発送分の送り状番号一覧",
        "body": """青葉運輸 仙台支店 配車係 ご担当者様

お世話になっております。日の出産業 仙台営業所の雲母です。
本日集荷いただいた汐見町向け支援物資の送り状番号を一覧にしました。
到着予定の確認をお願いいたします。

送り状番号        品目              個口  届け先
--------------------------------------------------------------
4417-2290-3381    飲料水 2L×6       40    汐見町災害VC 物資倉庫
4417-2290-3392    土のう袋          12    汐見町災害VC 物資倉庫
4417-2290-3403    ブルーシート      8     汐見町災害VC 物資倉庫
4417-2290-3414    スコップ・一輪車  6     汐見町災害VC 資材置場
4417-2290-3425    衛生用品セット    15    汐見町災害VC 物資倉庫
4417-2290-3436    レトルト食品      20    汐見町 第二避難所（中央公民館）
--------------------------------------------------------------
合計 101個口

お届け先の受付時間は 9:00～16:00 です。よろしくお願いいたします。

日の出産業株式会社 仙台営業所　雲母 隆之
TEL 022-263-5510
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers and delivery points of relief goods: no personal data",
    },
    # 027 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-027",
        "charset": "utf-8",
        "sender": "雲母 隆之 <kirara.takayuki@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 仙台支店 <sendai@aoba-unyu.com>"],
        "subject": "追加便のお願い（汐見町向け 11/20）",
        "body": """青葉運輸 仙台支店 御中

いつもお世話になっております。日の出産業 仙台営業所の雲母です。
汐見町への支援物資について、11/20（木）に追加便をお願いできますでしょうか。

・集荷：11/20 9:30 弊社仙台営業所倉庫
・物量：パレット4枚（毛布・カイロ・簡易トイレ）
・届け先：汐見町災害ボランティアセンター 物資倉庫

お見積りとあわせてご回答をお待ちしております。

雲母 隆之（日の出産業 仙台営業所）
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.com is a TLD swap of partner aoba-unyu.co.jp: look-alike domain",
    },
    # 028 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-028",
        "charset": "iso-2022-jp",
        "sender": "四十物 亮 <aimono.ryo@hinode-sangyo.co.jp>",
        "to": ["汐見町災害ボランティアセンター <saigai-vc@town.shiomi.miyagi.lg.jp>"],
        "subject": "ボランティア事前登録票（団体）の提出",
        "body": """汐見町災害ボランティアセンター　ご担当者様

日の出産業 仙台営業所の四十物です。
団体での事前登録にあたり、ご指定の様式に派遣者7名を記入しましたので
Word ファイルでお送りします。

当日は8:30に受付へ伺います。よろしくお願いいたします。
""" + _SIG_AIMONO,
        "attachments": [{
            "kind": "docx",
            "name": "団体ボランティア事前登録票_日の出産業.docx",
            "paragraphs": [
                "災害ボランティア 団体事前登録票",
                "団体名：日の出産業株式会社 仙台営業所　　代表者：四十物 亮",
                "活動予定日：2025年11月15日（土）・16日（日）",
                "",
                "参加者一覧",
            ],
            "tables": [[
                ["No", "氏名", "年齢", "住所", "携帯電話", "血液型"],
                ["1", "四十物 亮", "41", "宮城県仙台市太白区長町5-3-18", "090-5521-8830", "A"],
                ["2", "雲母 隆之", "36", "宮城県仙台市泉区泉中央2-21-4-503", "080-3390-1245", "O"],
                ["3", "鳰 彩花", "29", "宮城県名取市増田4-7-22", "070-8826-3317", "B"],
                ["4", "九十九 修", "44", "宮城県仙台市宮城野区榴岡3-9-1", "080-1029-5537", "A"],
                ["5", "生明 千晶", "27", "宮城県多賀城市中央1-14-6", "070-3381-6620", "AB"],
                ["6", "祝 圭吾", "38", "宮城県仙台市若林区荒井東1-2-10", "090-6640-2215", "O"],
                ["7", "蕪木 聡", "52", "宮城県富谷市成田8-30-3", "090-1136-4428", "A"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 7 volunteers with home addresses and mobiles to a disaster volunteer centre",
    },
    # 029 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-029",
        "charset": "cp932",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": ["実行委員会 物品係 <buppin@shibaura-natsumatsuri.jp>"],
        "subject": "法被のサイズ（日の出産業分）",
        "body": """物品係 ご担当者様

日の出産業の能登谷です。法被の貸出サイズをお知らせします。

・能登谷 翔（総務部）　L
・勅使河原 徹（営業一部）　LL
・竹之内 遥（人事部）　M
・牛窪 康介（物流管理部）　L
・左右田 千尋（経理部）　S
・鴨志田 蓮（情報システム部）　M

前日までに本部テントへ届けていただけると助かります。

能登谷（日の出産業 総務部 03-5442-7803）
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "six names with department and garment size only: a list of people, but no contact data or identifier",
    },
    # 030 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-030",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["浅葱 先生 <asagi@jonan-u.ac.jp>"],
        "subject": "学生ボランティア説明会の会場について",
        "body": """浅葱先生

お世話になっております。日の出産業の早乙女です。
11月の学生向け説明会ですが、弊社本社7階の会議室（最大60名）をご用意できます。
プロジェクターとマイクは会場に備え付けがございます。

学生さんの入館には受付での記帳が必要ですので、当日は1階受付で
「CSR推進室の説明会」とお伝えいただければご案内いたします。

よろしくお願いいたします。

早乙女 由佳
日の出産業株式会社 総務部 CSR推進室
〒105-0023 東京都港区芝浦3-9-14 日の出ビル7F　TEL 03-5442-7810

""" + _DISCLAIMER_JA + _DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary mail ending with the standard JP/EN confidentiality disclaimer: not a marking",
    },
    # 031 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-031",
        "charset": "cp932",
        "sender": "雲母 隆之 <kirara.takayuki@hinode-sangyo.co.jp>",
        "to": ["こだまレンタリース 仙台東口店 <sendai-higashi@kodama-rentalease.co.jp>"],
        "subject": "軽トラック2台 予約（運転者登録）",
        "body": """こだまレンタリース 仙台東口店 御中

お世話になっております。日の出産業 仙台営業所の雲母です。
11/15～16 の軽トラック2台（予約番号 KR-20251115-07）について、
運転者登録に必要な情報をお送りします。

【運転者1】
氏名：雲母 隆之（キララ タカユキ）
生年月日：1989年2月11日
運転免許証番号：第 221804337615 号
免許の色：ゴールド

【運転者2】
氏名：九十九 修（ツクモ オサム）
生年月日：昭和56年7月3日
運転免許証番号：第 220096514208 号
免許の色：ブルー

【運転者3】
氏名：祝 圭吾（ホウリ ケイゴ）
生年月日：昭和62年1月22日
運転免許証番号：第 221203778941 号
免許の色：ゴールド

当日は免許証原本を持参します。よろしくお願いいたします。

雲母 隆之（日の出産業 仙台営業所　TEL 022-263-5510）
""",
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "three drivers' licence numbers with birth dates sent to a rental company: identity documents",
    },
    # 032 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-032",
        "charset": "iso-2022-jp",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": ["CSR推進室 <csr@hinode-sangyo.co.jp>"],
        "bcc": [
            "momo.hozumi@gmail.com", "mayu.urushibara@yahoo.co.jp", "todoroki-ippei@ezweb.ne.jp",
            "yui.samejima0412@icloud.com", "kisara.m@outlook.jp", "m.kamoshida@softbank.ne.jp",
            "setsuko.todoroki@docomo.ne.jp", "r.koketsu@yahoo.co.jp",
        ],
        "subject": "【ご案内】芝浦夏まつり ボランティア説明会（7/26）",
        "body": """夏まつりボランティアにお申し込みいただいた皆さま
（本メールはBCCでお送りしています）

日の出産業 総務部の能登谷です。
お申し込みありがとうございます。下記のとおり事前説明会を開催します。

　日時：7月26日（土）10:00〜11:00
　場所：日の出産業 本社7階 大会議室（港区芝浦3-9-14）
　内容：当日の持ち場、熱中症対策、緊急時の連絡方法

ご家族・OBの方は1階受付で「夏まつり説明会」とお伝えください。
ご欠席の場合は、このメールへの返信でお知らせいただければ結構です。

能登谷 翔
日の出産業株式会社 総務部　TEL 03-5442-7803
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "announcement to volunteers on free mail, correctly in Bcc: nobody sees anyone else",
    },
    # 033 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-033",
        "charset": "utf-8",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": ["実行委員会事務局 <jimukyoku@shibaura-natsumatsuri.jp>"],
        "subject": "運営スタッフ名簿（日の出産業担当分）PDF",
        "body": """実行委員会事務局 御中

日の出産業の能登谷です。
ご依頼の運営スタッフ名簿をPDFにしてお送りします。
名札の作成と無線の割り当てにお使いください。

よろしくお願いします。
能登谷（総務部）
""",
        "attachments": [{
            "kind": "pdf",
            "name": "運営スタッフ名簿_日の出産業.pdf",
            "title": "運営スタッフ名簿",
            "lines": ["芝浦夏まつり2025 運営スタッフ名簿（日の出産業株式会社）", ""],
            "table": [
                ["No", "氏名", "担当", "携帯", "メール"],
                ["1", "能登谷 翔", "本部統括", "080-3319-4470", "notoya.sho@hinode-sangyo.co.jp"],
                ["2", "勅使河原 徹", "迷子", "090-4475-1126", "teshigawara.t@hinode-sangyo.co.jp"],
                ["3", "竹之内 遥", "受付", "070-2261-8854", "h.takenouchi@gmail.com"],
                ["4", "牛窪 康介", "設営", "090-9902-3317", "ushikubo.k@hinode-sangyo.co.jp"],
                ["5", "左右田 千尋", "救護連絡", "080-5530-7718", "chihiro.soda@icloud.com"],
                ["6", "鴨志田 蓮", "放送", "070-6609-1142", "kamoshida.ren@hinode-sangyo.co.jp"],
                ["7", "漆原 敏行", "設営", "090-3371-2286", "urushibara.t@hinode-sangyo.co.jp"],
                ["8", "柘植 壮真", "ごみ分別", "080-5512-0937", "tsuge.soma@hinode-sangyo.co.jp"],
                ["9", "宍戸 芽衣", "受付", "090-7720-3154", "mei.shishido@yahoo.co.jp"],
                ["10", "仁科 陽向", "撤収", "080-9033-2471", "nishina.hinata@hinode-sangyo.co.jp"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF table of 10 staff with mobiles and e-mail addresses to the festival committee",
    },
    # 034 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-034",
        "charset": "iso-2022-jp",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": ["実行委員会 神輿係 <mikoshi@shibaura-natsumatsuri.jp>"],
        "subject": "神輿の担ぎ手について（1名変更のお願い）",
        "body": """神輿係 ご担当者様

お世話になっております。日の出産業の能登谷です。

担ぎ手として登録しておりました 経理部の 左右田 千尋 ですが、
本人から、キリスト教（プロテスタント）の信仰上の理由で神社の神事には
参加を控えたいとの申し出がありました。
担ぎ手からは外していただき、代わりに本部テントの受付に回したいと思います。

担ぎ手の補充として、物流管理部の者を1名追加で登録させてください。
氏名は明日までにご連絡いたします。

お手数をおかけしますが、よろしくお願いいたします。

能登谷 翔（日の出産業 総務部）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's religion (信条) disclosed to an outside festival committee",
    },
    # 035 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-035",
        "charset": "cp932",
        "sender": "鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 業務用受注センター <juchu@kitaguni-foods.co.jp>"],
        "subject": "ご注文：夏まつりスタッフ弁当（注文番号 KF-2025-08812）",
        "body": """北国フーズ株式会社 業務用受注センター 御中

いつもお世話になっております。日の出産業 総務部の鬼頭です。
下記のとおり発注いたします。

　注文番号：KF-2025-08812（お見積書 No.Q-51873 に基づく）
　納品日時：2025年8月23日（土）11:00
　納品場所：芝浦中央公園 本部テント（港区芝浦4-8）
　品目　　：幕の内弁当（SB-102）40食 @780円
　　　　　　おにぎり弁当（SB-031）20食 @520円
　　　　　　お茶 500ml（DR-005）60本 @110円
　合計　　：48,200円（税抜）

ご請求書は総務部 鬼頭宛にお願いいたします。
""" + _SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an order with order and product numbers to a partner caterer: ordinary business mail",
    },
    # 036 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-036",
        "charset": "utf-8",
        "sender": "五百旗頭 進 <iokibe.susumu@hinode-sangyo.co.jp>",
        "to": ["あおぞら災害支援ネット 代表理事 鷲尾様 <washio@aozora-shien.or.jp>"],
        "subject": "義援金・支援金の拠出計画について（ご相談）",
        "body": """【取扱注意】
本メールの内容は取締役会承認前の情報です。

鷲尾様

いつもお世話になっております。日の出産業の五百旗頭です。
汐見町の復旧支援について、弊社の拠出計画の素案をお伝えします。

　1. 義援金：1,000万円（町の義援金口座へ。12月上旬予定）
　2. 支援金：貴会の活動資金として 500万円（3回に分割）
　3. 社員ボランティア：2026年3月まで毎月1陣（各6～8名）

2.の支援金について、貴会での使途報告の形式をご相談させてください。
来週、お電話で15分ほどお時間をいただけますでしょうか。

日の出産業株式会社 CSR推進室 室長　五百旗頭 進
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is stamped 【取扱注意】 at the top and goes to an NPO",
    },
    # 037 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-037",
        "charset": "cp932",
        "sender": "阿久津 萌 <akutsu.moe@hinode-sangyo.co.jp>",
        "to": ["真栄田様 <maeda@minato-kodomoshokudo.or.jp>"],
        "subject": "11月のシフト表と連絡網をまとめてお送りします",
        "body": """真栄田様

お世話になっております。日の出産業の阿久津です。
11月のシフト表（CSV）と、当日用の連絡網（Word）をZIPにまとめました。
連絡網は各食堂のリーダーさんにも配っていただいて大丈夫です。

よろしくお願いいたします。
阿久津 萌（日の出産業 CSR推進室）
""",
        "attachments": [{
            "kind": "zip",
            "name": "kodomoshokudo_202511.zip",
            "files": [
                {
                    "kind": "csv",
                    "name": "shift_202511.csv",
                    "encoding": "utf-8",
                    "rows": [
                        ["日付", "食堂", "氏名", "メール", "携帯"],
                        ["2025-11-04", "芝浦", "八月一日 桃子", "momo.hozumi@gmail.com", "090-3306-1487"],
                        ["2025-11-06", "芝浦", "四方田 仁", "yomoda.jin@icloud.com", "090-8820-4415"],
                        ["2025-11-08", "港南", "纐纈 亮平", "r.koketsu@yahoo.co.jp", "080-2219-7730"],
                        ["2025-11-12", "港南", "阿久津 萌", "akutsu.moe@hinode-sangyo.co.jp", "070-5148-2296"],
                        ["2025-11-13", "芝浦", "桑折 紗英", "koori.sae@hinode-sangyo.co.jp", "080-6671-0352"],
                        ["2025-11-15", "港南", "穂積 隆", "t-hozumi@outlook.jp", "090-7731-5528"],
                        ["2025-11-19", "芝浦", "砂金 由比", "isago.yui@docomo.ne.jp", "070-4460-9913"],
                    ],
                },
                {
                    "kind": "docx",
                    "name": "連絡網_11月.docx",
                    "paragraphs": ["子ども食堂 調理補助ボランティア 連絡網（11月）",
                                   "欠席の連絡はリーダー→事務局の順でお願いします。"],
                    "tables": [[
                        ["順", "氏名", "携帯"],
                        ["1", "阿久津 萌", "070-5148-2296"],
                        ["2", "八月一日 桃子", "090-3306-1487"],
                        ["3", "四方田 仁", "090-8820-4415"],
                        ["4", "纐纈 亮平", "080-2219-7730"],
                        ["5", "桑折 紗英", "080-6671-0352"],
                        ["6", "穂積 隆", "090-7731-5528"],
                    ]],
                },
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an unencrypted ZIP holding a UTF-8 CSV and a DOCX contact tree of 6-7 volunteers",
    },
    # 038 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-038",
        "charset": "utf-8",
        "sender": "Daniel Ng <ng.daniel@hinode-sangyo.co.jp>",
        "to": ["Maricel Dizon <m.dizon@bayanihanbuilders.org>"],
        "subject": "Build week in Iloilo - draft schedule",
        "body": """Dear Maricel,

Thank you for the call yesterday. As promised, here is our draft schedule for the
build week in February:

  Feb 16 (Mon)  Arrival in Iloilo, orientation at your office (15:00)
  Feb 17-20     Construction work at the Barangay Tabuc Suba site
  Feb 21 (Sat)  Turnover ceremony with the families, farewell dinner
  Feb 22 (Sun)  Departure

We expect a team of 10 to 12 employees. I will confirm the final number by
December 15, once our internal selection is complete. Could you let us know
whether the site can provide drinking water, or whether we should bring it?

Best regards,
Daniel Ng
CSR Promotion Office, Hinode Sangyo Co., Ltd.
3-9-14 Shibaura, Minato-ku, Tokyo 105-0023, Japan
Tel +81-3-5442-7812
""" + _DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English schedule mail to an overseas partner NGO with the standard disclaimer",
    },
    # 039 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-039",
        "charset": "iso-2022-jp",
        "sender": "四十物 亮 <aimono.ryo@hinode-sangyo.co.jp>",
        "to": [
            "汐見町災害ボランティアセンター <saigai-vc@town.shiomi.miyagi.lg.jp>",
            "あおぞら災害支援ネット 鷲尾様 <washio@aozora-shien.or.jp>",
        ],
        "cc": ["フードバンクかんとう東 <info@foodbank-kantohigashi.or.jp>"],
        "subject": "11/22 炊き出しの役割分担について",
        "body": """関係各位

日の出産業 仙台営業所の四十物です。
11/22（土）の第二避難所での炊き出しについて、役割分担の案をお送りします。

・食材の調達：フードバンクかんとう東さん（米・缶詰）、弊社（野菜・肉）
・調理器具と燃料：あおぞら災害支援ネットさん
・配膳と片付け：弊社ボランティア 8名
・避難所との調整：災害ボランティアセンターさん

ご意見があれば11/18までにいただけますと幸いです。
""" + _SIG_AIMONO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (town VC, NPO, food bank) in To/Cc: should have been Bcc",
    },
    # 040 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-040",
        "charset": "cp932",
        "sender": "小鳥遊 まどか <takanashi.madoka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "報告会 登壇者の控室利用について",
        "body": """さくらホテル 宴会予約ご担当 様

日の出産業 人事部の小鳥遊です。
12/6の報告会で控室（楓の間）を使用する登壇者3名をお知らせします。
当日、フロントから控室へのご案内をお願いいたします。

　鷲尾 泰造 様（あおぞら災害支援ネット 代表理事）　携帯 090-2217-6604
　浅葱 陽子 様（城南大学 准教授）　　　　　　　　携帯 080-4471-3390
　真栄田 かおり 様（みなと子ども食堂ネットワーク）　携帯 070-1183-2256

到着は12:30頃の予定です。よろしくお願いいたします。

小鳥遊 まどか（人事部　03-5442-7815）
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three guest speakers with mobiles to the hotel: fewer than five people, may warn",
    },
    # 041 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-041",
        "charset": "utf-8",
        "sender": "Daniel Ng <ng.daniel@hinode-sangyo.co.jp>",
        "to": ["たびまど旅行 法人営業部 柊様 <hiiragi@tabimado-travel.co.jp>"],
        "subject": "イロイロ渡航 先発2名の航空券手配（旅券情報）",
        "body": """たびまど旅行 柊様

お世話になっております。日の出産業 CSR推進室のダニエル・ンです。
2月のフィリピン渡航のうち、下見のため先に渡航する2名分の航空券手配をお願いします。
旅券の記載どおりに記入しました。

1) 氏名（旅券記載）：NG DANIEL KA-WING
   国籍：CAN（カナダ）
   生年月日：1988年9月14日
   旅券番号：HP471029
   有効期限：2031年3月2日

2) 氏名（旅券記載）：SAOTOME YUKA
   国籍：JPN
   生年月日：1987年6月14日
   旅券番号：TR8824601
   有効期限：2029年11月20日

往路 1/19 成田発、復路 1/23 マニラ発を希望します。
よろしくお願いいたします。

Daniel Ng / ダニエル・ン
日の出産業株式会社 CSR推進室　TEL 03-5442-7812
""",
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "passport numbers of two people with birth dates sent to a travel agency",
    },
    # 042 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-042",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 進 <iokibe.susumu@hinode-sangyo.co.jp>",
        "to": ["蓮見 様 <hasumi@umibe-clean.or.jp>"],
        "subject": "FW: 班長候補の連絡先（社内確認済み）",
        "body": """蓮見様

五百旗頭です。班長候補の件、社内でまとめたものを転送します。
当日の班分けにお使いください。

-------- Forwarded Message --------
差出人: 早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>
宛先: 五百旗頭 進 <iokibe.susumu@hinode-sangyo.co.jp>
件名: 班長候補の連絡先（社内確認済み）

室長

清掃の班長候補6名、本人確認が取れました。

1. 御手洗 剛　　mitarai.t@hinode-sangyo.co.jp　090-6623-1804
2. 瓜生 沙耶　　uryu.saya@hinode-sangyo.co.jp　070-3318-5520
3. 神宮寺 拓　　jinguji.t@hinode-sangyo.co.jp　080-2290-7461
4. 百目鬼 詩織　s.domeki@gmail.com　090-8841-0376
5. 乙部 勝利　　otobe.k@hinode-sangyo.co.jp　080-6107-3398
6. 楪 宗一郎　　yuzuriha.s@hinode-sangyo.co.jp　090-2763-4415

早乙女
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a forward of an internal mail listing six people's e-mails and mobiles: a forward is new text to the NPO",
    },
    # 043 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-043",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["茅野 美穂 <chino.m@shinonome-shakyo.or.jp>"],
        "subject": "Re: 参加者の年代構成について",
        "body": """茅野様

お世話になっております。早乙女です。
参加者の年代構成のお問い合わせの件、個人情報保護と機密保持の観点から
名簿そのものではなく、人数のみでお知らせさせてください。

　10代以下：4名（社員の子ども）
　20代　　：7名
　30代　　：6名
　40代　　：5名
　50代以上：3名
　合計　　：25名（うち女性 11名）

熱中症対策の物品準備のご参考になれば幸いです。
""" + _SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "counts by age band only; the words 個人情報 / 機密保持 are a mention, not a marking",
    },
    # 044 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-044",
        "charset": "cp932",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": ["鶴来 様 <tsurugi@shibaura-natsumatsuri.jp>"],
        "subject": "当日発生した事案のご報告と来年に向けたお願い",
        "body": """鶴来様

お世話になっております。日の出産業の能登谷です。
まつり当日の件で、ご報告とお願いがあります。

受付を担当していた弊社の 竹之内 遥（人事部、26歳）が、19時頃の撤収作業中に
スマートフォンでスカートの中を盗撮される被害に遭いました。
その場で周囲の方が男を取り押さえ、三田警察署に引き渡しています。
竹之内は被害届を提出済みで、現在は通常どおり勤務しておりますが、
本人の意向で、この件は実行委員会の役員の方の範囲でのみ共有いただけますと幸いです。

来年に向けて、撤収時間帯の照明の増設と、女性スタッフは2名以上で行動するルールを
ご検討いただけないでしょうか。

日の出産業株式会社 総務部　能登谷 翔
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee who was the victim of a crime (犯罪被害) reported to an outside committee",
    },
    # 045 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-045",
        "charset": "iso-2022-jp",
        "sender": "阿久津 萌 <akutsu.moe@hinode-sangyo.co.jp>",
        "to": ["桑折 紗英 <koori.sae@hinode-sangyo.jp>"],
        "subject": "土曜の港南食堂、代わりに入れる人",
        "body": """桑折さん

おつかれさまです、阿久津です。
土曜の港南食堂、纐纈さんが来られなくなったので、代わりに入れそうな人に
声をかけてみてもらえますか。昨日聞いた感じだと下の3人が空いていそうです。

・四方田 仁さん　090-8820-4415
・穂積 隆さん　　090-7731-5528
・砂金 由比さん　070-4460-9913

決まったら真栄田さんに連絡しておきます。

阿久津
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague, but hinode-sangyo.jp drops the co. of the company's own domain: look-alike",
    },
    # 046 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-046",
        "charset": "utf-8",
        "sender": "小鳥遊 まどか <takanashi.madoka@hinode-sangyo.co.jp>",
        "to": ["人事部 労務課 <romu@hinode-sangyo.co.jp>"],
        "cc": ["五百旗頭 進 <iokibe.susumu@hinode-sangyo.co.jp>"],
        "subject": "【社内限】報告会参加者の合理的配慮の一覧",
        "body": """労務課 各位

報告会に参加する社員のうち、合理的配慮の申し出があった方の一覧です。
ホテルには必要な範囲（設備面のみ）を伝えます。診断名は伝えません。

氏名          所属          申し出内容
矢集 航平     営業二部      脊髄損傷による下肢麻痺、電動車椅子
蒲生 梢       経理部        感音性難聴（両耳）、手話通訳
宇賀神 誠     物流管理部    網膜色素変性症（全盲）、盲導犬同伴
峰岸 和樹     技術本部      双極性障害で服薬中、途中退席の可能性あり
椎葉 葵       営業一部      妊娠7か月、長時間の立位不可

小鳥遊
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "diagnoses and disabilities of five employees, but sent only to internal recipients",
    },
    # 047 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-047",
        "charset": "cp932",
        "sender": "鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>",
        "to": ["実行委員会 会計 <kaikei@shibaura-natsumatsuri.jp>"],
        "subject": "協賛金・物品提供の明細（日の出産業）",
        "body": """実行委員会 会計ご担当者様

日の出産業 総務部の鬼頭です。
弊社の協賛金と物品提供の明細をExcelでお送りします。
ご確認のうえ、領収書の発行をお願いいたします。
""" + _SIG_KITO,
        "attachments": [{"kind": "corrupt", "name": "協賛明細_日の出産業_2025.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt and cannot be read",
    },
    # 048 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-048",
        "charset": "iso-2022-jp",
        "sender": "四十物 亮 <aimono.ryo@hinode-sangyo.co.jp>",
        "to": ["さくらホテル仙台 予約課 <sendai-reserve@sakura-hotel.jp>"],
        "subject": "予約番号 SH-48213 宿泊者名簿（宿泊者カード事前記入）",
        "body": """さくらホテル仙台 予約課 御中

日の出産業 仙台営業所の四十物です。
チェックイン時の手続きを短縮するため、宿泊者カードの事前記入分をお送りします。

【1】
氏名：雲母 隆之（キララ タカユキ）
性別：男　生年月日：1989年2月11日
住所：宮城県仙台市泉区泉中央2-21-4-503
電話：080-3390-1245

【2】
氏名：鳰 彩花（ニオ アヤカ）
性別：女　生年月日：平成8年5月20日
住所：宮城県名取市増田4-7-22
電話：070-8826-3317

【3】
氏名：九十九 修（ツクモ オサム）
性別：男　生年月日：S56.7.3
住所：宮城県仙台市宮城野区榴岡3-9-1
電話：080-1029-5537

【4】
氏名：生明 千晶（アザミ チアキ）
性別：女　生年月日：Ｈ１０．１．２７
住所：宮城県多賀城市中央1-14-6
電話：070-3381-6620

【5】
氏名：祝 圭吾（ホウリ ケイゴ）
性別：男　生年月日：昭和62年1月22日
住所：宮城県仙台市若林区荒井東1-2-10
電話：090-6640-2215

以上5名です。四十物本人分は当日記入します。
""" + _SIG_AIMONO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five guests, one block each, with birth dates, home addresses and phones: a list of people",
    },
    # 049 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-049",
        "charset": "utf-8",
        "sender": "栗花落 さやか <tsuyuri.sayaka@hinode-sangyo.co.jp>",
        "to": ["あおぞら災害支援ネット 会計 <kaikei@aozora-shien.or.jp>"],
        "subject": "寄附金受領証明書の発行について",
        "body": """あおぞら災害支援ネット 会計ご担当者様

お世話になっております。日の出産業 経理部の栗花落です。
11月28日にお振込みした支援金（第1回 1,666,000円）につきまして、
寄附金受領証明書の発行をお願いいたします。宛名等は以下でお願いします。

　宛名：日の出産業株式会社
　法人番号：5410801245937
　所在地：東京都港区芝浦3-9-14
　寄附日：2025年11月28日
　金額：1,666,000円

原本は経理部 栗花落宛に郵送いただけますと幸いです。

栗花落 さやか
日の出産業株式会社 経理部　TEL 03-5442-7820
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "the company's own 法人番号 and office address on a receipt request: business data only",
    },
    # 050 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-050",
        "charset": "cp932",
        "sender": "鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>",
        "to": ["茅野 美穂 <chino.m@shinonome-shakyo.or.jp>"],
        "subject": "ボランティア活動保険 加入（外国籍社員1名）の件",
        "body": """茅野様

いつもお世話になっております。日の出産業 総務部の鬼頭です。
クリーンアップに参加する外国籍社員1名の保険加入について、
本人確認書類の記載事項を求められましたので、お知らせします。

　氏名：NGUYEN THI THANH HUONG（グエン・ティ・タイン・フオン）
　生年月日：1996年4月8日
　国籍：ベトナム
　在留カード番号：UH48172936KA
　在留資格：技術・人文知識・国際業務
　在留期間満了日：2027年9月30日

よろしくお願いいたします。
""" + _SIG_KITO,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a residence card number with name and birth date sent to the social welfare council",
    },
    # 051 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-051",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>",
        "to": ["丸高テント 営業部 <eigyo@marutaka-tent.co.jp>"],
        "subject": "テント・備品レンタルの発注書送付（お見積 No.MT-2507-114）",
        "body": """丸高テント株式会社 営業部 御中

お世話になっております。日の出産業 総務部の鬼頭です。
お見積（No.MT-2507-114）の内容で発注いたします。
発注書をPDFで添付しますので、ご確認ください。
""" + _SIG_KITO,
        "attachments": [{
            "kind": "pdf",
            "name": "発注書_HS-PO-250731.pdf",
            "title": "発注書",
            "lines": [
                "発注書　No. HS-PO-250731",
                "丸高テント株式会社 御中　　　　　　　発行日：2025年7月31日",
                "日の出産業株式会社 総務部（東京都港区芝浦3-9-14　TEL 03-5442-7801）",
                "件名：芝浦夏まつり 本部テント・備品レンタル",
                "設営：8月22日（金）15:00　撤収：8月24日（日）20:00　場所：芝浦中央公園",
                "",
            ],
            "table": [
                ["品番", "品名", "数量", "単価", "金額"],
                ["TN-36", "集会用テント 3間×6間", "2", "38,000", "76,000"],
                ["TB-18", "長机 1800mm", "12", "800", "9,600"],
                ["CH-01", "パイプ椅子", "40", "150", "6,000"],
                ["SP-05", "ミストファン", "3", "6,500", "19,500"],
                ["", "運搬設営費", "1", "45,000", "45,000"],
                ["", "小計", "", "", "156,100"],
                ["", "消費税(10%)", "", "", "15,610"],
                ["", "合計", "", "", "171,710"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a purchase order PDF with item codes and prices: ordinary business mail",
    },
    # 052 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-052",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["真栄田 かおり <maeda@minato-kodomoshokudo.or.jp>"],
        "subject": "新規ボランティア希望者1名についてのご相談",
        "body": """真栄田様

いつもお世話になっております。日の出産業の早乙女です。
ご相談したいことがあり、ご連絡いたしました。

子ども食堂のボランティアに、物流管理部の 刈谷田 浩史（かりやだ ひろし、45歳）から
申し込みがありました。申込時の自己申告書で、本人が20代の頃に傷害事件で逮捕され、
罰金刑を受けた前科があると申告しています。現在は勤務態度にも問題はなく、
本人も正直に書いてくれたのですが、お子さんと接する活動ですので、
貴会の受け入れ基準に照らしてご判断いただきたく存じます。

お電話でも構いませんので、ご意見をお聞かせください。
""" + _SIG_SAOTOME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's arrest and criminal record sent to an NPO: 要配慮個人情報 of one person",
    },
    # 053 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-053",
        "charset": "utf-8",
        "sender": "Daniel Ng <ng.daniel@hinode-sangyo.co.jp>",
        "to": [
            "Maricel Dizon <m.dizon@bayanihanbuilders.org>",
            "Tom Whitfield <t.whitfield@greenharbourtrust.org.uk>",
        ],
        "cc": ["柊 <hiiragi@tabimado-travel.co.jp>"],
        "subject": "Iloilo build week - logistics call on Thursday",
        "body": """Dear Maricel, Dear Tom,
(cc: Ms. Hiiragi of Tabimado Travel, who arranges our flights)

I would like to set up a short call on Thursday, 10:00 Manila / 02:00 London / 11:00
Tokyo, to go through the logistics of the build week:

  1. airport transfers and the bus from Iloilo to the site
  2. accommodation near Barangay Tabuc Suba
  3. the joint volunteer day with the Green Harbour Trust team

I will send a Teams invitation once everyone has confirmed.

Best regards,
Daniel Ng
CSR Promotion Office, Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (two NGOs and a travel agency) visible in To/Cc",
    },
    # 054 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-054",
        "charset": "iso-2022-jp",
        "sender": "栗花落 さやか <tsuyuri.sayaka@hinode-sangyo.co.jp>",
        "to": ["あおぞら災害支援ネット 会計 <kaikei@aozora-shien.or.jp>"],
        "subject": "支援金（第1回）お振込み先の確認",
        "body": """あおぞら災害支援ネット 会計ご担当者様

日の出産業 経理部の栗花落です。
支援金 第1回分のお振込みにあたり、ご指定の口座を確認させてください。

　金融機関：みどり銀行　仙台中央支店（店番 412）
　口座種別：普通
　口座番号：3318076
　口座名義：トクヒ）アオゾラサイガイシエンネット

上記でお間違いなければ、11月28日に 1,666,000円 をお振込みいたします。
振込手数料は弊社で負担いたします。

栗花落 さやか（日の出産業 経理部　03-5442-7820）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the NPO's own organisational bank account repeated back for a transfer: business data, not a person's",
    },
    # 055 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-055",
        "charset": "cp932",
        "sender": "栗花落 さやか <tsuyuri.sayaka@hinode-sangyo.co.jp>",
        "to": ["フードバンクかんとう東 事務局 <info@foodbank-kantohigashi.or.jp>"],
        "subject": "マッチングギフト寄付者一覧（受領証送付先）",
        "body": """フードバンクかんとう東 事務局 御中

お世話になっております。日の出産業 経理部の栗花落です。
社員マッチングギフト（社員の寄付額と同額を会社が上乗せ）の今期分について、
社員個人の寄付者一覧をお送りします。
各人の自宅宛に寄附金受領証明書をお送りいただけますでしょうか。

会社分（同額上乗せ分）の受領証は、別途経理部宛でお願いいたします。

栗花落 さやか（日の出産業株式会社 経理部）
""",
        "attachments": [{
            "kind": "xls",
            "name": "matching_gift_2025H1.xls",
            "sheets": {"寄付者一覧": [
                ["氏名", "郵便番号", "住所", "寄付日", "寄付額(円)"],
                ["漆原 敏行", "135-0062", "東京都江東区東雲1-8-3-1104", "2025/06/30", 10000],
                ["瓜生 沙耶", "152-0004", "東京都目黒区鷹番2-9-14-202", "2025/06/30", 5000],
                ["神宮寺 拓", "330-0062", "埼玉県さいたま市浦和区仲町3-5-8", "2025/06/30", 30000],
                ["舎人 みのり", "231-0023", "神奈川県横浜市中区山下町112-3-705", "2025/06/30", 3000],
                ["楪 宗一郎", "183-0022", "東京都府中市宮西町1-7-2", "2025/06/30", 20000],
                ["木皿 真之", "144-0052", "東京都大田区蒲田5-44-2", "2025/06/30", 10000],
                ["薬袋 絢子", "143-0016", "東京都大田区大森北2-17-6", "2025/06/30", 5000],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of 7 employee donors with home addresses to a food bank",
    },
    # 056 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-056",
        "charset": "iso-2022-jp",
        "sender": "阿久津 萌 <akutsu.moe@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
        "subject": "フードドライブ告知チラシ 入稿データ（ロゴ・地図）",
        "body": """錦印刷株式会社 制作部 御中

お世話になっております。日の出産業 CSR推進室の阿久津です。
フードドライブ告知チラシ（A4片面・カラー・300部）の入稿データのうち、
ロゴと会場地図の画像をお送りします。本文テキストは昨日お送りしたものから変更ありません。

校正は11/5（水）までにPDFでいただけますと助かります。

阿久津 萌
日の出産業株式会社 総務部 CSR推進室　TEL 03-5442-7811
""",
        "attachments": [
            {"kind": "png", "name": "hinode_logo_color.png"},
            {"kind": "png", "name": "map_honsha_lobby.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "flyer artwork (images) to a partner printer: no personal data",
    },
    # 057 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-057",
        "charset": "utf-8",
        "sender": "五百旗頭 進 <iokibe.susumu@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 広報部 <koho@kitaguni-foods.co.jp>"],
        "subject": "共同フードドライブ 予算案の共有",
        "body": """北国フーズ 広報部 ご担当者様

お世話になっております。日の出産業の五百旗頭です。
来年度の共同フードドライブについて、弊社側の予算案をお送りします。
費用分担のたたき台としてご覧ください。

五百旗頭
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "共同フードドライブ_予算案_v2.xlsx",
            "page_header": "Confidential",
            "title": "共同フードドライブ 予算案",
            "sheets": {
                "予算": [
                    ["CONFIDENTIAL - 日の出産業株式会社 CSR推進室"],
                    ["項目", "日の出産業", "北国フーズ（案）", "合計"],
                    ["告知物（チラシ・ポスター）", 180000, 120000, 300000],
                    ["回収ボックス", 90000, 90000, 180000],
                    ["輸送費", 0, 240000, 240000],
                    ["イベント運営", 350000, 150000, 500000],
                    ["合計", 620000, 600000, 1220000],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the XLSX is classified Confidential (page header and title row) and goes to a partner",
    },
    # 058 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-058",
        "charset": "cp932",
        "sender": "小鳥遊 まどか <takanashi.madoka@hinode-sangyo.co.jp>",
        "to": ["蓮見 様 <hasumi@umibe-clean.or.jp>"],
        "subject": "清掃活動への参加にあたっての配慮のお願い（1名）",
        "body": """蓮見様

お世話になっております。日の出産業 人事部の小鳥遊です。
10/19のクリーンアップに参加する社員1名について、本人と相談のうえ
配慮のお願いを文書にまとめました。ご確認いただけますと幸いです。

小鳥遊 まどか（人事部 ダイバーシティ推進担当）
""",
        "attachments": [{
            "kind": "docx",
            "name": "配慮依頼書_20251019.docx",
            "title": "ボランティア活動における配慮のお願い",
            "paragraphs": [
                "ボランティア活動における配慮のお願い",
                "NPO法人うみべクリーンネット 御中",
                "日の出産業株式会社 人事部",
                "",
                "対象者：矢集 航平（やつめ こうへい）　営業二部　38歳",
                "障害の状況：身体障害者手帳1種2級（脊髄損傷による両下肢機能障害）。電動車椅子を使用。",
                "お願いしたい事項：",
                "・砂浜に入らず、遊歩道上での分別・記録係としてご配置ください。",
                "・集合場所から遊歩道までの段差（約15cm）に簡易スロープをご用意いただけると助かります。",
                "・多目的トイレは管理棟にあることを確認済みです。",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a DOCX describing a named employee's physical disability and certificate grade, sent to an NPO",
    },
    # 059 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-059",
        "charset": "utf-8",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 立花様 <tachibana@nishiki-insatsu.co.jp>"],
        "subject": "夏まつりポスター 協賛企業欄の最終版",
        "body": """錦印刷 立花様

お世話になっております。日の出産業の能登谷です。
ポスター下部の協賛企業欄、最終版をPDFでお送りします。
実行委員会の確認も取れていますので、これで刷ってください。

能登谷 翔（日の出産業 総務部　03-5442-7803）
""",
        "attachments": [{
            "kind": "pdf",
            "name": "poster_sponsors_final.pdf",
            "lines": ["芝浦夏まつり2025 ポスター 協賛欄（最終）", "主催：芝浦夏まつり実行委員会　後援：港区", ""],
            "table": [
                ["区分", "協賛企業・団体", "所在地", "電話"],
                ["特別協賛", "日の出産業株式会社", "港区芝浦3-9-14", "03-5442-7800"],
                ["協賛", "北国フーズ株式会社 東京支社", "港区海岸2-7-1", "03-3454-2210"],
                ["協賛", "川崎電機株式会社", "川崎市幸区堀川町580", "044-520-1100"],
                ["協賛", "さくらホテル芝浦", "港区芝浦4-1-20", "03-3458-8800"],
                ["協賛", "芝浦商店会", "港区芝浦3-6-1", "03-3451-3090"],
                ["協力", "セーフティ東和株式会社", "品川区東品川2-3-12", "03-3471-5500"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of sponsoring companies with switchboards and office addresses: businesses, not people",
    },
    # 060 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-060",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 業務用受注センター <juchu@kitaguni-fods.co.jp>"],
        "subject": "炊き出し用食材の追加発注",
        "body": """北国フーズ株式会社 業務用受注センター 御中

お世話になっております。日の出産業 総務部の鬼頭です。
11/22の汐見町での炊き出し用に、下記を追加で発注させてください。

　豚汁セット（業務用 50食分）　4箱
　無洗米 10kg　　　　　　　　　3袋
　納品先：日の出産業 仙台営業所（宮城県仙台市青葉区一番町2-4-21）
　納品希望日：11月20日（木）午前

よろしくお願いいたします。
""" + _SIG_KITO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-fods.co.jp drops a letter of partner kitaguni-foods.co.jp: look-alike domain",
    },
    # 061 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-061",
        "charset": "utf-8",
        "sender": "CSR推進室 <csr@hinode-sangyo.co.jp>",
        "to": ["城南大学 ボランティアセンター <volunteer@jonan-u.ac.jp>"],
        "subject": "日の出産業 CSRだより 第18号（秋のボランティア募集）",
        "body": """城南大学 ボランティアセンター 御中

日の出産業 CSRだより 第18号をお届けします。
学生の皆さまへの掲示・ご案内にご活用ください。

■ 秋のボランティア募集
・10/19 東雲浜クリーンアップ（学生参加歓迎、定員20名）
・10/25 フードドライブ仕分け（本社1階）
・11月～ 汐見町 被災地支援（社員のみ）

お申し込み・お問い合わせ：日の出産業 CSR推進室　csr@hinode-sangyo.co.jp
""",
        "html": """<html><body>
<h2 style="color:#d9730d">日の出産業 CSRだより 第18号</h2>
<p>城南大学 ボランティアセンター 御中</p>
<p>日の出産業 CSRだより 第18号をお届けします。学生の皆さまへの掲示・ご案内にご活用ください。</p>
<h3>秋のボランティア募集</h3>
<ul>
<li>10/19 東雲浜クリーンアップ（学生参加歓迎、定員20名）</li>
<li>10/25 フードドライブ仕分け（本社1階）</li>
<li>11月～ 汐見町 被災地支援（社員のみ）</li>
</ul>
<p>お申し込み・お問い合わせ：日の出産業 CSR推進室 <a href="mailto:csr@hinode-sangyo.co.jp">csr@hinode-sangyo.co.jp</a></p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an HTML newsletter (text + HTML) to a university: event notices, the office's own address",
    },
    # 062 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-062",
        "charset": "cp932",
        "sender": "鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>",
        "to": ["ひかり保険サービス 桧山様 <hiyama@hikari-hoken.co.jp>"],
        "subject": "【事故報告】夏まつり設営中の負傷（保険金請求の準備）",
        "body": """桧山様

お世話になっております。日の出産業 総務部の鬼頭です。
夏まつりの設営中に、加入者1名が負傷しましたので、保険金請求の準備として
ご報告いたします。

　被保険者　：牛窪 康介（ウシクボ コウスケ）
　生年月日　：昭和60年3月9日
　事故日時　：2025年8月22日 16:40頃
　事故状況　：テントの脚を固定中に転倒し、右足首をひねった
　傷病名　　：右足関節外果骨折（全治8週間の見込み）
　受診先　　：芝浦総合病院 整形外科
　健康保険証：記号 3104 番号 27（協会けんぽ東京支部）

診断書は後日郵送いたします。必要な書類があればお知らせください。
""" + _SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "an injury diagnosis and a health insurance card symbol/number of a named volunteer to the insurance agent",
    },
    # 063 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-063",
        "charset": "utf-8",
        "sender": "Daniel Ng <ng.daniel@hinode-sangyo.co.jp>",
        "to": ["Tom Whitfield <t.whitfield@greenharbourtrust.org.uk>"],
        "subject": "Joint volunteer day - our participants",
        "body": """Dear Tom,

Thank you for agreeing to host our team on the joint volunteer day. For your
safeguarding registration, here are our participants (name, e-mail, date of birth,
mobile):

Name,Email,DOB,Mobile
Yuka Saotome,saotome.yuka@hinode-sangyo.co.jp,1987-06-14,+81-80-4417-2093
Takayuki Kirara,kirara.takayuki@hinode-sangyo.co.jp,1989-02-11,+81-80-3390-1245
Ayaka Nio,ayaka.nio.0520@gmail.com,1996-05-20,+81-70-8826-3317
Osamu Tsukumo,tsukumo.o@hinode-sangyo.co.jp,1981-07-03,+81-80-1029-5537
Chiaki Azami,c-azami@icloud.com,1998-01-27,+81-70-3381-6620
Keigo Houri,houri.keigo@hinode-sangyo.co.jp,1987-01-22,+81-90-6640-2215

Please let me know if you need anything else from us.

Kind regards,
Daniel Ng
Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "comma-separated list of 6 people with birth dates and mobiles in an English mail abroad",
    },
    # 064 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-064",
        "charset": "utf-8",
        "sender": "四十物 亮 <aimono.ryo@hinode-sangyo.co.jp>",
        "to": ["汐見町 企画課 <kikaku@town.shiomi.miyagi.lg.jp>"],
        "subject": "感謝状贈呈式の資料：弊社の派遣実績",
        "body": """汐見町役場 企画課 ご担当者様

日の出産業 仙台営業所の四十物です。
贈呈式の紹介文に使う弊社の派遣実績を、CSVでお送りします。
人数は延べ人数です。

よろしくお願いいたします。
""" + _SIG_AIMONO,
        "attachments": [{
            "kind": "csv",
            "name": "haken_jisseki.csv",
            "encoding": "utf-8",
            "rows": [
                ["陣", "期間", "派遣人数", "活動日数", "延べ人日", "主な活動"],
                ["第1陣", "2025/09/20-09/21", "8", "2", "16", "泥出し・家財搬出"],
                ["第2陣", "2025/10/18-10/19", "7", "2", "14", "泥出し・清掃"],
                ["第3陣", "2025/11/15-11/16", "7", "2", "14", "物資仕分け・炊き出し"],
                ["合計", "", "22", "6", "44", ""],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate dispatch statistics (counts and days): no person's record",
    },
    # 065 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-065",
        "charset": "iso-2022-jp",
        "sender": "四十物 亮 <aimono.ryo@hinode-sangyo.co.jp>",
        "to": ["あおぞら災害支援ネット 現地調整 <genchi@aozora-shien.or.jp>"],
        "subject": "合宿型ボランティア参加者の健康上の留意点",
        "body": """あおぞら災害支援ネット 現地調整ご担当者様

日の出産業の四十物です。
12月の2泊3日の合宿型ボランティアについて、食事と宿泊の手配のため、
参加者の健康上の留意点を事前にお伝えします（本人同意済み）。

・雲母 隆之：1型糖尿病。インスリン自己注射のため、食事時間の固定と冷蔵庫の使用を希望。
・鳰 彩花：そばアレルギー（アナフィラキシーの既往あり）。エピペン携帯。
・九十九 修：気管支喘息。粉じんの多い作業ではマスク着用、吸入薬持参。
・生明 千晶：特になし。

緊急時の搬送先の病院を、現地で事前に確認しておいていただけますと安心です。
""" + _SIG_AIMONO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "diabetes, anaphylaxis history and asthma of named volunteers to an NPO: medical history",
    },
    # 066 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-066",
        "charset": "cp932",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["小鳥遊 まどか <takanashi.madoka@hinode-sangyo.co.jp>"],
        "cc": ["産業保健室 <sangyo-hoken@mail.hinode-sangyo.co.jp>"],
        "subject": "転送: 【ご連絡】活動中の体調不良について",
        "body": """小鳥遊さん、産業保健室の皆さま

子ども食堂の真栄田さんから下記の連絡がありました。
本人のフォローをお願いできますでしょうか。

---------- 転送メッセージ ----------
From: 真栄田 かおり <maeda@minato-kodomoshokudo.or.jp>
To: 早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>
件名: 【ご連絡】活動中の体調不良について

早乙女様

昨日の港南食堂で、貴社の 桑折 紗英 さんが調理中に過呼吸になり、
しばらく休んでいただきました。ご本人によると、パニック障害で通院中とのことです。
30分ほどで落ち着かれ、ご自身で帰宅されています。
念のため会社の方でもお気遣いいただけますと幸いです。

真栄田
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "an NPO's mail about an employee's panic disorder forwarded only to internal recipients (incl. a subdomain)",
    },
    # 067 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-067",
        "charset": "iso-2022-jp",
        "sender": "阿久津 萌 <akutsu.moe@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
        "cc": ["北国フーズ 広報部 <koho@kitaguni-foods.co.jp>", "kanon.design.studio@gmail.com"],
        "subject": "共同フードドライブ ポスターデザインの進め方",
        "body": """錦印刷 制作部 ご担当者様
北国フーズ 広報部 ご担当者様
デザイナー 香音様

日の出産業 CSR推進室の阿久津です。
共同フードドライブのポスターについて、デザインは香音様にお願いし、
印刷は錦印刷さん、内容確認は北国フーズさんと弊社で行う流れで進めたいと思います。

ラフ案：11/12　校正：11/19　入稿：11/26
でいかがでしょうか。

阿久津 萌（日の出産業 CSR推進室　03-5442-7811）
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "two partner companies and a freelance designer on gmail see each other: three external parties",
    },
    # 068 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-068",
        "charset": "utf-8",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": ["大阪支店 総務 <soumu@osaka.hinode-sangyo.co.jp>"],
        "cc": ["鬼頭 健太 <kito.kenta@mail.hinode-sangyo.co.jp>"],
        "subject": "天神祭ボランティア 大阪支店参加者リスト（取りまとめ用）",
        "body": """大阪支店 総務ご担当

本社総務の能登谷です。
天神祭の清掃ボランティアについて、本社で受け付けた大阪支店の方のリストを送ります。
保険の申込は支店でまとめてお願いします。

能登谷
""",
        "attachments": [{
            "kind": "csv",
            "name": "tenjin_osaka_sankasha.csv",
            "encoding": "cp932",
            "rows": [
                ["氏名", "所属", "携帯", "メール"],
                ["堰八 光", "大阪営業課", "090-2271-6630", "sekihachi.h@hinode-sangyo.co.jp"],
                ["帷子 瑞穂", "大阪業務課", "080-5510-2274", "katabira.m@hinode-sangyo.co.jp"],
                ["道祖土 圭", "大阪営業課", "070-1926-4038", "saido.k@hinode-sangyo.co.jp"],
                ["日下部 詩", "大阪物流課", "090-4481-3327", "kusakabe.u@hinode-sangyo.co.jp"],
                ["鵜飼 蒼", "大阪営業課", "080-7732-0195", "ukai.ao@hinode-sangyo.co.jp"],
                ["我妻 律", "大阪業務課", "070-6650-8841", "wagatsuma.r@hinode-sangyo.co.jp"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "a list of six volunteers sent only to internal subdomains (osaka., mail.hinode-sangyo.co.jp)",
    },
    # 069 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-069",
        "charset": "cp932",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": ["実行委員会事務局 <jimukyoku@shibaura-natsumatsuri.jp>"],
        "subject": "当日の班編成（説明会スライド）",
        "body": """実行委員会事務局 御中

日の出産業の能登谷です。
7/26の説明会で使う班編成のスライドをお送りします。
班長の名前と持ち場だけ載せています。内容に問題がないかご確認ください。

能登谷（総務部）
""",
        "attachments": [{
            "kind": "pptx",
            "name": "夏まつり_班編成_説明会用.pptx",
            "title": "芝浦夏まつり 班編成",
            "page_footer": "日の出産業株式会社 総務部",
            "slides": [
                ["芝浦夏まつり2025 ボランティア班編成", "日の出産業株式会社", "2025年7月26日 説明会"],
                ["設営班（班長：牛窪）", "8/22 15:00 集合", "テント・長机・ミストファンの設営", "8名"],
                ["受付・迷子班（班長：勅使河原）", "8/23 9:30 集合", "本部テントでの案内・迷子対応", "6名"],
                ["ごみ分別班（班長：柘植）", "各日 10:00 集合", "ごみステーション3か所の分別案内", "10名"],
                ["撤収班（班長：仁科）", "8/24 18:00 集合", "撤収・原状回復", "8名"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX of teams with only the leaders' surnames and meeting times: no personal records",
    },
    # 070 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-070",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 進 <iokibe.susumu@hinode-sangyo.co.jp>",
        "to": ["蓮見 様 <hasumi@umibe-clean.or.jp>"],
        "subject": "9/24 打合せ議事録の送付",
        "body": """蓮見様

お世話になっております。日の出産業の五百旗頭です。
先日の打合せの議事録をお送りします。修正点があればお知らせください。

五百旗頭
""",
        "attachments": [{
            "kind": "docx",
            "name": "議事録_20250924_クリーンアップ打合せ.docx",
            "paragraphs": [
                "東雲浜クリーンアップ 打合せ議事録",
                "日時：2025年9月24日（水）15:00〜16:10　場所：東雲市役所 3階 第2会議室",
                "出席：うみべクリーンネット 蓮見様、東雲市 環境政策課 富樫様、日の出産業 五百旗頭・早乙女",
                "1. 当日のタイムテーブルを確認（9:00 集合、9:15 開会、11:00 分別・計量、11:30 解散）",
                "2. ごみの臨時収集は10/20午前に市が対応",
                "3. 分別表は貴会のものを使用し、弊社で100部印刷",
                "4. 次回：10月1日（水）15:00",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "minutes naming attendees with their organisations only: names carry no other personal data",
    },
    # 071 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-071",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["東雲市 環境政策課 富樫様 <togashi@city.shinonome.lg.jp>"],
        "subject": "漂着ごみ計量結果のご報告",
        "body": """東雲市 環境政策課 富樫様

お世話になっております。日の出産業の早乙女です。
10/19のクリーンアップで回収したごみの計量結果をPDFでお送りします。

どうぞよろしくお願いいたします。
""" + _SIG_SAOTOME,
        "attachments": [{"kind": "corrupt", "name": "計量結果_20251019.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the PDF attachment is corrupt and cannot be read",
    },
    # 072 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-072",
        "charset": "cp932",
        "sender": "鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>",
        "to": ["ひかり保険サービス 桧山様 <hiyama@hikari-hoken.co.jp>"],
        "subject": "被災地派遣時の補償範囲についての質問",
        "body": """桧山様

いつもお世話になっております。日の出産業 総務部の鬼頭です。
来月から汐見町へ社員を派遣するにあたり、補償の範囲について教えてください。

1. 社協のボランティア活動保険（天災タイプ）に加入した場合、
   移動中（貸切バス乗車中）の事故も対象になりますか。
2. 会社の業務としての派遣（出張扱い）の場合は労災が優先と理解していますが、
   休暇を取得して個人参加する社員については、どの保険で備えるのがよいでしょうか。
3. 企業向けの団体保険で、年間を通じてボランティア活動を包括的に補償する商品が
   あれば、概算の保険料をお知らせください（対象 約250名）。

ご多忙のところ恐縮ですが、よろしくお願いいたします。
""" + _SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a coverage question to the insurance agent: no one's data",
    },
    # 073 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-073",
        "charset": "utf-8",
        "sender": "五百旗頭 進 <iokibe.susumu@hinode-sangyo.co.jp>",
        "to": ["浅葱 陽子 <asagi@jonan-u.ac.jp>"],
        "subject": "研究へのご協力：社員ボランティア参加率の推移データ",
        "body": """浅葱先生

日の出産業の五百旗頭です。
先生のご研究（企業ボランティアと従業員エンゲージメント）にご協力するため、
過去5年の参加率とエンゲージメント調査スコアの推移をお送りします。

論文での引用の際は、社名を伏せていただく前提でお願いいたします。

五百旗頭 進
""",
        "attachments": [{
            "kind": "pdf",
            "name": "参加率とエンゲージメント_2020-2024.pdf",
            "page_footer": "部外秘　日の出産業株式会社 人事部・CSR推進室",
            "lines": [
                "社員ボランティア参加率とエンゲージメントスコアの推移（2020～2024年度）",
                "",
            ],
            "table": [
                ["年度", "参加率", "延べ活動時間", "エンゲージメント(全社)", "参加者平均", "非参加者平均"],
                ["2020", "6.2%", "180", "3.41", "3.62", "3.40"],
                ["2021", "9.8%", "355", "3.44", "3.71", "3.41"],
                ["2022", "15.1%", "702", "3.52", "3.78", "3.47"],
                ["2023", "21.7%", "1,104", "3.58", "3.80", "3.52"],
                ["2024", "24.5%", "1,378", "3.61", "3.83", "3.54"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "aggregate data, but the PDF carries a 部外秘 footer on every page and goes to a university",
    },
    # 074 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-074",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["茅野 美穂 <chino.m@shinonome-shakyo.or.jp>"],
        "subject": "親子参加の子ども 保険加入分（追加）",
        "body": """茅野様

たびたび失礼いたします。早乙女です。
親子で参加する社員のお子さんの保険加入分を、別ファイルでお送りします。
保護者（社員）の欄もつけておりますのでご確認ください。
""" + _SIG_SAOTOME,
        "attachments": [{
            "kind": "csv",
            "name": "kodomo_kanyu_tsuika.csv",
            "encoding": "utf-8",
            "rows": [
                ["保護者（社員）", "子の氏名", "ふりがな", "生年月日", "学年"],
                ["御手洗 剛", "御手洗 蒼太", "みたらい そうた", "2015-05-17", "小4"],
                ["御手洗 剛", "御手洗 陽菜", "みたらい ひな", "2018-02-03", "小1"],
                ["乙部 勝利", "乙部 湊", "おとべ みなと", "2012-09-29", "中1"],
                ["瓜生 沙耶", "瓜生 樹", "うりゅう いつき", "2019-12-11", "年長"],
                ["鮫島 大樹", "鮫島 結", "さめじま ゆい", "2015-11-23", "小4"],
                ["鮫島 大樹", "鮫島 颯", "さめじま はやて", "2017-07-08", "小2"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of six children with birth dates and their parents' names: a list of people",
    },
    # 075 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-075",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 まどか <takanashi.madoka@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 石動先生 <isurugi@shirakawa-law.jp>"],
        "subject": "ボランティア参加同意書（ひな形）のリーガルチェックのお願い",
        "body": """白川法律事務所
石動先生

いつも大変お世話になっております。日の出産業 人事部の小鳥遊です。
社員・家族向けの「ボランティア活動参加同意書」のひな形を作成しましたので、
リーガルチェックをお願いできますでしょうか。

特に、
・第4条（免責）の書きぶりが消費者契約法上問題ないか
・第6条で取得する個人情報（緊急連絡先・健康状態）の利用目的の書き方
についてご意見をいただきたく存じます。

11月末までにご返信いただけますと幸いです。

小鳥遊 まどか
日の出産業株式会社 人事部　TEL 03-5442-7815
""",
        "attachments": [{
            "kind": "docx",
            "name": "ボランティア活動参加同意書_ひな形_v0.9.docx",
            "title": "ボランティア活動参加同意書",
            "paragraphs": [
                "ボランティア活動参加同意書",
                "日の出産業株式会社 代表取締役 殿",
                "第1条（目的）本同意書は、当社が企画する社会貢献活動への参加条件を定める。",
                "第4条（免責）参加者は、当社の故意または重過失による場合を除き……",
                "第6条（個人情報）当社は、緊急連絡先および健康状態に関する情報を、活動時の安全確保の目的に限り利用する。",
                "",
                "記入欄",
            ],
            "tables": [[
                ["氏名", ""],
                ["生年月日", "　　年　　月　　日"],
                ["住所", "〒"],
                ["電話番号", ""],
                ["緊急連絡先（氏名・続柄・電話）", ""],
                ["健康上の留意点", ""],
            ]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a blank consent-form template sent for legal review: field labels without anyone's data",
    },
    # 076 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-076",
        "charset": "cp932",
        "sender": "阿久津 萌 <akutsu.moe@hinode-sangyo.co.jp>",
        "to": ["真栄田 かおり <maeda@minato-kodomoshokudo.or.jp>"],
        "subject": "12月以降のシフトから1名外れます",
        "body": """真栄田様

いつもお世話になっております。日の出産業の阿久津です。

火曜の芝浦食堂を担当していた 四方田 仁 さんですが、
適応障害と診断されて12月から休職に入ることになり、当面ボランティアも
お休みさせていただくことになりました。本人からも、子どもたちによろしく
伝えてほしいとのことでした。

代わりの担当は来週中に調整してご連絡いたします。
ご迷惑をおかけしますが、よろしくお願いいたします。

阿久津 萌（日の出産業 CSR推進室）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named volunteer's psychiatric diagnosis (適応障害) and sick leave told to an NPO",
    },
    # 077 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-077",
        "charset": "iso-2022-jp",
        "sender": "四十物 亮 <aimono.ryo@hinode-sangyo.co.jp>",
        "to": ["汐見町災害ボランティアセンター <saigai-vc@town.shiomi.miyagi.lg.jp>"],
        "subject": "第4陣 現地リーダーの連絡先",
        "body": """汐見町災害ボランティアセンター ご担当者様

日の出産業 仙台営業所の四十物です。
12/13〜14の第4陣は私が同行できないため、現地でのリーダーとサブリーダーを
下記2名とします。当日の連絡はこちらにお願いいたします。

　リーダー　　：九十九 修　　携帯 080-1029-5537
　サブリーダー：生明 千晶　　携帯 070-3381-6620

人数は6名、8:30受付の予定です。
""" + _SIG_AIMONO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two team leaders' mobiles to the volunteer centre: fewer than five people, may warn",
    },
    # 078 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-078",
        "charset": "utf-8",
        "sender": "栗花落 さやか <tsuyuri.sayaka@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-glnko.co.jp>"],
        "subject": "義援金の一括振込と振込手数料の免除について",
        "body": """みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 経理部の栗花落です。
汐見町への義援金（1,000万円）を12月上旬に振り込む予定です。
貴行で災害義援金の振込手数料免除の取り扱いがあるか、
また当日扱いで振り込むための締め時間を教えていただけますでしょうか。

栗花落 さやか
日の出産業株式会社 経理部　TEL 03-5442-7820
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-glnko.co.jp (l for i) imitates partner midori-ginko.co.jp: look-alike domain",
    },
    # 079 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-079",
        "charset": "iso-2022-jp",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["城南大学 ボランティアセンター <volunteer@jonan-u.ac.jp>"],
        "subject": "FW: 【募集】冬の子ども食堂 応援ボランティア",
        "body": """城南大学 ボランティアセンター ご担当者様

日の出産業の早乙女です。
みなと子ども食堂ネットワークさんから、学生さんにも案内してほしいと
依頼がありましたので、募集のお知らせを転送いたします（添付のメール）。

ご掲示いただけますと幸いです。
""" + _SIG_SAOTOME,
        "attachments": [{
            "kind": "eml",
            "name": "募集_冬の子ども食堂.eml",
            "message": {
                "charset": "utf-8",
                "sender": "みなと子ども食堂ネットワーク <office@minato-kodomoshokudo.or.jp>",
                "to": ["早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>"],
                "subject": "【募集】冬の子ども食堂 応援ボランティア",
                "body": """関係団体の皆さま

冬休み期間（12/24〜1/7）の子ども食堂で、調理・配膳・学習支援の
応援ボランティアを募集します。

・対象：高校生以上（大学生歓迎）
・時間：10:00〜14:00
・場所：芝浦食堂（港区芝浦2-8-5 芝浦コミュニティハウス）
　　　　港南食堂（港区港南3-4-11 港南ふれあい館）
・申込：当ネットワークのウェブフォームから

みなと子ども食堂ネットワーク 事務局
TEL 03-6453-2017
""",
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forwarding an NPO's recruitment notice as an attached .eml: no personal data",
    },
    # 080 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-080",
        "charset": "utf-8",
        "sender": "栗花落 さやか <tsuyuri.sayaka@hinode-sangyo.co.jp>",
        "to": ["ミライ経理サービス 給与・源泉チーム <gensen@mirai-keiri.co.jp>"],
        "subject": "講師謝金3件の源泉徴収・支払調書データ",
        "body": """ミライ経理サービス株式会社
給与・源泉チーム ご担当者様

お世話になっております。日の出産業 経理部の栗花落です。
10月の「防災ボランティア講座」3回分の講師謝金について、
源泉徴収税額の計算と支払調書の作成をお願いいたします。
講師から提出された個人番号を含むデータをExcelでお送りします。

よろしくお願いいたします。
栗花落
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "講師謝金_202510.xlsx",
            "sheets": {
                "支払明細": [
                    ["講師謝金 支払明細（2025年10月）"],
                    ["氏名", "住所", "個人番号", "講座", "支払額", "源泉税"],
                    ["雛形 正臣", "埼玉県さいたま市浦和区岸町4-11-27", my_number(SEED + 2), "避難所運営", 50000, 5105],
                    ["廿日出 理沙", "千葉県船橋市本町6-2-19-401", my_number(SEED + 3), "応急手当", 30000, 3063],
                    ["莇 英治", "東京都世田谷区経堂1-24-8", my_number(SEED + 4), "災害ボランティア入門", 50000, 5105],
                ],
                "メモ": [["番号確認書類：通知カード写し・運転免許証写し（原本は経理部で保管）"]],
            },
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three lecturers' My Numbers with names and addresses in an XLSX to an outside payroll bureau",
    },
    # 081 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-081",
        "charset": "cp932",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["茅野 美穂 <chino.m@shinonome-shakyo.or.jp>"],
        "subject": "弊社が連携している団体の一覧（ご参考）",
        "body": """茅野様

お世話になっております。早乙女です。
先日お話しした、弊社が連携している団体の一覧をお送りします。
いずれも各団体の代表連絡先で、公開情報のみです。

よろしくお願いいたします。
""" + _SIG_SAOTOME,
        "attachments": [{
            "kind": "xlsx",
            "name": "連携団体一覧_2025.xlsx",
            "sheets": {
                "連携団体": [
                    ["日の出産業 CSR連携団体一覧（2025年10月現在）"],
                    ["団体名", "分野", "所在地", "代表電話", "代表メール"],
                    ["NPO法人うみべクリーンネット", "環境", "東京都江東区東雲2-7-3", "03-3529-1180", "info@umibe-clean.or.jp"],
                    ["みなと子ども食堂ネットワーク", "子ども", "東京都港区芝浦2-8-5", "03-6453-2017", "office@minato-kodomoshokudo.or.jp"],
                    ["あおぞら災害支援ネット", "災害", "宮城県仙台市宮城野区榴岡4-2-3", "022-290-8811", "office@aozora-shien.or.jp"],
                    ["フードバンクかんとう東", "食品", "千葉県市川市塩浜2-11-6", "047-390-4471", "info@foodbank-kantohigashi.or.jp"],
                    ["城南大学 ボランティアセンター", "教育", "東京都品川区西五反田7-22-1", "03-3491-5100", "volunteer@jonan-u.ac.jp"],
                    ["芝浦夏まつり実行委員会", "地域", "東京都港区芝浦3-6-1", "03-3451-3090", "jimukyoku@shibaura-natsumatsuri.jp"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of partner organisations with their main phones and generic addresses: businesses, not people",
    },
    # 082 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-082",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>",
        "to": ["ひかり保険サービス 桧山様 <hiyama@hikari-hoken.co.jp>"],
        "subject": "団体保険 見積用データ（社員番号ベース）",
        "body": """桧山様

お世話になっております。日の出産業の鬼頭です。
年間包括型の団体保険の見積もり用に、昨年度の参加者データをお送りします。
氏名は伏せて社員番号にしてあります。
年齢構成の確認と、事故時の連絡先確認のための列も残しています。

鬼頭
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "見積用_参加者データ_2024.xlsx",
            "sheets": {
                "参加者": [
                    ["社員番号", "生年月日", "性別", "携帯電話", "メール", "参加回数"],
                    ["H10233", "1973/07/12", "男", "090-3371-2286", "urushibara.t@hinode-sangyo.co.jp", 6],
                    ["H11870", "1997/10/04", "男", "080-5512-0937", "tsuge.soma@hinode-sangyo.co.jp", 3],
                    ["H12044", "1987/04/19", "女", "070-2284-6613", "a.minai@gmail.com", 4],
                    ["H13512", "2000/06/30", "女", "090-7720-3154", "mei.shishido@yahoo.co.jp", 2],
                    ["H12977", "1991/12/08", "男", "080-9033-2471", "nishina.hinata@hinode-sangyo.co.jp", 5],
                    ["H11406", "1994/03/03", "女", "070-6651-8809", "shoji.rina@hinode-sangyo.co.jp", 1],
                    ["H09951", "1983/04/02", "男", "090-1187-6620", "samejima.d@hinode-sangyo.co.jp", 7],
                    ["H08812", "1978/08/16", "男", "080-4309-1175", "kisara.m@outlook.jp", 2],
                ],
                "年齢構成": [["年代", "人数"], ["20代", 2], ["30代", 3], ["40代", 2], ["50代", 1]],
            },
        }],
        "expect": "stop",
        "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "8 rows of employee number, birth date, mobile and e-mail: a list of people without a name column",
    },
    # 083 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-083",
        "charset": "utf-8",
        "sender": "雲母 隆之 <kirara.takayuki@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 業務用受注センター <juchu@kitaguni-foods.co.jp>"],
        "subject": "避難所向け 不足物資リスト（寄贈のご相談）",
        "body": """北国フーズ株式会社 業務用受注センター 御中

日の出産業 仙台営業所の雲母です。
汐見町の避難所で不足している食品のリストを、災害ボランティアセンターから
いただきました。貴社からご寄贈いただける品目があれば、ご検討をお願いできますでしょうか。
""" + _SIG_AIMONO.replace("四十物 亮（あいもの りょう）", "雲母 隆之（きらら たかゆき）"),
        "attachments": [{
            "kind": "xlsx",
            "name": "不足物資リスト_汐見町_1118.xlsx",
            "sheets": {
                "食品": [
                    ["汐見町 避難所 不足物資（11/18時点）"],
                    ["品目", "必要数", "単位", "優先度", "届け先"],
                    ["アルファ化米", 600, "食", "高", "中央公民館"],
                    ["レトルトおかゆ", 200, "食", "高", "中央公民館"],
                    ["野菜ジュース", 300, "本", "中", "汐見小学校体育館"],
                    ["粉ミルク（アレルギー対応）", 12, "缶", "高", "中央公民館"],
                    ["栄養補助ゼリー", 240, "個", "中", "汐見小学校体育館"],
                ],
                "日用品": [
                    ["品目", "必要数", "単位"],
                    ["紙おむつ（大人用）", 30, "パック"],
                    ["ウェットティッシュ", 100, "個"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a supplies shortage list by shelter: items and quantities only",
    },
    # 084 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-084",
        "charset": "utf-8",
        "sender": "Daniel Ng <ng.daniel@hinode-sangyo.co.jp>",
        "to": ["Maricel Dizon <m.dizon@bayanihanbuilders.org>"],
        "subject": "Health note for one team member",
        "body": """Dear Maricel,

One more thing before the build week. With her permission, I would like you and
the site medic to know that Ms. Ayaka Nio has type 1 diabetes. She manages it
herself with insulin injections, but she will need a short break and a snack at
fixed times, and somewhere cool to store her insulin. She also has a severe
buckwheat allergy (she carries an EpiPen).

If there is a clinic near the site, could you let me know its name and distance?

Many thanks,
Daniel
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "an English mail disclosing a named volunteer's diabetes to an overseas NGO: medical data of one person",
    },
    # 085 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-085",
        "charset": "iso-2022-jp",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": ["竹之内 浩二 <koji.takenouchi55@yahoo.co.jp>"],
        "subject": "Re: 夏まつり当日の駐車場について",
        "body": """竹之内 様

お問い合わせありがとうございます。日の出産業 総務部の能登谷です。
いつも遥さんには大変お世話になっております。

当日、ご家族の方がお車で来られる場合は、会場周辺に駐車場がございませんので、
弊社本社ビルの地下駐車場（港区芝浦3-9-14、入口は海岸通り側）をお使いください。
警備員に「夏まつりボランティアの家族」とお伝えいただければ入れるようにしておきます。

ご不明な点があればお気軽にご連絡ください。

能登谷 翔
日の出産業株式会社 総務部　TEL 03-5442-7803

> 日の出産業 能登谷様
> 娘の遥がお世話になっております。当日、家内と見に行こうと思いますが、
> 車を停められる場所はありますでしょうか。
> 竹之内 浩二
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a reply to one private person on yahoo.co.jp about parking: one free-mail recipient, no records",
    },
    # 086 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-086",
        "charset": "cp932",
        "sender": "Daniel Ng <ng.daniel@hinode-sangyo.co.jp>",
        "to": ["たびまど旅行 柊様 <hiiragi@tabimado-travel.co.jp>"],
        "subject": "渡航メンバー10名分の書類（暗号化ZIP）",
        "body": """柊様

お世話になっております。日の出産業のダニエル・ンです。
本隊10名分の渡航書類（旅券写しと申込書）を暗号化ZIPでお送りします。
パスワードは柊様の携帯にSMSでお送りしました。

よろしくお願いいたします。
Daniel Ng / 日の出産業 CSR推進室
""",
        "attachments": [{
            "kind": "zip",
            "name": "iloilo_travel_docs.zip",
            "password": "Tabu2026!ilo",
            "files": [
                {"kind": "pdf", "name": "申込書_本隊10名.pdf",
                 "lines": ["海外ボランティア渡航 申込書（本隊）", "日の出産業株式会社 CSR推進室"],
                 "table": [["No", "氏名", "生年月日", "旅券番号"],
                           ["1", "KIRARA TAKAYUKI", "1989-02-11", "TS5519084"],
                           ["2", "NIO AYAKA", "1996-05-20", "TZ1048827"]]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "an encrypted ZIP of travel documents: the attachment cannot be inspected",
    },
    # 087 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-087",
        "charset": "cp932",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": ["実行委員会 受付係 <uketsuke@shibaura-natsumatsuri.jp>"],
        "subject": "受付テントの弊社担当（８／２３午前）",
        "body": """受付係　ご担当者様

日の出産業の能登谷です。
８月２３日午前の受付テントは、弊社から下記４名が入ります。
当日、何かあれば直接ご連絡ください。

・竹之内　遥　　０７０－２２６１－８８５４
・宍戸　芽衣　　０９０－７７２０－３１５４
・東海林　里奈　０７０－６６５１－８８０９
・薬袋　絢子　　０７０－２２８４－６６１３

以上、よろしくお願いいたします。
能登谷（総務部　０３－５４４２－７８０３）
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four volunteers with full-width mobile numbers: under five people, may warn but must go",
    },
    # 088 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-088",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["浅葱 陽子 <asagi@jonan-u.ac.jp>"],
        "subject": "クリーンアップ当日の集合場所のご案内（学生さん向け）",
        "body": """浅葱先生

お世話になっております。早乙女です。
学生さん向けに、当日の集合場所と持ち物の案内をテキストにまとめました。
そのまま学生さんに転送していただいて構いません。

よろしくお願いいたします。
""" + _SIG_SAOTOME,
        "attachments": [{
            "kind": "txt",
            "name": "shugo_annai.txt",
            "encoding": "utf-8",
            "text": """東雲浜クリーンアップ 集合案内

日時：10月19日（日）9:00集合（雨天時は10月26日）
場所：東雲浜海浜公園 第2駐車場横 管理棟前
アクセス：りんかい線 東雲駅から徒歩12分
持ち物：飲み物、帽子、タオル、汚れてもよい靴
貸出：軍手、火ばさみ、ごみ袋（会場で配布）
当日の連絡先：日の出産業 CSR推進室 03-5442-7810（平日）
""",
        }, {
            "kind": "html",
            "name": "access_map.html",
            "html": """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>東雲浜海浜公園へのアクセス</title></head>
<body>
<h1>東雲浜海浜公園 第2駐車場 管理棟</h1>
<p>りんかい線 東雲駅 南口を出て、運河沿いを海側へ徒歩12分。</p>
<table border="1"><tr><th>目印</th><th>距離</th></tr>
<tr><td>東雲駅 南口</td><td>0 m</td></tr>
<tr><td>東雲橋</td><td>450 m</td></tr>
<tr><td>公園 北ゲート</td><td>800 m</td></tr>
<tr><td>管理棟（集合場所）</td><td>950 m</td></tr></table>
<p>お問い合わせ：日の出産業 CSR推進室 03-5442-7810</p>
</body></html>""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a text file and an HTML page of directions with the office's phone: no one's personal data",
    },
    # 089 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-089",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 進 <iokibe.susumu@hinode-sangyo.co.jp>",
        "to": ["鷲尾 泰造 <washio@aozora-shien.or.jp>"],
        "subject": "【機密】包括連携協定の締結に向けた条件案",
        "body": """機密区分：機密（関係者限り）

鷲尾様

お世話になっております。日の出産業の五百旗頭です。
来年度からの包括連携協定について、弊社内で検討した条件案をお伝えします。

1. 期間：2026年4月から3年間
2. 弊社の拠出：年間1,200万円（活動資金）＋ 物流拠点の無償貸与
3. 貴会の役割：災害時の社員派遣先の調整、平時の研修（年2回）
4. 広報：協定締結の公表は2026年3月の決算発表後

社内の正式決定前のため、取り扱いにはご注意ください。

五百旗頭 進（日の出産業 CSR推進室 室長）
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject and first line classify the mail as 機密: a confidentiality marking to an NPO",
    },
    # 090 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-090",
        "charset": "cp932",
        "sender": "四十物 亮 <aimono.ryo@hinode-sangyo.co.jp>",
        "to": ["あおぞら災害支援ネット 現地調整 <genchi@aozora-shien.or.jp>"],
        "subject": "RE: 合宿型ボランティア参加者の健康上の留意点",
        "body": """ご担当者様

ご手配ありがとうございます。四十物です。
冷蔵庫のご用意と、搬送先の病院の確認、大変助かります。
当日はその内容を参加者にも共有しておきます。

引き続きよろしくお願いいたします。

差出人: 現地調整 <genchi@aozora-shien.or.jp>
送信日時: 2025年11月27日 18:02
宛先: 四十物 亮 <aimono.ryo@hinode-sangyo.co.jp>
件名: RE: 合宿型ボランティア参加者の健康上の留意点

四十物様

承知しました。雲母様（1型糖尿病）のインスリン用に宿舎の冷蔵庫を1台確保しました。
鳰様のそばアレルギーについては、宿舎の食事を提供する業者に伝えてあります。
搬送先は汐見町立病院（車で10分）です。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "sensitive data appears only in the quoted mail under 差出人/送信日時; the new text has none",
    },
    # 091 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-091",
        "charset": "utf-8",
        "sender": "鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>",
        "to": ["ひかり保険サービス 保険金請求窓口 <claim@hikari-hoken.co.jp>"],
        "subject": "事故報告書の提出（東雲浜クリーンアップ）",
        "body": """ひかり保険サービス 保険金請求窓口 御中

お世話になっております。日の出産業 総務部の鬼頭です。
10/19の東雲浜クリーンアップで発生した事故について、
事故報告書をPDFで提出いたします。ご確認のほどお願いいたします。
""" + _SIG_KITO,
        "attachments": [{
            "kind": "pdf",
            "name": "事故報告書_20251019.pdf",
            "title": "事故報告書",
            "lines": [
                "事故報告書",
                "契約者：日の出産業株式会社　証券番号：VA-2025-330871",
                "被保険者氏名：瓜生 沙耶（ウリュウ サヤ）　連絡先：070-3318-5520",
                "事故日時：2025年10月19日 10:25頃　場所：東雲浜海浜公園 北側砂浜",
                "事故状況：漂着物を拾う際に岩場で転倒し、左手をついて負傷した。",
                "傷病名：左橈骨遠位端骨折（東雲中央病院 整形外科にて手術予定）",
                "通院見込み：約3か月",
                "報告者：日の出産業株式会社 総務部 鬼頭 健太",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "an accident report PDF with a named volunteer's fracture diagnosis and treatment: medical data",
    },
    # 092 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-092",
        "charset": "iso-2022-jp",
        "sender": "能登谷 翔 <notoya.sho@hinode-sangyo.co.jp>",
        "to": ["セーフティ東和 営業二課 <eigyo2@safety-towa.co.jp>"],
        "subject": "警備員配置図 受領しました",
        "body": """セーフティ東和株式会社
営業二課 ご担当者様

配置図を受領しました。ありがとうございます。
本部テント横の詰所の位置も問題ございません。
当日はどうぞよろしくお願いいたします。

＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
総務部 総務課 主任
能登谷 翔（のとや しょう）
〒105-0023 東京都港区芝浦3-9-14 日の出ビル5F
TEL：03-5442-7803（直通）　FAX：03-5442-7899
携帯：080-3319-4470
E-mail：notoya.sho@hinode-sangyo.co.jp
URL：https://www.hinode-sangyo.co.jp/
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a short acknowledgement whose only contact data is the sender's own signature",
    },
    # 093 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-093",
        "charset": "utf-8",
        "sender": "阿久津 萌 <akutsu.moe@hinode-sangyo.co.jp>",
        "to": ["momo.hozumi@gmail.com"],
        "cc": ["yomoda.jin@icloud.com", "t-hozumi@outlook.jp", "isago.yui@docomo.ne.jp",
               "r.koketsu@yahoo.co.jp"],
        "subject": "Re: 年末の子ども食堂クリスマス会のお手伝い",
        "body": """八月一日さん、皆さん

阿久津です。声をかけてくださってありがとうございます！
クリスマス会（12/20 土）は、弊社からも飾りつけ用の画用紙とモールを持っていきます。
集合は10:00、芝浦コミュニティハウスの2階調理室で大丈夫です。

当日よろしくお願いします。

阿久津

On 2025/12/08 21:14, momo.hozumi@gmail.com wrote:
> 皆さん、クリスマス会のお手伝いできる人はいますか？
> 私は飾りつけ担当になりました。
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "reply-all to five private persons on free mail in To/Cc: their addresses are exposed to each other",
    },
    # 094 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-094",
        "charset": "utf-8",
        "sender": "Daniel Ng <ng.daniel@hinode-sangyo.co.jp>",
        "to": ["Tom Whitfield <t.whitfield@greenharbourtrust.org.uk>"],
        "subject": "Re: Joint volunteer day - our participants",
        "body": """Dear Tom,

Thanks, all clear. We will bring our own gloves and boots, so please don't worry
about those. See you on the 21st.

Best,
Daniel

On Tue, 13 Jan 2026 at 09:12, Tom Whitfield <t.whitfield@greenharbourtrust.org.uk> wrote:
> Dear Daniel,
>
> Thank you. We have registered your six participants:
>   Yuka Saotome (1987-06-14), Takayuki Kirara (1989-02-11), Ayaka Nio (1996-05-20),
>   Osamu Tsukumo (1981-07-03), Chiaki Azami (1998-01-27), Keigo Houri (1987-01-22)
> Please make sure everyone wears closed shoes on the day.
>
> Tom
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the participants' birth dates are only in the quoted text under \"On ... wrote:\"",
    },
    # 095 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-095",
        "charset": "cp932",
        "sender": "小鳥遊 まどか <takanashi.madoka@hinode-sangyo.co.jp>",
        "to": ["人事部 労務課 <romu@hinode-sangyo-co.jp>"],
        "subject": "ボランティア休暇の取得状況（11月分）",
        "body": """労務課 各位

小鳥遊です。11月のボランティア休暇の取得状況です。
取得者 14名、取得日数 合計 23日（うち被災地派遣 15日）でした。
勤怠システムへの反映をお願いします。

小鳥遊
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sangyo-co.jp puts a hyphen for the dot of the company's own domain: an external look-alike",
    },
    # 096 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-096",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>",
        "to": ["まごころ弁当 受注係 <order@magokoro-bento.co.jp>"],
        "subject": "12/6 報告会 軽食のアレルギー対応のお願い",
        "body": """まごころ弁当 受注係 御中

お世話になっております。日の出産業 総務部の鬼頭です。
12/6の報告会の軽食（サンドイッチ 80名分）について、1名分だけ
アレルギー対応をお願いできますでしょうか。

　対象：宍戸 芽衣 様（卵・乳アレルギー）
　内容：卵・乳製品を使わないもの1食、個別包装に名前を貼っていただけると助かります

よろしくお願いいたします。
""" + _SIG_KITO,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named person's food allergy to a caterer: health information, but arguably not 病歴; judgement call",
    },
    # 097 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-097",
        "charset": "utf-8",
        "sender": "栗花落 さやか <tsuyuri.sayaka@hinode-sangyo.co.jp>",
        "to": ["フードバンクかんとう東 事務局 <info@foodbank-kantohigashi.or.jp>"],
        "subject": "寄付申込書（クレジットカード払い）の送付",
        "body": """フードバンクかんとう東 事務局 御中

お世話になっております。日の出産業 経理部の栗花落です。
ウェブからの寄付申込がエラーで完了しなかったため、
ご案内いただいた紙の申込書に記入し、PDFでお送りします。

お手数ですが、決済が完了しましたらご連絡ください。
栗花落 さやか
""",
        "attachments": [{
            "kind": "pdf",
            "name": "寄付申込書_日の出産業.pdf",
            "title": "寄付申込書",
            "lines": [
                "寄付申込書（クレジットカード決済）",
                "申込者：日の出産業株式会社 経理部（担当 栗花落 さやか）",
                "寄付金額：300,000円　寄付区分：一般寄付（年末食品支援）",
                "カード番号：" + _sp4(card_number(SEED + 12)),
                "有効期限：11/27　カード名義：SAYAKA TSUYURI",
                "セキュリティコード：記入しない（お電話でお伝えします）",
            ],
        }],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a PDF donation form carrying a full credit card number and holder name",
    },
    # 098 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-098",
        "charset": "iso-2022-jp",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["うみべクリーンネット 事務局 <info@umibe-clean.or.jp>"],
        "subject": "ボランティア管理サイトのアカウント発行のお願い（4名）",
        "body": """うみべクリーンネット 事務局 御中

お世話になっております。日の出産業の早乙女です。
貴会のボランティア管理サイトで、弊社の班長用アカウントを発行いただけるとのこと、
ありがとうございます。下記4名分をお願いいたします。

　1. 御手洗 剛　　mitarai.t@hinode-sangyo.co.jp
　2. 瓜生 沙耶　　uryu.saya@hinode-sangyo.co.jp
　3. 神宮寺 拓　　jinguji.t@hinode-sangyo.co.jp
　4. 楪 宗一郎　　yuzuriha.s@hinode-sangyo.co.jp

発行後のログイン案内は、各人宛に直接お送りいただいて構いません。
""" + _SIG_SAOTOME,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four employees' names and work e-mail addresses for account creation: under five, may warn",
    },
    # 099 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-099",
        "charset": "cp932",
        "sender": "栗花落 さやか <tsuyuri.sayaka@hinode-sangyo.co.jp>",
        "to": ["経理部 支払課 <shiharai@hinode-sangyo.co.jp>"],
        "subject": "【社内】講演謝礼の番号確認書類（原本照合用）",
        "body": """支払課 各位

12月の報告会で基調講演をお願いした講師の番号確認書類をZIPで送ります。
原本照合が済んだら、共有フォルダの所定の場所に保管してください。
（社外のミライ経理さんには、照合後に私から必要な項目だけ送ります）

栗花落
""",
        "attachments": [{
            "kind": "zip",
            "name": "bango_kakunin_202512.zip",
            "files": [{
                "kind": "docx",
                "name": "個人番号申告書_鷲尾.docx",
                "paragraphs": [
                    "個人番号申告書",
                    "日の出産業株式会社 御中",
                    "氏名：鷲尾 泰造",
                    "住所：宮城県仙台市宮城野区萩野町2-6-14",
                    "個人番号：" + _hy4(my_number(SEED + 5)),
                    "利用目的：報酬・料金等の支払調書作成事務",
                ],
            }],
        }],
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "a My Number declaration inside a ZIP, but sent only to an internal department",
    },
    # 100 ---------------------------------------------------------------------------------
    {
        "id": "volunteer-100",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["茅野 美穂 <chino.m@shinonome-shakyo.or.jp>"],
        "subject": "RE: 【ご確認】来年度の保険加入者名簿",
        "body": """茅野様

ご連絡ありがとうございます。早乙女です。
名簿の内容、社内の登録情報と照合し、相違がないことを確認いたしました。
このまま更新手続きを進めていただけますと幸いです。

引き続きよろしくお願いいたします。

-----Original Message-----
From: 茅野 美穂 <chino.m@shinonome-shakyo.or.jp>
Sent: Monday, March 2, 2026 4:51 PM
To: 早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>
Subject: 【ご確認】来年度の保険加入者名簿

早乙女様

来年度の保険更新にあたり、当会で登録している貴社参加者の情報を下記のとおり
お送りします。相違がないかご確認ください。

氏名,生年月日,住所,電話
御手洗 剛,1979/11/02,東京都江東区豊洲4-2-18-1203,090-6623-1804
瓜生 沙耶,1994/03/27,東京都目黒区鷹番2-9-14-202,070-3318-5520
神宮寺 拓,1990/08/09,埼玉県さいたま市浦和区仲町3-5-8,080-2290-7461
百目鬼 詩織,1998/01/30,東京都品川区戸越5-1-9,090-8841-0376
乙部 勝利,1972/12/18,千葉県浦安市入船3-60-2,080-6107-3398

東雲市社会福祉協議会 ボランティアセンター　茅野
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the roster is only in the quoted original under -----Original Message-----; the new text has none",
    },
]
