"""Blind evaluation corpus, area "kenkyukai": the industry study group 日の出産業 runs as its
secretariat (次世代物流研究会: member companies, speakers and panelists, meeting notices and
minutes, attendee lists and name badges, venue and banquet bookings, annual dues invoices and
direct debits, site visits and study tours, newsletters and the group's web site), written
blind from bench/blind/BRIEF.md (and the public SPEC.md names) without reading mailguard's
code: 100 messages of the mail the secretariat really sends to outsiders, with honest labels.
"""

from build import card_number, my_number

SEED = 58801

# -- signatures of the secretariat staff (used as people really reuse their signature) ----

SIG_MORIMOTO = """
──────────────────────────────
日の出産業株式会社　経営企画部
次世代物流研究会 事務局　森本 彩花（もりもと あやか）
〒103-0027 東京都中央区日本橋二丁目14番5号 日の出ビル7階
TEL 03-5812-4471　FAX 03-5812-4479
morimoto.ayaka@hinode-sangyo.co.jp
──────────────────────────────"""

SIG_KASUGA = """
--
日の出産業株式会社
経営企画部 部長代理 / 次世代物流研究会 事務局長
春日 亮介　Ryosuke Kasuga
TEL: 03-5812-4470（代表）　直通: 03-5812-4475
Mail: kasuga.r@hinode-sangyo.co.jp
"""

SIG_KASUGA_EN = """
Best regards,

Ryosuke Kasuga
Secretary General, Hinode Next-Generation Logistics Study Group
Corporate Planning Dept., Hinode Sangyo Co., Ltd.
7F Hinode Bldg., 2-14-5 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5812-4475
"""

SIG_MOMOSE = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 経理部 出納課
百瀬 千尋
〒103-0027 東京都中央区日本橋2-14-5
TEL：03-5812-4460（経理部直通）
E-mail：momose-c@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_TSUGE = """
------------------------------------------
日の出産業㈱ 総務部 総務課　柘植 大和
TEL 03-5812-4401 ／ 内線 2217
tsuge@hinode-sangyo.co.jp
------------------------------------------"""

SIG_ONODERA = """
日の出産業 経営企画部（研究会事務局）
小野寺 萌
03-5812-4472 / onodera.m@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited."""

MEMBERS_BCC = [
    "野々村 剛 <nonomura@kawasaki-denki.co.jp>",
    "宇佐美 香織 <usami.k@aoba-unyu.co.jp>",
    "檜山 修 <hiyama@kitaguni-foods.co.jp>",
    "真壁 拓海 <makabe@tsubasa-system.jp>",
    "鬼塚 直樹 <onizuka@shinonome-logi.co.jp>",
    "砂川 美里 <sunagawa@marukou-soko.co.jp>",
    "馬渕 一成 <mabuchi@chikuma-seiki.co.jp>",
    "葛西 恵 <kasai@shiomi-reizo.co.jp>",
    "芦田 健司 <ashida@mitsuboshi-hozai.co.jp>",
    "御手洗 誠 <mitarai@toto-tech.ac.jp>",
]

