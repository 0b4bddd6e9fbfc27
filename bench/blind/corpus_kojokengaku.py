"""Blind corpus, area kojokengaku: the mail of Hinode Sangyo's factory-tour centre (工場見学センター) to schools, customers, travel agencies, bus and souvenir suppliers, hotels, insurers, municipal offices and private visitors — bookings, visitor lists, bus arrangements, safety briefings, souvenirs and accessibility requests; written blind from bench/blind/BRIEF.md (and the format in build.py and the names in SPEC.md) without reading mailguard's code or any other corpus file."""

from build import card_number, my_number

SEED = 60401

_MN1 = my_number(SEED + 1)
_MN2 = my_number(SEED + 2)
_CARD = card_number(SEED + 3)

SIG_ONODERA = """
━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
広報部 工場見学センター　小野寺 真澄（おのでら ますみ）
〒300-4413 茨城県日野坂市南原町2-18 第二工場 見学者棟
TEL：0299-45-7710（見学受付直通）　FAX：0299-45-7719
Mail：onodera.masumi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_HIWATARI = """
-- 
樋渡 紗季 / Saki Hiwatari
日の出産業株式会社 工場見学センター（送迎・車両手配担当）
〒300-4413 茨城県日野坂市南原町2-18
TEL 0299-45-7712 / 内線 3318
"""

SIG_KUMETA = """
――――――――――――――――――
日の出産業（株）第二工場 環境安全課
久米田 健吾
TEL 0299-45-7001（代表）内線 2205
――――――――――――――――――
"""

SIG_KITO = """
*************************************
 日の出産業株式会社
 見学者棟ショップ「ひので工房」　鬼頭 しおり
 〒300-4413 茨城県日野坂市南原町2-18
 TEL 0299-45-7730 ／ FAX 0299-45-7739
*************************************
"""

SIG_SHITARA = """
日の出産業株式会社
営業本部 第一営業部
設楽 直樹（したら なおき）
〒103-0027 東京都中央区日本橋3-14-9 日の出ビル6F
TEL 03-5201-8841 ／ 携帯 080-4417-2093
"""

SIG_ISURUGI = """
Best regards,

Erika Isurugi
Overseas Sales Dept. / Plant Visit Coordination
Hinode Sangyo Co., Ltd.
2-18 Minamihara-cho, Hinosaka-shi, Ibaraki 300-4413, Japan
Tel +81-299-45-7740
"""

SIG_TAIRA = """
日の出産業株式会社 総務部 経理課　平良 拓真
TEL 0299-45-7005 ／ taira.takuma@hinode-sangyo.co.jp
"""

SIG_AKUTSU = """
日の出産業株式会社
工場見学センター長　阿久津 康平
TEL 0299-45-7700
"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISC_EN = """
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
information intended solely for the addressee. If you are not the intended recipient,
please notify the sender immediately and delete this e-mail.
"""

ONODERA = "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>"
HIWATARI = "樋渡 紗季 <hiwatari.saki@hinode-sangyo.co.jp>"
KUMETA = "久米田 健吾 <kumeta.kengo@hinode-sangyo.co.jp>"
KITO = "鬼頭 しおり <kito.shiori@hinode-sangyo.co.jp>"
SHITARA = "設楽 直樹 <shitara.naoki@hinode-sangyo.co.jp>"
ISURUGI = "Erika Isurugi <isurugi.erika@hinode-sangyo.co.jp>"
TAIRA = "平良 拓真 <taira.takuma@hinode-sangyo.co.jp>"
AKUTSU = "阿久津 康平 <akutsu.kohei@hinode-sangyo.co.jp>"
KENGAKU = "工場見学センター <kengaku@hinode-sangyo.co.jp>"

MESSAGES = [
    # 001 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-001",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": ["教頭 宮路先生 <miyaji@kitahara-es.ed.jp>"],
        "subject": "社会科見学（10/17）ご予約確定のご連絡",
        "body": """日野坂市立北原小学校
教頭 宮路 先生

いつもお世話になっております。
日の出産業 工場見学センターの小野寺でございます。

先日お電話にてお申込みいただきました社会科見学につきまして、
下記のとおりご予約が確定いたしましたのでご連絡申し上げます。

　■日　時：10月17日（金）9:45 ご到着 ～ 11:50 ご出発
　■対　象：4年生 2クラス 62名 ＋ 引率の先生 4名
　■見学先：第二工場 見学者棟 → 組立ライン見学通路 → 展示ホール
　■集合場所：見学者棟 正面玄関（バスは西門よりお入りください）

当日は見学通路が一部狭くなっておりますので、児童の皆さまには
リュックではなく手提げ袋程度の軽装でお越しいただけますと幸いです。

