"""Blind evaluation corpus — area: kyosai (共済会).

The mutual-aid association of 日の出産業株式会社's employees and its labour union
(日の出産業共済会 / 日の出産業労働組合): sickness and injury benefits (傷病見舞金),
condolence and congratulatory payments (弔慰金・結婚祝金・出産祝金・入学祝金), members'
family data (被扶養者), hospital certificates (診断書・入院証明書), the group insurer,
and the banks used for payouts.

Every person, address, telephone number, account, My Number, card number and
organisation in this file is invented; any resemblance to a real one is accidental.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 14301
rng = random.Random(SEED)

_counter = SEED


def _next() -> int:
    global _counter
    value = _counter
    _counter += 1
    return value


def mn() -> str:
    """A fresh check-digit-valid My Number (n counting up from SEED)."""
    return my_number(_next())


def card() -> str:
    """A fresh Luhn-valid card number (n counting up from SEED)."""
    return card_number(_next())


_FW = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def fw(text: str) -> str:
    """ASCII digits and hyphens to full-width."""
    return text.translate(_FW)


def mobile() -> str:
    return f"0{rng.choice(['90', '80', '70'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def acct() -> str:
    return f"{rng.randint(1000000, 9999999)}"


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def spaced(card_no: str) -> str:
    return " ".join(card_no[i:i + 4] for i in range(0, 16, 4))


# -- signatures and disclaimers --------------------------------------------------------

SIG_HOJO = """
――――――――――――――――――――
日の出産業共済会 事務局
北条 ゆかり（Hojo Yukari）
〒231-0015 神奈川県横浜市中区尾上町5-82 日の出産業本社ビル4階
TEL 045-662-3301（内線 4412）／FAX 045-662-3309
hojo.yukari@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_MAKABE = """
--
日の出産業共済会　会計担当
真壁 千晶
TEL: 045-662-3301 (ext.4415)
Mail: makabe.chiaki@hinode-sangyo.co.jp"""

SIG_ONODERA = """
─────────────────
日の出産業共済会 事務局長
日の出産業労働組合 中央執行委員
小野寺 直樹
〒231-0015 横浜市中区尾上町5-82
TEL 045-662-3301 / 携帯（会社貸与）080-4471-2290
─────────────────"""

SIG_ONUKI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業労働組合 書記長
大貫 修平
組合事務所 直通 045-662-3320
onuki.shuhei@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_KUDO = """
------------------------------------------
日の出産業共済会 給付係
工藤 麻里奈  Kudo Marina
TEL 045-662-3301 内線4418
------------------------------------------"""

SIG_EN = """
Best regards,

Naoki Onodera
Secretary General, Hinode Sangyo Mutual Aid Association
Hinode Sangyo Co., Ltd.
5-82 Onoe-cho, Naka-ku, Yokohama 231-0015, Japan
Tel: +81-45-662-3301"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001-025
# ---------------------------------------------------------------------------------------

_k001 = [
    ("ﾔﾏｷﾞﾜ ｹﾝｺﾞ", "0171", "ﾐﾅﾄﾐﾗｲ", "30000"),
    ("ｲｿｶﾞｲ ﾁｻﾄ", "0171", "ﾖｺﾊﾏｴｷﾏｴ", "20000"),
    ("ﾄﾄﾞﾛｷ ﾏｻﾋﾛ", "0288", "ﾂﾙﾐ", "30000"),
    ("ｻﾙﾜﾀﾘ ﾕｳｷ", "0171", "ｶﾝﾅｲ", "10000"),
    ("ﾎｼﾉﾐﾔ ｱｽﾞｻ", "0301", "ﾄﾂｶ", "50000"),
    ("ｵｵｶﾞｷ ﾘｮｳﾀ", "0171", "ﾐﾅﾄﾐﾗｲ", "30000"),
    ("ﾁｮｳﾉ ｼﾉﾌﾞ", "0288", "ｶﾜｻｷ", "20000"),
    ("ｳﾈﾒ ﾀｶｼ", "0301", "ﾌｼﾞｻﾜ", "10000"),
]
_b001 = {"0171": "101", "0288": "245", "0301": "318"}

MESSAGES.append({
    "id": "kyosai-001",
    "expect": "stop",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 佐伯様 <saeki.tomoya@midori-ginko.co.jp>"],
    "subject": "【総合振込】傷病見舞金 11月支給分 データ送付の件",
    "charset": "cp932",
    "body": """みどり銀行 法人営業部
佐伯 様

いつも大変お世話になっております。
日の出産業共済会の真壁でございます。

11月支給分の傷病見舞金につきまして、総合振込データをお送りいたします。
　振込指定日：2025年11月25日（火）
　件数　　　：8件
　合計金額　：200,000円
　依頼人口座：みどり銀行 横浜中央支店 普通 口座（共済会名義、お届け済みのもの）

全銀フォーマットへの変換は従来どおり貴行側でお願いできれば幸いです。
不備等ございましたらご連絡くださいませ。

よろしくお願いいたします。
""" + SIG_MAKABE,
    "attachments": [{
        "kind": "csv", "name": "sougou_furikomi_20251125.csv", "encoding": "cp932",
        "rows": [["データ区分", "銀行コード", "銀行名", "支店コード", "支店名", "預金種目",
                  "口座番号", "受取人名", "振込金額"]]
        + [["2", bank, "ﾐﾄﾞﾘｷﾞﾝｺｳ" if bank == "0171" else ("ﾖｺﾊﾏｼﾝｷﾝ" if bank == "0288" else "ｱｻｷﾞﾘｼﾝｷﾝ"),
            _b001[bank], branch, "1", acct(), name, amount]
           for name, bank, branch, amount in _k001],
    }],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "payout file of 8 members (kana name + account) to the bank: a list of people",
})

MESSAGES.append({
    "id": "kyosai-002",
    "expect": "pass",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["sakakibara.tsuyoshi@hinode-sangyo.co.jp", "onuki.shuhei@hinode-sangyo.co.jp",
           "ibaraki.ken@hinode-sangyo.co.jp"],
    "cc": ["onodera.naoki@hinode-sangyo.co.jp"],
    "subject": "傷病見舞金 10月度 支給決定一覧（執行委員会資料）",
    "charset": "iso-2022-jp",
    "body": """執行委員各位

お疲れさまです。事務局の北条です。
明日の執行委員会で承認いただく10月度の傷病見舞金支給一覧です。
（組合内部資料です。転送はご遠慮ください）

No  氏名          所属            傷病名                休業期間           支給額
--  ------------  --------------  --------------------  -----------------  --------
1   山際 健吾     製造二課        急性心筋梗塞          9/02〜10/20        50,000
2   礒貝 千里     経理部          子宮筋腫（手術）      9/16〜10/10        30,000
3   轟 昌宏       物流センター    右足関節骨折          9/21〜11/05予定    30,000
4   猿渡 祐樹     品質保証課      適応障害              10/01〜            20,000
5   星野宮 梓     本社営業部      乳がん（化学療法）    8/25〜             50,000
6   大垣 亮太     製造一課        腰椎椎間板ヘルニア    10/07〜10/31       20,000

猿渡さんの件は本人の希望により所属長以外には伏せています。取扱いにご注意ください。
""" + SIG_HOJO,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "diagnoses of six members, but every recipient is internal",
})

MESSAGES.append({
    "id": "kyosai-003",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["団体保険金お支払センター <dantai-shiharai@kowa-seimei.co.jp>"],
    "subject": "団体医療保険 入院給付金のご請求について（証券番号 GM-20418）",
    "charset": "utf-8",
    "body": """光和生命保険株式会社
団体保険金お支払センター ご担当者様

いつもお世話になっております。
日の出産業共済会 給付係の工藤でございます。

団体医療保険（証券番号 GM-20418）の被保険者につき、入院給付金を請求いたします。
被保険者は組合員の山際 健吾（やまぎわ けんご、昭和49年7月3日生、製造二課）で、
9月2日に急性心筋梗塞で搬送され、みなと総合病院にてカテーテル治療を受けたのち
10月20日まで入院しておりました。
入院証明書（診断書）の原本は本日レターパックで発送しております。

ご確認のほどよろしくお願いいたします。
""" + SIG_KUDO,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one member's diagnosis and hospital stay in a sentence to the insurer: 要配慮個人情報",
})

MESSAGES.append({
    "id": "kyosai-004",
    "expect": "pass",
    "sender": "小野寺 直樹 <onodera.naoki@hinode-sangyo.co.jp>",
    "to": ["法人営業第三部 鴨志田様 <kamoshida.r@kowa-seimei.co.jp>"],
    "subject": "Re: 団体定期保険 来年度更改のお打合せ日程",
    "charset": "iso-2022-jp",
    "body": """鴨志田様

お世話になっております。共済会の小野寺です。
更改のお打合せ、下記候補でいかがでしょうか。

　① 12月3日（水）14:00〜15:30
　② 12月5日（金）10:00〜11:30
　③ 12月9日（火）15:00〜16:30

当方からは私と会計担当の真壁の2名で伺います。
料率試算は前回頂戴した3パターン（現行・免責7日・日額5,000円）で結構です。

> 来年度の更改につきまして、一度お時間を頂戴できればと存じます。
> ご都合のよい日時を2〜3候補お知らせください。

よろしくお願いいたします。
""" + SIG_ONODERA + "\n" + DISC_JA,
    "entities": [],
    "detectors": [],
    "note": "ordinary scheduling mail to the insurer with the standard disclaimer",
})

MESSAGES.append({
    "id": "kyosai-005",
    "expect": "stop",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["佐伯 智也 様 <saeki.tomoya@midori-ginkou.co.jp>"],
    "subject": "振込手数料の改定についてのご質問",
    "charset": "cp932",
    "body": """みどり銀行 佐伯様

お世話になっております。日の出産業共済会の真壁です。
先日ご案内いただいた来年4月からの振込手数料改定の件で、2点教えてください。

1. 総合振込（給付金支払）は月2回・各20〜40件程度ですが、新料金表のどの区分になりますか。
2. 他行宛て3万円以上の手数料が上がるとのことですが、共済会口座は公益扱いの優遇対象になりますか。

来月の運営委員会で予算に反映させたく、今月中にご回答いただけると助かります。
""" + SIG_MAKABE,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain midori-ginkou.co.jp is a look-alike of the partner midori-ginko.co.jp",
})

_r006 = [
    ("H10452", "山際 健吾", "ヤマギワ ケンゴ", "本人", "1974/07/03", "男"),
    ("H10452", "山際 真由美", "ヤマギワ マユミ", "配偶者", "1976/02/18", "女"),
    ("H10452", "山際 蒼", "ヤマギワ アオイ", "子", "2008/11/30", "男"),
    ("H20117", "礒貝 千里", "イソガイ チサト", "本人", "1981/05/09", "女"),
    ("H20117", "礒貝 透", "イソガイ トオル", "配偶者", "1979/09/22", "男"),
    ("H31870", "猿渡 祐樹", "サルワタリ ユウキ", "本人", "1990/01/14", "男"),
    ("H18833", "兀下 恵", "ゴツシタ メグミ", "本人", "1968/12/01", "女"),
    ("H18833", "兀下 大吾", "ゴツシタ ダイゴ", "配偶者", "1966/04/27", "男"),
    ("H18833", "兀下 彩花", "ゴツシタ アヤカ", "子", "1999/08/08", "女"),
    ("H27704", "汐見 康介", "シオミ コウスケ", "本人", "1985/03/31", "男"),
    ("H27704", "汐見 利香", "シオミ リカ", "配偶者", "1987/10/05", "女"),
    ("H27704", "汐見 陽菜", "シオミ ヒナ", "子", "2016/06/19", "女"),
]

MESSAGES.append({
    "id": "kyosai-006",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["常盤損害保険 横浜法人支店 <yokohama-hojin@tokiwa-sonpo.co.jp>"],
    "subject": "団体傷害保険（家族型）中途加入者明細の送付",
    "charset": "iso-2022-jp",
    "body": """常盤損害保険株式会社 横浜法人支店
ご担当者様

平素より大変お世話になっております。日の出産業共済会 事務局の北条です。

10月1日付の中途加入者（家族を含む）の明細をExcelにてお送りします。
「加入者一覧」シートをご確認ください。保険料は11月分給与控除から開始の予定です。

ご不明点がございましたらお知らせください。
""" + SIG_HOJO,
    "attachments": [{
        "kind": "xlsx", "name": "中途加入者明細_202510.xlsx", "title": "団体傷害保険 中途加入者明細",
        "sheets": {
            "表紙": [["団体傷害保険（家族型）中途加入者明細"], [], ["契約者", "日の出産業共済会"],
                     ["証券番号", "TK-7731-0092"], ["加入日", "2025-10-01"], ["人数", 12]],
            "加入者一覧": [["2025年10月1日付 中途加入者一覧"], [],
                           ["No", "社員番号", "被保険者氏名", "フリガナ", "続柄", "生年月日", "性別", "口数"]]
            + [[i + 1, *row, 2 if row[3] == "本人" else 1] for i, row in enumerate(_r006)],
        },
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "XLSX of 12 insured members and family with dates of birth to the insurer",
})

MESSAGES.append({
    "id": "kyosai-007",
    "expect": "pass",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["鴨志田 涼 <kamoshida.r@kowa-seimei.co.jp>"],
    "subject": "Re: 【ご確認依頼】被保険者名簿の相違について",
    "charset": "utf-8",
    "body": """鴨志田様

お世話になっております。北条です。
ご指摘の件、こちらでも確認いたしました。3名とも共済会側の登録誤りでしたので、
修正した名簿を来週の定期送付分に含めてお送りします。お手数をおかけしました。

北条

> 日の出産業共済会 北条様
>
> 被保険者名簿と当社登録内容に相違のある方が3名いらっしゃいました。
>
>   社員番号  氏名          生年月日（名簿）  生年月日（当社）
>   H31870    猿渡 祐樹     1990/01/14        1990/01/41
>   H18833    兀下 恵       1968/12/01        1968/12/10
>   H40266    楪 のぞみ     1995/07/07        1995/07/17
>
> お手数ですがご確認をお願いいたします。
> 光和生命保険 法人営業第三部 鴨志田
""",
    "entities": [],
    "detectors": [],
    "note": "the only personal data is quoted from the insurer's own mail; new text is harmless",
})

MESSAGES.append({
    "id": "kyosai-008",
    "expect": "stop",
    "sender": "小野寺 直樹 <onodera.naoki@hinode-sangyo.co.jp>",
    "to": ["花工房しずく 御中 <info@shizuku-hana.co.jp>",
           "はなびし生花店 <order@hanabishi-flower.jp>",
           "有限会社みどり園 <sales@midori-en.co.jp>"],
    "subject": "供花・弔花の単価契約 お見積りのお願い",
    "charset": "iso-2022-jp",
    "body": """各位

突然のご連絡失礼いたします。日の出産業共済会 事務局長の小野寺と申します。

当会では組合員・ご家族のご不幸の際に供花をお贈りしており、来年度より
年間単価契約をお願いできる生花店を選定しております。下記条件でお見積りを
いただけますでしょうか。

・供花（一基）　1万5千円／2万円の2種
・対応エリア　　神奈川県全域・東京都南部
・発注方法　　　メールまたはFAX、原則当日午前中までの受付で当日夕方の通夜に間に合うこと
・請求　　　　　月末締め翌月末払い
・見積期限　　　11月28日（金）

ご不明な点は下記までお問い合わせください。
""" + SIG_ONODERA,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three competing florists in To see each other's addresses: should have been Bcc",
})

MESSAGES.append({
    "id": "kyosai-009",
    "expect": "pass",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["花工房しずく 受注係 <order@shizuku-hana.co.jp>"],
    "subject": "供花のご依頼（11/14通夜）",
    "charset": "cp932",
    "body": """花工房しずく 受注ご担当者様

