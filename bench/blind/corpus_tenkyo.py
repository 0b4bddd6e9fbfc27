"""Blind evaluation corpus, area "tenkyo": employees moving house at 日の出産業 — address
changes, commuting-allowance recalculation, company housing (借上社宅) and its management
company, movers, hotels for the interim, resident registration (転入届), and notifying
insurers, the health-insurance society, the bank, the DC pension administrator, the labour
and social security attorney and the payroll outsourcer.  Written blind from BRIEF.md (and
build.py's message format and SPEC.md's names) only, without reading mailguard's code."""

from build import card_number, my_number

SEED = 53601


def _sp(n: str) -> str:
    """A 12-digit number written in groups of four, as people type it."""
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _card(n: str, sep: str = "-") -> str:
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


SIG_MIYOSHI = """
──────────────────────────
日の出産業株式会社　総務部 総務課（社宅・寮担当）
三好 千晶（みよし ちあき）
〒101-0047 東京都千代田区内神田2-14-7 日の出ビル5F
TEL 03-5289-7701（代表）　内線 2314
E-mail miyoshi.chiaki@hinode-sangyo.co.jp
──────────────────────────"""

SIG_NEGISHI = """
--
日の出産業株式会社
人事部 給与課　根岸 航
TEL: 03-5289-7715（直通） FAX: 03-5289-7790
〒101-0047 東京都千代田区内神田2-14-7"""

SIG_KUGA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 人事部 人事課
久我 真由美
〒101-0047 東京都千代田区内神田2丁目14番7号
TEL 03-5289-7712 ／ FAX 03-5289-7790
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_HASUMI = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 管財・保険グループ
蓮見 拓郎　Takuro Hasumi
TEL 03-5289-7708　携帯 080-2271-0935
━━━━━━━━━━━━━━━━━━━━"""

SIG_TAMAKI = """
－－－－－－－－－－－－－－－－－－－－
日の出産業株式会社 大阪支店 業務課
玉置 沙耶（たまき さや）
〒530-0004 大阪府大阪市北区堂島浜3-6-21
TEL 06-6344-2051　FAX 06-6344-2059
－－－－－－－－－－－－－－－－－－－－"""

SIG_OKABE = """
Best regards,

Risa Okabe (岡部 理沙)
Global Mobility, Human Resources Dept.
Hinode Sangyo Co., Ltd.
2-14-7 Uchikanda, Chiyoda-ku, Tokyo 101-0047, Japan
Tel +81-3-5289-7719"""

SIG_FUKUDA = """
////////////////////////////////////
日の出産業(株) 名古屋支店 総務担当
福田 恭平
〒460-0003 愛知県名古屋市中区錦1-19-24
TEL 052-231-4408
////////////////////////////////////"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail."""

