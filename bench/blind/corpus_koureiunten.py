"""Blind evaluation corpus — area: koureiunten (高齢運転者 安全運転プログラム).

The mail of 日の出産業株式会社's driving-safety programme for its older drivers and for
retirees' families: 認知機能検査 results, licence renewals (高齢者講習) and voluntary
licence returns (自主返納・運転経歴証明書), eyesight and medication checks, driving
schools, a telematics vendor (ドライブアイ / Kestrel Telematics), families' contacts,
plus ordinary fleet and course-booking mail.

Every person, number and address in this file is invented (any likeness to a real
person, licence, account or card is accidental); organisations other than the brief's
own are fictional too.  Written blind from bench/blind/BRIEF.md, bench/blind/build.py and
shared/SPEC.md only: no product code, rules, tests or other corpus files were read.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 19001
RNG = random.Random(SEED)

# --------------------------------------------------------------------------------------
# invented people
# --------------------------------------------------------------------------------------

SURNAMES = [
    ("勅使河原", "テシガワラ", "Teshigawara"), ("東海林", "ショウジ", "Shoji"),
    ("百目鬼", "ドウメキ", "Domeki"), ("五十嵐", "イガラシ", "Igarashi"),
    ("御手洗", "ミタライ", "Mitarai"), ("長谷部", "ハセベ", "Hasebe"),
    ("小野寺", "オノデラ", "Onodera"), ("宇佐美", "ウサミ", "Usami"),
    ("鬼頭", "キトウ", "Kito"), ("舎人", "トネリ", "Toneri"), ("印南", "インナミ", "Innami"),
    ("飯干", "イイボシ", "Iiboshi"), ("久徳", "キュウトク", "Kyutoku"),
    ("鰐部", "ワニベ", "Wanibe"), ("栗城", "クリキ", "Kuriki"),
    ("今給黎", "イマキイレ", "Imakiire"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("四十物", "アイモノ", "Aimono"), ("猪狩", "イガリ", "Igari"), ("甲田", "コウダ", "Koda"),
    ("大河内", "オオコウチ", "Okochi"), ("新発田", "シバタ", "Shibata"),
    ("仁平", "ニヘイ", "Nihei"), ("瀬戸口", "セトグチ", "Setoguchi"),
    ("保科", "ホシナ", "Hoshina"), ("喜多", "キタ", "Kita"), ("坂巻", "サカマキ", "Sakamaki"),
    ("安孫子", "アビコ", "Abiko"), ("樋渡", "ヒワタシ", "Hiwatashi"),
    ("宍戸", "シシド", "Shishido"), ("道祖土", "サイド", "Saido"), ("雲母", "キララ", "Kirara"),
    ("平良", "タイラ", "Taira"), ("比嘉", "ヒガ", "Higa"),
    ("中野渡", "ナカノワタリ", "Nakanowatari"), ("一戸", "イチノヘ", "Ichinohe"),
    ("早乙女", "サオトメ", "Saotome"), ("設楽", "シタラ", "Shitara"),
    ("釜萢", "カマヤチ", "Kamayachi"), ("木皿", "キサラ", "Kisara"),
]
GIVEN_M = [
    ("勝", "マサル", "Masaru"), ("茂", "シゲル", "Shigeru"), ("清", "キヨシ", "Kiyoshi"),
    ("和夫", "カズオ", "Kazuo"), ("正雄", "マサオ", "Masao"), ("義雄", "ヨシオ", "Yoshio"),
    ("稔", "ミノル", "Minoru"), ("豊", "ユタカ", "Yutaka"), ("武", "タケシ", "Takeshi"),
    ("昭二", "ショウジ", "Shoji"), ("博", "ヒロシ", "Hiroshi"), ("修", "オサム", "Osamu"),
    ("進", "ススム", "Susumu"), ("功", "イサオ", "Isao"), ("善次郎", "ゼンジロウ", "Zenjiro"),
    ("孝雄", "タカオ", "Takao"), ("哲夫", "テツオ", "Tetsuo"), ("昭", "アキラ", "Akira"),
    ("敏行", "トシユキ", "Toshiyuki"), ("光男", "ミツオ", "Mitsuo"), ("久雄", "ヒサオ", "Hisao"),
    ("忠", "タダシ", "Tadashi"), ("信夫", "ノブオ", "Nobuo"), ("幸一", "コウイチ", "Koichi"),
]
GIVEN_F = [
    ("節子", "セツコ", "Setsuko"), ("和子", "カズコ", "Kazuko"), ("幸子", "サチコ", "Sachiko"),
    ("弘子", "ヒロコ", "Hiroko"), ("敏子", "トシコ", "Toshiko"), ("洋子", "ヨウコ", "Yoko"),
    ("恵子", "ケイコ", "Keiko"), ("美智子", "ミチコ", "Michiko"), ("悦子", "エツコ", "Etsuko"),
    ("トミ", "トミ", "Tomi"), ("キヨ", "キヨ", "Kiyo"), ("房江", "フサエ", "Fusae"),
    ("照子", "テルコ", "Teruko"), ("久美子", "クミコ", "Kumiko"), ("静江", "シズエ", "Shizue"),
]
GIVEN_YOUNG_F = [
    ("由紀", "ユキ", "Yuki"), ("直美", "ナオミ", "Naomi"), ("恵美", "エミ", "Emi"),
    ("真由美", "マユミ", "Mayumi"), ("智子", "トモコ", "Tomoko"), ("亜希子", "アキコ", "Akiko"),
    ("彩", "アヤ", "Aya"),
]
GIVEN_YOUNG_M = [
    ("健一", "ケンイチ", "Kenichi"), ("大輔", "ダイスケ", "Daisuke"), ("剛", "ツヨシ", "Tsuyoshi"),
    ("隆之", "タカユキ", "Takayuki"), ("誠", "マコト", "Makoto"),
]
GIVEN_YOUNG = GIVEN_YOUNG_F + GIVEN_YOUNG_M
# (都道府県, 市区町村, 町名, 郵便番号の上3桁, 市外局番)
PLACES = [
    ("埼玉県", "所沢市", ["小手指南", "北野新町", "東狭山ケ丘"], "359", "04"),
    ("埼玉県", "川越市", ["新宿町", "脇田本町", "霞ケ関北"], "350", "049"),
    ("東京都", "府中市", ["白糸台", "紅葉丘", "若松町"], "183", "042"),
    ("東京都", "練馬区", ["大泉学園町", "関町北", "石神井台"], "178", "03"),
    ("神奈川県", "相模原市南区", ["相南", "上鶴間本町", "東林間"], "252", "042"),
    ("神奈川県", "横須賀市", ["衣笠栄町", "長沢", "ハイランド"], "238", "046"),
    ("千葉県", "柏市", ["豊四季", "南増尾", "旭町"], "277", "04"),
    ("千葉県", "佐倉市", ["ユーカリが丘", "上志津", "臼井田"], "285", "043"),
    ("茨城県", "つくば市", ["吾妻", "竹園", "松代"], "305", "029"),
    ("栃木県", "小山市", ["城東", "駅南町", "犬塚"], "323", "0285"),
    ("群馬県", "高崎市", ["上中居町", "江木町", "倉賀野町"], "370", "027"),
    ("静岡県", "沼津市", ["大岡", "西間門", "志下"], "410", "055"),
    ("大阪府", "堺市北区", ["東浅香山町", "百舌鳥赤畑町", "新金岡町"], "591", "072"),
    ("愛知県", "春日井市", ["高蔵寺町", "鳥居松町", "八幡町"], "486", "0568"),
]
BRANCHES = ["本社営業部", "埼玉営業所", "多摩営業所", "相模原営業所", "柏営業所",
            "つくば出張所", "高崎営業所", "沼津営業所", "堺営業所", "春日井営業所"]
PLATE_AREAS = ["練馬", "所沢", "多摩", "相模", "柏", "つくば", "高崎", "沼津", "堺", "春日井"]


def _landline(r: random.Random, ac: str) -> str:
    rest = 10 - len(ac)
    mid = rest - 4
    return f"{ac}-{r.randint(10 ** (mid - 1), 10 ** mid - 1)}-{r.randint(0, 9999):04d}"


def _licence(r: random.Random) -> str:
    code = r.choice(["30", "45", "46", "50", "53", "62", "21", "41"])
    return f"{code}{r.randint(62, 99):02d}{r.randint(0, 999999):06d}{r.randint(0, 9)}{r.randint(0, 3)}"


def person(sex: str | None = None, born: tuple[int, int] = (1940, 1961),
           young: bool = False) -> dict:
    r = RNG
    s = r.choice(SURNAMES)
    sex = sex or r.choice("MMF")
    if young:
        g = r.choice(GIVEN_YOUNG_M if sex == "M" else GIVEN_YOUNG_F)
    else:
        g = r.choice(GIVEN_M if sex == "M" else GIVEN_F)
    y = r.randint(*born)
    place = r.choice(PLACES)
    town = r.choice(place[2])
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name_nospace": s[0] + g[0],
        "kana": f"{s[1]} {g[1]}", "roma": f"{g[2]} {s[2]}", "ROMA": f"{s[2].upper()} {g[2]}",
        "sex": sex, "y": y, "m": r.randint(1, 12), "d": r.randint(1, 28),
        "pref": place[0], "city": place[1],
        "addr": f"{place[0]}{place[1]}{town}{r.randint(1, 5)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号",
        "addr_short": f"{place[1]}{town}{r.randint(1, 4)}-{r.randint(1, 25)}-{r.randint(1, 12)}",
        "zip": f"{place[3]}-{r.randint(0, 9999):04d}",
        "mobile": f"{r.choice(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        "tel": _landline(r, place[4]),
        "lic": _licence(r),
        "emp": f"{r.randint(10, 89)}{r.randint(0, 9999):04d}",
        "branch": r.choice(BRANCHES),
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def child(p: dict) -> str:
    """長男・長女… for a younger family member"""
    return RNG.choice(["長男", "次男"] if p["sex"] == "M" else ["長女", "次女"])


def age(p: dict, year: int = 2025) -> int:
    return year - p["y"] - (1 if p["m"] > 10 else 0)


_FW = str.maketrans("0123456789-()./:, ", "０１２３４５６７８９－（）．／：，　")


def zen(s: str) -> str:
    """full-width digits and separators, as typed in an IME"""
    return s.translate(_FW)


def wareki(p: dict, style: int = 0) -> str:
    y, m, d = p["y"], p["m"], p["d"]
    era, ab, ey = ("昭和", "S", y - 1925) if y < 1989 else ("平成", "H", y - 1988)
    if style == 0:
        return f"{era}{ey}年{m}月{d}日"
    if style == 1:
        return f"{ab}{ey}.{m}.{d}"
    if style == 2:
        return zen(f"{ab}{ey}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    if style == 3:
        return zen(f"{era}{ey}年{m}月{d}日")
    if style == 4:
        return f"{y}/{m:02d}/{d:02d}"
    if style == 5:
        return f"{y}年{m}月{d}日"
    if style == 6:
        return f"{ab}{ey:02d}/{m:02d}/{d:02d}"
    if style == 7:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{era}{ey}.{m}.{d}"


def expiry(r: random.Random = RNG) -> str:
    y = r.randint(2026, 2028)
    return f"令和{y - 2018}年{r.randint(1, 12)}月{r.randint(1, 28)}日"


def plate(r: random.Random = RNG) -> str:
    return (f"{r.choice(PLATE_AREAS)} {r.choice(['300', '330', '400', '500', '580'])} "
            f"{r.choice('さすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるろれわ')} "
            f"{r.randint(1, 99):>2}-{r.randint(0, 99):02d}")


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def padded(rows: list[list], gap: int = 2, rule: str = "-", fill: str = " ") -> str:
    """columns padded with spaces under a header and a rule, as pasted from a terminal"""
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            room = widths[i] - _w(c)
            cells.append(c + (fill * (room // 2) + " " * (room % 2) if fill == "\u3000" else " " * room))
        out.append((" " * gap if fill == " " else fill).join(cells).rstrip())
        if j == 0 and rule:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)


def corporate_number(base12: str) -> str:
    """法人番号: a check digit in front of 12 digits"""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# --------------------------------------------------------------------------------------
# senders and signatures
# --------------------------------------------------------------------------------------

D = "hinode-sangyo.co.jp"
MORI = f"森下 玲奈 <morishita.rena@{D}>"
HOJO = f"北条 浩二 <hojo.koji@{D}>"
TOGA = f"戸川 美佐 <togawa.misa@{D}>"
HYUGA = f"日向 葵 <hyuga.aoi@{D}>"
KASHI = f"柏木 俊介 <kashiwagi.shunsuke@{D}>"
IWAKI = f"岩城 千尋 <iwaki.chihiro@mail.{D}>"
YAMA = f"山際 拓海 <yamagiwa.takumi@{D}>"
NOSE = f"能勢 里穂 <nose.riho@{D}>"

SIG_MORI = """--
日の出産業株式会社 安全運転推進室
森下 玲奈（もりした れな）
〒103-0024 東京都中央区日本橋小舟町9-2 日の出産業ビル5F
TEL 03-5642-7310（内線 4417）／FAX 03-5642-7399
morishita.rena@hinode-sangyo.co.jp"""
SIG_HOJO = """━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 車両管理課　北条 浩二
〒103-0024 東京都中央区日本橋小舟町9-2
TEL: 03-5642-7205　携帯(社用): 080-4418-2290
━━━━━━━━━━━━━━━━━━━━━━"""
SIG_TOGA = """************************************
日の出産業株式会社 人事部
OB会事務局 戸川 美佐
TEL 03-5642-7188（直通）
受付時間 平日9:00～17:00
************************************"""
SIG_HYUGA = """----------------------------------------
日の出産業株式会社 健康管理室
保健師 日向 葵
内線 4602 / hyuga.aoi@hinode-sangyo.co.jp
----------------------------------------"""
SIG_KASHI = """--
柏木 俊介
日の出産業株式会社 安全運転推進室 室長
Tel 03-5642-7311 / Mobile 090-6612-4083"""
SIG_IWAKI = """==============================
日の出産業株式会社 大阪支店 業務課
岩城 千尋
〒530-0047 大阪府大阪市北区西天満4-11-8 西天満日の出ビル7F
TEL 06-6364-2210  FAX 06-6364-2219
=============================="""
SIG_YAMA = """--
山際 拓海 / Takumi Yamagiwa
Safety Driving Programme, Hinode Sangyo Co., Ltd.
9-2 Nihonbashi-Kobunecho, Chuo-ku, Tokyo 103-0024, Japan
Tel +81-3-5642-7314"""
SIG_NOSE = """--
日の出産業株式会社 総務部 総務課
能勢 里穂　TEL 03-5642-7200（代表）"""

DISC_JA = """本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""
DISC_EN = """This e-mail and any attachments may contain confidential information intended only
for the addressee. If you have received it in error, please notify the sender and delete
it. Any unauthorised use or disclosure is prohibited."""