人数に変更がございましたら、前日の15時までにご一報ください。
どうぞよろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary booking confirmation to one school contact; counts only, no personal data",
    },
    # 002 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-002",
        "charset": "cp932",
        "sender": TAIRA,
        "to": ["安心保険エージェンシー 法人営業課 <houjin@anshin-hoken.co.jp>"],
        "subject": "【日の出産業】秋のファミリー工場見学会 傷害保険 加入者名簿の送付",
        "body": """安心保険エージェンシー
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 総務部の平良です。

11月8日（土）開催の「秋のファミリー工場見学会」につきまして、
国内旅行傷害保険（団体）の加入者名簿を添付いたします。
生年月日は保険料算定のため全員分記入しております。

ご確認のうえ、加入証明書の発行をお願いいたします。
""" + SIG_TAIRA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "参加者名簿_秋のファミリー工場見学会.xlsx",
                "title": "参加者名簿（保険加入用）",
                "sheets": {
                    "参加者": [
                        ["秋のファミリー工場見学会　参加者名簿（保険加入用）", "", "", "", ""],
                        ["開催日：2025/11/8", "", "", "", ""],
                        ["No", "氏名", "ふりがな", "生年月日", "区分"],
                        [1, "鴨志田 浩一", "かもしだ こういち", "1984/06/12", "大人"],
                        [2, "鴨志田 美穂", "かもしだ みほ", "1986/02/27", "大人"],
                        [3, "鴨志田 蓮", "かもしだ れん", "2015/09/03", "小人"],
                        [4, "東海林 千晶", "しょうじ ちあき", "1979/11/30", "大人"],
                        [5, "東海林 結菜", "しょうじ ゆいな", "2013/04/18", "小人"],
                        [6, "猪狩 正信", "いかり まさのぶ", "1958/07/21", "大人"],
                        [7, "猪狩 和子", "いかり かずこ", "1960/01/09", "大人"],
                        [8, "百目鬼 翔太", "どうめき しょうた", "1991/12/05", "大人"],
                        [9, "百目鬼 彩花", "どうめき あやか", "2018/03/14", "小人"],
                        [10, "薬師寺 恵", "やくしじ めぐみ", "1988/08/08", "大人"],
                        [11, "薬師寺 陽向", "やくしじ ひなた", "2016/10/26", "小人"],
                        [12, "栗城 康弘", "くりき やすひろ", "1975/05/02", "大人"],
                        [13, "栗城 悠真", "くりき ゆうま", "2012/06/30", "小人"],
                        [14, "蓮見 奈緒子", "はすみ なおこ", "1982/09/19", "大人"],
                    ],
                    "集計": [
                        ["区分", "人数"],
                        ["大人", 9],
                        ["小人", 5],
                        ["合計", 14],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: XLSX of 14 participants with names and dates of birth sent to an insurance agency",
    },
    # 003 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-003",
        "charset": "cp932",
        "sender": HIWATARI,
        "to": ["青葉運輸 貸切営業所 山根様 <yamane.t@aoba-unyu.co.jp>"],
        "subject": "貸切バス手配のお願い（11/12 東中学校 工場見学）",
        "body": """青葉運輸株式会社 貸切営業所
山根様

いつもお世話になっております。日の出産業の樋渡です。
下記の行程で貸切バスの手配をお願いできますでしょうか。

【運行日】11月12日（水）
【車　両】大型バス（正席45）×2台
【行　程】
　8:20　日野坂市立東中学校 正門前 発
　9:10　日の出産業 第二工場 西門 着（構内バス駐車場へ誘導します）
　12:00　同 発
　12:50　東中学校 着
【人　数】生徒 78名、引率 5名

構内の駐車位置図を添付しますのでご確認ください。
乗務員様の待機室は見学者棟1階の休憩室をご利用いただけます。
お見積りをいただけましたら社内で決裁をとります。
""" + SIG_HIWATARI,
        "attachments": [
            {"kind": "png", "name": "構内バス駐車位置図.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bus charter request to a partner: itinerary and head counts only",
    },
    # 004 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-004",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": ["十河 先生 <sogo.m@tsukimino-jhs.ed.jp>"],
        "subject": "Re: 見学者名簿の送付（月見野中 2年1組）",
        "body": """十河先生

名簿を確かに受領いたしました。ありがとうございます。
入構証はクラスごとにまとめて当日受付でお渡しいたします。
名簿のデータは見学終了後に当センターで削除いたします。

小野寺
""" + SIG_ONODERA + """
> 日の出産業 小野寺様
>
> お世話になっております。月見野中学校の十河です。
> 2年1組の見学者名簿をお送りします（一部抜粋）。
>
> 番号 氏名         保護者緊急連絡先
> ---- ------------ ----------------
>  1   相葉 悠斗     090-3381-2274
>  2   五十嵐 莉子   080-6612-9045
>  3   宇佐美 拓海   070-2219-4436
>  4   小鳥遊 凛     090-7745-1180
>  5   勅使河原 湊   080-4470-3392
>  6   月岡 陽菜     090-5526-0718
>
> 残りは明日お送りします。
> 十河
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply; the student list is only in the quoted text the school itself sent",
    },
    # 005 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-005",
        "charset": "iso-2022-jp",
        "sender": HIWATARI,
        "to": ["山根 <yamane.t@aoba-unnyu.co.jp>"],
        "subject": "Re: お見積りの件（11/12 大型バス2台）",
        "body": """青葉運輸 山根様

お見積りありがとうございました。
社内決裁がおりましたので、11/12の大型バス2台で正式に発注いたします。

念のため、当日の入構は西門（守衛所）で乗務員様のお名前と
車両ナンバーを申告いただく形になります。
前日までに車両ナンバーだけお知らせいただけますと助かります。

よろしくお願いいたします。
""" + SIG_HIWATARI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: aoba-unnyu.co.jp (extra n) instead of the partner aoba-unyu.co.jp",
    },
    # 006 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-006",
        "charset": "utf-8",
        "sender": KITO,
        "to": ["錦印刷 営業部 芦田様 <ashida@nishiki-insatsu.co.jp>"],
        "subject": "見学記念品（クリアファイル・しおり）発注のお願い",
        "body": """錦印刷株式会社
営業部 芦田様

いつも大変お世話になっております。
日の出産業 見学者棟ショップの鬼頭でございます。

先日お見積りいただいた見学記念品につき、下記のとおり発注いたします。

　品番            品名                           数量     単価
　--------------  -----------------------------  -------  -------
　HS-CF-2025A     A4クリアファイル（工場イラスト）  3,000枚   ¥38
　HS-BM-0112      紙しおり（ひのでロボ 3種アソート） 5,000枚   ¥12
　HS-ST-0040      ステッカーシート（A6）           2,000枚   ¥45

納品先：第二工場 見学者棟 1階 搬入口（平日9時～16時）
納　期：12月5日（金）必着
請求書：経理課 平良宛にお送りください

校正データは入稿後2営業日以内にご確認いたします。
引き続きよろしくお願いいたします。
""" + SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "souvenir order to a partner printer: product codes, quantities, prices",
    },
    # 007 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-007",
        "charset": "iso-2022-jp",
        "sender": SHITARA,
        "to": ["黒部精密工業 購買部 仁平様 <nihei@kurobe-seimitsu.co.jp>"],
        "subject": "クリーンルーム見学に先立つ秘密保持契約書（案）のご送付",
        "body": """黒部精密工業株式会社
購買部 仁平様

いつもお世話になっております。日の出産業の設楽です。

12月3日（水）の第三工場クリーンルームご見学につきまして、
弊社規程により、事前に秘密保持契約（NDA）のご締結をお願いしております。
契約書の案文を添付いたしますので、貴社法務ご担当者様にてご確認いただけますでしょうか。

修正のご要望がございましたら、変更履歴付きでご返送ください。
ご見学当日は、クリーンルーム内への撮影機器の持ち込みはご遠慮いただいております。

何卒よろしくお願い申し上げます。
""" + SIG_SHITARA + DISC_JA,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書（案）_工場見学.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "日の出産業株式会社（以下「甲」という。）と黒部精密工業株式会社（以下「乙」という。）は、乙による甲第三工場の見学（以下「本見学」という。）に関し、次のとおり契約を締結する。",
                    "第1条（秘密情報）本契約において秘密情報とは、本見学に際し甲が乙に開示し又は乙が知り得た技術上・営業上の一切の情報をいう。",
                    "第2条（秘密保持）乙は、秘密情報を第三者に開示又は漏えいしてはならない。",
                    "第3条（撮影等の禁止）乙は、甲の事前の書面による承諾なく、工場内の撮影・録音をしてはならない。",
                    "第4条（有効期間）本契約の有効期間は、締結日から3年間とする。",
                    "（以下余白）",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with a draft NDA attached; no classification stamp, standard disclaimer",
    },
    # 008 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-008",
        "charset": "utf-8",
        "sender": HIWATARI,
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "リフト付きバスのご相談（11/22 日野坂シニアクラブ様）",
        "body": """青葉運輸株式会社 配車センター御中

いつもお世話になっております。日の出産業 工場見学センターの樋渡です。

11月22日（土）に日野坂シニアクラブ様の工場見学を受け入れます。
参加者のうち、下記の方が電動車いすでのご参加となるため、
リフト付き車両（中型）の手配が可能かご相談させてください。

　ご参加者：深見 芳枝 様（82歳）
　状況　　：身体障害者手帳1級（下肢機能障害）、電動車いす使用、介助者1名同行
　乗降場所：日野坂市老人福祉センター 正面玄関

介助者の方も同乗されます。車いすの寸法は幅63cm・全長108cmと伺っております。
可否とお見積りをご連絡いただけますと幸いです。
""" + SIG_HIWATARI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named visitor's disability (身体障害者手帳1級, 下肢機能障害) sent to the bus company",
    },
    # 009 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-009",
        "charset": "iso-2022-jp",
        "sender": AKUTSU,
        "to": ["日野坂市観光協会 事務局 <jimukyoku@hinosaka-kanko.or.jp>"],
        "subject": "令和6年度 工場見学受入実績のご報告",
        "body": """一般社団法人 日野坂市観光協会
事務局 御中

平素より大変お世話になっております。
日の出産業 工場見学センターの阿久津でございます。

産業観光推進事業の実績報告として、令和6年度の工場見学受入実績を
添付のとおりご報告いたします。

　・受入件数　　：412件（前年度比 +8.4%）
　・見学者総数　：9,835名
　　　うち学校団体 5,120名／一般団体 2,418名／個人・家族 1,702名／海外 595名
　・満足度（アンケート「満足」「やや満足」）：94.2%

月別・区分別の内訳はExcelにまとめております。
掲載用の数値として自由にお使いいただいて差し支えございません。
""" + SIG_AKUTSU,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "R6_工場見学受入実績.xlsx",
                "sheets": {
                    "月別": [
                        ["令和6年度 工場見学受入実績（月別）", "", "", "", "", ""],
                        ["月", "学校団体", "一般団体", "個人・家族", "海外", "合計"],
                        ["4月", 210, 188, 96, 40, 534],
                        ["5月", 655, 240, 132, 51, 1078],
                        ["6月", 702, 201, 88, 62, 1053],
                        ["7月", 318, 175, 301, 35, 829],
                        ["8月", 96, 142, 412, 28, 678],
                        ["9月", 480, 210, 110, 57, 857],
                        ["10月", 861, 260, 140, 66, 1327],
                        ["11月", 790, 305, 151, 72, 1318],
                        ["12月", 240, 190, 78, 48, 556],
                        ["1月", 188, 160, 52, 41, 441],
                        ["2月", 330, 170, 64, 55, 619],
                        ["3月", 250, 177, 78, 40, 545],
                    ],
                    "地域別": [
                        ["地域", "件数"],
                        ["日野坂市内", 188],
                        ["県内（市外）", 141],
                        ["県外", 70],
                        ["海外", 13],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate visitor statistics to the tourism association; no individuals",
    },
    # 010 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-010",
        "charset": "cp932",
        "sender": ONODERA,
        "to": ["東中学校 学年主任 目黒先生 <meguro@higashi-jhs.ed.jp>"],
        "subject": "昼食会場のご案内（団体受入可の飲食店一覧）",
        "body": """東中学校
目黒先生

お世話になっております。日の出産業の小野寺です。
お問い合わせいただいた、見学後の昼食会場の候補をお送りします。
いずれも当社から車で15分圏内で、団体予約の実績があるお店です。

店名　　　　　　　　　　電話　　　　　　　所在地　　　　　　　　　　　　団体上限
――――――――――――――――――――――――――――――――――――――――――――――――――
レストラン　みなみ野　　0299-45-3120　　日野坂市南原町5-2-1　　　　　 90名
道の駅ひのさか 食堂　　 0299-48-7702　　日野坂市大字川尻1408　　　　 120名
そば処　更科庵　　　　　0299-46-0515　　日野坂市本町2-7-11　　　　　　40名
ファミリー亭　日野坂店　0299-44-9981　　日野坂市中央3-1-20　　　　　　60名

※当社の見学者棟ではお弁当のお持ち込みも可能です（ホール 最大100名）。
ご予約は各店舗へ直接お願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of businesses (restaurants with switchboard numbers and addresses), not people",
    },
    # 011 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-011",
        "charset": "iso-2022-jp",
        "sender": KENGAKU,
        "to": [
            "北原小学校 <office@kitahara-es.ed.jp>",
            "南原小学校 <kyoto@minamihara-es.ed.jp>",
            "川尻小学校 <info@kawajiri-es.ed.jp>",
            "桜台小学校 <sakuradai-es@hinosaka-school.jp>",
            "日野坂第一小学校 <daiichi@hinosaka1-es.ed.jp>",
        ],
        "subject": "【ご案内】夏休み親子工場見学会 参加者募集チラシ配布のお願い",
        "body": """各小学校 教頭先生

いつも当社の工場見学にご理解・ご協力を賜り、誠にありがとうございます。
日の出産業株式会社 工場見学センターでございます。

今年も夏休み期間中に「親子工場見学会」を開催いたします。
つきましては、児童の皆さまへのチラシ配布にご協力をお願いできませんでしょうか。

　開催日：7月26日（土）、8月2日（土）、8月9日（土）
　対　象：小学3～6年生とその保護者
　定　員：各回40組（応募多数の場合は抽選）
　申込み：当社ウェブサイトの申込みフォームより

チラシは各校の児童数分を7月7日（月）までにお届けいたします。
ご不明な点は工場見学センター（0299-45-7710）までお問い合わせください。

日の出産業株式会社 工場見学センター
〒300-4413 茨城県日野坂市南原町2-18
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: five schools' addresses in To can see each other (should be Bcc)",
    },
    # 012 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-012",
        "charset": "utf-8",
        "sender": SHITARA,
        "to": ["第二工場 守衛所 <shuei-2f@hinode-sangyo.co.jp>"],
        "cc": ["工場見学センター <kengaku@hinode-sangyo.co.jp>"],
        "subject": "【入構申請】10/29 川崎電機様ご一行 見学（18名）",
        "body": """守衛所 ご担当各位

営業一部の設楽です。10/29（水）13:30～ 川崎電機様ご一行の工場見学について、
入構者リストを送ります。受付での入構証発行をお願いします。

氏名\t所属\t携帯\t車両
蔵前 英樹\t調達本部 部長\t090-2284-6615\t品川300 さ 12-34
矢萩 啓介\t調達本部\t080-3391-0427\t同乗
氏家 麻衣\t品質保証部\t070-6620-1983\t同乗
神保 達也\t品質保証部\t090-8841-2205\t品川330 ね 56-78
鶴見 亜紀\t生産技術部\t080-1172-5560\t同乗
赤羽 祐介\t生産技術部\t090-4403-7719\t同乗
（ほか12名は観光バスにて来場。バス会社：青葉運輸）

よろしくお願いします。
設楽
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "internal only: visitor list with mobiles goes to the company's own gate office",
    },
    # 013 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-013",
        "charset": "cp932",
        "sender": TAIRA,
        "to": ["田辺税理士事務所 <office@tanabe-zeirishi.jp>"],
        "subject": "見学会 特別講師謝金の源泉徴収について",
        "body": """田辺税理士事務所
田辺先生

いつもお世話になっております。日の出産業 経理課の平良です。

9月の「ものづくり親子講座」で特別講師をお願いした方への謝金について、
報酬・料金等の支払調書の作成をお願いしたく、必要事項をお送りします。

　講師氏名：二階堂 昭雄（にかいどう あきお）様
　住　　所：茨城県つくば市春日台4丁目12番地7
　個人番号：""" + f"{_MN1[:4]} {_MN1[4:8]} {_MN1[8:]}" + """
　支払金額：50,000円（源泉徴収税額 5,105円）
　支払日　：2025年9月30日

本人確認書類（写し）は別途郵送いたします。
ご不明点があればご連絡ください。
""" + SIG_TAIRA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "identifier: a guest lecturer's My Number (with address) to an outside tax accountant",
    },
    # 014 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-014",
        "charset": "utf-8",
        "sender": ISURUGI,
        "to": ["Jonas Weber <j.weber@kessler-maschinen.de>"],
        "subject": "Plant visit on 18 November - agenda and practical information",
        "body": """Dear Mr. Weber,

Thank you for confirming your visit to our Hinosaka Plant No. 2 on Tuesday, 18 November.
Please find the proposed agenda below.

  09:30  Arrival at the Visitor Center, welcome and safety briefing (15 min)
  09:50  Assembly line tour (servo unit line, robot cell No. 4)
  11:00  Quality inspection area
  11:40  Q&A with the production engineering team
  12:15  Lunch at the Visitor Center
  13:30  Departure

Safety shoes and helmets will be provided; please let us know the shoe sizes of your
party (EU sizes are fine) by 10 November. Photography is not permitted on the shop floor.

The nearest station is Hinosaka (JR Joban Line). We will arrange a taxi from the east exit
if you let us know your arrival time.

We look forward to welcoming you.
""" + SIG_ISURUGI + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English visit agenda to a foreign customer with the standard confidentiality disclaimer",
    },
    # 015 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-015",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": ["北国フーズ 仕出し部 <shidashi@kitaguni-foods.co.jp>"],
        "subject": "10/17 北原小 昼食弁当のご注文（アレルギー対応1食含む）",
        "body": """北国フーズ株式会社 仕出し部 御中

いつもお世話になっております。日の出産業の小野寺です。
10月17日（金）北原小学校様の見学時の昼食弁当を下記のとおり注文いたします。

　・児童用　キッズ弁当　　61食
　・児童用　アレルギー対応弁当　1食
　　　→ 4年2組　真壁 ひなた さん（卵・乳を除去してください）
　・引率用　幕の内弁当　　4食
　納品：11:30 見学者棟1階ホール

アレルギー対応分は、他のお弁当と区別できるよう
蓋にお名前のシールを貼っていただけますと助かります。
""" + SIG_ONODERA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "either: one named child's food allergy to the caterer — health data or an ordinary dietary request",
    },
    # 016 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-016",
        "charset": "cp932",
        "sender": HIWATARI,
        "to": ["山根様 <yamane.t@aoba-unyu.co.jp>"],
        "subject": "11/12 東中学校 当日の連絡先について",
        "body": """山根様

お世話になっております。樋渡です。
11/12の東中学校様の件、当日の学校側の責任者が決まりましたので共有いたします。

　学校側責任者：教務主任　早乙女 様
　当日携帯　　：０９０－６６１２－０４３７

出発が遅れる場合などは、乗務員様から直接ご連絡いただいて構いません。
当社側の当日連絡先は私の内線ではなく、見学センター直通（0299-45-7710）にお願いします。
""" + SIG_HIWATARI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one contact person's mobile (full-width digits) to the bus company; may be warned",
    },
    # 017 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-017",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": ["明星トラベル 教育旅行課 <kyouiku@meisei-travel.co.jp>"],
        "subject": "11/12 見学者名簿（パスワード付き）",
        "body": """明星トラベル 教育旅行課
ご担当者様

お世話になっております。日の出産業の小野寺です。
ご依頼の見学者名簿を、パスワード付きZIPにてお送りいたします。
パスワードは別メールにてお知らせいたします。

ご確認のほどよろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "zip",
                "name": "見学者名簿_1112.zip",
                "password": "Hnd#1112kg",
                "files": [
                    {
                        "kind": "csv",
                        "name": "meibo_1112.csv",
                        "rows": [
                            ["氏名", "学年", "保護者連絡先"],
                            ["蓮見 大和", "2", "090-2210-4471"],
                            ["京極 さくら", "2", "080-6631-0092"],
                            ["古閑 翼", "2", "070-5518-2204"],
                            ["八剱 美月", "2", "090-1146-7730"],
                            ["宇佐美 颯", "2", "080-9902-3315"],
                        ],
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP); its contents cannot be inspected",
    },
    # 018 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-018",
        "charset": "utf-8",
        "sender": KENGAKU,
        "to": ["工場見学センター <kengaku@hinode-sangyo.co.jp>"],
        "bcc": [
            "office@kitahara-es.ed.jp",
            "kyoto@minamihara-es.ed.jp",
            "info@kawajiri-es.ed.jp",
            "meguro@higashi-jhs.ed.jp",
            "sogo.m@tsukimino-jhs.ed.jp",
            "shinro@hinosaka-shs.ed.jp",
        ],
        "subject": "【ご案内】令和8年度 社会科見学の受付を開始しました",
        "body": """学校関係者の皆さま

（本メールは、これまでに工場見学をご利用いただいた学校の皆さまに
　BCCにてお送りしております）

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 工場見学センターでございます。

令和8年度（2026年4月～2027年3月）の社会科見学・校外学習のご予約受付を開始いたしました。

　受付方法：お電話（0299-45-7710）または当社ウェブサイトの申込みフォーム
　見学時間：平日 9:30～11:30／13:30～15:30（所要約2時間）
　受入人数：1回あたり最大120名
　費　　用：無料（記念品付き）

新たに「ロボットプログラミング体験コーナー」を設けました。
事前学習用のワークシートもダウンロードいただけます。

皆さまのご来場を心よりお待ちしております。

日の出産業株式会社 工場見学センター
TEL 0299-45-7710（平日 9:00～17:00）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "announcement to many schools properly in Bcc; To is the centre's own address",
    },
    # 019 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-019",
        "charset": "cp932",
        "sender": SHITARA,
        "to": ["さくらホテル 宿泊予約 <yoyaku@sakura-hotel.jp>"],
        "subject": "団体宿泊のお願い（10/28泊 川崎電機様ほか 6名）",
        "body": """さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業の設楽です。
10/29の工場見学にお越しになるお客様の前泊について、
下記6名分のシングルルームを法人契約料金にてお願いいたします。

氏名　　　　　会社名　　　　　携帯電話　　　　メールアドレス　　　　　　　チェックイン
―――――――　―――――――　――――――――　――――――――――――――　―――――
蔵前 英樹　　川崎電機　　　　090-2284-6615　kuramae.h@kawasaki-denki.co.jp　19:00頃
矢萩 啓介　　川崎電機　　　　080-3391-0427　yahagi.k@kawasaki-denki.co.jp　19:00頃
氏家 麻衣　　川崎電機　　　　070-6620-1983　ujiie.m@kawasaki-denki.co.jp　 21:30頃
神保 達也　　川崎電機　　　　090-8841-2205　jinbo.t@kawasaki-denki.co.jp　 19:00頃
ホアン・ミン　VLT Trading　　080-5574-1129　minh.hoang@vlt-trading.com　　22:00頃
久世 智子　　ツバサシステム　090-3317-6648　kuze@tsubasa-system.jp　　　　 20:00頃

お支払いは弊社への一括請求でお願いいたします。
""" + SIG_SHITARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: six guests' names, mobiles and e-mail addresses in padded columns to a hotel",
    },
    # 020 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-020",
        "charset": "utf-8",
        "sender": KITO,
        "to": ["南原小学校PTA 会計 <pta@minamihara-es.ed.jp>"],
        "subject": "記念品ご購入分の請求書送付（南原小PTA様）",
        "body": """南原小学校PTA
会計ご担当者様

このたびは見学記念品をご購入いただき、誠にありがとうございました。
請求書（適格請求書）をPDFにてお送りいたします。

お振込み期限：12月26日（金）
お振込先は請求書下部に記載しております。

よろしくお願いいたします。
""" + SIG_KITO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "請求書_HK-2025-1187.pdf",
                "title": "請求書 HK-2025-1187",
                "lines": [
                    "請　求　書",
                    "請求番号：HK-2025-1187　　発行日：2025年11月28日",
                    "南原小学校PTA 御中",
                    "日の出産業株式会社　登録番号：T1010401087725",
                    "〒300-4413 茨城県日野坂市南原町2-18",
                ],
                "table": [
                    ["品番", "品名", "数量", "単価", "金額"],
                    ["HS-CF-2025A", "A4クリアファイル", "120", "150", "18,000"],
                    ["HS-PN-0033", "ひのでロボ ボールペン", "120", "220", "26,400"],
                    ["", "小計（10%対象）", "", "", "44,400"],
                    ["", "消費税（10%）", "", "", "4,440"],
                    ["", "合計", "", "", "48,840"],
                    ["振込先", "みどり銀行 日野坂支店 普通 1204587 ヒノデサンギョウ（カ", "", "", ""],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice PDF with the company's T-number and company bank account; no people's data",
    },
    # 021 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-021",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [
            "明星トラベル 教育旅行課 <kyouiku@meisei-travel.co.jp>",
            "旅の窓口 団体営業部 <dantai@tabinomado.jp>",
        ],
        "cc": ["ひたちツーリスト 法人課 <houjin@hitachi-tourist.co.jp>"],
        "subject": "【重要】12/15～12/19 工場見学受入休止のお知らせ",
        "body": """旅行会社 ご担当者各位

平素より大変お世話になっております。日の出産業 工場見学センターでございます。

第二工場の設備更新工事に伴い、下記期間の工場見学の受入れを休止いたします。

　休止期間：2025年12月15日（月）～12月19日（金）

すでに上記期間でご予約をいただいている団体様につきましては、
個別に振替日のご相談をさせていただきます。
ご迷惑をおかけいたしますが、何卒ご理解のほどお願い申し上げます。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three competing travel agencies in To/Cc can see each other",
    },
    # 022 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-022",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": ["四十物 由佳 <yuka.aimono_77@yahoo.co.jp>"],
        "subject": "Re: 見学時の忘れ物について",
        "body": """四十物 様

