"""Blind evaluation corpus, area "nyukyo": the admissions desks of Hinode Sangyo's
senior-housing business (介護付有料老人ホーム「ひのでの杜」, サ高住「ひのでテラス」) writing to
applicants and their families, care managers, hospital MSWs, clinics and pharmacies,
guarantee companies, movers, hotels, caterers, banks, lawyers and city offices about care
levels, referral letters, guarantors, waiting lists and moving-in logistics.  Every
message was written blind, from bench/blind/BRIEF.md, build.py's format and SPEC.md
alone, without reading mailguard's code; all people, numbers and addresses are invented.
"""

from build import card_number, my_number

SEED = 55801


def _sp4(n):
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


def _hy4(n):
    return "-".join(n[i:i + 4] for i in range(0, len(n), 4))


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _fw(s):
    return s.translate(_FW)


# -- senders ---------------------------------------------------------------------------

KATAGIRI = "片桐 直人 <katagiri.naoto@hinode-sangyo.co.jp>"
OTSUKI = "大槻 恵美 <otsuki.emi@hinode-sangyo.co.jp>"
USAMI = "宇佐美 玲奈 <usami.rena@care.hinode-sangyo.co.jp>"
HONDA = "本多 健司 <honda.kenji@hinode-sangyo.co.jp>"
KUWABARA = "桑原 美和 <kuwabara.miwa@hinode-sangyo.co.jp>"
FURUYA = "古谷 誠 <furuya.makoto@hinode-sangyo.co.jp>"
TAKENOUCHI = "竹之内 亜希 <takenouchi.aki@hinode-sangyo.co.jp>"
HANYU = "羽生 和也 <hanyu.kazuya@hinode-sangyo.co.jp>"
SAMEJIMA = "鮫島 拓海 <samejima.takumi@hinode-sangyo.co.jp>"

SIG_KATAGIRI = """
――――――――――――――――――――――――
日の出産業株式会社 シニアライフ事業部
介護付有料老人ホーム ひのでの杜あざみ野　入居相談室
片桐 直人（かたぎり なおと）
〒225-0011 神奈川県横浜市青葉区あざみ野南３丁目８番２号
TEL 045-482-7710（代）　FAX 045-482-7719
katagiri.naoto@hinode-sangyo.co.jp
――――――――――――――――――――――――
"""

SIG_OTSUKI = """
--
日の出産業株式会社
シニアライフ事業部 入居相談室 室長
大槻 恵美 / Emi Otsuki
〒104-0032 東京都中央区八丁堀二丁目14番5号 日の出ビル7階
TEL: 03-3551-8820  FAX: 03-3551-8829
Mail: otsuki.emi@hinode-sangyo.co.jp
"""

SIG_USAMI = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
ひのでの杜 武蔵浦和（日の出産業株式会社）
入居相談員　宇佐美 玲奈
〒336-0021 埼玉県さいたま市南区別所７－２０－５
ＴＥＬ：０４８－８３８－５１２０
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
"""

SIG_HONDA = """
-----------------------------------------
サービス付き高齢者向け住宅 ひのでテラス柏
生活相談員 本多 健司
日の出産業株式会社 シニアライフ事業部
千葉県柏市柏六丁目3番16号
電話 04-7160-3381 / honda.kenji@hinode-sangyo.co.jp
-----------------------------------------
"""

SIG_KUWABARA = """
*************************************
ひのでの杜あざみ野　看護主任
桑原 美和（くわばら みわ）
TEL 045-482-7710 内線 23
日の出産業株式会社
*************************************
"""

SIG_FURUYA = """
―
日の出産業株式会社　ひのでの杜 豊中
施設長　古谷 誠
〒560-0021 大阪府豊中市本町５－９－２２
TEL 06-6850-4402 / FAX 06-6850-4403
"""

SIG_TAKENOUCHI = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 シニアライフ事業部
管理課（総務）竹之内 亜希
〒104-0032 東京都中央区八丁堀2-14-5
TEL 03-3551-8821
━━━━━━━━━━━━━━━━━━━━
"""

SIG_HANYU = """
--
羽生 和也（はにゅう かずや）
日の出産業株式会社 シニアライフ事業部 経理課
TEL 03-3551-8824 / FAX 03-3551-8829
"""

SIG_SAMEJIMA = """
_____________________________________
日の出産業株式会社
シニアライフ事業部 営業企画課
鮫島 拓海　Takumi Samejima
〒104-0032 東京都中央区八丁堀2-14-5 日の出ビル7F
TEL 03-3551-8830  Mobile 080-4471-2093
_____________________________________
"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited.
"""

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "nyukyo-001",
        "charset": "iso-2022-jp",
        "sender": KUWABARA,
        "to": ["おおぞら内科クリニック 森下様 <renkei@oozora-naika.jp>"],
        "subject": "訪問診療のご依頼（５月入居予定の方）",
        "body": """おおぞら内科クリニック
地域連携ご担当　森下様

いつも大変お世話になっております。
ひのでの杜あざみ野 看護主任の桑原でございます。

５月１５日にご入居予定の方について、入居後の訪問診療をお願いしたく、
前医の診療情報提供書から要点を抜粋してお送りいたします。

　氏名　　：仲宗根 トミ子（なかそね とみこ）様
　生年月日：昭和１２年９月２３日（８８歳）
　既往歴　：アルツハイマー型認知症（令和３年診断）、高血圧症、骨粗鬆症
　　　　　　令和５年　左大腿骨頸部骨折にて人工骨頭置換術
　内服　　：ドネペジル５ｍｇ 朝１錠、アムロジピン５ｍｇ 朝１錠
　前医　　：かしの木台総合病院 脳神経内科

情報提供書の原本は、入居日にご家族がお持ちになる予定です。
初回往診の日程について、ご都合をお知らせいただけますと幸いです。

どうぞよろしくお願いいたします。
""" + SIG_KUWABARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "diagnosis, medication and DOB of one named applicant sent to an outside clinic: sensitive",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "nyukyo-002",
        "charset": "utf-8",
        "sender": HONDA,
        "to": ["堀之内 沙織 <saori.horinouchi@gmail.com>"],
        "subject": "Re: 見学の件（ひのでテラス柏）",
        "body": """堀之内 沙織 様

ひのでテラス柏の本多でございます。
ご連絡ありがとうございます。

見学のお日にちは、下記で承りました。

　日時：6月7日（土）14:00～15:30 ごろ
　場所：ひのでテラス柏 1階 エントランス
　内容：館内・モデルルームのご案内、昼食の試食（ご希望の場合）

お車でお越しの場合は、正面玄関右手の来客用駐車場（2台分）をご利用ください。
当日、お父様とご一緒にお待ちしております。

""" + SIG_HONDA + """

> 本多様
> 先日はお電話でありがとうございました。
> 6月7日の午後でしたら父と二人で伺えます。
> 当日の連絡先は私の携帯 080-5529-3716 です。
> 堀之内
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "tour appointment to one private person; her phone is only in the quoted text",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "nyukyo-003",
        "charset": "cp932",
        "sender": SAMEJIMA,
        "to": ["さくらホテル 宴会予約 佐伯様 <banquet@sakura-hotel.jp>"],
        "subject": "6/21 入居説明会　受付用 参加者名簿の送付",
        "body": """さくらホテル　宴会予約ご担当
佐伯様

いつもお世話になっております。日の出産業の鮫島です。
6月21日（土）「鳳凰の間」での入居説明会につきまして、
受付でのご案内用に、現時点の参加お申込者を下記にお送りします。

No  お名前            ふりがな              人数  ご連絡先
--  ----------------  --------------------  ----  --------------
1   芦田 久美子       あしだ くみこ           2   090-3318-2047
2   御子柴 隆         みこしば たかし         1   080-6620-1185
3   東海林 和江       しょうじ かずえ         3   03-3716-4420
4   小野寺 博之       おのでら ひろゆき       2   090-2274-8831
5   薬師寺 智恵       やくしじ ちえ           1   070-4139-5506
6   百瀬 勝利         ももせ かつとし         2   045-562-0937
7   乙部 ゆかり       おとべ ゆかり           2   080-9915-2364

追加がありましたら前日までに改めてご連絡いたします。
当日は13:00に弊社スタッフ3名が伺います。よろしくお願いいたします。
""" + SIG_SAMEJIMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven attendees' names and phone numbers to the hotel: list of people",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "nyukyo-004",
        "charset": "iso-2022-jp",
        "sender": KATAGIRI,
        "to": ["東雲市役所 介護保険課 資格係 <kaigo-shikaku@city.shinonome.lg.jp>"],
        "subject": "住所地特例 入居連絡票の記載内容について",
        "body": f"""東雲市役所　介護保険課　資格係　御中

お世話になっております。
横浜市青葉区の介護付有料老人ホーム「ひのでの杜あざみ野」入居相談室の片桐と申します。

４月２８日に当ホームへご入居された方の住所地特例対象施設入居連絡票につき、
先ほどお電話でご指摘いただいた個人番号の欄を補記してお送りいたします。

　被保険者氏名：鵜飼 喜代治（うかい きよじ）
　生年月日　　：昭和１５年２月１１日
　入居前住所　：東雲市浜風町二丁目１１番３号
　個人番号　　：{_sp4(my_number(SEED + 1))}
　入居年月日　：令和７年４月２８日

原本は本日郵送いたしましたので、届きましたらご確認のほどお願い申し上げます。
""" + SIG_KATAGIRI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a resident's My Number (with name, DOB, address) mailed to the city office",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "nyukyo-005",
        "charset": "iso-2022-jp",
        "sender": SAMEJIMA,
        "to": ["錦印刷 営業部 野々村様 <nonomura@nishiki-insatsu.co.jp>"],
        "subject": "施設パンフレット増刷のご依頼（注文番号 HN-2025-0418）",
        "body": """錦印刷株式会社
営業部　野々村様

いつもお世話になっております。日の出産業の鮫島です。
先日お見積りいただいた施設パンフレットの増刷を、下記のとおり発注いたします。

　注文番号：HN-2025-0418
　品名　　：ひのでの杜 総合パンフレット（A4 16頁 中綴じ）2025年春版
　部数　　：3,000部
　単価　　：148円（税別）
　納期　　：5月23日（金）必着
　納品先　：本部 入居相談室（八丁堀）2,000部／ひのでテラス柏 1,000部

料金表の差し込み（別紙 A4 1枚）は、4/30付の改定版データで差し替えをお願いします。
校正はPDFで結構です。よろしくお願いいたします。
""" + SIG_SAMEJIMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary print order with an order number and prices",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "nyukyo-006",
        "charset": "utf-8",
        "sender": USAMI,
        "to": [
            "kamiya.yoshie55@gmail.com",
            "那須 俊介 <nasu-shunsuke@yahoo.co.jp>",
            "r.tachibana.1962@icloud.com",
        ],
        "subject": "【ひのでの杜 武蔵浦和】6月の入居説明会・個別相談会のご案内",
        "body": """資料をご請求いただいた皆さま

このたびは「ひのでの杜 武蔵浦和」の資料をご請求いただき、誠にありがとうございました。
6月の入居説明会・個別相談会のご案内をお送りいたします。

■日時　6月14日（土）・6月15日（日）　各日 10:30～／14:00～
■会場　ひのでの杜 武蔵浦和 1階 多目的ホール
■内容　ホームのご紹介、入居までの流れ、費用のご説明、館内見学、個別相談
■お申込み　このメールへのご返信、またはお電話にて

ご家族さまのみのご参加も歓迎いたします。
皆さまのお越しを心よりお待ちしております。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three private prospects addressed together in To: each sees the others' addresses",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "nyukyo-007",
        "charset": "cp932",
        "sender": USAMI,
        "to": [OTSUKI],
        "cc": ["武蔵浦和 看護 <kango-musashiurawa@care.hinode-sangyo.co.jp>"],
        "subject": "5月 待機者リスト更新（判定会議用）",
        "body": """大槻室長

お疲れさまです。宇佐美です。
5/20 判定会議用の待機者リストを更新しました（添付、シート「待機者一覧」）。
今月は新規3件、辞退1件（長谷部様：他施設へ決定）です。
主病名と医療処置の欄は看護の北条さんに確認済みです。

宇佐美
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "待機者リスト_武蔵浦和_202505.xlsx",
                "sheets": {
                    "待機者一覧": [
                        ["ひのでの杜 武蔵浦和　入居待機者一覧（2025/5/12 現在）"],
                        [],
                        ["受付No", "氏名", "生年月日", "要介護度", "主病名・医療処置", "家族連絡先", "希望居室", "申込日"],
                        ["W-0311", "真鍋 ハツ", "1936/03/08", "要介護3", "脳梗塞後遺症（左片麻痺）", "048-862-4471", "個室A", "2025/01/09"],
                        ["W-0314", "久我 良平", "1940/11/21", "要介護2", "パーキンソン病", "090-7362-0158", "個室A", "2025/01/27"],
                        ["W-0320", "五味 チヨ", "1933/07/30", "要介護4", "アルツハイマー型認知症、胃ろう", "080-3307-9942", "個室B", "2025/02/18"],
                        ["W-0323", "楠木 正道", "1944/01/05", "要介護1", "2型糖尿病（インスリン）", "048-711-2036", "個室A", "2025/03/03"],
                        ["W-0327", "曽我部 静江", "1938/05/16", "要介護3", "慢性心不全、在宅酸素", "070-2248-6615", "個室B", "2025/03/22"],
                        ["W-0330", "安曇 富美子", "1942/09/12", "要介護2", "うつ病（通院中）", "090-1185-4720", "個室A", "2025/04/10"],
                        ["W-0332", "宍戸 政男", "1935/12/24", "要介護5", "誤嚥性肺炎後、喀痰吸引", "048-833-5209", "個室B", "2025/04/25"],
                        ["W-0335", "日下部 芳枝", "1939/04/02", "要介護2", "変形性膝関節症", "080-6671-3384", "個室A", "2025/05/08"],
                    ],
                    "集計": [
                        ["要介護度", "人数"],
                        ["要介護1", 1], ["要介護2", 3], ["要介護3", 2], ["要介護4", 1], ["要介護5", 1],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "waiting list with diagnoses, but every recipient is internal (incl. a subdomain)",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "nyukyo-008",
        "charset": "utf-8",
        "sender": KATAGIRI,
        "to": ["青葉運輸 引越センター 横浜営業所 <hikkoshi-yokohama@aoba-unyuu.co.jp>"],
        "subject": "ご入居に伴うお引越しの手配（5/26）",
        "body": """青葉運輸株式会社
引越センター 横浜営業所 御中

いつもお世話になっております。ひのでの杜あざみ野の片桐です。
新たにご入居される方のお引越しについて、お見積りと手配をお願いいたします。

【ご入居者】　嶋津 ヨシ 様
【搬出元】　　〒157-0066 東京都世田谷区成城八丁目２２番７号
【搬入先】　　ひのでの杜あざみ野 ３０２号室
【作業日】　　5月26日（月）午前
【ご家族連絡先】長男 嶋津 敦史 様　携帯 090-4826-1157
【お荷物】　　整理箪笥1、テレビ（32型）、仏壇（小）、段ボール10箱程度

事前の下見はご家族と直接日程調整いただいて構いません。
よろしくお願いいたします。
""" + SIG_KATAGIRI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "aoba-unyuu.co.jp is a one-letter look-alike of partner aoba-unyu.co.jp",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "nyukyo-009",
        "charset": "iso-2022-jp",
        "sender": OTSUKI,
        "to": ["ほしぞら居宅介護支援事業所 小田切様 <odagiri@hoshizora-care.jp>"],
        "subject": "６月の空室状況のお知らせ（ひのでの杜・ひのでテラス）",
        "body": """ほしぞら居宅介護支援事業所