# external parties (fictional, apart from the brief's partners)
HIBARI = "ひばりが丘自動車学校 高齢者講習係 <koushuu@hibarigaoka-ds.co.jp>"
HIGASHI = "東武蔵ドライビングスクール 受付 <uketsuke@higashimusashi-ds.jp>"
MINATO = "宮坂 様 <miyasaka@minato-kyoshujo.co.jp>"
SATSUKI = "さつき台自動車学校 <info@satsukidai-ds.jp>"
DRIVEEYE = "加賀美 様 <kagami@driveeye.co.jp>"
KESTREL = "Olivia Grant <o.grant@kestrel-telematics.com>"
LEASE = "堀内 様 <horiuchi@nichirin-lease.co.jp>"
AOBA = "佐伯 様 <saeki@aoba-unyu.co.jp>"
SANGYOI = "桑原先生 <dr.kuwabara@sakuradai-sangyoi.jp>"
HOKEN = "寺尾 様 <terao@shinonome-hoken.co.jp>"
NISHIKI = "錦印刷 大塚様 <otsuka@nishiki-insatsu.co.jp>"
SAKURA = "さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"

MESSAGES: list[dict] = []


def _jis(msg: dict) -> dict:
    """ISO-2022-JP mailers send the wave dash for a typed full-width tilde"""
    if msg.get("charset", "").lower() == "iso-2022-jp":
        for k in ("subject", "body", "html"):
            if msg.get(k):
                msg[k] = msg[k].replace("\uff5e", "\u301c")
    for a in msg.get("attachments") or []:
        if a.get("kind") == "eml":
            _jis(a["message"])
    return msg


def M(**kw) -> None:
    kw["id"] = f"koureiunten-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(_jis(kw))


# ======================================================================================
# 001-020
# ======================================================================================

# 001 — 高齢者講習 booking, 8 drivers with DOB and licence number, padded table in the body
_p = people(8, born=(1946, 1954))
M(sender=MORI, to=[HIBARI], charset="iso-2022-jp",
  subject="高齢者講習 受講予約のお願い（日の出産業 8名）",
  body=f"""ひばりが丘自動車学校
高齢者講習係 村井様

いつもお世話になっております。日の出産業の森下です。
先日お電話でご相談いたしました弊社ドライバーの高齢者講習につきまして、
下記8名分の受講予約をお願いできますでしょうか。

第1希望は11月の平日午前、難しい場合は12月前半でも構いません。
受講料は従来どおり弊社一括請求でお願いいたします。

{padded([["No", "氏名", "フリガナ", "生年月日", "免許証番号", "有効期限"]] + [[i + 1, p["name"], p["kana"], wareki(p, 1), p["lic"], expiry()] for i, p in enumerate(_p)])}

※通知ハガキはご本人の手元にありますので、当日持参させます。
ご確認のほどよろしくお願いいたします。

{SIG_MORI}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
  detectors=["personal_data"],
  note="8 drivers' records with DOB and licence numbers sent to a driving school")

# 002 — price/schedule question to a driving school, nothing personal
M(sender=HOJO, to=[HIGASHI], charset="cp932",
  subject="Re: 高齢者講習・運転技能検査の料金について",
  body=f"""東武蔵ドライビングスクール
受付ご担当者様

お世話になっております。日の出産業 車両管理課の北条です。
料金表のご送付ありがとうございました。内容を確認いたしました。

　・高齢者講習（2時間）　　　 6,450円
　・高齢者講習（3時間）　　　 7,550円
　・運転技能検査　　　　　　　3,550円
　・企業向け実車診断（90分）  12,000円／名

来年度は対象者が20名前後になる見込みですので、企業向け実車診断を
月2回程度の枠でまとめて押さえることは可能でしょうか。
平日の午後（13:30～）だと業務との調整がしやすく助かります。

ご検討のほどよろしくお願いいたします。

{SIG_HOJO}

> 日の出産業株式会社
> 北条様
>
> 平素より当校をご利用いただき誠にありがとうございます。
> ご依頼の料金表をお送りいたします。ご不明点はお気軽にお問い合わせください。
>
> 東武蔵ドライビングスクール 受付 石黒
""",
  expect="pass", entities=[], detectors=[],
  note="price list and slot request to a driving school: no personal data")

# 003 — XLSX to the telematics vendor: 12 drivers with mobile numbers and plates
_p = people(12, born=(1950, 1961))
M(sender=HOJO, to=[DRIVEEYE], cc=[f"森下 玲奈 <morishita.rena@{D}>"], charset="iso-2022-jp",
  subject="車載器設置 対象ドライバー一覧（第2期）",
  body=f"""ドライブアイ株式会社
加賀美様

お世話になっております。日の出産業の北条です。
第2期の車載器（DE-700）設置対象ドライバーの一覧をお送りします。
設置後のアプリ初期登録の際、ドライバー本人の携帯へSMSを送っていただく件、
一覧の携帯番号をご利用ください。

設置日程は営業所ごとにご調整いただければと存じます。

{SIG_HOJO}
""",
  attachments=[{"kind": "xlsx", "name": "車載器設置対象者_第2期.xlsx",
                "sheets": {
                    "対象ドライバー": [["ドライブアイ車載器 設置対象者一覧（2025年度 第2期）"], [],
                                  ["No", "社員番号", "氏名", "携帯電話", "所属", "車両登録番号", "設置希望日"]]
                    + [[i + 1, p["emp"], p["name"], p["mobile"], p["branch"], plate(), f"11/{RNG.randint(4, 28)}"]
                       for i, p in enumerate(_p)],
                    "設置場所": [["営業所", "住所", "代表電話"],
                             ["埼玉営業所", "埼玉県所沢市東町12-8", "04-2922-7710"],
                             ["多摩営業所", "東京都府中市分梅町3-41-2", "042-368-5521"],
                             ["相模原営業所", "神奈川県相模原市南区松が枝町17-9", "042-749-3310"]]}}],
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="12 drivers with employee no. and mobile numbers in an XLSX to the telematics vendor")

# 004 — internal: 健康管理室 → 安全運転推進室, 15 cognitive-screening results
_p = people(15, born=(1940, 1950))


def _screening(r: random.Random = RNG) -> tuple[str, int]:
    """the result and score on the notice (36 points or more: no concern)"""
    if r.random() < 0.15:
        return "認知症のおそれあり", r.randint(21, 35)
    return "認知症のおそれなし", r.randint(40, 98)


_rows = "\n".join(
    f"{p['emp']}\t{p['name']}\t{wareki(p, 4)}\t2025/{RNG.randint(5, 9)}/{RNG.randint(1, 28)}\t"
    + "{}\t{}点".format(*_screening()) for p in _p)
M(sender=HYUGA, to=[MORI], cc=[KASHI], charset="cp932",
  subject="【健康管理室】75歳以上ドライバー 認知機能検査結果のとりまとめ",
  body=f"""森下さん
（cc 柏木室長）

健康管理室の日向です。
今年度上期に受検した75歳以上ドライバーの認知機能検査の結果を、本人申告と
結果通知書の写しからまとめました。面談対象の選定にお使いください。

社員番号\t氏名\t生年月日\t受検日\t判定\t点数
{_rows}

「おそれあり」の方は産業医面談を先に入れます。社外には出さないでください。

{SIG_HYUGA}
""",
  expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=[],
  note="all recipients internal: cognitive screening list stays inside the company")

# 005 — one driver's cognitive screening result in running text, to a driving school
_p = person(sex="M", born=(1947, 1949))
M(sender=MORI, to=[HIBARI], charset="iso-2022-jp",
  subject="講習前のご相談（弊社ドライバー1名）",
  body=f"""ひばりが丘自動車学校
高齢者講習係 村井様

いつもお世話になっております。日の出産業の森下です。
1名ご相談させてください。

弊社多摩営業所の{_p['name']}さん（{age(_p)}歳）ですが、先月受けた認知機能検査で
「認知症のおそれがある」との判定が出てしまい、公安委員会から臨時適性検査
（または医師の診断書提出）の通知が来ております。
本人は物忘れの自覚が少しあるとのことで、現在かかりつけ医で検査を進めています。

診断書の結果次第ではございますが、その後の高齢者講習を御校で受けられるか、
また受講までの流れを事前に教えていただけますと助かります。

お手数をおかけしますが、よろしくお願いいたします。

{SIG_MORI}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="one named driver's cognitive screening result (認知症のおそれ) to an external school")

# 006 — reply to a family on free mail; their own details are only in the quoted text
_f = person(sex="M", born=(1943, 1944))
_d = person(sex="F", born=(1970, 1975), young=True)
M(sender=TOGA, to=[f"{_f['sei']} {_d['mei']} <{_d['roma'].split()[0].lower()}.{_f['roma'].split()[1].lower()}.0612@gmail.com>"],
  charset="iso-2022-jp",
  subject="Re: 父の免許返納について教えてください",
  body=f"""{_f['sei']} {_d['mei']} 様

日の出産業 OB会事務局の戸川でございます。
お問い合わせいただき、ありがとうございます。

自主返納の手続きは、お住まいの地域の警察署または運転免許センターで行えます。
主な持ち物は次のとおりです。

・運転免許証
・運転経歴証明書を希望される場合は、写真1枚（縦3cm×横2.4cm）と手数料1,100円

運転経歴証明書は身分証明書として使えるほか、タクシー運賃の割引などの特典が
ある自治体もございます。また当社OB会では、返納された方にタクシー券と
公共交通のICカード（5,000円分）をお贈りしております。お手続きが済みましたら
私までご一報ください。

お父様によろしくお伝えくださいませ。

{SIG_TOGA}

-----Original Message-----
From: {_f['sei']} {_d['mei']}
Sent: Tuesday, October 14, 2025 9:12 PM
Subject: 父の免許返納について教えてください

OB会事務局 ご担当者様
父 {_f['name']}（昭和{_f['y'] - 1925}年生まれ、{age(_f)}歳）の娘です。
最近、車庫入れでこするようになり、家族で話し合って免許を返納させたいと考えています。
どこで何をすればよいでしょうか。携帯 {_d['mobile']} にお電話いただいても大丈夫です。
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="one free-mail family recipient; the father's details are only in the quoted request")

# 007 — look-alike of partner aoba-unyu.co.jp (letter added)
M(sender=HOJO, to=["佐伯 様 <saeki@aoba-unyuu.co.jp>"], charset="cp932",
  subject="高齢ドライバー向け車両の入替日程（案）",
  body=f"""青葉運輸株式会社 車両部
佐伯様

いつもお世話になっております。日の出産業 車両管理課の北条です。

先日の打合せでご相談した、高齢ドライバー担当車両の入替（衝突被害軽減ブレーキ・
ペダル踏み間違い加速抑制装置付き車両への切替）の日程案をお送りします。

　埼玉営業所　　3台　11月第2週
　多摩営業所　　2台　11月第3週
　相模原営業所　4台　12月第1週
　柏営業所　　　2台　12月第2週

旧車両の引き上げは入替当日でお願いできればと存じます。
ご都合の悪い週がありましたらお知らせください。

{SIG_HOJO}
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="recipient domain aoba-unyuu.co.jp is a one-letter look-alike of partner aoba-unyu.co.jp")

# 008 — CSV of 22 OB families to the printer for a mailing
_p = people(22, born=(1936, 1958))
_rel = ["本人", "本人", "本人", "配偶者", "長女", "長男"]
M(sender=TOGA, to=[NISHIKI], charset="iso-2022-jp",
  subject="家族向け「安全運転だより」秋号 発送リストの送付",
  body=f"""錦印刷株式会社
大塚様

いつもお世話になっております。日の出産業 OB会事務局の戸川です。
秋号の宛名ラベル印字と封入・発送について、発送リスト（CSV）をお送りいたします。
前回同様、長3封筒・料金後納でお願いいたします。

部数：本紙22部＋予備30部（予備は当方宛にご送付ください）
発送希望日：11月10日（月）

よろしくお願いいたします。

{SIG_TOGA}
""",
  attachments=[{"kind": "csv", "name": "hassou_list_aki.csv", "encoding": "cp932",
                "rows": [["会員番号", "氏名", "郵便番号", "住所", "電話番号", "区分"]]
                + [[f"OB-{RNG.randint(1000, 1999)}", p["name"], p["zip"], p["addr"], p["tel"], RNG.choice(_rel)]
                   for p in _p]}],
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="22 OB members/families with address and phone in a CSV to the printer")

# 009 — three families (three free-mail parties) visible to each other in To
M(sender=TOGA, to=["長谷部 由紀 <yuki.hasebe.0612@gmail.com>", "池田 直美 <ikeda-naomi77@yahoo.co.jp>",
                   "kuriki.tsuyoshi@icloud.com"], charset="iso-2022-jp",
  subject="ご家族向け 安全運転説明会（11月22日）のご案内",
  body=f"""OB会ご家族の皆さま

日の出産業 OB会事務局の戸川でございます。
先日お申し込みいただいた「ご家族向け 安全運転説明会」のご案内をお送りします。

日時：11月22日（土）13:30～15:30（受付13:00～）
会場：日の出産業ビル 3階 大会議室（東京都中央区日本橋小舟町9-2）
内容：・高齢ドライバーの事故の傾向（安全運転推進室）
　　　・認知機能検査と高齢者講習の流れ
　　　・免許を返納したあとの暮らしの足（地域の移動支援の紹介）

お車でのご来場はご遠慮ください。ご不明な点は私までお問い合わせください。

{SIG_TOGA}
""",
  expect="stop", entities=[],
  detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  note="three private persons on free mail in To can see each other's addresses: should be Bcc")

# 010 — aggregated telematics figures by branch, text + HTML
_branches = BRANCHES[:8]
_vals = [(b, RNG.randint(8, 31), round(RNG.uniform(0.4, 2.9), 1), round(RNG.uniform(0.2, 1.8), 1)) for b in _branches]
M(sender=YAMA, to=[DRIVEEYE], charset="utf-8",
  subject="9月分 営業所別集計の確認",
  body="加賀美様\n\nお世話になっております。日の出産業 安全運転推進室の山際です。\n"
       "9月分の営業所別集計について、当方で再計算した値と突き合わせました。\n\n"
       + "\n".join(f"{b}: 対象車両{n}台 / 急ブレーキ {x}回/100km / 速度超過 {z}回/100km" for b, n, x, z in _vals)
       + "\n\n堺営業所の急ブレーキが先月比で倍増していますが、9/18の集計漏れの影響でしょうか。\n"
         "ご確認をお願いいたします。\n\n" + SIG_YAMA + "\n",
  html="<html><body><p>加賀美様</p><p>お世話になっております。日の出産業 安全運転推進室の山際です。<br>"
       "9月分の営業所別集計について、当方で再計算した値と突き合わせました。</p>"
       "<table border='1' cellpadding='3'><tr><th>営業所</th><th>対象車両</th><th>急ブレーキ(回/100km)</th>"
       "<th>速度超過(回/100km)</th></tr>"
       + "".join(f"<tr><td>{b}</td><td>{n}</td><td>{x}</td><td>{z}</td></tr>" for b, n, x, z in _vals)
       + "</table><p>堺営業所の急ブレーキが先月比で倍増していますが、9/18の集計漏れの影響でしょうか。<br>"
         "ご確認をお願いいたします。</p><pre>" + SIG_YAMA + "</pre></body></html>",
  expect="pass", entities=[], detectors=[],
  note="per-branch aggregate telematics figures: no individual's data")

