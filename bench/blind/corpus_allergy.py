"""Blind corpus, area "allergy": mail from 日の出産業's 総務・人事（研修）・営業企画・福利厚生 staff
about company events, incentive and staff trips, new-hire training camps, family days and
customer receptions — the food allergies, special meals and other needs of participants sent
to caterers, hotels, ryokan, airlines, bus and rental-car companies, travel agencies and event
venues (named allergies, anaphylaxis, coeliac disease, diabetic or halal/kosher meals,
wheelchair or sign-language needs, passenger and rooming lists with passports, insurance card
or licence numbers, card guarantees), next to the ordinary event mail around them: venue
enquiries, anonymous meal counts, allergen charts per dish, quotes, orders and invoices,
timetables, password notices, internal hand-overs and reply threads.
"""

from build import card_number, my_number

SEED = 63001


def _grp(digits: str, sizes: tuple[int, ...], sep: str = "-") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(digits[i:i + n])
        i += n
    return sep.join(out)


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(text: str) -> str:
    return text.translate(_ZEN)


MY1 = my_number(SEED + 1)
MY2 = my_number(SEED + 2)
MY3 = my_number(SEED + 3)
MY4 = my_number(SEED + 4)
MY5 = my_number(SEED + 5)
MY6 = my_number(SEED + 6)
MY7 = my_number(SEED + 7)
MY8 = my_number(SEED + 8)
CARD1 = card_number(SEED + 21)
CARD2 = card_number(SEED + 22)
CARD3 = card_number(SEED + 23)