MESSAGES = [
    # 001 — partner mover, xlsx list of 8 transferees
    {
        "id": "tenkyo-001",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "xlsx (title row, two sheets) listing 8 transferees' old and new home addresses and mobiles, to the partner mover",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 長峰様 <nagamine.k@aoba-unyu.co.jp>"],
        "subject": "4月1日付人事異動に伴う引越しのご依頼（8件）",
        "body": """青葉運輸株式会社
引越事業部　長峰様

いつもお世話になっております。日の出産業の三好です。

4月1日付の定期異動に伴い、下記8名分の引越しをお願いしたく、
依頼一覧を添付いたしました。
お見積りの条件は2枚目のシート「見積条件」に記載しております。

各人へは御社から直接日程調整のお電話をいただいて構いません旨、
本人たちには伝えてあります。
3月14日（金）までに概算お見積りをいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_MIYOSHI,
        "attachments": [
            {"kind": "xlsx", "name": "引越依頼一覧_0401異動.xlsx",
             "sheets": {
                 "依頼一覧": [
                     ["日の出産業株式会社　4/1付 転勤者 引越依頼一覧（総務部作成）"],
                     [],
                     ["No", "社員番号", "氏名", "旧住所", "新住所（赴任先）", "携帯電話", "搬出希望日", "世帯"],
                     [1, "H10482", "大串 和樹", "埼玉県さいたま市浦和区高砂3-11-6-402", "宮城県仙台市青葉区上杉2-8-15 グランシャリオ上杉305", "090-3318-6624", "3/22", "単身"],
                     [2, "H11037", "鴨志田 恵", "東京都練馬区豊玉北4-27-9", "大阪府吹田市江坂町1-14-3-1102", "080-5521-9087", "3/24", "家族3名"],
                     [3, "H09815", "笹森 伸二", "神奈川県横浜市港北区日吉本町5-6-18", "福岡県福岡市中央区薬院3-2-41-701", "070-6612-4450", "3/25", "家族4名"],
                     [4, "H12260", "仁科 亜由美", "千葉県船橋市本町6-3-12 サンハイツ201", "愛知県名古屋市千種区今池4-9-22-803", "090-7742-1306", "3/21", "単身"],
                     [5, "H08744", "百目鬼 修", "東京都世田谷区経堂2-19-4", "北海道札幌市中央区南7条西11-3-5-902", "080-1190-5538", "3/27", "家族2名"],
                     [6, "H13102", "安里 拓真", "東京都江東区東陽5-30-2-614", "広島県広島市中区舟入町8-17", "090-2276-8841", "3/23", "単身"],
                     [7, "H10956", "五味 早苗", "神奈川県川崎市高津区溝口3-22-7", "静岡県静岡市葵区鷹匠2-6-9 パレス鷹匠404", "070-3064-2917", "3/26", "家族3名"],
                     [8, "H11583", "猪狩 慎太郎", "埼玉県川口市並木2-4-15-1208", "新潟県新潟市中央区万代4-1-33", "080-6627-3391", "3/28", "単身"],
                 ],
                 "見積条件": [
                     ["項目", "内容"],
                     ["プラン", "おまかせパック（梱包・開梱とも会社負担）"],
                     ["自己負担", "ピアノ・自家用車陸送は本人負担（別見積）"],
                     ["請求先", "日の出産業株式会社 総務部（一括請求）"],
                     ["支払条件", "月末締め翌月末払い"],
                 ],
             }},
        ],
    },
    # 002 — the mover, one person's details (reply)
    {
        "id": "tenkyo-002",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one transferee's new address and mobile to the partner mover; one person, quoted text carries nothing new",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["長峰 健吾 <nagamine.k@aoba-unyu.co.jp>"],
        "subject": "RE: 追加1件のお見積りについて",
        "body": """長峰様

お世話になっております。三好です。
ご連絡ありがとうございます。追加の1件について、新居の住所が確定しましたのでお知らせします。

　氏名　　：戸叶 瑞穂（とかの みずほ）
　新住所　：兵庫県神戸市東灘区住吉本町1-7-20 ルミエール住吉203
　携帯　　：090-4185-7720
　搬入希望：4月2日（水）午前

搬出は現住所（社員寮）からで変更ありません。
引き続きよろしくお願いいたします。
""" + SIG_MIYOSHI + """

-----Original Message-----
From: 長峰 健吾 [mailto:nagamine.k@aoba-unyu.co.jp]
Sent: Monday, March 10, 2025 4:12 PM
To: 三好 千晶
Subject: 追加1件のお見積りについて

三好様
追加の戸叶様分、新居のご住所が決まりましたらお知らせください。
青葉運輸　長峰
""",
    },
    # 003 — 社労士, 住所変更届 with My Number and basic pension number
    {
        "id": "tenkyo-003",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two employees' My Numbers and basic pension numbers in the body, to the outside labour and social security attorney",
        "charset": "cp932",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["みなと社会保険労務士法人 相良様 <sagara@minato-sr.jp>"],
        "subject": "被保険者住所変更届の作成依頼（2名）",
        "body": f"""みなと社会保険労務士法人
相良 様

いつも大変お世話になっております。日の出産業 給与課の根岸です。

転居した社員2名について、被保険者住所変更届の作成・電子申請をお願いいたします。
いずれも3月中の転居です。

【1】
氏名　　　　：鷲尾 隆之（ワシオ タカユキ）
生年月日　　：昭和61年7月19日
基礎年金番号：4217-683095
個人番号　　：{_sp(my_number(SEED + 1))}
新住所　　　：〒462-0841 愛知県名古屋市北区黒川本通3-25-1-506
転居日　　　：令和7年3月15日

【2】
氏名　　　　：松葉 るり子（マツバ ルリコ）
生年月日　　：平成4年11月2日
基礎年金番号：5031-227816
個人番号　　：{_sp(my_number(SEED + 2))}
新住所　　　：〒812-0011 福岡県福岡市博多区博多駅前4-9-12-1103
転居日　　　：令和7年3月22日

ご不明点がございましたらご連絡ください。
よろしくお願いいたします。
""" + SIG_NEGISHI,
    },
    # 004 — payroll outsourcer, 2 blocks (pass)
    {
        "id": "tenkyo-004",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "monthly change notice to the partner payroll outsourcer: two people's new addresses and commuting allowance; under five records",
        "charset": "iso-2022-jp",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 給与サポート <payroll-support@tsubasa-system.jp>"],
        "cc": ["堀之内様 <horinouchi.y@tsubasa-system.jp>"],
        "subject": "【日の出産業】5月度 給与変更連絡（住所・通勤手当）",
        "body": """ツバサシステム株式会社
給与アウトソーシング部 ご担当者様
（CC：堀之内様）

お世話になっております。日の出産業の根岸です。
5月度給与の変更分をご連絡いたします。今月は転居者2名のみです。

■ 社員番号 H12877　川越 奈央
　新住所：東京都板橋区成増2-31-4 コーポ成増102
　通勤経路：東武東上線 成増 ⇔ 池袋 ⇔ 丸ノ内線 淡路町
　通勤手当（月額換算）：旧 14,280円 → 新 16,950円
　適用：5月支給分から（4月20日転居、差額は5月に精算）

■ 社員番号 H09341　乙部 浩司
　新住所：千葉県市川市八幡3-8-16-703
　通勤経路：JR総武線 本八幡 ⇔ 秋葉原 ⇔ 徒歩
　通勤手当（月額換算）：旧 9,870円 → 新 12,430円
　適用：5月支給分から

その他の変更はございません。
お手数ですがご確認のほどよろしくお願いいたします。
""" + SIG_NEGISHI,
    },
    # 005 — payroll outsourcer, CSV of 12 (stop)
    {
        "id": "tenkyo-005",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of 12 employees' new home addresses and recalculated commuting allowance sent to the payroll outsourcer",
        "charset": "iso-2022-jp",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["payroll-support@tsubasa-system.jp"],
        "subject": "4月異動者 通勤手当再計算結果の送付",
        "body": """ツバサシステム 給与サポートご担当者様

日の出産業の根岸です。
4月異動者の通勤手当再計算結果をCSVでお送りします。
4月度給与から新しい金額での支給をお願いします（旧経路の払戻し分は別途控除一覧でお送りします）。

以上、よろしくお願いいたします。
""" + SIG_NEGISHI,
        "attachments": [
            {"kind": "csv", "name": "tsukin_saikeisan_202504.csv", "encoding": "cp932",
             "rows": [
                 ["社員番号", "氏名", "新住所", "最寄駅", "勤務地", "6ヶ月定期代", "月額支給額", "適用開始"],
                 ["H10482", "大串 和樹", "宮城県仙台市青葉区上杉2-8-15-305", "北四番丁", "仙台支店", "41220", "6870", "2025/04"],
                 ["H11037", "鴨志田 恵", "大阪府吹田市江坂町1-14-3-1102", "江坂", "大阪支店", "58680", "9780", "2025/04"],
                 ["H09815", "笹森 伸二", "福岡県福岡市中央区薬院3-2-41-701", "薬院", "福岡営業所", "32400", "5400", "2025/04"],
                 ["H12260", "仁科 亜由美", "愛知県名古屋市千種区今池4-9-22-803", "今池", "名古屋支店", "44940", "7490", "2025/04"],
                 ["H08744", "百目鬼 修", "北海道札幌市中央区南7条西11-3-5-902", "西線9条旭山公園通", "札幌営業所", "50580", "8430", "2025/04"],
                 ["H13102", "安里 拓真", "広島県広島市中区舟入町8-17", "舟入町", "広島営業所", "27000", "4500", "2025/04"],
                 ["H10956", "五味 早苗", "静岡県静岡市葵区鷹匠2-6-9-404", "新静岡", "静岡営業所", "0", "4200", "2025/04"],
                 ["H11583", "猪狩 慎太郎", "新潟県新潟市中央区万代4-1-33", "新潟", "新潟営業所", "0", "3100", "2025/04"],
                 ["H12544", "濱砂 理恵", "東京都中野区野方5-12-8-201", "野方", "本社", "62760", "10460", "2025/04"],
                 ["H07725", "四十物 剛", "埼玉県所沢市緑町1-5-14", "新所沢", "本社", "98340", "16390", "2025/04"],
                 ["H13390", "廣中 結衣", "神奈川県相模原市南区相模大野7-3-2-1005", "相模大野", "本社", "101580", "16930", "2025/04"],
                 ["H10118", "樫村 俊", "東京都町田市森野2-25-11", "町田", "本社", "96420", "16070", "2025/04"],
             ]},
        ],
    },
    # 006 — lookalike of the payroll partner
    {
        "id": "tenkyo-006",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "recipient domain tsubasa-sytem.jp is a typo of the partner tsubasa-system.jp (letter dropped)",
        "charset": "utf-8",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["堀之内 様 <horinouchi.y@tsubasa-sytem.jp>"],
        "subject": "住所変更1名（6月度）",
        "body": """堀之内様

お世話になります。日の出産業 根岸です。
6月度の住所変更は1名です。通勤経路・手当に変更はありません（同一駅圏内の転居のため）。

社員番号：H11902
氏名：辻元 晴香
新住所：東京都杉並区阿佐谷南1-33-5 ヴィラ阿佐谷301
転居日：2025年5月28日

年末調整の住所も本データで更新いただけますと助かります。
よろしくお願いします。
""" + SIG_NEGISHI,
    },
    # 007 — real estate agent, housing search conditions (pass)
    {
        "id": "tenkyo-007",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "search conditions for a leased company flat: budget, area, layout; the employee is only named",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["東都不動産 法人営業部 <houjin@toto-fudosan.co.jp>"],
        "subject": "借上社宅の物件紹介のお願い（名古屋・1名）",
        "body": """東都不動産株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の三好でございます。

6月1日付で名古屋支店に着任する社員（仁科）の借上社宅として、
下記条件で物件のご紹介をお願いできますでしょうか。

　・エリア　　：名古屋市営地下鉄 東山線沿線（名古屋〜本山）、支店まで40分以内
　・間取り　　：1LDK〜2DK（単身ですが在宅勤務スペース希望）
　・賃料上限　：管理費込み 95,000円
　・契約形態　：法人契約（当社名義）、敷金2ヶ月まで、礼金1ヶ月まで
　・入居希望日：5月24日頃
　・その他　　：2階以上、オートロック、駐車場不要

内見は本人が5月10日（土）に名古屋へ出張する予定ですので、
その日に2〜3件まとめて拝見できると助かります。

よろしくお願いいたします。
""" + SIG_MIYOSHI + DISCLAIMER_JA,
    },
    # 008 — disability, to the real estate agent
    {
        "id": "tenkyo-008",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named transferee's physical disability (wheelchair, disability certificate grade) told to an outside real estate agent: 要配慮個人情報 of one person",
        "charset": "utf-8",
        "sender": "久我 真由美 <kuga.mayumi@hinode-sangyo.co.jp>",
        "to": ["東都不動産 鳴海様 <narumi.s@toto-fudosan.co.jp>"],
        "subject": "Re: 社宅物件のご紹介（福岡）条件の追加",
        "body": """鳴海様

お世話になっております。日の出産業 人事部の久我です。
福岡営業所に異動する羽鳥 亮介さんの物件について、条件を追加させてください。

羽鳥さんは脊髄損傷により車椅子を使用されており（身体障害者手帳1級）、
下記を満たす物件が必須となります。

・エントランスから住戸まで段差がないこと（スロープ可）
・エレベーター付き、玄関有効幅80cm以上
・浴室・トイレに手すり設置可（原状回復は当社負担で構いません）
・営業所（博多駅前）まで車で20分以内、身障者用駐車区画があれば尚可

ご本人の了解は得ておりますが、障害の内容は内見先の家主様以外には
伝えないようお願いいたします。

何卒よろしくお願いいたします。
""" + SIG_KUGA,
    },
    # 009 — three outside parties visible (退去立会い)
    {
        "id": "tenkyo-009",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "vacating-inspection schedule sent with the management company, the restoration contractor and the mover all in To/Cc: three outside organisations see each other",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["ハウスリンク社宅サービス 退去担当 <taikyo@houselink-shataku.co.jp>",
               "リペアホーム 工事課 <koji@repairhome.co.jp>"],
        "cc": ["青葉運輸 長峰様 <nagamine.k@aoba-unyu.co.jp>"],
        "subject": "【日程連絡】社宅退去立会い（パークサイド浦和 402号室）",
        "body": """関係各社 ご担当者様

いつもお世話になっております。日の出産業 総務部の三好です。

異動に伴い、下記社宅の退去立会いの日程が決まりましたのでご連絡いたします。

　物件：パークサイド浦和 402号室（当社借上）
　搬出：3月22日（土）9:00〜　青葉運輸様
　立会：3月22日（土）14:00〜　ハウスリンク社宅サービス様
　補修見積：同日立会い後　リペアホーム様

鍵は立会い時にハウスリンク様へ全数（3本）返却いたします。
当日は当社からは三好が伺います。

よろしくお願いいたします。
""" + SIG_MIYOSHI,
    },
    # 010 — two outside organisations (pass)
    {
        "id": "tenkyo-010",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "three-way meeting mail: management company and real estate agent in To/Cc, two outside organisations only",
        "charset": "cp932",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["ハウスリンク社宅サービス 法人営業 坂巻様 <sakamaki@houselink-shataku.co.jp>"],
        "cc": ["東都不動産 鳴海様 <narumi.s@toto-fudosan.co.jp>"],
        "subject": "借上社宅 契約スキームの打合せ日程（3社）",
        "body": """坂巻様
（CC：東都不動産 鳴海様）

お世話になっております。日の出産業の三好です。

来期から、物件探しは東都不動産様、契約・家賃支払代行はハウスリンク様という
分担で進めたく、一度3社で打合せをさせていただけないでしょうか。

候補日時（いずれも当社会議室、1時間程度）
　①4月8日（火）10:00〜
　②4月9日（水）15:00〜
　③4月11日（金）13:30〜

議題
　・仲介手数料と代行手数料の整理
　・契約書の名義と更新時の手続き
　・退去時の原状回復の窓口

ご都合をお知らせいただけますと幸いです。
""" + SIG_MIYOSHI,
    },
    # 011 — confidentiality stamp on a draft regulation
    {
        "id": "tenkyo-011",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX draft of the company-housing regulation stamped 社外秘 in its header, sent to the management company",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["坂巻様 <sakamaki@houselink-shataku.co.jp>"],
        "subject": "社宅管理規程の改定案について（ご意見のお願い）",
        "body": """坂巻様

いつもお世話になっております。三好です。

先日ご相談した社宅管理規程の改定案がまとまりましたので、お送りします。
特に第12条（入居者負担額）と第18条（退去時の費用負担）について、
他社様の運用と比べて無理がないか、ご意見をいただけますでしょうか。

4月末の経営会議にかける予定です。
よろしくお願いいたします。
""" + SIG_MIYOSHI,
        "attachments": [
            {"kind": "docx", "name": "社宅管理規程_改定案_v3.docx",
             "page_header": "社外秘",
             "title": "社宅管理規程（改定案）",
             "paragraphs": [
                 "社宅管理規程（改定案）　2025年4月　総務部",
                 "第1条（目的）この規程は、会社が従業員に貸与する社宅の管理及び運用に関し必要な事項を定める。",
                 "第12条（入居者負担額）入居者は、会社が定める基準家賃の15％（単身者は20％）を負担する。",
                 "第18条（退去時の費用負担）通常損耗を超える補修費用は入居者の負担とする。",
                 "附則　この規程は2025年7月1日から施行する。",
             ],
             "tables": [[["区分", "基準家賃上限（東京）", "基準家賃上限（地方）"],
                         ["単身", "110,000円", "80,000円"],
                         ["世帯", "180,000円", "130,000円"]]]},
        ],
    },
    # 012 — about an NDA (pass)
    {
        "id": "tenkyo-012",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about signing an NDA (秘密保持契約) with a new relocation vendor; the draft carries no marking and no people",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["ルームスタート 営業部 井戸川様 <idogawa@roomstart-rental.jp>"],
        "subject": "秘密保持契約書（案）の送付",
        "body": """株式会社ルームスタート
営業部　井戸川様

お世話になっております。日の出産業の三好です。

単身赴任者向け家具家電レンタルのお取引開始にあたり、
当社ひな形の秘密保持契約書（案）をお送りいたします。
赴任者の氏名・住所をお渡しすることになりますので、
第3条（秘密情報の範囲）に個人情報の取扱いを明記しております。

内容をご確認のうえ、修正のご希望があれば変更履歴でお戻しください。
締結後に具体的なご依頼をさせていただきます。
""" + SIG_MIYOSHI,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書_ひな形_ルームスタート様.docx",
             "paragraphs": [
                 "秘密保持契約書",
                 "日の出産業株式会社（以下「甲」という）と株式会社ルームスタート（以下「乙」という）は、以下のとおり秘密保持契約を締結する。",
                 "第1条（目的）本契約は、甲の従業員向け家具家電レンタル取引に関し開示される秘密情報の取扱いを定める。",
                 "第3条（秘密情報の範囲）秘密情報には、甲が乙に開示する甲の従業員の個人情報を含む。",
                 "第7条（返還・廃棄）乙は、取引終了後、秘密情報を速やかに返還又は廃棄する。",
                 "第10条（有効期間）本契約の有効期間は締結日から3年間とする。",
             ]},
        ],
    },
    # 013 — password ZIP to the attorney
    {
        "id": "tenkyo-013",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) of address-change forms to the labour attorney: the attachment cannot be inspected",
        "charset": "iso-2022-jp",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["相良様 <sagara@minato-sr.jp>"],
        "subject": "住所変更届一式（4月分）",
        "body": """相良様

お世話になっております。日の出産業 根岸です。
4月分の住所変更届一式をZIPで送付いたします。
パスワードは別メールにてお送りします。

よろしくお願いいたします。
""" + SIG_NEGISHI,
        "attachments": [
            {"kind": "zip", "name": "jusho_henko_202504.zip", "password": "Hn2504#sr",
             "files": [
                 {"kind": "xlsx", "name": "住所変更届_4月.xlsx",
                  "sheets": {"4月": [["氏名", "生年月日", "新住所"],
                                     ["大串 和樹", "1988/02/14", "宮城県仙台市青葉区上杉2-8-15-305"],
                                     ["鴨志田 恵", "1991/09/30", "大阪府吹田市江坂町1-14-3-1102"]]}},
             ]},
        ],
    },
    # 014 — corporate card number to the hotel
    {
        "id": "tenkyo-014",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "credit card number and expiry written in the body to guarantee a transferee's interim hotel stay",
        "charset": "iso-2022-jp",
        "sender": "玉置 沙耶 <tamaki.saya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル博多 ご予約係 <yoyaku-hakata@sakura-hotel.jp>"],
        "subject": "長期滞在のご予約（4/1〜4/14）",
        "body": f"""さくらホテル博多
ご予約係 御中

いつもお世話になっております。日の出産業 大阪支店の玉置です。

福岡営業所へ異動する社員の仮住まいとして、下記のとおり長期滞在の予約をお願いいたします。
社宅の入居可能日が4月15日のため、その前日までの14泊となります。

　宿泊者　：笹森 伸二 様（1名）
　日程　　：2025年4月1日（火）チェックイン 〜 4月15日（火）チェックアウト
　部屋　　：シングル禁煙（ランドリー付きのフロア希望）
　お支払い：法人カードにて事前決済

　カード番号：{_card(card_number(SEED + 101))}
　有効期限　：09/28
　名義　　　：HINODE SANGYO CO LTD

領収書は「日の出産業株式会社」宛でお願いいたします。
""" + SIG_TAMAKI,
    },
    # 015 — hotel, booking confirmation (pass)
    {
        "id": "tenkyo-015",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary reply to the partner hotel about a booking number and invoice address; a guest is only named",
        "charset": "utf-8",
        "sender": "玉置 沙耶 <tamaki.saya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル博多 <yoyaku-hakata@sakura-hotel.jp>"],
        "subject": "Re: ご予約確認（予約番号 SKH-250401-0873）",
        "body": """さくらホテル博多
ご予約係 ご担当者様

早速のご連絡ありがとうございます。
予約番号 SKH-250401-0873 の内容、承知いたしました。

請求書は月末締めで、下記宛にご郵送ください。
　〒530-0004 大阪府大阪市北区堂島浜3-6-21
　日の出産業株式会社 大阪支店 業務課 玉置 宛

なお、宿泊者の笹森は4月1日の到着が21時頃になる見込みです。
レイトチェックインとなりますがよろしくお願いいたします。
""" + SIG_TAMAKI + """

> 日の出産業株式会社 玉置様
> このたびはさくらホテル博多をご用命いただき誠にありがとうございます。
> 下記の通りご予約を承りました。
> 予約番号：SKH-250401-0873
> ご宿泊：2025/4/1〜4/15（14泊） シングル禁煙 1室
""",
    },
    # 016 — bank, PDF list of 6 (財形)
    {
        "id": "tenkyo-016",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF table of six employees' savings-account numbers and new addresses sent to the partner bank",
        "charset": "cp932",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 日本橋支店 財形担当 <zaikei-nihonbashi@midori-ginko.co.jp>"],
        "subject": "財形貯蓄 住所変更のお届け（6名）",
        "body": """みどり銀行 日本橋支店
財形ご担当者様

平素より大変お世話になっております。日の出産業株式会社 給与課の根岸でございます。

人事異動に伴い住所が変更となった財形貯蓄契約者6名分の一覧を、
PDFにてお送りいたします。届出書の原本は本日郵送いたしました。

ご査収のほどよろしくお願い申し上げます。
""" + SIG_NEGISHI,
        "attachments": [
            {"kind": "pdf", "name": "財形住所変更一覧_202504.pdf",
             "title": "財形貯蓄 住所変更一覧",
             "lines": ["財形貯蓄 契約者 住所変更一覧（2025年4月）", "事業所：日の出産業株式会社（事業所番号 0417-22）", ""],
             "table": [
                 ["氏名", "種類", "店番・口座番号", "新住所"],
                 ["大串 和樹", "一般財形", "321-普通 4408172", "宮城県仙台市青葉区上杉2-8-15-305"],
                 ["鴨志田 恵", "住宅財形", "321-普通 4519036", "大阪府吹田市江坂町1-14-3-1102"],
                 ["笹森 伸二", "年金財形", "321-普通 3877420", "福岡県福岡市中央区薬院3-2-41-701"],
                 ["百目鬼 修", "一般財形", "321-普通 2960518", "北海道札幌市中央区南7条西11-3-5-902"],
                 ["五味 早苗", "住宅財形", "321-普通 4173395", "静岡県静岡市葵区鷹匠2-6-9-404"],
                 ["猪狩 慎太郎", "一般財形", "321-普通 4622781", "新潟県新潟市中央区万代4-1-33"],
             ]},
        ],
    },
    # 017 — bank, general question (pass)
    {
        "id": "tenkyo-017",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general question to the bank about housing-loan rules when an employee is transferred; no person's data",
        "charset": "iso-2022-jp",
        "sender": "久我 真由美 <kuga.mayumi@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
        "subject": "提携住宅ローン利用者の転勤時の取扱いについて（ご質問）",
        "body": """みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 人事部の久我です。

職域提携住宅ローンをご利用中の社員が転勤となり、
持ち家を離れて単身赴任・家族帯同をする場合の取扱いについて、
一般的なルールを教えていただけますでしょうか。

　1. 住宅ローン控除・金利優遇は継続されるか
　2. 留守中に自宅を賃貸に出す場合の事前届出の要否
　3. 銀行所定の「転勤に伴う住所変更届」の様式の有無

社内向けFAQを作成するための確認で、個別の案件ではございません。
お忙しいところ恐縮ですが、よろしくお願いいたします。
""" + SIG_KUGA,
    },
    # 018 — lookalike of the bank
    {
        "id": "tenkyo-018",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp (letter added)",
        "charset": "iso-2022-jp",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["財形ご担当 <zaikei-nihonbashi@midori-ginkou.co.jp>"],
        "subject": "財形住所変更（追加1名）",
        "body": """みどり銀行 日本橋支店 財形ご担当者様

お世話になっております。日の出産業 根岸です。
先日お送りした6名に加え、1名追加でお願いいたします。

　氏名：廣中 結衣
　口座：321 普通 4730662（一般財形）
　新住所：神奈川県相模原市南区相模大野7-3-2-1005

届出書は明日郵送いたします。
""" + SIG_NEGISHI,
    },
    # 019 — driver's licence to the car insurer
    {
        "id": "tenkyo-019",
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a driver's licence number (with birth date and new address) sent to the insurer for the company-car driver registration",
        "charset": "utf-8",
        "sender": "蓮見 拓郎 <hasumi.takuro@hinode-sangyo.co.jp>",
        "to": ["ときわ損保 法人営業第三課 <hojin3@tokiwa-sonpo.co.jp>"],
        "subject": "フリート契約 運転者登録変更（転勤者1名）",
        "body": """ときわ損害保険株式会社
法人営業第三課 ご担当者様

お世話になっております。日の出産業 総務部の蓮見です。

社有車フリート契約（証券番号 FL-2208-41173）の運転者登録について、
転勤者1名の変更をお願いいたします。

　運転者氏名　：安里 拓真
　生年月日　　：1993年8月27日
　運転免許証番号：第 3021 4418 7750 号（平成30年交付・ゴールド）
　新住所　　　：広島県広島市中区舟入町8-17
　使用車両　　：広島営業所 社有車（広島 300 ふ 44-18）
　変更日　　　：2025年4月1日

変更後の運転者一覧の写しをお送りいただけますと助かります。
""" + SIG_HASUMI,
    },
    # 020 — fire insurance of a company-leased building (pass)
    {
        "id": "tenkyo-020",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "fire-insurance endorsement for company-leased buildings: building addresses and policy numbers, no person's data",
        "charset": "iso-2022-jp",
        "sender": "蓮見 拓郎 <hasumi.takuro@hinode-sangyo.co.jp>",
        "to": ["ときわ損保 企業火災担当 <kigyo-kasai@tokiwa-sonpo.co.jp>"],
        "subject": "借上社宅 火災保険 所在地の追加・削除について",
        "body": """ときわ損害保険 企業火災ご担当者様

お世話になっております。日の出産業の蓮見です。
包括契約（証券番号 KK-1907-00325）の対象物件について、4月1日付で下記のとおり変更をお願いします。

【追加】
　・グランシャリオ上杉 305号室　宮城県仙台市青葉区上杉2-8-15
　・ルミエール住吉 203号室　　　兵庫県神戸市東灘区住吉本町1-7-20

【削除】
　・パークサイド浦和 402号室　　埼玉県さいたま市浦和区高砂3-11-6

保険料の差額精算方法もあわせてご教示ください。
""" + SIG_HASUMI + DISCLAIMER_JA,
    },
    # 021 — health-insurance card number to the insurance society
    {
        "id": "tenkyo-021",
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "health insurance card symbol and number (full-width digits) with name, birth date and new address, to the outside health-insurance society",
        "charset": "cp932",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["東日本商工健康保険組合 適用課 <tekiyo@higashinihon-shoko-kenpo.or.jp>"],
        "subject": "被保険者住所変更の件（電子届出エラーのため）",
        "body": """東日本商工健康保険組合
適用課 ご担当者様

お世話になっております。日の出産業株式会社（事業所記号 ４１２）の根岸です。

本日、電子届出で住所変更を提出したところエラーとなりましたので、
取り急ぎ内容をメールでお送りいたします。

　被保険者氏名：濱砂 理恵（ハマスナ リエ）
　保険証　記号：４１２　番号：１０８７
　生年月日　　：平成２．１１．３
　新住所　　　：〒１６５－００２７　東京都中野区野方５－１２－８－２０１
　異動日　　　：令和７年４月５日

エラー内容の画面コピーが必要でしたらお送りします。
よろしくお願いいたします。
""" + SIG_NEGISHI,
    },
    # 022 — all internal, xlsx of 15 transferees (pass)
    {
        "id": "tenkyo-022",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "list of 15 transferees with addresses, mobiles and birth dates, but every recipient is internal",
        "charset": "iso-2022-jp",
        "sender": "久我 真由美 <kuga.mayumi@hinode-sangyo.co.jp>",
        "to": ["三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>", "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>"],
        "cc": ["総務部 共有 <soumu-share@hinode-sangyo.co.jp>"],
        "subject": "7/1付 異動者一覧（社宅・給与手続き用）",
        "body": """三好さん、根岸さん

お疲れさまです。久我です。
7/1付の異動者15名の一覧を共有します。
社宅手配と通勤手当の再計算、各種住所変更の手続きをお願いします。
本人の新住所が未確定の人は空欄にしています。

よろしくお願いします。
久我""",
        "attachments": [
            {"kind": "xlsx", "name": "0701異動者一覧_人事部.xlsx",
             "sheets": {"異動者": [["7/1付 異動者一覧（人事部）"],
                                  ["氏名", "生年月日", "旧所属", "新所属", "現住所", "携帯", "社宅要否"]]
                        + [[n, d, a, b, addr, tel, s] for n, d, a, b, addr, tel, s in [
                            ("栗林 大地", "1990/05/11", "本社営業1部", "仙台支店", "東京都足立区綾瀬3-4-9", "090-1284-3360", "要"),
                            ("早乙女 茜", "1995/01/23", "大阪支店", "本社人事部", "大阪府豊中市庄内東町2-6-1", "080-4492-7031", "要"),
                            ("小山内 誠", "1985/12/04", "名古屋支店", "本社経理部", "愛知県春日井市勝川町7-22", "090-6610-2284", "否"),
                            ("蔵元 美沙", "1992/08/15", "本社総務部", "福岡営業所", "東京都品川区大井5-1-17", "070-2283-9915", "要"),
                            ("鬼塚 翔", "1997/03/29", "札幌営業所", "本社営業2部", "北海道札幌市白石区本通9南3-8", "080-7731-0468", "要"),
                            ("一ノ瀬 薫", "1988/10/02", "本社情報システム部", "大阪支店", "神奈川県横浜市鶴見区豊岡町12-5", "090-5526-1177", "要"),
                            ("宇佐美 拓", "1991/06/18", "広島営業所", "名古屋支店", "広島県広島市南区段原1-9-3", "080-3385-6602", "要"),
                            ("冨永 佳奈", "1994/11/27", "本社営業1部", "静岡営業所", "東京都北区赤羽西4-40-2", "090-8810-3349", "要"),
                            ("日比野 修平", "1983/02/09", "新潟営業所", "本社品質保証部", "新潟県新潟市西区小針2-15-6", "070-6649-0213", "否"),
                            ("椎葉 玲", "1996/07/07", "仙台支店", "本社営業3部", "宮城県仙台市若林区連坊1-3-30", "080-9902-4751", "要"),
                            ("帯刀 智也", "1987/04/21", "本社経営企画部", "札幌営業所", "東京都杉並区高円寺南2-8-13", "090-2047-5836", "要"),
                            ("真壁 由紀", "1993/09/12", "福岡営業所", "大阪支店", "福岡県福岡市東区箱崎3-21-4", "080-6125-3390", "要"),
                            ("神保 大輔", "1988/12/30", "大阪支店", "広島営業所", "兵庫県尼崎市塚口町1-18-9", "090-4478-2206", "要"),
                            ("柘植 まどか", "1998/02/16", "本社人事部", "新潟営業所", "東京都世田谷区太子堂3-2-25", "070-1193-5542", "要"),
                            ("洲崎 貴之", "1986/05/05", "静岡営業所", "本社営業1部", "静岡県浜松市中央区住吉4-7-12", "080-2256-8874", "否"),
                        ]]},
             "page_footer": "人事部作成"},
        ],
    },
    # 023 — internal subdomain, My Number (pass)
    {
        "id": "tenkyo-023",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": [],
        "note": "spouse's My Number for the dependant/address update, sent only to an internal subdomain address",
        "charset": "utf-8",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["給与システム受付 <kyuyo-uketsuke@mail.hinode-sangyo.co.jp>"],
        "subject": "扶養親族 住所変更（別居→同居）登録依頼",
        "body": f"""給与システム受付 各位

根岸です。転居に伴い、以下の扶養親族が別居から同居に変わりました。
システムへの登録をお願いします（本人は社員番号 H10956 五味 早苗）。

　扶養親族氏名：五味 康平（夫）
　生年月日：1989年4月8日
　個人番号：{my_number(SEED + 3)}
　住所：静岡県静岡市葵区鷹匠2-6-9-404（本人と同一）
　同居開始日：2025年4月1日

以上です。
""" + SIG_NEGISHI,
    },
    # 024 — five transferees' private addresses in To
    {
        "id": "tenkyo-024",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "company-housing guide sent to five transferees' private free-mail addresses all in To: five private persons see each other",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["kazuki.ogushi88@gmail.com", "megumi-kamo@yahoo.co.jp", "sasamori.s@icloud.com",
               "ayumi.nishina@outlook.jp", "dome-osamu@docomo.ne.jp"],
        "subject": "【ご案内】社宅入居の手続きについて（4月異動の皆さまへ）",
        "body": """4月異動の皆さま

総務部の三好です。異動のご準備でお忙しいところ失礼いたします。
会社のメールを見られない方がいらっしゃるため、個人アドレス宛にお送りしています。

借上社宅への入居手続きについてご案内します。

1. 入居前日までに「社宅入居届」をワークフローで申請してください。
2. 鍵は管理会社（ハウスリンク社宅サービス）から現地でお渡しします。
3. 電気・ガス・水道の開栓はご自身でお申し込みください。
4. 住民票の異動（転入届）は入居後14日以内にお願いします。

ご不明点は総務部 三好（内線2314）までご連絡ください。
""" + SIG_MIYOSHI,
    },
    # 025 — one freemail recipient (pass)
    {
        "id": "tenkyo-025",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "key-handover instructions sent to one transferee's own private address; only her own flat is mentioned",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["仁科 亜由美 <ayumi.nishina@outlook.jp>"],
        "subject": "社宅の鍵のお受け取りについて",
        "body": """仁科さん

総務部の三好です。個人アドレス宛に失礼します。

名古屋の社宅（今池のお部屋）の鍵は、3月29日（土）11時に
管理会社の担当者が現地でお渡しします。
当日は社員証か運転免許証をお持ちください（提示のみで、コピーは取りません）。

当日連絡がつかない場合は、管理会社の代表番号 052-700-3318 にお電話ください。

引越し、どうぞお気をつけて。
""" + SIG_MIYOSHI,
        "attachments": [{"kind": "png", "name": "imaike_map.png"}],
    },
    # 026 — DV victim, to payroll outsourcer
    {
        "id": "tenkyo-026",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "tells the payroll outsourcer that a named employee is a domestic-violence victim under a residence-record restriction: crime-victim status is 要配慮個人情報",
        "charset": "iso-2022-jp",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["堀之内 様 <horinouchi.y@tsubasa-system.jp>"],
        "subject": "【至急】住所の取扱いについてのお願い（社員番号 H12390）",
        "body": """ツバサシステム 堀之内様

お世話になっております。日の出産業 根岸です。
至急のお願いがあり、ご連絡いたしました。

社員番号 H12390 の真鍋 紗希さんが先月転居されましたが、
元配偶者からのDV被害により、市役所で住民基本台帳の閲覧制限（DV等支援措置）を
受けておられます。
つきましては、以下の対応をお願いできますでしょうか。

　1. 給与明細・源泉徴収票の郵送は行わず、Web明細のみとする
　2. 住民税の特別徴収関係の書類に新住所を記載しない（旧住所のままで可か要確認）
　3. 御社システム上の住所欄の閲覧を担当者以外に制限する

新住所は本メールには記載しておりません。必要な場合は電話でお伝えします。
ご対応可否をご連絡いただけますと幸いです。
""" + SIG_NEGISHI,
    },
    # 027 — mental illness leave, to a mover
    {
        "id": "tenkyo-027",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tells the mover that the named tenant is on sick leave for depression (diagnosis) and gives his parent's phone",
        "charset": "cp932",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["ひまわり引越センター 法人窓口 <hojin@himawari-hikkoshi.co.jp>"],
        "subject": "社宅退去に伴う搬出のご依頼（ご家族立会い）",
        "body": """ひまわり引越センター
法人窓口 ご担当者様

お世話になっております。日の出産業 総務部の三好です。

当社社員 日下部 悠人の社宅退去に伴う搬出をお願いしたくご連絡しました。
本人はうつ病のため現在休職中で実家（山形）で療養しており、
当日は本人ではなくお父様が立会いされます。

　搬出元：当社社宅 メゾン西荻 205号室
　搬出先：山形県の実家（詳細はお父様から直接お伝えいただきます）
　立会い：日下部 隆様（父）　携帯 090-6021-3847
　希望日：5月17日（土）または18日（日）

本人への直接のご連絡はお控えいただけますようお願いいたします。
お見積りは当社宛にお送りください。
""" + SIG_MIYOSHI,
    },
    # 028 — back pain (either)
    {
        "id": "tenkyo-028",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "mentions that a named transferee hurt her back and cannot lift loads: a passing health remark a privacy officer could judge either way",
        "charset": "iso-2022-jp",
        "sender": "福田 恭平 <fukuda.kyohei@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 名古屋営業所 <nagoya-hikkoshi@aoba-unyu.co.jp>"],
        "subject": "梱包サービスの追加について（宇佐美様分）",
        "body": """青葉運輸 名古屋営業所 ご担当者様

いつもお世話になっております。日の出産業 名古屋支店の福田です。

7月1日に広島から着任する宇佐美の引越しについて、
本人が先週ぎっくり腰になってしまい、重い物が持てないとのことですので、
プランを「おまかせパック」に変更し、開梱・家具配置までお願いできますでしょうか。
差額は会社負担で結構です。

日程は当初どおり6月28日搬出、29日搬入でお願いします。
""" + SIG_FUKUDA,
    },
    # 029 — 社外秘 stamp in the body
    {
        "id": "tenkyo-029",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is classified 【機密区分：社外秘】 at the top (rent budget comparison), sent to the management company",
        "charset": "utf-8",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["坂巻様 <sakamaki@houselink-shataku.co.jp>"],
        "subject": "来期 借上社宅予算の前提について",
        "body": """【機密区分：社外秘】
────────────────────
坂巻様

お世話になっております。三好です。
来期の借上社宅予算の前提数字を共有いたします。
代行手数料のお見積りの参考にしてください。

　拠点　　　　戸数（今期）　戸数（来期計画）　平均賃料（来期）
　----------------------------------------------------------
　本社圏　　　　　42　　　　　　48　　　　　　　　112,000円
　大阪　　　　　　18　　　　　　21　　　　　　　　 88,000円
　名古屋　　　　　11　　　　　　13　　　　　　　　 79,000円
　福岡　　　　　　 7　　　　　　10　　　　　　　　 71,000円
　その他営業所　　15　　　　　　14　　　　　　　　 64,000円

来期計画は未発表の組織改編を前提にしておりますので、
御社内でも取扱いにご注意ください。
""" + SIG_MIYOSHI,
    },
    # 030 — statistics only (pass)
    {
        "id": "tenkyo-030",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate statistics of transfers and vacancies by region for the management company; no person",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["ハウスリンク社宅サービス 坂巻様 <sakamaki@houselink-shataku.co.jp>"],
        "subject": "RE: 年間の入退去件数について",
        "body": """坂巻様

お世話になっております。三好です。
お問い合わせの件、昨年度（2024年4月〜2025年3月）の実績は以下のとおりです。

　新規入居　：62件（うち単身 41件・世帯 21件）
　退去　　　：55件（うち中途解約 9件）
　平均入居期間：3.4年
　退去時の平均原状回復費（会社負担分）：187,000円

月別では3月・4月と9月・10月に集中しており、全体の約7割を占めています。
来期も同程度を見込んでおります。

よろしくお願いいたします。
三好
""",
    },
    # 031 — fixed-width body list to the commuter pass vendor
    {
        "id": "tenkyo-031",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "seven employees' kana names, sex and birth dates in a padded table in the body, for bulk commuter passes from an outside vendor",
        "charset": "iso-2022-jp",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["東光トラベルサービス 定期券センター <teiki@toko-kotsu.co.jp>"],
        "subject": "通勤定期券 一括購入のお申込み（7名・4月開始分）",
        "body": """東光トラベルサービス株式会社
定期券センター ご担当者様

いつもお世話になっております。日の出産業の根岸です。
転居者の通勤定期券（6ヶ月）の一括購入をお願いいたします。

氏名（カナ）　　　　性別　生年月日　　　　乗車駅　　　　降車駅　　　開始日
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
ハマスナ　リエ　　　女　　1990/11/03　　野方　　　　　神田　　　　4/7
シジモノ　ツヨシ　　男　　1979/06/22　　新所沢　　　　神田　　　　4/1
ヒロナカ　ユイ　　　女　　1996/02/08　　相模大野　　　神田　　　　4/1
カシムラ　シュン　　男　　1987/10/15　　町田　　　　　神田　　　　4/3
カワゴエ　ナオ　　　女　　1994/04/29　　成増　　　　　淡路町　　　4/21
オトベ　コウジ　　　男　　1982/01/17　　本八幡　　　　秋葉原　　　4/14
ツジモト　ハルカ　　女　　1998/07/31　　阿佐ケ谷　　　神田　　　　4/1

※経路は最安経路、学割・障害者割引の対象者はおりません。
請求は4月度分としてまとめてお願いいたします。
""" + SIG_NEGISHI,
    },
    # 032 — three people's commuter pass (pass)
    {
        "id": "tenkyo-032",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "three employees' names and commuting sections for pass purchase; under five records",
        "charset": "cp932",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["teiki@toko-kotsu.co.jp"],
        "subject": "定期券 追加購入（3名）",
        "body": """定期券センター ご担当者様

日の出産業 根岸です。追加で3名分お願いします。

・早乙女 茜　　　三鷹 ⇔ 神田（JR中央線）　　　 7/1開始 6ヶ月
・椎葉 玲　　　　北千住 ⇔ 淡路町（千代田線経由） 7/1開始 6ヶ月
・洲崎 貴之　　　川崎 ⇔ 神田（JR京浜東北線）　　7/3開始 6ヶ月

よろしくお願いいたします。
""" + SIG_NEGISHI,
    },
    # 033 — business list of branch offices (pass)
    {
        "id": "tenkyo-033",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's branch offices with switchboard numbers for the agent's commute-radius search: businesses, not people",
        "charset": "utf-8",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["東都不動産 鳴海様 <narumi.s@toto-fudosan.co.jp>"],
        "subject": "各拠点の所在地一覧（物件探索用）",
        "body": """鳴海様

お世話になっております。三好です。
物件探索の起点として、当社拠点の所在地をお送りします。

拠点名	所在地	代表電話
本社	東京都千代田区内神田2-14-7	03-5289-7701
大阪支店	大阪府大阪市北区堂島浜3-6-21	06-6344-2051
名古屋支店	愛知県名古屋市中区錦1-19-24	052-231-4408
仙台支店	宮城県仙台市青葉区一番町2-5-8	022-262-1190
福岡営業所	福岡県福岡市博多区博多駅前2-11-16	092-471-6630
札幌営業所	北海道札幌市中央区北3条西4-1-9	011-221-5072
広島営業所	広島県広島市中区紙屋町1-4-3	082-244-8115

いずれも「拠点から公共交通機関で45分以内」を目安にお願いいたします。
社内ポータルの拠点一覧ページも保存して添付します。
""" + SIG_MIYOSHI,
        "attachments": [
            {"kind": "html", "name": "拠点一覧.html",
             "html": "<html><head><meta charset=\"utf-8\"><title>拠点一覧</title></head><body>"
                     "<h1>日の出産業 拠点一覧</h1><table border=\"1\">"
                     "<tr><th>拠点</th><th>所在地</th><th>代表電話</th></tr>"
                     "<tr><td>本社</td><td>東京都千代田区内神田2-14-7</td><td>03-5289-7701</td></tr>"
                     "<tr><td>大阪支店</td><td>大阪府大阪市北区堂島浜3-6-21</td><td>06-6344-2051</td></tr>"
                     "<tr><td>名古屋支店</td><td>愛知県名古屋市中区錦1-19-24</td><td>052-231-4408</td></tr>"
                     "<tr><td>仙台支店</td><td>宮城県仙台市青葉区一番町2-5-8</td><td>022-262-1190</td></tr>"
                     "</table></body></html>"},
        ],
    },
    # 034 — forward of an internal mail with 6 records (stop)
    {
        "id": "tenkyo-034",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwards an internal HR mail listing six transferees' home addresses and phones to the mover: a forward is new text for the recipient",
        "charset": "iso-2022-jp",
        "sender": "玉置 沙耶 <tamaki.saya@hinode-sangyo.co.jp>",
        "to": ["ひまわり引越センター 大阪営業所 <osaka@himawari-hikkoshi.co.jp>"],
        "subject": "FW: 大阪支店 7月着任者の引越し手配について",
        "body": """ひまわり引越センター 大阪営業所 ご担当者様

お世話になっております。日の出産業 大阪支店の玉置です。
人事部からの連絡を転送いたします。下記6名の引越しのお見積りをお願いします。

----- 転送メッセージ -----
差出人: 久我 真由美 <kuga.mayumi@hinode-sangyo.co.jp>
日付: 2025年6月2日 10:14
宛先: 玉置 沙耶 <tamaki.saya@hinode-sangyo.co.jp>
件名: 大阪支店 7月着任者の引越し手配について

玉置さん
7月着任者の現住所と連絡先です。業者手配をお願いします。

一ノ瀬 薫　／神奈川県横浜市鶴見区豊岡町12-5／090-5526-1177
真壁 由紀　／福岡県福岡市東区箱崎3-21-4／080-6125-3390
早乙女 陸　／東京都江戸川区西葛西6-8-11-305／070-4418-2290
三角 弥生　／千葉県松戸市新松戸4-102-7／090-3357-6618
木賊 聡　　／埼玉県越谷市南越谷1-20-2-1404／080-2049-7715
道祖土 美保／東京都大田区蒲田本町2-3-19／090-7268-0452

久我
""" + SIG_TAMAKI,
    },
    # 035 — reply quoting the mover's list (pass)
    {
        "id": "tenkyo-035",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short confirmation to the mover; the six-person schedule appears only in '>' quoted text the mover sent",
        "charset": "iso-2022-jp",
        "sender": "玉置 沙耶 <tamaki.saya@hinode-sangyo.co.jp>",
        "to": ["osaka@himawari-hikkoshi.co.jp"],
        "subject": "Re: 【ひまわり引越】作業日程のご案内（日の出産業様 6件）",
        "body": """ひまわり引越センター 大阪営業所
角野様

日程のご連絡ありがとうございます。
6件とも記載の日程で問題ございません。各人には支店から伝えておきます。
請求書は作業完了月の月末締めでお願いいたします。

玉置

2025/06/09 17:42 角野 <osaka@himawari-hikkoshi.co.jp>:
> 日の出産業株式会社 玉置様
> 作業日程が確定しましたのでご案内いたします。
>
> 一ノ瀬 薫様　6/27 搬出（横浜市鶴見区豊岡町12-5）　090-5526-1177
> 真壁 由紀様　6/28 搬出（福岡市東区箱崎3-21-4）　080-6125-3390
> 早乙女 陸様　6/28 搬出（江戸川区西葛西6-8-11-305）070-4418-2290
> 三角 弥生様　6/29 搬出（松戸市新松戸4-102-7）　090-3357-6618
> 木賊 聡様　　6/29 搬出（越谷市南越谷1-20-2-1404）080-2049-7715
> 道祖土 美保様 6/30 搬出（大田区蒲田本町2-3-19）090-7268-0452
>
> ひまわり引越センター 大阪営業所 角野
""",
    },
    # 036 — reply adding a new table of 5 (stop)
    {
        "id": "tenkyo-036",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reply whose new text adds a comma-separated list of five employees' delivery addresses and mobiles for rental furniture",
        "charset": "utf-8",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["井戸川様 <idogawa@roomstart-rental.jp>"],
        "subject": "RE: 家具家電セット 配送先のご確認",
        "body": """井戸川様

お世話になっております。三好です。
配送先一覧、お待たせいたしました。

氏名,配送先,携帯,配送希望日
栗林 大地,宮城県仙台市青葉区北目町4-7-702,090-1284-3360,6/28
蔵元 美沙,福岡県福岡市中央区赤坂1-15-30-305,070-2283-9915,6/29
帯刀 智也,北海道札幌市中央区北5条西20-2-11-403,090-2047-5836,6/28
冨永 佳奈,静岡県静岡市駿河区森下町3-19-201,090-8810-3349,6/30
柘植 まどか,新潟県新潟市中央区女池南2-4-8-106,070-1193-5542,6/29

いずれも単身用Aセット（冷蔵庫・洗濯機・電子レンジ・ベッド）でお願いします。

三好

-----Original Message-----
From: 井戸川 [mailto:idogawa@roomstart-rental.jp]
Sent: Tuesday, June 3, 2025 11:20 AM
To: 三好 千晶
Subject: 家具家電セット 配送先のご確認

三好様
7月赴任者様の配送先をお知らせいただけますでしょうか。
ルームスタート 井戸川
""",
    },
    # 037 — lookalike of the own domain (hyphen for dot)
    {
        "id": "tenkyo-037",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague but addressed to hinode-sangyo-co.jp, a look-alike of the company's own domain (hyphen for a dot)",
        "charset": "iso-2022-jp",
        "sender": "福田 恭平 <fukuda.kyohei@hinode-sangyo.co.jp>",
        "to": ["三好 千晶 <miyoshi.chiaki@hinode-sangyo-co.jp>"],
        "subject": "名古屋着任者の転居先（宇佐美さん）",
        "body": """三好さん

名古屋支店の福田です。お疲れさまです。
宇佐美さんの新居が決まりましたので、社宅台帳への登録をお願いします。

　宇佐美 拓
　愛知県名古屋市昭和区御器所3-12-7 アーバン御器所502
　携帯 080-3385-6602
　入居日 6/29

よろしくお願いします。
""" + SIG_FUKUDA,
    },
    # 038 — IDN homoglyph of the partner mover
    {
        "id": "tenkyo-038",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain xn--oba-unyu-06g.co.jp is the IDN homoglyph 'аoba-unyu.co.jp' (Cyrillic а) of the partner mover",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["長峰 健吾 <nagamine.k@xn--oba-unyu-06g.co.jp>"],
        "subject": "Re: お見積書送付のご案内",
        "body": """長峰様

お世話になっております。三好です。
お見積書（見積番号 AU-25-03318）拝受いたしました。ありがとうございます。

社内決裁が下りましたら、注文書をお送りいたします。
なお、お支払い口座の変更のご案内については、念のため
御社の代表番号へ確認のお電話をさせていただきます。

よろしくお願いいたします。
""" + SIG_MIYOSHI,
    },
    # 039 — TLD swap of the partner hotel
    {
        "id": "tenkyo-039",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hotel.co.jp is the partner hotel sakura-hotel.jp with another TLD",
        "charset": "utf-8",
        "sender": "玉置 沙耶 <tamaki.saya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル梅田 <umeda@sakura-hotel.co.jp>"],
        "subject": "法人契約レートでの延泊のお願い",
        "body": """さくらホテル梅田 ご予約ご担当者様

いつもお世話になっております。日の出産業 大阪支店の玉置です。

現在ご宿泊中の弊社社員（予約番号 SKU-250612-0155）について、
社宅の入居日がずれ込んだため、6月20日から6月24日まで4泊の延長をお願いしたく存じます。
料金は法人契約レートでお願いいたします。

ご対応可否をご連絡いただけますと幸いです。
""" + SIG_TAMAKI,
    },
    # 040 — partner, correct domain (pass)
    {
        "id": "tenkyo-040",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "arrival notice for a seconded employee to the partner 北国フーズ at its correct domain; business contact only",
        "charset": "iso-2022-jp",
        "sender": "久我 真由美 <kuga.mayumi@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務部 西尾様 <nishio@kitaguni-foods.co.jp>"],
        "subject": "出向者の着任日について",
        "body": """北国フーズ株式会社
総務部 西尾様

いつもお世話になっております。日の出産業 人事部の久我です。

7月より御社札幌工場へ出向いたします帯刀ですが、
引越しの日程が確定し、7月1日（火）9時に着任いたします。

社宅は当社手配の物件に入居いたしますので、御社寮のご手配は不要です。
着任後の業務連絡は、当社貸与の携帯（080-9014-5526）または
当社アドレスにお願いいたします。

引き続きよろしくお願いいたします。
""" + SIG_KUGA,
    },
    # 041 — partner, seconded employee (pass)
    {
        "id": "tenkyo-041",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "asks the partner 川崎電機 for parking and a pass for a seconded employee; no personal data beyond a name",
        "charset": "cp932",
        "sender": "久我 真由美 <kuga.mayumi@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 <jinji@kawasaki-denki.co.jp>"],
        "subject": "出向者の通勤方法変更について（駐車場利用のお願い）",
        "body": """川崎電機株式会社
人事部 ご担当者様

お世話になっております。日の出産業の久我です。

御社川崎事業所へ出向中の小山内が転居により、
8月からマイカー通勤に切り替えることになりました。
つきましては、事業所の従業員駐車場を1台分お借りすることは可能でしょうか。

通勤手当（ガソリン代相当）は当社規程により当社から支給いたしますので、
御社での手当のご負担はございません。
駐車場利用の申請書式がございましたらお送りください。
""" + SIG_KUGA,
    },
    # 042 — xlsx with two sheets to the management company
    {
        "id": "tenkyo-042",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "xlsx with move-in (6) and move-out (4) sheets: names, birth dates, mobiles and family size of ten tenants, to the housing management company",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["ハウスリンク社宅サービス 契約課 <keiyaku@houselink-shataku.co.jp>"],
        "subject": "7月 社宅入退去予定のご連絡",
        "body": """ハウスリンク社宅サービス株式会社
契約課 ご担当者様

いつもお世話になっております。日の出産業の三好です。

7月の社宅入居予定者・退去予定者をExcelにまとめましたので、
契約手続きと解約予告をお願いいたします。

入居者の緊急連絡先は別途ワークフローから出力してお送りします。
""" + SIG_MIYOSHI,
        "attachments": [
            {"kind": "xlsx", "name": "2025年7月_入退去予定.xlsx",
             "sheets": {
                 "入居": [
                     ["入居予定者（2025年7月）", "", "", "", "", ""],
                     ["氏名", "生年月日", "携帯", "入居物件", "入居日", "同居家族"],
                     ["栗林 大地", "1990/05/11", "090-1284-3360", "レジデンス北目町702", "2025/06/28", 0],
                     ["蔵元 美沙", "1992/08/15", "070-2283-9915", "赤坂テラス305", "2025/06/29", 0],
                     ["帯刀 智也", "1987/04/21", "090-2047-5836", "円山ハイム403", "2025/06/28", 2],
                     ["冨永 佳奈", "1994/11/27", "090-8810-3349", "森下コート201", "2025/06/30", 0],
                     ["柘植 まどか", "1998/02/16", "070-1193-5542", "女池メゾン106", "2025/06/29", 0],
                     ["宇佐美 拓", "1991/06/18", "080-3385-6602", "アーバン御器所502", "2025/06/29", 1],
                 ],
                 "退去": [
                     ["退去予定者（2025年7月）"],
                     ["氏名", "生年月日", "携帯", "退去物件", "退去日"],
                     ["早乙女 茜", "1995/01/23", "080-4492-7031", "庄内ガーデン208", "2025/06/30"],
                     ["鬼塚 翔", "1997/03/29", "080-7731-0468", "本通ハイツ101", "2025/06/27"],
                     ["椎葉 玲", "1996/07/07", "080-9902-4751", "連坊パレス302", "2025/06/28"],
                     ["真壁 由紀", "1993/09/12", "080-6125-3390", "箱崎レジデンス605", "2025/06/28"],
                 ],
             }},
        ],
    },
    # 043 — residence card and passport to the immigration specialist
    {
        "id": "tenkyo-043",
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "foreign employee's residence card number and passport number, with birth date and new address, to an outside administrative scrivener",
        "charset": "utf-8",
        "sender": "岡部 理沙 <okabe.risa@hinode-sangyo.co.jp>",
        "to": ["グローバル行政書士事務所 <info@global-gyosei.jp>"],
        "subject": "在留カード住居地変更・在留期間更新のご相談（当社社員 NGUYEN様）",
        "body": """グローバル行政書士事務所
ご担当 先生

お世話になっております。日の出産業 人事部の岡部です。
大阪支店への異動に伴い転居した当社社員について、
住居地の届出後の在留期間更新の申請取次をお願いしたくご連絡しました。

　氏名：NGUYEN THI THU HA（グエン ティ トゥ ハ）
　生年月日：1994年3月12日
　国籍：ベトナム
　在留資格：技術・人文知識・国際業務（在留期限 2025年9月30日）
　在留カード番号：UH48207315CA
　旅券番号：C8841273
　新住所：大阪府大阪市淀川区西中島5-9-4-1207（6月14日 転入届済）

必要書類のリストをお送りいただけますでしょうか。
""" + SIG_OKABE,
    },
    # 044 — English mail to a relocation vendor, no personal data (pass)
    {
        "id": "tenkyo-044",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to a foreign relocation company about the scope of the standard package; no person's data",
        "charset": "utf-8",
        "sender": "岡部 理沙 <okabe.risa@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitcombe <d.whitcombe@pacrelo.com>"],
        "subject": "Scope of the standard inbound relocation package for FY2025",
        "body": """Dear Daniel,

Thank you for the call yesterday. As discussed, we would like the standard inbound
package for assignees coming to our Tokyo and Osaka offices to cover:

  - home search (up to two days, three to five viewings per day)
  - lease negotiation and signing on our corporate lease
  - utility set-up and resident registration accompaniment at the ward office
  - school search for families with children (up to three schools)
  - a half-day area orientation

Settling-in services beyond 30 days should be quoted separately. Could you send a
revised fee schedule by the end of next week? We expect around 8 to 10 assignees
this fiscal year.
""" + SIG_OKABE + "\n" + DISCLAIMER_EN,
    },
    # 045 — English, 5 assignees, three outside parties visible
    {
        "id": "tenkyo-045",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data", "external_recipients_visible", "multiple_external_domains"],
        "note": "five incoming assignees' birth dates, mobiles and private e-mails (one block each), sent to three outside organisations in To/Cc",
        "charset": "utf-8",
        "sender": "岡部 理沙 <okabe.risa@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitcombe <d.whitcombe@pacrelo.com>"],
        "cc": ["info@global-gyosei.jp", "Nichiei Travel Corporate Desk <corporate@nichiei-travel.co.jp>"],
        "subject": "Incoming assignees - October 2025 arrivals",
        "body": """Dear Daniel, dear colleagues,

Please find below the assignees arriving in October. Pacific Relocation will handle
the home search, Global Gyosei the residence procedures and Nichiei Travel the flights.

1) Marcus LINDQVIST
   Date of birth: 14 Feb 1986
   Mobile: +46 70 318 2264
   Private e-mail: m.lindqvist86@gmail.com
   Arrival: 3 Oct 2025, Tokyo office

2) Priya RAGHAVAN
   Date of birth: 2 Sep 1991
   Mobile: +91 98450 17723
   Private e-mail: priya.raghavan.work@outlook.com
   Arrival: 6 Oct 2025, Osaka office

