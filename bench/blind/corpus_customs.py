"""Blind corpus — area: customs (日の出産業 通関・海運事業部).

Customs brokerage and shipping agency work: ship crew lists with passports and seaman's
books, crew changes and shore leave, import declarations and permits, shippers and
consignees, bonded warehouses and terminals, port agents abroad (English mail), and the
unaccompanied baggage / personal effects of employees relocating abroad or returning.
Seeds for my_number / card_number start at 2301.
"""

from __future__ import annotations

import unicodedata

from build import card_number, my_number

MESSAGES: list[dict] = []


def M(**kw) -> None:
    MESSAGES.append(kw)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def padded(rows, gap=2, rule="-", fullwidth=False):
    """Columns padded with spaces under a header and a ---- rule, as people paste them."""
    n = max(len(r) for r in rows)
    widths = [max(_w(str(r[i])) if i < len(r) else 0 for r in rows) for i in range(n)]
    out = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            pad = widths[i] - _w(c)
            if fullwidth:
                cells.append(c + "　" * (pad // 2) + " " * (pad % 2))
            else:
                cells.append(c + " " * pad)
        sep = "　" if fullwidth else " " * gap
        out.append(sep.join(cells).rstrip())
        if k == 0:
            if fullwidth:
                out.append(sep.join("－" * max(1, widths[i] // 2) for i in range(n)))
            else:
                out.append((" " * gap).join(rule * widths[i] for i in range(n)))
    return "\n".join(out)


def tsv(rows):
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def corp_no(base12: str) -> str:
    """法人番号: check digit (first digit) + 12-digit base."""
    total = 0
    for n, d in enumerate(reversed([int(c) for c in base12]), 1):
        total += d * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- signatures, disclaimers --------------------------------------------------------------

ADDR_YOKO = "〒231-0002 神奈川県横浜市中区海岸通3-9 日の出海岸通ビル5F"
ADDR_KOBE = "〒650-0042 兵庫県神戸市中央区波止場町2-8 日の出メリケンビル3F"

SIG_MURASE = f"""
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 通関・海運事業部 通関課
課長　村瀬 健吾（通関士）
{ADDR_YOKO}
TEL 045-211-4870（直通）　FAX 045-211-4871
murase.kengo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_ODAGIRI = f"""
--
日の出産業株式会社
通関・海運事業部 通関課　通関士
小田切 沙織（Odagiri Saori）
{ADDR_YOKO}
TEL：045-211-4873 / FAX：045-211-4871
Mail：odagiri.saori@hinode-sangyo.co.jp"""

SIG_KURAMOTO = f"""
----------------------------------------------
日の出産業株式会社 通関・海運事業部
海運課（船舶代理店）　蔵本 大輔
{ADDR_YOKO}
TEL 045-211-4880 / 携帯(社用) 080-5921-3307
----------------------------------------------"""

SIG_HIGA = """
////////////////////////////////
日の出産業（株） 通関・海運事業部 海運課
クルーチェンジ担当　比嘉 美奈
TEL 045-211-4882　FAX 045-211-4881
higa.mina@hinode-sangyo.co.jp
////////////////////////////////"""

SIG_HASEBE_EN = """
Best regards,

Rena HASEBE (Ms.)
Overseas Agency Desk, Customs & Shipping Division
Hinode Sangyo Co., Ltd.
5F Hinode Kaigandori Bldg., 3-9 Kaigandori, Naka-ku, Yokohama 231-0002, Japan
Tel: +81-45-211-4885 / Fax: +81-45-211-4881
hasebe.rena@hinode-sangyo.co.jp"""

SIG_IGARASHI = f"""
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社　通関・海運事業部
個人貨物・引越通関チーム　五十嵐 翔
{ADDR_YOKO}
TEL 045-211-4877　FAX 045-211-4871
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_KARIYA = f"""
----
日の出産業株式会社 通関・海運事業部 神戸営業所
苅谷 恵
{ADDR_KOBE}
TEL 078-331-5520 FAX 078-331-5521"""

SIG_NISHINA = """
――――――――――――――――――
日の出産業株式会社
通関・海運事業部　業務課　仁科 拓海
TEL 045-211-4879
――――――――――――――――――"""

SIG_TSUGE = f"""
--------------------------------
日の出産業株式会社
執行役員 通関・海運事業部長
柘植 隆之
{ADDR_YOKO}
TEL 045-211-4860（代表）
--------------------------------"""

SIG_SHISHIDO = """
宍戸 真理子
日の出産業株式会社 通関・海運事業部 業務管理グループ
内線 4891 / 045-211-4891"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

MURASE = "村瀬 健吾 <murase.kengo@hinode-sangyo.co.jp>"
ODAGIRI = "小田切 沙織 <odagiri.saori@hinode-sangyo.co.jp>"
KURAMOTO = "蔵本 大輔 <kuramoto.daisuke@hinode-sangyo.co.jp>"
HIGA = "比嘉 美奈 <higa.mina@hinode-sangyo.co.jp>"
HASEBE = "Rena Hasebe <hasebe.rena@hinode-sangyo.co.jp>"
IGARASHI = "五十嵐 翔 <igarashi.sho@hinode-sangyo.co.jp>"
KARIYA = "苅谷 恵 <kariya.megumi@hinode-sangyo.co.jp>"
NISHINA = "仁科 拓海 <nishina.takumi@hinode-sangyo.co.jp>"
TSUGE = "柘植 隆之 <tsuge.takayuki@hinode-sangyo.co.jp>"
SHISHIDO = "宍戸 真理子 <shishido.mariko@hinode-sangyo.co.jp>"

# =========================================================================================
# STOP — lists of five or more people
# =========================================================================================

_CREW_PH = [
    ["No", "Name", "Rank", "DOB", "Passport", "SIRB"],
    ["1", "DELA CRUZ, Rommel A.", "C/O", "1984-03-17", "P4827163B", "C0384716"],
    ["2", "BAUTISTA, Jerome S.", "2/O", "1990-11-02", "P5910274A", "C0417735"],
    ["3", "VILLANUEVA, Arnel P.", "3/E", "1988-07-29", "P3068152C", "C0290148"],
    ["4", "MAGBANUA, Ricky T.", "AB", "1995-01-08", "P6143927A", "C0551806"],
    ["5", "ESPIRITU, Juanito C.", "OS", "1999-05-21", "P7205836B", "C0612097"],
    ["6", "SALVADOR, Noel R.", "OLR", "1986-12-30", "P2938471A", "C0198355"],
    ["7", "PANGILINAN, Carlo M.", "WPR", "1997-09-14", "P6620394C", "C0583162"],
    ["8", "ABUEG, Dennis L.", "CCK", "1981-04-06", "P1873059B", "C0127740"],
]

M(id="customs-001", expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
  detectors=["personal_data"],
  note="English mail to the Manila manning agency with 8 on-signers' passport and DOB in a padded table",
  sender=HASEBE,
  to=["Maricel Ocampo <m.ocampo@bayanihan-manning.com.ph>"],
  subject="MV ALDEBARAN CREST - on-signers at Yokohama / crew particulars",
  charset="utf-8",
  body=f"""Dear Ms. Ocampo,

Good day.

Further to our call this morning, please find below the particulars of the on-signing
crew for MV ALDEBARAN CREST (ETA Yokohama Daikoku P.S. 14 Nov, 0600LT). Kindly double
check the passport validity (min. 6 months) and reconfirm the flight PR428 MNL-NRT.

{padded(_CREW_PH)}

Immigration here will need the OK-to-board letters by 12 Nov noon JST at the latest.
Hotel for the night of 13 Nov is arranged; our driver will meet them at NRT T2.
{SIG_HASEBE_EN}
""")

_CREW_SEIRYU = [
    ["Seq", "Family name", "Given name", "Rank", "Nationality", "Date of birth",
     "Passport No.", "Expiry"],
    ["01", "OMINATO", "MASAMICHI", "MASTER", "JPN", "1968-05-12", "TK3958271", "2031-08-19"],
    ["02", "AJISAKA", "YOSHIAKI", "C/E", "JPN", "1971-08-03", "MU4720196", "2029-03-02"],
    ["03", "KARASAWA", "JUN", "C/O", "JPN", "1985-02-26", "TR8061537", "2033-01-15"],
    ["04", "SHIOZAKI", "YOHEI", "1/E", "JPN", "1987-11-15", "TZ1184602", "2030-10-07"],
    ["05", "HOANG", "MINH TRI", "3/O", "VNM", "1994-09-08", "C5039284", "2032-04-22"],
    ["06", "VO", "THANH TUNG", "BSN", "VNM", "1983-06-30", "B9047162", "2028-12-11"],
    ["07", "NGUYEN", "VAN THANH", "AB", "VNM", "1991-02-11", "C4718293", "2031-06-30"],
    ["08", "BUI", "VAN LONG", "AB", "VNM", "1993-04-14", "C4402917", "2031-02-18"],
    ["09", "TRAN", "DUC HUY", "OS", "VNM", "1996-08-23", "C5920184", "2033-07-09"],
    ["10", "LE", "MINH KHOA", "OLR", "VNM", "1989-10-05", "C3184720", "2030-05-26"],
    ["11", "PHAM", "QUOC BAO", "WPR", "VNM", "1998-12-19", "C6281039", "2034-01-03"],
    ["12", "DANG", "HUU PHUOC", "COOK", "VNM", "1979-01-27", "B7719035", "2028-09-14"],
]

M(id="customs-002", expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
  detectors=["personal_data"],
  note="TSV crew list of 12 with passport numbers and DOB sent to the next-port agent in Busan",
  sender=KURAMOTO,
  to=["Busan Ops <ops@hanbada-agency.co.kr>"],
  cc=["比嘉 美奈 <higa.mina@hinode-sangyo.co.jp>"],
  subject="[SEIRYU STAR V.2311E] Crew list for Busan pre-arrival",
  charset="utf-8",
  body="""Dear Mr. Kim / Busan Ops team,

Good afternoon. MV SEIRYU STAR sailed Yokohama 1830LT today, ETA Busan New Port
17th 0800LT. Attached the latest crew list (TSV, as exported from the ship's system)
for your pre-arrival notice to Busan immigration and customs.

No crew change here in Yokohama, so the list is the same as the one from Kaohsiung
except that the master's passport was renewed.

Thanks and regards,
Daisuke Kuramoto
Hinode Sangyo Co., Ltd. - Shipping Agency Sec.
Tel +81-45-211-4880""",
  attachments=[{"kind": "txt", "name": "CrewList_SEIRYU_STAR_V2311E.tsv", "encoding": "utf-8",
                "text": tsv(_CREW_SEIRYU) + "\n"}])

M(id="customs-003", expect="stop",
  entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="CP932 CSV of 6 relocating employees with home address and mobile to the international mover",
  sender=IGARASHI,
  to=["国際引越事業部 大庭様 <ohba@hoshizora-hikkoshi.co.jp>"],
  subject="1月赴任者6名分 搬出スケジュール（別送品）のご依頼",
  charset="iso-2022-jp",
  body=f"""星空引越センター 国際引越事業部
大庭様

いつもお世話になっております。日の出産業の五十嵐です。

1月下旬に海外赴任する弊社社員6名分の搬出・別送品手配をお願いいたします。
各人の現住所・連絡先と希望搬出日をCSVにまとめましたのでご確認ください。
下見のご連絡は各人の携帯へ直接いただいて構いません（本人には了承済みです）。

別送品申告書（税関様式C第5360号）は弊社で作成いたしますので、
パッキングリストの写しを搬出当日中にお送りいただけますと助かります。

よろしくお願いいたします。
{SIG_IGARASHI}
""",
  attachments=[{"kind": "csv", "name": "赴任者搬出予定_2025年1月.csv", "encoding": "cp932",
                "rows": [
                    ["氏名", "フリガナ", "赴任先", "現住所", "携帯電話", "搬出希望日", "別送品容量(目安)"],
                    ["椎葉 浩一", "シイバ コウイチ", "ヒューストン", "神奈川県川崎市中原区木月2-14-7 ルミエール元住吉302", "090-4418-2270", "2025/01/18", "8m3"],
                    ["宇留野 真由美", "ウルノ マユミ", "シンガポール", "東京都大田区田園調布南21-9", "080-3327-5164", "2025/01/22", "5m3"],
                    ["鬼頭 将太", "キトウ ショウタ", "ロッテルダム", "神奈川県横浜市港北区日吉本町4-31-12", "070-1289-4406", "2025/01/25", "3m3"],
                    ["駒ケ嶺 亜紀", "コマガミネ アキ", "上海", "千葉県船橋市本町6-2-15-1104", "090-7752-0381", "2025/01/20", "4m3"],
                    ["百目鬼 亮", "ドウメキ リョウ", "ホーチミン", "埼玉県さいたま市浦和区岸町3-8-22", "080-6104-9937", "2025/01/27", "6m3"],
                    ["四十物 千尋", "アイモノ チヒロ", "釜山", "東京都江東区豊洲5-6-40-2107", "090-2236-7718", "2025/01/24", "2m3"],
                ]}])

M(id="customs-004", expect="stop",
  entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="UTF-8 CSV of 10 private consignees (name, address, phone) of cross-border EC parcels to the partner trucker",
  sender=ODAGIRI,
  to=["青葉運輸 横浜支店 配送課 <haiso-yokohama@aoba-unyu.co.jp>"],
  subject="【許可済】越境EC小口 11/28搬出分 配送先データ",
  charset="utf-8",
  body=f"""青葉運輸株式会社 横浜支店 配送課 御中

お世話になっております。日の出産業 通関課の小田切です。

本日輸入許可が下りた越境EC小口貨物（MAWB 176-4402 9183）のうち、
個人宛て配送分10件の配送先データをお送りします。
明朝、大黒の保税倉庫からの搬出でお願いいたします。

※ 受取人様への電話連絡は配達前日の18時までにお願いします。
{SIG_ODAGIRI}
""",
  attachments=[{"kind": "csv", "name": "delivery_20241128.csv", "encoding": "utf-8",
                "rows": [
                    ["HAWB", "受取人", "郵便番号", "住所", "電話番号", "品名", "個数"],
                    ["SZX88120451", "松葉 瑞穂", "221-0835", "神奈川県横浜市神奈川区鶴屋町3-30-4-502", "080-9915-2043", "ワイヤレスイヤホン", "1"],
                    ["SZX88120452", "根来 達也", "214-0014", "神奈川県川崎市多摩区登戸2765-1", "090-3381-6672", "スマホケース", "3"],
                    ["SZX88120453", "小鳥遊 ひかり", "252-0303", "神奈川県相模原市南区相模大野7-12-9", "070-4426-1185", "ヘアアイロン", "1"],
                    ["SZX88120455", "甕 健太郎", "233-0002", "神奈川県横浜市港南区上大岡西1-6-22", "080-2270-5519", "LEDテープライト", "2"],
                    ["SZX88120457", "Nguyen Thi Lan", "236-0021", "神奈川県横浜市金沢区泥亀1-19-3 コーポ金沢201", "090-8812-4467", "衣類", "4"],
                    ["SZX88120460", "有働 美咲", "238-0011", "神奈川県横須賀市米が浜通1-7-18", "080-7735-9920", "ネイル用品", "2"],
                    ["SZX88120461", "薬袋 浩二", "251-0052", "神奈川県藤沢市藤沢488-5", "090-1168-3394", "釣具（リール）", "1"],
                    ["SZX88120464", "鍛冶 絵美", "220-0012", "神奈川県横浜市西区みなとみらい5-3-1-3805", "070-6651-2208", "バッグ", "1"],
                    ["SZX88120466", "宇佐美 翼", "247-0056", "神奈川県鎌倉市大船1-24-11", "080-3049-7781", "ゲームコントローラー", "2"],
                    ["SZX88120467", "栗花落 由衣", "240-0005", "神奈川県横浜市保土ケ谷区神戸町134-2", "090-5527-0043", "化粧ポーチ", "5"],
                ]}])

M(id="customs-005", expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
  detectors=["personal_data"],
  note="XLSX rooming list (title row, two sheets) of 6 crew with passport numbers and DOB to the partner hotel",
  sender=HIGA,
  to=["さくらホテル横浜 予約課 <reservation-yokohama@sakura-hotel.jp>"],
  subject="【クルー宿泊】SEIRYU STAR 乗下船者 2/3～2/5 ルーミングリスト",
  charset="iso-2022-jp",
  body=f"""さくらホテル横浜
予約課 ご担当者様

いつも大変お世話になっております。日の出産業の比嘉です。

先日お電話でお願いしておりました乗下船クルー6名様のご宿泊につきまして、
ルーミングリストをお送りいたします。外国籍のため、チェックイン時の旅券確認用に
旅券番号・生年月日も記載しております。

ご請求は従来どおり弊社宛てでお願いいたします（船社：清流海運様、V.2402W）。
{SIG_HIGA}
""",
  attachments=[{"kind": "xlsx", "name": "RoomingList_SEIRYU_STAR_0203.xlsx",
                "sheets": {
                    "Rooming List": [
                        ["MV SEIRYU STAR 乗下船クルー 宿泊者名簿（2025/02/03 IN - 02/05 OUT）"],
                        [],
                        ["Room", "Name", "Nationality", "DOB", "Passport No.", "Sign on/off"],
                        ["Twin-1", "Agus SETIAWAN", "Indonesia", "1988-04-02", "E3947261", "ON"],
                        ["Twin-1", "Rizky PRATAMA", "Indonesia", "1996-10-19", "E5502837", "ON"],
                        ["Twin-2", "Ahmad FAUZI", "Indonesia", "1992-07-07", "E4471908", "OFF"],
                        ["Twin-2", "Dedi KURNIAWAN", "Indonesia", "1985-03-25", "E2816370", "OFF"],
                        ["Single-1", "AUNG KO KO", "Myanmar", "1990-12-01", "MD482917", "ON"],
                        ["Single-2", "MIN THU KYAW", "Myanmar", "1994-06-16", "ME103748", "OFF"],
                    ],
                    "Transport": [
                        ["Date", "From", "To", "Pax", "Remarks"],
                        ["2025-02-03", "NRT T1", "Hotel", "3", "JL8124 arr. 15:40"],
                        ["2025-02-05", "Hotel", "Daikoku Pier", "3", "pick-up 07:00"],
                        ["2025-02-05", "Daikoku Pier", "NRT T1", "3", "GA885 dep. 11:30"],
                    ]}}])

M(id="customs-006", expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
  detectors=["personal_data"],
  note="DOCX family table (5 members, passport numbers and DOB) for unaccompanied baggage sent to the destination mover",
  sender=HASEBE,
  to=["Destination Services <ds.rotterdam@meridian-relocations.com>"],
  subject="SHOJI family - unaccompanied baggage Rotterdam - customs documents",
  charset="utf-8",
  body=f"""Dear Meridian Rotterdam team,

We are the origin customs broker for the SHOJI family shipment (our ref. HS-UB-24-0387,
1x20' container, ETD Tokyo 6 Dec on ONE MINERVA). Attached please find the family
particulars sheet you requested for the Dutch customs relief application
(transfer of residence).

Original passports will be presented by Mr. Shoji at your office on arrival.
{SIG_HASEBE_EN}
""",
  attachments=[{"kind": "docx", "name": "SHOJI_family_particulars.docx",
                "title": "Family particulars - transfer of residence",
                "paragraphs": ["Family particulars (transfer of residence to the Netherlands)",
                               "Shipper: SHOJI Takeshi  /  Employer: Hinode Sangyo Co., Ltd.",
                               "Former address: 1-8-3-1502 Shibaura, Minato-ku, Tokyo"],
                "tables": [[
                    ["Name", "Relationship", "Date of birth", "Passport No.", "Expiry"],
                    ["SHOJI Takeshi", "Self", "1979-09-14", "TK6617025", "2032-05-10"],
                    ["SHOJI Naomi", "Spouse", "1981-02-03", "MU2049381", "2029-11-22"],
                    ["SHOJI Haruto", "Son", "2010-06-21", "TR3392017", "2027-07-01"],
                    ["SHOJI Mio", "Daughter", "2013-11-30", "TS5829034", "2027-07-01"],
                    ["SHOJI Kazuko", "Mother", "1951-04-18", "TZ0938475", "2030-02-14"],
                ]]}])

M(id="customs-007", expect="stop",
  entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
  detectors=["personal_data"],
  note="PPTX proposal whose slide lists 6 staff with private mobiles and e-mails, sent to a partner client",
  sender=TSUGE,
  to=["川崎電機 物流部 須藤部長 <sudo.makoto@kawasaki-denki.co.jp>"],
  cc=["村瀬 健吾 <murase.kengo@hinode-sangyo.co.jp>"],
  subject="24時間通関サポート体制のご提案（資料送付）",
  charset="shift_jis",
  body=f"""川崎電機株式会社
物流部 部長 須藤様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
先日の打合せでご要望いただきました、夜間・休日の緊急通関対応体制について
ご提案資料をお送りいたします。

5ページ目に夜間・休日の当番者と連絡先を記載しております。
ご不明点がございましたら、お気軽にお申し付けください。
{SIG_TSUGE}
""",
  attachments=[{"kind": "pptx", "name": "川崎電機様_24時間通関サポートご提案.pptx",
                "title": "24時間通関サポート体制のご提案",
                "slides": [
                    ["24時間通関サポート体制のご提案", "川崎電機株式会社 御中", "日の出産業株式会社 通関・海運事業部"],
                    ["現状の課題", "・夜間着の航空貨物が翌営業日扱い", "・生産ライン停止リスク（部品在庫1.5日分）"],
                    ["ご提案内容", "・成田／羽田 夜間申告対応（22時まで）", "・休日のNACCS予備審査申告", "・緊急時の保税運送手配"],
                    ["料金", "・夜間割増：通関料の30％", "・休日対応：1件 15,000円"],
                    ["夜間・休日 当番者連絡先", "村瀬 健吾　090-3317-4528　k.murase.home@gmail.com",
                     "小田切 沙織　080-4402-7719　saori.odagiri@icloud.com",
                     "蔵本 大輔　090-8865-1032　d-kuramoto@yahoo.co.jp",
                     "比嘉 美奈　070-2231-5547　mina.higa.0415@gmail.com",
                     "仁科 拓海　080-6190-3384　takumi.n@outlook.jp",
                     "苅谷 恵　090-1275-8806　kariya-megu@docomo.ne.jp"],
                ]}])

_CREW_HOKUTO = [
    ["No.", "Family name, given names", "Rank", "Nationality", "Date of birth", "Place of birth",
     "Passport No."],
    ["1", "NGO VAN DUC", "Master", "Viet Nam", "12/03/1972", "Hai Phong", "B6029174"],
    ["2", "LY THANH SON", "Ch. Officer", "Viet Nam", "05/11/1980", "Nam Dinh", "C2281946"],
    ["3", "TRINH QUANG VINH", "Ch. Engineer", "Viet Nam", "28/07/1975", "Thai Binh", "B8340217"],
    ["4", "DO MINH HIEU", "2nd Officer", "Viet Nam", "19/01/1990", "Hai Duong", "C4091358"],
    ["5", "PHAN VAN KHANH", "2nd Engineer", "Viet Nam", "02/09/1986", "Nghe An", "C3307712"],
    ["6", "HUYNH TAN LOC", "Bosun", "Viet Nam", "23/04/1982", "Ben Tre", "C1058823"],
    ["7", "LAM HOANG NAM", "AB", "Viet Nam", "14/12/1995", "Ca Mau", "C5562049"],
    ["8", "CAO VAN TOAN", "AB", "Viet Nam", "30/06/1993", "Thanh Hoa", "C4873301"],
    ["9", "MAI XUAN DAT", "Oiler", "Viet Nam", "08/02/1997", "Quang Binh", "C6114780"],
    ["10", "TRUONG CONG HAU", "Ch. Cook", "Viet Nam", "17/10/1978", "Hue", "B7390526"],
]

M(id="customs-008", expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
  detectors=["personal_data"],
  note="PDF IMO FAL 5 crew list of 10 (DOB, passport) sent to the port agent in Vietnam",
  sender=KURAMOTO,
  to=["Agency Dept. <agency@saigonport-agency.com.vn>"],
  subject="MV HOKUTO PIONEER V.118 - Crew list (FAL 5) for Cat Lai arrival",
  charset="utf-8",
  body="""Dear Sirs,

Please find attached the crew list (IMO FAL Form 5) of MV HOKUTO PIONEER, V.118,
sailed Nagoya yesterday 2130LT, ETA Cat Lai 26th AM.

Ship's stores list and crew effects declaration will follow from the Master directly.

Best regards,
D. Kuramoto
Hinode Sangyo Co., Ltd. / as agents only
Tel +81-45-211-4880""",
  attachments=[{"kind": "pdf", "name": "HOKUTO_PIONEER_V118_CrewList.pdf",
                "title": "IMO FAL Form 5 Crew List",
                "lines": ["IMO FAL FORM 5  CREW LIST",
                          "Name of ship: HOKUTO PIONEER   IMO 9712408   Flag: Panama",
                          "Port of arrival: Cat Lai, Ho Chi Minh City   Date: 2024-11-26",
                          "Last port: Nagoya, Japan", ""],
                "table": _CREW_HOKUTO}])

M(id="customs-009", expect="stop",
  entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
  detectors=["personal_data"],
  note="plain ZIP holding a CSV of 5 returning employees (address, mobile, private e-mail) and an inventory XLSX",
  sender=IGARASHI,
  to=["燕エクスプレス 国際部 新関様 <niizeki@tsubame-express.co.jp>"],
  subject="帰任者5名 別送品受入れ・国内配送のお願い（資料一式ZIP）",
  charset="utf-8",
  body=f"""燕エクスプレス株式会社 国際部
新関様

お世話になっております。日の出産業の五十嵐でございます。

3月末帰任予定の5名について、海外からの別送品の受入れと国内配送をお願いいたします。
帰国後の住所・連絡先一覧と梱包明細をZIPにまとめましたのでご確認ください。
通関は従来どおり弊社にて横浜で行います。

どうぞよろしくお願いいたします。
{SIG_IGARASHI}
""",
  attachments=[{"kind": "zip", "name": "帰任者別送品_2025春.zip", "files": [
      {"kind": "csv", "name": "帰任者一覧.csv", "encoding": "cp932", "rows": [
          ["氏名", "赴任地", "帰国予定日", "帰国後住所", "携帯", "個人メール"],
          ["九十九 雅人", "ダラス", "2025/03/22", "東京都世田谷区経堂4-17-9", "090-5538-2107", "tsukumo.masato@gmail.com"],
          ["東海林 由紀", "ハンブルク", "2025/03/25", "神奈川県横浜市青葉区美しが丘2-44-3", "080-1124-6690", "yuki.shoji.1983@yahoo.co.jp"],
          ["月見里 大地", "バンコク", "2025/03/28", "千葉県浦安市入船1-5-2-803", "070-3306-1158", "daichi.yamanashi@icloud.com"],
          ["勅使河原 恵美", "ジャカルタ", "2025/03/29", "東京都杉並区阿佐谷南3-20-14", "090-7781-2263", "emi.teshi@outlook.jp"],
          ["五月女 隆", "台北", "2025/03/31", "埼玉県川口市本町2-9-18-1206", "080-9052-3371", "saotome.t@gmail.com"],
      ]},
      {"kind": "xlsx", "name": "梱包明細_まとめ.xlsx", "sheets": {
          "明細": [["帰任者別送品 梱包明細（概算）"], [],
                   ["氏名", "箱数", "主な品目", "申告価額(円)"],
                   ["九十九 雅人", "42", "家具、衣類、書籍", "380,000"],
                   ["東海林 由紀", "35", "衣類、食器、自転車", "260,000"],
                   ["月見里 大地", "18", "衣類、書籍", "90,000"],
                   ["勅使河原 恵美", "27", "衣類、楽器（ピアノ除く）", "150,000"],
                   ["五月女 隆", "22", "衣類、家電", "170,000"]]}},
  ]}])

_DRIVERS = [
    ("小松 正樹", "090-6621-0483", "302107284519", "横浜800 か 12-07"),
    ("寒河江 修", "080-3395-7126", "302014471830", "横浜800 か 33-51"),
    ("上遠野 亮介", "090-4408-9952", "302211608247", "横浜130 は 20-88"),
    ("舟生 武志", "070-5517-2234", "302099035168", "横浜800 か 41-12"),
    ("日向 誠", "080-7740-1186", "302305527731", "横浜130 は 7-06"),
    ("漆原 一樹", "090-2283-6670", "302186340954", "横浜800 か 55-29"),
    ("安房 浩之", "080-6012-4419", "301977215602", "川崎100 あ 18-30"),
]
_drv_rows = "\n".join(
    f"<tr><td>{i}</td><td>{n}</td><td>{t}</td><td>{lic}</td><td>{car}</td></tr>"
    for i, (n, t, lic, car) in enumerate(_DRIVERS, 1))

M(id="customs-010", expect="stop",
  entities=["PERSON_NAME", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
  detectors=["personal_data"],
  note="HTML-only mail with a table of 7 drivers (mobile, driver's licence number) to the terminal operator",
  sender=NISHINA,
  to=["海岸コンテナターミナル ゲート管理 <gate@kaigan-terminal.co.jp>"],
  subject="12/3 搬出 入構予定ドライバー登録のお願い",
  charset="utf-8",
  html=f"""<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10.5pt">
<p>海岸コンテナターミナル株式会社<br>ゲート管理ご担当者様</p>
<p>いつもお世話になっております。日の出産業 業務課の仁科です。</p>
<p>12月3日（火）の実入りコンテナ搬出（ONE APUS 揚げ分、計14本）につき、
入構予定ドライバーの事前登録をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>ドライバー氏名</th><th>携帯</th><th>運転免許証番号</th><th>車両番号</th></tr>
{_drv_rows}
</table>
<p>全員、青葉運輸様の協力会社ドライバーです。入構証の発行をよろしくお願いいたします。</p>
<p>――――――――――――――――――<br>日の出産業株式会社<br>通関・海運事業部　業務課　仁科 拓海<br>TEL 045-211-4879<br>――――――――――――――――――</p>
</body></html>""")

_inner_011 = {
    "sender": "Master SEIRYU MARINER <master.mariner@seiryu-kaiun.co.jp>",
    "to": ["蔵本 大輔 <kuramoto.daisuke@hinode-sangyo.co.jp>"],
    "subject": "Off-signers Yokohama 9 Dec",
    "charset": "utf-8",
    "body": """Dear Agent,

Good day. Following 6 crew will sign off at Yokohama on 9 Dec.
Please arrange launch from anchorage (A-3) at 0900 and hotel.

1. SANTOS, Mark Anthony  / 3/O  / PHL / DOB 1993-02-14 / PP P5120836A
2. REYES, Christopher    / AB   / PHL / DOB 1989-09-09 / PP P3391047B
3. GATCHALIAN, Ferdinand / OLR  / PHL / DOB 1985-05-30 / PP P2675519A
4. TOLENTINO, Jayson     / OS   / PHL / DOB 1998-11-03 / PP P7014462C
5. MERCADO, Rodel        / WPR  / PHL / DOB 1996-07-25 / PP P6652108A
6. AQUINO, Benjie        / MSM  / PHL / DOB 2000-01-19 / PP P7739051B

Luggage approx. 2 pcs each.

Best regards,
Capt. R. Yanagida
Master, MV SEIRYU MARINER""",
}

M(id="customs-011", expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
  detectors=["personal_data"],
  note="master's mail with 6 off-signers (DOB, passport) attached as .eml and forwarded to the launch company",
  sender=KURAMOTO,
  to=["港ランチサービス 配船係 <haisen@minato-launch.co.jp>"],
  subject="転送：12/9 SEIRYU MARINER 下船者6名 ランチ手配",
  charset="iso-2022-jp",
  body=f"""港ランチサービス 配船係 御中

お世話になっております。日の出産業の蔵本です。
12/9（月）09:00、A-3錨地のSEIRYU MARINERから下船者6名の送迎をお願いします。
人数・氏名は本船船長からのメールを添付しますのでご確認ください。
荷物は一人2個程度とのことです。

大さん橋着後はこちらで手配したハイヤーに引き継ぎます。
{SIG_KURAMOTO}
""",
  attachments=[{"kind": "eml", "name": "Off-signers Yokohama 9 Dec.eml", "message": _inner_011}])

M(id="customs-012", expect="stop",
  entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="forward (FW:) of an HR mail whose '>'-quoted part lists 5 employees' home addresses and phones — new to the mover",
  sender=IGARASHI,
  to=["新関 様 <niizeki@tsubame-express.co.jp>"],
  subject="FW: 【人事】4月赴任者 住所・連絡先のご連絡",
  charset="iso-2022-jp",
  body="""新関様

お世話になっております。五十嵐です。
人事から届いた4月赴任者の連絡先です。下見日程の調整にお使いください。
よろしくお願いします。

> -----Original Message-----
> From: 人事部 赴任者担当 <funin@hinode-sangyo.co.jp>
> Sent: Monday, February 17, 2025 10:12 AM
> To: 五十嵐 翔 <igarashi.sho@hinode-sangyo.co.jp>
> Subject: 【人事】4月赴任者 住所・連絡先のご連絡
>
> 五十嵐さん
>
> 4月赴任者の住所・連絡先です。引越業者さんとの調整をお願いします。
>
> ・熊谷 伸一（ミラノ）　〒180-0004 東京都武蔵野市吉祥寺本町3-11-6　090-3304-8271
> ・雲林院 彩（ダラス）　〒213-0001 神奈川県川崎市高津区溝口2-5-17-402　080-5582-1930
> ・仲宗根 洋（バンコク）　〒275-0016 千葉県習志野市津田沼4-8-3　070-2219-6643
> ・及川 紗希（上海）　〒330-0063 埼玉県さいたま市浦和区高砂1-12-1-907　090-6671-0045
> ・八木沼 健（メルボルン）　〒232-0024 神奈川県横浜市南区浦舟町2-27　080-4415-3398
>
> 人事部 赴任者担当
""")

_RET13 = [
    ["氏名", "生年月日", "旅券番号", "帰国便"],
    ["宇佐見　拓郎", "昭和５３年　８月２１日", "ＴＫ４４１８２０９", "ＪＬ７１２"],
    ["宇佐見　明子", "昭和５６年　２月　３日", "ＴＫ４４１８２１０", "ＪＬ７１２"],
    ["瀬戸口　亘", "昭和６２年１１月１９日", "ＭＵ８８０３４６１", "ＮＨ８０６"],
    ["阿久澤　里奈", "平成　２年　４月　７日", "ＴＲ２０５７７３８", "ＳＱ６３８"],
    ["宮古　俊介", "平成　４年１２月２８日", "ＴＺ６６１９０２４", "ＣＸ５２４"],
]

M(id="customs-013", expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
  detectors=["personal_data"],
  note="full-width padded table of 5 returnees with 和暦 DOB and passport numbers in full-width digits to the mover's customs desk",
  sender=IGARASHI,
  to=["星空引越センター 通関デスク <tsukan-desk@hoshizora-hikkoshi.co.jp>"],
  subject="帰任者 別送品申告用 旅券情報（５名）",
  charset="shift_jis",
  body=f"""星空引越センター 通関デスク御中

お世話になっております。日の出産業の五十嵐です。
別送品申告書の作成に必要とのことでしたので、帰任者５名の旅券情報をお送りします。
入国時に「別送品あり」で申告済みです（申告書の写しは別途ＦＡＸいたします）。

{padded(_RET13, fullwidth=True)}

以上、よろしくお願いいたします。
{SIG_IGARASHI}
""")

M(id="customs-014", expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH"],
  detectors=["personal_data"],
  note="bullet list of 6 crew going ashore with nationality and date of birth to the seamen's club shuttle",
  sender=HIGA,
  to=["横浜港船員センター 送迎係 <sougei@minato-seamens-club.or.jp>"],
  subject="ALDEBARAN CREST 上陸者送迎のお願い（11/15）",
  charset="iso-2022-jp",
  body=f"""横浜港船員センター
送迎係 ご担当者様

お世話になっております。日の出産業 海運課の比嘉です。
11/15（金）、大黒ふ頭P-4着岸中のALDEBARAN CRESTより、下記6名が上陸予定です。
18:00に本船タラップ前でのピックアップをお願いいたします。
（上陸許可証は本人が携行します）

・BAUTISTA Jerome（フィリピン／1990年11月2日生）
・VILLANUEVA Arnel（フィリピン／1988年7月29日生）
・MAGBANUA Ricky（フィリピン／1995年1月8日生）
・SALVADOR Noel（フィリピン／1986年12月30日生）
・PANGILINAN Carlo（フィリピン／1997年9月14日生）
・ABUEG Dennis（フィリピン／1981年4月6日生）

帰船は22:30予定です。
{SIG_HIGA}
""")

M(id="customs-015", expect="stop",
  entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="one block per person: 5 private consignees of returned household goods with address and phone to the partner trucker",
  sender=KARIYA,
  to=["青葉運輸 神戸営業所 <kobe@aoba-unyu.co.jp>"],
  subject="別送品 戸配5件（2/14～2/17）",
  charset="utf-8",
  body=f"""青葉運輸 神戸営業所 御中

お世話になっております。日の出産業 神戸営業所の苅谷です。
本日許可となった別送品（帰国者引越荷物）の戸配をお願いします。

【1】受取人：五百旗頭 綾乃 様
　　住所：〒658-0072 兵庫県神戸市東灘区岡本5-3-11
　　電話：078-411-6629
　　希望：2/14 午前　10箱

【2】受取人：丹生谷 誠一 様
　　住所：〒662-0832 兵庫県西宮市甲風園1-9-4-305
　　電話：090-2207-8815
　　希望：2/14 午後　6箱＋自転車1

【3】受取人：Katarzyna Nowak-Ishida 様
　　住所：〒655-0046 兵庫県神戸市垂水区舞子台2-14-30
　　電話：080-6630-4471
　　希望：2/15 指定なし　15箱

【4】受取人：蔀 秀明 様
　　住所：〒673-0892 兵庫県明石市本町1-2-19
　　電話：078-912-5538
　　希望：2/17 午前　8箱

【5】受取人：閏間 京子 様
　　住所：〒664-0858 兵庫県伊丹市西台3-7-12
　　電話：070-4128-9906
　　希望：2/17 夕方（17時以降）　4箱

搬出は六甲アイランドのCFSからです。よろしくお願いします。
{SIG_KARIYA}
""")

_TRAIN = [
    ["氏名", "ふりがな", "生年月日", "携帯", "メール"],
    ["小田切 沙織", "おだぎり さおり", "1989/06/12", "080-4402-7719", "odagiri.saori@hinode-sangyo.co.jp"],
    ["仁科 拓海", "にしな たくみ", "1995/02/27", "080-6190-3384", "nishina.takumi@hinode-sangyo.co.jp"],
    ["比嘉 美奈", "ひが みな", "1992/04/15", "070-2231-5547", "higa.mina@hinode-sangyo.co.jp"],
    ["五十嵐 翔", "いがらし しょう", "1997/10/03", "090-1738-4402", "igarashi.sho@hinode-sangyo.co.jp"],
    ["苅谷 恵", "かりや めぐみ", "1990/08/30", "090-1275-8806", "kariya.megumi@hinode-sangyo.co.jp"],
    ["蔵本 大輔", "くらもと だいすけ", "1986/01/19", "090-8865-1032", "kuramoto.daisuke@hinode-sangyo.co.jp"],
    ["宍戸 真理子", "ししど まりこ", "1984/12/07", "080-2256-9013", "shishido.mariko@hinode-sangyo.co.jp"],
]

M(id="customs-016", expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
  detectors=["personal_data"],
  note="tab-separated list of 7 staff (DOB, mobile, e-mail) pasted in the body for an external training registration",
  sender=SHISHIDO,
  to=["貿易実務研修センター 受付 <uketsuke@boeki-kenshu.or.jp>"],
  subject="AEO制度実務研修（3/6・3/7）受講申込",
  charset="utf-8",
  body=f"""一般社団法人 貿易実務研修センター
受付ご担当者様

お世話になっております。日の出産業株式会社の宍戸と申します。
標記研修につきまして、弊社より下記7名の受講を申し込みます。
（申込フォームの項目どおり、Excelから貼り付けております）

{tsv(_TRAIN)}

受講料は請求書払いでお願いいたします。請求先は弊社 通関・海運事業部 宛です。
{SIG_SHISHIDO}
""")

M(id="customs-017", expect="stop",
  entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
  detectors=["personal_data"],
  note="legacy XLS of 6 Japanese seafarers' personal bank accounts for wage remittance to the partner bank",
  sender=SHISHIDO,
  to=["みどり銀行 横浜支店 法人営業 <yokohama-hojin@midori-ginko.co.jp>"],
  subject="船員給与振込（12月分）明細の送付",
  charset="shift_jis",
  body=f"""みどり銀行 横浜支店
法人営業ご担当 様

いつもお世話になっております。日の出産業の宍戸でございます。
船主（清流海運様）からの委託分、内航船員6名の12月分給与振込の明細をお送りいたします。
振込指定日は12月25日です。総合振込の伝送が今月もシステム更改で使えないため、
お手数ですが従来の明細表（.xls）での受付をお願いいたします。
{SIG_SHISHIDO}
""",
  attachments=[{"kind": "xls", "name": "船員給与振込明細_202412.xls", "sheets": {
      "振込明細": [
          ["船員給与振込明細 2024年12月分（清流海運 内航船 かいよう丸）"],
          ["No", "船員氏名", "職名", "振込先銀行", "支店", "種別", "口座番号", "振込額"],
          [1, "鰺坂 義明", "機関長", "みどり銀行", "川崎支店", "普通", "3318072", 612400],
          [2, "汐崎 陽平", "一等機関士", "横浜湾岸銀行", "本店営業部", "普通", "1049263", 498150],
          [3, "唐沢 潤", "一等航海士", "みどり銀行", "鶴見支店", "普通", "2260915", 521800],
          [4, "波多野 憲司", "甲板長", "ゆうちょ銀行", "〇一八店", "普通", "7734108", 402300],
          [5, "宜保 竜也", "操機長", "南西信用金庫", "那覇支店", "普通", "0815527", 388900],
          [6, "羽生田 光", "司厨長", "みどり銀行", "横須賀支店", "当座", "0091846", 376500],
      ]}}])
# =========================================================================================
# STOP — My Number, card numbers, identity documents
# =========================================================================================

_MN1 = my_number(2301)
M(id="customs-018", expect="stop",
  entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
  detectors=["personal_data"],
  note="one part-time customs assistant's 個人番号 and address sent to the outside accounting office",
  sender=SHISHIDO,
  to=["隅田会計事務所 担当 戸叶様 <tokano@sumida-kaikei.jp>"],
  subject="報酬支払調書の件（通関補助 業務委託分）",
  charset="iso-2022-jp",
  body=f"""隅田会計事務所
戸叶様

お世話になっております。日の出産業の宍戸です。
先日ご依頼のありました、業務委託（通関書類入力）の方の支払調書作成用の情報です。

　氏名：　沓掛 美代子（くつかけ みよこ）
　住所：　〒236-0042 神奈川県横浜市金沢区釜利谷東3-14-2
　個人番号：{_MN1[:4]} {_MN1[4:8]} {_MN1[8:]}
　支払総額：1,284,000円（源泉徴収税額 131,062円）

番号確認書類（通知カードの写し）は来週の訪問時に原本確認でお願いします。
{SIG_SHISHIDO}
""")

_MN2, _MN3, _MN4 = my_number(2302), my_number(2303), my_number(2304)
M(id="customs-019", expect="stop",
  entities=["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"],
  detectors=["personal_data"],
  note="XLSX with three dependants' My Numbers (under five people, but any 個人番号 stops) to a tax accountant",
  sender=IGARASHI,
  to=["港町税理士法人 <info@minatomachi-tax.jp>"],
  subject="海外赴任者 扶養親族の個人番号（年末調整用）",
  charset="utf-8",
  body=f"""港町税理士法人
ご担当者様

お世話になっております。日の出産業の五十嵐です（人事部代理で送付しております）。
1月からシンガポール赴任予定の宇留野の扶養親族について、年末調整用の情報を添付いたします。
ご確認をお願いいたします。
{SIG_IGARASHI}
""",
  attachments=[{"kind": "xlsx", "name": "扶養親族_宇留野.xlsx", "sheets": {
      "扶養親族": [
          ["扶養控除等申告書 記載事項（宇留野 真由美）"],
          ["続柄", "氏名", "生年月日", "個人番号", "同居/別居"],
          ["夫", "宇留野 慎吾", "1980/07/09", _MN2, "同居"],
          ["長女", "宇留野 柚葉", "2012/03/14", _MN3, "同居"],
          ["母", "鮎川 文江", "1952/10/02", _MN4, "別居（仙台）"],
      ]}}])

_CC1 = card_number(2311)
M(id="customs-020", expect="stop",
  entities=["PERSON_NAME", "CREDIT_CARD"],
  detectors=["personal_data"],
  note="guarantee credit card number for a crew booking sent to the partner hotel",
  sender=HIGA,
  to=["さくらホテル横浜 予約課 <reservation-yokohama@sakura-hotel.jp>"],
  subject="Re: 12/9 下船者 当日追加1室（保証カード）",
  charset="iso-2022-jp",
  body=f"""さくらホテル横浜 予約課
高坂様

お電話ありがとうございました。比嘉です。
当日追加のシングル1室（12/9 IN 1泊、SANTOS Mark Anthony様）について、
ギャランティー用のカード情報をお送りします。清算は弊社請求書払いのままでお願いします。

　カード番号：{_CC1[:4]}-{_CC1[4:8]}-{_CC1[8:12]}-{_CC1[12:]}
　有効期限：09/27
　名義：MINA HIGA（法人カード）

よろしくお願いいたします。
{SIG_HIGA}
""")

_CC2 = card_number(2312)
M(id="customs-021", expect="stop",
  entities=["PERSON_NAME", "CREDIT_CARD"],
  detectors=["personal_data"],
  note="an employee's personal card number for excess shipping charges sent to the foreign mover (English)",
  sender=HASEBE,
  to=["Billing - Meridian Houston <billing.hou@meridian-relocations.com>"],
  subject="Re: SHIIBA Koichi - storage in transit, payment",
  charset="utf-8",
  body=f"""Dear Ms. Alvarez,

Thank you for the invoice. As discussed, the 14 days storage-in-transit beyond the
company allowance is at Mr. Shiiba's own cost, and he asked us to pass on his card:

  Card holder : KOICHI SHIIBA
  Card number : {_CC2}
  Expiry      : 04/28

Please charge USD 612.50 and send the receipt to him directly.
{SIG_HASEBE_EN}
""")

M(id="customs-022", expect="stop",
  entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
  detectors=["personal_data"],
  note="one employee's passport number and date of birth sent to the mover for the 別送品 declaration",
  sender=IGARASHI,
  to=["星空引越センター 大庭様 <ohba@hoshizora-hikkoshi.co.jp>"],
  subject="Re: 椎葉様 別送品 旅券情報",
  charset="shift_jis",
  body=f"""大庭様

お世話になっております。五十嵐です。
ご依頼の椎葉の旅券情報です。

　氏名（ローマ字）：SHIIBA KOICHI
　生年月日：1982年5月6日
　旅券番号：TK7302618
　有効期限：2033年3月1日

よろしくお願いいたします。
{SIG_IGARASHI}
""")

M(id="customs-023", expect="stop",
  entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
  detectors=["personal_data"],
  note="one repatriating crew member's passport details sent to the Rotterdam agent (English)",
  sender=HASEBE,
  to=["Ops Rotterdam <ops@noordzee-agency.nl>"],
  subject="Crew repatriation via AMS - 2/E HOANG MINH TRI",
  charset="utf-8",
  body=f"""Dear Jeroen,

The owners have approved the repatriation of one crew member at Rotterdam (family
reasons). Details for the Schengen transit visa letter:

  Name        : HOANG MINH TRI
  Rank        : 2nd Engineer
  Nationality : Viet Nam
  DOB         : 08 Sep 1994
  Passport    : C5039284 (exp. 22 Apr 2032)
  Flight      : KL875 AMS-HAN, 21 Jan

Please let me know if the KMar needs anything else from our side.
{SIG_HASEBE_EN}
""")

M(id="customs-024", expect="stop",
  entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"],
  detectors=["personal_data"],
  note="one driver's licence number sent to the terminal for a bonded-transport gate pass",
  sender=NISHINA,
  to=["海岸コンテナターミナル ゲート管理 <gate@kaigan-terminal.co.jp>"],
  subject="保税運送 ドライバー変更（12/4 09:30枠）",
  charset="utf-8",
  body=f"""ゲート管理ご担当者様

お世話になっております。日の出産業の仁科です。
12/4 09:30枠の保税運送（MSKU 884120-3 → 海岸倉庫 本牧保税蔵置場）のドライバーが変更になりました。

　変更後：寒河江 修
　運転免許証番号：第 302014471830 号
　車両：横浜800 か 33-51

お手数ですが入構登録の差し替えをお願いいたします。
{SIG_NISHINA}
""")

M(id="customs-025", expect="stop",
  entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
  detectors=["personal_data"],
  note="a foreign staff member's residence card number and DOB sent to the bonded warehouse for a pass",
  sender=MURASE,
  to=["海岸倉庫 本牧事業所 総務 <soumu-honmoku@kaigan-soko.co.jp>"],
  subject="保税蔵置場 入場証発行申請（弊社新任者1名）",
  charset="iso-2022-jp",
  body=f"""海岸倉庫株式会社 本牧事業所
総務ご担当者様

いつもお世話になっております。日の出産業の村瀬です。
12月から通関課に配属となった下記1名について、保税蔵置場の入場証発行をお願いいたします。

　氏名：ファム・ティ・トゥー（PHAM THI THU）
　生年月日：1996年3月11日
　国籍：ベトナム
　在留カード番号：UH48213907FA
　在留期限：2027年9月30日

顔写真データは別途お送りします。
{SIG_MURASE}
""")

M(id="customs-026", expect="stop",
  entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"],
  detectors=["personal_data"],
  note="basic pension number of an expatriate for the social-security certificate, sent to an outside 社労士",
  sender=IGARASHI,
  to=["あおぞら社会保険労務士事務所 <office@aozora-sr.jp>"],
  subject="社会保障協定 適用証明書の申請依頼（鬼頭 将太）",
  charset="utf-8",
  body=f"""あおぞら社会保険労務士事務所
堤先生

いつもお世話になっております。日の出産業の五十嵐です。
オランダ赴任予定の鬼頭について、日蘭社会保障協定の適用証明書交付申請をお願いいたします。

　氏名：鬼頭 将太（キトウ ショウタ）
　生年月日：平成3年10月4日
　基礎年金番号：4127-603815
　派遣期間：2025年1月25日～2028年1月24日（予定）
　派遣先：Hinode Sangyo Europe B.V.（Rotterdam）

必要書類に不足があればご連絡ください。
{SIG_IGARASHI}
""")

M(id="customs-027", expect="stop",
  entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
  detectors=["personal_data"],
  note="health insurance card symbol/number of a relocating employee sent to an insurance agency",
  sender=IGARASHI,
  to=["はなみずき保険代理店 海外旅行保険係 <kaigai@hanamizuki-hoken.co.jp>"],
  subject="海外赴任保険 加入手続き（四十物）",
  charset="shift_jis",
  body=f"""はなみずき保険代理店
海外旅行保険係 御中

お世話になっております。日の出産業の五十嵐です。
釜山赴任者の海外赴任保険の加入手続きをお願いします。申込書に必要な項目を記載します。

　被保険者：四十物 千尋（アイモノ チヒロ）
　生年月日：1993年7月22日
　健康保険証：記号 3210045　番号 218
　保険期間：2025/1/24～2026/1/23

申込書原本は本人署名後に郵送いたします。
{SIG_IGARASHI}
""")

# =========================================================================================
# STOP — 要配慮個人情報 of one person
# =========================================================================================

M(id="customs-028", expect="stop",
  entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="crew member's diagnosis and hospitalisation reported to the ship manager (English)",
  sender=HASEBE,
  to=["Crewing - Orient Ship Management <crewing@orient-shipmanagement.com.sg>"],
  subject="MV ALDEBARAN CREST - 2/O hospitalised at Yokohama",
  charset="utf-8",
  body=f"""Dear Capt. Lim,

Further to the Master's report last night, 2/O BAUTISTA, Jerome S. was taken to
Yokohama Kaigan General Hospital at 2310LT. The attending doctor diagnosed acute
appendicitis and he underwent a laparoscopic appendectomy this morning.
Expected in-patient period is 5-7 days; he will not be fit to sail with the vessel.

We will arrange his repatriation once the doctor issues the fit-to-travel note.
The P&I club has been informed.
{SIG_HASEBE_EN}
""")

M(id="customs-029", expect="stop",
  entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="a named crew member's arrest on suspicion of drug smuggling reported to the P&I correspondent",
  sender=KURAMOTO,
  to=["東洋P&Iコレスポンデント 横浜事務所 <yokohama@toyo-pandi.co.jp>"],
  subject="【至急】HOKUTO PIONEER 乗組員の逮捕について",
  charset="iso-2022-jp",
  body=f"""東洋P&Iコレスポンデント 横浜事務所
佐分利様

お世話になっております。日の出産業 海運課の蔵本です。
本日午前の税関による本船検査にて、乗組員1名の私物から覚醒剤様の粉末が発見され、
当該乗組員が覚醒剤取締法違反（密輸）の容疑で現行犯逮捕されました。

　氏名：CAO VAN TOAN（AB、ベトナム国籍）
　身柄：神奈川県警 加賀町警察署
　本船：出港見合わせ（税関の指示待ち）

船主への第一報は済んでおります。弁護士手配についてご相談させてください。
{SIG_KURAMOTO}
""")

M(id="customs-030", expect="stop",
  entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="an employee's epilepsy medication (diagnosis) described to the mover for the personal-effects import",
  sender=IGARASHI,
  to=["燕エクスプレス 国際部 新関様 <niizeki@tsubame-express.co.jp>"],
  subject="帰任者 九十九様 別送品内の医薬品について",
  charset="utf-8",
  body=f"""新関様

お世話になっております。五十嵐です。
九十九様の別送品の中に、本人が服用している抗てんかん薬（ラモトリギン錠、約6か月分）が
含まれているとの連絡がありました。
本人はてんかんの治療中で、米国の主治医の処方箋と英文診断書があります。

1か月分を超えるため、厚生局の輸入確認（薬監証明）が必要になります。
申請は弊社で行いますので、該当の箱番号（#17と#18）を開梱せずに
保税のまま置いておいていただけますでしょうか。
{SIG_IGARASHI}
""")

M(id="customs-031", expect="stop",
  entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="named crew members' religion (Muslim, halal meals, prayer) sent to the partner hotel",
  sender=HIGA,
  to=["さくらホテル横浜 料飲課 <fb-yokohama@sakura-hotel.jp>"],
  subject="2/3～ ご宿泊クルーのお食事について（ハラール対応）",
  charset="iso-2022-jp",
  body=f"""さくらホテル横浜 料飲課
ご担当者様

いつもお世話になっております。日の出産業の比嘉です。
2/3からご宿泊のクルーのうち、Agus SETIAWAN様とAhmad FAUZI様はイスラム教徒のため、
朝食・夕食ともハラール対応（豚肉・アルコール不使用）をお願いできますでしょうか。
また、お二人から礼拝用に静かなスペースをお借りできないかとのご相談がありました。

難しい場合は近隣のハラール認証店をご紹介いただけると助かります。
{SIG_HIGA}
""")

M(id="customs-032", expect="stop",
  entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="an employee's child's disability (手帳の等級, 車いす) described to the mover for duty relief",
  sender=IGARASHI,
  to=["星空引越センター 通関デスク <tsukan-desk@hoshizora-hikkoshi.co.jp>"],
  subject="宇佐見様 別送品 電動車いすの減免税について",
  charset="shift_jis",
  body=f"""通関デスク 御中

お世話になっております。日の出産業の五十嵐です。
宇佐見様の別送品に含まれる電動車いす（米国製、1台）についてです。
ご長男の宇佐見 陸くん（10歳）が脳性まひによる肢体不自由で、身体障害者手帳1級をお持ちです。
身体障害者用物品として関税定率法第16条の減免税を申請する予定ですので、
手帳の写しを入手次第お送りします。

本体とバッテリーは別梱包とのことですので、箱番号を教えていただけますか。
{SIG_IGARASHI}
""")

M(id="customs-033", expect="stop",
  entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="a named crew member was the victim of a robbery; report sent to the ship manager (English)",
  sender=HASEBE,
  to=["Capt. Lim <crewing@orient-shipmanagement.com.sg>"],
  subject="ALDEBARAN CREST - crew member robbed ashore / police report",
  charset="utf-8",
  body=f"""Dear Capt. Lim,

I am sorry to report that OS ESPIRITU, Juanito C. was robbed near Sakuragicho station
last night around 2330LT on his way back to the vessel. Two men took his wallet and
mobile phone; he has a minor bruise on the left arm but did not need hospital treatment.

We accompanied him to Kanagawa Police this morning and a damage report (被害届) was
filed, receipt no. 2024-1118-047. He is shaken but back on board and on duty.

Kindly advise whether the owners wish to advance him cash for a replacement phone.
{SIG_HASEBE_EN}
""")

M(id="customs-034", expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="pre-employment medical (PEME) result of a named seafarer — hypertension, re-test — sent to the manning agency",
  sender=HASEBE,
  to=["Maricel Ocampo <m.ocampo@bayanihan-manning.com.ph>"],
  subject="RE: PEME results - proposed C/O for SEIRYU STAR",
  charset="utf-8",
  body=f"""Dear Ms. Ocampo,

Thank you for the PEME package. Owner's superintendent has reviewed it and has one
concern regarding the proposed Chief Officer:

  Name : DELOS SANTOS, Ramil F.
  DOB  : 1976-10-22
  PEME : BP 168/102 (Stage 2 hypertension), ECG borderline, fasting glucose 131 mg/dL
         -> "fit with restriction, re-check in 3 months"

The owners cannot accept a "fit with restriction" for a 9-month contract. Could you
propose an alternate candidate, or arrange a cardiology re-assessment before 20 Jan?
{SIG_HASEBE_EN}
""")

M(id="customs-035", expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="DOCX accident report with a named worker's diagnosis (fracture, hospital) sent to the cargo insurer",
  sender=MURASE,
  to=["わだつみ損害保険 海上保険部 事故受付 <jiko-uketsuke@wadatsumi-sonpo.co.jp>"],
  subject="事故報告：大黒CFS デバンニング中の負傷事故（証券番号 MC-2024-118830）",
  charset="utf-8",
  body=f"""わだつみ損害保険株式会社
海上保険部 事故受付 御中

いつもお世話になっております。日の出産業の村瀬です。
11/21に大黒CFSで発生した、デバンニング作業中の荷崩れによる負傷事故について、
事故報告書をお送りいたします。貨物損害の申請と併せてご確認をお願いいたします。
{SIG_MURASE}
""",
  attachments=[{"kind": "docx", "name": "事故報告書_大黒CFS_20241121.docx",
                "title": "事故報告書",
                "paragraphs": [
                    "事故報告書",
                    "発生日時：2024年11月21日 14時20分頃",
                    "発生場所：大黒ふ頭CFS 3番バース（海岸倉庫 大黒事業所）",
                    "概要：コンテナ（TCLU 552018-7）開扉時、積付け不良のカートン（家電部品）が崩落し、作業員1名が負傷。",
                    "負傷者：作業員 鬼塚 弘毅（昭和49年6月2日生、海岸倉庫 協力会社 港北作業所所属）",
                    "診断：右橈骨遠位端骨折、右肩打撲（横浜海岸通総合病院 整形外科）。全治約8週間、入院3日の見込み。",
                    "貨物損害：カートン12個外装破損、うち3個内容品破損。",
                ],
                "tables": [[["項目", "内容"], ["B/L No.", "SHA24110873"], ["荷主", "川崎電機株式会社"],
                            ["申告番号", "1052 3874 4120"]]]}])
# =========================================================================================
# STOP — three or more external parties visible to each other
# =========================================================================================

M(id="customs-036", expect="stop",
  entities=[],
  detectors=["external_recipients_visible", "multiple_external_domains"],
  note="vessel delay notice with shipper, carrier, trucker and warehouse (4 external organisations) in To/Cc",
  sender=MURASE,
  to=["川崎電機 物流部 <butsuryu@kawasaki-denki.co.jp>",
      "清流海運 輸入業務課 <import@seiryu-kaiun.co.jp>",
      "青葉運輸 横浜支店 <haisha-yokohama@aoba-unyu.co.jp>"],
  cc=["海岸倉庫 本牧事業所 <honmoku@kaigan-soko.co.jp>"],
  subject="【遅延】ONE APUS 入港遅延に伴う搬出日程の変更",
  charset="iso-2022-jp",
  body=f"""関係各位

お世話になっております。日の出産業 通関課の村瀬です。
ONE APUS（V.047E）は上海での荷役遅延により、横浜入港が12/2（月）→12/4（水）に変更となりました。

　・輸入申告（予備審査済）：入港後、即日本申告予定
　・コンテナ搬出：12/5（木）午前～（14本）
　・海岸倉庫 本牧への搬入：12/5 午後～12/6

青葉運輸様には配車の組み直しをお願いいたします。
変更がありましたら本メールに全員返信でご連絡ください。
{SIG_MURASE}
""")

M(id="customs-037", expect="stop",
  entities=[],
  detectors=["external_recipients_visible", "multiple_external_domains"],
  note="freight quotation request sent to four competing forwarders in To (should have been Bcc)",
  sender=NISHINA,
  to=["営業部 <sales@seiran-logistics.co.jp>",
      "Quotation Desk <quote@pacific-bridge-fwd.com>",
      "海外営業課 <kaigai@kouyou-express.co.jp>",
      "見積窓口 <mitsumori@asahinada-shipping.co.jp>"],
  subject="【見積依頼】横浜→ロッテルダム 40'HC 月4本（2025年度）",
  charset="utf-8",
  body=f"""各位

お世話になっております。日の出産業 業務課の仁科です。
2025年度の欧州向け海上輸送について、下記条件でお見積りをお願いいたします。

　区間：横浜（CY）→ ロッテルダム（CY）
　コンテナ：40'HC ドライ　月4本程度（年間48本）
　貨物：産業用モーター部品（非危険品）
　条件：FOB、フリータイム14日以上希望
　回答期限：12月13日（金）

各社様の回答内容を他社に開示することはございません。
{SIG_NISHINA}
""")

M(id="customs-038", expect="stop",
  entities=[],
  detectors=["external_recipients_visible", "freemail_recipient"],
  note="notice to three employees' families at private Gmail addresses, all visible in To",
  sender=IGARASHI,
  to=["shiiba.family@gmail.com", "urumaru.home@gmail.com", "kito.shota.private@gmail.com"],
  subject="【日の出産業】海外引越 下見日程のご案内",
  charset="utf-8",
  body=f"""ご家族の皆さま

日の出産業 通関・海運事業部の五十嵐です。
ご主人・奥さまの海外赴任に伴うお引越しの件で、ご自宅の下見日程をご案内いたします。
星空引越センターの担当者が伺いますので、ご都合の悪い日がありましたらお知らせください。

　・1月9日（木）〜11日（土）のいずれか、10時〜16時
　・所要時間：1時間程度
　・別送品と船便（航空便）の振り分けをその場でご相談ください

ご不明な点は、五十嵐（045-211-4877）までお気軽にどうぞ。
{SIG_IGARASHI}
""")

M(id="customs-039", expect="stop",
  entities=[],
  detectors=["external_recipients_visible", "multiple_external_domains"],
  note="English circular to three foreign port agents in different countries, all in To/Cc",
  sender=HASEBE,
  to=["Ops <ops@straitspoint-agencies.com.sg>", "Busan Ops <ops@hanbada-agency.co.kr>"],
  cc=["Kaohsiung Agency <agency@formosa-bay-shipping.com.tw>"],
  subject="Year-end holiday schedule - Hinode Sangyo Yokohama / Kobe",
  charset="utf-8",
  body=f"""Dear partners,

Please be advised of our office closure over the year-end holidays:

  Closed : 28 Dec (Sat) - 5 Jan (Sun)
  Emergency line (vessel calls only): +81-45-211-4899

Pre-arrival documents for vessels calling Japan between 28 Dec and 6 Jan should reach
us by 25 Dec. Thank you for your cooperation throughout the year.
{SIG_HASEBE_EN}
""")

M(id="customs-040", expect="stop",
  entities=[],
  detectors=["external_recipients_visible", "multiple_external_domains"],
  note="seminar invitation with five client importers' addresses visible in To",
  sender=TSUGE,
  to=["北国フーズ 物流部 <butsuryu@kitaguni-foods.co.jp>",
      "汐見トレーディング 業務部 <gyomu@shiomi-trading.co.jp>",
      "寿雑貨 輸入課 <yunyu@kotobuki-zakka.co.jp>",
      "川崎電機 物流部 <butsuryu@kawasaki-denki.co.jp>",
      "丸潮水産 管理部 <kanri@maruushio-suisan.co.jp>"],
  subject="【ご案内】2025年 関税改正・EPA原産地規則 説明会（1/24開催）",
  charset="shift_jis",
  body=f"""お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
このたび弊社では、2025年度関税改正およびEPA原産地規則の実務ポイントについて、
お取引先さま向けの説明会を開催いたします。

　日時：2025年1月24日（金）14:00～16:30
　会場：日の出海岸通ビル 8F 会議室（オンライン併用）
　内容：関税改正の概要／RCEP原産地証明の留意点／事後調査の最近の傾向
　参加費：無料

ご参加の場合は1月17日までに本メールへご返信ください。
{SIG_TSUGE}
""")

# =========================================================================================
# STOP — look-alike domains
# =========================================================================================

M(id="customs-041", expect="stop",
  entities=[],
  detectors=["lookalike_domain"],
  note="dispatch request to aoba-unyu-co.jp (hyphen for the dot of the partner's aoba-unyu.co.jp)",
  sender=NISHINA,
  to=["配車係 <haisha@aoba-unyu-co.jp>"],
  subject="配車依頼 12/10 本牧D-5 実入り40' 2本",
  charset="iso-2022-jp",
  body=f"""青葉運輸 配車係 御中

お世話になっております。日の出産業の仁科です。
下記のとおり配車をお願いいたします。

　日時：12/10（火）08:30 本牧D-5 搬出
　コンテナ：TGHU 771029-4、TCNU 340518-2（40'HC）
　配送先：川崎電機 相模原工場 第2倉庫（荷受 13:00まで）
　ブッキング：許可済（申告番号 1052 3990 0871）

よろしくお願いいたします。
{SIG_NISHINA}
""")

M(id="customs-042", expect="stop",
  entities=[],
  detectors=["lookalike_domain"],
  note="internal shift roster sent to hinode-sangyou.co.jp (extra letter in the company's own domain)",
  sender=MURASE,
  to=["小田切 沙織 <odagiri.saori@hinode-sangyou.co.jp>"],
  subject="年末年始 通関当番表（確定版）",
  charset="utf-8",
  body=f"""小田切さん

年末年始の当番表、確定版です。課内への展開をお願いします。

　12/28（土）　村瀬・仁科
　12/29（日）　小田切
　12/30（月）　蔵本（船舶対応のみ）
　1/2（木）　　比嘉
　1/3（金）　　小田切・五十嵐
　1/4（土）　　村瀬

NACCSの休日申告は税関の開庁時間に注意してください。
村瀬
""")

M(id="customs-043", expect="stop",
  entities=[],
  detectors=["lookalike_domain"],
  note="import permit sent to kitaguni-food.co.jp (letter dropped from partner kitaguni-foods.co.jp)",
  sender=ODAGIRI,
  to=["物流部 佐久間様 <sakuma@kitaguni-food.co.jp>"],
  subject="輸入許可通知 冷凍ホタテ貝柱（申告番号 1052 4011 2286）",
  charset="iso-2022-jp",
  body=f"""北国フーズ株式会社
物流部 佐久間様

お世話になっております。日の出産業 通関課の小田切です。
標記貨物、本日15:12に輸入許可となりましたのでご連絡いたします。

　品名：冷凍ホタテ貝柱（HS 0307.22-000）
　数量：1,200ケース / 18,000kg
　関税：無税（EPA税率適用）　消費税等：1,348,200円
　搬出：明日以降可（冷凍倉庫 大黒第3）

許可通知書のPDFは別送いたします。
{SIG_ODAGIRI}
""")

M(id="customs-044", expect="stop",
  entities=[],
  detectors=["lookalike_domain"],
  note="invoice for customs fees sent to kawasaki-denki.com (TLD swap of partner kawasaki-denki.co.jp)",
  sender=SHISHIDO,
  to=["経理部 支払担当 <shiharai@kawasaki-denki.com>"],
  subject="【請求書送付】11月分 通関料・立替関税",
  charset="utf-8",
  body=f"""川崎電機株式会社 経理部
支払ご担当者様

いつもお世話になっております。日の出産業の宍戸です。
11月分の通関料および立替関税・消費税の請求書をお送りいたします。

　請求番号：HS-INV-2411-0382
　請求金額：4,872,630円（税込）
　お支払期限：2024年12月31日

ご確認のほど、よろしくお願いいたします。
{SIG_SHISHIDO}
""",
  attachments=[{"kind": "pdf", "name": "HS-INV-2411-0382.pdf",
                "lines": ["請求書　No. HS-INV-2411-0382", "川崎電機株式会社 御中",
                          "通関料（輸入申告 38件）  444,600円",
                          "立替関税                   1,912,400円",
                          "立替消費税・地方消費税     2,515,630円",
                          "合計                       4,872,630円"]}])

M(id="customs-045", expect="stop",
  entities=[],
  detectors=["lookalike_domain"],
  note="crew room booking sent to sakura-hote1.jp (digit 1 for l in partner sakura-hotel.jp)",
  sender=HIGA,
  to=["予約課 <reservation-yokohama@sakura-hote1.jp>"],
  subject="12/16 クルー宿泊 ツイン2室",
  charset="iso-2022-jp",
  body=f"""さくらホテル横浜 予約課 御中

お世話になっております。日の出産業の比嘉です。
12/16（月）IN、12/17（火）OUTでツイン2室の予約をお願いします。
乗船待ちのクルー4名（HOKUTO PIONEER）です。お名前は確定後お知らせします。

よろしくお願いいたします。
{SIG_HIGA}
""")

M(id="customs-046", expect="stop",
  entities=[],
  detectors=["lookalike_domain"],
  note="duty remittance instruction sent to rnidori-ginko.co.jp ('rn' mimicking 'm' of partner midori-ginko.co.jp)",
  sender=SHISHIDO,
  to=["みどり銀行 横浜支店 <yokohama-hojin@rnidori-ginko.co.jp>"],
  subject="関税等 延納担保の件（ご確認）",
  charset="shift_jis",
  body=f"""みどり銀行 横浜支店
法人営業ご担当 様

お世話になっております。日の出産業の宍戸です。
来年度の関税等延納に係る銀行保証（包括保証、保証限度額 2億円）について、
更新手続きの書類をご準備いただけますでしょうか。
現行保証の期限は2025年3月31日です。

よろしくお願いいたします。
{SIG_SHISHIDO}
""")

M(id="customs-047", expect="stop",
  entities=["PERSON_NAME", "PHONE_NUMBER"],
  detectors=["lookalike_domain", "personal_data"],
  note="list of 5 relocating employees with mobiles sent to aoba-unyu.jp (dropped 'co.' of partner aoba-unyu.co.jp)",
  sender=IGARASHI,
  to=["青葉運輸 引越営業 <hikkoshi@aoba-unyu.jp>"],
  subject="国内引越（赴任者社宅退去）5件 見積依頼",
  charset="utf-8",
  body=f"""青葉運輸 引越営業ご担当者様

お世話になっております。日の出産業の五十嵐です。
海外赴任者の社宅退去に伴う国内移送（トランクルーム預け）の見積をお願いします。
ご本人への連絡は携帯へ直接お願いします。

{padded([["氏名", "社宅", "退去日", "携帯"],
         ["椎葉 浩一", "元住吉社宅302", "1/17", "090-4418-2270"],
         ["鬼頭 将太", "日吉社宅B-11", "1/24", "070-1289-4406"],
         ["駒ケ嶺 亜紀", "船橋社宅1104", "1/19", "090-7752-0381"],
         ["百目鬼 亮", "浦和社宅205", "1/26", "080-6104-9937"],
         ["四十物 千尋", "豊洲社宅2107", "1/23", "090-2236-7718"]])}
{SIG_IGARASHI}
""")

# =========================================================================================
# STOP — confidentiality markings
# =========================================================================================

M(id="customs-048", expect="stop",
  entities=[],
  detectors=["confidential_marking"],
  note="DOCX stamped 社外秘 in its page header (internal classification manual) sent to a client",
  sender=ODAGIRI,
  to=["汐見トレーディング 業務部 梶原様 <kajiwara@shiomi-trading.co.jp>"],
  subject="関税分類の考え方（ご参考資料）",
  charset="utf-8",
  body=f"""汐見トレーディング株式会社
業務部 梶原様

お世話になっております。日の出産業の小田切です。
先日お問い合わせいただいた、樹脂製キッチン用品の関税分類について、
弊社で使っている整理表をご参考までにお送りします。
{SIG_ODAGIRI}
""",
  attachments=[{"kind": "docx", "name": "関税分類整理表_樹脂製品.docx",
                "page_header": "社外秘　日の出産業株式会社 通関課",
                "title": "関税分類整理表（樹脂製品）",
                "paragraphs": ["関税分類整理表（第39類・樹脂製品）",
                               "本表は過去の事前教示回答および審査指摘を基に当課で整理したもの。"],
                "tables": [[["品目", "分類", "根拠・留意点"],
                            ["シリコーン製キッチンツール", "3924.10", "食卓用・台所用品。金属部分が本質的特性を与えない場合"],
                            ["PP製保存容器", "3924.10", "蓋付きでも同項"],
                            ["樹脂製まな板（抗菌剤練込）", "3924.10", "抗菌は分類に影響せず"],
                            ["樹脂製水切りかご（スチール芯）", "要検討", "2023年 事後調査で指摘あり：7323との比較"]]]}])

M(id="customs-049", expect="stop",
  entities=[],
  detectors=["confidential_marking"],
  note="mail stamped 【取扱注意】 at the top (post-clearance audit findings) sent to the partner law firm",
  sender=TSUGE,
  to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
  cc=["村瀬 健吾 <murase.kengo@hinode-sangyo.co.jp>"],
  subject="【取扱注意】税関事後調査の指摘事項について（ご相談）",
  charset="iso-2022-jp",
  body=f"""【取扱注意】

白川法律事務所
白川先生

いつもお世話になっております。日の出産業の柘植です。
11月に実施された横浜税関の事後調査について、講評で以下の指摘を受けました。
修正申告の範囲と、加算税・延滞税の見込みについてご相談させてください。

　1. 無償提供の金型費用（約3,200万円）を課税価格に加算していなかった件（3年分）
　2. EPA税率適用品のうち2件で原産地証明の根拠資料が不十分
　3. 社内規程（通関業務マニュアル）の改訂が未了

来週前半でご都合のよい日時をお知らせいただけますと幸いです。
{SIG_TSUGE}
""")

M(id="customs-050", expect="stop",
  entities=[],
  detectors=["confidential_marking"],
  note="PDF rate sheet stamped CONFIDENTIAL in the page header sent to a foreign agent",
  sender=HASEBE,
  to=["Ops <ops@straitspoint-agencies.com.sg>"],
  subject="Agency fee schedule 2025 - Japan ports",
  charset="utf-8",
  body=f"""Dear Mr. Tan,

As requested, attached is our agency fee schedule for 2025 for your principals'
calls at Tokyo, Yokohama, Nagoya and Kobe.
{SIG_HASEBE_EN}
""",
  attachments=[{"kind": "pdf", "name": "Hinode_AgencyFee_2025.pdf",
                "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                "title": "Agency fee schedule 2025",
                "lines": ["Port agency fee schedule 2025 (JPY)", ""],
                "table": [["Service", "GT < 10,000", "GT 10,000-30,000", "GT > 30,000"],
                          ["Husbandry agency (per call)", "85,000", "120,000", "165,000"],
                          ["Crew change (per person)", "18,000", "18,000", "18,000"],
                          ["Ship's spares clearance", "25,000", "25,000", "25,000"],
                          ["Special discount for principals (net)", "-15%", "-18%", "-22%"]]}])

M(id="customs-051", expect="stop",
  entities=[],
  detectors=["confidential_marking"],
  note="XLSX whose header reads 極秘 (margin analysis for a rate negotiation) sent to the partner trucker",
  sender=NISHINA,
  to=["青葉運輸 横浜支店 営業課 <eigyo-yokohama@aoba-unyu.co.jp>"],
  subject="2025年度 ドレージ料金改定の件",
  charset="utf-8",
  body=f"""青葉運輸 横浜支店 営業課
丹波様

お世話になっております。仁科です。
来年度の料金改定のご提示、ありがとうございました。
社内で試算した資料を添付しますので、来週の打合せでご相談させてください。
{SIG_NISHINA}
""",
  attachments=[{"kind": "xlsx", "name": "ドレージ料金試算_2025.xlsx",
                "page_header": "極秘",
                "sheets": {
                    "試算": [["2025年度 ドレージ料金 改定試算（極秘）"], [],
                             ["区間", "現行", "提示額", "荷主請求", "粗利率(現行)", "粗利率(改定後)"],
                            ["本牧→相模原", 52000, 58500, 64000, "18.8%", "8.6%"],
                            ["大黒→厚木", 48000, 53000, 60000, "20.0%", "11.7%"],
                            ["南本牧→八王子", 61000, 68000, 75000, "18.7%", "9.3%"]],
                    "交渉方針": [["上限", "提示額の-5%で妥結目標。荷主転嫁は4月以降。"]]}}])

M(id="customs-052", expect="stop",
  entities=[],
  detectors=["confidential_marking"],
  note="PPTX with an 'Internal Only' footer on every slide (divisional strategy) sent to an outside consultant",
  sender=TSUGE,
  to=["Bluewave Consulting 岩城様 <iwaki@bluewave-consulting.jp>"],
  subject="中期計画ワークショップ 事前資料",
  charset="utf-8",
  body=f"""岩城様

お世話になっております。柘植です。
来週のワークショップの事前資料として、事業部の中期計画ドラフトをお送りします。
議論の叩き台としてご覧いただければ幸いです。
{SIG_TSUGE}
""",
  attachments=[{"kind": "pptx", "name": "通関海運事業部_中期計画draft.pptx",
                "page_footer": "Internal Only - Hinode Sangyo",
                "slides": [["通関・海運事業部 中期計画 2025-2027（ドラフト）", "2024年12月"],
                           ["現状認識", "・通関件数 年間4.2万件（前年比+6%）", "・船舶代理店：寄港数減少（-9%）"],
                           ["重点施策", "・AEO通関業者の取得", "・神戸営業所の統合検討", "・越境EC小口通関の拡大"],
                           ["数値目標", "・売上 38億円 → 45億円", "・営業利益率 6.1% → 8.0%"]]}])

# =========================================================================================
# STOP — attachments that cannot be read
# =========================================================================================

M(id="customs-053", expect="stop",
  entities=[],
  detectors=["unscannable_attachment"],
  note="password-protected ZIP (PPAP) of a crew list to the Busan agent; contents cannot be inspected",
  sender=KURAMOTO,
  to=["Busan Ops <ops@hanbada-agency.co.kr>"],
  subject="[HOKUTO PIONEER V.119] crew list & crew effects (password to follow)",
  charset="utf-8",
  body="""Dear Mr. Kim,

Attached please find the crew list and crew effects declaration for HOKUTO PIONEER
V.119 in a zipped file. The password will be sent in a separate mail.

Best regards,
D. Kuramoto
Hinode Sangyo Co., Ltd.""",
  attachments=[{"kind": "zip", "name": "HOKUTO_PIONEER_V119.zip", "password": "Hk119#busan",
                "files": [{"kind": "txt", "name": "crewlist.txt",
                           "text": tsv(_CREW_HOKUTO)},
                          {"kind": "txt", "name": "crew_effects.txt",
                           "text": "Crew effects declaration\nNGO VAN DUC: cigarettes 2 cartons\n"}]}])

M(id="customs-054", expect="stop",
  entities=[],
  detectors=["unscannable_attachment"],
  note="encrypted PDF (import permit) sent to the partner importer; cannot be inspected",
  sender=ODAGIRI,
  to=["北国フーズ 物流部 佐久間様 <sakuma@kitaguni-foods.co.jp>"],
  subject="輸入許可通知書（申告番号 1052 4011 2286）PDF送付",
  charset="iso-2022-jp",
  body=f"""北国フーズ株式会社
物流部 佐久間様

お世話になっております。小田切です。
本日許可の輸入許可通知書をPDFでお送りします。
パスワードは従来どおり御社の取引先コードです。
{SIG_ODAGIRI}
""",
  attachments=[{"kind": "pdf", "name": "輸入許可通知書_105240112286.pdf", "password": "KF20417",
                "lines": ["輸入許可通知書", "申告番号 1052 4011 2286", "輸入者 北国フーズ株式会社",
                          "品名 冷凍ホタテ貝柱", "課税価格 13,482,000円"]}])

M(id="customs-055", expect="stop",
  entities=[],
  detectors=["unscannable_attachment"],
  note="corrupt XLSX (stock list) attached to mail for the bonded warehouse; cannot be read",
  sender=NISHINA,
  to=["海岸倉庫 本牧事業所 在庫管理 <zaiko-honmoku@kaigan-soko.co.jp>"],
  subject="保税在庫照合表（11月末）",
  charset="shift_jis",
  body=f"""海岸倉庫 本牧事業所
在庫管理ご担当者様

お世話になっております。日の出産業の仁科です。
11月末時点の保税在庫照合表を添付します。
差異がある場合はコメント欄にご記入のうえご返送ください。
{SIG_NISHINA}
""",
  attachments=[{"kind": "corrupt", "name": "保税在庫照合表_202411.xlsx"}])
# =========================================================================================
# PASS — ordinary business mail, signatures, disclaimers, one contact
# =========================================================================================

M(id="customs-056", expect="pass",
  entities=[],
  detectors=[],
  note="ordinary clearance status mail: B/L, declaration number, HS code, signature with TEL and JP disclaimer",
  sender=ODAGIRI,
  to=["川崎電機 物流部 須藤部長 <sudo.makoto@kawasaki-denki.co.jp>"],
  subject="輸入申告状況のご報告（B/L SHA24110873）",
  charset="iso-2022-jp",
  body=f"""川崎電機株式会社
物流部 須藤部長

いつもお世話になっております。日の出産業 通関課の小田切です。
標記貨物の輸入申告状況をご報告いたします。

　B/L No.：SHA24110873（ONE APUS V.047E）
　申告番号：1052 3874 4120
　品名：ブラシレスDCモーター部品（HS 8503.00-090）
　審査区分：区分2（書類審査）→ 本日14時に許可見込み

許可後、青葉運輸様へ搬出の連絡をいたします。
{SIG_ODAGIRI}
{DISC_JA}
""")

M(id="customs-057", expect="pass",
  entities=[],
  detectors=[],
  note="English mail to a US customs broker naming one consignee business contact; English disclaimer",
  sender=HASEBE,
  to=["Import Desk <import@pacific-gate-brokers.com>"],
  subject="ISF filing - HBL HSYOK2411027 / consignee contact",
  charset="utf-8",
  body=f"""Dear Pacific Gate team,

Please proceed with the ISF (10+2) filing for the shipment below. Vessel cut-off in
Yokohama is 5 Dec, so the ISF must be on file by 3 Dec (US time).

  HBL     : HSYOK2411027
  Vessel  : ONE MINERVA V.033E, ETD Yokohama 6 Dec, ETA Long Beach 18 Dec
  Goods   : Industrial servo motors, HTS 8501.52.8040, 24 pallets
  Importer of record: Kawasaki Denki America Inc.

The consignee's logistics contact is Ms. Jane Holloway, Logistics Manager,
Tel +1-310-555-0142, jane.holloway@kd-america.com.
{SIG_HASEBE_EN}
{DISC_EN}
""")

M(id="customs-058", expect="pass",
  entities=[],
  detectors=[],
  note="reply to the Busan agent; the crew list only appears in '>' quoted text from that agent's own mail",
  sender=KURAMOTO,
  to=["Busan Ops <ops@hanbada-agency.co.kr>"],
  subject="RE: [SEIRYU STAR V.2311E] Crew list - one correction",
  charset="utf-8",
  body=f"""Dear Mr. Kim,

Well noted with thanks. We have corrected the OS's date of birth in our copy as well.

Best regards,
D. Kuramoto

> Dear Mr. Kuramoto,
>
> Thank you for the crew list. Please note one discrepancy against the passport copy:
>
>   09  TRAN DUC HUY  OS  VNM  DOB should be 1996-08-28 (not 08-23)  PP C5920184
>
> Also please confirm the following are unchanged:
>   01  OMINATO MASAMICHI  MASTER  JPN  1968-05-12  TK3958271
>   02  AJISAKA YOSHIAKI   C/E     JPN  1971-08-03  MU4720196
>   03  KARASAWA JUN       C/O     JPN  1985-02-26  TR8061537
>   04  SHIOZAKI YOHEI     1/E     JPN  1987-11-15  TZ1184602
>   05  HOANG MINH TRI     3/O     VNM  1994-09-08  C5039284
>
> Best regards,
> KIM Jae-won / Hanbada Agency, Busan
""")

M(id="customs-059", expect="pass",
  entities=[],
  detectors=[],
  note="reply quoting (under -----Original Message-----) the mover's own mail with customers' addresses",
  sender=IGARASHI,
  to=["新関 様 <niizeki@tsubame-express.co.jp>"],
  subject="RE: 帰任者 配送先の確認",
  charset="utf-8",
  body=f"""新関様

ご確認ありがとうございます。記載の内容で相違ございません。
配送日程が決まりましたら、またご連絡ください。

五十嵐

-----Original Message-----
From: 新関 <niizeki@tsubame-express.co.jp>
Sent: Tuesday, March 18, 2025 4:02 PM
To: 五十嵐 翔 <igarashi.sho@hinode-sangyo.co.jp>
Subject: 帰任者 配送先の確認

五十嵐様

お世話になっております。燕エクスプレスの新関です。
配送先を下記で手配してよろしいでしょうか。

九十九 雅人 様　東京都世田谷区経堂4-17-9　090-5538-2107
東海林 由紀 様　神奈川県横浜市青葉区美しが丘2-44-3　080-1124-6690
月見里 大地 様　千葉県浦安市入船1-5-2-803　070-3306-1158
勅使河原 恵美 様　東京都杉並区阿佐谷南3-20-14　090-7781-2263
五月女 隆 様　埼玉県川口市本町2-9-18-1206　080-9052-3371

燕エクスプレス株式会社 国際部 新関
""")

M(id="customs-060", expect="pass",
  entities=[],
  detectors=[],
  note="mail about a 秘密保持契約 draft with a new client: talk about confidentiality, no marking, no personal data",
  sender=MURASE,
  to=["寿雑貨 管理部 法務担当 <houmu@kotobuki-zakka.co.jp>"],
  subject="秘密保持契約書（案）について",
  charset="shift_jis",
  body=f"""寿雑貨株式会社
管理部 法務ご担当者様

お世話になっております。日の出産業の村瀬です。
通関業務委託の開始にあたり、御社よりご提示いただいた秘密保持契約書（案）を拝見しました。
弊社からのコメントは以下のとおりです。

　・第2条（機密情報の定義）：口頭で開示された情報は、30日以内に書面で特定したものに限定したい
　・第5条（有効期間）：契約終了後3年 → 通関業法上の保存期間に合わせ5年で異存なし
　・第8条（返還・廃棄）：通関業法で保存義務のある書類は対象外とする旨を追記希望

修正版を弊社法務で作成のうえ、来週中にお送りいたします。
{SIG_MURASE}
""")

M(id="customs-061", expect="pass",
  entities=[],
  detectors=[],
  note="list of customs offices and our branches (offices, not people) with switchboard numbers",
  sender=KARIYA,
  to=["丸潮水産 管理部 <kanri@maruushio-suisan.co.jp>"],
  subject="申告官署と弊社窓口の一覧",
  charset="utf-8",
  body=f"""丸潮水産株式会社
管理部 ご担当者様

お世話になっております。日の出産業 神戸営業所の苅谷です。
ご依頼のありました、貨物の揚地ごとの申告官署と弊社窓口の一覧です。

{padded([["揚地", "申告官署", "弊社窓口", "代表電話"],
         ["横浜", "横浜税関 本関", "本社 通関課", "045-211-4860"],
         ["東京", "東京税関 大井出張所", "本社 通関課", "045-211-4860"],
         ["神戸", "神戸税関 六甲アイランド出張所", "神戸営業所", "078-331-5520"],
         ["大阪", "大阪税関 南港出張所", "神戸営業所", "078-331-5520"],
         ["名古屋", "名古屋税関 飛島出張所", "名古屋駐在", "052-398-6610"]])}

冷凍品は冷蔵倉庫の所在地で官署が変わることがありますので、都度ご相談ください。
{SIG_KARIYA}
""")

M(id="customs-062", expect="pass",
  entities=[],
  detectors=[],
  note="English list of bonded warehouses / CFS (businesses) with switchboards to a foreign agent",
  sender=HASEBE,
  to=["Ops <ops@straitspoint-agencies.com.sg>"],
  subject="Bonded warehouses / CFS in Yokohama - for your principals",
  charset="utf-8",
  body=f"""Dear Mr. Tan,

As requested, here are the CFS / bonded warehouses we normally use in Yokohama:

{padded([["Facility", "Location", "Reefer", "Main line"],
         ["Kaigan Soko Honmoku", "Honmoku Pier D", "No", "+81-45-622-3100"],
         ["Kaigan Soko Daikoku No.3", "Daikoku Pier", "Yes (-25C)", "+81-45-504-2270"],
         ["Minami-Honmoku CFS", "Minami-Honmoku", "No", "+81-45-628-8815"],
         ["Yamashita Bonded WH", "Yamashita-cho", "No", "+81-45-641-0092"]])}

Free time and tariffs differ; we can quote case by case.
{SIG_HASEBE_EN}
""")

M(id="customs-063", expect="pass",
  entities=["PERSON_NAME", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="three attendees for a vessel boarding with their mobiles to the terminal — under five people (may warn)",
  sender=KURAMOTO,
  to=["海岸コンテナターミナル 保安管理 <hoan@kaigan-terminal.co.jp>"],
  subject="12/12 本船訪船者 入構申請（3名）",
  charset="iso-2022-jp",
  body=f"""海岸コンテナターミナル 保安管理ご担当者様

お世話になっております。日の出産業の蔵本です。
12/12（木）10:00～12:00、D-5着岸のONE APUSへの訪船者入構をお願いします。

　1. 蔵本 大輔（日の出産業）　携帯 080-5921-3307
　2. 丸岡 周平（東海サーベイ 検査員）　携帯 090-6648-2071
　3. 江頭 仁（東海サーベイ 検査員）　携帯 070-3318-5590

目的：貨物損傷に関するハッチサーベイ立会い
{SIG_KURAMOTO}
""")

M(id="customs-064", expect="pass",
  entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
  detectors=["personal_data"],
  note="two employees' delivery addresses and phones to the mover — under five records (may warn)",
  sender=IGARASHI,
  to=["星空引越センター 大庭様 <ohba@hoshizora-hikkoshi.co.jp>"],
  subject="別送品 国内配送先（2件）",
  charset="utf-8",
  body=f"""大庭様

お世話になっております。五十嵐です。
許可済みの別送品2件、下記へ配送をお願いします。

■宇佐見 拓郎 様
　〒239-0831 神奈川県横須賀市久里浜4-6-21
　TEL 080-3372-1596
　希望日：3/8（土）午前

■瀬戸口 亘 様
　〒104-0053 東京都中央区晴海2-3-30-3112
　TEL 090-2684-0337
　希望日：3/9（日）午後

よろしくお願いいたします。
{SIG_IGARASHI}
""")

M(id="customs-065", expect="pass",
  entities=["PERSON_NAME", "DATE_OF_BIRTH"],
  detectors=["personal_data"],
  note="four waiting crew with nationality and DOB to the partner hotel — four records, no ID numbers (may warn)",
  sender=HIGA,
  to=["さくらホテル横浜 予約課 <reservation-yokohama@sakura-hotel.jp>"],
  subject="Re: 12/16 クルー宿泊 ツイン2室 お名前のご連絡",
  charset="iso-2022-jp",
  body=f"""さくらホテル横浜 予約課
高坂様

お世話になっております。比嘉です。
12/16 IN のツイン2室、ご宿泊者が確定しましたのでお知らせします。

　Twin-A：DO MINH HIEU（ベトナム、1990/01/19）、LAM HOANG NAM（ベトナム、1995/12/14）
　Twin-B：MAI XUAN DAT（ベトナム、1997/02/08）、HUYNH TAN LOC（ベトナム、1982/04/23）

チェックインは成田着後、19時頃の予定です。
{SIG_HIGA}
""")

# =========================================================================================
# PASS — internal only, whatever it carries
# =========================================================================================

M(id="customs-066", expect="pass",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
  detectors=[],
  note="internal-only: full crew list with passports sent between colleagues",
  sender=KURAMOTO,
  to=["比嘉 美奈 <higa.mina@hinode-sangyo.co.jp>"],
  cc=["村瀬 健吾 <murase.kengo@hinode-sangyo.co.jp>"],
  subject="SEIRYU STAR 最新クルーリスト（入管提出用）",
  charset="utf-8",
  body=f"""比嘉さん

入管提出用のクルーリストです。船長の旅券更新分を反映済みです。
乗下船者の差し替えが出たら教えてください。

{padded(_CREW_SEIRYU)}

蔵本
""")

_MN5 = my_number(2305)
M(id="customs-067", expect="pass",
  entities=["PERSON_NAME", "JP_MY_NUMBER"],
  detectors=[],
  note="internal-only: a new part-timer's My Number sent to HR inside the company",
  sender=SHISHIDO,
  to=["人事部 労務グループ <roumu@hinode-sangyo.co.jp>"],
  subject="新規アルバイト（通関書類入力）個人番号の提出",
  charset="iso-2022-jp",
  body=f"""人事部 労務グループ御中

業務管理の宍戸です。
1月から勤務のアルバイト1名の個人番号です。本人確認書類は社内便で送付済みです。

　氏名：沓沢 ひとみ
　個人番号：{_MN5}

よろしくお願いします。
宍戸
""")

M(id="customs-068", expect="pass",
  entities=[],
  detectors=[],
  note="internal-only: 社外秘-stamped audit report shared within the division",
  sender=TSUGE,
  to=["通関・海運事業部 課長会 <kachokai-tsukan@hinode-sangyo.co.jp>"],
  subject="【社外秘】事後調査 講評メモ",
  charset="utf-8",
  body="""【社外秘】

課長各位

11月の事後調査の講評メモを共有します。外部への転送は禁止です。
白川法律事務所へは私から相談済みです。

1. 金型費用の加算漏れ（3年分）→ 修正申告予定
2. EPA原産地根拠資料の不備（2件）
3. 通関業務マニュアルの改訂遅れ

柘植
""",
  attachments=[{"kind": "docx", "name": "事後調査_講評メモ.docx", "page_header": "社外秘",
                "paragraphs": ["事後調査 講評メモ（2024年11月）",
                               "調査官の指摘事項と今後の対応を以下に整理する。"]}])

M(id="customs-069", expect="pass",
  entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=[],
  note="internal-only (mail. subdomain): a crew member's hospitalisation and diagnosis shared inside the company",
  sender=HASEBE,
  to=["柘植 隆之 <tsuge.takayuki@mail.hinode-sangyo.co.jp>"],
  subject="ALDEBARAN CREST 2/O 入院の件（報告）",
  charset="utf-8",
  body="""柘植部長

ご報告です。ALDEBARAN CRESTの二等航海士 BAUTISTA Jerome 氏が昨夜、
急性虫垂炎で横浜海岸通総合病院に救急搬送され、本日手術を受けました。
入院は1週間程度の見込みで、本船には乗れません。船主・P&Iには連絡済みです。

送還手配は回復次第こちらで行います。

長谷部
""")

M(id="customs-070", expect="pass",
  entities=[],
  detectors=["multiple_external_domains"],
  note="two partner organisations (trucker in To, importer in Cc) about a reefer delivery: normal three-way mail",
  sender=ODAGIRI,
  to=["青葉運輸 横浜支店 配送課 <haiso-yokohama@aoba-unyu.co.jp>"],
  cc=["北国フーズ 物流部 佐久間様 <sakuma@kitaguni-foods.co.jp>"],
  subject="冷凍コンテナ 搬出・配送のお願い（北国フーズ様 ホタテ）",
  charset="iso-2022-jp",
  body=f"""青葉運輸 横浜支店 配送課 御中
（cc：北国フーズ 佐久間様）

お世話になっております。日の出産業の小田切です。
北国フーズ様の冷凍ホタテ（許可済）について、下記のとおり配送をお願いします。

　コンテナ：SEGU 940217-6（40'RF、設定温度 -20℃）
　搬出：12/6（金）09:00 大黒C-4
　納品先：北国フーズ 川崎冷凍センター（受付 14:00まで）

佐久間様、納品時間帯に変更があればご連絡ください。
{SIG_ODAGIRI}
""")

M(id="customs-071", expect="pass",
  entities=[],
  detectors=["multiple_external_domains"],
  note="meeting arrangement with a shipper and the carrier (two external organisations)",
  sender=MURASE,
  to=["川崎電機 物流部 須藤部長 <sudo.makoto@kawasaki-denki.co.jp>"],
  cc=["清流海運 営業部 <eigyo@seiryu-kaiun.co.jp>", "仁科 拓海 <nishina.takumi@hinode-sangyo.co.jp>"],
  subject="2025年度 輸送契約の打合せ日程について",
  charset="utf-8",
  body=f"""須藤部長
清流海運 営業部 ご担当者様

お世話になっております。日の出産業の村瀬です。
2025年度の輸送契約について、三者での打合せを下記日程でお願いできればと存じます。

　候補1：12/17（火）14:00～
　候補2：12/19（木）10:00～
　場所：弊社 8F会議室（Teams併用可）

ご都合をお知らせいただけますと幸いです。
{SIG_MURASE}
""")

M(id="customs-072", expect="pass",
  entities=[],
  detectors=["freemail_recipient"],
  note="one private Gmail recipient (a relocating employee) about her own shipment schedule",
  sender=IGARASHI,
  to=["宇留野 真由美 <urumaru.home@gmail.com>"],
  subject="別送品の到着予定について",
  charset="utf-8",
  body=f"""宇留野さん

日の出産業の五十嵐です。ご自宅のアドレスに失礼します。
シンガポール向けの別送品ですが、本船（WAN HAI 312）が2/4にシンガポール着の予定です。
現地での通関後、2/7～2/10の間にお届けとなる見込みです。

現地業者（Meridian Singapore）から日程調整の連絡が入りますので、
ご対応をお願いします。何かあれば私の携帯（社用 080-1953-2271）までどうぞ。

五十嵐
""")

M(id="customs-073", expect="pass",
  entities=[],
  detectors=["freemail_recipient"],
  note="answer to a private importer on Yahoo mail about duty on a personal import; no personal data beyond the recipient",
  sender=ODAGIRI,
  to=["tomoaki.h1979@yahoo.co.jp"],
  subject="Re: 個人輸入（中古バイク）の関税について",
  charset="shift_jis",
  body=f"""お問い合わせいただいた件について回答いたします。

個人使用目的での中古二輪車の輸入は、関税は無税ですが、消費税・地方消費税（10％）が
課税価格（購入価格＋運賃＋保険料）に対してかかります。
また、通関後に陸運局での予備検査・排ガス試験が必要となる場合があります。

弊社で通関をお受けする場合の料金は、通関料11,800円（税別）＋実費となります。
インボイスと船荷証券の写しが届きましたら、お見積りいたします。
{SIG_ODAGIRI}
""")

M(id="customs-074", expect="pass",
  entities=[],
  detectors=[],
  note="monthly statistics of declarations by port and HS chapter — numbers, no people",
  sender=SHISHIDO,
  to=["川崎電機 物流部 須藤部長 <sudo.makoto@kawasaki-denki.co.jp>"],
  subject="11月度 通関実績レポート",
  charset="utf-8",
  body=f"""須藤部長

お世話になっております。日の出産業の宍戸です。
11月度の御社向け通関実績をご報告いたします。

{padded([["官署", "輸入申告", "輸出申告", "区分1", "区分2", "区分3"],
         ["横浜本関", "28", "41", "22", "5", "1"],
         ["大井", "6", "3", "6", "0", "0"],
         ["成田", "4", "12", "3", "1", "0"],
         ["合計", "38", "56", "31", "6", "1"]])}

HS類別（輸入）：第85類 24件、第84類 9件、第39類 3件、その他 2件
区分3（検査）1件は、原産地表示の確認によるものでした。
{SIG_SHISHIDO}
""")

M(id="customs-075", expect="pass",
  entities=[],
  detectors=[],
  note="crew change statistics by nationality for the ship manager — counts only, no names",
  sender=HASEBE,
  to=["Capt. Lim <crewing@orient-shipmanagement.com.sg>"],
  subject="Crew changes handled in Japan - 2024 summary",
  charset="utf-8",
  body=f"""Dear Capt. Lim,

Please find below the summary of crew changes we handled for your fleet in 2024.

{padded([["Port", "On-signers", "Off-signers", "PHL", "VNM", "IDN", "MMR", "JPN"],
         ["Yokohama", "64", "61", "71", "28", "14", "8", "4"],
         ["Kobe", "22", "25", "19", "17", "6", "3", "2"],
         ["Nagoya", "9", "7", "10", "4", "2", "0", "0"]])}

Average lead time from request to sign-on: 4.2 days. Three cases required
hospital visits; details were reported at the time.
{SIG_HASEBE_EN}
""")

M(id="customs-076", expect="pass",
  entities=[],
  detectors=[],
  note="brokerage price list (XLSX) to a prospective client — no people",
  sender=MURASE,
  to=["寿雑貨 輸入課 <yunyu@kotobuki-zakka.co.jp>"],
  subject="通関料金表のご送付",
  charset="iso-2022-jp",
  body=f"""寿雑貨株式会社 輸入課 御中

お世話になっております。日の出産業の村瀬です。
先日のお打合せでお話しした通関料金表をお送りいたします。
月間件数に応じたボリュームディスカウントもご用意しております。
{SIG_MURASE}
""",
  attachments=[{"kind": "xlsx", "name": "通関料金表_2025.xlsx", "sheets": {
      "料金表": [["通関料金表（2025年1月～）"], ["項目", "単位", "料金（税別）"],
                 ["輸入申告（海上）", "1件", "11,800円"], ["輸入申告（航空）", "1件", "11,800円"],
                 ["輸出申告", "1件", "5,900円"], ["他法令確認（食品等）", "1件", "6,500円"],
                 ["EPA原産地確認", "1件", "3,000円"], ["保税運送申告", "1件", "4,500円"]],
      "割引": [["月間件数", "割引率"], ["20～49件", "5%"], ["50件以上", "10%"]]}}])

M(id="customs-077", expect="pass",
  entities=[],
  detectors=[],
  note="container and tracking numbers in a padded table — looks like a list, but no people",
  sender=NISHINA,
  to=["汐見トレーディング 業務部 梶原様 <kajiwara@shiomi-trading.co.jp>"],
  subject="12月入港分 コンテナ一覧とステータス",
  charset="utf-8",
  body=f"""梶原様

お世話になっております。仁科です。
12月入港分のステータスです。

{padded([["Container", "B/L", "Vessel", "ETA", "Status"],
         ["TCLU 552018-7", "SHA24110873", "ONE APUS 047E", "12/04", "許可済"],
         ["MSKU 884120-3", "NGB2411562", "KOTA LAYANG 122N", "12/07", "申告中"],
         ["SEGU 940217-6", "DLC2411038", "SITC HAKATA 2412", "12/09", "予備審査済"],
         ["TGHU 771029-4", "QIN2411904", "WAN HAI 312 N", "12/12", "書類待ち"],
         ["BEAU 402816-0", "SHA24120017", "ONE APUS 049E", "12/18", "書類待ち"],
         ["CAIU 661380-5", "KAO2412033", "TS KEELUNG 24E", "12/20", "未着"]])}

書類待ちの2本は、インボイスの修正版を至急お願いします。
{SIG_NISHINA}
""")

M(id="customs-078", expect="pass",
  entities=[],
  detectors=[],
  note="English port call coordination with signature and the standard confidentiality disclaimer",
  sender=HASEBE,
  to=["Agency Dept. <agency@saigonport-agency.com.vn>"],
  subject="HOKUTO PIONEER V.119 - Yokohama port call arrangements",
  charset="utf-8",
  body=f"""Dear Ms. Trang,

Thank you for the pre-arrival documents. Yokohama call arrangements are as follows:

  ETA     : 2 Jan 0600LT (pilot on board 0530)
  Berth   : Honmoku D-5, starboard side alongside
  Cargo   : discharge 212 TEU / load 186 TEU
  ETD     : 3 Jan 2200LT (subject to cargo ops)

Fresh water 150 MT and provisions are booked with the chandler.
{SIG_HASEBE_EN}
{DISC_EN}
""")

M(id="customs-079", expect="pass",
  entities=[],
  detectors=[],
  note="mentions 社外秘 (declines to send an internal document) — a mention, not a marking",
  sender=MURASE,
  to=["汐見トレーディング 業務部 梶原様 <kajiwara@shiomi-trading.co.jp>"],
  subject="Re: 関税分類の整理表について",
  charset="iso-2022-jp",
  body=f"""梶原様

お世話になっております。村瀬です。
先日小田切からお送りした整理表ですが、社外秘扱いの社内資料が誤って添付されておりました。
大変申し訳ございませんが、破棄していただけますでしょうか。

代わりに、公開されている関税率表解説と分類例規の該当箇所をご案内いたします。
　・第39類 注2、39.24項の解説
　・分類例規 3924.10 関係
{SIG_MURASE}
""")

M(id="customs-080", expect="pass",
  entities=[],
  detectors=[],
  note="announcement to six clients sent Bcc (To: own address) — recipients cannot see each other",
  sender=TSUGE,
  to=["通関・海運事業部 <tsukan-kaiun@hinode-sangyo.co.jp>"],
  bcc=["butsuryu@kitaguni-foods.co.jp", "gyomu@shiomi-trading.co.jp", "yunyu@kotobuki-zakka.co.jp",
       "butsuryu@kawasaki-denki.co.jp", "kanri@maruushio-suisan.co.jp", "import@hokusei-kikai.co.jp"],
  subject="【ご案内】NACCS更改に伴う年末の申告受付について",
  charset="shift_jis",
  body=f"""お取引先各位（Bccにて失礼いたします）

平素より格別のご高配を賜り、誠にありがとうございます。
NACCSのシステム更改に伴い、12月27日（金）17時以降の申告受付を停止いたします。
年内許可が必要な貨物は、12月25日までに書類をお送りいただきますようお願い申し上げます。
{SIG_TSUGE}
""")

_CN1 = corp_no("020001087435")
M(id="customs-081", expect="pass",
  entities=["JP_CORPORATE_NUMBER"],
  detectors=[],
  note="invoice mail with the company's registration (T) number and company bank account — business data only",
  sender=SHISHIDO,
  to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
  subject="請求書（HS-INV-2411-0417）送付のご案内",
  charset="utf-8",
  body=f"""北国フーズ株式会社 経理部 御中

いつもお世話になっております。日の出産業の宍戸です。
11月分のご請求書を添付いたします。

　請求金額：1,842,960円（税込）
　お支払期限：2024年12月31日
　お振込先：みどり銀行 横浜支店 当座 0128845 ヒノデサンギョウ（カ
　登録番号：T{_CN1}
{SIG_SHISHIDO}
""",
  attachments=[{"kind": "pdf", "name": "HS-INV-2411-0417.pdf",
                "lines": ["請求書　No. HS-INV-2411-0417", "北国フーズ株式会社 御中",
                          f"日の出産業株式会社　登録番号 T{_CN1}",
                          "通関料（輸入 12件）  141,600円", "立替消費税  1,533,160円",
                          "消費税（10%）  14,160円", "合計  1,842,960円"]}])

_CN2 = corp_no("430001026618")
M(id="customs-082", expect="pass",
  entities=["JP_CORPORATE_NUMBER"],
  detectors=[],
  note="draft import declaration (PDF) with the importer's 法人番号 and goods data — no people",
  sender=ODAGIRI,
  to=["丸潮水産 管理部 <kanri@maruushio-suisan.co.jp>"],
  subject="輸入申告控（案）ご確認のお願い",
  charset="iso-2022-jp",
  body=f"""丸潮水産株式会社 管理部 御中

お世話になっております。小田切です。
明日申告予定の冷凍サバについて、申告控の案をお送りします。
品名・数量・課税価格にお間違いがないかご確認ください。
{SIG_ODAGIRI}
""",
  attachments=[{"kind": "pdf", "name": "輸入申告控_案_冷凍サバ.pdf",
                "lines": ["輸入申告控（案）", f"輸入者：丸潮水産株式会社（法人番号 {_CN2}）",
                          "仕出人：NORDHAV SEAFOOD AS（Norway）", "B/L：OSL2411207"],
                "table": [["欄", "品名", "HS", "数量", "課税価格", "関税率"],
                          ["1", "冷凍サバ（ラウンド）", "0303.54-010", "24,000kg", "10,560,000円", "7%（EPA 0%）"]]}])

M(id="customs-083", expect="pass",
  entities=[],
  detectors=[],
  note="XLSX cargo manifest summary listing shipper and consignee companies — businesses, not people",
  sender=KURAMOTO,
  to=["Busan Ops <ops@hanbada-agency.co.kr>"],
  subject="SEIRYU STAR V.2312E - cargo manifest summary (Yokohama loading)",
  charset="utf-8",
  body="""Dear Mr. Kim,

Attached the manifest summary for Yokohama loading, for your transshipment planning.

Regards,
D. Kuramoto
Hinode Sangyo Co., Ltd.""",
  attachments=[{"kind": "xlsx", "name": "SEIRYU_STAR_V2312E_manifest_summary.xlsx", "sheets": {
      "Summary": [["SEIRYU STAR V.2312E  Yokohama loading - manifest summary"], [],
                  ["B/L", "Shipper", "Consignee", "Cntr", "Weight(kg)", "POD"],
                  ["HSYOK2412001", "Kawasaki Denki Co., Ltd.", "KD Korea Co., Ltd.", "2x40HC", "31,200", "Busan"],
                  ["HSYOK2412002", "Hokusei Kikai Co., Ltd.", "Daesan Machinery", "1x20GP", "18,400", "Busan"],
                  ["HSYOK2412003", "Shiomi Trading Co., Ltd.", "Hanil Retail Corp.", "1x40GP", "9,870", "Busan"],
                  ["HSYOK2412004", "Kitaguni Foods Co., Ltd.", "Seoul Fresh Inc.", "1x40RF", "24,500", "Busan"],
                  ["HSYOK2412005", "Kotobuki Zakka Co., Ltd.", "Pusan Living Co.", "1x20GP", "6,310", "Busan"]]}}])

M(id="customs-084", expect="pass",
  entities=[],
  detectors=[],
  note="DOCX procedure for personal-effects clearance — no people, no marking",
  sender=IGARASHI,
  to=["燕エクスプレス 国際部 新関様 <niizeki@tsubame-express.co.jp>"],
  subject="別送品通関の手順書（改訂版）",
  charset="utf-8",
  body=f"""新関様

お世話になっております。五十嵐です。
別送品通関の流れを手順書にまとめ直しました。御社のお客様向け案内にもご利用ください。
{SIG_IGARASHI}
""",
  attachments=[{"kind": "docx", "name": "別送品通関の手順_v3.docx",
                "paragraphs": ["別送品通関の手順（第3版）",
                               "1. 入国時、携帯品・別送品申告書を2部提出し、税関の確認印を受ける。",
                               "2. 確認印のある申告書（控）を引越業者経由で弊社へ送付。",
                               "3. 貨物到着後、弊社が輸入（納税）申告を行う。",
                               "4. 免税範囲を超える品目は課税。酒・たばこは数量制限に注意。",
                               "5. 医薬品・化粧品は数量により薬監証明が必要。"],
                "tables": [[["書類", "準備する人", "期限"],
                            ["別送品申告書（確認印付）", "ご本人", "入国後すぐ"],
                            ["パッキングリスト", "引越業者", "搬出時"],
                            ["B/L（またはAWB）", "引越業者", "本船出港後"]]]}])

M(id="customs-085", expect="pass",
  entities=[],
  detectors=[],
  note="mentions one client business contact (name, department, direct line) — a business contact, not a list",
  sender=NISHINA,
  to=["青葉運輸 横浜支店 配送課 <haiso-yokohama@aoba-unyu.co.jp>"],
  subject="納品先の窓口変更について（北国フーズ様 川崎冷凍センター）",
  charset="iso-2022-jp",
  body=f"""青葉運輸 横浜支店 配送課 御中

お世話になっております。日の出産業の仁科です。
北国フーズ様 川崎冷凍センターの受入窓口が12月から変更になるとのことです。

　新窓口：北国フーズ 川崎冷凍センター 入荷係 佐久間様
　直通：044-276-8830（平日 8:00～17:00）

到着30分前の連絡を新窓口にお願いいたします。
{SIG_NISHINA}
""")

M(id="customs-086", expect="pass",
  entities=[],
  detectors=[],
  note="forward of a carrier's schedule mail — new text, but only vessel schedule, no people",
  sender=NISHINA,
  to=["寿雑貨 輸入課 <yunyu@kotobuki-zakka.co.jp>"],
  subject="FW: 【清流海運】1月 上海航路 配船スケジュール",
  charset="utf-8",
  body=f"""寿雑貨 輸入課 御中

清流海運より1月の配船スケジュールが届きましたので転送いたします。
春節前は混み合いますので、ブッキングはお早めにお願いします。

仁科

---------- Forwarded message ---------
From: 清流海運 営業部 <eigyo@seiryu-kaiun.co.jp>
Date: 2024年12月9日(月) 11:20
Subject: 【清流海運】1月 上海航路 配船スケジュール
To: 日の出産業 業務課 <gyomu@hinode-sangyo.co.jp>

{padded([["Vessel", "Voy", "Shanghai ETD", "Yokohama ETA", "CY Cut"],
         ["SEIRYU STAR", "2501E", "01/06", "01/09", "01/03"],
         ["SEIRYU MARINER", "2501E", "01/13", "01/16", "01/10"],
         ["SEIRYU STAR", "2502E", "01/20", "01/23", "01/17"],
         ["SEIRYU MARINER", "2502E", "01/27", "01/31", "01/22（春節前倒し）"]])}

清流海運株式会社 営業部
""")

M(id="customs-087", expect="pass",
  entities=[],
  detectors=[],
  note="HTML-only mail with a vessel schedule table (ships, not people)",
  sender=KARIYA,
  to=["丸潮水産 管理部 <kanri@maruushio-suisan.co.jp>"],
  subject="神戸入港予定（12月後半）",
  charset="utf-8",
  html="""<html><body>
<p>丸潮水産株式会社 管理部 御中</p>
<p>お世話になっております。日の出産業 神戸営業所の苅谷です。<br>
12月後半の神戸入港予定をお知らせします。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>本船</th><th>航海</th><th>仕出港</th><th>神戸ETA</th><th>貴社貨物</th></tr>
<tr><td>NORD BALTIC</td><td>048W</td><td>Bergen</td><td>12/16</td><td>冷凍サバ 2本</td></tr>
<tr><td>KOTA LAYANG</td><td>124N</td><td>Qingdao</td><td>12/19</td><td>冷凍イカ 1本</td></tr>
<tr><td>SITC HAKATA</td><td>2413</td><td>Dalian</td><td>12/23</td><td>冷凍エビ 3本</td></tr>
</table>
<p>----<br>日の出産業株式会社 通関・海運事業部 神戸営業所<br>苅谷 恵<br>TEL 078-331-5520</p>
</body></html>""")

M(id="customs-088", expect="pass",
  entities=[],
  detectors=[],
  note="bonded-transport approval notice naming the driver only by name (no data about him)",
  sender=NISHINA,
  to=["海岸倉庫 本牧事業所 <honmoku@kaigan-soko.co.jp>"],
  subject="保税運送承認のご連絡（MSKU 884120-3）",
  charset="shift_jis",
  body=f"""海岸倉庫 本牧事業所 御中

お世話になっております。日の出産業の仁科です。
標記コンテナの保税運送が承認されました（承認番号 4RY24120418）。
本日14時頃、青葉運輸の寒河江さんが搬入に伺います。
搬入後、搬入確認のご連絡をお願いいたします。
{SIG_NISHINA}
""")

M(id="customs-089", expect="pass",
  entities=[],
  detectors=[],
  note="English mail to a port agent about a crew change with counts only; the master named only in the salutation",
  sender=HASEBE,
  to=["Ops Rotterdam <ops@noordzee-agency.nl>"],
  subject="ALDEBARAN CREST - crew change plan Rotterdam (Feb)",
  charset="utf-8",
  body=f"""Dear Jeroen,

Owners plan a crew change at Rotterdam on the February call: 5 on / 5 off, all
Filipino ratings. Capt. Yanagida has agreed to the timing (berthing day, after
cargo ops start). Names and documents will follow from the manning agency
directly to you about 10 days before arrival.

Could you advise the current lead time for Schengen transit visas for Filipino
seafarers via AMS?
{SIG_HASEBE_EN}
""")

M(id="customs-090", expect="pass",
  entities=[],
  detectors=[],
  note="hotel booking for two crew giving names and arrival only — no further data about them",
  sender=HIGA,
  to=["さくらホテル横浜 予約課 <reservation-yokohama@sakura-hotel.jp>"],
  subject="1/8 シングル2室の予約",
  charset="iso-2022-jp",
  body=f"""さくらホテル横浜 予約課 高坂様

お世話になっております。比嘉です。
1/8（水）IN・1/9（木）OUT、シングル2室をお願いします。
ご宿泊はSALVADOR様、PANGILINAN様の2名、到着は20時頃の予定です。
ご請求はいつもどおり弊社宛てでお願いいたします。
{SIG_HIGA}
""")

M(id="customs-091", expect="pass",
  entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="PDF with four returnees' delivery addresses and phones — under five records (may warn)",
  sender=KARIYA,
  to=["青葉運輸 神戸営業所 <kobe@aoba-unyu.co.jp>"],
  subject="別送品 戸配4件（3/3～3/5）配送指示書",
  charset="utf-8",
  body=f"""青葉運輸 神戸営業所 御中

お世話になっております。苅谷です。
3月上旬の別送品戸配4件の配送指示書をPDFでお送りします。
{SIG_KARIYA}
""",
  attachments=[{"kind": "pdf", "name": "配送指示書_20250303.pdf",
                "lines": ["配送指示書（別送品）", "搬出元：六甲アイランドCFS", ""],
                "table": [["No", "受取人", "住所", "電話", "希望日"],
                          ["1", "糸数 健人", "兵庫県神戸市灘区篠原北町2-6-11", "078-881-4025", "3/3 AM"],
                          ["2", "蘇武 真帆", "兵庫県芦屋市大原町14-3-702", "090-7201-5538", "3/3 PM"],
                          ["3", "禰宜田 修", "兵庫県宝塚市逆瀬川1-10-8", "080-2947-6613", "3/4"],
                          ["4", "帯刀 千夏", "大阪府豊中市新千里東町1-4-2-1508", "070-5586-3304", "3/5 AM"]]}])

M(id="customs-092", expect="pass",
  entities=[],
  detectors=[],
  note="UTF-8 CSV of HS classifications for a client's SKUs — product data, no people",
  sender=ODAGIRI,
  to=["汐見トレーディング 業務部 梶原様 <kajiwara@shiomi-trading.co.jp>"],
  subject="新規SKUの関税分類結果（12品目）",
  charset="utf-8",
  body=f"""梶原様

お世話になっております。小田切です。
ご依頼の新規SKUの関税分類結果をCSVでお送りします。
3品目は事前教示の照会をお勧めします（備考欄参照）。
{SIG_ODAGIRI}
""",
  attachments=[{"kind": "csv", "name": "HS_classification_SKU_202412.csv", "encoding": "utf-8",
                "rows": [["SKU", "品名", "材質", "HS", "基本税率", "EPA", "備考"],
                         ["SH-10221", "シリコン製ヘラ", "シリコーン", "3924.10-000", "3.9%", "0%", ""],
                         ["SH-10222", "ステンレスおたま", "SUS304", "8215.99-000", "4.6%", "0%", ""],
                         ["SH-10230", "竹製まな板", "竹", "4419.12-000", "4.1%", "0%", ""],
                         ["SH-10231", "水切りかご", "PP+スチール", "要照会", "", "", "事前教示推奨"],
                         ["SH-10240", "保存容器セット", "PP", "3924.10-000", "3.9%", "0%", ""],
                         ["SH-10241", "ガラス保存容器", "耐熱ガラス", "7013.49-000", "無税", "", ""],
                         ["SH-10250", "電動ミル", "樹脂+セラミック", "8509.40-000", "無税", "", ""],
                         ["SH-10251", "キッチンタイマー", "ABS", "9106.90-000", "無税", "", "事前教示推奨"],
                         ["SH-10260", "鍋敷き", "コルク", "4503.90-000", "3.2%", "0%", ""],
                         ["SH-10261", "ランチクロス", "綿100%", "6302.51-000", "6.3%", "0%", ""],
                         ["SH-10270", "木製トレー", "アカシア", "4419.90-000", "4.1%", "0%", ""],
                         ["SH-10271", "計量スプーン", "SUS+樹脂", "要照会", "", "", "事前教示推奨"]]}])

M(id="customs-093", expect="pass",
  entities=[],
  detectors=[],
  note="English reply quoting ('On … wrote:') the agent's own mail that carried a crew member's passport",
  sender=HASEBE,
  to=["Ops Rotterdam <ops@noordzee-agency.nl>"],
  subject="Re: Crew repatriation via AMS - 2/E HOANG MINH TRI",
  charset="utf-8",
  body=f"""Dear Jeroen,

Thanks a lot - the visa letter is received and forwarded to the Master.
We will settle your invoice on receipt.

Rena

On Mon, 20 Jan 2025 at 09:14, Jeroen de Wit <ops@noordzee-agency.nl> wrote:
> Dear Rena,
>
> KMar approved the transit. Please find the letter attached, issued for:
>   HOANG MINH TRI, born 08 Sep 1994, passport C5039284, flight KL875 21 Jan.
> The crew member must carry the original letter.
>
> Kind regards,
> Jeroen de Wit
> Noordzee Scheepsagentuur B.V.
""")

M(id="customs-094", expect="pass",
  entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
  detectors=[],
  note="internal-only: emergency contact sheet (private mobiles of 6 staff) circulated inside the division",
  sender=MURASE,
  to=["通関課 <tsukanka@hinode-sangyo.co.jp>", "海運課 <kaiunka@hinode-sangyo.co.jp>"],
  subject="年末年始 緊急連絡網（私用携帯）",
  charset="utf-8",
  body=f"""各位

年末年始の緊急連絡網です。社外への転送はしないでください。

{padded([["氏名", "私用携帯", "私用メール"],
         ["村瀬 健吾", "090-3317-4528", "k.murase.home@gmail.com"],
         ["小田切 沙織", "080-4402-7719", "saori.odagiri@icloud.com"],
         ["蔵本 大輔", "090-8865-1032", "d-kuramoto@yahoo.co.jp"],
         ["比嘉 美奈", "070-2231-5547", "mina.higa.0415@gmail.com"],
         ["仁科 拓海", "080-6190-3384", "takumi.n@outlook.jp"],
         ["苅谷 恵", "090-1275-8806", "kariya-megu@docomo.ne.jp"]])}

村瀬
""")

M(id="customs-095", expect="pass",
  entities=[],
  detectors=[],
  note="service introduction PPTX to a prospective client — no people, no marking",
  sender=TSUGE,
  to=["北星機械 物流グループ <import@hokusei-kikai.co.jp>"],
  subject="弊社通関・海運サービスのご紹介",
  charset="iso-2022-jp",
  body=f"""北星機械株式会社
物流グループ ご担当者様

突然のご連絡失礼いたします。日の出産業 通関・海運事業部の柘植と申します。
先日の展示会でご挨拶させていただいた際の資料をお送りいたします。
機会がございましたら、ぜひ一度ご説明に伺わせてください。
{SIG_TSUGE}
""",
  attachments=[{"kind": "pptx", "name": "日の出産業_通関海運サービスのご案内.pptx",
                "slides": [["通関・海運サービスのご案内", "日の出産業株式会社"],
                           ["サービス概要", "・輸出入通関（海上・航空）", "・船舶代理店業務", "・保税運送・倉庫手配"],
                           ["拠点", "横浜本社／神戸営業所／名古屋駐在", "成田・羽田・関空対応"],
                           ["実績", "年間申告 4.2万件", "取扱船社 18社"]]}])

M(id="customs-096", expect="pass",
  entities=[],
  detectors=[],
  note="English mail to the law firm about a confidentiality agreement (talk about NDA, no marking, no personal data)",
  sender=HASEBE,
  to=["白川法律事務所 <info@shirakawa-law.jp>"],
  cc=["村瀬 健吾 <murase.kengo@hinode-sangyo.co.jp>"],
  subject="Confidentiality Agreement with Noordzee Scheepsagentuur - review request",
  charset="utf-8",
  body=f"""白川法律事務所
ご担当 先生

お世話になっております。日の出産業の長谷部です。
オランダの代理店 Noordzee Scheepsagentuur B.V. から、相互の Confidentiality Agreement
（英文、オランダ法準拠）の締結を求められております。
特に "Confidential Information" の定義が広すぎる点と、違約金条項（EUR 50,000）について
ご意見を伺えますでしょうか。ドラフトは別途お送りいたします。
{SIG_HASEBE_EN}
""")

M(id="customs-097", expect="pass",
  entities=[],
  detectors=[],
  note="list of overseas port agents (companies with generic ops addresses and switchboards) — businesses, not people",
  sender=HASEBE,
  to=["Crewing - Orient Ship Management <crewing@orient-shipmanagement.com.sg>"],
  subject="Our agency network - Asia / Europe",
  charset="utf-8",
  body=f"""Dear Capt. Lim,

For your reference, these are the agents we work with for crew matters outside Japan:

{padded([["Port", "Agent", "Ops e-mail", "24h line"],
         ["Busan", "Hanbada Agency Co., Ltd.", "ops@hanbada-agency.co.kr", "+82-51-466-2200"],
         ["Kaohsiung", "Formosa Bay Shipping", "agency@formosa-bay-shipping.com.tw", "+886-7-561-3380"],
         ["Ho Chi Minh", "Saigon Port Agency JSC", "agency@saigonport-agency.com.vn", "+84-28-3825-7710"],
         ["Singapore", "Straitspoint Agencies Pte Ltd", "ops@straitspoint-agencies.com.sg", "+65-6225-0418"],
         ["Rotterdam", "Noordzee Scheepsagentuur B.V.", "ops@noordzee-agency.nl", "+31-10-412-9960"]])}
{SIG_HASEBE_EN}
""")

# =========================================================================================
# EITHER — honest borderline cases
# =========================================================================================

M(id="customs-098", expect="either",
  entities=["PERSON_NAME", "DATE_OF_BIRTH"],
  detectors=["personal_data"],
  note="one seafarer's seaman's book number and DOB to the next-port agent: seaman's book is an ID document not in the listed types",
  sender=KURAMOTO,
  to=["Kaohsiung Agency <agency@formosa-bay-shipping.com.tw>"],
  subject="HOKUTO PIONEER - on-signer at Kaohsiung (Oiler)",
  charset="utf-8",
  body="""Dear Sirs,

One Oiler will join HOKUTO PIONEER at Kaohsiung on 8 Jan. Particulars for your
shore pass application:

  Name          : PHAM VAN SANG
  DOB           : 1992-05-03
  Seaman's book : HP 021847 (Viet Nam, valid to 2029-11-30)
  Arriving      : VJ942 SGN-KHH, 7 Jan 2140LT

Passport details will be sent by the manning agency directly.

Best regards,
D. Kuramoto
Hinode Sangyo Co., Ltd.""")

M(id="customs-099", expect="either",
  entities=["PERSON_NAME", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="five consignees that are sole proprietors (屋号, owner's name, owner's mobile): business contacts or a list of people?",
  sender=ODAGIRI,
  to=["青葉運輸 横浜支店 配送課 <haiso-yokohama@aoba-unyu.co.jp>"],
  subject="小口混載 配送先5件（飲食店向け 輸入食材）",
  charset="iso-2022-jp",
  body=f"""青葉運輸 横浜支店 配送課 御中

お世話になっております。小田切です。
輸入食材の小口混載分、配送先5件です。いずれも個人経営のお店で、
連絡先は店主の方の携帯です。

{padded([["屋号", "店主", "携帯", "納品時間"],
         ["ビストロ灯台", "鯨井 正人", "090-4527-3381", "11:00まで"],
         ["スパイス食堂ナマステ横浜", "バッタライ・ラム", "080-6620-1147", "10:00-14:00"],
         ["珈琲 汽笛", "南雲 房子", "070-1193-8826", "指定なし"],
         ["トラットリア・ポルト", "漆間 亮", "090-8836-0572", "15:00以降"],
         ["麺処 はとば", "瑞慶覧 勇", "080-2215-4490", "10:00まで"]])}
{SIG_ODAGIRI}
""")

M(id="customs-100", expect="either",
  entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="a named crew member's shore dental visit (toothache) to the agent: minor medical information of one person",
  sender=HIGA,
  to=["横浜港船員センター 送迎係 <sougei@minato-seamens-club.or.jp>"],
  subject="12/13 上陸送迎1名（歯科受診）",
  charset="utf-8",
  body=f"""横浜港船員センター 送迎係 御中

お世話になっております。比嘉です。
12/13（金）、ONE APUS の機関員 TRAN DUC HUY 様が歯痛のため、
センター近くの港南歯科クリニックを受診します（14:30予約）。
13:45に本船前でピックアップをお願いできますでしょうか。
{SIG_HIGA}
""")