小田切 様

いつも大変お世話になっております。日の出産業 入居相談室の大槻です。
６月１日時点の各ホームの空室状況をお知らせいたします。
詳細は添付の一覧をご覧ください。

・ひのでの杜あざみ野　　個室A ２室 ／ 個室B １室
・ひのでの杜 武蔵浦和　個室A １室
・ひのでテラス柏　　　　１Ｋ ３室 ／ ２人部屋 １室
・ひのでの杜 豊中　　　満室（待機受付中）

ご紹介いただける方がいらっしゃいましたら、お気軽にご相談ください。
""" + SIG_OTSUKI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "空室状況_202506.pdf",
                "title": "空室状況 2025年6月",
                "lines": ["ひのでの杜・ひのでテラス　空室状況（2025年6月1日現在）", ""],
                "table": [
                    ["ホーム", "所在地", "電話", "居室", "空室", "月額利用料（目安）"],
                    ["ひのでの杜あざみ野", "横浜市青葉区あざみ野南3-8-2", "045-482-7710", "個室A/B", "3", "268,000円～"],
                    ["ひのでの杜 武蔵浦和", "さいたま市南区別所7-20-5", "048-838-5120", "個室A", "1", "235,000円～"],
                    ["ひのでテラス柏", "柏市柏6-3-16", "04-7160-3381", "1K/2人", "4", "168,000円～"],
                    ["ひのでの杜 豊中", "豊中市本町5-9-22", "06-6850-4402", "-", "0", "241,000円～"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "vacancy list of the company's own homes: a list of facilities, not people",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "nyukyo-010",
        "charset": "cp932",
        "sender": USAMI,
        "to": ["瀬尾 真理子 <mariko.seo0312@outlook.jp>"],
        "subject": "入居申込書一式の送付",
        "body": """瀬尾 真理子 様

お世話になっております。ひのでの杜 武蔵浦和の宇佐美でございます。
先日お話しいたしました入居申込書一式（申込書、健康状態のご申告書、身元引受人届）を
お送りいたします。

