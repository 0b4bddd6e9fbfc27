"""Blind evaluation corpus — AREA: hinshitsukanri (品質管理・品質保証).

Mail of 日の出産業株式会社's quality assurance / quality control department: supplier
audits, non-conformance reports (NCR / 8D), customer and consumer complaints about
products, inspection records, certificates (CoA, mill sheets, RoHS/REACH), calibration,
recalls, and the お客様相談室 that belongs to the department.
Written from BRIEF.md only; every person, address and number is invented.
"""

from build import card_number, my_number

SEED = 48801

# -- signatures and disclaimers people of the department really paste -------------------

SIG_MANABE = """
--
日の出産業株式会社
品質保証部 サプライヤー品質課 課長
真鍋 慎吾（Shingo Manabe）
〒396-0011 長野県伊那市伊那部5281-4
TEL 0265-72-4410（代表） / 0265-72-4437（直通）
FAX 0265-72-4499
manabe@hinode-sangyo.co.jp
"""

SIG_SAKAMAKI = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 品質保証部 品質保証課
坂巻 由香 / Yuka Sakamaki
〒396-0011 長野県伊那市伊那部5281-4
TEL：0265-72-4410　内線 318
Mail：sakamaki.y@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_OYACHI = """
----------------------------------------
日の出産業(株) 伊那工場 品質管理課 検査係
大谷地 健太
TEL 0265-72-4410 ext.452
----------------------------------------
"""

SIG_CHIHAYA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
品質保証部 お客様相談室
千早 奈央（ちはや なお）
フリーダイヤル 0120-41-8801（受付 9:00～17:00）
〒105-0013 東京都港区浜松町2-14-9 日の出ビル6F
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_SHINONOME = """
***************************************
日の出産業株式会社
取締役 品質保証部長　東雲 隆
〒396-0011 長野県伊那市伊那部5281-4
TEL 0265-72-4410 / FAX 0265-72-4499
***************************************
"""

SIG_USAMI = """
--
宇佐美 拓（計測管理グループ）
日の出産業株式会社 品質管理課
0265-72-4410（内線461）
"""

SIG_HASEBE_EN = """
Best regards,

Lisa Hasebe
Supplier Quality Engineer, Quality Assurance Dept.
Hinode Sangyo Co., Ltd.
5281-4 Inabe, Ina-shi, Nagano 396-0011, Japan
Tel: +81-265-72-4410 / Fax: +81-265-72-4499
hasebe.lisa@hinode-sangyo.co.jp
"""

SIG_YANASE = """
==================================
日の出産業株式会社
品質保証部 品質監査グループ
柳瀬 美穂 (Miho Yanase)
〒105-0013 東京都港区浜松町2-14-9 日の出ビル6F
TEL 03-5472-8801 / FAX 03-5472-8809
==================================
"""

SIG_TADENUMA = """
-- 
日の出産業株式会社 品質管理課 分析・試験グループ
蓼沼 悟（たでぬま さとる）
TEL:0265-72-4410（内線475）
"""

DISC_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited.
"""

DISC_JA2 = """
【ご注意】このメールは送信者が指定した宛先の方のみに送信しております。本メールに含まれる情報の
全部または一部を無断で複製・転載することを禁じます。本メールには機密情報が含まれている場合が
ありますので、宛先に心当たりのない場合は破棄していただきますようお願いいたします。
"""

MESSAGES = []

# ---------------------------------------------------------------------------- 001-010

MESSAGES += [
    {
        "id": "hinshitsukanri-001",
        "charset": "iso-2022-jp",
        "sender": "真鍋 慎吾 <manabe@hinode-sangyo.co.jp>",
        "to": ["石黒 様 <ishiguro.t@maruyama-seiko.co.jp>"],
        "cc": ["大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>"],
        "subject": "【不適合通知】NCR-2025-0147 ブラケット（HB-2207-03）穴位置寸法外れ",
        "body": """丸山精工株式会社
品質管理課 石黒様

いつもお世話になっております。日の出産業の真鍋です。

標記の件、9月18日入荷分の受入検査にて寸法不適合が発生しましたので
不適合通知書（NCR-2025-0147）にてご連絡いたします。

■品番　　　：HB-2207-03 ブラケット（L）
■貴社ロット：MS250912-2
■入荷数　　：1,200個
■抜取数　　：32個（AQL 0.65 / 通常検査水準II）
■不適合内容：φ6.5穴 位置度 規格0.20に対し 0.24～0.31（5個）
■処置　　　：当該ロット全数を保留、選別は貴社にてお願いします

詳細な測定値は添付Excelの「測定データ」シートをご参照ください。
つきましては、10月3日（金）までに暫定対策、10月17日（金）までに
恒久対策を含む8Dレポートのご提出をお願いいたします。

以上、よろしくお願いいたします。
""" + SIG_MANABE,
        "attachments": [
            {"kind": "xlsx", "name": "NCR-2025-0147_HB-2207-03.xlsx",
             "sheets": {
                 "NCR": [
                     ["不適合通知書　NCR-2025-0147"],
                     [],
                     ["項目", "内容"],
                     ["発行日", "2025/09/22"],
                     ["品番", "HB-2207-03"],
                     ["品名", "ブラケット（L）"],
                     ["仕入先", "丸山精工株式会社"],
                     ["ロット", "MS250912-2"],
                     ["不適合区分", "寸法（重要特性◆）"],
                     ["処置", "ロット保留・仕入先選別"],
                 ],
                 "測定データ": [
                     ["サンプルNo", "X座標", "Y座標", "位置度", "判定"],
                     [1, 24.03, 15.02, 0.07, "OK"],
                     [2, 24.11, 14.95, 0.24, "NG"],
                     [3, 24.02, 15.04, 0.09, "OK"],
                     [4, 24.14, 15.06, 0.31, "NG"],
                     [5, 24.01, 14.99, 0.03, "OK"],
                     [6, 24.12, 14.97, 0.26, "NG"],
                     [7, 24.04, 15.01, 0.08, "OK"],
                     [8, 24.13, 15.03, 0.27, "NG"],
                     [9, 24.11, 15.04, 0.25, "NG"],
                     [10, 24.02, 15.00, 0.04, "OK"],
                 ],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary NCR to one supplier: part numbers, lot and measurement values, no personal data",
    },
    {
        "id": "hinshitsukanri-002",
        "charset": "cp932",
        "sender": "千早 奈央 <chihaya.nao@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 品質保証室 <qa-room@kitaguni-foods.co.jp>"],
        "subject": "ひのでカレー中辛　異物（硬質）申出の件／現品回収のお願い",
        "body": """北国フーズ株式会社
品質保証室 御中

平素より大変お世話になっております。
日の出産業 お客様相談室の千早でございます。

先月から「ひのでカレー中辛（200g）」につきまして、具材に硬い異物が
混入していたとのお申し出が続いております（いずれも具材ロット KF-0815 系）。
現品の回収を貴社にてお願いしたく、お申し出いただいたお客様の一覧を
添付いたします。各お客様へは「北国フーズ様から回収のご連絡が入る」旨を
お伝え済みです。

お手数ですが、回収後の分析結果をお知らせください。
""" + SIG_CHIHAYA,
        "attachments": [
            {"kind": "csv", "name": "異物申出一覧_0901-0926.csv", "encoding": "cp932",
             "rows": [
                 ["受付番号", "受付日", "お客様氏名", "電話番号", "住所", "購入店", "賞味期限", "申出内容"],
                 ["C25-0931", "2025/09/02", "穂積 和代", "090-4471-2286", "宮城県仙台市泉区将監8-14-3", "ヨークタウン泉中央", "2027/02/10", "白い硬い粒"],
                 ["C25-0947", "2025/09/05", "久我山 泰典", "03-3392-7150", "東京都杉並区久我山4-21-9-203", "サミット久我山店", "2027/02/10", "骨のような破片"],
                 ["C25-0962", "2025/09/11", "百瀬 しのぶ", "080-2917-4063", "長野県松本市寿北6-3-17", "ツルヤ村井店", "2027/02/14", "硬い異物で歯に当たった"],
                 ["C25-0988", "2025/09/16", "八木橋 亮", "070-5528-1934", "埼玉県熊谷市銀座2-45-1", "八木橋百貨店地下", "2027/02/14", "黒っぽい硬い粒"],
                 ["C25-1004", "2025/09/20", "桑名 伸江", "052-793-4418", "愛知県名古屋市千種区春岡1-9-22", "アピタ千代田橋店", "2027/02/10", "白い硬い粒"],
                 ["C25-1019", "2025/09/25", "ハリス 恵美", "090-6210-3375", "神奈川県横浜市青葉区美しが丘3-51-8", "東急ストアたまプラーザ店", "2027/02/17", "プラスチック片?"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six consumers' names, phones and home addresses in a CSV to a supplier: list of people (reason 1)",
    },
    {
        "id": "hinshitsukanri-003",
        "charset": "utf-8",
        "sender": "Lisa Hasebe <hasebe.lisa@hinode-sangyo.co.jp>",
        "to": ["Kevin Zhou <kevin.zhou@hengtai-precision.com>"],
        "cc": ["真鍋 慎吾 <manabe@hinode-sangyo.co.jp>"],
        "subject": "8D request: plating peel-off on terminal HT-0412 (SCAR-25-022)",
        "body": """Dear Kevin,

Thank you for your quick shipment last week.

Unfortunately our incoming inspection found tin plating peeling on terminal HT-0412
(your lot 2508-A17, 20,000 pcs). Tape test failed on 3 of 50 samples; cross-section
shows Ni underlayer thickness of 0.4-0.6 um against the 1.0 um minimum in drawing
HS-T-0412 rev.C.

We have issued Supplier Corrective Action Request SCAR-25-022. Please send us:
  - D3 containment (stock at your plant, in transit, at our warehouse) by Oct 1
  - D4 root cause with evidence (plating bath records, current density logs)
  - D5-D7 by Oct 24

We will return the rejected lot by sea; the B/L number will follow.

Please let me know if you need the cross-section photos in higher resolution.
""" + SIG_HASEBE_EN + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English 8D request to one foreign supplier; lot numbers and measurements; standard disclaimer",
    },
    {
        "id": "hinshitsukanri-004",
        "charset": "utf-8",
        "sender": "日の出産業 お客様相談室 <sodan@hinode-sangyo.co.jp>",
        "to": ["今泉 美里 <misato.imaizumi@outlook.jp>"],
        "subject": "Re: 電気ケトル（KT-65）のふたが閉まらない件",
        "body": """今泉 美里 様

このたびは弊社製品「電気ケトル KT-65」につきましてご不便をおかけし、
誠に申し訳ございません。日の出産業 お客様相談室の千早でございます。

お知らせいただいた症状（ふたのツメが片側だけ掛からない）を確認するため、
お手数ですが製品を一度お預かりさせていただけますでしょうか。
返送用の着払い伝票と緩衝材を、ご登録のご住所あてに本日発送いたします。
お届けまで2～3日ほどお時間をいただきます。

ご不明な点がございましたら、本メールへのご返信またはフリーダイヤルにて
お気軽にお問い合わせください。

""" + SIG_CHIHAYA + """
-----Original Message-----
From: 今泉 美里 <misato.imaizumi@outlook.jp>
Sent: Monday, September 22, 2025 21:14
To: sodan@hinode-sangyo.co.jp
Subject: 電気ケトル（KT-65）のふたが閉まらない件

お世話になります。
7月に購入した電気ケトル（KT-65 ホワイト）のふたが、最近きちんと閉まらなくなりました。
沸騰中に蒸気が漏れて少し怖いです。修理か交換をお願いできますか。

