"""Blind evaluation corpus — area: homestay (国際交流・ホームステイ事業).

International exchange and homestay programmes run by 日の出産業株式会社 国際交流事業部:
host-family registers, incoming students with passports, allergies and dietary /
religious needs, airport pickups, overseas travel insurance, schools abroad, English mail
with foreign partners.

Every person, number, address and organisation outside the brief's fixed partners is
invented; any resemblance to real people or numbers is accidental.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 12001
rng = random.Random(SEED)

_my_n = SEED
_card_n = SEED


def next_my_number() -> str:
    global _my_n
    v = my_number(_my_n)
    _my_n += 1
    return v


def next_card() -> str:
    global _card_n
    v = card_number(_card_n)
    _card_n += 1
    return v


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12 digits (check = 9 - (Σ P_n·Q_n mod 9))."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


_FW = str.maketrans("0123456789-()/.:ABCDEFGHIJKLMNOPQRSTUVWXYZ ",
                    "０１２３４５６７８９－（）／．：ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ　")


def fw(s: str) -> str:
    """full-width digits, letters and separators, as typed with an IME."""
    return s.translate(_FW)


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def passport_no(prefix: str = "") -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    head = prefix or (rng.choice(letters) + rng.choice(letters))
    return head + "".join(str(rng.randrange(10)) for _ in range(7))


def zairyu_no() -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return (rng.choice(letters) + rng.choice(letters)
            + "".join(str(rng.randrange(10)) for _ in range(8))
            + rng.choice(letters) + rng.choice(letters))


def digits(k: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(k - 1))


def dob(y0: int, y1: int) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (1989, 1, 8):
        era, ab, ey = "平成", "H", y - 1988
    else:
        era, ab, ey = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{ey}年{m}月{d}日"
    if style == "fwkanji":
        return f"{era}{fw(str(ey))}年{fw(str(m))}月{fw(str(d))}日"
    if style == "abbr":
        return f"{ab}{ey}.{m}.{d}"
    if style == "fwabbr":
        return fw(f"{ab}{ey}.{m}.{d}")
    raise ValueError(style)


# ---- people pools (all invented) ------------------------------------------------------

SURNAMES = [  # kanji, kana, romaji
    ("勅使河原", "てしがわら", "Teshigawara"), ("小鳥遊", "たかなし", "Takanashi"),
    ("東海林", "しょうじ", "Shoji"), ("百目鬼", "どうめき", "Domeki"),
    ("祖父江", "そぶえ", "Sobue"), ("大豆生田", "おおまめうだ", "Omameuda"),
    ("千々岩", "ちぢいわ", "Chijiiwa"), ("月見里", "やまなし", "Yamanashi"),
    ("栗栖", "くるす", "Kurusu"), ("猪股", "いのまた", "Inomata"),
    ("瀬戸口", "せとぐち", "Setoguchi"), ("仁科", "にしな", "Nishina"),
    ("江頭", "えがしら", "Egashira"), ("早乙女", "さおとめ", "Saotome"),
    ("稗田", "ひえだ", "Hieda"), ("鬼頭", "きとう", "Kito"),
    ("半田", "はんだ", "Handa"), ("五十嵐", "いがらし", "Igarashi"),
    ("槇野", "まきの", "Makino"), ("宍戸", "ししど", "Shishido"),
    ("蓮見", "はすみ", "Hasumi"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("日下部", "くさかべ", "Kusakabe"), ("由比", "ゆい", "Yui"),
    ("加賀美", "かがみ", "Kagami"), ("能登谷", "のとや", "Notoya"),
    ("一戸", "いちのへ", "Ichinohe"), ("阿久津", "あくつ", "Akutsu"),
    ("八木橋", "やぎはし", "Yagihashi"), ("三ツ矢", "みつや", "Mitsuya"),
    ("久慈", "くじ", "Kuji"), ("笠間", "かさま", "Kasama"),
]
GIVEN_M = [("浩之", "ひろゆき", "Hiroyuki"), ("誠", "まこと", "Makoto"),
           ("康弘", "やすひろ", "Yasuhiro"), ("大輔", "だいすけ", "Daisuke"),
           ("健司", "けんじ", "Kenji"), ("隆", "たかし", "Takashi"),
           ("聡", "さとし", "Satoshi"), ("正樹", "まさき", "Masaki"),
           ("哲也", "てつや", "Tetsuya"), ("亮", "りょう", "Ryo"),
           ("修平", "しゅうへい", "Shuhei"), ("克己", "かつみ", "Katsumi")]
GIVEN_F = [("美穂", "みほ", "Miho"), ("典子", "のりこ", "Noriko"),
           ("由美", "ゆみ", "Yumi"), ("千尋", "ちひろ", "Chihiro"),
           ("恵", "めぐみ", "Megumi"), ("佳代", "かよ", "Kayo"),
           ("裕子", "ゆうこ", "Yuko"), ("真由美", "まゆみ", "Mayumi"),
           ("綾", "あや", "Aya"), ("和美", "かずみ", "Kazumi"),
           ("沙織", "さおり", "Saori"), ("久美子", "くみこ", "Kumiko")]
TOWNS = [  # zip, prefecture, city, town, area code
    ("920-0935", "石川県", "金沢市", "石引", "076"),
    ("430-0906", "静岡県", "浜松市中区", "住吉", "053"),
    ("070-0031", "北海道", "旭川市", "一条通", "0166"),
    ("690-0015", "島根県", "松江市", "上乃木", "0852"),
    ("760-0080", "香川県", "高松市", "木太町", "087"),
    ("980-0871", "宮城県", "仙台市青葉区", "八幡", "022"),
    ("860-0862", "熊本県", "熊本市中央区", "黒髪", "096"),
    ("390-0802", "長野県", "松本市", "旭", "0263"),
    ("700-0013", "岡山県", "岡山市北区", "伊福町", "086"),
    ("031-0081", "青森県", "八戸市", "柏崎", "0178"),
    ("640-8341", "和歌山県", "和歌山市", "黒田", "073"),
    ("910-0017", "福井県", "福井市", "文京", "0776"),
    ("251-0052", "神奈川県", "藤沢市", "藤沢", "0466"),
    ("330-0063", "埼玉県", "さいたま市浦和区", "高砂", "048"),
    ("464-0819", "愛知県", "名古屋市千種区", "四谷通", "052"),
]

_used_surnames: list[int] = []


def _pick_surnames(k: int) -> list[tuple[str, str, str]]:
    idx = [i for i in range(len(SURNAMES)) if i not in _used_surnames[-12:]]
    chosen = rng.sample(idx, k)
    _used_surnames.extend(chosen)
    return [SURNAMES[i] for i in chosen]


def hosts(k: int) -> list[dict]:
    """k invented host families (one contact parent each)."""
    out = []
    for sei in _pick_surnames(k):
        male = rng.random() < 0.4
        given = rng.choice(GIVEN_M if male else GIVEN_F)
        z, pref, city, town, area = rng.choice(TOWNS)
        y, m, d = dob(1962, 1988)
        out.append({
            "sei": sei[0], "sei_kana": sei[1], "sei_ro": sei[2],
            "mei": given[0], "mei_kana": given[1], "mei_ro": given[2],
            "name": f"{sei[0]} {given[0]}", "kana": f"{sei[1]} {given[1]}",
            "romaji": f"{given[2]} {sei[2]}",
            "zip": z, "pref": pref, "city": city,
            "addr": f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
            "tel": f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
                   if len(area) == 3 else f"{area}-{rng.randint(20, 99)}-{rng.randint(1000, 9999)}",
            "mobile": mobile(),
            "email": f"{sei[2].lower()}.{given[2][0].lower()}{rng.randint(10, 99)}@"
                     + rng.choice(["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp",
                                   "docomo.ne.jp", "ezweb.ne.jp"]),
            "dob": (y, m, d), "members": rng.randint(2, 5),
            "bank": rng.choice(["みどり銀行", "北陸いずみ信用金庫", "はまなす銀行", "ゆうちょ銀行"]),
            "branch": rng.choice(["本店営業部", "駅前支店", "中央支店", "東支店", "桜町支店"]),
            "acct": digits(7),
        })
    return out


STUDENTS = [  # first, last, nationality, sex
    ("Emma", "Whitfield", "AUS", "F"), ("Lucas", "Moreau", "FRA", "M"),
    ("Nguyen Thi", "Lan", "VNM", "F"), ("Siti", "Rahmawati", "IDN", "F"),
    ("Liam", "Brennan", "IRL", "M"), ("Mateo", "Castillo", "MEX", "M"),
    ("Chloe", "Tremblay", "CAN", "F"), ("Jonas", "Lindqvist", "SWE", "M"),
    ("Aisha", "Rahman", "MYS", "F"), ("Oliver", "Haddon", "NZL", "M"),
    ("Sofia", "Greco", "ITA", "F"), ("Ethan", "Kowalski", "USA", "M"),
    ("Mia", "Schneider", "DEU", "F"), ("Arjun", "Mehta", "IND", "M"),
    ("Hannah", "McAllister", "GBR", "F"), ("Thanawat", "Srisuk", "THA", "M"),
    ("Isabella", "Duarte", "BRA", "F"), ("Noah", "Fitzgerald", "AUS", "M"),
    ("Camille", "Lefebvre", "FRA", "F"), ("Daniel", "Park", "USA", "M"),
    ("Zoe", "Papadakis", "GRC", "F"), ("Felix", "Hoffmann", "DEU", "M"),
    ("Maya", "Gunawardena", "LKA", "F"), ("Ryan", "Tan Wei Jie", "SGP", "M"),
    ("Grace", "Okafor", "GBR", "F"), ("Leo", "Virtanen", "FIN", "M"),
    ("Ava", "Sullivan", "NZL", "F"), ("Tomas", "Novak", "CZE", "M"),
]

_used_students: list[int] = []


def students(k: int) -> list[dict]:
    idx = [i for i in range(len(STUDENTS)) if i not in _used_students[-14:]]
    chosen = rng.sample(idx, k)
    _used_students.extend(chosen)
    out = []
    for i in chosen:
        first, last, nat, sex = STUDENTS[i]
        y, m, d = dob(2006, 2010)
        out.append({"first": first, "last": last, "name": f"{first} {last}",
                    "NAME": f"{last.upper()} {first.upper()}", "nat": nat, "sex": sex,
                    "dob": (y, m, d), "iso": f"{y}-{m:02d}-{d:02d}",
                    "dmy": f"{d:02d}/{m:02d}/{y}", "passport": passport_no(),
                    "id": f"HS{rng.randint(25100, 25999)}", "mobile": mobile()})
    return out


def pad(text: str, width: int) -> str:
    """pad to a display width (full-width characters count 2)."""
    w = sum(2 if ord(c) > 0x2E7F else 1 for c in text)
    return text + " " * max(width - w, 1)


# ---- signatures and disclaimers ---------------------------------------------------------

SIG_AOYAGI = """--
日の出産業株式会社 国際交流事業部 ホームステイ課
青柳 真理子（Mariko Aoyagi）
〒105-0014 東京都港区芝2-11-6 日の出ビル7F
TEL 03-5439-2270 / FAX 03-5439-2271
aoyagi.m@hinode-sangyo.co.jp"""

SIG_HORI = """━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
国際交流事業部　受入プログラム担当
堀之内 健
TEL：03-5439-2274（直通）
Mail：horinouchi.k@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_SAEKI_EN = """Best regards,

Yukari Saeki
International Exchange Division
Hinode Sangyo Co., Ltd.
2-11-6 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel: +81-3-5439-2272
saeki.y@hinode-sangyo.co.jp"""

SIG_MIYAJI = """――――――――――――――――
日の出産業（株） 国際交流事業部
留学送出グループ　宮路 翔太
03-5439-2276 ／ miyaji.s@hinode-sangyo.co.jp
――――――――――――――――"""

SIG_KIRYU = """**************************************
日の出産業株式会社
国際交流事業部 ホストファミリー支援チーム
桐生 奈央 (Nao Kiryu)
〒105-0014 東京都港区芝2-11-6
Tel 03-5439-2279  Fax 03-5439-2271
kiryu.n@hinode-sangyo.co.jp
**************************************"""

SIG_CARTER = """Kind regards,
Emily Carter
Programme Coordinator (Inbound)
Hinode Sangyo Co., Ltd. | International Exchange Division
T +81 3 5439 2281 | carter.e@hinode-sangyo.co.jp"""

SIG_TODA = """--------------------------------------------------
日の出産業株式会社　管理本部 経理部
戸田 亜希子
TEL 03-5439-2100（代表）　内線 3412
--------------------------------------------------"""

DISC_JA = """──────────────────────────────
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
──────────────────────────────"""

DISC_EN = """This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"homestay-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# ---- 001 stop: host-family register, space-padded columns, to a homestay agency ---------
_h = hosts(6)
_rows = "\n".join(
    pad(h["name"], 16) + pad(h["zip"], 10) + pad(h["addr"], 44) + pad(h["tel"], 16) + h["mobile"]
    for h in _h)
add(
    expect="stop",
    sender="青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>",
    to=["ひだまりホームステイ協会 受入担当 <ukeire@hidamari-hs.or.jp>"],
    subject="【夏期受入】ホストファミリー登録一覧（確定分）のご送付",
    charset="iso-2022-jp",
    body=f"""ひだまりホームステイ協会
受入担当 各位

いつもお世話になっております。日の出産業の青柳です。

7月受入れ分のホストファミリーが確定しましたので、登録内容を下記にお送りします。
オリエンテーション案内の発送にご利用ください。

{pad('氏名', 16)}{pad('〒', 10)}{pad('住所', 44)}{pad('電話', 16)}携帯
{'-' * 110}
{_rows}

変更があり次第、改めてご連絡いたします。
よろしくお願いいたします。

{SIG_AOYAGI}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six host families with home address and phones in padded columns to an external agency",
)