3) Tomasz WIERZBICKI
   Date of birth: 27 Nov 1983
   Mobile: +48 601 442 918
   Private e-mail: t.wierzbicki@wp.pl
   Arrival: 10 Oct 2025, Tokyo office

4) Chloe DUBREUIL
   Date of birth: 19 Jun 1995
   Mobile: +33 6 71 28 40 55
   Private e-mail: chloe.dubreuil95@free.fr
   Arrival: 13 Oct 2025, Nagoya office

5) Ahmed EL-SAYED
   Date of birth: 8 Jan 1989
   Mobile: +20 100 448 2917
   Private e-mail: ahmed.elsayed.89@yahoo.com
   Arrival: 20 Oct 2025, Tokyo office
""" + SIG_OKABE,
    },
    # 046 — corrupt xlsx to the payroll outsourcer
    {
        "id": "tenkyo-046",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the address-change workbook sent to the payroll outsourcer is corrupt and cannot be read",
        "charset": "iso-2022-jp",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["payroll-support@tsubasa-system.jp"],
        "subject": "7月度 住所変更者一覧",
        "body": """ツバサシステム 給与サポートご担当者様

日の出産業 根岸です。
7月度の住所変更者一覧をお送りします。
ご確認のほどよろしくお願いいたします。
""" + SIG_NEGISHI,
        "attachments": [
            {"kind": "corrupt", "name": "住所変更者一覧_202507.xlsx"},
        ],
    },
    # 047 — protected PDF to the health-insurance society
    {
        "id": "tenkyo-047",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF of address-change notices to the health-insurance society cannot be inspected",
        "charset": "cp932",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["tekiyo@higashinihon-shoko-kenpo.or.jp"],
        "subject": "住所変更届（7月分）送付",
        "body": """東日本商工健康保険組合 適用課 御中

