"""Blind corpus, area "intlschool": 日の出産業's international school (Hinode International
School, インターナショナルスクール) — admissions with passports and visas, corporate sponsors
paying tuition, students' medical forms and learning support, trips abroad, bus routes,
teachers recruited from abroad (visas, housing), alumni, the IB exam board, the PTA.

Mostly English mail, with Japanese mail from 総務・経理 and to Japanese vendors.

Every person, number, address and e-mail address here is invented; any domain that is not
hinode-sangyo.co.jp or one of BRIEF.md's partner domains is fictional.
Seeds for build.my_number() / build.card_number() start at 7501 (7501, 7502, …, in order of
use).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

SEED = 7501
R = random.Random(SEED)
_next = [SEED]


def next_seed() -> int:
    s = _next[0]
    _next[0] += 1
    return s


def mynum(fmt: str = "plain") -> str:
    n = my_number(next_seed())
    if fmt == "spaced":
        return f"{n[:4]} {n[4:8]} {n[8:]}"
    if fmt == "dashed":
        return f"{n[:4]}-{n[4:8]}-{n[8:]}"
    if fmt == "zen":
        return zen(f"{n[:4]} {n[4:8]} {n[8:]}")
    return n


def card(fmt: str = "spaced") -> str:
    n = card_number(next_seed())
    if fmt == "plain":
        return n
    sep = "-" if fmt == "dashed" else " "
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


_ZEN = str.maketrans("0123456789-()/.", "０１２３４５６７８９－（）／．")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def corp_number(base12: str) -> str:
    """法人番号: check digit (9 - Σ P×Q mod 9) in front of the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


SCHOOL_CORP = corp_number("010401087352")        # 日の出産業株式会社 (invented)
SCHOOL_TNUM = "T" + SCHOOL_CORP


def w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def ljust(s: str, width: int) -> str:
    return s + " " * max(0, width - w(s))