# 011 — PDF stamped 社外秘 sent to the telematics vendor
M(sender=KASHI, to=[DRIVEEYE], charset="iso-2022-jp",
  subject="次期契約に向けた検討資料の送付",
  body=f"""ドライブアイ株式会社
加賀美様

いつもお世話になっております。柏木です。
次期契約（2026年度～）に向けて、当社内で検討している施策の方向性を
まとめた資料をお送りします。ご提案の前提としてご覧いただけますと幸いです。
12月上旬にご提案をいただけますでしょうか。

{SIG_KASHI}
""",
  attachments=[{"kind": "pdf", "name": "高齢運転者安全施策_中期計画_検討資料.pdf",
                "title": "高齢運転者安全施策 中期計画（検討資料）", "page_header": "社外秘",
                "page_footer": "日の出産業株式会社 安全運転推進室 — 社外秘",
                "lines": ["高齢運転者安全施策 中期計画（2026〜2028年度）検討資料", "",
                          "1. 現状：65歳以上の乗務員比率 23%（前年比 +3pt）",
                          "2. 方針：テレマティクスによる運転評価を全車両に拡大",
                          "3. 予算：年間 4,800万円を上限（車載器・通信費・分析費）",
                          "4. 評価：事故件数 30%減、返納者フォロー率 100%",
                          "5. 課題：ベンダー比較（ドライブアイ社／Kestrel社）と価格交渉"]}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="attached PDF carries a 社外秘 classification stamp and goes to a vendor")

# 012 — password-protected ZIP (PPAP) of a participant list
_p = people(7, born=(1947, 1952))
M(sender=NOSE, to=[MINATO], charset="cp932",
  subject="受講者名簿の送付（パスワード別送）",
  body=f"""みなと自動車教習所
宮坂様

お世話になっております。日の出産業の能勢です。
12月の企業向け実車診断の受講者名簿をお送りします。
ファイルにはパスワードを設定しておりますので、別メールにてお知らせいたします。

{SIG_NOSE}
""",
  attachments=[{"kind": "zip", "name": "受講者名簿_12月.zip", "password": "Hs2025#12dec",
                "files": [{"kind": "xlsx", "name": "受講者名簿_12月.xlsx",
                           "sheets": {"名簿": [["氏名", "生年月日", "携帯"]]
                                      + [[p["name"], wareki(p, 0), p["mobile"]] for p in _p]}}]}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="password-protected ZIP cannot be inspected")

# 013 — English mail to the foreign telematics partner: device serials, firmware
M(sender=YAMA, to=[KESTREL], charset="utf-8",
  subject="Firmware rollout for the KT-G4 units (batch 3)",
  body=f"""Hi Olivia,

Thanks for the call yesterday. As agreed, here are the units we would like to move to
firmware 2.3.1 first, before the rest of the fleet:

  KT-G4-0012381   Saitama depot
  KT-G4-0012394   Saitama depot
  KT-G4-0012402   Tama depot
  KT-G4-0012417   Sagamihara depot
  KT-G4-0012420   Kashiwa depot

If the pilot goes well (no reboot loops, harsh-braking threshold unchanged), we can do
the remaining 64 units in the week of 17 November. Could you also confirm that the
idle-time report will keep its current CSV layout after the update? Our dashboard
imports it as is.

Best regards,
Takumi

{SIG_YAMA}
""",
  expect="pass", entities=[], detectors=[],
  note="device serial numbers and firmware versions: product identifiers, not people")

# 014 — one driver's eyesight check result and cataract finding, to an eye clinic
_p = person(sex="M", born=(1946, 1948))
M(sender=HYUGA, to=["みなみ野眼科クリニック 予約受付 <yoyaku@minamino-ganka.jp>"], charset="iso-2022-jp",
  subject="精密検査のご予約について（日の出産業 健康管理室）",
  body=f"""みなみ野眼科クリニック
ご予約ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 健康管理室の日向と申します。
弊社で運転業務に従事している社員1名の精密検査のご予約をお願いしたく、ご連絡いたしました。

　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(_p, 0)}
　社内視力検査（10/8）：矯正視力 右0.5／左0.3、両眼0.6
　定期健診所見：白内障の疑い（要精密検査）

運転を続けてよいか判断したいため、できれば11月中に受診させたいと考えております。
空いている日時をいくつかお知らせいただけますと幸いです。

{SIG_HYUGA}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="a named person's health check result (visual acuity, suspected cataract) sent externally")

# 015 — normal three-way meeting: driving school + telematics vendor
M(sender=MORI, to=["ひばりが丘自動車学校 村井様 <murai@hibarigaoka-ds.co.jp>"],
  cc=[DRIVEEYE, KASHI], charset="cp932",
  subject="実車講習とテレマティクスデータ連携の打合せ日程",
  body=f"""ひばりが丘自動車学校 村井様
ドライブアイ株式会社 加賀美様
（cc：弊社 柏木）

いつもお世話になっております。日の出産業の森下です。

実車講習の前に、各ドライバーの普段の運転傾向（急ブレーキ・右左折時の速度など）を
教官の方に共有できないか、三者でご相談させてください。
候補日は以下のとおりです。

　① 11月12日（水）15:00～16:00
　② 11月14日（金）10:00～11:00
　③ 11月18日（火）14:00～15:00

場所は弊社本社またはオンライン（Teams）を想定しております。
ご都合のよい候補をお知らせください。

{SIG_MORI}
""",
  expect="pass", entities=[], detectors=["multiple_external_domains"],
  note="two external organisations in To/Cc: an ordinary three-way meeting mail")

# 016 — one driver's diabetes / hypoglycaemia details to an external occupational physician
_p = person(sex="M", born=(1955, 1958))
M(sender=HYUGA, to=[SANGYOI], charset="cp932",
  subject="乗務可否についてご意見をお願いします（相模原営業所 1名）",
  body=f"""桑原先生

いつもお世話になっております。日の出産業 健康管理室の日向です。
乗務可否について、先生のご意見をいただきたい社員が1名おります。

相模原営業所の{_p['name']}さん（{age(_p)}歳、配送ドライバー）ですが、
2型糖尿病でインスリン自己注射を行っており、先月、配送中に冷や汗と手の震え
（低血糖症状と思われます）があり、路肩に停車して補食したとの報告がありました。
主治医からは薬の量を調整中と聞いています。

11月の訪問日に面談を入れたいので、ご都合をお知らせいただけますでしょうか。
直近の健診結果は面談時にお持ちします。

{SIG_HYUGA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="one named driver's diabetes treatment and hypoglycaemic episode sent outside")

# 017 — fleet vehicle list (vehicles, not people) to the leasing company
_rows = [["登録番号", "車種", "初度登録", "車検満了", "配属"]]
for _ in range(18):
    _rows.append([plate(), RNG.choice(["プロボックス", "ハイエース", "NV200", "N-VAN", "カローラ"]),
                  f"20{RNG.randint(17, 23)}/{RNG.randint(1, 12):02d}",
                  f"202{RNG.randint(6, 7)}/{RNG.randint(1, 12):02d}", RNG.choice(BRANCHES)])
M(sender=HOJO, to=[LEASE], charset="iso-2022-jp",
  subject="リース車両一覧（再リース・入替検討用）",
  body=f"""日輪オートリース株式会社
堀内様

お世話になっております。日の出産業の北条です。
来年度の再リース・入替の検討用に、現行リース車両の一覧を貼り付けます。
うち高齢ドライバー担当車両は安全装置付きへの入替を優先したいと考えております。

{padded(_rows)}

お見積りは入替・再リースの両パターンでお願いできますと助かります。

{SIG_HOJO}
""",
  expect="pass", entities=[], detectors=[],
  note="a list of leased vehicles and plates: not people's records")

# 018 — HTML-only booking for 6 drivers with DOB and mobile numbers
_p = people(6, born=(1948, 1956))
M(sender=NOSE, to=[HIGASHI], charset="utf-8",
  subject="運転適性診断 受診者のご連絡",
  html="""<html><body style="font-family:'Meiryo UI'">
<p>東武蔵ドライビングスクール<br>受付ご担当者様</p>
<p>お世話になっております。日の出産業 総務課の能勢です。<br>
先日お願いした運転適性診断（11月25日 午後の枠）の受診者をお知らせいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>ふりがな</th><th>生年月日</th><th>連絡先（携帯）</th><th>所属</th></tr>
""" + "".join(f"<tr><td>{p['name']}</td><td>{p['kana']}</td><td>{wareki(p, 5)}</td><td>{p['mobile']}</td>"
             f"<td>{p['branch']}</td></tr>\n" for p in _p) + """</table>
<p>当日は社用車2台に分乗して伺います。駐車場のご用意をお願いできますでしょうか。</p>
<p>--<br>日の出産業株式会社 総務部 総務課<br>能勢 里穂　TEL 03-5642-7200（代表）</p>
</body></html>""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="HTML-only mail with a table of 6 people (DOB, mobile) to a driving school")

# 019 — retiree's My Number and licence number to a 行政書士 (application for 運転経歴証明書)
_p = person(sex="M", born=(1941, 1943))
_mn = my_number(SEED + 1)
M(sender=TOGA, to=["藤代行政書士事務所 藤代先生 <fujishiro@fujishiro-gyosei.jp>"], charset="iso-2022-jp",
  subject="運転経歴証明書 申請代行のお願い（OB会員1名）",
  body=f"""藤代先生

いつもお世話になっております。日の出産業 OB会事務局の戸川です。
先日ご相談した、入院中のOB会員の運転経歴証明書申請の代行をお願いいたします。
ご本人とご家族の委任状は本日郵送いたしました。

　申請者：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(_p, 0)}
　住所：〒{_p['zip']} {_p['addr']}
　運転免許証番号：第{_p['lic']}号
　本人確認書類：個人番号カード（{_mn[:4]} {_mn[4:8]} {_mn[8:]}）

ご家族からは、カードの写しも必要であれば病院にお持ちいただけると伺っております。
ご不明点があればお知らせください。

{SIG_TOGA}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "JP_MY_NUMBER"],
  detectors=["personal_data"],
  note="a retiree's My Number and licence number sent to an outside office")

# 020 — one family member's mobile number to a driving school (1–2 people: may warn)
_f = person(sex="M", born=(1944, 1946))
_d = person(sex="F", born=(1968, 1978), young=True)
M(sender=TOGA, to=[SATSUKI], charset="cp932",
  subject="11/20 高齢者講習 当日のご連絡先について",
  body=f"""さつき台自動車学校
ご担当者様

お世話になっております。日の出産業 OB会事務局の戸川です。
11月20日（木）10時からの高齢者講習にお申し込みのOB会員 {_f['name']} 様について、
当日はご家族（娘さん）が送迎されます。終了時刻が前後する場合は、
下記へ直接ご連絡いただけますでしょうか。

　{_f['sei']} {_d['mei']} 様（長女）　携帯 {_d['mobile']}

どうぞよろしくお願いいたします。

{SIG_TOGA}
""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="one family member's mobile and one retiree's booking: below the five-person threshold")


# ======================================================================================
# 021-040
# ======================================================================================

# 021 — corporate card number written into a mail to pay course fees
_cc = card_number(SEED + 1)
M(sender=NOSE, to=[MINATO], charset="iso-2022-jp",
  subject="Re: 実車診断 受講料のお支払い方法",
  body=f"""宮坂様

お世話になっております。日の出産業の能勢です。
今回の受講料（6名分 72,000円）は、ご案内いただいたとおりカード決済でお願いします。

　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限：09/28
　名義：HINODE SANGYO CO LTD

領収書の宛名は「日の出産業株式会社」でお願いいたします。

{SIG_NOSE}

> 日の出産業株式会社 能勢様
> お支払いは銀行振込またはクレジットカードからお選びいただけます。
> カードの場合は番号と有効期限をお知らせください。
> みなと自動車教習所 宮坂
""",
  expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
  note="a full credit card number in the new text sent to a driving school")

# 022 — about an NDA, nothing marked
M(sender=KASHI, to=["ドライブアイ株式会社 法務部 <legal@driveeye.co.jp>"], cc=[DRIVEEYE], charset="utf-8",
  subject="秘密保持契約書（案）へのコメント",
  body=f"""ドライブアイ株式会社 法務部 ご担当者様
（cc: 加賀美様）

お世話になっております。日の出産業の柏木です。
運転データの分析委託に先立つ秘密保持契約書（案）について、当社法務のコメントを
お伝えします。

1. 第2条（秘密情報の定義）：口頭で開示した情報も、開示後30日以内に書面で特定すれば
   秘密情報に含める旨を追記いただきたい。
2. 第6条（有効期間）：契約終了後3年 → 5年への延長をお願いしたい。
3. 第9条：個人データの取扱いは別途「個人データ取扱いに関する覚書」で定める旨を明記。

修正版をお送りいただければ、社内決裁に回します。

{SIG_KASHI}

{DISC_JA}
""",
  expect="pass", entities=[], detectors=[],
  note="mail about an NDA and a standard disclaimer: no marking, no personal data")

# 023 — XLSX of 7 drivers' cognitive screening results to the telematics vendor
_p = people(7, born=(1946, 1950))
M(sender=YAMA, to=[DRIVEEYE], charset="cp932",
  subject="リスクスコア検証用データ（ご依頼分）",
  body=f"""加賀美様

お世話になっております。山際です。
先日ご依頼のあった、リスクスコアの検証用データをお送りします。
運転データとの突合は社員番号でお願いします。

{SIG_YAMA}
""",
  attachments=[{"kind": "xlsx", "name": "検証用_75歳以上.xlsx",
                "sheets": {"結果": [["社員番号", "氏名", "生年月日", "認知機能検査 受検日", "判定", "総合点"]]
                           + [[p["emp"], p["name"], wareki(p, 7), f"2025-0{RNG.randint(4, 9)}-{RNG.randint(10, 28)}",
                               *_screening()] for p in _p],
                           "メモ": [["判定は警察からの結果通知書による。"], ["おそれありの者は産業医面談済み。"]]}}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="7 named drivers' cognitive screening results (health data) in an XLSX to a vendor")

# 024 — forward of a family's mail with the father's dementia diagnosis to a community centre
_f = person(sex="M", born=(1939, 1942))
_d = person(sex="M", born=(1966, 1972), young=True)
M(sender=TOGA, to=["地域包括支援センターきたの 相談窓口 <soudan@kitano-houkatsu.or.jp>"], charset="iso-2022-jp",
  subject="FW: 父の運転のことでご相談",
  body=f"""地域包括支援センターきたの
ご担当者様

日の出産業 OB会事務局の戸川と申します。
当社OBのご家族から下記のご相談があり、ご家族の了解のもと転送させていただきます。
移動手段の確保についてお力添えいただけますと幸いです。

---------- 転送メッセージ ----------
From: {_f['sei']} {_d['mei']}
Date: 2025年10月20日 22:41
Subject: 父の運転のことでご相談

OB会事務局 戸川様

いつもお世話になっております。{_f['name']}の長男の{_d['mei']}です。
父は先月、{_f['city']}の市民病院でアルツハイマー型認知症と診断され、要介護1の認定を
受けました。医師からは運転をやめるよう言われていますが、本人は買い物に車が必要だと
言って聞きません。免許の返納と、その後の買い物の足について相談できる窓口は
ありますでしょうか。

連絡先：{_d['mobile']}（日中は仕事のため18時以降だと助かります）
------------------------------------

{SIG_TOGA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="forward to a new recipient: a named retiree's dementia diagnosis and care level")

# 025 — internal: retiree's My Number to payroll for the return-support payment
_p = person(sex="M", born=(1944, 1947))
_mn = my_number(SEED + 2)
M(sender=TOGA, to=[f"経理部 給与担当 <kyuyo@{D}>"], charset="cp932",
  subject="返納サポート金 支払調書作成用の情報",
  body=f"""給与担当 各位

OB会事務局の戸川です。
10月に返納サポート金（50,000円）を支給したOB会員1名について、支払調書の作成に
必要な情報をお送りします。ご本人から番号確認書類の写しを受領済みです。

氏名　　：{_p['name']}
住所　　：{_p['addr']}
個人番号：{_mn}
支給日　：2025年10月24日

紙の写しは人事部の施錠キャビネットで保管しています。

{SIG_TOGA}
""",
  expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=[],
  note="My Number sent only to an internal payroll address")

# 026 — reply with 5 participants (comma lines) under the school's quoted request
_p = people(5, born=(1949, 1955))
M(sender=NOSE, to=[HIGASHI], charset="iso-2022-jp",
  subject="Re: 【東武蔵DS】受講者情報ご提出のお願い",
  body=f"""東武蔵ドライビングスクール
石黒様

お世話になっております。日の出産業の能勢です。
ご依頼の受講者情報をお送りします（氏名, 生年月日, 連絡先の順です）。

{chr(10).join(f"{p['name']}, {wareki(p, 0)}, {p['mobile']}" for p in _p)}

以上5名です。よろしくお願いいたします。

能勢

-----Original Message-----
From: 東武蔵ドライビングスクール 受付 [mailto:uketsuke@higashimusashi-ds.jp]
Sent: Monday, November 3, 2025 10:05 AM
To: 能勢 里穂
Subject: 【東武蔵DS】受講者情報ご提出のお願い

日の出産業株式会社 能勢様
12/2の企業向け講習につきまして、受講される方の氏名・生年月日・当日の連絡先を
お知らせください。よろしくお願いいたします。
東武蔵ドライビングスクール 石黒
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="new text of a reply carries five people's DOB and phone numbers")

# 027 — reply where only the quoted confirmation holds the participant list
_p = people(6, born=(1948, 1953))
M(sender=MORI, to=["ひばりが丘自動車学校 村井様 <murai@hibarigaoka-ds.co.jp>"], charset="iso-2022-jp",
  subject="Re: 高齢者講習 予約確定のお知らせ",
  body=f"""村井様

早速のご対応ありがとうございます。
予約内容を確認いたしました。各人には営業所経由で日時を伝えます。
当日はよろしくお願いいたします。

森下

> 日の出産業株式会社 森下様
>
> ご依頼の高齢者講習につきまして、下記のとおり予約が確定いたしました。
>
{chr(10).join(f"> {p['name']}様　{wareki(p, 1)}生　11/{RNG.randint(10, 28)} 9:30～　TEL {p['mobile']}" for p in _p)}
>
> 受講料は後日まとめてご請求いたします。
> ひばりが丘自動車学校 高齢者講習係 村井
""",
  expect="pass", entities=[], detectors=[],
  note="the participant list is only in the quoted text the school sent; new text is a thank-you")

# 028 — DOCX of 9 retirees applying for taxi tickets, to the taxi company
_p = people(9, born=(1936, 1948))
M(sender=TOGA, to=["光タクシー株式会社 法人営業 <hojin@hikari-taxi.co.jp>"], charset="cp932",
  subject="返納者向けタクシー券 交付対象者（10月分）",
  body=f"""光タクシー株式会社
法人営業ご担当者様

お世話になっております。日の出産業 OB会事務局の戸川です。
10月に運転免許を自主返納されたOB会員のタクシー券交付対象者を添付のとおりお送りします。
券はご自宅宛に直接郵送いただく運用で問題ございません。

{SIG_TOGA}
""",
  attachments=[{"kind": "docx", "name": "タクシー券交付対象者_10月.docx",
                "title": "タクシー券交付対象者一覧",
                "paragraphs": ["返納者向けタクシー券 交付対象者一覧（2025年10月分）",
                               "日の出産業株式会社 OB会事務局", ""],
                "tables": [[["No", "氏名", "生年月日", "住所", "電話", "返納日"]]
                           + [[str(i + 1), p["name"], wareki(p, 0), f"〒{p['zip']} {p['addr']}", p["tel"],
                               f"10/{RNG.randint(1, 31)}"] for i, p in enumerate(_p)]]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="9 retirees with DOB, address and phone in a DOCX table to a taxi company")

# 029 — list of branches (business addresses and switchboards) for device installation
_br = [("埼玉営業所", "埼玉県所沢市東町12-8", "04-2922-7710"),
       ("多摩営業所", "東京都府中市分梅町3-41-2", "042-368-5521"),
       ("相模原営業所", "神奈川県相模原市南区松が枝町17-9", "042-749-3310"),
       ("柏営業所", "千葉県柏市若柴178-4", "04-7135-2260"),
       ("つくば出張所", "茨城県つくば市研究学園5-9-1", "029-868-4402"),
       ("高崎営業所", "群馬県高崎市問屋町2-7-11", "027-361-5098"),
       ("沼津営業所", "静岡県沼津市高島本町8-30", "055-921-7765"),
       ("堺営業所", "大阪府堺市北区長曽根町130-42", "072-257-8814")]
M(sender=HOJO, to=[DRIVEEYE], charset="iso-2022-jp",
  subject="車載器設置作業の訪問先一覧",
  body=f"""加賀美様

お世話になっております。北条です。
設置作業の訪問先（営業所）一覧です。当日は各営業所の業務課が立ち会います。

""" + "\n".join(f"■{n}\n　{a}\n　代表 {t}（業務課）" for n, a, t in _br) + f"""

作業可能時間はいずれも9:00～17:00（12:00～13:00を除く）です。

{SIG_HOJO}
""",
  expect="pass", entities=[], detectors=[],
  note="a list of the company's own branches with office addresses and switchboards")

# 030 — PPTX for the insurance agent with a slide naming 5 drivers and their accident history
_p = people(5, born=(1950, 1958))
M(sender=KASHI, to=[HOKEN], charset="iso-2022-jp",
  subject="フリート契約更新に向けた事故分析資料",
  body=f"""東雲保険サービス
寺尾様

お世話になっております。柏木です。
来月のフリート契約更新の打合せに向けて、当社の事故分析資料をお送りします。
高齢ドライバーの重点指導対象者の状況も含めております。

{SIG_KASHI}
""",
  attachments=[{"kind": "pptx", "name": "事故分析_2025上期.pptx", "title": "事故分析 2025年度上期",
                "slides": [["2025年度上期 事故分析", "日の出産業株式会社 安全運転推進室"],
                           ["事故件数の推移", "全体 14件（前年同期 19件）", "うち65歳以上 6件",
                            "後退時の接触が最多（5件）"],
                           ["重点指導対象者（65歳以上・事故2件以上）"]
                           + [f"{p['name']}（{age(p)}歳・{p['branch']}）事故{RNG.randint(2, 4)}件、直近：{RNG.choice(['後退時接触', '右折時接触', '追突', '駐車場内接触'])}"
                              for p in _p],
                           ["今後の対策", "実車診断の全員受講", "バックモニター・センサーの全車装備"]]}],
  expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
  note="a slide lists five named drivers with age, branch and accident history")

# 031 — look-alike of the company's own domain (co. dropped)
M(sender=MORI, to=["柏木 俊介 <kashiwagi.shunsuke@hinode-sangyo.jp>"], charset="iso-2022-jp",
  subject="推進会議（11/6）資料の事前確認",
  body=f"""柏木室長

お疲れさまです。森下です。
11/6の推進会議の資料案を共有フォルダ（\\\\fs01\\安全運転推進室\\会議\\2025-11）に
置きました。主な論点は次の3点です。

1. 75歳以上ドライバーの乗務時間の上限（1日6時間案）
2. 実車診断の受診を年1回→半年1回にするか
3. 返納サポート金の増額（5万円→7万円）

ご確認いただき、修正点があれば明日中にお知らせください。

森下
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="hinode-sangyo.jp is a look-alike of the own domain hinode-sangyo.co.jp")

# 032 — one family on carrier mail, thanks after the father's licence return
_f = person(sex="M", born=(1940, 1943))
M(sender=TOGA, to=[f"{_f['sei']} 様 <{_f['roma'].split()[1].lower()}-fam.{RNG.randint(10, 99)}@docomo.ne.jp>"],
  charset="iso-2022-jp",
  subject="Re: 返納の手続きが終わりました",
  body=f"""{_f['sei']} 様

日の出産業 OB会事務局の戸川でございます。
ご連絡ありがとうございます。{_f['name']} 様の返納のお手続き、無事に済んだとのこと、
ご家族の皆さまもご安心されたことと存じます。

OB会からのタクシー券とICカードは、来週中にご自宅へお届けいたします。
長年の安全運転、本当にお疲れさまでした。

{SIG_TOGA}
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="one carrier-mail family recipient; only a name and a licence return, nothing sensitive")

# 033 — English CSV of 15 drivers to the foreign telematics partner
_p = people(15, born=(1951, 1961))
M(sender=YAMA, to=[KESTREL], charset="utf-8",
  subject="Driver roster for the app onboarding",
  body=f"""Hi Olivia,

Please find attached the driver roster for the Kestrel Driver app onboarding
(Tama and Sagamihara depots). The app should send the invitation SMS to the mobile
number in the file. Dates of birth are needed for your age-band reports.

Let me know if the format works for your import.

Kind regards,
Takumi

{SIG_YAMA}

{DISC_EN}
""",
  attachments=[{"kind": "csv", "name": "driver_roster_tama_sagamihara.csv", "encoding": "utf-8",
                "rows": [["driver_id", "name", "date_of_birth", "mobile", "depot", "licence_expiry"]]
                + [[f"HS{p['emp']}", p["ROMA"], wareki(p, 7), "+81-" + p["mobile"][1:], p["branch"],
                    f"202{RNG.randint(6, 8)}-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}"] for p in _p]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="15 drivers with DOB and mobile numbers in a CSV to an overseas vendor")

# 034 — 5 participants' emergency contacts, tab-separated, to the hotel hosting a course
_p = people(5, born=(1950, 1957))
_e = [person(young=True, born=(1975, 1990)) for _ in range(5)]
M(sender=MORI, to=[SAKURA], charset="cp932",
  subject="宿泊研修（11/27-28）参加者の緊急連絡先",
  body=f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の森下です。
11/27-28の宿泊研修につきまして、フロントで把握しておきたいとのことでしたので、
高齢の参加者の緊急連絡先をお送りします。

参加者\t緊急連絡先\t続柄\t電話
""" + "\n".join(f"{p['name']}\t{p['sei']} {e['mei']}\t{child(e)}\t{e['mobile']}"
                for p, e in zip(_p, _e)) + f"""

よろしくお願いいたします。

{SIG_MORI}
""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="five participants' family emergency contacts with phone numbers to a hotel")

# 035 — 3 attendees' mobile numbers for the day of a course (below threshold)
_p = people(3, born=(1952, 1957))
M(sender=IWAKI, to=[HIGASHI], charset="utf-8",
  subject="11/25 実車診断 当日連絡先（大阪支店分）",
  body=f"""東武蔵ドライビングスクール 受付ご担当者様

お世話になっております。日の出産業 大阪支店の岩城です。
11/25の実車診断に出張参加する大阪支店の3名について、当日の連絡先をお知らせします。
新幹線の遅れなどがあった場合は直接ご連絡ください。

・{_p[0]['name']}　{_p[0]['mobile']}
・{_p[1]['name']}　{_p[1]['mobile']}
・{_p[2]['name']}　{_p[2]['mobile']}

{SIG_IWAKI}
""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="three people's mobile numbers: below the five-person threshold, may warn")

# 036 — one rehired driver's health insurance card number to a health check centre
_p = person(sex="M", born=(1955, 1959))
M(sender=HYUGA, to=["ひかり健診センター 予約課 <yoyaku@hikari-kenshin.or.jp>"], charset="iso-2022-jp",
  subject="運転者健診（視力・聴力）の予約",
  body=f"""ひかり健診センター
予約課ご担当者様

いつもお世話になっております。日の出産業株式会社 健康管理室の日向です。
嘱託で再雇用となったドライバー1名の運転者健診（視力・聴力・血圧）の予約をお願いします。

　氏名　　　：{_p['name']}（{_p['kana']}）
　生年月日　：{wareki(_p, 6)}
　保険証　　：記号 {RNG.randint(10, 99)}{RNG.randint(100, 999)}　番号 {RNG.randint(1, 120)}（日の出産業健康保険組合）
　希望日　　：11月17日（月）または19日（水）午前

費用は従来どおり弊社宛にご請求ください。

{SIG_HYUGA}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
  detectors=["personal_data"],
  note="a health insurance card 記号・番号 of one person sent externally")

# 037 — one driver's licence number and DOB typed in full-width digits
_p = person(sex="M", born=(1948, 1950))
M(sender=IWAKI, to=[MINATO], charset="cp932",
  subject="高齢者講習の予約（1名）",
  body=f"""みなと自動車教習所　宮坂様

いつもお世話になっております。日の出産業大阪支店の岩城です。
本社の森下から御校をご紹介いただきました。下記1名の高齢者講習を予約したく存じます。

氏名　{_p['name']}（{_p['kana']}）
生年月日　{wareki(_p, 3)}
免許証番号　{zen(_p['lic'])}
免許の有効期限　{zen(expiry())}

12月中の平日であればいつでも調整いたします。
よろしくお願いいたします。

{SIG_IWAKI}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
  detectors=["personal_data"],
  note="a licence number (full-width digits) is an identity document number: stops even for one person")

# 038 — leaflet shipment, tracking numbers
M(sender=TOGA, to=[NISHIKI], charset="iso-2022-jp",
  subject="Re: 安全運転だより 発送完了のご連絡",
  body=f"""大塚様

ご連絡ありがとうございます。
予備分の30部は下記の伝票番号で追跡できました。明日午前着の予定とのことで承知しました。

　ヤマト運輸 お問い合わせ伝票番号：4812-3390-5521
　請求書番号：NI-2025-10-0873

今回もきれいに仕上げていただきありがとうございました。冬号もよろしくお願いいたします。

戸川

> 戸川様
> 秋号の発送が完了いたしましたのでご連絡いたします。
> 予備30部はヤマト運輸 4812-3390-5521 にて発送済みです。
> 錦印刷 大塚
""",
  expect="pass", entities=[], detectors=[],
  note="tracking and invoice numbers: ordinary business mail")

# 039 — unencrypted ZIP with a CSV of 10 applicants and a PDF guide
_p = people(10, born=(1947, 1953))
M(sender=MORI, to=[SATSUKI], charset="utf-8",
  subject="高齢者講習 申込書類一式（10名分）",
  body=f"""さつき台自動車学校 ご担当者様

お世話になっております。日の出産業 安全運転推進室の森下です。
1月の高齢者講習の申込書類一式をZIPにまとめてお送りします。
申込者一覧（CSV）と、弊社で配布している受講案内（PDF）が入っています。

{SIG_MORI}
""",
  attachments=[{"kind": "zip", "name": "申込書類一式_1月.zip",
                "files": [{"kind": "csv", "name": "申込者一覧.csv", "encoding": "cp932",
                           "rows": [["氏名", "カナ", "生年月日", "電話", "希望日"]]
                           + [[p["name"], p["kana"], wareki(p, 4), p["mobile"], f"1/{RNG.randint(13, 30)}"]
                              for p in _p]},
                          {"kind": "pdf", "name": "受講案内.pdf",
                           "lines": ["高齢者講習 受講のご案内", "持ち物：運転免許証、通知ハガキ、眼鏡（必要な方）",
                                     "会場：さつき台自動車学校", "問合せ：安全運転推進室 03-5642-7310"]}]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="a ZIP holding a CSV of 10 applicants with DOB and phone")

# 040 — forwarded internal mail (attached .eml) with 6 drivers' medications, to the physician
_p = people(6, born=(1949, 1958))
_meds = ["降圧薬（アムロジピン）", "睡眠導入剤（就寝前）", "抗アレルギー薬（眠気の注意あり）",
         "糖尿病薬（SU剤）", "抗てんかん薬", "抗不安薬（頓服）"]
M(sender=HYUGA, to=[SANGYOI], charset="iso-2022-jp",
  subject="FW: 服薬確認の結果（眠気の出る薬）",
  body=f"""桑原先生

お世話になっております。日向です。
先日の服薬確認の結果、営業所から上がってきたメールを転送いたします。
運転への影響が心配な方について、次回訪問時にご意見をいただけますと幸いです。

{SIG_HYUGA}
""",
  attachments=[{"kind": "eml", "name": "服薬確認の結果.eml",
                "message": {"sender": f"岩城 千尋 <iwaki.chihiro@{D}>", "to": [HYUGA], "charset": "iso-2022-jp",
                            "subject": "服薬確認の結果（眠気の出る薬）",
                            "body": "日向さん\n\n大阪支店の岩城です。服薬確認で申告のあった方をまとめました。\n\n"
                                    + "\n".join(f"{p['name']}（{age(p)}）　{m}" for p, m in zip(_p, _meds))
                                    + "\n\nよろしくお願いします。\n岩城\n"}}],
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="forwarded mail lists six named drivers' medications (health data) to an outside physician")


# ======================================================================================
# 041-060
# ======================================================================================

# 041 — internal: a password ZIP between colleagues
_p = people(9, born=(1946, 1952))
M(sender=HOJO, to=[MORI], cc=[f"車両管理課 <sharyo@{D}>"], charset="cp932",
  subject="免許証写し（更新者分）",
  body="""森下さん

北条です。今月免許を更新した方の免許証の写しをまとめました。
社内ルールどおりパスワード付きです。パスワードはTeamsで送ります。

北条
""",
  attachments=[{"kind": "zip", "name": "menkyo_koushin_202510.zip", "password": "sharyo-1025",
                "files": [{"kind": "csv", "name": "koushin.csv", "encoding": "cp932",
                           "rows": [["氏名", "免許証番号", "有効期限"]]
                           + [[p["name"], p["lic"], expiry()] for p in _p]}]}],
  expect="pass", entities=[], detectors=[],
  note="all recipients internal: an encrypted ZIP between colleagues is allowed")

# 042 — three driving schools see each other in To/Cc
M(sender=MORI, to=["ひばりが丘自動車学校 村井様 <murai@hibarigaoka-ds.co.jp>"],
  cc=[HIGASHI, MINATO], charset="iso-2022-jp",
  subject="来年度 企業向け講習の日程調整について（3校合同のご相談）",
  body=f"""ひばりが丘自動車学校 村井様
東武蔵ドライビングスクール ご担当者様
みなと自動車教習所 宮坂様

いつもお世話になっております。日の出産業の森下です。
来年度の企業向け実車講習について、3校様それぞれにお願いしている枠を
重ならないように調整したく、まとめてご連絡いたしました。

　4〜6月：ひばりが丘様（月2回）
　7〜9月：東武蔵様（月2回）
　10〜12月：みなと様（月2回）
　1〜3月：各校様1回ずつ

ご都合の悪い月がございましたら、11月末までにお知らせください。

{SIG_MORI}
""",
  expect="stop", entities=[],
  detectors=["external_recipients_visible", "multiple_external_domains"],
  note="three external organisations can see each other in To/Cc")

# 043 — mail body classified 【取扱注意】 to the insurance agent
M(sender=KASHI, to=[HOKEN], charset="iso-2022-jp",
  subject="【取扱注意】10月発生の車両事故に関する社内調査概要",
  body=f"""【取扱注意】
━━━━━━━━━━━━━━━━━━━━
東雲保険サービス
寺尾様

お世話になっております。柏木です。
10月17日に発生した車両事故について、社内調査の概要をお送りします。
本件は社内の懲戒判断前の情報を含むため、取扱いにご注意ください。

・発生：10月17日 16時頃、相模原市内の交差点
・状況：右折時に対向直進のバイクと接触（相手方 軽傷）
・当社車両：ハイエース（相模 400 ひ 72-15）
・運転者：当社社員（60代後半）、実車診断 前回評価C
・原因：対向車の見落とし、右折待ちの焦り

示談交渉の進め方について、来週ご相談させてください。

{SIG_KASHI}
""",
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="the mail itself is classified 【取扱注意】 and goes to an external agent")

# 044 — English vendor mail with the standard disclaimer
M(sender=YAMA, to=[KESTREL], cc=["Billing <billing@kestrel-telematics.com>"], charset="utf-8",
  subject="Re: Q3 invoice and data retention question",
  body=f"""Hi Olivia,

Thanks, the Q3 invoice (INV-KT-20251004, JPY 1,284,000 incl. tax) has been approved
and will be paid on 30 November.

On data retention: we would like trip-level data kept for 13 months and the monthly
aggregates for 5 years. Could you confirm this can be set per tenant, and whether
shortening it later deletes the older data immediately?

Best regards,
Takumi

{SIG_YAMA}

{DISC_EN}

On Mon, Nov 3, 2025 at 11:20 AM Olivia Grant <o.grant@kestrel-telematics.com> wrote:
> Hi Takumi, please find the Q3 invoice attached. Also, our engineers asked how long
> you want us to keep raw trip data.
""",
  expect="pass", entities=[], detectors=[],
  note="ordinary English vendor mail; 'confidential' appears only in the standard disclaimer")

# 045 — protected PDF sent to a family member on Gmail
M(sender=HYUGA, to=["kito.kenichi.1971@gmail.com"], charset="iso-2022-jp",
  subject="結果通知書の写しの送付",
  body=f"""鬼頭 様

日の出産業株式会社 健康管理室の日向でございます。
先日お電話でお話しした、お父様の結果通知書の写しをPDFでお送りいたします。
ファイルを開くためのパスワードは、別途SMSでお知らせいたします。

ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_HYUGA}
""",
  attachments=[{"kind": "pdf", "name": "kekka_tsuchi_copy.pdf", "password": "0412kito",
                "lines": ["認知機能検査 結果通知書（写し）", "判定：認知症のおそれがある", "（以下略）"]}],
  expect="stop", entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
  note="password-protected PDF cannot be inspected; one free-mail recipient")

# 046 — one driver's hearing disability, to a driving school, asking for accommodation
_p = person(sex="M", born=(1951, 1953))
M(sender=NOSE, to=[HIGASHI], charset="utf-8",
  subject="講習受講時の配慮のお願い",
  body=f"""東武蔵ドライビングスクール
受付ご担当者様

お世話になっております。日の出産業の能勢です。
12/2の企業向け講習を受講する{_p['name']}（{_p['branch']}）について、ご配慮のお願いです。

本人は聴覚障害があり（身体障害者手帳 4級）、補聴器を使用しています。
座学では前方の席にしていただき、実車の際は指示を事前に紙でいただけると助かります。
必要でしたら筆談用のボードは本人が持参します。

どうぞよろしくお願いいたします。

{SIG_NOSE}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named person's disability (身体障害者手帳) sent to a driving school")

# 047 — four participants with DOB: below the list threshold
_p = people(4, born=(1949, 1951))
M(sender=MORI, to=[SATSUKI], charset="iso-2022-jp",
  subject="Re: 運転技能検査の予約について",
  body=f"""さつき台自動車学校
ご担当者様

ご返信ありがとうございます。日の出産業の森下です。
運転技能検査の対象となる4名について、ご依頼の氏名と生年月日をお知らせします。

　{_p[0]['name']}　{wareki(_p[0], 0)}生
　{_p[1]['name']}　{wareki(_p[1], 0)}生
　{_p[2]['name']}　{wareki(_p[2], 0)}生
　{_p[3]['name']}　{wareki(_p[3], 0)}生

日程は12月9日（火）午前で承知いたしました。

{SIG_MORI}

> 日の出産業株式会社 森下様
> 12月9日（火）午前に4名様分の枠をご用意できます。
> お手数ですが、受検者のお名前と生年月日をお知らせください。
""",
  expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="four people's names and DOB: under the five-person threshold, may warn")

# 048 — rehired older driver's basic pension number to a labour consultant
_p = person(sex="M", born=(1959, 1960))
M(sender=NOSE, to=["あおい社会保険労務士法人 <info@aoi-sr.or.jp>"], charset="cp932",
  subject="嘱託ドライバー1名 資格取得手続きのお願い",
  body=f"""あおい社会保険労務士法人
ご担当者様

いつもお世話になっております。日の出産業 総務課の能勢です。
11月1日付で嘱託ドライバーとして再雇用した1名について、社会保険の資格取得手続きを
お願いいたします。

氏名：{_p['name']}（{_p['kana']}）
生年月日：{wareki(_p, 1)}
基礎年金番号：{RNG.randint(1000, 9999)}-{RNG.randint(100000, 999999)}
報酬月額：248,000円

高齢者の乗務時間制限（1日6時間）の対象ですので、所定労働時間は週30時間です。

{SIG_NOSE}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
  detectors=["personal_data"],
  note="a basic pension number (基礎年金番号) sent to an outside office")

# 049 — announcement to families correctly in Bcc
M(sender=TOGA, to=[f"OB会事務局 <ob-kai@{D}>"],
  bcc=["yuki.hasebe.0612@gmail.com", "ikeda-naomi77@yahoo.co.jp", "kuriki.tsuyoshi@icloud.com",
       "t.saotome@outlook.jp", "hoshina-m@ezweb.ne.jp", "kyutoku.family@softbank.ne.jp"],
  charset="iso-2022-jp",
  subject="【OB会】冬季の安全運転のお願いと説明会資料のご案内",
  body=f"""OB会会員・ご家族の皆さま

（本メールはBCCで一斉にお送りしております）

日の出産業 OB会事務局の戸川でございます。
先日の説明会にご参加いただき、ありがとうございました。
当日の資料はOB会ホームページの会員ページに掲載しております。

これからの季節は日没が早く、夕方の事故が増えます。
・早めのライト点灯
・横断歩道の手前では必ず減速
・雪道・凍結路ではできるだけ運転を控える
を心がけてください。

{SIG_TOGA}
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="families are in Bcc, not visible to each other; free-mail recipients may warn")

# 050 — a passport number for an overseas rental car, to a travel agency
_p = person(sex="M", born=(1957, 1959))
M(sender=YAMA, to=["旅路トラベル 法人デスク <hojin@tabiji-travel.co.jp>"], charset="iso-2022-jp",
  subject="レンタカー手配（シンガポール出張 1名）",
  body=f"""旅路トラベル 法人デスク ご担当者様

いつもお世話になっております。日の出産業の山際です。
12月のシンガポール出張でレンタカーの手配をお願いします。
運転するのは当社技術顧問の{_p['name']}（{age(_p)}歳）で、国外運転免許証は取得済みです。

　氏名（旅券表記）：{_p['ROMA'].upper()}
　旅券番号：T{RNG.choice('KRZ')}{RNG.randint(1000000, 9999999)}
　貸出：12/8 チャンギ空港 10:00 ／ 返却：12/12 同 15:00
　車種：コンパクト（自動ブレーキ付き希望）

高齢ドライバー規程により、安全装備付きの車両でお願いいたします。

{SIG_YAMA}
""",
  expect="stop", entities=["PERSON_NAME", "JP_PASSPORT"], detectors=["personal_data"],
  note="a passport number of a named person sent to a travel agency")

# 051 — a residence card number for course registration
M(sender=IWAKI, to=[MINATO], charset="utf-8",
  subject="高齢者講習 申込（在留カードでの本人確認について）",
  body=f"""みなと自動車教習所 宮坂様

お世話になっております。日の出産業 大阪支店の岩城です。
先日お電話でご相談した件、申込書に記載する本人確認書類の情報をお送りします。

　氏名：SILVA RODRIGUES Paulo（シルバ ロドリゲス パウロ）
　在留カード番号：{RNG.choice(['UH', 'EK', 'RA'])}{RNG.randint(10000000, 99999999)}{RNG.choice(['FA', 'CD', 'JB'])}
　在留期間満了日：2029年3月14日
　希望日：12月11日（木）

当日は本人が在留カードと運転免許証の原本を持参します。
よろしくお願いいたします。

{SIG_IWAKI}
""",
  expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
  note="a residence card number of a named employee sent externally")

# 052 — internal mail marked 社外秘
M(sender=KASHI, to=[f"安全運転推進室 <anzen-suishin@{D}>"], cc=[f"総務部長 <somu-bucho@{D}>"],
  charset="iso-2022-jp",
  subject="【社外秘】高齢ドライバー乗務基準 改定案（第2版）",
  body="""推進室各位
（cc 総務部長）

柏木です。乗務基準の改定案 第2版を共有します。社外秘扱いでお願いします。

【社外秘】
1. 75歳以上：乗務は日中（8時～17時）に限る。高速道路の単独乗務は不可。
2. 70歳以上：実車診断を年2回。評価Cが2回続いた場合は配置転換を検討。
3. 認知機能検査で「おそれあり」となった場合：医師の診断書提出まで乗務停止。

来週の推進会議で議論します。

柏木
""",
  expect="pass", entities=[], detectors=[],
  note="社外秘 marking but all recipients are internal")

# 053 — HTML mail + XLSX with 8 participants' medications and medical history to a university lab
_p = people(8, born=(1944, 1955))
_hist = ["高血圧", "2型糖尿病", "脳梗塞の既往（2019年）", "緑内障", "睡眠時無呼吸症候群", "なし", "心房細動", "白内障術後"]
_meds = ["降圧薬", "DPP-4阻害薬", "抗血小板薬", "点眼薬", "CPAP使用", "なし", "抗凝固薬", "なし"]
M(sender=YAMA, to=["東都大学 交通心理学研究室 <lab-traffic@tohto-u.ac.jp>"], charset="utf-8",
  subject="共同研究：参加者の基礎情報",
  body=f"""東都大学 交通心理学研究室
ご担当者様

お世話になっております。日の出産業 安全運転推進室の山際です。
ドライビングシミュレータ実験の参加者8名の基礎情報（既往歴・服薬）を添付します。

{SIG_YAMA}
""",
  html=f"""<html><body><p>東都大学 交通心理学研究室<br>ご担当者様</p>
<p>お世話になっております。日の出産業 安全運転推進室の山際です。<br>
ドライビングシミュレータ実験の参加者8名の基礎情報（既往歴・服薬）を添付します。<br>
実験日の割り振りは先生のほうでお願いできますでしょうか。</p>
<pre>{SIG_YAMA}</pre></body></html>""",
  attachments=[{"kind": "xlsx", "name": "参加者基礎情報.xlsx",
                "sheets": {"参加者": [["ドライビングシミュレータ実験 参加者一覧"], ["作成：日の出産業 安全運転推進室"],
                                   ["No", "氏名", "年齢", "性別", "既往歴", "服薬", "眼鏡"]]
                           + [[i + 1, p["name"], age(p), "男" if p["sex"] == "M" else "女", h, m,
                               RNG.choice(["あり", "なし"])] for i, (p, h, m) in enumerate(zip(_p, _hist, _meds))]}}],
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="8 named participants with medical history and medication in an XLSX to a university")

# 054 — reply to a daughter restating her father's diagnosis (she told it first)
_f = person(sex="M", born=(1941, 1944))
_d = person(sex="F", born=(1969, 1974), young=True)
M(sender=HYUGA, to=[f"{_d['sei']} {_d['mei']} <{_d['roma'].split()[0].lower()}_{RNG.randint(100, 999)}@yahoo.co.jp>"],
  charset="iso-2022-jp",
  subject="Re: 父の件でご相談",
  body=f"""{_d['sei']} 様

日の出産業 健康管理室の日向でございます。
ご丁寧にご連絡いただき、ありがとうございます。

お父様（{_f['name']} 様）が軽度認知障害（MCI）と診断され、ドネペジルの服用を
始められたとのこと、承知いたしました。嘱託でのお仕事は、主治医の意見書を
いただくまで運転を伴わない倉庫内業務に切り替えるよう、所属長と調整いたします。

意見書の様式は来週郵送いたします。ご不明な点があればいつでもご連絡ください。

{SIG_HYUGA}

> 日向様
> 父が先日、物忘れ外来で軽度認知障害と言われ、薬を飲み始めました。
> 会社での運転はどうすればよいでしょうか。
""",
  expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data", "freemail_recipient"],
  note="a diagnosis restated in new text, but only to the daughter who reported it: a judgement call")

# 055 — look-alike of partner midori-ginko.co.jp (letter added)
M(sender=NOSE, to=["法人営業部 <hojin-eigyo@midori-ginkou.co.jp>"], charset="cp932",
  subject="総合振込の予約について（11月25日実行分）",
  body=f"""みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 総務課の能勢です。
11月25日実行分の総合振込（返納サポート金ほか 計12件、合計620,000円）を
インターネットバンキングで予約いたしました。
承認者が出張中のため、承認は24日午前になる見込みです。実行に間に合いますでしょうか。

{SIG_NOSE}
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp")

# 056 — dash-cam order, product codes
M(sender=HOJO, to=["川崎電機 法人営業 <hojin@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
  subject="ドライブレコーダー追加発注（注文書 HS-PO-25-1187）",
  body=f"""川崎電機株式会社 法人営業部 御中

いつもお世話になっております。日の出産業 車両管理課の北条です。
高齢ドライバー担当車両向けのドライブレコーダーを下記のとおり追加発注いたします。

　KD-DR750W（前後2カメラ・車内カメラ付）　 ×14台　＠28,600円
　KD-PS12（駐車監視ケーブル）　　　　　　 ×14本　＠3,200円
　KD-SD64E（高耐久microSD 64GB）　　　　　×28枚　＠2,450円

納品先：総務部 車両管理課（本社）
希望納期：11月28日
注文書番号：HS-PO-25-1187

{SIG_HOJO}
""",
  expect="pass", entities=[], detectors=[],
  note="an order with product codes and prices")

# 057 — look-alike of partner tsubasa-system.jp (co. added)
M(sender=MORI, to=["ツバサシステム 開発担当 <dev-support@tsubasa-system.co.jp>"], charset="utf-8",
  subject="講習予約システム 改修のお願い（受講履歴の表示）",
  body=f"""ツバサシステム株式会社
開発ご担当者様

いつもお世話になっております。日の出産業 安全運転推進室の森下です。
講習予約システムについて、以下の改修をお願いできますでしょうか。

1. ドライバー詳細画面に、過去3年分の受講履歴（講習種別・受講日・評価）を表示
2. 免許有効期限の6か月前に本人と所属長へ自動通知
3. 予約一覧のCSV出力に「所属営業所」列を追加

お見積りとスケジュール感をいただけますと幸いです。

{SIG_MORI}
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="tsubasa-system.co.jp is a look-alike (added co.) of partner tsubasa-system.jp")

# 058 — a retiree who was the victim of a hit-and-run, to the insurance agent
_p = person(sex="M", born=(1942, 1945))
M(sender=TOGA, to=[HOKEN], charset="iso-2022-jp",
  subject="OB会員 当て逃げ被害の件（団体保険のご相談）",
  body=f"""東雲保険サービス
寺尾様

お世話になっております。日の出産業 OB会事務局の戸川です。
OB会の団体自動車保険に加入している{_p['name']}様（{_p['city']}在住）から、
10月30日夕方、スーパーの駐車場に停めていた車が当て逃げの被害に遭ったとの連絡がありました。
すでに警察に被害届を出し、受理番号も控えているとのことです。

ご本人は高齢で手続きに不安があるため、事故受付の流れをご本人とご家族向けに
ご説明いただけますでしょうか。

{SIG_TOGA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named person having been the victim of a crime (hit-and-run) is special-care data")

# 059 — aggregate figures to the city's transport policy office
M(sender=MORI, to=["日野山市 交通政策課 <kotsu-seisaku@city.hinoyama.lg.jp>"], charset="iso-2022-jp",
  subject="高齢者の運転免許自主返納支援に関する情報提供",
  body=f"""日野山市 交通政策課
ご担当者様

いつもお世話になっております。日の出産業株式会社 安全運転推進室の森下です。
先日ご依頼いただいた、当社の返納支援の実績（集計値）をお送りします。

　・2024年度 返納者数：OB会員 37名（うち日野山市在住 6名）
　・返納時の平均年齢：79.4歳
　・タクシー券の利用率：82%
　・返納後の相談件数：54件（買い物の足 31件、通院 18件、その他 5件）

個人が特定される情報は含めておりません。市のデマンド交通との連携について、
年明けにご相談させてください。

{SIG_MORI}
""",
  expect="pass", entities=[], detectors=[],
  note="aggregated statistics only; no individual can be identified")

# 060 — an employee's arrest for drink-driving, to the law firm
_p = person(sex="M", born=(1958, 1961))
M(sender=KASHI, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"], charset="iso-2022-jp",
  subject="社員の逮捕の件（至急ご相談）",
  body=f"""白川先生

いつもお世話になっております。日の出産業の柏木です。
至急ご相談させてください。

当社{_p['branch']}の嘱託ドライバー {_p['name']}（{age(_p)}歳）が、昨夜、私用車の運転中に
検問で酒気帯び運転の疑いで現行犯逮捕されたと、ご家族から連絡がありました。
業務外の事案ですが、社用車の乗務もしている者です。

本人への対応（面会、就業規則上の扱い）と、報道があった場合の対応について、
本日中にお電話でご助言をいただけますでしょうか。

{SIG_KASHI}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named employee's arrest (criminal record data) sent to a law firm")


# ======================================================================================
# 061-080
# ======================================================================================

# 061 — PDF of 10 seconded drivers' scores with mobiles, to partner Aoba Unyu
_p = people(10, born=(1952, 1960))
M(sender=YAMA, to=[AOBA], charset="iso-2022-jp",
  subject="出向ドライバーの運転評価（9月分）",
  body=f"""青葉運輸株式会社
佐伯様

お世話になっております。日の出産業の山際です。
貴社に出向している当社ドライバー10名の9月分の運転評価をPDFでお送りします。
評価Cの方には、貴社の運行管理者様から直接声掛けをお願いできますでしょうか。
連絡先も記載しております。

{SIG_YAMA}
""",
  attachments=[{"kind": "pdf", "name": "運転評価_出向者_2025-09.pdf", "title": "運転評価（9月分）",
                "lines": ["出向ドライバー 運転評価（2025年9月分）", "日の出産業株式会社 安全運転推進室", ""],
                "table": [["氏名", "携帯", "走行km", "急ブレーキ", "速度超過", "評価"]]
                + [[p["name"], p["mobile"], str(RNG.randint(800, 3200)), str(RNG.randint(0, 14)),
                    str(RNG.randint(0, 9)), RNG.choice("AABBC")] for p in _p]}],
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="PDF table of 10 named drivers with mobile numbers and scores to a partner")

# 062 — English, one business contact person (own staff) for the installation
M(sender=YAMA, to=[KESTREL], charset="utf-8",
  subject="Site contact for the Saitama installation day",
  body=f"""Hi Olivia,

For the installation day at our Saitama depot (18 November), your technicians can
ask for Ms. Haruka Ode (depot operations) through the depot switchboard,
+81-4-2922-7710. She will have the vehicle keys ready from 8:30.

Parking for your van is available in bay 3, next to the loading dock.

Cheers,
Takumi

{SIG_YAMA}
""",
  expect="pass", entities=[], detectors=[],
  note="one business contact reachable through the depot switchboard")

# 063 — 6 retirees' bank accounts for the return-support payment, to the bank
_p = people(6, born=(1938, 1947))
_banks = [("みどり銀行", "日本橋支店"), ("みどり銀行", "所沢支店"), ("ゆうちょ銀行", "〇一八店"),
          ("武蔵野信用金庫", "府中支店"), ("房総銀行", "柏支店"), ("みどり銀行", "高崎支店")]
M(sender=NOSE, to=["みどり銀行 日本橋支店 法人担当 <nihonbashi-hojin@midori-ginko.co.jp>"], charset="cp932",
  subject="総合振込 明細の確認のお願い（返納サポート金）",
  body=f"""みどり銀行 日本橋支店
法人担当 ご担当者様

いつもお世話になっております。日の出産業 総務課の能勢です。
先ほどの総合振込で、組戻しになった場合の確認のため明細をお送りします。
受取人口座の確認をお願いいたします。

受取人　　　　　　　　銀行・支店　　　　　　　　　種目　口座番号　　金額
""" + "\n".join(f"{p['kana']}　　{b}　{s}　普通　{RNG.randint(1000000, 9999999)}　50,000円"
                for p, (b, s) in zip(_p, _banks)) + f"""

{SIG_NOSE}
""",
  expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
  note="six individuals' bank accounts (kana names) sent to the bank")

# 064 — XLSX whose page header is 社外秘, to partner Aoba Unyu
M(sender=HOJO, to=[AOBA], charset="iso-2022-jp",
  subject="車両更新計画（2026-2028）の共有",
  body=f"""佐伯様

お世話になっております。北条です。
来期以降の車両更新計画をお送りします。貴社の整備計画とのすり合わせにご利用ください。

{SIG_HOJO}
""",
  attachments=[{"kind": "xlsx", "name": "車両更新計画_2026-2028.xlsx", "title": "車両更新計画",
                "page_header": "社外秘", "page_footer": "日の出産業株式会社 車両管理課",
                "sheets": {"計画": [["【社外秘】車両更新計画 2026-2028"], [],
                                  ["年度", "更新台数", "うち安全装備強化", "予算（千円）"],
                                  ["2026", 22, 14, 61600], ["2027", 18, 12, 50400], ["2028", 15, 15, 43500]],
                           "前提": [["単価は2025年10月時点の見積による。"]]}}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="the workbook is classified 社外秘 (page header and title row)")

# 065 — DOCX stamped 部外秘, to partner Tsubasa System
M(sender=MORI, to=["ツバサシステム 開発担当 <dev-support@tsubasa-system.jp>"], charset="iso-2022-jp",
  subject="講習予約システム 要件追加の資料",
  body=f"""ツバサシステム株式会社
開発ご担当者様

お世話になっております。森下です。
先ほどの改修依頼の背景として、社内向けにまとめた乗務基準の資料をお送りします。
通知ロジックの参考にしてください。

{SIG_MORI}
""",
  attachments=[{"kind": "docx", "name": "乗務基準_改定案_説明資料.docx", "title": "乗務基準 改定案",
                "page_header": "部外秘",
                "paragraphs": ["部外秘", "高齢ドライバー乗務基準 改定案 説明資料", "",
                               "1. 75歳以上は日中のみ乗務、高速道路の単独乗務は不可とする。",
                               "2. 免許有効期限の6か月前から、講習の予約状況を毎月確認する。",
                               "3. 認知機能検査の結果待ちの間は乗務時間を1日4時間に制限する。"]}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="attached DOCX is stamped 部外秘 and goes to an external vendor")

# 066 — five families in To (five private parties)
M(sender=TOGA, to=["yuki.hasebe.0612@gmail.com", "t.saotome@outlook.jp", "hoshina-m@ezweb.ne.jp",
                   "kyutoku.family@softbank.ne.jp", "emi-shoji55@gmail.com"], charset="iso-2022-jp",
  subject="説明会の日程変更のお知らせ",
  body=f"""OB会ご家族の皆さま

OB会事務局の戸川です。
11月22日に予定しておりました家族向け説明会は、会場の都合により
11月29日（土）13:30～に変更させていただきます。
ご不便をおかけし申し訳ございません。ご都合が合わなくなった方はご返信ください。

{SIG_TOGA}
""",
  expect="stop", entities=[],
  detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  note="five private persons in To see each other's addresses: should be Bcc")

# 067 — a school, a taxi company and a family on Gmail in To/Cc: three parties
M(sender=TOGA, to=[HIBARI, "光タクシー株式会社 配車センター <haisha@hikari-taxi.co.jp>"],
  cc=["aimono.kazuko@gmail.com"], charset="cp932",
  subject="11/19 高齢者講習の送迎手配について",
  body=f"""ひばりが丘自動車学校 高齢者講習係 様
光タクシー 配車センター 様
（cc：四十物様ご家族）

お世話になっております。日の出産業 OB会事務局の戸川です。
11/19（水）10時からの高齢者講習に、返納前の最後の講習として受講されるOB会員の
送迎を光タクシー様にお願いしております。
講習の終了予定時刻を、学校様から配車センター様へ直接お知らせいただけますでしょうか。

{SIG_TOGA}
""",
  expect="stop", entities=[],
  detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  note="two organisations and a private person all visible in To/Cc: three external parties")

# 068 — internal forward of a family's mail about a diagnosis
_f = person(sex="M", born=(1956, 1959))
M(sender=TOGA, to=[HYUGA], cc=[MORI], charset="iso-2022-jp",
  subject="FW: 夫の病気について",
  body=f"""日向さん（cc 森下さん）

戸川です。嘱託の{_f['name']}さんの奥様から下記のメールが届きました。
乗務の扱いについて健康管理室で対応をお願いできますか。

---------- Forwarded message ---------
From: {_f['sei']} 和子 <kazuko.{_f['roma'].split()[1].lower()}@gmail.com>
Subject: 夫の病気について

お世話になっております。{_f['name']}の妻です。
夫が先週てんかんの発作を起こして入院し、主治医から当面は車の運転を控えるよう
言われました。本人からは言いにくいようなので、私からご連絡しました。
""",
  expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], detectors=[],
  note="special-care data forwarded, but only to internal colleagues")

# 069 — bullet list of 7 employees due for screening, with DOB (和暦) and licence expiry
_p = people(7, born=(1949, 1950))
M(sender=MORI, to=["ひばりが丘自動車学校 村井様 <murai@hibarigaoka-ds.co.jp>"], charset="iso-2022-jp",
  subject="来年の認知機能検査・講習の対象者（見込み）",
  body=f"""村井様

いつもお世話になっております。森下です。
来年上期に免許更新を迎える弊社ドライバーのうち、認知機能検査が必要となる方の
見込みをお送りします。枠の確保の参考にしてください。

""" + "\n".join(f"・{p['name']}（{wareki(p, 8)}生）　免許期限 令和8年{RNG.randint(2, 7)}月{p['d']}日　{p['branch']}"
                for p in _p) + f"""

通知ハガキが届いた方から順次、予約のご連絡をいたします。

{SIG_MORI}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="seven named employees with dates of birth sent to a driving school")

# 070 — one block per family: 5 retirees' family contacts for watch-over support
_p = people(5, born=(1937, 1945))
_fam = [person(young=True, born=(1965, 1980)) for _ in range(5)]
_blocks = []
for p, f in zip(_p, _fam):
    _blocks.append(f"""【{p['name']} 様（{age(p)}歳）】
　住所：{p['addr']}
　自宅電話：{p['tel']}
　ご家族：{p['sei']} {f['mei']} 様（{child(f)}）　{f['mobile']}""")
M(sender=TOGA, to=["地域包括支援センターきたの <soudan@kitano-houkatsu.or.jp>"], charset="utf-8",
  subject="返納後の見守りにご協力いただける方の連絡先",
  body=f"""地域包括支援センターきたの
ご担当者様

いつもお世話になっております。日の出産業 OB会事務局の戸川です。
先日ご相談した「返納後の見守り」について、センター様からの訪問に同意いただいた
OB会員5名の連絡先をお送りします。

""" + "\n\n".join(_blocks) + f"""

訪問の際は事前にご家族へお電話いただけますと助かります。

{SIG_TOGA}
""",
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="five retirees' records (address, phone, family mobile) in blocks to an outside centre")

# 071 — corrupt XLSX to the leasing company
M(sender=HOJO, to=[LEASE], charset="cp932",
  subject="走行距離報告（10月分）",
  body=f"""堀内様

お世話になっております。北条です。
10月分のリース車両の走行距離報告をお送りします。
超過見込みの車両については別途ご相談させてください。

{SIG_HOJO}
""",
  attachments=[{"kind": "corrupt", "name": "走行距離報告_202510.xlsx"}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="the attached workbook is corrupt and cannot be inspected")

# 072 — forwarding the driving school's completion list (attached .eml) to the vendor
_p = people(6, born=(1946, 1952))
M(sender=YAMA, to=[DRIVEEYE], charset="iso-2022-jp",
  subject="FW: 講習修了者のご報告",
  body=f"""加賀美様

お世話になっております。山際です。
教習所から届いた講習修了者の一覧を転送します。
修了者のアプリ上の「講習受講済み」フラグを更新いただけますでしょうか。

{SIG_YAMA}
""",
  attachments=[{"kind": "eml", "name": "講習修了者のご報告.eml",
                "message": {"sender": "ひばりが丘自動車学校 村井 <murai@hibarigaoka-ds.co.jp>",
                            "to": [MORI], "charset": "iso-2022-jp", "subject": "講習修了者のご報告",
                            "body": "日の出産業株式会社 森下様\n\n本日の高齢者講習の修了者をご報告いたします。\n\n"
                                    + "\n".join(f"{p['name']}様　生年月日 {wareki(p, 0)}　修了証番号 HG-{RNG.randint(10000, 99999)}"
                                                for p in _p)
                                    + "\n\nひばりが丘自動車学校 高齢者講習係 村井\n"}}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="forwarded mail (new to its recipient) lists six people with dates of birth")

# 073 — one driver's sleep apnoea diagnosis, to the telematics vendor
_p = person(sex="M", born=(1957, 1960))
M(sender=YAMA, to=[DRIVEEYE], charset="utf-8",
  subject="眠気アラートの閾値調整のお願い（1名）",
  body=f"""加賀美様

お世話になっております。山際です。
眠気アラートの閾値について、個別調整をお願いしたいドライバーが1名います。

{_p['name']}さん（{_p['branch']}、車載器 DE-700 / 車両 {plate()}）が、先月の検査で
重症の睡眠時無呼吸症候群と診断され、現在CPAP治療を始めたところです。
治療が安定するまでの3か月間、アラートの感度を一段階上げていただけますでしょうか。

{SIG_YAMA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named driver's sleep apnoea diagnosis and treatment sent to a vendor")

# 074 — legacy XLS of 14 drivers' eyesight results to an optician
_p = people(14, born=(1948, 1960))
_xr = [["視力検査結果（2025年10月 社内検査）"], ["氏名", "年齢", "裸眼 右", "裸眼 左", "矯正 両眼", "判定"]]
for p in _p:
    both = round(RNG.uniform(0.4, 1.2), 1)
    _xr.append([p["name"], age(p), round(RNG.uniform(0.1, 0.9), 1), round(RNG.uniform(0.1, 0.9), 1), both,
                "要再検査" if both < 0.7 else "基準以上"])
M(sender=HOJO, to=["メガネの光陽堂 法人窓口 <houjin@koyodo-megane.co.jp>"], charset="cp932",
  subject="眼鏡の作り替え 出張相談会のお願い",
  body=f"""メガネの光陽堂
法人窓口ご担当者様

お世話になっております。日の出産業の北条です。
先日ご相談した、社内での出張相談会（眼鏡の作り替え）の件です。
社内検査の結果を添付しますので、対象者の人数や必要な準備をご検討ください。

{SIG_HOJO}
""",
  attachments=[{"kind": "xls", "name": "shiryoku_kekka_202510.xls", "sheets": {"結果": _xr}}],
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="14 named drivers' eyesight test results (health check data) in an XLS to an optician")

# 075 — the sensitive fact is in the subject line
_p = person(sex="M", born=(1947, 1948))
M(sender=MORI, to=[HIBARI], charset="iso-2022-jp",
  subject=f"{_p['sei']}様 認知機能検査の結果（認知症のおそれあり）と講習予約の保留について",
  body=f"""村井様

お世話になっております。森下です。
件名の件、12月に予約していた{_p['sei']}様の講習は、医師の診断が出るまで
いったん保留とさせてください。キャンセル料が発生する場合はお知らせください。

森下
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="the subject line ties a named driver to a cognitive screening result")

# 076 — reply whose new text lists six people with phone numbers (comma-separated)
_p = people(6, born=(1950, 1957))
M(sender=IWAKI, to=[MINATO], charset="utf-8",
  subject="RE: 1月 実車診断のお申込み",
  body=f"""宮坂様

お世話になっております。大阪支店の岩城です。
1月の実車診断の申込者6名をお送りします。

氏名,ふりがな,携帯番号,希望日
""" + "\n".join(f"{p['name']},{p['kana']},{p['mobile']},1/{RNG.choice([15, 16, 22])}" for p in _p) + f"""

よろしくお願いいたします。

{SIG_IWAKI}

From: 宮坂 <miyasaka@minato-kyoshujo.co.jp>
Sent: Friday, November 7, 2025 4:12 PM
To: 岩城 千尋
Subject: 1月 実車診断のお申込み

岩城様
1月の実車診断は15日・16日・22日に枠がございます。
お申込みの方のお名前と連絡先をお知らせください。
""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="six people's mobile numbers in the new text of a reply")

# 077 — homoglyph look-alike of the own domain (l for i)
M(sender=HOJO, to=["森下 玲奈 <morishita.rena@hlnode-sangyo.co.jp>"], charset="iso-2022-jp",
  subject="実車診断の社用車手配",
  body="""森下さん

北条です。12/2の実車診断の移動用に、本社のハイエースを2台押さえました。
運転は若手の2名にお願いしています。出発は8:15、地下駐車場B2です。

北条
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="hlnode-sangyo.co.jp imitates the own domain (l for i)")

# 078 — PDF of 5 drivers' licence numbers for driver registration at the leasing company
_p = people(5, born=(1952, 1958))
M(sender=HOJO, to=[LEASE], charset="iso-2022-jp",
  subject="運転者登録の追加（5名）",
  body=f"""堀内様

お世話になっております。北条です。
リース車両の運転者登録に、下記書類の5名を追加してください。
任意保険の運転者限定の変更も併せてお願いいたします。

{SIG_HOJO}
""",
  attachments=[{"kind": "pdf", "name": "運転者登録追加_5名.pdf",
                "lines": ["運転者登録 追加申請", "日の出産業株式会社 総務部 車両管理課", ""],
                "table": [["氏名", "生年月日", "免許証番号", "免許の種類"]]
                + [[p["name"], wareki(p, 1), p["lic"], RNG.choice(["普通", "中型", "準中型"])] for p in _p]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
  detectors=["personal_data"],
  note="licence numbers of five drivers in a PDF to the leasing company")

# 079 — booking confirmation with booking number and fee
M(sender=NOSE, to=[HIGASHI], charset="cp932",
  subject="Re: ご予約確認（予約番号 HM-251202-07）",
  body=f"""石黒様

ご確認ありがとうございます。
予約番号 HM-251202-07、12月2日（火）13:30～ 企業向け講習 5名、
受講料 60,000円（税込）、請求書払いで承知いたしました。
請求書は総務課 能勢宛にお送りください。

{SIG_NOSE}
""",
  expect="pass", entities=[], detectors=[],
  note="booking number and fee: ordinary booking mail")

# 080 — partner's subdomain (not a look-alike)
M(sender=HOJO, to=["青葉運輸 整備センター <seibi@fleet.aoba-unyu.co.jp>"], charset="iso-2022-jp",
  subject="12月の定期点検の入庫日",
  body=f"""青葉運輸株式会社 整備センター御中

お世話になっております。日の出産業 車両管理課の北条です。
12月の定期点検（3か月点検）の入庫日を下記でお願いいたします。

　12/3（水）多摩 400 す 18-62、多摩 400 す 18-63
　12/5（金）相模 480 た 3-07

代車は不要です。

{SIG_HOJO}
""",
  expect="pass", entities=[], detectors=[],
  note="fleet.aoba-unyu.co.jp is a subdomain of the partner, not a look-alike")


# ======================================================================================
# 081-100
# ======================================================================================

# 081 — pseudonymous driver IDs with age bands and scores, to the foreign vendor
_rows = ["driver_ref,age_band,depot,km_sep,harsh_brake_per100km,speeding_per100km,score"]
for i in range(20):
    _rows.append(f"D-{RNG.randint(1000, 9999)},{RNG.choice(['65-69', '70-74', '75-79'])},{RNG.choice(BRANCHES[:6])},"
                 f"{RNG.randint(600, 3100)},{round(RNG.uniform(0.2, 3.5), 1)},{round(RNG.uniform(0, 2.1), 1)},{RNG.randint(52, 96)}")
M(sender=YAMA, to=[KESTREL], charset="utf-8",
  subject="Benchmark data for the older-driver model",
  body=f"""Hi Olivia,

As discussed, below is the September extract for your older-driver benchmark. Driver
references are our internal pseudonyms (the key stays with us); no names or contact
details are included.

{chr(10).join(_rows)}

Best,
Takumi

{SIG_YAMA}
""",
  expect="either", entities=[], detectors=[],
  note="20 pseudonymous driver rows with age band and scores: re-identifiable only with our key")

# 082 — one driver's 'no concern' screening result, needed for the course booking
_p = person(sex="M", born=(1949, 1950))
M(sender=MORI, to=[SATSUKI], charset="iso-2022-jp",
  subject="高齢者講習の予約（認知機能検査 受検済み1名）",
  body=f"""さつき台自動車学校 ご担当者様

お世話になっております。日の出産業の森下です。
{_p['name']}（{_p['branch']}）について、認知機能検査は10月に受検済みで、
結果は「認知症のおそれなし」でしたので、高齢者講習（2時間）の予約をお願いいたします。
希望日は12月の平日午前です。

{SIG_MORI}
""",
  expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a benign screening result of one named driver: health data or a routine booking detail")

# 083 — general eyesight rules to a family member on iCloud
M(sender=HYUGA, to=["naomi.shitara@icloud.com"], charset="utf-8",
  subject="Re: 免許更新の視力の基準について",
  body=f"""設楽 様

日の出産業 健康管理室の日向です。お問い合わせありがとうございます。

普通免許の更新に必要な視力は、眼鏡などを使ってよいので
・両眼で0.7以上、かつ一眼でそれぞれ0.3以上
（一眼が0.3未満の場合は、もう一眼の視野が150度以上で視力0.7以上）
となっています。

眼鏡を作り替えた場合は、免許証の「眼鏡等」の条件はそのままで問題ありません。
ご心配であれば、更新の前に眼科で一度検査を受けられると安心です。

{SIG_HYUGA}
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="general information to one free-mail family member; no personal data")

# 084 — aggregated research figures to a university
M(sender=YAMA, to=["東都大学 交通心理学研究室 <lab-traffic@tohto-u.ac.jp>"], charset="iso-2022-jp",
  subject="共同研究 中間報告用の集計値",
  body=f"""先生

お世話になっております。山際です。
中間報告用に、当社側の集計値をお送りします。

　対象：65歳以上のドライバー 42名（男性39名／女性3名、平均年齢 71.2歳）
　認知機能検査 受検者：11名（うち「おそれあり」1名）
　実車診断 評価分布：A 12名／B 23名／C 7名
　テレマティクス 急ブレーキ平均：1.4回/100km（全社平均 1.1回）

個人単位のデータは同意取得の手続きが済むまでお出しできませんので、ご了承ください。

{SIG_YAMA}
""",
  expect="pass", entities=[], detectors=[],
  note="aggregate figures only; no individual is identifiable")

# 085 — one employee's name and a preferred date only
M(sender=IWAKI, to=[MINATO], charset="utf-8",
  subject="実車診断 1名追加のお願い",
  body=f"""宮坂様

いつもお世話になっております。大阪支店の岩城です。
1月22日の実車診断に、弊社の平良（たいら）を1名追加できますでしょうか。
難しければ2月の枠でも構いません。

{SIG_IWAKI}
""",
  expect="pass", entities=[], detectors=[],
  note="a name with a booking request and no other personal data")

# 086 — DOCX procedure guide to a family on outlook.jp
M(sender=TOGA, to=["早乙女 剛 <t.saotome@outlook.jp>"], charset="iso-2022-jp",
  subject="返納手続きの流れ（資料送付）",
  body=f"""早乙女 様

日の出産業 OB会事務局の戸川でございます。
先日のお電話でお話しした、免許返納の手続きの流れをまとめた資料をお送りします。
ご家族でご覧いただければ幸いです。

{SIG_TOGA}
""",
  attachments=[{"kind": "docx", "name": "免許返納の手続きの流れ.docx", "title": "免許返納の手続きの流れ",
                "paragraphs": ["免許返納の手続きの流れ（OB会員・ご家族向け）", "",
                               "1. 最寄りの警察署または運転免許センターへ行く（代理申請は原則不可）",
                               "2. 申請書に記入し、運転免許証を返納する",
                               "3. 運転経歴証明書を希望する場合は写真と手数料1,100円を用意",
                               "4. OB会事務局へ連絡（タクシー券・ICカードを贈呈）",
                               "問合せ：OB会事務局 03-5642-7188（平日9時～17時）"],
                "tables": [[["特典", "内容"], ["タクシー券", "500円券×40枚"], ["ICカード", "5,000円分"]]]}],
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="a generic procedure guide to one free-mail family member")

# 087 — seminar slides for projection at the hotel, copyright notice only
M(sender=MORI, to=[SAKURA], charset="iso-2022-jp",
  subject="11/29 説明会 投影資料の事前送付",
  body=f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の森下です。
11/29の説明会で投影する資料を事前にお送りします。
会場のPCで開けるかご確認いただけますでしょうか（PowerPoint 2019以降で作成）。

{SIG_MORI}
""",
  attachments=[{"kind": "pptx", "name": "家族向け説明会_投影資料.pptx",
                "page_footer": "© 日の出産業株式会社　本資料の無断転載を禁じます",
                "slides": [["ご家族向け 安全運転説明会", "日の出産業株式会社 安全運転推進室"],
                           ["高齢ドライバーの事故の傾向", "出会い頭・右折時が多い", "夕方の時間帯に注意"],
                           ["75歳からの免許更新", "認知機能検査 → 高齢者講習", "一定の違反歴があれば運転技能検査"],
                           ["ご家族にできること", "同乗して運転を見てみる", "返納後の移動手段を一緒に考える"]]}],
  expect="pass", entities=[], detectors=[],
  note="generic slides with a copyright notice, which is not a confidentiality marking")

# 088 — attendance counts per branch for catering
M(sender=MORI, to=["北国フーズ ケータリング <catering@kitaguni-foods.co.jp>"], charset="cp932",
  subject="説明会のお茶・軽食の数量",
  body=f"""北国フーズ株式会社 ケータリングご担当者様

お世話になっております。日の出産業の森下です。
11/29の説明会のお茶・軽食の数量を添付のとおりお願いいたします。

{SIG_MORI}
""",
  attachments=[{"kind": "xlsx", "name": "数量_1129.xlsx",
                "sheets": {"数量": [["11/29 説明会 参加人数（申込ベース）"], [],
                                  ["区分", "人数", "お茶", "軽食"],
                                  ["OB会員", 28, 28, 28], ["ご家族", 41, 41, 41],
                                  ["スタッフ", 9, 9, 9], ["合計", 78, 78, 78]]}}],
  expect="pass", entities=[], detectors=[],
  note="head counts only, no people's records")

# 089 — reply: the list is in the quoted text, the new text moves one booking
_p = people(6, born=(1948, 1954))
M(sender=MORI, to=[HIGASHI], charset="iso-2022-jp",
  subject="Re: 12月 講習予約一覧のご確認",
  body=f"""石黒様

ご確認ありがとうございます。1点だけ変更をお願いします。
{_p[2]['name']}さんの受講日を12/10から12/17に変更できますでしょうか。
他の方はこの内容で確定でお願いいたします。

森下

-----Original Message-----
From: 東武蔵ドライビングスクール 受付
Sent: Thursday, November 6, 2025 2:30 PM
Subject: 12月 講習予約一覧のご確認

日の出産業株式会社 森下様
12月の予約内容をご確認ください。
""" + "\n".join(f"{p['name']}　{wareki(p, 1)}生　12/{10 if i == 2 else RNG.choice([3, 10, 17])}　連絡先 {p['mobile']}"
                for i, p in enumerate(_p)) + """
東武蔵ドライビングスクール 石黒
""",
  expect="pass", entities=[], detectors=[],
  note="the six-person list is quoted from the school's own mail; the new text names one person only")

# 090 — English: two pilot drivers' mobiles for app onboarding
_p = people(2, born=(1955, 1959))
M(sender=YAMA, to=[KESTREL], charset="utf-8",
  subject="Two pilot users for the coaching feature",
  body=f"""Hi Olivia,

For the in-app coaching pilot, please enrol these two drivers first:

  {_p[0]['roma']} — mobile +81 {_p[0]['mobile'][1:]}
  {_p[1]['roma']} — mobile +81 {_p[1]['mobile'][1:]}

Both have agreed to receive the SMS invitation. If the pilot works, we will send the
full Tama depot list through the secure upload portal, not by e-mail.

Thanks,
Takumi

{SIG_YAMA}
""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="two people's names and mobiles: under the five-person threshold, may warn")

# 091 — internal: OB families' contact workbook
_p = people(30, born=(1936, 1958))
M(sender=TOGA, to=[f"OB会事務局 <ob-kai@{D}>"], cc=[NOSE], charset="iso-2022-jp",
  subject="OB会 家族連絡先台帳（10月更新版）",
  body="""事務局各位

戸川です。家族連絡先台帳を10月時点に更新しました。
変更箇所は黄色で塗っています。社外への送付はしないでください。

戸川
""",
  attachments=[{"kind": "xlsx", "name": "家族連絡先台帳_202510.xlsx",
                "sheets": {"台帳": [["OB会 家族連絡先台帳（2025年10月更新）"],
                                  ["会員番号", "氏名", "生年月日", "住所", "電話", "ご家族", "ご家族携帯"]]
                           + [[f"OB-{RNG.randint(1000, 1999)}", p["name"], wareki(p, 1), p["addr"], p["tel"],
                               f"{p['sei']} {RNG.choice(GIVEN_YOUNG)[0]}", person(young=True)["mobile"]] for p in _p]}}],
  expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
  note="a large list of people, but every recipient is internal")

# 092 — to the traffic safety association; mentions confidentiality in passing
M(sender=MORI, to=["日野山市交通安全協会 事務局 <jimukyoku@hinoyama-kotsuanzen.or.jp>"], charset="iso-2022-jp",
  subject="交通安全教室の講師派遣のお願い",
  body=f"""日野山市交通安全協会
事務局ご担当者様

はじめてご連絡いたします。日の出産業株式会社 安全運転推進室の森下と申します。
当社の高齢ドライバー向け研修で、交通安全教室の講師をお願いできないかと思い、
ご連絡いたしました。

　日時：2026年2月中旬の平日 14:00～15:30
　場所：日の出産業ビル 3階 大会議室
　受講者：65歳以上の社員 約40名

当社の事故事例をお見せする場合は、機密情報の取扱いについて別途覚書を
取り交わさせていただければと存じます。謝金の規程などございましたらお知らせください。

{SIG_MORI}
""",
  expect="pass", entities=[], detectors=[],
  note="the word 機密 is only mentioned, not a marking; no personal data")

# 093 — English PPTX whose footer says Internal Only, to the foreign vendor
M(sender=KASHI, to=[KESTREL], cc=[YAMA], charset="utf-8",
  subject="Programme roadmap for our discussion next week",
  body=f"""Dear Olivia,

Ahead of next week's meeting, I attach our programme roadmap so that your team can
prepare the proposal for phase 2. Please let me know if anything is unclear.

Best regards,
Shunsuke Kashiwagi
Head of Safety Driving Programme, Hinode Sangyo Co., Ltd.
""",
  attachments=[{"kind": "pptx", "name": "programme_roadmap_2026.pptx", "title": "Safety Driving Programme Roadmap",
                "page_footer": "INTERNAL ONLY - Hinode Sangyo Co., Ltd.",
                "slides": [["Safety Driving Programme 2026-2028", "Internal Only"],
                           ["Phase 2 scope", "Telematics on all 240 vehicles", "Coaching app for drivers 65+",
                            "Vendor shortlist: DriveEye, Kestrel"],
                           ["Budget ceiling", "JPY 48m per year", "Target: -30% accidents by FY2028"]]}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="the attached deck is marked Internal Only and goes to an external vendor")

# 094 — XLSX: itinerary sheet for the bus company, plus a second sheet of 7 participants
_p = people(7, born=(1949, 1956))
M(sender=NOSE, to=["星空観光バス 営業所 <eigyo@hoshizora-bus.co.jp>"], charset="cp932",
  subject="実車研修バスの行程表",
  body=f"""星空観光バス株式会社
営業所ご担当者様

お世話になっております。日の出産業 総務課の能勢です。
12/12の実車研修（教習所での実習）の行程表をお送りします。
ご確認のほどよろしくお願いいたします。

{SIG_NOSE}
""",
  attachments=[{"kind": "xlsx", "name": "行程表_1212.xlsx",
                "sheets": {"行程": [["12/12 実車研修 行程表"], [],
                                  ["時刻", "内容", "場所"],
                                  ["7:45", "集合・出発", "日の出産業ビル前"],
                                  ["9:30", "到着・研修開始", "さつき台自動車学校"],
                                  ["15:30", "研修終了・出発", "同上"],
                                  ["17:30", "解散", "日の出産業ビル前"]],
                           "参加者": [["氏名", "生年月日", "携帯", "緊急連絡先"]]
                           + [[p["name"], wareki(p, 4), p["mobile"], p["tel"]] for p in _p]}}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
  note="the second sheet of the workbook lists seven participants with DOB and phones")

# 095 — reply to one family on carrier mail about what to bring
M(sender=TOGA, to=["hoshina-m@ezweb.ne.jp"], charset="iso-2022-jp",
  subject="Re: 説明会 出席します",
  body=f"""保科 様

OB会事務局の戸川です。ご出席のご返信ありがとうございます。
当日は筆記用具のみお持ちください。資料は会場でお配りします。
ご家族お二人でのご参加も歓迎です。

{SIG_TOGA}

> 戸川様　説明会、夫と二人で出席します。保科
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="short reply to one carrier-mail family member, no personal data")

# 096 — mentions that results are confidential, but carries no marking and no data
M(sender=HYUGA, to=[HIBARI], charset="iso-2022-jp",
  subject="Re: 検査結果の受け渡し方法について",
  body=f"""村井様

お世話になっております。健康管理室の日向です。
ご提案ありがとうございます。
検査結果は機密性の高い個人情報ですので、メールでのやり取りは控え、
今後はご本人が結果通知書を講習当日に持参する形にさせてください。
学校様から弊社への結果のご連絡も不要です。

{SIG_HYUGA}
""",
  expect="pass", entities=[], detectors=[],
  note="talks about confidentiality of results without carrying any or being marked")

# 097 — English reply; only the quoted part holds a roster
_p = people(5, born=(1952, 1958))
M(sender=YAMA, to=[KESTREL], charset="utf-8",
  subject="Re: Drivers without app activation",
  body=f"""Hi Olivia,

Thanks for the list. I have asked the depot managers to remind these drivers in person
this week; most of them said the SMS went to an old phone. We will come back to you by
Friday with updated numbers through the portal.

Takumi

On Wed, Nov 5, 2025 at 9:02 AM Olivia Grant <o.grant@kestrel-telematics.com> wrote:
> Hi Takumi,
> The following drivers have not activated the app yet:
""" + "\n".join(f"> {p['ROMA']}  +81 {p['mobile'][1:]}" for p in _p) + """
> Could you follow up internally?
> Olivia
""",
  expect="pass", entities=[], detectors=[],
  note="the roster is only in the quoted text from the vendor itself")

# 098 — one retiree's postal address so the school can mail a certificate
_p = person(sex="F", born=(1945, 1948))
M(sender=TOGA, to=[SATSUKI], charset="utf-8",
  subject="修了証明書の郵送先について",
  body=f"""さつき台自動車学校 ご担当者様

お世話になっております。日の出産業 OB会事務局の戸川です。
先日講習を受講したOB会員の{_p['name']}様から、修了証明書を自宅に郵送して
ほしいとのご依頼がありました。郵送先は以下のとおりです。

〒{_p['zip']}
{_p['addr']}
{_p['name']} 様

お手数ですがよろしくお願いいたします。

{SIG_TOGA}
""",
  expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
  note="one person's postal address: below the list threshold, may warn")

# 099 — internal HTML table of 12 drivers' scores and mobiles
_p = people(12, born=(1950, 1960))
M(sender=YAMA, to=[f"営業所長各位 <eigyosho-cho@{D}>"], cc=[KASHI], charset="utf-8",
  subject="【要対応】9月 運転評価Cのドライバー",
  html="""<html><body><p>営業所長各位</p>
<p>安全運転推進室の山際です。9月の運転評価でC判定となったドライバーです。<br>
今月中に個別面談をお願いします。</p>
<table border="1"><tr><th>所属</th><th>氏名</th><th>年齢</th><th>携帯</th><th>主な指摘</th></tr>
""" + "".join(f"<tr><td>{p['branch']}</td><td>{p['name']}</td><td>{age(p)}</td><td>{p['mobile']}</td>"
             f"<td>{RNG.choice(['急ブレーキ多発', '速度超過', '一時不停止', '夜間走行が多い'])}</td></tr>" for p in _p)
  + "</table><p>山際</p></body></html>",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
  note="a list of 12 drivers, but every recipient is internal")

# 100 — payment notice quoting the school's registration (T-) number
_t = corporate_number(f"{RNG.randint(10 ** 11, 10 ** 12 - 1)}")
M(sender=NOSE, to=["ひばりが丘自動車学校 経理 <keiri@hibarigaoka-ds.co.jp>"], charset="cp932",
  subject="お振込みのご連絡（請求書 No.HG-2510-0442）",
  body=f"""ひばりが丘自動車学校
経理ご担当者様

いつもお世話になっております。日の出産業 総務課の能勢です。
下記のご請求について、本日お振込みいたしましたのでご連絡いたします。

　請求書番号：HG-2510-0442
　登録番号：T{_t}
　金額：51,600円（税込、8名分 高齢者講習）
　振込先：みどり銀行 ひばりが丘支店 普通 3318024 ｶ)ﾋﾊﾞﾘｶﾞｵｶｼﾞﾄﾞｳｼｬｶﾞｯｺｳ

ご確認のほどよろしくお願いいたします。

{SIG_NOSE}
""",
  expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
  note="invoice number, the school's T-number and its company account: business data only")
