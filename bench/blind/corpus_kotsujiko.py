"""Blind evaluation corpus, area "kotsujiko": the traffic-accident desk (安全管理部 事故対応課)
of 日の出産業's fleet and logistics operation — accident reports and first notices to
insurers, injured parties and the company's own drivers, repair shops and lease companies,
lawyers on both sides, traffic-accident certificates and police records, medical
certificates, settlement payments and the ordinary scheduling mail around all of that.
Written blind from bench/blind/BRIEF.md (and the names in SPEC.md) without reading
mailguard's code, rules or tests; every person, address and number is invented."""

from build import card_number, my_number

SEED = 51001

# -- signatures (the desk's staff write them slightly differently) -----------------------

SIG_MURASE = """
--------------------------------------------------
日の出産業株式会社 安全管理部 事故対応課
課長　村瀬 達彦（Murase Tatsuhiko）
〒330-0854 埼玉県さいたま市大宮区桜木町4-211-3 日の出ビル6F
TEL 048-645-7702（直通）／FAX 048-645-7719
Mail: murase.tatsuhiko@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_OKONOGI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
安全管理部 事故対応課　小此木 美帆
TEL：048-645-7703　FAX：048-645-7719
〒330-0854 さいたま市大宮区桜木町4-211-3
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_TORIKAI = """
―――――――――――――――――
日の出産業(株) 安全管理部 車両管理課
鳥飼 恵（とりかい めぐみ）
内線 3318 / 外線 048-645-7718
―――――――――――――――――"""

SIG_HIGAKI = """
**************************************
日の出産業株式会社 物流本部 運行管理グループ
檜垣 修平
〒350-1137 埼玉県川越市砂新田5-3-12 川越物流センター内
TEL 049-238-4410　携帯 080-3127-9954
**************************************"""

SIG_AIZUMI = """
====================================
日の出産業株式会社 総務部 法務課
四十住 玲奈（あいずみ れな）
TEL 03-6811-2045
aizumi.r@hinode-sangyo.co.jp
===================================="""

SIG_YANASE = """
--
Kenta Yanase
Accident Response Section, Safety Management Dept.
Hinode Sangyo Co., Ltd.
4-211-3 Sakuragi-cho, Omiya-ku, Saitama 330-0854, Japan
Tel +81-48-645-7706"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