お問い合わせありがとうございます。工場見学センターの小野寺です。
お尋ねの水色の水筒（くまのイラスト入り）は、見学者棟の受付でお預かりしております。

ご来社でのお受け取りのほか、着払いでのご返送も可能です。
ご希望の方法をお知らせください。

工場見学センター　小野寺

-----Original Message-----
From: 四十物 由佳 <yuka.aimono_77@yahoo.co.jp>
Sent: Monday, November 10, 2025 8:12 PM
To: kengaku@hinode-sangyo.co.jp
Subject: 見学時の忘れ物について

11/8のファミリー見学会に参加した四十物です。
子どもが水色の水筒を忘れてきたようです。
お手数ですが、見つかりましたら 080-2294-6617 までご連絡ください。
住所は 茨城県日野坂市桜台2-9-4 です。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one private person; her phone and address only in the quoted original",
    },
    # 023 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-023",
        "charset": "utf-8",
        "sender": KUMETA,
        "to": ["宍戸先生 <shishido@koyo-gakuen.ac.jp>"],
        "subject": "Re: 見学当日の健康面での配慮について",
        "body": """光陽学園中等部
宍戸先生

日の出産業 環境安全課の久米田です。
ご相談いただいた件、社内で対応を確認しましたのでご連絡いたします。

3年1組 宍戸 蒼真 さん（てんかんの既往あり、服薬中）について、
見学中に発作が起きた場合に備え、以下の体制をとります。

　1. 見学通路のうち、階段部分（2か所）はエレベーターで迂回していただきます
　2. 点滅照明のある検査エリアは通過せず、展示ホールでモニター見学とします
　3. 当日は当社産業看護職 1名が同行します
　4. 発作時は見学者棟1階の救護室へお連れし、先生に付き添いをお願いします

主治医の先生からの注意事項があれば、事前に伺えますと幸いです。
""" + SIG_KUMETA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named student's medical history (てんかん, medication) written in new text to the school",
    },
    # 024 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-024",
        "charset": "iso-2022-jp",
        "sender": KUMETA,
        "to": ["目黒先生 <meguro@higashi-jhs.ed.jp>"],
        "subject": "見学時の安全のしおり（事前指導用）",
        "body": """東中学校
目黒先生

お世話になっております。日の出産業 環境安全課の久米田です。
見学当日の安全説明を短くするため、事前指導用の「安全のしおり」を
お送りいたします。生徒の皆さまへの事前指導にご活用ください。

特に、
　・見学通路の黄色線より内側に入らない
　・フォークリフト通行時は立ち止まる
　・髪の長い方は結んでくる
の3点をお伝えいただけますと助かります。
""" + SIG_KUMETA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "見学時の安全のしおり.pdf",
                "title": "見学時の安全のしおり",
                "page_footer": "日の出産業株式会社 第二工場 環境安全課",
                "lines": [
                    "工場見学　安全のしおり",
                    "1. 見学通路の黄色い線の内側に入らないでください。",
                    "2. 機械や製品には手を触れないでください。",
                    "3. フォークリフトが通るときは、その場で立ち止まってください。",
                    "4. ヘルメットとイヤーマフは係員の指示に従って着用してください。",
                    "5. 気分が悪くなったときは、すぐに近くの係員に伝えてください。",
                    "6. 写真・動画の撮影はできません。",
                    "非常時は係員の誘導に従い、見学者棟前の広場へ避難します。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "safety briefing leaflet for visitors; ordinary",
    },
    # 025 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-025",
        "charset": "utf-8",
        "sender": SHITARA,
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hote1.jp>"],
        "subject": "10/29 夕食懇親会のご予約（20名）",
        "body": """さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業の設楽です。
10/29（水）の工場見学後に、お客様との懇親会を下記にて予約させてください。

　日時：10月29日（水）18:30～20:30
　人数：20名（お客様14名・当社6名）
　会場：個室（円卓3卓）
　料理：和洋折衷コース 8,000円（税・サ別）、飲み放題付き

最終人数は10/27までにご連絡いたします。
""" + SIG_SHITARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: sakura-hote1.jp (digit 1 for l) instead of the partner sakura-hotel.jp",
    },
    # 026 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-026",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": ["旅の窓口 団体営業部 竹之内様 <takenouchi@tabinomado.jp>"],
        "subject": "Re: 1～2月の見学受入可能日について",
        "body": """旅の窓口 団体営業部
竹之内様

いつもお世話になっております。日の出産業の小野寺です。
お問い合わせの1～2月の受入可能枠を一覧にしてお送りいたします。
「○」は午前・午後とも可、「AM」「PM」はその時間帯のみ可、「×」は受入不可です。

仮押さえは2週間有効です。ご希望の枠をお知らせください。

小野寺

> 来年1～2月に、東北方面の中学校の修学旅行で見学を組み込みたく、
> 空き状況を教えていただけますでしょうか。1回あたり80名程度です。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "受入可能枠_2026年1-2月.xlsx",
                "sheets": {
                    "1月": [
                        ["2026年1月 工場見学 受入可能枠（80名規模）"],
                        ["日付", "曜日", "枠", "備考"],
                        ["1/13", "火", "○", ""],
                        ["1/14", "水", "AM", "午後は設備点検"],
                        ["1/15", "木", "○", ""],
                        ["1/20", "火", "×", "全館停電"],
                        ["1/22", "木", "PM", ""],
                        ["1/27", "火", "○", ""],
                    ],
                    "2月": [
                        ["2026年2月 工場見学 受入可能枠（80名規模）"],
                        ["日付", "曜日", "枠", "備考"],
                        ["2/3", "火", "○", ""],
                        ["2/5", "木", "AM", ""],
                        ["2/10", "火", "○", ""],
                        ["2/17", "火", "PM", ""],
                        ["2/19", "木", "○", ""],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "availability calendar to a travel agency; no personal data",
    },
    # 027 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-027",
        "charset": "utf-8",
        "sender": ISURUGI,
        "to": ["さくらホテル フロント <front@sakura-hotel.jp>"],
        "subject": "外国人宿泊者の旅券情報（11/4～11/6 VLT Trading様 3名）",
        "body": """さくらホテル フロントご担当者様

いつもお世話になっております。日の出産業 海外営業部の石動です。
11/4～11/6にご宿泊予定のベトナムからのお客様（工場見学で来日）について、
宿泊者名簿へのご記入用に旅券情報を事前にお送りいたします。

■1
　氏名（Name）：NGUYEN VAN THANH
　国籍：ベトナム
　生年月日：1979年3月14日
　旅券番号：C4827193

■2
　氏名（Name）：TRAN THI MAI
　国籍：ベトナム
　生年月日：1988年10月2日
　旅券番号：C6150284

■3
　氏名（Name）：LE QUOC BAO
　国籍：ベトナム
　生年月日：1992年7月25日
　旅券番号：C7093316

チェックイン当日に旅券原本の確認もお願いいたします。
""" + SIG_ISURUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "identifier: passport numbers (with dates of birth) of three foreign visitors sent to a hotel",
    },
    # 028 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-028",
        "charset": "cp932",
        "sender": SHITARA,
        "to": ["清嵐大学 工学部 御手洗教授 <mitarai@eng.seiran.ac.jp>"],
        "subject": "研究室見学（12/9）の件",
        "body": """清嵐大学 工学部 機械システム工学科
御手洗 先生

ご無沙汰しております。日の出産業の設楽でございます。
先日ご依頼いただいた、研究室の学生さんの工場見学の件、12月9日（火）午後で調整がつきました。

　13:30　見学者棟 受付（正門ではなく西門からお入りください）
　13:45　会社概要・生産技術の取組み紹介（技術開発部より）
　14:30　サーボユニット組立ライン見学
　15:30　若手技術者との座談会
　16:30　終了

参加人数（学生・教員の合計）だけ、12/2までにお知らせください。
学生さんのお名前など個人情報は不要です。
""" + SIG_SHITARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tour schedule for a university lab to one professor; no personal data requested or sent",
    },
    # 029 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-029",
        "charset": "utf-8",
        "sender": KENGAKU,
        "to": ["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
        "subject": "親子見学会 当選通知はがき 宛名データ",
        "html": """<html><body>
<p>錦印刷株式会社 DM事業部 御中</p>
<p>いつもお世話になっております。日の出産業 工場見学センターです。<br>
夏休み親子工場見学会（7/26回）の当選通知はがきの宛名データをお送りします。<br>
7/10（木）投函でお願いいたします。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>No</th><th>代表者氏名</th><th>郵便番号</th><th>住所</th><th>電話番号</th><th>参加人数</th></tr>
<tr><td>1</td><td>御子柴 健太</td><td>300-4415</td><td>茨城県日野坂市桜台3-14-2</td><td>090-1834-2276</td><td>3</td></tr>
<tr><td>2</td><td>鈴鹿 由美子</td><td>300-4402</td><td>茨城県日野坂市川尻町1180-5</td><td>080-5521-7730</td><td>2</td></tr>
<tr><td>3</td><td>犬飼 隆之</td><td>305-0821</td><td>茨城県つくば市春日台2-8-19 ハイツ春日203</td><td>070-4418-2051</td><td>4</td></tr>
<tr><td>4</td><td>舘野 智美</td><td>300-4413</td><td>茨城県日野坂市南原町7-3-8</td><td>090-6632-1148</td><td>2</td></tr>
<tr><td>5</td><td>雲母 修二</td><td>300-1207</td><td>茨城県牛久市栄町6-22-1</td><td>080-2290-4463</td><td>3</td></tr>
<tr><td>6</td><td>梶ヶ谷 恵理</td><td>300-4421</td><td>茨城県日野坂市中央1-5-30-502</td><td>090-7713-0825</td><td>2</td></tr>
<tr><td>7</td><td>生田目 亮</td><td>311-3116</td><td>茨城県東茨城郡茨城町長岡3571-4</td><td>070-3365-9912</td><td>3</td></tr>
<tr><td>8</td><td>阿比留 さやか</td><td>300-4404</td><td>茨城県日野坂市本町4-11-6</td><td>080-9147-3308</td><td>2</td></tr>
</table>
<p>日の出産業株式会社 工場見学センター<br>TEL 0299-45-7710</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: HTML-only mail with a table of eight winners' names, home addresses and phones",
    },
    # 030 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-030",
        "charset": "iso-2022-jp",
        "sender": HIWATARI,
        "to": ["目黒先生 <meguro@higashi-jhs.ed.jp>"],
        "cc": ["青葉運輸 山根様 <yamane.t@aoba-unyu.co.jp>"],
        "subject": "11/12 バス出発時刻の最終確認",
        "body": """東中学校 目黒先生
（cc：青葉運輸 山根様）

お世話になっております。日の出産業の樋渡です。
11/12の行程について、学校様・バス会社様と最終確認をさせてください。

　8:05　バス2台 東中学校 正門前に到着・待機
　8:20　出発
　9:10　日の出産業 西門 着
　12:00　日の出産業 発
　12:50　東中学校 着

雨天の場合は、正門前ではなく体育館脇の通用口での乗車に変更と伺っております。
相違がございましたら本メールに全員返信でお知らせください。
""" + SIG_HIWATARI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way mail: a school and the bus company (two external organisations)",
    },
    # 031 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-031",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": ["平良 拓真 <taira.takuma@hinode-sangyo.co.jp>"],
        "subject": "特別講師（3月実施分）謝金支払いの必要情報",
        "body": """平良さん

お疲れさまです。見学センター小野寺です。
3月の「春休みロボット教室」でお願いした外部講師の方の、謝金支払いに必要な情報です。
個人番号カードの写しはご本人から簡易書留で届いていますので、社内便で回します。

　氏名　：勘解由 典子（かげゆ のりこ）
　住所　：茨城県土浦市桜川町1-22-4
　個人番号：""" + _MN2 + """
　口座　：みどり銀行 土浦支店 普通 3318204 カゲユ ノリコ
　謝金　：30,000円（税込・源泉前）

よろしくお願いします。
小野寺
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "internal only: a lecturer's My Number and bank account to the company's own accounting",
    },
    # 032 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-032",
        "charset": "cp932",
        "sender": ONODERA,
        "to": ["十河 先生 <sogo.m@tsukimino-jhs.ed.jp>"],
        "subject": "見学ルートのご案内（事前学習用）",
        "body": """月見野中学校
十河先生

お世話になっております。日の出産業の小野寺です。
事前学習でお使いいただけるよう、当日の見学ルート図をお送りします。
所要時間の目安も記載しておりますのでご参照ください。

よろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "第二工場_見学ルート図_設備配置入り.pdf",
                "title": "第二工場 見学ルート図（設備配置）",
                "page_header": "社外秘　第二工場 生産管理課",
                "page_footer": "社外秘：本資料の社外への持ち出しを禁ず",
                "lines": [
                    "第二工場　見学ルート図（設備配置・タクト情報入り）",
                    "①見学者棟 → ②組立ライン A（タクト 42秒／ロボット 6台）",
                    "③塗装ブース（外観のみ）→ ④検査工程（画像検査装置 HV-300×3）",
                    "⑤出荷エリア → ⑥展示ホール",
                    "所要時間：約90分",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached route map is stamped 社外秘 in its page header and footer",
    },
    # 033 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-033",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": ["日野坂市社会福祉協議会 地域福祉係 <chiiki@hinosaka-shakyo.or.jp>"],
        "subject": "Re: シニアクラブ見学時のバリアフリー対応について",
        "body": """日野坂市社会福祉協議会
地域福祉係 ご担当者様

お問い合わせありがとうございます。日の出産業 工場見学センターの小野寺です。

「車いすご利用の方 3名、杖をご使用の方 2名」とのこと、承知いたしました。
当日は以下のとおり対応いたします。

・見学者棟と見学通路はすべて段差なし、エレベーターで2階通路へ上がれます
・車いすは見学者棟に3台ご用意があり、貸出可能です
・多目的トイレは見学者棟1階・2階に各1か所ございます
・見学通路の途中にベンチを追加で設置いたします

個別のお名前などは頂かなくて結構です。当日受付で人数のみお知らせください。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "accessibility request answered with anonymous counts only; no identifiable person",
    },
    # 034 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-034",
        "charset": "utf-8",
        "sender": KENGAKU,
        "to": ["takumi.hasegawa.0512@gmail.com"],
        "subject": "【日の出産業】ファミリー工場見学 ご予約受付のお知らせ（予約番号 FK-25-0831）",
        "body": """長谷川 様

このたびは日の出産業の工場見学にお申込みいただき、ありがとうございます。
以下の内容でご予約を承りました。