いつもお世話になっております。日の出産業共済会の工藤です。
供花を1基お願いいたします。

　故人　　：宍戸 キヨ 様
　喪主　　：宍戸 勝也 様
　斎場　　：平安セレモニー戸塚ホール
　　　　　　神奈川県横浜市戸塚区品濃町551-3　TEL 045-827-0480
　通夜　　：11月14日（金）18:00〜
　告別式　：11月15日（土）10:30〜
　金額　　：20,000円（税込）
　名札　　：日の出産業共済会／日の出産業労働組合（連名）

ご請求は月末締めでお願いします。
""" + SIG_KUDO,
    "entities": [],
    "detectors": [],
    "note": "florist order: names of the deceased and 喪主 with the funeral hall's business address only",
})

MESSAGES.append({
    "id": "kyosai-010",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["山根 社会保険労務士事務所 山根先生 <yamane@yamane-sr.jp>"],
    "subject": "家族埋葬料・弔慰金の手続き代行のお願い",
    "charset": "iso-2022-jp",
    "body": """山根先生

いつもお世話になっております。共済会事務局の北条です。

先月ご逝去された組合員のご家族の件で、健保の家族埋葬料の申請代行をお願いできますでしょうか。
共済会の弔慰金（配偶者死亡 10万円）は当会で処理済みです。

【被保険者】
　氏名　　　：楠瀬 和雄（くすのせ かずお）　物流センター勤務
　保険証　　：記号 ７１０２　番号 ３８
　保険者番号：０６１３２２５４
【亡くなられた方】
　楠瀬 佳代子 様（被扶養配偶者）　10月22日ご逝去

火葬許可証の写しと埋葬費用の領収書はご本人から受け取り次第郵送いたします。
""" + SIG_HOJO,
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "a member's health insurance card symbol and number (full-width) to an outside office",
})

_mn011 = mn()

MESSAGES.append({
    "id": "kyosai-011",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["光和生命 保険金部 <hokenkin@kowa-seimei.co.jp>"],
    "cc": ["onodera.naoki@hinode-sangyo.co.jp"],
    "subject": "死亡保険金 受取人情報（支払調書用）のご連絡",
    "charset": "utf-8",
    "body": f"""光和生命保険株式会社 保険金部 御中

お世話になっております。日の出産業共済会 給付係の工藤です。
団体定期保険 死亡保険金の受取人について、支払調書作成のため個人番号をご連絡します。

  被保険者（故人）  楠瀬 和雄
  受取人            楠瀬 遥（くすのせ はるか）　長女
  受取人住所        〒244-0003 神奈川県横浜市戸塚区戸塚町4110-2 コーポ戸塚203
  受取人個人番号    {_mn011[:4]} {_mn011[4:8]} {_mn011[8:]}

番号確認書類（通知カード写し）と身元確認書類は別途簡易書留で送付いたします。
""" + SIG_KUDO,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a beneficiary's My Number and home address to the insurer",
})

_mn012 = [mn(), mn(), mn()]

MESSAGES.append({
    "id": "kyosai-012",
    "expect": "pass",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["人事部 給与グループ <kyuyo@hinode-sangyo.co.jp>"],
    "subject": "支払調書用 個人番号の照合依頼（共済会 退会餞別金）",
    "charset": "iso-2022-jp",
    "body": f"""給与グループ 御中

お疲れさまです。共済会会計の真壁です。
退会餞別金の支払調書作成にあたり、共済会で預かっている個人番号が
人事システムの登録と一致しているか照合をお願いします。

社員番号	氏名	個人番号
H08812	鬼頭 政則	{_mn012[0]}
H09904	八剱 伸子	{_mn012[1]}
H11376	百目鬼 勉	{_mn012[2]}

照合後、このメールは削除していただけますと幸いです。
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Numbers, but only to the internal payroll group",
})

_r013 = [
    ("K-0412", "1974-07-03", "男", "入院", "48", "急性心筋梗塞"),
    ("K-0977", "1981-05-09", "女", "入院", "25", "子宮筋腫"),
    ("K-1033", "1990-01-14", "男", "休業", "41", "適応障害"),
    ("K-0218", "1963-11-22", "男", "入院", "17", "大腸がん"),
    ("K-1290", "1992-04-02", "女", "出産", "0", ""),
    ("K-0655", "1970-08-15", "男", "死亡（本人）", "0", "くも膜下出血"),
    ("K-0871", "1977-02-28", "男", "入院", "9", "肺炎"),
    ("K-1148", "1988-06-06", "女", "入院", "31", "乳がん"),
    ("K-0503", "1966-09-10", "男", "休業", "60", "脳梗塞後遺症"),
    ("K-0764", "1983-12-19", "男", "入院", "12", "右脛骨骨折"),
]