MESSAGES = [
# 001 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-001",
    "charset": "iso-2022-jp",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["かなめ保険サービス 新堀様 <shinbori@kaname-hoken.co.jp>"],
    "subject": "フリート契約更新用　運転者一覧の送付",
    "body": """有限会社かなめ保険サービス
新堀 様

いつもお世話になっております。日の出産業 車両管理課の鳥飼です。

来月の自動車保険（フリート契約）更新にあたり、ご依頼のありました
運転者一覧と車両一覧をExcelにまとめましたので添付いたします。
年齢条件の確認にお使いください。

・運転者一覧：川越・大宮の両センター所属分
・車両一覧：今期入替の3台を含みます

不足があればご連絡ください。よろしくお願いいたします。
""" + SIG_TORIKAI,
    "attachments": [{
        "kind": "xlsx", "name": "フリート更新_運転者一覧.xlsx",
        "sheets": {
            "運転者一覧": [
                ["フリート契約更新用　運転者一覧（2月末時点）"],
                [],
                ["No", "氏名", "フリガナ", "生年月日", "免許証番号", "免許種類", "色", "所属"],
                [1, "桑折 浩二", "コオリ コウジ", "昭和48年5月14日", "111174836240", "大型", "ゴールド", "川越"],
                [2, "饗庭 弘樹", "アイバ ヒロキ", "昭和55年11月2日", "450526169250", "中型", "ブルー", "川越"],
                [3, "鵜飼 奈緒", "ウカイ ナオ", "平成3年7月29日", "301978395930", "準中型", "ゴールド", "大宮"],
                [4, "五百旗頭 誠", "イオキベ マコト", "昭和52年1月8日", "451328706871", "大型", "ブルー", "川越"],
                [5, "左右田 剛", "ソウダ ツヨシ", "昭和61年9月17日", "111093120711", "中型", "ゴールド", "大宮"],
                [6, "鰐淵 美智子", "ワニブチ ミチコ", "昭和50年3月3日", "131609360580", "普通", "ゴールド", "大宮"],
                [7, "我妻 隆之", "ワガツマ タカユキ", "平成元年12月21日", "131995100820", "大型", "ブルー", "川越"],
                [8, "乙部 翔太", "オトベ ショウタ", "平成8年4月6日", "451651378101", "準中型", "グリーン", "川越"],
                [9, "城之内 勇", "ジョウノウチ イサム", "昭和45年8月30日", "412272401030", "大型", "ゴールド", "川越"],
                [10, "仁平 聡子", "ニヘイ サトコ", "昭和63年2月11日", "411114084301", "中型", "ブルー", "大宮"],
                [11, "鬼頭 康平", "キトウ コウヘイ", "平成5年10月19日", "120978936140", "大型", "ブルー", "川越"],
                [12, "百武 健", "ヒャクタケ ケン", "昭和58年6月25日", "110202108521", "中型", "ゴールド", "大宮"],
            ],
            "車両一覧": [
                ["登録番号", "車名", "型式", "初度登録", "用途"],
                ["大宮 100 き 27-41", "いすゞ フォワード", "2RG-FRR90", "R2.3", "貨物"],
                ["川越 130 さ 8-02", "日野 プロフィア", "2DG-FW1AHG", "R4.11", "貨物"],
                ["大宮 400 せ 11-93", "トヨタ ダイナ", "2RG-XZU712", "R5.6", "貨物"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "12 drivers with birth dates and driving-licence numbers in an XLSX to the insurance agent: a list and identity-document numbers",
},
# 002 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-002",
    "charset": "iso-2022-jp",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["東和海上火災保険 事故受付センター <jiko-uketsuke@towa-kaijo.co.jp>"],
    "subject": "【事故報告・初報】3月4日 国道16号 追突（物損）",
    "body": """東和海上火災保険株式会社
事故受付センター ご担当者様

お世話になっております。日の出産業株式会社 事故対応課の小此木でございます。
本日発生した事故について、取り急ぎ初報をお送りいたします。

■ 証券番号　　：FA-4471829-03
■ 発生日時　　：3月4日（月）07:52頃
■ 発生場所　　：埼玉県川越市 国道16号 的場交差点 付近（下り車線）
■ 当方車両　　：いすゞ フォワード　大宮 100 き 27-41
■ 事故態様　　：信号待ち停車中の相手車両に、当方車両が低速で追突
■ 損害　　　　：相手車両リアバンパー凹み、当方車両フロント一部破損
■ 人身　　　　：双方けが人なし（現場で確認済み）
■ 警察届出　　：川越警察署へ届出済み（物件事故扱い）

相手方のご連絡先は、本人の了解をいただいたうえで改めてお知らせします。
ドライブレコーダー映像は保存済みです。

以上、よろしくお願いいたします。
""" + SIG_OKONOGI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "first notice of a property-damage accident to the insurer: policy number, place, vehicle plate, no personal data of anyone",
},
# 003 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-003",
    "charset": "cp932",
    "sender": "村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
    "to": ["東和海上 損害サービス課 宍戸様 <shishido.k@towa-kaijo.co.jp>"],
    "subject": "Re: 受付番号 2417-03382 相手方の診断書について",
    "body": """東和海上火災保険　宍戸様

お世話になっております。日の出産業の村瀬です。

本日、相手方の 椎名 亜希子 様（昭和62年8月19日生）から、
診断書の写しをいただきましたので内容をお伝えします。

　医療機関：みなみ整形外科（さいたま市見沼区）
　傷病名　：頸椎捻挫、右肩関節打撲
　初診日　：3月5日
　見込み　：約2週間の加療を要する（安静・通院加療）

原本は本日レターパックで貴社宛に発送しております。
治療費の一括対応について、先方へのご連絡をお願いできますでしょうか。

よろしくお願いいたします。
""" + SIG_MURASE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the injured party's diagnosis from a medical certificate, with her name and birth date, to the insurer: 要配慮個人情報 of one person",
},
# 004 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-004",
    "charset": "iso-2022-jp",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["丸十自動車整備 工場長 <kojo@maruju-seibi.co.jp>"],
    "subject": "修理見積のお願い（フォワード 大宮100き2741）",
    "body": """有限会社 丸十自動車整備
工場長 様

いつも大変お世話になっております。日の出産業 車両管理課の鳥飼です。

先日の追突事故で前部を損傷した車両について、修理見積をお願いいたします。

　車名・型式：いすゞ フォワード　2RG-FRR90
　登録番号　：大宮 100 き 27-41
　車台番号　：FRR90-7152839
　損傷箇所　：フロントバンパー、グリル、右ヘッドランプ、ラジエータ（要点検）

保険会社（東和海上）のアジャスター立会いが入る予定ですので、
入庫日が決まりましたら日程をお知らせください。
車両は川越物流センターに置いてあります。引取りをお願いできれば助かります。

以上よろしくお願いいたします。
""" + SIG_TORIKAI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "repair estimate request to a body shop with vehicle and chassis numbers only",
},
# 005 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-005",
    "charset": "iso-2022-jp",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["宍戸 様 <shishido.k@towa-kaijo.co.jp>",
           "丸十自動車整備 <kojo@maruju-seibi.co.jp>",
           "ミライオートリース 車両管理部 <jiko@mirai-autolease.co.jp>"],
    "subject": "損傷車両の立会い日程のご相談（大宮100き2741）",
    "body": """関係各位

お世話になっております。日の出産業 事故対応課の小此木です。

標記車両の損傷確認（アジャスター立会い）について、下記いずれかの日程で
ご調整いただけますでしょうか。

　① 3月12日（火）10:00～
　② 3月13日（水）14:00～
　③ 3月14日（木）10:00～

場所：丸十自動車整備 様 工場（川越市今福）

リース車両のため、ミライオートリース様にもご同席をお願いしております。
ご都合のよい日程を本メールにご返信ください。
""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "insurer, body shop and lease company — three external organisations — all in To: should have been Bcc or separate mails",
},
# 006 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-006",
    "charset": "iso-2022-jp",
    "sender": "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-iaw.jp>"],
    "subject": "相手方代理人からの受任通知について（川越・的場交差点の件）",
    "body": """白川法律事務所
弁護士 白川 先生

いつも大変お世話になっております。日の出産業 法務課の四十住でございます。

3月4日の的場交差点の事故について、相手方の代理人（葛西総合法律事務所）から
受任通知が届きましたので、写しの内容をお知らせいたします。

　相手方　：椎名 亜希子 氏
　住所　　：埼玉県さいたま市見沼区東大宮7丁目38-15 メゾン東大宮203
　請求内容：治療費、休業損害、慰謝料、車両修理費
　回答期限：3月29日

当社としての対応方針について、来週お打ち合わせの時間をいただけますでしょうか。
""" + SIG_AIZUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "partner law firm shirakawa-law.jp mistyped as shirakawa-iaw.jp (l→i): look-alike domain, and it carries the other party's name and address",
},
# 007 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-007",
    "charset": "cp932",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["ミライオートリース 高嶺様 <takamine@mirai-autolease.co.jp>"],
    "subject": "当社指定の修理工場一覧",
    "body": """ミライオートリース株式会社
高嶺 様

お世話になっております。日の出産業 車両管理課の鳥飼です。

先日お話のあった「事故時の入庫先」について、当社が普段お願いしている
修理工場の一覧をCSVでお送りします。リース車両の入庫先として
ご承認いただけるか、ご確認をお願いいたします。
""" + SIG_TORIKAI,
    "attachments": [{
        "kind": "csv", "name": "指定修理工場一覧.csv", "encoding": "cp932",
        "rows": [
            ["工場名", "所在地", "代表電話", "受付時間", "大型対応"],
            ["有限会社 丸十自動車整備", "埼玉県川越市今福1842-6", "049-244-3317", "8:30-18:00", "可"],
            ["株式会社 ボディショップ岩城", "埼玉県さいたま市北区吉野町2-291-4", "048-652-0871", "9:00-18:00", "不可"],
            ["東松山車体工業 株式会社", "埼玉県東松山市大字新郷311", "0493-23-5518", "8:00-17:30", "可"],
            ["有限会社 関口モータース", "埼玉県上尾市大字瓦葺2277-1", "048-781-9043", "9:00-19:00", "不可"],
            ["株式会社 北関東トラックサービス", "埼玉県熊谷市御稜威ヶ原801-3", "048-533-6620", "24時間", "可"],
            ["狭山自動車整備協業組合", "埼玉県狭山市笹井3丁目12-8", "04-2955-1176", "8:30-17:00", "可"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of repair shops (businesses with office addresses and switchboards), not people",
},
# 008 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-008",
    "charset": "iso-2022-jp",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["宍戸 様 <shishido.k@towa-kaijo.co.jp>"],
    "subject": "受付番号2417-03382　運転者情報の追加送付",
    "body": """東和海上火災保険
宍戸 様

お世話になっております。日の出産業の小此木です。
先ほどお電話でご依頼のあった、当方運転者の情報をお送りします。

　運転者氏名：饗庭 弘樹（あいば ひろき）
　生年月日　：昭和５５年１１月２日
　運転免許証：第４５０５２６１６９２５０号（中型・ブルー）
　有効期限　：令和９年１２月２日まで
　雇用形態　：正社員（勤続１２年）

免許証のコピーは別途FAXでお送りします。
よろしくお願いいたします。
""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "the driver's licence number (full-width digits) with name and birth date to the insurer: an identity-document number",
},
# 009 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-009",
    "charset": "utf-8",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["埼玉県トラック協会 適正化事業部 <tekiseika@saitama-truck.or.jp>"],
    "subject": "事故件数報告（令和6年度 第3四半期）",
    "body": """一般社団法人 埼玉県トラック協会
適正化事業部 御中

いつもお世話になっております。日の出産業 運行管理グループの檜垣です。

第3四半期の事故件数を所定の様式で提出いたします。
件数のみの集計で、個別の事案情報は含んでおりません。

ご確認のほど、よろしくお願いいたします。
""" + SIG_HIGAKI,
    "attachments": [{
        "kind": "xlsx", "name": "R6_Q3_事故件数報告_日の出産業.xlsx",
        "sheets": {
            "集計": [
                ["事業者名", "日の出産業株式会社"],
                ["報告期間", "令和6年10月～12月"],
                [],
                ["営業所", "保有台数", "人身事故", "物損事故", "自損事故", "うち高速道路", "走行距離(千km)"],
                ["川越物流センター", 48, 0, 3, 2, 1, 1312],
                ["大宮営業所", 22, 1, 1, 0, 0, 498],
                ["熊谷営業所", 17, 0, 2, 1, 1, 455],
                ["合計", 87, 1, 6, 3, 2, 2265],
            ],
            "前年同期比": [
                ["区分", "R5 Q3", "R6 Q3", "増減"],
                ["人身事故", 2, 1, -1],
                ["物損事故", 5, 6, 1],
                ["自損事故", 4, 3, -1],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate accident statistics by branch to the trucking association: no person in it",
},
# 010 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-010",
    "charset": "iso-2022-jp",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["宍戸 様 <shishido.k@towa-kaijo.co.jp>"],
    "subject": "ドライブレコーダー静止画の送付（受付番号2417-03382）",
    "body": """東和海上　宍戸様

お世話になっております。日の出産業の小此木です。

ご依頼のドライブレコーダー映像から切り出した静止画（衝突前後5枚）を
ZIPファイルにしてお送りします。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。
""" + SIG_OKONOGI,
    "attachments": [{
        "kind": "zip", "name": "drarec_20240304.zip", "password": "Hn0304#kw",
        "files": [
            {"kind": "png", "name": "0752_01.png"},
            {"kind": "png", "name": "0752_02.png"},
            {"kind": "png", "name": "0752_03.png"},
            {"kind": "txt", "name": "撮影メモ.txt", "text": "07:52:11 停止線手前\n07:52:14 接触\n"},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) of dash-cam stills: the attachment cannot be inspected",
},
# 011 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-011",
    "charset": "cp932",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["川越地区交通安全協会 講習係 <koshu@kawagoe-anzen.or.jp>"],
    "subject": "安全運転講習（4/18）受講者名簿の提出",
    "body": """川越地区交通安全協会
講習係 ご担当者様

お世話になっております。日の出産業の檜垣です。
4月18日の事業所向け安全運転講習について、受講者名簿を提出いたします。
当日連絡用に携帯番号も記載しております。

ご確認をお願いいたします。
""" + SIG_HIGAKI,
    "attachments": [{
        "kind": "csv", "name": "受講者名簿_日の出産業_0418.csv", "encoding": "cp932",
        "rows": [
            ["No", "氏名", "ふりがな", "年齢", "携帯電話", "所属"],
            ["1", "桑折 浩二", "こおり こうじ", "51", "090-4418-2736", "川越"],
            ["2", "乙部 翔太", "おとべ しょうた", "28", "080-6620-1194", "川越"],
            ["3", "我妻 隆之", "わがつま たかゆき", "35", "070-3358-8021", "川越"],
            ["4", "鬼頭 康平", "きとう こうへい", "31", "090-7741-0356", "川越"],
            ["5", "城之内 勇", "じょうのうち いさむ", "54", "080-2293-6648", "川越"],
            ["6", "五百旗頭 誠", "いおきべ まこと", "47", "090-1187-5530", "川越"],
            ["7", "饗庭 弘樹", "あいば ひろき", "44", "070-5902-3317", "川越"],
            ["8", "舘野 美結", "たての みゆ", "26", "080-9145-7720", "川越"],
            ["9", "蛭田 将大", "ひるた まさひろ", "39", "090-5536-4109", "川越"],
            ["10", "木暮 しのぶ", "こぐれ しのぶ", "42", "070-8814-2265", "川越"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "roster of ten drivers with mobile numbers in a CP932 CSV to the safety association: a list of people",
},
# 012 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-012",
    "charset": "iso-2022-jp",
    "sender": "村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
    "to": ["shiina.akiko0819@gmail.com"],
    "subject": "先日の事故のお詫びとご連絡（日の出産業）",
    "body": """椎名 亜希子 様

日の出産業株式会社 安全管理部の村瀬と申します。
このたびは当社車両が追突事故を起こし、多大なご迷惑とご心配をおかけしましたこと、
心よりお詫び申し上げます。

今後の補償につきましては、当社が契約している東和海上火災保険の
担当者（宍戸様）から改めてご連絡を差し上げます。
お車の修理工場がお決まりでしたら、工場名をお知らせいただけますと
手配がスムーズです。

ご不明な点は、私 村瀬までいつでもご連絡ください。
重ねてお詫び申し上げます。
""" + SIG_MURASE,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "apology and next steps to the other party at her own Gmail address: one free-mail recipient, no data of anyone else",
},
# 013 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-013",
    "charset": "iso-2022-jp",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["川崎電機 物流管理課 松納様 <matsuno@kawasaki-denki.co.jp>"],
    "subject": "定期便の担当ドライバー変更について",
    "body": """川崎電機株式会社
物流管理課 松納 様

いつもお世話になっております。日の出産業の檜垣です。

御社熊谷工場向けの定期便（火・金）を担当しております 蛭田 将大 ですが、
先週の荷降ろし中の転落事故により、腰椎圧迫骨折と診断され、
現在 熊谷中央病院に入院しております。復帰まで2～3か月かかる見込みです。

当面は 木暮 しのぶ が代わって担当いたします。入構証の切替をお願いできますでしょうか。
ご迷惑をおかけし申し訳ございません。
""" + SIG_HIGAKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named driver's fracture diagnosis and hospitalisation told to a customer: health information of an identifiable person",
},
# 014 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-014",
    "charset": "utf-8",
    "sender": "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
    "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "事故調査報告書（的場交差点の件）のご送付",
    "body": """白川法律事務所
白川 先生

お世話になっております。四十住です。
先日お話しした、社内の事故調査報告書（最終版）をお送りします。
打合せの前にお目通しいただければ幸いです。
""" + SIG_AIZUMI,
    "attachments": [{
        "kind": "pdf", "name": "事故調査報告書_0304.pdf",
        "title": "事故調査報告書", "page_header": "社外秘", "page_footer": "日の出産業株式会社 安全管理部",
        "lines": [
            "事故調査報告書（最終版）",
            "",
            "1. 事故の概要",
            "　発生日時：3月4日 07:52　場所：川越市 国道16号 的場交差点",
            "　当方車両：大宮 100 き 27-41（いすゞ フォワード）",
            "2. 発生原因",
            "　前方車両の停止に対する減速開始の遅れ（脇見：ナビ操作）",
            "3. 再発防止策",
            "　運転中のナビ操作禁止の再徹底、追突防止補助装置の点検",
            "4. 運行管理上の課題",
            "　早朝便の点呼時刻の前倒しを検討",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the internal accident investigation report stamped 社外秘 in its page header, sent to the outside lawyer",
},
# 015 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-015",
    "charset": "iso-2022-jp",
    "sender": "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
    "to": ["ドラレコ解析ラボ 営業部 <sales@drarec-lab.co.jp>"],
    "subject": "秘密保持契約書（案）へのコメント",
    "body": """株式会社ドラレコ解析ラボ
営業部 ご担当者様

お世話になっております。日の出産業 法務課の四十住です。

事故映像の解析業務委託に先立ち、ご送付いただいた秘密保持契約書（案）を
確認いたしました。当社からのコメントは次の3点です。

1. 第2条（秘密情報の定義）：映像に映り込む第三者の情報も対象に含めてください。
2. 第7条（返還・廃棄）：解析終了後30日以内の廃棄と、廃棄証明の提出を追加願います。
3. 第11条（有効期間）：契約終了後も3年間は存続する旨を明記してください。

修正版をいただけましたら、社内決裁に回します。
よろしくお願いいたします。
""" + SIG_AIZUMI + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "comments on a draft NDA (秘密保持契約) plus the standard disclaimer: mail about confidentiality, not a marking",
},
# 016 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-016",
    "charset": "cp932",
    "sender": "丹生 健吾 <niu.k@hinode-sangyo.co.jp>",
    "to": ["ひまわり社会保険労務士事務所 日下部先生 <kusakabe@himawari-sr.jp>"],
    "subject": "障害補償給付の請求書類について（蛭田）",
    "body": """ひまわり社会保険労務士事務所
日下部 先生

いつもお世話になっております。日の出産業 人事部の丹生です。

昨年の荷降ろし中の転落事故で療養していた当社ドライバーについて、
症状固定となり、主治医から障害の残存ありとの診断が出ました。
障害補償給付の請求をお願いしたく、必要事項をお送りします。

　氏名　　　　：蛭田 将大（ひるた まさひろ）
　生年月日　　：昭和６０年２月１７日
　個人番号　　：""" + my_number(SEED + 1) + """
　基礎年金番号：4307-218855
　傷病名　　　：腰椎圧迫骨折（第１腰椎）、症状固定日 １月３１日
　診断書　　　：熊谷中央病院 整形外科（原本は郵送します）

障害等級は11級相当との見立てです。ご確認をお願いいたします。

人事部 労務課　丹生 健吾
TEL 048-645-7730
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an employee's My Number, basic pension number and disability diagnosis to the outside labour consultant",
},
# 017 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-017",
    "charset": "iso-2022-jp",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
           "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>"],
    "cc": ["安全管理部 共有 <anzen-all@hinode-sangyo.co.jp>"],
    "subject": "免許証有効期限チェック（4～6月到来分）",
    "body": """村瀬課長、檜垣さん

車両管理課の鳥飼です。
4～6月に免許の更新期限が来る運転者を抜き出しました。
点呼時に更新済み免許証の提示を求めてください。

No  氏名          生年月日      免許証番号      有効期限
--  ------------  ------------  --------------  ----------
1   城之内 勇     S45.8.30      412272401030    R7.4.30
2   鰐淵 美智子   S50.3.3       131609360580    R7.5.3
3   仁平 聡子     S63.2.11      411114084301    R7.5.11
4   舘野 美結     H10.6.5       122004081180    R7.6.5
5   木暮 しのぶ   S57.6.14      451497749831    R7.6.14
6   百武 健       S58.6.25      110202108521    R7.6.25

更新後は車両管理システムへの登録もお願いします。
鳥飼
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": [],
    "note": "licence list of six drivers, but every recipient is internal (including the logi. subdomain)",
},
# 018 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-018",
    "charset": "iso-2022-jp",
    "sender": "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
    "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
    "cc": ["村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>"],
    "subject": "目撃者の連絡先（上尾市 原市交差点の件）",
    "body": """白川先生

お世話になっております。四十住です。
上尾の出合い頭事故について、現場で当社ドライバーが聞き取った
目撃者の連絡先を一覧にしました。信号の色について証言が分かれているため、
先生から直接ご確認いただけますと幸いです。

氏名　　　　　電話番号　　　　　住所　　　　　　　　　　　　　　　　備考
――――――――――――――――――――――――――――――――――――――――――――――
鴇田 康夫　　０９０－３３８１－７２０４　上尾市原市中１丁目９－２２　　　歩行者
粟飯原 妙子　０４８－７２１－５５０８　上尾市原市４１２０－３　　　　　店舗従業員
杁中 亮　　　０８０－４４０２－１９６３　伊奈町小室８８１７－５　　　　後続車
檀上 由香里　０７０－６２１８－３０４５　上尾市瓦葺２６３１－１４　　　歩行者
與那覇 勉　　０９０－８８４０－２２１７　蓮田市黒浜３５５０－２　　　　対向車
薬師寺 仁美　０８０－１１３９－６６８２　上尾市原市南２－１１－７　　　自転車

いずれもご本人から、弁護士からの連絡に応じてよいとの了承を得ています。
""" + SIG_AIZUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six witnesses with phone numbers and home addresses in full-width padded columns, to the outside lawyer: a list of people",
},
# 019 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-019",
    "charset": "utf-8",
    "sender": "村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
    "to": ["椎名 亜希子 <shiina.akiko0819@gmail.com>"],
    "subject": "Re: 通院の交通費について",
    "body": """椎名様

ご連絡ありがとうございます。日の出産業の村瀬です。

みなみ整形外科への通院は、その後いかがでしょうか。
首の痛みが長引いているとのこと、大変申し訳なく思っております。

通院のタクシー代については、領収書を保管しておいていただければ
保険会社から治療費とあわせてお支払いします。
週3回の通院が続く場合も対象になりますので、ご安心ください。

> 村瀬様
> 先日はお見舞いのお電話ありがとうございました。
> 通院にタクシーを使っていますが、交通費も請求できますか。
> 椎名
""" + SIG_MURASE,
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "her own injury and clinic, written back to the injured person herself at Gmail: health data, but going only to the person it concerns",
},
# 020 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-020",
    "charset": "iso-2022-jp",
    "sender": "村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
    "to": ["koyanagi.jun@yahoo.co.jp", "t-hasebe@icloud.com",
           "mika.sugiura.77@gmail.com", "oyamada_k@outlook.jp"],
    "subject": "3月9日 さいたま新都心 立体駐車場での接触事故についてのお詫び",
    "body": """お車を駐車されていた皆様

日の出産業株式会社 安全管理部の村瀬でございます。

3月9日（土）午後、さいたま新都心の立体駐車場3階にて、当社の配送車両が
旋回の際に駐車中のお車4台に接触いたしました。
皆様には多大なご迷惑をおかけし、誠に申し訳ございません。

修理費用は全額当社（東和海上火災保険）で負担いたします。
保険会社の担当者から、順次お一人ずつご連絡を差し上げますので、
修理工場のご希望などをお伝えください。

重ねて深くお詫び申し上げます。
""" + SIG_MURASE,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "four private car owners on free mail all in To: each sees the others' addresses (should have been Bcc)",
},
# 021 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-021",
    "charset": "iso-2022-jp",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["千歳損害保険 さいたま損害サービス 藪内様 <yabuuchi.t@chitose-sonpo.co.jp>"],
    "subject": "交通事故証明書（写）の送付　貴社受付 CS-88120417",
    "body": """千歳損害保険株式会社
さいたま損害サービスセンター　藪内 様

お世話になっております。日の出産業 事故対応課の小此木です。
上尾市原市の出合い頭事故（物件事故）について、交通事故証明書の写しが
届きましたのでPDFでお送りします。
過失割合のご協議の際にご利用ください。
""" + SIG_OKONOGI,
    "attachments": [{
        "kind": "pdf", "name": "交通事故証明書_写.pdf", "title": "交通事故証明書",
        "lines": [
            "交　通　事　故　証　明　書",
            "",
            "照会記録簿の種別：物件　　　事故照会番号：第 11-0417-00382 号",
            "発生日時：令和6年2月26日 午後4時10分頃",
            "発生場所：上尾市原市 県道さいたま菖蒲線 原市交差点",
            "",
            "甲　住所：埼玉県川越市砂新田5-3-12（日の出産業株式会社）",
            "　　氏名：五百旗頭 誠　　生年月日：昭和52年1月8日",
            "　　車両番号：川越 130 さ 8-02　自賠責：東和海上",
            "乙　住所：埼玉県上尾市原市南3丁目17-5",
            "　　氏名：鷲見 俊介　　生年月日：平成2年9月30日",
            "　　車両番号：大宮 500 ね 63-18　自賠責：千歳損保",
            "",
            "事故類型：車両相互　出会い頭衝突",
            "自動車安全運転センター 埼玉県事務所長",
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "traffic-accident certificate of a property-damage accident: two parties' names, addresses and birth dates to the other insurer (under five people; may warn)",
},
# 022 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-022",
    "charset": "cp932",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["ひかりレンタカー 法人予約デスク <hojin@hikari-rentacar.jp>"],
    "subject": "代車予約（4tワイド 3/11～3/22）とお支払いカードのご連絡",
    "body": """ひかりレンタカー株式会社
法人予約デスク 御中

お世話になっております。日の出産業 車両管理課の鳥飼です。
事故車両の修理期間中の代車として、下記の予約をお願いいたします。

　車種　　：4tトラック ワイド・パワーゲート付
　期間　　：3月11日（月）9:00 ～ 3月22日（金）18:00
　貸渡店舗：川越インター店
　保険　　：免責補償・休業補償（NOC）加入

お支払いは法人カードでお願いします。
　カード番号：""" + card_number(SEED + 2) + """
　有効期限　：09/28
　名義　　　：HINODE SANGYO CO LTD

後日、保険会社へ請求するため、領収書は宛名「日の出産業株式会社」でお願いします。
""" + SIG_TORIKAI,
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full credit card number with expiry written into the body of a rental-car booking",
},
# 023 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-023",
    "charset": "iso-2022-jp",
    "sender": "村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
    "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "追突事故の原因について（運転者の健康状態）",
    "body": """白川先生

いつもお世話になっております。村瀬です。

的場交差点の追突事故の件、先方代理人から「居眠り運転ではないか」との
指摘が出ている点についてご相談です。

事故後に当社で実施したスクリーニングの結果、運転者の 饗庭 弘樹 は
簡易検査で AHI 31.5 となり、精密検査（PSG）で重症の睡眠時無呼吸症候群と
診断されました。現在CPAP治療を始めたところで、乗務からは外しております。

事故当時の状態との関係について、どこまで先方に開示すべきか
ご意見をいただけますでしょうか。
""" + SIG_MURASE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named driver's sleep-apnoea diagnosis and treatment sent to the outside lawyer: 要配慮個人情報",
},
# 024 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-024",
    "charset": "iso-2022-jp",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["城北市 道路維持課 <doro-iji@city.johoku.saitama.lg.jp>"],
    "subject": "市道ガードレール損傷のご報告と復旧費用について",
    "body": """城北市役所
建設部 道路維持課 御中

お世話になります。日の出産業株式会社 事故対応課の小此木と申します。

2月28日早朝、当社の配送車両が市道 城北2号線（城北市 堀ノ内3丁目地内）で
スリップし、ガードレール約8mを損傷させてしまいました。
ご迷惑をおかけし申し訳ございません。警察への届出は済んでおります。

復旧工事の費用は当社の保険（東和海上火災保険 対物賠償）で対応いたします。
お見積書・ご請求書の宛先は次のとおりでお願いいたします。

　〒330-0854 さいたま市大宮区桜木町4-211-3
　日の出産業株式会社 安全管理部 事故対応課 宛

現地確認の日程など、ご指示いただければ対応いたします。
""" + SIG_OKONOGI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "report of damage to a city guard-rail to the road authority: company addresses only",
},
# 025 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-025",
    "charset": "iso-2022-jp",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
    "subject": "事故車両の積荷の積替え・転送のお願い",
    "body": """青葉運輸株式会社
配車センター 御中

いつもお世話になっております。日の出産業 運行管理の檜垣です。

本日、当社車両が東北道 蓮田SA付近で自損事故を起こし、走行できなくなりました。
積荷（北国フーズ様向け 冷凍食品 パレット8枚）に損傷はありません。

つきましては、蓮田SAでの積替えと、仙台の北国フーズ様 物流センターまでの
転送を至急お願いできませんでしょうか。

　積替え場所：東北道 蓮田SA（下り）大型車駐車場
　希望時刻　：本日 14:00 以降
　温度帯　　：－18℃
　伝票番号　：HS-24-0311-0087

ご対応可否をお知らせください。
""" + SIG_HIGAKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner aoba-unyu.co.jp addressed as aoba-unyu.jp (the co. dropped): look-alike domain; content itself is ordinary",
},
# 026 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-026",
    "charset": "utf-8",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["北国フーズ 仙台物流センター 守衛室 <nyukou-sendai@kitaguni-foods.co.jp>"],
    "subject": "入構ドライバーの追加登録のお願い（3月分）",
    "body": """北国フーズ株式会社
仙台物流センター 入構管理ご担当者様

いつもお世話になっております。日の出産業の檜垣です。
事故による乗務員の入替えに伴い、3月から下記のドライバーが御センターに
入構いたします。入構証の発行をお願いいたします。

氏名\t携帯\t車両番号\t入構開始
我妻 隆之\t070-3358-8021\t川越 130 さ 8-02\t3/11
鬼頭 康平\t090-7741-0356\t川越 100 か 30-77\t3/11
舘野 美結\t080-9145-7720\t大宮 400 せ 11-93\t3/13
木暮 しのぶ\t070-8814-2265\t川越 130 さ 5-66\t3/15

よろしくお願いいたします。
""" + SIG_HIGAKI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four drivers with mobile numbers (tab-separated) to the customer's gate office: under the five-person threshold, may warn",
},
# 027 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-027",
    "charset": "cp932",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["宍戸 様 <shishido.k@towa-kaijo.co.jp>"],
    "subject": "RE: 受付番号2417-03382 治療状況と今後の必要書類",
    "body": """宍戸様

ご連絡ありがとうございます。小此木です。
承知いたしました。当社側で用意する「事故発生状況報告書」と「修理見積書」は
来週水曜までにお送りします。相手方への書類のご案内は貴社でお願いいたします。

引き続きよろしくお願いいたします。
小此木

-----Original Message-----
From: 宍戸 一輝 <shishido.k@towa-kaijo.co.jp>
Sent: Tuesday, March 12, 2024 4:18 PM
To: 小此木 美帆 <okonogi@hinode-sangyo.co.jp>
Subject: 受付番号2417-03382 治療状況と今後の必要書類

日の出産業 小此木様

お世話になっております。東和海上の宍戸です。
相手方 椎名 亜希子様（携帯 090-2274-6619）の治療状況ですが、
みなみ整形外科で頸椎捻挫の治療を週3回継続中とのことです。
貴社には「事故発生状況報告書」と「修理見積書」のご提出をお願いします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the injured party's phone and diagnosis appear only in the quoted insurer mail; the new text is a plain reply",
},
# 028 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-028",
    "charset": "cp932",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["北国フーズ 物流部 雲財様 <unzai@kitaguni-foods.co.jp>"],
    "subject": "本日の仙台便の遅延について（お詫び）",
    "body": """北国フーズ株式会社
