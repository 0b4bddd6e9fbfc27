"""Blind evaluation corpus — area: sakoju.

The mail of 日の出産業株式会社 シニア住宅事業部 and its serviced housing for older people
(サービス付き高齢者向け住宅「ひのでレジデンス桜ヶ丘」「ひのでレジデンス港北」): move-in
applications, residents' care levels (要介護度) and medication, families' contacts,
visiting doctors, nurses and care managers, meal allergies, rent and deposit accounts,
maintenance contractors, and ordinary building and event mail.

Every person, number, account and address in this file is invented (fictional but
plausible); any resemblance to a real person is accidental.  Written blind from
bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only — no code of the
product, no tests and no other corpus file were read.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 16801
rng = random.Random(SEED)

_FW = str.maketrans("0123456789-()/.", "０１２３４５６７８９－（）／．")


def fw(text: str) -> str:
    """Full-width digits and separators, as people type them in IME mode."""
    return text.translate(_FW)


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def spaced(num: str) -> str:
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


def showa(y: int, m: int, d: int) -> str:
    return f"昭和{y - 1925}年{m}月{d}日"


# -- signatures (the sender's own contacts: never labelled) --------------------------

SIG_MORISHITA = """
──────────────────────────
日の出産業株式会社 シニア住宅事業部
サービス付き高齢者向け住宅 ひのでレジデンス桜ヶ丘
生活相談員　森下 佳奈（もりした かな）
〒252-0318 神奈川県相模原市南区日の出台3-14-2
TEL 042-749-3310　FAX 042-749-3311
Mail k.morishita@hinode-sangyo.co.jp
──────────────────────────"""

SIG_OTSUKI = """
--
ひのでレジデンス桜ヶ丘　ハウス長
大槻 誠
日の出産業株式会社 シニア住宅事業部
TEL：042-749-3310（代）／携帯：080-3121-7765
"""

SIG_HIGA = """
*************************************
日の出産業株式会社
ひのでレジデンス桜ヶ丘 事務室
比嘉 さおり
〒252-0318 相模原市南区日の出台3-14-2
TEL 042-749-3310 / s.higa@hinode-sangyo.co.jp
*************************************"""

SIG_SUDO = """
----------------------------------------
日の出産業株式会社 総務部 施設管理課
須藤 健太
TEL 03-5403-8125（直通）　内線 2214
〒105-0013 東京都港区浜松町2-7-15 日の出ビル6F
----------------------------------------"""

SIG_IDE = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社　経理部　債権管理グループ
井手 亜由美
TEL 03-5403-8131 ／ FAX 03-5403-8139
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_KURIBAYASHI = """
■□■□■□■□■□■□■□■□■□
ひのでレジデンス港北
ハウスマネージャー　栗林 直樹
〒224-0041 神奈川県横浜市都筑区東山田台2-8-1
TEL 045-590-2271　FAX 045-590-2272
■□■□■□■□■□■□■□■□■□"""

SIG_MAKABE = """
ひのでレジデンス桜ヶ丘　看護職員
真壁 由紀
TEL 042-749-3310（内線 18）
"""

SIG_USAMI = """
────────────────
日の出産業株式会社
シニア住宅事業部　入居相談室
宇佐美 翔（Sho Usami）
フリーダイヤル 0120-412-165
TEL 03-5403-8140
https://www.hinode-sangyo.co.jp/senior/
────────────────"""

SIG_OTOBE = """
日の出産業株式会社 シニア住宅事業部 企画課
乙部 理恵
TEL 03-5403-8142
"""

SIG_TACHIBANA_EN = """
Best regards,

Ken Tachibana
Senior Housing Division, Hinode Sangyo Co., Ltd.
2-7-15 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel +81-3-5403-8144
"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)

# ---------------------------------------------------------------------------------------
# 001  meal allergy / diet list of 8 residents to the partner caterer (CSV)
add(
    id="sakoju-001",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["北国フーズ 給食事業部 三上様 <t.mikami@kitaguni-foods.co.jp>"],
    cc=["真壁 由紀 <y.makabe@hinode-sangyo.co.jp>"],
    subject="【ひのでレジデンス桜ヶ丘】11月分 食事対応一覧（アレルギー・食形態）更新の件",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社
給食事業部　三上様

いつも大変お世話になっております。
ひのでレジデンス桜ヶ丘の森下です。

11月1日提供分からの食事対応一覧を更新しましたので、添付にてお送りいたします。
今月は新規入居が2名（108号室・311号室）あり、いずれも禁食がございます。
102号室の方はそばでアナフィラキシーを起こされたことがあるため、
調理場での混入にも十分ご注意いただけますと幸いです。

ご不明点がございましたらお知らせください。
何卒よろしくお願いいたします。
""" + SIG_MORISHITA,
    attachments=[{
        "kind": "csv", "name": "食事対応一覧_桜ヶ丘_11月.csv", "encoding": "cp932",
        "rows": [
            ["居室", "氏名", "フリガナ", "食形態", "主食", "アレルギー・禁食", "疾患上の配慮"],
            ["102", "五十嵐 フミ", "イガラシ フミ", "常食", "米飯", "そば（アナフィラキシー既往）", ""],
            ["108", "東海林 清", "ショウジ キヨシ", "常食", "米飯150g", "なし", "2型糖尿病 1600kcal"],
            ["115", "我妻 ミツ", "ワガツマ ミツ", "ミキサー", "全粥", "卵", "嚥下障害（脳梗塞後遺症）"],
            ["203", "一ノ瀬 昭二", "イチノセ ショウジ", "刻み", "軟飯", "えび・かに", ""],
            ["207", "百目鬼 和子", "ドウメキ カズコ", "常食", "米飯", "乳製品", "慢性腎臓病 塩分6g未満"],
            ["214", "御手洗 タツ", "ミタライ タツ", "ソフト", "全粥", "青魚（さば）", ""],
            ["311", "左近 ヨシエ", "サコン ヨシエ", "常食", "米飯", "キウイ・バナナ", ""],
            ["318", "鬼塚 富雄", "オニヅカ トミオ", "刻み", "軟飯", "なし", "高血圧 減塩"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="8 residents' rows with allergies, dysphagia and diagnoses (要配慮) in a CSV to an external caterer",
)

# 002  internal monthly roster with DOB, care level, doctor, family phone (XLSX) — internal only
add(
    id="sakoju-002",
    sender="比嘉 さおり <s.higa@hinode-sangyo.co.jp>",
    to=["シニア住宅事業部 <senior-jigyo@hinode-sangyo.co.jp>"],
    cc=["井手 亜由美 <a.ide@mail.hinode-sangyo.co.jp>"],
    subject="10月末 入居者一覧（桜ヶ丘・港北）",
    charset="utf-8",
    body="""事業部各位

お疲れさまです。比嘉です。
10月末時点の入居者一覧を送ります。港北分は栗林さんから頂いたものを合わせています。
退去1名（412号室 10/18）、入居2名です。請求データの締めにお使いください。

比嘉
""",
    attachments=[{
        "kind": "xlsx", "name": "入居者一覧_202510末.xlsx", "title": "入居者一覧",
        "sheets": {
            "桜ヶ丘": [
                ["ひのでレジデンス桜ヶ丘　入居者一覧（2025年10月31日現在）"],
                [],
                ["居室", "氏名", "生年月日", "要介護度", "主治医", "主な既往", "緊急連絡先", "電話"],
                ["102", "五十嵐 フミ", "1936/02/11", "要介護1", "あおぞら在宅クリニック", "骨粗鬆症", "五十嵐 浩（長男）", "090-4417-2203"],
                ["105", "長谷川 トメ", "1937/03/05", "要介護3", "あおぞら在宅クリニック", "心不全", "長谷川 聡子（長女）", "080-2291-6530"],
                ["108", "東海林 清", "1941/07/22", "要支援2", "東海林内科（かかりつけ）", "2型糖尿病", "東海林 真理（妻）", "042-751-8824"],
                ["201", "門間 幸三", "1939/05/17", "要介護2", "あおぞら在宅クリニック", "パーキンソン病", "門間 隆（長男）", "070-5530-1187"],
                ["206", "佐々木 ハル", "1935/09/14", "要介護3", "あおぞら在宅クリニック", "誤嚥性肺炎既往", "佐々木 由美子（長女）", "090-6612-0815"],
                ["305", "漆原 シゲ", "1937/05/03", "要介護2", "桜ヶ丘中央病院", "アルツハイマー型認知症", "漆原 一郎（甥）", "080-7745-3019"],
            ],
            "港北": [
                ["ひのでレジデンス港北　入居者一覧（2025年10月31日現在）"],
                [],
                ["居室", "氏名", "生年月日", "要介護度", "主治医", "主な既往", "緊急連絡先", "電話"],
                ["A-101", "仲宗根 昌徳", "1938/04/12", "要介護1", "都筑ファミリークリニック", "高血圧", "仲宗根 美和（長女）", "090-3376-4102"],
                ["A-103", "喜屋武 トシ", "1936/10/29", "要介護2", "都筑ファミリークリニック", "変形性膝関節症", "喜屋武 昌也（次男）", "080-9901-2245"],
                ["B-210", "桧山 澄子", "1937/01/15", "要介護3", "港北さくら病院", "脳梗塞後遺症", "桧山 健司（長男）", "045-941-5532"],
            ],
        },
    }],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="full resident roster with diagnoses, but every recipient is internal (hinode-sangyo.co.jp and a subdomain)",
)

# 003  one resident's fever and history, running text, to the visiting doctor
add(
    id="sakoju-003",
    sender="真壁 由紀 <y.makabe@hinode-sangyo.co.jp>",
    to=["あおぞら在宅クリニック 野々村先生 <nonomura@aozora-zaitaku.jp>"],
    subject="206号室 佐々木様　発熱のご報告",
    charset="cp932",
    body="""あおぞら在宅クリニック
野々村先生

いつもお世話になっております。ひのでレジデンス桜ヶ丘 看護の真壁です。

206号室の佐々木ハル様ですが、昨夜22時頃より37.9℃の発熱があり、
今朝6時の検温で38.4℃、SpO2 93%（室内気）でした。
痰がらみの咳が続いており、昨年2月に誤嚥性肺炎で入院された既往もありますので
念のためご報告いたします。

現在の内服はアムロジピン5mg、ドネペジル5mg、酸化マグネシウム330mgで、
本日朝は服薬できています。食事は3割程度の摂取でした。

本日の往診が可能かどうか、ご指示をいただけますでしょうか。
よろしくお願いいたします。
""" + SIG_MAKABE,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named resident's symptoms, medical history and medication (要配慮) to an external clinic",
)

# 004  air-conditioner repair request: room number only, no personal data
add(
    id="sakoju-004",
    sender="須藤 健太 <k.sudo@hinode-sangyo.co.jp>",
    to=["ミツバ設備 サービス課 <service@mitsuba-setsubi.co.jp>"],
    subject="修理依頼：ひのでレジデンス桜ヶ丘 302号室 エアコン異音",
    charset="iso-2022-jp",
    body="""株式会社ミツバ設備
サービス課 ご担当者様

いつもお世話になっております。日の出産業 施設管理課の須藤です。

下記のとおり修理をお願いしたく、ご連絡いたしました。

　物件　：ひのでレジデンス桜ヶ丘（相模原市南区日の出台3-14-2）
　場所　：3階 302号室 居室内エアコン（壁掛け、2019年設置）
　症状　：運転開始から10分ほどで「カタカタ」と異音、冷暖房の効きは正常
　機種　：RAS-J281P（室外機 RAC-J281P）
　希望日：11/12（水）〜11/14（金）の10時〜16時

ご入居者様は午前中は外出されていることが多いため、午後の訪問ですと
立ち会いを事務室で調整いたします。当日は1階事務室にお声がけください。

お見積りが必要な場合は事前にご連絡をお願いいたします。
""" + SIG_SUDO,
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary maintenance request: a room number and a model code, no data about a person",
)

# 005  summer-festival invitation with six family members' addresses visible in To
add(
    id="sakoju-005",
    sender="ひのでレジデンス桜ヶ丘 <sakuragaoka@hinode-sangyo.co.jp>",
    to=[
        "五十嵐 浩 様 <hiro.igarashi0312@gmail.com>",
        "長谷川 聡子 様 <satoko-h@yahoo.co.jp>",
        "門間 隆 様 <monma.takashi@docomo.ne.jp>",
        "佐々木 由美子 様 <yumiko.sasaki.0815@gmail.com>",
        "漆原 一郎 様 <ichiro_urushibara@icloud.com>",
        "左近 美佳 様 <mika.sakon@ezweb.ne.jp>",
    ],
    subject="ひのでレジデンス桜ヶ丘「秋まつり」のご案内",
    charset="utf-8",
    body="""ご家族の皆さま

いつもひのでレジデンス桜ヶ丘の運営にご理解・ご協力をいただき、ありがとうございます。
今年も入居者の皆さまとご家族をお招きして「秋まつり」を開催いたします。

　日時：11月16日（日）13:30〜15:30（受付 13:00〜）
　場所：1階 多目的ホール・中庭
　内容：地元中学校吹奏楽部の演奏、模擬店（焼きそば・わたあめ）、輪投げ大会
　会費：ご家族1名につき500円（入居者様は無料）

ご参加いただける場合は、11月7日（金）までにこのメールへのご返信、
またはお電話（042-749-3310）にてお知らせください。
駐車場に限りがございますので、なるべく公共交通機関をご利用ください。

皆さまのお越しを職員一同お待ちしております。

ひのでレジデンス桜ヶ丘　イベント係（森下・比嘉）
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="six private persons (families) in To can see each other's addresses: should have been Bcc",
)

# 006  My Number of one resident to the city's long-term-care insurance section
MN_006 = my_number(SEED + 1)
add(
    id="sakoju-006",
    sender="比嘉 さおり <s.higa@hinode-sangyo.co.jp>",
    to=["南さくら市 介護保険課 認定係 <kaigo-nintei@city.minamisakura.lg.jp>"],
    subject="要介護認定更新申請書の個人番号欄について（漆原様）",
    charset="iso-2022-jp",
    body=f"""南さくら市 介護保険課 認定係
ご担当者様

お世話になっております。
サービス付き高齢者向け住宅 ひのでレジデンス桜ヶ丘の比嘉でございます。

先日、入居者様に代わって提出いたしました要介護認定の更新申請書につき、
個人番号欄が空欄のままとのご連絡をいただきました。大変失礼いたしました。
ご本人様のマイナンバーカードで確認いたしましたので、下記のとおりお知らせいたします。

　被保険者氏名：漆原 シゲ（ウルシバラ シゲ）
　生年月日　　：{showa(1937, 5, 3)}
　個人番号　　：{spaced(MN_006)}

ほかに不足がございましたら、ご指示くださいますようお願いいたします。
""" + SIG_HIGA,
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a resident's マイナンバー with name and 和暦 birth date to an external (municipal) address",
)

# 007  elevator inspection schedule with the partner maker
add(
    id="sakoju-007",
    sender="須藤 健太 <k.sudo@hinode-sangyo.co.jp>",
    to=["川崎電機 昇降機サービス部 大津様 <otsu.r@kawasaki-denki.co.jp>"],
    subject="RE: 【川崎電機】昇降機定期検査の日程について（ひのでレジデンス港北）",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
昇降機サービス部　大津様

お世話になっております。日の出産業の須藤です。
日程のご提示ありがとうございます。港北の定期検査は、12月3日（水）9:00〜12:00 で
お願いいたします。

検査中は1基停止となりますので、館内掲示とご入居者様へのご案内は
当方（栗林）にて行います。作業車両は正面玄関脇の来客用スペースをご利用ください。

引き続きよろしくお願いいたします。
""" + SIG_SUDO + """

> 日の出産業株式会社　須藤様
> いつもお世話になっております。川崎電機の大津です。
> 標記の件、以下の候補日でいかがでしょうか。
>   ・12月3日（水）9:00〜12:00
>   ・12月5日（金）13:00〜16:00
> 機種：KE-VF750（乗用 11人乗り）　検査員：2名
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="routine building mail with a partner: schedule only, no personal data",
)

