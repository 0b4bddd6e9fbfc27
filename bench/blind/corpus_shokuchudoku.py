"""Blind evaluation corpus, area "shokuchudoku": Hinode Sangyo's staff-canteen and catering arm
(フードサービス事業部) handling a food-poisoning outbreak at a client's factory canteen and the
food-hygiene work around it — sick diners, stool tests of kitchen staff, the health centre,
insurers and their agents, suppliers and labs, apology letters, compensation and re-opening —
written blind from bench/blind/BRIEF.md (and the SPEC names) without reading mailguard's code."""

from build import card_number, my_number

SEED = 52601

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "shokuchudoku-001",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["北嶺市保健所 生活衛生課 <seikatsu-eisei@city.kitamine.lg.jp>"],
        "cc": ["森下 誠一 <morishita.seiichi@hinode-sangyo.co.jp>"],
        "subject": "【川崎電機横浜事業所食堂】有症者一覧（10/17 17時時点）の送付",
        "charset": "iso-2022-jp",
        "body": """北嶺市保健所 生活衛生課
食品衛生監視員 波多野様

いつもお世話になっております。
日の出産業フードサービス事業部 衛生管理室の三好でございます。

本日午前の立入調査の際にご依頼いただきました、川崎電機株式会社 横浜事業所
社員食堂における有症者の一覧を添付にてお送りいたします。
17時までに事業所の健康管理室経由で把握できた分（9名）です。
受診先・診断名は本人申告ベースのため、未確認の箇所は空欄としております。

追加の申告があり次第、更新版をお送りいたします。
引き続きよろしくお願い申し上げます。

--
日の出産業(株) 品質保証部 衛生管理室
管理栄養士 三好 玲奈 (Miyoshi Rena)
TEL: 044-211-5893 / 内線 3312
""",
        "attachments": [{
            "kind": "xlsx", "name": "有症者一覧_1017_1700.xlsx",
            "sheets": {
                "有症者一覧": [
                    ["川崎電機(株)横浜事業所 社員食堂 有症者一覧（10月17日17:00現在）"],
                    [],
                    ["No", "氏名", "フリガナ", "性別", "年齢", "所属", "喫食日", "発症日時", "主症状", "受診先", "診断", "連絡先"],
                    [1, "佐伯 俊之", "サエキ トシユキ", "男", 42, "製造二課", "10/14 昼", "10/15 03:00", "嘔吐・下痢・発熱38.4℃", "北嶺中央病院", "急性胃腸炎（入院）", "090-3318-4702"],
                    [2, "宇佐美 千尋", "ウサミ チヒロ", "女", 29, "品質管理課", "10/14 昼", "10/15 06:30", "下痢・腹痛", "うさみクリニック", "感染性胃腸炎", "080-6621-0945"],
                    [3, "百目鬼 洋平", "ドウメキ ヨウヘイ", "男", 51, "設備保全課", "10/14 昼", "10/15 09:00", "嘔吐・悪寒", "", "", "070-2284-5519"],
                    [4, "吉良 美咲", "キラ ミサキ", "女", 35, "総務課", "10/14 昼", "10/15 11:20", "下痢", "未受診", "", "090-7715-3360"],
                    [5, "勅使河原 努", "テシガワラ ツトム", "男", 47, "製造一課", "10/14 昼", "10/15 14:00", "嘔吐・下痢・頭痛", "北嶺中央病院", "ノロウイルス感染症疑い", "080-1190-2273"],
                    [6, "松任谷 航", "マツトウヤ ワタル", "男", 24, "製造二課", "10/14 昼", "10/15 19:45", "腹痛・発熱37.9℃", "港北台内科", "急性胃腸炎", "090-4408-6617"],
                    [7, "奥寺 香織", "オクデラ カオリ", "女", 38, "経理課", "10/14 昼", "10/16 01:10", "嘔吐", "", "", "080-3357-9024"],
                    [8, "鳥越 正和", "トリゴエ マサカズ", "男", 56, "製造一課", "10/14 昼", "10/16 05:00", "下痢・脱水症状", "北嶺中央病院", "急性胃腸炎（点滴）", "090-5562-1148"],
                    [9, "水無瀬 亮介", "ミナセ リョウスケ", "男", 33, "開発部", "10/14 昼", "10/16 08:30", "下痢・腹痛", "未受診", "", "070-6639-2051"],
                ],
                "喫食メニュー": [
                    ["10月14日（火）昼食 提供メニュー"],
                    ["区分", "料理名", "提供食数"],
                    ["A定食", "鶏の南蛮漬け／ポテトサラダ／小松菜のお浸し", 238],
                    ["B定食", "鯖の味噌煮／ひじき煮", 121],
                    ["麺", "きつねうどん", 53],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list+sensitive: 9 sick diners with names, phones, symptoms and diagnoses to the health centre (external .lg.jp)",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "shokuchudoku-002",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 品質保証部 <qa@kitaguni-foods.co.jp>"],
        "subject": "鶏むね肉（冷凍2kg）ロット KF-2410-0873 の出荷記録ご提供のお願い",
        "charset": "cp932",
        "body": """北国フーズ株式会社
品質保証部 御中

いつも大変お世話になっております。
日の出産業 品質保証部の大槻です。

弊社が運営しております川崎電機様 横浜事業所の社員食堂にて、
10月14日昼食の喫食者に胃腸炎症状が複数発生し、現在保健所の調査を受けております。
原因は特定されておりませんが、念のため使用食材の遡り調査を行っております。

つきましては、下記ロットにつき出荷記録・製造記録・自主検査成績の写しを
ご提供いただけますでしょうか。

　品名　　：国産鶏むね肉 皮なし 冷凍 2kg
　商品コード：KF-CB-2000
　ロット　：KF-2410-0873（賞味期限 2025.04.08）
　納品日　：10月11日（土）　納品書No. 58813-22
　納品数量：12ケース

保健所からは今週中の提出を求められておりますので、
恐れ入りますが10月20日（月）までにご回答いただけますと助かります。
お手数をおかけしますが、何卒よろしくお願いいたします。

*****************************************
 日の出産業株式会社
 品質保証部　食品衛生責任者　大槻　健
 TEL 044-211-5890
*****************************************
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary supplier trace-back request: product code, lot, delivery note number only",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "shokuchudoku-003",
        "sender": "森下 誠一 <morishita.seiichi@hinode-sangyo.co.jp>",
        "to": [
            "波多野 監視員 <hatano-k@city.kitamine.lg.jp>",
            "川崎電機 総務課 設楽 <shitara.yuji@kawasaki-denki.co.jp>",
            "北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>",
        ],
        "cc": ["明和衛生検査センター 受付 <uketsuke@meiwa-kensa.co.jp>"],
        "subject": "10/20（月）現地確認の日程について",
        "charset": "iso-2022-jp",
        "body": """関係者各位

日の出産業の森下でございます。
川崎電機様 横浜事業所 社員食堂の件、保健所様による現地確認の日程が
下記のとおり決まりましたのでご連絡いたします。

　日時：10月20日（月）13:30〜15:00
　場所：川崎電機株式会社 横浜事業所 厚生棟1階 厨房
　内容：厨房設備・動線の確認、仕入記録・温度記録の確認、
　　　　保存食の追加採取（明和衛生検査センター様にて搬送）

北国フーズ様には、鶏肉の納品時の状態についてご説明いただけますと幸いです。
ご都合が悪い場合は16日中に森下までお知らせください。

以上、よろしくお願いいたします。

――――――――――――――――――――
日の出産業株式会社 フードサービス事業部
給食運営課 課長　森下 誠一
TEL 044-211-5870（代）
――――――――――――――――――――
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: health centre, client, supplier and lab (4 external organisations) all in To/Cc",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "shokuchudoku-004",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["森下 誠一 <morishita.seiichi@hinode-sangyo.co.jp>",
               "竹ノ内 勇 <takenouchi.isamu@hinode-sangyo.co.jp>"],
        "cc": ["品質保証部 <qa-all@hinode-sangyo.co.jp>"],
        "subject": "Fw: 検便結果（横浜事業所食堂 調理従事者 12名）",
        "charset": "utf-8",
        "body": """森下課長、竹ノ内料理長

明和さんから検便結果が届きましたので共有します（社内限り）。
陽性3名は本日から出勤停止、再検査で2回連続陰性を確認するまで調理業務から外します。
シフトの組み直しをお願いします。

三好

-------- 転送メッセージ --------
件名: 検査結果のご報告（受付No. MK-24-10-3391）

No.  氏名            生年月日      ノロウイルスGI  GII   サルモネラ  腸管出血性大腸菌
---  --------------  ------------  --------------  ----  ----------  ----------------
 1   竹ノ内 勇        1969/03/11   陰性           陰性   陰性         陰性
 2   東海林 ひとみ    1978/07/25   陰性           陽性   陰性         陰性
 3   薬袋 和美        1983/12/02   陰性           陰性   陰性         陰性
 4   四十物 恵子      1961/05/19   陰性           陽性   陰性         陰性
 5   グエン・ティ・ラン 1998/09/30  陰性           陰性   陰性         陰性
 6   纐纈 達也        1990/01/14   陰性           陰性   陰性         陰性
 7   五月女 みどり    1972/10/08   陰性           陽性   陰性         陰性
 8   安居院 真司      1986/04/21   陰性           陰性   陰性         陰性
 9   一色 加奈子      1975/08/17   陰性           陰性   陰性         陰性
10   左右田 純        1993/06/06   陰性           陰性   陰性         陰性
11   宍戸 房子        1958/02/27   陰性           陰性   陰性         陰性
12   鬼頭 雅人        2001/11/03   陰性           陰性   陰性         陰性
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "all recipients internal: stool-test results of 12 kitchen staff may circulate inside the company",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "shokuchudoku-005",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 品質保証部 <qa@kitaguni-food.co.jp>"],
        "subject": "Re: 鶏むね肉ロット KF-2410-0873 の件（追加のお願い）",
        "charset": "cp932",
        "body": """北国フーズ株式会社
品質保証部 御中

日の出産業の大槻です。先ほどはお電話ありがとうございました。

お話しした通り、同ロットの他納品先で苦情の有無が分かりましたら
あわせてご教示ください。また、カンピロバクターの自主検査の頻度
（月次／ロットごと）についても確認させてください。

よろしくお願いいたします。

日の出産業(株) 品質保証部 大槻
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: kitaguni-food.co.jp drops the 's' of partner kitaguni-foods.co.jp",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "shokuchudoku-006",
        "sender": "穂積 由香 <hozumi.yuka@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 給与計算センター <payroll-center@tsubasa-system.jp>"],
        "subject": "【新規入社】パート調理員 1名 給与計算マスタ登録のお願い",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム株式会社
給与計算センター　ご担当者様

いつもお世話になっております。日の出産業 人事部労務課の穂積です。

横浜事業所食堂の欠員補充のため、下記のとおりパート調理員を急遽採用いたしました。
11月支給分から給与計算の対象に追加をお願いいたします。

■入社者情報
　氏名　　　：我妻 早苗（わがつま さなえ）
　生年月日　：昭和５２年８月１９日
　住所　　　：〒223-0062 神奈川県横浜市港北区日吉本町三丁目１４－８ ハイツ日吉２０２
　入社日　　：令和６年１０月２１日
　雇用区分　：パートタイマー（時給 1,250円）
　個人番号　：%s
　扶養　　　：なし
　振込口座は別途、本人記入の届出書をお送りします。

不明点がございましたらご連絡ください。

日の出産業株式会社 人事部 労務課
穂積 由香
TEL 044-211-5820
""" % my_number(SEED + 1),
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: a new cook's My Number, birth date and home address to the outsourced payroll firm",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "shokuchudoku-007",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["大栄保険サービス 坂上様 <sakagami@daiei-hoken.jp>"],
        "subject": "生産物賠償責任保険 事故第一報（証券番号 PL-0471-229853）",
        "charset": "utf-8",
        "body": """大栄保険サービス株式会社
坂上 様

いつもお世話になっております。
日の出産業 総務部の加賀谷でございます。

弊社が受託運営する社員食堂において食中毒の疑い事案が発生しましたので、
生産物賠償責任保険の事故として第一報をお送りいたします。

【証券番号】PL-0471-229853
【事故発生場所】川崎電機株式会社 横浜事業所 社員食堂（受託運営）
【事故発生日】2024年10月14日（火）昼食
【概要】同日昼食の喫食者412名のうち、10月17日時点で41名が下痢・嘔吐等を申告。
　　　　うち入院3名、外来受診17名。保健所が調査中で、原因物質は未確定です。
【当社対応】10月16日より自主的に食堂営業を休止、弁当の外部手配で代替。
【今後の見込み】治療費・休業損害の請求が見込まれます。

被害者の方々の個別情報は、保険会社様の損害調査担当が決まりましたら
所定の方法でご提出いたします。
まずは取り急ぎご報告まで。

━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 総務部 保険・法務グループ
加賀谷 智子
〒210-0858 神奈川県川崎市川崎区旭町二丁目7番3号
TEL 044-211-5805　FAX 044-211-5806
━━━━━━━━━━━━━━━━━━━━━━
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者にご連絡の上、本メールを削除してください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "first notice to the insurance agent with aggregate counts only (no identifiable diner) and a standard disclaimer",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "shokuchudoku-008",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["大栄保険サービス 坂上様 <sakagami@daiei-hoken.jp>"],
        "subject": "Re: 事故第一報 入院者の状況について",
        "charset": "utf-8",
        "body": """坂上様

お世話になっております。加賀谷です。
お問い合わせのあった入院者のうち、最も重症の方の状況をお知らせします。

　氏名：佐伯 俊之 様（川崎電機 製造二課、42歳）
　10月15日未明に嘔吐・下痢・38℃台の発熱、同日朝に救急搬送。
　北嶺中央病院にて「急性胃腸炎（ノロウイルス抗原陽性）」と診断され、脱水のため入院。
　10月18日退院予定とのことですが、持病の腎機能低下があり経過観察中と伺っています。

ご本人には当社から改めてお見舞いに伺う予定です。
損害調査のご担当が決まりましたらお知らせください。

加賀谷

> 入院されている方の容体と、退院見込みが分かれば教えてください。
> 大栄保険サービス 坂上
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: one named diner's diagnosis, hospitalisation and chronic illness sent to the insurance agent",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "shokuchudoku-009",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["波多野 監視員 <hatano-k@city.kitamine.lg.jp>"],
        "subject": "Re: 聞き取り調査の対象者について",
        "charset": "iso-2022-jp",
        "body": """波多野様

お世話になっております。日の出産業の三好です。
ご連絡ありがとうございます。下記4名の方の聞き取りについて承知いたしました。
川崎電機様の健康管理室と調整のうえ、明日午前中に日時をご連絡いたします。

よろしくお願いいたします。
三好

-----Original Message-----
From: 波多野 監視員 <hatano-k@city.kitamine.lg.jp>
Sent: Thursday, October 17, 2024 6:12 PM
To: 三好 玲奈
Subject: 聞き取り調査の対象者について

三好様

有症者のうち、以下の方々に直接聞き取りを行いたいので調整をお願いします。
> 佐伯 俊之 様（入院中、病院で面談可）　090-3318-4702
> 勅使河原 努 様（ノロウイルス感染症疑い）　080-1190-2273
> 鳥越 正和 様（点滴治療）　090-5562-1148
> 宇佐美 千尋 様　080-6621-0945

北嶺市保健所 生活衛生課 波多野
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply: the names, phones and conditions are only in the quoted original from the health centre itself",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "shokuchudoku-010",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["明和衛生検査センター 受付 <uketsuke@meiwa-kensa.co.jp>"],
        "subject": "腸内細菌検査（検便）依頼 - 日の出産業 横浜事業所食堂",
        "charset": "cp932",
        "body": """明和衛生検査センター
受付ご担当者様

いつもお世話になっております。日の出産業 衛生管理室の三好です。

臨時の検便（ノロウイルス追加）を下記のとおり依頼いたします。
対象者名簿をCSVで添付しますので、採便容器のラベル印字をお願いします。

　契約番号：MK-C-0218
　検査項目：赤痢菌・サルモネラ・O157（通常セット）＋ノロウイルス（RT-PCR）
　対象人数：14名
　容器回収：10月18日（金）午前　横浜事業所 厚生棟 通用口

お手数ですがよろしくお願いいたします。

日の出産業株式会社 品質保証部 衛生管理室　三好
""",
        "attachments": [{
            "kind": "csv", "name": "検便対象者_横浜食堂_20241018.csv", "encoding": "cp932",
            "rows": [
                ["受付No", "氏名", "フリガナ", "生年月日", "性別", "職種"],
                ["01", "竹ノ内 勇", "タケノウチ イサム", "1969/03/11", "男", "料理長"],
                ["02", "東海林 ひとみ", "ショウジ ヒトミ", "1978/07/25", "女", "調理員"],
                ["03", "薬袋 和美", "ミナイ カズミ", "1983/12/02", "女", "調理員"],
                ["04", "四十物 恵子", "アイモノ ケイコ", "1961/05/19", "女", "調理補助"],
                ["05", "グエン ティ ラン", "グエン ティ ラン", "1998/09/30", "女", "調理補助"],
                ["06", "纐纈 達也", "コウケツ タツヤ", "1990/01/14", "男", "調理員"],
                ["07", "五月女 みどり", "ソウトメ ミドリ", "1972/10/08", "女", "盛付"],
                ["08", "安居院 真司", "アグイ シンジ", "1986/04/21", "男", "調理員"],
                ["09", "一色 加奈子", "イッシキ カナコ", "1975/08/17", "女", "洗浄"],
                ["10", "左右田 純", "ソウダ ジュン", "1993/06/06", "男", "調理員"],
                ["11", "宍戸 房子", "シシド フサコ", "1958/02/27", "女", "洗浄"],
                ["12", "鬼頭 雅人", "キトウ マサト", "2001/11/03", "男", "調理補助"],
                ["13", "我妻 早苗", "ワガツマ サナエ", "1977/08/19", "女", "調理員"],
                ["14", "三好 玲奈", "ミヨシ レナ", "1988/01/29", "女", "栄養士"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: 14 kitchen staff with kana and dates of birth in a CP932 CSV to the external lab",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "shokuchudoku-011",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 長谷部先生 <hasebe@shirakawa-law.jp>"],
        "subject": "横浜事業所食堂 事故調査報告書（中間）のご送付",
        "charset": "utf-8",
        "body": """白川法律事務所
長谷部 先生

いつもお世話になっております。日の出産業の加賀谷でございます。

先日ご相談した件につき、社内の事故調査委員会がまとめた中間報告書を
お送りいたします。川崎電機様との協議に先立ち、責任範囲と補償方針について
ご意見をいただけますと幸いです。

来週火曜の打合せでご説明いたします。
どうぞよろしくお願いいたします。

加賀谷 智子
日の出産業株式会社 総務部
""",
        "attachments": [{
            "kind": "pdf", "name": "事故調査報告書_中間_v3.pdf",
            "title": "事故調査報告書（中間）",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 事故調査委員会　社外秘",
            "lines": [
                "事故調査報告書（中間報告）",
                "1. 事案の概要",
                "  2024年10月14日昼食の喫食者412名中41名が胃腸炎症状を申告（10/17時点）。",
                "2. 調査の経過",
                "  10/16 保健所立入、保存食・ふき取り検体採取。10/18 調理従事者検便。",
                "3. 判明事項",
                "  調理従事者A（盛付担当）が10/13夜に軽度の下痢症状を自覚しながら出勤していた。",
                "  出勤時の健康チェック表には「異常なし」と記入されていた。",
                "4. 推定原因（暫定）",
                "  盛付工程でのノロウイルスの二次汚染の可能性が高い。鶏肉由来の可能性は低い。",
                "5. 再発防止策（案）",
                "  健康チェックの対面確認化、盛付工程の使い捨て手袋交換基準の見直し。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the PDF report is stamped 社外秘 in header and footer; staff are pseudonymised",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "shokuchudoku-012",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["HACCPパートナーズ 浜口様 <hamaguchi@haccp-partners.jp>"],
        "subject": "秘密保持契約書（ドラフト）ご確認のお願い",
        "charset": "iso-2022-jp",
        "body": """株式会社HACCPパートナーズ
浜口 様

お世話になっております。日の出産業の大槻です。
先日はお打合せのお時間をいただきありがとうございました。

衛生管理体制の外部監査をお願いするにあたり、弊社の事故調査資料や
厨房の手順書をご覧いただくことになりますので、事前に秘密保持契約を
締結させていただきたく、弊社ひな形をお送りします。

第5条（秘密情報の返還）と第8条（有効期間）について修正のご希望があれば
コメントを入れてお戻しください。法務確認後、押印版をお送りします。

よろしくお願いいたします。

日の出産業株式会社 品質保証部 大槻 健
TEL 044-211-5890
""",
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書_HACCPパートナーズ様_draft.docx",
            "title": "秘密保持契約書",
            "paragraphs": [
                "秘密保持契約書",
                "日の出産業株式会社（以下「甲」という。）と株式会社HACCPパートナーズ（以下「乙」という。）は、甲の衛生管理体制の監査業務（以下「本業務」という。）に関し、以下のとおり秘密保持契約を締結する。",
                "第1条（秘密情報）本契約において秘密情報とは、本業務に関して甲が乙に開示する技術上・営業上の情報であって、開示の際に秘密である旨を明示したものをいう。",
                "第2条（秘密保持義務）乙は、秘密情報を善良なる管理者の注意をもって管理し、甲の事前の書面による承諾なく第三者に開示・漏洩してはならない。",
                "第3条（目的外使用の禁止）乙は、秘密情報を本業務の目的以外に使用してはならない。",
                "第5条（秘密情報の返還）本業務終了時または甲の請求があった場合、乙は秘密情報を速やかに返還または廃棄する。",
                "第8条（有効期間）本契約の有効期間は締結日から2年間とする。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the NDA draft attached: mentions 秘密 but is no marking, no personal data",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "shokuchudoku-013",
        "sender": "石動 亮 <isurugi.ryo@hinode-sangyo.co.jp>",
        "to": [
            "tomoko.kanzaki1982@gmail.com",
            "hiro-sekiguchi@yahoo.co.jp",
            "m.nagaoka@icloud.com",
            "aki_tomioka@docomo.ne.jp",
            "kurosawa.family@outlook.jp",
        ],
        "subject": "北嶺ファイターズ保護者会様 BBQ仕出しの件 ご説明会のご案内",
        "charset": "iso-2022-jp",
        "body": """北嶺ファイターズ 保護者会の皆様

このたびは、10月13日（日）の保護者会BBQにて弊社がご用意したお料理に関し、
皆様に多大なご心配とご迷惑をおかけしておりますことを深くお詫び申し上げます。

現在、保健所の指導のもと原因の調査を進めております。
つきましては、経過のご説明と今後のご対応についてお話しさせていただきたく、
下記のとおり説明会を開催いたします。

　日時：10月22日（火）19:00〜20:00
　場所：北嶺市立 第二コミュニティセンター 2階 会議室B

ご出席の可否を、本メールへのご返信にてお知らせいただけますと幸いです。

日の出産業株式会社 フードサービス事業部 ケータリング課
石動 亮
TEL 044-211-5877
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "visible parties: five parents' private addresses in To can all see each other (should have been Bcc)",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "shokuchudoku-014",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["波多野 監視員 <hatano-k@city.kitamine.lg.jp>"],
        "subject": "検便結果（調理従事者）の提出",
        "charset": "iso-2022-jp",
        "body": """北嶺市保健所 生活衛生課
波多野様

お世話になっております。日の出産業の三好です。
ご依頼のありました調理従事者14名の検便結果を、パスワード付きZIPにて提出いたします。
パスワードは別メールにてお送りします。

ご査収のほどよろしくお願いいたします。

日の出産業(株) 衛生管理室 三好
""",
        "attachments": [{
            "kind": "zip", "name": "kenben_kekka_20241021.zip", "password": "Hn5260#kb",
            "files": [{
                "kind": "xlsx", "name": "検便結果_横浜食堂.xlsx",
                "sheets": {"結果": [
                    ["氏名", "生年月日", "ノロGII", "判定"],
                    ["東海林 ひとみ", "1978/07/25", "陽性", "就業制限"],
                    ["四十物 恵子", "1961/05/19", "陽性", "就業制限"],
                    ["五月女 みどり", "1972/10/08", "陽性", "就業制限"],
                    ["薬袋 和美", "1983/12/02", "陰性", "可"],
                    ["纐纈 達也", "1990/01/14", "陰性", "可"],
                ]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) to the health centre; its contents cannot be inspected",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "shokuchudoku-015",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["波多野 監視員 <hatano-k@city.kitamine.lg.jp>"],
        "subject": "パスワードのご連絡（検便結果の提出）",
        "charset": "iso-2022-jp",
        "body": """波多野様

先ほどお送りした「kenben_kekka_20241021.zip」のパスワードをお知らせします。

　Hn5260#kb

よろしくお願いいたします。
日の出産業 三好
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the companion password mail: no attachment, no personal data",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "shokuchudoku-016",
        "sender": "新堂 さやか <shindo.sayaka@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 今泉様 <imaizumi@nishiki-insatsu.co.jp>"],
        "subject": "お詫び状 宛名印字データ（第1便 12件）",
        "charset": "utf-8",
        "body": """錦印刷株式会社 制作部
今泉様

お世話になっております。日の出産業 広報室の新堂です。
昨日入稿したお詫び状について、封筒の宛名印字用データ（第1便）をお送りします。
ご自宅宛に郵送を希望された方の分です。残りは来週月曜にまとめてお送りします。

封筒は長3・窓なし、差出人は「日の出産業株式会社 代表取締役社長 日野原 宏」で
お願いいたします。

新堂
""",
        "attachments": [{
            "kind": "csv", "name": "owabi_atena_01.csv", "encoding": "utf-8",
            "rows": [
                ["郵便番号", "住所1", "住所2", "氏名", "敬称"],
                ["223-0061", "神奈川県横浜市港北区日吉2-9-14", "", "佐伯 俊之", "様"],
                ["211-0063", "神奈川県川崎市中原区小杉町1-403-12", "パークハウス小杉1107", "宇佐美 千尋", "様"],
                ["224-0003", "神奈川県横浜市都筑区中川中央1-28-5", "", "百目鬼 洋平", "様"],
                ["226-0025", "神奈川県横浜市緑区十日市場町815-3", "コーポ十日市場203", "吉良 美咲", "様"],
                ["242-0017", "神奈川県大和市大和東2-7-19", "", "勅使河原 努", "様"],
                ["222-0033", "神奈川県横浜市港北区新横浜3-6-21", "レジデンス新横浜905", "松任谷 航", "様"],
                ["213-0001", "神奈川県川崎市高津区溝口4-11-2", "", "奥寺 香織", "様"],
                ["194-0013", "東京都町田市原町田5-14-30", "", "鳥越 正和", "様"],
                ["225-0002", "神奈川県横浜市青葉区美しが丘2-33-7", "", "水無瀬 亮介", "様"],
                ["252-0303", "神奈川県相模原市南区相模大野6-2-18", "サンライズ大野402", "雲雀 昌子", "様"],
                ["230-0051", "神奈川県横浜市鶴見区鶴見中央4-17-9", "", "真柴 康弘", "様"],
                ["210-0024", "神奈川県川崎市川崎区日進町22-5", "日進ハイム301", "乙部 真由美", "様"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: 12 affected diners' names and home addresses in a UTF-8 CSV to the printer",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "shokuchudoku-017",
        "sender": "新堂 さやか <shindo.sayaka@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 今泉様 <imaizumi@nishiki-insatsu.co.jp>"],
        "subject": "お詫び状の印刷お見積りのお願い",
        "charset": "cp932",
        "body": """錦印刷株式会社
制作部 今泉様

いつもお世話になっております。日の出産業 広報室の新堂でございます。

急ぎのお願いで恐縮ですが、お詫び状の印刷をお願いしたく、
原稿（Word）を添付いたします。下記仕様でお見積りをいただけますでしょうか。

　・用紙：A4 上質紙 90kg、片面モノクロ
　・部数：450部（予備含む）
　・封筒：長3 白 ロゴ入り 450枚（宛名は差込印字、データは後日）
　・納期：10月25日（金）弊社着

宛名データは個人情報を含むため、受け渡し方法は別途ご相談させてください。

日の出産業株式会社 広報室
新堂 さやか　TEL 044-211-5810
""",
        "attachments": [{
            "kind": "docx", "name": "お詫び状_原稿_最終.docx",
            "paragraphs": [
                "令和6年10月吉日",
                "川崎電機株式会社 横浜事業所 社員食堂をご利用の皆様",
                "日の出産業株式会社　代表取締役社長　日野原 宏",
                "社員食堂における食中毒事故についてのお詫び",
                "拝啓　このたびは、弊社が運営する社員食堂において10月14日に提供した昼食が原因と疑われる食中毒事故が発生し、ご利用の皆様ならびにご家族の皆様に多大なるご迷惑とご心配をおかけいたしましたことを、心より深くお詫び申し上げます。",
                "弊社は保健所の調査に全面的に協力するとともに、調理従事者の健康管理と衛生管理手順を全面的に見直し、再発防止に努めてまいります。",
                "治療費等につきましては弊社にて誠意をもって対応させていただきます。下記窓口までご連絡ください。",
                "お客様相談窓口　0120-556-014（平日9:00～18:00）",
                "敬具",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "generic apology letter and print specs to the printer: no names, only the company's hotline",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "shokuchudoku-018",
        "sender": "森下 誠一 <morishita.seiichi@hinode-sangyo.co.jp>",
        "to": ["設楽 裕二 <shitara.yuji@kawasaki-denki.jp>"],
        "subject": "食堂営業再開の目途について",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社 横浜事業所 総務課
設楽様

いつも大変お世話になっております。日の出産業の森下です。

保健所の営業停止期間（10/16〜10/20）明けの再開について、
現時点の見通しをご報告いたします。

　10/21（月）〜10/25（金）：弁当での代替提供を継続（昼のみ）
　10/28（月）〜：定食2種・麺のみの縮小メニューで再開
　11/5（火）〜：通常メニューに戻す

再開前日の10/25に、保健所立会いのもと最終確認を行う予定です。
貴社の掲示用文面は別途ご相談させてください。

日の出産業株式会社 フードサービス事業部 給食運営課
森下 誠一
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: kawasaki-denki.jp drops the 'co.' of partner kawasaki-denki.co.jp",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "shokuchudoku-019",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["川崎電機 健康管理室 保健師 <kenko-kanri@kawasaki-denki.co.jp>"],
        "subject": "ご提出いただいた検体の結果について（品質管理課の方）",
        "charset": "utf-8",
        "body": """川崎電機株式会社 横浜事業所
健康管理室 ご担当者様

お世話になっております。日の出産業 衛生管理室の三好です。

保健所経由で結果の連絡がありましたのでお伝えします。
貴社 品質管理課 宇佐美 千尋 様 からご提出いただいた便検体より、
ノロウイルスGIIが検出されました。症状は落ち着いているとのことですが、
主治医（うさみクリニック）からは、症状消失後も1週間程度はウイルスの排出が
続く可能性があると説明を受けているそうです。

ご本人の職場復帰時期について、貴社の産業医とご相談いただけますでしょうか。

日の出産業株式会社 品質保証部 衛生管理室
三好 玲奈
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named diner's stool-test result (norovirus) to the client, even though a partner",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "shokuchudoku-020",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["波多野 監視員 <hatano-k@city.kitamine.lg.jp>"],
        "subject": "横浜事業所食堂 仕入先一覧（10月7日〜14日納品分）",
        "charset": "iso-2022-jp",
        "body": """北嶺市保健所 生活衛生課
波多野様

お世話になっております。日の出産業の大槻です。
ご依頼の仕入先一覧をお送りします（10/7〜10/14 納品分）。

仕入先名              主な品目            所在地                           代表電話
--------------------  ------------------  -------------------------------  -------------
北国フーズ(株)        鶏肉・冷凍食品      北海道札幌市東区北十条東7-2-1    011-711-4820
丸勝青果(株)          野菜・果物          神奈川県川崎市幸区南幸町1-31     044-544-2210
寿水産(株)            鮮魚（鯖・鮭）      神奈川県横浜市神奈川区山内町1-8  045-441-0937
大和精肉店            豚肉・牛肉          神奈川県大和市中央3-4-12        046-261-5503
(有)北嶺製麺          うどん・中華麺      神奈川県北嶺市本町2-19-3         044-982-6141
日東乳業(株)北嶺営業所 牛乳・乳製品       神奈川県北嶺市栄町5-1-8          044-983-0076
(株)みのり米穀        精米                神奈川県相模原市中央区上溝1-22  042-761-3380

納品伝票の写しは明日の立入時にお渡しいたします。

日の出産業(株) 品質保証部 大槻
TEL 044-211-5890
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "near miss: a padded table of suppliers (businesses, switchboards, office addresses), not people",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "shokuchudoku-021",
        "sender": "帆足 学 <hoashi.manabu@hinode-sangyo.co.jp>",
        "to": ["ペイリレー 加盟店サポート <merchant-support@payrelay.co.jp>"],
        "subject": "売上取消（返金）処理のお願い　加盟店番号 8840-22917",
        "charset": "cp932",
        "body": """ペイリレー株式会社
加盟店サポートデスク 御中

お世話になっております。
加盟店番号 8840-22917 日の出産業株式会社 経理部の帆足と申します。

弊社ケータリングサービスにてご予約いただいていたお客様より、
10月13日の事故を受けてキャンセルのお申し出があり、全額返金することとなりました。
管理画面から該当取引が見つからないため、下記の取消処理をお願いできますでしょうか。

　ご利用者名　：カナモリ ユウコ 様（金森 優子 様）
　カード番号　：%s
　有効期限　　：08/27
　売上日　　　：2024年10月2日
　売上金額　　：86,400円（税込）
　承認番号　　：471209

お手数をおかけしますが、よろしくお願いいたします。

日の出産業株式会社 経理部
帆足 学
TEL 044-211-5840（直通）
""" % card_number(SEED + 2),
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "identifier: a catering customer's full card number (Luhn-valid) with her name to the card processor",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "shokuchudoku-022",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["設楽 裕二 <shitara.yuji@kawasaki-denki.co.jp>"],
        "cc": ["明和衛生検査センター 営業 浅利様 <asari@meiwa-kensa.co.jp>",
               "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>"],
        "subject": "厨房ふき取り検査（再開前）の実施日について",
        "charset": "utf-8",
        "body": """設楽様
（cc: 明和衛生検査センター 浅利様）

お世話になっております。日の出産業の三好です。

営業再開前の厨房ふき取り検査を、下記の日程で実施したいと考えております。
厨房への立ち入りのため、当日の入館手続きをお願いできますでしょうか。

　日時：10月24日（木）14:00～16:00
　採取箇所：まな板・包丁・盛付台・配膳カウンター・ドアノブ等 計30箇所
　検査機関：明和衛生検査センター（作業員2名、社用車1台）
　結果判明：10月25日（金）午前の見込み

浅利様、作業員の方のお名前と車両ナンバーを、前日までに設楽様へ直接
ご連絡いただけますと助かります。

よろしくお願いいたします。
三好
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (client and lab) in To/Cc: a normal three-way scheduling mail",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "shokuchudoku-023",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["東和損害保険 損害サービス課 柘植様 <tsuge.h@towa-sonpo.co.jp>"],
        "subject": "【事故受付No.24-K-08813】入院された方の一覧",
        "charset": "utf-8",
        "html": """<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>東和損害保険株式会社<br>損害サービス課 柘植様</p>
<p>お世話になっております。日の出産業の加賀谷です。<br>
昨日お電話でご依頼いただいた、入院された方の一覧をお送りします。<br>
診断名は各病院からご本人が受け取った説明を記載しています。</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde6f0"><th>No</th><th>氏名</th><th>年齢</th><th>医療機関</th><th>入院期間</th><th>診断名</th><th>備考</th></tr>
<tr><td>1</td><td>佐伯 俊之</td><td>42</td><td>北嶺中央病院</td><td>10/15～10/18</td><td>急性胃腸炎（ノロウイルス）</td><td>慢性腎臓病の既往あり</td></tr>
<tr><td>2</td><td>鳥越 正和</td><td>56</td><td>北嶺中央病院</td><td>10/16～10/19</td><td>感染性胃腸炎・脱水症</td><td></td></tr>
<tr><td>3</td><td>雲雀 昌子</td><td>61</td><td>相模大野総合病院</td><td>10/16～10/21</td><td>ノロウイルス胃腸炎</td><td>糖尿病治療中</td></tr>
<tr><td>4</td><td>乙部 真由美</td><td>27</td><td>川崎みなと病院</td><td>10/17～10/19</td><td>急性胃腸炎</td><td>妊娠12週</td></tr>
<tr><td>5</td><td>真柴 康弘</td><td>49</td><td>鶴見中央クリニック（有床）</td><td>10/17～10/18</td><td>感染性腸炎</td><td></td></tr>
</table>
<p>治療費の領収書は各自から回収中です。まとまり次第郵送いたします。</p>
<p>--<br>日の出産業株式会社 総務部 保険・法務グループ<br>加賀谷 智子　TEL 044-211-5805</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list+sensitive: HTML-only mail with a table of 5 hospitalised diners, diagnoses and medical history, to the insurer",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "shokuchudoku-024",
        "sender": "新堂 さやか <shindo.sayaka@hinode-sangyo.co.jp>",
        "to": ["加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>"],
        "cc": ["legal@hinode-sangyo.co.jp"],
        "subject": "FW: 【お客様相談窓口】入院した夫への対応について（ご意見）",
        "charset": "iso-2022-jp",
        "body": """加賀谷さん

お客様相談窓口に届いたご意見です。補償のお話が含まれているので法務に回します。
ご本人への返信はまだしていません。

新堂

---------- Forwarded message ---------
From: 鳥越 由紀子
Date: 2024年10月19日(土) 21:04
Subject: 入院した夫への対応について

夫（鳥越正和、川崎電機勤務）が食堂の昼食で食中毒になり、3日間入院しました。
もともと高血圧の薬を飲んでおり、脱水で血圧が下がって大変危険な状態でした。
会社からは何の連絡もなく、どういう補償をしていただけるのか説明してください。
連絡先：鳥越 由紀子　090-8873-2046　東京都町田市原町田5-14-30
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "all recipients internal: a diner's complaint with medical details forwarded from PR to legal",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "shokuchudoku-025",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["長谷部 先生 <hasebe@shirakawa-law.jp>"],
        "subject": "【取扱注意】川崎電機様との補償協議 方針案",
        "charset": "iso-2022-jp",
        "body": """━━━━━━━━━━━━━━━━━━
　取扱注意　（関係者限り・転送禁止）
━━━━━━━━━━━━━━━━━━

長谷部先生

お世話になっております。日の出産業の加賀谷です。
来週の川崎電機様との協議に向けた当社の方針案です。ご意見をいただけますでしょうか。

１．被害者個人への補償
　・治療費・交通費：実費（領収書ベース）
　・休業損害：有給取得分を含め日額上限 18,000円
　・慰謝料：入院1日 12,000円、通院1日 6,000円（上限あり）
　・見舞金：一律 10,000円（保険外・当社負担）
２．川崎電機様への補償
　・代替弁当の差額 約1,320,000円は当社負担
　・営業停止期間中の委託料 約2,900,000円は減額に応じる
３．北国フーズ様への求償
　・鶏肉由来の可能性が低いとの中間結論のため、現時点では行わない

以上、よろしくお願いいたします。

加賀谷 智子
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the mail itself is classified 取扱注意 in the subject and a stamp at the top",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "shokuchudoku-026",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["北嶺市保健所 生活衛生課 <seikatsu-eisei@city.kitamine.lg.jp>"],
        "subject": "改善計画書の提出（川崎電機横浜事業所 社員食堂）",
        "charset": "cp932",
        "body": """北嶺市保健所 生活衛生課 御中

お世話になっております。日の出産業 品質保証部の大槻です。
10月18日付でご指導いただいた事項について、改善計画書を提出いたします。
原本は10月23日の来所時に持参いたします。

施設名称：川崎電機株式会社 横浜事業所 社員食堂（集団給食施設）
営業者　：日の出産業株式会社
食品衛生責任者：竹ノ内 勇

ご確認のほどよろしくお願いいたします。

大槻
""",
        "attachments": [{
            "kind": "docx", "name": "改善計画書_横浜事業所食堂.docx",
            "title": "改善計画書",
            "paragraphs": [
                "改善計画書",
                "北嶺市保健所長 様",
                "令和6年10月21日　日の出産業株式会社 代表取締役社長 日野原 宏",
                "1. 調理従事者の健康管理：出勤時の健康チェックを料理長による対面確認とし、下痢・嘔吐・発熱のある者は自己申告の有無にかかわらず調理に従事させない。",
                "2. 手洗い設備：盛付室入口に自動水栓の手洗い器を1台増設する（10/26工事）。",
                "3. 器具の消毒：次亜塩素酸ナトリウム（200ppm）による盛付台・ドアノブの消毒を1日3回に増やし、記録する。",
                "4. 教育：全調理従事者を対象にノロウイルス対策の研修を実施する（10/24、外部講師）。",
            ],
            "tables": [[
                ["項目", "担当", "期限"],
                ["健康チェック表の改訂", "衛生管理室", "10/25"],
                ["手洗い器増設", "施設管理", "10/26"],
                ["研修実施", "品質保証部", "10/24"],
            ]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "improvement plan to the health centre: the hygiene manager's name alone carries no personal data",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "shokuchudoku-027",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["HACCPパートナーズ 浜口様 <hamaguchi@haccp-partners.jp>"],
        "subject": "監査資料：調理従事者 健康チェック記録（10/7～10/14）",
        "charset": "utf-8",
        "body": """浜口様

お世話になっております。日の出産業の大槻です。
NDA締結ありがとうございました。早速ですが監査資料の第一弾として、
事故前1週間分の健康チェック記録（横浜事業所食堂）をお送りします。
記入漏れや「異常なし」の記載の妥当性について見ていただきたいと考えています。

大槻
""",
        "attachments": [{
            "kind": "docx", "name": "健康チェック記録_横浜_1007-1014.docx",
            "page_header": "横浜事業所食堂　調理従事者 健康チェック表",
            "paragraphs": ["記入方法：出勤時に本人が記入し、料理長が確認印を押す。異常ありの場合は内容を記載。"],
            "tables": [[
                ["氏名", "10/10", "10/11", "10/13", "10/14", "特記事項"],
                ["竹ノ内 勇", "異常なし", "異常なし", "異常なし", "異常なし", ""],
                ["東海林 ひとみ", "異常なし", "異常なし", "軟便", "異常なし", "10/13 夜 下痢2回（本人申告は事故後）"],
                ["薬袋 和美", "異常なし", "異常なし", "異常なし", "異常なし", ""],
                ["四十物 恵子", "異常なし", "咽頭痛", "異常なし", "異常なし", "10/11 かかりつけ医受診（風邪）"],
                ["纐纈 達也", "異常なし", "異常なし", "手指に切り傷", "異常なし", "絆創膏＋手袋で対応"],
                ["五月女 みどり", "異常なし", "異常なし", "異常なし", "微熱37.2℃", "家族（子）が胃腸炎で通院中"],
                ["安居院 真司", "異常なし", "異常なし", "異常なし", "異常なし", ""],
                ["宍戸 房子", "異常なし", "異常なし", "異常なし", "異常なし", "高血圧の服薬中（申告済）"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list+sensitive: a DOCX table of 8 named kitchen staff with daily health symptoms to an external consultant",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "shokuchudoku-028",
        "sender": "森下 誠一 <morishita.seiichi@hinode-sangyo.co.jp>",
        "to": ["saeki.toshi0311@gmail.com"],
        "subject": "お見舞いとお詫び（日の出産業 森下）",
        "charset": "iso-2022-jp",
        "body": """佐伯 俊之 様

日の出産業株式会社の森下でございます。
このたびは弊社が運営する食堂の昼食が原因で、ノロウイルスによる急性胃腸炎で
4日間ものご入院をされることとなり、誠に申し訳ございませんでした。
退院されたと伺い安堵しておりますが、腎臓のご持病もおありと伺っております。
どうかご無理なさらず、ご自愛ください。

治療費・通院交通費につきましては、弊社にて全額負担させていただきます。
領収書は同封の返信用封筒にてお送りいただければ幸いです。

ご不明な点がございましたら、私の携帯（080-2261-4478）まで
いつでもご連絡ください。

改めまして、心よりお詫び申し上げます。

日の出産業株式会社 フードサービス事業部
給食運営課 課長　森下 誠一
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "either: a diner's own diagnosis and illness sent only to that diner's private address — his own data, but health data to free mail",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "shokuchudoku-029",
        "sender": "石動 亮 <isurugi.ryo@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hote1.jp>"],
        "subject": "11/9 北嶺商工会議所様 懇親会 仕出し料理のお打合せ",
        "charset": "utf-8",
        "body": """さくらホテル
宴会予約ご担当 様

いつもお世話になっております。日の出産業 ケータリング課の石動です。

11月9日（土）の北嶺商工会議所様 懇親会（120名）について、
先日お話しした通り、温菜は貴ホテル厨房、冷菜と寿司は弊社から搬入という
分担で進めさせてください。

10月の件を受け、弊社では搬入品の温度記録を全便で取っております。
記録表のフォーマットをお持ちしますので、11/1（金）15時から30分ほど
お打合せのお時間をいただけますでしょうか。

石動
日の出産業株式会社 フードサービス事業部 ケータリング課
TEL 044-211-5877
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: sakura-hote1.jp puts a digit 1 for the l of partner sakura-hotel.jp",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "shokuchudoku-030",
        "sender": "石動 亮 <isurugi.ryo@hinode-sangyo.co.jp>",
        "to": ["hanae.kuribayashi@yahoo.co.jp"],
        "subject": "Re: 11月の法事の仕出し予約キャンセルについて",
        "charset": "iso-2022-jp",
        "body": """栗林 様

日の出産業 ケータリング課の石動でございます。
ご連絡ありがとうございます。11月3日のご法事の仕出し（24名様分）のキャンセル、
承知いたしました。ニュースをご覧になりご不安をおかけしたこと、申し訳ございません。

内金としてお振込みいただいた 20,000円 は全額ご返金いたします。
お手数ですが、同封の「返金先口座届」にご記入のうえ、郵送でご返送ください。
（メールでの口座番号のご連絡はご遠慮いただいております）

またのご用命を心よりお待ちしております。

石動 亮
日の出産業株式会社 ケータリング課　TEL 044-211-5877

> 11月3日に予約していた法事の仕出しですが、今回はキャンセルさせてください。
> 内金の扱いを教えてください。栗林
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail customer, cancellation and refund procedure, no personal data in the new text",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "shokuchudoku-031",
        "sender": "Seiichi Morishita <morishita.seiichi@hinode-sangyo.co.jp>",
        "to": ["Rachel Whitford <rwhitford@northfield-inst.com>"],
        "subject": "Update on your assignee in Yokohama - canteen incident",
        "charset": "utf-8",
        "body": """Dear Ms. Whitford,

Thank you for your call this morning. As requested, here is an update on
Mr. Daniel Okafor, your assignee working at the Kawasaki Denki Yokohama site,
who ate at the staff canteen we operate on October 14.

Mr. Okafor developed vomiting and diarrhoea on the night of October 15 and
was admitted to Kitamine Central Hospital on October 16. He was diagnosed
with norovirus gastroenteritis; because of his asthma, the doctors kept him
under observation for two nights. He was discharged on October 18 and is
recovering at home.

We will cover all medical costs directly with the hospital, so he does not
need to file a claim with your travel insurer. Please let me know if your
HR team needs any document from us.

With our sincere apologies,

Seiichi Morishita
Manager, Contract Catering Operations
Hinode Sangyo Co., Ltd.
Tel +81-44-211-5870
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: an identified employee's diagnosis, hospital stay and asthma in English to his employer's HQ abroad",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "shokuchudoku-032",
        "sender": "Ken Otsuki <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["Export QA <qa.export@siamgolden-poultry.co.th>"],
        "subject": "Request for CoA - frozen teriyaki chicken, lot SGP-24-09-1177",
        "charset": "utf-8",
        "body": """Dear Sir or Madam,

We are a contract caterer in Japan and buy your frozen teriyaki chicken
(item SGP-TC-500) through Kitaguni Foods Co., Ltd.

Following a gastroenteritis case at one of our canteens, the local health
centre asked us to document the safety of all products served that week.
Could you kindly send us:

  1. the Certificate of Analysis for lot SGP-24-09-1177 (best before 2025-09-02),
  2. your Salmonella / Campylobacter testing frequency for this line,
  3. the cooking validation (core temperature) for the product.

The product is not suspected at this point; this is a routine request.
We would appreciate a reply by October 25.

Best regards,

Ken Otsuki
Food Hygiene Manager, Quality Assurance Dept.
Hinode Sangyo Co., Ltd.
2-7-3 Asahicho, Kawasaki-ku, Kawasaki, Kanagawa 210-0858, Japan
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English request to a foreign supplier for a certificate of analysis: lot and product codes only",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "shokuchudoku-033",
        "sender": "竹ノ内 勇 <takenouchi.isamu@hinode-sangyo.co.jp>",
        "to": ["川崎電機 健康管理室 <kenko-kanri@kawasaki-denki.co.jp>"],
        "subject": "発症者一覧（最新版）",
        "charset": "cp932",
        "body": """健康管理室 御中

日の出産業 横浜事業所食堂の竹ノ内です。
昨日お問い合わせのあった発症者一覧の最新版を送ります。
食堂のPCから送っていますので、開けなかったらご連絡ください。

竹ノ内
""",
        "attachments": [{"kind": "corrupt", "name": "発症者一覧_1021.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the attached XLSX is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "shokuchudoku-034",
        "sender": "帆足 学 <hoashi.manabu@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務課 <somu-yokohama@kawasaki-denki.co.jp>"],
        "subject": "請求書送付のご案内（厨房消毒作業費 立替分）",
        "charset": "utf-8",
        "body": """川崎電機株式会社 横浜事業所
総務課 御中

いつもお世話になっております。日の出産業 経理部の帆足でございます。

先日ご合意いただきました厨房・食堂ホールの消毒作業費（当社立替分のうち
貴社負担分）につきまして、請求書をお送りいたします。

　請求書番号：HS-2410-00417
　件名　　　：横浜事業所 食堂ホール 消毒作業費（貴社負担分 50%）
　金額　　　：198,000円（税込）
　お支払期限：2024年11月30日

詳細は添付PDFをご確認ください。

日の出産業株式会社 経理部　帆足 学
TEL 044-211-5840
""",
        "attachments": [{
            "kind": "pdf", "name": "請求書_HS-2410-00417.pdf",
            "lines": [
                "請求書",
                "川崎電機株式会社 御中　　　　　　請求日 2024年10月31日",
                "日の出産業株式会社　登録番号 T7010401077712",
                "〒210-0858 神奈川県川崎市川崎区旭町二丁目7番3号　TEL 044-211-5870",
                "品目：食堂ホール 消毒作業費（10/19実施・貴社負担分）　180,000円",
                "消費税（10%）　18,000円",
                "合計　198,000円",
                "お振込先：みどり銀行 川崎支店 普通 1028374 ヒノデサンギヨウ(カ",
            ],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice with the company's T-number and company bank account: business data, no people",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "shokuchudoku-035",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["東和損害保険 損害サービス課 柘植様 <tsuge.h@towa-sonpo.co.jp>"],
        "subject": "【事故受付No.24-K-08813】治療費請求 1件目（雲雀様）",
        "charset": "iso-2022-jp",
        "body": """柘植様

お世話になっております。日の出産業の加賀谷です。
被害者の方の治療費請求の1件目として、下記の内容で書類を準備しました。
病院から健康保険組合への第三者行為の届出に必要とのことで、
保険証の記号番号もあわせてお知らせします。

　被害者氏名　：雲雀 昌子（ひばり まさこ）様
　生年月日　　：昭和３８年２月１１日
　健康保険　　：全国健康保険協会 神奈川支部
　　　　　　　　被保険者証 記号 ７２１０４８６５　番号 ３１
　医療機関　　：相模大野総合病院
　傷病名　　　：ノロウイルス胃腸炎、脱水症（糖尿病の既往により入院加療）
　入院期間　　：10月16日〜10月21日（6日間）
　請求額　　　：治療費 148,620円、差額ベッド代 30,000円

領収書の写しは本日郵送いたしました。
ご確認をお願いいたします。

加賀谷
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "identifier+sensitive: a diner's health-insurance card symbol and number with diagnosis to the insurer",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "shokuchudoku-036",
        "sender": "竹ノ内 勇 <takenouchi.isamu@hinode-sangyo.co.jp>",
        "to": [
            "清環サービス 営業部 <sales@seikan-service.co.jp>",
            "東邦クリーンテック お見積り窓口 <mitsumori@toho-cleantech.jp>",
            "株式会社サニタリー湘南 <info@sanitary-shonan.com>",
        ],
        "subject": "厨房・食堂ホールの消毒作業 お見積り依頼（至急）",
        "charset": "cp932",
        "body": """ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社の竹ノ内と申します。
弊社が運営する社員食堂（神奈川県北嶺市）の厨房および食堂ホールについて、
ノロウイルス対策の消毒作業をお願いできる業者様を探しております。

　対象：厨房 約180㎡、食堂ホール 約420㎡、トイレ 2箇所
　希望日：10月19日（土）または20日（日）
　内容：次亜塩素酸ナトリウムによる全面消毒、作業報告書の発行

お見積りを10月18日（金）15時までにいただけますと幸いです。
どうぞよろしくお願いいたします。

日の出産業株式会社 横浜事業所食堂 料理長　竹ノ内 勇
TEL 044-211-5870（代）
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three competing disinfection contractors in To can see each other",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "shokuchudoku-037",
        "sender": "竹ノ内 勇 <takenouchi.isamu@hinode-sangyo.co.jp>",
        "to": ["設楽 裕二 <shitara.yuji@kawasaki-denki.co.jp>"],
        "subject": "消毒業者の比較（ご参考）",
        "charset": "cp932",
        "body": """設楽様

お世話になっております。竹ノ内です。
消毒業者3社のお見積りがそろいましたので、比較表をお送りします。
当社としては清環サービスさんにお願いしたいと考えています。

業者名                  所在地          電話            金額(税込)  作業日   報告書
----------------------  --------------  --------------  ----------  -------  ------
清環サービス(株)        横浜市神奈川区  045-312-7740      396,000  10/19土  有
東邦クリーンテック(株)  川崎市幸区      044-520-3318      451,000  10/20日  有
(株)サニタリー湘南      藤沢市          0466-27-1185      368,500  10/21月  無

※サニタリー湘南さんは日程が再開準備に間に合わないため対象外としました。

竹ノ内
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "near miss: a comparison table of three businesses with their switchboards, no people",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "shokuchudoku-038",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["明和衛生検査センター 受付 <uketsuke@meiwa-kensa.co.jp>"],
        "subject": "再検査（ノロウイルス）の追加依頼",
        "charset": "utf-8",
        "body": """明和衛生検査センター 受付 御中

お世話になっております。日の出産業の三好です。
前回陽性だった方と、その同居家族に症状があった方の再検査をお願いします。
Excelから貼り付けたので見づらかったらすみません。

受付No\t氏名\tフリガナ\t生年月日\t性別\t提出予定日
R01\t東海林 ひとみ\tショウジ ヒトミ\tS53.7.25\t女\t10/25
R02\t四十物 恵子\tアイモノ ケイコ\tS36.5.19\t女\t10/25
R03\t五月女 みどり\tソウトメ ミドリ\tS47.10.8\t女\t10/25
R04\t宍戸 房子\tシシド フサコ\tS33.2.27\t女\t10/28
R05\t安居院 真司\tアグイ シンジ\tS61.4.21\t男\t10/28
R06\t鬼頭 雅人\tキトウ マサト\tH13.11.3\t男\t10/28

結果は2回分とも衛生管理室宛にお願いします。

三好 玲奈
日の出産業株式会社 品質保証部 衛生管理室
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list+sensitive: 6 staff with wareki birth dates pasted tab-separated, marked as previously positive, to the lab",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "shokuchudoku-039",
        "sender": "森下 誠一 <morishita.seiichi@hinode-sangyo.co.jp>",
        "to": ["設楽 裕二 <shitara.yuji@kawasaki-denki.co.jp>"],
        "subject": "10/29 従業員向け説明会 当社出席者のご連絡",
        "charset": "iso-2022-jp",
        "body": """設楽様

お世話になっております。日の出産業の森下です。
10月29日（火）12:30からの従業員向け説明会に、当社からは下記4名が出席いたします。
当日の入館証の手配をお願いできますでしょうか。

・日野原 宏（代表取締役社長）　携帯 090-1147-8823　hinohara.hiroshi@hinode-sangyo.co.jp
・森下 誠一（給食運営課長）　　携帯 080-2261-4478　morishita.seiichi@hinode-sangyo.co.jp
・大槻 健（品質保証部）　　　　携帯 080-4417-2093　otsuki.ken@hinode-sangyo.co.jp
・竹ノ内 勇（料理長）　　　　　携帯 070-3385-6190　takenouchi.isamu@hinode-sangyo.co.jp

車両は1台（品川 300 さ 41-07）で伺います。
よろしくお願いいたします。

森下
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four attendees' names, mobiles and e-mails to the client: under five records, may be warned",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "shokuchudoku-040",
        "sender": "竹ノ内 勇 <takenouchi.isamu@hinode-sangyo.co.jp>",
        "to": ["ノースレンタリース 川崎店 <kawasaki@north-rentalease.co.jp>"],
        "subject": "冷蔵車レンタル（10/21～10/25）運転者登録のお願い",
        "charset": "iso-2022-jp",
        "body": """ノースレンタリース 川崎店 御中

お世話になっております。日の出産業の竹ノ内です。
食堂休止中の代替弁当配送のため、2tショート冷蔵車を1台お借りしたく、
運転者の登録をお願いします（予約番号 NR-775201）。

運転者：纐纈 達也（コウケツ タツヤ）
生年月日：平成２年１月１４日
運転免許証番号：第 ４５２１０３３８７６１０ 号
免許の種類：準中型（５ｔ限定なし）
有効期限：令和８年２月１４日まで

免許証の写しは受け取りの際にご提示します。

竹ノ内
日の出産業株式会社 横浜事業所食堂　TEL 044-211-5870
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "identifier: an employee's 12-digit driver's licence number (full-width) and birth date to a rental company",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "shokuchudoku-041",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["明和衛生検査センター 検体受付 <kentai@meiwa-kensa.co.jp>"],
        "subject": "保存食検体の発送連絡（クール便 3個口）",
        "charset": "iso-2022-jp",
        "body": """明和衛生検査センター 検体受付 御中

お世話になっております。日の出産業 衛生管理室の三好です。
保健所のご指示により、10月14日提供分の保存食（-20℃保管品）を
下記のとおり発送しましたのでご連絡いたします。

　発送日　　：10月17日（木）
　運送会社　：ヤマト運輸 クール宅急便（冷凍）
　伝票番号　：4417-2290-8836 / 4417-2290-8840 / 4417-2290-8851
　到着予定　：10月18日（金）午前中
　内容　　　：保存食 14検体（検体一覧を箱ごとに同梱）
　依頼書番号：MK-R-24-1017-02

到着しましたら受領のご連絡をいただけますと助かります。

三好
日の出産業(株) 品質保証部 衛生管理室　TEL 044-211-5893
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipping notice with tracking numbers and a request number: ordinary business data",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "shokuchudoku-042",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["波多野 監視員 <hatano-k@city.kitamine.lg.jp>"],
        "subject": "再検査結果のご報告（東海林）",
        "charset": "utf-8",
        "body": """波多野様

お世話になっております。日の出産業の三好です。
再検査の結果についてご報告します。

陽性だった3名のうち、四十物・五月女の2名は再検査で陰性となりました。
東海林 ひとみ（調理員、46歳）は10/25提出分で引き続きノロウイルスGIIが陽性でした。
本人は10/13夜から下痢が2日続いたものの、現在は無症状です。
かかりつけ医（日吉ファミリークリニック）からは整腸剤のみ処方されています。

同人は11/1に再々検査を行い、陰性確認まで調理業務からは外し、事務作業に従事させます。

三好 玲奈
日の出産業株式会社 品質保証部 衛生管理室
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named cook's positive norovirus result and symptoms to the health centre (external)",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "shokuchudoku-043",
        "sender": "竹ノ内 勇 <takenouchi.isamu@hinode-sangyo.co.jp>",
        "to": ["三好 玲奈 <miyoshi.rena@hinode-sanqyo.co.jp>"],
        "subject": "就業制限者と復帰予定（10/28時点）",
        "charset": "cp932",
        "body": """三好さん

お疲れさまです。竹ノ内です。
就業制限中のメンバーと復帰予定をまとめました。保健所への報告に使ってください。

・東海林 ひとみ　ノロGII陽性（再検査も陽性）　11/1再々検査　事務作業に配置替え
・四十物 恵子　　ノロGII陽性→10/25陰性　　　10/28復帰
・五月女 みどり　ノロGII陽性→10/25陰性　　　10/28復帰（子供が胃腸炎で通院中のため盛付は外す）
・宍戸 房子　　　10/24に嘔吐1回　　　　　　　検査結果待ち、自宅待機
・鬼頭 雅人　　　同居の父がノロで入院　　　　10/28検体提出、結果まで洗浄のみ

よろしくお願いします。
竹ノ内
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike+list+sensitive: meant for a colleague, sent to hinode-sanqyo.co.jp (q for g), carrying 5 staff health records",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "shokuchudoku-044",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["HACCPパートナーズ 浜口様 <hamaguchi@haccp-partners.jp>"],
        "subject": "10/24 ノロウイルス対策研修の進行について",
        "charset": "iso-2022-jp",
        "body": """浜口様

お世話になっております。日の出産業の大槻です。
10月24日の研修について、進行案をお送りします。

　14:00-14:10　開会・事故の概要説明（当社 大槻）
　14:10-15:00　ノロウイルスの特性と感染経路（浜口様）
　15:00-15:10　休憩
　15:10-15:50　手洗い・吐物処理の実習（浜口様、蛍光ローション使用）
　15:50-16:00　質疑・健康チェック表の運用説明（当社 三好）

参加予定は調理従事者14名＋他事業所の料理長6名の計20名です。
会場：日の出ビル 5階 第2会議室（プロジェクター・ホワイトボードあり）

講師料は先日のお見積りどおり、請求書を研修後にお送りください。
（進行表をテキストでも添付します）

大槻
""",
        "attachments": [{"kind": "txt", "name": "研修進行表_1024.txt", "encoding": "cp932",
                         "text": "ノロウイルス対策研修 進行表 2024/10/24\n14:00 開会\n14:10 講義（特性と感染経路）\n15:10 実習（手洗い・吐物処理）\n15:50 質疑\n16:00 閉会\n"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "training agenda to the consultant: counts and internal role names only",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "shokuchudoku-045",
        "sender": "竹ノ内 勇 <takenouchi.isamu@hinode-sangyo.co.jp>",
        "to": ["日進スタッフ 川崎営業所 <kawasaki@nisshin-staff.co.jp>"],
        "subject": "代替要員の件　当食堂スタッフ連絡網（引継ぎ用）",
        "charset": "cp932",
        "body": """日進スタッフ株式会社 川崎営業所
ご担当 様

お世話になっております。日の出産業 横浜事業所食堂の竹ノ内です。
来週から派遣いただく代替要員の方との引継ぎのため、
当食堂スタッフの連絡網をお送りします。派遣スタッフの方にもお渡しください。

竹ノ内
""",
        "attachments": [{
            "kind": "xls", "name": "連絡網_横浜食堂_2024秋.xls",
            "sheets": {"連絡網": [
                ["横浜事業所食堂　緊急連絡網（2024年10月改訂）"],
                ["順", "氏名", "携帯電話", "自宅住所", "備考"],
                [1, "竹ノ内 勇", "070-3385-6190", "神奈川県横浜市港北区綱島西4-2-17", "料理長"],
                [2, "薬袋 和美", "090-6637-2281", "神奈川県川崎市中原区井田三舞町8-11", ""],
                [3, "纐纈 達也", "080-9012-4475", "神奈川県横浜市鶴見区駒岡2-30-6 コーポ駒岡101", ""],
                [4, "安居院 真司", "090-2249-8130", "神奈川県川崎市高津区千年412-3", ""],
                [5, "一色 加奈子", "080-5528-0937", "神奈川県横浜市港北区大倉山5-19-22", "午前のみ"],
                [6, "左右田 純", "070-4416-7723", "神奈川県川崎市宮前区宮崎2-8-40", ""],
                [7, "四十物 恵子", "090-3370-5186", "神奈川県横浜市都筑区牛久保西1-7-9", ""],
                [8, "五月女 みどり", "080-7761-2043", "神奈川県横浜市港北区菊名6-3-15", ""],
                [9, "宍戸 房子", "045-542-8806", "神奈川県横浜市港北区樽町3-12-4", "携帯なし"],
                [10, "グエン ティ ラン", "080-4490-1362", "神奈川県川崎市幸区小倉1-5-18 ハイツ小倉203", "日本語可"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: legacy XLS staff phone tree with 10 mobiles and home addresses to a staffing agency",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "shokuchudoku-046",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["設楽 裕二 <shitara.yuji@kawasaki-denki.co.jp>"],
        "subject": "再開後2週間の献立表（縮小メニュー）",
        "charset": "utf-8",
        "body": """設楽様

お世話になっております。日の出産業の三好です。
10/28からの縮小メニューの献立表をお送りします。
当面、生野菜・和え物など加熱工程のない料理は提供を見合わせます。
社内掲示にお使いいただければ幸いです。

三好
""",
        "attachments": [{
            "kind": "pdf", "name": "献立表_1028-1108.pdf",
            "title": "横浜事業所食堂 献立表",
            "lines": ["横浜事業所食堂　献立表（10/28～11/8）　※加熱調理品のみ提供", ""],
            "table": [
                ["日付", "A定食", "B定食", "麺", "価格"],
                ["10/28(月)", "豚の生姜焼き", "鮭の塩焼き", "かけそば", "A/B 480円 麺 380円"],
                ["10/29(火)", "チキンカツ", "さばの味噌煮", "味噌ラーメン", "同上"],
                ["10/30(水)", "麻婆豆腐", "白身魚フライ", "きつねうどん", "同上"],
                ["10/31(木)", "ハンバーグ", "肉じゃが", "カレーうどん", "同上"],
                ["11/1(金)", "カレーライス", "ぶり大根", "天ぷらそば", "同上"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a menu and price list PDF to the client: no personal data",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "shokuchudoku-047",
        "sender": "帆足 学 <hoashi.manabu@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>"],
        "subject": "事故関連費用の試算（ご参考）",
        "charset": "utf-8",
        "body": """北国フーズ株式会社 営業部 御中

お世話になっております。日の出産業 経理部の帆足です。
先日のお打合せでお話のあった、事故関連費用の試算表をお送りします。
取引条件の見直し協議の参考資料としてご覧ください。

帆足
""",
        "attachments": [{
            "kind": "xlsx", "name": "事故関連費用試算_v2.xlsx",
            "title": "事故関連費用試算",
            "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Only",
            "sheets": {
                "集計": [
                    ["横浜事業所食堂 事故関連費用 試算（10/31時点）", "", ""],
                    ["費目", "金額（円）", "備考"],
                    ["代替弁当 差額", 1320000, "10/16-10/25"],
                    ["消毒作業費", 396000, "清環サービス"],
                    ["検査費用", 287500, "検便・ふき取り・保存食"],
                    ["被害者補償（見込）", 6840000, "保険填補前"],
                    ["委託料減額", 2900000, "川崎電機様と協議中"],
                    ["合計", 11743500, ""],
                ],
                "保険填補見込": [
                    ["費目", "填補率", "見込額"],
                    ["被害者補償", "100%", 6840000],
                    ["検査費用", "0%", 0],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: XLSX page footer classifies the cost sheet CONFIDENTIAL / Internal Only, sent to a supplier",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "shokuchudoku-048",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 品質保証部 <qa@kitaguni-foods.co.jp>"],
        "subject": "Re: 調査結果の共有について",
        "charset": "iso-2022-jp",
        "body": """北国フーズ 品質保証部 御中

日の出産業の大槻です。
ご照会の件、社内の事故調査報告書そのものは社外秘の扱いとしているため
お渡しできませんが、貴社に関係する部分の結論は以下のとおりです。

　・保存食（鶏の南蛮漬け）からカンピロバクター・サルモネラは検出されず
　・鶏肉の加熱工程（中心温度 85℃ 1分以上）の記録に不備なし
　・原因は盛付工程での二次汚染と推定（保健所見解も同様）

以上から、貴社製品が原因である可能性は低いと考えております。
ご心配をおかけしました。

大槻
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "near miss: mentions that a report is 社外秘 but the mail itself carries no marking",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "shokuchudoku-049",
        "sender": "穂積 由香 <hozumi.yuka@hinode-sangyo.co.jp>",
        "to": ["日進スタッフ 川崎営業所 <kawasaki@nisshin-staff.co.jp>"],
        "subject": "派遣スタッフ切替の件（グエン様の在留資格確認）",
        "charset": "utf-8",
        "body": """日進スタッフ株式会社
川崎営業所 ご担当 様

お世話になっております。日の出産業 人事部の穂積です。
横浜事業所食堂のグエン様を、来月から貴社経由の派遣に切り替える件で、
在留カードの内容を下記のとおりお知らせします。就労可否のご確認をお願いします。

　氏名（ローマ字）：NGUYEN THI LAN
　国籍・地域：ベトナム
　生年月日：1998年09月30日
　在留カード番号：UH48207731KA
　在留資格：特定技能1号（外食業）
　在留期間（満了日）：2025年08月14日

資格外活動等の制限がないか、あわせてご確認ください。

穂積 由香
日の出産業株式会社 人事部 労務課　TEL 044-211-5820
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: a foreign cook's residence-card number and status to a staffing agency",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "shokuchudoku-050",
        "sender": "千早 俊 <chihaya.shun@hinode-sangyo.co.jp>",
        "to": ["三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>"],
        "cc": ["info-sys@mail.hinode-sangyo.co.jp"],
        "subject": "健康チェックアプリ 試験データ（暗号化済み）",
        "charset": "utf-8",
        "body": """三好さん

情報システム部の千早です。
健康チェック表の電子化（タブレット入力）の試験データを、暗号化ZIPでお送りします。
パスワードはTeamsのチャットで送りました。
社内のみでの確認にしてください。

千早
""",
        "attachments": [{
            "kind": "zip", "name": "health_check_pilot.zip", "password": "teams-sent",
            "files": [{"kind": "csv", "name": "pilot.csv", "encoding": "utf-8",
                       "rows": [["氏名", "体温", "下痢"], ["試験 太郎", "36.5", "無"]]}],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal only (incl. a mail. subdomain): an encrypted ZIP between colleagues is not held",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "shokuchudoku-051",
        "sender": "森下 誠一 <morishita.seiichi@hinode-sangyo.co.jp>",
        "to": ["設楽 裕二 <shitara.yuji@kawasaki-denki.co.jp>",
               "さくらホテル 料飲部 <fb-office@sakura-hotel.jp>"],
        "cc": ["青葉運輸 配送管理課 <haiso@aoba-unyu.co.jp>"],
        "subject": "再発防止策のご説明会（11/12）のご案内",
        "charset": "iso-2022-jp",
        "body": """お取引先各位

平素より大変お世話になっております。日の出産業の森下でございます。

先般の横浜事業所食堂の事故を受け、当社が取りまとめた再発防止策について
お取引先の皆様にご説明する場を設けました。ご多用中恐縮ですがご出席賜れますと幸いです。

　日時：11月12日（火）15:00〜16:30
　会場：日の出ビル 5階 大会議室
　内容：事故の経緯と原因、健康管理の見直し、配送時の温度管理（青葉運輸様と共同）

ご出欠は11月5日までにご返信ください。

日の出産業株式会社 フードサービス事業部
給食運営課 課長　森下 誠一
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three partner organisations (client, hotel, carrier) in To/Cc",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "shokuchudoku-052",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["川崎電機 健康管理室 <kenko-kanri@kawasaki-denki.co.jp>"],
        "subject": "調理従事者の検便結果（集計）",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社 健康管理室 御中

お世話になっております。日の出産業の三好です。
貴社社員の方々へのご説明用に、調理従事者の検便結果を集計でお知らせします。

　検査対象　　：調理従事者 14名
　初回（10/18）：陽性 3名、陰性 11名（ノロウイルスGII）
　再検査（10/25）：陽性 1名、陰性 2名
　就業制限　　：陽性者は陰性確認まで調理・盛付に従事させない

個人が特定される情報は掲示等に使わないようお願いいたします。

三好
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate stool-test statistics with no names: nothing identifiable",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "shokuchudoku-053",
        "sender": "竹ノ内 勇 <takenouchi.isamu@hinode-sangyo.co.jp>",
        "to": ["日進スタッフ 川崎営業所 <kawasaki@nisshin-staff.co.jp>"],
        "subject": "転送：出勤停止者の一覧（代替要員の人数根拠）",
        "charset": "cp932",
        "body": """日進スタッフ 川崎営業所 御中

竹ノ内です。
代替要員を何名お願いするかの根拠として、社内で回っていたメールを添付で転送します。
この人数分をお願いしたいです。

竹ノ内
""",
        "attachments": [{
            "kind": "eml", "name": "出勤停止者一覧.eml",
            "message": {
                "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
                "to": ["竹ノ内 勇 <takenouchi.isamu@hinode-sangyo.co.jp>"],
                "subject": "出勤停止者一覧（10/19～）",
                "charset": "iso-2022-jp",
                "body": """竹ノ内さん

検便と健康状態から、以下の方は出勤停止とします。

1) 東海林 ひとみ　ノロウイルスGII陽性
2) 四十物 恵子　　ノロウイルスGII陽性
3) 五月女 みどり　ノロウイルスGII陽性
4) 宍戸 房子　　　嘔吐あり（10/18）、医療機関受診
5) 鬼頭 雅人　　　同居家族がノロウイルスで入院中
6) 一色 加奈子　　下痢症状（10/19）、検査結果待ち

三好
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list+sensitive: a forwarded internal mail (attached .eml) naming 6 staff with test results and symptoms, to a staffing agency",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "shokuchudoku-054",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["東和損害保険 損害サービス課 柘植様 <tsuge.h@towa-sonpo.co.jp>"],
        "subject": "RE: 【事故受付No.24-K-08813】被害者ご本人への連絡について",
        "charset": "utf-8",
        "body": """柘植様

お世話になっております。加賀谷です。
ご提案の進め方で問題ございません。ご本人へのご連絡は、当社からの
お詫び状が届く10月28日以降にお願いできますでしょうか。

引き続きよろしくお願いいたします。

加賀谷

-----Original Message-----
From: 柘植 英明 <tsuge.h@towa-sonpo.co.jp>
Sent: Friday, October 25, 2024 4:47 PM
To: 加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>
Subject: 【事故受付No.24-K-08813】被害者ご本人への連絡について

加賀谷様

入院された方のうち、下記の方には当社の調査員から直接連絡したいと考えています。
　乙部 真由美 様（27歳、妊娠12週、急性胃腸炎で入院）
　　携帯 080-2274-6631／神奈川県川崎市川崎区日進町22-5 日進ハイム301
　真柴 康弘 様（49歳、感染性腸炎）携帯 090-6618-0473
ご了承いただけますでしょうか。

東和損害保険株式会社 損害サービス第二課 柘植
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply: the diners' health and contact data appear only in the insurer's own quoted original",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "shokuchudoku-055",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["東和損害保険 損害サービス課 柘植様 <tsuge.h@towa-sonpo.co.jp>"],
        "subject": "診断書の写し（勅使河原様）",
        "charset": "iso-2022-jp",
        "body": """柘植様

お世話になっております。日の出産業の加賀谷です。
勅使河原様から診断書の写しをいただきましたので、PDFにてお送りします。
休業損害の算定にお使いください。

加賀谷
""",
        "attachments": [{
            "kind": "pdf", "name": "診断書_勅使河原様.pdf",
            "title": "診断書",
            "lines": [
                "診　断　書",
                "氏名　勅使河原 努　　男　　昭和52年6月3日生（47歳）",
                "住所　神奈川県大和市大和東2-7-19",
                "病名　ノロウイルス感染性胃腸炎、脱水症",
                "付記　令和6年10月15日発症。同日当院受診、補液加療を行った。",
                "　　　10月15日から10月22日まで自宅療養および就労制限を要した。",
                "　　　なお、既往の潰瘍性大腸炎の増悪に留意し経過観察中。",
                "上記のとおり診断します。　令和6年10月23日",
                "北嶺中央病院　内科　医師　芳賀 一哉",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a diner's medical certificate (diagnosis, prior illness, birth date, address) as a PDF to the insurer",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "shokuchudoku-056",
        "sender": "竹ノ内 勇 <takenouchi.isamu@hinode-sangyo.co.jp>",
        "to": ["設楽 裕二 <shitara.yuji@kawasaki-denki.co.jp>"],
        "subject": "食堂入口の掲示物（写真）",
        "charset": "cp932",
        "body": """設楽様

竹ノ内です。
食堂入口とレジ横に掲示した「手洗い・消毒のお願い」の写真を送ります。
文面の修正があればおっしゃってください。

竹ノ内
""",
        "attachments": [{"kind": "png", "name": "掲示物_入口.png"},
                        {"kind": "png", "name": "掲示物_レジ横.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "photos of canteen notices to the client: nothing personal",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "shokuchudoku-057",
        "sender": "穂積 由香 <hozumi.yuka@hinode-sangyo.co.jp>",
        "to": ["小鳥遊社会保険労務士事務所 <office@takanashi-sr.jp>"],
        "subject": "労災（休業補償）申請の作成依頼　調理員 1名",
        "charset": "iso-2022-jp",
        "body": """小鳥遊社会保険労務士事務所
小鳥遊 先生

いつもお世話になっております。日の出産業 人事部の穂積です。

食堂の調理員が、業務中に嘔吐物の処理を行った後にノロウイルスに感染し
休業しましたので、業務災害として休業補償給付の申請をお願いしたく存じます。

　被災者　　　：五月女 みどり（ソウトメ ミドリ）
　生年月日　　：昭和４７年１０月８日
　基礎年金番号：４１２７−６３０８５２
　傷病名　　　：ノロウイルス感染性胃腸炎
　発症日　　　：令和６年１０月１７日
　休業期間　　：１０月１８日〜１０月２７日（１０日間）
　平均賃金算定：直近３か月の賃金台帳を別送します

よろしくお願いいたします。

穂積 由香
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "identifier+sensitive: a cook's basic pension number and her infection to the labour consultant",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "shokuchudoku-058",
        "sender": "新堂 さやか <shindo.sayaka@hinode-sangyo.co.jp>",
        "to": ["新堂 さやか <shindo.sayaka@hinode-sangyo.co.jp>"],
        "bcc": [
            "somu@kawasaki-denki.co.jp", "fb-office@sakura-hotel.jp", "soumu@minatomirai-seiko.co.jp",
            "welfare@tokai-precision.co.jp", "kosei@hokurei-kasei.co.jp", "soumu@sagami-optics.jp",
            "jinji@yokohama-gear.co.jp", "fukuri@kanagawa-plastic.co.jp", "soumu@shonan-wire.co.jp",
            "admin@keihin-logi.jp", "kosei@tamagawa-denshi.co.jp", "soumu@ooyama-kogyo.co.jp",
            "soumu@nishiyokohama-hp.or.jp", "jimu@kitamine-gakuen.ac.jp", "kosei@tsurumi-steel.co.jp",
        ],
        "subject": "【日の出産業】衛生管理体制強化のお知らせ",
        "charset": "iso-2022-jp",
        "body": """お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。

既にご案内のとおり、10月に弊社が運営する社員食堂の一つにおいて
食中毒事故が発生いたしました。皆様には多大なるご心配をおかけし、
深くお詫び申し上げます。

弊社では本件を受け、全事業所の食堂で以下の取組みを開始いたしました。
　1. 調理従事者の出勤時健康チェックの対面確認化
　2. 検便の頻度を月1回から月2回へ（11～3月）
　3. 外部専門機関による衛生監査の年2回実施

今後とも変わらぬご愛顧を賜りますよう、お願い申し上げます。

日の出産業株式会社 フードサービス事業部
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "notice to 15 client companies correctly in Bcc: nobody sees anyone, no personal data",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "shokuchudoku-059",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["長谷部 先生 <hasebe@shirakawa-law.co.jp>"],
        "subject": "示談書ひな形の件",
        "charset": "utf-8",
        "body": """長谷部先生

お世話になっております。日の出産業の加賀谷です。
先日ご相談した示談書のひな形について、被害者の方ごとに金額欄を差し替えて
使う想定です。清算条項の文言を、保険会社の様式に合わせてご修正いただけますか。

来週水曜までにいただけますと助かります。

加賀谷 智子
日の出産業株式会社 総務部 保険・法務グループ
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: shirakawa-law.co.jp adds 'co.' to partner shirakawa-law.jp",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "shokuchudoku-060",
        "sender": "石動 亮 <isurugi.ryo@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "11/9 懇親会 お料理の個別対応について",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会予約ご担当 様

お世話になっております。日の出産業の石動です。
11/9の北嶺商工会議所様 懇親会について、主催者から個別対応の依頼がありました。
弊社搬入の冷菜・寿司で対応しますが、配膳時にお声がけをお願いします。

　・来賓 丸岡 善治 様（北嶺市議会）：卵・乳を使わない料理に差し替え
　・会員 苫米地 栄子 様：えび・かにを除去

お席は主催者から後日、座席表で連絡がある予定です。

石動
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "either: two named guests' food restrictions to the hotel — allergy is arguably health data, or just a meal preference",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "shokuchudoku-061",
        "sender": "新堂 さやか <shindo.sayaka@hinode-sangyo.co.jp>",
        "to": ["東和損害保険 損害サービス課 柘植様 <tsuge.h@towa-sonpo.co.jp>"],
        "subject": "お客様相談窓口 受付記録（10/18～10/20 受付分）",
        "charset": "utf-8",
        "body": """東和損害保険 柘植様

お世話になっております。日の出産業 広報室の新堂です。
相談窓口で受け付けた、補償のご相談がある方の記録を転記します。

■受付No.0018　10/18 10:42
　氏名：奥寺 香織 様（川崎電機 経理課）
　連絡先：080-3357-9024
　内容：10/16未明に嘔吐。受診はしていないが2日間欠勤。休業分の補償を希望。

■受付No.0021　10/18 14:05
　氏名：水無瀬 亮介 様（川崎電機 開発部）
　連絡先：070-6639-2051
　内容：下痢・腹痛が3日続き、10/19に港北台内科を受診、感染性胃腸炎の診断。

■受付No.0026　10/19 09:30
　氏名：吉良 美咲 様（川崎電機 総務課）
　連絡先：090-7715-3360
　内容：本人は軽症だが、同居の母（78歳）に二次感染し入院。母の治療費について相談。

■受付No.0029　10/19 16:51
　氏名：百目鬼 洋平 様（川崎電機 設備保全課）
　連絡先：070-2284-5519
　内容：嘔吐・悪寒。持病の心臓病の薬が飲めず不安だった。通院交通費を請求したい。

■受付No.0033　10/20 11:12
　氏名：松任谷 航 様（川崎電機 製造二課）
　連絡先：090-4408-6617
　内容：発熱37.9℃、急性胃腸炎の診断。医療費 4,820円の領収書あり。

以上5件です。原本の受付票は来週まとめてお送りします。

新堂 さやか
日の出産業株式会社 広報室（お客様相談窓口）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list+sensitive: five call-log blocks with names, phones, symptoms and diagnoses to the insurer",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "shokuchudoku-062",
        "sender": "竹ノ内 勇 <takenouchi.isamu@hinode-sangyo.co.jp>",
        "to": ["波多野 監視員 <hatano-k@city.kitamine.lg.jp>"],
        "subject": "冷蔵庫・冷凍庫の温度記録（10月1日～14日）",
        "charset": "cp932",
        "body": """北嶺市保健所 波多野様

日の出産業 横浜事業所食堂の竹ノ内です。
ご指示のあった温度記録を、Excelに打ち直してお送りします。
原本（手書き）は食堂に保管しております。

竹ノ内
""",
        "attachments": [{
            "kind": "xlsx", "name": "温度記録_202410前半.xlsx",
            "sheets": {
                "冷蔵庫": [
                    ["横浜事業所食堂 冷蔵庫温度記録（基準 10℃以下）"],
                    ["日付", "No.1 朝", "No.1 夕", "No.2 朝", "No.2 夕", "確認者"],
                    ["10/1", 4.1, 5.0, 3.8, 4.6, "竹ノ内"],
                    ["10/2", 3.9, 5.2, 3.6, 4.4, "纐纈"],
                    ["10/3", 4.3, 4.9, 3.9, 4.8, "竹ノ内"],
                    ["10/7", 4.0, 5.5, 3.7, 4.9, "安居院"],
                    ["10/11", 4.4, 6.1, 4.0, 5.3, "纐纈"],
                    ["10/14", 4.2, 5.1, 3.8, 4.7, "竹ノ内"],
                ],
                "冷凍庫": [
                    ["日付", "朝", "夕", "確認者"],
                    ["10/1", -21.5, -20.8, "竹ノ内"],
                    ["10/14", -21.9, -20.4, "竹ノ内"],
                ],
                "加熱中心温度": [
                    ["日付", "品目", "中心温度", "時間", "確認者"],
                    ["10/14", "鶏の南蛮漬け（揚げ）", "86.4℃", "1分30秒", "左右田"],
                    ["10/14", "鯖の味噌煮", "88.0℃", "2分", "左右田"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "temperature logs with checkers' surnames only: no personal data about anyone",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "shokuchudoku-063",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["長谷部 先生 <hasebe@shirakawa-law.jp>"],
        "subject": "示談合意書（押印済み PDF）の送付",
        "charset": "iso-2022-jp",
        "body": """長谷部先生

お世話になっております。日の出産業の加賀谷です。
佐伯様との示談合意書について、双方押印済みのスキャンPDFをお送りします。
PDFは閲覧パスワードを設定しております。パスワードはお電話でお伝えします。

加賀谷
""",
        "attachments": [{
            "kind": "pdf", "name": "示談合意書_20241108.pdf", "password": "sj-1108",
            "lines": ["示談合意書", "甲：佐伯 俊之", "乙：日の出産業株式会社", "示談金 金 385,000 円"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: a password-protected PDF to the law firm cannot be inspected",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "shokuchudoku-064",
        "sender": "Seiichi Morishita <morishita.seiichi@hinode-sangyo.co.jp>",
        "to": ["Rachel Whitford <rwhitford@northfield-inst.com>"],
        "subject": "Re: Update on your assignee in Yokohama - canteen incident",
        "charset": "utf-8",
        "body": """Dear Ms. Whitford,

Thank you for your kind reply. We have settled the hospital invoice directly
(our reference HS-CL-0091), so nothing remains for your side to handle.
I will send the letter of apology from our President by post next week.

Kind regards,
Seiichi Morishita

On Tue, Oct 22, 2024 at 9:15 AM Rachel Whitford <rwhitford@northfield-inst.com> wrote:
> Dear Mr. Morishita,
> Thank you. Daniel told us he was diagnosed with norovirus gastroenteritis and
> that his asthma made the stay longer. He is back at work since Monday.
> His home address in Japan for the letter: 2-14-5 Hiyoshi, Kohoku-ku,
> Yokohama, Kanagawa 223-0061. Mobile +81 90-7782-3104.
> Best, Rachel
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply in English: the diagnosis, address and mobile are only in the quoted 'wrote:' text from the recipient",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "shokuchudoku-065",
        "sender": "森下 誠一 <morishita.seiichi@hinode-sangyo.co.jp>",
        "to": ["設楽 裕二 <shitara.yuji@kawasaki-denki.co.jp>"],
        "subject": "10/29説明会 資料（事前確認用）",
        "charset": "iso-2022-jp",
        "body": """設楽様

お世話になっております。日の出産業の森下です。
10/29の説明会で使用するスライドをお送りします。
事前にご確認いただき、修正点があればお知らせください。

森下
""",
        "attachments": [{
            "kind": "pptx", "name": "説明会資料_1029_v2.pptx",
            "title": "社員食堂 食中毒事故のご説明",
            "slides": [
                ["社員食堂における食中毒事故について", "2024年10月29日", "日の出産業株式会社"],
                ["事故の概要", "10/14昼食 喫食者412名中 有症者41名", "原因物質：ノロウイルスGII（保健所判断）"],
                ["入院された方の状況",
                 "佐伯 俊之 様（製造二課）ノロウイルス胃腸炎 10/15-18 入院",
                 "鳥越 正和 様（製造一課）感染性胃腸炎・脱水症 10/16-19 入院",
                 "雲雀 昌子 様（品質管理課）ノロウイルス胃腸炎 10/16-21 入院",
                 "乙部 真由美 様（総務課）急性胃腸炎 10/17-19 入院",
                 "真柴 康弘 様（設備保全課）感染性腸炎 10/17-18 入院"],
                ["再発防止策", "健康チェックの対面確認", "盛付工程の手袋交換基準", "外部衛生監査"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list+sensitive: a PPTX slide naming 5 hospitalised diners with diagnoses, sent to the client",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "shokuchudoku-066",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["東和損害保険 損害サービス課 柘植様 <tsuge.h@towa-sonpo.co.jp>"],
        "subject": "【事故受付No.24-K-08813】保険金請求（第1回）",
        "charset": "cp932",
        "body": """東和損害保険株式会社
損害サービス第二課　柘植様

いつもお世話になっております。
日の出産業株式会社 総務部の加賀谷でございます。

標記事故につきまして、第1回の保険金請求をいたします。

　証券番号　　：PL-0471-229853
　事故受付番号：24-K-08813
　請求対象者数：38名（うち入院5名、通院19名、受診なし14名）
　請求額合計　：4,962,380円
　　内訳　治療費 1,104,220円 ／ 休業損害 2,318,160円 ／ 慰謝料 1,540,000円
　振込先　　　：みどり銀行 川崎支店 普通 1028374 ヒノデサンギヨウ（カ

個別明細は、先日ご指示いただいた専用アップロード画面に登録済みです。
ご確認のほど、よろしくお願い申し上げます。

――――――――――――――――――――――――――
日の出産業株式会社 総務部 保険・法務グループ　加賀谷 智子
〒210-0858 神奈川県川崎市川崎区旭町二丁目7番3号
TEL 044-211-5805
――――――――――――――――――――――――――
This e-mail and any attachments may contain confidential information. If you are
not the intended recipient, please notify the sender and delete this e-mail.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "insurance claim with totals, policy and claim numbers, company account and an English disclaimer",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "shokuchudoku-067",
        "sender": "帆足 学 <hoashi.manabu@hinode-sangyo.co.jp>",
        "to": ["税理士法人 港南会計 <info@konan-kaikei.jp>"],
        "subject": "講師謝金の支払調書作成データ（衛生研修 3名分）",
        "charset": "utf-8",
        "body": """税理士法人 港南会計
ご担当 様

いつもお世話になっております。日の出産業 経理部の帆足です。
再発防止研修でお招きした外部講師3名への謝金について、
報酬の支払調書作成用のデータをお送りします。

帆足
""",
        "attachments": [{
            "kind": "xlsx", "name": "講師謝金_支払調書データ_2024.xlsx",
            "sheets": {"講師謝金": [
                ["報酬、料金、契約金及び賞金の支払調書 作成用（令和6年分）"],
                [],
                ["氏名", "住所", "個人番号", "支払金額", "源泉徴収税額", "細目"],
                ["浜口 透", "神奈川県横浜市西区岡野1-15-2", my_number(SEED + 3), 110000, 11231, "衛生研修講師"],
                ["芳賀 一哉", "東京都大田区南雪谷3-8-21", my_number(SEED + 4), 55000, 5615, "講演謝金"],
                ["小此木 澄江", "神奈川県藤沢市鵠沼海岸4-2-9", my_number(SEED + 5), 33000, 3369, "実習指導"],
            ]},
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: three lecturers' My Numbers and addresses in an XLSX to the tax accountants",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "shokuchudoku-068",
        "sender": "森下 誠一 <morishita.seiichi@hinode-sangyo.co.jp>",
        "to": ["tsukumo_chef@yahoo.co.jp"],
        "subject": "ご相談（盛付工程の衛生管理について）",
        "charset": "iso-2022-jp",
        "body": """九十九さん

ご無沙汰しております。森下です。お元気でいらっしゃいますか。
ご存じかもしれませんが、横浜の食堂でノロの事故を出してしまいました。

再発防止策として、盛付工程を専任2名の固定にするか、
全員交代制のまま手袋交換の基準を厳しくするか、社内で意見が割れています。
長年病院給食の現場を見てこられた九十九さんのご意見をぜひ伺いたく、
近いうちに一度お食事でもいかがでしょうか。

11月の平日夜でご都合のよい日を教えていただければ幸いです。

森下 誠一
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (a retired chef) asked for advice: no personal data",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "shokuchudoku-069",
        "sender": "石動 亮 <isurugi.ryo@hinode-sangyo.co.jp>",
        "to": ["北嶺市立第二コミュニティセンター <center2@city.kitamine.lg.jp>",
               "青葉運輸 配送管理課 <haiso@aoba-unyu.co.jp>"],
        "cc": ["北嶺ファイターズ保護者会 会長 <kurosawa.family@outlook.jp>"],
        "subject": "10/22 説明会の会場・送迎について",
        "charset": "utf-8",
        "body": """各位

日の出産業の石動です。
10/22（火）19:00からの保護者会向け説明会について、関係各所に共有します。

・会場（第二コミュニティセンター様）：会議室Bを18:30から使用、机はスクール形式30席
・送迎（青葉運輸様）：北嶺駅南口 18:40発のマイクロバス1台（往復）
・保護者会（黒沢会長）：出席者数が確定しましたら前日までに石動へご連絡ください

よろしくお願いいたします。
石動 亮　TEL 044-211-5877
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "visible parties: two organisations plus a private person in To/Cc make three external parties",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "shokuchudoku-070",
        "sender": "穂積 由香 <hozumi.yuka@hinode-sangyo.co.jp>",
        "to": ["ジョブポート 掲載受付 <keisai@jobport-ad.jp>"],
        "subject": "求人広告原稿（調理員パート 横浜事業所食堂）",
        "charset": "iso-2022-jp",
        "body": """ジョブポート 掲載受付 ご担当者様

お世話になっております。日の出産業 人事部の穂積です。
11月第1週号に掲載をお願いしたく、原稿をお送りします。

【職種】社員食堂の調理員（パート）
【勤務地】神奈川県北嶺市 川崎電機(株)横浜事業所内 社員食堂
【時給】1,250円～（経験者優遇）、交通費規定支給
【勤務時間】7:00～15:00の間で5時間程度、週3日～
【応募】電話連絡の上、履歴書（写真貼付）を持参
【連絡先】日の出産業株式会社 人事部 採用係 044-211-5822（平日9-17時）
※入社時および毎月、腸内細菌検査（検便）を受けていただきます。

掲載料の請求書は経理部宛にお願いいたします。

穂積
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a job advertisement with the company's recruiting line: nothing personal",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "shokuchudoku-071",
        "sender": "新堂 さやか <shindo.sayaka@hinode-sangyo.co.jp>",
        "to": ["アークPRコンサルティング 真鍋様 <manabe@arc-pr.co.jp>"],
        "subject": "想定問答（記者対応用）のご確認",
        "charset": "utf-8",
        "body": """真鍋様

お世話になっております。日の出産業 広報室の新堂です。
明日の北嶺新報の取材に向けた想定問答を作成しました。
言い回しや、答えすぎている箇所がないかご確認をお願いします。

新堂
""",
        "attachments": [{
            "kind": "docx", "name": "想定問答_記者対応_v4.docx",
            "page_header": "部外秘　広報室",
            "title": "想定問答",
            "paragraphs": [
                "社員食堂 食中毒事故　想定問答（記者対応用）",
                "Q1. 原因は何か。",
                "A1. 保健所の調査により、ノロウイルスが原因物質と判断されております。感染経路は調査中です。",
                "Q2. 調理従事者に感染者はいたのか。",
                "A2. 検査の結果は保健所に報告しております。個人に関わることですので回答は差し控えます。",
                "Q3. 他の食堂は大丈夫なのか。",
                "A3. 全事業所で緊急点検を行い、異常がないことを確認しております。",
                "Q4. 補償はどうするのか。",
                "A4. 治療費等については誠意をもって対応させていただいております。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the DOCX page header classifies the press Q&A 部外秘, sent to an outside PR agency",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "shokuchudoku-072",
        "sender": "新堂 さやか <shindo.sayaka@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務課 <somu-yokohama@kawasaki-denki.co.jp>"],
        "subject": "社内掲示用「食堂休止のお知らせ」文案",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社 横浜事業所 総務課 御中

お世話になっております。日の出産業 広報室の新堂です。
貴社イントラネット・食堂入口掲示用の文案をお送りします。

――――――――――――――――――――
　　社員食堂　営業休止のお知らせ

社員食堂は、保健所の指導により
10月16日（水）から10月20日（日）まで営業を休止いたします。
休止期間中の昼食は、各職場へお弁当をお届けします（無料）。
体調に異変のある方は、健康管理室（内線 2150）へご相談ください。

　　　　　　　　　　　　日の出産業株式会社
――――――――――――――――――――

差し支えなければ本日中に掲示をお願いいたします。
イントラネット用にHTML版も添付しております。

新堂
""",
        "attachments": [{"kind": "html", "name": "shokudo_kyushi_oshirase.html",
                         "html": "<html><head><meta charset=\"utf-8\"><title>社員食堂 営業休止のお知らせ</title></head><body><h2>社員食堂　営業休止のお知らせ</h2><p>社員食堂は、保健所の指導により10月16日（水）から10月20日（日）まで営業を休止いたします。</p><p>休止期間中の昼食は、各職場へお弁当をお届けします（無料）。</p><p>体調に異変のある方は、健康管理室（内線 2150）へご相談ください。</p><p style=\"text-align:right\">日の出産業株式会社</p></body></html>"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a public closure notice for the client's intranet: no personal data",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "shokuchudoku-073",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["波多野 監視員 <hatano-k@city.kitamine.lg.jp>"],
        "subject": "喫食者名簿（10/14昼食）と献立表",
        "charset": "utf-8",
        "body": """波多野様

お世話になっております。日の出産業の三好です。
10月14日昼食の喫食者名簿（社員証のレジ記録から抽出）と献立表を
ZIPにまとめてお送りします。喫食者への調査票送付にお使いください。

三好
""",
        "attachments": [{
            "kind": "zip", "name": "1014_kisshoku.zip",
            "files": [
                {"kind": "csv", "name": "喫食者名簿_1014昼.csv", "encoding": "utf-8",
                 "rows": [
                     ["社員番号", "氏名", "所属", "メールアドレス", "レジ時刻", "メニュー"],
                     ["K20871", "佐伯 俊之", "製造二課", "t.saeki@kawasaki-denki.co.jp", "12:04", "A定食"],
                     ["K31145", "宇佐美 千尋", "品質管理課", "c.usami@kawasaki-denki.co.jp", "12:06", "A定食"],
                     ["K19032", "百目鬼 洋平", "設備保全課", "y.domeki@kawasaki-denki.co.jp", "12:07", "A定食"],
                     ["K28840", "吉良 美咲", "総務課", "m.kira@kawasaki-denki.co.jp", "12:09", "B定食"],
                     ["K17719", "勅使河原 努", "製造一課", "t.teshigawara@kawasaki-denki.co.jp", "12:11", "A定食"],
                     ["K40256", "松任谷 航", "製造二課", "w.matsutoya@kawasaki-denki.co.jp", "12:12", "A定食"],
                     ["K26603", "奥寺 香織", "経理課", "k.okudera@kawasaki-denki.co.jp", "12:15", "麺"],
                     ["K15530", "鳥越 正和", "製造一課", "m.torigoe@kawasaki-denki.co.jp", "12:16", "A定食"],
                     ["K35519", "水無瀬 亮介", "開発部", "r.minase@kawasaki-denki.co.jp", "12:18", "A定食"],
                     ["K22981", "苫米地 悟", "開発部", "s.tomabechi@kawasaki-denki.co.jp", "12:18", "B定食"],
                 ]},
                {"kind": "pdf", "name": "献立表_1014.pdf",
                 "lines": ["10月14日（火）昼食", "A定食 鶏の南蛮漬け／ポテトサラダ／小松菜のお浸し",
                           "B定食 鯖の味噌煮／ひじき煮", "麺 きつねうどん"]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: a ZIP (not encrypted) with a CSV of 10 diners' names, departments and e-mail addresses, to the health centre",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "shokuchudoku-074",
        "sender": "森下 誠一 <morishita.seiichi@hinode-sangyo.co.jp>",
        "to": ["清環サービス 営業部 <sales@seikan-service.co.jp>"],
        "subject": "消毒作業当日の現場責任者について",
        "charset": "cp932",
        "body": """清環サービス株式会社 営業部 御中

お世話になっております。日の出産業の森下です。
10月19日（土）の消毒作業について、当日は私が不在のため、
現場の立会いは下記の者が担当いたします。

　現場責任者：竹ノ内 勇（横浜事業所食堂 料理長）
　当日連絡先：070-3385-6190

集合は8:30に厚生棟通用口でお願いいたします。

森下
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one colleague's on-site contact (name and mobile) to the contractor: a single business contact, may be warned",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "shokuchudoku-075",
        "sender": "竹ノ内 勇 <takenouchi.isamu@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配送管理課 <haiso@aoba-unyu-co.jp>"],
        "subject": "代替弁当の配送ルート変更（10/23～）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社 配送管理課 御中

日の出産業の竹ノ内です。
10月23日（水）から、代替弁当の配送先に第3工場棟を追加します。

　1便 10:50 厚生棟集荷 → 本館 11:05 → 第1工場棟 11:15
　2便 11:00 厚生棟集荷 → 第2工場棟 11:15 → 第3工場棟 11:25（追加）
　数量：1便 230食、2便 190食（保冷ボックス 18個）

配送時の保冷ボックス内温度の記録も引き続きお願いします。

竹ノ内
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: aoba-unyu-co.jp uses a hyphen for the dot of partner aoba-unyu.co.jp",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "shokuchudoku-076",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["長谷部 先生 <hasebe@shirakawa-law.jp>"],
        "subject": "Re: 鳥越様ご家族からの申入れについて",
        "charset": "utf-8",
        "body": """長谷部先生

お世話になっております。加賀谷です。
ご質問の点、社内で確認できた事実は以下のとおりです。

・鳥越 正和 様（56歳）は10/16から3日間、北嶺中央病院に入院。
　診断は感染性胃腸炎・脱水症。
・奥様のお話では、高血圧と狭心症で以前から通院中で、入院中に一時血圧が
　大きく下がったとのこと。病院の説明では食中毒との因果関係は否定できないが
　持病の影響もあるとのことです。
・奥様は、慰謝料の増額と、今後の通院費の負担を求めておられます。

持病の影響部分を減額要素として主張すべきかどうか、ご意見をいただけますか。

加賀谷

> 鳥越様の既往症について、把握されている範囲で教えてください。
> 長谷部
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named diner's diagnosis and pre-existing heart disease to the law firm (partner, still external)",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "shokuchudoku-077",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 品質保証部 <qa@kitaguni-foods.co.jp>"],
        "subject": "Re: 鶏むね肉ロット KF-2410-0873 の出荷記録",
        "charset": "cp932",
        "body": """北国フーズ株式会社 品質保証部 御中

日の出産業の大槻です。
出荷記録と自主検査成績書（成績書No. KFQ-24-3318）をお送りいただき、
ありがとうございました。保健所にそのまま提出いたしました。

念のため確認ですが、同ロットの他納品先（約40件）で苦情はなかったという
理解でよろしいでしょうか。自主回収のご予定がないことも、あわせて
記録に残したく、ひと言ご返信いただけますと幸いです。

大槻

> 出荷記録および自主検査成績書を添付いたします。
> 北国フーズ 品質保証部
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "supplier follow-up with document numbers: ordinary business mail to the right partner domain",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "shokuchudoku-078",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["設楽 裕二 <shitara.yuji@kawasaki-denki.co.jp>"],
        "subject": "ふき取り検査の成績書",
        "charset": "iso-2022-jp",
        "body": """設楽様

お世話になっております。日の出産業の三好です。
10/24に実施したふき取り検査の成績書（全30箇所 陰性）をお送りします。
これをもって10/28から営業を再開いたします。

三好
""",
        "attachments": [{"kind": "corrupt", "name": "検査成績書_ふき取り_1024.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the attached PDF is corrupt",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "shokuchudoku-079",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["明和衛生検査センター 検体受付 <kentai@meiwa-kensa.co.jp>"],
        "subject": "保存食 検体一覧（依頼書 MK-R-24-1017-02）",
        "charset": "cp932",
        "body": """明和衛生検査センター 検体受付 御中

日の出産業 衛生管理室の三好です。
本日発送した保存食の検体一覧をCSVでお送りします。
検査項目は依頼書のとおりです。

三好
""",
        "attachments": [{
            "kind": "csv", "name": "保存食検体一覧_1014.csv", "encoding": "cp932",
            "rows": [
                ["検体No", "採取日", "品名", "区分", "重量(g)", "保管温度"],
                ["H-01", "2024/10/14", "鶏の南蛮漬け", "A定食", 62, "-20℃"],
                ["H-02", "2024/10/14", "ポテトサラダ", "A定食", 55, "-20℃"],
                ["H-03", "2024/10/14", "小松菜のお浸し", "A定食", 51, "-20℃"],
                ["H-04", "2024/10/14", "鯖の味噌煮", "B定食", 68, "-20℃"],
                ["H-05", "2024/10/14", "ひじき煮", "B定食", 50, "-20℃"],
                ["H-06", "2024/10/14", "きつねうどん（つゆ）", "麺", 80, "-20℃"],
                ["H-07", "2024/10/14", "白飯", "共通", 57, "-20℃"],
                ["H-08", "2024/10/14", "味噌汁", "共通", 75, "-20℃"],
                ["H-09", "2024/10/11", "鶏むね肉（原材料）", "原材料", 64, "-20℃"],
                ["H-10", "2024/10/13", "じゃがいも（原材料）", "原材料", 70, "-20℃"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of food samples, not people",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "shokuchudoku-080",
        "sender": "Tomoko Kagaya <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["Claims Desk <claims.tokyo@pacifica-travelins.com>"],
        "subject": "Claim support - guest at banquet catered by Hinode Sangyo (Oct 13)",
        "charset": "utf-8",
        "body": """Dear Claims Team,

We are the caterer of the dinner reception held at Sakura Hotel on October 13.
One of the overseas guests insured with you, who fell ill after the reception,
asked us to send the details you need for her claim:

  Name:            Ms. Ingrid Halvorsen
  Nationality:     Norway
  Passport No.:    NJ4418207
  Date of birth:   1979-03-22
  Hospital:        Yokohama Minato International Clinic
  Diagnosis:       acute gastroenteritis (norovirus suspected), 1 night admission
  Dates:           Oct 14-15, 2024

We accept liability for the medical costs and will reimburse you on receipt
of your subrogation notice (our claim ref. HS-CL-0104).

Best regards,

Tomoko Kagaya
Insurance & Legal Group, General Affairs Dept.
Hinode Sangyo Co., Ltd.  Tel +81-44-211-5805
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "identifier+sensitive: a foreign guest's passport number, birth date and diagnosis in English to her travel insurer",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "shokuchudoku-081",
        "sender": "帆足 学 <hoashi.manabu@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 川崎支店 法人営業 <kawasaki-hojin@midori-ginko.co.jp>"],
        "subject": "総合振込（見舞金）の依頼データ送付",
        "charset": "cp932",
        "body": """みどり銀行 川崎支店 法人営業ご担当 様

いつもお世話になっております。日の出産業 経理部の帆足です。
インターネットバンキングの登録が間に合わないため、
見舞金の総合振込をファイルでお願いしたく、依頼データを添付いたします。

　振込指定日：2024年11月1日
　件数　　　：8件
　合計金額　：80,000円（手数料は当方負担）
　引落口座　：川崎支店 当座 0047715

よろしくお願いいたします。

日の出産業株式会社 経理部　帆足 学
TEL 044-211-5840
""",
        "attachments": [{
            "kind": "csv", "name": "sogo_furikomi_20241101.csv", "encoding": "cp932",
            "rows": [
                ["受取人名（カナ）", "受取人名", "銀行名", "支店名", "種別", "口座番号", "金額"],
                ["ｻｴｷ ﾄｼﾕｷ", "佐伯 俊之", "横浜港北信用金庫", "日吉支店", "普通", "3318470", 10000],
                ["ｳｻﾐ ﾁﾋﾛ", "宇佐美 千尋", "みどり銀行", "武蔵小杉支店", "普通", "6621094", 10000],
                ["ﾄﾞｳﾒｷ ﾖｳﾍｲ", "百目鬼 洋平", "かながわ中央銀行", "センター南支店", "普通", "2284551", 10000],
                ["ｷﾗ ﾐｻｷ", "吉良 美咲", "ゆうちょ銀行", "〇五八店", "普通", "7715336", 10000],
                ["ﾃｼｶﾞﾜﾗ ﾂﾄﾑ", "勅使河原 努", "湘南みらい銀行", "大和支店", "普通", "1190227", 10000],
                ["ﾏﾂﾄｳﾔ ﾜﾀﾙ", "松任谷 航", "みどり銀行", "新横浜支店", "普通", "4408661", 10000],
                ["ｵｸﾃﾞﾗ ｶｵﾘ", "奥寺 香織", "川崎臨海信用金庫", "溝の口支店", "普通", "3357902", 10000],
                ["ﾄﾘｺﾞｴ ﾏｻｶｽﾞ", "鳥越 正和", "多摩丘陵銀行", "町田支店", "普通", "5562114", 10000],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "list: 8 diners' names and personal bank accounts in a CP932 CSV to the bank (partner, still external)",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "shokuchudoku-082",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["大栄保険サービス 坂上様 <sakagami@daiei-hoken.jp>"],
        "subject": "PL保険更改：受託運営食堂の一覧",
        "charset": "utf-8",
        "body": """坂上様

お世話になっております。日の出産業の加賀谷です。
来年度の更改に向けて、当社が受託運営している食堂の一覧をお送りします。
食数は2024年9月の1日平均です。

施設名                                   所在地                                 代表電話        食数/日
---------------------------------------  -------------------------------------  --------------  -------
川崎電機(株) 横浜事業所 社員食堂          神奈川県北嶺市緑ヶ丘1-1                044-980-1100        410
川崎電機(株) 相模原工場 社員食堂          神奈川県相模原市緑区大山町2-5          042-770-3300        260
みなとみらい精工(株) 本社食堂             神奈川県横浜市西区みなとみらい4-6-2    045-226-8100        180
東海精密(株) 平塚工場 食堂                神奈川県平塚市東八幡5-3-1              0463-21-5500        320
学校法人北嶺学園 学生食堂                 神奈川県北嶺市学園台3-10               044-981-2200        650
西横浜総合病院 職員食堂                   神奈川県横浜市保土ケ谷区岩井町77       045-333-2011        140

このほか、さくらホテル様での宴会ケータリング（年約60件）がございます。

加賀谷
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "near miss: a padded list of client sites with switchboards and addresses (businesses, not people)",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "shokuchudoku-083",
        "sender": "森下 誠一 <morishita.seiichi@hinode-sangyo.co.jp>",
        "to": ["設楽 裕二 <shitara.yuji@kawasaki-denki.co.jp>"],
        "subject": "保健所の処分内容について（公表前）",
        "charset": "iso-2022-jp",
        "body": """【極秘】
本メールの内容は、保健所による公表（10/18 16時予定）までは
貴社内でも総務課長様限りでお願いいたします。

設楽様

日の出産業の森下です。
本日、保健所から以下の行政処分を受ける旨の内示がありました。

　処分内容：営業停止 5日間（10月16日〜10月20日）
　根拠　　：食品衛生法第60条
　原因施設：川崎電機株式会社 横浜事業所 社員食堂（営業者 日の出産業株式会社）
　原因食品：10月14日昼食（特定中）
　病因物質：ノロウイルス

公表後は報道機関からの問い合わせが予想されますので、
貴社広報のご担当と、当社広報室 新堂の連絡を繋がせてください。

森下
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the mail is classified 【極秘】 at the top, sent to the client before the public announcement",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "shokuchudoku-084",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["波多野 監視員 <hatano-k@city.kitamine.lg.jp>"],
        "subject": "10/25 再開前確認の立会者",
        "charset": "cp932",
        "body": """北嶺市保健所 波多野様

日の出産業の大槻です。
10/25の再開前確認には、当社から下記3名が立ち会います。
当日連絡が必要な場合は各携帯へお願いいたします。

　大槻 健（品質保証部）　　　０８０－４４１７－２０９３
　三好 玲奈（衛生管理室）　　０９０－２７７３－５１６８
　竹ノ内 勇（料理長）　　　　０７０－３３８５－６１９０

よろしくお願いいたします。
大槻
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three staff attending with full-width mobile numbers: fewer than five records, may be warned",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "shokuchudoku-085",
        "sender": "竹ノ内 勇 <takenouchi.isamu@hinode-sangyo.co.jp>",
        "to": [
            "丸勝青果 受注センター <juchu@marukatsu-seika.co.jp>",
            "寿水産 営業 <order@kotobuki-suisan.co.jp>",
            "大和精肉店 <yamato-seiniku@yamato-meat.jp>",
            "北嶺製麺 <info@hokurei-seimen.jp>",
        ],
        "cc": ["北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>"],
        "subject": "【至急】10/16～10/20 納品停止のお願い（横浜事業所食堂）",
        "charset": "iso-2022-jp",
        "body": """お取引先各位

いつもお世話になっております。日の出産業 横浜事業所食堂の竹ノ内です。

保健所の指導により、当食堂は10月16日（水）から20日（日）まで営業を停止いたします。
つきましては、同期間の納品をすべて停止していただきますようお願いいたします。
すでに手配済みの分は、ご請求いただいて構いません。

再開後の発注は、10月25日（金）に改めてお送りいたします。
ご迷惑をおかけし申し訳ございません。

竹ノ内
TEL 044-211-5870（代）
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: five suppliers of different companies in To/Cc can see each other",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "shokuchudoku-086",
        "sender": "石動 亮 <isurugi.ryo@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 料飲部 <fb-office@sakura-hotel.jp>"],
        "cc": ["青葉運輸 配送管理課 <haiso@aoba-unyu.co.jp>",
               "森下 誠一 <morishita.seiichi@hinode-sangyo.co.jp>"],
        "subject": "11月以降のケータリング搬入再開について",
        "charset": "utf-8",
        "body": """さくらホテル 料飲部 御中
（cc：青葉運輸 配送管理課様）

いつもお世話になっております。日の出産業 ケータリング課の石動です。

10月の事故以降お休みしておりました貴ホテルへの仕出し搬入を、
11月9日（土）の北嶺商工会議所様 懇親会から再開させていただきます。

搬入は従来どおり青葉運輸様の保冷車で、以下の条件で行います。
　・出発時・到着時の庫内温度を記録（10℃以下）
　・搬入口で貴ホテルご担当者様による受入確認のサイン
　・記録表は当日中に弊社へFAX

引き続きどうぞよろしくお願いいたします。

石動 亮
日の出産業株式会社 フードサービス事業部 ケータリング課
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (hotel and carrier) in To/Cc plus an internal Cc: an ordinary three-way mail",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "shokuchudoku-087",
        "sender": "穂積 由香 <hozumi.yuka@hinode-sangyo.co.jp>",
        "to": ["日進スタッフ 川崎営業所 <kawasaki@nisshin-staff.co.jp>"],
        "subject": "配置替えに伴う業務内容の変更について（一色様）",
        "charset": "iso-2022-jp",
        "body": """日進スタッフ株式会社 川崎営業所 ご担当 様

お世話になっております。日の出産業 人事部の穂積です。

貴社から派遣いただいている一色 加奈子様について、
今回の件で盛付工程を専任制にすることに伴い、洗浄担当に固定したいと考えております。

ご本人は精神障害者保健福祉手帳（2級）をお持ちで、うつ病の治療中と伺っており、
配置替えの際は急な変更を避けるよう主治医から助言があったとのことです。
事前面談の場を設けたいので、貴社ご担当の方にもご同席いただけますでしょうか。

穂積 由香
日の出産業株式会社 人事部 労務課
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named worker's disability certificate and mental-health treatment to the staffing agency",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "shokuchudoku-088",
        "sender": "竹ノ内 勇 <takenouchi.isamu@hinode-sangyo.co.jp>",
        "to": ["穂積 由香 <hozumi.yuka@hinode-sangyo.co.jp>"],
        "subject": "我妻さんの入社書類（マイナンバー等）",
        "charset": "cp932",
        "body": """穂積さん

お疲れさまです。竹ノ内です。
新しく入ってもらう我妻さんの入社書類の内容を送ります。
原本は社内便で送りました。

氏名：我妻 早苗
生年月日：1977/08/19
住所：神奈川県横浜市港北区日吉本町3-14-8 ハイツ日吉202
携帯：090-5146-3382
個人番号：%s
緊急連絡先：我妻 隆（夫）090-5146-3390

よろしくお願いします。
竹ノ内
""" % my_number(SEED + 6),
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "all recipients internal: a new hire's My Number sent from the canteen to HR stays inside",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "shokuchudoku-089",
        "sender": "新堂 さやか <shindo.sayaka@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 今泉様 <imaizumi@nishiki-insatu.co.jp>"],
        "subject": "Re: お詫び状 校正1回目",
        "charset": "iso-2022-jp",
        "body": """今泉様

お世話になっております。日の出産業の新堂です。
校正1回目を拝見しました。下記2点の修正をお願いいたします。

　1. 3段落目「ご迷惑をおかけ致しました」→「ご迷惑をおかけいたしました」
　2. お客様相談窓口の受付時間「9:00～17:00」→「9:00～18:00」

上記修正後、責了で進めていただいて構いません。

新堂
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: nishiki-insatu.co.jp drops an s of partner nishiki-insatsu.co.jp",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "shokuchudoku-090",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["北嶺市保健所 生活衛生課 <seikatsu-eisei@city.kitamine.lg.jp>"],
        "subject": "調理従事者 聞き取り日程（10/19）",
        "charset": "utf-8",
        "body": """北嶺市保健所 生活衛生課 御中

お世話になっております。日の出産業の大槻です。
10/19（土）の調理従事者への聞き取り日程を調整しました。
休日のため本人の携帯に直接ご連絡いただく形でお願いします。

時刻　　　氏名　　　　　　担当工程　　携帯
－－－－　－－－－－－－　－－－－－　－－－－－－－－－－－－－
０９：３０　東海林 ひとみ　　盛付　　　　０９０－８１４２－６６０３
１０：００　四十物 恵子　　　盛付　　　　０９０－３３７０－５１８６
１０：３０　五月女 みどり　　盛付　　　　０８０－７７６１－２０４３
１１：００　纐纈 達也　　　　加熱　　　　０８０－９０１２－４４７５
１１：３０　左右田 純　　　　加熱　　　　０７０－４４１６－７７２３
１３：００　薬袋 和美　　　　下処理　　　０９０－６６３７－２２８１

会場は厚生棟2階の会議室を押さえています。

大槻
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: six kitchen staff with mobile numbers in full-width padded columns to the health centre",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "shokuchudoku-091",
        "sender": "新堂 さやか <shindo.sayaka@hinode-sangyo.co.jp>",
        "to": ["北嶺新報 社会部 <shakai@kitamine-shimpo.co.jp>"],
        "subject": "【プレスリリース】当社運営の社員食堂における食中毒事故について",
        "charset": "iso-2022-jp",
        "body": """北嶺新報 社会部 御中

日の出産業株式会社 広報室の新堂でございます。
本日付で下記のリリースを発表いたしましたので、お送りいたします。

━━━━━━━━━━━━━━━━━━━━━━━━
当社運営の社員食堂における食中毒事故について

2024年10月18日
日の出産業株式会社

当社が運営を受託している神奈川県北嶺市内の事業所社員食堂において、
10月14日に提供した昼食を原因とする食中毒事故が発生し、
北嶺市保健所より営業停止処分（10月16日〜20日）を受けました。
有症者は41名で、うち3名が入院されましたが、いずれも快方に向かっておられます。

ご利用の皆様に多大なるご迷惑とご心配をおかけしましたことを深くお詫び申し上げます。
当社は保健所の指導に従い、再発防止に全力で取り組んでまいります。

【本件に関するお問い合わせ】広報室 044-211-5810
━━━━━━━━━━━━━━━━━━━━━━━━

ご取材のお申し込みは広報室までお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "published press release with aggregate numbers only",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "shokuchudoku-092",
        "sender": "森下 誠一 <morishita.seiichi@hinode-sangyo.co.jp>",
        "to": ["株式会社クリーンエイド 受注係 <order@clean-aid.co.jp>"],
        "subject": "注文書（次亜塩素酸水生成器 2台）",
        "charset": "cp932",
        "body": """株式会社クリーンエイド 受注係 御中

お世話になっております。日の出産業の森下です。
お見積りNo. CA-Q-6672 の件、下記のとおり注文いたします。
急ぎのため、お支払いは法人カードでお願いします。カード情報は注文書に記入しました。

　品名：次亜塩素酸水生成器 HC-300 × 2台
　金額：352,000円（税込）
　納品先：川崎電機(株)横浜事業所 厚生棟1階 食堂
　希望納期：10月24日（木）

森下
""",
        "attachments": [{
            "kind": "pdf", "name": "注文書_クリーンエイド_1021.pdf",
            "lines": [
                "注　文　書",
                "株式会社クリーンエイド 御中　　　　　2024年10月21日",
                "日の出産業株式会社 フードサービス事業部",
                "品名：次亜塩素酸水生成器 HC-300　数量：2　金額：352,000円（税込）",
                "お支払方法：クレジットカード（法人カード）",
                "カード名義：SEIICHI MORISHITA",
                "カード番号：%s　有効期限：11/26" % card_number(SEED + 7),
                "セキュリティコードはお電話でお伝えします。",
            ],
        }],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "identifier: a corporate card number in the holder's name inside a PDF order form",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "shokuchudoku-093",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["北嶺市保健所 生活衛生課 <seikatsu-eisei@city.kitamine.lg.jp>"],
        "subject": "営業再開のご報告と改善状況",
        "charset": "iso-2022-jp",
        "body": """北嶺市保健所 生活衛生課
波多野様

いつもお世話になっております。日の出産業の大槻でございます。

10月28日（月）より、縮小メニューにて営業を再開いたしましたのでご報告いたします。
初日の提供食数は昼 362食、体調不良の申し出はございませんでした。

改善計画書の実施状況：
　・健康チェック表の改訂（対面確認）…10/25より運用開始
　・盛付室入口の手洗い器増設…10/26工事完了
　・調理従事者研修…10/24実施（受講者20名、欠席0名）
　・検便（月2回）…11/11、11/25実施予定

引き続きご指導のほどよろしくお願い申し上げます。

大槻 健
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "re-opening report with counts and dates only",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "shokuchudoku-094",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["大栄保険サービス 坂上様 <sakagami@daiei-hoken.jp>"],
        "cc": ["加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>"],
        "subject": "被害者明細（通院・受診者分）",
        "charset": "utf-8",
        "body": """坂上様

お世話になっております。加賀谷です。
東和損保様への提出前に確認いただきたく、通院・受診された方の明細をお送りします。
2枚目のシートは既往症など、損害調査で確認が必要になりそうな事項のメモです。

加賀谷
""",
        "attachments": [{
            "kind": "xlsx", "name": "被害者明細_通院受診_1101.xlsx",
            "sheets": {
                "明細": [
                    ["【事故受付No.24-K-08813】被害者明細（通院・受診者）2024/11/01時点"],
                    [],
                    ["No", "氏名", "住所", "医療機関", "通院日数", "診断名", "治療費", "休業日数"],
                    [1, "宇佐美 千尋", "神奈川県川崎市中原区小杉町1-403-12", "うさみクリニック", 2, "感染性胃腸炎", 6240, 3],
                    [2, "勅使河原 努", "神奈川県大和市大和東2-7-19", "北嶺中央病院", 3, "ノロウイルス感染性胃腸炎", 21880, 7],
                    [3, "松任谷 航", "神奈川県横浜市港北区新横浜3-6-21", "港北台内科", 1, "急性胃腸炎", 4820, 2],
                    [4, "水無瀬 亮介", "神奈川県横浜市青葉区美しが丘2-33-7", "港北台内科", 2, "感染性胃腸炎", 7310, 3],
                    [5, "吉良 美咲", "神奈川県横浜市緑区十日市場町815-3", "未受診", 0, "", 0, 1],
                    [6, "奥寺 香織", "神奈川県川崎市高津区溝口4-11-2", "未受診", 0, "", 0, 2],
                    [7, "百目鬼 洋平", "神奈川県横浜市都筑区中川中央1-28-5", "都筑ハートクリニック", 1, "急性胃腸炎", 5120, 2],
                    [8, "苫米地 悟", "神奈川県川崎市多摩区登戸2781", "登戸駅前内科", 1, "感染性胃腸炎", 3960, 1],
                    [9, "真柴 康弘", "神奈川県横浜市鶴見区鶴見中央4-17-9", "鶴見中央クリニック", 2, "感染性腸炎", 18450, 4],
                ],
                "確認事項メモ": [
                    ["氏名", "確認事項"],
                    ["勅使河原 努", "潰瘍性大腸炎の既往。休業7日のうち増悪分の扱い"],
                    ["百目鬼 洋平", "心疾患で服薬中。通院交通費（タクシー）の妥当性"],
                    ["吉良 美咲", "同居の母（二次感染・入院）の治療費を請求希望"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list+sensitive: an XLSX of 9 diners with home addresses, diagnoses and prior illnesses to the insurance agent",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "shokuchudoku-095",
        "sender": "三好 玲奈 <miyoshi.rena@hinode-sangyo.co.jp>",
        "to": ["川崎電機 健康管理室 <kenko-kanri@kawasaki-denki.co.jp>"],
        "subject": "Re: 感染源となった調理員について",
        "charset": "iso-2022-jp",
        "body": """健康管理室 御中

日の出産業の三好です。
ご質問の件、保健所の見解として、盛付担当の調理員A（40代女性）が
10/13夜から下痢症状があったにもかかわらず出勤しており、
同人の便からノロウイルスGIIが検出されたことから、感染源と推定されています。
同人は現在も陽性のため調理業務から外しており、陰性確認まで復帰させません。

個人が特定されないよう、社内でのご説明の際はご配慮をお願いいたします。

三好

> 感染源と言われている調理員の方は、今どうしているのでしょうか。
> 社員から質問が来ています。
""",
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "either: a pseudonymised cook (age band, sex, role) with her test result — the client's staff may well identify her",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "shokuchudoku-096",
        "sender": "加賀谷 智子 <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["東和損害保険 損害サービス課 柘植様 <tsuge.h@towa-sonpo.co.jp>"],
        "subject": "【事故受付No.24-K-08813】示談書一式（暗号化ZIP）",
        "charset": "cp932",
        "body": """柘植様

お世話になっております。日の出産業の加賀谷です。
締結済みの示談書（12名分）をスキャンし、暗号化ZIPにまとめました。
解凍パスワードは、別途お電話でお伝えいたします。

よろしくお願いいたします。
加賀谷
""",
        "attachments": [{
            "kind": "zip", "name": "jidansho_12.zip", "password": "Tw-08813!",
            "files": [
                {"kind": "docx", "name": "示談書_01.docx",
                 "paragraphs": ["示談書", "甲：佐伯 俊之", "示談金 385,000円"]},
                {"kind": "docx", "name": "示談書_02.docx",
                 "paragraphs": ["示談書", "甲：雲雀 昌子", "示談金 512,000円"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: an AES-encrypted ZIP of settlement documents to the insurer",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "shokuchudoku-097",
        "sender": "穂積 由香 <hozumi.yuka@hinode-sangyo.co.jp>",
        "to": ["rin.tsurugi.0722@docomo.ne.jp"],
        "subject": "面接日時のご案内（日の出産業 調理員パート）",
        "charset": "iso-2022-jp",
        "body": """劔 様

このたびは、日の出産業株式会社の調理員（パート）求人にご応募いただき
誠にありがとうございます。人事部の穂積と申します。

面接を下記のとおり行いたいと存じます。

　日時：11月6日（水）10:00～（約30分）
　場所：川崎電機(株)横浜事業所 正門守衛所にて「日の出産業の面接」とお伝えください
　持ち物：履歴書（写真貼付）、筆記用具

ご都合が悪い場合は、044-211-5822（人事部 採用係）までご連絡ください。

日の出産業株式会社 人事部 穂積 由香
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one carrier-mail applicant: interview invitation with the company's number only",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "shokuchudoku-098",
        "sender": "Tomoko Kagaya <kagaya.tomoko@hinode-sangyo.co.jp>",
        "to": ["Towa Sonpo International Dept. <intl@towa-sonpo.co.jp>",
               "Harbourline Re Tokyo Branch <tokyo.claims@harbourline-re.com>"],
        "cc": ["Daiei Hoken Service <sakagami@daiei-hoken.jp>"],
        "subject": "Kawasaki Denki canteen incident - loss estimate and documents timeline",
        "charset": "utf-8",
        "body": """Dear all,

Further to the conference call this morning, please find the key points below.

  Policy:             PL-0471-229853 (Towa Sonpo), facultative share with Harbourline Re
  Incident:           norovirus outbreak, staff canteen, October 14, 2024
  Claimants:          38 (5 in-patients, 19 out-patients, 14 not treated)
  Current estimate:   JPY 6,840,000 (bodily injury), JPY 0 (recall - not applicable)
  Next documents:     settlement agreements by Nov 15; final loss report by Nov 29

Individual claimant files will be provided to Towa Sonpo through the secure
upload portal only, not by e-mail.

Best regards,
Tomoko Kagaya
Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: insurer, reinsurer and agent (three external organisations) in To/Cc",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "shokuchudoku-099",
        "sender": "帆足 学 <hoashi.manabu@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 川崎支店 法人営業 <kawasaki-hojin@midori-ginkou.co.jp>"],
        "subject": "総合振込の件（振込指定日の変更）",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 川崎支店 法人営業ご担当 様

いつもお世話になっております。日の出産業 経理部の帆足です。
先日お願いした総合振込（8件、合計80,000円）について、
振込指定日を11月1日から11月5日に変更していただけますでしょうか。

引落口座（川崎支店 当座 0047715）に変更はございません。

お手数をおかけしますが、よろしくお願いいたします。
帆足
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: midori-ginkou.co.jp adds a u to partner midori-ginko.co.jp",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "shokuchudoku-100",
        "sender": "森下 誠一 <morishita.seiichi@hinode-sangyo.co.jp>",
        "to": ["波多野 監視員 <hatano-k@city.kitamine.lg.jp>"],
        "subject": "御礼（横浜事業所食堂の件）",
        "charset": "utf-8",
        "body": """北嶺市保健所 生活衛生課
波多野様

日の出産業株式会社の森下でございます。
このたびの横浜事業所食堂の件では、調査から営業再開に至るまで
丁寧にご指導いただき、誠にありがとうございました。

再開から2週間、体調不良の申し出はなく運営できております。
ご指導いただいた健康管理の手順は、当社が運営する他の5食堂にも
11月中に展開いたします。

今後とも、どうぞよろしくお願い申し上げます。

森下 誠一
日の出産業株式会社 フードサービス事業部 給食運営課 課長
〒210-0858 神奈川県川崎市川崎区旭町二丁目7番3号 日の出ビル4F
TEL 044-211-5870（代）

──────────────────────────────
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
大変お手数ですが送信者までご連絡のうえ、本メールを削除してください。
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete it.
──────────────────────────────
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a thank-you mail with a signature and the standard bilingual disclaimer: must go",
    },
]