# ---- 002 pass: English programme schedule to a school abroad -----------------------------
add(
    expect="pass",
    sender="Yukari Saeki <saeki.y@hinode-sangyo.co.jp>",
    to=["Ms Rebecca Holloway <r.holloway@brightwater-college.edu.au>"],
    subject="Autumn Homestay Programme 2026 - draft schedule",
    charset="utf-8",
    body=f"""Dear Rebecca,

Thank you for your call yesterday. As promised, here is the draft schedule for the
autumn group (up to 14 students, 2 teachers):

  Day 1  (Sat 10 Oct)  Arrival at Narita, transfer to Tokyo, welcome dinner
  Day 2  (Sun 11 Oct)  Orientation and meeting host families
  Day 3-12             School days at our partner high school in Kanazawa
  Day 13 (Fri 23 Oct)  Farewell party
  Day 14 (Sat 24 Oct)  Departure from Komatsu via Haneda

Could you let us know by 31 July whether the group would prefer the Kyoto day trip or
the Noto peninsula excursion on Day 8? Either is included in the programme fee.

{SIG_SAEKI_EN}
""",
    entities=[],
    detectors=[],
    note="ordinary English schedule mail to one overseas school, no personal data",
)

# ---- 003 stop: passport list in XLSX to the arrival-night hotel --------------------------
_s = students(8)
add(
    expect="stop",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["さくらホテル 宿泊予約課 <reservation@sakura-hotel.jp>"],
    subject="団体宿泊（10/10着）宿泊者名簿の件",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約課
ご担当者様

お世話になっております。日の出産業 国際交流事業部のカーターです。
10月10日ご宿泊の留学生グループについて、外国人宿泊者名簿用の情報（旅券番号・国籍）を
添付のExcelにまとめました。チェックイン時の旅券確認の際にご利用ください。

引率者2名分は別途ご連絡いたします。

{SIG_CARTER}
""",
    attachments=[{
        "kind": "xlsx", "name": "guest_list_1010.xlsx",
        "sheets": {
            "宿泊者名簿": [["さくらホテル 10/10 団体宿泊 宿泊者名簿", "", "", "", "", ""],
                      [], ["No.", "Surname", "Given name", "Nationality", "Passport No.", "DOB"]]
                     + [[i + 1, s["last"].upper(), s["first"], s["nat"], s["passport"], s["iso"]]
                        for i, s in enumerate(_s)],
            "部屋割": [["Room", "Guests"], ["1203", "1-2"], ["1204", "3-4"], ["1205", "5-6"],
                    ["1206", "7-8"]],
        },
    }],
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="eight students' passport numbers and dates of birth in an XLSX to a hotel",
)

# ---- 004 pass: talk about an NDA with an overseas agency ---------------------------------
add(
    expect="pass",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["Mr Daniel Foster <d.foster@pacificbridge-edu.com>"],
    cc=["青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>"],
    subject="RE: Mutual NDA before sharing host family data / 秘密保持契約",
    charset="utf-8",
    body="""Dear Daniel,

Thank you for sending over your standard mutual NDA. Our legal team has reviewed it and
we are basically happy with the wording. Two small points:

1. Article 4 (Term): we would like confidentiality obligations to survive for 5 years
   after termination instead of 3.
2. Article 7 (Governing law): Japanese law, with the Tokyo District Court as the court of
   first instance.

Once the 秘密保持契約 is signed by both sides, we will set up a shared folder on our
homestay portal so that your staff can view host family profiles there, rather than
sending them by e-mail.

Best regards,
Ken Horinouchi
Inbound Programmes, International Exchange Division
Hinode Sangyo Co., Ltd.
""",
    entities=[],
    detectors=[],
    note="mail about an NDA; the word confidential is discussed, not a marking",
)

# ---- 005 stop: one student's religion and allergy in a sentence to a host family ---------
_s5 = students(1)[0]
add(
    expect="stop",
    sender="桐生 奈央 <kiryu.n@hinode-sangyo.co.jp>",
    to=["百目鬼 典子 <domeki.noriko77@gmail.com>"],
    subject="Siti さんの受入れについて（お食事の件）",
    charset="iso-2022-jp",
    body=f"""百目鬼 典子 様

いつも大変お世話になっております。日の出産業の桐生です。
来週からお迎えいただく Siti Rahmawati さん（インドネシア、17歳）について、
事前にお伝えしておきたいことがございます。

Siti さんはイスラム教徒で、豚肉・アルコールを含む食品は口にできません（みりん・料理酒も
不可）。また、1日5回のお祈りの時間があり、金曜日の昼は近くのモスクへ行きたいとの希望です。
加えて、本人申告によると甲殻類アレルギーがあり、エビ・カニで蕁麻疹が出たことがあるそうです。

ハラール対応の調味料を扱っているお店のリストを後日お送りします。
ご不明な点があればいつでもご連絡ください。

{SIG_KIRYU}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="one named student's religion and allergy history to a host family on free mail",
)

# ---- 006 pass: internal-only roster with passports ---------------------------------------
_s6 = students(10)
_t6 = "\n".join(f"{s['id']}\t{s['NAME']}\t{s['nat']}\t{s['passport']}\t{s['iso']}\t{s['mobile']}"
                for s in _s6)
add(
    expect="pass",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>", "青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>"],
    subject="秋受入 参加者マスタ（旅券情報つき）",
    charset="utf-8",
    body=f"""堀之内さん、青柳さん

秋受入の参加者マスタです。先方校から届いた旅券情報を反映しました。
ビザ不要国ばかりですが、念のため有効期限もチェック済みです。

ID\tNAME\tNAT\tPASSPORT\tDOB\tMOBILE(JP SIM)
{_t6}

社内共有フォルダ（\\\\fs01\\kokusai\\2026秋）にも同じものを置いています。
カーター
""",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=[],
    note="participant roster with passports, but every recipient is internal",
)

# ---- 007 stop: airport pickup list without a name column, tab-separated ------------------
_s7 = students(7)
_flights = ["NH 880", "JL 772", "NH 880", "QF 25", "JL 772", "CX 520", "NH 880"]
_t7 = "\n".join(f"{s['id']}\t{fl}\t{s['nat']}\t{s['sex']}\t{s['mobile']}\t{h['mobile']}"
                for s, fl, h in zip(_s7, _flights, hosts(7)))
