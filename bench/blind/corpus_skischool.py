"""Blind corpus — area: skischool.

A ski resort's ski school and rental shop run by 日の出産業株式会社 (ひので高原スキーリゾート):
lesson participants including children, injuries on the slopes, ski patrol and the
on-mountain clinic, group bookings from schools and foreign tourists, instructors'
certifications, insurers.

Every person, address, phone number, account, card number, My Number and document
number below is invented; any likeness to a real person is accidental.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

SEED = 14901
rng = random.Random(SEED)

_mn = SEED  # My Number counter
_cn = SEED  # card number counter


def next_my_number() -> str:
    global _mn
    v = my_number(_mn)
    _mn += 1
    return v


def next_card() -> str:
    global _cn
    v = card_number(_cn)
    _cn += 1
    return v


def corporate_number(base12: str) -> str:
    """法人番号: check digit + 12 digits (9 - Σ Pn·Qn mod 9)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    """full-width digits and separators"""
    return s.translate(_ZEN)


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def landline() -> str:
    area = rng.choice(["03", "06", "045", "052", "011", "026", "0261", "025", "092", "048"])
    if len(area) == 2:
        return f"{area}-{rng.randrange(3000, 7000)}-{rng.randrange(1000, 10000)}"
    if len(area) == 3:
        return f"{area}-{rng.randrange(200, 999)}-{rng.randrange(1000, 10000)}"
    return f"{area}-{rng.randrange(20, 99)}-{rng.randrange(1000, 10000)}"


def fmt_card(c: str, sep: str = "-") -> str:
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


def fmt_mn(m: str, sep: str = " ") -> str:
    return sep.join(m[i:i + 4] for i in range(0, 12, 4))