def table(header: list[str], rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    cols = [max(w(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    out = [(" " * gap).join(ljust(str(h), cols[i]) for i, h in enumerate(header)).rstrip()]
    out.append((" " * gap).join(rule * (cols[i] // w(rule)) for i in range(len(header))))
    for r in rows:
        out.append((" " * gap).join(ljust(str(c), cols[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


# -- invented people ------------------------------------------------------------------

FOREIGN = [
    "Olivia Bennett", "Liam O'Sullivan", "Aarav Sharma", "Mei Lin Tan", "Noah Fischer",
    "Sofia Rossi", "Ethan Kowalski", "Amara Okonkwo", "Felix Lindgren", "Isla Haddad",
    "Mateo Castillo", "Chloe Moreau", "Arjun Iyer", "Freya Jensen", "Kai Nakamura-Hill",
    "Zara Kaur", "Oscar Whitaker", "Leilani Santos", "Jakob Weiss", "Camille Fontaine",
    "Rafael Novak", "Theo Van der Berg", "Aisha Mwangi", "Emil Petrov", "Nadia Abebe",
    "Saoirse Byrne", "Lucas Chen", "Hannah Dubois", "Omar Haddad", "Ava Kim-Watanabe",
    "Hugo Laurent", "Maya Goldberg", "Santiago Ruiz", "Priyanka Desai", "Phoebe Langley",
    "Charlotte Yeo", "Benjamin Osei", "Ananya Pillai", "Luca Bianchi", "Greta Holm",
    "Declan Murray", "Bronwyn Ellis", "Farid Karimi", "Eloise Marchetti", "Pekka Virtanen",
    "Yasmin El-Amin", "Ibrahim Diallo", "Lena Hoffmann", "Nikhil Rao", "Ingrid Solberg",
]

# (kanji, kana, romaji)
JAPANESE = [
    ("勅使河原 葵", "テシガワラ アオイ", "Aoi Teshigawara"),
    ("小鳥遊 蓮", "タカナシ レン", "Ren Takanashi"),
    ("東海林 美咲", "ショウジ ミサキ", "Misaki Shoji"),
    ("百目鬼 拓海", "ドウメキ タクミ", "Takumi Domeki"),
    ("九十九 さくら", "ツクモ サクラ", "Sakura Tsukumo"),
    ("四十物 陽向", "アイモノ ヒナタ", "Hinata Aimono"),
    ("五月女 結衣", "ソウトメ ユイ", "Yui Sotome"),
    ("一尺八寸 悠真", "カマツカ ユウマ", "Yuma Kamatsuka"),
    ("薬袋 楓", "ミナイ カエデ", "Kaede Minai"),
    ("小比類巻 湊", "コヒルイマキ ミナト", "Minato Kohiruimaki"),
    ("西園寺 莉子", "サイオンジ リコ", "Riko Saionji"),
    ("神宮寺 大和", "ジングウジ ヤマト", "Yamato Jinguji"),
    ("御手洗 紬", "ミタライ ツムギ", "Tsumugi Mitarai"),
    ("長宗我部 颯", "チョウソカベ ハヤテ", "Hayate Chosokabe"),
    ("月見里 凛", "ヤマナシ リン", "Rin Yamanashi"),
    ("宇佐美 健太", "ウサミ ケンタ", "Kenta Usami"),
    ("鬼頭 真央", "キトウ マオ", "Mao Kito"),
    ("雲類鷲 晴", "ウルワシ ハル", "Haru Uruwashi"),
    ("左右田 芽依", "ソウダ メイ", "Mei Soda"),
    ("十河 樹", "ソゴウ イツキ", "Itsuki Sogo"),
    ("栗花落 ひより", "ツユリ ヒヨリ", "Hiyori Tsuyuri"),
    ("八月一日 陸", "ホズミ リク", "Riku Hozumi"),
    ("善知鳥 心春", "ウトウ コハル", "Koharu Utou"),
    ("鰐渕 航", "ワニブチ ワタル", "Wataru Wanibuchi"),
]

_used_foreign: set[str] = set()
_used_jp: set[int] = set()


def foreign(n: int) -> list[str]:
    pool = [x for x in FOREIGN if x not in _used_foreign]
    if len(pool) < n:
        _used_foreign.clear()
        pool = list(FOREIGN)
    got = R.sample(pool, n)
    _used_foreign.update(got)
    if len(_used_foreign) > 40:
        _used_foreign.clear()
    return got


def japanese(n: int) -> list[tuple[str, str, str]]:
    idx = [i for i in range(len(JAPANESE)) if i not in _used_jp]
    if len(idx) < n:
        _used_jp.clear()
        idx = list(range(len(JAPANESE)))
    got = R.sample(idx, n)
    _used_jp.update(got)
    if len(_used_jp) > 18:
        _used_jp.clear()
    return [JAPANESE[i] for i in got]


def mixed(n: int, jp_share: float = 0.35, style: str = "romaji") -> list[str]:
    k = max(1, round(n * jp_share)) if n > 2 else 0
    names = foreign(n - k)
    for kanji, kana, romaji in japanese(k):
        names.append({"romaji": romaji, "kanji": kanji, "kana": kana}[style])
    R.shuffle(names)
    return names


def birthday(y0: int, y1: int) -> date:
    start = date(y0, 1, 1)
    return start + timedelta(days=R.randrange((date(y1, 12, 31) - start).days))


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def dstr(d: date, style: str = "iso") -> str:
    if style == "iso":
        return d.isoformat()
    if style == "en":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "eu":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    # 和暦
    if d >= date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "wareki":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "wareki_zen":
        return zen(f"{era}{y}年{d.month}月{d.day}日")
    return f"{short}{y}.{d.month}.{d.day}"          # "wareki_short"


def mobile(style: str = "jp") -> str:
    a, b, c = R.choice(["90", "80", "70"]), R.randint(1000, 9999), R.randint(1000, 9999)
    if style == "intl":
        return f"+81 {a} {b} {c}"
    if style == "zen":
        return zen(f"0{a}-{b}-{c}")
    if style == "plain":
        return f"0{a}{b}{c}"
    return f"0{a}-{b}-{c}"


FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "outlook.com",
            "hotmail.com", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "yahoo.com"]


def email_for(name: str, domain: str | None = None) -> str:
    parts = [p for p in name.replace("'", "").replace("-", " ").lower().split() if p.isascii()]
    if not parts:
        parts = ["family", str(R.randint(10, 99))]
    dom = domain or R.choice(FREEMAIL[:6])
    shape = R.randrange(4)
    if shape == 0:
        local = f"{parts[0]}.{parts[-1]}"
    elif shape == 1:
        local = f"{parts[-1]}{R.randint(1, 99)}"
    elif shape == 2:
        local = f"{parts[0][0]}{parts[-1]}"
    else:
        local = f"{parts[-1]}.family"
    return f"{local}@{dom}"


def jp_passport() -> str:
    return R.choice(["TK", "TR", "TZ", "MZ", "TS", "RK", "TH"]) + f"{R.randint(0, 9999999):07d}"


def passport_for(nat: str) -> str:
    if nat in ("JPN", "Japan"):
        return jp_passport()
    if nat in ("USA", "GBR", "NZL"):
        return f"{R.randint(500000000, 599999999)}"
    if nat in ("AUS", "IND"):
        return R.choice("PNKLM") + R.choice("ABCDEF") + f"{R.randint(0, 9999999):07d}"[:7]
    if nat in ("FRA", "ITA", "DEU"):
        return f"{R.randint(10, 99)}{R.choice('ABCDEFGH')}{R.choice('JKLMNP')}{R.randint(10000, 99999)}"
    return R.choice("CEGK") + f"{R.randint(10000000, 99999999)}"


def residence_card() -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return R.choice(L) + R.choice(L) + f"{R.randint(0, 99999999):08d}" + R.choice(L) + R.choice(L)


TOWNS = [
    ("港区", "南麻布", "106-0047", "Minami-Azabu", "Minato"),
    ("港区", "元麻布", "106-0046", "Moto-Azabu", "Minato"),
    ("港区", "白金台", "108-0071", "Shirokanedai", "Minato"),
    ("港区", "高輪", "108-0074", "Takanawa", "Minato"),
    ("目黒区", "青葉台", "153-0042", "Aobadai", "Meguro"),
    ("目黒区", "中目黒", "153-0061", "Naka-Meguro", "Meguro"),
    ("渋谷区", "広尾", "150-0012", "Hiroo", "Shibuya"),
    ("渋谷区", "代々木上原", "151-0066", "Yoyogi-Uehara", "Shibuya"),
    ("世田谷区", "深沢", "158-0081", "Fukasawa", "Setagaya"),
    ("世田谷区", "用賀", "158-0097", "Yoga", "Setagaya"),
    ("品川区", "上大崎", "141-0021", "Kami-Osaki", "Shinagawa"),
    ("江東区", "豊洲", "135-0061", "Toyosu", "Koto"),
    ("文京区", "小日向", "112-0006", "Kohinata", "Bunkyo"),
    ("新宿区", "市谷砂土原町", "162-0842", "Ichigaya-Sadoharacho", "Shinjuku"),
]
BUILDINGS = ["パークコート", "グランドメゾン", "ヒルトップレジデンス", "アーバンテラス", "ブリリア",
             "ザ・タワー", "メゾン・ド・ヴィレ", "プラウド", "ホーメスト"]


def addr(style: str = "ja", building: bool | None = None) -> str:
    ward, town, zipc, town_r, ward_r = R.choice(TOWNS)
    c, b, n = R.randint(1, 5), R.randint(1, 28), R.randint(1, 22)
    bld = building if building is not None else R.random() < 0.5
    room = R.choice([301, 402, 503, 805, 1104, 1702, 2201, 207])
    if style == "en":
        s = f"{c}-{b}-{n} {town_r}, {ward_r}-ku, Tokyo {zipc}"
        return (f"#{room} " + s) if bld else s
    if style == "zip":
        s = f"〒{zipc} 東京都{ward}{town}{c}-{b}-{n}"
    elif style == "chome":
        s = f"東京都{ward}{town}{c}丁目{b}番{n}号"
    elif style == "zen":
        s = "東京都" + ward + town + zen(f"{c}-{b}-{n}")
    else:
        s = f"東京都{ward}{town}{c}-{b}-{n}"
    return s + (f" {R.choice(BUILDINGS)}{town[:2]} {room}" if bld else "")


# -- the school's people (senders) and their signatures -------------------------------

SCHOOL_EN = "Hinode International School (operated by Hinode Sangyo Co., Ltd.)"
SCHOOL_ADDR_EN = "5-2-18 Minami-Azabu, Minato-ku, Tokyo 106-0047, Japan"

HART = "Emily Hart <e.hart@hinode-sangyo.co.jp>"
SHIMAZU = "嶋津 玲奈 <r.shimazu@hinode-sangyo.co.jp>"
OKAFOR = "Daniel Okafor <d.okafor@hinode-sangyo.co.jp>"
MINOWA = "箕輪 ひかり <h.minowa@hinode-sangyo.co.jp>"
RAMAN = "Priya Raman <p.raman@hinode-sangyo.co.jp>"
TOBARI = "戸張 健吾 <k.tobari@hinode-sangyo.co.jp>"
LINDQVIST = "Marcus Lindqvist <m.lindqvist@hinode-sangyo.co.jp>"
HIMI = "氷見 早苗 <s.himi@hinode-sangyo.co.jp>"
DUBOIS = "Claire Dubois <c.dubois@hinode-sangyo.co.jp>"
KIRARA = "雲母 純 <j.kirara@hinode-sangyo.co.jp>"
WHITFIELD = "Sarah Whitfield <s.whitfield@hinode-sangyo.co.jp>"
KITO = "鬼頭 修平 <s.kito@hinode-sangyo.co.jp>"
ANZAI = "Yuki Anzai-Brown <y.anzai-brown@hinode-sangyo.co.jp>"
NURSE_EN = "Hikari Minowa (School Nurse) <h.minowa@hinode-sangyo.co.jp>"

SIG_HART = f"""--
Emily Hart | Admissions Officer
{SCHOOL_EN}
{SCHOOL_ADDR_EN}
T +81-3-5447-2210 | admissions@hinode-sangyo.co.jp"""

SIG_OKAFOR = """Daniel Okafor
IB Diploma Programme Coordinator / Head of Secondary
Hinode International School
Tel: +81 3 5447 2215"""

SIG_SHIMAZU = """――――――――――――――――――――
日の出産業株式会社 教育事業部
日の出インターナショナルスクール 総務課
嶋津 玲奈（しまづ れな）
〒106-0047 東京都港区南麻布5-2-18
TEL 03-5447-2200 / FAX 03-5447-2299
――――――――――――――――――――"""

SIG_TOBARI = """------------------------------
日の出インターナショナルスクール
総務課（通学バス担当） 戸張 健吾
TEL：03-5447-2203（直通）
------------------------------"""

SIG_MINOWA = """Hikari Minowa, RN
School Nurse / 養護担当
Hinode International School | ext. 231"""

SIG_RAMAN = """Warm regards,
Priya Raman
Learning Support Coordinator
Hinode International School"""

SIG_LINDQVIST = f"""Marcus Lindqvist
HR & Faculty Recruitment
{SCHOOL_EN}
{SCHOOL_ADDR_EN}
Direct +81 3 5447 2240"""

SIG_HIMI = """━━━━━━━━━━━━━━━━━━
日の出産業株式会社 教育事業部 経理課
氷見 早苗 Sanae Himi
TEL 03-5447-2205　Mail s.himi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━"""

SIG_DUBOIS = """Claire Dubois
Outdoor Education & Trips Coordinator
Hinode International School
Mobile (school phone): +81 80 4410 2318"""

SIG_KIRARA = """雲母 純 / Jun Kirara
Alumni Relations & Development
Hinode International School
03-5447-2260"""

SIG_WHITFIELD = """Sarah Whitfield
Head of School
Hinode International School, Tokyo"""

SIG_KITO = """日の出産業株式会社 情報システム部（スクール担当）
鬼頭 修平
内線 4471"""

SIG_ANZAI = """Yuki Anzai-Brown
Community & PTA Liaison
Hinode International School"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee(s). If you have received this e-mail in error, please notify the sender and
delete it. Hinode Sangyo Co., Ltd. accepts no liability for any damage caused by viruses."""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してください。
日の出産業株式会社"""

MESSAGES: list[dict] = []


def add(num: int, expect: str, entities: list[str], detectors: list[str], note: str,
        **kw) -> None:
    m = {"id": f"intlschool-{num:03d}", "expect": expect, "entities": entities,
         "detectors": detectors, "note": note}
    m.setdefault("charset", "utf-8")
    m.update(kw)
    MESSAGES.append(m)


# =====================================================================================
# 001–025
# =====================================================================================

# 001 — applicant status table (passports, DOB, parent e-mail) to an education agent
_n = [(n, R.choice(["GBR", "USA", "AUS", "IND", "FRA"])) for n in foreign(4)]
_n += [(j[2], "JPN") for j in japanese(2)]
R.shuffle(_n)
_rows = []
for name, nat in _n:
    _rows.append([name, dstr(birthday(2012, 2019), "en"), nat, passport_for(nat),
                  email_for(name), R.choice(["complete", "docs missing", "interview booked",
                                             "waitlist", "docs missing"])])
add(1, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "EMAIL_ADDRESS"],
    ["personal_data"],
    "six applicants with DOB, passport numbers and parent e-mails sent to an outside agent",
    charset="utf-8", sender=HART, to=["Rebecca Tan <rebecca.tan@brightpath-edu.com>"],
    subject="Your referrals - where each application stands (August intake)",
    body=f"""Hi Rebecca,

Thanks again for sending so many families our way this cycle. Below is where each of
your referrals stands for the August intake. Could you nudge the ones marked
"docs missing"? The admissions committee meets on the 18th and I can only table
complete files.

{table(["Applicant", "DOB", "Nat.", "Passport No.", "Parent e-mail", "Status"], _rows)}

Grade placement letters go out to the parents directly once the committee signs off,
so please don't promise anyone a place before then.

Best,
Emily

{SIG_HART}
{DISC_EN}
""")

# 002 — reply to a prospective parent (gmail); their details only in quoted text
add(2, "pass", [], ["freemail_recipient"],
    "tour logistics to one parent on free mail; the parent's phone and child's DOB are only quoted",
    charset="iso-2022-jp", sender=HART,
    to=["Takeshi Ogasawara <t.ogasawara.home@gmail.com>"],
    subject="Re: Campus tour request",
    body="""Dear Mr Ogasawara,

Thank you for getting in touch. We would be delighted to show you around.
Tours run on Tuesdays and Thursdays at 9:30; I have pencilled you in for
Thursday 10 October. The tour takes about an hour and ends with a short chat
with our Early Years coordinator.

Please come to the main gate on the Minami-Azabu side and show this e-mail to
the guard. There is no visitor parking, so public transport is best
(Hiroo station, exit 2, eight minutes on foot).

Kind regards,
Emily Hart

On Mon, 30 Sep 2026 at 22:41, Takeshi Ogasawara <t.ogasawara.home@gmail.com> wrote:
> Hello,
> We are relocating from Singapore in January and would like to visit the school.
> Our daughter Rin was born on 14 May 2021 and currently attends a bilingual
> kindergarten. My mobile is 090-3318-5072 if it is easier to call.
> Best regards,
> Takeshi Ogasawara
""")

# 003 — one student's passport details to the travel agency (Japanese)
_p3 = jp_passport()
add(3, "stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], ["personal_data"],
    "a student's passport number, expiry and birth date sent to a travel agency",
    charset="iso-2022-jp", sender=SHIMAZU, to=["ツアーデスク 樋渡様 <hiwatashi@tabi-planet.co.jp>"],
    subject="シンガポール研修旅行　旅券情報の差し替え（G9 1名）",
    body=f"""株式会社旅プラネット
ツアーデスク　樋渡様

いつもお世話になっております。日の出インターナショナルスクールの嶋津です。

先日お送りした参加者名簿のうち、1名がパスポートを更新しましたので
情報の差し替えをお願いいたします。

　氏名（ローマ字）：SOTOME YUI（五月女 結衣）
　学年　　　　　　：Grade 9
　生年月日　　　　：{dstr(birthday(2011, 2011), "kanji")}
　旅券番号　　　　：{_p3}
　有効期限　　　　：2031年2月17日

旧旅券の番号は破棄していただいて構いません。
航空券の発券前に反映いただけますと幸いです。

よろしくお願いいたします。

{SIG_SHIMAZU}
""")

# 004 — new teacher's residence card + passport to a housing agent
_rc4, _pp4 = residence_card(), passport_for("NZL")
add(4, "stop", ["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_PASSPORT", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    ["personal_data"],
    "a new teacher's residence card and passport numbers with DOB sent to a letting agent",
    charset="utf-8", sender=LINDQVIST, to=["Kana Oyamada <k.oyamada@minato-homes.co.jp>"],
    cc=["hr-school@hinode-sangyo.co.jp"],
    subject="Lease application - Mr Callum Reid (Unit 502, Shirokane Garden)",
    body=f"""Dear Ms Oyamada,

Further to our call, here are the tenant details for the lease application on
Unit 502. The school is the corporate guarantor as before.

Tenant: Callum James Reid
Date of birth: {dstr(birthday(1988, 1991), "en")}
Nationality: New Zealand
Passport no.: {_pp4} (expires 2033)
Residence card no.: {_rc4}  (status: Instructor, 3 years)
Mobile in Japan: {mobile()}
Start of employment: 1 August

He lands on 26 July, so a key handover on the 27th would be ideal. Please let me
know if the owner needs anything else before the screening.

Best regards,

{SIG_LINDQVIST}
""")

# 005 — bus timetable (stops, not people) to the bus partner
_stops5 = [["1", "有栖川宮記念公園 南門", "07:05", "16:10"], ["2", "広尾駅 2番出口", "07:12", "16:17"],
           ["3", "恵比寿ガーデンプレイス前", "07:21", "16:26"], ["4", "中目黒駅 東口ロータリー", "07:30", "16:35"],
           ["5", "青葉台三丁目交差点", "07:36", "16:41"], ["6", "池尻大橋駅前", "07:44", "16:50"],
           ["-", "学校（南麻布キャンパス）", "08:05", "15:40"]]
add(5, "pass", [], [], "route timetable of public bus stops to the bus partner: no personal data",
    charset="cp932", sender=TOBARI, to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="【2学期】Bルート時刻表（改定版）",
    body=f"""青葉運輸株式会社
配車センター ご担当者様

いつもお世話になっております。日の出インターナショナルスクールの戸張です。
2学期からのBルート時刻表を以下のとおり改定しました。
中目黒駅の停車位置が東口ロータリーに変わっています。

{table(["No", "停留所", "朝（発）", "夕（着）"], _stops5)}

※夕方便は15:40学校発です。
※10/14（水）は短縮授業のため夕方便を13:10発に繰り上げます（別途ご連絡します）。

ご確認のほどよろしくお願いいたします。

{SIG_TOBARI}
""")

# 006 — bus roster XLSX: students, home addresses, parent phones, two route sheets
def _roster(n: int) -> list[list[str]]:
    rows = []
    for name in mixed(n):
        rows.append([name, R.choice(["G2", "G3", "G5", "G6", "G7", "G8", "K2"]), addr(R.choice(["ja", "chome"])),
                     mobile(R.choice(["jp", "intl"])), R.choice(["自宅前", "最寄り停留所", "マンション正面"])])
    return rows


add(6, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "bus roster of 13 students with home addresses and parent mobiles in an XLSX to the bus company",
    charset="iso-2022-jp", sender=TOBARI, to=["配車センター 羽鳥様 <hatori@aoba-unyu.co.jp>"],
    subject="通学バス 乗車名簿（A・Bルート）送付の件",
    body=f"""青葉運輸株式会社　羽鳥様

お世話になっております。戸張です。
来週から運行のA・Bルートの乗車名簿をお送りします。
乗降場所の変更がある生徒は備考欄に記載しています。

添付：bus_roster_term2.xlsx（シート2枚）

何卒よろしくお願いいたします。

{SIG_TOBARI}
""",
    attachments=[{"kind": "xlsx", "name": "bus_roster_term2.xlsx", "sheets": {
        "Aルート": [["通学バス乗車名簿 Aルート（2学期）"], [],
                   ["生徒氏名", "学年", "住所", "保護者携帯", "乗降場所"]] + _roster(7),
        "Bルート": [["通学バス乗車名簿 Bルート（2学期）"], [],
                   ["生徒氏名", "学年", "住所", "保護者携帯", "乗降場所"]] + _roster(6),
    }}])

# 007 — sponsor HR: CSV of employees' children with parent e-mails + the school's T-number
_rows7 = [["Employee No.", "Employee (parent)", "Parent e-mail", "Student", "Grade", "Tuition Term 1 (JPY)"]]
for _ in range(7):
    parent = foreign(1)[0]
    kid = R.choice(["Ella", "Max", "Leo", "Nora", "Sami", "Ivy", "Jude", "Mila", "Otto", "Rhea"]) + " " + parent.split()[-1]
    _rows7.append([f"NW-{R.randint(10000, 99999)}", parent, email_for(parent, "nordwind-chemicals.co.jp"),
                   kid, R.choice(["G1", "G4", "G6", "G8", "G10", "G11"]), f"{R.choice([1245000, 1312000, 1398000]):,}"])
add(7, "stop", ["PERSON_NAME", "EMAIL_ADDRESS", "JP_CORPORATE_NUMBER"], ["personal_data"],
    "seven employee-parent/student rows sent to a sponsoring company's HR (a list of people)",
    charset="utf-8", sender=HIMI, to=["Benefits Team <benefits.jp@nordwind-chemicals.co.jp>"],
    subject="Term 1 tuition - sponsored students breakdown / Invoice INV-HIS-26-0412",
    body=f"""Dear Benefits Team,

Please find attached the breakdown for invoice INV-HIS-26-0412 (Term 1 tuition,
sponsored employees). The total of JPY 9,043,000 is due by 31 August to the account
shown on the invoice.

Qualified invoice issuer registration no.: {SCHOOL_TNUM}

If any of the employees listed has left the company or changed sponsorship
status, please tell us before the due date so we can re-issue.

Kind regards,
Sanae Himi

{SIG_HIMI}
""",
    attachments=[{"kind": "csv", "name": "sponsored_students_T1.csv", "encoding": "utf-8", "rows": _rows7}])

# 008 — sponsor invoice for two children (Japanese): 1–4 people, pass
add(8, "pass", ["PERSON_NAME", "JP_CORPORATE_NUMBER"], ["personal_data"],
    "invoice covering two sponsored students to the sponsor; few people, invoice and T-number",
    charset="cp932", sender=HIMI, to=["人事部 厚生課 <kosei@kawasaki-denki.co.jp>"],
    subject="授業料請求書（2学期分）送付のご案内　No.HIS-2026-0833",
    body=f"""川崎電機株式会社
人事部 厚生課 御中

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出インターナショナルスクール経理課の氷見でございます。

海外赴任帰任者ご子女の2学期授業料につきまして、下記のとおりご請求申し上げます。

　請求書番号：HIS-2026-0833
　対象生徒　：鰐渕 航 様（Grade 7）、鰐渕 芽生 様（Grade 3）
　金額　　　：2,687,000円（非課税）
　お支払期日：2026年9月30日
　登録番号　：{SCHOOL_TNUM}

請求書原本（PDF）は追ってシステムよりお送りいたします。
ご不明な点がございましたらお気軽にお問い合わせください。

{SIG_HIMI}
{DISC_JA}
""")

# 009 — one student's epilepsy and medication to the outdoor centre
add(9, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named student's epilepsy diagnosis and medication sent to an outdoor centre",
    charset="utf-8", sender=NURSE_EN, to=["Safety Office <safety@kiyosato-outdoor.jp>"],
    cc=["Claire Dubois <c.dubois@hinode-sangyo.co.jp>"],
    subject="Grade 7 residential - medical note for one student",
    body=f"""Dear Safety Office team,

Ahead of next week's Grade 7 residential, please note the following for your
instructors running the canoe and high-ropes sessions.

Student: Jasper Quinlan (Grade 7), DOB {dstr(birthday(2013, 2013), "eu")}
Condition: epilepsy (focal seizures), diagnosed 2022, under neurologist care
Medication: levetiracetam 250 mg twice daily (morning and evening, given by our staff)
Rescue medication: buccal midazolam, carried by the trip leader at all times
Triggers: sleep deprivation, flashing lights
Water activities: permitted with a dedicated buddy and a life jacket at all times

If a seizure lasts more than 5 minutes, please call an ambulance and Ms Dubois
immediately. His parents have consented to sharing this with your safety team.

{SIG_MINOWA}
""")

# 010 — internal: nurse's medical list for the trip team (internal only)
_rows10 = []
for name in mixed(6):
    _rows10.append([name, R.choice(["7A", "7B", "7C"]),
                    R.choice(["Asthma (inhaler)", "Peanut anaphylaxis - EpiPen x2", "Type 1 diabetes - pump",
                              "ADHD - methylphenidate a.m.", "Migraine", "Eczema, latex allergy"])])
add(10, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "medical list for the trip staff, all recipients internal",
    charset="utf-8", sender=MINOWA, to=["grade7-trip@hinode-sangyo.co.jp"],
    cc=["Claire Dubois <c.dubois@hinode-sangyo.co.jp>"],
    subject="G7 trip - medical summary for supervising staff",
    body=f"""Hi all,

Medical summary for the Grade 7 residential. Please read before Monday and keep
it with the trip folder - do not forward outside the school.

{table(["Student", "Class", "Condition / action"], _rows10)}

Medications are packed per student in the red bag; the log sheet is inside.

Hikari
""")

# 011 — learning-support report (ADHD, dyslexia) in a DOCX to a private tutor on gmail
_dob11 = birthday(2015, 2015)
add(11, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "a student's psychologist findings (ADHD, dyslexia) sent to a private tutor on free mail",
    charset="utf-8", sender=RAMAN, to=["Jessica Moy <jess.moy.tutoring@gmail.com>"],
    subject="Background for tutoring sessions - Theo",
    body=f"""Hi Jessica,

As discussed with Theo's parents, I'm attaching his current Individual Learning Plan
so your sessions can build on what we do in class. The summary of the educational
psychologist's report is on page 1.

Please don't hesitate to call me after 3:30 any day.

{SIG_RAMAN}
""",
    attachments=[{"kind": "docx", "name": "ILP_Theo_VanderBerg_2026.docx", "title": "Individual Learning Plan",
                  "paragraphs": [
                      "Individual Learning Plan 2026-27",
                      f"Student: Theo Van der Berg    Grade 5    DOB: {dstr(_dob11, 'en')}",
                      "Assessment: Educational psychologist report (Dr. N. Forsberg, March 2026).",
                      "Diagnoses: Attention-Deficit/Hyperactivity Disorder (combined presentation); "
                      "specific learning disorder with impairment in reading (dyslexia).",
                      "Medication: none at present; parents reviewing with paediatrician.",
                      "Accommodations: extra time 25%, reader for maths word problems, movement breaks.",
                  ],
                  "tables": [[["Goal", "Strategy", "Review"],
                              ["Decode multisyllabic words", "Orton-Gillingham 3x weekly", "Dec"],
                              ["Sustain attention 15 min", "Timer + checklist", "Nov"]]]}])

# 012 — PTA volunteers: five parents visible to each other in To
_pta12 = ["Naomi Forsythe <naomi.forsythe@gmail.com>", "kohiruimaki.m@yahoo.co.jp",
          "Ritu Desai <ritu.desai@icloud.com>", "Sven & Karin Holm <holm.family@outlook.jp>",
          "Aya Teshigawara <aya.t.0412@gmail.com>"]
add(12, "stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "five parents on free mail put in To: they all see each other's addresses",
    charset="utf-8", sender=ANZAI, to=_pta12,
    subject="Autumn Fair bake sale - thank you for volunteering!",
    body=f"""Dear volunteers,

Thank you so much for signing up for the bake sale table at the Autumn Fair on
Saturday 24 October! A few practical points:

- Drop-off of baked goods: 8:15-8:45 at the cafeteria side door
- Please label anything containing nuts (we will have a separate nut table)
- Float and price cards are provided by the PTA treasurer
- Shifts are 90 minutes; the rota will follow by Friday

Looking forward to seeing you all there.

{SIG_ANZAI}
""")

# 013 — PTA newsletter, parents in Bcc
add(13, "pass", [], ["freemail_recipient"],
    "PTA notice with parents in Bcc (hidden from each other); no personal data",
    charset="iso-2022-jp", sender=ANZAI, to=["pta@hinode-sangyo.co.jp"],
    bcc=["martin.haddad@gmail.com", "s.usami.home@yahoo.co.jp", "lindgren.fam@icloud.com",
         "jensen.freya.mum@outlook.com", "c.yeo@hotmail.com", "aimono-k@docomo.ne.jp"],
    subject="PTA General Meeting - agenda and Zoom link",
    body="""Dear HIS families,

The PTA General Meeting will be held on Wednesday 16 September at 8:30 in the
Library, and online for those who cannot attend in person.

Agenda
  1. Welcome from the Head of School
  2. Treasurer's report 2025-26
  3. Election of class representatives
  4. Autumn Fair planning
  5. AOB

Zoom: https://zoom.example/j/88123456701 (passcode shared in the parent app)

Coffee will be served from 8:10. Younger siblings are welcome.

PTA Executive Committee
""")

# 014 — alumni reunion list (CSV, UTF-8) to the hotel
_rows14 = [["Name", "Class of", "E-mail", "Mobile", "Dietary"]]
for name in mixed(15):
    _rows14.append([name, str(R.choice([2006, 2011, 2016])), email_for(name, R.choice(FREEMAIL[:6] + ["kpmg-example.com"])),
                    R.choice([mobile(), mobile("intl"), f"+44 7{R.randint(100, 999)} {R.randint(100000, 999999)}"]),
                    R.choice(["", "", "vegetarian", "no shellfish", ""])])
add(14, "stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "15 alumni with e-mail and mobile numbers in a CSV sent to the reunion hotel",
    charset="utf-8", sender=KIRARA, to=["Banquet Sales <banquet@sakura-hotel.jp>"],
    subject="Reunion dinner 14 Dec - guest list for name badges",
    body=f"""Dear Banquet team,

Attached is the current guest list for the alumni reunion dinner on 14 December
(Pearl Room). You asked for it to prepare name badges and the table plan; the
dietary column should help the kitchen too.

We expect around 20 more registrations; I will send an updated file next week.

Best regards,
Jun

{SIG_KIRARA}
""",
    attachments=[{"kind": "csv", "name": "reunion_guests_v1.csv", "encoding": "utf-8", "rows": _rows14}])

# 015 — reunion booking numbers only (pass)
add(15, "pass", [], [], "banquet booking details with a partner hotel; no personal data",
    charset="iso-2022-jp", sender=KIRARA, to=["宴会予約 <banquet@sakura-hotel.jp>"],
    subject="Re: 12/14 同窓会ディナー お見積りの件（予約番号 SH-B-77120）",
    body="""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出インターナショナルスクールの雲母です。
お見積りありがとうございました。下記内容で本予約をお願いいたします。

・予約番号：SH-B-77120
・日時：12月14日（土）18:30〜21:00
・会場：パールルーム（立食）
・人数：80名（最終人数は12/7までにご連絡）
・料理：Bコース、フリードリンク2時間
・プロジェクター、マイク2本

ベジタリアン対応は5名分の見込みです。請求書は学校宛にお願いします。

雲母 純 / Jun Kirara
Alumni Relations & Development
03-5447-2260
""")

# 016 — IB candidates sitting at another school: tab-separated, names + DOB + candidate no.
_rows16 = []
for name in mixed(6, 0.3):
    _rows16.append("\t".join([f"{R.choice(['kpg', 'kph'])}{R.randint(100, 999)}", name.upper(),
                              dstr(birthday(2008, 2009), "eu"), R.choice(["M", "F"]),
                              R.choice(["Spanish ab initio SL", "Spanish ab initio SL", "Mandarin B HL"])]))
add(16, "stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "six exam candidates with dates of birth sent to another school hosting the exam",
    charset="utf-8", sender=OKAFOR, to=["Exams Officer <exams@seaside-intl.ac.jp>"],
    subject="May session - our candidates sitting at your centre",
    body=f"""Dear colleague,

Thank you again for agreeing to host our candidates for the language papers this
May. As requested, the candidates and their details are below (tab-separated,
straight from our registration export):

Cand. code\tName\tDOB\tSex\tSubject
{chr(10).join(_rows16)}

A member of our staff will accompany them on both days. Please let me know the
room and the time you would like them to arrive.

Regards,
{SIG_OKAFOR}
""")

# 017 — access arrangements: PDF with a candidate's diagnoses to the exam board
_dob17 = birthday(2008, 2008)
add(17, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a candidate's diagnosed dyslexia and anxiety disorder in a PDF sent to the exam board",
    charset="utf-8", sender=OKAFOR, to=["Assessment Access <access@ibassess.org>"],
    subject="Request for inclusive assessment arrangements - school 00-7714",
    body=f"""Dear Assessment Access team,

Please find attached our request for inclusive assessment arrangements for one
candidate in the May session, together with the supporting evidence summary.
The full psychologist's report can be uploaded to the portal if required.

School code: 00-7714

Kind regards,
{SIG_OKAFOR}
{DISC_EN}
""",
    attachments=[{"kind": "pdf", "name": "IAA_request_kph412.pdf", "title": "Inclusive assessment arrangements",
                  "lines": [
                      "Inclusive Assessment Arrangements - Request",
                      "School: Hinode International School (00-7714)",
                      f"Candidate: Astrid Nyberg    Candidate code: kph412    DOB: {dstr(_dob17, 'iso')}",
                      "Evidence: educational psychologist report, 12 Jan 2026 (Dr. R. Ambrose)",
                      "Diagnosis: specific learning difficulty (dyslexia), generalised anxiety disorder",
                      "Current treatment: CBT with a clinical psychologist since 2024",
                      "Requested: 25% additional time; separate room; rest breaks",
                      "Signed: D. Okafor, DP Coordinator",
                  ]}])

# 018 — parent's credit card number relayed to the payment processor
add(18, "stop", ["PERSON_NAME", "CREDIT_CARD"], ["personal_data"],
    "a parent's full card number and expiry forwarded to an outside payment company",
    charset="utf-8", sender=HART, to=["support@paynext-gateway.co.jp"],
    subject="Manual charge - application fee (Ref APP-26-0198)",
    body=f"""Hello PayNext support,

The online form failed for one family, so the father read his card details to us
over the phone. Could you please process the application fee manually?

Cardholder: Mikael Aaltonen
Card number: {card()}
Expiry: 09/29
Amount: JPY 33,000 (application fee, ref APP-26-0198)

Please confirm once charged and send the receipt to admissions@hinode-sangyo.co.jp.

Thanks,
Emily Hart
Admissions Office
""")

# 019 — local staff My Numbers (年末調整) to the tax accountant, 和暦 birth dates
_j19 = japanese(3)
_l19 = []
for kanji, kana, romaji in _j19:
    _l19.append(f"・{kanji}（{kana}）　生年月日：{dstr(birthday(1968, 1994), 'wareki')}　個人番号：{mynum('spaced')}")
add(19, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], ["personal_data"],
    "three staff My Numbers with birth dates sent to the outside tax accountant",
    charset="cp932", sender=SHIMAZU, to=["星野会計事務所 水主様 <kako@hoshino-tax.jp>"],
    subject="年末調整　扶養控除等申告書の不足分について",
    body=f"""星野会計事務所
水主様

いつも大変お世話になっております。
日の出インターナショナルスクール総務課の嶋津です。

先日ご指摘いただいた扶養控除等申告書の個人番号記載漏れの3名分、
本人に確認が取れましたので以下にお知らせいたします。

{chr(10).join(_l19)}

申告書原本は本日レターパックで発送いたしました。
お手数をおかけしますが、よろしくお願いいたします。

{SIG_SHIMAZU}
""")

# 020 — departing teacher: pension number, residence card, bank account to the 社労士
_rc20 = residence_card()
add(20, "stop", ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "JP_RESIDENCE_CARD", "JP_BANK_ACCOUNT"],
    ["personal_data"],
    "a teacher's basic pension number, residence card and bank account sent to a labour consultant",
    charset="iso-2022-jp", sender=SHIMAZU, to=["奏社会保険労務士事務所 <info@kanade-sr.jp>"],
    subject="脱退一時金請求の代行依頼（退職教員1名）",
    body=f"""奏社会保険労務士事務所
ご担当者様

お世話になっております。日の出インターナショナルスクールの嶋津です。
6月末で退職し帰国する教員について、脱退一時金の請求代行をお願いしたく
必要事項をお送りします。

氏名：Matilda Forsythe（マチルダ・フォーサイス）
基礎年金番号：{R.randint(1000, 9999)}-{R.randint(100000, 999999)}
在留カード番号：{_rc20}
出国予定日：2026年7月3日
振込先：みどり銀行 麻布支店 普通 {R.randint(1000000, 9999999)}　名義 フォーサイス マチルダ

本人の委任状は郵送で手配済みです。
ご不明点があればお知らせください。

{SIG_SHIMAZU}
""")

# 021 — look-alike of the bus partner's domain (swapped letters)
add(21, "stop", [], ["lookalike_domain"],
    "recipient domain aoba-unuy.co.jp is a letter-swap of the partner aoba-unyu.co.jp",
    charset="iso-2022-jp", sender=TOBARI, to=["羽鳥 様 <hatori@aoba-unuy.co.jp>"],
    subject="10/14 短縮授業に伴う夕方便の繰り上げ",
    body=f"""青葉運輸株式会社　羽鳥様

お世話になっております。戸張です。
先日お伝えしておりました10月14日（水）の短縮授業の件、正式に決定しました。

夕方便　通常 15:40 発 → 13:10 発（全ルート）

朝便は通常どおりです。運転手の皆様への周知をお願いいたします。

{SIG_TOBARI}
""")

# 022 — one child's nut allergy to the cafeteria caterer (either)
add(22, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one new pupil's peanut allergy (health data) to the school caterer: needed for service, arguably sensitive",
    charset="cp932", sender=MINOWA, to=["北国フーズ 学校給食課 <school-lunch@kitaguni-foods.co.jp>"],
    subject="新入生のアレルギー対応について（1名）",
    body="""北国フーズ株式会社
学校給食課 ご担当者様

いつもお世話になっております。日の出インターナショナルスクール保健室の箕輪です。

9月から入学する Grade 1 の児童1名について、除去食のご対応をお願いいたします。

　児童名：Leilani Santos（レイラニ・サントス）1B
　アレルゲン：落花生（ピーナッツ）、カシューナッツ
　重症度：アナフィラキシーの既往あり（エピペン所持）
　対応：完全除去、調理器具の共用不可

献立表へのマーク付けも併せてお願いできれば幸いです。

箕輪 ひかり
日の出インターナショナルスクール 保健室
""")

# 023 — internal HR mail sent to a look-alike of the company's own domain
add(23, "stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["lookalike_domain", "personal_data"],
    "salary account change meant for payroll sent to hinode-sangyou.co.jp, a look-alike of the own domain",
    charset="utf-8", sender=LINDQVIST, to=["Payroll <payroll@hinode-sangyou.co.jp>"],
    subject="Bank account change - Rohan Menon (from September salary)",
    body=f"""Hi payroll team,

Rohan Menon (Science, staff no. T-2219) has moved his salary account. Please use the
new details from the September run:

  Bank: Midori Bank, Hiroo branch (code 214)
  Account: ordinary {R.randint(1000000, 9999999)}
  Name: MENON ROHAN

The old Shinsei account should be closed after August.

Thanks,
Marcus
""")

# 024 — board finance report PDF stamped CONFIDENTIAL to the external auditor
add(24, "stop", [], ["confidential_marking"],
    "a PDF stamped CONFIDENTIAL in its header sent to an external auditor",
    charset="utf-8", sender=WHITFIELD, to=["Keiichi Morozumi <k.morozumi@aozora-audit.jp>"],
    subject="Board finance pack for FY2025 audit",
    body=f"""Dear Mr Morozumi,

As requested, attached is the finance pack presented to the Board of Governors
on 20 June, including the enrolment forecast and the capital plan for the new
sports hall.

Our finance manager, Ms Himi, will be your contact for the fieldwork.

Kind regards,
{SIG_WHITFIELD}
""",
    attachments=[{"kind": "pdf", "name": "Board_Finance_Pack_FY2025.pdf", "page_header": "CONFIDENTIAL",
                  "page_footer": "Confidential - Board of Governors only",
                  "title": "Board Finance Pack FY2025",
                  "lines": ["Board of Governors - Finance Pack FY2025",
                            "1. Operating result: surplus JPY 148.2m (budget 120.0m)",
                            "2. Enrolment: 812 students (Aug 2025), forecast 845 (Aug 2026)",
                            "3. Tuition increase proposal: +4.5% from 2026-27",
                            "4. Capital plan: sports hall, JPY 2.1bn over 3 years",
                            "5. Reserves policy: 4 months of operating cost"]}])

# 025 — 【社外秘】 salary scale to the relocation firm
add(25, "stop", [], ["confidential_marking"],
    "subject and body marked 【社外秘】 sent to an outside relocation company",
    charset="iso-2022-jp", sender=LINDQVIST, to=["Relocation Desk <desk@globalmove-japan.com>"],
    subject="【社外秘】Teacher salary scale 2026-27 for housing budget planning",
    body="""Dear Relocation Desk,

To help you shortlist apartments within budget for our six incoming teachers, here
is the relevant part of our 2026-27 salary scale and housing allowance.

【社外秘】

  Band   Annual salary (JPY)     Housing allowance / month
  T1     5,400,000-6,100,000     150,000
  T2     6,100,000-7,200,000     180,000
  T3     7,200,000-8,400,000     200,000
  Lead   8,400,000-9,600,000     220,000

Teachers with families receive an additional 40,000/month.
Please use this only for the search brief.

Best,
Marcus Lindqvist
HR & Faculty Recruitment
""")

# =====================================================================================
# 026–050
# =====================================================================================

# 026 — application documents in a password ZIP to the agent
_kids26 = foreign(3)
add(26, "stop", [], ["unscannable_attachment"],
    "encrypted ZIP (password sent separately) to an external agent: contents cannot be inspected",
    charset="utf-8", sender=HART, to=["Rebecca Tan <rebecca.tan@brightpath-edu.com>"],
    subject="Offer packs for your three families",
    body="""Hi Rebecca,

Attached are the offer packs for the three families we discussed (offer letter,
fee schedule and enrolment contract). The ZIP is password-protected; I'll send
the password in a separate e-mail in a few minutes.

Acceptance deadline is 15 March.

Emily
""",
    attachments=[{"kind": "zip", "name": "offer_packs_0302.zip", "password": "HIS-0302-ofr",
                  "files": [{"kind": "pdf", "name": f"offer_{n.split()[-1]}.pdf",
                             "lines": [f"Offer of a place - {n}", "Grade 4, August 2026", "Fees: see schedule"]}
                            for n in _kids26]}])

# 027 — corrupt scan of a health form to a clinic
add(27, "stop", [], ["unscannable_attachment"],
    "the attached PDF is damaged and cannot be read; sent to an outside clinic",
    charset="cp932", sender=MINOWA, to=["広尾キッズクリニック 受付 <uketsuke@hiroo-kids-clinic.jp>"],
    subject="健康診断票のご送付（日の出インターナショナルスクール）",
    body="""広尾キッズクリニック　受付ご担当者様

いつもお世話になっております。日の出インターナショナルスクール保健室の箕輪です。
お電話でご依頼のありました健康診断票をスキャンしてお送りいたします。
読み取れない箇所がございましたらご連絡ください。

箕輪 ひかり
""",
    attachments=[{"kind": "corrupt", "name": "health_form_scan_0917.pdf"}])

# 028 — NDA discussion with the school-IT partner
add(28, "pass", [], [], "mail about the NDA and a data-migration project; no personal data or marking",
    charset="iso-2022-jp", sender=KITO, to=["ツバサシステム 営業部 真壁様 <makabe@tsubasa-system.jp>"],
    subject="Re: 校務システム移行プロジェクト　秘密保持契約書（案）について",
    body="""ツバサシステム株式会社
営業部　真壁様

お世話になっております。日の出産業 情報システム部の鬼頭です。

秘密保持契約書（案）拝受しました。法務と確認し、以下2点のみコメントがございます。

・第3条（秘密情報の範囲）：生徒・保護者の個人データを明示的に含める旨を追記希望
・第9条（有効期間）：契約終了後5年 → 契約終了後も個人データについては存続、としたい

上記反映版をいただけましたら、押印手続きに進めます。
移行リハーサルは契約締結後、11月第2週を想定しております。

鬼頭

> 鬼頭様
> 先日はありがとうございました。秘密保持契約書の弊社ひな形をお送りしますので
> ご確認のほどよろしくお願いいたします。
> ツバサシステム　真壁
""")

# 029 — session dates to the exam board, with the standard disclaimer
add(29, "pass", [], [], "ordinary exam-session logistics to the exam board; the disclaimer is not a marking",
    charset="utf-8", sender=OKAFOR, to=["Exams Operations <operations@ibassess.org>"],
    subject="November session - confirmation of exam dates and courier pick-up",
    body=f"""Dear Exams Operations,

This is to confirm that school 00-7714 will follow the published timetable for the
November session with no alternative dates requested. Scripts will be ready for
courier pick-up at 16:00 on each exam day; our dispatch contact is the Exams Office
(exams@hinode-sangyo.co.jp, ext. 218).

We have 14 candidates registered for November, all retakes.

With best regards,
{SIG_OKAFOR}
{DISC_EN}
""")

# 030 — hotel list for the Kyoto trip (businesses) to the travel agency
add(30, "pass", [], [], "list of hotels and their switchboards: businesses, not people",
    charset="cp932", sender=DUBOIS, to=["Horizon Travel - School Groups <groups@horizon-travel.co.jp>"],
    subject="Grade 8 Kyoto/Nara trip - hotel options",
    body="""Hello,

Thanks for the proposal. Of the options you sent, we would like quotes for the
three hotels below (2 nights, 64 students + 8 staff, twin/triple rooms):

・京都ステーションホテル東館　京都府京都市下京区東塩小路町8-2　TEL 075-341-7712
・ホテル嵐山テラス　京都府京都市右京区嵯峨天龍寺芒ノ馬場町11　TEL 075-861-0304
・奈良公園ロッジ　奈良県奈良市春日野町3-1　TEL 0742-22-5810

We need all students on the same floor(s) and a separate staff room per floor.
Breakfast included; dinner for night 1 only.

Many thanks,
""" + SIG_DUBOIS)

# 031 — visa (COE) applications: three teachers' passports in an XLSX to the law firm
_rows31 = [["在留資格認定証明書交付申請　新任教員一覧"], [],
           ["Name", "Nationality", "DOB", "Passport No.", "Passport expiry", "Subject"]]
for name, nat in zip(foreign(3), ["GBR", "USA", "AUS"]):
    _rows31.append([name, nat, dstr(birthday(1982, 1996), "iso"), passport_for(nat),
                    f"20{R.randint(29, 35)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
                    R.choice(["Maths", "Drama", "PE", "Chemistry", "Grade 3 homeroom"])])
add(31, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], ["personal_data"],
    "three new teachers' passport numbers and DOB in an XLSX sent to the immigration lawyers",
    charset="utf-8", sender=LINDQVIST, to=["白川法律事務所 入管チーム <immigration@shirakawa-law.jp>"],
    subject="COE applications - 3 new hires for August",
    body=f"""Dear Immigration team,

Please find attached the details for the three teachers we need Certificates of
Eligibility for (status: Instructor). Contracts and degree certificates will follow
by courier this week.

As always, thank you for your help with this.

{SIG_LINDQVIST}
""",
    attachments=[{"kind": "xlsx", "name": "COE_new_hires_Aug.xlsx", "sheets": {"Teachers": _rows31}}])

# 032 — the trip leader's mobile to the travel agency (one person)
add(32, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one staff member's mobile given as on-trip contact to the travel agency",
    charset="utf-8", sender=DUBOIS, to=["groups@horizon-travel.co.jp"],
    subject="Re: Grade 8 Kyoto/Nara trip - emergency contact",
    body=f"""Hello again,

For the emergency contact on the rooming sheet, please use our trip leader:

  Mr Elias Brandt - {mobile()} (personal mobile, 24h during the trip)

The school phone I usually carry will be with the second group.

Best,
Claire
""")

# 033 — Singapore trip: 18 students' passports in an XLSX
_rows33 = [["Singapore Service Trip 2026 - Participant list"], [],
           ["#", "Surname", "Given names", "Sex", "Date of birth", "Nationality", "Passport No.", "Expiry"]]
for i, name in enumerate(mixed(18, 0.4), 1):
    parts = name.split()
    nat = "JPN" if name in [j[2] for j in JAPANESE] else R.choice(["GBR", "USA", "AUS", "IND", "FRA", "DEU", "CAN"])
    _rows33.append([i, parts[-1].upper(), " ".join(parts[:-1]).upper(), R.choice("MF"),
                    dstr(birthday(2010, 2011), "eu"), nat, passport_for(nat),
                    f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/20{R.randint(28, 34)}"])
add(33, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], ["personal_data"],
    "18 students' passport numbers and DOB in a spreadsheet to the travel agency",
    charset="utf-8", sender=DUBOIS, to=["Horizon Travel - School Groups <groups@horizon-travel.co.jp>"],
    subject="Singapore service trip - passport list for flight booking",
    body=f"""Hello,

Attached is the participant list for the Singapore service trip (Grade 10), for the
group booking with the airline. Two students are still renewing passports; I'll
update those rows as soon as the new numbers come in.

Thanks,

{SIG_DUBOIS}
""",
    attachments=[{"kind": "xlsx", "name": "SG_trip_passports.xlsx", "title": "Singapore trip participants",
                  "sheets": {"Participants": _rows33, "Staff": [["Name", "Role"], ["Claire Dubois", "Leader"],
                                                               ["Elias Brandt", "Staff"]]}}])

# 034 — internal admissions committee pack (passports etc.), all internal
_rows34 = []
for name in mixed(8, 0.3):
    nat = R.choice(["USA", "GBR", "IND", "JPN", "FRA"])
    _rows34.append([name, dstr(birthday(2013, 2018), "iso"), nat, passport_for(nat), R.choice(["G1", "G2", "G4", "G6", "G7"]),
                    R.choice(["Accept", "Accept", "Waitlist", "EAL support needed"])])
add(34, "pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], [],
    "admissions committee list with passports, recipients all internal",
    charset="utf-8", sender=HART, to=["admissions-committee@hinode-sangyo.co.jp"],
    cc=["Sarah Whitfield <s.whitfield@hinode-sangyo.co.jp>"],
    subject="Committee 18 Feb - applicant summary",
    body=f"""Dear committee members,

Here is the summary for Thursday. Full files are on the Admissions drive.

{table(["Applicant", "DOB", "Nat", "Passport", "Entry", "Recommendation"], _rows34)}

Emily
""")

# 035 — graduates' university destinations to a magazine (either)
_rows35 = []
for name in mixed(6, 0.34):
    _rows35.append(f"{name} - {R.choice(['University of Toronto', 'Keio University (PEARL)', 'King’s College London', 'Waseda SILS', 'UC San Diego', 'University of Melbourne', 'ETH Zürich'])}")
add(35, "either", ["PERSON_NAME"], ["personal_data"],
    "six named graduates with their universities for a magazine feature: a published honour roll or a list of people",
    charset="utf-8", sender=KIRARA, to=["Editorial <editorial@tokyo-family-mag.jp>"],
    subject="Class of 2026 destinations - for the December issue",
    body=f"""Dear editors,

Following your request for the feature on international schools, here are some of
our Class of 2026 graduates and where they are heading (families have agreed to
be named):

{chr(10).join(_rows35)}

Overall, 96% of the class started university this autumn, in 14 countries. I can
send photos from graduation if useful.

Best regards,
{SIG_KIRARA}
""")

# 036 — itinerary to three external organisations in To
add(36, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three external organisations (agency, hotel, guide company) can see each other in To",
    charset="iso-2022-jp", sender=DUBOIS,
    to=["groups@horizon-travel.co.jp", "Front Office <front@sakura-hotel.jp>",
        "Kyoto Heritage Guides <booking@kyoto-heritage-guides.jp>"],
    subject="Grade 8 trip - final itinerary (v3)",
    body="""Dear all,

Please find below the final itinerary for our Grade 8 trip. Thank you all for your
patience with the changes.

Day 1 (Tue)  08:10 Tokyo Stn (Shinkansen Nozomi 17) - 10:24 Kyoto
             Fushimi Inari with guides (4 groups), lunch boxes
             16:30 check-in
Day 2 (Wed)  Nara day trip: Todaiji, Kasuga Taisha, deer park
             Evening: reflection session in the hotel meeting room
Day 3 (Thu)  Arashiyama bamboo grove, Tenryuji; 15:12 Kyoto - 17:33 Tokyo

Numbers: 64 students, 8 staff. Any question, please reply to me only.

Claire Dubois
Hinode International School
""")

# 037 — three-way mail: travel agency + hotel (two organisations)
add(37, "pass", [], ["multiple_external_domains"],
    "ordinary three-way mail with two external organisations in To/Cc",
    charset="utf-8", sender=DUBOIS, to=["Front Office <front@sakura-hotel.jp>"],
    cc=["groups@horizon-travel.co.jp"],
    subject="Grade 8 trip - meeting room on Wednesday evening",
    body="""Dear Front Office,

Horizon Travel (in copy) tells me you can offer the Hagi meeting room on Wednesday
from 19:30 to 21:00 for our reflection session. That would be perfect. We'll need
a projector and about 70 chairs in rows; no catering needed.

Could you confirm directly to both of us? Thank you!

Claire Dubois
Outdoor Education & Trips Coordinator
""")

# 038 — four teacher candidates in To of one interview mail
add(38, "stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "four job candidates on different free-mail domains can see each other in To",
    charset="utf-8", sender=LINDQVIST,
    to=["Grace Whitcombe <grace.whitcombe@gmail.com>", "tomas.rehak@outlook.com",
        "Nkechi Adeyemi <nkechi.adeyemi@yahoo.com>", "Ben Carrow <bencarrow@icloud.com>"],
    subject="Hinode International School - Secondary English interviews",
    body=f"""Dear candidates,

Thank you for your applications for the Secondary English position. We are pleased
to invite you to a first-round video interview with our Head of Secondary and
myself. Interviews are 45 minutes, including a 10-minute sample lesson segment on
a poem of your choice (Grade 9 level).

Please pick a slot via the link below by Friday:
https://calendar.example/his-english-2026

{SIG_LINDQVIST}
""")

# 039 — one candidate on free mail: interview scheduling
add(39, "pass", [], ["freemail_recipient"], "interview scheduling with one candidate on free mail",
    charset="iso-2022-jp", sender=LINDQVIST, to=["Ines Alvarez <ines.alvarez.teach@outlook.com>"],
    subject="Re: Interview - Grade 2 homeroom",
    body="""Dear Ines,

Thursday 7pm Tokyo time (11am Madrid) works well. Sarah Whitfield, our Head of
School, will join for the second half.

We'll use the same video link as last time. Please have your two referees' contact
details ready - we usually call them the week after the final interview.

Best wishes,
Marcus

> Dear Marcus, thank you for the invitation. Would Thursday evening your time work?
> Kind regards, Ines
""")

# 040 — HR of four sponsoring companies all in To
add(40, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "HR contacts of four sponsoring companies visible to each other in To",
    charset="utf-8", sender=HIMI,
    to=["人事部 厚生課 <kosei@kawasaki-denki.co.jp>", "Benefits Team <benefits.jp@nordwind-chemicals.co.jp>",
        "hr-tokyo@pacifica-shipping.com", "Expat Services <expat@alpenbank-tokyo.jp>"],
    subject="Notice of tuition adjustment 2026-27 / 2026-27年度 授業料改定のお知らせ",
    body=f"""Dear corporate partners,

Thank you for your continued support of our families. We write to inform you that,
following approval by the Board of Governors, tuition fees for the 2026-27 academic
year will increase by 4.5%. The revised fee schedule is available on request and
will be reflected in invoices from Term 1.

平素より大変お世話になっております。2026-27年度の授業料を4.5%改定いたしますので
お知らせ申し上げます。新しい料金表はご請求いただければお送りいたします。

{SIG_HIMI}
""")

# 041 — list of sponsoring companies (businesses) with corporate numbers to the auditor
_cos41 = [("川崎電機株式会社", "東京都大田区下丸子3-18-2", "03-3759-1100", "0108"),
          ("Nordwind Chemicals K.K.", "東京都千代田区丸の内1-4-5", "03-6212-4800", "0100"),
          ("Pacifica Shipping Japan G.K.", "神奈川県横浜市中区海岸通4-23", "045-211-3090", "0200"),
          ("アルペンバンク東京支店", "東京都港区虎ノ門4-1-28", "03-5404-7700", "0104"),
          ("北斗精機株式会社", "東京都品川区大崎2-11-1", "03-3490-5561", "0107"),
          ("Lumen Pharma Japan K.K.", "東京都中央区日本橋本町2-2-2", "03-6880-0150", "0100")]
_rows41 = [[c, corp_number(pfx + f"{R.randint(10000000, 99999999)}"), a, t, f"{R.randint(3, 21)}"] for c, a, t, pfx in _cos41]
add(41, "pass", ["JP_CORPORATE_NUMBER"], ["personal_data"],
    "list of sponsoring companies with 法人番号, addresses and switchboards: businesses, not people",
    charset="cp932", sender=HIMI, to=["諸角 様 <k.morozumi@aozora-audit.jp>"],
    subject="監査資料：授業料法人負担先一覧（2025年度）",
    body=f"""あおぞら監査法人
諸角様

お世話になっております。経理課の氷見です。
ご依頼の授業料法人負担先一覧（2025年度末時点）をお送りします。

{table(["法人名", "法人番号", "所在地", "代表電話", "対象生徒数"], _rows41)}

残高確認状は上記6社宛に発送済みです。

{SIG_HIMI}
""")

# 042 — FW: a parent's mail with their child's diagnosis, forwarded to the after-school provider
add(42, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "forwarded parent mail (new text to the recipient) with a child's autism diagnosis to an outside provider",
    charset="utf-8", sender=RAMAN, to=["Kids Plus After School <office@kidsplus-afterschool.jp>"],
    subject="FW: Omar - after-school club",
    body="""Hello Kids Plus team,

Forwarding the note below from Omar's mother, who asked us to pass it on before he
starts your Tuesday club. Happy to talk through strategies that work for him in class.

Priya Raman
Learning Support Coordinator
""",
    attachments=[{"kind": "eml", "name": "Omar_after_school.eml", "message": {
        "charset": "utf-8", "sender": "Leila Haddad <leila.haddad@gmail.com>",
        "to": ["Priya Raman <p.raman@hinode-sangyo.co.jp>"],
        "subject": "Omar - after-school club",
        "body": """Dear Ms Raman,

Omar (Grade 3) will start the Kids Plus club on Tuesdays. As you know he was
diagnosed with autism spectrum disorder last year and also has a mild hearing loss
in his left ear. Loud, unstructured rooms are hard for him; a quiet corner and a
visual timetable help a lot. Could you let the club staff know?

Many thanks,
Leila Haddad"""}}])

# 043 — counsellor's referral to a psychiatric clinic (self-harm, depression)
add(43, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "counsellor's referral naming a student with self-harm and suspected depression to an outside clinic",
    charset="iso-2022-jp", sender="Anna Kowalczyk <a.kowalczyk@hinode-sangyo.co.jp>",
    to=["青山こころクリニック 予約係 <yoyaku@aoyama-kokoro-clinic.jp>"],
    subject="Referral - adolescent patient (English-speaking)",
    body=f"""Dear Dr Shiba,

Following our phone conversation, I am referring one of our students for
assessment. Her parents have consented and will call to book.

Name: Ananya Pillai, Grade 10, DOB {dstr(birthday(2010, 2010), "en")}
Presenting concerns: low mood for about four months, withdrawal from friends,
disclosed self-harm (superficial cutting) to me on 2 September. Suspected
depressive episode; no previous psychiatric history.
Safety plan in place at school. Mother's mobile: {mobile("intl")}

I am happy to provide a school report if helpful.

Anna Kowalczyk
School Counsellor, Hinode International School
""")

# 044 — internal: learning-support list to teachers on the internal subdomain
_rows44 = []
for name in mixed(7, 0.3):
    _rows44.append(f"・{name}（{R.choice(['G3', 'G4', 'G5'])}）：{R.choice(['Dyslexia – reader & extra time', 'ADHD – seat near front, movement breaks', 'ASD – visual schedule, warn before transitions', 'Dyscalculia – calculator allowed', 'Hearing impairment (L) – seat right side'])}")
add(44, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "learning-support needs list to teaching staff on an internal subdomain",
    charset="utf-8", sender=RAMAN, to=["upper-elementary@intl.hinode-sangyo.co.jp"],
    subject="Learning support roster - Upper Elementary, Term 1",
    body=f"""Dear Upper Elementary team,

Here is the current learning support roster for Term 1. Please keep it on the
shared drive only.

{chr(10).join(_rows44)}

I'll be in each homeroom during week 2 to check in.

{SIG_RAMAN}
""")

# 045 — SEN list (CSV, CP932) of nine students to a speech-therapy company
_rows45 = [["氏名", "学年", "生年月日", "診断・所見", "頻度"]]
for name in mixed(9, 0.45, "kanji"):
    _rows45.append([name, R.choice(["K2", "G1", "G2"]), dstr(birthday(2018, 2021), "slash"),
                    R.choice(["構音障害", "吃音", "自閉スペクトラム症・言語発達遅滞", "口蓋裂術後", "難聴（両側軽度）", "発達性言語障害"]),
                    R.choice(["週1", "隔週"])])
add(45, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "nine children with DOB and speech/developmental diagnoses in a CSV to an outside therapy company",
    charset="cp932", sender=RAMAN, to=["ことばの森 訪問言語療法 <info@kotoba-mori-st.jp>"],
    subject="2学期 訪問言語療法 対象児一覧",
    body="""ことばの森　ご担当者様

いつもお世話になっております。日の出インターナショナルスクールの Priya Raman です。
2学期の訪問セッション対象児の一覧をお送りします（CSV、9名）。
時間割はこれまでどおり火曜・木曜の午前でお願いいたします。

Priya Raman
Learning Support Coordinator
""",
    attachments=[{"kind": "csv", "name": "ST_caseload_T2.csv", "rows": _rows45}])

# 046 — dietary list with religion (halal, kosher) to the hotel
_rows46 = []
for name in mixed(7, 0.15):
    _rows46.append([name, R.choice(["8A", "8B", "8C"]),
                    R.choice(["Halal (Muslim) - no pork, no alcohol in cooking", "Kosher (Jewish) - no pork/shellfish, no meat+dairy",
                              "Hindu - no beef", "Jain - no root vegetables", "Halal (Muslim)", "Vegetarian (Buddhist)"])])
add(46, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "seven named students with their religion-based diets (religion is 要配慮) sent to a hotel",
    charset="utf-8", sender=DUBOIS, to=["Restaurant Manager <fnb@sakura-hotel.jp>"],
    subject="Grade 8 stay - special meals by student",
    body=f"""Dear Restaurant Manager,

As promised, here are the students who need special meals during the stay, with
the reason so the kitchen can plan properly:

{table(["Student", "Class", "Requirement"], _rows46)}

Could the special meals be labelled with the student's name at the buffet?

Thank you,
Claire Dubois
""")

# 047 — protection order / father's arrest to the bus company (Japanese)
add(47, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a father's arrest and a protection order concerning a named pupil sent to the bus company",
    charset="iso-2022-jp", sender=TOBARI, to=["羽鳥 様 <hatori@aoba-unyu.co.jp>"],
    subject="【至急】Cルート 乗車児童の引き渡しについて",
    body=f"""青葉運輸株式会社　羽鳥様

お世話になっております。戸張です。至急のお願いです。

Cルート乗車の 小鳥遊 蓮 さん（Grade 4）について、父親が先月DVの容疑で逮捕され、
現在、裁判所の保護命令（接近禁止）が出ていると母親から連絡がありました。

・降車時は必ず母親または祖母（小鳥遊 和子様）への引き渡しをお願いします
・父親が停留所に現れた場合は降車させず、そのまま学校へ戻ってください
・学校への連絡：03-5447-2203（戸張）

運転手・添乗員の方への周知をお願いいたします。

{SIG_TOBARI}
""")

# 048 — reply to the bus company; their roster is only quoted
_q48 = "\n".join(f"> {n}  {mobile()}  {R.choice(['広尾駅2番出口', '有栖川公園南門', '青葉台三丁目'])}" for n in mixed(6, 0.5, "kanji"))
add(48, "pass", [], [], "short confirmation; the roster with phones is only in the quoted text",
    charset="iso-2022-jp", sender=TOBARI, to=["羽鳥 様 <hatori@aoba-unyu.co.jp>"],
    subject="Re: Cルート 乗車確認表",
    body=f"""羽鳥様

ご確認ありがとうございます。内容で相違ございません。
来週からこちらで運行をお願いいたします。

戸張

-----Original Message-----
From: 羽鳥 <hatori@aoba-unyu.co.jp>
Sent: Monday, September 7, 2026 10:12 AM
To: 戸張 健吾 <k.tobari@hinode-sangyo.co.jp>
Subject: Cルート 乗車確認表

戸張様
添乗員用の確認表を作成しました。相違がないかご確認ください。
{_q48}
青葉運輸　羽鳥
""")

# 049 — teacher candidate shortlist (DOB, e-mail, phone) to an outside recruiter
_rows49 = []
for name in foreign(6):
    _rows49.append(f"""{name}
  DOB: {dstr(birthday(1978, 1995), "en")} | {email_for(name, R.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com"]))} | {R.choice(["+44 7", "+61 4", "+1 415 ", "+353 8"])}{R.randint(10000000, 99999999)}
  Currently: {R.choice(["IB Maths HL, Dubai", "MYP Science, Hong Kong", "PYP G3, Madrid", "DP English, Singapore", "Drama, London"])}""")
add(49, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "six candidates with DOB, e-mail and phone (one block each) sent to an outside recruiter",
    charset="utf-8", sender=LINDQVIST, to=["Fiona Grant <fiona@teachabroad-search.com>"],
    subject="Shortlist for reference checks",
    body=f"""Hi Fiona,

These are the six we'd like you to run reference checks on this week:

{chr(10).join(_rows49)}

Please prioritise the first two - we'd like to offer before the Dubai fair.

Thanks!
Marcus
""")

# 050 — a candidate's criminal conviction revealed by the background check, to the recruiter
add(50, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named candidate's criminal conviction (police certificate) sent to an outside recruiter",
    charset="utf-8", sender=LINDQVIST, to=["Fiona Grant <fiona@teachabroad-search.com>"],
    subject="Re: Offer - William Ashford",
    body="""Hi Fiona,

I'm afraid we have to pause the offer to William Ashford. His ACRO police certificate
came back showing a 2017 conviction for driving with excess alcohol (12-month ban)
and a caution for common assault in 2015, neither of which he declared on our
application form. Our safer recruitment policy requires us to discuss it with him
and the Head before we go further.

Could you let him know we'll be in touch by Friday? Please don't share the details.

Marcus
""")

# =====================================================================================
# 051–075
# =====================================================================================

# 051 — staff health-check results (XLSX, 和暦) to the occupational-health clinic
_rows51 = [["令和8年度 定期健康診断結果一覧（教職員）"], ["※産業医面談対象者の抽出用"],
           ["氏名", "フリガナ", "生年月日", "血圧", "HbA1c", "所見", "判定"]]
for kanji, kana, romaji in japanese(4):
    _rows51.append([kanji, kana, dstr(birthday(1962, 1990), "wareki_short"), f"{R.randint(118, 168)}/{R.randint(72, 104)}",
                    f"{R.choice([5.4, 5.9, 6.6, 7.2])}", R.choice(["高血圧症 治療中", "脂質異常", "要精密検査（胸部X線）", "糖尿病 経過観察", "異常なし"]),
                    R.choice(["C", "D2", "B", "E"])])
for name in foreign(3):
    _rows51.append([name, "", dstr(birthday(1970, 1992), "wareki_short"), f"{R.randint(118, 168)}/{R.randint(72, 104)}",
                    f"{R.choice([5.2, 5.7, 6.1])}", R.choice(["肝機能異常", "不整脈（要精査）", "異常なし"]), R.choice(["C", "B", "D1"])])
add(51, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "seven staff members' health-check results with birth dates in an XLSX to an outside clinic",
    charset="cp932", sender=SHIMAZU, to=["品川メディカルクリニック 産業保健室 <sangyo@shinagawa-medical.or.jp>"],
    subject="健診結果一覧のご送付（産業医面談の件）",
    body=f"""品川メディカルクリニック
産業保健室　ご担当者様

いつもお世話になっております。
来月の産業医面談に向けて、判定C以上の教職員の健診結果一覧をお送りします。
面談日程は別途調整させてください。

{SIG_SHIMAZU}
""",
    attachments=[{"kind": "xlsx", "name": "kenshin_R8_youtaisho.xlsx", "sheets": {"結果一覧": _rows51}}])

# 052 — health-insurance card number (adding a dependant) to the insurance broker
add(52, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], ["personal_data"],
    "a teacher's health insurance card symbol/number and a dependant's DOB sent to an outside broker",
    charset="utf-8", sender=SHIMAZU, to=["Hoken Partners - Corporate <corporate@hoken-partners.co.jp>"],
    subject="Adding a dependant to the group medical plan - Mr Tariq Rahman",
    body=f"""Dear Corporate team,

Please add the following dependant to our top-up group medical plan, effective
1 October:

Employee: Tariq Rahman (Maths)
Health insurance card: 記号 {R.randint(1000, 9999)}  番号 {R.randint(10, 999)}  (保険者番号 0613{R.randint(1000, 9999)})
Dependant: Yasmin Rahman (daughter), born {dstr(birthday(2026, 2026), "en")}

The copy of the birth certificate will follow by post.

Thank you,
Reina Shimazu
General Affairs, Hinode International School
""")

# 053 — minivan drivers' licence numbers (legacy XLS) to the motor insurer
_rows53 = [["運転者名", "生年月日", "免許証番号", "有効期限", "種別"]]
for name in mixed(5, 0.6, "kanji"):
    _rows53.append([name, dstr(birthday(1965, 1992), "iso"), f"{R.choice(['30', '31'])}{R.randint(1000000000, 9999999999)}",
                    f"20{R.randint(27, 31)}/{R.randint(1, 12):02d}/{R.randint(1, 28):02d}", R.choice(["普通", "中型", "準中型"])])
add(53, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], ["personal_data"],
    "five drivers' licence numbers with birth dates in a legacy XLS sent to the motor insurer",
    charset="iso-2022-jp", sender=TOBARI, to=["ときわ損保 法人営業 <houjin@tokiwa-sonpo.co.jp>"],
    subject="スクールワゴン 運転者限定特約の更新",
    body=f"""ときわ損害保険株式会社
法人営業部 ご担当者様

お世話になっております。日の出インターナショナルスクールの戸張です。
スクールワゴン2台（品川 300 さ 12-34 / 品川 300 さ 56-78）の更新にあたり、
運転者一覧をお送りします。前年から1名追加となっております。

{SIG_TOBARI}
""",
    attachments=[{"kind": "xls", "name": "driver_list_2026.xls", "sheets": {"運転者": _rows53}}])

# 054 — PTA class directory (XLSX, 3 sheets) to the printer
def _dir_rows(n: int) -> list[list[str]]:
    out = [["Student", "Parent(s)", "Phone", "E-mail", "Address"]]
    for name in mixed(n, 0.35):
        last = name.split()[-1]
        parents = R.choice([f"Anna & Paul {last}", f"Kenji & Mari {last}", f"Sunita {last}", f"Marc {last}"])
        out.append([name, parents, mobile(), email_for(parents), addr(R.choice(["en", "ja"]))])
    return out


add(54, "stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"], ["personal_data"],
    "PTA class directory (families' phones, e-mails, addresses) in an XLSX sent to the printer",
    charset="iso-2022-jp", sender=ANZAI, to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="PTA class directory 2026-27 - print data",
    body="""Dear Nishiki Insatsu team,

Attached is the data for this year's PTA class directory (A5, 40 pages, 300 copies),
same layout as last year. One sheet per grade; we will send Grades 4-12 next week.

Could we have the first proof by 2 October?

Best regards,
Yuki Anzai-Brown
Community & PTA Liaison
""",
    attachments=[{"kind": "xlsx", "name": "class_directory_K-G3.xlsx", "title": "PTA Class Directory",
                  "sheets": {"K": _dir_rows(6), "G1-G2": _dir_rows(7), "G3": _dir_rows(5)}}])

# 055 — yearbook quote / order number with the printer (pass)
add(55, "pass", [], [], "yearbook print order with quote and order numbers; no personal data",
    charset="cp932", sender=KIRARA, to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="Re: 2026年度イヤーブック お見積り（見積No. NI-Q-26-1187）",
    body="""錦印刷株式会社 営業部
ご担当者様

お世話になっております。雲母です。
お見積り（見積No. NI-Q-26-1187）の内容で正式に発注いたします。

・仕様：A4変形 ハードカバー 168ページ オールカラー
・部数：420部
・金額：2,310,000円（税別）
・入稿：2027年3月15日／納品：2027年5月28日
・発注番号（当校）：PO-HIS-0427

表紙の箔押しはゴールドでお願いいたします。

雲母 純 / Jun Kirara
Alumni Relations & Development
""")

# 056 — alumni postal list in a (non-encrypted) ZIP to the printer for the mailing
_rows56 = [["氏名", "卒業年", "郵便番号", "住所"]]
for name in mixed(12, 0.5, "kanji"):
    a = addr(R.choice(["ja", "chome"]))
    _rows56.append([name, str(R.choice([1998, 2003, 2008, 2013, 2018])), R.choice(TOWNS)[2], a])
add(56, "stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "twelve alumni's home addresses in a CSV inside an unencrypted ZIP sent to the printer",
    charset="utf-8", sender=KIRARA, to=["発送チーム <hassou@nishiki-insatsu.co.jp>"],
    subject="同窓会報 発送用宛名データ",
    body="""錦印刷 発送チーム 御中

いつもお世話になっております。日の出インターナショナルスクールの雲母です。
同窓会報（秋号）の国内発送分の宛名データをお送りします。
海外発送分はこちらで対応しますので、国内分のみで結構です。

雲母
""",
    attachments=[{"kind": "zip", "name": "alumni_mailing_autumn.zip",
                  "files": [{"kind": "csv", "name": "domestic_labels.csv", "rows": _rows56},
                            {"kind": "txt", "name": "readme.txt", "text": "宛名ラベル：エーワン 28315 / 1行目郵便番号"}]}])

# 057 — teacher on sick leave, to the supply-teacher agency (either)
add(57, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "names a teacher on medical leave after surgery to a supply agency: health info, but only the fact of leave",
    charset="utf-8", sender=OKAFOR, to=["Bookings <bookings@supplyteach-tokyo.com>"],
    subject="Cover needed - Chemistry, 3 weeks from Monday",
    body=f"""Hello,

We need a Chemistry cover teacher (MYP 4-5 and DP SL) for three weeks from Monday.
Our teacher, Dr Clara Esposito, is on medical leave following surgery and is
expected back on 2 November.

Lessons are planned and on our LMS; the cover teacher would have a mentor in the
department. Please send CVs of available teachers by Thursday.

{SIG_OKAFOR}
""")

# 058 — HTML-only football roster (DOB, parent phones) to an outside coaching company
_tr58 = "".join(
    f"<tr><td>{n}</td><td>{dstr(birthday(2015, 2017), 'us')}</td><td>{R.choice(['U10', 'U11'])}</td><td>{mobile(R.choice(['jp', 'intl']))}</td></tr>"
    for n in mixed(10, 0.4))
add(58, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "HTML-only mail with a table of ten children, birth dates and parent phones to an outside coaching company",
    charset="utf-8", sender="Ryan Mitchell <r.mitchell@hinode-sangyo.co.jp>",
    to=["Coach Daisuke <daisuke@kickoff-soccer.jp>"],
    subject="After-school football - Term 1 squad",
    html=f"""<html><body>
<p>Hi Daisuke,</p>
<p>Here is the Term 1 squad for the Wednesday after-school football sessions. Please
register them for the league; birth dates are needed for the age groups.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Player</th><th>DOB (MM/DD/YYYY)</th><th>Group</th><th>Parent phone</th></tr>
{_tr58}
</table>
<p>Thanks,<br>Ryan Mitchell<br>PE Department, Hinode International School</p>
</body></html>""")

# 059 — scholarship recipients' family bank accounts to the foundation
_rows59 = []
for name in mixed(5, 0.6, "kanji"):
    _rows59.append([name, R.choice(["G9", "G10", "G11"]), R.choice(["みどり銀行", "ゆうちょ銀行", "東西信用金庫"]),
                    R.choice(["本店", "麻布支店", "五反田支店", "豊洲支店"]), "普通", f"{R.randint(1000000, 9999999)}",
                    f"{R.choice([300000, 450000, 600000]):,}円"])
add(59, "stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "five scholarship families' bank accounts sent to an outside foundation",
    charset="cp932", sender=HIMI, to=["ひなた奨学財団 事務局 <jimukyoku@hinata-scholarship.or.jp>"],
    subject="2026年度 奨学金給付対象者の振込先について",
    body=f"""公益財団法人ひなた奨学財団
事務局 御中

平素より大変お世話になっております。
2026年度の給付対象者5名の振込先を取りまとめましたのでお送りします。

{table(["生徒氏名", "学年", "銀行", "支店", "種別", "口座番号", "給付額"], _rows59, rule="－")}

口座名義はいずれも保護者名義です。ご確認をお願いいたします。

{SIG_HIMI}
""")

# 060 — tuition refund with the reason (hospitalised for depression) to the bank
add(60, "stop", ["PERSON_NAME", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"], ["personal_data"],
    "refund request naming a student hospitalised for depression, with the parent's account, to the bank",
    charset="iso-2022-jp", sender=HIMI, to=["みどり銀行 麻布支店 法人係 <azabu-houjin@midori-ginko.co.jp>"],
    subject="授業料返金の振込依頼（1件）",
    body=f"""みどり銀行 麻布支店
法人係　ご担当者様

いつもお世話になっております。日の出産業 教育事業部 経理課の氷見です。
下記のとおり授業料返金の振込をお願いいたします。

返金先：Dmitri Volkov 様（保護者）
　　　　みどり銀行 広尾支店 普通 {R.randint(1000000, 9999999)}
金額　：1,120,000円
事由　：生徒 Sasha Volkov（Grade 11）がうつ病のため入院し、
　　　　2学期末をもって退学となったため（日割り返金）

振込依頼書は本日中にFAXいたします。

{SIG_HIMI}
""")

# 061 — HTML-only: new enrolments (DOB, address, parent e-mail) to the IT vendor for import
_tr61 = "".join(
    f"<tr><td>{n}</td><td>{dstr(birthday(2012, 2020), 'iso')}</td><td>{addr('zip')}</td><td>{email_for(n)}</td></tr>"
    for n in mixed(6, 0.5))
add(61, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "EMAIL_ADDRESS"], ["personal_data"],
    "HTML table of six new students with DOB, home address and parent e-mail sent to the IT vendor",
    charset="utf-8", sender=KITO, to=["サポートデスク <support@tsubasa-system.jp>"],
    subject="【取込依頼】9月編入生データ",
    html=f"""<div style="font-family:Meiryo,sans-serif">
<p>ツバサシステム サポートデスク ご担当者様</p>
<p>お世話になっております。日の出産業 情報システム部の鬼頭です。<br>
9月編入生6名を校務システムに取り込んでいただけますでしょうか。CSVが作れない環境のため、表で失礼します。</p>
<table border="1" style="border-collapse:collapse">
<tr><th>生徒氏名</th><th>生年月日</th><th>住所</th><th>保護者メール</th></tr>
{_tr61}
</table>
<p>取込後、確認のご連絡をお願いいたします。</p>
<p>鬼頭 修平<br>日の出産業株式会社 情報システム部</p>
</div>""")

# 062 — strategy slides with an "Internal Only" footer to a consultant
add(62, "stop", [], ["confidential_marking"],
    "PPTX with an 'Internal Only' footer on every slide sent to an outside consultant",
    charset="utf-8", sender=WHITFIELD, to=["Mark Lowell <mark.lowell@edvisory-partners.com>"],
    subject="Strategic plan draft for Thursday's workshop",
    body=f"""Hi Mark,

Ahead of Thursday's workshop, here is the current draft of our 2027-2032 strategic
plan deck. Slides 4-6 are where I'd most like your challenge.

See you Thursday,
{SIG_WHITFIELD}
""",
    attachments=[{"kind": "pptx", "name": "HIS_Strategic_Plan_2027-32_draft.pptx", "page_footer": "Internal Only",
                  "slides": [["Strategic Plan 2027-2032", "Draft for leadership workshop"],
                             ["Where we are", "812 students, 58 nationalities", "Waitlists in EY and G1-3"],
                             ["Growth options", "Second campus (Toyosu) 2029", "Boarding house feasibility"],
                             ["Fees", "+4.5% p.a. through 2029", "Sibling discount review"],
                             ["Faculty", "Retention: housing allowance +10%", "Local hire pathway"],
                             ["Risks", "Corporate sponsorship decline", "Yen volatility"]]}])

# 063 — NDA wording with the law firm (pass)
add(63, "pass", [], [], "discussion of a confidentiality agreement with the law firm; the words are topic, not marking",
    charset="iso-2022-jp", sender=SHIMAZU, to=["白川法律事務所 弁護士 乙部先生 <otobe@shirakawa-law.jp>"],
    subject="スクールバス運行委託契約　秘密保持条項のご相談",
    body=f"""白川法律事務所
乙部先生

いつも大変お世話になっております。日の出インターナショナルスクール総務課の嶋津です。

スクールバス運行委託契約の更新にあたり、秘密保持条項についてご相談させてください。
現行契約では「機密情報」の定義が営業情報に限られており、生徒の氏名・住所などの
個人情報の取扱いが明記されておりません。

１．個人情報の目的外利用の禁止と、契約終了時の返却・消去
２．再委託の事前承諾
３．漏えい時の報告期限（24時間以内）

上記を盛り込んだ条項案をご作成いただくことは可能でしょうか。
来週中にお打ち合わせの時間をいただけますと幸いです。

{SIG_SHIMAZU}
""")

# 064 — fee structure XLSX with a 取扱注意 page header to a sponsor
add(64, "stop", [], ["confidential_marking"],
    "spreadsheet classified 取扱注意 in its page header sent to a sponsoring company",
    charset="cp932", sender=HIMI, to=["Expat Services <expat@alpenbank-tokyo.jp>"],
    subject="2026-27年度 法人向け授業料体系（ご参考）",
    body="""アルペンバンク東京支店
Expat Services ご担当者様

お世話になっております。経理課の氷見です。
お問い合わせいただいた法人契約向けの授業料体系をお送りいたします。
社内でのご検討にお使いください。

氷見
""",
    attachments=[{"kind": "xlsx", "name": "corporate_fee_structure_2026-27.xlsx", "page_header": "取扱注意",
                  "sheets": {"授業料": [["区分", "入学金", "年間授業料", "施設費", "法人割引"],
                                       ["Early Years", 300000, 2280000, 250000, "3%"],
                                       ["Elementary", 300000, 2640000, 250000, "3%"],
                                       ["Middle", 300000, 2860000, 300000, "5% (5名以上)"],
                                       ["High School", 300000, 3010000, 300000, "5% (5名以上)"]]}}])

# 065 — report card as a protected PDF to a parent on gmail
add(65, "stop", [], ["unscannable_attachment", "freemail_recipient"],
    "password-protected PDF (cannot be inspected) sent to a parent's free-mail address",
    charset="utf-8", sender="Rachel Finch <r.finch@hinode-sangyo.co.jp>", to=["omar.haddad.tokyo@gmail.com"],
    subject="Semester 1 report - Grade 3",
    body="""Dear Mr Haddad,

Please find Omar's Semester 1 report attached. As with all reports, the PDF is
protected; the password is his student ID followed by his birth year.

I'm looking forward to our conference on the 20th.

Best wishes,
Rachel Finch
Grade 3 Homeroom Teacher
""",
    attachments=[{"kind": "pdf", "name": "S1_report_G3.pdf", "password": "HIS24117",
                  "lines": ["Semester 1 Report", "Grade 3 - Homeroom 3B", "Literacy: Meeting expectations"]}])

# 066 — damaged XLSX roster to the bus company
add(66, "stop", [], ["unscannable_attachment"],
    "the attached bus roster workbook is corrupt and cannot be inspected",
    charset="iso-2022-jp", sender=TOBARI, to=["配車センター <haisha@aoba-unyu.co.jp>"],
    subject="Dルート 乗車名簿（差し替え版）",
    body=f"""配車センター ご担当者様

お世話になっております。戸張です。
Dルートの乗車名簿、差し替え版をお送りします。前回版は破棄してください。

{SIG_TOBARI}
""",
    attachments=[{"kind": "corrupt", "name": "Droute_roster_v2.xlsx"}])

# 067 — visa documents in an encrypted ZIP to the law firm
add(67, "stop", [], ["unscannable_attachment"],
    "AES-encrypted ZIP of visa documents sent outside: contents cannot be inspected",
    charset="utf-8", sender=LINDQVIST, to=["immigration@shirakawa-law.jp"],
    subject="Visa renewal documents - two teachers (ZIP)",
    body="""Dear Immigration team,

Attached are the scanned documents for the two renewals due in November
(passport copies, residence cards, employment certificates, tax certificates).
Password to follow by phone, as agreed.

Best regards,
Marcus Lindqvist
""",
    attachments=[{"kind": "zip", "name": "visa_renewal_Nov.zip", "password": "shirakawa-1125",
                  "files": [{"kind": "pdf", "name": "Petrov_docs.pdf", "lines": ["Passport copy", "Residence card copy"]},
                            {"kind": "pdf", "name": "Jensen_docs.pdf", "lines": ["Passport copy", "Residence card copy"]}]}])

# 068 — direct-debit list to a look-alike of the bank's domain (dropped "co.")
_rows68 = []
for name in mixed(8, 0.5, "kana"):
    _rows68.append(",".join([name, R.choice(["0001", "0005", "0009", "0150"]), f"{R.randint(100, 899):03d}", "1",
                             f"{R.randint(1000000, 9999999)}", f"{R.choice([880000, 960000, 1005000])}"]))
add(68, "stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["lookalike_domain", "personal_data"],
    "eight parents' bank accounts for direct debit sent to midori-ginko.jp, a look-alike of midori-ginko.co.jp",
    charset="cp932", sender=HIMI, to=["口座振替センター <furikae@midori-ginko.jp>"],
    subject="口座振替依頼データ（9月分・追加8件）",
    body=f"""みどり銀行 口座振替センター御中

いつもお世話になっております。日の出産業 教育事業部 経理課の氷見です。
9月分の口座振替依頼の追加8件を以下に記載いたします（カンマ区切り）。

口座名義,銀行コード,支店コード,預金種目,口座番号,金額
{chr(10).join(_rows68)}

委託者コード：7714-0032
よろしくお願いいたします。

{SIG_HIMI}
""")

# 069 — internal: SIS export CSV between internal teams (pass)
_rows69 = [["student_id", "name", "dob", "grade", "parent_email", "parent_mobile"]]
for name in mixed(10, 0.4):
    _rows69.append([f"S{R.randint(24000, 26999)}", name, dstr(birthday(2011, 2019), "iso"), R.choice(["G1", "G3", "G6", "G9"]),
                    email_for(name), mobile()])
add(69, "pass", ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"], [],
    "student data export exchanged between internal teams only",
    charset="utf-8", sender=KITO, to=["Emily Hart <e.hart@hinode-sangyo.co.jp>"],
    cc=["sis-admin@intl.hinode-sangyo.co.jp"],
    subject="SIS export for the re-enrolment campaign",
    body="""Emily,

Here's the export you asked for (students without a re-enrolment form yet). Please
delete the file once the mail merge is done.

Shuhei Kito
IT (school)
""",
    attachments=[{"kind": "csv", "name": "reenrol_missing.csv", "encoding": "utf-8", "rows": _rows69}])

# 070 — cafeteria menu counts to the caterer (pass)
add(70, "pass", [], [], "meal counts by grade to the caterer: numbers only",
    charset="cp932", sender=TOBARI, to=["北国フーズ 学校給食課 <school-lunch@kitaguni-foods.co.jp>"],
    subject="10月分 給食数のご連絡",
    body="""北国フーズ株式会社 学校給食課 御中

お世話になっております。戸張です。10月分の給食数をご連絡いたします。

　学年　　　　通常食　ベジタリアン　除去食
　ＥＹ　　　　　５８　　　　　６　　　　３
　Ｇ１〜Ｇ５　２６４　　　　１８　　　　９
　Ｇ６〜Ｇ８　１７１　　　　１２　　　　４

10/14（水）は短縮授業のため給食なし、10/23（金）は遠足のためＧ３のみお弁当対応です。

戸張
""")

# 071 — yearbook proof to a look-alike of the printer (dropped letter)
add(71, "stop", [], ["lookalike_domain"],
    "recipient nishiki-insatu.co.jp drops a letter of the partner nishiki-insatsu.co.jp",
    charset="utf-8", sender=KIRARA, to=["制作部 <seisaku@nishiki-insatu.co.jp>"],
    subject="Re: イヤーブック 初校 修正指示",
    body="""錦印刷 制作部 ご担当者様

初校ありがとうございました。修正指示をお送りします。

p.12　写真キャプション「Grade 5 Camp」→「Grade 5 Camp at Lake Sai」
p.37　クラブ紹介の順序：Robotics と Chess を入れ替え
p.88　校長メッセージ 3段落目の "principle" → "principal"

再校は11月20日までにいただけますでしょうか。

雲母
""")

# 072 — staff minutes meant for colleagues, to a look-alike of the own domain (hyphen for dot)
add(72, "stop", [], ["lookalike_domain"],
    "internal minutes sent to hinode-sangyo-co.jp, a hyphen-for-dot look-alike of the own domain",
    charset="utf-8", sender=OKAFOR, to=["secondary-staff@hinode-sangyo-co.jp"],
    subject="Secondary staff meeting - minutes 9 Sept",
    body="""Dear colleagues,

Minutes from Wednesday's meeting:

1. Mock exam timetable confirmed: 23 Nov - 4 Dec (Sports Hall).
2. Extended Essay internal deadline moved to 15 January.
3. Phone policy: collected at registration for Grades 6-8 from Term 2.
4. CAS showcase: 12 March, evening, parents invited.

Next meeting: 14 October.

Daniel
""")

# 073 — visa question to a look-alike of the law firm (digit 1 for l)
add(73, "stop", [], ["lookalike_domain"],
    "recipient domain shirakawa-1aw.jp replaces 'l' with '1' in the partner shirakawa-law.jp",
    charset="utf-8", sender=LINDQVIST, to=["Immigration Team <immigration@shirakawa-1aw.jp>"],
    subject="Question: spouse of a new hire - dependent visa or own status?",
    body="""Dear Immigration team,

Quick question before we draft an offer: one of our new hires' spouses is a qualified
nurse in her home country. Would she need to come on a Dependent visa first and change
status later, or can she apply for her own status from abroad if she already has a job
offer from a Japanese hospital?

No rush - sometime this week is fine.

Best,
Marcus
""")

# 074 — alumni update to one alumnus at his employer (pass)
add(74, "pass", [], [], "alumni relations mail to one alumnus; classmates mentioned by name only",
    charset="iso-2022-jp", sender=KIRARA, to=["Kenta Usami <kenta.usami@hokuto-seiki.co.jp>"],
    subject="Career Day 2027 - would you speak?",
    body="""Dear Kenta,

It was lovely to catch up at the reunion. As mentioned, we are planning Career Day
for 19 February and would love you to speak to our Grade 11 students about
engineering in Japan. Your classmates Mei and Itsuki have already said yes!

Sessions are 40 minutes, in English, with time for questions. We can cover
transport and lunch.

Warm regards,
Jun Kirara
Alumni Relations & Development
""")

# 075 — full-width emergency contacts with 和暦 birth dates to a temp agency
_b75 = []
for kanji, kana, romaji in japanese(5):
    _b75.append(f"""■{kanji}（{kana}）
　生年月日：{dstr(birthday(1960, 1985), 'wareki_zen')}
　緊急連絡先：{mobile('zen')}（{R.choice(['配偶者', '本人', '長男', '母'])}）""")
add(75, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "five support staff's birth dates and emergency phones (full-width digits, 和暦) sent to a temp agency",
    charset="iso-2022-jp", sender=SHIMAZU, to=["ハロースタッフィング 派遣管理課 <haken@hello-staffing.co.jp>"],
    subject="派遣スタッフ　緊急連絡先の確認について",
    body=f"""ハロースタッフィング株式会社
派遣管理課　ご担当者様

お世話になっております。日の出インターナショナルスクール総務課の嶋津です。
避難訓練に向けて、当校に派遣いただいている事務スタッフ５名の緊急連絡先を
確認いたしました。貴社の登録内容と相違がないかご確認ください。

{chr(10).join(_b75)}

相違がありましたら、今週中にご連絡いただけますと助かります。

{SIG_SHIMAZU}
""")

# =====================================================================================
# 076–100
# =====================================================================================

# 076 — five teachers' residence-card numbers in a DOCX table to the housing agent
_rows76 = [["Teacher", "Nationality", "Residence card no.", "Card valid until", "Apartment"]]
for name in foreign(5):
    _rows76.append([name, R.choice(["United Kingdom", "Canada", "Ireland", "South Africa", "India"]), residence_card(),
                    f"20{R.randint(27, 29)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}", f"Shirokane Garden {R.choice([201, 305, 402, 502, 603])}"])
add(76, "stop", ["PERSON_NAME", "JP_RESIDENCE_CARD"], ["personal_data"],
    "five teachers' residence card numbers in a DOCX table sent to the letting agent",
    charset="utf-8", sender=LINDQVIST, to=["Kana Oyamada <k.oyamada@minato-homes.co.jp>"],
    subject="Residence card details for the lease renewals",
    body="""Dear Ms Oyamada,

For the renewal of the five corporate leases at Shirokane Garden, the owner's
management company asked for the tenants' current residence card details. They
are in the attached document.

Kind regards,
Marcus Lindqvist
HR & Faculty Recruitment
""",
    attachments=[{"kind": "docx", "name": "tenants_residence_cards.docx",
                  "paragraphs": ["Shirokane Garden - corporate lease renewals (Hinode Sangyo Co., Ltd.)",
                                 "Tenant residence card details as of 1 September"],
                  "tables": [_rows76]}])

# 077 — My Numbers of six staff in a PDF table to the payroll outsourcer
_rows77 = [["氏名", "個人番号", "住所"]]
for name in mixed(6, 0.67, "kanji"):
    _rows77.append([name, mynum("spaced"), addr("ja", building=False)])
add(77, "stop", ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "six staff My Numbers with home addresses in a PDF sent to an outside payroll company",
    charset="cp932", sender=SHIMAZU, to=["給与ナビ 導入担当 <onboarding@kyuyo-navi.co.jp>"],
    subject="給与計算委託開始に伴う従業員情報（第2回送付分）",
    body=f"""給与ナビ株式会社
導入担当　ご担当者様

お世話になっております。日の出インターナショナルスクール総務課の嶋津です。
10月入社・異動者6名分の従業員情報（個人番号・住所）をPDFにてお送りします。

{SIG_SHIMAZU}
""",
    attachments=[{"kind": "pdf", "name": "employees_batch2.pdf", "title": "従業員情報 第2回",
                  "lines": ["給与計算委託 従業員情報（第2回）", "日の出産業株式会社 教育事業部", ""],
                  "table": _rows77}])

# 078 — parents' card numbers for the trip fee in a CSV to the travel agency
_rows78 = [["Parent name", "Student", "Card number", "Exp", "Amount (JPY)"]]
for name in foreign(5):
    kid = R.choice(["Lily", "Sam", "Ari", "Zoe", "Finn", "Ravi", "Nico"]) + " " + name.split()[-1]
    _rows78.append([name, kid, card("dashed"), f"{R.randint(1, 12):02d}/{R.randint(27, 31)}", "248,000"])
add(78, "stop", ["PERSON_NAME", "CREDIT_CARD"], ["personal_data"],
    "five parents' credit card numbers in a CSV sent to the travel agency",
    charset="utf-8", sender=DUBOIS, to=["Horizon Travel - Accounts <accounts@horizon-travel.co.jp>"],
    subject="Singapore trip - card payments (parents who asked to pay by card)",
    body="""Hello Accounts team,

Five families asked to pay the Singapore trip balance by card rather than bank
transfer. Their details are in the attached CSV - could you charge them directly?

Thanks,
Claire Dubois
""",
    attachments=[{"kind": "csv", "name": "card_payments_SG.csv", "encoding": "cp932", "rows": _rows78}])

# 079 — FW of an internal medical briefing to the outdoor-activity operator
_rows79 = []
for name in mixed(5, 0.4):
    _rows79.append(f"  {name} - {R.choice(['asthma, reliever inhaler', 'type 1 diabetes, insulin pump', 'severe bee-sting allergy (EpiPen)', 'epilepsy, controlled', 'heart murmur - no strenuous exercise'])}")
add(79, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "forward of the nurse's internal briefing (students' conditions) to an outside activity operator",
    charset="utf-8", sender=DUBOIS, to=["Field Team <field@kiyosato-outdoor.jp>"],
    subject="Fwd: G6 camp - students with medical needs",
    body=f"""Hi field team,

Forwarding Hikari's briefing so your instructors know who to keep an eye on.

Claire

---------- Forwarded message ---------
From: Hikari Minowa <h.minowa@hinode-sangyo.co.jp>
Date: Fri, 18 Sep 2026 at 15:02
Subject: G6 camp - students with medical needs
To: Grade 6 team <grade6@hinode-sangyo.co.jp>

Hi all, students on the camp with medical needs:
{chr(10).join(_rows79)}
Medication is in the red bag. Please read the care plans in the trip folder.
Hikari
""")

# 080 — reply with a new list (names, addresses, phones) while quoting the bus company
_rows80 = []
for name in mixed(6, 0.5, "kanji"):
    _rows80.append(f"{name}\t{addr(R.choice(['ja', 'zip']), building=False)}\t{mobile()}")
add(80, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "new text of a reply lists six students' addresses and parent phones for the bus company",
    charset="iso-2022-jp", sender=TOBARI, to=["羽鳥 様 <hatori@aoba-unyu.co.jp>"],
    subject="Re: Dルート新設　乗車予定者について",
    body=f"""羽鳥様

お世話になっております。戸張です。
ご依頼の乗車予定者（6名）の住所と保護者連絡先です。ルート作成にご利用ください。

{chr(10).join(_rows80)}

よろしくお願いいたします。
戸張

> 戸張様
> Dルート新設の件、ルート案を作成しますので乗車予定者の住所を
> お知らせいただけますでしょうか。
> 青葉運輸　羽鳥
""")

# 081 — internal: My Numbers to the company's own payroll team
_rows81 = []
for kanji, kana, romaji in japanese(4):
    _rows81.append([kanji, kana, mynum("plain")])
add(81, "pass", ["PERSON_NAME", "JP_MY_NUMBER"], [],
    "My Numbers sent to the company's own payroll section: all recipients internal",
    charset="cp932", sender=SHIMAZU, to=["本社 人事部 給与課 <kyuyo@hinode-sangyo.co.jp>"],
    subject="【個人番号】10月入社者分",
    body=f"""給与課 ご担当者様

教育事業部（スクール）総務の嶋津です。
10月入社の現地採用スタッフ4名の個人番号をお知らせします。
本人確認書類の写しは社内便でお送りしました。

{table(["氏名", "フリガナ", "個人番号"], _rows81)}

嶋津
""")

# 082 — reply to a parent about the trip; the allergy detail is only in the quoted text
add(82, "pass", [], ["freemail_recipient"],
    "logistics reply to one parent on free mail; the child's allergy appears only in quoted text",
    charset="iso-2022-jp", sender=DUBOIS, to=["Miyuki Sogo <sogo.miyuki@yahoo.co.jp>"],
    subject="Re: Grade 6 camp - question about meals",
    body="""Dear Mrs Sogo,

Thank you for letting us know - it's all noted and the kitchen at the camp has
confirmed they can prepare separate meals. Itsuki will sit at the staff table at
mealtimes so we can check every dish.

Please pack his medication in a labelled zip bag and hand it to me at the bus on
Monday morning.

Best regards,
Claire Dubois

On Wed, 16 Sep 2026, Miyuki Sogo <sogo.miyuki@yahoo.co.jp> wrote:
> Dear Ms Dubois,
> Itsuki has a severe egg and milk allergy (anaphylaxis in 2023). He carries an
> EpiPen. Could you make sure the camp kitchen knows?
> Miyuki Sogo
""")

# 083 — three teachers registered for a workshop, with their school e-mails
add(83, "pass", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
    "three staff names and work e-mails registered with a workshop provider: a few people",
    charset="utf-8", sender=OKAFOR, to=["Registrations <register@asia-pd-workshops.com>"],
    subject="Registration - DP Category 2 workshop, Singapore (Nov)",
    body=f"""Dear Registrations team,

Please register the following three teachers from Hinode International School for
the DP Category 2 workshops in Singapore, 14-16 November:

1. Clara Esposito - Chemistry - c.esposito@hinode-sangyo.co.jp
2. Jonas Schmidt - Economics - j.schmidt@hinode-sangyo.co.jp
3. 九十九 さくら (Sakura Tsukumo) - Japanese A - s.tsukumo@hinode-sangyo.co.jp

Invoice to the school please, PO number PO-HIS-0391.

{SIG_OKAFOR}
""")

# 084 — uniform order (DOCX order form) with order numbers to the supplier
add(84, "pass", [], [], "uniform restock order with product codes and a PO number",
    charset="cp932", sender=SHIMAZU, to=["神田テーラー 法人営業 <hojin@tailor-kanda.co.jp>"],
    subject="制服追加発注（PO-HIS-0415）",
    body="""神田テーラー株式会社
法人営業部　ご担当者様

いつもお世話になっております。
制服の追加発注書を添付いたします。9月末納品でお願いできますでしょうか。

発注番号：PO-HIS-0415

嶋津
""",
    attachments=[{"kind": "docx", "name": "PO-HIS-0415_uniform.docx",
                  "paragraphs": ["発注書　PO-HIS-0415", "日の出インターナショナルスクール 総務課", "納期：2026年9月30日"],
                  "tables": [[["品番", "品名", "サイズ", "数量", "単価"],
                              ["HIS-PL-NV-120", "ポロシャツ 紺", "120", "30", "2,900"],
                              ["HIS-PL-NV-140", "ポロシャツ 紺", "140", "45", "2,900"],
                              ["HIS-BZ-GR-M", "ブレザー グレー", "M", "12", "14,800"],
                              ["HIS-PE-SH-S", "体操服 半袖", "S", "40", "1,650"]]]}])

# 085 — job offer to one candidate on free mail
add(85, "pass", [], ["freemail_recipient"], "offer letter to the candidate herself on free mail",
    charset="utf-8", sender=LINDQVIST, to=["Grace Whitcombe <grace.whitcombe@gmail.com>"],
    subject="Offer of employment - Secondary English Teacher",
    body=f"""Dear Grace,

On behalf of Hinode International School, I am delighted to offer you the position of
Secondary English Teacher from 1 August 2027, on a two-year contract.

Salary: Band T2, JPY 6,450,000 per year
Housing allowance: JPY 180,000 per month
Flights: one return flight per year; relocation allowance JPY 300,000
Visa: the school sponsors your Instructor visa

The contract is attached to our HR portal invitation, which you will receive
separately. We would be grateful for your answer within ten days.

Congratulations - we very much hope you'll join us.

{SIG_LINDQVIST}
{DISC_EN}
""")

# 086 — mention of keeping papers confidential (not a marking) to the host school
add(86, "pass", [], [], "asks to keep exam papers confidential until the end of the session: a mention, not a marking",
    charset="utf-8", sender=OKAFOR, to=["Exams Officer <exams@seaside-intl.ac.jp>"],
    subject="Re: May session - storage of our papers",
    body=f"""Dear colleague,

Thank you for confirming the rooms. Our exam papers will be delivered to your
centre by courier on 28 April (tracking 7731 4402 9185). Please keep them sealed in
your secure store: as you know, papers must remain confidential until 24 hours
after the exam in every time zone.

Our invigilator will carry the attendance register on the day.

With thanks,
{SIG_OKAFOR}
""")

# 087 — tasting event with the caterer, Japanese disclaimer (pass)
add(87, "pass", [], [], "ordinary event planning with the caterer; the Japanese disclaimer is not a marking",
    charset="iso-2022-jp", sender=ANZAI, to=["北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>"],
    subject="保護者向け試食会（11/6）の件",
    body=f"""北国フーズ株式会社
営業部　ご担当者様

いつもお世話になっております。日の出インターナショナルスクールのAnzai-Brownです。

11月6日（金）10:00〜11:30、保護者向けの給食試食会を予定しております。
・参加予定：保護者 約40名
・メニュー：10月の人気メニューから3品（ベジタリアン1品を含む）
・会場：カフェテリア

お見積りと、当日の人員体制についてご提案いただけますでしょうか。

Yuki Anzai-Brown
Community & PTA Liaison
{DISC_JA}
""")

# 088 — school calendar, HTML-only, families in Bcc (pass)
add(88, "pass", [], ["freemail_recipient"],
    "calendar newsletter with families in Bcc; no personal data",
    charset="utf-8", sender=ANZAI, to=["families@hinode-sangyo.co.jp"],
    bcc=["bennett.family@gmail.com", "ritu.desai@icloud.com", "kohiruimaki.m@yahoo.co.jp",
         "holm.family@outlook.jp", "e.moreau@hotmail.com", "minai-kaede@ezweb.ne.jp",
         "jinguji.y@softbank.ne.jp"],
    subject="October at HIS - dates for your calendar",
    html="""<html><body style="font-family:Arial">
<h2>October at HIS</h2>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Date</th><th>Event</th><th>Who</th></tr>
<tr><td>Fri 2 Oct</td><td>Sports Day (Komazawa Olympic Park)</td><td>G1-G8</td></tr>
<tr><td>Wed 14 Oct</td><td>Early dismissal 13:00 (staff PD)</td><td>All</td></tr>
<tr><td>Mon 19 - Fri 23 Oct</td><td>Mid-term break</td><td>All</td></tr>
<tr><td>Sat 24 Oct</td><td>Autumn Fair 10:00-15:00</td><td>Whole community</td></tr>
<tr><td>Thu 29 Oct</td><td>Halloween parade (EY)</td><td>EY families</td></tr>
</table>
<p>Buses run on the early-dismissal timetable on 14 October.</p>
<p>HIS Community Office</p>
</body></html>""")

# 089 — proposed new bus stops (public places, with addresses) to the bus partner (pass)
add(89, "pass", [], [], "proposed bus stops at public locations with street addresses: no personal data",
    charset="cp932", sender=TOBARI, to=["羽鳥 様 <hatori@aoba-unyu.co.jp>"],
    subject="Dルート 停留所案",
    body=f"""羽鳥様

お世話になっております。戸張です。
Dルートの停留所案です。いずれも駐停車可能か現地確認をお願いできますでしょうか。

1. 豊洲駅 7番出口前（東京都江東区豊洲4-1-1付近）
2. 豊洲公園 西側入口（東京都江東区豊洲2-3-6付近）
3. 月島第二児童公園前（東京都中央区月島3-7付近）
4. 勝どき駅 A4出口（東京都中央区勝どき2-10付近）

朝の出発は7:00を想定しています。

{SIG_TOBARI}
""")

# 090 — moderation samples shipment: tracking numbers (pass)
add(90, "pass", [], [], "courier booking with tracking and account numbers; no personal data",
    charset="utf-8", sender="Exams Office <exams@hinode-sangyo.co.jp>", to=["Tokyo Hub <tokyo-hub@swiftair-express.com>"],
    subject="Pick-up request - 3 parcels to Cardiff (acct 5520-7741)",
    body="""Hello,

Please arrange a pick-up tomorrow (Thursday) between 14:00 and 16:00 for three
parcels of moderation samples going to the assessment centre in Cardiff.

Account: 5520-7741
Waybills: 4410 2209 7731, 4410 2209 7742, 4410 2209 7753
Weight: 2.1 kg / 1.8 kg / 3.4 kg, documents only, no commercial value

Pick-up address: Exams Office, Hinode International School, 5-2-18 Minami-Azabu,
Minato-ku, Tokyo (main reception, ask for ext. 218).

Thank you,
Exams Office
Hinode International School
""")

# 091 — maintenance notice from the IT partner, forwarded (eml) to staff + reply to the vendor (pass)
add(91, "pass", [], [], "maintenance window confirmation with the IT partner; a vendor notice attached, no personal data",
    charset="iso-2022-jp", sender=KITO, to=["サポートデスク <support@tsubasa-system.jp>"],
    subject="Re: 【ご案内】校務システム定期メンテナンス（10/10）",
    body="""ツバサシステム サポートデスク ご担当者様

ご案内ありがとうございます。10月10日（土）22:00〜翌2:00のメンテナンス、承知いたしました。
当日は成績入力の締切日ではないため、影響はございません。
念のため、いただいたご案内を添付のうえ教職員へ周知いたします。

鬼頭
""",
    attachments=[{"kind": "eml", "name": "maintenance_notice.eml", "message": {
        "charset": "iso-2022-jp", "sender": "ツバサシステム サポートデスク <support@tsubasa-system.jp>",
        "to": ["鬼頭 修平 <s.kito@hinode-sangyo.co.jp>"],
        "subject": "【ご案内】校務システム定期メンテナンス（10/10）",
        "body": """日の出産業株式会社 鬼頭様

いつもご利用いただきありがとうございます。
下記日程で定期メンテナンスを実施いたします。

日時：10月10日（土）22:00〜11日（日）2:00
内容：データベースのバージョンアップ、証明書更新
影響：メンテナンス中は保護者ポータル・教職員画面ともにご利用いただけません

ツバサシステム株式会社 サポートデスク
TEL 0120-33-7810"""}}])

# 092 — the school's bank details (a company account) to a parent on gmail (pass)
add(92, "pass", [], ["freemail_recipient"],
    "the school's own company bank account given to one parent on free mail",
    charset="utf-8", sender=HIMI, to=["Noah Fischer <n.fischer.tokyo@gmail.com>"],
    subject="Re: Paying the enrolment deposit from abroad",
    body=f"""Dear Mr Fischer,

Thank you for your e-mail. For an international transfer, please use the following:

Beneficiary: Hinode Sangyo Co., Ltd.
Bank: Midori Bank, Ltd., Azabu Branch
SWIFT: MDRBJPJT
Account: 0412776 (ordinary)
Reference: invoice number DEP-2026-0219

Please add the student's name in the remittance note; transfer fees are borne by
the sender.

Kind regards,
Sanae Himi
Finance, Hinode International School
""")

# 093 — one new student joining a route: address and parent phone (pass, few people)
add(93, "pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "one student's pick-up address and parent phone to the bus partner: a single person",
    charset="iso-2022-jp", sender=TOBARI, to=["羽鳥 様 <hatori@aoba-unyu.co.jp>"],
    subject="Bルート 乗車者追加（1名）",
    body=f"""羽鳥様

お世話になっております。戸張です。
10月5日（月）からBルートに1名追加となります。

　生徒氏名：Elias Brandt Jr.（エリアス・ブラント）G4
　乗車場所：{addr("ja")} 前
　保護者連絡先：{mobile()}（母）

停留所「青葉台三丁目交差点」の次に寄っていただく形で問題ないでしょうか。

{SIG_TOBARI}
""")

# 094 — two chaperones' mobiles to the hotel (pass)
_m94 = [mobile(), mobile("intl")]
add(94, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "two staff chaperones' mobile numbers to the hotel as night contacts",
    charset="utf-8", sender=DUBOIS, to=["Front Office <front@sakura-hotel.jp>"],
    subject="Night-time contacts for our group (arrival 6 Oct)",
    body=f"""Dear Front Office,

For any issue with our students during the night, please call one of the two staff
on duty rather than the trip leader:

- Mr Henrik Aalto, room 812, {_m94[0]}
- Ms Sienna Park, room 814, {_m94[1]}

Thank you for your help!

Claire Dubois
Outdoor Education & Trips Coordinator
""")

# 095 — confirmation; passport details only in the quoted agency mail (pass)
_pp95 = jp_passport()
add(95, "pass", [], [], "short confirmation; the passport number appears only in the quoted text of the agency's mail",
    charset="iso-2022-jp", sender=SHIMAZU, to=["ツアーデスク 樋渡様 <hiwatashi@tabi-planet.co.jp>"],
    subject="Re: 旅券情報の差し替え完了のご連絡",
    body=f"""樋渡様

ご対応ありがとうございました。内容に相違ございません。
引き続きよろしくお願いいたします。

嶋津

差出人: 樋渡 <hiwatashi@tabi-planet.co.jp>
送信日時: 2026年9月15日 11:20
宛先: 嶋津 玲奈 <r.shimazu@hinode-sangyo.co.jp>
件名: 旅券情報の差し替え完了のご連絡

嶋津様
下記のとおり差し替えを完了しました。ご確認ください。
　SOTOME YUI　旅券番号 {_pp95}　有効期限 2031/02/17
旅プラネット　樋渡
""")

# 096 — four chaperones (names, mobiles, e-mails) to the travel agency (pass, ≤4 people)
_c96 = [(n, f"{n.split()[0][0]}.{n.split()[-1]}@hinode-sangyo.co.jp".lower()) for n in foreign(3)]
_j96 = japanese(1)[0]
_c96.append((_j96[0], f"{_j96[2].split()[0][0]}.{_j96[2].split()[-1]}@hinode-sangyo.co.jp".lower()))
_l96 = "\n".join(f"・{n}　{mobile()}　{e}" for n, e in _c96)
add(96, "pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "four accompanying staff with mobiles and e-mails to the travel agency: under five people",
    charset="cp932", sender=DUBOIS, to=["Horizon Travel - School Groups <groups@horizon-travel.co.jp>"],
    subject="Singapore trip - accompanying staff",
    body=f"""Hello,

The accompanying staff for the Singapore trip are confirmed:

{_l96}

Could you add them to the group booking and send the staff briefing pack to each
of them directly?

Thanks,
Claire
""")

# 097 — open-day slides to an education agent (pass)
add(97, "pass", [], [], "open-day presentation to an agent; no personal data or marking",
    charset="utf-8", sender=HART, to=["Rebecca Tan <rebecca.tan@brightpath-edu.com>"],
    subject="Slides from our Open Day",
    body="""Hi Rebecca,

As promised, here are the slides from Saturday's Open Day - feel free to share them
with families who couldn't make it.

Emily
""",
    attachments=[{"kind": "pptx", "name": "HIS_Open_Day_2026.pptx",
                  "slides": [["Welcome to Hinode International School", "Open Day - 12 September 2026"],
                             ["Our programmes", "IB PYP (EY-G5)", "IB MYP (G6-G10)", "IB DP (G11-G12)"],
                             ["Admissions timeline", "Applications open 1 October", "Assessments Nov-Jan",
                              "Offers from February"],
                             ["Fees", "See fee schedule 2026-27", "Corporate sponsorship welcome"]]}])

# 098 — fee schedule PDF to a sponsor (pass)
add(98, "pass", [], [], "published fee schedule to a sponsoring company; no personal data or marking",
    charset="utf-8", sender=HIMI, to=["hr-tokyo@pacifica-shipping.com"],
    subject="Fee schedule 2026-27 (as requested)",
    body="""Dear HR team,

As requested, attached is our fee schedule for 2026-27. The same document is
published on our website.

Kind regards,
Sanae Himi
Finance, Hinode International School
""",
    attachments=[{"kind": "pdf", "name": "HIS_Fee_Schedule_2026-27.pdf", "title": "Fee Schedule 2026-27",
                  "lines": ["Hinode International School - Fee Schedule 2026-27", ""],
                  "table": [["Division", "Application", "Enrolment", "Annual tuition", "Facilities"],
                            ["Early Years", "33,000", "300,000", "2,280,000", "250,000"],
                            ["Elementary", "33,000", "300,000", "2,640,000", "250,000"],
                            ["Middle", "33,000", "300,000", "2,860,000", "300,000"],
                            ["High", "33,000", "300,000", "3,010,000", "300,000"]]}])

# 099 — transcript request from an alumna on free mail (pass)
add(99, "pass", [], ["freemail_recipient"], "reply to one alumna's own transcript request on free mail",
    charset="iso-2022-jp", sender=KIRARA, to=["Riko Saionji <riko.saionji@gmail.com>"],
    subject="Re: Transcript request for graduate school",
    body="""Dear Riko,

Lovely to hear from you! The Registrar will issue your official transcript and a
copy of your IB results within five working days and send them directly to the
university by post, as you asked. There is a fee of JPY 2,200, payable at the
office or by bank transfer (details will come with the receipt).

Good luck with your applications!

Jun Kirara
Alumni Relations & Development

> Hello Mr Kirara, I'm applying to graduate school and need a sealed transcript
> sent to the admissions office. Could you help? Riko (Class of 2019)
""")

# 100 — textbook order with ISBNs and an order number (pass)
add(100, "pass", [], [], "textbook order with ISBNs, quantities and order numbers",
    charset="utf-8", sender=OKAFOR, to=["School Orders <orders@kinokawa-books.co.jp>"],
    subject="DP textbook order - PO-HIS-0402",
    body=f"""Dear School Orders team,

Please supply the following for delivery before 20 August (PO-HIS-0402):

ISBN                 Title                                          Qty
-------------------  ---------------------------------------------  ---
978-0-19-842719-6    Chemistry for the IB Diploma (2nd ed.)          24
978-1-38-201038-5    Mathematics: Analysis & Approaches SL           38
978-1-10-876012-2    Economics for the IB Diploma                    22
978-0-19-839612-6    Theory of Knowledge Course Book                 61

Please invoice the school; our supplier number with you is SUP-7714.

Regards,
{SIG_OKAFOR}
""")