　予約番号　：FK-25-0831
　見学日時　：2025年8月23日（土）10:00～11:30
　人数　　　：大人2名・小学生2名
　集合場所　：第二工場 見学者棟 受付（開始15分前までにお越しください）
　駐車場　　：見学者棟前 来客用駐車場（無料）

・サンダル、ヒールの高い靴ではご見学いただけません。
・キャンセルの場合は前日17時までにご連絡ください（0299-45-7710）。

当日お会いできることを楽しみにしております。

日の出産業株式会社 工場見学センター
※このメールは送信専用アドレスではありません。ご返信いただけます。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "booking confirmation to one private person on free mail; nothing beyond the booking",
    },
    # 035 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-035",
        "charset": "cp932",
        "sender": SHITARA,
        "to": ["金森警備保障 第二工場詰所 <hinode2@kanamori-keibi.co.jp>"],
        "subject": "10/29 入構者一覧（川崎電機様ご一行）",
        "body": """金森警備保障株式会社
第二工場詰所 ご担当者様

いつもありがとうございます。日の出産業 営業一部の設楽です。
10/29（水）の見学者の入構者一覧を添付いたします。
当日は西門で一覧と照合のうえ、入構証をお渡しください。
""" + SIG_SHITARA,
        "attachments": [
            {
                "kind": "docx",
                "name": "入構者一覧_1029.docx",
                "title": "入構者一覧",
                "paragraphs": ["入構者一覧（2025年10月29日 13:30 入構予定）", "受入部署：営業本部 第一営業部"],
                "tables": [
                    [
                        ["No", "氏名", "所属", "携帯電話", "入構方法"],
                        ["1", "蔵前 英樹", "川崎電機 調達本部", "090-2284-6615", "社用車"],
                        ["2", "矢萩 啓介", "川崎電機 調達本部", "080-3391-0427", "社用車"],
                        ["3", "氏家 麻衣", "川崎電機 品質保証部", "070-6620-1983", "社用車"],
                        ["4", "神保 達也", "川崎電機 品質保証部", "090-8841-2205", "社用車"],
                        ["5", "鶴見 亜紀", "川崎電機 生産技術部", "080-1172-5560", "バス"],
                        ["6", "赤羽 祐介", "川崎電機 生産技術部", "090-4403-7719", "バス"],
                        ["7", "岩城 早苗", "川崎電機 生産技術部", "080-6258-0943", "バス"],
                        ["8", "藤ヶ崎 諒", "川崎電機 設計部", "070-1196-4427", "バス"],
                        ["9", "丹生 真琴", "川崎電機 設計部", "090-3307-5582", "バス"],
                        ["10", "新発田 功", "川崎電機 設計部", "080-7712-0318", "バス"],
                        ["11", "久世 智子", "ツバサシステム", "090-3317-6648", "バス"],
                        ["12", "国分 秀明", "ツバサシステム", "080-4480-2261", "バス"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: DOCX table of twelve visitors with mobile numbers to an outside security contractor",
    },
    # 036 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-036",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": ["宮路 <miyaji@kitahara-es.ed.jp>"],
        "subject": "RE: 当日の引率体制と配慮が必要な児童について",
        "body": """宮路先生

ご丁寧にありがとうございます。内容、承知いたしました。
ご記載の児童さんについては、当日の係員にのみ口頭で共有し、
お弁当は北国フーズさんに「除去食1食」とだけ伝えて手配いたします。

当日もどうぞよろしくお願いいたします。
小野寺

差出人: 宮路 <miyaji@kitahara-es.ed.jp>
送信日時: 2025年10月6日 16:42
宛先: 小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>
件名: 当日の引率体制と配慮が必要な児童について

日の出産業 小野寺様

当日の引率は、学年主任の私と担任2名、養護教諭1名の計4名です。
配慮が必要な児童が1名おります。
　4年2組 真壁 ひなた（卵・乳アレルギー、エピペン携帯）
　保護者連絡先：090-5540-2218（母）
よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply; the child's allergy and the parent's phone are only in the quoted original (差出人/送信日時)",
    },
    # 037 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-037",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": ["目黒先生 <meguro@higashi-jhs.ed.jp>"],
        "subject": "見学アンケート集計結果のご送付",
        "body": """東中学校
目黒先生

先日はご来場いただき、ありがとうございました。
生徒の皆さまにご記入いただいたアンケートの集計結果をお送りします。
自由記述は個人が特定されないよう、表現を一部まとめております。

今後の見学プログラム改善に活用させていただきます。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "見学アンケート集計_東中学校_1112.pdf",
                "title": "見学アンケート集計",
                "lines": [
                    "工場見学アンケート集計（東中学校 2年生 回答数 76／78）",
                    "Q1 見学は楽しかったですか：とても 61％／まあまあ 33％／あまり 5％／全く 1％",
                    "Q2 一番印象に残ったもの：ロボット溶接 38％、検査工程 22％、展示ホール 19％",
                    "Q3 将来ものづくりの仕事に興味がありますか：ある 41％／少しある 37％／ない 22％",
                    "自由記述（抜粋）：「ロボットが人と一緒に働いていて驚いた」ほか",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate survey results to the school; statistics only",
    },
    # 038 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-038",
        "charset": "cp932",
        "sender": HIWATARI,
        "to": ["金森警備保障 第二工場詰所 <hinode2@kanamori-keibi.co.jp>"],
        "subject": "11/12 バス乗務員の入構事前登録",
        "body": """金森警備保障 第二工場詰所 ご担当者様

お疲れさまです。日の出産業 工場見学センターの樋渡です。
11/12（水）東中学校の見学で来場する貸切バスの乗務員2名について、
構内車両通行の事前登録をお願いします（青葉運輸さんより受領した情報です）。

【1号車】
　乗務員：保坂 信行
　運転免許証番号：第 302108874516 号
　車両：土浦 200 か 41-07

【2号車】
　乗務員：漆原 剛
　運転免許証番号：第 301994402237 号
　車両：土浦 200 か 41-12

当日、西門にて免許証の提示をお願いする予定です。
""" + SIG_HIWATARI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "identifier: two bus drivers' driving licence numbers sent to an outside security contractor",
    },
    # 039 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-039",
        "charset": "utf-8",
        "sender": ISURUGI,
        "to": ["Somchai Rattanakul <somchai.r@siam-precision.co.th>"],
        "subject": "Hotel options near Hinosaka Plant",
        "body": """Dear Mr. Somchai,

As requested, here are some hotels close to our plant. All of them can issue invoices
in English and have a shuttle or taxi stand.

  Hotel                     Phone            Distance to plant   Note
  ------------------------  ---------------  ------------------  -----------------------
  Sakura Hotel Hinosaka     +81-299-44-2100  10 min by car       our corporate rate
  Hotel Route-Inn Tsuchiura +81-29-821-5511  35 min by car       near JR Tsuchiura
  Hinosaka Station Hotel    +81-299-44-0808  12 min by car       small, quiet
  Tsukuba Grand Terrace     +81-29-851-3300  40 min by car       convenient to TX line

If you choose Sakura Hotel, please mention "Hinode Sangyo" when booking to get our rate,
or let me know and I will reserve the rooms for you.
""" + SIG_ISURUGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of hotels (businesses with switchboard numbers), not people",
    },
    # 040 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-040",
        "charset": "iso-2022-jp",
        "sender": KITO,
        "to": ["桜台小学校PTA <pta.sakuradai@hinosaka-school.jp>"],
        "subject": "卒業記念品のお見積り（パスワード付きPDF）",
        "body": """桜台小学校PTA ご担当者様

お世話になっております。日の出産業 見学者棟ショップの鬼頭です。
卒業記念品（名入れボールペン・工場見学写真入りクリアファイル）のお見積書を
お送りいたします。PDFにはパスワードを設定しております。
パスワードは、先日お電話でお伝えした4桁の数字です。

ご検討のほど、よろしくお願いいたします。
""" + SIG_KITO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "お見積書_桜台小PTA.pdf",
                "password": "4417",
                "lines": [
                    "御見積書",
                    "名入れボールペン 95本 @320",
                    "写真入りクリアファイル 95枚 @180",
                    "合計 47,500円（税別）",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected PDF cannot be inspected",
    },
    # 041 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-041",
        "charset": "cp932",
        "sender": KITO,
        "to": ["北国フーズ 法人営業 <houjin@kitaguni-foods.co.jp>"],
        "subject": "ショップ用 お菓子 追加発注（12月分）",
        "body": """北国フーズ株式会社
法人営業ご担当者様

いつもお世話になっております。ひので工房の鬼頭です。
年末の見学者増に備えて、12月分の追加発注をCSVでお送りします。
いつものフォーマット（品番・品名・ケース数・納品希望日）です。

「ひのでロボ ダックワーズ」は賞味期限が短いので、2回に分けての納品でお願いします。
""" + SIG_KITO,
        "attachments": [
            {
                "kind": "csv",
                "name": "発注_202512_hinode.csv",
                "encoding": "cp932",
                "rows": [
                    ["品番", "品名", "ケース数", "入数", "納品希望日"],
                    ["KF-3101", "ひのでロボ ダックワーズ 8個入", "12", "20", "2025/12/03"],
                    ["KF-3101", "ひのでロボ ダックワーズ 8個入", "12", "20", "2025/12/17"],
                    ["KF-2207", "工場クッキー缶 24枚入", "8", "12", "2025/12/03"],
                    ["KF-1810", "歯車せんべい 16枚入", "15", "24", "2025/12/03"],
                    ["KF-0955", "ボルトチョコ 10本入", "10", "30", "2025/12/10"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "souvenir order CSV to a partner: product codes and quantities only",
    },
    # 042 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-042",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": [
            "kenta.mikoshiba@gmail.com",
            "yumiko-suzuka@yahoo.co.jp",
            "t.inukai.1977@outlook.jp",
            "tomomi-tateno@docomo.ne.jp",
        ],
        "subject": "親子工場見学会（7/26）当選のお知らせと当日のご案内",
        "body": """親子工場見学会にご応募いただいた皆さま

このたびは多数のご応募をいただき、誠にありがとうございました。
厳正な抽選の結果、7月26日（土）の回にご当選されましたのでお知らせいたします。

　受付開始：9:30（見学者棟 1階受付）
　見学時間：10:00～12:00（ロボット工作体験つき）
　持ち物　：筆記用具、飲み物、歩きやすい靴

ご都合が悪くなった場合は、7/22までにご連絡ください。
皆さまのご来場をお待ちしております。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "visible parties: four private persons' addresses in To (should have been Bcc)",
    },
    # 043 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-043",
        "charset": "utf-8",
        "sender": KITO,
        "to": ["錦印刷 発送センター <hassou@nishiki-insatsu.co.jp>"],
        "subject": "ぬりえコンテスト 入賞記念品の発送依頼（4件）",
        "body": """錦印刷 発送センター ご担当者様

お世話になっております。日の出産業 ひので工房の鬼頭です。
工場見学ぬりえコンテストの入賞者4名への記念品（額装ぬりえ＋記念品セット）の
発送をお願いいたします。送り状は元払いでお願いします。

1) 舘野 智美 様　〒300-4413 茨城県日野坂市南原町7-3-8　TEL 090-6632-1148
2) 生田目 亮 様　〒311-3116 茨城県東茨城郡茨城町長岡3571-4　TEL 070-3365-9912
3) 雲母 修二 様　〒300-1207 茨城県牛久市栄町6-22-1　TEL 080-2290-4463
4) 犬飼 隆之 様　〒305-0821 茨城県つくば市春日台2-8-19 ハイツ春日203　TEL 070-4418-2051

発送完了後、伝票番号をお知らせください。
""" + SIG_KITO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four people's shipping addresses to the partner printer: under the five-record line, may be warned",
    },
    # 044 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-044",
        "charset": "cp932",
        "sender": ONODERA,
        "to": ["星空イベントサポート 運営事務局 <unei@hoshizora-event.co.jp>"],
        "subject": "転送: 【申込フォーム】夏休み親子工場見学会 8/9回 キャンセル待ち",
        "body": """星空イベントサポート 運営事務局 御中

お世話になっております。日の出産業の小野寺です。
8/9回のキャンセル待ちの方の申込通知を転送いたします。
繰り上げのご連絡は、運営事務局様からお願いできますでしょうか。

---------- Forwarded message ---------
From: 申込フォーム <form-noreply@hinode-sangyo.co.jp>
Date: 2025年7月3日(木) 9:00
Subject: 【申込フォーム】夏休み親子工場見学会 8/9回 キャンセル待ち
To: kengaku@hinode-sangyo.co.jp

キャンセル待ち申込（5件）

【受付番号】W-0809-01
　お名前：京極 拓也
　メール：takuya.kyogoku@gmail.com
　電話　：090-2241-8806
　人数　：大人1・子ども2

【受付番号】W-0809-02
　お名前：蓮見 あかね
　メール：akane.hasumi@icloud.com
　電話　：080-3367-1194
　人数　：大人1・子ども1

【受付番号】W-0809-03
　お名前：五百旗頭 誠
　メール：iokibe.makoto@yahoo.co.jp
　電話　：070-8824-5530
　人数　：大人2・子ども1

【受付番号】W-0809-04
　お名前：小鳥遊 恵
　メール：megumi.takanashi@outlook.jp
　電話　：090-6418-2279
　人数　：大人1・子ども1