MESSAGES = [
# ---------------------------------------------------------------- 001-020
{
    "id": "kenkyukai-001",
    "charset": "iso-2022-jp",
    "sender": "次世代物流研究会 事務局 <kenkyukai@hinode-sangyo.co.jp>",
    "to": ["次世代物流研究会 事務局 <kenkyukai@hinode-sangyo.co.jp>"],
    "bcc": MEMBERS_BCC[:9],
    "subject": "【次世代物流研究会】第42回例会開催のご案内（6月18日）",
    "body": """会員各位

いつも大変お世話になっております。
次世代物流研究会 事務局でございます。

第42回例会を下記のとおり開催いたします。
ご多忙中とは存じますが、ご出席くださいますようご案内申し上げます。

　　　　　　　　　　　記

１．日　時　　６月１８日（水）１４：００～１７：３０（受付１３：３０～）
２．会　場　　さくらホテル日本橋　３階「桔梗の間」
　　　　　　　東京都中央区日本橋室町三丁目２番８号
３．テーマ　　「倉庫自動化の投資判断 ― 中堅企業の導入事例から」
４．講　師　　東都工科大学 大学院工学研究科 教授　御手洗 誠 氏
５．事例報告　青葉運輸株式会社 物流企画部
６．懇親会　　１７：４５～１９：１５（同ホテル２階）会費 5,000円

※ご出欠は６月６日（金）までに、会員専用ページの出欠フォームよりご回答ください。
※同一会員企業から３名様までご参加いただけます。

　　　　　　　　　　　　　　　　　　　　　　　　　　以上

次世代物流研究会 事務局（日の出産業株式会社 経営企画部内）
TEL 03-5812-4471　kenkyukai@hinode-sangyo.co.jp
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "meeting notice to member companies in Bcc, only the secretariat in To; no personal data",
},
{
    "id": "kenkyukai-002",
    "charset": "utf-8",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["さくらホテル日本橋 宴会予約 片桐様 <banquet.nihonbashi@sakura-hotel.jp>"],
    "subject": "6/18 次世代物流研究会 受付名簿のご送付",
    "body": """さくらホテル日本橋
宴会予約ご担当　片桐様

いつもお世話になっております。日の出産業の森本です。

6月18日（水）「桔梗の間」の次世代物流研究会につきまして、
受付でお使いいただく参加者名簿をお送りいたします。
名札の作成と、当日受付での照合をお願いできますでしょうか。

参加者は現時点で24名です。追加・変更が出ましたら前日までにご連絡いたします。

どうぞよろしくお願いいたします。
""" + SIG_MORIMOTO,
    "attachments": [{
        "kind": "xlsx",
        "name": "0618_例会_受付名簿.xlsx",
        "title": "第42回例会 受付名簿",
        "sheets": {
            "受付名簿": [
                ["第42回 次世代物流研究会 例会　受付名簿（6/18 桔梗の間）"],
                [],
                ["No", "氏名", "フリガナ", "会社名", "メールアドレス", "携帯電話", "懇親会"],
                [1, "雨宮 俊介", "アメミヤ シュンスケ", "川崎電機", "s-amemiya@kawasaki-denki.co.jp", "090-9870-1150", "出"],
                [2, "仲宗根 創", "ナカソネ ハジメ", "東雲ロジスティクス", "nakasone.h@shinonome-logi.co.jp", "080-1475-9644", "出"],
                [3, "栗栖 浩二", "クリス コウジ", "三ツ星包材", "kurisu.k@mitsuboshi-hozai.co.jp", "070-4818-6663", "欠"],
                [4, "菅生 沙織", "スゴウ サオリ", "三ツ星包材", "s-sugou@mitsuboshi-hozai.co.jp", "080-1352-7818", "出"],
                [5, "都築 葵", "ツヅキ アオイ", "青葉運輸", "a-tsuzuki@aoba-unyu.co.jp", "090-5856-2980", "出"],
                [6, "薬師寺 剛志", "ヤクシジ ツヨシ", "潮見冷蔵", "yakushiji.t@shiomi-reizo.co.jp", "070-4110-5970", "欠"],
                [7, "阿久津 瑞穂", "アクツ ミズホ", "ツバサシステム", "akutsu.m@tsubasa-system.jp", "080-1565-8868", "出"],
                [8, "比嘉 創", "ヒガ ハジメ", "潮見冷蔵", "h-higa@shiomi-reizo.co.jp", "070-3834-7014", "出"],
                [9, "渋谷 茜", "シブヤ アカネ", "千曲精機", "shibuya.a@chikuma-seiki.co.jp", "090-8191-9330", "出"],
                [10, "楠 真央", "クスノキ マオ", "ツバサシステム", "m-kusunoki@tsubasa-system.jp", "080-7070-9023", "欠"],
                [11, "丹羽 瑞穂", "ニワ ミズホ", "川崎電機", "niwa.m@kawasaki-denki.co.jp", "080-7448-3791", "出"],
                [12, "柳楽 沙織", "ナギラ サオリ", "川崎電機", "nagira.s@kawasaki-denki.co.jp", "090-9841-9983", "出"],
                [13, "鮫島 剛志", "サメジマ ツヨシ", "千曲精機", "t-samejima@chikuma-seiki.co.jp", "070-6788-8522", "出"],
                [14, "鴨志田 茜", "カモシダ アカネ", "ツバサシステム", "a-kamoshida@tsubasa-system.jp", "070-1093-7286", "出"],
                [15, "五十嵐 剛志", "イガラシ ツヨシ", "北国フーズ", "t-igarashi@kitaguni-foods.co.jp", "070-4366-7981", "欠"],
                [16, "鳩山 瑞穂", "ハトヤマ ミズホ", "千曲精機", "hatoyama.m@chikuma-seiki.co.jp", "070-4274-9269", "出"],
                [17, "德永 朋美", "トクナガ トモミ", "潮見冷蔵", "t-tokunaga@shiomi-reizo.co.jp", "080-1025-9822", "出"],
                [18, "蓮見 恵美", "ハスミ エミ", "千曲精機", "e-hasumi@chikuma-seiki.co.jp", "080-1458-4761", "出"],
                [19, "諸星 葵", "モロボシ アオイ", "北国フーズ", "a-morohoshi@kitaguni-foods.co.jp", "090-5182-1531", "出"],
                [20, "瓜生 茜", "ウリュウ アカネ", "青葉運輸", "uryu.a@aoba-unyu.co.jp", "090-1273-8421", "欠"],
                [21, "榊原 悠斗", "サカキバラ ユウト", "東雲ロジスティクス", "sakakibara.y@shinonome-logi.co.jp", "080-2793-4024", "出"],
                [22, "狩野 航", "カノウ ワタル", "北国フーズ", "w-kano@kitaguni-foods.co.jp", "090-5181-9640", "出"],
                [23, "的場 茜", "マトバ アカネ", "丸港倉庫", "a-matoba@marukou-soko.co.jp", "070-5824-8449", "出"],
                [24, "椎名 瑞穂", "シイナ ミズホ", "三ツ星包材", "shiina.m@mitsuboshi-hozai.co.jp", "090-1387-6111", "出"],
            ],
            "集計": [
                ["区分", "人数"],
                ["例会", 24],
                ["懇親会", 18],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "24 attendees' names, e-mails and mobiles in an XLSX sent to the hotel: a list of people",
},
{
    "id": "kenkyukai-003",
    "charset": "utf-8",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["御手洗 誠 先生 <mitarai@toto-tech.ac.jp>"],
    "cc": ["森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>"],
    "subject": "第42回例会 ご講演のお願い（次世代物流研究会）",
    "body": """東都工科大学 大学院工学研究科
教授　御手洗 誠 先生

拝啓　新緑の候、先生におかれましてはますますご清祥のこととお喜び申し上げます。
日頃より次世代物流研究会の活動にご理解とご協力を賜り、厚く御礼申し上げます。

さて、先日お電話でご相談いたしました第42回例会でのご講演につき、
正式にお願い状をお送りいたします。内容をご確認いただき、
ご快諾いただけましたら、添付の依頼状の回答欄にご記入のうえご返送ください。

　日時：6月18日（水）14:10～15:40（質疑含む90分）
　会場：さくらホテル日本橋 3階「桔梗の間」
　演題（仮）：倉庫自動化の投資判断 ― 中堅企業の導入事例から
　対象：会員企業の物流・生産管理ご担当者 約40名

謝金および交通費の取扱いは依頼状に記載のとおりです。
ご不明の点がございましたら、春日または事務局の森本までお申し付けください。

敬具
""" + SIG_KASUGA,
    "attachments": [{
        "kind": "docx",
        "name": "講演依頼状_御手洗先生.docx",
        "title": "講演ご依頼",
        "paragraphs": [
            "令和７年５月１２日",
            "東都工科大学 大学院工学研究科　教授　御手洗 誠 様",
            "次世代物流研究会　会長　野々村 剛（川崎電機株式会社）",
            "講演ご依頼について",
            "標記の件、下記のとおりご講演を賜りたく、お願い申し上げます。",
            "謝金：50,000円（税込、源泉徴収後にお振込み）／交通費：実費",
            "ご回答欄（いずれかに○）：　お引き受けします　・　お引き受けできません",
        ],
        "tables": [[
            ["項目", "内容"],
            ["日時", "6月18日（水）14:10～15:40"],
            ["会場", "さくらホテル日本橋 3階 桔梗の間"],
            ["演題", "倉庫自動化の投資判断 ― 中堅企業の導入事例から"],
            ["機材", "プロジェクター、ワイヤレスマイク2本"],
        ]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "speaker request letter to one university professor; no personal data beyond the salutation",
},
{
    "id": "kenkyukai-004",
    "charset": "cp932",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["片桐 様 <banquet.nihonbashi@sakura-hotel.jp>"],
    "subject": "RE: 【さくらホテル日本橋】6/18ご宴会・会議室お見積りの件",
    "body": """片桐様

お世話になっております。日の出産業の森本です。
お見積りをお送りいただきありがとうございました。

以下の内容で正式に予約をお願いいたします。
・会議室：桔梗の間（スクール形式 45席）14:00～17:30
・懇親会：2階「若竹」立食 20名様 17:45～19:15
・飲み放題プランＢ（お一人様 6,800円・税サ込）
・プロジェクター、スクリーン、ワイヤレスマイク2本

請求書は研究会事務局（日の出産業株式会社 経営企画部）宛でお願いします。
最終人数は6月13日（金）にご連絡いたします。

森本

> 日の出産業株式会社
> 森本様
>
> 平素よりさくらホテル日本橋をご利用いただき誠にありがとうございます。
> 6月18日のご会合につきまして、お見積りを下記のとおりお送りいたします。
>
> 　会議室　桔梗の間（半日）　　　　　　　　　 88,000円
> 　機材　　プロジェクター・スクリーン一式　　 16,500円
> 　懇親会　立食プランＢ 6,800円×20名　　　 136,000円
> 　　　　　　　　　　　　　　　　　合計　　 240,500円（税・サ込）
>
> ご不明点がございましたらお気軽にお問い合わせください。
>
> さくらホテル日本橋　宴会予約　片桐 遥
> TEL 03-3241-8800（代表）
""" + SIG_MORIMOTO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "venue booking with the partner hotel: prices and room details only",
},
{
    "id": "kenkyukai-005",
    "charset": "iso-2022-jp",
    "sender": "百瀬 千尋 <momose-c@hinode-sangyo.co.jp>",
    "to": ["立花税理士事務所 担当 岩渕様 <iwabuchi@tachibana-tax.jp>"],
    "subject": "講師謝金の支払調書作成について（次世代物流研究会分）",
    "body": f"""立花税理士事務所
岩渕様

いつもお世話になっております。日の出産業 経理部の百瀬でございます。

研究会で本年お支払いした講師謝金のうち、支払調書の作成が必要な方の情報を
お送りいたします。先日ご依頼いただいた項目は以下のとおりです。

　支払を受ける者：甲斐 宗一郎（かい そういちろう）様
　住所：〒359-1116 埼玉県所沢市東町18番3-702号
　個人番号：{my_number(SEED + 1)}
　区分：講演料（第40回例会・第41回分科会）
　支払金額：100,000円　源泉徴収税額：10,210円

恐れ入りますが、作成後にPDFでお送りいただけますでしょうか。
何卒よろしくお願いいたします。
""" + SIG_MOMOSE,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a speaker's My Number with name and home address in the body, to an outside tax office",
},
{
    "id": "kenkyukai-006",
    "charset": "utf-8",
    "sender": "百瀬 千尋 <momose-c@hinode-sangyo.co.jp>",
    "to": ["千曲精機株式会社 総務部 御中 <soumu@chikuma-seiki.co.jp>"],
    "cc": ["馬渕 一成 <mabuchi@chikuma-seiki.co.jp>"],
    "subject": "次世代物流研究会 令和7年度 年会費ご請求書の送付",
    "body": """千曲精機株式会社
総務部 御中

拝啓　時下ますますご清栄のこととお慶び申し上げます。
平素は次世代物流研究会の運営にご協力を賜り、誠にありがとうございます。

令和7年度の年会費ご請求書（請求番号 KK-2025-0117）を添付にてお送りいたします。
お手数ですが、7月31日（木）までに記載の口座へお振込みくださいますようお願い申し上げます。
なお、振込手数料は貴社にてご負担くださいますようお願いいたします。

ご担当の馬渕様にもCcにてお送りしております。

敬具
""" + SIG_MOMOSE,
    "attachments": [{
        "kind": "pdf",
        "name": "請求書_KK-2025-0117_千曲精機様.pdf",
        "title": "請求書 KK-2025-0117",
        "lines": [
            "請　求　書",
            "請求番号：KK-2025-0117　　発行日：2025年6月2日",
            "千曲精機株式会社　御中",
            "次世代物流研究会 事務局（日の出産業株式会社）",
            "登録番号：T9352573105707",
            "〒103-0027 東京都中央区日本橋二丁目14番5号 日の出ビル7階　TEL 03-5812-4470",
            "",
        ],
        "table": [
            ["品目", "数量", "単価", "金額"],
            ["令和7年度 次世代物流研究会 正会員年会費", "1口", "120,000", "120,000"],
            ["", "", "消費税（10%）", "12,000"],
            ["", "", "ご請求金額", "132,000"],
            ["お振込先：みどり銀行 本店営業部 普通 3021847 ニチノデサンギヨウ（カ）ケンキユウカイ", "", "", ""],
            ["お支払期限：2025年7月31日", "", "", ""],
        ],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "annual dues invoice to a member company: invoice number, T-number and the company's own bank account",
},
{
    "id": "kenkyukai-007",
    "charset": "cp932",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["葛西 恵 様 <kasai@shiomi-reizo.co.jp>"],
    "subject": "会員企業一覧のご送付（ご入会ありがとうございます）",
    "body": """潮見冷蔵株式会社
葛西様

このたびは次世代物流研究会へご入会いただき、誠にありがとうございます。
事務局の小野寺です。

お問い合わせいただいた会員企業の一覧（所在地・代表電話・法人番号）を添付いたします。
各社へのご連絡は、原則として事務局経由でお願いしております。
個別にご連絡をご希望の場合は、お手数ですが事務局までお申し付けください。

今後ともどうぞよろしくお願いいたします。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "xlsx",
        "name": "会員企業一覧_2025年6月.xlsx",
        "sheets": {
            "正会員": [
                ["次世代物流研究会　会員企業一覧（2025年6月1日現在）"],
                ["社名", "所在地", "代表電話", "法人番号", "業種"],
                ["川崎電機株式会社", "神奈川県川崎市幸区堀川町58-3", "044-511-2200", "1124834616493", "電機"],
                ["青葉運輸株式会社", "宮城県仙台市青葉区本町1-9-12", "022-262-4100", "5702065947756", "運輸"],
                ["北国フーズ株式会社", "北海道札幌市中央区北三条西4-1", "011-231-7700", "1970267073325", "食品"],
                ["株式会社ツバサシステム", "東京都千代田区神田小川町3-6", "03-3292-6610", "9732679298679", "情報サービス"],
                ["東雲ロジスティクス株式会社", "東京都江東区東雲2-7-20", "03-5534-1180", "4221739183004", "倉庫・物流"],
                ["丸港倉庫株式会社", "神奈川県横浜市中区海岸通4-23", "045-201-3350", "9289917361406", "倉庫"],
                ["千曲精機株式会社", "長野県上田市常田3-11-8", "0268-22-5140", "8010731499392", "機械"],
                ["潮見冷蔵株式会社", "静岡県静岡市清水区島崎町77", "054-352-6021", "", "冷蔵倉庫"],
                ["三ツ星包材株式会社", "大阪府東大阪市高井田元町2-5-31", "06-6781-4400", "", "包装資材"],
            ],
            "賛助会員": [
                ["名称", "所在地", "代表電話"],
                ["東都工科大学 物流システム研究室", "東京都目黒区大岡山東1-4", "03-5734-2000"],
                ["一般社団法人 日本包装物流協会", "東京都港区芝公園2-4-1", "03-3433-5190"],
            ],
        },
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "list of member businesses (addresses, switchboards, corporate numbers), not people",
},
{
    "id": "kenkyukai-008",
    "charset": "iso-2022-jp",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": [
        "野々村 剛 <nonomura@kawasaki-denki.co.jp>",
        "宇佐美 香織 <usami.k@aoba-unyu.co.jp>",
        "鬼塚 直樹 <onizuka@shinonome-logi.co.jp>",
        "砂川 美里 <sunagawa@marukou-soko.co.jp>",
    ],
    "subject": "第3回幹事会の日程調整のお願い",
    "body": """幹事各位

お世話になっております。事務局の春日です。

次年度事業計画（案）をご審議いただく第3回幹事会の日程を調整させてください。
以下の候補日のうち、ご都合のよい日を6月9日までにご返信ください。

　① 7月 2日（水）15:00～16:30
　② 7月 4日（金）10:00～11:30
　③ 7月 8日（火）16:00～17:30

会場は日の出産業 本社7階会議室、オンライン併用（Teams）を予定しております。

よろしくお願いいたします。
""" + SIG_KASUGA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four member companies' board members openly in To: three or more external parties see each other",
},
{
    "id": "kenkyukai-009",
    "charset": "utf-8",
    "sender": "Ryosuke Kasuga <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["Lim Wei Jie <weijie.lim@portlink-analytics.com>"],
    "subject": "Invitation to speak at our online session on 10 September",
    "body": """Dear Mr. Lim,

Thank you for your kind reply last week, and for agreeing in principle to share
PortLink's experience with port-side slot booking at our study group.

Here are the details we have so far:

  Date:      Wednesday 10 September, 16:00-17:00 JST (15:00-16:00 SGT)
  Format:    Online (Microsoft Teams), 40 min talk + 20 min Q&A
  Audience:  about 35 logistics and production managers from our member companies
  Language:  English, with consecutive Japanese interpretation arranged by us

Could you let us have a title and a short abstract (about 150 words) by 31 July, so that
we can include them in the programme? Slides are welcome in English; we will not
distribute them without your permission.

We would also be glad to offer an honorarium of JPY 80,000. Our accounting team will
contact you separately about the invoice.
""" + SIG_KASUGA_EN + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English invitation to one foreign speaker; ordinary business mail with the standard disclaimer",
},
{
    "id": "kenkyukai-010",
    "charset": "iso-2022-jp",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["檜山 修 様 <hiyama@kitaguni-foods.co.jp>"],
    "subject": "能登先生のご連絡先について",
    "body": """北国フーズ株式会社
檜山様

お世話になっております。事務局の森本です。

先日の分科会で檜山様から、コールドチェーンの温度ログの件で
北陸流通大学の能登先生に直接ご相談されたいとのお話がございました。
先生からご了解をいただきましたので、ご連絡先をお知らせいたします。

　北陸流通大学 流通情報学部 准教授　能登 さやか 先生
　研究室直通：076-218-5547
　携帯：080-3391-6620（平日9時～18時にお願いしたいとのことです）
　メール：noto.sayaka@hokuriku-ryutsu.ac.jp

なお、ご相談の内容によっては共同研究契約が必要になる場合があるそうです。

どうぞよろしくお願いいたします。
""" + SIG_MORIMOTO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one person's contact details passed on with her consent: a single contact, may be warned",
},
{
    "id": "kenkyukai-011",
    "charset": "cp932",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["さくらホテル日本橋 宴会予約 <banquet.nihonbashi@sakura-hotel.co.jp>"],
    "subject": "9月例会の会場仮押さえのお願い",
    "body": """さくらホテル日本橋
宴会予約ご担当者様

いつもお世話になっております。
日の出産業（次世代物流研究会 事務局）の小野寺と申します。

9月の例会について、会場の仮押さえをお願いしたくご連絡いたしました。

　日程：9月17日（水）13:30～17:30
　人数：40名前後（スクール形式）
　ご希望：6月と同じ「桔梗の間」、空いていなければ同規模のお部屋

懇親会の有無は7月中旬に確定する予定です。
空き状況をお知らせいただけますと幸いです。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain sakura-hotel.co.jp is a TLD-swapped look-alike of the partner sakura-hotel.jp",
},
{
    "id": "kenkyukai-012",
    "charset": "utf-8",
    "sender": "次世代物流研究会 事務局 <kenkyukai@hinode-sangyo.co.jp>",
    "to": ["kenkyukai@hinode-sangyo.co.jp"],
    "bcc": MEMBERS_BCC,
    "subject": "第41回例会 参加者アンケート集計結果のご報告",
    "body": """会員各位

先日の第41回例会では、多数のご参加をいただき誠にありがとうございました。
参加者アンケート（回答38件／参加45名、回答率84.4%）の集計結果をお送りします。

■ 全体満足度
　とても満足 14件（36.8%）／満足 19件（50.0%）／普通 4件（10.5%）／不満 1件（2.6%）

■ 今後取り上げてほしいテーマ（複数回答・上位）
　1. 物流2024年問題後の輸送力確保　　　 21件
　2. 倉庫ロボットの費用対効果　　　　　 17件
　3. 共同配送のルール作り　　　　　　　 12件

業種別の内訳は添付のExcelをご覧ください。
自由記述のご意見は個人が特定されないよう要約して掲載しております。

次世代物流研究会 事務局
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "第41回例会アンケート集計.xlsx",
        "sheets": {
            "業種別": [
                ["業種", "回答数", "とても満足", "満足", "普通", "不満"],
                ["製造", 12, 5, 6, 1, 0],
                ["運輸・倉庫", 15, 6, 7, 2, 0],
                ["食品", 6, 2, 3, 0, 1],
                ["情報サービス", 3, 1, 2, 0, 0],
                ["大学・団体", 2, 0, 1, 1, 0],
                ["合計", 38, 14, 19, 4, 1],
            ],
            "自由記述（要約）": [
                ["区分", "要約"],
                ["良かった点", "導入費用の内訳まで具体的に聞けた"],
                ["改善点", "質疑応答の時間をもう少し長くしてほしい"],
                ["改善点", "会場の空調が寒かった"],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregated survey statistics to members in Bcc; no individual's data",
},
{
    "id": "kenkyukai-013",
    "charset": "iso-2022-jp",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["芦田 健司 様 <ashida@mitsuboshi-hozai.co.jp>"],
    "subject": "ご入会手続きのご案内（規約・秘密保持誓約書）",
    "body": """三ツ星包材株式会社
経営企画室　芦田様

お世話になっております。次世代物流研究会 事務局の春日でございます。
先日はご入会のお申し込みをいただき、誠にありがとうございました。

入会手続きとして、以下2点のご提出をお願いしております。
　(1) 入会申込書（会社印を押印のうえPDFで）
　(2) 秘密保持誓約書（分科会にご参加になる方お一人ずつ）

当研究会では、分科会で各社の事例や数値を持ち寄って議論するため、
会員間で機密保持契約に準じた誓約をいただく運用としております。
誓約書のひな形を添付いたしますので、内容をご確認ください。
文言の修正をご希望の場合は、顧問の白川法律事務所とも相談のうえ対応いたします。

何卒よろしくお願いいたします。
""" + SIG_KASUGA,
    "attachments": [{
        "kind": "docx",
        "name": "秘密保持誓約書（ひな形）.docx",
        "title": "秘密保持誓約書",
        "paragraphs": [
            "秘密保持誓約書",
            "次世代物流研究会 会長 殿",
            "私は、次世代物流研究会（以下「本会」という。）の分科会に参加するにあたり、下記事項を遵守することを誓約します。",
            "第1条　分科会において他の会員から開示された技術上・営業上の情報を、本会の活動以外の目的に使用しないこと。",
            "第2条　前条の情報を、開示した会員の書面による承諾なく第三者に開示しないこと。",
            "第3条　本誓約は、本会を退会した後も3年間有効とする。",
            "　　年　　月　　日",
            "会社名：＿＿＿＿＿＿＿＿　所属：＿＿＿＿＿＿＿＿　氏名：＿＿＿＿＿＿＿＿　印",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with a blank pledge template: no marking, no personal data",
},
{
    "id": "kenkyukai-014",
    "charset": "utf-8",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["片桐 遥 様 <banquet.nihonbashi@sakura-hotel.jp>"],
    "subject": "6/18 ご来場者のお席についてのご相談",
    "body": """片桐様

いつもお世話になっております。日の出産業の森本です。

6/18の例会に、車椅子でご来場になる参加者が1名いらっしゃいます。
ご本人から事前に伺った内容をお伝えしますので、お席と動線のご配慮をお願いできますでしょうか。

　ご氏名：瀬戸口 雅彦 様（潮見冷蔵株式会社）
　状況：脊髄損傷による下肢機能障害（身体障害者手帳1級）、電動車椅子をご使用
　ご要望：出入口に近い通路側のお席、多目的トイレの場所のご案内、
　　　　　懇親会では着席できるテーブルを1つご用意いただきたい
　当日の連絡先：090-6614-2087（ご本人携帯）

ホテル側で他に確認が必要な事項がありましたらお知らせください。
""" + SIG_MORIMOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a named attendee's disability (身体障害者手帳1級, diagnosis) sent to the venue: 要配慮個人情報",
},
{
    "id": "kenkyukai-015",
    "charset": "cp932",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["小野寺 萌 <onodera.m@hinode-sangyo.co.jp>"],
    "cc": ["春日 亮介 <kasuga.r@hinode-sangyo.co.jp>"],
    "subject": "【事務局内】6/18出欠一覧（最新）",
    "body": """小野寺さん

6/18例会の出欠一覧、最新版を貼っておきます。
当日の受付はこれで照合してください（ホテルには名前と会社だけ渡す予定です）。

氏名　　　　　会社　　　　　　　　携帯　　　　　　　メール
----------------------------------------------------------------------------
雨宮 俊介　　川崎電機　　　　　　090-9870-1150　　s-amemiya@kawasaki-denki.co.jp
仲宗根 創　　東雲ロジスティクス　080-1475-9644　　nakasone.h@shinonome-logi.co.jp
菅生 沙織　　三ツ星包材　　　　　080-1352-7818　　s-sugou@mitsuboshi-hozai.co.jp
都築 葵　　　青葉運輸　　　　　　090-5856-2980　　a-tsuzuki@aoba-unyu.co.jp
阿久津 瑞穂　ツバサシステム　　　080-1565-8868　　akutsu.m@tsubasa-system.jp
比嘉 創　　　潮見冷蔵　　　　　　070-3834-7014　　h-higa@shiomi-reizo.co.jp
渋谷 茜　　　千曲精機　　　　　　090-8191-9330　　shibuya.a@chikuma-seiki.co.jp
丹羽 瑞穂　　川崎電機　　　　　　080-7448-3791　　niwa.m@kawasaki-denki.co.jp

残りはファイルサーバの「研究会\\2025\\0618」を見てください。

森本
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "attendee list with mobiles, but every recipient is internal",
},
{
    "id": "kenkyukai-016",
    "charset": "iso-2022-jp",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["宇佐美 香織 <usami.k@aoba-unyu.co.jp>"],
    "subject": "Re: WG3 共同配送 参加メンバーの確認",
    "body": """宇佐美様

ご確認ありがとうございます。承知いたしました。
WG3の登録は下記4名の方で確定とし、次回7/3の会議案内をお送りします。

小野寺

宇佐美 香織 wrote:
> 事務局 小野寺様
>
> お世話になっております。WG3の当社参加メンバーは以下でお願いします。
>
> 　・瓜生 茜　　物流企画部　uryu.a@aoba-unyu.co.jp　090-1273-8421
> 　・都築 葵　　物流企画部　a-tsuzuki@aoba-unyu.co.jp　090-5856-2980
> 　・三枝 和樹　輸送管理課　saegusa.k@aoba-unyu.co.jp　080-2216-7403
> 　・宇佐美 香織（とりまとめ）
>
> 青葉運輸株式会社　物流企画部　宇佐美
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply whose only personal data is in the quoted text of the recipient's own mail",
},
{
    "id": "kenkyukai-017",
    "charset": "cp932",
    "sender": "柘植 大和 <tsuge@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 加賀谷様 <kagaya@nishiki-insatsu.co.jp>"],
    "subject": "会報「次世代物流」第38号 発送用宛名データ",
    "body": """錦印刷株式会社
営業部 加賀谷様

いつもお世話になっております。日の出産業 総務部の柘植です。

会報第38号の封入・発送につきまして、宛名ラベル用のデータをお送りします。
今回は会員代表者と個人会員あわせて40件です（CSV、Shift_JIS）。
前号から住所変更が5件ありますので、旧データとの差し替えをお願いします。

発送予定日は6月25日（水）でお願いいたします。
""" + SIG_TSUGE,
    "attachments": [{
        "kind": "csv",
        "name": "会報38号_宛名.csv",
        "encoding": "cp932",
        "rows": [
            ["郵便番号", "住所1", "住所2", "会社名", "部署", "氏名", "電話"],
            ["210-0001", "神奈川県川崎市川崎区本町2-10-4", "", "", "", "乙部 敏行", "044-233-9187"],
            ["980-0811", "宮城県仙台市青葉区一番町3-1-22", "ライオンズ一番町501", "", "", "宍戸 早苗", "022-216-4093"],
            ["060-0042", "北海道札幌市中央区大通西11-4", "", "北国フーズ株式会社", "物流部", "檜山 修", "011-231-7705"],
            ["135-0062", "東京都江東区東雲2-7-20", "", "東雲ロジスティクス株式会社", "業務推進部", "鬼塚 直樹", "03-5534-1182"],
            ["231-0002", "神奈川県横浜市中区海岸通4-23", "", "丸港倉庫株式会社", "営業企画課", "砂川 美里", "045-201-3357"],
            ["386-0018", "長野県上田市常田3-11-8", "", "千曲精機株式会社", "生産管理部", "馬渕 一成", "0268-22-5143"],
            ["424-0823", "静岡県静岡市清水区島崎町77", "", "潮見冷蔵株式会社", "業務部", "葛西 恵", "054-352-6029"],
            ["577-0066", "大阪府東大阪市高井田元町2-5-31", "", "三ツ星包材株式会社", "経営企画室", "芦田 健司", "06-6781-4408"],
            ["152-0033", "東京都目黒区大岡山東1-4", "東都工科大学", "", "大学院工学研究科", "御手洗 誠", "03-5734-2417"],
            ["920-1192", "石川県金沢市角間町2-16", "", "北陸流通大学", "流通情報学部", "能登 さやか", "076-218-5547"],
            ["359-1116", "埼玉県所沢市東町18-3", "702号", "", "", "甲斐 宗一郎", "04-2925-3361"],
            ["167-0051", "東京都杉並区荻窪4-29-11", "", "", "", "漆原 邦彦", "03-3392-7715"],
            ["273-0005", "千葉県船橋市本町6-14-9", "コーポ本町203", "", "", "日下部 律子", "047-424-0631"],
            ["330-0063", "埼玉県さいたま市浦和区高砂1-7-5", "", "", "", "霜田 勝", "048-822-5904"],
            ["460-0008", "愛知県名古屋市中区栄3-22-7", "栄パークハイツ1104", "", "", "百武 彩", "052-261-3348"],
            ["650-0021", "兵庫県神戸市中央区三宮町1-6-2", "", "", "", "畔柳 慎吾", "078-331-8820"],
            ["812-0011", "福岡県福岡市博多区博多駅前2-17-1", "", "", "", "巽 美和子", "092-431-6652"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "mailing CSV of named members and individual members with home addresses and phones: a list of people",
},
{
    "id": "kenkyukai-018",
    "charset": "iso-2022-jp",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["葛西 恵 様 <kasai@shiomi-reizo.co.jp>"],
    "subject": "会報第39号「会員企業紹介」ご寄稿のお願い",
    "body": """潮見冷蔵株式会社
業務部　葛西 恵 様

いつもお世話になっております。研究会事務局の森本です。

会報「次世代物流」第39号（10月発行）の「会員企業紹介」コーナーに、
ご入会いただいた貴社のご紹介をお願いできないかと考えております。

　・文字数：1,200～1,600字程度
　・写真：2～3点（倉庫外観、設備など。人物が写る場合はご本人の了解をお取りください）
　・締切：8月29日（金）
　・内容例：会社概要、冷蔵倉庫の特色、研究会に期待すること

過去号の掲載例はこちらからご覧いただけます。
https://www.hinode-sangyo.co.jp/kenkyukai/newsletter/

ご検討のほど、よろしくお願いいたします。
""" + SIG_MORIMOTO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "newsletter article request to one member; ordinary mail",
},
{
    "id": "kenkyukai-019",
    "charset": "utf-8",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["八重洲カンファレンス 予約センター <reserve@yaesu-conf.jp>"],
    "subject": "会議室のお見積り依頼（11月・分科会合同会議）",
    "body": """八重洲カンファレンス
予約センター ご担当者様

はじめてご連絡いたします。
日の出産業株式会社 経営企画部の小野寺と申します。
当社が事務局を務める業界研究会の会合で、貴施設の利用を検討しております。

下記の条件でお見積りをいただけますでしょうか。

　利用日：11月12日（水）（第2候補：11月14日（金））
　時間：10:00～17:00（準備・撤収含む）
　人数：60名（メイン会場スクール形式）＋分科会用小部屋3室（各15名）
　設備：プロジェクター、マイク、Web会議用カメラ
　飲食：昼食弁当 60食、午後のコーヒーブレイク

キャンセル規定もあわせてお送りいただけますと助かります。
よろしくお願いいたします。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "quotation request to a new venue; no personal data",
},
{
    "id": "kenkyukai-020",
    "charset": "utf-8",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["八重洲カンファレンス 予約センター <reserve@yaesu-conf.jp>"],
    "subject": "11/12 合同会議 参加者名簿（パスワード付き）",
    "body": """八重洲カンファレンス
予約センター 守屋様

お世話になっております。日の出産業の小野寺です。
11/12の合同会議につき、入館受付用の参加者名簿をお送りします。

ファイルはパスワード付きZIPにしております。
パスワードは別のメールでお知らせいたします。

よろしくお願いいたします。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "zip",
        "name": "1112_参加者名簿.zip",
        "password": "Yc4#rT82kq",
        "files": [{
            "kind": "xlsx",
            "name": "1112_参加者名簿.xlsx",
            "sheets": {"名簿": [
                ["氏名", "会社", "携帯"],
                ["雨宮 俊介", "川崎電機", "090-9870-1150"],
                ["仲宗根 創", "東雲ロジスティクス", "080-1475-9644"],
                ["菅生 沙織", "三ツ星包材", "080-1352-7818"],
                ["都築 葵", "青葉運輸", "090-5856-2980"],
                ["比嘉 創", "潮見冷蔵", "070-3834-7014"],
                ["渋谷 茜", "千曲精機", "090-8191-9330"],
            ]},
        }],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to an outside venue: the attachment (an attendee list) cannot be read",
},
# ---------------------------------------------------------------- 021-040
{
    "id": "kenkyukai-021",
    "charset": "utf-8",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["八重洲カンファレンス 予約センター <reserve@yaesu-conf.jp>"],
    "subject": "Re: 11/12 合同会議 参加者名簿（パスワード付き）【パスワード】",
    "body": """守屋様

先ほどお送りしたファイルのパスワードをお知らせいたします。

　Yc4#rT82kq

開封できない場合はお手数ですがご連絡ください。
小野寺
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the follow-up mail with only a ZIP password: no attachment, no personal data",
},
{
    "id": "kenkyukai-022",
    "charset": "iso-2022-jp",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["御手洗 誠 先生 <mitarai@toto-tech.ac.jp>"],
    "cc": ["さくらホテル日本橋 宴会予約 片桐様 <banquet.nihonbashi@sakura-hotel.jp>"],
    "subject": "6/18 ご講演時の機材について（ホテルご担当者様Cc）",
    "body": """御手洗先生
（Cc：さくらホテル日本橋 片桐様）

お世話になっております。事務局の森本です。
先生からご要望いただいた機材について、ホテルの片桐様にもCcで共有いたします。

　・ノートPCは先生ご持参（USB-C → HDMI 変換アダプタは事務局で用意します）
　・演台にマイク1本、質疑用にワイヤレスマイク1本
　・動画（音声あり）を再生されるため、PC音声をスピーカーに出力
　・レーザーポインターはホテルから貸出

片桐様、13:30からのリハーサルに立ち会っていただける音響ご担当の方を
お一人お願いできますでしょうか。

どうぞよろしくお願いいたします。
""" + SIG_MORIMOTO,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "speaker and venue, two external organisations in To/Cc: a normal three-way mail",
},
{
    "id": "kenkyukai-023",
    "charset": "utf-8",
    "sender": "次世代物流研究会 事務局 <kenkyukai@hinode-sangyo.co.jp>",
    "to": ["kenkyukai@hinode-sangyo.co.jp"],
    "bcc": MEMBERS_BCC,
    "subject": "会報「次世代物流」第38号を発行しました",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<p>会員各位</p>
<p>いつもお世話になっております。次世代物流研究会 事務局です。<br>
会報「次世代物流」第38号を発行いたしました。冊子は6月下旬に各社ご担当者様あてに郵送いたします。</p>
<h3>第38号の主な内容</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>頁</th><th>記事</th><th>執筆</th></tr>
<tr><td>2</td><td>巻頭言「2024年問題の先にあるもの」</td><td>会長 野々村 剛（川崎電機）</td></tr>
<tr><td>4</td><td>第41回例会報告：パレット標準化の現在地</td><td>事務局</td></tr>
<tr><td>9</td><td>WG2報告：緩衝材削減の試算</td><td>WG2主査 芦田 健司（三ツ星包材）</td></tr>
<tr><td>14</td><td>会員企業紹介：丸港倉庫株式会社</td><td>丸港倉庫 営業企画課</td></tr>
<tr><td>16</td><td>統計で見る物流：営業用トラック輸送量の推移</td><td>事務局</td></tr>
</table>
<p>PDF版は<a href="https://www.hinode-sangyo.co.jp/kenkyukai/members/newsletter/38.pdf">会員専用ページ</a>からダウンロードいただけます。</p>
<p style="font-size:small;color:#666">本メールは次世代物流研究会の会員ご担当者様にお送りしています。<br>
配信停止・送付先の変更は事務局（kenkyukai@hinode-sangyo.co.jp）までご連絡ください。</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML newsletter announcement to members in Bcc; names are only authors' bylines",
},
{
    "id": "kenkyukai-024",
    "charset": "cp932",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["野々村 剛 会長 <nonomura@kawasaki-denki.co.jp>"],
    "subject": "第3回幹事会 資料（次年度予算案）の事前送付",
    "body": """野々村会長

お世話になっております。春日です。
7/4の幹事会に先立ち、次年度予算案と会費改定の検討資料をお送りします。
会費改定の部分は当社内でもまだ調整中のため、取扱いにご留意ください。

ご意見があれば7/1までにいただけますと幸いです。

春日
""" + SIG_KASUGA,
    "attachments": [{
        "kind": "docx",
        "name": "第3回幹事会資料_次年度予算案.docx",
        "page_header": "社外秘　日の出産業株式会社 経営企画部",
        "title": "第3回幹事会資料",
        "paragraphs": [
            "第3回幹事会資料　次年度（令和8年度）予算案および年会費改定の検討",
            "1. 収入見込み：正会員12社×120,000円、賛助会員3団体×30,000円",
            "2. 支出見込み：会場費、講師謝金、会報印刷費、Webサイト保守費",
            "3. 年会費改定案：正会員 120,000円 → 150,000円（会場費高騰のため）",
            "4. 事務局負担分（日の出産業）：人件費相当 約2,400,000円",
        ],
        "tables": [[
            ["科目", "今年度見込", "次年度案"],
            ["会費収入", "1,530,000", "1,890,000"],
            ["会場費", "980,000", "1,120,000"],
            ["講師謝金", "400,000", "450,000"],
            ["会報印刷・発送", "310,000", "330,000"],
        ]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached board document stamped 社外秘 in its page header, sent to an external member",
},
{
    "id": "kenkyukai-025",
    "charset": "iso-2022-jp",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["能登 さやか 先生 <noto.sayaka@hokuriku-ryutsu.ac.jp>"],
    "subject": "9月例会 ご発表資料のお願い",
    "body": """北陸流通大学
能登 さやか 先生

いつもお世話になっております。事務局の森本です。
9月17日の例会でのご発表、改めてお引き受けいただきありがとうございます。

資料につきまして、以下の点をお願いしております。
　・9月10日（水）までにPDFでお送りください（会員専用ページに掲載します）
　・共同研究先の企業様の社外秘・取扱注意の情報は含めないでください
　・会員企業の個別の数値を載せる場合は、社名を伏せていただけますと幸いです

当日の進行表は8月末にお送りいたします。
よろしくお願いいたします。
""" + SIG_MORIMOTO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the words 社外秘 / 取扱注意 appear only as a request, not as a marking on the mail",
},
{
    "id": "kenkyukai-026",
    "charset": "utf-8",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["炉端 うみかぜ 日本橋店 <yoyaku@umikaze-robata.jp>"],
    "subject": "6月18日 19:30～ 二次会ご予約者名簿",
    "html": """<html><body>
<p>炉端 うみかぜ 日本橋店<br>ご予約ご担当 様</p>
<p>お世話になっております。日の出産業の小野寺です。<br>
6月18日19:30からの12名様のご予約につき、店舗様からご依頼のあった参加者のお名前と当日連絡先をお送りします。
遅れて到着する方がいた場合、お店から直接ご連絡いただいて構いません。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>No.</th><th>お名前</th><th>会社</th><th>当日連絡先（携帯）</th></tr>
<tr><td>1</td><td>渋谷 健太郎</td><td>川崎電機</td><td>090-8104-7851</td></tr>
<tr><td>2</td><td>狩野 航</td><td>ツバサシステム</td><td>080-1968-3028</td></tr>
<tr><td>3</td><td>丹羽 淳</td><td>川崎電機</td><td>070-7499-1812</td></tr>
<tr><td>4</td><td>鮫島 由佳</td><td>ツバサシステム</td><td>090-5744-7867</td></tr>
<tr><td>5</td><td>仲宗根 千夏</td><td>丸港倉庫</td><td>070-3961-2688</td></tr>
<tr><td>6</td><td>鳩山 淳</td><td>東雲ロジスティクス</td><td>080-2596-9974</td></tr>
<tr><td>7</td><td>霜田 智之</td><td>川崎電機</td><td>070-4374-9133</td></tr>
<tr><td>8</td><td>榊原 絢子</td><td>千曲精機</td><td>080-8424-6924</td></tr>
<tr><td>9</td><td>舘 真央</td><td>東雲ロジスティクス</td><td>090-5919-9604</td></tr>
<tr><td>10</td><td>畔柳 敦</td><td>三ツ星包材</td><td>080-2199-2934</td></tr>
<tr><td>11</td><td>的場 真央</td><td>千曲精機</td><td>090-9011-7909</td></tr>
<tr><td>12</td><td>小野寺 萌</td><td>日の出産業（幹事）</td><td>080-6620-3317</td></tr>
</table>
<p>お会計は一括で小野寺がお支払いします。どうぞよろしくお願いいたします。</p>
<p>日の出産業株式会社 経営企画部　小野寺 萌<br>TEL 03-5812-4472</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML table of 12 party guests with their mobile numbers sent to a restaurant: a list of people",
},
{
    "id": "kenkyukai-027",
    "charset": "cp932",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["炉端 うみかぜ 日本橋店 <yoyaku@umikaze-robata.jp>"],
    "subject": "Re: ご予約内容の確認（6/18 19:30 12名様）",
    "body": """うみかぜ 日本橋店
ご予約ご担当 様

ご確認のご連絡ありがとうございます。内容は以下で問題ございません。

　日時：6月18日（水）19:30～21:30
　人数：12名（個室「潮騒」）
　コース：季節の炉端コース 6,500円＋飲み放題 2,000円
　お支払い：当日一括（領収書宛名「日の出産業株式会社」）

食材について、参加者から事前に伺っている内容は以下のとおりです。
お名前はお伝えしませんので、当日は席札なしで取り分けをお願いできれば幸いです。
　・甲殻類（えび・かに）が召し上がれない方：1名
　・生ものが苦手な方：2名

よろしくお願いいたします。

小野寺

-----Original Message-----
From: 炉端 うみかぜ 日本橋店 <yoyaku@umikaze-robata.jp>
Sent: Tuesday, June 10, 2025 4:12 PM
Subject: ご予約内容の確認（6/18 19:30 12名様）

日の出産業株式会社 小野寺様
このたびはご予約ありがとうございます。ご予約内容をご確認ください。
炉端 うみかぜ 日本橋店　TEL 03-3272-6618
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "restaurant booking with anonymous meal counts (no names tied to the dietary needs)",
},
{
    "id": "kenkyukai-028",
    "charset": "utf-8",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["日本包装物流協会 事業部 篠塚様 <shinozuka@jpla-assoc.or.jp>"],
    "subject": "共催セミナーに向けた研究会の活動概要",
    "body": """一般社団法人 日本包装物流協会
事業部　篠塚様

お世話になっております。次世代物流研究会 事務局の春日です。
先日お打合せの際にお話のあった、当研究会の活動概要スライドをお送りします。
共催セミナーの企画書にそのままお使いいただいて構いません。

会員数や参加者数は2025年5月末時点の数字です。
""" + SIG_KASUGA,
    "attachments": [{
        "kind": "pptx",
        "name": "次世代物流研究会_活動概要_2025.pptx",
        "title": "次世代物流研究会 活動概要",
        "page_footer": "次世代物流研究会 事務局（日の出産業株式会社）",
        "slides": [
            ["次世代物流研究会とは", "2011年設立、事務局：日の出産業株式会社", "正会員12社・賛助会員3団体", "年4回の例会と3つの分科会（WG）"],
            ["参加者数の推移", "2021年度 延べ118名", "2022年度 延べ141名", "2023年度 延べ166名", "2024年度 延べ189名"],
            ["分科会の構成", "WG1 倉庫自動化（8社）", "WG2 包装資材・緩衝材（6社）", "WG3 共同配送（7社）"],
            ["共催セミナーでの役割（案）", "事例発表2件の提供", "会員企業への集客協力", "会報での開催報告"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "activity overview slides with aggregate statistics to a co-host association",
},
{
    "id": "kenkyukai-029",
    "charset": "iso-2022-jp",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["さくらホテル日本橋 宴会予約 <banquet.nihonbashi@sakura-hotel.jp>"],
    "subject": "9/17 会場予約の保証について",
    "body": f"""さくらホテル日本橋
宴会予約 片桐様

お世話になっております。日の出産業の森本です。
9/17の会場予約につきまして、ご案内いただいたとおり
クレジットカードでの予約保証をお願いいたします。

　カード種別：法人カード
　カード番号：{card_number(SEED + 2)}
　有効期限：09/28
　名義：RYOSUKE KASUGA（日の出産業株式会社）

お支払い自体は従来どおり請求書払いでお願いできれば幸いです。
""" + SIG_MORIMOTO,
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a full credit card number with holder name and expiry in the body to the hotel",
},
{
    "id": "kenkyukai-030",
    "charset": "utf-8",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 弁護士 白川 透 先生 <t.shirakawa@shirakawa-law.jp>"],
    "subject": "研究会規約の改定案についてご相談",
    "body": """白川法律事務所
白川 透 先生

いつもお世話になっております。日の出産業の春日でございます。

次世代物流研究会の規約について、次回総会で以下の改定を予定しております。
改定案（新旧対照表）を添付いたしますので、法的な問題がないかご確認いただけますでしょうか。

　1. 分科会で共有された資料の取扱い（秘密保持条項の新設）
　2. 会費未納が1年を超えた会員の資格停止
　3. オンライン参加を正式な出席とみなす規定

特に1.については、各会員から個別に秘密保持誓約書をいただく現行運用と、
規約上の秘密保持義務との関係を整理したいと考えております。

ご多用のところ恐縮ですが、7月中旬までにご意見をいただけますと幸いです。
""" + SIG_KASUGA + DISCLAIMER_JA,
    "attachments": [{
        "kind": "docx",
        "name": "規約改定案_新旧対照表.docx",
        "title": "次世代物流研究会 規約 新旧対照表",
        "paragraphs": ["次世代物流研究会 規約 新旧対照表（案）", "令和7年6月　事務局"],
        "tables": [[
            ["条", "現行", "改定案"],
            ["第8条", "（新設）", "会員は、分科会において他の会員から開示された情報を、開示者の承諾なく第三者に開示してはならない。"],
            ["第11条", "会費は毎年7月末日までに納入する。", "会費は毎年7月末日までに納入する。1年を超えて未納の会員は、幹事会の議決により資格を停止することができる。"],
            ["第15条", "会議は会場への出席をもって成立する。", "会議はオンラインによる出席を含めて成立する。"],
        ]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "consultation with the partner law firm about bylaws and a confidentiality clause; standard disclaimer",
},
{
    "id": "kenkyukai-031",
    "charset": "cp932",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["片桐 様 <banquet.nihonbashi@sakura-hotel.jp>"],
    "subject": "名札作成のお願い（6/18 来賓・講師分）",
    "body": """片桐様

お世話になっております。森本です。
来賓・講師・幹事の方の名札（リボン付き）を別途ご用意いただきたく、お名前をお送りします。

　御手洗 誠　　東都工科大学 教授（講師）
　能登 さやか　北陸流通大学 准教授（来賓）
　野々村 剛　　川崎電機株式会社 執行役員（会長）
　宇佐美 香織　青葉運輸株式会社 物流企画部長（副会長）
　鬼塚 直樹　　東雲ロジスティクス株式会社 業務推進部長（幹事）
　砂川 美里　　丸港倉庫株式会社 営業企画課長（幹事）

一般参加者の名札は先日お送りした名簿のとおりです。
よろしくお願いいたします。
""" + SIG_MORIMOTO,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "six names with affiliation and title only, no contact data: a list of people or just name badges",
},
{
    "id": "kenkyukai-032",
    "charset": "iso-2022-jp",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["能登 さやか 先生 <noto.sayaka@hokuriku-ryutsu.ac.jp>"],
    "subject": "パネルディスカッション登壇者のご連絡先",
    "body": """能登先生

お世話になっております。春日です。
9月例会のパネルディスカッションでコーディネーターをお引き受けいただき、ありがとうございます。
事前打合せのため、パネリスト4名の連絡先をお送りします（ご本人の了解済みです）。

【パネリスト】
1) 鬼塚 直樹（東雲ロジスティクス 業務推進部長）
　 onizuka@shinonome-logi.co.jp ／ 090-2734-5081
2) 芦田 健司（三ツ星包材 経営企画室長）
　 ashida@mitsuboshi-hozai.co.jp ／ 080-6158-2243
3) 檜山 修（北国フーズ 物流部 課長）
　 hiyama@kitaguni-foods.co.jp ／ 070-2290-4416
4) 真壁 拓海（ツバサシステム ソリューション事業部）
　 makabe@tsubasa-system.jp ／ 090-4471-8365

打合せは8月下旬にオンラインで1時間ほどを想定しています。
日程調整は事務局で行いますので、ご都合の悪い日だけお知らせください。
""" + SIG_KASUGA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four panelists' contacts to the moderator: under five people, may be warned",
},
{
    "id": "kenkyukai-033",
    "charset": "utf-8",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["野々村 剛 様 <nonomura@kawasaki-denki.co.jp>"],
    "cc": ["春日 亮介 <kasuga.r@hinode-sangyo.co.jp>"],
    "subject": "10月 工場見学会（川崎電機 相模原工場）の段取り",
    "body": """川崎電機株式会社
野々村様

お世話になっております。事務局の森本です。
10月の工場見学会を相模原工場でお引き受けいただき、本当にありがとうございます。
現時点の段取りを整理しましたのでご確認ください。

　日時　　10月22日（水）13:00 正門集合、16:30 解散
　人数　　25名（上限）※申込は9月30日締切
　移動　　JR橋本駅北口 12:30発の貸切バス（青葉運輸さんに手配済み）
　内容　　①会社概要（20分）②自動倉庫・AGV見学（90分）③質疑（30分）
　撮影　　工場内は撮影禁止と参加者に周知します
　保険　　研究会の行事保険で対応

入構の際に必要な書類（誓約書・入構申請の様式）がございましたら、
ひな形をお送りいただけますでしょうか。参加者が確定次第、事務局でとりまとめます。
""" + SIG_MORIMOTO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "site-visit logistics with the host member; no personal data",
},
{
    "id": "kenkyukai-034",
    "charset": "iso-2022-jp",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["芦田 健司 <ashida@mitsuboshi-hozai.co.jp>"],
    "cc": [
        "檜山 修 <hiyama@kitaguni-foods.co.jp>",
        "馬渕 一成 <mabuchi@chikuma-seiki.co.jp>",
        "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    ],
    "subject": "RE: RE: WG2 緩衝材削減試算の前提条件",
    "body": """芦田様（Cc：檜山様、馬渕様）

事務局の小野寺です。全員に返信で失礼いたします。
前提条件の件、事務局側で次回WG2（7/10）の議題に入れておきます。
試算シートの最新版は、会員専用ページのWG2フォルダに置いておきました。

小野寺

> 檜山様、馬渕様
> 芦田です。前回の試算では段ボールの坪量を一律で置いていましたが、
> 冷凍品は別扱いにした方がよいと思います。次回ご意見をください。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "reply-all with three member companies' people in To/Cc: three external parties see each other",
},
{
    "id": "kenkyukai-035",
    "charset": "cp932",
    "sender": "柘植 大和 <tsuge@hinode-sangyo.co.jp>",
    "to": ["馬渕 一成 様 <mabuchi@chikuma-seiki.co.jp>"],
    "subject": "会報第38号 追加分の発送について",
    "body": """千曲精機株式会社
馬渕様

お世話になっております。日の出産業 総務部の柘植です。
ご依頼いただいた会報第38号の追加20部を、本日青葉運輸便で発送いたしました。

　お問合せ番号：4410-2287-6053
　お届け予定：6月27日（金）午前中
　個口：1個口（20部）
　送付先：千曲精機株式会社 生産管理部 馬渕様（貴社ご住所）

配送状況は青葉運輸のWebサイトでお問合せ番号からご確認いただけます。
""" + SIG_TSUGE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "shipping notice with a tracking number to the recipient himself",
},
{
    "id": "kenkyukai-036",
    "charset": "utf-8",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    "subject": "9/17 懇親会ケータリング 特別食のお願い",
    "body": """北国フーズ株式会社
ケータリング事業部 ご担当者様

いつもお世話になっております。日の出産業の森本です。
9/17の懇親会ケータリング（40名様）について、特別食をお願いしたく存じます。

ご参加予定のナズリン・ビンティ・アジズ様（PortLink Analytics、シンガポール）は
イスラム教徒でいらっしゃるため、ハラール対応のお食事を1名分ご用意いただけますでしょうか。
豚由来の食材とアルコールを使った調味料を避けていただく必要があります。
お席の札には「Ms. Nazrin」とお書きいただければ大丈夫です。

また、お祈りの時間に会場近くの個室を使えるかホテルに確認中です。
""" + SIG_MORIMOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named guest's religion (イスラム教) sent to the caterer: 要配慮個人情報 of one person",
},
{
    "id": "kenkyukai-037",
    "charset": "iso-2022-jp",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["百瀬 千尋 <momose-c@hinode-sangyo.co.jp>"],
    "subject": "講師謝金の支払い（御手洗先生分）マイナンバー受領",
    "body": f"""百瀬さん

お疲れさまです。森本です。
6/18ご講演の御手洗先生から、謝金支払いに必要な書類が届きました。
経理システムへの登録をお願いします（原本は番号管理用の金庫に入れました）。

　氏名：御手洗 誠
　住所：東京都世田谷区奥沢5-31-16
　個人番号：{my_number(SEED + 3)}
　振込先：みどり銀行 自由が丘支店 普通 7715024
　謝金：50,000円（源泉徴収あり）

このメールは登録後に削除します。
森本
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "a speaker's My Number and bank account, but sent only to an internal colleague",
},
{
    "id": "kenkyukai-038",
    "charset": "utf-8",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["鬼塚 直樹 様 <onizuka@shinonome-logi.co.jp>"],
    "subject": "WG1（倉庫自動化）第5回 議事録（案）のご確認",
    "body": """東雲ロジスティクス株式会社
鬼塚様（WG1主査）

お世話になっております。事務局の小野寺です。
6/5のWG1の議事録案を作成しましたので、ご確認をお願いいたします。
修正がなければ6/20に会員専用ページへ掲載いたします。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "docx",
        "name": "WG1_第5回議事録_案.docx",
        "title": "WG1 第5回 議事録",
        "paragraphs": [
            "次世代物流研究会 WG1（倉庫自動化）第5回 議事録（案）",
            "日時：2025年6月5日（木）15:00～17:00　場所：日の出産業 本社7階会議室／Teams",
            "出席：鬼塚主査（東雲ロジスティクス）、丹羽（川崎電機）、鮫島（ツバサシステム）、仲宗根（丸港倉庫）、榊原（千曲精機）、事務局（小野寺）",
            "1. AGV導入事例の共有（川崎電機 丹羽氏）",
            "　・導入後1年で庫内作業の歩行距離が約35%減少。",
            "　・初期費用の回収見込みは4.5年。",
            "2. 自動倉庫の更新時期の考え方（東雲ロジスティクス 鬼塚主査）",
            "　・制御ソフトの保守期限が更新判断の起点になる例が多い。",
            "3. 次回までの宿題",
            "　・各社の設備更新計画を匿名化して持ち寄る（事務局で様式を準備）。",
            "次回：7月3日（木）15:00～",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "working-group minutes naming attendees and speakers but carrying no personal data about them",
},
{
    "id": "kenkyukai-039",
    "charset": "iso-2022-jp",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["砂川 美里 様 <sunagawa@marukou-soko.co.jp>"],
    "subject": "FW: 【申込通知】丸港倉庫 見学会（7/24）",
    "body": """砂川様

お世話になっております。森本です。
7/24の横浜倉庫見学会について、Webフォームからの申込通知をまとめて転送いたします。
入構手続きにお使いください。

森本

-------- Forwarded Message --------
From: 研究会Webフォーム <no-reply@hinode-sangyo.co.jp>
Subject: 【申込通知】丸港倉庫 見学会（7/24）
To: kenkyukai@hinode-sangyo.co.jp

申込番号：F-0724-01
氏名：鴨志田 淳
会社：北国フーズ株式会社
メール：kamoshida.j@kitaguni-foods.co.jp
電話：090-8316-5970

申込番号：F-0724-02
氏名：諸星 葵
会社：川崎電機株式会社
メール：a-morohoshi@kawasaki-denki.co.jp
電話：070-7490-8421

申込番号：F-0724-03
氏名：瓜生 恵美
会社：北国フーズ株式会社
メール：uryu.e@kitaguni-foods.co.jp
電話：070-1245-9656

申込番号：F-0724-04
氏名：楠 智之
会社：東雲ロジスティクス株式会社
メール：kusunoki.t@shinonome-logi.co.jp
電話：070-4828-5819

申込番号：F-0724-05
氏名：椎名 茜
会社：青葉運輸株式会社
メール：a-shiina@aoba-unyu.co.jp
電話：080-5557-7664

申込番号：F-0724-06
氏名：比嘉 俊介
会社：川崎電機株式会社
メール：higa.s@kawasaki-denki.co.jp
電話：090-4436-1857

申込番号：F-0724-07
氏名：栗栖 航
会社：青葉運輸株式会社
メール：kurisu.w@aoba-unyu.co.jp
電話：080-2766-5766
""" + SIG_MORIMOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forwarded web-form registrations: seven people's records, one per block, to an external host",
},
{
    "id": "kenkyukai-040",
    "charset": "iso-2022-jp",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["大河原 功 先生 <okawara.isao1951@yahoo.co.jp>"],
    "subject": "9月例会へのご招待（名誉会員）",
    "body": """大河原 功 先生

ご無沙汰しております。次世代物流研究会 事務局の春日でございます。
お変わりなくお過ごしのことと存じます。

さて、9月17日（水）に第43回例会を開催いたします。
研究会の創設にご尽力いただいた名誉会員として、ぜひ先生にもお越しいただければと存じます。
会費はいただきません。懇親会にもご招待させていただきます。

ご出欠を8月末までにお知らせいただけますと幸いです。
お手紙でも結構です（日の出産業 経営企画部 研究会事務局あて）。

季節柄、どうぞご自愛ください。
""" + SIG_KASUGA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "invitation to one retired honorary member on a free-mail address",
},
# ---------------------------------------------------------------- 041-060
{
    "id": "kenkyukai-041",
    "charset": "utf-8",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["真壁 拓海 様 <makabe@tsubasa-system.jp>"],
    "subject": "研究会サイト 9月例会告知ページの更新依頼",
    "body": """株式会社ツバサシステム
真壁様

いつもお世話になっております。日の出産業の小野寺です。
研究会Webサイトの更新をお願いいたします。

・トップページの「次回例会」欄を9月17日の内容に差し替え
・新規ページ /events/43/ を追加（原稿HTMLを添付します）
・申込フォームの締切日を9月5日に変更
・公開希望日：7月1日（火）10時

画像（会場写真）は前回のものを流用で構いません。
見積りが必要な作業量でしたらお知らせください。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "html",
        "name": "event43.html",
        "html": """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>第43回例会のご案内｜次世代物流研究会</title></head>
<body>
<h1>第43回例会のご案内</h1>
<dl>
<dt>日時</dt><dd>2025年9月17日（水）13:30～17:30</dd>
<dt>会場</dt><dd>さくらホテル日本橋 3階 桔梗の間（東京都中央区日本橋室町3-2-8）</dd>
<dt>プログラム</dt><dd>基調講演「港湾と倉庫をつなぐデータ連携」／パネルディスカッション「共同配送は誰が仕切るのか」</dd>
<dt>参加費</dt><dd>会員無料（非会員 5,000円）</dd>
<dt>お問合せ</dt><dd>次世代物流研究会 事務局 TEL 03-5812-4471 kenkyukai@hinode-sangyo.co.jp</dd>
</dl>
<p><a href="/events/43/apply/">お申込みはこちら</a>（締切：9月5日）</p>
</body></html>""",
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "web update request to the partner vendor with a public event page; only business contacts",
},
{
    "id": "kenkyukai-042",
    "charset": "cp932",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["宇佐美 香織 様 <usami.k@aoba-unnyu.co.jp>"],
    "subject": "WG3 第4回 議事録のご送付",
    "body": """青葉運輸株式会社
宇佐美様

お世話になっております。事務局の小野寺です。
WG3（共同配送）第4回の議事録を添付いたします。
ご確認のうえ、修正点があれば6月27日までにお知らせください。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "pdf",
        "name": "WG3_第4回議事録.pdf",
        "title": "WG3 第4回 議事録",
        "lines": [
            "次世代物流研究会 WG3（共同配送）第4回 議事録",
            "日時：2025年6月12日（木）10:00～12:00",
            "1. 首都圏→東北の幹線共同運行：積載率の試算結果を共有（平均62%→81%）",
            "2. 荷姿の標準化：11型パレットへの統一を各社で検討",
            "3. 次回：7月10日（木）10:00～",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unnyu.co.jp has a letter added: a look-alike of the partner aoba-unyu.co.jp",
},
{
    "id": "kenkyukai-043",
    "charset": "iso-2022-jp",
    "sender": "百瀬 千尋 <momose-c@hinode-sangyo.co.jp>",
    "to": ["丸港倉庫株式会社 経理課 <keiri@marukou-soko.co.jp>"],
    "subject": "【ご確認のお願い】年会費のお振込みについて",
    "body": """丸港倉庫株式会社
経理課 ご担当者様

平素より大変お世話になっております。
次世代物流研究会 事務局（日の出産業 経理部）の百瀬でございます。

7月31日をお支払期限としてご請求いたしました令和7年度年会費
（請求番号 KK-2025-0121、132,000円）につきまして、
8月8日現在、ご入金の確認ができておりません。

行き違いでお振込みいただいている場合は、何卒ご容赦ください。
お手数ですが、お振込予定日をお知らせいただけますと幸いです。
""" + SIG_MOMOSE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "dues reminder to a company's accounts office: invoice number and amount only",
},
{
    "id": "kenkyukai-044",
    "charset": "utf-8",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["風早市 港湾振興課 <kouwan@city.kazehaya.lg.jp>"],
    "subject": "後援名義使用のお願い（次世代物流研究会 公開シンポジウム）",
    "body": """風早市 港湾振興課 御中

突然のご連絡失礼いたします。
次世代物流研究会 事務局（日の出産業株式会社 経営企画部）の春日と申します。

当研究会では、11月12日に公開シンポジウム「港と地域物流のこれから」を開催いたします。
つきましては、風早市様に後援名義のご使用をお許しいただきたく、ご相談申し上げます。
開催概要（プログラム案）を添付いたします。

所定の申請様式がございましたら、お送りいただけますでしょうか。
""" + SIG_KASUGA,
    "attachments": [{
        "kind": "pdf",
        "name": "公開シンポジウム_開催概要.pdf",
        "title": "公開シンポジウム 開催概要",
        "lines": [
            "公開シンポジウム「港と地域物流のこれから」開催概要（案）",
            "主催：次世代物流研究会　共催：一般社団法人 日本包装物流協会",
            "後援（申請中）：風早市",
            "日時：2025年11月12日（水）13:00～17:00",
            "会場：八重洲カンファレンス ホールA（定員120名）",
            "参加費：無料（事前申込制）",
            "",
        ],
        "table": [
            ["時間", "内容", "登壇"],
            ["13:00", "開会挨拶", "研究会会長"],
            ["13:10", "基調講演：港湾データ連携の最前線", "東都工科大学 教授"],
            ["14:20", "事例報告：冷蔵倉庫の共同利用", "会員企業"],
            ["15:30", "パネルディスカッション", "会員企業・大学・行政"],
            ["16:50", "閉会", ""],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "sponsorship request to a city office with a public programme; no personal data",
},
{
    "id": "kenkyukai-045",
    "charset": "cp932",
    "sender": "百瀬 千尋 <momose-c@hinode-sangyo.co.jp>",
    "to": ["東雲ロジスティクス株式会社 経理部 <keiri@shinonome-logi.co.jp>"],
    "subject": "公開シンポジウム協賛金 ご請求書（PDF・パスワード保護）",
    "body": """東雲ロジスティクス株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業 経理部の百瀬です。
公開シンポジウムの協賛金ご請求書をお送りいたします。
社内規程によりPDFにパスワードを設定しております。
パスワードは鬼塚様に別途お電話でお伝えしております。
""" + SIG_MOMOSE,
    "attachments": [{
        "kind": "pdf",
        "name": "請求書_KS-2025-0033.pdf",
        "password": "sn2025kk",
        "title": "請求書 KS-2025-0033",
        "lines": [
            "請求書 KS-2025-0033",
            "東雲ロジスティクス株式会社 御中",
            "公開シンポジウム協賛金（ブース出展）　220,000円（税込）",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to an external company: the attachment cannot be inspected",
},
{
    "id": "kenkyukai-046",
    "charset": "utf-8",
    "sender": "Ryosuke Kasuga <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["Dr. Hannah Verhoeven <h.verhoeven@eu-logistics-forum.org>"],
    "subject": "Re: Exchange between our study groups - some figures",
    "body": """Dear Dr. Verhoeven,

Thank you for your message and for the interest the European Logistics Forum has shown
in a regular exchange with our study group.

As requested, here are a few figures about our group (fiscal year 2024):

  Member companies ............ 12 (manufacturing 4, transport/warehousing 5, food 2, IT 1)
  Supporting members .......... 3 (two universities, one industry association)
  Plenary meetings ............ 4 per year, average attendance 42
  Working groups .............. 3 (automation, packaging, shared delivery)
  Site visits ................. 2 per year

We would be happy to host a delegation of your members in Tokyo next spring, and we could
arrange visits to two of our member companies' warehouses. An online joint session in
the autumn could be a first step.

I will be in Rotterdam for a trade fair in early November and would be glad to meet you.
""" + SIG_KASUGA_EN + """
--------------------------------------------------------------------------
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
information and are intended solely for the addressee. If you are not the intended
recipient, please notify the sender immediately and delete this e-mail.
--------------------------------------------------------------------------

On Mon, 2 Jun 2025 at 09:14, Hannah Verhoeven <h.verhoeven@eu-logistics-forum.org> wrote:
> Dear Mr. Kasuga,
> It was a pleasure meeting you at the Hamburg conference. Could you share a few key
> figures about your study group before our board meeting on 20 June?
> Kind regards, Hannah
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English mail with aggregate figures and a standard confidentiality notice (not a marking)",
},
{
    "id": "kenkyukai-047",
    "charset": "iso-2022-jp",
    "sender": "百瀬 千尋 <momose-c@hinode-sangyo.co.jp>",
    "to": ["能登 さやか 先生 <noto.sayaka@hokuriku-ryutsu.ac.jp>"],
    "subject": "講演謝金お振込み先のご確認",
    "body": """北陸流通大学
能登 さやか 先生

お世話になっております。日の出産業 経理部の百瀬でございます。
9月例会のご講演謝金につきまして、ご提出いただいた書類をもとに
下記のお振込み先を登録いたしました。念のためご確認をお願いいたします。

　金融機関：北陸中央信用金庫　角間支店（店番 214）
　預金種目：普通
　口座番号：3308157
　口座名義：ノト サヤカ

　お支払額：50,000円（源泉徴収税額 5,105円を差し引き 44,895円）
　お振込予定日：9月30日（火）

相違がございましたら、9月19日までにお知らせください。
""" + SIG_MOMOSE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "one speaker's own bank account confirmed back to her: a single person, may be warned",
},
{
    "id": "kenkyukai-048",
    "charset": "utf-8",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["檜山 修 様 <hiyama@kitaguni-foods.co.jp>"],
    "subject": "WG2 第6回 議事録と出席者連絡先",
    "body": """北国フーズ株式会社
檜山様

お世話になっております。事務局の小野寺です。
次回WG2は檜山様に進行をお願いすることになりましたので、
第6回の議事録と、出席者の連絡先一覧（議事録末尾）をお送りします。
各社への宿題の督促などにお使いください。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "docx",
        "name": "WG2_第6回議事録.docx",
        "title": "WG2 第6回 議事録",
        "paragraphs": [
            "次世代物流研究会 WG2（包装資材・緩衝材）第6回 議事録",
            "日時：2025年6月19日（木）14:00～16:00　場所：Teams",
            "1. 緩衝材削減の試算（三ツ星包材）：冷凍品を別区分とする方針で合意",
            "2. 通い箱の回収率：各社実績を次回までに持ち寄る",
            "出席者連絡先（宿題の連絡用）",
        ],
        "tables": [[
            ["氏名", "会社・部署", "メール", "携帯"],
            ["芦田 健司", "三ツ星包材 経営企画室", "ashida@mitsuboshi-hozai.co.jp", "080-6158-2243"],
            ["畔柳 敦", "三ツ星包材 技術部", "a-kuroyanagi@mitsuboshi-hozai.co.jp", "080-2199-2934"],
            ["檜山 修", "北国フーズ 物流部", "hiyama@kitaguni-foods.co.jp", "070-2290-4416"],
            ["鴨志田 淳", "北国フーズ 物流部", "kamoshida.j@kitaguni-foods.co.jp", "090-8316-5970"],
            ["馬渕 一成", "千曲精機 生産管理部", "mabuchi@chikuma-seiki.co.jp", "090-3372-6514"],
            ["的場 真央", "千曲精機 生産管理部", "matoba.m@chikuma-seiki.co.jp", "090-9011-7909"],
            ["乙女 良平", "潮見冷蔵 業務部", "otome.r@shiomi-reizo.co.jp", "080-5903-1127"],
            ["栗栖 茜", "青葉運輸 包装センター", "a-kurisu@aoba-unyu.co.jp", "070-6140-6572"],
            ["小野寺 萌", "日の出産業（事務局）", "onodera.m@hinode-sangyo.co.jp", "080-6620-3317"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "minutes with a table of nine attendees' e-mails and mobiles in a DOCX to an external member",
},
{
    "id": "kenkyukai-049",
    "charset": "cp932",
    "sender": "次世代物流研究会 事務局 <kenkyukai@hinode-sangyo.co.jp>",
    "to": ["kenkyukai@hinode-sangyo.co.jp"],
    "bcc": MEMBERS_BCC[2:],
    "subject": "【オンライン参加の方へ】第42回例会 接続のご案内",
    "body": """第42回例会にオンラインでお申し込みの皆さま

事務局です。明日の例会の接続先をお知らせします。

　Teams会議リンク：
　https://teams.example-meeting.jp/l/meetup-join/19%3ameeting_HNDKK42
　会議ID：382 117 440 916　パスコード：kK42uq

・13:50から入室できます。マイクはオフ、カメラは任意でお願いします。
・質問はチャット欄にお書きください。司会が読み上げます。
・録画はいたしません。画面の撮影・録音もご遠慮ください。

当日のトラブルは事務局携帯（080-6620-3317）までご連絡ください。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "online meeting details to members in Bcc; the only phone is the secretariat's own",
},
{
    "id": "kenkyukai-050",
    "charset": "utf-8",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["甲斐 宗一郎 様 <kai.soichiro@kai-consulting.jp>"],
    "subject": "Re: 講師プロフィールの件",
    "body": """甲斐様

プロフィールをお送りいただき、ありがとうございます。
会報とプログラムには「経歴」欄のみを掲載し、ご住所などは掲載いたしません。
お写真も届いておりますので、このまま使わせていただきます。

引き続きよろしくお願いいたします。
森本

On 2025/06/20 18:02, 甲斐 宗一郎 wrote:
> 森本様
>
> ご依頼のプロフィールです。
> 氏名：甲斐 宗一郎（かい そういちろう）
> 生年月日：1968年11月3日
> 住所：埼玉県所沢市東町18番3-702号
> 電話：090-7724-3019
> 経歴：1991年 大手物流会社入社、倉庫管理システムの導入を担当。2012年 独立し
>       甲斐ロジスティクスコンサルティングを設立。中小企業の物流改善を支援。
>
> 甲斐
""" + SIG_MORIMOTO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the speaker's personal details appear only in the quoted reply, sent back to the speaker himself",
},
{
    "id": "kenkyukai-051",
    "charset": "iso-2022-jp",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["風見トラベル 法人営業部 津久井様 <tsukui@kazami-travel.co.jp>"],
    "subject": "シンガポール視察 航空券手配（追加1名）",
    "body": """風見トラベル株式会社
法人営業部　津久井様

お世話になっております。日の出産業の小野寺です。
11月のシンガポール港湾視察に、1名追加での航空券手配をお願いいたします。
パスポートの記載内容は以下のとおりです。

　氏名（ローマ字）：SUNAGAWA MISATO
　氏名：砂川 美里（丸港倉庫株式会社）
　生年月日：1984年2月19日
　性別：女性
　旅券番号：TR4829163
　有効期限：2031年8月4日

往復とも他の参加者と同じ便でお願いします。
座席のご希望は特にないとのことです。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a participant's passport number and date of birth sent to a travel agency: an identity document",
},
{
    "id": "kenkyukai-052",
    "charset": "utf-8",
    "sender": "次世代物流研究会 事務局 <kenkyukai@hinode-sangyo.co.jp>",
    "to": ["kenkyukai@hinode-sangyo.co.jp"],
    "bcc": MEMBERS_BCC,
    "subject": "【募集】シンガポール港湾・物流施設視察（11月）のご案内",
    "body": """会員各位

次世代物流研究会では、下記のとおり海外視察を実施いたします。

■ 日程　2025年11月4日（火）～11月7日（金）3泊4日
■ 訪問先（予定）
　・港湾オペレーター（コンテナターミナルの自動化）
　・PortLink Analytics 社（港湾データ連携プラットフォーム）
　・日系3PLの冷凍冷蔵倉庫
■ 募集人員　15名（最少催行10名）
■ 旅行代金　おひとり 358,000円（航空券・ホテル・専用バス・通訳込み）
■ 旅行企画・実施　風見トラベル株式会社
■ お申込み　9月12日（金）までに会員専用ページから

※パスポートの残存有効期間が6か月以上必要です。
※旅券情報は旅行会社へ直接ご提出いただきます（事務局ではお預かりしません）。

次世代物流研究会 事務局
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "study-tour announcement to members in Bcc; mentions passports but carries no identifiers",
},
{
    "id": "kenkyukai-053",
    "charset": "cp932",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["宇佐美 香織 様 <usami.k@aoba-unyu.co.jp>"],
    "subject": "見学会バス経路の検討用：会員企業の拠点一覧",
    "body": """宇佐美様

お世話になっております。森本です。
来年度の見学会のバス経路をご検討いただくにあたり、
首都圏にある会員企業の拠点一覧をCSVでお送りします。
いずれも各社の公開情報（事業所の代表番号）です。
""" + SIG_MORIMOTO,
    "attachments": [{
        "kind": "csv",
        "name": "会員企業_首都圏拠点.csv",
        "encoding": "cp932",
        "rows": [
            ["会社", "拠点名", "住所", "代表電話", "見学受入"],
            ["川崎電機", "相模原工場", "神奈川県相模原市緑区西橋本5-4-1", "042-773-5100", "可"],
            ["川崎電機", "川崎本社", "神奈川県川崎市幸区堀川町58-3", "044-511-2200", "不可"],
            ["東雲ロジスティクス", "東雲DC", "東京都江東区東雲2-7-20", "03-5534-1180", "可"],
            ["東雲ロジスティクス", "市川第二センター", "千葉県市川市二俣新町18", "047-328-6601", "可"],
            ["丸港倉庫", "横浜本牧倉庫", "神奈川県横浜市中区本牧ふ頭9", "045-621-4470", "可"],
            ["青葉運輸", "東京営業所", "東京都大田区平和島4-1-23", "03-3766-2051", "可"],
            ["ツバサシステム", "本社", "東京都千代田区神田小川町3-6", "03-3292-6610", "不可"],
            ["潮見冷蔵", "大井冷蔵センター", "東京都品川区八潮2-9-14", "03-3790-8812", "可"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of member companies' sites with switchboard numbers: businesses, not people",
},
{
    "id": "kenkyukai-054",
    "charset": "iso-2022-jp",
    "sender": "次世代物流研究会 事務局 <kenkyukai@hinode-sangyo.co.jp>",
    "to": MEMBERS_BCC,
    "subject": "会報第38号 正誤表のお知らせ",
    "body": """会員各位

いつもお世話になっております。次世代物流研究会 事務局です。

先日お届けした会報第38号に誤りがございました。お詫びして訂正いたします。

　16頁「統計で見る物流」表1
　（誤）2023年度 営業用トラック輸送量 2,521百万トン
　（正）2023年度 営業用トラック輸送量 2,512百万トン

PDF版は訂正済みのものに差し替えております。
今後このようなことのないよう、校正体制を見直してまいります。

次世代物流研究会 事務局
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "members of ten organisations put in To instead of Bcc: everyone sees everyone's address",
},
{
    "id": "kenkyukai-055",
    "charset": "utf-8",
    "sender": "百瀬 千尋 <momose-c@hinode-sangyo.co.jp>",
    "to": ["森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>", "柘植 大和 <tsuge@hinode-sangyo.co.jp>"],
    "subject": "個人会員 年会費の口座振替データ（社内確認用）",
    "body": """森本さん、柘植さん

お疲れさまです。百瀬です。
個人会員の年会費（口座振替）のデータを作りました。
銀行に出す前に、退会者が混じっていないか確認をお願いします。

氏名　　　　　　　　　金融機関／支店　　　　　　　　種目　口座番号
--------------------------------------------------------------------------
甲斐 宗一郎　　　　　みどり銀行 所沢支店　　　　　普通　4419027
漆原 邦彦　　　　　　みどり銀行 荻窪支店　　　　　普通　1187350
日下部 律子　　　　　房総みらい銀行 船橋支店　　　普通　0652291
霜田 勝　　　　　　　みどり銀行 浦和支店　　　　　普通　3390714
百武 彩　　　　　　　東海さかえ銀行 栄町支店　　　普通　2274508
畔柳 慎吾　　　　　　みどり銀行 三宮支店　　　　　当座　0081163
巽 美和子　　　　　　博多湾信用金庫 駅前支店　　　普通　5520386

確認が終わったら返信ください。
百瀬
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "a list of seven people's bank accounts, but only internal recipients",
},
{
    "id": "kenkyukai-056",
    "charset": "cp932",
    "sender": "百瀬 千尋 <momose-c@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 日本橋支店 法人営業課 <nihonbashi-hojin@midori-ginko.co.jp>"],
    "subject": "口座振替依頼データの送付（次世代物流研究会 個人会員年会費）",
    "body": """みどり銀行 日本橋支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 経理部の百瀬でございます。
研究会個人会員の年会費について、口座振替依頼データをお送りいたします。

　委託者コード：0082117
　振替日：2025年7月28日
　件数：7件　金額合計：70,000円

ご確認のほどよろしくお願いいたします。
""" + SIG_MOMOSE,
    "attachments": [{
        "kind": "csv",
        "name": "furikae_20250728.csv",
        "encoding": "cp932",
        "rows": [
            ["顧客番号", "預金者名（カナ）", "銀行コード", "支店名", "種目", "口座番号", "金額"],
            ["K0012", "ｶｲ ｿｳｲﾁﾛｳ", "0399", "ﾄｺﾛｻﾞﾜ", "1", "4419027", "10000"],
            ["K0015", "ｳﾙｼﾊﾞﾗ ｸﾆﾋｺ", "0399", "ｵｷﾞｸﾎﾞ", "1", "1187350", "10000"],
            ["K0021", "ｸｻｶﾍﾞ ﾘﾂｺ", "0571", "ﾌﾅﾊﾞｼ", "1", "0652291", "10000"],
            ["K0022", "ｼﾓﾀﾞ ﾏｻﾙ", "0399", "ｳﾗﾜ", "1", "3390714", "10000"],
            ["K0027", "ﾋｬｸﾀｹ ｱﾔ", "0614", "ｻｶｴﾏﾁ", "1", "2274508", "10000"],
            ["K0030", "ｸﾛﾔﾅｷﾞ ｼﾝｺﾞ", "0399", "ｻﾝﾉﾐﾔ", "2", "0081163", "10000"],
            ["K0033", "ﾀﾂﾐ ﾐﾜｺ", "1923", "ｴｷﾏｴ", "1", "5520386", "10000"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "direct-debit CSV of seven individual members' names and bank accounts sent to the bank",
},
{
    "id": "kenkyukai-057",
    "charset": "iso-2022-jp",
    "sender": "百瀬 千尋 <momose-c@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 日本橋支店 法人営業課 <nihonbashi-hojin@midori-ginko.co.jp>"],
    "subject": "口座振替サービスの伝送方法についてのお問い合わせ",
    "body": """みどり銀行 日本橋支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 経理部の百瀬です。

研究会の個人会員年会費の口座振替について、来年度から
振替依頼データをメールではなく、御行の法人向けWebサービス経由で
伝送したいと考えております。

　1. 現在の委託者コードのまま切り替えられるか
　2. 伝送ファイルの形式（全銀フォーマットで可か）
　3. 申込書類と切替までの期間

以上3点についてご教示いただけますでしょうか。
""" + SIG_MOMOSE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "question to the partner bank about transfer procedures; no personal data",
},
{
    "id": "kenkyukai-058",
    "charset": "utf-8",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["Tomomi Hagiwara <tomomi.hagiwara.logi@gmail.com>"],
    "subject": "6/18 ご登壇の交通費精算について",
    "body": """萩原 朋美 様

先日は事例報告にご登壇いただき、誠にありがとうございました。
参加者アンケートでも「現場の話が具体的でよかった」という声を多数いただいております。

交通費につきまして、以下の内容で精算いたします。
　経路：JR浜松駅 → 東京駅（新幹線ひかり 指定席）往復
　金額：24,760円
　お支払い：謝金と合わせて7月末にお振込み

金額に相違がございましたらお知らせください。
今後ともどうぞよろしくお願いいたします。
""" + SIG_MORIMOTO,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "travel-expense note to a freelance speaker on Gmail: one free-mail recipient, no personal data",
},
{
    "id": "kenkyukai-059",
    "charset": "cp932",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["真壁 拓海 様 <makabe@tsubasa-system.jp>"],
    "subject": "【取扱注意】会員景況アンケート 個社別集計",
    "body": """【取扱注意】本メールおよび内容は次世代物流研究会 幹事限りの取扱いとしてください。

真壁様

お世話になっております。春日です。
分析をお願いしている会員景況アンケートの個社別集計をお送りします。
各社の回答は社名を記号化していますが、規模からある程度推測できてしまうため、
貴社内でも分析ご担当の方以外には展開しないようお願いします。

　会社A：売上前年比 +4.2%　物流費比率 6.8%　人員 充足
　会社B：売上前年比 -1.5%　物流費比率 9.1%　人員 不足
　会社C：売上前年比 +0.8%　物流費比率 5.3%　人員 やや不足
　会社D：売上前年比 +7.9%　物流費比率 7.4%　人員 不足
　（以下、全12社分は会員専用ページの幹事フォルダにあります）

分析結果は8月の幹事会で報告いただく予定です。
""" + SIG_KASUGA,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is classified 【取扱注意】 at its head and goes to an external member",
},
{
    "id": "kenkyukai-060",
    "charset": "utf-8",
    "sender": "百瀬 千尋 <momose-c@hinode-sangyo.co.jp>",
    "to": ["北国フーズ株式会社 経理部 <keiri@kitaguni-foods.co.jp>"],
    "subject": "年会費 領収書の送付",
    "body": """北国フーズ株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業 経理部の百瀬です。
令和7年度年会費のお振込みを確認いたしました。ありがとうございました。
適格請求書の要件を満たした領収書をお送りいたします。
""" + SIG_MOMOSE,
    "attachments": [{
        "kind": "pdf",
        "name": "領収書_R-2025-0108.pdf",
        "title": "領収書",
        "lines": [
            "領　収　書",
            "No. R-2025-0108　　2025年7月18日",
            "北国フーズ株式会社 様",
            "金額　￥132,000－（うち消費税等 ￥12,000、10%対象）",
            "但し　令和7年度 次世代物流研究会 正会員年会費として",
            "上記正に領収いたしました。",
            "次世代物流研究会 事務局（日の出産業株式会社）",
            "登録番号 T9352573105707",
            "東京都中央区日本橋二丁目14番5号",
        ],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a receipt with the issuer's T-number to a member company; no personal data",
},
# ---------------------------------------------------------------- 061-080
{
    "id": "kenkyukai-061",
    "charset": "iso-2022-jp",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["野々村 剛 会長 <nonomura@kawasaki-denki.co.jp>"],
    "cc": ["森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>"],
    "subject": "FW: 9月例会のご講演について（甲斐先生）",
    "body": """野々村会長

お世話になっております。春日です。
9月例会でご講演予定の甲斐先生から、下記のご連絡がありました。
代役の候補について、ご相談させてください。

春日

---------- 転送メッセージ ----------
差出人: 甲斐 宗一郎 <kai.soichiro@kai-consulting.jp>
日付: 2025年7月22日 20:41
件名: 9月例会のご講演について
宛先: 春日 亮介 <kasuga.r@hinode-sangyo.co.jp>

春日様

大変申し上げにくいのですが、先月の人間ドックで胃がんが見つかり、
8月下旬に都内の病院で胃の切除手術を受けることになりました。
術後しばらくは抗がん剤治療が続くため、9月17日のご講演は
お引き受けすることが難しい状況です。直前のご連絡となり申し訳ございません。

病状のことは、研究会の皆さまには「一身上の都合」とお伝えいただけますと幸いです。

甲斐 宗一郎
""" + SIG_KASUGA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forward of a named speaker's cancer diagnosis and surgery to an external member: 要配慮個人情報",
},
{
    "id": "kenkyukai-062",
    "charset": "utf-8",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["鬼塚 直樹 様 <onizuka@shinonome-logi.co.jp>"],
    "subject": "WG1 7月会合の延期について",
    "body": """鬼塚様

お世話になっております。事務局の森本です。

7/3のWG1でご発表予定だった川崎電機の丹羽様が、体調を崩されて
しばらくお休みされているとのことで、会社の方からご連絡がありました。
ご本人の復帰時期がまだ見えないため、7/3の会合は延期とし、
8月上旬で再調整させていただけますでしょうか。

他のメンバーの皆さまには、事務局から「発表者のご都合により延期」とお伝えします。
""" + SIG_MORIMOTO,
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member is off sick (体調を崩され休職中): vague health information, arguably not a diagnosis",
},
{
    "id": "kenkyukai-063",
    "charset": "cp932",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["株式会社ミナトパック 総務部 <soumu@minato-pack.co.jp>"],
    "subject": "退会届 受領のご連絡",
    "body": """株式会社ミナトパック
総務部 御中

平素より次世代物流研究会の活動にご協力いただき、誠にありがとうございました。
7月10日付の退会届を確かに受領いたしました。

規約第12条に基づき、本年度末（2026年3月31日）をもって退会となります。
本年度分の年会費は既にお納めいただいておりますので、追加のお手続きはございません。
会員専用ページのアカウントは、年度末に事務局で停止いたします。

長年にわたるご参加に、心より御礼申し上げます。
またご縁がございましたら、ぜひ例会などにお越しください。
""" + SIG_KASUGA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "acknowledgement of a company's withdrawal; ordinary business mail",
},
{
    "id": "kenkyukai-064",
    "charset": "utf-8",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["砂川 美里 様 <sunagawa@marukou-soko.co.jp>"],
    "subject": "見学会の集合写真 会報掲載のご確認",
    "body": """砂川様

お世話になっております。事務局の小野寺です。
7/24の見学会では大変お世話になりました。

当日撮影した集合写真を、会報第39号の「活動報告」に掲載したいと考えております。
写真を添付しますので、貴社として掲載に差し支えないかご確認いただけますでしょうか。
写り込んでいる設備や表示で、伏せるべきものがあればお知らせください。
参加者の皆さまには、事務局から別途掲載のご了解をいただきます。
""" + SIG_ONODERA,
    "attachments": [{"kind": "png", "name": "0724_見学会_集合写真.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "group photo sent to the host company for clearance; no personal data in text",
},
{
    "id": "kenkyukai-065",
    "charset": "iso-2022-jp",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["葛西 恵 様 <kasai@shiomi-reizo.co.jp>"],
    "subject": "大井冷蔵センター見学 出欠表",
    "body": """葛西様

お世話になっております。事務局の小野寺です。
10月8日の大井冷蔵センター見学の出欠表をお送りします。
防寒着の貸出サイズもこちらに入れてあります。

よろしくお願いいたします。
""" + SIG_ONODERA,
    "attachments": [{"kind": "corrupt", "name": "1008_大井見学_出欠表.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be inspected",
},
{
    "id": "kenkyukai-066",
    "charset": "utf-8",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["宇佐美 香織 副会長 <usami.k@aoba-unyu.co.jp>"],
    "subject": "9月例会 会場確定のご報告（ホテルからの確認書を添付）",
    "body": """宇佐美副会長

お世話になっております。森本です。
9月例会の会場が確定しましたので、ホテルからの予約確認メールを添付でお送りします。
懇親会は今回、着席ビュッフェにしました。
""" + SIG_MORIMOTO,
    "attachments": [{
        "kind": "eml",
        "name": "予約確認書_さくらホテル日本橋.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "さくらホテル日本橋 宴会予約 <banquet.nihonbashi@sakura-hotel.jp>",
            "to": ["森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>"],
            "subject": "【予約確認書】9月17日 次世代物流研究会様",
            "body": """日の出産業株式会社
森本 彩花 様

このたびはさくらホテル日本橋をご利用いただき誠にありがとうございます。
下記の内容でご予約を承りました。

　予約番号：BQ-250917-031
　日時：2025年9月17日（水）13:00～19:30
　会議室：3階 桔梗の間（スクール 45名）
　懇親会：2階 若竹（着席ビュッフェ 40名様）
　ご請求先：日の出産業株式会社 経営企画部

キャンセル料：30日前から20%、7日前から50%、前日から100%

さくらホテル日本橋 宴会予約 片桐 遥
〒103-0022 東京都中央区日本橋室町3-2-8　TEL 03-3241-8800
""",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "hotel booking confirmation attached as a mail: booking numbers and business contacts only",
},
{
    "id": "kenkyukai-067",
    "charset": "iso-2022-jp",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>"],
    "subject": "懇親会 食事の配慮が必要な方（事務局メモ）",
    "body": """森本さん

申込フォームの備考欄に書かれていた食事の配慮事項をまとめました。
ホテルには人数だけ伝え、お名前は出さないようにします。

・諸星 葵（川崎電機）　　　そばアレルギー（アナフィラキシー歴あり、エピペン携帯）
・瓜生 恵美（北国フーズ）　甲殻類アレルギー
・楠 智之（東雲ロジ）　　　糖尿病治療中のため糖質控えめ希望
・ナズリン様（PortLink）　ハラール

小野寺
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "named attendees' allergies, illness and religion, but only between two internal staff",
},
{
    "id": "kenkyukai-068",
    "charset": "cp932",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["御手洗 誠 先生 <mitarai@toto-tech.ac.jp>"],
    "subject": "グループ演習の班分けについて",
    "body": """御手洗先生

お世話になっております。森本です。
後半のグループ演習の班分け案をお送りします。
先生から演習の事前課題を直接お送りいただけるとのことでしたので、
参加者の連絡先も記載しております。

班  氏名          会社                メール                                携帯
--  ------------  ------------------  ------------------------------------  -------------
A   雨宮 俊介     川崎電機            s-amemiya@kawasaki-denki.co.jp        090-9870-1150
A   仲宗根 創     東雲ロジスティクス  nakasone.h@shinonome-logi.co.jp       080-1475-9644
A   菅生 沙織     三ツ星包材          s-sugou@mitsuboshi-hozai.co.jp        080-1352-7818
A   都築 葵       青葉運輸            a-tsuzuki@aoba-unyu.co.jp             090-5856-2980
B   阿久津 瑞穂   ツバサシステム      akutsu.m@tsubasa-system.jp            080-1565-8868
B   比嘉 創       潮見冷蔵            h-higa@shiomi-reizo.co.jp             070-3834-7014
B   渋谷 茜       千曲精機            shibuya.a@chikuma-seiki.co.jp         090-8191-9330
B   柳楽 沙織     川崎電機            nagira.s@kawasaki-denki.co.jp         090-9841-9983

各班4名、ファシリテーターは事務局から1名ずつ入ります。
""" + SIG_MORIMOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "eight participants' e-mails and mobiles pasted as a padded table in the body to the speaker",
},
{
    "id": "kenkyukai-069",
    "charset": "utf-8",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": [
        "篠塚 様 <shinozuka@jpla-assoc.or.jp>",
        "能登 さやか 先生 <noto.sayaka@hokuriku-ryutsu.ac.jp>",
    ],
    "subject": "公開シンポジウム 第2回打合せのご案内",
    "body": """日本包装物流協会 篠塚様
北陸流通大学 能登先生

お世話になっております。次世代物流研究会の春日です。
11/12の公開シンポジウムにつき、第2回の打合せを以下のとおりお願いいたします。

　日時：8月6日（水）15:00～16:00
　方法：Teams（URLは前日にお送りします）
　議題：①パネルのテーマ設定　②集客の分担　③当日の役割分担

資料は前日までに共有いたします。
""" + SIG_KASUGA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "meeting mail to two external organisations in To: a normal three-way meeting",
},
{
    "id": "kenkyukai-070",
    "charset": "iso-2022-jp",
    "sender": "百瀬 千尋 <momose-c@hinode-sangyo.co.jp>",
    "to": ["馬渕 一成 監事 <mabuchi@chikuma-seiki.co.jp>"],
    "subject": "令和6年度 会計報告（監査のお願い）",
    "body": """千曲精機株式会社
馬渕 監事

いつもお世話になっております。日の出産業 経理部の百瀬でございます。
令和6年度の研究会会計につき、監査をお願いいたしたく、収支の概要をお送りいたします。

【収入】
　正会員年会費　　　　12社 × 120,000円　　　1,440,000円
　賛助会員会費　　　　 3団体 × 30,000円　　　　90,000円
　懇親会費　　　　　　延べ96名　　　　　　　　480,000円
　　　　　　　　　　　　　　　　　　計　　 2,010,000円
【支出】
　会場費　　　　　　　　　　　　　　　　　　　962,400円
　講師謝金・交通費　　　　　　　　　　　　　　428,760円
　会報印刷・発送費　　　　　　　　　　　　　　305,800円
　Webサイト保守　　　　　　　　　　　　　　　198,000円
　　　　　　　　　　　　　　　　　　計　　 1,894,960円
【次年度繰越】　　　　　　　　　　　　　　　　115,040円

証憑一式は弊社本社でご覧いただけます。ご来社の日程をお知らせください。
""" + SIG_MOMOSE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate accounts sent to the group's auditor at a member company; no personal data",
},
{
    "id": "kenkyukai-071",
    "charset": "utf-8",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["川崎電機 相模原工場 総務課 入構受付 <sagamihara-soumu@kawasaki-denki.co.jp>"],
    "subject": "10/22 工場見学 入構申請（車両で来場する3名分）",
    "body": """川崎電機株式会社 相模原工場
総務課 入構受付 ご担当者様

お世話になっております。次世代物流研究会 事務局の森本です。
10/22の工場見学につき、バスではなく自家用車で来場する3名の
車両入構申請をお送りします。様式の記入事項は以下のとおりです。

1. 氏名：鮫島 剛志（千曲精機）
   運転免許証番号：第 482104319270 号
   生年月日：昭和５４年９月２１日
   車両：長野 330 ち 41-07

2. 氏名：葛西 恵（潮見冷蔵）
   運転免許証番号：第 491807723150 号
   生年月日：平成２年３月８日
   車両：静岡 500 と 88-12

3. 氏名：檜山 修（北国フーズ）
   運転免許証番号：第 101511846620 号
   生年月日：S51.12.30
   車両：札幌 300 ぬ 6-93

ご不明点がございましたらお知らせください。
""" + SIG_MORIMOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three people's driver's licence numbers and dates of birth sent outside: identity documents",
},
{
    "id": "kenkyukai-072",
    "charset": "cp932",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["川崎電機 相模原工場 総務課 入構受付 <sagamihara-soumu@kawasaki-denki.co.jp>"],
    "subject": "工場見学当日の本人確認方法についてのお問い合わせ",
    "body": """川崎電機株式会社 相模原工場
総務課 入構受付 ご担当者様

お世話になっております。次世代物流研究会 事務局の小野寺です。
10/22の工場見学にあたり、入構時の本人確認の方法を確認させてください。

　1. 参加者には、顔写真付きの身分証（社員証または運転免許証）を
　　 ご持参いただくよう案内すればよろしいでしょうか。
　2. 免許証番号などを事前に事務局から提出する必要はありますか。
　　 事務局としては、身分証の番号はお預かりしない運用にしたいと考えております。
　3. 入構証は正門受付でのお渡しでよろしいでしょうか。

お手数ですがご教示ください。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "question about ID checks that mentions licences but carries no identifiers",
},
{
    "id": "kenkyukai-073",
    "charset": "iso-2022-jp",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["鬼塚 直樹 様 <onizuka@shinonome-logi.co.jp>"],
    "subject": "過去の例会記録（引継ぎ資料）",
    "body": """鬼塚様

お世話になっております。春日です。
来年度から企画担当幹事をお引き受けいただけるとのこと、ありがとうございます。
テーマ選定の参考に、過去5年分の例会記録をお送りします。
古いExcel形式で恐縮ですが、そのまま開けると思います。
""" + SIG_KASUGA,
    "attachments": [{
        "kind": "xls",
        "name": "例会記録_2020-2024.xls",
        "sheets": {
            "例会一覧": [
                ["回", "開催日", "テーマ", "講師（所属）", "会場", "参加者数"],
                [27, "2020/09/16", "コロナ禍の物流BCP", "能登 さやか（北陸流通大学）", "オンライン", 51],
                [30, "2021/06/23", "倉庫のDX 入門", "真壁 拓海（ツバサシステム）", "オンライン", 47],
                [33, "2022/03/09", "冷凍冷蔵倉庫の省エネ", "葛西 恵（潮見冷蔵）", "八重洲カンファレンス", 33],
                [36, "2022/12/07", "物流2024年問題への備え", "御手洗 誠（東都工科大学）", "さくらホテル日本橋", 48],
                [39, "2023/09/20", "パレット標準化", "宇佐美 香織（青葉運輸）", "さくらホテル日本橋", 44],
                [41, "2024/12/11", "AGVの費用対効果", "丹羽 瑞穂（川崎電機）", "さくらホテル日本橋", 45],
            ],
            "集計": [["年度", "開催回数", "延べ参加者"], [2020, 4, 176], [2021, 4, 168], [2022, 4, 151], [2023, 4, 166], [2024, 4, 189]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "record of past meetings: public speaker names and affiliations, no contact or personal data",
},
{
    "id": "kenkyukai-074",
    "charset": "utf-8",
    "sender": "柘植 大和 <tsuge@hinode-sangyo.co.jp>",
    "to": ["錦印刷 加賀谷様 <kagaya@nishiki-insatu.co.jp>"],
    "subject": "会報第39号 初校の戻し",
    "body": """錦印刷株式会社
加賀谷様

お世話になっております。日の出産業 総務部の柘植です。
会報第39号の初校を確認しました。赤字をPDFに書き込んでお送りします。
主な修正は以下のとおりです。

　p.3　図2のキャプション「2024年」→「2024年度」
　p.7　見出しのフォントを他ページと揃える
　p.12　写真の差し替え（別途データをお送りします）

再校は10月3日までにいただけますと助かります。
""" + SIG_TSUGE,
    "attachments": [{
        "kind": "pdf",
        "name": "会報39号_初校_赤字.pdf",
        "lines": ["会報「次世代物流」第39号 初校（赤字入り）", "p.3 図2 キャプション修正", "p.7 見出しフォント統一", "p.12 写真差し替え"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp drops a letter of the partner nishiki-insatsu.co.jp: look-alike domain",
},
{
    "id": "kenkyukai-075",
    "charset": "cp932",
    "sender": "柘植 大和 <tsuge@hinode-sangyo.co.jp>",
    "to": ["錦印刷 加賀谷様 <kagaya@nishiki-insatsu.co.jp>"],
    "subject": "会報第39号 入稿データ一式",
    "body": """錦印刷株式会社
加賀谷様

いつもお世話になっております。柘植です。
会報第39号の入稿データ一式をZIPでお送りします。

　・原稿（Word）4本
　・写真 3点
　・表紙ロゴ

部数は前号と同じく350部、納品は10月20日でお願いいたします。
""" + SIG_TSUGE,
    "attachments": [{
        "kind": "zip",
        "name": "会報39号_入稿.zip",
        "files": [
            {"kind": "docx", "name": "01_巻頭言.docx", "paragraphs": ["巻頭言　共同配送を「仕組み」にするために", "次世代物流研究会 副会長 宇佐美 香織", "今年度、WG3では首都圏と東北を結ぶ幹線の共同運行を試行しました。"]},
            {"kind": "docx", "name": "02_例会報告.docx", "paragraphs": ["第42回例会報告", "倉庫自動化の投資判断について、東都工科大学の御手洗教授にご講演いただきました。参加者は45名。"]},
            {"kind": "docx", "name": "03_会員企業紹介.docx", "paragraphs": ["会員企業紹介　潮見冷蔵株式会社", "清水港に近い冷蔵倉庫を3拠点運営。収容能力は合計4万トン。"]},
            {"kind": "docx", "name": "04_統計.docx", "paragraphs": ["統計で見る物流", "倉庫の所管面積は前年比2.1%増。冷蔵倉庫の設備能力は同1.4%増。"]},
            {"kind": "png", "name": "photo_01.png"},
            {"kind": "png", "name": "photo_02.png"},
            {"kind": "png", "name": "logo.png"},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "newsletter manuscripts zipped (unencrypted) to the right printer domain; no personal data",
},
{
    "id": "kenkyukai-076",
    "charset": "iso-2022-jp",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["芦田 健司 様 <ashida@mitsuboshi-hozai.co.jp>"],
    "subject": "RE: WG2 メンバー変更のお知らせ",
    "body": """芦田様

ご連絡ありがとうございます。
メンバー変更の件、承知いたしました。メーリングリストを更新しておきます。

森本

-----Original Message-----
From: 芦田 健司 <ashida@mitsuboshi-hozai.co.jp>
Sent: Wednesday, July 2, 2025 11:26 AM
To: 森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>
Subject: WG2 メンバー変更のお知らせ

森本様

WG2の当社メンバーについて、8月から以下に変更をお願いします。

氏名　　　　部署　　　　　メール　　　　　　　　　　　　　　　　携帯
栗栖 浩二　技術部　　　　kurisu.k@mitsuboshi-hozai.co.jp　　　070-4818-6663
菅生 沙織　技術部　　　　s-sugou@mitsuboshi-hozai.co.jp　　　　080-1352-7818
椎名 瑞穂　品質保証部　　shiina.m@mitsuboshi-hozai.co.jp　　　　090-1387-6111
畔柳 敦　　技術部　　　　a-kuroyanagi@mitsuboshi-hozai.co.jp　　080-2199-2934
芦田 健司　経営企画室　　ashida@mitsuboshi-hozai.co.jp　　　　　080-6158-2243

三ツ星包材株式会社 経営企画室　芦田
""" + SIG_MORIMOTO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five-person member list is only in the quoted original under -----Original Message-----",
},
{
    "id": "kenkyukai-077",
    "charset": "utf-8",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": [
        "大河原 功 <okawara.isao1951@yahoo.co.jp>",
        "漆原 邦彦 <k.urushibara@gmail.com>",
        "日下部 律子 <ritsuko-k@icloud.com>",
    ],
    "subject": "OB会員の皆さまへ：秋の懇親会のご案内",
    "body": """OB会員の皆さま

ご無沙汰しております。研究会事務局の春日です。
毎年恒例の秋の懇親会を、今年は11月21日（金）18:30から
日本橋の「炉端 うみかぜ」で開催いたします。会費は6,000円です。

現役の幹事も何名か参加する予定です。
ご出欠を11月7日までに、このメールへの返信でお知らせください。
""" + SIG_KASUGA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "three private persons on free mail openly in To: three external parties see each other's addresses",
},
{
    "id": "kenkyukai-078",
    "charset": "cp932",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["鬼塚 直樹 様 <onizuka@shinonome-logi.co.jp>"],
    "cc": ["森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>", "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>"],
    "subject": "次年度 事業計画（案）たたき台",
    "body": """鬼塚様

お世話になっております。春日です。
次年度の事業計画のたたき台を作りましたので、企画担当幹事として
ご意見をいただけますでしょうか。事務局の森本・小野寺もCcに入れております。
""" + SIG_KASUGA,
    "attachments": [{
        "kind": "docx",
        "name": "次年度事業計画_たたき台.docx",
        "paragraphs": [
            "次世代物流研究会　令和8年度 事業計画（たたき台）",
            "1. 例会：年4回（6月・9月・12月・3月）。うち1回は公開シンポジウムと併催。",
            "2. 分科会：WG1～WG3を継続。WG4「物流データ標準」を新設（主査：公募）。",
            "3. 見学会：国内2回、海外1回（欧州を候補）。",
            "4. 会報：年2回発行。PDF版を基本とし、冊子は希望者のみ。",
            "5. 会員拡大：新規正会員3社を目標。",
        ],
        "tables": [[
            ["四半期", "主な行事"],
            ["Q1", "総会・第46回例会"],
            ["Q2", "第47回例会・国内見学会"],
            ["Q3", "公開シンポジウム・海外視察"],
            ["Q4", "第48回例会・会報発行"],
        ]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "business plan draft to one external member with internal colleagues in Cc",
},
{
    "id": "kenkyukai-079",
    "charset": "iso-2022-jp",
    "sender": "百瀬 千尋 <momose-c@hinode-sangyo.co.jp>",
    "to": ["ペイリンク決済 サポート <support@paylink-kessai.jp>"],
    "subject": "カード決済の手動登録依頼（個人会員 年会費）",
    "body": f"""ペイリンク決済株式会社
加盟店サポート ご担当者様

いつもお世話になっております。加盟店ID 77-20418（日の出産業株式会社）の百瀬です。

個人会員の方から、Web決済画面がうまく動かないため
カード情報をメールで送るので代わりに決済してほしいとのご依頼がありました。
お手数ですが、下記のとおり手動での決済登録をお願いできますでしょうか。

　会員名：霜田 勝 様
　カード番号：{card_number(SEED + 4)}
　有効期限：11/27
　金額：10,000円（令和7年度 個人会員年会費）

手動登録ができない場合は、ご本人にお願いする手順をご教示ください。
""" + SIG_MOMOSE,
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a member's full credit card number forwarded to a payment provider by mail",
},
{
    "id": "kenkyukai-080",
    "charset": "utf-8",
    "sender": "百瀬 千尋 <momose-c@hinode-sangyo.co.jp>",
    "to": ["ペイリンク決済 営業部 <sales@paylink-kessai.jp>"],
    "subject": "請求書払い・カード決済の導入検討（秘密保持契約のご相談）",
    "body": """ペイリンク決済株式会社
営業部 ご担当者様

お世話になっております。日の出産業 経理部の百瀬です。

研究会会費のオンライン決済について、現行のカード決済に加えて
請求書払い（後払い）の導入を検討しております。
詳細な仕様書をご提示いただく前に秘密保持契約の締結が必要とのことでしたので、
弊社ひな形（当社法務部作成）での締結が可能かご確認いただけますでしょうか。
御社ひな形をご指定の場合は、そちらをお送りください。

　契約当事者：日の出産業株式会社／ペイリンク決済株式会社
　目的：決済サービス導入の検討
　有効期間：締結日から2年間

法務部の確認を経てから押印となるため、2週間ほどお時間をいただく見込みです。
""" + SIG_MOMOSE + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about concluding an NDA with a vendor, with the standard disclaimer; no marking",
},
# ---------------------------------------------------------------- 081-100
{
    "id": "kenkyukai-081",
    "charset": "utf-8",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["篠塚 様 <shinozuka@jpla-assoc.or.jp>"],
    "subject": "分科会別の参加実績（共催セミナー企画書用）",
    "body": """篠塚様

お世話になっております。小野寺です。
企画書に載せる分科会の参加実績をCSVでお送りします。
人数はいずれも延べ人数で、個人が分かる情報は含めていません。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "csv",
        "name": "wg_participation_2022-2024.csv",
        "encoding": "utf-8",
        "rows": [
            ["年度", "分科会", "開催回数", "延べ参加者", "参加社数", "1回あたり平均"],
            ["2022", "WG1 倉庫自動化", "6", "41", "7", "6.8"],
            ["2022", "WG2 包装資材", "5", "29", "5", "5.8"],
            ["2022", "WG3 共同配送", "4", "26", "6", "6.5"],
            ["2023", "WG1 倉庫自動化", "6", "47", "8", "7.8"],
            ["2023", "WG2 包装資材", "6", "35", "6", "5.8"],
            ["2023", "WG3 共同配送", "5", "34", "7", "6.8"],
            ["2024", "WG1 倉庫自動化", "6", "52", "8", "8.7"],
            ["2024", "WG2 包装資材", "6", "38", "6", "6.3"],
            ["2024", "WG3 共同配送", "6", "44", "7", "7.3"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "participation statistics in a UTF-8 CSV; no individual's data",
},
{
    "id": "kenkyukai-082",
    "charset": "iso-2022-jp",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["風見トラベル 法人営業部 津久井様 <tsukui@kazami-travel.co.jp>"],
    "subject": "シンガポール視察 旅行保険のお見積り依頼",
    "body": """風見トラベル株式会社
津久井様

お世話になっております。日の出産業の小野寺です。
シンガポール視察の参加者が確定しましたので、海外旅行保険（団体）の
お見積りをお願いいたします。まずは人数と年代のみお知らせします。

　参加者数：13名（うち事務局2名）
　年代別：20代 1名／30代 3名／40代 5名／50代 3名／60代 1名
　補償内容：前回（2023年の欧州視察）と同等のプランで

加入手続きに個人ごとの情報が必要になりましたら、
各参加者から御社の申込フォームへ直接ご入力いただく形でお願いいたします。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "insurance quote request with head counts by age band only",
},
{
    "id": "kenkyukai-083",
    "charset": "cp932",
    "sender": "柘植 大和 <tsuge@hinode-sangyo.co.jp>",
    "to": ["株式会社ロジメディア 広告営業部 <ad-sales@logimedia.co.jp>"],
    "subject": "Re: 会報への広告掲載について",
    "body": """株式会社ロジメディア
広告営業部 ご担当者様

お問い合わせありがとうございます。日の出産業 総務部の柘植です。
会報「次世代物流」への広告掲載の条件は以下のとおりです。

　発行：年2回（4月・10月）、A4・約24頁、発行部数 350部
　配布先：会員企業12社・賛助会員・講師ほか
　掲載料：表3（カラー1頁）80,000円／本文（モノクロ1/2頁）30,000円
　入稿：発行月の前月10日まで（完全データ入稿）

なお、掲載可否は幹事会での審査を経て決定いたします。
会員の名簿等のご提供はいたしかねますので、あらかじめご了承ください。

> 貴会の会報に弊社の物流専門誌の広告を出稿したく、掲載条件をお知らせください。
""" + SIG_TSUGE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "advertising rates to an outside publisher; declines to share member lists",
},
{
    "id": "kenkyukai-084",
    "charset": "utf-8",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["仲宗根 創 様 <nakasone.h@shinonome-logi.co.jp>"],
    "subject": "先日のWG1で川崎電機さんが使われたスライド",
    "body": """仲宗根様

お世話になっております。事務局の小野寺です。
先日のWG1を欠席された仲宗根様から資料のご依頼をいただいておりましたので、
川崎電機 丹羽様の発表スライドをPDFでお送りします。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "pdf",
        "name": "WG1_AGV導入事例_川崎電機.pdf",
        "title": "AGV導入事例",
        "page_header": "CONFIDENTIAL - Kawasaki Denki Co., Ltd.",
        "page_footer": "Confidential / 社外秘　無断転載・複製を禁じます",
        "lines": [
            "相模原工場におけるAGV導入事例",
            "川崎電機株式会社 生産技術部",
            "1. 導入の背景：ピッキング工程の人手不足",
            "2. 導入台数：AGV 14台、充電ステーション 4基",
            "3. 効果：歩行距離 35%減、ピッキング生産性 22%向上",
            "4. 投資額と回収期間：約1.8億円、4.5年",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "another member's slides stamped CONFIDENTIAL / 社外秘 on every page passed to a third company",
},
{
    "id": "kenkyukai-085",
    "charset": "iso-2022-jp",
    "sender": "次世代物流研究会 事務局 <kenkyukai@hinode-sangyo.co.jp>",
    "to": ["kenkyukai@hinode-sangyo.co.jp"],
    "bcc": MEMBERS_BCC,
    "subject": "第42回例会 講演資料の送付",
    "body": """会員各位

第42回例会にご参加いただき、ありがとうございました。
御手洗先生のご了解を得て、講演資料（公開版）をお送りします。
社内での共有は自由ですが、外部への転載はご遠慮ください。

次世代物流研究会 事務局
""",
    "attachments": [{
        "kind": "pdf",
        "name": "第42回例会_講演資料_公開版.pdf",
        "title": "倉庫自動化の投資判断",
        "page_footer": "次世代物流研究会 第42回例会　東都工科大学 御手洗研究室",
        "lines": [
            "倉庫自動化の投資判断 ― 中堅企業の導入事例から",
            "東都工科大学 大学院工学研究科　御手洗 誠",
            "1. なぜ今、自動化か：庫内作業者の有効求人倍率 2.1倍",
            "2. 投資判断の3つの軸：作業量の変動、SKU数、建屋の制約",
            "3. 事例A（食品）：自動倉庫＋AGV、回収期間 5.2年",
            "4. 事例B（部品）：GTP方式、回収期間 3.8年",
            "5. まとめ：段階導入とデータ取得の先行",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "public lecture slides to members in Bcc; a 'do not republish' request is not a confidentiality marking",
},
{
    "id": "kenkyukai-086",
    "charset": "utf-8",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["乙女 良平 様 <otome.r@shiomi-reizo.co.jp>"],
    "subject": "会員ご担当者の登録内容のご確認",
    "body": """潮見冷蔵株式会社
乙女 良平 様

お世話になっております。事務局の小野寺です。
葛西様からご担当を引き継がれたとのこと、よろしくお願いいたします。
研究会の名簿に以下のとおり登録いたしましたので、ご確認ください。

【主担当】乙女 良平 様（業務部 課長）
　TEL 054-352-6031（直通）／ otome.r@shiomi-reizo.co.jp
【副担当（ご不在時の連絡先）】堀之内 ゆかり 様（業務部）
　TEL 054-352-6034（直通）／ 携帯 080-2917-5548 ／ horinouchi.y@shiomi-reizo.co.jp

会報の送付先はご住所（静岡県静岡市清水区島崎町77）の業務部あてといたします。
変更がございましたら事務局までお知らせください。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "two contacts of one member company confirmed to that company: under five people, may be warned",
},
{
    "id": "kenkyukai-087",
    "charset": "iso-2022-jp",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["白川 透 先生 <t.shirakawa@shirakawa-law.jp>"],
    "subject": "【ご相談】会員企業ご担当者の逮捕報道と研究会の対応",
    "body": """白川法律事務所
白川 透 先生

いつもお世話になっております。日の出産業の春日です。
急ぎご相談させていただきたい件がございます。

会員企業である株式会社ミナトパックの元ご担当者、芹沢 隆之 氏（同社 営業部長）が、
取引先からのリベート受領に関する背任の容疑で7月29日に神奈川県警に逮捕されたと報道されました。
芹沢氏は昨年度まで当研究会のWG2に参加しており、会員専用ページのアカウントも残っております。

　1. 同氏のアカウント停止や、過去の議事録からの氏名削除を行うべきか
　2. 他の会員企業への説明の要否と、その範囲
　3. ミナトパック社の会員資格（規約第14条・除名）との関係

ご多忙のところ恐縮ですが、お電話でも結構ですのでご助言をいただけますと幸いです。
""" + SIG_KASUGA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named person's arrest (criminal matter) sent to an outside law firm: 要配慮個人情報",
},
{
    "id": "kenkyukai-088",
    "charset": "cp932",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["八重洲カンファレンス 予約センター 守屋様 <reserve@yaesu-conf.jp>"],
    "subject": "ホールA 予約内容の変更とキャンセル規定の確認",
    "body": """八重洲カンファレンス
予約センター 守屋様

お世話になっております。日の出産業の小野寺です。
11/12の公開シンポジウムについて、以下2点をご相談させてください。

１．予約内容の変更
　　ホールA（120名）に加え、控室（小会議室C）を終日追加したい。
２．キャンセル規定
　　台風などで公共交通機関が止まった場合のキャンセル料の扱いを確認したい。

変更後のお見積りを再発行いただけますでしょうか。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "venue change and cancellation-policy question; ordinary business mail",
},
{
    "id": "kenkyukai-089",
    "charset": "utf-8",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["御手洗 誠 先生 <mitarai@toto-tech.ac.jp>"],
    "subject": "第42回例会 講演録（会報掲載用）のご確認",
    "body": """御手洗先生

お世話になっております。森本です。
会報第39号に掲載する講演録の原稿ができましたので、ご確認をお願いいたします。
文字起こしを要約しておりますので、趣旨が変わっている箇所があればご指摘ください。
9月30日までにお戻しいただけますと幸いです。
""" + SIG_MORIMOTO,
    "attachments": [{"kind": "corrupt", "name": "講演録_御手洗先生_校正用.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the DOCX attachment is corrupt and cannot be inspected",
},
{
    "id": "kenkyukai-090",
    "charset": "iso-2022-jp",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["ききとりオフィス 受付 <order@kikitori-office.jp>"],
    "subject": "講演の文字起こしのご依頼（約90分）",
    "body": """株式会社ききとりオフィス
ご担当者様

はじめてご依頼いたします。日の出産業株式会社の森本と申します。
業界研究会で行った講演の文字起こしをお願いしたく、ご連絡しました。

　音声：約92分（MP4、講演者1名＋質疑応答）
　形式：ケバ取り（整文は不要）、Wordで納品
　納期：7月11日（金）まで
　受け渡し：弊社のファイル共有サービスのリンクをお送りします

専門用語が多いため、用語集をテキストファイルで添付いたします。
質疑応答の質問者のお名前は文字起こしに含めず「会場A」「会場B」とお書きください。
お見積りをお願いいたします。
""" + SIG_MORIMOTO,
    "attachments": [{
        "kind": "txt",
        "name": "用語集.txt",
        "encoding": "utf-8",
        "text": """講演 文字起こし用 用語集
AGV（無人搬送車）
AMR（自律走行搬送ロボット）
GTP（Goods to Person、棚搬送型）
WMS（倉庫管理システム）
WCS（倉庫制御システム）
SKU（在庫管理単位）
11型パレット（1100×1100mm）
マテハン（マテリアルハンドリング）
庫内作業、入荷検品、出荷検品、ピッキング、仕分け
""",
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "transcription order with a glossary text file; no personal data",
},
{
    "id": "kenkyukai-091",
    "charset": "cp932",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["宇佐美 香織 副会長 <usami.k@aoba-unyu.co.jp>"],
    "subject": "会員名簿（最新版）の引継ぎ",
    "body": """宇佐美副会長

お世話になっております。春日です。
来月から私が不在の間、会員対応の窓口を副会長にお願いすることになりましたので、
会員名簿の最新版をお送りします。シート「個人会員」は会費の督促などでお使いください。
""" + SIG_KASUGA,
    "attachments": [{
        "kind": "xlsx",
        "name": "会員名簿_2025年7月.xlsx",
        "sheets": {
            "正会員（企業）": [
                ["次世代物流研究会 会員名簿（2025年7月1日現在）"],
                ["社名", "代表者", "担当部署", "代表電話"],
                ["川崎電機株式会社", "代表取締役社長", "生産技術部", "044-511-2200"],
                ["青葉運輸株式会社", "代表取締役", "物流企画部", "022-262-4100"],
                ["東雲ロジスティクス株式会社", "代表取締役社長", "業務推進部", "03-5534-1180"],
                ["丸港倉庫株式会社", "代表取締役", "営業企画課", "045-201-3350"],
            ],
            "個人会員": [
                ["個人会員名簿　※会費督促用"],
                ["No", "氏名", "ふりがな", "生年月日", "住所", "携帯", "メール", "会員歴"],
                [1, "甲斐 宗一郎", "かい そういちろう", "昭和43年11月3日", "埼玉県所沢市東町18番3-702号", "090-7724-3019", "kai.soichiro@kai-consulting.jp", "9年"],
                [2, "漆原 邦彦", "うるしばら くにひこ", "S24.5.17", "東京都杉並区荻窪4-29-11", "090-3318-0264", "k.urushibara@gmail.com", "13年"],
                [3, "日下部 律子", "くさかべ りつこ", "昭和３３年７月２９日", "千葉県船橋市本町6-14-9 コーポ本町203", "080-4402-7791", "ritsuko-k@icloud.com", "7年"],
                [4, "霜田 勝", "しもだ まさる", "1957/02/11", "埼玉県さいたま市浦和区高砂1-7-5", "090-5561-2843", "m.shimoda57@yahoo.co.jp", "11年"],
                [5, "百武 彩", "ひゃくたけ あや", "H1.9.14", "愛知県名古屋市中区栄3-22-7 栄パークハイツ1104", "070-8835-1920", "aya.hyakutake@outlook.jp", "3年"],
                [6, "畔柳 慎吾", "くろやなぎ しんご", "昭和47年1月8日", "兵庫県神戸市中央区三宮町1-6-2", "090-6207-4418", "kuroyanagi.s@gmail.com", "5年"],
                [7, "巽 美和子", "たつみ みわこ", "S38.10.2", "福岡県福岡市博多区博多駅前2-17-1", "080-1179-6035", "miwako.t@docomo.ne.jp", "6年"],
                [8, "大河原 功", "おおかわら いさお", "昭和26年4月20日", "東京都練馬区石神井町7-3-18", "090-2265-9051", "okawara.isao1951@yahoo.co.jp", "14年（名誉会員）"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "member roster XLSX with a sheet of eight individual members' birth dates, home addresses and mobiles",
},
{
    "id": "kenkyukai-092",
    "charset": "iso-2022-jp",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["経営企画部 部長 椎野 <shiino.t@hinode-sangyo.co.jp>"],
    "cc": ["森本 彩花 <morimoto.ayaka@mail.hinode-sangyo.co.jp>"],
    "subject": "研究会事務局の負担見直し案（社外秘）",
    "body": """椎野部長

お疲れさまです。春日です。
研究会事務局の人件費負担と、年会費改定の社内検討資料をお送りします。
幹事会に出す前に、当社としての方針をご確認いただけますでしょうか。

春日
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "事務局負担見直し案.xlsx",
        "page_header": "社外秘",
        "sheets": {
            "試算": [
                ["【社外秘】研究会事務局 負担見直し案"],
                ["項目", "現行", "案A", "案B"],
                ["事務局人件費（当社負担）", 2400000, 1800000, 1200000],
                ["年会費（正会員）", 120000, 150000, 180000],
                ["会員数見込", 12, 12, 10],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a 社外秘 document, but sent only to internal addresses (a subdomain included)",
},
{
    "id": "kenkyukai-093",
    "charset": "utf-8",
    "sender": "Ryosuke Kasuga <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["Lim Wei Jie <weijie.lim@portlink-analytics.com>"],
    "cc": ["Bridge Interpreting - Ms. Aoki <coordinator@tsuyaku-bridge.jp>"],
    "subject": "Preparation for 10 September - interpreter briefing",
    "body": """Dear Mr. Lim,

Thank you for sending the title and abstract. I am copying Ms. Aoki of Bridge
Interpreting, who will coordinate the consecutive interpretation on the day.

To help the interpreter prepare, could you share your slides (even a draft) by
3 September? A list of technical terms and acronyms you will use would also be very
helpful. Ms. Aoki may contact you directly for a 15-minute briefing call.

Agenda on the day (JST):
  15:40  Connection test
  16:00  Opening remarks (Hinode Sangyo)
  16:05  Your talk, with consecutive interpretation
  16:45  Q&A
  17:00  Close

青木様、ご準備のほどよろしくお願いいたします。
""" + SIG_KASUGA_EN + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "speaker and interpreter agency, two external organisations in To/Cc: a normal three-way mail",
},
{
    "id": "kenkyukai-094",
    "charset": "cp932",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["真壁 拓海 様 <makabe@tsubasa-system.jp>"],
    "subject": "会員専用ページ 新規アカウント発行のお願い（2社分）",
    "body": """株式会社ツバサシステム
真壁様

お世話になっております。小野寺です。
新たにご入会いただいた2社について、会員専用ページの企業アカウント発行をお願いします。

　会員コード　社名　　　　　　　　権限
　M-0113　　　潮見冷蔵株式会社　　正会員（WG1・WG2閲覧可）
　M-0114　　　三ツ星包材株式会社　正会員（WG2閲覧可）

ログインIDは会員コードと同じで、初期パスワードは各社に郵送で通知する運用でお願いします。
発行が完了しましたら、ご一報いただけますと幸いです。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "company account setup request to the partner IT vendor; member codes of businesses only",
},
{
    "id": "kenkyukai-095",
    "charset": "iso-2022-jp",
    "sender": "柘植 大和 <tsuge@hinode-sangyo.co.jp>",
    "to": ["錦印刷 加賀谷様 <kagaya@nishiki-insatsu.co.jp>"],
    "subject": "公開シンポジウム 社名プレート・卓上札の印刷発注",
    "body": """加賀谷様

いつもお世話になっております。柘植です。
11/12の公開シンポジウムで使う卓上札（社名のみ）の印刷をお願いします。
サイズはA4三つ折り、両面同じ表記で各1枚です。

・川崎電機株式会社
・青葉運輸株式会社
・北国フーズ株式会社
・東雲ロジスティクス株式会社
・丸港倉庫株式会社
・千曲精機株式会社
・潮見冷蔵株式会社
・三ツ星包材株式会社
・株式会社ツバサシステム
・東都工科大学
・北陸流通大学
・一般社団法人 日本包装物流協会
・風早市

納品は11月7日に弊社総務部あてでお願いいたします。
""" + SIG_TSUGE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "print order listing organisation names only: a list of businesses, not people",
},
{
    "id": "kenkyukai-096",
    "charset": "utf-8",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["株式会社タカネ梱包 物流部 比留間様 <hiruma@takane-konpo.co.jp>"],
    "subject": "次世代物流研究会のご案内（入会のご検討にあたって）",
    "body": """株式会社タカネ梱包
物流部　比留間様

先日の展示会では、当社ブースにお立ち寄りいただきありがとうございました。
日の出産業の春日でございます。

お話しした「次世代物流研究会」のご案内資料をお送りいたします。
正会員の年会費は12万円（税別）で、例会・分科会・見学会にご参加いただけます。
まずはオブザーバーとして、9月17日の例会に1回無料でご参加いただくことも可能です。

ご関心がございましたら、お気軽にご連絡ください。
""" + SIG_KASUGA,
    "attachments": [{
        "kind": "pdf",
        "name": "次世代物流研究会_ご案内.pdf",
        "title": "次世代物流研究会 ご案内",
        "lines": [
            "次世代物流研究会 ご案内",
            "設立：2011年　事務局：日の出産業株式会社 経営企画部",
            "会員：正会員12社、賛助会員3団体（2025年7月現在）",
            "主な活動：例会（年4回）、分科会（WG1～3）、見学会（国内・海外）、会報（年2回）",
            "年会費：正会員 120,000円（税別）、賛助会員 30,000円（税別）",
            "2024年度実績：例会参加者 延べ189名、分科会 18回開催",
            "お問合せ：kenkyukai@hinode-sangyo.co.jp　TEL 03-5812-4471",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "membership brochure with aggregate figures to a prospective company",
},
{
    "id": "kenkyukai-097",
    "charset": "iso-2022-jp",
    "sender": "小野寺 萌 <onodera.m@hinode-sangyo.co.jp>",
    "to": ["篠塚 様 <shinozuka@jpla-assoc.or.jp>"],
    "subject": "共催セミナー 配布資料一式（ZIP）",
    "body": """篠塚様

お世話になっております。小野寺です。
共催セミナーの配布資料一式をZIPにまとめてお送りします（パスワードはかけていません）。
協会様の会員向けページに掲載いただいて差し支えありません。

　・プログラム（PDF）
　・研究会紹介スライド（PowerPoint）
　・アンケート用紙（Word）
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "zip",
        "name": "共催セミナー_配布資料.zip",
        "files": [
            {"kind": "pdf", "name": "プログラム.pdf", "lines": ["共催セミナー「包装と物流の接点」プログラム", "13:00 開会", "13:10 講演1 緩衝材削減の実務", "14:10 講演2 通い箱の回収率を上げる", "15:20 意見交換", "16:00 閉会"]},
            {"kind": "pptx", "name": "研究会紹介.pptx", "slides": [["次世代物流研究会", "正会員12社・賛助会員3団体", "例会 年4回、分科会 3つ"], ["WG2 包装資材・緩衝材", "参加6社", "2024年度 6回開催"]]},
            {"kind": "docx", "name": "アンケート用紙.docx", "paragraphs": ["共催セミナー アンケート", "1. 本日のセミナーの満足度（5段階）", "2. 今後取り上げてほしいテーマ", "3. ご所属の業種（任意）"]},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "unencrypted ZIP of handouts (PDF, PPTX, DOCX) with no personal data",
},
{
    "id": "kenkyukai-098",
    "charset": "cp932",
    "sender": "次世代物流研究会 事務局 <kenkyukai@hinode-sangyo.co.jp>",
    "to": ["kenkyukai@hinode-sangyo.co.jp"],
    "bcc": MEMBERS_BCC + ["大河原 功 <okawara.isao1951@yahoo.co.jp>"],
    "subject": "今年度の活動へのご協力への御礼",
    "body": """会員の皆さま、講師・OBの皆さま

本年度も次世代物流研究会の活動にご協力いただき、誠にありがとうございました。
おかげさまで、例会4回・分科会18回・見学会2回を無事に開催することができました。
例会の延べ参加者は189名と、過去最多となりました。

来年度は、物流データ標準をテーマとする新しい分科会の立ち上げを予定しております。
引き続きご支援を賜りますよう、よろしくお願い申し上げます。

次世代物流研究会 事務局（日の出産業株式会社 経営企画部）
TEL 03-5812-4471　kenkyukai@hinode-sangyo.co.jp
""" + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "thank-you mail to members in Bcc (one free-mail OB among them) with the standard disclaimer",
},
{
    "id": "kenkyukai-099",
    "charset": "utf-8",
    "sender": "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>",
    "to": ["片桐 遥 様 <banquet.nihonbashi@sakura-hotel.jp>"],
    "subject": "9/17 受付スタッフ（会員企業からのお手伝い）について",
    "body": """片桐様

お世話になっております。森本です。
9/17の例会では、会員企業から3名が受付を手伝ってくださいます。
12:30に会場入りしますので、控室へのご案内をお願いできますでしょうか。
当日、事務局が捕まらないときは直接ご連絡いただいて構いません。

　・都築 葵（青葉運輸）　　　　　０９０－５８５６－２９８０
　・榊原 悠斗（東雲ロジスティクス）０８０－２７９３－４０２４
　・蓮見 恵美（千曲精機）　　　　０８０－１４５８－４７６１

よろしくお願いいたします。
""" + SIG_MORIMOTO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three helpers' mobile numbers (full-width digits) to the venue: under five people, may be warned",
},
{
    "id": "kenkyukai-100",
    "charset": "iso-2022-jp",
    "sender": "春日 亮介 <kasuga.r@hinode-sangyo.co.jp>",
    "to": ["砂川 美里 様 <sunagawa@marukou-soko.co.jp>"],
    "cc": ["野々村 剛 会長 <nonomura@kawasaki-denki.co.jp>", "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>"],
    "subject": "幹事ご退任にあたって（御礼）",
    "body": """砂川様
（Cc：野々村会長）

お世話になっております。春日です。
このたびのご異動に伴い、3月末で幹事をご退任されると伺いました。
4年間にわたり、見学会の受け入れや会報の企画など、本当にありがとうございました。
特に昨年の横浜倉庫の見学会は、参加者アンケートで過去最高の評価をいただいております。

総会の席で、会長から感謝状をお渡しする予定です。
ご多忙とは存じますが、4月の総会にお越しいただけますと幸いです。
新しいお仕事でのご活躍を、事務局一同お祈りしております。
""" + SIG_KASUGA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "thank-you to a retiring board member with the chairman in Cc: two external organisations",
},
]
