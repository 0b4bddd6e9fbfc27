"""Blind evaluation corpus — area: sangyoi (産業保健 / occupational health office).

The company's industrial physician (産業医) and health staff (保健師・産業看護職・衛生管理者)
at 日の出産業: stress-check results, health-check follow-ups (二次健診・特殊健診・特定保健指導),
return-to-work plans, long-working-hours interviews, external EAP counsellors and clinics,
the health insurance society, insurers, 社労士 and the like.

Every person, address, phone number, identifier and organisation outside the fixed partner
list is invented; My Numbers and card numbers come from build.my_number / build.card_number.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 12101
rng = random.Random(SEED)
_counter = [SEED]


def _next_n() -> int:
    n = _counter[0]
    _counter[0] += 1
    return n


def _mn() -> str:
    return my_number(_next_n())


def _card() -> str:
    return card_number(_next_n())


def _mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def _dob(lo: int = 1966, hi: int = 1999) -> tuple[int, int, int]:
    return (rng.randrange(lo, hi + 1), rng.randrange(1, 13), rng.randrange(1, 29))


def _ymd(d: tuple[int, int, int], sep: str = "/") -> str:
    return f"{d[0]}{sep}{d[1]:02d}{sep}{d[2]:02d}"


def _wareki(d: tuple[int, int, int], style: str = "kanji") -> str:
    y, m, dd = d
    if (y, m, dd) >= (1989, 1, 8):
        era, ab, ey = "平成", "H", y - 1988
    else:
        era, ab, ey = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{ey}年{m}月{dd}日"
    return f"{ab}{ey}.{m}.{dd}"


_FW = str.maketrans("0123456789-.:/()ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    "０１２３４５６７８９－．：／（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def _fw(s: str) -> str:
    return s.translate(_FW)


def _corp(base12: str) -> str:
    """法人番号: check digit + 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- the office's people and their signatures -------------------------------------------

TAKAMI = "高見 由佳 <takami.yuka@hinode-sangyo.co.jp>"
OTOBE = "乙部 正志 <otobe.masashi@hinode-sangyo.co.jp>"
WASHIO = "鷲尾 玲子 <washio.reiko@hinode-sangyo.co.jp>"
TSUZUKI = "都筑 慎吾 <tsuzuki.shingo@hinode-sangyo.co.jp>"
MIYAJI = "宮路 さやか <miyaji.sayaka@hinode-sangyo.co.jp>"
NEGORO = "根来 千尋 <negoro.chihiro@hinode-sangyo.co.jp>"
TORIGOE = "鳥越 拓 <torigoe.taku@hinode-sangyo.co.jp>"
KOMAZAWA = "駒澤 恵 <komazawa.megumi@hinode-sangyo.co.jp>"

SIG_TAKAMI = """--
日の出産業株式会社 人事部 健康管理室
保健師 高見 由佳（Takami Yuka）
〒141-0032 東京都品川区大崎五丁目8番2号 日の出ビル3F
TEL 03-5487-2210（健康管理室直通） FAX 03-5487-2219
takami.yuka@hinode-sangyo.co.jp"""

SIG_OTOBE = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 健康管理室 室長　乙部 正志
〒141-0032 東京都品川区大崎5-8-2
TEL：03-5487-2210　内線 4120
━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_WASHIO = """-------------------------------------
日の出産業株式会社 専属産業医
鷲尾 玲子（医師・労働衛生コンサルタント）
健康管理室 TEL 03-5487-2210
-------------------------------------"""

SIG_NEGORO = """************************************
日の出産業（株） 健康管理室
根来 千尋（ねごろ ちひろ）
Tel: 03-5487-2210 / Fax: 03-5487-2219
************************************"""

SIG_MIYAJI = """==============================
日の出産業株式会社 健康管理室
産業看護師 宮路 さやか
TEL 03-5487-2210 内線4124
=============================="""

SIG_TORIGOE = """--
日の出産業株式会社 総務部 安全衛生課
第一種衛生管理者 鳥越 拓
〒141-0032 東京都品川区大崎5-8-2
TEL 03-5487-2230 / torigoe.taku@hinode-sangyo.co.jp"""

SIG_TSUZUKI = """―――――――――――――――――――
日の出産業株式会社 人事部 労務課
都筑 慎吾
TEL 03-5487-2201
―――――――――――――――――――"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received this e-mail in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001-010
# ---------------------------------------------------------------------------------------

_r001 = [("H10233", "柿沼 隆之  ", "血圧・心電図       ", "D2"),
         ("H10457", "五十嵐 真帆", "肝機能(ALT/γ-GTP)  ", "D1"),
         ("H10512", "勅使河原 洋平", "胸部X線（右上肺野）", "D1"),
         ("H10688", "東海林 佳奈", "便潜血 2日法       ", "D1"),
         ("H10702", "薬袋 和也  ", "空腹時血糖・HbA1c  ", "D2"),
         ("H10815", "仁平 聡子  ", "眼底（KW IIa）     ", "D2"),
         ("H10991", "百目鬼 亮  ", "尿蛋白(2+)・eGFR   ", "D1")]
_t001 = "\n".join(f"{a}    {b}   {_ymd(_dob(1962, 1995))}   {c}  {d}" for a, b, c, d in _r001)

MESSAGES.append({
    "id": "sangyoi-001", "expect": "stop",
    "sender": TAKAMI,
    "to": ["水野 健診予約課 <mizuno@minato-kenshin.or.jp>"],
    "subject": "二次健診（精密検査）受診予約のお願い（10月分）",
    "charset": "iso-2022-jp",
    "body": f"""一般財団法人 みなと健診センター
健診予約課 水野様

いつもお世話になっております。
日の出産業 健康管理室の高見です。

9月に実施いたしました定期健康診断で「要精密検査」となった社員について、
貴センターでの二次健診の予約をお願いしたく、対象者を下記にまとめました。

社員番号  氏名            生年月日     判定項目             判定
--------  --------------  -----------  -------------------  ----
{_t001}

受診可能日は各人と調整のうえ、改めてご連絡いたします。
検査結果は従来どおり健康管理室宛てにご返送いただけますと幸いです。

よろしくお願いいたします。

{SIG_TAKAMI}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "7 employees' names, birth dates and abnormal health-check findings in padded columns to an external clinic",
})

MESSAGES.append({
    "id": "sangyoi-002", "expect": "pass",
    "sender": WASHIO,
    "to": [TSUZUKI],
    "cc": [OTOBE],
    "subject": "【面接指導結果】9月度 長時間労働者 面接指導の結果と就業上の措置に関する意見",
    "charset": "cp932",
    "body": f"""労務課 都筑さん

お疲れさまです。鷲尾です。
9月度の長時間労働者面接指導（6名）が終わりましたので、結果と意見をお送りします。
労働安全衛生法第66条の8に基づく意見として、措置のご検討をお願いします。

1. 設楽 卓郎（設計部）　時間外112h
   所見：睡眠4〜5時間が続き疲労蓄積度「高」。高血圧で通院中、服薬継続。
   意見：就業制限（時間外月45h以内、深夜業禁止）を1か月。翌月再面談。

2. 寒川 美樹（経理部）　時間外86h
   所見：決算期の一時的な業務集中。特記すべき症状なし。
   意見：通常勤務可。

3. 鬼塚 隼（生産技術部）　時間外95h
   所見：不眠・食欲低下の訴えあり。抑うつ傾向、メンタルクリニック受診を勧奨。
   意見：就業制限（時間外禁止）。主治医意見を踏まえ再判定。

4. 檜山 早苗（品質保証部）　時間外81h
   意見：通常勤務可。休日取得を指導済み。

5. 帯刀 光一（営業二部）　時間外103h
   所見：糖尿病治療中、HbA1c 8.4%。出張が多く服薬が不規則。
   意見：出張頻度の調整を要望。

6. 丹羽 理沙（情報システム部）　時間外80h
   意見：通常勤務可。

個人票は健康管理室の鍵付きキャビネットで保管しています。
上長への伝達は、必要な措置の範囲に限定してください。

{SIG_WASHIO}
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "physician's interview results with diagnoses for six people, but every recipient is internal",
})

MESSAGES.append({
    "id": "sangyoi-003", "expect": "stop",
    "sender": TAKAMI,
    "to": ["有働 めぐみ <aido@kokoro-carenet.co.jp>"],
    "subject": "カウンセリングのご依頼（製造部 1名）",
    "charset": "utf-8",
    "body": f"""こころのケアネット株式会社
臨床心理士 有働 様

いつも大変お世話になっております。日の出産業の高見です。

新たに1名、カウンセリングをお願いできればと思いご連絡しました。
製造部 第二製造課の矢ケ崎 努さん（42歳）が、8月ごろから抑うつ状態で
心療内科に通院しており、現在は抗うつ薬を服用しながら時短勤務をしています。
本人もカウンセリングを希望しており、同意も得ております。

初回は対面を希望していますので、11月中旬の平日夕方で
ご都合のよい日時をいくつか頂戴できますでしょうか。

どうぞよろしくお願いいたします。

{SIG_TAKAMI}
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee's depression and psychiatric treatment in a sentence, sent to an external EAP",
})

MESSAGES.append({
    "id": "sangyoi-004", "expect": "pass",
    "sender": TAKAMI,
    "to": ["有働 めぐみ <aido@kokoro-carenet.co.jp>"],
    "subject": "Re: カウンセリングのご依頼（製造部 1名）",
    "charset": "iso-2022-jp",
    "body": f"""有働様

ご調整ありがとうございます。
ご提示いただいた 11月12日（水）17:30〜 で確定とさせてください。
場所は弊社本社3階の相談室をご用意します。受付で「健康管理室」とお伝えください。

引き続きよろしくお願いいたします。

高見

> 日の出産業株式会社
> 高見様
>
> いつもお世話になっております。こころのケアネットの有働です。
> 矢ケ崎 努様の件、承知いたしました。抑うつ状態で服薬中とのこと、
> 初回は60分枠で、主治医の治療方針を確認しながら進めます。
> 候補日は以下のとおりです。
>   ・11/12（水）17:30〜
>   ・11/14（金）18:00〜
>
> 有働 めぐみ（臨床心理士・公認心理師）
> こころのケアネット株式会社 EAP相談室
""",
    "entities": [],
    "detectors": [],
    "note": "the employee's name and condition appear only in the quoted text the EAP itself wrote; the new text is scheduling",
})

_r005 = []
for i in range(12):
    a, b, c = rng.randrange(40, 70), rng.randrange(50, 110), rng.randrange(15, 40)
    hi = "高ストレス" if b >= 77 or (a + c >= 76 and b >= 63) else "-"
    _r005.append([f"E{rng.randrange(200000, 299999)}", rng.choice(["P21", "P22", "S10", "S14", "Q03"]),
                  rng.choice(["男", "女"]), str(rng.randrange(24, 62)), str(a), str(b), str(c), hi,
                  rng.choice(["希望", "希望", "未回答", "希望しない"])])
_r005 = [r for r in _r005] + [["E214870", "P22", "女", "33", "61", "94", "31", "高ストレス", "希望"]]

MESSAGES.append({
    "id": "sangyoi-005", "expect": "stop",
    "sender": NEGORO,
    "to": ["EAP受付 <counsel@kokoro-carenet.co.jp>"],
    "subject": "面接指導申出者リスト送付の件（ストレスチェック2025）",
    "charset": "cp932",
    "body": f"""こころのケアネット株式会社
EAP受付ご担当者様

お世話になっております。日の出産業 健康管理室の根来です。

ストレスチェック（2025年度）の結果、高ストレスと判定され面接指導の
申出があった者などを添付CSVにまとめました。
氏名は伏せて社員IDのみとしています。面談枠の割り当てをお願いいたします。

ご不明点があればご連絡ください。

{SIG_NEGORO}
""",
    "attachments": [{
        "kind": "csv", "name": "面接指導申出者_2025.csv", "encoding": "cp932",
        "rows": [["社員ID", "所属コード", "性別", "年齢", "ストレス要因(A)", "心身反応(B)",
                  "周囲の支援(C)", "判定", "面接指導"]] + _r005,
    }],
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "13 rows of individual stress-check scores keyed by employee ID (no name column) in a CP932 CSV to an external EAP",
})

MESSAGES.append({
    "id": "sangyoi-006", "expect": "pass",
    "sender": TAKAMI,
    "to": ["有働 めぐみ <aido@kokoro-carenet.co.jp>"],
    "subject": "紹介先医療機関リストの共有",
    "charset": "utf-8",
    "body": f"""有働様

お世話になっております。高見です。
先日お話しした、弊社事業所近隣の紹介先医療機関の一覧です。
EAPからの紹介先候補としてご活用ください。

医療機関名                       所在地                              電話
-------------------------------  ----------------------------------  ------------
大崎駅前こころのクリニック       東京都品川区大崎1-6-3 第2星ビル4F   03-5437-1180
五反田メンタルヘルスクリニック   東京都品川区西五反田2-11-8          03-6420-3355
川崎みなと心療内科               神奈川県川崎市川崎区駅前本町9-2     044-223-8870
相模原ひだまりクリニック         神奈川県相模原市中央区相模原3-4-1   042-750-6621
東都中央病院 精神神経科          東京都大田区大森北4-15-20           03-3761-0101（代）

いずれも予約制です。初診待ちの目安は2〜3週間とのことでした。

{SIG_TAKAMI}
""",
    "entities": [],
    "detectors": [],
    "note": "a list of clinics (businesses) with their public addresses and switchboards, no people",
})

MESSAGES.append({
    "id": "sangyoi-007", "expect": "stop",
    "sender": TORIGOE,
    "to": ["鷲尾 玲子 <washio.reiko@hinode-sangyou.co.jp>"],
    "cc": [MIYAJI],
    "subject": "11月 職場巡視の日程について",
    "charset": "iso-2022-jp",
    "body": f"""鷲尾先生

お疲れさまです。安全衛生課の鳥越です。
11月の職場巡視ですが、以下の日程でいかがでしょうか。

  日時：11月19日（水）13:30〜15:30
  場所：大崎本社 物流センター（B棟）、倉庫エリア
  同行：鳥越、宮路（健康管理室）、物流課 課長

冬季に向けて、倉庫内の温度管理と照度を中心に見ていただければと思います。
ご都合が合わない場合は、20日（木）の午後も空いております。

{SIG_TORIGOE}
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "the in-house physician's address typed with hinode-sangyou.co.jp, a look-alike of the company's own domain",
})

_i008 = ("512", "38")
MESSAGES.append({
    "id": "sangyoi-008", "expect": "stop",
    "sender": TSUZUKI,
    "to": ["給付係 <kyufu@kanto-kikai-kenpo.or.jp>"],
    "subject": "傷病手当金支給申請書（事業主証明）の送付",
    "charset": "utf-8",
    "body": f"""関東機械工業健康保険組合
給付係 御中

いつもお世話になっております。
日の出産業株式会社 人事部労務課の都筑でございます。

標記につき、事業主記入欄を記載した申請書をPDFにて送付いたします。
原本は本日付で郵送いたしました。ご確認のほどよろしくお願いいたします。

{SIG_TSUZUKI}
""",
    "attachments": [{
        "kind": "pdf", "name": "傷病手当金支給申請書_事業主記入用.pdf",
        "title": "傷病手当金支給申請書（事業主記入用）",
        "lines": [
            "健康保険 傷病手当金支給申請書（事業主記入用）",
            "",
            f"被保険者証の記号　{_i008[0]}　　番号　{_i008[1]}",
            "被保険者氏名　漆原 孝明（ウルシバラ タカアキ）",
            "生年月日　昭和52年6月14日",
            "傷病名　腰椎椎間板ヘルニア（L4/5）　手術日 2025年8月27日",
            "療養のため休んだ期間　2025年8月25日 ～ 2025年9月30日",
            "上記期間に対する報酬の支払い　なし",
            "",
            "事業所所在地　東京都品川区大崎5-8-2",
            "事業所名称　日の出産業株式会社　事業主氏名　代表取締役 大河内 誠",
        ],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF form with one employee's health insurance 記号・番号, birth date and diagnosis to the insurance society",
})

MESSAGES.append({
    "id": "sangyoi-009", "expect": "stop",
    "sender": OTOBE,
    "to": ["水野 <mizuno@minato-kenshin.or.jp>",
           "志賀 院長 <dr.shiga@hikari-mental-clinic.jp>",
           "地域連携室 <renkei@toto-chuo-hp.or.jp>",
           "木暮 <kogure@mediwork.jp>"],
    "subject": "【ご案内】健康経営セミナー「働く世代のこころとからだ」開催のお知らせ",
    "charset": "iso-2022-jp",
    "body": f"""関係各位

平素より弊社の産業保健活動にご協力を賜り、誠にありがとうございます。
日の出産業 健康管理室の乙部でございます。

日頃お世話になっております医療機関・専門機関の皆様をお招きし、
下記のとおり健康経営セミナーを開催いたします。ご多用中恐縮ですが、
ご参加いただけますと幸いです。

　■日時　2025年12月5日（金）15:00〜17:00（懇親会 17:30〜）
　■会場　日の出産業 本社 12階 大会議室
　■内容　第1部 弊社の健康経営の取り組み（乙部）
　　　　　第2部 パネルディスカッション「復職支援における連携」
　■申込　11月21日（金）までに本メールへご返信ください

何卒よろしくお願い申し上げます。

{SIG_OTOBE}
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "invitation addressed openly in To to four different external organisations; should have been Bcc",
})