【受付番号】W-0809-05
　お名前：薬師寺 崇
　メール：t-yakushiji@ezweb.ne.jp
　電話　：080-1109-6645
　人数　：大人1・子ども2
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: forwarded web-form export with five applicants' names, e-mails and phones (a forward counts)",
    },
    # 045 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-045",
        "charset": "iso-2022-jp",
        "sender": KUMETA,
        "to": ["清嵐大学 工学部 御手洗教授 <mitarai@eng.seiran.ac.jp>"],
        "subject": "12/9 見学時の撮影についてのお願い",
        "body": """御手洗先生

日の出産業 環境安全課の久米田です。
12/9の研究室見学について、事前のお願いがございます。

見学コースのうち、組立ライン後半の一部工程は社外秘の製造条件を扱っているため、
当該エリアでは撮影・メモをご遠慮いただいております。
そのほかのエリアでも、撮影は展示ホールのみ可能としております。
学生の皆さまにも事前にお伝えいただけますと幸いです。

なお、スマートフォンはお持ち込みいただいて構いません（見学中は電源オフ）。
""" + SIG_KUMETA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 社外秘 in a sentence about photography rules; no document is marked",
    },
    # 046 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-046",
        "charset": "utf-8",
        "sender": AKUTSU,
        "to": ["見学センター員 <kengaku-staff@hinode-sangyo.co.jp>"],
        "cc": ["久米田 健吾 <kumeta.kengo@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】見学コース変更案（第三工場クリーンルーム窓越し見学）",
        "body": """センター員各位

阿久津です。来年度の見学コース変更案を共有します。
社外秘扱いですので、旅行会社・学校への説明は確定後に別資料で行います。

・第三工場クリーンルームの窓越し見学（2F通路）を新設
・第二工場の塗装ブースは見学コースから外す
・所要時間は現行90分 → 100分

ご意見は11/28までにください。
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "見学コース変更案_社外秘.docx",
                "page_header": "社外秘",
                "paragraphs": [
                    "令和8年度 工場見学コース変更案",
                    "1. 第三工場クリーンルーム窓越し見学の新設（投資額 1,850万円）",
                    "2. 第二工場塗装ブースの見学除外",
                    "3. 見学時間の延長",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "marked 社外秘, but every recipient is internal",
    },
    # 047 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-047",
        "charset": "utf-8",
        "sender": ISURUGI,
        "to": ["北国フーズ 仕出し部 <shidashi@kitaguni-foods.co.jp>"],
        "subject": "11/20 インドネシアのお客様 昼食（ハラール対応）のご相談",
        "body": """北国フーズ 仕出し部 ご担当者様

いつもお世話になっております。日の出産業 海外営業部の石動です。
11/20（木）に工場見学にお越しになるインドネシアのお客様の昼食について、ご相談です。

ご一行 6名のうち、下記3名の方がイスラム教徒で、ハラール対応が必要です。
　・Ahmad FAUZI 様（PT Nusantara Teknik 購買部長）
　・Siti RAHMAWATI 様（同 品質管理）
　・Budi SANTOSO 様（同 生産技術）
残り3名の方は通常の幕の内弁当で結構です。

また、昼食後にお祈りの時間を取られるとのことで、
弊社側で見学者棟の会議室を礼拝用にご用意します。

ハラール認証を受けた仕出しが難しい場合は、代替案をご提案いただけますと幸いです。
""" + SIG_ISURUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: three named visitors' religion (イスラム教徒) sent to the caterer",
    },
    # 048 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-048",
        "charset": "cp932",
        "sender": TAIRA,
        "to": ["青葉運輸 経理課 <keiri@aoba-unyu.co.jp>"],
        "subject": "お支払いのご案内（10月分 貸切バス代）",
        "body": """青葉運輸株式会社
経理課 ご担当者様

いつもお世話になっております。日の出産業 経理課の平良です。
10月分の貸切バス代について、下記のとおりお支払い手続きをいたしました。

　ご請求書番号：AU-2510-0342、AU-2510-0377
　お支払金額　：396,000円（税込）
　お支払日　　：2025年11月28日（金）
　お振込先　　：みどり銀行 本店営業部 当座 0081172 アオバウンユ（カ

振込手数料は弊社負担です。ご確認のほどよろしくお願いいたします。
""" + SIG_TAIRA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "payment notice with invoice numbers and a company bank account; no people's data",
    },
    # 049 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-049",
        "charset": "iso-2022-jp",
        "sender": AKUTSU,
        "to": ["カイゼンパートナーズ 桐生様 <kiryu@kaizen-partners.jp>"],
        "subject": "【部外秘】見学受入体制の見直し案（ご意見伺い）",
        "body": """カイゼンパートナーズ
桐生様

いつもお世話になっております。日の出産業の阿久津です。
先日のご提案を受けて社内でまとめた見直し案を添付いたします。
部外秘の資料のため、取扱いにはご留意ください。

主な論点は次の3点です。
　1) 見学センター員の配置（現行5名 → 4名＋OBガイド）
　2) 平日午後枠の縮小と土曜枠の新設
　3) 見学者1人あたりのコスト（現状 2,840円）の削減目標

12月の定例でご意見を伺えますと幸いです。
""" + SIG_AKUTSU,
        "attachments": [
            {
                "kind": "docx",
                "name": "見学受入体制見直し案_v3.docx",
                "page_header": "部外秘",
                "paragraphs": [
                    "工場見学受入体制 見直し案（第3版）",
                    "作成：工場見学センター　区分：部外秘",
                    "1. 現状の課題：平日午後枠の稼働率 41％",
                    "2. 見直し案：OBガイド制度の導入、土曜枠の新設",
                    "3. 効果試算：年間人件費 ▲620万円",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: 【部外秘】 in the subject and a 部外秘 header on the attached plan, sent to an outside consultant",
    },
    # 050 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-050",
        "charset": "utf-8",
        "sender": SHITARA,
        "to": ["黒部精密工業 法務部 鴫原様 <shigihara@kurobe-seimitsu.co.jp>"],
        "cc": ["黒部精密工業 購買部 仁平様 <nihei@kurobe-seimitsu.co.jp>"],
        "subject": "Re: 秘密保持契約書の締結手続きについて",
        "body": """黒部精密工業株式会社
法務部 鴫原様

お世話になっております。日の出産業の設楽です。
秘密保持契約書について、ご修正いただいた第4条（有効期間3年→2年）は
弊社法務でも了承となりました。

つきましては、電子契約サービスで締結の依頼をお送りしますので、
ご承認をお願いいたします。締結が完了しましたら、
12/3のクリーンルーム見学の最終案内をお送りいたします。

引き続きよろしくお願い申し上げます。
""" + SIG_SHITARA + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about signing an NDA with one customer (To and Cc in the same company)",
    },
    # 051 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-051",
        "charset": "iso-2022-jp",
        "sender": TAIRA,
        "to": ["日野坂市 高齢福祉課 <koureifukushi@city.hinosaka.lg.jp>"],
        "subject": "高齢者外出支援事業 実績報告（11/22 工場見学バスツアー）",
        "body": """日野坂市 保健福祉部 高齢福祉課 御中

いつもお世話になっております。日の出産業株式会社 総務部の平良でございます。
高齢者外出支援事業の補助金実績報告として、11月22日に実施した
工場見学バスツアーの参加者名簿（PDF）を提出いたします。

実績報告書（様式第5号）の原本は本日郵送いたしました。
ご確認のほどよろしくお願い申し上げます。
""" + SIG_TAIRA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "参加者名簿_高齢者外出支援_1122.pdf",
                "title": "参加者名簿",
                "lines": [
                    "高齢者外出支援事業　参加者名簿",
                    "事業名：日の出産業 工場見学バスツアー（令和7年11月22日）",
                    "実施団体：日の出産業株式会社／協力：日野坂シニアクラブ",
                ],
                "table": [
                    ["No", "氏名", "生年月日", "年齢", "電話番号", "地区"],
                    ["1", "猪狩 正信", "昭和33年7月21日", "67", "0299-44-1182", "南原"],
                    ["2", "猪狩 和子", "昭和35年1月9日", "65", "0299-44-1182", "南原"],
                    ["3", "深見 芳枝", "昭和18年5月3日", "82", "0299-46-3307", "中央"],
                    ["4", "鵜飼 義男", "昭和16年12月18日", "83", "0299-45-9921", "川尻"],
                    ["5", "鵜飼 トシ", "昭和19年3月30日", "81", "0299-45-9921", "川尻"],
                    ["6", "廿日出 昭三", "昭和22年8月8日", "78", "090-7731-2046", "本町"],
                    ["7", "神林 ミツ子", "昭和24年2月14日", "76", "0299-48-0153", "桜台"],
                    ["8", "萩原 清", "昭和20年10月1日", "80", "0299-44-6612", "南原"],
                    ["9", "萩原 房江", "昭和23年6月25日", "77", "0299-44-6612", "南原"],
                    ["10", "小此木 勝", "昭和26年11月11日", "74", "080-2236-5519", "中央"],
                    ["11", "城之内 静香", "昭和28年4月7日", "72", "0299-47-2280", "桜台"],
                    ["12", "石黒 久", "昭和21年9月19日", "79", "0299-46-0714", "本町"],
                    ["13", "大日向 節子", "昭和25年1月27日", "75", "0299-45-3368", "川尻"],
                    ["14", "一尺八寸 昇", "昭和17年7月7日", "83", "0299-48-5541", "中央"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: PDF of fourteen elderly participants with 和暦 dates of birth and phones to the city office",
    },
    # 052 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-052",
        "charset": "cp932",
        "sender": AKUTSU,
        "to": ["日野坂市 商工観光課 <shoko@city.hinosaka.lg.jp>"],
        "subject": "産業観光マップ掲載事業所一覧（修正版）",
        "body": """日野坂市 経済部 商工観光課
ご担当者様

お世話になっております。日の出産業の阿久津です。
「ひのさか産業観光マップ」掲載事業所の一覧について、工場見学連絡会の幹事として
各社の最新情報を取りまとめましたので、修正版をお送りします。

変更点は、北国フーズ日野坂工場の受付時間と、日野坂醸造の休業日です。
""" + SIG_AKUTSU,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "産業観光マップ_掲載事業所一覧_修正版.xlsx",
                "sheets": {
                    "掲載事業所": [
                        ["ひのさか産業観光マップ 掲載事業所一覧（2025年11月修正）"],
                        ["事業所名", "見学内容", "代表電話", "所在地", "受付時間", "予約"],
                        ["日の出産業（株）第二工場", "ロボット組立ライン", "0299-45-7710", "日野坂市南原町2-18", "平日9-17時", "要"],
                        ["北国フーズ（株）日野坂工場", "焼菓子製造", "0299-46-2200", "日野坂市川尻2011", "平日10-16時", "要"],
                        ["日野坂醸造（名）", "醤油蔵", "0299-44-0031", "日野坂市本町1-3-5", "水曜休", "不要"],
                        ["ひのさか瓦工房", "瓦焼き体験", "0299-48-3355", "日野坂市大字上野418", "土日のみ", "要"],
                        ["錦印刷（株）日野坂工場", "印刷工程", "0299-45-8800", "日野坂市工業団地6", "平日13-16時", "要"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of businesses (factories with switchboards and addresses), not people",
    },
    # 053 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-053",
        "charset": "utf-8",
        "sender": KUMETA,
        "to": ["安心保険エージェンシー 事故受付 <jiko@anshin-hoken.co.jp>"],
        "subject": "事故報告（施設賠償責任保険）10/17 見学中の児童の負傷",
        "body": """安心保険エージェンシー 事故受付ご担当者様

日の出産業株式会社 環境安全課の久米田です。
施設賠償責任保険（証券番号 SB-2231-00874）について、事故の報告をいたします。

■事故日時：2025年10月17日（金）10:40頃
■場所：第二工場 見学者棟 2階 見学通路 階段
■被害者：北原小学校 4年 宮園 颯太 さん（平成27年6月2日生）
■状況：階段を降りる際に足を踏み外し転倒。
■受診：日野坂中央病院 整形外科にて「右足関節捻挫（全治2週間）」と診断
■健康保険証：記号 1207 番号 44 （保護者 被保険者）
■治療費：初診料ほか 6,380円（保護者が立替）

階段部分の手すり増設と係員配置の見直しを行っております。
保険金請求の必要書類をご案内ください。
""" + SIG_KUMETA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "identifier and sensitive: a named child's injury diagnosis and health-insurance symbol/number to the insurer",
    },
    # 054 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-054",
        "charset": "iso-2022-jp",
        "sender": KITO,
        "to": ["桜台小学校PTA <pta.sakuradai@hinosaka-school.jp>"],
        "subject": "卒業記念品 発送のご連絡",
        "body": """桜台小学校PTA ご担当者様

いつもお世話になっております。ひので工房の鬼頭です。
ご注文いただいた卒業記念品を本日発送いたしました。

　お問い合わせ伝票番号（3個口）
　　4418-2290-7735
　　4418-2290-7746
　　4418-2290-7750
　お届け予定：2月26日（木）午前中

検品の際に不足や破損がございましたら、お手数ですがご連絡ください。
""" + SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipping notice with tracking numbers only",
    },
    # 055 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-055",
        "charset": "cp932",
        "sender": KITO,
        "to": ["未来ノベルティ 制作部 <seisaku@mirai-novelty.co.jp>"],
        "subject": "名入れメダル 刻印内容のご連絡（ぬりえコンテスト入賞者）",
        "body": """未来ノベルティ株式会社
制作部 ご担当者様

お世話になっております。日の出産業 ひので工房の鬼頭です。
ぬりえコンテスト入賞者用の名入れメダル（品番 MD-40G）の刻印内容をお送りします。

　賞　　　　　刻印（氏名）　　　学校・学年
　――――――　―――――――　――――――――
　金賞　　　　宮園 颯太　　　　北原小 4年
　銀賞　　　　勅使河原 湊　　　月見野中 1年
　銀賞　　　　京極 さくら　　　川尻小 5年
　銅賞　　　　八剱 美月　　　　桜台小 3年
　審査員特別賞　古閑 翼　　　　南原小 6年

書体は前回と同じ丸ゴシックでお願いします。
校正は12/10までにいただけますと助かります。
""" + SIG_KITO,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "either: five children's names with school and grade for engraving — a list of people, but no contact data or identifiers",
    },
    # 056 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-056",
        "charset": "utf-8",
        "sender": ISURUGI,
        "to": ["Somchai Rattanakul <somchai.r@siam-precision.co.th>"],
        "subject": "Safety rules for your plant visit on 2 December",
        "body": """Dear Mr. Somchai,

Ahead of your team's visit on 2 December, please find attached our visitor safety rules
in English. We would appreciate it if you could share them with all members of your group.

The key points are:
 - Please stay inside the yellow lines of the visitor walkway.
 - Helmets, safety glasses and ear protection will be handed out at reception.
 - Photography and video recording are not allowed inside the production buildings.
 - Please inform our staff immediately if you feel unwell.

A short safety video (5 minutes, English subtitles) will be shown at the start of the tour.
""" + SIG_ISURUGI + DISC_EN,
        "attachments": [
            {
                "kind": "pdf",
                "name": "Visitor_Safety_Rules_EN.pdf",
                "title": "Visitor Safety Rules",
                "lines": [
                    "Hinode Sangyo Co., Ltd. - Visitor Safety Rules",
                    "1. Stay inside the yellow lines at all times.",
                    "2. Do not touch machines, parts or products.",
                    "3. Stop and wait when a forklift approaches.",
                    "4. Wear the protective equipment provided.",
                    "5. In an emergency, follow the guide to the assembly point in front of the Visitor Center.",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English safety rules for foreign visitors with the usual disclaimer",
    },
    # 057 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-057",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": ["リサーチナビ 調査設計部 <chosa@research-navi.co.jp>"],
        "subject": "見学会参加者アンケート 配信リストの送付",
        "body": """リサーチナビ株式会社
調査設計部 ご担当者様

お世話になっております。日の出産業 工場見学センターの小野寺です。
ご依頼いただいていた、Webアンケート配信用のリストをZIPでお送りします。
（夏休み親子工場見学会の参加者のうち、アンケート配信に同意いただいた方です）

