"""Blind evaluation corpus — area: halal.

日の出産業株式会社 ハラール食品事業部: a food importer holding halal certification with a
staff of many foreign employees — prayer-room and Ramadan scheduling, dietary and religious
needs, halal certification bodies, visas and residence cards, suppliers abroad, English
mail.

Every person, company (other than the organisation and partners named in the brief),
address and number in this file is invented.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 13201
rng = random.Random(SEED)
_serial = SEED  # n for my_number(n) / card_number(n), counting up from SEED


def next_my_number() -> str:
    global _serial
    value = my_number(_serial)
    _serial += 1
    return value


def next_card() -> str:
    global _serial
    value = card_number(_serial)
    _serial += 1
    return value


def digits(k: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(k))


def mobile() -> str:
    return f"0{rng.choice('789')}0-{digits(4)}-{digits(4)}"


_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(text: str) -> str:
    return text.translate(_ZEN)


_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def zairyu() -> str:
    """在留カード番号: 2 letters, 8 digits, 2 letters."""
    return (rng.choice(_LETTERS) + rng.choice(_LETTERS) + digits(8)
            + rng.choice(_LETTERS) + rng.choice(_LETTERS))


def passport(prefix: str, k: int = 7) -> str:
    return prefix + digits(k)


def corp_no() -> str:
    """法人番号 (13 digits, leading check digit)."""
    base = [rng.randrange(10) for _ in range(12)]
    base[0] = rng.randrange(1, 10)
    total = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(base), start=1))
    return str(9 - total % 9) + "".join(map(str, base))


def account() -> str:
    return str(rng.randrange(1000000, 9999999))


def license_no() -> str:
    return rng.choice(["30", "45", "62", "28"]) + digits(10)


def pension() -> str:
    return f"{rng.randrange(1000, 9999)}-{digits(6)}"


def _w(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - _w(text), 0)


def columns(rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    """Plain-text columns padded with spaces under a header and a rule line."""
    widths = [max(_w(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, row in enumerate(rows):
        out.append((" " * gap).join(_pad(str(c), widths[i]) for i, c in enumerate(row)).rstrip())
        if k == 0:
            out.append((" " * gap).join(rule * widths[i] for i in range(len(widths))))
    return "\n".join(out)


DISCLAIMER_JA = (
    "本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
    "お手数ですが送信者にご連絡のうえ、本メールを削除してください。")
DISCLAIMER_EN = (
    "This e-mail and any attachments may contain confidential information intended "
    "solely for the addressee. If you are not the intended recipient, please notify the "
    "sender and delete this e-mail. Any unauthorised use or disclosure is prohibited.")

SIG_SHOJI = """--
日の出産業株式会社　人事総務部 総務課
東海林 麻衣（しょうじ まい）
〒140-0002 東京都品川区東品川3-9-21 日の出ビル6F
TEL 03-5781-2240（代）／内線 612
shoji.mai@hinode-sangyo.co.jp"""

SIG_KITO = """━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 ハラール食品事業部
輸入業務課　鬼頭 武志
TEL: 03-5781-2255  FAX: 03-5781-2256
E-mail: kito.takeshi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_FAIZ_EN = """Best regards,

Muhammad Faiz bin Rosli
Halal Assurance Office / Halal Food Division
Hinode Sangyo Co., Ltd.
6F Hinode Bldg., 3-9-21 Higashi-Shinagawa, Shinagawa-ku, Tokyo 140-0002, Japan
Tel: +81-3-5781-2261 | faiz.rosli@hinode-sangyo.co.jp"""

SIG_TESHIGAWARA = """-----------------------------------------
日の出産業株式会社
人事総務部 人事課　勅使河原 紗季
〒140-0002 東京都品川区東品川3-9-21
TEL 03-5781-2241 / teshigawara@hinode-sangyo.co.jp
-----------------------------------------"""

SIG_IGARASHI = """////////////////////////////////////////
日の出産業株式会社 品質保証部 ハラール管理室
室長　五十嵐 恒一
TEL 03-5781-2260　携帯は総務経由でお願いします
igarashi.koichi@hinode-sangyo.co.jp
////////////////////////////////////////"""

SIG_DOMEKI = """―――――――――――――――――
日の出産業(株) 営業部 営業一課
百目鬼 亮 (Domeki Ryo)
TEL 03-5781-2270
domeki@hinode-sangyo.co.jp
―――――――――――――――――"""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------- 001-025

_prayer_rows = [
    ["氏名", "所属", "宗教", "利用時間帯（昼／午後）"],
    ["アフマド・ルスディ", "輸入業務課", "イスラム教", "12:10-12:25 / 15:20-15:35"],
    ["シティ・アミナ", "品質保証課", "イスラム教", "12:25-12:40 / 15:35-15:50"],
    ["ラフマン・ホサイン", "物流センター", "イスラム教", "12:40-12:55 / 15:20-15:35"],
    ["メフメト・ユルマズ", "物流センター", "イスラム教", "12:10-12:25 / 15:50-16:05"],
    ["ファティマ・ザフラ", "輸入業務課", "イスラム教", "12:55-13:10 / 15:35-15:50"],
    ["アジズ・カリモフ", "物流センター", "イスラム教", "12:25-12:40 / 15:50-16:05"],
]

MESSAGES.append({
    "id": "halal-001", "expect": "stop",
    "sender": "東海林 麻衣 <shoji.mai@hinode-sangyo.co.jp>",
    "to": ["小野寺 様 <onodera@keihin-bm.co.jp>"],
    "subject": "3階 会議室Cの礼拝室利用（空調・照明設定のご依頼）",
    "charset": "iso-2022-jp",
    "body": f"""京浜ビルマネジメント株式会社
施設管理課 小野寺様

いつもお世話になっております。
日の出産業 総務課の東海林でございます。

先日ご相談いたしました3階 会議室Cを礼拝室として使う件、
利用者と時間帯を以下のとおり取りまとめました。
この時間帯は人感センサーによる照明・空調の自動OFFを
解除していただけますでしょうか。

{columns(_prayer_rows)}

※金曜日は12:00-13:00を全員の合同利用とします。
※鍵は総務課で管理し、上記の者に貸し出します。

ご不明点がございましたらご連絡ください。
よろしくお願いいたします。

{SIG_SHOJI}
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six named employees with their religion and prayer times, sent to the external building manager",
})

MESSAGES.append({
    "id": "halal-002", "expect": "pass",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["加工センター 班長 <kakou-hancho@hinode-sangyo.co.jp>"],
    "cc": ["人事課 <jinji@hinode-sangyo.co.jp>"],
    "subject": "ラマダン期間中の加工センター勤務シフト（確定版）",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>加工センター 班長各位</p>
<p>お疲れさまです。人事課の勅使河原です。<br>
ラマダン期間（3/1〜3/30）のシフトを確定しましたので共有します。<br>
断食中のメンバーは日没前後の休憩を優先してください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>通常シフト</th><th>ラマダン期間シフト</th><th>備考</th></tr>
<tr><td>デウィ・ラハユ</td><td>8:00-17:00</td><td>6:00-14:30</td><td>断食実施（イスラム教）／日没時休憩</td></tr>
<tr><td>リズキ・プラタマ</td><td>8:00-17:00</td><td>6:00-14:30</td><td>断食実施（イスラム教）</td></tr>
<tr><td>ヌルル・イスラム</td><td>13:00-22:00</td><td>11:00-19:30</td><td>断食実施／18:05頃イフタール休憩</td></tr>
<tr><td>ブディ・サントソ</td><td>8:00-17:00</td><td>8:00-17:00</td><td>変更なし</td></tr>
<tr><td>グエン・ヴァン・トゥアン</td><td>13:00-22:00</td><td>13:00-22:00</td><td>変更なし</td></tr>
<tr><td>小笠原 潤</td><td>8:00-17:00</td><td>10:00-19:00</td><td>早番減少分の補充</td></tr>
</table>
<p>社内限りの資料です。外部には転送しないでください。</p>
<p>―<br>人事総務部 人事課 勅使河原（内線 611）</p>
</body></html>""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "religion of named staff, but every recipient is internal",
})

_budi_card = zairyu()
_budi_pp = passport("C")
MESSAGES.append({
    "id": "halal-003", "expect": "stop",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["行政書士法人みなと国際手続センター 申請担当 <shinsei@minato-visa.jp>"],
    "subject": "【ご依頼】新規採用者の在留資格変更許可申請（技術・人文知識・国際業務）",
    "charset": "cp932",
    "body": f"""行政書士法人みなと国際手続センター
申請担当 御中

いつも大変お世話になっております。
日の出産業 人事課の勅使河原です。

4月入社予定の留学生1名について、在留資格変更許可申請の
取次ぎをお願いしたく、基本情報をお送りいたします。

■対象者
　氏名　　　　：ブディ・サントソ（BUDI SANTOSO）
　国籍　　　　：インドネシア
　生年月日　　：1999年8月14日
　在留カード番号：{_budi_card}
　旅券番号　　：{_budi_pp}
　現在の在留資格：留学（在留期限 2026年3月31日）
　最終学歴　　：東都情報ビジネス専門学校 国際ビジネス科（2026年3月卒業見込）

■予定職務
　輸入業務課にて、インドネシア仕入先との通関書類作成・英語/インドネシア語での折衝

雇用契約書と卒業見込証明書は、本人から受け取り次第お送りします。
ご確認のほど、よろしくお願いいたします。

{SIG_TESHIGAWARA}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "one new hire's residence card and passport numbers to an outside immigration lawyer",
})

MESSAGES.append({
    "id": "halal-004", "expect": "pass",
    "sender": "Takeshi Kito <kito.takeshi@hinode-sangyo.co.jp>",
    "to": ["Purchasing Dept. <sales@pertama-foods.com.my>"],
    "subject": "PO HS-2026-0418 / Frozen halal chicken products (May shipment)",
    "charset": "utf-8",
    "body": """Dear Ms. Nadia,

Thank you for your quotation PFQ-26-113 dated 2 April.
We are pleased to place the following purchase order.

PO No.      : HS-2026-0418
Incoterms   : CIF Tokyo (Oi terminal)
Payment     : T/T 30 days after B/L date
Shipment    : by 20 May 2026, 1 x 40' reefer, -18C

Item code   Description                          Qty (ctn)  Unit price (USD)
---------   ----------------------------------   ---------  ----------------
PF-CK-201   Chicken satay, marinated, 1kg x 10        420             38.50
PF-CK-215   Chicken karaage (halal), 1kg x 10         380             41.20
PF-RD-030   Rendang paste, 500g x 24                   90             52.80
PF-RT-102   Roti canai, frozen, 20pcs x 12            260             29.60

Please make sure that each carton carries the halal logo and the
certificate number, and send the health certificate and halal
certificate (copy) with the shipping documents.

""" + """Best regards,

Takeshi Kito
Import Operations, Halal Food Division
Hinode Sangyo Co., Ltd.
Tel +81-3-5781-2255

""" + DISCLAIMER_EN,
    "entities": [],
    "detectors": [],
    "note": "ordinary purchase order to an overseas supplier: product codes and prices only",
})

_visa_rows = [["外国籍社員 在留期限管理表（2026年度上期）", "", "", "", "", "", ""],
              ["社員番号", "氏名（ローマ字）", "国籍", "在留資格", "在留カード番号", "在留期限", "生年月日"]]
for _no, _name, _nat, _status, _dob in [
        ("H20418", "RAHMAN HOSSAIN", "バングラデシュ", "特定技能1号", "1994/02/11"),
        ("H20455", "MEHMET YILMAZ", "トルコ", "技術・人文知識・国際業務", "1990/07/29"),
        ("H21003", "AZIZ KARIMOV", "ウズベキスタン", "特定技能1号", "1997/12/03"),
        ("H21017", "DEWI RAHAYU", "インドネシア", "特定技能1号", "1998/05/19"),
        ("H21024", "RIZKI PRATAMA", "インドネシア", "特定技能1号", "2000/01/08"),
        ("H21102", "NURUL ISLAM", "バングラデシュ", "特定技能1号", "1996/09/25"),
        ("H21140", "HASSAN EL-SAYED", "エジプト", "技術・人文知識・国際業務", "1988/04/16"),
        ("H21177", "FATIMA ZAHRA", "モロッコ", "家族滞在→変更予定", "1993/10/02")]:
    _visa_rows.append([_no, _name, _nat, _status, zairyu(),
                       f"2026/{rng.randrange(5, 10):02d}/{rng.randrange(1, 29):02d}", _dob])

MESSAGES.append({
    "id": "halal-005", "expect": "stop",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["手塚 行政書士 <tezuka@minato-visa.jp>"],
    "subject": "上期の在留期間更新対象者リスト送付の件",
    "charset": "iso-2022-jp",
    "body": f"""手塚先生

お世話になっております。日の出産業の勅使河原です。
上期（4月〜9月）に在留期限を迎える社員の一覧をお送りします。
「更新手続メモ」シートに、各人の書類の準備状況を記載しています。

8名分となりますので、面談日程のご提案をいただけますと幸いです。

{SIG_TESHIGAWARA}
""",
    "attachments": [{
        "kind": "xlsx", "name": "在留期限一覧_2026上期.xlsx", "title": "在留期限管理表",
        "sheets": {
            "在留期限": _visa_rows,
            "更新手続メモ": [["社員番号", "状況"], ["H20418", "住民税納税証明 取得済"],
                         ["H21003", "技能実習からの移行歴あり、要確認"],
                         ["H21177", "就労資格への変更を希望"]],
        },
    }],
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "eight employees' residence card numbers and birth dates in an XLSX to an outside lawyer",
})

MESSAGES.append({
    "id": "halal-006", "expect": "pass",
    "sender": "五十嵐 恒一 <igarashi.koichi@hinode-sangyo.co.jp>",
    "to": ["一般社団法人日本ムスリム食品認証センター 審査部 <audit@nmfc-halal.or.jp>"],
    "subject": "Re: ハラール認証更新審査（品川物流センター）の日程について",
    "charset": "iso-2022-jp",
    "body": f"""日本ムスリム食品認証センター
審査部 ご担当者様

いつもお世話になっております。
日の出産業 ハラール管理室の五十嵐です。

更新審査の日程につきまして、ご提示いただいた候補のうち
5月21日（木）10:00〜16:00 でお願いできればと存じます。

当日の流れ（案）
　10:00　オープニングミーティング（本社6F 第2会議室）
　10:30　書類審査（HAS マニュアル、原材料リスト、供給者証明書）
　13:00　品川物流センター 現地審査（冷凍庫・専用ライン・洗浄手順）
　15:30　クロージングミーティング

認証番号 NMFC-JP-0731 の対象品目に変更はございません。
前回指摘事項（区分保管表示の掲示）の是正写真は審査当日にご覧いただけます。

よろしくお願い申し上げます。

{SIG_IGARASHI}

{DISCLAIMER_JA}
""",
    "entities": [],
    "detectors": [],
    "note": "scheduling the halal renewal audit with the certification body; Japanese disclaimer only",
})

_card7 = next_card()
MESSAGES.append({
    "id": "halal-007", "expect": "stop",
    "sender": "鬼頭 武志 <kito.takeshi@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 予約係 <reservation@sakura-hotel.jp>"],
    "subject": "法人予約：マレーシア仕入先ご一行 5/12〜5/15（カード決済）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 予約係 御中

いつもお世話になっております。日の出産業の鬼頭です。
先ほどお電話で仮押さえいただいた件、下記のとおり本予約をお願いいたします。

・宿泊日　　：5月12日（火）〜5月15日（金）3泊
・部屋　　　：シングル×3室（禁煙）
・お支払い　：法人カードにて事前決済
　カード番号：{_card7[:4]} {_card7[4:8]} {_card7[8:12]} {_card7[12:]}
　有効期限　：09/28
　名義　　　：TAKESHI KITO

朝食はハラール対応メニューをご用意いただけると伺っております。
領収書の宛名は「日の出産業株式会社」でお願いいたします。

{SIG_KITO}
""",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a full credit card number in the body of a hotel booking",
})

_att8 = [("ハーマン・ロー", mobile()), ("エリカ・タン", mobile()), ("北条 秀明", mobile()),
         ("相良 みのり", mobile()), ("オスマン・アリ", mobile())]
MESSAGES.append({
    "id": "halal-008", "expect": "pass",
    "sender": "百目鬼 亮 <domeki@hinode-sangyo.co.jp>",
    "to": ["北条 秀明 <hojo@kitaguni-foods.co.jp>"],
    "subject": "Re: 商談会ご来場者のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""北条様

ご連絡ありがとうございます。
5名様で承知いたしました。受付にお名前をお伝えしておきます。
当日はどうぞよろしくお願いいたします。

{SIG_DOMEKI}

北条 秀明 wrote:
> 日の出産業 百目鬼様
>
> お世話になっております。北国フーズの北条です。
> 来週のハラール食品商談会、弊社からは以下の5名で伺います。
> 当日の緊急連絡先として携帯番号を記載します。
>
""" + "\n".join(f"> {n}　{p}" for n, p in _att8) + """
>
> 何卒よろしくお願いいたします。
""",
    "entities": [],
    "detectors": [],
    "note": "the five visitors' phones are only in the quoted text the partner itself sent",
})

