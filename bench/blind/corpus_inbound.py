"""Blind evaluation corpus — area: inbound.

日の出産業株式会社 インバウンド事業部 (the inbound tour operator division): mail about
foreign guests' bookings (FIT and groups from Taiwan, Hong Kong, mainland China,
Singapore, Australia and the US), rooming lists and passport details for hotels and
ryokan, interpreter guides and their pay, chartered buses and airport transfers,
restaurants and meal requirements (allergies, halal), travel insurance and claims,
incidents on tour, and the day-to-day correspondence with English- and Chinese-speaking
partner agencies, suppliers, the bank, the law firm and the booking-system vendor.
Everything here — people, companies other than the listed partners, addresses, phone,
passport, card and My Numbers — is invented, and the file was written blind, from
BRIEF.md, build.py and the entity/detector names in SPEC.md only.
"""

from build import card_number, my_number

SEED = 42201


def MN(k: int) -> str:
    return my_number(SEED + k)


def CARD(k: int) -> str:
    return card_number(SEED + k)


SIG_TSUKUMO = """--
日の出産業株式会社 インバウンド事業部 ツアーオペレーション課
九十九 翔太（つくも しょうた）
〒104-0061 東京都中央区銀座三丁目8番12号 日の出ビル7F
TEL 03-5521-7340　FAX 03-5521-7341
tsukumo.s@hinode-sangyo.co.jp"""

SIG_DOMEKI = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
インバウンド事業部 手配課　百目鬼 彩（どうめき あや）
〒104-0061 東京都中央区銀座3-8-12 日の出ビル7階
TEL：03-5521-7343（直通）／携帯：070-3318-5526
E-mail：domeki.a@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_LIN = """----------------------------------------
日の出産業株式会社 インバウンド事業部
中華圏営業チーム　林 美玲（Lin Meiling）
TEL 03-5521-7346 / WeChat: hinode_lin
lin.meiling@hinode-sangyo.co.jp
----------------------------------------"""

SIG_HARTLEY = """Best regards,

Kevin Hartley
Overseas Sales Manager, Inbound Division
Hinode Sangyo Co., Ltd.
Hinode Bldg. 7F, 3-8-12 Ginza, Chuo-ku, Tokyo 104-0061, Japan
Tel +81-3-5521-7348 | k.hartley@hinode-sangyo.co.jp"""

SIG_SHOJI = """――――――――――――――――
日の出産業株式会社
インバウンド事業部 ツアーオペレーション課 課長
東海林 理沙
TEL 03-5521-7340（代） 内線 412
shoji.r@hinode-sangyo.co.jp
――――――――――――――――"""

SIG_WATANUKI = """--
日の出産業（株）インバウンド事業部 手配課
四月一日 健（わたぬき けん）
TEL 03-5521-7343　携帯 080-2291-6604
watanuki.k@hinode-sangyo.co.jp"""

SIG_TAKANASHI = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 インバウンド事業部 業務管理課
小鳥遊 真央
〒104-0061 東京都中央区銀座三丁目8番12号
TEL 03-5521-7350 ／ FAX 03-5521-7341
takanashi.m@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

DISC_JA = """※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISC_EN = """This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES = []

# ---------------------------------------------------------------- 001-010
MESSAGES += [
    {
        "id": "inbound-001",
        "charset": "iso-2022-jp",
        "sender": "九十九 翔太 <tsukumo.s@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約課 <reservation@sakura-hotel.jp>"],
        "subject": "【ルーミングリスト】10/14-16 台湾 福爾摩沙假期 団体（GRP-TW-2610A）",
        "body": """さくらホテル 宿泊予約課
岡部様

いつもお世話になっております。
日の出産業インバウンド事業部の九十九です。

10月14日（水）から2泊でお願いしております台湾団体（予約番号 SK-88213）の
ルーミングリストをお送りいたします。宿泊者名簿へのご記入用に、旅券番号と
生年月日も併記しております。

Room  Type  Name                    Sex  DOB         Nat  Passport No.
----  ----  ----------------------  ---  ----------  ---  ------------
0801  TWN   CHEN, YU-TING           F    1979-03-22  TWN  312874561
0801  TWN   CHEN, CHIH-HAO          M    1977-11-05  TWN  308812447
0802  TWN   HUANG, SHU-FEN          F    1962-07-30  TWN  301155290
0802  TWN   HUANG, MEI-LING         F    1990-01-14  TWN  352208113
0803  DBL   TSAI, CHENG-EN          M    1985-09-09  TWN  340067728
0803  DBL   TSAI, PEI-SHAN          F    1987-04-18  TWN  340067731
0804  SGL   KUO, WEN-HSIUNG         M    1958-12-01  TWN  299903184
0805  SGL   LIN, YA-WEN (TL)        F    1983-06-25  TWN  331472055

合計 8名／5室（TWN×2、DBL×1、SGL×2）です。
チェックインは16:30頃の予定、夕食は館内レストランで18:30〜とさせてください。

変更が出ましたら改めてご連絡いたします。
どうぞよろしくお願いいたします。

""" + SIG_TSUKUMO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "rooming list of 8 guests with DOB and passport numbers to a hotel, space-padded text under a ---- rule",
    },
    {
        "id": "inbound-002",
        "charset": "iso-2022-jp",
        "sender": "四月一日 健 <watanuki.k@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 貸切営業部 <kashikiri@aoba-unyu.co.jp>"],
        "subject": "貸切バスお見積りのお願い（11/3〜11/6 大型2台）",
        "body": """青葉運輸株式会社
貸切営業部 御中

平素は大変お世話になっております。
日の出産業インバウンド事業部 手配課の四月一日でございます。

下記の行程にて大型観光バスのお見積りをお願いできますでしょうか。

■ご利用日　　令和８年11月3日（火・祝）〜11月6日（金）　4日間
■車両　　　　大型（正席45席以上）×2台　※トランク容量の大きい車両希望
■人数　　　　お客様 78名＋添乗員2名＋ガイド2名
■行程
　1日目　成田空港 第2ターミナル 10:30発 → 浅草 → 新宿（泊）
　2日目　新宿 8:00発 → 河口湖 → 忍野八海 → 石和温泉（泊）
　3日目　石和温泉 8:30発 → 諏訪湖 → 松本城 → 高山（泊）
　4日目　高山 9:00発 → 白川郷 → 名古屋駅 17:00着 解散

■その他
・乗務員様の宿泊は各ホテルにてこちらで手配いたします。
・高速代・駐車場代は別途精算で結構です。
・中国語（簡体字）対応のバス車内案内があればお知らせください。

お忙しいところ恐縮ですが、10月9日（金）までにご回答いただけますと幸いです。
よろしくお願い申し上げます。

""" + SIG_WATANUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary bus quote request to a partner, no personal data",
    },
    {
        "id": "inbound-003",
        "charset": "shift_jis",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["富士見観光バス 運行管理 <unkou@fujimi-kanko-bus.co.jp>"],
        "subject": "11/20 シンガポール団体 乗客名簿の送付",
        "body": """富士見観光バス株式会社
運行管理ご担当　高鍋様

お世話になっております。日の出産業の百目鬼です。
11月20日（金）ご運行分（配車番号 FK-1120-02）の乗客名簿をお送りします。
事故時の保険手続き用とのことでしたので、生年月日と緊急連絡先も入れております。
（Excelからそのまま貼り付けていますので、タブ区切りになっています）

No	Name	Sex	Date of Birth	Mobile (emergency)
1	TAN Wei Ming	M	1968/02/11	+65 9123 4471
2	TAN Lay Hoon	F	1970/08/27	+65 9123 4472
3	LIM Hui Ling	F	1992/05/03	+65 8765 2290
4	ONG Boon Keat	M	1955/10/19	+65 9688 0135
5	ONG Siew Choo	F	1957/03/08	+65 9688 0136
6	RAJAN Kumaresan	M	1981/12/22	+65 8301 7754
7	GOH Jia Xin	F	1999/09/14	+65 9012 3388

集合は新宿西口 団体バス乗降場 8:15、出発 8:30 です。
ガイドは日本語・英語対応の者が1名乗車します。

よろしくお願いいたします。

""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated passenger list of 7 people with DOB and mobiles to a bus company",
    },
    {
        "id": "inbound-004",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": ["Sophie Nguyen <sophie.nguyen@koala-trails.com.au>"],
        "subject": "Restaurant suggestions for your April FIT clients",
        "body": """Hi Sophie,

Thanks for your call yesterday. As promised, here are the restaurants we usually
recommend to FIT clients who want to book dinner on their own. All of them take
reservations from overseas by phone or e-mail and have English menus.

Tokyo
 - Sumibi Kaede (yakitori), 2-14-6 Ebisu-Nishi, Shibuya-ku, tel +81-3-5489-2210
 - Tsukiji Ginsen (sushi), 4-10-3 Tsukiji, Chuo-ku, tel +81-3-3541-7781
 - Nihonbashi Soba Kosaku, 1-5-9 Nihonbashi-Muromachi, tel +81-3-3270-6612

Kyoto
 - Gion Hanaya (kaiseki), Shijo-dori Hanamikoji, tel +81-75-561-4403
 - Tofu-tei Nanzenji, 86 Nanzenji Fukuchi-cho, tel +81-75-771-0968 (vegetarian options)

Osaka
 - Dotonbori Kanidoraku-style crab restaurants are busy in April; we suggest
   Kitashinchi Okamoto (teppanyaki), tel +81-6-6345-1127, instead.

Prices are roughly AUD 60-180 per person without drinks. If your clients prefer,
we can make the bookings for them for a small handling fee (JPY 1,100 per booking).

""" + SIG_HARTLEY,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of restaurants (businesses) with their phone numbers, not people",
    },
    {
        "id": "inbound-005",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 真央 <takanashi.m@hinode-sangyo.co.jp>",
        "to": ["ほしぞら損保 団体営業課 <dantai-eigyo@hoshizora-sonpo.co.jp>"],
        "subject": "訪日旅行者向け傷害保険　加入者名簿（11月出発分）",
        "body": """ほしぞら損害保険株式会社
団体営業課　鮫島様

いつもお世話になっております。日の出産業 業務管理課の小鳥遊です。

訪日旅行者向け国内旅行傷害保険（包括契約 証券番号 HZ-7730-2291）の
11月出発分の加入者名簿をCSVでお送りいたします。
対象は11/2着の香港団体と11/5着の上海団体、計12名です。

ご確認のほどよろしくお願いいたします。

""" + SIG_TAKANASHI,
        "attachments": [
            {
                "kind": "csv",
                "name": "加入者名簿_202611.csv",
                "encoding": "cp932",
                "rows": [
                    ["No", "氏名（英字）", "氏名（カナ）", "生年月日", "性別", "国籍", "旅券番号", "補償開始日", "補償終了日"],
                    ["1", "CHAN TAI MAN", "チャン タイマン", "1971/04/09", "男", "HKG", "K04418827", "2026/11/02", "2026/11/07"],
                    ["2", "CHAN WAI LING", "チャン ワイリン", "1973/08/30", "女", "HKG", "K04418828", "2026/11/02", "2026/11/07"],
                    ["3", "LEUNG CHI KEUNG", "リョン チーキョン", "1966/01/17", "男", "HKG", "H20761354", "2026/11/02", "2026/11/07"],
                    ["4", "YIP SIU FONG", "イップ シウフォン", "1969/12/02", "女", "HKG", "H20761402", "2026/11/02", "2026/11/07"],
                    ["5", "MAK KA HO", "マッ カホー", "1994/06/21", "男", "HKG", "K11930675", "2026/11/02", "2026/11/07"],
                    ["6", "ZHANG JIANGUO", "チャン ジエングオ", "1960/03/15", "男", "CHN", "EJ4027719", "2026/11/05", "2026/11/10"],
                    ["7", "LI XIULAN", "リー シウラン", "1962/10/28", "女", "CHN", "EJ4027720", "2026/11/05", "2026/11/10"],
                    ["8", "WANG HAO", "ワン ハオ", "1988/07/07", "男", "CHN", "E83310562", "2026/11/05", "2026/11/10"],
                    ["9", "SUN YUE", "スン ユエ", "1990/02/19", "女", "CHN", "E83310577", "2026/11/05", "2026/11/10"],
                    ["10", "ZHOU MING", "ジョウ ミン", "1975/11/11", "男", "CHN", "EB1182094", "2026/11/05", "2026/11/10"],
                    ["11", "QIAN LI", "チエン リー", "1978/05/26", "女", "CHN", "EB1182101", "2026/11/05", "2026/11/10"],
                    ["12", "GUO ZIHAN", "グオ ズーハン", "2012/09/03", "男", "CHN", "EB1182118", "2026/11/05", "2026/11/10"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of 12 insured guests with DOB and passport numbers to an insurer",
    },
    {
        "id": "inbound-006",
        "charset": "iso-2022-jp",
        "sender": "四月一日 健 <watanuki.k@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "Re: 11/2 香港団体 空港お出迎えの件",
        "body": """青葉運輸 配車センター
須貝様

お世話になっております。四月一日です。
お問い合わせの件、当日の添乗員の連絡先は以下のとおりです。
空港で行き違いがあった場合は、こちらに直接お電話ください。

　添乗員：WONG Ka Yan（ウォン カーヤン）様
　携帯　：080-4471-2093（日本滞在中のレンタル携帯）
　※日本語は片言ですので、つながらない場合は弊社四月一日までお願いします。

到着便は CX524、羽田 第3ターミナル 14:05着予定です。
よろしくお願いいたします。

""" + SIG_WATANUKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one tour escort's name and mobile for the driver: a single contact person",
    },
    {
        "id": "inbound-007",
        "charset": "utf-8",
        "sender": "林 美玲 <lin.meiling@hinode-sangyo.co.jp>",
        "to": ["湯本清流荘 フロント <front@yumoto-seiryuso.jp>"],
        "subject": "12/5ご宿泊 香港ご家族グループ　名簿・お食事のご案内",
        "body": """湯本清流荘
フロント 菅沼様

いつもお世話になっております。日の出産業の林です。

12月5日（土）1泊でご予約いただいている香港のご家族グループ（10名・4室）の
名簿をExcelでお送りします。シート「Rooming」が部屋割りと旅券情報、
「Meal」がお食事のご要望、「Arrival」が到着予定です。

お食事について、1名様に甲殻類の重いアレルギーがございますので、
お手数ですが調理場の方にもお伝えいただけますでしょうか。

どうぞよろしくお願いいたします。

""" + SIG_LIN,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "HK_Family_Rooming_20261205.xlsx",
                "title": "湯本清流荘 12/5 ルーミングリスト",
                "sheets": {
                    "Rooming": [
                        ["湯本清流荘 ルーミングリスト 2026年12月5日（1泊）日の出産業 HS-HK-1205"],
                        [],
                        ["Room", "Name", "Sex", "Date of Birth", "Nationality", "Passport No."],
                        ["萩の間", "LAU Chun Wai", "M", "1964-02-14", "HKG", "K08812340"],
                        ["萩の間", "LAU Mei Kuen", "F", "1966-06-01", "HKG", "K08812355"],
                        ["桔梗の間", "LAU Hoi Yan", "F", "1993-09-23", "HKG", "H31177024"],
                        ["桔梗の間", "CHEUNG Kwok Wing", "M", "1991-04-30", "HKG", "H30098817"],
                        ["桔梗の間", "CHEUNG Tsz Ching", "F", "2019-12-12", "HKG", "H52210963"],
                        ["撫子の間", "LAU Chun Kit", "M", "1968-08-08", "HKG", "K09917236"],
                        ["撫子の間", "HO Siu Man", "F", "1970-01-27", "HKG", "K09917244"],
                        ["撫子の間", "LAU Ka Lok", "M", "2001-05-16", "HKG", "H41556380"],
                        ["女郎花の間", "LAU Ka Yee", "F", "2003-11-04", "HKG", "H41556392"],
                        ["女郎花の間", "YUEN Sau Ying", "F", "1940-03-19", "HKG", "K01126648"],
                    ],
                    "Meal": [
                        ["お食事のご要望"],
                        ["Name", "Request", "備考"],
                        ["LAU Mei Kuen", "甲殻類アレルギー（アナフィラキシー既往、エピペン携帯）", "出汁も含め除去をお願いします"],
                        ["YUEN Sau Ying", "嚥下が弱いため刻み食", "86歳・杖使用"],
                        ["CHEUNG Tsz Ching", "お子様膳", "6歳"],
                    ],
                    "Arrival": [
                        ["到着予定"],
                        ["Item", "Detail"],
                        ["到着", "15:30頃 小田原駅からタクシー2台"],
                        ["夕食", "18:30 個室"],
                        ["朝食", "7:30"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX (3 sheets, title row) of 10 guests with passports and DOB, plus named anaphylaxis history",
    },
    {
        "id": "inbound-008",
        "charset": "iso-2022-jp",
        "sender": "東海林 理沙 <shoji.r@hinode-sangyo.co.jp>",
        "to": ["東方旅遊 日本支社 高橋様 <takahashi@dongfang-lvyou.jp>"],
        "subject": "秘密保持契約書（案）のご送付",
        "body": """東方旅遊株式会社 日本支社
事業開発部　高橋様

いつもお世話になっております。日の出産業インバウンド事業部の東海林でございます。

先日のお打ち合わせでお話のありました、上海発の周遊商品の共同開発に向けた
秘密保持契約書（案）をお送りいたします。弊社法務と確認のうえ、
標準の雛形から第5条（秘密情報の返還・破棄）と有効期間（3年）を修正しております。

ご確認いただき、修正のご希望がございましたら Word の変更履歴でお戻しください。
締結後、仕入価格表や手配条件などの資料を共有させていただく予定です。

何卒よろしくお願い申し上げます。

""" + SIG_SHOJI,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_案_東方旅遊様.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "日の出産業株式会社（以下「甲」という。）と東方旅遊株式会社（以下「乙」という。）は、訪日旅行商品の共同開発（以下「本件」という。）に関し、次のとおり契約を締結する。",
                    "第1条（秘密情報）本契約において秘密情報とは、本件に関し開示者が受領者に開示した技術上又は営業上の情報であって、開示の際に秘密である旨を明示したものをいう。",
                    "第2条（秘密保持）受領者は、秘密情報を善良なる管理者の注意をもって管理し、開示者の事前の書面による承諾なく第三者に開示又は漏えいしてはならない。",
                    "第3条（目的外使用の禁止）受領者は、秘密情報を本件の検討の目的以外に使用してはならない。",
                    "第4条（個人情報）本件に関し個人情報を取り扱う場合は、別途個人情報の取扱いに関する覚書を締結する。",
                    "第5条（返還・破棄）受領者は、開示者の求めに応じ、秘密情報を速やかに返還又は破棄するものとする。",
                    "第6条（有効期間）本契約の有効期間は、締結日から3年間とする。",
                    "甲：東京都中央区銀座三丁目8番12号　日の出産業株式会社",
                    "乙：東京都港区浜松町二丁目4番1号　東方旅遊株式会社 日本支社",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the draft attached: talk of secrecy, no marking, no personal data",
    },
    {
        "id": "inbound-009",
        "charset": "iso-2022-jp",
        "sender": "九十九 翔太 <tsukumo.s@hinode-sangyo.co.jp>",
        "to": ["さくらホテル フロント <front@sakura-hotel.jp>"],
        "subject": "【追加1名】10/14 台湾団体 SK-88213",
        "body": """さくらホテル フロント
ご担当者様

お世話になっております。日の出産業の九十九です。
10/14着の台湾団体（SK-88213）に1名追加となりましたので、
0805号室（SGL）をTWNへ変更のうえ、下記の方の同室をお願いいたします。

　氏名：LIN, CHIA-HUI（リン ジアフイ）
　国籍：台湾
　旅券番号：347719052
　生年月日：1986年2月9日

宿泊者名簿への記載は上記でお願いします。
差額のご請求は最終精算にまとめていただいて結構です。

""" + SIG_TSUKUMO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one added guest's passport number and DOB to a hotel: an identity document number",
    },
    {
        "id": "inbound-010",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["祇園 風花 ご予約係 <yoyaku@gion-kazahana.jp>"],
        "subject": "1/9 ご予約の保証について（HARRIS様 2名）",
        "body": """祇園 風花
ご予約係 御中

いつもお世話になっております。日の出産業の百目鬼でございます。

1月9日（土）19:00〜 2名様でお願いしている HARRIS 様のご予約につき、
ご依頼のありましたノーショー保証のカード情報をお知らせいたします。
お客様ご本人より、保証目的での利用について了承をいただいております。

　カード名義　：MICHAEL J HARRIS
　カード番号　：""" + "-".join(CARD(0)[i:i + 4] for i in range(0, 16, 4)) + """
　有効期限　　：08/29

当日キャンセル、またはご来店がなかった場合のみご請求ください。
ご不明な点がございましたらお知らせください。

""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a guest's full credit card number sent to a restaurant for a no-show guarantee",
    },
]

