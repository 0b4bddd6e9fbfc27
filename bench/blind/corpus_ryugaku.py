"""Blind evaluation corpus — area: ryugaku (留学エージェント).

日の出産業株式会社 留学事業部: a study-abroad agency for Japanese students going overseas —
applications with passports and transcripts, visa documents, guardians, health forms and
vaccinations, schools and host families abroad, insurers, English mail with partners.

Every person, number, address, school and domain outside the brief's fixed organisations
is invented; My Numbers and card numbers come from build.py's helpers (check digits valid,
no real person behind them).

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 15101
rng = random.Random(SEED)

_counter = [SEED]


def next_my_number() -> str:
    n = _counter[0]
    _counter[0] += 1
    return my_number(n)


def next_card() -> str:
    n = _counter[0]
    _counter[0] += 1
    return card_number(n)


def corporate_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


_FW = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def fw(text: str) -> str:
    """Full-width digits and separators, as some people type them."""
    return text.translate(_FW)


# -- invented people -------------------------------------------------------------------

SURNAMES = [
    ("佐々木", "ササキ", "Sasaki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("四十物", "アイモノ", "Aimono"), ("薬袋", "ミナイ", "Minai"),
    ("九十九", "ツクモ", "Tsukumo"), ("東條", "トウジョウ", "Tojo"),
    ("宇佐美", "ウサミ", "Usami"), ("柳田", "ヤナギダ", "Yanagida"),
    ("比嘉", "ヒガ", "Higa"), ("金城", "キンジョウ", "Kinjo"),
    ("猪俣", "イノマタ", "Inomata"), ("嶋津", "シマヅ", "Shimazu"),
    ("百目鬼", "ドウメキ", "Domeki"), ("瀬戸口", "セトグチ", "Setoguchi"),
    ("鬼頭", "キトウ", "Kito"), ("秋葉", "アキバ", "Akiba"),
    ("古閑", "コガ", "Koga"), ("長谷部", "ハセベ", "Hasebe"),
    ("依田", "ヨダ", "Yoda"), ("真壁", "マカベ", "Makabe"),
    ("能登", "ノト", "Noto"), ("栗林", "クリバヤシ", "Kuribayashi"),
    ("望月", "モチヅキ", "Mochizuki"), ("戸叶", "トガノウ", "Toganou"),
    ("漆原", "ウルシバラ", "Urushibara"), ("鶴見", "ツルミ", "Tsurumi"),
    ("石黒", "イシグロ", "Ishiguro"), ("熊谷", "クマガイ", "Kumagai"),
    ("日向", "ヒュウガ", "Hyuga"), ("桐生", "キリュウ", "Kiryu"),
    ("岩瀬", "イワセ", "Iwase"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("東海林", "ショウジ", "Shoji"),
    ("御手洗", "ミタライ", "Mitarai"), ("角野", "スミノ", "Sumino"),
]

GIVEN = [
    ("陽菜", "ヒナ", "Hina", "F"), ("悠真", "ユウマ", "Yuma", "M"),
    ("美咲", "ミサキ", "Misaki", "F"), ("蒼", "アオイ", "Aoi", "M"),
    ("芽依", "メイ", "Mei", "F"), ("湊", "ミナト", "Minato", "M"),
    ("結衣", "ユイ", "Yui", "F"), ("颯太", "ソウタ", "Sota", "M"),
    ("心春", "コハル", "Koharu", "F"), ("大和", "ヤマト", "Yamato", "M"),
    ("琴音", "コトネ", "Kotone", "F"), ("蓮", "レン", "Ren", "M"),
    ("彩葉", "イロハ", "Iroha", "F"), ("晴翔", "ハルト", "Haruto", "M"),
    ("紗良", "サラ", "Sara", "F"), ("樹", "イツキ", "Itsuki", "M"),
    ("杏奈", "アンナ", "Anna", "F"), ("陸斗", "リクト", "Rikuto", "M"),
    ("千尋", "チヒロ", "Chihiro", "F"), ("航平", "コウヘイ", "Kohei", "M"),
    ("七海", "ナナミ", "Nanami", "F"), ("瑛太", "エイタ", "Eita", "M"),
    ("莉子", "リコ", "Riko", "F"), ("朔", "サク", "Saku", "M"),
]

PARENT_GIVEN = [
    ("直樹", "ナオキ", "Naoki"), ("由美子", "ユミコ", "Yumiko"), ("浩二", "コウジ", "Koji"),
    ("恵", "メグミ", "Megumi"), ("剛", "ツヨシ", "Tsuyoshi"), ("真由美", "マユミ", "Mayumi"),
    ("修", "オサム", "Osamu"), ("智子", "トモコ", "Tomoko"), ("誠", "マコト", "Makoto"),
    ("香織", "カオリ", "Kaori"), ("隆之", "タカユキ", "Takayuki"), ("千里", "チサト", "Chisato"),
]

TOWNS = [
    ("154-0011", "東京都世田谷区上馬"), ("220-0012", "神奈川県横浜市西区みなとみらい"),
    ("330-0063", "埼玉県さいたま市浦和区高砂"), ("460-0008", "愛知県名古屋市中区栄"),
    ("530-0012", "大阪府大阪市北区芝田"), ("650-0021", "兵庫県神戸市中央区三宮町"),
    ("980-0811", "宮城県仙台市青葉区一番町"), ("812-0011", "福岡県福岡市博多区博多駅前"),
    ("064-0804", "北海道札幌市中央区南四条西"), ("700-0901", "岡山県岡山市北区本町"),
    ("260-0013", "千葉県千葉市中央区中央"), ("420-0857", "静岡県静岡市葵区御幸町"),
    ("900-0015", "沖縄県那覇市久茂地"), ("370-0841", "群馬県高崎市栄町"),
    ("603-8214", "京都府京都市北区紫野門前町"), ("181-0013", "東京都三鷹市下連雀"),
    ("251-0025", "神奈川県藤沢市鵠沼石上"), ("862-0950", "熊本県熊本市中央区水前寺"),
]


def person(gender: str | None = None) -> dict:
    s = rng.choice(SURNAMES)
    pool = [g for g in GIVEN if gender is None or g[3] == gender]
    g = rng.choice(pool)
    return {"sei": s[0], "mei": g[0], "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}",
            "ROMAJI": f"{s[2].upper()} {g[2].upper()}", "sei_r": s[2], "mei_r": g[2],
            "gender": g[3], "name": f"{s[0]} {g[0]}", "name_nosp": f"{s[0]}{g[0]}"}


def students(n: int) -> list[dict]:
    out, seen = [], set()
    while len(out) < n:
        p = person()
        if p["name"] in seen or any(o["sei"] == p["sei"] for o in out[-3:]):
            continue
        seen.add(p["name"])
        out.append(p)
    return out


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def landline() -> str:
    area = rng.choice(["03", "045", "048", "052", "06", "078", "022", "092", "011", "086"])
    mid = rng.randint(100, 999) if len(area) == 3 else rng.randint(1000, 9999)
    return f"{area}-{mid}-{rng.randint(1000, 9999)}"


def passport() -> str:
    return rng.choice(["TK", "TZ", "TR", "TS", "MU", "MZ", "TT"]) + f"{rng.randint(0, 9999999):07d}"


def dob(lo: int = 2004, hi: int = 2009) -> tuple[int, int, int]:
    return (rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def iso(d: tuple[int, int, int]) -> str:
    return f"{d[0]}-{d[1]:02d}-{d[2]:02d}"


def slash(d: tuple[int, int, int]) -> str:
    return f"{d[0]}/{d[1]}/{d[2]}"


def wareki(d: tuple[int, int, int], style: str = "kanji") -> str:
    y, m, dd = d
    if y >= 2019:
        era, k, ey = "令和", "R", y - 2018
    elif y >= 1989:
        era, k, ey = "平成", "H", y - 1988
    else:
        era, k, ey = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{ey}年{m}月{dd}日"
    return f"{k}{ey}.{m}.{dd}"


def address() -> str:
    zipc, town = rng.choice(TOWNS)
    return f"〒{zipc} {town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"


def gmail(p: dict, dom: str = "gmail.com") -> str:
    tail = rng.randint(1, 99)
    return f"{p['mei_r'].lower()}.{p['sei_r'].lower()}{tail}@{dom}"


# -- our people --------------------------------------------------------------------------

HQ = "〒105-0011 東京都港区芝公園3-4-21 日の出産業ビル7F"


def sig(name: str, romaji: str, dept: str, mail: str, tel: str = "03-5432-7180",
        style: int = 0) -> str:
    if style == 0:
        return (f"\n--\n日の出産業株式会社 留学事業部 {dept}\n{name}（{romaji}）\n{HQ}\n"
                f"TEL {tel} / FAX 03-5432-7189\nMail {mail}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━\n 日の出産業株式会社\n 留学事業部 {dept}  {name}\n"
                f" TEL：{tel}\n E-mail：{mail}\n━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return (f"\nBest regards,\n\n{romaji}\n{dept}, Study Abroad Division\nHinode Sangyo Co., Ltd.\n"
                f"3-4-21 Shibakoen, Minato-ku, Tokyo 105-0011, Japan\nTel: +81-3-5432-7180\n"
                f"Email: {mail}\n")
    return f"\n********************\n{name}\n日の出産業（株）留学事業部\n{tel}\n********************\n"


SAEKI = "佐伯 真理子 <saeki.m@hinode-sangyo.co.jp>"
OKOUCHI = "大河内 健 <okochi.k@hinode-sangyo.co.jp>"
MIYOSHI = "三好 彩花 <miyoshi.a@hinode-sangyo.co.jp>"
CARTER = "Emily Carter <carter.e@hinode-sangyo.co.jp>"
SHOJI = "東海林 亮 <shoji.r@hinode-sangyo.co.jp>"
KUBOTA = "久保田 奈央 <kubota.n@hinode-sangyo.co.jp>"
MORINAGA = "森永 聡 <morinaga.s@hinode-sangyo.co.jp>"
NONOMURA = "野々村 恵 <nonomura.m@hinode-sangyo.co.jp>"
ISEKI = "井関 拓海 <iseki.t@hinode-sangyo.co.jp>"

S_SAEKI = sig("佐伯 真理子", "Mariko Saeki", "カウンセリング課", "saeki.m@hinode-sangyo.co.jp", "03-5432-7181")
S_OKOUCHI = sig("大河内 健", "Ken Okochi", "手配課", "okochi.k@hinode-sangyo.co.jp", "03-5432-7183", 1)
S_MIYOSHI = sig("三好 彩花", "Ayaka Miyoshi", "ビザサポート", "miyoshi.a@hinode-sangyo.co.jp", "03-5432-7185")
S_CARTER = sig("エミリー・カーター", "Emily Carter", "Partner Relations", "carter.e@hinode-sangyo.co.jp", "03-5432-7190", 2)
S_OKOUCHI_EN = sig("大河内 健", "Ken Okochi", "Operations", "okochi.k@hinode-sangyo.co.jp", "03-5432-7183", 2)
S_SHOJI = sig("東海林 亮", "Ryo Shoji", "経理グループ", "shoji.r@hinode-sangyo.co.jp", "03-5432-7170", 3)
S_KUBOTA = sig("久保田 奈央", "Nao Kubota", "法人研修グループ", "kubota.n@hinode-sangyo.co.jp", "03-5432-7195", 1)
S_NONOMURA = sig("野々村 恵", "Megumi Nonomura", "安全管理室", "nonomura.m@hinode-sangyo.co.jp", "03-5432-7199")
S_ISEKI = sig("井関 拓海", "Takumi Iseki", "高校生プログラム", "iseki.t@hinode-sangyo.co.jp", "03-5432-7186", 3)

DISCLAIMER_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information intended "
                 "solely for the addressee. If you have received it in error, please notify the "
                 "sender and delete it.\n")

MESSAGES: list[dict] = []


def add(n: int, **m) -> None:
    assert n == len(MESSAGES) + 1, n
    m["id"] = f"ryugaku-{n:03d}"
    MESSAGES.append(m)


# ======================================================================================
# 001–020
# ======================================================================================

# 001 — rooming list for the night before departure, padded columns, to a partner hotel
_g = students(8)
_rows = []
for i, p in enumerate(_g, 1):
    d = dob(2006, 2008)
    _rows.append(f"{i:>2}  {p['name']:<8}  {p['ROMAJI']:<22}{'男' if p['gender'] == 'M' else '女'}   "
                 f"{slash(d):<11} {mobile()}")
add(1,
    expect="stop",
    sender=OKOUCHI,
    to=["さくらホテル 宴会・団体予約 <group@sakura-hotel.jp>"],
    subject="【日の出産業】8/17前泊 ルーミングリスト送付（夏期バンクーバー研修）",
    charset="iso-2022-jp",
    body=f"""さくらホテル 団体予約ご担当 御中

いつもお世話になっております。日の出産業 留学事業部の大河内でございます。
8/17（日）成田空港前泊の件、ルーミングリストをお送りいたします。
ツイン4室で手配をお願いしておりましたが、男女の内訳が確定しましたので下記の通りです。

No  氏名      ローマ字              性別  生年月日    携帯
--  --------  --------------------  ----  ----------  -------------
""" + "\n".join(_rows) + f"""

引率は弊社スタッフ1名（シングル）で、別途ご連絡いたします。
チェックインは19時頃の予定です。夕食は不要です。

よろしくお願いいたします。
{S_OKOUCHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 students' name, DOB and mobile in padded columns to an external hotel: a list of people.",
)

# 002 — venue quote for an information session, plain business
add(2,
    expect="pass",
    sender=SAEKI,
    to=["さくらホテル 営業部 山辺 <yamabe@sakura-hotel.jp>"],
    subject="留学説明会 会場お見積りのお願い（10月12日）",
    charset="iso-2022-jp",
    body=f"""さくらホテル 営業部
山辺様

お世話になっております。日の出産業の佐伯です。
先日はお電話にてありがとうございました。

10月12日（日）に「秋の留学フェア」を下記の条件で開催したく、
お見積りをお願いできますでしょうか。

・日時：10月12日（日）13:00〜17:00（設営 11:00〜）
・人数：来場者 約80名、ブース 12卓
・備品：プロジェクター1台、マイク2本、長机14台
・飲食：ペットボトル飲料 100本

昨年と同じ「鳳凰の間」が空いていれば大変助かります。
ご多忙のところ恐縮ですが、9月5日頃までにご回答いただけますと幸いです。
{S_SAEKI}""",
    entities=[],
    detectors=[],
    note="Ordinary venue quote request to a partner; no personal data.",
)