MESSAGES.append({
    "id": "kyosai-013",
    "expect": "stop",
    "sender": "大貫 修平 <onuki.shuhei@hinode-sangyo.co.jp>",
    "to": ["全製共連 給付調査担当 <kyufu-chosa@zenseikyo.or.jp>"],
    "subject": "2025年度上期 給付実績データの提出",
    "charset": "utf-8",
    "body": """全日本製造業労組共済連合会
給付調査ご担当 御中

日の出産業労働組合の大貫です。
上期の給付実績調査票を提出します。ご指示どおり氏名は削除し、会員番号のみとしております。

よろしくお願いします。
""" + SIG_ONUKI,
    "attachments": [{
        "kind": "csv", "name": "kyufu_jisseki_2025H1.csv", "encoding": "utf-8",
        "rows": [["会員番号", "生年月日", "性別", "給付事由", "日数", "傷病名"]]
        + [list(r) for r in _r013],
    }],
    "entities": ["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "10 rows of DOB + diagnosis per member without a name column: still a list of people with 要配慮情報",
})

MESSAGES.append({
    "id": "kyosai-014",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["出向受入窓口 <shukko@hinode-sangyo.jp>"],
    "subject": "出向者の共済会継続加入について",
    "charset": "iso-2022-jp",
    "body": """出向受入窓口 ご担当者様

お疲れさまです。共済会事務局の北条です。
12月1日付で出向される下記の方について、出向期間中も共済会の継続加入を希望されています。
会費の給与控除が出向先で可能かご確認いただけますか。

　氏名：釜萢 陽介（かまやち ようすけ）
　連絡先（携帯）：090-6614-2087

よろしくお願いします。
""" + SIG_HOJO,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "hinode-sangyo.jp drops the 'co.' of the company's own domain: a look-alike",
})

MESSAGES.append({
    "id": "kyosai-015",
    "expect": "pass",
    "sender": "小野寺 直樹 <onodera.naoki@hinode-sangyo.co.jp>",
    "to": ["鴨志田 涼 <kamoshida.r@kowa-seimei.co.jp>"],
    "cc": ["東明保険サービス 戸叶様 <tokano@tomei-hoken.co.jp>",
           "makabe.chiaki@hinode-sangyo.co.jp"],
    "subject": "12/5 更改打合せ 議題の共有",
    "charset": "utf-8",
    "body": """光和生命 鴨志田様
（cc）東明保険サービス 戸叶様

お世話になっております。小野寺です。
12月5日（金）10:00からのお打合せ、議題を共有いたします。

  1. 2025年度 損害率の実績（光和生命様）
  2. 来年度料率の試算3パターン
  3. 入院給付の免責日数の見直し
  4. 代理店手数料・事務委託費の扱い（東明保険サービス様）

会場は弊社本社ビル4階 第2会議室です。受付で「共済会」とお申し付けください。
""" + SIG_ONODERA,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a normal three-way meeting mail: two external organisations in To/Cc",
})

MESSAGES.append({
    "id": "kyosai-016",
    "expect": "stop",
    "sender": "大貫 修平 <onuki.shuhei@hinode-sangyo.co.jp>",
    "to": ["全製共連 企画部 <kikaku@zenseikyo.or.jp>"],
    "subject": "【社外秘】共済会規約 改定案（第3次案）",
    "charset": "iso-2022-jp",
    "body": """――――――――――
　社外秘
　取扱：執行委員会限り
――――――――――

全製共連 企画部 御中

日の出産業労働組合の大貫です。
先日ご相談した共済会規約の改定案（第3次案）を添付します。
傷病見舞金の支給日数の上限と、弔慰金の対象家族の範囲について
連合会モデル規約との整合をご確認いただけますと幸いです。
""" + SIG_ONUKI,
    "attachments": [{
        "kind": "docx", "name": "共済会規約改定案_第3次.docx", "page_header": "社外秘",
        "title": "日の出産業共済会規約 改定案",
        "paragraphs": ["日の出産業共済会規約 改定案（第3次案）",
                       "第12条（傷病見舞金）連続して8日以上休業したときは、別表2の額を支給する。",
                       "第15条（弔慰金）会員又はその配偶者、子、父母が死亡したときは、別表3の額を支給する。",
                       "附則 この規約は2026年4月1日から施行する。"],
        "tables": [[["事由", "現行", "改定案"], ["本人死亡", "300,000", "300,000"],
                    ["配偶者死亡", "100,000", "100,000"], ["父母死亡", "30,000", "50,000"]]],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail and the DOCX header are stamped 社外秘 and go to an outside federation",
})

MESSAGES.append({
    "id": "kyosai-017",
    "expect": "pass",
    "sender": "小野寺 直樹 <onodera.naoki@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 営業部 間宮様 <mamiya@tsubasa-system.jp>"],
    "subject": "給付管理システム更新に伴う秘密保持契約書のご確認",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム株式会社
間宮様

お世話になっております。日の出産業共済会の小野寺です。
給付管理システムの更新案件につき、要件定義に入る前に秘密保持契約を締結したく、
当会の雛形をお送りする前に2点確認させてください。

・秘密保持の対象に、組合員の個人情報（給付履歴を含む）を明記する形で問題ないか
・契約終了時のデータ返還・消去証明書の提出に対応いただけるか

貴社の標準NDAをお使いになる場合は、そちらをお送りいただいても構いません。
""" + SIG_ONODERA,
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA (秘密保持契約): mentions confidentiality but carries no marking or data",
})

MESSAGES.append({
    "id": "kyosai-018",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["団体保険金お支払センター <dantai-shiharai@kowa-seimei.co.jp>"],
    "subject": "入院給付金請求書一式（10月分）",
    "charset": "cp932",
    "body": """光和生命保険 団体保険金お支払センター 御中

お世話になっております。日の出産業共済会の工藤です。
10月分の入院給付金請求書（4件）を添付のZIPにてお送りします。
解凍パスワードは別メールにてお知らせします。

よろしくお願いいたします。
""" + SIG_KUDO,
    "attachments": [{
        "kind": "zip", "name": "seikyu_202510.zip", "password": "Hk2510#kyosai",
        "files": [{"kind": "xlsx", "name": "請求書一覧.xlsx",
                   "sheets": {"一覧": [["氏名", "入院日", "退院日", "病名"],
                                       ["轟 昌宏", "2025-09-21", "2025-10-08", "右足関節骨折"],
                                       ["礒貝 千里", "2025-09-16", "2025-09-25", "子宮筋腫"]]}}],
    }],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) cannot be inspected",
})

MESSAGES.append({
    "id": "kyosai-019",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["常盤損保 事故受付センター <jiko-uketsuke@tokiwa-sonpo.co.jp>"],
    "subject": "Re: 団体傷害保険 事故番号 25-118824 診断書の送付",
    "charset": "iso-2022-jp",
    "body": """常盤損害保険 事故受付センター
ご担当者様

事故番号 25-118824 の件、ご依頼のあった診断書をスキャンして添付いたします。
原本が必要な場合はお知らせください。

工藤
""" + SIG_KUDO,
    "attachments": [{"kind": "corrupt", "name": "shindansho_scan_118824.pdf"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached PDF is corrupt and cannot be read",
})

MESSAGES.append({
    "id": "kyosai-020",
    "expect": "pass",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["鬼頭 政則 様 <kito.masanori1958@gmail.com>"],
    "subject": "退会餞別金のお振込み予定日について",
    "charset": "iso-2022-jp",
    "body": """鬼頭 政則 様

ご無沙汰しております。日の出産業共済会 会計担当の真壁です。
先日は退会手続きの書類をご返送いただき、ありがとうございました。

退会餞別金は、ご指定いただいた口座へ12月10日（水）にお振込みいたします。
通帳記帳の際は「ヒノデサンギヨウキヨウサイカイ」と表示されます。

長年のご勤務、本当にお疲れさまでした。どうぞお体を大切になさってください。
""" + SIG_MAKABE,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one retired member on free mail, told only of his own payout date",
})

MESSAGES.append({
    "id": "kyosai-021",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["こころEAPサポート 相談受付 <uketsuke@kokoro-eap.co.jp>"],
    "subject": "FW: 休職中の見舞金について（ご相談）",
    "charset": "utf-8",
    "body": """こころEAPサポート ご担当者様

いつもお世話になっております。日の出産業共済会の北条です。
組合員から下記の相談が届きました。共済会としては見舞金の手続きは進めますが、
カウンセリングのご案内を貴社からお願いできますでしょうか。本人の了解は得ています。

（以下、本人からのメールを転送します）
""" + SIG_HOJO,
    "attachments": [{
        "kind": "eml", "name": "休職中の見舞金について.eml",
        "message": {
            "sender": "猿渡 祐樹 <saruwatari.yuki@hinode-sangyo.co.jp>",
            "to": ["kyosai@hinode-sangyo.co.jp"],
            "subject": "休職中の見舞金について（ご相談）",
            "charset": "iso-2022-jp",
            "body": """共済会 事務局 御中

品質保証課の猿渡です。
10月1日から休職しております。心療内科で適応障害と診断され、
主治医からは少なくとも3か月の療養が必要と言われています。
傷病見舞金の申請に必要な書類を教えていただけますか。
平日日中は電話に出られないことが多いので、メールか携帯（080-3392-7165）の
SMSでご連絡いただけると助かります。

猿渡 祐樹
""",
        },
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forwarded member mail with his mental-health diagnosis to an outside EAP firm",
})

_r022 = [
    ("汐見 康介", "技術開発部", "2025年8月12日", "中央労働金庫 横浜支店", "普通", acct()),
    ("箕輪 美咲", "本社総務部", "2025年8月30日", "みどり銀行 関内支店", "普通", acct()),
    ("御手洗 拓真", "製造一課", "2025年9月3日", "朝霧信用金庫 戸塚支店", "普通", acct()),
    ("飛鳥井 玲奈", "物流センター", "2025年9月17日", "中央労働金庫 川崎支店", "普通", acct()),
    ("二階堂 悠", "品質保証課", "2025年9月25日", "みどり銀行 藤沢支店", "普通", acct()),
    ("月岡 大和", "本社営業部", "2025年10月2日", "中央労働金庫 横浜支店", "普通", acct()),
]

MESSAGES.append({
    "id": "kyosai-022",
    "expect": "stop",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["中央労働金庫 横浜支店 団体取引係 <yokohama-dantai@chuo-rokin.or.jp>"],
    "subject": "出産祝金 振込依頼（10月締め分）",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>中央労働金庫 横浜支店<br>団体取引係 ご担当者様</p>
<p>いつもお世話になっております。日の出産業共済会 会計担当の真壁です。<br>
10月締め分の出産祝金につき、下記のとおり振込をお願いいたします（各30,000円、振込日 11/20）。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f0"><th>会員氏名</th><th>所属</th><th>お子様の生年月日</th><th>振込先</th><th>種目</th><th>口座番号</th></tr>
""" + "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{f}</td></tr>"
                for a, b, c, d, e, f in _r022) + """
</table>
<p>依頼書（押印済み）は社内便で支店宛てに本日発送しました。</p>
<p>--<br>日の出産業共済会 会計担当 真壁 千晶<br>TEL 045-662-3301（内線4415）</p>
</body></html>""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of 6 members with their children's birth dates and bank accounts",
})

MESSAGES.append({
    "id": "kyosai-023",
    "expect": "pass",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["ことりトラベル 法人デスク <houjin@kotori-travel.co.jp>"],
    "subject": "共済会 契約保養所の来年度料金のご確認",
    "charset": "utf-8",
    "html": """<html><body>
<p>ことりトラベル 法人デスク 御中</p>
<p>お世話になっております。日の出産業共済会の北条です。<br>
来年度も下記の契約保養所の手配をお願いしたく、各施設の料金改定の有無をご確認いただけますか。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>施設名</th><th>所在地</th><th>電話</th><th>現行 会員料金（1泊2食）</th></tr>
<tr><td>さくらホテル箱根</td><td>神奈川県足柄下郡箱根町仙石原1245</td><td>0460-84-7711</td><td>9,800円</td></tr>
<tr><td>湯の宿 かじか荘</td><td>静岡県伊東市湯川3-4-18</td><td>0557-36-2290</td><td>8,500円</td></tr>
<tr><td>ホテル八ヶ岳リゾート</td><td>山梨県北杜市大泉町西井出8240</td><td>0551-38-4100</td><td>10,200円</td></tr>
<tr><td>民宿 しおさい</td><td>千葉県南房総市白浜町白浜2680</td><td>0470-38-3015</td><td>7,000円</td></tr>
<tr><td>那須高原ロッジ もみの木</td><td>栃木県那須郡那須町高久乙2730</td><td>0287-76-1188</td><td>9,000円</td></tr>
</table>
<p>北条 ゆかり／日の出産業共済会 事務局　TEL 045-662-3301</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "a list of hotels (businesses) with their switchboards: not personal data",
})

_r024 = [
    ("篠塚 達也", "神奈川県横浜市金沢区柴町３８２－５", "０９０－２２８１－６６４０", "床上浸水"),
    ("仁科 さゆり", "神奈川県三浦市三崎町諸磯１２０４", "０８０－５５１３－０９２７", "屋根破損"),
    ("藤堂 浩二", "神奈川県横須賀市長井４－１７－２", "０７０－１１９８－３３５２", "床下浸水"),
    ("菅生 美紀", "神奈川県横浜市金沢区野島町２４－８", "０９０－７７２０－４１８１", "車両水没"),
    ("六車 洋平", "神奈川県鎌倉市腰越２－３３－１１", "０８０－９０４６－２７５８", "外壁損壊"),
    ("粟津 千代", "神奈川県逗子市小坪５－１２－６", "０９０－３１６７－８８０２", "床上浸水"),
]

MESSAGES.append({
    "id": "kyosai-024",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["常盤損保 横浜法人支店 <yokohama-hojin@tokiwa-sonpo.co.jp>"],
    "subject": "台風２２号 被災会員一覧（災害見舞金・火災保険 照会用）",
    "charset": "cp932",
    "body": """常盤損害保険 横浜法人支店 御中

いつもお世話になっております。共済会の工藤です。
先週の台風２２号で被害を受けた会員の一覧です。共済会の災害見舞金とは別に、
団体扱いの火災保険にご加入の方がいるか照会をお願いします。

氏名　　　　住所　　　　　　　　　　　　　　　　　携帯　　　　　　　　　被害
――――――　――――――――――――――――――　――――――――――　――――
""" + "\n".join(f"{n}　{a}　{p}　{d}" for n, a, p, d in _r024) + """

ご本人には貴社からの連絡がある旨、了解を取っております。
""" + SIG_KUDO,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6 members' home addresses and mobiles in full-width digits, padded columns",
})

MESSAGES.append({
    "id": "kyosai-025",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["東明保険サービス 戸叶様 <tokano@tomei-hoken.co.jp>"],
    "subject": "家族傷害保険 被扶養者追加分",
    "charset": "iso-2022-jp",
    "body": """戸叶様

お世話になっております。北条です。
家族傷害保険の被扶養者追加分です（Excelが開けないとのことでしたので本文に貼ります）。

会員番号\t被保険者\tフリガナ\t続柄\t生年月日
K-0412\t山際 真由美\tヤマギワ マユミ\t妻\t昭和51年2月18日
K-0412\t山際 蒼\tヤマギワ アオイ\t長男\t平成20年11月30日
K-0977\t礒貝 透\tイソガイ トオル\t夫\t昭和54年9月22日
K-1148\t星野宮 ひかり\tホシノミヤ ヒカリ\t長女\t平成27年3月3日
K-0503\t阿久根 トミ\tアクネ トミ\t母\t昭和13年5月20日
K-0503\t阿久根 静香\tアクネ シズカ\t妻\t昭和43年12月8日
K-0764\t左近 湊\tサコン ミナト\t長男\t令和2年7月14日

よろしくお願いいたします。
北条
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "7 family members with 和暦 dates of birth, tab-separated, to the broker",
})

# ---------------------------------------------------------------------------------------
# 026-050
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "kyosai-026",
    "expect": "pass",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["常盤損保 損害サービス課 樋渡様 <hiwatashi@tokiwa-sonpo.co.jp>"],
    "subject": "Re: 台風被害（屋根破損）の件 ご本人連絡先",
    "charset": "iso-2022-jp",
    "body": """樋渡様

お世話になっております。共済会の工藤です。
屋根破損の件、鑑定人の訪問日程はご本人と直接調整いただいて構いません。

　仁科 さゆり 様
　携帯：080-5513-0927（平日は18時以降がつながりやすいとのことです）

共済会の災害見舞金は今月25日に支給済みです。
よろしくお願いいたします。

-----Original Message-----
From: 樋渡 隼人 <hiwatashi@tokiwa-sonpo.co.jp>
Sent: Tuesday, November 11, 2025 4:02 PM
Subject: 台風被害（屋根破損）の件

現地確認のため、鑑定人から被保険者様へ直接ご連絡してもよろしいでしょうか。
""" + SIG_KUDO,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one member's mobile number to the insurer: a single record, may warn",
})

_r027 = [
    ("TODOROKI Masahiro", "1979-03-12", "TR" + f"{rng.randint(1000000, 9999999)}", "Bangkok"),
    ("SHIOMI Kosuke", "1985-03-31", "TZ" + f"{rng.randint(1000000, 9999999)}", "Ho Chi Minh City"),
    ("MINOWA Misaki", "1991-10-27", "TK" + f"{rng.randint(1000000, 9999999)}", "Bangkok"),
    ("GOTSUSHITA Megumi", "1968-12-01", "MU" + f"{rng.randint(1000000, 9999999)}", "Jakarta"),
    ("KAMAYACHI Yosuke", "1988-05-16", "TS" + f"{rng.randint(1000000, 9999999)}", "Manila"),
]

MESSAGES.append({
    "id": "kyosai-027",
    "expect": "stop",
    "sender": "Naoki Onodera <onodera.naoki@hinode-sangyo.co.jp>",
    "to": ["Claims Desk <claims@pacifica-assist.com>"],
    "subject": "Overseas assistance enrolment - Hinode Sangyo Mutual Aid (5 members)",
    "charset": "utf-8",
    "body": """Dear Claims Desk,

Please enrol the following members, who start overseas assignments on 1 December,
in our group assistance programme (policy PA-JP-55102).

Name                  Date of birth   Passport no.   Assignment
--------------------  --------------  -------------  ------------------
""" + "\n".join(f"{n:<22}{d:<16}{p:<15}{c}" for n, d, p, c in _r027) + """

Could you also send us the 24-hour hotline cards in English and Japanese?
""" + SIG_EN,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "romaji roster of 5 members with dates of birth and passport numbers",
})

MESSAGES.append({
    "id": "kyosai-028",
    "expect": "pass",
    "sender": "Naoki Onodera <onodera.naoki@hinode-sangyo.co.jp>",
    "to": ["Ms. Laura Finch <l.finch@pacifica-assist.com>"],
    "subject": "Policy wording - medical evacuation clause",
    "charset": "utf-8",
    "body": """Dear Ms. Finch,

Thank you for the draft policy wording for 2026. Two questions before we sign:

1. Clause 7.3 (medical evacuation) refers to "the nearest adequate facility".
   Does this include repatriation to Japan when the treating doctor recommends it?
2. Is dental treatment after an accident covered up to USD 1,000 or USD 1,500?
   The summary and the wording differ.

We would appreciate your reply by the end of the month.
""" + SIG_EN + "\n" + DISC_EN,
    "entities": [],
    "detectors": [],
    "note": "English policy question with the standard confidentiality disclaimer only",
})

MESSAGES.append({
    "id": "kyosai-029",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["山根事務所 久米様 <kume@yamane-sr.jp>"],
    "subject": "外国籍組合員の共済会・団体保険加入について",
    "charset": "utf-8",
    "body": """山根社会保険労務士事務所
久米様

お世話になっております。共済会事務局の北条です。
技能実習から特定技能に移行した組合員が共済会に加入します。
団体保険の加入要件（在留期間）を満たすかご確認ください。

　氏名：NGUYEN THI LAN（グエン ティ ラン）
　生年月日：1999年4月23日
　在留カード番号：UH48201937FA
　在留資格：特定技能1号　在留期限 2027年3月31日

在留カードの写し（表裏）は社内便で人事部から送ると聞いています。
""" + SIG_HOJO,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a member's residence card number: an identity document number",
})

MESSAGES.append({
    "id": "kyosai-030",
    "expect": "stop",
    "sender": "小野寺 直樹 <onodera.naoki@hinode-sangyo.co.jp>",
    "to": ["山根 社会保険労務士事務所 <office@yamane-sr.jp>"],
    "subject": "遺族年金請求のご支援（故 楠瀬和雄 組合員）",
    "charset": "iso-2022-jp",
    "body": """山根先生

共済会の小野寺です。いつもありがとうございます。
先日ご相談した故 楠瀬 和雄 組合員のご遺族（長女 遥さん）の遺族年金請求について、
人事部から年金手帳の番号を確認できましたのでお知らせします。

　故人　　　　　楠瀬 和雄（昭和40年6月2日生）
　基礎年金番号　4409-172653

ご遺族との面談は来週水曜、当会の会議室で予定しています。ご同席いただけると心強いです。
""" + SIG_ONODERA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a deceased member's basic pension number to an outside office",
})

MESSAGES.append({
    "id": "kyosai-031",
    "expect": "pass",
    "sender": "大貫 修平 <onuki.shuhei@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "共済会規約 弔慰金条項のリーガルチェックのお願い",
    "charset": "iso-2022-jp",
    "body": """白川先生

いつもお世話になっております。日の出産業労働組合の大貫です。
共済会規約のうち、弔慰金の受取人の順位を定めた条項について、
民法の相続順位と異なる定めとすることに問題がないかご意見を伺えますでしょうか。
該当箇所を抜き出したWordを添付します。

費用は顧問契約の範囲内と理解しておりますが、別途必要でしたらお知らせください。
""" + SIG_ONUKI,
    "attachments": [{
        "kind": "docx", "name": "弔慰金条項_抜粋.docx",
        "paragraphs": ["第16条（弔慰金の受取人）",
                       "1 会員本人が死亡したときの弔慰金は、次の順位により支給する。",
                       "一 配偶者（届出をしていないが事実上婚姻関係と同様の事情にあった者を含む）",
                       "二 子　三 父母　四 孫　五 祖父母　六 兄弟姉妹",
                       "2 前項の同順位の者が2人以上あるときは、その代表者に支給する。"],
    }],
    "entities": [],
    "detectors": [],
    "note": "legal review of a bylaw clause: no personal data, no marking",
})

MESSAGES.append({
    "id": "kyosai-032",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["常盤損保 事故受付センター <jiko-uketsuke@tokiwa-sonpo.co.jp>"],
    "subject": "団体傷害保険 事故報告（通勤途上・自転車）",
    "charset": "cp932",
    "body": """常盤損害保険 事故受付センター 御中

日の出産業共済会の工藤です。団体傷害保険（証券 TK-7731-0092）の事故報告です。

■被保険者　　　左近 洋（さこん ひろし）　製造一課
■事故日時　　　2025年11月6日 7:40頃
■事故状況　　　自転車で通勤中、藤沢市辻堂元町の交差点で右折車と接触し転倒
■傷病　　　　　右脛骨骨折、全治約3か月（辻堂中央病院に入院中、手術予定）
■相手方　　　　相手車両は任意保険加入済み（保険会社名は未確認）
■被保険者の運転免許証番号　第 452103887610 号

警察への届出は事故当日に済んでいます（事故証明は後日取得予定）。
""" + SIG_KUDO,
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a member's driver's licence number and injury/hospital details to the insurer",
})

_cc033 = card()

MESSAGES.append({
    "id": "kyosai-033",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["さくらホテル箱根 予約係 <reserve-hakone@sakura-hotel.jp>"],
    "subject": "共済会保養所利用 ご予約（12/27〜28）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル箱根 予約係 御中

いつもお世話になっております。日の出産業共済会の北条です。
会員の保養所利用につき、下記のとおりご予約をお願いします。

　ご利用者：二階堂 悠 様 ほか3名（大人2・小人2）
　日程　　：12月27日（土）〜28日（日）1泊2食
　プラン　：共済会契約料金（会員補助 1人3,000円は当会へご請求ください）

年末のため事前決済が必要とのことで、ご本人のカード情報をお預かりしました。
　カード番号：{spaced(_cc033)}
　有効期限　：08/28
　名義　　　：YU NIKAIDO

よろしくお願いいたします。
""" + SIG_HOJO,
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a member's credit card number to the hotel",
})

_t034 = "T" + corp_number("020101558847")

MESSAGES.append({
    "id": "kyosai-034",
    "expect": "pass",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    "subject": "Re: 共済会総代会 会場費のご請求書（No. SH-25-04471）",
    "charset": "utf-8",
    "body": f"""さくらホテル 宴会営業 ご担当者様

お世話になっております。共済会会計の真壁です。
請求書 No. SH-25-04471 を受領しました。適格請求書の登録番号（{_t034}）も確認済みです。
12月26日に下記の会口座からお振込みします。

  会場費（芙蓉の間 半日）     180,000円
  飲料（お茶・水 120名分）     36,000円
  音響・プロジェクター           22,000円
  合計（税込）                 238,000円

来年の総代会も同じ時期で仮押さえをお願いできますか。
""" + SIG_MAKABE,
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice talk with the hotel's registration (T) number: business data only",
})

MESSAGES.append({
    "id": "kyosai-035",
    "expect": "stop",
    "sender": "大貫 修平 <onuki.shuhei@hinode-sangyo.co.jp>",
    "to": ["全製共連 給付課 <kyufu@zenseikyo.or.jp>"],
    "subject": "障害児養育見舞金（特例給付）の該当可否について",
    "charset": "iso-2022-jp",
    "body": """全製共連 給付課 御中

日の出産業労働組合の大貫です。連合会の特例給付について照会させてください。

組合員の御手洗 拓真（製造一課）の長男 御手洗 陸くん（6歳）が、今年8月に
自閉スペクトラム症と診断され、療育手帳（B2）の交付を受けました。
連合会規程の「障害児養育見舞金」は、療育手帳B2でも対象になりますでしょうか。

ご本人からは手帳の写しの提出に同意をもらっています。
""" + SIG_ONUKI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named child's diagnosis and disability certificate in a sentence: 要配慮個人情報",
})

MESSAGES.append({
    "id": "kyosai-036",
    "expect": "either",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["はなびし生花店 <order@hanabishi-flower.jp>"],
    "subject": "供花のご依頼（キリスト教式）",
    "charset": "iso-2022-jp",
    "body": """はなびし生花店 御中

日の出産業共済会の工藤です。供花をお願いします。

故 那珂川 ヨシ 様（組合員 那珂川 聡の母）のご葬儀は、ご本人が長年
カトリック信徒でいらしたため、山手カトリック教会での葬儀ミサとなります。
仏式の供花スタンドではなく、白を基調とした生花のアレンジ（名札なし・カードのみ）で
お願いできますでしょうか。

　会場：カトリック山手教会（横浜市中区山手町44）
　日時：11月22日（土）11:00〜
　金額：15,000円程度
""" + SIG_KUDO,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the deceased's religion is told to a florist for a church funeral: arguably needed, arguably 要配慮",
})

MESSAGES.append({
    "id": "kyosai-037",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["ひばり損保 法人保険金サービス <hojin-claims@hibari-sonpo.co.jp>"],
    "subject": "団体総合保険 傷害保険金のご請求（第三者加害）",
    "charset": "utf-8",
    "body": """ひばり損害保険株式会社
法人保険金サービス ご担当者様

日の出産業共済会の工藤でございます。
団体総合保険の被保険者が第三者からの暴行により負傷した件について、保険金の請求を予定しております。

被保険者の菅生 美紀（すごう みき、本社総務部）は、10月31日夜、帰宅途中に
JR戸塚駅付近で見知らぬ男に殴られ、顔面骨折で約2週間入院しました。
戸塚警察署に被害届を提出済みで、加害者は傷害容疑で逮捕されたと聞いております。

第三者加害の場合の必要書類（被害届受理番号の要否など）をご教示ください。
""" + SIG_KUDO,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member who was a crime victim and was hospitalised: 要配慮個人情報",
})

MESSAGES.append({
    "id": "kyosai-038",
    "expect": "stop",
    "sender": "小野寺 直樹 <onodera.naoki@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 <info@shirakawa-law.jp>"],
    "cc": ["onuki.shuhei@hinode-sangyo.co.jp"],
    "subject": "【ご相談】逮捕された組合員への共済給付の扱い",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
白川先生

お世話になっております。日の出産業共済会の小野寺です。
至急ご相談させてください。

物流センター勤務の組合員 六車 洋平 が、11月9日に酒気帯び運転の容疑で
神奈川県警に逮捕され、現在勾留中です。本人は事故で軽傷を負っており、
本人の家族から傷病見舞金の申請が出ています。

規約第21条（給付の制限）の「故意又は重大な過失」に当たるとして不支給とすべきか、
起訴・不起訴の判断を待つべきか、ご見解をいただけますでしょうか。
""" + SIG_ONODERA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's arrest (criminal procedure) to an outside law firm: 要配慮個人情報",
})

MESSAGES.append({
    "id": "kyosai-039",
    "expect": "pass",
    "sender": "大貫 修平 <onuki.shuhei@hinode-sangyo.co.jp>",
    "to": ["sakakibara.tsuyoshi@hinode-sangyo.co.jp", "onodera.naoki@hinode-sangyo.co.jp"],
    "subject": "Re: 六車組合員の件（執行部限り）",
    "charset": "iso-2022-jp",
    "body": """委員長、小野寺さん

大貫です。六車さんの件、本日ご家族（奥様）と面会しました。
・勾留は今週末まで、その後は在宅捜査になる見込みと弁護人から説明があったそうです
・会社の懲戒委員会は起訴判断を待つとのこと
・奥様は持病（関節リウマチ）があり、生活面の不安が大きい様子でした

共済会の見舞金は白川先生の回答待ちですが、生活相談は組合として対応したいと考えます。
明日の三役会議で協議させてください。

> 白川先生に相談済みです。回答は今週中とのこと。
> 小野寺
""" + SIG_ONUKI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "an arrest and a spouse's illness discussed among internal officers only",
})

_r040 = [
    ("H10452", "山際 健吾", 51, "162/98", "7.1", "148", "要医療"),
    ("H18833", "兀下 恵", 56, "138/86", "6.2", "212", "要精密検査"),
    ("H21590", "嵯峨 誠一", 47, "171/104", "5.8", "265", "要医療"),
    ("H27704", "汐見 康介", 40, "128/80", "6.8", "190", "要再検査"),
    ("H08120", "丹生谷 昭", 59, "154/92", "8.3", "176", "要医療"),
    ("H33015", "穂積 香織", 34, "118/72", "5.4", "241", "要再検査"),
]

MESSAGES.append({
    "id": "kyosai-040",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["ウェルネスト保健サービス 保健指導課 <hokenshido@wellnest-hoken.co.jp>"],
    "subject": "共済会 健康相談事業 対象者リスト（2025年度 第2回）",
    "charset": "utf-8",
    "body": """ウェルネスト保健サービス 保健指導課
ご担当保健師様

お世話になっております。日の出産業共済会の北条です。
健康相談事業の第2回対象者（健診で要医療・要精密・要再検査となり、
共済会の受診勧奨に同意した会員）のリストを添付します。
面談日程の調整をお願いいたします。
""" + SIG_HOJO,
    "attachments": [{
        "kind": "xlsx", "name": "健康相談_対象者_第2回.xlsx",
        "sheets": {"対象者": [["健康相談事業 第2回 対象者（健診結果抜粋）"],
                              ["社員番号", "氏名", "年齢", "血圧", "HbA1c", "LDL", "総合判定"]]
                   + [list(r) for r in _r040]},
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "health check results of 6 named members in an XLSX to an outside provider",
})

MESSAGES.append({
    "id": "kyosai-041",
    "expect": "pass",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["柏木税理士事務所 <kashiwagi@kashiwagi-tax.jp>"],
    "subject": "2025年度 上期 給付実績（月別集計）",
    "charset": "cp932",
    "body": """柏木先生

いつもお世話になっております。共済会会計の真壁です。
上期の給付実績を月別・事由別に集計したCSVをお送りします。
決算の見込み作成にお使いください。個人別の明細は含めていません。

真壁
""",
    "attachments": [{
        "kind": "csv", "name": "kyufu_monthly_2025H1.csv", "encoding": "cp932",
        "rows": [["月", "傷病見舞金 件数", "傷病見舞金 金額", "弔慰金 件数", "弔慰金 金額",
                  "結婚祝金 件数", "出産祝金 件数", "入学祝金 件数", "合計金額"],
                 ["2025-04", 7, 210000, 3, 190000, 2, 3, 41, 1080000],
                 ["2025-05", 5, 140000, 1, 30000, 1, 2, 0, 250000],
                 ["2025-06", 9, 290000, 2, 130000, 4, 1, 0, 600000],
                 ["2025-07", 6, 180000, 0, 0, 1, 4, 0, 330000],
                 ["2025-08", 4, 110000, 2, 60000, 0, 3, 0, 260000],
                 ["2025-09", 8, 260000, 1, 300000, 3, 2, 0, 740000]],
    }],
    "entities": [],
    "detectors": [],
    "note": "aggregated monthly statistics only: no person's record",
})

_r042 = [
    ("H10452", "山際 健吾", "父", "山際 源一", "死亡", "2025/09/14", "神奈川県横浜市港南区日野中央2-11-7"),
    ("H20117", "礒貝 千里", "本人", "礒貝 千里", "結婚", "2025/09/20", "神奈川県横浜市鶴見区豊岡町18-4-502"),
    ("H31870", "猿渡 祐樹", "子", "猿渡 結衣", "出産", "2025/09/28", "東京都大田区西蒲田7-3-12"),
    ("H18833", "兀下 恵", "母", "兀下 キミ", "死亡", "2025/10/02", "神奈川県藤沢市鵠沼海岸3-9-21"),
    ("H27704", "汐見 康介", "子", "汐見 悠真", "出産", "2025/10/05", "神奈川県川崎市中原区木月2-14-3"),
    ("H21590", "嵯峨 誠一", "配偶者", "嵯峨 文江", "死亡", "2025/10/11", "神奈川県横須賀市追浜本町1-52"),
    ("H33015", "穂積 香織", "本人", "穂積 香織", "結婚", "2025/10/18", "神奈川県茅ヶ崎市東海岸南4-8-30"),
    ("H08120", "丹生谷 昭", "父", "丹生谷 巌", "死亡", "2025/10/23", "静岡県三島市大宮町1-6-15"),
]

MESSAGES.append({
    "id": "kyosai-042",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["山根事務所 久米様 <kume@yamane-sr.jp>"],
    "subject": "慶弔金申請 9〜10月分 確認表",
    "charset": "iso-2022-jp",
    "body": """久米様

お世話になっております。北条です。
9〜10月分の慶弔金申請の確認表（Word）をお送りします。
健保の家族埋葬料・出産育児一時金の申請漏れがないか、突合をお願いいたします。
""" + SIG_HOJO,
    "attachments": [{
        "kind": "docx", "name": "慶弔金申請確認表_9-10月.docx",
        "paragraphs": ["慶弔金申請 確認表（2025年9月〜10月受付分）", "日の出産業共済会 事務局"],
        "tables": [[["社員番号", "会員氏名", "続柄", "対象者氏名", "事由", "発生日", "会員住所"]]
                   + [list(r) for r in _r042]],
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 8 members, their family members, life events and home addresses",
})

MESSAGES.append({
    "id": "kyosai-043",
    "expect": "stop",
    "sender": "大貫 修平 <onuki.shuhei@hinode-sangyo.co.jp>",
    "to": ["全製共連 企画部 <kikaku@zenseikyo.or.jp>"],
    "subject": "共済事業研究会 発表資料（日の出産業労組）",
    "charset": "utf-8",
    "body": """全製共連 企画部 御中

日の出産業労働組合の大貫です。
来月の共済事業研究会での発表資料を送ります。事例紹介のスライドもご確認ください。
""" + SIG_ONUKI,
    "attachments": [{
        "kind": "pptx", "name": "共済事業研究会_日の出産業.pptx",
        "slides": [["日の出産業共済会の取り組み", "会員数 1,184名（2025年9月末）", "給付総額 2,760万円（前年度）"],
                   ["傷病見舞金の長期化", "休業60日超の事例が前年比1.4倍", "メンタル不調・がんが中心"],
                   ["高額給付の事例（2025年度上期）",
                    "山際 健吾（製造二課）急性心筋梗塞 48日 50,000円",
                    "星野宮 梓（本社営業部）乳がん 化学療法継続中 50,000円",
                    "嵯峨 誠一（物流センター）脳梗塞 62日 50,000円",
                    "猿渡 祐樹（品質保証課）適応障害 休職中 20,000円",
                    "丹生谷 昭（製造一課）糖尿病性腎症 透析導入 50,000円"],
                   ["今後の課題", "休職者の復職支援との連携", "団体保険との役割分担"]],
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a slide names 5 members with their diagnoses: sent to an outside federation",
})

MESSAGES.append({
    "id": "kyosai-044",
    "expect": "pass",
    "sender": "大貫 修平 <onuki.shuhei@hinode-sangyo.co.jp>",
    "to": ["全製共連 企画部 <kikaku@zenseikyo.or.jp>"],
    "subject": "【差替え】共済事業研究会 発表資料",
    "charset": "iso-2022-jp",
    "body": """全製共連 企画部 御中

大貫です。先ほどの資料、事例スライドを統計のみに差し替えました。
こちらの版をお使いください。お手数をおかけします。
""" + SIG_ONUKI,
    "attachments": [{
        "kind": "pptx", "name": "共済事業研究会_日の出産業_v2.pptx",
        "slides": [["日の出産業共済会の取り組み", "会員数 1,184名（2025年9月末）", "給付総額 2,760万円（前年度）"],
                   ["高額給付の傾向（2025年度上期）", "循環器疾患 3件", "がん 4件",
                    "メンタル不調 6件", "筋骨格系 5件", "平均休業日数 38.2日"],
                   ["今後の課題", "休職者の復職支援との連携", "団体保険との役割分担"]],
    }],
    "entities": [],
    "detectors": [],
    "note": "the corrected slides carry counts by cause only",
})

_r045 = [
    ("鬼頭 政則", "〒247-0056", "神奈川県鎌倉市大船6-2-14", mobile()),
    ("八剱 伸子", "〒252-0804", "神奈川県藤沢市湘南台3-18-9-201", mobile()),
    ("百目鬼 勉", "〒236-0042", "神奈川県横浜市金沢区釜利谷東2-7-33", mobile()),
    ("宍戸 勝也", "〒244-0817", "神奈川県横浜市戸塚区吉田町1071-5", mobile()),
    ("鳩山 すみれ", "〒210-0005", "神奈川県川崎市川崎区東田町9-2-1104", mobile()),
    ("京極 直人", "〒259-1137", "神奈川県伊勢原市笠窪412-6", mobile()),
    ("蔵本 八重子", "〒238-0013", "神奈川県横須賀市平成町2-9-5", mobile()),
    ("雲母 貴之", "〒241-0021", "神奈川県横浜市旭区鶴ケ峰本町3-12-8", mobile()),
    ("宇賀神 由紀", "〒253-0041", "神奈川県茅ヶ崎市茅ヶ崎1-14-20", mobile()),
    ("国府田 隆", "〒243-0018", "神奈川県厚木市中町4-3-17", mobile()),
]

MESSAGES.append({
    "id": "kyosai-045",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "退会記念品 送付状の宛名印刷データ",
    "charset": "utf-8",
    "body": """錦印刷 制作部 御中

いつもお世話になっております。日の出産業共済会の北条です。
今期退会者への記念品送付状の宛名印刷をお願いします。
宛名データ（CSV）をZIPにまとめて添付しました。送付状は先週校了した版でお願いします。
""" + SIG_HOJO,
    "attachments": [{
        "kind": "zip", "name": "atena_taikai_2025.zip",
        "files": [{"kind": "csv", "name": "atena_taikai_2025.csv", "encoding": "utf-8",
                   "rows": [["氏名", "郵便番号", "住所", "電話番号"]] + [list(r) for r in _r045]}],
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "ZIP with a CSV of 10 retirees' home addresses and phones to the printer",
})

MESSAGES.append({
    "id": "kyosai-046",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["ハーモニーギフト 法人営業 <hojin@harmony-gift.co.jp>"],
    "subject": "FW: 永年勤続表彰者 記念品送付先",
    "charset": "iso-2022-jp",
    "body": """ハーモニーギフト 法人営業 ご担当者様

お世話になっております。日の出産業共済会の工藤です。
永年勤続（30年）記念品のカタログギフトの送付先を、人事部からのメールごと転送します。
12月15日着でお願いします。
""" + SIG_KUDO,
    "attachments": [{
        "kind": "eml", "name": "永年勤続表彰者一覧.eml",
        "message": {
            "sender": "人事部 表彰担当 <hyosho@hinode-sangyo.co.jp>",
            "to": ["kudo.marina@hinode-sangyo.co.jp"],
            "subject": "永年勤続表彰者（30年）一覧",
            "charset": "utf-8",
            "body": """工藤さん

人事部の羽鳥です。今年度の勤続30年表彰者です。
記念品はご自宅送付を希望されています。

・丹生谷 昭（製造一課）　〒236-0031 横浜市金沢区六浦3-22-5
・嵯峨 誠一（物流センター）　〒237-0064 横須賀市追浜本町1-52
・兀下 恵（経理部）　〒251-0037 藤沢市鵠沼海岸3-9-21
・浅利 文雄（品質保証課）　〒245-0016 横浜市泉区和泉町5771-3
・椎葉 登美子（本社総務部）　〒233-0002 横浜市港南区上大岡西2-10-1-905
・甘粕 秀樹（製造二課）　〒242-0021 大和市中央6-4-8

羽鳥
""",
        },
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forwarded internal mail with 6 employees' home addresses: a forward counts",
})

_r047 = [
    ("宍戸 勝也", "244-0817", "横浜市戸塚区吉田町1071-5", "045-864-2231", "母 キヨ 様"),
    ("那珂川 聡", "231-0862", "横浜市中区山手町198-3", "045-622-7410", "母 ヨシ 様"),
    ("山際 健吾", "234-0053", "横浜市港南区日野中央2-11-7", "045-845-6602", "父 源一 様"),
    ("嵯峨 誠一", "237-0064", "横須賀市追浜本町1-52", "046-865-1174", "妻 文江 様"),
    ("丹生谷 昭", "236-0031", "横浜市金沢区六浦3-22-5", "045-781-9036", "父 巌 様"),
]

MESSAGES.append({
    "id": "kyosai-047",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["でんぽプラス 法人窓口 <hojin@denpo-plus.jp>"],
    "subject": "弔電 一括手配のお願い（5件）",
    "charset": "utf-8",
    "body": """でんぽプラス 法人窓口 御中

日の出産業共済会の工藤です。
告別式に間に合わなかった方へのお悔やみ状（弔電・後日お届け）を5件お願いします。
文例は「共済会 標準文例B」、差出人は「日の出産業共済会 理事長 榊原 剛」で。

宛名（喪主）\t郵便番号\t住所\t電話\t故人
""" + "\n".join("\t".join(r) for r in _r047) + """

請求は法人アカウント（HNS-0042）にお願いします。
""" + SIG_KUDO,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five bereaved families' home addresses and phones, tab-separated",
})

MESSAGES.append({
    "id": "kyosai-048",
    "expect": "pass",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["でんぽプラス 法人窓口 <hojin@denpo-plus.jp>"],
    "subject": "弔電のご依頼（ご自宅宛・1件）",
    "charset": "iso-2022-jp",
    "body": """でんぽプラス 法人窓口 御中

お世話になっております。日の出産業共済会の工藤です。
家族葬のため会場への弔電を辞退されたとのことで、ご自宅宛てに1通お願いします。

　宛先　〒252-0804 神奈川県藤沢市湘南台3-18-9-201　八剱 伸子 様
　台紙　押し花（紫）
　文例　標準文例A
　差出人　日の出産業共済会 理事長 榊原 剛

よろしくお願いします。
""" + SIG_KUDO,
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one person's home address for a telegram: a single record, may warn",
})

_r049 = [
    ("礒貝 千里（旧姓 浅見）", "2025年9月20日", "神奈川県横浜市鶴見区豊岡町18-4-502", "朝霧信用金庫 鶴見支店 普通 " + acct()),
    ("穂積 香織", "2025年10月18日", "神奈川県茅ヶ崎市東海岸南4-8-30", "みどり銀行 茅ヶ崎支店 普通 " + acct()),
    ("雲雀 翔太", "2025年10月1日", "東京都町田市原町田2-7-19-305", "中央労働金庫 町田支店 普通 " + acct()),
    ("瀬戸口 彩", "2025年10月10日", "神奈川県相模原市南区相模大野5-30-2", "朝霧信用金庫 相模大野支店 普通 " + acct()),
    ("真栄田 凛", "2025年10月25日", "神奈川県横浜市青葉区青葉台1-6-14", "みどり銀行 青葉台支店 普通 " + acct()),
    ("古閑 俊", "2025年11月1日", "神奈川県座間市相模が丘6-3-8", "朝霧信用金庫 座間支店 普通 " + acct()),
    ("蓬田 真子", "2025年11月3日", "神奈川県大和市鶴間1-21-5", "中央労働金庫 大和支店 普通 " + acct()),
]

MESSAGES.append({
    "id": "kyosai-049",
    "expect": "stop",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["朝霧信用金庫 本店営業部 <honten-eigyo@asagiri-shinkin.jp>"],
    "subject": "結婚祝金 振込明細（11月支給）",
    "charset": "cp932",
    "body": """朝霧信用金庫 本店営業部 御中

いつもお世話になっております。日の出産業共済会 会計担当の真壁です。
11月支給の結婚祝金（各50,000円）の振込明細です。振込日は11月28日でお願いします。

""" + "\n".join(f"【{i + 1}】\n　会員氏名：{n}\n　入籍日　：{d}\n　新住所　：{a}\n　振込先　：{b}\n"
                for i, (n, d, a, b) in enumerate(_r049)) + """
以上7件、合計350,000円です。
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "seven records, one block each, with home address and bank account",
})