MESSAGES.append({
    "id": "halal-009", "expect": "stop",
    "sender": "百目鬼 亮 <domeki@hinode-sangyo.co.jp>",
    "to": ["北条 秀明 <hojo@kitaguni-food.co.jp>"],
    "subject": "ハラール認証品サンプル発送のご案内",
    "charset": "utf-8",
    "body": f"""北国フーズ株式会社
商品部 北条様

お世話になっております。日の出産業の百目鬼です。
ご依頼いただいたサンプルを本日発送いたしました。

　・ハラール牛ひき肉 冷凍 500g　×3
　・ムルタバ（冷凍）10枚入　×2
　・ナシゴレンの素 200g　×5

青葉運輸 冷凍便 お問合せ番号：4418-2290-7315
明日午前着の予定です。

試食のご感想をお聞かせいただけますと幸いです。

{SIG_DOMEKI}
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain kitaguni-food.co.jp drops the s of partner kitaguni-foods.co.jp",
})

MESSAGES.append({
    "id": "halal-010", "expect": "stop",
    "sender": "Takeshi Kito <kito.takeshi@hinode-sangyo.co.jp>",
    "to": ["Nadia Ismail <nadia@pertama-foods.com.my>",
           "Agus Setiawan <agus.s@sumber-rasa.co.id>",
           "Somchai P. <export@siam-halal-trading.co.th>"],
    "subject": "RFQ: halal frozen seafood for autumn 2026",
    "charset": "utf-8",
    "body": """Dear all,

Hinode Sangyo is sourcing halal-certified frozen seafood for the
autumn-winter 2026 season. We would be grateful for your best offer
by 15 June.

  1. Breaded shrimp, 30g/pc, 1kg bag      approx. 6,000 kg
  2. Fish fingers (pollock), 25g/pc        approx. 4,500 kg
  3. Squid rings, battered                 approx. 3,000 kg

Please state: FOB price (USD/kg), MOQ, lead time, certifying body and
certificate validity, and shelf life at -18C.

Best regards,
Takeshi Kito
Import Operations, Hinode Sangyo Co., Ltd.
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three competing suppliers from three companies can see each other in To",
})

_t_corp = corp_no()
MESSAGES.append({
    "id": "halal-011", "expect": "pass",
    "sender": "経理部 請求担当 <seikyu@hinode-sangyo.co.jp>",
    "to": ["丸三ストア 経理部 <keiri@marusan-store.co.jp>"],
    "subject": "4月分ご請求書送付のご案内（請求書番号 INV-2604-0231）",
    "charset": "cp932",
    "body": """丸三ストア株式会社
経理部 ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
4月分のご請求書をPDFにてお送りいたします。
ご査収のほどよろしくお願い申し上げます。

日の出産業株式会社 経理部 請求担当
TEL 03-5781-2230
""",
    "attachments": [{
        "kind": "pdf", "name": "INV-2604-0231.pdf", "title": "請求書 INV-2604-0231",
        "lines": ["請　求　書", "丸三ストア株式会社 御中", "請求書番号：INV-2604-0231　発行日：2026年4月30日",
                  "日の出産業株式会社　東京都品川区東品川3-9-21",
                  f"登録番号：T{_t_corp}", ""],
        "table": [["品番", "品名", "数量", "単価", "金額"],
                  ["HN-CK-001", "ハラールチキンナゲット 1kg", "120", "1,280", "153,600"],
                  ["HN-BF-014", "ハラール牛カルビ 500g", "80", "1,950", "156,000"],
                  ["HN-SP-220", "ビリヤニスパイスミックス", "200", "420", "84,000"],
                  ["", "小計", "", "", "393,600"], ["", "消費税(8%)", "", "", "31,488"],
                  ["", "合計", "", "", "425,088"],
                  ["振込先", "みどり銀行 品川支店 普通 4418207 ヒノデサンギョウ(カ", "", "", ""]],
    }],
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice with the company's T-number and company bank account: business data only",
})

MESSAGES.append({
    "id": "halal-012", "expect": "stop",
    "sender": "百目鬼 亮 <domeki@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 商品部 <shohin@kitaguni-foods.co.jp>"],
    "subject": "【社外秘】ハラール牛肉 輸入原価内訳（2026年度）",
    "charset": "iso-2022-jp",
    "body": f"""北国フーズ 商品部 御中

お世話になっております。日の出産業の百目鬼です。
値上げのご相談の根拠資料として、輸入原価の内訳をお送りします。
FOB価格・海上運賃・関税・認証費用の推移を年度別にまとめております。

ご検討のほどよろしくお願いいたします。

{SIG_DOMEKI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "原価内訳_ハラール牛肉_2026.xlsx",
        "sheets": {"原価内訳": [["品目", "FOB(USD/kg)", "運賃", "関税率", "認証費按分", "着地原価(円/kg)"],
                                ["牛カルビ(豪州産)", 7.80, 0.42, "38.5%", 18, 1712],
                                ["牛ひき肉(NZ産)", 5.10, 0.40, "38.5%", 18, 1154],
                                ["牛すね(ブラジル産)", 4.35, 0.55, "38.5%", 18, 1003]]},
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the subject classifies the cost breakdown as 社外秘 and it goes to a partner",
})

MESSAGES.append({
    "id": "halal-013", "expect": "stop",
    "sender": "五十嵐 恒一 <igarashi.koichi@hinode-sangyo.co.jp>",
    "to": ["審査部 <audit@nmfc-halal.or.jp>"],
    "subject": "更新審査 事前提出書類の送付",
    "charset": "iso-2022-jp",
    "body": f"""日本ムスリム食品認証センター 審査部 御中

お世話になっております。日の出産業 ハラール管理室の五十嵐です。
更新審査の事前提出書類をZIPファイルにてお送りします。
パスワードは別メールにてお知らせいたします。

　・ハラール保証システム（HAS）マニュアル 第7版
　・原材料リストおよび供給者証明書一覧
　・内部監査報告書（2025年度下期）

{SIG_IGARASHI}
""",
    "attachments": [{
        "kind": "zip", "name": "事前提出書類_日の出産業.zip", "password": "Hn2026#audit",
        "files": [
            {"kind": "pdf", "name": "HASマニュアル_第7版.pdf", "lines": ["ハラール保証システムマニュアル 第7版"]},
            {"kind": "xlsx", "name": "原材料リスト.xlsx",
             "sheets": {"原材料": [["原材料", "供給者", "認証機関"], ["牛脂", "Pertama Foods", "JAKIM"]]}},
        ],
    }],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP): the guard cannot read it",
})

MESSAGES.append({
    "id": "halal-014", "expect": "pass",
    "sender": "五十嵐 恒一 <igarashi.koichi@hinode-sangyo.co.jp>",
    "to": ["審査部 <audit@nmfc-halal.or.jp>"],
    "subject": "パスワードのお知らせ（更新審査 事前提出書類）",
    "charset": "iso-2022-jp",
    "body": """日本ムスリム食品認証センター 審査部 御中

先ほどお送りしたファイルのパスワードをお知らせします。

　パスワード：Hn2026#audit

お手数をおかけしますが、よろしくお願いいたします。

日の出産業 ハラール管理室 五十嵐
""",
    "entities": [],
    "detectors": [],
    "note": "the separate password mail itself carries no attachment and no personal data",
})

MESSAGES.append({
    "id": "halal-015", "expect": "stop",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["大森産業医事務所 大森先生 <omori@omori-sangyoi.jp>"],
    "subject": "ラマダン期間中の就業についてご相談（物流センター 1名）",
    "charset": "utf-8",
    "body": f"""大森先生

いつもお世話になっております。日の出産業 人事課の勅使河原です。

物流センター勤務のラフマン・ホサインさん（34歳、フォークリフト担当）について
ご意見をいただきたくご連絡いたしました。

本人はイスラム教徒で、3月のラマダン期間中は日中の断食を予定しています。
一方、昨年の定期健康診断で2型糖尿病を指摘されており（HbA1c 7.8%）、
現在は近隣のクリニックで内服治療中とのことです。

　・断食中の低血糖リスクを踏まえ、フォークリフト作業を外すべきか
　・勤務時間の短縮や休憩時間の変更で対応可能か

次回の面談（3/2 14:00〜）でご相談させてください。

{SIG_TESHIGAWARA}
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee's religion and diabetes diagnosis sent to an outside occupational doctor",
})