物流部 雲財 様

いつも大変お世話になっております。日の出産業の檜垣でございます。

本日の仙台便が遅れておりますこと、深くお詫び申し上げます。
実は、本日の便を担当する予定だった 乙部 翔太 が、昨夜、自家用車で
帰宅途中に酒気帯び運転の疑いで警察に現行犯逮捕されたとの連絡が入りました。
出発前の点呼で発覚したため、代わりの乗務員を手配しております。

到着は当初予定より約3時間遅れ、17時頃となる見込みです。
本人の処分は社内規定に沿って厳正に行います。重ねてお詫び申し上げます。
""" + SIG_HIGAKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's arrest for drink-driving told to a customer: arrest / criminal record is 要配慮個人情報",
},
# 029 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-029",
    "charset": "iso-2022-jp",
    "sender": "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 事務局 <jimu@shirakawa-law.jp>"],
    "subject": "交通事故証明書（上尾・原市の件）送付",
    "body": """白川法律事務所
事務局 御中

お世話になっております。日の出産業の四十住です。
白川先生からご依頼のあった交通事故証明書をスキャンして添付します。
先生へお渡しいただけますでしょうか。
""" + SIG_AIZUMI,
    "attachments": [{"kind": "corrupt", "name": "事故証明書_原市_scan.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the scanned certificate PDF is corrupt: the attachment cannot be read",
},
# 030 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-030",
    "charset": "iso-2022-jp",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["藪内 様 <yabuuchi.t@chitose-sonpo.co.jp>",
           "ボディショップ岩城 岩城様 <iwaki@iwaki-bodyshop.jp>"],
    "subject": "相手方車両の修理見積の件（CS-88120417）",
    "body": """千歳損害保険 藪内様
ボディショップ岩城 岩城様

お世話になっております。日の出産業 車両管理課の鳥飼です。

上尾・原市交差点の件で、相手方のお車（大宮 500 ね 63-18）の修理について、
岩城様から概算見積をいただきました。協定にあたり、藪内様から
岩城様へ直接ご連絡いただくかたちで差し支えないでしょうか。

　概算見積額：387,420円（税込）
　主な作業　：左フロントドア交換、左フェンダー板金塗装

以後のやり取りは、お二方で直接進めていただいて構いません。
当社へはCcで結果をお知らせください。
""" + SIG_TORIKAI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "insurer and body shop together in To: two external organisations, a normal three-way mail",
},
# 031 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-031",
    "charset": "cp932",
    "sender": "丹生 健吾 <niu.k@hinode-sangyo.co.jp>",
    "to": ["高倉病院 医事課 <iji@takakura-hp.jp>"],
    "subject": "第三者行為による受診についての保険証情報",
    "body": """医療法人 高倉会 高倉病院
医事課 ご担当者様

いつもお世話になっております。日の出産業 人事部の丹生です。
先日お電話でお問い合わせのあった件についてご連絡します。

当社社員 我妻 隆之 が、業務外の交通事故（相手方の過失）で負った
右手関節骨折について、貴院整形外科に通院しております。
健康保険を使用する旨、協会けんぽへの「第三者行為による傷病届」は
当社から提出済みです。保険証の情報は次のとおりです。

　被保険者氏名：我妻 隆之
　生年月日　　：平成元年１２月２１日
　保険者番号　：01110418
　記号　　　　：82030517
　番号　　　　：417