_r050 = [("篠塚 達也", "製造一課"), ("仁科 さゆり", "経理部"), ("藤堂 浩二", "物流センター"),
         ("月岡 大和", "本社営業部"), ("箕輪 美咲", "本社総務部"), ("雲雀 翔太", "品質保証課")]

MESSAGES.append({
    "id": "kyosai-050",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 貸切バス営業所 <kashikiri@aoba-unyu.co.jp>"],
    "subject": "共済会日帰りバス旅行（11/29）各号車 幹事連絡先",
    "charset": "iso-2022-jp",
    "body": """青葉運輸 貸切バス営業所 御中

お世話になっております。日の出産業共済会の北条です。
11月29日（土）の日帰りバス旅行、各号車の幹事の携帯番号をお知らせします。
当日の乗務員さんとの連絡にお使いください。

""" + "\n".join(f"・{i + 1}号車　{n}（{d}）　{mobile()}" for i, (n, d) in enumerate(_r050)) + """

集合は7:30、本社正面玄関前です。よろしくお願いします。
""" + SIG_HOJO,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "bullet list of six named members' mobile numbers to the bus company",
})

# ---------------------------------------------------------------------------------------
# 051-075
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "kyosai-051",
    "expect": "pass",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 貸切バス営業所 梶原様 <kajiwara@aoba-unyu.co.jp>"],
    "subject": "春の家族レクリエーション 貸切バスお見積りのお願い",
    "charset": "utf-8",
    "body": """青葉運輸 貸切バス営業所
梶原様

先日の日帰り旅行ではお世話になりました。共済会の北条です。
来春の家族レクリエーションについて、お見積りをお願いします。

  日程    2026年4月18日（土）日帰り
  行程    本社（横浜市中区）→ 富士山こどもの国 → 本社
  台数    大型3台（1台あたり45名程度、子ども含む）
  その他  ベビーカー積載あり

当日の現地責任者は執行委員の月岡（携帯 090-8127-4453）になる予定です。
""" + SIG_HOJO,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a quote request naming one contact person with a mobile: may warn, must go",
})