MESSAGES.append({
    "id": "sangyoi-010", "expect": "pass",
    "sender": OTOBE,
    "to": ["木暮 浩司 <kogure@mediwork.jp>"],
    "cc": ["白川法律事務所 榊 <sakaki@shirakawa-law.jp>", TSUZUKI],
    "subject": "産業医業務委託契約の見直し打合せ（11/26）",
    "charset": "utf-8",
    "body": f"""MEDIWORK 木暮様
（cc: 白川法律事務所 榊先生）

いつもお世話になっております。日の出産業の乙部です。

来年度からの嘱託産業医業務委託契約（大阪工場・名古屋営業所分）の見直しについて、
下記のとおり三者で打合せをお願いしたく存じます。

　日時：11月26日（水）10:00〜11:30
　方法：Teams（招待は別途お送りします）
　議題：
　　1. 委託業務の範囲（面接指導、職場巡視、衛生委員会出席）
　　2. 報酬単価と訪問回数
　　3. 個人情報の取扱条項（健康情報の取扱規程との整合）

契約書案は、榊先生のレビュー後に改めて共有いたします。
よろしくお願いいたします。

{SIG_OTOBE}
""",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "ordinary three-way meeting mail with two external organisations in To/Cc and no personal data",
})

# ---------------------------------------------------------------------------------------
# 011-020
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "sangyoi-011", "expect": "stop",
    "sender": OTOBE,
    "to": ["木暮 浩司 <kogure@mediwork.jp>"],
    "subject": "健康経営戦略（2026-2028）ドラフトのご確認",
    "charset": "utf-8",
    "body": f"""木暮様

お世話になっております。乙部です。
先日の打合せを踏まえて、健康経営戦略のドラフトを作成しました。
KPIの置き方について、専門家の立場からコメントをいただけますと助かります。

12月の経営会議に諮る予定ですので、11月末までにいただけますと幸いです。

{SIG_OTOBE}
""",
    "attachments": [{
        "kind": "pptx", "name": "健康経営戦略2026-2028_draft_v3.pptx",
        "title": "健康経営戦略 2026-2028（案）",
        "page_footer": "社外秘　日の出産業株式会社 人事部",
        "slides": [
            ["健康経営戦略 2026-2028（案）", "人事部 健康管理室", "2025年11月 経営会議資料"],
            ["現状の課題", "・高ストレス者率 14.2%（全国平均を上回る）",
             "・二次健診受診率 61%", "・メンタル不調による休職者 年間23名"],
            ["KPI（2028年度目標）", "・高ストレス者率 10%以下", "・二次健診受診率 90%",
             "・喫煙率 15%以下", "・プレゼンティーイズム損失 △20%"],
            ["投資計画", "・EAP契約の拡充 1,200万円/年", "・保健師 2名増員",
             "・健康管理システム刷新（ツバサシステム）"],
        ],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PPTX strategy deck stamped 社外秘 in every slide footer, sent to an outside consultant",
})

MESSAGES.append({
    "id": "sangyoi-012", "expect": "stop",
    "sender": MIYAJI,
    "to": ["リワークセンターあおい 相談員 <rework@rework-aoi.jp>"],
    "subject": "面談記録の送付",
    "charset": "iso-2022-jp",
    "body": f"""リワークセンターあおい
ご担当者様

お世話になっております。日の出産業 健康管理室の宮路です。

先日ご依頼いただいた面談記録を、パスワード付きZIPにてお送りいたします。
解凍用パスワードは別メールにてお知らせいたします。

ご確認のほど、よろしくお願いいたします。

{SIG_MIYAJI}
""",
    "attachments": [{
        "kind": "zip", "name": "面談記録_20251104.zip", "password": "Hnd#2025-1104",
        "files": [{"kind": "docx", "name": "面談記録_20251104.docx",
                   "paragraphs": ["面談記録", "対象者：西園寺 ゆかり（経理部）",
                                  "診断名：うつ病（主治医診断書 9/30 付）",
                                  "現状：睡眠リズム改善、生活記録表の記入 8割"]}],
    }],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) that the guard cannot open",
})

MESSAGES.append({
    "id": "sangyoi-013", "expect": "pass",
    "sender": NEGORO,
    "to": ["契約担当 大庭 <ohba@stresscheck-plus.jp>"],
    "subject": "Re: 秘密保持契約書（案）へのコメント",
    "charset": "utf-8",
    "body": f"""ストレスチェックプラス株式会社
大庭様

お世話になっております。日の出産業の根来です。
秘密保持契約書（案）について、社内の法務確認が終わりましたのでコメントをお返しします。

・第2条（機密情報の定義）に「受検者の個人別結果及び回答内容」を明記してください。
・第5条の再委託先への開示は、事前の書面承諾を条件とする形に修正をお願いします。
・第9条の有効期間は、契約終了後5年間で問題ありません。

修正版は Word の変更履歴付きで添付しています。ご確認ください。

{SIG_NEGORO}
""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_案_日の出産業コメント.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）とストレスチェックプラス株式会社（以下「乙」という。）は、"
            "ストレスチェック実施業務の委託に関し、次のとおり秘密保持契約を締結する。",
            "第1条（目的）本契約は、甲乙間で開示される機密情報の取扱いを定めることを目的とする。",
            "第2条（機密情報の定義）本契約において機密情報とは、甲が乙に開示した技術上・営業上の情報、"
            "受検者の個人別結果及び回答内容その他一切の情報をいう。",
            "第5条（第三者への開示）乙は、甲の事前の書面による承諾なく、機密情報を第三者に開示してはならない。",
            "第9条（有効期間）本契約の有効期間は、本契約終了後5年間とする。",
        ],
    }],
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA and its draft clauses; the word 機密情報 is the contract's subject, not a marking",
})

_n014 = ["左右田 啓太", "三ツ矢 博文", "雲母 沙織", "廿日出 健", "小鳥遊 直人", "四十物 瑞穂",
         "月見里 拓真", "勘解由小路 圭"]
_rows014 = [["2025年9月度 時間外・休日労働 月80時間超過者一覧（大阪工場）"], [],
            ["No.", "社員番号", "氏名", "所属", "時間外(h)", "休日(h)", "合計(h)", "前月(h)", "面接指導希望"]]
for i, nm in enumerate(_n014, 1):
    ot, hol = rng.randrange(62, 98), rng.randrange(8, 24)
    _rows014.append([i, f"O{rng.randrange(30000, 39999)}", nm,
                     rng.choice(["製造一課", "製造二課", "保全課", "品質管理課"]),
                     ot, hol, ot + hol, rng.randrange(55, 100), rng.choice(["有", "有", "無"])])

MESSAGES.append({
    "id": "sangyoi-014", "expect": "stop",
    "sender": TAKAMI,
    "to": ["神崎 先生 <kanzaki@naniwa-occ-clinic.jp>"],
    "subject": "大阪工場 9月度 長時間労働者の面接指導について",
    "charset": "utf-8",
    "body": f"""なにわ産業医クリニック
神崎先生

いつも大阪工場の産業医業務でお世話になっております。
本社健康管理室の高見です。

9月度に月80時間を超えた従業員の一覧を添付いたします。
「面接指導希望」が「有」の方について、次回ご訪問日（10/22）に
面接指導をお願いできますでしょうか。2枚目のシートに時間枠の案を入れています。

よろしくお願いいたします。

{SIG_TAKAMI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "長時間労働者一覧_大阪工場_202509.xlsx",
        "sheets": {
            "80h超過者": _rows014,
            "面接日程案": [["10/22（水）面接指導 時間枠案"], [],
                        ["時間", "対象者"], ["13:00-13:30", "左右田 啓太"],
                        ["13:30-14:00", "雲母 沙織"], ["14:00-14:30", "小鳥遊 直人"],
                        ["14:30-15:00", "月見里 拓真"]],
        },
    }],
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "XLSX with a title row listing eight named employees' overtime records, sent to an outside contracted physician",
})