MESSAGES.append({
    "id": "halal-016", "expect": "stop",
    "sender": "東海林 麻衣 <shoji.mai@hinode-sangyo.co.jp>",
    "to": ["宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "6/19 事業部懇親会 お食事の個別対応について",
    "charset": "utf-8",
    "html": """<html><body>
<p>さくらホテル 宴会予約ご担当様</p>
<p>いつもお世話になっております。日の出産業 総務課の東海林です。<br>
6月19日の懇親会（42名様）につきまして、個別のお食事対応が必要な方を下表にまとめました。<br>
お席札にお名前を入れていただき、該当のお料理をお出しいただけますでしょうか。</p>
<table border="1" cellpadding="3" cellspacing="0">
<thead><tr><th>お名前</th><th>所属</th><th>対応内容</th><th>理由</th></tr></thead>
<tbody>
<tr><td>アフマド・ルスディ</td><td>輸入業務課</td><td>ハラール（豚・アルコール不可）</td><td>ムスリム</td></tr>
<tr><td>シティ・アミナ</td><td>品質保証課</td><td>ハラール</td><td>ムスリム</td></tr>
<tr><td>ハサン・エルサイード</td><td>営業一課</td><td>ハラール、ノンアルコール</td><td>ムスリム</td></tr>
<tr><td>プリヤ・シャルマ</td><td>経理部</td><td>ベジタリアン（卵可）</td><td>ヒンドゥー教</td></tr>
<tr><td>一寸木 悠斗</td><td>情報システム課</td><td>えび・かに除去</td><td>甲殻類アレルギー（アナフィラキシー既往）</td></tr>
<tr><td>ファティマ・ザフラ</td><td>輸入業務課</td><td>ハラール</td><td>ムスリム</td></tr>
</tbody></table>
<p>ご不明点はお気軽にご連絡ください。</p>
<p>日の出産業株式会社 総務課 東海林 麻衣<br>TEL 03-5781-2240</p>
</body></html>""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML table of six named staff with religion and a severe allergy history, to a hotel",
})

_m17 = [("メフメト・ユルマズ", zairyu(), "2026年6月30日"), ("アジズ・カリモフ", zairyu(), "2026年7月14日"),
        ("ヌルル・イスラム", zairyu(), "2026年8月2日")]
MESSAGES.append({
    "id": "halal-017", "expect": "pass",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["物流センター長 鷲見 <sumi.kenji@hinode-sangyo.co.jp>"],
    "subject": "【要対応】在留期限が近い方のご確認",
    "charset": "iso-2022-jp",
    "body": "鷲見センター長\n\nお疲れさまです。人事課の勅使河原です。\n"
            "物流センター所属で、在留期限まで3か月を切っている方が3名います。\n"
            "本人にカード原本を持って人事課へ来るよう、お声がけをお願いします。\n\n"
            + "\n".join(f"　{n}　カード番号 {c}　期限 {d}" for n, c, d in _m17)
            + "\n\n更新申請は行政書士の手塚先生にお願いする予定です。\n\n人事課 勅使河原（内線611）\n",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
    "detectors": [],
    "note": "residence card numbers, but sent only inside hinode-sangyo.co.jp",
})

_ins_rows = [["社員番号", "生年月日", "性別", "郵便番号", "住所", "携帯電話"]]
for _emp, _dob, _sex, _zip, _addr in [
        ("H19087", "1982/03/14", "男", "143-0012", "東京都大田区大森東2-18-6 ハイム大森301"),
        ("H19120", "1990/11/02", "女", "140-0004", "東京都品川区南品川4-7-13"),
        ("H20418", "1994/02/11", "男", "210-0833", "神奈川県川崎市川崎区桜本1-22-9 桜本荘205"),
        ("H20455", "1990/07/29", "男", "144-0046", "東京都大田区東六郷3-4-17"),
        ("H21017", "1998/05/19", "女", "143-0015", "東京都大田区大森西6-11-2 コーポ西202"),
        ("H21024", "2000/01/08", "男", "210-0852", "神奈川県川崎市川崎区鋼管通5-3-8"),
        ("H21140", "1988/04/16", "男", "135-0061", "東京都江東区豊洲5-6-28-1104")]:
    _ins_rows.append([_emp, _dob, _sex, _zip, _addr, mobile()])

MESSAGES.append({
    "id": "halal-018", "expect": "stop",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["団体保険課 <dantai@yamabiko-sonpo.co.jp>"],
    "subject": "団体傷害保険 追加加入者データ（7名）",
    "charset": "cp932",
    "body": f"""やまびこ損害保険株式会社
団体保険課 ご担当者様

お世話になっております。日の出産業の勅使河原です。
5月1日付で団体傷害保険に追加加入する社員7名分のデータを
CSVにてお送りいたします（社員番号で管理しております）。

ご確認のほどよろしくお願いいたします。

{SIG_TESHIGAWARA}
""",
    "attachments": [{"kind": "csv", "name": "追加加入者_20260501.csv", "encoding": "cp932", "rows": _ins_rows}],
    "entities": ["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven people's birth dates, home addresses and mobiles without a name column, to an insurer",
})

MESSAGES.append({
    "id": "halal-019", "expect": "pass",
    "sender": "Ryo Domeki <domeki@hinode-sangyo.co.jp>",
    "to": ["Emre Aydin <emre.aydin@anadolu-gida.com.tr>"],
    "subject": "Re: Mutual NDA before sharing your recipe specifications",
    "charset": "utf-8",
    "body": """Dear Mr. Aydin,

Thank you for your quick reply. We agree that a mutual non-disclosure
agreement should be signed before you share the detailed recipe and
process specifications of the lokum and simit products.

Our legal counsel (Shirakawa Law Office) has reviewed your draft and has
two comments:
  - Article 3: we would prefer a term of 3 years instead of 5 years for
    the confidentiality obligation after termination.
  - Article 9: governing law - could we agree on Singapore law and SIAC
    arbitration as a neutral option?

If acceptable, we will sign by DocuSign next week.

Kind regards,
Ryo Domeki
Sales Dept. 1, Hinode Sangyo Co., Ltd.

> Dear Mr. Domeki,
> Please find our NDA draft. Once signed, we will send the confidential
> specifications.
> Emre
""",
    "entities": [],
    "detectors": [],
    "note": "a mail about an NDA: mentions confidentiality but carries no marking or personal data",
})

_pt20 = [("ヤマウチ　ハルエ", "昭和４８年１１月２日"), ("カネシロ　ユウコ", "昭和５６年３月１９日"),
         ("ヌカガ　ミツオ", "昭和３９年７月７日"), ("サイオンジ　アヤ", "平成２年１月３０日"),
         ("ウルシバラ　トモミ", "昭和６２年９月１２日"), ("コマツバラ　セイジ", "平成７年５月５日")]
MESSAGES.append({
    "id": "halal-020", "expect": "stop",
    "sender": "鷲見 健二 <sumi.kenji@hinode-sangyo.co.jp>",
    "to": ["グローバルワークス 派遣管理 <haken@globalworks-staff.co.jp>"],
    "subject": "物流センター 夏季増員スタッフの件",
    "charset": "cp932",
    "body": "グローバルワークス株式会社\n派遣管理ご担当　様\n\n"
            "お世話になっております。日の出産業 品川物流センターの鷲見です。\n"
            "7月からの増員について、以前当センターで勤務経験のある方を\n"
            "再度お願いできないかと考えております。\n"
            "当方で把握している連絡先は以下のとおりです。\n\n"
            + "\n".join(f"・{n}　{d}生　携帯 {zen(mobile())}" for n, d in _pt20)
            + "\n\nご本人の意向確認をお願いできますでしょうか。\n\n"
              "日の出産業株式会社 品川物流センター\nセンター長　鷲見 健二\nTEL 03-5781-2290\n",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six kana names with 和暦 birth dates and full-width mobile numbers to a staffing agency",
})

MESSAGES.append({
    "id": "halal-021", "expect": "pass",
    "sender": "鷲見 健二 <sumi.kenji@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    "subject": "6月からの集荷先一覧（拠点追加のお知らせ）",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社
配車センター 御中

いつもお世話になっております。日の出産業 物流センターの鷲見です。
6月より川崎の冷凍倉庫を追加しますので、集荷先一覧を更新しました。

拠点名                住所                                     代表電話        受付時間
--------------------  ---------------------------------------  --------------  -----------
品川物流センター      東京都品川区八潮2-5-11                   03-5781-2290    7:00-19:00
大井冷凍倉庫          東京都品川区東八潮1-3-4 大井埠頭B棟      03-5781-2295    6:00-18:00
川崎冷凍倉庫（新設）  神奈川県川崎市川崎区東扇島18-2           044-280-7731    6:00-18:00
大阪営業所 倉庫       大阪府大阪市住之江区南港東8-2-40         06-6613-4410    8:00-17:00

※ハラール品と一般品は同一車両に積み合わせないようお願いいたします。

日の出産業株式会社 品川物流センター　鷲見
""",
    "entities": [],
    "detectors": [],
    "note": "a list of the company's own warehouses with switchboard numbers: businesses, not people",
})

MESSAGES.append({
    "id": "halal-022", "expect": "stop",
    "sender": "五十嵐 恒一 <igarashi.koichi@hinode-sangyo.co.jp>",
    "to": ["クレセント・コンサルティング 松永様 <matsunaga@crescent-consulting.jp>"],
    "subject": "FW: 礼拝室の利用ルールと利用者名簿",
    "charset": "utf-8",
    "body": """松永様

お世話になっております。五十嵐です。
来月の社内ハラール研修の参考に、総務から回ってきた資料を転送します。
礼拝室の運用について、他社事例と比べてご意見をいただけると助かります。

五十嵐

---------- Forwarded message ---------
From: 東海林 麻衣 <shoji.mai@hinode-sangyo.co.jp>
Date: 2026年2月20日(金) 17:42
Subject: 礼拝室の利用ルールと利用者名簿
To: ハラール管理室 <halal-office@hinode-sangyo.co.jp>

ハラール管理室 各位

礼拝室の利用ルールを下記のとおり定めました。

1. 利用者は事前登録制とする（下記名簿のとおり）
2. 靴は入口の棚に置く、清掃は当番制

【登録者（ムスリム社員）】
  ムハンマド・ファイズ（ハラール管理室）
  イムラン・サディク（営業二課）
  ヌルル・イスラム（加工センター）
  デウィ・ラハユ（加工センター）
  リズキ・プラタマ（加工センター）
  ハサン・エルサイード（営業一課）

総務課 東海林
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a forward of an internal roster of named Muslim staff to an outside consultant counts as new text",
})

MESSAGES.append({
    "id": "halal-023", "expect": "pass",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["Nur Ain <nurain.k1998@gmail.com>"],
    "subject": "二次面接のご案内（日の出産業株式会社 ハラール品質保証職）",
    "charset": "iso-2022-jp",
    "body": f"""ヌル・アイン様

このたびは弊社の採用選考にご応募いただき、誠にありがとうございます。
日の出産業 人事課の勅使河原です。

一次面接の結果、二次面接にお進みいただくことになりました。

　日時：4月22日（水）14:00〜15:00
　場所：本社6F 第1会議室（東京都品川区東品川3-9-21 日の出ビル）
　面接官：ハラール管理室長 五十嵐、人事課長 小鳥遊
　持ち物：筆記用具

ご都合が悪い場合は、4月17日までにご返信ください。
当日は1階受付で「人事課 勅使河原」をお呼び出しください。

{SIG_TESHIGAWARA}
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "an interview invitation to a single applicant on free mail",
})

MESSAGES.append({
    "id": "halal-024", "expect": "stop",
    "sender": "五十嵐 恒一 <igarashi.koichi@hinode-sangyo.co.jp>",
    "to": ["松永 様 <matsunaga@crescent-consulting.jp>"],
    "subject": "内部監査報告書（2025年度下期）をお送りします",
    "charset": "iso-2022-jp",
    "body": f"""松永様

お世話になっております。
先日の打合せでお話しした内部監査報告書をお送りします。
是正計画の妥当性についてコメントをいただけますと幸いです。

{SIG_IGARASHI}
""",
    "attachments": [{
        "kind": "pdf", "name": "内部監査報告書_2025下期.pdf", "page_header": "部外秘",
        "title": "ハラール内部監査報告書",
        "lines": ["ハラール保証システム 内部監査報告書（2025年度下期）", "",
                  "1. 監査範囲：品川物流センター、大井冷凍倉庫、加工センター",
                  "2. 指摘事項：3件（重大0、軽微3）",
                  "  (1) 区分保管表示の一部脱落（大井冷凍倉庫 B-3列）",
                  "  (2) 洗浄記録の記入漏れ（2月第2週）",
                  "  (3) 供給者証明書1件の有効期限切れ（更新手続中）",
                  "3. 是正期限：2026年4月末"],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached PDF is stamped 部外秘 on every page",
})

MESSAGES.append({
    "id": "halal-025", "expect": "pass",
    "sender": "五十嵐 恒一 <igarashi.koichi@hinode-sangyo.co.jp>",
    "to": ["審査部 <audit@nmfc-halal.or.jp>"],
    "cc": ["松永 様 <matsunaga@crescent-consulting.jp>"],
    "subject": "新工場ライン認証の事前相談（三者打合せ）日程調整",
    "charset": "iso-2022-jp",
    "body": f"""日本ムスリム食品認証センター 審査部 御中
（cc：クレセント・コンサルティング 松永様）

お世話になっております。日の出産業の五十嵐です。

川崎新工場の調理ラインの認証取得に向けて、
貴センター・松永様・弊社の三者で事前相談の場を設けたく存じます。

候補日
　① 5月12日（火）14:00〜
　② 5月14日（木）10:00〜
　③ 5月15日（金）15:00〜

オンライン（Teams）での開催を予定しております。
ご都合をお知らせいただけますと幸いです。

{SIG_IGARASHI}
""",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc: a normal three-way meeting mail",
})

# ---------------------------------------------------------------------------- 026-050

MESSAGES.append({
    "id": "halal-026", "expect": "stop",
    "sender": "Ryo Domeki <domeki@hinode-sangyo.co.jp>",
    "to": ["Agus Setiawan <agus.s@sumber-rasa.co.id>"],
    "subject": "Draft exclusive distribution agreement (Japan) - rev.2",
    "charset": "utf-8",
    "body": """Dear Mr. Agus,

Following our video call on Tuesday, please find attached revision 2 of
the exclusive distribution agreement for your sambal and kecap products
in Japan. Changes from rev.1 are highlighted in the comments.

Main points:
 - minimum annual purchase: 18 containers (year 1), 22 (year 2)
 - territory: Japan only; online sales by Hinode Sangyo permitted
 - halal certificate to be kept valid by the supplier at all times

We look forward to your comments.

Best regards,
Ryo Domeki
Hinode Sangyo Co., Ltd.
""",
    "attachments": [{
        "kind": "docx", "name": "Distribution_Agreement_SumberRasa_rev2.docx",
        "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
        "page_footer": "Confidential / Draft for discussion only",
        "paragraphs": ["EXCLUSIVE DISTRIBUTION AGREEMENT", "between PT Sumber Rasa Nusantara and Hinode Sangyo Co., Ltd.",
                       "Article 1 (Appointment) ...", "Article 2 (Minimum Purchase) ...",
                       "Article 7 (Halal Compliance) The Supplier shall maintain a valid halal certificate ..."],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the DOCX header and footer classify the draft as CONFIDENTIAL",
})

MESSAGES.append({
    "id": "halal-027", "expect": "stop",
    "sender": "百目鬼 亮 <domeki@hinode-sangyo.co.jp>",
    "to": ["大阪営業所 岸本 <kishimoto@hinode-sangyou.co.jp>"],
    "subject": "来週の商品会議 アジェンダ",
    "charset": "iso-2022-jp",
    "body": """岸本さん

お疲れさまです。百目鬼です。
来週の商品会議のアジェンダを送ります。大阪からはオンライン参加でお願いします。

1. 秋冬新商品（ハラール冷凍シーフード）の選定状況
2. 丸三ストア向け ラマダン・イード催事の振り返り
3. 北国フーズとの共同開発品の価格設定
4. その他

資料は前日までに共有フォルダに置きます。

百目鬼
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyou.co.jp (extra u) is a look-alike of the internal domain",
})

_vis29 = [("SUGENG RIYADI", "1975年3月2日", "B" + digits(7), "PT Sumber Rasa Nusantara 代表取締役"),
          ("INDAH PERMATASARI", "1986年10月21日", "C" + digits(7), "同社 輸出部長"),
          ("YUSUF HAKIM", "1991年6月5日", "C" + digits(7), "同社 品質管理マネージャー"),
          ("LESTARI WULANDARI", "1993年12月17日", "X" + digits(7), "同社 ハラール監査担当"),
          ("ARIF BUDIMAN", "1983年8月30日", "B" + digits(7), "同社 工場長")]
MESSAGES.append({
    "id": "halal-028", "expect": "pass",
    "sender": "Muhammad Faiz <faiz.rosli@hinode-sangyo.co.jp>",
    "to": ["Khalid Al-Mansoori <khalid@gulf-provisions.ae>"],
    "subject": "Your visit to Tokyo - halal restaurants and mosques near our office",
    "charset": "utf-8",
    "body": f"""Dear Mr. Khalid,

We are looking forward to welcoming you and your team next week.
As requested, here are some halal restaurants and places for prayer
near our office and your hotel in Shinagawa.

Restaurants (halal certified or Muslim-owned)
  * Bismillah Kitchen Gotanda   - Pakistani / biryani   - 03-6417-2208
  * Kampung Rasa Shinagawa      - Malaysian             - 03-5460-3317
  * Anatolia Grill Oimachi      - Turkish kebab         - 03-3773-9042
  * Nile Cafe Tamachi           - Egyptian              - 03-6453-1188

Mosques / prayer rooms
  * Tokyo Bay Masjid (Shinagawa-ku, 10 min by taxi)
  * Prayer room in our office, 3F Room C (available 12:00-16:00)

Our driver will pick you up at the hotel at 9:15 on Monday.

{SIG_FAIZ_EN}
""",
    "entities": [],
    "detectors": [],
    "note": "a list of restaurants and mosques: businesses and places, not people",
})

MESSAGES.append({
    "id": "halal-029", "expect": "stop",
    "sender": "鬼頭 武志 <kito.takeshi@hinode-sangyo.co.jp>",
    "to": ["手塚 行政書士 <tezuka@minato-visa.jp>"],
    "subject": "インドネシア仕入先5名の短期滞在ビザ 招へい書類作成のお願い",
    "charset": "utf-8",
    "body": "手塚先生\n\nお世話になっております。日の出産業 輸入業務課の鬼頭です。\n"
            "6月に工場監査の返礼として仕入先幹部5名を招へいします。\n"
            "招へい理由書・滞在予定表の作成をお願いできますでしょうか。\n"
            "各人の旅券情報は以下のとおりです（先方から受領したもの）。\n\n"
            + "\n\n".join(f"【{i}】\n氏名：{n}\n生年月日：{d}\n旅券番号：{p}\n役職：{r}"
                          for i, (n, d, p, r) in enumerate(_vis29, 1))
            + f"\n\n滞在予定：2026年6月8日〜6月13日（さくらホテル品川）\n\n{SIG_KITO}\n",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "five visitors' passport numbers and birth dates, one block per person, to an outside lawyer",
})

MESSAGES.append({
    "id": "halal-030", "expect": "pass",
    "sender": "日の出産業 ハラール食品事業部 <halal-sales@hinode-sangyo.co.jp>",
    "to": ["日の出産業 ハラール食品事業部 <halal-sales@hinode-sangyo.co.jp>"],
    "bcc": ["keiri@marusan-store.co.jp", "order@kebab-house-ueno.jp", "buyer@seiwa-mart.co.jp",
            "shiire@tokai-halal-shop.com", "info@asia-mart-kawaguchi.jp", "hojo@kitaguni-foods.co.jp"],
    "subject": "ラマダン期間中およびイード休業期間の受注・出荷スケジュールのお知らせ",
    "charset": "iso-2022-jp",
    "body": """お取引先各位

平素は格別のご高配を賜り、厚く御礼申し上げます。
ラマダン期間（2026年2月18日〜3月19日頃）およびイード・アル＝フィトル
期間中の受注・出荷について、下記のとおりご案内申し上げます。

　■受注締切　　　通常どおり（前日15時）
　■出荷　　　　　3月20日（金）・21日（土）は出荷休止
　■海外仕入先の休業により、一部マレーシア・インドネシア産品の
　　入荷が3月下旬に遅れる見込みです

ご不便をおかけいたしますが、何卒ご理解のほどお願い申し上げます。

日の出産業株式会社 ハラール食品事業部
TEL 03-5781-2250（代）
""",
    "entities": [],
    "detectors": [],
    "note": "customer notice with all customers in Bcc; nothing visible, no personal data",
})

_rem31 = [["海外送金 依頼一覧（2026年5月25日 給与振込分）", "", "", "", "", ""],
          ["氏名", "みどり銀行 支店", "口座番号（普通）", "送金先国", "受取銀行", "送金額（円）"]]
for _n, _b, _c, _rb in [("RAHMAN HOSSAIN", "品川支店", "バングラデシュ", "Sonali Bank Dhaka"),
                        ("NURUL ISLAM", "大森支店", "バングラデシュ", "Dutch-Bangla Bank"),
                        ("DEWI RAHAYU", "品川支店", "インドネシア", "Bank Rakyat Surabaya"),
                        ("RIZKI PRATAMA", "川崎支店", "インドネシア", "Bank Mandiri Bandung"),
                        ("AZIZ KARIMOV", "大森支店", "ウズベキスタン", "Kapitalbank Tashkent"),
                        ("IMRAN SADIQ", "品川支店", "パキスタン", "Habib Bank Lahore")]:
    _rem31.append([_n, _b, account(), _c, _rb, rng.choice([50000, 80000, 100000, 120000])])

MESSAGES.append({
    "id": "halal-031", "expect": "stop",
    "sender": "経理部 給与担当 <kyuyo@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 品川支店 法人営業 <houjin-shinagawa@midori-ginko.co.jp>"],
    "subject": "給与天引き海外送金の依頼一覧（5月分）",
    "charset": "cp932",
    "body": """みどり銀行 品川支店
法人営業 ご担当者様

いつもお世話になっております。日の出産業 経理部 給与担当です。
5月分の給与天引きによる海外送金について、依頼一覧をお送りします。
送金日は5月26日でお願いいたします。

日の出産業株式会社 経理部 給与担当
TEL 03-5781-2231
""",
    "attachments": [{"kind": "xlsx", "name": "海外送金依頼_202605.xlsx", "sheets": {"5月": _rem31}}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "six employees' names and personal account numbers in an XLSX to the bank",
})

MESSAGES.append({
    "id": "halal-032", "expect": "pass",
    "sender": "東海林 麻衣 <shoji.mai@hinode-sangyo.co.jp>",
    "to": ["大阪営業所 総務 <soumu@osaka.hinode-sangyo.co.jp>"],
    "subject": "緊急連絡網（ハラール食品事業部）最新版",
    "charset": "utf-8",
    "body": "大阪営業所 総務ご担当\n\nお疲れさまです。本社総務の東海林です。\n"
            "事業部の緊急連絡網を更新しましたので共有します。\n\n"
            + columns([["氏名", "所属", "携帯", "個人メール"],
                       ["五十嵐 恒一", "ハラール管理室", mobile(), "k.igarashi.home@yahoo.co.jp"],
                       ["鬼頭 武志", "輸入業務課", mobile(), "takeshi.kito77@gmail.com"],
                       ["百目鬼 亮", "営業一課", mobile(), "domeki.r@icloud.com"],
                       ["ムハンマド・ファイズ", "ハラール管理室", mobile(), "faiz.rosli.jp@gmail.com"],
                       ["岸本 直樹", "大阪営業所", mobile(), "n-kishimoto@outlook.jp"]])
            + "\n\n社内限りでお願いします。\n総務課 東海林\n",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "staff contact list sent to osaka.hinode-sangyo.co.jp, an internal subdomain",
})

_pen33 = pension()
_zr33 = zairyu()
MESSAGES.append({
    "id": "halal-033", "expect": "stop",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["さくら坂社会保険労務士事務所 <office@sakurazaka-sr.jp>"],
    "subject": "退職者の脱退一時金請求のご相談",
    "charset": "iso-2022-jp",
    "body": f"""さくら坂社会保険労務士事務所
野々宮先生

いつもお世話になっております。日の出産業の勅使河原です。

5月末で退職し帰国予定の社員について、脱退一時金の請求手続を
ご支援いただけないでしょうか。

　氏名：メフメト・ユルマズ（MEHMET YILMAZ）
　基礎年金番号：{_pen33}
　在留カード番号：{_zr33}
　現住所：東京都大田区東六郷3-4-17
　出国予定日：2026年6月6日
　帰国後の住所：トルコ・イズミル県（詳細は本人から別途）

必要書類のリストをお送りいただければ、本人に準備させます。

{SIG_TESHIGAWARA}
""",
    "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one person's basic pension number and residence card number to a labour consultant",
})

MESSAGES.append({
    "id": "halal-034", "expect": "pass",
    "sender": "百目鬼 亮 <domeki@hinode-sangyo.co.jp>",
    "to": ["清和マート 仕入部 <buyer@seiwa-mart.co.jp>"],
    "subject": "2026年夏季 ハラール商品 価格表のご送付",
    "charset": "utf-8",
    "body": f"""清和マート株式会社
仕入部 ご担当者様

いつもお世話になっております。日の出産業の百目鬼です。
7月納品分からの価格表をお送りいたします。
冷凍品・常温品・調味料の3シートに分けております。

{SIG_DOMEKI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "価格表_2026夏_日の出産業.xlsx",
        "sheets": {
            "冷凍品": [["2026年7月1日納品分より適用", "", "", ""],
                       ["品番", "品名", "入数", "卸価格(円)"],
                       ["HN-CK-001", "ハラールチキンナゲット 1kg", 10, 1280],
                       ["HN-BF-014", "ハラール牛カルビ 500g", 20, 1950],
                       ["HN-LM-031", "ラムチョップ 1kg", 10, 3480]],
            "常温品": [["品番", "品名", "入数", "卸価格(円)"],
                       ["HN-RC-102", "バスマティライス 5kg", 4, 2150],
                       ["HN-DT-008", "デーツ（サウジ産）500g", 20, 780]],
            "調味料": [["品番", "品名", "入数", "卸価格(円)"],
                       ["HN-SP-220", "ビリヤニスパイスミックス", 24, 420],
                       ["HN-SC-015", "サンバルソース 340g", 24, 390]],
        },
    }],
    "entities": [],
    "detectors": [],
    "note": "price list for a customer: product codes and prices only",
})

MESSAGES.append({
    "id": "halal-035", "expect": "stop",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["食品流通健康保険組合 適用課 <tekiyo@shokuhin-kenpo.or.jp>"],
    "subject": "被保険者証 再交付申請の件（紛失）",
    "charset": "cp932",
    "body": f"""食品流通健康保険組合
適用課 ご担当者様

お世話になっております。日の出産業株式会社 人事課の勅使河原です。
弊社被保険者が保険証を紛失したため、再交付を申請いたします。
申請書の原本は本日郵送いたしました。

　被保険者氏名：ハサン・エルサイード
　生年月日　　：1988年4月16日
　記号　　　　：{zen(str(rng.randrange(1000, 9999)))}
　番号　　　　：{zen(str(rng.randrange(10, 999)))}
　紛失日　　　：2026年4月3日頃（通勤途中）

よろしくお願いいたします。

{SIG_TESHIGAWARA}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "one employee's health insurance 記号・番号 (full-width) sent outside",
})

MESSAGES.append({
    "id": "halal-036", "expect": "pass",
    "sender": "鷲見 健二 <sumi.kenji@hinode-sangyo.co.jp>",
    "to": ["アジアマート川口 店長 <info@asia-mart-kawaguchi.jp>"],
    "subject": "出荷のご案内（ご注文番号 AM-55812 ほか）",
    "charset": "iso-2022-jp",
    "body": """アジアマート川口 店長様

いつもご注文ありがとうございます。日の出産業 品川物流センターです。
本日、下記のとおり出荷いたしました。

ご注文番号   出荷日     運送会社   お問合せ番号      個口
----------   --------   --------   ---------------   ----
AM-55812     4/14       青葉運輸   4418-2301-9955    3
AM-55813     4/14       青葉運輸   4418-2301-9962    1
AM-55820     4/14       青葉運輸   4418-2301-9979    6

※冷凍品はクール便（-18℃）での配送となります。
　到着予定：4/15 午前中

品川物流センター 出荷担当
TEL 03-5781-2290
""",
    "entities": [],
    "detectors": [],
    "note": "order and tracking numbers to a customer shop",
})

_lic37 = license_no()
MESSAGES.append({
    "id": "halal-037", "expect": "stop",
    "sender": "東海林 麻衣 <shoji.mai@hinode-sangyo.co.jp>",
    "to": ["ひかりリース 法人営業部 <fleet@hikari-lease.co.jp>"],
    "subject": "社有車（冷凍バン）運転者の追加登録",
    "charset": "iso-2022-jp",
    "body": f"""ひかりリース株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 総務課の東海林です。
リース契約 No. HL-2023-0881（冷凍バン 品川400 そ 12-34）の
運転者として、下記1名を追加登録願います。

　氏名　　　　　：ブディ・サントソ
　生年月日　　　：1999年8月14日
　運転免許証番号：{_lic37}
　免許の種類　　：準中型
　有効期限　　　：2029年9月14日

免許証の写しは、ご指定のアップロード画面から登録いたします。

{SIG_SHOJI}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a driver's licence number of one employee to a lease company",
})

MESSAGES.append({
    "id": "halal-038", "expect": "pass",
    "sender": "Muhammad Faiz <faiz.rosli@hinode-sangyo.co.jp>",
    "to": ["QA Dept. <qa@sumber-rasa.co.id>"],
    "subject": "Halal certificate renewal - ID31110000123450321 expires 30 June",
    "charset": "utf-8",
    "body": f"""Dear QA team,

According to our supplier certificate register, the halal certificate
for your sambal products expires soon:

  Certificate no. : ID31110000123450321
  Products        : Sambal Bawang 340g, Sambal Terasi Halal 200g
  Valid until     : 30 June 2026
  Our item codes  : HN-SC-015, HN-SC-016

Please send us the renewed certificate (PDF) as soon as it is issued.
Without a valid certificate we cannot release shipments arriving after
1 July from the bonded warehouse.

Also, could you confirm whether the factory address on the new
certificate will change after your move to the Cikarang plant?

{SIG_FAIZ_EN}

{DISCLAIMER_EN}
""",
    "entities": [],
    "detectors": [],
    "note": "long halal certificate number and product codes; no personal data",
})

MESSAGES.append({
    "id": "halal-039", "expect": "stop",
    "sender": "鷲見 健二 <sumi.kenji@hinode-sangyo.co.jp>",
    "to": ["グローバルワークス 営業 大門様 <daimon@globalworks-staff.co.jp>"],
    "subject": "ご紹介いただいた候補者の件",
    "charset": "utf-8",
    "body": """大門様

お世話になっております。日の出産業 物流センターの鷲見です。

ご紹介いただいた倉庫作業スタッフ候補の「コウノ タイチ」さんについて、
昨日の面談で、ご本人から「5年ほど前に傷害事件で逮捕され、
罰金刑を受けたことがある」との申告がありました。

弊社としては、現場責任者と相談のうえ、今回は見送らせていただく
方向です。他の候補者のご紹介をお願いできますでしょうか。

品川物流センター 鷲見
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named candidate's arrest and criminal fine, in a sentence, to an outside agency",
})

MESSAGES.append({
    "id": "halal-040", "expect": "either",
    "sender": "鬼頭 武志 <kito.takeshi@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 予約係 <reservation@sakura-hotel.jp>"],
    "subject": "予約番号 SK-779120 お食事のご相談",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 予約係 御中

お世話になっております。日の出産業の鬼頭です。
予約番号 SK-779120（5/12〜3泊）の宿泊者のうち、
ユスフ・アブドゥッラー様はハラール対応のお食事をご希望です。
朝食会場でご案内いただけますでしょうか。

{SIG_KITO}
""",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "one named guest's halal meal wish: it hints at religion without stating it",
})

MESSAGES.append({
    "id": "halal-041", "expect": "stop",
    "sender": "経理部 出納担当 <suito@hinode-sangyo.co.jp>",
    "to": ["やまびこ損保 事故受付 <jiko@yamabiko-sonpo.co.jp>"],
    "subject": "現金輸送中の盗難事故のご報告（動産総合保険）",
    "charset": "iso-2022-jp",
    "body": """やまびこ損害保険株式会社
事故受付センター 御中

日の出産業株式会社 経理部でございます。
証券番号 DS-5518230 の動産総合保険について、事故のご報告をいたします。

　発生日時：2026年4月10日（金）14時20分頃
　場所　　：東京都品川区東品川2丁目 路上
　被害者　：経理部 アミール・ハムザ（入社3年目）
　状況　　：売上金を銀行へ入金に向かう途中、後方からバイクの男にバッグを
　　　　　　ひったくられ、転倒して右手首を負傷。
　被害額　：現金 387,400円
　警察　　：品川警察署に被害届提出済（受理番号 第226号）

必要書類をお知らせください。

経理部 出納担当
TEL 03-5781-2232
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee as the victim of a crime (and injured), reported to an insurer",
})

MESSAGES.append({
    "id": "halal-042", "expect": "pass",
    "sender": "Takeshi Kito <kito.takeshi@hinode-sangyo.co.jp>",
    "to": ["Horizon Travel Corporate Desk <corporate@horizon-travel.co.jp>"],
    "subject": "Re: Booking confirmation - KUL/HND group (Ref. HT-40219)",
    "charset": "utf-8",
    "body": f"""Dear Ms. Lim,

Thank you, everything is in order. Please issue the e-tickets.
Invoice to Hinode Sangyo Co., Ltd., Import Operations, as usual.

Best regards,
Takeshi Kito

On Tue, 14 Apr 2026 at 10:02, Lim Mei Ling <corporate@horizon-travel.co.jp> wrote:
> Dear Mr. Kito,
>
> Please check the passenger details for booking HT-40219 (MH88, 8 June):
>
>   1. MR SUGENG RIYADI        DOB 02MAR1975   Passport B{digits(7)}
>   2. MS INDAH PERMATASARI    DOB 21OCT1986   Passport C{digits(7)}
>   3. MR YUSUF HAKIM          DOB 05JUN1991   Passport C{digits(7)}
>   4. MS LESTARI WULANDARI    DOB 17DEC1993   Passport X{digits(7)}
>   5. MR ARIF BUDIMAN         DOB 30AUG1983   Passport B{digits(7)}
>
> Kindly confirm by Thursday.
> Lim Mei Ling, Horizon Travel
""",
    "entities": [],
    "detectors": [],
    "note": "passport numbers appear only in the travel agency's own quoted text",
})

MESSAGES.append({
    "id": "halal-043", "expect": "stop",
    "sender": "五十嵐 恒一 <igarashi.koichi@hinode-sangyo.co.jp>",
    "to": ["ハラール管理者養成講座 事務局 <seminar@halal-academy.or.jp>"],
    "subject": "受講者1名についての配慮のお願い（6月期 管理者養成講座）",
    "charset": "utf-8",
    "body": f"""ハラール管理者養成講座 事務局 御中

お世話になっております。日の出産業 ハラール管理室の五十嵐です。
6月期の講座に申し込んだ弊社の小田切 葵について、ご相談がございます。

小田切は先天性の聴覚障害があり（身体障害者手帳 2級）、
講義の聴き取りが困難です。
　・最前列の座席のご用意
　・スライド資料の事前配布
　・可能であればUDトークなど文字起こしの併用
についてご検討いただけますでしょうか。

{SIG_IGARASHI}
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee's disability in a sentence to an outside seminar office",
})

MESSAGES.append({
    "id": "halal-044", "expect": "pass",
    "sender": "百目鬼 亮 <domeki@hinode-sangyo.co.jp>",
    "to": ["清和マート 商品開発部 <kaihatsu@seiwa-mart.co.jp>"],
    "subject": "国内のハラール認証機関一覧（ご参考）",
    "charset": "utf-8",
    "html": """<html><body>
<p>清和マート 商品開発部 御中</p>
<p>お世話になっております。日の出産業の百目鬼です。<br>
先日お問い合わせいただいた、PB商品の認証取得先の候補をまとめました。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>認証機関</th><th>所在地</th><th>代表電話</th><th>主な相互認証先</th></tr>
<tr><td>一般社団法人 日本ムスリム食品認証センター</td><td>東京都港区芝5-21-8</td><td>03-6435-7710</td><td>JAKIM, MUI</td></tr>
<tr><td>NPO法人 西日本ハラール推進機構</td><td>大阪府大阪市北区中崎西2-4-12</td><td>06-6375-2284</td><td>MUIS, GAC</td></tr>
<tr><td>一般財団法人 アジア食品認証協会</td><td>福岡県福岡市博多区博多駅南3-7-1</td><td>092-452-6630</td><td>JAKIM</td></tr>
<tr><td>株式会社 クレセント認証サービス</td><td>愛知県名古屋市中区栄4-16-33</td><td>052-238-5597</td><td>ESMA</td></tr>
</table>
<p>いずれも弊社の取引実績がある機関です。</p>
<p>日の出産業 営業一課 百目鬼</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "HTML table of certification bodies with office addresses and switchboards: organisations only",
})

MESSAGES.append({
    "id": "halal-045", "expect": "stop",
    "sender": "ムハンマド・ファイズ <faiz.rosli@hinode-sangyo.co.jp>",
    "to": ["北条 秀明 <hojo@kitaguni-foods.co.jp>"],
    "cc": ["青葉運輸 営業部 <eigyo@aoba-unyu.co.jp>", "丸三ストア 仕入部 <shiire@marusan-store.co.jp>",
           "松永 <matsunaga@crescent-consulting.jp>"],
    "subject": "イフタール（断食明けの夕食会）のご案内",
    "charset": "iso-2022-jp",
    "body": """お取引先の皆様

いつもお世話になっております。日の出産業 ハラール管理室のファイズです。
日頃の感謝を込めて、ラマダン期間中にイフタール（断食明けの夕食会）を
開催いたします。ぜひご参加ください。

　日時：2026年3月6日（金）17:45〜20:00（日没 17:48）
　会場：日の出ビル 1F ラウンジ
　内容：デーツとスープで断食明け、その後ビリヤニなどのハラール料理

ご出欠を3月2日までにご返信いただけますと幸いです。

ムハンマド・ファイズ
日の出産業株式会社 ハラール管理室
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external companies can see each other in To/Cc",
})

MESSAGES.append({
    "id": "halal-046", "expect": "stop",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["Siti Rahmawati <siti.rahmawati93@gmail.com>", "矢作 透 <toru.yahagi@yahoo.co.jp>",
           "Omar Farouk <omar.farouk.jp@icloud.com>"],
    "subject": "会社説明会（ハラール食品事業部）のご案内",
    "charset": "iso-2022-jp",
    "body": f"""皆様

このたびは弊社ハラール食品事業部の求人にご関心をお寄せいただき、
ありがとうございます。人事課の勅使河原です。

下記のとおり会社説明会を開催いたしますので、ご案内いたします。

　日時：5月9日（土）10:00〜11:30
　場所：本社6F 大会議室
　内容：事業紹介、職場見学（礼拝室・社員食堂）、質疑応答

{SIG_TESHIGAWARA}
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "three private applicants can see each other's addresses in To",
})

_mn47 = next_my_number()
MESSAGES.append({
    "id": "halal-047", "expect": "pass",
    "sender": "イムラン・サディク <imran.sadiq@hinode-sangyo.co.jp>",
    "to": ["人事課 勅使河原 <teshigawara@hinode-sangyo.co.jp>"],
    "subject": "Re: マイナンバーのご提出のお願い",
    "charset": "utf-8",
    "body": f"""勅使河原さん

お疲れさまです。営業二課のイムランです。
遅くなりましたが、私のマイナンバーをお送りします。

　氏名：イムラン・サディク
　個人番号：{_mn47[:4]} {_mn47[4:8]} {_mn47[8:]}

通知カードのコピーは明日、人事課のボックスに入れます。
よろしくお願いします。

Imran

> 営業二課 イムランさん
> 年末調整の準備のため、マイナンバーの提出をお願いします。
> 人事課 勅使河原
""",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "a My Number sent by an employee to HR inside the company only",
})

_st48 = [["氏名", "役割", "携帯電話", "生年月日", "ハラール研修修了"]]
for _n, _r, _d in [("五十嵐 恒一", "ハラール管理責任者", "1971/06/03"),
                   ("ムハンマド・ファイズ", "ハラール管理者", "1989/02/27"),
                   ("シティ・アミナ", "品質検査", "1995/09/14"),
                   ("ヌルル・イスラム", "加工ライン監督", "1996/09/25"),
                   ("鷲見 健二", "保管責任者", "1975/12/21"),
                   ("デウィ・ラハユ", "洗浄・区分管理", "1998/05/19")]:
    _st48.append([_n, _r, mobile(), _d, "済"])

MESSAGES.append({
    "id": "halal-048", "expect": "stop",
    "sender": "五十嵐 恒一 <igarashi.koichi@hinode-sangyo.co.jp>",
    "to": ["審査部 <audit@nmfc-halal.or.jp>"],
    "subject": "認証対象品目リストの提出",
    "charset": "iso-2022-jp",
    "body": f"""日本ムスリム食品認証センター 審査部 御中

お世話になっております。
ご依頼の認証対象品目リストをExcelにてお送りします。

{SIG_IGARASHI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "認証対象品目リスト_2026.xlsx",
        "sheets": {
            "品目": [["品番", "品名", "原産国", "認証機関"],
                     ["HN-CK-001", "チキンナゲット", "タイ", "CICOT"],
                     ["HN-BF-014", "牛カルビ", "オーストラリア", "AFIC"],
                     ["HN-SC-015", "サンバルソース", "インドネシア", "MUI"]],
            "体制表": _st48,
        },
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "second sheet of the product list holds six staff with personal mobiles and birth dates",
})

MESSAGES.append({
    "id": "halal-049", "expect": "pass",
    "sender": "ムハンマド・ファイズ <faiz.rosli@hinode-sangyo.co.jp>",
    "to": ["丸三ストア 品質管理室 <qa@marusan-store.co.jp>"],
    "subject": "商品規格書のご送付（HN-LM-031 ラムチョップ）",
    "charset": "cp932",
    "body": """丸三ストア株式会社
品質管理室 ご担当者様

お世話になっております。日の出産業 ハラール管理室のファイズです。
ご依頼の商品規格書（ハラール証明書写し付き）をお送りいたします。

日の出産業株式会社 ハラール管理室
ムハンマド・ファイズ
TEL 03-5781-2261
""",
    "attachments": [{
        "kind": "pdf", "name": "規格書_HN-LM-031.pdf",
        "lines": ["商品規格書", "品番：HN-LM-031　品名：ラムチョップ（冷凍）1kg",
                  "原産国：ニュージーランド　と畜場：Southland Meat Processors Ltd.",
                  "ハラール認証：FIANZ 証明書番号 FZ-2026-11873", "保存方法：-18℃以下",
                  "賞味期限：製造日より540日", "アレルゲン（特定原材料）：なし"],
    }],
    "entities": [],
    "detectors": [],
    "note": "a product specification sheet for a customer",
})

_el50 = [["受講者ID", "氏名", "メールアドレス", "携帯電話", "受講コース"]]
for _i, (_n, _m) in enumerate([("Rahman Hossain", "rahman.h1994@gmail.com"),
                                ("Aziz Karimov", "aziz.karimov@mail.ru"),
                                ("Dewi Rahayu", "dewi.rahayu98@yahoo.co.id"),
                                ("Rizki Pratama", "rizkipratama00@gmail.com"),
                                ("Nurul Islam", "nurul.islam.bd@outlook.com"),
                                ("Budi Santoso", "budi.santoso.jp@gmail.com"),
                                ("Fatima Zahra", "fz.zahra93@hotmail.com")], 1):
    _el50.append([f"HS-{_i:03d}", _n, _m, mobile(), "食品衛生基礎（やさしい日本語）"])

MESSAGES.append({
    "id": "halal-050", "expect": "stop",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["まなびネット サポート <support@manabi-net-learning.jp>"],
    "subject": "eラーニング受講者アカウント登録のお願い",
    "charset": "utf-8",
    "body": f"""まなびネット サポートご担当者様

お世話になっております。日の出産業の勅使河原です。
契約番号 MN-8820 について、受講者の一括登録をお願いいたします。
登録用CSVをZIPにまとめて添付しました。

{SIG_TESHIGAWARA}
""",
    "attachments": [{"kind": "zip", "name": "受講者登録.zip",
                     "files": [{"kind": "csv", "name": "users_20260415.csv", "encoding": "utf-8",
                                "rows": _el50}]}],
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a CSV of seven employees' private e-mails and mobiles inside an unencrypted ZIP",
})

# ---------------------------------------------------------------------------- 051-075

_tr51 = [("NGUYEN THI HOA", "2001/04/12"), ("TRAN VAN KHANH", "2000/11/30"),
         ("SRI WAHYUNI", "2002/02/05"), ("AHMAD FAUZI", "1999/08/21"), ("PUTRI AYU LESTARI", "2001/12/09")]
MESSAGES.append({
    "id": "halal-051", "expect": "stop",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["手塚 行政書士 <tezuka@minato-visa.jp>"],
    "subject": "FW: 特定技能への移行予定者（5名）の情報",
    "charset": "iso-2022-jp",
    "body": f"""手塚先生

お世話になっております。勅使河原です。
監理団体から届いたメールを添付で転送いたします。
技能実習から特定技能1号への移行手続について、
お見積りをいただけますでしょうか。

{SIG_TESHIGAWARA}
""",
    "attachments": [{
        "kind": "eml", "name": "特定技能移行予定者.eml",
        "message": {
            "sender": "協同組合アジア人材交流機構 <kanri@asia-jinzai-kyodo.or.jp>",
            "to": ["勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>"],
            "subject": "特定技能移行予定者の情報",
            "charset": "utf-8",
            "body": "日の出産業 勅使河原様\n\nいつもお世話になっております。\n"
                    "7月に技能実習2号を修了する実習生の情報をお送りします。\n\n"
                    "氏名\t生年月日\t在留カード番号\t実習修了予定\n"
                    + "\n".join(f"{n}\t{d}\t{zairyu()}\t2026/07/31" for n, d in _tr51)
                    + "\n\n協同組合アジア人材交流機構 監理課 桑原\n",
        },
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a forwarded .eml holds five trainees' residence card numbers; a forward is new to its recipient",
})

MESSAGES.append({
    "id": "halal-052", "expect": "pass",
    "sender": "ムハンマド・ファイズ <faiz.rosli@hinode-sangyo.co.jp>",
    "to": ["清和マート 商品開発部 <kaihatsu@seiwa-mart.co.jp>"],
    "subject": "Re: ビリヤニスパイスの配合について",
    "charset": "iso-2022-jp",
    "body": """清和マート 商品開発部 御中

お世話になっております。日の出産業のファイズです。

お問い合わせいただいたビリヤニスパイスミックスの詳細な配合比率は、
製造元との契約上、社外秘の扱いとなっておりますので、
書面でのご提供はご容赦ください。

アレルゲン情報・原材料名（重量順）・ハラール証明書の写しであれば
すぐにお送りできます。必要でしたらお申し付けください。

日の出産業 ハラール管理室
ムハンマド・ファイズ
""",
    "entities": [],
    "detectors": [],
    "note": "the word 社外秘 is only mentioned, not stamped on anything sent",
})

MESSAGES.append({
    "id": "halal-053", "expect": "stop",
    "sender": "五十嵐 恒一 <igarashi.koichi@hinode-sangyo.co.jp>",
    "to": ["松永 様 <matsunaga@crescent-consulting.jp>"],
    "subject": "新入社員向けハラール研修 スライド案",
    "charset": "utf-8",
    "body": f"""松永様

研修スライドの案をお送りします。4枚目のチーム紹介は、
社内の相談窓口を新入社員に知ってもらう目的で入れています。
講師用の補足があれば追記をお願いします。

{SIG_IGARASHI}
""",
    "attachments": [{
        "kind": "pptx", "name": "ハラール研修_新入社員_v3.pptx",
        "slides": [
            ["ハラールとは", "許されたもの（ハラール）と禁じられたもの（ハラーム）", "食品だけでなく物流・保管も対象"],
            ["当社のハラール保証システム", "専用ライン・区分保管・洗浄手順", "認証機関：日本ムスリム食品認証センター"],
            ["よくある違反事例", "アルコール系洗浄剤の使用", "一般品とのパレット共用"],
            ["相談できる先輩たち（ムスリム社員）",
             "ムハンマド・ファイズ（ハラール管理室）マレーシア出身・ムスリム",
             "シティ・アミナ（品質保証課）インドネシア出身・ムスリム",
             "イムラン・サディク（営業二課）パキスタン出身・ムスリム",
             "ヌルル・イスラム（加工センター）バングラデシュ出身・ムスリム",
             "ハサン・エルサイード（営業一課）エジプト出身・ムスリム"],
        ],
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a slide names five staff with their religion and origin, sent to an outside consultant",
})

MESSAGES.append({
    "id": "halal-054", "expect": "pass",
    "sender": "五十嵐 恒一 <igarashi.koichi@hinode-sangyo.co.jp>",
    "to": ["審査部 <audit@nmfc-halal.or.jp>"],
    "subject": "5/21 更新審査 議事録（案）のご確認",
    "charset": "iso-2022-jp",
    "body": f"""日本ムスリム食品認証センター 審査部 御中

先日は更新審査をありがとうございました。
議事録（案）をお送りしますので、修正点があればご指摘ください。
なお、新工場の図面は機密保持契約の締結後にお渡しする旨、
議事録にも記載しております。

{SIG_IGARASHI}
""",
    "attachments": [{
        "kind": "docx", "name": "更新審査議事録_20260521_案.docx",
        "paragraphs": ["ハラール認証 更新審査 議事録（案）", "日時：2026年5月21日 10:00-16:00",
                       "出席：審査部 審査員2名、日の出産業 ハラール管理室 2名、物流センター 1名",
                       "1. 書類審査：HASマニュアル第7版を確認。指摘なし。",
                       "2. 現地審査：大井冷凍倉庫の区分表示を確認、是正済。",
                       "3. 川崎新工場：図面・工程表は秘密保持契約締結後に提出予定。",
                       "4. 結論：認証継続の方向で判定委員会に上程。"],
        "tables": [[["No.", "指摘事項", "期限"], ["1", "洗浄剤の成分証明書を追加提出", "6/15"]]],
    }],
    "entities": [],
    "detectors": [],
    "note": "audit minutes that mention an NDA; no marking, no personal data",
})

MESSAGES.append({
    "id": "halal-055", "expect": "stop",
    "sender": "Ryo Domeki <domeki@hinode-sangyo.co.jp>",
    "to": ["Emre Aydin <emre.aydin@anadolu-gida.com.tr>"],
    "subject": "Purchase order HS-2026-0522 (lokum, simit)",
    "charset": "utf-8",
    "body": """Dear Mr. Aydin,

Please find attached our purchase order HS-2026-0522.
The PDF is protected; the password will follow by separate mail.

Best regards,
Ryo Domeki
Hinode Sangyo Co., Ltd.
""",
    "attachments": [{
        "kind": "pdf", "name": "PO_HS-2026-0522.pdf", "password": "anadolu0522",
        "lines": ["PURCHASE ORDER HS-2026-0522", "Lokum assorted 250g x 48 : 300 ctn",
                  "Frozen simit 10pcs x 8 : 520 ctn"],
    }],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a password-protected PDF cannot be inspected",
})

_sup56 = [["仕入先・外注先 法人番号一覧（2026年3月末）", "", ""], ["取引先名", "法人番号", "区分"]]
for _co in ["北国フーズ株式会社", "青葉運輸株式会社", "錦印刷株式会社", "京浜ビルマネジメント株式会社",
            "株式会社クレセント・コンサルティング", "清和マート株式会社", "ひかりリース株式会社"]:
    _sup56.append([_co, corp_no(), rng.choice(["仕入先", "外注先", "販売先"])])

MESSAGES.append({
    "id": "halal-056", "expect": "pass",
    "sender": "経理部 <keiri@hinode-sangyo.co.jp>",
    "to": ["神田税理士事務所 <info@kanda-tax.jp>"],
    "subject": "インボイス登録確認用 取引先一覧",
    "charset": "utf-8",
    "body": """神田税理士事務所 御中

お世話になっております。日の出産業 経理部です。
インボイス登録状況の確認用に、主要取引先の法人番号一覧をお送りします。

日の出産業株式会社 経理部
TEL 03-5781-2230
""",
    "attachments": [{"kind": "csv", "name": "取引先法人番号一覧.csv", "encoding": "utf-8", "rows": _sup56}],
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a list of companies with corporate numbers: businesses, not people",
})

_nh57 = [("Ahmad Rusdi", "ahmad.rusdi.id@gmail.com"), ("Siti Aminah", "sitiaminah.jp@yahoo.com"),
         ("Muhammad Hafiz", "m.hafiz.razak@gmail.com"), ("Nguyen Thi Lan", "lan.nguyen0312@gmail.com"),
         ("Aisha Rahman", "aisha.rahman.bd@outlook.com"), ("Bilal Qureshi", "bilalq.pk@gmail.com"),
         ("Sardor Tursunov", "sardor.t@mail.ru")]
MESSAGES.append({
    "id": "halal-057", "expect": "stop",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["ことばアカデミー 法人研修 <houjin@kotoba-academy.jp>"],
    "subject": "4月入社者 日本語研修の受講者名簿",
    "charset": "utf-8",
    "body": "ことばアカデミー 法人研修ご担当者様\n\n"
            "お世話になっております。日の出産業の勅使河原です。\n"
            "4月入社の外国籍社員7名の受講者名簿をお送りします（Excelから貼り付けています）。\n"
            "レベル判定テストの案内を、各自のメールアドレスへお送りください。\n\n"
            "氏名\tメール\t携帯\t国籍\t日本語レベル\n"
            + "\n".join(f"{n}\t{m}\t{mobile()}\t{c}\t{l}" for (n, m), c, l in zip(
                _nh57, ["インドネシア", "インドネシア", "マレーシア", "ベトナム", "バングラデシュ", "パキスタン", "ウズベキスタン"],
                ["N3", "N4", "N3", "N2", "N4", "N4", "N5"]))
            + f"\n\n{SIG_TESHIGAWARA}\n",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of seven new hires with private e-mail and mobile to a language school",
})

MESSAGES.append({
    "id": "halal-058", "expect": "pass",
    "sender": "東海林 麻衣 <shoji.mai@hinode-sangyo.co.jp>",
    "to": ["はなみずきケータリング 受注係 <order@hanamizuki-catering.co.jp>"],
    "subject": "5/28 全社研修 昼食のご注文（確定数）",
    "charset": "cp932",
    "body": f"""はなみずきケータリング 受注係 御中

いつもお世話になっております。日の出産業 総務課の東海林です。
5月28日（木）全社研修の昼食について、確定数をお知らせします。

　お届け時間：11:45（本社6F 大会議室）

　幕の内弁当（通常）　　　　　　　　　58食
　ハラール弁当（認証食材・アルコール不使用）　14食
　ベジタリアン弁当　　　　　　　　　　 3食
　卵・乳不使用弁当　　　　　　　　　　 2食
　合計　　　　　　　　　　　　　　　　77食

ハラール弁当は一般のお弁当と別の箱で、ラベルを付けてお届けください。
請求書は総務課宛にてお願いいたします。

{SIG_SHOJI}
""",
    "entities": [],
    "detectors": [],
    "note": "meal counts only, no names: dietary needs are not tied to anyone",
})

_pp59 = passport("A", 8)
MESSAGES.append({
    "id": "halal-059", "expect": "stop",
    "sender": "Muhammad Faiz <faiz.rosli@hinode-sangyo.co.jp>",
    "to": ["Khalid Al-Mansoori <khalid@gulf-provisions.ae>"],
    "subject": "Gulfood Dubai - hotel and badge for our staff",
    "charset": "utf-8",
    "body": f"""Dear Mr. Khalid,

Thank you for kindly offering to arrange the hotel and the exhibitor badge
for our staff member visiting Gulfood next February.
Here are the details you asked for:

  Full name      : MUHAMMAD FAIZ BIN ROSLI
  Nationality    : Malaysian
  Date of birth  : 27 February 1989
  Passport no.   : {_pp59} (valid until 2031-08-15)
  Arrival        : EK319, 15 Feb 2027
  Departure      : EK318, 20 Feb 2027

{SIG_FAIZ_EN}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "one person's passport number and birth date in English to an overseas partner",
})

MESSAGES.append({
    "id": "halal-060", "expect": "pass",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["手塚 行政書士 <tezuka@minato-visa.jp>"],
    "subject": "特定技能（飲食料品製造業）の受入れ要件についてご質問",
    "charset": "iso-2022-jp",
    "body": f"""手塚先生

いつもお世話になっております。日の出産業の勅使河原です。
一般的なご質問で恐縮ですが、2点教えてください。

1. 川崎の新工場（ハラール惣菜の製造）で、特定技能「飲食料品製造業」の
   外国人材を受け入れる場合、食品産業特定技能協議会への加入は
   事業所単位でしょうか、それとも法人単位でしょうか。

2. 現在、物流センター（倉庫業）で雇用している特定技能の社員を
   新工場へ異動させる場合、在留資格変更の手続が必要になりますか。

来月の定例打合せの際でも構いません。
よろしくお願いいたします。

{SIG_TESHIGAWARA}
""",
    "entities": [],
    "detectors": [],
    "note": "a general question about visa rules with no individual named",
})

MESSAGES.append({
    "id": "halal-061", "expect": "stop",
    "sender": "東海林 麻衣 <shoji.mai@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.co.jp>"],
    "subject": "礼拝時間の取扱いに関する就業規則改定のご相談",
    "charset": "iso-2022-jp",
    "body": f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 総務課の東海林です。

就業規則に「礼拝のための中抜け（1回15分程度、1日2回まで）」を
明記する改定を検討しております。
休憩時間として扱うか、業務中の離席として扱うかで、
賃金計算上の取扱いが変わると理解しておりますが、
法的な留意点をご教示いただけますでしょうか。

改定案の条文は来週お送りいたします。

{SIG_SHOJI}
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "shirakawa-law.co.jp adds co. to the partner domain shirakawa-law.jp",
})

MESSAGES.append({
    "id": "halal-062", "expect": "pass",
    "sender": "Takeshi Kito <kito.takeshi@hinode-sangyo.co.jp>",
    "to": ["Export Desk <export@lahore-spice.pk>"],
    "subject": "Eid al-Adha holidays - shipment schedule for PO HS-2026-0507",
    "charset": "utf-8",
    "body": """Dear Mr. Bilal Ahmed,

Eid Mubarak in advance to you and your team.

Regarding PO HS-2026-0507 (biryani masala 100g x 120, garam masala 50g x 200,
2 x 20' containers), we understand that your factory will be closed from
26 to 31 May for Eid al-Adha.

Could you please confirm the revised schedule?
  - Stuffing / loading : 3 June
  - ETD Karachi        : 6 June (vessel: MSC RIANA, voy. 622E)
  - ETA Tokyo          : around 30 June

Please also send the draft B/L and the halal certificate copy before loading.

Best regards,
Takeshi Kito
Import Operations, Hinode Sangyo Co., Ltd.
""",
    "entities": [],
    "detectors": [],
    "note": "shipment schedule to an overseas supplier; the recipient's own name only",
})

MESSAGES.append({
    "id": "halal-063", "expect": "stop",
    "sender": "百目鬼 亮 <domeki@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu-co.jp>"],
    "subject": "ハラール認証マーク入り 商品ラベルの増刷",
    "charset": "iso-2022-jp",
    "body": f"""錦印刷株式会社
営業部 御中

お世話になっております。日の出産業の百目鬼です。
下記ラベルの増刷をお願いいたします。版は前回と同じです。

　・HN-CK-001 チキンナゲット 表示ラベル　20,000枚
　・HN-BF-014 牛カルビ 表示ラベル　　　　15,000枚
　・ハラール認証マーク シール（丸型 25mm） 50,000枚

納期：5月末（品川物流センター着）

{SIG_DOMEKI}
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatsu-co.jp puts a hyphen for the dot of partner nishiki-insatsu.co.jp",
})

MESSAGES.append({
    "id": "halal-064", "expect": "pass",
    "sender": "百目鬼 亮 <domeki@hinode-sangyo.co.jp>",
    "to": ["上野ケバブハウス 仕入担当 <order@kebab-house-ueno.jp>"],
    "subject": "新商品の画像と卸価格（ラム・チキン）",
    "charset": "utf-8",
    "body": f"""上野ケバブハウス 仕入ご担当者様

お世話になっております。日の出産業の百目鬼です。
先日お話しした新商品の画像と卸価格をZIPでお送りします。
メニュー写真にそのままお使いいただいて構いません。

{SIG_DOMEKI}
""",
    "attachments": [{"kind": "zip", "name": "新商品資料_2026夏.zip", "files": [
        {"kind": "png", "name": "HN-LM-040_lamb_doner.png"},
        {"kind": "png", "name": "HN-CK-044_chicken_shawarma.png"},
        {"kind": "csv", "name": "卸価格.csv", "encoding": "cp932",
         "rows": [["品番", "品名", "規格", "卸価格"], ["HN-LM-040", "ラムドネル（冷凍スライス）", "1kg", "2980"],
                  ["HN-CK-044", "チキンシャワルマ（冷凍スライス）", "1kg", "1680"]]},
    ]}],
    "entities": [],
    "detectors": [],
    "note": "an unencrypted ZIP of product images and prices",
})

MESSAGES.append({
    "id": "halal-065", "expect": "stop",
    "sender": "鬼頭 武志 <kito.takeshi@hinode-sangyo.co.jp>",
    "to": ["Nadia Ismail <nadia@pertama-foods.com.my>"],
    "subject": "Landed cost analysis for price negotiation",
    "charset": "utf-8",
    "body": """Dear Ms. Nadia,

As discussed, we share our landed cost analysis so that you can see why
we need a 6% reduction on the FOB price from the next contract year.

Best regards,
Takeshi Kito
""",
    "attachments": [{
        "kind": "xlsx", "name": "landed_cost_PF_2026.xlsx", "page_header": "取扱注意",
        "sheets": {"Landed cost": [["取扱注意 / Handle with care - Hinode Sangyo", "", "", ""],
                                   ["Item", "FOB USD/kg", "Freight+Ins.", "Duty+Cert.", "Landed JPY/kg"],
                                   ["PF-CK-201", 3.85, 0.31, "12%", 712],
                                   ["PF-CK-215", 4.12, 0.31, "12%", 758],
                                   ["PF-RD-030", 4.40, 0.29, "9%", 781]],
                   "Margin": [["Item", "Selling JPY/kg", "Gross margin"], ["PF-CK-201", 980, "27%"]]},
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the workbook is classified 取扱注意 in its page header and title row",
})

MESSAGES.append({
    "id": "halal-066", "expect": "pass",
    "sender": "経営企画室 <keiei@hinode-sangyo.co.jp>",
    "to": ["取締役 各位 <torishimariyaku@hinode-sangyo.co.jp>", "五十嵐 恒一 <igarashi.koichi@hinode-sangyo.co.jp>"],
    "subject": "【極秘】マレーシア食品メーカー買収検討 資料（取締役会用）",
    "charset": "iso-2022-jp",
    "body": """取締役各位

経営企画室です。次回取締役会の議題4の資料をお送りします。
本件は極秘扱いです。取締役会終了まで、資料の印刷・転送はお控えください。

経営企画室
""",
    "attachments": [{"kind": "pptx", "name": "M&A検討_Project_Bulan.pptx", "page_footer": "極秘",
                     "slides": [["Project Bulan", "対象：マレーシアのハラール冷凍食品メーカー", "想定価格レンジ：非開示"],
                                ["スケジュール", "7月 DD開始", "10月 基本合意"]]}],
    "entities": [],
    "detectors": [],
    "note": "a 極秘 marking, but every recipient is internal",
})

MESSAGES.append({
    "id": "halal-067", "expect": "stop",
    "sender": "鬼頭 武志 <kito.takeshi@hinode-sangyo.co.jp>",
    "to": ["松永 様 <matsunaga@crescent-consulting.jp>"],
    "subject": "新規輸入先候補の評価（ご意見伺い）",
    "charset": "utf-8",
    "body": f"""【極秘】

松永様

お世話になっております。鬼頭です。
現行の仕入先からの切替えを検討しており、候補3社の評価をまとめました。
現行仕入先には伝えておりません。ご意見をいただけますと幸いです。

　候補A：タイ・チキン加工（CICOT認証）　価格 -8%、品質◎、供給量△
　候補B：ブラジル・牛肉（CDIAL認証）　　価格 -12%、品質○、輸送日数×
　候補C：トルコ・菓子（GIMDES認証）　　価格 -3%、品質◎、供給量○

{SIG_KITO}
""",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail body is stamped 【極秘】 and goes to an outside consultant",
})

MESSAGES.append({
    "id": "halal-068", "expect": "pass",
    "sender": "百目鬼 亮 <domeki@hinode-sangyo.co.jp>",
    "to": ["北条 秀明 <hojo@kitaguni-foods.co.jp>"],
    "subject": "共同開発品（ハラールジンギスカン）試作サンプルのお願い",
    "charset": "iso-2022-jp",
    "body": f"""北条様

お世話になっております。日の出産業の百目鬼です。

先日の打合せでお話ししたハラール仕様のジンギスカンのたれについて、
試作サンプルを2種類（甘口・辛口）各3本お送りいただけますでしょうか。
みりん・料理酒を使わない配合でお願いできればと存じます。

送付先：日の出産業 品川物流センター 百目鬼宛
　　　　東京都品川区八潮2-5-11

{SIG_DOMEKI}
""",
    "entities": [],
    "detectors": [],
    "note": "sample request to the genuine partner domain kitaguni-foods.co.jp",
})

MESSAGES.append({
    "id": "halal-069", "expect": "stop",
    "sender": "Muhammad Faiz <faiz.rosli@hinode-sangyo.co.jp>",
    "to": ["Agus Setiawan <agus.s@sumber-rasa.co.id>"],
    "subject": "Slides from our halal supplier meeting",
    "charset": "utf-8",
    "body": f"""Dear Mr. Agus,

Thank you for joining our supplier meeting yesterday.
As promised, here are the slides we presented.

{SIG_FAIZ_EN}
""",
    "attachments": [{"kind": "pptx", "name": "Supplier_meeting_2026Q2.pptx",
                     "page_footer": "Hinode Sangyo - Internal Only",
                     "slides": [["Japan halal market 2026", "Retail +9% YoY", "Food service +14% YoY"],
                                ["Our sourcing plan", "Shift 20% of chicken volume to Indonesia", "Target FOB -5%"],
                                ["Supplier scorecard", "Sumber Rasa: B+", "Pertama Foods: A-"]]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "every slide of the PPTX is footed 'Internal Only' and goes to a supplier",
})

MESSAGES.append({
    "id": "halal-070", "expect": "pass",
    "sender": "百目鬼 亮 <domeki@hinode-sangyo.co.jp>",
    "to": ["丸三ストア 仕入部 小清水様 <koshimizu@marusan-store.co.jp>"],
    "subject": "RE: 【社外秘】秋のハラールフェア 販促計画（案）",
    "charset": "cp932",
    "body": """小清水様

お世話になっております。日の出産業の百目鬼です。
販促計画（案）をお送りいただきありがとうございます。
弊社からは、ラム・チキンの冷凍品で3品目ご提案できます。
見積りは来週前半にお送りいたします。

百目鬼

-----Original Message-----
From: 小清水 葉子 <koshimizu@marusan-store.co.jp>
Sent: Thursday, April 16, 2026 6:12 PM
To: 百目鬼 亮 <domeki@hinode-sangyo.co.jp>
Subject: 【社外秘】秋のハラールフェア 販促計画（案）

【社外秘】
日の出産業 百目鬼様

10月の「秋のハラールフェア」について、弊社の販促計画（案）を共有します。
対象店舗：首都圏32店舗、チラシ掲載枠：8枠
取引先様限りでのご共有とさせてください。

丸三ストア 仕入部 小清水
""",
    "entities": [],
    "detectors": [],
    "note": "the 社外秘 marking is the customer's own, in the subject and quoted original it sent",
})

_addr71 = [("小笠原 潤", "143-0016", "東京都大田区大森北3-22-1 ライオンズ大森北502"),
           ("アフマド・ルスディ", "144-0052", "東京都大田区蒲田5-30-14 蒲田ハイツ3F"),
           ("カリモフ・アジズ", "210-0004", "神奈川県川崎市川崎区宮本町6-9"),
           ("ザフラ・ファティマ", "140-0011", "東京都品川区東大井2-13-7-201"),
           ("東海林 悟", "146-0082", "東京都大田区池上7-1-18"),
           ("エルサイード・ハサン", "135-0061", "東京都江東区豊洲5-6-28-1104")]
MESSAGES.append({
    "id": "halal-071", "expect": "stop",
    "sender": "経理部 給与担当 <kyuyo@hinode-sangyo.co.jp>",
    "to": ["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
    "subject": "源泉徴収票 封入・発送のお願い（退職者分）",
    "charset": "cp932",
    "body": "錦印刷株式会社\nDM事業部 御中\n\n"
            "いつもお世話になっております。日の出産業 経理部です。\n"
            "今年の退職者分の源泉徴収票について、封入・発送をお願いいたします。\n"
            "宛名は以下のとおりです。\n\n"
            + "\n".join(f"━━━━━━━━━━\n{n} 様\n〒{z}\n{a}" for n, z, a in _addr71)
            + "\n━━━━━━━━━━\n\n日の出産業株式会社 経理部 給与担当\nTEL 03-5781-2231\n",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six former employees' home addresses, one block each, to a printer (a partner, but outside)",
})

MESSAGES.append({
    "id": "halal-072", "expect": "pass",
    "sender": "Muhammad Faiz <faiz.rosli@hinode-sangyo.co.jp>",
    "to": ["Nadia Ismail <nadia@pertama-foods.com.my>"],
    "subject": "Ramadan Kareem from Hinode Sangyo",
    "charset": "utf-8",
    "body": f"""Dear Ms. Nadia and the Pertama Foods team,

On behalf of everyone at the Halal Food Division of Hinode Sangyo,
we wish you and your families a blessed Ramadan.

Please note that our office will follow normal hours during Ramadan;
for urgent shipment matters, our import team remains reachable at
import@hinode-sangyo.co.jp.

We look forward to continuing our partnership and to meeting you at
the Tokyo food show after Eid.

Ramadan Kareem,

{SIG_FAIZ_EN}
""",
    "entities": [],
    "detectors": [],
    "note": "a seasonal greeting: religion is the occasion, not anyone's personal data",
})

MESSAGES.append({
    "id": "halal-073", "expect": "stop",
    "sender": "鬼頭 武志 <kito.takeshi@hinode-sangyo.co.jp>",
    "to": ["ビジネスイン大阪南港 フロント <front@bizinn-nanko.jp>"],
    "subject": "6/3 宿泊予約（日の出産業 アフマド）について",
    "charset": "iso-2022-jp",
    "body": f"""ビジネスイン大阪南港 フロント御中

お世話になっております。日の出産業の鬼頭です。
6月3日から2泊で予約している弊社のアフマド・ルスディは、
イスラム教徒のため、以下についてご配慮をお願いできますでしょうか。

　・客室内にキブラ（メッカの方向）の表示があれば教えてください
　・朝食は豚肉・アルコールを含まないものをご用意いただけると助かります
　・ラマダン中のため、朝食は4時台にいただける形が理想です

難しい場合はご遠慮なくお知らせください。

{SIG_KITO}
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee's religion stated in a sentence to a hotel",
})

MESSAGES.append({
    "id": "halal-074", "expect": "pass",
    "sender": "百目鬼 亮 <domeki@hinode-sangyo.co.jp>",
    "to": ["東海ハラールショップ 仕入 <shiire@tokai-halal-shop.com>"],
    "subject": "お見積書（見積番号 Q-26-0419）",
    "charset": "cp932",
    "body": f"""東海ハラールショップ 仕入ご担当者様

お世話になっております。日の出産業の百目鬼です。
ご依頼のお見積りをCSVでお送りいたします（有効期限：5月末）。

{SIG_DOMEKI}
""",
    "attachments": [{"kind": "csv", "name": "見積_Q-26-0419.csv", "encoding": "cp932",
                     "rows": [["見積番号", "Q-26-0419", "", "", ""],
                              ["品番", "品名", "数量", "単価", "金額"],
                              ["HN-RC-102", "バスマティライス 5kg", "40", "2150", "86000"],
                              ["HN-DT-008", "デーツ 500g", "120", "780", "93600"],
                              ["HN-SP-220", "ビリヤニスパイスミックス", "96", "420", "40320"],
                              ["", "合計（税抜）", "", "", "219920"]]}],
    "entities": [],
    "detectors": [],
    "note": "a quotation CSV with product codes and prices",
})

_card75 = next_card()
MESSAGES.append({
    "id": "halal-075", "expect": "stop",
    "sender": "百目鬼 亮 <domeki@hinode-sangyo.co.jp>",
    "to": ["ハラールエキスポ ジャパン 運営事務局 <exhibit@halal-expo-japan.jp>"],
    "subject": "出展申込書の送付（小間数 2）",
    "charset": "utf-8",
    "body": f"""ハラールエキスポ ジャパン 運営事務局 御中

お世話になっております。日の出産業の百目鬼です。
出展申込書（カード決済欄記入済み）をPDFでお送りいたします。

{SIG_DOMEKI}
""",
    "attachments": [{"kind": "pdf", "name": "出展申込書_日の出産業.pdf",
                     "lines": ["ハラールエキスポ ジャパン 2026　出展申込書", "出展者名：日の出産業株式会社",
                               "小間数：2小間（角小間希望）", "お支払い方法：クレジットカード",
                               f"カード番号：{_card75}", "有効期限：11/29",
                               "カード名義：RYO DOMEKI", "申込担当：営業一課 百目鬼 亮"]}],
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a credit card number inside the attached PDF form",
})

# ---------------------------------------------------------------------------- 076-100

_mn76 = next_my_number()
MESSAGES.append({
    "id": "halal-076", "expect": "stop",
    "sender": "経理部 給与担当 <kyuyo@hinode-sangyo.co.jp>",
    "to": ["神田税理士事務所 神田先生 <kanda@kanda-tax.jp>"],
    "subject": "出国する社員の納税管理人届出について",
    "charset": "cp932",
    "body": f"""神田先生

いつもお世話になっております。日の出産業 経理部です。
先日ご相談した、6月に出国するトルコ籍社員の納税管理人の届出について、
本人の情報をお送りします。

　氏名　　　：メフメト・ユルマズ
　個人番号　：{zen(_mn76[:4])}　{zen(_mn76[4:8])}　{zen(_mn76[8:])}
　出国予定日：２０２６年６月６日
　納税管理人：弊社 経理部長 御手洗 聡（ご了承済み）

届出書の作成をお願いいたします。

日の出産業株式会社 経理部 給与担当
TEL 03-5781-2231
""",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one employee's My Number written in full-width digits, to an outside tax accountant",
})

MESSAGES.append({
    "id": "halal-077", "expect": "pass",
    "sender": "東海林 麻衣 <shoji.mai@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "5/14 ランチョン会議 当日の連絡先",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 宴会予約ご担当様

お世話になっております。日の出産業 総務課の東海林です。
5月14日のランチョン会議（2F 桔梗の間、12名）について、
当日の連絡先は以下の3名です。

　東海林 麻衣（総務課）　　　{mobile()}
　鬼頭 武志（輸入業務課）　　{mobile()}
　ムハンマド・ファイズ（ハラール管理室）　{mobile()}

会場設営は11:00からでお願いいたします。

{SIG_SHOJI}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three on-site contacts with mobiles: fewer than five people, may be warned",
})

_ec78 = [["注文番号", "お届け先氏名", "郵便番号", "住所", "電話番号", "品名", "温度帯"]]
for _o, _n, _z, _a in [("EC260418-0012", "佐々木 ヌール", "330-0063", "埼玉県さいたま市浦和区高砂2-8-15"),
                       ("EC260418-0019", "Ali Hamdan", "169-0073", "東京都新宿区百人町1-20-3-408"),
                       ("EC260418-0023", "村雨 かなえ", "231-0023", "神奈川県横浜市中区山下町118-2"),
                       ("EC260418-0031", "Zainab Yusuf", "277-0005", "千葉県柏市柏4-5-10 柏ハウス102"),
                       ("EC260418-0034", "Tariq Mahmood", "334-0002", "埼玉県川口市鳩ヶ谷本町1-9-4"),
                       ("EC260418-0040", "忍足 礼子", "260-0013", "千葉県千葉市中央区中央3-2-9")]:
    _ec78.append([_o, _n, _z, _a, mobile(), "ハラールチキン詰合せ", "冷凍"])

MESSAGES.append({
    "id": "halal-078", "expect": "stop",
    "sender": "EC運営チーム <ec-shop@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 品川営業所 <shinagawa@aoba-unyu.co.jp>"],
    "subject": "4/18 オンラインショップ出荷分 送り状データ",
    "charset": "cp932",
    "body": """青葉運輸 品川営業所 御中

いつもお世話になっております。日の出産業 EC運営チームです。
本日出荷分の送り状データをお送りします。集荷は16時でお願いします。

日の出産業株式会社 EC運営チーム
""",
    "attachments": [{"kind": "csv", "name": "okurijo_20260418.csv", "encoding": "cp932", "rows": _ec78}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six private customers' names, addresses and phones in a CP932 CSV to the carrier",
})

MESSAGES.append({
    "id": "halal-079", "expect": "either",
    "sender": "五十嵐 恒一 <igarashi.koichi@hinode-sangyo.co.jp>",
    "to": ["審査部 <audit@nmfc-halal.or.jp>"],
    "subject": "ハラール委員会メンバーの届出（変更）",
    "charset": "iso-2022-jp",
    "body": f"""日本ムスリム食品認証センター 審査部 御中

4月の人事異動に伴い、弊社ハラール委員会のメンバーが変わりましたので
お届けいたします。

役割　　　　　　氏名　　　　　　　　　内線　メール
委員長　　　　　五十嵐 恒一　　　　　612　igarashi.koichi@hinode-sangyo.co.jp
ハラール管理者　ムハンマド・ファイズ　661　faiz.rosli@hinode-sangyo.co.jp
品質保証　　　　シティ・アミナ　　　　663　siti.aminah@hinode-sangyo.co.jp
購買　　　　　　鬼頭 武志　　　　　　655　kito.takeshi@hinode-sangyo.co.jp
物流　　　　　　鷲見 健二　　　　　　690　sumi.kenji@hinode-sangyo.co.jp

{SIG_IGARASHI}
""",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five staff with work e-mails and extensions: a list of people, or just business contacts",
})

_aud80 = [("五十嵐 恒一", "全体統括"), ("ムハンマド・ファイズ", "書類審査対応"),
          ("鷲見 健二", "大井冷凍倉庫"), ("小笠原 潤", "品川物流センター"), ("シティ・アミナ", "加工センター")]
MESSAGES.append({
    "id": "halal-080", "expect": "stop",
    "sender": "五十嵐 恒一 <igarashi.koichi@hinode-sangyo.co.jp>",
    "to": ["審査員 桐生様 <kiryu@nmfc-halal.or.jp>"],
    "subject": "Re: 現地審査当日の集合場所について",
    "charset": "utf-8",
    "body": "桐生様\n\nご連絡ありがとうございます。集合場所は本社1F受付で承知しました。\n"
            "当日は拠点間を移動していただくため、各拠点の担当者の携帯番号を\n"
            "お知らせしておきます。\n\n"
            + "\n".join(f"　{n}（{r}）　{mobile()}" for n, r in _aud80)
            + "\n\n五十嵐\n\n"
              "> 日の出産業 五十嵐様\n"
              "> 5/21の現地審査ですが、集合は9:45に本社1F受付でよろしいでしょうか。\n"
              "> 審査員は私と岩佐の2名で伺います。\n"
              "> 日本ムスリム食品認証センター 桐生\n",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "new reply text adds five staff with mobile numbers; only the harmless part is quoted",
})

MESSAGES.append({
    "id": "halal-081", "expect": "pass",
    "sender": "Takeshi Kito <kito.takeshi@hinode-sangyo.co.jp>",
    "to": ["Somchai P. <export@siam-halal-trading.co.th>"],
    "subject": "Container arrival at Oi terminal - contact on site",
    "charset": "utf-8",
    "body": f"""Dear Khun Somchai,

Your container TGHU 884120-3 is expected at Oi terminal on 22 April.
For the devanning and the halal seal inspection, our contact on site
will be:

  Jun Ogasawara, Shinagawa Logistics Center
  Mobile: +81 {mobile()[1:]}

Please ask your forwarder to contact him directly if there is any delay.

Best regards,
Takeshi Kito
Hinode Sangyo Co., Ltd.
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one colleague's on-site mobile given to a supplier: a single contact person",
})

_tr82 = [["No", "氏名", "フリガナ", "生年月日", "携帯電話", "所属"]]
for _i, (_n, _k, _d) in enumerate([("勘解由小路 誠", "カデノコウジ マコト", "S55.9.14"),
                                   ("アフマド・ルスディ", "アフマド ルスディ", "1992.3.8"),
                                   ("四十物 里奈", "アイモノ リナ", "H6.2.27"),
                                   ("ラフマン・ホサイン", "ラフマン ホサイン", "1994.2.11"),
                                   ("小笠原 潤", "オガサワラ ジュン", "S61.7.1"),
                                   ("デウィ・ラハユ", "デウィ ラハユ", "1998.5.19")], 1):
    _tr82.append([_i, _n, _k, _d, mobile(), "品川物流センター"])

MESSAGES.append({
    "id": "halal-082", "expect": "stop",
    "sender": "鷲見 健二 <sumi.kenji@hinode-sangyo.co.jp>",
    "to": ["東京安全衛生教育センター 受付 <uketsuke@tokyo-anzen-kyoiku.or.jp>"],
    "subject": "フォークリフト運転技能講習 受講申込（6名）",
    "charset": "iso-2022-jp",
    "body": """東京安全衛生教育センター 受付ご担当者様

お世話になっております。日の出産業 品川物流センターの鷲見です。
6月期のフォークリフト運転技能講習に6名申し込みます。
受講者名簿（指定様式）を添付いたします。

日の出産業株式会社 品川物流センター
鷲見 健二　TEL 03-5781-2290
""",
    "attachments": [{"kind": "xls", "name": "受講者名簿_日の出産業.xls", "sheets": {"名簿": _tr82}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS with six trainees' birth dates (和暦 and 西暦) and mobiles",
})

MESSAGES.append({
    "id": "halal-083", "expect": "pass",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["健康管理室 保健師 <hokenshitsu@hinode-sangyo.co.jp>"],
    "subject": "ラフマンさんの面談の件（大森先生のご意見）",
    "charset": "utf-8",
    "body": """保健師 片桐さん

お疲れさまです。勅使河原です。
物流センターのラフマン・ホサインさんについて、大森先生と面談しました。

・2型糖尿病で内服治療中（HbA1c 7.8%）
・ラマダン中の断食は本人の強い希望。主治医とも相談済み
・断食期間中はフォークリフト作業を外し、検品業務に配置転換
・低血糖症状が出たら、すぐに断食を中断して健康管理室へ

期間中、週1回の体調確認をお願いできますか。

人事課 勅使河原
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "diagnosis and religion of one employee, but sent only to the internal health office",
})

MESSAGES.append({
    "id": "halal-084", "expect": "stop",
    "sender": "ムハンマド・ファイズ <faiz.rosli@hinode-sangyo.co.jp>",
    "to": ["松永 <matsunaga@crescent-consulting.jp>", "セミナー事務局 <seminar@halal-academy.or.jp>",
           "Dr. Yasmin Haddad <yasmin.haddad.tokyo@gmail.com>"],
    "subject": "7/10 ハラール物流セミナー 登壇者打合せ",
    "charset": "iso-2022-jp",
    "body": """松永様、セミナー事務局様、ハッダード先生

お世話になっております。日の出産業のファイズです。
7月10日のハラール物流セミナーの登壇者打合せを、下記で設定しました。

　日時：6月24日（水）16:00〜17:00
　方法：Zoom（URLは前日にお送りします）
　議題：各講演の時間配分、質疑応答の進め方、配布資料の締切

ご都合が悪い場合はお知らせください。

ムハンマド・ファイズ
日の出産業株式会社 ハラール管理室
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "two outside organisations and a private person on gmail, three parties, all in To",
})

MESSAGES.append({
    "id": "halal-085", "expect": "pass",
    "sender": "鬼頭 武志 <kito.takeshi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 国際物流部 <kokusai@aoba-unyu.co.jp>"],
    "subject": "FW: Shipping advice - PO HS-2026-0418",
    "charset": "utf-8",
    "body": """青葉運輸 国際物流部 御中

お世話になっております。日の出産業の鬼頭です。
マレーシアの仕入先から船積案内が届きましたので転送します。
通関と冷凍倉庫への横持ちの手配をお願いいたします。

鬼頭

---------- Forwarded message ---------
From: Nadia Ismail <nadia@pertama-foods.com.my>
Date: Mon, 18 May 2026 09:14 +0800
Subject: Shipping advice - PO HS-2026-0418

Dear Mr. Kito,

PO HS-2026-0418 has been shipped as follows:
  Vessel / Voy. : WAN HAI 317 / N082
  B/L No.       : PKGTYO2605184
  Container     : WHSU 512093-7 (40' RF, -18C)
  ETD Port Klang: 18 May 2026
  ETA Tokyo     : 27 May 2026

Original documents (B/L, invoice, packing list, health and halal
certificates) have been sent by DHL, AWB 8823 4410 62.

Best regards,
Nadia Ismail
Pertama Foods Sdn. Bhd.
""",
    "entities": [],
    "detectors": [],
    "note": "a forward of a supplier's shipping advice: new to the recipient but only business data",
})

MESSAGES.append({
    "id": "halal-086", "expect": "stop",
    "sender": "東海林 麻衣 <shoji.mai@hinode-sangyo.co.jp>",
    "to": ["はなみずきケータリング 受注係 <order@hanamizuki-catering.co.jp>"],
    "subject": "研修合宿（6/4-6/5）食事の個別対応リスト",
    "charset": "iso-2022-jp",
    "body": """はなみずきケータリング 受注係 御中

お世話になっております。日の出産業の東海林です。
研修合宿の食事で個別対応が必要な参加者を、参加者番号でお知らせします。
名札に参加者番号を記載しますので、配膳時にご確認ください。

参加者番号  性別  宗教・信条        食事対応                  備考
----------  ----  ----------------  ------------------------  --------------------
P-07        男    イスラム教        ハラール                  6/4は断食中、夕食18:40
P-12        女    イスラム教        ハラール                  ―
P-15        男    ヒンドゥー教      牛肉不可                  ―
P-21        男    イスラム教        ハラール、ノンアルコール  ―
P-28        女    ユダヤ教          コーシャ対応（可能な範囲）―

ご対応可否をお知らせください。

総務課 東海林
""",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "religion tied to each row of a participant list (no name column), sent to a caterer",
})

MESSAGES.append({
    "id": "halal-087", "expect": "stop",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["やまびこ損保 労災上乗せ担当 <rousai@yamabiko-sonpo.co.jp>"],
    "subject": "労災事故のご報告（大井冷凍倉庫）",
    "charset": "cp932",
    "body": f"""やまびこ損害保険株式会社
労災上乗せ保険 ご担当者様

お世話になっております。日の出産業 人事課の勅使河原です。
証券番号 RS-2207714 について、下記のとおり事故をご報告します。

　被災者　　：アジズ・カリモフ（物流センター、1997年12月3日生）
　発生日時　：2026年4月9日 10:40頃
　場所　　　：大井冷凍倉庫 B-3列
　状況　　　：パレット移動中に荷崩れし、左足を挟まれた
　傷病名　　：左第1中足骨骨折（東品川整形外科にて診断）
　休業見込み：約6週間

労働基準監督署への届出（様式第5号）は提出済みです。

{SIG_TESHIGAWARA}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named worker's injury diagnosis and birth date to an insurer",
})

_hr88 = [["社員番号", "氏名", "国籍", "在留カード番号", "在留期限", "宗教（任意申告）", "食事配慮"]]
for _emp, _n, _nat, _rel, _meal in [
        ("H20418", "RAHMAN HOSSAIN", "バングラデシュ", "イスラム教", "ハラール"),
        ("H20455", "MEHMET YILMAZ", "トルコ", "イスラム教", "ハラール"),
        ("H21003", "AZIZ KARIMOV", "ウズベキスタン", "イスラム教", "ハラール"),
        ("H21017", "DEWI RAHAYU", "インドネシア", "イスラム教", "ハラール"),
        ("H21088", "PRIYA SHARMA", "インド", "ヒンドゥー教", "ベジタリアン"),
        ("H21102", "NURUL ISLAM", "バングラデシュ", "イスラム教", "ハラール"),
        ("H21150", "NGUYEN VAN TUAN", "ベトナム", "申告なし", "なし")]:
    _hr88.append([_emp, _n, _nat, zairyu(), f"2027/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}", _rel, _meal])

MESSAGES.append({
    "id": "halal-088", "expect": "pass",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["人事課長 小鳥遊 <takanashi@hinode-sangyo.co.jp>"],
    "cc": ["内部監査室 <naibu-kansa@hinode-sangyo.co.jp>"],
    "subject": "外国籍社員管理台帳（監査用）",
    "charset": "utf-8",
    "body": """小鳥遊課長
（cc: 内部監査室）

お疲れさまです。勅使河原です。
内部監査で求められた外国籍社員管理台帳を添付します。
宗教・食事配慮の列は本人の任意申告に基づくものです。
閲覧後はファイルサーバーの人事フォルダに保存してください。

勅使河原
""",
    "attachments": [{"kind": "xlsx", "name": "外国籍社員管理台帳_202604.xlsx", "page_header": "社外秘",
                     "sheets": {"台帳": _hr88}}],
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "residence cards, religion and a 社外秘 stamp, but all recipients are internal",
})

MESSAGES.append({
    "id": "halal-089", "expect": "stop",
    "sender": "経理部 <keiri@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 外為センター <gaitame@" + "midori-gink\u043e.co.jp".encode("idna").decode() + ">"],
    "subject": "外国送金依頼（Pertama Foods Sdn. Bhd. 宛）",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 外為センター 御中

いつもお世話になっております。日の出産業 経理部です。
下記のとおり外国送金を依頼いたします。

　送金先　　：Pertama Foods Sdn. Bhd.
　受取銀行　：Maybank, Shah Alam Branch (SWIFT: MBBEMYKL)
　口座番号　：5123-4409-8812
　金額　　　：USD 61,337.00
　支払明細　：Invoice PF-INV-26-0418（PO HS-2026-0418）
　送金指定日：2026年5月29日

依頼書の原本は本日発送いたします。

日の出産業株式会社 経理部
TEL 03-5781-2230
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "the bank domain uses a Cyrillic о (punycode) in place of partner midori-ginko.co.jp",
})

MESSAGES.append({
    "id": "halal-090", "expect": "either",
    "sender": "東海林 麻衣 <shoji.mai@hinode-sangyo.co.jp>",
    "to": ["小野寺 様 <onodera@keihin-bm.co.jp>"],
    "subject": "礼拝室の利用状況（4月）",
    "charset": "iso-2022-jp",
    "body": f"""京浜ビルマネジメント 小野寺様

いつもお世話になっております。日の出産業の東海林です。
4月の礼拝室（3階 会議室C）の利用状況をお知らせします。
来期の空調設定の見直しにお役立てください。

　平日の利用者数：平均 9名／日
　　うち 品質保証課 1名（女性・インドネシア出身）
　　うち 営業二課　 1名（パキスタン出身）
　　その他 物流センター・加工センターから 7名
　ピーク時間帯：12:10〜12:40、15:20〜15:50

{SIG_SHOJI}
""",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "counts only, but single-person cells (department, sex, origin) may identify who prays",
})

MESSAGES.append({
    "id": "halal-091", "expect": "pass",
    "sender": "Ryo Domeki <domeki@hinode-sangyo.co.jp>",
    "to": ["Emre Aydin <emre.aydin@anadolu-gida.com.tr>"],
    "subject": "Label artwork approval - Japanese back labels (lokum)",
    "charset": "utf-8",
    "body": f"""Dear Mr. Aydin,

Our printer has finished the Japanese back labels for the lokum range.
Could you please confirm the following by Friday?

  1. The halal logo of GIMDES may be printed at 15 mm diameter.
  2. The ingredient "gelatin" - please confirm it is bovine and halal.
  3. Best-before format: YYYY.MM.DD

Once approved, we will send the print files to your factory.

Kind regards,
Ryo Domeki
Sales Dept. 1 | Hinode Sangyo Co., Ltd.
Tel +81-3-5781-2270

CONFIDENTIALITY NOTICE: {DISCLAIMER_EN}
Please consider the environment before printing this e-mail.
""",
    "entities": [],
    "detectors": [],
    "note": "ordinary English mail; 'confidential' appears only in the standard disclaimer",
})

MESSAGES.append({
    "id": "halal-092", "expect": "stop",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["ことばアカデミー 法人研修 <houjin@kotoba-academy.jp>"],
    "subject": "Re: 日本語研修のクラス分けについて",
    "charset": "utf-8",
    "body": f"""ことばアカデミー ご担当者様

ご連絡ありがとうございます。勅使河原です。
クラス分けについて1点補足させてください。

加工センターのモハメド・ヌール・ハック（Mohammed Noor Haque）さんは
ミャンマー出身のロヒンギャで、日本で難民認定を受けています。
母国で教育を受ける機会が限られていたため、読み書きは基礎から
始めたいと本人も希望しています。
他の受講者より少人数のクラスに配属していただけますでしょうか。

{SIG_TESHIGAWARA}

> 日の出産業 勅使河原様
> 受講者のクラス分け案をお送りします。ご確認ください。
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee's ethnic origin and refugee status in new reply text",
})

MESSAGES.append({
    "id": "halal-093", "expect": "stop",
    "sender": "小笠原 潤 <ogasawara.jun@hinode-sangyo.co.jp>",
    "to": ["グローバルワークス 派遣管理 <haken@globalworks-staff.co.jp>"],
    "subject": "ラマダン期間中の派遣スタッフ勤務調整",
    "charset": "iso-2022-jp",
    "body": """グローバルワークス株式会社
派遣管理ご担当者様

いつもお世話になっております。日の出産業 品川物流センターの小笠原です。
ラマダン期間中の勤務調整について、対象者と調整案をWordにまとめました。
派遣元として就業条件の変更手続が必要かどうか、ご確認をお願いします。

日の出産業株式会社 品川物流センター 小笠原
""",
    "attachments": [{
        "kind": "docx", "name": "ラマダン期間 勤務調整案.docx",
        "paragraphs": ["ラマダン期間（2026年2月18日〜3月19日）勤務調整案",
                       "断食を行う派遣スタッフについて、日没時の休憩を確保するため下記のとおり調整する。"],
        "tables": [[["スタッフ名", "宗教", "現行シフト", "調整後", "備考"],
                    ["ユスフ・オマル", "イスラム教", "13:00-22:00", "13:00-17:30 / 18:30-23:00", "日没後に休憩"],
                    ["アミナ・ベギム", "イスラム教", "8:00-17:00", "7:00-16:00", "―"],
                    ["カマル・ウッディン", "イスラム教", "13:00-22:00", "12:00-21:00", "―"],
                    ["サイフル・アラム", "イスラム教", "8:00-17:00", "7:00-16:00", "金曜 12:00-13:00 礼拝"],
                    ["ラシダ・カトゥン", "イスラム教", "8:00-17:00", "8:00-17:00", "変更なし（妊娠中のため断食免除）"]]],
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX table of five named workers with religion (and a pregnancy note) to the staffing agency",
})

MESSAGES.append({
    "id": "halal-094", "expect": "pass",
    "sender": "鷲見 健二 <sumi.kenji@hinode-sangyo.co.jp>",
    "to": ["小笠原 潤 <ogasawara.jun@hinode-sangyo.co.jp>"],
    "subject": "FW: 6月派遣スタッフ配置予定",
    "charset": "cp932",
    "body": "小笠原さん\n\n派遣会社から来た6月の配置予定です。シフト表に反映をお願いします。\n\n鷲見\n\n"
            "-------- 転送メッセージ --------\n"
            "差出人: グローバルワークス 派遣管理 <haken@globalworks-staff.co.jp>\n"
            "件名: 6月派遣スタッフ配置予定\n\n"
            "日の出産業 鷲見様\n\n6月の配置予定者は以下のとおりです。\n\n"
            + columns([["氏名", "携帯", "生年月日", "勤務開始"]]
                      + [[n, mobile(), d, s] for n, d, s in [
                          ("ユスフ・オマル", "1995/03/18", "6/1"), ("アミナ・ベギム", "1999/10/04", "6/1"),
                          ("カマル・ウッディン", "1992/06/27", "6/1"), ("サイフル・アラム", "1997/01/15", "6/8"),
                          ("四方田 圭", "1988/11/11", "6/8"), ("ラシダ・カトゥン", "1996/08/30", "6/15")]])
            + "\n\nグローバルワークス 派遣管理\n",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "a forward of an outside list of six workers, but only to an internal colleague",
})

MESSAGES.append({
    "id": "halal-095", "expect": "stop",
    "sender": "ムハンマド・ファイズ <faiz.rosli@hinode-sangyo.co.jp>",
    "to": ["清和マート 品質保証部 <hinsho@seiwa-mart.co.jp>"],
    "subject": "ハラール証明書（写し）の送付",
    "charset": "iso-2022-jp",
    "body": """清和マート 品質保証部 御中

お世話になっております。日の出産業のファイズです。
ご依頼のハラール証明書の写し（スキャンPDF）をお送りします。
ファイルが開けない場合はお知らせください。

日の出産業 ハラール管理室 ムハンマド・ファイズ
""",
    "attachments": [{"kind": "corrupt", "name": "Halal_Certificate_NMFC-JP-0731.pdf"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached PDF is corrupt and cannot be inspected",
})

MESSAGES.append({
    "id": "halal-096", "expect": "pass",
    "sender": "情報システム課 一寸木 <chokki.yuto@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "受発注システム EDI接続先追加の作業依頼（チケット #TS-44812）",
    "charset": "utf-8",
    "body": """ツバサシステム株式会社
サポートご担当者様

いつもお世話になっております。日の出産業 情報システム課の一寸木です。
チケット #TS-44812 の件、接続先の情報は以下のとおりです。

  接続先        : 清和マート EDI（流通BMS）
  プロトコル    : JX手順 → ebMS 移行
  接続元IP      : 203.0.113.45 / 203.0.113.46（弊社 品川DC）
  接続先URL     : https://edi.seiwa-mart.example/ebms/receive
  取引先コード  : 4903517
  切替予定      : 2026年6月1日 02:00〜04:00

作業手順書のレビューは5/20までにお願いいたします。

--
日の出産業株式会社 情報システム課
一寸木 悠斗（ちょっき ゆうと）
TEL 03-5781-2280
""",
    "entities": [],
    "detectors": [],
    "note": "IT work request with IPs and codes to the genuine partner tsubasa-system.jp",
})

_ec97 = [["参加者", "所属", "緊急連絡先（続柄）", "緊急連絡先 電話"]]
for _n, _d, _c in [("鬼頭 武志", "輸入業務課", "鬼頭 由美（妻）"),
                   ("ムハンマド・ファイズ", "ハラール管理室", "Nor Aisyah（妻・マレーシア在住）"),
                   ("百目鬼 亮", "営業一課", "百目鬼 節子（母）"),
                   ("シティ・アミナ", "品質保証課", "Bambang S.（夫）"),
                   ("イムラン・サディク", "営業二課", "Sana Imran（妻）")]:
    _ec97.append([_n, _d, _c, mobile()])

MESSAGES.append({
    "id": "halal-097", "expect": "stop",
    "sender": "東海林 麻衣 <shoji.mai@hinode-sangyo.co.jp>",
    "to": ["ホライズントラベル 法人デスク <corporate@horizon-travel.co.jp>"],
    "subject": "マレーシア工場視察ツアー 参加者の緊急連絡先",
    "charset": "utf-8",
    "body": f"""ホライズントラベル 法人デスク
林様

お世話になっております。日の出産業 総務課の東海林です。
海外旅行保険の手配に必要とのことで、参加者5名の緊急連絡先を
PDFにまとめました。ご確認ください。

{SIG_SHOJI}
""",
    "attachments": [{"kind": "pdf", "name": "緊急連絡先一覧_マレーシア視察.pdf",
                     "lines": ["マレーシア工場視察（2026年7月6日〜7月10日）参加者 緊急連絡先", ""],
                     "table": _ec97}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a PDF table of five travellers with their family contacts and phones",
})

MESSAGES.append({
    "id": "halal-098", "expect": "stop",
    "sender": "情報システム課 一寸木 <chokki.yuto@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 保守窓口 <hoshu@tsubasa-sytem.jp>"],
    "subject": "倉庫管理システム 夜間バッチ停止の件",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム 保守窓口 御中

お世話になっております。日の出産業 情報システム課の一寸木です。
昨夜の在庫引当バッチ（WMS_ALLOC_02）が 01:37 に異常終了しました。
ログを確認したところ、ハラール区分コードが未設定の商品マスタが
3件あったことが原因のようです。

　対象品番：HN-LM-040 / HN-CK-044 / HN-SC-016

マスタ修正後の再実行手順をご教示ください。

日の出産業 情報システム課 一寸木
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-sytem.jp drops an s from partner tsubasa-system.jp",
})

MESSAGES.append({
    "id": "halal-099", "expect": "pass",
    "sender": "百目鬼 亮 <domeki@hinode-sangyo.co.jp>",
    "to": ["清和マート 仕入部 <buyer@seiwa-mart.co.jp>"],
    "subject": "RE: ハラールコーナー新設店舗の店長様連絡先",
    "charset": "iso-2022-jp",
    "body": "清和マート 仕入部 御中\n\n"
            "ご連絡先をお知らせいただきありがとうございます。\n"
            "各店舗への初回納品前に、弊社担当より店長様へご挨拶のお電話を差し上げます。\n\n"
            f"{SIG_DOMEKI}\n\n"
            "差出人: 清和マート 仕入部 <buyer@seiwa-mart.co.jp>\n"
            "送信日時: 2026年4月20日 11:05\n"
            "宛先: 百目鬼 亮 <domeki@hinode-sangyo.co.jp>\n"
            "件名: ハラールコーナー新設店舗の店長様連絡先\n\n"
            "日の出産業 百目鬼様\n\n"
            "ハラールコーナーを新設する6店舗の店長の連絡先です。\n\n"
            + "\n".join(f"{s}店　店長 {n}　携帯 {mobile()}" for s, n in [
                ("新大久保", "真壁 浩"), ("蕨", "ラジャ・クマール"), ("西川口", "桑名 ゆかり"),
                ("錦糸町", "宍戸 剛"), ("竹ノ塚", "Anwar Hossain"), ("八潮", "相楽 奈緒")])
            + "\n\n清和マート 仕入部\n",
    "entities": [],
    "detectors": [],
    "note": "the six store managers' mobiles are only in the customer's own quoted original",
})

_fam100 = [("本人", "HASSAN EL-SAYED", "1988/04/16", next_my_number()),
           ("配偶者", "MARIAM ABDELRAHMAN", "1991/09/02", next_my_number()),
           ("子", "OMAR HASSAN", "2019/12/24", next_my_number())]
MESSAGES.append({
    "id": "halal-100", "expect": "stop",
    "sender": "勅使河原 紗季 <teshigawara@hinode-sangyo.co.jp>",
    "to": ["さくら坂社会保険労務士事務所 <office@sakurazaka-sr.jp>"],
    "subject": "扶養追加（家族呼び寄せ）の手続書類",
    "charset": "iso-2022-jp",
    "body": f"""さくら坂社会保険労務士事務所
野々宮先生

お世話になっております。日の出産業の勅使河原です。
営業一課のハサン・エルサイードさんが、エジプトから家族を呼び寄せましたので、
健康保険の被扶養者異動届の作成をお願いいたします。
必要事項をExcelにまとめました（3枚目のシートに個人番号があります）。

{SIG_TESHIGAWARA}
""",
    "attachments": [{
        "kind": "xlsx", "name": "被扶養者異動_エルサイード.xlsx",
        "sheets": {
            "概要": [["手続", "健康保険 被扶養者（異動）届"], ["事由発生日", "2026/04/01"],
                     ["事由", "海外からの呼び寄せ（家族滞在）"]],
            "家族": [["続柄", "氏名", "生年月日", "在留資格"]] + [[r, n, d, "家族滞在" if r != "本人" else "技術・人文知識・国際業務"]
                                                     for r, n, d, _ in _fam100],
            "個人番号": [["続柄", "氏名", "個人番号"]] + [[r, n, m] for r, n, _, m in _fam100],
        },
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three family members' My Numbers on the third sheet of an XLSX to a labour consultant",
})