窓口での確認の際にご利用ください。
""" + """
人事部 労務課 丹生
048-645-7730""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an employee's health-insurance card numbers plus his fracture and treatment, to a hospital",
},
# 032 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-032",
    "charset": "utf-8",
    "sender": "Kenta Yanase <yanase.k@hinode-sangyo.co.jp>",
    "to": ["Claims Desk <claims@orchard-fleetlease.com>"],
    "subject": "Damage notice - leased reefer trailer OFL-TR-2231",
    "body": """Dear Claims team,

I am writing to notify you of damage to one of the refrigerated trailers we lease from you.

  Unit no.      : OFL-TR-2231 (Japanese reg. 大宮 100 ね 52-10)
  Date / place  : 8 March, Kawagoe distribution centre yard
  What happened : while reversing to dock 4, the trailer's rear right corner hit a pillar
  Damage        : rear door frame bent, right rear marker lamp broken; the reefer unit is intact
  Injuries      : none
  Police        : not required (private premises)

Photos and the repair estimate from our body shop will follow early next week.
Please let us know whether you would like your own surveyor to inspect the unit
before repairs start.

Best regards,
""" + SIG_YANASE + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English damage notice to a foreign lessor about a trailer; no personal data, standard English disclaimer",
},
# 033 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-033",
    "charset": "iso-2022-jp",
    "sender": "村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
    "to": ["東和海上 対人賠償担当 戸祭様 <tomatsuri@towa-kaijo.co.jp>"],
    "subject": "【至急】熊谷 マイクロバス接触事故 負傷者一覧",
    "body": """東和海上火災保険
対人賠償担当 戸祭様

お世話になっております。日の出産業の村瀬です。
昨日の熊谷市内でのマイクロバスとの接触事故について、
バス会社（熊谷観光バス）様から乗客の負傷状況の一覧をいただきました。
Word にまとめましたので添付します。各病院への治療費のご連絡をお願いします。
""" + SIG_MURASE,
    "attachments": [{
        "kind": "docx", "name": "負傷者一覧_熊谷_0307.docx", "title": "負傷者一覧",
        "paragraphs": ["3月7日 熊谷市 マイクロバス接触事故　負傷者一覧（熊谷観光バス提供）", ""],
        "tables": [[
            ["No", "氏名", "年齢", "連絡先", "搬送先", "傷病名（初診時）"],
            ["1", "芦刈 トシ子", "78", "048-521-3390", "熊谷中央病院", "右大腿骨頸部骨折"],
            ["2", "芦刈 源三", "81", "048-521-3390", "熊谷中央病院", "頭部打撲・経過観察"],
            ["3", "鵜沼 早苗", "69", "090-6612-0874", "深谷赤十字病院", "頸椎捻挫"],
            ["4", "猪狩 みどり", "72", "080-2207-5531", "熊谷中央病院", "右前腕打撲"],
            ["5", "宇留野 清", "75", "048-533-7128", "外来のみ（佐藤医院）", "胸部打撲"],
            ["6", "漆原 和子", "70", "070-4421-9065", "外来のみ（佐藤医院）", "腰部挫傷"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six injured passengers with phones, hospitals and diagnoses in a DOCX table to the insurer: a list and health data",
},
# 034 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-034",
    "charset": "utf-8",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["宍戸 様 <shishido.k@towa-kaijo.co.jp>"],
    "subject": "新規事故受付のお願い（3/15 狭山日高IC付近）運転者情報",
    "body": """東和海上　宍戸様

お世話になっております。小此木です。
本日別件で事故受付をお願いしたく、運転者の情報をお送りします。
運転者は外国籍の社員のため、本人確認書類は在留カードとなります。

　運転者　　：グエン・ヴァン・ハイ（NGUYEN VAN HAI）
　生年月日　：1994年7月3日
　在留カード：UH72814039EA（在留期限 2026年9月14日）
　運転免許証：第300603675621号（中型）

事故状況は別途、事故発生状況報告書で提出します。
""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a driver's residence-card and driving-licence numbers with birth date to the insurer",
},
# 035 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-035",
    "charset": "iso-2022-jp",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["かなめ保険サービス 新堀様 <shinbori@kaname-hoken.co.jp>"],
    "subject": "Re: 事故受付時の連絡先（各拠点）",
    "body": """新堀様

お世話になっております。鳥飼です。
ご依頼の「事故時の拠点連絡先」をお送りします。夜間は各拠点の代表番号から
当番者に転送されます。

・本社 安全管理部 事故対応課
　〒330-0854 さいたま市大宮区桜木町4-211-3　TEL 048-645-7702（平日9-18時）
・川越物流センター
　〒350-1137 川越市砂新田5-3-12　TEL 049-238-4400（24時間）
・大宮営業所
　〒331-0811 さいたま市北区吉野町1-406-2　TEL 048-652-3311
・熊谷営業所
　〒360-0843 熊谷市三ケ尻3290-4　TEL 048-533-2017

以上です。証券への記載が必要でしたらお知らせください。
""" + SIG_TORIKAI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the company's own branch addresses and switchboards: a list of business locations, not people",
},
# 036 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-036",
    "charset": "iso-2022-jp",
    "sender": "村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
    "to": ["宍戸 様 <shishido.k@towa-kaijo.co.jp>"],
    "subject": "【取扱注意】示談交渉の方針メモ（受付番号2417-03382）",
    "body": """【取扱注意】本メールの内容は関係者限りでお取り扱いください。

宍戸様

村瀬です。先日の打合せを受けて、当社としての示談交渉の方針をまとめました。

1. 過失割合：当方100の主張は受け入れる（停車中への追突のため）
2. 休業損害：源泉徴収票ベースでの算定を求める。主婦休損の併用には応じない
3. 慰謝料　：自賠責基準を基本とし、上積みは通院実日数次第で検討
4. 代車費用：相手方のレンタカー使用は修理期間（14日）まで
5. 全体の上限：当社の社内決裁は総額150万円まで。超える場合は再協議

先方代理人への回答前に、一度お電話で擦り合わせさせてください。
""" + SIG_MURASE,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "settlement-strategy memo classified 【取扱注意】 in subject and first line, sent to the insurer",
},
# 037 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-037",
    "charset": "iso-2022-jp",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["北国フーズ 雲財様 <unzai@kitaguni-foods.co.jp>",
           "川崎電機 松納様 <matsuno@kawasaki-denki.co.jp>",
           "みなと製菓 物流課 <butsuryu@minato-seika.co.jp>",
           "東邦ケミカル 購買部 <kobai@toho-chem.co.jp>",
           "さくら薬品 受入センター <ukeire@sakura-yakuhin.jp>"],
    "subject": "【お詫び】関越道 事故通行止めによる本日午後便の遅延について",
    "body": """荷主各位

いつも大変お世話になっております。日の出産業 物流本部の檜垣でございます。

本日11時頃、関越自動車道 鶴ヶ島JCT～東松山IC間で発生した多重事故
（当社車両は関与しておりません）により、上下線が通行止めとなっております。
このため、本日午後便の到着が2～4時間程度遅れる見込みです。

各社様ごとの到着見込みは、担当営業より個別にご連絡いたします。
ご迷惑をおかけし、誠に申し訳ございません。
""" + SIG_HIGAKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "delay notice to five customers with all of them in To: five external organisations can see each other",
},
# 038 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-038",
    "charset": "iso-2022-jp",
    "sender": "村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
    "to": ["人事部 丹生 <niu.k@mail.hinode-sangyo.co.jp>"],
    "cc": ["檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>"],
    "subject": "乗務停止者の診断書（饗庭）",
    "body": """丹生さん

村瀬です。饗庭さんの件、主治医の診断書を受け取りましたので内容を共有します。

　氏名：饗庭 弘樹（川越物流センター）
　病名：閉塞性睡眠時無呼吸症候群（重症）
　所見：CPAP治療開始。3か月後の再評価まで職業運転は控えることが望ましい
　医療機関：川越睡眠呼吸クリニック

休職扱いにするか、構内作業への配置転換にするか、
来週の安全衛生委員会の前にご相談させてください。
""" + SIG_MURASE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a driver's diagnosis, but only to internal recipients on internal subdomains",
},
# 039 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-039",
    "charset": "cp932",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["宍戸 様 <shishido.k@towa-kaijo.co.jp>"],
    "subject": "あおり運転被害の件（車両保険の請求）",
    "body": """東和海上　宍戸様

お世話になっております。小此木です。
3月16日に圏央道 入間IC付近で発生した件についてご報告します。

当社ドライバーの 左右田 剛（大宮営業所）が、後方の乗用車からあおり運転を受け、
停車させられたうえ、降りてきた相手の男に運転席の窓越しに顔を殴られました。
相手はそのまま逃走しています。左右田は顔面打撲で病院を受診し、
翌日、狭山警察署に被害届を提出、受理されています（受理番号：第214号）。

当方車両のサイドミラーとドアも損傷しているため、車両保険での対応を
お願いしたく、手続きをご教示ください。
""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee who was the victim of an assault (crime victim) and his injury, sent to the insurer",
},
# 040 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-040",
    "charset": "iso-2022-jp",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["檜垣さん <higaki.shuhei@hinode-sangyo.com>"],
    "subject": "今週末の事故当番（携帯番号）",
    "body": """檜垣さん

小此木です。今週末の事故受付当番の携帯番号です。
保険会社からの夜間連絡はこちらに回してください。

　3/23（土） 鰐淵 美智子　090-6180-4427
　3/24（日） 仁平 聡子　　080-3392-7751
　予備　　　 我妻 隆之　　070-3358-8021

よろしくお願いします。
小此木
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but addressed to hinode-sangyo.com instead of hinode-sangyo.co.jp: look-alike of the own domain",
},
# 041 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-041",
    "charset": "utf-8",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["藪内 様 <yabuuchi.t@chitose-sonpo.co.jp>"],
    "subject": "過失割合のご提示について（貴社受付 CS-88120417／当社 2417-02961）",
    "body": """千歳損害保険株式会社
藪内 様

お世話になっております。日の出産業の小此木です。

上尾・原市交差点の件、ご提示いただいた過失割合（当方30：貴社ご契約者様70）について、
社内で確認いたしました。ドライブレコーダー映像からも相手方の信号無視が
明らかであるため、当方としては 20：80 が相当と考えております。

根拠として、判例タイムズの基本過失割合（【98】図）と、映像の該当時刻
（16:10:42～16:10:47）をお示しします。ご再検討をお願いいたします。

なお、当社側の窓口は東和海上火災保険の宍戸様です。
今後の協議は保険会社間でお願いできればと存じます。
""" + SIG_OKONOGI + "\n" + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "fault-ratio discussion with the other insurer: claim numbers, no personal data; ends with the standard Japanese disclaimer",
},
# 042 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-042",
    "charset": "iso-2022-jp",
    "sender": "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 大宮支店 法人営業 <omiya-hojin@midori-ginko.co.jp>"],
    "subject": "総合振込のご依頼（3月25日 支払分）",
    "body": """株式会社みどり銀行 大宮支店
法人営業課 御中

いつもお世話になっております。日の出産業 法務課の四十住です。
熊谷の接触事故に関する見舞金等について、3月25日付の総合振込をお願いしたく、
振込先一覧をお送りします（保険対象外の当社負担分です）。

手数料は当方負担、引落口座は当座 0301227 でお願いいたします。
""" + SIG_AIZUMI,
    "attachments": [{
        "kind": "docx", "name": "総合振込依頼_0325.docx", "title": "総合振込依頼",
        "paragraphs": ["総合振込依頼書（3月25日振込）", "依頼人：日の出産業株式会社", ""],
        "tables": [[
            ["No", "受取人（カナ）", "銀行・支店", "種目", "口座番号", "金額"],
            ["1", "アシカリ トシコ", "埼玉りそな銀行 熊谷支店", "普通", "4418203", "50,000"],
            ["2", "アシカリ ゲンゾウ", "埼玉りそな銀行 熊谷支店", "普通", "4418211", "30,000"],
            ["3", "ウヌマ サナエ", "武蔵野銀行 深谷支店", "普通", "0772914", "30,000"],
            ["4", "イカリ ミドリ", "ゆうちょ銀行 〇三八店", "普通", "2281046", "30,000"],
            ["5", "ウルノ キヨシ", "熊谷商工信用組合 本店", "普通", "0031579", "20,000"],
            ["6", "ウルシハラ カズコ", "みどり銀行 熊谷支店", "普通", "1650382", "20,000"],
            ["", "", "", "", "合計", "180,000"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "six private payees with bank account numbers in a DOCX transfer request to the bank: a list of people",
},
# 043 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-043",
    "charset": "iso-2022-jp",
    "sender": "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
    "to": ["葛西総合法律事務所 弁護士 葛西先生 <kasai@kasai-sogo-law.jp>"],
    "cc": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "示談書（案）のご送付",
    "body": """葛西総合法律事務所
弁護士 葛西 先生

いつもお世話になっております。日の出産業株式会社 法務課の四十住でございます。
（当社代理人 白川法律事務所 白川先生をCcに入れております）

椎名様との示談書（案）をお送りいたします。
PDFにはパスワードを設定しております。パスワードは白川先生から
お電話でお伝えいただく予定です。

ご確認のほどよろしくお願い申し上げます。
""" + SIG_AIZUMI,
    "attachments": [{
        "kind": "pdf", "name": "示談書案_v3.pdf", "password": "Shiina0304",
        "lines": ["示談書", "甲：日の出産業株式会社", "乙：椎名 亜希子", "第1条 甲は乙に対し金○○円を支払う。"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment", "multiple_external_domains"],
    "note": "password-protected PDF settlement draft: cannot be inspected (two law firms in To/Cc is itself normal)",
},
# 044 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-044",
    "charset": "cp932",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["東日本アジャスター 調査部 笹生様 <saso@higashinihon-adj.co.jp>"],
    "subject": "現場立会いの参加者（3/19 蓮田SA）",
    "body": """東日本アジャスター株式会社
調査部 笹生 様

お世話になっております。日の出産業の鳥飼です。
3月19日の蓮田SAでの現場確認について、当社からの参加者をお知らせします。
当日、現地で連絡がつかない場合は各自の携帯へお電話ください。

 氏名          役割                 携帯
 ------------  -------------------  -------------
 檜垣 修平     運行管理（責任者）   080-3127-9954
 鳥飼 恵       車両管理             090-5573-2089
 城之内 勇     当該車両の運転者     080-2293-6648
 丸山 健二     丸十自動車整備       090-7328-1145

集合は10:00、大型車駐車場の南端でお願いします。
""" + SIG_TORIKAI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four attendees with mobile numbers for an on-site inspection: a short attendee list under the threshold, may warn",
},
# 045 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-045",
    "charset": "iso-2022-jp",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["宍戸 様 <shishido.k@towa-kaijo.co.jp>"],
    "subject": "3/18 入間市 接触事故　相手方の本人確認情報",
    "body": """宍戸様

小此木です。3月18日の入間市の接触事故の相手方について、
現場でドライバーが控えた本人確認情報をお送りします。

相手方は海外在住で一時帰国中とのことで、国外運転免許証と旅券を
提示されたそうです。

　氏名　　　：志波 慎太郎（しば しんたろう）
　生年月日　：1988年4月22日
　旅券番号　：TR4829163
　国外運転免許証：シンガポール発行
　滞在先　　：埼玉県入間市豊岡4丁目2-31（ご実家）
　連絡先　　：080-4172-3308

帰国予定は4月10日とのことで、それまでに協定を進めたいとのご希望です。
""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "the other party's passport number with birth date, address and phone to the insurer: an identity-document number",
},
# 046 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-046",
    "charset": "cp932",
    "sender": "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
    "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "椎名様の後遺障害認定結果について",
    "body": """白川先生

お世話になっております。四十住です。

東和海上の宍戸様から、椎名 亜希子 様の後遺障害の認定結果について
連絡がありました。

　認定：14級9号（局部に神経症状を残すもの）
　内容：頸部痛、右上肢のしびれ（頸椎捻挫後）
　症状固定日：8月31日

先方代理人からは逸失利益を5年で算定した請求が来る見込みです。
当社としての上限の考え方について、改めてご相談させてください。
""" + SIG_AIZUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the injured party's after-effect disability grade and symptoms, named, to the outside lawyer",
},
# 047 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-047",
    "charset": "utf-8",
    "sender": "日の出産業 安全管理部 <anzen-news@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 安全推進室 <anzen@aoba-unyu.co.jp>"],
    "subject": "協力会社安全ニュース 第42号　春の全国交通安全運動",
    "html": """<html><body style="font-family:'Meiryo',sans-serif">
<p>青葉運輸株式会社 安全推進室 御中</p>
<p>いつもご協力ありがとうございます。日の出産業 安全管理部より、協力会社向け安全ニュースをお届けします。</p>
<h3>春の全国交通安全運動（4月6日～15日）</h3>
<ul>
<li>重点：歩行者の安全確保、横断歩道での一時停止の徹底</li>
<li>当社構内では、期間中バック誘導を必ず2名で行ってください</li>
<li>早朝便の出発前点呼で、アルコール検知器の使用を再確認してください</li>
</ul>
<h3>今月のヒヤリハット（当社集計）</h3>
<table border="1" cellpadding="4">
<tr><th>区分</th><th>件数</th><th>主な場面</th></tr>
<tr><td>後退時</td><td>7</td><td>荷主構内のバース付け</td></tr>
<tr><td>交差点右左折</td><td>5</td><td>自転車の巻き込み</td></tr>
<tr><td>車線変更</td><td>3</td><td>高速道路の合流</td></tr>
</table>
<p>ご不明点は安全管理部（048-645-7700）までお問い合わせください。</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only safety newsletter to one partner: campaign points and aggregate near-miss counts",
},
# 048 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-048",
    "charset": "utf-8",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["アルコテック サポート <support@alcotec-cloud.jp>"],
    "subject": "クラウド型アルコール検知器　利用者の追加登録",
    "html": """<html><body>