# 008  families' emergency contact list to the security company (XLSX, two sheets)
add(
    id="sakoju-008",
    sender="大槻 誠 <m.otsuki@hinode-sangyo.co.jp>",
    to=["まもる警備保障 相模原営業所 <sagamihara@mamoru-keibi.co.jp>"],
    subject="夜間駆けつけサービス　緊急連絡先一覧の更新",
    charset="cp932",
    body="""まもる警備保障株式会社
相模原営業所 御中

いつもお世話になっております。ひのでレジデンス桜ヶ丘の大槻です。

夜間駆けつけサービスの契約に基づき、入居者様ごとの緊急連絡先一覧を更新しましたので
お送りいたします。前回からの変更は黄色のセル（5件）です。
港北分は別シートにまとめています。

ご確認のほどよろしくお願いいたします。
""" + SIG_OTSUKI,
    attachments=[{
        "kind": "xlsx", "name": "緊急連絡先一覧_2025-11.xlsx",
        "sheets": {
            "桜ヶ丘": [
                ["緊急連絡先一覧（ひのでレジデンス桜ヶ丘）　2025年11月1日更新"],
                ["居室", "入居者", "連絡先氏名", "続柄", "電話（第1）", "電話（第2）", "住所"],
                ["102", "五十嵐 フミ", "五十嵐 浩", "長男", "090-4417-2203", "042-776-1092", "神奈川県相模原市中央区星が丘4-3-18"],
                ["105", "長谷川 トメ", "長谷川 聡子", "長女", "080-2291-6530", "", "東京都町田市つくし野2-21-7-304"],
                ["201", "門間 幸三", "門間 隆", "長男", "070-5530-1187", "03-3712-4468", "東京都世田谷区奥沢6-12-3"],
                ["206", "佐々木 ハル", "佐々木 由美子", "長女", "090-6612-0815", "", "神奈川県座間市入谷東1-9-22"],
                ["305", "漆原 シゲ", "漆原 一郎", "甥", "080-7745-3019", "", "神奈川県大和市つきみ野5-6-11"],
                ["311", "左近 ヨシエ", "左近 美佳", "次女", "090-1152-8874", "046-255-3310", "神奈川県厚木市旭町3-17-9 サンコーポ202"],
            ],
            "港北": [
                ["緊急連絡先一覧（ひのでレジデンス港北）　2025年11月1日更新"],
                ["居室", "入居者", "連絡先氏名", "続柄", "電話（第1）", "電話（第2）", "住所"],
                ["A-101", "仲宗根 昌徳", "仲宗根 美和", "長女", "090-3376-4102", "", "神奈川県横浜市港北区日吉本町1-44-6"],
                ["B-210", "桧山 澄子", "桧山 健司", "長男", "045-941-5532", "080-6630-2741", "神奈川県横浜市都筑区中川3-5-20"],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="8 family contacts (names, phones, home addresses) in an XLSX to an external security company",
)

# 009  reply to the care manager; the diagnosis is only in the quoted text
add(
    id="sakoju-009",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["ケアプランみなみ 若林様 <wakabayashi@carepm-minami.jp>"],
    subject="Re: 門間様 ケアプラン変更について",
    charset="iso-2022-jp",
    body="""若林様

お世話になっております。桜ヶ丘の森下です。
ご連絡ありがとうございます。11月20日（木）14時、当館2階面談室で承知いたしました。
ご家族様へは私から日程をお伝えしておきます。

森下

> 森下様
>
> いつもお世話になっております。ケアプランみなみの若林です。
> 門間幸三様ですが、主治医よりパーキンソン病の進行（ヤール分類III度）との
> 所見があり、すくみ足による転倒リスクが高まっているとのことです。
> 通所リハビリを週2回から3回に増やす方向でプランを変更したく、
> 11月20日（木）14時に担当者会議をお願いできますでしょうか。
>
> ケアプランみなみ　若林 千尋
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the resident's diagnosis is only in text quoted from the recipient's own mail; the new text is a date confirmation",
)

# 010  menu change sent to a look-alike of the partner caterer (dropped letter)
add(
    id="sakoju-010",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["三上 様 <t.mikami@kitaguni-food.co.jp>"],
    subject="12月行事食（クリスマス会）の献立変更のお願い",
    charset="utf-8",
    body="""北国フーズ株式会社
三上様

お世話になっております。ひのでレジデンス桜ヶ丘の森下です。

12月24日（水）のクリスマス会の行事食について、以下の変更をお願いできますでしょうか。
　・メイン：ローストチキン → 鶏もも肉のトマト煮（やわらかめ）
　・デザート：ショートケーキ（通常食42・ソフト食8）
　・夕食の提供時間を17:30開始に前倒し

お見積りに変更がある場合はお知らせください。
よろしくお願いいたします。
""" + SIG_MORISHITA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp drops the s of partner kitaguni-foods.co.jp: look-alike domain",
)

# 011  English mail to a son abroad about his mother's diabetes and insulin
add(
    id="sakoju-011",
    sender="Ken Tachibana <k.tachibana@hinode-sangyo.co.jp>",
    to=["Daisuke Dohmeki <d.dohmeki.sg@gmail.com>"],
    cc=["真壁 由紀 <y.makabe@hinode-sangyo.co.jp>"],
    subject="Update on your mother (Room 207)",
    charset="utf-8",
    body="""Dear Mr. Dohmeki,

Thank you for your call last Friday. As promised, here is a short update on your
mother, Mrs. Kazuko Dohmeki, in Room 207.

Her HbA1c at the blood test on 28 October was 8.9%, up from 7.6% in July, and
Dr. Nonomura has diagnosed the progression of her type 2 diabetes as needing
insulin. From 10 November she will receive Tresiba (insulin degludec) 6 units every
morning, given by our nurse, and her meals have been changed to 1,400 kcal.
Her kidney function (eGFR 41) is being watched as well because of her chronic
kidney disease.

She is in good spirits and still enjoys the Tuesday calligraphy club. Please let us
know if you would like to speak with the doctor during your visit in December.
""" + SIG_TACHIBANA_EN,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named resident's diagnoses, lab results and insulin therapy (要配慮) to a free-mail address, in English",
)

# 012  price list of room types to a referral agency (padded text table)
add(
    id="sakoju-012",
    sender="宇佐美 翔 <s.usami@hinode-sangyo.co.jp>",
    to=["シニアのすまい相談室 池端様 <ikebata@sumai-soudan.com>"],
    subject="ひのでレジデンス桜ヶ丘・港北　2026年度 料金表",
    charset="cp932",
    body="""シニアのすまい相談室
池端様

いつもご紹介いただきありがとうございます。入居相談室の宇佐美です。
2026年4月からの料金表が確定しましたので、取り急ぎテキストでお送りします。
（パンフレット差し替え版は12月中旬にお届けします）

■ひのでレジデンス桜ヶ丘
  タイプ      面積      家賃      共益費    生活支援費   敷金
  ----------  --------  --------  --------  ----------  ---------
  A（1R）     18.5㎡    68,000    18,000    33,000      136,000
  B（1K）     22.3㎡    79,000    18,000    33,000      158,000
  C（1LDK）   38.0㎡   118,000    24,000    44,000      236,000

■ひのでレジデンス港北
  タイプ      面積      家賃      共益費    生活支援費   敷金
  ----------  --------  --------  --------  ----------  ---------
  A（1R）     19.2㎡    82,000    20,000    35,000      164,000
  B（1K）     25.0㎡    96,000    20,000    35,000      192,000

食費（任意）：1日3食 1,890円（30日 56,700円）　※税込
介護保険サービスは別途、各事業所との契約になります。

ご不明点はお気軽にお問い合わせください。
""" + SIG_USAMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="a price list of room types (numbers that are fees, not people)",
)

# 013  move-in application documents as a password ZIP (PPAP) to a care manager
add(
    id="sakoju-013",
    sender="宇佐美 翔 <s.usami@hinode-sangyo.co.jp>",
    to=["ひまわりケアプランセンター 大須賀様 <osuga@himawari-cp.or.jp>"],
    subject="入居申込書類一式の送付（パスワードは別送します）",
    charset="iso-2022-jp",
    body="""ひまわりケアプランセンター
大須賀様

お世話になっております。日の出産業 入居相談室の宇佐美です。

先日ご相談いただいた方の入居申込書類一式（申込書・健康診断書・診療情報提供書・
身元引受人届）をZIPファイルにまとめてお送りいたします。
解凍用パスワードは、この後別メールにてお送りいたします。

お手数ですが内容をご確認のうえ、ご本人様・ご家族様の署名欄を
ご記入いただけますようお願いいたします。
""" + SIG_USAMI,
    attachments=[{
        "kind": "zip", "name": "入居申込書類_20251105.zip", "password": "Hn8#kq2025",
        "files": [
            {"kind": "pdf", "name": "入居申込書.pdf",
             "lines": ["入居申込書", "申込者：笹森 ナツ　昭和15年6月2日生", "現住所：横浜市青葉区藤が丘2-31-4"]},
            {"kind": "pdf", "name": "健康診断書.pdf",
             "lines": ["健康診断書", "氏名：笹森 ナツ", "既往歴：乳がん（平成24年 手術）", "胸部X線：異常なし"]},
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external address: its content cannot be inspected",
)

# 014  business list: cooperating clinics and nearby facilities, HTML-only mail
add(
    id="sakoju-014",
    sender="宇佐美 翔 <s.usami@hinode-sangyo.co.jp>",
    to=["地域包括支援センター日の出台 <houkatsu-hinodedai@minamisakura-shakyo.or.jp>"],
    subject="協力医療機関・近隣事業所一覧のご送付",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>地域包括支援センター日の出台<br>ご担当者様</p>
<p>いつもお世話になっております。日の出産業 入居相談室の宇佐美です。<br>
先日の連絡会でお話のあった、ひのでレジデンス桜ヶ丘の協力医療機関と近隣の事業所一覧をお送りします。
ご相談者様へのご案内にお役立てください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>区分</th><th>名称</th><th>所在地</th><th>電話</th><th>備考</th></tr>
<tr><td>協力医療機関</td><td>あおぞら在宅クリニック</td><td>相模原市南区日の出台1-2-8</td><td>042-740-5561</td><td>訪問診療 月2回</td></tr>
<tr><td>協力医療機関</td><td>桜ヶ丘中央病院</td><td>相模原市南区桜ヶ丘4-10-1</td><td>042-748-1101</td><td>救急 24時間</td></tr>
<tr><td>協力歯科</td><td>はなみずき訪問歯科</td><td>相模原市南区上鶴間7-3-22</td><td>042-705-8840</td><td>訪問歯科</td></tr>
<tr><td>訪問看護</td><td>すずらん訪問看護ステーション</td><td>相模原市南区日の出台2-5-1</td><td>042-749-7730</td><td>24時間対応</td></tr>
<tr><td>居宅介護支援</td><td>ケアプランみなみ</td><td>相模原市南区東林間3-8-6</td><td>042-742-2219</td><td></td></tr>
<tr><td>薬局</td><td>こもれび薬局 日の出台店</td><td>相模原市南区日の出台1-1-15</td><td>042-740-3008</td><td>居宅療養管理指導</td></tr>
</table>
<p>各事業所の営業時間は変更になる場合がございます。</p>
<p>--<br>日の出産業株式会社 シニア住宅事業部 入居相談室<br>宇佐美 翔　TEL 03-5403-8140</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of clinics, pharmacies and offices with their business numbers: businesses, not people",
)

# 015  direct-debit registration list of six residents' bank accounts to the partner bank
add(
    id="sakoju-015",
    sender="井手 亜由美 <a.ide@hinode-sangyo.co.jp>",
    to=["みどり銀行 相模大野支店 法人営業課 <sagamiono-hojin@midori-ginko.co.jp>"],
    subject="口座振替（家賃・共益費）新規登録分のデータ送付",
    charset="cp932",
    body="""みどり銀行　相模大野支店
法人営業課　ご担当者様

いつもお世話になっております。日の出産業 経理部の井手でございます。

ひのでレジデンス桜ヶ丘の家賃・共益費の口座振替について、12月振替分からの
新規登録6件のデータをCSVにてお送りいたします。
口座振替依頼書の原本は本日郵送いたしました。

お手数をおかけしますが、ご登録のほどよろしくお願いいたします。
""" + SIG_IDE,
    attachments=[{
        "kind": "csv", "name": "kouza_furikae_shinki_202512.csv", "encoding": "cp932",
        "rows": [
            ["顧客番号", "預金者名（カナ）", "金融機関", "支店", "種目", "口座番号", "振替金額"],
            ["S-0108", "ｼｮｳｼﾞ ｷﾖｼ", "みどり銀行", "相模大野", "普通", "3104477", "130000"],
            ["S-0203", "ｲﾁﾉｾ ｼｮｳｼﾞ", "ゆうちょ銀行", "〇一八", "普通", "2285160", "130000"],
            ["S-0214", "ﾐﾀﾗｲ ﾀﾂ", "みどり銀行", "町田", "普通", "1187342", "130000"],
            ["S-0311", "ｻｺﾝ ﾖｼｴ", "相模信用金庫", "東林間", "普通", "0655219", "141000"],
            ["S-0318", "ｵﾆﾂﾞｶ ﾄﾐｵ", "みどり銀行", "相模大野", "普通", "3120958", "130000"],
            ["S-0405", "ﾀﾁﾊﾞﾅ ﾐﾉﾙ", "はまかぜ銀行", "上大岡", "普通", "5093316", "175000"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six residents' personal bank accounts in a CSV to the (partner, but external) bank",
)

# 016  reply to one prospective family on free mail, with the public brochure
add(
    id="sakoju-016",
    sender="宇佐美 翔 <s.usami@hinode-sangyo.co.jp>",
    to=["Kumiko Tsuchiya <kumi.tsuchiya77@yahoo.co.jp>"],
    subject="Re: 入居の見学について",
    charset="iso-2022-jp",
    body="""土屋 久美子 様

お問い合わせいただき、誠にありがとうございます。
日の出産業 シニア住宅事業部 入居相談室の宇佐美と申します。

ご見学は11月15日（土）10時で承りました。当日はひのでレジデンス桜ヶ丘の
1階受付にお越しください。所要時間は1時間ほどです。
パンフレットと料金表（PDF）を添付いたしますので、事前にご覧いただけますと幸いです。

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_USAMI + """

-----Original Message-----
From: Kumiko Tsuchiya <kumi.tsuchiya77@yahoo.co.jp>
Sent: Monday, November 3, 2025 9:12 PM
Subject: 入居の見学について

母（80歳）の住まいを探しております。週末に見学は可能でしょうか。
日中は 090-2718-5564 にお電話いただけます。
""",
    attachments=[{
        "kind": "pdf", "name": "hinode_residence_pamphlet.pdf", "title": "ひのでレジデンス ご案内",
        "lines": ["ひのでレジデンス桜ヶ丘 ご案内", "安心の見守りと生活相談サービス",
                  "居室タイプ A/B/C　全48室", "所在地：相模原市南区日の出台3-14-2",
                  "お問い合わせ：0120-412-165（入居相談室）"],
    }],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one free-mail enquirer with a public brochure; her phone is only in her own quoted mail",
)

# 017  accident report (hip fracture) of one resident to the city (DOCX)
add(
    id="sakoju-017",
    sender="大槻 誠 <m.otsuki@hinode-sangyo.co.jp>",
    to=["南さくら市 高齢福祉課 <koreifukushi@city.minamisakura.lg.jp>"],
    cc=["乙部 理恵 <r.otobe@hinode-sangyo.co.jp>"],
    subject="【事故報告】サービス付き高齢者向け住宅 ひのでレジデンス桜ヶ丘（第一報）",
    charset="utf-8",
    body="""南さくら市 高齢福祉課 ご担当者様

いつもお世話になっております。ひのでレジデンス桜ヶ丘 ハウス長の大槻です。
11月2日に発生した入居者様の転倒事故につきまして、事故報告書（第一報）を提出いたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_OTSUKI,
    attachments=[{
        "kind": "docx", "name": "事故報告書_第一報_20251102.docx", "title": "事故報告書",
        "paragraphs": [
            "事故報告書（第一報）",
            "事業所名：サービス付き高齢者向け住宅 ひのでレジデンス桜ヶ丘",
            "報告者：ハウス長 大槻 誠",
        ],
        "tables": [[
            ["項目", "内容"],
            ["対象者", "九十九 静江（ツクモ シズエ）　408号室　92歳　女性"],
            ["要介護度", "要介護3"],
            ["発生日時", "令和7年11月2日 5時40分頃"],
            ["発生場所", "居室内トイレ前"],
            ["事故の概要", "夜間トイレに向かう途中でふらつき転倒。巡回職員が発見。"],
            ["受診結果", "桜ヶ丘中央病院 整形外科にて右大腿骨頸部骨折と診断。11月4日 人工骨頭置換術予定。"],
            ["既往歴", "骨粗鬆症、心房細動（抗凝固薬内服中）"],
            ["家族への連絡", "11月2日 6時15分 長男様へ電話連絡済"],
        ]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named resident's fracture diagnosis and medical history in a DOCX accident report to an external body",
)

# 018  internal: 社外秘 management meeting material among staff
add(
    id="sakoju-018",
    sender="乙部 理恵 <r.otobe@hinode-sangyo.co.jp>",
    to=["大槻 誠 <m.otsuki@hinode-sangyo.co.jp>", "栗林 直樹 <n.kuribayashi@hinode-sangyo.co.jp>"],
    subject="【社外秘】第3四半期 運営会議資料（事前送付）",
    charset="iso-2022-jp",
    body="""大槻さん、栗林さん

お疲れさまです。企画課の乙部です。
11/14の運営会議の資料を事前にお送りします。社外秘扱いですので、
ご家族や協力事業者への転送はしないようお願いします。

・稼働率推移（桜ヶ丘 91.7% / 港北 87.5%）
・2026年度 料金改定案（共益費 +2,000円）
・夜勤体制見直し案

乙部
""",
    attachments=[{
        "kind": "pdf", "name": "運営会議資料_2025Q3.pdf", "page_header": "社外秘",
        "lines": ["第3四半期 運営会議資料", "1. 稼働率推移", "2. 料金改定案", "3. 夜勤体制見直し"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 document, but all recipients are internal",
)

# 019  large-scale repair meeting: three contractor companies visible in To
add(
    id="sakoju-019",
    sender="須藤 健太 <k.sudo@hinode-sangyo.co.jp>",
    to=[
        "ミツバ設備 工事部 平賀様 <hiraga@mitsuba-setsubi.co.jp>",
        "クリーンワークス 菅沼様 <suganuma@cleanworks.jp>",
        "東海防災 設備課 <setsubi@bousai-tokai.co.jp>",
    ],
    subject="ひのでレジデンス桜ヶ丘 大規模修繕工事 第1回工程調整会議のご案内",
    charset="cp932",
    body="""関係各社 ご担当者様

いつもお世話になっております。日の出産業 施設管理課の須藤です。

来年2月着工予定の外壁・屋上防水改修工事に先立ち、第1回の工程調整会議を
下記のとおり開催いたします。ご多忙のところ恐縮ですが、ご出席をお願いいたします。

　日時：11月19日（水）10:00〜11:30
　場所：ひのでレジデンス桜ヶ丘 2階 会議室
　議題：①全体工程 ②足場設置中の共用部清掃 ③消防設備の一時停止手順
　　　　④入居者様への説明会（12月上旬予定）

ご出席者のお名前を11月14日までにお知らせください。
""" + SIG_SUDO,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external companies in To see each other's addresses: should have been Bcc",
)

# 020  forwarding a family's mail that contains a credit-card number to the payment agent
CARD_020 = card_number(SEED + 2)
add(
    id="sakoju-020",
    sender="比嘉 さおり <s.higa@hinode-sangyo.co.jp>",
    to=["ペイブリッジ カスタマーサポート <support@paybridge.co.jp>"],
    subject="FW: 入居一時金のカード払いについて",
    charset="utf-8",
    body=f"""ペイブリッジ株式会社
カスタマーサポート ご担当者様

お世話になっております。日の出産業（加盟店ID: HS-220417）の比嘉です。
入居予定者のご家族から、下記のとおりメール本文にカード情報を記載してお支払いの
申し出がありました。このまま決済処理していただくことは可能でしょうか。
不可の場合、ご家族へのご案内方法をご教示ください。

---------- Forwarded message ----------
From: 笹森 正和 <m.sasamori@outlook.jp>
Date: 2025年11月4日(火) 20:41
Subject: 入居一時金のカード払いについて

ひのでレジデンス港北 ご担当者様

母（笹森ナツ）の入居一時金の件です。振込が難しいのでカードでお願いします。
カード番号：{spaced(CARD_020)}
有効期限：08/28
名義：MASAKAZU SASAMORI
よろしくお願いします。
""" + SIG_HIGA,
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a forward (new text for its recipient) carrying a family member's credit-card number to an external company",
)

# 021  two external organisations (care manager + visiting nurse): scheduling only
add(
    id="sakoju-021",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["ケアプランみなみ 若林様 <wakabayashi@carepm-minami.jp>"],
    cc=["すずらん訪問看護ステーション 所長 <shocho@suzuran-houkan.jp>"],
    subject="担当者会議の会場について（11/20 門間様）",
    charset="iso-2022-jp",
    body="""若林様
（cc：すずらん訪問看護ステーション 所長様）

お世話になっております。桜ヶ丘の森下です。

11月20日（木）14時からの担当者会議ですが、面談室が改修工事で使えないため
会場を1階の相談室Bに変更させていただきます。
駐車場は来客用の2台分を確保しております。

お手数ですがよろしくお願いいたします。
""" + SIG_MORISHITA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc (a normal three-way mail); only a name and a room change",
)

# 022  disability certificate of one resident to a care-taxi company
add(
    id="sakoju-022",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["ふれあい介護タクシー 予約係 <yoyaku@fureai-kaigotaxi.jp>"],
    subject="通院送迎のご予約（11/18 桜ヶ丘中央病院）",
    charset="cp932",
    body="""ふれあい介護タクシー
予約係 ご担当者様

いつもお世話になっております。ひのでレジデンス桜ヶ丘の森下です。
下記のとおり通院送迎をお願いいたします。

　ご利用者：鬼塚 富雄 様（318号室）
　日時：11月18日（火）9:15 お迎え → 桜ヶ丘中央病院 人工透析センター
　帰り：12:45頃（病院よりお電話します）

鬼塚様は身体障害者手帳1級（じん臓機能障害）をお持ちですので、
障害者割引の適用をお願いいたします。手帳は当日ご本人がお持ちになります。
車椅子は当館のものを使用します。

よろしくお願いいたします。
""" + SIG_MORISHITA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named resident's disability grade and dialysis treatment (要配慮) to an external taxi company",
)

# 023  aggregate statistics to the municipality: no individual
add(
    id="sakoju-023",
    sender="乙部 理恵 <r.otobe@hinode-sangyo.co.jp>",
    to=["南さくら市 高齢福祉課 施設指導係 <shidou@city.minamisakura.lg.jp>"],
    subject="サービス付き高齢者向け住宅 定期報告（令和7年度上期）",
    charset="iso-2022-jp",
    body="""南さくら市 高齢福祉課 施設指導係 御中

平素より大変お世話になっております。
日の出産業株式会社 シニア住宅事業部の乙部でございます。

サービス付き高齢者向け住宅の定期報告（令和7年度上期分）を添付のとおり提出いたします。
登録番号：神奈川県 第0412号、介護保険事業所番号：1471204486（併設の訪問介護）

ご査収のほどよろしくお願い申し上げます。
""" + SIG_OTOBE,
    attachments=[{
        "kind": "xlsx", "name": "定期報告_R7上期_桜ヶ丘.xlsx",
        "sheets": {
            "入居状況": [
                ["令和7年度上期 入居状況（9月30日現在）"],
                ["区分", "戸数", "入居戸数", "入居率"],
                ["A（1R）", 30, 28, "93.3%"],
                ["B（1K）", 14, 13, "92.9%"],
                ["C（1LDK）", 4, 3, "75.0%"],
            ],
            "要介護度分布": [
                ["要介護度別 入居者数"],
                ["自立", "要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5", "計"],
                [3, 4, 6, 11, 9, 7, 3, 1, 44],
                [],
                ["平均年齢", 86.4],
                ["男女比（男:女）", "12:32"],
            ],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate occupancy and care-level counts with registration codes: no data about any person",
)

# 024  internal monthly report sent to a look-alike of the company's own domain
add(
    id="sakoju-024",
    sender="栗林 直樹 <n.kuribayashi@hinode-sangyo.co.jp>",
    to=["井手 亜由美 <a.ide@hinode-sangyo.jp>"],
    subject="港北 10月分 入金状況のご報告",
    charset="utf-8",
    body="""井手さん

お疲れさまです。港北の栗林です。
10月分の入金状況です。

・家賃・共益費：入金 31件 / 請求 32件（未入金1件は11/10入金予定と連絡あり）
・食費：入金 27件 / 請求 27件
・敷金精算：1件（B-301、11/20精算予定）

詳細は共有フォルダの「港北_入金管理_202510.xlsx」に入れています。
よろしくお願いします。
""" + SIG_KURIBAYASHI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo.jp is another TLD of the company's own domain: look-alike, external",
)

# 025  hospital admission: health-insurance number, DOB, operation
add(
    id="sakoju-025",
    sender="真壁 由紀 <y.makabe@hinode-sangyo.co.jp>",
    to=["桜ヶ丘中央病院 入退院支援室 <nyuin-shien@sakuragaoka-chuo-hp.or.jp>"],
    subject="入院予約の件（11/25 眼科 小野寺様）",
    charset="iso-2022-jp",
    body="""桜ヶ丘中央病院
入退院支援室 ご担当者様

お世話になっております。ひのでレジデンス桜ヶ丘 看護の真壁です。
先日外来で決まりました入院につき、事前登録のための情報をお送りします。

　氏名：小野寺 キヨ（オノデラ キヨ）様
　生年月日：昭和11年6月19日
　入院予定：11月25日（火）眼科　左眼白内障手術（26日）
　保険：後期高齢者医療被保険者証　保険者番号 39142053　被保険者番号 20815547
　既往：高血圧症、緑内障（点眼中）
　キーパーソン：長男 小野寺 亮 様（080-4460-1927）

ご不明な点はご連絡ください。
""" + SIG_MAKABE,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="health-insurance card numbers, birth date and surgery/diagnoses of a named resident to a hospital",
)

# 026  敬老会 invitation to families, all in Bcc
add(
    id="sakoju-026",
    sender="ひのでレジデンス港北 <kohoku@hinode-sangyo.co.jp>",
    to=["ひのでレジデンス港北 <kohoku@hinode-sangyo.co.jp>"],
    bcc=[
        "misa.nakasone@gmail.com", "kyan.masaya@yahoo.co.jp", "kenji-hiyama@outlook.jp",
        "ikari.family@icloud.com", "funaki_h@docomo.ne.jp", "sasamori.m@outlook.jp",
        "tomoko-kyan@softbank.ne.jp", "y.funaki1960@gmail.com",
    ],
    subject="敬老会のご案内（9月21日）",
    charset="iso-2022-jp",
    body="""ご家族の皆さまへ

残暑の候、皆さまにはお変わりなくお過ごしのことと存じます。
ひのでレジデンス港北では、今年も下記のとおり敬老会を開催いたします。

　日時：9月21日（日）11:00〜13:00
　会場：1階 ダイニング
　内容：長寿のお祝い、記念撮影、祝い膳（ご家族様分 1,500円）

ご家族様のご参加を心よりお待ちしております。
出欠は9月12日（金）までに、お電話（045-590-2271）またはこのメールへの返信でお知らせください。

ひのでレジデンス港北　スタッフ一同
（本メールはBCCにて一斉送信しております）
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="event mail to families with every address in Bcc: nobody sees anybody else",
)

# 027  five new residents' moves: one block per person to the partner mover
add(
    id="sakoju-027",
    sender="栗林 直樹 <n.kuribayashi@hinode-sangyo.co.jp>",
    to=["青葉運輸 引越センター 三浦様 <miura.k@aoba-unyu.co.jp>"],
    subject="12月 入居者様お引越しの手配依頼（5件）",
    charset="cp932",
    body="""青葉運輸株式会社
引越センター　三浦様

いつもお世話になっております。ひのでレジデンス港北の栗林です。
12月に入居予定の5名様のお引越しについて、下記のとおり手配をお願いいたします。
お見積りのため、事前に各ご自宅へお電話いただいて構いません。

【1】笹森 ナツ 様（A-205 へ）
　　搬出元：横浜市青葉区藤が丘2-31-4
　　連絡先：045-972-6618（ご本人）／長男 正和様 090-8824-3317
　　希望日：12/2（火）午前

【2】猪狩 政夫 様（B-102 へ）
　　搬出元：川崎市宮前区有馬8-14-2 サンハイツ有馬 305
　　連絡先：044-855-2093
　　希望日：12/4（木）午後

【3】舟木 弘 様（B-301 へ）
　　搬出元：横浜市緑区十日市場町1502-7
　　連絡先：次女 舟木 陽子様 080-5519-7402
　　希望日：12/9（火）終日

【4】蒲生 キミ 様（A-108 へ）
　　搬出元：東京都町田市成瀬台3-9-21
　　連絡先：042-726-4415
　　希望日：12/11（木）午前

【5】安座間 盛仁 様（B-206 へ）
　　搬出元：横浜市港北区篠原北1-6-30-402
　　連絡先：090-6137-2250
　　希望日：12/16（火）午前

搬入はいずれも9:00〜17:00、正面玄関横の搬入口をご利用ください。
""" + SIG_KURIBAYASHI,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's blocks with home addresses and phone numbers to an external (partner) mover",
)

# 028  one resident's care level to a care-equipment rental company — borderline
add(
    id="sakoju-028",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["ケアレント相模 福祉用具担当 <fukushi@carerent-sagami.co.jp>"],
    subject="特殊寝台のレンタルについて（405号室）",
    charset="utf-8",
    body="""ケアレント相模 福祉用具担当 様

お世話になっております。ひのでレジデンス桜ヶ丘の森下です。

405号室の立花 実 様ですが、今月の区分変更で要支援2から要介護2になりましたので、
介護保険での特殊寝台（3モーター）のレンタルが可能になりました。
ケアマネジャーさんからも了承をいただいていますので、搬入日のご相談をさせてください。
ご本人は日中、居室におられることが多いです。

よろしくお願いいたします。
""" + SIG_MORISHITA,
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="one named resident's 要介護度 change to an equipment renter: care level is health-related but not a diagnosis; judgeable either way",
)

# 029  社外秘 business plan (PDF stamp) to an outside consultant
add(
    id="sakoju-029",
    sender="乙部 理恵 <r.otobe@hinode-sangyo.co.jp>",
    to=["ケアビジネス総研 小田切様 <odagiri@carebiz-souken.co.jp>"],
    subject="中期事業計画（シニア住宅）ドラフトの送付",
    charset="iso-2022-jp",
    body="""ケアビジネス総研株式会社
小田切様

いつもお世話になっております。日の出産業 シニア住宅事業部の乙部です。

来週のディスカッションに向けて、中期事業計画（2026〜2028）のドラフトを添付いたします。
新規開設候補地（3案）と、既存2拠点の収支改善策を中心にご意見をいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_OTOBE,
    attachments=[{
        "kind": "pdf", "name": "中期事業計画_シニア住宅_draft3.pdf", "title": "中期事業計画（ドラフト）",
        "page_header": "社外秘", "page_footer": "日の出産業株式会社 シニア住宅事業部",
        "lines": ["中期事業計画 2026-2028（ドラフト第3版）", "1. 事業環境", "2. 新規開設候補地：町田・海老名・藤沢",
                  "3. 既存拠点の収支改善（食費改定、夜勤体制）", "4. 投資計画　総額 14.2億円"],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached plan is stamped 社外秘 on every page and goes to an outside consultant",
)

# 030  reply to the caterer; their allergy check list is quoted under Original Message
add(
    id="sakoju-030",
    sender="真壁 由紀 <y.makabe@hinode-sangyo.co.jp>",
    to=["北国フーズ 三上様 <t.mikami@kitaguni-foods.co.jp>"],
    subject="RE: アレルギー対応 確認表（桜ヶ丘）",
    charset="cp932",
    body="""三上様

お世話になっております。真壁です。
確認表、拝見しました。内容はすべて当方の記録と一致しております。
このまま11月分の調理にお進めください。

真壁

-----Original Message-----
差出人: 三上 貴之 <t.mikami@kitaguni-foods.co.jp>
送信日時: 2025年10月30日 16:05
宛先: 真壁 由紀 <y.makabe@hinode-sangyo.co.jp>
件名: アレルギー対応 確認表（桜ヶ丘）

真壁様

いつもお世話になっております。北国フーズの三上です。
11月からの提供に向けて、アレルギー対応の確認をお願いいたします。

102 五十嵐 フミ様　そば（アナフィラキシー既往）
115 我妻 ミツ様　　卵　嚥下障害のためミキサー食
203 一ノ瀬 昭二様　えび・かに
207 百目鬼 和子様　乳製品　慢性腎臓病（減塩）
214 御手洗 タツ様　青魚（さば）
311 左近 ヨシエ様　キウイ・バナナ

以上、ご確認をお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the residents' allergy list is quoted from the recipient's own mail; the new text only confirms",
)

# 031  resident's religion / funeral wishes to a funeral company
add(
    id="sakoju-031",
    sender="大槻 誠 <m.otsuki@hinode-sangyo.co.jp>",
    to=["ひかり葬祭 事前相談窓口 <soudan@hikari-sousai.co.jp>"],
    subject="生前相談のご依頼（ひのでレジデンス桜ヶ丘 入居者様）",
    charset="iso-2022-jp",
    body="""ひかり葬祭株式会社
事前相談窓口 ご担当者様

お世話になっております。ひのでレジデンス桜ヶ丘の大槻です。

当館にご入居の蛭田 光男 様（83歳）から、ご自身の葬儀について生前に相談したいとの
お申し出がありました。ご親族が遠方（札幌）にお住まいのため、当館で面談の場を
設けたいと考えております。

ご本人はカトリック信者で、毎週日曜に相模大野教会のミサに通っておられます。
葬儀は教会での葬儀ミサを希望されており、仏式の祭壇や戒名は不要とのことです。

11月下旬の平日午後でご都合のよい日をいくつかお知らせいただけますでしょうか。
""" + SIG_OTSUKI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named resident's religion (信条, 要配慮) in running text to an external company",
)

# 032  mail about an NDA with the partner system vendor
add(
    id="sakoju-032",
    sender="乙部 理恵 <r.otobe@hinode-sangyo.co.jp>",
    to=["ツバサシステム 営業部 江藤様 <eto@tsubasa-system.jp>"],
    cc=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="入居者管理システム更改に係る秘密保持契約書（案）について",
    charset="utf-8",
    body="""株式会社ツバサシステム
営業部　江藤様

いつもお世話になっております。日の出産業の乙部です。

入居者管理システム更改の要件定義に先立ち、秘密保持契約を締結させていただきたく、
弊社顧問の白川先生にご確認いただいた契約書案をお送りします（cc の白川先生）。
第4条（秘密情報の範囲）と第9条（返還・廃棄）について、御社法務のご意見を伺えますと幸いです。

締結後に、現行システムのデータ項目一覧（個人情報を含まない定義書）をお渡しします。

よろしくお願いいたします。
""" + SIG_OTOBE + DISC_JA,
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_v2.docx",
        "paragraphs": ["秘密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、…",
                       "第1条（目的）本契約は、入居者管理システム更改の検討のために…",
                       "第4条（秘密情報）本契約において秘密情報とは、…"],
    }],
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="mail about an NDA (draft contract) with a partner and the company's lawyer: two external organisations, no marking stamp",
)

# 033  birthday list, tab separated, 和暦 abbreviations, to the partner printer
add(
    id="sakoju-033",
    sender="比嘉 さおり <s.higa@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="バースデーカード印刷（12月〜2月生まれ分）",
    charset="cp932",
    body="""錦印刷株式会社　営業部御中

いつもお世話になっております。ひのでレジデンス桜ヶ丘の比嘉です。
毎回お願いしているバースデーカードですが、12月〜2月生まれの方の分をお願いします。
宛名面のお名前と、中面の「○歳のお誕生日おめでとうございます」の年齢を入れてください。

408	九十九 静江	S8.7.7	→ 1月の会でお祝い（12月は入院中のため）
214	御手洗 タツ	S13.12.25
203	一ノ瀬 昭二	S15.1.8
102	五十嵐 フミ	S11.2.11
405	立花 実	S19.2.29
115	我妻 ミツ	S9.11.30	→ 遅れてしまった分です

納品は12月10日までにお願いできれば助かります。
""" + SIG_HIGA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="six residents' names with 和暦 birth dates, tab separated without labels, to an external printer",
)

# 034  four residents' taxi for early voting — up to four records
add(
    id="sakoju-034",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["相模中央タクシー 配車センター <haisha@sagami-chuo-taxi.co.jp>"],
    subject="期日前投票の送迎予約（11/12 2台）",
    charset="iso-2022-jp",
    body="""相模中央タクシー 配車センター 御中

お世話になっております。ひのでレジデンス桜ヶ丘の森下です。
期日前投票（南区役所）への送迎を、下記のとおり2台お願いいたします。

　11月12日（水）10:00 正面玄関お迎え／往復

　1台目　東海林 清 様（108号室）　居室直通 042-749-3408
　　　　　門間 幸三 様（201号室）　居室直通 042-749-3421
　2台目　小野寺 キヨ 様（302号室）　居室直通 042-749-3432
　　　　　芦田 栄子 様（412号室）　居室直通 042-749-3442

料金はご本人様払い（現金）です。当日は職員1名が玄関までお見送りします。
""" + SIG_MORISHITA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four residents with room phone numbers to an external taxi company: at most four records, may warn",
)

# 035  corrupt spreadsheet attached for a contractor
add(
    id="sakoju-035",
    sender="須藤 健太 <k.sudo@hinode-sangyo.co.jp>",
    to=["ミツバ設備 平賀様 <hiraga@mitsuba-setsubi.co.jp>"],
    subject="給湯設備更新 見積比較表の送付",
    charset="utf-8",
    body="""平賀様

お世話になっております。須藤です。
先日お話しした港北の給湯設備更新について、他社見積との比較表をお送りします。
仕様の差異があれば指摘いただけますでしょうか。

須藤
""" + SIG_SUDO,
    attachments=[{"kind": "corrupt", "name": "給湯設備更新_見積比較.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be inspected",
)

# 036  volunteers (three private persons) visible to each other in To
add(
    id="sakoju-036",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=[
        "村雨 千鶴 <chizuru.murasame@gmail.com>",
        "伊集院 誠一 <seiichi-ijuin@yahoo.co.jp>",
        "比留間 あずさ <azusa.hiruma@icloud.com>",
    ],
    subject="傾聴ボランティア　12月の活動日について",
    charset="iso-2022-jp",
    body="""ボランティアの皆さま

いつもありがとうございます。ひのでレジデンス桜ヶ丘の森下です。
12月の傾聴ボランティアの活動日ですが、以下でいかがでしょうか。

　12月4日（木）・12月18日（木）　いずれも14:00〜15:30

ご都合の悪い日があればお知らせください。
年末はクリスマス会（12/24）にもぜひお越しください。
""" + SIG_MORISHITA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons in To can see each other's addresses: should have been Bcc",
)

# 037  invoice to the partner caterer for kitchen use, with T-number and company account
add(
    id="sakoju-037",
    sender="井手 亜由美 <a.ide@hinode-sangyo.co.jp>",
    to=["北国フーズ 経理課 <keiri@kitaguni-foods.co.jp>"],
    subject="【請求書送付】厨房設備使用料 2025年10月分（請求書No. HS-2510-0417）",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社
経理課 ご担当者様

いつもお世話になっております。日の出産業 経理部の井手です。
2025年10月分の厨房設備使用料の請求書をお送りいたします。

　請求書番号：HS-2510-0417
　ご請求金額：¥297,000（税込、うち消費税 ¥27,000）
　お支払期限：2025年11月30日
　お振込先　：みどり銀行 浜松町支店 普通 0734512 ニチノデサンギョウ（カ
　登録番号　：T8010401087652

ご査収のほどよろしくお願いいたします。
""" + SIG_IDE,
    attachments=[{
        "kind": "pdf", "name": "請求書_HS-2510-0417.pdf",
        "lines": ["請求書", "北国フーズ株式会社 御中", "請求書番号 HS-2510-0417",
                  "厨房設備使用料（ひのでレジデンス桜ヶ丘・港北）2025年10月分　270,000円",
                  "消費税（10%）27,000円　合計 297,000円",
                  "日の出産業株式会社　登録番号 T8010401087652"],
    }],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="an invoice with the company's T-number and company bank account: business data, no person",
)

# 038  a ward's basic pension number to the guardian lawyer (partner)
add(
    id="sakoju-038",
    sender="比嘉 さおり <s.higa@hinode-sangyo.co.jp>",
    to=["白川法律事務所 成年後見担当 <kouken@shirakawa-law.jp>"],
    subject="九十九様 年金関係書類の件",
    charset="cp932",
    body="""白川法律事務所
成年後見担当　ご担当者様

いつもお世話になっております。ひのでレジデンス桜ヶ丘の比嘉です。

九十九 静江様（被後見人）宛に年金事務所から「年金振込通知書」が届きましたので、
内容をお知らせします。原本は本日レターパックでお送りしました。

　基礎年金番号：4127-603185
　振込先：みどり銀行 相模大野支店 普通 2047319
　12月支払額：164,218円

今月の家賃・食費はこの口座から引き落とし予定です。
""" + SIG_HIGA,
    expect="stop",
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="a named resident's 基礎年金番号 and bank account to an external law office",
)

# 039  internal: password ZIP of applications between two houses
add(
    id="sakoju-039",
    sender="栗林 直樹 <n.kuribayashi@hinode-sangyo.co.jp>",
    to=["宇佐美 翔 <s.usami@hinode-sangyo.co.jp>"],
    subject="港北 入居申込書（12月入居分）",
    charset="iso-2022-jp",
    body="""宇佐美さん

お疲れさまです。栗林です。
12月入居分の申込書スキャンをZIPで送ります。パスワードはいつものです。
契約書作成をお願いします。

栗林
""",
    attachments=[{
        "kind": "zip", "name": "moshikomi_kohoku_202512.zip", "password": "kohoku2025",
        "files": [{"kind": "txt", "name": "list.txt", "text": "A-205 笹森 ナツ\nB-102 猪狩 政夫\nB-301 舟木 弘\n"}],
    }],
    expect="pass",
    entities=[],
    detectors=["unscannable_attachment"],
    note="an encrypted ZIP, but the only recipient is internal",
)

# 040  forward of the care manager's assessment (diagnosis, DOB) to a visiting-nurse station
add(
    id="sakoju-040",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["すずらん訪問看護ステーション 片桐様 <katagiri@suzuran-houkan.jp>"],
    subject="FW: 【情報提供】新規入居 笹森様について",
    charset="utf-8",
    body="""片桐様

お世話になっております。桜ヶ丘の森下です。
ケアマネさんから頂いた情報を共有します。訪問看護の開始に向けてご確認ください。

-------- Forwarded Message --------
件名: 【情報提供】新規入居 笹森様について
日付: Tue, 4 Nov 2025 11:20:37 +0900
差出人: 大須賀 弥生 <osuga@himawari-cp.or.jp>
宛先: 森下 佳奈 <k.morishita@hinode-sangyo.co.jp>

森下様

ひまわりケアプランセンターの大須賀です。12月入居予定の笹森様の情報です。

氏名：笹森 ナツ（昭和15年6月2日生、85歳）
要介護度：要介護2（令和7年9月認定）
病名：乳がん術後（平成24年）、腰部脊柱管狭窄症、軽度認知障害
服薬：アナストロゾール1mg、リマプロスト、ロキソプロフェン頓用
ADL：屋内は歩行器、入浴は一部介助

よろしくお願いいたします。
""" + SIG_MORISHITA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forward (new text for its recipient) of one person's diagnoses, medication and birth date to another external office",
)

# 041  fire drill notice to the fire-equipment contractor
add(
    id="sakoju-041",
    sender="大槻 誠 <m.otsuki@hinode-sangyo.co.jp>",
    to=["東海防災 設備課 蓮見様 <hasumi@bousai-tokai.co.jp>"],
    subject="総合防災訓練の立会いのお願い（12/6）",
    charset="cp932",
    body="""東海防災株式会社
設備課　蓮見様

いつもお世話になっております。ひのでレジデンス桜ヶ丘の大槻です。

年2回の総合防災訓練（夜間想定）を12月6日（土）14:00から実施いたします。
今回は自動火災報知設備の発報から、2階→1階の避難誘導、消火器の取扱いまで行う予定です。
例年どおり、受信機の操作説明と復旧作業の立会いをお願いできますでしょうか。

南消防署の予防課にも立会いをお願いしております。
""" + SIG_OTSUKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary building mail to one contractor",
)

# 042  HTML-only visiting-doctor schedule with diagnoses for six residents
add(
    id="sakoju-042",
    sender="真壁 由紀 <y.makabe@hinode-sangyo.co.jp>",
    to=["あおぞら在宅クリニック 看護師 沢渡様 <sawatari@aozora-zaitaku.jp>"],
    subject="11/13 訪問診療の対象者と申し送り",
    charset="utf-8",
    html="""<div style="font-family:sans-serif">
<p>あおぞら在宅クリニック<br>沢渡様</p>
<p>お世話になっております。ひのでレジデンス桜ヶ丘 看護の真壁です。<br>
11/13（木）の訪問診療の対象者と申し送り事項です。よろしくお願いいたします。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>順</th><th>居室</th><th>氏名</th><th>主病名</th><th>申し送り</th></tr></thead>
<tbody>
<tr><td>1</td><td>105</td><td>長谷川 トメ</td><td>慢性心不全</td><td>下肢浮腫増悪、体重+1.8kg/週</td></tr>
<tr><td>2</td><td>201</td><td>門間 幸三</td><td>パーキンソン病</td><td>すくみ足増加、L-dopa増量の相談</td></tr>
<tr><td>3</td><td>206</td><td>佐々木 ハル</td><td>誤嚥性肺炎後</td><td>解熱済、抗菌薬 11/10 終了</td></tr>
<tr><td>4</td><td>207</td><td>百目鬼 和子</td><td>2型糖尿病・CKD</td><td>インスリン導入後の血糖記録あり</td></tr>
<tr><td>5</td><td>305</td><td>漆原 シゲ</td><td>アルツハイマー型認知症</td><td>夜間の不眠・徘徊</td></tr>
<tr><td>6</td><td>408</td><td>九十九 静江</td><td>大腿骨頸部骨折術後</td><td>退院後初回、創部確認</td></tr>
</tbody></table>
<p>真壁 由紀（ひのでレジデンス桜ヶ丘 看護職員）</p>
</div>""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only mail: six named residents with diagnoses and symptoms to an external clinic",
)

# 043  question to a look-alike of the partner bank
add(
    id="sakoju-043",
    sender="井手 亜由美 <a.ide@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業課 <sagamiono-hojin@midori-ginkou.co.jp>"],
    subject="口座振替の振替日変更について（ご相談）",
    charset="iso-2022-jp",
    body="""みどり銀行 相模大野支店
法人営業課 ご担当者様

お世話になっております。日の出産業 経理部の井手です。

現在、家賃・共益費の口座振替日を毎月27日としておりますが、年金支給日との関係で
来年4月分から毎月20日へ変更したいと考えております。
変更に必要な手続きと、委託者コードの変更有無についてご教示いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_IDE,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp adds a letter to partner midori-ginko.co.jp: look-alike domain",
)

# 044  English mail to an overseas nurse-call vendor: product codes only
add(
    id="sakoju-044",
    sender="Ken Tachibana <k.tachibana@hinode-sangyo.co.jp>",
    to=["CareLink Support <support@carelink-systems.com>"],
    subject="Nurse call handsets: firmware and spare parts (PO 4500218834)",
    charset="utf-8",
    body="""Hello CareLink Support team,

We run your NC-900 nurse call system at two of our senior residences. Two issues:

1. Handsets model NC-H220 (serial range 22A0418 to 22A0452) drop the call after
   about 40 seconds since firmware 3.2.7. Is firmware 3.2.9 available?
2. Please quote 10 pcs of pendant button NC-P15-WH and 4 pcs of pull-cord unit
   NC-PC3 under our PO 4500218834. Delivery to our Sakuragaoka residence.

Our account number with you is JP-HS-00417.
""" + SIG_TACHIBANA_EN + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English vendor mail with model numbers, serial ranges and a PO number: no personal data",
)

# 045  residence card of a foreign care worker to the registered support organisation
add(
    id="sakoju-045",
    sender="栗林 直樹 <n.kuribayashi@hinode-sangyo.co.jp>",
    to=["アジアケア人材支援機構 支援担当 <shien@asiacare-support.or.jp>"],
    subject="特定技能外国人 在留期間更新の件（グエン・ティ・ホア）",
    charset="utf-8",
    body="""アジアケア人材支援機構
支援担当　ご担当者様

お世話になっております。ひのでレジデンス港北の栗林です。

当館で介護職員として勤務している特定技能1号の方の在留期間更新について、
申請書作成のため在留カードの情報をお送りします。

　氏名：NGUYEN THI HOA（グエン・ティ・ホア）
　生年月日：1998年3月14日
　国籍：ベトナム
　在留カード番号：UH48271935MA
　在留期限：2026年1月22日

雇用条件書と直近3か月の給与明細は、郵送にてお送りします。
""" + SIG_KURIBAYASHI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a staff member's 在留カード number with birth date to an external organisation",
)

# 046  one family member's new mobile number to the care manager
add(
    id="sakoju-046",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["ケアプランみなみ 若林様 <wakabayashi@carepm-minami.jp>"],
    subject="門間様ご長男の連絡先変更",
    charset="iso-2022-jp",
    body="""若林様

お世話になっております。桜ヶ丘の森下です。
門間様のご長男・隆様の携帯電話番号が変わったとのことで、お知らせいたします。

　新：080-6651-0734（旧 070-5530-1187 は今月末で解約）

日中はお仕事のため、18時以降が繋がりやすいそうです。
よろしくお願いいたします。

森下
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one person's phone number to a care manager: one record, may warn",
)

# 047  pressure ulcer of one resident: katakana name, full-width 和暦 and digits
add(
    id="sakoju-047",
    sender="真壁 由紀 <y.makabe@hinode-sangyo.co.jp>",
    to=["すずらん訪問看護ステーション <info@suzuran-houkan.jp>"],
    subject="褥瘡の処置について（１０５号室）",
    charset="iso-2022-jp",
    body="""すずらん訪問看護ステーション　片桐様

お世話になっております。桜ヶ丘の真壁です。

１０５号室　ハセガワ　トメ様（Ｓ１２．３．５生）ですが、
昨日の入浴時に仙骨部の発赤が広がっており、２．５ｃｍ×３ｃｍのびらんを認めました。
ＤＥＳＩＧＮ－Ｒでｄ２相当かと思います。心不全で利尿剤を内服中のため、
水分制限との兼ね合いもご相談したいです。

次回訪問（１１／１４）で確認していただけますでしょうか。
写真は訪問時にタブレットでお見せします。

真壁
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="kana name, full-width 和暦 birth date and a pressure ulcer / heart-failure treatment of one resident to an external station",
)

# 048  newsletter draft with photos to the partner printer
add(
    id="sakoju-048",
    sender="比嘉 さおり <s.higa@hinode-sangyo.co.jp>",
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="「ひので通信」冬号 原稿と写真",
    charset="utf-8",
    body="""錦印刷 制作部 御中

いつもお世話になっております。ひのでレジデンス桜ヶ丘の比嘉です。
「ひので通信」冬号（A4 両面カラー、300部）の原稿と写真をお送りします。

表面：秋まつりの様子（写真2点）、書道クラブ作品展のお知らせ
裏面：冬の感染症予防のお願い、年末年始の面会時間、1月の行事予定

写真は入居者様・ご家族様の掲載同意をいただいたものだけを使っています。
初校は11月25日頃にいただけると助かります。
""" + SIG_HIGA,
    attachments=[
        {"kind": "txt", "name": "ひので通信_冬号_原稿.txt", "encoding": "utf-8",
         "text": "ひので通信 冬号\n\n■秋まつりを開催しました\n11月16日、多目的ホールと中庭で秋まつりを開催しました。吹奏楽部の演奏に大きな拍手が…\n\n■年末年始の面会時間\n12月29日〜1月3日は10:00〜16:00とさせていただきます。\n"},
        {"kind": "png", "name": "akimatsuri_01.png"},
        {"kind": "png", "name": "akimatsuri_02.png"},
    ],
    expect="pass",
    entities=[],
    detectors=[],
    note="newsletter copy and photos to a printer: no personal records",
)

# 049  rent-arrears list with guarantors' phones to the partner law office (padded text)
add(
    id="sakoju-049",
    sender="井手 亜由美 <a.ide@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="家賃滞納案件のご相談（一覧）",
    charset="cp932",
    body="""白川先生

いつも大変お世話になっております。日の出産業 経理部の井手です。
シニア住宅2拠点で、3か月以上の家賃滞納が続いている案件の一覧です。
来週のご相談の前にご覧いただけますと幸いです。

  拠点    居室   契約者          滞納月数  滞納額      連帯保証人      保証人電話
  ------  -----  --------------  --------  ----------  --------------  -------------
  桜ヶ丘  214    御手洗 タツ     4         562,000     御手洗 恒夫     03-3428-7715
  桜ヶ丘  318    鬼塚 富雄       3         421,500     鬼塚 里美       090-2245-8106
  桜ヶ丘  411    蛭田 光男       5         703,000     （なし）        -
  港北    A-103  喜屋武 トシ     3         471,000     喜屋武 昌也     080-9901-2245
  港北    B-210  桧山 澄子       6         948,000     桧山 健司       045-941-5532

いずれも督促状は2回送付済みです。411号室は保証人がいないため、保証会社の
代位弁済の可否も併せてご相談させてください。
""" + SIG_IDE,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five residents' arrears rows with guarantors' names and phones, padded text, to an external law office",
)

# 050  tracking numbers (12 digits that look like ID numbers) from the mover
add(
    id="sakoju-050",
    sender="栗林 直樹 <n.kuribayashi@hinode-sangyo.co.jp>",
    to=["青葉運輸 お客様センター <customer@aoba-unyu.co.jp>"],
    subject="RE: 配送状況のご確認（ベッドマットレス 3点）",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社 お客様センター御中

お世話になっております。ひのでレジデンス港北の栗林です。
ご連絡ありがとうございます。下記3個口のうち、2個は本日受領いたしました。
残り1個（3個目）の配達予定を教えていただけますでしょうか。

　お問い合わせ伝票番号：
　　4417-2290-3315（受領済）
　　4417-2290-3326（受領済）
　　4417-2290-3330（未着）

品名：介護用マットレス MR-90S　発送元：パラフィット株式会社 厚木センター
""" + SIG_KURIBAYASHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="12-digit tracking numbers and a product code to a partner: not personal data",
)

# 051  complaint-handling report stamped 取扱注意 (DOCX header) to an insurance agency
add(
    id="sakoju-051",
    sender="乙部 理恵 <r.otobe@hinode-sangyo.co.jp>",
    to=["あさひ保険サービス 法人担当 <hojin@asahi-hoken-svc.co.jp>"],
    subject="施設賠償責任保険 更新に伴う資料のご送付",
    charset="cp932",
    body="""あさひ保険サービス株式会社
法人担当 ご担当者様

お世話になっております。日の出産業 シニア住宅事業部の乙部です。

施設賠償責任保険の更新審査用に、今年度の苦情・ヒヤリハット対応状況の
まとめをお送りいたします。件数と再発防止策の概要のみで、個人名は記載しておりません。
ご査収のほどよろしくお願いいたします。
""" + SIG_OTOBE,
    attachments=[{
        "kind": "docx", "name": "苦情対応状況報告_2025年度上期.docx",
        "page_header": "取扱注意", "title": "苦情対応状況報告",
        "paragraphs": ["【取扱注意】", "苦情・ヒヤリハット対応状況報告（2025年度上期）",
                       "1. 件数：苦情 7件、ヒヤリハット 42件、事故 5件",
                       "2. 主な内容：食事の温度、居室清掃の頻度、夜間の転倒",
                       "3. 再発防止策：夜間巡回を2時間毎から1.5時間毎に変更、センサーマット追加導入"],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached report carries a 取扱注意 stamp in its header and goes outside",
)

# 052  guarantor's driver's licence number and address to the rent-guarantee company
add(
    id="sakoju-052",
    sender="宇佐美 翔 <s.usami@hinode-sangyo.co.jp>",
    to=["あんしん家賃保証 審査部 <shinsa@anshin-hosho.co.jp>"],
    subject="保証審査のお申込み（ひのでレジデンス港北 B-206）",
    charset="iso-2022-jp",
    body="""あんしん家賃保証株式会社
審査部 御中

いつもお世話になっております。日の出産業 入居相談室の宇佐美です。
下記の方の家賃保証審査をお願いいたします。申込書原本は郵送いたします。

■契約者（入居者）
　安座間 盛仁（アザマ セイジン）　昭和17年9月9日生
■緊急連絡先（保証委託の連帯保証人）
　安座間 綾（長女）　昭和48年1月30日生
　住所：神奈川県横浜市港北区篠原北1-6-30-402
　携帯：090-6137-2250
　本人確認書類：運転免許証　第 452108736140 号（神奈川県公安委員会）

ご審査のほど、よろしくお願いいたします。
""" + SIG_USAMI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a driver's licence number (identity document) with address and birth dates to an external company",
)

# 053  mentions 社外秘 only to say the internal file cannot be sent; public brochure attached
add(
    id="sakoju-053",
    sender="宇佐美 翔 <s.usami@hinode-sangyo.co.jp>",
    to=["シニアのすまい相談室 池端様 <ikebata@sumai-soudan.com>"],
    subject="Re: 入居率データのご提供について",
    charset="utf-8",
    body="""池端様

お世話になっております。宇佐美です。
お問い合わせの拠点別の入居率推移ですが、社内の運営会議資料は社外秘の扱いとなっており
そのままお出しすることができません。申し訳ございません。

代わりに、ホームページでも公開している「施設概要・空室状況（11月1日現在）」を
お送りしますので、ご紹介の際にご活用ください。
""" + SIG_USAMI,
    attachments=[{
        "kind": "pdf", "name": "施設概要_空室状況_20251101.pdf",
        "lines": ["ひのでレジデンス 施設概要・空室状況（2025年11月1日現在）",
                  "桜ヶ丘：全48室　空室 4（A×2、C×2）",
                  "港北：全36室　空室 3（A×1、B×2）",
                  "見学予約：0120-412-165"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="the word 社外秘 is only mentioned, not a marking on what is sent; the attachment is public",
)

# 054  anonymised case study slides to a university: nobody identifiable
add(
    id="sakoju-054",
    sender="真壁 由紀 <y.makabe@hinode-sangyo.co.jp>",
    to=["桜ヶ丘福祉大学 看護学部 実習指導室 <jisshu@sakura-fukushi.ac.jp>"],
    subject="実習オリエンテーション用 事例スライドの送付",
    charset="iso-2022-jp",
    body="""桜ヶ丘福祉大学 看護学部
実習指導室 御中

お世話になっております。ひのでレジデンス桜ヶ丘 看護の真壁です。
来月の在宅看護論実習オリエンテーションで使用する事例スライドをお送りします。
個人が特定されないよう、年代・性別以外の情報は加工・匿名化しております。

よろしくお願いいたします。
""" + SIG_MAKABE,
    attachments=[{
        "kind": "pptx", "name": "事例紹介_サ高住における看護.pptx",
        "slides": [
            ["サービス付き高齢者向け住宅における看護職の役割", "ひのでレジデンス桜ヶ丘 看護職員"],
            ["事例：A氏（80代 女性）", "アルツハイマー型認知症、慢性心不全", "独居から入居、家族は遠方",
             "課題：服薬管理、夜間の不安"],
            ["支援の経過", "服薬カレンダーと声かけの導入", "訪問看護・訪問診療との情報共有", "3か月後：夜間コール回数が半減"],
            ["学生への問い", "生活の場で看護職ができることは何か"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="diagnoses appear only for an anonymised 'A氏 80代女性': not tied to an identifiable person",
)

# 055  ZIP (not encrypted) with families' mailing addresses to a mailing agency
add(
    id="sakoju-055",
    sender="比嘉 さおり <s.higa@hinode-sangyo.co.jp>",
    to=["はっそうセンター 受付 <uketsuke@hassou-center.co.jp>"],
    subject="年賀状・ひので通信 発送代行のデータ送付",
    charset="utf-8",
    body="""はっそうセンター株式会社
受付ご担当者様

お世話になっております。ひのでレジデンス桜ヶ丘の比嘉です。
ご家族様宛ての年賀状と「ひので通信」冬号の発送代行をお願いいたします。
宛名データをZIPにまとめましたのでご確認ください（宛名ラベルはいつもの12面です）。

投函日は12月22日（月）でお願いいたします。
""" + SIG_HIGA,
    attachments=[{
        "kind": "zip", "name": "atena_data_2025winter.zip",
        "files": [
            {"kind": "csv", "name": "atena_sakuragaoka.csv", "encoding": "utf-8",
             "rows": [
                 ["郵便番号", "住所1", "住所2", "宛名", "敬称"],
                 ["252-0231", "神奈川県相模原市中央区星が丘4-3-18", "", "五十嵐 浩", "様"],
                 ["194-0001", "東京都町田市つくし野2-21-7", "つくし野ハイム304", "長谷川 聡子", "様"],
                 ["158-0083", "東京都世田谷区奥沢6-12-3", "", "門間 隆", "様"],
                 ["252-0003", "神奈川県座間市入谷東1-9-22", "", "佐々木 由美子", "様"],
                 ["242-0002", "神奈川県大和市つきみ野5-6-11", "", "漆原 一郎", "様"],
                 ["243-0014", "神奈川県厚木市旭町3-17-9", "サンコーポ202", "左近 美佳", "様"],
                 ["060-0061", "北海道札幌市中央区南一条西9-3-1", "", "蛭田 隆之", "様"],
             ]},
            {"kind": "txt", "name": "readme.txt", "text": "宛名ラベル 12面 / 差出人：ひのでレジデンス桜ヶ丘\n"},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="seven families' names and home addresses in a CSV inside a ZIP to an external mailing agency",
)

# 056  internal forward of the accident report (diagnosis) to head office
add(
    id="sakoju-056",
    sender="大槻 誠 <m.otsuki@hinode-sangyo.co.jp>",
    to=["乙部 理恵 <r.otobe@hinode-sangyo.co.jp>", "リスク管理室 <risk@hinode-sangyo.co.jp>"],
    subject="FW: 【事故報告】408号室 九十九様 転倒・骨折",
    charset="iso-2022-jp",
    body="""乙部さん、リスク管理室各位

お疲れさまです。大槻です。市への第一報と同じ内容を共有します。
保険会社への連絡はリスク管理室でお願いできますでしょうか。

----- 転送メッセージ -----
408号室 九十九 静江様（92歳、要介護3）
11/2 5:40頃 居室トイレ前で転倒、桜ヶ丘中央病院で右大腿骨頸部骨折と診断。
11/4 人工骨頭置換術予定。心房細動で抗凝固薬内服中のため、術前に休薬調整。
ご長男様へは 6:15 に連絡済み。
""" + SIG_OTSUKI,
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a diagnosis of a named resident, but forwarded to internal recipients only",
)

# 057  resident who fell victim to a phone scam — to the partner bank
add(
    id="sakoju-057",
    sender="大槻 誠 <m.otsuki@hinode-sangyo.co.jp>",
    to=["みどり銀行 相模大野支店 <sagamiono@midori-ginko.co.jp>"],
    subject="【至急】入居者様の口座について（詐欺被害のおそれ）",
    charset="utf-8",
    body="""みどり銀行 相模大野支店 御中

突然のご連絡失礼いたします。ひのでレジデンス桜ヶ丘 ハウス長の大槻と申します。

当館の入居者 蛭田 光男 様（411号室）が、昨日「息子を名乗る電話」を受け、
本日午前に御行ATMから現金を引き出し、自宅を訪ねてきた男に300万円を手渡したことが
判明しました。相模南警察署には本日13時に被害届を提出済みです（受理番号は後日）。

同様の被害を防ぐため、ご本人の口座（普通 4406128）の取引について
ご相談させていただけますでしょうか。ご本人も同席のうえ、明日伺う予定です。
""" + SIG_OTSUKI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="a named resident as the victim of a crime (要配慮) and his account number, to an external bank",
)

# 058  meal counts to the caterer: aggregates only
add(
    id="sakoju-058",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["北国フーズ 三上様 <t.mikami@kitaguni-foods.co.jp>"],
    subject="11/15〜11/21 食数のご連絡",
    charset="cp932",
    body="""三上様

お世話になっております。森下です。来週分の食数です。

　　　　　常食　刻み　ソフト　ミキサー　計
　朝　　　31　　 6　　 4　　　2　　　　43
　昼　　　33　　 6　　 4　　　2　　　　45
　夕　　　32　　 6　　 4　　　2　　　　44

11/16（日）秋まつりのため、昼食は模擬店対応で常食を10食減らしてください。
アレルギー対応の変更はありません。

森下
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate meal counts by diet form: no person in it",
)

# 059  care conference notice with four external parties visible in To/Cc
add(
    id="sakoju-059",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=[
        "ケアプランみなみ 若林様 <wakabayashi@carepm-minami.jp>",
        "すずらん訪問看護ステーション 片桐様 <katagiri@suzuran-houkan.jp>",
        "あおぞら在宅クリニック 沢渡様 <sawatari@aozora-zaitaku.jp>",
    ],
    cc=["佐々木 由美子 様 <yumiko.sasaki.0815@gmail.com>"],
    subject="サービス担当者会議の日程確定（佐々木ハル様）",
    charset="iso-2022-jp",
    body="""関係者各位

お世話になっております。ひのでレジデンス桜ヶ丘の森下です。
佐々木ハル様のサービス担当者会議の日程が確定しましたのでご連絡します。

　日時：11月27日（木）15:00〜15:45
　場所：ひのでレジデンス桜ヶ丘 1階 相談室B
　出席：ご本人、ご長女様、ケアマネジャー、訪問看護、クリニック看護師、当館

ご都合が悪くなった場合は森下までご連絡ください。
""" + SIG_MORISHITA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three external organisations and a private person see each other in To/Cc: should have been Bcc",
)

# 060  a resident's health-check results (PDF) to her daughter on free mail
add(
    id="sakoju-060",
    sender="真壁 由紀 <y.makabe@hinode-sangyo.co.jp>",
    to=["長谷川 聡子 様 <satoko-h@yahoo.co.jp>"],
    subject="お母様の健康診断結果のご送付",
    charset="utf-8",
    body="""長谷川 聡子 様

いつもお世話になっております。ひのでレジデンス桜ヶ丘 看護の真壁です。
先日お電話でお話しした、お母様（トメ様）の健康診断結果をPDFでお送りします。
BNPの値が前回より上がっており、主治医から利尿剤の調整について説明がありました。
ご不明な点は、来週の面会の際にでもお声がけください。
""" + SIG_MAKABE,
    attachments=[{
        "kind": "pdf", "name": "健康診断結果_長谷川トメ様.pdf",
        "title": "健康診断結果",
        "lines": ["健康診断結果報告書", "氏名：長谷川 トメ　様　生年月日：昭和12年3月5日（88歳）",
                  "受診日：令和7年10月21日　実施機関：あおぞら在宅クリニック"],
        "table": [["項目", "結果", "基準値", "判定"],
                  ["血圧", "148/86", "〜139/89", "B"],
                  ["BNP", "412 pg/mL", "〜18.4", "D（要精査）"],
                  ["HbA1c", "5.9 %", "〜5.9", "A"],
                  ["eGFR", "48", "60〜", "C"],
                  ["胸部X線", "心拡大（CTR 58%）", "", "D"]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named resident's health-check results (要配慮) in a PDF to a free-mail address",
)

# 061  contractors' 24-hour numbers (businesses) to the new security company
add(
    id="sakoju-061",
    sender="須藤 健太 <k.sudo@hinode-sangyo.co.jp>",
    to=["まもる警備保障 相模原営業所 <sagamihara@mamoru-keibi.co.jp>"],
    subject="緊急時の協力業者連絡先一覧",
    charset="iso-2022-jp",
    body="""まもる警備保障株式会社
相模原営業所 御中

お世話になっております。日の出産業 施設管理課の須藤です。
夜間に設備トラブルが起きた際の連絡先一覧です。管制室での掲示にお使いください。

・昇降機　　　川崎電機（株）24hサービスセンター　　0120-118-540
・給排水・空調（株）ミツバ設備 緊急受付　　　　　　042-756-2291
・電気設備　　相模電設（株）夜間当番　　　　　　　　042-741-0077
・消防設備　　東海防災（株）　　　　　　　　　　　　046-228-5193
・ガス　　　　相模ガス 保安センター　　　　　　　　0120-540-119
・鍵　　　　　カギの110番 相模大野店　　　　　　　042-765-1100

※上記で繋がらない場合は、施設管理課の直通（下記署名）までご連絡ください。
""" + SIG_SUDO,
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of companies' emergency numbers: businesses, not people",
)

# 062  an applicant's criminal record mentioned to the rent-guarantee company
add(
    id="sakoju-062",
    sender="宇佐美 翔 <s.usami@hinode-sangyo.co.jp>",
    to=["あんしん家賃保証 審査部 沼尻様 <numajiri@anshin-hosho.co.jp>"],
    subject="Re: 審査結果について（猪狩様）",
    charset="cp932",
    body="""沼尻様

お世話になっております。宇佐美です。
猪狩 政夫様の審査について追加のご質問をいただいた件です。

ご本人との面談で、平成29年に傷害事件で逮捕され、執行猶予付きの判決を受けたことが
あるとご自身からお話がありました。以降は問題なく生活されており、
地域包括のケースワーカーからも支援継続の意見書をいただいています。

この点を踏まえて、再審査をお願いできますでしょうか。
""" + SIG_USAMI + """

> 宇佐美様
> 猪狩様の件、過去の経歴について確認させていただきたい点があり、ご連絡しました。
> あんしん家賃保証 審査部 沼尻
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named applicant's arrest and criminal sentence (要配慮) in new text to an external company",
)

# 063  three staff attendees with mobiles for an outside training
add(
    id="sakoju-063",
    sender="大槻 誠 <m.otsuki@hinode-sangyo.co.jp>",
    to=["桜ヶ丘福祉大学 地域連携センター <renkei@sakura-fukushi.ac.jp>"],
    subject="認知症ケア研修（12/10）参加申込",
    charset="iso-2022-jp",
    body="""桜ヶ丘福祉大学 地域連携センター 御中

お世話になっております。ひのでレジデンス桜ヶ丘の大槻です。
12月10日の認知症ケア研修に、当館から下記3名が参加いたします。

　真壁 由紀（看護職員）　　携帯 090-3847-2016
　森下 佳奈（生活相談員）　携帯 080-1193-6644
　杉之内 拓（介護職員）　　携帯 070-2260-5318

当日の緊急連絡は各自の携帯にお願いいたします。
""" + SIG_OTSUKI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three attendees with their mobile numbers: fewer than five records, may warn",
)

# 064  a resident's My Number typed into a mail to her son on free mail
MN_064 = my_number(SEED + 3)
add(
    id="sakoju-064",
    sender="比嘉 さおり <s.higa@hinode-sangyo.co.jp>",
    to=["五十嵐 浩 様 <hiroshi.igarashi@outlook.jp>"],
    subject="お母様の医療費控除の書類について",
    charset="iso-2022-jp",
    body=f"""五十嵐 浩 様

いつもお世話になっております。ひのでレジデンス桜ヶ丘事務室の比嘉です。
確定申告（医療費控除）のためお問い合わせいただいた件、お母様のマイナンバーカードを
ご本人立ち会いのもとで確認しましたので、番号をお知らせいたします。

　五十嵐 フミ 様　個人番号 {MN_064}

おむつ使用証明書は主治医に依頼済みで、12月上旬にお渡しできる見込みです。
""" + SIG_HIGA,
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data", "freemail_recipient"],
    note="a resident's マイナンバー in the body to a family member's free-mail address",
)

# 065  system question sent to a look-alike of the partner vendor (letters swapped)
add(
    id="sakoju-065",
    sender="比嘉 さおり <s.higa@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポート <support@tsubasa-sytsem.jp>"],
    subject="入居者管理システム 請求書出力のエラーについて",
    charset="utf-8",
    body="""ツバサシステム サポートご担当者様

お世話になっております。日の出産業（ひのでレジデンス桜ヶ丘）の比嘉です。
月次の請求書一括出力で「E-4021 テンプレートが見つかりません」と表示され、
PDFが出力できません。バージョンは 5.8.2、端末は事務室のPC（Windows 11）です。
本日中に請求書を発送したいため、至急ご確認をお願いできますでしょうか。
""" + SIG_HIGA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytsem.jp swaps two letters of partner tsubasa-system.jp: look-alike domain",
)

# 066  two partner/contractor organisations coordinating works
add(
    id="sakoju-066",
    sender="須藤 健太 <k.sudo@hinode-sangyo.co.jp>",
    to=["川崎電機 大津様 <otsu.r@kawasaki-denki.co.jp>", "ミツバ設備 平賀様 <hiraga@mitsuba-setsubi.co.jp>"],
    subject="港北 受変電設備更新と昇降機停止の調整",
    charset="cp932",
    body="""川崎電機 大津様
ミツバ設備 平賀様

お世話になっております。日の出産業の須藤です。
港北の受変電設備更新に伴う全館停電（1月18日（日）8:00〜15:00）について、
昇降機の停止・再起動の手順を両社ですり合わせていただけますでしょうか。

・停電開始前に昇降機を1階で停止（川崎電機様）
・仮設発電機の接続はミツバ設備様
・復電後の昇降機点検と運転再開は川崎電機様

1月9日（金）10時から現地で打合せを予定しています。
""" + SIG_SUDO,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To: a normal three-way work mail",
)

# 067  resident ledger (DOCX table) for data migration to the partner system vendor
add(
    id="sakoju-067",
    sender="乙部 理恵 <r.otobe@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 江藤様 <eto@tsubasa-system.jp>"],
    subject="データ移行テスト用の入居者台帳（港北分）",
    charset="iso-2022-jp",
    body="""江藤様

お世話になっております。乙部です。
データ移行テスト用に、港北の入居者台帳の一部をWordの表で抜き出しました。
項目の対応付けをご確認いただけますでしょうか。

乙部
""" + SIG_OTOBE,
    attachments=[{
        "kind": "docx", "name": "入居者台帳_港北_抜粋.docx",
        "paragraphs": ["入居者台帳（ひのでレジデンス港北）抜粋　2025年11月"],
        "tables": [[
            ["居室", "氏名", "生年月日", "前住所", "電話", "主病名", "要介護度"],
            ["A-101", "仲宗根 昌徳", "S13.4.12", "横浜市港北区日吉本町1-44-6", "045-561-3390", "高血圧症", "要介護1"],
            ["A-103", "喜屋武 トシ", "S11.10.29", "川崎市中原区木月2-8-5", "044-411-2876", "変形性膝関節症", "要介護2"],
            ["A-205", "笹森 ナツ", "S15.6.2", "横浜市青葉区藤が丘2-31-4", "045-972-6618", "乳がん術後", "要介護2"],
            ["B-102", "猪狩 政夫", "S17.2.14", "川崎市宮前区有馬8-14-2", "044-855-2093", "COPD", "要支援2"],
            ["B-210", "桧山 澄子", "S12.1.15", "横浜市都筑区中川3-5-20", "045-941-5532", "脳梗塞後遺症", "要介護3"],
            ["B-301", "舟木 弘", "S14.8.30", "横浜市緑区十日市場町1502-7", "045-983-1174", "前立腺がん", "要介護1"],
        ]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six residents' rows with birth dates, addresses, phones and diagnoses in a DOCX table to an external vendor",
)

# 068  five residents' names and rooms for a birthday-cake order — borderline
add(
    id="sakoju-068",
    sender="比嘉 さおり <s.higa@hinode-sangyo.co.jp>",
    to=["パティスリー・ミモザ <order@patisserie-mimosa.jp>"],
    subject="11月お誕生日会のケーキ注文",
    charset="utf-8",
    body="""パティスリー・ミモザ 御中

いつもありがとうございます。ひのでレジデンス桜ヶ丘の比嘉です。
11月のお誕生日会（11/28）のケーキをお願いします。
今月お誕生日の方は下記5名です。プレートにお名前を入れてください。

　115　我妻 ミツ さん
　206　佐々木 ハル さん（9月分の振替）
　302　小野寺 キヨ さん（6月分の振替）
　318　鬼塚 富雄 さん（10月分の振替）
　412　芦田 栄子 さん（9月分の振替）

5号のホールを2台、1台は甘さ控えめでお願いします。配達は11/28の14時でお願いします。
""" + SIG_HIGA,
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="five names with room numbers and birth months only: whether room+birth month make 'records' is arguable",
)

# 069  medication list (XLSX) of seven residents to the pharmacy
add(
    id="sakoju-069",
    sender="真壁 由紀 <y.makabe@hinode-sangyo.co.jp>",
    to=["こもれび薬局 日の出台店 薬剤師 久我様 <kuga@komorebi-pharmacy.co.jp>"],
    subject="お薬カレンダーセット依頼（12月分）",
    charset="cp932",
    body="""こもれび薬局 日の出台店
久我様

いつもお世話になっております。桜ヶ丘 看護の真壁です。
12月分のお薬カレンダーのセットをお願いします。処方変更は黄色のセルです。

真壁
""",
    attachments=[{
        "kind": "xlsx", "name": "服薬一覧_202512.xlsx",
        "sheets": {
            "12月": [
                ["服薬一覧（ひのでレジデンス桜ヶ丘）2025年12月分"],
                ["居室", "氏名", "薬剤", "用法", "備考"],
                ["105", "長谷川 トメ", "フロセミド錠20mg", "1錠 朝", "心不全・増量"],
                ["108", "東海林 清", "メトホルミン250mg", "2錠 朝夕", ""],
                ["201", "門間 幸三", "レボドパ・カルビドパ100mg", "1錠 毎食後", "4回に変更"],
                ["206", "佐々木 ハル", "ドネペジル5mg", "1錠 朝", ""],
                ["207", "百目鬼 和子", "トレシーバ注", "6単位 朝", "看護師実施"],
                ["305", "漆原 シゲ", "メマンチン20mg", "1錠 夕", "不眠時 ゾルピデム5mg"],
                ["408", "九十九 静江", "エドキサバン30mg", "1錠 朝", "術後 再開"],
            ],
            "頓用": [
                ["居室", "氏名", "頓用薬", "条件"],
                ["206", "佐々木 ハル", "カロナール200mg", "38℃以上"],
                ["305", "漆原 シゲ", "ゾルピデム5mg", "不眠時"],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="seven named residents' medications (調剤情報, 要配慮) in an XLSX to an external pharmacy",
)

# 070  flyer for an open day to the social welfare council and the city (two organisations)
add(
    id="sakoju-070",
    sender="宇佐美 翔 <s.usami@hinode-sangyo.co.jp>",
    to=["南さくら市社会福祉協議会 地域福祉課 <chiiki@minamisakura-shakyo.or.jp>"],
    cc=["南さくら市 高齢福祉課 <koreifukushi@city.minamisakura.lg.jp>"],
    subject="入居相談会・見学会のチラシ配架のお願い",
    charset="iso-2022-jp",
    body="""南さくら市社会福祉協議会 地域福祉課 御中
（cc：南さくら市 高齢福祉課 御中）

いつもお世話になっております。日の出産業 入居相談室の宇佐美です。
12月に開催する入居相談会・見学会のチラシを作成しました。
窓口への配架が可能でしたら、PDFを印刷いただくか、必要部数をお知らせください。

　日時：12月13日（土）・14日（日）10:00〜16:00
　会場：ひのでレジデンス桜ヶ丘
　内容：個別相談、館内見学、試食会（先着20名）
""" + SIG_USAMI,
    attachments=[{
        "kind": "pdf", "name": "入居相談会チラシ_202512.pdf",
        "lines": ["入居相談会・見学会", "12月13日（土）・14日（日）10:00〜16:00",
                  "ひのでレジデンス桜ヶ丘（相模原市南区日の出台3-14-2）", "ご予約：0120-412-165"],
    }],
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="event flyer to two external organisations (To and Cc): allowed three-way mail",
)

# 071  English hotel booking with a family member's passport number (partner hotel)
add(
    id="sakoju-071",
    sender="Ken Tachibana <k.tachibana@hinode-sangyo.co.jp>",
    to=["Sakura Hotel Sagamiono Reservations <reserve@sakura-hotel.jp>"],
    subject="Room reservation for a resident's family (Dec 20-23)",
    charset="utf-8",
    body="""Dear Reservations team,

We would like to book a room under our corporate agreement (code HS-CORP-22) for
the daughter of one of our residents, who is flying in from Seattle.

  Guest:       Ms. Reiko Tsukumo Bennett
  Passport:    Japanese passport TZ4418270
  Stay:        20 December - 23 December 2025 (3 nights), twin for single use
  Arrival:     around 21:00 on 20 Dec (NH177 from SEA)

Please invoice the room charge to Hinode Sangyo; incidentals to the guest.
""" + SIG_TACHIBANA_EN,
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a named person's passport number (identity document) to an external (partner) hotel",
)

# 072  internal: families' contact list CSV to the other house
add(
    id="sakoju-072",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["栗林 直樹 <n.kuribayashi@hinode-sangyo.co.jp>"],
    cc=["大槻 誠 <m.otsuki@hinode-sangyo.co.jp>"],
    subject="家族連絡先リストの様式（桜ヶ丘版）",
    charset="utf-8",
    body="""栗林さん

お疲れさまです。森下です。
港北でも同じ形にしたいとのことでしたので、桜ヶ丘の家族連絡先リストをそのまま送ります。
列の並びはツバサの取込様式に合わせています。社内のみでお願いします。
""",
    attachments=[{
        "kind": "csv", "name": "kazoku_renraku_sakuragaoka.csv", "encoding": "utf-8",
        "rows": [
            ["居室", "入居者", "家族氏名", "続柄", "電話", "メール"],
            ["102", "五十嵐 フミ", "五十嵐 浩", "長男", "090-4417-2203", "hiroshi.igarashi@outlook.jp"],
            ["105", "長谷川 トメ", "長谷川 聡子", "長女", "080-2291-6530", "satoko-h@yahoo.co.jp"],
            ["201", "門間 幸三", "門間 隆", "長男", "080-6651-0734", "monma.takashi@docomo.ne.jp"],
            ["206", "佐々木 ハル", "佐々木 由美子", "長女", "090-6612-0815", "yumiko.sasaki.0815@gmail.com"],
            ["305", "漆原 シゲ", "漆原 一郎", "甥", "080-7745-3019", "ichiro_urushibara@icloud.com"],
            ["311", "左近 ヨシエ", "左近 美佳", "次女", "090-1152-8874", "mika.sakon@ezweb.ne.jp"],
        ],
    }],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a family contact list, but all recipients are internal",
)

# 073  an applicant's psychiatric diagnosis in running text to a hospital social worker
add(
    id="sakoju-073",
    sender="宇佐美 翔 <s.usami@hinode-sangyo.co.jp>",
    to=["港北さくら病院 地域医療連携室 MSW 秋吉様 <akiyoshi@kohoku-sakura-hp.or.jp>"],
    subject="Re: 入居のご相談（舟木様）",
    charset="iso-2022-jp",
    body="""港北さくら病院 地域医療連携室
秋吉様

お世話になっております。日の出産業 入居相談室の宇佐美です。
舟木 弘様（昭和14年8月30日生）のご入居について、社内で検討いたしました。

前立腺がんの通院治療（ホルモン療法）については問題ございません。
一方、若年期からの統合失調症で現在もリスペリドンを内服中とのことで、
夜間の不穏時の対応について、精神科の訪問診療を確保できるかが入居の条件となります。
貴院の精神科から訪問診療が可能かどうか、ご確認いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_USAMI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named applicant's cancer and psychiatric diagnosis with medication, in new text to an external hospital",
)

# 074  minutes of the community meeting to the council: attendees by organisation
add(
    id="sakoju-074",
    sender="大槻 誠 <m.otsuki@hinode-sangyo.co.jp>",
    to=["南さくら市社会福祉協議会 地域福祉課 <chiiki@minamisakura-shakyo.or.jp>"],
    subject="第2回 運営懇談会 議事録の送付",
    charset="cp932",
    body="""南さくら市社会福祉協議会
地域福祉課 御中

お世話になっております。ひのでレジデンス桜ヶ丘の大槻です。
10月28日に開催した第2回運営懇談会の議事録をお送りいたします。
ご確認のうえ、修正がございましたら11月14日までにお知らせください。
""" + SIG_OTSUKI,
    attachments=[{
        "kind": "docx", "name": "運営懇談会議事録_第2回.docx",
        "paragraphs": ["第2回 ひのでレジデンス桜ヶ丘 運営懇談会 議事録",
                       "日時：2025年10月28日（火）14:00〜15:30　場所：1階 多目的ホール",
                       "議題1：上期の運営状況（入居率 91.7%、事故 3件、苦情 2件）",
                       "議題2：地域との防災協定について（日の出台自治会と協議継続）",
                       "議題3：ボランティア受入れ（傾聴・園芸）"],
        "tables": [[
            ["出席者", "所属"],
            ["佐伯 民子", "日の出台自治会 会長"],
            ["大江 伸之", "南さくら市社会福祉協議会"],
            ["玉置 亮", "地域包括支援センター日の出台"],
            ["大槻 誠", "ひのでレジデンス桜ヶ丘 ハウス長"],
            ["森下 佳奈", "ひのでレジデンス桜ヶ丘 生活相談員"],
        ]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="meeting minutes listing attendees only by name and organisation: no personal data about them",
)

# 075  waiting list of six applicants (padded text) to a referral agency
add(
    id="sakoju-075",
    sender="宇佐美 翔 <s.usami@hinode-sangyo.co.jp>",
    to=["シニアのすまい相談室 池端様 <ikebata@sumai-soudan.com>"],
    subject="港北 入居待ちの方の状況（ご紹介分）",
    charset="utf-8",
    body="""池端様

お世話になっております。宇佐美です。
御社からご紹介いただいた方のうち、港北の入居待ちになっている方の現状です。
空室が出た順にご連絡しますので、ご本人様の意向に変化があれば教えてください。

 No  お名前          生年        電話            希望タイプ  申込日
 --  --------------  ----------  --------------  ----------  ----------
 1   真栄田 ヨネ     S10.03.22   045-532-1198    A           2025/07/14
 2   鮫島 規子       S16.11.05   090-7712-4036   B           2025/08/02
 3   宍戸 勝         S13.05.17   044-977-6605    A           2025/08/19
 4   苗村 ツル       S09.09.09   045-913-2287    A           2025/09/01
 5   乾 俊介         S18.01.30   080-3365-9912   B           2025/09/26
 6   薬師寺 すみ     S12.12.12   045-851-0473    A           2025/10/08

よろしくお願いいたします。
""" + SIG_USAMI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six applicants' rows with 和暦 birth dates and phones, padded text, to an external agency",
)

# 076  English itinerary for a visiting delegation: one business contact
add(
    id="sakoju-076",
    sender="Ken Tachibana <k.tachibana@hinode-sangyo.co.jp>",
    to=["Ms. Lin Yi-Ting <yiting.lin@hecare-tw.com>"],
    subject="Itinerary for your visit to Hinode Residence Sakuragaoka (Nov 26)",
    charset="utf-8",
    body="""Dear Ms. Lin,

Thank you for confirming your delegation of six from HeCare Taiwan. Here is the plan
for Wednesday, 26 November:

  10:00  Pick-up at Sakura Hotel Sagamiono lobby (our minibus)
  10:30  Welcome and overview of serviced housing in Japan (2F meeting room)
  11:15  Tour of common areas and one vacant model room (no resident rooms)
  12:15  Lunch with our catering partner, tasting of soft and puree diets
  13:30  Q&A with our house manager, Mr. Otsuki
  14:30  Departure

For privacy reasons we kindly ask your team not to take photos in corridors or the
dining room while residents are present. Our main number on the day is
+81-42-749-3310.
""" + SIG_TACHIBANA_EN + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English business itinerary to one partner contact: no personal data",
)

# 077  reply in an internal thread, but the colleague's domain is mistyped (letters swapped)
add(
    id="sakoju-077",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["宇佐美 翔 <s.usami@hinode-sangoy.co.jp>"],
    cc=["大槻 誠 <m.otsuki@hinode-sangyo.co.jp>"],
    subject="Re: 12月 見学予約の受け入れ枠",
    charset="iso-2022-jp",
    body="""宇佐美さん

お疲れさまです。森下です。
12月の見学枠ですが、13日・14日の相談会以外だと、
平日は火・木の14時〜16時なら対応できます。土曜は20日のみ可です。

森下

> 森下さん
> 12月の見学予約の受け入れ可能枠を教えてください。
> 相談会と重ならない日でお願いします。　宇佐美
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangoy.co.jp swaps two letters of the company's own domain: an external look-alike",
)

# 078  seven on-call staff mobiles to a monitoring-system vendor for SMS alerts
_staff_078 = [("真壁 由紀", "看護職員"), ("杉之内 拓", "介護職員"), ("粟野 めぐみ", "介護職員"),
              ("ダン・ヴァン・ナム", "介護職員"), ("小此木 健", "介護職員"), ("森下 佳奈", "生活相談員"),
              ("大槻 誠", "ハウス長")]
_rows_078 = "\n".join(f"{i},{n},{r},{mobile()}" for i, (n, r) in enumerate(_staff_078, 1))
add(
    id="sakoju-078",
    sender="大槻 誠 <m.otsuki@hinode-sangyo.co.jp>",
    to=["みまもりテック 導入サポート <setup@mimamori-tech.co.jp>"],
    subject="見守りセンサー 夜間通知先（SMS）の登録依頼",
    charset="utf-8",
    body=f"""みまもりテック株式会社
導入サポート ご担当者様

お世話になっております。ひのでレジデンス桜ヶ丘の大槻です。
離床センサーの夜間アラートのSMS通知先として、下記の職員の携帯番号の登録をお願いします。
（優先順位の順に並べています）

No,氏名,職種,携帯番号
{_rows_078}

登録が完了しましたらテスト送信の日時をご相談させてください。
""" + SIG_OTSUKI,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven staff members' names and private mobile numbers, comma separated, to an external vendor",
)

# 079  move-out cleaning of a vacated room: no person
add(
    id="sakoju-079",
    sender="比嘉 さおり <s.higa@hinode-sangyo.co.jp>",
    to=["クリーンワークス 菅沼様 <suganuma@cleanworks.jp>"],
    subject="退去後クリーニングのお願い（412号室）",
    charset="cp932",
    body="""クリーンワークス株式会社
菅沼様

いつもお世話になっております。ひのでレジデンス桜ヶ丘の比嘉です。
412号室（Aタイプ）が10月末で退去となりましたので、原状回復前のクリーニングをお願いします。

　作業希望日：11月10日（月）〜11月12日（水）のいずれか
　内容：通常クリーニング一式、エアコン洗浄、浴室のカビ取り
　鍵：事務室でお渡しします（9:00〜17:30）

クロスの張替え範囲は、須藤（施設管理課）が別途現地確認いたします。
""" + SIG_HIGA,
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary cleaning request for a vacated room: no personal data",
)

# 080  password-protected PDF (important-matters explanation) to a family on free mail
add(
    id="sakoju-080",
    sender="宇佐美 翔 <s.usami@hinode-sangyo.co.jp>",
    to=["蒲生 直子 様 <naoko.gamou@icloud.com>"],
    subject="重要事項説明書（事前送付）",
    charset="iso-2022-jp",
    body="""蒲生 直子 様

お世話になっております。日の出産業 入居相談室の宇佐美です。
ご契約日（12月11日）の前にお目通しいただけるよう、重要事項説明書をお送りします。
PDFにはパスワードを設定しております。パスワードはお母様の生年月日（8桁）です。
""" + SIG_USAMI,
    attachments=[{
        "kind": "pdf", "name": "重要事項説明書_A-108.pdf", "password": "19380417",
        "lines": ["重要事項説明書", "ひのでレジデンス港北 A-108", "契約者：蒲生 キミ 様"],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="the attached PDF is password-protected and cannot be inspected",
)

# 081  reply to a family member; her mother's medical details are only in the quoted text
add(
    id="sakoju-081",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["Yumiko Sasaki <yumiko.sasaki.0815@gmail.com>"],
    subject="Re: 母の面会について",
    charset="utf-8",
    body="""佐々木 由美子 様

ご連絡ありがとうございます。森下です。
11月9日（日）14時の面会、承知いたしました。受付で面会票へのご記入をお願いいたします。
当日は居室でゆっくりお過ごしいただけるよう準備しておきます。

森下

On 2025/11/05 21:48, Yumiko Sasaki wrote:
> 森下様
> いつも母がお世話になっております。
> 先日の肺炎の後、食事量が落ちていると聞き心配しています。
> 薬（ドネペジル）もちゃんと飲めているでしょうか。
> 9日の日曜14時ごろに面会に伺いたいのですが、よろしいでしょうか。
> 佐々木
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="health details are only in the family's own quoted mail; the new text only confirms a visit",
)

# 082  newsletter to five referral agencies, all visible in To
add(
    id="sakoju-082",
    sender="宇佐美 翔 <s.usami@hinode-sangyo.co.jp>",
    to=[
        "シニアのすまい相談室 <info@sumai-soudan.com>",
        "あんしん住まい紹介センター <contact@anshin-sumai.jp>",
        "ケアホームナビ 相模原店 <sagamihara@carehome-navi.co.jp>",
        "老人ホーム紹介センターみらい <mirai@roujin-mirai.com>",
        "ライフサポート横浜 <info@lifesupport-yokohama.jp>",
    ],
    subject="【ひのでレジデンス】12月の空室情報と見学会のご案内",
    charset="iso-2022-jp",
    body="""紹介事業者各位

いつも大変お世話になっております。日の出産業 入居相談室の宇佐美です。
12月の空室情報と見学会のご案内をお送りします。ご相談者様へのご紹介をよろしくお願いいたします。

■空室（12月1日入居可）
　桜ヶ丘：Aタイプ×2、Cタイプ×1
　港北　：Bタイプ×1

■見学会：12月13日（土）・14日（日）10:00〜16:00（ご紹介者様の同行可）

紹介料の規定は従前どおりです。
""" + SIG_USAMI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five external companies in To can see each other's addresses: should have been Bcc",
)

# 083  one new resident's severe allergy to the caterer (港北)
add(
    id="sakoju-083",
    sender="栗林 直樹 <n.kuribayashi@hinode-sangyo.co.jp>",
    to=["北国フーズ 港北厨房 <kohoku-kitchen@kitaguni-foods.co.jp>"],
    subject="【要対応】12/2入居 A-205 笹森様 食物アレルギー",
    charset="cp932",
    body="""北国フーズ 港北厨房 御中

お世話になっております。港北の栗林です。
12月2日入居の笹森ナツ様（A-205）ですが、ピーナッツ・くるみの重度アレルギーがあり、
過去に救急搬送（アナフィラキシーショック）されたことがあるとのことです。
エピペンを処方されており、居室と事務室に1本ずつ保管します。

ナッツ類の混入がないよう、初日から個別トレーでの提供をお願いいたします。
""" + SIG_KURIBAYASHI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named resident's severe allergy with emergency history and prescription (要配慮) to an external caterer",
)

# 084  appetite and weight of one resident, told to her own son on free mail — borderline
add(
    id="sakoju-084",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["鬼塚 亮太 <ryota.onizuka@softbank.ne.jp>"],
    subject="お母様のご様子について",
    charset="iso-2022-jp",
    body="""鬼塚 亮太 様

いつもお世話になっております。ひのでレジデンス桜ヶ丘の森下です。
お電話が繋がらなかったため、メールにて失礼いたします。

先日お母様の体重を測ったところ、先月より2kgほど減っていました。
ここ2週間ほど朝食を半分ほど残されることが多く、ご本人は「食欲がない」とおっしゃっています。
次回の往診の際に先生にも相談してみます。
お好きな食べ物があれば、面会の際にお持ちいただくのもよいかと思います。
""" + SIG_MORISHITA,
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["freemail_recipient"],
    note="health observations (weight loss, appetite) but no diagnosis, about the recipient's own mother: arguable",
)

# 085  legacy XLS of receipts with residents' bank accounts to the outside accounting firm
add(
    id="sakoju-085",
    sender="井手 亜由美 <a.ide@hinode-sangyo.co.jp>",
    to=["みなと会計事務所 監査担当 <audit@minato-kaikei.jp>"],
    subject="期中監査資料：家賃入金明細（桜ヶ丘 9月）",
    charset="cp932",
    body="""みなと会計事務所
監査ご担当者様

お世話になっております。日の出産業 経理部の井手です。
ご依頼の家賃入金明細（桜ヶ丘 9月分、口座振替不能分の振込入金）を旧形式のExcelでお送りします。
""" + SIG_IDE,
    attachments=[{
        "kind": "xls", "name": "nyukin_meisai_sakuragaoka_202509.xls",
        "sheets": {
            "9月": [
                ["入金日", "居室", "入居者", "振込人", "振込元銀行", "口座番号", "金額"],
                ["2025/09/05", "105", "長谷川 トメ", "ハセガワ サトコ", "はまかぜ銀行 町田支店", "普通 6021937", 130000],
                ["2025/09/08", "206", "佐々木 ハル", "ササキ ユミコ", "みどり銀行 座間支店", "普通 1442085", 130000],
                ["2025/09/10", "305", "漆原 シゲ", "ウルシバラ イチロウ", "相模信用金庫 大和支店", "普通 0381726", 141000],
                ["2025/09/12", "408", "九十九 静江", "ツクモ シズエ", "みどり銀行 相模大野支店", "普通 2047319", 158000],
                ["2025/09/16", "411", "蛭田 光男", "ヒルタ ミツオ", "みどり銀行 相模大野支店", "普通 4406128", 130000],
                ["2025/09/22", "214", "御手洗 タツ", "ミタライ ツネオ", "東都銀行 三軒茶屋支店", "普通 7730154", 140500],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six residents' and payers' names with personal bank accounts in an XLS to an external accounting firm",
)

# 086  common-area cleaning schedule to the cleaning contractor
add(
    id="sakoju-086",
    sender="須藤 健太 <k.sudo@hinode-sangyo.co.jp>",
    to=["クリーンワークス 業務課 <gyomu@cleanworks.jp>"],
    subject="共用部 定期清掃の年間スケジュール（2026年）",
    charset="utf-8",
    body="""クリーンワークス株式会社 業務課 御中

いつもお世話になっております。日の出産業 施設管理課の須藤です。
2026年の共用部定期清掃スケジュール案です。ご都合の悪い日があればお知らせください。

| 月 | 桜ヶ丘        | 港北          | 内容                     |
|----|---------------|---------------|--------------------------|
| 1  | 1/20（火）    | 1/22（木）    | 床洗浄・ワックス         |
| 3  | 3/17（火）    | 3/19（木）    | ガラス清掃・換気扇       |
| 5  | 5/19（火）    | 5/21（木）    | 床洗浄・ワックス         |
| 7  | 7/14（火）    | 7/16（木）    | 厨房グリストラップ       |
| 9  | 9/15（火）    | 9/17（木）    | 床洗浄・ワックス         |
| 11 | 11/17（火）   | 11/19（木）   | ガラス清掃・カーペット   |

作業時間は10:00〜15:00、食堂は11:30〜13:30を避けてください。
""" + SIG_SUDO,
    expect="pass",
    entities=[],
    detectors=[],
    note="a cleaning schedule table: dates and places, no people",
)

# 087  CONFIDENTIAL page header on a cost comparison workbook for the partner vendor
add(
    id="sakoju-087",
    sender="Ken Tachibana <k.tachibana@hinode-sangyo.co.jp>",
    to=["江藤 様 <eto@tsubasa-system.jp>"],
    subject="システム更改 費用比較（弊社作成）",
    charset="iso-2022-jp",
    body="""江藤様

お世話になっております。日の出産業の立花です。
先日の打合せでお話しした、現行システムと御社提案の5年間総費用の比較表をお送りします。
前提条件に誤りがあればご指摘ください。

立花
""",
    attachments=[{
        "kind": "xlsx", "name": "TCO_comparison_v1.xlsx",
        "page_header": "CONFIDENTIAL", "title": "TCO comparison (Confidential)",
        "sheets": {
            "Summary": [
                ["CONFIDENTIAL — Hinode Sangyo internal evaluation"],
                ["Item", "Current (5y)", "Tsubasa proposal (5y)", "Diff"],
                ["Licence", 4200000, 3600000, -600000],
                ["Hosting", 1800000, 2400000, 600000],
                ["Support", 2500000, 1900000, -600000],
                ["Migration", 0, 1500000, 1500000],
                ["Total", 8500000, 9400000, 900000],
            ],
            "Assumptions": [["Residents", 84], ["Staff users", 35], ["Sites", 2]],
        },
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the workbook is stamped CONFIDENTIAL (header and title row) and goes to an external vendor",
)

# 088  one family member (carrier mail) asking about parking: ordinary reply
add(
    id="sakoju-088",
    sender="栗林 直樹 <n.kuribayashi@hinode-sangyo.co.jp>",
    to=["桧山 健司 様 <hiyama.kenji@softbank.ne.jp>"],
    subject="Re: 年末の面会と駐車場について",
    charset="iso-2022-jp",
    body="""桧山 健司 様

いつもお世話になっております。ひのでレジデンス港北の栗林です。
年末年始の面会ですが、12月29日〜1月3日は10:00〜16:00となります。
来客用駐車場は3台分のみのため、12月30日のご来館でしたら前日までにご予約ください。
お母様にもお伝えしておきますね。

栗林
""" + SIG_KURIBAYASHI,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="ordinary reply to one carrier-mail recipient: no personal data",
)

# 089  discharge summary forwarded as an attached message to the care manager
add(
    id="sakoju-089",
    sender="真壁 由紀 <y.makabe@hinode-sangyo.co.jp>",
    to=["ひまわりケアプランセンター 大須賀様 <osuga@himawari-cp.or.jp>"],
    subject="FW: 退院時サマリー（桧山様）",
    charset="utf-8",
    body="""大須賀様

お世話になっております。港北の看護応援に入っております真壁です。
病院から届いた退院時サマリーを添付で転送します。区分変更申請の参考にしてください。
""" + SIG_MAKABE,
    attachments=[{
        "kind": "eml", "name": "退院時サマリー_桧山様.eml",
        "message": {
            "sender": "港北さくら病院 病棟看護師 <ward5@kohoku-sakura-hp.or.jp>",
            "to": ["真壁 由紀 <y.makabe@hinode-sangyo.co.jp>"],
            "subject": "退院時サマリー（桧山 澄子様）",
            "charset": "iso-2022-jp",
            "body": """ひのでレジデンス港北 ご担当者様

5階病棟です。桧山 澄子様（昭和12年1月15日生）の退院時サマリーをお送りします。

入院期間：令和7年10月14日〜11月6日
診断名：脳梗塞再発（左中大脳動脈領域）、心原性脳塞栓症、発作性心房細動
経過：右上下肢の麻痺が増悪。リハビリにて車椅子移乗は軽介助で可能。
退院時処方：アピキサバン5mg 2錠分2、ランソプラゾール15mg
嚥下：とろみ付き刻み食

港北さくら病院 5階病棟
""",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forwarded message (attached .eml) with a named patient's diagnoses and prescriptions to an external office",
)

# 090  internal: staff My Numbers for year-end adjustment to HR
_mn_090 = [my_number(SEED + 10 + k) for k in range(4)]
add(
    id="sakoju-090",
    sender="大槻 誠 <m.otsuki@hinode-sangyo.co.jp>",
    to=["人事部 給与グループ <kyuyo@hinode-sangyo.co.jp>"],
    subject="年末調整：扶養家族のマイナンバー追加提出（桜ヶ丘）",
    charset="cp932",
    body=f"""人事部 給与グループ 御中

お疲れさまです。桜ヶ丘の大槻です。
年末調整で扶養控除等申告書に記載漏れがあった職員分の個人番号です。
原本確認は私が行いました。

　杉之内 拓（本人）　　{_mn_090[0]}
　杉之内 麻衣（配偶者）{_mn_090[1]}
　粟野 めぐみ（本人）　{_mn_090[2]}
　粟野 蒼（長男）　　　{_mn_090[3]}

よろしくお願いします。
""" + SIG_OTSUKI,
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="My Numbers of staff and dependants, but sent only to internal HR",
)

# 091  ZIP (PDF + CSV) for contents insurance of five new residents to an insurance agent
add(
    id="sakoju-091",
    sender="比嘉 さおり <s.higa@hinode-sangyo.co.jp>",
    to=["あさひ保険サービス 個人保険課 <kojin@asahi-hoken-svc.co.jp>"],
    subject="入居者様 家財保険の加入手続き（11〜12月入居分）",
    charset="iso-2022-jp",
    body="""あさひ保険サービス株式会社
個人保険課 ご担当者様

お世話になっております。ひのでレジデンス桜ヶ丘の比嘉です。
11〜12月入居の方の家財保険（団体扱い）の加入データと申込書のスキャンをお送りします。
ZIPにまとめています（パスワードはかけていません）。
""" + SIG_HIGA,
    attachments=[{
        "kind": "zip", "name": "kazai_hoken_202511-12.zip",
        "files": [
            {"kind": "csv", "name": "kanyu_list.csv", "encoding": "cp932",
             "rows": [
                 ["居室", "被保険者", "生年月日", "電話", "保険開始日", "プラン"],
                 ["108", "東海林 清", "1941/07/22", "042-749-3408", "2025/11/01", "B"],
                 ["311", "左近 ヨシエ", "1942/08/08", "042-749-3441", "2025/11/01", "A"],
                 ["314", "鷲見 登志子", "1939/04/26", "042-749-3444", "2025/11/15", "A"],
                 ["401", "五味 勇", "1944/12/03", "042-749-3451", "2025/12/01", "B"],
                 ["410", "柘植 ハナ", "1936/01/19", "042-749-3460", "2025/12/01", "A"],
             ]},
            {"kind": "pdf", "name": "申込書_まとめ.pdf",
             "lines": ["家財保険 団体扱い 加入申込書（5名分）", "取扱代理店：あさひ保険サービス株式会社"]},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five residents' names, birth dates and phones in a CSV inside a ZIP to an external agent",
)

# 092  supplies order with JAN and product codes
add(
    id="sakoju-092",
    sender="比嘉 さおり <s.higa@hinode-sangyo.co.jp>",
    to=["ケアサプライ東日本 受注センター <juchu@caresupply-east.co.jp>"],
    subject="注文書（得意先コード 208815）",
    charset="cp932",
    body="""ケアサプライ東日本株式会社 受注センター 御中

いつもお世話になっております。ひのでレジデンス桜ヶ丘の比嘉です。
下記のとおり注文いたします。納品は11月14日（金）午前でお願いします。

  品番          JANコード         品名                          数量
  ------------  ----------------  ----------------------------  ----
  PD-3102L      4987123456781     テープ式おむつ L 20枚          12
  PD-5500       4987123456798     尿とりパッド 夜用 30枚         20
  GL-N100M      4901234567894     ニトリル手袋 M 100枚           30
  TH-220        4580112233445     とろみ剤 2.5g×50本             6
  DS-700        4971234500016     除菌シート 詰替 80枚          24

請求は月締めでお願いします。
""" + SIG_HIGA,
    expect="pass",
    entities=[],
    detectors=[],
    note="an order with 13-digit JAN codes and product codes that only look like numbers of people",
)

# 093  invoice question sent to a look-alike of the partner carrier (hyphen for a dot)
add(
    id="sakoju-093",
    sender="井手 亜由美 <a.ide@hinode-sangyo.co.jp>",
    to=["青葉運輸 経理部 <keiri@aoba-unyu-co.jp>"],
    subject="10月分ご請求金額の確認",
    charset="utf-8",
    body="""青葉運輸株式会社 経理部 御中

お世話になっております。日の出産業 経理部の井手です。
10月分のご請求（請求書No. AU-25100882）につきまして、引越し5件分の合計が
見積書の合計と14,300円相違しております。内訳をお送りいただけますでしょうか。
""" + SIG_IDE,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu-co.jp replaces the dot of partner aoba-unyu.co.jp with a hyphen: look-alike",
)

# 094  move-out of one resident to a family home: two people's data to the mover
add(
    id="sakoju-094",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["青葉運輸 引越センター 三浦様 <miura.k@aoba-unyu.co.jp>"],
    subject="退去に伴う引越しのお見積り依頼（桜ヶ丘 311号室）",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
引越センター　三浦様

お世話になっております。ひのでレジデンス桜ヶ丘の森下です。
311号室の左近ヨシエ様が、ご家族との同居のため12月中旬に退去されます。
お見積りとお日にちの調整をお願いできますでしょうか。

　搬出：ひのでレジデンス桜ヶ丘 311号室（1K、家具少なめ）
　搬入先：神奈川県厚木市旭町3-17-9 サンコーポ202（ご次女 左近美佳様宅）
　ご連絡先：左近美佳様 090-1152-8874（平日18時以降）

よろしくお願いいたします。
""" + SIG_MORISHITA,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two people's address and phone for a move: fewer than five records, may warn",
)

# 095  missing resident with dementia reported to the police
add(
    id="sakoju-095",
    sender="大槻 誠 <m.otsuki@hinode-sangyo.co.jp>",
    to=["相模南警察署 生活安全課 <seian-sagamiminami@police.pref.kanagawa.lg.jp>"],
    subject="行方不明者届出の補足（ひのでレジデンス桜ヶ丘）",
    charset="utf-8",
    body="""相模南警察署 生活安全課 御中

先ほどお電話で届出をいたしました、ひのでレジデンス桜ヶ丘の大槻です。
補足の情報をお送りします。

氏名：漆原 シゲ（うるしばら しげ）　昭和12年5月3日生　88歳
身長148cm、やせ型、白髪のショートカット
服装：えんじ色のカーディガン、グレーのズボン、白いスニーカー
病状：アルツハイマー型認知症（中等度）。ご自分の名前は言えますが住所は言えません。
　　　以前、相模大野駅方面で保護されたことがあります。
持病：高血圧（降圧剤を朝内服済み）

本日15時30分頃、中庭から外に出られたのを最後に確認できておりません。
写真は署に持参いたします。
""" + SIG_OTSUKI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named resident's dementia diagnosis and birth date to an external (police) address: 要配慮 of one person",
)

# 096  asking the partner bank for the direct-debit form: no personal data
add(
    id="sakoju-096",
    sender="井手 亜由美 <a.ide@hinode-sangyo.co.jp>",
    to=["みどり銀行 相模大野支店 法人営業課 <sagamiono-hojin@midori-ginko.co.jp>"],
    subject="口座振替依頼書（3枚複写）の追加送付のお願い",
    charset="iso-2022-jp",
    body="""みどり銀行 相模大野支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 経理部の井手です。
家賃口座振替用の依頼書（3枚複写、委託者コード 0041277）の在庫が少なくなってまいりました。
50部の追加送付をお願いできますでしょうか。
送付先は、ひのでレジデンス桜ヶ丘 事務室（相模原市南区日の出台3-14-2）でお願いいたします。
""" + SIG_IDE,
    expect="pass",
    entities=[],
    detectors=[],
    note="a request for blank forms with a company code and the facility's address: no personal data",
)

# 097  visiting-dentist schedule (PDF table) for five residents with birth dates
add(
    id="sakoju-097",
    sender="真壁 由紀 <y.makabe@hinode-sangyo.co.jp>",
    to=["はなみずき訪問歯科 受付 <uketsuke@hanamizuki-shika.jp>"],
    subject="11月 訪問歯科診療の予定表",
    charset="cp932",
    body="""はなみずき訪問歯科 受付ご担当者様

お世話になっております。ひのでレジデンス桜ヶ丘の真壁です。
11月20日（木）の訪問歯科診療の予定表をPDFでお送りします。
保険証の写しは当日お渡しします。
""" + SIG_MAKABE,
    attachments=[{
        "kind": "pdf", "name": "訪問歯科_予定表_1120.pdf",
        "lines": ["訪問歯科診療 予定表　2025年11月20日（木）", "ひのでレジデンス桜ヶ丘"],
        "table": [["時間", "居室", "氏名", "生年月日", "内容"],
                  ["13:30", "102", "五十嵐 フミ", "S11.2.11", "下顎義歯調整"],
                  ["13:50", "115", "我妻 ミツ", "S9.11.30", "口腔ケア・嚥下評価"],
                  ["14:10", "203", "一ノ瀬 昭二", "S15.1.8", "右下6 う蝕治療"],
                  ["14:30", "214", "御手洗 タツ", "S13.12.25", "義歯新製（印象）"],
                  ["14:50", "318", "鬼塚 富雄", "S15.10.10", "歯周病 SRP"]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five residents' names, birth dates and dental treatments in a PDF table to an external clinic",
)

# 098  internship acceptance: two students' names only, given by the university
add(
    id="sakoju-098",
    sender="大槻 誠 <m.otsuki@hinode-sangyo.co.jp>",
    to=["桜ヶ丘福祉大学 実習指導室 <jisshu@sakura-fukushi.ac.jp>"],
    subject="Re: 在宅看護論実習の受入れについて",
    charset="iso-2022-jp",
    body="""桜ヶ丘福祉大学 実習指導室 御中

お世話になっております。ひのでレジデンス桜ヶ丘の大槻です。
12月8日〜19日の実習、ご依頼の学生お二人（日下部さん、芹沢さん）を受け入れます。
初日は8時45分に1階事務室へお越しください。指導者は看護の真壁が担当します。

実習中の写真撮影・記録の取扱いについては、前回同様の誓約書をご用意ください。
""" + SIG_OTSUKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="two students named with no other data about them: no personal records",
)

# 099  family members staying at the partner hotel: kana names and full-width phones
_fam_099 = [("イガラシ　ヒロシ", "090-4417-2203", "11/15", "1"),
            ("ハセガワ　サトコ", "080-2291-6530", "11/15", "2"),
            ("モンマ　タカシ", "080-6651-0734", "11/15", "1"),
            ("ササキ　ユミコ", "090-6612-0815", "11/15", "2"),
            ("ヒルタ　タカユキ", "011-261-4830", "11/14", "2"),
            ("サコン　ミカ", "090-1152-8874", "11/15", "3")]
_lines_099 = "\n".join(f"・{n}様　{fw(p)}　{fw(d)}泊　{fw(c)}名" for n, p, d, c in _fam_099)
add(
    id="sakoju-099",
    sender="比嘉 さおり <s.higa@hinode-sangyo.co.jp>",
    to=["さくらホテル相模大野 予約課 <yoyaku@sakura-hotel.jp>"],
    subject="秋まつり ご家族様宿泊の予約（法人契約）",
    charset="iso-2022-jp",
    body=f"""さくらホテル相模大野
予約課 ご担当者様

いつもお世話になっております。日の出産業（ひのでレジデンス桜ヶ丘）の比嘉です。
秋まつりにご来館されるご家族様の宿泊を、法人契約料金でお願いいたします。
チェックインの際に、ご本人様からお名前をお伝えいただきます。

{_lines_099}

お支払いは各自チェックアウト時でお願いいたします。
""" + SIG_HIGA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six people's katakana names with full-width phone numbers to an external (partner) hotel",
)

# 100  list of nearby hotels (businesses) to one family member on free mail
add(
    id="sakoju-100",
    sender="森下 佳奈 <k.morishita@hinode-sangyo.co.jp>",
    to=["Takayuki Hiruta <t.hiruta.sapporo@gmail.com>"],
    subject="Re: 近くのホテルについて",
    charset="utf-8",
    body="""蛭田 隆之 様

ご連絡ありがとうございます。ひのでレジデンス桜ヶ丘の森下です。
当館から近いホテルをいくつかご紹介します（いずれも徒歩・バスで20分以内です）。

・さくらホテル相模大野（当社法人契約あり）　042-740-8811　相模大野駅 徒歩3分
・ホテルグリーンヒル相模原　042-768-2200　相模大野駅 徒歩8分
・ビジネスイン東林間　042-743-5151　東林間駅 徒歩2分
・相模大野ステーションホテル　042-701-3300　相模大野駅 直結

さくらホテルは、フロントで「ひのでレジデンスの家族」とお伝えいただくと
法人料金になります。お父様もご来館を楽しみにしておられます。

森下
""" + SIG_MORISHITA,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="a list of hotels with their front-desk numbers (businesses) to one free-mail recipient",
)