add(
    expect="stop",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["青葉運輸 空港送迎センター <sougei@aoba-unyu.co.jp>"],
    subject="8/2 成田空港 送迎依頼（留学生7名）",
    charset="cp932",
    body=f"""青葉運輸株式会社
空港送迎センター ご担当者様

いつもお世話になっております。日の出産業の堀之内です。
8月2日（日）成田着の留学生送迎をお願いいたします。
到着が遅れた場合の連絡用に、本人の日本用SIMの番号とホスト側の携帯番号を記載しています。

ID\t便名\t国籍\t性別\t本人携帯\tホスト携帯
{_t7}

集合場所は第1ターミナル南ウイング到着ロビーでお願いします。

{SIG_HORI}
""",
    entities=["PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven rows of students' and hosts' mobile numbers keyed by ID, no name column, to a partner",
)

# ---- 008 pass: one host family's contact to the student's agency (one person) ------------
_h8 = hosts(1)[0]
add(
    expect="pass",
    sender="Yukari Saeki <saeki.y@hinode-sangyo.co.jp>",
    to=["Homestay Desk <homestay@eurolingua-exchange.de>"],
    subject="Host family for Mia S. (arrival 14 Sep)",
    charset="utf-8",
    body=f"""Dear Homestay Desk,

We are pleased to confirm the host family for your student arriving on 14 September:

  Host:     {_h8['romaji']} ({_h8['name']})
  Address:  {_h8['addr']} (〒{_h8['zip']})
  Phone:    {_h8['tel']}

The family has hosted students from Germany twice before and has a 10-year-old
daughter who is very excited about the visit. Please pass these details on to the
student and her parents.

{SIG_SAEKI_EN}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one host family's contact details to the partner agency: one person, may be warned",
)

# ---- 009 stop: look-alike of a partner domain (dropped co.) -----------------------------
add(
    expect="stop",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["青葉運輸 配車係 <haisha@aoba-unyu.jp>"],
    subject="Re: 9月分 空港送迎の請求書について",
    charset="iso-2022-jp",
    body=f"""青葉運輸 配車係 ご担当者様

お世話になっております。日の出産業の堀之内です。
9月分の送迎請求書（請求番号 AU-2609-0418）拝受いたしました。
ご指定の振込先変更につきましては、経理部で確認のうえ対応いたします。
念のため、変更後の口座名義を書面でもお送りいただけますでしょうか。

{SIG_HORI}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp is a look-alike of partner aoba-unyu.co.jp (co. dropped)",
)

# ---- 010 pass: list of partner schools (businesses) -------------------------------------
add(
    expect="pass",
    sender="宮路 翔太 <miyaji.s@hinode-sangyo.co.jp>",
    to=["そら旅行 法人営業部 <houjin@sora-travel.co.jp>"],
    subject="来春の送出先校一覧（手配ご参考）",
    charset="iso-2022-jp",
    body=f"""そら旅行株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業の宮路です。
来年3月の短期留学で生徒を送り出す提携校の一覧です。航空券・現地送迎の見積りにご利用ください。

・Brightwater College（オーストラリア・パース）
　 代表 +61 8 9420 5510 / 最寄空港 PER
・Lakeshore Collegiate（カナダ・バンクーバー）
　 代表 +1 604 555 0142 / 最寄空港 YVR
・Kiwi Bridge Education（ニュージーランド・クライストチャーチ）
　 代表 +64 3 365 0081 / 最寄空港 CHC
・Westbury Academy（イギリス・ブリストル）
　 代表 +44 117 496 0732 / 最寄空港 BRS
・Maple Grove High School（カナダ・ビクトリア）
　 代表 +1 250 555 0119 / 最寄空港 YYJ

各校とも人数は10〜15名の見込みです。

{SIG_MIYAJI}
""",
    entities=[],
    detectors=[],
    note="a list of partner schools with switchboard numbers: businesses, not people",
)

# ---- 011 stop: three host families on free mail visible to each other in To --------------
add(
    expect="stop",
    sender="桐生 奈央 <kiryu.n@hinode-sangyo.co.jp>",
    to=["猪股 様 <inomata.family@yahoo.co.jp>", "栗栖 様 <kurusu-k55@gmail.com>",
        "槇野 様 <makino.aya@icloud.com>"],
    subject="ホストファミリー説明会（9/6）のご案内",
    charset="iso-2022-jp",
    body=f"""ホストファミリーの皆さま

いつもご協力ありがとうございます。日の出産業の桐生です。
秋の受入れに向けた説明会を下記のとおり開催します。

　日時：9月6日（日）14:00〜16:00
　場所：金沢市国際交流サロン 2階 研修室
　内容：受入れスケジュール、緊急時の連絡方法、保険について

出欠を8月28日までにご返信ください。

{SIG_KIRYU}
""",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons in To can see each other's addresses: should have been Bcc",
)

# ---- 012 stop: insurance enrolment CSV (cp932) with passports and DOB ---------------------
_s12 = students(9)
add(
    expect="stop",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["常盤損害保険 法人団体保険課 <dantai@tokiwa-sonpo.co.jp>"],
    subject="留学生総合保険 加入者データ送付（受入No.26-07）",
    charset="cp932",
    body=f"""常盤損害保険株式会社
法人団体保険課 御中

お世話になっております。日の出産業の堀之内です。
標記の件、加入者データ（CSV）を添付いたします。
補償期間は2026年7月18日〜8月15日、プランはBでお願いします。

{SIG_HORI}
""",
    attachments=[{
        "kind": "csv", "name": "kanyusha_26-07.csv", "encoding": "cp932",
        "rows": [["通番", "氏名（ローマ字）", "性別", "生年月日", "国籍", "旅券番号", "補償プラン"]]
        + [[i + 1, s["NAME"], "男" if s["sex"] == "M" else "女", s["iso"].replace("-", "/"),
            s["nat"], s["passport"], "B"] for i, s in enumerate(_s12)],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="nine insured students with DOB and passport numbers in a CP932 CSV to an insurer",
)

# ---- 013 pass: reply, host family list only in quoted text -------------------------------
_h13 = hosts(5)
_q13 = "\n".join(f"> {h['name']}　{h['addr']}　{h['tel']}" for h in _h13)
add(
    expect="pass",
    sender="青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>",
    to=["ひだまりホームステイ協会 山際 <yamagiwa@hidamari-hs.or.jp>"],
    subject="Re: 10月受入れ ホスト候補のご紹介",
    charset="iso-2022-jp",
    body=f"""山際様

ご紹介ありがとうございます。青柳です。
5家庭とも面談に進めたいと思いますので、日程調整をお願いできますでしょうか。
こちらは9月第2週の平日午後であればいつでも伺えます。

{SIG_AOYAGI}

2026年8月19日(水) 10:42 山際 <yamagiwa@hidamari-hs.or.jp>:
> 日の出産業 青柳様
>
> お世話になっております。10月受入れのホスト候補として、以下の5家庭をご紹介します。
>
{_q13}
>
> いずれも受入れ経験があります。よろしくご検討ください。
""",
    entities=[],
    detectors=[],
    note="the five host families appear only in the quoted mail the recipient sent",
)

# ---- 014 stop: 社外秘 stamp in a DOCX header, sent to a school abroad --------------------
add(
    expect="stop",
    sender="Yukari Saeki <saeki.y@hinode-sangyo.co.jp>",
    to=["Mr Tom Gallagher <t.gallagher@lakeshore-collegiate.ca>"],
    subject="Programme cost breakdown for FY2027",
    charset="utf-8",
    body=f"""Dear Tom,

Following our video call, I attach the cost breakdown for the 2027 exchange, including
the host family allowance and local transport. Please review it with your finance team
and let me know if anything needs clarification.

{SIG_SAEKI_EN}
""",
    attachments=[{
        "kind": "docx", "name": "FY2027_cost_breakdown.docx",
        "page_header": "社外秘　日の出産業株式会社 国際交流事業部",
        "title": "FY2027 受入プログラム 原価内訳",
        "paragraphs": ["FY2027 受入プログラム 原価内訳（案）",
                       "1人あたり原価と提携校向け提示価格の内訳を示す。"],
        "tables": [[["項目", "1人あたり原価(円)", "提示価格(円)"],
                    ["ホストファミリー謝礼（14泊）", "84,000", "—"],
                    ["空港送迎（往復）", "18,500", "—"],
                    ["海外旅行保険", "6,200", "—"],
                    ["学校手配料", "22,000", "—"],
                    ["合計", "130,700", "168,000"]]],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="the attached DOCX carries a 社外秘 stamp in its page header",
)

# ---- 015 stop: password-protected ZIP (PPAP) --------------------------------------------
_s15 = students(6)
add(
    expect="stop",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["Ms Aroha Ngata <a.ngata@kiwibridge.ac.nz>"],
    subject="Host placement file for your group (password to follow)",
    charset="utf-8",
    body=f"""Kia ora Aroha,

Please find the host placement file for your group attached as a zip file.
The password will be sent in a separate e-mail in a few minutes.

{SIG_CARTER}
""",
    attachments=[{
        "kind": "zip", "name": "placement_KBE_2026.zip", "password": "Kbe2026#hs",
        "files": [{"kind": "xlsx", "name": "placement.xlsx",
                   "sheets": {"Placement": [["Student", "Host family", "Host phone"]]
                              + [[s["name"], h["romaji"], h["tel"]]
                                 for s, h in zip(_s15, hosts(6))]}}],
    }],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP attachment cannot be scanned",
)

# ---- 016 pass: price list in an HTML-only mail --------------------------------------------
add(
    expect="pass",
    sender="宮路 翔太 <miyaji.s@hinode-sangyo.co.jp>",
    to=["進路指導部 <shinro@seiryo-gakuen.ed.jp>"],
    subject="2027年春 短期留学プログラム 料金表",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif">
<p>清稜学園高等学校<br>進路指導部 ご担当 先生</p>
<p>いつもお世話になっております。日の出産業 国際交流事業部の宮路でございます。<br>
ご依頼いただいた2027年春の短期留学プログラム料金表をお送りいたします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>コード</th><th>行き先</th><th>期間</th><th>料金（税込）</th><th>燃油目安</th></tr>
<tr><td>SP27-AU1</td><td>オーストラリア・パース</td><td>15日間</td><td>¥468,000</td><td>¥38,000</td></tr>
<tr><td>SP27-CA1</td><td>カナダ・バンクーバー</td><td>15日間</td><td>¥498,000</td><td>¥42,000</td></tr>
<tr><td>SP27-NZ1</td><td>ニュージーランド・クライストチャーチ</td><td>22日間</td><td>¥552,000</td><td>¥40,000</td></tr>
<tr><td>SP27-UK1</td><td>イギリス・ブリストル</td><td>15日間</td><td>¥598,000</td><td>¥51,000</td></tr>
</table>
<p>※ホームステイ（2食付）、現地校授業料、海外旅行保険を含みます。<br>
※最少催行人数は各コース10名です。</p>
<p>--<br>日の出産業株式会社 国際交流事業部 留学送出グループ 宮路 翔太<br>TEL 03-5439-2276</p>
</body></html>""",
    entities=[],
    detectors=[],
    note="price list with product codes in an HTML table, no personal data",
)

# ---- 017 stop: a host family's My Number to the outside tax accountant --------------------
_h17 = hosts(1)[0]
_mn17 = next_my_number()
add(
    expect="stop",
    sender="戸田 亜希子 <toda.a@hinode-sangyo.co.jp>",
    to=["税理士法人かなめ会計 所 <tokoro@kaname-kaikei.jp>"],
    subject="ホストファミリー謝礼の支払調書について（個人番号）",
    charset="iso-2022-jp",
    body=f"""かなめ会計 所先生

お世話になっております。日の出産業 経理部の戸田です。
ホストファミリー謝礼の支払調書作成の件、番号の提出が遅れていた1名分をお知らせします。

　支払先：{_h17['name']}（{_h17['kana']}）
　住所　：{_h17['addr']}
　個人番号：{_mn17[:4]} {_mn17[4:8]} {_mn17[8:]}
　支払額：年間 336,000円

他の方の分はすでにお送りした一覧のとおりです。よろしくお願いいたします。

{SIG_TODA}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a host parent's My Number to an outside tax accountant",
)

# ---- 018 pass: two external organisations in a three-way meeting mail --------------------
add(
    expect="pass",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["青葉運輸 営業部 須藤様 <sudo.t@aoba-unyu.co.jp>"],
    cc=["さくらホテル 団体営業 梶原様 <kajiwara@sakura-hotel.jp>"],
    subject="秋受入 到着日の動線確認（三者打合せ）",
    charset="iso-2022-jp",
    body=f"""青葉運輸 須藤様
さくらホテル 梶原様

お世話になっております。日の出産業の堀之内です。
10月10日の到着日について、空港→ホテルの動線を三者で確認させてください。

　候補日：9月15日（火）10:00〜 / 9月17日（木）15:00〜
　場所　：オンライン（Teams）

バスの乗降場所とホテル車寄せの使用時間が主な論点です。
ご都合のよい日時をお知らせください。

{SIG_HORI}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc for a meeting: allowed",
)

# ---- 019 stop: a student's mental-health diagnosis to a host family ----------------------
add(
    expect="stop",
    sender="桐生 奈央 <kiryu.n@hinode-sangyo.co.jp>",
    to=["早乙女 和美 <saotome_kazumi@yahoo.co.jp>"],
    subject="Jonasくんの様子について",
    charset="iso-2022-jp",
    body=f"""早乙女様

先日はお電話ありがとうございました。桐生です。
Jonas Lindqvist くんについて、スウェーデンの派遣元団体から連絡がありましたので共有いたします。

Jonasくんは昨年、現地の医療機関でうつ病と診断されており、現在も抗うつ薬（朝1回）を服用中とのことです。
食欲が落ちたり、部屋にこもりがちになった場合は、無理に誘わず、私か派遣元の担当者にご連絡ください。
服薬は本人が自己管理しています。

ご負担をおかけしますが、どうぞよろしくお願いいたします。

{SIG_KIRYU}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="one named student's depression diagnosis and medication to a host family",
)

# ---- 020 either: five students' names with flight numbers only ---------------------------
_s20 = students(5)
_fl20 = ["JL 5", "JL 5", "AC 3", "AC 3", "NH 106"]
add(
    expect="either",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["青葉運輸 空港送迎センター <sougei@aoba-unyu.co.jp>"],
    subject="羽田 9/1 出迎え ネームボード用氏名",
    charset="utf-8",
    body=f"""空港送迎センター ご担当者様

日の出産業の堀之内です。9/1 羽田出迎えのネームボード用に、氏名と便名をお送りします。

""" + "\n".join(f"  {s['name']:<24}{fl}" for s, fl in zip(_s20, _fl20)) + f"""

ボードには「HINODE HOMESTAY」の表記もお願いします。

{SIG_HORI}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="five names with flight numbers only: a list of people, but with little more than names",
)


# ---- 021 stop: HTML-only table of host families' names and addresses to a printer -------
_h21 = hosts(7)
_tr21 = "\n".join(
    f"<tr><td>{i + 1}</td><td>{h['name']} 様</td><td>〒{h['zip']}</td><td>{h['addr']}</td>"
    f"<td>{h['tel']}</td></tr>" for i, h in enumerate(_h21))
add(
    expect="stop",
    sender="桐生 奈央 <kiryu.n@hinode-sangyo.co.jp>",
    to=["錦印刷 DM係 <dm@nishiki-insatsu.co.jp>"],
    subject="ホストファミリー通信 秋号 宛名データ",
    charset="utf-8",
    html=f"""<html><body>
<p>錦印刷株式会社 DM係 御中</p>
<p>いつもお世話になっております。日の出産業の桐生です。<br>
「ホストファミリー通信 秋号」の宛名印字分を下表のとおりお送りします。封筒は長3、差出人は国際交流事業部でお願いします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>No</th><th>宛名</th><th>郵便番号</th><th>住所</th><th>電話（不達時連絡用）</th></tr></thead>
<tbody>
{_tr21}
</tbody></table>
<p>発送は9月25日着でお願いいたします。</p>
<p>日の出産業株式会社 国際交流事業部<br>ホストファミリー支援チーム 桐生 奈央<br>Tel 03-5439-2279</p>
</body></html>""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven host families' names, home addresses and phones in an HTML-only table to a printer",
)

# ---- 022 pass: invoice to a school, with the company's T-number and bank account ---------
_t22 = "T" + corp_number("010401083745")
add(
    expect="pass",
    sender="戸田 亜希子 <toda.a@hinode-sangyo.co.jp>",
    to=["清稜学園 事務室 <jimu@seiryo-gakuen.ed.jp>"],
    subject="ご請求書送付のお知らせ（請求番号 HS-INV-26-0093）",
    charset="iso-2022-jp",
    body=f"""清稜学園高等学校 事務室 御中

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
2026年夏 短期留学プログラム（SP26-AU1）の参加費につきまして、下記のとおりご請求申し上げます。

　請求番号　：HS-INV-26-0093
　ご請求金額：5,616,000円（税込、12名分）
　お支払期限：2026年6月30日
　振込先　　：みどり銀行 本店営業部 普通 3048172 ヒノデサンギヨウ（カ
　登録番号　：{_t22}

請求書原本（PDF）は別便にてお送りいたします。

{SIG_TODA}
""",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="an invoice with the company's own T-number and company bank account: business data",
)

# ---- 023 stop: host family register PDF with 和暦 dates of birth --------------------------
_h23 = hosts(6)
add(
    expect="stop",
    sender="青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>",
    to=["公益財団法人みなみ国際交流協会 <hs-touroku@minami-kokusai.or.jp>"],
    subject="ホストファミリー登録台帳（令和8年度 追加分）",
    charset="iso-2022-jp",
    body=f"""みなみ国際交流協会
ホームステイ登録窓口 御中

お世話になっております。日の出産業の青柳でございます。
共同事業のホストファミリー登録台帳について、当社受付分（6家庭）をPDFにてお送りします。
貴協会の台帳への転記をお願いいたします。

{SIG_AOYAGI}
""",
    attachments=[{
        "kind": "pdf", "name": "HF登録台帳_追加分.pdf",
        "title": "ホストファミリー登録台帳",
        "lines": ["ホストファミリー登録台帳（令和8年度 追加分）", "受付：日の出産業株式会社 国際交流事業部", ""],
        "table": [["登録者氏名", "生年月日", "住所", "電話", "世帯人数"]]
        + [[h["name"], wareki(*h["dob"], style="kanji"), h["addr"], h["tel"], f"{h['members']}名"]
           for h in _h23],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a PDF register of six host parents with 和暦 dates of birth, addresses and phones",
)

# ---- 024 stop: kana names and full-width phone numbers, one block per family ------------
_h24 = hosts(5)
_b24 = "\n\n".join(
    f"■{h['sei_kana']}　{h['mei_kana']}　さま\n"
    f"　でんわ：{fw(h['mobile'])}\n"
    f"　メール：{h['email']}\n"
    f"　受入れ可能時期：{rng.choice(['７月〜８月', '通年', '１０月以降', '春休みのみ'])}"
    for h in _h24)
add(
    expect="stop",
    sender="桐生 奈央 <kiryu.n@hinode-sangyo.co.jp>",
    to=["NPO法人ゆいまーる交流ネット <info@yuimaaru-net.or.jp>"],
    subject="短期ホームステイ 協力家庭のご紹介",
    charset="cp932",
    body=f"""ゆいまーる交流ネット　御中

お世話になっております。日の出産業の桐生です。
先日お話しした週末ホームステイに協力いただける家庭をご紹介します。
ご本人たちには貴団体から直接ご連絡が行くことを伝えてあります。

{_b24}

どうぞよろしくお願いいたします。

{SIG_KIRYU}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five families in kana with full-width mobile numbers and e-mail, one block each, to an NPO",
)

# ---- 025 pass: one host family on free mail, practical information only ------------------
add(
    expect="pass",
    sender="桐生 奈央 <kiryu.n@hinode-sangyo.co.jp>",
    to=["宍戸 さま <shishido.home@outlook.jp>"],
    subject="Re: 来週の面談日程",
    charset="iso-2022-jp",
    body=f"""宍戸さま

ご返信ありがとうございます。桐生です。
それでは9月12日（土）10時に、ご自宅へ伺います。同行は上司の青柳です。
当日はお子さまのお部屋と、留学生に使っていただくお部屋を拝見できれば幸いです。

所要時間は1時間ほどの予定です。どうぞよろしくお願いいたします。

{SIG_KIRYU}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="one private free-mail recipient, an appointment: allowed",
)

# ---- 026 stop: outbound students in romaji with DOB to a school abroad (English) ---------
_h26 = hosts(6)
_given26 = rng.sample(['Haruka', 'Sota', 'Yui', 'Ren', 'Mio', 'Kaito', 'Hina'], 6)
_r26 = "\n".join(
    f"{i + 1}. {h['sei_ro'].upper()} {_given26[i]}"
    f"  | DOB {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2009, 2010])}"
    f"  | Guardian mobile +81 {h['mobile'][1:]}"
    for i, h in enumerate(_h26))
add(
    expect="stop",
    sender="宮路 翔太 <miyaji.s@hinode-sangyo.co.jp>",
    to=["Admissions <intl@westbury-academy.org.uk>"],
    subject="Spring 2027 short course - student details for enrolment",
    charset="utf-8",
    body=f"""Dear Admissions team,

Thank you for confirming six places on the Spring 2027 short course.
Please find our students' details for enrolment below:

{_r26}

All students are Year 11 (Japanese 高校1年) and will arrive on 20 March.

Kind regards,
Shota Miyaji
Outbound Programmes, Hinode Sangyo Co., Ltd.
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six students in romaji with dates of birth and guardians' mobiles to a school abroad",
)

# ---- 027 pass: internal mail marked 社外秘 ------------------------------------------------
add(
    expect="pass",
    sender="青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>",
    to=["国際交流事業部 全員 <kokusai-all@hinode-sangyo.co.jp>"],
    subject="【社外秘】ホストファミリー謝礼改定案について",
    charset="iso-2022-jp",
    body=f"""事業部の皆さん

【社外秘】
来年度からのホストファミリー謝礼の改定案です。まだ提携団体には出さないでください。

　現行：1泊 5,500円 → 改定案：1泊 6,200円（2027年4月受入れ分から）
　長期（3か月以上）：月額 150,000円 → 165,000円

10月の部会で決定予定です。意見があれば今週中に私まで。

{SIG_AOYAGI}
""",
    entities=[],
    detectors=[],
    note="marked 社外秘 but all recipients are internal",
)

# ---- 028 stop: forwarded .eml that carries a student list --------------------------------
_s28 = students(6)
_inner28 = {
    "sender": "Emily Carter <carter.e@hinode-sangyo.co.jp>",
    "to": ["堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>"],
    "subject": "Kiwi Bridge group - emergency contacts",
    "charset": "utf-8",
    "body": "Ken-san,\n\nEmergency contacts for the Kiwi Bridge group, as received from NZ:\n\n"
            + "\n".join(f"- {s['name']} (DOB {s['dmy']}): parent +64 21 {rng.randint(100, 999)} "
                        f"{rng.randint(1000, 9999)}, JP mobile {s['mobile']}" for s in _s28)
            + "\n\nEmily\n",
}
add(
    expect="stop",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["金沢市立犀川高等学校 国際交流担当 <kokusai@saigawa-hs.ed.jp>"],
    subject="FW: Kiwi Bridge group - emergency contacts",
    charset="iso-2022-jp",
    body=f"""犀川高校 国際交流担当 先生

お世話になっております。日の出産業の堀之内です。
来週から通学するニュージーランドの生徒の緊急連絡先です。社内メールをそのまま転送します。
学校での緊急時にご利用ください。

{SIG_HORI}
""",
    attachments=[{"kind": "eml", "name": "emergency_contacts.eml", "message": _inner28}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forwarded internal mail (attached .eml) lists six students with DOB and phones",
)

# ---- 029 stop: a host father's arrest record, in a sentence -----------------------------
add(
    expect="stop",
    sender="青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>",
    to=["ひだまりホームステイ協会 山際 <yamagiwa@hidamari-hs.or.jp>"],
    subject="ホスト候補 江頭家の件（ご相談）",
    charset="iso-2022-jp",
    body=f"""山際様

お世話になっております。青柳です。
先日ご紹介いただいた江頭家（金沢市石引）の件でご相談です。

面談後に近隣の方から情報提供があり、ご本人にも確認したところ、
ご主人の江頭 康弘さんが2019年に傷害事件で逮捕され、罰金刑を受けていたことが分かりました。
未成年の留学生をお預けする以上、当社としては今回の登録は見送りたいと考えております。

貴協会の判断基準とも照らし合わせたく、お電話でお話しできればと思います。

{SIG_AOYAGI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named host father's arrest and criminal penalty sent to an external agency",
)

# ---- 030 pass: dietary needs as counts only, to the caterer ------------------------------
add(
    expect="pass",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    subject="10/11 ウェルカムパーティー 料理内容の確認",
    charset="iso-2022-jp",
    body=f"""北国フーズ ケータリング事業部 ご担当者様

日の出産業のカーターです。10月11日のウェルカムパーティー（留学生14名、ホスト家族約40名）の
料理について、特別対応が必要な人数をお知らせします。

　・ベジタリアン対応：3食
　・ハラール対応：2食
　・ナッツ類不使用：全料理（アレルギーの参加者がいるため）

各料理に原材料の表示カード（英語併記）をお願いできますでしょうか。

{SIG_CARTER}
""",
    entities=[],
    detectors=[],
    note="dietary needs given as counts, no one identifiable",
)


# ---- 031 stop: DOCX table of students' allergies and religious diets to the caterer ------
_s31 = students(6)
_diet31 = [("ハラール（イスラム教）", "なし"), ("ベジタリアン", "ナッツ（アナフィラキシー既往、エピペン携帯）"),
           ("なし", "小麦（セリアック病）"), ("豚肉不可（イスラム教）", "なし"),
           ("なし", "卵・乳"), ("牛肉不可（ヒンドゥー教）", "なし")]
add(
    expect="stop",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    subject="Re: 10/11 ウェルカムパーティー 個別対応表",
    charset="iso-2022-jp",
    body=f"""北国フーズ ご担当者様

カーターです。個別の配膳が必要とのことでしたので、対象者ごとの対応表（Word）を添付します。
当日は名札の色で見分けられるようにしておきます。

{SIG_CARTER}
""",
    attachments=[{
        "kind": "docx", "name": "食事個別対応表_1011.docx",
        "paragraphs": ["ウェルカムパーティー（10/11）食事個別対応表", "日の出産業株式会社 国際交流事業部"],
        "tables": [[["氏名", "国籍", "宗教・食習慣", "アレルギー・疾患"]]
                   + [[s["name"], s["nat"], d[0], d[1]] for s, d in zip(_s31, _diet31)]],
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six named students with religion and medical allergies/diseases in a DOCX table",
)

# ---- 032 pass: programme brochure (PDF) to a school abroad -------------------------------
add(
    expect="pass",
    sender="Yukari Saeki <saeki.y@hinode-sangyo.co.jp>",
    to=["Mr Pieter de Vries <p.devries@ijssel-lyceum.nl>"],
    subject="Japan homestay programme brochure (English)",
    charset="utf-8",
    body=f"""Dear Mr de Vries,

It was a pleasure meeting you at the EAIE fair. As requested, I attach our brochure for
the Japan homestay programme (2 or 3 weeks, ages 15-18). It covers the host family
selection process, school life in Kanazawa, insurance and our 24-hour support line.

We would be glad to prepare a tailored proposal for a group from your school.

{SIG_SAEKI_EN}

{DISC_EN}
""",
    attachments=[{
        "kind": "pdf", "name": "Hinode_Homestay_Brochure_EN.pdf",
        "title": "Japan Homestay Programme",
        "lines": ["Japan Homestay Programme 2027", "",
                  "Who we are: the International Exchange Division of Hinode Sangyo Co., Ltd.",
                  "Host families: interviewed at home, trained, visited every term.",
                  "School: daily classes at partner high schools in Kanazawa.",
                  "Safety: 24-hour bilingual support line, full travel insurance.",
                  "Fees: from JPY 168,000 (2 weeks) excluding flights."],
    }],
    entities=[],
    detectors=[],
    note="brochure and a standard disclaimer, no personal data",
)

# ---- 033 stop: PPTX orientation deck with a slide of hosts' addresses and phones ---------
_s33 = students(5)
_h33 = hosts(5)
add(
    expect="stop",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["Mr Tom Gallagher <t.gallagher@lakeshore-collegiate.ca>"],
    subject="Pre-departure orientation slides for your students",
    charset="utf-8",
    body=f"""Hi Tom,

Here are the slides for the pre-departure orientation on Thursday. Slide 3 has each
student's host family so that they can write to them before leaving.

{SIG_CARTER}
""",
    attachments=[{
        "kind": "pptx", "name": "LC_predeparture_2026.pptx",
        "slides": [["Welcome to Kanazawa!", "Programme dates: 10-24 October", "What to pack"],
                   ["Life with your host family", "House rules", "Bath and laundry", "Curfew 21:00"],
                   ["Your host families"] + [f"{s['first']} → {h['romaji']}, {h['addr']}, tel {h['tel']}"
                                             for s, h in zip(_s33, _h33)],
                   ["Emergency", "24h support line 03-5439-2299"]],
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a slide in the PPTX lists five host families with addresses and phones",
)

# ---- 034 stop: ZIP (not encrypted) with host families' bank accounts to the bank ---------
_h34 = hosts(8)
add(
    expect="stop",
    sender="戸田 亜希子 <toda.a@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
    subject="総合振込データ（ホストファミリー謝礼 9月分）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 経理部の戸田です。
9月分ホストファミリー謝礼の総合振込データをお送りします（振込指定日 9月30日）。
伝送サービスの不具合のため、今回のみメールでの受付とのことで承知しております。

{SIG_TODA}
""",
    attachments=[{
        "kind": "zip", "name": "furikomi_202609.zip",
        "files": [{"kind": "csv", "name": "furikomi_202609.csv", "encoding": "utf-8",
                   "rows": [["受取人名（カナ）", "銀行", "支店", "種目", "口座番号", "金額"]]
                   + [[f"{h['sei_kana']} {h['mei_kana']}", h["bank"], h["branch"], "普通", h["acct"],
                       rng.choice(["77000", "82500", "55000", "110000"])] for h in _h34]}],
    }],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="eight host parents' bank accounts in a CSV inside a plain ZIP, to the bank",
)

# ---- 035 pass: list of hotels (businesses) -----------------------------------------------
add(
    expect="pass",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["Ms Rebecca Holloway <r.holloway@brightwater-college.edu.au>"],
    subject="Hotels for accompanying teachers (Kanazawa)",
    charset="utf-8",
    body=f"""Dear Rebecca,

Your teachers asked for hotel options near the school. All of the following are within
15 minutes' walk of the campus and have English-speaking staff:

  Hotel                      Phone            Twin / night
  -------------------------  ---------------  ------------
  Sakura Hotel Kanazawa      076-221-0808     JPY 16,500
  Hotel Kenroku Terrace      076-232-4411     JPY 14,800
  Asanogawa Inn              076-252-7720     JPY 12,900
  Comfort Stay Korinbo       076-264-3300     JPY 11,200

We can book on your behalf if you let us know the dates.

Best regards,
Ken Horinouchi
Hinode Sangyo Co., Ltd.
""",
    entities=[],
    detectors=[],
    note="a list of hotels with switchboard numbers: businesses, not people",
)

# ---- 036 stop: one student's hospitalisation claim with diagnosis and passport -----------
_s36 = students(1)[0]
add(
    expect="stop",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["常盤損害保険 保険金サービス課 <claim@tokiwa-sonpo.co.jp>"],
    subject="【事故報告】留学生総合保険 証券No.TK-26-004417",
    charset="iso-2022-jp",
    body=f"""常盤損害保険 保険金サービス課 御中

日の出産業の堀之内です。下記のとおり事故（疾病）のご報告をいたします。

　被保険者　：{_s36['NAME']}（{_s36['nat']}）
　生年月日　：{_s36['iso']}
　旅券番号　：{_s36['passport']}
　発生日　　：2026年8月3日
　内容　　　：急性虫垂炎と診断され、金沢中央病院に入院（8/3〜8/9）、腹腔鏡下手術を実施
　治療費　　：病院よりキャッシュレス対応の可否について照会あり

診断書と領収書は退院後に郵送いたします。

{SIG_HORI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one student's diagnosis and surgery with DOB and passport number to an insurer",
)

# ---- 037 stop: a student's health insurance card symbol and number -----------------------
add(
    expect="stop",
    sender="宮路 翔太 <miyaji.s@hinode-sangyo.co.jp>",
    to=["そら旅行 留学サポートデスク <ryugaku@sora-travel.co.jp>"],
    subject="海外療養費の申請サポートの件（仁科さん）",
    charset="iso-2022-jp",
    body=f"""そら旅行 留学サポートデスク ご担当者様

お世話になっております。日の出産業の宮路です。
先日ご相談した、カナダ研修参加者 仁科 美月さん（高校2年）の海外療養費申請の件です。
保護者の方から健康保険証の情報をいただきましたので、お知らせします。

　被保険者証　記号 3112・番号 4087（被扶養者）
　保険者番号　06130419
　被保険者氏名　仁科 修平（父）

申請書の様式が届きましたら、保護者に記入を依頼いたします。

{SIG_MIYAJI}
""",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="health insurance card symbol and number of a named student to a travel agency",
)

# ---- 038 pass: reply; the student's allergy is only in the quoted original ---------------
add(
    expect="pass",
    sender="桐生 奈央 <kiryu.n@hinode-sangyo.co.jp>",
    to=["ひだまりホームステイ協会 山際 <yamagiwa@hidamari-hs.or.jp>"],
    subject="RE: 受入生の健康情報について",
    charset="cp932",
    body=f"""山際様

ご共有ありがとうございます。承知いたしました。
ホストのご家庭には、こちらから口頭でお伝えするようにいたします。

桐生

-----Original Message-----
From: 山際 <yamagiwa@hidamari-hs.or.jp>
Sent: Tuesday, August 25, 2026 4:12 PM
To: 桐生 奈央 <kiryu.n@hinode-sangyo.co.jp>
Subject: 受入生の健康情報について

桐生様

お世話になっております。ひだまりの山際です。
9月に貴社経由で受け入れる Chloe Tremblay さんですが、派遣元から、
重度の小麦アレルギーがあり、喘息の持病もあると連絡がありました。
吸入薬を持参するとのことです。ホストへの共有をお願いできますか。

山際
""",
    entities=[],
    detectors=[],
    note="the health information is only in the quoted mail the recipient wrote",
)

# ---- 039 stop: full-width passport number of one student in a sentence -------------------
_p39 = passport_no("TR")
add(
    expect="stop",
    sender="宮路 翔太 <miyaji.s@hinode-sangyo.co.jp>",
    to=["Ms Aroha Ngata <a.ngata@kiwibridge.ac.nz>"],
    subject="Re: Visitor visa letter for our student",
    charset="utf-8",
    body=f"""Dear Aroha,

Thank you for preparing the invitation letter. The student's passport has been renewed,
so please use the new details:

　氏名：五十嵐 奏（IGARASHI KANADE）
　旅券番号：{fw(_p39)}（有効期限 ２０３６年５月１１日）

Her parents will collect the letter at our office. Many thanks for your help.

{SIG_MIYAJI}
""",
    entities=["PERSON_NAME", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="one student's passport number written in full-width characters to a school abroad",
)

# ---- 040 stop: four external parties can see each other in To/Cc -------------------------
add(
    expect="stop",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["Ms Aroha Ngata <a.ngata@kiwibridge.ac.nz>"],
    cc=["常盤損害保険 法人団体保険課 <dantai@tokiwa-sonpo.co.jp>",
        "そら旅行 留学サポートデスク <ryugaku@sora-travel.co.jp>",
        "猪股 様 <inomata.family@yahoo.co.jp>"],
    subject="Typhoon warning - changes to Saturday's excursion",
    charset="utf-8",
    body=f"""Dear all,

Because of Typhoon No. 14, Saturday's excursion to the Noto peninsula is cancelled.
Students will stay with their host families; the school trip is moved to 24 October.
Insurance cover and transport bookings are not affected.

We will update you again on Friday evening.

{SIG_CARTER}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four external parties (three organisations and a private person) visible in To/Cc",
)


# ---- 041 pass: XLSX of recruitment statistics by prefecture -----------------------------
add(
    expect="pass",
    sender="青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>",
    to=["みなみ国際交流協会 事業課 <jigyo@minami-kokusai.or.jp>"],
    subject="ホストファミリー登録数の推移（県別集計）",
    charset="iso-2022-jp",
    body=f"""みなみ国際交流協会 事業課 御中

お世話になっております。青柳です。
年次報告書用に、当社経由のホストファミリー登録数を県別に集計しました。
個人が特定される情報は含めておりません。

{SIG_AOYAGI}
""",
    attachments=[{
        "kind": "xlsx", "name": "HF登録数_県別_2022-2026.xlsx",
        "sheets": {"県別": [["ホストファミリー登録数（各年4月1日現在）"], [],
                           ["都道府県", "2022", "2023", "2024", "2025", "2026"],
                           ["石川県", 38, 41, 47, 52, 58], ["富山県", 12, 15, 15, 18, 21],
                           ["福井県", 9, 9, 11, 13, 12], ["長野県", 22, 24, 29, 31, 30],
                           ["合計", 81, 89, 102, 114, 121]],
                   "受入実績": [["年度", "受入人数", "平均滞在日数"], [2024, 186, 16.2],
                              [2025, 214, 17.5]]},
    }],
    entities=[],
    detectors=[],
    note="aggregate statistics only, no person identifiable",
)

# ---- 042 stop: look-alike of the organisation's own domain (other TLD) -------------------
add(
    expect="stop",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["宮路 翔太 <miyaji.s@hinode-sangyo.com>"],
    subject="明日の出迎えシフト",
    charset="iso-2022-jp",
    body="""宮路さん

明日の成田出迎え、13時の便は私が行きます。18時着のCX便をお願いできますか。
ネームボードは事務所のロッカーに入れてあります。

堀之内
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo.com is a look-alike (other TLD) of the internal hinode-sangyo.co.jp",
)

# ---- 043 stop: XLSX with a Confidential page header, to an overseas partner -------------
add(
    expect="stop",
    sender="Yukari Saeki <saeki.y@hinode-sangyo.co.jp>",
    to=["Mr Daniel Foster <d.foster@pacificbridge-edu.com>"],
    subject="Commission rates 2027 (draft for discussion)",
    charset="utf-8",
    body=f"""Dear Daniel,

Attached is the draft commission table for 2027 that we discussed. Please treat it as a
starting point for next week's call.

{SIG_SAEKI_EN}
""",
    attachments=[{
        "kind": "xlsx", "name": "commission_2027_draft.xlsx",
        "page_header": "CONFIDENTIAL - Hinode Sangyo / Pacific Bridge only",
        "sheets": {"Rates": [["Programme", "Duration", "Fee (JPY)", "Agent commission"],
                             ["Short stay", "2 weeks", 168000, "12%"],
                             ["Term stay", "10 weeks", 720000, "15%"],
                             ["Academic year", "10 months", 2100000, "15%"]]},
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="the XLSX carries a CONFIDENTIAL page header",
)

# ---- 044 pass: tracking number for documents sent by courier ------------------------------
add(
    expect="pass",
    sender="宮路 翔太 <miyaji.s@hinode-sangyo.co.jp>",
    to=["International Office <intl@maplegrove-hs.ca>"],
    subject="Signed agreements sent by DHL",
    charset="utf-8",
    body=f"""Dear International Office,

The two signed copies of the 2027-2029 exchange agreement were sent today by DHL Express.

  Waybill:   4071 2286 53
  Pieces:    1 (document envelope)
  Expected:  Tuesday, 8 December

Please sign and return one copy at your convenience.

{SIG_MIYAJI}
""",
    entities=[],
    detectors=[],
    note="a tracking number and agreement talk, nothing personal",
)

# ---- 045 stop: password-protected PDF ----------------------------------------------------
add(
    expect="stop",
    sender="青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>",
    to=["ひだまりホームステイ協会 山際 <yamagiwa@hidamari-hs.or.jp>"],
    subject="家庭訪問報告書（パスワード付PDF）",
    charset="iso-2022-jp",
    body=f"""山際様

青柳です。8月分の家庭訪問報告書をお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。

{SIG_AOYAGI}
""",
    attachments=[{"kind": "pdf", "name": "家庭訪問報告書_202608.pdf", "password": "hidamari0826",
                  "lines": ["家庭訪問報告書（2026年8月）", "訪問先：5家庭", "所見：いずれも良好"]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached PDF is encrypted and cannot be inspected",
)

# ---- 046 stop: outbound students, one block per person, with 旅券番号 --------------------
_h46 = hosts(5)
_kids46 = ["陽菜", "蒼", "結衣", "湊", "莉子"]
_b46 = "\n".join(
    f"【{i + 1}】{h['sei']} {k}（{h['sei_ro'].upper()} {rom}）\n"
    f"　　旅券番号 {passport_no(rng.choice(['TS', 'TZ', 'MZ']))}　有効期限 {2030 + i}/0{i + 3}/1{i}\n"
    f"　　生年月日 {wareki(2009 + i % 2, i + 2, 10 + i, 'abbr')}\n"
    for i, (h, k, rom) in enumerate(zip(_h46, _kids46, ["HINA", "AOI", "YUI", "MINATO", "RIKO"])))
add(
    expect="stop",
    sender="宮路 翔太 <miyaji.s@hinode-sangyo.co.jp>",
    to=["そら旅行 法人営業部 大槻様 <otsuki@sora-travel.co.jp>"],
    subject="3/20発 パース研修 航空券発券用データ",
    charset="iso-2022-jp",
    body=f"""そら旅行 大槻様

いつもお世話になっております。日の出産業の宮路です。
3/20発 パース研修の生徒5名分、発券用の旅券情報をお送りします。

{_b46}
引率（宮路）の分は先日お送りしたとおりです。
よろしくお願いいたします。

{SIG_MIYAJI}
""",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="five students in blocks with passport numbers and 和暦 (H21.x.x) dates of birth",
)

# ---- 047 pass: three attendees with phone numbers to the hotel ---------------------------
add(
    expect="pass",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="10/23 フェアウェルパーティー 当日連絡先",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約 ご担当者様

カーターです。10/23のフェアウェルパーティー当日の連絡先をお知らせします。

　・引率教員　Rebecca Holloway　080-4417-2093
　・引率教員　Marcus Webb　　　080-4417-2094
　・ホスト代表　鬼頭 恵　　　　090-6623-8810

会場設営の確認は私（カーター）までお願いします。

{SIG_CARTER}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three people's mobile numbers for the event day: under five, may be warned",
)

# ---- 048 stop: emergency contacts keyed by student ID (no names), comma-separated --------
_s48 = students(6)
_c48 = "\n".join(f"{s['id']},{s['nat']},+{rng.choice(['61', '64', '1', '44'])} {digits(3)} {digits(3)} {digits(4)},"
                 f"parent{rng.randint(1, 99)}.{s['last'].lower()}@{rng.choice(['gmail.com', 'outlook.com', 'bigpond.com'])},"
                 f"{s['mobile']}" for s in _s48)
add(
    expect="stop",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["金沢市立犀川高等学校 教頭 <kyoto@saigawa-hs.ed.jp>"],
    subject="留学生 緊急連絡先（校内保管用）",
    charset="utf-8",
    body=f"""犀川高校 教頭先生

日の出産業の堀之内です。留学生6名の緊急連絡先を、校内保管用にお送りします。
氏名は学籍IDで管理しておりますので、別途お渡しした対応表と照合してください。

student_id,nationality,parent_phone,parent_email,student_mobile
{_c48}

{SIG_HORI}
""",
    entities=["PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six rows of parents' phones and e-mails keyed by ID, without a name column",
)

# ---- 049 either: five host families' names and towns only --------------------------------
_h49 = hosts(5)
add(
    expect="either",
    sender="Yukari Saeki <saeki.y@hinode-sangyo.co.jp>",
    to=["Homestay Desk <homestay@eurolingua-exchange.de>"],
    subject="Host families for the October group",
    charset="utf-8",
    body=f"""Dear Homestay Desk,

Good news: all five places for the October group are now matched.

""" + "\n".join(f"  * {h['romaji']} family - {h['city']}, {rng.choice(['two children', 'retired couple', 'one teenage son', 'a dog and a cat', 'three children'])}"
                for h in _h49) + f"""

Full addresses will be shared through the portal once the students' visas are confirmed.

{SIG_SAEKI_EN}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="five host families named with city and household make-up: a thin list of people",
)

# ---- 050 stop: English bullet list of placements with host addresses ---------------------
_s50 = students(5)
_h50 = hosts(5)
add(
    expect="stop",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["Placement Team <placements@pacificbridge-edu.com>"],
    subject="Final placements - Pacific Bridge September intake",
    charset="utf-8",
    body=f"""Hello Placement Team,

Final placements for your September intake:

""" + "\n".join(f"- {s['name']} (b. {s['dmy']}) -> {h['romaji']}, {h['addr']}, mobile {h['mobile']}"
                for s, h in zip(_s50, _h50)) + f"""

Please forward each family's details to the relevant student only.

{SIG_CARTER}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five students with DOB and their hosts' addresses and mobiles to an overseas agent",
)


# ---- 051 pass: English reply; the passport number is only in the quoted text -------------
_s51 = students(1)[0]
add(
    expect="pass",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["Mr Tom Gallagher <t.gallagher@lakeshore-collegiate.ca>"],
    subject="Re: Passport renewal for one of our students",
    charset="utf-8",
    body=f"""Hi Tom,

Thanks for letting us know. We have updated our records and passed the change to the
insurer, so nothing else is needed from your side.

{SIG_CARTER}

On Mon, 17 Aug 2026 at 09:14, Tom Gallagher <t.gallagher@lakeshore-collegiate.ca> wrote:
> Hi Emily,
>
> {_s51['name']} has renewed her passport before departure. New details:
> Passport no. {_s51['passport']}, DOB {_s51['dmy']}, expiry 2036-07-30.
> Could you update the insurance and the hotel list?
>
> Tom
""",
    entities=[],
    detectors=[],
    note="the passport number and DOB are only in the quoted mail from the recipient",
)

# ---- 052 stop: host mother's religion, in English, to the student's agency ---------------
add(
    expect="stop",
    sender="Yukari Saeki <saeki.y@hinode-sangyo.co.jp>",
    to=["Homestay Desk <homestay@eurolingua-exchange.de>"],
    subject="Re: Request for a change of host family (Felix H.)",
    charset="utf-8",
    body=f"""Dear Homestay Desk,

Thank you for raising Felix's concern. We spoke with the host mother, Mrs Yumi Handa,
yesterday. She is a devout member of a Christian evangelical church and had invited
Felix to Sunday services every week; she did not realise he felt obliged to go.

She has apologised and promised not to ask again. Felix would like to stay with the
family, so we suggest no change for now and will check in with him next Friday.

{SIG_SAEKI_EN}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named host mother's religious belief and practice sent to an overseas agency",
)

# ---- 053 pass: one parent on free mail, their own child's arrival details ----------------
add(
    expect="pass",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["Karen Sullivan <karen.sullivan.nz@gmail.com>"],
    subject="Ava's arrival on Saturday",
    charset="utf-8",
    body=f"""Dear Mrs Sullivan,

Just a quick note to confirm Ava's arrival arrangements:

  Flight:   NZ 99, Auckland -> Narita, arriving 16:40 on Saturday 3 October
  Meeting:  Our staff member will hold a "HINODE HOMESTAY" sign at the South Wing exit
  Transfer: Shared bus to Tokyo, hotel night, then train to Kanazawa on Sunday

Ava can reach us on our 24-hour line (+81 3 5439 2299) at any time.

{SIG_CARTER}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="one parent on free mail receives her own daughter's arrival details",
)

# ---- 054 stop: a student's disability certificate to a host family on carrier mail -------
add(
    expect="stop",
    sender="桐生 奈央 <kiryu.n@hinode-sangyo.co.jp>",
    to=["蓮見 様 <hasumi-k.0412@docomo.ne.jp>"],
    subject="受入生 Thanawatくんについてのお願い",
    charset="iso-2022-jp",
    body=f"""蓮見様

桐生です。いつもありがとうございます。
来月からお願いする Thanawat Srisuk くん（タイ・16歳）について、派遣元から詳しい情報が届きました。

脳性まひによる下肢の障害があり、母国で障害者の認定（日本の身体障害者手帳2級相当）を受けています。
短い距離は杖で歩けますが、長距離は車いすを使用します。
ご自宅の玄関の段差について、スロープの貸出を手配いたしますので、寸法を教えていただけますか。

{SIG_KIRYU}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named student's disability sent to a host family on a carrier address",
)

# ---- 055 stop: a student's epilepsy, in English, to a host family ------------------------
add(
    expect="stop",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["Mr & Mrs Makino <makino.aya@icloud.com>"],
    subject="Important: information about Oliver",
    charset="utf-8",
    body=f"""Dear Mr and Mrs Makino,

Before Oliver Haddon arrives next week, his school in New Zealand has asked us to share
the following. Oliver has epilepsy, which is well controlled with medication (taken
morning and evening). He has not had a seizure for two years. If he does have one,
please time it, keep him safe from injury and call an ambulance if it lasts more than
five minutes. His action plan is attached to his school file.

Please keep this information within your family.

{SIG_CARTER}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="one named student's medical condition (epilepsy) to a host family",
)

# ---- 056 pass: internal forward of an insurance claim with a diagnosis -------------------
add(
    expect="pass",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>"],
    cc=["戸田 亜希子 <toda.a@hinode-sangyo.co.jp>"],
    subject="FW: 【事故報告】Lucas Moreau 骨折の件",
    charset="iso-2022-jp",
    body=f"""青柳さん、戸田さん

保険会社から受付完了の連絡がありました。共有です。治療費の立替は不要になりました。

堀之内

---------- 転送されたメッセージ ----------
From: 常盤損害保険 保険金サービス課 <claim@tokiwa-sonpo.co.jp>
Subject: 【事故報告】Lucas Moreau 骨折の件

日の出産業 堀之内様

被保険者 Lucas Moreau 様（生年月日 2008/04/19）の右手首骨折（橈骨遠位端骨折）について
受付いたしました。受付番号 TC-2608-11873。病院へは当社から直接支払います。
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="injury details of a named student, but all recipients are internal",
)

# ---- 057 stop: host father's driving licence number to the insurer -----------------------
add(
    expect="stop",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["常盤損害保険 自動車保険課 <jidousha@tokiwa-sonpo.co.jp>"],
    subject="ホストファミリー送迎時の運転者追加について",
    charset="cp932",
    body=f"""常盤損害保険 自動車保険課 ご担当者様

日の出産業の堀之内です。
留学生の通学送迎を行うホストファミリーの運転者を、施設所有者賠償の特約に追加したく、
運転者の情報をお送りします。

　運転者氏名：能登谷 克己
　運転免許証番号：第 {digits(12)} 号
　免許の色：ゴールド
　有効期限：令和10年6月18日

手続きに必要な書類があればお知らせください。

{SIG_HORI}
""",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a named host father's driving licence number sent to an insurer",
)

# ---- 058 pass: newsletter to host families in Bcc ----------------------------------------
_h58 = hosts(6)
add(
    expect="pass",
    sender="桐生 奈央 <kiryu.n@hinode-sangyo.co.jp>",
    to=["ホストファミリー支援チーム <hf-support@hinode-sangyo.co.jp>"],
    bcc=[f"{h['sei']} 様 <{h['email']}>" for h in _h58],
    subject="【ホストファミリーの皆さまへ】冬季受入れ募集のお知らせ",
    charset="iso-2022-jp",
    body=f"""ホストファミリーの皆さま

（本メールはBCCで一斉送信しております）

いつも留学生の受入れにご協力いただき、ありがとうございます。
12月〜1月の冬季短期受入れ（オーストラリアの高校生、2週間）の受入家庭を募集します。
ご協力いただける場合は、11月10日までにこのメールへご返信ください。

{SIG_KIRYU}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="host families are in Bcc, not visible to each other; content is a general notice",
)

# ---- 059 stop: a local coordinator's basic pension number to the labour consultant -------
add(
    expect="stop",
    sender="戸田 亜希子 <toda.a@hinode-sangyo.co.jp>",
    to=["さくら通り社労士事務所 <info@sakuradori-sr.jp>"],
    subject="地域コーディネーター（パート）資格取得届の件",
    charset="iso-2022-jp",
    body=f"""さくら通り社労士事務所
ご担当 先生

いつもお世話になっております。日の出産業 経理部の戸田です。
10月1日付で採用した金沢地区のホームステイ・コーディネーター（パート）の資格取得届をお願いします。

　氏名　　　：稗田 千尋（ひえだ ちひろ）
　生年月日　：{wareki(1979, 6, 14)}
　基礎年金番号：{digits(4)}-{digits(6)}
　週所定労働時間：24時間

雇用契約書の写しは本日郵送いたしました。

{SIG_TODA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a named coordinator's basic pension number and DOB sent to an outside consultant",
)

# ---- 060 stop: legacy XLS host family register to a city office -------------------------
_h60 = hosts(9)
add(
    expect="stop",
    sender="青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>",
    to=["加賀野市 国際交流課 <kokusai@city.kagano.lg.jp>"],
    subject="市民ホームステイ事業 協力家庭名簿の提出",
    charset="iso-2022-jp",
    body=f"""国際交流課 ご担当者様

お世話になっております。日の出産業の青柳です。
市民ホームステイ事業の協力家庭名簿（9家庭）を、ご指定の様式（xls）で提出いたします。

{SIG_AOYAGI}
""",
    attachments=[{
        "kind": "xls", "name": "kyoryoku_katei_meibo.xls",
        "sheets": {"名簿": [["番号", "世帯主氏名", "ふりがな", "住所", "電話番号", "受入可能人数"]]
                   + [[i + 1, h["name"], h["kana"], h["addr"], h["tel"], rng.randint(1, 2)]
                      for i, h in enumerate(_h60)]},
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="nine host households with names, addresses and phones in a legacy XLS to a city office",
)


# ---- 061 pass: legal consultation on the host family agreement ---------------------------
add(
    expect="pass",
    sender="青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>",
    to=["白川法律事務所 弁護士 白川 先生 <shirakawa@shirakawa-law.jp>"],
    subject="ホストファミリー委託契約書の改定についてご相談",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の青柳です。
ホストファミリー委託契約書の改定について、以下の点をご相談させてください。

1. 留学生が家財を損壊した場合の賠償責任の所在（現行第9条）
2. 受入家庭内の防犯カメラ設置について、留学生への告知義務をどう定めるか
3. 個人情報の取扱い条項に、ホスト側が留学生の旅券を預からない旨を明記すべきか

来週中にお打合せの時間をいただけますと幸いです。

{SIG_AOYAGI}
""",
    entities=[],
    detectors=[],
    note="legal consultation about a contract, no personal data",
)

# ---- 062 stop: look-alike of a partner domain (letter dropped) ---------------------------
add(
    expect="stop",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    subject="ホームステイ管理ポータル ログイン不具合",
    charset="iso-2022-jp",
    body=f"""ツバサシステム サポートご担当者様

日の出産業のカーターです。
本日午前から、ホームステイ管理ポータルで当社アカウント（hinode-admin02）がログインできません。
「セッションが無効です」と表示されます。至急確認をお願いできますでしょうか。

{SIG_CARTER}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp drops a letter from partner tsubasa-system.jp",
)

# ---- 063 pass: blank host family agreement template (DOCX) -------------------------------
add(
    expect="pass",
    sender="桐生 奈央 <kiryu.n@hinode-sangyo.co.jp>",
    to=["NPO法人ゆいまーる交流ネット <info@yuimaaru-net.or.jp>"],
    subject="受入同意書のひな形",
    charset="iso-2022-jp",
    body=f"""ゆいまーる交流ネット 御中

桐生です。先日お話しした受入同意書のひな形（Word）をお送りします。
貴団体の名称に差し替えてお使いください。

{SIG_KIRYU}
""",
    attachments=[{
        "kind": "docx", "name": "受入同意書_ひな形.docx",
        "paragraphs": ["ホームステイ受入同意書", "",
                       "私は、下記の留学生を受け入れることに同意します。", "",
                       "受入期間：　　　年　　月　　日 〜 　　　年　　月　　日",
                       "世帯主氏名：＿＿＿＿＿＿＿＿＿＿＿＿",
                       "住所：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
                       "電話番号：＿＿＿＿＿＿＿＿＿＿", "署名：＿＿＿＿＿＿＿＿＿＿"],
    }],
    entities=[],
    detectors=[],
    note="a blank form with empty fields, no one's data",
)

# ---- 064 stop: homoglyph look-alike of the bank's domain ---------------------------------
add(
    expect="stop",
    sender="戸田 亜希子 <toda.a@hinode-sangyo.co.jp>",
    to=["みどり銀行 外為センター <gaitame@midori-glnko.co.jp>"],
    subject="海外送金（提携校宛て授業料）の件",
    charset="iso-2022-jp",
    body=f"""みどり銀行 外為センター ご担当者様

日の出産業 経理部の戸田です。
来週予定しているBrightwater College宛ての授業料送金（AUD 58,400）について、
送金依頼書の控えをお送りいただけますでしょうか。

{SIG_TODA}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-glnko.co.jp uses l for i: a homoglyph of partner midori-ginko.co.jp",
)

# ---- 065 pass: one group leader's mobile to the hotel ------------------------------------
add(
    expect="pass",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["Sakura Hotel Front Desk <front@sakura-hotel.jp>"],
    subject="Late arrival - group HINODE 1010",
    charset="utf-8",
    body=f"""Dear Front Desk,

The group booked under "HINODE 1010" (16 guests) will arrive around 23:30 tonight
because their flight is delayed. The group leader is Ms Rebecca Holloway; she can be
reached on 080-4417-2093 if you need to contact the group directly.

Thank you for holding the rooms.

{SIG_CARTER}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one group leader's name and mobile: a single contact person",
)

# ---- 066 stop: hyphen-for-dot look-alike of the caterer's domain ------------------------
add(
    expect="stop",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["北国フーズ 営業部 <eigyo@kitaguni-foods-co.jp>"],
    subject="お見積りのお願い（フェアウェルパーティー）",
    charset="iso-2022-jp",
    body=f"""北国フーズ 営業部 ご担当者様

日の出産業のカーターです。10月23日のフェアウェルパーティー（約60名、立食）の
お見積りをお願いいたします。予算は1人あたり4,000円程度を想定しています。

{SIG_CARTER}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-foods-co.jp replaces the dot of partner kitaguni-foods.co.jp with a hyphen",
)

# ---- 067 pass: CSV of partner schools (businesses), UTF-8 -------------------------------
add(
    expect="pass",
    sender="宮路 翔太 <miyaji.s@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="パンフレット掲載用 提携校一覧",
    charset="utf-8",
    body=f"""錦印刷 営業部 ご担当者様

宮路です。2027年度パンフレット裏表紙に掲載する提携校一覧をCSVでお送りします。

{SIG_MIYAJI}
""",
    attachments=[{
        "kind": "csv", "name": "partner_schools_2027.csv", "encoding": "utf-8",
        "rows": [["school", "city", "country", "website", "phone"],
                 ["Brightwater College", "Perth", "Australia", "brightwater-college.edu.au", "+61 8 9420 5510"],
                 ["Lakeshore Collegiate", "Vancouver", "Canada", "lakeshore-collegiate.ca", "+1 604 555 0142"],
                 ["Kiwi Bridge Education", "Christchurch", "New Zealand", "kiwibridge.ac.nz", "+64 3 365 0081"],
                 ["Westbury Academy", "Bristol", "United Kingdom", "westbury-academy.org.uk", "+44 117 496 0732"],
                 ["Maple Grove High School", "Victoria", "Canada", "maplegrove-hs.ca", "+1 250 555 0119"],
                 ["IJssel Lyceum", "Deventer", "Netherlands", "ijssel-lyceum.nl", "+31 570 555 214"]],
    }],
    entities=[],
    detectors=[],
    note="a CSV of schools with main phone numbers: organisations, not people",
)

# ---- 068 stop: 【取扱注意】 classification on a host family assessment ----------------------
add(
    expect="stop",
    sender="青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>",
    to=["ひだまりホームステイ協会 山際 <yamagiwa@hidamari-hs.or.jp>"],
    subject="【取扱注意】ホスト評価結果（2026年上期）",
    charset="iso-2022-jp",
    body=f"""取扱注意

山際様

お世話になっております。青柳です。
上期のホスト評価結果をお送りします。家庭は登録コードで記載しています。

　HF-0412　A（継続推奨）
　HF-0419　A
　HF-0433　B（食事量について留学生から要望あり）
　HF-0451　C（連絡の遅れが2回。次回面談で改善を確認）

評価の基準は昨年度と同じです。

{SIG_AOYAGI}
""",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail is classified 取扱注意 in its subject and head",
)

# ---- 069 pass: maintenance notice discussion with the system vendor ----------------------
add(
    expect="pass",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    subject="Re: 【ご案内】ホームステイ管理ポータル 定期メンテナンス",
    charset="iso-2022-jp",
    body=f"""ツバサシステム 保守窓口 ご担当者様

ご案内ありがとうございます。日の出産業のカーターです。
10月17日（土）2:00〜6:00のメンテナンスの件、承知しました。
その時間帯は成田着の便がないため、業務への影響はありません。

なお、メンテナンス後にCSVエクスポート機能の文字コード（UTF-8/Shift_JIS選択）が
追加されると伺っていますが、マニュアルの更新版もいただけますでしょうか。

{SIG_CARTER}
""",
    entities=[],
    detectors=[],
    note="ordinary vendor mail to the real partner domain",
)

# ---- 070 stop: corrupt PDF attachment ----------------------------------------------------
add(
    expect="stop",
    sender="宮路 翔太 <miyaji.s@hinode-sangyo.co.jp>",
    to=["International Office <intl@maplegrove-hs.ca>"],
    subject="Application forms (scanned)",
    charset="utf-8",
    body=f"""Dear International Office,

Please find the scanned application forms for our spring group attached.
Let me know if any page is hard to read.

{SIG_MIYAJI}
""",
    attachments=[{"kind": "corrupt", "name": "application_forms_scan.pdf"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be read",
)


# ---- 071 stop: passports keyed by application number, no name column (UTF-8 CSV) --------
_s71 = students(6)
add(
    expect="stop",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["行政書士法人みらい国際 申請チーム <shinsei@mirai-kokusai.jp>"],
    subject="在留資格認定証明書交付申請（長期留学生6名）データ",
    charset="utf-8",
    body=f"""行政書士法人みらい国際
申請チーム ご担当者様

日の出産業の堀之内です。2027年4月から1年間受け入れる長期留学生6名の申請用データを
お送りします。氏名は別途原本書類でお渡ししますので、CSVは申請番号で管理しています。

{SIG_HORI}
""",
    attachments=[{
        "kind": "csv", "name": "coe_2027_batch1.csv", "encoding": "utf-8",
        "rows": [["app_no", "nationality", "sex", "date_of_birth", "passport_no", "passport_expiry"]]
        + [[f"COE27-{i + 1:03d}", s["nat"], s["sex"], s["iso"], s["passport"], f"20{31 + i}-0{i + 2}-15"]
           for i, s in enumerate(_s71)],
    }],
    entities=["DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="six rows of passport numbers and DOB without a name column to an outside firm",
)

# ---- 072 pass: talk about privacy rules, no numbers ---------------------------------------
add(
    expect="pass",
    sender="戸田 亜希子 <toda.a@hinode-sangyo.co.jp>",
    to=["税理士法人かなめ会計 所 <tokoro@kaname-kaikei.jp>"],
    subject="ホストファミリー謝礼とマイナンバー収集の運用について",
    charset="iso-2022-jp",
    body=f"""所先生

お世話になっております。戸田です。
ホストファミリー謝礼の件で、運用面のご相談です。

・年間の謝礼が5万円を超える家庭のみ、マイナンバーを収集する運用で問題ないか
・収集は郵送（本人確認書類の写し同封）とし、メールでは受け取らない方針
・番号は経理部の施錠キャビネットで保管し、支払調書の提出後7年で廃棄

個人番号そのものは、今後もメールではお送りしない予定です。
ご意見をいただけますと幸いです。

{SIG_TODA}
""",
    entities=[],
    detectors=[],
    note="a discussion of how My Numbers are handled; no number is in it",
)

# ---- 073 stop: a student was the victim of a crime, reported to the school abroad --------
add(
    expect="stop",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["Ms Rebecca Holloway <r.holloway@brightwater-college.edu.au>"],
    subject="Incident report - Grace O.",
    charset="utf-8",
    body=f"""Dear Rebecca,

I am sorry to report that Grace Okafor was groped on a crowded train on her way to
school this morning. She told a station attendant, and the Kanazawa police have taken
her statement; the man was arrested at the next station. Grace was shaken but not
physically hurt. Her host mother collected her and she is resting at home today.

We have arranged for her to travel with a classmate from tomorrow. Could you let her
parents know? They may call me directly on our 24-hour line.

{SIG_CARTER}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named student having been the victim of a sexual crime, sent outside",
)

# ---- 074 stop: a student's ethnic and refugee origin to a scholarship foundation --------
add(
    expect="stop",
    sender="宮路 翔太 <miyaji.s@hinode-sangyo.co.jp>",
    to=["公益財団法人あおぞら奨学会 <shogaku@aozora-foundation.or.jp>"],
    subject="奨学生推薦書の補足",
    charset="iso-2022-jp",
    body=f"""あおぞら奨学会 事務局 御中

いつもお世話になっております。日の出産業の宮路です。
推薦書でお送りした Maya Gunawardena さん（17歳）について、補足いたします。

ご本人はスリランカのタミル系少数民族の出身で、家族は内戦時に難民として国外へ逃れ、
現在はマレーシアの難民キャンプを経て第三国に定住しています。
こうした経緯から、経済的支援の必要性が高いと考えております。

面接日程のご連絡をお待ちしております。

{SIG_MIYAJI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named student's ethnic origin and refugee background sent to a foundation",
)

# ---- 075 pass: airport taxi companies' switchboards -------------------------------------
add(
    expect="pass",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["Mr Tom Gallagher <t.gallagher@lakeshore-collegiate.ca>"],
    subject="If the bus is missed - taxi companies at Komatsu Airport",
    charset="utf-8",
    body=f"""Hi Tom,

In case a student misses the shared bus, these taxi companies accept bookings in English:

  - Komatsu Kotsu Taxi        0761-22-2121
  - Hokuriku Airport Hire     0761-24-7700
  - Kaga Yasaka Taxi          0761-21-5050

A taxi to central Kanazawa costs about JPY 13,000. Please keep the receipt; we will
reimburse it.

Best regards,
Ken Horinouchi
""",
    entities=[],
    detectors=[],
    note="company switchboards only",
)

# ---- 076 stop: five outbound students' TB screening results ------------------------------
_h76 = hosts(5)
_tb76 = "\n".join(
    f"　{h['sei']}　{g}　　"
    f"{wareki(2009, rng.randint(1, 12), rng.randint(1, 28), 'fwabbr')}　　"
    f"{res}" for h, g, res in zip(_h76, ['大翔', '芽依', '陸', '紗良', '悠真'], ["陰性", "陰性", "陽性（精密検査の結果 潜在性結核感染症、治療中）",
                                      "陰性", "判定保留（再検査予定）"]))
add(
    expect="stop",
    sender="宮路 翔太 <miyaji.s@hinode-sangyo.co.jp>",
    to=["Admissions <intl@westbury-academy.org.uk>"],
    cc=["宮路 翔太 <miyaji.s@hinode-sangyo.co.jp>"],
    subject="TB screening results for the Spring 2027 group / 結核検査結果",
    charset="utf-8",
    body=f"""Dear Admissions team,

As required for enrolment, here are the TB screening (IGRA) results for our five
students. The clinic's certificates will follow by post.
（以下、提携クリニックの報告をそのまま貼り付けます）

　氏名　　　　　生年月日　　　結果
　――――――――――――――――――――――――――
{_tb76}

Please let me know if the student with the positive result needs any additional
documents before arrival.

{SIG_MIYAJI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five named students' TB test results with 和暦 full-width dates of birth to a school",
)

# ---- 077 stop: reply whose new text (not the quote) lists five host families ------------
_h77 = hosts(5)
_n77 = "\n".join(f"{h['name']}（{h['kana']}）\t{h['mobile']}\t{h['email']}" for h in _h77)
add(
    expect="stop",
    sender="青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>",
    to=["NPO法人ゆいまーる交流ネット 比嘉 <higa@yuimaaru-net.or.jp>"],
    subject="Re: 週末ホームステイ 協力家庭の連絡先",
    charset="cp932",
    body=f"""比嘉様

青柳です。お待たせしました。ご依頼の協力家庭の連絡先です。

{_n77}

各家庭には貴団体からご連絡が行く旨、伝えております。

{SIG_AOYAGI}

> 青柳様
> いつもありがとうございます。比嘉です。
> 来月の週末ホームステイの件で、協力いただける家庭の連絡先を
> 教えていただけますでしょうか。直接日程を調整したいと思います。
> よろしくお願いします。
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="the reply's own new text lists five families' mobiles and e-mails; the quote is harmless",
)

# ---- 078 pass: a general visa document checklist -----------------------------------------
add(
    expect="pass",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["Ms Siriporn Chaiyaporn <siriporn@bangkok-youthexchange.org>"],
    subject="Documents needed for the long-term student visa",
    charset="utf-8",
    body=f"""Dear Ms Chaiyaporn,

For students staying longer than 90 days, we apply for a Certificate of Eligibility on
their behalf. Please collect the following from each student:

  ・A copy of the passport photo page
  ・One photo (4 cm x 3 cm, taken within 3 months)
  ・A bank statement of the sponsor (last 3 months)
  ・The school's letter of acceptance (we will provide it)
  ・The signed parental consent form

Please send the documents by courier, not by e-mail. Processing takes 1-3 months.

Best regards,
Ken Horinouchi
Hinode Sangyo Co., Ltd.
""",
    entities=[],
    detectors=[],
    note="a generic document checklist with no one's data",
)

# ---- 079 stop: reply whose new text gives one student's asthma and medication ------------
add(
    expect="stop",
    sender="桐生 奈央 <kiryu.n@hinode-sangyo.co.jp>",
    to=["瀬戸口 様 <setoguchi.y51@gmail.com>"],
    subject="Re: 部活動の参加について",
    charset="iso-2022-jp",
    body=f"""瀬戸口様

ご連絡ありがとうございます。桐生です。
Hannah McAllister さんのバスケットボール部への参加ですが、ご本人の主治医の診断書によると
運動誘発性の喘息があり、ステロイド吸入薬と発作時の気管支拡張薬を使用しています。
参加自体は問題ありませんが、練習前の吸入を忘れないよう声をかけていただけると助かります。

桐生

-----Original Message-----
From: 瀬戸口 <setoguchi.y51@gmail.com>
Sent: Thursday, September 10, 2026 8:03 PM
Subject: 部活動の参加について

桐生さん
ハンナちゃんが学校のバスケ部に入りたいと言っています。参加させても大丈夫でしょうか？
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="the new text gives a named student's diagnosis and medication; the quote is harmless",
)

# ---- 080 stop: 機密 marking in the PDF footer, to the insurer -----------------------------
add(
    expect="stop",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["常盤損害保険 法人団体保険課 <dantai@tokiwa-sonpo.co.jp>"],
    subject="2027年度 団体保険 更改条件のご提示資料",
    charset="iso-2022-jp",
    body=f"""常盤損害保険 法人団体保険課 御中

日の出産業の堀之内です。
更改条件の検討資料として、過去3年の受入実績と事故件数の集計をお送りします。

{SIG_HORI}
""",
    attachments=[{
        "kind": "pdf", "name": "受入実績と事故件数_2024-2026.pdf",
        "page_footer": "機密　日の出産業株式会社　無断複製・転送禁止",
        "lines": ["受入実績と事故件数（2024〜2026年度）", ""],
        "table": [["年度", "受入人数", "疾病", "傷害", "賠償", "支払保険金(千円)"],
                  ["2024", "186", "14", "6", "1", "3,420"],
                  ["2025", "214", "17", "9", "2", "5,180"],
                  ["2026（8月末）", "121", "8", "4", "0", "2,240"]],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="the PDF is marked 機密 in its page footer",
)


# ---- 081 pass: forward of a student's thank-you note to the host family -------------------
add(
    expect="pass",
    sender="桐生 奈央 <kiryu.n@hinode-sangyo.co.jp>",
    to=["鬼頭 様 <kito.megumi@ezweb.ne.jp>"],
    subject="転送: Thank you from Camille",
    charset="utf-8",
    body=f"""鬼頭様

桐生です。カミーユさんから、鬼頭さんご一家へのお礼のメールが届きましたので転送します。
とても喜んでいたようです。本当にありがとうございました。

-------- 転送メッセージ --------
件名: Thank you from Camille
差出人: Camille Lefebvre

Dear Kito family,
Thank you so much for the two wonderful weeks. I will never forget the fireworks
festival and your okonomiyaki! Please say hello to Mochi the cat for me.
I hope to see you again in France one day.
With love, Camille
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="a forwarded thank-you note with no personal data, to one private address",
)

# ---- 082 stop: two organisations and a private person visible to each other --------------
add(
    expect="stop",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["青葉運輸 空港送迎センター <sougei@aoba-unyu.co.jp>",
        "さくらホテル 宿泊予約課 <reservation@sakura-hotel.jp>"],
    cc=["半田 様 <handa.yumi.hf@gmail.com>"],
    subject="10/10 到着 送迎とお迎えの時間調整",
    charset="iso-2022-jp",
    body=f"""関係者各位

日の出産業の堀之内です。10月10日の到着便が40分遅れる見込みとなりました。

　成田着　　　18:10（予定 17:30）
　ホテル着　　20:30 頃
　翌朝のホスト家庭お迎え　9:30 → 10:00 に変更

半田様には、翌朝ホテルロビーでのお迎えをお願いしております。

{SIG_HORI}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two partner organisations and a private host in To/Cc: three parties see each other",
)

# ---- 083 pass: one host family named with the town only ----------------------------------
add(
    expect="pass",
    sender="Yukari Saeki <saeki.y@hinode-sangyo.co.jp>",
    to=["Ms Siriporn Chaiyaporn <siriporn@bangkok-youthexchange.org>"],
    subject="Host family match for Thanawat",
    charset="utf-8",
    body=f"""Dear Ms Chaiyaporn,

We are happy to tell you that Thanawat has been matched with the Hasumi family in
Kanazawa. They are a couple in their fifties with a grown-up son, and they have
hosted four students before. They are looking forward to meeting him.

The family's contact details will be given to Thanawat at orientation.

{SIG_SAEKI_EN}
""",
    entities=[],
    detectors=[],
    note="a host family named with city and household only: no contact data, one family",
)

# ---- 084 stop: text+HTML mail with five host e-mail addresses, no names -------------------
_h84 = hosts(5)
_plain84 = "\n".join(f"  {h['city']}  {h['email']}  {h['mobile']}" for h in _h84)
_html84 = "".join(f"<tr><td>{h['city']}</td><td>{h['email']}</td><td>{h['mobile']}</td></tr>" for h in _h84)
add(
    expect="stop",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["Ms Aroha Ngata <a.ngata@kiwibridge.ac.nz>"],
    subject="Host contacts for your teachers' check-in calls",
    charset="utf-8",
    body=f"""Kia ora Aroha,

For your teachers' weekly check-in calls, these are the host contacts (by town):

{_plain84}

{SIG_CARTER}
""",
    html=f"""<html><body><p>Kia ora Aroha,</p>
<p>For your teachers' weekly check-in calls, these are the host contacts (by town):</p>
<table border="1"><tr><th>Town</th><th>E-mail</th><th>Mobile</th></tr>{_html84}</table>
<p>Emily Carter<br>Hinode Sangyo Co., Ltd.</p></body></html>""",
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five hosts' private e-mails and mobiles without names, in text and HTML, to a school",
)

# ---- 085 pass: the company's own on-call rota -------------------------------------------
add(
    expect="pass",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["犀川高校 国際交流担当 <kokusai@saigawa-hs.ed.jp>"],
    subject="受入期間中の当社緊急連絡体制",
    charset="iso-2022-jp",
    body=f"""犀川高校 国際交流担当 先生

堀之内です。受入期間中（10/10〜10/24）の当社の緊急連絡体制をお知らせします。

　24時間サポートライン：03-5439-2299（日本語・英語）
　平日日中：国際交流事業部 代表 03-5439-2270
　夜間・休日の当番は上記サポートラインに転送されます。

学校で体調不良や事故があった場合は、まずサポートラインへご連絡ください。

{SIG_HORI}
""",
    entities=[],
    detectors=[],
    note="the company's own hotline and switchboard: business contacts",
)

# ---- 086 stop: a parent's card number in full-width digits to the hotel -----------------
_c86 = next_card()
add(
    expect="stop",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["さくらホテル 宿泊予約課 <reservation@sakura-hotel.jp>"],
    subject="保護者様ご宿泊（10/22〜10/24）のギャランティについて",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約課 ご担当者様

日の出産業のカーターです。
フェアウェルパーティーに合わせて来日される留学生の保護者様のご宿泊について、
ギャランティ用のカード情報をお預かりしましたのでお伝えします。

　ご宿泊者：Mr. Daniel Park
　カード番号：{fw(' '.join(_c86[i:i + 4] for i in range(0, 16, 4)))}
　有効期限：０８／２９

ご確認後、本メールは削除いただけますと幸いです。

{SIG_CARTER}
""",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a parent's credit card number in full-width digits to a hotel",
)

# ---- 087 pass: internal subdomain recipient, card number inside ---------------------------
_c87 = next_card()
add(
    expect="pass",
    sender="戸田 亜希子 <toda.a@hinode-sangyo.co.jp>",
    to=["経費精算デスク <keihi@mail.hinode-sangyo.co.jp>"],
    subject="法人カード明細の照合依頼（国際交流事業部 9月分）",
    charset="iso-2022-jp",
    body=f"""経費精算デスク 各位

9月分の法人カード利用明細のうち、下記の1件が精算申請と一致しません。
利用者の堀之内さんにも確認中です。

　カード番号：{_c87[:4]}-{_c87[4:8]}-{_c87[8:12]}-{_c87[12:]}
　利用日：9/14　加盟店：AOBA UNYU KK　金額：48,400円

{SIG_TODA}
""",
    entities=["CREDIT_CARD"],
    detectors=[],
    note="a card number, but the only recipient is on an internal subdomain",
)

# ---- 088 stop: corrupt XLSX --------------------------------------------------------------
add(
    expect="stop",
    sender="青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>",
    to=["みなみ国際交流協会 事業課 <jigyo@minami-kokusai.or.jp>"],
    subject="Re: 受入実績報告書（様式3）",
    charset="iso-2022-jp",
    body=f"""事業課 ご担当者様

青柳です。様式3を添付いたします。先ほどのファイルが開けないとのことでしたので、再送いたします。

{SIG_AOYAGI}
""",
    attachments=[{"kind": "corrupt", "name": "様式3_受入実績報告.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt",
)

# ---- 089 pass: two partner organisations plus internal Cc --------------------------------
add(
    expect="pass",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    cc=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>",
        "堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>", "青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>"],
    subject="10/23 フェアウェル 会場への料理搬入について",
    charset="iso-2022-jp",
    body=f"""北国フーズ ご担当者様
（cc：さくらホテル 宴会予約ご担当者様）

カーターです。10/23のフェアウェルパーティーは、ホテル宴会場への持込みでお願いします。
搬入口と時間（16:00〜16:30）はホテル側とご調整いただけますでしょうか。

{SIG_CARTER}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two partner organisations and internal colleagues: a normal three-way mail",
)

# ---- 090 stop: XLSX of host families' My Numbers, title row, two sheets -----------------
_h90 = hosts(5)
add(
    expect="stop",
    sender="戸田 亜希子 <toda.a@hinode-sangyo.co.jp>",
    to=["税理士法人かなめ会計 所 <tokoro@kaname-kaikei.jp>"],
    subject="報酬、料金、契約金及び賞金の支払調書 作成資料",
    charset="iso-2022-jp",
    body=f"""所先生

戸田です。年末の支払調書作成用に、ホストファミリー謝礼の支払先一覧をお送りします。
1枚目が支払先、2枚目が月別の支払額です。

{SIG_TODA}
""",
    attachments=[{
        "kind": "xlsx", "name": "支払調書資料_HF謝礼_2026.xlsx",
        "sheets": {
            "支払先": [["2026年 ホストファミリー謝礼 支払先一覧"], [],
                    ["No", "氏名", "住所", "個人番号", "年間支払額"]]
                   + [[i + 1, h["name"], h["addr"], next_my_number(), rng.choice([165000, 220000, 308000])]
                      for i, h in enumerate(_h90)],
            "月別": [["No", "7月", "8月", "9月", "10月"]]
                  + [[i + 1, 55000, 55000, 0, 55000] for i in range(5)],
        },
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="five host parents with addresses and My Numbers in an XLSX to a tax accountant",
)


# ---- 091 pass: general orientation deck (PPTX) to a school abroad ------------------------
add(
    expect="pass",
    sender="Emily Carter <carter.e@hinode-sangyo.co.jp>",
    to=["Mr Pieter de Vries <p.devries@ijssel-lyceum.nl>"],
    subject="Orientation slides - living with a Japanese host family",
    charset="utf-8",
    body=f"""Dear Mr de Vries,

As promised, the slides we use at our student orientation. Feel free to reuse them at
your parents' evening.

{SIG_CARTER}
""",
    attachments=[{
        "kind": "pptx", "name": "Living_with_a_host_family.pptx",
        "slides": [["Living with a Japanese host family", "Hinode Homestay Programme"],
                   ["At home", "Take off your shoes at the genkan", "Ask before using the bath",
                    "Separate rubbish by type"],
                   ["Food", "Try everything once", "Tell your host about allergies on day one"],
                   ["Safety", "Carry your student card", "24h line: +81 3 5439 2299"]],
    }],
    entities=[],
    detectors=[],
    note="general advice slides, no personal data",
)

# ---- 092 stop: a long-term student's residence card number to a city office -------------
_z92 = zairyu_no()
add(
    expect="stop",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["加賀野市 市民課 <shimin@city.kagano.lg.jp>"],
    subject="転入届に関する事前確認（長期留学生）",
    charset="iso-2022-jp",
    body=f"""加賀野市 市民課 ご担当者様

日の出産業の堀之内と申します。
当社の長期留学プログラムで来日した生徒の転入届について、事前に確認させてください。

　氏名：{fw('PAPADAKIS ZOE')}
　在留カード番号：{_z92}
　在留資格：留学（在留期間 1年）
　転入先：ホストファミリー宅（加賀野市内）

本人はまだ17歳のため、ホストマザーが同行します。必要書類をご教示ください。

{SIG_HORI}
""",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a named student's residence card number sent to a city office",
)

# ---- 093 pass: 取扱注意 only as an instruction in running text --------------------------
add(
    expect="pass",
    sender="青柳 真理子 <aoyagi.m@hinode-sangyo.co.jp>",
    to=["ひだまりホームステイ協会 山際 <yamagiwa@hidamari-hs.or.jp>"],
    subject="ホスト向け研修の資料案",
    charset="iso-2022-jp",
    body=f"""山際様

青柳です。来月のホスト向け研修で扱う項目案です。

　1. 留学生の旅券・在留カードは本人が管理し、ホストは預からない
　2. 健康情報など取扱注意の情報は、家族内でも必要な人だけに共有する
　3. SNSへの写真投稿は本人の同意を得てから
　4. 緊急時はまず当社24時間ラインへ

ご意見があればお知らせください。

{SIG_AOYAGI}
""",
    entities=[],
    detectors=[],
    note="取扱注意 is mentioned as a topic, not stamped on the mail or a document",
)

# ---- 094 either: vegetarian for reasons of personal belief, to a host family ------------
add(
    expect="either",
    sender="桐生 奈央 <kiryu.n@hinode-sangyo.co.jp>",
    to=["千々岩 様 <chijiiwa.hf@yahoo.co.jp>"],
    subject="Leoくんのお食事について",
    charset="iso-2022-jp",
    body=f"""千々岩様

桐生です。来週から受け入れていただく Leo Virtanen くんですが、
宗教上の理由ではなく、動物の権利に関する本人の強い信念から、肉・魚を食べない
ベジタリアンとのことです（卵・乳製品は大丈夫です）。
お弁当のおかず例をまとめたメモを後ほどお送りします。

{SIG_KIRYU}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named student's diet from personal conviction: creed or just a food preference?",
)

# ---- 095 stop: forwarded parent's mail with a credit card number ------------------------
_c95 = next_card()
add(
    expect="stop",
    sender="宮路 翔太 <miyaji.s@hinode-sangyo.co.jp>",
    to=["そら旅行 法人営業部 大槻様 <otsuki@sora-travel.co.jp>"],
    subject="FW: 航空券差額のお支払いについて",
    charset="iso-2022-jp",
    body=f"""大槻様

宮路です。参加者の保護者からカード払いの希望がありましたので、転送いたします。
差額の決済をお願いできますでしょうか。

---------- Forwarded message ---------
From: 祖父江 佳代 <sobue.kayo@gmail.com>
Date: 2026年11月2日(月) 21:15
Subject: 航空券差額のお支払いについて
To: <miyaji.s@hinode-sangyo.co.jp>

宮路様
娘（祖父江 心春）の航空券の座席変更差額 18,600円は、下記カードでお願いします。
カード番号 {_c95}
有効期限 11/28　名義 KAYO SOBUE
よろしくお願いいたします。
""",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a forward is new text to its recipient: it carries a parent's card number",
)

# ---- 096 pass: print order for brochures ------------------------------------------------
add(
    expect="pass",
    sender="宮路 翔太 <miyaji.s@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="Re: 2027年度パンフレット 校了と部数",
    charset="iso-2022-jp",
    body=f"""錦印刷 営業部 ご担当者様

宮路です。初校の修正はすべて反映を確認しましたので、校了といたします。

　品名：2027年度 短期留学プログラム案内（A4・16頁）
　部数：3,000部（うち500部は英語版差し替え）
　納品：12月4日　当社本社 7階 国際交流事業部
　発注番号：PO-HS-27-0118

請求書は経理部 戸田宛てにお送りください。

{SIG_MIYAJI}
""",
    entities=[],
    detectors=[],
    note="an ordinary print order with an order number",
)

# ---- 097 pass: the corporate sponsor, counts only -----------------------------------------
add(
    expect="pass",
    sender="Yukari Saeki <saeki.y@hinode-sangyo.co.jp>",
    to=["川崎電機 人事部 福利厚生課 <fukuri@kawasaki-denki.co.jp>"],
    subject="社員ご家族向け 夏休み短期留学の申込状況",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
人事部 福利厚生課 御中

いつもお世話になっております。日の出産業の佐伯です。
社員ご家族向け夏休み短期留学の申込状況をご報告します（7月1日現在）。

　オーストラリア・パース（15日間）：8名／定員12名
　カナダ・バンクーバー（15日間）：11名／定員12名
　ニュージーランド（22日間）：4名／定員10名

申込者の詳細は、ご本人の同意の範囲で別途ポータルにてご確認いただけます。

日の出産業株式会社 国際交流事業部 佐伯 ゆかり
TEL 03-5439-2272
""",
    entities=[],
    detectors=[],
    note="application counts for a corporate partner, no individuals",
)

# ---- 098 pass: forward of a host family's availability note ------------------------------
add(
    expect="pass",
    sender="Yukari Saeki <saeki.y@hinode-sangyo.co.jp>",
    to=["Placement Team <placements@pacificbridge-edu.com>"],
    subject="FW: Availability for the January group",
    charset="utf-8",
    body=f"""Hello Placement Team,

Forwarding the note below from one of our host families (translated). They can take a
student for the January group but not over New Year.

Yukari

---------- Forwarded message ---------
From: Kagami family
Subject: 1月の受入れについて

We are happy to host again in January, from the 5th onwards. We would prefer a girl
this time, as our daughter will be home from university. No pets; non-smoking home.
""",
    entities=[],
    detectors=[],
    note="a forwarded availability note with a family name only",
)

# ---- 099 pass: pickup time to one host on a carrier address -----------------------------
add(
    expect="pass",
    sender="堀之内 健 <horinouchi.k@hinode-sangyo.co.jp>",
    to=["八木橋 様 <yagihashi-hf@softbank.ne.jp>"],
    subject="日曜のお迎え時間",
    charset="iso-2022-jp",
    body="""八木橋様

堀之内です。日曜日のお迎えは、金沢駅西口の団体バス乗り場に14時20分でお願いします。
Noahくんは青いスーツケースと、学校のロゴ入りリュックを持っています。
当日の連絡は私の社用携帯（080-3391-2205）までお願いします。

日の出産業 国際交流事業部 堀之内
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="one private host on a carrier address, meeting time and the sender's work mobile",
)

# ---- 100 pass: English mail to a school with a long confidentiality notice ---------------
add(
    expect="pass",
    sender="Yukari Saeki <saeki.y@hinode-sangyo.co.jp>",
    to=["Ms Rebecca Holloway <r.holloway@brightwater-college.edu.au>"],
    subject="Programme evaluation summary - Autumn 2026",
    charset="utf-8",
    body=f"""Dear Rebecca,

Thank you again for a wonderful autumn programme. A short summary of the evaluation:

  - 14 of 14 students rated the programme "good" or "excellent"
  - Host families: average score 4.6 / 5
  - Most requested improvement: more free time in the second week

We will include a free afternoon in Week 2 next year. Looking forward to 2027!

{SIG_SAEKI_EN}

CONFIDENTIALITY NOTICE: {DISC_EN}
""",
    entities=[],
    detectors=[],
    note="aggregate feedback and the standard confidentiality disclaimer: a disclaimer is not a marking",
)