<p>株式会社アルコテック サポートご担当者様</p>
<p>お世話になっております。日の出産業 運行管理の檜垣です。<br>
熊谷営業所の検知器（端末ID: AT-KG-0031）に、下記の利用者を追加登録してください。<br>
測定結果の通知メールは各自のアドレスに送る設定でお願いします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>社員番号</th><th>氏名</th><th>生年月日</th><th>通知先メール</th></tr>
<tr><td>H20417</td><td>宇賀神 拓也</td><td>1986/03/19</td><td>ugajin.t@hinode-sangyo.co.jp</td></tr>
<tr><td>H20522</td><td>米谷 紗希</td><td>1995/11/02</td><td>maiya.s@hinode-sangyo.co.jp</td></tr>
<tr><td>H18803</td><td>勅使河原 隼</td><td>1979/07/28</td><td>teshigawara.h@hinode-sangyo.co.jp</td></tr>
<tr><td>H21014</td><td>生田目 結衣</td><td>1998/01/15</td><td>namatame.y@hinode-sangyo.co.jp</td></tr>
<tr><td>H19276</td><td>小鳥遊 大地</td><td>1983/05/06</td><td>takanashi.d@hinode-sangyo.co.jp</td></tr>
<tr><td>H20930</td><td>四月一日 秀明</td><td>1991/09/24</td><td>watanuki.h@hinode-sangyo.co.jp</td></tr>
<tr><td>H17751</td><td>一尺八寸 昌平</td><td>1974/12/09</td><td>kamatsuka.s@hinode-sangyo.co.jp</td></tr>
</table>
<p>登録完了後、ご連絡をお願いいたします。</p>
<p>--<br>日の出産業株式会社 物流本部 運行管理グループ 檜垣 修平<br>TEL 049-238-4410</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "seven drivers with birth dates and e-mail addresses in an HTML table to an alcohol-checker vendor: a list of people",
},
# 049 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-049",
    "charset": "iso-2022-jp",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["北国フーズ 品質保証部 <qa@kitaguni-foods.co.jp>"],
    "subject": "貨物事故報告（3/11 蓮田SA 自損事故）対象伝票",
    "body": """北国フーズ株式会社
品質保証部 御中

いつもお世話になっております。日の出産業の檜垣です。
3月11日の当社車両の自損事故の際、積替えを行った貨物について、
念のため温度記録とあわせて対象伝票をご報告します。

　伝票番号　　　　　　品番　　　　　数量　　温度記録
　HS-24-0311-0087　　KF-FZ-2210　　120cs　 －18.4～－17.9℃
　HS-24-0311-0088　　KF-FZ-2215　　 80cs　 －18.2～－17.6℃
　HS-24-0311-0089　　KF-FZ-3301　　 64cs　 －18.6～－18.0℃

外装の破損はなく、温度逸脱もありませんでした。
受入検品の結果をお知らせいただけますと幸いです。
（車載温度ロガーの記録をHTMLで添付します）
""" + SIG_HIGAKI,
    "attachments": [{
        "kind": "html", "name": "温度ログ_HS240311.html",
        "html": """<html><head><meta charset="utf-8"><title>温度ログ</title></head><body>
<h2>車載温度ロガー記録　車両：川越 130 さ 8-02　3月11日</h2>
<table border="1"><tr><th>時刻</th><th>庫内温度(℃)</th><th>イベント</th></tr>
<tr><td>09:00</td><td>-18.6</td><td>出発</td></tr>
<tr><td>11:20</td><td>-18.2</td><td>事故・停車</td></tr>
<tr><td>13:45</td><td>-17.6</td><td>積替え開始</td></tr>
<tr><td>14:30</td><td>-18.0</td><td>積替え完了（青葉運輸 車両へ）</td></tr>
</table><p>機器ID: TL-3308</p></body></html>""",
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "cargo incident report with slip numbers, product codes and temperatures: business data only",
},
# 050 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-050",
    "charset": "iso-2022-jp",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["北国フーズ 雲財様 <unzai@kitaguni-food.co.jp>"],
    "subject": "Re: 3/11 の貨物事故報告書のご提出",
    "body": """雲財様

お世話になっております。檜垣です。
ご依頼の貨物事故報告書を添付いたします。
再発防止策として、冷凍車の長距離便は2名乗務に切り替えます。

ご確認のほどよろしくお願いいたします。
""" + SIG_HIGAKI,
    "attachments": [{
        "kind": "pdf", "name": "貨物事故報告書_HS240311.pdf",
        "lines": ["貨物事故報告書", "発生日：3月11日　場所：東北道 蓮田SA付近",
                  "事故区分：自損（縁石接触）　貨物の損傷：なし", "対象伝票：HS-24-0311-0087～0089",
                  "再発防止策：長距離冷凍便の2名乗務化"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "customer kitaguni-foods.co.jp misspelt kitaguni-food.co.jp (an s dropped): look-alike domain",
},
# 051 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-051",
    "charset": "iso-2022-jp",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["川崎電機 松納様 <matsuno@kawasaki-denki.co.jp>"],
    "subject": "熊谷工場便の乗務員交代について",
    "body": """松納様

いつもお世話になっております。日の出産業の檜垣です。

熊谷工場便を担当していた 鬼頭 康平 ですが、先月の速度超過により
違反点数が累積し、4月1日から30日間の免許停止処分を受けることになりました。
期間中は 宇賀神 拓也 が代わって乗務いたします。

入構者リストの変更をお願いできますでしょうか。
ご迷惑をおかけして申し訳ございません。
""" + SIG_HIGAKI,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named driver's licence suspension for speeding told to a customer: an administrative penalty, arguably not a criminal record",
},
# 052 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-052",
    "charset": "iso-2022-jp",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["宍戸 様 <shishido.k@towa-kaijo.co.jp>"],
    "subject": "通院交通費明細書（椎名様 3月分）",
    "body": """宍戸様

お世話になっております。小此木です。
椎名様から当社宛に届いた3月分の通院交通費明細書をPDF化してお送りします。
領収書の原本は本日発送しました。
""" + SIG_OKONOGI,
    "attachments": [{
        "kind": "pdf", "name": "通院交通費明細書_3月.pdf",
        "lines": [
            "通院交通費明細書",
            "氏名：椎名 亜希子　　住所：さいたま市見沼区東大宮7-38-15-203",
            "医療機関：みなみ整形外科（頸椎捻挫のリハビリ）",
        ],
        "table": [
            ["通院日", "交通手段", "区間", "金額"],
            ["3/5", "タクシー", "自宅～みなみ整形外科", "1,820"],
            ["3/8", "タクシー", "自宅～みなみ整形外科", "1,780"],
            ["3/11", "バス", "東大宮駅～病院前", "440"],
            ["3/13", "バス", "東大宮駅～病院前", "440"],
            ["3/15", "タクシー", "自宅～みなみ整形外科", "1,850"],
            ["3/18", "バス", "東大宮駅～病院前", "440"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one injured person's clinic visits and treatment with name and address in a PDF: medical information of an identifiable person",
},
# 053 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-053",
    "charset": "cp932",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["有限会社 鷲見工務店 総務 <somu@washimi-koumuten.co.jp>"],
    "subject": "お車の損害についての保険請求の流れ",
    "body": """有限会社 鷲見工務店
総務ご担当者様

お世話になっております。日の出産業株式会社 事故対応課の小此木です。
先日の上尾市原市交差点での事故について、御社のお車の損害に関する
請求の流れをご案内します。

1. 物損（お車の修理費）
　・修理工場の見積書、または修理完了後の請求書
　・損傷箇所の写真（修理前）
2. 代車・休車損害（営業用車両の場合）
　・休車期間がわかる資料、直近3か月の売上資料
3. お怪我をされた方がいらっしゃる場合（人身）
　・医療機関の診断書、診療報酬明細書、通院交通費の明細
　・休業損害証明書（勤務先が記入するもの）

書類の送付先は当社ではなく、当社の保険会社（東和海上火災保険）となります。
担当者から追って書類一式をお送りします。
""" + SIG_OKONOGI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "generic explanation of the documents a claim needs (診断書, 休業損害証明書…) to the other party's company: no one's data",
},
# 054 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-054",
    "charset": "iso-2022-jp",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["高嶺様 <takamine@mirai-autolease.co.jp>"],
    "subject": "リース車両 事故報告（2月分）",
    "body": """ミライオートリース
高嶺様

お世話になっております。鳥飼です。
2月分のリース車両の事故報告をZIPでまとめてお送りします。
（事故一覧のExcelと、各事故の写真が入っています）
""" + SIG_TORIKAI,
    "attachments": [{
        "kind": "zip", "name": "事故報告_2月.zip",
        "files": [
            {"kind": "xlsx", "name": "2月_事故一覧.xlsx", "sheets": {
                "2月": [
                    ["リース車両 事故一覧（2月）", "", "", "", "", ""],
                    ["発生日", "登録番号", "運転者", "運転者携帯", "相手方", "相手方連絡先"],
                    ["2/3", "大宮 400 せ 11-93", "舘野 美結", "080-9145-7720", "庄司 一馬", "090-1348-6620"],
                    ["2/9", "川越 130 さ 5-66", "木暮 しのぶ", "070-8814-2265", "（単独）", ""],
                    ["2/14", "大宮 100 き 27-41", "饗庭 弘樹", "070-5902-3317", "蓼沼 恭子", "048-687-2104"],
                    ["2/21", "川越 100 か 30-77", "鬼頭 康平", "090-7741-0356", "寒河江 仁", "080-5521-0097"],
                    ["2/26", "川越 130 さ 8-02", "五百旗頭 誠", "090-1187-5530", "鷲見 俊介", "090-6613-4428"],
                    ["2/27", "大宮 400 せ 20-15", "鰐淵 美智子", "090-6180-4427", "（単独）", ""],
                ],
            }},
            {"kind": "png", "name": "0203_01.png"},
            {"kind": "png", "name": "0214_01.png"},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an XLSX inside a ZIP listing six drivers and four other parties with phone numbers: a list of people",
},
# 055 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-055",
    "charset": "iso-2022-jp",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["あおぞらカード 法人カードセンター <hojin-center@aozora-card.co.jp>"],
    "subject": "ETCコーポレートカード紛失の届出",
    "body": """あおぞらカード株式会社
法人カードセンター 御中

お世話になっております。日の出産業株式会社 車両管理課の鳥飼です。

3月11日の東北道での事故の際、車両のレッカー移動の混乱で、
車載していたETCカードが所在不明となりました。利用停止と再発行をお願いします。

　カード番号：""" + card_number(SEED + 3) + """
　車両番号　：川越 130 さ 8-02
　紛失日　　：3月11日
　警察への遺失届：受理番号 第0311-227号（岩槻警察署）

再発行カードの送付先は本社 車両管理課でお願いいたします。
""" + SIG_TORIKAI,
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full card number (Luhn-valid) in a lost-card report: card numbers of anyone must stop",
},
# 056 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-056",
    "charset": "iso-2022-jp",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["高嶺様 <takamine@mirai-autolease.co.jp>"],
    "subject": "FW: 修理協定完了のお知らせ（大宮100き2741）",
    "body": """高嶺様

お世話になっております。鳥飼です。
東和海上から修理協定完了の連絡がありましたので、転送します。
リース車両の修理承認として、この内容で進めてよいかご確認ください。
""" + SIG_TORIKAI,
    "attachments": [{
        "kind": "eml", "name": "修理協定完了のお知らせ.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "宍戸 一輝 <shishido.k@towa-kaijo.co.jp>",
            "to": ["鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>"],
            "subject": "修理協定完了のお知らせ（大宮100き2741）",
            "body": """日の出産業 鳥飼様

お世話になっております。東和海上の宍戸です。
標記車両の修理について、丸十自動車整備様と協定が完了しました。

　協定金額：1,284,600円（税込）
　主な部品：フロントバンパー、グリル、ラジエータ、右ヘッドランプ
　免責金額：50,000円
　支払先　：丸十自動車整備様へ直接お支払いします

東和海上火災保険株式会社 損害サービス課 宍戸 一輝
""",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forward (as attached .eml) of the insurer's repair-settlement notice: amounts and parts only",
},
# 057 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-057",
    "charset": "utf-8",
    "sender": "村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
    "to": ["戸祭 様 <tomatsuri@towa-kaijo.co.jp>"],
    "cc": ["小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
           "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
           "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
           "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>"],
    "subject": "熊谷 マイクロバス事故の件　今後の窓口について",
    "body": """東和海上　戸祭様

お世話になっております。日の出産業の村瀬です。

熊谷のマイクロバス事故の件、今後の当社側の窓口を整理しました。
Ccの社内メンバーで分担しますので、ご連絡は以下の担当へお願いします。

・乗客の方の対人対応、全体の進捗：村瀬（事故対応課）
・バス会社様との物損協議：小此木（事故対応課）
・当社車両の修理・代車：鳥飼（車両管理課）
・運行記録、デジタコ・ドラレコデータ：檜垣（運行管理）
・法的な論点：四十住（法務課）

来週中に一度、貴社とお打ち合わせの場を設けられればと存じます。
""" + SIG_MURASE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "one external recipient with four internal colleagues in Cc: no external parties can see each other",
},
# 058 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-058",
    "charset": "cp932",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["寒河江 仁 様 <sagae.jin.1982@docomo.ne.jp>"],
    "subject": "お車の修理完了のご連絡",
    "body": """寒河江 様

日の出産業の鳥飼です。
このたびはご迷惑をおかけし、申し訳ございませんでした。

お預かりしていたお車の修理が完了したと、工場から連絡がありました。
3月23日（土）10時に、ご自宅までお届けにあがる予定です。
その際、代車をお引き取りいたします。

ご都合が悪い場合は、本メールか、下記の電話までご連絡ください。
""" + SIG_TORIKAI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "repair-completion notice to the other party's own carrier mail address: one free-mail recipient, nothing else",
},
# 059 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-059",
    "charset": "utf-8",
    "sender": "Kenta Yanase <yanase.k@hinode-sangyo.co.jp>",
    "to": ["Claims Desk <claims@orchard-fleetlease.com>"],
    "subject": "RE: Damage notice - leased reefer trailer OFL-TR-2231 - root cause",
    "body": """Dear Claims team,

Following your question about the cause, please find attached our root-cause analysis
of the dock collision on 8 March, together with the corrective actions we have taken.

Kind regards,
""" + SIG_YANASE,
    "attachments": [{
        "kind": "docx", "name": "RCA_dock4_collision_0308.docx",
        "title": "Root cause analysis - dock 4 collision",
        "page_header": "INTERNAL ONLY - Hinode Sangyo Safety Management",
        "paragraphs": [
            "Root cause analysis: trailer OFL-TR-2231 collision with dock pillar, 8 March",
            "Direct cause: reversing without a banksman while the yard camera was out of order.",
            "Underlying causes: yard camera repair pending for 3 weeks; night-shift staffing below plan.",
            "Corrective actions: camera repaired 11 March; reversing only with two staff; pillar guards installed.",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX whose page header classifies it INTERNAL ONLY, sent to a foreign lessor",
},
# 060 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-060",
    "charset": "iso-2022-jp",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["高嶺様 <takamine@mirai-autolease.co.jp>"],
    "subject": "事故報告書（3/20 熊谷 単独事故）",
    "body": """高嶺様

お世話になっております。鳥飼です。
3月20日の熊谷での単独事故について、事故報告書をお送りします。
車両は熊谷営業所に保管しています。
""" + SIG_TORIKAI,
    "attachments": [{
        "kind": "docx", "name": "事故報告書_0320_熊谷.docx",
        "paragraphs": [
            "事故報告書",
            "発生日時：3月20日 15:35頃　　場所：熊谷市三ケ尻 県道341号",
            "車両：大宮 400 せ 20-15（トヨタ ダイナ）",
            "運転者：鰐淵 美智子（大宮営業所、51歳）",
            "状況：走行中に運転者が意識を失い、路肩の電柱に衝突。",
            "原因：運転者の持病（てんかん）による発作。本人は服薬中であったが、",
            "　　　当日朝の服用を失念していたとのこと。主治医は熊谷こころとからだのクリニック。",
            "対策：当面の乗務停止。主治医の意見を踏まえ、乗務可否を判断する。",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "accident report DOCX naming the driver and her epilepsy and medication, sent to the lease company",
},
# 061 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-061",
    "charset": "iso-2022-jp",
    "sender": "村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 安全推進室 室長 <anzen@aoba-unyu.co.jp>"],
    "subject": "協力会社向け 事故発生時の対応手順（改訂版）",
    "body": """青葉運輸株式会社
安全推進室 室長 様

いつもお世話になっております。日の出産業の村瀬です。
当社の業務を受託いただいている際に事故が発生した場合の対応手順を改訂しました。
乗務員の皆様への周知をお願いいたします。
""" + SIG_MURASE,
    "attachments": [{
        "kind": "docx", "name": "事故発生時の対応手順_協力会社向け_v4.docx",
        "title": "事故発生時の対応手順（協力会社向け）",
        "page_footer": "日の出産業株式会社 安全管理部　2024年4月改訂",
        "paragraphs": [
            "1. 負傷者の救護と二次事故の防止を最優先してください。",
            "2. 110番・119番へ通報してください。軽微な物損でも必ず警察に届け出てください。",
            "3. 相手方の氏名・連絡先・車両番号・保険会社を確認してください（免許証の撮影は相手の了承を得てから）。",
            "4. 現場で示談の約束や念書の作成はしないでください。",
            "5. 下記の連絡先へ速やかに報告してください。",
        ],
        "tables": [[
            ["連絡先", "電話", "受付時間"],
            ["日の出産業 事故対応課", "048-645-7702", "平日 9:00-18:00"],
            ["日の出産業 川越物流センター（夜間・休日）", "049-238-4400", "24時間"],
            ["東和海上火災保険 事故受付センター", "0120-225-418", "24時間365日"],
            ["北関東ロードサービス（レッカー）", "0120-831-092", "24時間"],
        ]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an accident-procedure manual for a partner carrier with company hotlines only",
},
# 062 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-062",
    "charset": "cp932",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["青葉運輸 配車センター 久慈様 <kuji@aoba-unyu.co.jp>"],
    "subject": "FW: 【川越】夜間・休日の緊急連絡網（4月～）",
    "body": """久慈様

檜垣です。共同配送の夜間運行で事故があった際の連絡先として、
当社川越の緊急連絡網を転送します。上から順にご連絡ください。

-----Original Message-----
From: 百目鬼 亘 <domeki@hinode-sangyo.co.jp>
Sent: Monday, April 1, 2024 8:41 AM
To: 川越物流センター全員 <kawagoe-all@hinode-sangyo.co.jp>
Subject: 【川越】夜間・休日の緊急連絡網（4月～）

センター長の百目鬼です。4月からの緊急連絡網です。各自保存してください。

順位 氏名            携帯             自宅
1    百目鬼 亘       090-2681-4473    川越市霞ケ関東2-18-6
2    檜垣 修平       080-3127-9954    川越市的場1145-9
3    城之内 勇       080-2293-6648    坂戸市千代田3-7-21
4    五百旗頭 誠     090-1187-5530    川越市今成2-30-14
5    我妻 隆之       070-3358-8021    鶴ヶ島市脚折町4-12-3
6    蛭田 将大       090-5536-4109    川越市南台1-9-17
7    舘野 美結       080-9145-7720    狭山市入間川2-21-8
""" + SIG_HIGAKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forward of an internal call-tree with seven staff's mobiles and home addresses to a partner: forwarded text counts, a list of people",
},
# 063 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-063",
    "charset": "iso-2022-jp",
    "sender": "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 大宮支店 法人営業 <omiya-hojin@midori-ginkou.co.jp>"],
    "subject": "示談金のお振込みについて（至急）",
    "body": """みどり銀行 大宮支店
法人営業課 御中

いつもお世話になっております。日の出産業 法務課の四十住です。
示談が成立した件について、下記のとおり振込をお願いいたします。

　振込先　：武蔵野銀行 大宮西支店（店番 214）
　種目　　：普通　口座番号 3308172
　口座名義：シイナ アキコ
　金額　　：1,120,000円
　振込日　：4月5日（金）

依頼書の原本は担当の方にお渡しします。よろしくお願いいたします。
""" + SIG_AIZUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "partner bank midori-ginko.co.jp written midori-ginkou.co.jp (letter added): look-alike, with a private person's bank account",
},
# 064 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-064",
    "charset": "iso-2022-jp",
    "sender": "村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
    "to": ["村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>"],
    "bcc": ["nishida.hiro@gmail.com", "yoko-m1975@yahoo.co.jp", "k.tanabe@icloud.com",
            "sawako_i@outlook.jp", "chisato.0612@ezweb.ne.jp"],
    "subject": "川越市内 物損事故（電線切断）による停電についてのお詫び",
    "body": """近隣にお住まいの皆様

日の出産業株式会社 安全管理部の村瀬でございます。

4月2日夕方、当社のクレーン付きトラックが川越市砂新田地内で電線に接触し、
一時的に周辺で停電が発生いたしました。皆様の生活に多大なご不便を
おかけしましたこと、深くお詫び申し上げます。

停電により冷蔵庫内の食品の廃棄や、電化製品の故障などの損害が生じた場合は、
お手数ですが本メールにご返信ください。当社保険会社より個別にご連絡いたします。

重ねてお詫び申し上げます。
""" + SIG_MURASE,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "apology to five private residents sent correctly in Bcc (To is the sender himself): no one sees the others",
},
# 065 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-065",
    "charset": "utf-8",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["川崎電機 物流管理課 松納様 <matsuno@kawasaki-denki.co.jp>"],
    "subject": "4月度 物流協力会社安全会議の資料",
    "body": """松納様

お世話になっております。日の出産業の檜垣です。
来週の協力会社安全会議で当社が発表する資料を事前にお送りします。
内容は当社の事故件数の推移と、追突防止の取り組みです。
""" + SIG_HIGAKI,
    "attachments": [{
        "kind": "pptx", "name": "安全会議_日の出産業_202404.pptx",
        "title": "追突事故ゼロに向けて",
        "page_footer": "日の出産業株式会社 物流本部",
        "slides": [
            ["追突事故ゼロに向けて", "日の出産業株式会社 物流本部 運行管理グループ", "2024年4月"],
            ["事故件数の推移", "2021年度：14件", "2022年度：11件", "2023年度：9件（うち追突4件）"],
            ["追突事故の傾向", "早朝便（5～8時）に集中", "一般道の信号待ち車列が最多", "原因の半数が脇見（ナビ・スマホ）"],
            ["取り組み", "全車に衝突被害軽減ブレーキ", "AIドラレコによる脇見アラート", "月1回の映像を使った添乗指導"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "PPTX of aggregate accident trends and safety measures for a customer's safety meeting",
},
# 066 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-066",
    "charset": "iso-2022-jp",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["ロジセーフ・コンサルティング 中道様 <nakamichi@logisafe-consulting.jp>"],
    "subject": "運行可否判断のご相談（健診で要精密検査となった乗務員）",
    "body": """ロジセーフ・コンサルティング
中道 様

お世話になっております。日の出産業の檜垣です。
先日の定期健康診断で、乗務員1名が要精密検査となりました。
運行可否の判断について、運行管理の観点からご意見をいただけますでしょうか。

  対象者   : 城之内 勇（54歳、大型トラック、長距離便）
  血圧     : 182/108 mmHg（再検でも 176/104）
  HbA1c    : 8.4%
  判定     : 高血圧症・糖尿病の疑い（要精密検査・要治療）
  本人申告 : 最近、夕方に視界がかすむことがある

本人は乗務継続を希望していますが、当面は近距離便へ切り替える予定です。
""" + SIG_HIGAKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named driver's health-check results (blood pressure, HbA1c, suspected diabetes) to an outside consultant",
},
# 067 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-067",
    "charset": "cp932",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["北関東オートリサイクル 買取担当 <kaitori@kitakanto-recycle.co.jp>"],
    "subject": "全損車両の引取り・抹消手続きのお願い",
    "body": """北関東オートリサイクル株式会社
買取ご担当者様

お世話になっております。日の出産業 車両管理課の鳥飼です。
3月20日の事故で全損となった車両について、引取りと抹消登録をお願いいたします。

　車名　　　：トヨタ ダイナ
　型式　　　：2RG-XZU712
　登録番号　：大宮 400 せ 20-15
　車台番号　：XZU712-0031847
　所有者　　：日の出産業株式会社
　保管場所　：熊谷営業所（熊谷市三ケ尻3290-4）

車検証原本とナンバープレートは引取り時にお渡しします。
買取査定額が出ましたらお知らせください。
""" + SIG_TORIKAI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "scrapping a company-owned total-loss truck: chassis number and company address only",
},
# 068 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-068",
    "charset": "iso-2022-jp",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["丸十自動車整備 経理 <keiri@maruju-seibi.co.jp>"],
    "subject": "3月分 修理費明細の照合",
    "body": """丸十自動車整備 経理ご担当者様

お世話になっております。日の出産業の鳥飼です。
3月分の修理費について、当社側で作成した照合表をお送りします。
金額に相違がありましたらお知らせください。
""" + SIG_TORIKAI,
    "attachments": [{"kind": "corrupt", "name": "修理費照合_2024年3月.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be opened or inspected",
},
# 069 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-069",
    "charset": "iso-2022-jp",
    "sender": "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
    "to": ["東和海上 法人営業部 羽生様 <hanyu@towa-kaijo.co.jp>"],
    "subject": "事故情報の授受に関する取決め（案）について",
    "body": """東和海上火災保険株式会社
法人営業部 羽生 様

お世話になっております。日の出産業 法務課の四十住です。

今後の事故対応における情報のやり取りについて、当社の個人情報保護方針に沿った
取決め（案）を作成しましたので、ご意見をお聞かせください。骨子は次のとおりです。

・診断書や通院状況などの要配慮個人情報は、メールでは送らず、貴社の事故対応ポータル
　へのアップロードに限る
・運転免許証・健康保険証など本人確認書類の写しは、必要最小限の範囲でのみ授受する
・ドライブレコーダー映像は、第三者が映り込むため解析目的以外に利用しない
・事案終了後、当社側の写しは1年で廃棄する

来月の更新打合せの際に、あわせてご協議いただければ幸いです。
""" + SIG_AIZUMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a mail about how to exchange sensitive data (mentions 診断書, 要配慮個人情報, 免許証 in general): no one's data",
},
# 070 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-070",
    "charset": "iso-2022-jp",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["千歳損害保険 藪内様 <yabuuchi.t@chitose-sonpo.co.jp>"],
    "subject": "圏央道 玉突き事故の関係車両の運転者連絡先",
    "body": """千歳損害保険　藪内様

お世話になっております。日の出産業の小此木です。
4月3日の圏央道 狭山日高IC付近の玉突き事故（5台）について、
現場で当社ドライバーが確認した各車両の運転者の連絡先をお送りします。
（当社車両は4台目。貴社ご契約は3台目の車両です）

【1台目】
　氏名：寺嶋 瑞穂
　住所：東京都青梅市新町6丁目22-4
　電話：090-4810-2276
【2台目】
　氏名：井ノ口 航
　住所：埼玉県入間市扇町屋2-8-33 コーポ扇203
　電話：080-7734-0158
【3台目】
　氏名：鷹觜 直美
　住所：埼玉県飯能市双柳418-11
　電話：070-2219-6384
【5台目】
　氏名：仙波 辰雄
　住所：埼玉県狭山市広瀬東1-29-7
　電話：042-954-3310
【（参考）1台目の同乗者】
　氏名：寺嶋 陽翔
　電話：090-4810-2291

各車両の保険会社は現在確認中です。
""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five people's names with addresses and phones, one block per person: a list of people to an insurer",
},
# 071 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-071",
    "charset": "cp932",
    "sender": "丹生 健吾 <niu.k@hinode-sangyo.co.jp>",
    "to": ["おおみやメンタルクリニック 産業医 小野寺先生 <onodera@omiya-mental.jp>"],
    "subject": "面談のお願い（事故後に不調を訴えている乗務員）",
    "body": """おおみやメンタルクリニック
小野寺 先生

いつもお世話になっております。日の出産業 人事部の丹生です。

3月の熊谷のマイクロバス事故の当事者となった乗務員 五百旗頭 誠（47歳）が、
事故以降、不眠と運転中の動悸を訴えております。
かかりつけ医からは急性ストレス障害の疑いとして睡眠導入剤が処方されているとのことです。

復職と乗務再開の可否について、産業医面談をお願いできますでしょうか。
本人の同意は得ております。候補日は4月15日～19日の午後です。
""" + """
日の出産業株式会社 人事部 労務課
丹生 健吾（にゅう けんご）　TEL 048-645-7730""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named driver's suspected acute stress disorder and medication sent to an outside occupational physician: health data",
},
# 072 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-072",
    "charset": "iso-2022-jp",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["北関東ロードサービス 経理課 <keiri@kitakanto-rs.co.jp>"],
    "subject": "ご請求書の件（レッカー作業 3/11 蓮田SA）",
    "body": """北関東ロードサービス株式会社
経理課 御中

いつもお世話になっております。日の出産業の小此木です。
3月11日のレッカー作業のご請求書を受領しました。
インボイスの記載事項を確認のうえ、下記のとおりお支払いいたします。

　請求書番号　：KRS-2403-1182
　登録番号　　：T3761236911168
　請求金額　　：218,900円（うち消費税 19,900円）
　支払予定日　：4月30日
　振込先　　　：みどり銀行 熊谷支店 当座 0048213 北関東ロードサービス（カ

保険会社への請求に使用しますので、作業報告書の写しもお送りいただけますと幸いです。
""" + SIG_OKONOGI,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "payment notice for a towing invoice: the firm's T-number (corporate number) and company bank account, no personal data",
},
# 073 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-073",
    "charset": "iso-2022-jp",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>"],
    "bcc": ["青葉運輸 安全推進室 <anzen@aoba-unyu.co.jp>",
            "関口運送 <info@sekiguchi-unso.co.jp>",
            "武蔵ロジテック 業務部 <gyomu@musashi-logitech.jp>"],
    "subject": "協力会社合同 安全運転研修のご案内（5/21）",
    "body": """協力会社各位

いつもお世話になっております。日の出産業 運行管理グループの檜垣です。
本メールはBccで一斉にお送りしております。

下記のとおり、協力会社合同の安全運転研修を開催いたします。

　日時　：5月21日（火）13:30～16:30
　会場　：川越物流センター 2階 研修室
　内容　：ドラレコ映像で学ぶ追突・巻き込み事故の防止／アルコールチェックの運用
　講師　：川越地区交通安全協会 指導員
　定員　：各社3名まで

参加者のお名前と人数は、5月10日までに檜垣あてにご返信ください。
""" + SIG_HIGAKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "invitation to three partner carriers correctly sent in Bcc: no external party is visible to another",
},
# 074 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-074",
    "charset": "iso-2022-jp",
    "sender": "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
    "to": ["税理士法人 あけぼの会計 担当 湯浅様 <yuasa@akebono-kaikei.jp>"],
    "subject": "事故時休業補償金の支払調書作成用データ（業務委託ドライバー）",
    "body": """税理士法人 あけぼの会計
湯浅 様

お世話になっております。日の出産業 法務課の四十住です。
昨年、事故による休業期間中に当社が補償金をお支払いした業務委託ドライバー（個人事業主）
3名について、支払調書作成用のデータをお送りします。
""" + SIG_AIZUMI,
    "attachments": [{
        "kind": "xls", "name": "委託ドライバー_支払調書用.xls",
        "sheets": {"R5支払": [
            ["氏名", "住所", "個人番号", "支払区分", "支払金額"],
            ["御手洗 勝也", "埼玉県東松山市箭弓町2-14-9", my_number(SEED + 4), "休業補償", 486000],
            ["八月朔日 涼", "埼玉県坂戸市にっさい花みず木4-3-18", my_number(SEED + 5), "休業補償", 312000],
            ["東海林 茂", "埼玉県鶴ヶ島市富士見1-22-5", my_number(SEED + 6), "見舞金・休業補償", 255000],
        ]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three contractors' My Numbers with names and addresses in a legacy XLS to the tax accountant",
},
# 075 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-075",
    "charset": "utf-8",
    "sender": "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
    "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
    "cc": ["宍戸 様 <shishido.k@towa-kaijo.co.jp>"],
    "subject": "【日程調整】椎名様の件 三者打合せ（4月第3週）",
    "body": """白川先生
（Cc：東和海上 宍戸様）

お世話になっております。日の出産業の四十住です。
先方代理人からの請求書面を受けて、三者で打合せをお願いしたく存じます。

候補日時（いずれも1時間程度）
　・4月16日（火）10:00～／15:00～
　・4月17日（水）13:00～
　・4月18日（木）10:00～

場所は白川法律事務所様の会議室、またはTeamsでも構いません。
ご都合のよい候補を全員返信でお知らせください。
""" + SIG_AIZUMI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "scheduling with the lawyer and the insurer together: two external organisations, a normal three-way meeting mail",
},
# 076 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-076",
    "charset": "cp932",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["埼玉県トラック協会 適正化事業部 <tekiseika@saitama-truck.or.jp>"],
    "subject": "Re: 事故分析事例の提供について",
    "body": """埼玉県トラック協会 適正化事業部 御中

お世話になっております。日の出産業の檜垣です。
研修会で使う事例として、当社の事故要因分析の集計をお送りします。
社内資料をそのままお送りしますので、引用の際はご相談ください。
""" + SIG_HIGAKI,
    "attachments": [{
        "kind": "xlsx", "name": "事故要因分析_2023年度.xlsx",
        "title": "事故要因分析 2023年度",
        "page_header": "部外秘",
        "sheets": {
            "要因別": [
                ["【部外秘】事故要因分析（2023年度）　安全管理部"],
                [],
                ["要因", "件数", "うち人身", "主な発生場所"],
                ["脇見・前方不注意", 4, 1, "一般道 信号待ち"],
                ["後退時の確認不足", 3, 0, "荷主構内"],
                ["速度超過", 1, 0, "高速道路"],
                ["体調起因", 1, 0, "一般道"],
                ["合計", 9, 1, ""],
            ],
            "時間帯別": [
                ["時間帯", "件数"], ["5-8時", 4], ["8-12時", 2], ["12-18時", 2], ["18時以降", 1],
            ],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "aggregate statistics, but the workbook is stamped 【部外秘】 in its title row and page header: a classification marking",
},
# 077 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-077",
    "charset": "iso-2022-jp",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["蓼沼 恭子 <tadenuma_kyoko@yahoo.co.jp>"],
    "subject": "Re: 修理中の代車について",
    "body": """蓼沼様

ご連絡ありがとうございます。日の出産業の鳥飼です。
代車の件、承知いたしました。軽自動車ではなく普通車（5人乗り）をご用意し、
明日の午後にお届けします。お届け先は、いただいたご住所でよろしいでしょうか。

引き続きよろしくお願いいたします。

2024年3月18日(月) 21:06 蓼沼 恭子 <tadenuma_kyoko@yahoo.co.jp>:
> 日の出産業 鳥飼様
> お世話になっております。
> 代車ですが、子どもの送迎があるので5人乗りの車をお願いできますか。
> 届け先は 埼玉県さいたま市中央区上落合5-17-2 です。
> 日中の連絡は 090-8826-4103 にお願いします。
> 蓼沼
""" + SIG_TORIKAI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to the other party at Yahoo: her address and phone appear only in her own quoted text",
},
# 078 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-078",
    "charset": "utf-8",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["戸祭 様 <tomatsuri@towa-kaijo.co.jp>"],
    "subject": "休業損害証明書のご送付（熊谷の件・鵜沼様）",
    "body": """戸祭様

お世話になっております。小此木です。
熊谷のマイクロバス事故の件で、乗客の鵜沼様の勤務先から
休業損害証明書が当社に届きましたので、Excelに転記してお送りします。
""" + SIG_OKONOGI,
    "attachments": [{
        "kind": "xlsx", "name": "休業損害証明書_鵜沼様.xlsx",
        "sheets": {"休業損害証明書": [
            ["休業損害証明書（転記）"],
            ["氏名", "鵜沼 早苗"],
            ["生年月日", "昭和30年1月26日"],
            ["勤務先", "有限会社 深谷青果（パート）"],
            ["休業期間", "3月7日～3月31日（18日間）"],
            ["休業の理由", "交通事故による頸椎捻挫のため（医師の指示により就労不可）"],
            ["事故前3か月の支給額", "1月 98,400円／2月 91,200円／3月 95,100円"],
            ["医療機関", "深谷赤十字病院 整形外科"],
        ]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an injured passenger's lost-income certificate with birth date, diagnosis and hospital in an XLSX to the insurer",
},
# 079 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-079",
    "charset": "cp932",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["かなめ保険サービス 新堀様 <shinbori@kaname-hoken.co.jp>"],
    "subject": "車両入替に伴う異動のお願い（4月1日付）",
    "body": """新堀様

お世話になっております。鳥飼です。
4月1日付の車両入替について、フリート契約の異動手続きをお願いします。
対象車両の一覧（旧システムのXLS出力です）を添付します。
""" + SIG_TORIKAI,
    "attachments": [{
        "kind": "xls", "name": "車両異動_0401.xls",
        "sheets": {"異動": [
            ["区分", "登録番号", "車名", "型式", "車台番号", "使用拠点"],
            ["入替（新）", "熊谷 100 た 40-81", "いすゞ エルフ", "2RG-NPR88", "NPR88-7014427", "熊谷営業所"],
            ["入替（旧・廃車）", "大宮 400 せ 20-15", "トヨタ ダイナ", "2RG-XZU712", "XZU712-0031847", "熊谷営業所"],
            ["新規", "川越 130 さ 9-14", "日野 レンジャー", "2KG-FD2ABA", "FD2AB-128836", "川越物流センター"],
            ["新規", "川越 130 さ 9-15", "日野 レンジャー", "2KG-FD2ABA", "FD2AB-128841", "川越物流センター"],
            ["入替（新）", "大宮 100 き 33-02", "三菱ふそう キャンター", "2RG-FEB80", "FEB80-602317", "大宮営業所"],
            ["入替（旧・返却）", "大宮 100 き 27-41", "いすゞ フォワード", "2RG-FRR90", "FRR90-7152839", "大宮営業所"],
        ]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a six-row vehicle list (plates, chassis numbers, branches) in a legacy XLS: rows of vehicles, not people",
},
# 080 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-080",
    "charset": "iso-2022-jp",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["高嶺様 <takamine@mirai-autolease.co.jp>"],
    "subject": "リース車両 修理見積と損傷写真（川越130さ802）",
    "body": """高嶺様

お世話になっております。鳥飼です。
上尾・原市の事故で損傷したリース車両について、修理見積書と損傷写真を
ZIPにまとめました（パスワードはかけていません）。
修理承認をいただけましたら入庫いたします。
""" + SIG_TORIKAI,
    "attachments": [{
        "kind": "zip", "name": "川越130さ802_見積と写真.zip",
        "files": [
            {"kind": "pdf", "name": "御見積書_丸十自動車整備.pdf",
             "lines": ["御見積書", "有限会社 丸十自動車整備", "車両：日野 プロフィア 川越 130 さ 8-02"],
             "table": [["作業内容", "部品", "工賃", "小計"],
                       ["右フロントバンパー交換", "148,000", "32,000", "180,000"],
                       ["右ステップ交換", "62,500", "18,000", "80,500"],
                       ["右ドア板金塗装", "-", "96,000", "96,000"],
                       ["", "", "合計（税込）", "391,050"]]},
            {"kind": "png", "name": "損傷_右前.png"},
            {"kind": "png", "name": "損傷_右ドア.png"},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "plain ZIP of a repair estimate PDF and photos: readable, no personal data",
},
# 081 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-081",
    "charset": "iso-2022-jp",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートセンター <support@tsubasa-sytem.jp>"],
    "subject": "クラウドドラレコ　映像の長期保存設定のお願い",
    "body": """ツバサシステム株式会社
サポートセンター 御中

いつもお世話になっております。日の出産業 運行管理の檜垣です。

4月3日の圏央道の玉突き事故に関係する映像について、通常の30日保存ではなく、
訴訟対応のため長期保存（ロック）をお願いいたします。

　端末ID　：TB-DR-10472（車両 川越 130 さ 9-14）
　対象時間：4月3日 07:30～08:10
　イベント：07:48:22 衝撃検知（G値 0.62）

設定完了後、管理画面から確認できるようにしていただけますと助かります。
""" + SIG_HIGAKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner tsubasa-system.jp misspelt tsubasa-sytem.jp (letter dropped): look-alike domain",
},
# 082 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-082",
    "charset": "utf-8",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["みなみ整形外科 受付 <uketsuke@minami-seikei.jp>"],
    "subject": "交通事故患者様の治療費のお支払いについて",
    "body": """医療法人 さくら会 みなみ整形外科
受付ご担当者様

いつもお世話になっております。日の出産業株式会社 事故対応課の小此木と申します。

当社車両の事故で受傷された下記の患者様について、治療費は当社加入の
東和海上火災保険が一括でお支払いします。

  患者様氏名 : 椎名 亜希子 様（昭和62年8月19日生）
  傷病名     : 頸椎捻挫、右肩関節打撲
  初診日     : 3月5日
  保険会社   : 東和海上火災保険 損害サービス課 宍戸 様

診療報酬明細書と診断書は、毎月末締めで保険会社宛にご送付ください。
""" + SIG_OKONOGI,
    "html": """<html><body>
<p>医療法人 さくら会 みなみ整形外科<br>受付ご担当者様</p>
<p>いつもお世話になっております。日の出産業株式会社 事故対応課の小此木と申します。</p>
<p>当社車両の事故で受傷された下記の患者様について、治療費は当社加入の東和海上火災保険が一括でお支払いします。</p>
<table border="1" cellpadding="4">
<tr><th>患者様氏名</th><td>椎名 亜希子 様（昭和62年8月19日生）</td></tr>
<tr><th>傷病名</th><td>頸椎捻挫、右肩関節打撲</td></tr>
<tr><th>初診日</th><td>3月5日</td></tr>
<tr><th>保険会社</th><td>東和海上火災保険 損害サービス課 宍戸 様</td></tr>
</table>
<p>診療報酬明細書と診断書は、毎月末締めで保険会社宛にご送付ください。</p>
<p>日の出産業株式会社 安全管理部 事故対応課 小此木 美帆<br>TEL 048-645-7703</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named patient's diagnosis with birth date, in text and HTML, to the clinic: health data of one person leaving the company",
},
# 083 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-083",
    "charset": "utf-8",
    "sender": "村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
    "to": ["宍戸 一輝 様 <shishido.k@towa-kaijo.co.jp>"],
    "subject": "年末のご挨拶",
    "body": """宍戸様

本年も大変お世話になりました。日の出産業の村瀬です。
今年は大きな事案が重なり、夜間・休日にもご対応いただきましたこと、
心より御礼申し上げます。

当社の年末年始の事故受付体制は次のとおりです。
　12月28日～1月5日：川越物流センター（049-238-4400）で24時間受付
　1月6日～：通常どおり事故対応課で受付

来年もどうぞよろしくお願いいたします。
""" + SIG_MURASE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "year-end greeting to the insurer with the company's holiday hotline",
},
# 084 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-084",
    "charset": "cp932",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["笹生 様 <saso@higashinihon-adj.co.jp>"],
    "subject": "転送: 事故報告（4/8 上尾 駐車場内接触）",
    "body": """笹生様

お世話になっております。日の出産業の鳥飼です。
4月8日の上尾の件、当社ドライバーからの一次報告を転送します。
相手方の免許証情報も含まれていますので、調査にお使いください。

差出人: 宇賀神 拓也 <ugajin.t@hinode-sangyo.co.jp>
送信日時: 2024年4月8日 14:22
宛先: 鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>
件名: 事故報告（4/8 上尾 駐車場内接触）

鳥飼さん
宇賀神です。上尾のホームセンター駐車場で、バック中の相手の車と接触しました。
相手の方の免許証を見せてもらい、控えました。

氏名　　：春日部 典子
生年月日：昭和44年10月4日
住所　　：埼玉県上尾市柏座3丁目6-27
免許証　：第131995100820号
電話　　：090-3018-5562
車両　　：大宮 530 ふ 77-09（ホンダ N-BOX）

けが人はいません。警察は上尾署の方が来て物件事故で受理されました。
""" + SIG_TORIKAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward of the driver's report carrying the other party's driving-licence number, birth date and address: the forwarded text counts",
},
# 085 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-085",
    "charset": "iso-2022-jp",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["北国フーズ 仙台物流センター 入構管理 <nyukou-sendai@kitaguni-foods.co.jp>"],
    "subject": "入構登録の一時停止のお願い（舘野）",
    "body": """北国フーズ株式会社
仙台物流センター 入構管理ご担当者様

お世話になっております。日の出産業の檜垣です。

入構登録をいただいている 舘野 美結 ですが、先月の事故のあと体調を崩しており、
5月末まで休職することになりました。
その間の入構登録を一時停止していただけますでしょうか。

代わりの乗務員は、決まり次第ご連絡いたします。
""" + SIG_HIGAKI,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "a named driver 'unwell and on leave' told to a customer: vague health information, no diagnosis — a judgement call",
},
# 086 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-086",
    "charset": "iso-2022-jp",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["sato.kenichi.88@gmail.com", "mizuho-haga@yahoo.co.jp"],
    "cc": ["r.ichinose@icloud.com"],
    "subject": "国道254号での飛び石被害についてのご連絡",
    "body": """各位

日の出産業株式会社 事故対応課の小此木でございます。

4月9日午前、国道254号 東松山市内において、当社の砂利運搬車両から
荷台の小石が落下し、後続を走行されていた皆様のお車のフロントガラス等に
損傷を与えてしまいました。誠に申し訳ございません。

ガラス交換・修理の費用は当社で全額負担いたします。
お手数ですが、修理工場の見積書をお取りいただき、本メールへご返信ください。
（お三方に同じ内容をお送りしております）
""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "three private persons on different free-mail providers in To and Cc: three external parties see each other's addresses",
},
# 087 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-087",
    "charset": "utf-8",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["ボディショップ岩城 岩城様 <iwaki@iwaki-bodyshop.jp>"],
    "subject": "修理完了車の引取りについて（大宮400せ1193）",
    "body": """岩城様

お世話になっております。日の出産業の鳥飼です。
修理完了のご連絡ありがとうございました。
明日の引取りは、当社大宮営業所の次の者が伺います。

　引取り担当：米谷 紗希（まいや さき）
　携帯　　　：080-4471-2958
　到着予定　：4月12日（金）16:00頃

到着が遅れる場合は本人から直接ご連絡いたします。
""" + SIG_TORIKAI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one employee's name and mobile for a vehicle pickup: a single contact person, may warn",
},
# 088 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-088",
    "charset": "cp932",
    "sender": "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
    "to": ["葛西 先生 <kasai@kasai-sogo-law.jp>"],
    "subject": "示談書（最終版）及び免責証書",
    "body": """葛西総合法律事務所
葛西 先生

お世話になっております。日の出産業の四十住です。
椎名様との示談書（最終版）と免責証書をお送りします。
ZIPにパスワードを設定しておりますので、パスワードは次のメールでお送りします。
""" + SIG_AIZUMI,
    "attachments": [{
        "kind": "zip", "name": "示談書_最終版.zip", "password": "kasai-0412",
        "files": [
            {"kind": "docx", "name": "示談書_最終版.docx",
             "paragraphs": ["示談書", "甲 日の出産業株式会社　乙 椎名 亜希子",
                            "甲は乙に対し、本件事故の損害賠償として金1,120,000円を支払う。"]},
            {"kind": "docx", "name": "免責証書.docx", "paragraphs": ["免責証書"]},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "AES-encrypted ZIP of the settlement documents (PPAP): the contents cannot be inspected",
},
# 089 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-089",
    "charset": "iso-2022-jp",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["東和海上 法人営業部 羽生様 <hanyu@towa-kaijo.co.jp>"],
    "subject": "安全運転推進割引の申請資料（過去3年の事故歴）",
    "body": """羽生様

お世話になっております。日の出産業 車両管理課の鳥飼です。
ご案内いただいた安全運転推進割引の申請にあたり、過去3年間に事故を起こした
運転者の事故歴と、その後の指導記録をPDFにまとめました。
ご査収のほどよろしくお願いいたします。
""" + SIG_TORIKAI,
    "attachments": [{
        "kind": "pdf", "name": "運転者別事故歴_2021-2023.pdf", "title": "運転者別事故歴",
        "lines": ["運転者別 事故歴・指導記録（2021年4月～2024年3月）", "日の出産業株式会社 車両管理課", ""],
        "table": [
            ["運転者", "生年月日", "事故日", "区分", "過失", "指導内容"],
            ["饗庭 弘樹", "S55.11.2", "2024/3/4", "物損（追突）", "100", "添乗指導3回"],
            ["五百旗頭 誠", "S52.1.8", "2024/2/26", "物損（出会頭）", "20", "映像指導"],
            ["鰐淵 美智子", "S50.3.3", "2024/2/27", "自損", "100", "乗務停止"],
            ["鬼頭 康平", "H5.10.19", "2023/9/12", "物損（後退）", "100", "後退手順の再教育"],
            ["舘野 美結", "H10.6.5", "2023/6/30", "物損（接触）", "70", "映像指導"],
            ["左右田 剛", "S61.9.17", "2022/11/8", "物損（接触）", "50", "添乗指導1回"],
            ["乙部 翔太", "H8.4.6", "2022/5/19", "自損", "100", "構内走行訓練"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "seven drivers with birth dates and their accident records in a PDF table to the insurer: a list of people",
},
# 090 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-090",
    "charset": "cp932",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["東和海上 事故受付センター <jiko-uketsuke@towa-kaijo.co.jp>"],
    "subject": "事故受付番号の照合のお願い",
    "body": """東和海上火災保険 事故受付センター ご担当者様

お世話になっております。日の出産業の小此木です。
当社の事故管理台帳と貴社の受付番号を照合したところ、次の2件が
台帳に登録されていない番号となっておりました。ご確認をお願いします。

　証券番号　　　　　事故受付番号　　　受付日　　当社管理番号
　FA-4471829-03　　2417-04127　　　　4/3　　　HS-J-24-0019
　FA-4471829-03　　2417-04133　　　　4/3　　　（未登録）
　FA-4471830-01　　2417-04290　　　　4/9　　　（未登録）

4/3 の2件は圏央道の玉突き事故の重複受付の可能性があります。
""" + SIG_OKONOGI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "policy and claim numbers only (number-shaped business identifiers, not personal data)",
},
# 091 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-091",
    "charset": "iso-2022-jp",
    "sender": "村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
    "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "鶴ヶ島の件　社内調査 中間報告",
    "body": """━━━━━━━━━━━━━━━━━━━━
　極秘　（社長・安全管理部長・法務課 限り）
━━━━━━━━━━━━━━━━━━━━

白川先生

村瀬です。4月10日の鶴ヶ島市での横断歩道上の事故について、
社内調査の中間報告をお送りします。

1. デジタコの記録では、事故直前の速度は時速52km（制限40km）
2. 当該運転者の前日の休息時間は7時間50分で、改善基準告示の9時間を下回っていた
3. 配車担当者が休息不足を認識しながら早朝便に割り当てていた可能性がある

上記2・3は運行管理上の重大な問題であり、行政処分の対象になり得ます。
報道対応も含め、至急ご相談させてください。
""" + SIG_MURASE,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "an internal investigation report stamped 極秘 at the top of the mail, sent to the outside lawyer",
},
# 092 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-092",
    "charset": "utf-8",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["やまぶき行政書士事務所 <info@yamabuki-gyosei.jp>"],
    "subject": "事故車の一時抹消登録の代行をお願いします",
    "body": """やまぶき行政書士事務所 御中

いつもお世話になっております。日の出産業 車両管理課の鳥飼です。
事故で修理不能となった車両の一時抹消登録の代行をお願いいたします。

  登録番号   : 熊谷 100 た 12-60
  車台番号   : NPR85-7088126
  所有者     : 日の出産業株式会社（本店：さいたま市大宮区桜木町4-211-3）
  使用の本拠 : 熊谷営業所（熊谷市三ケ尻3290-4）
  ナンバー   : 前後2枚、4月15日に返納のため持参します

委任状（代表取締役の社印押印済み）と車検証原本は本日郵送しました。
費用のお見積もりもあわせてお願いいたします。
""" + SIG_TORIKAI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "vehicle deregistration request to an administrative scrivener: company-owned vehicle data only",
},
# 093 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-093",
    "charset": "iso-2022-jp",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["千歳損害保険 人身担当 浮田様 <ukita@chitose-sonpo.co.jp>"],
    "subject": "FW: 事故後の体調について（蓼沼）",
    "body": """千歳損害保険　浮田様

お世話になっております。日の出産業の鳥飼です。
2月14日の件の相手方 蓼沼様から、当社宛てに下記のメールが届きました。
人身への切替えのご相談ですので、貴社からご連絡いただけますでしょうか。

---------- Forwarded message ---------
From: 蓼沼 恭子 <tadenuma_kyoko@yahoo.co.jp>
Date: 2024年4月2日(火) 22:15
Subject: 事故後の体調について
To: 鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>

鳥飼様
事故の数日後から首と背中の痛みが続き、さいたま中央整形外科を受診したところ、
外傷性頸部症候群（むちうち）で全治3週間と診断されました。
診断書をもらったので、警察に人身事故への切替えを届けるつもりです。
治療費はどちらに請求すればよいでしょうか。
連絡は 090-8826-4103 までお願いします。
蓼沼 恭子
""" + SIG_TORIKAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forward of the other party's own mail with her diagnosis and phone to an insurer: a forward is new text, health data of one person",
},
# 094 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-094",
    "charset": "cp932",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["中道様 <nakamichi@logisafe-consulting.jp>"],
    "subject": "ヒヤリハット集計（2023年度）のご送付",
    "body": """中道様

お世話になっております。檜垣です。
次回の安全診断に向けて、2023年度のヒヤリハット報告の集計をお送りします。
件数のみの集計で、報告者名などは除いています。
""" + SIG_HIGAKI,
    "attachments": [{
        "kind": "pdf", "name": "ヒヤリハット集計_2023年度.pdf",
        "lines": ["ヒヤリハット報告 集計（2023年度）", "日の出産業株式会社 物流本部", ""],
        "table": [
            ["場面", "川越", "大宮", "熊谷", "計"],
            ["後退・バース付け", "21", "8", "6", "35"],
            ["交差点 右左折", "14", "9", "4", "27"],
            ["歩行者・自転車の飛出し", "11", "12", "3", "26"],
            ["高速道路 合流・車線変更", "9", "2", "5", "16"],
            ["荷役中（転落・挟まれ）", "7", "3", "2", "12"],
            ["計", "62", "34", "20", "116"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate near-miss statistics by branch and scene in a PDF table: no persons",
},
# 095 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-095",
    "charset": "cp932",
    "sender": "村瀬 達彦 <murase.tatsuhiko@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"],
    "subject": "車両用 安全ステッカーの印刷のお願い",
    "body": """錦印刷株式会社
営業部 御中

いつもお世話になっております。日の出産業 安全管理部の村瀬です。
春の交通安全運動にあわせ、全車両に貼付する安全ステッカーの印刷をお願いします。

　デザイン：「歩行者優先」「車間距離 3秒」の2種（データは昨年と同じ）
　サイズ　：300×100mm、屋外用耐候ラミネート
　数量　　：各120枚
　納期　　：4月5日（金）まで
　納品先　：川越物流センター

お見積書をお送りいただけますでしょうか。
""" + SIG_MURASE,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner nishiki-insatsu.co.jp written nishiki-insatu.co.jp (an s dropped): look-alike domain, ordinary content",
},
# 096 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-096",
    "charset": "iso-2022-jp",
    "sender": "四十住 玲奈 <aizumi.r@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 事務局 <jimu@shirakawa-law.jp>"],
    "subject": "刑事記録（実況見分調書）の取り寄せのお願い",
    "body": """白川法律事務所 事務局 御中

お世話になっております。日の出産業 法務課の四十住です。
上尾・原市交差点の件について、過失割合の協議で信号の色が争点になっているため、
実況見分調書の取り寄せ（弁護士会照会または記録の閲覧謄写）をお願いしたく存じます。

　事故発生日　：令和6年2月26日
　発生場所　　：上尾市原市 県道さいたま菖蒲線 原市交差点
　管轄　　　　：上尾警察署
　事故照会番号：第 11-0417-00382 号（交通事故証明書記載）

費用は当社でご負担いたします。手続きの見通しをお知らせください。
""" + SIG_AIZUMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "asking the firm to obtain the police field-inspection record: accident reference numbers only",
},
# 097 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-097",
    "charset": "utf-8",
    "sender": "檜垣 修平 <higaki.shuhei@logi.hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 導入支援 <donyu@tsubasa-system.jp>"],
    "subject": "AIドラレコ 運転者ID一括登録用CSV",
    "body": """ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業の檜垣です。
AIドラレコの運転者識別（顔認証）に使う運転者IDの一括登録用CSVをお送りします。
危険運転アラートの通知先として、本人のメールと携帯も入れています。
""" + SIG_HIGAKI,
    "attachments": [{
        "kind": "csv", "name": "driver_import_kawagoe.csv", "encoding": "utf-8",
        "rows": [
            ["driver_id", "name", "name_kana", "email", "mobile", "base"],
            ["KW0101", "桑折 浩二", "コオリ コウジ", "koori.k@hinode-sangyo.co.jp", "090-4418-2736", "川越"],
            ["KW0102", "乙部 翔太", "オトベ ショウタ", "otobe.s@hinode-sangyo.co.jp", "080-6620-1194", "川越"],
            ["KW0103", "我妻 隆之", "ワガツマ タカユキ", "wagatsuma.t@hinode-sangyo.co.jp", "070-3358-8021", "川越"],
            ["KW0104", "鬼頭 康平", "キトウ コウヘイ", "kito.k@hinode-sangyo.co.jp", "090-7741-0356", "川越"],
            ["KW0105", "城之内 勇", "ジョウノウチ イサム", "jonouchi.i@hinode-sangyo.co.jp", "080-2293-6648", "川越"],
            ["KW0106", "五百旗頭 誠", "イオキベ マコト", "iokibe.m@hinode-sangyo.co.jp", "090-1187-5530", "川越"],
            ["KW0107", "饗庭 弘樹", "アイバ ヒロキ", "aiba.h@hinode-sangyo.co.jp", "070-5902-3317", "川越"],
            ["KW0108", "舘野 美結", "タテノ ミユ", "tateno.m@hinode-sangyo.co.jp", "080-9145-7720", "川越"],
            ["KW0109", "蛭田 将大", "ヒルタ マサヒロ", "hiruta.m@hinode-sangyo.co.jp", "090-5536-4109", "川越"],
            ["KW0110", "木暮 しのぶ", "コグレ シノブ", "kogure.s@hinode-sangyo.co.jp", "070-8814-2265", "川越"],
            ["KW0111", "グエン ヴァン ハイ", "グエン ヴァン ハイ", "nguyen.vh@hinode-sangyo.co.jp", "080-7712-0493", "川越"],
            ["KW0112", "百目鬼 亘", "ドウメキ ワタル", "domeki@hinode-sangyo.co.jp", "090-2681-4473", "川越"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "twelve drivers with e-mail and mobile numbers in a UTF-8 CSV to the telematics partner: a list of people",
},
# 098 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-098",
    "charset": "cp932",
    "sender": "鳥飼 恵 <m-torikai@hinode-sangyo.co.jp>",
    "to": ["ミライオートリース 高嶺様 <takamine@mirai-autolease.co.jp>"],
    "subject": "全損車両の代替車手配について",
    "body": """高嶺様

いつもお世話になっております。日の出産業の鳥飼です。

熊谷の単独事故で全損となったダイナ（大宮400せ2015）について、
保険会社から全損認定の通知がありました。リース契約の中途解約と、
同クラスの代替車の手配をお願いできますでしょうか。

希望条件：
　・2t 標準ボディ、パワーゲート付き
　・衝突被害軽減ブレーキ、ドライブレコーダー取付け
　・納車先：熊谷営業所　納車希望：5月中旬

中途解約金の試算もあわせてお送りいただけますと助かります。
""" + SIG_TORIKAI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "asking the lease company for a replacement truck after a total loss: vehicle and contract talk only",
},
# 099 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-099",
    "charset": "iso-2022-jp",
    "sender": "小此木 美帆 <okonogi@hinode-sangyo.co.jp>",
    "to": ["宍戸 様 <shishido.k@towa-kaijo.co.jp>"],
    "subject": "4/11 坂戸市 側面衝突の件（相手方の状況）",
    "body": """宍戸様

お世話になっております。小此木です。
4月11日の坂戸市の側面衝突について、相手方の状況が分かりましたのでご報告します。

現場に来た西入間警察署の警察官によると、相手方の運転者 茂木 優斗 氏（22歳、
坂戸市千代田在住）は、免許取消処分中の無免許運転であったため、
その場で現行犯逮捕されたとのことです。相手車両は知人から借りた車で、
任意保険の適用があるかは不明です。

当方としては、人身傷害・車両保険での対応も視野に入れる必要があるかと思います。
今後の進め方についてご相談させてください。
""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the other driver's arrest for unlicensed driving, with his name and age: arrest information (要配慮) of an identifiable person",
},
# 100 ---------------------------------------------------------------------------------
{
    "id": "kotsujiko-100",
    "charset": "utf-8",
    "sender": "Kenta Yanase <yanase.k@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 開発部 <dev@tsubasa-system.jp>"],
    "subject": "映像データの受け渡し方法について / Handover of dash-cam footage",
    "body": """ツバサシステム株式会社 開発部 御中
（English follows）

お世話になっております。日の出産業 事故対応課の柳瀬です。

事故映像の受け渡し方法について確認させてください。
映像には第三者の車両や歩行者が映り込み、機密性の高いデータとなるため、
今後はメール添付ではなく、御社クラウドの共有リンク（有効期限7日・ダウンロード
ログ付き）でお渡しいただく運用としたいと考えております。
設定方法をご教示いただけますでしょうか。

---
Dear development team,

As dash-cam footage shows third-party vehicles and pedestrians, we would like to stop
exchanging it as e-mail attachments and use your cloud share links (7-day expiry,
download log) instead. Could you tell us how to set this up?

Best regards,
""" + SIG_YANASE + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about handling footage securely, mentions 機密性 in passing plus the English disclaimer: no marking, no personal data",
},
]