# 003 — one student's passport details to a Canadian college for the Letter of Acceptance
_p = person("F")
_d = dob(2005, 2006)
add(3,
    expect="stop",
    sender=CARTER,
    to=["Admissions Office <admissions@pacific-crest-college.ca>"],
    subject=f"LOA request - {_p['ROMAJI']} (Jan 2026 intake, ESL Full-time)",
    charset="utf-8",
    body=f"""Dear Admissions Team,

I hope this message finds you well.

We would like to request a Letter of Acceptance for the following student for the
January 2026 intake (ESL Full-time, 24 weeks). The application fee has been paid
through our agent account (Agent code HS-JP-0412).

  Surname:          {_p['sei_r'].upper()}
  Given name:       {_p['mei_r'].upper()}
  Date of birth:    {_d[2]:02d} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][_d[1]-1]} {_d[0]}
  Nationality:      Japan
  Passport No.:     {passport()}
  Passport expiry:  14 Mar 2034
  Program start:    5 Jan 2026

She will apply for a study permit, so we would appreciate the LOA by the end of
this month if possible.
{S_CARTER}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="A student's passport number (with name and DOB) sent to an overseas school: identity document number.",
)

# 004 — homestay placement CSV (UTF-8) to a Canadian homestay coordinator, 12 rows
_g = students(12)
_csv = [["Student ID", "Last name", "First name", "Gender", "DOB", "Email", "Arrival", "Flight",
         "Diet"]]
for i, p in enumerate(_g):
    d = dob(2003, 2007)
    _csv.append([f"HS25-{301 + i}", p["sei_r"], p["mei_r"], p["gender"], iso(d),
                 gmail(p, rng.choice(["gmail.com", "icloud.com", "outlook.jp"])),
                 "2025-09-01", rng.choice(["AC004", "NH116", "JL018"]),
                 rng.choice(["No restriction", "No restriction", "Vegetarian", "No pork"])])
add(4,
    expect="stop",
    sender=CARTER,
    to=["Maple Homestay Services <placements@maplehomestay.ca>"],
    subject="September homestay placements - 12 students from Hinode",
    charset="utf-8",
    body=f"""Hi Jennifer,

As discussed on our call, attached is the placement sheet for our September group
(12 students, all arriving YVR on 1 September). Please let us know if you need the
host family preference forms as well; the students filled them in last week.

Payment for the placement fees will be sent by wire on Friday.
{S_CARTER}""",
    attachments=[{"kind": "csv", "name": "Hinode_Sep2025_placements.csv", "encoding": "utf-8",
                  "rows": _csv}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of 12 students with DOB and personal e-mail to an external homestay agency.",
)

# 005 — one student's asthma and anaphylaxis history to an Australian host network
_p = person("M")
add(5,
    expect="stop",
    sender=OKOUCHI,
    to=["Aussie Host Network <care@aussiehost-network.com.au>"],
    subject=f"Medical information for host family - {_p['romaji']}",
    charset="utf-8",
    body=f"""Dear Karen,

Thank you for confirming the host family for {_p['romaji']} (arriving BNE 28 July).

Before the placement is finalised, his parents asked us to pass on the following so
that the family is prepared:

{_p['mei_r']} has a history of bronchial asthma since childhood and uses a
Symbicort inhaler every morning and night. He was also diagnosed with a peanut
allergy and had an anaphylactic reaction at age 12; he carries an EpiPen at all
times. Please make sure the family does not keep a cat, as it triggers his attacks.

His doctor's letter in English will be brought in his hand luggage.
{S_OKOUCHI_EN}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="One named student's medical history (asthma, anaphylaxis) to an external host agency: 要配慮個人情報.",
)

# 006 — reply to a parent on gmail, personal data only in the quoted part
_par = person()
add(6,
    expect="pass",
    sender=SAEKI,
    to=[f"{_par['sei']} 由美子 <yumiko.{_par['sei_r'].lower()}@gmail.com>"],
    subject="Re: 出発日の変更について",
    charset="iso-2022-jp",
    body=f"""{_par['sei']} 様

ご連絡ありがとうございます。日の出産業の佐伯です。

出発日を8月24日から8月31日へ変更する件、学校側に確認したところ
入学日（9月2日）に間に合いますので問題ございません。
航空券の変更手数料（5,500円）が発生いたしますので、改めてご請求書をお送りします。

引き続きよろしくお願いいたします。
{S_SAEKI}
-----Original Message-----
差出人: {_par['sei']} 由美子 <yumiko.{_par['sei_r'].lower()}@gmail.com>
送信日時: 2025年7月14日 21:08
宛先: saeki.m@hinode-sangyo.co.jp
件名: 出発日の変更について

佐伯様

いつもお世話になっております。{_par['sei']}{_par['mei']}の母です。
部活動の大会が延びたため、出発を1週間遅らせることは可能でしょうか。
日中は携帯（{mobile()}）にご連絡いただけますと助かります。
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="Reply to one parent on free mail; the only personal data is in the quoted original.",
)

# 007 — three parents in To, should have been Bcc
add(7,
    expect="stop",
    sender=ISEKI,
    to=["kojima.family@gmail.com", "m-hasebe0321@yahoo.co.jp", "tsurumi.kaori@icloud.com"],
    subject="【ご案内】高校生ニュージーランド短期留学 保護者説明会（7/6）",
    charset="iso-2022-jp",
    body=f"""保護者の皆様

いつもお世話になっております。日の出産業 高校生プログラム担当の井関です。
ニュージーランド短期留学（3週間）の保護者説明会を下記の通り開催いたします。

日時：7月6日（日）10:00〜11:30
場所：弊社 芝公園オフィス 7階セミナールーム（オンライン参加可）
内容：現地での生活、ホームステイの注意点、保険・緊急時の連絡体制、持ち物

オンラインでご参加の場合は、前日までにZoomのURLをお送りします。
ご出欠を6月30日までにご返信ください。
{S_ISEKI}""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="Three private persons' addresses visible to each other in To: should have been Bcc.",
)

# 008 — school in To, insurer in Cc, three-way meeting mail
add(8,
    expect="pass",
    sender=CARTER,
    to=["Student Services <studentservices@harbourview-english.com.au>"],
    cc=["海外保険営業部 葛西 <kasai@tokai-kaigaihoken.co.jp>"],
    subject="Meeting on 18 June - OSHC and Japanese travel insurance",
    charset="utf-8",
    body=f"""Dear Olivia,
(cc: Mr Kasai, Tokai Kaigai Hoken)

Thank you for your time last week. As promised, I am connecting you with Mr Kasai
from Tokai Kaigai Hoken, who handles our group travel insurance.

Our students on visas over three months must hold OSHC, and many parents also want
Japanese travel insurance for liability and belongings. We would like to clarify
which policy pays first for hospital bills and how the claims should be lodged.

Could we have a 30-minute online call on Wednesday 18 June at 10:00 AEST
(9:00 JST)? I will send a Teams invitation once you both confirm.
{S_CARTER}""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="Two external organisations in To/Cc for a meeting: normal three-way mail.",
)

# 009 — internal weekly report sent to a look-alike of the own domain
add(9,
    expect="stop",
    sender=SAEKI,
    to=["久保田 奈央 <kubota.n@hinode-sangyou.co.jp>"],
    subject="週次報告：カウンセリング件数（6月第2週）",
    charset="iso-2022-jp",
    body=f"""久保田さん

お疲れさまです。佐伯です。
今週のカウンセリング件数をまとめました。

　新規面談　　　　２３件（うちオンライン１４件）
　申込　　　　　　　９件（語学留学６、ワーホリ２、高校留学１）
　キャンセル　　　　１件
　ビザ相談のみ　　　４件

語学留学はフィリピンとマルタの問い合わせが増えています。
法人研修の件は来週の定例でご相談させてください。
{S_SAEKI}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="Colleague's address typed as hinode-sangyou.co.jp: a look-alike of the own domain.",
)

# 010 — DOCX of agent commission rates stamped 社外秘, to a school group's Japan office
add(10,
    expect="stop",
    sender=CARTER,
    to=["グローバルブリッジ 日本事務所 松浦 <matsuura@globalbridge-edu.jp>"],
    subject="コミッション条件の比較表（ご参考）",
    charset="utf-8",
    body=f"""松浦様

お世話になっております。日の出産業のカーターです。
先日お話しした来年度のコミッション条件について、弊社で比較表を作成しましたので添付いたします。
他校様の条件も含まれておりますので、その前提でご覧ください。

ご検討のほど、よろしくお願いいたします。
{S_CARTER}""",
    attachments=[{"kind": "docx", "name": "提携校コミッション比較_2026.docx",
                  "page_header": "社外秘", "title": "提携校コミッション比較 2026年度",
                  "paragraphs": ["社外秘　提携校コミッション比較（2026年度）",
                                 "作成：留学事業部 パートナー担当　2025年6月"],
                  "tables": [["学校", "国", "授業料コミッション", "滞在費", "備考"],
                             ["Pacific Crest College", "CA", "25%", "なし", "12週以上 +3%"],
                             ["Harbourview English", "AU", "30%", "10%", "販促費 年20万円"],
                             ["Kiwi Language Institute", "NZ", "20%", "なし", ""],
                             ["Thamesbridge School", "UK", "22%", "5%", "ボーナス制度あり"],
                             ["Global Bridge Malta", "MT", "28%", "8%", "交渉中"]]}],
    entities=[],
    detectors=["confidential_marking"],
    note="Attached DOCX is stamped 社外秘 in its header and heading: confidentiality marking going out.",
)