配信は8/25（月）10時でお願いいたします。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "zip",
                "name": "survey_list_2025summer.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "survey_list_2025summer.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["id", "name", "email", "visit_date", "children"],
                            ["S001", "御子柴 健太", "kenta.mikoshiba@gmail.com", "2025-07-26", "1"],
                            ["S002", "鈴鹿 由美子", "yumiko-suzuka@yahoo.co.jp", "2025-07-26", "1"],
                            ["S003", "犬飼 隆之", "t.inukai.1977@outlook.jp", "2025-07-26", "2"],
                            ["S004", "舘野 智美", "tomomi-tateno@docomo.ne.jp", "2025-07-26", "1"],
                            ["S005", "雲母 修二", "kirara.shuji@gmail.com", "2025-08-02", "1"],
                            ["S006", "梶ヶ谷 恵理", "eri.kajigaya@icloud.com", "2025-08-02", "1"],
                            ["S007", "生田目 亮", "namatame.ryo@gmail.com", "2025-08-02", "2"],
                            ["S008", "阿比留 さやか", "sayaka.abiru@yahoo.co.jp", "2025-08-02", "1"],
                            ["S009", "京極 拓也", "takuya.kyogoku@gmail.com", "2025-08-09", "2"],
                            ["S010", "蓮見 あかね", "akane.hasumi@icloud.com", "2025-08-09", "1"],
                            ["S011", "五百旗頭 誠", "iokibe.makoto@yahoo.co.jp", "2025-08-09", "1"],
                            ["S012", "小鳥遊 恵", "megumi.takanashi@outlook.jp", "2025-08-09", "1"],
                        ],
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: unencrypted ZIP holding a UTF-8 CSV of twelve participants' names and e-mail addresses",
    },
    # 058 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-058",
        "charset": "iso-2022-jp",
        "sender": HIWATARI,
        "to": ["小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>"],
        "subject": "バス座席割り（暗号化ZIP）",
        "body": """小野寺さん

お疲れさまです。樋渡です。
11/12東中の座席割り表を念のため暗号化ZIPで送ります。
パスワードはいつもの共有フォルダのメモを見てください。

樋渡
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "座席割り_東中_1112.zip",
                "password": "kengaku-1112",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "座席割り.xlsx",
                        "sheets": {"1号車": [["座席", "氏名"], ["1A", "目黒"], ["1B", "生徒代表"]]},
                    }
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "encrypted ZIP, but sent only to an internal colleague",
    },
    # 059 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-059",
        "charset": "utf-8",
        "sender": SHITARA,
        "to": ["工場見学センター <kengaku@hinode-sanygo.co.jp>"],
        "subject": "見学枠の仮押さえ依頼（1/21 AM ツバサシステム様）",
        "body": """見学センター各位

営業一部の設楽です。
ツバサシステム様の工場見学について、下記で仮押さえをお願いします。

　日時：2026年1月21日（水）9:30～11:30
　人数：8名（うちエンジニア6名）
　希望：サーボユニット組立ラインを重点的に
　昼食：不要

正式な人数は年明けに連絡します。
設楽
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: hinode-sanygo.co.jp (letters swapped) instead of the company's own domain",
    },
    # 060 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-060",
        "charset": "cp932",
        "sender": ONODERA,
        "to": ["宮路 先生 <miyaji@kitahara-es.ed.jp>"],
        "subject": "記念写真データのダウンロードのご案内",
        "body": """北原小学校
宮路先生

先日はご来場いただきありがとうございました。
見学者棟前で撮影した記念写真（クラス別 2枚）のデータをご用意しました。
下記URLからダウンロードいただけます。

　URL：https://share.hinode-sangyo.co.jp/d/kg1017-kitahara
　公開期限：11月14日（金）まで
　※閲覧用のパスワードは、学校代表番号へお電話でお伝えいたします。

当社の広報物への掲載は、保護者の方の同意書をいただいたクラスのみとし、
お顔が判別できないよう加工いたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "download link for class photos; no attachment, no personal data in the mail",
    },
    # 061 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-061",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": ["日野坂市聴覚障害者情報センター 派遣係 <haken@hinosaka-shuwa.or.jp>"],
        "subject": "工場見学時の手話通訳者派遣についてのお問い合わせ",
        "body": """日野坂市聴覚障害者情報センター
派遣係 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 工場見学センターの小野寺と申します。

当社では一般向けの工場見学を実施しておりますが、今後、聴覚に障害のある方の
ご参加にも対応できるよう、手話通訳者の派遣について情報を集めております。

　・企業主催の見学会への派遣は可能でしょうか
　・費用（1時間あたりの謝金・交通費）の目安
　・依頼は何日前までに必要か

現時点で特定のご参加予定者がいらっしゃるわけではなく、体制づくりのための
事前のご相談です。お手すきの際にご教示いただけますと幸いです。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general inquiry about sign-language interpreting; no identifiable person",
    },
    # 062 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-062",
        "charset": "cp932",
        "sender": ONODERA,
        "to": ["明星トラベル 教育旅行課 藤ヶ崎様 <fujigasaki@meisei-travel.co.jp>"],
        "subject": "Re: 11/12 参加人数変更（1名減）の件",
        "body": """明星トラベル 藤ヶ崎様

お世話になっております。日の出産業の小野寺です。
ご連絡ありがとうございます。人数変更、承知いたしました。

学校様から直接伺った内容も含めて、念のため記録として残します。
　・欠席者：2年3組 漆原 結衣 さん
　・理由：11/10にインフルエンザA型と診断され、出席停止期間中のため
　・記念品・入構証：1名分減で準備します

同じクラスで体調不良の生徒さんが増えた場合は、当日朝でも構いませんのでご連絡ください。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named student's diagnosis (influenza) written in new text to the travel agency",
    },
    # 063 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-063",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": ["さくらホテル 団体予約 <dantai@sakura-hotel.jp>"],
        "subject": "FW: 修学旅行行程表（1/15 山形県 天童第二中学校）",
        "body": """さくらホテル 団体予約ご担当者様

お世話になっております。日の出産業の小野寺です。
旅の窓口様から届いた行程を転送いたします。
1/15の昼食（見学後）を貴ホテルのレストランで、とのご希望です。
行程上の到着時刻をご確認ください。

-------- 転送メッセージ --------
件名: 修学旅行行程表（1/15 山形県 天童第二中学校）
日付: 2025年11月20日 10:12
差出人: 竹之内 <takenouchi@tabinomado.jp>
宛先: 小野寺様 <onodera.masumi@hinode-sangyo.co.jp>

小野寺様

行程が固まりましたのでお送りします。
　1/15（木）
　　 7:30 東京都内ホテル 発
　　 9:30 日の出産業 第二工場 着（見学 9:45-11:45）
　　12:10 さくらホテル 着（昼食）
　　13:20 同 発 → 筑波宇宙センター
　生徒 84名、教員 6名、添乗員 2名、バス3台

旅の窓口 団体営業部 竹之内
TEL 03-6205-4471
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a travel agency's itinerary to a hotel: schedule and head counts only",
    },
    # 064 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-064",
        "charset": "iso-2022-jp",
        "sender": HIWATARI,
        "to": ["東中学校 目黒先生 <meguro@higashi-jhs.ed.jp>"],
        "subject": "FW: 【青葉運輸】お見積書送付のご案内",
        "body": """目黒先生

お世話になっております。樋渡です。
バス代の学校負担分について、青葉運輸さんからの見積メールをそのまま添付します。
当社負担は往路分のみとなりますので、復路分（1台あたり 41,800円）の
ご負担をお願いできればと存じます。

ご不明点があればお知らせください。
""" + SIG_HIWATARI,
        "attachments": [
            {
                "kind": "eml",
                "name": "【青葉運輸】お見積書送付のご案内.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "青葉運輸 山根 <yamane.t@aoba-unyu.co.jp>",
                    "to": ["樋渡 紗季 <hiwatari.saki@hinode-sangyo.co.jp>"],
                    "subject": "【青葉運輸】お見積書送付のご案内",
                    "body": """日の出産業 樋渡様

いつもありがとうございます。青葉運輸の山根です。
11/12 東中学校様の貸切バスのお見積りです。

　大型バス（正席45）×2台
　往路（8:20 東中学校 発 → 9:10 日の出産業 着）　1台 41,800円
　復路（12:00 日の出産業 発 → 12:50 東中学校 着）1台 41,800円
　合計 167,200円（税込、高速代・駐車場代込み）

お見積り有効期限：10/31

青葉運輸株式会社 貸切営業所 山根
TEL 029-871-2200（代表）
""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forwards a bus quote as an attached .eml; business content only",
    },
    # 065 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-065",
        "charset": "utf-8",
        "sender": HIWATARI,
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "FW: 1号車 乗車名簿（月見野中）",
        "body": """配車センター ご担当者様

お世話になっております。日の出産業の樋渡です。
月見野中学校様から届いた1号車の乗車名簿を転送します（添付のメール）。
点呼と座席割りにお使いください。
""" + SIG_HIWATARI,
        "attachments": [
            {
                "kind": "eml",
                "name": "1号車乗車名簿.eml",
                "message": {
                    "charset": "utf-8",
                    "sender": "十河 <sogo.m@tsukimino-jhs.ed.jp>",
                    "to": ["樋渡 紗季 <hiwatari.saki@hinode-sangyo.co.jp>"],
                    "subject": "1号車 乗車名簿",
                    "body": """日の出産業 樋渡様

1号車の乗車名簿です。保護者の緊急連絡先も付けております。

座席,氏名,ふりがな,保護者緊急連絡先
1A,相葉 悠斗,あいば ゆうと,090-3381-2274
1B,五十嵐 莉子,いがらし りこ,080-6612-9045
2A,宇佐美 拓海,うさみ たくみ,070-2219-4436
2B,小鳥遊 凛,たかなし りん,090-7745-1180
3A,勅使河原 湊,てしがわら みなと,080-4470-3392
3B,月岡 陽菜,つきおか ひな,090-5526-0718
4A,仁平 大翔,にへい ひろと,080-2258-6671
4B,東海林 芽依,しょうじ めい,070-9931-0457

月見野中学校 十河
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: a forwarded (attached .eml) roster of eight students with guardian phones — a forward counts",
    },
    # 066 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-066",
        "charset": "cp932",
        "sender": AKUTSU,
        "to": ["日野坂市シルバー人材センター 事業課 <jigyo@hinosaka-sjc.or.jp>"],
        "subject": "工場見学ガイド（有償ボランティア）の募集について",
        "body": """公益社団法人 日野坂市シルバー人材センター
事業課 ご担当者様

いつもお世話になっております。日の出産業 工場見学センター長の阿久津です。
来年度から工場見学のガイドを会員の皆さまにお願いしたく、募集のご相談です。

　業務内容：見学者の誘導・説明補助（1回 約2時間）
　勤務日　：平日 週1～2回程度
　人数　　：4～6名
　報酬　　：1回 3,500円（交通費別途）
　その他　：事前研修（2日間）あり。ものづくり経験者歓迎。

募集要項（案）は別途郵送いたします。
一度ご説明に伺えればと思いますので、ご都合の良い日時をお知らせください。
""" + SIG_AKUTSU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "recruitment inquiry to an outside organisation; no personal data",
    },
    # 067 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-067",
        "charset": "iso-2022-jp",
        "sender": KITO,
        "to": ["ロジパートナー 通販受注センター <juchu@logi-partner.co.jp>"],
        "subject": "電話注文の登録依頼（ひので工房 通販）",
        "body": """ロジパートナー 通販受注センター ご担当者様

お世話になっております。日の出産業 ひので工房の鬼頭です。
見学者の方から電話で通販のご注文をいただきましたので、登録をお願いします。

　ご注文者：栗城 康弘 様
　お届け先：〒300-4415 茨城県日野坂市桜台1-8-23
　電話番号：090-4415-3378
　商品　　：KF-2207 工場クッキー缶 ×2、HS-PN-0033 ボールペン ×3
　お支払い：クレジットカード（一括）
　カード番号：""" + f"{_CARD[:4]}-{_CARD[4:8]}-{_CARD[8:12]}-{_CARD[12:]}" + """
　有効期限：08/28

決済処理が済みましたら、出荷予定日をお知らせください。
""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: a customer's full credit card number (with name and address) sent to the fulfilment vendor",
    },
    # 068 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-068",
        "charset": "utf-8",
        "sender": KITO,
        "to": ["南原小学校PTA 会計 <pta@minamihara-es.ed.jp>"],
        "subject": "見学記念品のお見積り（Excel）",
        "body": """南原小学校PTA
会計ご担当者様

いつもお世話になっております。ひので工房の鬼頭です。
お問い合わせの見学記念品について、数量別のお見積りをお送りします。
120個以上で単価が下がりますのでご参考になさってください。
""" + SIG_KITO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "お見積書_南原小PTA_記念品.xlsx",
                "sheets": {
                    "お見積": [
                        ["御見積書", "", "", ""],
                        ["南原小学校PTA 御中", "", "", "見積日 2025/10/20"],
                        ["品番", "品名", "単価（～119個）", "単価（120個～）"],
                        ["HS-CF-2025A", "A4クリアファイル", 160, 150],
                        ["HS-PN-0033", "ひのでロボ ボールペン", 240, 220],
                        ["HS-KH-0007", "ロボットキーホルダー", 380, 340],
                        ["HS-ST-0040", "ステッカーシート", 120, 100],
                    ],
                    "備考": [
                        ["有効期限：見積日より30日"],
                        ["納期：ご注文から2週間"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price quote spreadsheet; no personal data",
    },
    # 069 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-069",
        "charset": "utf-8",
        "sender": ISURUGI,
        "to": ["Jonas Weber <j.weber@kessler-maschinen.de>"],
        "subject": "Visitor centre benchmarking figures",
        "body": """Dear Jonas,

Following our conversation during your visit, I am sending you the figures you asked for
on how we run our visitor centre (staffing, cost per visitor, conversion to sales leads).
I hope they are useful for the visitor programme you are planning in Stuttgart.

Kind regards,
Erika
""" + SIG_ISURUGI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "VisitorCentre_KPI_FY2024.xlsx",
                "page_header": "CONFIDENTIAL - INTERNAL ONLY",
                "sheets": {
                    "KPI": [
                        ["CONFIDENTIAL - Internal Only - Hinode Sangyo Co., Ltd."],
                        ["KPI", "FY2023", "FY2024"],
                        ["Visitors", 9080, 9835],
                        ["Staff (FTE)", 5.5, 5.0],
                        ["Cost per visitor (JPY)", 3120, 2840],
                        ["Sales leads from B2B tours", 41, 57],
                        ["Orders attributed (JPY m)", 182, 236],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the spreadsheet is classified CONFIDENTIAL - INTERNAL ONLY and goes to a foreign customer",
    },
    # 070 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-070",
        "charset": "utf-8",
        "sender": ISURUGI,
        "to": ["Ahmad Fauzi <ahmad.fauzi@nusantara-teknik.co.id>"],
        "subject": "Re: Passport details for the plant visit",
        "body": """Dear Mr. Fauzi,

Thank you for your quick reply. For the plant visit itself we only need the names and the
number of people; there is no need to send us passport details. The hotel will check
your passports at check-in as required by Japanese law.

I have deleted your previous e-mail from our system as a precaution.