_r052 = [
    ("篠塚 達也", "篠塚 陽翔", "小学校", "2019/05/14", "神奈川県横浜市金沢区柴町382-5"),
    ("汐見 康介", "汐見 陽菜", "小学校", "2019/06/19", "神奈川県川崎市中原区木月2-14-3"),
    ("二階堂 悠", "二階堂 蓮", "中学校", "2013/09/02", "神奈川県藤沢市辻堂東海岸1-4-22"),
    ("月岡 大和", "月岡 紬", "小学校", "2019/11/08", "神奈川県横浜市港北区日吉本町5-17-3"),
    ("左近 洋", "左近 湊", "小学校", "2020/01/27", "神奈川県藤沢市辻堂元町6-8-10"),
    ("箕輪 美咲", "箕輪 結翔", "中学校", "2013/04/30", "神奈川県鎌倉市台3-2-19"),
    ("御手洗 拓真", "御手洗 陸", "小学校", "2019/07/21", "神奈川県横浜市栄区小菅ケ谷1-9-4"),
    ("星野宮 梓", "星野宮 ひかり", "高等学校", "2010/03/03", "東京都町田市鶴川2-15-6"),
    ("古閑 俊", "古閑 芽衣", "中学校", "2013/12/12", "神奈川県座間市相模が丘6-3-8"),
]