# ---------------------------------------------------------------- 011-020
MESSAGES += [
    {
        "id": "inbound-011",
        "charset": "iso-2022-jp",
        "sender": "九十九 翔太 <tsukumo.s@hinode-sangyo.co.jp>",
        "to": ["都観光協会 MICE推進課 <mice@miyako-kanko.or.jp>"],
        "subject": "10/22 下見（シンガポール旅行会社）参加者のご連絡",
        "body": """公益社団法人 都観光協会
MICE推進課　冨樫様

お世話になっております。日の出産業の九十九です。
10月22日（木）の寺社ユニークベニュー下見につきまして、参加者が確定しましたので
ご連絡いたします。当日の連絡用に携帯番号も記載しております。

　1. David NG（Lionroute Travel / Product Manager）　携帯 +65 9771 2036
　2. Priya SUBRAMANIAM（Lionroute Travel / MICE Sales）携帯 +65 8224 9917
　3. 九十九 翔太（日の出産業）　携帯 090-6612-4078

集合は13:30に南禅寺 中門前でお願いできればと存じます。
拝観料等は当日弊社にてお支払いいたします。

よろしくお願いいたします。

""" + SIG_TSUKUMO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with their mobiles for a site visit: a short attendee list, may be warned",
    },
    {
        "id": "inbound-012",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["天ぷら きくや 浅草本店 <info@tempura-kikuya.jp>"],
        "subject": "11/12 昼食 マレーシア団体（22名）お食事のご相談",
        "body": """天ぷら きくや 浅草本店
女将様

いつもお世話になっております。日の出産業の百目鬼です。
11月12日（木）12:00〜の22名様のご昼食について、ご相談がございます。

参加者のうち、下記のお二人はムスリムで、豚由来の食材・みりん・酒類を
一切口にされません。揚げ油や器具も分けていただくことは可能でしょうか。

　・Encik HASSAN bin Abdullah（ハッサン様）
　・Puan NURUL AIN binti Rahman（ヌルル様）

また、お祈りのため12:40頃に10分ほど個室をお借りできれば大変助かります。
残り20名様は通常の天ぷら御膳でお願いいたします。

お手数をおかけしますが、ご検討のほどよろしくお願いいたします。

""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two named guests' religion (Muslim) sent to a restaurant: special-care data",
    },
    {
        "id": "inbound-013",
        "charset": "shift_jis",
        "sender": "九十九 翔太 <tsukumo.s@hinode-sangyo.co.jp>",
        "to": ["インバウンド手配課 <tehai-inbound@hinode-sangyo.co.jp>"],
        "cc": ["東海林 理沙 <shoji.r@hinode-sangyo.co.jp>"],
        "subject": "[共有] 上海団体 11/5着 名簿（旅券情報あり）",
        "body": """手配課各位

お疲れさまです。九十九です。
東方旅遊さんから届いた上海団体（11/5着、12名）の名簿を共有します。
ホテル・保険・バスへ出すときは必要な項目だけに絞ってください。
（旅券番号はホテルと保険会社のみ。バス会社には氏名と人数だけで十分です）

No	氏名	性別	生年月日	旅券番号
1	ZHANG JIANGUO	M	1960/03/15	EJ4027719
2	LI XIULAN	F	1962/10/28	EJ4027720
3	WANG HAO	M	1988/07/07	E83310562
4	SUN YUE	F	1990/02/19	E83310577
5	ZHOU MING	M	1975/11/11	EB1182094
6	QIAN LI	F	1978/05/26	EB1182101
7	GUO ZIHAN	M	2012/09/03	EB1182118
8	XU JING	F	1983/04/04	EA7730215
9	HE JUN	M	1981/10/10	EA7730229
10	FENG XIAOYU	F	1996/12/25	EA9012847
11	DU WEI	M	1972/06/06	E90048813
12	MA LINA	F	1974/01/31	E90048827

原本は共有フォルダ \\\\fs01\\inbound\\2026\\11_上海 に置いています。

""" + SIG_TSUKUMO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": [],
        "note": "full passport list but every recipient is internal",
    },
    {
        "id": "inbound-014",
        "charset": "iso-2022-jp",
        "sender": "四月一日 健 <watanuki.k@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "11/18〜 米国FIT 車椅子ご利用のお客様について",
        "body": """青葉運輸 配車センター
須貝様

お世話になっております。四月一日です。
11月18日から3日間お願いしているジャンボタクシーの件で、事前にお伝えしたいことがございます。

ご利用のお客様のうち、Mr. Robert KOWALSKI（ロバート・コワルスキー様、72歳）は
脊髄損傷による下肢の障害があり、車椅子（折りたたみ不可の電動タイプ、約80kg）を
常時ご使用です。リフト付き車両の手配は可能でしょうか。

乗降のお手伝いは奥様（Mrs. Linda KOWALSKI、携帯 +1 412-555-0187）が
されるとのことですが、ドライバー様にもご協力いただけると助かります。

難しい場合は介護タクシー会社をあたりますので、11/6までにご回答ください。
よろしくお願いいたします。

""" + SIG_WATANUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a named guest's disability (spinal injury, wheelchair) sent to a bus company",
    },
    {
        "id": "inbound-015",
        "charset": "iso-2022-jp",
        "sender": "九十九 翔太 <tsukumo.s@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約課 岡部 <okabe@sakura-hotel.jp>"],
        "subject": "Re: Re: 【ルーミングリスト】10/14-16 台湾団体（GRP-TW-2610A）",
        "body": """岡部様

ご確認ありがとうございます。
部屋番号の割り当て、いただいた内容で問題ございません。
夕食会場の件も承知いたしました（18:30 宴会場「楓」）。

引き続きよろしくお願いいたします。
九十九

> 九十九様
>
> ルーミングリストありがとうございます。0801〜0805は眺望の関係で
> 1001〜1005に変更させていただきたく存じます。よろしいでしょうか。
>
> さくらホテル 岡部
>
>> Room  Type  Name                    Sex  DOB         Nat  Passport No.
>> ----  ----  ----------------------  ---  ----------  ---  ------------
>> 0801  TWN   CHEN, YU-TING           F    1979-03-22  TWN  312874561
>> 0801  TWN   CHEN, CHIH-HAO          M    1977-11-05  TWN  308812447
>> 0802  TWN   HUANG, SHU-FEN          F    1962-07-30  TWN  301155290
>> 0802  TWN   HUANG, MEI-LING         F    1990-01-14  TWN  352208113
>> 0803  DBL   TSAI, CHENG-EN          M    1985-09-09  TWN  340067728
>> 0803  DBL   TSAI, PEI-SHAN          F    1987-04-18  TWN  340067731
>> 0804  SGL   KUO, WEN-HSIUNG         M    1958-12-01  TWN  299903184
>> 0805  SGL   LIN, YA-WEN (TL)        F    1983-06-25  TWN  331472055
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short reply; the passport list is only quoted back to the hotel that sent it",
    },
    {
        "id": "inbound-016",
        "charset": "utf-8",
        "sender": "小鳥遊 真央 <takanashi.m@hinode-sangyo.co.jp>",
        "to": ["ほしぞら損保 事故受付センター <claims@hoshizora-sonpo.co.jp>"],
        "subject": "事故受付のお願い（証券番号 HZ-7730-2291／入院）",
        "body": """ほしぞら損害保険株式会社
事故受付センター ご担当者様

いつもお世話になっております。日の出産業 業務管理課の小鳥遊です。
包括契約（証券番号 HZ-7730-2291）の加入者が入院いたしましたので、事故のご報告をいたします。

【被保険者】
　氏名　　　：ZHOU MING（ジョウ ミン）様
　生年月日　：1975年11月11日
　国籍　　　：中国
　旅券番号　：EB1182094

【発生状況】
　11月7日（土）夜、高山市内のホテルで激しい腹痛を訴え救急搬送。
　搬送先：飛騨中央総合病院（仮称）
　診断名：急性虫垂炎。11月8日に腹腔鏡下虫垂切除術を実施、約5日間の入院見込み。

【今後の予定】
　団体は11/10に帰国予定のため、ご本人と奥様（QIAN LI 様）のみ延泊となります。
　帰国便の変更費用・延泊費用が補償対象となるかご教示ください。

診断書と領収書は病院から受け取り次第、郵送いたします。
よろしくお願いいたします。

""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "insurance claim: a named guest's diagnosis and surgery with passport number",
    },
    {
        "id": "inbound-017",
        "charset": "iso-2022-jp",
        "sender": "四月一日 健 <watanuki.k@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会・団体課 <dantai@sakura-hotel.jp>"],
        "cc": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "10/16 台湾団体 ご出発時のバス乗車位置について",
        "body": """さくらホテル 宴会・団体課 ご担当者様
（cc：青葉運輸 配車センター 須貝様）

いつもお世話になっております。日の出産業の四月一日です。

10月16日（金）朝の台湾団体のご出発について、ホテル様・バス会社様に
同じ内容を共有させていただきます。

　・バス到着　　　7:45　ホテル正面車寄せ ではなく 北側 団体用車寄せ
　・荷物積込み　　7:50〜8:05（ベルスタッフ様にご協力をお願いします）
　・出発　　　　　8:15　→ 成田空港 第1ターミナル 11:00着予定
　・車両　　　　　青葉運輸 大型1台（車番：品川230あ・1208）

正面車寄せは当日朝に別団体の利用があると伺っておりますので、
北側車寄せでの対応をお願いいたします。

よろしくお願いいたします。

""" + SIG_WATANUKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way mail: two partner organisations in To/Cc, no personal data",
    },
    {
        "id": "inbound-018",
        "charset": "utf-8",
        "sender": "林 美玲 <lin.meiling@hinode-sangyo.co.jp>",
        "to": ["福爾摩沙假期 日本線 <japan-op@formosa-holiday.com.tw>"],
        "subject": "【緊急】貴團旅客於大阪遭竊事宜／大阪での盗難被害について",
        "body": """福爾摩沙假期 日本線 陳經理 您好：

我是日之出產業的林美玲。有關貴社 10/20 出發團（團號 FH-KIX-1020），
今天在大阪心齋橋發生旅客財物遭竊事件，說明如下：

　旅客姓名：WU, CHUN-HSIEN（吳俊賢）先生
　護照號碼：339024617（護照一併遺失）
　事件經過：10/23 15:10 左右於心齋橋筋商店街，背包被割破，錢包及護照遭竊。
　報案：已向大阪府警 南警察署 報案，受理番號 南-2026-4471。

目前已陪同旅客前往台北駐大阪經濟文化辦事處申請入國證明書，
回程班機（CI153, 10/25）可能需要調整，請貴社協助聯繫家屬。

以下、日本語で同内容を記載します。
本日15:10頃、心斎橋筋商店街で WU, CHUN-HSIEN 様（旅券番号 339024617）が
スリ被害に遭い、財布と旅券を盗まれました。南警察署に被害届を提出済みです。

""" + SIG_LIN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guest who was a crime victim (theft report), with passport number, to a Taiwan partner",
    },
    {
        "id": "inbound-019",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": [
            "Sophie Nguyen <sophie.nguyen@koala-trails.com.au>",
            "Mark Delaney <mark.d@pacific-horizon-travel.com>",
            "David Ng <david.ng@lionroute-travel.com.sg>",
            "Emma Clarke <e.clarke@maple-leaf-journeys.ca>",
        ],
        "subject": "Invitation: Hinode Tohoku Snow Fam Trip, 17-21 January 2027",
        "body": """Dear partners,

We are delighted to invite you to our Tohoku Snow Familiarisation Trip from
17 to 21 January 2027. The programme covers Zao's snow monsters, Ginzan Onsen,
a sake brewery in Yamagata and two new ryokan we have contracted for the 2027/28 season.

- Dates: 17 Jan (arrive Tokyo) - 21 Jan 2027 (depart Sendai)
- Cost: land arrangements and domestic trains covered by Hinode Sangyo;
  international flights at your own cost
- Seats: one per company, please reply by 30 November

A detailed itinerary will follow once we have your confirmation. Please let me
know of any dietary preferences when you reply.

We look forward to welcoming you in Japan!

""" + SIG_HARTLEY,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four agencies of four countries in To can see each other: should have been Bcc",
    },
    {
        "id": "inbound-020",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": ["Jessica Moreno <jess.moreno1987@gmail.com>"],
        "subject": "Your Japan trip - booking confirmed (Ref. HS-FIT-26-0918)",
        "body": """Dear Ms. Moreno,

Thank you for booking with Hinode Sangyo. We are happy to confirm your arrangements:

  Booking reference : HS-FIT-26-0918
  Travellers        : 2 adults
  Arrival           : 3 Nov 2026, NH105 at Haneda, private transfer to the hotel
  Hotels            : Tokyo 3 nights / Hakone 1 night (ryokan, dinner included) /
                      Kyoto 3 nights
  JR travel         : reserved seats Odawara-Kyoto on 7 Nov (Nozomi 17)
  Guide             : English-speaking guide in Kyoto on 8 Nov, 9:00-17:00

Your e-tickets and the detailed itinerary will be sent 14 days before departure.
The balance of JPY 842,600 is due by 4 October; the payment link is on your booking page.

If you have any questions, just reply to this e-mail.

""" + SIG_HARTLEY + "\n\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one private guest on gmail receiving her own booking confirmation",
    },
]

# ---------------------------------------------------------------- 021-030
MESSAGES += [
    {
        "id": "inbound-021",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": [
            "Tom Becker <tombecker.walks@gmail.com>",
            "Aisha Rahman <aisha_r@yahoo.com>",
            "Greg Whitfield <g.whitfield@outlook.com>",
            "Hannah Price <hannahprice.sf@icloud.com>",
            "Yusuf Demir <ydemir77@gmail.com>",
        ],
        "subject": "Kumano Kodo small-group walk (12-16 Oct) - pre-departure information",
        "body": """Hello everyone,

Only three weeks to go before our Kumano Kodo walk! Here is some practical information.

1. Meeting point: 12 Oct, 13:00, Kii-Tanabe station ticket gate. Your guide, Yuki,
   will be holding a Hinode Sangyo sign.
2. Luggage: one suitcase per person is forwarded between inns. Please bring a
   small day pack for the trail (water, rain jacket, snacks).
3. Footwear: broken-in walking shoes are a must; some sections are steep and wet.
4. Cash: several inns and shrines accept cash only; we recommend JPY 30,000.
5. Insurance: please make sure your travel insurance covers hiking.

If any of you have dietary needs we don't know about yet, please reply to me
directly (not to all) by 1 October.

See you in Japan!

""" + SIG_HARTLEY,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "five private guests on free mail all in To: each can see the others' addresses",
    },
    {
        "id": "inbound-022",
        "charset": "utf-8",
        "sender": "小鳥遊 真央 <takanashi.m@hinode-sangyo.co.jp>",
        "to": ["Accounts Payable <ap@lionroute-travel.com.sg>"],
        "cc": ["David Ng <david.ng@lionroute-travel.com.sg>"],
        "subject": "Invoice INV-2026-10-0442 / Lionroute MICE group 20-24 Nov",
        "body": """Dear Accounts Payable team,

Please find attached our invoice INV-2026-10-0442 for the land arrangements of
your MICE group (20-24 November, 38 pax).

  Amount due : JPY 9,482,300 (tax exempt, export of services)
  Due date   : 30 October 2026
  Bank       : Midori Bank, Ginza Branch (SWIFT MDRIJPJT), a/c no. 1203348
               Hinode Sangyo Co., Ltd.

Kindly quote the invoice number on your remittance.

Kind regards,

Mao Takanashi
Operations Administration, Inbound Division
Hinode Sangyo Co., Ltd.
Tel +81-3-5521-7350""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "INV-2026-10-0442.pdf",
                "title": "Invoice INV-2026-10-0442",
                "lines": [
                    "請求書 / INVOICE",
                    "No. INV-2026-10-0442    Date: 2026-10-01",
                    "Bill to: Lionroute Travel Pte. Ltd., 80 Robinson Road #12-03, Singapore 068898",
                    "From: 日の出産業株式会社 (Hinode Sangyo Co., Ltd.)",
                    "〒104-0061 東京都中央区銀座三丁目8番12号  登録番号 T1010401087452",
                    "",
                ],
                "table": [
                    ["Item", "Qty", "Unit (JPY)", "Amount (JPY)"],
                    ["Hotel Tokyo 4 nights TWN", "19 rooms x 4", "38,500", "2,926,000"],
                    ["Coach 45 seats, 5 days", "1", "1,310,000", "1,310,000"],
                    ["Gala dinner venue + catering", "38", "62,000", "2,356,000"],
                    ["Guides (EN) 5 days", "2", "280,000", "560,000"],
                    ["Activities & entrance fees", "38", "41,500", "1,577,000"],
                    ["Handling fee", "1", "753,300", "753,300"],
                    ["Total", "", "", "9,482,300"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice with our own registration number and company bank account: business data only",
    },
    {
        "id": "inbound-023",
        "charset": "iso-2022-jp",
        "sender": "東海林 理沙 <shoji.r@hinode-sangyo.co.jp>",
        "to": [
            "青葉運輸 貸切営業部 <kashikiri@aoba-unyu.co.jp>",
            "天ぷら きくや <info@tempura-kikuya.jp>",
        ],
        "cc": ["東京通訳ガイド協会 事務局 <jimukyoku@tokyo-tsuyaku-guide.or.jp>"],
        "subject": "11/12 マレーシア団体 当日の動線打合せのお願い",
        "body": """関係各位

いつも大変お世話になっております。日の出産業の東海林でございます。

11月12日（木）のマレーシア団体（22名）につき、浅草での昼食前後の動線が
複雑なため、一度関係者で打合せをさせていただきたく、ご連絡いたしました。

　日時候補：10月27日（火）15:00〜 / 10月28日（水）10:00〜
　場所　　：弊社 銀座オフィス 7F 会議室（オンライン参加も可）
　議題　　：バス降車位置（雷門通り／隅田公園）、昼食会場への徒歩ルート、
　　　　　　ガイド2名の配置、雨天時の代替案

ご都合のよい候補を、恐れ入りますが10月20日までに返信いただけますでしょうか。
よろしくお願いいたします。

""" + SIG_SHOJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (bus, restaurant, guide association) visible to each other in To/Cc",
    },
    {
        "id": "inbound-024",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": ["David Ng <david.ng@lionroute-travel.com.sg>"],
        "subject": "Hinode 2027 FIT tariff (Apr 2027 - Mar 2028)",
        "body": """Hi David,

Attached is our 2027/28 FIT tariff. Main changes from this year:

- Kyoto hotel rates up 6-9% in cherry-blossom and autumn-leaf weeks
- new half-day private guide product in Kanazawa and Takayama
- airport transfer prices unchanged; Haneda late-night surcharge now from 22:00

Rates are net to Lionroute, in JPY, per person per night unless stated.
Let me know if you need a version in SGD.

""" + SIG_HARTLEY,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "Hinode_FIT_Tariff_2027-28.xlsx",
                "title": "Hinode FIT Tariff 2027-28",
                "sheets": {
                    "Hotels": [
                        ["Hinode Sangyo FIT tariff 2027/28 - hotels (JPY net, per person per night, TWN share)"],
                        [],
                        ["City", "Hotel", "Grade", "Low", "Regular", "Peak"],
                        ["Tokyo", "Sakura Hotel Ginza", "4*", 14800, 17600, 23900],
                        ["Tokyo", "Hotel Harumi Bay", "3*", 9800, 11500, 15200],
                        ["Kyoto", "Kyoto Kamogawa Terrace", "4*", 16900, 21300, 32800],
                        ["Osaka", "Namba Riverside Inn", "3*", 8700, 10200, 13900],
                        ["Hakone", "Yumoto Seiryuso (2 meals)", "Ryokan", 27500, 31000, 39800],
                    ],
                    "Transfers": [
                        ["Airport transfers (JPY net, per vehicle)"],
                        [],
                        ["Route", "Sedan (1-3)", "Van (4-8)", "Mini coach (9-20)"],
                        ["Narita - Tokyo 23 wards", 29000, 38000, 72000],
                        ["Haneda - Tokyo 23 wards", 17500, 24000, 52000],
                        ["Kansai - Kyoto", 31000, 42000, 79000],
                    ],
                    "Guides": [
                        ["Private guides (JPY net)"],
                        [],
                        ["Language", "Half day (4h)", "Full day (8h)", "Overtime / h"],
                        ["English", 28000, 42000, 5500],
                        ["Mandarin", 28000, 42000, 5500],
                        ["Cantonese", 32000, 47000, 6000],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price list (XLSX, several sheets) to a partner: business data only",
    },
    {
        "id": "inbound-025",
        "charset": "iso-2022-jp",
        "sender": "九十九 翔太 <tsukumo.s@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約課 岡部 <okabe@sakura-hote1.jp>"],
        "subject": "10/14 台湾団体 夕食人数の最終確定",
        "body": """岡部様

お世話になっております。日の出産業の九十九です。
10/14（水）の台湾団体の夕食人数が確定しましたのでご連絡します。

　大人 9名（うち添乗員1名）、お子様 0名
　アレルギー等の対応：なし
　開始時刻：18:30（変更なし）

飲み放題は付けず、ドリンクは各自精算でお願いいたします。
よろしくお願いいたします。

""" + SIG_TSUKUMO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain sakura-hote1.jp is a look-alike of partner sakura-hotel.jp (l→1)",
    },
    {
        "id": "inbound-026",
        "charset": "utf-8",
        "sender": "林 美玲 <lin.meiling@hinode-sangyo.co.jp>",
        "to": ["东方旅游 操作部 张经理 <zhang.op@dongfang-lvyou.cn>"],
        "subject": "11/5 上海团 接机车辆及司机信息",
        "body": """张经理 您好：

我是日之出产业的林美玲。11/5 上海团（12位客人）接机安排已确认，详情如下：

　航班：MU523　上海浦东 → 成田 T2　预计 13:25 抵达
　车辆：青叶运输 中型巴士 27座（车牌：成田200か・3316）
　司机：长谷部 正人 先生（不会讲中文）　运营专用手机：090-3827-5516
　导游：由我司中文导游在到达大厅举牌接机

如航班延误，请直接通知导游或我本人。
谢谢！

""" + SIG_LIN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Chinese mail to a partner: one driver's name and duty phone, a single contact",
    },
    {
        "id": "inbound-027",
        "charset": "iso-2022-jp",
        "sender": "四月一日 健 <watanuki.k@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 貸切営業部 <kashikiri@aoba-unyu.jp>"],
        "subject": "【変更】11/3〜11/6 大型2台 → 大型1台＋中型1台",
        "body": """青葉運輸株式会社
貸切営業部 御中

いつもお世話になっております。日の出産業の四月一日です。

先日お見積りをいただいた11/3〜11/6の件、参加人数が 78名 → 61名 に減りましたため、
大型2台から「大型1台＋中型1台」への変更をお願いできますでしょうか。

行程・時間は前回お送りしたものから変更ございません。
変更後の金額で再度お見積書をいただけますと助かります。

よろしくお願いいたします。

""" + SIG_WATANUKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.jp drops the co. of partner aoba-unyu.co.jp: look-alike domain",
    },
    {
        "id": "inbound-028",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 直営店舗部 <tenpo@kitaguni-foods.co.jp>"],
        "subject": "12/8 小樽店 団体昼食のご予約（台湾・35名）",
        "body": """北国フーズ株式会社
直営店舗部　小樽運河店 ご担当者様

いつもお世話になっております。日の出産業の百目鬼です。
下記のとおり団体昼食のご予約をお願いいたします。

　日時　　：2026年12月8日（火）11:45〜12:45
　人数　　：お客様 35名＋添乗員 1名＋ガイド 1名＋乗務員 1名
　メニュー：海鮮丼セット（お一人様 3,300円・税込）
　特記事項：甲殻類アレルギー 2名、生魚不可 3名 → 焼き魚定食に変更希望
　　　　　　（お名前は当日添乗員からお伝えします）
　お支払い：後日請求書払い

バスは運河沿いの団体用駐車場に停める予定です。
よろしくお願いいたします。

""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "group lunch booking with only counts of allergies, not tied to anyone",
    },
    {
        "id": "inbound-029",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 直営店舗部 <tenpo@kitaguni-food.co.jp>"],
        "subject": "Re: 12/8 小樽店 団体昼食のご予約（台湾・35名）",
        "body": """北国フーズ 小樽運河店
ご担当者様

お世話になっております。日の出産業の百目鬼です。
先ほどのご予約の件、人数が1名増えて お客様36名 となりました。
焼き魚定食への変更は3名のままで変わりません。

お手数ですがご修正をお願いいたします。

""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-food.co.jp drops an s from partner kitaguni-foods.co.jp",
    },
    {
        "id": "inbound-030",
        "charset": "shift_jis",
        "sender": "四月一日 健 <watanuki.k@hinode-sangyo.co.jp>",
        "to": ["東京通訳ガイド協会 アサイン担当 <assign@tokyo-tsuyaku-guide.or.jp>"],
        "subject": "通訳ガイド手配のお願い（12月・広東語／英語）",
        "body": """一般社団法人 東京通訳ガイド協会
アサイン担当　御中

いつもお世話になっております。日の出産業 手配課の四月一日です。
下記日程で通訳ガイドの手配をお願いできますでしょうか。

【案件1】香港ファミリー（10名）
　日程：12月4日（金）〜12月6日（日） 3日間
　言語：広東語（北京語可でも可）
　内容：東京半日観光 → 箱根（旅館泊）→ 富士五湖
　条件：ご年配の方（車椅子なし・杖使用1名）がいらっしゃるため、歩く距離の少ない案内が得意な方

【案件2】米国インセンティブ（38名）
　日程：12月10日（木）終日
　言語：英語 ×2名
　内容：築地場外・浅草・東京タワー、夜はチームビルディングの通訳補助

報酬は協会規定どおり、交通費実費でお願いします。
候補の方が決まりましたらご連絡ください。

""" + SIG_WATANUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "guide request with tour requirements only; no identifiable guest data",
    },
]

# ---------------------------------------------------------------- 031-040
MESSAGES += [
    {
        "id": "inbound-031",
        "charset": "iso-2022-jp",
        "sender": "九十九 翔太 <tsukumo.s@hinode-sangyo.co.jp>",
        "to": ["東海林 理沙 <shoji.r@hinode-sangyou.co.jp>"],
        "subject": "明日の成田お出迎え 現場担当の連絡先",
        "body": """東海林さん

お疲れさまです。九十九です。
明日 11/5 の上海団体お出迎えの現場担当の連絡先をまとめました。
何かあればこちらに直接どうぞ。

　・九十九 翔太（全体統括）　　090-6612-4078
　・王生 千尋（中国語ガイド）　080-5503-2917
　・長谷部 正人（青葉運輸 乗務員）090-3827-5516

私は12:30に第2ターミナル到着ロビーに入ります。

""" + SIG_TSUKUMO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague but sent to hinode-sangyou.co.jp, a look-alike of the own domain",
    },
    {
        "id": "inbound-032",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 真央 <takanashi.m@hinode-sangyo.co.jp>",
        "to": ["インバウンド事業部 管理職 <inbound-mgr@hinode-sangyo.co.jp>"],
        "cc": ["総務部 リスク管理 <risk@hinode-sangyo.co.jp>"],
        "subject": "【事故報告】11/7 上海団体 お客様入院（急性虫垂炎）",
        "body": """インバウンド事業部 管理職各位
（cc：総務部リスク管理）

お疲れさまです。業務管理課の小鳥遊です。
上海団体（東方旅遊様 11/5着）で入院事案が発生しましたので第一報をいたします。

　対象者：ZHOU MING 様（49歳・男性、旅券 EB1182094）
　経緯　：11/7 21時頃、高山のホテルで腹痛。救急搬送のうえ急性虫垂炎と診断、11/8 手術。
　現状　：術後経過良好。約5日間入院、奥様 QIAN LI 様が付き添いで延泊。
　費用　：包括契約の傷害保険（ほしぞら損保）で対応見込み。事故受付済み。
　対応　：林（中国語）が病院との通訳、東方旅遊様への報告を担当。

続報は11/9中にお送りします。

""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "incident report with a diagnosis, sent only to internal addresses",
    },
    {
        "id": "inbound-033",
        "charset": "utf-8",
        "sender": "林 美玲 <lin.meiling@hinode-sangyo.co.jp>",
        "to": ["福爾摩沙假期 日本線 陳經理 <chen.jp@formosa-holiday.com.tw>"],
        "subject": "2027年春季 地接報價單（附件）",
        "body": """陳經理 您好：

附件為 2027 年 3〜5 月 地接報價單（PDF），
包含東京・富士山・京都・大阪 6 天 5 夜標準行程的每人報價。
價格有效期至 2027/5/31，若團員人數少於 16 人另行報價。

有任何問題請隨時與我聯繫。

""" + SIG_LIN,
        "attachments": [
            {
                "kind": "pdf",
                "name": "2027春_地接報價_福爾摩沙假期様.pdf",
                "title": "2027春 地接報価",
                "page_header": "社外秘",
                "page_footer": "日の出産業株式会社 インバウンド事業部　社外秘・転送禁止",
                "lines": [
                    "【社外秘】2027年春季 ランドオペレーション料金表（福爾摩沙假期様向け）",
                    "行程：東京・富士山・京都・大阪 6日間（ホテル5泊、専用バス、中国語ガイド）",
                    "",
                ],
                "table": [
                    ["催行人数", "3月（円/人）", "4月（円/人）", "5月（円/人）", "うち当社手数料"],
                    ["16〜20名", "148,000", "172,000", "151,000", "12%"],
                    ["21〜30名", "136,000", "159,000", "139,000", "11%"],
                    ["31〜40名", "129,000", "151,000", "132,000", "10%"],
                    ["シングル追加", "38,000", "46,000", "39,000", "-"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached PDF stamped 社外秘 in header, footer and title, sent to a partner",
    },
    {
        "id": "inbound-034",
        "charset": "iso-2022-jp",
        "sender": "東海林 理沙 <shoji.r@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "旅券情報の受け渡し方法変更に伴うご相談",
        "body": """ツバサシステム株式会社
サポートご担当者様

いつもお世話になっております。日の出産業の東海林です。

弊社では来年1月から、海外の提携旅行会社との間でお客様の旅券情報などの
機密性の高い情報をメールやパスワード付きZIPで受け渡すことをやめ、
御社予約システムの「パートナー向けアップロード機能」に一本化する方針です。

つきましては、以下についてご教示いただけますでしょうか。
　1. パートナーごとにアップロード専用のアカウントを発行できるか
　2. アップロードされたファイルの自動削除（例：帰国後30日）の設定可否
　3. 操作ログの保存期間と、ダウンロード履歴の出力方法

12月上旬に一度お打ち合わせの時間をいただけますと幸いです。
よろしくお願いいたします。

""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 機密 only in a sentence about data handling, no marking and no data",
    },
    {
        "id": "inbound-035",
        "charset": "utf-8",
        "sender": "東海林 理沙 <shoji.r@hinode-sangyo.co.jp>",
        "to": ["东方旅游 张经理 <zhang.op@dongfang-lvyou.cn>"],
        "cc": ["林 美玲 <lin.meiling@hinode-sangyo.co.jp>"],
        "subject": "【取扱注意】2027年度 送客手数料条件のご提示",
        "body": """【取扱注意】
本メールおよび添付の条件は貴社限りとし、第三者への開示はご遠慮ください。

东方旅游 张经理

いつもお世話になっております。日の出産業の東海林です。
（中国語版は林より別途お送りします）

2027年度の送客手数料条件を以下のとおりご提示いたします。

　年間送客人数　　　　　　　手数料率
　1〜999名　　　　　　　　　8.0%
　1,000〜2,999名　　　　　　9.5%
　3,000名以上　　　　　　　11.0%（年度末に遡及適用）

また、FIT手配の取扱手数料は一律 1件 3,300円 とさせていただきます。
ご不明点は林または私までお問い合わせください。

""" + SIG_SHOJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified 【取扱注意】 in subject and body, sent to a partner",
    },
    {
        "id": "inbound-036",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": ["Sophie Nguyen <sophie.nguyen@koala-trails.com.au>"],
        "subject": "Draft itinerary - Koala Trails 'Japan Alps & Onsen' 9 days",
        "body": """Hi Sophie,

Here is the first draft of the 9-day itinerary for your May 2027 departures.

Day 1  Arrive Tokyo (Haneda). Transfer to hotel. Welcome dinner in Shinjuku.
Day 2  Tokyo: Meiji Shrine, Harajuku, Asakusa. Guide: Ms. Chihiro Ikurumi.
Day 3  Train to Matsumoto; castle visit; continue to Kamikochi area.
Day 4  Kamikochi walk (3-4 h, easy). Overnight Hirayu Onsen.
Day 5  Takayama morning market, old town; overnight Takayama.
Day 6  Shirakawa-go, then Kanazawa. Kenrokuen at sunset.
Day 7  Kanazawa: Higashi Chaya, 21st Century Museum. Train to Kyoto.
Day 8  Kyoto: Fushimi Inari early, Gion walk, farewell kaiseki dinner.
Day 9  Transfer to Kansai Airport.

Chihiro guided your October group and got great feedback, so we've pencilled
her in again. Pricing will follow once you confirm the hotel grades.

""" + SIG_HARTLEY,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "itinerary naming the guide only: a name with no other personal data",
    },
    {
        "id": "inbound-037",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": ["Mark Delaney <mark.d@pacific-horizon-travel.com>"],
        "subject": "Proposal: Pacific Horizon x Hinode preferred-supplier terms 2027",
        "body": """Hi Mark,

As discussed on our call, please find attached our proposal for preferred-supplier
terms for 2027, including volume tiers and the marketing fund contribution.

Happy to walk you through it next week.

""" + SIG_HARTLEY,
        "attachments": [
            {
                "kind": "docx",
                "name": "Hinode_PacificHorizon_Proposal_2027.docx",
                "title": "Preferred-supplier proposal 2027",
                "page_header": "CONFIDENTIAL - Hinode Sangyo / Pacific Horizon Travel",
                "page_footer": "Confidential. Do not distribute.",
                "paragraphs": [
                    "Preferred-supplier proposal 2027",
                    "Classification: Confidential",
                    "1. Volume tiers: 0-499 pax net rates as tariff; 500-1,499 pax 4% rebate; 1,500+ pax 6% rebate.",
                    "2. Marketing fund: Hinode contributes JPY 2,000 per passenger to a joint marketing fund.",
                    "3. Exclusivity: Pacific Horizon uses Hinode as sole ground handler for Tokyo-Kyoto programmes.",
                    "4. Payment terms: 30 days after departure, USD or JPY.",
                ],
                "tables": [
                    [
                        ["Tier", "Pax per year", "Rebate", "Marketing fund"],
                        ["Silver", "0-499", "0%", "JPY 1,000/pax"],
                        ["Gold", "500-1,499", "4%", "JPY 2,000/pax"],
                        ["Platinum", "1,500+", "6%", "JPY 2,500/pax"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached DOCX classified Confidential in header, footer and body",
    },
    {
        "id": "inbound-038",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": ["Emma Clarke <e.clarke@maple-leaf-journeys.ca>"],
        "subject": "Our offices and 24h emergency line in Japan",
        "body": """Hi Emma,

For your operations manual, here are our offices in Japan. Your tour leaders can
call any of them during office hours; outside office hours please use the 24h line.

Office            Address                                              Phone
----------------  ---------------------------------------------------  --------------
Tokyo (HQ)        Hinode Bldg. 7F, 3-8-12 Ginza, Chuo-ku, Tokyo         +81-3-5521-7340
Osaka branch      6F, 2-1-5 Umeda, Kita-ku, Osaka                       +81-6-6343-2210
Kyoto desk        4F, 640 Karasuma-dori Shijo, Shimogyo-ku, Kyoto       +81-75-212-8845
Sapporo desk      3F, 1-2 Kita 3-jo Nishi, Chuo-ku, Sapporo             +81-11-231-0677
Fukuoka branch    5F, 1-10-1 Tenjin, Chuo-ku, Fukuoka                   +81-92-713-5520

24h emergency line (English / Mandarin / Cantonese): +81-3-5521-7399

""" + SIG_HARTLEY,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's own offices and switchboards, not people",
    },
    {
        "id": "inbound-039",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["博多ベイサイドホテル 予約課 <yoyaku@hakata-bayside-hotel.jp>"],
        "subject": "12/18着 韓国・台湾混載ツアー ルーミングリスト送付",
        "body": """博多ベイサイドホテル
予約課　御中

いつもお世話になっております。日の出産業の百目鬼です。

12月18日（金）から2泊の混載ツアー（予約番号 HB-55190）の
ルーミングリストをパスワード付きZIPでお送りします。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。

""" + SIG_DOMEKI,
        "attachments": [
            {
                "kind": "zip",
                "name": "rooming_HB-55190.zip",
                "password": "Hb55190#Dec",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "rooming_HB-55190.xlsx",
                        "sheets": {
                            "Rooming": [
                                ["Room", "Name", "DOB", "Passport"],
                                ["TWN1", "KIM MIN JUN", "1988-04-02", "M40771852"],
                                ["TWN1", "PARK SO YEON", "1989-10-19", "M40771869"],
                                ["TWN2", "HSU YI-LING", "1991-01-05", "325561098"],
                                ["TWN2", "KAO HSIN-YI", "1992-07-13", "325561101"],
                                ["SGL1", "LEE JAE HO", "1975-12-30", "M22098414"],
                            ]
                        },
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP): its contents cannot be inspected",
    },
    {
        "id": "inbound-040",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["博多ベイサイドホテル 予約課 <yoyaku@hakata-bayside-hotel.jp>"],
        "subject": "パスワードのご連絡（12/18着 HB-55190）",
        "body": """博多ベイサイドホテル
予約課　御中

お世話になっております。日の出産業の百目鬼です。
先ほどお送りしたファイルのパスワードをお知らせいたします。

　rooming_HB-55190.zip　→　Hb55190#Dec

なお、弊社では来年1月よりパスワード付きZIPでのファイル送付を廃止し、
ダウンロードリンクでの共有に切り替える予定です。お手数をおかけしますが
ご理解のほどよろしくお願いいたします。

""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "separate mail with only a ZIP password, no attachment and no personal data",
    },
]

# ---------------------------------------------------------------- 041-050
MESSAGES += [
    {
        "id": "inbound-041",
        "charset": "shift_jis",
        "sender": "小鳥遊 真央 <takanashi.m@hinode-sangyo.co.jp>",
        "to": ["ほしぞら損保 事故受付センター <claims@hoshizora-sonpo.co.jp>"],
        "subject": "保険金請求書類の送付（受付番号 HZC-26-118842）",
        "body": """ほしぞら損害保険株式会社
事故受付センター　ご担当者様

お世話になっております。日の出産業の小鳥遊です。
受付番号 HZC-26-118842 の件、保険金請求書と添付書類一式をPDFにまとめて
お送りいたします。ファイルにはパスワードを設定しておりますので、
お電話にてお伝えいたします。

原本は本日レターパックで発送いたしました（追跡番号 3316-4480-2271）。

""" + SIG_TAKANASHI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "保険金請求書一式_HZC-26-118842.pdf",
                "password": "hz118842",
                "lines": [
                    "保険金請求書",
                    "被保険者：ZHOU MING　旅券番号 EB1182094",
                    "傷病名：急性虫垂炎　入院期間 2026/11/07〜2026/11/12",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF that cannot be inspected",
    },
    {
        "id": "inbound-042",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": ["Mark Delaney <mark.d@pacific-horizon-travel.com>"],
        "subject": "Re: Passport details for the Nov 20 group - hotel registration",
        "body": """Hi Mark,

Got it, thank you. I've passed the details on to the hotel and all six rooms
are now pre-registered, so check-in should be quick.

Cheers,
Kevin

On Tue, Oct 6, 2026 at 9:12 PM Mark Delaney <mark.d@pacific-horizon-travel.com> wrote:
> Hi Kevin,
>
> Here are the passport details you asked for:
>
> Name               DOB          Passport
> Daniel OKAFOR      1979-02-14   567213498
> Grace OKAFOR       1981-06-30   567213502
> Peter LINDQVIST    1964-09-03   488120937
> Karen LINDQVIST    1966-11-21   488120941
> Samuel ORTIZ       1990-03-08   A07731265
> Maria ORTIZ        1991-08-17   A07731279
>
> Best,
> Mark
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the passport list appears only as text quoted from the partner's own mail",
    },
    {
        "id": "inbound-043",
        "charset": "shift_jis",
        "sender": "四月一日 健 <watanuki.k@hinode-sangyo.co.jp>",
        "to": ["富士見観光バス 運行管理 <unkou@fujimi-kanko-bus.co.jp>"],
        "subject": "11月分 配車表（最新版）",
        "body": """富士見観光バス 運行管理
高鍋様

お世話になっております。日の出産業の四月一日です。
11月分の配車表の最新版をお送りします。11/20と11/27の行程を更新しています。

ファイルが開けない場合はお知らせください。

""" + SIG_WATANUKI,
        "attachments": [{"kind": "corrupt", "name": "配車表_2026年11月_v3.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be read",
    },
    {
        "id": "inbound-044",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 真央 <takanashi.m@hinode-sangyo.co.jp>",
        "to": ["ほしぞら損保 団体営業課 鮫島 <samejima@hoshizora-sonpo.co.jp>"],
        "subject": "2027年度 包括契約の更新見積りのお願い",
        "body": """ほしぞら損害保険株式会社
団体営業課　鮫島様

いつもお世話になっております。日の出産業の小鳥遊です。

現在の包括契約（証券番号 HZ-7730-2291）が2027年3月末で満期となるため、
更新のお見積りをお願いいたします。2026年度の実績と2027年度の見込みは以下です。

　　　　　　　　　　2026年度実績（見込）　2027年度計画
　加入者数　　　　　　　　4,820名　　　　　　　5,600名
　平均滞在日数　　　　　　　6.2日　　　　　　　　6.5日
　事故件数　　　　　　　　　 14件　　　　　　　　　―
　うち入院　　　　　　　　　　3件　　　　　　　　　―

補償内容は現行どおり（治療費用 1,000万円、救援者費用 300万円、携行品 30万円）で、
キャッシュレス診療の対応病院を地方都市まで広げていただけるか、合わせてご相談したく存じます。

""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate figures for an insurance renewal quote; nobody identifiable",
    },
    {
        "id": "inbound-045",
        "charset": "iso-2022-jp",
        "sender": "四月一日 健 <watanuki.k@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "11/20 Lionroute MICE 6台口 各号車の添乗員連絡先",
        "body": """青葉運輸 配車センター
須貝様

お世話になっております。四月一日です。
11/20〜24のシンガポールMICE（6台口）の各号車の添乗員が決まりましたので、
乗務員の皆さまへの共有をお願いいたします。

・1号車　Jasmine TEO（テオ）　　　+65 9017 3382 ／ yoko.teo@lionroute-travel.com.sg
・2号車　Marcus CHUA（チュア）　　+65 8126 4409 ／ marcus.chua@lionroute-travel.com.sg
・3号車　Nur FARHANA（ファルハナ）+65 9330 5172 ／ farhana.n@lionroute-travel.com.sg
・4号車　Kelvin HO（ホー）　　　　+65 9458 0021 ／ kelvin.ho@lionroute-travel.com.sg
・5号車　Shirley WEE（ウィー）　　+65 8802 7765 ／ shirley.wee@lionroute-travel.com.sg
・6号車　一口 美奈子（いもあらい、弊社） 090-7744-1865

日本国内では全員ローミングでつながります。
よろしくお願いいたします。

""" + SIG_WATANUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "「・」 bullet list of six people with mobiles and e-mail addresses to a bus company",
    },
    {
        "id": "inbound-046",
        "charset": "utf-8",
        "sender": "林 美玲 <lin.meiling@hinode-sangyo.co.jp>",
        "to": ["福爾摩沙假期 日本線 陳經理 <chen.jp@formosa-holiday.com.tw>"],
        "subject": "10月團 旅客滿意度調查結果／お客様アンケート集計",
        "body": """陳經理 您好：

10月份三個團（FH-KIX-1020、FH-NRT-1014、FH-CTS-1027）的旅客滿意度調查結果如下，
回收率 87%（104 份中 91 份）。

　項目　　　　　　非常滿意　滿意　普通　不滿意
　導遊　　　　　　　68%　　27%　　4%　　1%
　飯店　　　　　　　41%　　45%　 12%　　2%
　餐食　　　　　　　36%　　44%　 17%　　3%
　巴士／司機　　　　59%　　36%　　5%　　0%

主要意見：
・京都飯店房間偏小（FH-KIX-1020）
・希望自由活動時間多一點
・大阪遭竊事件後導遊處理迅速，獲得好評

詳細の日本語版は来週お送りします。

""" + SIG_LIN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated survey results in Chinese; no individual respondent",
    },
    {
        "id": "inbound-047",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["城崎 柳屋 フロント <front@kinosaki-yanagiya.jp>"],
        "subject": "1/15ご宿泊 オーストラリア5名様　ご滞在中の緊急連絡先",
        "body": """城崎温泉 柳屋
フロント　ご担当者様

いつもお世話になっております。日の出産業の百目鬼です。
1月15日（金）ご宿泊のオーストラリアのお客様5名の、ご本人連絡先と
母国の緊急連絡先をお送りします。夜間に何かあった際にご利用ください。

【1】Oliver BRENNAN　様
　携帯：+61 412 883 017
　メール：oliver.brennan@bigpond.com
　緊急連絡先：Claire BRENNAN（妻）+61 3 9521 4470

【2】Charlotte BRENNAN　様
　携帯：+61 412 883 018
　緊急連絡先：Claire BRENNAN（母）+61 3 9521 4470

【3】Liam FITZGERALD　様
　携帯：+61 433 210 955
　メール：liamfitz@optusnet.com.au
　緊急連絡先：Sean FITZGERALD（兄）+61 2 9887 3021

【4】Mia TANAKA-HOLT　様
　携帯：+61 401 556 284
　緊急連絡先：Kenji TANAKA（父）+61 7 3210 6659

【5】Noah HOLT　様
　携帯：+61 401 556 290
　緊急連絡先：同上

ご不明な点がございましたらご連絡ください。

""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one record per block: five guests' mobiles, e-mails and family emergency contacts to a ryokan",
    },
    {
        "id": "inbound-048",
        "charset": "iso-2022-jp",
        "sender": "九十九 翔太 <tsukumo.s@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "2027年版 パンフレット（英語・繁体字・簡体字）印刷のご依頼",
        "body": """錦印刷株式会社
営業部　多胡様

いつもお世話になっております。日の出産業の九十九です。
2027年版のパンフレットにつき、下記のとおり印刷をお願いいたします。
入稿用データ（校了版）はPDFで添付しております。

　仕様　　：A4 二つ折り（4ページ）、コート紙 135kg、4色／4色
　部数　　：英語版 3,000部、繁体字版 5,000部、簡体字版 4,000部
　納期　　：2027年1月8日（金）弊社銀座オフィス着
　納品先　：〒104-0061 東京都中央区銀座3-8-12 日の出ビル7F 日の出産業 九十九宛

お見積りは前回（2026年版）と同条件でお願いできれば幸いです。

""" + SIG_TSUKUMO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "Brochure2027_EN_final.pdf",
                "title": "Discover Japan with Hinode 2027",
                "lines": [
                    "Discover Japan with Hinode 2027",
                    "Golden Route 7 days / Alps & Onsen 9 days / Hokkaido Winter 6 days",
                    "Tailor-made FIT, MICE and school trips. www.hinode-sangyo.co.jp/inbound",
                    "24h emergency line +81-3-5521-7399",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print order to a partner with the brochure PDF; company address for delivery only",
    },
    {
        "id": "inbound-049",
        "charset": "utf-8",
        "sender": "九十九 翔太 <tsukumo.s@hinode-sangyo.co.jp>",
        "to": ["成田ミート＆グリート 受付 <order@narita-meetgreet.co.jp>"],
        "subject": "11/5 上海団 空港お出迎え対象者リスト",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>成田ミート＆グリート<br>ご担当者様</p>
<p>いつもお世話になっております。日の出産業の九十九です。<br>
11/5（木）MU523 到着のお客様のお出迎えをお願いいたします。対象者は下表の8名です。<br>
入国審査後に連絡が取れない方がいた場合は、携帯番号へご連絡ください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No.</th><th>Name</th><th>中文名</th><th>Mobile (WeChat)</th><th>Hotel</th></tr>
<tr><td>1</td><td>XU JING</td><td>徐静</td><td>+86 139 1762 4408</td><td>ホテル新宿オークテラス</td></tr>
<tr><td>2</td><td>HE JUN</td><td>何军</td><td>+86 138 0213 5527</td><td>ホテル新宿オークテラス</td></tr>
<tr><td>3</td><td>FENG XIAOYU</td><td>冯晓雨</td><td>+86 186 2119 0376</td><td>ホテル新宿オークテラス</td></tr>
<tr><td>4</td><td>DU WEI</td><td>杜伟</td><td>+86 135 6470 8812</td><td>ホテル新宿オークテラス</td></tr>
<tr><td>5</td><td>MA LINA</td><td>马丽娜</td><td>+86 137 6488 2093</td><td>ホテル新宿オークテラス</td></tr>
<tr><td>6</td><td>ZHANG JIANGUO</td><td>张建国</td><td>+86 139 0178 3341</td><td>ホテル新宿オークテラス</td></tr>
<tr><td>7</td><td>LI XIULAN</td><td>李秀兰</td><td>+86 139 0178 3342</td><td>ホテル新宿オークテラス</td></tr>
<tr><td>8</td><td>WANG HAO</td><td>王浩</td><td>+86 188 1654 7720</td><td>ホテル新宿オークテラス</td></tr>
</table>
<p>残り4名は別便（11/6着）のため、後ほど改めてご連絡いたします。</p>
<p>--<br>日の出産業株式会社 インバウンド事業部 ツアーオペレーション課<br>
九十九 翔太<br>TEL 03-5521-7340<br>tsukumo.s@hinode-sangyo.co.jp</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of eight arriving guests and their mobiles",
    },
    {
        "id": "inbound-050",
        "charset": "iso-2022-jp",
        "sender": "東海林 理沙 <shoji.r@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 営業部 <sales@sakura-hotel.jp>"],
        "subject": "10/8 年間契約打合せ 議事録の送付",
        "body": """さくらホテル 営業部
石動様

先日はお時間をいただきありがとうございました。日の出産業の東海林です。
10月8日のお打ち合わせの議事録をお送りいたします。
内容に相違がございましたら、10月16日までにお知らせください。

""" + SIG_SHOJI,
        "attachments": [
            {
                "kind": "docx",
                "name": "議事録_20261008_さくらホテル様.docx",
                "title": "議事録 2026-10-08",
                "paragraphs": [
                    "議事録：2027年度 団体・FIT客室年間契約について",
                    "日時：2026年10月8日（木）14:00〜15:30　場所：さくらホテル銀座 会議室B",
                    "決定事項：(1) 2027年度の団体アロットメントは月60室泊を維持　(2) リリース期限は21日前→14日前に短縮　(3) 台湾・香港団体向けの朝食中国語メニューをホテル側で用意",
                    "宿題：日の出産業側 — 2027年度の送客計画（月別）を11月末までに提出。ホテル側 — 春節期間の料金を12月中旬までに提示。",
                ],
                "tables": [
                    [
                        ["出席者", "所属", "役職"],
                        ["石動 哲也", "さくらホテル 営業部", "部長"],
                        ["宇佐美 香", "さくらホテル 宿泊予約課", "課長"],
                        ["東海林 理沙", "日の出産業 インバウンド事業部", "課長"],
                        ["九十九 翔太", "日の出産業 インバウンド事業部", "主任"],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "minutes listing the meeting's business attendees by name, company and title only",
    },
]

# ---------------------------------------------------------------- 051-060
MESSAGES += [
    {
        "id": "inbound-051",
        "charset": "utf-8",
        "sender": "東海林 理沙 <shoji.r@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "【不具合調査依頼】FIT予約の二重登録について（問合せ番号 TS-20931）",
        "body": """ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業の東海林です。
問合せ番号 TS-20931 の件、二重登録が発生した予約の抽出データを添付いたします。
9/28 21:00〜23:00 の間に海外サイト経由で入った予約で、同一内容が2件ずつ作成されています。

再現条件の特定にお役立てください。

""" + SIG_SHOJI,
        "attachments": [
            {
                "kind": "csv",
                "name": "duplicate_bookings_20260928.csv",
                "encoding": "utf-8",
                "rows": [
                    ["booking_id", "created_at", "lead_name", "email", "phone", "country", "pax", "card_last4"],
                    ["FIT-260928-0113", "2026-09-28 21:04", "Rachel GOLDBERG", "rachel.goldberg@fastmail.com", "+1 646 555 0192", "US", "2", "4417"],
                    ["FIT-260928-0114", "2026-09-28 21:04", "Rachel GOLDBERG", "rachel.goldberg@fastmail.com", "+1 646 555 0192", "US", "2", "4417"],
                    ["FIT-260928-0127", "2026-09-28 21:39", "WONG Siu Ling", "siuling.w@netvigator.com", "+852 6288 1403", "HK", "3", "0921"],
                    ["FIT-260928-0128", "2026-09-28 21:39", "WONG Siu Ling", "siuling.w@netvigator.com", "+852 6288 1403", "HK", "3", "0921"],
                    ["FIT-260928-0140", "2026-09-28 22:11", "Arjun MEHTA", "arjun.mehta88@gmail.com", "+65 9183 0447", "SG", "4", "7730"],
                    ["FIT-260928-0141", "2026-09-28 22:11", "Arjun MEHTA", "arjun.mehta88@gmail.com", "+65 9183 0447", "SG", "4", "7730"],
                    ["FIT-260928-0152", "2026-09-28 22:30", "Chloe MARTIN", "chloe.martin@orange.fr", "+33 6 12 48 90 27", "FR", "2", "3308"],
                    ["FIT-260928-0153", "2026-09-28 22:30", "Chloe MARTIN", "chloe.martin@orange.fr", "+33 6 12 48 90 27", "FR", "2", "3308"],
                    ["FIT-260928-0166", "2026-09-28 22:52", "HSIEH Tzu-Yu", "tzuyu.hsieh@yahoo.com.tw", "+886 932 118 704", "TW", "2", "5561"],
                    ["FIT-260928-0167", "2026-09-28 22:52", "HSIEH Tzu-Yu", "tzuyu.hsieh@yahoo.com.tw", "+886 932 118 704", "TW", "2", "5561"],
                    ["FIT-260928-0171", "2026-09-28 22:58", "Benjamin CROSS", "ben.cross@btinternet.com", "+44 7700 900 418", "GB", "1", "2294"],
                    ["FIT-260928-0172", "2026-09-28 22:58", "Benjamin CROSS", "ben.cross@btinternet.com", "+44 7700 900 418", "GB", "1", "2294"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV export of six customers' bookings with e-mails and phones to the system vendor",
    },
    {
        "id": "inbound-052",
        "charset": "iso-2022-jp",
        "sender": "四月一日 健 <watanuki.k@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "12月分 配車依頼表の送付",
        "body": """青葉運輸 配車センター
須貝様

いつもお世話になっております。四月一日です。
12月分の配車依頼表をお送りします。シートごとに「大型」「中型」「ジャンボタクシー」に
分けております。12/24〜12/26は台数が多いため、お早めにご確認いただけると助かります。

""" + SIG_WATANUKI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "配車依頼表_2026年12月.xlsx",
                "sheets": {
                    "大型": [
                        ["日の出産業 配車依頼表 2026年12月（大型）"],
                        ["作成：手配課 四月一日　更新日：2026/11/02"],
                        ["日付", "団体コード", "人数", "発", "着", "発時刻", "着時刻", "備考"],
                        ["12/04", "HS-HK-1204", 10, "羽田T3", "新宿", "15:00", "16:30", "中型でも可"],
                        ["12/08", "HS-TW-1208", 38, "新千歳", "小樽", "9:30", "11:30", "冬装備"],
                        ["12/10", "HS-US-1210", 38, "浅草", "東京タワー", "9:00", "17:00", "終日"],
                        ["12/24", "HS-TW-1224A", 42, "成田T1", "河口湖", "12:00", "15:30", ""],
                        ["12/24", "HS-TW-1224B", 40, "成田T1", "河口湖", "12:30", "16:00", ""],
                    ],
                    "中型": [
                        ["日の出産業 配車依頼表 2026年12月（中型）"],
                        [],
                        ["日付", "団体コード", "人数", "発", "着", "発時刻", "着時刻", "備考"],
                        ["12/05", "HS-HK-1204", 10, "新宿", "箱根湯本", "9:00", "11:00", ""],
                        ["12/18", "HB-55190", 18, "博多駅", "太宰府", "9:30", "17:00", "九州は別会社手配"],
                    ],
                    "ジャンボタクシー": [
                        ["日の出産業 配車依頼表 2026年12月（ジャンボタクシー）"],
                        [],
                        ["日付", "予約番号", "人数", "発", "着", "発時刻", "備考"],
                        ["12/02", "FIT-261202-03", 5, "羽田T3", "帝国ホテル", "6:40", "早朝便"],
                        ["12/15", "FIT-261215-11", 6, "京都駅", "嵐山", "8:30", "半日"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bus order sheets (XLSX, several sheets, title rows) with group codes and counts only",
    },
    {
        "id": "inbound-053",
        "charset": "shift_jis",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["北の大地トラベル 手配部 <tehai@kitanodaichi-travel.co.jp>"],
        "subject": "12/8〜12/10 台湾団体 北海道区間の手配資料一式",
        "body": """株式会社北の大地トラベル
手配部　蛯子様

いつもお世話になっております。日の出産業の百目鬼です。
12/8〜12/10 の北海道区間の現地手配資料一式をZIPにまとめてお送りします。

　・rooming_TW1208.xlsx …… ルーミングリスト（旅券番号あり）
　・meal_TW1208.csv ……… 食事の要望一覧

ご確認のうえ、不明点はお知らせください。

""" + SIG_DOMEKI,
        "attachments": [
            {
                "kind": "zip",
                "name": "HS-TW-1208_北海道区間.zip",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "rooming_TW1208.xlsx",
                        "sheets": {
                            "Rooming": [
                                ["HS-TW-1208 Rooming list (Otaru / Jozankei)"],
                                ["Room", "Name", "Sex", "DOB", "Passport"],
                                ["T01", "YANG, CHIH-MING", "M", "1969-05-12", "308877120"],
                                ["T01", "YANG, HSIU-YING", "F", "1971-02-28", "308877134"],
                                ["T02", "CHANG, KUAN-YU", "M", "1984-08-19", "321164509"],
                                ["T02", "LU, YI-HSUAN", "F", "1986-12-07", "321164516"],
                                ["T03", "HSIAO, TING-WEI", "M", "1995-03-03", "356620081"],
                                ["T03", "PAN, WEI-CHE", "M", "1995-06-26", "356620097"],
                                ["S01", "CHIU, HUI-MIN (TL)", "F", "1980-10-15", "317702248"],
                            ]
                        },
                    },
                    {
                        "kind": "csv",
                        "name": "meal_TW1208.csv",
                        "encoding": "cp932",
                        "rows": [
                            ["氏名", "要望"],
                            ["YANG, HSIU-YING", "素食（蛋奶素）"],
                            ["CHANG, KUAN-YU", "生魚不可"],
                            ["PAN, WEI-CHE", "牛肉不可"],
                        ],
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "plain ZIP holding an XLSX rooming list of 7 guests with passports and a meal CSV",
    },
    {
        "id": "inbound-054",
        "charset": "shift_jis",
        "sender": "九十九 翔太 <tsukumo.s@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約課 <reservation@sakura-hotel.jp>"],
        "subject": "2027年1〜3月 アロットメント利用計画",
        "body": """さくらホテル 宿泊予約課 御中

お世話になっております。日の出産業の九十九です。
2027年1〜3月のアロットメント利用計画をCSVでお送りします。
春節（2/5〜2/14）前後は通常枠に加えて追加で20室ほどご相談させてください。

""" + SIG_TSUKUMO,
        "attachments": [
            {
                "kind": "csv",
                "name": "allotment_plan_2027Q1.csv",
                "encoding": "cp932",
                "rows": [
                    ["月", "週", "客室タイプ", "契約室数", "利用予定", "リリース予定", "備考"],
                    ["1月", "1-2週", "ツイン", "40", "22", "18", ""],
                    ["1月", "3-4週", "ツイン", "40", "31", "9", "香港団体2本"],
                    ["2月", "1-2週", "ツイン", "40", "40", "0", "春節 追加20室希望"],
                    ["2月", "3-4週", "ツイン", "40", "28", "12", ""],
                    ["3月", "1-2週", "ツイン", "40", "35", "5", ""],
                    ["3月", "3-4週", "ツイン", "40", "40", "0", "桜 追加10室希望"],
                    ["1〜3月", "全期間", "シングル", "10", "7", "3", "添乗員用"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CP932 CSV of room allotment figures: business data only",
    },
    {
        "id": "inbound-055",
        "charset": "utf-8",
        "sender": "林 美玲 <lin.meiling@hinode-sangyo.co.jp>",
        "to": ["定山渓 翠雲閣 予約係 <yoyaku@jozankei-suiunkaku.jp>"],
        "subject": "FW: 12月上海团名单（旅券情報）",
        "body": """翠雲閣 予約係
ご担当者様

お世話になっております。日の出産業の林です。
12/21ご宿泊の上海団体について、東方旅遊様から届いた名簿を転送いたします。
宿泊者名簿のご記入にお使いください。

-----Original Message-----
差出人: 东方旅游 张经理 <zhang.op@dongfang-lvyou.cn>
送信日時: 2026年11月20日 18:42
宛先: 林 美玲 <lin.meiling@hinode-sangyo.co.jp>
件名: 12月上海团名单（旅券情報）

林小姐您好，

12/20 出发上海团名单如下，请安排酒店。

序号  姓名        拼音            性别  出生日期     护照号码
1     赵磊        ZHAO LEI        男    1978-09-14   EA6618203
2     钱芳        QIAN FANG       女    1980-02-02   EA6618217
3     孙浩然      SUN HAORAN      男    2008-07-21   EA6618224
4     周晓梅      ZHOU XIAOMEI    女    1965-11-30   E77402159
5     吴国平      WU GUOPING      男    1963-04-16   E77402163
6     郑琳        ZHENG LIN       女    1991-05-09   EB3091740

谢谢！
张
""" + "\n" + SIG_LIN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "forward of a partner's mail: six guests with DOB and passport numbers are new to the ryokan",
    },
    {
        "id": "inbound-056",
        "charset": "utf-8",
        "sender": "林 美玲 <lin.meiling@hinode-sangyo.co.jp>",
        "to": ["福爾摩沙假期 日本線 陳經理 <chen.jp@formosa-holiday.com.tw>"],
        "subject": "Re: 2027年 北海道冬季團 報價詢問",
        "body": """陳經理 您好：

感謝詢價。北海道冬季 5 天 4 夜（札幌・小樽・定山溪・旭山動物園）報價如下：

　團體人數　　每人報價（日圓，含稅）
　16〜20 人　　 168,000
　21〜30 人　　 152,000
　31〜40 人　　 143,000

包含：飯店 4 晚（兩人一室）、早餐 4 次、晚餐 3 次、專用巴士、中文導遊。
不含：國際機票、午餐、個人消費、旅遊平安險。

2 月春節期間（2/5〜2/14）飯店加價約 15%，確定日期後再另行報價。
請參考，謝謝！

林美玲

> 林小姐您好，
> 想詢問 2027 年 1〜2 月 北海道 5 天 4 夜 的團體報價，約 25〜30 人。
> 陳""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "traditional-Chinese price quote reply to a partner: business data",
    },
    {
        "id": "inbound-057",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["博多ベイサイドホテル 予約課 <yoyaku@hakata-bayside-hotel.jp>"],
        "subject": "Re: 12/18着 混載ツアー 宿泊者の変更について",
        "body": """博多ベイサイドホテル 予約課
米良様

ご連絡ありがとうございます。日の出産業の百目鬼です。
ご指摘のとおり、先週お送りした名簿から参加者が入れ替わりました。
変更後の5名様は以下のとおりです（旧名簿の5名はすべて取消です）。

　氏名　　　　　　　国籍　生年月日　　　携帯
　SHIN HYE JIN　　　KOR　1993-06-11　　+82 10-4417-2290
　CHOI DONG WOO　　 KOR　1990-02-25　　+82 10-8802-3316
　LIAO PEI-JUN　　　TWN　1988-09-30　　+886 955 201 774
　TSENG YU-CHUN　　 TWN　1989-01-08　　+886 955 201 781
　NAM GI HOON　　　 KOR　1977-12-19　　+82 10-2295-6618

お部屋タイプは変わらず TWN×2、SGL×1 でお願いいたします。

-----Original Message-----
From: 米良 <mera@hakata-bayside-hotel.jp>
Sent: Monday, December 7, 2026 10:15 AM
To: 百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>
Subject: 12/18着 混載ツアー 宿泊者の変更について

百目鬼様

お世話になっております。博多ベイサイドホテルの米良です。
先日いただいた名簿（KIM MIN JUN 様ほか5名）と、本日ツアー会社様から届いた
参加者の方のお名前が一致しておりません。最新の名簿をお送りいただけますでしょうか。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reply whose new text adds five guests with DOB and mobiles; only the hotel's question is quoted",
    },
    {
        "id": "inbound-058",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["経理部 売上管理 <uriage@hinode-sangyo.co.jp>"],
        "subject": "返金処理のお願い（FIT-260915-21 HARRIS様）",
        "body": """経理部 売上管理ご担当者様

お疲れさまです。手配課の百目鬼です。
下記のFIT予約について、ホテル側都合による1泊分の返金処理をお願いします。
決済代行の管理画面で元のカードへの返金ができない（有効期限切れ）とのことで、
お客様から新しいカード番号をお電話でいただきました。

　予約番号：FIT-260915-21
　お客様　：Michael J HARRIS 様
　返金額　：48,400円
　新カード：""" + CARD(1) + """（有効期限 11/30）

処理後はメモを破棄し、管理画面の備考欄にも番号は残さないようにします。
よろしくお願いいたします。

""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": [],
        "note": "a guest's card number, but sent only to the internal accounting team",
    },
    {
        "id": "inbound-059",
        "charset": "utf-8",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["きものレンタル 花あかり 京都店 <kyoto@kimono-hanaakari.jp>"],
        "subject": "1/10 着付け体験 7名様のご予約（サイズ情報）",
        "body": """きものレンタル 花あかり 京都店
ご担当者様

お世話になっております。日の出産業の百目鬼です。
1月10日（日）10:00〜の着付け体験（7名様）について、
事前にいただいたサイズ情報と当日の連絡先をお送りします。
ご予約フォームの指定どおり、カンマ区切りで記載しております。

name,gender,height_cm,shoe_size,date_of_birth,mobile,email
Olivia PARKER,F,168,24.5,1994-03-27,+1 503 555 0148,olivia.parker@comcast.net
Ethan PARKER,M,183,28.0,1992-11-02,+1 503 555 0149,ethanp92@gmail.com
Zoe WILLIAMS,F,160,23.0,2001-07-15,+1 971 555 0173,zoe.w.pdx@gmail.com
Noah WILLIAMS,M,176,27.0,1999-05-30,+1 971 555 0174,noahwilliams@hotmail.com
Ava CHEN,F,155,22.5,1997-01-21,+1 360 555 0122,avachen.wa@outlook.com
Lucas GARCIA,M,171,26.5,1995-09-09,+1 503 555 0190,lgarcia95@yahoo.com
Mia GARCIA,F,162,23.5,1996-04-12,+1 503 555 0191,mia.garcia@icloud.com

お支払いは弊社への後日請求でお願いいたします。

""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "comma-separated list of seven guests with DOB, mobiles and e-mails to a kimono rental shop",
    },
    {
        "id": "inbound-060",
        "charset": "iso-2022-jp",
        "sender": "林 美玲 <lin.meiling@hinode-sangyo.co.jp>",
        "to": ["定山渓 翠雲閣 予約係 <yoyaku@jozankei-suiunkaku.jp>"],
        "subject": "12/21 上海団体 添乗員・アシスタントの連絡先",
        "body": """翠雲閣 予約係 ご担当者様

お世話になっております。日の出産業の林です。
12/21ご宿泊の上海団体の、添乗員とアシスタントの連絡先をお知らせします。
夜間の連絡はまず添乗員へお願いいたします。

　添乗員　　　：馬 超（MA CHAO）様
　　　　　　　　携帯 080-9012-6637（日本国内用）
　　　　　　　　machao.tl@dongfang-lvyou.cn
　アシスタント：王生 千尋（いくるみ ちひろ、弊社契約ガイド）
　　　　　　　　携帯 080-5503-2917

両名とも中国語・日本語で対応可能です。
よろしくお願いいたします。

""" + SIG_LIN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two contact persons (escort and assistant) with phones: a short list, may be warned",
    },
]

# ---------------------------------------------------------------- 061-070
MESSAGES += [
    {
        "id": "inbound-061",
        "charset": "shift_jis",
        "sender": "小鳥遊 真央 <takanashi.m@hinode-sangyo.co.jp>",
        "to": ["常盤火災 企業営業第三課 <kigyo3@tokiwa-kasai.co.jp>"],
        "subject": "通訳ガイド賠償責任保険　被保険者追加のお願い",
        "body": """常盤火災海上保険株式会社
企業営業第三課　御中

いつもお世話になっております。日の出産業 業務管理課の小鳥遊です。
通訳ガイド賠償責任保険（証券番号 TK-55-0091827）につき、１２月から契約する
ガイドの方を被保険者に追加したく、必要事項をお送りいたします。

氏名　　　　　　　ふりがな　　　　　　生年月日　　　　　住所　　　　　　　　　　　　　　　　　　　電話
－－－－－－－－　－－－－－－－－－－　－－－－－－－－　－－－－－－－－－－－－－－－－－－－－　－－－－－－－－－－－－－
王生　千尋　　　　いくるみ　ちひろ　　平成４年８月３日　東京都杉並区阿佐谷南２－１４－７　　　　　０８０－５５０３－２９１７
栗花落　凛　　　　つゆり　りん　　　　平成９年１月２２日　神奈川県川崎市中原区木月３－８－２１　　　０９０－２７１８－４４０６
八月一日　宏　　　ほづみ　ひろし　　　昭和５６年５月１５日　千葉県市川市八幡４－２－９　　　　　　　０８０－３３９１－７７２０
月見里　沙耶　　　やまなし　さや　　　平成２年１１月３日　埼玉県さいたま市浦和区岸町６－１－１８　　０７０－６６２０－１０５３
勘解由小路　道隆　かでのこうじ　みちたか　昭和４８年２月２８日　東京都世田谷区松原１－３７－５　　　０９０－８８０４－３１６２
左右田　リサ　　　そうだ　りさ　　　　平成１２年６月９日　東京都江東区大島７－１１－２－８０３　　　０８０－１１６７－４８２９

ご対応のほどよろしくお願いいたします。

""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "full-width, space-padded list of six guides with 和暦 DOB, home address and phone to an insurer",
    },
    {
        "id": "inbound-062",
        "charset": "utf-8",
        "sender": "九十九 翔太 <tsukumo.s@hinode-sangyo.co.jp>",
        "to": ["Benjamin Cross <ben.cross.uk@gmail.com>"],
        "subject": "Your camera left on the Shinkansen - found",
        "body": """Dear Mr. Cross,

Good news: JR Central has found the camera you left on the Nozomi 23 on 14 October.
It is a black Sony camera with a brown strap and a sticker on the battery cover,
matching your description. It is being kept at the Lost & Found office at Kyoto Station.

As you have already returned to the UK, we can collect it and send it to you by
EMS. The postage is about JPY 4,800; we will send you a payment link once you
confirm the delivery address.

Kind regards,

Shota Tsukumo
Tour Operations, Inbound Division
Hinode Sangyo Co., Ltd.
Tel +81-3-5521-7340""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "lost-property mail to one private guest on gmail about his own item",
    },
    {
        "id": "inbound-063",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 真央 <takanashi.m@hinode-sangyo.co.jp>",
        "to": ["神田税理士事務所 <office@kanda-zeirishi.jp>"],
        "subject": "報酬の支払調書作成用データ（個人ガイド3名分）",
        "body": """神田税理士事務所
神田先生

いつもお世話になっております。日の出産業の小鳥遊です。
令和８年分の報酬・料金等の支払調書の作成用に、個人で契約している通訳ガイド
3名分の情報をお送りいたします。支払金額は別途お送りした集計表のとおりです。

■ 王生 千尋（いくるみ ちひろ）
　住所　　：東京都杉並区阿佐谷南2-14-7
　個人番号：""" + MN(0) + """

■ 八月一日 宏（ほづみ ひろし）
　住所　　：千葉県市川市八幡4-2-9
　個人番号：""" + MN(1) + """

■ 勘解由小路 道隆（かでのこうじ みちたか）
　住所　　：東京都世田谷区松原1-37-5
　個人番号：""" + MN(2) + """

よろしくお願いいたします。

""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three freelance guides' My Numbers and home addresses to an outside tax accountant",
    },
    {
        "id": "inbound-064",
        "charset": "iso-2022-jp",
        "sender": "東海林 理沙 <shoji.r@hinode-sangyo.co.jp>",
        "to": ["川崎電機 海外営業部 <kaigai-eigyo@kawasaki-denki.co.jp>"],
        "subject": "Re: 海外販売代理店様 来日招待旅行のご相談",
        "body": """川崎電機株式会社
海外営業部　御子柴様

お問い合わせいただきありがとうございます。日の出産業の東海林でございます。

2027年4月の海外販売代理店様ご招待（約40名、英語圏・東南アジア中心）につき、
以下のような構成でご提案できればと考えております。

　1日目　羽田着、ホテルチェックイン、ウェルカムレセプション（貴社ショールーム）
　2日目　川崎工場ご見学、午後は東京市内観光、夜は屋形船
　3日目　箱根へ移動、旅館泊（貸切宴会）
　4日目　富士山五合目、夕方東京へ戻り自由行動
　5日目　表彰式・ガラディナー
　6日目　羽田より出国

お見積りにあたり、ご招待者の国籍構成と、ご夫婦同伴の有無のおおよその数を
お知らせいただけますでしょうか（お名前などの個人情報はまだ不要です）。

""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "incentive-tour proposal to a partner; explicitly no personal data yet",
    },
    {
        "id": "inbound-065",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 真央 <takanashi.m@hinode-sangyo.co.jp>",
        "to": ["はなみずき社会保険労務士事務所 <info@sr-hanamizuki.jp>"],
        "subject": "有期契約社員（中国語ガイド）入社手続きのお願い",
        "body": """はなみずき社会保険労務士事務所
担当　桐生様

いつもお世話になっております。日の出産業の小鳥遊です。
12月1日付で有期契約社員として入社する中国語ガイドの資格取得手続きをお願いいたします。

　氏名　　　：栗花落 凛（つゆり りん）
　生年月日　：平成9年1月22日
　個人番号　：""" + MN(3) + """
　雇用期間　：令和8年12月1日〜令和9年5月31日
　所定労働　：週30時間

雇用契約書の写しは本日郵送いたします。
よろしくお願いいたします。

""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one employee's My Number sent by plain mail to an outside labour consultant",
    },
    {
        "id": "inbound-066",
        "charset": "iso-2022-jp",
        "sender": "東海林 理沙 <shoji.r@hinode-sangyo.co.jp>",
        "to": ["銀座 瑞穂 ご予約 <reserve@ginza-mizuho.jp>"],
        "subject": "11/20 19:00 ご会食（Lionroute様 4名）の件",
        "body": """銀座 瑞穂
女将様

いつもお世話になっております。日の出産業の東海林でございます。
11月20日（金）19:00〜の個室のご会食につき、ご来店の4名様と
当日ご連絡がつく携帯番号をお知らせいたします。

　Mr. Raymond LOW（CEO）　　　　　　+65 9001 2288
　Ms. Evelyn TAN（COO）　　　　　　 +65 9001 2291
　Mr. David NG（Product Manager）　　+65 9771 2036
　東海林 理沙（弊社）　　　　　　　　090-4418-3052

お料理は季節のおまかせコース（お一人様 33,000円）、
お飲み物は日本酒のペアリングでお願いいたします。

""" + SIG_SHOJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four diners with mobiles for a dinner booking: within the one-to-four range, may be warned",
    },
    {
        "id": "inbound-067",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 真央 <takanashi.m@hinode-sangyo.co.jp>",
        "to": ["はなみずき社会保険労務士事務所 <info@sr-hanamizuki.jp>"],
        "subject": "外国人雇用状況届出について（新規採用 1名）",
        "body": """はなみずき社会保険労務士事務所
桐生様

お世話になっております。日の出産業の小鳥遊です。
11月16日付で採用した中国籍の社員について、外国人雇用状況の届出をお願いいたします。

　氏名（ローマ字）：SONG JIAXIN
　国籍　　　　　　：中国
　在留資格　　　　：技術・人文知識・国際業務
　在留期間満了日　：2029年3月31日
　在留カード番号　：UH48120937FA
　生年月日　　　　：1996年8月24日

在留カードの両面コピーは郵送でお送りします。
よろしくお願いいたします。

""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "an employee's residence card number sent to an outside labour consultant",
    },
    {
        "id": "inbound-068",
        "charset": "utf-8",
        "sender": "林 美玲 <lin.meiling@hinode-sangyo.co.jp>",
        "to": ["福爾摩沙假期 企劃部 <planning@formosa-holiday.com.tw>"],
        "subject": "2027 行程 DM 檔案（繁體中文版）",
        "body": """企劃部 各位好：

附件為 2027 年春季四條行程的 DM 檔案（PDF，壓縮成一個 ZIP），
可直接用於貴社官網及社群媒體。如需修改文字或照片，請告訴我。

""" + SIG_LIN,
        "attachments": [
            {
                "kind": "zip",
                "name": "Hinode_2027_DM_zh-TW.zip",
                "files": [
                    {"kind": "pdf", "name": "01_東京富士山6日.pdf", "lines": ["東京・富士山 6日遊", "2027年3月〜5月 每週出發", "新台幣 39,900 起"]},
                    {"kind": "pdf", "name": "02_京阪神5日.pdf", "lines": ["京都・大阪・神戶 5日遊", "賞櫻特別行程", "新台幣 35,900 起"]},
                    {"kind": "pdf", "name": "03_北陸立山黑部7日.pdf", "lines": ["立山黑部・金澤・白川鄉 7日遊", "4/15〜5/31 雪之大谷", "新台幣 52,900 起"]},
                    {"kind": "pdf", "name": "04_九州溫泉5日.pdf", "lines": ["九州溫泉 5日遊", "由布院・別府・黑川", "新台幣 33,900 起"]},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP of marketing PDFs for a partner: nothing personal",
    },
    {
        "id": "inbound-069",
        "charset": "iso-2022-jp",
        "sender": "四月一日 健 <watanuki.k@hinode-sangyo.co.jp>",
        "to": ["ひかりレンタカー 成田空港店 <narita@hikari-rentacar.co.jp>"],
        "subject": "12/2 ハイエース（10人乗り）ご予約：運転者情報",
        "body": """ひかりレンタカー 成田空港店
ご担当者様

お世話になっております。日の出産業の四月一日です。
12月2日（水）〜12月3日（木）でご予約しているハイエース（予約番号 HR-88042）について、
事前登録用の運転者情報をお送りします。

　運転者氏名　：四月一日 健（わたぬき けん）
　生年月日　　：昭和61年10月4日
　運転免許証番号：301204418830
　免許の色　　：ゴールド（有効期限 令和11年11月4日）

当日は免許証原本をお持ちします。よろしくお願いいたします。

""" + SIG_WATANUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "the sender's own driver's licence number sent to a rental company: an identity document number",
    },
    {
        "id": "inbound-070",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": ["Emma Clarke <e.clarke@maple-leaf-journeys.ca>"],
        "subject": "New for winter 2026/27: five Hokkaido & Tohoku add-ons",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Hi Emma,</p>
<p>Ahead of your winter brochure deadline, here are our five new add-on products.
All can be booked on any date from 15 Dec 2026 to 15 Mar 2027.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8eef7"><th>Code</th><th>Product</th><th>Duration</th><th>Net price (JPY/pax)</th><th>Min. pax</th></tr>
<tr><td>HK-W01</td><td>Otaru canal lantern walk &amp; sushi dinner</td><td>4 h</td><td>18,500</td><td>2</td></tr>
<tr><td>HK-W02</td><td>Niseko snowshoe with English guide</td><td>3 h</td><td>12,800</td><td>2</td></tr>
<tr><td>HK-W03</td><td>Asahiyama Zoo penguin walk day trip</td><td>10 h</td><td>24,000</td><td>4</td></tr>
<tr><td>TH-W01</td><td>Zao snow monsters by night</td><td>3 h</td><td>15,200</td><td>2</td></tr>
<tr><td>TH-W02</td><td>Ginzan Onsen overnight (ryokan, 2 meals)</td><td>1 night</td><td>46,000</td><td>2</td></tr>
</table>
<p>Images and descriptions are on our partner portal under "Winter 2026/27".</p>
<p>Best regards,<br>Kevin Hartley<br>Hinode Sangyo Co., Ltd. | +81-3-5521-7348</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only product update with a price table: business data",
    },
]

# ---------------------------------------------------------------- 071-080
MESSAGES += [
    {
        "id": "inbound-071",
        "charset": "iso-2022-jp",
        "sender": "四月一日 健 <watanuki.k@hinode-sangyo.co.jp>",
        "to": ["ソラ・トラベルデザイン 仕入課 <shiire@sora-traveldesign.co.jp>"],
        "subject": "1月 欧米FIT向け 手配ガイド一覧（PDF）",
        "body": """株式会社ソラ・トラベルデザイン
仕入課　御中

いつもお世話になっております。日の出産業の四月一日です。
1月にお引き受けする欧米FITのガイド手配について、アサイン予定のガイド一覧を
PDFでお送りいたします。お客様への事前案内にご利用ください。

""" + SIG_WATANUKI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "ガイド一覧_2027年1月.pdf",
                "title": "手配ガイド一覧 2027年1月",
                "lines": [
                    "手配ガイド一覧（2027年1月 欧米FIT）",
                    "日の出産業株式会社 インバウンド事業部 手配課　作成日 2026/12/01",
                    "",
                ],
                "table": [
                    ["氏名", "言語", "携帯", "メール", "住所（集合場所調整用）", "登録番号"],
                    ["王生 千尋", "英・中", "080-5503-2917", "c.ikurumi@gmail.com", "東京都杉並区阿佐谷南2-14-7", "東京都 通訳案内士 第13-0882号"],
                    ["八月一日 宏", "英", "080-3391-7720", "hozumi.guide@yahoo.co.jp", "千葉県市川市八幡4-2-9", "千葉県 通訳案内士 第12-0415号"],
                    ["月見里 沙耶", "英・仏", "070-6620-1053", "saya.y.guide@outlook.jp", "埼玉県さいたま市浦和区岸町6-1-18", "埼玉県 通訳案内士 第11-0279号"],
                    ["勘解由小路 道隆", "英・独", "090-8804-3162", "kadenokoji@icloud.com", "東京都世田谷区松原1-37-5", "東京都 通訳案内士 第13-0120号"],
                    ["左右田 リサ", "英・西", "080-1167-4829", "lisa.soda@gmail.com", "東京都江東区大島7-11-2-803", "東京都 通訳案内士 第13-1544号"],
                    ["栗花落 凛", "中・英", "090-2718-4406", "rin.tsuyuri@docomo.ne.jp", "神奈川県川崎市中原区木月3-8-21", "神奈川県 通訳案内士 第14-0698号"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF table of six guides with private mobiles, e-mails and home addresses to another agency",
    },
    {
        "id": "inbound-072",
        "charset": "iso-2022-jp",
        "sender": "東海林 理沙 <shoji.r@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "ご相談：旅程変更に関するお客様からの返金請求について",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業の東海林でございます。
お客様からの返金請求の件で、ご相談させていただきたくご連絡いたしました。

【概要】
・10月に催行した米国の団体（手配旅行、募集型ではありません）で、台風接近により
　2日目の富士山方面の行程を都内観光に変更しました。
・参加者のうち1名のお客様（以下「A氏」）から、変更された行程分の全額返金と
　精神的苦痛に対する補償を求める書面が、現地の提携旅行会社経由で届いています。
・当社は行程変更の判断と代替手配は適切だったと考えており、未使用の入場料等の
　実費（1名あたり約6,200円）の返金で対応したい意向です。

【ご相談事項】
1. 手配旅行契約における当社の責任範囲
2. 提携旅行会社との契約（英文、準拠法は日本法）上、当社が直接回答すべきか
3. 回答書の文案のご確認

ご都合のよい日時を2〜3候補いただけますと幸いです。資料は面談時にお持ちします。

""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legal consultation with a partner law firm, the customer anonymised as A氏",
    },
    {
        "id": "inbound-073",
        "charset": "iso-2022-jp",
        "sender": "東海林 理沙 <shoji.r@hinode-sangyo.co.jp>",
        "to": ["さくらホテル VIP担当 <vip@sakura-hotel.jp>"],
        "subject": "12/3〜 深セン企業視察団 ご宿泊者一覧（Word）",
        "body": """さくらホテル VIP担当
宇佐美様

いつもお世話になっております。日の出産業の東海林です。
12月3日から3泊でお願いしている深セン企業視察団の、ご宿泊者一覧をWordでお送りします。
団長の方はスイート、他の方はエグゼクティブフロアでお願いいたします。

""" + SIG_SHOJI,
        "attachments": [
            {
                "kind": "docx",
                "name": "深セン視察団_宿泊者一覧.docx",
                "title": "深セン企業視察団 宿泊者一覧",
                "paragraphs": [
                    "深セン企業視察団　宿泊者一覧",
                    "宿泊：2026年12月3日〜12月6日（3泊）　さくらホテル銀座",
                ],
                "tables": [
                    [
                        ["No.", "氏名", "役職", "生年月日", "旅券番号", "客室"],
                        ["1", "LIANG Guohua（梁国华）", "董事長（団長）", "1961-07-19", "E51188027", "スイート"],
                        ["2", "CAI Min（蔡敏）", "副総経理", "1970-03-04", "E51188031", "EXツイン"],
                        ["3", "DENG Zhiqiang（邓志强）", "技術総監", "1979-12-12", "EA2210459", "EXシングル"],
                        ["4", "HUANG Lili（黄丽丽）", "財務総監", "1982-05-28", "EA2210466", "EXシングル"],
                        ["5", "YU Tao（余涛）", "通訳", "1990-09-01", "EB7754302", "EXシングル"],
                        ["6", "SHEN Hao（沈浩）", "秘書", "1993-02-17", "EB7754319", "EXシングル"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six delegation members with DOB and passport numbers to a hotel",
    },
    {
        "id": "inbound-074",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 真央 <takanashi.m@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 銀座支店 外為係 <ginza-gaitame@midori-ginko.co.jp>"],
        "subject": "外貨建て被仕向送金の着金確認のお願い",
        "body": """みどり銀行 銀座支店
外為係　ご担当者様

いつもお世話になっております。日の出産業株式会社 経理担当の小鳥遊です。

シンガポールの取引先より、当社口座宛てに下記の送金を行ったとの連絡がございましたが、
本日時点でまだ入金が確認できておりません。お手数ですが状況をご確認いただけますでしょうか。

　受取口座　：みどり銀行 銀座支店 普通 1203348 日の出産業株式会社
　送金人　　：Lionroute Travel Pte. Ltd.
　送金額　　：JPY 9,482,300
　送金日　　：2026年10月28日（先方発信）
　先方参照番号：LRT-FX-2610-0771

また、今後米ドル建ての入金が増える見込みのため、外貨普通預金口座の開設についても
ご案内いただけますと幸いです。

""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bank inquiry about the company's own account and a corporate remittance",
    },
    {
        "id": "inbound-075",
        "charset": "utf-8",
        "sender": "小鳥遊 真央 <takanashi.m@hinode-sangyo.co.jp>",
        "to": ["ほしぞら損保 団体営業課 鮫島 <samejima@hoshizora-sonpo.co.jp>"],
        "subject": "2026年度上期 事故・保険金請求一覧のご送付",
        "body": """ほしぞら損害保険株式会社
団体営業課　鮫島様

お世話になっております。日の出産業の小鳥遊です。
更新のお見積りに関連して、2026年度上期の事故・請求一覧をExcelでお送りします。
「明細」シートが案件ごと、「集計」シートが月別の件数です。

""" + SIG_TAKANASHI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "事故請求一覧_2026上期.xlsx",
                "sheets": {
                    "明細": [
                        ["2026年度上期 事故・保険金請求一覧（日の出産業 包括契約 HZ-7730-2291）"],
                        [],
                        ["受付番号", "発生日", "氏名", "国籍", "旅券番号", "傷病名・事故内容", "入院", "請求額（円）"],
                        ["HZC-26-100214", "2026-04-08", "TAN Wei Ming", "SGP", "K2291047B", "足関節捻挫（京都 清水坂で転倒）", "なし", 38400],
                        ["HZC-26-101377", "2026-04-19", "CHEN Yu-Ting", "TWN", "312874561", "急性胃腸炎", "1日", 122800],
                        ["HZC-26-104902", "2026-05-30", "Peter LINDQVIST", "USA", "488120937", "狭心症発作（既往歴あり）", "4日", 1268000],
                        ["HZC-26-107715", "2026-07-11", "LEUNG Chi Keung", "HKG", "H20761354", "熱中症", "2日", 241500],
                        ["HZC-26-110638", "2026-08-23", "Hannah LEE", "USA", "A11902746", "右橈骨遠位端骨折", "なし", 176200],
                        ["HZC-26-113050", "2026-09-14", "ZHAO Lei", "CHN", "EA6618203", "携行品損害（スーツケース破損）", "なし", 42000],
                    ],
                    "集計": [
                        ["月別件数"],
                        ["月", "件数", "請求額計"],
                        ["4月", 2, 161200],
                        ["5月", 1, 1268000],
                        ["7月", 1, 241500],
                        ["8月", 1, 176200],
                        ["9月", 1, 42000],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX list of six claimants with passport numbers and diagnoses to an insurer",
    },
    {
        "id": "inbound-076",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": ["Sophie Nguyen <sophie.nguyen@koala-trails.com.au>"],
        "subject": "FW: 【ご案内】貸切バス運行時間の取扱い変更について",
        "body": """Hi Sophie,

FYI, below is a notice from Aoba Unyu, one of our coach companies. In short:

- From 1 April 2027, a driver's daily duty (including breaks) is capped at 13 hours,
  and there must be at least 11 hours of rest between duties.
- Days longer than that (e.g. Tokyo - Fuji - Kyoto in one day) will need a second
  driver or an overnight stop on the way.
- We are checking all your 2027 itineraries and will flag any day that needs changing.

No action needed from you yet.

Kevin

---------- Forwarded message ---------
From: 青葉運輸 貸切営業部 <kashikiri@aoba-unyu.co.jp>
Date: 2026年11月2日(月) 10:03
Subject: 【ご案内】貸切バス運行時間の取扱い変更について
To: お取引先各位

お取引先各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
2027年4月1日より、弊社では乗務員の拘束時間を1日13時間以内、
休息期間を継続11時間以上とする運用に変更いたします。
これに伴い、長距離行程につきましては交替運転者の配置、
または途中宿泊をお願いする場合がございます。

ご不便をおかけしますが、ご理解とご協力を賜りますようお願い申し上げます。

青葉運輸株式会社 貸切営業部
TEL 045-441-2280
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a supplier's general notice; the forwarded text holds no personal data",
    },
    {
        "id": "inbound-077",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["京料理 たか松 <info@kyoryori-takamatsu.jp>"],
        "subject": "12/10 夕食 米国インセンティブ団体 食事制限一覧",
        "body": """京料理 たか松
ご担当者様

お世話になっております。日の出産業の百目鬼です。
12月10日（木）18:30〜の米国インセンティブ団体（38名）の夕食について、
お客様から事前にいただいた食事制限の一覧をお送りします。
（お客様の社内システムから出力されたExcel 97形式のファイルです）

お席札をご用意いただく際の参考にしてください。

""" + SIG_DOMEKI,
        "attachments": [
            {
                "kind": "xls",
                "name": "dietary_requirements_Dec10.xls",
                "sheets": {
                    "Dietary": [
                        ["Name", "Table", "Requirement", "Reason / details"],
                        ["Rachel GOLDBERG", "A", "Kosher-style: no pork, no shellfish", "Religious (Jewish)"],
                        ["Imran SHAIKH", "A", "Halal", "Religious (Muslim)"],
                        ["Aaliyah SHAIKH", "A", "Halal", "Religious (Muslim)"],
                        ["Brian O'CONNELL", "B", "Gluten free", "Coeliac disease"],
                        ["Deepa KRISHNAN", "B", "Vegetarian, no egg", "Hindu"],
                        ["Tyler BROOKS", "C", "No peanuts / tree nuts", "Severe allergy, carries EpiPen"],
                        ["Monica REYES", "C", "Low sodium", "Kidney disease (dialysis)"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of seven named diners with religion and medical conditions to a restaurant",
    },
    {
        "id": "inbound-078",
        "charset": "shift_jis",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["手配課 <tehai-inbound@hinode-sangyo.co.jp>"],
        "subject": "[社内] 12/10 米国インセンティブ 食事制限一覧（原本）",
        "body": """手配課の皆さん

お疲れさまです。百目鬼です。
12/10 米国インセンティブの食事制限一覧（お客様提出の原本）をCSVにして置いておきます。
レストランへは名前と要望のみに絞った版を出しますが、宗教・病名の欄は
社外に出さないよう注意してください。

""" + SIG_DOMEKI,
        "attachments": [
            {
                "kind": "csv",
                "name": "dietary_Dec10_original.csv",
                "encoding": "cp932",
                "rows": [
                    ["Name", "Table", "Requirement", "Reason / details", "Mobile"],
                    ["Rachel GOLDBERG", "A", "Kosher-style", "Religious (Jewish)", "+1 646 555 0192"],
                    ["Imran SHAIKH", "A", "Halal", "Religious (Muslim)", "+1 312 555 0117"],
                    ["Aaliyah SHAIKH", "A", "Halal", "Religious (Muslim)", "+1 312 555 0118"],
                    ["Brian O'CONNELL", "B", "Gluten free", "Coeliac disease", "+1 617 555 0145"],
                    ["Deepa KRISHNAN", "B", "Vegetarian, no egg", "Hindu", "+1 408 555 0163"],
                    ["Tyler BROOKS", "C", "No peanuts / tree nuts", "Severe allergy, EpiPen", "+1 214 555 0139"],
                    ["Monica REYES", "C", "Low sodium", "Kidney disease (dialysis)", "+1 305 555 0181"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": [],
        "note": "list with religion and diseases, but sent only to an internal team",
    },
    {
        "id": "inbound-079",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": ["Mark Delaney <mark.d@pacific-horizon-travel.com>"],
        "subject": "Incident report - Ms. Hannah Lee, Kyoto, 23 Aug",
        "body": """Hi Mark,

I'm sorry to report that one of your guests had an accident in Kyoto today.

Guest: Ms. Hannah LEE (group PH-KIX-0820), DOB 1985-04-02
What happened: at about 14:20 she slipped on the wet stone steps at Kiyomizu-zaka.
Medical: our guide took her to Kyoto Higashiyama Hospital. X-rays show a distal radius
fracture of the right wrist. It was set under local anaesthetic and she is in a cast;
no surgery needed for now, follow-up in 7 days at home.
Insurance: treated as a claim under our group policy (claim no. HZC-26-110638).

She is in good spirits and will continue the tour with the group. She asked us to let
you know, and said she would contact her family herself.

""" + SIG_HARTLEY,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English incident report: a named guest's injury and diagnosis sent to a partner",
    },
    {
        "id": "inbound-080",
        "charset": "iso-2022-jp",
        "sender": "東海林 理沙 <shoji.r@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 開発部 <dev-support@tsubasa-system.jp>"],
        "subject": "予約システム改修依頼：旅券情報項目のマスキング",
        "body": """ツバサシステム株式会社
開発部　御中

お世話になっております。日の出産業の東海林です。
予約システムの改修について、以下をご検討いただけますでしょうか。

【依頼内容】
1. 「宿泊者名簿出力」帳票で、旅券番号を末尾4桁以外マスクできるオプションの追加
　（例：******4561）
2. 「生年月日」項目は年のみ表示するモードを追加
3. 帳票出力・CSVダウンロードの操作ログに、出力件数と出力項目を記録

【対象帳票】
　・宿泊者名簿（ホテル提出用）
　・保険加入者リスト
　・バス乗客名簿

改修費用と納期のお見積りを12月中にいただけますと幸いです。
よろしくお願いいたします。

""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "system change request naming data fields, with no actual personal data",
    },
]

# ---------------------------------------------------------------- 081-090
MESSAGES += [
    {
        "id": "inbound-081",
        "charset": "utf-8",
        "sender": "林 美玲 <lin.meiling@hinode-sangyo.co.jp>",
        "to": ["东方旅游 签证部 <visa@dongfang-lvyou.cn>"],
        "subject": "1月广州团 签证申请人名单核对",
        "body": """签证部 各位好：

我是日之出产业的林美玲。1/16 出发广州团（团号 DF-CAN-0116）的团体签证材料，
我司作为日方接待机构已准备好「滞在予定表」和「身元保証書」。
请核对以下申请人名单，如有错误请于 12/15 前告知。

序号　姓名　　　　拼音　　　　　　性别　出生日期　　　护照号码
01　　陈志明　　　CHEN ZHIMING　　男　　1968-02-03　　EA8803127
02　　林淑华　　　LIN SHUHUA　　　女　　1970-06-18　　EA8803134
03　　陈嘉欣　　　CHEN JIAXIN　　 女　　1998-11-25　　EB0419362
04　　黄伟强　　　HUANG WEIQIANG　男　　1975-01-09　　E92217840
05　　刘美玲　　　LIU MEILING　　 女　　1977-08-30　　E92217855
06　　梁振宇　　　LIANG ZHENYU　　男　　1983-04-14　　EC1188507
07　　何晓彤　　　HE XIAOTONG　　 女　　1986-10-02　　EC1188514
08　　谭国栋　　　TAN GUODONG　　 男　　1959-12-27　　E64409928
09　　冯秀英　　　FENG XIUYING　　女　　1961-03-16　　E64409931
10　　蔡俊杰　　　CAI JUNJIE　　　男　　2010-07-07　　EC5530186

谢谢！

""" + SIG_LIN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "Chinese mail listing ten visa applicants with DOB and passport numbers to a partner",
    },
    {
        "id": "inbound-082",
        "charset": "iso-2022-jp",
        "sender": "東海林 理沙 <shoji.r@hinode-sangyo.co.jp>",
        "to": ["みなと内科クリニック 受付 <uketsuke@minato-naika-clinic.jp>"],
        "subject": "本日受診の弊社社員（九十九）の保険証情報について",
        "body": """みなと内科クリニック
受付ご担当者様

お世話になっております。日の出産業株式会社の東海林と申します。
本日午前に貴院を受診しました弊社社員 九十九 翔太 が、出張中のため保険証を
持参しておらず、後日の提示で差額返金とのご案内をいただいたと聞いております。
ご指示どおり、保険証の情報をメールでお知らせいたします。

　被保険者氏名：九十九 翔太
　生年月日　　：平成3年9月17日
　保険者番号　：06139841
　記号　　　　：7702
　番号　　　　：318
　（日の出産業健康保険組合）

なお、本人からはインフルエンザA型との診断を受け、処方薬をいただいたと報告を受けております。
お手数をおかけしますが、よろしくお願いいたします。

""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "an employee's health-insurance card symbol/number and diagnosis sent to a clinic",
    },
    {
        "id": "inbound-083",
        "charset": "iso-2022-jp",
        "sender": "林 美玲 <lin.meiling@hinode-sangyo.co.jp>",
        "to": ["湯本清流荘 フロント 菅沼 <suganuma@yumoto-seiryuso.jp>"],
        "subject": "RE: 12/5 香港ご家族グループ お部屋割り確定版",
        "body": """菅沼様

お部屋割りの確定版、ありがとうございます。内容を確認いたしました。
女郎花の間のお二人への刻み食の件もご対応いただけるとのこと、大変助かります。
当日はどうぞよろしくお願いいたします。

日の出産業　林

-----Original Message-----
From: 菅沼 <suganuma@yumoto-seiryuso.jp>
Sent: Thursday, November 26, 2026 4:40 PM
To: 林 美玲 <lin.meiling@hinode-sangyo.co.jp>
Subject: 12/5 香港ご家族グループ お部屋割り確定版

林様

いつもお世話になっております。湯本清流荘の菅沼でございます。
12/5ご宿泊のお部屋割りを下記のとおり確定いたしました。

萩の間　　　LAU Chun Wai 様／LAU Mei Kuen 様
桔梗の間　　LAU Hoi Yan 様／CHEUNG Kwok Wing 様／CHEUNG Tsz Ching 様
撫子の間　　LAU Chun Kit 様／HO Siu Man 様／LAU Ka Lok 様
女郎花の間　LAU Ka Yee 様／YUEN Sau Ying 様

LAU Mei Kuen 様の甲殻類アレルギーにつきましては、料理長が別献立をご用意いたします。
YUEN Sau Ying 様は刻み食で承りました。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply thanking the ryokan; the room list and allergy note are only quoted from its own mail",
    },
    {
        "id": "inbound-084",
        "charset": "shift_jis",
        "sender": "小鳥遊 真央 <takanashi.m@hinode-sangyo.co.jp>",
        "to": ["はなみずき社会保険労務士事務所 <info@sr-hanamizuki.jp>"],
        "subject": "冬季臨時スタッフ2名の社会保険加入について",
        "body": """はなみずき社会保険労務士事務所
桐生様

お世話になっております。日の出産業の小鳥遊です。
12月〜2月の繁忙期に雇い入れる臨時スタッフ2名について、社会保険の資格取得を
お願いいたします。基礎年金番号は本人の年金手帳から転記しています。

1) 左右田 リサ（そうだ りさ）
　 生年月日　　：H12.6.9
　 基礎年金番号：4410-285937
　 入社日　　　：R8.12.1

2) 月見里 沙耶（やまなし さや）
　 生年月日　　：H2.11.3
　 基礎年金番号：1182-604417
　 入社日　　　：R8.12.1

雇用契約書は本日発送いたします。

""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two staff members' basic pension numbers with 和暦 DOB sent to a labour consultant",
    },
    {
        "id": "inbound-085",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": ["David Ng <david.ng@lionroute-travel.com.sg>"],
        "subject": "Confirmed: Lionroute MICE 20-24 Nov - final operations summary",
        "body": """Hi David,

All services for your MICE group are now confirmed. Summary below.

20 Nov  Arrival SQ634 (HND 06:25) / SQ12 (NRT 16:20). Two transfers, 6 coaches in total.
21 Nov  Plenary at Sakura Hotel Ginza (Ballroom Kaede), afternoon Asakusa & Tokyo Skytree.
22 Nov  Day trip to Hakone: Lake Ashi cruise, Owakudani, ryokan lunch.
23 Nov  Free morning; gala dinner at Happo-en, 18:30, with taiko performance.
24 Nov  Departures SQ637 / SQ11, coaches from 08:00.

Final numbers: 38 guests, 1 Lionroute staff, 6 Hinode tour escorts.
The 24h emergency number during the programme is +81-3-5521-7399.

Many thanks for your trust - we are looking forward to it!

""" + SIG_HARTLEY + "\n\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "operations summary to a partner ending with the standard confidentiality disclaimer",
    },
    {
        "id": "inbound-086",
        "charset": "iso-2022-jp",
        "sender": "小鳥遊 真央 <takanashi.m@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人サービス部 <hojin-service@midori-ginko.co.jp>"],
        "subject": "総合振込データの送付（11月分 ガイド報酬）",
        "body": """みどり銀行 法人サービス部
ご担当者様

いつもお世話になっております。日の出産業株式会社の小鳥遊です。
インターネットバンキングの不具合で総合振込データのアップロードができないため、
ご案内いただいたとおり、11月分ガイド報酬の振込データをCSVにてお送りします。
振込指定日は 12月10日（木）です。

依頼人：日の出産業株式会社（みどり銀行 銀座支店 当座 0078812）

""" + SIG_TAKANASHI,
        "attachments": [
            {
                "kind": "csv",
                "name": "sogofurikomi_202612.csv",
                "encoding": "cp932",
                "rows": [
                    ["銀行コード", "銀行名", "支店コード", "支店名", "預金種目", "口座番号", "受取人名（カナ）", "金額"],
                    ["0179", "ﾐﾄﾞﾘｷﾞﾝｺｳ", "215", "ｱｻｶﾞﾔ", "1", "4402917", "ｲｸﾙﾐ ﾁﾋﾛ", "286000"],
                    ["0005", "ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ", "381", "ｲﾁｶﾜ", "1", "0739218", "ﾎﾂﾞﾐ ﾋﾛｼ", "198000"],
                    ["0009", "ﾐﾂｲｽﾐﾄﾓ", "640", "ｳﾗﾜ", "1", "8810462", "ﾔﾏﾅｼ ｻﾔ", "231000"],
                    ["9900", "ﾕｳﾁﾖ", "018", "ｾﾞﾛｲﾁﾊﾁ", "1", "3307815", "ｶﾃﾞﾉｺｳｼﾞ ﾐﾁﾀｶ", "352000"],
                    ["0179", "ﾐﾄﾞﾘｷﾞﾝｺｳ", "102", "ｶﾒｲﾄﾞ", "1", "5519038", "ｿｳﾀﾞ ﾘｻ", "143000"],
                    ["0001", "ﾐｽﾞﾎ", "527", "ﾑｻｼｺｽｷﾞ", "1", "2286104", "ﾂﾕﾘ ﾘﾝ", "264000"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "CP932 transfer file of six individuals' bank accounts sent to a bank by mail",
    },
    {
        "id": "inbound-087",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["天ぷら きくや 浅草本店 <info@tempura-kikuya.jp>"],
        "subject": "12/3 昼食 FIT 2名様のご予約（食材のご相談）",
        "body": """天ぷら きくや 浅草本店
女将様

いつもお世話になっております。日の出産業の百目鬼です。
12月3日（木）12:30〜、カウンター2名様でご予約をお願いいたします。

　ご予約名：Mr. Farid AZIZ 様（ほか1名）
　ご要望　：Aziz様は豚肉・豚由来のエキス、およびアルコール（みりん・料理酒を含む）を
　　　　　　召し上がれません。お連れ様は特にございません。

天つゆ・塩で対応できる範囲で結構ですので、ご対応可否をお知らせいただけますでしょうか。

""" + SIG_DOMEKI,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a named guest's no-pork/no-alcohol request hints at religion without stating it: arguable",
    },
    {
        "id": "inbound-088",
        "charset": "iso-2022-jp",
        "sender": "四月一日 健 <watanuki.k@hinode-sangyo.co.jp>",
        "to": [
            "湯本清流荘 フロント <front@yumoto-seiryuso.jp>",
            "城崎 柳屋 フロント <front@kinosaki-yanagiya.jp>",
            "定山渓 翠雲閣 予約係 <yoyaku@jozankei-suiunkaku.jp>",
        ],
        "subject": "年末年始の弊社営業時間および緊急連絡先のご案内",
        "body": """各旅館 ご担当者様

平素より大変お世話になっております。日の出産業インバウンド事業部の四月一日です。

年末年始の弊社営業時間を下記のとおりご案内いたします。
　休業期間：2026年12月29日（火）〜2027年1月3日（日）
　休業期間中の緊急連絡先：03-5521-7399（24時間・日英中対応）

期間中にご宿泊予定の弊社手配のお客様につきましては、変更・トラブル等ございましたら
上記緊急連絡先までご連絡くださいますようお願いいたします。

来年も変わらぬお引き立てのほど、よろしくお願い申し上げます。

""" + SIG_WATANUKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three different ryokan in To can see each other's addresses: should have been Bcc",
    },
    {
        "id": "inbound-089",
        "charset": "iso-2022-jp",
        "sender": "東海林 理沙 <shoji.r@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 営業部 石動 <isurugi@sakura-hotel.co.jp>"],
        "subject": "2027年度 送客計画（月別）のご提出",
        "body": """さくらホテル 営業部
石動様

いつもお世話になっております。日の出産業の東海林です。
10/8のお打ち合わせでお約束しておりました2027年度の月別送客計画をお送りします。

　4月 1,150室泊 ／ 5月 820 ／ 6月 610 ／ 7月 700 ／ 8月 760 ／ 9月 640
　10月 980 ／ 11月 1,040 ／ 12月 720 ／ 1月 590 ／ 2月 880 ／ 3月 1,010
　年間合計 9,900室泊（前年度比 +12%）

春節・桜・紅葉のピーク時期は、別途追加枠のご相談をさせてください。

""" + SIG_SHOJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hotel.co.jp swaps the TLD of partner sakura-hotel.jp: look-alike domain",
    },
    {
        "id": "inbound-090",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
        "cc": ["小樽運河ホール 営業 <sales@otaru-unga-hall.jp>"],
        "subject": "2/9 台湾企業様 ウェルカムパーティー ケータリング打合せ",
        "body": """北国フーズ株式会社 ケータリング事業部 ご担当者様
（cc：小樽運河ホール 営業ご担当者様）

いつもお世話になっております。日の出産業の百目鬼です。

2月9日（火）に小樽運河ホールで開催する台湾企業様のウェルカムパーティー
（約120名、立食）につき、会場様とケータリング様を交えて打合せをさせてください。

　候補日：1月12日（火）14:00〜 / 1月14日（木）10:00〜
　場所　：小樽運河ホール 2F 控室（現地）
　議題　：搬入経路と時間、厨房設備の使用可否、電源容量、ゴミの回収方法、
　　　　　雪の日の搬入についての取り決め

ご都合をお知らせいただけますでしょうか。

""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way meeting mail with two external organisations",
    },
]

# ---------------------------------------------------------------- 091-100
_MANIFEST = [
    ("1", "WU CHIA-HAO", "M", "54", "TWN"), ("2", "WU LI-CHUAN", "F", "52", "TWN"),
    ("3", "KAO MING-TE", "M", "61", "TWN"), ("4", "KAO HSIU-LAN", "F", "59", "TWN"),
    ("5", "TSENG PO-YU", "M", "33", "TWN"), ("6", "TSENG YI-HSUAN", "F", "31", "TWN"),
    ("7", "LAI CHUN-HUNG", "M", "47", "TWN"), ("8", "LAI MEI-FANG", "F", "45", "TWN"),
    ("9", "LAI YU-EN", "F", "12", "TWN"), ("10", "HSU KUO-HUA", "M", "68", "TWN"),
    ("11", "HSU CHANG SU-CHEN", "F", "66", "TWN"), ("12", "CHIANG WEN-CHIEH", "M", "40", "TWN"),
    ("13", "YEH SHIH-TING", "F", "38", "TWN"), ("14", "CHOU CHIH-WEI", "M", "29", "TWN"),
    ("15", "CHOU PEI-YU", "F", "27", "TWN"), ("16", "LIAO TSUNG-HAN", "M", "56", "TWN"),
    ("17", "LIAO HUANG YU-LING", "F", "55", "TWN"), ("18", "SU CHIEN-LIANG", "M", "62", "TWN"),
    ("19", "SU WANG MEI-HUI", "F", "60", "TWN"), ("20", "HUNG YI-CHEN", "F", "35", "TWN"),
    ("21", "CHEN HSIN-JU", "F", "36", "TWN"), ("22", "TU CHENG-HSIANG", "M", "44", "TWN"),
]

MESSAGES += [
    {
        "id": "inbound-091",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": ["Sophie Nguyen <sophie.nguyen@koala-trails.com.au>"],
        "subject": "Updated rate sheet for the Alps & Onsen itinerary",
        "body": """Hi Sophie,

As promised, attached is the updated rate sheet for the 'Japan Alps & Onsen'
itinerary, now including the Hirayu and Takayama hotels.

Let me know if anything is unclear.

""" + SIG_HARTLEY,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "AlpsOnsen_rates_v2.xlsx",
                "page_header": "部外秘",
                "sheets": {
                    "仕入原価": [
                        ["【部外秘】Alps & Onsen 9日間 仕入原価・販売価格（2027年5月）"],
                        ["インバウンド事業部 作成 2026/11/10　※社外への提出禁止"],
                        ["項目", "仕入原価（円/人）", "販売価格（円/人）", "粗利率"],
                        ["ホテル 東京2泊", 31200, 39800, "21.6%"],
                        ["平湯温泉 旅館1泊", 24500, 32000, "23.4%"],
                        ["高山 ホテル1泊", 13800, 18500, "25.4%"],
                        ["金沢 ホテル1泊", 11900, 16000, "25.6%"],
                        ["京都 ホテル2泊", 36400, 46000, "20.9%"],
                        ["専用車・ガイド", 88000, 112000, "21.4%"],
                    ],
                    "販売価格": [
                        ["Alps & Onsen 9 days - net rates to Koala Trails (JPY per person, twin share)"],
                        [],
                        ["Group size", "May 2027"],
                        ["2-3 pax", 298000],
                        ["4-6 pax", 264000],
                        ["7-10 pax", 241000],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX carrying an internal 部外秘 stamp (header and title row) sent to a partner by mistake",
    },
    {
        "id": "inbound-092",
        "charset": "utf-8",
        "sender": "林 美玲 <lin.meiling@hinode-sangyo.co.jp>",
        "to": ["Joanna Kuo <joannakuo.tl@gmail.com>"],
        "subject": "1/22 台中自由行小團 房間分配與旅客聯絡方式",
        "body": """Joanna 您好：

感謝您這次擔任領隊。以下是 1/22 抵達的小團（5 位）房間分配及旅客聯絡方式，
請於出發前確認每位旅客都已加入 LINE 群組。

■ 房間 1（雙床）
　JIANG, SHU-TING　　0912-338-405　shuting.jiang@gmail.com
　JIANG, YU-HSIN　　 0912-338-417　yuhsin0419@yahoo.com.tw
■ 房間 2（雙床）
　PENG, CHIA-LING　　0958-221-730　chialing.peng@hotmail.com
　WEI, HSIAO-CHING　 0921-604-118　hcwei@gmail.com
■ 房間 3（單人）
　TANG, MING-CHE　　 0933-770-256　mingche.tang@msa.hinet.net

抵達後有任何問題，請打我司 24 小時電話 +81-3-5521-7399。

""" + SIG_LIN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "five guests' mobiles and e-mails sent to a freelance tour leader's gmail address",
    },
    {
        "id": "inbound-093",
        "charset": "iso-2022-jp",
        "sender": "四月一日 健 <watanuki.k@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "11/20〜24 Lionroute MICE 弊社現場スタッフの業務用携帯",
        "body": """青葉運輸 配車センター
須貝様

お世話になっております。四月一日です。
11/20〜24のMICE案件で各号車に乗車する弊社スタッフと、業務用携帯の番号です。
乗務員の皆さまへの共有をお願いいたします（いずれも会社支給の携帯です）。

　1号車　一口 美奈子　　080-7744-1865
　2号車　九十九 翔太　　090-6612-4078
　3号車　百目鬼 彩　　　070-3318-5526
　4号車　四月一日 健　　080-2291-6604
　5号車　林 美玲　　　　080-6670-3381
　6号車　王生 千尋（契約ガイド）080-5503-2917

前回お送りした先方添乗員の一覧とあわせてご利用ください。

""" + SIG_WATANUKI,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six staff names with company-issued mobiles to a partner: business contacts, but a list of six people",
    },
    {
        "id": "inbound-094",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["札幌イベントプロデュース 制作部 <seisaku@sapporo-event-pro.co.jp>"],
        "subject": "FW: 2/9 小樽ウェルカムパーティー 当社スタッフ緊急連絡網",
        "body": """札幌イベントプロデュース
制作部 ご担当者様

お世話になっております。日の出産業の百目鬼です。
当日の運営スタッフ名簿のご依頼について、社内で回していた連絡網をそのまま転送いたします。
運営マニュアルへの転記にお使いください。

""" + SIG_DOMEKI,
        "attachments": [
            {
                "kind": "eml",
                "name": "2/9 当社スタッフ緊急連絡網.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "東海林 理沙 <shoji.r@hinode-sangyo.co.jp>",
                    "to": ["インバウンド事業部 <inbound-all@hinode-sangyo.co.jp>"],
                    "subject": "2/9 小樽ウェルカムパーティー 当社スタッフ緊急連絡網",
                    "body": """各位

2/9 小樽の案件に入るスタッフの緊急連絡網です。前日から現地入りするため、
自宅の連絡先も載せています。取扱いに注意してください。

氏名　　　　　携帯　　　　　　　自宅住所
東海林 理沙　090-4418-3052　　東京都練馬区石神井町3-22-6
九十九 翔太　090-6612-4078　　東京都大田区蒲田本町1-9-14-302
百目鬼 彩　　070-3318-5526　　神奈川県横浜市港北区日吉5-3-40
四月一日 健　080-2291-6604　　埼玉県川口市幸町2-7-11
林 美玲　　　080-6670-3381　　東京都江戸川区西葛西6-18-2-1105
一口 美奈子　080-7744-1865　　千葉県船橋市本町4-31-8

東海林
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forwarded internal mail (attached .eml) listing six staff members' mobiles and home addresses",
    },
    {
        "id": "inbound-095",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": ["アルプス山岳ガイド 予約 <booking@alps-mountain-guide.jp>"],
        "subject": "Kamikochi guided walk 18 May - participants' health declarations",
        "body": """Dear Alps Mountain Guide team,

For the guided walk in Kamikochi on 18 May (Koala Trails group), please find attached
the health declaration forms our guests filled in, as required by your booking terms.
A few guests have conditions your guide should know about.

Kind regards,

""" + SIG_HARTLEY,
        "attachments": [
            {
                "kind": "csv",
                "name": "health_declaration_KT0518.csv",
                "encoding": "utf-8",
                "rows": [
                    ["name", "age", "condition", "medication", "emergency_contact"],
                    ["Gary THOMPSON", "67", "Type 2 diabetes", "Metformin", "+61 412 009 337"],
                    ["Sue THOMPSON", "65", "None", "", "+61 412 009 338"],
                    ["Raj PATEL", "58", "Angina, stent fitted 2023", "Aspirin, nitroglycerin spray", "+61 423 771 904"],
                    ["Meera PATEL", "55", "Asthma", "Ventolin inhaler", "+61 423 771 905"],
                    ["Fiona McALLISTER", "49", "Knee replacement (left)", "", "+61 402 556 120"],
                    ["Grant McALLISTER", "52", "None", "", "+61 402 556 121"],
                    ["Ivy NGUYEN", "71", "High blood pressure", "Amlodipine", "+61 3 9870 2214"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of seven named guests' medical conditions to a mountain guide company",
    },
    {
        "id": "inbound-096",
        "charset": "utf-8",
        "sender": "Kevin Hartley <k.hartley@hinode-sangyo.co.jp>",
        "to": ["Emma Clarke <e.clarke@maple-leaf-journeys.ca>"],
        "subject": "Mr. Dwayne Mercer - refused entry at Narita",
        "body": """Hi Emma,

I'm afraid I have some difficult news about one of the guests of your Golden Route group.

Mr. Dwayne MERCER (passport GA492817) was refused landing permission at Narita this
afternoon. The immigration officer told our staff that the refusal is due to a prior
conviction in Canada (drug trafficking, 2014) which he did not declare on the
disembarkation card. He is being held at the airport and will be returned to Toronto
on AC10 tomorrow.

The rest of the group (23 guests) arrived without problems and are now at the hotel.
Please let me know how you would like us to handle his hotel and tour cancellations.

""" + SIG_HARTLEY,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guest's criminal conviction and passport number sent to a partner",
    },
    {
        "id": "inbound-097",
        "charset": "iso-2022-jp",
        "sender": "林 美玲 <lin.meiling@hinode-sangyo.co.jp>",
        "to": ["城崎 柳屋 フロント <front@kinosaki-yanagiya.jp>"],
        "subject": "2/3ご宿泊 台湾ご夫婦 お部屋のご配慮のお願い",
        "body": """城崎温泉 柳屋
フロント ご担当者様

いつもお世話になっております。日の出産業の林です。
2月3日（水）ご宿泊予定の台湾のご夫婦（LO, HSIN-YI 様／CHOU, CHIA-MING 様）について、
奥様が現在妊娠7か月とのことで、以下をご配慮いただけますと幸いです。

　・階段の少ないお部屋（可能であれば1階または昇降機近く）
　・お布団ではなくベッドのお部屋
　・お食事は生ものを控えた献立

外湯巡りはご主人のみご利用の予定です。
ご対応可否をお知らせいただけますでしょうか。

""" + SIG_LIN,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a named guest's pregnancy: health-related but not a listed special-care category; arguable",
    },
    {
        "id": "inbound-098",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 彩 <domeki.a@hinode-sangyo.co.jp>",
        "to": ["京都鴨川テラス 予約課 <reserve@kamogawa-terrace.jp>"],
        "subject": "Re: 11/8 ご宿泊 GARCIA様 キャンセル料のご請求について",
        "body": """京都鴨川テラス 予約課
大原様

ご連絡ありがとうございます。日の出産業の百目鬼です。
お客様にご了承をいただきましたので、キャンセル料（1泊分 42,000円）は
下記のカードにご請求ください。

　名義　：LUCAS GARCIA
　番号　：""" + " ".join(CARD(2)[i:i + 4] for i in range(0, 16, 4)) + """
　期限　：03/28

お手数をおかけいたします。

> 日の出産業 百目鬼様
>
> 11/8ご宿泊予定のGARCIA様（予約番号 KT-7781）、当日キャンセルとなりましたので
> 規定によりキャンセル料1泊分を申し受けます。お支払い方法をご指示ください。
>
> 京都鴨川テラス 大原
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "the new text of a reply carries a guest's full card number for a cancellation fee",
    },
    {
        "id": "inbound-099",
        "charset": "iso-2022-jp",
        "sender": "四月一日 健 <watanuki.k@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "12/24 HS-TW-1224A 乗客名簿（PDF）",
        "body": """青葉運輸 配車センター
須貝様

お世話になっております。四月一日です。
12/24 成田発 河口湖行き（HS-TW-1224A）の乗客名簿をPDFでお送りします。
当日は添乗員が点呼を行いますので、乗務員様の控えとしてお使いください。

""" + SIG_WATANUKI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "乗客名簿_HS-TW-1224A.pdf",
                "title": "乗客名簿 HS-TW-1224A",
                "lines": [
                    "乗客名簿　HS-TW-1224A（2026/12/24 成田空港T1 12:00発 → 河口湖）",
                    "青葉運輸 大型1号車　添乗員：HUNG YI-CHEN",
                    "",
                ],
                "table": [["No.", "氏名（旅券表記）", "性別", "年齢", "国籍"]] + [list(r) for r in _MANIFEST],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "PDF passenger manifest of 22 named people with sex, age and nationality to a bus company",
    },
    {
        "id": "inbound-100",
        "charset": "utf-8",
        "sender": "林 美玲 <lin.meiling@hinode-sangyo.co.jp>",
        "to": ["东方旅游 签证部 <visa@dongfang-lvyou.cn>"],
        "subject": "1月广州团 护照复印件（加密压缩）",
        "body": """签证部 各位好：

附件为 1 月广州团 10 位团员的护照资料页复印件（已加密压缩）。
解压密码：DF-CAN-0116!

请确认无误后回复。谢谢！

""" + SIG_LIN,
        "attachments": [
            {
                "kind": "zip",
                "name": "DF-CAN-0116_passport.zip",
                "password": "DF-CAN-0116!",
                "files": [
                    {"kind": "pdf", "name": "01_CHEN_ZHIMING.pdf", "lines": ["PASSPORT", "CHEN ZHIMING", "EA8803127", "1968-02-03"]},
                    {"kind": "pdf", "name": "02_LIN_SHUHUA.pdf", "lines": ["PASSPORT", "LIN SHUHUA", "EA8803134", "1970-06-18"]},
                    {"kind": "png", "name": "03_CHEN_JIAXIN.png"},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP of passport copies (password in the same mail): cannot be inspected",
    },
]
