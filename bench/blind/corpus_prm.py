"""Blind corpus — area "prm": the special-assistance desk (PRM desk) of 日の出産業's
airport ground-handling business: passengers with reduced mobility, wheelchairs
(WCHR/WCHS/WCHC), MEDIF medical clearance forms, oxygen, service animals, airlines,
hospitals, private ambulance transfers, partner hotels and buses, English mail to
foreign carriers.

Every person, address, phone number, booking reference, passport / card / My Number
and every organisation other than the ones named in BRIEF.md is invented.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import itertools
import random

from build import card_number, my_number

SEED = 14701
rng = random.Random(SEED)
_serial = itertools.count(SEED)


def next_my_number() -> str:
    return my_number(next(_serial))


def next_card() -> str:
    return card_number(next(_serial))


_FW = str.maketrans("0123456789-/ ", "０１２３４５６７８９－／　")


def fw(text: str) -> str:
    """full-width digits, hyphens, slashes and spaces, as typed in Japanese IMEs"""
    return text.translate(_FW)


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"


def pnr() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(rng.choice(alphabet) for _ in range(6))


def corporate_number(base12: str) -> str:
    """法人番号: check digit in front of 12 digits"""
    total = 0
    for n, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def grouped(num: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(num[i:i + size] for i in range(0, len(num), size))


# -- signatures and disclaimers of the desk's staff ---------------------------------------

SIG_ONODERA = """
--
日の出産業株式会社 空港サービス事業部
成田空港支店 旅客サービス課 特別サポートデスク
小野寺 葵（Aoi Onodera）
〒282-0004 千葉県成田市古込1-1 第2旅客ターミナル本館 4階
TEL 0476-33-5710（デスク直通）／FAX 0476-33-5719
onodera.aoi@hinode-sangyo.co.jp
"""

SIG_MAKABE = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━
 日の出産業株式会社
 羽田空港事業所 PRMサポートチーム
 真壁 瑞穂 ／ Mizuho Makabe
 〒144-0041 東京都大田区羽田空港3-3-2
 Tel 03-5757-8821  Fax 03-5757-8829
━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_HAMASUNA = """
***************************************
日の出産業（株）空港サービス事業部
特別サポートデスク 統括マネージャー
浜砂 健吾
内線 4402 ／ 携帯（社用）080-3120-7745
***************************************
"""

SIG_KUROSAKI = """
Best regards,

Ren Kurosaki
Special Assistance Coordinator
Hinode Sangyo Co., Ltd. - Airport Services Division
Narita International Airport, Terminal 2, 4F
Tel: +81-476-33-5711 | Fax: +81-476-33-5719
kurosaki.ren@hinode-sangyo.co.jp
"""

SIG_KITO = """
----------------------------------------
日の出産業株式会社 空港サービス事業部 総務人事グループ
鬼頭 沙織
TEL 0476-33-5600（代表） 内線 4210
----------------------------------------
"""

SIG_USAMI = """
日の出産業株式会社
空港サービス事業部 経理グループ　宇佐美 拓
〒282-0004 千葉県成田市古込1-1
TEL 0476-33-5600／FAX 0476-33-5609
"""

SIG_GONDO = """
-- 
権藤 亮（ごんどう りょう）
日の出産業株式会社 情報システム部 空港システム担当
TEL 03-6810-2291（本社） 内線 7731
"""

SIG_DESK = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社
特別サポートデスク（受付 6:00～22:00／年中無休）
TEL 0476-33-5710　FAX 0476-33-5719
E-mail prm-desk@hinode-sangyo.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
"""

SIG_KAI = """
--
甲斐 玲奈 ／ Rena Kai
日の出産業株式会社 関西空港事業所 特別サポート係
〒549-0001 大阪府泉佐野市泉州空港北1 旅客ターミナルビル 3F
TEL 072-456-3380
"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。
本メールの無断転用・転送はご遠慮ください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee(s). If you have received this e-mail in error, please notify
the sender immediately and delete it. Any unauthorised use, disclosure or copying is
prohibited.
"""

ONODERA = "小野寺 葵 <onodera.aoi@hinode-sangyo.co.jp>"
MAKABE = "真壁 瑞穂 <makabe.mizuho@hinode-sangyo.co.jp>"
HAMASUNA = "浜砂 健吾 <hamasuna.kengo@hinode-sangyo.co.jp>"
KUROSAKI = "Ren Kurosaki <kurosaki.ren@hinode-sangyo.co.jp>"
KITO = "鬼頭 沙織 <kito.saori@hinode-sangyo.co.jp>"
USAMI = "宇佐美 拓 <usami.taku@hinode-sangyo.co.jp>"
GONDO = "権藤 亮 <gondo.ryo@hinode-sangyo.co.jp>"
DESK = "特別サポートデスク <prm-desk@hinode-sangyo.co.jp>"
KAI = "甲斐 玲奈 <kai.rena@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001-010
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "prm-001",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["ソラノ航空 成田空港所 旅客課 <nrt-pax@solano-air.co.jp>"],
    "subject": "【PRM事前連絡】6/14 SN203便 WCHC 1名",
    "charset": "iso-2022-jp",
    "body": """ソラノ航空株式会社 成田空港所 旅客課 御中

いつもお世話になっております。
日の出産業 特別サポートデスクの小野寺です。

6月14日（金）SN203便（成田 10:35発 → 那覇）にご搭乗予定のお客様について、
事前にご連絡いたします。

鴫原 登美子（シギハラ トミコ）様、78歳、予約番号 K7Q2MX。
SSRはWCHCで承っております。脳梗塞の後遺症で左半身に麻痺があり、座位の保持は
できますが、ご自身での移乗はできないとのことです。長男様が同行されます。

搭乗口でのアイルチェア1台と、機内での移乗介助2名のご手配をお願いいたします。
弊社からはハイリフト車1台とアシスタント2名を配置いたします。

どうぞよろしくお願いいたします。
""" + SIG_ONODERA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named passenger's stroke after-effects and paralysis in a sentence to an airline: 要配慮個人情報",
})

MESSAGES.append({
    "id": "prm-002",
    "expect": "pass",
    "sender": MAKABE,
    "to": ["吉良 諒 <kira.ryo@hokuto-airline.jp>"],
    "subject": "Re: 6/20 HK115便 車いすのお客様について",
    "charset": "iso-2022-jp",
    "body": """北斗エアライン株式会社 羽田空港所
吉良様

お世話になっております。日の出産業の真壁です。
ご連絡ありがとうございます。承知いたしました。

当日は到着スポット（18番）にリフト車1台とスタッフ2名を配置し、機側でお待ちします。
降機後はバゲージクレームでお預けの車いすをお受け取りいただき、
第1ターミナル南口のタクシー乗り場までお送りいたします。

引き続きよろしくお願いいたします。
""" + SIG_MAKABE + """
> 日の出産業株式会社
> 真壁様
>
> いつもお世話になっております。北斗エアラインの吉良です。
> 6/20 HK115便（新千歳 → 羽田 13:05着）にて、下記のお客様がご到着予定です。
>
> 　氏名：蓮見 和之 様（72歳）
> 　SSR ：WCHS
> 　備考：パーキンソン病のため歩行が不安定。ご自身の車いすは貨物室預け。
> 　連絡先：090-4418-2265
>
> 降機時のアシストをお願いできますでしょうか。
> よろしくお願いいたします。
""",
    "entities": [],
    "detectors": [],
    "note": "the passenger's diagnosis is only in the quoted request; the new text is logistics",
})

_rows_003 = [
    ["Hinode Sangyo - PRM handling list (ARRIVALS) 15 JUN", "", "", "", "", "", ""],
    ["prepared by Special Assistance Desk NRT T2", "", "", "", "", "", ""],
    ["Flight", "STA", "Passenger", "Seat", "SSR", "Remarks", "Contact"],
    ["PC 9", "15:20", "HOLLOWAY/MARGARET MRS", "3A", "WCHS", "hip replacement (April), cannot climb stairs", "+44 7700 918 342"],
    ["PC 9", "15:20", "TAKANASHI/SHOZO MR", "21C", "WCHC", "post-stroke, right side paralysis, travelling with wife", mobile()],
    ["PC 9", "15:20", "OKAFOR/CHIDI MR", "30D", "BLND", "totally blind, guide dog (SVAN) in cabin", "+234 803 555 0142"],
    ["PC 11", "18:45", "LINDQVIST/ASTRID MS", "12F", "WCHR", "dialysis patient, session booked 16 JUN", "+46 70 412 88 05"],
    ["PC 11", "18:45", "DOMEKI/HARUE MRS", "24A", "WCHC", "advanced dementia, escort: daughter", mobile()],
    ["PC 11", "18:45", "NAKAGAWA/REN MSTR", "24B", "DPNA", "autism, sensitive to noise, please use quiet route", mobile()],
    ["PC 11", "18:45", "BRENNAN/PATRICK MR", "40G", "WCBD", "spinal cord injury (T6), own power chair dry cell", "+1 617 555 0193"],
    ["PC 11", "18:45", "SAITO/KIKUE MRS", "41A", "MEDA", "oxygen 2L/min POC, MEDIF cleared", mobile()],
]
_rows_003d = [
    ["DEPARTURES 15 JUN", "", "", "", "", ""],
    ["Flight", "STD", "Passenger", "SSR", "Remarks", "Check-in"],
    ["PC 10", "17:10", "ARAKI/TADASHI MR", "WCHR", "knee osteoarthritis", "T2 counter J"],
    ["PC 10", "17:10", "VOSS/INGRID MRS", "DEAF", "profoundly deaf, reads lips (English)", "T2 counter J"],
    ["PC 12", "20:30", "KUGIMIYA/SETSUKO MRS", "WCHS", "heart failure, avoid long walks", "T2 counter J"],
]
_rows_003e = [
    ["Equipment", "Qty", "Location"],
    ["Ambulift (high-lift)", 1, "Spot 62"],
    ["Aisle chair", 2, "Gate 71"],
    ["Manual wheelchair", 6, "Arrival hall B"],
]