# 011 — PPAP: password ZIP of visa documents to an administrative scrivener
add(11,
    expect="stop",
    sender=MIYOSHI,
    to=["小野行政書士事務所 <info@ono-gyosei.jp>"],
    subject="学生ビザ申請書類一式（3名分）の送付",
    charset="iso-2022-jp",
    body=f"""小野行政書士事務所
小野先生

いつも大変お世話になっております。日の出産業 ビザサポートの三好です。
英国学生ビザ申請の3名分の書類一式を、パスワード付きZIPにてお送りいたします。
パスワードは別メールにてお知らせいたします。

内容：申請書ドラフト、CAS、残高証明書、旅券写し
ご確認のほどよろしくお願いいたします。
{S_MIYOSHI}""",
    attachments=[{"kind": "zip", "name": "UKvisa_3names_0712.zip", "password": "Hnd#0712uk",
                  "files": [{"kind": "txt", "name": "memo.txt",
                             "text": "申請者3名 書類一覧\nCAS / 残高証明 / 旅券写し\n"}]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="Password-protected ZIP (PPAP) cannot be inspected.",
)

# 012 — internal only: passport list for a US visa group, tab-separated
_g = students(7)
_lines = "\n".join(f"{p['name']}\t{p['ROMAJI']}\t{iso(dob(2004, 2006))}\t{passport()}\t2030-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"
                   for p in _g)
add(12,
    expect="pass",
    sender=MIYOSHI,
    to=["大河内 健 <okochi.k@hinode-sangyo.co.jp>"],
    cc=["井関 拓海 <iseki.t@hinode-sangyo.co.jp>"],
    subject="F-1グループ申請 旅券情報（社内共有）",
    charset="iso-2022-jp",
    body=f"""大河内さん、井関さん

お疲れさまです。三好です。
9月入学の米国コミュニティカレッジ組、DS-160入力用の旅券情報です。
面接予約は来週月曜に一括で取ります。

氏名\tローマ字\t生年月日\t旅券番号\t有効期限
{_lines}

残り2名は旅券更新中のため、届き次第追記します。
三好
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=[],
    note="Passport list but every recipient is internal: allowed.",
)

# 013 — XLSX with title row and two sheets: insurance enrolment of 15 students
_g = students(15)
_sheet = [["2025年度 夏期短期留学 団体海外旅行保険 加入者一覧"], [],
          ["No", "氏名", "フリガナ", "生年月日", "性別", "住所", "旅券番号", "渡航先", "保険期間"]]
for i, p in enumerate(_g, 1):
    _sheet.append([i, p["name"], p["kana"], slash(dob(2005, 2009)),
                   "男" if p["gender"] == "M" else "女", address(), passport(),
                   rng.choice(["カナダ", "オーストラリア", "NZ"]), "2025/7/26-2025/8/24"])
add(13,
    expect="stop",
    sender=OKOUCHI,
    to=["東海海外保険 団体契約課 <dantai@tokai-kaigaihoken.co.jp>"],
    subject="団体海外旅行保険 加入者一覧（夏期短期 15名）",
    charset="iso-2022-jp",
    body=f"""東海海外保険株式会社
団体契約課 御中

いつもお世話になっております。日の出産業の大河内です。
夏期短期留学の団体保険について、加入者一覧を添付にてお送りします。
プランは2シート目の通り、全員Bプラン（治療救援3,000万円）です。

証券発行のお手続きをよろしくお願いいたします。
{S_OKOUCHI}""",
    attachments=[{"kind": "xlsx", "name": "加入者一覧_夏期短期2025.xlsx",
                  "sheets": {"加入者一覧": _sheet,
                             "プラン": [["プラン", "治療・救援", "賠償責任", "携行品", "保険料"],
                                        ["A", "1,000万円", "1億円", "30万円", "18,400円"],
                                        ["B", "3,000万円", "1億円", "30万円", "23,900円"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="XLSX roster of 15 insured students with addresses and passport numbers to an insurer.",
)

# 014 — insurer: policy wording question, no personal data
add(14,
    expect="pass",
    sender=OKOUCHI,
    to=["葛西 様 <kasai@tokai-kaigaihoken.co.jp>"],
    subject="Re: 団体契約 約款改定の件",
    charset="iso-2022-jp",
    body=f"""葛西様

お世話になっております。大河内です。
約款改定のご案内ありがとうございました。2点確認させてください。

1. 特約コード TK-07（留学生総合特約）の「学業継続費用」は、2026年度契約から
   帰国後の再渡航費用も対象になるという理解でよろしいでしょうか。
2. 証券番号 G-2025-118420 の中途加入の締切は、これまで通り出発の10営業日前でしょうか。

お手すきの際にご回答いただけますと幸いです。
{S_OKOUCHI}
> 大河内様
> 2026年度より団体契約の約款を一部改定いたします。詳細は添付の新旧対照表をご確認ください。
""",
    entities=[],
    detectors=[],
    note="Question about policy wording with product and policy codes: ordinary business.",
)

# 015 — list without a name column: visa tracking rows to a scrivener
_rows = []
for i in range(6):
    _rows.append(f"V25-{118 + i},{iso(dob(2002, 2006))},{passport()},{mobile()},"
                 f"{rng.choice(['Tier4 CAS待ち', '残高証明OK', '面接予約済', 'TB検査待ち'])}")
add(15,
    expect="stop",
    sender=MIYOSHI,
    to=["小野先生 <ono@ono-gyosei.jp>"],
    subject="英国ビザ 進捗表（受付番号ベース）",
    charset="cp932",
    body=f"""小野先生

お世話になっております。三好です。
ご依頼の進捗表、氏名は伏せて受付番号でお送りします。
ご本人確認は生年月日と旅券番号で照合をお願いいたします。

受付番号,生年月日,旅券番号,携帯,状況
""" + "\n".join(_rows) + f"""

V25-121 の方は結核検査の予約が取れ次第ご連絡します。
{S_MIYOSHI}""",
    entities=["DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Six rows of DOB + passport + mobile with no name column: still a list of people with ID numbers.",
)

# 016 — kana names, 和暦 DOB, full-width guardian phones, bullets, to a Japanese high school
_g = students(5)
_items = []
for p in _g:
    d = dob(2008, 2009)
    _items.append(f"・{p['kana']}（{wareki(d)}生）　保護者携帯 {fw(mobile())}")
add(16,
    expect="stop",
    sender=ISEKI,
    to=["明倫高等学校 国際交流部 <kokusai@meirin-hs.ed.jp>"],
    subject="ターム留学参加者の確認（貴校2年生 5名）",
    charset="cp932",
    body=f"""明倫高等学校
国際交流部 ご担当 先生

いつもお世話になっております。日の出産業の井関です。
3学期ターム留学（カナダ・オンタリオ州）に貴校から参加される生徒さんの
登録内容に相違がないかご確認をお願いいたします。

""" + "\n".join(_items) + f"""

氏名の漢字表記は、旅券に合わせて後日ローマ字とともにご提出いただきます。
訂正がございましたら1月10日までにご連絡ください。
{S_ISEKI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Five students in kana with 和暦 birth dates and full-width guardian phones: a list of people.",
)

# 017 — a guardian's My Number in full-width digits, to a scholarship foundation
_p = person()
_mn = next_my_number()
add(17,
    expect="stop",
    sender=SAEKI,
    to=["海外留学奨学会 審査課 <shinsa@kaigai-shogakukai.or.jp>"],
    subject="給付奨学金 申請書類の不足分について（申請番号 KS-25-0388）",
    charset="iso-2022-jp",
    body=f"""公益財団法人 海外留学奨学会
審査課 ご担当者様

いつもお世話になっております。日の出産業 留学事業部の佐伯です。
申請番号 KS-25-0388 の書類不足のご連絡をいただいた件、
ご本人の保護者様より個人番号のご提供がありましたので、お知らせいたします。

申請者：{_p['name']}
生計維持者（父）：{_p['sei']} 隆之
個人番号：{fw(_mn[:4])} {fw(_mn[4:8])} {fw(_mn[8:])}

所得証明書の原本は本日レターパックにて発送いたしました。
{S_SAEKI}""",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="A guardian's マイナンバー written in full-width digits to an external foundation.",
)

# 018 — change of our own contact person, signature details only
add(18,
    expect="pass",
    sender=CARTER,
    to=["Kiwi Language Institute <agents@kiwi-lang.ac.nz>"],
    subject="Change of contact person at Hinode Sangyo",
    charset="utf-8",
    body=f"""Dear Agent Relations Team,

I am writing to let you know that from 1 August I will be on parental leave.
During my absence, please contact my colleague:

  Ken Okochi, Operations
  okochi.k@hinode-sangyo.co.jp / +81-3-5432-7183

All pending enrolments will be followed up by Ken. Thank you for your support,
and I look forward to working with you again next year.
{S_CARTER}""",
    entities=[],
    detectors=[],
    note="Hand-over to a colleague's business contact: no personal data of customers.",
)

# 019 — HTML-only table: airport pickup list to a transfer company
_g = students(7)
_trs = "".join(
    f"<tr><td>{p['romaji']}</td><td>{rng.choice(['QF62', 'JQ26', 'NH879'])}</td>"
    f"<td>{rng.choice(['06:10', '07:25', '19:40'])}</td><td>+81 {mobile()[1:]}</td>"
    f"<td>{rng.choice(['Sunnybank', 'Toowong', 'Carindale', 'Indooroopilly'])}</td></tr>"
    for p in _g)
add(19,
    expect="stop",
    sender=OKOUCHI,
    to=["Bookings <bookings@airport-transfer-bne.com.au>"],
    subject="Airport pickup - 7 students arriving 12 July",
    charset="utf-8",
    html=f"""<html><body>
<p>Hi Daniel,</p>
<p>Please arrange airport pickups for the following students arriving at Brisbane
International on Saturday 12 July. Drop-off is at their homestay suburbs listed below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>Student</th><th>Flight</th><th>ETA</th><th>Mobile (roaming)</th><th>Suburb</th></tr>
{_trs}
</table>
<p>Please charge the transfers to our account HS-0417 as usual.</p>
<p>Kind regards,<br>Ken Okochi<br>Hinode Sangyo Co., Ltd. / Operations<br>+81-3-5432-7183</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table of 7 students with mobile numbers to an external transfer company.",
)

# 020 — HTML-only list of partner schools (businesses) to a Japanese university
add(20,
    expect="pass",
    sender=SAEKI,
    to=["青陵大学 国際交流センター <intl@seiryo-u.ac.jp>"],
    subject="春季語学研修 提携校一覧のご送付",
    charset="utf-8",
    html=f"""<html><body>
<p>青陵大学 国際交流センター<br>ご担当者様</p>
<p>いつもお世話になっております。日の出産業の佐伯です。<br>
春季語学研修の候補となる提携校の一覧をお送りいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>学校名</th><th>都市</th><th>代表電話</th><th>代表メール</th><th>最短期間</th></tr>
<tr><td>Pacific Crest College</td><td>Vancouver</td><td>+1 604 555 0148</td><td>info@pacific-crest-college.ca</td><td>2週</td></tr>
<tr><td>Harbourview English</td><td>Sydney</td><td>+61 2 5550 3321</td><td>enquiries@harbourview-english.com.au</td><td>1週</td></tr>
<tr><td>Kiwi Language Institute</td><td>Auckland</td><td>+64 9 555 0720</td><td>info@kiwi-lang.ac.nz</td><td>2週</td></tr>
<tr><td>Thamesbridge School</td><td>Cambridge</td><td>+44 1223 555 016</td><td>office@thamesbridge-school.co.uk</td><td>2週</td></tr>
<tr><td>Global Bridge Malta</td><td>St Julian's</td><td>+356 2155 0301</td><td>hello@globalbridge-malta.com</td><td>1週</td></tr>
</table>
<p>各校のパンフレットは郵送でもお届けできます。お気軽にお申し付けください。</p>
<p>日の出産業株式会社 留学事業部 佐伯 真理子<br>TEL 03-5432-7181</p>
</body></html>""",
    entities=[],
    detectors=[],
    note="A list of schools with switchboards and office e-mails: businesses, not people.",
)


# ======================================================================================
# 021–040
# ======================================================================================

# 021 — forward of a mother's mail (attached .eml) describing her son's ADHD and medication
_p = person("M")
_par_mail = f"{_p['sei_r'].lower()}.tomoko@ezweb.ne.jp"
add(21,
    expect="stop",
    sender=ISEKI,
    to=["ホームステイリンク 受入調整 <coordinator@homestay-link.jp>"],
    subject=f"FW: {_p['sei']}の息子の件（出発前のご相談）",
    charset="iso-2022-jp",
    body=f"""ホームステイリンク
受入調整ご担当 様

お世話になっております。日の出産業の井関です。
10月出発の{_p['sei']}さんについて、保護者様からのメールを転送いたします。
受入れ校とホストファミリーへの共有方法についてご相談させてください。

井関
""",
    attachments=[{"kind": "eml", "name": "相談メール.eml", "message": {
        "sender": f"{_p['sei']} 智子 <{_par_mail}>",
        "to": ["iseki.t@hinode-sangyo.co.jp"],
        "subject": f"{_p['sei']}の息子の件（出発前のご相談）",
        "charset": "iso-2022-jp",
        "body": f"""井関様

いつもお世話になっております。{_p['name']}の母です。
お伝えしておくべきか迷ったのですが、息子は小学4年生のときにADHD（注意欠如・多動症）と
診断されており、現在もコンサータを毎朝服用しています。
留学中の3か月分は主治医から処方してもらう予定です。
忘れ物や時間の管理が苦手なので、ホストファミリーの方にも事情をご理解いただけると安心です。

{_p['sei']} 智子
"""}}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Forwarded mail (new to the recipient) with a named child's ADHD diagnosis and medication.",
)

# 022 — reply to a parent: health details only in the > quoted part
_p = person("F")
add(22,
    expect="pass",
    sender=OKOUCHI,
    to=[f"{_p['sei']} <{_p['sei_r'].lower()}-mama@yahoo.co.jp>"],
    subject="Re: 持病の薬の持ち込みについて",
    charset="iso-2022-jp",
    body=f"""{_p['sei']}様

ご丁寧にありがとうございます。大河内です。
お薬の件、承知いたしました。英文の処方箋（医師の署名入り）をご用意いただければ、
手荷物での持ち込みで問題ございません。学校側への共有はご本人の同意をいただいた範囲で行います。

ご不明点があればいつでもご連絡ください。
{S_OKOUCHI}
2025年6月3日(火) 22:14 {_p['sei']} <{_p['sei_r'].lower()}-mama@yahoo.co.jp>:
> 大河内様
> 娘の{_p['mei']}は1型糖尿病のため、インスリン注射と血糖測定器を持参します。
> 機内持ち込みや現地の学校への伝え方について教えていただけますか。
> {_p['sei']}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="Reply to the parent who wrote it; the diagnosis appears only in the quoted text.",
)

# 023 — a parent's credit card for the tuition deposit, to a UK school
_par = person()
_card = next_card()
add(23,
    expect="stop",
    sender=CARTER,
    to=["Accounts <accounts@thamesbridge-school.co.uk>"],
    subject="Deposit payment by card - Hinode student (Oct start)",
    charset="utf-8",
    body=f"""Dear Accounts Team,

Please take the £500 deposit for our student starting on 6 October (General English,
12 weeks, booking ref TB-88213) from the card below. The parent asked us to pass it on
as she could not complete the online payment page.

  Cardholder:  {_par['sei_r'].upper()} YUMIKO
  Card number: {_card[:4]} {_card[4:8]} {_card[8:12]} {_card[12:]}
  Expiry:      09/28

Please send the receipt to me and I will forward it to the family.
{S_CARTER}""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="A parent's credit card number sent by mail to an overseas school.",
)

# 024 — invoice to one parent on free mail: company bank account, invoice number
_par = person()
add(24,
    expect="pass",
    sender=SHOJI,
    to=[f"{_par['sei']} 様 <{_par['sei_r'].lower()}.family@outlook.jp>"],
    subject="【日の出産業】留学費用ご請求書（請求番号 RY-2507-0331）",
    charset="cp932",
    body=f"""{_par['sei']} 様

この度は弊社の留学プログラムにお申し込みいただき、誠にありがとうございます。
ご請求書（請求番号 RY-2507-0331）をお送りいたします。

　ご請求金額　：　１，２８４，６００円（税込）
　お支払期限　：　2025年8月8日（金）
　お振込先　　：　みどり銀行 芝公園支店　普通　1234567
　　　　　　　　　ﾋﾉﾃﾞｻﾝｷﾞｮｳ(ｶ

振込手数料はお客様のご負担にてお願いいたします。
領収書が必要な場合はお申し付けください。
{S_SHOJI}""",
    attachments=[{"kind": "pdf", "name": "請求書_RY-2507-0331.pdf",
                  "lines": ["御請求書", "請求番号 RY-2507-0331　発行日 2025年7月18日",
                            f"{_par['sei']} 様", "カナダ語学留学 24週（Pacific Crest College）",
                            "授業料 842,000円 / 滞在費 356,000円 / 手配料 86,600円",
                            "合計 1,284,600円（税込）",
                            "日の出産業株式会社 〒105-0011 東京都港区芝公園3-4-21"]}],
    entities=[],
    detectors=["freemail_recipient"],
    note="Invoice to one private customer: invoice number, company bank account only.",
)

# 025 — PDF table of immunisation and TB screening records for 6 students
_g = students(6)
_tab = [["Name", "DOB", "MMR #1", "MMR #2", "Tdap", "Hep B", "TB screening"]]
for p in _g:
    _tab.append([p["ROMAJI"], iso(dob(2005, 2007)), f"{rng.randint(2006, 2008)}-0{rng.randint(1, 9)}",
                 f"{rng.randint(2011, 2013)}-0{rng.randint(1, 9)}", "2024-05", "3 doses",
                 rng.choice(["QFT negative", "QFT negative", "QFT positive - chest X-ray clear",
                             "QFT negative"])])
add(25,
    expect="stop",
    sender=OKOUCHI,
    to=["Student Health Center <immunizations@univ-westcoast.edu>"],
    subject="Immunization records - Hinode exchange group (6 students)",
    charset="utf-8",
    body=f"""Dear Health Center staff,

Please find attached the immunization and TB screening summary for the six
students joining the Fall semester from Hinode Sangyo. The original certificates
signed by their physicians will be uploaded to the patient portal by each student.

One student has a positive QFT result; the chest X-ray report is included in her
upload.
{S_OKOUCHI_EN}""",
    attachments=[{"kind": "pdf", "name": "Immunization_summary_Fall2025.pdf",
                  "title": "Immunization summary",
                  "lines": ["Hinode Sangyo - Fall 2025 exchange group", "Immunization / TB screening summary", ""],
                  "table": _tab}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF list of 6 students with vaccination and TB test results: a list with health data.",
)

# 026 — protected PDF (claim documents) to the insurer
add(26,
    expect="stop",
    sender=NONOMURA,
    to=["東海海外保険 保険金サービス課 <claims@tokai-kaigaihoken.co.jp>"],
    subject="保険金請求書類の送付（事故受付番号 C25-04471）",
    charset="iso-2022-jp",
    body=f"""東海海外保険株式会社
保険金サービス課 御中

お世話になっております。日の出産業 安全管理室の野々村です。
事故受付番号 C25-04471 の件、請求書類一式をPDFにまとめてお送りします。
PDFには閲覧パスワードを設定しております（パスワードはお電話でお伝えします）。

よろしくお願いいたします。
{S_NONOMURA}""",
    attachments=[{"kind": "pdf", "name": "C25-04471_請求書類.pdf", "password": "c2504471",
                  "lines": ["保険金請求書", "事故受付番号 C25-04471", "診断書・領収書 添付"]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="Password-protected PDF cannot be inspected.",
)

# 027 — corrupt XLSX sent to a host family coordinator
add(27,
    expect="stop",
    sender=OKOUCHI,
    to=["Kiwi Homestay NZ <placements@kiwihomestay.co.nz>"],
    subject="Updated arrival list (please use this version)",
    charset="utf-8",
    body=f"""Hi Aroha,

Sorry for the confusion yesterday. Please use the attached arrival list instead of
the one I sent on Monday; two flights have changed.
{S_OKOUCHI_EN}""",
    attachments=[{"kind": "corrupt", "name": "arrival_list_v3.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="The attached XLSX is corrupt and cannot be read.",
)

# 028 — PPTX seminar deck with programme prices, to a university
add(28,
    expect="pass",
    sender=SAEKI,
    to=["青陵大学 国際交流センター 西 <nishi@seiryo-u.ac.jp>"],
    subject="学内説明会（5/21）スライドのご確認",
    charset="iso-2022-jp",
    body=f"""西様

お世話になっております。日の出産業の佐伯です。
5月21日の学内説明会で使用するスライドをお送りします。
費用のページは2025年度の為替レート（1CAD=110円）で算出しています。
修正点がございましたらお知らせください。
{S_SAEKI}""",
    attachments=[{"kind": "pptx", "name": "青陵大学_夏期語学研修説明会.pptx",
                  "slides": [["夏期語学研修 2025", "青陵大学 × 日の出産業", "5月21日 12:20〜 3号館201教室"],
                             ["プログラム概要", "期間：8月9日〜9月6日（4週間）", "研修先：Pacific Crest College（バンクーバー）",
                              "滞在：ホームステイ（1人1家庭）"],
                             ["費用", "研修費 298,000円", "滞在費 176,000円", "航空券 約210,000円（燃油別）",
                              "海外旅行保険 23,900円"],
                             ["申込方法", "学内締切：6月13日", "申込書は国際交流センター窓口で配布"]]}],
    entities=[],
    detectors=[],
    note="Seminar slides with programme fees, no personal data.",
)

# 029 — PPTX report deck with a student roster slide, to the same kind of recipient
_g = students(6)
_slide = ["参加学生一覧（連絡先）"]
for p in _g:
    _slide.append(f"{p['name']}　学籍番号 2{rng.randint(1, 4)}L{rng.randint(1000, 9999)}　"
                  f"{p['mei_r'].lower()}{rng.randint(10, 99)}@gmail.com　{mobile()}")
add(29,
    expect="stop",
    sender=SAEKI,
    to=["青陵大学 国際交流センター <intl@seiryo-u.ac.jp>"],
    subject="春季研修 帰国報告会資料",
    charset="utf-8",
    body=f"""国際交流センター ご担当者様

お世話になっております。日の出産業の佐伯です。
春季研修の帰国報告会資料をお送りします。
最後のスライドに参加学生の連絡先を載せていますので、後輩向けの相談会の際にご活用ください。
{S_SAEKI}""",
    attachments=[{"kind": "pptx", "name": "春季研修_帰国報告会.pptx",
                  "slides": [["春季語学研修 帰国報告会", "2025年4月"],
                             ["研修の振り返り", "クラス平均スコア +1.5レベル", "満足度 4.6 / 5.0"],
                             _slide]}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="A slide lists 6 students with personal e-mail and mobile: a list of people in an attachment.",
)

# 030 — 【取扱注意】 net price sheet to a sub-agent
add(30,
    expect="stop",
    sender=CARTER,
    to=["関西留学センター 代表 宮脇 <miyawaki@kansai-ryugaku.jp>"],
    subject="【取扱注意】2026年度 卸価格表（提携代理店様向け）",
    charset="iso-2022-jp",
    body=f"""関西留学センター
宮脇様

お世話になっております。日の出産業のカーターです。
2026年度の卸価格をお送りします。

━━━━━━━━━━━━━━━━━━━━
取扱注意：本情報は提携代理店様限りとし、一般のお客様への開示はご遠慮ください。
━━━━━━━━━━━━━━━━━━━━

 学校                    期間    卸価格        参考小売
 Pacific Crest College   12週    612,000円     698,000円
 Harbourview English     12週    655,000円     742,000円
 Kiwi Language Inst.     8週     398,000円     455,000円
 Global Bridge Malta     4週     215,000円     248,000円

ご不明な点がありましたらお知らせください。
{S_CARTER}""",
    entities=[],
    detectors=["confidential_marking"],
    note="The mail itself is classified 取扱注意 in the subject and a banner.",
)

# 031 — talk about an NDA with a new school's Japan office
add(31,
    expect="pass",
    sender=CARTER,
    to=["ユーロリンガ・ジャパン 石塚 <ishizuka@eurolingua-japan.jp>"],
    subject="Re: 秘密保持契約書（NDA）ドラフトについて",
    charset="iso-2022-jp",
    body=f"""石塚様

お世話になっております。日の出産業のカーターです。
秘密保持契約書のドラフトをお送りいただきありがとうございました。
法務と確認し、以下2点のみ修正をお願いしたく存じます。

・第3条：秘密情報の定義から「口頭で開示され、30日以内に書面化されないもの」を除外
・第8条：有効期間を契約終了後3年から2年へ

押印は電子契約（クラウドサイン）でお願いできれば幸いです。
{S_CARTER}""",
    entities=[],
    detectors=[],
    note="Mail about an NDA (機密保持契約): a mention, not a marking.",
)

# 032 — English mail with the standard confidentiality disclaimer
add(32,
    expect="pass",
    sender=OKOUCHI,
    to=["Academic Office <academic@harbourview-english.com.au>"],
    subject="Class timetable for IELTS preparation course",
    charset="utf-8",
    body=f"""Dear Academic Office,

Could you send us the current timetable for the IELTS Preparation course (morning and
afternoon sessions)? Several students are asking whether they can combine it with the
Cambridge FCE class from September.

Thank you in advance.
{S_OKOUCHI_EN}{DISCLAIMER_EN}""",
    entities=[],
    detectors=[],
    note="Ordinary question; the confidentiality disclaimer is standard text, not a marking.",
)

# 033 — hay fever and seasonal medication of one student on a host family form (borderline)
_p = person("F")
add(33,
    expect="either",
    sender=ISEKI,
    to=["Kiwi Homestay NZ <placements@kiwihomestay.co.nz>"],
    subject=f"Host family form - {_p['romaji']}",
    charset="utf-8",
    body=f"""Hi Aroha,

Here is the remaining information for {_p['romaji']}'s host family form:

- Pets: fine with dogs, prefers no cats
- Smoking: non-smoker, prefers a non-smoking home
- Food: eats everything, does not like raw tomatoes
- Health: mild hay fever in spring, takes an over-the-counter antihistamine

She is very excited about the placement.
{S_ISEKI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Only mild hay fever and OTC medicine of a named student: health data or trivia, judgement call.",
)

# 034 — look-alike of the partner bank (homoglyph l for i)
add(34,
    expect="stop",
    sender=SHOJI,
    to=["みどり銀行 外為センター <gaitame@midori-glnko.co.jp>"],
    subject="外国送金依頼（Pacific Crest College 宛 授業料）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 外為センター 御中

いつもお世話になっております。日の出産業 経理グループの東海林です。
下記の通り外国送金をお願いいたします。依頼書原本は支店窓口に持参いたします。

　送金先：Pacific Crest College
　金額　：CAD 48,600.00
　送金目的：留学生授業料（9月入学 8名分）
　手数料：当方負担（OUR）

よろしくお願いいたします。
{S_SHOJI}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-glnko.co.jp imitates the partner bank midori-ginko.co.jp (l for i).",
)

# 035 — the genuine partner bank, company remittance
add(35,
    expect="pass",
    sender=SHOJI,
    to=["みどり銀行 芝公園支店 法人営業 <hojin-shibakoen@midori-ginko.co.jp>"],
    subject="外国送金の着金確認について",
    charset="iso-2022-jp",
    body=f"""みどり銀行 芝公園支店
法人営業ご担当者様

お世話になっております。日の出産業の東海林です。
7月10日にお願いした外国送金（受付番号 FX0710-2231、AUD 36,200.00）について、
先方（Harbourview English）から未着との連絡がありました。
中継銀行での状況をお調べいただけますでしょうか。

弊社口座：芝公園支店 当座 0087654
{S_SHOJI}""",
    entities=[],
    detectors=[],
    note="Company remittance enquiry with the company's own account: ordinary business.",
)

# 036 — tab-separated emergency contacts of 9 students' guardians, to a school
_g = students(9)
_lines = []
for p in _g:
    _pg = rng.choice(PARENT_GIVEN)
    _lines.append(f"{p['name']}\t{p['sei']} {_pg[0]}\t{rng.choice(['父', '母'])}\t{mobile()}\t{address()}")
add(36,
    expect="stop",
    sender=OKOUCHI,
    to=["Kiwi Language Institute 日本語窓口 <japan.desk@kiwi-lang.ac.nz>"],
    subject="緊急連絡先一覧（8月スタート 9名）",
    charset="cp932",
    body=f"""Kiwi Language Institute
日本語窓口 ご担当者様

お世話になっております。日の出産業の大河内です。
8月スタートの9名について、保護者の緊急連絡先をお送りします。
学生ファイルへのご登録をお願いいたします。

学生氏名\t保護者氏名\t続柄\t携帯\t住所
""" + "\n".join(_lines) + f"""
{S_OKOUCHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Tab-separated guardians' names, mobiles and home addresses for 9 students to an overseas school.",
)

# 037 — four visitors with mobiles, to a school before a campus visit
_v = students(2)
add(37,
    expect="pass",
    sender=KUBOTA,
    to=["Pacific Crest College Reception <reception@pacific-crest-college.ca>"],
    subject="Campus visit on 3 Nov - visitor names",
    charset="utf-8",
    body=f"""Dear Reception,

Thank you for arranging the campus tour on Monday 3 November at 14:00.
The visitors will be:

  1. Nao Kubota (Hinode Sangyo)         +81 90-3318-2240
  2. Takumi Iseki (Hinode Sangyo)       +81 80-6621-0937
  3. {_v[0]['romaji']} (Kawasaki Denki, HR)   +81 {mobile()[1:]}
  4. {_v[1]['romaji']} (Kawasaki Denki, HR)   +81 {mobile()[1:]}

We will arrive by taxi from downtown. Thank you.
{sig("久保田 奈央", "Nao Kubota", "Corporate Training", "kubota.n@hinode-sangyo.co.jp", "03-5432-7195", 2)}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Four visitors' names and mobiles for a campus visit: under five people, may be warned.",
)

# 038 — one record per block: 5 travellers with passport data for group air tickets
_g = students(5)
_blocks = []
for i, p in enumerate(_g, 1):
    _blocks.append(f"【{i}】{p['ROMAJI']}（{p['name']}）\n"
                   f"　　生年月日：{slash(dob(2004, 2007))}　性別：{p['gender']}\n"
                   f"　　旅券番号：{passport()}　有効期限：203{rng.randint(0, 5)}/{rng.randint(1, 12)}/{rng.randint(1, 28)}\n"
                   f"　　マイレージ：{rng.choice(['なし', 'ANA ' + str(rng.randint(10**9, 10**10 - 1)), 'なし'])}")
add(38,
    expect="stop",
    sender=OKOUCHI,
    to=["スカイウェイトラベル 団体手配 <group@skyway-travel.co.jp>"],
    subject="団体航空券 発券情報（NH116 8/30 成田→バンクーバー 5名）",
    charset="iso-2022-jp",
    body=f"""スカイウェイトラベル 団体手配ご担当者様

お世話になっております。日の出産業の大河内です。
8/30 NH116 の5名分、発券情報をお送りいたします。
復路はオープン（1年FIX）でお願いいたします。

""" + "\n\n".join(_blocks) + f"""

座席は5名なるべく近くでお願いできれば幸いです。
{S_OKOUCHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="Five blocks, each a traveller's passport number and DOB, to a travel agency.",
)

# 039 — residence card number of a foreign-national student (re-entry and visa)
_rc = f"{rng.choice(['AB', 'EH', 'UK', 'RT'])}{rng.randint(10**7, 10**8 - 1)}{rng.choice(['FC', 'EA', 'JD'])}"
add(39,
    expect="stop",
    sender=MIYOSHI,
    to=["小野先生 <ono@ono-gyosei.jp>"],
    subject="Re: カナダ学生ビザ（中国籍の方）みなし再入国の確認",
    charset="iso-2022-jp",
    body=f"""小野先生

お世話になっております。三好です。
ご質問の件、ご本人に確認できましたのでお知らせします。

　氏名：LIU Yuxuan（劉 雨萱）
　国籍：中国
　生年月日：2006年3月19日
　在留資格：家族滞在　在留期限：2026年11月2日
　在留カード番号：{_rc}

留学期間は10か月のため、みなし再入国では足りず、再入国許可の取得が必要との認識です。
お手数ですが申請のご準備をお願いいたします。
{S_MIYOSHI}
> 三好様
> 在留カードの番号と在留期限をお知らせください。
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="A student's 在留カード number (with name and DOB) in the new text to an external office.",
)

# 040 — a guardian's driver's licence number for an education loan application
_par = person()
_pg = rng.choice(PARENT_GIVEN)
_lic = f"{rng.choice(['30', '45', '62'])}{rng.randint(10**9, 10**10 - 1)}"
add(40,
    expect="stop",
    sender=SHOJI,
    to=["まなびクレジット 提携ローン受付 <teikei@manabi-credit.co.jp>"],
    subject="提携教育ローン 本人確認書類の補記（受付 ML-25-7702）",
    charset="cp932",
    body=f"""まなびクレジット株式会社
提携ローン受付 御中

いつもお世話になっております。日の出産業の東海林でございます。
受付番号 ML-25-7702 について、本人確認書類の写しが不鮮明とのことでしたので、
保護者様に確認のうえ記載事項を補記いたします。

　申込人：{_par['sei']} {_pg[0]}（{_par['kana'].split()[0]} {_pg[1]}）
　生年月日：{wareki(dob(1969, 1978))}
　住所：{address()}
　運転免許証番号：{_lic}
　免許証の有効期限：令和9年4月2日まで

原本の再撮影画像は保護者様から直接アップロードいただく予定です。
{S_SHOJI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="A guardian's 運転免許証 number with 和暦 DOB and address, sent to a loan company.",
)


# ======================================================================================
# 041–060
# ======================================================================================

# 041 — health insurance card symbol/number and a diagnosis, for a 海外療養費 claim
_p = person("M")
_pg = rng.choice(PARENT_GIVEN)
add(41,
    expect="stop",
    sender=NONOMURA,
    to=["港湾健康保険組合 給付課 <kyufu@kowan-kenpo.or.jp>"],
    subject="海外療養費 支給申請についてのご相談",
    charset="iso-2022-jp",
    body=f"""港湾健康保険組合 給付課 ご担当者様

突然のご連絡失礼いたします。日の出産業 安全管理室の野々村と申します。
貴組合にご加入の被保険者様のご子息が留学先で入院され、
保護者様より海外療養費の申請手続きの代行相談を受けております。

　被保険者：{_p['sei']} {_pg[0]} 様
　保険証 記号：{rng.randint(1000, 9999)}　番号：{rng.randint(10, 999)}
　被扶養者：{_p['name']} 様（ご長男）
　傷病名：急性虫垂炎（腹腔鏡下虫垂切除術）
　入院期間：2025年5月12日〜5月16日（シドニー市内の病院）

英文診療明細書の翻訳は弊社で手配可能です。必要書類をご教示いただけますでしょうか。
{S_NONOMURA}""",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="健康保険証の記号・番号 plus a named student's diagnosis and surgery, sent externally.",
)

# 042 — a dispatched employee's basic pension number, to the labour consultant
_s = person("F")
add(42,
    expect="stop",
    sender=SHOJI,
    to=["やまぶき社会保険労務士法人 <office@yamabuki-sr.jp>"],
    subject="バンクーバー駐在員の社会保険手続き（海外赴任）",
    charset="cp932",
    body=f"""やまぶき社会保険労務士法人
ご担当 先生

いつもお世話になっております。日の出産業の東海林です。
10月1日付でバンクーバー現地デスクへ赴任する社員の手続きをお願いいたします。
日加社会保障協定の適用証明書の申請も併せてお願いします。

　氏名　　　　：{_s['name']}（{_s['kana']}）
　生年月日　　：{wareki(dob(1990, 1996), 'short')}
　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　赴任期間　　：2025年10月1日〜2028年9月30日（予定）

辞令の写しは別途郵送いたします。
{S_SHOJI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="An employee's 基礎年金番号 with name and DOB (H-style 和暦) to an external office.",
)

# 043 — internal only: a parent's card number for a refund
_par = person()
_card = next_card()
add(43,
    expect="pass",
    sender=SAEKI,
    to=["東海林 亮 <shoji.r@hinode-sangyo.co.jp>"],
    subject="返金処理のお願い（カード決済分）",
    charset="iso-2022-jp",
    body=f"""東海林さん

お疲れさまです。佐伯です。
キャンセル規定内での返金が確定した件、カード決済分の返金処理をお願いします。

　お客様：{_par['sei']} 様（申込番号 AP-25-1184）
　決済カード：{_card}
　返金額：55,000円（申込金）

決済代行の管理画面では取消ができなかったため、手動でお願いできればと思います。
佐伯
""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=[],
    note="A card number, but the mail stays inside hinode-sangyo.co.jp.",
)

# 044 — internal subdomain: lead list of 10 enquirers
_g = students(10)
_lines = "\n".join(f"{i:>2}. {p['name']}  {mobile()}  {gmail(p, rng.choice(['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp']))}  {rng.choice(['ワーホリ', '語学', '大学進学', '高校'])}"
                   for i, p in enumerate(_g, 1))
add(44,
    expect="pass",
    sender=SAEKI,
    to=["カウンセリング課 <counsel@mail.hinode-sangyo.co.jp>"],
    subject="留学フェア来場者 フォローアップ割り振り",
    charset="iso-2022-jp",
    body=f"""カウンセリング課の皆さん

お疲れさまです。佐伯です。
日曜のフェアで個別相談を受けた方のうち、フォロー対象の10名です。
1〜5を岩田さん、6〜10を私が担当します。今週中に初回連絡をお願いします。

{_lines}

佐伯
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="A list of 10 people but sent to mail.hinode-sangyo.co.jp, an internal subdomain.",
)

# 045 — internal branch address typed with a hyphen for a dot
add(45,
    expect="stop",
    sender=OKOUCHI,
    to=["山田 ひかる <yamada.h@vancouver-hinode-sangyo.co.jp>"],
    subject="現地デスク 9月の空港出迎えシフト",
    charset="iso-2022-jp",
    body=f"""山田さん

お疲れさまです。大河内です。
9月の空港出迎えシフト案です。ご都合の悪い日があれば教えてください。

  9/1(月)  AC004 着 10:05   山田
  9/1(月)  NH116 着 09:50   山田（同時対応）
  9/7(日)  JL018 着 10:20   現地スタッフ Mike
  9/14(日) AC004 着 10:05   山田

出迎えボードは今回から新デザインのものを使ってください。
大河内
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="vancouver-hinode-sangyo.co.jp puts a hyphen where the internal subdomain has a dot.",
)

# 046 — invoice to a university with the company's T-number (法人番号)
_tnum = corporate_number("010401087352")
add(46,
    expect="pass",
    sender=SHOJI,
    to=["青陵大学 経理課 <keiri@seiryo-u.ac.jp>"],
    subject="請求書送付：夏期語学研修 研修費（請求番号 UN-2508-004）",
    charset="iso-2022-jp",
    body=f"""青陵大学 経理課 御中

いつもお世話になっております。日の出産業 経理グループの東海林です。
夏期語学研修（参加者22名）の研修費について、請求書をお送りいたします。

　請求番号：UN-2508-004
　請求金額：6,556,000円（うち消費税 596,000円）
　登録番号：T{_tnum}
　お支払期日：2025年9月30日

原本は本日郵送いたしました。ご査収のほどお願い申し上げます。
{S_SHOJI}""",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="Invoice with the company's own インボイス登録番号 (法人番号): business data, not personal.",
)

# 047 — the real IT partner: bug report with a screenshot
add(47,
    expect="pass",
    sender=MORINAGA,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="【不具合】申込管理システム 帳票出力でエラー（問合せ番号 TS-38812）",
    charset="iso-2022-jp",
    body="""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業 情報システムの森永です。
申込管理システムで「出発前確認書」の帳票出力時に以下のエラーが発生します。

　画面：申込詳細 ＞ 帳票 ＞ 出発前確認書
　エラー：E-5021 テンプレートが見つかりません
　発生日時：7月22日 10:14頃から
　環境：Windows 11 / Edge 最新版

画面のスクリーンショットを添付します（個人情報部分は写っていません）。
ご確認をお願いいたします。

森永 聡
日の出産業株式会社 情報システム
""",
    attachments=[{"kind": "png", "name": "error_E5021.png"}],
    entities=[],
    detectors=[],
    note="Support ticket to the real partner domain; no personal data.",
)

# 048 — legacy XLS of 10 students' test scores, DOB and e-mail to a US university
_g = students(10)
_rows = [["Applicant", "Family name", "Given name", "DOB", "E-mail", "TOEFL iBT", "GPA"]]
for i, p in enumerate(_g):
    _rows.append([f"HIN-{2610 + i}", p["sei_r"], p["mei_r"], slash(dob(2006, 2007)),
                  gmail(p), rng.randint(61, 96), round(rng.uniform(3.1, 4.8), 1)])
add(48,
    expect="stop",
    sender=CARTER,
    to=["International Admissions <intladmit@univ-westcoast.edu>"],
    subject="Pathway applicants - Spring 2026 (10 students)",
    charset="utf-8",
    body=f"""Dear International Admissions,

Attached is the applicant sheet for our Spring 2026 pathway group. TOEFL score
reports have been sent directly by ETS (institution code 4729).
GPAs are on the Japanese 5-point scale.
{S_CARTER}""",
    attachments=[{"kind": "xls", "name": "Hinode_pathway_Spring2026.xls", "sheets": {"Applicants": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="Legacy XLS listing 10 applicants with DOB and e-mail to an overseas university.",
)

# 049 — XLSX programme price list to a university
add(49,
    expect="pass",
    sender=SAEKI,
    to=["青陵大学 国際交流センター 西 <nishi@seiryo-u.ac.jp>"],
    subject="Re: 2026年度 研修費用の試算表",
    charset="iso-2022-jp",
    body=f"""西様

お世話になっております。佐伯です。
ご依頼の2026年度研修費用の試算表をお送りします。
為替は3パターン（円安・基準・円高）で算出しています。
{S_SAEKI}
> 佐伯様
> 来年度の予算要求に使いたく、国別の概算費用をいただけますでしょうか。
> 西
""",
    attachments=[{"kind": "xlsx", "name": "2026研修費用試算.xlsx",
                  "sheets": {"基準レート": [["2026年度 研修費用試算（基準レート）"], [],
                                           ["国", "学校", "期間", "研修費", "滞在費", "航空券", "合計"],
                                           ["カナダ", "Pacific Crest College", "4週", 298000, 176000, 210000, 684000],
                                           ["豪州", "Harbourview English", "4週", 312000, 188000, 190000, 690000],
                                           ["NZ", "Kiwi Language Institute", "4週", 268000, 162000, 205000, 635000]],
                             "為替前提": [["通貨", "円安", "基準", "円高"], ["CAD", 118, 110, 100],
                                          ["AUD", 104, 97, 88], ["NZD", 95, 88, 80]]}}],
    entities=[],
    detectors=[],
    note="Price estimate workbook, no personal data.",
)

# 050 — plain ZIP: certificate printing data for 20 participants and an instructions DOCX
_g = students(20)
_rows = [["No", "氏名", "ローマ字", "生年月日", "コース", "修了日"]]
for i, p in enumerate(_g, 1):
    _rows.append([i, p["name"], p["romaji"], wareki(dob(2003, 2006)), rng.choice(["一般英語", "ビジネス英語"]),
                  "2025年9月5日"])
add(50,
    expect="stop",
    sender=KUBOTA,
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="修了証書 差込印刷データのご送付（20名）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
制作部 ご担当者様

いつもお世話になっております。日の出産業の久保田です。
法人語学研修の修了証書（A4・金箔押し）について、差込用データをZIPでお送りします。
名前の表記はローマ字を大きく、漢字を小さく入れる前回と同じレイアウトでお願いします。

納期：9月3日（水）弊社必着
{S_KUBOTA}""",
    attachments=[{"kind": "zip", "name": "修了証書データ_0905.zip",
                  "files": [{"kind": "csv", "name": "差込データ.csv", "encoding": "cp932", "rows": _rows},
                            {"kind": "docx", "name": "レイアウト指示.docx",
                             "paragraphs": ["修了証書 レイアウト指示", "用紙：A4 ケント紙 / 金箔押し（ロゴ部分）",
                                            "氏名：ローマ字 28pt、漢字 14pt", "日付：英語表記"]}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="ZIP holds a CSV of 20 participants' names and 和暦 DOB for printing: a list of people.",
)

# 051 — the printer: brochure proof, PDF with prices
add(51,
    expect="pass",
    sender=SAEKI,
    to=["錦印刷 営業部 戸田 <toda@nishiki-insatsu.co.jp>"],
    subject="Re: 2026年度パンフレット 初校のご確認",
    charset="iso-2022-jp",
    body=f"""戸田様

お世話になっております。佐伯です。
初校ありがとうございました。赤字を入れたPDFをお返しします。
主な修正は以下の3点です。

１．P4 カナダの費用表「滞在費」の金額を差し替え
２．P9 体験談の写真をB案に変更
３．裏表紙の営業時間を「平日10:00〜19:00／土曜10:00〜17:00」に

再校は8月8日頃にいただけますと助かります。
{S_SAEKI}""",
    attachments=[{"kind": "pdf", "name": "2026パンフ_初校_赤字.pdf",
                  "lines": ["2026 留学パンフレット 初校（赤字入り）", "P4 カナダ 費用表：滞在費 176,000円 → 182,000円",
                            "P9 写真差替え：B案", "裏表紙：営業時間 平日10:00〜19:00／土曜10:00〜17:00"]}],
    entities=[],
    detectors=[],
    note="Brochure proof corrections to the partner printer; no personal data.",
)

# 052 — luggage shipping list for 6 students with home addresses and phones
_g = students(6)
_lines = []
for p in _g:
    _lines.append(f"｜{p['name']}｜{address()}｜{landline()}｜{rng.choice(['8/20 午前', '8/20 午後', '8/21 午前'])}｜{rng.randint(1, 3)}個")
add(52,
    expect="stop",
    sender=OKOUCHI,
    to=["青葉運輸 国際宅配センター <kokusai@aoba-unyu.co.jp>"],
    subject="海外別送品 集荷依頼（6名分）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
国際宅配センター 御中

いつもお世話になっております。日の出産業の大河内です。
8月末渡航の学生6名の別送品について、ご自宅での集荷をお願いいたします。
送り先はいずれも Pacific Crest College 学生寮（バンクーバー）です。

｜氏名｜集荷先住所｜電話｜集荷希望｜個数｜
""" + "\n".join(_lines) + f"""

インボイスは各ご家庭で記入済みです。
{S_OKOUCHI}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Six students' home addresses and phones in a pipe table to the logistics partner.",
)

# 053 — the same partner, one student's pickup only
_p = person("F")
add(53,
    expect="pass",
    sender=OKOUCHI,
    to=["青葉運輸 国際宅配センター <kokusai@aoba-unyu.co.jp>"],
    subject="別送品 集荷依頼の追加（1名）",
    charset="iso-2022-jp",
    body=f"""国際宅配センター ご担当者様

お世話になっております。大河内です。
先ほどの6名に加え、1名追加でお願いいたします。

　氏名：{_p['name']} 様
　住所：{address()}
　電話：{mobile()}
　集荷希望：8/21（木）午後　段ボール2個

よろしくお願いいたします。
大河内
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="One customer's pickup address and phone to the logistics partner: a single record, may be warned.",
)

# 054 — a student's arrest abroad, reported to the law firm
_p = person("M")
add(54,
    expect="stop",
    sender=NONOMURA,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="【至急ご相談】留学中の学生の逮捕について",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。日の出産業 安全管理室の野々村です。
至急ご相談させてください。

メルボルンに語学留学中の{_p['name']}さん（21歳）が、現地時間7月19日未明、
飲酒後の口論から相手に怪我をさせたとして現地警察に逮捕されました。
現在は保釈されていますが、8月4日に治安判事裁判所への出廷が予定されています。

保護者様は、学生ビザへの影響と、弊社の約款上の対応範囲を気にされています。
本日中にお電話でご相談できるお時間はございますでしょうか。
{S_NONOMURA}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named student's arrest (犯罪の経歴) sent externally, even to the company's lawyer.",
)

# 055 — the law firm: review of the terms and conditions
add(55,
    expect="pass",
    sender=NONOMURA,
    to=["白川法律事務所 <info@shirakawa-law.jp>"],
    subject="留学サポート契約約款 改定案のご確認依頼",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の野々村です。
来年度の約款改定案をお送りします。主な変更点は以下の通りです。

・第12条（取消料）：出発30日前以降の取消料を20％から30％へ
・第18条（緊急対応）：24時間日本語サポートの対応範囲を明記
・第25条（個人情報）：提携校・ホストファミリーへの提供項目を列挙

特に第25条は、要配慮個人情報の取得について同意取得の方法を含め、ご意見をいただけますと幸いです。
{S_NONOMURA}""",
    attachments=[{"kind": "docx", "name": "留学サポート契約約款_改定案_v2.docx",
                  "paragraphs": ["留学サポート契約約款（改定案）", "第12条（取消料）お客様は…",
                                 "第25条（個人情報の取扱い）当社は、手配に必要な範囲で…"]}],
    entities=[],
    detectors=[],
    note="Terms review with the partner law firm; talks about personal data in general, no person.",
)

# 056 — religion: a Muslim student's prayer and halal needs, to a host network
_p = person("F")
add(56,
    expect="stop",
    sender=OKOUCHI,
    to=["Maple Homestay Services <placements@maplehomestay.ca>"],
    subject=f"Placement request with special requirements - {_p['romaji']}",
    charset="utf-8",
    body=f"""Hi Jennifer,

For {_p['romaji']} (arriving 4 January, 16 weeks), please note the following when
matching her with a family:

* She is a practising Muslim (she converted last year) and prays five times a day;
  a quiet space in her room would be appreciated.
* She eats halal food only - no pork, no alcohol in cooking.
* During Ramadan (from late February) she will fast during the day.

She is happy to buy her own halal meat if the family can show her where the halal
butcher is.
{S_OKOUCHI_EN}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named student's religion (信条) sent to an external host agency.",
)

# 057 — disability: a student's hearing impairment and disability certificate
_p = person("F")
add(57,
    expect="stop",
    sender=CARTER,
    to=["Student Welfare <welfare@thamesbridge-school.co.uk>"],
    subject="Support needs for a student starting 6 October",
    charset="utf-8",
    body=f"""Dear Student Welfare Team,

{_p['romaji']}, who starts General English on 6 October, has a hearing impairment
(severe sensorineural hearing loss in both ears). She holds a Japanese physical
disability certificate (grade 3) and wears hearing aids.

Could you seat her near the teacher and provide written handouts where possible?
She also asked whether a vibrating fire alarm can be fitted in her residence room.
{S_CARTER}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named student's disability (障害) sent to an overseas school.",
)

# 058 — general question about a school's disability support policy, no person
add(58,
    expect="pass",
    sender=CARTER,
    to=["Admissions Office <admissions@pacific-crest-college.ca>"],
    subject="Question about accessibility support",
    charset="utf-8",
    body=f"""Dear Admissions Team,

We sometimes receive enquiries from students with disabilities or long-term health
conditions. Could you tell us, in general terms, what support your college offers
(e.g. note-takers, extra exam time, accessible accommodation) and what documents a
student would need to provide?

A link to your policy page would be perfect.
{S_CARTER}""",
    entities=[],
    detectors=[],
    note="General policy question mentioning disability, with no identifiable person.",
)

# 059 — three external schools in To, English invitation
add(59,
    expect="stop",
    sender=CARTER,
    to=["Pacific Crest College <agents@pacific-crest-college.ca>",
        "Harbourview English <marketing@harbourview-english.com.au>",
        "Thamesbridge School <office@thamesbridge-school.co.uk>"],
    subject="Invitation: Hinode Study Abroad Fair Tokyo, 12 October",
    charset="utf-8",
    body=f"""Dear Partners,

We are pleased to invite you to the Hinode Study Abroad Fair in Tokyo on Sunday
12 October (13:00-17:00, Sakura Hotel Shiba). Each school will have a booth and a
20-minute presentation slot. The booth is free of charge for our partner schools.

Please reply by 31 August with the names of your representatives.
{S_CARTER}""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Three external organisations can see each other in To: should have been Bcc.",
)

# 060 — the same kind of invitation done right: partners in Bcc
add(60,
    expect="pass",
    sender=CARTER,
    to=["Emily Carter <carter.e@hinode-sangyo.co.jp>"],
    bcc=["agents@kiwi-lang.ac.nz", "hello@globalbridge-malta.com", "info@eurolingua-japan.jp",
         "international@univ-westcoast.edu"],
    subject="Reminder: booth registration for 12 October fair closes this Friday",
    charset="utf-8",
    body=f"""Dear Partners,

A quick reminder that booth registration for the Hinode Study Abroad Fair (Tokyo,
12 October) closes this Friday. If you have already registered, thank you - no
action is needed.
{S_CARTER}""",
    entities=[],
    detectors=[],
    note="External partners are all in Bcc and cannot see each other.",
)


# ======================================================================================
# 061–080
# ======================================================================================

# 061 — parent-and-child programme: 5 parents with S/H short 和暦 DOB and full-width phones
_g = students(5)
_lines = []
for p in _g:
    _pg = rng.choice(PARENT_GIVEN)
    _lines.append(f"■{p['sei']} {_pg[0]}（{p['kana'].split()[0]} {_pg[1]}）　{wareki(dob(1974, 1988), 'short')}生　"
                  f"携帯{fw(mobile())}")
add(61,
    expect="stop",
    sender=ISEKI,
    to=["スカイウェイトラベル 個人手配 <kojin@skyway-travel.co.jp>"],
    subject="親子留学（セブ島）保護者様の航空券仮押さえ",
    charset="cp932",
    body=f"""スカイウェイトラベル
個人手配ご担当者様

いつもお世話になっております。日の出産業の井関です。
冬休みの親子留学（セブ島 2週間）の保護者様5名分、航空券の仮押さえをお願いします。
お子様分は別途お送りします。旅券情報は発券時にお知らせします。

{chr(10).join(_lines)}

往路：12/26 PR427 成田→マニラ、復路：1/9 PR428
{S_ISEKI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Five parents with kana, short 和暦 DOB (S../H..) and full-width mobiles: a list of people.",
)

# 062 — look-alike of a partner food company (the s dropped)
add(62,
    expect="stop",
    sender=ISEKI,
    to=["北国フーズ 法人ギフト係 <gift@kitaguni-food.co.jp>"],
    subject="ホストファミリー向け手土産 発注（30セット）",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
法人ギフト係 御中

いつもお世話になっております。日の出産業の井関です。
今年もホストファミリー向けの手土産を下記の通り発注いたします。

　商品：北海道銘菓アソート（英語説明書付き）　品番 KF-G2201
　数量：30セット
　納品：8月18日（月）弊社芝公園オフィス宛
　請求：弊社経理グループ宛（請求書払い）

よろしくお願いいたします。
{S_ISEKI}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp drops the s of the partner's kitaguni-foods.co.jp.",
)

# 063 — the real food partner, order confirmation
add(63,
    expect="pass",
    sender=ISEKI,
    to=["北国フーズ 法人ギフト係 <gift@kitaguni-foods.co.jp>"],
    subject="Re: ご注文確認（注文番号 KF-250718-044）",
    charset="iso-2022-jp",
    body=f"""北国フーズ ご担当者様

ご注文確認書をありがとうございました。内容に相違ございません。
追加で、品番 KF-G1105（抹茶クッキー 12枚入）を10箱お願いできますでしょうか。
同じ納品日にまとめていただければ幸いです。

井関
{S_ISEKI}
> 日の出産業株式会社 井関様
> ご注文ありがとうございます。注文番号 KF-250718-044 にて承りました。
> 北海道銘菓アソート KF-G2201 × 30　納品予定 8月18日
""",
    entities=[],
    detectors=[],
    note="Order follow-up with product codes and an order number to the real partner.",
)

# 064 — look-alike of a partner's domain (.com instead of .co.jp)
add(64,
    expect="stop",
    sender=KUBOTA,
    to=["川崎電機 人事部 人材開発課 <jinzai@kawasaki-denki.com>"],
    subject="2026年度 海外語学研修のご提案",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
人事部 人材開発課 御中

いつもお世話になっております。日の出産業 法人研修グループの久保田です。
先日のお打ち合わせを踏まえ、2026年度の海外語学研修のご提案書を添付いたします。

・A案：シンガポール 4週間（ビジネス英語＋現地企業訪問）
・B案：バンクーバー 8週間（英語集中＋ケーススタディ）
・C案：オンライン事前研修＋マニラ 2週間

ご質問等ございましたら、お気軽にお申し付けください。
{S_KUBOTA}""",
    attachments=[{"kind": "pdf", "name": "ご提案書_海外語学研修2026.pdf",
                  "lines": ["川崎電機株式会社様 2026年度 海外語学研修ご提案", "A案 シンガポール 4週間 1名あたり 980,000円",
                            "B案 バンクーバー 8週間 1名あたり 1,420,000円", "C案 マニラ 2週間 1名あたり 520,000円"]}],
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki-denki.com is another TLD of the partner kawasaki-denki.co.jp.",
)

# 065 — the real client: DOCX table of 6 employees' passport data
_g = students(6)
_t = [["社員番号", "氏名", "ローマ字（旅券表記）", "生年月日", "旅券番号", "有効期限"]]
for p in _g:
    _t.append([f"K{rng.randint(100000, 999999)}", p["name"], p["ROMAJI"], slash(dob(1985, 1999)),
               passport(), f"20{rng.randint(28, 34)}/{rng.randint(1, 12)}/{rng.randint(1, 28)}"])
add(65,
    expect="stop",
    sender=KUBOTA,
    to=["川崎電機 人材開発課 矢島 <yajima@kawasaki-denki.co.jp>"],
    subject="Re: シンガポール研修 参加者旅券情報の確認",
    charset="iso-2022-jp",
    body=f"""矢島様

お世話になっております。久保田です。
参加者6名の旅券情報を、いただいた写しから転記しました。
ビザ不要の滞在ですが、入国カードの事前登録に使用しますので、
表記に誤りがないかご本人様にもご確認いただけますでしょうか。
{S_KUBOTA}""",
    attachments=[{"kind": "docx", "name": "シンガポール研修_旅券情報確認.docx",
                  "paragraphs": ["シンガポール語学研修（2026年2月）参加者 旅券情報", "ご確認のうえ、訂正があれば赤字でご返送ください。"],
                  "tables": [_t]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="DOCX table with 6 employees' passport numbers, even to the client company itself.",
)

# 066 — the client and a school in one mail (two organisations)
add(66,
    expect="pass",
    sender=KUBOTA,
    to=["川崎電機 人材開発課 矢島 <yajima@kawasaki-denki.co.jp>"],
    cc=["Corporate Programs <corporate@harbourview-english.com.au>"],
    subject="【日程調整】研修カリキュラム打合せ（川崎電機様／Harbourview）",
    charset="utf-8",
    body=f"""矢島様
Harbourview English Corporate Programs team (cc)

お世話になっております。日の出産業の久保田です。
研修カリキュラムの三者打合せについて、以下の候補日でご都合をお知らせください。
(English follows)

・9月16日（火）10:00〜11:00 JST
・9月18日（木）15:00〜16:00 JST

Dear Harbourview team, could you let us know which of the above slots
(11:00 / 16:00 AEST) works for you? The agenda is attached to the invitation.
{S_KUBOTA}""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="Two external organisations in one scheduling mail: normal.",
)

# 067 — travel clinic: one student's vaccination appointment
_p = person("M")
add(67,
    expect="pass",
    sender=OKOUCHI,
    to=["芝トラベルクリニック 予約係 <yoyaku@travel-clinic-shiba.jp>"],
    subject="予防接種（渡航用）予約のお願い",
    charset="iso-2022-jp",
    body=f"""芝トラベルクリニック 予約係 御中

いつもお世話になっております。日の出産業の大河内です。
米国大学進学予定の学生1名について、渡航前予防接種の予約をお願いいたします。

　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{slash(dob(2006, 2007))}
　連絡先：{mobile()}
　希望日：8月2日（土）午前
　内容：大学指定の接種証明書（英文）の作成を含む

母子手帳はご本人が当日持参します。
{S_OKOUCHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="One student's appointment details (no health findings) to a clinic: a single record, may be warned.",
)

# 068 — travel clinic: group vaccination day, counts only
add(68,
    expect="pass",
    sender=OKOUCHI,
    to=["芝トラベルクリニック 事務長 <jimu@travel-clinic-shiba.jp>"],
    subject="団体接種日のご相談（9月）",
    charset="iso-2022-jp",
    body=f"""芝トラベルクリニック
事務長様

お世話になっております。大河内です。
昨年に引き続き、9月の団体接種日を設けていただけないかご相談です。

　想定人数：12名前後（MR、Tdap、髄膜炎菌）
　希望日：9月13日（土）または9月20日（土）の午後
　英文証明書：全員分必要

個別の予約情報は日程確定後にお送りします。
{S_OKOUCHI}""",
    entities=[],
    detectors=[],
    note="Group booking request with counts only.",
)

# 069 — CSV (UTF-8) with no name column: test registrations to an online test vendor
_rows = [["candidate_id", "email", "mobile", "birth_date", "test_date"]]
_g = students(8)
for i, p in enumerate(_g):
    _rows.append([f"HS{rng.randint(100000, 999999)}", gmail(p, rng.choice(["gmail.com", "yahoo.co.jp"])),
                  mobile(), iso(dob(2004, 2008)), "2025-08-23"])
add(69,
    expect="stop",
    sender=SAEKI,
    to=["EigoTest Online 法人窓口 <corporate@eigo-test-online.com>"],
    subject="団体受験登録（8/23実施分）",
    charset="utf-8",
    body=f"""EigoTest Online 法人窓口 ご担当者様

お世話になっております。日の出産業の佐伯です。
8月23日実施のオンライン団体受験について、受験者データをお送りします。
受験IDの発行と、各受験者へのログイン案内の送付をお願いいたします。
{S_SAEKI}""",
    attachments=[{"kind": "csv", "name": "registration_0823.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="CSV of 8 candidates with e-mail, mobile and DOB but no name column: still a list of people.",
)

# 070 — CSV (CP932) of partner residences (businesses) to a university
add(70,
    expect="pass",
    sender=SAEKI,
    to=["青陵大学 学生支援課 <shien@seiryo-u.ac.jp>"],
    subject="提携学生寮・レジデンス一覧（CSV）",
    charset="cp932",
    body=f"""青陵大学 学生支援課 御中

お世話になっております。日の出産業の佐伯です。
交換留学生向けにご案内いただける提携学生寮の一覧をCSVでお送りします。
いずれも施設の代表連絡先です。
{S_SAEKI}""",
    attachments=[{"kind": "csv", "name": "提携レジデンス一覧.csv", "encoding": "cp932",
                  "rows": [["施設名", "都市", "代表電話", "代表メール", "月額目安"],
                           ["Westside Student Living", "Vancouver", "+1-604-555-0190", "stay@westside-living.ca", "CAD 1,450"],
                           ["Harbour Lodge", "Sydney", "+61-2-5550-8812", "lodge@harbourlodge.com.au", "AUD 1,600"],
                           ["Ponsonby House", "Auckland", "+64-9-555-4410", "info@ponsonbyhouse.co.nz", "NZD 1,380"],
                           ["Cam River Residence", "Cambridge", "+44-1223-555-702", "hello@camriver-res.co.uk", "GBP 1,120"],
                           ["Sliema Student Hub", "Sliema", "+356-2133-5508", "book@sliemahub.com", "EUR 890"]]}],
    entities=[],
    detectors=[],
    note="A CSV of residences with switchboards and office e-mails: businesses, not people.",
)

# 071 — inline forward of 6 host family candidates to a parent on free mail
_hf = [("Margaret & David Thompson", "Burnaby", "+1 604 555 0112", "thompson.md@shaw-mail.ca", "retired teachers, 1 dog"),
       ("Priya Raman", "Richmond", "+1 604 555 0187", "priya.raman@telus-mail.ca", "single mother, daughter 12"),
       ("Kevin & Lisa Chow", "Vancouver East", "+1 604 555 0135", "kchow.family@gmail.com", "2 sons, no pets"),
       ("Sandra Nolan", "North Vancouver", "+1 604 555 0163", "snolan@outlook.com", "nurse, 1 cat"),
       ("Michel & Anne Gagnon", "Coquitlam", "+1 604 555 0121", "gagnon.home@gmail.com", "French speakers"),
       ("Rosa Delgado", "Surrey", "+1 604 555 0198", "rosa.delgado@yahoo.ca", "grandmother, 2 lodgers")]
_p = person("F")
add(71,
    expect="stop",
    sender=OKOUCHI,
    to=[f"{_p['sei']} 様 <{_p['sei_r'].lower()}.kaori@gmail.com>"],
    subject="FW: Host family candidates for your daughter",
    charset="utf-8",
    body=f"""{_p['sei']} 様

お世話になっております。大河内です。
現地の手配会社から届いたホストファミリー候補の一覧を転送いたします。
ご希望の順位を3つまでお知らせいただけますでしょうか。

---------- Forwarded message ---------
From: Maple Homestay Services <placements@maplehomestay.ca>
Date: Tue, 15 Jul 2025 08:41
Subject: Host family candidates
To: okochi.k@hinode-sangyo.co.jp

Hi Ken, here are the candidates for {_p['romaji']}:

""" + "\n".join(f"{i}) {n} | {a} | {t} | {e} | {x}" for i, (n, a, t, e, x) in enumerate(_hf, 1)) + f"""

Jennifer
{S_OKOUCHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="A forward (new to the recipient) of 6 host families' names, phones and e-mails to a private address.",
)

# 072 — one host family's details to the student on free mail
_p = person("M")
add(72,
    expect="pass",
    sender=OKOUCHI,
    to=[f"{_p['romaji']} <{_p['mei_r'].lower()}{rng.randint(100, 999)}@gmail.com>"],
    subject="ホストファミリー決定のお知らせ",
    charset="iso-2022-jp",
    body=f"""{_p['sei']} {_p['mei']} さん

こんにちは、日の出産業の大河内です。
ホストファミリーが決まりましたのでお知らせします！

　ホスト：Kevin & Lisa Chow（ケビンさん・リサさん）
　住所：2876 Renfrew St, Vancouver, BC
　電話：+1 604 555 0135
　メール：kchow.family@gmail.com
　家族構成：ご夫婦、息子さん2人（10歳・7歳）、ペットなし

出発前に一度、自己紹介のメールを送っておくと喜ばれますよ。
{S_OKOUCHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="One host family's contact details to the student who will live there: a single record.",
)

# 073 — XLSX with 極秘 in the sheet header and title row, to a consultant
add(73,
    expect="stop",
    sender=SAEKI,
    to=["グロース・コンサルティング 村上 <murakami@growth-consulting.jp>"],
    subject="来期事業計画 基礎データ",
    charset="iso-2022-jp",
    body=f"""村上様

お世話になっております。日の出産業の佐伯です。
来期の事業計画ワークショップに向けて、学校別の売上・粗利データをお送りします。
数値は速報値ですので、その点ご留意ください。
{S_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "学校別売上粗利_FY2025.xlsx", "page_header": "極秘",
                  "sheets": {"学校別": [["【極秘】学校別 売上・粗利（FY2025 速報）"], [],
                                        ["学校", "送客数", "売上（千円）", "粗利（千円）", "粗利率"],
                                        ["Pacific Crest College", 118, 82400, 21010, "25.5%"],
                                        ["Harbourview English", 96, 71300, 19960, "28.0%"],
                                        ["Kiwi Language Institute", 54, 30100, 6320, "21.0%"],
                                        ["Thamesbridge School", 31, 28800, 6620, "23.0%"]]}}],
    entities=[],
    detectors=["confidential_marking"],
    note="The workbook is classified 極秘 in its header and title row.",
)

# 074 — the word 社外秘 only mentioned, public material sent instead
add(74,
    expect="pass",
    sender=SAEKI,
    to=["留学ジャーナル編集部 谷口 <taniguchi@ryugaku-journal.jp>"],
    subject="Re: 取材のご依頼（ワーホリ特集）",
    charset="iso-2022-jp",
    body=f"""谷口様

お世話になっております。日の出産業の佐伯です。
取材のご依頼ありがとうございます。喜んでお受けいたします。

ご依頼のあった国別の申込者数の推移については、社外秘の扱いとなっておりお出しできません。
代わりに、公開済みのプレスリリース（2025年4月）の数値をご利用ください。
「ワーホリ申込が前年比1.4倍」という見出しでの引用は問題ございません。

取材日は8月5日（火）14時以降でしたら調整可能です。
{S_SAEKI}""",
    entities=[],
    detectors=[],
    note="社外秘 is only mentioned as a reason not to send; no classified content goes out.",
)

# 075 — PDF agency agreement draft with a Confidential footer and header
add(75,
    expect="stop",
    sender=CARTER,
    to=["Mr James Whitaker <j.whitaker@thamesbridge-school.co.uk>"],
    subject="Agency agreement 2026-2028 - our draft",
    charset="utf-8",
    body=f"""Dear James,

Please find attached our draft of the agency agreement for 2026-2028, reflecting the
points we agreed in London. The commission schedule is in Annex B.

I look forward to your comments.
{S_CARTER}""",
    attachments=[{"kind": "pdf", "name": "Agency_Agreement_Hinode_Thamesbridge_draft.pdf",
                  "page_header": "CONFIDENTIAL", "page_footer": "Confidential - Hinode Sangyo Co., Ltd.",
                  "lines": ["AGENCY AGREEMENT (DRAFT v0.3)", "between Hinode Sangyo Co., Ltd. and Thamesbridge School Ltd.",
                            "1. Appointment", "2. Term: 1 January 2026 to 31 December 2028",
                            "Annex B - Commission: 22% of tuition; 5% of accommodation fees"]}],
    entities=[],
    detectors=["confidential_marking"],
    note="The attached PDF carries a CONFIDENTIAL header and footer on every page.",
)

# 076 — chaperone list: 2 staff and 3 client-school teachers with mobiles (borderline)
_t = students(3)
add(76,
    expect="either",
    sender=ISEKI,
    to=["Oakridge High School International Office <intl@oakridge-hs.org>"],
    subject="Chaperone contacts for the Meirin group (arriving 20 March)",
    charset="utf-8",
    body=f"""Dear Ms Alvarez,

Below are the chaperones travelling with the Meirin High School group. Their mobiles
will work in the US (international roaming) throughout the visit.

  Takumi Iseki       Hinode Sangyo (lead)        +81 80-4417-2290
  Rina Ashida        Hinode Sangyo               +81 90-7720-3316
  {_t[0]['romaji']:<18} Meirin HS, English teacher   +81 {mobile()[1:]}
  {_t[1]['romaji']:<18} Meirin HS, homeroom teacher  +81 {mobile()[1:]}
  {_t[2]['romaji']:<18} Meirin HS, school nurse      +81 {mobile()[1:]}

Please share these with the host families' coordinator.
{sig("井関 拓海", "Takumi Iseki", "High School Programs", "iseki.t@hinode-sangyo.co.jp", "03-5432-7186", 2)}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Five people's mobiles, but they are staff and teachers travelling in a work role: business contacts or a list.",
)

# 077 — reply to a school; the student list is only in the quoted original
_g = students(6)
_quoted = "\n".join(f"> {p['ROMAJI']:<22} DOB {iso(dob(2005, 2007))}  Student No. PC{rng.randint(20000, 29999)}" for p in _g)
add(77,
    expect="pass",
    sender=OKOUCHI,
    to=["Student Services <studentservices@pacific-crest-college.ca>"],
    subject="Re: Confirmed enrolments - September group",
    charset="utf-8",
    body=f"""Hi Megan,

Thank you, all six names and dates match our records. The students will bring their
printed LOAs to orientation on 2 September.

Best,
Ken

On Mon, 21 Jul 2025 at 16:02, Student Services <studentservices@pacific-crest-college.ca> wrote:
> Hi Ken,
> Please confirm the details below for the September group:
{_quoted}
> Thanks,
> Megan
""",
    entities=[],
    detectors=[],
    note="The list of six students is only in the quoted mail from the same school.",
)

# 078 — new text above the quote adds 5 students' mobiles
_g = students(5)
add(78,
    expect="stop",
    sender=OKOUCHI,
    to=["Student Services <studentservices@pacific-crest-college.ca>"],
    subject="Re: Emergency contact numbers in Canada",
    charset="utf-8",
    body=f"""Hi Megan,

Here are the Canadian mobile numbers the students activated on arrival:

""" + "\n".join(f"- {p['romaji']}: +1 604 555 0{rng.randint(100, 199)}" for p in _g) + f"""

The other students are still using Japanese roaming; I will update you next week.

Ken

> Hi Ken,
> Could you send us the local phone numbers for the September group once they have them?
> Megan
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="The new text (not the quote) lists 5 students with their mobile numbers.",
)

# 079 — reply-all with a school and a homestay agency, no personal data
add(79,
    expect="pass",
    sender=OKOUCHI,
    to=["Student Services <studentservices@harbourview-english.com.au>"],
    cc=["Aussie Host Network <care@aussiehost-network.com.au>"],
    subject="Re: Re: Homestay check-in times for the July group",
    charset="utf-8",
    body=f"""Hi Olivia, hi Karen,

Thanks both. So the plan is: airport transfer drops everyone at the school at 11:00,
orientation until 14:00, and host families pick the students up from 14:30.
That works for us. I will inform the students at the pre-departure briefing.

Ken

> From: Karen (Aussie Host Network)
> Families can collect from the school any time after 14:00.
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="Two external organisations in a reply-all about logistics: normal.",
)

# 080 — school, host agency and a parent (free mail) all visible: three parties
_p = person("M")
add(80,
    expect="stop",
    sender=OKOUCHI,
    to=["Student Services <studentservices@harbourview-english.com.au>"],
    cc=["Aussie Host Network <care@aussiehost-network.com.au>",
        f"{_p['sei']} <{_p['sei_r'].lower()}.naoki@icloud.com>"],
    subject=f"Flight change - {_p['romaji']} now arriving 29 July",
    charset="utf-8",
    body=f"""Dear Olivia and Karen,
(cc: Mr {_p['sei_r']}, father)

{_p['romaji']}'s flight has been changed to QF62, arriving Brisbane on 29 July at
06:10 instead of 28 July. Could you please update the airport pickup and let the host
family know?

{_p['sei']}様、上記の通り学校とホスト手配会社に連絡いたしました。
{S_OKOUCHI_EN}""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="Two organisations and a private person visible in To/Cc: three external parties.",
)


# ======================================================================================
# 081–100
# ======================================================================================

# 081 — pre-departure checklist to one student on free mail
_p = person("F")
add(81,
    expect="pass",
    sender=SAEKI,
    to=[f"{_p['mei_r'].lower()}_{_p['sei_r'].lower()}@icloud.com"],
    subject="【出発2週間前】持ち物・手続きチェックリスト",
    charset="iso-2022-jp",
    body=f"""{_p['sei']}さん

こんにちは。日の出産業の佐伯です。いよいよ出発まで2週間ですね。
最終チェックリストをお送りします。

□ パスポート（有効期限が帰国日＋6か月以上あるか）
□ eTA の承認メール（印刷して手荷物へ）
□ 入学許可書（LOA）の印刷
□ 海外旅行保険の証券と緊急連絡先カード
□ クレジットカード2枚（ブランドを分けると安心）
□ 常備薬と英文の説明書
□ 変換プラグ（カナダはAタイプでOK）

不明点があれば、LINE公式アカウントかこのメールにご返信ください。
{S_SAEKI}""",
    entities=[],
    detectors=["freemail_recipient"],
    note="A checklist to one private recipient; no personal data.",
)

# 082 — the student's own passport number sent back to her free-mail address
_p = person("F")
add(82,
    expect="stop",
    sender=MIYOSHI,
    to=[f"{_p['romaji']} <{_p['sei_r'].lower()}.{_p['mei_r'].lower()}@gmail.com>"],
    subject="ESTA申請内容の最終確認",
    charset="iso-2022-jp",
    body=f"""{_p['sei']} {_p['mei']} 様

日の出産業 ビザサポートの三好です。
ESTA申請の前に、入力内容の最終確認をお願いいたします。

　氏名（旅券表記）：{_p['ROMAJI']}
　旅券番号：{passport()}
　旅券発行日：2023年9月14日
　生年月日：{slash(dob(2004, 2005))}

相違がなければ「OK」とだけご返信ください。本日中に申請いたします。
{S_MIYOSHI}""",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data", "freemail_recipient"],
    note="A passport number goes out by mail even though it is the student's own; rule 2 applies to anyone's.",
)

# 083 — four students, each with a guardian's name and phone (borderline: 4 or 8 people?)
_g = students(4)
_blocks = []
for p in _g:
    _pg = rng.choice(PARENT_GIVEN)
    _blocks.append(f"{p['romaji']} (Year 11)\n   Guardian: {_pg[2]} {p['sei_r']} ({rng.choice(['mother', 'father'])})  +81 {mobile()[1:]}")
add(83,
    expect="either",
    sender=ISEKI,
    to=["Oakridge High School International Office <intl@oakridge-hs.org>"],
    subject="Term exchange - students and guardians",
    charset="utf-8",
    body=f"""Dear Ms Alvarez,

As requested, the four students joining Term 3 and their guardians in Japan:

""" + "\n\n".join(_blocks) + f"""

All guardians speak some English; the mothers prefer e-mail via our office.
{S_ISEKI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Four students plus four guardians with phones: four records or eight people, judgement call.",
)

# 084 — our own branch counters (businesses) for a magazine advertisement
add(84,
    expect="pass",
    sender=SAEKI,
    to=["留学ジャーナル 広告部 <ad@ryugaku-journal.jp>"],
    subject="11月号 広告原稿：相談カウンター一覧",
    charset="iso-2022-jp",
    body=f"""留学ジャーナル 広告部 御中

お世話になっております。日の出産業の佐伯です。
11月号の1/2ページ広告に掲載する相談カウンター一覧です。

・東京 芝公園カウンター　東京都港区芝公園3-4-21 日の出産業ビル7F　TEL 03-5432-7180
・横浜カウンター　神奈川県横浜市西区高島2-12-6 8F　TEL 045-450-2261
・名古屋カウンター　愛知県名古屋市中村区名駅4-6-17 11F　TEL 052-551-7703
・大阪梅田カウンター　大阪府大阪市北区梅田1-3-1 9F　TEL 06-6341-8820
・福岡天神カウンター　福岡県福岡市中央区天神2-5-28 6F　TEL 092-733-1150

受付時間：平日10:00〜19:00（土曜は17:00まで）
{S_SAEKI}""",
    entities=[],
    detectors=[],
    note="A list of the company's own branch counters with office phones: businesses, not people.",
)

# 085 — a student who was the victim of a robbery, reported to the insurer
_p = person("M")
add(85,
    expect="stop",
    sender=NONOMURA,
    to=["東海海外保険 事故受付 <jiko@tokai-kaigaihoken.co.jp>"],
    subject="事故報告（強盗被害・負傷）証券番号 G-2025-118420",
    charset="iso-2022-jp",
    body=f"""東海海外保険株式会社
事故受付ご担当者様

日の出産業 安全管理室の野々村です。団体契約の加入者について事故報告いたします。

　被保険者：{_p['name']}（{_p['ROMAJI']}）
　発生日時：2025年7月26日 22時頃（現地時間）
　場所：ロンドン市内 地下鉄駅付近
　状況：帰宅途中に2人組に襲われ、スマートフォンと財布を奪われる。
　　　　抵抗した際に顔面を殴打され、救急外来で3針縫合。警察に被害届提出済み（Crime ref. 01/2290471/25）

携行品損害と治療費の請求を予定しています。必要書類をご案内ください。
{S_NONOMURA}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named student who was a crime victim, with his injury, sent externally.",
)

# 086 — adjustment disorder diagnosis and early return, to a school; the doctor's letter is corrupt
_p = person("F")
add(86,
    expect="stop",
    sender=NONOMURA,
    to=["Student Welfare <welfare@harbourview-english.com.au>"],
    subject=f"Early withdrawal - {_p['romaji']}",
    charset="utf-8",
    body=f"""Dear Student Welfare Team,

Following our phone call, I confirm that {_p['romaji']} will withdraw from her course
and return to Japan on 9 August. She was seen by a psychiatrist in Sydney on 1 August
and diagnosed with adjustment disorder with depressed mood; her doctor recommended
that she continue treatment at home.

Her mother will fly to Sydney on 7 August to accompany her. The medical certificate
for the refund request is attached.
{S_NONOMURA}""",
    attachments=[{"kind": "corrupt", "name": "medical_certificate.docx"}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "unscannable_attachment"],
    note="A named student's psychiatric diagnosis to a school; the attached certificate is also unreadable.",
)

# 087 — a school's new health policy, our general reply
add(87,
    expect="pass",
    sender=OKOUCHI,
    to=["Student Services <studentservices@pacific-crest-college.ca>"],
    subject="Re: New immunization requirements from January 2026",
    charset="utf-8",
    body=f"""Hi Megan,

Thanks for the heads-up. We will update our pre-departure guide so that all students
starting from January bring proof of two MMR doses. Could you confirm whether a
Japanese maternal and child health handbook (boshi techo) with an English
translation is acceptable as proof?

Ken

> From January 2026, all new students must provide proof of MMR immunization.
""",
    entities=[],
    detectors=[],
    note="General discussion of an immunisation rule; no identifiable person.",
)

# 088 — internal only: case conference on a student's mental health
_p = person("F")
add(88,
    expect="pass",
    sender=NONOMURA,
    to=["佐伯 真理子 <saeki.m@hinode-sangyo.co.jp>", "大河内 健 <okochi.k@hinode-sangyo.co.jp>"],
    subject=f"【社内】{_p['sei']}さん 早期帰国の対応方針",
    charset="iso-2022-jp",
    body=f"""佐伯さん、大河内さん

お疲れさまです。野々村です。
{_p['name']}さん（シドニー）の件、本日の打合せ内容を共有します。

・現地精神科で適応障害の診断。主治医は帰国後の治療継続を推奨
・8/9 帰国便を手配（大河内さん）
・保護者様への返金見込みの説明（佐伯さん）
・学校への退学連絡は私から

ご本人の同意なく病名を学校以外に伝えないよう、ご注意ください。
野々村
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="Health information of a named student, but all recipients are internal.",
)

# 089 — a student's health check results to her parent on a carrier address
_p = person("F")
add(89,
    expect="stop",
    sender=ISEKI,
    to=[f"{_p['sei']} <{_p['sei_r'].lower()}-{rng.randint(1, 99)}@docomo.ne.jp>"],
    subject="留学前健康診断の結果について",
    charset="iso-2022-jp",
    body=f"""{_p['sei']}様

いつもお世話になっております。日の出産業の井関です。
{_p['mei']}さんの留学前健康診断の結果がクリニックから届きました。

　・胸部X線：異常なし
　・血液検査：ヘモグロビン 9.8 g/dL（鉄欠乏性貧血、要精密検査）
　・尿検査：異常なし

学校提出用の英文証明書には「要精密検査」の記載が必要となるため、
出発前に一度かかりつけ医を受診していただけますでしょうか。
{S_ISEKI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="A named student's health check findings sent to an outside address, even the parent's.",
)

# 090 — text+HTML mail, XLSX whose second sheet is a roster of 10 students
_g = students(10)
_roster = [["No", "Name", "DOB", "E-mail", "Mobile", "Level test"]]
for i, p in enumerate(_g, 1):
    _roster.append([i, p["ROMAJI"], iso(dob(2001, 2006)), gmail(p), "+81 " + mobile()[1:],
                    rng.choice(["B1", "A2", "B2", "B1"])])
add(90,
    expect="stop",
    sender=CARTER,
    to=["Global Bridge Malta <hello@globalbridge-malta.com>"],
    subject="Group booking - Golden Week 2026 (10 students)",
    charset="utf-8",
    body=f"""Dear Global Bridge team,

Please find attached our group booking for Golden Week 2026. The first sheet is the
programme summary; the second sheet lists the participants.
{S_CARTER}""",
    html=f"""<html><body><p>Dear Global Bridge team,</p>
<p>Please find attached our group booking for <b>Golden Week 2026</b>. The first sheet is the
programme summary; the second sheet lists the participants.</p>
<p>Best regards,<br>Emily Carter<br>Hinode Sangyo Co., Ltd.</p></body></html>""",
    attachments=[{"kind": "xlsx", "name": "GW2026_group_booking.xlsx",
                  "sheets": {"Summary": [["Programme", "General English 20 lessons"], ["Dates", "25 Apr - 9 May 2026"],
                                         ["Accommodation", "Residence, twin"], ["Students", 10]],
                             "Participants": _roster}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="The second sheet of the XLSX is a roster of 10 students with DOB, e-mail and mobile.",
)

# 091 — XLSX flight schedule with group counts only
add(91,
    expect="pass",
    sender=OKOUCHI,
    to=["スカイウェイトラベル 団体手配 <group@skyway-travel.co.jp>"],
    subject="2026年春 団体座席リクエスト（人数ベース）",
    charset="iso-2022-jp",
    body=f"""スカイウェイトラベル 団体手配ご担当者様

お世話になっております。大河内です。
2026年春の団体座席について、人数ベースでのリクエスト表をお送りします。
個人名は出発60日前を目安にお知らせします。
{S_OKOUCHI}""",
    attachments=[{"kind": "xlsx", "name": "2026春_団体座席リクエスト.xlsx",
                  "sheets": {"リクエスト": [["2026年春 団体座席リクエスト"], [],
                                            ["方面", "便名", "出発日", "帰国日", "人数", "備考"],
                                            ["バンクーバー", "NH116", "2026/2/21", "2026/3/21", 18, "引率1名含む"],
                                            ["ブリスベン", "QF62", "2026/2/28", "2026/3/22", 12, ""],
                                            ["オークランド", "NZ90", "2026/3/7", "2026/3/28", 9, ""],
                                            ["マニラ", "PR427", "2026/3/14", "2026/3/28", 15, "親子留学"]]}}],
    entities=[],
    detectors=[],
    note="Seat request by head count, no names.",
)

# 092 — plain ZIP holding a PDF table of 5 applicants with passport and address
_g = students(5)
_tab = [["No", "Name", "DOB", "Passport", "Home address (Japan)"]]
for i, p in enumerate(_g, 1):
    _tab.append([i, p["ROMAJI"], iso(dob(2005, 2007)), passport(), address()])
add(92,
    expect="stop",
    sender=MIYOSHI,
    to=["US Visa Support Desk <desk@visa-support-usa.com>"],
    subject="J-1 sponsor forms - 5 participants (DS-2019)",
    charset="utf-8",
    body=f"""Dear Visa Support Desk,

Attached (zipped) is the participant summary for the five J-1 interns whose DS-2019
forms you are preparing. Their home addresses in Japan are required for section 1.
{sig("三好 彩花", "Ayaka Miyoshi", "Visa Support", "miyoshi.a@hinode-sangyo.co.jp", "03-5432-7185", 2)}""",
    attachments=[{"kind": "zip", "name": "J1_participants_0801.zip",
                  "files": [{"kind": "pdf", "name": "J1_participants.pdf",
                             "lines": ["J-1 Intern participants - Hinode Sangyo", ""], "table": _tab}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="A PDF inside a plain ZIP lists 5 people with passport numbers and home addresses.",
)

# 093 — English reply: 5 students' home addresses in romaji and DOB above the quote
_g = students(5)
_addrs = ["2-14-7 Kamiuma, Setagaya-ku, Tokyo 154-0011", "3-8-21 Sakae, Naka-ku, Nagoya, Aichi 460-0008",
          "1-5-12 Ichibancho, Aoba-ku, Sendai, Miyagi 980-0811", "4-2-9 Honmachi, Kita-ku, Okayama 700-0901",
          "5-17-3 Shimorenjaku, Mitaka-shi, Tokyo 181-0013"]
add(93,
    expect="stop",
    sender=CARTER,
    to=["Registry <registry@thamesbridge-school.co.uk>"],
    subject="Re: Home addresses for CAS statements",
    charset="utf-8",
    body=f"""Dear Registry team,

Here are the home addresses and dates of birth you asked for:

""" + "\n".join(f"{p['ROMAJI']} (DOB {dob(2004, 2006)[0]}-0{rng.randint(1, 9)}-{rng.randint(10, 28)})\n  {a}"
                for p, a in zip(_g, _addrs)) + f"""

Emily

> Dear Emily,
> For the CAS statements we need each student's home address and date of birth.
> Registry
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Five students' Japanese home addresses in romaji and DOB in the new text.",
)

# 094 — English reply: data will go through the school's portal, none in the mail
add(94,
    expect="pass",
    sender=CARTER,
    to=["Registry <registry@thamesbridge-school.co.uk>"],
    subject="Re: Passport copies for the January group",
    charset="utf-8",
    body=f"""Dear Registry team,

Thank you. We prefer not to send passport copies by e-mail, so I have uploaded them
to your agent portal (batch JAN26-HIN, 7 files) this morning. Please let me know if
any of the scans are unclear.

Kind regards,
Emily

> Dear Emily,
> Could you send us passport copies for the seven students in the January group?
""",
    entities=[],
    detectors=[],
    note="Says the passport copies went through the portal; nothing personal in the mail.",
)

# 095 — internal only: a 社外秘 document shared with colleagues (incl. subdomain)
add(95,
    expect="pass",
    sender=CARTER,
    to=["留学事業部 マネージャー会 <managers@hinode-sangyo.co.jp>"],
    cc=["森永 聡 <morinaga.s@mail.hinode-sangyo.co.jp>"],
    subject="【社外秘】提携校コミッション交渉の進捗",
    charset="iso-2022-jp",
    body="""マネージャー各位

お疲れさまです。カーターです。
提携校とのコミッション交渉の進捗を共有します（社外秘）。
添付の資料は社外への転送をしないでください。

カーター
""",
    attachments=[{"kind": "docx", "name": "コミッション交渉進捗_0801.docx", "page_header": "社外秘",
                  "paragraphs": ["社外秘", "提携校コミッション交渉 進捗（8月1日時点）",
                                 "Harbourview：30%で合意、販促費は年20万円に減額",
                                 "Thamesbridge：22%→24%を要求中"]}],
    entities=[],
    detectors=[],
    note="社外秘 material, but every recipient is internal.",
)

# 096 — Japanese disclaimer at the end of a routine mail
add(96,
    expect="pass",
    sender=ISEKI,
    to=["ホームステイリンク 受入調整 <coordinator@homestay-link.jp>"],
    subject="来年度の受入枠についてのご相談",
    charset="iso-2022-jp",
    body=f"""ホームステイリンク
受入調整ご担当 様

いつもお世話になっております。日の出産業の井関です。
来年度の高校生プログラムについて、受入枠のご相談をさせてください。

・夏期（7月下旬〜8月）：40名程度
・ターム（1月〜3月）：15名程度

昨年は夏期にホスト確保が難しかったと伺っておりますので、
早めに枠を押さえられればと考えております。
{S_ISEKI}{DISCLAIMER_JA}""",
    entities=[],
    detectors=[],
    note="Ordinary request with the standard Japanese confidentiality disclaimer.",
)

# 097 — a parent's card number in a payment authorisation form (text attachment)
_par = person()
_pg = rng.choice(PARENT_GIVEN)
_card = next_card()
add(97,
    expect="stop",
    sender=ISEKI,
    to=["Business Office <business@oakridge-hs.org>"],
    subject="Payment authorization form - homestay fee (Spring term)",
    charset="utf-8",
    body=f"""Dear Business Office,

Attached is the completed payment authorization form for the spring term homestay
fee. The parent filled it in by hand and we typed it up as requested.
{sig("井関 拓海", "Takumi Iseki", "High School Programs", "iseki.t@hinode-sangyo.co.jp", "03-5432-7186", 2)}""",
    attachments=[{"kind": "txt", "name": "payment_authorization.txt",
                  "text": f"""OAKRIDGE HIGH SCHOOL - CREDIT CARD PAYMENT AUTHORIZATION

Student name:        {_par['mei_r']} {_par['sei_r']}
Cardholder name:     {_pg[2].upper()} {_par['sei_r'].upper()}
Card type:           {'VISA' if _card.startswith('4') else 'JCB' if _card.startswith('35') else 'Mastercard'}
Card number:         {_card}
Expiration (MM/YY):  11/29
Amount:              USD 4,800.00 (Homestay fee, Spring term)
Billing address:     2-14-7 Kamiuma, Setagaya-ku, Tokyo 154-0011, Japan

Signature: (signed)          Date: 2025-12-02
"""}],
    entities=["CREDIT_CARD", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="A text attachment carries a parent's full card number and billing address.",
)

# 098 — courier tracking numbers, plus scanned copies in a ZIP that turns out corrupt
add(98,
    expect="stop",
    sender=MIYOSHI,
    to=["International Admissions <intladmit@univ-westcoast.edu>"],
    subject="Original transcripts sent by courier (scans attached)",
    charset="utf-8",
    body=f"""Dear International Admissions,

The sealed original transcripts for our Spring 2026 pathway applicants were sent
today by DHL Express:

  Waybill 1: 4417 2290 63 (envelopes 1-5)
  Waybill 2: 4417 2290 74 (envelopes 6-10)

Estimated delivery: 6 August. In the meantime, the scanned copies are attached as a
ZIP so that you can start the evaluation.
{sig("三好 彩花", "Ayaka Miyoshi", "Visa Support", "miyoshi.a@hinode-sangyo.co.jp", "03-5432-7185", 2)}""",
    attachments=[{"kind": "corrupt", "name": "transcript_scans_spring2026.zip"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="The attached ZIP of transcript scans is corrupt and cannot be inspected.",
)

# 099 — XLSX of 5 freelance interpreters with My Numbers and bank accounts, to the tax accountant
_g = students(5)
_rows = [["2025年分 報酬・料金の支払調書 作成用データ"], ["作成：日の出産業株式会社 経理グループ"],
         ["氏名", "フリガナ", "住所", "個人番号", "支払金額", "源泉徴収税額", "振込口座"]]
for p in _g:
    _mn = next_my_number()
    _rows.append([p["name"], p["kana"], address(), _mn, rng.randint(20, 90) * 10000, "",
                  f"みどり銀行 {rng.choice(['新宿', '渋谷', '横浜', '梅田'])}支店 普通 {rng.randint(1000000, 9999999)}"])
for r in _rows[3:]:
    r[5] = int(r[4] * 0.1021)
add(99,
    expect="stop",
    sender=SHOJI,
    to=["かえで税理士事務所 <office@kaede-tax.jp>"],
    subject="支払調書作成用データ（通訳・アテンド委託分）",
    charset="cp932",
    body=f"""かえで税理士事務所
ご担当者様

いつもお世話になっております。日の出産業の東海林です。
2025年分の支払調書作成用に、通訳・アテンド委託先（個人）5名分のデータをお送りします。
個人番号は各人から番号確認書類とともに取得済みです。

よろしくお願いいたします。
{S_SHOJI}""",
    attachments=[{"kind": "xlsx", "name": "支払調書データ_2025.xlsx", "sheets": {"個人委託先": _rows}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="XLSX of 5 individuals with My Numbers, addresses and bank accounts to an outside tax office.",
)

# 100 — thank-you mail quoting one student's testimonial by name only
add(100,
    expect="pass",
    sender=SAEKI,
    to=["青陵大学 国際交流センター 西 <nishi@seiryo-u.ac.jp>"],
    subject="夏期研修 無事終了のご報告とお礼",
    charset="iso-2022-jp",
    body=f"""西様

お世話になっております。日の出産業の佐伯です。
夏期語学研修の22名、全員無事に帰国いたしました。ご協力に心より感謝申し上げます。

参加学生のアンケートでは満足度4.7と大変好評でした。
学内広報への掲載にご了承をいただいた感想を一つご紹介します。

　「最初は聞き取れなくて不安でしたが、ホストファミリーが毎晩話を聞いてくれて、
　　最後の週にはクラスで発表できるようになりました。」（文学部2年 岩瀬 千尋さん）

報告書は9月中旬にお届けいたします。引き続きよろしくお願い申し上げます。
{S_SAEKI}""",
    entities=[],
    detectors=[],
    note="One student's name with a consented testimonial and no other data: not a record.",
)
