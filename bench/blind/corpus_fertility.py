"""Blind corpus — AREA: fertility (不妊治療クリニックのバックオフィス).

日の出産業株式会社 ヘルスケア事業本部が運営する「ひのでARTクリニック」の事務部門のメール:
医事課（保険請求・レセプト返戻）、助成金申請（自治体の先進医療費助成・妊孕性温存助成）、
ドナーコーディネート（卵子・精子提供）、胚培養室と検査会社・凍結保管会社・海外精子バンク、
心理カウンセリング、総務・人事・経理・情報システム。

Every person, number, address and domain outside the brief's fixed ones is invented
(fictional patients, donors, staff, municipalities, labs and insurers).
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random
from itertools import count

from build import card_number, my_number

SEED = 11601
rng = random.Random(SEED)
_mn = count(SEED)
_cn = count(SEED)


def mn() -> str:
    """next check-digit-valid My Number"""
    return my_number(next(_mn))


def cn() -> str:
    """next Luhn-valid card number"""
    return card_number(next(_cn))


def mob() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(10000):04d}"


def land(area: str = "03") -> str:
    if len(area) == 2:
        return f"{area}-{rng.randrange(3000, 7000)}-{rng.randrange(10000):04d}"
    return f"{area}-{rng.randrange(200, 999)}-{rng.randrange(10000):04d}"


_ZEN = str.maketrans("0123456789-/:.()ABCDEFGHIJKLMNOPQRSTUVWXYZ ",
                     "０１２３４５６７８９－／：．（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ　")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def corp_no(base12: str) -> str:
    """法人番号: check digit + 12 digits"""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def fourcards(n: str) -> str:
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def mn_spaced(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:]}"


CLINIC = "日の出産業株式会社 ヘルスケア事業本部\nひのでARTクリニック"
ADDR = "〒150-0002 東京都渋谷区渋谷2-14-8 日の出ビル5F"
TEL = "TEL 03-5468-2270（代表） FAX 03-5468-2271"


def sig(dept: str, name: str, mail: str, extra: str = "", style: int = 0) -> str:
    if style == 0:
        return (f"\n--\n{CLINIC} {dept}\n{name}\n{ADDR}\n{TEL}\n"
                f"{extra}E-mail: {mail}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━\n ひのでARTクリニック（日の出産業株式会社）\n"
                f" {dept}　{name}\n {ADDR}\n {TEL}\n{extra} {mail}\n"
                "━━━━━━━━━━━━━━━━━━━━━━\n")
    return (f"\n*****************************\n{name}\n{dept}\nHinode ART Clinic "
            f"(Hinode Sangyo Co., Ltd.)\n2-14-8 Shibuya, Shibuya-ku, Tokyo 150-0002\n"
            f"Tel +81-3-5468-2270\n{extra}{mail}\n*****************************\n")


DISC_JA = ("\n────────────────────────\n"
           "本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete this "
           "e-mail. Any unauthorised use or disclosure is prohibited.\n")

KANZAKI = "神崎 真由美 <m.kanzaki@hinode-sangyo.co.jp>"
ONODERA = "小野寺 紗希 <s.onodera@hinode-sangyo.co.jp>"
KIRYU = "桐生 遥 <h.kiryu@hinode-sangyo.co.jp>"
OOKAWARA = "大河原 徹 <t.ookawara@hinode-sangyo.co.jp>"
ASHIDA = "芦田 健吾 <k.ashida@hinode-sangyo.co.jp>"
MIZUNO = "水野 彩花 <a.mizuno@hinode-sangyo.co.jp>"
NARUMI = "鳴海 拓 <t.narumi@hinode-sangyo.co.jp>"
USAMI = "宇佐美 千尋 <c.usami@hinode-sangyo.co.jp>"
KUSAKABE = "日下部 隆之 <t.kusakabe@hinode-sangyo.co.jp>"
HOFFMANN = "Lena Hoffmann <l.hoffmann@hinode-sangyo.co.jp>"
CLINIC_BOX = "ひのでARTクリニック <art-clinic@mail.hinode-sangyo.co.jp>"
DONOR_BOX = "ドナーコーディネート室 <donor-coord@mail.hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []
M = MESSAGES.append

# ---------------------------------------------------------------------------------------
# 001 stop: 先進医療費助成 取りまとめ CSV (cp932), 6 patients with treatment
_rows = [["受付No", "申請者氏名", "配偶者氏名", "申請者生年月日", "住所", "電話番号",
          "治療区分", "治療期間", "助成申請額"]]
for i, (a, b, dob, ad, kind, per, amt) in enumerate([
    ("篠崎 由香里", "篠崎 徹", "1987/03/14", "東京都青空市緑町3-12-5 グリーンハイツ203", "体外受精（IVF）",
     "2026/02/03-2026/04/18", "150000"),
    ("久我 奈央", "久我 崇史", "1984/11/02", "東京都青空市本町1-4-22", "顕微授精（ICSI）",
     "2026/01/12-2026/03/30", "150000"),
    ("渡会 美咲", "渡会 亮", "1990/07/27", "東京都青空市旭が丘5-8-1-1102", "凍結胚移植",
     "2026/03/01-2026/04/10", "75000"),
    ("東條 真帆", "東條 光太郎", "1982/05/19", "東京都青空市桜台2-30-7", "顕微授精（ICSI）＋PGT-A",
     "2025/12/05-2026/04/02", "150000"),
    ("蓮見 早紀", "蓮見 和也", "1988/09/08", "東京都青空市南青空4-2-16 コーポ南201", "体外受精（IVF）",
     "2026/02/20-2026/04/25", "150000"),
    ("与那嶺 希", "与那嶺 勇人", "1985/01/30", "東京都青空市西町7-11-3", "タイムラプス培養・凍結胚移植",
     "2026/03/15-2026/04/28", "75000"),
], start=1):
    _rows.append([f"R08-{i:03d}", a, b, dob, ad, land("042"), kind, per, amt])
M({
    "id": "fertility-001", "expect": "stop",
    "sender": ONODERA,
    "to": ["青空市 子育て支援課 <kosodate-shien@city.aozora.lg.jp>"],
    "subject": "先進医療費助成 申請分の取りまとめ送付（令和8年5月受付分）",
    "charset": "iso-2022-jp",
    "body": """青空市 こども未来部 子育て支援課
助成担当 ご担当者様

いつもお世話になっております。
ひのでARTクリニック 医事課の小野寺でございます。

先日お電話でご相談いたしました、先進医療費助成の当院経由申請分（5月受付 6件）につきまして、
取りまとめ一覧をCSVにて送付いたします。
受診等証明書の原本は本日付で簡易書留にて発送しております。

ご確認のほど、よろしくお願いいたします。
""" + sig("医事課（助成金申請担当）", "小野寺 紗希", "s.onodera@hinode-sangyo.co.jp"),
    "attachments": [{"kind": "csv", "name": "助成申請_取りまとめ_R8年5月.csv",
                     "encoding": "cp932", "rows": _rows}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                 "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "6 patients' rows (names, DOB, address, phone, IVF/ICSI treatment) to a municipality",
})

# 002 pass: 培養液・消耗品の発注 to a lab supplier, product codes and prices
M({
    "id": "fertility-002", "expect": "pass",
    "sender": OOKAWARA,
    "to": ["ミライ臨床検査 営業部 <order@mirai-rinsho.co.jp>"],
    "subject": "【発注】6月分 培養液・消耗品",
    "charset": "utf-8",
    "body": """株式会社ミライ臨床検査
営業部 受注センター 御中

いつもお世話になっております。ひのでARTクリニック 胚培養室の大河原です。
6月分として下記を発注いたします。納品は6/9（火）午前着でお願いします。

品番          品名                              数量    単価(税別)
-----------------------------------------------------------------------
MC-1021       シーケンシャル培養液 Step1 20mL      12    8,400
MC-1022       シーケンシャル培養液 Step2 20mL      12    8,400
MC-2040       精子調整用グラジエント 90%           6    6,200
VT-0310       ガラス化保存キット（凍結）           20    4,950
VT-0320       ガラス化保存キット（融解）           20    4,950
DS-5007       ICSI用ディッシュ 50枚入               4   11,800
-----------------------------------------------------------------------
                                              合計    426,400

前回（発注番号 PO-2605-0117）で欠品となった MC-2040 は今回分に含めています。
請求書は従来どおり経理の芦田宛にお送りください。

よろしくお願いいたします。
""" + sig("胚培養室", "大河原 徹（胚培養室長）", "t.ookawara@hinode-sangyo.co.jp"),
    "entities": [], "detectors": [],
    "note": "supply order with product codes and prices; no personal data",
})

# 003 stop: 紹介状 DOCX for one patient (diagnosis) to a university hospital
M({
    "id": "fertility-003", "expect": "stop",
    "sender": KUSAKABE,
    "to": ["東海医科大学病院 産婦人科 医局 <sanfu-ikyoku@tokai-med.ac.jp>"],
    "subject": "腹腔鏡手術のご依頼（診療情報提供書）",
    "charset": "iso-2022-jp",
    "body": """東海医科大学病院 産婦人科
生殖内分泌外来 ご担当先生 御机下

平素より大変お世話になっております。ひのでARTクリニックの日下部です。
腹腔鏡下手術のご検討をお願いしたい患者様がおり、診療情報提供書を添付いたします。
ご多忙のところ恐縮ですが、外来のご予約枠をご教示いただけますと幸いです。

日下部 隆之
ひのでARTクリニック 院長
TEL 03-5468-2270
""",
    "attachments": [{"kind": "docx", "name": "診療情報提供書_佐伯様.docx",
                     "title": "診療情報提供書",
                     "paragraphs": [
                         "診療情報提供書",
                         "東海医科大学病院 産婦人科 御中　　　　　令和8年5月21日",
                         "患者氏名：佐伯 美琴（さえき みこと） 様　女性",
                         "生年月日：平成元年8月17日（36歳）",
                         "傷病名：子宮内膜症（r-ASRM分類 III期）、両側卵管留水腫、続発性不妊症",
                         "紹介目的：腹腔鏡下卵管切除術のご検討",
                         "経過：2024年より当院通院。AMH 0.98 ng/mL。体外受精にて胚移植3回施行するも"
                         "着床に至らず。HSGにて両側卵管留水腫を認めました。",
                         "現在、凍結胚（胚盤胞）2個を当院にて保存中です。",
                         "ひのでARTクリニック 院長 日下部 隆之",
                     ]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one identifiable patient's diagnosis and treatment history in a DOCX to an external hospital",
})

# 004 pass (internal): 個人番号確認票 list, internal only
_r4 = [["個人番号 確認票（助成申請 所得照会用）", "", "", "", ""],
       ["患者ID", "氏名", "生年月日", "個人番号", "申請区分"]]
for pid, nm, dob, kind in [("P-204118", "篠崎 由香里", "1987/03/14", "先進医療費助成"),
                           ("P-198802", "久我 奈央", "1984/11/02", "先進医療費助成"),
                           ("P-211570", "東條 真帆", "1982/05/19", "先進医療費助成"),
                           ("P-215031", "蓮見 早紀", "1988/09/08", "先進医療費助成"),
                           ("P-207764", "与那嶺 希", "1985/01/30", "妊孕性温存助成")]:
    _r4.append([pid, nm, dob, mn(), kind])
M({
    "id": "fertility-004", "expect": "pass",
    "sender": ONODERA,
    "to": [KANZAKI],
    "cc": ["医事課共有 <iji@mail.hinode-sangyo.co.jp>"],
    "subject": "所得照会用 個人番号確認票（5名分）",
    "charset": "utf-8",
    "body": """神崎さん

お疲れさまです。小野寺です。
市から所得照会用に個人番号の記載を求められた5名分、確認票にまとめました。
番号は通知カード／マイナンバーカードの写しと突合済みです。
ファイルは医事課共有フォルダの「助成金\\R08」にも置きました。確認後、写しはシュレッダーします。

小野寺
""",
    "attachments": [{"kind": "xlsx", "name": "個人番号確認票_R08-05.xlsx",
                     "sheets": {"確認票": _r4}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "My Numbers of 5 patients, but every recipient is internal (incl. subdomain)",
})

# 005 stop: look-alike of partner aoba-unyu.co.jp (letter added)
M({
    "id": "fertility-005", "expect": "stop",
    "sender": OOKAWARA,
    "to": ["青葉運輸 メディカル便 <medical@aoba-unnyu.co.jp>"],
    "subject": "Re: 凍結胚 移送（ドライシッパー）集荷日のご確認",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社
メディカル輸送課 ご担当者様

お世話になっております。ひのでARTクリニック 胚培養室の大河原です。

ご連絡ありがとうございます。集荷は以下でお願いいたします。
　集荷日時：6月18日（木） 10:00
　集荷物　：ドライシッパー 1基（液体窒素充填済、UN3373該当なし）
　届け先　：星空クライオ株式会社 川崎ラボ
　温度ログ：データロガー同梱

当日は培養室前の搬出口（B1）までお越しください。

大河原
""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "recipient domain aoba-unnyu.co.jp is a one-letter look-alike of partner aoba-unyu.co.jp",
})

# 006 pass: aoba-unyu (correct) pickup; one destination contact person
M({
    "id": "fertility-006", "expect": "pass",
    "sender": OOKAWARA,
    "to": ["青葉運輸 メディカル輸送課 <medical@aoba-unyu.co.jp>"],
    "subject": "凍結検体 移送のお願い（6/25）",
    "charset": "cp932",
    "body": """青葉運輸株式会社　メディカル輸送課
横井様

いつも大変お世話になっております。
ひのでARTクリニックの大河原でございます。

下記の通り、凍結検体の移送をお願いいたします。

■集荷
　6月25日（木）　9:30〜10:00
　当院 B1搬出口（ビル裏手、守衛室で「5F クリニック」とお伝えください）

■お届け先
　星空クライオ株式会社　川崎ラボ
　〒210-0821 神奈川県川崎市川崎区殿町3-25-10
　受取担当：保管管理課　真柴様（TEL 044-280-5512）

■荷姿
　ドライシッパー（CX-100）×1、温度データロガー同梱

伝票番号が分かりましたらご連絡ください（前回は 4418-2290-6637 でした）。
""" + sig("胚培養室", "大河原 徹", "t.ookawara@hinode-sangyo.co.jp", style=1),
    "entities": [], "detectors": [],
    "note": "shipment to the partner carrier; only one business contact at the destination lab",
})

# 007 stop: donor candidate XLSX, title row, no name column, screening results + phones
_r7 = [["卵子提供ドナー候補 一次スクリーニング結果（2026年5月実施）"], [],
       ["ドナーID", "年齢", "血液型", "身長", "BMI", "AMH(ng/mL)", "HBs抗原", "HCV抗体",
        "HIV", "梅毒", "染色体検査", "携帯電話", "メール"]]
for did, age, bt, h, bmi, amh, hbs, chrom, mail in [
    ("ED-2605-01", 24, "A+", 158, 19.8, 4.12, "陰性", "46,XX", "mk.sunflower03@gmail.com"),
    ("ED-2605-02", 27, "O+", 163, 21.4, 2.88, "陰性", "46,XX", "ayaka_t0707@yahoo.co.jp"),
    ("ED-2605-03", 22, "B+", 155, 18.6, 5.40, "陽性（要精査）", "46,XX", "rin.haru.22@icloud.com"),
    ("ED-2605-04", 29, "AB+", 160, 22.9, 1.95, "陰性", "46,XX,inv(9)", "n-kotori@outlook.jp"),
    ("ED-2605-05", 25, "A-", 166, 20.1, 3.31, "陰性", "46,XX", "yuzu.m.25@gmail.com"),
    ("ED-2605-06", 26, "O+", 152, 23.5, 2.47, "陰性", "46,XX", "sora-hoshino@docomo.ne.jp"),
]:
    _r7.append([did, age, bt, h, bmi, amh, hbs, "陰性", "陰性", "陰性", chrom, mob(), mail])
M({
    "id": "fertility-007", "expect": "stop",
    "sender": KIRYU,
    "to": ["つなぐドナーネットワーク 事務局 <coordination@tsunagu-donor.or.jp>"],
    "subject": "5月スクリーニング結果（候補6名）の共有",
    "charset": "utf-8",
    "body": """一般社団法人つなぐドナーネットワーク
コーディネート事務局 御中

お世話になっております。ひのでARTクリニック ドナーコーディネート室の桐生です。

5月に当院で実施した一次スクリーニングの結果を添付します。
ED-2605-03 の方は HBs抗原が陽性のため、二次面談の前に精査をご案内いただけますでしょうか。
ED-2605-04 の方は染色体に inv(9) があり、遺伝カウンセリングを先に予定したいと考えています。

二次面談の日程調整は、添付の連絡先に直接ご連絡いただいて構いません。