""" + SIG_ISURUGI + """
On Tue, 11 Nov 2025 at 09:14, Ahmad Fauzi <ahmad.fauzi@nusantara-teknik.co.id> wrote:
> Dear Ms. Isurugi,
>
> Please find our passport details below for registration.
>
> Ahmad FAUZI       B 7731284   born 12 Apr 1975
> Siti RAHMAWATI    C 2289015   born 30 Sep 1986
> Budi SANTOSO      B 9904127   born 5 Jan 1990
>
> Best regards,
> Ahmad
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply; the passport numbers are only in the quoted text the customer sent",
    },
    # 071 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-071",
        "charset": "cp932",
        "sender": HIWATARI,
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "1/15 天童第二中 バス3台 座席表・配車表",
        "body": """配車センター ご担当者様

お世話になっております。日の出産業の樋渡です。
1/15の天童第二中学校様の件、構内での配車表と座席表を添付いたします。
3台とも西門から入り、見学者棟前の大型バス枠（B1～B3）に停車をお願いします。
""" + SIG_HIWATARI,
        "attachments": [
            {"kind": "corrupt", "name": "配車表_座席表_0115.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the attached XLSX is corrupt",
    },
    # 072 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-072",
        "charset": "iso-2022-jp",
        "sender": KUMETA,
        "to": ["安全モール 法人窓口 <houjin@anzen-mall.co.jp>"],
        "subject": "見学者用保護具の追加注文",
        "body": """安全モール株式会社 法人窓口 御中

いつもお世話になっております。日の出産業 第二工場 環境安全課の久米田です。
見学者用の保護具を以下のとおり追加で注文いたします。

　・見学者用ヘルメット（白・内装調整式） 型番 HM-210W　40個
　・子ども用ヘルメット（黄・Sサイズ）　 型番 HM-110KY　60個
　・防音イヤーマフ（子ども用）　　　　　 型番 EM-K22　 60個
　・保護メガネ（オーバーグラス）　　　　 型番 SG-OG5　 30個

納品先：第二工場 見学者棟（担当：久米田）
お支払い：月末締め翌月末払い（いつもどおり）
""" + SIG_KUMETA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "purchase order for safety gear; model numbers only",
    },
    # 073 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-073",
        "charset": "utf-8",
        "sender": HIWATARI,
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "1/15 天童第二中 引率の先生方の連絡先",
        "body": """配車センター ご担当者様

樋渡です。1/15の件、各号車に乗車される引率の先生方の連絡先です。
乗務員様に共有をお願いします。

　1号車　学年主任　鶴岡 秀一 先生　携帯 090-2271-6634
　2号車　2組担任　 嶋津 沙織 先生　携帯 080-5517-2049
　3号車　3組担任　 志田 匠 先生　　携帯 070-3398-1125

（旅行会社の添乗員は 旅の窓口 竹之内様 です）
""" + SIG_HIWATARI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three teachers' mobiles to the bus company: under the five-record line, may be warned",
    },
    # 074 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-074",
        "charset": "cp932",
        "sender": KITO,
        "to": ["デザイン工房アトリエ葵 <info@atelier-aoi.jp>"],
        "subject": "新しい見学記念グッズのデザインご相談",
        "body": """デザイン工房アトリエ葵
ご担当者様

はじめまして。日の出産業 見学者棟ショップ「ひので工房」の鬼頭と申します。
来春に見学記念グッズをリニューアルしたく、デザインのご相談をさせてください。

現在のラインナップと売上構成を簡単なスライドにまとめましたので、添付いたします。
キャラクター「ひのでロボ」のリデザインも含めて、お見積りをいただけますでしょうか。
""" + SIG_KITO,
        "attachments": [
            {
                "kind": "pptx",
                "name": "見学記念グッズ_現行ラインナップ.pptx",
                "slides": [
                    ["見学記念グッズ 現行ラインナップ", "ひので工房（第二工場 見学者棟）", "2025年10月"],
                    ["売れ筋トップ5", "1. 工場クッキー缶", "2. ひのでロボ ボールペン", "3. ロボットキーホルダー", "4. A4クリアファイル", "5. ボルトチョコ"],
                    ["リニューアルの狙い", "小学生と保護者の双方に響くデザイン", "海外からの見学者向けに英語表記を追加"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "first contact to a design studio with a product line-up deck; no personal data",
    },
    # 075 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-075",
        "charset": "iso-2022-jp",
        "sender": SHITARA,
        "to": ["さくらホテル 宿泊予約 <yoyaku@sakura-hotel.jp>"],
        "subject": "10/28泊 ご予約の変更（お部屋タイプ）",
        "body": """さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の設楽です。
先日お願いした10/28泊の団体予約のうち、1室のみ変更をお願いします。

川崎電機の蔵前様が先月お怪我をされ、当日は車いすでお越しになるとのことです。
シングルからユニバーサルルーム（バリアフリー）への変更は可能でしょうか。
お部屋は入口に近い低層階だと助かります。

ほかの方のご予約は変更ございません。
""" + SIG_SHITARA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "either: a named guest's injury and wheelchair use told to the hotel for a barrier-free room",
    },
    # 076 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-076",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": ["旅の窓口 団体営業部 竹之内様 <takenouchi@tabinomado.jp>"],
        "cc": ["さくらホテル 団体予約 <dantai@sakura-hotel.jp>"],
        "subject": "1/15 天童第二中 昼食会場の到着時刻について",
        "body": """旅の窓口 竹之内様
（cc：さくらホテル 団体予約ご担当者様）

お世話になっております。日の出産業の小野寺です。
1/15の件、さくらホテル様より「12:10着だとレストランの準備が間に合わない」との
ご連絡がありましたので、三者で調整させてください。

当社側は見学終了を11:30に15分早めることが可能です。
その場合、ホテル着は11:55頃になる見込みです。

　案A：見学 9:45-11:30 → ホテル着 11:55（昼食 12:00開始）
　案B：見学 9:45-11:45 → ホテル着 12:10（昼食 12:30開始、ホテル発を13:40に変更）

学校様のご意向を伺ったうえで、竹之内様からお返事いただけますと幸いです。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "three-way scheduling with a travel agency and a hotel: two external organisations",
    },
    # 077 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-077",
        "charset": "iso-2022-jp",
        "sender": KUMETA,
        "to": ["日野坂市教育委員会 学校教育課 <gakko@city.hinosaka.lg.jp>"],
        "subject": "工場見学時の安全管理状況のご報告（令和7年度上期）",
        "body": """日野坂市教育委員会
学校教育課 御中

平素より大変お世話になっております。
日の出産業株式会社 第二工場 環境安全課の久米田でございます。

市内小中学校の社会科見学受入れに関する安全管理状況（令和7年度上期）をご報告いたします。

　受入校数　　　　　　：21校（延べ 2,310名）
　事故（負傷を伴うもの）：1件（階段での転倒、軽傷）
　ヒヤリハット　　　　：7件
　　うち 見学通路での接触 2件、フォークリフト接近 1件、
　　　　 熱中症の疑い（休憩で回復）3件、迷子 1件
　是正措置　　　　　　：階段手すりの増設、夏季の見学時間短縮、
　　　　　　　　　　　　係員の最後尾配置

個別の児童に関する情報は含めておりません。
下期も引き続き安全な受入れに努めてまいります。
""" + SIG_KUMETA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymous safety statistics to the board of education; no identifiable child",
    },
    # 078 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-078",
        "charset": "utf-8",
        "sender": SHITARA,
        "to": ["ツバサシステム 営業企画部 久世様 <kuze@tsubasa-system.jp>"],
        "subject": "【ご案内】見学者棟リニューアルオープンのお知らせ",
        "body": """ツバサシステム株式会社
営業企画部 久世様

いつもお世話になっております。日の出産業の設楽です。
このたび第二工場の見学者棟をリニューアルいたしました。
新設の「ロボット体験ラボ」では、当社サーボユニットを使ったデモをご覧いただけます。

お取引先様向け特別見学日：12月11日（木）・12日（金）
お申込みは本メールへのご返信でも承ります。
""" + SIG_SHITARA,
        "html": """<html><body style="font-family:sans-serif">
<p>ツバサシステム株式会社<br>営業企画部 久世様</p>
<p>いつもお世話になっております。日の出産業の設楽です。</p>
<h2 style="color:#d35400">見学者棟 リニューアルオープン</h2>
<p>新設の<b>「ロボット体験ラボ」</b>では、当社サーボユニットを使ったデモをご覧いただけます。</p>
<table border="1" cellpadding="4">
<tr><th>お取引先様向け特別見学日</th><th>時間</th><th>定員</th></tr>
<tr><td>12月11日（木）</td><td>13:30～15:30</td><td>20名</td></tr>
<tr><td>12月12日（金）</td><td>10:00～12:00</td><td>20名</td></tr>
</table>
<p>お申込みは本メールへのご返信でも承ります。</p>
<p>日の出産業株式会社 営業本部 第一営業部 設楽 直樹<br>TEL 03-5201-8841</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "text+HTML announcement to one partner contact; no personal data",
    },
    # 079 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-079",
        "charset": "cp932",
        "sender": ONODERA,
        "to": ["北国フーズ 仕出し部 <shidashi@kitaguni-foods.jp>"],
        "subject": "1/21 ツバサシステム様 昼食弁当のご注文",
        "body": """北国フーズ 仕出し部 御中

いつもお世話になっております。日の出産業の小野寺です。
下記のとおりお弁当を注文いたします。

　納品日時：2026年1月21日（水）11:45
　納品場所：第二工場 見学者棟 2階 会議室B
　内容　　：松花堂弁当（1,620円）×10、お茶×10

請求は月末締めでお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: kitaguni-foods.jp (co. dropped) instead of the partner kitaguni-foods.co.jp",
    },
    # 080 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-080",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": ["桜台三丁目町内会 会長 <sakuradai3.chounaikai@gmail.com>"],
        "subject": "町内会での工場見学 申込書の様式をお送りします",
        "body": """桜台三丁目町内会
会長様

先日はお電話ありがとうございました。日の出産業 工場見学センターの小野寺です。
町内会での工場見学について、申込書の様式をお送りいたします。

代表者様のお名前とご連絡先、参加人数、ご希望日をご記入のうえ、
FAX（0299-45-7719）またはメールでご返送ください。
参加者お一人おひとりのお名前は不要です。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "docx",
                "name": "工場見学申込書_団体用.docx",
                "paragraphs": [
                    "日の出産業株式会社 工場見学申込書（団体用）",
                    "団体名：＿＿＿＿＿＿＿＿＿＿＿＿",
                    "代表者氏名：＿＿＿＿＿＿＿＿　連絡先電話：＿＿＿＿＿＿＿＿",
                    "参加人数：大人＿＿名　子ども＿＿名",
                    "第1希望日：＿＿月＿＿日　第2希望日：＿＿月＿＿日",
                    "配慮が必要なこと（車いす等）：＿＿＿＿＿＿＿＿＿＿＿＿",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "blank application form to a neighbourhood association on free mail",
    },
    # 081 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-081",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": ["天童第二中学校 教務 志田先生 <shida@tendo2-jhs.ed.jp>"],
        "subject": "見学者名簿のご提出方法について（お願い）",
        "body": """天童第二中学校
志田先生

はじめてご連絡いたします。日の出産業 工場見学センターの小野寺です。
旅の窓口 竹之内様より、1/15のご見学の件を伺っております。

入構証の準備のため、見学者名簿のご提出をお願いしておりますが、
当社では必要最小限の情報のみお預かりする方針としております。

　・ご記入いただく項目：クラス、出席番号、人数のみ（氏名は不要です）
　・保護者の連絡先、生年月日、健康状態などは記入しないでください
　・パスワード付きZIPは社内規程により受信できません。
　　Excelファイルをそのまま添付いただくか、当社のアップロードフォームをご利用ください

ご協力のほど、よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "asks a school for minimal visitor data; mentions health data and ZIPs without carrying any",
    },
    # 082 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-082",
        "charset": "cp932",
        "sender": AKUTSU,
        "to": ["日野坂市社会福祉協議会 ボランティアセンター <vc@hinosaka-shakyo.or.jp>"],
        "subject": "ボランティア活動保険 加入申込（工場見学ガイド 6名）",
        "body": """日野坂市社会福祉協議会
ボランティアセンター 御中

いつもお世話になっております。日の出産業 工場見学センターの阿久津です。
工場見学ガイドとして活動いただくボランティアの方々について、
ボランティア活動保険（Aプラン）の加入をお願いいたします。
申込書の記入項目をそのまま貼り付けます（Excelからのコピーです）。

氏名	フリガナ	生年月日	住所	電話
廿日出 昭三	ハツカデ ショウゾウ	S22.8.8	日野坂市本町4-2-17	090-7731-2046
小此木 勝	オコノギ マサル	S26.11.11	日野坂市中央2-9-3	080-2236-5519
城之内 静香	ジョウノウチ シズカ	S28.4.7	日野坂市桜台4-1-28	0299-47-2280
鵜飼 義男	ウカイ ヨシオ	S16.12.18	日野坂市川尻町833	0299-45-9921
大日向 節子	オオヒナタ セツコ	S25.1.27	日野坂市川尻町1502-6	0299-45-3368
一尺八寸 昇	カマツカ ノボル	S17.7.7	日野坂市中央5-14-1	0299-48-5541

保険料（6名分 2,100円）は本日振り込みました。
""" + SIG_AKUTSU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: tab-separated rows of six volunteers with 和暦 birth dates, home addresses and phones",
    },
    # 083 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-083",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": ["北国フーズ 仕出し部 <shidashi@kitaguni-foods.co.jp>"],
        "subject": "1/15 天童第二中 昼食（アレルギー対応食の数）",
        "body": """北国フーズ 仕出し部 御中

いつもお世話になっております。日の出産業の小野寺です。
1/15 天童第二中学校様は、さくらホテルでの昼食に変更となりましたが、
おやつ（工場クッキー）の個包装だけ貴社にお願いしたく存じます。

学校様からのアレルギー対応のご依頼は以下のとおりです（人数のみ）。
　・小麦除去　2名分
　・卵除去　　1名分
　・通常　　　87名分

除去品は別袋で、袋に「小麦除去」「卵除去」と明記してください。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "allergy needs given as counts only, no names: nothing identifies a person",
    },
    # 084 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-084",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": ["月岡 恵子 <keiko.tsukioka@outlook.jp>"],
        "subject": "Re: 車いすでの見学は可能でしょうか",
        "body": """月岡 様

お問い合わせありがとうございます。日の出産業 工場見学センターの小野寺です。

はい、車いすのままでご見学いただけます。
見学者棟・見学通路はすべて段差がなく、2階の見学通路へはエレベーターをご利用いただけます。
多目的トイレも各階にございます。

ご予約の際に「車いす1名」とお伝えいただければ、エレベーターに近いルートでご案内いたします。
介助の方とご一緒にお越しください。

""" + SIG_ONODERA + """
----- 元のメッセージ -----
差出人: 月岡 恵子 <keiko.tsukioka@outlook.jp>
日時: 2025年9月2日 21:05
件名: 車いすでの見学は可能でしょうか

母（78歳）が脳梗塞の後遺症で左半身に麻痺があり、車いすを使っております。
孫と一緒に工場見学に行きたいと申しておりますが、車いすでも大丈夫でしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one private person; the medical details are only in her own quoted message",
    },
    # 085 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-085",
        "charset": "cp932",
        "sender": KUMETA,
        "to": ["志田先生 <shida@tendo2-jhs.ed.jp>"],
        "subject": "事前安全教育動画と当日の健康観察のお願い",
        "body": """天童第二中学校
志田先生

日の出産業 環境安全課の久米田です。
見学当日の安全説明の一部を事前学習でお願いしたく、動画のURLをテキストファイルで添付します。

また、当日朝の健康観察で体調のすぐれない生徒さんがいらっしゃった場合は、
無理をせず見学者棟でお休みいただけます。お名前や症状をご連絡いただく必要はなく、
到着時に「休憩希望 ○名」と人数だけ受付にお伝えください。
""" + SIG_KUMETA,
        "attachments": [
            {
                "kind": "txt",
                "name": "安全教育動画URL.txt",
                "text": "日の出産業 工場見学 事前安全教育動画\n\n"
                        "1. 見学のルール（6分）  https://video.hinode-sangyo.co.jp/kengaku/rules\n"
                        "2. 非常時の避難（3分）  https://video.hinode-sangyo.co.jp/kengaku/evac\n\n"
                        "視聴期限：2026年1月31日\n",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "safety video links and a general request about health checks; no individual's data",
    },
    # 086 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-086",
        "charset": "iso-2022-jp",
        "sender": SHITARA,
        "to": ["錦印刷 営業部 芦田様 <ashida@nishiki-insatsu.co.jp>"],
        "subject": "来賓用ネームプレートの印刷依頼（4名分）",
        "body": """錦印刷 芦田様