日の出産業株式会社の根岸です。
7月分の住所変更届をPDFで送付いたします。
パスワードは従来どおり事業所記号＋提出月です。

よろしくお願いいたします。
""" + SIG_NEGISHI,
        "attachments": [
            {"kind": "pdf", "name": "住所変更届_202507.pdf", "password": "412202507",
             "lines": ["健康保険 被保険者住所変更届", "事業所記号 412"],
             "table": [["氏名", "番号", "新住所"],
                       ["栗林 大地", "1102", "宮城県仙台市青葉区北目町4-7-702"]]},
        ],
    },
    # 048 — city hall, general inquiry (pass)
    {
        "id": "tenkyo-048",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general question to a city office about resident registration for a company dormitory; no individual",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["南沢市役所 市民課 <shimin@city.minamisawa.lg.jp>"],
        "subject": "社員寮入居者の転入届について（お問い合わせ）",
        "body": """南沢市役所 市民課 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 総務部の三好と申します。

今秋、貴市内（南沢5丁目）に単身者向けの社員寮（全24室）を開設いたします。
入居者の転入届に関して、以下の点をご教示いただけますでしょうか。

　1. 寮の各室を別世帯として届け出ることは可能か
　2. 方書（寮名・部屋番号）の記載方法
　3. 入居者がまとめて転入する場合、会社から事前にご連絡すべき事項の有無