FAMILY = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山崎", "ヤマザキ", "Yamazaki"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("森田", "モリタ", "Morita"), ("阿部", "アベ", "Abe"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"),
    ("三浦", "ミウラ", "Miura"), ("五十嵐", "イガラシ", "Igarashi"), ("東海林", "ショウジ", "Shoji"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("百目鬼", "ドウメキ", "Domeki"), ("九十九", "ツクモ", "Tsukumo"), ("薬袋", "ミナイ", "Minai"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("鬼頭", "キトウ", "Kito"), ("四十物", "アイモノ", "Aimono"),
    ("丸山", "マルヤマ", "Maruyama"), ("宮坂", "ミヤサカ", "Miyasaka"), ("降旗", "フリハタ", "Furihata"),
    ("百瀬", "モモセ", "Momose"), ("等々力", "トドロキ", "Todoroki"), ("穂苅", "ホカリ", "Hokari"),
]
KIDS_M = [("陽翔", "ハルト", "Haruto"), ("蓮", "レン", "Ren"), ("湊", "ミナト", "Minato"),
          ("蒼", "アオイ", "Aoi"), ("悠真", "ユウマ", "Yuma"), ("樹", "イツキ", "Itsuki"),
          ("大和", "ヤマト", "Yamato"), ("朝陽", "アサヒ", "Asahi"), ("颯太", "ソウタ", "Sota"),
          ("律", "リツ", "Ritsu"), ("碧", "ミドリ", "Midori"), ("奏太", "カナタ", "Kanata")]
KIDS_F = [("陽葵", "ヒマリ", "Himari"), ("凛", "リン", "Rin"), ("結菜", "ユイナ", "Yuina"),
          ("芽依", "メイ", "Mei"), ("紬", "ツムギ", "Tsumugi"), ("咲良", "サクラ", "Sakura"),
          ("澪", "ミオ", "Mio"), ("葵", "アオイ", "Aoi"), ("杏", "アン", "An"),
          ("心春", "コハル", "Koharu"), ("美月", "ミツキ", "Mitsuki"), ("千尋", "チヒロ", "Chihiro")]
ADULT_M = [("健一", "ケンイチ", "Kenichi"), ("誠", "マコト", "Makoto"), ("隆之", "タカユキ", "Takayuki"),
           ("大輔", "ダイスケ", "Daisuke"), ("翔", "ショウ", "Sho"), ("浩二", "コウジ", "Koji"),
           ("拓也", "タクヤ", "Takuya"), ("直樹", "ナオキ", "Naoki"), ("亮", "リョウ", "Ryo"),
           ("雄一郎", "ユウイチロウ", "Yuichiro"), ("圭介", "ケイスケ", "Keisuke"), ("聡", "サトシ", "Satoshi")]
ADULT_F = [("由美", "ユミ", "Yumi"), ("恵", "メグミ", "Megumi"), ("真由子", "マユコ", "Mayuko"),
           ("智子", "トモコ", "Tomoko"), ("沙織", "サオリ", "Saori"), ("彩", "アヤ", "Aya"),
           ("麻衣", "マイ", "Mai"), ("里美", "サトミ", "Satomi"), ("千夏", "チナツ", "Chinatsu"),
           ("香織", "カオリ", "Kaori"), ("奈緒", "ナオ", "Nao"), ("早苗", "サナエ", "Sanae")]

PLACES = [
    ("東京都", "世田谷区", "桜丘"), ("東京都", "練馬区", "石神井町"), ("東京都", "江東区", "大島"),
    ("神奈川県", "横浜市港北区", "日吉本町"), ("神奈川県", "川崎市中原区", "新丸子町"),
    ("埼玉県", "さいたま市浦和区", "常盤"), ("千葉県", "船橋市", "前原西"),
    ("愛知県", "名古屋市昭和区", "八事本町"), ("大阪府", "吹田市", "千里山西"),
    ("長野県", "大町市", "大町"), ("長野県", "北安曇郡白馬村", "北城"), ("長野県", "松本市", "島内"),
    ("新潟県", "新潟市中央区", "関屋"), ("群馬県", "高崎市", "上並榎町"),
    ("静岡県", "浜松市中央区", "佐鳴台"), ("兵庫県", "西宮市", "甲子園口"),
]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp"]


def address() -> str:
    pref, city, town = rng.choice(PLACES)
    return f"{pref}{city}{town}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"


def zipcode() -> str:
    return f"{rng.randrange(100, 990)}-{rng.randrange(0, 10000):04d}"


def person(kind: str = "adult", sex: str | None = None) -> dict:
    fam = rng.choice(FAMILY)
    sex = sex or rng.choice("MF")
    if kind == "kid":
        given = rng.choice(KIDS_M if sex == "M" else KIDS_F)
    else:
        given = rng.choice(ADULT_M if sex == "M" else ADULT_F)
    return {
        "kanji": f"{fam[0]} {given[0]}", "kana": f"{fam[1]} {given[1]}",
        "romaji": f"{given[2]} {fam[2]}", "ROMAJI": f"{fam[2].upper()} {given[2]}",
        "family": fam, "given": given, "sex": sex,
    }


def people(n: int, kind: str = "adult") -> list[dict]:
    out, seen = [], set()
    while len(out) < n:
        p = person(kind)
        if p["kanji"] in seen:
            continue
        seen.add(p["kanji"])
        out.append(p)
    return out


def birth(y0: int, y1: int) -> _dt.date:
    return _dt.date(rng.randrange(y0, y1 + 1), rng.randrange(1, 13), rng.randrange(1, 29))


def wareki(d: _dt.date, style: str = "long") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日")
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def age_on(d: _dt.date, on: _dt.date = _dt.date(2026, 1, 10)) -> int:
    return on.year - d.year - ((on.month, on.day) < (d.month, d.day))


def pad(s: str, width: int) -> str:
    """pad to a display width (full-width chars count 2)"""
    w = sum(2 if ord(ch) > 0xFF else 1 for ch in s)
    return s + " " * max(width - w, 1)


# signatures ------------------------------------------------------------------------

SIG_SCHOOL = """
――――――――――――――――――――
日の出産業株式会社 リゾート事業部
ひので高原スキースクール 事務局
{name}
〒398-0071 長野県大町市日の出高原3417-2
TEL 0261-88-4120 / FAX 0261-88-4121
school@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_RENTAL = """
--
ひので高原スキーリゾート レンタルショップ「Hinode Rental」
{name}
日の出産業株式会社 リゾート事業部
TEL 0261-88-4133（シーズン中 8:00-17:30）
"""

SIG_PATROL = """
*************************************
日の出産業株式会社
ひので高原スキー場 索道部 パトロール隊
{name}
無線ch.3 / 事務所 0261-88-4150
*************************************"""

SIG_SOUMU = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 総務部 人事労務課
{name}
〒160-0023 東京都新宿区西新宿6-11-3 日の出ビル8F
TEL 03-5321-7780（代表）
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_SALES = """
------------------------------------------------
日の出産業株式会社 リゾート事業部 団体営業課
{name}
TEL 0261-88-4125  携帯 080-4471-0932
E-mail: {mail}
------------------------------------------------"""

SIG_EN = """
Best regards,

{name}
International Sales, Hinode Kogen Ski Resort
Hinode Sangyo Co., Ltd.
3417-2 Hinode-kogen, Omachi, Nagano 398-0071, Japan
Tel +81-261-88-4125
"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES: list[dict] = []


# ---------------------------------------------------------------- 001 kids roster, padded columns
_kids = people(8, "kid")
_rows = []
for k in _kids:
    parent = person("adult")
    _rows.append(pad(k["kana"], 22) + pad(str(rng.randrange(4, 10)) + "歳", 7)
                 + pad(rng.choice(["初級A", "初級B", "中級", "ちびっこ"]), 10)
                 + pad(k["family"][0] + " " + parent["given"][0], 16) + mobile())
MESSAGES.append({
    "id": "skischool-001",
    "expect": "stop",
    "sender": "小松 里奈 <r.komatsu@hinode-sangyo.co.jp>",
    "to": ["団体旅行課 <dantai@yukiguni-travel.co.jp>"],
    "subject": "1/24 キッズスクール 受講者名簿（ゆきぐにツアー様ご手配分）",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ゆきぐにトラベル
団体旅行課 ご担当者様

いつもお世話になっております。
ひので高原スキースクールの小松です。

1月24日（土）のキッズスクールにつきまして、貴社ご手配分の受講者を下記の通り
確定いたしました。当日の集合場所・持ち物をお客様へご案内いただけますと幸いです。

氏名（カナ）            年齢   クラス    保護者         保護者携帯
--------------------------------------------------------------------------
""" + "\n".join(_rows) + """

集合：9:15 センターハウス1F スクール受付前
持ち物：ヘルメット（レンタル可）、手袋、着替え

何卒よろしくお願いいたします。
""" + SIG_SCHOOL.format(name="小松 里奈"),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8 children with parents' mobiles in padded columns to a travel agency: a list of people",
})

# ---------------------------------------------------------------- 002 card number, English
_c = next_card()
MESSAGES.append({
    "id": "skischool-002",
    "expect": "stop",
    "sender": "Kenta Oyama <k.oyama@hinode-sangyo.co.jp>",
    "to": ["Bookings <bookings@southerncross-snow.com>"],
    "subject": "Re: Damaged rental skis - guest in Lodge Room 12",
    "charset": "utf-8",
    "body": f"""Hi Chloe,

Thanks for getting back to me so quickly.

As discussed, the rental skis (Rossignol demo, tag R-2291) came back with a cracked
edge and the repair fee is JPY 18,700. Your guest left the card below as the deposit
at check-out, and he agreed at the counter that we can charge it:

  Guest:       Liam O'Connell
  Card:        {fmt_card(_c, ' ')}
  Exp.:        08/28

Could you confirm with him once more before we process the charge tomorrow?
""" + SIG_EN.format(name="Kenta Oyama"),
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a guest's credit card number sent to a foreign tour operator",
})

# ---------------------------------------------------------------- 003 one child's diagnosis in a sentence
_p = person("kid", "F")
_d = birth(2015, 2016)
MESSAGES.append({
    "id": "skischool-003",
    "expect": "stop",
    "sender": "ひので高原スキースクール 事務局 <school@hinode-sangyo.co.jp>",
    "to": ["損害サービス課 <songai@minori-sonpo.co.jp>"],
    "subject": "レッスン中事故のご報告（証券番号 SK-2025-004417）",
    "charset": "iso-2022-jp",
    "body": f"""みのり損害保険株式会社
損害サービス課 御中

平素より大変お世話になっております。
スクール賠償責任保険（証券番号 SK-2025-004417）に関し、事故のご報告をいたします。

1月11日 午前のジュニアレッスン中、中級コースにて受講生の{_p['kanji']}さん
（{wareki(_d)}生）が他の受講生と接触して転倒し、搬送先の大町北病院で
左鎖骨骨折と診断されました。全治6週間の見込みとのことです。

インストラクターの状況報告書は追ってお送りいたします。
保険金請求の手続きについてご教示いただけますでしょうか。
""" + SIG_SCHOOL.format(name="事務局長 宮下 修"),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one identifiable child's diagnosis (骨折) to an insurer: 要配慮個人情報 of one person",
})

# ---------------------------------------------------------------- 004 My Numbers, CSV cp932
_staff = people(6)
_csv = [["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "雇用区分"]]
for i, s in enumerate(_staff):
    _csv.append([f"S25{i + 31:03d}", s["kanji"], s["kana"], birth(1978, 2004).strftime("%Y/%m/%d"),
                 next_my_number(), rng.choice(["季節契約", "アルバイト"])])
MESSAGES.append({
    "id": "skischool-004",
    "expect": "stop",
    "sender": "総務部 河合 <h.kawai@hinode-sangyo.co.jp>",
    "to": ["さくら社会保険労務士事務所 <info@sakuramachi-sr.jp>"],
    "subject": "冬季契約スタッフ 資格取得届用データ",
    "charset": "cp932",
    "body": """さくら町社会保険労務士事務所
高木先生

お世話になっております。日の出産業 総務部の河合です。
今シーズンのスキー場冬季契約スタッフ6名分の資格取得届用データを添付いたします。
雇用保険の手続きも併せてお願いできれば幸いです。
""" + SIG_SOUMU.format(name="河合 仁美"),
    "attachments": [{"kind": "csv", "name": "冬季スタッフ_資格取得.csv", "encoding": "cp932", "rows": _csv}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six seasonal staff members' My Numbers in a CP932 CSV to an outside labour-law office",
})

# ---------------------------------------------------------------- 005 foreign group rooming list w/ passports, XLSX
_guests = [("CHEN", "Wei"), ("LIN", "Yating"), ("WANG", "Jun"), ("HUANG", "Shuhui"),
           ("TSAI", "Ming-Hsuan"), ("LEE", "Pei-Chun"), ("WU", "Cheng-En"), ("HSU", "Yi-Ting"),
           ("CHANG", "Kuan-Yu"), ("KUO", "Hsin-Yi"), ("YANG", "Po-Han"), ("LIU", "Chia-Hui")]
_sheet = [["Rooming list / 宿泊者名簿  TW-Snow Group 0207", "", "", "", "", ""],
          ["No.", "Surname", "Given name", "Nationality", "Passport No.", "Date of birth"]]
for i, (sn, gn) in enumerate(_guests, 1):
    _sheet.append([i, sn, gn, "TWN", f"3{rng.randrange(10000000, 99999999)}",
                   birth(1965, 2012).strftime("%d %b %Y")])
MESSAGES.append({
    "id": "skischool-005",
    "expect": "stop",
    "sender": "団体営業課 野口 <m.noguchi@hinode-sangyo.co.jp>",
    "to": ["フロント 予約係 <reserve@sakura-hotel.jp>"],
    "subject": "2/7～ 台湾団体（12名）ルーミングリスト送付",
    "charset": "utf-8",
    "body": """さくらホテル 予約係 御中

お世話になっております。日の出産業 団体営業課の野口です。
2/7チェックインの台湾団体様のルーミングリストを添付いたします。
外国人宿泊者のため旅券番号も記載しております。部屋割りは2シート目をご参照ください。
""" + SIG_SALES.format(name="野口 真司", mail="m.noguchi@hinode-sangyo.co.jp"),
    "attachments": [{"kind": "xlsx", "name": "TW0207_rooming.xlsx",
                     "sheets": {"guests": _sheet,
                                "rooms": [["Room", "Guests"], ["Twin A", "1,2"], ["Twin B", "3,4"],
                                          ["Triple", "5,6,7"], ["Twin C", "8,9"], ["Triple B", "10,11,12"]]}}],
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "12 foreign tourists with passport numbers and dates of birth in an XLSX to a partner hotel",
})

# ---------------------------------------------------------------- 006 four schools' teachers in To
MESSAGES.append({
    "id": "skischool-006",
    "expect": "stop",
    "sender": "ひので高原スキースクール 事務局 <school@hinode-sangyo.co.jp>",
    "to": ["大町市立東中学校 教頭 <kyoto@higashi-chu.omachi.lg.jp>",
           "松本市立梓川中学校 <azusa-jhs@matsumoto-edu.lg.jp>",
           "学校法人 清陵学園 体育科 <taiiku@seiryo-gakuen.ac.jp>",
           "安曇野市立穂高西中学校 <hotaka-w@azumino-school.lg.jp>"],
    "subject": "【ご案内】2026年度 スキー教室 事前説明会（2/3 オンライン）",
    "charset": "iso-2022-jp",
    "body": """各校 スキー教室ご担当の先生方

いつも大変お世話になっております。ひので高原スキースクール事務局です。

来年度のスキー教室に関する事前説明会を下記の通りオンラインで開催いたします。
  日時：2月3日（火）16:00～17:00
  内容：班編成の考え方、レンタル手配、当日の安全管理体制
  URL：別途ご案内いたします

ご出欠を1月28日までにご返信ください。
""" + SIG_SCHOOL.format(name="事務局 小松"),
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four schools (separate organisations) in To see each other's addresses: should be Bcc",
})

# ---------------------------------------------------------------- 007 lookalike: sakura-hote1.jp
MESSAGES.append({
    "id": "skischool-007",
    "expect": "stop",
    "sender": "野口 真司 <m.noguchi@hinode-sangyo.co.jp>",
    "to": ["宴会予約 <banquet@sakura-hote1.jp>"],
    "subject": "インストラクター打ち上げ 会場予約のお願い（3/28）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 宴会予約ご担当様

お世話になっております。日の出産業の野口です。
シーズン終了後のスタッフ打ち上げにつき、下記で会場をお願いできますでしょうか。

　日時　3月28日（土）18:30～
　人数　45名前後（立食）
　予算　お一人様 6,000円（飲み放題込み）

ご都合をお知らせください。
""" + SIG_SALES.format(name="野口 真司", mail="m.noguchi@hinode-sangyo.co.jp"),
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hote1.jp: digit 1 in place of l, look-alike of partner sakura-hotel.jp",
})

# ---------------------------------------------------------------- 008 社外秘 stamp in body
MESSAGES.append({
    "id": "skischool-008",
    "expect": "stop",
    "sender": "営業企画 石原 <t.ishihara@hinode-sangyo.co.jp>",
    "to": ["企画部 <kikaku@yukiguni-travel.co.jp>"],
    "subject": "来季 スクール・レンタル料金改定案（ご参考）",
    "charset": "iso-2022-jp",
    "body": """■■■■■■■■■■■■■■■■■■■■
　　　　　　　社外秘
■■■■■■■■■■■■■■■■■■■■

ゆきぐにトラベル 企画部 御中

来季（2026-27）の料金改定案です。社内決裁前のため数値は変動する可能性があります。

　項目                      今季        来季案
　-------------------------------------------------
　グループレッスン 半日     5,500円     6,200円
　プライベート 2h           22,000円    26,000円
　キッズ 1日（昼食付）      9,800円     11,000円
　レンタル 3点セット 1日    5,000円     5,800円
　団体割引（30名以上）      15%         10%

旅行商品の造成にあたってのご参考としてお取り扱いください。

日の出産業株式会社 リゾート事業部 営業企画 石原 拓海
""",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "a price-revision plan stamped 社外秘 sent to a travel agency",
})

# ---------------------------------------------------------------- 009 PPAP zip
MESSAGES.append({
    "id": "skischool-009",
    "expect": "stop",
    "sender": "小松 里奈 <r.komatsu@hinode-sangyo.co.jp>",
    "to": ["教務部 竹内先生 <takeuchi@seiryo-gakuen.ac.jp>"],
    "subject": "スキー研修 班分け表・緊急連絡先（パスワード別送）",
    "charset": "iso-2022-jp",
    "body": """清陵学園 竹内先生

お世話になっております。スキースクールの小松です。
研修の班分け表と緊急連絡先一覧をZIPにてお送りします。
解凍パスワードは別メールにてお送りいたします。

よろしくお願いいたします。
""" + SIG_SCHOOL.format(name="小松 里奈"),
    "attachments": [{"kind": "zip", "name": "seiryo_hanwake.zip", "password": "Hnd2026!ski",
                     "files": [{"kind": "xlsx", "name": "班分け表.xlsx",
                                "sheets": {"1日目": [["班", "氏名", "レベル"], ["1", "(略)", "初級"]]}}]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to an external school: cannot be inspected",
})

# ---------------------------------------------------------------- 010 corrupt xlsx
MESSAGES.append({
    "id": "skischool-010",
    "expect": "stop",
    "sender": "情報システム課 堀 <y.hori@hinode-sangyo.co.jp>",
    "to": ["サポートデスク <support@tsubasa-system.jp>"],
    "subject": "RE: レンタル受付システム 取込エラーの件",
    "charset": "utf-8",
    "body": """ツバサシステム サポートデスク ご担当者様

お世話になっております。日の出産業 情報システム課の堀です。
ご依頼のあった、取込時にエラーとなったファイルをそのまま添付します。
昨日の13時台にレンタル受付端末から出力したものです。
原因の調査をお願いいたします。

堀 洋平（情報システム課）内線 2281
""",
    "attachments": [{"kind": "corrupt", "name": "rental_export_0112.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "corrupt XLSX exported from the rental counter sent to the vendor: cannot be read",
})


# ---------------------------------------------------------------- 011 patrol log, tab-separated, injuries
_inj = ["右膝前十字靭帯損傷の疑い", "左手首骨折（橈骨遠位端）", "頭部打撲・脳震盪", "右肩関節脱臼",
        "腰椎捻挫", "左足関節捻挫", "顔面裂創（縫合）"]
_lines = ["日付\t時刻\t氏名\t年齢\t性別\t発生場所\t傷病\t搬送"]
for i, p in enumerate(people(7)):
    _lines.append(f"1/{rng.randrange(3, 18)}\t{rng.randrange(9, 16)}:{rng.randrange(0, 60):02d}\t{p['kanji']}\t"
                  f"{rng.randrange(9, 68)}\t{'男' if p['sex'] == 'M' else '女'}\t"
                  f"{rng.choice(['第2ペア下', 'パノラマC', '林間コース', 'キッズパーク', 'スカイライン上部'])}\t"
                  f"{_inj[i]}\t{rng.choice(['救急車', 'パトロール車', '自力'])}")
MESSAGES.append({
    "id": "skischool-011",
    "expect": "stop",
    "sender": "パトロール隊 隊長 北沢 <patrol@hinode-sangyo.co.jp>",
    "to": ["やまびこ診療所 事務 <jimu@yamabiko-clinic.jp>"],
    "subject": "1月前半 パトロール出動記録（診療所連携分）",
    "charset": "utf-8",
    "body": """やまびこ診療所
事務ご担当 様

いつも救護対応でお世話になっております。パトロール隊の北沢です。
1月前半に診療所へ引き継いだ傷病者の出動記録です（Excelから貼り付けています）。
カルテとの突合をお願いいたします。

""" + "\n".join(_lines) + "\n" + SIG_PATROL.format(name="隊長 北沢 剛"),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "seven injured guests with names and diagnoses, tab-separated, to an outside clinic",
})

# ---------------------------------------------------------------- 012 DOCX instructor renewal list
_tab = [["会員番号", "氏名", "生年月日", "住所", "資格"]]
for p in people(7):
    _tab.append([f"N-{rng.randrange(100000, 999999)}", p["kanji"], wareki(birth(1960, 1999), "short"),
                 address(), rng.choice(["指導員", "準指導員", "教師1級", "教師2級"])])
MESSAGES.append({
    "id": "skischool-012",
    "expect": "stop",
    "sender": "ひので高原スキースクール 校長 増田 <h.masuda@hinode-sangyo.co.jp>",
    "to": ["資格管理部 <shikaku@snow-shidoin.or.jp>"],
    "subject": "2026年度 資格更新 研修会受講者の申請（ひので高原SS）",
    "charset": "iso-2022-jp",
    "body": """一般社団法人 日本スノー指導員連盟
資格管理部 御中

平素より大変お世話になっております。
当スクール所属会員の資格更新研修会受講申請書を添付にてお送りいたします。
受講料は所定口座へ本日振込済みです。ご確認のほどよろしくお願いいたします。

ひので高原スキースクール 校長 増田 浩
""",
    "attachments": [{"kind": "docx", "name": "更新研修申請書_ひので高原SS.docx",
                     "paragraphs": ["資格更新研修会 受講申請書", "所属：ひので高原スキースクール",
                                    "下記会員の受講を申請します。"],
                     "tables": [_tab]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "seven instructors' birth dates (和暦) and home addresses in a DOCX table to an association",
})

# ---------------------------------------------------------------- 013 residence card, English
MESSAGES.append({
    "id": "skischool-013",
    "expect": "stop",
    "sender": "Hitomi Kawai <h.kawai@hinode-sangyo.co.jp>",
    "to": ["Placement team <placement@alpine-jobs.jp>"],
    "subject": "Instructor onboarding - Mr Tom Whitfield",
    "charset": "utf-8",
    "body": """Dear Placement team,

Thank you for introducing Tom to our ski school for this season.
For the employment contract we checked his residence card at the office today:

  Name:                 WHITFIELD THOMAS JAMES
  Residence card no.:   UK48219736EA
  Status:               Working Holiday, valid until 2026/11/30

Please register these details on your side as well so that the monthly invoice
matches our records.

Kind regards,
Hitomi Kawai
HR, Hinode Sangyo Co., Ltd.
""",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a foreign instructor's residence card number sent to a placement agency",
})

# ---------------------------------------------------------------- 014 driver's licence
MESSAGES.append({
    "id": "skischool-014",
    "expect": "stop",
    "sender": "送迎係 丸山 <k.maruyama@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 松本営業所 <matsumoto@aoba-unyu.co.jp>"],
    "subject": "マイクロバス借用 運転者届",
    "charset": "cp932",
    "body": """青葉運輸株式会社 松本営業所 御中

お世話になっております。日の出産業 送迎係の丸山です。
2/14～2/15 にお借りするマイクロバスの運転者届です。

　運転者氏名：降旗 誠一
　免許種別　：中型（8t限定なし）
　免許証番号：第 ４８０３１２７７５６０１ 号
　有効期限　：令和9年3月18日

車両の受け渡しは2/14 7:00 貴営業所にてお願いいたします。

丸山 和也
日の出産業株式会社 ひので高原スキー場 送迎係
TEL 0261-88-4160
""",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "one driver's licence number (full-width digits) to a partner bus company",
})

# ---------------------------------------------------------------- 015 no name column, CSV utf-8
_csv = [["受付No", "連絡先TEL", "生年月日", "身長cm", "体重kg", "ブーツmm", "DIN", "メモ"]]
for i in range(10):
    _csv.append([f"R0118-{i + 1:03d}", mobile(), birth(1958, 2012).isoformat(),
                 rng.randrange(120, 188), rng.randrange(25, 92), rng.choice([205, 225, 245, 255, 265, 275, 285]),
                 round(rng.uniform(2.5, 9.0) * 2) / 2, rng.choice(["", "エッジ欠け", "ソール傷", "ビンディング要調整"])])
MESSAGES.append({
    "id": "skischool-015",
    "expect": "stop",
    "sender": "Hinode Rental 高見 <rental@resort.hinode-sangyo.co.jp>",
    "to": ["スノーワークス チューンナップ工房 <order@snowworks-tune.co.jp>"],
    "subject": "持込チューン依頼分の一覧（1/18受付）",
    "charset": "utf-8",
    "body": """スノーワークス 工房長様

いつもありがとうございます。Hinode Rentalの高見です。
1/18受付のチューンナップ依頼10件分の一覧をCSVで送ります。
仕上がったらお客様へ直接ご連絡いただいて大丈夫です。
""" + SIG_RENTAL.format(name="高見 祐介"),
    "attachments": [{"kind": "csv", "name": "tune_0118.csv", "encoding": "utf-8", "rows": _csv}],
    "entities": ["PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "ten customers' phones, birth dates, height and weight in a CSV without a name column",
})

# ---------------------------------------------------------------- 016 full-width phones, bullets
_pl = []
for p in people(6):
    _pl.append(f"・{p['kanji']}様（{rng.choice(['大町駅', '信濃大町駅前', '白馬八方BT', 'ホテル前'])}乗車）　{zen(mobile())}")
MESSAGES.append({
    "id": "skischool-016",
    "expect": "stop",
    "sender": "丸山 和也 <k.maruyama@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    "subject": "2/1 スクール送迎便 乗車予定者の連絡先",
    "charset": "iso-2022-jp",
    "body": """青葉運輸 配車センター ご担当者様

お世話になっております。
2/1 朝便の乗車予定者です。遅延時はドライバーさんから直接ご連絡いただけるよう、
代表者の携帯番号を記載しました。

""" + "\n".join(_pl) + """

以上6組です。どうぞよろしくお願いいたします。
丸山（送迎係）
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six people's mobile numbers in full-width digits, bullets, to a partner bus company",
})

# ---------------------------------------------------------------- 017 students' health notes, 和暦
_notes = ["気管支ぜんそく（吸入薬携帯）", "てんかん（服薬中、発作時は横向き）", "アトピー性皮膚炎",
          "心臓疾患の既往あり（運動制限なし）", "食物アレルギー（そば・卵、エピペン携帯）", "1型糖尿病"]
_sl = []
for p, n in zip(people(6, "kid"), _notes):
    d = birth(2011, 2012)
    _sl.append(f"　{p['kanji']}（{p['kana']}）／{wareki(d, 'zen')}生／{n}")
MESSAGES.append({
    "id": "skischool-017",
    "expect": "stop",
    "sender": "野口 真司 <m.noguchi@hinode-sangyo.co.jp>",
    "to": ["教育旅行センター 木下 <kinoshita@yukiguni-travel.co.jp>"],
    "subject": "Re: 東中学校様 スキー教室 配慮が必要な生徒について",
    "charset": "iso-2022-jp",
    "body": """木下様

お世話になっております。野口です。
学校様から頂いた情報をもとに、インストラクターと共有する配慮事項をまとめました。
貴社控えとしてご確認ください。

""" + "\n".join(_sl) + """

班編成では、上記の生徒さんは看護師同行の班に入れる予定です。

野口
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six pupils' medical conditions with names and 和暦 birth dates (full-width) to a travel agency",
})

# ---------------------------------------------------------------- 018 forward of a parent's mail, diabetes, to freemail
MESSAGES.append({
    "id": "skischool-018",
    "expect": "stop",
    "sender": "小松 里奈 <r.komatsu@hinode-sangyo.co.jp>",
    "to": ["nagai.snow.pro@gmail.com"],
    "subject": "FW: 息子のプライベートレッスンについて（2/8）",
    "charset": "utf-8",
    "body": """永井さん

2/8のプライベートを担当していただくので、保護者様からのメールを転送します。
低血糖時の対応をよく読んでおいてください。

小松

---------- Forwarded message ---------
From: 宮坂 恵 <megu.miyasaka@icloud.com>
Date: 2026年1月20日(火) 21:14
Subject: 息子のプライベートレッスンについて（2/8）
To: school@hinode-sangyo.co.jp

ひので高原スキースクール ご担当者様

2/8に予約しております宮坂 湊（小学3年）の母です。
息子は1型糖尿病で、インスリンポンプを腰に装着しています。
転倒時にポンプを強く打たないようご配慮いただけますでしょうか。
また、レッスン中に低血糖の症状（ふらつき・顔色が悪い）が出た場合は、
ウェアの左ポケットのブドウ糖を食べさせてください。

どうぞよろしくお願いいたします。
宮坂 恵
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "forwarded parent's mail: a named child's type-1 diabetes, sent to a freelance instructor's gmail",
})

# ---------------------------------------------------------------- 019 HTML-only table of group participants
_hr = ""
_nz = [("Olivia", "Harris"), ("Jack", "Thompson"), ("Mia", "Walker"), ("Noah", "Robinson"),
       ("Isla", "Clarke"), ("Leo", "Mitchell"), ("Ruby", "Anderson"), ("Oscar", "Campbell"),
       ("Ava", "Stewart"), ("Henry", "Reid")]
for gn, sn in _nz:
    _hr += (f"<tr><td>{gn} {sn}</td><td>{gn.lower()}.{sn.lower()}@{rng.choice(['xtra.co.nz', 'gmail.com', 'outlook.com'])}</td>"
            f"<td>+64 2{rng.randrange(1, 8)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}</td>"
            f"<td>{rng.choice(['Beginner', 'Intermediate', 'Advanced'])}</td></tr>\n")
MESSAGES.append({
    "id": "skischool-019",
    "expect": "stop",
    "sender": "Mao Ueda <m.ueda@hinode-sangyo.co.jp>",
    "to": ["Kiwi Snow Tours <groups@kiwi-snowtours.com>"],
    "subject": "Lesson allocation for your group arriving 9 Feb",
    "charset": "utf-8",
    "html": """<html><body style="font-family:Arial">
<p>Hi Sophie,</p>
<p>Please find below the lesson allocation for your group. Could you double-check the
contact details? Our instructors will use them on the day if someone is late.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>Guest</th><th>E-mail</th><th>Mobile</th><th>Level</th></tr>
""" + _hr + """</table>
<p>Meeting point: Ski School desk, Center House 1F, 9:00.</p>
<p>Best regards,<br>Mao Ueda<br>International Sales, Hinode Kogen Ski Resort</p>
</body></html>""",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of ten guests with e-mails and mobiles to a foreign tour operator",
})

# ---------------------------------------------------------------- 020 health insurance card of one staff member
MESSAGES.append({
    "id": "skischool-020",
    "expect": "stop",
    "sender": "ひので高原スキー場 総務 荻原 <s.ogiwara@hinode-sangyo.co.jp>",
    "to": ["大町北病院 医事課 <iji@omachikita-hp.or.jp>"],
    "subject": "本日搬送の当社職員の保険証情報",
    "charset": "iso-2022-jp",
    "body": """大町北病院 医事課 御中

本日午前に救急搬送していただいた当社リフト係員につきまして、
本人が保険証を持参していなかったため、会社控えの情報をお送りします。

　氏名　　　：百瀬 健一
　保険者番号：06200417
　記号　　　：8102
　番号　　　：3357
　（協会けんぽ長野支部）

原本は明日ご家族が持参する予定です。よろしくお願いいたします。

荻原 沙織
日の出産業株式会社 ひので高原スキー場 総務
TEL 0261-88-4101
""",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "one employee's health insurance 記号・番号 sent to a hospital",
})


# ---------------------------------------------------------------- 021 basic pension number, one person
_d = birth(1990, 1996)
MESSAGES.append({
    "id": "skischool-021",
    "expect": "stop",
    "sender": "総務部 河合 <h.kawai@hinode-sangyo.co.jp>",
    "to": ["高木 <takagi@sakuramachi-sr.jp>"],
    "subject": "Re: 厚生年金 資格取得（追加1名）",
    "charset": "iso-2022-jp",
    "body": f"""高木先生

お世話になっております。河合です。
先ほどお電話でお伝えした追加の1名分です。

【被保険者】
　氏名　　　　勅使河原 翔（テシガワラ ショウ）
　生年月日　　{wareki(_d)}
　基礎年金番号　{rng.randrange(1000, 9999)}-{rng.randrange(100000, 999999)}
　資格取得日　令和8年1月16日
　職種　　　　スキーインストラクター（主任）

ご確認のほどよろしくお願いいたします。

> 河合様
> 追加の方がいらっしゃる場合は、基礎年金番号が分かる資料をお送りください。
> 高木
""" + SIG_SOUMU.format(name="河合 仁美"),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an instructor's 基礎年金番号 and birth date in new text to a labour-law office",
})

# ---------------------------------------------------------------- 022 PDF season pass holders for DM
_tab = [["会員No", "氏名", "〒", "住所", "電話"]]
for p in people(15):
    _tab.append([f"SP{rng.randrange(20000, 29999)}", p["kanji"], zipcode(), address(), landline()])
MESSAGES.append({
    "id": "skischool-022",
    "expect": "stop",
    "sender": "販促担当 中島 <y.nakajima@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "シーズン券会員向けDM 宛名データ（一次分）",
    "charset": "utf-8",
    "body": """錦印刷株式会社 営業部
藤原様

お世話になっております。日の出産業 販促担当の中島です。
春スキーDMの宛名データ（一次分）をPDFでお送りします。
残りは来週お送りします。宛名面のレイアウト案も併せてご提案ください。

中島 由佳
日の出産業株式会社 リゾート事業部 販売促進
""",
    "attachments": [{"kind": "pdf", "name": "DM宛名_一次.pdf", "lines": ["シーズン券会員 DM宛名リスト（一次分）", ""],
                     "table": _tab}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "15 season-pass holders' addresses and phones in a PDF table to a partner printer",
})

# ---------------------------------------------------------------- 023 bank accounts, legacy XLS
_xl = [["氏名", "カナ", "銀行", "支店", "種別", "口座番号", "金額"]]
for p in people(5):
    _xl.append([p["kanji"], p["kana"].replace(" ", "　"), rng.choice(["みどり銀行", "八十二銀行", "ゆうちょ銀行"]),
                rng.choice(["大町支店", "松本駅前支店", "白馬支店", "〇一八"]), "普通",
                f"{rng.randrange(1000000, 9999999)}", rng.randrange(80, 260) * 1000])
MESSAGES.append({
    "id": "skischool-023",
    "expect": "stop",
    "sender": "経理部 宇佐美 <a.usami@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 大町支店 法人営業 <omachi-houjin@midori-ginko.co.jp>"],
    "subject": "【至急】1月分 臨時インストラクター報酬 振込依頼",
    "charset": "cp932",
    "body": """みどり銀行 大町支店
法人営業ご担当 様

いつもお世話になっております。日の出産業 経理部の宇佐美です。
本日お電話でご相談した件、振込先一覧（5名分）をお送りします。
1/25 指定日でのお振込をお願いいたします。

宇佐美 亜紀
日の出産業株式会社 経理部
""",
    "attachments": [{"kind": "xls", "name": "振込先一覧_0125.xls", "sheets": {"振込": _xl}}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "five instructors' personal bank accounts in a legacy XLS sent to the partner bank",
})

# ---------------------------------------------------------------- 024 lookalike of own domain, .com
MESSAGES.append({
    "id": "skischool-024",
    "expect": "stop",
    "sender": "増田 浩 <h.masuda@hinode-sangyo.co.jp>",
    "to": ["佐藤 亜希子 <a.sato@hinode-sangyo.com>"],
    "subject": "2月 インストラクター シフト表（確定版）",
    "charset": "iso-2022-jp",
    "body": """佐藤さん

お疲れさまです。増田です。
2月のシフト表を確定しました。各班リーダーへの展開をお願いします。
祝日の11日と23日はキッズ担当を2名増やしています。

増田
""",
    "attachments": [{"kind": "xlsx", "name": "shift_2026-02.xlsx",
                     "sheets": {"2月": [["日", "午前", "午後", "キッズ"], ["2/1", "A班", "B班", "C班"],
                                        ["2/2", "B班", "C班", "A班"], ["2/11", "A班+C班", "B班", "D班"]]}}],
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyo.com: the internal domain with another TLD, a look-alike",
})

# ---------------------------------------------------------------- 025 lookalike midori-ginkou
MESSAGES.append({
    "id": "skischool-025",
    "expect": "stop",
    "sender": "宇佐美 亜紀 <a.usami@hinode-sangyo.co.jp>",
    "to": ["法人営業部 <houjin@midori-ginkou.co.jp>"],
    "subject": "リフト券売上金 夜間金庫のご利用について",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 法人営業部 御中

お世話になっております。日の出産業 経理部の宇佐美です。
スキー場の売上金の夜間金庫について、今季の利用契約更新のご案内を頂戴しました。
必要書類と手数料の改定内容をお送りいただけますでしょうか。

宇佐美 亜紀
日の出産業株式会社 経理部　TEL 03-5321-7784
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginkou.co.jp: a letter added to partner midori-ginko.co.jp",
})

# ---------------------------------------------------------------- 026 PPTX with Confidential footer
MESSAGES.append({
    "id": "skischool-026",
    "expect": "stop",
    "sender": "石原 拓海 <t.ishihara@hinode-sangyo.co.jp>",
    "to": ["やまなみ広告社 第2営業部 <eigyo2@yamanami-ad.co.jp>"],
    "subject": "来季プロモーション オリエン資料",
    "charset": "utf-8",
    "body": """やまなみ広告社
小野寺様

お世話になっております。石原です。
来週のオリエンに先立ち、資料を共有いたします。ご確認ください。

石原 拓海
日の出産業株式会社 リゾート事業部 営業企画
""",
    "attachments": [{"kind": "pptx", "name": "2026-27_promotion_orien.pptx",
                     "page_footer": "CONFIDENTIAL - Hinode Sangyo",
                     "slides": [["2026-27 ひので高原 プロモーション方針", "インバウンド比率 35% → 45%",
                                 "スクール売上 前年比 112% 目標"],
                                ["ターゲット", "首都圏ファミリー", "台湾・豪州の初心者層"],
                                ["予算配分", "デジタル 60%", "旅行会社タイアップ 25%", "その他 15%"]]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PPTX whose every slide carries a CONFIDENTIAL footer, sent to an ad agency",
})

# ---------------------------------------------------------------- 027 XLSX several sheets, university club
_s1 = [["清陵大学 基礎スキー部 合宿 参加者・緊急連絡先", "", "", "", ""], ["", "", "", "", ""],
       ["学籍番号", "氏名", "生年月日", "本人携帯", "緊急連絡先（続柄）"]]
for p in people(9):
    _s1.append([f"24S{rng.randrange(1000, 9999)}", p["kanji"], birth(2003, 2006).strftime("%Y/%m/%d"),
                mobile(), f"{mobile()}（{rng.choice(['父', '母'])}）"])
MESSAGES.append({
    "id": "skischool-027",
    "expect": "stop",
    "sender": "小松 里奈 <r.komatsu@hinode-sangyo.co.jp>",
    "to": ["基礎スキー部 主将 <ski-club@seiryo-u.ac.jp>"],
    "subject": "Re: 春合宿 参加者名簿の確認",
    "charset": "utf-8",
    "body": """清陵大学 基礎スキー部
主将 様

スキースクールの小松です。
頂いた名簿をこちらの書式に転記しました。誤りがないか確認をお願いします。
（シート2はレッスン班、シート3は宿舎の部屋割りです）

小松
""",
    "attachments": [{"kind": "xlsx", "name": "春合宿_名簿.xlsx",
                     "sheets": {"参加者": _s1,
                                "レッスン班": [["班", "レベル", "担当"], ["1", "1級受検", "増田"], ["2", "2級受検", "佐藤"]],
                                "部屋割り": [["部屋", "人数"], ["201", 4], ["202", 5]]}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "nine students' birth dates, mobiles and emergency contacts in a multi-sheet XLSX with a title row",
})

# ---------------------------------------------------------------- 028 plain ZIP with member CSV
_csv = [["member_id", "name", "name_kana", "email", "tel", "last_visit"]]
for p in people(20):
    _csv.append([f"HR{rng.randrange(100000, 999999)}", p["kanji"], p["kana"],
                 f"{p['given'][2].lower()}{rng.randrange(10, 99)}@{rng.choice(FREEMAIL)}", mobile(),
                 f"2025-{rng.randrange(1, 4):02d}-{rng.randrange(1, 28):02d}"])
MESSAGES.append({
    "id": "skischool-028",
    "expect": "stop",
    "sender": "堀 洋平 <y.hori@hinode-sangyo.co.jp>",
    "to": ["導入プロジェクト <pj-hinode@tsubasa-system.jp>"],
    "subject": "レンタル会員データ 移行テスト用サンプル",
    "charset": "utf-8",
    "body": """ツバサシステム 導入プロジェクト各位

お世話になっております。堀です。
移行テスト用に、現行システムから会員データを抽出したサンプル（20件）を送ります。
文字コードの扱いを確認していただけますか。

堀
""",
    "attachments": [{"kind": "zip", "name": "member_sample.zip",
                     "files": [{"kind": "csv", "name": "member_sample_20.csv", "encoding": "utf-8", "rows": _csv},
                               {"kind": "txt", "name": "readme.txt", "text": "現行レンタル会員DBから抽出（2026/01/14）"}]}],
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "real member records (20) as 'test data' in a ZIP'd CSV to the system vendor",
})

# ---------------------------------------------------------------- 029 forwarded .eml with a school's list
_fw = []
for i, p in enumerate(people(7, "kid"), 1):
    _fw.append(f"{i}. {p['kanji']}　保護者携帯 {mobile()}")
MESSAGES.append({
    "id": "skischool-029",
    "expect": "stop",
    "sender": "増田 浩 <h.masuda@hinode-sangyo.co.jp>",
    "to": ["アルプス山岳ガイド協同組合 <office@alps-guide-coop.jp>"],
    "subject": "転送：スノーシュー体験 参加者（西小学校）",
    "charset": "iso-2022-jp",
    "body": """アルプス山岳ガイド協同組合
事務局 御中

お世話になっております。ひので高原スキースクールの増田です。
2/20のスノーシュー体験（ガイド委託分）について、学校から届いたメールを添付で転送します。
当日のガイド配置のご参考にしてください。

増田
""",
    "attachments": [{"kind": "eml", "name": "西小学校_参加者.eml", "message": {
        "sender": "西小学校 藤森 <fujimori@nishi-sho.omachi.lg.jp>",
        "to": ["school@hinode-sangyo.co.jp"],
        "subject": "スノーシュー体験 参加者",
        "charset": "iso-2022-jp",
        "body": "ひので高原スキースクール様\n\n参加者と保護者連絡先です。\n\n" + "\n".join(_fw)
                + "\n\n大町市立西小学校 藤森\n"}}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a school's list of seven children with parents' mobiles forwarded as .eml to a contractor",
})

# ---------------------------------------------------------------- 030 protected PDF to insurer
MESSAGES.append({
    "id": "skischool-030",
    "expect": "stop",
    "sender": "事務局長 宮下 <o.miyashita@hinode-sangyo.co.jp>",
    "to": ["みのり損保 損害サービス課 <songai@minori-sonpo.co.jp>"],
    "subject": "事故報告書（SK-2025-004417）インストラクター状況報告",
    "charset": "iso-2022-jp",
    "body": """みのり損害保険株式会社
損害サービス課 御中

先日ご報告した事故について、インストラクターの状況報告書をお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。

ひので高原スキースクール 事務局長 宮下 修
""",
    "attachments": [{"kind": "pdf", "name": "状況報告書_0111.pdf", "password": "0111Hinode",
                     "lines": ["状況報告書", "発生日時 1月11日 10:40", "発生場所 中級コース"]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to an insurer: its content cannot be inspected",
})


# ---------------------------------------------------------------- 031 arrest record of one applicant
MESSAGES.append({
    "id": "skischool-031",
    "expect": "stop",
    "sender": "総務部 人事労務課 河合 <h.kawai@hinode-sangyo.co.jp>",
    "to": ["スノースタッフィング 営業 安田 <yasuda@snow-staffing.co.jp>"],
    "subject": "ご紹介いただいた候補者の件",
    "charset": "iso-2022-jp",
    "body": """スノースタッフィング株式会社
安田様

いつもお世話になっております。日の出産業の河合です。
ご紹介いただいたインストラクター候補の九十九 亮さん（34歳）について、面接の際に
ご本人から、3年前に傷害事件で逮捕され罰金刑を受けたとの申告がありました。
子ども向けレッスンを担当するポジションのため、今回は見送らせていただきたく存じます。
貴社での今後のご紹介の際のご参考までにお知らせいたします。

何卒よろしくお願いいたします。
""" + SIG_SOUMU.format(name="河合 仁美"),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named applicant's arrest and criminal record told to a staffing agency",
})

# ---------------------------------------------------------------- 032 disability of one participant
MESSAGES.append({
    "id": "skischool-032",
    "expect": "stop",
    "sender": "増田 浩 <h.masuda@hinode-sangyo.co.jp>",
    "to": ["NPO法人 信州アダプティブスノー <volunteer@shinshu-adaptive.or.jp>"],
    "subject": "2/15 チェアスキー体験 サポートのお願い",
    "charset": "iso-2022-jp",
    "body": """信州アダプティブスノー
ボランティアコーディネーター 様

お世話になっております。ひので高原スキースクールの増田です。
2/15のチェアスキー体験について、サポートをお願いしたい方の情報です。

　お名前：五百旗頭 真由子 様（42歳）
　身体障害者手帳 1級（脊髄損傷・胸椎レベル、車いす使用）
　体験歴：昨季 2回（バイスキー）
　ご同伴：ご主人

移乗の介助に2名、リフト乗降に1名のご協力をいただけると助かります。
よろしくお願いいたします。
""" + SIG_SCHOOL.format(name="校長 増田 浩"),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named participant's disability (身体障害者手帳, 脊髄損傷) sent to an outside NPO",
})

# ---------------------------------------------------------------- 033 romaji names, English, tab-separated
_au = [("Emily", "Nguyen"), ("Lachlan", "Smith"), ("Zoe", "Patel"), ("Cooper", "Jones"),
       ("Matilda", "Brown"), ("Hamish", "O'Brien"), ("Grace", "Kelly")]
_rows = ["Name\tMobile\tHotel / Room\tLesson"]
for gn, sn in _au:
    _rows.append(f"{sn.upper()}, {gn}\t+61 4{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}\t"
                 f"{rng.choice(['Sakura Hotel', 'Lodge Hinode', 'Pension Yukiusagi'])} / {rng.randrange(101, 330)}\t"
                 f"{rng.choice(['Private 2h', 'Group AM', 'Snowboard intro'])}")
MESSAGES.append({
    "id": "skischool-033",
    "expect": "stop",
    "sender": "Mao Ueda <m.ueda@hinode-sangyo.co.jp>",
    "to": ["Reservations <res@powderhound-tours.com>"],
    "subject": "Your clients this week - who is booked for what",
    "charset": "utf-8",
    "body": """G'day Ben,

Here is the list of your clients booked with the ski school this week, copied from our
booking sheet. Mobile numbers are the ones they gave at check-in - can you confirm they
work in Japan (roaming)?

""" + "\n".join(_rows) + "\n" + SIG_EN.format(name="Mao Ueda"),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven tourists (romaji names) with mobiles and rooms, tab-separated, to a foreign agent",
})

# ---------------------------------------------------------------- 034 kana names, one record per block
_blk = []
for i, p in enumerate(people(5, "kid"), 1):
    _blk.append(f"【{i}】{p['kana']}（{rng.randrange(4, 9)}さい）\n"
                f"　　お部屋：{rng.randrange(2, 6)}0{rng.randrange(1, 9)}号室\n"
                f"　　おむかえ：{rng.choice(['おかあさん', 'おとうさん', 'おばあちゃん'])}　TEL {mobile()}")
MESSAGES.append({
    "id": "skischool-034",
    "expect": "stop",
    "sender": "キッズクラブ 上田 <m.ueda@hinode-sangyo.co.jp>",
    "to": ["さくらホテル ゲストサービス <guest@sakura-hotel.jp>"],
    "subject": "今夜のナイトキッズクラブ 参加のお子さま",
    "charset": "utf-8",
    "body": """さくらホテル ゲストサービス ご担当者様

お疲れさまです。キッズクラブの上田です。
今夜 18:30～20:30 のナイトキッズクラブ参加者をお知らせします。
お迎えが遅れている場合はフロントからお部屋へご連絡いただけますか。

""" + "\n\n".join(_blk) + """

上田 真央
ひので高原スキースクール キッズクラブ
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five children (kana names) with room numbers and parents' phones, one block each, to a hotel",
})

# ---------------------------------------------------------------- 035 three parents on free mail in To
MESSAGES.append({
    "id": "skischool-035",
    "expect": "stop",
    "sender": "ひので高原スキースクール 事務局 <school@hinode-sangyo.co.jp>",
    "to": ["ikeda.family@gmail.com", "yuko-furihata@yahoo.co.jp", "hal.mom.0402@docomo.ne.jp"],
    "subject": "【重要】1/31 ちびっこスノー教室 中止のお知らせ",
    "charset": "iso-2022-jp",
    "body": """保護者の皆さま

ひので高原スキースクール事務局です。
1/31（土）のちびっこスノー教室は、強風によりゴンドラが終日運休となる見込みのため
中止とさせていただきます。受講料は全額返金いたします。
振替日（2/7 または 2/14）をご希望の場合は、本メールにご返信ください。

ご迷惑をおかけし申し訳ございません。
""" + SIG_SCHOOL.format(name="事務局"),
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three private parents on free mail in To can see each other's addresses: should be Bcc",
})

# ---------------------------------------------------------------- 036 DOCX application form with a card number
_c = next_card()
MESSAGES.append({
    "id": "skischool-036",
    "expect": "stop",
    "sender": "団体営業課 野口 <m.noguchi@hinode-sangyo.co.jp>",
    "to": ["北陸観光サービス 法人営業 <houjin@hokuriku-kanko.co.jp>"],
    "subject": "団体レッスン申込書 返送（カード決済不可のため）",
    "charset": "iso-2022-jp",
    "body": """北陸観光サービス 法人営業
前川様

お世話になっております。野口です。
頂戴した団体レッスン申込書ですが、記載のカードで決済が通りませんでした
（カード会社より「取扱不可」の回答）。申込書をそのまま返送いたしますので、
代表者様へ別のお支払い方法をご確認いただけますでしょうか。
""" + SIG_SALES.format(name="野口 真司", mail="m.noguchi@hinode-sangyo.co.jp"),
    "attachments": [{"kind": "docx", "name": "団体レッスン申込書_北陸観光.docx",
                     "paragraphs": ["ひので高原スキースクール 団体レッスン申込書", "団体名：金沢ノルディック愛好会",
                                    "人数：18名　日程：2026年2月21日～22日"],
                     "tables": [[["項目", "記入欄"], ["代表者氏名", "鬼頭 隆之"], ["決済方法", "クレジットカード"],
                                 ["カード番号", fmt_card(_c)], ["有効期限", "11/27"], ["名義", "TAKAYUKI KITO"]]]}],
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "an application form (DOCX) carrying a customer's credit card number returned to a travel agency",
})

# ---------------------------------------------------------------- 037 three organisations in To/Cc
MESSAGES.append({
    "id": "skischool-037",
    "expect": "stop",
    "sender": "野口 真司 <m.noguchi@hinode-sangyo.co.jp>",
    "to": ["大町市立東中学校 教頭 <kyoto@higashi-chu.omachi.lg.jp>"],
    "cc": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>", "さくらホテル 団体予約 <group@sakura-hotel.jp>"],
    "subject": "東中学校様 スキー教室（2/5-6）行程の最終確認",
    "charset": "iso-2022-jp",
    "body": """東中学校 教頭先生
（cc：青葉運輸様、さくらホテル様）

いつもお世話になっております。日の出産業の野口です。
2/5-6 のスキー教室の行程を最終確認させてください。

　2/5　8:00 学校発（バス4台）→ 10:30 スキー場着 → 開講式 → 午後レッスン
　　　 16:30 さくらホテル着、夕食 18:00
　2/6　9:00 レッスン → 14:00 閉講式 → 14:30 スキー場発 → 17:00 学校着

変更がございましたら本日中に全員へ返信でお知らせください。
""" + SIG_SALES.format(name="野口 真司", mail="m.noguchi@hinode-sangyo.co.jp"),
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations (school, bus company, hotel) in To/Cc see each other",
})

# ---------------------------------------------------------------- 038 取扱注意 in XLSX page header
MESSAGES.append({
    "id": "skischool-038",
    "expect": "stop",
    "sender": "Hinode Rental 高見 <rental@resort.hinode-sangyo.co.jp>",
    "to": ["セカンドスロープ 買取窓口 <kaitori@second-slope.co.jp>"],
    "subject": "レンタル落ち板 買取見積のお願い",
    "charset": "utf-8",
    "body": """セカンドスロープ 買取ご担当様

お世話になっております。Hinode Rentalの高見です。
今季で入替予定のレンタル板の一覧（仕入れ値入り）を添付します。
まとめての買取見積をお願いできますでしょうか。
""" + SIG_RENTAL.format(name="高見 祐介"),
    "attachments": [{"kind": "xlsx", "name": "入替対象_レンタル板.xlsx", "page_header": "取扱注意",
                     "sheets": {"スキー": [["品番", "メーカー", "長さ", "本数", "仕入単価", "導入年"],
                                          ["RS-E150", "Rossi", 150, 24, 31000, 2021],
                                          ["AT-Q155", "Atomic", 155, 18, 29500, 2021],
                                          ["SL-K130", "Salomon", 130, 30, 18800, 2020]],
                                "スノーボード": [["品番", "メーカー", "長さ", "本数", "仕入単価", "導入年"],
                                            ["BT-R148", "Burton", 148, 20, 27000, 2021]]}}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX stamped 取扱注意 in its page header, sent to an outside buyer",
})

# ---------------------------------------------------------------- 039 極秘 in subject, to the partner law firm
MESSAGES.append({
    "id": "skischool-039",
    "expect": "stop",
    "sender": "経営企画室 長谷部 <k.hasebe@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "【極秘】スクール事業の営業譲渡に関するご相談",
    "charset": "iso-2022-jp",
    "body": """白川先生

いつもお世話になっております。経営企画室の長谷部です。

【極秘】本件は社内でも役員と経営企画室のみで検討している案件です。

スキースクール事業（インストラクター約60名、レンタル部門を含む）を、
来季より地元の観光協会系法人へ譲渡する方向で検討しております。
雇用の承継と、既存の団体契約（学校・旅行会社）の取扱いについて
来週ご相談のお時間をいただけますでしょうか。

長谷部 健吾
日の出産業株式会社 経営企画室
""",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail marked 【極秘】 in subject and body goes out, even to the partner law firm",
})

# ---------------------------------------------------------------- 040 reply with new list, quoted thread
_nl = []
for p in people(6, "kid"):
    _nl.append(f"  {p['kanji']:<8}  {rng.choice(['A', 'B', 'C'])}班   緊急連絡 {mobile()}")
MESSAGES.append({
    "id": "skischool-040",
    "expect": "stop",
    "sender": "小松 里奈 <r.komatsu@hinode-sangyo.co.jp>",
    "to": ["藤森 <fujimori@nishi-sho.omachi.lg.jp>"],
    "subject": "Re: Re: 5年生スキー教室 欠席者の振替",
    "charset": "iso-2022-jp",
    "body": """藤森先生

ご連絡ありがとうございます。
振替受講となる6名を、こちらで下記の班に入れました。当日の緊急連絡先は
前回お預かりした番号を控えとして記載しています。

""" + "\n".join(_nl) + """

よろしくお願いいたします。
小松

> 小松様
> 1/29 は音楽発表会の練習で参加できなかった児童が6名おります。2/12の振替をお願いできますか。
> 人数が少ないので、既存の班に入れていただければと思います。
> 西小学校 藤森
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "new text of a reply lists six children with emergency phones; the quote carries nothing",
})


# ---------------------------------------------------------------- 041 first-aid room list, CSV cp932, to insurer
_dx = ["右脛骨骨折", "脳震盪", "左膝内側側副靭帯損傷", "右母指MP関節靭帯損傷（スキーヤーズサム）", "低体温症"]
_csv = [["受付日", "氏名", "生年月日", "性別", "診断・所見", "転帰"]]
for p, dx in zip(people(5), _dx):
    _csv.append([f"2026/1/{rng.randrange(2, 20)}", p["kanji"], wareki(birth(1955, 2010), "short"),
                 "男" if p["sex"] == "M" else "女", dx, rng.choice(["病院紹介", "帰宅", "救急搬送"])])
MESSAGES.append({
    "id": "skischool-041",
    "expect": "stop",
    "sender": "救護室 看護師 穂苅 <n.hokari@hinode-sangyo.co.jp>",
    "to": ["みのり損保 松本サービスセンター <matsumoto-sc@minori-sonpo.co.jp>"],
    "cc": ["宮下 修 <o.miyashita@hinode-sangyo.co.jp>"],
    "subject": "施設賠償 対象となりうる傷病者一覧（1月分）",
    "charset": "cp932",
    "body": """みのり損害保険 松本サービスセンター 御中

お世話になっております。ひので高原スキー場 救護室の穂苅です。
1月に救護室で対応した方のうち、施設側の管理に関わる可能性がある5件の一覧を
CSVでお送りします。今後お問い合わせがあった際のために事前共有いたします。

穂苅 奈緒（看護師）
ひので高原スキー場 救護室　TEL 0261-88-4155
""",
    "attachments": [{"kind": "csv", "name": "救護室_1月_賠償関連.csv", "encoding": "cp932", "rows": _csv}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "five injured guests with diagnoses and 和暦 birth dates in a CP932 CSV to an insurer",
})

# ---------------------------------------------------------------- 042 lookalike: hyphen for dot
MESSAGES.append({
    "id": "skischool-042",
    "expect": "stop",
    "sender": "レストハウス 店長 宮坂 <t.miyasaka@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 受注センター <juchu@kitaguni-foods-co.jp>"],
    "subject": "2月 スクール団体用 お弁当の発注",
    "charset": "iso-2022-jp",
    "body": """北国フーズ 受注センター 御中

いつもありがとうございます。レストハウスの宮坂です。
2月のスクール団体用お弁当を下記の通り発注いたします。

  2/5   幕の内（学生）  160食   11:45 納品
  2/6   カレー弁当      160食   11:45 納品
  2/12  幕の内（一般）   45食   12:00 納品
  2/21  おにぎりセット   20食   11:30 納品

発注番号：HK-RH-2602-01
よろしくお願いします。
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-foods-co.jp: hyphen in place of the dot of partner kitaguni-foods.co.jp",
})

# ---------------------------------------------------------------- 043 lookalike: dropped co.
MESSAGES.append({
    "id": "skischool-043",
    "expect": "stop",
    "sender": "丸山 和也 <k.maruyama@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 貸切バス予約 <kashikiri@aoba-unyu.jp>"],
    "subject": "3/1 貸切バス 見積依頼（スクール閉校式送迎）",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社
貸切バス予約ご担当様

お世話になっております。日の出産業 送迎係の丸山です。
3/1 のスクール閉校式に伴う送迎について、大型バス1台のお見積りをお願いします。

　行程：松本駅 7:30発 → ひので高原 9:30着／16:00発 → 松本駅 18:00着
　人数：約40名

丸山
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.jp: partner aoba-unyu.co.jp with co. dropped",
})

# ---------------------------------------------------------------- 044 lookalike: homoglyph IDN of own domain
MESSAGES.append({
    "id": "skischool-044",
    "expect": "stop",
    "sender": "経理部 宇佐美 <a.usami@hinode-sangyo.co.jp>",
    "to": ["経理部 今井 <k.imai@xn--hinode-sangy-ggk.co.jp>"],
    "subject": "Re: スクール売上 1月締めの確認",
    "charset": "utf-8",
    "body": """今井さん

お疲れさまです。宇佐美です。
1月締めのスクール売上、現地からの日報と会計の差異が 12,400円ありました。
差異明細を添付しますので、明日の午前中に確認をお願いします。

宇佐美
""",
    "attachments": [{"kind": "xlsx", "name": "1月締め_差異明細.xlsx",
                     "sheets": {"差異": [["日付", "区分", "日報", "会計", "差異"],
                                        ["1/12", "プライベート", 44000, 39600, 4400],
                                        ["1/18", "キッズ", 98000, 90000, 8000]]}}],
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "xn--hinode-sangy-ggk.co.jp: Cyrillic о homoglyph of the internal domain (IDN)",
})

# ---------------------------------------------------------------- 045 My Number in a sentence, full-width
_m = next_my_number()
MESSAGES.append({
    "id": "skischool-045",
    "expect": "stop",
    "sender": "河合 仁美 <h.kawai@hinode-sangyo.co.jp>",
    "to": ["金子税理士事務所 <office@kaneko-tax.jp>"],
    "subject": "源泉徴収票の再発行（元インストラクター）",
    "charset": "iso-2022-jp",
    "body": f"""金子税理士事務所
ご担当 様

お世話になっております。日の出産業の河合です。
昨季退職した元インストラクターの薬袋 圭介さんから源泉徴収票の再発行依頼がありました。
前回ご依頼時の書類に記載漏れがあったとのことで、ご本人の個人番号は
{zen(fmt_mn(_m, ' '))}です。
お手数ですが、再作成をお願いできますでしょうか。

河合
""",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one former instructor's My Number in full-width digits inside a sentence, to a tax office",
})

# ---------------------------------------------------------------- 046 crime victim
_p = person("adult", "M")
MESSAGES.append({
    "id": "skischool-046",
    "expect": "stop",
    "sender": "センターハウス 管理 荻原 <s.ogiwara@hinode-sangyo.co.jp>",
    "to": ["みのり損保 損害サービス課 <songai@minori-sonpo.co.jp>"],
    "subject": "コインロッカー盗難事案のご報告",
    "charset": "utf-8",
    "body": f"""みのり損害保険株式会社 損害サービス課 御中

お世話になっております。ひので高原スキー場の荻原です。
1/17（土）センターハウス1Fコインロッカーにて盗難事案が発生しましたのでご報告します。

被害者：{_p['kanji']} 様
ご住所：{address()}
被害品：財布（現金約3万円、免許証、カード類）、スマートフォン
大町警察署に被害届を提出済み（受理番号 第26-0117-03号）

ロッカーの鍵の破損状況から、当社の管理瑕疵を問われる可能性があるため、
施設賠償責任保険の適用についてご相談させてください。
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named guest who was a theft victim (犯罪被害), with his address, sent to an insurer",
})

# ---------------------------------------------------------------- 047 e-mails and phones, no names
_el = []
for i in range(8):
    _el.append(f"{rng.choice(['taka', 'snow', 'mii', 'kei', 'powder', 'yu', 'hana', 'ryo'])}"
               f"{rng.randrange(100, 9999)}@{rng.choice(FREEMAIL)} / {mobile()} / "
               f"{rng.choice(['1日券×2', 'キッズ1日', 'プライベート2h', 'レンタル3点'])}")
MESSAGES.append({
    "id": "skischool-047",
    "expect": "stop",
    "sender": "WEB販売担当 杉本 <e.sugimoto@hinode-sangyo.co.jp>",
    "to": ["デジタルマーケ支援 <support@snowlytics.jp>"],
    "cc": ["石原 拓海 <t.ishihara@hinode-sangyo.co.jp>"],
    "subject": "カゴ落ちリマインド配信 対象者（テスト送信用）",
    "charset": "utf-8",
    "body": """スノーリティクス サポートご担当者様

お世話になっております。日の出産業 WEB販売の杉本です。
カゴ落ちリマインド配信のテストとして、昨日の対象者を貼り付けます。
このアドレス宛にテスト配信していただけますか。

""" + "\n".join(_el) + """

杉本 英里
""",
    "entities": ["EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "eight customers' e-mail addresses and mobiles (no name column) to a marketing vendor",
})

# ---------------------------------------------------------------- 048 religion, halal, to partner caterer
_my = ["Muhammad Hafiz bin Ismail", "Nur Aisyah binti Rahman", "Ahmad Faiz bin Kamal",
       "Siti Nurhaliza binti Omar", "Amirul Hakim bin Yusof"]
MESSAGES.append({
    "id": "skischool-048",
    "expect": "stop",
    "sender": "野口 真司 <m.noguchi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    "subject": "2/18 マレーシア団体 昼食の特別対応",
    "charset": "utf-8",
    "body": """北国フーズ 給食事業部 御中

お世話になっております。日の出産業の野口です。
2/18 のマレーシア団体（スキーレッスン参加）の昼食について、下記の方は
イスラム教徒（ムスリム）のためハラール対応をお願いいたします。
お弁当に名前シールを貼っていただけると助かります。

""" + "\n".join(f"  - {n}（ムスリム／ハラール）" for n in _my) + """

その他の12名は通常メニューで問題ございません。
""" + SIG_SALES.format(name="野口 真司", mail="m.noguchi@hinode-sangyo.co.jp"),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "five named tourists' religion (ムスリム) sent to a partner caterer: 要配慮個人情報",
})

# ---------------------------------------------------------------- 049 health check result of one instructor
MESSAGES.append({
    "id": "skischool-049",
    "expect": "stop",
    "sender": "河合 仁美 <h.kawai@hinode-sangyo.co.jp>",
    "to": ["安田 <yasuda@snow-staffing.co.jp>"],
    "subject": "Re: 派遣インストラクターの健診結果について",
    "charset": "iso-2022-jp",
    "body": """安田様

お世話になっております。河合です。
ご照会の件、当社で実施した雇入時健診の結果をお伝えします。

東海林 大輔さん：血圧 168/102、心電図で「要精密検査（不整脈）」の判定でした。
産業医の意見により、精密検査の結果が出るまでは上級者コースでのレッスン担当を
控えていただく予定です。貴社からもご本人へのフォローをお願いいたします。

河合

-----Original Message-----
From: 安田 <yasuda@snow-staffing.co.jp>
Sent: Monday, January 19, 2026 10:02 AM
Subject: 派遣インストラクターの健診結果について

河合様　東海林さんの健診結果で何か問題がありましたら共有ください。
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named instructor's health check results in new text to a staffing agency",
})

# ---------------------------------------------------------------- 050 two organisations + a private guide
MESSAGES.append({
    "id": "skischool-050",
    "expect": "stop",
    "sender": "Mao Ueda <m.ueda@hinode-sangyo.co.jp>",
    "to": ["Kiwi Snow Tours <groups@kiwi-snowtours.com>", "さくらホテル 予約係 <reserve@sakura-hotel.jp>"],
    "cc": ["Hiroshi Todoroki <hiro.todoroki.guide@gmail.com>"],
    "subject": "Backcountry day 12 Feb - guide, lunch and pick-up",
    "charset": "utf-8",
    "body": """Hi Sophie, さくらホテル様, Hiroshi-san,

Copying all of you so we are on the same page for the backcountry day on 12 Feb.

- 7:45  pick-up at Sakura Hotel lobby (hotel shuttle)
- 8:30  gear check at the ski school (beacon, probe, shovel - rental available)
- 9:00  tour with Hiroshi (licensed mountain guide) - max 8 guests
- 15:30 return to the hotel

Hotel: could you prepare 8 lunch boxes for 7:40?
""" + SIG_EN.format(name="Mao Ueda"),
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "two external organisations plus a private guide on gmail: three external parties in To/Cc",
})


# ---------------------------------------------------------------- 051 部外秘 in DOCX header
MESSAGES.append({
    "id": "skischool-051",
    "expect": "stop",
    "sender": "パトロール隊 北沢 <patrol@hinode-sangyo.co.jp>",
    "to": ["アルプス山岳ガイド協同組合 <office@alps-guide-coop.jp>"],
    "subject": "場内事故発生時の連絡フロー（ガイド委託用）",
    "charset": "iso-2022-jp",
    "body": """アルプス山岳ガイド協同組合 事務局 御中

パトロール隊の北沢です。
今季からガイド委託の皆さんにも場内事故時の対応をお願いするため、
当社の事故対応マニュアルの該当部分をお送りします。事前にご一読ください。

北沢
""",
    "attachments": [{"kind": "docx", "name": "事故対応マニュアル_抜粋.docx", "page_header": "部外秘",
                     "paragraphs": ["ひので高原スキー場 事故対応マニュアル（抜粋）",
                                    "1. 第一発見者は無線ch.3でパトロール本部へ通報する。",
                                    "2. 現場保存：交差スキーを事故者の上方10mに立てる。",
                                    "3. 報道対応は総務部長が一元的に行い、現場スタッフは回答しない。",
                                    "4. 重大事故（死亡・意識障害）は社長・索道部長へ即時報告する。"]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX whose page header is stamped 部外秘, sent to an outside guide cooperative",
})

# ---------------------------------------------------------------- 052 INTERNAL ONLY in PDF footer
MESSAGES.append({
    "id": "skischool-052",
    "expect": "stop",
    "sender": "Mao Ueda <m.ueda@hinode-sangyo.co.jp>",
    "to": ["Ben Carter <ben@powderhound-tours.com>"],
    "subject": "Net rates 2026-27 (draft for discussion)",
    "charset": "utf-8",
    "body": """Hi Ben,

As promised on the call, attached is the draft of next season's net rates for lessons
and rentals. Happy to discuss the volume tiers next week.
""" + SIG_EN.format(name="Mao Ueda"),
    "attachments": [{"kind": "pdf", "name": "net_rates_2026-27_draft.pdf",
                     "page_footer": "INTERNAL ONLY - not for distribution",
                     "lines": ["Hinode Kogen Ski School - agent net rates 2026-27 (draft)", ""],
                     "table": [["Product", "Rack (JPY)", "Net tier A", "Net tier B", "Floor"],
                               ["Group lesson 1/2 day", "6,200", "5,270", "4,960", "4,650"],
                               ["Private 2h", "26,000", "22,100", "20,800", "19,500"],
                               ["Kids day camp", "11,000", "9,350", "8,800", "8,250"],
                               ["Rental 3-piece 1 day", "5,800", "4,930", "4,640", "4,350"]]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF with an INTERNAL ONLY footer (floor prices) sent to a foreign agent",
})

# ---------------------------------------------------------------- 053 corrupt PDF
MESSAGES.append({
    "id": "skischool-053",
    "expect": "stop",
    "sender": "小松 里奈 <r.komatsu@hinode-sangyo.co.jp>",
    "to": ["大町市立東中学校 教頭 <kyoto@higashi-chu.omachi.lg.jp>"],
    "subject": "スキー教室 修了証（PDF）送付",
    "charset": "iso-2022-jp",
    "body": """東中学校 教頭先生

お世話になっております。スキースクールの小松です。
先日のスキー教室の修了証（クラス別）をPDFでお送りします。
印刷して生徒さんへお渡しください。

小松
""",
    "attachments": [{"kind": "corrupt", "name": "修了証_2年全クラス.pdf"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a truncated/corrupt PDF attachment cannot be read",
})

# ---------------------------------------------------------------- 054 password zip nested in a plain zip
MESSAGES.append({
    "id": "skischool-054",
    "expect": "stop",
    "sender": "堀 洋平 <y.hori@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 導入PJ <pj-hinode@tsubasa-system.jp>"],
    "subject": "移行データ一式（第2回）",
    "charset": "utf-8",
    "body": """ツバサシステム 導入プロジェクト各位

堀です。移行データの第2回分です。
顧客データは内側のZIPにパスワードを掛けています（パスワードは前回と同じです）。
マスタ類はそのまま見られます。

堀
""",
    "attachments": [{"kind": "zip", "name": "migration_round2.zip",
                     "files": [{"kind": "csv", "name": "master/lesson_products.csv", "encoding": "utf-8",
                                "rows": [["code", "name", "price"], ["GL-AM", "グループ午前", 6200],
                                         ["PV-2H", "プライベート2h", 26000]]},
                               {"kind": "zip", "name": "customers.zip", "password": "tsubasa-0122",
                                "files": [{"kind": "csv", "name": "customers.csv", "rows": [["id", "name"], ["1", "x"]]}]}]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a password-protected ZIP nested inside a plain ZIP: the customer data cannot be inspected",
})

# ---------------------------------------------------------------- 055 full-width card number in body
_c = next_card()
MESSAGES.append({
    "id": "skischool-055",
    "expect": "stop",
    "sender": "Hinode Rental 高見 <rental@resort.hinode-sangyo.co.jp>",
    "to": ["ペイゲートブリッジ 加盟店サポート <merchant@paygate-bridge.co.jp>"],
    "subject": "手動売上の取消依頼（端末番号 HR-03）",
    "charset": "cp932",
    "body": f"""ペイゲートブリッジ 加盟店サポート 御中

いつもお世話になっております。ひので高原 Hinode Rentalの高見です。
本日、端末 HR-03 で手動入力した売上を二重に計上してしまいました。
下記の取引の取消をお願いいたします。

　利用日　　：２０２６年１月２５日
　金額　　　：１４，３００円
　カード番号：{zen(fmt_card(_c, '－'))}
　会員名　　：ＭＩＹＡＳＡＫＡ　ＲＥＮ
　承認番号　：０４８８２１

よろしくお願いいたします。
""" + SIG_RENTAL.format(name="高見 祐介"),
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a customer's card number in full-width digits sent to the payment processor",
})


# =============================================================== pass
# ---------------------------------------------------------------- 056 lesson price list, padded columns
MESSAGES.append({
    "id": "skischool-056",
    "expect": "pass",
    "sender": "団体営業課 野口 <m.noguchi@hinode-sangyo.co.jp>",
    "to": ["仕入課 <shiire@hokuriku-kanko.co.jp>"],
    "subject": "2025-26シーズン スクール団体料金のご案内",
    "charset": "iso-2022-jp",
    "body": """北陸観光サービス株式会社
仕入課 ご担当者様

いつもお世話になっております。日の出産業 団体営業課の野口です。
今季のスクール団体料金を下記にまとめました。旅行商品の造成にご活用ください。

コース                     時間        1名あたり（税込）  最少催行
-------------------------------------------------------------------
グループレッスン（半日）   2h×1        5,500円            8名
グループレッスン（1日）    2h×2        9,000円            8名
スノーボード体験           2h          6,000円            6名
キッズ1日（昼食付）        9:30-15:00  9,800円            5名
修学旅行パック（2日）      4h×2        12,800円           40名
-------------------------------------------------------------------
※ 30名以上は15%割引、引率の先生は無料です。
※ レンタル3点セットは団体特別料金 3,800円／日。

ご不明点がございましたらお気軽にお問い合わせください。
""" + SIG_SALES.format(name="野口 真司", mail="m.noguchi@hinode-sangyo.co.jp"),
    "entities": [],
    "detectors": [],
    "note": "an ordinary price list to a travel agency",
})

# ---------------------------------------------------------------- 057 one teacher's contact in a reply
MESSAGES.append({
    "id": "skischool-057",
    "expect": "pass",
    "sender": "小松 里奈 <r.komatsu@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    "subject": "Re: 2/5 東中学校様 バス到着時刻について",
    "charset": "iso-2022-jp",
    "body": """青葉運輸 配車センター ご担当者様

お世話になっております。スキースクールの小松です。
当日、到着が遅れる場合は学校側の引率責任者である
東中学校 2学年主任 浅川先生（携帯 090-3318-6402）へ直接ご連絡ください。
スクール側の窓口は私（080-2256-9017）です。

よろしくお願いいたします。

> 小松様
> 当日の遅延連絡はどなたにすればよろしいでしょうか。
> 青葉運輸 配車センター 村井
""" + SIG_SCHOOL.format(name="小松 里奈"),
    "entities": [],
    "detectors": [],
    "note": "one teacher's business contact number given to a partner: a contact person, not a list",
})

# ---------------------------------------------------------------- 058 internal: My Number roster
_tab = []
for p in people(7):
    _tab.append(f"{p['kanji']}\t{birth(1975, 2003).strftime('%Y/%m/%d')}\t{fmt_mn(next_my_number(), '-')}")
MESSAGES.append({
    "id": "skischool-058",
    "expect": "pass",
    "sender": "河合 仁美 <h.kawai@hinode-sangyo.co.jp>",
    "to": ["給与担当 森田 <a.morita@hinode-sangyo.co.jp>"],
    "cc": ["人事労務課 <jinji@hinode-sangyo.co.jp>"],
    "subject": "冬季スタッフ 個人番号（追加7名）",
    "charset": "utf-8",
    "body": """森田さん

お疲れさまです。河合です。
冬季スタッフ追加7名分の個人番号です。給与システムへの登録をお願いします。
登録後、このメールは削除してください。

氏名\t生年月日\t個人番号
""" + "\n".join(_tab) + """

河合
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Numbers of seven staff, but every recipient is internal",
})

# ---------------------------------------------------------------- 059 internal subdomain: patrol injury log
_lines = []
for p in people(6):
    _lines.append(f"・{p['kanji']}（{rng.randrange(10, 70)}）{rng.choice(['右膝靭帯損傷疑い', '鎖骨骨折', '頭部打撲', '肩関節脱臼', '足首捻挫'])}"
                  f" → {rng.choice(['大町北病院', 'やまびこ診療所', '帰宅'])}")
MESSAGES.append({
    "id": "skischool-059",
    "expect": "pass",
    "sender": "パトロール隊 北沢 <patrol@hinode-sangyo.co.jp>",
    "to": ["索道部 <sakudo@resort.hinode-sangyo.co.jp>", "ひので高原 総務 <soumu@resort.hinode-sangyo.co.jp>"],
    "subject": "1/24（土）パトロール日報",
    "charset": "iso-2022-jp",
    "body": """索道部・総務各位

1/24 パトロール日報です。出動6件。

""" + "\n".join(_lines) + """

第2ペア下の合流地点で衝突が続いているため、明日からネットを追加します。
北沢
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "injury log with diagnoses sent only to an internal subdomain",
})

# ---------------------------------------------------------------- 060 NDA talk
MESSAGES.append({
    "id": "skischool-060",
    "expect": "pass",
    "sender": "法務担当 西田 <r.nishida@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 営業部 山内 <yamauchi@tsubasa-system.jp>"],
    "subject": "Re: 秘密保持契約書（案）のご確認",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム株式会社
山内様

お世話になっております。日の出産業 法務担当の西田です。
秘密保持契約書（案）を拝見しました。当社からのコメントは以下の2点です。

1. 第3条（秘密情報の範囲）：レンタル会員・スクール受講者の個人情報を明示的に含めたい
2. 第8条（有効期間）：契約終了後の存続期間を3年→5年としたい

修正版をお送りいただければ、社内決裁に回します。
機密保持契約の締結後に、移行データの受け渡し方法を協議させてください。

西田 涼子
日の出産業株式会社 総務部 法務担当
""",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA (秘密保持契約): talk about confidentiality, not a marking",
})

# ---------------------------------------------------------------- 061 ordinary mail with the standard disclaimer
MESSAGES.append({
    "id": "skischool-061",
    "expect": "pass",
    "sender": "ひので高原スキースクール 事務局 <school@hinode-sangyo.co.jp>",
    "to": ["総務課 <soumu@kawasaki-denki.co.jp>"],
    "subject": "川崎電機スキー部様 2/14 レッスン予約確定のご連絡",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社 総務課
スキー部ご担当 様

いつもお世話になっております。ひので高原スキースクール事務局です。
2/14（土）のレッスンのご予約が確定しましたのでご連絡いたします。

　予約番号：HSS-260214-017
　内容　　：グループレッスン（中級）2h×2／12名様
　集合　　：9:30 センターハウス1F スクール受付

当日はリフト券を各自ご用意ください。
""" + SIG_SCHOOL.format(name="事務局") + "\n" + DISCLAIMER_JA,
    "entities": [],
    "detectors": [],
    "note": "booking confirmation with the standard disclaimer mentioning 機密情報: not a marking",
})

# ---------------------------------------------------------------- 062 quoted roster with '>'
_q = []
for p in people(9, "kid"):
    _q.append(f"> {p['kanji']}\t{rng.randrange(1, 4)}年\t{mobile()}")
MESSAGES.append({
    "id": "skischool-062",
    "expect": "pass",
    "sender": "小松 里奈 <r.komatsu@hinode-sangyo.co.jp>",
    "to": ["白馬南スポーツ少年団 代表 <info@hakuba-minami-ssd.jp>"],
    "subject": "Re: 週末ジュニア強化練習 参加者名簿",
    "charset": "iso-2022-jp",
    "body": """代表 様

名簿を受領しました。ありがとうございます。
当日は8:45にセンターハウス前にお集まりください。リフト券は団体窓口でお渡しします。

小松

> ひので高原スキースクール 小松様
> 週末の強化練習の参加者です。よろしくお願いします。
>
> 氏名\t学年\t保護者連絡先
""" + "\n".join(_q) + """
>
> 白馬南スポーツ少年団
""",
    "entities": [],
    "detectors": [],
    "note": "the list is only quoted ('>') from the recipient's own mail; new text carries nothing",
})

# ---------------------------------------------------------------- 063 quoted insurer mail under Original Message
MESSAGES.append({
    "id": "skischool-063",
    "expect": "pass",
    "sender": "事務局長 宮下 <o.miyashita@hinode-sangyo.co.jp>",
    "to": ["みのり損保 損害サービス課 佐野 <sano@minori-sonpo.co.jp>"],
    "subject": "RE: 【SK-2025-004417】必要書類のご案内",
    "charset": "iso-2022-jp",
    "body": """佐野様

お世話になっております。宮下です。
ご案内いただいた書類（事故発生状況報告書、レッスン受講申込書の写し）を
本日、簡易書留で発送いたしました。到着まで今しばらくお待ちください。

宮下

-----Original Message-----
From: 佐野 <sano@minori-sonpo.co.jp>
Sent: Wednesday, January 21, 2026 3:12 PM
To: o.miyashita@hinode-sangyo.co.jp
Subject: 【SK-2025-004417】必要書類のご案内

ひので高原スキースクール 宮下様

被害者 東海林 陽葵様（左鎖骨骨折、全治6週間）の件につき、
保険金のお支払いにあたり以下の書類をお送りください。
 1. 事故発生状況報告書
 2. レッスン受講申込書の写し
 3. 診断書（被害者様よりご提出予定）

みのり損害保険 損害サービス課 佐野
""",
    "entities": [],
    "detectors": [],
    "note": "the diagnosis appears only in the insurer's own mail quoted under Original Message",
})

# ---------------------------------------------------------------- 064 business list: accommodation
MESSAGES.append({
    "id": "skischool-064",
    "expect": "pass",
    "sender": "野口 真司 <m.noguchi@hinode-sangyo.co.jp>",
    "to": ["教育旅行センター 木下 <kinoshita@yukiguni-travel.co.jp>"],
    "subject": "スキー場周辺の団体受入可能な宿泊施設一覧",
    "charset": "utf-8",
    "body": """木下様

お世話になっております。野口です。
お問い合わせの、80名以上の団体を受け入れ可能な周辺宿泊施設です。

施設名                  収容   電話             所在地
---------------------------------------------------------------------------
さくらホテル            220名  0261-88-2200     大町市日の出高原3380
ホテル白樺荘            140名  0261-88-3011     大町市日の出高原2915-1
ロッジ高原の風          90名   0261-88-5120     大町市日の出高原4102
国民宿舎 日の出山荘     120名  0261-88-1234     大町市日の出高原1007
ペンション村（6軒合計） 95名   0261-88-6600（観光協会） 大町市日の出高原ペンション村

いずれも当スキー場まで送迎バスで10分以内です。
""" + SIG_SALES.format(name="野口 真司", mail="m.noguchi@hinode-sangyo.co.jp"),
    "entities": [],
    "detectors": [],
    "note": "a list of hotels with switchboards and addresses: businesses, not people",
})

# ---------------------------------------------------------------- 065 two external organisations
MESSAGES.append({
    "id": "skischool-065",
    "expect": "pass",
    "sender": "野口 真司 <m.noguchi@hinode-sangyo.co.jp>",
    "to": ["企画部 杉浦 <sugiura@yukiguni-travel.co.jp>"],
    "cc": ["さくらホテル 営業部 <sales@sakura-hotel.jp>"],
    "subject": "宿泊＋レッスン パッケージ 三者打合せの日程",
    "charset": "iso-2022-jp",
    "body": """ゆきぐにトラベル 杉浦様
さくらホテル 営業部 ご担当者様

お世話になっております。日の出産業の野口です。
来季の「宿泊＋スキーレッスン」パッケージについて、三者で打合せをさせてください。

候補日：2/10（火）14時／2/12（木）10時／2/13（金）15時
場所　：さくらホテル 2F 会議室（オンライン参加も可）

ご都合の良い日時をお知らせください。
""" + SIG_SALES.format(name="野口 真司", mail="m.noguchi@hinode-sangyo.co.jp"),
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc: a normal three-way meeting mail",
})

# ---------------------------------------------------------------- 066 one free-mail parent
MESSAGES.append({
    "id": "skischool-066",
    "expect": "pass",
    "sender": "ひので高原スキースクール 事務局 <school@hinode-sangyo.co.jp>",
    "to": ["三浦 様 <miura.chinatsu@yahoo.co.jp>"],
    "subject": "Re: 3月のキッズレッスンについて",
    "charset": "iso-2022-jp",
    "body": """三浦 千夏 様

お問い合わせありがとうございます。ひので高原スキースクール事務局です。
3月のキッズレッスンは、土日祝の午前（9:30～11:30）と午後（13:00～15:00）に
開講しております。5歳のお子様でしたら「ちびっこ」クラスがおすすめです。

ご予約はWebまたはお電話（0261-88-4120）で承ります。
お会いできるのを楽しみにしております。
""" + SIG_SCHOOL.format(name="事務局"),
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a reply to one parent on free mail: a single private recipient",
})

# ---------------------------------------------------------------- 067 three attendees with phones
MESSAGES.append({
    "id": "skischool-067",
    "expect": "pass",
    "sender": "パトロール隊 北沢 <patrol@hinode-sangyo.co.jp>",
    "to": ["長野救命講習センター 講習係 <koshu@nagano-kyumei.or.jp>"],
    "subject": "2/3 上級救命講習 受講者（当社3名）",
    "charset": "iso-2022-jp",
    "body": """長野救命講習センター 講習係 御中

お世話になっております。ひので高原スキー場 パトロール隊の北沢です。
2/3 の上級救命講習に、当社から下記3名が受講いたします。

　1. 穂苅 誠　　　携帯 090-6612-3048
　2. 等々力 彩　　携帯 080-7120-5563
　3. 小鳥遊 翔　　携帯 070-2291-8874

当日の遅刻・欠席時は本人から直接ご連絡いたします。
""" + SIG_PATROL.format(name="隊長 北沢 剛"),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three attendees with their mobiles: under five people, may be warned but goes",
})

# ---------------------------------------------------------------- 068 invoice PDF with T-number and company account
_t = "T" + corporate_number("301001048817")
MESSAGES.append({
    "id": "skischool-068",
    "expect": "pass",
    "sender": "経理部 宇佐美 <a.usami@hinode-sangyo.co.jp>",
    "to": ["学校法人 清陵学園 事務局 経理 <keiri@seiryo-gakuen.ac.jp>"],
    "subject": "スキー研修 ご請求書の送付（請求番号 INV-2601-0342）",
    "charset": "utf-8",
    "body": """学校法人 清陵学園 事務局 経理ご担当 様

平素より格別のお引き立てを賜り、誠にありがとうございます。
1月実施のスキー研修に係るご請求書をお送りいたします。
お支払期限：2026年2月28日

日の出産業株式会社 経理部 宇佐美
""",
    "attachments": [{"kind": "pdf", "name": "請求書_INV-2601-0342.pdf",
                     "lines": ["請 求 書", "学校法人 清陵学園 御中", "請求番号 INV-2601-0342　発行日 2026年1月30日",
                               "日の出産業株式会社　登録番号 " + _t,
                               "〒160-0023 東京都新宿区西新宿6-11-3 日の出ビル8F　TEL 03-5321-7780", ""],
                     "table": [["品目", "数量", "単価", "金額"],
                               ["スキー研修パック（2日）", "124", "12,800", "1,587,200"],
                               ["レンタル3点セット 団体", "96", "3,800", "364,800"],
                               ["引率者 無料", "8", "0", "0"],
                               ["小計", "", "", "1,952,000"], ["消費税（10%）", "", "", "195,200"],
                               ["合計", "", "", "2,147,200"],
                               ["振込先：みどり銀行 新宿支店 普通 1234567 ヒノデサンギヨウ（カ", "", "", ""]]}],
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice with the company's T-number and company bank account: business data, not personal",
})

# ---------------------------------------------------------------- 069 schedule with instructor names only (text+html)
MESSAGES.append({
    "id": "skischool-069",
    "expect": "pass",
    "sender": "上田 真央 <m.ueda@hinode-sangyo.co.jp>",
    "to": ["さくらホテル ゲストサービス <guest@sakura-hotel.jp>"],
    "subject": "今週のホテル送迎付きレッスン 担当インストラクター",
    "charset": "utf-8",
    "body": """さくらホテル ゲストサービス ご担当者様

今週のホテル送迎付きレッスンの担当です。ロビー掲示にお使いください。

  月 2/2  午前 増田   午後 佐藤
  火 2/3  午前 永井   午後 Tom
  水 2/4  午前 佐藤   午後 増田
  木 2/5  団体対応のため休講
  金 2/6  午前 Tom    午後 永井

上田
""",
    "html": """<html><body>
<p>さくらホテル ゲストサービス ご担当者様</p>
<p>今週のホテル送迎付きレッスンの担当です。ロビー掲示にお使いください。</p>
<table border="1"><tr><th>日</th><th>午前</th><th>午後</th></tr>
<tr><td>2/2</td><td>増田</td><td>佐藤</td></tr>
<tr><td>2/3</td><td>永井</td><td>Tom</td></tr>
<tr><td>2/4</td><td>佐藤</td><td>増田</td></tr>
<tr><td>2/5</td><td colspan="2">団体対応のため休講</td></tr>
<tr><td>2/6</td><td>Tom</td><td>永井</td></tr></table>
<p>上田</p></body></html>""",
    "entities": [],
    "detectors": [],
    "note": "a schedule with instructors' names only: no data about them",
})

# ---------------------------------------------------------------- 070 aggregated injury statistics
MESSAGES.append({
    "id": "skischool-070",
    "expect": "pass",
    "sender": "事務局長 宮下 <o.miyashita@hinode-sangyo.co.jp>",
    "to": ["みのり損保 営業推進部 <eigyo-suishin@minori-sonpo.co.jp>"],
    "subject": "来季保険更新に向けた 事故統計の提出",
    "charset": "utf-8",
    "body": """みのり損害保険 営業推進部 御中

お世話になっております。宮下です。
来季のスクール賠償責任保険の更新に向けて、今季の事故統計（集計のみ）を添付します。
個人が特定される情報は含めておりません。

宮下
""",
    "attachments": [{"kind": "xlsx", "name": "事故統計_2025-26.xlsx",
                     "sheets": {"傷病別": [["ひので高原スキースクール レッスン中事故 集計", "", ""],
                                         ["傷病", "件数", "うち救急搬送"], ["骨折", 4, 3], ["靭帯損傷", 6, 1],
                                         ["脳震盪・頭部打撲", 3, 2], ["捻挫", 11, 0], ["その他", 5, 0]],
                                "年代別": [["年代", "件数"], ["10歳未満", 9], ["10代", 8], ["20-40代", 7],
                                        ["50代以上", 5]]}}],
    "entities": [],
    "detectors": [],
    "note": "aggregate injury counts with no person attached: diagnoses but nobody identifiable",
})


# ---------------------------------------------------------------- 071 the word 社外秘 mentioned, not stamped
MESSAGES.append({
    "id": "skischool-071",
    "expect": "pass",
    "sender": "石原 拓海 <t.ishihara@hinode-sangyo.co.jp>",
    "to": ["企画部 杉浦 <sugiura@yukiguni-travel.co.jp>"],
    "subject": "Re: レンタル原価のご提示について",
    "charset": "iso-2022-jp",
    "body": """杉浦様

お世話になっております。石原です。
ご依頼のレンタル原価の内訳ですが、当社では社外秘の扱いとなっており、
申し訳ございませんがお出しすることができません。
代わりに、団体向けの卸価格（3点セット 3,800円／日、ウェア上下 2,500円／日）で
ご検討いただけますと幸いです。

石原

> 石原様
> パッケージ価格を検討するため、レンタルの原価構成を教えていただけないでしょうか。
> 杉浦
""",
    "entities": [],
    "detectors": [],
    "note": "社外秘 is only mentioned (data withheld), nothing is marked confidential",
})

# ---------------------------------------------------------------- 072 tracking numbers for ski delivery
MESSAGES.append({
    "id": "skischool-072",
    "expect": "pass",
    "sender": "Hinode Rental 高見 <rental@resort.hinode-sangyo.co.jp>",
    "to": ["川崎電機 総務課 スキー部係 <soumu@kawasaki-denki.co.jp>"],
    "subject": "スキー部様 お預かり板の返送（伝票番号のお知らせ）",
    "charset": "cp932",
    "body": """川崎電機株式会社 総務課
スキー部ご担当 様

いつもご利用ありがとうございます。Hinode Rentalの高見です。
チューンナップでお預かりしていた板12台を本日発送いたしました。

　運送会社：ヤマネコ運輸
　伝票番号：4471-2290-1836 ／ 4471-2290-1847 ／ 4471-2290-1858
　お届け予定：1月29日（木）午前中
　ご注文番号：HR-TU-260121-08

到着後、台数のご確認をお願いいたします。
""" + SIG_RENTAL.format(name="高見 祐介"),
    "entities": [],
    "detectors": [],
    "note": "tracking and order numbers to a partner company: not personal data",
})

# ---------------------------------------------------------------- 073 product codes, English order
MESSAGES.append({
    "id": "skischool-073",
    "expect": "pass",
    "sender": "Yusuke Takami <rental@resort.hinode-sangyo.co.jp>",
    "to": ["Order desk <orders@alpinegear-europe.com>"],
    "subject": "PO HR-2026-004 rental fleet top-up",
    "charset": "utf-8",
    "body": """Dear Order Desk,

Please find our purchase order for the rental fleet top-up below.

PO number: HR-2026-004
Item code        Description                    Size      Qty
------------------------------------------------------------------
AG-RNT-ALL-140   Allround rental ski            140 cm    20
AG-RNT-ALL-160   Allround rental ski            160 cm    25
AG-BND-R10       Rental binding R10 GW          -         45
AG-BT-JR-22      Junior boot                    22.0      15
AG-HLM-KIDS-S    Kids helmet                    S         30

Delivery: Hinode Kogen Ski Resort, Rental Shop, by 15 October 2026.
Incoterms: DAP. Payment: T/T 60 days.

Kind regards,
Yusuke Takami
Hinode Rental / Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
    "entities": [],
    "detectors": [],
    "note": "purchase order with product codes and the standard English disclaimer",
})

# ---------------------------------------------------------------- 074 family of four for rental reservation
MESSAGES.append({
    "id": "skischool-074",
    "expect": "pass",
    "sender": "Hinode Rental 高見 <rental@resort.hinode-sangyo.co.jp>",
    "to": ["さくらホテル フロント <front@sakura-hotel.jp>"],
    "subject": "2/11 ご宿泊の百瀬様ご家族 レンタル事前手配",
    "charset": "utf-8",
    "body": """さくらホテル フロント ご担当者様

お世話になっております。Hinode Rentalの高見です。
2/11ご宿泊の百瀬様ご家族のレンタルを、ホテル内サテライトでお渡しできるよう
事前手配しました。チェックイン時にご案内いただけますか。

 氏名          生年月日      身長   靴
 百瀬 浩二     1984/06/12    178    27.0
 百瀬 香織     1986/02/03    160    24.0
 百瀬 蓮       2016/09/21    128    20.5
 百瀬 紬       2019/12/08    105    17.0

料金はチェックアウト時にホテル精算で問題ございません。
""" + SIG_RENTAL.format(name="高見 祐介"),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "four family members' birth dates and sizes: under five people, may be warned",
})

# ---------------------------------------------------------------- 075 internal: card dispute
_c = next_card()
MESSAGES.append({
    "id": "skischool-075",
    "expect": "pass",
    "sender": "宇佐美 亜紀 <a.usami@hinode-sangyo.co.jp>",
    "to": ["Hinode Rental 高見 <rental@resort.hinode-sangyo.co.jp>"],
    "subject": "チャージバックの件（1/25 レンタル売上）",
    "charset": "utf-8",
    "body": f"""高見さん

経理の宇佐美です。カード会社からチャージバックの通知が来ています。

  利用日: 2026/01/25
  カード: {fmt_card(_c, ' ')}
  名義  : KENICHI GOTO
  金額  : 14,300円

当日のレンタル受付票（署名入り）を探して、スキャンを送ってもらえますか。

宇佐美
""",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": [],
    "note": "a card number between colleagues on internal domains only",
})

# ---------------------------------------------------------------- 076 HTML-only snow report to a partner
MESSAGES.append({
    "id": "skischool-076",
    "expect": "pass",
    "sender": "ひので高原スキーリゾート <info@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 営業部 <sales@sakura-hotel.jp>"],
    "subject": "【ゲレンデ情報】2/1 全コース滑走可・新雪40cm",
    "charset": "utf-8",
    "html": """<html><body style="font-family:sans-serif">
<h2 style="color:#05c">ひので高原 ゲレンデ情報 2/1（日）</h2>
<table border="0" cellpadding="3">
<tr><td>積雪（山頂）</td><td>245cm</td></tr>
<tr><td>新雪</td><td>40cm</td></tr>
<tr><td>滑走可能コース</td><td>18/18</td></tr>
<tr><td>ナイター</td><td>17:00-21:00</td></tr>
</table>
<p>スクールは本日、パウダー体験レッスン（中級以上・2h 8,800円）を特別開講します。
ホテルのお客様にもご案内いただけますと幸いです。</p>
<p style="font-size:small">ひので高原スキーリゾート／日の出産業株式会社<br>TEL 0261-88-4100</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "HTML-only snow report to a partner hotel",
})

# ---------------------------------------------------------------- 077 CSV of partner rental shops
MESSAGES.append({
    "id": "skischool-077",
    "expect": "pass",
    "sender": "Hinode Rental 高見 <rental@resort.hinode-sangyo.co.jp>",
    "to": ["北陸観光サービス 仕入課 <shiire@hokuriku-kanko.co.jp>"],
    "subject": "レンタル割引券 利用可能店舗の一覧",
    "charset": "cp932",
    "body": """北陸観光サービス 仕入課 ご担当者様

お世話になっております。旅行パンフレット掲載用に、割引券が使える提携店舗の一覧を
CSVで送ります。

高見
""",
    "attachments": [{"kind": "csv", "name": "提携レンタル店舗.csv", "encoding": "cp932",
                     "rows": [["店舗名", "住所", "電話", "営業時間", "割引"],
                              ["Hinode Rental センター店", "長野県大町市日の出高原3417-2", "0261-88-4133", "8:00-17:30", "20%"],
                              ["Hinode Rental 駅前店", "長野県大町市大町3200-5", "0261-22-8833", "7:00-19:00", "20%"],
                              ["スノーワークス 大町店", "長野県大町市社5521", "0261-23-4410", "9:00-18:00", "15%"],
                              ["アルペンラボ 白馬", "長野県北安曇郡白馬村北城8400-2", "0261-72-6600", "8:00-20:00", "10%"],
                              ["さくらホテル 館内レンタル", "長野県大町市日の出高原3380", "0261-88-2200", "7:30-17:00", "20%"],
                              ["ペンション村 共同レンタル", "長野県大町市日の出高原ペンション村1", "0261-88-6601", "8:00-17:00", "10%"]]}],
    "entities": [],
    "detectors": [],
    "note": "a CSV of shops with their shop addresses and phones: businesses, not people",
})

# ---------------------------------------------------------------- 078 XLSX price/timetable to the school board
MESSAGES.append({
    "id": "skischool-078",
    "expect": "pass",
    "sender": "野口 真司 <m.noguchi@hinode-sangyo.co.jp>",
    "to": ["大町市教育委員会 学校教育課 <gakko@kyoiku.omachi.lg.jp>"],
    "subject": "市内小学校スキー教室 令和8年度 見積書",
    "charset": "iso-2022-jp",
    "body": """大町市教育委員会 学校教育課 御中

平素より大変お世話になっております。日の出産業株式会社の野口でございます。
令和8年度 市内小学校スキー教室の見積書を添付いたします。
人数規模別の単価と、標準的な1日の時間割を別シートにまとめております。

ご検討のほど、よろしくお願い申し上げます。
""" + SIG_SALES.format(name="野口 真司", mail="m.noguchi@hinode-sangyo.co.jp"),
    "attachments": [{"kind": "xlsx", "name": "R8_市内小学校スキー教室_見積.xlsx",
                     "sheets": {"見積": [["令和8年度 市内小学校スキー教室 見積書", "", ""],
                                       ["人数規模", "1人あたり（レッスン）", "1人あたり（レンタル）"],
                                       ["～40名", 4800, 3500], ["41～80名", 4300, 3300], ["81名～", 3900, 3000]],
                                "時間割": [["時刻", "内容"], ["9:30", "開講式・班分け"], ["10:00", "レッスン①"],
                                        ["12:00", "昼食"], ["13:00", "レッスン②"], ["14:45", "閉講式"]]}}],
    "entities": [],
    "detectors": [],
    "note": "a quotation workbook to a city school board: prices and a timetable",
})

# ---------------------------------------------------------------- 079 PPTX proposal without marking
MESSAGES.append({
    "id": "skischool-079",
    "expect": "pass",
    "sender": "増田 浩 <h.masuda@hinode-sangyo.co.jp>",
    "to": ["安曇野市教育委員会 <kyoiku@city-azumino.lg.jp>"],
    "subject": "雪育プログラム（小学生向け）ご提案資料",
    "charset": "utf-8",
    "body": """安曇野市教育委員会 ご担当者様

先日はお時間をいただきありがとうございました。
ご説明した「雪育プログラム」の提案資料をお送りします。
ご不明な点はお気軽にお尋ねください。

ひので高原スキースクール 校長 増田 浩
TEL 0261-88-4120
""",
    "attachments": [{"kind": "pptx", "name": "雪育プログラム_ご提案.pptx",
                     "slides": [["雪育プログラム", "スキーを通じて「挑戦」と「安全」を学ぶ"],
                                ["プログラム概要", "4年生：スキー基礎（半日×2）", "5年生：雪山の安全とマナー",
                                 "6年生：スキー検定（5級）"],
                                ["安全管理", "全インストラクターが救命講習修了", "パトロール常駐・診療所併設"],
                                ["費用", "1人 4,300円～（レンタル別）", "引率の先生は無料"]]}],
    "entities": [],
    "detectors": [],
    "note": "a sales proposal deck to a city school board; no marking, no personal data",
})

# ---------------------------------------------------------------- 080 PDF order confirmation with order numbers
MESSAGES.append({
    "id": "skischool-080",
    "expect": "pass",
    "sender": "チケットセンター 杉本 <e.sugimoto@hinode-sangyo.co.jp>",
    "to": ["ゆきぐにトラベル 手配センター <tehai@yukiguni-travel.co.jp>"],
    "subject": "団体リフト券 ご注文確認書（GT-260207-05）",
    "charset": "iso-2022-jp",
    "body": """ゆきぐにトラベル 手配センター 御中

団体リフト券のご注文確認書をお送りします。内容をご確認ください。
引換は当日、センターハウス団体窓口にて注文番号をお伝えください。

日の出産業株式会社 ひので高原 チケットセンター 杉本
""",
    "attachments": [{"kind": "pdf", "name": "注文確認書_GT-260207-05.pdf",
                     "lines": ["団体リフト券 ご注文確認書", "注文番号：GT-260207-05", "ご利用日：2026年2月7日～8日", ""],
                     "table": [["券種", "数量", "単価", "金額"], ["1日券 大人", "64", "4,800", "307,200"],
                               ["1日券 小人", "22", "2,400", "52,800"], ["2日券 大人", "18", "9,000", "162,000"],
                               ["合計", "", "", "522,000"]]}],
    "entities": [],
    "detectors": [],
    "note": "an order confirmation with order numbers and prices",
})

# ---------------------------------------------------------------- 081 DOCX contract draft with confidentiality clause
MESSAGES.append({
    "id": "skischool-081",
    "expect": "pass",
    "sender": "西田 涼子 <r.nishida@hinode-sangyo.co.jp>",
    "to": ["アルプス山岳ガイド協同組合 理事長 <office@alps-guide-coop.jp>"],
    "subject": "業務委託契約書（案）送付の件",
    "charset": "iso-2022-jp",
    "body": """アルプス山岳ガイド協同組合
理事長 様

お世話になっております。日の出産業 法務担当の西田です。
来季のスノーシュー・バックカントリーガイド業務の委託契約書（案）をお送りします。
第9条（秘密保持）は双方向の内容に改めております。ご確認のほどお願いいたします。

西田
""",
    "attachments": [{"kind": "docx", "name": "業務委託契約書_案_v2.docx",
                     "paragraphs": ["業務委託契約書（案）",
                                    "日の出産業株式会社（以下「甲」）とアルプス山岳ガイド協同組合（以下「乙」）は、次のとおり契約を締結する。",
                                    "第1条（委託業務）甲は乙に対し、ひので高原スキー場周辺におけるガイド業務を委託する。",
                                    "第9条（秘密保持）甲及び乙は、本契約に関して知り得た相手方の秘密情報を第三者に開示してはならない。",
                                    "第12条（有効期間）本契約の有効期間は2026年12月1日から2027年4月30日までとする。"]}],
    "entities": [],
    "detectors": [],
    "note": "a contract draft with a 秘密保持 clause: discusses confidentiality, carries no marking",
})

# ---------------------------------------------------------------- 082 parents in Bcc, To own address
MESSAGES.append({
    "id": "skischool-082",
    "expect": "pass",
    "sender": "ひので高原スキースクール 事務局 <school@hinode-sangyo.co.jp>",
    "to": ["ひので高原スキースクール 事務局 <school@hinode-sangyo.co.jp>"],
    "bcc": ["ikeda.family@gmail.com", "yuko-furihata@yahoo.co.jp", "hal.mom.0402@docomo.ne.jp",
            "kito.satomi@icloud.com", "ma-chan.1121@ezweb.ne.jp", "iokibe.k@outlook.jp",
            "todoroki-home@gmail.com", "s.aimono@softbank.ne.jp"],
    "subject": "【ひので高原キッズ】2月の開講日と持ち物のご案内",
    "charset": "iso-2022-jp",
    "body": """保護者の皆さま

いつもひので高原キッズスクールをご利用いただきありがとうございます。
（本メールは一斉送信のため、BCCでお送りしております）

2月の開講日：2/1、2/7、2/8、2/11、2/14、2/15、2/21、2/22、2/23
持ち物：ヘルメット、ゴーグル、手袋（予備）、ハンカチ、水筒
※ 2/11は大変混雑が予想されます。9:00までに受付をお済ませください。
""" + SIG_SCHOOL.format(name="事務局"),
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a circular to parents correctly sent Bcc: nobody can see the others",
})

# ---------------------------------------------------------------- 083 quoted English list with passports ("On ... wrote:")
_q = []
for sn, gn in [("TAN", "Wei Ming"), ("LIM", "Jia Hui"), ("ONG", "Kai Xiang"), ("GOH", "Shu Fen"), ("NG", "Jun Jie"), ("TEO", "Hui Min")]:
    _q.append(f"> {sn} {gn}, passport E{rng.randrange(1000000, 9999999)}{rng.choice('ABCDJK')}")
MESSAGES.append({
    "id": "skischool-083",
    "expect": "pass",
    "sender": "Mao Ueda <m.ueda@hinode-sangyo.co.jp>",
    "to": ["Rachel Tan <rachel@lioncity-holidays.com>"],
    "subject": "Re: Ski school booking - Singapore family group 15 Feb",
    "charset": "utf-8",
    "body": """Hi Rachel,

Thanks, received. All six are booked into the beginners' group on 15-16 Feb
(9:30-11:30 both days). We don't need passport details for lessons, so please don't
worry about those - we only need the guests' heights for the rental gear.

Best regards,
Mao

On Tue, 27 Jan 2026 at 18:40, Rachel Tan <rachel@lioncity-holidays.com> wrote:
> Hi Mao,
> Here are the guests for the lessons, as on their passports:
""" + "\n".join(_q) + """
> Thanks!
> Rachel
""",
    "entities": [],
    "detectors": [],
    "note": "passport numbers only in the recipient's own quoted mail ('On ... wrote:'); new text is clean",
})

# ---------------------------------------------------------------- 084 internal forward of a parent's complaint
MESSAGES.append({
    "id": "skischool-084",
    "expect": "pass",
    "sender": "小松 里奈 <r.komatsu@hinode-sangyo.co.jp>",
    "to": ["増田 浩 <h.masuda@hinode-sangyo.co.jp>", "宮下 修 <o.miyashita@hinode-sangyo.co.jp>"],
    "cc": ["河合 仁美 <h.kawai@hinode-sangyo.co.jp>"],
    "subject": "FW: 娘のけがについて（至急ご確認ください）",
    "charset": "utf-8",
    "body": """校長、局長

保護者様からのお申し出です。至急ご確認をお願いします。
担当インストラクターは永井さん（業務委託）です。

小松

-------- 転送メッセージ --------
差出人: 坂本 由美 <yumi.sakamoto.0815@gmail.com>
日付: 2026/01/26 22:05
件名: 娘のけがについて（至急ご確認ください）

ひので高原スキースクール 御中

1/25 のキッズレッスンに参加した坂本 心春（7歳）の母です。
帰宅後に手首の痛みを訴えたため本日受診したところ、右手首の若木骨折と診断されました。
レッスン中に転倒したと本人は話していますが、スクールからは何の説明もありませんでした。
当日の状況を説明していただけますでしょうか。

坂本 由美　090-5528-1174
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": [],
    "note": "a forward with a child's diagnosis, but all recipients are internal",
})

# ---------------------------------------------------------------- 085 four instructors with mobiles
MESSAGES.append({
    "id": "skischool-085",
    "expect": "pass",
    "sender": "増田 浩 <h.masuda@hinode-sangyo.co.jp>",
    "to": ["白馬南スポーツ少年団 代表 <info@hakuba-minami-ssd.jp>"],
    "subject": "2/22 ジュニア検定会 担当検定員のご連絡",
    "charset": "iso-2022-jp",
    "body": """白馬南スポーツ少年団 代表 様

お世話になっております。増田です。
2/22 のジュニア検定会の担当検定員は次の4名です。
当日、集合場所が分からない場合は各検定員へ直接ご連絡ください。

　・増田 浩（主任検定員）　090-7781-2025
　・佐藤 亜希子　　　　　　080-3329-4417
　・降旗 誠一　　　　　　　090-1148-6630
　・永井 翔　　　　　　　　070-5512-9983

よろしくお願いします。
""" + SIG_SCHOOL.format(name="校長 増田 浩"),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four instructors' mobiles given as event contacts: under five, may be warned",
})


# ---------------------------------------------------------------- 086 one on-site contact to a partner printer
MESSAGES.append({
    "id": "skischool-086",
    "expect": "pass",
    "sender": "中島 由佳 <y.nakajima@hinode-sangyo.co.jp>",
    "to": ["錦印刷 制作部 藤原 <fujiwara@nishiki-insatsu.co.jp>"],
    "subject": "スクール告知ポスター 納品先について",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社 制作部
藤原様

お世話になっております。日の出産業の中島です。
校了いただいたスクール告知ポスター（B1 30枚、A2 120枚）の納品先ですが、
本社ではなくスキー場へ直接お願いいたします。

　納品先：ひので高原スキー場 センターハウス2F 事務所
　〒398-0071 長野県大町市日の出高原3417-2
　受取担当：レンタル 高見（携帯 080-6637-2210）

納品日が決まりましたらご一報ください。

中島 由佳
日の出産業株式会社 リゾート事業部 販売促進
TEL 03-5321-7790
""",
    "entities": [],
    "detectors": [],
    "note": "one on-site contact person and a business delivery address: ordinary business mail",
})

# ---------------------------------------------------------------- 087 two external organisations: lift inspection
MESSAGES.append({
    "id": "skischool-087",
    "expect": "pass",
    "sender": "索道部 主任 降旗 <s.furihata@hinode-sangyo.co.jp>",
    "to": ["川崎電機 産業システム部 <sangyo-sys@kawasaki-denki.co.jp>"],
    "cc": ["甲信索道検査 技術課 <gijutsu@koshin-sakudo-kensa.co.jp>"],
    "subject": "第2ペアリフト 制御盤更新後の立会検査日程",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社 産業システム部 御中
（cc：甲信索道検査 技術課 様）

いつもお世話になっております。日の出産業 索道部の降旗です。
第2ペアリフトの制御盤更新工事完了に伴い、立会検査を下記で調整させてください。

　候補：11/18（火）・11/20（木）いずれも 9:00～15:00
　項目：非常停止回路、減速停止距離、逆転防止装置

スクール開校（12/13）前に完了させたく、ご協力をお願いいたします。
""",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (electrical contractor and inspector) in To/Cc",
})

# ---------------------------------------------------------------- 088 agents in Bcc
MESSAGES.append({
    "id": "skischool-088",
    "expect": "pass",
    "sender": "International Sales <intl@hinode-sangyo.co.jp>",
    "to": ["International Sales <intl@hinode-sangyo.co.jp>"],
    "bcc": ["groups@kiwi-snowtours.com", "res@powderhound-tours.com", "rachel@lioncity-holidays.com",
            "bookings@southerncross-snow.com", "ski@taipei-snowtravel.com"],
    "subject": "Hinode Kogen - early season update & ski school openings",
    "charset": "utf-8",
    "body": """Dear partners,

Good news from Hinode Kogen: we opened top-to-bottom on 13 December with 160 cm of base.

Ski school highlights this season:
* English-speaking group lessons every day at 9:30 and 13:00
* New "First Tracks" private lesson (7:30 start, max 3 guests)
* Kids Club now open until 20:30 on Saturdays

Agent net rates are unchanged from the contract. Please reply to this address for
allocations over the Chinese New Year period (14-22 Feb).
""" + SIG_EN.format(name="International Sales team"),
    "entities": [],
    "detectors": [],
    "note": "a newsletter to several agents, all in Bcc: nobody sees the others",
})

# ---------------------------------------------------------------- 089 lost and found, one name only
MESSAGES.append({
    "id": "skischool-089",
    "expect": "pass",
    "sender": "センターハウス インフォメーション <info-desk@hinode-sangyo.co.jp>",
    "to": ["ホテル白樺荘 フロント <front@shirakaba-so.jp>"],
    "subject": "お忘れ物のご連絡（ご宿泊の小林様）",
    "charset": "iso-2022-jp",
    "body": """ホテル白樺荘 フロント ご担当者様

お世話になっております。ひので高原スキー場 インフォメーションです。
貴館にご宿泊の小林様より、スクール受付にゴーグル（黒・ミラーレンズ）をお忘れとの
お問い合わせがあり、当方で保管しております。
本日17時の送迎バスに託しますので、フロントでお預かりいただけますか。

インフォメーション 担当 岩崎
""",
    "entities": [],
    "detectors": [],
    "note": "a guest's surname with a lost item: a name with no personal data attached",
})

# ---------------------------------------------------------------- 090 talking about 要配慮個人情報 in general
MESSAGES.append({
    "id": "skischool-090",
    "expect": "pass",
    "sender": "西田 涼子 <r.nishida@hinode-sangyo.co.jp>",
    "to": ["プライバシー研修 ご担当 <seminar@pm-consulting.co.jp>"],
    "subject": "Re: インストラクター向け個人情報研修の内容",
    "charset": "utf-8",
    "body": """ご担当者様

お世話になっております。日の出産業の西田です。
研修内容について、以下の点を重点的に扱っていただけますでしょうか。

- 受講者の既往歴・アレルギー・障害など要配慮個人情報の取得と共有の範囲
- 事故発生時に保険会社・医療機関へ提供する情報の最小化
- 外国人観光客の旅券情報の取扱い
- 保護者への連絡でLINE等の私用端末を使う場合のルール

具体的な事例は当社の事故対応の流れに沿ってご用意いただけると助かります。

西田
""",
    "entities": [],
    "detectors": [],
    "note": "discusses categories of sensitive data in general; no person is identified",
})

# ---------------------------------------------------------------- 091 plain ZIP of brochures
MESSAGES.append({
    "id": "skischool-091",
    "expect": "pass",
    "sender": "中島 由佳 <y.nakajima@hinode-sangyo.co.jp>",
    "to": ["旅の窓口社 商品企画 <kikaku@tabi-no-mado.co.jp>"],
    "subject": "パンフレット掲載用素材一式",
    "charset": "iso-2022-jp",
    "body": """旅の窓口社 商品企画 ご担当者様

お世話になっております。日の出産業の中島です。
冬季パンフレット掲載用の素材一式（料金表・コース紹介・スクール紹介）をZIPでお送りします。
ロゴは前回お送りしたものから変更ありません。

中島
""",
    "attachments": [{"kind": "zip", "name": "hinode_kogen_2026_materials.zip",
                     "files": [{"kind": "pdf", "name": "料金表_2025-26.pdf",
                                "lines": ["ひので高原スキーリゾート 料金表 2025-26", "1日券 大人 6,800円 / 小人 3,400円",
                                          "スクール グループ半日 5,500円"]},
                               {"kind": "txt", "name": "スクール紹介文.txt", "encoding": "utf-8",
                                "text": "ひので高原スキースクールは、3歳から参加できるキッズクラスから検定対策まで、\n経験豊富なインストラクターが丁寧に指導します。"},
                               {"kind": "png", "name": "logo.png"}]}],
    "entities": [],
    "detectors": [],
    "note": "an unencrypted ZIP of brochure material: readable, nothing personal",
})

# ---------------------------------------------------------------- 092 quoted under 差出人/送信日時, new text counts only
_q = []
for p, a in zip(people(6, "kid"), ["卵", "小麦", "そば", "乳", "えび・かに", "落花生"]):
    _q.append(f"{p['kanji']}（{a}アレルギー）")
MESSAGES.append({
    "id": "skischool-092",
    "expect": "pass",
    "sender": "小松 里奈 <r.komatsu@hinode-sangyo.co.jp>",
    "to": ["藤森 <fujimori@nishi-sho.omachi.lg.jp>"],
    "subject": "RE: 5年生スキー教室 昼食時の配慮について",
    "charset": "cp932",
    "body": """藤森先生

ご連絡ありがとうございます。レストハウスと共有し、対応いたします。
なお、当日の班編成は以下の人数で確定しました。

　初級班　3班（各10名）
　中級班　2班（各9名）
　上級班　1班（7名）
　合計　55名

小松

差出人: 藤森 <fujimori@nishi-sho.omachi.lg.jp>
送信日時: 2026年1月22日 16:48
宛先: r.komatsu@hinode-sangyo.co.jp
件名: 5年生スキー教室 昼食時の配慮について

小松様
食物アレルギーのある児童は以下の6名です。昼食時にご配慮ください。
""" + "\n".join(_q) + """
西小学校 藤森
""",
    "entities": [],
    "detectors": [],
    "note": "the allergy list sits only in the teacher's own quoted mail (差出人/送信日時); new text is counts",
})

# ---------------------------------------------------------------- 093 internal colleagues in Cc, one external
MESSAGES.append({
    "id": "skischool-093",
    "expect": "pass",
    "sender": "宮下 修 <o.miyashita@hinode-sangyo.co.jp>",
    "to": ["みのり損保 代理店 信濃保険サービス 堀内 <horiuchi@shinano-hoken.co.jp>"],
    "cc": ["増田 浩 <h.masuda@hinode-sangyo.co.jp>", "宇佐美 亜紀 <a.usami@hinode-sangyo.co.jp>",
           "河合 仁美 <h.kawai@hinode-sangyo.co.jp>"],
    "subject": "スクール賠償保険 更新手続きのお打合せ",
    "charset": "iso-2022-jp",
    "body": """信濃保険サービス
堀内様

お世話になっております。ひので高原スキースクールの宮下です。
更新手続きのお打合せですが、2/16（月）13:30 にスクール事務所でお願いできますでしょうか。
当社からは校長の増田、経理の宇佐美、総務の河合も同席いたします（cc）。

補償内容の見直し（受講者の傷害補償の上限引上げ）についてもご相談させてください。

宮下 修
ひので高原スキースクール 事務局長
""",
    "entities": [],
    "detectors": [],
    "note": "one external insurance agent with internal colleagues in Cc",
})

# ---------------------------------------------------------------- 094 reply to a single applicant
MESSAGES.append({
    "id": "skischool-094",
    "expect": "pass",
    "sender": "総務部 人事労務課 <jinji@hinode-sangyo.co.jp>",
    "to": ["Riku Endo <riku.endo.ski@gmail.com>"],
    "subject": "Re: 冬季インストラクター応募の件",
    "charset": "iso-2022-jp",
    "body": """遠藤 陸 様

このたびは、ひので高原スキースクールの冬季インストラクター募集にご応募いただき
ありがとうございます。書類選考の結果、面接にお越しいただきたくご連絡いたしました。

　日時：11月8日（土）13:00～
　場所：ひので高原スキー場 センターハウス2F 会議室
　持ち物：指導員資格の認定証（写し可）

ご都合が悪い場合は、本メールにご返信ください。
""" + SIG_SOUMU.format(name="人事労務課 河合"),
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a reply to one job applicant on free mail about his own interview",
})

# ---------------------------------------------------------------- 095 CSV rental price list, cp932
MESSAGES.append({
    "id": "skischool-095",
    "expect": "pass",
    "sender": "Hinode Rental 高見 <rental@resort.hinode-sangyo.co.jp>",
    "to": ["旅の窓口社 仕入担当 <shiire@tabi-no-mado.co.jp>"],
    "subject": "レンタル料金表（旅行会社様向け）",
    "charset": "cp932",
    "body": """旅の窓口社 仕入ご担当者様

いつもお世話になっております。Hinode Rentalの高見です。
旅行会社様向けのレンタル料金表をCSVでお送りします。
品番はクーポン券面への印字にお使いください。
""" + SIG_RENTAL.format(name="高見 祐介"),
    "attachments": [{"kind": "csv", "name": "rental_price_agent.csv", "encoding": "cp932",
                     "rows": [["品番", "品名", "1日", "2日", "3日", "旅行会社卸"],
                              ["R-SET3-A", "スキー3点セット（大人）", 5000, 9000, 12500, 3800],
                              ["R-SET3-J", "スキー3点セット（小人）", 3500, 6300, 8700, 2600],
                              ["R-SB2-A", "スノーボード2点（大人）", 5000, 9000, 12500, 3800],
                              ["R-WEAR", "ウェア上下", 3500, 6300, 8700, 2500],
                              ["R-HLM", "ヘルメット", 1000, 1800, 2500, 700]]}],
    "entities": [],
    "detectors": [],
    "note": "a price list with product codes in a CP932 CSV",
})

# ---------------------------------------------------------------- 096 internal: residence cards of foreign instructors
_rc = [["在留カード・旅券 確認台帳（外国籍インストラクター）", "", "", "", ""],
       ["氏名", "国籍", "在留カード番号", "在留期限", "旅券番号"]]
for nm, nat in [("WHITFIELD THOMAS JAMES", "GBR"), ("MACLEOD ISLA", "AUS"), ("PARK JIHOON", "KOR"),
                ("LAROCHE ELODIE", "CAN"), ("SUNDQVIST ERIK", "SWE"), ("WONG KA HEI", "HKG")]:
    _rc.append([nm, nat, f"{rng.choice(['UK', 'AB', 'EH', 'RK'])}{rng.randrange(10000000, 99999999)}{rng.choice(['EA', 'FC', 'GD'])}",
                f"2026/{rng.randrange(4, 13):02d}/{rng.randrange(1, 28):02d}",
                f"{rng.choice(['N', 'P', 'M'])}{rng.randrange(1000000, 9999999)}"])
MESSAGES.append({
    "id": "skischool-096",
    "expect": "pass",
    "sender": "河合 仁美 <h.kawai@hinode-sangyo.co.jp>",
    "to": ["増田 浩 <h.masuda@hinode-sangyo.co.jp>"],
    "cc": ["人事労務課 <jinji@hinode-sangyo.co.jp>", "ひので高原 総務 <soumu@resort.hinode-sangyo.co.jp>"],
    "subject": "外国籍インストラクター 在留カード確認台帳（今季分）",
    "charset": "utf-8",
    "body": """増田校長

お疲れさまです。河合です。
今季の外国籍インストラクター6名の在留カード確認台帳を更新しました。
在留期限が4月中に切れる方がいますので、シーズン終了時期との関係をご確認ください。

河合
""",
    "attachments": [{"kind": "xlsx", "name": "在留カード確認台帳_2025-26.xlsx", "sheets": {"台帳": _rc}}],
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    "detectors": [],
    "note": "residence card and passport numbers of six instructors, but only internal recipients",
})

# ---------------------------------------------------------------- 097 English reply with the tour leader's contact
MESSAGES.append({
    "id": "skischool-097",
    "expect": "pass",
    "sender": "Mao Ueda <m.ueda@hinode-sangyo.co.jp>",
    "to": ["Ben Carter <ben@powderhound-tours.com>"],
    "subject": "Re: Tour leader contact for the 20 Feb group",
    "charset": "utf-8",
    "body": """Hi Ben,

Noted with thanks - we will call your tour leader, Jessica Moore (+61 412 558 903),
if the group is late for the 9:30 lesson. Our desk number for her is +81-261-88-4120.

See you in February!
""" + SIG_EN.format(name="Mao Ueda") + DISCLAIMER_EN + """

> Hi Mao, the tour leader for the 20 Feb group is Jessica Moore, mobile +61 412 558 903.
> Cheers, Ben
""",
    "entities": [],
    "detectors": [],
    "note": "the agent's tour leader as one business contact, plus the English disclaimer",
})


# =============================================================== either
# ---------------------------------------------------------------- 098 class list back to the school (names + level only)
_cls = ["班\t氏名\tレベル"]
for i, p in enumerate(people(30, "kid")):
    _cls.append(f"{i // 6 + 1}\t{p['kanji']}\t{rng.choice(['初めて', 'ボーゲン', 'パラレル'])}")
MESSAGES.append({
    "id": "skischool-098",
    "expect": "either",
    "sender": "小松 里奈 <r.komatsu@hinode-sangyo.co.jp>",
    "to": ["藤森 <fujimori@nishi-sho.omachi.lg.jp>"],
    "subject": "5年生スキー教室 班分け（案）",
    "charset": "iso-2022-jp",
    "body": """藤森先生

お世話になっております。小松です。
事前アンケートのレベルをもとに班分け案を作成しました。
先生方のご判断で入れ替えていただいて構いません。

""" + "\n".join(_cls) + """

小松
""",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "30 pupils' names with a skill level only, back to their own school: a list, or harmless?",
})

# ---------------------------------------------------------------- 099 one named guest taken away by ambulance, no diagnosis
MESSAGES.append({
    "id": "skischool-099",
    "expect": "either",
    "sender": "野口 真司 <m.noguchi@hinode-sangyo.co.jp>",
    "to": ["教育旅行センター 木下 <kinoshita@yukiguni-travel.co.jp>"],
    "subject": "【ご報告】ツアー参加者の救急搬送について",
    "charset": "iso-2022-jp",
    "body": """木下様

お世話になっております。野口です。
本日11時ごろ、貴社ツアーご参加の後藤 隆之様（60代）がレッスン中に転倒され、
念のため救急車で大町北病院へ搬送されました。意識ははっきりしておられます。
ご家族への連絡は添乗員の方にお願いしております。詳細は分かり次第ご連絡いたします。

野口
""",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "one named guest's ambulance transport without a diagnosis: health information or not?",
})

# ---------------------------------------------------------------- 100 instructor profiles for a hotel brochure
_prof = []
for p in people(5):
    _prof.append(f"■ {p['kanji']}（{p['romaji']}）\n"
                 f"　資格：{rng.choice(['指導員', '準指導員', '教師1級'])}／{rng.choice(['長野県', '新潟県', '北海道', '東京都'])}出身／"
                 f"指導歴{rng.randrange(3, 25)}年\n"
                 f"　ひとこと：{rng.choice(['子どもレッスンが得意です！', 'コブ斜面ならお任せください', 'English OK', '基礎から丁寧に'])}")
MESSAGES.append({
    "id": "skischool-100",
    "expect": "either",
    "sender": "上田 真央 <m.ueda@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 営業部 <sales@sakura-hotel.jp>"],
    "subject": "館内パンフ用 インストラクター紹介文",
    "charset": "utf-8",
    "body": """さくらホテル 営業部 ご担当者様

館内パンフレット用のインストラクター紹介文です（本人了承済み、写真は別送します）。

""" + "\n\n".join(_prof) + """

上田
""",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "five instructors' published profiles (qualification, home prefecture) with their consent",
})

assert [m["id"] for m in MESSAGES] == [f"skischool-{i:03d}" for i in range(1, 101)]