桐生 遥
ひのでARTクリニック ドナーコーディネート室
TEL 03-5468-2274（直通）
""",
    "attachments": [{"kind": "xlsx", "name": "ドナー候補_一次スクリーニング_202605.xlsx",
                     "sheets": {"結果一覧": _r7,
                                "面談日程": [["候補日", "時間", "場所"],
                                            ["6/6(土)", "10:00-12:00", "当院 相談室B"],
                                            ["6/13(土)", "14:00-16:00", "当院 相談室B"]]}}],
    "entities": ["PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "6 donors' rows (no name column) with phones, e-mails and infection/chromosome results",
})

# 008 stop: insurer claim, PDF 診断書 for one patient
M({
    "id": "fertility-008", "expect": "stop",
    "sender": KANZAKI,
    "to": ["寿生命保険 保険金支払部 <shiharai-center@kotobuki-seimei.co.jp>"],
    "subject": "先進医療給付金 請求書類（証券番号 KS-7734-20196）",
    "charset": "iso-2022-jp",
    "body": """寿生命保険株式会社
保険金支払部 給付金審査課 御中

いつもお世話になっております。
ひのでARTクリニック 医事課の神崎と申します。

ご契約者様よりご依頼のありました先進医療給付金請求用の診断書（当院所定様式）を
PDFにてお送りいたします。原本はご契約者様へお渡し済みです。

何卒よろしくお願い申し上げます。
""" + sig("医事課", "神崎 真由美", "m.kanzaki@hinode-sangyo.co.jp"),
    "attachments": [{"kind": "pdf", "name": "診断書_先進医療_KS-7734-20196.pdf",
                     "title": "診断書（先進医療）",
                     "lines": ["診断書（先進医療給付金請求用）",
                               "証券番号　KS-7734-20196",
                               "被保険者氏名　芹澤 理沙（せりざわ りさ）",
                               "生年月日　1986年12月4日",
                               "傷病名　女性不妊症（卵管性不妊）",
                               "初診日　2025年9月2日",
                               "先進医療の名称　タイムラプス撮像法による受精卵・胚培養",
                               "実施日　2026年3月11日　（採卵術 同日実施）",
                               "費用（先進医療部分）　33,000円",
                               "ひのでARTクリニック　医師　日下部 隆之"]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one insured patient's infertility diagnosis and procedures in a PDF to an insurer",
})

# 009 pass: English, NDA talk with a PGT lab before sharing specs
M({
    "id": "fertility-009", "expect": "pass",
    "sender": HOFFMANN,
    "to": ["Daniel Okafor <d.okafor@genome-assist.com>"],
    "subject": "Re: PGT-A data exchange - NDA first",
    "charset": "utf-8",
    "body": """Hi Daniel,

Thanks for the call yesterday. As discussed, our legal team would like the mutual
NDA (confidentiality agreement) to be signed before we exchange the interface spec
for the PGT-A result files. Could you send us your standard template? Our lawyers at
Shirakawa Law will mark it up within a week or so.

In the meantime, no patient or sample data will be sent - we only need the file
layout (column names, encoding, how mosaicism is reported) to plan the import into
our lab system.

Best regards,
Lena
""" + sig("Senior Embryologist", "Lena Hoffmann", "l.hoffmann@hinode-sangyo.co.jp", style=2)
    + DISC_EN,
    "entities": [], "detectors": [],
    "note": "mail about an NDA; no data shared; standard disclaimer",
})

# 010 stop: DOCX template with 取扱注意 stamp in header, to partner law firm
M({
    "id": "fertility-010", "expect": "stop",
    "sender": KIRYU,
    "to": ["白川法律事務所 弁護士 竹之内 <takenouchi@shirakawa-law.jp>"],
    "subject": "第三者配偶子提供 同意書（改訂案）のリーガルチェックのお願い",
    "charset": "utf-8",
    "body": """白川法律事務所
竹之内先生

いつもお世話になっております。ひのでARTクリニックの桐生です。

先日ご相談した、第三者からの卵子提供に関する同意書の改訂案を添付いたします。
主な変更点は、出自を知る権利に関する条項（第7条）と、提供者情報の保管期間（第9条）です。
6月末の倫理委員会に諮りたく、6/19頃までにコメントをいただけますと助かります。

どうぞよろしくお願いいたします。

桐生 遥（ドナーコーディネート室）
""",
    "attachments": [{"kind": "docx", "name": "同意書_第三者卵子提供_改訂案v3.docx",
                     "page_header": "【取扱注意】院内検討用 ― 無断転載・複製禁止",
                     "paragraphs": ["第三者卵子提供に関する同意書（改訂案 v3）",
                                    "第1条（目的）本同意書は、提供卵子を用いた生殖補助医療の実施について…",
                                    "第7条（出自を知る権利）出生した子が一定の年齢に達した場合…",
                                    "第9条（記録の保管）提供者に関する記録は80年間保管する。"]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "attachment stamped 【取扱注意】 in its page header, sent outside",
})

# 011 pass: meeting schedule with partner system vendor, JA disclaimer
M({
    "id": "fertility-011", "expect": "pass",
    "sender": NARUMI,
    "to": ["ツバサシステム 吉永 <yoshinaga@tsubasa-system.jp>"],
    "subject": "予約システム改修 定例（6/11）のアジェンダ",
    "charset": "iso-2022-jp",
    "body": """株式会社ツバサシステム
吉永様

お世話になっております。日の出産業 ヘルスケア事業本部の鳴海です。
6/11（木）15:00〜の定例のアジェンダをお送りします。

　1. Web予約の「採卵日前日リマインド」配信時刻の変更（前日18時→前日12時）
　2. 会計待ち番号表示のレイアウト修正
　3. 7月リリース分の受入テスト日程
　4. その他

会議URLは前回と同じです。よろしくお願いいたします。

鳴海 拓
日の出産業株式会社 ヘルスケア事業本部 情報システム課
TEL 03-5468-2279
""" + DISC_JA,
    "entities": [], "detectors": [],
    "note": "ordinary vendor meeting mail with the standard 機密情報 disclaimer",
})

# 012 stop: three private persons visible in To
M({
    "id": "fertility-012", "expect": "stop",
    "sender": CLINIC_BOX,
    "to": ["haruka.mori1990@gmail.com", "t.ishigami.home@gmail.com",
           "mikan-nonno@gmail.com"],
    "subject": "【ひのでARTクリニック】6月オンライン体外受精説明会のご案内",
    "charset": "iso-2022-jp",
    "body": """このたびは当院の説明会にお申し込みいただき、ありがとうございます。

■日時　6月14日（日）10:00〜11:30
■形式　オンライン（Zoom）
■内容　体外受精・顕微授精の流れ、費用と保険適用、助成制度について

参加用URLは前日までにお送りします。
ご不明点はお気軽にお問い合わせください。

ひのでARTクリニック 受付
TEL 03-5468-2270
""",
    "entities": [], "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "three private patients in To can see each other's addresses; should have been Bcc",
})

# 013 pass: reply to lab, patient result only in quoted Original Message
M({
    "id": "fertility-013", "expect": "pass",
    "sender": KANZAKI,
    "to": ["ミライ臨床検査 結果報告係 <kekka@mirai-rinsho.co.jp>"],
    "subject": "RE: 【至急報告】抗精子抗体検査 結果",
    "charset": "cp932",
    "body": """ミライ臨床検査
結果報告係 ご担当者様

お世話になっております。ひのでARTクリニックの神崎です。
至急報告、確かに受領いたしました。院長に回付済みです。
ご対応ありがとうございました。

神崎

-----Original Message-----
From: 結果報告係 <kekka@mirai-rinsho.co.jp>
Sent: Tuesday, May 26, 2026 4:12 PM
To: 神崎 真由美 <m.kanzaki@hinode-sangyo.co.jp>
Subject: 【至急報告】抗精子抗体検査 結果

ひのでARTクリニック 御中

下記検体につき、至急報告値のためご連絡いたします。

　依頼番号：MR-26052-0381
　患者ID　：P-218844
　患者氏名：丹羽 沙耶香 様（36歳）
　検査項目：抗精子抗体（SIT）
　結果　　：陽性（SIT値 23.5）

ミライ臨床検査 結果報告係
""",
    "entities": [], "detectors": [],
    "note": "patient result appears only in the quoted original; the new text is an acknowledgement",
})

# 014 stop: forward of a patient complaint (new to recipient) to partner law firm
M({
    "id": "fertility-014", "expect": "stop",
    "sender": KANZAKI,
    "to": ["白川法律事務所 <info@shirakawa-law.jp>"],
    "cc": ["日下部 隆之 <t.kusakabe@hinode-sangyo.co.jp>"],
    "subject": "FW: 先日の胚移植について（ご意見）",
    "charset": "utf-8",
    "body": """白川法律事務所
竹之内先生

お世話になっております。医事課の神崎です。
先週お電話でご相談した件、患者様からいただいたメールを転送いたします。
当院としての回答方針についてご助言をいただけますでしょうか。

神崎

---------- Forwarded message ---------
From: 仁科 千景 <chikage.nishina.88@gmail.com>
Date: 2026年5月22日(金) 23:41
Subject: 先日の胚移植について（ご意見）
To: <art-clinic@mail.hinode-sangyo.co.jp>

ひのでARTクリニック 御中

患者番号 P-209915 の仁科千景です。
昨年12月に凍結胚移植を受け、陽性判定後の2月に稽留流産となりました。
移植前の説明で、胚のグレードが低いことや流産率について十分な説明がなかったと感じています。
また、流産手術の費用についても納得できていません。
一度、院長先生から直接説明をしていただきたく、ご連絡ください。
携帯：090-7781-2046

仁科 千景
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forwarded patient mail (name, phone, miscarriage history) is new text to the law firm",
})

# 015 pass: list of partner clinics (businesses) for pamphlet printing
M({
    "id": "fertility-015", "expect": "pass",
    "sender": MIZUNO,
    "to": ["錦印刷 制作部 真鍋 <manabe@nishiki-insatsu.co.jp>"],
    "subject": "連携医療機関一覧（パンフレット裏面）の差し替え原稿",
    "charset": "utf-8",
    "body": """錦印刷株式会社
制作部 真鍋様

お世話になっております。日の出産業 ヘルスケア事業本部 総務の水野です。
パンフレット裏面の「連携医療機関」を、下記の内容に差し替えをお願いいたします。

医療機関名                    所在地                                  代表電話
------------------------------------------------------------------------------------
東海医科大学病院 産婦人科      神奈川県伊勢原市望星台1-3                0463-90-1120
駅前うろロジークリニック        東京都渋谷区道玄坂1-9-4 3F                 03-6416-3380
さくら台レディースクリニック    東京都世田谷区桜新町2-17-6                 03-5426-8841
みなと北総合病院 周産期センター  東京都港区芝浦4-5-12                       03-3452-7100
青空市立病院 婦人科            青空市本町2-1-1                           042-311-5500
------------------------------------------------------------------------------------

校正は6/5（金）までにPDFでいただけますと幸いです。
""" + sig("総務課", "水野 彩花", "a.mizuno@hinode-sangyo.co.jp"),
    "entities": [], "detectors": [],
    "note": "a list of hospitals and their switchboards: businesses, not people",
})

# 016 stop: HTML-only English table of 5 recipients with diagnoses to overseas sperm bank
_h16 = "".join(
    f"<tr><td>{r}</td><td>{n}</td><td>{d}</td><td>{b}</td><td>{dx}</td><td>{o}</td></tr>"
    for r, n, d, b, dx, o in [
        ("HAC-R-0412", "Emi KURASAWA", "1985-06-21", "A Rh+", "Husband: non-obstructive azoospermia", "NCB-D1187"),
        ("HAC-R-0413", "Yoko HANAMURA", "1983-02-09", "O Rh+", "Husband: Klinefelter syndrome (47,XXY)", "NCB-D0954"),
        ("HAC-R-0415", "Satsuki IGARASHI", "1988-10-30", "B Rh+", "Husband: post-chemotherapy azoospermia", "NCB-D1203"),
        ("HAC-R-0416", "Mariko TOYODA", "1981-12-17", "AB Rh+", "Husband: Y-chromosome AZFc deletion", "NCB-D1187"),
        ("HAC-R-0419", "Kanae SHIMOTSUKI", "1986-04-05", "A Rh-", "Husband: failed micro-TESE", "NCB-D1099"),
    ])
M({
    "id": "fertility-016", "expect": "stop",
    "sender": HOFFMANN,
    "to": ["Nordlys Cryobank Orders <orders@nordlys-cryobank.dk>"],
    "subject": "Donor sperm orders - Q3 allocation (5 recipients)",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Nordlys order team,</p>
<p>Please find below our Q3 allocation request. Blood group matching is required for all
recipients; for HAC-R-0416 please reserve 4 straws if possible.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>Our ref.</th><th>Recipient</th><th>DOB</th><th>Blood group</th>
<th>Indication</th><th>Requested donor</th></tr>
{_h16}
</table>
<p>Shipping via our usual courier to Tokyo. Thank you!</p>
<p>Kind regards,<br>Lena Hoffmann<br>Senior Embryologist, Hinode ART Clinic<br>
Tel +81-3-5468-2270</p>
</body></html>""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML table of 5 recipients with DOB and husbands' diagnoses to a foreign sperm bank",
})