入居は10月上旬に集中する見込みです。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MIYOSHI,
    },
    # 049 — My Numbers in a docx proxy form to the management company
    {
        "id": "tenkyo-049",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX power of attorney for a moving-in registration service lists the household with two My Numbers, sent to the management company",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["ハウスリンク 転入サポート <tennyu-support@houselink-shataku.co.jp>"],
        "subject": "転入手続サポートのお申込み（帯刀様世帯）",
        "body": """ハウスリンク社宅サービス
転入手続サポート ご担当者様

お世話になっております。日の出産業の三好です。
札幌へ赴任する帯刀の世帯について、転入手続サポートをお申込みいたします。
本人記入済みの委任状と世帯情報をWordでお送りします。
""" + SIG_MIYOSHI,
        "attachments": [
            {"kind": "docx", "name": "委任状_世帯情報_帯刀.docx",
             "paragraphs": [
                 "委　任　状",
                 "私は、ハウスリンク社宅サービス株式会社を代理人と定め、下記の転入手続に関する一切の権限を委任します。",
                 "転入先：北海道札幌市中央区北5条西20-2-11-403",
                 "前住所：東京都杉並区高円寺南2-8-13",
                 "令和7年6月20日　委任者 帯刀 智也",
             ],
             "tables": [[["続柄", "氏名", "生年月日", "個人番号"],
                         ["本人", "帯刀 智也", "昭和62年4月21日", my_number(SEED + 4)],
                         ["妻", "帯刀 紗良", "平成元年9月3日", my_number(SEED + 5)],
                         ["長女", "帯刀 こはる", "令和3年1月15日", "（カード未取得）"]]]},
        ],
    },
    # 050 — printer, business cards with branch contacts (pass)
    {
        "id": "tenkyo-050",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "business-card reprint order to the partner printer: transferees' names with their new branch addresses and switchboards (business contacts)",
        "charset": "iso-2022-jp",
        "sender": "玉置 沙耶 <tamaki.saya@hinode-sangyo.co.jp>",
        "to": ["錦印刷 名刺受付 <meishi@nishiki-insatsu.co.jp>"],
        "subject": "名刺作成のお願い（大阪支店 着任者3名）",
        "body": """錦印刷株式会社 名刺受付ご担当者様

いつもお世話になっております。日の出産業 大阪支店の玉置です。
7月着任者3名の名刺を各100枚お願いいたします。版は既存の大阪支店フォーマットで結構です。

1. 営業課 課長　一ノ瀬 薫
2. 営業課　　　 真壁 由紀
3. 業務課　　　 三角 弥生

所在地・電話（3名共通）
〒530-0004 大阪府大阪市北区堂島浜3-6-21　TEL 06-6344-2051（代表）

6月25日までに大阪支店着でお願いできますと幸いです。
""" + SIG_TAMAKI,
    },
    # 051 — HTML-only table to another mover
    {
        "id": "tenkyo-051",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of six employees' home addresses and mobiles for pick-up scheduling, to an outside mover",
        "charset": "utf-8",
        "sender": "福田 恭平 <fukuda.kyohei@hinode-sangyo.co.jp>",
        "to": ["熊谷エクスプレス 名古屋支店 <nagoya@kumagai-express.co.jp>"],
        "subject": "単身赴任者 荷物搬出スケジュール（10月異動分）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>熊谷エクスプレス株式会社<br>名古屋支店 御中</p>
<p>いつもお世話になっております。日の出産業 名古屋支店の福田です。<br>
10月異動の単身赴任者6名の搬出スケジュール案をお送りします。各人へのご連絡は直接お願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde7f3"><th>氏名</th><th>搬出元住所</th><th>携帯電話</th><th>搬出日</th><th>行先</th></tr>
<tr><td>梶ヶ谷 洋平</td><td>愛知県名古屋市緑区鳴海町字尾崎山43-12</td><td>090-2218-4470</td><td>9/27</td><td>仙台</td></tr>
<tr><td>薬師寺 圭</td><td>愛知県豊田市若宮町3-15-2-305</td><td>080-5573-1029</td><td>9/27</td><td>東京</td></tr>
<tr><td>尾ノ上 和哉</td><td>岐阜県岐阜市長住町6-8-1104</td><td>070-3382-6651</td><td>9/28</td><td>大阪</td></tr>
<tr><td>芦刈 光</td><td>愛知県一宮市本町4-11-9</td><td>090-9047-2213</td><td>9/28</td><td>広島</td></tr>
<tr><td>饗庭 美里</td><td>三重県四日市市安島2-3-17-802</td><td>080-1164-5390</td><td>9/29</td><td>福岡</td></tr>
<tr><td>勅使河原 潤</td><td>愛知県名古屋市天白区植田西1-22-6</td><td>090-6623-8814</td><td>9/29</td><td>札幌</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業(株) 名古屋支店 総務担当<br>福田 恭平<br>TEL 052-231-4408</p>
</body></html>""",
    },
    # 052 — text+HTML to a mover, one person (pass)
    {
        "id": "tenkyo-052",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one employee's pick-up address and mobile to the mover (text and HTML parts); a single record",
        "charset": "utf-8",
        "sender": "福田 恭平 <fukuda.kyohei@hinode-sangyo.co.jp>",
        "to": ["nagoya@kumagai-express.co.jp"],
        "subject": "追加1件（11月異動）搬出のお願い",
        "body": """熊谷エクスプレス 名古屋支店 御中

日の出産業 名古屋支店の福田です。追加で1件お願いします。

氏名：舟橋 佑介
搬出元：愛知県名古屋市港区港明2-4-30-601
携帯：080-4431-9926
搬出日：11/15（土）午前
行先：大阪（新居住所は決まり次第ご連絡します）

福田""",
        "html": """<html><body>
<p>熊谷エクスプレス 名古屋支店 御中</p>
<p>日の出産業 名古屋支店の福田です。追加で1件お願いします。</p>
<p><b>氏名</b>：舟橋 佑介<br><b>搬出元</b>：愛知県名古屋市港区港明2-4-30-601<br>
<b>携帯</b>：080-4431-9926<br><b>搬出日</b>：11/15（土）午前<br><b>行先</b>：大阪（新居住所は決まり次第ご連絡します）</p>
<p>福田</p></body></html>""",
    },
    # 053 — DC pension administrator, UTF-8 CSV with basic pension numbers
    {
        "id": "tenkyo-053",
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of nine DC-plan members' basic pension numbers, birth dates and new addresses to the record-keeper",
        "charset": "iso-2022-jp",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["ほしぞらDCサービス 事業主窓口 <jigyonushi@hoshizora-dc.co.jp>"],
        "subject": "確定拠出年金 加入者住所変更データ（2025年4月）",
        "body": """ほしぞらDCサービス株式会社
事業主窓口 ご担当者様

いつもお世話になっております。日の出産業株式会社（規約番号 DC-0377）の根岸です。
4月の加入者住所変更データをCSV（UTF-8）でお送りいたします。
フォーマットは御社指定の「加入者情報変更_v2」に合わせております。
""" + SIG_NEGISHI,
        "attachments": [
            {"kind": "csv", "name": "kanyusha_jusho_henko_202504.csv", "encoding": "utf-8",
             "rows": [
                 ["加入者番号", "氏名", "生年月日", "基礎年金番号", "郵便番号", "新住所", "変更日"],
                 ["0377-00418", "大串 和樹", "1988-02-14", "1203-558471", "980-0011", "宮城県仙台市青葉区上杉2-8-15-305", "2025-03-22"],
                 ["0377-00502", "鴨志田 恵", "1991-09-30", "3318-904226", "564-0063", "大阪府吹田市江坂町1-14-3-1102", "2025-03-24"],
                 ["0377-00297", "笹森 伸二", "1984-06-05", "6104-227385", "810-0022", "福岡県福岡市中央区薬院3-2-41-701", "2025-04-15"],
                 ["0377-00611", "仁科 亜由美", "1993-12-19", "2057-631940", "464-0850", "愛知県名古屋市千種区今池4-9-22-803", "2025-03-29"],
                 ["0377-00233", "百目鬼 修", "1980-03-08", "4471-085612", "064-0807", "北海道札幌市中央区南7条西11-3-5-902", "2025-03-27"],
                 ["0377-00688", "安里 拓真", "1993-08-27", "1896-402357", "730-0843", "広島県広島市中区舟入町8-17", "2025-03-23"],
                 ["0377-00451", "五味 早苗", "1990-10-24", "3740-119682", "420-0839", "静岡県静岡市葵区鷹匠2-6-9-404", "2025-03-26"],
                 ["0377-00539", "猪狩 慎太郎", "1989-07-01", "5216-773041", "950-0088", "新潟県新潟市中央区万代4-1-33", "2025-03-28"],
                 ["0377-00702", "廣中 結衣", "1996-02-08", "2289-560714", "252-0303", "神奈川県相模原市南区相模大野7-3-2-1005", "2025-04-01"],
             ]},
        ],
    },
    # 054 — group life insurer, two insured (pass)
    {
        "id": "tenkyo-054",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "address change of two insured employees to the group life insurer; under five people",
        "charset": "iso-2022-jp",
        "sender": "蓮見 拓郎 <hasumi.takuro@hinode-sangyo.co.jp>",
        "to": ["やまなみ生命 団体保険課 <dantai@yamanami-life.co.jp>"],
        "subject": "団体定期保険 被保険者住所変更（2名）",
        "body": """やまなみ生命保険株式会社
団体保険課 ご担当者様

いつもお世話になっております。日の出産業 総務部の蓮見です。
団体定期保険（団体番号 Y-20417）の被保険者2名について、住所変更をお届けします。

・早乙女 茜　　新住所：東京都三鷹市下連雀3-28-5-203
・宇佐美 拓　　新住所：愛知県名古屋市昭和区御器所3-12-7-502

変更届の用紙が必要でしたらご送付ください。
""" + SIG_HASUMI,
    },
    # 055 — group insurer, hospitalised employee (sensitive)
    {
        "id": "tenkyo-055",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tells the insurer a named employee is hospitalised after a stroke and gives the hospital and new family address: medical information",
        "charset": "utf-8",
        "sender": "蓮見 拓郎 <hasumi.takuro@hinode-sangyo.co.jp>",
        "to": ["dantai@yamanami-life.co.jp"],
        "subject": "書類送付先の変更について（団体医療保険）",
        "body": """やまなみ生命 団体保険課 ご担当者様

お世話になっております。日の出産業の蓮見です。

団体医療保険に加入している当社社員 四十物 剛（あいもの つよし）について、
転居直後の5月に脳梗塞で倒れ、現在も入院中です（リハビリ病院へ転院予定）。
入院給付金の請求書類について、ご家族が手続きされるため、
送付先を下記の新居（ご家族在住）に変更していただけますでしょうか。

　送付先：埼玉県所沢市緑町1-5-14　四十物 由香里 様（妻）

診断書の取得時期についてもご教示いただけると助かります。
""" + SIG_HASUMI,
    },
    # 056 — xlsx header 部外秘 (marking)
    {
        "id": "tenkyo-056",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "xlsx transfer-plan counts carry the classification 部外秘 in the page header and title row, sent to the management company",
        "charset": "cp932",
        "sender": "久我 真由美 <kuga.mayumi@hinode-sangyo.co.jp>",
        "to": ["坂巻様 <sakamaki@houselink-shataku.co.jp>"],
        "subject": "下期 社宅需要の見込み（拠点別）",
        "body": """坂巻様

お世話になっております。日の出産業 人事部の久我です。
下期の社宅需要見込みを拠点別にまとめました。
空室確保のご準備にお役立てください。
""" + SIG_KUGA,
        "attachments": [
            {"kind": "xlsx", "name": "下期社宅需要見込み.xlsx", "page_header": "部外秘",
             "sheets": {"拠点別": [
                 ["【部外秘】2025年度下期 異動計画に基づく社宅需要見込み"],
                 ["拠点", "転入（単身）", "転入（世帯）", "転出", "差引"],
                 ["本社", 9, 4, 11, 2],
                 ["大阪", 5, 2, 4, 3],
                 ["名古屋", 3, 1, 3, 1],
                 ["仙台", 2, 1, 1, 2],
                 ["福岡", 3, 0, 2, 1],
                 ["札幌", 1, 1, 2, 0],
             ]}},
        ],
    },
    # 057 — ordinary mail with the standard disclaimer (pass)
    {
        "id": "tenkyo-057",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thanks the agent for a contract and asks about fees; ends with the standard confidentiality disclaimer, which is not a marking",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["鳴海様 <narumi.s@toto-fudosan.co.jp>"],
        "subject": "赤坂テラス305号室 ご契約の御礼",
        "body": """鳴海様

お世話になっております。三好です。
このたびは赤坂テラス305号室のご契約にあたり、迅速にご対応いただきありがとうございました。
契約書の原本、本日受領いたしました。

仲介手数料の請求書は、契約月の月末締めで総務部宛にお送りください。
振込は翌月末となります。

今後ともよろしくお願いいたします。
""" + SIG_MIYOSHI + "\n" + DISCLAIMER_JA,
    },
    # 058 — word 社外秘 mentioned, not a stamp (pass)
    {
        "id": "tenkyo-058",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "says an internal rule is 社外秘 and therefore not attached; the mail itself carries no classification",
        "charset": "iso-2022-jp",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["相良様 <sagara@minato-sr.jp>"],
        "subject": "Re: 通勤手当の支給基準についてのご質問",
        "body": """相良様

お世話になっております。根岸です。
ご質問の通勤手当支給基準ですが、社内規程そのものは社外秘の扱いのため
お送りできないのですが、要点は以下のとおりです。

　・原則として最も経済的かつ合理的な経路の6ヶ月定期代を支給
　・片道2km未満は支給対象外
　・マイカー通勤は距離区分に応じた定額（非課税限度額の範囲内）
　・転居による経路変更は、転居日の属する月の翌月から新経路で支給

規程の条文の確認が必要でしたら、御社にお越しいただいた際にご覧いただけます。
""" + SIG_NEGISHI,
    },
    # 059 — plain ZIP with a CSV of 7 commute applications
    {
        "id": "tenkyo-059",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "unencrypted ZIP holding a CSV of seven employees' home addresses and commute routes, uploaded by mail to a commute-management SaaS vendor",
        "charset": "utf-8",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["ルートパス 導入支援 <onboarding@routepass.jp>"],
        "subject": "初期データ（通勤経路）送付の件",
        "body": """株式会社ルートパス
導入支援チーム ご担当者様

お世話になっております。日の出産業の根岸です。
試験導入の初期データとして、本社所属の転居者7名分の通勤経路データを
ZIPでお送りします。取込結果をご連絡いただけますと幸いです。
""" + SIG_NEGISHI,
        "attachments": [
            {"kind": "zip", "name": "routepass_initial_data.zip",
             "files": [
                 {"kind": "csv", "name": "tsukin_keiro.csv", "encoding": "cp932",
                  "rows": [
                      ["社員番号", "氏名", "自宅住所", "自宅最寄駅", "経路", "勤務地最寄駅"],
                      ["H12544", "濱砂 理恵", "東京都中野区野方5-12-8-201", "野方", "西武新宿線→JR中央線", "神田"],
                      ["H07725", "四十物 剛", "埼玉県所沢市緑町1-5-14", "新所沢", "西武新宿線→JR山手線", "神田"],
                      ["H13390", "廣中 結衣", "神奈川県相模原市南区相模大野7-3-2-1005", "相模大野", "小田急線→千代田線→JR", "神田"],
                      ["H10118", "樫村 俊", "東京都町田市森野2-25-11", "町田", "小田急線→JR", "神田"],
                      ["H12877", "川越 奈央", "東京都板橋区成増2-31-4-102", "成増", "東武東上線→丸ノ内線", "淡路町"],
                      ["H09341", "乙部 浩司", "千葉県市川市八幡3-8-16-703", "本八幡", "JR総武線", "秋葉原"],
                      ["H11902", "辻元 晴香", "東京都杉並区阿佐谷南1-33-5-301", "阿佐ケ谷", "JR中央線", "神田"],
                  ]},
                 {"kind": "txt", "name": "readme.txt", "text": "文字コード：Shift_JIS\n経路は申請時点のもの\n"},
             ]},
        ],
    },
    # 060 — plain ZIP of blank forms (pass)
    {
        "id": "tenkyo-060",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of blank application forms and a fee table for the management company; no person's data",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["keiyaku@houselink-shataku.co.jp"],
        "subject": "社宅関係 申請様式一式（新様式）",
        "body": """ハウスリンク社宅サービス 契約課 ご担当者様

お世話になっております。日の出産業の三好です。
7月から使用する社宅関係の申請様式（空欄）と入居者負担額の早見表をお送りします。
入居者へのご案内時にご利用ください。
""" + SIG_MIYOSHI,
        "attachments": [
            {"kind": "zip", "name": "shataku_yoshiki_2025.zip",
             "files": [
                 {"kind": "docx", "name": "社宅入居申請書.docx",
                  "paragraphs": ["社宅入居申請書", "申請日：　　年　　月　　日", "氏名：", "所属：", "入居希望日："]},
                 {"kind": "docx", "name": "社宅退去届.docx",
                  "paragraphs": ["社宅退去届", "退去予定日：　　年　　月　　日", "氏名：", "鍵返却本数："]},
                 {"kind": "pdf", "name": "入居者負担額早見表.pdf",
                  "lines": ["入居者負担額 早見表（2025年7月改定）"],
                  "table": [["基準家賃", "単身（20%）", "世帯（15%）"],
                            ["80,000円", "16,000円", "12,000円"],
                            ["110,000円", "22,000円", "16,500円"],
                            ["150,000円", "-", "22,500円"]]},
             ]},
        ],
    },
    # 061 — attached mail with dependants' insurance numbers
    {
        "id": "tenkyo-061",
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forwards, as an attached .eml, an employee's mail giving his dependants' health insurance card numbers and birth dates to the labour attorney",
        "charset": "iso-2022-jp",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["相良様 <sagara@minato-sr.jp>"],
        "subject": "FW: 転居に伴う扶養家族の住所変更について（笹森）",
        "body": """相良様

お世話になっております。根岸です。
社員本人から届いたメールを添付で転送します。
被扶養者の住所変更（別居→同居）の届出をお願いできますでしょうか。
""" + SIG_NEGISHI,
        "attachments": [
            {"kind": "eml", "name": "転居に伴う扶養家族の住所変更について.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "笹森 伸二 <sasamori.shinji@hinode-sangyo.co.jp>",
                 "to": ["根岸 航 <negishi.wataru@hinode-sangyo.co.jp>"],
                 "subject": "転居に伴う扶養家族の住所変更について",
                 "body": """根岸さん

福岡営業所の笹森です。お世話になります。
家族が4月15日に合流しましたので、扶養家族の住所変更をお願いします。

妻　笹森 千春　昭和63年2月11日生　保険証 記号412 番号1133-02
長男 笹森 陽翔　平成28年6月30日生　保険証 記号412 番号1133-03

新住所はいずれも本人と同じ
福岡県福岡市中央区薬院3-2-41-701 です。

よろしくお願いします。
笹森""",
             }},
        ],
    },
    # 062 — attached mail, business only (pass)
    {
        "id": "tenkyo-062",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forwards the management company's settlement mail (amounts, room number) to the restoration contractor; no person's data",
        "charset": "cp932",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["リペアホーム 工事課 <koji@repairhome.co.jp>"],
        "subject": "FW: 退去精算のご案内（パークサイド浦和402）",
        "body": """リペアホーム株式会社 工事課 ご担当者様

お世話になっております。日の出産業の三好です。
管理会社からの退去精算案内を添付します。
クロス張替えの範囲が御社お見積りと異なるようですので、ご確認いただけますか。
""" + SIG_MIYOSHI,
        "attachments": [
            {"kind": "eml", "name": "退去精算のご案内.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "ハウスリンク 退去担当 <taikyo@houselink-shataku.co.jp>",
                 "to": ["三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>"],
                 "subject": "退去精算のご案内（パークサイド浦和402）",
                 "body": """日の出産業株式会社 総務部 三好様

パークサイド浦和402号室の退去精算をご案内いたします。

　クロス張替え（LDK・洋室1）　　 86,400円
　ハウスクリーニング　　　　　　 45,000円
　エアコン洗浄（2台）　　　　　　22,000円
　合計（税込）　　　　　　　　　153,400円
　うち貸主負担（経年劣化分）　　▲41,000円
　ご請求額　　　　　　　　　　 112,400円

敷金との相殺後の精算書を別途郵送いたします。
ハウスリンク社宅サービス 退去担当""",
             }},
        ],
    },
    # 063 — DOCX application listing a family of five
    {
        "id": "tenkyo-063",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX lease application table with five household members' names and birth dates (plus the tenant's address and phone) to an outside agent",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["東都不動産 鳴海様 <narumi.s@toto-fudosan.co.jp>"],
        "subject": "入居申込書（法人契約）の送付：広島 段原の物件",
        "body": """鳴海様

お世話になっております。三好です。
広島の段原の物件について、入居申込書をお送りします。
入居者は当社社員の神保とその家族（計5名）です。
""" + SIG_MIYOSHI,
        "attachments": [
            {"kind": "docx", "name": "入居申込書_神保.docx",
             "paragraphs": [
                 "入居申込書（法人契約）",
                 "契約者：日の出産業株式会社　代表取締役 有馬 宗一郎",
                 "物件：ソレイユ段原 702号室",
                 "入居者代表　現住所：兵庫県尼崎市塚口町1-18-9　携帯：090-4478-2206",
             ],
             "tables": [[["続柄", "氏名", "フリガナ", "生年月日", "職業・学校"],
                         ["本人", "神保 大輔", "ジンボ ダイスケ", "S63.12.30", "日の出産業 広島営業所"],
                         ["妻", "神保 詩織", "ジンボ シオリ", "H2.4.17", "パート"],
                         ["長男", "神保 蒼", "ジンボ アオイ", "H30.8.2", "小学1年"],
                         ["次男", "神保 湊", "ジンボ ミナト", "R2.11.25", "保育園"],
                         ["母", "神保 富美子", "ジンボ フミコ", "S33.3.9", "無職"]]]},
        ],
    },
    # 064 — DOCX application for two people (pass)
    {
        "id": "tenkyo-064",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "lease application for an employee and spouse (two people) to a local agent; under five records",
        "charset": "utf-8",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["すみかエステート 賃貸部 <chintai@sumika-estate.co.jp>"],
        "subject": "入居申込書の送付（吹田市江坂町 1102号室）",
        "body": """すみかエステート株式会社
賃貸部 ご担当者様

お世話になっております。日の出産業 総務部の三好です。
ご紹介いただいた江坂の物件につき、入居申込書をお送りいたします。
審査結果のご連絡をお待ちしております。
""" + SIG_MIYOSHI,
        "attachments": [
            {"kind": "docx", "name": "入居申込書_鴨志田.docx",
             "paragraphs": ["入居申込書", "物件名：江坂グランデ 1102号室", "契約者：日の出産業株式会社"],
             "tables": [[["", "入居者", "同居人"],
                         ["氏名", "鴨志田 恵", "鴨志田 航平"],
                         ["生年月日", "1991年9月30日", "1990年5月6日"],
                         ["続柄", "本人", "夫"],
                         ["携帯", "080-5521-9087", "090-3362-7148"],
                         ["現住所", "東京都練馬区豊玉北4-27-9", "同左"]]]},
        ],
    },
    # 065 — PPTX with 社外秘 footer
    {
        "id": "tenkyo-065",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX on the housing benefit scheme whose slides carry a 社外秘 footer, sent to an outside relocation vendor",
        "charset": "iso-2022-jp",
        "sender": "岡部 理沙 <okabe.risa@hinode-sangyo.co.jp>",
        "to": ["d.whitcombe@pacrelo.com"],
        "subject": "社宅・赴任手当制度の概要資料（日本語版）",
        "body": """Whitcombe様

お世話になっております。日の出産業の岡部です。
先日ご依頼いただいた当社の社宅・赴任手当制度の概要資料（日本語版）をお送りします。
英訳版は来週お送りします。
""" + SIG_OKABE,
        "attachments": [
            {"kind": "pptx", "name": "社宅赴任手当制度概要.pptx", "page_footer": "社外秘　日の出産業株式会社 人事部",
             "slides": [
                 ["社宅・赴任手当制度の概要", "2025年度版", "人事部 グローバルモビリティ"],
                 ["借上社宅", "基準家賃の80〜85％を会社負担", "契約は法人名義"],
                 ["赴任手当", "単身赴任手当 月額45,000円", "帰省旅費 月2回まで実費"],
                 ["引越し", "指定業者のおまかせパック", "自家用車陸送は1台まで会社負担"],
             ]},
        ],
    },
    # 066 — PPTX without marking (pass)
    {
        "id": "tenkyo-066",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX describing the rental-furniture ordering flow sent to the vendor; process only, no people, no marking",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["idogawa@roomstart-rental.jp"],
        "subject": "家具家電レンタル 発注フロー（案）",
        "body": """井戸川様

お世話になっております。三好です。
来月からの発注フロー案を作成しましたのでお送りします。
4枚目の「返却時の立会い」について、御社側の運用と合っているかご確認ください。
""" + SIG_MIYOSHI,
        "attachments": [
            {"kind": "pptx", "name": "発注フロー案_ルームスタート.pptx",
             "slides": [
                 ["家具家電レンタル 発注フロー（案）", "日の出産業 総務部"],
                 ["1. 発注", "総務部が赴任決定後にWebで発注", "配送先は社宅住所"],
                 ["2. 配送", "入居日の午前中に配送・設置", "立会いは赴任者本人"],
                 ["3. 返却", "退去日の3日前までに回収", "立会いは管理会社または総務部"],
             ]},
        ],
    },
    # 067 — legacy XLS export to the attorney
    {
        "id": "tenkyo-067",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "legacy .xls export of ten employees' birth dates, new addresses and phones sent to the labour attorney",
        "charset": "cp932",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["sagara@minato-sr.jp"],
        "subject": "住所変更者リスト（旧給与システム出力）",
        "body": """相良様

根岸です。お世話になっております。
旧給与システムから出力した住所変更者リスト（1〜3月分）をお送りします。
旧システムのため .xls 形式となっております。ご容赦ください。
""" + SIG_NEGISHI,
        "attachments": [
            {"kind": "xls", "name": "JUSHO_HENKO_Q1.xls",
             "sheets": {"DATA": [
                 ["SHAIN_NO", "SHIMEI", "SEINENGAPPI", "JUSHO", "TEL", "HENKO_BI"],
                 ["H06612", "綿貫 弘樹", "19760922", "東京都府中市宮西町2-8-14", "042-361-7725", "20250112"],
                 ["H08127", "石動 麻衣", "19850318", "神奈川県藤沢市鵠沼橘1-17-3-502", "0466-25-4419", "20250119"],
                 ["H09903", "八木橋 徹", "19880704", "埼玉県上尾市柏座3-6-21", "048-772-3380", "20250201"],
                 ["H10774", "汐見 千夏", "19910116", "千葉県柏市明原2-14-9-303", "04-7144-2296", "20250208"],
                 ["H11206", "雲野 健太", "19921230", "東京都調布市布田5-31-2", "090-3317-8862", "20250215"],
                 ["H07390", "木佐貫 直子", "19810505", "東京都葛飾区金町6-4-18", "03-3607-1154", "20250222"],
                 ["H12031", "鮫島 亮", "19950811", "神奈川県横浜市青葉区青葉台1-22-7-1101", "080-6671-3029", "20250301"],
                 ["H08865", "仲宗根 紀子", "19860227", "東京都目黒区中町2-40-6", "070-5528-9901", "20250308"],
                 ["H13557", "菱沼 翼", "19990613", "埼玉県朝霞市本町1-9-11-205", "090-7716-0458", "20250315"],
                 ["H05549", "東海林 稔", "19710430", "千葉県習志野市谷津5-2-33", "047-475-6612", "20250329"],
             ]}},
        ],
    },
    # 068 — three movers in To for quotes
    {
        "id": "tenkyo-068",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "quote request sent with three competing movers all in To: three outside organisations see each other (should have been Bcc)",
        "charset": "iso-2022-jp",
        "sender": "福田 恭平 <fukuda.kyohei@hinode-sangyo.co.jp>",
        "to": ["nagoya-hikkoshi@aoba-unyu.co.jp", "nagoya@kumagai-express.co.jp", "hojin@himawari-hikkoshi.co.jp"],
        "subject": "【相見積りのお願い】名古屋→札幌 世帯引越し1件",
        "body": """各社 ご担当者様

いつもお世話になっております。日の出産業 名古屋支店の福田です。
下記条件で相見積りをお願いいたします。

　区間　：愛知県名古屋市 → 北海道札幌市
　世帯　：大人2名・子ども1名（3LDK相当）
　時期　：9月下旬（搬出9/27〜9/29のいずれか）
　その他：自家用車1台の陸送、エアコン2台の脱着

9月5日（金）までにご提出ください。
""" + SIG_FUKUDA,
    },
    # 069 — same kind of request done right, Bcc (pass)
    {
        "id": "tenkyo-069",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quote request with the three movers in Bcc and only the sender in To: nobody outside sees anyone else",
        "charset": "utf-8",
        "sender": "福田 恭平 <fukuda.kyohei@hinode-sangyo.co.jp>",
        "to": ["福田 恭平 <fukuda.kyohei@hinode-sangyo.co.jp>"],
        "bcc": ["nagoya-hikkoshi@aoba-unyu.co.jp", "nagoya@kumagai-express.co.jp", "hojin@himawari-hikkoshi.co.jp"],
        "subject": "【相見積りのお願い】名古屋→大阪 単身引越し2件",
        "body": """引越事業者 各位（BCCにて失礼いたします）

日の出産業 名古屋支店の福田です。
下記2件の単身引越しについて、お見積りをお願いいたします。

　1件目：名古屋市中区 → 大阪市淀川区　1Kの荷物量　10/18（土）搬出
　2件目：名古屋市天白区 → 大阪市北区　1LDKの荷物量　10/19（日）搬出

詳しいご住所は受注業者様にのみお伝えします。
9月26日（金）までにお見積りをお送りください。
""" + SIG_FUKUDA,
    },
    # 070 — two private addresses and a mover in To/Cc
    {
        "id": "tenkyo-070",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "two transferees' private addresses plus the mover in To/Cc: three outside parties see each other",
        "charset": "iso-2022-jp",
        "sender": "玉置 沙耶 <tamaki.saya@hinode-sangyo.co.jp>",
        "to": ["mahoro.sansumi@gmail.com", "tokusa.satoshi@ezweb.ne.jp"],
        "cc": ["ひまわり引越センター 大阪営業所 <osaka@himawari-hikkoshi.co.jp>"],
        "subject": "引越し当日の流れについて",
        "body": """三角さん、木賊さん
（CC：ひまわり引越センター様）

大阪支店の玉置です。個人アドレスに失礼します。
6/29の引越し当日の流れをお知らせします。

　8:30　作業員到着・養生
　9:00〜12:00　梱包・搬出
　翌日午前　新居へ搬入

ダンボールは前日までにご自宅に届きます。
貴重品・現金は必ずご自身でお持ちください。
""" + SIG_TAMAKI,
    },
    # 071 — mover plus one private address (pass)
    {
        "id": "tenkyo-071",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient", "multiple_external_domains"],
        "note": "the mover in To and the transferee's own private address in Cc (two outside parties); only that transferee's own new address",
        "charset": "cp932",
        "sender": "福田 恭平 <fukuda.kyohei@hinode-sangyo.co.jp>",
        "to": ["nagoya@kumagai-express.co.jp"],
        "cc": ["舟橋 佑介 <funahashi.y@softbank.ne.jp>"],
        "subject": "Re: 追加1件（11月異動）新居住所のご連絡",
        "body": """熊谷エクスプレス 名古屋支店 御中
（CC：舟橋さん）

福田です。舟橋の新居住所が決まりましたのでお知らせします。

　新居：大阪府大阪市淀川区宮原1-6-22 リバーサイド新大阪904
　当日連絡先：080-4431-9926（本人）

搬入は11/16（日）午前でお願いします。
舟橋さん、当日の立会いをよろしくお願いします。
""" + SIG_FUKUDA,
    },
    # 072 — driver's licence to the parking operator
    {
        "id": "tenkyo-072",
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "driver's licence number with 和暦 birth date sent to a parking operator for a company-flat parking contract",
        "charset": "iso-2022-jp",
        "sender": "蓮見 拓郎 <hasumi.takuro@hinode-sangyo.co.jp>",
        "to": ["パーク管理サービス 契約センター <keiyaku@park-kanri.co.jp>"],
        "subject": "月極駐車場 法人契約（ソレイユ段原 敷地内）",
        "body": """パーク管理サービス株式会社
契約センター ご担当者様

お世話になっております。日の出産業 総務部の蓮見です。
ソレイユ段原 敷地内駐車場（区画No.14）を法人契約でお借りしたく、
利用者の情報をお送りします。

　利用者　　：神保 大輔
　生年月日　：昭和63年12月30日
　免許証番号：６２０８１４３３９０７１
　車両　　　：トヨタ ノア（白）　名古屋 330 ろ 52-07（10月に広島ナンバーへ変更予定）
　利用開始　：2025年10月1日

契約書類は当社総務部宛にお送りください。
""" + SIG_HASUMI,
    },
    # 073 — parking, vehicle details only (pass)
    {
        "id": "tenkyo-073",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "vehicle plate change for a corporate parking contract; contract number and car, no personal identifiers",
        "charset": "iso-2022-jp",
        "sender": "蓮見 拓郎 <hasumi.takuro@hinode-sangyo.co.jp>",
        "to": ["keiyaku@park-kanri.co.jp"],
        "subject": "契約番号 PK-77310 車両ナンバー変更のお届け",
        "body": """パーク管理サービス 契約センター ご担当者様

日の出産業の蓮見です。
契約番号 PK-77310（ソレイユ段原 区画No.14）の登録車両について、
住所変更に伴いナンバーが変わりましたのでお届けします。

　旧：名古屋 330 ろ 52-07
　新：広島 330 さ 81-44
　車種・色：変更なし

よろしくお願いいたします。
""" + SIG_HASUMI,
    },
    # 074 — employee's card number to the mover
    {
        "id": "tenkyo-074",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "an employee's own credit card number (full-width digits) relayed to the mover for the self-paid part of the move",
        "charset": "utf-8",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["長峰 健吾 <nagamine.k@aoba-unyu.co.jp>"],
        "subject": "自己負担分（ピアノ輸送）のお支払いについて",
        "body": f"""長峰様

お世話になっております。三好です。
鴨志田さんのピアノ輸送費（自己負担分 48,400円）について、
本人からカード払いを希望すると連絡があり、カード情報を預かっております。

　カード名義：MEGUMI KAMOSHIDA
　カード番号：{_zen(_card(card_number(SEED + 102)))}
　有効期限　：１１／２７

お手数ですが、決済完了後に本人宛の領収書をお送りください。
""" + SIG_MIYOSHI,
    },
    # 075 — tab-separated list of 8 travellers
    {
        "id": "tenkyo-075",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of eight transferees' names, ages and mobiles for relocation train tickets, to a travel agency",
        "charset": "iso-2022-jp",
        "sender": "久我 真由美 <kuga.mayumi@hinode-sangyo.co.jp>",
        "to": ["日栄トラベル 法人デスク <corporate@nichiei-travel.co.jp>"],
        "subject": "赴任旅行の手配依頼（10月異動・8名）",
        "body": """日栄トラベル株式会社
法人デスク ご担当者様

お世話になっております。日の出産業 人事部の久我です。
10月異動者の赴任のための新幹線・航空券の手配をお願いいたします。

氏名	年齢	携帯	出発	到着	希望日
梶ヶ谷 洋平	34	090-2218-4470	名古屋	仙台	9/30
薬師寺 圭	29	080-5573-1029	名古屋	東京	9/30
尾ノ上 和哉	41	070-3382-6651	名古屋	新大阪	9/30
芦刈 光	26	090-9047-2213	名古屋	広島	9/29
饗庭 美里	31	080-1164-5390	名古屋	博多	9/29
勅使河原 潤	38	090-6623-8814	中部	新千歳	9/30
舟木 朋美	27	080-3302-7715	東京	名古屋	9/30
相楽 栄一	45	090-5580-6231	新大阪	名古屋	10/1

いずれも片道・普通車指定席（航空券はエコノミー）でお願いします。
請求は人事部宛にまとめてお送りください。
""" + SIG_KUGA,
    },
    # 076 — rental furniture price question (pass)
    {
        "id": "tenkyo-076",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price-list request to the rental-furniture vendor; business only",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["ルームスタート 営業部 <sales@roomstart-rental.jp>"],
        "subject": "法人向け料金表のご送付のお願い",
        "body": """株式会社ルームスタート 営業部 御中

お世話になっております。日の出産業の三好です。
来期の予算策定のため、法人向けプランの最新料金表をお送りいただけますでしょうか。

特に以下の点を確認させてください。
　・単身Aセットの6ヶ月・12ヶ月・24ヶ月の月額
　・北海道・沖縄の配送追加料金
　・中途解約時の違約金の算定方法

よろしくお願いいたします。
""" + SIG_MIYOSHI,
    },
    # 077 — religion, to the real estate agent
    {
        "id": "tenkyo-077",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "asks the agent for a flat near a mosque because the named employee is a practising Muslim: religion is 要配慮個人情報",
        "charset": "utf-8",
        "sender": "岡部 理沙 <okabe.risa@hinode-sangyo.co.jp>",
        "to": ["すみかエステート 賃貸部 <chintai@sumika-estate.co.jp>"],
        "subject": "物件探しのご依頼（大阪・外国籍社員1名）",
        "body": """すみかエステート 賃貸部 ご担当者様

お世話になっております。日の出産業 人事部の岡部です。
10月に大阪支店へ着任する当社社員 Ahmed EL-SAYED さんの住まい探しをお願いします。

エルサイードさんはイスラム教徒で、毎日の礼拝と金曜礼拝のため、
大阪市内のモスク（西区・中央区あたり）に通いやすいエリアを希望されています。
また、ハラール食材を扱う店が近くにあると助かるとのことです。

　間取り：1LDK　賃料上限：100,000円（法人契約）
　入居希望：10月15日頃
　英語での内見対応が可能な担当者様だと大変ありがたいです。

よろしくお願いいたします。
""" + SIG_OKABE,
    },
    # 078 — arrest, to the management company
    {
        "id": "tenkyo-078",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "tells the management company a named tenant was arrested: criminal record / arrest is 要配慮個人情報",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["坂巻様 <sakamaki@houselink-shataku.co.jp>"],
        "subject": "【ご相談】社宅入居者の退去について（至急）",
        "body": """坂巻様

お世話になっております。三好です。
急ぎご相談させてください。

社宅「本通ハイツ103号室」の入居者である当社社員 鏑木 剛史が、
先週末、傷害の容疑で北警察署に逮捕されました。
会社としての処分は未定ですが、勾留が長引く見込みのため、
社宅の取扱い（退去手続き・残置物の扱い）についてご相談したく存じます。

本件は社内でも限られた者しか把握しておりませんので、
御社内でもご担当の方のみでのお取扱いをお願いいたします。
明日お電話させていただいてもよろしいでしょうか。
""" + SIG_MIYOSHI,
    },
    # 079 — statistics to the health-insurance society (pass)
    {
        "id": "tenkyo-079",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "counts of insured members by prefecture after the transfers; aggregate figures only",
        "charset": "cp932",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["東日本商工健康保険組合 保健事業課 <hoken@higashinihon-shoko-kenpo.or.jp>"],
        "subject": "Re: 都道府県別 被保険者数のご照会",
        "body": """東日本商工健康保険組合 保健事業課 ご担当者様

お世話になっております。日の出産業の根岸です。
ご照会の件、2025年7月1日時点の居住地別の被保険者数は以下のとおりです。

　東京都　　　412名
　神奈川県　　138名
　埼玉県　　　 97名
　千葉県　　　 74名
　大阪府　　　 66名
　愛知県　　　 41名
　その他　　　 83名
　合計　　　　911名

健診機関の配置のご検討にお役立てください。
""" + SIG_NEGISHI,
    },
    # 080 — UTF-8 (BOM) CSV with health insurance numbers, 11 rows
    {
        "id": "tenkyo-080",
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV of eleven insured members and dependants with health insurance card symbol/number, birth dates and new addresses, to the insurance society",
        "charset": "iso-2022-jp",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["tekiyo@higashinihon-shoko-kenpo.or.jp"],
        "subject": "住所変更（被扶養者含む）一括届出データ 2025年10月",
        "body": """東日本商工健康保険組合 適用課 御中

日の出産業（事業所記号412）の根岸です。
10月異動者の住所変更データ（被扶養者を含む）をお送りします。
電子届出の一括登録用フォーマットに合わせております。
""" + SIG_NEGISHI,
        "attachments": [
            {"kind": "csv", "name": "412_jusho_henko_202510.csv", "encoding": "utf-8-sig",
             "rows": [
                 ["記号", "番号", "枝番", "氏名", "続柄", "生年月日", "新住所"],
                 ["412", "1207", "00", "梶ヶ谷 洋平", "本人", "1991-03-02", "宮城県仙台市宮城野区榴岡3-4-18-601"],
                 ["412", "1207", "01", "梶ヶ谷 里奈", "妻", "1992-07-25", "宮城県仙台市宮城野区榴岡3-4-18-601"],
                 ["412", "1207", "02", "梶ヶ谷 颯", "子", "2020-12-09", "宮城県仙台市宮城野区榴岡3-4-18-601"],
                 ["412", "1315", "00", "薬師寺 圭", "本人", "1996-05-14", "東京都墨田区錦糸3-9-2-1203"],
                 ["412", "0988", "00", "尾ノ上 和哉", "本人", "1984-01-30", "大阪府大阪市西区江戸堀2-7-15-805"],
                 ["412", "0988", "01", "尾ノ上 祥子", "妻", "1986-10-11", "大阪府大阪市西区江戸堀2-7-15-805"],
                 ["412", "1402", "00", "芦刈 光", "本人", "1999-04-06", "広島県広島市中区白島北町6-21"],
                 ["412", "1288", "00", "饗庭 美里", "本人", "1994-08-22", "福岡県福岡市博多区住吉2-13-5-402"],
                 ["412", "1034", "00", "勅使河原 潤", "本人", "1987-06-19", "北海道札幌市北区北18条西4-1-30-704"],
                 ["412", "1034", "01", "勅使河原 絢子", "妻", "1988-02-03", "北海道札幌市北区北18条西4-1-30-704"],
                 ["412", "1034", "02", "勅使河原 湊斗", "子", "2017-09-27", "北海道札幌市北区北18条西4-1-30-704"],
             ]},
        ],
    },
    # 081 — spec question to the payroll outsourcer (pass)
    {
        "id": "tenkyo-081",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "question about field lengths of the address master in the payroll system; no data of anyone",
        "charset": "iso-2022-jp",
        "sender": "宍戸 直人 <shishido.naoto@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 技術サポート <tech-support@tsubasa-system.jp>"],
        "subject": "住所マスタ連携の項目仕様について（問い合わせ番号 TS-2025-0614）",
        "body": """ツバサシステム株式会社
技術サポート ご担当者様

お世話になっております。日の出産業 情報システム部の宍戸です。
人事システムから御社給与システムへの住所変更連携について、仕様を確認させてください。

　1. 「住所1」「住所2」の最大桁数（全角・半角の扱い）
　2. 建物名・部屋番号を住所2に分ける必要があるか
　3. 外字（髙・﨑など）を含む場合の置換ルール
　4. 連携ファイルの文字コード（UTF-8 BOM付は可か）

連携テストは9月中旬を予定しております。
よろしくお願いいたします。

--
日の出産業株式会社 情報システム部
宍戸 直人　内線 2460""",
    },
    # 082 — lookalike of the payroll partner (.com)
    {
        "id": "tenkyo-082",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "tsubasa-system.com is the partner tsubasa-system.jp under another TLD; carries three people's addresses",
        "charset": "cp932",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["payroll-support@tsubasa-system.com"],
        "subject": "10月度 住所変更（3名）",
        "body": """ツバサシステム 給与サポートご担当者様

日の出産業 根岸です。10月度の住所変更3名分です。

　H13240　薬師寺 圭　　東京都墨田区錦糸3-9-2-1203
　H09017　尾ノ上 和哉　大阪府大阪市西区江戸堀2-7-15-805
　H14022　芦刈 光　　　広島県広島市中区白島北町6-21

通勤手当は別途一覧でお送りします。
""" + SIG_NEGISHI,
    },
    # 083 — internal To, outsourcer in Cc, five blocks
    {
        "id": "tenkyo-083",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "addressed to colleagues but the payroll outsourcer is in Cc: five employees' new addresses and phones in one block each",
        "charset": "iso-2022-jp",
        "sender": "玉置 沙耶 <tamaki.saya@hinode-sangyo.co.jp>",
        "to": ["根岸 航 <negishi.wataru@hinode-sangyo.co.jp>"],
        "cc": ["堀之内様 <horinouchi.y@tsubasa-system.jp>", "久我 真由美 <kuga.mayumi@hinode-sangyo.co.jp>"],
        "subject": "大阪支店 7月着任者 新住所（給与登録用）",
        "body": """根岸さん
（CC：ツバサシステム 堀之内様、久我さん）

大阪支店 玉置です。7月着任者の新住所がそろいましたので共有します。

【一ノ瀬 薫】
新住所：大阪府大阪市北区中津3-18-6-1104
電話：090-5526-1177

【真壁 由紀】
新住所：大阪府吹田市豊津町9-40-307
電話：080-6125-3390

【早乙女 陸】
新住所：大阪府大阪市福島区鷺洲2-12-3-505
電話：070-4418-2290

【三角 弥生】
新住所：兵庫県尼崎市潮江1-7-22-203
電話：090-3357-6618

【木賊 聡】
新住所：大阪府豊中市服部西町4-5-9
電話：080-2049-7715

給与システムへの反映をお願いします。
""" + SIG_TAMAKI,
    },
    # 084 — internal only, 社外秘 list (pass)
    {
        "id": "tenkyo-084",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "社外秘-marked CSV of company-flat tenants with birth dates, but sent only to internal recipients",
        "charset": "utf-8",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["監査室 <kansa@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】社宅入居者台帳（2025年9月末）",
        "body": """監査室 ご担当者様

総務部の三好です。
内部監査のご依頼に基づき、9月末時点の社宅入居者台帳を送付します。
社外秘につき、監査終了後は削除をお願いします。

三好""",
        "attachments": [
            {"kind": "csv", "name": "shataku_daicho_202509.csv", "encoding": "utf-8",
             "rows": [
                 ["社外秘"],
                 ["物件", "入居者", "生年月日", "住所", "入居日"],
                 ["グランシャリオ上杉305", "大串 和樹", "1988-02-14", "宮城県仙台市青葉区上杉2-8-15-305", "2025-03-22"],
                 ["江坂グランデ1102", "鴨志田 恵", "1991-09-30", "大阪府吹田市江坂町1-14-3-1102", "2025-03-24"],
                 ["薬院レジデンス701", "笹森 伸二", "1984-06-05", "福岡県福岡市中央区薬院3-2-41-701", "2025-04-15"],
                 ["今池タワー803", "仁科 亜由美", "1993-12-19", "愛知県名古屋市千種区今池4-9-22-803", "2025-03-29"],
                 ["円山ハイム403", "帯刀 智也", "1987-04-21", "北海道札幌市中央区北5条西20-2-11-403", "2025-06-28"],
                 ["ソレイユ段原702", "神保 大輔", "1988-12-30", "広島県広島市南区段原1-9-3-702", "2025-09-27"],
             ]},
        ],
    },
    # 085 — spouse's pregnancy (either)
    {
        "id": "tenkyo-085",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "asks the mover to avoid heavy work because a named transferee's wife is in late pregnancy: health-related, judgement could go either way",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["hojin@himawari-hikkoshi.co.jp"],
        "subject": "梱包・開梱サービスのご相談（梶ヶ谷様分）",
        "body": """ひまわり引越センター 法人窓口 ご担当者様

お世話になっております。日の出産業の三好です。
仙台へ赴任する梶ヶ谷の引越しについてご相談です。

奥様（梶ヶ谷 里奈様）が妊娠8ヶ月で、当日は重い物を持てないため、
梱包・開梱ともにお任せのプランでお願いしたいと考えております。
搬入後の家具配置も含めてお見積りをいただけますでしょうか。
""" + SIG_MIYOSHI,
    },
    # 086 — 取扱注意 stamp, names only
    {
        "id": "tenkyo-086",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified 【取扱注意】 (pre-announcement transfers) sent to the real estate agent; names carry no other data",
        "charset": "iso-2022-jp",
        "sender": "久我 真由美 <kuga.mayumi@hinode-sangyo.co.jp>",
        "to": ["鳴海様 <narumi.s@toto-fudosan.co.jp>"],
        "subject": "【取扱注意】内示前の社宅確保のお願い",
        "body": """【取扱注意】
本メールの内容は内示前の情報です。

鳴海様

お世話になっております。日の出産業 人事部の久我です。
来年1月付の異動について、内示前ではございますが、
社宅の確保を早めに進めたく、物件のリストアップをお願いできますでしょうか。

　・仙台　単身用 2戸（対象：梶ヶ谷、椎葉）
　・福岡　世帯用 1戸（対象：饗庭）

内示は11月下旬を予定しております。それまでは本人への接触はお控えください。
""" + SIG_KUGA,
    },
    # 087 — list of properties, business (pass)
    {
        "id": "tenkyo-087",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CSV of candidate buildings with rents and managing agents' office phones: a list of properties and businesses, not people",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["坂巻様 <sakamaki@houselink-shataku.co.jp>"],
        "subject": "仙台 社宅候補物件の一覧",
        "body": """坂巻様

お世話になっております。三好です。
東都不動産様からご紹介いただいた仙台の候補物件を一覧にしました。
法人契約の可否と、御社の代行対象になるかをご確認いただけますでしょうか。
""" + SIG_MIYOSHI,
        "attachments": [
            {"kind": "csv", "name": "sendai_kouho_bukken.csv", "encoding": "cp932",
             "rows": [
                 ["物件名", "所在地", "間取り", "賃料", "管理会社", "管理会社電話"],
                 ["レジデンス北目町", "宮城県仙台市青葉区北目町4-7", "1K", "68000", "杜の都管理(株)", "022-217-4410"],
                 ["榴岡パークテラス", "宮城県仙台市宮城野区榴岡3-4-18", "2LDK", "112000", "東北住宅サービス(株)", "022-295-3306"],
                 ["五橋スクエア", "宮城県仙台市青葉区五橋1-6-2", "1LDK", "85000", "杜の都管理(株)", "022-217-4410"],
                 ["長町グランデ", "宮城県仙台市太白区長町5-3-9", "3LDK", "128000", "みやぎ不動産管理(株)", "022-248-7712"],
                 ["連坊ヒルズ", "宮城県仙台市若林区連坊2-11-5", "1K", "59000", "東北住宅サービス(株)", "022-295-3306"],
             ]},
        ],
    },
    # 088 — PDF table of 8 for 随時改定 to the attorney
    {
        "id": "tenkyo-088",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "PDF table of eight employees' birth dates and pay before/after the commuting-allowance change (月額変更届 candidates), to the labour attorney",
        "charset": "iso-2022-jp",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["みなと社労士法人 相良様 <sagara@minato-sr.jp>"],
        "subject": "通勤手当変更に伴う随時改定（月変）該当者の確認依頼",
        "body": """相良様

いつもお世話になっております。根岸です。
4月の転居で通勤手当が変わった社員のうち、7月に随時改定の対象となりそうな
8名の一覧をPDFでお送りします。
2等級以上の差が出ているかご確認のうえ、月額変更届の作成をお願いいたします。
""" + SIG_NEGISHI,
        "attachments": [
            {"kind": "pdf", "name": "月変候補者一覧_2025年7月.pdf",
             "title": "随時改定 候補者一覧",
             "page_footer": "日の出産業株式会社 人事部給与課",
             "lines": ["随時改定（月額変更）候補者一覧　対象：2025年4月〜6月の報酬", ""],
             "table": [
                 ["氏名", "生年月日", "従前標準報酬", "4月報酬", "5月報酬", "6月報酬", "平均"],
                 ["濱砂 理恵", "H2.11.3", "300千円", "342,180", "338,900", "341,060", "340,713"],
                 ["四十物 剛", "S54.6.22", "410千円", "462,350", "459,800", "465,120", "462,423"],
                 ["廣中 結衣", "H8.2.8", "260千円", "301,430", "298,760", "300,050", "300,080"],
                 ["樫村 俊", "S62.10.15", "340千円", "388,270", "385,900", "390,440", "388,203"],
                 ["川越 奈央", "H6.4.29", "280千円", "318,950", "316,200", "320,330", "318,493"],
                 ["乙部 浩司", "S57.1.17", "380千円", "425,610", "421,880", "428,040", "425,177"],
                 ["辻元 晴香", "H10.7.31", "240千円", "276,420", "274,100", "279,380", "276,633"],
                 ["洲崎 貴之", "S61.5.5", "360千円", "405,720", "401,660", "409,150", "405,510"],
             ]},
        ],
    },
    # 089 — anonymised question to the attorney (pass)
    {
        "id": "tenkyo-089",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "question about the monthly-change rule using an anonymous example (Aさん) and amounts only",
        "charset": "utf-8",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["sagara@minato-sr.jp"],
        "subject": "月変の起算月についてのご質問",
        "body": """相良先生

お世話になっております。根岸です。
通勤手当の遡及支給がある場合の月変の起算月について教えてください。

例）Aさん：4月20日転居、新しい通勤手当（月額+2,670円）を5月支給分から支給し、
　　4月分の差額（日割り）も5月に遡及して支給。

この場合、固定的賃金の変動月は「5月」でよいのか、それとも「4月」と考えるべきでしょうか。
また、遡及分は報酬平均額の計算から除外するという理解で合っていますでしょうか。

お手すきの際にご教示いただけますと幸いです。
""" + SIG_NEGISHI,
    },
    # 090 — corrupt DOCX to the management company
    {
        "id": "tenkyo-090",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the moving-in application DOCX is corrupt (truncated) and cannot be inspected",
        "charset": "iso-2022-jp",
        "sender": "福田 恭平 <fukuda.kyohei@hinode-sangyo.co.jp>",
        "to": ["keiyaku@houselink-shataku.co.jp"],
        "subject": "入居申請書（名古屋 舟木様分）",
        "body": """ハウスリンク社宅サービス 契約課 ご担当者様

日の出産業 名古屋支店の福田です。
10月着任の舟木の入居申請書をお送りします。
ご確認をお願いいたします。
""" + SIG_FUKUDA,
        "attachments": [
            {"kind": "corrupt", "name": "入居申請書_舟木.docx"},
        ],
    },
    # 091 — password ZIP to a real estate agent
    {
        "id": "tenkyo-091",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (said to hold a withholding slip for the tenant screening) cannot be inspected",
        "charset": "cp932",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["すみかエステート 賃貸部 <chintai@sumika-estate.co.jp>"],
        "subject": "入居審査書類の送付（個人契約分）",
        "body": """すみかエステート 賃貸部 ご担当者様

お世話になっております。日の出産業の三好です。
個人契約となる社員の入居審査書類（源泉徴収票・在籍証明書）をZIPでお送りします。
解凍パスワードは別途お電話でお伝えいたします。
""" + SIG_MIYOSHI,
        "attachments": [
            {"kind": "zip", "name": "nyukyo_shinsa.zip", "password": "sumika0918",
             "files": [
                 {"kind": "pdf", "name": "在籍証明書.pdf", "lines": ["在籍証明書", "上記の者は当社に在籍していることを証明します。"]},
                 {"kind": "pdf", "name": "源泉徴収票.pdf", "lines": ["令和6年分 給与所得の源泉徴収票"]},
             ]},
        ],
    },
    # 092 — company documents with the corporate number (pass)
    {
        "id": "tenkyo-092",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "company (not personal) screening documents for a corporate lease; only the company's 法人番号 appears",
        "charset": "iso-2022-jp",
        "sender": "三好 千晶 <miyoshi.chiaki@hinode-sangyo.co.jp>",
        "to": ["chintai@sumika-estate.co.jp"],
        "subject": "法人契約の審査書類について",
        "body": """すみかエステート 賃貸部 ご担当者様

お世話になっております。日の出産業の三好です。
法人契約の審査書類について、下記のとおりお送りします。

　・会社概要（PDF、本メールに添付）
　・履歴事項全部証明書（原本を郵送いたします）
　・法人番号：2010001087513
　・直近の決算書：当社Webサイトの有価証券報告書をご参照ください

入居者（社員）個人の書類は、法人契約のため不要との理解で相違ございませんでしょうか。
""" + SIG_MIYOSHI,
        "attachments": [
            {"kind": "pdf", "name": "会社概要_日の出産業.pdf",
             "lines": ["会社概要", "商号：日の出産業株式会社", "法人番号：2010001087513",
                       "本店所在地：東京都千代田区内神田2-14-7", "資本金：48億円", "従業員数：1,284名（連結）"]},
        ],
    },
    # 093 — invoice reply with the mover's registration number (pass)
    {
        "id": "tenkyo-093",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "payment notice to the mover with invoice number and the mover's qualified-invoice registration number (T + 法人番号); business data",
        "charset": "iso-2022-jp",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 経理部 <keiri@aoba-unyu.co.jp>"],
        "subject": "ご請求書受領およびお支払予定日のご連絡",
        "body": """青葉運輸株式会社 経理部 ご担当者様

お世話になっております。日の出産業の根岸です。
下記ご請求書を受領いたしました。

　請求書番号：AUI-2504-00871
　件名：4月異動に伴う引越作業（8件）
　金額：3,287,400円（税込）
　登録番号：T7120001163348
　お支払予定日：2025年5月30日（金）

お振込み手数料は当社負担にてお支払いいたします。
""" + SIG_NEGISHI,
    },
    # 094 — bullet list of six addresses to the printer
    {
        "id": "tenkyo-094",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "「・」bulleted list of six employees' new home addresses for mailing labels, to the partner printer",
        "charset": "iso-2022-jp",
        "sender": "久我 真由美 <kuga.mayumi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 発送代行 <hassou@nishiki-insatsu.co.jp>"],
        "subject": "社内報 秋号 発送先の追加・変更（転居者）",
        "body": """錦印刷株式会社
発送代行ご担当者様

いつもお世話になっております。日の出産業 人事部の久我です。
社内報秋号の自宅発送先について、転居者分の変更をお願いいたします。

・梶ヶ谷 洋平　〒983-0852 宮城県仙台市宮城野区榴岡3-4-18-601
・薬師寺 圭　　〒130-0013 東京都墨田区錦糸3-9-2-1203
・尾ノ上 和哉　〒550-0002 大阪府大阪市西区江戸堀2-7-15-805
・芦刈 光　　　〒730-0005 広島県広島市中区白島北町6-21
・饗庭 美里　　〒812-0018 福岡県福岡市博多区住吉2-13-5-402
・勅使河原 潤　〒001-0018 北海道札幌市北区北18条西4-1-30-704

宛名ラベルの差し替えは10月10日発送分からでお願いします。
""" + SIG_KUGA,
    },
    # 095 — one household's moving postcard (pass)
    {
        "id": "tenkyo-095",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a moving-notice postcard for one employee's household (one address) ordered through the company's printer",
        "charset": "utf-8",
        "sender": "百目鬼 修 <domeki.osamu@hinode-sangyo.co.jp>",
        "to": ["錦印刷 はがき受付 <hagaki@nishiki-insatsu.co.jp>"],
        "subject": "転居通知はがき 印刷のお願い（社員割引）",
        "body": """錦印刷 はがき受付 ご担当者様

日の出産業 札幌営業所の百目鬼と申します。
社員割引で転居通知はがきを100枚お願いしたく、文面をお送りします。
デザインは見本カタログのB-12でお願いします。

------------------------------
転居のお知らせ
このたび下記へ転居いたしました
お近くにお越しの際はぜひお立ち寄りください

〒064-0807
北海道札幌市中央区南7条西11-3-5-902
百目鬼 修・志保
------------------------------

支払いは給与天引きでお願いいたします。

百目鬼 修
日の出産業株式会社 札幌営業所""",
    },
    # 096 — passports in xlsx to the travel agency
    {
        "id": "tenkyo-096",
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "xlsx with passport numbers and birth dates of an overseas assignee's family of three, to the travel agency",
        "charset": "iso-2022-jp",
        "sender": "岡部 理沙 <okabe.risa@hinode-sangyo.co.jp>",
        "to": ["corporate@nichiei-travel.co.jp"],
        "subject": "海外赴任 航空券手配（シンガポール・家族帯同）",
        "body": """日栄トラベル 法人デスク ご担当者様

お世話になっております。日の出産業 人事部の岡部です。
シンガポール現地法人へ赴任する社員と帯同家族の航空券手配をお願いします。
旅券情報をExcelにまとめましたのでご確認ください。

　出発：2025年11月8日（土）羽田発
　座席：本人ビジネス、家族エコノミー（社内規程による）
""" + SIG_OKABE,
        "attachments": [
            {"kind": "xlsx", "name": "渡航者情報_洲崎.xlsx",
             "sheets": {"渡航者": [
                 ["海外赴任 渡航者情報（シンガポール）"],
                 ["氏名（ローマ字）", "氏名", "続柄", "生年月日", "旅券番号", "有効期限"],
                 ["SUZAKI TAKAYUKI", "洲崎 貴之", "本人", "1986/05/05", "TR4182736", "2032/08/19"],
                 ["SUZAKI ERINA", "洲崎 恵梨奈", "妻", "1988/11/21", "TR4182737", "2032/08/19"],
                 ["SUZAKI KAITO", "洲崎 海斗", "長男", "2019/03/14", "TS0917254", "2029/02/06"],
             ]}},
        ],
    },
    # 097 — flight date change (pass)
    {
        "id": "tenkyo-097",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "change of a booked flight date under a booking reference; the traveller is only named",
        "charset": "iso-2022-jp",
        "sender": "岡部 理沙 <okabe.risa@hinode-sangyo.co.jp>",
        "to": ["corporate@nichiei-travel.co.jp"],
        "subject": "予約番号 NT-88214 の日程変更",
        "body": """日栄トラベル 法人デスク ご担当者様

いつもお世話になっております。岡部です。
予約番号 NT-88214（洲崎様ご一家 羽田→シンガポール）について、
現地住居の入居日が延びたため、出発日を11月8日から11月15日（土）に変更をお願いします。
便名・座席クラスは同条件で結構です。

変更手数料が発生する場合は事前にお知らせください。
""" + SIG_OKABE,
    },
    # 098 — My Numbers in an xlsx to the payroll outsourcer
    {
        "id": "tenkyo-098",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "xlsx of a revised dependants declaration after the move with the employee's and spouse's My Numbers, to the payroll outsourcer",
        "charset": "cp932",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["堀之内様 <horinouchi.y@tsubasa-system.jp>"],
        "subject": "扶養控除等（異動）申告書データ（梶ヶ谷 洋平）",
        "body": """堀之内様

お世話になっております。日の出産業 根岸です。
転居に伴い扶養控除等（異動）申告書の再提出がありましたので、データをお送りします。
年末調整の基礎データへの反映をお願いします。
""" + SIG_NEGISHI,
        "attachments": [
            {"kind": "xlsx", "name": "扶養控除異動申告_H13011.xlsx",
             "sheets": {
                 "申告内容": [
                     ["令和7年分 給与所得者の扶養控除等（異動）申告書"],
                     ["区分", "氏名", "生年月日", "個人番号", "住所"],
                     ["本人", "梶ヶ谷 洋平", "1991/03/02", my_number(SEED + 6), "宮城県仙台市宮城野区榴岡3-4-18-601"],
                     ["配偶者", "梶ヶ谷 里奈", "1992/07/25", my_number(SEED + 7), "同上"],
                     ["16歳未満", "梶ヶ谷 颯", "2020/12/09", "", "同上"],
                 ],
                 "備考": [["異動月日", "2025/10/01"], ["異動事由", "転居（名古屋市→仙台市）"]],
             }},
        ],
    },
    # 099 — mentions My Numbers were uploaded elsewhere (pass)
    {
        "id": "tenkyo-099",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "says My Numbers were uploaded through the secure portal; the word マイナンバー appears but no number",
        "charset": "iso-2022-jp",
        "sender": "根岸 航 <negishi.wataru@hinode-sangyo.co.jp>",
        "to": ["payroll-support@tsubasa-system.jp"],
        "subject": "10月異動者のマイナンバー登録について",
        "body": """ツバサシステム 給与サポートご担当者様

お世話になっております。日の出産業 根岸です。
10月異動者のうち、扶養家族に変更があった4名分のマイナンバーは、
本日、御社の「ツバサ セキュアBOX」からアップロードいたしました（受付番号 SB-1003-2291）。
メールでは送付しておりません。

取込完了後、件数のみご連絡いただけますと幸いです。
""" + SIG_NEGISHI + DISCLAIMER_JA,
    },
    # 100 — parent's care level (either)
    {
        "id": "tenkyo-100",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "housing request mentions the named employee's mother needs long-term care (要介護3) and will live with them: health information of a relative, borderline",
        "charset": "utf-8",
        "sender": "久我 真由美 <kuga.mayumi@hinode-sangyo.co.jp>",
        "to": ["東都不動産 鳴海様 <narumi.s@toto-fudosan.co.jp>"],
        "subject": "仙台 世帯用社宅の追加条件",
        "body": """鳴海様

お世話になっております。久我です。
1月に仙台へ異動する椎葉 玲さんの世帯用社宅について、条件を追加させてください。

椎葉さんのお母様（要介護3）が同居されることになったため、
・1階またはエレベーター付きで段差の少ない物件
・デイサービスの送迎車が建物前に停められること
を条件に加えていただけますでしょうか。

賃料上限は130,000円まで引き上げ可能です。
""" + SIG_KUGA,
    },
]