MESSAGES.append({
    "id": "prm-003",
    "expect": "stop",
    "sender": KUROSAKI,
    "to": ["PCA Narita Station <nrtstation@pacificcrane.com>"],
    "cc": ["prm-desk@hinode-sangyo.co.jp"],
    "subject": "PRM handling list - PC 9 / PC 11 arrivals, 15 JUN",
    "charset": "utf-8",
    "body": """Dear PCA Narita team,

Please find attached tomorrow's PRM handling list for PC 9 and PC 11 arrivals and the
evening departures. We will have the ambulift on spot 62 from 15:00.

Could you please confirm the seat of Mr. Brennan's companion by 10:00 tomorrow?
""" + SIG_KUROSAKI,
    "attachments": [{
        "kind": "xlsx", "name": "PRM_list_15JUN.xlsx",
        "sheets": {"Arrivals": _rows_003, "Departures": _rows_003d, "Equipment": _rows_003e},
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX with 11 passengers' names, phones and diagnoses / disabilities to a foreign airline",
})

MESSAGES.append({
    "id": "prm-004",
    "expect": "pass",
    "sender": HAMASUNA,
    "to": ["prm-desk@hinode-sangyo.co.jp"],
    "cc": ["小野寺 葵 <onodera.aoi@hinode-sangyo.co.jp>", "甲斐 玲奈 <kai.rena@kix.hinode-sangyo.co.jp>"],
    "subject": "遅番への引継ぎ（6/16）",
    "charset": "cp932",
    "body": f"""遅番各位

お疲れさまです。浜砂です。本日の引継ぎです。

■ 到着（要対応）
1) 14:10 SN118  釘宮 サダ様    WCHC  認知症あり、娘様同行   {mobile()}
2) 15:05 HK233  忽那 啓介様    WCHS  右下腿切断（義足）       {mobile()}
3) 16:40 PC 9   Mr. Holloway   WCHR  心房細動、抗凝固薬服用中 +44 7700 918 342
4) 19:25 AZ 871 薬師寺 美鈴様  MEDA  酸素 3L/分、MEDIF承認済 {mobile()}
5) 20:50 SN124  一番ヶ瀬 聡様  BLND  全盲、盲導犬同伴         {mobile()}

■ 注意
・4) は到着後そのまま千葉中央医療センターへ民間救急で搬送。ひまわりさん 21:20 着予定。
・5) の盲導犬のリリーフエリアは 1F 北側を使用してください。

以上、よろしくお願いします。
""" + SIG_HAMASUNA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "internal only (incl. a kix. subdomain): a full handover list with diagnoses may go",
})

MESSAGES.append({
    "id": "prm-005",
    "expect": "stop",
    "sender": KUROSAKI,
    "to": ["Kestrel Air Medical Desk <medical.clearance@kestrelair.com>"],
    "subject": "MEDIF submission - KE 782 NRT-SIN 22JUN - Mr IBARAKI",
    "charset": "utf-8",
    "body": """Dear Medical Desk,

On behalf of our passenger Mr. Tetsuo IBARAKI (DOB 03AUG1949), booked on KE 782
Narita - Singapore on 22 June, please find attached the completed MEDIF (Part 1 and
Part 2, signed by his attending physician).

Mr. Ibaraki has chronic obstructive pulmonary disease (COPD) and needs supplemental
oxygen at 2 L/min throughout the flight. He will bring his own POC (Inogen One G5,
FAA-approved) with three batteries.

We would be grateful for your clearance by 19 June.
""" + SIG_KUROSAKI,
    "attachments": [{
        "kind": "pdf", "name": "MEDIF_IBARAKI_KE782.pdf", "title": "MEDIF",
        "lines": [
            "MEDICAL INFORMATION FORM (MEDIF)  -  PART 1 (to be completed by passenger)",
            "Passenger name: IBARAKI / TETSUO  MR        Date of birth: 03 AUG 1949",
            "Flight: KE 782  NRT-SIN  22 JUN   Booking ref: " + pnr(),
            "Wheelchair: WCHR   Stretcher: no   Escort: wife (IBARAKI/NOBUKO MRS)",
            "Own POC: Inogen One G5, 3 batteries (approx. 12 h)",
            "",
            "PART 2 (to be completed by attending physician)",
            "Diagnosis: COPD (GOLD stage 3), chronic respiratory failure",
            "Date of first symptoms: 2017   Date of diagnosis: 2018",
            "Current condition: stable, SpO2 91% on room air, 96% on 2 L/min",
            "Oxygen required in flight: yes, 2 L/min continuous",
            "Physician: Dr. K. Morooka, Tomisato Respiratory Clinic",
        ],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "MEDIF with a named passenger's diagnosis and date of birth to an airline's medical desk",
})

MESSAGES.append({
    "id": "prm-006",
    "expect": "pass",
    "sender": DESK,
    "to": ["のぞみトラベル 団体旅行課 <dantai@nozomi-travel.jp>"],
    "subject": "診断書（MEDIF）様式と記入要領のご送付",
    "charset": "iso-2022-jp",
    "body": """のぞみトラベル株式会社
団体旅行課　猿渡様

いつもお世話になっております。特別サポートデスクでございます。
お問い合わせいただきました、医療用酸素やストレッチャーをご利用のお客様向けの
診断書（MEDIF）の様式と記入要領をお送りいたします。

・様式は各航空会社により異なる場合がございます。ご予約の航空会社の様式を優先してください。
・主治医のご記入欄（PART2）は、ご搭乗日の10日前以内の日付でご記入いただく必要があります。
・ご提出は航空会社の予約センター宛となります。弊社へのご送付は不要です。

ご不明点がございましたら、お気軽にお問い合わせください。
""" + SIG_DESK,
    "attachments": [{
        "kind": "docx", "name": "MEDIF様式_記入要領.docx", "title": "MEDIF様式（記入見本なし）",
        "paragraphs": [
            "診断書（MEDIF）記入要領",
            "1. 旅客記入欄（PART1）：氏名・便名・搭乗日・必要な補助（車いす／ストレッチャー／酸素）",
            "2. 医師記入欄（PART2）：診断名、発症日、現在の状態、機内での酸素の要否",
            "3. 記入後、航空会社の予約センターへFAXまたはメールでご提出ください。",
        ],
        "tables": [[
            ["項目", "記入欄"],
            ["氏名（ローマ字）", ""],
            ["便名／搭乗日", ""],
            ["必要な補助", "□車いす　□ストレッチャー　□酸素　□その他"],
            ["診断名（医師記入）", ""],
            ["医師署名", ""],
        ]],
    }],
    "entities": [],
    "detectors": [],
    "note": "a blank form and instructions to a travel agency: no person's data",
})

MESSAGES.append({
    "id": "prm-007",
    "expect": "stop",
    "sender": HAMASUNA,
    "to": ["民間救急ひまわり 配車センター <haisha@himawari-kyukyu.jp>"],
    "subject": "搬送依頼（6/18 成田空港 → 千葉中央医療センター）",
    "charset": "cp932",
    "body": """民間救急ひまわり 配車センター ご担当者様

いつも大変お世話になっております。日の出産業の浜砂です。
下記のとおり、空港からの搬送をお願いいたします。

【搬送日時】6月18日（水）SN856便 到着 16:25 ／ 機側お迎え 16:45 目安
【お迎え場所】第2ターミナル 到着スポット62（制限区域内、弊社スタッフが同乗ご案内）
【搬送先】千葉中央医療センター 整形外科病棟（受入確認済）

【患者様】
　氏名　　：勘解由小路 正臣（かでのこうじ まさおみ）様
　生年月日：昭和３３年１１月３日
　傷病名　：右大腿骨頸部骨折（渡航先にて手術済み、術後１２日）
　状態　　：ストレッチャー、座位不可、意識清明
　保険証　：健康保険証　記号 ５１０２　番号 ８８３
　付添　　：奥様１名

ストレッチャーは御社のものをご用意ください。
よろしくお願いいたします。
""" + SIG_HAMASUNA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "ambulance request: one patient's name, 和暦 DOB, injury and health-insurance 記号・番号",
})

MESSAGES.append({
    "id": "prm-008",
    "expect": "pass",
    "sender": KUROSAKI,
    "to": ["Azure Lotus Airlines - Tokyo Station <tyo.station@azurelotus-air.com>"],
    "subject": "Service animals at NRT T2 - handling procedure",
    "charset": "utf-8",
    "body": """Dear Station Manager,

Following our call yesterday, here is a summary of how we handle service animals (SVAN)
at Narita Terminal 2 on behalf of your flights:

  - Documents: the airline's own acceptance (SVAN/ESAN in the PNR), the animal's
    rabies vaccination certificate and, for arrivals, the import inspection certificate
    from the Animal Quarantine Service.
  - Relief area: 1F north side, outside the arrival lobby (open 24 h). A second area
    airside near gate 93 is planned for autumn.
  - Boarding: the passenger and the animal board first; we escort them from the
    special assistance counter (row J) 60 minutes before departure.
  - Emotional support animals are not accepted in the cabin under your current policy;
    we will refer such requests back to your reservations team.

Please let us know if anything differs from your manuals.
""" + SIG_KUROSAKI + DISC_EN,
    "entities": [],
    "detectors": [],
    "note": "procedure for service animals, no passenger; standard English disclaimer",
})

MESSAGES.append({
    "id": "prm-009",
    "expect": "stop",
    "sender": HAMASUNA,
    "to": [
        "ソラノ航空 成田空港所 <nrt-ops@solano-air.co.jp>",
        "成田みなみ総合病院 地域医療連携室 <renkei@naritaminami-hosp.or.jp>",
        "民間救急ひまわり <haisha@himawari-kyukyu.jp>",
    ],
    "subject": "6/21 搬送調整のオンライン打合せのご案内",
    "charset": "iso-2022-jp",
    "body": """関係各位

いつもお世話になっております。日の出産業の浜砂です。
6月24日到着便でご帰国予定の患者様の搬送につき、事前の調整会議を下記のとおり
開催したく存じます。

　日時：6月21日（土）14:00～14:30
　方法：Teams（URLは前日にお送りします）
　議題：機側での引継ぎ手順、ストレッチャー搭載位置、病院到着予定時刻

患者様の詳細は各社個別にお送りしておりますので、本メールには記載しておりません。
ご都合の悪い場合はお知らせください。
""" + SIG_HAMASUNA,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "an airline, a hospital and an ambulance firm all in To: three external parties see each other",
})

MESSAGES.append({
    "id": "prm-010",
    "expect": "pass",
    "sender": ONODERA,
    "to": ["ソラノ航空 成田空港所 <nrt-ops@solano-air.co.jp>"],
    "cc": ["民間救急ひまわり 配車センター <haisha@himawari-kyukyu.jp>"],
    "subject": "Re: 6/24 SN902便 ストレッチャーのお客様 機側引継ぎ時刻",
    "charset": "iso-2022-jp",
    "body": """ソラノ航空 成田空港所 ご担当者様
（cc: 民間救急ひまわり様）

お世話になっております。日の出産業の小野寺です。

ご依頼の件、機側での引継ぎは以下で確定といたします。
・到着スポット：207番（オープンスポット）
・ハイリフト車接車：ブロックイン後 10分
・ひまわり様の車両：制限区域ゲート5番 17:40 入構、弊社車両が先導します

変更がございましたら、私の携帯ではなくデスク代表までご連絡ください。
""" + SIG_ONODERA,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc, logistics only: a normal three-way mail",
})

# ---------------------------------------------------------------------------------------
# 011-020
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "prm-011",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["青葉運輸 成田営業所 配車係 <narita@aoba-unnyu.co.jp>"],
    "subject": "車いす回送スケジュール（6月第4週）",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社 成田営業所
配車係 ご担当者様

お世話になっております。日の出産業 羽田事業所の真壁です。
羽田⇔成田間の貸出用車いすの回送について、来週分のスケジュールをお送りします。

　6/23（月）羽田T1 09:00積込 → 成田T2 11:30着　自走式 8台
　6/25（水）成田T2 14:00積込 → 羽田T3 16:30着　介助式 4台・アイルチェア 2台
　6/27（金）羽田T2 08:30積込 → 成田T1 11:00着　自走式 6台

積込場所はいつもの貨物ヤード北側です。台数変更の際は前日17時までにご連絡します。
よろしくお願いいたします。
""" + SIG_MAKABE,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unnyu.co.jp is a look-alike (letter added) of partner aoba-unyu.co.jp",
})

_shift_012 = "\n".join(
    f"{name}\t{role}\t{mobile()}\t{days}"
    for name, role, days in [
        ("真壁 瑞穂", "リーダー", "1-5,8-12"),
        ("廣瀬 ちひろ", "アシスタント", "2-6,9-13"),
        ("東雲 大和", "アシスタント", "1-3,7-11"),
        ("ンジャイ・アマドゥ", "アシスタント（英・仏）", "4-8,12-16"),
        ("桑畑 栞", "アシスタント", "3-7,10-14"),
        ("五百旗頭 崇", "ドライバー（リフト車）", "1-4,8-11"),
    ]
)

MESSAGES.append({
    "id": "prm-012",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["浜砂 健吾 <hamasuna.kengo@hinode-sangyou.co.jp>"],
    "subject": "羽田PRMチーム 7月前半シフトと緊急連絡先",
    "charset": "utf-8",
    "body": f"""浜砂さん

お疲れさまです。真壁です。
7月前半のシフトと、緊急連絡網用の携帯番号をまとめました。ご確認ください。

氏名\t担当\t携帯\t出勤日
{_shift_012}

17日以降は来週お送りします。
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "to hinode-sangyou.co.jp, a look-alike of the own domain; also six staff with mobile numbers",
})

_rows_013 = [["予約番号", "氏名", "便名", "SSR", "備考"]] + [
    [pnr(), n, "AJ" + str(rng.randrange(100, 400)), s, r] for n, s, r in [
        ("雲雀 トシ", "WCHC", "脊髄損傷"), ("乙部 賢治", "WCHR", "人工膝関節"),
        ("小鳥遊 ゆかり", "BLND", "弱視"), ("月見里 功", "WCHS", "心不全"),
        ("薮内 花", "DEAF", "手話"), ("樋渡 篤", "MEDA", "酸素"),
    ]
]

MESSAGES.append({
    "id": "prm-013",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["あおぞらジェット 成田空港支店 <nrt-shiten@aozora-jet.co.jp>"],
    "subject": "6/18 アシスタンス予約一覧（パスワード付ZIP）",
    "charset": "iso-2022-jp",
    "body": """あおぞらジェット株式会社 成田空港支店 御中

お世話になっております。日の出産業 特別サポートデスクの小野寺です。
6月18日分のアシスタンス予約一覧をお送りします。
ファイルはパスワード付きZIPとなっております。パスワードは別メールにてお送りします。

ご確認のほどよろしくお願いいたします。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "zip", "name": "PRM予約一覧_0618.zip", "password": "hN7#q2Lw",
        "files": [{"kind": "xlsx", "name": "PRM予約一覧_0618.xlsx", "sheets": {"6月18日": _rows_013}}],
    }],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to an airline: the attachment cannot be inspected",
})

MESSAGES.append({
    "id": "prm-014",
    "expect": "pass",
    "sender": ONODERA,
    "to": ["あおぞらジェット 成田空港支店 <nrt-shiten@aozora-jet.co.jp>"],
    "subject": "【パスワード通知】6/18 アシスタンス予約一覧",
    "charset": "iso-2022-jp",
    "body": """あおぞらジェット株式会社 成田空港支店 御中

先ほどお送りした「PRM予約一覧_0618.zip」のパスワードをお知らせいたします。

　パスワード：hN7#q2Lw

なお、弊社では来月より、パスワード付きZIPでの送付を取りやめ、
共有フォルダ（ツバサシステム社の「PRMポータル」）でのご提供に切り替える予定です。
詳細は追ってご案内いたします。
""" + SIG_ONODERA,
    "entities": [],
    "detectors": [],
    "note": "the password mail alone: no attachment, no personal data",
})

MESSAGES.append({
    "id": "prm-015",
    "expect": "stop",
    "sender": HAMASUNA,
    "to": ["ソラノ航空 成田空港所 所長 <nrt-manager@solano-air.co.jp>"],
    "subject": "6/9 SN211便 降機時の車いす転倒事案 報告書送付",
    "charset": "cp932",
    "body": """ソラノ航空株式会社 成田空港所
所長 兵頭様

平素より大変お世話になっております。日の出産業の浜砂でございます。

6月9日 SN211便の降機時に発生いたしました車いすの転倒事案につきまして、
弊社の事故報告書（第1報）を添付にてお送りいたします。
お客様には多大なご迷惑をおかけし、誠に申し訳ございませんでした。

再発防止策については、来週の定例会にてご説明させていただきます。
""" + SIG_HAMASUNA,
    "attachments": [{
        "kind": "docx", "name": "事故報告書_0609_SN211.docx",
        "page_header": "社外秘　日の出産業株式会社 空港サービス事業部",
        "paragraphs": [
            "事故報告書（第1報）",
            "発生日時：6月9日 11:42頃　場所：第2ターミナル 到着スポット58 ハイリフト車内",
            "概要：お客様（以下「お客様A」）を車いすで降機中、ハイリフト車の床面段差で前輪が引っかかり、車いすが前傾。",
            "お客様Aは手をついて転倒は免れたが、右手首に痛みを訴えられたため、空港クリニックにご案内した。",
            "原因：リフト車床面のスロープ板の設置が不完全であった（作業手順書 4.2 の確認漏れ）。",
            "対策：スロープ板設置後のダブルチェックを全車で実施（6/10より）。",
        ],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the DOCX carries a 社外秘 page header; the passenger is not identified",
})

MESSAGES.append({
    "id": "prm-016",
    "expect": "pass",
    "sender": GONDO,
    "to": ["ツバサシステム株式会社 営業部 湊様 <minato.k@tsubasa-system.jp>"],
    "subject": "PRM予約管理システム改修に伴う秘密保持契約書の締結について",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム株式会社
営業部　湊様

いつもお世話になっております。日の出産業 情報システム部の権藤です。

先日ご相談したPRM予約管理システムの改修（航空会社向けポータル追加）について、
要件定義に入る前に秘密保持契約を締結したく存じます。
弊社の標準書式（秘密保持契約書 2024年版）をベースに、以下の点をご確認ください。

　・第3条（秘密情報の範囲）：お客様の個人情報を含む旨を明記
　・第7条（再委託）：事前の書面承諾を要件とする
　・有効期間：契約締結日から3年

書式はご確認後、捺印版をお送りします。来週水曜までにご意見をいただけますと幸いです。
""" + SIG_GONDO + DISC_JA,
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA (秘密保持契約) plus the standard disclaimer: not a marking",
})

_card_017 = next_card()

MESSAGES.append({
    "id": "prm-017",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["さくらホテル成田 フロント <front-narita@sakura-hotel.jp>"],
    "subject": "本日ご宿泊のお客様（欠航振替）のギャランティについて",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル成田
フロント ご担当者様

お世話になっております。日の出産業 特別サポートデスクの小野寺です。
先ほどお電話でご予約いたしました、SN907便欠航によるご宿泊のお客様の件です。
ご本人様より、ギャランティ用のカード情報をお預かりしましたのでお知らせします。

　ご宿泊者：蓼科　美代子　様
　カード番号：{fw(grouped(_card_017))}
　有効期限：０８／２８
　ご連絡先：{fw(mobile())}

チェックインは21時頃の予定です。車いすでお伺いしますので、
エントランス正面の車寄せをご利用させていただきます。
""" + SIG_ONODERA,
    "entities": ["PERSON_NAME", "CREDIT_CARD", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a guest's credit card number (full-width digits) to a partner hotel",
})

_mn_018 = next_my_number()

MESSAGES.append({
    "id": "prm-018",
    "expect": "stop",
    "sender": KITO,
    "to": ["金本社会保険労務士事務所 <info@kanemoto-sr.jp>"],
    "subject": "資格取得届の件（特別サポートデスク 新規採用1名）",
    "charset": "cp932",
    "body": f"""金本社会保険労務士事務所
金本先生

いつもお世話になっております。日の出産業 総務人事グループの鬼頭です。
7月1日付で特別サポートデスクに採用するアシスタント1名について、
健康保険・厚生年金の資格取得届の作成をお願いいたします。

　氏名　　　：廣瀬 ちひろ（ヒロセ チヒロ）
　生年月日　：平成１２年５月２８日
　住所　　　：〒286-0201 千葉県富里市日吉台3-18-6 コーポ日吉台203
　個人番号　：{grouped(_mn_018)}
　基礎年金番号：4017-528836
　雇用形態　：契約社員（週30時間）

雇用契約書の写しは郵送いたします。どうぞよろしくお願いいたします。
""" + SIG_KITO,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a new employee's My Number and 基礎年金番号 sent to an outside 社労士",
})

MESSAGES.append({
    "id": "prm-019",
    "expect": "pass",
    "sender": DESK,
    "to": ["yoshie.kurisu.0723@gmail.com"],
    "subject": "【日の出産業 特別サポートデスク】アシスタンスご予約の確認",
    "charset": "iso-2022-jp",
    "body": """栗栖 様

このたびは特別サポートデスクをご利用いただき、ありがとうございます。
下記のとおりご予約を承りました。

　ご搭乗日：6月30日（月）
　便名　　：SN108便（成田 8:50発 → 福岡）
　お待ち合わせ：第1ターミナル 南ウイング 4階 特別サポートカウンター（Kカウンター横）
　お待ち合わせ時刻：7:10

当日は係員がカウンターでお待ちしております。ご予定が変わった場合は、
お手数ですが下記までお電話ください。
""" + SIG_DESK,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "booking confirmation to the passenger's own free-mail address, no health detail",
})

MESSAGES.append({
    "id": "prm-020",
    "expect": "either",
    "sender": DESK,
    "to": ["Keiko Tokairin <k.tokairin@icloud.com>"],
    "subject": "お電話でのご依頼内容の確認（7/3 HK104便）",
    "charset": "utf-8",
    "body": """東海林 恵子 様

本日はお電話ありがとうございました。特別サポートデスクの廣瀬です。
お伺いした内容に誤りがないか、ご確認をお願いいたします。

・7月3日（木）HK104便 羽田 7:25発 → 旭川
・多発性硬化症のため長い距離の歩行が難しく、保安検査場から搭乗口までは車いす（WCHR）をご希望
・ロフストランドクラッチ（2本）は機内にお持ち込み
・体温が上がると症状が出やすいため、待合では空調の効いた場所をご希望

内容に相違がございましたら、本メールにご返信ください。
""" + SIG_DESK,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "the passenger's own diagnosis sent back to her own address: 要配慮 but her own data",
})

# ---------------------------------------------------------------------------------------
# 021-030
# ---------------------------------------------------------------------------------------

_rows_021 = [
    ("HK102", "09:40", "猪狩 銀次郎", "2C", "WCHR", mobile(), "人工膝関節置換術後"),
    ("HK102", "09:40", "猪狩 キヨ", "2D", "WCHS", mobile(), "関節リウマチ"),
    ("HK108", "12:15", "Tran Thi Lan", "15A", "WCHS", mobile(), "妊娠高血圧で入院歴"),
    ("HK114", "15:50", "源 さやか", "7F", "DEAF", mobile(), "聴覚障害 筆談希望"),
    ("HK114", "15:50", "鬼怒川 修", "31K", "WCHC", mobile(), "ALS 人工呼吸器なし"),
    ("HK120", "19:05", "湯之上 澄子", "4A", "BLND", mobile(), "緑内障 全盲"),
]
_table_021 = "\n".join(
    f"{f:<7} {t:<6} {n:<16} {s:<5} {c:<6} {p:<15}  {r}" for f, t, n, s, c, p, r in _rows_021
)

MESSAGES.append({
    "id": "prm-021",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["北斗エアライン 羽田空港所 旅客サービス <hnd-pax@hokuto-airline.jp>"],
    "subject": "6/19 到着便 アシスタンス対象のお客様（6名）",
    "charset": "iso-2022-jp",
    "body": f"""北斗エアライン 羽田空港所 旅客サービス ご担当者様

お世話になっております。日の出産業の真壁です。
明日6/19の到着便で、弊社がアシストするお客様の一覧です。
機内での降機順のご調整をお願いいたします。

便名    到着   氏名             座席  SSR    携帯番号          備考
------- ------ ---------------- ----- ------ ---------------  ------------------
{_table_021}

以上6名です。よろしくお願いいたします。
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "space-padded list of six passengers with mobiles and diagnoses to an airline",
})

MESSAGES.append({
    "id": "prm-022",
    "expect": "pass",
    "sender": ONODERA,
    "to": ["Kestrel Air Narita <nrt.ops@kestrelair.com>"],
    "subject": "空港周辺の救急告示病院リスト（更新版）",
    "charset": "utf-8",
    "body": """Kestrel Air 成田空港支店
オペレーション ご担当者様

お世話になっております。日の出産業の小野寺です。
機内で急病のお客様が出た場合の搬送先候補として、空港周辺の救急告示病院の一覧を
更新しましたのでお送りします（代表番号・救急外来の受付時間は6月時点）。

病院名\t所在地\t代表電話\t救急外来
成田みなみ総合病院\t千葉県成田市飯田町90-1\t0476-22-1180\t24時間
千葉中央医療センター\t千葉県千葉市中央区南町2-14-5\t043-261-5501\t24時間
富里さくら台病院\t千葉県富里市七栄654-2\t0476-93-0271\t平日 8:30-20:00
芝山はにわ記念病院\t千葉県山武郡芝山町小池1020\t0479-77-3360\t24時間
香取しおさい病院\t千葉県香取市佐原イ1850\t0478-52-4411\t平日・土 9:00-17:00

夜間は成田みなみ総合病院か千葉中央医療センターをおすすめしています。
""" + SIG_ONODERA,
    "entities": [],
    "detectors": [],
    "note": "a list of hospitals with switchboard numbers: businesses, not people",
})

_rows_023 = [
    ("カザマキ　トメ", "昭和１４年　２月１１日", fw(mobile()), "車いす（ＷＣＨＲ）、補聴器使用"),
    ("ウツミ　ゲンゾウ", "昭和１７年１０月　３日", fw(mobile()), "杖歩行、心臓ペースメーカー"),
    ("ウツミ　ハツエ", "昭和１９年　７月２４日", fw(mobile()), "なし（同行者）"),
    ("ヨコヅカ　キミ", "昭和１２年　５月　５日", fw(mobile()), "車いす（ＷＣＨＳ）、糖尿病でインスリン注射"),
    ("オオタケ　ススム", "昭和２２年１２月３０日", fw(mobile()), "白内障術後、段差注意"),
    ("ミヤシタ　フサ", "昭和１６年　８月１５日", fw(mobile()), "車いす（ＷＣＨＲ）、認知症軽度"),
    ("ミヤシタ　カズオ", "昭和４１年　１月１９日", fw(mobile()), "なし（ご家族）"),
]
_table_023 = "\n".join(f"{n}　　{d}　　{p}　　{r}" for n, d, p, r in _rows_023)

MESSAGES.append({
    "id": "prm-023",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["旭ツーリスト 添乗センター <tenjo@asahi-tourist.co.jp>"],
    "subject": "7/8 出発 沖縄シニアツアー アシスタンス対象者の確認",
    "charset": "cp932",
    "body": f"""旭ツーリスト株式会社 添乗センター
芦刈様

お世話になっております。日の出産業 特別サポートデスクの小野寺です。
御社よりいただいた参加者名簿のうち、空港内でのアシスタンスが必要な方を抜き出しました。
介助内容に誤りがないか、添乗員様経由でご確認いただけますでしょうか。

氏名（カナ）　　　　生年月日　　　　　　　　　携帯　　　　　　　　　　　　介助内容
－－－－－－－－　　－－－－－－－－－－　　－－－－－－－－－－－－　　－－－－－－－－
{_table_023}

以上７名です。
""" + SIG_ONODERA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "kana names, 和暦 DOBs and full-width phones of seven tour members with conditions",
})

MESSAGES.append({
    "id": "prm-024",
    "expect": "pass",
    "sender": HAMASUNA,
    "to": ["ソラノ航空 空港業務部 <kuko-gyomu@solano-air.co.jp>"],
    "subject": "5月度 成田空港 PRMアシスタンス実績",
    "charset": "utf-8",
    "html": """<html><body>
<p>ソラノ航空株式会社 空港業務部 御中</p>
<p>いつもお世話になっております。日の出産業の浜砂です。<br>
5月度の成田空港におけるアシスタンス実績をご報告いたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>SSR</th><th>出発</th><th>到着</th><th>計</th><th>前年同月</th></tr>
<tr><td>WCHR</td><td>412</td><td>398</td><td>810</td><td>744</td></tr>
<tr><td>WCHS</td><td>96</td><td>88</td><td>184</td><td>171</td></tr>
<tr><td>WCHC</td><td>21</td><td>19</td><td>40</td><td>35</td></tr>
<tr><td>BLND</td><td>14</td><td>12</td><td>26</td><td>22</td></tr>
<tr><td>DEAF</td><td>9</td><td>11</td><td>20</td><td>17</td></tr>
<tr><td>MEDA / STCR</td><td>6</td><td>8</td><td>14</td><td>9</td></tr>
<tr><td>UMNR</td><td>58</td><td>61</td><td>119</td><td>130</td></tr>
</table>
<p>平均待ち時間（到着、機側）は 6.4 分で、目標の 10 分以内を達成しております。<br>
詳細は定例会でご説明いたします。</p>
<p>日の出産業株式会社 特別サポートデスク 浜砂</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "HTML table of monthly counts by SSR code: aggregate, no person",
})

_rows_025 = "\n".join(
    f"{pnr()}\t{mobile()}\t{mail}\t{dob}"
    for mail, dob in [
        ("shizu.hanawa@yahoo.co.jp", "1951/04/17"),
        ("k-ogiwara1948@ezweb.ne.jp", "1948/11/02"),
        ("tamura.family.55@gmail.com", "1955/06/30"),
        ("m.uchiyama@outlook.jp", "1962/01/09"),
        ("harumi_t0312@docomo.ne.jp", "1944/03/12"),
        ("abe.kuniaki@icloud.com", "1958/09/25"),
    ]
)

MESSAGES.append({
    "id": "prm-025",
    "expect": "stop",
    "sender": DESK,
    "to": ["ことのはリサーチ 調査部 <research@kotonoha-research.co.jp>"],
    "subject": "アシスタンス利用者満足度調査 配信用データ（第1回分）",
    "charset": "utf-8",
    "body": f"""ことのはリサーチ株式会社
調査部 ご担当者様

お世話になっております。日の出産業 特別サポートデスクです。
満足度調査のWebアンケート配信用データ（第1回分）をお送りします。
氏名は不要とのことでしたので、予約番号で管理しております。

予約番号\t電話番号\tメールアドレス\t生年月日
{_rows_025}

第2回分は月末にお送りします。
""" + SIG_DESK,
    "entities": ["PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "six people's phone, e-mail and DOB without a name column, tab-separated, to a survey firm",
})

MESSAGES.append({
    "id": "prm-026",
    "expect": "pass",
    "sender": ONODERA,
    "to": ["ソラノ航空 成田空港所 <nrt-ops@solano-air.co.jp>"],
    "subject": "Re: 6/24 到着の患者様 病院側の窓口について",
    "charset": "iso-2022-jp",
    "body": """ソラノ航空 成田空港所 ご担当者様

お世話になっております。日の出産業の小野寺です。
お問い合わせの病院側の窓口ですが、以下のとおりです。

　千葉中央医療センター 地域医療連携室
　ご担当：富樫 様
　直通：043-261-5588（平日 8:30～17:15）
　夜間・休日：043-261-5501（代表、救急外来経由）

受入時刻の最終確認は前日に富樫様から弊社へご連絡いただく予定です。
""" + SIG_ONODERA,
    "entities": [],
    "detectors": [],
    "note": "one business contact at a hospital (department direct line): business contact, not a record",
})

MESSAGES.append({
    "id": "prm-027",
    "expect": "stop",
    "sender": KUROSAKI,
    "to": ["PCA Narita Station <nrtstation@pacificcrane.com>"],
    "subject": "PC 12 NRT-LAX 20JUN - passenger travelling alone, DEAF",
    "charset": "utf-8",
    "body": """Hello PCA team,

A note for tomorrow's PC 12 (dep. 20:30): Ms. Yuriko KUTSUNA, seat 33H, is travelling
alone to Los Angeles. She is profoundly deaf since birth and communicates in Japanese
Sign Language and in writing (Japanese / basic English). She does not use hearing aids.

Our sign-language-capable staff will escort her from check-in to the gate. Could you
please brief the cabin crew so that the safety demonstration is given to her
individually with the written card, and that announcements about delays are shown to
her in writing?

Many thanks,
""" + SIG_KUROSAKI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English: a named passenger's deafness (disability) in a sentence to a foreign airline",
})

MESSAGES.append({
    "id": "prm-028",
    "expect": "pass",
    "sender": MAKABE,
    "to": ["北斗エアライン 羽田 遺失物係 <lost-found@hokuto-airline.jp>"],
    "subject": "機内忘れ物のお問い合わせ（6/17 HK233便）",
    "charset": "iso-2022-jp",
    "body": f"""北斗エアライン 羽田空港 遺失物係 ご担当者様

お世話になっております。日の出産業の真壁です。
昨日 HK233便でご到着のお客様から、機内に忘れ物をしたとのご連絡がありました。

　お客様：鳥羽 浩二 様
　ご連絡先：{mobile()}
　座席：14C
　品物：紺色の折りたたみ杖（グリップに赤いテープ）、老眼鏡（黒いケース）

見つかりましたら、お客様へ直接ご連絡いただけますでしょうか。
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one passenger's name and phone for a lost item: a single record, may be warned",
})

_rows_029 = [["氏名", "郵便番号", "住所", "電話番号"]] + [
    ["四十物 克也", "286-0011", "千葉県成田市玉造5-8-3", "0476-27-4410"],
    ["忍足 よし子", "289-1115", "千葉県八街市八街ほ217-4", mobile()],
    ["鯨岡 輝男", "270-1326", "千葉県印西市木下1421-6", "0476-42-7385"],
    ["左近充 美奈", "135-0016", "東京都江東区東陽4-9-12-805", mobile()],
    ["荻原 幸", "300-1235", "茨城県牛久市刈谷町3-51", "029-871-2206"],
    ["大豆生田 栄", "321-0954", "栃木県宇都宮市元今泉6-2-7", mobile()],
    ["嶋津 トミ", "260-0021", "千葉県千葉市中央区新宿2-3-18", "043-245-0931"],
    ["仙波 昭二", "283-0068", "千葉県東金市東岩崎8-5", mobile()],
    ["高良 ミツ", "904-2143", "沖縄県沖縄市知花5-22-1", "098-939-4027"],
]

MESSAGES.append({
    "id": "prm-029",
    "expect": "stop",
    "sender": DESK,
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "サービスご案内DM 宛名データ送付の件",
    "charset": "cp932",
    "body": """錦印刷株式会社 営業部
平良様

いつもお世話になっております。日の出産業 特別サポートデスクです。
先日お見積りいただいた「空港アシスタンスサービスのご案内」DMの宛名データを添付します。
まずは試し刷り用の9件分です。残りは校了後にお送りします。

文字化けがありましたらご連絡ください。
""" + SIG_DESK,
    "attachments": [{"kind": "csv", "name": "DM宛名_試し刷り.csv", "encoding": "cp932", "rows": _rows_029}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV with nine customers' names, addresses and phones to the printer",
})

MESSAGES.append({
    "id": "prm-030",
    "expect": "pass",
    "sender": HAMASUNA,
    "to": ["モビリティ機器販売 法人営業 <hojin@mobility-kiki.co.jp>"],
    "subject": "Re: 介助用車いす・アイルチェアのお見積り",
    "charset": "iso-2022-jp",
    "body": """モビリティ機器販売株式会社
法人営業部　葛城様

お世話になっております。日の出産業の浜砂です。
お見積りありがとうございました。社内で検討のうえ、下記で発注を進めたいと思います。

　品番 KM-22S　介助用車いす（空港仕様・ノーパンクタイヤ）　12台 × 68,400円
　品番 AC-05　 アイルチェア（機内通路幅 38cm 対応）　　　　 3台 × 215,000円
　品番 OP-11　 酸素ボンベホルダー（KM-22S用）　　　　　　　 6個 ×   9,800円

納期は8月末希望です。正式な注文書は来週、購買部よりお送りします。
""" + SIG_HAMASUNA,
    "entities": [],
    "detectors": [],
    "note": "equipment prices and product codes: ordinary business mail",
})

# ---------------------------------------------------------------------------------------
# 031-040
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "prm-031",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["ソラノ航空 成田空港所 <nrt-ops@solano-air.co.jp>", "hayato.kamimura.1985@gmail.com"],
    "cc": ["青葉運輸 成田営業所 <narita@aoba-unyu.co.jp>"],
    "subject": "6/26 SN122便ご到着後のお迎えについて",
    "charset": "iso-2022-jp",
    "body": """ソラノ航空 成田空港所 ご担当者様
上村 隼人 様
青葉運輸 成田営業所 ご担当者様

お世話になっております。日の出産業 特別サポートデスクの小野寺です。

6/26 SN122便でご到着のお父様のお迎えについて、関係者の皆様にまとめてご連絡します。
・到着後、弊社係員が機側から到着ロビー（北口）までご案内します（15:40頃）
・上村様は北口の到着出口でお待ちください
・青葉運輸様の送迎車（ワゴン、車いす固定装置付）は北口3番乗り場に 15:50 着でお願いします

ご不明点があればデスクまでお電話ください。
""" + SIG_ONODERA,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "an airline, a partner bus firm and a private person in To/Cc: three external parties visible",
})

MESSAGES.append({
    "id": "prm-032",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["甲斐 玲奈 <kai.rena@hinode-sangyo.jp>"],
    "subject": "FW: 6/21 成田→関空 乗継のお客様（3名）",
    "charset": "utf-8",
    "body": f"""甲斐さん

お疲れさまです。成田の小野寺です。
明日、成田経由で関空に乗り継ぐお客様の情報です。関空側での受けをお願いします。

【1】御子柴 恒夫 様（81）AJ331便
　WCHC。パーキンソン病で嚥下障害あり、機内食はとらない予定。携帯 {mobile()}
【2】Mrs. Agnieszka NOWAK（67）AJ331便
　WCHR。乳がん術後で右腕に力が入らないため手荷物の介助。携帯 +48 601 224 937
【3】比嘉 恵太 様（34）AJ335便
　DPNA。知的障害（療育手帳B1）、お母様が同行。混雑した場所が苦手。

以上です。何かあれば内線でどうぞ。
""" + SIG_ONODERA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but sent to hinode-sangyo.jp (co. dropped): look-alike, with three patients' conditions",
})

MESSAGES.append({
    "id": "prm-033",
    "expect": "pass",
    "sender": HAMASUNA,
    "to": ["prm-desk@hinode-sangyo.co.jp", "総務人事G <somu-jinji@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】6/9 車いす転倒事案 社内調査資料",
    "charset": "iso-2022-jp",
    "body": """関係者各位

社外秘です。6/9の転倒事案について、社内調査資料をパスワード付きで共有します。
パスワードはいつもの事案共有用のものです（Teamsの固定メッセージ参照）。

社外への提出版は別途、お客様情報を伏せたものを作成します。
""" + SIG_HAMASUNA,
    "attachments": [{
        "kind": "zip", "name": "調査資料_0609.zip", "password": "Sp-0609-rv",
        "files": [{"kind": "docx", "name": "調査資料.docx", "page_header": "社外秘",
                   "paragraphs": ["お客様：蒲生 フミ 様（85）右橈骨遠位端骨折の疑い", "担当：東雲 大和"]}],
    }],
    "entities": [],
    "detectors": [],
    "note": "internal only: a 社外秘 subject and a password ZIP may go inside the company",
})

MESSAGES.append({
    "id": "prm-034",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["あおぞらジェット 成田空港支店 <nrt-shiten@aozora-jet.co.jp>"],
    "subject": "7/2 AJ302便 ストレッチャーのお客様 退院時サマリー",
    "charset": "iso-2022-jp",
    "body": """あおぞらジェット株式会社 成田空港支店 御中

お世話になっております。日の出産業の小野寺です。
7/2 AJ302便でストレッチャーご利用のお客様について、病院から退院時サマリーを
いただきましたので転送いたします。
PDFにはパスワードを設定しております（別途お電話でお伝えします）。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "pdf", "name": "退院時サマリー_AJ302.pdf", "password": "0702aj302",
        "lines": ["退院時サマリー", "患者氏名：新発田 晴美", "診断名：くも膜下出血（術後）"],
    }],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a password-protected PDF to an airline: cannot be inspected",
})

MESSAGES.append({
    "id": "prm-035",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["北斗エアライン 羽田空港所 旅客サービス <hnd-pax@hokuto-airline.jp>"],
    "subject": "7/1 アシスタンス予約一覧",
    "charset": "iso-2022-jp",
    "body": """北斗エアライン 羽田空港所 旅客サービス ご担当者様

お世話になっております。日の出産業の真壁です。
7/1分のアシスタンス予約一覧を添付いたします。
システム移行の関係で、今回はExcelでの送付となります。
""" + SIG_MAKABE,
    "attachments": [{"kind": "corrupt", "name": "PRM予約一覧_0701.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX is corrupt: it cannot be read, so it must stop",
})

MESSAGES.append({
    "id": "prm-036",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["さくらホテル成田 宿泊予約 <reserve-narita@sakura-hotel.jp>"],
    "subject": "6/24～6/27 ご宿泊のお客様についてのお願い",
    "charset": "iso-2022-jp",
    "body": """さくらホテル成田 宿泊予約ご担当者様

お世話になっております。日の出産業 特別サポートデスクの小野寺です。
6/24から3泊でご予約いただいているオオツキ　ヒデオ様について、ご本人様のご了承のうえ
お願いがございます。

オオツキ様は週3回の人工透析を受けておられ、ご滞在中の6/25（水）は近隣の
成田駅前腎クリニックで透析の予定です。当日は朝7時半にクリニックの送迎車が
ホテルに参りますので、ロビーでのご案内をお願いできますでしょうか。
また、お食事は塩分・カリウム制限があるため、朝食会場でのご配慮をお願いいたします。
""" + SIG_ONODERA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a guest named in katakana with his dialysis treatment: 要配慮 for one person",
})

MESSAGES.append({
    "id": "prm-037",
    "expect": "pass",
    "sender": HAMASUNA,
    "to": ["ソラノ航空 成田空港所 <nrt-ops@solano-air.co.jp>"],
    "cc": ["成田みなみ総合病院 地域医療連携室 <renkei@naritaminami-hosp.or.jp>"],
    "subject": "RE: 7/5 SN902便 搬送対象の患者様について",
    "charset": "cp932",
    "body": """ソラノ航空 成田空港所 ご担当者様
成田みなみ総合病院 地域医療連携室 ご担当者様

お世話になっております。日の出産業の浜砂です。
承知いたしました。当日は 9:00 に弊社ハイリフト車を到着スポットに配置し、
病院様の救急車両は制限区域ゲート5番から弊社車両が先導いたします。

引き続きよろしくお願いいたします。
""" + SIG_HAMASUNA + """
-----Original Message-----
From: 成田みなみ総合病院 地域医療連携室 <renkei@naritaminami-hosp.or.jp>
Sent: Tuesday, July 1, 2025 4:12 PM
To: nrt-ops@solano-air.co.jp; hamasuna.kengo@hinode-sangyo.co.jp
Subject: 7/5 SN902便 搬送対象の患者様について

お世話になっております。成田みなみ総合病院 地域医療連携室の富樫です。
7/5 SN902便で当院に転院される患者様は以下の5名です。

氏名　　　　　年齢　診断名　　　　　　　　　搬送方法
袖山 徳治　　79　　脳出血後遺症　　　　　　ストレッチャー
栗原 マツ　　88　　大腿骨転子部骨折　　　　ストレッチャー
Liang Wei　　 52　　心筋梗塞（PCI後）　　　 車いす
五味 康代　　63　　肺がん　　　　　　　　　車いす（酸素2L）
藤ヶ谷 勉　　71　　慢性腎不全（透析）　　　車いす

当日 9:30 頃の到着予定と伺っております。
""",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "reply to two organisations; the patient list is only in the quoted Original Message",
})

MESSAGES.append({
    "id": "prm-038",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["あおぞらジェット 成田空港支店 <nrt-shiten@aozora-jet.co.jp>"],
    "subject": "6/28 AJ115便 盲導犬同伴のお客様",
    "charset": "iso-2022-jp",
    "body": """あおぞらジェット株式会社 成田空港支店 御中

お世話になっております。日の出産業の小野寺です。
6/28 AJ115便（成田 13:20発 → 札幌）に、全盲の御手洗 隆史様が盲導犬
（ラブラドール・レトリーバー、名前：ソラ、体重28kg）を同伴してご搭乗されます。

・座席は足元に犬が伏せられる最前列（1A/1B）で予約済とのことです
・盲導犬使用者証および狂犬病予防注射済証は、チェックイン時に弊社で確認いたします
・出発前に 1F 北側のリリーフエリアにご案内します

機内での誘導について、客室乗務員の方へのお申し送りをお願いいたします。
""" + SIG_ONODERA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named passenger who is totally blind (disability) travelling with a guide dog",
})

MESSAGES.append({
    "id": "prm-039",
    "expect": "pass",
    "sender": KUROSAKI,
    "to": ["Kestrel Air Training <training@kestrelair.com>"],
    "subject": "PRM awareness training for your new ground staff - proposal",
    "charset": "utf-8",
    "body": """Dear Ms. Whitfield,

Thank you for your interest in our PRM awareness course. Here is the outline we
usually run for airline ground staff (half day, up to 16 participants):

  1. IATA SSR codes: WCHR / WCHS / WCHC, BLND, DEAF, DPNA, MEDA, STCR, SVAN, WCBD /
     WCBW / WCLB (battery types)
  2. Japan's Act on the Elimination of Discrimination against Persons with Disabilities
     and the "reasonable accommodation" duty from April 2024
  3. Hands-on: aisle chair transfer, guiding a visually impaired passenger, basic
     sign language greetings
  4. Lithium battery wheelchairs: watt-hour limits and how to protect the controller

Fee: JPY 180,000 per session (tax excl.), at our training room in Terminal 2.
Please let me know two or three preferred dates in August.
""" + SIG_KUROSAKI,
    "entities": [],
    "detectors": [],
    "note": "training proposal with SSR codes and a fee: no person",
})

MESSAGES.append({
    "id": "prm-040",
    "expect": "stop",
    "sender": HAMASUNA,
    "to": ["空港バリアフリー連絡協議会 事務局 <jimukyoku@kuko-bf-kyogikai.or.jp>"],
    "subject": "第12回連絡協議会 発表資料（日の出産業）",
    "charset": "iso-2022-jp",
    "body": """空港バリアフリー連絡協議会 事務局 御中

お世話になっております。日の出産業の浜砂です。
来週の連絡協議会で発表する資料をお送りします。
当日の投影用として、事前に事務局PCへの保存をお願いいたします。
""" + SIG_HAMASUNA,
    "attachments": [{
        "kind": "pptx", "name": "協議会発表_日の出産業.pptx", "title": "成田空港における困難事例の共有",
        "slides": [
            ["成田空港における困難事例の共有", "日の出産業株式会社 特別サポートデスク", "第12回 空港バリアフリー連絡協議会"],
            ["事例1：百目鬼 トシ 様（84）", "アルツハイマー型認知症", "搭乗口で不穏となり、ご家族到着まで個室で対応", "学び：静かな待機場所の確保"],
            ["事例2：源五郎丸 進 様（59）", "ALS（筋萎縮性側索硬化症）、発語困難", "文字盤でのコミュニケーション、機内移乗に4名", "学び：事前のMEDIFと移乗練習"],
            ["事例3：ペレイラ・アナ 様（41）", "脊髄損傷（頸髄C6）、電動車いす", "リチウム電池の取り外しに45分", "学び：メーカー別の取扱手順書を整備"],
            ["まとめ", "情報共有の早期化", "航空会社・病院との三者連携"],
        ],
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "slides name three real passengers with their diagnoses: 要配慮 in a PPTX to an outside council",
})

# ---------------------------------------------------------------------------------------
# 041-050
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "prm-041",
    "expect": "pass",
    "sender": ONODERA,
    "to": ["Azure Lotus Airlines - Tokyo Station <tyo.station@azurelotus-air.com>"],
    "subject": "欠航時のユニバーサルルーム手配先（ホテル一覧）",
    "charset": "utf-8",
    "body": """Azure Lotus Airlines 東京支店
ステーション ご担当者様

お世話になっております。日の出産業の小野寺です。
欠航・大幅遅延時に車いすのお客様をご案内できるホテル（ユニバーサルルームあり）の一覧です。

・さくらホテル成田（ユニバーサルルーム 6室）　TEL 0476-32-8800　空港から送迎バス 10分
・さくらホテル成田エアポート東（同 4室）　　TEL 0476-30-2211　送迎バス 15分
・ホテル ウイングス成田（同 3室）　　　　　　TEL 0476-33-1020　送迎バス 12分
・成田ゲートウェイイン（同 2室）　　　　　　 TEL 0476-24-7710　タクシー 20分
・東横ベイホテル芝山（同 2室）　　　　　　　 TEL 0479-70-5566　タクシー 15分

いずれも代表番号です。空室確認は弊社デスクでも代行可能です。
""" + SIG_ONODERA,
    "entities": [],
    "detectors": [],
    "note": "a bulleted list of hotels with switchboard numbers: businesses, not people",
})

MESSAGES.append({
    "id": "prm-042",
    "expect": "stop",
    "sender": HAMASUNA,
    "to": ["あおぞらジェット 空港企画部 <kuko-kikaku@aozora-jet.co.jp>"],
    "subject": "次年度 PRMアシスタンス委託料の算定根拠",
    "charset": "iso-2022-jp",
    "body": """あおぞらジェット株式会社 空港企画部
宍戸様

お世話になっております。日の出産業の浜砂です。
次年度の委託料改定に向けて、算定根拠となる実績と人員配置の資料をお送りします。
ご査収のほど、よろしくお願いいたします。
""" + SIG_HAMASUNA,
    "attachments": [{
        "kind": "xlsx", "name": "委託料算定根拠_次年度.xlsx",
        "page_footer": "Confidential - Hinode Sangyo internal pricing",
        "sheets": {
            "実績": [
                ["PRMアシスタンス実績（前年度）", "", "", ""],
                ["月", "出発", "到着", "人時"],
                ["4月", 412, 398, 1620],
                ["5月", 455, 431, 1771],
                ["6月", 440, 452, 1788],
            ],
            "人員・原価": [
                ["区分", "人数", "時給原価", "備考"],
                ["アシスタント", 28, 1850, "深夜割増含まず"],
                ["リフト車ドライバー", 6, 2100, ""],
                ["管理者", 3, 3400, "按分"],
            ],
        },
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "figures only, but the workbook footer stamps it Confidential: a marking inside an attachment",
})

MESSAGES.append({
    "id": "prm-043",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["ソラノ航空 成田空港所 旅客課 <nrt-pax@solano-air.co.jp>"],
    "subject": "7/20 SN215便 ご搭乗のお子様（DPNA）について",
    "charset": "iso-2022-jp",
    "body": """ソラノ航空 成田空港所 旅客課 ご担当者様

お世話になっております。日の出産業の小野寺です。
7/20 SN215便にご家族でご搭乗の左右田 陽向くん（9歳）について、お母様から
事前のご相談がありましたので共有いたします。

陽向くんは自閉スペクトラム症があり、大きな音や人混みでパニックになることがあるそうです。
保安検査はファストレーンをご案内し、搭乗は最後にしてほしいとのご希望です。
機内では、ご家族3名並びの窓側席をお願いできますでしょうか。
""" + SIG_ONODERA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named child's autism (developmental disability) in a sentence to an airline",
})

MESSAGES.append({
    "id": "prm-044",
    "expect": "pass",
    "sender": MAKABE,
    "to": ["青葉運輸 成田営業所 <narita@aoba-unyu.co.jp>"],
    "subject": "車いす修理部品の発送（送り状番号のご連絡）",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社 成田営業所 ご担当者様

お世話になっております。日の出産業 羽田事業所の真壁です。
本日、羽田から成田向けに以下の荷物を発送しました。到着後、T2の弊社倉庫へお願いします。

　送り状番号　　　　内容　　　　　　　　　　　　個数
　4418-2290-3317　　車いす用ノーパンクタイヤ　　 2
　4418-2290-3328　　アイルチェア用ベルト一式　　 1
　4418-2290-3339　　酸素ボンベホルダー　　　　　 3

配達予定は明日午前中です。よろしくお願いします。
""" + SIG_MAKABE,
    "entities": [],
    "detectors": [],
    "note": "tracking numbers for parts to the real partner domain: ordinary business",
})

_inner_045 = {
    "sender": "北斗エアライン 成田空港所 <nrt-ops@hokuto-airline.jp>",
    "to": ["prm-desk@hinode-sangyo.co.jp"],
    "subject": "HK909便 欠航に伴う宿泊対象のお客様",
    "charset": "iso-2022-jp",
    "body": f"""日の出産業 特別サポートデスク 御中

HK909便欠航により、本日宿泊をご案内するアシスタンス対象のお客様は以下の5名です。
ホテルへの移動のお手伝いをお願いします。

1. 能登谷 幸三 様　{mobile()}　シングル
2. 能登谷 静江 様　{mobile()}　（幸三様と同室・ツイン）
3. 薄井 よね 様　　{mobile()}　シングル
4. Mr. Samuel OKONKWO　+234 809 771 2034　シングル
5. 鍋島 環 様　　　{mobile()}　シングル

北斗エアライン 成田空港所 旅客サービス 柘植
""",
}

MESSAGES.append({
    "id": "prm-045",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["さくらホテル成田 フロント <front-narita@sakura-hotel.jp>"],
    "subject": "FW: HK909便 欠航に伴う宿泊対象のお客様",
    "charset": "iso-2022-jp",
    "body": """さくらホテル成田 フロント ご担当者様

お世話になっております。日の出産業の小野寺です。
北斗エアライン様からの連絡メールを添付で転送いたします。
この5名様を 20:30 頃に送迎バスでお連れします。どうぞよろしくお願いいたします。
""" + SIG_ONODERA,
    "attachments": [{"kind": "eml", "name": "HK909便_宿泊対象.eml", "message": _inner_045}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an airline's mail with five guests' names and mobiles forwarded as an attached .eml",
})

MESSAGES.append({
    "id": "prm-046",
    "expect": "pass",
    "sender": KUROSAKI,
    "to": ["Kestrel Air Narita <nrt.ops@kestrelair.com>"],
    "subject": "Re: APIS check - KE 781 arrival 25JUN, stretcher passenger",
    "charset": "utf-8",
    "body": """Hi Daniel,

Thanks, all clear on our side. The ambulance will be at gate 5 at 14:20 and we will
meet the aircraft with the ambulift at spot 63.

""" + SIG_KUROSAKI + """
On Tue, 24 Jun 2025 at 09:14, Daniel Roche <nrt.ops@kestrelair.com> wrote:
> Hi Ren,
>
> For your records, the stretcher passenger on KE 781 tomorrow:
> SHIBUSAWA / MIDORI MRS, passport TK5082714, DOB 14 FEB 1953.
> Diagnosis per MEDIF: acute stroke (left MCA), stable, escorted by a nurse.
> She will be transferred to Chiba Chuo Medical Center.
>
> Could you confirm the ambulance slot?
>
> Daniel
""",
    "entities": [],
    "detectors": [],
    "note": "passport, DOB and diagnosis appear only in the quoted text of the airline's own mail",
})

MESSAGES.append({
    "id": "prm-047",
    "expect": "stop",
    "sender": KUROSAKI,
    "to": ["Kestrel Air Reservations Support <res.support@kestrelair.com>"],
    "subject": "Missing APIS data - KE 782 22JUN - IBARAKI/NOBUKO MRS",
    "charset": "utf-8",
    "body": """Dear Reservations Support,

The escort of our MEDIF passenger on KE 782 (22 JUN) could not complete online check-in
because her APIS data is missing. She asked us to pass it on:

  Surname / given name : IBARAKI / NOBUKO
  Nationality          : JPN
  Date of birth        : 21 SEP 1951
  Passport number      : TZ4417820
  Expiry               : 11 MAR 2031

Please add it to the PNR so she can check in with her husband at counter J.
""" + SIG_KUROSAKI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "one person's passport number and DOB in English to an airline",
})

MESSAGES.append({
    "id": "prm-048",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["北斗エアライン 羽田空港所 旅客サービス <hnd-pax@hokuto-airline.jp>"],
    "subject": "7/4 HK107便 本人確認書類の件",
    "charset": "utf-8",
    "body": """北斗エアライン 羽田空港所 旅客サービス ご担当者様

お世話になっております。日の出産業の真壁です。
7/4 HK107便で車いすをご利用のグエン・ヴァン・ミン様（ベトナム国籍、都内在住）ですが、
パスポートを更新手続き中のため、在留カードでの搭乗となります。
事前登録のため、番号を以下にお知らせします。

　在留カード番号：RK38920417EA
　在留期限：2027年3月14日

チェックイン時に原本を確認いたします。
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a named passenger's 在留カード number to an airline: identity document",
})

_corp_049 = corporate_number("011001087654")

MESSAGES.append({
    "id": "prm-049",
    "expect": "pass",
    "sender": USAMI,
    "to": ["ソラノ航空 経理部 支払担当 <ap@solano-air.co.jp>"],
    "subject": "請求書送付のご案内（6月度 PRMアシスタンス業務委託料）",
    "charset": "cp932",
    "body": f"""ソラノ航空株式会社
経理部 支払ご担当者様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
6月度のPRMアシスタンス業務委託料につきまして、下記のとおりご請求申し上げます。

　請求書番号：HS-2506-0417
　ご請求金額：4,862,300円（税込）
　お支払期日：7月31日
　振込先　　：みどり銀行 成田支店 普通 2094471 ニチノデサンギョウ（カ
　適格請求書発行事業者登録番号：T{_corp_049}

請求書原本（PDF）を添付いたします。
""" + SIG_USAMI,
    "attachments": [{
        "kind": "pdf", "name": "請求書_HS-2506-0417.pdf",
        "lines": [
            "請　求　書",
            "ソラノ航空株式会社 御中",
            "請求書番号 HS-2506-0417　　登録番号 T" + _corp_049,
            "件名：6月度 PRMアシスタンス業務委託料（成田空港）",
        ],
        "table": [
            ["品目", "数量", "単価", "金額"],
            ["WCHR/WCHS 対応", "1,005", "3,200", "3,216,000"],
            ["WCHC 対応（2名体制）", "40", "9,800", "392,000"],
            ["ハイリフト車運用", "38", "17,500", "665,000"],
            ["消費税(10%)", "", "", "427,300"],
        ],
    }],
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice with the company's T-number and company bank account: business data",
})

MESSAGES.append({
    "id": "prm-050",
    "expect": "stop",
    "sender": HAMASUNA,
    "to": ["ソラノ航空 成田空港所 旅客課 <nrt-pax@solano-air.co.jp>"],
    "subject": "FW: 7/12 転院搬送の患者様一覧（成田みなみ総合病院）",
    "charset": "utf-8",
    "body": """ソラノ航空 成田空港所 旅客課 ご担当者様

お世話になっております。日の出産業の浜砂です。
病院から届いた一覧をそのまま転送します。座席ブロックのご検討にお使いください。

---------- Forwarded message ---------
From: 成田みなみ総合病院 地域医療連携室 <renkei@naritaminami-hosp.or.jp>
Date: 2025年7月8日(火) 10:02
Subject: 7/12 転院搬送の患者様一覧
To: <hamasuna.kengo@hinode-sangyo.co.jp>

日の出産業 浜砂様

7/12 SN871便（那覇行）で転院される患者様です。

・儀間 盛吉 様　昭和２１年４月３日生　脳梗塞後遺症（右片麻痺）　ストレッチャー
・儀間 ツル 様　昭和２４年９月１７日生　軽度認知障害　車いす
・金城 博美 様　昭和３８年１月２２日生　乳がん（化学療法中）　車いす
・大城 勇 様　　昭和３０年７月７日生　　COPD（在宅酸素 2L）　車いす
・比嘉 トヨ 様　昭和８年１２月１日生　　大腿骨骨折術後　　　　ストレッチャー

富樫
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a forward: the hospital's five-patient list with 和暦 DOBs and diagnoses is new text to the airline",
})

# ---------------------------------------------------------------------------------------
# 051-060
# ---------------------------------------------------------------------------------------

_mn_051a, _mn_051b = next_my_number(), next_my_number()

MESSAGES.append({
    "id": "prm-051",
    "expect": "pass",
    "sender": KITO,
    "to": [USAMI],
    "subject": "年末調整：扶養控除等申告書の個人番号 未記入者2名分",
    "charset": "iso-2022-jp",
    "body": f"""宇佐美さん

お疲れさまです。総務人事の鬼頭です。
特別サポートデスクの契約社員で、扶養控除等申告書の個人番号が未記入だった2名分、
本人確認が取れましたのでお知らせします。システムへの登録をお願いします。

　東雲 大和　　個人番号 {_mn_051a}
　桑畑 栞　　　個人番号 {_mn_051b}

確認書類の写しは鍵付きキャビネットに保管済みです。
""" + SIG_KITO,
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Numbers between two internal staff: recipients all internal, so it may go",
})

_rows_052 = [("金谷 吉朗", mobile()), ("金谷 弘美", mobile()), ("Ms. Priya NAIR", "+91 98450 33127"), ("栗栖 信", mobile())]

MESSAGES.append({
    "id": "prm-052",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["さくらホテル成田 フロント <front-narita@sakura-hotel.co.jp>"],
    "subject": "本日の緊急宿泊 4名（SN917便 欠航）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル成田 フロント ご担当者様

お世話になっております。日の出産業の小野寺です。
SN917便欠航により、本日4名様の宿泊をお願いいたします（お支払いはソラノ航空様）。

""" + "\n".join(f"　{n}　様　　{p}" for n, p in _rows_052) + """

21時頃、弊社スタッフが送迎バスでお連れします。
""" + SIG_ONODERA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "only four guests (would pass) but sent to sakura-hotel.co.jp, a look-alike of partner sakura-hotel.jp",
})

MESSAGES.append({
    "id": "prm-053",
    "expect": "pass",
    "sender": DESK,
    "to": [DESK],
    "bcc": [
        "shizu.hanawa@yahoo.co.jp", "k-ogiwara1948@ezweb.ne.jp", "tamura.family.55@gmail.com",
        "m.uchiyama@outlook.jp", "harumi_t0312@docomo.ne.jp", "abe.kuniaki@icloud.com",
    ],
    "subject": "【日の出産業】アシスタンスサービスご利用アンケートのお願い",
    "charset": "iso-2022-jp",
    "body": """お客様各位

先日は成田空港にて特別サポートデスクのアシスタンスサービスをご利用いただき、
誠にありがとうございました。

サービス向上のため、5分ほどのアンケートにご協力をお願いいたします。
　https://survey.hinode-sangyo.co.jp/prm/2025q2

※本メールは送信専用アドレスではございません。ご返信いただいても差し支えございません。
※本メールはBCCでお送りしております。
""" + SIG_DESK,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "survey request to customers in Bcc: they cannot see each other",
})

MESSAGES.append({
    "id": "prm-054",
    "expect": "stop",
    "sender": MAKABE,
    "to": [
        "奥寺 聡 <s.okudera@gmail.com>", "矢萩 美千代 <yahagi-michiyo@yahoo.co.jp>",
        "tsuru.family@icloud.com", "Oonishi Kenta <kenta.oonishi@outlook.jp>",
        "nagisa-hm0708@docomo.ne.jp",
    ],
    "subject": "バリアフリー見学会ご参加のお礼と当日の写真について",
    "charset": "utf-8",
    "body": """見学会にご参加の皆様

先日は羽田空港バリアフリー見学会にご参加いただき、ありがとうございました。
日の出産業 羽田事業所の真壁です。

当日の写真を共有フォルダにアップしました（7月末まで閲覧可能）。
　https://share.hinode-sangyo.co.jp/s/hnd-bf-0615
ご本人が写っている写真の掲載を希望されない方は、ご返信ください。

また、次回（秋）の見学会は視覚障害のある方向けの点字ブロック体験を予定しています。
""" + SIG_MAKABE,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "five private persons in To: they see each other's addresses, should have been Bcc",
})

_vol_055 = [
    ("長南 加代子", "日本手話・英語"), ("楠 亮介", "日本手話"), ("ボールドウィン 恵理", "ASL・日本手話"),
    ("坂上 みのり", "日本手話・要約筆記"), ("水流 敏", "日本手話"), ("真栄田 朋", "日本手話・中国語"),
    ("宮路 仁美", "触手話（盲ろう者対応）"),
]
_bullets_055 = "\n".join(
    f"・{n}（{lang}）　携帯 {mobile()}　{addr}"
    for (n, lang), addr in zip(_vol_055, [
        "kayoko.chonan@gmail.com", "ryo.kusu@yahoo.co.jp", "eri.bw@outlook.jp",
        "minori-s@ezweb.ne.jp", "tsuru.satoshi@gmail.com", "tomo.maeda.jsl@icloud.com",
        "miyaji.h@softbank.ne.jp",
    ])
)

MESSAGES.append({
    "id": "prm-055",
    "expect": "stop",
    "sender": KUROSAKI,
    "to": ["あおぞらジェット 成田空港支店 <nrt-shiten@aozora-jet.co.jp>"],
    "subject": "手話通訳ボランティアの連絡先（夏休み繁忙期用）",
    "charset": "iso-2022-jp",
    "body": f"""あおぞらジェット株式会社 成田空港支店
上原様

お世話になっております。日の出産業の黒崎です。
夏休み期間中、聴覚に障害のあるお客様への対応で手話通訳が必要になった場合の
登録ボランティアの連絡先です。直接ご依頼いただいて構いません。

{_bullets_055}

謝礼は弊社経由でお支払いしますので、ご依頼の際はデスクにもご一報ください。
""" + SIG_KUROSAKI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "bulleted list of seven volunteers with private mobiles and e-mails to an airline",
})

MESSAGES.append({
    "id": "prm-056",
    "expect": "pass",
    "sender": ONODERA,
    "to": ["あおぞらジェット 成田空港支店 <nrt-shiten@aozora-jet.co.jp>"],
    "subject": "7/9 AJ118便 電動車いす（リチウムイオン電池）の搭載について",
    "charset": "iso-2022-jp",
    "body": """あおぞらジェット株式会社 成田空港支店 御中

お世話になっております。日の出産業の小野寺です。
7/9 AJ118便にて電動車いすをお預けになるお客様がいらっしゃいます。
メーカー資料で確認した電池の仕様は以下のとおりです。

　車いす：WHILL Model C2 相当（折りたたみ不可）
　電池：リチウムイオン 25.2V × 10.2Ah ＝ 約257Wh（取り外し可能）
　予備電池：なし
　SSR：WCLB

電池は取り外して機内持ち込み（300Wh以下・1個）となります。
取り外しは搭乗口で弊社スタッフが行い、手順書を貨物担当の方にお渡しします。
""" + SIG_ONODERA,
    "entities": [],
    "detectors": [],
    "note": "battery specs for an unnamed passenger's wheelchair: dangerous-goods logistics, no person identified",
})

MESSAGES.append({
    "id": "prm-057",
    "expect": "stop",
    "sender": HAMASUNA,
    "to": ["ソラノ航空 成田空港所 <nrt-ops@solano-air.co.jp>"],
    "subject": "6/29 SN124便ご到着のお客様 盗難被害について",
    "charset": "cp932",
    "body": f"""ソラノ航空 成田空港所 ご担当者様

お世話になっております。日の出産業の浜砂です。
6/29 SN124便でご到着の廿日出 麻衣子様（WCHRでアシスト）が、到着ロビーで
弊社スタッフが車いすを取りに離れた数分の間に、膝の上のバッグを置き引きされる
被害に遭われました。成田国際空港警察署に被害届を提出済みです（受理番号は未確認）。

航空券の控えとパスポートもバッグに入っていたため、復路便のご予約について
ご本人から御社へお問い合わせがあるかと存じます。
ご連絡先：{mobile()}

弊社の対応に不備があったことは別途ご報告いたします。
""" + SIG_HAMASUNA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named passenger who was a crime victim (theft, police report): 要配慮個人情報",
})

MESSAGES.append({
    "id": "prm-058",
    "expect": "pass",
    "sender": HAMASUNA,
    "to": ["民間救急ひまわり 営業担当 <eigyo@himawari-kyukyu.jp>"],
    "subject": "Re: 2025年度 空港搬送料金表の改定について",
    "charset": "iso-2022-jp",
    "body": """民間救急ひまわり
営業担当 鳩山様

お世話になっております。日の出産業の浜砂です。
改定後の料金表、拝受いたしました。以下の点のみ確認させてください。

１．空港制限区域内の待機料金（30分ごと 2,200円）は、機材遅延の場合も発生しますか。
２．深夜割増（22時～翌5時）の 25% は、基本料金のみが対象でしょうか。
３．看護師同乗（1時間 6,600円）は、ストレッチャー搬送時は必須となりますか。

ご回答いただけましたら、8月1日からの適用で社内稟議を進めます。
""" + SIG_HAMASUNA,
    "entities": [],
    "detectors": [],
    "note": "questions about an ambulance firm's price list: ordinary business",
})

_blocks_059 = [
    ("三上 宗一郎", "昭和27年3月30日", "〒036-8004 青森県弘前市大字大町3-9-14", mobile(), "WCHR"),
    ("三上 キヨ子", "昭和29年11月8日", "〒036-8004 青森県弘前市大字大町3-9-14", mobile(), "同室"),
    ("諸星 亜希", "1988年6月2日", "〒239-0831 神奈川県横須賀市久里浜6-11-3", mobile(), "ベビーカー"),
    ("ラミレス・ホセ", "1975年12月19日", "〒472-0023 愛知県知立市西町妻向5-2", mobile(), "WCHS"),
    ("八乙女 宏", "平成2年1月15日", "〒981-3121 宮城県仙台市泉区上谷刈4-7-20", mobile(), "杖"),
]
_text_059 = "\n\n".join(
    f"◆{i}\n　お名前：{n}\n　生年月日：{d}\n　ご住所：{a}\n　携帯：{p}\n　備考：{r}"
    for i, (n, d, a, p, r) in enumerate(_blocks_059, start=1)
)

MESSAGES.append({
    "id": "prm-059",
    "expect": "stop",
    "sender": DESK,
    "to": ["さくらホテル成田 宿泊予約 <reserve-narita@sakura-hotel.jp>"],
    "subject": "台風による欠航 宿泊者カード事前記入のお願い（5名）",
    "charset": "utf-8",
    "body": f"""さくらホテル成田 宿泊予約ご担当者様

いつもお世話になっております。日の出産業 特別サポートデスクです。
台風による欠航で、本日アシスタンス対象のお客様5名の宿泊をお願いしております。
チェックインを短くするため、宿泊者カードの事前記入用に情報をお送りします。

{_text_059}

よろしくお願いいたします。
""" + SIG_DESK,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five guests as one block each with DOB, home address and mobile, to a partner hotel",
})

MESSAGES.append({
    "id": "prm-060",
    "expect": "pass",
    "sender": KUROSAKI,
    "to": ["Azure Lotus Airlines - Tokyo Station <tyo.station@azurelotus-air.com>"],
    "subject": "NRT T2 special assistance - maps and procedures for your new staff",
    "charset": "utf-8",
    "body": """Dear Ms. Tan,

As promised, a ZIP with the floor maps of Terminal 2 (special assistance counter,
relief area, accessible toilets, ambulift spots) and our standard procedure for
handing over PRM passengers at the gate.

No password is set; the files contain no passenger data.
""" + SIG_KUROSAKI,
    "attachments": [{
        "kind": "zip", "name": "NRT_T2_PRM_pack.zip",
        "files": [
            {"kind": "pdf", "name": "T2_floor_map_PRM.pdf",
             "lines": ["NRT Terminal 2 - Special assistance facilities",
                       "1F: arrival lobby, relief area (north), accessible toilets x6",
                       "3F: departure lobby, special assistance counter row J",
                       "Ambulift stand-by: spots 62 / 63 / 207"]},
            {"kind": "docx", "name": "Gate_handover_procedure.docx",
             "paragraphs": ["Gate handover procedure (v3.2)",
                            "1. Confirm SSR code and equipment with the gate agent.",
                            "2. Agree boarding order: PRM first, unless passenger prefers last.",
                            "3. Record handover time on the tablet."]},
        ],
    }],
    "entities": [],
    "detectors": [],
    "note": "an unencrypted ZIP of maps and procedures: readable, no personal data",
})

# ---------------------------------------------------------------------------------------
# 061-070
# ---------------------------------------------------------------------------------------

_rows_061 = [["booking_ref", "name", "flight", "date", "ssr", "condition", "mobile", "email"]] + [
    [pnr(), n, f, "2025-07-1" + str(rng.randrange(0, 9)), s, c, mobile(), e] for n, f, s, c, e in [
        ("Yamabuki Chie", "AZ 870", "WCHR", "osteoporosis, vertebral fracture", "chie.yamabuki@gmail.com"),
        ("Hoshikawa Masaru", "AZ 870", "WCHC", "cerebral palsy", "m.hoshikawa@yahoo.co.jp"),
        ("Nguyen Thi Hoa", "AZ 872", "WCHS", "pregnancy 30w, threatened preterm labour history", "hoa.nguyen91@gmail.com"),
        ("Kurimoto Sho", "AZ 872", "BLND", "retinitis pigmentosa", "sho.kurimoto@icloud.com"),
        ("Adachi Fumiko", "AZ 874", "MEDA", "lung cancer, oxygen 1L", "adachi.f@outlook.jp"),
        ("Watanuki Goro", "AZ 874", "WCHR", "Parkinson's disease", "goro.w@ezweb.ne.jp"),
        ("Lee Min-jun", "AZ 874", "DEAF", "hearing impaired, Korean sign language", "minjun.lee@gmail.com"),
        ("Tachibana Rin", "AZ 876", "DPNA", "Down syndrome, travels with mother", "rin.tachibana.m@docomo.ne.jp"),
    ]
]

MESSAGES.append({
    "id": "prm-061",
    "expect": "stop",
    "sender": KUROSAKI,
    "to": ["Azure Lotus Airlines - Tokyo Station <tyo.station@azurelotus-air.com>"],
    "subject": "PRM bookings week 29 (CSV in ZIP)",
    "charset": "utf-8",
    "body": """Dear Ms. Tan,

Attached are next week's PRM bookings for your Narita flights, exported from our
booking system. I zipped the file because your mail server rejected the plain CSV last
time.
""" + SIG_KUROSAKI,
    "attachments": [{
        "kind": "zip", "name": "prm_bookings_w29.zip",
        "files": [{"kind": "csv", "name": "prm_bookings_w29.csv", "encoding": "utf-8", "rows": _rows_061}],
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an unencrypted ZIP holding a UTF-8 CSV of eight passengers with conditions and contacts",
})

MESSAGES.append({
    "id": "prm-062",
    "expect": "either",
    "sender": ONODERA,
    "to": ["さくらホテル成田 宿泊予約 <reserve-narita@sakura-hotel.jp>"],
    "subject": "ユニバーサルルームのご予約（7/14 1泊）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル成田 宿泊予約ご担当者様

お世話になっております。日の出産業 特別サポートデスクの小野寺です。
7/14（月）1泊で、ユニバーサルルームを1室お願いいたします。

　ご宿泊者：百瀬 敦子 様（車いすご利用）
　チェックイン：19:30頃（弊社スタッフが空港からお送りします）
　翌朝：8:00 の送迎バスで空港へ

浴室はシャワーチェアのご用意をお願いできますと幸いです。
""" + SIG_ONODERA,
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named guest described only as a wheelchair user: disability or just a room need, judgement call",
})

MESSAGES.append({
    "id": "prm-063",
    "expect": "stop",
    "sender": KITO,
    "to": ["空港管理株式会社 保安部 車両許可係 <sharyo-kyoka@kuko-kanri.co.jp>"],
    "subject": "制限区域内車両運転許可の申請（1名追加）",
    "charset": "iso-2022-jp",
    "body": """空港管理株式会社 保安部 車両許可係 御中

いつもお世話になっております。日の出産業 総務人事グループの鬼頭です。
ハイリフト車の運転要員として、下記1名の制限区域内車両運転許可を申請いたします。
申請書原本は本日社内便で発送いたしました。

　氏名：五百旗頭 崇（イオキベ タカシ）
　生年月日：1991年10月4日
　運転免許証番号：第 3010 5527 8164 号（大型・中型・普通）
　免許有効期限：2028年11月4日
　所属：日の出産業株式会社 羽田空港事業所 PRMサポートチーム

講習は7月第2週の受講を希望いたします。
""" + SIG_KITO,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a staff member's driver's licence number and DOB to the airport operator: identity document",
})

MESSAGES.append({
    "id": "prm-064",
    "expect": "pass",
    "sender": DESK,
    "to": [DESK],
    "bcc": [
        "nrt-ops@solano-air.co.jp", "nrt-ops@hokuto-airline.jp", "nrtstation@pacificcrane.com",
        "nrt-shiten@aozora-jet.co.jp", "nrt.ops@kestrelair.com", "tyo.station@azurelotus-air.com",
    ],
    "subject": "【ご案内】お盆期間中の特別サポートデスク受付体制",
    "charset": "iso-2022-jp",
    "body": """航空会社 各位

平素より大変お世話になっております。日の出産業 特別サポートデスクでございます。
8月9日（土）～17日（日）の繁忙期間中は、下記の体制で受付いたします。

　受付時間：5:30～23:00（通常より前後30分延長）
　事前予約の締切：ご搭乗の48時間前（通常は24時間前）
　ハイリフト車：成田3台・羽田2台を常時待機

前日までのご予約集中が予想されますので、お早めのご連絡をお願いいたします。
※本メールは関係各社様にBCCでお送りしております。
""" + SIG_DESK,
    "entities": [],
    "detectors": [],
    "note": "notice to six airlines in Bcc only: no visible recipients, no personal data",
})

MESSAGES.append({
    "id": "prm-065",
    "expect": "stop",
    "sender": GONDO,
    "to": ["ツバサシステム サポート窓口 <support@tsubasa-sytem.jp>"],
    "subject": "【障害連絡】PRM予約管理システム 便名検索でエラー",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム株式会社 サポート窓口 御中

お世話になっております。日の出産業 情報システム部の権藤です。
本日 9:40 頃より、PRM予約管理システムの便名検索画面で、コードシェア便を指定すると
「E-4031 内部エラー」が表示される事象が発生しています。

　発生環境：本番環境（成田・羽田の全端末）
　再現手順：便名検索 → 運航会社に「SN」、便名に「7123」を入力 → 検索
　影響：コードシェア便のアシスタンス予約が登録できない

画面のキャプチャを添付します。至急ご確認をお願いいたします。
""" + SIG_GONDO,
    "attachments": [{"kind": "png", "name": "E-4031_capture.png"}],
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-sytem.jp drops a letter of partner tsubasa-system.jp: look-alike",
})

MESSAGES.append({
    "id": "prm-066",
    "expect": "pass",
    "sender": DESK,
    "to": ["misako.tsugawa@docomo.ne.jp"],
    "subject": "お迎え場所の地図をお送りします",
    "charset": "iso-2022-jp",
    "body": """津川 様

特別サポートデスクでございます。先ほどはお電話ありがとうございました。
お迎えの待ち合わせ場所の地図を添付いたします。

第2ターミナル 1階 到着ロビー 北側出口（地図の★印）付近でお待ちください。
お客様のお母様は、係員が到着口からこちらまでご案内いたします。
""" + SIG_DESK,
    "attachments": [{"kind": "png", "name": "T2_1F_meeting_point.png"}],
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a map for one family member on a carrier address: one free-mail recipient",
})

MESSAGES.append({
    "id": "prm-067",
    "expect": "stop",
    "sender": KITO,
    "to": ["成田ひまわりクリニック 産業医 担当 <sangyoui@narita-himawari-cl.jp>"],
    "subject": "就業判定のご依頼（羽田PRMチーム 1名）",
    "charset": "cp932",
    "body": """成田ひまわりクリニック
産業医 矢作先生

いつもお世話になっております。日の出産業 総務人事の鬼頭です。
定期健康診断の結果、下記の者について就業上の措置のご意見をいただきたくご連絡いたしました。

　氏名：雲母 翔太（羽田空港事業所 PRMサポートチーム／リフト車ドライバー）
　年齢：46歳
　所見：血圧 172/104 mmHg（要精密検査）、HbA1c 8.1%（糖尿病・要治療）
　　　　心電図で左室肥大の疑い
　業務：夜勤あり、車いす介助で重量物の取り扱いあり

面談日程は先生のご都合に合わせます。
""" + SIG_KITO,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an employee's health-check results to an outside clinic: 要配慮 for one person",
})

MESSAGES.append({
    "id": "prm-068",
    "expect": "stop",
    "sender": KUROSAKI,
    "to": ["Azure Lotus Airlines - Tokyo Station <tyo.station@azurelotus-air.com>"],
    "subject": "AZ 871 arrival 11JUL - Mr SIDDIQUI, prayer time and meal",
    "charset": "utf-8",
    "body": """Dear Ms. Tan,

Mr. Farhan SIDDIQUI (AZ 871, seat 6A, WCHR) called our desk ahead of his arrival.
He is a practising Muslim and asked that, during his 3-hour connection at Narita, we
take him to the prayer room in Terminal 2 (3F) in time for the Asr prayer, and that
his meal on the onward flight be halal (MOML) - the booking currently shows a standard
meal.

He also mentioned he uses a wheelchair since a knee operation in May.

Could you update the SSR in his PNR?
""" + SIG_KUROSAKI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named passenger's religion (and recent operation) in English to an airline",
})

_rows_069 = {
    "一覧": [
        ["関空乗継 アシスタンス対象者（7月第3週）", "", "", "", ""],
        ["日付", "氏名", "便名", "携帯", "配慮事項"],
        ["7/14", "御子柴 恒夫", "AJ331", mobile(), "パーキンソン病・嚥下障害"],
        ["7/15", "宜保 ユキ", "AJ335", mobile(), "人工肛門（ストーマ）"],
        ["7/16", "ハーディング・ジョン", "AJ337", "+61 412 880 531", "四肢麻痺、ベンチレーター"],
        ["7/17", "土橋 綾", "AJ331", mobile(), "てんかん発作の既往"],
        ["7/18", "羽生田 守", "AJ339", mobile(), "透析（週3回）"],
    ],
    "備考": [["関空側の受入人員は甲斐さんが調整"], ["リフト車はAJ331のみ使用"]],
}

MESSAGES.append({
    "id": "prm-069",
    "expect": "pass",
    "sender": ONODERA,
    "to": ["甲斐 玲奈 <kai.rena@kix.hinode-sangyo.co.jp>"],
    "cc": ["浜砂 健吾 <hamasuna.kengo@mail.hinode-sangyo.co.jp>"],
    "subject": "関空乗継 7月第3週 対象者一覧",
    "charset": "iso-2022-jp",
    "body": """甲斐さん

お疲れさまです。小野寺です。
来週の関空乗継のアシスタンス対象者一覧です。先週のように漏れがないよう、
関空側の受入体制の確認をお願いします。
""" + SIG_ONODERA,
    "attachments": [{"kind": "xlsx", "name": "関空乗継_7月第3週.xlsx", "sheets": _rows_069}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "sensitive list to internal subdomains (kix., mail.) only: internal mail may carry it",
})

_repairs_070 = [
    ("R-0611", "栃尾 昭平", mobile(), "自走式（松永製作所）", "右ブレーキ破損", "SN203"),
    ("R-0612", "Mrs. HOLLOWAY Margaret", "+44 7700 918 342", "Küschall K-Series", "フットレスト曲がり", "PC 9"),
    ("R-0613", "唐沢 千鶴", mobile(), "電動（WHILL C2）", "ジョイスティック動作不良", "HK102"),
    ("R-0614", "伊集院 和", mobile(), "介助式", "後輪パンク", "AJ115"),
    ("R-0615", "曽我部 ハル", mobile(), "自走式（カワムラ）", "アームレスト脱落", "SN118"),
    ("R-0616", "堀之内 悠斗", mobile(), "スポーツ用", "キャスター破損", "HK233"),
]
_html_rows_070 = "\n".join(
    f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{f}</td></tr>"
    for a, b, c, d, e, f in _repairs_070
)

MESSAGES.append({
    "id": "prm-070",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["モビリティ機器販売 サービス課 <service@mobility-kiki.co.jp>"],
    "subject": "お客様所有車いすの修理依頼（6月分）",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family: sans-serif">
<p>モビリティ機器販売株式会社<br>サービス課 ご担当者様</p>
<p>お世話になっております。日の出産業の真壁です。<br>
6月に航空輸送中に破損したお客様所有の車いすについて、修理をお願いいたします。
修理完了後はお客様へ直接ご連絡のうえ、ご自宅への配送をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>管理番号</th><th>所有者</th><th>連絡先</th><th>機種</th><th>破損内容</th><th>便名</th></tr>
{_html_rows_070}
</table>
<p>費用は各航空会社の手荷物事故扱いとなります。見積書は弊社宛にお願いします。</p>
<p>日の出産業株式会社 羽田空港事業所 PRMサポートチーム 真壁 瑞穂<br>
Tel 03-5757-8821</p>
</body></html>""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of six wheelchair owners with their phone numbers to a repair vendor",
})

# ---------------------------------------------------------------------------------------
# 071-080
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "prm-071",
    "expect": "pass",
    "sender": MAKABE,
    "to": ["北斗エアライン 羽田空港所 教育担当 <hnd-kyoiku@hokuto-airline.jp>"],
    "subject": "7/22 機内移乗訓練 弊社参加者のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""北斗エアライン 羽田空港所 教育ご担当 鈴鹿様

お世話になっております。日の出産業の真壁です。
7/22（火）の機内移乗訓練（格納庫 M2、模擬機材）の弊社参加者は以下の3名です。
当日の緊急連絡先として携帯番号を併記します。

　真壁 瑞穂（引率）　{mobile()}
　東雲 大和　　　　　{mobile()}
　桑畑 栞　　　　　　{mobile()}

入構証は各自持参いたします。よろしくお願いいたします。
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three attendees with phones for a training session: a short list, may be warned",
})

MESSAGES.append({
    "id": "prm-072",
    "expect": "stop",
    "sender": HAMASUNA,
    "to": ["ソラノ航空 保安管理室 <security@solano-air.co.jp>"],
    "subject": "6/11 到着ロビーでの暴行事案について（ご報告）",
    "charset": "iso-2022-jp",
    "body": """ソラノ航空株式会社 保安管理室 御中

お世話になっております。日の出産業の浜砂です。
6/11 SN118便ご到着後、到着ロビーで発生した事案についてご報告いたします。

車いすアシスト中の弊社スタッフに対し、同便でご到着の仁平 剛 様（45歳）が、
待ち時間を理由に大声で詰め寄り、スタッフの胸を突き飛ばしました。
通報により駆け付けた空港警察により、仁平様は暴行の疑いで現行犯逮捕されています。
スタッフは打撲で通院中です。

今後の御社便でのご搭乗について、御社のご判断をいただけますと幸いです。
""" + SIG_HAMASUNA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named passenger's arrest for assault (criminal record / arrest): 要配慮個人情報",
})

_docx_073 = [["No.", "氏名", "所属", "生年月日", "メールアドレス", "携帯電話"]] + [
    [str(i), n, d, b, m, mobile()] for i, (n, d, b, m) in enumerate([
        ("廣瀬 ちひろ", "成田", "2000/05/28", "hirose.chihiro@hinode-sangyo.co.jp"),
        ("東雲 大和", "羽田", "1996/02/11", "shinonome.yamato@hinode-sangyo.co.jp"),
        ("桑畑 栞", "羽田", "1999/08/19", "kuwahata.shiori@hinode-sangyo.co.jp"),
        ("ンジャイ・アマドゥ", "羽田", "1993/12/03", "ndiaye.amadou@hinode-sangyo.co.jp"),
        ("宗像 廉", "成田", "2001/04/27", "munakata.ren@hinode-sangyo.co.jp"),
        ("平良 こころ", "成田", "1998/10/09", "taira.kokoro@hinode-sangyo.co.jp"),
        ("嵯峨 憲一", "関西", "1985/07/14", "saga.kenichi@hinode-sangyo.co.jp"),
        ("阿久津 舞", "関西", "1997/01/30", "akutsu.mai@hinode-sangyo.co.jp"),
    ], start=1)
]

MESSAGES.append({
    "id": "prm-073",
    "expect": "stop",
    "sender": KITO,
    "to": ["ケアサポート研修センター 受付 <uketsuke@care-kenshu.co.jp>"],
    "subject": "介助技術研修（8月期）受講者名簿の送付",
    "charset": "utf-8",
    "body": """ケアサポート研修センター 受付ご担当者様

お世話になっております。日の出産業 総務人事の鬼頭です。
8月期の介助技術研修（2日間コース）に、弊社から8名が受講いたします。
受講者名簿（Word）を添付いたしますので、修了証の作成にご利用ください。
""" + SIG_KITO,
    "attachments": [{
        "kind": "docx", "name": "受講者名簿_日の出産業.docx",
        "paragraphs": ["介助技術研修（8月期）受講者名簿", "日の出産業株式会社 空港サービス事業部"],
        "tables": [_docx_073],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of eight staff with DOB, e-mail and mobile to a training provider",
})

MESSAGES.append({
    "id": "prm-074",
    "expect": "pass",
    "sender": DESK,
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "Re: リーフレット「空港でのお手伝い」初校のご確認",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社 営業部
平良様

お世話になっております。日の出産業 特別サポートデスクです。
初校ありがとうございました。修正点を赤字で入れたPDFをお返しします。

・表紙の電話番号を「0476-33-5710」に統一
・2ページ目の点字ブロックの写真をもう少し大きく
・裏表紙の英語表記「Special Assistance Desk」にハイフン不要

再校は7/10頃にいただけますと助かります。
""" + SIG_DESK,
    "attachments": [{
        "kind": "pdf", "name": "リーフレット_初校_修正指示.pdf",
        "lines": [
            "空港でのお手伝い ― 特別サポートデスクのご案内",
            "車いすの貸出、搭乗口までのご案内、目や耳の不自由なお客様のサポート",
            "ご予約・お問い合わせ：0476-33-5710（6:00～22:00）",
            "【修正】電話番号の表記を統一してください",
        ],
    }],
    "entities": [],
    "detectors": [],
    "note": "a leaflet proof with the desk's own number to the real partner printer",
})

MESSAGES.append({
    "id": "prm-075",
    "expect": "stop",
    "sender": KUROSAKI,
    "to": ["PCA Narita Station <nrtstation@pacificcrane.com>"],
    "subject": "Quarterly service review Q2 - slides",
    "charset": "utf-8",
    "body": """Dear Mr. Galloway,

Ahead of Thursday's quarterly review, here are our slides. Happy to walk through the
waiting-time figures in detail.
""" + SIG_KUROSAKI,
    "attachments": [{
        "kind": "pptx", "name": "PCA_Q2_service_review.pptx",
        "page_footer": "INTERNAL ONLY - Hinode Sangyo Airport Services",
        "slides": [
            ["PCA at NRT - PRM service review Q2", "Hinode Sangyo Special Assistance Desk"],
            ["Volumes", "Departures: 1,204 PRM", "Arrivals: 1,187 PRM", "+8% vs Q1"],
            ["Waiting time at aircraft", "Average 7.1 min (target 10)", "3 cases over 30 min (ambulift breakdown)"],
            ["Staffing plan Q3", "2 additional assistants from August", "Cost impact under review"],
        ],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the slides carry an INTERNAL ONLY footer: a marking inside the attachment",
})

_pdf_076 = [["No.", "氏名", "年齢", "到着便", "病名・状態", "搬送先", "搬送手段"]] + [
    ["1", "袖山 徳治", "79", "SN902 9:30", "脳出血後遺症", "成田みなみ総合病院", "ストレッチャー"],
    ["2", "栗原 マツ", "88", "SN902 9:30", "大腿骨転子部骨折", "成田みなみ総合病院", "ストレッチャー"],
    ["3", "Liang Wei", "52", "SN902 9:30", "心筋梗塞 PCI後", "千葉中央医療センター", "車いす"],
    ["4", "五味 康代", "63", "SN902 9:30", "肺がん 酸素2L", "千葉中央医療センター", "車いす"],
    ["5", "藤ヶ谷 勉", "71", "SN902 9:30", "慢性腎不全 透析", "成田みなみ総合病院", "車いす"],
]

MESSAGES.append({
    "id": "prm-076",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["民間救急ひまわり 配車センター <haisha@himawari-kyukyu.jp>"],
    "subject": "7/5 搬送スケジュール（確定版）",
    "charset": "cp932",
    "body": """民間救急ひまわり 配車センター ご担当者様

お世話になっております。日の出産業の小野寺です。
7/5 の搬送スケジュール確定版をPDFでお送りします。
車両は3台（ストレッチャー対応2台、車いす対応1台）でお願いいたします。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "pdf", "name": "搬送スケジュール_0705.pdf", "title": "7/5 搬送スケジュール",
        "lines": ["7月5日 成田空港 → 病院 搬送スケジュール（確定版）", "作成：日の出産業 特別サポートデスク"],
        "table": _pdf_076,
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF table of five patients with diagnoses to an ambulance firm (new text, unlike prm-037's quote)",
})

MESSAGES.append({
    "id": "prm-077",
    "expect": "pass",
    "sender": ONODERA,
    "to": ["千葉中央医療センター 地域医療連携室 富樫様 <togashi.renkei@chiba-chuo-mc.or.jp>"],
    "subject": "RE: 7/9 入院予定の患者様 空港到着時刻",
    "charset": "iso-2022-jp",
    "body": """富樫様

お世話になっております。日の出産業の小野寺です。
航空会社に確認したところ、到着時刻は定刻の 15:25 の見込みとのことです。
病院様の車両は 15:45 に制限区域ゲート5番でお待ちください。

小野寺

差出人: 富樫 俊 <togashi.renkei@chiba-chuo-mc.or.jp>
送信日時: 2025年7月7日 月曜日 11:20
宛先: 小野寺 葵 <onodera.aoi@hinode-sangyo.co.jp>
件名: 7/9 入院予定の患者様 空港到着時刻

日の出産業 小野寺様

7/9 に当院に入院予定の 鮫島 律子 様（昭和２５年８月９日生、胃がん術後・化学療法目的）ですが、
到着便の時刻に変更がないか確認いただけますでしょうか。
ご家族の連絡先は 090-6631-2087（長女 鮫島 奈緒様）です。

千葉中央医療センター 地域医療連携室 富樫
""",
    "entities": [],
    "detectors": [],
    "note": "patient details only under the 差出人/送信日時 quote of the hospital's own mail",
})

_mn_078 = next_my_number()

MESSAGES.append({
    "id": "prm-078",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["北斗エアライン 羽田空港所 旅客サービス <hnd-pax@hokuto-airline.jp>"],
    "subject": "転送：搭乗時の本人確認について（7/6 HK111便）",
    "charset": "utf-8",
    "body": f"""北斗エアライン 羽田空港所 旅客サービス ご担当者様

お世話になっております。日の出産業の真壁です。
7/6 HK111便でアシスタンスをご予約のお客様から、本人確認書類についてメールが届きました。
搭乗時に顔写真付きの書類をお持ちでないとのことで、ご判断をお願いできますでしょうか。

-------- 転送メッセージ --------
件名: 本人確認について
差出人: 椎葉 伸子

いつもお世話になります。椎葉です。
免許証を返納してしまったので、マイナンバーカードでも大丈夫でしょうか。
念のため番号を書いておきます。

　氏名：椎葉 伸子
　生年月日：昭和１８年６月２日
　住所：東京都大田区西蒲田7-31-4
　個人番号：{fw(grouped(_mn_078))}

カードは当日持っていきます。
-------------------------------
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forward of a passenger's mail with her My Number (full-width) to an airline: forwarded text counts",
})

MESSAGES.append({
    "id": "prm-079",
    "expect": "pass",
    "sender": HAMASUNA,
    "to": ["あおぞらジェット 空港企画部 <kuko-kikaku@aozora-jet.co.jp>"],
    "subject": "委託先向け「個人情報・機密情報の取扱い」研修へのご参加について",
    "charset": "iso-2022-jp",
    "body": """あおぞらジェット株式会社 空港企画部
宍戸様

お世話になっております。日の出産業の浜砂です。
御社主催の委託先向け「個人情報・機密情報の取扱い」研修につきまして、
弊社からは特別サポートデスクの管理者3名が参加いたします。

なお、当日の演習で扱う「お客様の病状などの要配慮個人情報を含む申し送り」の事例は、
弊社で匿名化したサンプルをご用意しました。事前に資料としてお送りすることも可能ですので、
必要でしたらお申し付けください。
""" + SIG_HAMASUNA + DISC_JA,
    "entities": [],
    "detectors": [],
    "note": "mentions 機密情報 and 要配慮個人情報 as topics only; no marking, no person",
})

MESSAGES.append({
    "id": "prm-080",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["成田みなみ総合病院 地域医療連携室 <renkei@naritaminami-hosp.or.jp>"],
    "subject": "機内での経過記録の送付（7/3 SN871便）",
    "charset": "iso-2022-jp",
    "body": """成田みなみ総合病院 地域医療連携室 ご担当者様

お世話になっております。日の出産業の小野寺です。
本日ご入院された患者様について、航空会社より受領した機内での経過記録を添付いたします。
ファイルが開けない場合はご連絡ください。
""" + SIG_ONODERA,
    "attachments": [{"kind": "corrupt", "name": "機内経過記録_SN871.docx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a corrupt DOCX that cannot be read, to a hospital",
})

# ---------------------------------------------------------------------------------------
# 081-090
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "prm-081",
    "expect": "pass",
    "sender": HAMASUNA,
    "to": ["川崎電機 特装車両サービス部 <tokuso-service@kawasaki-denki.co.jp>"],
    "subject": "ハイリフト車（PRM用）定期点検の日程調整",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社 特装車両サービス部
稲葉様

いつもお世話になっております。日の出産業の浜砂です。
PRM用ハイリフト車の年次点検について、下記の日程でお願いできますでしょうか。

　車両番号　　　　設置場所　　　点検希望日　　　　　　備考
　HL-01（成田）　　T2 車両基地　　8月19日（火）9:00～　　昇降シリンダ異音あり
　HL-02（成田）　　T2 車両基地　　8月20日（水）9:00～
　HL-03（羽田）　　T1 南側車庫　　8月26日（火）13:00～　 キャビン床スロープ交換希望

点検中は代替機の手配が必要なため、所要時間もあわせてご教示ください。
""" + SIG_HAMASUNA,
    "entities": [],
    "detectors": [],
    "note": "vehicle maintenance schedule to a partner: equipment, not people",
})

_rows_082 = [("庄司 喜久雄", mobile()), ("庄司 初枝", mobile()), ("Mr. Tomasz WIECZOREK", "+48 512 774 093"), ("錦織 ゆう", mobile())]

MESSAGES.append({
    "id": "prm-082",
    "expect": "pass",
    "sender": ONODERA,
    "to": ["青葉運輸 成田営業所 <narita@aoba-unyu.co.jp>"],
    "subject": "本日 SN131便遅延 乗継バス利用のお客様（4名）",
    "charset": "iso-2022-jp",
    "body": "青葉運輸株式会社 成田営業所 ご担当者様\n\n"
            "お世話になっております。日の出産業の小野寺です。\n"
            "SN131便の遅延により、18:30発の羽田行き連絡バスに乗り継げないお客様が4名いらっしゃいます。\n"
            "19:45発の臨時便へのご案内をお願いいたします。バス乗り場で連絡がつかない場合の連絡先です。\n\n"
            + "\n".join(f"　{i}. {n}　{p}" for i, (n, p) in enumerate(_rows_082, start=1))
            + "\n\n4名とも弊社スタッフが乗り場（T2 北口8番）までお連れします。\n" + SIG_ONODERA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four passengers' names and phones to a partner bus firm: under five, may be warned",
})

_rows_083 = [
    ("T-40218", "Ｓ２６．１．１９", "千葉県佐倉市王子台4-15-2", fw(mobile())),
    ("T-40233", "Ｓ３１．７．２", "千葉県四街道市鹿渡933-7", fw(mobile())),
    ("T-40251", "Ｓ１８．１２．２５", "茨城県龍ケ崎市若柴町2216-41", fw(mobile())),
    ("T-40266", "Ｈ３．４．１０", "東京都墨田区立花2-8-11-402", fw(mobile())),
    ("T-40270", "Ｓ４５．９．９", "千葉県船橋市前原西6-3-20", fw(mobile())),
    ("T-40284", "Ｓ２２．３．３", "埼玉県三郷市早稲田7-19-5", fw(mobile())),
]

MESSAGES.append({
    "id": "prm-083",
    "expect": "stop",
    "sender": DESK,
    "to": ["のぞみトラベル 団体旅行課 <dantai@nozomi-travel.jp>"],
    "subject": "バリアフリーツアー（9月）仮申込者の照合依頼",
    "charset": "cp932",
    "body": "のぞみトラベル株式会社 団体旅行課\n猿渡様\n\n"
            "お世話になっております。特別サポートデスクです。\n"
            "弊社窓口経由で仮申込のあった6件について、御社の会員データとの照合をお願いします。\n"
            "会員番号・生年月日・住所・電話の順です。\n\n"
            + "\n".join(f"{a}, {b}, {c}, {d}" for a, b, c, d in _rows_083)
            + "\n\n照合結果は会員番号でご返信ください。\n" + SIG_DESK,
    "entities": ["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six people's 和暦 DOB (Ｓ２６．１．１９), address and phone keyed by member no., no name column",
})

MESSAGES.append({
    "id": "prm-084",
    "expect": "either",
    "sender": MAKABE,
    "to": ["北斗エアライン 羽田空港所 旅客サービス <hnd-pax@hokuto-airline.jp>"],
    "subject": "7/11 HK121便 妊娠中のお客様の座席について",
    "charset": "iso-2022-jp",
    "body": """北斗エアライン 羽田空港所 旅客サービス ご担当者様

お世話になっております。日の出産業の真壁です。
7/11 HK121便（羽田 → 鹿児島）をご予約の松崎 美緒様より、現在妊娠33週とのことで、
保安検査場から搭乗口までの車いすのご依頼をいただきました。
御社の規定では出産予定日の28日以内ではないため診断書は不要と理解しておりますが、
念のためご確認ください。また、通路側のお席へのご変更が可能でしたらお願いいたします。
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named passenger's pregnancy: health-related but not a disease; an officer could judge either way",
})

_xls_085 = [
    ["氏名", "便名", "日付", "病名", "酸素流量", "ボンベ本数", "連絡先"],
    ["大城 勇", "SN871", "7/12", "COPD", "2L/分", 2, mobile()],
    ["五味 康代", "SN902", "7/5", "肺がん", "2L/分", 1, mobile()],
    ["斎賀 ミヨ", "HK104", "7/14", "間質性肺炎", "3L/分", 2, mobile()],
    ["Mr. HARTMANN Klaus", "PC 12", "7/16", "pulmonary hypertension", "1L/min", 1, "+49 171 443 2290"],
    ["葛西 昇", "AJ118", "7/18", "肺結核後遺症", "1.5L/分", 1, mobile()],
]

MESSAGES.append({
    "id": "prm-085",
    "expect": "stop",
    "sender": ONODERA,
    "to": ["日本オキシサポート 空港営業所 <kuko@oxy-support.co.jp>"],
    "subject": "7月中旬 空港での酸素ボンベ受け渡し予定",
    "charset": "iso-2022-jp",
    "body": """日本オキシサポート株式会社 空港営業所 ご担当者様

お世話になっております。日の出産業の小野寺です。
7月中旬に空港で酸素ボンベの受け渡しが必要なお客様の一覧を添付します。
（古いシステムからの出力のため .xls 形式です）
""" + SIG_ONODERA,
    "attachments": [{"kind": "xls", "name": "酸素受渡予定_7月中旬.xls", "sheets": {"予定": _xls_085}}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "legacy XLS with five patients' diagnoses, oxygen flow and phones to an oxygen supplier",
})

MESSAGES.append({
    "id": "prm-086",
    "expect": "pass",
    "sender": HAMASUNA,
    "to": ["総務人事G <somu-jinji@hinode-sangyo.co.jp>"],
    "cc": [MAKABE, "法務グループ <homu@hinode-sangyo.co.jp>"],
    "subject": "6/11 暴行事案 スタッフの労災申請と今後の対応",
    "charset": "iso-2022-jp",
    "body": """総務人事G 各位

お疲れさまです。浜砂です。
6/11 の到着ロビーでの事案について、社内向けに整理します。

・加害者：仁平 剛（45）。空港警察で暴行容疑により現行犯逮捕、現在は釈放され在宅捜査と聞いています。
・被害スタッフ：東雲 大和。胸部打撲で全治2週間、成田みなみ総合病院に通院中。
・労災申請：本人了承済み。書類は総務で準備をお願いします。
・被害届：東雲本人が提出済み。警察からの事情聴取は7/3予定。

航空会社への報告は私から済ませています（個人名は最小限にしました）。
""" + SIG_HAMASUNA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "arrest, injury and crime-victim details, but all recipients are internal",
})

MESSAGES.append({
    "id": "prm-087",
    "expect": "stop",
    "sender": DESK,
    "to": ["錦印刷 営業部 平良様 <taira@nishiki-insatu.co.jp>"],
    "subject": "リーフレット 再校の件",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社 営業部
平良様

お世話になっております。日の出産業 特別サポートデスクです。
再校ありがとうございました。これで校了とさせてください。
部数は当初どおり 5,000部、納品先は成田T2の弊社倉庫でお願いします。
""" + SIG_DESK,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp drops an 's' of partner nishiki-insatsu.co.jp: look-alike",
})

MESSAGES.append({
    "id": "prm-088",
    "expect": "stop",
    "sender": HAMASUNA,
    "to": ["Kestrel Air Narita <nrt.ops@kestrelair.com>"],
    "subject": "【取扱注意】PRMハンドリングマニュアル 改訂版（第4版）",
    "charset": "utf-8",
    "body": """【取扱注意】
本資料は日の出産業株式会社の業務マニュアルです。関係者以外への開示・複製を禁じます。

Kestrel Air 成田空港支店 オペレーション ご担当者様

お世話になっております。日の出産業の浜砂です。
PRMハンドリングマニュアルの第4版を以下に抜粋いたします。主な改訂点は次のとおりです。

1. WCHC のお客様の機内移乗は、原則として2名体制とし、体重80kg超の場合は3名とする。
2. リチウム電池付き電動車いすは、電池の取り外し可否を予約時に確認する。
3. 到着便で機側待機が15分を超えた場合、デスク統括に即時報告する。
4. 盲導犬・介助犬同伴のお客様は、リリーフエリアへの案内を出発60分前に行う。

ご不明点がございましたら、お問い合わせください。
""" + SIG_HAMASUNA,
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is stamped 【取扱注意】 in the subject and at the top of the body",
})

MESSAGES.append({
    "id": "prm-089",
    "expect": "pass",
    "sender": ONODERA,
    "to": ["千葉県視覚障害者福祉協会 事務局 <jimu@chiba-shikaku.or.jp>"],
    "subject": "成田空港の視覚障害のある方向けサポートのご案内",
    "charset": "iso-2022-jp",
    "body": """千葉県視覚障害者福祉協会 事務局 御中

はじめてご連絡いたします。日の出産業株式会社 特別サポートデスクの小野寺と申します。
成田空港で、目の不自由なお客様のご案内を担当しております。

会報への掲載をご検討いただきたく、サービスの概要をお送りします。
・事前予約（お電話・メール）で、駅・バス乗り場から搭乗口までご案内します
・盲導犬同伴の方のリリーフエリアは第1・第2ターミナルにございます
・点字の案内図、音声案内アプリ「そらナビ」をご用意しております
・ご利用は無料です

テキストデータ版の原稿が必要でしたらお送りいたします。
""" + SIG_ONODERA,
    "entities": [],
    "detectors": [],
    "note": "service information to a disability association: talks about blindness in general, no person",
})

_rows_090 = [["SURNAME", "GIVEN NAME", "DOB", "PASSPORT", "FLIGHT", "SSR", "MEDICAL NOTE"]] + [
    ["HIGASHIKUNI", "SUMIKO", "1944-05-17", "TR2086614", "KE 782", "WCHC", "post-stroke hemiplegia"],
    ["OGASAWARA", "TETSU", "1950-02-08", "TK7731058", "KE 782", "WCHR", "heart failure NYHA II"],
    ["INUKAI", "MASAYO", "1939-11-30", "MZ4410287", "KE 782", "WCHS", "vascular dementia"],
    ["KAMEDA", "HIROSHI", "1957-08-21", "TS0958842", "KE 786", "MEDA", "COPD, oxygen 2L"],
    ["TOKORO", "AIKO", "1962-03-04", "TH5520193", "KE 786", "BLND", "diabetic retinopathy"],
    ["YOSHIZUMI", "KEN", "1978-12-12", "TR8804376", "KE 786", "WCBD", "spinal cord injury"],
]

MESSAGES.append({
    "id": "prm-090",
    "expect": "stop",
    "sender": KUROSAKI,
    "to": ["SkyBridge Ground Handling SIN <prm.ops@skybridge-handling.com>"],
    "subject": "Group 'Sakura Wellness Tour' - PRM arrivals SIN 23JUN",
    "charset": "utf-8",
    "body": """Dear SkyBridge PRM team,

Six members of the 'Sakura Wellness Tour' group who need assistance will arrive in
Singapore on KE 782 and KE 786 on 23 June. The travel agency asked us to share their
details with you for the arrival hand-over (see CSV).
""" + SIG_KUROSAKI + DISC_EN,
    "attachments": [{"kind": "csv", "name": "PRM_arrivals_SIN_23JUN.csv", "encoding": "utf-8", "rows": _rows_090}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "romaji manifest of six passengers with passport numbers, DOB and conditions to a foreign handler",
})

# ---------------------------------------------------------------------------------------
# 091-100
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "prm-091",
    "expect": "pass",
    "sender": HAMASUNA,
    "to": ["成田みなみ総合病院 地域医療連携室 <renkei@naritaminami-hosp.or.jp>"],
    "cc": ["民間救急ひまわり 営業担当 <eigyo@himawari-kyukyu.jp>"],
    "subject": "9月 合同搬送訓練の実施について",
    "charset": "cp932",
    "body": """成田みなみ総合病院 地域医療連携室 御中
（cc：民間救急ひまわり様）

お世話になっております。日の出産業の浜砂です。
昨年に引き続き、機内からの患者搬送の合同訓練を下記で実施したく、ご相談いたします。

　日時：9月17日（水）14:00～16:30
　場所：成田空港 第2ターミナル 207番スポット（訓練用機材を使用）
　内容：ストレッチャー患者の機内からの搬出、ハイリフト車での降機、救急車への引継ぎ
　模擬患者：弊社スタッフが担当

ご参加いただける人数を8月末までにお知らせください。
""" + SIG_HAMASUNA,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a hospital and an ambulance firm in To/Cc for a drill: two external organisations is normal",
})

MESSAGES.append({
    "id": "prm-092",
    "expect": "stop",
    "sender": HAMASUNA,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-1aw.jp>"],
    "subject": "6/9 転倒事案 お客様からの損害賠償請求のご相談",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業の浜砂です。
6/9 の車いす転倒事案につき、お客様から損害賠償のご請求がありましたのでご相談いたします。

お客様は蒲生 フミ様（85歳）で、当日は空港クリニックで応急処置を受けられた後、
地元の病院で右橈骨遠位端骨折と診断され、手術を受けられたとのことです。
ご家族からは、治療費・慰謝料として 320万円のご請求をいただいております。

弊社の作業手順の確認漏れがあったことは事実ですので、示談の進め方についてご助言ください。
""" + SIG_HAMASUNA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "shirakawa-1aw.jp uses the digit 1 for l (homoglyph of partner shirakawa-law.jp), with a victim's injury",
})

MESSAGES.append({
    "id": "prm-093",
    "expect": "pass",
    "sender": KUROSAKI,
    "to": ["PCA Narita Station <nrtstation@pacificcrane.com>"],
    "subject": "Re: Thank you - PC 9 diversion night",
    "charset": "utf-8",
    "body": """Dear Mr. Galloway,

Thank you for your kind words. I have passed them on to the whole night shift - they
worked until 3 a.m. to get everyone off the diverted aircraft and into hotels, and it
means a lot to them.

For the record, we used both ambulifts and 14 wheelchairs that night; our invoice for
the extra hours will follow at month-end under the usual irregular-operations rate.

Looking forward to seeing you at the quarterly review.
""" + SIG_KUROSAKI + DISC_EN,
    "entities": [],
    "detectors": [],
    "note": "a thank-you reply with the standard English disclaimer: ordinary mail",
})

MESSAGES.append({
    "id": "prm-094",
    "expect": "pass",
    "sender": ONODERA,
    "to": ["北国フーズ 法人営業部 <hojin@kitaguni-foods.co.jp>"],
    "subject": "待合ラウンジ用 軽食の追加発注（7月分）",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社 法人営業部 ご担当者様

お世話になっております。日の出産業 特別サポートデスクの小野寺です。
長時間お待ちいただくお客様向けの待合ラウンジ用軽食について、7月分を追加で発注いたします。

　商品コード　　品名　　　　　　　　　　　　　数量
　KF-1102　　　やわらかおにぎり（梅・鮭）　　　120
　KF-2040　　　とろみ付きお茶（ゼリー飲料）　　 80
　KF-3315　　　アレルギー対応パン（卵・乳不使用）40
　KF-3320　　　減塩スープ（個包装）　　　　　　 60

納品は7月1日、第2ターミナル地下の搬入口でお願いいたします。
""" + SIG_ONODERA,
    "entities": [],
    "detectors": [],
    "note": "an order with product codes to the real partner domain; dietary words but no person",
})

MESSAGES.append({
    "id": "prm-095",
    "expect": "stop",
    "sender": DESK,
    "to": [
        "のぞみトラベル 団体旅行課 <dantai@nozomi-travel.jp>",
        "旭ツーリスト 添乗センター <tenjo@asahi-tourist.co.jp>",
        "はるかぜ観光 手配課 <tehai@harukaze-kanko.co.jp>",
        "ユニバーサルツアーズ 予約センター <yoyaku@universal-tours.jp>",
    ],
    "subject": "【ご案内】10月1日からのアシスタンス予約方法の変更",
    "charset": "iso-2022-jp",
    "body": """旅行会社 各位

平素より特別サポートデスクをご利用いただき、誠にありがとうございます。
10月1日ご搭乗分より、団体のお客様のアシスタンス予約方法を以下のとおり変更いたします。

１．予約はWebフォーム（PRMポータル）からのみ受け付けます。メール・FAXは9月末で終了します。
２．団体の場合、ご搭乗の7日前までに対象者数と必要な機材をご登録ください。
３．当日の添乗員様の連絡先を必ずご登録ください。

説明会を9月上旬にオンラインで開催します。詳細は追ってご案内いたします。
""" + SIG_DESK,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four travel agencies in To see each other: should have been Bcc",
})

MESSAGES.append({
    "id": "prm-096",
    "expect": "pass",
    "sender": KITO,
    "to": ["ジョブポート 法人サポート <corp-support@jobport.jp>"],
    "subject": "求人原稿の掲載依頼（空港アシスタンススタッフ）",
    "charset": "utf-8",
    "body": """ジョブポート株式会社 法人サポート ご担当者様

お世話になっております。日の出産業 総務人事グループの鬼頭です。
下記の求人原稿の掲載をお願いいたします（掲載期間：7/15～8/14）。

【職種】空港アシスタンススタッフ（成田空港）
【仕事内容】車いすをご利用のお客様、目や耳の不自由なお客様の搭乗・降機のお手伝い
【給与】時給 1,450円～（深夜 1,812円～）、交通費規定支給
【勤務】シフト制 5:30～23:00 の間で実働8時間
【応募資格】未経験歓迎、介護職員初任者研修の資格をお持ちの方優遇、英語または手話ができる方歓迎
【応募先】総務人事グループ 採用担当 TEL 0476-33-5600

原稿の確認用URLが発行されましたらお知らせください。
""" + SIG_KITO,
    "entities": [],
    "detectors": [],
    "note": "a job advert: no person's data",
})

MESSAGES.append({
    "id": "prm-097",
    "expect": "stop",
    "sender": DESK,
    "to": ["kazuma.takarabe@gmail.com"],
    "subject": "お問い合わせいただいた「アシスタンス利用証明書」の送付",
    "charset": "iso-2022-jp",
    "body": """財部 一真 様

特別サポートデスクでございます。お問い合わせいただいたお父様の
アシスタンス利用証明書（保険会社提出用）をPDFでお送りいたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_DESK,
    "attachments": [{"kind": "corrupt", "name": "アシスタンス利用証明書.pdf"}],
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "the PDF is corrupt and cannot be inspected; the recipient is a free-mail address",
})

MESSAGES.append({
    "id": "prm-098",
    "expect": "pass",
    "sender": ONODERA,
    "to": [HAMASUNA, MAKABE],
    "subject": "FW: 退院時サマリー（7/2 AJ302 ストレッチャー）",
    "charset": "iso-2022-jp",
    "body": """浜砂さん、真壁さん

お疲れさまです。小野寺です。
病院から届いた退院時サマリーを共有します（羽田経由になる可能性があるため）。
社外に出すときは必ずパスワードをかけてください。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "pdf", "name": "退院時サマリー_新発田様.pdf",
        "lines": [
            "退院時サマリー",
            "患者氏名：新発田 晴美　　生年月日：昭和３６年２月１４日",
            "診断名：くも膜下出血（右中大脳動脈瘤破裂）、クリッピング術後",
            "経過：術後経過良好、軽度の左上肢麻痺が残存",
            "移動：ストレッチャー（座位30分まで可）",
        ],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a patient's discharge summary forwarded between colleagues only: internal",
})

MESSAGES.append({
    "id": "prm-099",
    "expect": "stop",
    "sender": USAMI,
    "to": ["みどり銀行 成田支店 法人営業 <narita-hojin@midori-ginkou.co.jp>"],
    "subject": "返金振込の依頼（お客様1件）",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 成田支店 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 経理グループの宇佐美です。
有料アシスタンス（ミート＆アシスト）のキャンセル料過請求分につき、
お客様への返金振込を下記のとおりお願いいたします。

　振込先：ゆうせい信用金庫 船橋北支店　普通預金　口座番号 3318054
　口座名義：ネギシ　トシユキ
　金額：16,500円
　振込日：7月10日

振込依頼書は本日付で別途FAXいたします。
""" + SIG_USAMI,
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "midori-ginkou.co.jp adds a 'u' to partner midori-ginko.co.jp: look-alike, with a customer's account",
})

MESSAGES.append({
    "id": "prm-100",
    "expect": "pass",
    "sender": HAMASUNA,
    "to": ["ookawara.setsuko@yahoo.co.jp"],
    "subject": "Re: 6月20日の対応について",
    "charset": "iso-2022-jp",
    "body": """大河原 節子 様

特別サポートデスク統括の浜砂でございます。
このたびは、ご不快な思いをおかけし、誠に申し訳ございませんでした。

ご指摘のとおり、当日は到着便の集中によりお迎えが25分遅れ、
その間のご連絡も不十分でございました。
担当者への指導とあわせ、到着便が重なる時間帯の増員を7月より実施いたします。

今後とも何卒よろしくお願い申し上げます。
""" + SIG_HAMASUNA + """
> 6月20日、夫と羽田からの便で成田に着きました。
> 夫は去年の脳梗塞で右半身が不自由で、車いすを予約していたのに、
> 機内で30分近く待たされました。夫は持病の糖尿病もあり、
> 途中で気分が悪くなりかけました。
> 二度とこのようなことがないようにしてください。
> 大河原 節子
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "apology to a customer's free-mail; her husband's conditions are only in her own quoted text",
})