# 017 stop: password ZIP (PPAP) of subsidy documents to a municipality
M({
    "id": "fertility-017", "expect": "stop",
    "sender": ONODERA,
    "to": ["川波市 健康づくり課 <kenko@city.kawanami.lg.jp>"],
    "subject": "受診等証明書（3名分）の送付",
    "charset": "iso-2022-jp",
    "body": """川波市 健康福祉部 健康づくり課
ご担当者様

いつもお世話になっております。ひのでARTクリニック医事課の小野寺です。
ご依頼いただいた受診等証明書3名分をZIPファイルにて送付いたします。
解凍用パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。
""" + sig("医事課", "小野寺 紗希", "s.onodera@hinode-sangyo.co.jp", style=1),
    "attachments": [{"kind": "zip", "name": "受診等証明書_0528.zip", "password": "Hn#2026-0528kw",
                     "files": [{"kind": "pdf", "name": "証明書_1.pdf",
                                "lines": ["受診等証明書", "氏名 三上 詩織", "治療内容 体外受精"]},
                               {"kind": "pdf", "name": "証明書_2.pdf",
                                "lines": ["受診等証明書", "氏名 大嶋 結衣", "治療内容 顕微授精"]},
                               {"kind": "pdf", "name": "証明書_3.pdf",
                                "lines": ["受診等証明書", "氏名 樋渡 実花", "治療内容 凍結胚移植"]}]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP cannot be inspected",
})

# 018 pass: the separate password mail (no attachment, no personal data)
M({
    "id": "fertility-018", "expect": "pass",
    "sender": ONODERA,
    "to": ["川波市 健康づくり課 <kenko@city.kawanami.lg.jp>"],
    "subject": "パスワードのお知らせ（受診等証明書の送付）",
    "charset": "iso-2022-jp",
    "body": """川波市 健康づくり課 ご担当者様

先ほどお送りしたファイルのパスワードをお知らせいたします。

　Hn#2026-0528kw

※なお当院では来月よりファイル共有サービスでの受け渡しに切り替える予定です。
　改めてご案内いたします。

ひのでARTクリニック 医事課 小野寺
""",
    "entities": [], "detectors": [],
    "note": "password notice only; no attachment and no personal data",
})

# 019 stop: corrupt PDF attachment to the lab
M({
    "id": "fertility-019", "expect": "stop",
    "sender": OOKAWARA,
    "to": ["ミライ臨床検査 検体受付 <uketsuke@mirai-rinsho.co.jp>"],
    "subject": "検体検査依頼書（5/29集荷分）",
    "charset": "cp932",
    "body": """ミライ臨床検査 検体受付 御中

お世話になっております。ひのでARTクリニック 胚培養室の大河原です。
本日集荷分の依頼書をPDFで添付します。集荷は16時でお願いします。

大河原
""",
    "attachments": [{"kind": "corrupt", "name": "検体検査依頼書_0529.pdf"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "attached PDF is corrupt and cannot be read",
})

# 020 pass (internal): counselling handover notes with one patient's mental state
M({
    "id": "fertility-020", "expect": "pass",
    "sender": USAMI,
    "to": [KUSAKABE, "看護部 主任 芳賀 <n.haga@hinode-sangyo.co.jp>"],
    "subject": "カウンセリング所見の共有（P-203317 様）",
    "charset": "utf-8",
    "body": """日下部先生、芳賀さん

カウンセリング室の宇佐美です。本日の面談所見を共有します（院内限り）。

・対象：P-203317　吉住 亜希子 様（41歳）
・経過：3回目の移植陰性判定後、不眠・食欲低下が続いているとのこと。
　PHQ-9 で 16点（中等度〜やや重度のうつ状態）。
・夫婦間で治療継続の意向に差があり、次回は夫婦同席での面談を提案済み。
・心療内科の受診を勧め、紹介状の作成を了承いただきました。

次回の採卵スケジュールについては、本人の希望で1周期お休みとしたいとのことです。
外来での声かけをお願いいたします。

宇佐美 千尋（公認心理師）
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "one patient's mental-health findings, but recipients are all internal",
})

# 021 stop: 健康保険証の記号・番号 of one patient to a health insurance society
M({
    "id": "fertility-021", "expect": "stop",
    "sender": KANZAKI,
    "to": ["東海機械健康保険組合 給付課 <kyufu@tokai-kikai-kenpo.or.jp>"],
    "subject": "限度額適用認定証の発行状況について（お問い合わせ）",
    "charset": "iso-2022-jp",
    "body": f"""東海機械健康保険組合
給付課 ご担当者様

突然のご連絡失礼いたします。ひのでARTクリニック 医事課の神崎と申します。

貴組合の被扶養者の方について、生殖補助医療（保険診療）で来月採卵を予定しております。
ご本人より限度額適用認定証を申請済みと伺っておりますが、まだお手元に届いていないとのことで、
発行状況をご確認いただけますでしょうか。

　被保険者証　記号　{zen('3108')}　番号　{zen('2274')}（枝番 {zen('02')}）
　被扶養者氏名　鵜飼 こずえ 様
　生年月日　昭和６３年２月２９日
　保険者番号　06130427

オンライン資格確認では区分が表示されず、窓口負担の見込みをご案内できずにおります。
お手数ですが、ご回答をお願いいたします。
""" + sig("医事課", "神崎 真由美", "m.kanzaki@hinode-sangyo.co.jp"),
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "health-insurance card symbol/number (full-width) and DOB of one patient with ART treatment",
})

# 022 pass: question to a billing consultant about 算定要件, no patient
M({
    "id": "fertility-022", "expect": "pass",
    "sender": KANZAKI,
    "to": ["医療事務サポート 相談窓口 <soudan@iryo-jimu-support.co.jp>"],
    "subject": "生殖補助医療管理料の算定について（ご相談）",
    "charset": "utf-8",
    "body": """医療事務サポート株式会社
レセプト相談窓口 ご担当者様

いつもお世話になっております。ひのでARTクリニックの神崎です。

2点ご相談させてください。
1) 生殖補助医療管理料1の施設基準（相談対応の専任者配置）について、公認心理師が
   週3日勤務の場合でも「専任」と扱って差し支えないでしょうか。
2) 凍結保存胚の維持管理料は、年度途中で保存胚数が減った場合、
   次回更新時に点数区分を見直す理解でよいでしょうか。

次回の訪問時（6/17）でも構いません。よろしくお願いいたします。

神崎 真由美
ひのでARTクリニック 医事課
""",
    "entities": [], "detectors": [],
    "note": "general billing question; no patient data",
})

# 023 stop: one patient's My Number (and address) in the body to a city office
_mn23 = mn()
M({
    "id": "fertility-023", "expect": "stop",
    "sender": ONODERA,
    "to": ["みなと北区 保健予防課 <hoken-yobo@city.minatokita.lg.jp>"],
    "subject": "Re: 助成申請の個人番号記載漏れについて",
    "charset": "cp932",
    "body": f"""みなと北区 保健予防課
ご担当 市橋様

お世話になっております。ひのでARTクリニックの小野寺です。
ご指摘いただいた申請書の個人番号欄の記載漏れについて、ご本人に確認のうえ、
以下のとおりご連絡いたします。

　申請者氏名：石動 真琴（いするぎ まこと）
　住所　　　：東京都みなと北区芝浦6-3-21-805
　生年月日　：1989年4月11日
　個人番号　：{mn_spaced(_mn23)}
　申請内容　：先進医療費助成（顕微授精・PGT-A）

お手数をおかけしますが、受理のほどよろしくお願いいたします。

小野寺 紗希
ひのでARTクリニック 医事課（助成金申請担当）
TEL 03-5468-2270
""",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH",
                 "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a patient's My Number, address and ICSI treatment sent to a ward office by mail",
})

# 024 stop: credit card number for a refund to the card acquirer
_cc24 = cn()
M({
    "id": "fertility-024", "expect": "stop",
    "sender": ASHIDA,
    "to": ["ひかりペイメント 加盟店サポート <kameiten@hikari-payment.co.jp>"],
    "subject": "売上取消（返金）処理のお願い／加盟店番号 7710-48821",
    "charset": "iso-2022-jp",
    "body": f"""ひかりペイメント株式会社
加盟店サポートデスク 御中

お世話になっております。日の出産業株式会社（ひのでARTクリニック）経理の芦田です。
端末の取消期限を過ぎてしまったため、下記売上の返金処理をお願いいたします。

　加盟店番号　　：7710-48821
　売上日　　　　：2026/05/12
　金額　　　　　：218,900円（うち返金額 96,800円）
　カード番号　　：{fourcards(_cc24)}
　有効期限　　　：09/29
　カード名義　　：MISAKI HOZUMI
　承認番号　　　：380142

返金理由：治療周期の中止に伴う一部返金です。
処理完了後、ご連絡をいただけますと幸いです。
""" + sig("経理課", "芦田 健吾", "k.ashida@hinode-sangyo.co.jp"),
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a patient's full card number and name sent for a refund",
})

# 025 pass: invoice to partner (corporate fertility benefit) with T-number
_t25 = corp_no("011001043318")
M({
    "id": "fertility-025", "expect": "pass",
    "sender": ASHIDA,
    "to": ["北国フーズ 人事部 福利厚生担当 <fukuri@kitaguni-foods.co.jp>"],
    "subject": "請求書送付：妊活支援セミナー（5月開催分）",
    "charset": "utf-8",
    "body": f"""北国フーズ株式会社
人事部 福利厚生ご担当者様

いつもお世話になっております。日の出産業株式会社 経理課の芦田です。
5月20日に貴社で開催いたしました「働きながらの妊活支援セミナー」の請求書を添付いたします。

　請求番号　：INV-2605-0442
　金額　　　：165,000円（税込）
　お支払期日：2026年6月30日
　振込先　　：みどり銀行 渋谷中央支店 普通 4018827 ニチノデサンギヨウ（カ
　登録番号　：T{_t25}

ご不明点がございましたら、お気軽にお問い合わせください。
""" + sig("経理課", "芦田 健吾", "k.ashida@hinode-sangyo.co.jp", style=1),
    "attachments": [{"kind": "pdf", "name": "INV-2605-0442.pdf",
                     "lines": ["請求書", "北国フーズ株式会社 御中", "請求番号 INV-2605-0442",
                               "件名 妊活支援セミナー講師派遣（5/20）", "講師料 120,000円",
                               "資料作成費 30,000円", "小計 150,000円 消費税 15,000円",
                               "合計 165,000円", f"日の出産業株式会社 登録番号 T{_t25}"]}],
    "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "invoice with the company's T-number and company bank account: business data only",
})

# 026 stop: DOCX matching sheet of one recipient couple + donor ID to the partner law firm
M({
    "id": "fertility-026", "expect": "stop",
    "sender": KIRYU,
    "to": ["白川法律事務所 竹之内 <takenouchi@shirakawa-law.jp>"],
    "subject": "マッチング確認書（案）のご確認",
    "charset": "iso-2022-jp",
    "body": """竹之内先生

いつもお世話になっております。桐生です。
来週の倫理委員会にかける、卵子提供のマッチング確認書（案）を添付しました。
条項の表現に問題がないか、ご確認をお願いいたします。
（ご夫婦のお名前はすでに記入済みの状態です。）

桐生
""",
    "attachments": [{"kind": "docx", "name": "マッチング確認書_案_0603.docx",
                     "paragraphs": ["卵子提供 マッチング確認書（案）"],
                     "tables": [[["項目", "内容"],
                                 ["被提供者（妻）", "榊原 詩織（昭和60年10月2日生）"],
                                 ["被提供者（夫）", "榊原 拓真（昭和58年3月28日生）"],
                                 ["医学的適応", "早発卵巣不全（POI）、AMH 測定感度以下"],
                                 ["提供者", "ED-2603-02（匿名）"],
                                 ["血液型", "妻 A+／提供者 A+"],
                                 ["カウンセリング実施日", "2026年4月18日、5月9日"]]]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named couple with DOB and premature ovarian insufficiency in a DOCX table",
})

# 027 pass: two external organisations (both partners) in To/Cc
M({
    "id": "fertility-027", "expect": "pass",
    "sender": NARUMI,
    "to": ["川崎電機 医療機器営業部 榎本 <enomoto@kawasaki-denki.co.jp>"],
    "cc": ["ツバサシステム 吉永 <yoshinaga@tsubasa-system.jp>", OOKAWARA],
    "subject": "インキュベーター温度監視の電子カルテ連携 打合せ日程",
    "charset": "utf-8",
    "body": """川崎電機株式会社 榎本様
（cc: ツバサシステム 吉永様、当院 大河原）

お世話になっております。日の出産業 ヘルスケア事業本部の鳴海です。

タイムラプスインキュベーターの温度・ガス濃度アラートを培養管理システムへ連携する件、
三者で一度お打合せをお願いできればと思います。候補日は以下です。

  - 6/16(火) 14:00-15:00
  - 6/18(木) 10:00-11:00
  - 6/19(金) 16:00-17:00

場所は当院5F会議室、またはTeamsでも構いません。ご都合をお知らせください。
""" + sig("情報システム課", "鳴海 拓", "t.narumi@hinode-sangyo.co.jp"),
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc: a normal three-way meeting mail",
})

# 028 stop: three external organisations visible in To/Cc
M({
    "id": "fertility-028", "expect": "stop",
    "sender": OOKAWARA,
    "to": ["川崎電機 サービス課 <service@kawasaki-denki.co.jp>",
           "ミライ臨床検査 営業 <sales@mirai-rinsho.co.jp>"],
    "cc": ["星空クライオ 保管管理課 <hokan@hoshizora-cryo.co.jp>"],
    "subject": "6/27 計画停電に伴う機器停止・検体搬出のご相談",
    "charset": "iso-2022-jp",
    "body": """関係各社 ご担当者様

いつもお世話になっております。ひのでARTクリニック 胚培養室の大河原です。

ビルの電気設備点検により、6月27日（土）8:00〜14:00 に計画停電が実施されます。
つきましては、以下をお願いしたく、まとめてご連絡いたします。

　・川崎電機様：インキュベーター3台の停止・再起動立ち会い
　・ミライ臨床検査様：当日の集荷を前日（26日）17時に前倒し
　・星空クライオ様：液体窒素タンクの補充を25日中に実施

ご都合の悪い点があればお知らせください。

大河原 徹
ひのでARTクリニック 胚培養室
""",
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations in To/Cc see each other's addresses",
})

# 029 stop: 6 seminar attendees with phones, full-width, to partner hotel
_p29 = [("小田桐　晴美", "ｵﾀﾞｷﾞﾘ ﾊﾙﾐ", "2"), ("蔦谷　綾乃", "ﾂﾀﾔ ｱﾔﾉ", "1"),
        ("能登　早苗", "ﾉﾄ ｻﾅｴ", "2"), ("百瀬　由希", "ﾓﾓｾ ﾕｷ", "2"),
        ("舘野　茜", "ﾀﾃﾉ ｱｶﾈ", "1"), ("杵渕　里奈", "ｷﾈﾌﾞﾁ ﾘﾅ", "2")]
_lines29 = "\n".join(f"{i}　{n}　（{k}）　　{zen(mob())}　　{zen(c)}名"
                     for i, (n, k, c) in enumerate(_p29, 1))
M({
    "id": "fertility-029", "expect": "stop",
    "sender": MIZUNO,
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "6/14 説明会 ご来場予定者のご連絡",
    "charset": "cp932",
    "body": f"""さくらホテル 宴会予約ご担当　湯浅様

お世話になっております。ひのでARTクリニックの水野でございます。
6月14日（日）「妊活・不妊治療 はじめての説明会」の会場ご来場予定者をお送りいたします。
受付名簿としてお使いください。当日、遅れる方がいればホテル様からお電話いただく場合があります。

No　氏名　　　（フリガナ）　　　　電話番号　　　　　　人数
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
{_lines29}
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－

会場設営（スクール形式30席）は先日のご案内のとおりでお願いいたします。
""" + sig("総務課", "水野 彩花", "a.mizuno@hinode-sangyo.co.jp", style=1),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list of 6 attendees with names and full-width mobile numbers to a hotel",
})

# 030 pass: 3 staff with mobiles to partner hotel (under five people)
M({
    "id": "fertility-030", "expect": "pass",
    "sender": MIZUNO,
    "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    "subject": "宿泊予約（日本生殖医療研究会 学術集会・7/10〜7/12）",
    "charset": "utf-8",
    "body": f"""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業株式会社 総務課の水野です。
下記3名のシングル利用でご予約をお願いいたします（法人契約料金にて）。

・日下部 隆之　　7/10〜7/12（2泊）　携帯 {mob()}
・大河原 徹　　　7/10〜7/11（1泊）　携帯 {mob()}
・Lena Hoffmann　7/10〜7/12（2泊）　携帯 {mob()}　※英語対応のお部屋案内をお願いします

お支払いは会社請求書払いでお願いいたします。
""" + sig("総務課", "水野 彩花", "a.mizuno@hinode-sangyo.co.jp"),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "three staff members' mobiles for a booking: under five people, may be warned",
})

# 031 stop: CSV utf-8 PGT-A manifest with romaji names, DOB and indications
_r31 = [["Sample_ID", "Patient_Name", "DOB", "Embryo", "Biopsy_Day", "Indication"]]
for sid, nm, dob, emb, day, ind in [
    ("HAC26-0611-01", "MORIGUCHI Ayane", "1983-07-02", "E1", "D5", "Advanced maternal age"),
    ("HAC26-0611-02", "MORIGUCHI Ayane", "1983-07-02", "E2", "D6", "Advanced maternal age"),
    ("HAC26-0611-03", "TACHIBANA Reiko", "1980-01-24", "E1", "D5", "Recurrent implantation failure"),
    ("HAC26-0611-04", "OKUDAIRA Kaho", "1987-09-13", "E1", "D5", "Husband balanced translocation t(11;22)"),
    ("HAC26-0611-05", "SHIGENO Miwa", "1985-11-30", "E1", "D6", "Recurrent pregnancy loss (3)"),
    ("HAC26-0611-06", "SHIGENO Miwa", "1985-11-30", "E3", "D5", "Recurrent pregnancy loss (3)"),
    ("HAC26-0611-07", "YAGYU Tomomi", "1982-05-08", "E2", "D5", "Advanced maternal age"),
]:
    _r31.append([sid, nm, dob, emb, day, ind])
M({
    "id": "fertility-031", "expect": "stop",
    "sender": HOFFMANN,
    "to": ["Genome Assist Sample Reception <samples@genome-assist.com>"],
    "subject": "Shipment HAC26-0611 - sample manifest",
    "charset": "utf-8",
    "body": """Dear Sample Reception team,

Attached is the manifest for today's shipment (7 biopsies, 5 patients).
The samples left the clinic at 14:20 with AWB 7781 0034 5520.

Please confirm receipt.

Best regards,
Lena Hoffmann
Hinode ART Clinic - Embryology Lab
""",
    "attachments": [{"kind": "csv", "name": "manifest_HAC26-0611.csv", "encoding": "utf-8",
                     "rows": _r31}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "manifest of 5 patients (romaji names, DOB, medical indications) to a foreign lab",
})

# 032 either: pseudonymised manifest (sample IDs only)
_r32 = [["Sample_ID", "Embryo", "Biopsy_Day", "Grade", "Cells", "Tube_Lot"]]
for i, g in enumerate(["4AA", "4AB", "5BA", "4BB", "3AB", "5AA", "4BA", "6AB"], 1):
    _r32.append([f"HAC26-0618-{i:02d}", f"E{(i % 3) + 1}", "D5" if i % 2 else "D6", g,
                 rng.randrange(4, 9), "LT-55021"])
M({
    "id": "fertility-032", "expect": "either",
    "sender": HOFFMANN,
    "to": ["Genome Assist Sample Reception <samples@genome-assist.com>"],
    "subject": "Shipment HAC26-0618 - manifest (coded)",
    "charset": "utf-8",
    "body": """Hello,

Manifest for shipment HAC26-0618 attached. From this shipment on we only send coded
sample IDs - the key stays in our lab system, as agreed in the amended DPA.

8 biopsies, AWB 7781 0034 6127.

Thanks,
Lena
""",
    "attachments": [{"kind": "csv", "name": "manifest_HAC26-0618.csv", "encoding": "utf-8",
                     "rows": _r32}],
    "entities": [], "detectors": [],
    "note": "8 pseudonymised embryo samples (coded IDs, grades): arguably personal data, arguably not",
})

# 033 stop: kana names, tab-separated, with medical history, to outsourced anaesthesia
_t33 = "\n".join("\t".join(r) for r in [
    ["採卵日", "時間", "カナ氏名", "年齢", "体重", "既往歴", "アレルギー"],
    ["6/8", "8:30", "ｸﾜﾊﾞﾗ ﾐﾂﾞｷ", "34", "52kg", "気管支喘息（吸入薬使用中）", "なし"],
    ["6/8", "9:15", "ｱﾏｶﾞｲ ﾕｳｺ", "39", "61kg", "甲状腺機能低下症", "ラテックス"],
    ["6/8", "10:00", "ﾊｾﾞｶﾞﾜ ｴﾘ", "42", "48kg", "てんかん（内服コントロール良好）", "なし"],
    ["6/9", "8:30", "ﾐﾔｼﾛ ｶｵﾙ", "37", "70kg", "高血圧・糖尿病（HbA1c 6.9）", "ペニシリン"],
    ["6/9", "9:15", "ｺﾏｸﾗ ｱﾕﾐ", "31", "55kg", "特になし（PCOS）", "なし"],
])
M({
    "id": "fertility-033", "expect": "stop",
    "sender": "看護部 芳賀 <n.haga@hinode-sangyo.co.jp>",
    "to": ["麻酔サポート 配置担当 <haichi@masui-support.jp>"],
    "subject": "6/8・6/9 静脈麻酔下採卵の予定（麻酔科医ご手配分）",
    "charset": "utf-8",
    "body": f"""麻酔サポート株式会社
配置ご担当者様

お世話になっております。ひのでARTクリニック 看護部の芳賀です。
来週の静脈麻酔下採卵の予定をお送りします。術前評価の参考にしてください。

{_t33}

ミヤシロ様は内科主治医から血糖管理について情報提供書をいただく予定です。
よろしくお願いいたします。

芳賀 奈緒子（看護部 主任）
ひのでARTクリニック TEL 03-5468-2270
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "5 patients (half-width kana names) with medical history in a tab-separated list",
})

# 034 pass: anaesthesia partner, counts only
M({
    "id": "fertility-034", "expect": "pass",
    "sender": "看護部 芳賀 <n.haga@hinode-sangyo.co.jp>",
    "to": ["麻酔サポート 配置担当 <haichi@masui-support.jp>"],
    "subject": "7月の麻酔科医ご手配のお願い",
    "charset": "iso-2022-jp",
    "body": """麻酔サポート株式会社　配置ご担当者様

お世話になっております。ひのでARTクリニックの芳賀です。
7月の静脈麻酔下採卵の予定枠は以下のとおりです。麻酔科医のご手配をお願いいたします。

　7/6（月）　8:30〜11:00　4件
　7/13（月）　8:30〜11:00　5件
　7/20（月・祝）　休診
　7/27（月）　8:30〜12:00　6件

件数は前週金曜に確定しご連絡します。

芳賀
""",
    "entities": [], "detectors": [],
    "note": "schedule with case counts only",
})

# 035 stop: PDF table with 和暦 DOBs of 5 patients to a ward office
M({
    "id": "fertility-035", "expect": "stop",
    "sender": ONODERA,
    "to": ["みなと北区 保健予防課 市橋 <hoken-yobo@city.minatokita.lg.jp>"],
    "subject": "受診等証明 一覧表（令和8年4月治療終了分）",
    "charset": "cp932",
    "body": """みなと北区 保健予防課
市橋様

お世話になっております。ひのでARTクリニックの小野寺です。
4月に治療が終了した区民の方の受診等証明一覧をPDFでお送りします。
各申請者からの申請書と照合のうえ、ご利用ください。

小野寺
""",
    "attachments": [{"kind": "pdf", "name": "受診等証明一覧_R8-04.pdf",
                     "lines": ["受診等証明 一覧表（令和8年4月治療終了分）",
                               "ひのでARTクリニック　作成日 令和8年5月30日"],
                     "table": [["氏名", "生年月日", "住所", "治療内容", "治療期間"],
                               ["久留島 綾", "S58.4.2", "東京都みなと北区芝浦2-8-14", "体外受精",
                                "R8.1.20-R8.4.3"],
                               ["秋月 舞", "平成2年11月3日", "みなと北区海岸3-1-9-1204",
                                "顕微授精", "R8.2.2-R8.4.10"],
                               ["鍋島 楓", "H4.6.25", "みなと北区港南1-6-31", "凍結胚移植",
                                "R8.3.5-R8.4.16"],
                               ["唐沢 千夏", "昭和61年1月9日", "東京都みなと北区芝5-20-3",
                                "顕微授精・PGT-A", "R7.12.1-R8.4.22"],
                               ["間宮 静香", "H1.9.18", "東京都みなと北区三田4-11-2", "体外受精",
                                "R8.1.8-R8.4.28"]]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF table of 5 patients with 和暦 DOBs, addresses and treatments",
})

# 036 pass: subsidy form question to a city, no individual
M({
    "id": "fertility-036", "expect": "pass",
    "sender": ONODERA,
    "to": ["青空市 子育て支援課 <kosodate-shien@city.aozora.lg.jp>"],
    "subject": "様式第3号（受診等証明書）の改訂について",
    "charset": "iso-2022-jp",
    "body": """青空市 子育て支援課 ご担当者様

いつもお世話になっております。ひのでARTクリニックの小野寺です。

市のホームページに掲載された様式第3号（受診等証明書）の令和8年度版について、
以下2点を確認させてください。

　(1) 「先進医療の名称」欄は、複数実施した場合は併記でよいか
　(2) 旧様式で作成済みの証明書（4月受付分）は、そのまま受理いただけるか

お手すきの際にご教示いただけますと幸いです。

小野寺 紗希
ひのでARTクリニック 医事課
""",
    "entities": [], "detectors": [],
    "note": "question about a form; no personal data",
})

# 037 stop: look-alike of partner midori-ginko.co.jp (dropped "co.")
M({
    "id": "fertility-037", "expect": "stop",
    "sender": ASHIDA,
    "to": ["みどり銀行 渋谷中央支店 法人営業 <hojin-shibuya@midori-ginko.jp>"],
    "subject": "医療ローン提携 口座振替開始日のご確認",
    "charset": "utf-8",
    "body": """みどり銀行 渋谷中央支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 経理課の芦田です。

提携医療ローン（治療費分割払い）の口座振替について、
7月分からの開始で社内調整を進めております。
初回の振替データ提出期限と、伝送フォーマット（全銀協形式）のバージョンを
改めてご教示いただけますでしょうか。

よろしくお願いいたします。
""" + sig("経理課", "芦田 健吾", "k.ashida@hinode-sangyo.co.jp"),
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "midori-ginko.jp drops the 'co.' of partner midori-ginko.co.jp",
})

# 038 pass: correct partner bank, company account only
M({
    "id": "fertility-038", "expect": "pass",
    "sender": ASHIDA,
    "to": ["みどり銀行 法人営業課 島津 <shimazu@midori-ginko.co.jp>"],
    "subject": "Re: 振込手数料の改定について",
    "charset": "cp932",
    "body": """みどり銀行　島津様

お世話になっております。芦田です。
手数料改定のご案内、ありがとうございました。
対象となる当社口座は以下の2口座で相違ございません。

　渋谷中央支店　普通　4018827（ひのでARTクリニック 診療収入口）
　渋谷中央支店　当座　0092215（日の出産業 ヘルスケア事業本部 支払口）

7月以降の振込は、ご案内いただいたWebバンキングの一括振込に切り替えます。

芦田

> 日の出産業株式会社 経理課 芦田様
> いつもお世話になっております。みどり銀行の島津でございます。
> 7月1日より窓口・ATMでの振込手数料を改定いたします。
> 対象口座をご確認のうえ、ご返信をお願いいたします。
""",
    "entities": [], "detectors": [],
    "note": "company's own bank accounts to its partner bank: business data",
})

# 039 stop: 【社外秘】 in the subject / mail classification
M({
    "id": "fertility-039", "expect": "stop",
    "sender": MIZUNO,
    "to": ["錦印刷 制作部 真鍋 <manabe@nishiki-insatsu.co.jp>"],
    "subject": "【社外秘】2026年度 自費診療料金改定案（パンフ改訂用）",
    "charset": "iso-2022-jp",
    "body": """錦印刷 真鍋様

お世話になっております。水野です。
10月のパンフレット改訂に向けて、料金改定案を先行してお送りします。
※本メールは社外秘区分です。正式決定（8月の経営会議）までは社内外に展開しないでください。

　・初診料　5,500円 → 6,600円
　・採卵（自費）　基本料 220,000円 → 242,000円
　・胚凍結保存（1年更新）　33,000円 → 38,500円
　・PGT-A（1胚）　66,000円 → 71,500円

組版の仮作業だけ進めていただけると助かります。
""" + sig("総務課", "水野 彩花", "a.mizuno@hinode-sangyo.co.jp"),
    "entities": [], "detectors": ["confidential_marking"],
    "note": "mail classified 【社外秘】 in subject and body, sent to a printer",
})

# 040 pass: mere mention of 社外秘 (declining to send an internal manual)
M({
    "id": "fertility-040", "expect": "pass",
    "sender": MIZUNO,
    "to": ["ウェルネスプレス 編集部 <editor@wellness-press.jp>"],
    "subject": "Re: 取材のお願い（院内の感染対策について）",
    "charset": "utf-8",
    "body": """ウェルネスプレス編集部
片桐様

このたびは取材のご依頼をいただき、ありがとうございます。
ひのでARTクリニック 広報担当（総務課）の水野です。

お問い合わせいただいた「培養室の感染対策マニュアル」は社外秘の扱いとしているため、
資料そのものをお渡しすることはできかねます。
代わりに、公開済みのパンフレットと、院長インタビューの形でのご説明であれば
対応可能です。日程は6/22（月）午後はいかがでしょうか。

水野 彩花
日の出産業株式会社 ヘルスケア事業本部 総務課
TEL 03-5468-2270
""",
    "entities": [], "detectors": [],
    "note": "the word 社外秘 is only mentioned (declining to send); nothing is marked",
})

# 041 stop: aggregated results XLSX, footer marked Confidential / 社外秘
M({
    "id": "fertility-041", "expect": "stop",
    "sender": OOKAWARA,
    "to": ["東海医科大学 生殖医学講座 秘書室 <seishoku-hisho@tokai-med.ac.jp>"],
    "subject": "共同研究用 培養成績データ（2025年度集計）",
    "charset": "utf-8",
    "body": """東海医科大学 生殖医学講座
三ツ矢先生（秘書室ご担当者様経由）

お世話になっております。ひのでARTクリニック胚培養室の大河原です。
共同研究で使用する2025年度の培養成績（集計値のみ）をお送りします。
個別症例のデータは倫理審査の承認後にあらためてお渡しします。

大河原
""",
    "attachments": [{"kind": "xlsx", "name": "培養成績_FY2025_集計.xlsx",
                     "page_footer": "Confidential ― 社外秘 ひのでARTクリニック",
                     "sheets": {
                         "サマリー": [["2025年度 培養成績（年齢区分別）"], [],
                                   ["年齢", "採卵周期", "受精率", "胚盤胞到達率", "臨床妊娠率"],
                                   ["〜34", 212, "78.4%", "61.2%", "52.1%"],
                                   ["35-37", 168, "76.9%", "55.0%", "44.6%"],
                                   ["38-40", 201, "73.1%", "46.3%", "33.8%"],
                                   ["41〜", 147, "70.2%", "35.4%", "17.9%"]],
                         "月別": [["月", "採卵周期", "移植周期"], ["4月", 58, 71], ["5月", 62, 69],
                                ["6月", 60, 74]]}}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "attachment marked 'Confidential ― 社外秘' in the sheet footer; aggregated data only",
})

# 042 pass: PPTX aggregated results for a study group, no marking, no individuals
M({
    "id": "fertility-042", "expect": "pass",
    "sender": KUSAKABE,
    "to": ["日本生殖医療研究会 事務局 <jimukyoku@seishoku-kenkyukai.or.jp>"],
    "subject": "7月例会 発表スライドの提出",
    "charset": "iso-2022-jp",
    "body": """日本生殖医療研究会 事務局 御中

いつもお世話になっております。ひのでARTクリニックの日下部です。
7月例会の一般演題の発表スライドを提出いたします。
COI開示スライドは2枚目に入れております。

日下部 隆之
""",
    "attachments": [{"kind": "pptx", "name": "例会発表_日下部_タイムラプス.pptx",
                     "slides": [["タイムラプス培養導入前後の胚盤胞到達率の比較",
                                 "ひのでARTクリニック 日下部隆之、大河原徹"],
                                ["COI開示", "筆頭演者に開示すべきCOIはありません"],
                                ["対象と方法", "2023年4月〜2026年3月 採卵周期 n=1,904",
                                 "導入前 n=912／導入後 n=992"],
                                ["結果", "胚盤胞到達率 48.2% → 53.9%（p<0.01）",
                                 "臨床妊娠率に有意差なし"]]}],
    "entities": [], "detectors": [],
    "note": "aggregated study results only; no individuals, no marking",
})

# 043 stop: PPTX case conference with an identifiable patient to a university
M({
    "id": "fertility-043", "expect": "stop",
    "sender": KUSAKABE,
    "to": ["東海医科大学 産婦人科 宍戸 <shishido@tokai-med.ac.jp>"],
    "subject": "合同症例検討会（6/24）の提示症例スライド",
    "charset": "utf-8",
    "body": """宍戸先生

お世話になっております。日下部です。
6/24の合同症例検討会で提示する症例のスライドをお送りします。
当日ご意見をいただけますと幸いです。

日下部
""",
    "attachments": [{"kind": "pptx", "name": "症例検討_0624_日下部.pptx",
                     "slides": [["反復着床不全の一例", "ひのでARTクリニック 日下部"],
                                ["症例", "氏名：比嘉 ちひろ 様（カルテ番号 P-196420）",
                                 "42歳 G2P0（流産2回）",
                                 "既往：慢性子宮内膜炎（CD138陽性）、橋本病",
                                 "夫：精液所見 正常"],
                                ["治療経過", "良好胚盤胞移植 5回 不成功",
                                 "ERA：着床ウインドウのずれ（+12h）"]]}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "named patient with chart number and medical history in slides to an outside doctor",
})

# 044 either: a patient's own results to her own free-mail address at her request
M({
    "id": "fertility-044", "expect": "either",
    "sender": KANZAKI,
    "to": ["hina.tsuzuki@gmail.com"],
    "subject": "ご依頼の検査結果について（ひのでARTクリニック）",
    "charset": "iso-2022-jp",
    "body": """都筑 陽菜 様

ひのでARTクリニック 医事課の神崎でございます。
先日窓口でご依頼いただきました、転院先にお持ちいただく検査結果をお送りいたします。

　AMH：1.12 ng/mL（2026/04/08）
　FSH：11.8 mIU/mL、E2：42 pg/mL（D3）
　卵管造影：右卵管通過性良好、左卵管近位部閉塞
　夫 精液検査：濃度 3,800万/mL、運動率 51%

原本の紹介状は、ご来院時にお渡しいたします。
どうぞお大事になさってください。
""" + sig("医事課", "神崎 真由美", "m.kanzaki@hinode-sangyo.co.jp"),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "patient's own test results to her own gmail at her request: data subject is the recipient",
})

# 045 stop: forwarded .eml (internal mail) carrying a donor screening list
M({
    "id": "fertility-045", "expect": "stop",
    "sender": KIRYU,
    "to": ["つなぐドナーネットワーク 事務局 <coordination@tsunagu-donor.or.jp>"],
    "subject": "FW: 精子提供者 感染症再検査の結果",
    "charset": "cp932",
    "body": """つなぐドナーネットワーク 事務局 御中

お世話になっております。桐生です。
院内で共有していた再検査結果のメールを、そのまま添付にて転送いたします。
SD-2511-04 の方は保留扱いとし、登録を一時停止してください。

桐生
""",
    "attachments": [{"kind": "eml", "name": "精子提供者 感染症再検査の結果.eml",
                     "message": {
                         "sender": OOKAWARA, "to": [KIRYU],
                         "subject": "精子提供者 感染症再検査の結果",
                         "charset": "iso-2022-jp",
                         "body": f"""桐生さん

6か月後再検査（ウインドウ期確認）の結果です。

ID          氏名          携帯            HIV   HBV   HCV   梅毒   クラミジア
SD-2511-01  坂巻 大地     {mob()}   陰性  陰性  陰性  陰性   陰性
SD-2511-02  宮路 蒼       {mob()}   陰性  陰性  陰性  陰性   陰性
SD-2511-03  阿久津 慎吾   {mob()}   陰性  陰性  陰性  陰性   陰性
SD-2511-04  楠 晃一       {mob()}   陰性  陰性  陰性  陽性   陰性
SD-2511-05  波多野 駿     {mob()}   陰性  陰性  陰性  陰性   陰性

SD-2511-04 は梅毒TPHA陽性のため、凍結保存分は使用不可とします。

大河原
"""}}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "attached forwarded mail lists 5 sperm donors with mobiles and infection test results",
})

# 046 pass: forwarded vendor quote (.eml) to a leasing company, business only
M({
    "id": "fertility-046", "expect": "pass",
    "sender": ASHIDA,
    "to": ["ひなたリース 営業第二部 <eigyo2@hinata-lease.co.jp>"],
    "subject": "FW: 【御見積】タイムラプスインキュベーター更新",
    "charset": "utf-8",
    "body": """ひなたリース株式会社
営業第二部 ご担当者様

いつもお世話になっております。日の出産業の芦田です。
川崎電機様からの見積メールを添付で転送します。
この内容で5年リースの月額をお見積りいただけますでしょうか。

芦田 健吾（経理課）
""",
    "attachments": [{"kind": "eml", "name": "御見積_タイムラプスインキュベーター.eml",
                     "message": {
                         "sender": "川崎電機 榎本 <enomoto@kawasaki-denki.co.jp>",
                         "to": [OOKAWARA], "cc": [ASHIDA],
                         "subject": "【御見積】タイムラプスインキュベーター更新",
                         "charset": "iso-2022-jp",
                         "body": """ひのでARTクリニック 大河原様

お世話になっております。川崎電機の榎本です。
ご依頼の件、以下のとおりお見積りいたします。

　見積番号　KD-Q-260514-03
　型式　　　KTL-800（12チャンバー）×2台
　本体価格　18,600,000円（2台、税別）
　設置・校正　480,000円
　保守（3年）　2,160,000円
　有効期限　2026年7月末

川崎電機株式会社 医療機器営業部 榎本 翔太
TEL 044-540-1180（代表）
"""}}],
    "entities": [], "detectors": [],
    "note": "forwarded vendor quotation: business content and one vendor contact",
})

# 047 stop: DOCX table of 6 counselling clients with phones and topics to outside counsellor
M({
    "id": "fertility-047", "expect": "stop",
    "sender": USAMI,
    "to": ["こころ相談室 代表 嶋村 <shimamura@kokoro-counsel.jp>"],
    "subject": "6月の外部カウンセリング ご依頼分",
    "charset": "utf-8",
    "body": """嶋村先生

いつもお世話になっております。ひのでARTクリニックの宇佐美です。
6月に先生にお願いしたい方の一覧を添付します。
初回の方にはお電話で日時調整をお願いできますでしょうか。

宇佐美
""",
    "attachments": [{"kind": "docx", "name": "外部カウンセリング依頼_6月.docx",
                     "paragraphs": ["外部カウンセリング ご依頼一覧（2026年6月）"],
                     "tables": [[["氏名", "電話", "区分", "主訴"],
                                 ["新見 佳織", mob(), "初回", "流産後の抑うつ、不眠"],
                                 ["城戸 さやか", mob(), "継続", "治療終結の意思決定"],
                                 ["押田 由美子・押田 健", mob(), "初回（夫婦）",
                                  "精子提供を受けるかどうかの葛藤"],
                                 ["桑名 ありさ", mob(), "継続", "パニック障害（通院中）"],
                                 ["日置 真央", mob(), "初回", "がん治療前の卵子凍結に関する不安"],
                                 ["戸張 美香", mob(), "継続", "夫婦関係・治療費の負担"]]]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "6 counselling clients with phones and mental-health topics to an outside counsellor",
})

# 048 pass: counsellor scheduling, no clients
M({
    "id": "fertility-048", "expect": "pass",
    "sender": USAMI,
    "to": ["こころ相談室 代表 嶋村 <shimamura@kokoro-counsel.jp>"],
    "subject": "Re: 7月の来院日について",
    "charset": "iso-2022-jp",
    "body": """嶋村先生

ご連絡ありがとうございます。
7月は第2・第4水曜（7/8、7/22）の13:00〜17:00でお願いできれば幸いです。
面談室Bを押さえておきます。謝金は従来どおり月末締めでお振込みいたします。

宇佐美

> 宇佐美様
> 7月は水曜午後であれば2回伺えます。ご希望の日をお知らせください。
> 嶋村
""",
    "entities": [], "detectors": [],
    "note": "scheduling with an outside counsellor; no client data",
})

# 049 stop: residence card number of a foreign patient to an interpreter agency
M({
    "id": "fertility-049", "expect": "stop",
    "sender": KANZAKI,
    "to": ["ブリッジ医療通訳 手配センター <tehai@tsuyaku-bridge.jp>"],
    "subject": "医療通訳のご手配（ベトナム語）6/12",
    "charset": "utf-8",
    "body": """ブリッジ医療通訳 手配センター 御中

いつもお世話になっております。ひのでARTクリニック医事課の神崎です。
ベトナム語の医療通訳をお願いいたします。

  日時：6月12日（金）14:00〜15:30
  内容：体外受精の治療説明・同意書の読み合わせ（夫婦同席）
  患者：NGUYEN THI THU HA 様（グエン・ティ・トゥ・ハー）
  在留カード番号：UH48207315FA（保険資格確認のため）
  在留資格：技術・人文知識・国際業務

当日は受付で在留カードの原本を確認いたします。
通訳の方のお名前が決まりましたらご連絡ください。
""" + sig("医事課", "神崎 真由美", "m.kanzaki@hinode-sangyo.co.jp"),
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "residence card number of a patient (with IVF treatment) sent to an agency",
})

# 050 stop: passport number and DOB of an overseas patient to the partner hotel
M({
    "id": "fertility-050", "expect": "stop",
    "sender": MIZUNO,
    "to": ["Sakura Hotel Front Desk <front@sakura-hotel.jp>"],
    "subject": "ご予約（長期滞在・患者様）7/1〜7/14",
    "charset": "iso-2022-jp",
    "body": """さくらホテル フロント ご担当者様

お世話になっております。ひのでARTクリニック総務の水野です。
海外在住の患者様の長期滞在のご予約をお願いいたします。

　宿泊者　　：KAWABATA Noriko（川端 典子 様）
　生年月日　：1984年3月19日
　旅券番号　：TR4829176
　国籍　　　：日本（シンガポール在住）
　宿泊　　　：7月1日〜7月14日（13泊）シングル禁煙
　お支払い　：ご本人様（チェックイン時にクレジットカード）

チェックイン時のパスポート確認の事前登録にお使いください。
""" + sig("総務課", "水野 彩花", "a.mizuno@hinode-sangyo.co.jp", style=1),
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "passport number with name and DOB sent to a hotel",
})

# 051 pass: one speaker's bank account for an honorarium, to the speaker's secretary
M({
    "id": "fertility-051", "expect": "pass",
    "sender": ASHIDA,
    "to": ["東海医科大学 産婦人科 医局秘書 <ikyoku-hisho@tokai-med.ac.jp>"],
    "subject": "院内勉強会 講師謝金のお振込先確認",
    "charset": "utf-8",
    "body": """東海医科大学 産婦人科 医局秘書 ご担当者様

いつもお世話になっております。日の出産業 経理課の芦田です。
5/28の院内勉強会でご講演いただいた宍戸先生の謝金について、
お振込先を以下のとおり登録いたしました。相違がないかご確認ください。

  お名前：宍戸 浩一 様
  振込先：みどり銀行 伊勢原支店（店番 318） 普通 7720461
  口座名義：シシド コウイチ
  金額：33,000円（源泉徴収後 29,630円）

6月25日にお振込みの予定です。
""" + sig("経理課", "芦田 健吾", "k.ashida@hinode-sangyo.co.jp"),
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"], "detectors": ["personal_data"],
    "note": "one person's bank account (the speaker's own) to his office: one record, may be warned",
})

# 052 stop: driver's licence number of an egg donor (本人確認記録) to the partner law firm
M({
    "id": "fertility-052", "expect": "stop",
    "sender": KIRYU,
    "to": ["白川法律事務所 竹之内 <takenouchi@shirakawa-law.jp>"],
    "cc": [DONOR_BOX],
    "subject": "提供者の本人確認記録（公正証書作成用）",
    "charset": "cp932",
    "body": """竹之内先生

お世話になっております。桐生です。
公正証書の作成にあたり、公証役場へ事前にお伝えする提供者の本人確認事項です。

【提供者】
　氏名　　　　　：筧 美月（かけい みづき）
　生年月日　　　：平成１１年７月２日
　住所　　　　　：神奈川県横浜市港北区日吉本町4-18-6-302
　本人確認書類　：運転免許証
　免許証番号　　：第 ４６２１ ０９５８ ３１７０ 号
　有効期限　　　：令和11年8月2日

原本は当日ご本人が持参します。よろしくお願いいたします。

桐生
""",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "donor's driver's licence number (full-width), DOB and address to a law firm",
})

# 053 stop: basic pension number of a new nurse to a labour consultant
M({
    "id": "fertility-053", "expect": "stop",
    "sender": MIZUNO,
    "to": ["高木社会保険労務士事務所 <office@takagi-sr.jp>"],
    "subject": "資格取得届の作成依頼（7/1入職 看護師1名）",
    "charset": "iso-2022-jp",
    "body": """高木社会保険労務士事務所
高木先生

いつもお世話になっております。日の出産業 総務課の水野です。
7/1入職予定の看護師1名について、社会保険の資格取得届の作成をお願いいたします。

　氏名　　　　：鮫島 奈々（さめじま なな）
　生年月日　　：1996年10月15日
　住所　　　　：東京都目黒区中町1-22-9 メゾン中町105
　基礎年金番号：4127-603958
　雇用保険　　：前職あり（被保険者番号は後日）
　給与　　　　：月給 285,000円（夜勤手当別）

ご確認のほどよろしくお願いいたします。
""" + sig("総務課", "水野 彩花", "a.mizuno@hinode-sangyo.co.jp"),
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "an employee's basic pension number with DOB and address to an outside consultant",
})

# 054 pass: general question to the labour consultant about a fertility-treatment leave policy
M({
    "id": "fertility-054", "expect": "pass",
    "sender": MIZUNO,
    "to": ["高木社会保険労務士事務所 <office@takagi-sr.jp>"],
    "subject": "不妊治療休暇制度の就業規則への追加について",
    "charset": "utf-8",
    "body": """高木先生

いつもお世話になっております。水野です。

当社でも従業員向けに「不妊治療のための休暇（年5日・有給）」を新設する方向で検討しています。
就業規則への追加にあたり、以下をご相談させてください。

・時間単位での取得を認める場合の規定例
・両立支援等助成金（不妊治療両立支援コース）の申請要件
・申出の際に診断書の提出を求めるべきか（プライバシーへの配慮）

次回の定例訪問（6/9）でお時間をいただけますと幸いです。

水野 彩花（総務課）
""",
    "entities": [], "detectors": [],
    "note": "policy question; no individual named",
})

# 055 stop: CSV (utf-8 with BOM) of 7 staff for year-end adjustment to a tax accountant
_r55 = [["社員番号", "氏名", "フリガナ", "生年月日", "住所", "扶養人数", "配偶者控除"]]
for no, nm, kana, dob, ad, dep, sp in [
    ("H0412", "芳賀 奈緒子", "ハガ ナオコ", "1981/02/11", "東京都世田谷区太子堂3-7-2", 2, "なし"),
    ("H0418", "大河原 徹", "オオカワラ トオル", "1978/06/30", "神奈川県川崎市中原区小杉町1-403-1207", 3, "あり"),
    ("H0433", "宇佐美 千尋", "ウサミ チヒロ", "1988/12/24", "東京都杉並区阿佐谷南2-14-5", 0, "なし"),
    ("H0441", "小野寺 紗希", "オノデラ サキ", "1993/08/05", "東京都中野区野方5-30-1-202", 0, "なし"),
    ("H0447", "桐生 遥", "キリュウ ハルカ", "1990/04/17", "埼玉県さいたま市浦和区岸町6-2-8", 1, "なし"),
    ("H0452", "神崎 真由美", "カンザキ マユミ", "1985/09/09", "東京都渋谷区笹塚1-41-3", 2, "あり"),
    ("H0460", "鳴海 拓", "ナルミ タク", "1991/01/28", "千葉県市川市八幡3-19-11", 1, "あり"),
]:
    _r55.append([no, nm, kana, dob, ad, dep, sp])
M({
    "id": "fertility-055", "expect": "stop",
    "sender": MIZUNO,
    "to": ["森山税理士事務所 <nenmatsu@moriyama-tax.jp>"],
    "subject": "年末調整 事前確認用データ（ヘルスケア事業本部分）",
    "charset": "utf-8",
    "body": """森山税理士事務所 ご担当者様

お世話になっております。日の出産業 総務課の水野です。
ヘルスケア事業本部（クリニック）所属者の事前確認用データをCSVでお送りします。
扶養控除等申告書の回収状況は別途ご報告します。

水野
""",
    "attachments": [{"kind": "csv", "name": "年調事前確認_HC本部.csv", "encoding": "utf-8-sig",
                     "rows": _r55}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "7 employees' names, DOB and home addresses in a CSV to a tax office",
})

# 056 pass (internal): emergency contact list, internal recipients only
M({
    "id": "fertility-056", "expect": "pass",
    "sender": MIZUNO,
    "to": ["クリニック全職員 <clinic-all@mail.hinode-sangyo.co.jp>"],
    "cc": ["総務部長 <somu-bucho@hinode-sangyo.co.jp>"],
    "subject": "【更新】緊急連絡網（2026年6月版）",
    "charset": "iso-2022-jp",
    "body": f"""クリニック職員各位

緊急連絡網を更新しました。災害時・システム障害時はこの順で連絡してください。

　1. 日下部 隆之（院長）　　{mob()}　　東京都目黒区青葉台2-9-14
　2. 大河原 徹（培養室）　　{mob()}　　川崎市中原区小杉町1-403
　3. 芳賀 奈緒子（看護部）　{mob()}　　東京都世田谷区太子堂3-7-2
　4. 神崎 真由美（医事課）　{mob()}　　東京都渋谷区笹塚1-41-3
　5. 鳴海 拓（情報システム）{mob()}　　千葉県市川市八幡3-19-11
　6. 水野 彩花（総務）　　　{mob()}　　東京都品川区戸越4-2-6

※社外への転送は禁止です。

総務課 水野
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], "detectors": [],
    "note": "staff contact list with home addresses, but only internal recipients",
})

# 057 stop: look-alike of the organisation's own domain (.com instead of .co.jp)
M({
    "id": "fertility-057", "expect": "stop",
    "sender": OOKAWARA,
    "to": ["芳賀 奈緒子 <n.haga@hinode-sangyo.com>"],
    "subject": "培養室 6月当番表",
    "charset": "utf-8",
    "body": """芳賀さん

6月の培養室当番表です。看護部の採卵介助シフトと突き合わせをお願いします。

  6/1-6/7    大河原（早）／Hoffmann（遅）
  6/8-6/14   Hoffmann（早）／宮坂（遅）
  6/15-6/21  宮坂（早）／大河原（遅）
  6/22-6/28  大河原（早）／宮坂（遅）

日曜の凍結胚融解は原則 Hoffmann さんが担当します。

大河原
""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "recipient at hinode-sangyo.com, a TLD-swap look-alike of the own domain",
})

# 058 stop: homoglyph look-alike of partner kawasaki-denki.co.jp (l for i)
M({
    "id": "fertility-058", "expect": "stop",
    "sender": OOKAWARA,
    "to": ["川崎電機 サービス課 <service@kawasakl-denki.co.jp>"],
    "subject": "インキュベーター定期点検（7月）の日程",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社　サービス課　ご担当者様

お世話になっております。ひのでARTクリニックの大河原です。
7月の定期点検は、7/4（土）13:00〜 でお願いできますでしょうか。
対象はKTL-600 ×3台、CO2センサーの校正を含みます。

当日はビル管理会社への入館申請をこちらで行いますので、
ご来訪者のお名前を前日までにお知らせください。

大河原
""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "kawasakl-denki.co.jp swaps i for l: homoglyph of partner kawasaki-denki.co.jp",
})

# 059 stop: correct partner in To, look-alike (dropped co.) in Cc
M({
    "id": "fertility-059", "expect": "stop",
    "sender": "医事課 受付 <uketsuke@mail.hinode-sangyo.co.jp>",
    "to": ["青葉運輸 メディカル輸送課 <medical@aoba-unyu.co.jp>"],
    "cc": ["青葉運輸 横井 <yokoi@aoba-unyu.jp>"],
    "subject": "5月分 検体集荷 伝票番号一覧",
    "charset": "cp932",
    "body": """青葉運輸株式会社 メディカル輸送課 御中
（cc 横井様）

お世話になっております。ひのでARTクリニック受付です。
5月分の検体集荷の伝票番号一覧です。請求書との突合にお使いください。

集荷日    伝票番号          届け先                 個数
5/07      4418-2290-5521    ミライ臨床検査 中央ラボ    2
5/14      4418-2290-5874    ミライ臨床検査 中央ラボ    1
5/19      4418-2290-6012    星空クライオ 川崎ラボ      1
5/21      4418-2290-6133    ミライ臨床検査 中央ラボ    3
5/28      4418-2290-6637    星空クライオ 川崎ラボ      1

以上、よろしくお願いいたします。
""",
    "entities": [], "detectors": ["lookalike_domain", "multiple_external_domains"],
    "note": "the Cc address aoba-unyu.jp is a look-alike of partner aoba-unyu.co.jp",
})

# 060 stop: husband's semen analysis in a reply to a urology clinic (one person, sensitive)
M({
    "id": "fertility-060", "expect": "stop",
    "sender": KUSAKABE,
    "to": ["駅前うろロジークリニック 院長 <info@ekimae-uro.jp>"],
    "subject": "Re: 男性不妊の精査ご依頼について",
    "charset": "utf-8",
    "body": """駅前うろロジークリニック
日比野先生

ご返信ありがとうございます。日下部です。
先日お電話した方の所見を追記いたします。

戸叶 亮介 様（39歳）：当院での精液検査（2回）で
精子濃度 3.2×10⁶/mL、運動率 18%、正常形態率 1%と高度乏精子症・精子無力症です。
左精索静脈瘤の触知があり、ご本人もお困りのようですので、精査・手術適応のご判断をお願いできれば幸いです。
来週中にご本人からお電話させます。

日下部

> 日下部先生
> ご紹介ありがとうございます。所見をお送りいただければ、予約枠を確保いたします。
> 日比野
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named man's semen analysis and varicocele in the new text (one person, sensitive)",
})

# 061 pass: reply; the referral with patient data is only in ">" quoted text
M({
    "id": "fertility-061", "expect": "pass",
    "sender": KUSAKABE,
    "to": ["駅前うろロジークリニック 院長 <info@ekimae-uro.jp>"],
    "subject": "Re: Re: 男性不妊の精査ご依頼について",
    "charset": "iso-2022-jp",
    "body": """日比野先生

早速のご対応ありがとうございます。
来週火曜16時で承知いたしました。ご本人にもお伝えしておきます。
引き続きよろしくお願いいたします。

日下部

On 2026/06/02 18:05, 日比野 wrote:
> 日下部先生
>
> 戸叶 亮介 様の件、来週火曜（6/9）16:00 で初診枠を確保しました。
> 精子濃度 320万/mL、運動率 18% とのことですので、
> 当日は陰嚢エコーとホルモン採血（FSH・LH・テストステロン）を予定しています。
>
> 日比野
""",
    "entities": [], "detectors": [],
    "note": "patient's findings appear only in the quoted reply; new text is scheduling",
})

# 062 stop: forward of a patient's own mail (diagnosis) to the donor network
M({
    "id": "fertility-062", "expect": "stop",
    "sender": KIRYU,
    "to": ["つなぐドナーネットワーク 相談窓口 <soudan@tsunagu-donor.or.jp>"],
    "subject": "転送：卵子提供のご相談（当院患者様より）",
    "charset": "iso-2022-jp",
    "body": """つなぐドナーネットワーク 相談窓口 御中

お世話になっております。桐生です。
当院の患者様から以下のご相談があり、貴会の登録制度についてご案内いただきたく転送します。
ご本人の了承はいただいております。

桐生

-------- 転送メッセージ --------
差出人: 御子柴 理恵 <rie.mikoshiba@yahoo.co.jp>
送信日時: 2026年5月30日 21:14
宛先: ドナーコーディネート室 <donor-coord@mail.hinode-sangyo.co.jp>
件名: 卵子提供について

ひのでARTクリニック ドナーコーディネート室 御中

いつもお世話になっております。御子柴です。
先月、日下部先生から早発卵巣不全（AMHが測定感度以下）と診断され、
自分の卵子での妊娠は難しいと言われました。年齢も43歳です。
卵子提供という方法があると聞き、詳しく伺いたいです。
平日の夜なら 080-4416-9025 にお電話いただけます。

御子柴 理恵
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forwarded patient mail (diagnosis, phone) is new text to the external recipient",
})

# 063 pass (internal): 返戻 list with insurance numbers, internal only
M({
    "id": "fertility-063", "expect": "pass",
    "sender": KANZAKI,
    "to": [KUSAKABE],
    "cc": ["医事課共有 <iji@mail.hinode-sangyo.co.jp>"],
    "subject": "4月診療分 返戻5件のご確認（症状詳記の要否）",
    "charset": "cp932",
    "body": """院長

お疲れさまです。神崎です。
4月診療分で返戻となった5件です。症状詳記の追記が必要か、ご判断をお願いします。

患者ID    氏名          保険者番号  記号-番号         返戻理由
P-201187  桧山 恵       06132715    52-3381          胚凍結保存管理料 算定回数
P-203964  朝比奈 亜紀   01130012    2210904-118      AMH検査 算定間隔
P-205520  栗栖 美保     32130418    職14-77          子宮内膜受容能検査 適応
P-207701  真壁 陽子     06270321    8810-2045        採卵術 算定日
P-209118  宗像 玲奈     138016      共4-1092         卵管通水 病名漏れ

病名欄の「女性不妊症」「男性不妊症」の付け忘れが2件ありました。
レセプト点検の委託先には、私から件数だけ伝えておきます。

神崎
""",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "patients' insurance numbers and procedures, internal recipients only",
})

# 064 stop: XLSX 返戻 list with insurance numbers and diagnoses to a billing outsourcer
_r64 = [["4月診療分 返戻・査定一覧（委託点検用）"],
        ["No", "カナ氏名", "保険者番号", "被保険者証記号", "番号", "傷病名", "返戻・査定理由"]]
for i, (k, hk, ki, bn, dx, why) in enumerate([
    ("ヒヤマ メグミ", "06132715", "52", "3381", "女性不妊症", "胚凍結保存管理料"),
    ("アサヒナ アキ", "01130012", "2210904", "118", "女性不妊症・多嚢胞性卵巣症候群", "AMH検査"),
    ("クルス ミホ", "32130418", "職14", "77", "反復着床不全", "子宮内膜受容能検査"),
    ("マカベ ヨウコ", "06270321", "8810", "2045", "女性不妊症", "採卵術"),
    ("ムナカタ レイナ", "138016", "共4", "1092", "卵管性不妊", "卵管通水"),
    ("トヨシマ ハルカ", "06131842", "77", "560", "男性不妊症（乏精子症）", "精巣内精子採取術"),
], 1):
    _r64.append([i, k, hk, ki, bn, dx, why])
M({
    "id": "fertility-064", "expect": "stop",
    "sender": KANZAKI,
    "to": ["レセチェック 点検センター <tenken@rece-check.co.jp>"],
    "subject": "4月診療分 返戻・査定 再点検のお願い",
    "charset": "utf-8",
    "body": """株式会社レセチェック 点検センター 御中

いつもお世話になっております。ひのでARTクリニックの神崎です。
4月診療分で返戻・査定となった6件について、再点検と再請求用の修正案の作成をお願いします。
一覧を添付しますので、5営業日以内にご返送いただけますと幸いです。

神崎 真由美（医事課）
""",
    "attachments": [{"kind": "xlsx", "name": "返戻査定一覧_2604.xlsx", "sheets": {"返戻": _r64}}],
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "6 patients' kana names, insurance card numbers and infertility diagnoses to an outsourcer",
})

# 065 pass: same outsourcer, counts and fees only
M({
    "id": "fertility-065", "expect": "pass",
    "sender": KANZAKI,
    "to": ["レセチェック 営業 <eigyo@rece-check.co.jp>"],
    "subject": "委託件数のご報告（2026年5月）",
    "charset": "utf-8",
    "body": """株式会社レセチェック 営業ご担当者様

お世話になっております。神崎です。
5月分の委託件数をご報告します。

- 外来レセプト点検：1,284件
- 返戻再請求サポート：6件
- 症状詳記の作成支援：2件

契約単価どおりのご請求で問題ございません。
来月から生殖補助医療の新設加算の点検ルールを追加いただく件、別途ご相談させてください。

神崎
""",
    "entities": [], "detectors": [],
    "note": "monthly counts and fees; no patient data",
})

# 066 stop: 5 donor candidates' mobiles in full-width, bullets, no names
_b66 = "\n".join(f"・{zen(i)}　{zen(mob())}　面談 {zen(d)}"
                 for i, d in [("ED-2606-01", "6/20 10:00"), ("ED-2606-02", "6/20 11:00"),
                              ("ED-2606-03", "6/20 13:30"), ("ED-2606-04", "6/21 10:00"),
                              ("ED-2606-05", "6/21 11:30")])
M({
    "id": "fertility-066", "expect": "stop",
    "sender": DONOR_BOX,
    "to": ["つなぐドナーネットワーク コーディネーター 仲里 <nakazato@tsunagu-donor.or.jp>"],
    "subject": "二次面談の日程と連絡先",
    "charset": "cp932",
    "body": f"""仲里さま

お世話になっております。ドナーコーディネート室です。
二次面談の日程が確定しましたので、候補者の連絡先とあわせてお知らせします。
前日のリマインドのお電話をお願いできますでしょうか。

{_b66}

※面談は当院 相談室Bにて、1名あたり約50分です。

ひのでARTクリニック ドナーコーディネート室
TEL 03-5468-2274
""",
    "entities": ["PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "5 donor candidates' full-width mobile numbers (no names) in a bullet list",
})

# 067 pass: 4 trainees with contacts to a training host lab
M({
    "id": "fertility-067", "expect": "pass",
    "sender": OOKAWARA,
    "to": ["九州ARTラボ 研修事務局 <kenshu@kyushu-art-lab.co.jp>"],
    "subject": "ICSI実技研修（7/16-17）参加者登録",
    "charset": "utf-8",
    "body": """九州ARTラボ 研修事務局 御中

お世話になっております。ひのでARTクリニックの大河原です。
7月のICSI実技研修に、当院から以下4名が参加します。

| 氏名          | 職種         | 携帯            | メール                          |
|---------------|--------------|-----------------|---------------------------------|
| 宮坂 亮太     | 胚培養士     | 080-2271-6390   | r.miyasaka@hinode-sangyo.co.jp  |
| 鵜澤 玲奈     | 胚培養士     | 090-5538-1207   | r.uzawa@hinode-sangyo.co.jp     |
| 笹生 光       | 臨床検査技師 | 070-3364-8815   | h.sasou@hinode-sangyo.co.jp     |
| Lena Hoffmann | 胚培養士     | 080-9917-4402   | l.hoffmann@hinode-sangyo.co.jp  |

宿泊は各自手配です。よろしくお願いいたします。

大河原 徹
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "four trainees' contacts: under five people, may be warned",
})

# 068 stop: 5 research candidates, one block each, with diagnoses, to a CRO
M({
    "id": "fertility-068", "expect": "stop",
    "sender": KUSAKABE,
    "to": ["ひかりCRO 臨床開発部 <clinical-dev@cro-hikari.co.jp>"],
    "subject": "臨床研究（HR-PCOS-26）適格性確認のお願い",
    "charset": "iso-2022-jp",
    "body": """株式会社ひかりCRO 臨床開発部 御中

お世話になっております。ひのでARTクリニックの日下部です。
HR-PCOS-26 の候補者5名について、適格基準の事前確認をお願いします。

【候補1】
氏名：安曇 沙織　年齢：31歳　BMI：27.4
診断：多嚢胞性卵巣症候群（ロッテルダム基準）、インスリン抵抗性あり

【候補2】
氏名：右京 真子　年齢：28歳　BMI：22.1
診断：多嚢胞性卵巣症候群、排卵障害

【候補3】
氏名：根来 彩　年齢：34歳　BMI：31.8
診断：多嚢胞性卵巣症候群、2型糖尿病（メトホルミン内服中）

【候補4】
氏名：猪瀬 みのり　年齢：29歳　BMI：24.0
診断：多嚢胞性卵巣症候群、OHSS既往

【候補5】
氏名：祝 香澄　年齢：33歳　BMI：20.6
診断：多嚢胞性卵巣症候群、甲状腺機能亢進症（治療後寛解）

同意取得前のため、氏名は事前確認後に削除のうえ管理番号に置き換えます。

日下部 隆之
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "5 candidates, one block each, with names and diagnoses to a CRO",
})

# 069 pass: NDA draft DOCX (no marking) to the CRO
M({
    "id": "fertility-069", "expect": "pass",
    "sender": KUSAKABE,
    "to": ["ひかりCRO 法務部 <legal@cro-hikari.co.jp>"],
    "subject": "秘密保持契約書（案）のご送付",
    "charset": "utf-8",
    "body": """株式会社ひかりCRO 法務部 ご担当者様

お世話になっております。ひのでARTクリニックの日下部です。
HR-PCOS-26 に関する秘密保持契約書の当社案をお送りします。
第3条（秘密情報の範囲）と第8条（有効期間）について、貴社のご意見をお聞かせください。

日下部
""",
    "attachments": [{"kind": "docx", "name": "秘密保持契約書_案_HR-PCOS-26.docx",
                     "paragraphs": ["秘密保持契約書（案）",
                                    "日の出産業株式会社（以下「甲」という。）と株式会社ひかりCRO（以下「乙」という。）は、"
                                    "臨床研究HR-PCOS-26の実施の検討に関し、次のとおり契約を締結する。",
                                    "第3条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した情報をいう。",
                                    "第8条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    "entities": [], "detectors": [],
    "note": "an NDA draft: talks about confidentiality but carries no marking",
})

# 070 stop: English term sheet PDF stamped CONFIDENTIAL to a foreign supplier
M({
    "id": "fertility-070", "expect": "stop",
    "sender": HOFFMANN,
    "to": ["James Whitcombe <j.whitcombe@vitrocell-medical.com>"],
    "subject": "Term sheet - exclusive supply of vitrification media (draft 2)",
    "charset": "utf-8",
    "body": """Dear James,

Please find attached draft 2 of the term sheet, with our comments on volume tiers and
the exclusivity period. Our management would like to close this by end of June.

Best regards,
Lena
""" + DISC_EN,
    "attachments": [{"kind": "pdf", "name": "TermSheet_Vitrocell_Hinode_draft2.pdf",
                     "page_header": "CONFIDENTIAL - DRAFT - NOT FOR DISTRIBUTION",
                     "lines": ["TERM SHEET - Supply of Vitrification Media",
                               "Parties: Hinode Sangyo Co., Ltd. / Vitrocell Medical Ltd.",
                               "Term: 3 years, exclusive in the Kanto region",
                               "Volume tiers: 0-500 kits USD 41 / 501-1,000 kits USD 37",
                               "Price review: annually, max +3%"]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "PDF stamped CONFIDENTIAL in its page header, sent outside",
})

# 071 pass: English logistics with an overseas sperm bank
M({
    "id": "fertility-071", "expect": "pass",
    "sender": HOFFMANN,
    "to": ["Nordlys Cryobank Shipping <shipping@nordlys-cryobank.dk>"],
    "subject": "Re: Dry shipper return - AWB 176-44820913",
    "charset": "utf-8",
    "body": """Hi Mette,

The dry shipper from order NCB-O-26-0415 arrived on 2 June with all straws in good
condition (logger max -171 C). We have sent the shipper back today:

  AWB: 176-44820913
  Courier: Aoba Unyu international (via Narita)
  Customs: returned empty container, commercial invoice value USD 0

Could you also send us the updated import permit copy for the July shipment?

Thanks and best regards,
Lena Hoffmann
Embryology Lab, Hinode ART Clinic
""",
    "entities": [], "detectors": [],
    "note": "shipping logistics with airway bill and order numbers; no personal data",
})

# 072 stop: English, one recipient couple's infection status to a foreign agency
M({
    "id": "fertility-072", "expect": "stop",
    "sender": HOFFMANN,
    "to": ["Pacific Egg Donor Program <intake@pacific-eggdonor.com>"],
    "subject": "Intake - Morisaki couple / lab requirements",
    "charset": "utf-8",
    "body": """Dear Intake Team,

Following our call, some information for your lab ahead of the Morisaki couple's cycle:

Mr. Kenta Morisaki (DOB 12 Aug 1979) is a chronic hepatitis B carrier (HBsAg positive,
HBV DNA below detection on entecavir). Sperm will be washed and processed in our
separate infectious-sample workstation and shipped frozen in a dedicated dewar.
Mrs. Aya Morisaki (DOB 3 Feb 1982) is HBsAb positive (vaccinated).

Please let us know whether your partner clinic in Los Angeles accepts samples from
HBV-positive partners under these conditions.

Kind regards,
Lena Hoffmann
Hinode ART Clinic
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named man's hepatitis B status with DOB to a foreign agency",
})

# 073 pass (internal): English between staff about a patient's embryos
M({
    "id": "fertility-073", "expect": "pass",
    "sender": HOFFMANN,
    "to": [KUSAKABE, OOKAWARA],
    "subject": "PGT-A results - Ms. Tachibana (P-190352)",
    "charset": "utf-8",
    "body": """Dr. Kusakabe, Ookawara-san,

PGT-A results for Ms. Reiko Tachibana (P-190352, 46 y) came in this morning:
  E1: aneuploid (trisomy 16)
  E2: mosaic low-level (chr 7, ~30%)
  E3: euploid 46,XX

She has her counselling slot on Thursday; I suggest Usami-san joins for the mosaic embryo
discussion. Internal only - I will upload the PDF to the lab folder.

Lena
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "patient's genetic results discussed between internal staff only",
})

# 074 stop: donor agency, law firm and a private person visible in To/Cc
M({
    "id": "fertility-074", "expect": "stop",
    "sender": KIRYU,
    "to": ["つなぐドナーネットワーク 仲里 <nakazato@tsunagu-donor.or.jp>"],
    "cc": ["白川法律事務所 竹之内 <takenouchi@shirakawa-law.jp>", "ryo.sakakibara.83@gmail.com"],
    "subject": "6/27 公正証書作成の当日の流れ",
    "charset": "utf-8",
    "body": """関係者各位

お世話になっております。ひのでARTクリニック ドナーコーディネート室の桐生です。
6/27（土）の公正証書作成の当日の流れをお送りします。

 10:00  当院 相談室Bに集合
 10:15  竹之内先生より書面のご説明
 11:00  渋谷公証役場へ移動
 11:30  公正証書の作成・署名
 12:30  解散

持ち物：本人確認書類（原本）、認印
ご不明点はお気軽にご連絡ください。

桐生 遥
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains",
                  "freemail_recipient"],
    "note": "two organisations and a private person (three parties) see each other in To/Cc",
})

# 075 pass: one free-mail recipient (a donor candidate), briefing date only
M({
    "id": "fertility-075", "expect": "pass",
    "sender": DONOR_BOX,
    "to": ["kohane.aoi.0515@gmail.com"],
    "subject": "説明会のご案内（ひのでARTクリニック）",
    "charset": "iso-2022-jp",
    "body": """ご登録ありがとうございます。
ひのでARTクリニック ドナーコーディネート室です。

提供にご関心をお持ちの方向けの説明会を、下記のとおり開催いたします。

　日時：6月20日（土）10:00〜11:00
　場所：当院 5F 相談室B（渋谷駅 徒歩6分）
　持ち物：特にありません

ご参加が難しい場合は、このメールにご返信ください。

ドナーコーディネート室
TEL 03-5468-2274
""",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "a single free-mail recipient; only a briefing date",
})

# 076 pass: announcement via Bcc to patients, To is the clinic itself
M({
    "id": "fertility-076", "expect": "pass",
    "sender": CLINIC_BOX,
    "to": [CLINIC_BOX],
    "bcc": ["yuuka.s.1987@gmail.com", "kuga.nao@yahoo.co.jp", "misaki_w@icloud.com",
            "maho-tj@outlook.jp", "saki.hasumi@gmail.com", "nozomi-yn@docomo.ne.jp",
            "shiori.mikami@ezweb.ne.jp", "yui.o.0301@softbank.ne.jp",
            "mika.hiwatari@gmail.com", "ayane.m.0702@gmail.com"],
    "subject": "【ひのでARTクリニック】臨時休診のお知らせ（6/30）",
    "charset": "iso-2022-jp",
    "body": """患者様各位

いつも当院をご利用いただきありがとうございます。
ビル設備点検のため、6月30日（火）は終日休診とさせていただきます。

・同日に予約のある方には、個別にお電話で振替のご案内をしております。
・お薬の処方が必要な方は、6月29日（月）までにご来院ください。
・緊急時は、これまでどおり夜間専用ダイヤル（03-5468-2290）におかけください。

ご不便をおかけしますが、よろしくお願いいたします。

ひのでARTクリニック
""",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "notice to many patients correctly sent by Bcc; no personal data in content",
})

# 077 stop: CSV cp932 of unpaid accounts (treatments) to the partner law firm
_r77 = [["患者番号", "氏名", "電話", "住所", "未収額", "内訳", "最終来院日"]]
for pid, nm, ad, amt, what, last in [
    ("P-188023", "藤代 美帆", "東京都大田区蒲田4-11-7", "312,400", "顕微授精・胚凍結", "2025/11/14"),
    ("P-190877", "宇治原 静", "神奈川県横浜市都筑区茅ケ崎中央22-5", "98,000", "凍結胚移植", "2025/12/02"),
    ("P-193150", "外山 エリカ", "東京都江戸川区西葛西6-3-14-908", "244,200", "採卵・PGT-A", "2026/01/09"),
    ("P-195502", "瓜生 真理", "埼玉県川口市栄町2-8-1", "55,000", "人工授精・薬剤", "2026/01/21"),
    ("P-196611", "柘植 夏美", "東京都練馬区石神井町3-27-2", "176,800", "体外受精", "2026/02/05"),
    ("P-198240", "八代 絢子", "千葉県船橋市本町5-6-19", "421,000", "顕微授精・胚盤胞培養", "2026/02/26"),
]:
    _r77.append([pid, nm, mob(), ad, amt, what, last])
M({
    "id": "fertility-077", "expect": "stop",
    "sender": ASHIDA,
    "to": ["白川法律事務所 債権回収チーム <saiken@shirakawa-law.jp>"],
    "subject": "未収金 督促ご依頼分（6件）",
    "charset": "cp932",
    "body": """白川法律事務所 債権回収ご担当者様

お世話になっております。日の出産業 経理課の芦田です。
院内督促で回収できていない治療費6件について、内容証明による督促をお願いしたく、
一覧を添付いたします。

芦田
""",
    "attachments": [{"kind": "csv", "name": "未収金一覧_督促依頼.csv", "encoding": "cp932",
                     "rows": _r77}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "6 patients' names, phones, addresses and treatments in a CSV to a law firm",
})

# 078 pass: two new staff accounts requested from the system vendor
M({
    "id": "fertility-078", "expect": "pass",
    "sender": NARUMI,
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "培養管理システム ユーザー追加のお願い（2名）",
    "charset": "utf-8",
    "body": """ツバサシステム サポートご担当者様

お世話になっております。日の出産業の鳴海です。
7/1付で培養管理システムのユーザー追加をお願いいたします。

 ・鵜澤 玲奈（ウザワ レナ） 胚培養士 r.uzawa@hinode-sangyo.co.jp 権限：培養士
 ・鮫島 奈々（サメジマ ナナ） 看護師 n.samejima@hinode-sangyo.co.jp 権限：閲覧のみ

初期パスワードは私宛に別途お送りください。
""" + sig("情報システム課", "鳴海 拓", "t.narumi@hinode-sangyo.co.jp"),
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "two staff members' names and work e-mails for accounts: under five people",
})

# 079 stop: ZIP (not encrypted) with an XLSX of frozen-embryo storage renewals
M({
    "id": "fertility-079", "expect": "stop",
    "sender": OOKAWARA,
    "to": ["星空クライオ 保管管理課 <hokan@hoshizora-cryo.co.jp>"],
    "subject": "凍結胚 保管更新のご案内 発送リスト（7月期限分）",
    "charset": "iso-2022-jp",
    "body": """星空クライオ株式会社 保管管理課
真柴様

お世話になっております。大河原です。
7月に保管期限を迎える方への更新案内の発送リストをZIPでお送りします。
案内状の発送代行を、いつもどおりお願いいたします。

大河原
""",
    "attachments": [{"kind": "zip", "name": "保管更新_2607.zip",
                     "files": [{"kind": "xlsx", "name": "保管更新リスト_2607.xlsx",
                                "sheets": {"7月期限": [
                                    ["凍結胚 保管更新 発送リスト（2026年7月期限）"],
                                    ["患者ID", "氏名", "郵便番号", "住所", "電話", "保管胚数",
                                     "保管期限"],
                                    ["P-170233", "今泉 彩花", "154-0012", "東京都世田谷区駒沢2-5-8",
                                     mob(), 2, "2026/07/05"],
                                    ["P-171904", "神保 紀子", "143-0023", "東京都大田区山王3-12-1",
                                     mob(), 1, "2026/07/09"],
                                    ["P-172215", "喜多 朋美", "212-0013", "神奈川県川崎市幸区堀川町580",
                                     mob(), 3, "2026/07/12"],
                                    ["P-173388", "梶 美奈子", "330-0062", "埼玉県さいたま市浦和区仲町1-9-3",
                                     mob(), 1, "2026/07/18"],
                                    ["P-174010", "沖 侑子", "272-0034", "千葉県市川市市川1-24-2",
                                     mob(), 4, "2026/07/22"],
                                    ["P-175522", "椎名 聡美", "181-0013", "東京都三鷹市下連雀3-30-9",
                                     mob(), 2, "2026/07/29"]],
                                    "集計": [["件数", 6], ["保管胚数計", 13]]}}]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX inside a ZIP lists 6 patients with addresses, phones and stored embryos",
})

# 080 pass: ZIP of pamphlet PDFs to the printer
M({
    "id": "fertility-080", "expect": "pass",
    "sender": MIZUNO,
    "to": ["錦印刷 制作部 真鍋 <manabe@nishiki-insatsu.co.jp>"],
    "subject": "入稿データ（患者向けリーフレット3種）",
    "charset": "cp932",
    "body": """錦印刷　真鍋様

お世話になっております。水野です。
患者向けリーフレット3種の入稿データをZIPでお送りします。
各3,000部、6/26納品でお願いいたします。

・採卵当日の流れ
・凍結胚の保管と更新について
・保険診療と先進医療の費用

水野
""",
    "attachments": [{"kind": "zip", "name": "リーフレット入稿_0610.zip",
                     "files": [{"kind": "pdf", "name": "leaflet_sairan.pdf",
                                "lines": ["採卵当日の流れ", "1. 受付（8:00）", "2. 着替え・点滴",
                                          "3. 採卵（約15分）", "4. 休憩・診察", "5. 会計"]},
                               {"kind": "pdf", "name": "leaflet_touketsu.pdf",
                                "lines": ["凍結胚の保管と更新について",
                                          "保管期間は1年ごとの更新です。更新料 33,000円"]},
                               {"kind": "pdf", "name": "leaflet_hiyou.pdf",
                                "lines": ["保険診療と先進医療の費用",
                                          "体外受精（保険3割負担）の目安 約15〜20万円"]}]}],
    "entities": [], "detectors": [],
    "note": "ZIP of public leaflets; no personal data",
})

# 081 stop: password-protected PDF to an insurer
M({
    "id": "fertility-081", "expect": "stop",
    "sender": KANZAKI,
    "to": ["寿生命保険 保険金支払部 <shiharai-center@kotobuki-seimei.co.jp>"],
    "subject": "診断書（証券番号 KS-6120-88473）",
    "charset": "utf-8",
    "body": """寿生命保険株式会社 保険金支払部 御中

お世話になっております。ひのでARTクリニック医事課の神崎です。
診断書をパスワード付PDFでお送りいたします。パスワードはお電話でお伝えいたします。

神崎
""",
    "attachments": [{"kind": "pdf", "name": "診断書_KS-6120-88473.pdf", "password": "kt0611",
                     "lines": ["診断書", "被保険者 相楽 瞳", "傷病名 女性不妊症"]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "encrypted PDF cannot be inspected",
})

# 082 stop: corrupt XLSX to the billing consultant
M({
    "id": "fertility-082", "expect": "stop",
    "sender": KANZAKI,
    "to": ["医療事務サポート 相談窓口 <soudan@iryo-jimu-support.co.jp>"],
    "subject": "Re: 算定状況の集計表",
    "charset": "iso-2022-jp",
    "body": """医療事務サポート ご担当者様

お世話になっております。神崎です。
ご依頼の算定状況の集計表をお送りします。開けない場合はご連絡ください。

神崎
""",
    "attachments": [{"kind": "corrupt", "name": "算定状況集計_2605.xlsx"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "attached XLSX is corrupt and cannot be read",
})

# 083 pass: PNG screenshot of an error to the system vendor
M({
    "id": "fertility-083", "expect": "pass",
    "sender": NARUMI,
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "【障害報告】Web予約画面でエラー（E-4031）",
    "charset": "utf-8",
    "body": """ツバサシステム サポートご担当者様

お世話になっております。鳴海です。
本日 9:40 頃から、Web予約画面で日付を選択すると「E-4031 セッションが無効です」と表示され、
予約が確定できない事象が発生しています。スクリーンショットを添付します。

- 発生環境：iOS Safari / Android Chrome の両方
- 管理画面からの予約登録は正常
- 影響：午前中の新規予約 0件（通常 15件前後）

至急ご確認をお願いいたします。

鳴海 拓（情報システム課）TEL 03-5468-2279
""",
    "attachments": [{"kind": "png", "name": "error_E-4031.png"}],
    "entities": [], "detectors": [],
    "note": "incident report with a screenshot; no personal data",
})

# 084 stop: production extract (no name column, 和暦 full-width DOBs) for migration testing
_d84 = "\n".join([
    "患者ID,生年月日,電話,住所,病名",
    f"P-150021,Ｓ５８．４．２,{zen(mob())},東京都杉並区高円寺南3-44-8,女性不妊症",
    f"P-150388,Ｈ２．１１．３,{zen(mob())},東京都北区赤羽西1-7-22,多嚢胞性卵巣症候群",
    f"P-151004,Ｓ６２．１．１７,{zen(mob())},神奈川県相模原市南区相模大野5-9-3,子宮内膜症",
    f"P-151772,Ｈ４．８．３０,{zen(mob())},東京都板橋区成増2-13-6,卵管性不妊",
    f"P-152290,Ｓ６０．１２．９,{zen(mob())},埼玉県所沢市東町11-4,反復着床不全",
])
M({
    "id": "fertility-084", "expect": "stop",
    "sender": NARUMI,
    "to": ["ツバサシステム 開発 吉永 <yoshinaga@tsubasa-system.jp>"],
    "subject": "Re: 移行テスト用データの件",
    "charset": "utf-8",
    "body": f"""吉永様

お世話になっております。鳴海です。
和暦の生年月日が変換エラーになる件、実データで再現する行を抜粋しました。
氏名は外してあります。

{_d84}

全角の「Ｓ」「Ｈ」と全角ピリオドの組み合わせで落ちているように見えます。
ご確認をお願いします。

鳴海
""",
    "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "5 real patient rows without names (和暦 DOB, phone, address, diagnosis) to a vendor",
})

# 085 pass: price list XLSX with a title row to the printer
M({
    "id": "fertility-085", "expect": "pass",
    "sender": MIZUNO,
    "to": ["錦印刷 制作部 真鍋 <manabe@nishiki-insatsu.co.jp>"],
    "subject": "料金表（院内掲示用）データ",
    "charset": "iso-2022-jp",
    "body": """真鍋様

院内掲示用の料金表データです（公開済みの現行料金）。
A2サイズのパネルで2枚お願いします。

水野
""",
    "attachments": [{"kind": "xlsx", "name": "料金表_院内掲示_2026.xlsx",
                     "sheets": {"自費": [["ひのでARTクリニック 自費診療 料金表（2026年4月改定）"], [],
                                       ["項目", "コード", "料金（税込）"],
                                       ["初診料", "J-001", 5500], ["再診料", "J-002", 2200],
                                       ["採卵（基本）", "J-110", 220000],
                                       ["胚凍結保存（1年）", "J-210", 33000],
                                       ["PGT-A（1胚）", "J-320", 66000]],
                                "先進医療": [["先進医療 料金表"], ["タイムラプス", "S-01", 33000],
                                         ["子宮内膜刺激術（SEET）", "S-04", 22000]]}}],
    "entities": [], "detectors": [],
    "note": "public price list; product codes and prices only",
})

# 086 either: pamphlet testimonial with initials and age, consent noted
M({
    "id": "fertility-086", "expect": "either",
    "sender": MIZUNO,
    "to": ["錦印刷 制作部 真鍋 <manabe@nishiki-insatsu.co.jp>"],
    "subject": "パンフレット「患者さまの声」原稿",
    "charset": "utf-8",
    "body": """真鍋様

お世話になっております。水野です。
パンフレット見開きの「患者さまの声」の原稿です（ご本人の掲載同意取得済み）。

――――――――――――――
Mさん（38歳・会社員／川崎市在住）
「AMHが低いと言われ、正直あきらめかけていました。
　3回目の顕微授精でようやく妊娠でき、昨年の秋に長女が生まれました。
　仕事と治療の両立は大変でしたが、看護師さんの声かけに何度も救われました。」
――――――――――――――

写真は使わず、イラストでお願いします。

水野
""",
    "entities": ["SENSITIVE_CATEGORY"], "detectors": [],
    "note": "initial, age, city and treatment story with consent: identifiability is debatable",
})

# 087 stop: HTML-only staff emergency contacts (6 people, home addresses) to a security firm
_h87 = "".join(f"<tr><td>{n}</td><td>{r}</td><td>{mob()}</td><td>{a}</td></tr>" for n, r, a in [
    ("日下部 隆之", "院長", "東京都目黒区青葉台2-9-14"),
    ("大河原 徹", "培養室長", "神奈川県川崎市中原区小杉町1-403-1207"),
    ("宮坂 亮太", "胚培養士", "東京都大田区田園調布本町12-5"),
    ("Lena Hoffmann", "胚培養士", "東京都港区南麻布4-2-30-503"),
    ("芳賀 奈緒子", "看護主任", "東京都世田谷区太子堂3-7-2"),
    ("鳴海 拓", "情報システム", "千葉県市川市八幡3-19-11"),
])
M({
    "id": "fertility-087", "expect": "stop",
    "sender": MIZUNO,
    "to": ["あんぜん警備保障 機械警備課 <kikai@anzen-keibi.co.jp>"],
    "subject": "異常発報時の連絡先（培養室・液体窒素タンク）更新",
    "charset": "utf-8",
    "html": f"""<html><body>
<p>あんぜん警備保障株式会社<br>機械警備課 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 総務課の水野です。<br>
培養室および液体窒素タンクの異常発報時の連絡先を更新しましたので、差し替えをお願いいたします。
上から順にご連絡ください（夜間・休日は駆け付け先として自宅住所を記載しています）。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>氏名</th><th>役割</th><th>携帯</th><th>自宅住所</th></tr>
{_h87}
</table>
<p>水野 彩花<br>日の出産業株式会社 ヘルスケア事業本部 総務課<br>TEL 03-5468-2270</p>
</body></html>""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "HTML table of 6 staff with mobiles and home addresses to a security company",
})

# 088 pass: HTML-only program introduction to a partner's HR department
M({
    "id": "fertility-088", "expect": "pass",
    "sender": "法人連携担当 <hojin-renkei@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 ダイバーシティ推進室 <diversity@kawasaki-denki.co.jp>"],
    "subject": "【ご提案】従業員向け 妊活・不妊治療 両立支援プログラム",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Yu Gothic',sans-serif">
<p>川崎電機株式会社<br>人事部 ダイバーシティ推進室 御中</p>
<p>平素より大変お世話になっております。<br>
日の出産業株式会社 ヘルスケア事業本部 法人連携担当でございます。</p>
<p>先日お問い合わせいただいた、従業員向けの両立支援プログラムの概要をご案内いたします。</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>メニュー</th><th>内容</th><th>料金（税別）</th></tr>
<tr><td>オンラインセミナー</td><td>妊活の基礎知識・両立制度（60分）</td><td>100,000円／回</td></tr>
<tr><td>匿名相談窓口</td><td>看護師・公認心理師によるチャット相談</td><td>1名 月額 500円</td></tr>
<tr><td>管理職研修</td><td>部下から相談を受けたときの対応（90分）</td><td>150,000円／回</td></tr>
</table>
<p>個別の相談内容を貴社にご報告することはございません（利用件数のみの月次報告です）。</p>
<p>ご検討のほど、よろしくお願い申し上げます。</p>
</body></html>""",
    "entities": [], "detectors": [],
    "note": "sales proposal with a price table; no personal data",
})

# 089 stop: reply thread; quoted list is old, but the new text adds a patient with diagnosis
M({
    "id": "fertility-089", "expect": "stop",
    "sender": KANZAKI,
    "to": ["ミライ臨床検査 検体受付 <uketsuke@mirai-rinsho.co.jp>"],
    "subject": "Re: 不育症スクリーニング 依頼の確認",
    "charset": "cp932",
    "body": """ミライ臨床検査 検体受付 ご担当者様

ご確認ありがとうございます。神崎です。
下記2名のほかに、追加で1名お願いいたします。本日の集荷に含めます。

　氏名：浅利 紗英 様
　生年月日：平成3年5月16日
　病名：不育症（流産3回）、抗リン脂質抗体症候群の疑い
　項目：抗カルジオリピン抗体、ループスアンチコアグラント、第XII因子

よろしくお願いいたします。

> 以下2名分、依頼書を受領しました。
> 　・P-212031　塩見 加奈子 様
> 　・P-212390　國分 優 様
> 追加がある場合はご連絡ください。
> ミライ臨床検査 検体受付
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "quoted names are old, but the new text adds a named patient with DOB and diagnosis",
})

# 090 pass: English reply; the sample list is only in the quoted "wrote:" section
M({
    "id": "fertility-090", "expect": "pass",
    "sender": HOFFMANN,
    "to": ["Genome Assist Sample Reception <samples@genome-assist.com>"],
    "subject": "Re: Results ready - shipment HAC26-0611",
    "charset": "utf-8",
    "body": """Hi Priya,

Thanks - downloaded the reports, all 7 files open fine. Invoice can go to our
accounting team as usual.

Best,
Lena

On Thu, Jun 18, 2026 at 9:02 AM Priya Raman <samples@genome-assist.com> wrote:
> Dear Lena,
> Results for shipment HAC26-0611 are available on the portal:
>   HAC26-0611-01  MORIGUCHI Ayane   euploid
>   HAC26-0611-02  MORIGUCHI Ayane   aneuploid (+21)
>   HAC26-0611-03  TACHIBANA Reiko   aneuploid (-13)
>   HAC26-0611-04  OKUDAIRA Kaho     euploid, balanced for t(11;22) not assessable
>   HAC26-0611-05  SHIGENO Miwa      mosaic (chr 2, 40%)
>   HAC26-0611-06  SHIGENO Miwa      euploid
>   HAC26-0611-07  YAGYU Tomomi      no result (amplification failure)
> Kind regards, Priya
""",
    "entities": [], "detectors": [],
    "note": "patients' results only in quoted text from the recipient; new text is a thank-you",
})

# 091 stop: a patient who is a DV victim (crime victim) in a request to a ward office
M({
    "id": "fertility-091", "expect": "stop",
    "sender": USAMI,
    "to": ["みなと北区 区民課 住民記録係 <jumin@city.minatokita.lg.jp>"],
    "subject": "DV等支援措置の申出に関する相談機関意見書について",
    "charset": "iso-2022-jp",
    "body": """みなと北区 区民課 住民記録係 ご担当者様

突然のご連絡失礼いたします。ひのでARTクリニックで公認心理師をしております宇佐美と申します。

当院に通院中の 塙 奈津美 様（東京都みなと北区港南3-8-1-1506 在住）より、
元配偶者からの暴力（身体的暴力・つきまとい）の被害を受けており、
住民票の写し等の交付制限（DV等支援措置）を申し出たいとのご相談がありました。
警察への相談歴もあるとのことです。

相談機関として意見書を作成する場合の様式と、ご本人の来庁時に必要な書類を
ご教示いただけますでしょうか。

宇佐美 千尋
ひのでARTクリニック カウンセリング室
TEL 03-5468-2276
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named patient with address described as a domestic-violence victim",
})

# 092 stop: a patient's religious creed (refusal of transfusion) to the anaesthesia partner
M({
    "id": "fertility-092", "expect": "stop",
    "sender": "看護部 芳賀 <n.haga@hinode-sangyo.co.jp>",
    "to": ["麻酔サポート 配置担当 <haichi@masui-support.jp>"],
    "subject": "6/15 採卵の方についての事前共有",
    "charset": "utf-8",
    "body": """麻酔サポート 配置ご担当者様

お世話になっております。芳賀です。
6/15（月）9:00 採卵予定の 比留間 操 様（36歳）について、事前に共有いたします。

ご本人は信仰上の理由から、いかなる場合も輸血（自己血を含む）を受けないとのご意思で、
当院所定の「輸血拒否に関する同意書」に署名済みです。
担当の麻酔科の先生にも、あらかじめお伝えいただけますでしょうか。

芳賀
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one named patient's religious creed and procedure sent outside",
})

# 093 pass (internal): HR about an employee's disability accommodation
M({
    "id": "fertility-093", "expect": "pass",
    "sender": MIZUNO,
    "to": ["人事部 労務課 <roumu@hinode-sangyo.co.jp>"],
    "cc": [KUSAKABE],
    "subject": "受付スタッフの合理的配慮について（ご相談）",
    "charset": "iso-2022-jp",
    "body": """人事部 労務課 御中

総務の水野です。
7月から受付に配属予定の 桑畑 美紀 さん（障害者雇用枠、聴覚障害・身体障害者手帳4級）について、
以下の合理的配慮を準備したいと考えています。社内規程上の問題がないかご確認ください。

・受付の呼び出しを番号表示と振動呼び出し機で行う
・院内連絡は原則チャットで行う
・月1回、産業医面談を設定

水野
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "an employee's disability discussed, but only internal recipients",
})

# 094 stop: a patient's disability (wheelchair, certificate grade) to the partner hotel
M({
    "id": "fertility-094", "expect": "stop",
    "sender": MIZUNO,
    "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    "subject": "バリアフリールームのご予約（7/8〜7/10）",
    "charset": "cp932",
    "body": """さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。ひのでARTクリニック総務の水野です。
遠方から採卵のために来院される患者様のご宿泊をお願いいたします。

　ご宿泊者：宍倉 夕子 様（ご主人と2名）
　日程：7月8日（水）〜7月10日（金） 2泊
　お部屋：ユニバーサルルーム
　備考：脊髄損傷により車いすをご使用です（身体障害者手帳1級）。
　　　　ベッドへの移乗がしやすいお部屋をお願いします。

料金はご本人様のお支払いです。
""" + sig("総務課", "水野 彩花", "a.mizuno@hinode-sangyo.co.jp", style=1),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one named patient's disability (spinal cord injury, certificate grade 1) to a hotel",
})

# 095 pass: snack order to a partner food company
M({
    "id": "fertility-095", "expect": "pass",
    "sender": "受付 <uketsuke@mail.hinode-sangyo.co.jp>",
    "to": ["北国フーズ 法人営業 <hojin@kitaguni-foods.co.jp>"],
    "subject": "採卵後の軽食セット 7月分のご注文",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社 法人営業ご担当者様

いつもお世話になっております。ひのでARTクリニック受付です。
7月分の軽食セットを以下のとおり注文いたします。

　商品コード　KF-LS-12（おにぎり・スープセット）　×120
　商品コード　KF-LS-15（アレルゲン27品目不使用セット）　×30
　商品コード　KF-DR-03（経口補水ゼリー）　×150

納品は毎週月曜 8時までに、5F 受付へお願いします。
注文番号：HK-2607-018

ひのでARTクリニック 受付
""",
    "entities": [], "detectors": [],
    "note": "product order with codes and quantities",
})

# 096 stop: look-alike of partner kitaguni-foods.co.jp (dropped "s")
M({
    "id": "fertility-096", "expect": "stop",
    "sender": "受付 <uketsuke@mail.hinode-sangyo.co.jp>",
    "to": ["北国フーズ 法人営業 <hojin@kitaguni-food.co.jp>"],
    "subject": "Re: 8月の納品曜日変更について",
    "charset": "utf-8",
    "body": """北国フーズ 法人営業ご担当者様

ひのでARTクリニック受付です。
8月は第2週がお盆休診のため、8/10（月）の納品はお休みでお願いします。
8/17（月）から通常どおりです。

よろしくお願いいたします。
""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "kitaguni-food.co.jp drops a letter of partner kitaguni-foods.co.jp",
})

# 097 pass: マイナ保険証 reader setup, words 個人番号/マイナンバー only, serial numbers
M({
    "id": "fertility-097", "expect": "pass",
    "sender": NARUMI,
    "to": ["ツバサシステム 吉永 <yoshinaga@tsubasa-system.jp>"],
    "subject": "顔認証付きカードリーダー（マイナ保険証）増設の件",
    "charset": "iso-2022-jp",
    "body": """吉永様

お世話になっております。鳴海です。
マイナ保険証の利用者が増えてきたため、受付に顔認証付きカードリーダーを1台増設したいと考えています。

　既設：FR-300 シリアル FR3-22A-004417（受付1）
　増設：FR-300 1台（受付2）

なお、当院ではマイナンバー（個人番号）そのものは取得・保存しない運用ですので、
資格確認端末の設定で個人番号を扱う機能は無効のままでお願いします。
見積と作業日程のご提案をいただけますでしょうか。

鳴海
""",
    "entities": [], "detectors": [],
    "note": "talks about マイナンバー and 個人番号 but carries no number; serials only",
})

# 098 stop: oncofertility subsidy application DOCX (one patient, cancer) to a prefecture
M({
    "id": "fertility-098", "expect": "stop",
    "sender": ONODERA,
    "to": ["青空市 健康課 がん・難病対策係 <gan-nanbyo@city.aozora.lg.jp>"],
    "subject": "若年がん患者 妊孕性温存治療費助成（市上乗せ分）証明書の送付",
    "charset": "utf-8",
    "body": """青空市 健康福祉部 健康課 がん・難病対策係 御中

いつもお世話になっております。ひのでARTクリニック（妊孕性温存療法 指定医療機関）の小野寺です。
申請者ご本人から依頼のあった、医療機関記入分の証明書をWordでお送りします。
ご本人からの申請書類一式は、本日郵送されたと伺っております。

小野寺 紗希
""",
    "attachments": [{"kind": "docx", "name": "妊孕性温存_証明書_指定医療機関.docx",
                     "paragraphs": ["妊孕性温存療法実施証明書"],
                     "tables": [[["申請者氏名", "嵯峨 朋佳"],
                                 ["生年月日", "1994年2月8日"],
                                 ["住所", "東京都青空市桜台5-3-17"],
                                 ["原疾患", "左乳がん（ステージIIA）、術後化学療法予定"],
                                 ["原疾患主治医", "青空市立病院 乳腺外科"],
                                 ["実施した温存療法", "未受精卵子凍結（採卵 2026/05/14、凍結卵子 11個）"],
                                 ["費用", "368,500円"]]]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one applicant's breast-cancer diagnosis, DOB and address in a DOCX to the city's subsidy office",
})

# 099 stop: XLSX survey data without a name column (address, phone, treatment) to a research firm
_r99 = [["患者満足度調査2026 回答データ（自由記述含む）"], ["回答者ID", "年代", "住所", "電話",
                                              "治療歴", "満足度", "自由記述"]]
for rid, age, ad, tx, sat, fr in [
    ("Q-0001", "30代後半", "東京都渋谷区代々木3-22-7", "顕微授精3回・流産1回", 4, "待ち時間が長い"),
    ("Q-0002", "40代前半", "東京都品川区西五反田7-1-9", "体外受精5回", 3, "費用の説明がわかりにくい"),
    ("Q-0003", "30代前半", "神奈川県川崎市高津区溝口2-4-15", "人工授精6回→体外受精", 5, "看護師さんが親切"),
    ("Q-0004", "30代後半", "東京都世田谷区三軒茶屋1-35-2", "PGT-A・反復流産", 4, "カウンセリングが助かった"),
    ("Q-0005", "40代前半", "埼玉県和光市本町18-3", "卵子提供を検討中", 2, "夜間の電話がつながらない"),
    ("Q-0006", "20代後半", "東京都目黒区碑文谷4-6-11", "PCOS・排卵誘発", 5, "特になし"),
    ("Q-0007", "30代後半", "千葉県浦安市美浜1-8-2", "男性不妊（夫 TESE）", 4, "男性向けの説明会がほしい"),
    ("Q-0008", "40代後半", "東京都中央区佃2-1-6", "凍結胚移植8回", 3, "結果が出ず不安"),
]:
    _r99.append([rid, age, ad, mob(), tx, sat, fr])
M({
    "id": "fertility-099", "expect": "stop",
    "sender": "経営企画 保科 <k.hoshina@hinode-sangyo.co.jp>",
    "to": ["サーベイラボ 分析チーム <analysis@survey-lab.co.jp>"],
    "subject": "満足度調査 回答データ送付（分析ご依頼）",
    "charset": "utf-8",
    "body": """株式会社サーベイラボ 分析チーム 御中

お世話になっております。日の出産業 ヘルスケア事業本部 経営企画の保科です。
患者満足度調査の回答データをお送りします。氏名は含めていません。
追跡調査の対象者を選ぶため、住所と電話番号は残してあります。

保科 圭
""",
    "attachments": [{"kind": "xlsx", "name": "満足度調査2026_回答.xlsx",
                     "sheets": {"回答": _r99, "設問": [["No", "設問"], [1, "総合満足度（5段階）"],
                                                      [2, "自由記述"]]}}],
    "entities": ["JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "8 respondents without a name column but with address, phone and treatment history",
})

# 100 pass: co-authors' names and affiliations only, to a study group
M({
    "id": "fertility-100", "expect": "pass",
    "sender": KUSAKABE,
    "to": ["日本生殖医療研究会 演題登録 <endai@seishoku-kenkyukai.or.jp>"],
    "subject": "演題登録：共同演者の追加について",
    "charset": "cp932",
    "body": """日本生殖医療研究会 演題登録係 御中

ひのでARTクリニックの日下部です。
登録番号 A-2026-0187 の演題について、共同演者を以下のとおり追加・修正させてください。

　筆頭演者　日下部 隆之（ひのでARTクリニック）
　共同演者　大河原 徹（同 胚培養室）
　共同演者　Lena Hoffmann（同 胚培養室）
　共同演者　宍戸 浩一（東海医科大学 産婦人科）

抄録本文の修正はございません。よろしくお願いいたします。

日下部 隆之
ひのでARTクリニック 院長
TEL 03-5468-2270
""",
    "entities": [], "detectors": [],
    "note": "authors' names with affiliations only; no personal data beyond names",
})