MESSAGES = [
    # ---------------------------------------------------------------- 001
    {
        "id": "allergy-001",
        "charset": "iso-2022-jp",
        "sender": "堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法人営業部 <houjin@kitaguni-foods.co.jp>"],
        "subject": "【日の出産業】10/17 階層別研修 昼食弁当のご注文（個別対応1名）",
        "body": """北国フーズ株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の堀之内です。

10月17日（金）に本社７階大会議室で実施する階層別研修（新任主任）の昼食弁当を、
下記のとおり注文させていただきます。

　日時　　：令和７年10月17日（金）11:45 納品
　場所　　：東京都中央区日本橋室町２－４－１ 日の出ビル７階 大会議室
　数量　　：幕の内弁当（竹）　28食
　　　　　　個別対応弁当　　　 1食
　お茶　　：ペットボトル 29本

個別対応の1食について補足いたします。
受講者のうち、営業二課の四十物 航（あいもの わたる）さんが、そばアレルギーで
過去にアナフィラキシーを起こしたことがあり、エピペンを携帯しています。
そば粉はもちろん、そばと同じ釜・揚げ油を使った食材も避けていただけますでしょうか。
弁当の蓋に「あいもの様」とお名前を貼っていただけると助かります。

ご対応の可否を10月10日までにお知らせいただけますと幸いです。
よろしくお願いいたします。

--
日の出産業株式会社 総務部 総務課
堀之内 恵（ほりのうち めぐみ）
〒103-0022 東京都中央区日本橋室町２－４－１ 日の出ビル
TEL 03-5201-7740 / FAX 03-5201-7741
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named trainee's buckwheat allergy with anaphylaxis history (medical history) sent to an external caterer",
    },
    # ---------------------------------------------------------------- 002
    {
        "id": "allergy-002",
        "charset": "utf-8",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["宴会予約係 <banquet@hotel-kaikou.co.jp>"],
        "subject": "創立60周年記念パーティー 会場のご相談",
        "body": """ホテル海光
宴会予約係 ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 営業企画部の鷲尾と申します。

弊社創立60周年の記念パーティーにつき、貴ホテルの宴会場をお借りできないかと
考えております。まずは空き状況とおおよそのお見積りをお伺いできますでしょうか。

■ 希望日　　2026年4月17日（金）または4月24日（金）
■ 時間　　　18:30〜20:30（受付18:00〜）
■ 人数　　　120名前後（取引先様 約70名、社員 約50名）
■ 形式　　　立食ビュッフェ、フリードリンク
■ 設備　　　ステージ、プロジェクター、ワイヤレスマイク2本

また、ご招待するお客様の中には食物アレルギーや宗教上の食事制限がある方が
いらっしゃる可能性がございます。
・特定原材料（8品目）の表示をビュッフェ台に出していただけるか
・個別の除去食を何食までご用意いただけるか
・ハラール対応メニューのご用意があるか
について、一般的な対応方針を教えていただけますと助かります。

お手数ですが、パンフレットや過去のプラン例などございましたらPDFでお送りください。
何卒よろしくお願い申し上げます。

──────────────────────
日の出産業株式会社 営業企画部
鷲尾 玲奈 Reina Washio
東京都中央区日本橋室町2-4-1 日の出ビル4F
TEL: 03-5201-7788  Mobile: 080-4412-9063
──────────────────────
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "venue enquiry to one hotel; asks in general about allergy handling, no one's data",
    },
    # ---------------------------------------------------------------- 003
    {
        "id": "allergy-003",
        "charset": "cp932",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
        "subject": "11/8-9 社員旅行（2号車）乗車名簿の送付",
        "body": """青葉運輸株式会社
貸切バス課　御中

お世話になっております。日の出産業 人事部 福利厚生担当の楠です。
11月8日（土）〜9日（日）の社員旅行、2号車の乗車名簿をお送りします。
当日、集合に遅れた方へ乗務員さんから連絡いただく場合がありますので
携帯番号も載せております。

2号車（東京駅八重洲口 7:30発）
No.  氏名            ふりがな              所属          携帯電話
---- --------------- --------------------- ------------- -------------
 1   百目鬼 健司     どうめき けんじ       経理部        090-3318-4420
 2   栗花落 美月     つゆり みづき         経理部        080-6627-1093
 3   廿楽 隆之       つづら たかゆき       総務部        090-8104-5576
 4   雲母 さやか     きら さやか           総務部        070-2291-6638
 5   東海林 悟       しょうじ さとる       情報システム部 080-9015-2247
 6   八月一日 葵     ほづみ あおい         情報システム部 090-4476-8810
 7   帷子 大輔       かたびら だいすけ     法務部        080-3359-0162
 8   米多比 亜紀     ねたび あき           法務部        070-5583-7704
 9   砂金 拓也       いさご たくや         人事部（幹事） 090-1128-3395

以上9名です。座席は自由席で問題ございません。
よろしくお願いいたします。

日の出産業株式会社　人事部 福利厚生グループ
楠 由香里
TEL：03-5201-7760（内線 2214）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "nine passengers' names with mobile numbers in a space-padded table to the bus company: a list of people",
    },
    # ---------------------------------------------------------------- 004
    {
        "id": "allergy-004",
        "charset": "utf-8",
        "sender": "堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>",
        "to": ["砂金 拓也 <t-isago@hinode-sangyo.co.jp>", "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>"],
        "cc": ["総務部共有 <soumu-all@mail.hinode-sangyo.co.jp>"],
        "subject": "社員旅行 食物アレルギー申告の取りまとめ（社内共有）",
        "body": """砂金さん、楠さん

お疲れさまです。堀之内です。
社員旅行の事前アンケートで食物アレルギー・食事制限の申告があった方を
一覧にしました（添付）。

旅館へはこの一覧をそのまま送らず、
「卵除去○食」「甲殻類除去○食」のように人数だけを伝える運用でお願いします。
お名前と症状は当日の幹事用として社内だけで管理します。

エピペン携帯の方が1名いらっしゃるので、
当日の救護担当（砂金さん）は保管場所を本人に確認してください。

よろしくお願いします。
堀之内
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "社員旅行_アレルギー申告一覧.xlsx",
                "sheets": {
                    "申告一覧": [
                        ["2025年度 社員旅行 食物アレルギー・食事制限 申告一覧（幹事用）"],
                        [],
                        ["No", "氏名", "所属", "内線", "アレルゲン／制限", "症状・程度", "備考"],
                        [1, "鷺坂 真央", "営業一課", "2301", "卵", "じんましん", "加熱卵も不可"],
                        [2, "五百旗頭 恒平", "営業二課", "2318", "えび・かに", "アナフィラキシー既往", "エピペン携帯"],
                        [3, "小鳥遊 杏奈", "経理部", "2105", "小麦", "腹痛", "醤油は可"],
                        [4, "轟 慎之介", "物流部", "2402", "ハラール", "宗教上の理由", "豚・アルコール不可"],
                        [5, "目々澤 理沙", "総務部", "2210", "乳", "湿疹", ""],
                        [6, "稗田 周作", "情報システム部", "2507", "そば", "喘息発作", "同じ釜も不可"],
                    ],
                    "旅館連絡用（人数のみ）": [
                        ["除去内容", "食数"],
                        ["卵除去", 1], ["甲殻類除去", 1], ["小麦除去", 1],
                        ["豚・アルコール不使用", 1], ["乳除去", 1], ["そば除去", 1],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "named allergy and halal list, but every recipient is internal (incl. mail. subdomain)",
    },
    # ---------------------------------------------------------------- 005
    {
        "id": "allergy-005",
        "charset": "utf-8",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["あおぞら航空 団体予約デスク <group-desk@aozora-airways.co.jp>"],
        "subject": "団体予約 GRP-26-0412 搭乗者情報のご提出（福岡研修）",
        "body": """あおぞら航空株式会社
団体予約デスク ご担当者様

いつもお世話になっております。日の出産業 人事部の砂金です。
予約番号 GRP-26-0412（羽田→福岡 2/12、福岡→羽田 2/14）の搭乗者情報を
添付のExcelにてお送りいたします。

氏名はパスポートと同じローマ字表記で記載しております。
国際線への乗り継ぎはございませんが、ご指示どおり旅券番号も入れております。
内容にご不明点があればご連絡ください。

日の出産業株式会社 人事部 人材開発課
砂金 拓也（Isago Takuya）
TEL 03-5201-7762
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "GRP-26-0412_搭乗者リスト.xlsx",
                "title": "搭乗者リスト",
                "sheets": {
                    "搭乗者": [
                        ["団体予約 GRP-26-0412 搭乗者一覧（日の出産業株式会社）"],
                        ["提出日：2026/01/20"],
                        ["No", "SURNAME", "GIVEN NAME", "性別", "生年月日", "旅券番号", "旅券有効期限"],
                        [1, "KAMATSUKA", "RYO", "M", "1994/03/11", "TK4418207", "2030/08/02"],
                        [2, "TSUKUMO", "HARUKA", "F", "1998/12/05", "TR7730419", "2029/04/19"],
                        [3, "KOKETSU", "DAIKI", "M", "1991/07/27", "TZ2068831", "2031/01/15"],
                        [4, "SHARIHOTSU", "MAYU", "F", "1996/10/02", "TH5592046", "2028/11/30"],
                        [5, "WATANUKI", "SHOTA", "M", "2000/01/18", "TS8804175", "2032/06/07"],
                        [6, "ISAGO", "TAKUYA", "M", "1987/05/23", "TK1147730", "2027/09/21"],
                    ],
                    "フライト": [
                        ["便", "日付", "区間", "出発", "到着"],
                        ["AZ231", "2026/02/12", "HND-FUK", "08:10", "10:05"],
                        ["AZ248", "2026/02/14", "FUK-HND", "17:40", "19:15"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "six passengers with dates of birth and passport numbers in an XLSX to the airline: ID numbers and a list",
    },
    # ---------------------------------------------------------------- 006
    {
        "id": "allergy-006",
        "charset": "iso-2022-jp",
        "sender": "堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 佐々部 <sasabe@kitaguni-foods.co.jp>"],
        "subject": "Re: Re: 10/17 階層別研修 昼食弁当のご注文（個別対応1名）",
        "body": """佐々部様

ご確認ありがとうございます。
専用の調理器具で別に作っていただけるとのこと、大変安心いたしました。
納品は11:45、7階の大会議室前までで変わりございません。
当日はどうぞよろしくお願いいたします。

堀之内

> 日の出産業株式会社
> 堀之内様
>
> いつもお世話になっております。北国フーズの佐々部でございます。
> ご依頼の個別対応弁当の件、承知いたしました。
> そば粉不使用・専用器具での調理にて1食ご用意いたします。
> 蓋には「あいもの様」のシールを貼付いたします。
>
> > 受講者のうち、営業二課の四十物 航（あいもの わたる）さんが、そばアレルギーで
> > 過去にアナフィラキシーを起こしたことがあり、エピペンを携帯しています。
>
> 北国フーズ株式会社 法人営業部 佐々部 寛
> TEL 011-210-5530
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the allergy details appear only in quoted text; the new text is a plain confirmation",
    },
    # ---------------------------------------------------------------- 007
    {
        "id": "allergy-007",
        "charset": "utf-8",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": [
            "さくらホテル 宴会課 <enkai@sakura-hotel.jp>",
            "青葉運輸 配車担当 <haisha@aoba-unyu.co.jp>",
            "北国フーズ 法人営業部 <houjin@kitaguni-foods.co.jp>",
        ],
        "subject": "【全体共有】12/5 全社キックオフ 当日タイムテーブル（確定版）",
        "body": """関係各社の皆様

いつもお世話になっております。日の出産業 人事部の楠です。
12月5日（金）全社キックオフの当日タイムテーブルが確定しましたので共有いたします。

  時刻    内容                         担当
  ------  ---------------------------  ----------------
  09:30   バス1〜3号車 本社前出発       青葉運輸様
  10:40   さくらホテル到着・受付        さくらホテル様
  11:00   第1部 方針説明会（鳳凰の間）  日の出産業
  12:30   昼食（お弁当搬入 12:15）       北国フーズ様
  13:30   第2部 分科会（4会場）         さくらホテル様
  17:30   懇親会（立食）                さくらホテル様
  19:30   バス 本社・東京駅行き出発     青葉運輸様

お弁当の搬入口はホテル裏手の搬入口（B1）とのことです。
ご不明な点がございましたら、楠までご連絡ください。

日の出産業株式会社 人事部
楠 由香里
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "hotel, bus company and caterer (three external organisations) all in To, visible to each other",
    },
    # ---------------------------------------------------------------- 008
    {
        "id": "allergy-008",
        "charset": "cp932",
        "sender": "堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>",
        "to": ["ケータリングひだまり 予約センター <yoyaku@hidamari-catering.co.jp>"],
        "subject": "アレルギー対応のお願い（パスワード別送）",
        "body": """ケータリングひだまり
予約センター　ご担当者様

お世話になっております。日の出産業の堀之内でございます。
11月21日の永年勤続表彰式後の懇親会につきまして、
参加者のうちアレルギー対応が必要な方の一覧をお送りします。

個人情報を含むため、ファイルはZIPで暗号化しております。
解凍用パスワードは別メールにてお送りいたします。

ご確認のほど、よろしくお願いいたします。

日の出産業株式会社 総務部
堀之内 恵
TEL 03-5201-7740
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "アレルギー対応者一覧_1121.zip",
                "password": "Hd#2741kq",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "アレルギー対応者一覧.xlsx",
                        "sheets": {"一覧": [
                            ["氏名", "所属", "アレルゲン", "症状"],
                            ["纐纈 宗一郎", "取締役", "くるみ", "アナフィラキシー"],
                            ["英 まどか", "大阪支社", "乳", "じんましん"],
                            ["神 隼人", "札幌営業所", "えび", "口腔内のかゆみ"],
                        ]},
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an external caterer: the attachment cannot be inspected",
    },
    # ---------------------------------------------------------------- 009
    {
        "id": "allergy-009",
        "charset": "iso-2022-jp",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["芦原 聡子 <satoko.ashihara.coach@gmail.com>"],
        "subject": "研修後の会食のご案内（2/13）",
        "body": """芦原 聡子 先生

いつも大変お世話になっております。日の出産業 人事部の砂金でございます。
2月13日のリーダーシップ研修では、講師をお引き受けいただき誠にありがとうございます。

研修終了後、弊社人事部長の大角とともに、ささやかながら会食の席を
設けたいと考えております。

　日時：2月13日（金）18:30〜
　場所：博多駅近くの和食店（個室）を予定しております

ご都合はいかがでしょうか。
また、お料理の手配のため、苦手な食材やアレルギーなど、
お店に伝えておくべきことがございましたら、差し支えない範囲でお知らせください。

何卒よろしくお願い申し上げます。

日の出産業株式会社 人事部 人材開発課
砂金 拓也
〒103-0022 東京都中央区日本橋室町２－４－１
TEL 03-5201-7762
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one external lecturer on free mail, invited to dinner and asked about dietary needs; no data sent",
    },
    # ---------------------------------------------------------------- 010
    {
        "id": "allergy-010",
        "charset": "utf-8",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会課 <enkai@sakura-hotei.jp>"],
        "subject": "Re: 新春賀詞交歓会 会場レイアウトの変更について",
        "body": """さくらホテル 宴会課
芳賀様

お世話になっております。日の出産業の鷲尾です。
先日ご提案いただいたレイアウトにつき、以下の点を変更いただけますでしょうか。

・ステージを会場奥側（窓と反対側）に移動
・受付テーブルを2台から3台に増設（来賓・取引先・社員で分けるため）
・ビュッフェ台のうち1台を「アレルギー表示付きデザートコーナー」に変更
・クローク前に案内看板を1枚追加

人数は前回お伝えした150名から変更ございません。
修正版の図面をお送りいただけますと幸いです。

鷲尾 玲奈
日の出産業株式会社 営業企画部
TEL 03-5201-7788
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain sakura-hotei.jp is a look-alike of partner sakura-hotel.jp (l→i)",
    },
    # ---------------------------------------------------------------- 011
    {
        "id": "allergy-011",
        "charset": "utf-8",
        "sender": "Reina Washio <r-washio@hinode-sangyo.co.jp>",
        "to": ["Group Sales <groupsales@lotusgarden-hotel.com.tw>"],
        "subject": "Incentive trip 14-17 March: special meal requests",
        "body": """Dear Ms. Lin,

Thank you for your quick reply and the revised quotation for our incentive trip
(Hinode Sangyo, 32 guests, 14-17 March).

Please note the following special meal requests for the welcome dinner and the
three breakfasts:

- Mr. Abdul Rahman bin Yusof (Sales, Kuala Lumpur office): halal meals only, no
  pork and no alcohol in any dish or sauce. He will also need a quiet room for
  prayers around sunset on the 14th, if possible.
- Ms. Chika Okabe (Marketing): severe peanut allergy. She carries an EpiPen;
  please make sure that no peanut oil is used in her dishes and that the
  service staff are informed.

All other guests have no restrictions. Could you confirm that the kitchen can
handle these two requests?

Best regards,

Reina Washio
Sales Planning Dept., Hinode Sangyo Co., Ltd.
4F Hinode Bldg., 2-4-1 Nihonbashi-Muromachi, Chuo-ku, Tokyo 103-0022, Japan
Tel: +81-3-5201-7788
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guest's religion (halal, prayers) and another's severe peanut allergy sent to a foreign hotel",
    },
    # ---------------------------------------------------------------- 012
    {
        "id": "allergy-012",
        "charset": "iso-2022-jp",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法人営業部 <houjin@kitaguni-foods.co.jp>"],
        "subject": "新入社員研修（4/7〜4/11）昼食のご発注",
        "body": """北国フーズ株式会社 法人営業部 御中

いつもお世話になっております。日の出産業 人事部の砂金です。
新入社員研修期間中の昼食を下記のとおり発注いたします。

・期間：4月7日（月）〜4月11日（金）の5日間
・納品：各日 11:50 本社7階 研修室A
・食数：各日 35食（うち特別対応 6食）

特別対応の内訳（各日共通）
　卵不使用　　　　　　　　 2食
　えび・かに不使用　　　　 1食
　豚肉・アルコール不使用　 1食
　ベジタリアン（卵・乳は可）2食

特別対応の方のお名前は、当日こちらで配布いたしますので
弁当の蓋に内容（例：「卵不使用」）のみ記載いただければ結構です。

お見積りは前回と同単価で問題ございません。
よろしくお願いいたします。

人事部 人材開発課　砂金
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "only anonymous counts of special meals; no person is identified",
    },
    # ---------------------------------------------------------------- 013
    {
        "id": "allergy-013",
        "charset": "utf-8",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["ステージリンク 制作部 <seisaku@stagelink-pro.co.jp>"],
        "subject": "代理店会議2026 企画書のご送付",
        "body": """ステージリンクプロダクション
制作部 桐谷様

お世話になっております。日の出産業の鷲尾です。
先日のお打合せでお話しした代理店会議2026の企画書をお送りします。
演出・映像のお見積りの前提としてご確認ください。

特にp.2の新製品発表の演出部分について、ご提案をいただけると助かります。
よろしくお願いいたします。

鷲尾
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "代理店会議2026_企画書_v3.pdf",
                "title": "代理店会議2026 企画書",
                "page_header": "社外秘",
                "page_footer": "日の出産業株式会社 営業企画部　無断複製・転載禁止",
                "lines": [
                    "代理店会議2026 企画書（第3版）",
                    "",
                    "1. 目的：新製品「HS-Aqua 3」シリーズの発表と2026年度販売方針の共有",
                    "2. 日時：2026年5月22日（金）13:00〜19:30",
                    "3. 会場：さくらホテル 鳳凰の間（懇親会：同 翡翠の間）",
                    "4. 参加予定：販売代理店 48社 約110名、当社 35名",
                    "5. 予算：総額 1,850万円（会場 620万、演出 540万、飲食 480万、その他 210万）",
                    "6. 新製品発表：発売日 2026年7月1日、価格は当日まで非公開",
                    "7. 懇親会：立食、アレルギー表示付きメニュー、ノンアルコール飲料を充実",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached plan is stamped 社外秘 in its page header and goes to an external production company",
    },
    # ---------------------------------------------------------------- 014
    {
        "id": "allergy-014",
        "charset": "utf-8",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["旅館 湖畔みずうみ荘 <yoyaku@kohan-mizuumiso.jp>"],
        "subject": "11/8ご宿泊 お食事の個別対応について（日の出産業）",
        "html": """<html><body>
<p>湖畔みずうみ荘<br>ご予約係 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 人事部の楠でございます。<br>
11月8日ご宿泊の社員旅行につきまして、夕食・朝食で個別のご対応をお願いしたい方を
下表にまとめました。お部屋割りとあわせてご確認ください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>部屋</th><th>氏名</th><th>対応内容</th><th>補足</th></tr>
<tr><td>松の間</td><td>鷺坂 真央</td><td>卵除去</td><td>加熱した卵も不可</td></tr>
<tr><td>松の間</td><td>目々澤 理沙</td><td>乳製品除去</td><td>バター・生クリーム不可</td></tr>
<tr><td>竹の間</td><td>五百旗頭 恒平</td><td>甲殻類除去</td><td>アナフィラキシー既往・エピペン携帯</td></tr>
<tr><td>竹の間</td><td>轟 慎之介</td><td>ハラール</td><td>イスラム教のため豚・みりん・酒不可</td></tr>
<tr><td>梅の間</td><td>小鳥遊 杏奈</td><td>小麦除去</td><td>醤油は少量であれば可</td></tr>
<tr><td>梅の間</td><td>稗田 周作</td><td>そば除去</td><td>喘息の持病あり</td></tr>
</table>
<p>ご不明点がございましたらお知らせください。<br>どうぞよろしくお願いいたします。</p>
<p>日の出産業株式会社 人事部 福利厚生グループ<br>楠 由香里<br>TEL 03-5201-7760</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML table of six named guests with allergies, anaphylaxis, asthma and religion sent to a ryokan",
    },
    # ---------------------------------------------------------------- 015
    {
        "id": "allergy-015",
        "charset": "iso-2022-jp",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会課 芳賀 <haga@sakura-hotel.jp>"],
        "cc": ["青葉運輸 配車担当 <haisha@aoba-unyu.co.jp>"],
        "subject": "12/5 キックオフ 到着・出発時刻のすり合わせ",
        "body": """さくらホテル 芳賀様
（cc：青葉運輸 配車ご担当様）

お世話になっております。日の出産業の楠です。
バスの到着・出発時刻につき、ホテル様と青葉運輸様の間で
車寄せの使用時間を調整させていただきたく、ご連絡いたしました。

　到着：10:35〜10:45　バス3台（大型）
　出発：19:30〜19:40　バス3台（大型）

車寄せに3台同時に入れない場合は、1台ずつ順に入る形でも構いません。
ホテル様側で待機場所のご指定があれば、青葉運輸様へ直接お伝えいただけますと幸いです。

よろしくお願いいたします。

日の出産業株式会社 人事部
楠 由香里　TEL 03-5201-7760
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (hotel in To, bus company in Cc): a normal three-way coordination mail",
    },
    # ---------------------------------------------------------------- 016
    {
        "id": "allergy-016",
        "charset": "cp932",
        "sender": "八田 修 <o-hatta@hinode-sangyo.co.jp>",
        "to": ["湯の郷旅館 フロント <front@yunosato-ryokan.jp>"],
        "subject": "役員合宿（1/23-24）ご予約の事前決済について",
        "body": """湯の郷旅館
フロント ご担当者様

お世話になっております。日の出産業 経営企画室の八田でございます。
1月23日〜24日の役員合宿（8名・4室）のご予約につき、
事前決済をご希望とのことでしたので、法人カードの情報をお知らせいたします。

　カード種別：JCB 法人カード
　カード番号：""" + _grp(CARD1, (4, 4, 4, 4)) + """
　有効期限　：09/28
　名義　　　：OSAMU HATTA
　ご利用金額：宿泊・夕朝食・会議室 合計 ￥412,000（税込）

決済完了後、領収書は「日の出産業株式会社」宛でご発行ください。
どうぞよろしくお願いいたします。

日の出産業株式会社 経営企画室
八田 修
TEL 03-5201-7701
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full credit card number with expiry and holder name sent in the body to a ryokan",
    },
    # ---------------------------------------------------------------- 017
    {
        "id": "allergy-017",
        "charset": "utf-8",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["社員旅行 幹事チーム <ryoko-kanji@mail.hinode-sangyo.co.jp>"],
        "subject": "FW: 【湖畔みずうみ荘】個別対応お食事のご確認",
        "body": """幹事チームの皆さん

旅館から個別対応の回答が来ましたので転送します。
当日、配膳時に名前の確認をお願いします。

楠

---------- Forwarded message ---------
From: 湖畔みずうみ荘 予約係 <yoyaku@kohan-mizuumiso.jp>
Date: 2025年10月28日(火) 14:02
Subject: 【湖畔みずうみ荘】個別対応お食事のご確認
To: 楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>

日の出産業株式会社 楠様

このたびはご予約ありがとうございます。
ご依頼の個別対応につき、以下のとおり承りました。

・鷺坂 真央様（松の間）　卵除去 → 夕食の茶碗蒸しを胡麻豆腐に変更
・五百旗頭 恒平様（竹の間）甲殻類除去 → 海老天を白身魚天に変更、揚げ油も別
・轟 慎之介様（竹の間）　ハラール → 別途ハラール認証の食材でご用意
・稗田 周作様（梅の間）　そば除去 → 〆のそばをうどんに変更

湖畔みずうみ荘 予約係 中條
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "forward of named allergy/halal details, but only to an internal list on the mail. subdomain",
    },
    # ---------------------------------------------------------------- 018
    {
        "id": "allergy-018",
        "charset": "iso-2022-jp",
        "sender": "堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>",
        "to": ["みなと国際会議場 利用調整課 <riyou@minato-icc.or.jp>"],
        "subject": "11/21 永年勤続表彰式 車いすご利用の方について",
        "body": """みなと国際会議場
利用調整課 ご担当者様

いつもお世話になっております。日の出産業 総務部の堀之内です。
11月21日（金）の永年勤続表彰式（中ホール）につきまして、ご相談がございます。

表彰対象者のうち、物流センターの一尺八寸 孝（かまつか たかし）さんは
脊髄損傷により車いすを使用されており（身体障害者手帳1級）、
登壇時にスロープまたは昇降機の用意が必要です。
あわせて、控室から舞台袖までの動線で段差のないルートをご案内いただけますでしょうか。

また、懇親会の立食会場では、車いすの高さに合わせたテーブルを1台
ご用意いただけますと大変助かります。

ご検討のほど、よろしくお願いいたします。

日の出産業株式会社 総務部 総務課
堀之内 恵
TEL 03-5201-7740
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's disability (spinal injury, disability certificate grade) sent to an external venue",
    },
    # ---------------------------------------------------------------- 019
    {
        "id": "allergy-019",
        "charset": "utf-8",
        "sender": "八田 修 <o-hatta@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 <stay@sakura-hotel.jp>"],
        "subject": "12/5 宿泊 ルーミングリスト",
        "body": """さくらホテル 宿泊予約ご担当様

お世話になっております。日の出産業 経営企画室の八田です。
12月5日ご宿泊分のルーミングリストです。チェックインは懇親会終了後（20時頃）となります。

部屋タイプ      氏名
--------------  ----------------
ダブル(シングル) 纐纈 宗一郎
ダブル(シングル) 勅使河原 紀子
ツイン          東海林 悟 / 帷子 大輔
ツイン          百目鬼 健司 / 廿楽 隆之
ツイン          雲母 さやか / 栗花落 美月

請求は一括で弊社宛にお願いいたします。

八田 修（経営企画室）
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "eight names with room types only, no contact or other data, to the hotel they stay at: arguably a list, arguably routine",
    },
    # ---------------------------------------------------------------- 020
    {
        "id": "allergy-020",
        "charset": "utf-8",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["ダイニング縁 予約担当 <reserve@dining-enishi.jp>"],
        "subject": "3/14 内定者懇親会 参加者リスト送付の件",
        "body": """ダイニング縁
ご予約ご担当 様

お世話になっております。日の出産業 人事部 採用担当の砂金です。
3月14日（土）の内定者懇親会の参加者リストをCSVでお送りします。
当日遅れる方からお店に直接連絡が入る場合がありますので、
連絡先も含めております。苦手な食材も備考欄にまとめました。

どうぞよろしくお願いいたします。

人事部 採用担当 砂金
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "naiteisha_konshinkai_0314.csv",
                "encoding": "utf-8",
                "rows": [
                    ["氏名", "フリガナ", "大学", "携帯電話", "メール", "備考"],
                    ["真柴 陽菜", "マシバ ヒナ", "東都大学 経済学部", "090-6612-3047", "hina.mashiba@gmail.com", "トマトが苦手"],
                    ["猪狩 蓮", "イガリ レン", "北辰工業大学 工学部", "080-2275-9110", "ren.igari0815@yahoo.co.jp", ""],
                    ["一ノ瀬 結衣", "イチノセ ユイ", "聖和女子大学 文学部", "070-4483-2296", "yui-ichinose@icloud.com", "辛いもの苦手"],
                    ["伏見 蒼", "フシミ アオイ", "関東学芸大学 教育学部", "090-7730-5582", "aoi.fushimi@outlook.jp", ""],
                    ["真壁 颯太", "マカベ ソウタ", "東都大学 法学部", "080-5519-0673", "sota.makabe@gmail.com", "お酒は飲めません"],
                    ["宍戸 芽依", "シシド メイ", "青嶺大学 商学部", "090-1846-7725", "mei_shishido@yahoo.co.jp", "パクチー苦手"],
                    ["玉置 湊", "タマキ ミナト", "北辰工業大学 理学部", "070-3302-8846", "minato.tamaki@gmail.com", ""],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV of seven prospective hires with mobile numbers and private e-mail addresses to a restaurant",
    },
    # ---------------------------------------------------------------- 021
    {
        "id": "allergy-021",
        "charset": "cp932",
        "sender": "堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>",
        "to": ["ケータリングひだまり 予約センター <yoyaku@hidamari-catering.co.jp>"],
        "subject": "【パスワード】アレルギー対応のお願い",
        "body": """ケータリングひだまり 予約センター ご担当者様

日の出産業の堀之内です。
先ほどお送りしたファイル「アレルギー対応者一覧_1121.zip」の
解凍パスワードをお知らせいたします。

　パスワード：Hd#2741kq

お手数ですがご確認をお願いいたします。

日の出産業株式会社 総務部　堀之内
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "separate password notice: carries nothing but the password",
    },
    # ---------------------------------------------------------------- 022
    {
        "id": "allergy-022",
        "charset": "utf-8",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["高峰スポーツセンター 合宿受付 <gasshuku@takamine-sports.jp>"],
        "subject": "新人研修合宿 参加者の保険証情報（ご依頼分）",
        "body": """高峰スポーツセンター
合宿受付 ご担当者様

お世話になっております。日の出産業 人事部の砂金です。
ご依頼のありました、合宿中のけが・急病時に備えた参加者の健康保険証情報を
テキストファイルにまとめて添付いたします（今回は第1班の5名分です）。

第2班の分は来週お送りいたします。
よろしくお願いいたします。

砂金 拓也
日の出産業株式会社 人事部 人材開発課 TEL 03-5201-7762
""",
        "attachments": [
            {
                "kind": "txt",
                "name": "第1班_保険証情報.txt",
                "encoding": "utf-8",
                "text": """新人研修合宿（長野・高峰） 第1班 健康保険証情報
氏名\t生年月日\t保険者番号\t記号\t番号\t緊急連絡先
真柴 陽菜\t2003/06/14\t06139876\t4127\t58\t090-6612-3047
猪狩 蓮\t2002/11/02\t06139876\t4127\t59\t080-2275-9110
一ノ瀬 結衣\t2003/02/27\t06139876\t4127\t60\t070-4483-2296
伏見 蒼\t2002/08/09\t06139876\t4127\t61\t090-7730-5582
真壁 颯太\t2003/01/30\t06139876\t4127\t62\t080-5519-0673
""",
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "health insurance card symbols/numbers with dates of birth of five trainees, tab-separated text file to a sports facility",
    },
    # ---------------------------------------------------------------- 023
    {
        "id": "allergy-023",
        "charset": "iso-2022-jp",
        "sender": "堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>",
        "to": ["彩り弁当 法人窓口 <houjin@irodori-bento.jp>"],
        "subject": "創立記念日 記念弁当の配送先一覧",
        "body": """彩り弁当 法人窓口 ご担当者様

お世話になっております。日の出産業 総務部の堀之内です。
6月2日（創立記念日）に各拠点へお届けいただく記念弁当の配送先をお送りします。

・本社　〒103-0022 東京都中央区日本橋室町２－４－１ 日の出ビル　TEL 03-5201-7700　85食
・横浜営業所　〒220-0011 神奈川県横浜市西区高島２－１０－５ 高島ビル３階　TEL 045-451-2210　22食
・さいたま営業所　〒330-0854 埼玉県さいたま市大宮区桜木町１－３－９　TEL 048-641-3305　18食
・千葉物流センター　〒263-0002 千葉県千葉市稲毛区山王町２１１－４　TEL 043-423-6610　40食
・大阪支社　〒530-0001 大阪府大阪市北区梅田３－２－１８ 梅田第二ビル８階　TEL 06-6343-1180　36食
・札幌営業所　〒060-0806 北海道札幌市北区北六条西４－２　TEL 011-707-4420　12食

受取は各拠点の総務窓口（代表番号にお電話ください）となります。
札幌・大阪は提携店からの配送で問題ございません。

よろしくお願いいたします。
総務部 堀之内
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's own offices with switchboard numbers: businesses, not people",
    },
    # ---------------------------------------------------------------- 024
    {
        "id": "allergy-024",
        "charset": "utf-8",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 佐々部 <sasabe@kitaguni-foods.co.jp>"],
        "subject": "FW: 懇親会の食事について（ご相談）",
        "body": """北国フーズ 佐々部様

お世話になっております。日の出産業の楠です。
12月5日キックオフ懇親会のお料理につき、参加者本人から下記の相談が届きましたので
そのまま転送いたします。ご対応いただけるかご確認いただけますでしょうか。

楠

-------- 転送メッセージ --------
差出人: 月見里 彩花 <a-yamanashi@hinode-sangyo.co.jp>
日付: 2025/11/12 9:41
件名: 懇親会の食事について（ご相談）
宛先: 楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>

楠さん

お疲れさまです。大阪支社の月見里（やまなし）です。
キックオフの懇親会の件でご相談です。

私はセリアック病と診断されていて、小麦・大麦・ライ麦を含むものを
少量でも食べると体調を崩してしまいます。
立食だと揚げ物の衣やソースに小麦が入っていることが多いので、
もし可能であれば、グルテンフリーのプレートを1つ用意していただけないでしょうか。
難しければ自分で何か持参しますので、遠慮なくおっしゃってください。

月見里 彩花
大阪支社 営業課　内線 6120
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forward of an employee's own mail stating her coeliac disease diagnosis, to the caterer: the forward is new text",
    },
    # ---------------------------------------------------------------- 025
    {
        "id": "allergy-025",
        "charset": "cp932",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法人営業部 <houjin@kitaguni-food.co.jp>"],
        "subject": "追加発注：4/14〜4/18 研修昼食",
        "body": """北国フーズ株式会社 法人営業部 御中

いつもお世話になっております。日の出産業の砂金です。
新入社員研修の第2週分の昼食を追加で発注いたします。

期間　4月14日（月）〜4月18日（金）
食数　各日 35食（通常29食・特別対応6食）
納品　11:50　本社7階 研修室A

特別対応の内訳は第1週と同じです。
請求書は第1週分と分けてご発行ください。

よろしくお願いいたします。
人事部 人材開発課　砂金 拓也
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-food.co.jp drops a letter from partner kitaguni-foods.co.jp: look-alike recipient",
    },
    # ---------------------------------------------------------------- 026
    {
        "id": "allergy-026",
        "charset": "utf-8",
        "sender": "Reina Washio <r-washio@hinode-sangyo.co.jp>",
        "to": ["Events Team <events@harbourfront-convention.com.sg>"],
        "subject": "APAC Distributor Meeting - final catering numbers",
        "body": """Hi Priya,

Please find below our final catering numbers for the APAC Distributor Meeting
(Function Room 3, 9 October).

  Lunch buffet ............ 64 pax
  Coffee breaks (x2) ...... 64 pax
  Dinner (set menu) ....... 58 pax

Special meals within those totals:
  - Vegetarian ............ 4
  - Halal ................. 2
  - Gluten-free ........... 1
  - No seafood ............ 1

We will hand out meal cards at registration, so the kitchen only needs the
numbers; no names are required. Please label the special plates by type.

Thanks again for all your help.

Kind regards,
Reina Washio
Hinode Sangyo Co., Ltd. | Sales Planning
+81-3-5201-7788
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "special meal counts only, no names: nothing ties a diet to a person",
    },
    # ---------------------------------------------------------------- 027
    {
        "id": "allergy-027",
        "charset": "iso-2022-jp",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": [
            "川崎電機 購買部 岩佐様 <iwasa@kawasaki-denki.co.jp>",
            "みどり銀行 法人営業部 丹羽様 <niwa@midori-ginko.co.jp>",
            "港商事 総務部 菅生様 <sugo@minato-shoji.co.jp>",
        ],
        "subject": "【ご招待】新春賀詞交歓会のご案内（1/16）",
        "body": """関係各位

謹啓 時下ますますご清栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、弊社では恒例の新春賀詞交歓会を下記のとおり開催いたします。
ご多用中とは存じますが、ぜひご臨席を賜りますようご案内申し上げます。

　日時　令和８年１月１６日（金）　午後６時〜午後８時
　会場　さくらホテル　２階「桜花の間」
　形式　立食

ご出欠と、お料理の手配のため食物アレルギー等の有無を
１月９日（金）までに本メールへのご返信にてお知らせいただけますと幸いです。

謹白

日の出産業株式会社 営業企画部
鷲尾 玲奈
TEL 03-5201-7788
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three customer companies' contacts in To can see each other: should have been Bcc",
    },
    # ---------------------------------------------------------------- 028
    {
        "id": "allergy-028",
        "charset": "utf-8",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["星空トラベル 法人旅行センター <corp@hoshizora-travel.co.jp>"],
        "subject": "海外研修（シンガポール）参加者情報",
        "body": """星空トラベル 法人旅行センター
三ツ矢様

お世話になっております。日の出産業 人事部の砂金です。
海外研修（シンガポール、3月）の参加者情報をお送りします。
人事システムから出力したものをそのまま添付しておりますので、
必要な列だけお使いください。

よろしくお願いします。
砂金
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "研修参加者_人事マスタ抽出_20260115.xlsx",
                "sheets": {
                    "抽出結果": [
                        ["社員番号", "氏名", "氏名カナ", "生年月日", "現住所", "個人番号", "基礎年金番号", "所属"],
                        ["H10482", "鏑木 一輝", "カブラギ カズキ", "1990/04/08", "東京都江東区豊洲５－６－２２－１４０３", MY1, "4102-337815", "海外営業部"],
                        ["H11027", "瀬戸口 遥", "セトグチ ハルカ", "1993/09/21", "神奈川県川崎市中原区小杉町３－２６４", MY2, "4305-118264", "海外営業部"],
                        ["H11355", "九十九 碧", "ツクモ アオイ", "1995/02/03", "千葉県船橋市本町４－１８－７", MY3, "4411-902753", "開発部"],
                        ["H11790", "左近 亮介", "サコン リョウスケ", "1992/12/15", "東京都世田谷区三軒茶屋２－１１－３", MY4, "4209-665031", "開発部"],
                        ["H12004", "御手洗 菜摘", "ミタライ ナツミ", "1996/06/30", "埼玉県さいたま市浦和区高砂１－９－１２", MY5, "4520-071488", "品質保証部"],
                        ["H12311", "舘野 航平", "タテノ コウヘイ", "1994/08/17", "東京都練馬区豊玉北５－２９－８", MY6, "4317-284906", "品質保証部"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "raw HR export with My Numbers and basic pension numbers of six people sent to a travel agency",
    },
    # ---------------------------------------------------------------- 029
    {
        "id": "allergy-029",
        "charset": "iso-2022-jp",
        "sender": "堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>",
        "to": ["みなと国際会議場 利用調整課 <riyou@minato-icc.or.jp>"],
        "subject": "11/21 表彰式 当日の連絡担当者",
        "body": """みなと国際会議場 利用調整課 御中

お世話になっております。日の出産業の堀之内です。
11月21日当日、会場側からのご連絡は下記の3名のいずれかにお願いいたします。

【当日連絡先】
・堀之内 恵（総務部・全体統括）　携帯 ０８０－６６１４－２０３８
・楠 由香里（人事部・受付）　　　携帯 ０９０－５５２７－８１６４
・廿楽 隆之（総務部・設営）　　　携帯 ０７０－３９４１－７７０２

搬入は9:00から、撤収は19:30までの予定です。
よろしくお願いいたします。

総務部 堀之内
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three staff on-site contacts with mobiles (full-width digits) to the venue: under five people, may warn",
    },
    # ---------------------------------------------------------------- 030
    {
        "id": "allergy-030",
        "charset": "utf-8",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["やまなみ牧場 団体受付 <dantai@yamanami-farm.co.jp>"],
        "subject": "ファミリーデー（8/23）お子様のアレルギー個別対応のお願い",
        "body": """やまなみ牧場 団体受付 ご担当者様

お世話になっております。日の出産業 人事部の楠です。
8月23日のファミリーデー（社員と家族 約120名）につき、
バーベキューとアイス作り体験でアレルギーの個別対応をお願いしたいお子様がいらっしゃいます。

保護者の方に記入いただいた「個別対応依頼書」を添付いたしますので、
対応の可否をご検討ください。

日の出産業株式会社 人事部 福利厚生グループ
楠 由香里　TEL 03-5201-7760
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "食物アレルギー個別対応依頼書_稗田.docx",
                "title": "食物アレルギー個別対応依頼書",
                "paragraphs": [
                    "食物アレルギー個別対応依頼書",
                    "イベント名：日の出産業 ファミリーデー2025（やまなみ牧場）",
                    "記入日：令和７年７月２８日",
                ],
                "tables": [
                    [
                        ["項目", "内容"],
                        ["お子様の氏名", "稗田 ひまり（ひえだ ひまり）"],
                        ["年齢・生年月日", "6歳（平成31年3月9日生）"],
                        ["保護者（社員）", "稗田 周作（情報システム部）"],
                        ["保護者連絡先（当日）", "090-2284-6615"],
                        ["アレルゲン", "牛乳・乳製品"],
                        ["症状", "少量でも全身のじんましん、過去に2回アナフィラキシーで救急搬送"],
                        ["主治医の指示", "エピペン処方あり（保護者が携帯）。アイス作り体験は見学のみ"],
                        ["希望する対応", "バーベキューのタレ・ソーセージに乳成分不使用のものを"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX form with a named child's milk allergy, anaphylaxis history and doctor's instructions to an external farm venue",
    },
    # ---------------------------------------------------------------- 031
    {
        "id": "allergy-031",
        "charset": "cp932",
        "sender": "八田 修 <o-hatta@hinode-sangyo.co.jp>",
        "to": ["経営企画室 <keiki@hinode-sangyo.co.jp>"],
        "cc": ["纐纈 宗一郎 <s-koketsu@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】役員合宿 実施計画と予算（案）",
        "body": """【社外秘】

経営企画室各位
cc：纐纈取締役

お疲れさまです。八田です。
1月の役員合宿の実施計画と予算案をまとめました。

1. 日程　1月23日（金）〜24日（土）　湯の郷旅館（箱根）
2. 参加　役員8名、事務局2名
3. 議題　中期経営計画2026-2028の骨子、事業ポートフォリオの見直し
4. 予算　宿泊・会議室 412千円、交通 96千円、夕食懇談 180千円　計 688千円

食事については、各役員の食事制限を事務局で確認済みです（旅館へは人数のみ伝達）。
ご意見があれば金曜までにお願いします。

八田
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "marked 社外秘 but sent only to internal addresses",
    },
    # ---------------------------------------------------------------- 032
    {
        "id": "allergy-032",
        "charset": "iso-2022-jp",
        "sender": "八田 修 <o-hatta@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会課 芳賀 <haga@sakura-hotel.jp>"],
        "subject": "【部外秘】株主懇談会 運営要領（案）のご確認",
        "body": """機密区分：部外秘（関係者限り）

さくらホテル 宴会課
芳賀様

お世話になっております。日の出産業 経営企画室の八田です。
6月の株主懇談会につき、運営要領の案をお送りします。
会場設営と飲食部分をご確認ください。

■ 日時　　6月26日（金）　株主総会終了後 12:30〜14:00
■ 会場　　桜花の間（シアター形式→懇談時に立食へ転換）
■ 人数　　株主様 最大250名、役員・事務局 30名
■ 飲食　　軽食・ソフトドリンク（アルコールなし）
　　　　　アレルギー表示カードを各料理に設置
■ 転換　　12:30〜12:45の15分でシアター→立食へ転換

転換時間が短いため、ホテル様のスタッフ人数についてご意見をいただけますと幸いです。

八田 修
日の出産業株式会社 経営企画室
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject and first line carry a 部外秘 classification; sent to an external hotel",
    },
    # ---------------------------------------------------------------- 033
    {
        "id": "allergy-033",
        "charset": "utf-8",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["旅館 湖畔みずうみ荘 <yoyaku@kohan-mizuumiso.jp>"],
        "subject": "宿泊者名簿（PDF）送付のご連絡",
        "body": """湖畔みずうみ荘 予約係 中條様

お世話になっております。日の出産業の楠です。
11月8日ご宿泊分の宿泊者名簿をPDFでお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えいたします。

よろしくお願いいたします。
楠
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "宿泊者名簿_1108.pdf",
                "password": "mzu1108",
                "lines": ["宿泊者名簿（日の出産業株式会社 社員旅行 11/8）"],
                "table": [
                    ["部屋", "氏名", "住所", "電話"],
                    ["松の間", "鷺坂 真央", "東京都品川区大井４－２－１", "090-2210-7781"],
                    ["松の間", "目々澤 理沙", "東京都大田区蒲田３－１４－６", "080-6643-2205"],
                    ["竹の間", "五百旗頭 恒平", "神奈川県横浜市港北区日吉２－５－８", "070-1184-6620"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to an external ryokan: cannot be inspected",
    },
    # ---------------------------------------------------------------- 034
    {
        "id": "allergy-034",
        "charset": "utf-8",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["イベンティアジャパン 営業部 <sales@eventia-japan.co.jp>"],
        "subject": "秘密保持契約書（NDA）締結のお願い",
        "body": """イベンティアジャパン株式会社
営業部 堂園様

お世話になっております。日の出産業 営業企画部の鷲尾です。

代理店会議2026の運営委託にあたり、企画内容や参加者情報をお渡しする前に
秘密保持契約書（NDA）を締結させていただきたく存じます。
弊社の雛形をもとに、法務部と調整のうえ来週中に案をお送りいたします。

主な条項は以下を想定しております。
・秘密情報の範囲（企画書、参加者名簿、食事制限等の個人情報を含む）
・目的外利用の禁止、再委託時の事前承諾
・契約終了時の返還・廃棄
・有効期間：締結日から3年

ご確認のほどよろしくお願いいたします。

鷲尾 玲奈
日の出産業株式会社 営業企画部　TEL 03-5201-7788
--------------------------------------------------------------
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。
--------------------------------------------------------------
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA plus the standard disclaimer; no marking on a document, no personal data",
    },
    # ---------------------------------------------------------------- 035
    {
        "id": "allergy-035",
        "charset": "cp932",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["やまびこ研修センター 受付 <uketsuke@yamabiko-kenshu.jp>"],
        "subject": "宿泊者名簿のご提出（新任管理職研修 6/18〜6/20）",
        "body": """やまびこ研修センター
受付ご担当　樋渡様

いつもお世話になっております。日の出産業 人事部の砂金です。
旅館業法に基づく宿泊者名簿のご提出とのことで、下記のとおりお知らせいたします。

【1】
氏名　　：鏑木 一輝（かぶらぎ かずき）
生年月日：平成２年４月８日
住所　　：東京都江東区豊洲５－６－２２－１４０３
電話　　：０９０－４１７７－２０５９

【2】
氏名　　：瀬戸口 遥（せとぐち はるか）
生年月日：平成５年９月２１日
住所　　：神奈川県川崎市中原区小杉町３－２６４
電話　　：０８０－９９０２－３１４６

【3】
氏名　　：勅使河原 紀子（てしがわら のりこ）
生年月日：昭和５８年１２月２日
住所　　：東京都杉並区阿佐谷南１－４７－３
電話　　：０７０－６２１８－８８３０

【4】
氏名　　：舎利弗 真由（しゃりほつ まゆ）
生年月日：平成８年１０月２日
住所　　：埼玉県川口市栄町２－１５－９
電話　　：０９０－８８５３－４０１７

【5】
氏名　　：左衛門三郎 剛（さえもんさぶろう つよし）
生年月日：Ｓ６２．７．１９
住所　　：千葉県松戸市小金原６－３－１１
電話　　：０８０－１１２６－７５４８

【6】
氏名　　：釈迦郡 亮（しゃかごおり りょう）
生年月日：Ｈ３．１．２５
住所　　：東京都府中市若松町２－８－１６
電話　　：０７０－４４９０－３３８２

以上6名です。よろしくお願いいたします。

人事部 人材開発課　砂金 拓也（内線2231）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six guest records (和暦 birth dates, home addresses, mobiles) one block each, to a training centre",
    },
    # ---------------------------------------------------------------- 036
    {
        "id": "allergy-036",
        "charset": "iso-2022-jp",
        "sender": "堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>",
        "to": ["みなと国際会議場 利用調整課 <riyou@minato-icc.or.jp>"],
        "subject": "RE: 11/21 中ホール 付帯設備のご案内",
        "body": """みなと国際会議場 利用調整課
井筒様

ご丁寧にありがとうございます。
ワイヤレスマイク4本とスロープの件、承知いたしました。
控室は「控室B」を使用させていただきます。

当日はどうぞよろしくお願いいたします。

堀之内

-----Original Message-----
From: 井筒 真一 <izutsu@minato-icc.or.jp>
Sent: Thursday, October 30, 2025 4:12 PM
To: 堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>
Subject: 11/21 中ホール 付帯設備のご案内

日の出産業株式会社 堀之内様

お世話になっております。みなと国際会議場の井筒でございます。
ご相談いただいた件、下記のとおりご用意可能です。

・可搬式スロープ（舞台上手側）　1基
・ワイヤレスマイク　4本
・控室B（舞台袖まで段差なし）

なお、当日の車いすご利用の一尺八寸様の動線は、搬入口側のエレベーターを
ご利用いただくのがよろしいかと存じます。

みなと国際会議場 利用調整課 井筒
TEL 03-6453-2210
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the wheelchair user's name appears only in the venue's own quoted message; new text is a confirmation",
    },
    # ---------------------------------------------------------------- 037
    {
        "id": "allergy-037",
        "charset": "utf-8",
        "sender": "八田 修 <o-hatta@hinode-sangyo.co.jp>",
        "to": ["あおぞら航空 団体予約デスク <group-desk@aozora-airways.co.jp>"],
        "subject": "GRP-26-0388 特別機内食のリクエスト",
        "body": """あおぞら航空 団体予約デスク ご担当者様

お世話になっております。日の出産業 経営企画室の八田です。
予約番号 GRP-26-0388（成田→ジャカルタ 2/3）につき、特別機内食をお願いいたします。

  搭乗者名                 座席  ミールコード  理由
  -----------------------  ----  ------------  ---------------------------
  KOKETSU SOICHIRO (MR)    3A    DBML          糖尿病のため（主治医の指示）
  TODOROKI SHINNOSUKE (MR) 14C   MOML          イスラム教徒のため
  TESHIGAWARA NORIKO (MS)  3C    -             特になし

上記以外の9名は通常食で結構です。
ご確認のほどよろしくお願いいたします。

八田 修　日の出産業株式会社 経営企画室
TEL 03-5201-7701
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named passengers' diabetes (medical) and Muslim faith (religion) sent to an airline",
    },
    # ---------------------------------------------------------------- 038
    {
        "id": "allergy-038",
        "charset": "iso-2022-jp",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["割烹 かわせみ <info@kappo-kawasemi.jp>"],
        "subject": "1/28 会食（4名様）のご予約について",
        "body": """割烹かわせみ
女将様

いつもお世話になっております。日の出産業の鷲尾でございます。
1月28日（水）19時、4名様個室のご予約ありがとうございました。

お料理は前回と同じ「季節のおまかせ」でお願いいたします。
なお、お客様のうち先方の部長様はわさびが、弊社の大角はパクチーなどの香草が
苦手とのことですので、差し替えをお願いできますと幸いです。

お飲み物は当日ご相談させてください。
どうぞよろしくお願いいたします。

日の出産業株式会社 営業企画部
鷲尾 玲奈　TEL 03-5201-7788
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary reservation; food dislikes of two guests are preferences, not health or religion",
    },
    # ---------------------------------------------------------------- 039
    {
        "id": "allergy-039",
        "charset": "utf-8",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車担当 <haisha@aoba-unyu.com>"],
        "subject": "社員旅行 バス乗車地と出発時刻の変更",
        "body": """青葉運輸 配車ご担当者様

お世話になっております。日の出産業の楠です。
11月8日社員旅行のバス乗車地と出発時刻を一部変更させてください。

　1号車　本社前 7:30 → 7:20 に変更
　2号車　東京駅八重洲口 7:30（変更なし）
　3号車　新宿駅西口 7:40 → 横浜駅東口 7:45 に変更

帰路の到着順も同じく 横浜駅 → 東京駅 → 本社 でお願いいたします。
変更後の行程表を頂戴できますでしょうか。

楠 由香里（日の出産業 人事部）
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.com instead of partner aoba-unyu.co.jp: another TLD, look-alike recipient",
    },
    # ---------------------------------------------------------------- 040
    {
        "id": "allergy-040",
        "charset": "cp932",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>"],
        "bcc": [
            "<kazuo.hiwatari@yahoo.co.jp>",
            "<s-kurebayashi1952@gmail.com>",
            "<michiko.oba@icloud.com>",
            "<t.sumiya@outlook.jp>",
            "<hajime-kudo@ezweb.ne.jp>",
        ],
        "subject": "日の出会（OB会）秋の懇親会のご案内",
        "body": """日の出会（OB会）会員の皆様

ご無沙汰しております。日の出産業 人事部の楠です。
本年も秋の懇親会を下記のとおり開催いたします。

　日時：11月29日（土）12:00〜14:30
　会場：さくらホテル 2階「若葉の間」
　会費：5,000円（当日受付にて）

ご出欠は11月14日までに本メールへご返信ください。
お料理の関係で、食べられないもの等がございましたら
あわせてお知らせいただけますと幸いです。

※本メールはBCCにてお送りしております。

日の出産業株式会社 人事部 福利厚生グループ
楠 由香里　TEL 03-5201-7760
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "invitation to retirees on free mail, all in Bcc; no personal data in the content",
    },
    # ---------------------------------------------------------------- 041
    {
        "id": "allergy-041",
        "charset": "utf-8",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 佐々部 <sasabe@kitaguni-foods.co.jp>"],
        "subject": "キックオフ懇親会 アレルギー調査結果（個票）",
        "body": """北国フーズ 佐々部様

お世話になっております。日の出産業の楠です。
12/5 キックオフ懇親会の食物アレルギー事前調査の結果をお送りします。
「集計」シートに品目ごとの人数、「個票」シートに回答者ごとの詳細をまとめています。
個別の盛り付けの際にご参照ください。

楠
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "キックオフ懇親会_アレルギー調査結果.xlsx",
                "sheets": {
                    "集計": [
                        ["品目", "人数"],
                        ["卵", 3], ["乳", 2], ["小麦", 2], ["えび・かに", 3], ["そば", 1], ["落花生", 1],
                    ],
                    "個票": [
                        ["12/5 キックオフ懇親会 食物アレルギー事前調査（回答者のみ）"],
                        ["No", "氏名", "拠点", "アレルゲン", "症状", "医師の診断", "エピペン"],
                        [1, "鷺坂 真央", "本社", "卵", "じんましん", "あり", "なし"],
                        [2, "五百旗頭 恒平", "本社", "えび・かに", "アナフィラキシー", "あり", "あり"],
                        [3, "小鳥遊 杏奈", "本社", "小麦", "腹痛・下痢", "あり", "なし"],
                        [4, "目々澤 理沙", "本社", "乳", "湿疹", "あり", "なし"],
                        [5, "稗田 周作", "本社", "そば", "喘息発作", "あり", "なし"],
                        [6, "月見里 彩花", "大阪支社", "小麦（セリアック病）", "腹痛", "あり", "なし"],
                        [7, "英 まどか", "大阪支社", "乳", "じんましん", "なし（自己申告）", "なし"],
                        [8, "神 隼人", "札幌営業所", "えび", "口腔内のかゆみ", "なし（自己申告）", "なし"],
                        [9, "纐纈 宗一郎", "本社", "落花生・くるみ", "アナフィラキシー", "あり", "あり"],
                        [10, "雲母 さやか", "本社", "卵", "嘔吐", "あり", "なし"],
                        [11, "真柴 陽菜", "本社", "卵", "じんましん", "あり", "なし"],
                        [12, "鏑木 一輝", "本社", "かに", "じんましん", "なし（自己申告）", "なし"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX with twelve named employees' allergies, diagnoses and EpiPen use to the caterer: list and health data",
    },
    # ---------------------------------------------------------------- 042
    {
        "id": "allergy-042",
        "charset": "iso-2022-jp",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["ホテル海光 宴会予約係 <banquet@hotel-kaikou.co.jp>"],
        "subject": "Re: 記念パーティー ビュッフェメニュー（アレルゲン表示）のご確認",
        "body": """ホテル海光 宴会予約係
真鍋様

お世話になっております。日の出産業の鷲尾です。
ビュッフェメニューのアレルゲン一覧をありがとうございました。
弊社で確認した結果を添付のPDFにコメントとして追記しましたのでお送りします。

主な修正点は2つです。
・「海老のチリソース」に卵の表示が漏れているようです（ソースに卵白使用とのこと）
・デザートの「ナッツのタルト」は、表示カードに「くるみ」を明記してください

表示カードの文字をもう一回り大きくしていただけますと、ご高齢のお客様にも見やすいかと存じます。
よろしくお願いいたします。

鷲尾
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "ビュッフェメニュー_アレルゲン一覧_確認済.pdf",
                "title": "ビュッフェメニュー アレルゲン一覧",
                "lines": ["創立60周年記念パーティー ビュッフェメニュー アレルゲン一覧（特定原材料8品目）",
                          "●＝使用　△＝同一工程で使用　（日の出産業 確認コメント付き）", ""],
                "table": [
                    ["料理名", "卵", "乳", "小麦", "えび", "かに", "くるみ", "そば", "落花生"],
                    ["ローストビーフ", "", "", "●", "", "", "", "", ""],
                    ["海老のチリソース", "●(追記)", "", "●", "●", "", "", "", ""],
                    ["季節野菜のテリーヌ", "●", "●", "", "", "", "", "", ""],
                    ["ずわい蟹のクリームコロッケ", "●", "●", "●", "△", "●", "", "", ""],
                    ["手まり寿司", "●", "", "●", "●", "", "", "", ""],
                    ["ナッツのタルト", "●", "●", "●", "", "", "●(明記)", "", "△"],
                    ["フルーツ盛り合わせ", "", "", "", "", "", "", "", ""],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "allergen chart per dish, not per person; no personal data",
    },
    # ---------------------------------------------------------------- 043
    {
        "id": "allergy-043",
        "charset": "utf-8",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": [
            "<hina.mashiba@gmail.com>",
            "<ren.igari0815@yahoo.co.jp>",
            "<yui-ichinose@icloud.com>",
            "<aoi.fushimi@outlook.jp>",
            "<sota.makabe@gmail.com>",
        ],
        "subject": "【日の出産業】内定者懇親会のご案内（3/14）",
        "body": """内定者の皆さま

こんにちは。日の出産業 人事部 採用担当の砂金です。
先日はご内定の承諾、誠にありがとうございました。

入社前に同期の皆さんや先輩社員と交流していただく場として、
内定者懇親会を開催します。

　日時：3月14日（土）17:00〜19:00
　会場：ダイニング縁（東京駅八重洲口から徒歩5分）
　服装：自由（スーツでなくて構いません）

出欠と、食物アレルギーなど食事で配慮が必要なことがあれば、
3月6日（金）までにこのメールへの返信でお知らせください。

皆さんにお会いできるのを楽しみにしています。

日の出産業株式会社 人事部 採用担当
砂金 拓也
TEL 03-5201-7762
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "five private persons' addresses in To can see each other (should have been Bcc)",
    },
    # ---------------------------------------------------------------- 044
    {
        "id": "allergy-044",
        "charset": "utf-8",
        "sender": "Reina Washio <r-washio@hinode-sangyo.co.jp>",
        "to": ["Reservations <reservations@bluelagoon-dmc.com>"],
        "subject": "Deposit payment - Hinode Sangyo incentive, Bali, June",
        "body": """Dear Mr. Wayan,

Thank you for sending the proforma invoice (INV-BL-2026-0217) for our
incentive trip to Bali (24 guests, 10-14 June).

As requested, please charge the 30% deposit (USD 18,450.00) to the following
corporate card:

  Card type      : Mastercard (corporate)
  Card number    : """ + _grp(CARD2, (4, 4, 4, 4), " ") + """
  Expiry         : 11/27
  Cardholder     : REINA WASHIO
  Billing address: 2-4-1 Nihonbashi-Muromachi, Chuo-ku, Tokyo, Japan

Please send the receipt to me by e-mail once the charge has gone through.

Best regards,
Reina Washio
Sales Planning Dept., Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "full card number with expiry and cardholder name sent to a foreign DMC in plain text",
    },
    # ---------------------------------------------------------------- 045
    {
        "id": "allergy-045",
        "charset": "iso-2022-jp",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["芦原コーチング 芦原 聡子 <ashihara@ashihara-coaching.jp>"],
        "subject": "研修会場（博多）へのアクセスのご案内",
        "body": """芦原 聡子 先生

お世話になっております。日の出産業の砂金です。
2月13日の研修会場へのアクセスをご案内いたします。

　会場：九州ビジネスセンター 5階 研修室502
　　　　福岡県福岡市博多区博多駅前３－１９－５
　最寄：JR博多駅 筑紫口から徒歩4分

地図を添付いたしましたのでご参照ください。
当日は9:15に1階ロビーにてお待ちしております。

会食のお店は、先生のご希望どおり和食の「博多 いろは」を予約いたしました。

砂金
""",
        "attachments": [
            {"kind": "png", "name": "会場地図_九州ビジネスセンター.png"}
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "venue access and a map for one external lecturer; only a business address",
    },
    # ---------------------------------------------------------------- 046
    {
        "id": "allergy-046",
        "charset": "utf-8",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["イベンティアジャパン 堂園 <dozono@eventia-japan.co.jp>"],
        "subject": "代理店会議 予算枠のご共有",
        "body": """イベンティアジャパン 堂園様

お世話になっております。鷲尾です。
お見積りの前提として、社内で承認された予算枠の表をお送りします。
項目別の上限をご確認のうえ、ご提案をお願いいたします。

鷲尾
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "代理店会議2026_予算枠.xlsx",
                "page_footer": "Confidential - Internal Only",
                "sheets": {
                    "予算枠": [
                        ["代理店会議2026 予算枠（承認済）"],
                        ["項目", "上限（千円）", "備考"],
                        ["会場費", 6200, "さくらホテル 鳳凰の間・翡翠の間"],
                        ["演出・映像", 5400, "LEDビジョン含む"],
                        ["飲食", 4800, "懇親会 145名、アレルギー対応含む"],
                        ["運営人件費", 1300, ""],
                        ["予備費", 800, "取締役会承認事項"],
                        ["合計", 18500, ""],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "spreadsheet footer stamped 'Confidential - Internal Only' sent to an event agency",
    },
    # ---------------------------------------------------------------- 047
    {
        "id": "allergy-047",
        "charset": "iso-2022-jp",
        "sender": "八田 修 <o-hatta@hinode-sangyo.co.jp>",
        "to": ["料亭 松濤庵 <yoyaku@shotoan.jp>"],
        "subject": "Re: 2月10日 ご会食のお献立について",
        "body": """松濤庵 若女将様

ご丁寧なご案内をありがとうございます。
お献立は「如月の会席」でお願いいたします。

一点お願いがございます。弊社取締役の纐纈は持病の糖尿病のため
主治医から糖質を控えるよう言われております。
纐纈の分のみ、ご飯・甘味を少なめにし、煮物の味付けも控えめにしていただけますでしょうか。

どうぞよろしくお願いいたします。

日の出産業株式会社 経営企画室
八田 修

> 日の出産業株式会社 八田様
>
> このたびはご予約を賜り誠にありがとうございます。
> 2月10日（火）18時30分より、6名様にて「萩の間」をご用意いたしております。
> お献立は「如月の会席」「早春の会席」の二種からお選びいただけます。
> お苦手な食材などございましたらお知らせくださいませ。
>
> 料亭 松濤庵　TEL 03-3461-2208
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "new text of the reply states a named director's diabetes to a restaurant",
    },
    # ---------------------------------------------------------------- 048
    {
        "id": "allergy-048",
        "charset": "cp932",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 佐々部 <sasabe@kitaguni-foods.co.jp>"],
        "subject": "RE: 【北国フーズ】個別盛り付けプレートのご確認",
        "body": """佐々部様

ご確認の表をありがとうございます。
内容に相違ございません。当日はこの内容でお願いいたします。

楠

差出人: 佐々部 寛 <sasabe@kitaguni-foods.co.jp>
送信日時: 2025年11月27日 17:05
宛先: 楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>
件名: 【北国フーズ】個別盛り付けプレートのご確認

日の出産業株式会社 楠様

いつもお世話になっております。北国フーズの佐々部です。
いただいた調査結果をもとに、個別盛り付けプレートを以下のとおりご用意いたします。
相違がないかご確認ください。

  プレート  お名前          除去内容
  --------  --------------  --------------------
  A-1       鷺坂 真央 様    卵
  A-2       五百旗頭 恒平 様 えび・かに（専用油）
  A-3       月見里 彩花 様  小麦（グルテンフリー）
  A-4       纐纈 宗一郎 様  落花生・くるみ
  A-5       稗田 周作 様    そば

北国フーズ株式会社 法人営業部　佐々部 寛
TEL 011-210-5530
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the named plate list is the caterer's own mail quoted under 差出人/送信日時; new text is a confirmation",
    },
    # ---------------------------------------------------------------- 049
    {
        "id": "allergy-049",
        "charset": "utf-8",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["たびじレンタカー 松本駅前店 <matsumoto@tabiji-rentacar.co.jp>"],
        "subject": "マイクロバス（6/18〜6/20）運転者の登録",
        "body": """たびじレンタカー 松本駅前店 ご担当者様

お世話になっております。日の出産業の砂金です。
6月18日〜20日にお借りするマイクロバス（29人乗り）の運転者2名を登録いたします。

　運転者①　左衛門三郎 剛
　　生年月日　昭和62年7月19日
　　運転免許証番号　第 3017 4426 9815 号（中型、有効期限 令和9年8月19日）

　運転者②　釈迦郡 亮
　　生年月日　平成3年1月25日
　　運転免許証番号　第 3012 0853 3371 号（中型、有効期限 令和8年2月25日）

当日は両名とも免許証原本を持参いたします。
よろしくお願いいたします。

砂金 拓也（日の出産業 人事部）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "driving licence numbers with birth dates of two named drivers sent to a rental-car shop",
    },
    # ---------------------------------------------------------------- 050
    {
        "id": "allergy-050",
        "charset": "iso-2022-jp",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["やまびこ研修センター 受付 <uketsuke@yamabiko-kenshu.jp>"],
        "subject": "研修期間中の緊急連絡先（引率者）",
        "body": """やまびこ研修センター 樋渡様

お世話になっております。日の出産業の砂金です。
研修期間中（6/18〜6/20）、夜間に何かございましたら
下記の引率者にご連絡ください。

　砂金 拓也　　090-1128-3395（主）
　舘野 航平　　080-7715-2930
　瀬戸口 遥　　070-2604-1187
　大角 光一　　090-6638-4401（人事部長・最終連絡先）

よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four escorts' names and mobiles for emergencies: under five people, may warn",
    },
    # ---------------------------------------------------------------- 051
    {
        "id": "allergy-051",
        "charset": "cp932",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["イベンティアジャパン 堂園 <dozono@eventia-japan.co.jp>"],
        "subject": "チームビルディング研修 参加登録データ",
        "body": """堂園様

お世話になっております。鷲尾です。
9月のチームビルディング研修（アウトドア）の参加登録データをCSVでお送りします。
Tシャツの発注と、当日の班分け・連絡網の作成にお使いください。

よろしくお願いいたします。
鷲尾
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "TB研修_参加登録_0910.csv",
                "encoding": "cp932",
                "rows": [
                    ["社員番号", "氏名", "かな", "部署", "メール", "携帯", "Tシャツ", "班希望"],
                    ["H08812", "浅葱 駿", "あさぎ しゅん", "営業一課", "s-asagi@hinode-sangyo.co.jp", "090-4402-1176", "L", "A"],
                    ["H09105", "坪内 ひかる", "つぼうち ひかる", "営業一課", "h-tsubouchi@hinode-sangyo.co.jp", "080-3391-6620", "M", "B"],
                    ["H09233", "蔀 真琴", "しとみ まこと", "営業二課", "m-shitomi@hinode-sangyo.co.jp", "070-8825-4103", "S", "A"],
                    ["H09460", "宇留野 拓海", "うるの たくみ", "営業二課", "t-uruno@hinode-sangyo.co.jp", "090-7119-5538", "XL", "C"],
                    ["H09718", "粟飯原 花音", "あいはら かのん", "マーケティング部", "k-aihara@hinode-sangyo.co.jp", "080-6604-2287", "M", "B"],
                    ["H10022", "仁礼 健太郎", "にれ けんたろう", "マーケティング部", "k-nire@hinode-sangyo.co.jp", "090-3357-9914", "L", "C"],
                    ["H10261", "宮路 奈央", "みやじ なお", "開発部", "n-miyaji@hinode-sangyo.co.jp", "070-1160-4478", "S", "A"],
                    ["H10490", "久家 大和", "くげ やまと", "開発部", "y-kuge@hinode-sangyo.co.jp", "080-9943-0316", "L", "B"],
                    ["H10733", "満島 彩乃", "みつしま あやの", "品質保証部", "a-mitsushima@hinode-sangyo.co.jp", "090-2286-7751", "M", "C"],
                    ["H10958", "甲斐田 陸", "かいだ りく", "品質保証部", "r-kaida@hinode-sangyo.co.jp", "070-5528-3390", "XL", "A"],
                    ["H11204", "鳥海 紗季", "ちょうかい さき", "経理部", "s-chokai@hinode-sangyo.co.jp", "080-4473-6629", "S", "B"],
                    ["H11482", "日下部 悠真", "くさかべ ゆうま", "経理部", "y-kusakabe@hinode-sangyo.co.jp", "090-6651-0042", "L", "C"],
                    ["H11715", "椎葉 咲良", "しいば さくら", "総務部", "s-shiiba@hinode-sangyo.co.jp", "070-3309-8815", "M", "A"],
                    ["H11930", "宝田 修平", "たからだ しゅうへい", "総務部", "s-takarada@hinode-sangyo.co.jp", "080-1182-5547", "L", "B"],
                    ["H12156", "乙部 美羽", "おとべ みう", "人事部", "m-otobe@hinode-sangyo.co.jp", "090-8830-2264", "S", "C"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of fifteen employees with e-mail and mobile numbers to an external event agency",
    },
    # ---------------------------------------------------------------- 052
    {
        "id": "allergy-052",
        "charset": "utf-8",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["リストランテ ソーレ 予約 <prenota@ristorante-sole.jp>"],
        "subject": "12/12 営業企画部 忘年会（10名）コース内容のご相談",
        "body": """リストランテ ソーレ ご予約ご担当様

お世話になっております。日の出産業の鷲尾です。
12月12日（金）19時〜、10名でご予約いただいている忘年会の件です。

コースは「Natale 7,000円」でお願いいたします。
1点ご配慮いただきたいことがございまして、
参加者のうち坪内 ひかるさんが現在妊娠中のため、
生ハム・カルパッチョなどの生もの、ナチュラルチーズ、アルコールを使ったソースを
避けたお皿にしていただけますでしょうか。

乾杯はノンアルコールのスパークリングを2本ご用意ください。
よろしくお願いいたします。

鷲尾 玲奈（日の出産業 営業企画部）
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "a named colleague's pregnancy told to a restaurant: health-related but not a listed 要配慮 category; judgement call",
    },
    # ---------------------------------------------------------------- 053
    {
        "id": "allergy-053",
        "charset": "iso-2022-jp",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["あおぞら航空 団体予約デスク <group-desk@aozora-airways.co.jp>"],
        "subject": "GRP-26-0412 搭乗者リスト（差し替え）",
        "body": """あおぞら航空 団体予約デスク ご担当者様

お世話になっております。日の出産業の砂金です。
先日お送りした搭乗者リストに誤りがございましたので、差し替え版をお送りいたします。
（6番目の方の旅券有効期限を修正しております）

お手数をおかけいたしますが、よろしくお願いいたします。
砂金
""",
        "attachments": [
            {"kind": "corrupt", "name": "GRP-26-0412_搭乗者リスト_差替.xlsx"}
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the replacement XLSX is corrupt and cannot be inspected",
    },
    # ---------------------------------------------------------------- 054
    {
        "id": "allergy-054",
        "charset": "utf-8",
        "sender": "経理部 支払担当 <shiharai@hinode-sangyo.co.jp>",
        "to": ["ケータリングひだまり 経理 <keiri@hidamari-catering.co.jp>"],
        "subject": "請求書の宛名・登録番号記載のお願い（11/21 懇親会分）",
        "body": """ケータリングひだまり 経理ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部 支払担当です。
11月21日懇親会分の請求書（No. HD-2511-0342、金額 ￥648,780）を拝受いたしました。

恐れ入りますが、以下の2点を修正のうえ再発行をお願いいたします。
1. 宛名を「日の出産業株式会社 総務部 御中」としてください。
2. 貴社の適格請求書発行事業者の登録番号の記載が漏れております。
   弊社控えでは「T9701104529688」となっておりますが、相違ないかご確認ください。

なお、弊社の法人番号は 3301200184723 です。
お支払いは12月末日、みどり銀行 本店営業部への振込を予定しております。

日の出産業株式会社 経理部 支払担当
TEL 03-5201-7720（直通）
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice correction with company T-number and corporate number; business data only",
    },
    # ---------------------------------------------------------------- 055
    {
        "id": "allergy-055",
        "charset": "utf-8",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["堀之内 恵 <m-horinouchi@hinode-sangyo.co>"],
        "subject": "懇親会アレルギー一覧（最新）",
        "body": """堀之内さん

お疲れさまです。楠です。
表彰式後の懇親会で対応が必要な方の最新一覧です（大阪から1名追加になりました）。

・纐纈 宗一郎 取締役　くるみ・落花生（アナフィラキシー既往、エピペン携帯）
・英 まどか さん（大阪支社）　乳（じんましん）
・神 隼人 さん（札幌営業所）　えび（口の中がかゆくなる程度）
・月見里 彩花 さん（大阪支社）　小麦（セリアック病）

ひだまりさんへは人数だけで伝えてください。
楠
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague but addressed to hinode-sangyo.co (look-alike of the own domain), carrying named allergies and a diagnosis",
    },
    # ---------------------------------------------------------------- 056
    {
        "id": "allergy-056",
        "charset": "cp932",
        "sender": "堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>",
        "to": ["パレス迎賓館 ご宴会担当 <enkai@palace-geihinkan.jp>"],
        "subject": "アレルギー対応についてのご質問（見積検討中）",
        "body": """パレス迎賓館 ご宴会担当者様

お世話になっております。日の出産業 総務部の堀之内です。
来年度の永年勤続表彰式の会場として、貴館を検討させていただいております。
お見積りの前に、アレルギー対応についていくつか教えてください。

1. 特定原材料8品目・準ずる20品目のうち、除去対応が可能な品目
2. 除去食を作る際の調理器具・揚げ油の使い分け（コンタミ対策）
3. 除去食の提供方法（名札付きで配膳いただけるか、引き換え券方式か）
4. 対応可能な食数の上限と、申込み締切（何日前までか）
5. ハラール・ヴィーガン対応の可否と追加料金

参加予定は約90名、着席のコース形式を想定しております。
ご回答は資料の送付でも構いません。よろしくお願いいたします。

日の出産業株式会社 総務部 総務課
堀之内 恵
〒103-0022 東京都中央区日本橋室町２－４－１　TEL 03-5201-7740
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general questions about the venue's allergy handling; no person's data",
    },
    # ---------------------------------------------------------------- 057
    {
        "id": "allergy-057",
        "charset": "iso-2022-jp",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["九州ビジネスセンター 貸会議室係 <kaigi@kyushu-bc.co.jp>"],
        "subject": "2/13 研修室502 情報保障（手話通訳）についてのご相談",
        "body": """九州ビジネスセンター 貸会議室係 ご担当者様

お世話になっております。日の出産業 人事部の砂金です。
2月13日に研修室502をお借りしている件でご相談がございます。

受講者のうち福岡営業所の真栄城 悠（まえしろ ゆう）さんは聴覚に障害があり
（両耳とも重度難聴）、研修中は手話通訳者2名と要約筆記のスクリーンを使用します。

つきましては、
・講師の横に手話通訳者が立つスペースの確保
・要約筆記用のプロジェクターとスクリーンの追加レンタル
・火災報知の際に光で知らせる設備があるか
をご確認いただけますでしょうか。

手話通訳者は外部の派遣元から2名来館いたします。
よろしくお願いいたします。

砂金 拓也
日の出産業株式会社 人事部 人材開発課
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named trainee's hearing disability sent to an external conference centre",
    },
    # ---------------------------------------------------------------- 058
    {
        "id": "allergy-058",
        "charset": "utf-8",
        "sender": "堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>",
        "to": ["ケータリングひだまり 予約センター <yoyaku@hidamari-catering.co.jp>"],
        "cc": ["みなと国際会議場 利用調整課 <riyou@minato-icc.or.jp>"],
        "subject": "11/21 懇親会 料理搬入の段取り",
        "body": """ケータリングひだまり ご担当者様
（cc：みなと国際会議場 井筒様）

お世話になっております。日の出産業の堀之内です。
11月21日の懇親会の料理搬入について、会場様と段取りを共有させてください。

・搬入口：会議場 北側 搬入口（B1、車両高さ制限 2.8m）
・搬入時間：16:00〜16:45
・配膳場所：中ホール ホワイエ（立食 95名分）
・個別対応プレート：3食（名札なし・番号札のみで受け渡し）
・撤収：19:30〜20:15

会場様の搬入口使用申請は弊社から提出済みです。
車両ナンバーが決まりましたら、ひだまり様から会場様へ直接お知らせください。

堀之内
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "caterer in To and venue in Cc (two external organisations), logistics and anonymous counts only",
    },
    # ---------------------------------------------------------------- 059
    {
        "id": "allergy-059",
        "charset": "utf-8",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["ひなた損保 法人営業課 <houjin-eigyo@hinata-sonpo.co.jp>"],
        "subject": "海外旅行保険（団体）加入者名簿の送付",
        "body": """ひなた損害保険株式会社
法人営業課 ご担当者様

お世話になっております。日の出産業 人事部の砂金です。
3月のシンガポール海外研修につき、団体海外旅行保険の加入者名簿を添付にてお送りします。
保険期間は2026年3月8日〜3月15日です。

ご確認のほどよろしくお願いいたします。

日の出産業株式会社 人事部 人材開発課
砂金 拓也　TEL 03-5201-7762
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "海外旅行保険_加入者名簿_SIN2603.xlsx",
                "sheets": {
                    "加入者": [
                        ["団体海外旅行保険 加入者名簿", "", "", "", "", "契約者：日の出産業株式会社"],
                        ["No", "氏名（漢字）", "氏名（ローマ字）", "生年月日", "性別", "旅券番号"],
                        [1, "鏑木 一輝", "KABURAGI KAZUKI", "1990/04/08", "男", "TK6620143"],
                        [2, "瀬戸口 遥", "SETOGUCHI HARUKA", "1993/09/21", "女", "TR3318507"],
                        [3, "九十九 碧", "TSUKUMO AOI", "1995/02/03", "女", "TZ9904216"],
                        [4, "左近 亮介", "SAKON RYOSUKE", "1992/12/15", "男", "TH2257781"],
                        [5, "御手洗 菜摘", "MITARAI NATSUMI", "1996/06/30", "女", "TS7741092"],
                        [6, "舘野 航平", "TATENO KOHEI", "1994/08/17", "男", "TK5083364"],
                        [7, "砂金 拓也", "ISAGO TAKUYA", "1987/05/23", "男", "TK1147730"],
                        [8, "大角 光一", "OSUMI KOICHI", "1972/10/04", "男", "TR0092658"],
                    ],
                    "補償内容": [
                        ["項目", "保険金額"],
                        ["傷害死亡・後遺障害", "3,000万円"],
                        ["治療・救援費用", "無制限"],
                        ["賠償責任", "1億円"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "eight insured persons with birth dates and passport numbers to an insurer: list and ID numbers",
    },
    # ---------------------------------------------------------------- 060
    {
        "id": "allergy-060",
        "charset": "utf-8",
        "sender": "Takuya Isago <t-isago@hinode-sangyo.co.jp>",
        "to": ["Prof. Daniel Whitford <d.whitford@kingsbridge.ac.uk>"],
        "subject": "Invitation: speaker dinner after the Hinode Innovation Forum (22 May)",
        "body": """Dear Professor Whitford,

Thank you very much for agreeing to give the keynote at the Hinode Innovation
Forum on 22 May in Tokyo.

We would be delighted if you could join our CEO and a few members of our R&D
team for dinner after the forum (around 19:00, a Japanese restaurant near the
venue). We will arrange a car from the venue and back to your hotel.

So that we can let the restaurant know in advance, do you have any dietary
requirements or foods you would prefer to avoid? Anything you tell us will only
be used for the dinner arrangements.

Kind regards,

Takuya Isago
Human Resources Development, Hinode Sangyo Co., Ltd.
Tel: +81-3-5201-7762
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English invitation to one external speaker asking about dietary requirements; no one's data sent",
    },
    # ---------------------------------------------------------------- 061
    {
        "id": "allergy-061",
        "charset": "utf-8",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["高峰スポーツセンター 合宿受付 <gasshuku@takamine-sports.jp>"],
        "subject": "合宿参加者 健康調査票のまとめ（第1班・第2班）",
        "body": """高峰スポーツセンター 合宿受付 ご担当者様

お世話になっております。日の出産業の砂金です。
屋外アクティビティ（登山・カヌー）の安全管理のためとのご依頼を受け、
参加者の健康調査票の内容をWordにまとめましたのでお送りします。

センターの看護師の方にも共有いただけますと幸いです。
砂金
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "健康調査票まとめ_新人研修合宿.docx",
                "title": "健康調査票まとめ",
                "paragraphs": [
                    "新人研修合宿（高峰スポーツセンター）参加者 健康調査票まとめ",
                    "記載がある者のみ抜粋。作成：日の出産業 人事部",
                ],
                "tables": [
                    [
                        ["氏名", "生年月日", "既往歴・持病", "服薬", "食物アレルギー", "運動制限"],
                        ["真柴 陽菜", "H15.6.14", "小児喘息（現在も季節により発作）", "吸入薬", "なし", "なし"],
                        ["猪狩 蓮", "H14.11.2", "なし", "なし", "キウイ（口腔アレルギー）", "なし"],
                        ["一ノ瀬 結衣", "H15.2.27", "てんかん（服薬でコントロール中）", "抗てんかん薬", "なし", "水上活動は要相談"],
                        ["伏見 蒼", "H14.8.9", "なし", "なし", "落花生（アナフィラキシー既往）", "なし"],
                        ["真壁 颯太", "H15.1.30", "心室中隔欠損（術後）", "なし", "なし", "激しい運動は医師の許可要"],
                        ["宍戸 芽依", "H14.5.18", "貧血", "鉄剤", "卵", "なし"],
                        ["玉置 湊", "H14.12.3", "腰椎椎間板ヘルニア", "なし", "なし", "重量物の運搬不可"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX table of seven trainees' medical histories, medication and allergies to a sports facility",
    },
    # ---------------------------------------------------------------- 062
    {
        "id": "allergy-062",
        "charset": "iso-2022-jp",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["星空トラベル 法人旅行センター 三ツ矢 <mitsuya@hoshizora-travel.co.jp>"],
        "subject": "Re: 社員旅行 行程表（案）のご確認",
        "body": """星空トラベル 三ツ矢様

行程表の案をありがとうございました。
添付のPDFに修正点を赤字で入れましたのでご確認ください。

主な修正は以下のとおりです。
1. 1日目の昼食会場を「道の駅」から「湖畔レストラン風見」に変更
2. 2日目の自由行動を30分延長（11:00→11:30集合）
3. 帰路の休憩地点を談合坂SAに変更

各食事会場には、アレルギー対応の人数（卵1・甲殻類1・小麦1・そば1）のみお伝えください。
個別のお名前は当日幹事から会場へお伝えします。

楠
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "社員旅行_行程表_修正依頼.pdf",
                "lines": [
                    "日の出産業 社員旅行 行程表（案）　11月8日（土）〜9日（日）",
                    "",
                    "【1日目】",
                    "07:20 本社前 / 07:30 東京駅 / 07:45 横浜駅 出発",
                    "10:30 河口湖 着　→ ハーブ園散策",
                    "12:00 昼食　湖畔レストラン風見（修正）",
                    "14:00 遊覧船　→ 16:00 湖畔みずうみ荘 チェックイン",
                    "18:30 宴会（大広間）",
                    "【2日目】",
                    "08:00 朝食　09:30 チェックアウト　自由行動（11:30集合に修正）",
                    "12:30 昼食（ほうとう）　15:00 談合坂SA休憩（修正）",
                    "17:30 横浜駅 / 18:00 東京駅 / 18:15 本社前 解散",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "itinerary corrections and anonymous allergy counts to the travel agency",
    },
    # ---------------------------------------------------------------- 063
    {
        "id": "allergy-063",
        "charset": "utf-8",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["ホテル海光 宴会予約係 真鍋 <manabe@hotel-kaikou.co.jp>"],
        "cc": [
            "花工房みのり <order@hanakobo-minori.jp>",
            "サウンドクルー 手配係 <tehai@soundcrew.co.jp>",
            "ステージリンク 制作部 <seisaku@stagelink-pro.co.jp>",
        ],
        "subject": "4/17 記念パーティー 設営スケジュール（関係各社様）",
        "body": """ホテル海光 真鍋様
cc：花工房みのり様、サウンドクルー様、ステージリンク様

お世話になっております。日の出産業の鷲尾です。
4月17日の記念パーティーの設営スケジュールを共有いたします。

  13:00  ステージ・LEDビジョン搬入（ステージリンク様）
  14:30  音響機材搬入・仕込み（サウンドクルー様）
  15:30  装花搬入（花工房みのり様）
  16:30  音響チェック・リハーサル
  17:30  ビュッフェ台セッティング（ホテル様）
  18:00  受付開始

搬入口と駐車スペースはホテル様のご案内に従ってください。
よろしくお願いいたします。

鷲尾 玲奈（日の出産業 営業企画部）
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four external companies in To/Cc see each other's addresses",
    },
    # ---------------------------------------------------------------- 064
    {
        "id": "allergy-064",
        "charset": "cp932",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["星空トラベル 法人旅行センター 三ツ矢 <mitsuya@hoshizora-travel.co.jp>"],
        "subject": "社員旅行 参加者名簿（ZIP）",
        "body": """星空トラベル 三ツ矢様

お世話になっております。日の出産業の楠です。
社員旅行の参加者名簿（1号車・3号車分）と、旅行傷害保険の申込書をまとめてZIPでお送りします。

・参加者名簿_1号車.csv
・参加者名簿_3号車.csv
・保険申込書.docx

2号車分は青葉運輸さんへ直接お送り済みです。
よろしくお願いいたします。

楠 由香里
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "社員旅行_参加者名簿.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "参加者名簿_1号車.csv",
                        "encoding": "cp932",
                        "rows": [
                            ["氏名", "ふりがな", "生年月日", "携帯電話"],
                            ["浅葱 駿", "あさぎ しゅん", "1991/03/27", "090-4402-1176"],
                            ["坪内 ひかる", "つぼうち ひかる", "1994/07/08", "080-3391-6620"],
                            ["蔀 真琴", "しとみ まこと", "1997/11/19", "070-8825-4103"],
                            ["宇留野 拓海", "うるの たくみ", "1989/01/05", "090-7119-5538"],
                            ["粟飯原 花音", "あいはら かのん", "1999/09/12", "080-6604-2287"],
                            ["仁礼 健太郎", "にれ けんたろう", "1985/04/30", "090-3357-9914"],
                        ],
                    },
                    {
                        "kind": "csv",
                        "name": "参加者名簿_3号車.csv",
                        "encoding": "cp932",
                        "rows": [
                            ["氏名", "ふりがな", "生年月日", "携帯電話"],
                            ["宮路 奈央", "みやじ なお", "1996/02/14", "070-1160-4478"],
                            ["久家 大和", "くげ やまと", "1993/06/21", "080-9943-0316"],
                            ["満島 彩乃", "みつしま あやの", "1998/10/03", "090-2286-7751"],
                            ["甲斐田 陸", "かいだ りく", "1990/12/25", "070-5528-3390"],
                            ["鳥海 紗季", "ちょうかい さき", "1995/05/09", "080-4473-6629"],
                        ],
                    },
                    {
                        "kind": "docx",
                        "name": "保険申込書.docx",
                        "paragraphs": [
                            "国内旅行傷害保険 団体申込書",
                            "契約者：日の出産業株式会社　被保険者：別紙名簿のとおり（11名）",
                            "保険期間：令和7年11月8日〜11月9日",
                        ],
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "plain ZIP with CSV rosters of eleven people (birth dates, mobiles) sent to a travel agency",
    },
    # ---------------------------------------------------------------- 065
    {
        "id": "allergy-065",
        "charset": "iso-2022-jp",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["経理部 支払担当 <shiharai@hinode-sangyo.co.jp>"],
        "subject": "講師謝金の支払依頼（芦原先生・2/13研修）",
        "body": """経理部 支払担当 御中

お疲れさまです。人事部の砂金です。
2月13日リーダーシップ研修の講師謝金につき、支払依頼をお願いします。
支払調書の作成に必要な情報もあわせて記載します（社内限り）。

　講師氏名：芦原 聡子（あしはら さとこ）
　住所　　：福岡県福岡市中央区大濠公園２－１８－４０３
　個人番号：""" + MY7 + """
　謝金額　：220,000円（源泉徴収前）
　振込先　：みどり銀行 天神支店 普通 4417026 アシハラ サトコ

本人確認書類の写しは人事部キャビネットに保管しています。
よろしくお願いします。

砂金
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "a lecturer's My Number and bank account, but the mail goes only to the internal accounting desk",
    },
    # ---------------------------------------------------------------- 066
    {
        "id": "allergy-066",
        "charset": "utf-8",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会課 芳賀 <haga@sakura-hotel.jp>"],
        "subject": "賀詞交歓会 ご来賓のお食事とお部屋のお願い",
        "body": """さくらホテル 宴会課
芳賀様

お世話になっております。日の出産業の鷲尾です。
1月16日の新春賀詞交歓会に、マレーシアの販売代理店から
ファリダ・ビンティ・イスマイル様（PT Sinar Niaga 社長）がご来賓としてお越しになります。

ファリダ様はムスリムでいらっしゃるため、
・ハラール認証の食材を用いたお料理を1名分（ビュッフェとは別に個別でご提供）
・乾杯用にノンアルコール飲料
・18時前後にお祈りができる個室（キブラの方角が分かると助かります）
をご用意いただけますでしょうか。

ご不明点があればご連絡ください。

鷲尾 玲奈
日の出産業株式会社 営業企画部　TEL 03-5201-7788
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guest's religion (Muslim, prayer room, halal) sent to the hotel",
    },
    # ---------------------------------------------------------------- 067
    {
        "id": "allergy-067",
        "charset": "cp932",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["旅館 湖畔みずうみ荘 <yoyaku@kohan-mizuumiso.jp>"],
        "subject": "【人数変更】11/8 日の出産業 社員旅行",
        "body": """湖畔みずうみ荘 予約係 中條様

お世話になっております。日の出産業の楠です。
11月8日ご宿泊の人数に変更がございましたので、ご連絡いたします。

　変更前：42名（男性24名・女性18名）　14室
　変更後：39名（男性22名・女性17名）　13室

キャンセル料の規定（7日前まで無料）に該当するかと存じますが、念のためご確認ください。
お食事の個別対応の内容には変更ございません。

よろしくお願いいたします。
楠 由香里（日の出産業 人事部）TEL 03-5201-7760
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "headcount change with totals only",
    },
    # ---------------------------------------------------------------- 068
    {
        "id": "allergy-068",
        "charset": "iso-2022-jp",
        "sender": "八田 修 <o-hatta@hinode-sangyo.co.jp>",
        "to": ["湯の郷旅館 フロント <front@yunosato-ryokan.jp>"],
        "subject": "役員合宿 タイムスケジュールと会議室レイアウト",
        "body": """湯の郷旅館 フロント ご担当者様

お世話になっております。日の出産業の八田です。
1月23日〜24日の役員合宿のタイムスケジュールと会議室レイアウトを
Wordファイルでお送りします。ご準備の参考になさってください。

八田
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "役員合宿_タイムスケジュール.docx",
                "page_header": "取扱注意",
                "paragraphs": [
                    "役員合宿 タイムスケジュール（1月23日〜24日　湯の郷旅館）",
                    "1/23 13:00 到着・会議室「桔梗」にて第1セッション（中期経営計画の骨子）",
                    "1/23 15:30 第2セッション（事業ポートフォリオ見直し：物流事業の再編案）",
                    "1/23 18:30 夕食懇談（個室「楓」）",
                    "1/24 08:00 朝食　09:00 第3セッション（取締役会付議事項の整理）",
                    "1/24 12:00 昼食・解散",
                    "会議室レイアウト：ロの字型 10席、ホワイトボード2台、プロジェクター1台",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the DOCX schedule carries a 取扱注意 page header and goes to an external ryokan",
    },
    # ---------------------------------------------------------------- 069
    {
        "id": "allergy-069",
        "charset": "utf-8",
        "sender": "堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 佐々部 <sasabe@kitaguni-foods.jp>"],
        "subject": "Re: 創立記念日 社内向け軽食のお見積り",
        "body": """佐々部様

お見積りをありがとうございます。
以下の内容で正式に発注させていただきます。

　品目：オードブル盛り合わせ（Mサイズ）×12、サンドイッチ盛り合わせ×10
　　　　うち、卵不使用のサンドイッチ盛り合わせ×1、小麦不使用のおにぎり盛り合わせ×1
　日時：6月2日（月）15:00 本社7階
　金額：お見積り No.KF-2605-118 のとおり（税込 ￥196,900）

よろしくお願いいたします。
堀之内
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-foods.jp drops the co. of partner kitaguni-foods.co.jp: look-alike recipient",
    },
    # ---------------------------------------------------------------- 070
    {
        "id": "allergy-070",
        "charset": "utf-8",
        "sender": "Reina Washio <r-washio@hinode-sangyo.co.jp>",
        "to": ["Ms. Jasmine Lin <jasmine.lin@lotusgarden-hotel.com.tw>"],
        "subject": "RE: Incentive trip 14-17 March: special meal requests",
        "body": """Dear Ms. Lin,

Thank you for confirming. The arrangements you describe are perfect.
We will brief our guests at the airport so they know whom to ask at dinner.

Looking forward to seeing you in Taipei.

Best regards,
Reina Washio

-----Original Message-----
From: Jasmine Lin <jasmine.lin@lotusgarden-hotel.com.tw>
Sent: Tuesday, February 24, 2026 11:38 AM
To: Reina Washio <r-washio@hinode-sangyo.co.jp>
Subject: RE: Incentive trip 14-17 March: special meal requests

Dear Ms. Washio,

Our executive chef has confirmed both requests. Mr. Abdul Rahman's meals will be
prepared with halal-certified ingredients in a separate area, and a prayer room
will be available on level 3. Ms. Okabe's dishes will be prepared without any
peanut or peanut oil, and our banquet captain has been informed about her
EpiPen.

Kind regards,
Jasmine Lin | Group Sales Manager
Lotus Garden Hotel Taipei

This e-mail and any attachments may contain confidential information. If you are
not the intended recipient, please notify the sender and delete this e-mail.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "named diet details appear only in the hotel's quoted message; standard disclaimer is not a marking",
    },
    # ---------------------------------------------------------------- 071
    {
        "id": "allergy-071",
        "charset": "cp932",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["旅館 湖畔みずうみ荘 <yoyaku@kohan-mizuumiso.jp>"],
        "subject": "外国籍の宿泊者について（在留カード情報）",
        "body": """湖畔みずうみ荘 予約係 中條様

お世話になっております。日の出産業の楠です。
先日お問い合わせいただいた、外国籍の方の宿泊者名簿の件です。
社員旅行に参加する千葉物流センターの技能実習生1名の情報をお知らせします。

　氏名　　　　：NGUYEN THI LAN（グエン ティ ラン）
　国籍　　　　：ベトナム
　在留カード番号：UH48217036FA
　在留期間満了日：2027年4月30日
　住所　　　　：千葉県千葉市稲毛区山王町２０３－６ 日の出寮２０５号

日本国内に住所がある方ですので、旅券の写しは不要と伺っておりますが、
追加で必要なものがあればご連絡ください。

楠
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a named trainee's residence card number and home address sent to a ryokan",
    },
    # ---------------------------------------------------------------- 072
    {
        "id": "allergy-072",
        "charset": "utf-8",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["イベンティアジャパン 堂園 <dozono@eventia-japan.co.jp>"],
        "subject": "チームビルディング研修 事後アンケート集計",
        "body": """堂園様

先日はチームビルディング研修の運営をありがとうございました。
事後アンケートの集計結果（回答者 14名／15名）をお送りします。
来年度のプログラム検討にご活用ください。

食事については「アレルギー対応の表示が分かりやすかった」という声が多く、好評でした。
一方で、昼食の量が少なかったという意見が複数ありました。

鷲尾
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "TB研修_アンケート集計.xlsx",
                "sheets": {
                    "集計": [
                        ["設問", "とても良い", "良い", "普通", "悪い", "平均(5点満点)"],
                        ["プログラム全体の満足度", 8, 5, 1, 0, 4.5],
                        ["ファシリテーターの進行", 9, 4, 1, 0, 4.6],
                        ["アクティビティの難易度", 4, 7, 3, 0, 4.1],
                        ["食事（量・内容）", 3, 5, 4, 2, 3.6],
                        ["アレルギー表示の分かりやすさ", 10, 3, 1, 0, 4.6],
                    ],
                    "自由記述": [
                        ["カテゴリ", "件数", "代表的な意見"],
                        ["良かった点", 11, "他部署の人と話せた／班対抗が盛り上がった"],
                        ["改善点", 6, "昼食の量が少ない／移動時間が長い"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated survey results, no individual answers",
    },
    # ---------------------------------------------------------------- 073
    {
        "id": "allergy-073",
        "charset": "iso-2022-jp",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["桜ヶ丘カントリー倶楽部 競技係 <kyogi@sakuragaoka-cc.co.jp>"],
        "subject": "5/15 日の出杯ゴルフコンペ 参加者名簿",
        "body": """桜ヶ丘カントリー倶楽部 競技係 御中

いつもお世話になっております。日の出産業 営業企画部の鷲尾です。
5月15日（木）の「日の出杯」コンペの参加者名簿をお送りいたします。
組合せは当日朝の受付で確定させていただきます。

氏名　　　　　ご所属　　　　　　　携帯電話　　　　　HDCP　送迎
―――――――　―――――――――　―――――――　――　――
岩佐 正和　　　川崎電機（株）　　　090-2218-4406　　18　　要
丹羽 俊介　　　みどり銀行　　　　　080-7791-3352　　12　　不要
菅生 恭子　　　港商事（株）　　　　070-6604-1185　　24　　要
宗像 康弘　　　北斗精機（株）　　　090-4473-9920　　9　　 不要
鬼塚 隆　　　　ツバサシステム（株）080-1128-6671　　15　　要
纐纈 宗一郎　　日の出産業　　　　　090-5592-0038　　20　　不要
大角 光一　　　日の出産業　　　　　090-6638-4401　　16　　不要
鷲尾 玲奈　　　日の出産業　　　　　080-4412-9063　　28　　不要

送迎「要」の方は、最寄り駅 8:00発のクラブバスにご案内ください。
表彰式後の会食では、岩佐様のみノンアルコールでお願いいたします。

鷲尾 玲奈（日の出産業株式会社 営業企画部）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "eight golfers' names with mobile numbers to the golf club: a list of people",
    },
    # ---------------------------------------------------------------- 074
    {
        "id": "allergy-074",
        "charset": "utf-8",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["炉端 あかり <reserve@robata-akari.jp>"],
        "subject": "11/20 8名様 ご予約のお願い",
        "body": """炉端 あかり ご予約ご担当様

はじめてご連絡いたします。日の出産業株式会社 人事部の楠と申します。
下記の日程で、部署の送別会のご予約をお願いできますでしょうか。

　日時：11月20日（木）19:00〜21:00
　人数：8名
　お席：個室または半個室（掘りごたつ希望）
　ご予算：お一人様 6,000円程度（飲み放題込み）

コースの内容が分かる資料がございましたらお送りください。
甲殻類が苦手な者が1名おりますので、コースの中で差し替えが可能かも伺えますと幸いです。

日の出産業株式会社 人事部
楠 由香里　TEL 03-5201-7760
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "restaurant booking; one unnamed person's dislike, no identifiable data",
    },
    # ---------------------------------------------------------------- 075
    {
        "id": "allergy-075",
        "charset": "utf-8",
        "sender": "Reina Washio <r-washio@hinode-sangyo.co.jp>",
        "to": ["Reservations <reservations@bluelagoon-dmc.com>"],
        "subject": "Bali incentive - participant list (password protected)",
        "body": """Dear Mr. Wayan,

Attached is the participant list for the Bali incentive trip (24 guests),
including passport details, room sharing and meal preferences.

For security reasons the ZIP file is password protected. I will send you the
password in a separate e-mail.

Best regards,
Reina Washio
Hinode Sangyo Co., Ltd.
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "Bali2026_participants.zip",
                "password": "Bl!2026jun",
                "files": [
                    {
                        "kind": "csv",
                        "name": "participants.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["Surname", "Given name", "Passport", "Room", "Meal"],
                            ["WASHIO", "REINA", "TR5521807", "101", "Normal"],
                            ["NIRE", "KENTARO", "TK8830442", "102", "Vegetarian"],
                        ],
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP to a foreign DMC: the content cannot be inspected",
    },
    # ---------------------------------------------------------------- 076
    {
        "id": "allergy-076",
        "charset": "iso-2022-jp",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["ハーバーフロント会議場 東京 ケータリング課 <catering@harbor-conf-tokyo.jp>"],
        "subject": "海外代理店会議 ご来賓のお食事個別対応",
        "body": """ハーバーフロント会議場 東京
ケータリング課 ご担当者様

お世話になっております。日の出産業の鷲尾です。
10月9日の海外代理店会議で、お食事の個別対応が必要なご来賓の一覧をPDFでお送りします。
昼食・夕食とも、お席に名札を置いてご提供いただけますようお願いいたします。

鷲尾 玲奈（日の出産業 営業企画部）
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "ご来賓_食事個別対応一覧.pdf",
                "title": "ご来賓 食事個別対応一覧",
                "lines": ["海外代理店会議（10月9日）ご来賓 食事個別対応一覧", "日の出産業株式会社 営業企画部", ""],
                "table": [
                    ["テーブル", "氏名", "国・会社", "対応", "理由・補足"],
                    ["A", "Mr. David Cohen", "Israel / Cohen Tech", "コーシャ", "ユダヤ教（機内食同様の密封コーシャ食）"],
                    ["A", "Ms. Farida binti Ismail", "Malaysia / Sinar Niaga", "ハラール", "イスラム教"],
                    ["B", "Mr. Rajesh Iyer", "India / Iyer Trading", "ベジタリアン（卵不可）", "ヒンドゥー教"],
                    ["B", "Ms. Emily Hart", "Australia / Hart Supply", "グルテンフリー", "セリアック病"],
                    ["C", "Mr. Kim Min-jun", "Korea / Hanbit", "落花生除去", "重度アレルギー（エピペン携帯）"],
                    ["C", "Mr. Tran Van Duc", "Vietnam / Song Hong", "甲殻類除去", "アレルギー（じんましん）"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF table of six named guests with religion and medical reasons for their meals, sent to a venue caterer",
    },
    # ---------------------------------------------------------------- 077
    {
        "id": "allergy-077",
        "charset": "cp932",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車担当 <haisha@aoba-unyu.co.jp>"],
        "subject": "社員旅行当日の幹事連絡先",
        "body": """青葉運輸 配車ご担当者様

お世話になっております。日の出産業の楠です。
11月8日・9日の社員旅行当日、乗務員の方からのご連絡は
全体幹事の下記の者にお願いいたします。

　幹事：廿楽 隆之（つづら たかゆき）　携帯 090-8104-5576

私（楠）は当日2号車に乗車しております。
よろしくお願いいたします。

楠 由香里
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one colleague's mobile as the day's contact: a single person's contact, may warn",
    },
    # ---------------------------------------------------------------- 078
    {
        "id": "allergy-078",
        "charset": "utf-8",
        "sender": "Reina Washio <r-washio@hinode-sangyo.co.jp>",
        "to": [
            "Mr. Wayan Sudarma <wayan@bluelagoon-dmc.com>",
            "Banquet Office <banquet@ubud-cliffresort.com>",
            "Ms. Kadek Ayu <kadek@jimbaran-seafood.co.id>",
        ],
        "subject": "Bali incentive - gala dinner on 12 June (coordination)",
        "body": """Dear all,

To make sure everyone has the same information for the gala dinner on 12 June,
here is the plan we agreed with Mr. Wayan:

  18:00  Guests leave Ubud Cliff Resort by coach (Blue Lagoon DMC)
  19:00  Arrival at Jimbaran beach, welcome drinks
  19:30  Seafood dinner (Jimbaran Seafood), Balinese dance performance
  21:30  Coaches back to the resort

Special meals: 3 vegetarian, 1 no shellfish. The DMC will bring labelled
place cards.

Please reply to all if anything is unclear.

Best regards,
Reina Washio
Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (DMC, resort, restaurant) in To can see each other",
    },
    # ---------------------------------------------------------------- 079
    {
        "id": "allergy-079",
        "charset": "utf-8",
        "sender": "Reina Washio <r-washio@hinode-sangyo.co.jp>",
        "to": ["仁礼 健太郎 <k-nire@hinode-sangyo.co.jp>"],
        "cc": ["営業企画部 <eigyo-kikaku@mail.hinode-sangyo.co.jp>"],
        "subject": "Bali incentive 搭乗者・旅券情報（社内確認用）",
        "body": """仁礼さん

お疲れさまです。鷲尾です。
バリのインセンティブ旅行、搭乗者の旅券情報を取りまとめました。
つづりと有効期限の確認をお願いします（社内確認用です）。

  SURNAME     GIVEN      DOB         PASSPORT   EXPIRY
  ----------  ---------  ----------  ---------  ----------
  WASHIO      REINA      1989/02/16  TR5521807  2031/05/10
  NIRE        KENTARO    1985/04/30  TK8830442  2029/12/01
  ASAGI       SHUN       1991/03/27  TZ3306915  2030/07/22
  TSUBOUCHI   HIKARU     1994/07/08  TH6617024  2028/03/14
  SHITOMI     MAKOTO     1997/11/19  TS0048876  2032/09/30
  URUNO       TAKUMI     1989/01/05  TR7725540  2029/06/18

確認が終わったら、DMCへはメールではなく先方の専用アップロードフォームから登録します。

鷲尾
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": [],
        "note": "passport list of six people, but every recipient is internal",
    },
    # ---------------------------------------------------------------- 080
    {
        "id": "allergy-080",
        "charset": "iso-2022-jp",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["やまなみ牧場 団体受付 <dantai@yamanami-farm.co.jp>"],
        "subject": "ファミリーデー 乗馬体験の参加者（年齢確認用）",
        "body": """やまなみ牧場 団体受付 ご担当者様

お世話になっております。日の出産業の楠です。
乗馬体験は身長・年齢制限があるとのことで、申込者の一覧をお送りします。
保険加入のため生年月日も記載しております。

氏名\tふりがな\t続柄\t生年月日\t保護者携帯
宝田 修平\tたからだ しゅうへい\t本人\t1986/09/14\t080-1182-5547
宝田 結菜\tたからだ ゆいな\t長女\t2016/05/02\t080-1182-5547
宝田 蒼真\tたからだ そうま\t長男\t2018/11/21\t080-1182-5547
椎葉 咲良\tしいば さくら\t本人\t1993/03/08\t070-3309-8815
椎葉 凛\tしいば りん\t長女\t2019/07/15\t070-3309-8815
日下部 悠真\tくさかべ ゆうま\t本人\t1990/12/01\t090-6651-0042
日下部 陽翔\tくさかべ はると\t長男\t2015/04/27\t090-6651-0042
乙部 美羽\tおとべ みう\t本人\t1995/08/19\t090-8830-2264
甲斐田 陸\tかいだ りく\t本人\t1990/12/25\t070-5528-3390
甲斐田 一花\tかいだ いちか\t長女\t2017/02/10\t070-5528-3390

以上10名です。よろしくお願いいたします。
楠
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of ten employees and children with birth dates and mobiles to a farm venue",
    },
    # ---------------------------------------------------------------- 081
    {
        "id": "allergy-081",
        "charset": "utf-8",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["イベンティアジャパン 堂園 <dozono@eventia-japan.co.jp>"],
        "subject": "代理店会議 参加申込フォーム（案）のレビュー依頼",
        "body": """堂園様

お世話になっております。鷲尾です。
代理店会議の参加申込フォームの案を作成しました（Word、未記入の様式です）。
Webフォーム化していただく前提で、項目の過不足をご確認いただけますか。

特に食事制限の欄は、法務部から「任意回答であること」「利用目的」を
明記するよう指示がありましたので、文言のご提案もいただけると助かります。

鷲尾
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "参加申込フォーム_案.docx",
                "paragraphs": [
                    "代理店会議2026 参加申込書",
                    "ご記入いただいた情報は、本会議の運営（受付・座席・お食事の手配）のみに利用いたします。",
                    "食事に関する項目は任意回答です。",
                ],
                "tables": [
                    [
                        ["項目", "記入欄"],
                        ["貴社名", ""],
                        ["ご芳名", ""],
                        ["部署・役職", ""],
                        ["メールアドレス", ""],
                        ["懇親会", "□ 出席　□ 欠席"],
                        ["食物アレルギー（任意）", "□ なし　□ あり（品目：　　　　　）"],
                        ["その他お食事のご要望（任意）", ""],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a blank registration form template; no one's data",
    },
    # ---------------------------------------------------------------- 082
    {
        "id": "allergy-082",
        "charset": "cp932",
        "sender": "八田 修 <o-hatta@hinode-sangyo.co.jp>",
        "to": ["湯の郷旅館 フロント <front@yunosato-ryokan.jp>"],
        "subject": "役員合宿 お食事についてのお願い",
        "body": """湯の郷旅館
フロント ご担当者様

お世話になっております。日の出産業の八田でございます。
1月23日の夕食・24日の朝食につき、下記3名のお食事に個別のご配慮をお願いいたします。

◆纐纈 宗一郎（取締役）
　・糖尿病の食事療法中。ご飯は半量、デザートは果物のみで
　・くるみ・落花生のアレルギー（アナフィラキシーの既往あり）

◆勅使河原 紀子（取締役）
　・乳製品で腹痛（乳糖不耐症の診断あり）。牛乳・生クリーム不使用で

◆大角 光一（執行役員）
　・痛風のため、白子・あん肝などのプリン体の多い珍味は外してください

他の5名は通常のお献立で結構です。
ご無理を申し上げますが、よろしくお願いいたします。

日の出産業株式会社 経営企画室
八田 修　TEL 03-5201-7701
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "three named executives' diseases (diabetes, lactose intolerance, gout) and an allergy sent to a ryokan",
    },
    # ---------------------------------------------------------------- 083
    {
        "id": "allergy-083",
        "charset": "iso-2022-jp",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["高峰スポーツセンター 合宿受付 <gasshuku@takamine-sports.jp>"],
        "subject": "合宿 レンタル用品・施設利用の申込",
        "body": """高峰スポーツセンター 合宿受付 ご担当者様

お世話になっております。日の出産業の砂金です。
合宿期間中のレンタル用品と施設利用の申込書をお送りします。
（貴センター指定のExcel様式です）

食事は、初日夕食〜最終日昼食まで全食、センター食堂でお願いいたします。
アレルギー対応の食数は後日、人数のみご連絡いたします。

砂金
""",
        "attachments": [
            {
                "kind": "xls",
                "name": "レンタル用品_施設利用申込書.xls",
                "sheets": {
                    "申込書": [
                        ["団体名", "日の出産業株式会社 人事部"],
                        ["利用期間", "7/22〜7/25"],
                        ["人数", 34],
                        [],
                        ["品目", "数量", "単価", "小計"],
                        ["カヌー（2人乗り）", 17, 3000, 51000],
                        ["ライフジャケット", 34, 500, 17000],
                        ["トレッキングポール", 34, 300, 10200],
                        ["体育館（半面・2h）", 2, 8000, 16000],
                        ["研修室A（終日）", 3, 12000, 36000],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS order form for equipment and rooms; no personal data",
    },
    # ---------------------------------------------------------------- 084
    {
        "id": "allergy-084",
        "charset": "utf-8",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["ホテル海光 宴会予約係 真鍋 <manabe@hotel-kaikou.co.jp>"],
        "subject": "クレジットカード決済承認書のご送付",
        "body": """ホテル海光 真鍋様

お世話になっております。日の出産業の鷲尾です。
ご依頼のありました「クレジットカード決済承認書」に記入し、PDFにてお送りいたします。
内金のお支払いに使用いただけますでしょうか。

原本は郵送いたします。
よろしくお願いいたします。

鷲尾
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "クレジットカード決済承認書_日の出産業.pdf",
                "lines": [
                    "クレジットカード決済承認書 / Credit Card Authorization Form",
                    "",
                    "ご宴会名：日の出産業株式会社 創立60周年記念パーティー（2026年4月17日）",
                    "ご請求内容：内金 1,000,000円",
                    "カード種別：VISA",
                    "カード番号：" + _grp(CARD3, (4, 4, 4, 4)),
                    "有効期限：08/29",
                    "カード名義：REINA WASHIO",
                    "署名：鷲尾 玲奈　　日付：2026年1月30日",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "PDF card authorisation form with full card number, expiry and holder sent to a hotel",
    },
    # ---------------------------------------------------------------- 085
    {
        "id": "allergy-085",
        "charset": "utf-8",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["彩り弁当 法人窓口 <houjin@irodori-bento.jp>"],
        "subject": "5月 研修日程の弁当注文（日別・種類別）",
        "body": """彩り弁当 法人窓口 ご担当者様

お世話になっております。日の出産業の砂金です。
5月の研修日程分の弁当注文をCSVでお送りします。
列は「日付・会場・種類・数量」です。

アレルギー対応弁当（卵・乳・小麦不使用の「やさしい弁当」）は
種類欄に記載の数量でお願いします。

砂金
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "bento_order_2605.csv",
                "encoding": "utf-8",
                "rows": [
                    ["日付", "会場", "種類", "数量"],
                    ["2026-05-12", "本社7F 研修室A", "幕の内", "24"],
                    ["2026-05-12", "本社7F 研修室A", "やさしい弁当", "2"],
                    ["2026-05-13", "本社7F 研修室A", "幕の内", "24"],
                    ["2026-05-13", "本社7F 研修室A", "やさしい弁当", "2"],
                    ["2026-05-20", "横浜営業所 会議室", "唐揚げ", "15"],
                    ["2026-05-20", "横浜営業所 会議室", "やさしい弁当", "1"],
                    ["2026-05-27", "本社7F 研修室B", "幕の内", "30"],
                    ["2026-05-27", "本社7F 研修室B", "ベジ弁当", "3"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order quantities per day and type; nobody is named",
    },
    # ---------------------------------------------------------------- 086
    {
        "id": "allergy-086",
        "charset": "utf-8",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["ステージリンク 桐谷 <kiriya@stagelink-pro.co.jp>"],
        "subject": "キックオフ演出イメージ（社内検討資料）",
        "body": """桐谷様

お世話になっております。鷲尾です。
12/5 キックオフの演出について、社内で検討した資料をお送りします。
冒頭の社長登壇と新ビジョン発表のシーンについて、演出案をいただけますでしょうか。

鷲尾
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "キックオフ2025_演出イメージ.pptx",
                "page_footer": "社外秘　日の出産業株式会社",
                "slides": [
                    ["全社キックオフ2025 演出イメージ", "2025年12月5日　さくらホテル 鳳凰の間", "営業企画部"],
                    ["オープニング", "暗転→LEDビジョンに創業からの映像（90秒）", "社長登壇、新ビジョン「Hinode 2030」発表"],
                    ["新ビジョン発表（未公表）", "売上高 2,000億円・営業利益率 10%", "物流事業の分社化を示唆"],
                    ["懇親会", "立食・アレルギー表示付き", "表彰：社長賞・新人賞"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PowerPoint slides footed 社外秘 sent to an external production company",
    },
    # ---------------------------------------------------------------- 087
    {
        "id": "allergy-087",
        "charset": "iso-2022-jp",
        "sender": "八田 修 <o-hatta@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 <stay@sakura-hotels.jp>"],
        "subject": "12/5 宿泊 追加3名のお願い",
        "body": """さくらホテル 宿泊予約ご担当様

お世話になっております。日の出産業の八田です。
12月5日ご宿泊分に、下記3名の追加をお願いいたします（シングル3室）。

　宇留野 拓海　携帯 090-7119-5538
　蔀 真琴　　　携帯 070-8825-4103
　甲斐田 陸　　携帯 070-5528-3390

いずれも懇親会終了後のチェックインとなります。
請求は既存の予約と合わせて弊社宛にお願いいたします。

八田 修（経営企画室）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "sakura-hotels.jp adds a letter to partner sakura-hotel.jp: look-alike recipient (three guests' mobiles with it)",
    },
    # ---------------------------------------------------------------- 088
    {
        "id": "allergy-088",
        "charset": "cp932",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["樋渡 和夫 <kazuo.hiwatari@yahoo.co.jp>"],
        "subject": "Re: 日の出会（OB会）秋の懇親会のご案内",
        "body": """樋渡 和夫 様

ご無沙汰しております。人事部の楠です。
ご出席のご連絡をありがとうございました。

お尋ねの会場までの道順ですが、さくらホテルは地下鉄「桜町」駅のA2出口から
徒歩2分です。駅のエレベーターはA4出口側にございます。
当日は2階「若葉の間」の前に受付を設けております。

お会いできるのを楽しみにしております。

日の出産業株式会社 人事部 福利厚生グループ
楠 由香里

> 楠さん
> ご案内ありがとうございます。家内の体調もよくなったので出席します。
> ホテルまでの行き方を教えてください。
> 樋渡
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one retiree on free mail with directions; nothing personal in the new text",
    },
    # ---------------------------------------------------------------- 089
    {
        "id": "allergy-089",
        "charset": "utf-8",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["イベンティアジャパン 堂園 <dozono@eventia-japan.co.jp>"],
        "subject": "FW: 代理店会議 社内参加者リスト",
        "body": """堂園様

お世話になっております。鷲尾です。
社内の取りまとめメールを添付で転送いたします。
当日スタッフ用の名札と連絡網の作成にお使いください。

鷲尾
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "代理店会議 社内参加者リスト.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "乙部 美羽 <m-otobe@hinode-sangyo.co.jp>",
                    "to": ["鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>"],
                    "subject": "代理店会議 社内参加者リスト",
                    "body": """鷲尾さん

お疲れさまです。乙部です。
代理店会議の社内参加者（運営スタッフ）をまとめました。

・浅葱 駿（営業一課）　s-asagi@hinode-sangyo.co.jp　090-4402-1176
・坪内 ひかる（営業一課）　h-tsubouchi@hinode-sangyo.co.jp　080-3391-6620
・蔀 真琴（営業二課）　m-shitomi@hinode-sangyo.co.jp　070-8825-4103
・宇留野 拓海（営業二課）　t-uruno@hinode-sangyo.co.jp　090-7119-5538
・粟飯原 花音（マーケ）　k-aihara@hinode-sangyo.co.jp　080-6604-2287
・仁礼 健太郎（マーケ）　k-nire@hinode-sangyo.co.jp　090-3357-9914
・宮路 奈央（開発）　n-miyaji@hinode-sangyo.co.jp　070-1160-4478
・久家 大和（開発）　y-kuge@hinode-sangyo.co.jp　080-9943-0316
・満島 彩乃（品証）　a-mitsushima@hinode-sangyo.co.jp　090-2286-7751
・乙部 美羽（人事）　m-otobe@hinode-sangyo.co.jp　090-8830-2264

以上10名です。
乙部
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "attached internal mail listing ten staff with e-mail and mobile, forwarded to an event agency",
    },
    # ---------------------------------------------------------------- 090
    {
        "id": "allergy-090",
        "charset": "utf-8",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["旅館 湖畔みずうみ荘 <yoyaku@kohan-mizuumiso.jp>"],
        "subject": "お部屋割り（人数内訳）のご連絡",
        "html": """<html><body>
<p>湖畔みずうみ荘 予約係 中條様</p>
<p>お世話になっております。日の出産業の楠です。<br>
人数変更後のお部屋割りの内訳をお送りします。お名前は当日フロントでお渡しする名簿でご確認ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>お部屋</th><th>タイプ</th><th>男性</th><th>女性</th><th>計</th></tr>
<tr><td>松の間・竹の間・梅の間</td><td>和室10畳</td><td>0</td><td>12</td><td>12</td></tr>
<tr><td>桜の間〜菊の間（5室）</td><td>和室8畳</td><td>15</td><td>0</td><td>15</td></tr>
<tr><td>離れ 2室</td><td>和洋室</td><td>4</td><td>5</td><td>9</td></tr>
<tr><td>特別室</td><td>和室12畳</td><td>3</td><td>0</td><td>3</td></tr>
<tr><td colspan="2">合計（13室）</td><td>22</td><td>17</td><td>39</td></tr>
</table>
<p>夕食は大広間で18:30から、朝食は7:30からでお願いいたします。</p>
<p>日の出産業株式会社 人事部<br>楠 由香里</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only room breakdown with numbers only",
    },
    # ---------------------------------------------------------------- 091
    {
        "id": "allergy-091",
        "charset": "iso-2022-jp",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["やまなみ牧場 団体受付 <dantai@yamanami-farm.co.jp>"],
        "subject": "Re: 個別対応依頼書（追加分）",
        "body": """やまなみ牧場 団体受付 ご担当者様

お世話になっております。日の出産業の楠です。
追加で提出のあったお子様の個別対応依頼書を添付いたします。
ご確認のほどよろしくお願いいたします。

楠
""",
        "attachments": [
            {"kind": "corrupt", "name": "食物アレルギー個別対応依頼書_追加分.docx"}
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached DOCX is corrupt and cannot be inspected before it leaves",
    },
    # ---------------------------------------------------------------- 092
    {
        "id": "allergy-092",
        "charset": "utf-8",
        "sender": "堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>",
        "to": ["パレス迎賓館 ご宴会担当 <enkai@palace-geihinkan.jp>"],
        "subject": "Re: 永年勤続表彰式 除去食のお申込みについて",
        "body": """パレス迎賓館 ご宴会担当 高梨様

ご回答ありがとうございました。引換券方式で問題ございません。
除去食をお願いする4名は以下のとおりです。

  引換券  お名前          除去内容            備考
  ------  --------------  ------------------  ----------------------------
  No.1    一尺八寸 孝     卵                  車いす席（入口近く）
  No.2    英 まどか       乳・乳製品          じんましんが出ます
  No.3    四十物 航       そば                アナフィラキシー既往・エピペン
  No.4    神 隼人         えび                加熱してあれば少量可

よろしくお願いいたします。

堀之内 恵
日の出産業株式会社 総務部

> 日の出産業株式会社 堀之内様
> お問い合わせいただいた除去食につきましては、引換券方式にてご提供しております。
> お申込み時に、お名前と除去内容をお知らせください。
> パレス迎賓館 宴会担当 高梨
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "new reply text names four people with allergies, anaphylaxis history and wheelchair use: sensitive even though under five",
    },
    # ---------------------------------------------------------------- 093
    {
        "id": "allergy-093",
        "charset": "cp932",
        "sender": "楠 由香里 <y-kusunoki@hinode-sangyo.co.jp>",
        "to": ["炉端 あかり <reserve@robata-akari.jp>"],
        "subject": "Re: 11/20 8名様 コースのご案内",
        "body": """炉端 あかり ご担当様

コースのご案内ありがとうございます。「炙りコース」でお願いいたします。

先日お伝えした甲殻類の件ですが、参加者の宝田 修平が
「アレルギーというほどではないが、えびを食べると口の中が少しかゆくなる」とのことですので、
宝田の分だけ、えびを別の食材に替えていただけますでしょうか。
病院で診断を受けたことはないそうです。

よろしくお願いいたします。
日の出産業 人事部　楠
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "a named colleague's mild undiagnosed reaction to shrimp: between a food dislike and health information",
    },
    # ---------------------------------------------------------------- 094
    {
        "id": "allergy-094",
        "charset": "iso-2022-jp",
        "sender": "八田 修 <o-hatta@hinode-sangyo.co.jp>",
        "to": ["経営企画室 <keiki@hinode-sangyo.co.jp>"],
        "subject": "FW: 【あおぞら航空】特別機内食のご案内",
        "body": """経営企画室各位

出張手配の参考に、あおぞら航空から届いた特別機内食の案内を転送します。
申込は出発の48時間前までとのことです。

八田

-------- Original Message --------
Subject: 【あおぞら航空】特別機内食のご案内
From: あおぞら航空 団体予約デスク <group-desk@aozora-airways.co.jp>

国際線では以下の特別機内食をご用意しております。

  コード  内容
  ------  ------------------------------
  VGML    ベジタリアン（乳製品・卵不使用）
  VLML    ベジタリアン（乳製品・卵使用）
  AVML    アジアンベジタリアン
  MOML    ムスリム対応
  KSML    コーシャ
  DBML    糖尿病対応
  GFML    グルテンフリー
  LFML    低脂肪
  CHML    チャイルドミール
  ALLERGY 特定原材料除去（要相談）

あおぞら航空株式会社 団体予約デスク
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal forward of an airline's meal-code list; no person, no external recipient",
    },
    # ---------------------------------------------------------------- 095
    {
        "id": "allergy-095",
        "charset": "utf-8",
        "sender": "砂金 拓也 <t-isago@hinode-sangyo.co.jp>",
        "to": ["北アルプス山岳ガイド協会 申込窓口 <moshikomi@kitaalps-guide.or.jp>"],
        "subject": "リーダー研修（登山プログラム）参加者の申込",
        "body": """北アルプス山岳ガイド協会
申込窓口 ご担当者様

お世話になっております。日の出産業 人事部の砂金です。
7月24日の登山プログラムに、今回は引率を含めて4名で参加いたします。
山岳保険の手続きに必要な情報を下記にお送りします。

氏名,ふりがな,生年月日,携帯電話,緊急連絡先
砂金 拓也,いさご たくや,1987/05/23,090-1128-3395,03-5201-7762（人事部）
宝田 修平,たからだ しゅうへい,1986/09/14,080-1182-5547,03-5201-7762（人事部）
椎葉 咲良,しいば さくら,1993/03/08,070-3309-8815,03-5201-7762（人事部）
久家 大和,くげ やまと,1993/06/21,080-9943-0316,03-5201-7762（人事部）

装備はご案内いただいたリストに沿って各自準備いたします。
よろしくお願いいたします。

砂金 拓也
日の出産業株式会社 人事部 人材開発課
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four participants' birth dates and mobiles for mountain insurance: under five records, may warn",
    },
    # ---------------------------------------------------------------- 096
    {
        "id": "allergy-096",
        "charset": "utf-8",
        "sender": "堀之内 恵 <m-horinouchi@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法人営業部 <houjin@kitaguni-foods.co.jp>"],
        "subject": "注文書の送付（創立記念日 軽食）",
        "body": """北国フーズ株式会社 法人営業部 御中

お世話になっております。日の出産業の堀之内です。
先日メールでお伝えした創立記念日の軽食につき、正式な注文書をPDFでお送りします。
先日のメールは宛先のドメインを誤ってお送りしてしまいましたので、
こちらを正としてお取り扱いください。

堀之内
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "注文書_HS-PO-2605-0041.pdf",
                "lines": [
                    "注 文 書　No. HS-PO-2605-0041",
                    "北国フーズ株式会社 御中（登録番号 T8401012356017）",
                    "発注者：日の出産業株式会社 総務部（法人番号 3301200184723）",
                    "",
                ],
                "table": [
                    ["品目", "数量", "単価（税抜）", "金額"],
                    ["オードブル盛り合わせ M", "12", "9,500", "114,000"],
                    ["サンドイッチ盛り合わせ", "9", "6,000", "54,000"],
                    ["サンドイッチ盛り合わせ（卵不使用）", "1", "6,500", "6,500"],
                    ["おにぎり盛り合わせ（小麦不使用）", "1", "4,500", "4,500"],
                    ["小計", "", "", "179,000"],
                    ["消費税（8%）", "", "", "14,320"],
                    ["合計", "", "", "193,320"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "purchase order with the supplier's T-number and the company's corporate number; business data only",
    },
    # ---------------------------------------------------------------- 097
    {
        "id": "allergy-097",
        "charset": "iso-2022-jp",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": [
            "東都大学 生産工学研究室 <kenkyu@totou-u.ac.jp>",
            "港区 産業振興課 <sangyo@city-minato-sample.lg.jp>",
            "ツバサシステム 技術本部 <gijutsu@tsubasa-system.jp>",
            "北斗精機 開発部 <kaihatsu@hokuto-seiki.co.jp>",
        ],
        "subject": "Hinode Innovation Forum パネリストの皆様へ（昼食会のご案内）",
        "body": """パネリストの皆様

このたびは5月22日の Hinode Innovation Forum にご登壇いただき、誠にありがとうございます。
日の出産業 営業企画部の鷲尾でございます。

当日は、パネルディスカッション前に登壇者の皆様と弊社役員による
昼食会（11:45〜12:45、控室A）を予定しております。

昼食はお弁当をご用意いたしますので、食物アレルギーや
お召し上がりになれないものがございましたら、5月15日までにお知らせください。

当日の控室・集合時間は別途お送りいたします。
何卒よろしくお願い申し上げます。

日の出産業株式会社 営業企画部
鷲尾 玲奈　TEL 03-5201-7788
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four external organisations (university, city office, two companies) visible to each other in To",
    },
    # ---------------------------------------------------------------- 098
    {
        "id": "allergy-098",
        "charset": "utf-8",
        "sender": "Reina Washio <r-washio@hinode-sangyo.co.jp>",
        "to": ["Mr. Wayan Sudarma <wayan@bluelagoon-dmc.com>"],
        "subject": "Re: Bali incentive - rooming and meals confirmed",
        "body": """Dear Mr. Wayan,

Thank you, everything looks correct. Please go ahead with the hotel and the
restaurants as listed.

Best regards,
Reina

On Thu, 14 May 2026 at 15:22, Wayan Sudarma <wayan@bluelagoon-dmc.com> wrote:
> Dear Ms. Washio,
>
> Please find our confirmation below.
>
> Room 101  WASHIO Reina         normal meals
> Room 102  NIRE Kentaro         vegetarian
> Room 103  ASAGI Shun           no shellfish (allergy)
> Room 104  TSUBOUCHI Hikaru     normal meals
> Room 105  SHITOMI Makoto       vegetarian
> Room 106  URUNO Takumi         normal meals
>
> Best regards,
> Wayan Sudarma
> Blue Lagoon DMC, Bali
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the rooming and meal list is the DMC's own text quoted after 'On … wrote:'; new text is a short confirmation",
    },
    # ---------------------------------------------------------------- 099
    {
        "id": "allergy-099",
        "charset": "cp932",
        "sender": "鷲尾 玲奈 <r-washio@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "代理店会議 名札・テーブルカードの印刷のお願い",
        "body": """錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業の鷲尾です。
代理店会議で使用する名札とテーブルカードの印刷をお願いいたします。

・名札（クリップ式、90×55mm）　　　　150枚
・テーブルカード（三角柱、A5）　　　　 18枚
・アレルギー表示カード（料理名＋8品目アイコン）　40枚
・納期　5月15日（金）本社7階 総務部宛

名札の差込データ（会社名・氏名）は、貴社のアップロードサイトに別途登録いたします。
デザインは前回の「代理店会議2025」と同じテンプレートで、色のみ青系に変更してください。
お見積りをいただけますと幸いです。

日の出産業株式会社 営業企画部
鷲尾 玲奈　TEL 03-5201-7788
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print order to a partner printer; name data goes by another channel, nothing personal here",
    },
    # ---------------------------------------------------------------- 100
    {
        "id": "allergy-100",
        "charset": "utf-8",
        "sender": "経理部 支払担当 <shiharai@hinode-sangyo.co.jp>",
        "to": ["あおい税理士事務所 <office@aoi-zeirishi.jp>"],
        "subject": "報酬の支払調書作成のお願い（外部講師分）",
        "body": """あおい税理士事務所
青井先生

いつもお世話になっております。日の出産業 経理部の支払担当です。
今年度、コンプライアンス研修の講師としてお支払いした外部講師の方の支払調書作成をお願いいたします。

【講師】
　氏名：鬼丸 雅彦（おにまる まさひこ）
　住所：神奈川県鎌倉市由比ガ浜３－７－２１
　個人番号：""" + _grp(MY8, (4, 4, 4), " ") + """
　支払金額：330,000円（源泉徴収税額 33,693円）
　支払日：令和8年2月27日

ほかに該当者はおりません。
ご不明点がございましたらご連絡ください。

日の出産業株式会社 経理部 支払担当
TEL 03-5201-7720
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an external lecturer's My Number with name and home address sent to an external tax accountant",
    },
]
