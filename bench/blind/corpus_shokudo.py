"""Blind evaluation corpus — area: shokudo (社員食堂・給食委託).

The staff canteen and its catering contract, as run by 総務部 of 日の出産業株式会社:
mail with the contract caterer (北国フーズ 給食事業部), daily meal counts (喫食数の連絡),
allergy / religious / therapeutic meals (アレルギー・宗教食・治療食への対応), hygiene
inspections (衛生点検・検便), menus (献立), and food-poisoning incidents (食中毒時の連絡
with 保健所, the caterer, the insurer and counsel).

Everything here is invented: people, numbers, addresses and every domain other than the
organisation's and its partners' named in BRIEF.md.  Written blind from BRIEF.md,
build.py and SPEC.md only, without reading mailguard's code, rules or tests.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 35001
rng = random.Random(SEED)

# -- people and addresses used throughout (all invented) --------------------------------

CATER = "kitaguni-foods.co.jp"          # 北国フーズ: the contract caterer (partner)
HIWATARI = f"樋渡 正志 <hiwatari.m@{CATER}>"        # 食堂チーフ (on site)
ONODERA = f"小野寺 彩 <onodera.aya@{CATER}>"        # 管理栄養士
KUWABARA = f"桑原 直樹 <kuwabara.n@{CATER}>"        # 営業担当
ANSAI = f"安斎 文子 <ansai.f@{CATER}>"              # 品質管理部

SAEKI = "佐伯 真理子 <saeki-m@hinode-sangyo.co.jp>"
IWANAGA = "岩永 拓也 <iwanaga.t@hinode-sangyo.co.jp>"
OKOCHI = "大河内 恵 <okochi.megumi@hinode-sangyo.co.jp>"
MORISHITA = "森下 千尋 <morishita.c@hinode-sangyo.co.jp>"
NIWA = "丹羽 俊介 <niwa.shunsuke@hinode-sangyo.co.jp>"
HIGA = "比嘉 さやか <higa.sayaka@hinode-sangyo.co.jp>"
MATSUO = "松尾 悠 <matsuo.yu@hinode-sangyo.co.jp>"
ODAGIRI = "小田切 健 <odagiri.k@hinode-sangyo.co.jp>"

SIG_SAEKI = """--
日の出産業株式会社 総務部 総務課（厚生担当）
佐伯 真理子
〒105-0013 東京都港区浜松町2丁目7番15号
TEL 03-5412-7730（直通） / FAX 03-5412-7739
saeki-m@hinode-sangyo.co.jp"""

SIG_IWANAGA = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 総務課　岩永 拓也（いわなが たくや）
〒105-0013 東京都港区浜松町2-7-15
TEL：03-5412-7700（代表）内線2217
Mail：iwanaga.t@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_OKOCHI = """――――――――――――――――
日の出産業(株) 総務部 施設管理課
大河内 恵
TEL 03-5412-7741
――――――――――――――――"""

SIG_MORISHITA = """------------------------------
日の出産業株式会社 人事部 健康管理室
保健師　森下 千尋
内線 3108 / morishita.c@hinode-sangyo.co.jp
------------------------------"""

SIG_NIWA = """日の出産業株式会社
総務部 総務課長 丹羽 俊介
〒105-0013 東京都港区浜松町2丁目7番15号
TEL 03-5412-7700 (代)"""

SIG_HIGA = """**************************************
 日の出産業株式会社　総務部総務課
 比嘉 さやか
 TEL: 03-5412-7733  FAX: 03-5412-7739
 E-mail: higa.sayaka@hinode-sangyo.co.jp
**************************************"""

SIG_MATSUO = """松尾 悠
日の出産業株式会社 経理部 経理課
03-5412-7760"""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。本メールの宛先に誤りがある場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use or disclosure is prohibited."""


def corp_number(base12: str) -> str:
    """法人番号: a check digit (first digit) in front of a 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def zen(s: str) -> str:
    """ASCII digits and hyphens to full width."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


MY1 = my_number(SEED + 0)
CARD1 = card_number(SEED + 0)
CARD2 = card_number(SEED + 1)
CORP_KITAGUNI = corp_number("430001051872")
CORP_TSURUKAME = corp_number("010401128836")

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"shokudo-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# 001 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[HIWATARI],
    subject="11/18（月）喫食数のご連絡",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
樋渡様

いつもお世話になっております。日の出産業 総務の佐伯です。
11月18日（月）の喫食予定数をお知らせします。

　本社棟 2F〜5F　　　　　 212食
　第二別館（品証・物流）　 64食
　来客用（会議室A）　　　　 8食
　――――――――――――――
　合計　　　　　　　　　　284食

なお、同日は午後から全社研修のため、14時以降の喫茶コーナーは
休止で差し支えございません。

よろしくお願いいたします。

{SIG_SAEKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Daily meal count to the caterer: numbers by building only, no people.",
)

# 002 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[ONODERA],
    cc=[HIWATARI],
    subject="食物アレルギー対応者一覧（12月分）",
    charset="iso-2022-jp",
    body=f"""小野寺様

お世話になっております。日の出産業の佐伯です。
12月から除去食の対象となる社員の一覧をお送りします。
前月からの変更は、鬼塚さん・乙部さんの2名が追加となっております。

社員番号  氏名            所属            除去食材              備考
--------  --------------  --------------  --------------------  ------------------
H10283    鬼塚 亮介       営業一課        そば、落花生          エピペン携帯
H11407    四方田 千夏     経理部          卵（加熱も不可）
H09921    東海林 剛       品質保証部      えび、かに
H12055    乙部 美咲       総務課          乳、小麦              医師の診断書あり
H08714    瀬戸口 洋平     物流管理課      キウイ、もも
H11830    仲宗根 莉子     人事部          くるみ、ごま

配膳時の名札確認は従来どおり食堂カウンターでお願いいたします。

{SIG_SAEKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Six employees' food allergies (health data) by name, padded table, to the caterer.",
)

# 003 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[ONODERA],
    subject="Re: 食物アレルギー対応者一覧（12月分）",
    charset="iso-2022-jp",
    body=f"""小野寺様

ご確認ありがとうございます。
代替メニューの件、ご提案のとおり「鶏むね肉の塩こうじ焼き」で問題ございません。
献立表への反映をお願いいたします。

佐伯

> 佐伯様
>
> 一覧を拝受しました。以下の方について、12/5の「えびフライ定食」の日は
> 代替メニューを用意いたします。
>
> H09921  東海林 剛  品質保証部  えび、かに
> H08714  瀬戸口 洋平  物流管理課  キウイ、もも（デザート差し替え）
> H10283  鬼塚 亮介  営業一課  そば、落花生
> H11407  四方田 千夏  経理部  卵
> H12055  乙部 美咲  総務課  乳、小麦
>
> 北国フーズ株式会社 給食事業部 管理栄養士 小野寺
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="The allergy list appears only as quoted text from the caterer's own mail; new text is a menu choice.",
)

# 004 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=["関東食品衛生研究所 検査課 <kensa@kanto-shokuei.co.jp>"],
    cc=[HIWATARI, "saeki-m@hinode-sangyo.co.jp"],
    subject="社員食堂 定期衛生点検の日程について",
    charset="shift_jis",
    body=f"""株式会社関東食品衛生研究所
検査課 ご担当者様

お世話になっております。日の出産業の大河内でございます。
下期の定期衛生点検（拭き取り検査・厨房設備点検）について、
以下の候補日でご調整いただけますでしょうか。

　第1候補　12月10日（火）14:00〜
　第2候補　12月12日（木）14:00〜
　第3候補　12月17日（火）10:00〜

厨房は昼のピーク（11:30〜13:15）を避けていただく必要があるため、
いずれも片付け後の時間帯としております。
受託会社の北国フーズ様（樋渡チーフ）にもCCで共有しております。

検査項目は前回（6月実施）と同じ、まな板・包丁・冷蔵庫取手・配膳台の
一般生菌数・大腸菌群、およびグリストラップの目視点検でお願いします。

{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="Scheduling a hygiene inspection with the lab, caterer in Cc: two external organisations, no personal data.",
)

# 005 ----------------------------------------------------------------------------------
add(
    sender=IWANAGA,
    to=["樋渡 正志 <hiwatari.m@kitaguni-food.co.jp>"],
    subject="来週の喫食予定（11/25〜11/29）",
    charset="utf-8",
    body=f"""樋渡さん

お疲れさまです。日の出産業 総務の岩永です。
来週分の喫食予定です。水曜は取締役会のため役員弁当が別途6食入ります。

11/25(月) 276
11/26(火) 281
11/27(水) 268 ＋役員弁当6
11/28(木) 279
11/29(金) 231（在宅推奨日）

変更があれば前日15時までにご連絡します。

{SIG_IWANAGA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="Ordinary meal count, but the caterer's domain is mistyped (kitaguni-food.co.jp, dropped 's').",
)

# 006 ----------------------------------------------------------------------------------
add(
    sender=HIGA,
    to=["錦印刷 営業部 戸張様 <tobari@nishiki-insatsu.co.jp>"],
    subject="食堂掲示用 献立ポスター（1月）印刷のお願い",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
戸張様

いつも大変お世話になっております。日の出産業の比嘉です。
1月分の献立ポスター（B2・4枚）の印刷をお願いしたく、原稿PDFをお送りします。
今回からアレルゲン表示欄（特定原材料8品目）を右端に追加しています。
色校は不要です。納品は12/20（金）までに本社1F受付へお願いいたします。

{SIG_HIGA}
""",
    attachments=[{
        "kind": "pdf",
        "name": "献立ポスター原稿_2025年1月.pdf",
        "title": "社員食堂 1月献立",
        "lines": ["社員食堂　1月の献立（第1週）", "※アレルゲンは特定原材料8品目を表示しています。",
                  "※仕入れ状況により変更となる場合があります。"],
        "table": [
            ["日付", "A定食", "B定食", "麺", "アレルゲン(A/B/麺)", "kcal(A)"],
            ["1/6(月)", "鶏の照り焼き", "さばの味噌煮", "きつねうどん", "小麦・大豆/大豆/小麦", "712"],
            ["1/7(火)", "七草がゆ定食", "豚の生姜焼き", "醤油ラーメン", "—/小麦・大豆/小麦・卵", "498"],
            ["1/8(水)", "えびフライ", "麻婆豆腐", "ざるそば", "えび・小麦・卵/大豆/そば・小麦", "845"],
            ["1/9(木)", "ハンバーグ", "鮭の塩焼き", "カレーうどん", "卵・乳・小麦/—/小麦・乳", "801"],
            ["1/10(金)", "カツカレー", "肉じゃが", "天ぷらそば", "小麦・卵・乳/—/そば・えび・小麦", "968"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="Menu poster with an allergen column sent to the printer: dishes, not people.",
)

# 007 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[HIWATARI],
    cc=[ONODERA],
    subject="研修生のお食事について（ご相談）",
    charset="iso-2022-jp",
    body=f"""樋渡様、小野寺様

お世話になっております。佐伯です。
12月2日から3か月間、インドネシアの現地法人から技術研修生として
リズキ・プラタマ（Rizky Pratama）さんが品質保証部に着任します。

ご本人はムスリムで、豚肉・豚由来のエキス・アルコール（みりん含む）を
口にすることができません。ラマダン期間中ではありませんので
昼食は通常どおり食堂を利用される予定です。

ハラール認証食材までは求めないとのことですので、
日替わりで1品、上記を使用しないメニューをご用意いただけないでしょうか。
ご本人には初日に私からカウンターの場所をご案内します。

{SIG_SAEKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Religion (Muslim) of one named trainee sent to the caterer: 要配慮個人情報 of one person.",
)

# 008 ----------------------------------------------------------------------------------
add(
    sender=IWANAGA,
    to=[HIWATARI],
    subject="12/2 喫食数（特別食含む）",
    charset="utf-8",
    body=f"""樋渡さん

12/2（月）分、以下でお願いします。

通常食　　　　　 263
特別食　内訳
　・卵除去　　　　 3
　・そば/落花生除去 1
　・甲殻類除去　　 2
　・ハラール配慮　 2（研修生）
　・減塩（塩分2g以下）4
合計　　　　　　 275

特別食のトレーは従来どおり色違い（青）でお願いします。
岩永

{SIG_IWANAGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Special-meal counts only, no names or identifiers: no one is identifiable.",
)

# 009 ----------------------------------------------------------------------------------
_sym_rows = [
    ["No.", "氏名", "性別", "年齢", "所属", "連絡先（携帯）", "発症日時", "主な症状", "受診先", "診断・検査"],
    [1, "宇佐美 恭平", "男", 34, "営業二課", mobile(), "11/14 02:00", "下痢・腹痛・発熱38.6℃", "浜松町内科クリニック", "カンピロバクター腸炎の疑い"],
    [2, "柘植 まどか", "女", 27, "経理部", mobile(), "11/14 05:30", "下痢・腹痛", "未受診", "—"],
    [3, "日下部 隆", "男", 51, "品質保証部", mobile(), "11/13 23:10", "下痢・嘔気・発熱38.1℃", "芝浦中央病院", "便培養検査中"],
    [4, "国分 沙織", "女", 42, "人事部", mobile(), "11/14 08:00", "腹痛・倦怠感", "未受診", "—"],
    [5, "新垣 大輝", "男", 23, "物流管理課", mobile(), "11/14 01:45", "水様性下痢・発熱39.0℃", "芝浦中央病院", "カンピロバクター陽性（迅速）"],
    [6, "波多野 絢子", "女", 38, "総務課", mobile(), "11/14 06:20", "下痢・腹痛", "浜松町内科クリニック", "急性胃腸炎"],
    [7, "鷲尾 健太郎", "男", 46, "営業一課", mobile(), "11/14 10:15", "下痢", "未受診", "—"],
]
add(
    sender=NIWA,
    to=["朝日丘市保健所 生活衛生課 食品衛生係 <shokuhin-eisei@city.asahigaoka.lg.jp>"],
    cc=["saeki-m@hinode-sangyo.co.jp", "morishita.c@hinode-sangyo.co.jp"],
    subject="【食中毒疑い】日の出産業株式会社 社員食堂 有症者一覧の提出",
    charset="iso-2022-jp",
    body=f"""朝日丘市保健所 生活衛生課
食品衛生係 ご担当者様

本日お電話でご報告いたしました、弊社社員食堂における食中毒疑い事案について、
ご指示いただいた有症者一覧を添付にてお送りいたします。

・共通食：11月13日（水）昼食 B定食「鶏ささみの梅しそ和え」
・当日の喫食数：B定食 118食（全体 279食）
・17時現在の有症者：7名（うち受診4名）

検食（2週間保存分）および同日の食材納品書は厨房にて保管しております。
立入調査の日時についてご指示をお待ちしております。

{SIG_NIWA}
""",
    attachments=[{
        "kind": "xlsx",
        "name": "有症者一覧_1114_1700現在.xlsx",
        "title": "有症者一覧",
        "sheets": {
            "有症者一覧": [["社員食堂 食中毒疑い事案　有症者一覧（11月14日17時現在）"], []] + _sym_rows,
            "喫食状況": [["日付", "A定食", "B定食", "麺", "合計"],
                      ["11/12", 121, 109, 44, 274], ["11/13", 117, 118, 44, 279]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Seven named employees with symptoms, diagnoses and mobiles to the health centre: list + health data.",
)

# 010 ----------------------------------------------------------------------------------
add(
    sender=NIWA,
    to=[KUWABARA, HIWATARI],
    cc=["saeki-m@hinode-sangyo.co.jp"],
    subject="【至急】11/13昼食後の体調不良者について",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
桑原様、樋渡様

日の出産業の丹羽です。取り急ぎご連絡いたします。

11月13日（水）の昼食後、本日午前までに下痢・腹痛・発熱を訴える社員が
7名出ております。うち4名が医療機関を受診しています。
現時点で共通して喫食しているのはB定食（鶏ささみの梅しそ和え）です。

先ほど朝日丘市保健所へ一報を入れました。つきましては、
　1. 11/13分の検食の保全（廃棄しないでください）
　2. 同日の鶏ささみの仕入先・ロット・加熱記録のご準備
　3. 調理従事者の体調確認（直近1週間）
をお願いいたします。本日の営業継続可否は保健所の指示を受けてご連絡します。

有症者の個人情報は保健所の求めに応じて弊社から提出しますので、
貴社での聞き取りは控えていただけますようお願いします。

{SIG_NIWA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Food-poisoning alert to the caterer with counts only; no individual is identifiable.",
)

# 011 ----------------------------------------------------------------------------------
add(
    sender=IWANAGA,
    to=[HIWATARI],
    subject="新任者の件",
    charset="utf-8",
    body="""樋渡さん

お疲れさまです、岩永です。
来週月曜から総務課に配属になる栗林 智也さんが甲殻類（えび・かに）NGとのことです。
本人から食堂で申し出ると思いますので、その日のメニューに入っている場合は
声をかけていただけると助かります。

よろしくお願いします。
岩永
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="One named person's food allergy to the caterer: whether a plain allergy is 要配慮 (病歴) is debatable.",
)

# 012 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=["丹羽 俊介 <niwa.shunsuke@hinode-sangyo.co.jp>", "岩永 拓也 <iwanaga.t@hinode-sangyo.co.jp>",
        "比嘉 さやか <higa.sayaka@hinode-sangyo.co.jp>"],
    subject="【総務内】除去食対象者一覧 更新しました",
    charset="iso-2022-jp",
    body=f"""総務課各位

除去食対象者の一覧を12月版に更新しました（共有フォルダにも格納済み）。
私の不在時に食堂から問い合わせがあった場合はこちらを参照してください。

　・鬼塚 亮介（営業一課）　そば・落花生　※エピペン携帯、保管場所は本人デスク右袖
　・四方田 千夏（経理部）　卵
　・東海林 剛（品質保証部）　えび・かに
　・乙部 美咲（総務課）　乳・小麦　※医師の診断書あり
　・瀬戸口 洋平（物流管理課）　キウイ・もも
　・仲宗根 莉子（人事部）　くるみ・ごま
　・栗林 智也（総務課）　えび・かに　※12/2〜

外部には一覧のまま出さないようお願いします（食堂へは必要な都度、個別に）。

{SIG_SAEKI}
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Allergy list of seven employees, but every recipient is internal.",
)

# 013 ----------------------------------------------------------------------------------
add(
    sender=NIWA,
    to=["株式会社ミナト給食サービス 営業部 <eigyo@minato-kyushoku.co.jp>",
        "グリーンテーブル株式会社 法人営業課 <hojin@greentable.co.jp>",
        "北国フーズ株式会社 給食事業部 <kuwabara.n@kitaguni-foods.co.jp>"],
    subject="社員食堂運営業務委託 企画提案のご案内（2025年度）",
    charset="iso-2022-jp",
    body=f"""各社 ご担当者様