MESSAGES.append({
    "id": "kyosai-052",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["ことば書房 外商部 <gaisho@kotoba-books.co.jp>"],
    "subject": "入学祝（図書カード）ご自宅直送リスト",
    "charset": "cp932",
    "body": """ことば書房 外商部 御中

日の出産業共済会の工藤です。いつもありがとうございます。
来春入学のお子さんへの入学祝（図書カード5,000円分）の直送先リストをお送りします。
古い集計ソフトから出したため .xls 形式ですがご容赦ください。
3月20日までの到着でお願いします。
""" + SIG_KUDO,
    "attachments": [{
        "kind": "xls", "name": "nyugaku_iwai_2026.xls",
        "sheets": {"直送先": [["会員氏名", "お子様氏名", "入学先", "お子様生年月日", "送付先住所"]]
                   + [list(r) for r in _r052]},
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "legacy XLS: 9 members' children with dates of birth and home addresses",
})

MESSAGES.append({
    "id": "kyosai-053",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["鴨志田 涼 <kamoshida.r@kowa-seimei.co.jp>"],
    "subject": "Re: 長期入院者の状況確認（団体医療）",
    "charset": "iso-2022-jp",
    "body": """鴨志田様

お世話になっております。工藤です。
ご照会の5名について、共済会で把握している状況は以下のとおりです。

・山際 健吾　　急性心筋梗塞　　入院48日　10/20退院、現在通院リハビリ
・星野宮 梓　　乳がん　　　　　入院22日　化学療法のため断続的に入院予定
・嵯峨 誠一　　脳梗塞　　　　　入院62日　回復期リハビリ病院へ転院
・丹生谷 昭　　糖尿病性腎症　　入院19日　週3回の人工透析を開始
・轟 昌宏　　　右足関節骨折　　入院18日　11/5より職場復帰

診断書の写しは各自の請求書に添付済みです。

工藤

> 日の出産業共済会 工藤様
> 入院日数が30日を超える見込みの方、または既に超えた方の
> 現在の状況を教えていただけますか。
> 光和生命 鴨志田
""" + SIG_KUDO,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the reply's new text lists 5 named members' diagnoses; only the question is quoted",
})

MESSAGES.append({
    "id": "kyosai-054",
    "expect": "pass",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["小島病院 医事課 文書係 <bunsho@kojima-hp.or.jp>"],
    "subject": "RE: 入院証明書 作成完了のお知らせ",
    "charset": "cp932",
    "body": """小島病院 医事課 文書係 御中

ご連絡ありがとうございます。日の出産業共済会の工藤です。
11月19日（水）の午後に、当会の者が受け取りに伺います。
文書料5,500円は窓口で現金にてお支払いします。

よろしくお願いいたします。

差出人: 小島病院 医事課 <bunsho@kojima-hp.or.jp>
送信日時: 2025年11月17日 10:12
宛先: kudo.marina@hinode-sangyo.co.jp
件名: 入院証明書 作成完了のお知らせ

日の出産業共済会 工藤様
ご依頼いただいていた嵯峨 誠一様（脳梗塞、9/3〜11/4入院）の入院証明書が
完成いたしました。ご本人の同意書に基づき、共済会様へのお渡しが可能です。
医事課 文書係
""" + SIG_KUDO,
    "entities": [],
    "detectors": [],
    "note": "the diagnosis appears only in the hospital's own quoted mail; new text is a pick-up time",
})

MESSAGES.append({
    "id": "kyosai-055",
    "expect": "stop",
    "sender": "Naoki Onodera <onodera.naoki@hinode-sangyo.co.jp>",
    "to": ["Daniel Ortiz <d.ortiz@harborbenefits.com>"],
    "subject": "Benefit cost review FY2025 - as discussed",
    "charset": "utf-8",
    "body": """Hi Daniel,

As discussed on Tuesday, attached is our internal cost review of the mutual aid
benefits for FY2025. We would value your view on where a group insurance product
could replace our self-funded sickness benefit.

Kind regards,
Naoki
""" + SIG_EN,
    "attachments": [{
        "kind": "pdf", "name": "Benefit_Cost_Review_FY2025.pdf",
        "title": "Benefit cost review FY2025", "page_header": "INTERNAL ONLY",
        "page_footer": "Hinode Sangyo Mutual Aid Association - Internal Only - Do not distribute",
        "lines": ["Benefit cost review FY2025", "Members: 1,184   Total benefits paid: JPY 27.6m",
                  "Self-funded sickness benefit: JPY 9.8m (35%)", "Condolence payments: JPY 6.1m (22%)",
                  "Recommendation: move sickness benefit above 60 days to a group LTD product."],
        "table": [["Benefit", "FY2023", "FY2024", "FY2025 (est.)"],
                  ["Sickness", "7.9m", "8.6m", "9.8m"], ["Condolence", "5.4m", "6.3m", "6.1m"],
                  ["Congratulatory", "4.2m", "4.0m", "4.4m"], ["Disaster", "0.8m", "2.9m", "3.1m"]],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the PDF carries an 'Internal Only' marking in its header and footer",
})

MESSAGES.append({
    "id": "kyosai-056",
    "expect": "stop",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["鴨志田 涼 <kamoshida.r@kowa-seimei.co.jp>"],
    "subject": "給付単価表（現行・改定案）の送付",
    "charset": "iso-2022-jp",
    "body": """鴨志田様

お世話になっております。真壁です。
料率試算の前提として、共済会の給付単価表（現行と改定案）をお送りします。
団体医療保険と重複する部分の整理にお使いください。
""" + SIG_MAKABE,
    "attachments": [{
        "kind": "xlsx", "name": "給付単価表_現行_改定案.xlsx", "page_header": "社外秘",
        "page_footer": "日の出産業共済会 運営委員会資料",
        "sheets": {"単価表": [["給付単価表（2026年度改定案）"], ["事由", "現行", "改定案", "備考"],
                              ["傷病見舞金（8日以上）", 20000, 20000, ""],
                              ["傷病見舞金（30日以上）", 30000, 40000, "団体医療と重複"],
                              ["傷病見舞金（60日以上）", 50000, 60000, ""],
                              ["本人死亡弔慰金", 300000, 300000, ""],
                              ["結婚祝金", 50000, 50000, ""], ["出産祝金", 30000, 50000, "少子化対策"]]},
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the XLSX's printed header is 社外秘: a marking inside the attachment",
})

MESSAGES.append({
    "id": "kyosai-057",
    "expect": "stop",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 資産運用相談室 <shisan-soudan@midori-ginko.co.jp>"],
    "subject": "共済会 積立金の運用見直しについて",
    "charset": "cp932",
    "body": """【取扱注意】
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
本資料は日の出産業共済会 運営委員会の審議資料です
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

みどり銀行 資産運用相談室 御中

お世話になっております。共済会会計の真壁です。
積立金の運用見直しについて、運営委員会で検討中の内容を共有いたします。

　積立金残高（9月末）　　　 　 1億2,840万円
　うち定期預金　　　　　　　　 9,500万円（平均利回り 0.12%）
　うち普通預金　　　　　　　　 3,340万円
　検討案　　　　　　　　　　　 定期預金の一部（3,000万円）を元本保証型商品へ

給付の年間支払見込み（約2,800万円）を考慮した流動性の確保について、ご提案をいただけますと幸いです。
""" + SIG_MAKABE,
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is stamped 【取扱注意】 and goes to a bank",
})

MESSAGES.append({
    "id": "kyosai-058",
    "expect": "pass",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["ハーモニーギフト 法人営業 <hojin@harmony-gift.co.jp>"],
    "subject": "Re: 永年勤続記念品 発送完了のご連絡",
    "charset": "iso-2022-jp",
    "body": """ハーモニーギフト 法人営業 ご担当者様

発送のご連絡ありがとうございます。工藤です。
お知らせいただいた青葉運輸の伝票番号で追跡し、6件とも配達予定日が12月15日であることを確認しました。

　注文番号 HG-2511-0388
　伝票番号 4471-2290-6615 ／ 4471-2290-6626 ／ 4471-2290-6630
　　　　　 4471-2290-6641 ／ 4471-2290-6652 ／ 4471-2290-6663

請求書は共済会宛て（日の出産業共済会 会計担当）でお願いいたします。
""" + SIG_KUDO,
    "entities": [],
    "detectors": [],
    "note": "order and tracking numbers only",
})

MESSAGES.append({
    "id": "kyosai-059",
    "expect": "pass",
    "sender": "大貫 修平 <onuki.shuhei@hinode-sangyo.co.jp>",
    "to": ["川崎電機労働組合 共済部 <kyosai-bu@kawasaki-denki.co.jp>"],
    "subject": "共済事業 情報交換会のご案内（1/23）",
    "charset": "iso-2022-jp",
    "body": """川崎電機労働組合 共済部 御中

いつもお世話になっております。日の出産業労働組合 書記長の大貫です。
昨年に続き、両組合の共済担当者による情報交換会を下記のとおり開催したく、ご案内申し上げます。

　日時　2026年1月23日（金）15:00〜17:00（終了後、懇親会）
　場所　日の出産業 本社ビル4階 第1会議室
　テーマ　(1) 傷病見舞金の長期化への対応
　　　　　(2) 団体保険の共同購入の可能性
　　　　　(3) 慶弔給付の電子申請化

ご出席者のお名前を1月9日までにお知らせください。
""" + SIG_ONUKI,
    "entities": [],
    "detectors": [],
    "note": "invitation to a partner union: one external organisation, no personal data",
})

MESSAGES.append({
    "id": "kyosai-060",
    "expect": "pass",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    "subject": "【障害連絡】給付管理システム 振込データ出力でエラー",
    "charset": "utf-8",
    "body": """ツバサシステム サポートデスク 御中

日の出産業共済会の工藤です。給付管理システム（KYF-Pro v4.2）で障害が発生しています。

■現象
  「振込データ作成」で支給日 2025/11/25 を指定すると、下記エラーで出力が止まります。

  [2025-11-18 09:42:11] ERROR ZenginExport: field 'kanji_name' exceeds length (batch=KB20251125-02)
  [2025-11-18 09:42:11] ERROR ZenginExport: 3 record(s) skipped, rec_id=10452,20117,31870
  [2025-11-18 09:42:12] INFO  export aborted (rows=8, written=5)

■発生日時  11月18日 9:42頃から（再実行しても同じ）
■影響      25日の振込データが作成できない
■契約番号  TS-HNK-0193

至急のご対応をお願いします。
""" + SIG_KUDO,
    "entities": [],
    "detectors": [],
    "note": "a support ticket with log lines and record ids, no personal data",
})

MESSAGES.append({
    "id": "kyosai-061",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["厚木工場 総務 <atsugi-somu@hinode-sangyo-co.jp>"],
    "subject": "厚木支部 共済委員の連絡先",
    "charset": "iso-2022-jp",
    "body": """厚木工場 総務ご担当者様

お疲れさまです。共済会事務局の北条です。
来期の厚木支部 共済委員が決まりましたので、連絡先を共有します。

　支部長　　京極 直人　内線 7201／携帯 080-2291-6034
　副支部長　国府田 隆　内線 7215／携帯 090-5540-1872
　会計　　　宇賀神 由紀　内線 7230／携帯 070-4418-9925
　委員　　　雲母 貴之　内線 7244／携帯 090-3307-6651

申請書の回収は従来どおり支部長経由でお願いします。
""" + SIG_HOJO,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "hinode-sangyo-co.jp replaces the dot with a hyphen: a look-alike of the own domain",
})

MESSAGES.append({
    "id": "kyosai-062",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 法人予約センター <houjin@sakura-hote1.jp>"],
    "subject": "保養所 年末年始の契約枠について",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 法人予約センター 御中

お世話になっております。日の出産業共済会の北条です。
年末年始（12/28〜1/4）の共済会契約枠について、今年も各館10室ずつ
確保いただけますでしょうか。抽選結果は12月5日までにお知らせします。

よろしくお願いいたします。
""" + SIG_HOJO,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hote1.jp uses a digit 1 for the l of the partner sakura-hotel.jp",
})

MESSAGES.append({
    "id": "kyosai-063",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["小島病院 医事課 文書係 <bunsho@kojima-hp.or.jp>"],
    "subject": "入院証明書（共済会所定様式）作成のお願い",
    "charset": "utf-8",
    "body": """小島病院 医事課 文書係 御中

はじめてご連絡いたします。日の出産業共済会 給付係の工藤と申します。
貴院に入院されていた組合員について、共済会所定様式での入院証明書の作成をお願いしたく存じます。

  患者氏名      大垣 亮太（おおがき りょうた）
  生年月日      平成3年8月19日
  保険証        記号 7102  番号 211
  入院期間      2025年10月7日〜10月31日
  傷病名        腰椎椎間板ヘルニア（10/9 手術）

ご本人の同意書と様式を本日郵送いたしました。文書料はご請求ください。
""" + SIG_KUDO,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one member's health insurance number and diagnosis to a hospital",
})

MESSAGES.append({
    "id": "kyosai-064",
    "expect": "stop",
    "sender": "Naoki Onodera <onodera.naoki@hinode-sangyo.co.jp>",
    "to": ["Claims Desk <claims@pacifica-assist.com>"],
    "subject": "Claim notification - member hospitalised in Bangkok",
    "charset": "utf-8",
    "body": """Dear Claims Desk,

We would like to notify a claim under policy PA-JP-55102.

Our member Mr. Masahiro Todoroki (born 12 March 1979), on assignment in Bangkok,
was admitted to Phyathai Sukhumvit Hospital on 14 November with dengue fever
(platelet count 28,000) and remains in hospital. His wife can be reached on
+66 81 447 2093.

Please arrange direct billing with the hospital and let us know which documents
you need from us.
""" + SIG_EN,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "English mail: one named member's illness and hospitalisation to a foreign assistance firm",
})

MESSAGES.append({
    "id": "kyosai-065",
    "expect": "pass",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["鴨志田 涼 <kamoshida.r@kowa-seimei.co.jp>", "坂東 奈緒 <bando.n@kowa-seimei.co.jp>"],
    "cc": ["戸叶 聡 <tokano@tomei-hoken.co.jp>"],
    "subject": "保険料の口座振替日変更について",
    "charset": "iso-2022-jp",
    "body": """光和生命 鴨志田様、坂東様
（cc：東明保険サービス 戸叶様）

お世話になっております。共済会会計の真壁です。
来年4月より、団体保険料の口座振替日を毎月27日から毎月5日に変更していただくことは可能でしょうか。
給与控除後の入金タイミングに合わせたいというのが理由です。
必要な書類がありましたらご教示ください。
""" + SIG_MAKABE,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "three external addresses but only two organisations: a normal three-way mail",
})

MESSAGES.append({
    "id": "kyosai-066",
    "expect": "pass",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["間宮 崇 <mamiya@tsubasa-system.jp>"],
    "cc": ["佐伯 智也 <saeki.tomoya@midori-ginko.co.jp>"],
    "subject": "振込データ連携（API化）の打合せ資料",
    "charset": "utf-8",
    "body": """ツバサシステム 間宮様
みどり銀行 佐伯様

お世話になっております。共済会の工藤です。
来週の三者打合せに向けて、現行の振込データの流れを整理しました。

  1. 給付管理システムで支給確定 → 全銀形式ファイル出力（月2回）
  2. 会計担当がファイルをインターネットバンキングにアップロード
  3. 承認者（事務局長）が承認 → 振込実行

API連携後は2の手作業をなくしたいと考えています。
銀行側の法人API仕様書（最新版）を佐伯様からご共有いただけますと助かります。
""" + SIG_KUDO,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two partner organisations in To/Cc, process description only",
})

_r067 = [
    ("ｼﾉﾂﾞｶ ﾀﾂﾔ", "ﾁﾕｳｵｳﾛｳｷﾝ", "ﾖｺﾊﾏ", "普通", acct(), "30,000"),
    ("ﾆｼﾅ ｻﾕﾘ", "ﾁﾕｳｵｳﾛｳｷﾝ", "ﾐｳﾗ", "普通", acct(), "50,000"),
    ("ﾄｳﾄﾞｳ ｺｳｼﾞ", "ﾁﾕｳｵｳﾛｳｷﾝ", "ﾖｺｽｶ", "普通", acct(), "20,000"),
    ("ｽｺﾞｳ ﾐｷ", "ﾁﾕｳｵｳﾛｳｷﾝ", "ｶﾅｻﾞﾜﾊｯｹｲ", "普通", acct(), "30,000"),
    ("ﾑｸﾞﾙﾏ ﾖｳﾍｲ", "ﾁﾕｳｵｳﾛｳｷﾝ", "ｶﾏｸﾗ", "普通", acct(), "30,000"),
    ("ｱﾜﾂﾞ ﾁﾖ", "ﾁﾕｳｵｳﾛｳｷﾝ", "ｽﾞｼ", "普通", acct(), "50,000"),
    ("ｸﾗﾓﾄ ﾔｴｺ", "ﾁﾕｳｵｳﾛｳｷﾝ", "ﾖｺｽｶ", "普通", acct(), "20,000"),
    ("ｷﾗﾗ ﾀｶﾕｷ", "ﾁﾕｳｵｳﾛｳｷﾝ", "ﾌﾀﾏﾀｶﾞﾜ", "普通", acct(), "20,000"),
    ("ｳｶﾞｼﾞﾝ ﾕｷ", "ﾁﾕｳｵｳﾛｳｷﾝ", "ﾁｶﾞｻｷ", "普通", acct(), "30,000"),
]

MESSAGES.append({
    "id": "kyosai-067",
    "expect": "stop",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["中央労働金庫 横浜支店 団体取引係 <yokohama-dantai@chuo-rokin.or.jp>"],
    "subject": "災害見舞金 振込依頼書（PDF）",
    "charset": "iso-2022-jp",
    "body": """中央労働金庫 横浜支店
団体取引係 ご担当者様

お世話になっております。共済会会計の真壁です。
台風22号の災害見舞金の振込依頼書をPDFでお送りします。
振込日は12月1日でお願いいたします。原本は後日持参します。
""" + SIG_MAKABE,
    "attachments": [{
        "kind": "pdf", "name": "furikomi_irai_saigai_20251201.pdf", "title": "振込依頼書（災害見舞金）",
        "lines": ["振込依頼書（災害見舞金）", "依頼人：日の出産業共済会　振込日：2025年12月1日",
                  "件数：9件　合計：280,000円", ""],
        "table": [["受取人（ｶﾅ）", "金融機関", "支店", "種目", "口座番号", "金額"]] + [list(r) for r in _r067],
    }],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "PDF table of 9 payees (half-width kana names) with account numbers",
})

_mn068 = mn()

MESSAGES.append({
    "id": "kyosai-068",
    "expect": "stop",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["柏木税理士事務所 <kashiwagi@kashiwagi-tax.jp>"],
    "subject": "Re: 報酬の支払調書（講師謝金）の件",
    "charset": "iso-2022-jp",
    "body": f"""柏木先生

お世話になっております。真壁です。
健康セミナーの講師謝金（外部講師・個人）の支払調書について、
ご本人から個人番号の提供を受けましたのでお知らせします。

　氏名　　　：蓮見 千鶴（はすみ ちづる）様　管理栄養士
　住所　　　：東京都世田谷区用賀２－３１－８
　個人番号　：{fw(_mn068[:4])}－{fw(_mn068[4:8])}－{fw(_mn068[8:])}
　支払額　　：５０，０００円（源泉徴収税額 ５，１０５円）

本人確認書類の写しは私の手元で保管しています。

> 講師謝金の支払調書の作成に、講師の方の個人番号が必要です。
> 柏木
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a lecturer's My Number written in full-width digits with separators",
})

_r069 = [
    ("篠塚 達也", "製造一課", "t.shinozuka.1987@gmail.com"),
    ("仁科 さゆり", "経理部", "sayuri-nishina@yahoo.co.jp"),
    ("藤堂 浩二", "物流センター", "todo-koji@icloud.com"),
    ("菅生 美紀", "本社総務部", "miki.sugo@outlook.jp"),
    ("月岡 大和", "本社営業部", "yamato.tsukioka@gmail.com"),
    ("雲雀 翔太", "品質保証課", "hibari_shota@docomo.ne.jp"),
    ("瀬戸口 彩", "技術開発部", "aya.setoguchi@gmail.com"),
    ("古閑 俊", "製造二課", "koga.shun0301@yahoo.co.jp"),
]

MESSAGES.append({
    "id": "kyosai-069",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["ストライクボウル横浜 団体受付 <group@strike-bowl.co.jp>"],
    "subject": "共済会ボウリング大会 参加者のご登録",
    "charset": "utf-8",
    "body": "ストライクボウル横浜 団体受付 御中\n\n共済会ボウリング大会の参加者（第1次分）です。"
            "スコア配信のため、各自のメールアドレスも登録をお願いします。\n\n"
            + "\n".join(f"{n} / {d} / {e}" for n, d, e in _r069) + "\n" + SIG_HOJO,
    "html": """<html><body>
<p>ストライクボウル横浜 団体受付 御中</p>
<p>お世話になっております。日の出産業共済会の北条です。<br>
12月13日の共済会ボウリング大会の参加者（第1次分）をお知らせします。
スコア配信のため、各自のメールアドレスも登録をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>No.</th><th>氏名</th><th>所属</th><th>スコア配信先</th></tr>
""" + "\n".join(f"<tr><td>{i + 1}</td><td>{n}</td><td>{d}</td><td>{e}</td></tr>"
                for i, (n, d, e) in enumerate(_r069)) + """
</table>
<p>北条 ゆかり（日の出産業共済会 事務局）</p>
</body></html>""",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "8 members' private e-mail addresses with names, in text and HTML",
})

MESSAGES.append({
    "id": "kyosai-070",
    "expect": "stop",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 佐伯様 <saeki.tomoya@midori-ginko.co.jp>"],
    "subject": "再送：12/10支給分 振込明細",
    "charset": "cp932",
    "body": """佐伯様

先ほどのファイルが開けないとのことで再送します。
こちらでも開けるか確認できていないのですが、取り急ぎお送りします。

真壁
""" + SIG_MAKABE,
    "attachments": [{"kind": "corrupt", "name": "furikomi_meisai_1210.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX is corrupt and cannot be scanned",
})

MESSAGES.append({
    "id": "kyosai-071",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["山根事務所 久米様 <kume@yamane-sr.jp>"],
    "subject": "被扶養者異動データ（暗号化）",
    "charset": "utf-8",
    "body": """久米様

お世話になっております。北条です。
11月の被扶養者異動データを暗号化ZIPでお送りします。
パスワードはいつもの方法（電話）でお伝えします。
""" + SIG_HOJO,
    "attachments": [{
        "kind": "zip", "name": "fuyou_idou_202511.zip", "password": "yamane-1125",
        "files": [{"kind": "csv", "name": "fuyou_idou_202511.csv", "encoding": "cp932",
                   "rows": [["社員番号", "被扶養者氏名", "続柄", "生年月日", "異動事由"],
                            ["H31870", "猿渡 結衣", "子", "2025-09-28", "出生"],
                            ["H21590", "嵯峨 文江", "妻", "1969-02-11", "死亡"],
                            ["H33015", "穂積 拓海", "夫", "1990-06-02", "婚姻"]]}],
    }],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP: its content cannot be inspected",
})

MESSAGES.append({
    "id": "kyosai-072",
    "expect": "pass",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["人事部 厚生グループ <kosei@hinode-sangyo.co.jp>"],
    "subject": "被扶養者異動データ（社内共有・暗号化）",
    "charset": "iso-2022-jp",
    "body": """厚生グループ 御中

お疲れさまです。共済会事務局の北条です。
11月分の被扶養者異動データです。社内規程に従い暗号化しています。
パスワードはTeamsでお送りします。
""" + SIG_HOJO,
    "attachments": [{
        "kind": "zip", "name": "fuyou_idou_202511_naibu.zip", "password": "kosei-1125",
        "files": [{"kind": "csv", "name": "fuyou_idou_202511.csv", "encoding": "cp932",
                   "rows": [["社員番号", "被扶養者氏名", "続柄", "生年月日", "異動事由"],
                            ["H31870", "猿渡 結衣", "子", "2025-09-28", "出生"]]}],
    }],
    "entities": [],
    "detectors": [],
    "note": "an encrypted ZIP, but the only recipient is internal",
})

MESSAGES.append({
    "id": "kyosai-073",
    "expect": "pass",
    "sender": "小野寺 直樹 <onodera.naoki@hinode-sangyo.co.jp>",
    "to": ["共済会 運営委員 <kyosai-unei@mail.hinode-sangyo.co.jp>"],
    "cc": ["sakakibara.tsuyoshi@hinode-sangyo.co.jp"],
    "subject": "【社外秘】第4回運営委員会 資料（積立金運用・規約改定）",
    "charset": "utf-8",
    "body": """━━━━━━━━━━━━
  社外秘
━━━━━━━━━━━━
運営委員各位

事務局長の小野寺です。11月27日の第4回運営委員会の資料を送ります。
議案1 積立金運用の見直し、議案2 規約改定（第3次案）です。
なお、議案2の弔慰金の受取人順位については白川先生の見解を当日口頭で報告します。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "pdf", "name": "運営委員会資料_第4回.pdf", "page_header": "社外秘",
        "lines": ["第4回 運営委員会 資料", "議案1 積立金運用の見直し", "議案2 共済会規約 改定（第3次案）"],
    }],
    "entities": [],
    "detectors": [],
    "note": "社外秘 marking, but sent only to an internal subdomain and an internal address",
})

MESSAGES.append({
    "id": "kyosai-074",
    "expect": "pass",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["さくらホテル箱根 予約係 <reserve-hakone@sakura-hotel.jp>"],
    "subject": "保養所ご予約（1/10〜11 月岡様ご家族）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル箱根 予約係 御中

いつもお世話になっております。日の出産業共済会の北条です。
下記のとおりご予約をお願いします。お支払いはチェックアウト時に現地でとのことです。

　日程：2026年1月10日（土）〜11日（日）1泊2食　和室1室
　ご利用者：
　　月岡 大和（会員・38歳）
　　月岡 早紀（妻・36歳）
　　月岡 紬（長女・6歳）
　　月岡 樹（長男・3歳）　※添い寝、食事なし
　当日連絡先：月岡様 携帯 090-8127-4453

小学生未満のお子さまのアメニティもご用意いただけると助かります。
""" + SIG_HOJO,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a family of four for one booking: fewer than five people, may warn",
})

MESSAGES.append({
    "id": "kyosai-075",
    "expect": "pass",
    "sender": "大貫 修平 <onuki.shuhei@hinode-sangyo.co.jp>",
    "to": ["全製共連 給付課 <kyufu@zenseikyo.or.jp>"],
    "subject": "地域の協力医療機関リスト（神奈川ブロック）",
    "charset": "utf-8",
    "body": """全製共連 給付課 御中

大貫です。ご依頼のあった神奈川ブロックの協力医療機関（診断書作成に協力的な病院）を
まとめました。共済ガイドへの掲載に使っていただいて構いません。

医療機関名               所在地                          代表電話        文書受付
-----------------------  ------------------------------  --------------  ------------
医療法人清涼会 小島病院   横浜市南区中里4-15-1            045-712-0811    平日 9-16時
みなと総合病院           横浜市中区新山下3-2-3           045-628-6100    平日 8:30-17時
辻堂中央病院             藤沢市辻堂神台2-1-1             0466-35-1177    平日・土曜午前
あおい整形外科           横須賀市米が浜通1-7-2           046-823-3306    平日 9-18時
相模原みどり記念病院     相模原市中央区富士見6-9-8       042-752-2020    平日 9-17時
""" + SIG_ONUKI,
    "entities": [],
    "detectors": [],
    "note": "a list of hospitals with switchboards: businesses, not people",
})

# ---------------------------------------------------------------------------------------
# 076-100
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "kyosai-076",
    "expect": "pass",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    "subject": "金融機関マスタ更新のお願い（店舗統廃合分）",
    "charset": "cp932",
    "body": """ツバサシステム サポートデスク 御中

日の出産業共済会の工藤です。給付管理システムの金融機関マスタについて、
下記の店舗統廃合分の更新をお願いします（各行からの案内文書に基づきます）。

銀行コード,銀行名,旧支店コード,旧支店名,新支店コード,新支店名,実施日
0171,みどり銀行,118,上大岡支店,101,横浜中央支店,2026-01-13
0171,みどり銀行,132,東戸塚支店,127,戸塚支店,2026-01-13
2963,中央労働金庫,455,金沢文庫支店,452,金沢八景支店,2026-02-09
1198,朝霧信用金庫,021,湘南台支店,018,藤沢支店,2026-02-16

既存の会員口座の支店コードも一括で置き換えていただけますか。
""" + SIG_KUDO,
    "entities": [],
    "detectors": [],
    "note": "bank branch codes: a list of businesses, not people",
})

_bcc077 = ["kito.masanori1958@gmail.com", "yatsurugi.nobuko@yahoo.co.jp",
           "domeki-tsutomu@outlook.jp", "shishido.katsuya@icloud.com",
           "hatoyama.sumire@ezweb.ne.jp", "kyogoku-n@gmail.com",
           "kuramoto.yaeko@softbank.ne.jp", "ugajin.yuki55@yahoo.co.jp"]

MESSAGES.append({
    "id": "kyosai-077",
    "expect": "pass",
    "sender": "日の出産業共済会 事務局 <kyosai@hinode-sangyo.co.jp>",
    "to": ["日の出産業共済会 事務局 <kyosai@hinode-sangyo.co.jp>"],
    "bcc": _bcc077,
    "subject": "【OB会】新年のつどい のご案内",
    "charset": "iso-2022-jp",
    "body": """OB会会員の皆さま

寒さが厳しくなってまいりましたが、お変わりなくお過ごしでしょうか。
日の出産業共済会 OB会事務局です。
今年も「新年のつどい」を下記のとおり開催いたします。

　日時：2026年1月17日（土）12:00〜14:30
　会場：さくらホテル横浜 2階「楓の間」
　会費：3,000円（当日受付にて）
　申込：1月9日（金）までに本メールへの返信でお知らせください

※本メールはBCCでお送りしています。
""" + SIG_HOJO,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "eight retirees on free mail are in Bcc, not visible to each other",
})

MESSAGES.append({
    "id": "kyosai-078",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["鳩山 すみれ 様 <hatoyama.sumire@ezweb.ne.jp>", "京極 直人 様 <kyogoku-n@gmail.com>",
           "蔵本 八重子 様 <kuramoto.yaeko@softbank.ne.jp>"],
    "cc": ["ugajin.yuki55@yahoo.co.jp"],
    "subject": "OB会 幹事会の日程調整",
    "charset": "iso-2022-jp",
    "body": """OB会 幹事の皆さま

共済会事務局の北条です。いつもありがとうございます。
新年のつどいの準備のため、幹事会を開きたいと思います。
ご都合のよい日を返信でお知らせください。

　候補① 12月6日（土）14時〜
　候補② 12月7日（日）14時〜
　候補③ 12月13日（土）10時〜

会場は本社ビル4階の共済会会議室です。
""" + SIG_HOJO,
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "four private persons on free mail see each other's addresses in To/Cc",
})

MESSAGES.append({
    "id": "kyosai-079",
    "expect": "pass",
    "sender": "Naoki Onodera <onodera.naoki@hinode-sangyo.co.jp>",
    "to": ["Claims Desk <claims@pacifica-assist.com>"],
    "subject": "Re: Overseas assistance enrolment - Hinode Sangyo Mutual Aid (5 members)",
    "charset": "utf-8",
    "body": """Dear Claims Desk,

Thank you for the quick enrolment. We have received the hotline cards and will
hand them to the members at the pre-departure briefing on 25 November.

Best regards,
Naoki Onodera

On Fri, 21 Nov 2025 at 09:14, Claims Desk <claims@pacifica-assist.com> wrote:
> Dear Mr. Onodera,
> The following members are now enrolled under PA-JP-55102:
>   TODOROKI Masahiro   1979-03-12   passport TR7744530
>   SHIOMI Kosuke       1985-03-31   passport TZ3973756
>   MINOWA Misaki       1991-10-27   passport TK5486624
>   GOTSUSHITA Megumi   1968-12-01   passport MU9214535
>   KAMAYACHI Yosuke    1988-05-16   passport TS9155924
> Hotline cards are attached.
> Pacifica Assistance
""",
    "entities": [],
    "detectors": [],
    "note": "passport numbers appear only in the recipient's own quoted mail",
})

MESSAGES.append({
    "id": "kyosai-080",
    "expect": "pass",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["戸叶 聡 <tokano@tomei-hoken.co.jp>"],
    "subject": "FW: 【光和生命】団体定期保険 料率改定のお知らせ",
    "charset": "iso-2022-jp",
    "body": """戸叶様

お世話になっております。真壁です。
光和生命さんから下記の案内が届きました。共済会としての影響額を試算したいので、
来週の打合せで見方を教えていただけますか。

---------- Forwarded message ----------
From: 光和生命保険 法人営業第三部 <hojin3@kowa-seimei.co.jp>
Date: 2025年11月12日
Subject: 【光和生命】団体定期保険 料率改定のお知らせ

契約者各位

2026年4月1日以降に更改を迎えるご契約より、団体定期保険の保険料率を改定いたします。
　・30歳代以下　　平均 4.5％引下げ
　・40歳代　　　　据置き
　・50歳代以上　　平均 2.8％引上げ
詳細は担当者よりご説明申し上げます。
""" + SIG_MAKABE,
    "entities": [],
    "detectors": [],
    "note": "a forward of an insurer's general notice: counts as new text but holds no personal data",
})

MESSAGES.append({
    "id": "kyosai-081",
    "expect": "pass",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "共済会ガイドブック2026 入稿データ",
    "charset": "utf-8",
    "body": """錦印刷 制作部 御中

お世話になっております。共済会の北条です。
「共済会ガイドブック2026」の入稿データ（PDF）をお送りします。
A5・中綴じ・24ページ、1,300部でお願いします。納品は3月13日希望です。
""" + SIG_HOJO,
    "attachments": [{
        "kind": "pdf", "name": "kyosai_guidebook_2026.pdf", "title": "共済会ガイドブック2026",
        "page_footer": "日の出産業共済会",
        "lines": ["共済会ガイドブック 2026", "1. 共済会とは", "2. 給付の種類と金額",
                  "　傷病見舞金　連続8日以上の休業で20,000円〜",
                  "　結婚祝金 50,000円　出産祝金 50,000円　入学祝 図書カード5,000円",
                  "3. 申請の方法（給付管理システム または 所定の申請書）",
                  "4. お問い合わせ　日の出産業共済会 事務局",
                  "　〒231-0015 横浜市中区尾上町5-82 本社ビル4階　TEL 045-662-3301（内線4412）"],
    }],
    "entities": [],
    "detectors": [],
    "note": "a guidebook with the association's own office contact only",
})

MESSAGES.append({
    "id": "kyosai-082",
    "expect": "pass",
    "sender": "大貫 修平 <onuki.shuhei@hinode-sangyo.co.jp>",
    "to": ["はなみずき編集室 <desk@hanamizuki-henshu.co.jp>"],
    "subject": "組合報「ひので」1月号 原稿とロゴデータ",
    "charset": "iso-2022-jp",
    "body": """はなみずき編集室 御中

日の出産業労働組合の大貫です。
1月号の原稿（Word）と、新しい共済会ロゴのPNGを送ります。
表紙は先月ご提案いただいたB案で進めてください。
""" + SIG_ONUKI,
    "attachments": [
        {"kind": "docx", "name": "ひので1月号_原稿.docx",
         "paragraphs": ["新年のごあいさつ　中央執行委員長 榊原 剛",
                        "共済会からのお知らせ：2026年4月から出産祝金を50,000円に増額します。",
                        "OB会「新年のつどい」開催報告は2月号に掲載予定です。",
                        "春の家族レクリエーション（4月18日）参加者募集のお知らせ"]},
        {"kind": "png", "name": "kyosai_logo_2026.png"},
    ],
    "entities": [],
    "detectors": [],
    "note": "newsletter copy and a logo: no personal data",
})

MESSAGES.append({
    "id": "kyosai-083",
    "expect": "pass",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["みなと総合病院 医事課 <iji@minato-gh.jp>"],
    "subject": "共済会所定の入院証明書様式について",
    "charset": "iso-2022-jp",
    "body": """みなと総合病院 医事課 御中

お世話になっております。日の出産業共済会 給付係の工藤です。
来年4月から共済会所定の入院証明書の様式を改定いたします。
新様式（A4・1枚）を同封して郵送いたしますので、今後はこちらをお使いいただけますでしょうか。

なお、機密保持の観点から、作成いただいた証明書は従来どおりFAXではなく
患者ご本人へのお渡し、または簡易書留での郵送でお願いいたします。
""" + SIG_KUDO,
    "entities": [],
    "detectors": [],
    "note": "mentions 機密保持 as a practice, not a marking; no patient named",
})

MESSAGES.append({
    "id": "kyosai-084",
    "expect": "pass",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["給与計算センター 日の出産業ご担当 <hinode@kyuyo-partners.co.jp>"],
    "subject": "2026年4月からの共済会費・組合費 控除額変更",
    "charset": "utf-8",
    "body": """給与計算センター 日の出産業ご担当者様

いつもお世話になっております。日の出産業共済会 会計担当の真壁です。
総代会の決定により、2026年4月支給分から控除額を下記のとおり変更します。

  項目            現行          変更後
  共済会費        月 1,000円    月 1,200円
  組合費          基本給×1.5%  基本給×1.5%（変更なし）
  団体保険料      個人別        個人別（別途データ送付）

控除コードは現行（KJ-11）のままで結構です。
""" + SIG_MAKABE,
    "entities": [],
    "detectors": [],
    "note": "a rate change notice to the payroll vendor: no personal data",
})

_r085 = [
    ("H10452", "神奈川県横浜市港南区日野中央2-11-7"),
    ("H18833", "神奈川県藤沢市鵠沼海岸3-9-21"),
    ("H21590", "神奈川県横須賀市追浜本町1-52"),
    ("H08120", "神奈川県横浜市金沢区六浦3-22-5"),
    ("H41127", "神奈川県平塚市八重咲町7-14 メゾン八重咲302"),
]

MESSAGES.append({
    "id": "kyosai-085",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["くだもの匠 ギフト受付 <gift@kudamono-takumi.co.jp>"],
    "subject": "お見舞いの果物かご 5件 発送依頼",
    "charset": "iso-2022-jp",
    "body": """くだもの匠 ギフト受付 御中

日の出産業共済会の工藤です。長期療養中の会員へのお見舞い（果物かご・5,000円）を
5件お願いします。宛名はのし紙に不要とのことなので、管理番号と送り先のみ記載します。
伝票の宛名は「ご家族様」でお願いします。

　管理番号　送り先
　―――――　――――――――――――――――――――――――――
""" + "\n".join(f"　{k}　　{a}" for k, a in _r085) + """

12月20日着でお願いします。
""" + SIG_KUDO,
    "entities": ["JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five members' home addresses keyed by employee number, no name column: still a list of people",
})

MESSAGES.append({
    "id": "kyosai-086",
    "expect": "pass",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 佐伯様 <saeki.tomoya@midori-ginko.co.jp>"],
    "subject": "組戻しのお願い（11/25 総合振込 1件）",
    "charset": "cp932",
    "body": """佐伯様

いつもお世話になっております。共済会会計の真壁です。
11月25日の総合振込のうち1件、口座番号の誤りで受取人名義相違となっておりました。
お手数ですが組戻しの手続きをお願いできますでしょうか。

　受取人　　ｻﾙﾜﾀﾘ ﾕｳｷ
　誤　　　　みどり銀行 関内支店 普通 3318204
　正　　　　みどり銀行 関内支店 普通 3318240
　金額　　　10,000円

組戻し依頼書は明日窓口に持参いたします。
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "one payee's account to the bank that made the transfer: a single record, may warn",
})

MESSAGES.append({
    "id": "kyosai-087",
    "expect": "pass",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["はなびし生花店 経理ご担当 <keiri@hanabishi-flower.jp>"],
    "subject": "Re: 10月分ご請求書（No. 2510-0073）について",
    "charset": "iso-2022-jp",
    "body": """はなびし生花店 経理ご担当者様

お世話になっております。日の出産業共済会の真壁です。
10月分ご請求書（No. 2510-0073）で、11月2日の供花が重複して計上されていました（15,000円）。
既に全額をお振込み済みのため、差額を下記の共済会口座へご返金いただけますでしょうか。

　みどり銀行 横浜中央支店 普通 4470128
　口座名義 ヒノデサンギヨウキヨウサイカイ

お手数をおかけいたしますが、よろしくお願いいたします。
""" + SIG_MAKABE,
    "entities": [],
    "detectors": [],
    "note": "the association's own bank account on a refund request: business data",
})

_r088 = [
    ("猿渡 祐樹", "7102", "184", "適応障害", "2025/10/01〜"),
    ("星野宮 梓", "7102", "97", "乳がん", "2025/08/25〜"),
    ("嵯峨 誠一", "7102", "23", "脳梗塞", "2025/09/03〜2025/11/04"),
    ("丹生谷 昭", "7102", "11", "糖尿病性腎症", "2025/10/14〜"),
    ("左近 洋", "7102", "256", "右脛骨骨折", "2025/11/06〜"),
]

MESSAGES.append({
    "id": "kyosai-088",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["日の出産業健康保険組合 給付課 <kyufu@hinode-kenpo.or.jp>"],
    "subject": "傷病手当金と共済会傷病見舞金の併給確認",
    "charset": "utf-8",
    "body": """日の出産業健康保険組合 給付課 御中

いつもお世話になっております。共済会事務局の北条です。
共済会の傷病見舞金を支給している下記5名について、傷病手当金の請求状況を
確認させてください（共済会規約上、傷病手当金の受給有無で見舞金の額が変わります）。

| 氏名 | 記号 | 番号 | 傷病名 | 休業期間 |
|---|---|---|---|---|
""" + "\n".join(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in _r088) + """

お手数ですが、今月中にご回答いただけますと幸いです。
""" + SIG_HOJO,
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "five members' health insurance symbol/number and diagnoses to the (separate) health insurance society",
})

MESSAGES.append({
    "id": "kyosai-089",
    "expect": "either",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["ハーモニーギフト 法人営業 <hojin@harmony-gift.co.jp>"],
    "subject": "永年勤続（20年）記念品 名入れのお願い",
    "charset": "iso-2022-jp",
    "body": """ハーモニーギフト 法人営業 ご担当者様

工藤です。勤続20年の記念品（名入れ万年筆）の名入れ内容をお送りします。
納品は共済会事務局宛てにまとめてお願いします。

　名入れ　　　　　所属　　　　　　勤続
　汐見 康介　　　　技術開発部　　　20年
　穂積 香織　　　　本社総務部　　　20年
　瀬戸口 彩　　　　技術開発部　　　20年
　真栄田 凛　　　　物流センター　　20年
　蓬田 真子　　　　経理部　　　　　20年
""",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "five employees' names with department and tenure only: a list of people or just name engraving?",
})

MESSAGES.append({
    "id": "kyosai-090",
    "expect": "either",
    "sender": "大貫 修平 <onuki.shuhei@hinode-sangyo.co.jp>",
    "to": ["全製共連 広報部 <koho@zenseikyo.or.jp>"],
    "subject": "連合会報 2月号「各組合の慶弔」欄 原稿",
    "charset": "utf-8",
    "body": """全製共連 広報部 御中

日の出産業労働組合の大貫です。2月号の「各組合の慶弔」欄の原稿です。
掲載については各人（ご遺族）の了解を得ています。

【ご結婚】礒貝 千里さん（経理部）　穂積 香織さん（本社総務部）　雲雀 翔太さん（品質保証課）
【ご出産】汐見 康介さん（技術開発部）長男誕生　猿渡 祐樹さん（品質保証課）長女誕生
　　　　　月岡 大和さん（本社営業部）次女誕生
【ご逝去】嵯峨 誠一さん（物流センター）のご令室 文江様
　　　　　丹生谷 昭さん（製造一課）のご尊父 巌様
　　　　　山際 健吾さん（製造二課）のご尊父 源一様
　　　　　那珂川 聡さん（本社営業部）のご母堂 ヨシ様
""" + SIG_ONUKI,
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "ten members' life events for a federation newsletter, with consent and no contact data",
})

MESSAGES.append({
    "id": "kyosai-091",
    "expect": "stop",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["鴨志田 涼 <kamoshida.r@kowa-seimei.co.jp>"],
    "subject": "上期の共済会給付と団体医療の重複状況",
    "charset": "iso-2022-jp",
    "body": """鴨志田様

真壁です。先日ご依頼のあった、共済会の傷病見舞金と団体医療保険の
重複状況をExcelにまとめました。1枚目が集計、2枚目が明細です。
""" + SIG_MAKABE,
    "attachments": [{
        "kind": "xlsx", "name": "重複状況_2025上期.xlsx",
        "sheets": {
            "集計": [["共済会給付と団体医療の重複状況（2025年度上期）"], [],
                     ["区分", "件数", "共済会給付額", "団体医療給付額"],
                     ["重複あり", 5, 230000, 1184000], ["共済会のみ", 34, 690000, 0]],
            "明細": [["氏名", "社員番号", "傷病名", "入院日数", "共済会給付", "団体医療給付"],
                     ["山際 健吾", "H10452", "急性心筋梗塞", 48, 50000, 480000],
                     ["礒貝 千里", "H20117", "子宮筋腫", 10, 30000, 100000],
                     ["轟 昌宏", "H14483", "右足関節骨折", 18, 30000, 180000],
                     ["嵯峨 誠一", "H21590", "脳梗塞", 62, 50000, 620000],
                     ["丹生谷 昭", "H08120", "糖尿病性腎症", 19, 50000, 190000]],
        },
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the second sheet lists five named members with diagnoses",
})

MESSAGES.append({
    "id": "kyosai-092",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["百目鬼 勉 様 <domeki-tsutomu@outlook.jp>"],
    "cc": ["百目鬼 絵美 様 <emi.domeki@yahoo.co.jp>", "平安セレモニー 戸塚ホール <totsuka@heian-ceremony.co.jp>"],
    "subject": "共済会からの弔慰金と供花について",
    "charset": "iso-2022-jp",
    "body": """百目鬼 勉 様
（cc：ご長女 絵美様、平安セレモニー 戸塚ホール様）

このたびはご愁傷さまでございます。日の出産業共済会の工藤でございます。
OB会会員のご家族ご逝去に伴う弔慰金（20,000円）と供花について、ご連絡いたします。

・供花は平安セレモニー様を通じて手配させていただきます（1基）
・弔慰金は後日、ご登録の口座へお振込みいたします
・会社名での弔電は、ご遺族のご意向により控えます

ご不明な点は、私宛てにお気軽にご連絡ください。
""" + SIG_KUDO,
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "two private persons and a funeral company see each other in To/Cc: three external parties",
})

MESSAGES.append({
    "id": "kyosai-093",
    "expect": "pass",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["onodera.naoki@hinode-sangyo.co.jp"],
    "cc": ["hojo.yukari@hinode-sangyo.co.jp"],
    "subject": "FW: 診断書（大垣さん）受領しました",
    "charset": "utf-8",
    "body": """小野寺さん

工藤です。大垣さんの診断書が本人から届いたので転送します。
60日以上の加算に当たるかどうか、決裁をお願いします。

---- 転送メッセージ ----
差出人: 大垣 亮太 <ogaki.ryota@hinode-sangyo.co.jp>
件名: 診断書の送付

共済会 工藤様
製造一課の大垣です。小島病院の診断書をPDFで送ります。
腰椎椎間板ヘルニアの術後経過が思わしくなく、12月末まで休業が延びる見込みです。
""",
    "attachments": [{
        "kind": "pdf", "name": "診断書_大垣亮太.pdf",
        "lines": ["診 断 書", "氏名 大垣 亮太　平成3年8月19日生", "病名 腰椎椎間板ヘルニア（術後）",
                  "上記により2025年12月31日まで休業加療を要する。", "医療法人清涼会 小島病院 整形外科"],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a member's medical certificate forwarded between internal staff only",
})

MESSAGES.append({
    "id": "kyosai-094",
    "expect": "stop",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["さくらホテル箱根 予約係 <reserve-hakone@sakura-hotel.jp>"],
    "subject": "Re: 保養所ご予約（12/27〜28 二階堂様）お部屋の件",
    "charset": "iso-2022-jp",
    "body": """さくらホテル箱根 予約係 御中

北条です。先日ご予約した二階堂様の件で追加のお願いです。
ご同行のお父様（二階堂 正雄様）が昨年の事故による脊髄損傷で下肢麻痺があり、
車椅子をご利用です。バリアフリールームへの変更と、大浴場の貸切時間の設定が
可能か教えていただけますでしょうか。
""" + SIG_HOJO,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named person's disability and its medical cause in a sentence to a hotel",
})

MESSAGES.append({
    "id": "kyosai-095",
    "expect": "pass",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["湯の宿 かじか荘 <info@kajika-so.jp>"],
    "subject": "バリアフリー対応についてのお問い合わせ",
    "charset": "iso-2022-jp",
    "body": """湯の宿 かじか荘 御中

お世話になっております。日の出産業共済会の北条です。
共済会の契約保養所として、会員の方から次のようなお問い合わせがありました。

　・車椅子をご利用の方が1名同行する場合、客室と食事処まで段差なく移動できるか
　・貸切風呂に手すりやシャワーチェアがあるか

ご予約の前に確認したいとのことですので、わかる範囲でご回答いただけますと幸いです。
""" + SIG_HOJO,
    "entities": [],
    "detectors": [],
    "note": "an accessibility question about an unnamed guest: no identifiable person",
})

MESSAGES.append({
    "id": "kyosai-096",
    "expect": "stop",
    "sender": "工藤 麻里奈 <kudo.marina@hinode-sangyo.co.jp>",
    "to": ["光和生命 団体保険事務センター <dantai-jimu@kowa-seimei.co.jp>"],
    "subject": "団体医療保険（家族コース）加入申込 1件",
    "charset": "cp932",
    "body": """光和生命保険 団体保険事務センター 御中

日の出産業共済会の工藤です。中途の家族コース加入申込を1件お送りします。
申込書の記載内容を転記します（原本は郵送済み）。

■会員　　　　京極 直人（ｷｮｳｺﾞｸ ﾅｵﾄ）　Ｓ５５．３．２７生
■加入家族
　配偶者　京極 朋美（ﾄﾓﾐ）　　Ｓ５７．１０．５生
　長女　　京極 澪（ﾐｵ）　　　　Ｈ２１．６．１４生
　次女　　京極 栞（ｼｵﾘ）　　　Ｈ２４．１．３０生
　長男　　京極 湊斗（ﾐﾅﾄ）　　Ｈ２８．１１．３生
　母　　　京極 フサ（ﾌｻ）　　　Ｓ２２．８．１８生

以上、本人＋家族5名です。
""" + SIG_KUDO,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "six people's names and 和暦 dates of birth (full-width, abbreviated eras) to the insurer",
})

MESSAGES.append({
    "id": "kyosai-097",
    "expect": "pass",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["ひまわり健診センター 予約課 <yoyaku@himawari-kenshin.or.jp>"],
    "subject": "共済会補助 人間ドックのご予約（3名）",
    "charset": "utf-8",
    "body": """ひまわり健診センター 予約課 御中

お世話になっております。日の出産業共済会の北条です。
共済会補助による人間ドック（日帰りAコース）のご予約をお願いします。

  1. 浅利 文雄   1966年2月9日生    連絡先 090-6682-3145   希望日 1/20
  2. 椎葉 登美子 1970年11月23日生  連絡先 080-1193-7708   希望日 1/20
  3. 甘粕 秀樹   1972年5月30日生   連絡先 070-2246-5581   希望日 1/27

費用は共済会補助分（1人20,000円）を当会へ、残額をご本人へご請求ください。
""" + SIG_HOJO,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three people's records for a booking: under five, may warn, must go",
})

MESSAGES.append({
    "id": "kyosai-098",
    "expect": "stop",
    "sender": "大貫 修平 <onuki.shuhei@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"],
    "subject": "組合報「ひので」1月号 印刷のお見積り",
    "charset": "iso-2022-jp",
    "body": """錦印刷 営業部 御中

日の出産業労働組合の大貫です。
組合報「ひので」1月号（A4・8ページ・フルカラー・1,300部）の印刷について、
お見積りをお願いします。入稿は12月19日、納品は1月8日を予定しています。
""" + SIG_ONUKI,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp drops an s from the partner nishiki-insatsu.co.jp",
})

MESSAGES.append({
    "id": "kyosai-099",
    "expect": "pass",
    "sender": "北条 ゆかり <hojo.yukari@hinode-sangyo.co.jp>",
    "to": ["月岡 早紀 様 <saki.tsukioka@docomo.ne.jp>"],
    "subject": "出産祝金の申請方法について（ご返信）",
    "charset": "iso-2022-jp",
    "body": """月岡 早紀 様

お問い合わせありがとうございます。日の出産業共済会の北条です。
ご出産おめでとうございます。

出産祝金の申請は、会員ご本人（大和さん）から以下の書類をご提出いただく形になります。
　1. 共済会 給付申請書（様式3）
　2. 出生を確認できる書類（母子手帳の出生届出済証明のページの写し など）
申請書は社内ポータルからダウンロードできますので、大和さん経由でお受け取りください。

出生から1年以内であれば申請できますので、どうぞご無理のないように。
""" + SIG_HOJO,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one member's spouse on carrier mail, procedural answer only",
})

_r100 = [("鬼頭 政則", "神奈川県鎌倉市大船6-2-14", "800,000"),
         ("八剱 伸子", "神奈川県藤沢市湘南台3-18-9-201", "650,000"),
         ("百目鬼 勉", "神奈川県横浜市金沢区釜利谷東2-7-33", "720,000"),
         ("宍戸 勝也", "神奈川県横浜市戸塚区吉田町1071-5", "540,000"),
         ("鳩山 すみれ", "神奈川県川崎市川崎区東田町9-2-1104", "480,000"),
         ("京極 直人", "神奈川県伊勢原市笠窪412-6", "610,000")]

MESSAGES.append({
    "id": "kyosai-100",
    "expect": "stop",
    "sender": "真壁 千晶 <makabe.chiaki@hinode-sangyo.co.jp>",
    "to": ["柏木税理士事務所 <kashiwagi@kashiwagi-tax.jp>"],
    "subject": "退会餞別金 支払調書用データ（2025年分）",
    "charset": "cp932",
    "body": """柏木先生

いつもお世話になっております。真壁です。
2025年分の退会餞別金（退職所得扱い分）の支払調書作成用データをお送りします。
個人番号は本人確認済みです。提出後はデータの削除をお願いいたします。
""" + SIG_MAKABE,
    "attachments": [{
        "kind": "csv", "name": "senbetsu_shiharaichosho_2025.csv", "encoding": "cp932",
        "rows": [["氏名", "住所", "個人番号", "支払金額"]]
        + [[n, a, mn(), amt] for n, a, amt in _r100],
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CSV of 6 retirees with addresses and My Numbers to the tax accountant",
})