添付ファイルにはパスワードを設定しております。
パスワードは別のメールにてお知らせいたします。

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_USAMI,
        "attachments": [
            {
                "kind": "zip",
                "name": "入居申込書一式.zip",
                "password": "Mu8-2025sr",
                "files": [
                    {"kind": "docx", "name": "入居申込書_瀬尾様.docx",
                     "paragraphs": ["入居申込書", "申込者氏名：瀬尾 登美", "生年月日：昭和14年3月2日"]},
                    {"kind": "pdf", "name": "健康状態申告書.pdf", "lines": ["健康状態申告書", "既往歴：", "服薬："]},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment", "freemail_recipient"],
        "note": "password-protected ZIP (PPAP) cannot be inspected",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------ 011
    {
        "id": "nyukyo-011",
        "charset": "iso-2022-jp",
        "sender": KUWABARA,
        "to": ["けやき台病院 地域医療連携室 大河原様 <renkei-ookawara@keyakidai-hp.or.jp>"],
        "cc": [KATAGIRI],
        "subject": "Re: ご入居のご相談（７階東病棟の患者様）",
        "body": """けやき台病院　地域医療連携室
大河原様

お世話になっております。ひのでの杜あざみ野 看護主任の桑原です。
ご相談いただいた國分 正雄様（８２歳）の受け入れ検討にあたり、
当ホームの看護体制で対応可能か確認したく、以下をお教えください。

１．胃ろう（ＰＥＧ）の交換時期と、次回交換予定の医療機関
２．喀痰吸引の頻度（夜間帯の回数）
３．糖尿病のインスリン注射は、退院時も１日２回で継続予定でしょうか
４．ＭＲＳＡ保菌の有無（直近の培養結果）

上記を確認のうえ、来週の判定会議にかけたいと存じます。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_KUWABARA + """
-----Original Message-----
From: 大河原 綾 <renkei-ookawara@keyakidai-hp.or.jp>
Sent: Tuesday, May 13, 2025 4:02 PM
To: 片桐 直人 <katagiri.naoto@hinode-sangyo.co.jp>
Subject: ご入居のご相談（７階東病棟の患者様）

ひのでの杜あざみ野　片桐様
当院入院中の患者様で、退院後の生活の場を探しておられる方がいらっしゃいます。
医療処置がございますので、看護ご担当の方にもご確認いただけますでしょうか。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "new text names the patient with PEG, insulin and MRSA questions: sensitive health data",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "nyukyo-012",
        "charset": "utf-8",
        "sender": KATAGIRI,
        "to": ["清陵会病院 医療相談室 <soudan@seiryokai-hp.or.jp>"],
        "subject": "Re: 入居受け入れのご相談",
        "body": """清陵会病院 医療相談室
矢吹様

ご連絡ありがとうございます。ひのでの杜あざみ野の片桐です。
ご紹介いただいた件、看護主任とも共有いたしました。
受け入れの可否は、5/20（火）の判定会議のあと、当日中にお電話でご連絡いたします。
それまでに、可能でしたらご家族さまの見学日程もご調整いただけますと助かります。

取り急ぎ、受領のご連絡まで。
""" + SIG_KATAGIRI + """
> 片桐様
>
> お世話になっております。清陵会病院 医療相談室の矢吹です。
> 下記の患者様について、ご入居のご相談をさせてください。
>
>   氏名：鳴海 キヨ 様（昭和10年6月4日生）
>   病名：慢性腎不全（週3回の透析を検討中）、高血圧、軽度認知障害
>   ADL：車いす、移乗一部介助
>   キーパーソン：長女 鳴海 理恵 様 090-6627-3318
>
> 退院予定は6月上旬です。ご検討のほどよろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "diagnoses appear only in the quoted mail from the hospital; new text carries none",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "nyukyo-013",
        "charset": "cp932",
        "sender": HONDA,
        "to": ["青葉運輸 柏営業所 <kashiwa@aoba-unyu.co.jp>"],
        "subject": "6月入居予定者のお引越し一覧（ひのでテラス柏）",
        "body": """青葉運輸株式会社　柏営業所
配車ご担当　吉良様

いつもお世話になっております。ひのでテラス柏の本多です。
6月中に入居予定の方のお引越しについて、一覧（CSV）をお送りします。
各ご家族には「青葉運輸さんから下見の連絡が入ります」とお伝え済みです。

お見積りは、いつものとおり入居者様ごとに分けてご作成ください。
""" + SIG_HONDA,
        "attachments": [
            {
                "kind": "csv",
                "name": "引越予定_202506.csv",
                "encoding": "cp932",
                "rows": [
                    ["入居者名", "搬出元住所", "連絡先（ご家族）", "入居日", "居室"],
                    ["浅利 フジ", "千葉県松戸市常盤平三丁目14番2号", "090-3371-6024", "2025/06/03", "203"],
                    ["板垣 辰夫", "千葉県我孫子市天王台2-9-18", "04-7182-5530", "2025/06/07", "305"],
                    ["宇津木 美代", "東京都足立区花畑五丁目3番11-402", "080-1146-2297", "2025/06/10", "211"],
                    ["江頭 久", "千葉県流山市江戸川台東1-27-6", "070-3390-8815", "2025/06/14", "108"],
                    ["小此木 ツネ", "茨城県取手市戸頭4丁目6-23", "0297-78-4412", "2025/06/21", "402"],
                    ["勝又 清一", "千葉県柏市豊四季台3-1-5-1204", "090-5578-2630", "2025/06/28", "306"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV of six movers' names, home addresses and family phones to the moving partner",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "nyukyo-014",
        "charset": "iso-2022-jp",
        "sender": FURUYA,
        "to": ["青葉運輸 大阪南営業所 <osaka-minami@aoba-unyu.co.jp>"],
        "subject": "お引越し手配のお願い（６月９日・豊中）",
        "body": """青葉運輸株式会社 大阪南営業所
真壁様

お世話になっております。ひのでの杜 豊中の古谷です。
下記のとおり、お引越しの手配をお願いいたします。

　ご入居者：　宮脇 正子 様
　搬出元：　　大阪府堺市北区金岡町２８６７番地の５
　作業日：　　６月９日（月）　午前９時～
　搬入先：　　ひのでの杜 豊中　５０５号室
　立会い：　　ご長女 宮脇 由香 様（携帯 ０８０－７２３５－６６１９）

エレベーターの養生はホーム側で準備いたします。
よろしくお願いいたします。
""" + SIG_FURUYA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one move-in (resident and one family contact) to the moving partner: under five people",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "nyukyo-015",
        "charset": "utf-8",
        "sender": OTSUKI,
        "to": ["白川法律事務所 弁護士 真田先生 <sanada@shirakawa-law.jp>"],
        "subject": "入居契約書（2025年改定案）のリーガルチェックのお願い",
        "body": """白川法律事務所
真田先生

いつも大変お世話になっております。日の出産業 入居相談室の大槻でございます。
入居契約書および重要事項説明書の改定案がまとまりましたので、
リーガルチェックをお願いしたく、改定案をお送りいたします。

主な変更点は、前払金の償却期間、短期解約特例の返還額計算、
身元引受人の責任範囲（極度額の明記）の3点です。

6月末までにコメントを頂戴できますと幸いです。
""" + SIG_OTSUKI,
        "attachments": [
            {
                "kind": "docx",
                "name": "入居契約書_改定案_v3.docx",
                "title": "入居契約書 改定案",
                "page_header": "社外秘",
                "paragraphs": [
                    "【社外秘】取扱い：シニアライフ事業部 入居相談室",
                    "介護付有料老人ホーム 入居契約書（改定案 第3版）",
                    "第1条（目的）本契約は…",
                    "第12条（前払金の返還）入居後3月以内に契約が終了した場合…",
                    "第18条（身元引受人）身元引受人の負う債務の極度額は金300万円とする。",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached draft contract is stamped 社外秘 in its header",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "nyukyo-016",
        "charset": "cp932",
        "sender": TAKENOUCHI,
        "to": ["匠引越サービス 法人営業 三上様 <mikami@hikkoshi-takumi.co.jp>"],
        "subject": "秘密保持契約書のご確認と締結のお願い",
        "body": """匠引越サービス株式会社
法人営業部　三上様

お世話になっております。日の出産業の竹之内です。
先日はお打合せのお時間をいただき、ありがとうございました。

入居者さまのお引越し業務をお願いするにあたり、
弊社の規程により、事前に秘密保持契約（NDA）の締結をお願いしております。
ひな形を添付いたしますので、内容をご確認いただき、
修正のご希望がございましたらお知らせください。

ご確認後、押印済みの原本2部を郵送いたします。
""" + SIG_TAKENOUCHI + DISCLAIMER_JA,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_ひな形.docx",
                "title": "秘密保持契約書",
                "paragraphs": [
                    "秘密保持契約書",
                    "日の出産業株式会社（以下「甲」という。）と匠引越サービス株式会社（以下「乙」という。）は、次のとおり秘密保持契約を締結する。",
                    "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する入居者の個人情報その他一切の情報をいう。",
                    "第2条（目的外使用の禁止）乙は秘密情報を引越業務の目的以外に使用してはならない。",
                    "第3条（返還・廃棄）業務終了後、乙は秘密情報を速やかに返還または廃棄する。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with its unmarked template, plus the standard disclaimer",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "nyukyo-017",
        "charset": "iso-2022-jp",
        "sender": KATAGIRI,
        "to": ["あんしん保証 審査課 <shinsa@anshin-hosho.co.jp>"],
        "subject": "身元保証委託 お申込み（ひのでの杜あざみ野／６月入居）",
        "body": """あんしん保証株式会社　審査課　御中

いつもお世話になっております。ひのでの杜あざみ野 入居相談室の片桐です。
６月入居予定の方について、身元保証委託の審査をお願いいたします。
ご本人様の同意書は本日郵送いたしました。

■連帯保証人（申込人）
　氏名　　　：　滝沢 亮一（たきざわ りょういち）
　続柄　　　：　長男
　生年月日　：　１９６６年８月１９日
　住所　　　：　〒１８３－００５２ 東京都府中市新町一丁目４５番８号
　電話　　　：　０９０－３８６２－５０１４
　本人確認　：　運転免許証　第 ３００９０５１７６３１０ 号（東京都公安委員会）

■ご入居予定者
　滝沢 キミ 様（母）

審査結果はメールでご連絡いただけますと幸いです。
""" + SIG_KATAGIRI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "guarantor's driving-licence number sent to the guarantee company: identity document",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "nyukyo-018",
        "charset": "utf-8",
        "sender": HANYU,
        "to": ["みどり銀行 法人営業部 堤様 <tsutsumi@midori-ginko.co.jp>"],
        "subject": "【月次報告】入居率・待機者数（2025年4月末）",
        "body": """みどり銀行 法人営業部
堤 様

いつもお世話になっております。日の出産業 経理課の羽生です。
融資契約に基づく月次報告として、4月末時点の各ホームの入居率と
待機者数の集計をお送りいたします。

全体入居率は 94.6%（前月比 +1.2pt）、待機者数は合計 41名です。
内訳は添付ファイルをご参照ください。
""" + SIG_HANYU,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "月次報告_入居率_202504.xlsx",
                "sheets": {
                    "入居率": [
                        ["2025年4月末 入居状況"],
                        ["ホーム", "定員", "入居者数", "入居率", "前月比"],
                        ["ひのでの杜あざみ野", 80, 77, "96.3%", "+1.3pt"],
                        ["ひのでの杜 武蔵浦和", 60, 57, "95.0%", "+0.0pt"],
                        ["ひのでテラス柏", 54, 49, "90.7%", "+3.7pt"],
                        ["ひのでの杜 豊中", 70, 67, "95.7%", "+0.0pt"],
                    ],
                    "待機者数": [
                        ["ホーム", "要支援", "要介護1-2", "要介護3-5", "合計"],
                        ["あざみ野", 0, 6, 8, 14],
                        ["武蔵浦和", 0, 4, 4, 8],
                        ["柏", 2, 3, 1, 6],
                        ["豊中", 0, 5, 8, 13],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate occupancy and waiting-list statistics, no individuals",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "nyukyo-019",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": [
            "ケアプランこころ 浜田様 <hamada@careplan-kokoro.jp>",
            "居宅介護支援センターはなみずき <info@kyotaku-hanamizuki.com>",
            "別所ケアサポート 芹沢様 <serizawa@bessho-caresupport.co.jp>",
        ],
        "subject": "【空室のお知らせ】ひのでの杜 武蔵浦和（個室Ａ １室）",
        "body": """ケアマネジャーの皆さま

いつもお世話になっております。ひのでの杜 武蔵浦和の宇佐美です。
６月１日より、個室Ａ（１８．５㎡・トイレ／洗面付）が１室空く予定となりました。
すぐのご入居が可能です。体験入居（２泊３日）も承ります。

ご利用者さまで施設入居をご検討中の方がいらっしゃいましたら、
お気軽にご連絡ください。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three outside care-management offices in To can see each other: should be Bcc",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "nyukyo-020",
        "charset": "utf-8",
        "sender": HONDA,
        "to": ["はなみずき福祉用具 レンタル課 <rental@hanamizuki-fukushi.co.jp>"],
        "subject": "FW: 母の入居準備について（車いす・ベッドのご相談）",
        "body": """はなみずき福祉用具
レンタル課 ご担当者様

ひのでテラス柏の本多です。いつもありがとうございます。
6月入居予定の方のご家族から、下記のご相談をいただきました。
入居日に合わせて車いすと介護ベッドの選定をお願いできますでしょうか。
詳細は転送したメールをご確認ください。

---------- Forwarded message ---------
From: 井筒 和彦 <kazu.izutsu@yahoo.co.jp>
Date: 2025年5月14日(水) 21:18
Subject: 母の入居準備について
To: 本多 健司 <honda.kenji@hinode-sangyo.co.jp>

本多様

いつもお世話になります。井筒です。
母（井筒 フミ、84歳）は昨年11月に脳梗塞を起こし、右半身に麻痺が残っています。
身体障害者手帳は2級を取得しました。
今は病院の車いすを借りていますが、入居後は自分用のものを用意したいと思っています。
ベッドも、起き上がりが楽な電動のものが良いと理学療法士さんから言われています。
平日の日中は仕事中ですので、携帯（090-2847-6613）にお電話ください。

井筒 和彦
""" + SIG_HONDA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward (new to the recipient) of a family mail with the mother's stroke and disability grade",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------ 021
    {
        "id": "nyukyo-021",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["武蔵浦和 看護 <kango-musashiurawa@care.hinode-sangyo.co.jp>"],
        "subject": "転送：入居前の健康状態について（穂積様ご家族より）",
        "body": """看護の皆さん

お疲れさまです。宇佐美です。
６月入居予定の穂積様のご家族から、下記のメールが届きました。
入居前面談の前に、医療面の確認をお願いします。

-------- 転送メッセージ --------
差出人: 穂積 恭子 <kyoko-hozumi@ezweb.ne.jp>
送信日時: 2025年5月16日 8:42
宛先: usami.rena@care.hinode-sangyo.co.jp
件名: 入居前の健康状態について

宇佐美様
父（穂積 源太郎）の件でご連絡です。
先週の受診で、前立腺がんの再発が分かり、ホルモン療法を再開することになりました。
また、夜間のせん妄があり、主治医から抗精神病薬を少量出されています。
入居に差し支えないか、ご確認いただけますでしょうか。
日中の連絡は 080-2236-7719 までお願いいたします。
穂積
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "forward with a cancer diagnosis, but only to the internal nursing team",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "nyukyo-022",
        "charset": "cp932",
        "sender": HANYU,
        "to": ["ひなたペイメント カスタマーサポート <support@hinata-pay.co.jp>"],
        "subject": "手動オーソリのお願い（入居一時金の一部カード決済）",
        "body": f"""ひなたペイメント株式会社
加盟店サポート ご担当者様

いつもお世話になっております。
加盟店番号 HP-7720418（日の出産業株式会社）の経理課 羽生です。

入居一時金の一部について、ご家族からカード払いのご希望があり、
端末でエラー（E-51）となったため、手動でのオーソリをお願いできますでしょうか。

　カード番号　：{_hy4(card_number(SEED + 11))}
　有効期限　　：08/28
　カード名義　：TOSHIYUKI KURAHASHI
　金額　　　　：500,000円（一括）
　ご入居者　　：倉橋 イネ 様（ひのでの杜あざみ野 210号室）

処理結果をご返信いただけますと助かります。
""" + SIG_HANYU,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "full credit card number with holder name sent to the payment processor by mail",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "nyukyo-023",
        "charset": "iso-2022-jp",
        "sender": KATAGIRI,
        "to": ["松永 由美子 <yumiko.matsunaga.0420@gmail.com>"],
        "cc": ["ケアプラン青空 桐生様 <kiryu@careplan-aozora.jp>"],
        "subject": "ご見学日程のご連絡（ひのでの杜あざみ野）",
        "body": """松永 由美子 様
（cc：ケアプラン青空　桐生様）

お世話になっております。ひのでの杜あざみ野の片桐でございます。
ケアマネジャーの桐生様からご紹介をいただき、ありがとうございます。

ご見学は、下記の日程でお待ちしております。
　５月３１日（土）　１０時３０分～（約１時間）
　当日は桐生様もご同席くださるとのことで、承知いたしました。

お父様にご無理のないよう、休憩をはさみながらご案内いたします。
お気をつけてお越しくださいませ。
""" + SIG_KATAGIRI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains", "freemail_recipient"],
        "note": "tour date to one family member and her care manager: two external parties only",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "nyukyo-024",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": ["北国フーズ 栄養管理課 <eiyo@kitaguni-foods.co.jp>"],
        "subject": "6月入居予定者の食事形態・禁食のご連絡",
        "body": """北国フーズ株式会社
栄養管理課 ご担当者様

いつも美味しいお食事をありがとうございます。ひのでの杜あざみ野の桑原です。
6月入居予定の方の食事形態と禁食を一覧にしました（添付）。
治療食の方が2名いらっしゃいますので、献立のご調整をお願いいたします。
""" + SIG_KUWABARA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "食事箋_6月入居者.xlsx",
                "sheets": {
                    "食事箋": [
                        ["ひのでの杜あざみ野　新規入居者 食事箋（2025年6月）"],
                        ["居室", "氏名", "入居日", "主食", "副食形態", "治療食・禁食", "備考"],
                        ["201", "相馬 ナミ", "6/2", "全粥", "きざみ", "なし", "嚥下機能低下"],
                        ["204", "新発田 幸吉", "6/4", "米飯", "常菜", "糖尿病食 1,440kcal", "インスリン使用"],
                        ["207", "小檜山 照子", "6/9", "ミキサー粥", "ミキサー", "とろみ中間", "脳梗塞後の嚥下障害"],
                        ["301", "三枝 ゆき", "6/11", "米飯", "一口大", "えび・かに（アレルギー）", ""],
                        ["306", "渥美 勲", "6/16", "米飯", "常菜", "減塩6g（心不全）", "ワーファリン服用:納豆禁"],
                        ["310", "道明寺 しず", "6/23", "軟飯", "きざみ", "卵（アレルギー）", "義歯不適合"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "six named residents with therapeutic diets, allergies and diagnoses: list with health data",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "nyukyo-025",
        "charset": "cp932",
        "sender": KUWABARA,
        "to": ["北国フーズ 栄養管理課 <eiyo@kitaguni-foods.co.jp>"],
        "subject": "7月分 食数・食形態別の予定数",
        "body": """北国フーズ株式会社　栄養管理課　御中

お世話になっております。ひのでの杜あざみ野の桑原です。
7月分の食数予定をお送りします（1日あたり、7/1時点の見込み）。

　食形態　　　　　朝　　昼　　夕
　常菜　　　　　　41　　43　　41
　一口大　　　　　14　　14　　14
　きざみ　　　　　11　　11　　11
　ミキサー　　　　 6　　 6　　 6
　治療食（糖尿）　 5　　 5　　 5
　治療食（減塩）　 3　　 3　　 3

行事食（7/7 七夕）は昼食でお願いいたします。
""" + SIG_KUWABARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meal counts by texture and diet: statistics, no person identifiable",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "nyukyo-026",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["本部 入居相談室 <nyukyo-soudan@hinode-sangyo.jp>"],
        "subject": "武蔵浦和 待機者CSV（システム登録用）",
        "body": """入居相談室 各位

お疲れさまです。武蔵浦和の宇佐美です。
本部システムへの一括登録用に、待機者の基本情報をCSVにしました。
文字コードはUTF-8です。取込みエラーが出たら教えてください。

宇佐美
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "waiting_musashiurawa.csv",
                "encoding": "utf-8",
                "rows": [
                    ["受付No", "氏名", "フリガナ", "生年月日", "電話（本人または家族）"],
                    ["W-0311", "真鍋 ハツ", "マナベ ハツ", "S11.3.8", "048-862-4471"],
                    ["W-0314", "久我 良平", "クガ リョウヘイ", "S15.11.21", "090-7362-0158"],
                    ["W-0320", "五味 チヨ", "ゴミ チヨ", "S8.7.30", "080-3307-9942"],
                    ["W-0323", "楠木 正道", "クスノキ マサミチ", "S19.1.5", "048-711-2036"],
                    ["W-0327", "曽我部 静江", "ソガベ シズエ", "S13.5.16", "070-2248-6615"],
                    ["W-0330", "安曇 富美子", "アズミ フミコ", "S17.9.12", "090-1185-4720"],
                    ["W-0332", "宍戸 政男", "シシド マサオ", "S10.12.24", "048-833-5209"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "hinode-sangyo.jp (co. dropped) is a look-alike of the internal domain; it carries a list of 7",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "nyukyo-027",
        "charset": "iso-2022-jp",
        "sender": FURUYA,
        "to": ["大江 啓介 <keisuke_ooe@yahoo.co.jp>"],
        "subject": "ケアマネジャーのご紹介",
        "body": """大江 啓介 様

いつもお世話になっております。ひのでの杜 豊中の古谷でございます。
先日ご相談のありました、入居後のケアマネジャーについてご連絡いたします。

当ホーム併設ではございませんが、豊中市内で評判のよい事業所として、
下記をご紹介いたします。お母様の入居前に一度ご面談されるとよいと存じます。

　居宅介護支援事業所　ケアステーション千里
　主任介護支援専門員　辻 慶子 様
　〒５６０－００８２　大阪府豊中市新千里東町１－５－３　千里ビル４階
　ＴＥＬ　０６－６８３３－７２１０　／　ＦＡＸ　０６－６８３３－７２１１

事前に私からもお電話を入れておきます。
""" + SIG_FURUYA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one care manager's business contact given to a family on free mail",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "nyukyo-028",
        "charset": "utf-8",
        "sender": TAKENOUCHI,
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "【問合せ】入居者台帳の取込みエラーについて（契約ID: TS-55120）",
        "body": """ツバサシステム株式会社
サポートデスク ご担当者様

お世話になっております。日の出産業の竹之内です（契約ID: TS-55120）。
入居管理システムへの台帳取込みで「ファイル形式が正しくありません」と表示されます。
該当のファイルを添付しますので、原因をご確認いただけますでしょうか。

Excel 上では開けるのですが、保存し直しても同じエラーになります。
""" + SIG_TAKENOUCHI,
        "attachments": [
            {"kind": "corrupt", "name": "入居者台帳_移行用_0512.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "nyukyo-029",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": ["はやてクリニック 外来 <gairai@hayate-clinic.jp>"],
        "subject": "入居時健康診断の結果について（ご確認のお願い）",
        "html": """<html><body style="font-family:'MS PGothic',sans-serif;font-size:10pt">
<p>はやてクリニック<br>院長 藤堂先生</p>
<p>いつもお世話になっております。ひのでの杜あざみ野 看護主任の桑原です。<br>
先日貴院で受診された新規入居者の健康診断結果につき、気になる点がございましたので、
入居後の治療方針についてご指示をいただけますでしょうか。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>氏名</th><td>千賀 房江（ちが ふさえ）様</td></tr>
<tr><th>生年月日</th><td>昭和16年1月29日</td></tr>
<tr><th>血圧</th><td>168/94 mmHg</td></tr>
<tr><th>HbA1c</th><td>8.4 %</td></tr>
<tr><th>eGFR</th><td>38 mL/min/1.73m²（CKD G3b）</td></tr>
<tr><th>胸部X線</th><td>右下肺野に陳旧性結核の所見</td></tr>
<tr><th>HBs抗原</th><td>陽性</td></tr>
</table>
<p>ご多忙のところ恐れ入りますが、よろしくお願いいたします。</p>
<p>――<br>ひのでの杜あざみ野 看護主任 桑原 美和<br>TEL 045-482-7710 内線23</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with one named resident's health-check results and infection status",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "nyukyo-030",
        "charset": "utf-8",
        "sender": HONDA,
        "to": ["t.kuroiwa@icloud.com"],
        "subject": "協力医療機関のご案内（ひのでテラス柏）",
        "body": """黒岩 様

ひのでテラス柏の本多です。お問い合わせありがとうございます。
当住宅の協力医療機関は以下のとおりです。

・柏の葉内科クリニック（内科・訪問診療）　千葉県柏市若柴178-4　04-7135-2280
・柏中央歯科医院（訪問歯科）　千葉県柏市中央町2-11　04-7163-0418
・北柏整形外科（整形外科・リハビリ）　千葉県柏市根戸467-12　04-7167-9935

かかりつけ医を継続される場合も、もちろん大丈夫です。
""" + SIG_HONDA,
        "html": """<html><body>
<p>黒岩 様</p>
<p>ひのでテラス柏の本多です。お問い合わせありがとうございます。<br>当住宅の協力医療機関は以下のとおりです。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>医療機関</th><th>診療科</th><th>所在地</th><th>電話</th></tr>
<tr><td>柏の葉内科クリニック</td><td>内科・訪問診療</td><td>千葉県柏市若柴178-4</td><td>04-7135-2280</td></tr>
<tr><td>柏中央歯科医院</td><td>訪問歯科</td><td>千葉県柏市中央町2-11</td><td>04-7163-0418</td></tr>
<tr><td>北柏整形外科</td><td>整形外科・リハビリ</td><td>千葉県柏市根戸467-12</td><td>04-7167-9935</td></tr>
</table>
<p>かかりつけ医を継続される場合も、もちろん大丈夫です。</p>
<p>ひのでテラス柏 生活相談員 本多 健司<br>04-7160-3381</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "list of partner clinics (businesses) to one private person",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "nyukyo-031",
        "charset": "cp932",
        "sender": KUWABARA,
        "to": ["えがお訪問歯科 受付 <uketsuke@egao-houmonshika.jp>"],
        "subject": "訪問歯科 新規登録のお願い（あざみ野 308号室）",
        "body": """えがお訪問歯科
受付ご担当者様

お世話になっております。ひのでの杜あざみ野の桑原です。
新しくご入居された方について、訪問歯科の新規登録をお願いいたします。
ご家族の同意は取得済みです。

　氏名：　　　　　辰巳 千代子（たつみ ちよこ）
　生年月日：　　　昭和10年10月3日
　保険：　　　　　後期高齢者医療被保険者証
　　保険者番号：　39142015
　　被保険者番号：　27604418
　負担割合：　　　1割
　居室：　　　　　308号室

初回訪問は来週水曜の午後を希望いたします。
""" + SIG_KUWABARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "health-insurance card numbers of a named resident sent to an outside dental clinic",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "nyukyo-032",
        "charset": "iso-2022-jp",
        "sender": SAMEJIMA,
        "to": ["さくらホテル 宿泊予約課 <reserve@sakura-hotel.jp>"],
        "subject": "法人契約での宿泊予約（６／８・１泊）",
        "body": """さくらホテル　宿泊予約課　御中

いつもお世話になっております。日の出産業株式会社の鮫島です。
法人契約（契約番号 SH-0392）にて、下記のとおり宿泊予約をお願いいたします。
ご入居者のご家族が遠方からお越しになるため、弊社手配でのご宿泊です。

　ご宿泊日：６月８日（日）１泊
　お部屋　：ツイン１室（禁煙）
　ご宿泊者：梶原 伸也 様　ほか１名
　ご連絡先：０９０－６１２４－８８３０（梶原様 携帯）
　お支払い：弊社へのご請求（請求書払い）

チェックインが２０時ごろになる見込みです。よろしくお願いいたします。
""" + SIG_SAMEJIMA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "hotel booking for one guest with his phone: a single person's contact",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "nyukyo-033",
        "charset": "utf-8",
        "sender": SAMEJIMA,
        "to": ["シニアストラテジー 那珂川様 <nakagawa@senior-strategy.co.jp>"],
        "subject": "次回定例の資料（入居促進施策の検討）",
        "body": """シニアストラテジー株式会社
那珂川様

お世話になっております。日の出産業の鮫島です。
来週の定例で議論したい入居促進施策の検討資料をお送りします。
料金改定のシミュレーション部分は、まだ社内調整中の数字です。
""" + SIG_SAMEJIMA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "入居促進施策_検討資料_0520.xlsx",
                "page_header": "部外秘",
                "sheets": {
                    "施策一覧": [
                        ["【部外秘】2025年度 入居促進施策 検討資料（シニアライフ事業部）"],
                        ["No", "施策", "対象ホーム", "想定効果（入居数/年）", "費用（千円）"],
                        [1, "紹介元ケアマネ向け見学ツアー", "全ホーム", 12, 800],
                        [2, "前払金0円プランの新設", "柏", 8, 0],
                        [3, "体験入居の無料化（2泊）", "武蔵浦和", 5, 450],
                    ],
                    "料金改定案": [
                        ["ホーム", "現行月額", "改定案", "差額"],
                        ["あざみ野", 268000, 279000, 11000],
                        ["豊中", 241000, 248000, 7000],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "workbook carries a 部外秘 classification in its title row and page header",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "nyukyo-034",
        "charset": "cp932",
        "sender": FURUYA,
        "to": ["豊中市社会福祉協議会 地域福祉課 <chiiki@toyonaka-shakyo-net.or.jp>"],
        "subject": "地域交流サロン 会場ご提供のご案内",
        "body": """豊中市社会福祉協議会
地域福祉課　ご担当者様

平素より大変お世話になっております。ひのでの杜 豊中の古谷でございます。
当ホーム1階の地域交流スペースを、地域のサロン活動の会場として
無償でご提供できることになりましたので、ご案内申し上げます。

　利用可能日：毎月第2・第4水曜日　13:30～16:00
　定員　　　：30名程度（椅子・長机・プロジェクターあり）
　駐車場　　：3台まで

ご関心のある団体さまにお声がけいただけますと幸いです。
""" + SIG_FURUYA + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "community-room offer with the standard 機密情報 disclaimer: not a marking",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "nyukyo-035",
        "charset": "iso-2022-jp",
        "sender": KATAGIRI,
        "to": ["光が丘記念病院 救急外来 事務 <er-jimu@hikarigaoka-kinen.or.jp>"],
        "subject": "協力医療機関契約に伴う緊急連絡先一覧の送付",
        "body": """光が丘記念病院
救急外来 事務ご担当 小山内様

お世話になっております。ひのでの杜あざみ野の片桐です。
協力医療機関契約の締結、誠にありがとうございました。
夜間救急搬送時のご家族への連絡用に、５月入居者分の緊急連絡先一覧をお送りします。
残りの入居者分は、来月まとめてお送りいたします。
""" + SIG_KATAGIRI,
        "attachments": [
            {
                "kind": "docx",
                "name": "緊急連絡先一覧_5月入居者.docx",
                "paragraphs": ["ひのでの杜あざみ野　緊急連絡先一覧（2025年5月入居者）", ""],
                "tables": [
                    [
                        ["居室", "入居者氏名", "緊急連絡先", "続柄", "電話番号"],
                        ["105", "鵜飼 喜代治", "鵜飼 正樹", "長男", "090-7731-2085"],
                        ["112", "嶋津 ヨシ", "嶋津 敦史", "長男", "090-4826-1157"],
                        ["203", "仲宗根 トミ子", "仲宗根 悦子", "長女", "045-943-6620"],
                        ["215", "三橋 早苗", "三橋 浩二", "夫", "080-2974-0051"],
                        ["302", "蓮見 勝", "蓮見 加奈", "次女", "070-6638-4129"],
                        ["308", "辰巳 千代子", "辰巳 誠", "長男", "03-5706-3392"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six residents with their family contacts and phones: list of people",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------ 036
    {
        "id": "nyukyo-036",
        "charset": "utf-8",
        "sender": HONDA,
        "to": [
            "柏の葉総合病院 医療福祉相談室 内田様 <uchida@kashiwanoha-sogo.or.jp>",
            "ケアプランみらい 石動様 <isurugi@careplan-mirai.jp>",
        ],
        "cc": ["はなみずき福祉用具 宮内様 <miyauchi@hanamizuki-fukushi.co.jp>"],
        "subject": "退院前カンファレンス日程のご相談（浜口様）",
        "body": """関係者の皆さま

お世話になっております。ひのでテラス柏の本多です。
浜口様のご退院・ご入居に向けた退院前カンファレンスについて、
以下の候補日でご都合をお聞かせください。

　①5月27日（火）14:00～
　②5月28日（水）10:00～
　③5月30日（金）15:00～
　場所：柏の葉総合病院 3階 カンファレンスルーム（病院さまのご了承済み）

福祉用具の宮内様には、ベッドと手すりの選定のためご同席をお願いしております。
ご返信は皆さまに見えるよう全員返信でお願いします。
""" + SIG_HONDA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "hospital, care-plan office and equipment supplier (three outside organisations) in To/Cc",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "nyukyo-037",
        "charset": "iso-2022-jp",
        "sender": FURUYA,
        "to": ["千里中央病院 地域連携室 岩城様 <iwaki@senri-chuo-hp.or.jp>"],
        "cc": ["ケアステーション千里 辻様 <tsuji@carestation-senri.jp>", KATAGIRI],
        "subject": "Re: 面談日程の件",
        "body": """岩城様
（ｃｃ：ケアステーション千里　辻様）

お世話になっております。ひのでの杜 豊中の古谷です。
ご調整ありがとうございます。
６月３日（火）１３時３０分から、貴院２階の面談室にて承知いたしました。
当日はホームから私と看護師の２名で伺います。

よろしくお願いいたします。
""" + SIG_FURUYA + """
> 古谷様、辻様
> 面談は6/3(火)13:30～、当院2階面談室でいかがでしょうか。
> 岩城
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way meeting mail: two outside organisations (plus an internal cc)",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "nyukyo-038",
        "charset": "cp932",
        "sender": TAKENOUCHI,
        "to": ["桐谷司法書士事務所 桐谷先生 <kiriya@kiriya-shiho.jp>"],
        "subject": "成年後見 ご就任に伴う財産目録用の情報について（203号室 入居者様）",
        "body": """桐谷司法書士事務所
桐谷先生

いつもお世話になっております。日の出産業 管理課の竹之内です。
このたび成年後見人にご就任いただいた件で、財産目録の作成に必要とのことでしたので、
ホームでお預かりしている書類から、以下の情報を書き出しました。

　ご本人　　　　：仲宗根 トミ子 様（203号室）
　基礎年金番号　：4307-215968
　年金受取口座　：さざなみ信用金庫 あざみ野支店　普通 2074518
　　　　　　　　　名義 ナカソネ トミコ
　利用料引落口座：同上

通帳原本と年金証書は、次回ご来訪の際にお引き渡しいたします。
""" + SIG_TAKENOUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "resident's basic pension number and bank account sent to the outside guardian",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "nyukyo-039",
        "charset": "utf-8",
        "sender": HANYU,
        "to": ["青葉運輸 経理部 請求担当 <seikyu@aoba-unyu.co.jp>"],
        "subject": "5月分ご請求書の受領とお支払予定について",
        "body": """青葉運輸株式会社
経理部 請求ご担当者様

お世話になっております。日の出産業 経理課の羽生です。
5月分のご請求書（請求書番号 AU-2505-01187、金額 1,284,700円）を受領いたしました。
お支払いは6月30日（月）に、ご指定の口座へお振込みいたします。

なお、5/19配送分の家具（追跡番号 4471-2290-8836）について、
明細に二重計上と思われる行（No.14・No.15）がございます。ご確認をお願いいたします。
""" + SIG_HANYU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invoice and tracking numbers with the partner: ordinary accounting mail",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "nyukyo-040",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["ケアプランこころ 浜田様 <hamada@careplan-kokoro.jp>"],
        "subject": "入居判定結果のご連絡",
        "body": """ケアプランこころ
浜田様

お世話になっております。ひのでの杜 武蔵浦和の宇佐美です。
ご紹介いただいた方の入居判定の結果を、添付の通知書にてお送りいたします。
条件付きでの受け入れとなりました。ご家族への説明にお役立てください。
""" + SIG_USAMI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "入居判定結果通知書.pdf",
                "title": "入居判定結果通知書",
                "lines": [
                    "入居判定結果通知書",
                    "令和7年5月20日　ひのでの杜 武蔵浦和　入居判定会議",
                    "",
                    "申込者氏名：久我 良平 様（受付No W-0314）",
                    "判定結果：条件付き受入",
                    "理由・条件：",
                    "・パーキンソン病（Yahr III）による転倒リスクが高く、センサーマットを使用します。",
                    "・レビー小体型認知症の疑いにより幻視・夜間の興奮があるため、",
                    "　入居前に精神科主治医の意見書をご提出ください。",
                    "・服薬管理はホームで行います。",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF admission decision naming the applicant with his diagnoses and psychiatric condition",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "nyukyo-041",
        "charset": "utf-8",
        "sender": OTSUKI,
        "to": ["ひのでの杜 各施設長 <shisetsucho@hinode-sangyo.co.jp>"],
        "cc": [KUWABARA, USAMI],
        "subject": "5/20 入居判定会議 議事録",
        "body": """施設長各位

お疲れさまです。大槻です。
5/20の入居判定会議の議事録を添付します。
条件付き受入の2件は、各ホームで入居前面談の日程調整をお願いします。
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "議事録_入居判定会議_20250520.docx",
                "paragraphs": ["入居判定会議 議事録", "日時：2025年5月20日 15:00-16:30　出席：大槻、古谷、桑原、宇佐美ほか"],
                "tables": [
                    [
                        ["受付No", "氏名", "生年月日", "主な病名・状態", "判定"],
                        ["W-0314", "久我 良平", "S15.11.21", "パーキンソン病、幻視", "条件付き受入"],
                        ["W-0320", "五味 チヨ", "S8.7.30", "アルツハイマー型認知症、胃ろう", "受入"],
                        ["A-0207", "國分 正雄", "S18.2.6", "胃ろう、インスリン、MRSA保菌", "保留（追加情報待ち）"],
                        ["T-0118", "宮脇 正子", "S13.8.14", "変形性腰椎症", "受入"],
                        ["W-0330", "安曇 富美子", "S17.9.12", "うつ病（通院中）", "条件付き受入"],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "minutes with applicants' diagnoses, sent only to internal addresses",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "nyukyo-042",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["寿交通 配車センター <haisha@kotobuki-kotsu.co.jp>"],
        "subject": "体験入居 送迎のご依頼（6/2〜6/6）",
        "html": """<html><body>
<p>寿交通株式会社<br>配車センター　ご担当者様</p>
<p>いつもお世話になっております。ひのでの杜 武蔵浦和の宇佐美です。<br>
来週の体験入居の送迎（ご自宅→ホーム）を、下記のとおりお願いいたします。
すべて車いす対応車両でお願いします。</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>日付</th><th>時刻</th><th>お名前</th><th>お迎え先</th><th>連絡先</th></tr>
<tr><td>6/2(月)</td><td>10:00</td><td>一ノ瀬 タマ 様</td><td>さいたま市浦和区岸町4-12-7</td><td>048-822-5591</td></tr>
<tr><td>6/3(火)</td><td>10:30</td><td>八木橋 茂 様</td><td>さいたま市南区文蔵2-30-15</td><td>090-3627-1408</td></tr>
<tr><td>6/4(水)</td><td>9:30</td><td>二階堂 寿美 様</td><td>戸田市本町3-8-21-305</td><td>080-5113-2267</td></tr>
<tr><td>6/5(木)</td><td>13:00</td><td>五十嵐 留吉 様</td><td>蕨市中央6-2-9</td><td>048-441-7730</td></tr>
<tr><td>6/6(金)</td><td>10:00</td><td>六車 フミヨ 様</td><td>さいたま市緑区原山1-19-3</td><td>070-4480-9126</td></tr>
</table>
<p>料金はホームへのご請求でお願いいたします。</p>
<p>ひのでの杜 武蔵浦和　入居相談員　宇佐美 玲奈<br>TEL 048-838-5120</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML table of five people with home addresses and phones to a taxi company",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "nyukyo-043",
        "charset": "iso-2022-jp",
        "sender": HANYU,
        "to": ["みどり銀行 八丁堀支店 法人窓口 <hacchobori-hojin@midori-ginkou.co.jp>"],
        "subject": "入居一時金のお振込み着金確認のお願い",
        "body": """みどり銀行　八丁堀支店
法人窓口ご担当者様

いつもお世話になっております。日の出産業 経理課の羽生です。
下記のお振込みについて、着金状況をご確認いただけますでしょうか。
ご家族からは５月１６日に振込済みと伺っております。

　振込依頼人：　クラハシ トシユキ
　金額　　　：　４，３８０，０００円
　内容　　　：　入居一時金（倉橋 イネ 様　あざみ野２１０号室）
　入金口座　：　当社 入居金専用口座

お手数ですが、よろしくお願いいたします。
""" + SIG_HANYU,
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "nyukyo-044",
        "charset": "utf-8",
        "sender": OTSUKI,
        "to": ["Grace Lin <grace.lin@evergreen-eldercare.com.tw>"],
        "subject": "Re: Benchmarking visit to Hinode senior residences in July",
        "body": """Dear Ms. Lin,

Thank you for your kind message. We are delighted that your team will visit us.
Here is the proposed programme for Thursday, 10 July:

  10:00  Welcome and overview of our admissions process (Head Office, Hacchobori)
  11:30  Transfer to Hinode-no-Mori Azamino (about 50 min by train)
  13:00  Lunch with the residents' meal menu
  14:00  Tour of the residence and the nurse station
  15:30  Q&A with our admissions counsellors
  16:30  Close

Please find the detailed agenda attached. We will arrange an interpreter.
Could you let us know the names of the visitors by the end of June?

Best regards,
""" + SIG_OTSUKI + DISCLAIMER_EN,
        "attachments": [
            {
                "kind": "html",
                "name": "agenda_2025-07-10.html",
                "html": """<html><body><h2>Visit programme - 10 July 2025</h2>
<ul><li>10:00 Welcome (Head Office)</li><li>13:00 Lunch</li><li>14:00 Tour</li><li>15:30 Q&amp;A</li></ul>
<p>Contact: Hinode Sangyo Senior Life Division, +81-3-3551-8820</p></body></html>""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English visit programme to a foreign partner with the standard confidentiality disclaimer",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "nyukyo-045",
        "charset": "cp932",
        "sender": KATAGIRI,
        "to": ["青葉運輸 引越センター 横浜営業所 <hikkoshi-yokohama@aoba-unyu.co.jp>"],
        "subject": "Re: 5/26 嶋津様お引越しの件（当日の段取り）",
        "body": """青葉運輸　横浜営業所
園部様

お見積りありがとうございました。ひのでの杜あざみ野の片桐です。
当日の段取りについて補足いたします。

嶋津 ヨシ様は要介護２で、車いすをご使用です。
ご本人はご家族の車で11時ごろ到着されますので、
それまでに302号室への搬入と家具の配置を終えていただけますと助かります。
ベッドは窓側、車いすが通れるよう入口から90cm以上あけてください。

よろしくお願いいたします。
""" + SIG_KATAGIRI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "care level and wheelchair use of one named resident told to the mover: health data or logistics?",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "nyukyo-046",
        "charset": "iso-2022-jp",
        "sender": FURUYA,
        "to": ["奥寺 美津子 <okudera-mitsuko@docomo.ne.jp>"],
        "subject": "重要事項説明書（お母様ご入居分）の送付",
        "body": """奥寺 美津子 様

お世話になっております。ひのでの杜 豊中の古谷でございます。
契約前にお目通しいただく重要事項説明書をお送りいたします。
添付のＰＤＦはパスワードで保護しております。
パスワードは、このあと別のメールでお送りいたします。

ご契約日（６月５日）までに、ご不明な点をお知らせくださいませ。
""" + SIG_FURUYA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "重要事項説明書_奥寺様.pdf",
                "password": "Toyo0605",
                "title": "重要事項説明書",
                "lines": ["重要事項説明書", "入居予定者：奥寺 スミ 様", "居室：412号室", "前払金：3,600,000円"],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment", "freemail_recipient"],
        "note": "password-protected PDF cannot be inspected",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "nyukyo-047",
        "charset": "iso-2022-jp",
        "sender": FURUYA,
        "to": ["奥寺 美津子 <okudera-mitsuko@docomo.ne.jp>"],
        "subject": "パスワードのお知らせ",
        "body": """奥寺 美津子 様

ひのでの杜 豊中の古谷でございます。
先ほどお送りした「重要事項説明書」のパスワードをお知らせいたします。

　パスワード：Toyo0605

開けない場合は、お手数ですがホーム（06-6850-4402）までお電話ください。
""" + SIG_FURUYA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "password notice with no attachment and no personal data",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "nyukyo-048",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": ["かえで調剤薬局 あざみ野店 <azamino@kaede-chozai.jp>"],
        "subject": "持参薬の一包化と今後の処方受付のお願い",
        "body": """かえで調剤薬局 あざみ野店
管理薬剤師 長谷川様

お世話になっております。ひのでの杜あざみ野の桑原です。
5/26入居予定の方の持参薬について、一包化と今後の処方受付をお願いいたします。

◆ご本人　嶋津 ヨシ 様（昭和9年4月17日生）
◆現在の処方（かしの木台総合病院 循環器内科）
  ・エリキュース錠2.5mg　1日2回 朝夕
  ・ラシックス錠20mg　1日1回 朝
  ・メマリー錠10mg　1日1回 夕
  ・酸化マグネシウム330mg　1日3回 毎食後
◆備考　心房細動・心不全の既往あり、認知症（中等度）。嚥下は錠剤可。

お薬手帳のコピーは入居日にお届けします。
""" + SIG_KUWABARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named resident's prescriptions and diagnoses to a pharmacy: sensitive",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "nyukyo-049",
        "charset": "cp932",
        "sender": TAKENOUCHI,
        "to": ["ツバサシステム 導入支援 荻原様 <ogiwara@tsubasa-system.jp>"],
        "subject": "データ移行リハーサル用ファイルの送付",
        "body": """ツバサシステム株式会社
導入支援部　荻原様

お世話になっております。日の出産業の竹之内です。
来週のデータ移行リハーサル用に、旧システムから書き出した待機者データを
ZIPにまとめてお送りします（CSVとExcelの2種類）。
項目の対応表は前回お送りしたものから変更ありません。
""" + SIG_TAKENOUCHI,
        "attachments": [
            {
                "kind": "zip",
                "name": "migration_rehearsal_0523.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "waiting_export.csv",
                        "encoding": "cp932",
                        "rows": [
                            ["ID", "NAME", "KANA", "BIRTH", "TEL", "ADDRESS", "FACILITY"],
                            ["A-0201", "栗林 フサ", "クリバヤシ フサ", "1937-06-02", "045-901-3374", "神奈川県横浜市青葉区美しが丘2-41-9", "AZM"],
                            ["A-0204", "大蔵 秀雄", "オオクラ ヒデオ", "1941-01-15", "090-6018-4472", "神奈川県川崎市宮前区鷺沼3-7-14", "AZM"],
                            ["A-0207", "國分 正雄", "コクブ マサオ", "1943-02-06", "044-877-2019", "神奈川県川崎市麻生区王禅寺東5-22-3", "AZM"],
                            ["K-0110", "葛西 とし", "カサイ トシ", "1935-10-28", "04-7144-6281", "千葉県柏市松葉町4-9-2", "KSW"],
                            ["K-0113", "猪股 光雄", "イノマタ ミツオ", "1939-03-19", "080-2231-6957", "千葉県柏市南増尾1-18-30", "KSW"],
                            ["T-0118", "宮脇 正子", "ミヤワキ マサコ", "1938-08-14", "072-258-3146", "大阪府堺市北区金岡町2867-5", "TYN"],
                            ["T-0121", "榎並 勇", "エナミ イサム", "1936-12-01", "06-6841-7703", "大阪府豊中市服部西町2-6-11", "TYN"],
                            ["T-0125", "朝比奈 雪", "アサヒナ ユキ", "1942-05-07", "090-8832-1146", "大阪府吹田市千里山東3-4-25", "TYN"],
                        ],
                    },
                    {
                        "kind": "xlsx",
                        "name": "waiting_export.xlsx",
                        "sheets": {
                            "export": [
                                ["ID", "NAME", "BIRTH", "TEL"],
                                ["A-0201", "栗林 フサ", "1937-06-02", "045-901-3374"],
                                ["A-0204", "大蔵 秀雄", "1941-01-15", "090-6018-4472"],
                                ["A-0207", "國分 正雄", "1943-02-06", "044-877-2019"],
                                ["K-0110", "葛西 とし", "1935-10-28", "04-7144-6281"],
                                ["K-0113", "猪股 光雄", "1939-03-19", "080-2231-6957"],
                            ]
                        },
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "ZIP (not encrypted) of real waiting-list records sent to the system vendor",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "nyukyo-050",
        "charset": "utf-8",
        "sender": TAKENOUCHI,
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "【不具合報告】空室カレンダー画面の表示崩れ（契約ID: TS-55120）",
        "body": """ツバサシステム株式会社
サポートデスク ご担当者様

お世話になっております。日の出産業の竹之内です。
入居管理システムの「空室カレンダー」画面で、月をまたぐと
右側の列が表示されなくなる現象が発生しています。

・発生日時：5月22日 10:15ごろ〜
・環境：Windows 11 / Microsoft Edge 125
・操作：空室カレンダー → 「翌月」ボタン
・エラー表示：なし（画面のみ崩れる）

画面キャプチャを添付します。ご確認をお願いいたします。
""" + SIG_TAKENOUCHI,
        "attachments": [
            {"kind": "png", "name": "capture_calendar_0522.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bug report to the system vendor with a screenshot, no personal data",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------ 051
    {
        "id": "nyukyo-051",
        "charset": "iso-2022-jp",
        "sender": OTSUKI,
        "to": ["白川法律事務所 真田先生 <sanada@shirakawa-law.jp>"],
        "subject": "【取扱注意】前払金返還額の算定についてのご相談",
        "body": """【取扱注意】

白川法律事務所
真田先生

いつもお世話になっております。入居相談室の大槻です。
ご入居から２か月で退去（ご逝去）された方について、ご遺族から
前払金の返還額に疑義のお申し出があり、ご相談させてください。

　ご入居者　：　蓮見 勝 様（あざみ野３０２号室）
　入居日　　：　令和７年３月１日
　契約終了日：　令和７年４月２９日
　前払金　　：　５，４００，０００円
　当社算定の返還額：５，１６２，０００円（日割りの利用料・原状回復費を控除）

ご遺族は原状回復費の控除に納得されておらず、短期解約特例の趣旨から
控除できないのではないか、とのご主張です。ご見解をいただけますでしょうか。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["confidential_marking", "personal_data"],
        "note": "mail itself classified 【取扱注意】 in subject and first line",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "nyukyo-052",
        "charset": "utf-8",
        "sender": SAMEJIMA,
        "to": ["高齢社会リサーチ 調査部 <survey@koureishakai-research.co.jp>"],
        "subject": "Re: 有料老人ホーム実態調査へのご協力について",
        "body": """高齢社会リサーチ株式会社
調査部 ご担当者様

お世話になっております。日の出産業の鮫島です。
実態調査へのご協力依頼、ありがとうございます。

ご依頼のうち、ホーム別の収支や紹介元別の入居実績は社外秘の扱いとなっており、
申し訳ございませんが提供いたしかねます。
代わりに、公表している重要事項説明書と総合パンフレット（公開版）をお送りしますので、
定員・居室面積・料金体系などはそちらからご参照ください。

アンケート票（紙）のご回答は、6月中に郵送いたします。
""" + SIG_SAMEJIMA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "総合パンフレット_2025春_公開版.pdf",
                "title": "ひのでの杜 総合パンフレット",
                "lines": [
                    "ひのでの杜・ひのでテラス　総合パンフレット 2025年春",
                    "あざみ野：定員80名　個室18.5〜24.0㎡",
                    "武蔵浦和：定員60名　個室18.2〜21.6㎡",
                    "柏：54戸　1K 25.1㎡〜",
                    "豊中：定員70名　個室18.0〜22.4㎡",
                    "お問い合わせ：入居相談室 0120-24-8820",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 社外秘 only to refuse; the attached brochure is public and unmarked",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "nyukyo-053",
        "charset": "utf-8",
        "sender": HONDA,
        "to": ["あんしん保証 審査課 <shinsa@anshin-hosho.co.jp>"],
        "subject": "Re: 保証人様の本人確認書類について（ひのでテラス柏）",
        "body": """あんしん保証株式会社
審査課 木内様

お世話になっております。ひのでテラス柏の本多です。
ご指摘のあった連帯保証人様の本人確認書類について、
ご本人から在留カードの提示を受けましたので、記載事項をお知らせします。

  氏名：　　　　LE VAN MINH（レ・ヴァン・ミン）
  生年月日：　　1979年4月22日
  住居地：　　　千葉県柏市明原二丁目7番11号 ハイツ明原201
  在留カード番号：UM48213057QA
  在留期間満了日：2027年9月30日
  ご入居予定者との続柄：長女の夫

写しはスキャンではなく、原本確認のうえ郵送でお送りします。
""" + SIG_HONDA + """
> 本多様
> 保証人様の本人確認書類が未着です。ご確認ください。
> 木内
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "guarantor's residence-card number (with DOB and address) in the new text",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "nyukyo-054",
        "charset": "cp932",
        "sender": USAMI,
        "to": ["瀬尾 真理子 <mariko.seo0312@outlook.jp>"],
        "subject": "ご入居日までにご準備いただくもの",
        "body": """瀬尾 真理子 様

お世話になっております。ひのでの杜 武蔵浦和の宇佐美です。
ご入居日（6月10日）までにご準備いただくものをまとめました。

【お持ちいただくもの】
　・衣類（1週間分程度、すべてにお名前の記入をお願いします）
　・室内履き（かかとのある滑りにくいもの）
　・タオル類、歯ブラシ、コップ、ひげそり等の日用品
　・お薬（2週間分）とお薬手帳
　・印鑑、介護保険被保険者証、負担割合証（入居日に確認のみ）

【ホームでご用意するもの】
　・介護ベッド、寝具一式、カーテン、エアコン、ナースコール

持ち込みの家具は、チェスト程度の大きさまででお願いいたします。
""" + SIG_USAMI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "checklist of things to bring, sent to one family member",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "nyukyo-055",
        "charset": "iso-2022-jp",
        "sender": KATAGIRI,
        "to": [
            "青葉運輸 横浜営業所 園部様 <sonobe@aoba-unyu.co.jp>",
            "川崎電機 設備サービス課 <setsubi-service@kawasaki-denki.co.jp>",
            "北国フーズ 首都圏営業所 <shutoken@kitaguni-foods.co.jp>",
            "はなみずき福祉用具 宮内様 <miyauchi@hanamizuki-fukushi.co.jp>",
        ],
        "subject": "５月２６日（月）入居日の作業時間帯のご連絡",
        "body": """各社ご担当者様

いつもお世話になっております。ひのでの杜あざみ野の片桐です。
５月２６日（月）は新規ご入居が２件重なるため、
エレベーターと搬入口の使用時間帯を下記のとおり割り振らせていただきます。

　　８：３０～１０：３０　　青葉運輸さま（引越搬入）
　１０：３０～１１：３０　　はなみずき福祉用具さま（ベッド・手すり設置）
　１３：００～１４：００　　川崎電機さま（ナースコール子機 設定）
　１４：００～１４：３０　　北国フーズさま（厨房 食材搬入）

ご都合が悪い場合は、２２日（木）までにご連絡ください。
""" + SIG_KATAGIRI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four outside companies in To see each other's addresses",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "nyukyo-056",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": ["小松原 香織 <kaori.komatsubara@gmail.com>"],
        "subject": "Re: 母の血糖値について",
        "body": """小松原 香織 様

いつもお世話になっております。ひのでの杜あざみ野 看護主任の桑原です。
ご質問いただいた件、お返事が遅くなり申し訳ございません。

お母様（小松原 サダ様）の先週の定期採血では、HbA1c が 8.9% と前回（7.6%）から
上がっておりました。協力医の藤堂先生の判断で、6月からインスリン注射
（持効型 1日1回 朝）を導入することになりました。
注射はホームの看護師が行いますので、ご安心ください。
あわせて、軽い腎機能の低下（eGFR 42）も指摘されています。

次回のご面会の際に、詳しくご説明いたします。
""" + SIG_KUWABARA + """
On 2025/05/21 22:04, 小松原 香織 <kaori.komatsubara@gmail.com> wrote:
> 桑原様
> 先日の採血の結果はいかがでしたでしょうか。
> 母は甘いものが好きなので心配しています。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "resident's lab results and new insulin therapy written to a family member's gmail",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "nyukyo-057",
        "charset": "utf-8",
        "sender": SAMEJIMA,
        "to": ["全国シニアハウジング協会 事務局 <jimukyoku@senior-housing-assoc.or.jp>"],
        "subject": "会員事業者調査（2025年度）回答資料の送付",
        "body": """全国シニアハウジング協会
事務局 御中

お世話になっております。日の出産業の鮫島です。
2025年度会員事業者調査の回答資料をお送りいたします。
入居者属性は4ホーム合計（2025年3月末）の集計値です。
""" + SIG_SAMEJIMA,
        "attachments": [
            {
                "kind": "pptx",
                "name": "会員調査回答_日の出産業_2025.pptx",
                "title": "会員事業者調査 回答",
                "slides": [
                    ["入居者属性（4ホーム合計）", "入居者数：250名", "平均年齢：86.7歳（最高103歳）", "女性比率：73%"],
                    ["要介護度分布", "要支援：4%", "要介護1-2：38%", "要介護3-5：58%"],
                    ["入居経路", "ご家族の直接相談：41%", "ケアマネジャー紹介：33%", "病院MSW紹介：19%", "その他：7%"],
                    ["平均入居期間", "3年8か月", "退去理由：ご逝去 71%、入院長期化 18%、その他 11%"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate resident statistics in a PPTX, no individual",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "nyukyo-058",
        "charset": "cp932",
        "sender": FURUYA,
        "to": ["あんしん保証 関西審査センター <kansai-shinsa@anshin-hosho.co.jp>"],
        "subject": "身元保証 一括申込み（豊中 6月・7月入居分）",
        "body": """あんしん保証株式会社
関西審査センター　御中

お世話になっております。ひのでの杜 豊中の古谷です。
6月・7月入居予定者の身元保証人（申込人）の一覧をお送りします。
旧形式のExcel（.xls）で失礼いたします。審査をお願いいたします。
""" + SIG_FURUYA,
        "attachments": [
            {
                "kind": "xls",
                "name": "保証申込一覧_豊中_6-7月.xls",
                "sheets": {
                    "申込一覧": [
                        ["入居予定者", "保証人氏名", "続柄", "生年月日", "住所", "電話"],
                        ["宮脇 正子", "宮脇 由香", "長女", "1968/02/14", "大阪府堺市北区長曽根町1179-8", "080-7235-6619"],
                        ["奥寺 スミ", "奥寺 美津子", "長女", "1965/07/03", "大阪府池田市石橋2-14-6", "090-4416-0392"],
                        ["榎並 勇", "榎並 隆史", "長男", "1971/11/27", "兵庫県尼崎市塚口本町5-3-21", "06-6421-8837"],
                        ["朝比奈 雪", "朝比奈 健", "次男", "1974/04/09", "大阪府吹田市江坂町1-20-4-705", "070-5281-3360"],
                        ["大江 ハナ", "大江 啓介", "長男", "1969/09/18", "大阪府豊中市上野東3-8-15", "090-2673-9104"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of five guarantors with DOB, address and phone: list of people",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "nyukyo-059",
        "charset": "utf-8",
        "sender": HONDA,
        "to": ["hirokazu.tamaki@gmail.com"],
        "subject": "柏市内の訪問介護事業所一覧",
        "body": """玉置 様

ひのでテラス柏の本多です。
ご希望のあった、柏市内で当住宅に訪問実績のある訪問介護事業所の一覧を
CSVでお送りします（事業所名・所在地・電話）。
サ高住では、訪問介護事業所をご自身で選んでご契約いただけます。
""" + SIG_HONDA,
        "attachments": [
            {
                "kind": "csv",
                "name": "訪問介護事業所一覧_柏.csv",
                "encoding": "utf-8",
                "rows": [
                    ["事業所名", "所在地", "電話", "営業時間"],
                    ["ヘルパーステーションかしわ", "千葉県柏市柏3-7-22", "04-7162-4410", "24時間"],
                    ["訪問介護ひまわり柏", "千葉県柏市旭町5-2-8", "04-7141-2086", "7:00-21:00"],
                    ["ケアサービス豊四季", "千葉県柏市豊四季台1-1-118", "04-7145-7321", "8:00-20:00"],
                    ["あおぞらヘルプ南柏", "千葉県柏市南柏中央6-7", "04-7176-0952", "24時間"],
                    ["なごみ介護サービス", "千葉県柏市明原3-15-2", "04-7168-3307", "8:00-18:00"],
                    ["ヘルパーセンター増尾", "千葉県柏市増尾台2-4-11", "04-7174-6638", "7:00-22:00"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "CSV list of care businesses (offices, not people) to one private person",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "nyukyo-060",
        "charset": "iso-2022-jp",
        "sender": FURUYA,
        "to": ["さくらホテル 新大阪 予約係 <shinosaka-reserve@sakura-hote1.jp>"],
        "subject": "ご家族様のご宿泊予約（６月５日）",
        "body": """さくらホテル　新大阪　予約係　御中

お世話になっております。日の出産業（ひのでの杜 豊中）の古谷です。
法人契約にて、ご入居者のご家族の宿泊予約をお願いいたします。

　６月５日（木）　シングル２室
　　奥寺 直樹 様　　０９０－８８１４－２６０３
　　奥寺 沙耶 様　　０８０－３３０９－７１４２

請求は弊社本部宛てにお願いいたします。
""" + SIG_FURUYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "sakura-hote1.jp (digit 1 for l) is a look-alike of partner sakura-hotel.jp",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "nyukyo-061",
        "charset": "cp932",
        "sender": TAKENOUCHI,
        "to": ["本部 管理課 マイナンバー担当 <mynumber-kanri@hinode-sangyo.co.jp>"],
        "subject": "入居者の個人番号（住所地特例 届出分）の引継ぎ",
        "body": f"""マイナンバー担当 各位

管理課の竹之内です。
住所地特例の届出で必要となった入居者の個人番号を、規程どおり管理台帳へ
登録いただくため、以下に記載します。登録後、このメールは削除してください。

　氏名　　　　　　生年月日　　　個人番号
　鵜飼 喜代治　　S15.2.11　　　{my_number(SEED + 2)}
　辰巳 千代子　　S10.10.3　　　{my_number(SEED + 3)}

取得時の本人確認書類は、施設の金庫で保管しています。
""" + SIG_TAKENOUCHI,
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "My Numbers sent only to the internal My Number desk",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "nyukyo-062",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": ["おおぞら内科クリニック 森下様 <renkei@oozora-naika.jp>"],
        "subject": "Re: 情報提供書の写しについて",
        "body": """森下様

お世話になっております。桑原です。
ご依頼の情報提供書の写しを、スキャンしたPDFでお送りします。
複合機の調子が悪く、もし開けないようでしたらお知らせください。
FAXでお送りし直します。
""" + SIG_KUWABARA,
        "attachments": [
            {"kind": "corrupt", "name": "情報提供書_scan_0521.pdf"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "scanned PDF attachment is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "nyukyo-063",
        "charset": "iso-2022-jp",
        "sender": KUWABARA,
        "to": ["ひだまり訪問看護ステーション 管理者 <kanri@hidamari-houkan.jp>"],
        "subject": "FW: 診療情報のご提供（入居予定の患者様）",
        "body": """ひだまり訪問看護ステーション
管理者　今泉様

お世話になっております。ひのでの杜あざみ野の桑原です。
６月入居予定の方について、特別訪問看護指示書が出る見込みです。
病院の連携室からいただいたメールを添付で転送いたしますので、
ご確認のうえ、訪問看護のご準備をお願いいたします。
""" + SIG_KUWABARA,
        "attachments": [
            {
                "kind": "eml",
                "name": "診療情報のご提供.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "けやき台病院 地域医療連携室 <renkei-ookawara@keyakidai-hp.or.jp>",
                    "to": [KUWABARA],
                    "subject": "診療情報のご提供（入居予定の患者様）",
                    "body": """ひのでの杜あざみ野　桑原様

いつもお世話になっております。けやき台病院 地域医療連携室の大河原です。
ご入居予定の患者様の情報を、主治医の了解を得てお送りします。

　患者氏名：相馬 ナミ 様
　生年月日：昭和１１年１２月３日
　診断名　：パーキンソン病（Ｈｏｅｈｎ－Ｙａｈｒ ４度）、誤嚥性肺炎（治癒）
　処置　　：喀痰吸引（１日４～５回）、褥瘡（仙骨部 ｄ２）処置
　内服　　：レボドパ・カルビドパ配合錠 １日３回

けやき台病院 地域医療連携室 大河原 綾
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forwarded .eml with a patient's diagnoses and treatments goes to a nursing station",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "nyukyo-064",
        "charset": "cp932",
        "sender": USAMI,
        "to": ["安曇 祐介 <azumi.yusuke@yahoo.co.jp>"],
        "subject": "RE: 入居前面談の日程",
        "body": """安曇 祐介 様

お世話になっております。ひのでの杜 武蔵浦和の宇佐美です。
入居前面談は、6月2日（月）14時からで承りました。
当日は看護師も同席いたします。所要時間は1時間ほどです。

ご来館をお待ちしております。
""" + SIG_USAMI + """
-----Original Message-----
From: 安曇 祐介 <azumi.yusuke@yahoo.co.jp>
Sent: Wednesday, May 21, 2025 7:55 PM
To: usami.rena@care.hinode-sangyo.co.jp
Subject: 入居前面談の日程

宇佐美様
お世話になります。面談は6/2の午後でお願いできますでしょうか。
母（安曇 富美子）は、うつ病で月1回 浦和メンタルクリニックに通院しており、
睡眠薬と抗うつ薬を飲んでいます。そのあたりも面談でご相談させてください。
連絡は 090-1185-4720 にお願いします。
安曇
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the mother's diagnosis is only in the quoted Original Message; new text is a date",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "nyukyo-065",
        "charset": "utf-8",
        "sender": OTSUKI,
        "to": ["リンク翻訳サービス 契約書翻訳チーム <contracts@honyaku-link.co.jp>"],
        "subject": "身元保証契約書の英訳ご依頼（海外在住の保証人様）",
        "body": """リンク翻訳サービス株式会社
契約書翻訳チーム 御中

お世話になっております。日の出産業 入居相談室の大槻です。
シンガポール在住の保証人様と締結する身元保証契約書について、英訳をお願いします。
契約書の当事者欄には、旅券の記載どおりに以下を入れていただけますでしょうか。

  Guarantor:    FUJISAKI, KENTARO（藤崎 健太郎）
  Date of birth: 14 MAR 1970
  Passport No.: TR8416203 (Japan)
  Address:      28 Holland Grove Road, #07-03, Singapore

ご入居者は藤崎 ハル様（あざみ野 215号室予定）です。
納期は6月13日希望です。お見積りをお願いいたします。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "guarantor's passport number and DOB sent to a translation firm",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------ 066
    {
        "id": "nyukyo-066",
        "charset": "utf-8",
        "sender": HONDA,
        "to": ["柏ハイヤー 予約センター <yoyaku@kashiwa-hire.co.jp>"],
        "subject": "見学会 送迎予約（6/14）",
        "body": """柏ハイヤー株式会社
予約センター ご担当者様

いつもお世話になっております。ひのでテラス柏の本多です。
6/14（土）の見学会の送迎を2件お願いします。

・9:40お迎え　木全 和子 様
　千葉県柏市篠籠田1410-3　（090-7725-3146）
・10:00お迎え　生田目 昭 様
　千葉県柏市北柏4-2-17 ルミエール北柏105　（04-7164-0881）

いずれも、ひのでテラス柏（柏6-3-16）までの片道です。帰りは別途ご連絡します。
""" + SIG_HONDA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two pick-ups with addresses and phones: fewer than five people",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "nyukyo-067",
        "charset": "iso-2022-jp",
        "sender": KATAGIRI,
        "to": ["川崎電機 設備サービス課 <setsubi-service@kawasaki-denki.co.jp>"],
        "subject": "ナースコール表示名の登録データ（あざみ野 ３階）",
        "body": """川崎電機株式会社
設備サービス課　御中

お世話になっております。ひのでの杜あざみ野の片桐です。
ナースコール親機の更新に伴い、３階の表示名登録用データをＰＤＦでお送りします。
表示は「居室番号＋氏名（カナ）」でお願いいたします。
家族連絡先は、緊急時自動通報の設定用です。
""" + SIG_KATAGIRI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "ナースコール登録_3F.pdf",
                "title": "ナースコール登録データ 3F",
                "lines": ["ひのでの杜あざみ野　ナースコール表示名登録（3階）", "2025年5月22日作成", ""],
                "table": [
                    ["居室", "氏名", "カナ", "生年月日", "家族連絡先"],
                    ["301", "三枝 ゆき", "サエグサ ユキ", "S12.4.9", "045-973-2218"],
                    ["302", "嶋津 ヨシ", "シマヅ ヨシ", "S9.4.17", "090-4826-1157"],
                    ["303", "小笠原 輝夫", "オガサワラ テルオ", "S14.8.30", "080-6612-7734"],
                    ["305", "玉城 ミツ", "タマキ ミツ", "S7.1.22", "044-966-3051"],
                    ["306", "渥美 勲", "アツミ イサオ", "S16.6.6", "090-2209-4618"],
                    ["307", "陣内 かおる", "ジンナイ カオル", "S13.11.11", "070-3346-9927"],
                    ["308", "辰巳 千代子", "タツミ チヨコ", "S10.10.3", "03-5706-3392"],
                    ["310", "道明寺 しず", "ドウミョウジ シズ", "S11.2.28", "045-511-0486"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of eight residents with DOB and family phones to the equipment vendor",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "nyukyo-068",
        "charset": "cp932",
        "sender": KATAGIRI,
        "to": ["川崎電機 設備サービス課 <setsubi-service@kawasaki-denki.co.jp>"],
        "subject": "Re: ナースコール更新工事の日程について",
        "body": """川崎電機株式会社
設備サービス課　岡部様

お世話になっております。片桐です。
工事日程の件、承知いたしました。
入居者さまへの周知の都合上、工事対象の居室と時間帯を下記で確定させてください。

　6/10(火)　 9:00-12:00　301～305号室
　6/10(火)　13:00-17:00　306～310号室
　6/11(水)　 9:00-12:00　共用部（食堂・浴室・機能訓練室）

工事中は職員がPHSで巡回対応します。
""" + SIG_KATAGIRI + """
> 片桐様
> 工事は6/10-11の2日間で予定しております。居室ごとの時間帯をご指定ください。
> 川崎電機 岡部
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "room numbers and times only, no residents' data",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "nyukyo-069",
        "charset": "utf-8",
        "sender": SAMEJIMA,
        "to": ["こがね建設 設計部 藤森様 <fujimori@kogane-kensetsu.co.jp>"],
        "subject": "新ホーム（仮称：ひのでの杜 船橋）基本計画資料",
        "body": """こがね建設株式会社
設計部 藤森様

お世話になっております。日の出産業の鮫島です。
先日の打合せでお話しした、新ホームの基本計画資料をお送りします。
居室数と共用部の面積配分について、設計面からのご意見をいただけますと幸いです。
""" + SIG_SAMEJIMA,
        "attachments": [
            {
                "kind": "pptx",
                "name": "船橋計画_基本計画_v2.pptx",
                "title": "ひのでの杜 船橋 基本計画",
                "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                "slides": [
                    ["（仮称）ひのでの杜 船橋　基本計画", "2025年5月　シニアライフ事業部"],
                    ["計画概要", "敷地：約2,100㎡", "居室：72室（個室A 60／個室B 12）", "開設目標：2027年4月"],
                    ["収支計画", "想定入居率：初年度 65%、3年目 95%", "月額利用料：255,000円〜"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "every slide of the PPTX carries a CONFIDENTIAL footer",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "nyukyo-070",
        "charset": "utf-8",
        "sender": OTSUKI,
        "to": ["Daniel Whitmore <d.whitmore@harbourview-agedcare.com.au>"],
        "subject": "Admissions workflow - follow-up to our call",
        "body": """Dear Daniel,

Thank you for the call yesterday. As promised, here is a short outline of how our
admissions desk handles an enquiry, from the first call to the moving-in day:

1. Enquiry and brochure (by phone, web form or through a care manager)
2. Tour and individual consultation with the family
3. Application, health declaration and referral letter from the attending doctor
4. Admission panel (nurse, care manager, home manager) - usually within 10 days
5. Pre-admission interview, contract and guarantor arrangements
6. Moving day: furniture, medication handover, first care plan meeting

I would be happy to exchange our checklists once the NDA between our companies is signed.

Kind regards,
Emi Otsuki
Head of Admissions, Senior Life Division
Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English process outline to a foreign partner; NDA and confidentiality only mentioned",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "nyukyo-071",
        "charset": "iso-2022-jp",
        "sender": FURUYA,
        "to": ["豊中市北部地域包括支援センター <hokubu-houkatsu@toyonaka-hokatsu.or.jp>"],
        "subject": "入居者の特殊詐欺被害についてのご相談",
        "body": """豊中市北部地域包括支援センター
社会福祉士　片平様

お世話になっております。ひのでの杜 豊中の古谷です。
お電話でお話しした件、経過をお知らせいたします。

当ホーム５０２号室の榎並 勇様（８８歳）が、５月１５日、息子を名乗る電話を受け、
ホームに来た男に現金１８０万円を手渡す「受け子」型の特殊詐欺の被害に遭われました。
豊中警察署に被害届を提出済みで、ご長男の隆史様にも連絡しております。

ご本人は大変落ち込まれており、今後の金銭管理について
日常生活自立支援事業のご利用をご検討いただけないかと考えております。
""" + SIG_FURUYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names a resident as the victim of a fraud crime: crime-victim status is sensitive",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "nyukyo-072",
        "charset": "cp932",
        "sender": FURUYA,
        "to": ["豊中市北部地域包括支援センター <hokubu-houkatsu@toyonaka-hokatsu.or.jp>"],
        "subject": "「特殊詐欺から身を守る講座」共催のお願い",
        "body": """豊中市北部地域包括支援センター　御中

いつもお世話になっております。ひのでの杜 豊中の古谷です。
最近、市内で高齢者を狙った特殊詐欺が増えていると伺い、
入居者さまと地域の方を対象に、防犯講座を共催できないかと考えております。

　日時案：7月12日（土）10:00〜11:30
　会場　：ひのでの杜 豊中　1階 地域交流スペース（定員30名）
　講師　：豊中警察署 生活安全課（依頼予定）

ご検討いただけますと幸いです。
""" + SIG_FURUYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "crime-prevention seminar proposal; no individual is named",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "nyukyo-073",
        "charset": "utf-8",
        "sender": KATAGIRI,
        "to": ["小松原 香織 <kaori.komatsubara@gmail.com>", "三橋 浩二 <koji.mitsuhashi@outlook.jp>"],
        "cc": [
            "hasumi.kana@icloud.com",
            "渥美 典子 <noriko-atsumi@softbank.ne.jp>",
            "tatsumi.makoto@yahoo.co.jp",
        ],
        "subject": "ご面会時間の変更について（7月1日より）",
        "body": """ご入居者ご家族の皆さま

いつもひのでの杜あざみ野にご協力をいただき、ありがとうございます。
7月1日より、ご面会の受付時間を下記のとおり変更いたします。

　変更前：10:00〜17:00
　変更後：10:00〜19:00（平日）／10:00〜17:00（土日祝）

お仕事帰りにもお立ち寄りいただけるよう、平日の時間を延長いたしました。
引き続き、受付での検温と面会簿へのご記入にご協力をお願いいたします。
""" + SIG_KATAGIRI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "five families' private addresses in To/Cc: should have been Bcc",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "nyukyo-074",
        "charset": "iso-2022-jp",
        "sender": HONDA,
        "to": ["ひのでテラス柏 <terrace-kashiwa@hinode-sangyo.co.jp>"],
        "bcc": [
            "t.kuroiwa@icloud.com",
            "hirokazu.tamaki@gmail.com",
            "kazu.izutsu@yahoo.co.jp",
            "kimata-kazuko@ezweb.ne.jp",
            "namatame.akira@outlook.jp",
            "katsumata-s1957@docomo.ne.jp",
        ],
        "subject": "夏祭りのご案内（ひのでテラス柏）",
        "body": """ご入居者ご家族の皆さま

（本メールは、ご家族の皆さまにＢＣＣでお送りしております）

ひのでテラス柏の本多です。
今年も中庭で夏祭りを開催いたします。ぜひご家族でお越しください。

　日時：８月２日（土）１６：００～１８：３０
　内容：盆踊り、ヨーヨー釣り、焼きそば・かき氷の模擬店
　※雨天時は１階ラウンジにて縮小開催

ご参加の人数を、７月２５日までにお知らせいただけますと助かります。
""" + SIG_HONDA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "families correctly in Bcc (To is internal): nobody sees anyone else",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "nyukyo-075",
        "charset": "cp932",
        "sender": TAKENOUCHI,
        "to": ["林田税理士事務所 林田先生 <hayashida@hayashida-tax.jp>"],
        "subject": "入居者様の確定申告（準確定申告）資料のご送付",
        "body": f"""林田税理士事務所
林田先生

いつもお世話になっております。日の出産業の竹之内です。
ご遺族からご依頼のあった、故 蓮見 勝様の準確定申告について、
ホームで把握している情報を以下にお送りいたします。

　氏名　　：蓮見 勝（はすみ まさる）
　最終住所：神奈川県横浜市青葉区あざみ野南３丁目８番２号 ひのでの杜あざみ野３０２号室
　個人番号：{_hy4(my_number(SEED + 4))}
　相続人代表：次女 蓮見 加奈 様

医療費の領収書（ホーム立替分）は、本日レターパックで発送しました。
""" + SIG_TAKENOUCHI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a deceased resident's My Number sent to the tax accountant by mail",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "nyukyo-076",
        "charset": "utf-8",
        "sender": HANYU,
        "to": ["林田税理士事務所 <office@hayashida-tax.jp>"],
        "subject": "6月の打合せ日程と決算資料の準備状況",
        "body": """林田税理士事務所
ご担当者様

お世話になっております。日の出産業 経理課の羽生です。
6月の月次打合せは、6/17（火）15時から本部会議室でお願いできますでしょうか。

決算資料は、以下の準備状況です。
・前払金の償却明細（4ホーム分）：作成済み
・入居一時金の返還債務の計算：6/10完成予定
・固定資産台帳（豊中の改修工事分）：確認中

インボイス対応の請求書様式の件も、当日ご相談させてください。
""" + SIG_HANYU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting date and accounting status with the tax office, no personal data",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "nyukyo-077",
        "charset": "iso-2022-jp",
        "sender": OTSUKI,
        "to": ["すみかえパートナーズ 営業部 <eigyo@sumikae-partners.co.jp>"],
        "subject": "ご自宅売却のご相談希望者のご紹介（５月分）",
        "body": """すみかえパートナーズ株式会社
営業部　ご担当者様

いつもお世話になっております。日の出産業 入居相談室の大槻です。
入居にあたりご自宅の売却・賃貸をご検討中の方を、今月分まとめてご紹介いたします。
各ご家族には、御社からご連絡が入る旨お伝えしております。

■１
　お名前：栗林 フサ 様（ご相談者：長男 栗林 誠 様）
　物件　：神奈川県横浜市青葉区美しが丘２－４１－９（戸建）
　連絡先：０４５－９０１－３３７４
■２
　お名前：大蔵 秀雄 様
　物件　：神奈川県川崎市宮前区鷺沼３－７－１４（戸建）
　連絡先：０９０－６０１８－４４７２
■３
　お名前：葛西 とし 様（ご相談者：長女 葛西 真弓 様）
　物件　：千葉県柏市松葉町４－９－２（戸建）
　連絡先：０４－７１４４－６２８１
■４
　お名前：猪股 光雄 様
　物件　：千葉県柏市南増尾１－１８－３０（マンション）
　連絡先：０８０－２２３１－６９５７
■５
　お名前：朝比奈 雪 様（ご相談者：次男 朝比奈 健 様）
　物件　：大阪府吹田市千里山東３－４－２５（戸建）
　連絡先：０７０－５２８１－３３６０

よろしくお願いいたします。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five people in record blocks (name, home address, phone) to a real-estate partner",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "nyukyo-078",
        "charset": "utf-8",
        "sender": OTSUKI,
        "to": ["すみかえパートナーズ 営業部 <eigyo@sumikae-partners.co.jp>"],
        "subject": "ご自宅の賃貸活用のご相談者のご紹介",
        "body": """すみかえパートナーズ株式会社
営業部 ご担当者様

お世話になっております。入居相談室の大槻です。
ご自宅の賃貸活用をご希望の方を1名ご紹介いたします（ご本人の了承済み）。

  お名前：生田目 昭 様
  ご連絡先：04-7164-0881（平日10時〜16時がご希望とのことです）

ご入居先は当社のひのでテラス柏を予定されています。よろしくお願いいたします。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one referral with a phone number, with consent: a single person",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "nyukyo-079",
        "charset": "cp932",
        "sender": OTSUKI,
        "to": ["白川法律事務所 真田先生 <sanada@shirakawa-1aw.jp>"],
        "subject": "身元引受人条項についてのご質問",
        "body": """白川法律事務所
真田先生

お世話になっております。入居相談室の大槻です。
身元引受人の条項について、一般的なご質問をさせてください。
民法改正後の極度額の定めについて、当社の現行条項の考え方をメモにまとめましたので、
お手すきの際にご覧いただけますでしょうか。
""" + SIG_OTSUKI,
        "attachments": [
            {
                "kind": "txt",
                "name": "身元引受人条項_検討メモ.txt",
                "encoding": "cp932",
                "text": """身元引受人条項 検討メモ（入居相談室）
1. 現行：連帯保証の範囲に上限なし → 2020年4月以降の契約は無効となるおそれ
2. 案：極度額を300万円と明記
3. 論点：身元引受人が複数の場合の極度額の扱い
""",
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-1aw.jp (digit 1 for l) is a look-alike of partner shirakawa-law.jp",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "nyukyo-080",
        "charset": "iso-2022-jp",
        "sender": OTSUKI,
        "to": ["白川法律事務所 真田先生 <sanada@shirakawa-law.jp>"],
        "subject": "成年後見制度の利用に関する社内研修のご相談",
        "body": """白川法律事務所
真田先生

いつもお世話になっております。入居相談室の大槻です。
入居相談員向けに、成年後見制度と身元保証の基礎についての研修を企画しております。
先生に講師をお願いできないかと考え、ご相談のご連絡をいたしました。

　時期：７月下旬～８月上旬の平日午後（２時間程度）
　対象：入居相談員・生活相談員　約２０名
　形式：本部会議室（オンライン併用）

ご都合のよい日程と、講師料の目安をお知らせいただけますと幸いです。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "training request to the real partner law firm, no personal data",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------ 081
    {
        "id": "nyukyo-081",
        "charset": "utf-8",
        "sender": FURUYA,
        "to": ["榎並 隆史 <t-enami@ezweb.ne.jp>"],
        "subject": "身元引受書（修正版）のご確認",
        "body": """榎並 隆史 様

いつもお世話になっております。ひのでの杜 豊中の古谷です。
先日ご指摘いただいた箇所を修正した身元引受書をお送りします。
内容をご確認のうえ、問題なければ署名・押印した原本をご郵送ください。
""" + SIG_FURUYA,
        "attachments": [
            {"kind": "corrupt", "name": "身元引受書_修正版_榎並様.docx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment", "freemail_recipient"],
        "note": "the DOCX attachment is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "nyukyo-082",
        "charset": "cp932",
        "sender": USAMI,
        "to": ["グループホームこころの里 ホーム長 <home@kokoronosato-gh.jp>"],
        "subject": "ご入居のご相談：蕨市在住 二階堂 寿美様（統合失調症）",
        "body": """グループホームこころの里
ホーム長 田丸様

突然のご連絡失礼いたします。ひのでの杜 武蔵浦和 入居相談員の宇佐美と申します。
当ホームへ体験入居された方について、精神科の医療的支援の面から
貴ホームのほうが適しているのではないかと考え、ご相談させていただきました。

ご本人は72歳、20代から統合失調症で通院されており、現在は
デポ剤の注射を月1回受けておられます。介護の必要度は高くありません。
ご家族（弟様）も貴ホームへの入居を希望されています。

一度お電話でお話しできますと幸いです。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "psychiatric diagnosis of a named person, already in the subject line",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "nyukyo-083",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": ["ケアプラン青空 桐生様 <kiryu@careplan-aozora.jp>"],
        "subject": "Re: 医療的ケアが必要な方の受け入れ基準について",
        "body": """ケアプラン青空
桐生様

お世話になっております。ひのでの杜あざみ野 看護主任の桑原です。
お問い合わせの、医療的ケアが必要な方の受け入れ基準をまとめました。
（看護師は日中常駐、夜間はオンコール体制です）

  ○ 受け入れ可：インスリン注射（1日2回まで）、胃ろう・腸ろう、在宅酸素、
                  ストーマ、膀胱留置カテーテル、褥瘡処置、認知症（BPSDは要相談）
  △ 要相談    ：喀痰吸引（夜間頻回の場合）、中心静脈栄養、人工透析（通院送迎は不可）
  × 受け入れ不可：人工呼吸器、常時の医療監視が必要な状態

個別のケースは、情報提供書を拝見したうえで判定会議にて判断いたします。
""" + SIG_KUWABARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general admission criteria with medical terms but no identifiable person",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "nyukyo-084",
        "charset": "iso-2022-jp",
        "sender": FURUYA,
        "to": ["りんえいクリーン 原状回復課 <genjo@rinei-clean.co.jp>"],
        "subject": "退去立会い・原状回復のご依頼（６月分）",
        "body": """りんえいクリーン株式会社
原状回復課　ご担当者様

お世話になっております。ひのでの杜 豊中の古谷です。
６月の退去予定分について、立会いと原状回復工事のお見積りをお願いいたします。
立会いには、各ご家族にもお越しいただく予定です。日程は直接ご調整ください。
（Ｅｘｃｅｌから貼り付けています）

居室	ご入居者	ご家族	続柄	電話
２０３	宍戸 政男	宍戸 光一	長男	090-3172-5548
３０８	玉城 ミツ	玉城 安男	長男	06-6152-0973
４０５	日下部 芳枝	日下部 仁	夫	080-4420-6185
５０１	陣内 かおる	陣内 理沙	長女	070-2259-8043
５１０	小笠原 輝夫	小笠原 真澄	次女	072-729-4411

よろしくお願いいたします。
""" + SIG_FURUYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of five residents with family names and phones",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "nyukyo-085",
        "charset": "cp932",
        "sender": FURUYA,
        "to": ["りんえいクリーン 原状回復課 <genjo@rinei-clean.co.jp>"],
        "subject": "Re: 原状回復工事のお見積り（203・308・405）",
        "body": """りんえいクリーン株式会社
原状回復課　黛様

お見積りありがとうございました。古谷です。
下記の内容で発注いたします。

　203号室　クロス張替え（全面）・床ワックス　　　 98,000円
　308号室　クロス張替え（一部）・ハウスクリーニング 54,000円
　405号室　ハウスクリーニングのみ　　　　　　　　 32,000円
　（税別　合計 184,000円　見積番号 RC-25-0611）

作業は6/16〜6/20の間でお願いします。鍵は事務所でお渡しします。
""" + SIG_FURUYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order by room number and price: no people",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "nyukyo-086",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": ["かしの木台総合病院 脳神経内科 宮坂先生 <miyasaka@kashinokidai-hp.or.jp>"],
        "subject": "FW: 診療情報提供書の記載内容のご確認",
        "body": """宮坂先生

いつもお世話になっております。ひのでの杜あざみ野 看護主任の桑原です。
先生からいただいた診療情報提供書の内容を、病院の連携室経由で受け取りました。
内服の用量に食い違いがあるように見えましたので、転送にてご確認をお願いいたします。
（ドネペジルは 5mg と 10mg のどちらが正しいでしょうか）

-------- Forwarded Message --------
Subject: 診療情報提供書（仲宗根様）
Date: Fri, 9 May 2025 17:20:11 +0900
From: かしの木台総合病院 地域連携室 <renkei@kashinokidai-hp.or.jp>
To: kuwabara.miwa@hinode-sangyo.co.jp

ひのでの杜あざみ野 御中
脳神経内科 宮坂医師からの診療情報提供書の内容を転記いたします。

患者：仲宗根 トミ子 様（昭和12年9月23日生）
傷病名：アルツハイマー型認知症、高血圧症
処方：ドネペジル塩酸塩錠10mg 1日1回 朝食後、アムロジピン5mg 1日1回
経過：令和3年より当科通院。MMSE 16点（令和7年3月）。
""" + SIG_KUWABARA,
        "expect": "either",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forwards a referral letter back to the doctor who wrote it: new to the mail, not to him",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "nyukyo-087",
        "charset": "cp932",
        "sender": HANYU,
        "to": ["ひなたペイメント 継続課金センター <recurring@hinata-pay.co.jp>"],
        "subject": "継続課金（月額利用料）カード登録の依頼　2件",
        "body": """ひなたペイメント株式会社
継続課金センター　御中

お世話になっております。日の出産業 経理課の羽生です。
月額利用料のカード払いについて、ご家族から申込書を受領した2件の
登録をお願いいたします。CSV（御社指定フォーマット）を添付します。
初回課金は7月27日でお願いします。
""" + SIG_HANYU,
        "attachments": [
            {
                "kind": "csv",
                "name": "card_touroku_202506.csv",
                "encoding": "cp932",
                "rows": [
                    ["加盟店顧客ID", "カード番号", "有効期限", "名義", "対象入居者", "金額"],
                    ["AZM-210", card_number(SEED + 12), "0828", "TOSHIYUKI KURAHASHI", "倉橋 イネ", "268000"],
                    ["TYN-412", card_number(SEED + 13), "1127", "MITSUKO OKUDERA", "奥寺 スミ", "241000"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "CSV with two full card numbers and holders sent outside",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "nyukyo-088",
        "charset": "utf-8",
        "sender": "経理課 共有 <keiri-senior@hinode-sangyo.co.jp>",
        "to": [HANYU],
        "subject": "カード払い申込書の転記（6月受付分）",
        "body": f"""羽生さん

お疲れさまです。経理課の共有アドレスから失礼します（担当：岩渕）。
6月に受け付けたカード払い申込書を転記しました。照合をお願いします。

AZM-105  鵜飼 正樹 様（入居者 鵜飼 喜代治）  {_hy4(card_number(SEED + 14))}  有効期限 03/29
KSW-203  浅利 和美 様（入居者 浅利 フジ）    {_hy4(card_number(SEED + 15))}  有効期限 12/26

申込書原本は経理の施錠キャビネットにあります。
""",
        "expect": "pass",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": [],
        "note": "card numbers, but sender and recipient are both internal",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "nyukyo-089",
        "charset": "iso-2022-jp",
        "sender": SAMEJIMA,
        "to": ["シニアストラテジー 那珂川様 <nakagawa@senior-strategy.co.jp>"],
        "subject": "料金体系見直しの検討資料（ＰＤＦ）",
        "body": """那珂川様

お世話になっております。日の出産業の鮫島です。
定例でご説明した料金体系見直しの検討資料を、ＰＤＦでお送りします。
ご意見を来週の定例までにいただけますと幸いです。
""" + SIG_SAMEJIMA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "料金体系見直し検討_0527.pdf",
                "title": "料金体系見直し検討",
                "page_header": "【機密】社内検討資料",
                "lines": [
                    "料金体系見直しの検討（シニアライフ事業部 営業企画課）",
                    "1. 前払金方式と月払い方式の併存",
                    "2. 介護度別上乗せ費用の改定（2026年4月〜）",
                    "3. 競合3社との価格比較",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF pages stamped 【機密】 in the header",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "nyukyo-090",
        "charset": "cp932",
        "sender": FURUYA,
        "to": ["榎並 隆史 <t-enami@ezweb.ne.jp>"],
        "subject": "料金表のお送り（ひのでの杜 豊中）",
        "body": """榎並 隆史 様

お世話になっております。ひのでの杜 豊中の古谷です。
お電話でご依頼いただいた料金表をお送りします。
介護保険の自己負担分は、負担割合によって変わりますのでご注意ください。
""" + SIG_FURUYA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "料金表_豊中_2025.pdf",
                "title": "料金表",
                "lines": ["ひのでの杜 豊中　料金表（2025年4月改定）", ""],
                "table": [
                    ["プラン", "前払金", "月額利用料", "うち管理費", "食費（30日）"],
                    ["前払金プラン", "3,600,000円", "178,000円", "86,000円", "59,400円"],
                    ["月払いプラン", "0円", "241,000円", "86,000円", "59,400円"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "public price list to one family member",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "nyukyo-091",
        "charset": "utf-8",
        "sender": KATAGIRI,
        "to": ["けやき台病院 地域医療連携室 大河原様 <renkei-ookawara@keyakidai-hp.or.jp>"],
        "cc": [
            "ケアプラン青空 桐生様 <kiryu@careplan-aozora.jp>",
            "ひだまり訪問看護ステーション 今泉様 <kanri@hidamari-houkan.jp>",
            "かえで調剤薬局 長谷川様 <azamino@kaede-chozai.jp>",
        ],
        "subject": "Re: 退院日と入居日の確定について",
        "body": """皆さま

ひのでの杜あざみ野の片桐です。
退院日・入居日は6月2日（月）で確定となりました。
当日は14時ごろホーム到着の予定です。
薬局さまには、退院時処方の受け取りと一包化をお願いいたします。

引き続きよろしくお願いいたします。
""" + SIG_KATAGIRI + """
> 片桐様、関係者の皆さま
> 主治医の許可が出ましたので、退院日を6月2日としたいと思います。
> 大河原
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "reply-all keeps four outside organisations visible to each other",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "nyukyo-092",
        "charset": "iso-2022-jp",
        "sender": KATAGIRI,
        "to": ["けやき台病院 地域医療連携室 大河原様 <renkei-ookawara@keyakidai-hp.or.jp>"],
        "cc": [KUWABARA, "入居相談室 <nyukyo-soudan@hinode-sangyo.co.jp>"],
        "subject": "Re: Re: 見学のご希望について",
        "body": """大河原様

お世話になっております。片桐です。
ご家族の見学は、５月２９日（木）１５時で承りました。
当日は看護主任の桑原も同席いたします。

よろしくお願いいたします。
""" + SIG_KATAGIRI + """
> 片桐様
> ご家族が来週後半に見学を希望されています。ご都合はいかがでしょうか。
> 大河原
>> 大河原様
>> ご紹介ありがとうございます。見学はいつでも承ります。
>> 片桐
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one outside organisation plus internal cc; scheduling only",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "nyukyo-093",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": ["陣内 理沙 <risa.jinnai@softbank.ne.jp>"],
        "subject": "お母様の5月の体調記録",
        "body": """陣内 理沙 様

いつもお世話になっております。ひのでの杜あざみ野 看護主任の桑原です。
ご希望のありました、お母様の5月分の体調記録をExcelでお送りします。
血圧がやや高めの日が続いたため、協力医の指示で降圧剤が1種類追加になりました。
""" + SIG_KUWABARA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "体調記録_陣内かおる様_202505.xlsx",
                "sheets": {
                    "バイタル": [
                        ["陣内 かおる 様（307号室）　2025年5月 体調記録"],
                        ["日付", "体温", "血圧", "脈拍", "SpO2", "備考"],
                        ["5/1", 36.4, "152/88", 76, 96, ""],
                        ["5/8", 36.6, "166/92", 80, 95, "頭重感の訴え"],
                        ["5/15", 36.5, "171/95", 82, 95, "協力医受診 アムロジピン追加"],
                        ["5/22", 36.3, "144/84", 74, 97, ""],
                    ],
                    "服薬": [
                        ["薬剤", "用法", "開始日"],
                        ["カンデサルタン8mg", "朝1錠", "2024/11/02"],
                        ["アムロジピン5mg", "朝1錠", "2025/05/15"],
                        ["ドネペジル5mg", "朝1錠", "2024/11/02"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "one resident's vital signs and medication record sent to a carrier mail address",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "nyukyo-094",
        "charset": "iso-2022-jp",
        "sender": TAKENOUCHI,
        "to": ["ツバサシステム 営業 荻原様 <ogiwara@tsubasa-sytem.jp>"],
        "subject": "保守契約更新のお見積りについて",
        "body": """ツバサシステム株式会社
荻原様

いつもお世話になっております。日の出産業の竹之内です。
入居管理システムの保守契約（７月更新）について、更新後のお見積りをお願いいたします。
今年度から、豊中ホームの端末が２台増える予定です。

あわせて、オンライン面会予約オプションの料金もお教えいただけますと幸いです。
""" + SIG_TAKENOUCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp (letter dropped) is a look-alike of partner tsubasa-system.jp",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "nyukyo-095",
        "charset": "cp932",
        "sender": OTSUKI,
        "to": ["ケアプランこころ 浜田様 <hamada@careplan-kokoro.jp>"],
        "subject": "ご紹介いただいた方々の待機状況（6月1日現在）",
        "body": """ケアプランこころ
浜田様

いつも多数のご紹介をありがとうございます。入居相談室の大槻です。
浜田様からご紹介いただいた方々の待機状況をお知らせします。
個人情報保護のため、イニシャルで記載しております。

　イニシャル　年代・性別　　要介護度　　希望ホーム　　待機順位
　M.H　　　　 80代後半 女性　要介護3　　武蔵浦和　　　2
　K.R　　　　 80代前半 男性　要介護2　　武蔵浦和　　　3
　G.C　　　　 90代 女性　　　要介護4　　武蔵浦和　　　1
　S.S　　　　 80代後半 女性　要介護3　　武蔵浦和　　　5
　A.F　　　　 80代前半 女性　要介護2　　あざみ野　　　7
　S.M　　　　 80代後半 男性　要介護5　　武蔵浦和　　　4

空室が出ましたら、順位に沿って個別にご連絡いたします。
""" + SIG_OTSUKI,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "six rows of initials with age band and care level to the referring care manager: pseudonymous list",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "nyukyo-096",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["ことりケア 南浦和ホーム 入居相談 <nyukyo-minamiurawa@kotori-care.co.jp>"],
        "subject": "FW: ご紹介（6名）について",
        "body": """ことりケア株式会社
南浦和ホーム 入居相談ご担当者様

突然のご連絡失礼いたします。ひのでの杜 武蔵浦和の宇佐美です。
居宅介護支援事業所さまから6名のご紹介をいただいたのですが、
当ホームは現在満室のため、近隣の貴ホームをご案内させていただければと思い、
紹介元からのメールを添付で転送いたします。ご検討いただけますと幸いです。
""" + SIG_USAMI,
        "attachments": [
            {
                "kind": "eml",
                "name": "ご紹介（6名）.eml",
                "message": {
                    "charset": "utf-8",
                    "sender": "別所ケアサポート 芹沢 <serizawa@bessho-caresupport.co.jp>",
                    "to": [USAMI],
                    "subject": "ご紹介（6名）",
                    "body": """宇佐美様

いつもお世話になっております。別所ケアサポートの芹沢です。
施設入居をご希望の利用者さまを6名ご紹介します。

1) 一ノ瀬 タマ 様　89歳　家族連絡先 048-822-5591
2) 八木橋 茂 様　83歳　本人携帯 090-3627-1408
3) 二階堂 寿美 様　72歳　弟様 080-5113-2267
4) 五十嵐 留吉 様　91歳　長女様 048-441-7730
5) 六車 フミヨ 様　86歳　長男様 070-4480-9126
6) 寺門 シズ 様　88歳　次女様 048-885-2371

いずれも半年以内の入居希望です。よろしくお願いいたします。
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwarded .eml with six referred people and phones goes to another operator",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "nyukyo-097",
        "charset": "iso-2022-jp",
        "sender": HANYU,
        "to": ["三枝 俊 <saegusa.shun.1965@gmail.com>"],
        "subject": "６月分ご利用料金のご案内",
        "body": """三枝 俊 様

いつもお世話になっております。日の出産業 経理課の羽生です。
６月分のご利用料金をご案内いたします。

　ご入居者名：三枝 ゆき 様（あざみ野３０１号室）
　月額利用料：２６８，０００円
　食費　　　：　６１，３８０円
　介護保険自己負担（５月分）：２７，４６２円
　ご請求額合計：３５６，８４２円
　口座振替日：６月２７日（金）

明細書は郵送でもお送りしております。
""" + SIG_HANYU,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "one resident's monthly bill to her own family: a single person's record",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "nyukyo-098",
        "charset": "utf-8",
        "sender": KATAGIRI,
        "to": ["光が丘記念病院 医事課 <iji@hikarigaoka-kinen.or.jp>"],
        "subject": "入居者の外来カルテ事前登録のお願い",
        "body": """光が丘記念病院
医事課 ご担当者様

いつもお世話になっております。ひのでの杜あざみ野の片桐です。
協力医療機関として、入居者の外来カルテの事前登録をお願いしております。
今月ご入居の方の登録票をZIPにまとめてお送りします。
""" + SIG_KATAGIRI,
        "attachments": [
            {
                "kind": "zip",
                "name": "事前登録票_202505.zip",
                "files": [
                    {
                        "kind": "docx",
                        "name": "事前登録票_三橋早苗様.docx",
                        "paragraphs": ["外来カルテ 事前登録票", "ひのでの杜あざみ野 215号室"],
                        "tables": [
                            [
                                ["氏名", "三橋 早苗（みつはし さなえ）"],
                                ["生年月日", "昭和27年5月30日"],
                                ["住所", "神奈川県横浜市青葉区あざみ野南3-8-2 ひのでの杜あざみ野215"],
                                ["電話（夫）", "080-2974-0051"],
                                ["保険種別", "健康保険（協会けんぽ・被扶養者）"],
                                ["被保険者証 記号", "06120315"],
                                ["被保険者証 番号", "47"],
                            ]
                        ],
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "DOCX in a plain ZIP carries a resident's health-insurance 記号・番号",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "nyukyo-099",
        "charset": "cp932",
        "sender": HANYU,
        "to": ["みどり銀行 八丁堀支店 法人窓口 <hacchobori-hojin@midori-ginko.co.jp>"],
        "subject": "口座振替依頼書（用紙）の追加送付のお願い",
        "body": """みどり銀行　八丁堀支店
法人窓口ご担当者様

いつもお世話になっております。日の出産業株式会社 経理課の羽生です。
入居者さま向けの口座振替依頼書（3枚複写・委託者番号 41552）の在庫が少なくなりましたので、
300部の追加送付をお願いいたします。送付先は本部経理課です。

なお、振替手数料の請求書の宛名は、今月から下記でお願いいたします。
　日の出産業株式会社 シニアライフ事業部
　（適格請求書発行事業者 登録番号：T6010401083562）
""" + SIG_HANYU,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "form order to the partner bank with the company's own T-number (a business, not a person)",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "nyukyo-100",
        "charset": "utf-8",
        "sender": HONDA,
        "to": ["柏ひまわりボランティアの会 代表 <himawari.vol.kashiwa@kashiwa-vc.or.jp>"],
        "subject": "7月のお誕生日会（出し物）のご相談",
        "body": """柏ひまわりボランティアの会
代表 ご担当者様

いつもありがとうございます。ひのでテラス柏の本多です。
7月のお誕生日会で、今年も歌と手品の出し物をお願いできればと思います。
お祝いする入居者さまの紹介スライドを添付しますので、
司会の際にお名前を読み上げていただけますと助かります。

　日時：7月19日（土）14:00〜15:00　1階ラウンジ
""" + SIG_HONDA,
        "attachments": [
            {
                "kind": "pptx",
                "name": "7月お誕生日会_入居者紹介.pptx",
                "title": "7月お誕生日会",
                "slides": [
                    ["7月生まれの皆さま", "ひのでテラス柏 お誕生日会 2025"],
                    ["浅利 フジ さん", "昭和8年7月3日生まれ（92歳）", "出身：新潟県　趣味：俳句"],
                    ["板垣 辰夫 さん", "昭和13年7月11日生まれ（87歳）", "出身：千葉県　趣味：将棋"],
                    ["宇津木 美代 さん", "昭和10年7月16日生まれ（90歳）", "出身：福島県　趣味：編み物"],
                    ["江頭 久 さん", "昭和16年7月24日生まれ（84歳）", "出身：佐賀県　趣味：園芸"],
                    ["小此木 ツネ さん", "昭和6年7月29日生まれ（94歳）", "出身：群馬県　趣味：民謡"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "PPTX with five residents' names and full dates of birth to a volunteer group",
    },
]

# What an ISO-2022-JP mailer does before sending: full-width minus and wave dash become
# their JIS X 0208 code points (U+2212, U+301C); ㎡ is not in JIS X 0208.
_JIS = {0xFF0D: 0x2212, 0xFF5E: 0x301C, 0x33A1: "平米"}
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("body", "html", "subject"):
            if _m.get(_k):
                _m[_k] = _m[_k].translate(_JIS)