いつもありがとうございます。日の出産業の設楽です。
12/11の特別見学日にお越しになる来賓の方のネームプレートを、
いつものフォーマット（社名＋お名前、ホルダー付き）で作成いただけますでしょうか。

　ツバサシステム株式会社　　久世 智子 様
　ツバサシステム株式会社　　国分 秀明 様
　川崎電機株式会社　　　　　蔵前 英樹 様
　黒部精密工業株式会社　　　仁平 亮介 様

12/9（火）までに見学者棟受付へ納品をお願いいたします。
""" + SIG_SHITARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "four guests' names and companies for name badges; names carry no other personal data",
    },
    # 087 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-087",
        "charset": "utf-8",
        "sender": ISURUGI,
        "to": ["Somchai Rattanakul <somchai.r@siam-precision.co.th>"],
        "subject": "Airport pick-up on 1 December",
        "body": """Dear Mr. Somchai,

Your pick-up at Narita Airport on 1 December is confirmed.

  Flight:     TG 676, arriving 08:05 at Terminal 1
  Meeting:    Arrivals lobby, South Wing, exit B (driver will hold a "Siam Precision" sign)
  Driver:     Mr. Tetsuya Hozumi
  Mobile:     +81-90-6327-1184 (on the day only)
  Vehicle:    black 10-seater van
  To:         Sakura Hotel Hinosaka (approx. 90 minutes)

If your flight is delayed, there is no need to call; the driver checks the arrival board.
""" + SIG_ISURUGI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one driver's name and mobile given to the customer; a single contact, may be warned",
    },
    # 088 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-088",
        "charset": "iso-2022-jp",
        "sender": KENGAKU,
        "to": ["kengaku@hinode-sangyo.co.jp"],
        "bcc": [
            "kyouiku@meisei-travel.co.jp",
            "dantai@tabinomado.jp",
            "houjin@hitachi-tourist.co.jp",
            "groups@global-tours-japan.com",
        ],
        "subject": "年末年始の工場見学休止および受付時間のお知らせ",
        "body": """旅行会社 ご担当者各位

（本メールはBCCにてお送りしております）

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
年末年始の工場見学休止期間および予約受付についてお知らせいたします。

　見学休止期間：2025年12月27日（土）～2026年1月5日（月）
　予約受付休止：2025年12月27日（土）～2026年1月4日（日）
　　※ウェブフォームからのお申込みは受け付けておりますが、
　　　ご回答は1月5日以降となります。

来年も変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。

日の出産業株式会社 工場見学センター
TEL 0299-45-7710
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "notice to several travel agencies kept in Bcc; To is internal",
    },
    # 089 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-089",
        "charset": "utf-8",
        "sender": AKUTSU,
        "to": ["日野坂高校 進路指導部 <shinro@hinosaka-shs.ed.jp>"],
        "subject": "Re: 2年生 職場見学の受入れについて",
        "body": """日野坂高等学校
進路指導部 ご担当者様

お世話になっております。日の出産業の阿久津です。
2年生の職場見学の件、2月18日（水）午後であれば受入れ可能です。

　受入人数：最大15名
　内　　容：工場見学（60分）＋若手社員との座談会（45分）
　服　　装：制服で結構です（運動靴でお越しください）

参加生徒さんの人数と、引率の先生の人数を2/4までにお知らせください。
生徒さんの個人情報（名簿など）は不要です。

> 来年2月に2年生の職場見学を計画しております。
> 製造業に関心のある生徒が10名ほどおり、受入れをご検討いただけないでしょうか。
""" + SIG_AKUTSU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "accepting a high school job-shadow visit; counts only",
    },
    # 090 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-090",
        "charset": "cp932",
        "sender": ONODERA,
        "to": ["日野坂市教育委員会 学校教育課 <gakko@city.hinosaka.lg.jp>"],
        "subject": "社会科副読本への工場見学プログラム掲載原稿",
        "body": """日野坂市教育委員会 学校教育課 御中

お世話になっております。日の出産業 工場見学センターの小野寺です。
社会科副読本「わたしたちの日野坂」への掲載原稿をお送りします。
ウェブページ版（HTML）も添付しますので、市のサイトへの転載にご利用ください。

写真は別途、大容量ファイル送信サービスでお送りいたします。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "html",
                "name": "kengaku_program.html",
                "html": """<html><head><meta charset="utf-8"><title>日の出産業 工場見学プログラム</title></head>
<body><h1>ロボットがつくる、わたしたちのくらし</h1>
<p>日の出産業の第二工場では、家電や自動車に使われる「サーボユニット」をつくっています。</p>
<ul><li>所要時間：約2時間</li><li>対象：小学3年生以上</li><li>費用：無料</li></ul>
<p>お問い合わせ：工場見学センター 0299-45-7710</p></body></html>""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "programme description for a school reader, with an HTML attachment; no personal data",
    },
    # 091 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-091",
        "charset": "iso-2022-jp",
        "sender": HIWATARI,
        "to": ["久米田 健吾 <kumeta.kengo@mail.hinode-sangyo.co.jp>"],
        "subject": "転送: リフト付きバスのご相談（11/22 日野坂シニアクラブ様）",
        "body": """久米田さん

お疲れさまです。樋渡です。
11/22のシニアクラブ様の件、青葉運輸さんに送った内容を転送します。
電動車いすの方の避難経路（見学通路2階）の確認をお願いできますか。

---------- 転送メッセージ ----------
参加者のうち、下記の方が電動車いすでのご参加となります。
　ご参加者：深見 芳枝 様（82歳）
　状況　　：身体障害者手帳1級（下肢機能障害）、電動車いす使用、介助者1名同行
車いすの寸法は幅63cm・全長108cmと伺っております。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "disability information, but forwarded only to an internal colleague (internal subdomain)",
    },
    # 092 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-092",
        "charset": "utf-8",
        "sender": HIWATARI,
        "to": ["光陽学園 事務室 <jimu@koyo-gakuen.ac.jp>"],
        "subject": "工場見学 バス補助の対象距離と金額表",
        "body": """光陽学園 事務室 ご担当者様

お世話になっております。日の出産業 工場見学センターの樋渡です。
当社が実施している見学バス補助について、距離帯ごとの補助額の表をお送りします。
古い形式（.xls）のファイルで恐縮ですが、ご確認ください。

補助の申請は、見学日の1か月前までにお願いいたします。
""" + SIG_HIWATARI,
        "attachments": [
            {
                "kind": "xls",
                "name": "見学バス補助額表.xls",
                "sheets": {
                    "補助額": [
                        ["片道距離", "中型バス", "大型バス"],
                        ["～20km", 15000, 20000],
                        ["20～50km", 25000, 33000],
                        ["50～100km", 35000, 46000],
                        ["100km～", 45000, 60000],
                    ],
                    "条件": [
                        ["対象", "県内の小・中・高等学校、特別支援学校"],
                        ["上限", "1校あたり年度内2回まで"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bus subsidy table in a legacy XLS; no personal data",
    },
    # 093 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-093",
        "charset": "iso-2022-jp",
        "sender": AKUTSU,
        "to": ["ひのさか国際協同組合 事務局 <jimu@hinosaka-kyodo.or.jp>"],
        "subject": "技能実習生の工場見学受入れ実績（国籍別）",
        "body": """ひのさか国際協同組合 事務局 御中

いつもお世話になっております。日の出産業の阿久津です。
ご依頼のあった、組合加盟企業の技能実習生による工場見学の受入れ実績を
国籍別にまとめましたのでお知らせします（令和7年4月～10月）。

　ベトナム　　　　 58名（4回）
　インドネシア　　 31名（2回）
　フィリピン　　　 22名（2回）
　ミャンマー　　　 14名（1回）
　その他　　　　　  6名（1回）
　合計　　　　　　131名（10回）

今後は、やさしい日本語版の説明資料も用意する予定です。
""" + SIG_AKUTSU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate counts by nationality; no identifiable person",
    },
    # 094 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-094",
        "charset": "cp932",
        "sender": ONODERA,
        "to": ["スタジオひかり 学校写真部 <school@studio-hikari.jp>"],
        "subject": "見学記念写真の焼き増し注文（北原小学校 4年）",
        "body": """スタジオひかり 学校写真部 御中

お世話になっております。日の出産業 工場見学センターの小野寺です。
10/17撮影分の記念写真について、学校様から焼き増しの注文数が届きましたので、
クラス別の枚数を添付の表でお送りします（個人名は含めておりません）。

納品は学校へ直接お願いいたします。
""" + SIG_ONODERA,
        "attachments": [
            {
                "kind": "xls",
                "name": "焼き増し注文_北原小4年.xls",
                "sheets": {
                    "注文": [
                        ["クラス", "写真", "サイズ", "枚数"],
                        ["4年1組", "集合写真（見学者棟前）", "2L", 29],
                        ["4年2組", "集合写真（見学者棟前）", "2L", 31],
                        ["4年1組", "ロボット体験の様子", "L", 12],
                        ["4年2組", "ロボット体験の様子", "L", 15],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "photo reprint order by class count; no names",
    },
    # 095 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-095",
        "charset": "utf-8",
        "sender": SHITARA,
        "to": ["さくらホテル 宿泊予約 <yoyaku@sakura-hotel.jp>"],
        "subject": "12/10泊 シングル2室のご予約",
        "body": """さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業の設楽です。
12/11の特別見学日にお越しになるお客様の前泊をお願いいたします。

　宿泊日　：12月10日（水）1泊
　お部屋　：シングル（禁煙）×2室
　ご宿泊者：仁平 亮介 様、鴫原 紀子 様（黒部精密工業）
　到着予定：22時頃（遅着になります）
　当日の連絡先：仁平様 携帯 080-6614-2093

お支払いは弊社への請求でお願いいたします。
""" + SIG_SHITARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "hotel booking for two named guests with one contact mobile; under the line, may be warned",
    },
    # 096 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-096",
        "charset": "iso-2022-jp",
        "sender": AKUTSU,
        "to": ["北原小学校 校長 野々宮先生 <nonomiya@kitahara-es.ed.jp>"],
        "subject": "社会科見学へのご来場御礼",
        "body": """日野坂市立北原小学校
校長 野々宮 先生

拝啓　秋冷の候、ますますご清祥のこととお慶び申し上げます。

先日は4年生の皆さまに当社工場へお越しいただき、誠にありがとうございました。
児童の皆さまが熱心にメモを取りながら見学される姿に、案内を担当した社員一同、
大いに励まされました。

見学中に転倒されたお子さまには大変ご心配をおかけいたしました。
再発防止として、階段部分の手すり増設と係員配置の見直しを行いました。

今後とも地域の皆さまに開かれた工場づくりに努めてまいります。
引き続きよろしくお願い申し上げます。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具
""" + SIG_AKUTSU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you letter; mentions an accident without naming the child or giving details",
    },
    # 097 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-097",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": ["Global Tours Japan - Group Desk <groups@global-tours-japan.com>"],
        "subject": "Re: キャンセル規定について / Cancellation policy",
        "body": """Global Tours Japan
Group Desk ご担当者様

お問い合わせありがとうございます。日の出産業 工場見学センターの小野寺です。
工場見学は無料のため、キャンセル料は頂戴しておりませんが、
下記の期限までにご連絡をお願いしております。

　・30名以上の団体：見学日の7日前まで
　・30名未満の団体：見学日の3日前まで
　・記念品・昼食を手配済みの場合：実費をご負担いただくことがあります

Summary in English:
 - Tours are free of charge; no cancellation fee.
 - Please notify us 7 days before (groups of 30+) or 3 days before (smaller groups).
 - Costs of souvenirs or lunches already ordered may be charged.
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "cancellation policy to a travel agency, bilingual; no personal data",
    },
    # 098 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-098",
        "charset": "cp932",
        "sender": SHITARA,
        "to": ["川崎電機 調達本部 蔵前様 <kuramae.h@kawasaki-denki.co.jp>"],
        "cc": ["ツバサシステム 久世様 <kuze@tsubasa-system.jp>"],
        "subject": "合同見学会（川崎電機様・ツバサシステム様）の進め方",
        "body": """川崎電機株式会社 調達本部 蔵前様
ツバサシステム株式会社 久世様

いつも大変お世話になっております。日の出産業の設楽でございます。

来年2月に予定している両社合同の工場見学会について、進め方のたたき台をお送りします。

　1. 開催候補日：2月12日（木）または2月13日（金）
　2. 内容　　　：サーボユニットライン見学 → 3社での技術交流会
　3. 人数　　　：各社5名程度
　4. 情報の取扱い：交流会で扱う技術資料については、既存の秘密保持契約の範囲内で
　　　　　　　　　　運用させていただく想定です

ご意見をいただけましたら、次回の打合せで詰めさせてください。
""" + SIG_SHITARA + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal mail to two partner organisations; NDA mention and standard disclaimer only",
    },
    # 099 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-099",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": ["第二工場 守衛所 <shuei-2f@hinode-sangyo.co.jp>", "樋渡 紗季 <hiwatari.saki@hinode-sangyo.co.jp>"],
        "subject": "11/12 東中学校 見学者名簿（入構証発行用）",
        "body": """守衛所各位、樋渡さん

11/12の東中学校の見学者名簿です（学校から受領したものをCSVにしました）。
入構証の発行と、バス到着時の人数確認にお使いください。
見学終了後は削除をお願いします。

小野寺
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "東中_見学者名簿_1112.csv",
                "encoding": "cp932",
                "rows": [
                    ["クラス", "番号", "氏名", "保護者緊急連絡先"],
                    ["2-1", "1", "青柳 颯真", "090-1172-3345"],
                    ["2-1", "2", "飯干 陽葵", "080-4428-0019"],
                    ["2-1", "3", "鵜川 大地", "070-3361-7720"],
                    ["2-1", "4", "江頭 心春", "090-8814-6652"],
                    ["2-1", "5", "小椋 蒼", "080-2207-4981"],
                    ["2-1", "6", "笠置 結月", "090-6650-1138"],
                    ["2-2", "1", "木全 悠真", "070-1148-2296"],
                    ["2-2", "2", "久慈 芽生", "080-9931-5504"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "student list with guardian phones, but every recipient is internal",
    },
    # 100 -------------------------------------------------------------------------
    {
        "id": "kojokengaku-100",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": ["m.kirara-0623@docomo.ne.jp"],
        "subject": "Re: 写真掲載について",
        "body": """雲母様

ご連絡ありがとうございます。
ご要望どおり、お子さまが写っている写真は
当社ウェブサイト・パンフレットには掲載いたしません。
すでに掲載準備中だった2枚も差し替えました。

ご安心ください。

日の出産業 工場見学センター
小野寺

>7/26の見学会でスタッフの方が撮った写真、
>子どもの顔が写ってるものは載せないでほしいです。
>よろしくお願いします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "short reply to one parent on a carrier address; no personal data",
    },
]