MESSAGES.append({
    "id": "sangyoi-015", "expect": "pass",
    "sender": MIYAJI,
    "to": ["浅利 部長 <asari.kenji@hinode-sangyo.co.jp>"],
    "cc": [WASHIO, TSUZUKI],
    "subject": "職場復帰支援プラン（案）のご確認のお願い",
    "charset": "cp932",
    "body": f"""浅利部長

お疲れさまです。健康管理室の宮路です。
12月1日付で復職予定の 尾花沢 亮介さんについて、鷲尾先生と作成した
職場復帰支援プラン（案）を添付します。

部長には、業務内容と配置の欄をご確認いただきたく存じます。
内容は本人の同意を得た範囲で共有しています。取扱いにはご注意ください。

{SIG_MIYAJI}
""",
    "attachments": [{
        "kind": "docx", "name": "職場復帰支援プラン_尾花沢.docx",
        "title": "職場復帰支援プラン",
        "paragraphs": ["職場復帰支援プラン（案）", "作成：健康管理室　2025年11月"],
        "tables": [[
            ["項目", "内容"],
            ["氏名", "尾花沢 亮介（生産管理部 生産計画課）"],
            ["休職期間", "2025年6月2日〜2025年11月30日"],
            ["傷病名", "うつ病（主治医：ひかりメンタルクリニック）"],
            ["復職日", "2025年12月1日"],
            ["勤務時間", "第1〜4週 9:30〜15:30（短時間勤務）、第5週以降 定時"],
            ["業務内容", "生産計画の補助業務。顧客折衝・出張は3か月間免除"],
            ["フォロー", "産業医面談 隔週、保健師面談 毎週"],
        ]],
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "return-to-work plan with one employee's diagnosis, but To and Cc are all internal",
})

MESSAGES.append({
    "id": "sangyoi-016", "expect": "stop",
    "sender": WASHIO,
    "to": ["ひかりメンタルクリニック 志賀先生 <dr.shiga@hikari-mental-clinic.jp>"],
    "subject": "職場復帰に関する情報提供のお願い（日の出産業 産業医 鷲尾）",
    "charset": "iso-2022-jp",
    "body": f"""ひかりメンタルクリニック
院長 志賀 先生 御侍史

平素より大変お世話になっております。
日の出産業株式会社で専属産業医を務めております鷲尾と申します。

貴院に通院中の弊社社員について、職場復帰の判定にあたり
先生のご意見を頂戴したく、情報提供依頼書を添付いたしました。
本人の同意書（写し）も併せてお送りします。

ご多忙のところ恐縮ですが、何卒よろしくお願い申し上げます。

{SIG_WASHIO}
""",
    "attachments": [{
        "kind": "docx", "name": "情報提供依頼書_志賀先生.docx",
        "paragraphs": [
            "職場復帰支援に関する情報提供依頼書",
            "ひかりメンタルクリニック　志賀 先生　御侍史",
            "下記の弊社社員の職場復帰支援にあたり、情報提供をお願い申し上げます。",
            "氏名：真壁 智史（まかべ さとし）　生年月日：1988年2月9日",
            "所属：営業本部 第一営業部",
            "貴院での診断名（本人申告）：適応障害",
            "休職期間：2025年7月14日より",
            "1. 現在の症状と服薬の状況",
            "2. 就業上の配慮に関するご意見（残業・出張・顧客対応の可否）",
            "3. 今後の通院予定",
            "本人同意：2025年10月30日 署名取得済み",
        ],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX letter naming one employee with birth date and diagnosis, sent to an external clinic",
})

MESSAGES.append({
    "id": "sangyoi-017", "expect": "pass",
    "sender": NEGORO,
    "to": ["k.hirasawa1957@yahoo.co.jp"],
    "subject": "Re: 在職中の健康診断記録の写しについて",
    "charset": "iso-2022-jp",
    "body": f"""平沢様

ご連絡ありがとうございます。日の出産業 健康管理室の根来です。

在職中の健康診断記録の写しをご希望とのこと、承知いたしました。
お手続きは次のとおりです。

　1. 弊社ホームページの「保有個人データ開示請求書」をダウンロード
　2. ご記入のうえ、本人確認書類の写しを同封して郵送
　　（宛先：〒141-0032 東京都品川区大崎5-8-2 日の出産業 健康管理室）
　3. 到着後、2週間程度で簡易書留にて写しをお送りします

なお、法定の保存期間（5年）を過ぎた年度分はお出しできない場合がございます。
ご不明点がありましたら、健康管理室（03-5487-2210）までお電話ください。

{SIG_NEGORO}
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "procedure explained to one former employee on free mail; no personal data",
})

_k018 = [("ﾄﾞｳｼﾞﾏ ｶｽﾞﾋｺ", "abbr"), ("ナガサコ　エミ", "kanji"), ("ヒラツカ　ユウジ", "fw"),
         ("ｲｻﾘ ﾏｻｷ", "abbr"), ("フクイシ　タツヤ", "kanji"), ("オオカワチ　ジュン", "fw")]
_lines018 = []
for nm, st in _k018:
    d = _dob(1958, 1994)
    if st == "fw":
        dob = _fw(_wareki(d, "abbr"))
    else:
        dob = _wareki(d, st)
    _lines018.append("\t".join([nm, dob, rng.choice(["トルエン", "キシレン", "N,N-ジメチルホルムアミド"]),
                                rng.choice(["馬尿酸 0.3g/L", "メチル馬尿酸 0.6g/L", "NMF 12mg/L"]),
                                rng.choice(["分布1", "分布1", "分布2", "分布3"]),
                                rng.choice(["異常なし", "肝機能軽度上昇（要経過観察）", "皮膚炎あり（要医療）",
                                            "頭痛・めまいの自覚症状あり"])]))

MESSAGES.append({
    "id": "sangyoi-018", "expect": "stop",
    "sender": TORIGOE,
    "to": ["特殊健診課 <tokken@kitakanto-rouei.or.jp>"],
    "subject": "有機溶剤健診 結果の照会（塗装ライン 6名）",
    "charset": "cp932",
    "body": f"""北関東労働衛生協会
特殊健診課 御中

いつもお世話になっております。日の出産業 安全衛生課の鳥越です。
10月実施の有機溶剤等健康診断（相模原工場 塗装ライン）について、
いただいた結果のうち下記6名の判定根拠を確認させてください。
（Excelから貼り付けたため見づらくて申し訳ありません）

氏名\t生年月日\t取扱溶剤\t代謝物\t分布\t所見
{chr(10).join(_lines018)}

特に分布3の方について、作業転換の要否に関する医師意見をいただけますでしょうか。

{SIG_TORIGOE}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "tab-separated special health-check results for six workers with kana names and 和暦 birth dates",
})

MESSAGES.append({
    "id": "sangyoi-019", "expect": "pass",
    "sender": OTOBE,
    "to": ["木暮 浩司 <kogure@mediwork.jp>"],
    "subject": "ストレスチェック集団分析結果（部署別）の共有",
    "charset": "utf-8",
    "body": f"""木暮様

お世話になっております。乙部です。
2025年度ストレスチェックの集団分析結果（部署別）をお送りします。
職場環境改善ワークショップの対象部署の選定にご意見をください。
※受検者10名未満の集団は、個人が特定されないよう非表示にしています。

部署                 受検者数  高ストレス者率  仕事の量的負担  上司の支援  総合健康リスク
-------------------  --------  --------------  --------------  ----------  --------------
営業本部                  184           17.9%            9.2         7.1             118
生産本部                  412           12.4%            8.6         7.8             104
研究開発本部               96           15.6%            9.8         8.3             109
管理本部                  121            9.1%            8.1         8.0              96
物流センター               58           20.7%            9.5         6.4             127
全社                      871           13.9%            8.8         7.6             107

物流センターの数値が突出しているため、優先的に取り組みたいと考えています。

{SIG_OTOBE}
""",
    "entities": [],
    "detectors": [],
    "note": "aggregate stress-check statistics by department (n>=10 per group), no individual",
})

MESSAGES.append({
    "id": "sangyoi-020", "expect": "stop",
    "sender": TSUZUKI,
    "to": ["GLTD保険金請求窓口 <gltd-claim@tokiwa-sonpo.co.jp>"],
    "subject": "団体長期障害所得補償保険 保険金請求のご連絡（証券番号 GL-2231-0087）",
    "charset": "utf-8",
    "body": f"""ときわ損害保険株式会社
GLTD保険金請求窓口 ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部労務課の都筑です。
標記保険につき、下記被保険者の就業不能が免責期間を超える見込みとなりましたので、
保険金請求のご連絡をいたします。必要書類のご案内をお願いいたします。

【被保険者】
　氏名　　　：伊集院 千景（いじゅういん ちかげ）
　生年月日　：1979年10月3日
　所属　　　：研究開発本部 分析センター
　傷病名　　：左乳がん（術後化学療法中）
　就業不能開始日：2025年7月1日
　主治医　　：東都中央病院 乳腺外科

本人からは請求について同意を得ております。

{SIG_TSUZUKI}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one employee's name, birth date and cancer diagnosis sent to an insurer",
})

# ---------------------------------------------------------------------------------------
# 021-030
# ---------------------------------------------------------------------------------------

_mn021 = _mn()
MESSAGES.append({
    "id": "sangyoi-021", "expect": "stop",
    "sender": TSUZUKI,
    "to": ["藤井 <fujii@fuji-sr.jp>"],
    "subject": "休業補償給付の請求書作成のお願い（相模原工場 労災）",
    "charset": "iso-2022-jp",
    "body": f"""ふじ社会保険労務士事務所
藤井先生

いつもお世話になっております。日の出産業 労務課の都筑です。

10月8日に相模原工場で発生した労災について、休業補償給付支給請求書
（様式第8号）の作成をお願いいたします。請求書に記載する情報は以下のとおりです。

　被災労働者　：浅黄 健吾（あさぎ けんご）
　個人番号　　：{_mn021[:4]} {_mn021[4:8]} {_mn021[8:]}
　負傷の部位等：右手第2・第3指 末節骨骨折（プレス機への挟まれ）
　療養機関　　：相模原東病院 整形外科
　休業期間　　：2025年10月9日〜（継続中）

平均賃金の算定資料は、明日中に別途お送りします。

{SIG_TSUZUKI}
""",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an injured worker's My Number and injury details sent to an outside labour consultant",
})

_corp022 = _corp("0104" + "0102" + "7315")
MESSAGES.append({
    "id": "sangyoi-022", "expect": "pass",
    "sender": NEGORO,
    "to": ["経理ご担当 <keiri@kokoro-carenet.co.jp>"],
    "subject": "10月分 EAPサービス利用料のお支払いについて",
    "charset": "cp932",
    "body": f"""こころのケアネット株式会社
経理ご担当者様

お世話になっております。日の出産業 健康管理室の根来です。
10月分のご請求書を受領いたしました。下記のとおりお支払い予定です。

　請求書番号　：KCN-2025-10-0418
　登録番号　　：T{_corp022}
　ご請求金額　：1,045,000円（税込）
　お支払予定日：2025年11月28日（銀行振込）

振込手数料は弊社負担です。引き続きよろしくお願いいたします。

{SIG_NEGORO}
""",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "payment notice with the vendor's invoice number and T-number (a company's number), no person's data",
})

MESSAGES.append({
    "id": "sangyoi-023", "expect": "stop",
    "sender": OTOBE,
    "to": ["川崎電機 安全衛生推進室 野々宮 <nonomiya@kawasaki-denki.com>"],
    "subject": "合同健康セミナー（1月）の講師候補について",
    "charset": "utf-8",
    "body": f"""川崎電機株式会社
安全衛生推進室 野々宮様

いつもお世話になっております。日の出産業の乙部です。

1月に予定している両社合同の健康セミナーですが、講師候補として
東都医療大学の公衆衛生学教室の先生にお声がけしたいと考えています。
テーマは「睡眠と生産性」でいかがでしょうか。

ご意見をいただけましたら、先方への打診を進めます。

{SIG_OTOBE}
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner kawasaki-denki.co.jp written as kawasaki-denki.com (TLD swap look-alike)",
})

MESSAGES.append({
    "id": "sangyoi-024", "expect": "pass",
    "sender": TORIGOE,
    "to": ["青葉運輸 総務部 仲宗根 <nakasone@aoba-unyu.co.jp>"],
    "subject": "合同健診の会場候補一覧",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>青葉運輸株式会社<br>総務部 仲宗根様</p>
<p>いつもお世話になっております。日の出産業 安全衛生課の鳥越です。<br>
来年度の合同定期健診について、巡回健診の会場候補を一覧にしました。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>会場</th><th>所在地</th><th>電話</th><th>バス乗入れ</th><th>収容</th></tr>
<tr><td>日の出産業 大崎本社</td><td>東京都品川区大崎5-8-2</td><td>03-5487-2000（代）</td><td>可</td><td>120名/日</td></tr>
<tr><td>青葉運輸 平和島センター</td><td>東京都大田区平和島3-2-11</td><td>03-3768-4400（代）</td><td>可</td><td>80名/日</td></tr>
<tr><td>日の出産業 相模原工場</td><td>神奈川県相模原市緑区橋本台2-9-1</td><td>042-770-5100（代）</td><td>可</td><td>150名/日</td></tr>
<tr><td>みなと健診センター 品川本院</td><td>東京都港区港南2-17-5</td><td>03-5783-6500</td><td>－</td><td>施設健診</td></tr>
</table>
<p>ご意見をいただけましたら、健診機関と日程調整に入ります。</p>
<p>--<br>日の出産業株式会社 総務部 安全衛生課<br>鳥越 拓<br>TEL 03-5487-2230</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "HTML-only table of venues (company sites and a clinic) with switchboards; businesses, not people",
})

_rows025 = [("巽 和哉", "タツミ カズヤ"), ("鮫島 由紀", "サメジマ ユキ"), ("宍戸 大樹", "シシド ダイキ"),
            ("籾山 紗季", "モミヤマ サキ"), ("鶴来 俊", "ツルギ シュン"), ("御子柴 恵理", "ミコシバ エリ")]
_tr025 = "\n".join(
    f"<tr><td>{i}</td><td>{n}</td><td>{k}</td><td>{_ymd(_dob(1970, 2001), '-')}</td>"
    f"<td>{_mobile()}</td><td>{rng.choice(['11/18 AM', '11/18 PM', '11/19 AM'])}</td></tr>"
    for i, (n, k) in enumerate(_rows025, 1))
MESSAGES.append({
    "id": "sangyoi-025", "expect": "stop",
    "sender": MIYAJI,
    "to": ["ワクチンケア 予約センター <order@vaccinecare.co.jp>"],
    "subject": "インフルエンザ予防接種（出張接種）追加申込",
    "charset": "utf-8",
    "html": f"""<html><body>
<p>ワクチンケア株式会社 予約センター 御中</p>
<p>お世話になっております。日の出産業 健康管理室の宮路です。<br>
11月の出張接種について、追加の申込者をお送りします。予診票の事前送付をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>No</th><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>携帯電話</th><th>希望枠</th></tr>
{_tr025}
</table>
<p>当日の連絡は各人の携帯にお願いいたします。</p>
<p>日の出産業株式会社 健康管理室<br>産業看護師 宮路 さやか<br>TEL 03-5487-2210 内線4124</p>
</body></html>""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of six employees with birth dates and mobile numbers to an outside vaccination provider",
})

_eml026 = {
    "sender": "ひかりメンタルクリニック <info@hikari-mental-clinic.jp>",
    "to": [TAKAMI],
    "subject": "診断書（写し）送付の件",
    "charset": "iso-2022-jp",
    "body": """日の出産業株式会社 健康管理室
高見様

いつもお世話になっております。ひかりメンタルクリニック 受付の遠藤です。
ご本人様のご依頼により、診断書の写しをお送りいたします。

　　診　断　書
　氏名　：羽生田 修平　殿（昭和60年5月21日生）
　病名　：双極性感情障害（躁うつ病）
　上記の者、2025年10月1日より3か月間の休養加療を要する。
　　　　　2025年9月29日　ひかりメンタルクリニック　医師 志賀 孝之

原本はご本人様にお渡ししております。
""",
}
MESSAGES.append({
    "id": "sangyoi-026", "expect": "stop",
    "sender": TAKAMI,
    "to": ["白川法律事務所 榊 <sakaki@shirakawa-law.jp>"],
    "subject": "FW: 診断書（写し）送付の件",
    "charset": "iso-2022-jp",
    "body": f"""榊先生

お世話になっております。日の出産業 健康管理室の高見です。
先日ご相談した休職期間満了の件、クリニックから届いた診断書の写しを
転送いたします（元のメールを添付しています）。
休職期間の延長の可否について、ご見解をいただけますと幸いです。

{SIG_TAKAMI}
""",
    "attachments": [{"kind": "eml", "name": "診断書（写し）送付の件.eml", "message": _eml026}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forward (attached .eml) of a clinic's sick note naming one employee with a psychiatric diagnosis, to a law firm",
})

_q027 = "\n".join(f"  {n}  {_ymd(_dob(1965, 1998))}  {r}" for n, r in [
    ("柿沼 隆之", "血圧 再検査：高血圧症疑い、要治療"),
    ("五十嵐 真帆", "腹部エコー：脂肪肝、経過観察"),
    ("勅使河原 洋平", "胸部CT：陳旧性炎症、治療不要"),
    ("東海林 佳奈", "大腸内視鏡：ポリープ切除済"),
    ("薬袋 和也", "糖負荷試験：2型糖尿病、要治療"),
    ("仁平 聡子", "眼科：高血圧性網膜症、要経過観察"),
    ("百目鬼 亮", "腎機能：CKD G3a、専門医紹介")])
MESSAGES.append({
    "id": "sangyoi-027", "expect": "pass",
    "sender": TAKAMI,
    "to": ["水野 <mizuno@minato-kenshin.or.jp>"],
    "subject": "RE: 二次健診結果のご報告（10月受診分）",
    "charset": "cp932",
    "body": f"""水野様

二次健診結果のご報告、確かに拝受いたしました。
各人への通知と就業判定は、弊社の産業医にて進めます。
迅速にご対応いただき、ありがとうございました。

高見

-----Original Message-----
From: 水野 <mizuno@minato-kenshin.or.jp>
Sent: Monday, November 10, 2025 4:12 PM
To: 高見 由佳 <takami.yuka@hinode-sangyo.co.jp>
Subject: 二次健診結果のご報告（10月受診分）

日の出産業株式会社 健康管理室 高見様

10月に受診された7名の二次健診結果をご報告いたします。

{_q027}

詳細な結果票は簡易書留にてお送りしました。
みなと健診センター 健診予約課 水野
""",
    "entities": [],
    "detectors": [],
    "note": "the seven-person results list is only in the quoted original from the clinic itself; new text is an acknowledgement",
})

MESSAGES.append({
    "id": "sangyoi-028", "expect": "stop",
    "sender": NEGORO,
    "to": ["有働 めぐみ <aido@kokoro-carenet.co.jp>"],
    "subject": "FW: 【高ストレス者】面接指導未申出者へのフォローについて",
    "charset": "utf-8",
    "body": f"""有働様

お世話になっております。根来です。
社内で検討していた件、鷲尾先生の了解が出ましたので下記を転送します。
EAPから個別にご案内の連絡をしていただけないでしょうか。

---------- 転送メッセージ ----------
From: 鷲尾 玲子 <washio.reiko@hinode-sangyo.co.jp>
Date: 2025年11月6日(木) 9:14
Subject: 【高ストレス者】面接指導未申出者へのフォローについて
To: 根来 千尋 <negoro.chihiro@hinode-sangyo.co.jp>

根来さん

高ストレス判定でまだ面接指導の申出がない方のうち、
特に点数の高い次の5名には、EAPからのアプローチをお願いしたいです。

 ・大城 真理子（物流センター）　B得点 98　不眠・動悸の訴えあり
 ・仲村渠 翔（物流センター）　B得点 91
 ・喜屋武 直美（営業本部）　B得点 89　前年度も高ストレス
 ・瑞慶覧 亮（研究開発本部）　B得点 87　パニック障害で通院歴あり
 ・与那覇 智也（生産本部）　B得点 85

鷲尾
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "inline forward (new text for the EAP) of five named high-stress employees with scores and symptoms",
})

_rows029 = [["2025年度 定期健康診断結果 一覧（全社）"],
            ["社員番号", "氏名", "生年月日", "性別", "BMI", "血圧", "LDL", "HbA1c", "γ-GTP", "判定", "就業判定"]]
for nm in ["芦刈 修", "飯干 愛", "上床 健一", "江頭 小百合", "大迫 崇", "門脇 涼子", "桐原 翼",
           "久米田 悟", "毛利 静香", "古謝 勇人", "酒匂 麻美", "椎葉 誠"]:
    _rows029.append([f"H{rng.randrange(10000, 19999)}", nm, _ymd(_dob(1965, 2002)),
                     rng.choice(["男", "女"]), round(rng.uniform(18.5, 31.0), 1),
                     f"{rng.randrange(105, 165)}/{rng.randrange(62, 102)}", rng.randrange(80, 190),
                     round(rng.uniform(5.0, 7.8), 1), rng.randrange(12, 160),
                     rng.choice(["A", "B", "C", "D1", "D2"]), rng.choice(["通常", "通常", "通常", "要配慮"])])
MESSAGES.append({
    "id": "sangyoi-029", "expect": "pass",
    "sender": TAKAMI,
    "to": [TSUZUKI],
    "subject": "健診結果データ（就業判定入り）の共有",
    "charset": "utf-8",
    "body": f"""都筑さん

お疲れさまです。高見です。
産業医による就業判定まで入力が終わったので、労務課の保管用として共有します。
（全社分のうち抜粋。全件は共有フォルダの「健診2025」に置いてあります）

「就業判定」が「要配慮」の方は、来週中に上長へ措置内容を連絡予定です。

{SIG_TAKAMI}
""",
    "attachments": [{"kind": "xlsx", "name": "健診結果_就業判定_2025.xlsx",
                     "sheets": {"結果一覧": _rows029,
                                "凡例": [["判定", "意味"], ["A", "異常なし"], ["B", "軽度異常"],
                                       ["C", "要経過観察"], ["D1", "要医療"], ["D2", "要精密検査"]]}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "full health-check results spreadsheet, but the only recipient is internal",
})

MESSAGES.append({
    "id": "sangyoi-030", "expect": "stop",
    "sender": NEGORO,
    "to": ["水野 <mizuno@minato-kenshin.or.jp>"],
    "subject": "11月 受診者名簿の送付",
    "charset": "iso-2022-jp",
    "body": f"""みなと健診センター 水野様

お世話になっております。日の出産業の根来です。
11月の施設健診の受診者名簿を添付いたします。
前回のフォーマットから列を1つ追加しております（オプション検査の有無）。

よろしくお願いいたします。

{SIG_NEGORO}
""",
    "attachments": [{"kind": "corrupt", "name": "受診者名簿_11月.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached roster is a corrupt XLSX that cannot be inspected",
})

# ---------------------------------------------------------------------------------------
# 031-040
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "sangyoi-031", "expect": "pass",
    "sender": OTOBE,
    "to": ["Grace Whitfield <g.whitfield@wellbridge-assist.com>"],
    "subject": "Coverage of the assistance programme for our staff in Vietnam and Thailand",
    "charset": "utf-8",
    "body": f"""Dear Ms Whitfield,

Thank you for the call last week. As discussed, we would like to extend the
medical and mental-health assistance programme to our staff on assignment in
Ho Chi Minh City and Bangkok from April 2026.

Could you please send us:
  - the service description for the 24/7 hotline (languages covered),
  - the list of partner hospitals in both cities,
  - a revised quotation for about 40 assignees and their dependants.

We would also appreciate a short overview of how you handle the consent of
employees before sharing any case information with the employer.

Best regards,

Masashi Otobe
Manager, Health Management Office, HR Division
Hinode Sangyo Co., Ltd.
Tel +81-3-5487-2210
{DISCLAIMER_EN}
""",
    "entities": [],
    "detectors": [],
    "note": "English service inquiry to a foreign assistance provider with a standard confidentiality disclaimer; no personal data",
})

MESSAGES.append({
    "id": "sangyoi-032", "expect": "stop",
    "sender": WASHIO,
    "to": ["WellBridge Case Desk <casedesk@wellbridge-assist.com>"],
    "cc": [OTOBE],
    "subject": "URGENT: medical evacuation request – Hinode Sangyo assignee in Bangkok",
    "charset": "utf-8",
    "body": f"""Dear Case Desk,

I am the corporate physician of Hinode Sangyo. One of our assignees in Bangkok
was admitted last night and we request your assistance for a medical evacuation
to Japan once he is fit to fly.

  Name:            Mr. Ryota KUROSAWA
  Date of birth:   14 March 1981
  Passport No.:    TR4839216 (Japan)
  Hospital:        Sukhumvit International Hospital, ward 7B
  Diagnosis:       acute myocardial infarction, PCI performed on 11 Nov
  Treating doctor: Dr. Anan (cardiology)

His wife (in Bangkok) has agreed that we share this information with you.
Please let me know which documents you need from the hospital.

Kind regards,
Dr. Reiko Washio
Corporate Physician, Hinode Sangyo Co., Ltd.
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one employee's passport number, birth date and diagnosis sent to an overseas assistance company",
})

MESSAGES.append({
    "id": "sangyoi-033", "expect": "stop",
    "sender": MIYAJI,
    "to": ["hanae.kuribayashi@gmail.com", "tomo-shiina@yahoo.co.jp", "m.ebihara0725@icloud.com",
           "sachi.naruse@outlook.jp"],
    "subject": "ご家族向け健康講座「子どもの睡眠と生活リズム」のご案内",
    "charset": "iso-2022-jp",
    "body": f"""社員のご家族の皆さま

日頃より弊社の健康づくりにご理解・ご協力をいただき、ありがとうございます。
日の出産業 健康管理室の宮路です。
先日の社内報でお申込みいただいた方に、講座の詳細をご案内いたします。

　日時：12月13日（土）10:00〜11:30
　方法：オンライン（Zoom）※URLは前日までにお送りします
　講師：東都医療大学 小児保健学 講師
　内容：子どもの睡眠不足と日中の集中力、スマホとの付き合い方

ご質問は本メールへの返信でお寄せください。

{SIG_MIYAJI}
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "four private persons' free-mail addresses openly in To (should have been Bcc)",
})

MESSAGES.append({
    "id": "sangyoi-034", "expect": "pass",
    "sender": TORIGOE,
    "to": ["さくらホテル 宴会予約 岩瀬 <iwase@sakura-hotel.jp>"],
    "subject": "12/5 健康経営セミナー 会場手配の件（当日連絡先）",
    "charset": "utf-8",
    "body": f"""さくらホテル
宴会予約ご担当 岩瀬様

お世話になっております。日の出産業の鳥越です。
12月5日の懇親会会場（「桜の間」30名）の件、ありがとうございました。
当日の連絡先を下記のとおりお知らせいたします。

　・乙部 正志（責任者）　　　 090-4417-2286
　・鳥越 拓（会場設営）　　　 080-3352-9071
　・宮路 さやか（受付）　　　 070-6624-1583

搬入は17:00からお願いできればと存じます。
何卒よろしくお願いいたします。

{SIG_TORIGOE}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three staff members' mobile numbers for the event day: fewer than five people, may be warned",
})

MESSAGES.append({
    "id": "sangyoi-035", "expect": "stop",
    "sender": MIYAJI,
    "to": ["就業支援ワーカー 初鹿野 <hatsukano@hoshimi-shuro.or.jp>"],
    "subject": "定着支援面談の件（物流センター配属の方）",
    "charset": "cp932",
    "body": f"""星見障害者就業・生活支援センター
初鹿野様

いつもお世話になっております。日の出産業 健康管理室の宮路です。

4月から物流センターで勤務している 楠 侑里さんについて、
来月の定着支援面談の前に状況を共有させてください。

楠さんは感音性難聴（身体障害者手帳 3級）のため、
現在は筆談ボードとチャットで業務指示を受けています。
最近、フォークリフトの警告音が聞き取りづらいとの相談があり、
回転灯の追加を検討しています。ほかに有効な合理的配慮があればご助言ください。

{SIG_MIYAJI}
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee's disability (hearing impairment, disability certificate grade) to an outside support centre",
})

MESSAGES.append({
    "id": "sangyoi-036", "expect": "stop",
    "sender": TSUZUKI,
    "to": ["藤井 <fujii@fuji-sr.jp>"],
    "subject": "【取扱注意】相模原労基署 是正勧告への対応方針（案）",
    "charset": "iso-2022-jp",
    "body": f"""┏━━━━━━━━━━━━━━━━┓
┃　取扱区分：取扱注意　　　　　　┃
┃　配布先：労務課・顧問社労士限り┃
┗━━━━━━━━━━━━━━━━┛

藤井先生

お世話になっております。都筑です。
10月24日の臨検で受けた是正勧告について、対応方針の案をまとめました。

1. 長時間労働者への医師による面接指導の未実施（安衛法66条の8）
   → 80時間超の全員に通知する運用へ変更。申出期限を設ける。
2. 衛生委員会の議事概要の未周知
   → イントラネットに掲示、開催後1か月以内。
3. 定期健診結果の個人票の保存不備（大阪工場）
   → 健康管理システムへの一元化を前倒し。

是正報告書の提出期限は12月5日です。文案のご確認をお願いいたします。

{SIG_TSUZUKI}
""",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail stamped 取扱区分：取扱注意 at the top, sent to an outside labour consultant",
})

MESSAGES.append({
    "id": "sangyoi-037", "expect": "pass",
    "sender": OTOBE,
    "to": ["木暮 浩司 <kogure@mediwork.jp>"],
    "subject": "Re: 健康経営度調査の回答について",
    "charset": "utf-8",
    "body": f"""木暮様

ご質問ありがとうございます。
健康経営度調査の設問Q38（経営層の関与）についてですが、
社内の経営会議資料そのものは社外秘の扱いになっているため添付はできません。
代わりに、議事の要旨を次のとおりお伝えします。

・2025年6月の経営会議で、健康経営を中期経営計画の重点施策に位置づけ
・CHO（最高健康責任者）に人事担当役員を任命
・年2回、取締役会に健康KPIを報告

回答欄にはこの内容で記載する予定です。問題があればご指摘ください。

{SIG_OTOBE}
""",
    "entities": [],
    "detectors": [],
    "note": "mentions that internal material is 社外秘 (a mere mention, not a marking) and shares only a summary",
})

_n038 = ["宇佐美 光", "榎戸 直哉", "大日向 舞", "笠置 秀一", "久保園 結衣", "栗栖 大地"]
_l038 = "\n".join(f"　{i}．{n}（{rng.choice(['本社総務', '物流センター', '本社受付', '警備室'])}）　"
                  f"{_fw(_mobile())}" for i, n in enumerate(_n038, 1))
_l038 = _l038.translate(str.maketrans("123456", "１２３４５６"))
MESSAGES.append({
    "id": "sangyoi-038", "expect": "stop",
    "sender": TORIGOE,
    "to": ["講習受付 <kousyu@hoshimi-bousai.or.jp>"],
    "subject": "普通救命講習（AED）受講申込　日の出産業",
    "charset": "cp932",
    "body": f"""星見防災協会
講習受付ご担当者様

お世話になっております。日の出産業株式会社 安全衛生課の鳥越と申します。
12月9日（火）の普通救命講習Iに、弊社から下記6名の受講を申し込みます。
当日の緊急連絡は各人の携帯電話にお願いいたします。

{_l038}

受講料は請求書払いでお願いできますでしょうか。

{SIG_TORIGOE}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six named employees with full-width mobile numbers sent to an outside training body",
})

MESSAGES.append({
    "id": "sangyoi-039", "expect": "pass",
    "sender": TAKAMI,
    "to": ["木暮 浩司 <kogure@mediwork.jp>"],
    "subject": "長時間労働の月次推移（上期）",
    "charset": "iso-2022-jp",
    "body": f"""木暮様

お世話になっております。高見です。
上期の長時間労働の推移をまとめました（人数は各月の該当者数）。

月      45h超  80h超  100h超  面接指導実施  実施率
------  -----  -----  ------  ------------  ------
4月        62     11       2            10    91%
5月        48      7       1             7   100%
6月        55      9       3             8    89%
7月        71     14       4            12    86%
8月        39      5       0             5   100%
9月        83     18       6            15    83%

9月は決算対応と新製品立上げが重なりました。
下期の面接指導の実施率向上策について、次回ご相談させてください。

{SIG_TAKAMI}
""",
    "entities": [],
    "detectors": [],
    "note": "monthly counts only, no individual",
})

_rows040 = [["No.", "氏名", "生年月日", "保険証 記号-番号", "腹囲", "BMI", "階層化判定"]]
for i, nm in enumerate(["兼子 大介", "木場 重徳", "倉持 由香里", "蔵前 孝", "郷田 将司", "小鹿 亜紀子",
                        "坂巻 浩一"], 1):
    _rows040.append([str(i), nm, _ymd(_dob(1961, 1985), "."), f"{rng.randrange(100, 999)}-{rng.randrange(1, 3000)}",
                     f"{rng.randrange(86, 112)}cm", f"{rng.uniform(25, 33):.1f}",
                     rng.choice(["積極的支援", "動機付け支援"])])
MESSAGES.append({
    "id": "sangyoi-040", "expect": "stop",
    "sender": NEGORO,
    "to": ["保健指導センター <shido@kenko-navi.co.jp>"],
    "subject": "特定保健指導 対象者リスト（第3四半期）",
    "charset": "utf-8",
    "body": f"""株式会社けんこうナビ
保健指導センター ご担当者様

お世話になっております。日の出産業 健康管理室の根来です。
第3四半期の特定保健指導の対象者リストをPDFでお送りします。
初回面談の日程調整をよろしくお願いいたします。

{SIG_NEGORO}
""",
    "attachments": [{"kind": "pdf", "name": "特定保健指導対象者_2025Q3.pdf",
                     "title": "特定保健指導 対象者リスト",
                     "lines": ["特定保健指導 対象者リスト（2025年度 第3四半期）",
                               "日の出産業株式会社 健康管理室", ""],
                     "table": _rows040}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF table of seven people with birth dates, health insurance numbers and metabolic-syndrome assessments",
})

# ---------------------------------------------------------------------------------------
# 041-050
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "sangyoi-041", "expect": "either",
    "sender": MIYAJI,
    "to": ["yuto.kashiwazaki@gmail.com"],
    "subject": "復職に向けた今後の流れ（ご本人確認用）",
    "charset": "utf-8",
    "body": f"""柏崎 悠人 さん

休職中のところご連絡失礼します。健康管理室の宮路です。
会社のメールが使えないため、ご本人の了解をいただいて
こちらのアドレスにお送りしています。

先日の面談でお話しした内容を、念のため文字でお送りします。

・主治医の診断：適応障害（不眠・抑うつ気分は改善傾向）
・12月上旬に主治医から「復職可」の診断書が出る見込み
・その後、鷲尾先生（産業医）との復職面談 → 試し出勤（2週間）
・復職後3か月は残業なし、営業先への単独訪問は控える

ご不明な点や不安なことがあれば、いつでもご連絡ください。

{SIG_MIYAJI}
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "the employee's own diagnosis sent to his own private address with his consent: arguably his data going to himself, arguably sensitive data leaving to free mail",
})

MESSAGES.append({
    "id": "sangyoi-042", "expect": "stop",
    "sender": NEGORO,
    "to": ["ツバサシステム サポート <support@tsubasa-system.co.jp>"],
    "subject": "健康管理システム ログイン不可の件（問合せ番号なし）",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ツバサシステム
サポートご担当者様

お世話になっております。日の出産業 健康管理室の根来です。

本日9時頃から、健康管理システム（HealthBase）に
健康管理室の全員がログインできない状態です。
エラーメッセージは「認証サーバに接続できません（E-4012）」です。

午後に産業医の面談入力が控えているため、至急ご確認いただけますでしょうか。

{SIG_NEGORO}
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner tsubasa-system.jp addressed as tsubasa-system.co.jp (an added co. look-alike)",
})

_rows043 = []
for nm in ["佐土原 晃", "塩冶 美奈", "神馬 裕樹", "鈴鹿 和哉", "瀬良垣 恵", "曽我部 秀樹"]:
    _rows043.append(f"{nm:<8}\t{rng.choice(['開発一部', '開発二部', 'CS部', '物流課'])}\t"
                    f"{rng.randrange(100, 131)}h\t{rng.choice(['11/17', '11/18', '11/19', '11/20'])}")
MESSAGES.append({
    "id": "sangyoi-043", "expect": "pass",
    "sender": TAKAMI,
    "to": ["開発本部長 <hokari.tetsuya@mail.hinode-sangyo.co.jp>"],
    "cc": ["washio.reiko@hinode-sangyo.co.jp"],
    "subject": "【要対応】10月 時間外100時間超の方の面接指導について",
    "charset": "utf-8",
    "body": f"""保刈本部長

お疲れさまです。健康管理室の高見です。
10月の時間外労働が100時間を超えた方が開発本部で6名いらっしゃいました。
法令上、本人の申出がなくても面接指導の実施が強く求められる水準ですので、
下記の日程での受診にご協力ください。

氏名\t所属\t時間外\t面接日
{chr(10).join(_rows043)}

あわせて、11月以降の業務量の調整をお願いいたします。

{SIG_TAKAMI}
""",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "list of six employees' overtime to an internal subdomain (mail.hinode-sangyo.co.jp) and the in-house doctor: all internal",
})

_b044 = []
for nm, user, c in [("藍原 由美子", "aihara.yumiko", "不眠が続き、朝起きられない"),
                    ("石動 拓海", "isurugi.takumi", "上司との関係に悩み、出社がつらい"),
                    ("卯月 沙耶", "uzuki.saya", "育児と仕事の両立、動悸がある"),
                    ("江波戸 隆", "ebato.takashi", "飲酒量が増えている、家族からも指摘"),
                    ("織笠 葵", "orikasa.aoi", "過呼吸の発作が2回あった")]:
    _b044.append(f"■{nm}\n　連絡先：{user}@hinode-sangyo.co.jp\n"
                 f"　相談内容：{c}\n　希望：{rng.choice(['電話相談', '対面', 'オンライン'])}")
MESSAGES.append({
    "id": "sangyoi-044", "expect": "stop",
    "sender": MIYAJI,
    "to": ["よりそい相談ライン 法人窓口 <houjin@soudan-line.jp>"],
    "subject": "健康相談窓口からの紹介（5名）",
    "charset": "utf-8",
    "body": f"""よりそい相談ライン 法人窓口 ご担当者様

お世話になっております。日の出産業 健康管理室の宮路です。
今月、社内の健康相談窓口に来られた方のうち、外部カウンセリングを
希望された5名をご紹介いたします。各人へ直接ご連絡をお願いします。

{chr(10).join(_b044)}

いずれも本人の同意を得ています。

{SIG_MIYAJI}
""",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "five one-record-per-block entries with names, e-mail addresses and mental-health complaints to an outside counselling service",
})

MESSAGES.append({
    "id": "sangyoi-045", "expect": "pass",
    "sender": NEGORO,
    "to": ["水野 <mizuno@minato-kenshin.or.jp>"],
    "subject": "オプション検査の料金について（2026年度）",
    "charset": "cp932",
    "body": f"""水野様

お世話になっております。根来です。
来年度の予算策定にあたり、オプション検査の料金を確認させてください。
昨年度いただいた表は以下のとおりですが、改定の予定はありますでしょうか。

　検査項目　　　　　　　　　　　コード　　　単価（税込）
　――――――――――――――――――――――――――――
　腫瘍マーカー（CEA・CA19-9）　 OP-104　　　 3,300円
　胃部内視鏡　　　　　　　　　　OP-210　　　11,000円
　腹部超音波　　　　　　　　　　OP-220　　　 5,500円
　乳がん検診（マンモグラフィ）　OP-310　　　 6,600円
　子宮頸がん検診　　　　　　　　OP-320　　　 4,400円
　骨密度　　　　　　　　　　　　OP-410　　　 2,200円

見積書（宛名：日の出産業株式会社 健康管理室）をいただけますと助かります。

{SIG_NEGORO}
""",
    "entities": [],
    "detectors": [],
    "note": "price list of test options with product codes; no people",
})

_rows046 = [["氏名", "フリガナ", "生年月日", "郵便番号", "住所", "入社日"]]
for nm, kana, addr in [
        ("青砥 蓮", "アオト レン", "東京都大田区久が原3-18-7 コーポ久が原202"),
        ("生田目 結菜", "ナマタメ ユイナ", "神奈川県横浜市港北区日吉本町2-41-6"),
        ("上遠野 陸", "カドノ リク", "埼玉県川口市芝新町14-3-1105"),
        ("海老沢 心春", "エビサワ コハル", "千葉県市川市行徳駅前1-9-22"),
        ("大矢野 湊", "オオヤノ ミナト", "東京都世田谷区松原5-2-13"),
        ("景山 咲良", "カゲヤマ サクラ", "東京都町田市森野4-7-30 森野ハイツ3F"),
        ("鹿目 悠真", "カナメ ユウマ", "神奈川県相模原市南区相模大野6-11-2"),
        ("神門 陽葵", "ゴウド ヒマリ", "東京都江戸川区船堀2-23-9"),
        ("木佐貫 颯", "キサヌキ ハヤテ", "神奈川県川崎市中原区木月1-33-8"),
        ("雲出 澪", "クモイデ ミオ", "東京都杉並区阿佐谷南2-5-17")]:
    _rows046.append([nm, kana, _ymd(_dob(2000, 2003)), f"{rng.randrange(100, 350)}-{rng.randrange(0, 9999):04d}",
                     addr, "2026/04/01"])
MESSAGES.append({
    "id": "sangyoi-046", "expect": "stop",
    "sender": NEGORO,
    "to": ["旭ヶ丘クリニック 健診課 <kenshin@asahigaoka-clinic.jp>"],
    "subject": "雇入時健康診断の問診票 送付先リスト",
    "charset": "iso-2022-jp",
    "body": f"""旭ヶ丘クリニック 健診課 御中

お世話になっております。日の出産業 健康管理室の根来です。
来春入社予定者の雇入時健康診断につき、問診票と検査キットの
送付先リストをお送りします（Excel 97-2003形式です）。
1月中旬までに各人の自宅へ発送をお願いいたします。

{SIG_NEGORO}
""",
    "attachments": [{"kind": "xls", "name": "雇入時健診_送付先.xls", "sheets": {"送付先": _rows046}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of ten new hires' names, birth dates and home addresses to a clinic",
})

_rows047 = [["管理番号", "氏名", "生年月日", "粉じん作業歴(年)", "胸部X線", "PR区分", "肺機能", "管理区分"]]
for nm in ["坪倉 達也", "手塚 元", "砥上 茂", "中曽根 勝", "新田目 和雄", "布目 康弘"]:
    _rows047.append([f"J-{rng.randrange(100, 999)}", nm, _ymd(_dob(1958, 1980), "-"), rng.randrange(6, 35),
                     rng.choice(["粒状影少数", "異常なし", "不整形陰影"]), rng.choice(["0/1", "1/0", "1/1", "0/0"]),
                     rng.choice(["F(-)", "F(-)", "F(+)"]), rng.choice(["管理1", "管理2", "管理3イ"])])
MESSAGES.append({
    "id": "sangyoi-047", "expect": "stop",
    "sender": TORIGOE,
    "to": ["労働衛生コンサルタント 土門 <domon@rouei-consul.jp>"],
    "subject": "じん肺健診結果と管理区分申請の資料",
    "charset": "utf-8",
    "body": f"""土門先生

お世話になっております。日の出産業 安全衛生課の鳥越です。
相模原工場の研削工程について、じん肺健康診断の結果と
管理区分決定申請の下書きをZIPにまとめました。
労働局への申請前に一度ご確認いただけますでしょうか。

{SIG_TORIGOE}
""",
    "attachments": [{"kind": "zip", "name": "じん肺_相模原_2025.zip",
                     "files": [{"kind": "csv", "name": "じん肺健診結果_2025.csv", "encoding": "utf-8",
                                "rows": _rows047},
                               {"kind": "txt", "name": "申請メモ.txt",
                                "text": "管理区分決定申請\n・管理2以上の者について申請\n・X線写真は別途郵送"}]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "ZIP containing a UTF-8 CSV of six workers' pneumoconiosis exam results with names and birth dates",
})

MESSAGES.append({
    "id": "sangyoi-048", "expect": "pass",
    "sender": TAKAMI,
    "to": ["神崎 先生 <kanzaki@naniwa-occ-clinic.jp>"],
    "subject": "大阪工場 12月の訪問日程のご確認",
    "charset": "iso-2022-jp",
    "body": f"""神崎先生

いつもお世話になっております。日の出産業 健康管理室の高見です。
12月のご訪問ですが、工場側と調整し以下で確定させていただきたく存じます。

　12月10日（水）
　　13:00〜14:00　衛生委員会（第2会議室）
　　14:00〜15:00　職場巡視（製造二課・梱包エリア）
　　15:00〜17:00　面接指導（対象者は別途ご連絡します）

交通費は従来どおり月末締めでご請求ください。
ご確認のほど、よろしくお願いいたします。

{SIG_TAKAMI}
{DISCLAIMER_JA}
""",
    "entities": [],
    "detectors": [],
    "note": "visit schedule to the contracted physician with the standard Japanese confidentiality disclaimer",
})

_c049 = _card()
MESSAGES.append({
    "id": "sangyoi-049", "expect": "stop",
    "sender": KOMAZAWA,
    "to": ["青嵐メディカルクリニック 予約係 <yoyaku@seiran-medical.jp>"],
    "subject": "役員人間ドック（是枝様）のお支払い方法について",
    "charset": "utf-8",
    "body": f"""青嵐メディカルクリニック
予約係 ご担当者様

お世話になっております。日の出産業株式会社 秘書室の駒澤です。
12月3日（水）にご予約の是枝 博 様の人間ドック（プレミアムコース）につき、
お支払いは下記のクレジットカードでお願いいたします。

　カード番号：{_c049[:4]}-{_c049[4:8]}-{_c049[8:12]}-{_c049[12:]}
　名義　　　：HIROSHI KOREEDA
　有効期限　：09/28

領収書の宛名は「日の出産業株式会社」でお願いいたします。

--
日の出産業株式会社 秘書室
駒澤 恵
TEL 03-5487-2005
""",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a full credit card number with the holder's name sent by mail to a clinic",
})

MESSAGES.append({
    "id": "sangyoi-050", "expect": "pass",
    "sender": WASHIO,
    "to": ["WellBridge Case Desk <casedesk@wellbridge-assist.com>"],
    "subject": "Re: Case WB-25-11873 – discharge summary and invoice",
    "charset": "utf-8",
    "body": f"""Dear Ms Tanner,

Thank you for the update and for arranging everything so quickly.
We have received the invoice and will settle it by the end of the month.
Our HR team will contact you separately about the reimbursement process.

Best regards,
Dr. Reiko Washio

On Fri, 21 Nov 2025 at 08:42, WellBridge Case Desk <casedesk@wellbridge-assist.com> wrote:
> Dear Dr. Washio,
>
> Mr. Ryota KUROSAWA (DOB 14 March 1981, passport TR4839216) was discharged
> yesterday after PCI for acute myocardial infarction and arrived at Narita
> on flight TG642 accompanied by our nurse. The discharge summary and our
> invoice (INV-WB-2025-5530) are attached to our earlier message.
>
> Kind regards,
> Olivia Tanner, Case Manager
""",
    "entities": [],
    "detectors": [],
    "note": "the passport number and diagnosis appear only in the quoted text the provider wrote; the new text is an acknowledgement",
})

# ---------------------------------------------------------------------------------------
# 051-060
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "sangyoi-051", "expect": "stop",
    "sender": MIYAJI,
    "to": ["医療通訳コーディネーター <coordinator@medi-lingo.jp>"],
    "subject": "健診結果説明の通訳依頼（ベトナム語）",
    "charset": "utf-8",
    "body": f"""メディリンゴ株式会社
コーディネーター様

お世話になっております。日の出産業 健康管理室の宮路です。
技能実習生1名への健診結果説明について、ベトナム語の通訳をお願いしたく存じます。

　氏名　　　　：NGUYEN THI THU HANG（グエン ティ トゥ ハン）
　在留カード番号：UH48207316KA
　所属　　　　：相模原工場 組立課
　説明内容　　：定期健診で貧血（Hb 8.9）と甲状腺腫大を指摘、要精密検査。
　　　　　　　　医療機関の受診方法と費用負担について説明したい。
　希望日時　　：11月27日（木）16:00〜16:30（オンライン通訳で可）

通訳の方に事前に共有すべき資料があればお知らせください。

{SIG_MIYAJI}
""",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one trainee's residence card number and abnormal health-check findings to an interpreting company",
})

MESSAGES.append({
    "id": "sangyoi-052", "expect": "pass",
    "sender": OTOBE,
    "to": ["木暮 浩司 <kogure@mediwork.jp>", "保健事業課 <hoken@kanto-kikai-kenpo.or.jp>"],
    "cc": [TAKAMI],
    "subject": "健康経営優良法人2026 申請準備の打合せ（日程調整）",
    "charset": "iso-2022-jp",
    "body": f"""MEDIWORK 木暮様
関東機械工業健康保険組合 保健事業課 ご担当者様

お世話になっております。日の出産業の乙部です。
健康経営優良法人2026（大規模法人部門）の申請に向けて、
コラボヘルスの取り組みを整理する打合せをお願いしたく存じます。

候補日：
　・12月2日（火）14:00〜15:00
　・12月4日（木）10:00〜11:00
　・12月8日（月）15:00〜16:00

ご都合のよい日時を返信いただけますと幸いです。

{SIG_OTOBE}
""",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "scheduling mail to two external organisations in To; no personal data",
})

_rows053 = []
for nm in ["浜比嘉 剛", "比嘉 勇気", "伏見 政男", "舟橋 昇", "堀之内 学", "真栄田 悟"]:
    lic = f"{rng.randrange(30, 46)}{rng.randrange(10, 99)}{rng.randrange(10000000, 99999999)}"
    _rows053.append(f"・{nm}｜免許証番号 {lic}｜AHI {rng.randrange(8, 48)}｜"
                    f"{rng.choice(['要精密（PSG）', '経過観察', '要精密（PSG）', '要治療（CPAP検討）'])}")
MESSAGES.append({
    "id": "sangyoi-053", "expect": "stop",
    "sender": TORIGOE,
    "to": ["SASスクリーニング事業部 <screening@suimin-kensa.co.jp>"],
    "subject": "社用車運転者 SASスクリーニング結果の照会",
    "charset": "cp932",
    "body": f"""株式会社すいみん検査
SASスクリーニング事業部 御中

お世話になっております。日の出産業 安全衛生課の鳥越です。
先月実施した社用車運転者の睡眠時無呼吸症候群（SAS）簡易検査の結果について、
下記6名の精密検査の手配をお願いしたく、照合のため一覧をお送りします。

{chr(10).join(_rows053)}

精密検査（PSG）の受診先は、各人の自宅近くでお願いできればと思います。

{SIG_TORIGOE}
""",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six drivers' names, driver's licence numbers and sleep-apnoea test results",
})

MESSAGES.append({
    "id": "sangyoi-054", "expect": "stop",
    "sender": OTOBE,
    "to": ["ヘルスワークパートナーズ 相馬 <soma@hw-partners.co.jp>"],
    "subject": "来年度 健康施策予算（案）の送付",
    "charset": "utf-8",
    "body": f"""相馬様

お世話になっております。日の出産業の乙部です。
来年度の健康施策予算（案）をお送りします。
御社へ委託予定の項目（3行目・5行目）の金額感について、ご意見をください。

{SIG_OTOBE}
""",
    "attachments": [{"kind": "xlsx", "name": "2026健康施策予算_案.xlsx",
                     "page_header": "部外秘",
                     "sheets": {"予算案": [
                         ["区分：部外秘　人事部 健康管理室 作成"],
                         ["2026年度 健康施策予算（案）"], [],
                         ["No.", "施策", "委託先", "2025実績(千円)", "2026案(千円)", "増減"],
                         [1, "定期健診・二次健診", "みなと健診センター", 38200, 39500, 1300],
                         [2, "ストレスチェック", "ストレスチェックプラス", 2600, 2800, 200],
                         [3, "職場環境改善ワークショップ", "ヘルスワークパートナーズ", 0, 4800, 4800],
                         [4, "EAP", "こころのケアネット", 12540, 13200, 660],
                         [5, "管理職向けラインケア研修", "ヘルスワークパートナーズ", 1800, 2400, 600],
                         [6, "健康管理システム保守", "ツバサシステム", 6000, 6000, 0],
                     ]}}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX stamped 部外秘 in its print header and first cell, sent to an outside consultant",
})

MESSAGES.append({
    "id": "sangyoi-055", "expect": "pass",
    "sender": NEGORO,
    "to": [TAKAMI, WASHIO],
    "cc": ["実施事務従事者ML <stress-jimu@hinode-sangyo.co.jp>"],
    "subject": "ストレスチェック 実施事務従事者の範囲と守秘の確認",
    "charset": "utf-8",
    "body": f"""高見さん、鷲尾先生

お疲れさまです。根来です。
今年度のストレスチェックの実施事務従事者について、以下で確定してよいかご確認ください。

・実施者：鷲尾先生（共同実施者：高見さん）
・実施事務従事者：根来、宮路さん、労務課 都筑さん（※）
　※都筑さんは人事権を持たないことを確認済み。ただし人事異動の検討資料には関与しない。

個人結果は本人同意なく事業者に提供しない、という点を、
実施事務従事者全員にあらためて書面で誓約してもらう予定です。
誓約書の文案は共有フォルダに置きました。

{SIG_NEGORO}
""",
    "entities": [],
    "detectors": [],
    "note": "internal discussion of stress-check roles and confidentiality; all recipients internal",
})

MESSAGES.append({
    "id": "sangyoi-056", "expect": "stop",
    "sender": WASHIO,
    "to": ["有働 めぐみ <aido@kokoro-carenet.co.jp>"],
    "subject": "断酒支援のご相談",
    "charset": "iso-2022-jp",
    "body": f"""有働さん

鷲尾です。急ぎのご相談です。
物流センターの 神宮寺 篤 さん（52）が先週末に酒気帯び運転で逮捕され、
現在は在宅で処分待ちです。本人はアルコール依存症の治療を始める意思があり、
専門外来の紹介と、家族を含めたカウンセリングをお願いできないでしょうか。

詳細は電話でお話しします。

鷲尾
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee's arrest and alcohol dependence, in two sentences, to an external EAP",
})

MESSAGES.append({
    "id": "sangyoi-057", "expect": "stop",
    "sender": TSUZUKI,
    "to": ["GLTD保険金請求窓口 <gltd-claim@tokiwa-sonpo.co.jp>"],
    "subject": "Re: 保険金請求書類のご提出について（受付番号 C25-04471）",
    "charset": "utf-8",
    "body": f"""ときわ損害保険 ご担当者様

お世話になっております。日の出産業 労務課の都筑です。
ご案内いただいた請求書類一式をPDFでお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。

{SIG_TSUZUKI}
""",
    "attachments": [{"kind": "pdf", "name": "請求書類一式_C25-04471.pdf", "password": "C2504471tk",
                     "lines": ["保険金請求書", "被保険者：伊集院 千景", "診断書（写）添付"]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF that cannot be inspected",
})

MESSAGES.append({
    "id": "sangyoi-058", "expect": "pass",
    "sender": TORIGOE,
    "to": ["星見市 地域産業保健センター <sanpo-center@city.hoshimi.lg.jp>"],
    "subject": "小規模事業場（営業所）での産業保健サービス利用について",
    "charset": "iso-2022-jp",
    "body": f"""星見市 地域産業保健センター
ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 安全衛生課の鳥越と申します。

弊社の星見営業所（従業員18名）は産業医の選任義務がない規模のため、
貴センターの無料の健康相談や長時間労働者の面接指導を利用したいと考えております。
以下についてご教示いただけますでしょうか。

　1. 利用の申込方法と必要書類
　2. 面接指導は営業所への訪問での対応が可能か
　3. 年間の利用回数の上限

お手数をおかけしますが、よろしくお願いいたします。

{SIG_TORIGOE}
""",
    "entities": [],
    "detectors": [],
    "note": "inquiry to a municipal occupational health centre; no personal data",
})

_p059 = [("Kenta", "ISHIGURO", "Singapore"), ("Mayu", "TAKENOUCHI", "Singapore"),
         ("Shun", "HANAWA", "Jakarta"), ("Nozomi", "YAMAGIWA", "Jakarta"),
         ("Daisuke", "OKUBORA", "Hanoi"), ("Akane", "FUKAZAWA", "Hanoi")]
_t059 = "\n".join(
    f"{i}. {g} {f:<11} DOB {_dob(1975, 1996)[0]}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}  "
    f"{g.lower()}.{f.lower()}@hinode-sangyo.co.jp  {city:<9}  dependants: {rng.randrange(0, 4)}"
    for i, (g, f, city) in enumerate(_p059, 1))
MESSAGES.append({
    "id": "sangyoi-059", "expect": "stop",
    "sender": OTOBE,
    "to": ["Enrolment Team <enrol@wellbridge-assist.com>"],
    "subject": "Enrolment of new assignees – January 2026",
    "charset": "utf-8",
    "body": f"""Dear Enrolment Team,

Please enrol the following six assignees in the assistance programme
with effect from 1 January 2026 (contract HS-2024-017).

{_t059}

Welcome packs can be sent directly to their company e-mail addresses.

Best regards,
Masashi Otobe
Health Management Office, Hinode Sangyo Co., Ltd.
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six people with romaji names, birth dates and e-mail addresses in an English enrolment request",
})

_rows060 = "\n".join(f"　{n}（{k}）　生年月日：{_wareki(_dob(1978, 1998))}　連絡先：{_mobile()}"
                     for n, k in [("寺家 健太郎", "じけ けんたろう"), ("粟飯原 実", "あいはら みのる"),
                                  ("舎利弗 晴美", "とどろき はるみ"), ("一尺八寸 克也", "かまつか かつや")])
MESSAGES.append({
    "id": "sangyoi-060", "expect": "pass",
    "sender": TORIGOE,
    "to": ["講習会事務局 <koshu@anzen-kyokai.or.jp>"],
    "subject": "第一種衛生管理者 受験準備講習（1月）申込",
    "charset": "utf-8",
    "body": f"""安全衛生教育協会 講習会事務局 御中

お世話になっております。日の出産業株式会社 安全衛生課の鳥越です。
1月20日〜22日の第一種衛生管理者受験準備講習に、下記4名を申し込みます。

{_rows060}

受講票は各人宛てではなく、当課（鳥越）宛てにまとめてお送りください。

{SIG_TORIGOE}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's names, 和暦 birth dates and phones to a training body: under five, may be warned",
})

# ---------------------------------------------------------------------------------------
# 061-070
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "sangyoi-061", "expect": "stop",
    "sender": TSUZUKI,
    "to": ["藤井 <fujii@fuji-sr.jp>"],
    "subject": "障害厚生年金の請求手続きのご相談",
    "charset": "cp932",
    "body": f"""藤井先生

いつもお世話になっております。都筑です。
長期休職中の社員から、障害厚生年金の請求について相談を受けました。
請求代理をお願いできるか、ご検討いただけますでしょうか。

　氏名　　　　：目黒 早百合
　基礎年金番号：４１３７－２０８６５９
　傷病名　　　：多発性硬化症
　初診日　　　：平成30年11月6日（東都中央病院 脳神経内科）
　現在の状況　：歩行に杖が必要、2024年4月から休職中

本人とは、来週先生との面談を設定できればと考えています。

{SIG_TSUZUKI}
""",
    "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one employee's basic pension number (full-width digits) and chronic disease to a labour consultant",
})

MESSAGES.append({
    "id": "sangyoi-062", "expect": "pass",
    "sender": TORIGOE,
    "to": ["野々宮 <nonomiya@kawasaki-denki.co.jp>"],
    "subject": "構内協力会社との合同安全衛生協議会（12月）議題案",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社 安全衛生推進室
野々宮様

いつもお世話になっております。日の出産業の鳥越です。
12月の合同安全衛生協議会の議題案をお送りします。

　1. 冬季の転倒災害防止（通路の凍結対策）
　2. インフルエンザ・感染性胃腸炎の流行期の対応
　3. 構内での熱中症発生状況の振り返り（件数報告のみ）
　4. 来年度の合同救命講習の計画

追加の議題がありましたら、今週中にお知らせください。

{SIG_TORIGOE}
""",
    "entities": [],
    "detectors": [],
    "note": "ordinary agenda mail to a partner at its correct domain",
})

MESSAGES.append({
    "id": "sangyoi-063", "expect": "stop",
    "sender": MIYAJI,
    "to": ["鳥越 拓 <torigoe.taku@hinode-sangyo-co.jp>"],
    "subject": "11月衛生委員会 議事録（案）",
    "charset": "utf-8",
    "body": f"""鳥越さん

お疲れさまです。宮路です。
11月の衛生委員会の議事録（案）です。修正があれば赤字でお願いします。

―――――――――――――――――――
第8回 衛生委員会 議事録（案）
日時：2025年11月13日（木）15:00〜16:00
出席：委員長（総務部長）、鷲尾産業医、衛生管理者 鳥越、委員8名

1. 10月の休業災害：0件、不休災害：2件（切創、打撲）
2. 長時間労働の状況：80h超 18名、面接指導実施率 83%
3. ストレスチェック：受検率 94.1%（前年 91.3%）
4. 産業医より：冬季の換気と加湿について
5. 次回：12月11日（木）
―――――――――――――――――――

{SIG_MIYAJI}
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "colleague's address mistyped as hinode-sangyo-co.jp (a hyphen for a dot), a look-alike of the company domain",
})

MESSAGES.append({
    "id": "sangyoi-064", "expect": "stop",
    "sender": WASHIO,
    "to": ["志賀 院長 <dr.shiga@hikari-mental-clinic.jp>",
           "リワークセンターあおい 安西 <anzai@rework-aoi.jp>",
           "有働 めぐみ <aido@kokoro-carenet.co.jp>"],
    "cc": [MIYAJI],
    "subject": "真壁さん 復職支援ケース会議（12/3）のご案内",
    "charset": "utf-8",
    "body": f"""志賀先生、安西様、有働様

お世話になっております。日の出産業 産業医の鷲尾です。
適応障害で休職中の 真壁 智史 さんの復職に向けて、
関係者でのケース会議を下記のとおり開催したく存じます。

　日時：12月3日（水）18:00〜19:00（オンライン）
　議題：リワークプログラムの評価、試し出勤の開始時期、復職後の通院とカウンセリング

リワークの評価シートは安西様から当日ご説明いただけますと幸いです。

{SIG_WASHIO}
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations see each other in To, and the mail names an employee with his diagnosis",
})

MESSAGES.append({
    "id": "sangyoi-065", "expect": "pass",
    "sender": NEGORO,
    "to": ["運用担当 大庭 <ohba@stresscheck-plus.jp>"],
    "subject": "受検状況の確認（締切前）",
    "charset": "utf-8",
    "body": f"""大庭様

お世話になっております。根来です。
締切（11/21）を前に、事業所別の受検状況を確認しました。

　事業所        対象者  受検済  受検率
　大崎本社         412     389   94.4%
　相模原工場       286     251   87.8%
　大阪工場         133     108   81.2%
　名古屋営業所      40      40  100.0%

未受検者へのリマインドメールを、20日の朝に再送していただけますでしょうか。
宛先は貴社システム上の未受検者のみで構いません。

{SIG_NEGORO}
""",
    "entities": [],
    "detectors": [],
    "note": "participation rates per site only; no individual data",
})

MESSAGES.append({
    "id": "sangyoi-066", "expect": "stop",
    "sender": OTOBE,
    "to": ["ヘルスワークパートナーズ 相馬 <soma@hw-partners.co.jp>"],
    "subject": "衛生委員会資料（休職者の状況）のレビュー依頼",
    "charset": "iso-2022-jp",
    "body": f"""相馬様

お世話になっております。乙部です。
次回の衛生委員会で使う資料のうち、休職者の状況のスライドについて、
伝え方に問題がないかご意見をいただけますでしょうか。

{SIG_OTOBE}
""",
    "attachments": [{"kind": "pptx", "name": "衛生委員会_12月_休職者状況.pptx",
                     "slides": [
                         ["休職者の状況（2025年11月末）", "現在の休職者：6名（うちメンタル不調 4名）"],
                         ["個別の状況",
                          "S.K.（営業本部・38歳）うつ病　休職開始 2025/06/02　復職予定 12/1",
                          "M.S.（営業本部・36歳）適応障害　休職開始 2025/07/14",
                          "H.S.（総務部・40歳）双極性感情障害　休職開始 2025/10/01",
                          "I.C.（研究開発本部・46歳）乳がん　休職開始 2025/07/01",
                          "M.S.（経理部・31歳）うつ病　休職開始 2025/09/08",
                          "U.T.（相模原工場・48歳）腰椎椎間板ヘルニア　休職開始 2025/08/25"],
                         ["今後の対応", "・復職判定の標準化", "・試し出勤制度の見直し"],
                     ]}],
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PPTX rows of six absent employees (initials, department, age) each tied to a diagnosis, to an outside consultant",
})

MESSAGES.append({
    "id": "sangyoi-067", "expect": "pass",
    "sender": WASHIO,
    "to": ["東都医療大学 公衆衛生学教室 江藤先生 <eto@tohoiryo-u.ac.jp>"],
    "subject": "共同研究：休職者数の推移データ（集計値）",
    "charset": "utf-8",
    "body": f"""江藤先生

ご無沙汰しております。鷲尾です。
共同研究の件、先日お話しした集計値のスライドをお送りします。
個票データは倫理審査の承認後に、匿名加工したものをお渡しする予定です。

{SIG_WASHIO}
""",
    "attachments": [{"kind": "pptx", "name": "休職者数推移_集計.pptx",
                     "slides": [
                         ["メンタルヘルス不調による休職の推移", "日の出産業（従業員 約870名）"],
                         ["年度別 新規休職者数",
                          "2021年度 14名（うちメンタル 9名）", "2022年度 17名（11名）",
                          "2023年度 19名（13名）", "2024年度 23名（16名）"],
                         ["復職率と再休職率", "復職率 78%（5年平均）", "1年以内の再休職率 21%"],
                     ]}],
    "entities": [],
    "detectors": [],
    "note": "aggregate yearly counts in a PPTX to a university; no person identifiable",
})

MESSAGES.append({
    "id": "sangyoi-068", "expect": "stop",
    "sender": OTOBE,
    "to": ["神崎 先生 <kanzaki@naniwa-occ-clinic.jp>"],
    "subject": "来年度のご訪問回数について",
    "charset": "cp932",
    "body": f"""神崎先生

いつもお世話になっております。日の出産業の乙部です。
来年度の大阪工場へのご訪問回数について、社内で検討した資料を添付します。
ご意見をお聞かせいただけますと幸いです。

{SIG_OTOBE}
""",
    "attachments": [{"kind": "docx", "name": "嘱託産業医体制の見直しについて.docx",
                     "page_header": "極秘",
                     "title": "嘱託産業医体制の見直しについて",
                     "paragraphs": [
                         "【極秘】嘱託産業医体制の見直しについて（経営会議付議用）",
                         "1. 現状：大阪工場は なにわ産業医クリニックに月1回の訪問を委託（年額 216万円）。",
                         "2. 課題：面接指導の待ち時間が長く、実施率が本社より低い。",
                         "3. 案A：訪問を月2回に増やす（年額 約400万円）。",
                         "4. 案B：2026年10月に委託先を他院へ切り替え、オンライン面談を併用（年額 約260万円）。",
                         "5. 推奨：案B。ただし切替えは現委託先への通知期間（3か月）を考慮する。",
                     ]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX stamped 極秘 (header and title) attached by mistake to the very physician it discusses",
})

MESSAGES.append({
    "id": "sangyoi-069", "expect": "pass",
    "sender": TSUZUKI,
    "to": ["適用係 <tekiyo@kanto-kikai-kenpo.or.jp>"],
    "subject": "マイナ保険証への移行に関する社内説明会のご協力について",
    "charset": "iso-2022-jp",
    "body": f"""関東機械工業健康保険組合
適用係 ご担当者様

お世話になっております。日の出産業 労務課の都筑です。

健康保険証の新規発行終了に伴い、社員向けにマイナ保険証（マイナンバーカードの
健康保険証利用）の説明会を開く予定です。つきましては、以下の点をご教示ください。

　・資格確認書の発行対象と、被扶養者分の送付方法
　・マイナンバーの登録状況を事業主として確認する手段の有無
　・説明会で使える組合作成のリーフレットの有無

社員の個人番号等は本件ではお送りしませんので、ご安心ください。

{SIG_TSUZUKI}
""",
    "entities": [],
    "detectors": [],
    "note": "talks about My Number cards and 健康保険証 in general; no number of anyone",
})

_rows070 = []
for nm, kana in [("池ノ上 美和子", "イケノウエ ミワコ"), ("今給黎 敏江", "イマキイレ トシエ"),
                 ("鵜飼 真知子", "ウカイ マチコ"), ("大豆生田 紀子", "オオマメウダ ノリコ"),
                 ("桂川 ひろみ", "カツラガワ ヒロミ"), ("木全 聡美", "キマタ サトミ")]:
    d = _dob(1962, 1990)
    _rows070.append(f"{kana:<16}{nm:<10}{_wareki(d, 'abbr'):<12}"
                    f"{rng.randrange(100, 999)}-{rng.randrange(1, 4000):<6}{rng.choice(['Aコース', 'Bコース', 'Aコース+乳がん'])}")
MESSAGES.append({
    "id": "sangyoi-070", "expect": "stop",
    "sender": NEGORO,
    "to": ["水野 <mizuno@minato-kenshin.or.jp>"],
    "subject": "被扶養者（配偶者）健診 申込者リスト",
    "charset": "utf-8",
    "body": f"""水野様

お世話になっております。根来です。
今年度の被扶養配偶者の健診について、申込者6名分をお送りします。
受診券の発行には保険証の記号・番号が必要とのことでしたので、併記しています。

ﾌﾘｶﾞﾅ            氏名          生年月日    記号-番号  コース
----------------  ------------  ----------  ---------  --------------
{chr(10).join(_rows070)}

{SIG_NEGORO}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "six dependants with kana names, 和暦 birth dates and health insurance 記号-番号",
})

# ---------------------------------------------------------------------------------------
# 071-080
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "sangyoi-071", "expect": "pass",
    "sender": TORIGOE,
    "to": ["Daniel Koh <daniel.koh@ergolab-asia.com>"],
    "subject": "Ergonomic assessment at Sagamihara plant – visit logistics",
    "charset": "utf-8",
    "body": f"""Dear Mr Koh,

Thank you for confirming the ergonomic assessment of our assembly line.
Here are the logistics for your visit:

  Date:      Tuesday 9 December 2025, 9:30 - 16:00
  Address:   Hinode Sangyo Sagamihara Plant, 2-9-1 Hashimotodai, Midori-ku,
             Sagamihara, Kanagawa (main gate, security office)
  Contact:   plant reception +81-42-770-5100
  PPE:       safety shoes and helmets will be provided; please bring your own
             measuring equipment.

Photography is allowed only in the assembly area. We will prepare an
interpreter for the interviews with the line leaders.

Best regards,
Taku Torigoe
Safety & Health Section, Hinode Sangyo Co., Ltd.
""",
    "entities": [],
    "detectors": [],
    "note": "English visit logistics with the plant's business address and switchboard; no personal data",
})

MESSAGES.append({
    "id": "sangyoi-072", "expect": "stop",
    "sender": MIYAJI,
    "to": ["スタッフみらい 営業担当 芹沢 <serizawa@staff-mirai.co.jp>"],
    "subject": "派遣スタッフの方の勤務上の配慮について",
    "charset": "utf-8",
    "body": f"""株式会社スタッフみらい
芹沢様

お世話になっております。日の出産業 健康管理室の宮路です。

経理部に派遣いただいている 樫村 瞳 さんですが、現在妊娠28週で、
先日の妊婦健診で妊娠高血圧症候群と診断され、主治医から
「母性健康管理指導事項連絡カード」で通勤緩和と休憩の延長の指示が出ています。

派遣先としては来週から時差出勤と在宅勤務の併用で対応したいと考えています。
派遣元の就業規則上の扱いについてご確認いただけますでしょうか。

{SIG_MIYAJI}
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named dispatched worker's pregnancy complication diagnosis sent to the staffing agency",
})

_rows073 = []
for nm in ["秋月 貴之", "朝比奈 杏", "穴井 慎", "天羽 瑞季", "荒巻 勲", "有馬 詩織", "粟津 圭吾"]:
    _rows073.append(f"  {nm}　{rng.choice(['同じ島（隣席）', '同じ島', '会議同席 11/4', '社用車同乗'])}"
                    f"　内線{rng.randrange(4000, 4999)}　{rng.choice(['高', '中', '中', '低'])}")
MESSAGES.append({
    "id": "sangyoi-073", "expect": "pass",
    "sender": MIYAJI,
    "to": [WASHIO, OTOBE],
    "subject": "【至急・社内限り】結核 接触者リスト（品質保証部）",
    "charset": "cp932",
    "body": f"""鷲尾先生、乙部室長

宮路です。
品質保証部の 井手口 康平 さんが肺結核（喀痰塗抹陽性）と診断され、
昨日から東都中央病院に入院しています。
保健所の聞き取りに先立ち、社内の接触者候補を整理しました。

　氏名　　　　　接触状況　　　　　連絡先　　優先度
{chr(10).join(_rows073)}

保健所への提出範囲は、先生のご判断をいただいてから決めたいと思います。

{SIG_MIYAJI}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a tuberculosis diagnosis and contact list, sent only to internal recipients",
})

_rows074 = "\n".join(f"{i}\t{nm}\t{age}\t{rel}\t{_mobile()}"
                     for i, (nm, age, rel) in enumerate([("秋月 貴之", 45, "隣席・1日8時間"),
                                                        ("朝比奈 杏", 29, "同じ島"),
                                                        ("天羽 瑞季", 33, "同じ島"),
                                                        ("荒巻 勲", 58, "社用車同乗 週2回"),
                                                        ("粟津 圭吾", 41, "会議同席 11/4 2時間"),
                                                        ("穴井 慎", 37, "同じ島")], 1))
MESSAGES.append({
    "id": "sangyoi-074", "expect": "stop",
    "sender": WASHIO,
    "to": ["星見市保健所 感染症対策係 <kansen@city.hoshimi.lg.jp>"],
    "subject": "結核患者発生に伴う接触者健診について（日の出産業）",
    "charset": "utf-8",
    "body": f"""星見市保健所 感染症対策係
保健師 ご担当者様

お電話でご連絡いたしました日の出産業株式会社 産業医の鷲尾です。
肺結核の診断を受けた弊社社員 井手口 康平（41歳、品質保証部）について、
職場の濃厚接触者と考えられる6名のリストをお送りします。

No\t氏名\t年齢\t接触状況\t携帯電話
{_rows074}

接触者健診（IGRA）の日程について、ご指示をお願いいたします。

{SIG_WASHIO}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "patient named with his TB diagnosis plus six contacts with mobiles, tab-separated, to a public health office",
})

MESSAGES.append({
    "id": "sangyoi-075", "expect": "either",
    "sender": WASHIO,
    "to": ["東都中央病院 精神神経科 柳瀬先生 <yanase@toto-chuo-hp.or.jp>"],
    "subject": "事例のご相談（匿名）",
    "charset": "iso-2022-jp",
    "body": f"""柳瀬先生

ご無沙汰しております。日の出産業の鷲尾です。
対応に迷っている事例があり、匿名でご意見を伺えればと思いご連絡しました。

　・30代後半の男性、研究開発本部の分析センター所属（課内で唯一の薬剤師資格者）
　・半年ほど前から遅刻と欠勤が増え、本人は「眠れない」と訴え
　・前医で双極II型障害を疑われたが、通院は中断
　・最近、同僚に希死念慮をほのめかす発言あり

受診勧奨の伝え方と、貴院の初診枠の状況について教えていただけますでしょうか。

{SIG_WASHIO}
""",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "case sent without a name, but team, age band and a unique qualification may make the person identifiable to some",
})

_rows076 = [["氏名", "郵便番号", "住所", "電話番号"]]
for nm, addr in [("葛城 伸也", "北海道札幌市中央区南三条西7-4-2"), ("国府田 真由", "宮城県仙台市青葉区一番町2-8-11-503"),
                 ("駒形 淳", "新潟県新潟市中央区東大通1-6-20"), ("猿渡 郁美", "静岡県浜松市中央区鍛冶町104-3"),
                 ("塩入 陽介", "広島県広島市南区比治山本町9-17"), ("設楽 瑠美", "福岡県福岡市博多区博多駅南4-2-9"),
                 ("白鳥 健司", "熊本県熊本市中央区水前寺3-21-1"), ("須之内 由佳", "沖縄県那覇市久茂地2-13-5-802")]:
    _rows076.append([nm, f"{rng.randrange(10, 99)}0-{rng.randrange(0, 9999):04d}", addr,
                     f"0{rng.randrange(11, 99)}-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"])
MESSAGES.append({
    "id": "sangyoi-076", "expect": "stop",
    "sender": NEGORO,
    "to": ["錦印刷 DM担当 <dm@nishiki-insatsu.co.jp>"],
    "subject": "問診票の宛名印字・発送データ（遠隔地勤務者分）",
    "charset": "utf-8",
    "body": f"""錦印刷株式会社
DM担当 ご担当者様

お世話になっております。日の出産業 健康管理室の根来です。
先日発注した問診票のうち、遠隔地勤務者8名分は宛名を印字して
各人の自宅へ直接発送していただきたく、データをお送りします（UTF-8のCSVです）。

発送予定日：12月1日（月）

{SIG_NEGORO}
""",
    "attachments": [{"kind": "csv", "name": "宛名データ_遠隔地.csv", "encoding": "utf-8", "rows": _rows076}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of eight employees' names, home addresses and phones to the printing partner",
})

MESSAGES.append({
    "id": "sangyoi-077", "expect": "pass",
    "sender": NEGORO,
    "to": ["錦印刷 営業部 桧垣 <higaki@nishiki-insatsu.co.jp>"],
    "subject": "発注：ストレスチェック用 封筒・問診票（注文番号 HS-PO-25-0932）",
    "charset": "cp932",
    "body": f"""錦印刷株式会社
営業部 桧垣様

いつもお世話になっております。日の出産業の根来です。
お見積りいただいた内容で、下記のとおり発注いたします。

　注文番号：HS-PO-25-0932
　・角2封筒（親展・健康管理室）　品番 NK-E2-118　 1,000枚　@18円
　・長3返信用封筒（料金受取人払）品番 NK-E3-204　 1,000枚　@12円
　・問診票（A4両面・2色）　　　　品番 NK-F-5521　 1,000部　@35円
　納期：11月28日（金）　納品先：本社3階 健康管理室

請求書は注文番号を記載のうえ、月末締めでお願いいたします。

{SIG_NEGORO}
""",
    "entities": [],
    "detectors": [],
    "note": "purchase order with product codes and an order number; no people",
})

MESSAGES.append({
    "id": "sangyoi-078", "expect": "stop",
    "sender": MIYAJI,
    "to": ["リワークセンターあおい 安西 <anzai@rework-aoi.jp>"],
    "subject": "Re: 試し出勤期間の評価シート",
    "charset": "iso-2022-jp",
    "body": f"""安西様

お世話になっております。宮路です。
試し出勤期間の評価シート（弊社記入分）をお送りします。
職場側の所見欄は上長に記入してもらいました。

{SIG_MIYAJI}
""",
    "attachments": [{"kind": "corrupt", "name": "試し出勤評価シート_記入済.docx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached DOCX is corrupt and cannot be inspected",
})

MESSAGES.append({
    "id": "sangyoi-079", "expect": "pass",
    "sender": WASHIO,
    "to": ["東都中央病院 地域連携室 <renkei@toto-chuo-hp.or.jp>"],
    "subject": "衛生委員会での講話のお願い（両立支援について）",
    "charset": "utf-8",
    "body": f"""東都中央病院 地域連携室 御中

いつもお世話になっております。日の出産業株式会社 専属産業医の鷲尾です。

弊社では、がん等の治療と仕事の両立支援の体制づくりを進めております。
つきましては、貴院の両立支援コーディネーターの方に、
衛生委員会で30分ほどご講話いただくことは可能でしょうか。

　候補日：2026年1月15日（木）または 2月12日（木）15:00〜
　対象　：衛生委員（12名）および管理職（任意参加）
　謝礼　：弊社規定によりお支払いいたします

ご検討のほど、よろしくお願い申し上げます。

{SIG_WASHIO}
""",
    "entities": [],
    "detectors": [],
    "note": "request for a lecture to a hospital's liaison office; no personal data",
})

MESSAGES.append({
    "id": "sangyoi-080", "expect": "stop",
    "sender": OTOBE,
    "to": ["みどり銀行 法人営業部 真田 <sanada@rnidori-ginko.co.jp>"],
    "subject": "健康経営格付融資の評価面談について",
    "charset": "utf-8",
    "body": f"""株式会社みどり銀行
法人営業部 真田様

いつもお世話になっております。日の出産業の乙部です。
先日ご案内いただいた健康経営格付融資の評価面談の件、
12月9日（火）10:00から本社でお受けできればと存じます。

当日は、健康経営戦略の概要と主なKPIの推移を、人事担当役員から説明いたします。
事前に必要な書類がありましたらお知らせください。

{SIG_OTOBE}
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner midori-ginko.co.jp spelled rnidori-ginko.co.jp (rn for m homoglyph)",
})

# ---------------------------------------------------------------------------------------
# 081-090
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "sangyoi-081", "expect": "stop",
    "sender": WASHIO,
    "to": ["木暮 浩司 <kogure@mediwork.jp>"],
    "subject": "復職判定のセカンドオピニオンのお願い",
    "charset": "utf-8",
    "body": f"""木暮先生

お世話になっております。鷲尾です。
判断に迷っている復職判定について、先生のご意見を伺いたく、
判定資料一式をZIPにまとめました（本人の同意は取得済みです）。

{SIG_WASHIO}
""",
    "attachments": [{"kind": "zip", "name": "復職判定資料_HS1187.zip",
                     "files": [
                         {"kind": "xlsx", "name": "生活記録表_8週.xlsx",
                          "sheets": {"記録": [["週", "起床", "就寝", "外出", "気分(1-5)"],
                                            [1, "8:30", "0:30", "散歩", 2], [2, "8:00", "0:00", "図書館", 3],
                                            [8, "6:45", "23:00", "図書館", 4]]}},
                         {"kind": "pdf", "name": "復職判定票.pdf",
                          "lines": ["職場復帰判定票",
                                    "氏名：羽生田 修平（総務部）　生年月日：昭和60年5月21日",
                                    "傷病名：双極性感情障害　休職開始：2025年10月1日",
                                    "主治医意見：2026年1月より復職可（時短勤務から）",
                                    "産業医所見：睡眠リズムは安定。気分の波が残り、判定保留を検討。"]},
                     ]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "ZIP (not encrypted) holding a PDF that names one employee with birth date and psychiatric diagnosis",
})

MESSAGES.append({
    "id": "sangyoi-082", "expect": "pass",
    "sender": TAKAMI,
    "to": ["有働 めぐみ <aido@kokoro-carenet.co.jp>"],
    "subject": "Re: 10月度 EAP利用状況報告書",
    "charset": "iso-2022-jp",
    "body": f"""有働様

10月度の利用状況報告、ありがとうございました。
社内の衛生委員会では、以下の集計値のみを報告いたします。

　相談件数（延べ）　 38件（前月 29件）
　　うち 本人のメンタルヘルス　 21件
　　　　 職場の人間関係　　　　  9件
　　　　 家族・育児・介護　　　  6件
　　　　 その他　　　　　　　　  2件
　新規利用者数　　　 14名

件数が増えている要因について、次回の定例会でご意見をいただけますでしょうか。

高見
{SIG_TAKAMI}
""",
    "entities": [],
    "detectors": [],
    "note": "aggregate EAP usage counts only",
})

_rows083 = "\n".join(f"{nm}　{dept}　{item}　未受診"
                     for nm, dept, item in [("仮屋 正人", "製造一課", "血圧（D2）"), ("亀井田 直子", "品質管理課", "心電図（D2）"),
                                            ("苅谷 和也", "保全課", "胸部X線（D1）"), ("河原林 修", "製造二課", "血糖（D1）"),
                                            ("北小路 愛", "総務課", "便潜血（D1）"), ("清末 大輔", "製造一課", "肝機能（D2）"),
                                            ("九鬼 篤史", "物流課", "尿蛋白（D1）")])
_eml083 = {
    "sender": "大阪工場 総務課 <osaka-soumu@hinode-sangyo.co.jp>",
    "to": [TAKAMI],
    "subject": "二次検査 未受診者の状況（大阪工場）",
    "charset": "cp932",
    "body": f"""高見さん

大阪工場総務の牧です。
二次検査の未受診者（11/15時点）は以下の7名です。
各課長から受診を促していますが、反応が鈍い方が多いです。

{_rows083}

牧
""",
}
MESSAGES.append({
    "id": "sangyoi-083", "expect": "stop",
    "sender": TAKAMI,
    "to": ["神崎 先生 <kanzaki@naniwa-occ-clinic.jp>"],
    "subject": "FW: 二次検査 未受診者の状況（大阪工場）",
    "charset": "iso-2022-jp",
    "body": f"""神崎先生

お世話になっております。高見です。
大阪工場から届いた二次検査未受診者の状況を転送します（元メールを添付）。
次回ご訪問時に、先生から直接受診勧奨をしていただけないでしょうか。

{SIG_TAKAMI}
""",
    "attachments": [{"kind": "eml", "name": "二次検査未受診者_大阪工場.eml", "message": _eml083}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forwarded internal mail (as .eml) listing seven named employees with abnormal findings, to an outside physician",
})

_corp084 = _corp("0107" + "0100" + "5422")
MESSAGES.append({
    "id": "sangyoi-084", "expect": "pass",
    "sender": OTOBE,
    "to": ["保健事業課 <hoken@kanto-kikai-kenpo.or.jp>"],
    "subject": "データヘルス計画 事業所カルテ提供の申請",
    "charset": "utf-8",
    "body": f"""関東機械工業健康保険組合
保健事業課 御中

お世話になっております。日の出産業の乙部です。
コラボヘルスの一環として、事業所別の健康スコアリングレポート（事業所カルテ）の
提供を申請いたします。申請書の記載事項は以下のとおりです。

　事業所名　　：日の出産業株式会社
　法人番号　　：{_corp084}
　事業所記号　：ヒノテ
　担当者　　　：人事部 健康管理室 乙部（03-5487-2210）
　利用目的　　：健康経営施策の効果検証（集計値のみ利用）

個人単位のデータは不要です。よろしくお願いいたします。

{SIG_OTOBE}
""",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "the company's own 法人番号 in an application form; the only person is the sender",
})

_kigo085, _ban085 = _fw("2130"), _fw("417")
MESSAGES.append({
    "id": "sangyoi-085", "expect": "stop",
    "sender": TSUZUKI,
    "to": ["給付係 <kyufu@kanto-kikai-kenpo.or.jp>"],
    "subject": "限度額適用認定証の交付申請（急ぎ）",
    "charset": "cp932",
    "body": f"""給付係 ご担当者様

いつもお世話になっております。日の出産業 労務課の都筑です。
入院予定の被保険者について、限度額適用認定証の交付を急ぎお願いしたくご連絡しました。
申請書原本は本人が郵送済みです。

　被保険者証　記号：{_kigo085}　番号：{_ban085}
　氏名　　　　：磯貝 周平
　入院予定日　：令和７年１２月２日（東都中央病院 消化器外科）
　傷病名　　　：胃がん（腹腔鏡下胃切除術の予定）

入院日に間に合わない場合の取扱いについても、ご教示いただけますと幸いです。

{SIG_TSUZUKI}
""",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one insured person's 記号・番号 in full-width digits plus a cancer diagnosis",
})

MESSAGES.append({
    "id": "sangyoi-086", "expect": "stop",
    "sender": WASHIO,
    "to": ["江藤先生 <eto@tohoiryo-u.ac.jp>"],
    "subject": "共同研究：健康KPIの年次データ",
    "charset": "utf-8",
    "body": f"""江藤先生

鷲尾です。共同研究で使う健康KPIの年次データをCSVでお送りします。
すべて全社の集計値です。

{SIG_WASHIO}
""",
    "attachments": [{"kind": "csv", "name": "health_kpi_2021-2025.csv", "encoding": "cp932",
                     "rows": [["【社外秘】日の出産業株式会社 人事部 健康管理室 作成"],
                              ["年度", "従業員数", "健診受診率", "二次健診受診率", "喫煙率", "高ストレス者率", "休職者数"],
                              ["2021", "842", "99.1%", "52.0%", "24.8%", "11.9%", "14"],
                              ["2022", "851", "99.4%", "55.3%", "23.1%", "12.6%", "17"],
                              ["2023", "860", "99.6%", "58.7%", "21.5%", "13.4%", "19"],
                              ["2024", "868", "99.5%", "61.2%", "20.2%", "14.2%", "23"],
                              ["2025", "871", "99.7%", "--", "19.0%", "13.9%", "--"]]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "aggregate-only CSV whose first row is the classification 【社外秘】, sent to a university",
})

MESSAGES.append({
    "id": "sangyoi-087", "expect": "pass",
    "sender": TSUZUKI,
    "to": ["給付係 <kyufu@kanto-kikai-kenpo.or.jp>"],
    "subject": "RE: 限度額適用認定証の交付申請（急ぎ）",
    "charset": "iso-2022-jp",
    "body": f"""給付係 小田切様

早速のご対応ありがとうございます。
認定証の発送日（11/27）について、本人にも伝えました。
引き続きよろしくお願いいたします。

都筑

差出人: 給付係 小田切 <kyufu@kanto-kikai-kenpo.or.jp>
送信日時: 2025年11月25日 火曜日 10:03
宛先: 都筑 慎吾 <tsuzuki.shingo@hinode-sangyo.co.jp>
件名: RE: 限度額適用認定証の交付申請（急ぎ）

日の出産業株式会社 都筑様

被保険者証 記号 2130 番号 417 磯貝 周平様の限度額適用認定証につきまして、
本日審査が完了し、11月27日にご自宅宛てに発送いたします。
入院日（12/2）には間に合う見込みです。

関東機械工業健康保険組合 給付係 小田切
""",
    "entities": [],
    "detectors": [],
    "note": "the insurance number and name appear only under the 差出人/送信日時 quoted header of the society's own reply",
})

_b088 = "\n".join(f"・{nm}（{age}歳・{dept}）{date}　{sym}"
                  for nm, age, dept, date, sym in [
                      ("隈元 竜也", 24, "物流センター", "7/18", "熱けいれん、現場で回復"),
                      ("小手川 亮", 51, "相模原 塗装ライン", "7/29", "熱疲労、救急搬送・点滴"),
                      ("才津 和彦", 38, "物流センター", "8/4", "熱失神、救急搬送"),
                      ("迫田 光", 19, "相模原 組立課", "8/6", "熱疲労、翌日休業"),
                      ("指宿 健", 62, "構内警備", "8/21", "熱射病、入院3日（腎機能障害あり）")])
MESSAGES.append({
    "id": "sangyoi-088", "expect": "stop",
    "sender": TORIGOE,
    "to": ["土門 <domon@rouei-consul.jp>"],
    "subject": "今夏の熱中症発生事例（振り返り資料の作成依頼）",
    "charset": "utf-8",
    "body": f"""土門先生

お世話になっております。鳥越です。
今夏の熱中症発生事例について、振り返り資料の作成をお願いしたく、
事例を以下にまとめました。

{_b088}

来年度の予防計画（WBGT管理と暑熱順化）に反映させたいと考えています。

{SIG_TORIGOE}
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "five named workers with ages and heatstroke injuries, as 「・」 bullets, to an outside consultant",
})

MESSAGES.append({
    "id": "sangyoi-089", "expect": "pass",
    "sender": TORIGOE,
    "to": ["仲宗根 <nakasone@aoba-unyu.co.jp>"],
    "cc": ["野々宮 <nonomiya@kawasaki-denki.co.jp>"],
    "subject": "構内作業の熱中症予防ルール改定（来年度案）のご共有",
    "charset": "utf-8",
    "body": f"""青葉運輸 仲宗根様
（cc: 川崎電機 野々宮様）

いつもお世話になっております。日の出産業 安全衛生課の鳥越です。
構内で作業いただく協力会社の皆様向けに、来年度の熱中症予防ルール案をお送りします。

　・WBGT 28以上：1時間ごとに15分休憩、作業前後の体調確認
　・WBGT 31以上：屋外作業は原則中止、やむを得ない場合は責任者承認
　・5月〜6月を暑熱順化期間とし、新規入構者は作業時間を段階的に延長
　・各詰所に経口補水液と塩タブレットを常備（費用は当社負担）

ご意見があれば12月中にお寄せください。

{SIG_TORIGOE}
""",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two partner organisations in To/Cc for a rule change; normal and no personal data",
})

MESSAGES.append({
    "id": "sangyoi-090", "expect": "pass",
    "sender": TORIGOE,
    "to": ["北関東労働衛生協会 特殊健診課 <tokken@kitakanto-rouei.or.jp>"],
    "bcc": ["健診営業部 <eigyo@minato-kenshin.or.jp>", "巡回健診課 <junkai@asahigaoka-clinic.jp>",
            "営業 <sales@tokyo-rouei.or.jp>"],
    "subject": "【見積依頼】2026年度 特殊健康診断（有機溶剤・特化物・じん肺）",
    "charset": "iso-2022-jp",
    "body": f"""健診機関 ご担当者様

（本メールは複数の健診機関にBCCでお送りしています）

日の出産業株式会社 安全衛生課の鳥越です。
2026年度の特殊健康診断について、下記の条件でお見積りをお願いいたします。

　実施場所：相模原工場（巡回健診を希望）
　対象　　：有機溶剤 約60名、特定化学物質 約25名、じん肺 約15名
　時期　　：2026年4月・10月（年2回）
　提出期限：2025年12月19日（金）

結果の電子データ納品（CSV）の可否もあわせてご回答ください。

{SIG_TORIGOE}
""",
    "entities": [],
    "detectors": [],
    "note": "request for quotation with one organisation in To and the other institutions correctly in Bcc",
})

# ---------------------------------------------------------------------------------------
# 091-100
# ---------------------------------------------------------------------------------------

_tr091 = "\n".join(
    f"<tr><td>{nm}</td><td>{dept}</td><td align=right>{h}</td><td>{res}</td></tr>"
    for nm, dept, h, res in [("黒瀬 哲也", "営業一部", 96, "就業制限なし"),
                             ("桑折 亜希", "営業一部", 88, "就業制限なし"),
                             ("幸地 秀明", "営業二部", 118, "時間外45h以内（1か月）"),
                             ("小松崎 豊", "営業二部", 104, "深夜業禁止（高血圧治療中）"),
                             ("是永 恵美", "営業企画部", 83, "就業制限なし")])
MESSAGES.append({
    "id": "sangyoi-091", "expect": "pass",
    "sender": TAKAMI,
    "to": ["営業本部長 <fuchigami.hideo@hinode-sangyo.co.jp>"],
    "subject": "営業本部 10月度 面接指導の結果（就業上の措置）",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:Meiryo">
<p>渕上本部長</p>
<p>お疲れさまです。健康管理室の高見です。<br>
10月度の面接指導の結果、産業医から以下の就業上の措置について意見が出ております。
措置の実施状況を月末までにご報告ください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr bgcolor="#e0e8f0"><th>氏名</th><th>所属</th><th>時間外(h)</th><th>産業医意見</th></tr>
{_tr091}
</table>
<p>※措置の理由（健康情報）は、必要な範囲を超えて部内に共有しないでください。</p>
<p>日の出産業株式会社 人事部 健康管理室<br>保健師 高見 由佳　内線4121</p>
</body></html>""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "HTML-only table of interview results (one with a treatment mention) to an internal executive only",
})

_rows092 = []
for nm, romaji in [("野路 拓馬", "NOJI TAKUMA"), ("羽賀 沙希", "HAGA SAKI"), ("浜頭 誠", "HAMAGASHIRA MAKOTO"),
                   ("日比野 航", "HIBINO WATARU"), ("枇杷木 律子", "BIWAKI RITSUKO")]:
    _rows092.append([nm, romaji, _ymd(_dob(1972, 1997), "-"),
                     f"T{rng.choice('KRSZ')}{rng.randrange(1000000, 9999999)}",
                     rng.choice(["A型肝炎・狂犬病", "黄熱・A型肝炎", "腸チフス・A型肝炎・破傷風"]),
                     rng.choice(["ラゴス", "ナイロビ", "ダッカ", "ヤンゴン"])])
MESSAGES.append({
    "id": "sangyoi-092", "expect": "stop",
    "sender": MIYAJI,
    "to": ["新橋トラベルクリニック 法人受付 <corp@shinbashi-travel-clinic.jp>"],
    "subject": "海外赴任前の予防接種 5名分の予約と証明書作成",
    "charset": "utf-8",
    "body": f"""新橋トラベルクリニック 法人受付 御中

お世話になっております。日の出産業 健康管理室の宮路です。
来年2月に赴任予定の5名について、予防接種の予約と
英文の接種証明書（イエローカード含む）の作成をお願いします。
証明書に旅券番号の記載が必要とのことでしたので、Excelにまとめました。

{SIG_MIYAJI}
""",
    "attachments": [{"kind": "xlsx", "name": "赴任前予防接種_2026年2月赴任.xlsx",
                     "sheets": {"対象者": [["2026年2月 赴任予定者 予防接種申込"], [],
                                          ["氏名", "ローマ字（旅券表記）", "生年月日", "旅券番号", "希望ワクチン", "赴任地"]]
                                + _rows092}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "XLSX with five people's passport numbers and birth dates to a travel clinic",
})

MESSAGES.append({
    "id": "sangyoi-093", "expect": "pass",
    "sender": MIYAJI,
    "to": ["新橋トラベルクリニック 法人受付 <corp@shinbashi-travel-clinic.jp>"],
    "subject": "出張者1名の予防接種予約（12月）",
    "charset": "iso-2022-jp",
    "body": f"""新橋トラベルクリニック 法人受付 御中

お世話になっております。日の出産業 健康管理室の宮路です。
短期出張者1名の予防接種（A型肝炎 1回目）の予約をお願いします。

　氏名：満島 蒼（みつしま あおい）
　希望：12月4日（木）または 5日（金）の午後
　連絡先（携帯）：080-2274-6619

費用は法人請求でお願いいたします。

{SIG_MIYAJI}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one person's name and mobile for a booking: a single contact, at most a warning",
})

MESSAGES.append({
    "id": "sangyoi-094", "expect": "stop",
    "sender": TSUZUKI,
    "to": ["榊 先生 <sakaki@shirakawa-1aw.jp>"],
    "subject": "打合せ日程の再調整のお願い",
    "charset": "utf-8",
    "body": f"""白川法律事務所
榊先生

いつもお世話になっております。日の出産業 労務課の都筑です。
11月28日（金）に予定しておりました打合せですが、
社内の都合により、12月1日（月）または2日（火）の午後に変更いただけないでしょうか。

ご迷惑をおかけし申し訳ございません。

{SIG_TSUZUKI}
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner shirakawa-law.jp typed as shirakawa-1aw.jp (digit 1 for l)",
})

MESSAGES.append({
    "id": "sangyoi-095", "expect": "pass",
    "sender": OTOBE,
    "to": ["榊 先生 <sakaki@shirakawa-law.jp>"],
    "subject": "安全配慮義務と健康情報の取扱いに関するご相談",
    "charset": "iso-2022-jp",
    "body": f"""白川法律事務所
榊先生

いつもお世話になっております。日の出産業の乙部です。
健康情報の取扱規程の改定にあたり、一般論として以下の点をご教示ください。

　1. 産業医の就業上の措置意見を上長に伝える際、診断名まで伝えることの可否
　2. 本人が健康診断の受診を拒否した場合の、会社の安全配慮義務の範囲
　3. 退職者の健康診断記録の保存期間経過後の廃棄方法

個別の事案ではなく、規程の書きぶりの参考にしたいものです。
来週の定例打合せでご回答いただければ十分です。

{SIG_OTOBE}
{DISCLAIMER_JA}
""",
    "entities": [],
    "detectors": [],
    "note": "general legal question to the partner law firm at its correct domain, with the standard disclaimer",
})

_rows096 = []
for nm, user, role in [("鍋島 隆一", "nabeshima.ryuichi", "製造部長"), ("楢崎 雅美", "narasaki.masami", "営業一部長"),
                       ("錦戸 浩", "nishikido.hiroshi", "物流センター長"), ("沼尻 智子", "numajiri.tomoko", "品質保証部長"),
                       ("野老 勝彦", "tokoro.katsuhiko", "総務課長"), ("萩生田 恭平", "hagiuda.kyohei", "開発二部長")]:
    _rows096.append(f"{nm}\t{role}\t{user}@hinode-sangyo.co.jp\t03-5487-{rng.randrange(2000, 2999)}\t"
                    f"{rng.choice(['1/20', '1/27'])}")
MESSAGES.append({
    "id": "sangyoi-096", "expect": "stop",
    "sender": NEGORO,
    "to": ["研修事業部 <kenshu@kokoro-carenet.co.jp>"],
    "subject": "ラインケア研修 受講者登録（第1陣 6名）",
    "charset": "utf-8",
    "body": f"""こころのケアネット株式会社
研修事業部 御中

お世話になっております。日の出産業 健康管理室の根来です。
管理職向けラインケア研修（eラーニング＋集合）の第1陣の受講者を登録します。
eラーニングのIDは下記のメールアドレス宛てに発行をお願いします。

氏名\t役職\tメール\t電話（直通）\t集合研修
{chr(10).join(_rows096)}

{SIG_NEGORO}
""",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated records of six managers with e-mail and direct phone, to an outside training provider",
})

MESSAGES.append({
    "id": "sangyoi-097", "expect": "pass",
    "sender": NEGORO,
    "to": ["研修事業部 <kenshu@kokoro-carenet.co.jp>"],
    "subject": "Re: ラインケア研修の実施計画（2026年度）",
    "charset": "cp932",
    "body": f"""研修事業部 ご担当者様

お世話になっております。根来です。
2026年度のラインケア研修の計画について、弊社側の想定をお伝えします。

　対象　　：管理職 約120名（部長 28名、課長 92名）
　形式　　：eラーニング（60分）＋集合研修（120分、1回30名×4回）
　時期　　：第1陣 1月、第2陣 4月、第3陣 7月、第4陣 10月
　テーマ　：部下の不調のサイン、声のかけ方、産業保健スタッフへのつなぎ方

受講者名簿は各陣の1か月前にお送りします。
費用のお見積りをお願いできますでしょうか。

{SIG_NEGORO}
""",
    "entities": [],
    "detectors": [],
    "note": "training plan with head counts only; no individuals",
})

MESSAGES.append({
    "id": "sangyoi-098", "expect": "either",
    "sender": TAKAMI,
    "to": ["神崎 先生 <kanzaki@naniwa-occ-clinic.jp>"],
    "subject": "Re: 10/22 面接指導の結果について",
    "charset": "utf-8",
    "body": f"""神崎先生

先日は面接指導をありがとうございました。高見です。
いただいた意見書をもとに、大阪工場では次のとおり措置を実施しました。

　左右田 啓太さん（製造一課）
　　先生ご意見：時間外労働を月45時間以内に制限（2か月）、夜勤シフトから外す
　　工場の対応：11月から日勤固定、残業は課長承認制

2か月後の再面接の日程は、改めてご相談させてください。

{SIG_TAKAMI}
""",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "one named worker's work restrictions (no diagnosis) to the contracted physician who issued them; health-derived, but not plainly 要配慮",
})

MESSAGES.append({
    "id": "sangyoi-099", "expect": "stop",
    "sender": WASHIO,
    "to": ["トラウマケア相談室 <intake@trauma-care-tokyo.jp>"],
    "subject": "社員のトラウマケアについてのご相談",
    "charset": "cp932",
    "body": f"""トラウマケア相談室
ご担当者様

はじめてご連絡いたします。日の出産業株式会社 専属産業医の鷲尾と申します。

弊社の 早乙女 梨花 さん（営業企画部、29歳）が、10月に帰宅途中で
通り魔による傷害事件の被害に遭いました。身体の傷は回復しつつありますが、
フラッシュバックと外出への強い恐怖があり、PTSDが疑われる状態です。

本人は専門的なトラウマケアを希望しています。
貴相談室での受け入れの可否と、初回面談までの期間を教えていただけますでしょうか。

{SIG_WASHIO}
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee as the victim of a crime, with suspected PTSD, to an outside counselling service",
})

MESSAGES.append({
    "id": "sangyoi-100", "expect": "pass",
    "sender": MIYAJI,
    "to": ["錦印刷 営業部 桧垣 <higaki@nishiki-insatsu.co.jp>"],
    "subject": "健康だより 冬号（1月発行）入稿データ",
    "charset": "utf-8",
    "body": f"""桧垣様

お世話になっております。宮路です。
社内報に同封する「健康だより」冬号の入稿データ（PDF）をお送りします。
A4両面カラー、1,000部でお願いいたします。校正は1回で結構です。

{SIG_MIYAJI}
""",
    "attachments": [{"kind": "pdf", "name": "健康だより_2026冬号.pdf", "title": "健康だより 2026年冬号",
                     "page_footer": "発行：日の出産業株式会社 健康管理室",
                     "lines": ["健康だより 2026年 冬号",
                               "",
                               "■ 冬の血圧に注意しましょう",
                               "寒さで血管が縮むと血圧が上がります。脱衣所や朝のトイレを暖かくしましょう。",
                               "",
                               "■ ヒートショックを防ぐ入浴のコツ",
                               "お湯は41℃以下、入浴は10分以内が目安です。",
                               "",
                               "■ 健康管理室からのお知らせ",
                               "・インフルエンザ予防接種の費用補助は1月末まで",
                               "・保健師の健康相談は毎週火・木 13:00〜16:00（本社3階）",
                               "・ストレスチェックの結果について相談したい方は内線4120へ"]}],
    "entities": [],
    "detectors": [],
    "note": "newsletter with general health tips for printing; no personal data",
})