平素より大変お世話になっております。日の出産業株式会社 総務部の丹羽でございます。

このたび弊社では、2025年4月以降の社員食堂運営業務委託について、
企画提案方式により委託先を選定することといたしました。
つきましては、下記のとおり説明会を開催いたしますので、ご参加くださいますよう
ご案内申し上げます。

　日時：12月16日（月）14:00〜15:30
　場所：弊社本社 5F 第3会議室（〒105-0013 東京都港区浜松町2-7-15）
　内容：現行運営状況のご説明、厨房見学、質疑応答
　参加申込：12月9日（月）までに本メールへご返信ください（1社3名まで）

提案書の提出要領は説明会当日に配布いたします。

{SIG_NIWA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Tender invitation to three competing caterers, all in To: they can see each other (should be Bcc).",
)

# 014 ----------------------------------------------------------------------------------
add(
    sender=NIWA,
    to=["グリーンテーブル株式会社 法人営業課 須崎様 <susaki.h@greentable.co.jp>"],
    subject="秘密保持契約書（案）の送付について",
    charset="iso-2022-jp",
    body=f"""グリーンテーブル株式会社
法人営業課 須崎様

お世話になっております。日の出産業の丹羽です。
先日の説明会へのご参加ありがとうございました。

提案書作成にあたり、厨房図面および過去3年分の喫食実績をお渡しするため、
事前に秘密保持契約を締結させていただきたく存じます。
弊社ひな形による契約書（案）を添付いたしますので、ご確認のうえ
修正のご希望があれば12月20日までにお知らせください。

なお、図面等は契約締結後にお送りいたします。

{SIG_NIWA}
""",
    attachments=[{
        "kind": "docx",
        "name": "秘密保持契約書（案）_日の出産業.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と グリーンテーブル株式会社（以下「乙」という。）は、"
            "甲の社員食堂運営業務委託に係る企画提案（以下「本件」という。）に関し、次のとおり契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、本件に関し甲が乙に開示する厨房図面、喫食実績その他の"
            "情報であって、開示の際に秘密である旨を明示したものをいう。",
            "第2条（秘密保持義務）乙は、秘密情報を善良なる管理者の注意をもって管理し、甲の事前の書面による承諾なく"
            "第三者に開示又は漏えいしてはならない。",
            "第3条（目的外使用の禁止）乙は、秘密情報を本件の検討以外の目的に使用してはならない。",
            "第4条（返還・廃棄）乙は、本件終了後又は甲の求めがあったときは、秘密情報を速やかに返還又は廃棄する。",
            "第5条（有効期間）本契約の有効期間は締結日から2年間とする。",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="Mail about an NDA with an NDA draft attached: talks about 秘密情報 but carries no marking or data.",
)

# 015 ----------------------------------------------------------------------------------
add(
    sender=NIWA,
    to=[KUWABARA],
    subject="【社外秘】食堂委託費 見直し検討資料",
    charset="iso-2022-jp",
    body=f"""桑原様

お世話になっております。丹羽です。
次回契約に向けて検討中の資料です。ご確認ください。

{SIG_NIWA}
""",
    attachments=[{
        "kind": "xlsx",
        "name": "委託費比較_2025年度.xlsx",
        "page_header": "社外秘",
        "sheets": {
            "比較表": [["社員食堂委託費 比較検討表（社外秘）"], [],
                     ["項目", "現行（北国フーズ）", "ミナト給食 概算", "グリーンテーブル 概算"],
                     ["管理費（月額）", 1850000, 1620000, 1710000],
                     ["食材費単価（円/食）", 312, 298, 305],
                     ["人員（常勤換算）", 6.5, 6.0, 6.0],
                     ["年額試算", 31480000, 28760000, 29940000]],
            "評価メモ": [["観点", "所見"], ["衛生管理", "現行は指摘少ない"], ["価格", "現行が最も高い"]],
        },
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="Subject and spreadsheet stamped 社外秘 (competitors' quotes) sent to the incumbent caterer.",
)

# 016 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[KUWABARA],
    cc=[HIWATARI],
    subject="Re: 2025年4月 定食価格改定のご相談",
    charset="shift_jis",
    body=f"""桑原様

お世話になっております。佐伯です。
価格改定のご提案、社内で確認いたしました。
会社補助（1食あたり150円）を据え置く前提で、以下の社員負担額で承認となりました。

　メニュー　　　現行　→　4月以降
　A定食　　　　430円　→　450円
　B定食　　　　480円　→　500円
　麺類　　　　　330円　→　350円
　カレー　　　　380円　→　380円（据え置き）
　小鉢　　　　　 80円　→　 90円

告知は3月1日から食堂入口およびイントラで行います。
POPの差し替えは3/31閉店後にお願いいたします。

{SIG_SAEKI}

-----Original Message-----
From: 桑原 直樹 [mailto:kuwabara.n@kitaguni-foods.co.jp]
Sent: Wednesday, January 15, 2025 10:12 AM
To: 佐伯 真理子
Subject: 2025年4月 定食価格改定のご相談

佐伯様
食材価格の高騰を受け、4月からの価格改定についてご相談させてください。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Price list for set meals to the caterer; ordinary business mail.",
)

# 017 ----------------------------------------------------------------------------------
_deduct = [["社員番号", "メールアドレス", "利用回数", "控除額（円）"]]
for _i, _local in enumerate(["k.aoyama", "t-ishiguro", "m.fujisawa", "y_hoshino", "r.kanemoto", "s.takeuchi",
                         "n.morikawa", "h-yasuda", "a.tsutsumi", "e.kobori", "j.sanada", "o.hirose",
                         "k.nagumo", "m-ebina", "t.uozumi", "y.kakinuma", "r.segawa", "c.mizobe",
                         "d.oikawa", "f.urata", "g.hamaya", "i.komiya", "s.wakui", "t.amemiya",
                         "u.kuroki", "k.sone", "w.tomari", "a.kirino"]):
    _no = 10000 + rng.randrange(1, 3999)
    _n = rng.randrange(8, 22)
    _deduct.append([f"H{_no}", f"{_local}@hinode-sangyo.co.jp", _n, _n * 450])
add(
    sender=MATSUO,
    to=["ツバサシステム 給与サポート <payroll-support@tsubasa-system.jp>"],
    subject="11月分 食堂利用料 給与控除データ",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
給与サポートご担当者様

いつもお世話になっております。日の出産業 経理部の松尾です。
11月分の食堂利用料の給与控除データをお送りします。
12月25日支給分での控除をお願いいたします。

件数：28件（添付CSV、UTF-8）

{SIG_MATSUO}
""",
    attachments=[{"kind": "csv", "name": "shokudo_kojo_202411.csv", "encoding": "utf-8", "rows": _deduct}],
    expect="stop",
    entities=["EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="28 employee rows (employee no., personal work e-mail, deduction) without a name column, to an external payroll vendor.",
)

# 018 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=["松尾 悠 <matsuo.yu@hinode-sangyo.co.jp>"],
    cc=["丹羽 俊介 <niwa.shunsuke@hinode-sangyo.co.jp>"],
    subject="食堂 未精算分（現金払い漏れ）の控除について",
    charset="iso-2022-jp",
    body=f"""松尾さん

お疲れさまです。佐伯です。
ICカードの読み取り不良で11月に未精算となっていた方の一覧です。
給与控除への上乗せをお願いできますでしょうか。

社員番号	氏名	日付	金額
H10552	蓮見 一樹	11/6	450
H11203	米倉 詩織	11/6	500
H09874	藤ヶ谷 修	11/7	450
H12390	御手洗 舞	11/7	330
H10018	猪狩 達也	11/8	450
H11766	真栄田 遥	11/8	500

本人たちには食堂から声掛け済みです。

{SIG_SAEKI}
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="Six employees' unpaid meal charges, tab-separated, but sent inside the company only.",
)

# 019 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=["株式会社クリーンガード 施工管理課 <sekou@cleanguard.co.jp>"],
    cc=[HIWATARI],
    subject="年末 厨房の防除作業（ゴキブリ・ネズミ）日程確定のご連絡",
    charset="iso-2022-jp",
    body=f"""株式会社クリーンガード
施工管理課 御中

お世話になっております。日の出産業 施設管理課の大河内です。
年末の厨房防除作業について、下記で確定とさせてください。

　日時：12月28日（土）9:00〜12:00
　場所：本社B1F 社員食堂 厨房・食品庫・洗浄室
　立会い：弊社 大河内、北国フーズ様 樋渡チーフ

作業後は食器類の洗浄が必要となるため、樋渡チーフには
12/28午後に洗浄要員の手配をお願いしております。
入館は通用口（北側）から、入館証は当日警備室でお受け取りください。

{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="Pest-control date with the contractor, caterer in Cc: two external organisations, nothing personal.",
)

# 020 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=["協和ビルマネジメント 防災センター <bosai-center@kyowa-bm.co.jp>"],
    subject="入館証発行申請（北国フーズ 食堂スタッフ 1月入替分）",
    charset="iso-2022-jp",
    body=f"""協和ビルマネジメント株式会社
防災センター ご担当者様

お世話になっております。日の出産業の大河内です。
社員食堂の委託先スタッフの入替に伴い、入館証（B1F通用口）の発行をお願いします。
申請書（Word）を添付いたします。1月6日（月）朝から入館予定です。

{SIG_OKOCHI}
""",
    attachments=[{
        "kind": "docx",
        "name": "入館証発行申請書_北国フーズ_202501.docx",
        "paragraphs": ["入館証発行申請書", "申請会社：日の出産業株式会社 総務部施設管理課",
                       "対象：社員食堂 受託会社（北国フーズ株式会社）従業員", "有効期間：2025年1月6日〜2025年12月31日"],
        "tables": [[
            ["No.", "氏名", "フリガナ", "生年月日", "職種", "携帯電話"],
            ["1", "水無瀬 光代", "ミナセ ミツヨ", "昭和43年5月12日", "調理員", mobile()],
            ["2", "阿久津 崇", "アクツ タカシ", "昭和58年4月2日", "調理師", mobile()],
            ["3", "グエン・ティ・ラン", "グエン ティ ラン", "平成8年10月21日", "洗浄", mobile()],
            ["4", "甲斐 由紀子", "カイ ユキコ", "昭和37年2月28日", "盛付", mobile()],
            ["5", "今泉 翔", "イマイズミ ショウ", "平成11年7月7日", "調理員", mobile()],
            ["6", "久我 敏江", "クガ トシエ", "昭和40年12月3日", "パート（配膳）", mobile()],
        ]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Six canteen staff with 和暦 dates of birth and mobiles in a DOCX table to the building manager.",
)

# 021 ----------------------------------------------------------------------------------
add(
    sender=HIGA,
    to=[ONODERA],
    subject="ヘルシーメニュー試食会 参加者のご連絡",
    charset="iso-2022-jp",
    body=f"""小野寺様

お世話になっております。比嘉です。
12/11（水）15時からの新メニュー試食会、社内の参加者が決まりましたのでご連絡します。
当日、会議室の場所がわからない場合などは各自の携帯へご連絡ください。

　1) 蓮見 一樹（営業一課）　{mobile()}
　2) 新垣 大輝（物流管理課）　{mobile()}
　3) 柘植 まどか（経理部）　{mobile()}
　4) 比嘉 さやか（総務課・事務局）

試食は1人あたり4品・各小皿でお願いいたします。

{SIG_HIGA}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Four attendees, three with mobiles, to the caterer: under five people, may be warned.",
)

# 022 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[ONODERA],
    subject="アレルギー調査票（回収分）送付",
    charset="iso-2022-jp",
    body=f"""小野寺様

お世話になっております。佐伯です。
先月実施した食物アレルギー調査の回収分（23名分）をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせします。

{SIG_SAEKI}
""",
    attachments=[{
        "kind": "zip",
        "name": "allergy_survey_2024.zip",
        "password": "Hn-2411-shoku",
        "files": [{"kind": "xlsx", "name": "アレルギー調査票_回収分.xlsx",
                   "sheets": {"回答": [["社員番号", "氏名", "アレルゲン", "症状の程度", "医師の診断"],
                                     ["H10283", "鬼塚 亮介", "そば", "重い（アナフィラキシー歴あり）", "あり"]]}}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="Password-protected ZIP (PPAP) to the caterer: its content cannot be inspected.",
)

# 023 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[ONODERA],
    subject="パスワードのお知らせ",
    charset="iso-2022-jp",
    body="""小野寺様

先ほどお送りしたファイルのパスワードです。

　Hn-2411-shoku

佐伯
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="The separate password mail: no attachment, no personal data.",
)

# 024 ----------------------------------------------------------------------------------
add(
    sender="Sayaka Higa <higa.sayaka@hinode-sangyo.co.jp>",
    to=["Nurul Aisyah <aisyah@perdana-trading.com.my>"],
    subject="Lunch arrangements for your visit on 10 December",
    charset="utf-8",
    body=f"""Dear Ms. Aisyah,

Thank you for sending the final programme for your delegation's visit to our Tokyo head
office on 10 December.

For lunch we will host the delegation in our staff canteen. Our caterer has confirmed
that halal meals can be prepared for the five members who requested them, and a
vegetarian option for one more. The other six guests will be served our regular set menu.
A prayer room will be available on the 4th floor between 12:00 and 14:00.

Could you let me know by 3 December if the numbers change?

Best regards,

Sayaka Higa
General Affairs Department
Hinode Sangyo Co., Ltd.
2-7-15 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5412-7733

{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Meal counts for a foreign delegation (how many halal) without names; standard English disclaimer.",
)

# 025 ----------------------------------------------------------------------------------
add(
    sender="Sayaka Higa <higa.sayaka@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="FW: Dietary requirements - Perdana Trading delegation (10 Dec dinner)",
    charset="utf-8",
    body=f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の比嘉です。
12/10（火）19時からの会食（12名）について、先方から届いた食事制限の一覧を
転送いたします。お料理のご準備の参考になさってください。

{SIG_HIGA}

---------- Forwarded message ---------
From: Nurul Aisyah <aisyah@perdana-trading.com.my>
Date: Thu, 28 Nov 2024 16:40
Subject: Dietary requirements - Perdana Trading delegation
To: Sayaka Higa <higa.sayaka@hinode-sangyo.co.jp>

Dear Ms. Higa,

Please find below the dietary requirements of our delegation.

  Name                      Requirement
  ------------------------  ------------------------------------------
  Mr. Ahmad Faizal Rahman   Halal (Muslim) - no pork, no alcohol
  Ms. Siti Nurhaliza Omar   Halal (Muslim) - no pork, no alcohol
  Mr. Rajesh Subramaniam    Hindu - no beef, vegetarian preferred
  Mr. Tan Wei Jie           No restrictions
  Ms. Kavitha Nair          Hindu - strict vegetarian, no egg
  Mr. Mohd Hafiz Ismail     Halal (Muslim); shellfish allergy
  Ms. Nurul Aisyah          Halal (Muslim)

Thank you for your kind arrangements.

Best regards,
Nurul Aisyah
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Forward (new text to the hotel) of seven guests' names with their religion: list + 要配慮 (信条).",
)

# 026 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=[HIWATARI],
    cc=[ANSAI, "saeki-m@hinode-sangyo.co.jp"],
    subject="12/10 衛生点検結果（指摘事項）の共有",
    charset="shift_jis",
    body=f"""樋渡チーフ
（CC：品質管理部 安斎様）

お疲れさまです。施設管理課の大河内です。
昨日の定期衛生点検の速報が検査機関から届きましたので、指摘事項を共有します。

【拭き取り検査】
　まな板（生食用）　一般生菌 2.1×10^2 /100cm2　→ 適
　包丁（加熱前用）　大腸菌群 陽性　　　　　　　→ 要改善
　冷蔵庫No.3 取手　一般生菌 8.4×10^3 /100cm2　→ 要注意
　配膳台　　　　　　陰性　　　　　　　　　　　→ 適

【設備・記録】
　・冷蔵庫No.3 の庫内温度が点検時 8.2℃（基準10℃以下だが、記録表では5℃前後）
　・グリストラップ清掃記録が11/22以降未記入
　・手洗い場のペーパータオル切れ（1か所）

包丁の保管方法（紫外線殺菌庫への戻し忘れ）について、12/20までに
改善報告書のご提出をお願いします。正式な報告書は届き次第お送りします。

{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Hygiene inspection findings about utensils and fridges to the caterer: no people involved.",
)

# 027 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=["関東食品衛生研究所 監査部 中条様 <nakajo@kanto-shokuei.co.jp>"],
    subject="FW: 11月度 腸内細菌検査（検便）結果報告",
    charset="iso-2022-jp",
    body=f"""中条様

お世話になっております。日の出産業の大河内です。
来週の衛生監査に先立ち、委託先から提出された11月度の検便結果を転送します。
陽性者1名の就業制限の対応が適切か、監査時にご意見をいただけますと幸いです。

{SIG_OKOCHI}

-----Original Message-----
From: 安斎 文子 <ansai.f@kitaguni-foods.co.jp>
Sent: Monday, December 2, 2024 9:41 AM
To: 大河内 恵 <okochi.megumi@hinode-sangyo.co.jp>
Subject: 11月度 腸内細菌検査（検便）結果報告

大河内様

北国フーズ品質管理部の安斎です。11月度の検便結果をご報告いたします。

検体採取日：11月18日　検査機関：株式会社北国食品検査センター
検査項目：赤痢菌・サルモネラ・腸管出血性大腸菌O157（O26・O111含む）

　水無瀬 光代　　陰性
　阿久津 崇　　　陰性
　グエン・ティ・ラン　陰性
　甲斐 由紀子　　陰性
　今泉 翔　　　　サルモネラ属菌 陽性（無症状）→ 11/22より調理業務から除外、再検査予定
　久我 敏江　　　陰性
　樋渡 正志　　　陰性
　川端 ひとみ　　陰性

以上、よろしくお願いいたします。
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Forward (counts as new text) of eight named canteen staff's stool-test results, one positive, to an outside auditor.",
)

# 028 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=["丹羽 俊介 <niwa.shunsuke@hinode-sangyo.co.jp>"],
    cc=["森下 千尋 <morishita.c@hinode-sangyo.co.jp>"],
    subject="FW: 11月度 腸内細菌検査（検便）結果報告",
    charset="iso-2022-jp",
    body=f"""丹羽課長
（CC：健康管理室 森下さん）

委託先の検便で今泉さん（調理員）がサルモネラ陽性でした。無症状とのことです。
11/22から調理業務を外れて洗浄のみ担当、再検査で陰性確認後に復帰と聞いています。
森下さん、就業制限の考え方について念のためご確認をお願いします。

大河内

-----Original Message-----
From: 安斎 文子 <ansai.f@kitaguni-foods.co.jp>
Subject: 11月度 腸内細菌検査（検便）結果報告

　水無瀬 光代　　陰性
　阿久津 崇　　　陰性
　今泉 翔　　　　サルモネラ属菌 陽性（無症状）
　久我 敏江　　　陰性
　樋渡 正志　　　陰性
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Same stool-test results forwarded only inside the company.",
)

# 029 ----------------------------------------------------------------------------------
add(
    sender=IWANAGA,
    to=[HIWATARI],
    subject="12月 喫食数集計表",
    charset="utf-8",
    body=f"""樋渡さん

12月分の喫食数集計表です。請求書との突合せをお願いします。
差異がある日は黄色で塗っています。

{SIG_IWANAGA}
""",
    attachments=[{"kind": "corrupt", "name": "喫食数集計_202412.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="The attached workbook is corrupt and cannot be read.",
)

# 030 ----------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=[ONODERA],
    subject="RE: 治療食の提供可否について",
    charset="iso-2022-jp",
    body=f"""小野寺様

ご回答ありがとうございます。
エネルギーコントロール食（1食600kcal目安）を日替わりで1種、
1月6日から提供いただける件、承知いたしました。
対象者には私から個別にお伝えします。食券は「ヘルシー」ボタンで共通とします。

{SIG_MORISHITA}

差出人: 小野寺 彩 <onodera.aya@kitaguni-foods.co.jp>
送信日時: 2024年12月9日 11:05
宛先: 森下 千尋 <morishita.c@hinode-sangyo.co.jp>
件名: RE: 治療食の提供可否について

森下様

お問い合わせの3名様（宇佐美 恭平様：2型糖尿病、蓮見 一樹様：脂質異常症、
猪狩 達也様：高血圧・減塩指示）について、個別の治療食は厨房体制上難しいため、
エネルギーコントロール食を日替わりで1種設ける形でいかがでしょうか。

北国フーズ 管理栄養士 小野寺
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Diagnoses appear only in the quoted mail from the caterer's dietitian; the new text names no one.",
)

# 031 ----------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=[ONODERA],
    subject="治療食のご相談",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
管理栄養士 小野寺様

はじめまして。日の出産業 健康管理室の保健師、森下と申します。

営業二課の宇佐美 恭平さん（34歳）が、今年の定期健診後に2型糖尿病と診断され、
主治医から1食あたり600kcal程度・炭水化物を控えめにするよう指導を受けています。
外回りが多く昼食は社員食堂が中心とのことで、ご本人の同意を得てご相談しております。

ご飯量の調整（100g）や、エネルギー表示のあるメニューの選び方について、
一度ご本人と面談いただくことは可能でしょうか。

{SIG_MORISHITA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="One named employee's diabetes diagnosis sent outside to the caterer's dietitian: 要配慮 of one person.",
)

# 032 ----------------------------------------------------------------------------------
add(
    sender=HIGA,
    to=[KUWABARA, HIWATARI],
    subject="社員食堂 満足度アンケート結果（2024年秋）",
    charset="utf-8",
    body=f"""桑原様、樋渡様

お世話になっております。比嘉です。
10月に実施した食堂アンケートの集計結果を共有いたします（回答 412名／回答率 68%）。

■ 総合満足度：3.6（5段階、前回 3.4）
■ 項目別：味 3.9／量 3.7／価格 3.2／待ち時間 2.8／清潔さ 4.1
■ 自由記述（抜粋・原文ママ）
　・麺類の待ち時間が長い。12:10〜12:30は特に。
　・持病があるので塩分表示を全メニューに付けてほしい。
　・魚料理をもっと増やしてほしい。
　・妊娠中で生ものを避けているので、小鉢の内容を事前に知りたい。
　・ハラールやベジタリアンの選択肢があると海外からの来客時に助かる。

待ち時間の改善策について、次回定例（12/18）でご提案をいただけますと幸いです。

{SIG_HIGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Anonymous survey results; health mentions in free comments are tied to no one.",
)

# 033 ----------------------------------------------------------------------------------
add(
    sender=HIGA,
    to=["tokiko.shibasaki@gmail.com", "kazuo-nakahara1952@yahoo.co.jp", "m.oyamada@icloud.com"],
    subject="【日の出産業 OB・OG会】社員食堂 新メニュー試食会のご案内",
    charset="iso-2022-jp",
    body=f"""OB・OG会 食堂モニターの皆さま

ご無沙汰しております。日の出産業 総務課の比嘉です。
今年も新メニューの試食会を開催いたしますので、ご案内申し上げます。

　日時：1月22日（水）14:00〜15:00
　場所：本社B1F 社員食堂（受付でお名前をお伝えください）
　内容：春の新メニュー4品の試食・アンケート

ご都合をこのメールにご返信いただけますと幸いです。
寒い日が続きますので、どうぞご自愛ください。

{SIG_HIGA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="Three private persons on free mail in To can see each other's addresses: should have been Bcc.",
)

# 034 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=["久保寺 誠 <kubodera.makoto.chef@gmail.com>"],
    subject="献立監修のお礼と次回日程",
    charset="iso-2022-jp",
    body=f"""久保寺先生

先日はお忙しい中、食堂の献立監修にお越しいただきありがとうございました。
ご指摘いただいた「煮物の味付けを季節で変える」点は、北国フーズさんと
さっそく1月の献立に反映することになりました。

次回は3月上旬を予定しております。候補日を改めてご連絡いたします。
謝礼は規定どおり月末に指定口座へお振込みいたします。

{SIG_SAEKI}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="Thank-you mail to one freelance chef on Gmail: one free-mail recipient, nothing sensitive.",
)

# 035 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=["saeki-m@hinode-sangyo.co.jp"],
    bcc=[KUWABARA, "受注センター <order@tsurukame-shidashi.co.jp>", "sekou@cleanguard.co.jp",
         "eigyo@harvest-deli.com", "service@vendtech-jidouhanbai.co.jp", "info@maruya-bento.jp",
         "kensa@kanto-shokuei.co.jp", "tobari@nishiki-insatsu.co.jp"],
    subject="年末年始 社員食堂休業のお知らせ",
    charset="iso-2022-jp",
    body=f"""お取引先各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
誠に勝手ながら、弊社社員食堂は下記の期間休業いたします。

　休業期間：2024年12月28日（土）〜2025年1月5日（日）
　営業再開：2025年1月6日（月）

休業期間中の納品・作業はお受けできませんので、ご了承くださいますよう
お願い申し上げます。なお、本メールは関係各社様へBCCにてお送りしております。

{SIG_SAEKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Closure notice to eight vendors correctly sent in Bcc: they cannot see each other.",
)

# 036 ----------------------------------------------------------------------------------
add(
    sender=HIGA,
    to=["仕出し鶴亀 受注センター <order@tsurukame-shidashi.co.jp>"],
    subject="12/19 会議弁当 注文確定とお支払いについて",
    charset="iso-2022-jp",
    body=f"""仕出し鶴亀 受注センター御中

お世話になっております。日の出産業 総務課の比嘉です。
お見積りいただいた会議弁当について、下記で注文を確定いたします。

　お届け日時：12月19日（木）11:30
　お届け先：本社5F 大会議室（〒105-0013 東京都港区浜松町2-7-15）
　内容：松花堂弁当（2,160円）×32、お茶×32

お支払いはお電話でご案内のあったカード決済でお願いします。
　カード番号：{CARD1[:4]} {CARD1[4:8]} {CARD1[8:12]} {CARD1[12:]}
　有効期限：09/27
　名義：HINODE SANGYO / SAYAKA HIGA

{SIG_HIGA}
""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="A full credit-card number with expiry sent by mail to a caterer.",
)

# 037 ----------------------------------------------------------------------------------
add(
    sender=HIGA,
    to=["仕出し鶴亀 受注センター <order@tsurukame-shidashi.co.jp>"],
    subject="Re: ご注文番号 TK-241219-0087 お支払い確認",
    charset="iso-2022-jp",
    body=f"""仕出し鶴亀 受注センター御中

お世話になっております。比嘉です。
先ほどWeb決済画面からお支払いを完了しました。控えの内容は以下のとおりです。

　ご注文番号：TK-241219-0087
　決済番号：8830-2291-4475
　カード：**** **** **** {CARD2[-4:]}（法人カード）
　金額：71,232円（税込）

領収書は「日の出産業株式会社」宛でお弁当と一緒にお届けください。

{SIG_HIGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Order and payment reference numbers with a masked card (last four digits only).",
)

# 038 ----------------------------------------------------------------------------------
add(
    sender=ODAGIRI,
    to=["井坂社会保険労務士事務所 <office@isaka-sr.jp>"],
    subject="売店パート 資格取得届の作成依頼（1名）",
    charset="cp932",
    body=f"""井坂社会保険労務士事務所
井坂先生

いつもお世話になっております。日の出産業 人事部の小田切です。
食堂併設の売店で12月から直接雇用するパート従業員1名について、
雇用保険の資格取得届の作成をお願いいたします。

　氏名：百目鬼 かおり（どうめき かおり）
　生年月日：昭和５２年８月１９日
　住所：〒143-0016 東京都大田区大森北4丁目11番3-205号
　個人番号：{MY1[:4]} {MY1[4:8]} {MY1[8:]}
　雇入日：2024年12月2日
　週所定労働時間：25時間（月〜金 10:00〜15:00）
　賃金：時給1,250円

ご不明点がございましたらご連絡ください。

小田切 健
日の出産業株式会社 人事部 人事課
TEL 03-5412-7750
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="A part-timer's My Number with name, 和暦 birth date and home address sent to an outside labour consultant.",
)

# 039 ----------------------------------------------------------------------------------
add(
    sender=ODAGIRI,
    to=["給与チーム <kyuyo@hinode-sangyo.co.jp>"],
    subject="売店パート 百目鬼さん 入社手続き（個人番号登録）",
    charset="cp932",
    body=f"""給与チーム各位

12/2入社の売店パート、百目鬼 かおりさんの個人番号です。
給与システムへの登録が済んだらこのメールは削除してください。

　百目鬼 かおり　個人番号 {MY1}
　扶養：なし　住民税：普通徴収希望

小田切
""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="My Number of a new part-timer, but sent only to an internal address.",
)

# 040 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=[HIWATARI],
    subject="Re: 新しいパートさんの入館申請について",
    charset="iso-2022-jp",
    body=f"""樋渡チーフ

お疲れさまです、大河内です。
ご質問の件、入館申請には氏名・フリガナ・職種だけあれば大丈夫です。
マイナンバーや健康保険証のコピー、運転免許証の写しなどは不要ですので、
送っていただかないようお願いします（こちらでも保管できません）。

顔写真は初日に警備室で撮影します。

{SIG_OKOCHI}

> 大河内様
> 来月から入るパートさんの入館申請、何を提出すればよいでしょうか。
> 前の現場ではマイナンバーカードの写しも求められたのですが。
> 樋渡
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Mentions マイナンバー, 保険証, 免許証 only as things NOT to send; no identifiers present.",
)

# 041 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=["小野寺 彩 <onodera.aya@kitaguni-foods.jp>"],
    subject="2月献立（案）へのコメント",
    charset="iso-2022-jp",
    body=f"""小野寺様

2月の献立案を拝見しました。以下2点お願いします。

　・2/3（節分）：恵方巻は予約制にし、通常の定食も残してください。
　・2/14：デザートのチョコムースは、乳アレルギー対応の代替（フルーツ）も併せて。

その他は案のとおりで結構です。

{SIG_SAEKI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="Ordinary menu comment, but the dietitian's domain is kitaguni-foods.jp (dropped 'co.'): a look-alike.",
)

# 042 ----------------------------------------------------------------------------------
add(
    sender=MATSUO,
    to=[KUWABARA],
    subject="適格請求書の記載事項について（確認）",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
桑原様

いつもお世話になっております。日の出産業 経理部の松尾です。
11月分のご請求書（請求番号 KF-2411-0312、金額 3,247,580円）を受領しました。

インボイス制度対応の確認として、請求書に記載の登録番号
T{CORP_KITAGUNI} を国税庁の公表サイトで照合し、一致を確認しております。
なお、軽減税率（8%）対象の売店飲料分と10%対象の食堂運営管理費分の
税額表示が1行にまとまっておりましたので、次回から税率ごとに分けて
ご記載いただけますでしょうか。

支払予定日：12月27日（金）

{SIG_MATSUO}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="Invoice check with the caterer's T-number and invoice number: business data only.",
)

# 043 ----------------------------------------------------------------------------------
add(
    sender=NIWA,
    to=[KUWABARA],
    subject="事業所食堂 運営受託のお見積り依頼（5拠点）",
    charset="shift_jis",
    body=f"""桑原様

お世話になっております。丹羽です。
本社に続き、地方事業所の食堂についても一括での運営委託を検討しております。
下記5拠点について、概算お見積りをお願いできますでしょうか。

拠点名,所在地,代表電話,従業員数,現状
仙台営業所,宮城県仙台市青葉区本町1-9-4,022-217-3360,48,食堂なし（弁当配達）
埼玉物流センター,埼玉県加須市騎西工業団地12-1,0480-73-2281,135,直営食堂
名古屋支店,愛知県名古屋市中区錦2-14-21,052-231-7712,62,直営食堂
大阪支店,大阪府大阪市北区堂島1-3-8,06-6345-1190,77,食堂なし
福岡営業所,福岡県福岡市博多区博多駅前3-2-11,092-413-5528,31,食堂なし（弁当配達）

現地見学のご希望があれば各拠点の総務担当をご紹介します。

{SIG_NIWA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Comma-separated list of five company sites with switchboards and addresses: businesses, not people.",
)

# 044 ----------------------------------------------------------------------------------
add(
    sender=IWANAGA,
    to=[HIWATARI],
    subject="忘年会（12/20 食堂貸切）の料理について",
    charset="utf-8",
    body=f"""樋渡さん

お疲れさまです、岩永です。
12/20の忘年会ビュッフェの件、参加者から申告のあった食事の制限をお伝えします。

営業一課の鬼塚亮介さんはそばと落花生で、エピペンを持っている方です。
経理部の四方田千夏さんは卵がだめ（加熱したものも不可）、品証の東海林剛さんは
えび・かにで、同じく品証の日下部隆さんは先月胆のうの手術をされたばかりで
脂っこいものは控えるよう言われているそうです。
物流の瀬戸口洋平さんがキウイ・もも、人事の仲宗根莉子さんがくるみ・ごまです。

料理ごとにアレルゲン表示のカードを立てていただけると助かります。

{SIG_IWANAGA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Six named employees' allergies and a recent surgery written in running text to the caterer.",
)

# 045 ----------------------------------------------------------------------------------
add(
    sender=NIWA,
    to=[KUWABARA, HIWATARI, ANSAI],
    cc=["saeki-m@hinode-sangyo.co.jp", "okochi.megumi@hinode-sangyo.co.jp"],
    subject="食中毒発生時対応訓練（1/29）のシナリオ案",
    charset="iso-2022-jp",
    body=f"""北国フーズ 桑原様、樋渡様、安斎様

お世話になっております。丹羽です。
1月29日の合同訓練のシナリオ案をお送りします。ご意見をください。

【想定】
　・1/28 昼食の「親子丼」喫食後、翌朝までに下痢・嘔吐の有症者が複数発生
　・9:00 社員A（営業部・架空）から総務へ「昨夜から嘔吐、ノロウイルスかもしれない」と電話
　・9:20 社員B、社員C（いずれも架空）からも同様の連絡、1名は救急受診
【訓練項目】
　1. 総務→北国フーズ 第一報（電話・メール）
　2. 検食・食材の保全、調理従事者の体調確認
　3. 保健所への第一報（想定：総務課長）
　4. 社内掲示・食堂の営業判断
　5. 有症者情報の取扱い（社外への提供は保健所の求めに応じ総務から）

※登場人物はすべて架空です。実在の社員名は使用しません。

{SIG_NIWA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Drill scenario with fictitious placeholders (社員A/B/C); symptoms tied to no real person; one external organisation.",
)

# 046 ----------------------------------------------------------------------------------
add(
    sender=NIWA,
    to=["朝日丘市保健所 生活衛生課 食品衛生係 <shokuhin-eisei@city.asahigaoka.lg.jp>"],
    subject="Re: 立入調査の日時について",
    charset="iso-2022-jp",
    body=f"""朝日丘市保健所 生活衛生課
食品衛生係 黒沢様

お世話になっております。日の出産業の丹羽です。
ご連絡ありがとうございます。11月15日（金）10時からの立入調査、承知いたしました。

当日は弊社から私と施設管理課の大河内、委託先の北国フーズ株式会社から
樋渡チーフと品質管理部の安斎氏が対応いたします。
ご指示のとおり、以下を厨房事務室にご用意しておきます。

　・11/13分の検食（冷凍保管）
　・11/11〜11/13の食材納品書・温度記録・加熱記録
　・調理従事者の健康チェック表（11月分）
　・献立表（11月）

食堂は本日より営業を自粛し、社員には弁当配達で対応しております。

{SIG_NIWA}

> 日の出産業株式会社 丹羽様
> 立入調査は11月15日（金）10時からとさせていただきます。
> 朝日丘市保健所 生活衛生課 黒沢
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Confirming the health centre's inspection date; names only as attendees, no personal data.",
)

# 047 ----------------------------------------------------------------------------------
add(
    sender=NIWA,
    to=["白川法律事務所 弁護士 榊原先生 <sakakibara@shirakawa-law.jp>"],
    subject="食堂業務委託契約 第15条（損害賠償）についてのご相談",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
榊原先生

いつもお世話になっております。日の出産業の丹羽でございます。

先月の食中毒疑い事案（保健所の調査の結果、カンピロバクターによる食中毒と
認定されました）を受け、北国フーズ社との業務委託契約の見直しを検討しております。

現行契約の第15条は「乙の責に帰すべき事由により甲に損害を与えた場合」の
賠償のみ定めており、社員への見舞金・休業中の代替食手配費用を貴社負担と
できるかが不明確です。また、生産物賠償責任保険の付保義務の規定もございません。

改定案のドラフトをお願いできますでしょうか。
現行契約書（PDF）は事務所の共有フォルダに格納済みです。

{SIG_NIWA}

{DISCLAIMER_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Contract advice from counsel about the incident in general terms; no affected person is named; standard disclaimer.",
)

# 048 ----------------------------------------------------------------------------------
add(
    sender=NIWA,
    to=["東和損害保険 企業損害サービス課 <kigyo-songai@towa-sonpo.co.jp>"],
    subject="事故報告：社員食堂における熱傷事故（証券番号 KB-7732-1048）",
    charset="iso-2022-jp",
    body=f"""東和損害保険株式会社
企業損害サービス課 ご担当者様

いつもお世話になっております。日の出産業株式会社 総務課長の丹羽でございます。
施設賠償責任保険（証券番号 KB-7732-1048）に関し、下記のとおり事故をご報告いたします。

■事故日時：2024年12月4日（水）12:18頃
■場所：本社B1F 社員食堂 麺類カウンター前
■被害者：来客（取引先社員）　勅使河原 亜紀 様（てしがわら あき）
　生年月日：平成２年３月１４日
　健康保険証：記号 ４７１１０３　番号 ２８６
　連絡先：{zen(mobile())}
■状況：配膳スタッフがトレーを運搬中に利用者と接触し、熱いうどんの汁が
　左前腕にかかったもの。
■受傷内容：芝浦中央病院 皮膚科にて「左前腕Ⅱ度熱傷」と診断、通院中（全治約3週間の見込み）

治療費の立替状況、必要書類についてご教示ください。

{SIG_NIWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Accident report to the insurer with a victim's health-insurance card number, birth date and diagnosis.",
)

# 049 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[KUWABARA],
    cc=[HIWATARI],
    subject="Re: 日の出産業様 食堂チーフ交代のご挨拶",
    charset="iso-2022-jp",
    body=f"""桑原様

ご丁寧にご連絡いただきありがとうございます。
樋渡チーフには4年間大変お世話になりました。2月からの新チーフ、
真栄田様にお目にかかれるのを楽しみにしております。
引継ぎ期間中（1/20〜1/31）の入館証は、施設管理課の大河内から手配いたします。

{SIG_SAEKI}

> 佐伯様
> 2月1日付で、日の出産業様食堂のチーフを樋渡から真栄田 和樹に交代させていただきます。
> 北国フーズ 桑原
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Staff-change courtesy reply: a person's name with no other data about them.",
)

# 050 ----------------------------------------------------------------------------------
_rows050 = [
    ("御手洗 舞", "総務課", "乳・卵", "微量でも不可（じんましん既往）"),
    ("猪狩 達也", "営業二課", "そば", "アナフィラキシー既往・エピペン携帯"),
    ("蓮見 一樹", "営業一課", "えび・かに", "—"),
    ("米倉 詩織", "経理部", "小麦", "セリアック病のため完全除去"),
    ("藤ヶ谷 修", "品質保証部", "落花生・くるみ", "—"),
    ("真栄田 遥", "人事部", "魚卵（いくら）", "—"),
    ("日下部 隆", "品質保証部", "（制限）脂質", "術後の食事制限"),
]
add(
    sender=HIGA,
    to=["さくらホテル 宴会課 <banquet@sakura-hotel.jp>"],
    subject="1/24 新年賀詞交歓会 ご出席者のアレルギー情報",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>さくらホテル 宴会課 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 総務課の比嘉です。<br>
1月24日（金）の新年賀詞交歓会（立食 120名）につきまして、食物アレルギー等の
申告があった出席者を下表のとおりお知らせいたします。<br>
該当の方には受付で名札に目印のシールをお付けします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>氏名</th><th>所属</th><th>除去・制限</th><th>備考</th></tr>
""" + "\n".join(f"<tr><td>{n}</td><td>{d}</td><td>{a}</td><td>{r}</td></tr>" for n, d, a, r in _rows050) + """
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 総務部総務課<br>比嘉 さやか<br>TEL 03-5412-7733</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of seven guests' allergies and medical history to the hotel.",
)

# 051 ----------------------------------------------------------------------------------
add(
    sender="総務部 食堂運営事務局 <shokudo-jimukyoku@hinode-sangyo.co.jp>",
    to=["全社員 <all-staff@hinode-sangyo.co.jp>"],
    subject="【食堂だより 12月号】冬の鍋フェア＆年末年始の営業について",
    charset="utf-8",
    html="""<html><body>
<h2 style="color:#b03">食堂だより 12月号</h2>
<p>いつも社員食堂をご利用いただきありがとうございます。</p>
<h3>■ 冬の鍋フェア（12/9〜12/20）</h3>
<table border="1" cellpadding="3">
<tr><th>週</th><th>メニュー</th><th>価格</th><th>主なアレルゲン</th></tr>
<tr><td>12/9〜</td><td>鶏つくねのちゃんこ鍋定食</td><td>520円</td><td>卵・小麦・大豆</td></tr>
<tr><td>12/16〜</td><td>豚キムチ鍋定食</td><td>520円</td><td>小麦・大豆・ごま</td></tr>
</table>
<h3>■ 年末年始の営業</h3>
<p>12/27（金）はカレーと麺類のみの営業、12/28〜1/5は休業です。</p>
<h3>■ 食物アレルギーをお持ちの方へ</h3>
<p>除去食をご希望の方は、総務課（内線2214）までお申し出ください。
お申し出いただいた情報は食堂運営の目的にのみ使用し、委託先へは必要な範囲でお伝えします。</p>
<p style="font-size:11px">発行：総務部 食堂運営事務局</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Internal HTML newsletter to all staff: menu and allergen table, internal recipients only.",
)

# 052 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[KUWABARA, HIWATARI],
    cc=[ONODERA, ANSAI],
    subject="12/18 定例会 議事メモ",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
桑原様、樋渡様、小野寺様、安斎様

本日の定例会、ありがとうございました。議事メモを共有します。

1. 11月実績：喫食数 平均272食/日（前年同月比 +3.1%）、売上 5,012,340円
2. 待ち時間対策：麺類の第2レーンを1/14から試行（北国フーズ様）
3. 衛生点検指摘への対応：包丁保管手順を改訂済み、改善報告書受領（12/16）
4. 2月献立：節分・バレンタイン企画は案どおり
5. 次回：1月22日（水）15:00〜 本社5F 第2会議室

修正があれば12/20までにご連絡ください。

{SIG_SAEKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Meeting notes to four people of one external organisation: one party only, no personal data.",
)

# 053 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=[HIWATARI, "ベンドテック 保守窓口 <service@vendtech-jidouhanbai.co.jp>"],
    cc=["niwa.shunsuke@hinode-sangyo.co.jp"],
    subject="食堂 改修工事に伴う自販機の移設日程",
    charset="iso-2022-jp",
    body=f"""北国フーズ 樋渡様
ベンドテック株式会社 保守窓口 ご担当者様

お世話になっております。日の出産業 施設管理課の大河内です。

2月の食堂床面改修（2/8〜2/11）に伴い、食堂内の自販機4台（カップ式1、缶3）を
一時的にエントランスホールへ移設します。

　搬出：2/7（金）19:00〜（食堂閉店後）
　戻し：2/11（火・祝）13:00〜

カップ式は給水接続があるため、ベンドテック様には配管の切り離しをお願いします。
樋渡様には2/7の夕方までに食堂側の什器の片付けをお願いいたします。

{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="Coordination with the caterer and the vending-machine firm: two external organisations is a normal three-way mail.",
)

# 054 ----------------------------------------------------------------------------------
add(
    sender=IWANAGA,
    to=["日の出産業様食堂 厨房 <hinode-kitchen@shokudo.kitaguni-foods.co.jp>"],
    cc=[HIWATARI],
    subject="本日の喫食数 変更（-18食）",
    charset="utf-8",
    body="""厨房ご担当者様

お疲れさまです。総務の岩永です。
本日午後の全社研修が急きょオンライン開催になり、品証・物流の一部が在宅となりました。
昼食の予定数を 281 → 263 に変更願います。直前の連絡で申し訳ありません。

岩永（内線2217）
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Meal-count change to a subdomain of the caterer's real domain (not a look-alike).",
)

# 055 ----------------------------------------------------------------------------------
add(
    sender=HIGA,
    to=["さくらホテル 宴会課 <banquet@sakura-hote1.jp>"],
    subject="賀詞交歓会 料理プランの確定について",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会課 ご担当者様

お世話になっております。日の出産業の比嘉です。
1/24の賀詞交歓会、料理は「和洋ビュッフェ 松（8,800円）」で確定とさせてください。
お飲み物はフリードリンク（2時間）、ノンアルコールを多めにお願いします。
最終人数は1/17（金）にご連絡いたします。

{SIG_HIGA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="Hotel booking mail sent to sakura-hote1.jp (digit 1 for l): a look-alike of the partner's domain.",
)

# 056 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=["川崎電機 サービス部 <service@kawasaki-denki.co.jp>"],
    subject="食器洗浄機 エラー表示（E-23）修理依頼",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社 サービス部 御中

お世話になっております。日の出産業 施設管理課の大河内です。
社員食堂のコンベア式食器洗浄機で本日昼からエラーが頻発しています。

　機種：KDW-C4200（製造番号 C42-1908-00317）
　設置：2019年8月／保守契約番号 KDM-2019-4451
　症状：すすぎ工程で「E-23 すすぎ温度異常」表示、リセットで一時復旧
　すすぎ温度計：72〜76℃（通常は82℃以上）

昼のピーク後（14時以降）でしたら厨房に入っていただけます。
至急、点検のご手配をお願いいたします。

{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Repair request with model, serial and contract numbers: equipment, not people.",
)

# 057 ----------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=[ONODERA],
    subject="1月からの治療食対象者（社員番号のみ）",
    charset="iso-2022-jp",
    body=f"""小野寺様

お世話になっております。健康管理室の森下です。
先日ご相談したエネルギーコントロール食・減塩食の対象者について、
氏名は伏せて社員番号のみの一覧をPDFでお送りします。
食堂のICカードと社員番号でひも付けていただければ、会計時に判別できるかと思います。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "pdf",
        "name": "治療食対象者一覧_202501.pdf",
        "title": "治療食対象者一覧",
        "lines": ["治療食対象者一覧（2025年1月〜）", "日の出産業株式会社 健康管理室"],
        "table": [
            ["社員番号", "所属", "生年月日", "区分", "理由（主治医指示）"],
            ["H10552", "営業一課", "S61.7.23", "エネルギー600kcal", "2型糖尿病"],
            ["H10018", "営業二課", "S49.11.2", "減塩（2g/食）", "高血圧症"],
            ["H09874", "品質保証部", "S55.3.30", "脂質制限", "脂質異常症"],
            ["H11203", "経理部", "H3.1.17", "エネルギー600kcal", "妊娠糖尿病"],
            ["H08120", "物流管理課", "S45.9.8", "減塩・たんぱく制限", "慢性腎臓病（ステージ3）"],
            ["H12231", "人事部", "H6.5.4", "減塩（2g/食）", "高血圧症"],
        ],
    }],
    expect="stop",
    entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Six rows of employee no., birth date and diagnosis (no name column) in a PDF to the caterer.",
)

# 058 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=["朝日丘市保健所 健康づくり課 栄養担当 <eiyo@city.asahigaoka.lg.jp>"],
    subject="特定給食施設 変更届の要否について（お問い合わせ）",
    charset="iso-2022-jp",
    body=f"""朝日丘市保健所 健康づくり課
栄養担当 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 総務部の佐伯と申します。
弊社本社の社員食堂（特定給食施設 届出番号 第A-0417号）について、
2025年4月から委託先が変更となる可能性がございます。

その場合、
　1. 特定給食施設の変更届が必要か（委託先の変更のみで、施設・定員は変わりません）
　2. 管理栄養士の配置状況の報告様式
についてご教示いただけますでしょうか。

お手数をおかけしますが、よろしくお願い申し上げます。

{SIG_SAEKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Procedural question to the local health centre; no personal data.",
)

# 059 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[ONODERA],
    subject="FW: 【健康管理室】食事配慮が必要な新入社員について",
    charset="iso-2022-jp",
    body=f"""小野寺様

お世話になっております。佐伯です。
4月の新入社員のうち、食事面で配慮が必要な方について健康管理室から
連絡がありましたので転送いたします。4/7から食堂を利用されます。

{SIG_SAEKI}

-----Original Message-----
From: 森下 千尋 <morishita.c@hinode-sangyo.co.jp>
Sent: Tuesday, March 18, 2025 4:02 PM
To: 佐伯 真理子 <saeki-m@hinode-sangyo.co.jp>
Subject: 【健康管理室】食事配慮が必要な新入社員について

佐伯さん

雇入時健診の問診票で申告のあった新入社員です。食堂への連絡をお願いします。

・阿部川 颯太（営業本部）……小麦アレルギー（運動誘発アナフィラキシーの既往）
・ファティマ・ハサン（海外事業部）……イスラム教のため豚肉・アルコール不可
・小鳥遊 紬（経理部）……1型糖尿病、インスリン使用中。昼食の時間を固定したい
・鳴海 桜子（品質保証部）……ピーナッツ、そば
・宍戸 湊（物流管理課）……クローン病、低脂質・低残渣食の指示あり

森下
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Forward of an internal health-office mail listing five new hires' diseases and religion to the caterer.",
)

# 060 ----------------------------------------------------------------------------------
add(
    sender=NIWA,
    to=["総務部長 <somu-bucho@hinode-sangyo.co.jp>"],
    cc=["saeki-m@hinode-sangyo.co.jp"],
    subject="FW: 食中毒事案に関する報告書（北国フーズ）",
    charset="iso-2022-jp",
    body=f"""部長

北国フーズから事案報告書が届きました。要点は以下です。
・原因食品：B定食「鶏ささみの梅しそ和え」（加熱不足、中心温度記録の欠落）
・保健所の処分：11/15〜11/17 営業停止（3日間）
・再発防止策：加熱工程の中心温度記録のダブルチェック、ささみの生食風調理の廃止
・見舞金：有症者7名に各3万円を北国フーズが負担

詳細は転送元をご覧ください。

丹羽

---------- 転送メッセージ ----------
差出人: 桑原 直樹 <kuwabara.n@kitaguni-foods.co.jp>
件名: 食中毒事案に関する報告書

丹羽様
この度は多大なるご迷惑をおかけし、誠に申し訳ございません。
事案報告書を添付いたします。有症者7名の皆様には改めてお見舞い申し上げます。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Internal forward of the caterer's incident summary; counts only and internal recipients.",
)

# 061 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=["総務課 <somuka@hinode-sangyo.co.jp>"],
    subject="食中毒・異物混入時の緊急連絡網（2025年版）",
    charset="shift_jis",
    body=f"""総務課各位

食堂関連の緊急連絡網を更新しました。夜間・休日に保健所や委託先から
連絡が入った場合は、上から順に電話してください。

　順位　氏名　　　　役割　　　　　　携帯
　1　　丹羽 俊介　　総務課長　　　　{mobile()}
　2　　佐伯 真理子　厚生担当　　　　{mobile()}
　3　　大河内 恵　　施設管理　　　　{mobile()}
　4　　岩永 拓也　　厚生担当（副）　{mobile()}
　5　　森下 千尋　　健康管理室　　　{mobile()}
　6　　比嘉 さやか　庶務　　　　　　{mobile()}

委託先（北国フーズ）の夜間窓口：0120-48-2291（24時間）

{SIG_SAEKI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Emergency call tree with six staff mobiles, sent to an internal team address only.",
)

# 062 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    subject="配達状況の確認（防災備蓄食 送り状番号 4410-2287-3065）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 お客様センター御中

お世話になっております。日の出産業 施設管理課の大河内です。
12月3日着予定で手配いただいた防災備蓄食（アルファ米・保存水）の配送について、
追跡画面が「輸送中」のまま更新されておりません。

　送り状番号：4410-2287-3065 ／ 4410-2287-3076（計2口・パレット）
　出荷元：北国フーズ株式会社 札幌物流センター
　お届け先：本社B1F 搬入口（〒105-0013 東京都港区浜松町2-7-15）

搬入口の使用には事前予約が必要なため、到着予定日時をお知らせいただけますでしょうか。

{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Tracking-number enquiry for stockpile food; a company address only.",
)

# 063 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[ONODERA],
    cc=[HIWATARI],
    subject="3月献立（確定版）の返送",
    charset="iso-2022-jp",
    body=f"""小野寺様

3月の献立、確定版を返送いたします。
変更点はシート「変更履歴」にまとめました。栄養価シートの3/12の数値も修正しています。

{SIG_SAEKI}
""",
    attachments=[{
        "kind": "xlsx",
        "name": "献立表_2025年3月_確定.xlsx",
        "sheets": {
            "週間献立": [["2025年3月 社員食堂 献立（第2週）"], [],
                     ["日付", "A定食", "B定食", "麺", "小鉢"],
                     ["3/10", "チキン南蛮", "鯖の塩焼き", "肉うどん", "ひじき煮"],
                     ["3/11", "回鍋肉", "鮭のムニエル", "担々麺", "ほうれん草のお浸し"],
                     ["3/12", "ロールキャベツ", "ぶりの照り焼き", "山菜そば", "切干大根"],
                     ["3/13", "豚の角煮", "白身魚フライ", "味噌ラーメン", "冷奴"],
                     ["3/14", "ホワイトデー特別 オムライス", "筑前煮", "きつねそば", "いちごムース"]],
            "栄養価": [["日付", "A kcal", "A 食塩g", "B kcal", "B 食塩g"],
                    ["3/10", 862, 3.4, 611, 2.9], ["3/11", 798, 3.8, 655, 2.2],
                    ["3/12", 702, 3.1, 688, 3.0], ["3/13", 915, 3.6, 742, 2.7],
                    ["3/14", 834, 2.8, 590, 3.3]],
            "アレルゲン": [["料理", "卵", "乳", "小麦", "そば", "落花生", "えび", "かに", "くるみ"],
                      ["チキン南蛮", "○", "", "○", "", "", "", "", ""],
                      ["担々麺", "", "", "○", "", "○", "", "", ""],
                      ["いちごムース", "", "○", "", "", "", "", "", ""]],
            "変更履歴": [["日付", "変更前", "変更後", "理由"],
                     ["3/12", "かに玉", "ロールキャベツ", "甲殻類対応の負担軽減"]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="Menu workbook (menu, nutrition, allergens, change log) to the caterer: dishes only.",
)

# 064 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=[ANSAI],
    subject="定期衛生点検 報告書（12月実施分）",
    charset="iso-2022-jp",
    body=f"""安斎様

お世話になっております。大河内です。
検査機関から届いた12月実施分の衛生点検報告書（PDF）をお送りします。
PDFは検査機関の設定で閲覧パスワード付きとなっております。
パスワードは樋渡チーフにお伝え済みですので、そちらでご確認ください。

{SIG_OKOCHI}
""",
    attachments=[{
        "kind": "pdf",
        "name": "衛生点検報告書_202412.pdf",
        "password": "ks2412",
        "lines": ["衛生点検報告書", "日の出産業株式会社 本社社員食堂", "実施日 2024年12月10日",
                  "包丁（加熱前用）大腸菌群 陽性 → 要改善"],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="Password-protected PDF attached: its content cannot be inspected.",
)

# 065 ----------------------------------------------------------------------------------
add(
    sender=IWANAGA,
    to=[HIWATARI],
    cc=[ANSAI],
    subject="異物混入のご報告（1/15 昼 A定食）",
    charset="utf-8",
    body=f"""樋渡さん
（CC：品質管理部 安斎様）

お疲れさまです。岩永です。
本日昼、A定食（鶏の唐揚げ）の付け合わせのキャベツに、長さ約4cmの
黒い毛髪が混入していたと利用者から申し出がありました。
利用者に健康被害はなく、返金（450円）はカウンターで対応済みです。

現物はチャック付き袋に入れて総務で保管しています。
原因調査と、盛付工程での帽子・ネットの着用状況の確認をお願いします。
1/22の定例までに報告書をいただけますと助かります。

{SIG_IWANAGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Foreign-matter complaint reported without identifying the diner.",
)

# 066 ----------------------------------------------------------------------------------
add(
    sender=IWANAGA,
    to=[ANSAI],
    subject="Re: 異物混入の件 申出者様へのご説明について",
    charset="utf-8",
    body=f"""安斎様

お世話になっております。岩永です。
報告書の内容について、申出者ご本人に直接ご説明いただけるとのこと、
ありがとうございます。ご本人の了承が取れましたので連絡先をお伝えします。

　申出者：東海林 剛（品質保証部）
　携帯：{mobile()}（平日12時〜13時は出られないとのことです）

ご説明の前に、私にも一報いただけますと幸いです。

{SIG_IWANAGA}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="One employee's name and mobile passed to the caterer with his consent: a single contact, may be warned.",
)

# 067 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[HIWATARI],
    subject="念のためのご連絡（体調不良者1名）",
    charset="iso-2022-jp",
    body=f"""樋渡様

お世話になっております。佐伯です。
念のためのご連絡です。法務室（所属3名）の40代男性社員1名が、昨夜から嘔吐・下痢の
症状があり、本日病院でノロウイルス陽性と診断されたと連絡がありました。
家族にも同様の症状があるそうで、食堂が原因とは考えにくいのですが、
昨日（1/20）の昼にA定食を喫食していたため、念のため検食の保管をお願いします。

現時点で他に体調不良の申し出はありません。

{SIG_SAEKI}
""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Diagnosis of an unnamed employee, but a three-person office plus age and sex make him nearly identifiable.",
)

# 068 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[HIWATARI],
    cc=[ANSAI],
    subject="FW: 【朝日丘市】ノロウイルス食中毒注意報の発令について",
    charset="iso-2022-jp",
    body=f"""樋渡様、安斎様

市から注意報の通知が来ましたので共有します。
手洗い・調理器具の次亜塩素酸消毒の徹底、体調不良時の就業自粛について
あらためて厨房スタッフへの周知をお願いいたします。

佐伯

-----Original Message-----
From: 朝日丘市保健所 <info-hoken@city.asahigaoka.lg.jp>
Subject: 【朝日丘市】ノロウイルス食中毒注意報の発令について

市内の集団給食施設・飲食店の皆様へ

市内の感染性胃腸炎の定点当たり報告数が基準値を超えたため、本日、
ノロウイルス食中毒注意報を発令しました。
・調理従事者の健康状態の確認（下痢・嘔吐等の症状がある場合は調理に従事させない）
・二枚貝等は中心部85〜90℃で90秒以上加熱
・トイレ使用後・調理前の手洗いの徹底
お問い合わせ：朝日丘市保健所 生活衛生課 食品衛生係 TEL 0428-22-5170
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Forward of a public health advisory to the caterer: general guidance, no persons.",
)

# 069 ----------------------------------------------------------------------------------
_inner069 = {
    "sender": "人事部 採用担当 <saiyo@hinode-sangyo.co.jp>",
    "to": ["佐伯 真理子 <saeki-m@hinode-sangyo.co.jp>"],
    "subject": "中途入社者（1月）食堂利用登録のお願い",
    "charset": "iso-2022-jp",
    "body": """佐伯さん

1月入社の中途採用者8名の食堂利用登録をお願いします。
入社時アンケートで食物アレルギーの申告があった方は備考に記載しています。

氏名,フリガナ,入社日,所属,社員番号,備考
柳生 遼平,ヤギュウ リョウヘイ,2025/1/6,営業一課,H12601,
香月 奈央,カツキ ナオ,2025/1/6,経理部,H12602,乳アレルギー
嶋津 耕太,シマヅ コウタ,2025/1/6,情報システム部,H12603,
乾 ひかり,イヌイ ヒカリ,2025/1/6,総務課,H12604,そばアレルギー（重度）
蔵前 大地,クラマエ ダイチ,2025/1/14,物流管理課,H12605,
伊集院 美月,イジュウイン ミヅキ,2025/1/14,人事部,H12606,
外山 拓真,トヤマ タクマ,2025/1/20,品質保証部,H12607,えび・かにアレルギー
五十嵐 結衣,イガラシ ユイ,2025/1/20,営業二課,H12608,

人事部 採用担当
""",
}
add(
    sender=SAEKI,
    to=[HIWATARI],
    subject="FW: 中途入社者（1月）食堂利用登録のお願い",
    charset="iso-2022-jp",
    body=f"""樋渡様

1月入社の方の一覧です（人事からのメールを添付します）。
ICカードの登録と、アレルギーのある3名の方の除去食対応をお願いします。

{SIG_SAEKI}
""",
    attachments=[{"kind": "eml", "name": "中途入社者_食堂利用登録.eml", "message": _inner069}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Attached internal mail with eight new hires' names, IDs and allergies, forwarded to the caterer.",
)

# 070 ----------------------------------------------------------------------------------
add(
    sender=HIGA,
    to=["さくらホテル 宴会課 <banquet@sakura-hotel.jp>"],
    cc=[KUWABARA],
    subject="6/20 社員総会 懇親会の料理分担について",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会課 ご担当者様
北国フーズ 桑原様

お世話になっております。日の出産業の比嘉です。
6/20（金）の社員総会後の懇親会（約450名）は、会場の都合で2会場に分かれます。

　・第1会場（さくらホテル 鳳凰の間／300名）：さくらホテル様の立食ブッフェ
　・第2会場（本社B1F 社員食堂／150名）：北国フーズ様のオードブル

メニューの重複を避けたいので、それぞれのメニュー案を5/30までに
比嘉までお送りいただけますでしょうか。アレルゲン表示カードの様式は
両会場で揃えたいと考えております。

{SIG_HIGA}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="Three-way planning mail with the hotel and the caterer: two external organisations.",
)

# 071 ----------------------------------------------------------------------------------
add(
    sender=HIGA,
    to=[HIWATARI],
    subject="2/5 来賓昼食（役員会議室）のご注文",
    charset="iso-2022-jp",
    body=f"""樋渡様

2/5（水）12:00、役員会議室での来賓昼食4名分をお願いします。
お食事のご希望を秘書室経由で伺っていますのでお伝えします。

　・相良 英一郎 様（川崎電機 常務）……通常の御膳
　・Ms. Claire Dubois（同社 欧州法人）……ベジタリアン（ご本人の嗜好、魚介も不可）
　・城ケ崎 玲子 様（同社 経営企画部長）……量少なめ
　・当社 社長……通常の御膳

御膳は「梅」（3,240円）でお願いいたします。

{SIG_HIGA}
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="Four lunch guests with food preferences (a chosen diet, not religion or illness): under five people.",
)

# 072 ----------------------------------------------------------------------------------
_ic_rows = [["カードID", "社員番号", "氏名", "所属", "メールアドレス", "チャージ上限"]]
_given = ["亮", "美咲", "健一", "彩花", "翔太", "千尋", "大樹", "結衣", "蓮", "陽菜", "悠真", "咲良"]
_family = ["青山", "石黒", "藤沢", "星野", "金本", "竹内", "森川", "安田", "堤", "小堀", "真田", "広瀬",
           "南雲", "海老名", "魚住", "柿沼", "瀬川", "溝部", "及川", "浦田"]
_romaji = {"青山": "aoyama", "石黒": "ishiguro", "藤沢": "fujisawa", "星野": "hoshino", "金本": "kanemoto",
           "竹内": "takeuchi", "森川": "morikawa", "安田": "yasuda", "堤": "tsutsumi", "小堀": "kobori",
           "真田": "sanada", "広瀬": "hirose", "南雲": "nagumo", "海老名": "ebina", "魚住": "uozumi",
           "柿沼": "kakinuma", "瀬川": "segawa", "溝部": "mizobe", "及川": "oikawa", "浦田": "urata"}
for _i, _f in enumerate(_family):
    _ic_rows.append([f"04{rng.randrange(10**9, 10**10)}", f"H{11000 + _i * 37}", f"{_f} {rng.choice(_given)}",
                     rng.choice(["営業一課", "営業二課", "経理部", "人事部", "品質保証部", "物流管理課"]),
                     f"{_romaji[_f]}.{_i:02d}@hinode-sangyo.co.jp", 10000])
add(
    sender=IWANAGA,
    to=["ペイゲートソリューションズ 導入支援 <onboarding@paygate-solutions.co.jp>"],
    subject="食堂キャッシュレス決済 初期登録データ（第1弾）",
    charset="utf-8",
    body=f"""ペイゲートソリューションズ株式会社
導入支援チーム ご担当者様

お世話になっております。日の出産業 総務の岩永です。
食堂キャッシュレス決済の初期登録データ（第1弾・20名分）をお送りします。
ZIPの中にCSV（UTF-8）が入っています。残りは来週お送りします。

{SIG_IWANAGA}
""",
    attachments=[{
        "kind": "zip",
        "name": "shokudo_ic_touroku_01.zip",
        "files": [{"kind": "csv", "name": "ic_card_users_01.csv", "encoding": "utf-8", "rows": _ic_rows},
                  {"kind": "txt", "name": "readme.txt", "text": "カードIDは社員証ICのIDmです。\nチャージ上限は円単位。\n"}],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP (not encrypted) with a CSV of 20 employees' names, card IDs and e-mails to a payment vendor.",
)

# 073 ----------------------------------------------------------------------------------
add(
    sender=IWANAGA,
    to=["ペイゲートソリューションズ 導入支援 <onboarding@paygate-solutions.co.jp>"],
    subject="Re: 管理画面アカウントの発行について",
    charset="utf-8",
    body=f"""ご担当者様

お世話になっております。岩永です。
管理画面の管理者アカウントは、当面私1名でお願いします。

　氏名：岩永 拓也（総務部総務課）
　ログインID（メール）：iwanaga.t@hinode-sangyo.co.jp
　二段階認証用 携帯：{mobile()}

売店レジ端末（2台）の設置日は2/3（月）10時で確定です。
回線はゲスト用Wi-Fiではなく、有線（VLAN 120）を用意しています。

{SIG_IWANAGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="The sender's own account details for the vendor's admin screen: the sender's own contact data only.",
)

# 074 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=["森下 千尋 <morishita.c@hinode-sangyou.co.jp>"],
    subject="除去食対象者の確認（健康管理室の記録との突合せ）",
    charset="iso-2022-jp",
    body=f"""森下さん

お疲れさまです、佐伯です。
食堂の除去食対象者と、健康管理室で把握しているアレルギー申告者に
ずれがないか確認をお願いできますか。食堂側の一覧は以下です。

1. 鬼塚 亮介　営業一課　そば・落花生（アナフィラキシー既往）
2. 四方田 千夏　経理部　卵
3. 東海林 剛　品質保証部　えび・かに
4. 乙部 美咲　総務課　乳・小麦
5. 瀬戸口 洋平　物流管理課　キウイ・もも
6. 仲宗根 莉子　人事部　くるみ・ごま
7. 栗林 智也　総務課　えび・かに

{SIG_SAEKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="Meant for a colleague, but addressed to hinode-sangyou.co.jp (letter added): a look-alike of the own domain, carrying an allergy list.",
)

# 075 ----------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["佐伯 真理子 <saeki-m@mail.hinode-sangyo.co.jp>"],
    subject="Re: 除去食対象者の確認",
    charset="iso-2022-jp",
    body=f"""佐伯さん

突合せしました。健康管理室の記録との差分は次の2名です。

・四方田 千夏さん：卵のほか、今年の健診問診票で「乳」も申告あり（軽度）
・阿部川 颯太さん（4月入社予定）：小麦（運動誘発アナフィラキシー）、食堂一覧に未掲載

ご本人の了承を取ってから食堂一覧に追加してください。

{SIG_MORISHITA}
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Health details of two employees sent to an internal subdomain address (mail.hinode-sangyo.co.jp).",
)

# 076 ----------------------------------------------------------------------------------
add(
    sender="Mariko Saeki <saeki-m@hinode-sangyo.co.jp>",
    to=["Certification Desk <certification@japan-halal-council.or.jp>"],
    subject="Halal kitchen assessment for our staff canteen - scheduling",
    charset="utf-8",
    body=f"""Dear Certification Desk,

Thank you for your reply and for the application pack.

We would like to proceed with the preliminary assessment of our staff canteen kitchen
(Hinode Sangyo head office, B1F, operated under contract by Kitaguni Foods Co., Ltd.).
The scope we have in mind is one dedicated halal line (storage, preparation, serving)
of about 20 meals per day, not the whole kitchen.

Possible dates for the site visit: 4, 5 or 6 February, any time after 14:00.
Our caterer's quality manager will attend together with me.

Could you also let us know the assessment fee and whether the fee for the
follow-up audit is charged separately?

Kind regards,

Mariko Saeki
General Affairs Section, Hinode Sangyo Co., Ltd.
Tel +81-3-5412-7730

{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English enquiry to a halal certification body about the kitchen; the word 'confidential' is only in the standard disclaimer.",
)

# 077 ----------------------------------------------------------------------------------
add(
    sender=IWANAGA,
    to=[HIWATARI],
    subject="2/14（金）喫食数の変更と臨時営業について",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
樋渡様

お世話になっております。日の出産業の岩永です。
2/14（金）は本社ビルの法定電気設備点検のため、下記のとおりとさせてください。

　・昼食：通常どおり（予定 255食）
　・夕方以降：停電（18:00〜22:00）のため、夜食・喫茶の営業なし
　・冷蔵・冷凍庫：非常用電源に接続済み（施設管理課にて確認）

点検当日は18時までに厨房の火元確認をお願いいたします。

{SIG_IWANAGA}

{DISCLAIMER_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Meal-count and opening-hours change with the standard Japanese confidentiality disclaimer (not a marking).",
)

# 078 ----------------------------------------------------------------------------------
add(
    sender=NIWA,
    to=[KUWABARA, ANSAI],
    subject="食中毒発生時対応マニュアル（改訂版）のご共有",
    charset="iso-2022-jp",
    body=f"""桑原様、安斎様

お世話になっております。丹羽です。
11月の事案を受けて改訂した弊社の対応マニュアルをお送りします。
貴社側の手順書と整合が取れているかご確認いただけますでしょうか。

{SIG_NIWA}
""",
    attachments=[{
        "kind": "docx",
        "name": "食中毒発生時対応マニュアル_v3.docx",
        "title": "食中毒発生時対応マニュアル（第3版）",
        "page_header": "取扱注意　日の出産業株式会社 総務部",
        "page_footer": "本書の無断複製・社外持出しを禁ず",
        "paragraphs": [
            "【取扱注意】食中毒発生時対応マニュアル（第3版）",
            "1. 目的　社員食堂において食中毒又はその疑いが生じた場合の初動と連絡体制を定める。",
            "2. 初動　有症者の申出を受けた者は、直ちに総務課長へ報告する。",
            "3. 連絡体制　総務課長は、委託先現場責任者、保健所、産業医へ連絡する。",
            "4. 有症者情報　氏名等の個人情報は保健所の求めに応じ総務課から提供し、委託先へは提供しない。",
            "5. 広報　社外からの問い合わせは総務部長が一元的に対応する。",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="Attached manual stamped 取扱注意 in its header and title, sent to the caterer.",
)

# 079 ----------------------------------------------------------------------------------
add(
    sender=HIGA,
    to=[HIWATARI],
    subject="Re: 献立表の掲示・配布について",
    charset="iso-2022-jp",
    body=f"""樋渡様

ご確認ありがとうございます。
お問い合わせの件ですが、月間献立表は社外秘ではありませんので、
食堂入口への掲示、卓上POP、近隣の協力会社さん（テナント）への配布も
問題ございません。

なお、原価や仕入先が載っている「献立原価表」の方は社内資料扱いですので、
こちらは掲示しないようお願いいたします。

{SIG_HIGA}

> 比嘉様
> 献立表を同じビルのテナントさんにも配ってよいか、社外秘扱いかどうか
> 念のため確認させてください。
> 樋渡
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Says the menu is NOT 社外秘: a mention of the word, not a marking on the mail or a document.",
)

# 080 ----------------------------------------------------------------------------------
add(
    sender=NIWA,
    to=[ANSAI],
    cc=["saeki-m@hinode-sangyo.co.jp"],
    subject="有症者の喫食状況（原因究明用・氏名なし）",
    charset="utf-8",
    body=f"""安斎様

原因究明のため、有症者の喫食状況を氏名を伏せてお送りします。

社員番号	年代	性別	所属	11/12昼	11/13昼	発症	症状	受診・診断
H10914	30代	男	営業二課	A定食	B定食	11/14 2:00	下痢・発熱38.6	受診 カンピロバクター腸炎疑い
H11522	20代	女	経理部	麺	B定食	11/14 5:30	下痢・腹痛	未受診
H08377	50代	男	品質保証部	B定食	B定食	11/13 23:10	下痢・嘔気・発熱	受診 便培養中
H09650	40代	女	人事部	A定食	B定食	11/14 8:00	腹痛・倦怠感	未受診
H12214	20代	男	物流管理課	B定食	B定食	11/14 1:45	水様性下痢・発熱39.0	受診 カンピロバクター陽性
H10337	30代	女	総務課	A定食	B定食	11/14 6:20	下痢・腹痛	受診 急性胃腸炎
H09102	40代	男	営業一課	麺	B定食	11/14 10:15	下痢	未受診

全員が11/13のB定食を喫食しています。

{SIG_NIWA}
""",
    expect="stop",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Seven rows keyed by employee number with symptoms and diagnoses (no name column) to the caterer.",
)

# 081 ----------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=["産業医 桐生先生 <kiryu.sangyoi@hinode-sangyo.co.jp>"],
    subject="食中毒疑い 有症者の経過（11/18時点）",
    charset="iso-2022-jp",
    body=f"""桐生先生

健康管理室の森下です。有症者7名の経過をご報告します。

　宇佐美 恭平　　11/15 解熱、11/18 出社
　柘植 まどか　　症状消失、11/15 出社
　日下部 隆　　　便培養でカンピロバクター検出、11/19 出社予定
　国分 沙織　　　11/15 出社
　新垣 大輝　　　11/16 まで入院（脱水）、自宅療養中
　波多野 絢子　　11/18 出社
　鷲尾 健太郎　　11/15 出社

新垣さんについて、復帰時の面談をお願いできますでしょうか。

{SIG_MORISHITA}
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Named patients' progress sent to the company doctor at an internal address.",
)

# 082 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=[HIWATARI],
    subject="月次 衛生自主点検表（1月分）の様式変更",
    charset="shift_jis",
    body=f"""樋渡チーフ

1月分から月次の自主点検表の様式を変更します。
HACCPの考え方を取り入れた衛生管理の手引きに合わせ、重要管理点の欄を追加しました。
毎月5日までに前月分の提出をお願いします。

{SIG_OKOCHI}
""",
    attachments=[{
        "kind": "xlsx",
        "name": "衛生自主点検表_様式2025.xlsx",
        "sheets": {
            "日次点検": [["社員食堂 日次衛生点検表（2025年1月）"], [],
                     ["日付", "冷蔵庫1(℃)", "冷蔵庫2(℃)", "冷凍庫(℃)", "加熱中心温度(℃)", "手洗い確認", "点検者印"],
                     ["1/6", "", "", "", "", "", ""], ["1/7", "", "", "", "", "", ""]],
            "月次点検": [["項目", "基準", "結果(○/×)", "是正措置"],
                     ["グリストラップ清掃", "週1回以上", "", ""],
                     ["防虫防鼠", "月1回業者", "", ""],
                     ["従業員の健康チェック", "毎日始業前", "", ""],
                     ["検食保存", "原材料・調理済各50g 2週間 -20℃以下", "", ""]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="Blank hygiene checklist template: no people, no data.",
)

# 083 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[HIWATARI],
    subject="パート応募者のご紹介（3名）",
    charset="iso-2022-jp",
    body=f"""樋渡様

お疲れさまです。佐伯です。
社内掲示でパート募集をご案内したところ、社員の紹介で3名から応募がありました。
ご本人たちの了承を得ていますので、連絡先をCSVでお送りします。
面接のご連絡は直接お願いいたします。

{SIG_SAEKI}
""",
    attachments=[{
        "kind": "csv",
        "name": "パート応募者_紹介分.csv",
        "encoding": "cp932",
        "rows": [["氏名", "年齢", "電話", "住所", "希望時間帯"],
                 ["戸井田 弘美", "52", zen(mobile()), "東京都港区芝浦3-16-9", "9:00-14:00"],
                 ["岸辺 ゆかり", "44", mobile(), "東京都品川区東品川2-5-8-301", "10:00-15:00"],
                 ["Maria Santos", "38", mobile(), "東京都大田区蒲田5丁目21番4号", "洗浄 13:00-17:00"]],
    }],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Three applicants' contacts in a CSV to the caterer: under five people, may be warned.",
)

# 084 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=["朝日丘市保健所 健康づくり課 栄養担当 <eiyo@city.asahigaoka.lg.jp>"],
    subject="栄養管理報告書（令和6年11月分）の提出",
    charset="iso-2022-jp",
    body=f"""朝日丘市保健所 健康づくり課 栄養担当 御中

お世話になっております。日の出産業株式会社 総務部の佐伯でございます。
特定給食施設（届出番号 第A-0417号）の栄養管理報告書を提出いたします。

　対象月：令和6年11月
　給食数：1日平均 272食（昼食のみ、提供日数 19日）
　利用者：従業員 605名（男性 388名・女性 217名）
　給与エネルギー量（平均）：756kcal　食塩相当量：3.3g
　管理栄養士：1名（受託会社配置）
　ヘルシーメニュー提供：週3回

様式のExcelは、ご指定のフォームから別途アップロードいたしました。

{SIG_SAEKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Statutory nutrition report with aggregate figures only.",
)

# 085 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=[ANSAI],
    subject="Re: 12月度 検便の実施日について",
    charset="iso-2022-jp",
    body=f"""安斎様

ご連絡ありがとうございます。12月度の検便は12/16（月）回収で承知しました。
対象は調理従事者 9名と、臨時で入る応援スタッフ 2名の計11名とのこと、了解です。

結果は例月どおり、全員陰性であれば「全員陰性」の一文で結構です。
陽性者が出た場合のみ、就業制限の内容とあわせて個別にご連絡ください。

{SIG_OKOCHI}

> 大河内様
> 12月度の検便は12/16回収、11名分の予定です。
> 北国フーズ 安斎
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Stool-test schedule with head counts only; no individual results.",
)

# 086 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[HIWATARI],
    subject="検食簿の記入について",
    charset="utf-8",
    body=f"""樋渡様

いつもありがとうございます。佐伯です。
今月から検食（試食による事前確認）を総務課の持ち回りで行っていますが、
検食簿の「所見」欄が空欄の日が続いています。

　・検食は11:15までに実施し、味付け・異味異臭・加熱状態・盛付量を確認
　・異常がなければ「異常なし」と記入、担当者の押印
　・指摘があった場合は、その場でチーフへ口頭で伝え、対応内容を記入

厨房の入口に置いている検食簿をこちらの担当者が記入するようにしますので、
チーフからも声をかけていただけると助かります。

{SIG_SAEKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Procedure note about the tasting log; nothing personal.",
)

# 087 ----------------------------------------------------------------------------------
add(
    sender=MATSUO,
    to=[KUWABARA],
    subject="2025年度 厨房使用料・光熱費負担額のご案内",
    charset="shift_jis",
    body=f"""北国フーズ株式会社
桑原様

お世話になっております。日の出産業 経理部の松尾です。
2025年度（4月〜翌3月）の厨房使用料および光熱費の負担額を下記のとおりご案内します。

　区分　　　　　　　　月額（税抜）　　算定根拠
　厨房使用料　　　　　　150,000円　　　契約第8条（据え置き）
　電気（厨房系統）　　　 実費　　　　　　子メーター KW-03 計測値
　ガス　　　　　　　　　 実費　　　　　　ガスメーター G-1 計測値
　上下水道　　　　　　　 42,000円　　　　定額（前年度実績按分）

請求は翌月10日に、食堂運営管理費との相殺にて処理いたします。

{SIG_MATSUO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Rent and utility charges to the caterer: company accounting, no persons.",
)

# 088 ----------------------------------------------------------------------------------
add(
    sender=NIWA,
    to=["浜松町二丁目町会 防災部 <bosai@hamamatsucho2-chokai.or.jp>", KUWABARA],
    subject="災害時の炊き出し協力に関する協定（案）について",
    charset="iso-2022-jp",
    body=f"""浜松町二丁目町会 防災部 御中
北国フーズ株式会社 桑原様

いつもお世話になっております。日の出産業の丹羽でございます。
先日の打合せでお話しした、大規模災害時に弊社社員食堂の厨房と備蓄食材を用いて
地域の帰宅困難者・避難者へ炊き出しを行う件について、三者協定の案を作成いたしました。

主な内容は以下のとおりです。
　・提供規模：1日最大 500食×3日間（備蓄食材の範囲内）
　・調理：北国フーズ様の調理従事者（出勤可能な範囲）
　・配布場所：弊社1F エントランスホール
　・費用：備蓄食材は弊社負担、追加食材は町会・区の支援物資を優先

1月中に三者でお打合せの機会をいただけますでしょうか。

{SIG_NIWA}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="Disaster-relief agreement draft to the neighbourhood association and the caterer: two external organisations.",
)

# 089 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=["北国フーズ 業務用販売課 <gyomu-hanbai@kitaguni-foods.co.jp>"],
    subject="防災備蓄食 追加発注（発注番号 HS-PO-2412-0156）",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社 業務用販売課 御中

お世話になっております。日の出産業 施設管理課の大河内です。
備蓄食の入替に伴い、下記のとおり発注いたします。

発注番号：HS-PO-2412-0156

  品番          品名                          入数    数量   単価     金額
  ------------  ----------------------------  ------  -----  -------  ---------
  KF-BS-0301    アルファ米 五目ごはん（5年）  50食   20箱   11,500   230,000
  KF-BS-0305    アルファ米 白がゆ（5年）      50食    6箱   10,800    64,800
  KF-BS-1120    保存水 2L（7年）              6本    80箱    1,260   100,800
  KF-BS-2014    ようかん（5年）               60本    5箱    7,200    36,000
                                                             小計    431,600

納品希望：1月下旬（搬入口の予約が必要なため、日時は事前にご相談ください）
請求書は経理部 松尾宛にお送りください。

{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Purchase order with product codes and prices in a padded table: goods, not people.",
)

# 090 ----------------------------------------------------------------------------------
add(
    sender=IWANAGA,
    to=[HIWATARI],
    subject="独身寮 朝夕食 1月の予定食数",
    charset="utf-8",
    body=f"""樋渡さん

寮食（朝・夕）の1月予定数をxlsで送ります。寮ごと・日ごとの合計のみです。
成人の日（1/13）は朝食なしでお願いします。

{SIG_IWANAGA}
""",
    attachments=[{
        "kind": "xls",
        "name": "寮食予定数_202501.xls",
        "sheets": {
            "朝食": [["日付", "芝浦寮", "大森寮", "合計"], ["1/6", 38, 22, 60], ["1/7", 41, 23, 64],
                   ["1/8", 40, 21, 61], ["1/9", 39, 24, 63], ["1/10", 35, 20, 55]],
            "夕食": [["日付", "芝浦寮", "大森寮", "合計"], ["1/6", 31, 18, 49], ["1/7", 33, 19, 52],
                   ["1/8", 30, 17, 47], ["1/9", 34, 20, 54], ["1/10", 22, 12, 34]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="Dormitory meal counts per day in a legacy XLS: totals only.",
)

# 091 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=["厨房用品のかっぱ屋 法人営業 <hojin@kappaya-chubo.co.jp>"],
    subject="Re: 食器更新のお見積り",
    charset="shift_jis",
    body=f"""かっぱ屋 法人営業 ご担当者様

お見積りありがとうございました。以下の内容で社内決裁を進めます。

　品番 PEN-2210　強化磁器 定食皿 23cm　　　300枚 @1,480
　品番 PEN-1512　強化磁器 小鉢 12cm　　　　400枚 @  620
　品番 MEL-0918　メラミン 汁椀（朱）　　　　300個 @  540
　品番 TRY-4632　抗菌トレー 46×32cm（青）　 40枚 @2,100 ※アレルギー対応食用
　配送料　　　　　　　　　　　　　　　　　　　　一式 無料

納期は2月第1週、食堂改修後の搬入でお願いします。

{SIG_OKOCHI}

> 日の出産業株式会社 大河内様
> お見積書（No. Q-24-3381）をお送りいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Tableware quote acceptance with product codes; 'allergy' only names a tray colour.",
)

# 092 ----------------------------------------------------------------------------------
add(
    sender=NIWA,
    to=[KUWABARA],
    subject="食堂リニューアル構想（社内検討資料の抜粋）",
    charset="iso-2022-jp",
    body=f"""桑原様

先日お話しした食堂リニューアルの構想を、共有可能な範囲で抜粋しました。
運営面で実現性に懸念がある点をご指摘ください。

{SIG_NIWA}
""",
    attachments=[{
        "kind": "pptx",
        "name": "食堂リニューアル構想_抜粋.pptx",
        "slides": [
            ["社員食堂リニューアル構想（2026年度）", "日の出産業株式会社 総務部", "抜粋版"],
            ["現状の課題", "ピーク時の待ち時間 平均9分", "席数 180席（昼の回転率 1.6回）", "30代以下の利用率が低い"],
            ["方向性", "モバイルオーダー導入", "サラダバー・ボウル形式の追加", "ハラール・ベジ対応コーナーの常設"],
            ["スケジュール", "2025年度 設計", "2026年8月 工事（2週間休業）", "2026年9月 リニューアルオープン"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="Renewal concept slides to the caterer: plans and statistics, no marking, no people.",
)

# 093 ----------------------------------------------------------------------------------
add(
    sender=SAEKI,
    to=[ANSAI],
    cc=[HIWATARI],
    subject="アレルギー誤配膳（ヒヤリハット）の報告資料",
    charset="iso-2022-jp",
    body=f"""安斎様

お世話になっております。佐伯です。
2/6に発生したアレルギー誤配膳のヒヤリハットについて、来週の安全衛生委員会に
提出する資料をお送りします。当事者は匿名化しています。
再発防止策の欄に貴社の取組みを追記いただけますでしょうか。

{SIG_SAEKI}
""",
    attachments=[{
        "kind": "pptx",
        "name": "ヒヤリハット報告_0206_誤配膳.pptx",
        "slides": [
            ["アレルギー誤配膳 ヒヤリハット報告", "2025年2月6日（木）12:20頃 社員食堂"],
            ["概要", "卵除去食を申請している社員（20代・匿名）に通常のA定食（親子丼）を配膳",
             "本人が喫食前に気づき、除去食に交換。健康被害なし"],
            ["原因", "除去食トレー（青）が品切れで白トレーで用意", "名札確認を省略"],
            ["再発防止策", "青トレーの予備を20枚追加", "配膳時の名札・食券の二重確認の徹底", "（北国フーズ様 追記欄）"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="Near-miss report slides with the employee anonymised (20代・匿名): no identifiable person.",
)

# 094 ----------------------------------------------------------------------------------
add(
    sender="Sayaka Higa <higa.sayaka@hinode-sangyo.co.jp>",
    to=["Nurul Aisyah <aisyah@perdana-trading.com.my>"],
    subject="Re: Dietary requirements - Perdana Trading delegation",
    charset="utf-8",
    body="""Dear Ms. Aisyah,

Thank you very much. We have passed the requirements on to the hotel and our canteen,
and we will treat this information as confidential. Name cards with a small green mark
will be placed at the seats of the guests with halal meals.

Best regards,
Sayaka Higa

On Thu, 28 Nov 2024 at 16:40, Nurul Aisyah <aisyah@perdana-trading.com.my> wrote:
> Dear Ms. Higa,
>
> Please find below the dietary requirements of our delegation.
>
>   Mr. Ahmad Faizal Rahman   Halal (Muslim) - no pork, no alcohol
>   Ms. Siti Nurhaliza Omar   Halal (Muslim) - no pork, no alcohol
>   Mr. Rajesh Subramaniam    Hindu - no beef, vegetarian preferred
>   Mr. Tan Wei Jie           No restrictions
>   Ms. Kavitha Nair          Hindu - strict vegetarian, no egg
>   Mr. Mohd Hafiz Ismail     Halal (Muslim); shellfish allergy
>
> Best regards,
> Nurul Aisyah
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Reply whose only personal data (guests' religions) is the sender's own quoted list; 'confidential' is a mere mention.",
)

# 095 ----------------------------------------------------------------------------------
add(
    sender=HIGA,
    to=[HIWATARI],
    subject="明日の来客昼食（2名）の件",
    charset="iso-2022-jp",
    body=f"""樋渡様

明日11:50、来客2名が食堂で昼食をとられます。受付から直接食堂へご案内しますが、
到着が遅れる場合は直接ご本人から食堂へ連絡が入るかもしれません。

　・錦織 康弘 様（北九州市からのご来訪）　携帯 {zen(mobile())}
　・錦織 千代 様（同行）　携帯 {mobile()}

お代は総務課に付け替えでお願いします（伝票番号 SOMU-0219）。

{SIG_HIGA}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Two visitors' names and mobiles to the caterer: two people's contacts, may be warned.",
)

# 096 ----------------------------------------------------------------------------------
add(
    sender=OKOCHI,
    to=["協和ビルマネジメント 防災センター <bosai-center@kyowa-bm.co.jp>"],
    subject="Re: 外国籍スタッフの入館証発行に係る本人確認について",
    charset="iso-2022-jp",
    body=f"""協和ビルマネジメント株式会社
防災センター ご担当者様

お世話になっております。日の出産業の大河内です。
ご依頼のありました食堂スタッフ（北国フーズ所属）の本人確認事項を、
委託先から受領しましたのでお知らせします。

　氏名：グエン・ティ・ラン（NGUYEN THI LAN）
　国籍：ベトナム
　在留カード番号：UH48203917FA
　在留資格：特定技能1号（外食業）
　在留期間満了日：2026年8月31日

入館証は1月6日朝に防災センターでお受け取りいたします。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="A canteen worker's residence-card number with name and status sent to the building manager.",
)

# 097 ----------------------------------------------------------------------------------
add(
    sender="人事部 国際人事 <global-hr@hinode-sangyo.co.jp>",
    to=[SAEKI],
    subject="インドネシア研修生 受入れ情報（総務課向け）",
    charset="utf-8",
    body="""佐伯さん

12/2着任の研修生について、総務課で必要な情報をお送りします。

　氏名：Rizky Pratama（リズキ・プラタマ）
　在留カード番号：PK70315528EN（在留資格：研修、期限 2025/3/31）
　宗教：イスラム教（1日5回の礼拝あり、昼の礼拝は12:00〜12:30頃）
　食事：豚・アルコール不可

礼拝スペース（4F小会議室）の予約と、食堂への連絡をお願いします。
食堂へは宗教名までは伝えず、食材の制限だけ伝えていただければ十分です。

人事部 国際人事グループ
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Residence card and religion of one trainee, but from HR to General Affairs inside the company.",
)

# 098 ----------------------------------------------------------------------------------
add(
    sender=HIGA,
    to=["錦印刷 営業部 戸張様 <tobari@nishiki-insatsu.co.jp>"],
    subject="来客用食券（回数券）の増刷について",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
戸張様

お世話になっております。比嘉です。
来客用の食券を増刷したく、前回（受注番号 NP-23-0877）と同じ仕様でお願いします。

　品名：社員食堂 来客用食券（500円券）
　数量：2,000枚（20枚綴り×100冊）
　通し番号：No. 0048001 〜 No. 0050000
　用紙：上質紙 110kg（薄緑）、ミシン目入り、透かし印刷あり

前回の最終番号が No. 0048000 でしたので、連番でお願いいたします。
納期は3月14日（金）を希望します。

{SIG_HIGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Meal-ticket print order with serial-number ranges and an order number: no personal data.",
)

# 099 ----------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=[ONODERA],
    subject="ヘルシーランチ個別サポート 参加者の健診データ",
    charset="cp932",
    body=f"""小野寺様

お世話になっております。健康管理室の森下です。
2月から始める「ヘルシーランチ個別サポート」の参加者6名について、
メニュー提案の参考に今年度の健診データをお送りします（本人同意取得済み）。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "csv",
        "name": "個別サポート参加者_健診データ.csv",
        "encoding": "cp932",
        "rows": [["氏名", "所属", "年齢", "BMI", "血圧", "HbA1c", "LDL", "判定", "備考"],
                 ["宇佐美 恭平", "営業二課", "34", "29.8", "142/91", "7.4", "168", "要治療", "2型糖尿病 通院中"],
                 ["猪狩 達也", "営業二課", "51", "27.2", "156/98", "5.9", "142", "要精密検査", "高血圧"],
                 ["蓮見 一樹", "営業一課", "38", "26.5", "128/82", "5.7", "181", "要経過観察", "脂質異常"],
                 ["藤ヶ谷 修", "品質保証部", "45", "31.1", "138/88", "6.4", "155", "要精密検査", ""],
                 ["国分 沙織", "人事部", "42", "24.9", "118/74", "6.1", "122", "要経過観察", "境界型"],
                 ["鷲尾 健太郎", "営業一課", "46", "28.3", "148/94", "6.0", "163", "要治療", "降圧剤服用"]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Six named employees' health-check results in a CP932 CSV to the caterer's dietitian.",
)

# 100 ----------------------------------------------------------------------------------
add(
    sender=MORISHITA,
    to=[ONODERA],
    cc=["saeki-m@hinode-sangyo.co.jp"],
    subject="ヘルシーメニュー拡充のご相談（健診結果の傾向）",
    charset="iso-2022-jp",
    body=f"""小野寺様

お世話になっております。健康管理室の森下です。
今年度の定期健康診断の集計がまとまりましたので、食堂メニュー検討の参考に
全社の傾向（個人が特定されない集計値）をお伝えします。

　受診者数　　　　　　　　　　605名（受診率 99.3%）
　有所見率　　　　　　　　　　48.4%（前年 45.9%）
　BMI 25以上　　　　　　　　　31.2%（男性 38.7%／女性 17.5%）
　血圧（要精検以上）　　　　　12.6%
　HbA1c 6.0%以上　　　　　　　9.8%
　LDLコレステロール 140以上　　27.3%

特に30〜40代男性の肥満・脂質が増えていますので、
主菜の揚げ物頻度と、ご飯の量の選択肢（小盛100g）についてご提案いただけますと幸いです。

{SIG_MORISHITA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Company-wide health-check statistics only: no individual can be identified.",
)