今泉 美里
〒213-0002 神奈川県川崎市高津区二子5-8-12 グランソレイユ二子402
携帯 080-3319-7724
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to the complaining consumer herself on free mail; her address and phone are only in the quoted original",
    },
    {
        "id": "hinshitsukanri-005",
        "charset": "cp932",
        "sender": "蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 品質保証室 佐々木様 <sasaki.m@kitaguni-food.co.jp>"],
        "subject": "新規原料（北海道産じゃがいもダイス 10mm）規格書ご提出のお願い",
        "body": """北国フーズ株式会社　品質保証室
佐々木様

いつも大変お世話になっております。
日の出産業 品質管理課の蓼沼です。

先日ご提案いただいた「北海道産じゃがいもダイス 10mm（冷凍）」につきまして、
社内採用審査に進めることになりました。
つきましては、下記資料のご提出をお願いできますでしょうか。

　１．製品規格書（弊社書式または貴社書式）
　２．アレルゲン情報（特定原材料8品目＋20品目）
　３．製造工程図とCCP一覧
　４．直近3ロット分の微生物検査成績書

10月10日頃までにいただけますと助かります。
よろしくお願いいたします。
""" + SIG_TADENUMA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain kitaguni-food.co.jp drops the s of partner kitaguni-foods.co.jp: look-alike (reason 5)",
    },
    {
        "id": "hinshitsukanri-006",
        "charset": "iso-2022-jp",
        "sender": "千早 奈央 <chihaya.nao@hinode-sangyo.co.jp>",
        "to": ["品証 全員 <qa-all@hinode-sangyo.co.jp>"],
        "cc": ["東雲 隆 <shinonome@hinode-sangyo.co.jp>"],
        "subject": "【週次】お客様相談室 苦情受付状況（9/15～9/19）",
        "body": """品証各位

お疲れさまです。相談室 千早です。
今週の苦情受付（製品起因の疑いがあるもの）を共有します。
折り返し対応が必要なものは担当欄を入れてください。

受付日　氏名　　　　　電話番号　　　　　製品　　　　　内容　　　　　　　　　担当
------------------------------------------------------------------------------------
9/15　　若槻　すみれ　090-7731-2048　　KT-65　　　　ふた閉まらず　　　　　千早
9/15　　芦沢　耕平　　0263-48-1175　　 RC-5510　　　内釜コート剥がれ　　　未
9/16　　梅宮　千尋　　080-1194-6630　　ひのでカレー　異物（硬質）　　　　　蓼沼
9/17　　小此木　誠　　048-522-3391　　 KT-80　　　　通電せず　　　　　　　未
9/17　　乙部　麗子　　090-5508-9172　　RC-5510　　　異臭（樹脂臭）　　　　千早
9/18　　戸来　洋一　　017-734-2260　　 HM-22　　　　ハンドル緩み　　　　　未
9/19　　日下部　舞　　070-2283-4417　　ひのでカレー　袋のピンホール　　　　蓼沼
9/19　　篠塚　剛志　　080-6625-0381　　KT-65　　　　空焚き防止作動せず　　大谷地

※ 9/19 篠塚様の件は安全に関わるため、月曜朝一で現品回収の段取りをお願いします。

千早
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "eight complainants' names and phones, but every recipient is internal",
    },
    {
        "id": "hinshitsukanri-007",
        "charset": "utf-8",
        "sender": "蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 品質保証室 <qa-room@kitaguni-foods.co.jp>"],
        "cc": ["千早 奈央 <chihaya.nao@hinode-sangyo.co.jp>"],
        "subject": "【至急】ひのでカレー異物 健康被害の発生について（C25-1044）",
        "body": """北国フーズ株式会社
品質保証室 ご担当者様

お世話になっております。日の出産業 品質管理課の蓼沼です。

本日、硬質異物の件で健康被害を伴うお申し出がありましたので、取り急ぎご連絡します。

・お申し出者：滝本 智恵子 様（68歳）
・お申し出日：2025年9月29日
・内容：「ひのでカレー中辛」（賞味期限 2027/02/14）喫食中に硬い異物を噛み、
　翌日受診した歯科医院にて「右下第一大臼歯 歯冠破折」と診断。
　治療費（約42,000円見込み）のご負担についてご相談あり。
・現品：異物（約3mm、白色）をお客様が保管。当社にて本日回収予定。

異物は回収後、当社で FT-IR 分析のうえ貴社へ送付します。
具材ロット KF-0815 系の工程（骨除去・金属検出）の状況を至急ご確認ください。
""" + SIG_TADENUMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named consumer with a dental diagnosis sent to a supplier: 要配慮個人情報 of one person (reason 3)",
    },
    {
        "id": "hinshitsukanri-008",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 美穂 <yanase.m@hinode-sangyo.co.jp>",
        "to": ["丸山精工 総務部 <soumu@maruyama-seiko.co.jp>"],
        "cc": ["石黒 様 <ishiguro.t@maruyama-seiko.co.jp>"],
        "subject": "10/8 定期品質監査 ご来訪者のご連絡",
        "body": """丸山精工株式会社
総務部 ご担当者様

お世話になっております。日の出産業 品質監査グループの柳瀬です。

10月8日（水）の定期品質監査にお伺いする者は以下の3名です。
当日の緊急連絡先として携帯番号を併記いたします。

　柳瀬 美穂（主任監査員）　携帯 090-2274-6158
　真鍋 慎吾（監査員）　　　携帯 080-4410-9327
　蓼沼 悟　（技術専門家）　携帯 070-1182-5530

社用車（品川 300 さ 41-07）で9:30頃到着予定です。
駐車場所についてご指示いただけますと幸いです。
""" + SIG_YANASE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three visiting auditors with mobile numbers to the audited supplier: a short attendee list (1-4 people)",
    },
    {
        "id": "hinshitsukanri-009",
        "charset": "iso-2022-jp",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["服部 様 <s.hattori@kawasaki-denki.co.jp>"],
        "subject": "RC-5510 内釜コート剥がれ 8Dレポート（最終版）送付",
        "body": """川崎電機株式会社
品質保証部 服部様

いつもお世話になっております。日の出産業の坂巻です。

ご依頼いただいておりました RC-5510 内釜コート剥がれの件、
8Dレポートの最終版を添付にてお送りいたします。
D4 の要因解析では、前処理（ブラスト）工程の投射時間のばらつきを
主要因と特定し、D5 で自動タイマーへの変更を実施済みです。

ご確認のほど、よろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "attachments": [
            {"kind": "docx", "name": "8D_RC-5510_内釜コート剥がれ_最終.docx",
             "page_header": "社外秘",
             "title": "8D Report RC-5510",
             "paragraphs": [
                 "8Dレポート　RC-5510 内釜コート剥がれ",
                 "D1 チーム：品質保証課（坂巻）、製造技術課、表面処理係",
                 "D2 問題の記述：市場返品 14件、フッ素コートの部分剥離（φ5～12mm）",
                 "D3 暫定対策：在庫 3,420個の全数ピール試験、出荷停止 9/2～9/9",
                 "D4 根本原因：ブラスト投射時間が手動設定のため 18～31秒にばらつき、表面粗さ Ra 不足",
                 "D5 恒久対策：自動タイマー（25±1秒）、Ra の工程内測定追加（n=5/直）",
                 "D6 効果確認：9/10 以降 42ロットで剥離ゼロ、Ra 平均 3.4μm",
                 "D7 再発防止：QC工程表・作業標準 改訂（QS-RC-031 rev.7）",
                 "D8 チーム表彰：10月品質会議にて報告",
             ],
             "tables": [[["工程", "変更前", "変更後"],
                         ["ブラスト時間", "手動 18～31秒", "自動 25±1秒"],
                         ["Ra 測定", "なし", "n=5/直"]]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached 8D report carries a 社外秘 page header and goes to a customer (reason 6)",
    },
    {
        "id": "hinshitsukanri-010",
        "charset": "iso-2022-jp",
        "sender": "蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>",
        "to": ["北陽化成 品質管理課 <qc@hokuyo-kasei.co.jp>"],
        "subject": "試験成績書（CoA）送付　クエン酸洗浄剤 CL-200 ロット 25A1187",
        "body": """北陽化成株式会社
品質管理課 御中

お世話になっております。日の出産業の蓼沼です。

本日出荷分の試験成績書をお送りします。

　品名：ケトル用クエン酸洗浄剤 CL-200（30g×4包）
　ロット：25A1187（製造日 2025/09/24）
　出荷数：4,800箱

すべて規格内です。原本は製品に同梱しております。
""" + SIG_TADENUMA + DISC_JA,
        "attachments": [
            {"kind": "pdf", "name": "CoA_CL-200_25A1187.pdf", "title": "Certificate of Analysis",
             "lines": ["試験成績書（Certificate of Analysis）",
                       "品名：ケトル用クエン酸洗浄剤 CL-200　ロット：25A1187",
                       "製造日：2025年9月24日　試験日：2025年9月25日",
                       "発行：日の出産業株式会社 品質管理課"],
             "table": [["試験項目", "規格", "結果", "判定"],
                       ["外観", "白色結晶性粉末", "適合", "合格"],
                       ["含量（クエン酸）", "99.5%以上", "99.8%", "合格"],
                       ["水分", "0.5%以下", "0.21%", "合格"],
                       ["重金属（Pbとして）", "5ppm以下", "<1ppm", "合格"],
                       ["内容量", "30.0g以上", "30.4g（平均）", "合格"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "certificate of analysis with lot number and test values to a customer; disclaimer mentions 機密 in passing",
    },
]

# ---------------------------------------------------------------------------- 011-020

MESSAGES += [
    {
        "id": "hinshitsukanri-011",
        "charset": "utf-8",
        "sender": "真鍋 慎吾 <manabe@hinode-sangyo.co.jp>",
        "to": ["服部 様 <s.hattori@kawasaki-denki.co.jp>"],
        "subject": "Re: 二次監査資料のご依頼（承認サプライヤー一覧）",
        "body": """川崎電機株式会社
品質保証部 服部様

お世話になっております。日の出産業の真鍋です。

ご依頼の「RC-5510 関連 承認サプライヤー一覧」を添付いたします。
各社の所在地・代表電話・法人番号・認証取得状況を記載しております。
（二次サプライヤーのうち、金型・治具メーカーは今回対象外としています）

何かございましたらご連絡ください。
""" + SIG_MANABE + """
> 服部です。
> 11月の二次監査に向けて、RC-5510 に関わる承認サプライヤーの一覧を
> いただけますでしょうか。所在地と認証状況がわかれば結構です。
""",
        "attachments": [
            {"kind": "xlsx", "name": "承認サプライヤー一覧_RC-5510_202509.xlsx",
             "sheets": {
                 "一覧": [
                     ["承認サプライヤー一覧（RC-5510 関連）　2025年9月現在"],
                     ["No", "会社名", "所在地", "代表電話", "法人番号", "供給品", "認証"],
                     [1, "丸山精工株式会社", "長野県駒ヶ根市赤穂11480-3", "0265-83-2210", "6100001047719", "ブラケット・プレス品", "ISO 9001"],
                     [2, "三和スプリング株式会社", "埼玉県川口市領家4-7-21", "048-222-6105", "3230001018362", "ばね・線材加工品", "ISO 9001 / IATF 16949"],
                     [3, "東海モールディング株式会社", "静岡県浜松市中央区篠原町2871", "053-447-3380", "3010001153207", "樹脂成形品（PP/PBT）", "ISO 9001"],
                     [4, "丸川パック株式会社", "岐阜県各務原市テクノプラザ3-12", "058-379-4401", "9450001009581", "段ボール・緩衝材", "ISO 9001 / FSC"],
                     [5, "川崎電機株式会社（IH基板）", "神奈川県川崎市幸区堀川町580-16", "044-511-7720", "8120001066434", "IHコイル・制御基板", "ISO 9001 / ISO 14001"],
                 ],
                 "凡例": [["◆", "重要保安部品の供給あり"], ["★", "2025年度 監査予定"]],
             }},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "a list of businesses (suppliers' addresses, switchboards, 法人番号), not people, to a customer",
    },
    {
        "id": "hinshitsukanri-012",
        "charset": "cp932",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["北陽化成 品質管理課 <qc@hokuyo-kasei.co.jp>"],
        "subject": "出荷検査成績書（9月分）送付の件",
        "body": """北陽化成株式会社
品質管理課 ご担当者様

いつもお世話になっております。
日の出産業 伊那工場 品質管理課の大谷地です。

9月出荷分の出荷検査成績書（全12ロット）をZIPにまとめてお送りします。
解凍用のパスワードは、この後別メールにてお送りいたします。

よろしくお願いいたします。
""" + SIG_OYACHI,
        "attachments": [
            {"kind": "zip", "name": "出荷検査成績書_202509.zip", "password": "Hn#2509qc",
             "files": [
                 {"kind": "xlsx", "name": "出荷検査成績書_CL-200_202509.xlsx",
                  "sheets": {"9月": [["ロット", "含量", "水分", "判定"],
                                     ["25A1102", "99.7%", "0.19%", "合格"],
                                     ["25A1187", "99.8%", "0.21%", "合格"]]}},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to a customer cannot be inspected (reason 7)",
    },
    {
        "id": "hinshitsukanri-013",
        "charset": "iso-2022-jp",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["服部 様 <s.hattori@kawasaki-denki.co.jp>",
               "ツバサシステム 大隈様 <okuma@tsubasa-system.jp>"],
        "cc": ["真鍋 慎吾 <manabe@hinode-sangyo.co.jp>"],
        "subject": "品質データ連携（EDI）打合せ日程のご相談",
        "body": """川崎電機株式会社 服部様
株式会社ツバサシステム 大隈様

お世話になっております。日の出産業の坂巻です。

先日ご相談した出荷検査データの自動連携について、三社で一度
打合せの場を設けたいと考えております。

候補日：
　10月14日（火）14:00～15:30
　10月16日（木）10:00～11:30
　10月21日（火）15:00～16:30

場所は弊社東京分室（浜松町）またはTeamsを想定しています。
ご都合のよい日時をお知らせいただけますでしょうか。

議題（案）
　1. 連携対象データ（ロット、検査項目、判定）の範囲
　2. ファイル形式（CSV／JSON）と送信タイミング
　3. 不適合発生時のフラグの扱い
""" + SIG_SAKAMAKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a normal three-way meeting mail: two external organisations in To",
    },
    {
        "id": "hinshitsukanri-014",
        "charset": "cp932",
        "sender": "柳瀬 美穂 <yanase.m@hinode-sangyo.co.jp>",
        "to": ["丸山精工 石黒様 <ishiguro.t@maruyama-seiko.co.jp>",
               "三和スプリング 品質保証課 <hinsho@sanwa-spring.co.jp>",
               "東海モールディング 森下様 <morishita@tokai-moulding.co.jp>",
               "丸川パック 品質管理 <quality@marukawa-pack.co.jp>"],
        "subject": "2025年度下期 サプライヤー品質監査 日程のご案内",
        "body": """お取引先各位

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業 品質監査グループの柳瀬でございます。

2025年度下期のサプライヤー品質監査を、下記日程にて実施させていただきます。

　丸山精工株式会社　　　　　10月 8日（水）
　三和スプリング株式会社　　10月22日（水）
　東海モールディング株式会社　11月 5日（水）
　丸川パック株式会社　　　　11月19日（水）

監査項目は例年どおり、変化点管理（4M）、工程内検査記録、
不適合品の識別・隔離、計測器の校正管理を中心に拝見します。
事前チェックシートは10月1日までにお送りします。

ご都合が悪い場合は、9月30日までにご連絡ください。
""" + SIG_YANASE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four suppliers openly in To can see each other: should have been Bcc (reason 4)",
    },
    {
        "id": "hinshitsukanri-015",
        "charset": "utf-8",
        "sender": "真鍋 慎吾 <manabe@hinode-sangyo.co.jp>",
        "to": ["森下 様 <morishita@tokai-moulding.co.jp>"],
        "subject": "秘密保持契約書（案）のご確認のお願い",
        "body": """東海モールディング株式会社
森下様

お世話になっております。日の出産業の真鍋です。

新規ケトル（KT-90）の樹脂部品のお見積りに先立ち、図面・仕様書を
ご開示するため、秘密保持契約（NDA）の締結をお願いしたく存じます。
弊社標準書式の案を添付いたしますので、貴社法務ご担当でご確認いただき、
修正のご希望があれば変更履歴付きでお戻しください。

契約締結後に 3D データ（STEP）と QC 工程表の雛形をお送りします。
""" + SIG_MANABE,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書（案）_東海モールディング様.docx",
             "title": "秘密保持契約書（案）",
             "paragraphs": [
                 "秘密保持契約書（案）",
                 "日の出産業株式会社（以下「甲」という）と東海モールディング株式会社（以下「乙」という）は、"
                 "甲乙間の樹脂部品取引の検討（以下「本目的」という）に関し、次のとおり契約を締結する。",
                 "第1条（秘密情報の定義）本契約において秘密情報とは、本目的のために相手方から開示された"
                 "技術上または営業上の情報であって、開示の際に秘密である旨を明示したものをいう。",
                 "第2条（秘密保持義務）受領者は、秘密情報を善良なる管理者の注意をもって管理し、"
                 "開示者の事前の書面による承諾なく第三者に開示または漏えいしてはならない。",
                 "第3条（目的外使用の禁止）受領者は、秘密情報を本目的以外に使用してはならない。",
                 "第4条（返還・廃棄）本契約が終了したとき、受領者は開示者の指示に従い秘密情報を返還または廃棄する。",
                 "第5条（有効期間）本契約の有効期間は締結日から3年間とする。",
                 "（以下余白）",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the draft contract; the word 秘密 appears in the text, no document marking",
    },
    {
        "id": "hinshitsukanri-016",
        "charset": "iso-2022-jp",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["東雲 隆 <shinonome@hinode-sangyo.co.jp>"],
        "cc": ["伊那工場 人事担当 <ina-jinji@hinode-sangyo.co.jp>"],
        "subject": "外観検査員 視力・色覚 定期確認結果（2025年度）",
        "body": """東雲部長

お疲れさまです。大谷地です。
外観検査員の視力・色覚の定期確認が終わりましたのでご報告します。
要フォローは以下の方のみで、他の14名は基準（矯正視力0.7以上・色覚異常なし）を満たしています。

・宮坂 律子　矯正視力 右0.5/左0.6 → 眼科受診を勧奨、再測定11月
・仁科 大輔　石原表で誤読あり（第二色覚異常の疑い）→ 色調判定工程から外観寸法工程へ配置替え予定
・北沢 瑞穂　白内障手術後の経過観察中、医師の就業可の意見書あり

配置替えの件は本人とは面談済みです。
力量表の更新は10月中に行います。

大谷地
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "inspectors' eyesight and colour-vision results (health data) but all recipients are internal",
    },
    {
        "id": "hinshitsukanri-017",
        "charset": "utf-8",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["服部 様 <s.hattori@kawasaki-denki.co.jp>"],
        "cc": ["柳瀬 美穂 <yanase.m@hinode-sangyo.co.jp>"],
        "subject": "工程監査 事前提出資料（検査員力量表）",
        "body": """川崎電機株式会社
品質保証部 服部様

お世話になっております。日の出産業 伊那工場の大谷地です。

10月の工程監査の事前資料として、RC-5510 最終検査ラインの
検査員力量表をお送りします。視力・色覚の確認結果も含めております。

ご確認よろしくお願いいたします。
""" + SIG_OYACHI,
        "attachments": [
            {"kind": "xlsx", "name": "検査員力量表_RC-5510最終検査.xlsx",
             "sheets": {
                 "力量表": [
                     ["RC-5510 最終検査ライン　検査員力量表（2025/09/26 更新）"],
                     [],
                     ["社員番号", "氏名", "生年月日", "認定区分", "矯正視力(右/左)", "色覚検査", "備考"],
                     ["H10382", "宮坂 律子", "1971/04/18", "外観A", "0.5/0.6", "異常なし", "眼科受診勧奨"],
                     ["H11207", "仁科 大輔", "1988/11/03", "外観A", "1.0/1.2", "第二色覚異常の疑い", "配置替え予定"],
                     ["H11945", "北沢 瑞穂", "1966/07/29", "外観B", "0.8/0.8", "異常なし", "白内障術後経過観察"],
                     ["H12310", "唐沢 光太郎", "1995/02/14", "寸法A", "1.2/1.0", "異常なし", ""],
                     ["H12588", "ファム・ティ・ハー", "1998/09/09", "外観B", "1.0/1.0", "異常なし", ""],
                     ["H12861", "上條 咲", "2001/05/21", "外観B(訓練中)", "1.5/1.2", "異常なし", "OJT 10月まで"],
                 ],
                 "認定基準": [["区分", "要件"], ["外観A", "限度見本判定 99%以上"], ["外観B", "同 95%以上"]],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "six inspectors' employee records with birth dates and eye/colour-vision health findings to a customer (reasons 1 and 3)",
    },
    {
        "id": "hinshitsukanri-018",
        "charset": "cp932",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["関東鋼材 営業部 <eigyo@kanto-kouzai.co.jp>"],
        "subject": "ミルシートご送付のお願い（注文番号 PO-25-08812 / 08830）",
        "body": """関東鋼材株式会社
営業部 御中

いつもお世話になっております。
日の出産業 伊那工場 品質管理課の大谷地です。

下記の入荷分につきまして、ミルシート（鋼材検査証明書）が同梱されて
おりませんでしたので、PDFにてご送付いただけますでしょうか。

　注文番号　　　　品名　　　　　　　　　チャージNo.　　入荷日
　PO-25-08812　　SUS304 2B t0.8×1219　 C5K2917　　　　9/17
　PO-25-08830　　SPCC-SD t1.2×914　　　 Y24-60318　　　9/19

顧客監査で提示を求められる予定のため、今週中にいただけると助かります。
よろしくお願いいたします。
""" + SIG_OYACHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mill-sheet request with order and heat numbers: business numbers, not personal data",
    },
    {
        "id": "hinshitsukanri-019",
        "charset": "iso-2022-jp",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["緒方税理士事務所 <office@ogata-zeirishi.jp>"],
        "subject": "外部講師謝金の支払調書作成に必要な情報（桐生先生分）",
        "body": f"""緒方税理士事務所
ご担当者様

いつもお世話になっております。日の出産業 品質保証部の坂巻です。

9月に実施した社内QC研修の外部講師謝金につき、支払調書作成のため
講師の方の情報をお送りします。

　氏名　　：桐生 昌平（きりゅう しょうへい）
　住所　　：長野県松本市蟻ケ崎台17-6
　個人番号：{my_number(SEED + 1)}
　謝金　　：150,000円（源泉徴収前）、交通費 実費 12,480円
　振込先　：八十二銀行 松本駅前支店 普通 3318402 キリュウ シヨウヘイ

個人番号は講師ご本人から番号確認書類とともにいただいております。
よろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "an external lecturer's My Number, home address and bank account to an outside tax office (reason 2)",
    },
    {
        "id": "hinshitsukanri-020",
        "charset": "utf-8",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["服部 様 <s.hattori@kawasaki-denki.co.jp>"],
        "subject": "【月次】RC-5510 品質実績（2025年9月）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>川崎電機株式会社<br>品質保証部 服部様</p>
<p>お世話になっております。日の出産業の坂巻です。<br>
9月の RC-5510 品質実績をお知らせいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>項目</th><th>7月</th><th>8月</th><th>9月</th><th>目標</th></tr>
<tr><td>出荷数</td><td>18,420</td><td>21,075</td><td>19,860</td><td>-</td></tr>
<tr><td>工程内不良率</td><td>0.42%</td><td>0.38%</td><td>0.29%</td><td>0.30%以下</td></tr>
<tr><td>市場返品（件）</td><td>6</td><td>9</td><td>3</td><td>5以下</td></tr>
<tr><td>市場不良率</td><td>33ppm</td><td>43ppm</td><td>15ppm</td><td>25ppm以下</td></tr>
<tr><td>内釜コート剥がれ（件）</td><td>4</td><td>7</td><td>1</td><td>0</td></tr>
</table>
<p>内釜コート剥がれは 9/10 の対策（ブラスト自動タイマー化）以降、発生ゼロで推移しています。</p>
<p>--<br>日の出産業株式会社 品質保証部 品質保証課<br>坂巻 由香<br>TEL 0265-72-4410（内線318）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only monthly quality figures (ppm, counts) to a customer: no personal data",
    },
]

# ---------------------------------------------------------------------------- 021-030

MESSAGES += [
    {
        "id": "hinshitsukanri-021",
        "charset": "cp932",
        "sender": "千早 奈央 <chihaya.nao@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 品質保証室 <qa-room@kitaguni-foods.co.jp>"],
        "subject": "ひので中華丼の具　喫食後の体調不良申出（C25-1058）",
        "body": """北国フーズ株式会社
品質保証室 ご担当者様

お世話になっております。日の出産業 お客様相談室の千早です。

「ひので中華丼の具」につき、喫食後の体調不良のお申し出がございました。
お客様のご意向により、個人情報は最小限でお伝えします。

　・お客様：70代女性、秋田県大館市在住
　・購入：9月21日、いとく大館東店
　・賞味期限：2026.08.30（製造所固有記号 KF3）
　・症状：喫食の約3時間後に腹痛・下痢、翌日近隣の内科を受診し
　　「急性胃腸炎」と診断されたとのこと。現在は回復。
　・残品：なし（容器のみ保管）

同一ロットの保存品の微生物検査をお願いできますでしょうか。
当社でも保存サンプルの検査を手配しております。
""" + SIG_CHIHAYA,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "diagnosis of an unnamed consumer with age band, town, shop and date: identifiable or not is a judgement call",
    },
    {
        "id": "hinshitsukanri-022",
        "charset": "iso-2022-jp",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["服部 様 <s.hattori@kawasaki-denki.co.jp>"],
        "subject": "Re: RC-5510 市場返品 9月分（6台）の調査依頼",
        "body": """服部様

お世話になっております。坂巻です。
返品6台、本日伊那工場に到着しました。ありがとうございます。

製造番号から製造ロットを確認したところ、6台とも 8月第3週の生産分で、
内釜コート剥がれ対策（9/10）前のものでした。
分解調査を行い、10月3日までに報告書をお送りします。

> 日の出産業 坂巻様
>
> 川崎電機 服部です。9月の市場返品分を本日発送しました。
> エンドユーザー情報は修理受付時のものです。取扱いにご注意ください。
>
> 受付No   お客様名       電話番号        製造番号       症状
> -------  -------------  --------------  -------------  ----------------
> R-3301   小柳 敏行      0466-25-7713    RC55-2508-3317  内釜コート剥がれ
> R-3308   野々宮 さと子  090-8812-4409   RC55-2508-3402  内釜コート剥がれ
> R-3315   大河原 渉      080-3357-2061   RC55-2508-3288  炊きムラ
> R-3322   瀬之口 美帆    099-224-6138    RC55-2508-3530  内釜コート剥がれ
> R-3327   四方田 浩      048-771-0294    RC55-2508-3177  エラーE03
> R-3334   帯刀 由美子    075-462-8850    RC55-2508-3496  内釜コート剥がれ
>
> 10月上旬までに調査結果をいただけますと幸いです。
""" + SIG_SAKAMAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six end users' records are only in the quoted text of the customer's own mail, replied to that customer",
    },
    {
        "id": "hinshitsukanri-023",
        "charset": "utf-8",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["服部 様 <s.hattori@kawasakidenki.co.jp>"],
        "subject": "RC-5510 返品調査報告書（R-3301～R-3334）",
        "body": """川崎電機株式会社
品質保証部 服部様

お世話になっております。日の出産業の坂巻です。

9月返品6台の調査結果をまとめました。
・内釜コート剥がれ 4台：いずれも対策前ロット（8月第3週）、ブラスト不足によるもの
・炊きむら 1台：温度センサー接触不良（コネクタ半挿入）
・エラーE03 1台：再現せず（NTF）

報告書はSharePointの共有フォルダに格納しました。
ご確認よろしくお願いいたします。
""" + SIG_SAKAMAKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasakidenki.co.jp drops the hyphen of partner kawasaki-denki.co.jp: look-alike (reason 5)",
    },
    {
        "id": "hinshitsukanri-024",
        "charset": "utf-8",
        "sender": "Lisa Hasebe <hasebe.lisa@hinode-sangyo.co.jp>",
        "to": ["Daniel Ortega <dortega@meridian-appliance.com>"],
        "subject": "SPC data for KT-80 base plate (Sep lots) - PPAP follow-up",
        "body": """Hi Daniel,

As requested in yesterday's call, attached is the SPC data for the KT-80 base plate
critical characteristics (flatness and hole position) for all September lots.

Summary:
  Flatness      Cpk 1.72 (n=125)
  Hole pos. A   Cpk 1.48 (n=125)
  Hole pos. B   Cpk 1.39 (n=125)  <- slightly below 1.67 target for special characteristics

We are adjusting the piercing die (Die No. PD-8021) on Oct 6 and will send the
updated capability study afterwards.
""" + SIG_HASEBE_EN,
        "attachments": [
            {"kind": "csv", "name": "KT80_baseplate_SPC_2509.csv", "encoding": "utf-8",
             "rows": [
                 ["lot", "date", "characteristic", "n", "mean", "sd", "USL", "LSL", "Cpk"],
                 ["BP250903", "2025-09-03", "flatness", "25", "0.041", "0.009", "0.100", "", "2.19"],
                 ["BP250903", "2025-09-03", "hole_pos_A", "25", "0.062", "0.018", "0.150", "", "1.63"],
                 ["BP250903", "2025-09-03", "hole_pos_B", "25", "0.071", "0.019", "0.150", "", "1.39"],
                 ["BP250917", "2025-09-17", "flatness", "25", "0.046", "0.011", "0.100", "", "1.64"],
                 ["BP250917", "2025-09-17", "hole_pos_A", "25", "0.066", "0.019", "0.150", "", "1.47"],
                 ["BP250917", "2025-09-17", "hole_pos_B", "25", "0.074", "0.018", "0.150", "", "1.41"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to a foreign customer with a UTF-8 CSV of process-capability data only",
    },
    {
        "id": "hinshitsukanri-025",
        "charset": "iso-2022-jp",
        "sender": "千早 奈央 <chihaya.nao@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 東京営業所 <tokyo-eigyo@aoba-unyu.co.jp>"],
        "subject": "KT-65 自主回収品 引取りのお願い（第3便）",
        "body": """青葉運輸株式会社
東京営業所 ご担当者様

いつもお世話になっております。日の出産業 お客様相談室の千早です。

電気ケトル KT-65 自主回収の第3便として、下記お客様宅での引取りをお願いします。
お客様には「青葉運輸から日時調整の電話が入る」旨をお伝え済みです。

氏名　　　　　　住所　　　　　　　　　　　　　　　　　　　電話番号　　　　希望日
--------------------------------------------------------------------------------------
石神井　久美子　東京都練馬区石神井台5-18-4　　　　　　　　03-3929-4471　　10/2午前
丹治　篤　　　　東京都世田谷区上北沢3-27-11-105　　　　　 090-1748-3326　　10/2午後
鬼頭　まどか　　神奈川県相模原市南区相模大野7-6-2　　　　080-6021-5593　　10/3
宇留野　昭二　　千葉県松戸市小金原6-4-19　　　　　　　　　047-341-8820　　10/3午前
舘野　佳奈子　　埼玉県さいたま市浦和区常盤9-30-8　　　　　070-4415-2267　　10/4
宗像　一平　　　東京都江東区東砂2-14-6-612　　　　　　　　090-3380-1504　　10/4午後
嵯峨山　冨美　　東京都八王子市めじろ台1-55-3　　　　　　　042-663-2749　　10/6

引取り後は伊那工場 品質管理課あて元払いでお願いします（伝票は当社負担）。
""" + SIG_CHIHAYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven consumers' names, home addresses and phones in the body to a carrier: list of people (reason 1)",
    },
    {
        "id": "hinshitsukanri-026",
        "charset": "cp932",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["北陽化成 品質管理課 宗方様 <munakata@hokuyo-kasei.co.jp>"],
        "subject": "四半期品質報告会 資料（2025年 第2四半期）",
        "body": """北陽化成株式会社
品質管理課 宗方様

お世話になっております。日の出産業の坂巻です。

来週10月9日の四半期品質報告会の資料をお送りします。
当日はこの資料に沿ってご説明いたします。
内容について事前にご質問があればお知らせください。

坂巻
""" + SIG_SAKAMAKI,
        "attachments": [
            {"kind": "pptx", "name": "四半期品質報告_2025Q2_北陽化成様.pptx",
             "title": "四半期品質報告 2025Q2",
             "slides": [
                 ["四半期品質報告会 2025年 第2四半期", "日の出産業株式会社 品質保証部", "2025年10月9日"],
                 ["納入実績と不良率", "納入ロット数：38", "受入不合格ロット：0", "工程内不良率：0.12%（前期 0.18%）"],
                 ["主な改善事項", "充填機ノズル交換による内容量ばらつき低減（σ 0.41g → 0.22g）",
                  "包材シール温度の自動記録化"],
                 ["次期の取組み", "異物混入防止：金属検出機の感度 Fe φ0.8 → φ0.5",
                  "トレーサビリティ：ロット単位からケース単位へ"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quarterly quality report slides (rates, lots, improvements) to a customer",
    },
    {
        "id": "hinshitsukanri-027",
        "charset": "iso-2022-jp",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["三和スプリング 品質保証課 <hinsho@sanwa-spring.co.jp>"],
        "subject": "受入検査記録 送付（圧縮ばね SP-1180 9月入荷分）",
        "body": """三和スプリング株式会社
品質保証課 御中

お世話になっております。日の出産業の大谷地です。

9月入荷分の SP-1180 受入検査記録をお送りします。
自由長がロット 0915 でやや上限寄りになっていますので、
工程の状況をご確認いただけますでしょうか（規格内のため受入は合格です）。

※ 旧システムからの出力のため .xls 形式です。
""" + SIG_OYACHI,
        "attachments": [
            {"kind": "xls", "name": "受入検査記録_SP-1180_202509.xls",
             "sheets": {"SP-1180": [
                 ["入荷日", "ロット", "自由長(規格 32.0±0.3)", "荷重@24mm(規格 48±3N)", "外径", "判定"],
                 ["2025/09/03", "0901", 31.96, 47.8, 11.98, "合格"],
                 ["2025/09/10", "0908", 32.05, 48.6, 12.01, "合格"],
                 ["2025/09/17", "0915", 32.24, 49.9, 12.00, "合格"],
                 ["2025/09/24", "0922", 32.11, 48.9, 11.99, "合格"],
             ]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS of incoming inspection measurements to the supplier: no personal data",
    },
    {
        "id": "hinshitsukanri-028",
        "charset": "utf-8",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["森下 様 <morishita@tokai-moulding.co.jp>"],
        "subject": "金型修正後 初品測定結果（TM-330 ケトル取っ手）",
        "body": """東海モールディング株式会社
森下様

お世話になっております。日の出産業の大谷地です。

金型修正後の初品（10ショット分）の測定結果を添付します。
ヒケが改善されていることを確認しました。ボス高さは全数規格内です。
このまま量産移行でお願いいたします。
""" + SIG_OYACHI,
        "attachments": [
            {"kind": "corrupt", "name": "初品測定結果_TM-330.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be read (reason 7)",
    },
    {
        "id": "hinshitsukanri-029",
        "charset": "cp932",
        "sender": "蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 品質保証室 <qa-room@kitaguni-foods.co.jp>"],
        "subject": "保存サンプル微生物検査結果（中華丼の具 KF3 ロット）",
        "body": """北国フーズ株式会社
品質保証室 御中

お世話になっております。日の出産業の蓼沼です。

先日の体調不良申出（C25-1058）に関連し、当社保存サンプルの検査結果が出ました。

　検査項目　　　　　　　結果　　　　　規格
　一般生菌数　　　　　　<300/g　　　 1×10^4/g以下
　大腸菌群　　　　　　　陰性　　　　　陰性
　黄色ブドウ球菌　　　　陰性　　　　　陰性
　サルモネラ属菌　　　　陰性　　　　　陰性
　ウエルシュ菌　　　　　陰性　　　　　陰性
　ノロウイルス（参考）　不検出　　　　―

いずれも問題ありませんでした。食中毒の可能性は低いと考えておりますが、
貴社の保存品の結果もあわせて確認させてください。
""" + SIG_TADENUMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "microbial test results of a product sample; pathogen and 食中毒 words used about the product, not a person",
    },
    {
        "id": "hinshitsukanri-030",
        "charset": "iso-2022-jp",
        "sender": "千早 奈央 <chihaya.nao@hinode-sangyo.co.jp>",
        "to": ["丸川パック 品質管理 <quality@marukawa-pack.co.jp>"],
        "subject": "個包装シール不良のお申し出について（ご報告）",
        "body": """丸川パック株式会社
品質管理 ご担当者様

いつもお世話になっております。日の出産業 お客様相談室の千早です。

CL-200 の個包装（アルミ三方袋）で、開封前から粉がこぼれていたとの
お申し出が今月3件ございました。お客様の個人情報はお知らせできませんが、
現品は3件とも回収済みで、いずれもトップシールの端部（約2mm）が未溶着でした。

　包材ロット：MP-2508-117、MP-2508-121
　当社充填日：8/28、9/2

包材側の要因（フィルム厚みのばらつき等）がないか、ご確認をお願いします。
現品写真は来週の定例でお見せします。
""" + SIG_CHIHAYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "complaint summary to a packaging supplier with the word 個人情報 used in passing and no person's data",
    },
]

# ---------------------------------------------------------------------------- 031-040

MESSAGES += [
    {
        "id": "hinshitsukanri-031",
        "charset": "utf-8",
        "sender": "千早 奈央 <chihaya.nao@hinode-sangyo.co.jp>",
        "to": ["ひかりコンタクト 返金デスク <henkin-desk@hikari-contact.co.jp>"],
        "subject": "返金処理のご依頼（KT-65 回収対象 受付C25-1071）",
        "body": f"""株式会社ひかりコンタクト
返金デスク ご担当者様

お世話になっております。日の出産業 お客様相談室の千早です。

KT-65 自主回収の対象品につき、お客様がオンラインショップでカード決済
されていたため、カードへの返金処理をお願いいたします。

　受付番号　：C25-1071
　お客様氏名：真壁 祐介 様
　電話番号　：090-5572-3184
　注文番号　：HS-ON-2507-33891（2025/07/12）
　返金額　　：7,480円（税込）
　カード番号：{card_number(SEED + 3)}
　有効期限　：11/28

お客様には10営業日以内の返金とご案内しております。
処理完了後にご一報ください。
""" + SIG_CHIHAYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a consumer's full credit card number sent to an outside refund desk (reason 2)",
    },
    {
        "id": "hinshitsukanri-032",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 美穂 <yanase.m@hinode-sangyo.co.jp>",
        "to": ["東雲 隆 <shinonome@hinode-sangyo.co.jp>",
               "伊那工場 工場長 <ina-kojocho@hinode-sangyo.co.jp>"],
        "cc": ["品証 全員 <qa-all@hinode-sangyo.co.jp>"],
        "subject": "2025年度 第1回 内部品質監査 報告書",
        "body": """東雲部長、工場長

お疲れさまです。柳瀬です。
9月に実施した内部品質監査の報告書をお送りします。
重大な不適合 1件（計測器の校正期限切れ使用）、軽微な不適合 4件、観察事項 7件です。
是正処置回答の期限は 10月31日としました。

柳瀬
""",
        "attachments": [
            {"kind": "pdf", "name": "内部品質監査報告書_2025-1.pdf",
             "page_header": "社外秘",
             "title": "内部品質監査報告書",
             "lines": ["2025年度 第1回 内部品質監査 報告書",
                       "監査期間：2025年9月8日～9月19日　対象：伊那工場 全部門",
                       "重大な不適合：1件　軽微な不適合：4件　観察事項：7件"],
             "table": [["No", "区分", "部門", "内容", "条項"],
                       ["1", "重大", "製造2課", "校正期限切れのノギスを使用（2台）", "7.1.5"],
                       ["2", "軽微", "倉庫", "保留品エリアの表示不足", "8.7"],
                       ["3", "軽微", "品質管理課", "限度見本の有効期限の記載漏れ", "7.5"],
                       ["4", "軽微", "製造1課", "作業標準の旧版が現場に残存", "7.5.3"],
                       ["5", "軽微", "購買課", "サプライヤー再評価の記録遅れ", "8.4.1"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘-stamped internal audit report, but every recipient is internal",
    },
    {
        "id": "hinshitsukanri-033",
        "charset": "cp932",
        "sender": "蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 伊那営業所 <ina@aoba-unyu.co.jp>"],
        "subject": "分析用サンプル返却便の集荷依頼",
        "body": """青葉運輸株式会社
伊那営業所 御中

お世話になっております。日の出産業 品質管理課の蓼沼です。

分析の終わったサンプルを北国フーズ様（旭川工場）へ返却します。
明日10/2（木）15時頃に集荷をお願いできますでしょうか。

　荷姿：段ボール 1箱（60サイズ、冷蔵）
　送り状番号：4418-2207-6630
　届け先：北国フーズ株式会社 旭川工場 品質保証室（代表 0166-48-2211）

よろしくお願いいたします。
""" + SIG_TADENUMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "pickup request with a tracking number and a company switchboard: no personal data",
    },
    {
        "id": "hinshitsukanri-034",
        "charset": "utf-8",
        "sender": "Lisa Hasebe <hasebe.lisa@hinode-sangyo.co.jp>",
        "to": ["Daniel Ortega <dortega@meridian-appliance.com>"],
        "subject": "KT-80 Process FMEA rev.D",
        "body": """Hi Daniel,

Please find attached the updated Process FMEA for KT-80 (rev.D), reflecting the
new hole-piercing die and the added 100% leak test at final assembly.
RPNs above 100 have all been addressed; see rows 14, 22 and 31.

Let me know if you would like to walk through it on our Thursday call.
""" + SIG_HASEBE_EN,
        "attachments": [
            {"kind": "pdf", "name": "KT-80_PFMEA_revD.pdf",
             "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. - Do not distribute",
             "title": "KT-80 PFMEA rev.D",
             "lines": ["Process FMEA  KT-80 Electric Kettle  rev.D  2025-09-26",
                       "Prepared by: Quality Assurance Dept."],
             "table": [["No", "Process", "Failure mode", "S", "O", "D", "RPN", "Action"],
                       ["14", "Piercing", "Hole position out of tol.", "7", "4", "4", "112", "New die PD-8021"],
                       ["22", "Welding", "Leak at spout seam", "9", "3", "4", "108", "100% leak test"],
                       ["31", "Assembly", "Thermostat not seated", "8", "3", "5", "120", "Poka-yoke jig"]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached PFMEA carries a CONFIDENTIAL page footer and goes to an external customer (reason 6)",
    },
    {
        "id": "hinshitsukanri-035",
        "charset": "iso-2022-jp",
        "sender": "真鍋 慎吾 <manabe@hinode-sangyo.co.jp>",
        "to": ["東海モールディング 経理ご担当 <keiri@tokai-moulding.co.jp>"],
        "cc": ["森下 様 <morishita@tokai-moulding.co.jp>"],
        "subject": "新規取引先登録の完了と成績書様式について",
        "body": """東海モールディング株式会社
経理ご担当者様（cc: 森下様）

お世話になっております。日の出産業の真鍋です。

取引先登録の書類をありがとうございました。以下の内容で登録が完了しました。

　法人番号　　　　：3010001153207
　適格請求書発行事業者登録番号：T3010001153207
　取引先コード　　：V-30418

あわせて、品質保証部からのお願いです。
出荷ごとの検査成績書には、ロット番号と上記取引先コードの記載をお願いします。
様式は自由ですが、弊社標準様式（QF-021）もご利用いただけます。
""" + SIG_MANABE,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "a supplier's 法人番号 and T-number confirmed to that supplier: company identifiers, not personal data",
    },
    {
        "id": "hinshitsukanri-036",
        "charset": "utf-8",
        "sender": "千早 奈央 <chihaya.nao@hinode-sangyo.co.jp>",
        "to": ["nagisa.kouda@gmail.com", "t.morioka.home@gmail.com", "yuri.ashikaga77@gmail.com"],
        "subject": "【日の出産業】新製品モニターご協力のお礼と使用アンケートのお願い",
        "body": """モニターの皆さま

このたびは電気ケトル「KT-90（試作品）」の家庭内モニターにご協力いただき、
誠にありがとうございます。日の出産業 お客様相談室の千早です。

製品は本日、宅配便にて発送いたしました。2週間ほど普段どおりにお使いいただき、
10月20日までに下記アンケートへのご回答をお願いいたします。

　アンケートURL：https://survey.hinode-sangyo.co.jp/kt90-monitor
　モニター番号：封入の案内状に記載しております

お使いの途中で異音・異臭・水漏れなどがあった場合は、すぐに使用を中止し、
フリーダイヤルまでご連絡ください。
""" + SIG_CHIHAYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "three private monitors on free mail openly in To can see each other's addresses: should have been Bcc (reason 4)",
    },
    {
        "id": "hinshitsukanri-037",
        "charset": "iso-2022-jp",
        "sender": "真鍋 慎吾 <manabe@hinode-sangyo.co.jp>",
        "to": ["真鍋 慎吾 <manabe@hinode-sangyo.co.jp>"],
        "bcc": ["ishiguro.t@maruyama-seiko.co.jp", "hinsho@sanwa-spring.co.jp",
                "morishita@tokai-moulding.co.jp", "quality@marukawa-pack.co.jp",
                "eigyo@kanto-kouzai.co.jp", "kevin.zhou@hengtai-precision.com"],
        "subject": "紛争鉱物調査（CMRT 6.5）ご回答のお願い",
        "body": """お取引先各位

※本メールは関係するお取引先様へBCCにて一斉送信しております。

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 品質保証部 サプライヤー品質課の真鍋でございます。

顧客からの要請により、本年度も紛争鉱物（3TG）およびコバルト・マイカの
使用状況調査を実施いたします。
お手数ですが、RMI の最新テンプレート（CMRT 6.5 / EMRT 1.3）にてご回答のうえ、
11月14日（金）までにご返信くださいますようお願い申し上げます。

テンプレートは RMI のウェブサイトから入手いただけます。
ご不明点は真鍋までお問い合わせください。
""" + SIG_MANABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mass mail to six suppliers done right: they are in Bcc, only the sender is in To",
    },
    {
        "id": "hinshitsukanri-038",
        "charset": "utf-8",
        "sender": "Lisa Hasebe <hasebe.lisa@hinode-sangyo.co.jp>",
        "to": ["Kevin Zhou <kevin.zhou@hengtai-precision.com>"],
        "subject": "Re: SCAR-25-022 interim report (D3/D4)",
        "body": """Hi Kevin,

Thanks for the interim report. The containment looks fine. On D4, the bath analysis
shows the nickel concentration dropped after the Aug 28 replenishment; please add the
replenishment log and the anode inspection record so we can close D4.

Also, could you confirm whether lot 2508-A19 shipped to our Shenzhen hub was plated
in the same bath?

Thanks,
Lisa

On Fri, Sep 26, 2025 at 6:42 PM Kevin Zhou <kevin.zhou@hengtai-precision.com> wrote:
> Dear Lisa,
>
> Please see our interim 8D below.
> D3: 38,000 pcs quarantined at our plant; 12,000 pcs in transit sorted on arrival.
> D4 (preliminary): Ni bath concentration fell to 52 g/L (spec 60-75 g/L) after
> replenishment on Aug 28. Operator Li Wei, line 3 supervisor, tel +86 769 2288 1043,
> confirmed the analysis was skipped that shift.
>
> Best regards,
> Kevin Zhou
> QA Manager, Dongguan Hengtai Precision Co., Ltd.
""" + SIG_HASEBE_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply to a supplier; the only person's details are in the supplier's own quoted mail",
    },
    {
        "id": "hinshitsukanri-039",
        "charset": "iso-2022-jp",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["服部 様 <s.hattori@kawasaki-denki.co.jp>"],
        "subject": "RC-5510 使用中の動悸申出について（IH基板の電磁ノイズ確認依頼）",
        "body": """川崎電機株式会社
品質保証部 服部様

お世話になっております。日の出産業の坂巻です。

IH炊飯器 RC-5510 につき、安全に関わる可能性のあるお申し出がありましたので共有します。

お申し出者は福島県郡山市の宍戸 勝義様（82歳）で、心臓ペースメーカーを
装着されています。炊飯中に本体の近くにいたところ動悸を感じ、
かかりつけの循環器内科で「ペースメーカーの一時的な感知不全の疑い」と
説明を受けたとのことです。

取扱説明書には「医療用電子機器をお使いの方は医師にご相談ください」との
記載がありますが、貴社 IH 基板（CB-5510A）の漏れ磁界の測定データを
ご提供いただけますでしょうか。当社でも実機での測定を進めます。
""" + SIG_SAKAMAKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named consumer's pacemaker and cardiology finding sent to a partner: health data of one person (reason 3)",
    },
    {
        "id": "hinshitsukanri-040",
        "charset": "cp932",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 品質安全課 <anzen@aoba-unyu.co.jp>"],
        "subject": "輸送中破損（9/24 伊那→厚木便）の是正処置のお願い",
        "body": """青葉運輸株式会社
品質安全課 御中

いつもお世話になっております。日の出産業 伊那工場の大谷地です。

9/24 伊那工場発・厚木物流センター着の便で、KT-80 の外箱つぶれが
18ケース発生しました。当日のドライバーの山根様からは「荷崩れ防止のラッシング
ベルトを1本しか掛けていなかった」とご説明いただいています。

　便名　　　：IN-AT 0924-2
　破損数　　：18ケース（108台）中、製品変形 7台
　写真　　　：共有フォルダにアップ済み

つきましては、10月10日までに原因と再発防止策をご回答ください。
製品の損害額は別途ご連絡いたします。
""" + SIG_OYACHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "transport damage complaint to the carrier; the driver is named but no other data about him",
    },
]

# ---------------------------------------------------------------------------- 041-050

MESSAGES += [
    {
        "id": "hinshitsukanri-041",
        "charset": "iso-2022-jp",
        "sender": "蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>",
        "to": ["竹之内 先生 <takenouchi@mech.hokushin-u.ac.jp>"],
        "subject": "塩水噴霧試験の評価方法についてご相談",
        "body": """北信大学 工学部 機械システム工学科
竹之内 先生

突然のご連絡失礼いたします。
日の出産業株式会社 品質管理課の蓼沼と申します。
昨年の長野県表面技術研究会でのご講演を拝聴し、ご連絡いたしました。

現在、ケトル底板（SUS430、電解研磨）の耐食性評価として
JIS Z 2371 の中性塩水噴霧試験（NSS）を 96 時間で行っておりますが、
実使用（硬水地域での空焚き後の白錆）との相関がとれず困っております。
複合サイクル試験（CCT）への切替えの妥当性について、
一度ご意見を伺う機会をいただけないでしょうか。

ご多忙のところ恐縮ですが、ご検討いただけますと幸いです。
""" + SIG_TADENUMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "technical consultation with a university professor (.ac.jp), no personal data",
    },
    {
        "id": "hinshitsukanri-042",
        "charset": "cp932",
        "sender": "蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>",
        "to": ["長野県工業技術総合センター 依頼試験受付 <irai-shiken@itc.pref.nagano.lg.jp>"],
        "subject": "依頼試験の申込み（EMC 放射エミッション）",
        "body": """長野県工業技術総合センター
依頼試験受付 ご担当者様

いつもお世話になっております。日の出産業株式会社の蓼沼です。

IH炊飯器の放射エミッション測定（CISPR 14-1）をお願いしたく、
依頼試験申込書を添付いたします。
10月第3週～第4週で電波暗室の空きがあれば、ご予約をお願いできますでしょうか。

試料は2台、当日持参いたします。
""" + SIG_TADENUMA,
        "attachments": [
            {"kind": "docx", "name": "依頼試験申込書_日の出産業_EMC.docx",
             "title": "依頼試験申込書",
             "paragraphs": ["依頼試験申込書", "申込日：2025年9月30日",
                            "申込者：日の出産業株式会社 品質管理課（担当：蓼沼）",
                            "所在地：長野県伊那市伊那部5281-4　電話：0265-72-4410（代表）"],
             "tables": [[["試験項目", "規格", "試料", "数量"],
                         ["放射エミッション 30MHz～1GHz", "CISPR 14-1", "IH炊飯器 RC-5510", "2台"],
                         ["雑音端子電圧", "CISPR 14-1", "IH炊飯器 RC-5510", "2台"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "test application form to a prefectural lab (.lg.jp): company address and switchboard only",
    },
    {
        "id": "hinshitsukanri-043",
        "charset": "utf-8",
        "sender": "柳瀬 美穂 <yanase.m@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務課 入構受付 <nyuko@kawasaki-denki.co.jp>"],
        "cc": ["服部 様 <s.hattori@kawasaki-denki.co.jp>"],
        "subject": "10/15 工程監査 立会者の入構申請",
        "body": """川崎電機株式会社
総務課 入構受付ご担当者様

お世話になっております。日の出産業の柳瀬です。

10月15日（水）に貴社川崎工場で実施される工程監査（RC-5510 IH基板）に
弊社から以下の6名が立ち会います。入構申請をお願いいたします。

氏名	フリガナ	所属	携帯電話	メールアドレス
柳瀬 美穂	ヤナセ ミホ	品質監査G	090-2274-6158	yanase.m@hinode-sangyo.co.jp
真鍋 慎吾	マナベ シンゴ	サプライヤー品質課	080-4410-9327	manabe@hinode-sangyo.co.jp
坂巻 由香	サカマキ ユカ	品質保証課	080-7736-0912	sakamaki.y@hinode-sangyo.co.jp
大谷地 健太	オオヤチ ケンタ	品質管理課	090-6618-2475	oyachi-k@hinode-sangyo.co.jp
宇佐美 拓	ウサミ タク	計測管理G	070-3309-8841	usami.taku@hinode-sangyo.co.jp
葛城 航	カツラギ ワタル	設計2課	090-1157-6023	katsuragi.w@hinode-sangyo.co.jp

当日は 8:45 に正門受付へ伺います。
""" + SIG_YANASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six staff records with personal mobile numbers and e-mail, tab-separated, to a partner: list of people (reason 1)",
    },
    {
        "id": "hinshitsukanri-044",
        "charset": "iso-2022-jp",
        "sender": "日の出産業 お客様相談室 <sodan@hinode-sangyo.co.jp>",
        "to": ["tomio-h.0923@docomo.ne.jp"],
        "subject": "【日の出産業】回収品お引取り日のご案内",
        "body": """堀米 富雄 様

日の出産業 お客様相談室でございます。
このたびは電気ケトル KT-65 の自主回収にご協力いただき、ありがとうございます。

お引取り日が決まりましたのでご案内いたします。

　日時：10月4日（土）午前中
　伺う業者：青葉運輸
　お引取り品：KT-65 本体・電源プレート（箱は不要です）

代替品（KT-80）は、お引取り後 1週間ほどでお届けいたします。
ご都合が悪くなった場合は、フリーダイヤル 0120-41-8801 までご連絡ください。

日の出産業株式会社 お客様相談室
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "pickup notice to one consumer at a carrier mail address; nothing about anyone but the addressee",
    },
    {
        "id": "hinshitsukanri-045",
        "charset": "utf-8",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["北陽化成 品質管理課 宗方様 <munakata@hokuyo-kasei.co.jp>"],
        "subject": "FW: 【変更申請】CL-200 個包装フィルムの材料変更について（丸川パック）",
        "body": """宗方様

お世話になっております。坂巻です。
CL-200 の個包装フィルムについて、包材メーカーから材料変更の申請が来ております。
貴社への変更届の対象と思われますので、原文を転送いたします。
弊社での評価（シール強度・ピンホール・保存試験）は 11月中旬に完了予定です。

---------- Forwarded message ---------
From: 丸川パック 品質管理 <quality@marukawa-pack.co.jp>
Date: 2025年9月25日(木) 16:08
Subject: 【変更申請】CL-200 個包装フィルムの材料変更について
To: 坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>

日の出産業株式会社 品質保証課 坂巻様

平素より大変お世話になっております。
原料メーカーの生産終了に伴い、下記のとおり材料を変更させていただきたく申請いたします。

　現行：PET12/AL7/LLDPE40（ラミネート構成）
　変更後：PET12/AL7/CPP40
　変更予定：2026年1月生産分より
　添付：変更前後の物性比較表、食品衛生法 適合証明書

丸川パック株式会社 品質管理部 乾 正人
TEL 058-379-4401（代表）
""" + SIG_SAKAMAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a supplier's material-change notice to a customer; only a business signature inside",
    },
    {
        "id": "hinshitsukanri-046",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 美穂 <yanase.m@hinode-sangyo.co.jp>",
        "to": ["石黒 様 <ishiguro.t@maruyama-seiko.co.jp>"],
        "subject": "定期品質監査（10/8）監査報告書の送付",
        "body": """丸山精工株式会社
品質管理課 石黒様

先日はお忙しい中、監査にご対応いただきありがとうございました。
監査報告書をPDFでお送りします。開封パスワードは、お電話でお伝えいたします。

指摘事項 3件の是正処置計画を 11月7日までにご提出ください。
""" + SIG_YANASE,
        "attachments": [
            {"kind": "pdf", "name": "監査報告書_丸山精工様_20251008.pdf", "password": "ms1008audit",
             "lines": ["品質監査報告書", "被監査組織：丸山精工株式会社", "監査日：2025年10月8日",
                       "指摘事項：3件（軽微）　観察事項：5件"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to a supplier cannot be inspected (reason 7)",
    },
    {
        "id": "hinshitsukanri-047",
        "charset": "cp932",
        "sender": "蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>",
        "to": ["法務部 <houmu@hinode-sangyo.co.jp>"],
        "cc": ["東雲 隆 <shinonome@hinode-sangyo.co.jp>"],
        "subject": "FW: 【至急】ひのでカレー異物 健康被害の発生について（C25-1044）",
        "body": """法務部 御中

品証の蓼沼です。お疲れさまです。
治療費負担のご相談をいただいている件、対応方針のご相談です。
経緯は下記の転送メールのとおりです。お客様は示談書の取り交わしに前向きとのことです。
連絡先：滝本様 携帯 090-8843-2175（相談室 千早が窓口）

-------- 転送メッセージ --------
差出人: 蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>
宛先: 北国フーズ 品質保証室 <qa-room@kitaguni-foods.co.jp>
件名: 【至急】ひのでカレー異物 健康被害の発生について（C25-1044）

・お申し出者：滝本 智恵子 様（68歳）
・内容：喫食中に硬い異物を噛み、翌日受診した歯科医院にて
　「右下第一大臼歯 歯冠破折」と診断。治療費（約42,000円見込み）のご負担についてご相談あり。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a named consumer's dental diagnosis and phone forwarded to the internal legal department only",
    },
    {
        "id": "hinshitsukanri-048",
        "charset": "iso-2022-jp",
        "sender": "東雲 隆 <shinonome@hinode-sangyo.co.jp>",
        "to": ["あさひ損保 企業損害サービス課 <kigyo-songai@asahi-sonpo.co.jp>"],
        "cc": ["法務部 <houmu@hinode-sangyo.co.jp>"],
        "subject": "生産物賠償責任保険 事故報告（証券番号 PL-2207-118834）",
        "body": """あさひ損害保険株式会社
企業損害サービス課 御中

いつもお世話になっております。日の出産業 品質保証部長の東雲でございます。
弊社製品による人身事故が発生しましたので、生産物賠償責任保険の事故報告をいたします。

【被害者】
　氏名　　　：鮫島 茉莉（さめじま まり）
　生年月日　：平成２６年７月１９日（１１歳）
　保護者　　：鮫島 隆之（父）
　健康保険証：記号 ８２０４１７　番号 ４１（被扶養者）　保険者番号 06139024

【事故の概要】
　発生日時：２０２５年９月２７日 午前７時頃
　製品　　：電気ケトル KT-65（製造番号 KT65-2506-04412）
　状況　　：ケトルを持ち上げた際にふたが外れ、熱湯が右前腕にかかった
　負傷　　：右前腕 II度熱傷（約 8cm×5cm）、市立病院形成外科に通院中（全治3週間見込み）

KT-65 はふたのツメ不良で自主回収中の製品です。
現品は弊社にて回収済みです。今後の対応についてご指示をお願いいたします。
""" + SIG_SHINONOME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a child's health-insurance card number, birth date and burn injury to an insurer (reasons 2 and 3)",
    },
    {
        "id": "hinshitsukanri-049",
        "charset": "utf-8",
        "sender": "宇佐美 拓 <usami.taku@hinode-sangyo.co.jp>",
        "to": ["服部 様 <s.hattori@kawasaki-denki.co.jp>"],
        "subject": "内釜膜厚測定のゲージR&R結果",
        "body": """川崎電機株式会社
品質保証部 服部様

お世話になっております。日の出産業 計測管理グループの宇佐美です。

先日ご指摘いただいた内釜フッ素コート膜厚計（電磁式 LZ-990）の
ゲージR&R を実施しましたので、結果をお送りします。

　%GRR：8.7%（判定：合格 ＜10%）
　ndc ：14

測定者3名（A／B／C）×部品10個×3回の交差計画です。
シート「生データ」「ANOVA」をご確認ください。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "xlsx", "name": "GRR_LZ-990_内釜膜厚.xlsx",
             "sheets": {
                 "サマリー": [["ゲージR&R 結果（ANOVA法）"], [],
                             ["項目", "値"], ["%GRR", "8.7%"], ["%EV", "6.1%"],
                             ["%AV", "6.2%"], ["ndc", 14]],
                 "生データ": [["測定者", "部品", "1回目", "2回目", "3回目"],
                            ["A", 1, 31.2, 31.4, 31.1], ["A", 2, 28.7, 28.9, 28.8],
                            ["B", 1, 31.5, 31.3, 31.6], ["B", 2, 28.6, 28.9, 28.7],
                            ["C", 1, 31.3, 31.2, 31.4], ["C", 2, 29.0, 28.8, 28.9]],
                 "ANOVA": [["要因", "自由度", "平方和", "分散", "F値"],
                           ["部品", 9, 812.44, 90.27, 1432.9],
                           ["測定者", 2, 0.41, 0.21, 3.26],
                           ["交互作用", 18, 1.13, 0.06, 0.94]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "gauge R&R workbook with anonymous appraisers A/B/C to a customer: measurement data only",
    },
    {
        "id": "hinshitsukanri-050",
        "charset": "cp932",
        "sender": "柳瀬 美穂 <yanase.m@hinode-sangyo.co.jp>",
        "to": ["北陽化成 品質管理課 宗方様 <munakata@hokuyo-kasei.co.jp>"],
        "subject": "Re: 取引先品質監査 事前チェックシートのご提出",
        "body": """宗方様

お世話になっております。日の出産業の柳瀬です。

ご送付いただいた事前チェックシートに回答を記入しましたので、お送りします。
証拠書類（QC工程表、校正台帳の写し）は監査当日にご覧いただけるよう準備いたします。

どうぞよろしくお願いいたします。

柳瀬

> 日の出産業 柳瀬様
> 北陽化成の宗方です。11月の監査に先立ち、添付のチェックシートに
> ご回答のうえ 10/10 までにご返送ください。
""",
        "attachments": [
            {"kind": "docx", "name": "事前チェックシート_日の出産業_回答.docx",
             "paragraphs": ["取引先品質監査 事前チェックシート（回答）", "回答者：日の出産業株式会社 品質監査グループ"],
             "tables": [[["No", "質問", "回答", "証拠"],
                         ["1", "品質マニュアルは最新版か", "はい（第12版 2025/04）", "QM-001"],
                         ["2", "計測器の校正周期は定められているか", "はい（1年／重要計測器は半年）", "校正台帳"],
                         ["3", "不適合品の識別・隔離方法", "赤札・赤箱、保留エリア施錠", "QP-087"],
                         ["4", "変化点管理（4M）の仕組み", "変化点ボード、初物検査の記録", "QP-052"],
                         ["5", "教育訓練の記録", "力量表で管理（年1回更新）", "力量表"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "completed audit questionnaire (DOCX) returned to a customer: procedures and document numbers",
    },
]

# ---------------------------------------------------------------------------- 051-060

MESSAGES += [
    {
        "id": "hinshitsukanri-051",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 美穂 <yanase.m@hinode-sangyo.co.jp>",
        "to": ["大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>"],
        "cc": ["蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>", "宇佐美 拓 <usami.taku@hinode-sangyo.co.jp>",
               "tadenuma@hinode-sangyou.co.jp"],
        "subject": "内部監査（第2回）チーム編成と日程",
        "body": """大谷地さん
（cc：蓼沼さん、宇佐美さん）

お疲れさまです。柳瀬です。
第2回内部監査のチーム編成案です。

　チームA（製造1課・製造2課）：柳瀬（リーダー）、大谷地
　チームB（購買・倉庫・品質管理課）：蓼沼（リーダー）、宇佐美
　日程：11月10日（月）～11月14日（金）

被監査部門との日程調整は各チームリーダーでお願いします。
チェックリストは前回のものを流用し、重大不適合が出た 7.1.5 を重点にします。

柳瀬
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "one Cc address is at hinode-sangyou.co.jp, a look-alike of the company's own domain (reason 5)",
    },
    {
        "id": "hinshitsukanri-052",
        "charset": "utf-8",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["栄電装 品質保証課 <hinsho@sakae-denso.co.jp>"],
        "subject": "トレーサビリティ調査回答（電源コード組立 PC-12 ロット）",
        "body": """栄電装株式会社
品質保証課 御中

お世話になっております。日の出産業の大谷地です。

ご依頼の電源コード組立 PC-12 のトレーサビリティ調査結果をCSVでお送りします。
貴社ロット 25-0811～25-0822 を使用した当社完成品ロットと出荷先（物流センター）を
紐づけています。

ご不明点があればお知らせください。
""" + SIG_OYACHI,
        "attachments": [
            {"kind": "csv", "name": "trace_PC-12_2508.csv", "encoding": "utf-8",
             "rows": [
                 ["部品ロット", "完成品品番", "完成品ロット", "生産日", "数量", "出荷先"],
                 ["25-0811", "KT-80", "KT80-2508-1102", "2025-08-13", "1200", "厚木物流センター"],
                 ["25-0811", "KT-80", "KT80-2508-1103", "2025-08-14", "1200", "厚木物流センター"],
                 ["25-0815", "KT-65", "KT65-2508-0917", "2025-08-18", "960", "大阪南港センター"],
                 ["25-0819", "KT-80", "KT80-2508-1141", "2025-08-21", "1200", "北海道石狩DC"],
                 ["25-0822", "HM-22", "HM22-2508-0288", "2025-08-25", "480", "厚木物流センター"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "lot traceability CSV (lots, dates, warehouses) to a supplier: no personal data",
    },
    {
        "id": "hinshitsukanri-053",
        "charset": "cp932",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["三和スプリング 品質保証課 <hinsho@sanwa-spring.co.jp>"],
        "subject": "検査基準書・チェックシート改訂版の送付（SP-1180／SP-1204）",
        "body": """三和スプリング株式会社
品質保証課 御中

いつもお世話になっております。日の出産業の大谷地です。

受入検査基準書を改訂しましたので、ZIPにまとめてお送りします。
（パスワードは掛けておりません）

　・受入検査基準書 SP-1180 rev.5（荷重測定の位置を 24mm に変更）
　・受入検査基準書 SP-1204 rev.2（新規）
　・出荷検査チェックシート（様式）

11月入荷分から新基準で検査いたします。貴社出荷検査も合わせてご対応ください。
""" + SIG_OYACHI,
        "attachments": [
            {"kind": "zip", "name": "検査基準書_202510改訂.zip",
             "files": [
                 {"kind": "pdf", "name": "受入検査基準書_SP-1180_rev5.pdf",
                  "lines": ["受入検査基準書 SP-1180 圧縮ばね rev.5", "改訂日 2025/10/01"],
                  "table": [["項目", "規格", "検査方法", "抜取"],
                            ["自由長", "32.0±0.3", "ノギス", "n=5"],
                            ["荷重@24mm", "48±3N", "荷重試験機", "n=5"],
                            ["外径", "12.0±0.1", "マイクロメータ", "n=5"]]},
                 {"kind": "pdf", "name": "受入検査基準書_SP-1204_rev2.pdf",
                  "lines": ["受入検査基準書 SP-1204 引張ばね rev.2", "改訂日 2025/10/01"]},
                 {"kind": "xlsx", "name": "出荷検査チェックシート_様式.xlsx",
                  "sheets": {"様式": [["出荷検査チェックシート"], ["品番", "ロット", "自由長", "荷重", "外径", "判定", "検査者印"]]}},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an unencrypted ZIP of inspection standards (PDF, XLSX) to a supplier: readable, no personal data",
    },
    {
        "id": "hinshitsukanri-054",
        "charset": "utf-8",
        "sender": "千早 奈央 <chihaya.nao@hinode-sangyo.co.jp>",
        "to": ["インサイトラボ 調査部 <research@insight-lab.co.jp>"],
        "subject": "KT-90 家庭内モニター 対象者リスト（訪問インタビュー用）",
        "body": """株式会社インサイトラボ
調査部 ご担当者様

お世話になっております。日の出産業 お客様相談室の千早です。

KT-90 の家庭内モニターのうち、訪問インタビューにご協力いただける方の
リストをお送りします（ZIP内のCSV）。
各ご家庭への日程調整のご連絡は、貴社からお願いいたします。
""" + SIG_CHIHAYA,
        "attachments": [
            {"kind": "zip", "name": "KT90_monitor_visit.zip",
             "files": [
                 {"kind": "csv", "name": "monitor_visit_list.csv", "encoding": "cp932",
                  "rows": [
                      ["モニターNo", "氏名", "年代", "住所", "電話", "メール"],
                      ["M-01", "幸田 渚", "30代", "東京都目黒区碑文谷2-9-14", "080-5530-1129", "nagisa.kouda@gmail.com"],
                      ["M-04", "森岡 哲也", "40代", "神奈川県藤沢市鵠沼海岸5-3-21", "090-2241-7765", "t.morioka.home@gmail.com"],
                      ["M-05", "足利 ゆり", "20代", "東京都調布市国領町3-6-8-302", "070-6614-0038", "yuri.ashikaga77@gmail.com"],
                      ["M-07", "椎葉 圭吾", "50代", "千葉県船橋市習志野台4-48-2", "047-465-3319", "shiiba.k@yahoo.co.jp"],
                      ["M-09", "安曇 里沙", "30代", "埼玉県所沢市小手指町1-27-5", "090-9902-4418", "risa_azumi@icloud.com"],
                      ["M-11", "乾 はるか", "60代", "東京都練馬区光が丘3-9-2-1104", "03-3977-2281", "haruka.inui@outlook.jp"],
                      ["M-12", "樋渡 純", "40代", "東京都杉並区阿佐谷北6-14-7", "080-3318-6642", "jun.hiwatashi@gmail.com"],
                      ["M-15", "丹羽 あかね", "30代", "神奈川県川崎市麻生区王禅寺西2-21-1", "090-7745-3106", "akane.niwa@docomo.ne.jp"],
                  ]},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "eight private monitors' names, addresses, phones and e-mails in a CSV inside a plain ZIP to a research firm (reason 1)",
    },
    {
        "id": "hinshitsukanri-055",
        "charset": "iso-2022-jp",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["やまびこマート 品質管理部 <hinkan@yamabiko-mart.co.jp>"],
        "subject": "CL-200 包装材料変更のご連絡（仕入先通知を添付）",
        "body": """株式会社やまびこマート
品質管理部 御中

平素よりお引き立ていただき、誠にありがとうございます。
日の出産業 品質保証課の坂巻でございます。

貴社にてお取り扱いいただいている「ケトル用クエン酸洗浄剤 CL-200」につき、
個包装フィルムの材料が 2026年1月生産分より変更となる予定です。
包材メーカーからの通知メールを添付いたしますのでご確認ください。

品質・表示への影響はございません（JANコード 4975531208816 に変更なし）。
""" + SIG_SAKAMAKI,
        "attachments": [
            {"kind": "eml", "name": "【変更申請】CL-200 個包装フィルムの材料変更について.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "丸川パック 品質管理 <quality@marukawa-pack.co.jp>",
                 "to": ["坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>"],
                 "subject": "【変更申請】CL-200 個包装フィルムの材料変更について",
                 "body": """日の出産業株式会社 品質保証課 坂巻様

平素より大変お世話になっております。
原料メーカーの生産終了に伴い、下記のとおり材料を変更させていただきたく申請いたします。

　現行：PET12/AL7/LLDPE40
　変更後：PET12/AL7/CPP40
　変更予定：2026年1月生産分より

丸川パック株式会社 品質管理部
TEL 058-379-4401（代表）
"""}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "supplier change notice attached as a mail to a retail customer: no personal data, JAN code only",
    },
    {
        "id": "hinshitsukanri-056",
        "charset": "utf-8",
        "sender": "Lisa Hasebe <hasebe.lisa@hinode-sangyo.co.jp>",
        "to": ["Amy Lin <amy.lin@taipei-connect.com.tw>"],
        "subject": "Request for RoHS / REACH declarations - connector TC-2210 series",
        "body": """Dear Ms. Lin,

I am writing from the Quality Assurance department of Hinode Sangyo.

For our annual compliance review, could you please provide the following for the
TC-2210 connector series (TC-2210-02, -04, -06) supplied to us:

  1. RoHS declaration (EU 2011/65/EU incl. 2015/863, 10 substances)
  2. REACH SVHC declaration against the latest candidate list (June 2025, 250 entries)
  3. Third-party test report (XRF or ICP) not older than 12 months

We would appreciate receiving these by October 31.

Thank you for your continued support.
""" + SIG_HASEBE_EN + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English compliance-document request to a foreign supplier with the standard disclaimer",
    },
    {
        "id": "hinshitsukanri-057",
        "charset": "cp932",
        "sender": "真鍋 慎吾 <manabe@hinode-sangyo.co.jp>",
        "to": ["三和スプリング 品質保証課 <hinsho@sanwa-spring.co.jp>"],
        "subject": "【社外秘】次期モデル（KT-100）用ばね仕様の事前開示",
        "body": """【社外秘／取扱注意】

三和スプリング株式会社
品質保証課 御中

お世話になっております。日の出産業の真鍋です。

来年発売予定の KT-100 で使用するふたロック用ばねの仕様を事前にお知らせします。
量産見積りと工程能力の見通しを、11月末までにいただけますでしょうか。

　品番（仮）：SP-1310
　線径 0.6mm、SUS304-WPB、有効巻数 7.5
　荷重：12.0±0.8N @ 9.0mm（重要特性）
　生産数量（予定）：月 60,000 個、2026年4月量産開始

本情報は発表前の製品に関するものですので、貴社内でも関係者限りでお取り扱いください。
""" + SIG_MANABE,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is stamped 社外秘／取扱注意 in the subject and at the top and goes to a supplier (reason 6)",
    },
    {
        "id": "hinshitsukanri-058",
        "charset": "iso-2022-jp",
        "sender": "千早 奈央 <chihaya.nao@hinode-sangyo.co.jp>",
        "to": ["やまびこマート 品質管理部 <hinkan@yamabiko-mart.co.jp>"],
        "subject": "KT-65 自主回収 告知POP掲示のお願い（対象店舗一覧）",
        "body": """株式会社やまびこマート
品質管理部 御中

お世話になっております。日の出産業 お客様相談室の千早です。

KT-65 自主回収につき、販売実績のある下記店舗での告知POP掲示をお願いいたします。
POP（A4・B5 各2枚）は本日各店舗宛てに発送しました。

　店舗名　　　　　　　所在地　　　　　　　　　　　　　　電話
　やまびこマート 伊那店　　長野県伊那市狐島4180-1　　　　0265-76-2280
　やまびこマート 駒ヶ根店　長野県駒ヶ根市上穂南8-12　　　0265-82-5517
　やまびこマート 飯田店　　長野県飯田市鼎中平1977　　　　0265-24-8103
　やまびこマート 塩尻店　　長野県塩尻市広丘野村1620-5　　0263-51-3340
　やまびこマート 松本南店　長野県松本市双葉18-4　　　　　0263-27-9061
　やまびこマート 諏訪店　　長野県諏訪市中洲5411-2　　　　0266-58-4472

お問い合わせはお客様相談室（0120-41-8801）へご案内ください。
""" + SIG_CHIHAYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of shops with their addresses and shop phones: businesses, not people",
    },
    {
        "id": "hinshitsukanri-059",
        "charset": "utf-8",
        "sender": "宇佐美 拓 <usami.taku@hinode-sangyo.co.jp>",
        "to": ["品質管理課 <qc-ina@hinode-sangyo.co.jp>"],
        "subject": "校正証明書（9月返却分）一式",
        "body": """品質管理課各位

計測管理の宇佐美です。
9月に外部校正から戻った計測器の校正証明書をZIPにまとめました。
社内ルールどおりパスワード付きにしています（パスワードは Teams で連絡します）。
校正台帳への反映は済んでいます。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "zip", "name": "校正証明書_202509.zip", "password": "cal-0930-ina",
             "files": [
                 {"kind": "pdf", "name": "校正証明書_LZ-990_No3.pdf", "lines": ["校正証明書", "器物：電磁式膜厚計 LZ-990", "管理番号 M-0338"]},
                 {"kind": "pdf", "name": "校正証明書_荷重計_No7.pdf", "lines": ["校正証明書", "器物：デジタルフォースゲージ", "管理番号 M-0412"]},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "password ZIP of calibration certificates, but sent only to an internal address",
    },
    {
        "id": "hinshitsukanri-060",
        "charset": "iso-2022-jp",
        "sender": "真鍋 慎吾 <manabe@hinode-sangyo.co.jp>",
        "to": ["服部 様 <s.hattori@kawasaki-denki.co.jp>"],
        "subject": "品質窓口 担当変更のご連絡",
        "body": """川崎電機株式会社
品質保証部 服部様

いつもお世話になっております。日の出産業の真鍋です。

10月1日付の組織変更により、貴社との品質窓口を下記の者に引き継ぐことになりました。
今後とも変わらぬご指導のほど、よろしくお願い申し上げます。

　新担当：品質保証部 品質保証課　宇佐美 拓（うさみ たく）
　メール：usami.taku@hinode-sangyo.co.jp
　携帯　：070-3309-8841（不在時・緊急時はこちらへ）

私は引き続きサプライヤー品質課でおりますので、移行期間中は私にもccをお願いします。
""" + SIG_MANABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one new contact person's name, mobile and e-mail to a partner: ordinary business contact of one person",
    },
]

# ---------------------------------------------------------------------------- 061-070

MESSAGES += [
    {
        "id": "hinshitsukanri-061",
        "charset": "iso-2022-jp",
        "sender": "東雲 隆 <shinonome@hinode-sangyo.co.jp>",
        "to": ["服部 様 <s.hattori@kawasaki-denki.co.jp>",
               "青葉運輸 品質安全課 <anzen@aoba-unyu.co.jp>"],
        "cc": ["日本試験技術協会 試験部 倉持様 <kuramochi@jtl-kensa.or.jp>",
               "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>"],
        "subject": "RC-5510 基板割れ 原因究明会議（10/20）のご案内",
        "body": """関係各位

日の出産業 品質保証部の東雲でございます。

RC-5510 の市場品で発生している IH 制御基板の割れにつき、
部品・輸送・評価の各観点から原因を究明するため、関係者会議を開催いたします。

　日時：2025年10月20日（月）13:30～16:00
　場所：日の出産業 伊那工場 第2会議室（Teams併用）
　議題：
　　1. 市場不良の発生状況（日の出産業）
　　2. 基板の設計・実装条件（川崎電機様）
　　3. 輸送振動の実測結果（青葉運輸様）
　　4. 振動・落下試験の再現結果（日本試験技術協会様）

ご出席者を 10月14日までにお知らせください。
""" + SIG_SHINONOME,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (two partners and a test lab) openly in To/Cc (reason 4)",
    },
    {
        "id": "hinshitsukanri-062",
        "charset": "utf-8",
        "sender": "Lisa Hasebe <hasebe.lisa@hinode-sangyo.co.jp>",
        "to": ["Daniel Ortega <dortega@meridian-appliance.com>"],
        "subject": "Your process audit visit to Ina plant (Nov 11-12) - itinerary",
        "body": """Hi Daniel,

We are looking forward to your visit. Here is the proposed itinerary.

Nov 10 (Mon)  Arrival at Narita, limousine bus to Shinjuku, Azusa express to Shiojiri,
              then JR Iida line to Ina-shi. We have booked a room for you at:
                Sakura Hotel Ina, 3-12 Nakamachi, Ina-shi, Nagano
                Tel +81-265-78-3300 (front desk)
Nov 11 (Tue)  09:00 Opening meeting / 10:00-17:00 Process audit, KT-80 line
Nov 12 (Wed)  09:00-12:00 Document review (PFMEA, control plan, MSA)
              14:00 Closing meeting, then transfer to Matsumoto airport

Our driver will pick you up at the hotel lobby at 8:30 each morning.
Please let me know about any dietary requirements for lunch.
""" + SIG_HASEBE_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English itinerary with a hotel's business address and front-desk phone: business contacts only",
    },
    {
        "id": "hinshitsukanri-063",
        "charset": "cp932",
        "sender": "柳瀬 美穂 <yanase.m@hinode-sangyo.co.jp>",
        "to": ["さくらホテル伊那 予約係 <ina-reserve@sakura-hotel.jp>"],
        "subject": "宿泊予約のお願い（11/10～11/12 2名）",
        "body": """さくらホテル伊那
予約係 御中

いつもお世話になっております。日の出産業株式会社の柳瀬です。
法人契約（契約番号 HS-0231）で、下記の宿泊予約をお願いいたします。

　1）Daniel Ortega 様　11/10～11/12（2泊）シングル禁煙
　　　携帯 +1-616-555-0187（到着が遅くなる場合はこちらへ）
　2）長谷部 リサ　　　11/10～11/11（1泊）シングル禁煙
　　　携帯 080-2651-4390

請求は弊社宛てでお願いします（朝食付き）。
""" + SIG_YANASE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "hotel booking for two guests with their mobiles to a partner hotel: 1-4 people's records",
    },
    {
        "id": "hinshitsukanri-064",
        "charset": "iso-2022-jp",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["服部 様 <s.hattori@kawasaki-denki.co.jp>"],
        "subject": "IH基板 CB-5510A 不具合品の製造番号照会",
        "body": """服部様

お世話になっております。坂巻です。
基板割れの不具合品について、貴社製造番号と当社製品の製造番号の対応をお送りします。
貴社側の実装ロット（リフロー炉の条件）の照会をお願いします。

　当社製造番号　　　基板シリアル　　　　　実装日
　202508190417　　　CB5510A-614003821　　2025/08/04
　202508190522　　　CB5510A-614003907　　2025/08/04
　202508210093　　　CB5510A-614004455　　2025/08/06
　202508260318　　　CB5510A-614005120　　2025/08/11

※当社製造番号は「生産日8桁＋連番4桁」の12桁です。
""" + SIG_SAKAMAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "12-digit product serial numbers and board serials: numbers that are not personal data",
    },
    {
        "id": "hinshitsukanri-065",
        "charset": "utf-8",
        "sender": "Lisa Hasebe <hasebe.lisa@hinode-sangyo.co.jp>",
        "to": ["Nguyen Van Duc <duc.nv@hoangphat-mech.com>"],
        "subject": "Supplier audit visit Dec 2-3: information for invitation letter",
        "body": """Dear Mr. Duc,

Thank you for agreeing to host our on-site audit at your Binh Duong factory.
For the invitation letter and the visa application, here are the details of our two auditors:

  1. Full name: YANASE MIHO
     Date of birth: 14 March 1979
     Nationality: Japan
     Passport No.: TR4827156  (expiry 2031-06-22)

  2. Full name: HASEBE LISA
     Date of birth: 02 October 1990
     Nationality: Japan
     Passport No.: TK9035518  (expiry 2029-01-09)

Arrival: Dec 1 at Tan Son Nhat (VN 301), departure Dec 4.
Please send the signed invitation letter by Oct 31.
""" + SIG_HASEBE_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "two staff passport numbers with birth dates to an overseas supplier (reason 2)",
    },
    {
        "id": "hinshitsukanri-066",
        "charset": "cp932",
        "sender": "柳瀬 美穂 <yanase.m@hinode-sangyo.co.jp>",
        "to": ["森下 様 <morishita@tokai-moulding.co.jp>"],
        "subject": "11/5 品質監査 当日の進め方について",
        "body": """東海モールディング株式会社
森下様

お世話になっております。日の出産業の柳瀬です。

11月5日の監査当日の進め方をお知らせします。

　9:30　オープニング（会議室）
　10:00　成形工程・金型保全・材料乾燥の現場確認
　13:00　文書・記録の確認（QC工程表、初物検査、計測器校正）
　15:30　クロージング

なお、インフルエンザや新型コロナの流行期に入りますので、
弊社監査員は当日朝に検温のうえ伺います。クリーンルームに入室する際の
ルール（マスク・ヘアキャップ等）があれば事前にお知らせください。
""" + SIG_YANASE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "audit agenda mentioning influenza and COVID in general, not about any person",
    },
    {
        "id": "hinshitsukanri-067",
        "charset": "iso-2022-jp",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["経理部 支払担当 <keiri-shiharai@hinode-sangyo.co.jp>"],
        "subject": "外部講師謝金の支払依頼（11月 QC検定対策講座）",
        "body": f"""経理部 支払担当 御中

品証の坂巻です。お疲れさまです。
11月のQC検定対策講座の外部講師謝金について、支払依頼書を回しました。
支払調書用の情報は以下のとおりです（本人確認書類の写しは人事に提出済み）。

　講師氏名：芹沢 のぞみ（元 品質工学会 事務局）
　住所　　：東京都国分寺市西恋ケ窪1-28-16
　個人番号：{my_number(SEED + 2)}
　謝金　　：80,000円（源泉徴収前）

このメールは社内限りでお願いします。

坂巻
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "a lecturer's My Number and address, but sent only to the internal accounting department",
    },
    {
        "id": "hinshitsukanri-068",
        "charset": "utf-8",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["北斗サービス 修理受付 <uketsuke@hokuto-service.co.jp>"],
        "subject": "RC-5510 出張修理のお願い（4件）",
        "html": """<html><body>
<p>株式会社北斗サービス<br>修理受付 ご担当者様</p>
<p>お世話になっております。日の出産業 品質保証課の坂巻です。<br>
RC-5510 の内釜交換（無償）につき、下記4件の出張修理をお願いいたします。</p>
<table border="1" cellpadding="3" cellspacing="0">
<thead><tr><th>受付No</th><th>お客様名</th><th>ご住所</th><th>電話番号</th><th>製造番号</th></tr></thead>
<tbody>
<tr><td>R-3341</td><td>蔵本 直樹</td><td>長野県上田市材木町1-7-22</td><td>0268-22-5041</td><td>RC55-2508-3612</td></tr>
<tr><td>R-3347</td><td>雨宮 佐知子</td><td>山梨県甲府市朝日4-3-9</td><td>055-253-8817</td><td>RC55-2508-3655</td></tr>
<tr><td>R-3352</td><td>御子柴 亮</td><td>長野県岡谷市本町2-11-5</td><td>090-4481-2736</td><td>RC55-2508-3701</td></tr>
<tr><td>R-3358</td><td>鳥居 紗英</td><td>長野県長野市吉田3-19-30</td><td>080-1209-6654</td><td>RC55-2508-3588</td></tr>
</tbody></table>
<p>交換用内釜は本日、貴社宛てに4個発送しました。</p>
<p>日の出産業株式会社 品質保証課 坂巻 由香<br>TEL 0265-72-4410 内線318</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of four customers' repair visits to a service partner: fewer than five records, may warn",
    },
    {
        "id": "hinshitsukanri-069",
        "charset": "cp932",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["最終検査ライン <qa-line@mail.hinode-sangyo.co.jp>"],
        "subject": "【10月】夜勤 検査員 緊急連絡網",
        "body": """最終検査ラインの皆さん

お疲れさまです。大谷地です。
10月の夜勤シフトの緊急連絡網です。異常発生時は上から順に連絡してください。

　１．唐沢 光太郎（班長）　　０９０－３３１８－５５２７
　２．上條 咲　　　　　　　　０８０－６６０２－１９４３
　３．ファム・ティ・ハー　　　０７０－４４２７－８８１０
　４．宮坂 律子　　　　　　　０９０－２０６１－７３５８
　５．仁科 大輔　　　　　　　０８０－１５５９－０２７４
　６．大谷地 健太（係長）　　０９０－６６１８－２４７５

出荷停止の判断が必要な場合は、係長経由で品証（東雲部長）に上げてください。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "six staff mobiles in full-width digits, sent to an internal subdomain address only",
    },
    {
        "id": "hinshitsukanri-070",
        "charset": "iso-2022-jp",
        "sender": "千早 奈央 <chihaya.nao@hinode-sangyo.co.jp>",
        "to": ["ひかりコンタクト SV 柴崎様 <shibasaki@hikari-contact.co.jp>"],
        "subject": "KT-65 回収コールセンター 9月実績と応答スクリプト修正",
        "body": """株式会社ひかりコンタクト
柴崎様

お世話になっております。日の出産業の千早です。
9月の回収コールセンター実績をまとめました。

　入電数　　　　：3,184件（前月比 -42%）
　回収受付　　　：1,927件（累計 11,406件／対象 18,200台、回収率 62.7%）
　平均応答時間　：48秒
　エスカレーション：23件（うち安全関連 5件）

スクリプトの「製造番号の確認」部分を、底面シールの写真で案内する形に修正します。
修正版を金曜までにお送りしますので、研修の段取りをお願いします。
""" + SIG_CHIHAYA + DISC_JA2,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "call-centre statistics to the outsourcer: counts and rates only, long disclaimer",
    },
]

# ---------------------------------------------------------------------------- 071-080

MESSAGES += [
    {
        "id": "hinshitsukanri-071",
        "charset": "iso-2022-jp",
        "sender": "真鍋 慎吾 <manabe@hinode-sangyo.co.jp>",
        "to": ["三和スプリング 品質保証課 <hinsho@sanwa-spring.co.jp>"],
        "cc": ["三和スプリング 営業部 <eigyo@sanwa-spring.co.jp>"],
        "subject": "不適合品に伴う費用請求のご連絡（NCR-2025-0129）",
        "body": """三和スプリング株式会社
品質保証課 御中

お世話になっております。日の出産業の真鍋です。

8月の SP-1180 荷重不良（NCR-2025-0129）に伴い発生した費用につき、
取引基本契約 第18条に基づき下記のとおりご請求させていただきます。

　選別作業費（延べ 46時間 × 3,800円）　　174,800円
　ライン停止による損失（2時間）　　　　　 96,000円
　再検査費　　　　　　　　　　　　　　　　 22,500円
　合計（税抜）　　　　　　　　　　　　　　293,300円

請求書（No. QC-INV-2509-03）は本日郵送いたしました。
お振込先：みどり銀行 伊那支店 当座 0418823 日の出産業株式会社
（登録番号 T7100001032216）

ご不明な点は真鍋までお問い合わせください。
""" + SIG_MANABE,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "claim-cost notice with the company's own bank account and T-number: business data, not a person's",
    },
    {
        "id": "hinshitsukanri-072",
        "charset": "utf-8",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["品質マネジメント研修センター 受付 <uketsuke@qm-kenshu.or.jp>"],
        "subject": "「ISO 9001 内部監査員養成コース（11/19-20）」申込み",
        "body": """一般社団法人 品質マネジメント研修センター
受付ご担当者様

お世話になっております。日の出産業株式会社 品質保証部の坂巻です。
標記コースに以下3名の参加を申し込みます。

1. 唐沢 光太郎（カラサワ コウタロウ）　karasawa.k@hinode-sangyo.co.jp
2. 上條 咲（カミジョウ サキ）　kamijo.saki@hinode-sangyo.co.jp
3. 葛城 航（カツラギ ワタル）　katsuragi.w@hinode-sangyo.co.jp

受講料（3名分 165,000円）は請求書払いでお願いします。
受講票は各人のメールアドレス宛てにお送りください。
""" + SIG_SAKAMAKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three trainees' names and work e-mails to a training body: a short list of 1-4 people",
    },
    {
        "id": "hinshitsukanri-073",
        "charset": "utf-8",
        "sender": "Lisa Hasebe <hasebe.lisa@hinode-sangyo.co.jp>",
        "to": ["Amy Lin <amy.lin@taipei-connect.com.tw>"],
        "subject": "Re: Drawings for new connector TC-2230",
        "body": """Dear Amy,

Thank you for the countersigned NDA; our legal team has filed it.
As the drawings are covered by the NDA, I have uploaded them to our supplier portal
rather than attaching them here. You should have received a separate invitation
e-mail from portal.hinode-sangyo.co.jp.

Key points for quotation:
  - Material: PBT-GF30, UL94 V-0, glow wire 750 C
  - Terminal plating: Sn 2-5 um over Ni 1.0 um min.
  - Annual volume: 240k pcs, SOP April 2026

Looking forward to your quotation by November 14.
""" + SIG_HASEBE_EN + """
-----Original Message-----
From: Amy Lin <amy.lin@taipei-connect.com.tw>
Sent: Thursday, September 25, 2025 10:12 AM
To: Lisa Hasebe <hasebe.lisa@hinode-sangyo.co.jp>
Subject: Drawings for new connector TC-2230

Dear Lisa, please find the signed NDA attached. Could you send the drawings?
Amy Lin, Sales Manager, Taipei Connect Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail about an NDA; confidentiality is discussed but nothing is marked",
    },
    {
        "id": "hinshitsukanri-074",
        "charset": "cp932",
        "sender": "真鍋 慎吾 <manabe@hinode-sangyo.co.jp>",
        "to": ["丸川パック 品質管理 <quality@marukawa-pack.co.jp>"],
        "subject": "2025年度上期 サプライヤー評価結果のお知らせ",
        "body": """丸川パック株式会社
品質管理部 御中

平素よりお世話になっております。日の出産業の真鍋です。

2025年度上期のサプライヤー評価結果をお送りします。
総合評価は「A」（86点）でした。納期遵守率が特に高く評価されています。
一方、クレーム対応の初動（24時間以内の一次回答）に改善の余地があります。
""" + SIG_MANABE,
        "attachments": [
            {"kind": "pdf", "name": "サプライヤー評価結果_丸川パック様_2025H1.pdf",
             "lines": ["サプライヤー評価結果通知書（2025年度上期）", "丸川パック株式会社 御中",
                       "総合評価：A（86点 / 100点）"],
             "table": [["評価項目", "配点", "得点", "コメント"],
                       ["品質（受入不良率）", "40", "34", "不良率 0.08%"],
                       ["納期遵守率", "25", "25", "100%"],
                       ["クレーム対応", "20", "13", "一次回答の遅れ 2件"],
                       ["価格・協力度", "15", "14", "-"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "supplier scorecard PDF sent to that supplier: company performance, no personal data",
    },
    {
        "id": "hinshitsukanri-075",
        "charset": "iso-2022-jp",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["森下 様 <morishita@tokai-moulding.co.jp>"],
        "subject": "ケトル取っ手 TM-330 ウェルドライン 写真送付",
        "body": """森下様

お世話になっております。大谷地です。
本日入荷分（ロット TM2510-03）で、取っ手の付け根にウェルドラインが
目立つものが見つかりました。写真を添付します。
限度見本（LS-330-02）より濃いため、今回は特採で受け入れますが、
ゲート位置か樹脂温度の確認をお願いします。
""" + SIG_OYACHI,
        "attachments": [
            {"kind": "png", "name": "TM-330_weld_TM2510-03_01.png"},
            {"kind": "png", "name": "TM-330_weld_TM2510-03_02.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "defect photos (PNG) of a moulded part to the supplier",
    },
    {
        "id": "hinshitsukanri-076",
        "charset": "utf-8",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["服部 様 <s.hattori@kawasaki-denki.co.jp>"],
        "subject": "Re: 【重要】RC-5510 発煙事故の件（貴社ご確認依頼）",
        "body": """服部様

ご連絡ありがとうございます。坂巻です。
重大な事故として社内で最優先で対応いたします。
現品は明日午前中に当社の東雲と私で引取りに伺い、伊那工場で分解調査を行います。
消費生活用製品安全法の重大製品事故に該当する可能性があるため、
報告要否の判断も含めて本日中に部長から改めてご連絡いたします。

坂巻

差出人: 服部 聡 <s.hattori@kawasaki-denki.co.jp>
送信日時: 2025年9月30日 11:52
宛先: 坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>
件名: 【重要】RC-5510 発煙事故の件（貴社ご確認依頼）

坂巻様
当社お客様窓口に、RC-5510 使用中に発煙し、消火しようとしたお客様が
手にやけどを負ったとの連絡がありました。
お客様：国分 雅彦 様（静岡県沼津市、携帯 090-6674-1308）
症状：左手指の I 度熱傷、近隣の皮膚科で処置済み
現品は当社サービス拠点で保管しています。至急ご確認ください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the injured consumer's details are only in the partner's own quoted mail (差出人/送信日時 block), replied to that partner",
    },
    {
        "id": "hinshitsukanri-077",
        "charset": "cp932",
        "sender": "蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>",
        "to": ["北陽化成 品質管理課 宗方様 <munakata@hokuyo-kasei.co.jp>"],
        "subject": "安定性試験 中間報告書（CL-200 加速試験 3か月）",
        "body": """北陽化成株式会社
品質管理課 宗方様

お世話になっております。日の出産業の蓼沼です。
CL-200 の加速試験（40℃75%RH）3か月時点の中間報告書をお送りします。
含量・外観とも変化なく、固結も認められませんでした。
""" + SIG_TADENUMA,
        "attachments": [
            {"kind": "corrupt", "name": "安定性試験中間報告_CL-200_3M.pdf"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached PDF is corrupt and cannot be inspected (reason 7)",
    },
    {
        "id": "hinshitsukanri-078",
        "charset": "iso-2022-jp",
        "sender": "蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 品質保証室 <qa-room@kitaguni-foods.co.jp>",
               "錦印刷 製版部 <seihan@nishiki-insatsu.co.jp>"],
        "subject": "ひのでシチュー ラベルのアレルゲン表示誤り（原因確認のお願い）",
        "body": """北国フーズ株式会社 品質保証室 御中
錦印刷株式会社 製版部 御中

お世話になっております。日の出産業 品質管理課の蓼沼です。

「ひのでシチュー（クリーム）」の 10月製造分ラベルで、アレルゲン表示の
「乳成分」が「小麦」と重複表記され、「乳成分」が欠落していることが判明しました。
出荷前に発見したため市場流出はありません。

　・北国フーズ様：9/12 にご提出いただいた原材料配合表（rev.4）の記載内容の確認
　・錦印刷様：校正刷り（第3校）から本刷りまでの版修正履歴の確認

をそれぞれお願いします。10/8 に三社で Web 会議を設定させてください。
""" + SIG_TADENUMA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations together in To for a label error: normal three-way mail",
    },
    {
        "id": "hinshitsukanri-079",
        "charset": "iso-2022-jp",
        "sender": "東雲 隆 <shinonome@hinode-sangyo.co.jp>",
        "to": ["和泉 克己 様 <k-izumi-qms@yahoo.co.jp>"],
        "subject": "品質マネジメントレビューへのご同席のお願い",
        "body": """和泉 克己 様

ご無沙汰しております。日の出産業の東雲です。
退職後もいろいろとご相談に乗っていただき、ありがとうございます。

さて、今年度のマネジメントレビューを 12月3日（水）に伊那工場で行います。
IATF 16949 への移行準備も議題にしておりますので、元審査員のお立場から
ご意見をいただけないかと考えております。顧問契約の範囲で、半日ほどのご同席を
お願いできればと存じます。

ご都合はいかがでしょうか。交通費・謝礼は従来どおりお支払いします。
""" + SIG_SHINONOME,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "invitation to one retired consultant on a free-mail address; no personal data",
    },
    {
        "id": "hinshitsukanri-080",
        "charset": "utf-8",
        "sender": "千早 奈央 <chihaya.nao@hinode-sangyo.co.jp>",
        "to": ["川崎電機 お客様サービス課 <service@kawasaki-denki.co.jp>"],
        "subject": "製造番号の照会（盗難品の被害届提出のため）",
        "body": """川崎電機株式会社
お客様サービス課 御中

お世話になっております。日の出産業 お客様相談室の千早です。

当社のお客様である鳴海 俊介様（仙台市青葉区在住）から、自宅が空き巣の被害に遭い、
IH炊飯器 RC-5510 を含む家電数点が盗まれたとのご連絡がありました。
宮城県警に被害届を出すにあたり、製品の製造番号が必要とのことです。

鳴海様は 2024年12月に貴社の延長保証（受付番号 KW-EW-2412-88137）に
ご加入されていますので、保証登録の製造番号をお知らせいただけますでしょうか。
当社から鳴海様にお伝えします。
""" + SIG_CHIHAYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer who was a burglary victim, sent to a partner: having been a crime victim is 要配慮 (reason 3)",
    },
]

# ---------------------------------------------------------------------------- 081-090

MESSAGES += [
    {
        "id": "hinshitsukanri-081",
        "charset": "utf-8",
        "sender": "宇佐美 拓 <usami.taku@hinode-sangyo.co.jp>",
        "to": ["計測校正サービス 技術課 <gijutsu@keisoku-kousei.co.jp>"],
        "subject": "恒温恒湿槽 TH-04 の温度分布ログ（校正前確認用）",
        "body": """株式会社計測校正サービス
技術課 御中

お世話になっております。日の出産業 計測管理グループの宇佐美です。

来週校正をお願いする恒温恒湿槽 TH-04 について、事前に取った
9点温度分布のログ（テキスト）を添付します。
中央上段（CH3）だけ +0.8℃ ほど高めに出ています。校正時にご確認ください。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "txt", "name": "TH-04_9pt_log_20250929.txt", "encoding": "utf-8",
             "text": """# TH-04 9-point temperature survey  setpoint 40.0C / 75%RH
# logger: TR-71wf x3  interval 60s
time,CH1,CH2,CH3,CH4,CH5,CH6,CH7,CH8,CH9
10:00,40.1,40.0,40.8,39.9,40.0,40.1,39.8,40.0,40.1
10:01,40.1,40.1,40.9,39.9,40.0,40.0,39.8,40.1,40.1
10:02,40.0,40.1,40.8,40.0,40.1,40.0,39.9,40.0,40.0
10:03,40.1,40.0,40.7,39.9,40.0,40.1,39.8,40.0,40.1
"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain-text temperature log to a calibration company: instrument data only",
    },
    {
        "id": "hinshitsukanri-082",
        "charset": "iso-2022-jp",
        "sender": "柳瀬 美穂 <yanase.m@hinode-sangyo.co.jp>",
        "to": ["三和スプリング 品質保証課 <hinsho@sanwa-spring.co.jp>"],
        "subject": "品質監査（10/22）指摘事項一覧",
        "body": """三和スプリング株式会社
品質保証課 御中

先日は監査へのご対応ありがとうございました。柳瀬です。
監査システムから出力した指摘事項一覧（HTML）を添付します。
ブラウザで開いてご確認ください。是正回答は 11/21 までにお願いします。
""" + SIG_YANASE,
        "attachments": [
            {"kind": "html", "name": "audit_findings_sanwa_20251022.html",
             "html": """<html><head><meta charset="utf-8"><title>監査指摘事項一覧</title></head><body>
<h2>品質監査 指摘事項一覧　三和スプリング株式会社（2025/10/22）</h2>
<table border="1"><tr><th>No</th><th>区分</th><th>内容</th><th>要求事項</th></tr>
<tr><td>1</td><td>軽微</td><td>熱処理炉の温度記録に欠測（10/3 夜間）</td><td>8.5.1</td></tr>
<tr><td>2</td><td>軽微</td><td>荷重試験機の日常点検記録の押印漏れ</td><td>7.1.5</td></tr>
<tr><td>3</td><td>観察</td><td>線材ロットと製品ロットの紐付けが手書き台帳のみ</td><td>8.5.2</td></tr>
</table></body></html>"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML attachment listing audit findings to the audited supplier: no personal data",
    },
    {
        "id": "hinshitsukanri-083",
        "charset": "cp932",
        "sender": "蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>",
        "to": ["丸川パック 品質管理 <quality@marukawa-pack.co.jp>"],
        "subject": "FW: CL-200 粉漏れ申出 まとめ（相談室より）",
        "body": """丸川パック株式会社
品質管理 ご担当者様

お世話になっております。日の出産業の蓼沼です。
相談室でまとめた申出の一覧を転送します。
必要であれば貴社から直接お客様に現品の状態をお聞きいただいて構いません。

-------- Original Message --------
Subject: CL-200 粉漏れ申出 まとめ（相談室より）
From: 千早 奈央 <chihaya.nao@hinode-sangyo.co.jp>
To: 蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>

蓼沼さん
粉漏れの申出、9月分をまとめました。

■ C25-0972　米倉 和彦 様
　TEL 080-4417-2290 ／ yonekura.kz@gmail.com
　開封前から箱の中に粉。包材ロット MP-2508-117

■ C25-0990　伊集院 早苗 様
　TEL 092-841-3376 ／ sanae.ijuin@yahoo.co.jp
　個包装1包の端から漏れ。包材ロット MP-2508-117

■ C25-1012　祖父江 拓海 様
　TEL 090-2265-8813 ／ takumi.sobue@icloud.com
　2包で漏れ。包材ロット MP-2508-121

■ C25-1027　猪狩 由紀 様
　TEL 024-935-6602 ／ yuki-igari@outlook.jp
　シール部が剥がれていた。包材ロット不明

■ C25-1033　真田 綾乃 様
　TEL 070-3384-1957 ／ ayano.sanada@ezweb.ne.jp
　粉が固まっていた（湿気？）。包材ロット MP-2508-121

千早
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a forwarded internal mail with five complainants' phones and e-mails goes to a supplier: forwarded text counts (reason 1)",
    },
    {
        "id": "hinshitsukanri-084",
        "charset": "utf-8",
        "sender": "柳瀬 美穂 <yanase.m@hinode-sangyo.co.jp>",
        "to": ["三和スプリング 品質保証課 <hinsho@sanwa-spring.co.jp>"],
        "subject": "10/22 品質監査 監査チームのご紹介",
        "body": """三和スプリング株式会社
品質保証課 御中

お世話になっております。日の出産業の柳瀬です。
10月22日の監査チームの構成をお知らせします。

　役割　　　　　氏名　　　　　所属　　　　　　　　　審査員登録
　主任監査員　　柳瀬 美穂　　品質監査G　　　　　　JRCA A18722
　監査員　　　　真鍋 慎吾　　サプライヤー品質課　　JRCA B20419
　監査員　　　　宇佐美 拓　　計測管理G　　　　　　JRCA B23307
　技術専門家　　蓼沼 悟　　　分析・試験G　　　　　―
　オブザーバー　上條 咲　　　品質管理課（研修中）　―

見学いただく工程の順番は、当日のオープニングでご相談させてください。
""" + SIG_YANASE,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five staff names with roles and auditor registration numbers, no contact data: business roster or list of people is debatable",
    },
    {
        "id": "hinshitsukanri-085",
        "charset": "utf-8",
        "sender": "日の出産業 お客様相談室 <sodan@hinode-sangyo.co.jp>",
        "to": ["rintaro.kasuga@gmail.com"],
        "subject": "Re: 回収対象の返金について",
        "body": """春日 凜太郎 様

日の出産業 お客様相談室の千早でございます。
KT-65 回収品の返金につきまして、ご連絡ありがとうございます。

大変恐れ入りますが、セキュリティ上の理由により、カード番号はメールでは
お受けしておりません。お送りいただいた内容は当方で削除いたしました。
返金はご購入時の決済方法に自動で返金されますので、カード番号の
ご連絡は不要です。（ご注文番号 HS-ON-2506-21774 で手続き済みです）

お手数ですが、今後はカード番号を記載なさらないようお願い申し上げます。

> 返金の件、以下のカードにお願いします。
> カード番号 """ + card_number(SEED + 4) + """
> 有効期限 09/27
> 春日 凜太郎
""" + SIG_CHIHAYA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the consumer's own card number appears only in the quoted text sent back to him on free mail",
    },
    {
        "id": "hinshitsukanri-086",
        "charset": "iso-2022-jp",
        "sender": "蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>",
        "to": ["錦印刷 製版部 <seihan@nishiki-lnsatsu.co.jp>"],
        "subject": "ひのでシチュー ラベル 修正版下の校正戻し",
        "body": """錦印刷株式会社
製版部 御中

お世話になっております。日の出産業の蓼沼です。

修正版下（第4校）を確認しました。アレルゲン表示は
「（一部に小麦・乳成分・大豆・鶏肉を含む）」で問題ありません。
1点だけ、栄養成分表示の食塩相当量が「2.3g」→「2.4g」の修正漏れがありますので、
こちらを直したうえで本刷りに進めてください。

よろしくお願いいたします。
""" + SIG_TADENUMA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-lnsatsu.co.jp uses an l for the i of partner nishiki-insatsu.co.jp: homoglyph look-alike (reason 5)",
    },
    {
        "id": "hinshitsukanri-087",
        "charset": "cp932",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["エコクリーン信州 業務課 <gyomu@eco-clean-shinshu.co.jp>"],
        "subject": "不適合品 廃棄処理の依頼と廃棄証明書の発行について",
        "body": """株式会社エコクリーン信州
業務課 御中

お世話になっております。日の出産業 伊那工場の大谷地です。

自主回収品および工程内不適合品の廃棄をお願いします。

　品目：電気ケトル KT-65（回収品）　約 2,300台（金属・樹脂混合）
　　　　内釜 RC-5510 用（コート不良品） 1,140個
　搬出予定：10月9日（木）、10日（金）
　マニフェスト：電子マニフェスト（JWNET）で登録します

処理後、顧客への報告用に廃棄証明書（写真付き）を発行いただけますでしょうか。
""" + SIG_OYACHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "disposal request for scrapped products to a waste contractor: quantities only",
    },
    {
        "id": "hinshitsukanri-088",
        "charset": "utf-8",
        "sender": "宇佐美 拓 <usami.taku@hinode-sangyo.co.jp>",
        "to": ["計測校正サービス 営業課 <eigyo@keisoku-kousei.co.jp>"],
        "subject": "2025年度下期 外部校正依頼リスト",
        "body": """株式会社計測校正サービス
営業課 御中

いつもお世話になっております。日の出産業の宇佐美です。
下期の外部校正依頼リストをお送りします。お見積りをお願いいたします。
JCSS 校正が必要なものは「区分」列に記載しています。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "xlsx", "name": "外部校正依頼リスト_2025下期.xlsx",
             "sheets": {
                 "依頼リスト": [
                     ["日の出産業 伊那工場　外部校正依頼リスト（2025年度下期）"],
                     ["管理番号", "品名", "メーカー", "型式", "測定範囲", "区分", "希望納期"],
                     ["M-0102", "デジタルノギス", "ミツトヨ", "CD-15AX", "0-150mm", "一般", "11月"],
                     ["M-0217", "外側マイクロメータ", "ミツトヨ", "MDC-25MX", "0-25mm", "JCSS", "11月"],
                     ["M-0338", "電磁式膜厚計", "ケツト科学", "LZ-990", "0-2000μm", "一般", "12月"],
                     ["M-0412", "デジタルフォースゲージ", "イマダ", "ZTA-500N", "0-500N", "JCSS", "12月"],
                     ["M-0450", "恒温恒湿槽", "エスペック", "PR-3J", "-20～100℃", "一般", "10月"],
                 ],
                 "備考": [["JCSS：ロゴ付き校正証明書が必要"], ["引取り・納品は伊那工場 品質管理課まで"]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "instrument list for calibration (XLSX, title row, two sheets) to a calibration company",
    },
    {
        "id": "hinshitsukanri-089",
        "charset": "iso-2022-jp",
        "sender": "真鍋 慎吾 <manabe@hinode-sangyo.co.jp>",
        "to": ["丸川パック 品質管理 <quality@marukawa-pack.co.jp>"],
        "subject": "包材品質改善 キックオフ資料",
        "body": """丸川パック株式会社
品質管理部 御中

お世話になっております。日の出産業の真鍋です。
10月16日の包材品質改善キックオフの資料をお送りします。
当日はこちらの資料でご説明しますので、事前にお目通しください。
""" + SIG_MANABE,
        "attachments": [
            {"kind": "pptx", "name": "包材品質改善キックオフ_20251016.pptx",
             "page_footer": "部外秘　日の出産業株式会社 品質保証部",
             "title": "包材品質改善キックオフ",
             "slides": [
                 ["包材品質改善 キックオフ", "日の出産業株式会社 品質保証部", "2025年10月16日"],
                 ["現状", "CL-200 個包装のシール不良：9月 3件（前年同月 0件）",
                  "包材ロット MP-2508-117 / 121 に集中"],
                 ["進め方", "1. シール強度の工程能力調査（両社）", "2. フィルム厚みのロット間比較",
                  "3. 充填機シールバー温度の実測"],
                 ["スケジュール", "10月：データ収集", "11月：要因特定", "12月：対策・標準化"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "every slide of the attached deck carries a 部外秘 footer and it goes to a supplier (reason 6)",
    },
    {
        "id": "hinshitsukanri-090",
        "charset": "cp932",
        "sender": "蓼沼 悟 <tadenuma@hinode-sangyo.co.jp>",
        "to": ["やまびこマート 品質管理部 <hinkan@yamabiko-mart.co.jp>"],
        "subject": "SDS（安全データシート）改訂版送付　ケトル用クエン酸洗浄剤 CL-200",
        "body": """株式会社やまびこマート
品質管理部 御中

お世話になっております。日の出産業 品質管理課の蓼沼です。

JIS Z 7253:2019 への対応のため、CL-200 の SDS を改訂しました（第5版）。
主な変更は「2. 危険有害性の要約」の眼刺激性の区分見直しです。
店舗でのお問い合わせ対応用にご活用ください。
""" + SIG_TADENUMA + DISC_JA,
        "attachments": [
            {"kind": "pdf", "name": "SDS_CL-200_第5版.pdf",
             "title": "安全データシート CL-200",
             "lines": ["安全データシート（SDS）　第5版　作成日 2025年9月30日",
                       "1. 化学品及び会社情報　製品名：ケトル用クエン酸洗浄剤 CL-200",
                       "　会社名：日の出産業株式会社　住所：長野県伊那市伊那部5281-4",
                       "　電話番号：0265-72-4410（品質管理課）　緊急連絡先：同上",
                       "2. 危険有害性の要約　眼に対する重篤な損傷性／眼刺激性：区分2A",
                       "3. 組成及び成分情報　クエン酸（CAS 77-92-9）　99.5%以上",
                       "4. 応急措置　眼に入った場合：水で数分間注意深く洗うこと"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "SDS with the company's address and phone to a retail customer; disclaimer only",
    },
]

# ---------------------------------------------------------------------------- 091-100

MESSAGES += [
    {
        "id": "hinshitsukanri-091",
        "charset": "iso-2022-jp",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["人事部 教育担当 <jinji-kyoiku@hinode-sangyo.co.jp>"],
        "subject": "QC検定 受検者・合格者一覧（2025年9月実施分）",
        "body": """人事部 教育担当 御中

品証の坂巻です。
9月実施の QC検定の受検者と結果を、旧様式（.xls）でお送りします。
資格手当の支給対象者の確認にお使いください。
""",
        "attachments": [
            {"kind": "xls", "name": "QC検定結果_第40回.xls",
             "sheets": {"結果": [
                 ["社員番号", "氏名", "生年月日", "所属", "受検級", "結果"],
                 ["H12310", "唐沢 光太郎", "H7.2.14", "品質管理課", "2級", "合格"],
                 ["H12861", "上條 咲", "H13.5.21", "品質管理課", "3級", "合格"],
                 ["H11207", "仁科 大輔", "S63.11.3", "品質管理課", "2級", "不合格"],
                 ["H12044", "葛城 航", "H4.8.30", "設計2課", "2級", "合格"],
                 ["H10988", "須賀 友梨", "S61.1.17", "購買課", "3級", "合格"],
                 ["H12519", "比嘉 翔太", "H9.12.6", "製造1課", "4級", "合格"],
             ]}},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "employees' birth dates (和暦) and exam results in an XLS, sent only to internal HR",
    },
    {
        "id": "hinshitsukanri-092",
        "charset": "utf-8",
        "sender": "Lisa Hasebe <hasebe.lisa@hinode-sangyo.co.jp>",
        "to": ["Mark Pemberton <m.pemberton@pacifichome.com.au>"],
        "subject": "RE: Customer complaint - KT-80 AU model, kettle base overheating (PH-CMP-0917)",
        "body": """Dear Mark,

Thank you for sending the returned unit. We have completed our investigation.

Findings:
  - The power base (P/N KB-80AU) shows discolouration around terminal L.
  - The terminal crimp height was 1.62 mm against the specification of 1.45 +/- 0.05 mm,
    causing high contact resistance (18 mOhm measured vs. < 5 mOhm spec).
  - The affected crimp batch is limited to production week 2531 (serial range
    KT80AU-2531-0001 to -2960).

Actions:
  - Crimp height is now checked with a crimp-height micrometer at every reel change.
  - We propose to replace the power bases for all 2,960 units of week 2531 at our cost.
    Replacement bases will ship by air on Oct 15.

A formal report (8D) will follow this week. Please let me know if you need anything
for your communication with the retailer.
""" + SIG_HASEBE_EN + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English complaint investigation result to a foreign distributor: part numbers, serial ranges, no person",
    },
    {
        "id": "hinshitsukanri-093",
        "charset": "iso-2022-jp",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["品質マネジメント研修センター 受付 <uketsuke@qm-kenshu.or.jp>"],
        "subject": "出張講座（SQC基礎 12/4-5 伊那工場）受講者名簿の送付",
        "body": """一般社団法人 品質マネジメント研修センター
受付ご担当者様

お世話になっております。日の出産業の坂巻です。
12月の出張講座の受講者名簿をお送りします。修了証の発行に使うとのことで、
生年月日も記載しております。
""" + SIG_SAKAMAKI,
        "attachments": [
            {"kind": "pdf", "name": "受講者名簿_SQC基礎_日の出産業.pdf",
             "title": "受講者名簿",
             "lines": ["出張講座「SQC基礎」受講者名簿", "日の出産業株式会社 伊那工場　2025年12月4日～5日"],
             "table": [["No", "社員番号", "氏名", "フリガナ", "生年月日", "所属"],
                       ["1", "H12310", "唐沢 光太郎", "カラサワ コウタロウ", "1995/02/14", "品質管理課"],
                       ["2", "H12861", "上條 咲", "カミジョウ サキ", "2001/05/21", "品質管理課"],
                       ["3", "H12519", "比嘉 翔太", "ヒガ ショウタ", "1997/12/06", "製造1課"],
                       ["4", "H12602", "勅使河原 蓮", "テシガワラ レン", "1999/03/28", "製造1課"],
                       ["5", "H11833", "小野寺 麻衣", "オノデラ マイ", "1990/10/11", "製造2課"],
                       ["6", "H12277", "新発田 健", "シバタ ケン", "1994/06/02", "製造2課"],
                       ["7", "H10988", "須賀 友梨", "スガ ユリ", "1986/01/17", "購買課"],
                       ["8", "H12715", "マルティネス 樹", "マルティネス イツキ", "2000/08/19", "物流課"]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "eight employees' names, employee numbers and dates of birth in a PDF table to an outside training body (reason 1)",
    },
    {
        "id": "hinshitsukanri-094",
        "charset": "cp932",
        "sender": "真鍋 慎吾 <manabe@hinode-sangyo.co.jp>",
        "to": ["関東鋼材 営業部 <eigyo@kanto-kouzai.co.jp>"],
        "subject": "見積用図面のご返却のお願い",
        "body": """関東鋼材株式会社
営業部 御中

お世話になっております。日の出産業の真鍋です。

先月お渡しした KT-90 底板の見積用図面（紙 5枚、図番 HS-KT90-B01～B05）ですが、
今回は他社での採用となりましたので、機密保持の観点からご返却をお願いいたします。
お手数ですが、同封の返信用封筒にてお送りいただくか、
貴社にて確実に廃棄のうえ、廃棄した旨をメールでお知らせください。

今回はご期待に沿えず申し訳ございません。今後ともよろしくお願いいたします。
""" + SIG_MANABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 機密 used in passing when asking for drawings back; no marking, no personal data",
    },
    {
        "id": "hinshitsukanri-095",
        "charset": "utf-8",
        "sender": "柳瀬 美穂 <yanase.m@hinode-sangyo.co.jp>",
        "to": ["森下 様 <morishita@tokai-moulding.co.jp>"],
        "subject": "品質監査（11/5）結果のご報告",
        "body": """東海モールディング株式会社
森下様

先日は監査にご対応いただき、ありがとうございました。柳瀬です。
監査結果の概要をお知らせします。

総合判定：適合（条件なし）
指摘事項：
  1.（軽微）材料乾燥機の温度記録が 11/3 分から未記入
  2.（観察）金型保全記録のショット数の転記ミス（K-330-2）
良い点：
  - 初物・終物の現品保管と記録が確実に運用されている
  - 成形条件の変化点ボードが見やすく、夜勤への引継ぎがされている

是正処置の回答は 12月5日までにお願いします。
""" + SIG_YANASE,
        "html": """<html><body>
<p>東海モールディング株式会社<br>森下様</p>
<p>先日は監査にご対応いただき、ありがとうございました。柳瀬です。<br>監査結果の概要をお知らせします。</p>
<p><b>総合判定：適合（条件なし）</b></p>
<p>指摘事項：</p>
<ol><li>（軽微）材料乾燥機の温度記録が 11/3 分から未記入</li>
<li>（観察）金型保全記録のショット数の転記ミス（K-330-2）</li></ol>
<p>良い点：</p>
<ul><li>初物・終物の現品保管と記録が確実に運用されている</li>
<li>成形条件の変化点ボードが見やすく、夜勤への引継ぎがされている</li></ul>
<p>是正処置の回答は 12月5日までにお願いします。</p>
<p>==================================<br>日の出産業株式会社<br>品質保証部 品質監査グループ<br>柳瀬 美穂<br>TEL 03-5472-8801</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "text and HTML audit summary to the audited supplier: findings only",
    },
    {
        "id": "hinshitsukanri-096",
        "charset": "iso-2022-jp",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["わかばスタッフ 伊那営業所 <ina@wakaba-staff.co.jp>"],
        "subject": "派遣検査員の在留カード期限について（確認のお願い）",
        "body": """株式会社わかばスタッフ
伊那営業所 御中

お世話になっております。日の出産業 伊那工場 品質管理課の大谷地です。

最終検査ラインにご派遣いただいているスタッフの方について、
入構証の更新時に在留カードの期限が近いことに気づきましたので、ご確認をお願いします。

　氏名　　　　：グエン・ティ・ラン（NGUYEN THI LAN）
　在留カード番号：UH48291637EA
　在留期間満了日：2025年11月12日
　在留資格　　：技術・人文知識・国際業務

更新手続きの状況を教えていただけますでしょうか。
期限を過ぎると入構証が発行できなくなりますので、よろしくお願いいたします。
""" + SIG_OYACHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a temp worker's residence card number sent to the staffing agency: identity document number (reason 2)",
    },
    {
        "id": "hinshitsukanri-097",
        "charset": "cp932",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["北陽化成 品質管理課 宗方様 <munakata@hokuyo-kasei.co.jp>"],
        "subject": "Re: 立会検査（10/17）ご来社者のご連絡",
        "body": """宗方様

お世話になっております。伊那工場の大谷地です。
ご来社者4名様の情報、承知しました。守衛所に入構者として登録しておきます。
確認のため、登録内容をお送りします。

　宗方 晴彦 様　　携帯 090-3321-0847　車両 松本 330 た 18-62
　江副 玲奈 様　　携帯 080-9914-2275　（宗方様の車に同乗）
　阿久津 大地 様　携帯 070-2204-6631　車両 諏訪 500 せ 7-41
　茅野 昌之 様　　携帯 090-7753-4128　（阿久津様の車に同乗）

当日は 9:00 に正門守衛所で入構証をお受け取りください。
駐車場は来客用 P2 をご利用ください。
""" + SIG_OYACHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four visitors' mobiles and car plates confirmed back to their own company: 1-4 people's records",
    },
    {
        "id": "hinshitsukanri-098",
        "charset": "utf-8",
        "sender": "大谷地 健太 <oyachi-k@hinode-sangyo.co.jp>",
        "to": ["関東鋼材 営業部 <eigyo@kanto-kouzai.co.jp>",
               "信濃ステンレス 品質保証課 <qa@shinano-stainless.co.jp>"],
        "cc": ["東邦メタル 技術サービス部 <tech-service@toho-metal.co.jp>",
               "真鍋 慎吾 <manabe@hinode-sangyo.co.jp>"],
        "subject": "顧客監査対応：2025年度 鋼材ミルシートの一括ご提出のお願い",
        "body": """各社ご担当者様

いつもお世話になっております。日の出産業 伊那工場 品質管理課の大谷地です。

11月に顧客（川崎電機様）の二次監査があり、鋼材のトレーサビリティとして
2025年4月～9月入荷分のミルシートの提示を求められております。
お手数ですが、各社より納入いただいた分のミルシート（PDF）を
10月24日（金）までにご送付いただけますでしょうか。

対象の注文番号一覧は、各社の営業ご担当経由でお送りします。
""" + SIG_OYACHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three competing steel suppliers openly in To/Cc can see each other (reason 4)",
    },
    {
        "id": "hinshitsukanri-099",
        "charset": "iso-2022-jp",
        "sender": "真鍋 慎吾 <manabe@hinode-sangyo.co.jp>",
        "to": ["石黒 様 <ishiguro.t@maruyama-seiko.co.jp>"],
        "subject": "RE: 8Dレポート提出（NCR-2025-0147）",
        "body": """石黒様

お世話になっております。真鍋です。
8Dレポートを拝受しました。迅速なご対応ありがとうございます。

D4 の要因（ピアス型のパイロットピン摩耗）は妥当と考えます。
D5 の対策について、パイロットピンの交換周期（5万ショット）の根拠となる
摩耗量の推移データを追加でいただけますでしょうか。

なお、緊急時の連絡先一覧もありがとうございました。社内で共有いたします。

-----Original Message-----
From: 石黒 辰也 <ishiguro.t@maruyama-seiko.co.jp>
Sent: Friday, October 3, 2025 5:21 PM
To: 真鍋 慎吾 <manabe@hinode-sangyo.co.jp>
Subject: 8Dレポート提出（NCR-2025-0147）

日の出産業 真鍋様

8Dレポートを添付にて提出いたします。
また、今後の不具合発生時の夜間・休日の連絡先を下記のとおりお知らせします。

　石黒 辰也（品質管理課長）　090-5531-2076
　平賀 聡子（品質管理課）　　080-2297-4415
　土屋 勝　（製造課長）　　　090-8860-1324
　樋口 竜二（金型保全）　　　070-1146-9928
　小宮山 恵（品質管理課）　　080-6673-0519

丸山精工株式会社 品質管理課 石黒
""" + SIG_MANABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the supplier's five emergency contacts appear only in the supplier's own quoted mail under -----Original Message-----",
    },
    {
        "id": "hinshitsukanri-100",
        "charset": "utf-8",
        "sender": "坂巻 由香 <sakamaki.y@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 大隈様 <okuma@tsubasa-system.jp>"],
        "subject": "Re: EDI連携仕様書（ドラフト v0.3）",
        "body": """大隈様

お世話になっております。坂巻です。
仕様書ドラフト v0.3 を受領しました。社内で確認のうえ、来週水曜までにコメントをお返しします。

取り急ぎ受領のご連絡まで。

坂巻
""" + SIG_SAKAMAKI + DISC_JA2,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short acknowledgement to a partner with a long disclaimer mentioning 機密",
    },
]
