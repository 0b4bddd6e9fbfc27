"""Blind corpus — area: shugakuryoko (修学旅行・教育旅行デスク).

The school-trip desk of 日の出産業株式会社 旅行事業部 教育旅行センター: students' rooming
lists, food allergies, chronic conditions and medication, guardians' contacts, ryokan,
bus companies, theme parks, overseas trips with passports, schools and boards of
education.

Every person, school, company, address, phone number, passport, card and My Number in
this file is invented (fictional but plausible); any likeness to real persons is chance.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

AREA = "shugakuryoko"
SEED = 12801
rng = random.Random(SEED)
_MN = itertools.count(SEED)
_CN = itertools.count(SEED)


def next_my_number() -> str:
    return my_number(next(_MN))


def next_card() -> str:
    return card_number(next(_CN))


MESSAGES: list[dict] = []


def add(**m) -> None:
    m = {"id": f"{AREA}-{len(MESSAGES) + 1:03d}", **m}
    if m.get("charset") == "iso-2022-jp":  # as Japanese mailers do: FULLWIDTH TILDE -> WAVE DASH
        for k in ("subject", "body", "html"):
            if m.get(k):
                m[k] = m[k].replace("～", "〜")
    m.setdefault("entities", [])
    m.setdefault("detectors", [])
    MESSAGES.append(m)


# -- text helpers ---------------------------------------------------------------------

def cw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def pad(s, n: int) -> str:
    s = str(s)
    return s + " " * max(n - cw(s), 0)


def cols(rows, gap: int = 2, rule: str | None = "-") -> str:
    """Plain-text columns padded with ASCII spaces under a header and a rule."""
    widths = [max(cw(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append((" " * gap).join(pad(c, widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)


def zcols(rows) -> str:
    """Columns padded with full-width spaces (what people do in Outlook)."""
    widths = [max(cw(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            fill = max(widths[i] - cw(c), 0)
            cells.append(c + "　" * (fill // 2) + " " * (fill % 2))
        out.append("　".join(cells).rstrip())
    return "\n".join(out)


_ZEN = str.maketrans("0123456789-()/.:,", "０１２３４５６７８９－（）／．：，")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, k, y0 = "令和", "R", 2018
    elif d >= date(1989, 1, 8):
        era, k, y0 = "平成", "H", 1988
    else:
        era, k, y0 = "昭和", "S", 1925
    y = d.year - y0
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{k}{y}.{d.month}.{d.day}"
    if style == "slash":
        return f"{k}{y:02d}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    digits = [int(c) for c in base12]
    s = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(digits), start=1))
    return str(9 - s % 9) + base12


# -- invented people -------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
    ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("藤原", "フジワラ", "Fujiwara"),
    ("松田", "マツダ", "Matsuda"), ("原田", "ハラダ", "Harada"), ("中野", "ナカノ", "Nakano"),
    ("小川", "オガワ", "Ogawa"), ("五十嵐", "イガラシ", "Igarashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"),
    ("薬袋", "ミナイ", "Minai"), ("左右田", "ソウダ", "Soda"), ("比嘉", "ヒガ", "Higa"),
    ("喜屋武", "キャン", "Kyan"), ("四十物", "アイモノ", "Aimono"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("春日", "カスガ", "Kasuga"), ("及川", "オイカワ", "Oikawa"), ("金城", "キンジョウ", "Kinjo"),
    ("宇佐美", "ウサミ", "Usami"), ("鬼頭", "キトウ", "Kito"), ("越智", "オチ", "Ochi"),
    ("丹羽", "ニワ", "Niwa"), ("萩原", "ハギワラ", "Hagiwara"), ("千葉", "チバ", "Chiba"),
]
BOYS = [
    ("陽翔", "ハルト", "Haruto"), ("蓮", "レン", "Ren"), ("湊", "ミナト", "Minato"), ("蒼", "アオイ", "Aoi"),
    ("樹", "イツキ", "Itsuki"), ("悠真", "ユウマ", "Yuma"), ("大和", "ヤマト", "Yamato"),
    ("颯太", "ソウタ", "Sota"), ("大翔", "ヒロト", "Hiroto"), ("律", "リツ", "Ritsu"),
    ("朝陽", "アサヒ", "Asahi"), ("奏太", "カナタ", "Kanata"), ("陸", "リク", "Riku"),
    ("悠人", "ユウト", "Yuto"), ("蒼空", "ソラ", "Sora"), ("壮真", "ソウマ", "Soma"),
    ("瑛太", "エイタ", "Eita"), ("晴", "ハル", "Haru"), ("健太郎", "ケンタロウ", "Kentaro"),
    ("航平", "コウヘイ", "Kohei"), ("隼", "ハヤト", "Hayato"), ("新", "アラタ", "Arata"),
    ("琉生", "ルイ", "Rui"), ("慶", "ケイ", "Kei"), ("拓海", "タクミ", "Takumi"), ("翔", "カケル", "Kakeru"),
]
GIRLS = [
    ("陽葵", "ヒマリ", "Himari"), ("凛", "リン", "Rin"), ("結菜", "ユイナ", "Yuina"), ("芽依", "メイ", "Mei"),
    ("葵", "アオイ", "Aoi"), ("紬", "ツムギ", "Tsumugi"), ("咲良", "サクラ", "Sakura"), ("美桜", "ミオ", "Mio"),
    ("心春", "コハル", "Koharu"), ("杏", "アン", "An"), ("琴音", "コトネ", "Kotone"), ("莉子", "リコ", "Riko"),
    ("結衣", "ユイ", "Yui"), ("柚希", "ユズキ", "Yuzuki"), ("詩", "ウタ", "Uta"), ("千尋", "チヒロ", "Chihiro"),
    ("彩花", "アヤカ", "Ayaka"), ("美羽", "ミウ", "Miu"), ("花音", "カノン", "Kanon"), ("遥", "ハルカ", "Haruka"),
    ("愛梨", "アイリ", "Airi"), ("七海", "ナナミ", "Nanami"), ("真央", "マオ", "Mao"), ("菜々子", "ナナコ", "Nanako"),
    ("晴香", "ハルカ", "Haruka"), ("日菜", "ヒナ", "Hina"),
]
MEN = [
    ("浩之", "ヒロユキ", "Hiroyuki"), ("誠", "マコト", "Makoto"), ("大輔", "ダイスケ", "Daisuke"),
    ("健一", "ケンイチ", "Kenichi"), ("剛", "ツヨシ", "Tsuyoshi"), ("和也", "カズヤ", "Kazuya"),
    ("直人", "ナオト", "Naoto"), ("隆", "タカシ", "Takashi"), ("修", "オサム", "Osamu"),
    ("雅彦", "マサヒコ", "Masahiko"), ("哲也", "テツヤ", "Tetsuya"), ("聡", "サトシ", "Satoshi"),
]
WOMEN = [
    ("恵美", "エミ", "Emi"), ("由美子", "ユミコ", "Yumiko"), ("真由美", "マユミ", "Mayumi"),
    ("裕子", "ユウコ", "Yuko"), ("智子", "トモコ", "Tomoko"), ("美穂", "ミホ", "Miho"),
    ("香織", "カオリ", "Kaori"), ("直美", "ナオミ", "Naomi"), ("綾", "アヤ", "Aya"),
    ("久美子", "クミコ", "Kumiko"), ("千夏", "チナツ", "Chinatsu"), ("理恵", "リエ", "Rie"),
]

# (prefecture, city, postal prefix, area code, local digits, towns)
CITIES = {
    "kawagoe": ("埼玉県", "川越市", "350", "049", 3, ["新宿町", "脇田本町", "霞ケ関北", "的場", "今福", "岸町"]),
    "funabashi": ("千葉県", "船橋市", "273", "047", 3, ["本町", "前原西", "習志野台", "夏見", "宮本"]),
    "sagamihara": ("神奈川県", "相模原市中央区", "252", "042", 3, ["相模原", "清新", "淵野辺", "矢部"]),
    "nerima": ("東京都", "練馬区", "176", "03", 4, ["豊玉北", "石神井町", "大泉学園町", "光が丘", "桜台"]),
    "okazaki": ("愛知県", "岡崎市", "444", "0564", 2, ["康生通西", "羽根町", "美合町", "明大寺町"]),
    "sakai": ("大阪府", "堺市北区", "591", "072", 3, ["中百舌鳥町", "長曽根町", "百舌鳥梅町", "新金岡町"]),
    "nishinomiya": ("兵庫県", "西宮市", "662", "0798", 2, ["甲子園口", "今津曙町", "樋之池町", "段上町"]),
    "sendai": ("宮城県", "仙台市青葉区", "980", "022", 3, ["国分町", "上杉", "八幡", "木町通"]),
}
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "au.com"]

GRADE_BIRTH = {
    "小6": (date(2013, 4, 2), date(2014, 4, 1)),
    "中3": (date(2011, 4, 2), date(2012, 4, 1)),
    "高1": (date(2010, 4, 2), date(2011, 4, 1)),
    "高2": (date(2009, 4, 2), date(2010, 4, 1)),
    "adult": (date(1963, 1, 1), date(1997, 12, 31)),
}

_USED: set[tuple[str, str]] = set()


def rand_date(a: date, b: date) -> date:
    return a + timedelta(days=rng.randrange((b - a).days + 1))


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(10000):04d}"


class Person:
    def __init__(self, grade: str = "中3", sex: str | None = None, city: str | None = None,
                 surname: tuple[str, str, str] | None = None):
        self.sex = sex or rng.choice("男女")
        adult = grade == "adult"
        pool = (MEN if self.sex == "男" else WOMEN) if adult else (BOYS if self.sex == "男" else GIRLS)
        while True:
            s = surname or rng.choice(SURNAMES)
            g = rng.choice(pool)
            if (s[0], g[0]) not in _USED:
                _USED.add((s[0], g[0]))
                break
        self.sei, self.sei_k, self.sei_r = s
        self.mei, self.mei_k, self.mei_r = g
        self.dob = rand_date(*GRADE_BIRTH[grade])
        self.city = city or rng.choice(list(CITIES))
        pref, cityname, zp, ac, ld, towns = CITIES[self.city]
        self.mobile = mobile()
        local = rng.randrange(10 ** (ld - 1) * 2, 10 ** ld)
        self.home = f"{ac}-{local}-{rng.randrange(10000):04d}"
        self.zip = f"{zp}-{rng.randrange(10000):04d}"
        self.addr = (f"{pref}{cityname}{rng.choice(towns)}{rng.randrange(1, 6)}丁目"
                     f"{rng.randrange(1, 30)}番{rng.randrange(1, 25)}号")
        if rng.random() < 0.3:
            self.addr += f" {rng.choice(['コーポ', 'グランハイツ', 'メゾン', 'パレス'])}"
            self.addr += f"{rng.choice(['若葉', '桜', '緑風', '白樺'])}{rng.randrange(1, 4)}0{rng.randrange(1, 9)}"
        self.email = (f"{self.mei_r.lower()}{rng.choice(['.', '_', '-', ''])}{self.sei_r.lower()}"
                      f"{rng.randrange(1, 99)}@{rng.choice(FREEMAIL)}")
        self.passport = f"{rng.choice(['TK', 'TR', 'TS', 'TZ', 'MU', 'MZ', 'TH'])}{rng.randrange(10 ** 7):07d}"
        self.pp_exp = rand_date(date(2027, 6, 1), date(2036, 3, 31))
        self.cls = 0
        self.no = 0

    @property
    def name(self) -> str:
        return f"{self.sei} {self.mei}"

    @property
    def zname(self) -> str:
        return f"{self.sei}　{self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.sei_k} {self.mei_k}"

    @property
    def roma(self) -> str:
        return f"{self.sei_r.upper()} {self.mei_r.upper()}"

    def guardian(self) -> "Person":
        g = Person("adult", sex=rng.choice("男女女"), city=self.city,
                   surname=(self.sei, self.sei_k, self.sei_r))
        g.zip, g.addr, g.home = self.zip, self.addr, self.home
        g.rel = "父" if g.sex == "男" else "母"
        return g


def roster(n: int, grade: str, city: str, classes: int = 4, girls_only: bool = False) -> list[Person]:
    out = []
    for i in range(n):
        p = Person(grade, sex="女" if girls_only else None, city=city)
        p.cls = i % classes + 1
        out.append(p)
    out.sort(key=lambda p: (p.cls, p.sei_k))
    for c in range(1, classes + 1):
        for k, p in enumerate([p for p in out if p.cls == c], start=1):
            p.no = k
    return out


ALLERGENS = ["卵", "乳", "小麦", "えび", "かに", "そば", "落花生", "キウイ", "くるみ", "さば", "いか"]


# -- the desk and its signatures ------------------------------------------------------

D = "hinode-sangyo.co.jp"
STAFF = {
    "onodera": ("小野寺 真帆", "Maho Onodera", "m-onodera", "国内教育旅行課", "080-3391-0462"),
    "kishimoto": ("岸本 亮", "Ryo Kishimoto", "r-kishimoto", "国内教育旅行課", "080-3391-0517"),
    "murase": ("村瀬 健二", "Kenji Murase", "k-murase", "課長代理", "080-3391-0208"),
    "hasebe": ("長谷部 由紀", "Yuki Hasebe", "y-hasebe", "国内教育旅行課", "080-3391-0733"),
    "todo": ("藤堂 直樹", "Naoki Todo", "n-todo", "国内教育旅行課", "080-3391-0651"),
    "saijo": ("西条 エミリ", "Emily Saijo", "e-saijo", "海外教育旅行課", "080-3391-0894"),
    "yabuki": ("矢吹 さやか", "Sayaka Yabuki", "s-yabuki", "国内教育旅行課", "080-3391-0376"),
    "horiuchi": ("堀内 聡", "Satoshi Horiuchi", "s-horiuchi", "旅行事業部 業務経理", "080-3391-0112"),
    "miyashita": ("宮下 千尋", "Chihiro Miyashita", "c-miyashita", "管理本部 総務人事課", "080-3391-0045"),
}


def frm(key: str) -> str:
    return f"{STAFF[key][0]} <{STAFF[key][2]}@{D}>"


def sig(key: str, style: int = 0) -> str:
    name, en, local, dept, mob = STAFF[key]
    if style == 0:
        return (f"━━━━━━━━━━━━━━━━━━━━━━━━\n"
                f"日の出産業株式会社 {'旅行事業部 教育旅行センター ' + dept if '課' in dept and '本部' not in dept and '経理' not in dept else dept}\n{name}\n"
                f"〒330-0854 埼玉県さいたま市大宮区桜木町1-9-30 日の出大宮ビル6F\n"
                f"TEL 048-600-2710（代）／FAX 048-600-2719\n携帯 {mob}\n"
                f"E-mail {local}@{D}\n"
                f"観光庁長官登録旅行業第1877号／(一社)日本旅行業協会正会員\n"
                f"━━━━━━━━━━━━━━━━━━━━━━━━")
    if style == 1:
        return (f"--\n{name}（{en}）\n日の出産業(株) 教育旅行センター\n"
                f"TEL:048-600-2710  携帯:{mob}\n{local}@{D}")
    if style == 2:
        return (f"{en}\nSchool & Educational Travel Center\nHinode Sangyo Co., Ltd.\n"
                f"1-9-30 Sakuragi-cho, Omiya-ku, Saitama 330-0854, Japan\n"
                f"Tel +81-48-600-2710 / Mobile +81-{mob[1:]}\n{local}@{D}")
    return f"/// {name} @ 日の出産業 教育旅行センター  内線 {rng.randrange(2100, 2199)}"


DISCLAIMER_JP = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISCLAIMER_EN = ("This e-mail and any attachments may contain confidential information intended "
                 "solely for the addressee. If you have received it in error, please notify the "
                 "sender and delete it. Any unauthorised use or disclosure is prohibited.")

# -- the schools, their students -------------------------------------------------------

SHINONOME = roster(48, "中3", "kawagoe", classes=4)        # 京都・奈良
FUCHINOBE = roster(36, "中3", "sagamihara", classes=3)     # 京都・大阪
HOKUTO = roster(40, "高2", "sendai", classes=4)            # 北海道
SEIRAN = roster(30, "高2", "nerima", classes=2)            # シンガポール / 豪州研修
SUIMEI = roster(36, "高2", "okazaki", classes=3)           # 沖縄 民泊
MARIA = roster(24, "高1", "nishinomiya", classes=2, girls_only=True)  # 台湾
HAMADERA = roster(20, "高2", "sakai", classes=2)           # ハワイ
MINATO = roster(32, "小6", "funabashi", classes=2)         # 日光
TEACHERS = [Person("adult", city=c) for c in ["kawagoe"] * 6 + ["okazaki"] * 7 + ["nerima"] * 5]

# =====================================================================================
# 001 — rooming list, padded columns, to a ryokan (stop)
_boys = [p for p in SHINONOME if p.sex == "男" and p.cls in (1, 2)][:12]
_girls = [p for p in SHINONOME if p.sex == "女" and p.cls in (1, 2)][:12]
_rows = [["部屋", "組", "氏名", "フリガナ", "性別"]]
for i, p in enumerate(_boys):
    _rows.append([f"本館{301 + i // 4}", f"{p.cls}組", p.name, p.kana, "男"])
for i, p in enumerate(_girls):
    _rows.append([f"新館{201 + i // 4}", f"{p.cls}組", p.name, p.kana, "女"])
add(
    expect="stop",
    sender=frm("onodera"),
    to=["若草旅館 団体予約係 <dantai@wakakusa-ryokan.co.jp>"],
    subject="【東雲中学校様】5/21ご宿泊分 部屋割り（1・2組）",
    charset="iso-2022-jp",
    body=f"""若草旅館
団体予約係 東様

いつもお世話になっております。
日の出産業 教育旅行センターの小野寺でございます。

川越市立東雲中学校様（3年生）の修学旅行、5月21日（木）ご宿泊分のうち
1・2組の部屋割りが学校様より届きましたので、取り急ぎお送りいたします。
男子は本館3階、女子は新館2階で事前にお願いしていた通りです。

{cols(_rows)}

3・4組分は明日中にお送りいたします。
引率教員（6名）のお部屋は前回お送りした通り、本館2階和室でお願いいたします。
ルームキーの受け渡しは部屋長がフロントに伺います。

どうぞよろしくお願いいたします。

{sig("onodera")}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="24 students' rooming rows (name, kana, class, sex, room) to an external ryokan: a list of people.",
)

# 002 — quote request to a ryokan, counts only (pass)
add(
    expect="pass",
    sender=frm("kishimoto"),
    to=["嵯峨野荘 ご予約係 <yoyaku@saganoso.jp>"],
    subject="修学旅行団体 お見積りのお願い（10/14 1泊・中学3年生）",
    charset="cp932",
    body=f"""嵯峨野荘
ご予約係 ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 教育旅行センターの岸本と申します。

相模原市立淵野辺東中学校様の修学旅行につきまして、
下記条件にてご宿泊のお見積りをお願いできますでしょうか。

　・日程　　　2026年10月14日（水）1泊2食
　・人数　　　生徒 男子58名／女子54名　計112名
　　　　　　　引率教員 8名（男性5・女性3）、看護師 1名、同行カメラマン 1名
　・客室　　　生徒：1室5～6名で20～22室
　　　　　　　教員：1～2名利用で6室程度
　・夕食　　　18:30～ 大広間（学年一斉）
　・朝食　　　7:00～
　・入浴　　　大浴場の時間割り（男女各40分×2回程度）をご相談させてください
　・その他　　食物アレルギー対応の可否（除去食・代替食の範囲）
　　　　　　　救護室（布団1組）のご用意の可否

ご回答は10日頃までにいただけますと大変助かります。
何卒よろしくお願い申し上げます。

{sig("kishimoto", 1)}
""",
    note="Quote request with head counts only; no person's data.",
)

# 003 — allergy list, tab-separated, to partner caterer (stop)
_al = [p for p in HOKUTO][:40:5]
_lines = ["組\t番号\t氏名\tアレルゲン\t対応"]
for p in _al:
    a = rng.sample(ALLERGENS, rng.choice([1, 1, 2]))
    how = rng.choice(["除去食", "代替食", "完全除去（コンタミ不可）", "除去食／エピペン携帯"])
    _lines.append(f"{p.cls}\t{p.no}\t{p.name}\t{'・'.join(a)}\t{how}")
add(
    expect="stop",
    sender=frm("hasebe"),
    to=["北国フーズ 法人営業部 <houjin@kitaguni-foods.co.jp>"],
    cc=[f"{STAFF['onodera'][0]} <{STAFF['onodera'][2]}@{D}>"],
    subject="Re: 北斗高校様 2/3機内・車内昼食のアレルギー対応について",
    charset="utf-8",
    body="北国フーズ\n法人営業部 大谷様\n\nお世話になっております。日の出産業の長谷部です。\n"
         "昨日お電話でお話しした、県立北斗高等学校様（2年生）の車内弁当の件です。\n"
         "学校様の保健調査から、食物アレルギーのある生徒の一覧を抜き出しました。\n"
         "Excelから貼り付けていますので、ずれていたらすみません。\n\n"
         + "\n".join(_lines) +
         "\n\n上記8名分は個別包装・氏名ラベル貼付でお願いします。\n"
         "エピペン携帯の生徒については、引率の養護教諭が同じ号車に乗車します。\n\n"
         + sig("hasebe", 1) + "\n",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Named students' food allergies (health data) in a tab list to an external caterer.",
)

# 004 — bento order with allergy counts only (pass)
add(
    expect="pass",
    sender=frm("hasebe"),
    to=["北国フーズ 受注センター <order@kitaguni-foods.co.jp>"],
    subject="【発注】2/3 北斗高校様 昼食弁当 158食",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社
受注センター 御中

いつもありがとうございます。日の出産業 教育旅行センター 長谷部です。
下記のとおり発注いたします。

発注番号：HS-EDU-26-0417
納品日時：2026年2月3日（火）11:15
納品場所：新千歳空港 国内線ターミナル 団体待合所（1F 南端）
品　　名：幕の内弁当（北海道限定 鮭いくら）＠1,080円（税込）
数　　量：
　　通常食　　　　150食
　　卵除去　　　　　3食
　　乳除去　　　　　1食
　　小麦除去　　　　2食
　　えび・かに除去　2食
　　――――――――――――
　　合計　　　　　158食
お茶（500ml）158本 ＠140円

アレルギー対応食はシールで区別のうえ、別の番重に分けてお入れください。
どの生徒が受け取るかは当日引率の先生が配布しますので、氏名ラベルは不要です。

請求書は従来通り月末締めでお願いいたします。

日の出産業株式会社 教育旅行センター
長谷部 由紀　TEL 048-600-2710
""",
    note="Order with allergy-meal counts only: no identifiable person, business order data.",
)

# 005 — one student's type 1 diabetes in a sentence, partner hotel (stop)
_p = SHINONOME[7]
add(
    expect="stop",
    sender=frm("onodera"),
    to=["さくらホテル京都駅前 宿泊営業 前川様 <maekawa@sakura-hotel.jp>"],
    subject="5/20ご宿泊 東雲中学校様 冷蔵庫のお願い",
    charset="iso-2022-jp",
    body=f"""さくらホテル京都駅前
宿泊営業 前川様

お世話になっております。日の出産業の小野寺です。
5月20日にお世話になる東雲中学校様の件で、1点お願いがございます。

{_p.cls}組の{_p.name}さん（{_p.sei_k}{_p.mei_k}）が1型糖尿病で、
毎食前にインスリンの自己注射をしております。
インスリン製剤の保管のため、お部屋（{401 + _p.no % 5}号室予定）に冷蔵庫がない場合は、
フロントでお預かりいただくか、小型冷蔵庫の貸出をお願いできますでしょうか。
低血糖時のためのジュース等は本人が持参いたします。

夕食・朝食時に配膳より先に注射の時間を取りますので、
会場の隅に衝立のある席をご用意いただけますと助かります。

お手数をおかけしますが、ご確認のほどよろしくお願いいたします。

{sig("onodera", 1)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="One named student's diagnosis (type 1 diabetes, insulin) to a partner hotel: 要配慮個人情報.",
)

# 006 — floor plan counts + one teacher contact (pass, warned)
_t = TEACHERS[0]
add(
    expect="pass",
    sender=frm("onodera"),
    to=["さくらホテル京都駅前 宿泊営業 前川様 <maekawa@sakura-hotel.jp>"],
    subject="5/20 東雲中学校様 客室割り振り（人数）と当日のご連絡先",
    charset="iso-2022-jp",
    body=f"""前川様

いつもお世話になっております。日の出産業の小野寺です。
5/20の客室割り振り（人数ベース）をお送りします。部屋割り表は学校様で作成中です。

　4F　男子　 8室（4名×6室、5名×2室）　34名
　5F　女子　 8室（4名×5室、5名×3室）　35名
　6F　教員　 5室（シングル3、ツイン2）　 7名
　　　　　　　　　　　　　　　　　　　計 76名

当日の学校側責任者は教頭の{_t.name}先生です。
到着が遅れる場合などは先生の携帯（{_t.mobile}）へ直接ご連絡ください。
私も同行いたしますので、私の携帯でも結構です。

よろしくお願いいたします。

{sig("onodera", 1)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Room counts plus one teacher's name and mobile: one person's contact, may be warned.",
)

# 007 — look-alike of the partner hotel domain (stop)
add(
    expect="stop",
    sender=frm("onodera"),
    to=["前川様 <maekawa@sakura-hotels.jp>"],
    subject="Re: 5/20 東雲中学校様 夕食開始時間の件",
    charset="iso-2022-jp",
    body=f"""前川様

ご回答ありがとうございます。
夕食は18:45開始、大広間「嵐山」で承知いたしました。
学校様にもその旨お伝えしております。

入館は17:30頃の予定です。バス2台、正面玄関前に停車させていただきます。

{sig("onodera", 3)}

> 小野寺様
> お世話になっております。さくらホテル京都駅前 前川でございます。
> 5/20の夕食会場ですが、大広間「嵐山」を18:45よりご用意できます。
> 宜しくお願い致します。
""",
    detectors=["lookalike_domain"],
    note="Recipient domain sakura-hotels.jp is a one-letter look-alike of partner sakura-hotel.jp.",
)

# 008 — passport list XLSX to overseas operator (stop)
_sh1 = [["Seiran Gakuen High School — Singapore Study Tour 2026 / Passport List"], [],
        ["No.", "Surname", "Given name", "Sex", "Date of birth", "Passport No.", "Expiry"]]
for i, p in enumerate(SEIRAN[:26], start=1):
    _sh1.append([i, p.sei_r.upper(), p.mei_r.upper(), "M" if p.sex == "男" else "F",
                 p.dob.strftime("%d %b %Y").upper(), p.passport, p.pp_exp.strftime("%d/%m/%Y")])
_sh2 = [["Teachers"], ["No.", "Surname", "Given name", "Sex", "Date of birth", "Passport No.", "Expiry"]]
for i, p in enumerate(TEACHERS[13:16], start=1):
    _sh2.append([i, p.sei_r.upper(), p.mei_r.upper(), "M" if p.sex == "男" else "F",
                 p.dob.strftime("%d %b %Y").upper(), p.passport, p.pp_exp.strftime("%d/%m/%Y")])
add(
    expect="stop",
    sender=frm("saijo"),
    to=["Lion City Educational Tours <ops@lioncity-edutours.com.sg>"],
    subject="Seiran Gakuen SIN 12-16 Mar: passport list for hotel & attraction bookings",
    charset="utf-8",
    body=f"""Dear Ms. Tan,

Thank you for the revised itinerary.
Please find attached the passport details of all 26 students and 3 teachers for
Seiran Gakuen High School (arriving SQ 637, 12 March). You asked for these for the
hotel pre-registration and the Gardens by the Bay group entry.

Two students are still renewing their passports; I will send their numbers once issued.

Best regards,

{sig("saijo", 2)}

{DISCLAIMER_EN}
""",
    attachments=[{"kind": "xlsx", "name": "Seiran_SIN2026_passport_list.xlsx",
                  "sheets": {"Students": _sh1, "Teachers": _sh2}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="XLSX of 29 travellers with passport numbers and dates of birth to an overseas operator.",
)

# 009 — itinerary talk with the same operator, counts only (pass)
add(
    expect="pass",
    sender=frm("saijo"),
    to=["Lion City Educational Tours <ops@lioncity-edutours.com.sg>"],
    cc=[f"{STAFF['murase'][0]} <{STAFF['murase'][2]}@{D}>"],
    subject="RE: Seiran Gakuen SIN 12-16 Mar — Day 3 school exchange timing",
    charset="utf-8",
    body=f"""Hi Ms. Tan,

Thanks for checking with the partner school. Day 3 works for us as follows:

  09:00  Depart hotel (2 coaches, 45 seats each)
  09:40  Arrive at the partner secondary school — welcome assembly
  10:00  Buddy activities (26 students + 3 teachers; 1 guide per coach please)
  12:00  Lunch at school canteen — 3 halal, 2 vegetarian meals as in our order form
  13:30  Depart for Chinatown heritage walk

Could you also re-quote the coach for Day 4 with the later return (22:30, Night Safari)?
Our budget line for ground transport is SGD 4,800 in total.

Kind regards,
Emily

{sig("saijo", 2)}

{DISCLAIMER_EN}
""",
    note="Itinerary and meal counts only (meal types not tied to anyone); standard disclaimer.",
)

# 010 — three schools visible in To (stop)
add(
    expect="stop",
    sender=frm("murase"),
    to=["東雲中学校 大河内先生 <t-ookouchi@shinonome-jhs.ed.jp>",
        "淵野辺東中学校 学年主任 <gakunen3@fuchinobe-higashi.ed.jp>",
        "翠明館高等学校 教務部 <kyomu@suimeikan.ac.jp>"],
    subject="【ご案内】2026年度 教育旅行 合同下見説明会（3/6・大宮）",
    charset="iso-2022-jp",
    body=f"""各学校 修学旅行ご担当の先生方

平素より大変お世話になっております。
日の出産業 教育旅行センターの村瀬でございます。

来年度に弊社で修学旅行をお取り扱いさせていただく学校様を対象に、
合同の下見説明会を下記のとおり開催いたします。

　日時：2026年3月6日（金）14:00～16:30
　会場：日の出大宮ビル 6F 大会議室
　内容：・京都／奈良／沖縄 各方面の最新情報
　　　　・班別自主研修タクシーの運用について
　　　　・旅行保険・緊急時対応体制のご説明

ご出席の先生のお名前と人数を、2月27日までにご返信いただけますと幸いです。

{sig("murase")}
""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Three external schools in To can see each other's addresses: should have been Bcc.",
)

# 011 — three-way mail, school + bus company (pass)
add(
    expect="pass",
    sender=frm("yabuki"),
    to=["みなと小学校 6学年 比留間先生 <hiruma@minato-es.ed.jp>"],
    cc=["青葉運輸 観光バス事業部 杉浦様 <sugiura@aoba-unyu.co.jp>"],
    subject="日光移動教室 バス行程の最終確認（6/11-12）",
    charset="iso-2022-jp",
    body=f"""比留間先生
（cc：青葉運輸 杉浦様）

いつもお世話になっております。日の出産業の矢吹です。
先日の打合せ内容を踏まえ、バス行程を以下の通り確定いたしました。
お二方にご確認いただければと思い、同報でお送りしております。

■1日目 6/11（木）
　7:40 学校正門前 集合 → 8:00 出発（大型2台）
　10:30 日光東照宮 → 12:00 昼食（神橋前 ふじや食堂）
　14:00 華厳の滝 → 15:30 ホテル華厳 着

■2日目 6/12（金）
　8:30 ホテル発 → 9:30 戦場ヶ原ハイキング（赤沼～湯滝）
　12:30 昼食 → 16:30 学校着 予定

雨天時は2日目のハイキングを日光江戸村に振り替えます（判断は前日19時）。

{sig("yabuki", 1)}
""",
    detectors=["multiple_external_domains"],
    note="Two external organisations (school and bus company) in To/Cc: a normal three-way mail.",
)

# 012 — CSV without a name column to an insurer (stop)
_csv = [["出席番号", "性別", "生年月日", "郵便番号", "住所", "自宅電話"]]
for p in SHINONOME[:48]:
    _csv.append([f"3{p.cls}{p.no:02d}", p.sex, p.dob.strftime("%Y/%m/%d"), p.zip, p.addr, p.home])
add(
    expect="stop",
    sender=frm("onodera"),
    to=["うみかぜ損保 団体契約課 <dantai-keiyaku@umikaze-sonpo.co.jp>"],
    subject="国内旅行傷害保険 加入者データ（東雲中学校 3学年）",
    charset="cp932",
    body=f"""うみかぜ損害保険株式会社
団体契約課 ご担当者様

お世話になっております。日の出産業の小野寺です。
東雲中学校様 修学旅行（5/19～21）の国内旅行傷害保険につき、
加入者データをCSVでお送りします。
学校様のご方針で氏名は出席番号に置き換えております。

証券発行後、控えをPDFでお送りください。

{sig("onodera")}
""",
    attachments=[{"kind": "csv", "name": "shinonome_hoken_kanyusha.csv", "encoding": "cp932", "rows": _csv}],
    entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="48 rows of date of birth, home address and phone with no name column: still a list of people.",
)

# 013 — internal only: guardians' contact list to colleagues (pass)
_g = [(p, p.guardian()) for p in SHINONOME[:20]]
_rows = [["組", "番", "生徒氏名", "保護者", "続柄", "携帯"]]
_rows += [[p.cls, p.no, p.name, g.name, g.rel, g.mobile] for p, g in _g]
add(
    expect="pass",
    sender=frm("onodera"),
    to=[f"教育旅行センター 添乗チーム <tenjo-team@mail.{D}>"],
    cc=[f"{STAFF['kishimoto'][0]} <{STAFF['kishimoto'][2]}@{D}>"],
    subject="【添乗用】東雲中 保護者緊急連絡先（1・2組分）",
    charset="cp932",
    body=f"""添乗チームの皆さん

東雲中の添乗用に、保護者緊急連絡先（1～2組分）を貼っておきます。
旅行終了後はこのメールごと削除してください。印刷したものは帰社後シュレッダーへ。

{cols(_rows, gap=3)}

3～4組分は大河内先生から届き次第流します。

小野寺
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    note="All recipients internal (incl. mail.hinode-sangyo.co.jp subdomain): passes whatever it carries.",
)

# 014 — forward of the school's health list to a nurse agency (stop)
_cond = [("気管支喘息", "吸入薬（メプチン）携帯"), ("てんかん", "朝夕 抗てんかん薬服用"),
         ("アトピー性皮膚炎", "入浴後に軟膏"), ("起立性調節障害", "朝の集合に配慮"),
         ("食物アレルギー（そば）", "エピペン携帯"), ("ADHD", "朝 コンサータ服用"),
         ("心室中隔欠損（術後）", "激しい運動制限")]
_hl = []
for p, (c, m) in zip(FUCHINOBE[3:36:5], _cond):
    _hl.append(f"・{p.cls}組{p.no}番 {p.name}　{c}　／　{m}")
add(
    expect="stop",
    sender=frm("kishimoto"),
    to=["たびナース 派遣コーディネーター <coordinator@tabi-nurse.co.jp>"],
    subject="FW: 【淵野辺東中】保健調査 要配慮生徒について",
    charset="iso-2022-jp",
    body=f"""たびナース
派遣コーディネーター 森下様

お世話になっております。日の出産業の岸本です。
同行いただく看護師の方へ、事前に共有をお願いいたします。
学校様からのメールをそのまま転送します。

-------- Forwarded Message --------
From: 淵野辺東中学校 養護教諭 <hoken@fuchinobe-higashi.ed.jp>
Subject: 【淵野辺東中】保健調査 要配慮生徒について

日の出産業 岸本様

保健調査票のうち、旅行中に配慮が必要な生徒をまとめました。

{chr(10).join(_hl)}

服薬の声掛けは担任が行います。発作時の対応は別紙の通りです。
淵野辺東中学校 養護教諭 白鳥
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Forward of seven named students' diagnoses and medication to an external agency: forwards count.",
)

# 015 — reply quoting the school's allergy list (pass)
_q = []
for p in FUCHINOBE[1:30:5]:
    _q.append(f"> {p.cls}-{p.no}  {p.name}  {rng.choice(ALLERGENS)}アレルギー（除去）")
add(
    expect="pass",
    sender=frm("kishimoto"),
    to=["淵野辺東中学校 養護教諭 <hoken@fuchinobe-higashi.ed.jp>"],
    subject="Re: アレルギー対応生徒一覧の送付",
    charset="iso-2022-jp",
    body=f"""白鳥先生

お世話になっております。日の出産業の岸本です。
一覧、確かに受領いたしました。ありがとうございます。
嵯峨野荘には弊社から、学校様のご了解の範囲で対応内容をお伝えいたします。
献立表が届きましたら、先生にもご確認をお願いする予定です。

岸本

> 日の出産業 岸本様
>
> いつもお世話になっております。
> 食物アレルギーのある生徒の一覧をお送りします。
>
{chr(10).join(_q)}
>
> よろしくお願いいたします。
> 淵野辺東中学校 養護教諭 白鳥
""",
    note="The list appears only in '>' quoted text of the school's own mail; the new text holds no data.",
)

# 016 — PPAP zip with rooming list (stop)
_rl = [["部屋", "氏名", "性別"]] + [[f"{200 + i // 5}", p.name, p.sex] for i, p in enumerate(FUCHINOBE)]
add(
    expect="stop",
    sender=frm("kishimoto"),
    to=["嵯峨野荘 ご予約係 <yoyaku@saganoso.jp>"],
    subject="淵野辺東中学校様 部屋割り表（パスワード別送）",
    charset="cp932",
    body=f"""嵯峨野荘 ご予約係　井筒様

お世話になっております。日の出産業の岸本です。
10/14ご宿泊分の部屋割り表をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせいたします。

{sig("kishimoto", 1)}
""",
    attachments=[{"kind": "zip", "name": "heyawari_1014.zip", "password": "Fhj1014#sg",
                  "files": [{"kind": "xlsx", "name": "部屋割り_淵野辺東中.xlsx",
                             "sheets": {"部屋割り": _rl}}]}],
    detectors=["unscannable_attachment"],
    note="Password-protected ZIP (PPAP) cannot be inspected.",
)

# 017 — the PPAP password mail itself (pass)
add(
    expect="pass",
    sender=frm("kishimoto"),
    to=["嵯峨野荘 ご予約係 <yoyaku@saganoso.jp>"],
    subject="【パスワード】淵野辺東中学校様 部屋割り表",
    charset="cp932",
    body="""井筒様

先ほどお送りしたファイルのパスワードです。

　Fhj1014#sg

よろしくお願いいたします。
日の出産業 岸本
""",
    note="Only a password, no attachment and no personal data.",
)

# 018 — one teacher's passport number to an airline group desk (stop)
_t = TEACHERS[14]
add(
    expect="stop",
    sender=frm("saijo"),
    to=["スカイブリッジ航空 団体予約センター <group-intl@skybridge-air.co.jp>"],
    subject="団体PNR 7QK2LM 引率者1名 氏名・旅券情報の訂正",
    charset="iso-2022-jp",
    body=f"""スカイブリッジ航空
団体予約センター ご担当者様

いつもお世話になっております。日の出産業 海外教育旅行課の西条です。
青嵐学園高等学校 シンガポール研修（PNR：7QK2LM）につきまして、
引率者1名のAPIS情報に誤りがございましたので訂正をお願いいたします。

　誤）{_t.sei_r.upper()} / {_t.mei_r.upper()}A
　正）{_t.sei_r.upper()} / {_t.mei_r.upper()}
　生年月日：{_t.dob.strftime('%Y/%m/%d')}
　旅券番号：{_t.passport}（有効期限 {_t.pp_exp.strftime('%Y/%m/%d')}）

発券前のため、名前訂正手数料はかからないとの認識ですが、相違あればご連絡ください。

{sig("saijo")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="One person's passport number is enough to stop (identity document).",
)

# 019 — group booking terms, no names (pass)
add(
    expect="pass",
    sender=frm("todo"),
    to=["スカイブリッジ航空 国内団体デスク <group-dom@skybridge-air.co.jp>"],
    subject="翠明館高校様 沖縄研修 団体座席のお礼と名簿提出期限の確認",
    charset="utf-8",
    body=f"""スカイブリッジ航空
国内団体デスク 御中

お世話になっております。日の出産業の藤堂でございます。
翠明館高等学校様 沖縄研修旅行の団体座席につき、以下の内容で承知いたしました。

  往路  11/10 SB 461  中部 08:05 → 那覇 10:35  座席 140
  復路  11/13 SB 468  那覇 16:20 → 中部 18:40  座席 140
  運賃  学校団体運賃 片道 18,400円（空港使用料別）
  予約番号  GRP-26-88214

搭乗者名簿のご提出期限は出発21日前（10/20）とのこと、承知いたしました。
座席数の確定（減席）は10/6までにご連絡いたします。

{sig("todo", 1)}
""",
    note="Booking numbers and fares only.",
)

# 020 — 民泊 assignment XLSX with insurance card numbers and allergies (stop)
_ms = [["翠明館高等学校 沖縄民泊 受入家庭割当表（11/11～12）"], [],
       ["家庭No.", "生徒氏名", "性別", "保険者番号", "記号", "番号", "アレルギー・持病"]]
for i, p in enumerate(SUIMEI[:24]):
    note = rng.choice(["", "", "", "卵", "気管支喘息（吸入薬）", "えび・かに", "花粉症（内服）", ""])
    _ms.append([f"M-{i // 4 + 1:02d}", p.name, p.sex, f"0613{rng.randrange(10000):04d}",
                f"{rng.randrange(1000, 99999)}", f"{rng.randrange(1, 300)}", note])
_ms2 = [["家庭No.", "地区", "受入人数"]] + [[f"M-{k:02d}", rng.choice(["伊江村", "今帰仁村", "本部町"]), 4] for k in range(1, 7)]
add(
    expect="stop",
    sender=frm("todo"),
    to=["ちゅらさん民泊協議会 事務局 <jimukyoku@churasan-minpaku.or.jp>"],
    subject="翠明館高校 受入家庭割当表（保険証情報・アレルギー欄あり）",
    charset="utf-8",
    body=f"""ちゅらさん民泊協議会
事務局 仲里様

いつもお世話になっております。日の出産業の藤堂です。
11/11からの翠明館高校様の割当表をお送りします。
各家庭での急病時に備え、健康保険証の記号・番号も記載しております。
家庭にお渡しいただく際は、該当生徒の分のみ切り分けてお渡しください。

{sig("todo")}
""",
    attachments=[{"kind": "xlsx", "name": "翠明館_民泊割当表_1111.xlsx",
                  "sheets": {"割当表": _ms, "家庭一覧": _ms2}}],
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="24 students with health-insurance card numbers and conditions to an external council.",
)

# 021 — 民泊 schedule, rain plan (pass)
add(
    expect="pass",
    sender=frm("todo"),
    to=["ちゅらさん民泊協議会 事務局 <jimukyoku@churasan-minpaku.or.jp>"],
    subject="Re: 入村式・離村式の時間について",
    charset="utf-8",
    body=f"""仲里様

ご連絡ありがとうございます。藤堂です。
入村式・離村式は以下で学校様の了解が取れました。

・入村式　11/11（水）14:30～15:00　伊江村農村環境改善センター
・離村式　11/12（木）10:00～10:30　同上
・受入家庭数　6地区 計9家庭（1家庭4名）
・雨天時：離村式は屋内のまま、時間短縮（15分）

フェリーは本部港 13:00発で手配済みです（団体 144名）。

藤堂

-----Original Message-----
From: ちゅらさん民泊協議会 事務局
Sent: Tuesday, September 15, 2026 10:12 AM
Subject: 入村式・離村式の時間について

藤堂様　入村式・離村式の時間のご希望をお知らせください。　仲里
""",
    note="Schedule and household counts, nothing about persons.",
)

# 022 — forward of the host-family list (private households) to the school (stop)
_hf = []
for k in range(1, 8):
    h = Person("adult", city="okazaki")
    _town, _aza = rng.choice([("本部町", "崎本部"), ("本部町", "健堅"), ("本部町", "渡久地"),
                              ("今帰仁村", "仲宗根"), ("今帰仁村", "謝名")])
    h.addr = f"沖縄県国頭郡{_town}字{_aza}{rng.randrange(100, 999)}番地"
    h.home = f"0980-{rng.randrange(40, 58)}-{rng.randrange(10000):04d}"
    _hf.append(f"【{k}】{h.sei}家　代表 {h.name}\n　　住所：{h.addr}\n　　電話：{h.home}　携帯：{h.mobile}")
add(
    expect="stop",
    sender=frm("todo"),
    to=["翠明館高等学校 2学年 鈴村先生 <suzumura@suimeikan.ac.jp>"],
    subject="FW: 受入家庭一覧（翠明館高校様分）",
    charset="utf-8",
    body="鈴村先生\n\nお世話になっております。日の出産業の藤堂です。\n"
         "民泊協議会から受入家庭の一覧が届きましたので転送いたします。\n"
         "保護者様への事前のお便り作成にお使いください。\n\n"
         "---------- 転送メッセージ ----------\n"
         "差出人: ちゅらさん民泊協議会 事務局 <jimukyoku@churasan-minpaku.or.jp>\n"
         "件名: 受入家庭一覧（翠明館高校様分）\n\n"
         "藤堂様\n受入家庭が確定しましたのでお知らせします。\n\n"
         + "\n".join(_hf) + "\n\n以上7家庭です。\n",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Forward of seven private host households (name, home address, phones): a list of people.",
)

# 023 — HTML-only table of ryokan (business list) (pass)
_ry = [("旅館 嵯峨野荘", "京都市右京区嵯峨天龍寺角倉町9", "075-861-4127", "120名"),
       ("京の宿 みやび", "京都市東山区清水2丁目208", "075-541-0833", "180名"),
       ("ホテル鴨川ステイ", "京都市下京区木屋町通五条上る", "075-351-2290", "240名"),
       ("さくらホテル京都駅前", "京都市南区東九条西山王町15", "075-682-7711", "300名"),
       ("宿坊 妙光会館", "京都市右京区花園寺ノ中町17", "075-463-0258", "90名"),
       ("旅館 東山荘", "京都市東山区五条橋東6丁目", "075-561-3320", "150名")]
_tr = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in _ry)
add(
    expect="pass",
    sender=frm("kishimoto"),
    to=["淵野辺東中学校 学年主任 <gakunen3@fuchinobe-higashi.ed.jp>"],
    subject="京都 宿泊候補施設のご案内",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif">
<p>淵野辺東中学校<br>3学年 ご担当の先生</p>
<p>お世話になっております。日の出産業の岸本です。<br>
京都市内で学年一括（112名＋引率）でお泊まりいただける候補施設をまとめました。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>施設名</th><th>所在地</th><th>代表電話</th><th>収容</th></tr>
{_tr}
</table>
<p>いずれも修学旅行の受入実績が豊富な施設です。<br>見学をご希望の際はお知らせください。</p>
<p>日の出産業株式会社 教育旅行センター<br>岸本 亮　TEL 048-600-2710</p>
</body></html>""",
    note="A list of businesses (ryokan, addresses, switchboards), not of people.",
)

# 024 — HTML-only: taxi groups with students' own mobiles (stop)
_tx = ""
for k, p in enumerate([p for p in FUCHINOBE if p.sex == "男"][:5] + [p for p in FUCHINOBE if p.sex == "女"][:4], start=1):
    _tx += f"<tr><td>{k}班</td><td>{p.name}</td><td>{p.cls}組</td><td>{p.mobile}</td><td>{rng.choice([4, 5])}名</td></tr>\n"
add(
    expect="stop",
    sender=frm("kishimoto"),
    to=["古都タクシー 団体営業課 <dantai@koto-taxi.co.jp>"],
    subject="10/15 班別タクシー研修 班長連絡先一覧",
    charset="utf-8",
    html=f"""<div>古都タクシー 団体営業課 御中</div>
<div><br></div>
<div>お世話になっております。日の出産業の岸本です。<br>
10/15の班別タクシー研修（淵野辺東中学校様）の班長一覧です。<br>
乗務員の方が迎車時に班長の携帯へ連絡できるよう、各車にお渡しください。</div>
<div><br></div>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>班</th><th>班長氏名</th><th>組</th><th>班長携帯</th><th>人数</th></tr></thead>
<tbody>
{_tx}</tbody></table>
<div><br></div>
<div>迎車：8:30 嵯峨野荘 正面（9台）</div>
<div>--<br>岸本 亮／日の出産業 教育旅行センター</div>""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML table of nine students with their own mobile numbers to a taxi company.",
)

# 025 — taxi quote (pass)
add(
    expect="pass",
    sender=frm("kishimoto"),
    to=["古都タクシー 団体営業課 <dantai@koto-taxi.co.jp>"],
    subject="Re: 班別タクシー研修 料金のご案内について",
    charset="iso-2022-jp",
    body="""古都タクシー 団体営業課
今出川様

お見積りありがとうございました。下記の内容で学校様へご提案いたします。

　・中型車（定員4名）　 6時間貸切　1台 27,600円
　・ジャンボ（定員9名） 6時間貸切　1台 41,400円
　・拝観料・駐車料金は別途実費精算
　・キャンセル規定：前日50%、当日100%

台数は班編成の確定後、9月末までにご連絡いたします。
乗務員の方には観光ガイド研修修了者をお願いできれば幸いです。

日の出産業 岸本
""",
    note="Price quote and terms only.",
)

# 026 — look-alike of the bus partner: dropped "co." (stop)
add(
    expect="stop",
    sender=frm("yabuki"),
    to=["杉浦様 <sugiura@aoba-unyu.jp>"],
    subject="日光移動教室 乗務員さんの宿泊について",
    charset="iso-2022-jp",
    body=f"""青葉運輸 杉浦様

お世話になっております。日の出産業の矢吹です。
6/11の乗務員さん2名のお部屋は、ホテル華厳の別館（シングル2室・朝夕食付き）で
手配いたしました。駐車場は第2駐車場（大型可）をご利用ください。

バスガイドさんは学校様のご希望により1号車のみでお願いいたします。

{sig("yabuki", 1)}
""",
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the 'co.' of partner aoba-unyu.co.jp: look-alike domain.",
)

# 027 — vehicle assignment from the genuine bus partner (pass)
add(
    expect="pass",
    sender=frm("yabuki"),
    to=["青葉運輸 観光バス事業部 <kanko-bus@aoba-unyu.co.jp>"],
    subject="Re: 【配車表】6/11-12 みなと小学校様",
    charset="iso-2022-jp",
    body="""青葉運輸 観光バス事業部 御中

配車表ありがとうございました。下記の通り学校様に展開いたします。

号車　車両　　　　　　　　　　定員　ナンバー　　　　　　乗務員
1号車 大型（正55）　　　　　　55　　習志野 200 か 18-32　杉本
2号車 大型（正55）　　　　　　55　　習志野 200 か 20-07　野々村
（ガイド：1号車のみ）

集合時刻の20分前（7:20）に正門前への入構をお願いいたします。
高速代・駐車場代は後日精算書でご請求ください。

日の出産業 教育旅行センター　矢吹
""",
    note="Vehicle numbers and driver surnames only: business data, no records of people.",
)

# 028 — forward of the bus company's driver list to the school (either)
_dr = []
for k in range(5):
    d = Person("adult", sex="男", city="funabashi")
    _dr.append(f"{k + 1}号車　{d.name}　社用携帯 {d.mobile}　大型二種 経験{rng.randrange(6, 31)}年")
add(
    expect="either",
    sender=frm("yabuki"),
    to=["みなと小学校 6学年 比留間先生 <hiruma@minato-es.ed.jp>"],
    subject="FW: 遠足用バス 乗務員一覧（6/25）",
    charset="cp932",
    body="比留間先生\n\n6/25の遠足（5台口）の乗務員一覧が届きましたので転送いたします。\n"
         "当日、各クラスの先生から乗務員へ直接ご連絡いただく場合にお使いください。\n\n矢吹\n\n"
         "-----Original Message-----\nFrom: 青葉運輸 運行管理 <unko@aoba-unyu.co.jp>\n"
         "Subject: 遠足用バス 乗務員一覧（6/25）\n\n日の出産業 矢吹様\n\n"
         + "\n".join(_dr) + "\n\n以上、よろしくお願いします。\n青葉運輸 運行管理 内藤\n",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Five drivers with company-issued mobiles forwarded to a school: business contacts or a list of people — judgeable either way.",
)

# 029 — one student's religion (halal) to a ryokan (stop)
_p = SHINONOME[30]
add(
    expect="stop",
    sender=frm("onodera"),
    to=["若草旅館 調理長 <chori@wakakusa-ryokan.co.jp>"],
    subject="5/21 東雲中学校様 お食事の個別対応のお願い",
    charset="iso-2022-jp",
    body=f"""若草旅館　調理場ご担当者様

お世話になっております。日の出産業の小野寺です。
5/21の夕食・5/22の朝食について、個別対応のお願いです。

{_p.cls}組の{_p.name}さんのご家庭はイスラム教を信仰されており、
豚肉・豚由来のエキス・ゼラチン・みりん等のアルコールを含む調味料を
お控えいただく必要がございます。
保護者様とご相談のうえ、魚料理中心の別献立をご用意いただけますでしょうか。
食器は他の生徒と同じもので問題ないとのことです。

ご対応可否と追加料金の有無をお知らせください。

{sig("onodera")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named student's religion (Muslim, halal) is 要配慮個人情報 (信条), even for one person.",
)

# 030 — one student's disability / wheelchair to a theme park (stop)
_p = MINATO[5]
add(
    expect="stop",
    sender=frm("yabuki"),
    to=["あおぞらランド 団体営業グループ <group-sales@aozora-land.com>"],
    subject="6/12 みなと小学校 車いすご利用のお子様について",
    charset="utf-8",
    body=f"""あおぞらランド
団体営業グループ ご担当者様

いつもお世話になっております。日の出産業の矢吹です。
6/12ご来園予定の船橋市立みなと小学校（6年生 64名）の件でご相談です。

参加児童のうち、{_p.name}さん（{_p.cls}組）が脳性まひによる下肢の障害で
車いすを使用しています（身体障害者手帳1種2級）。
付き添いは担任の先生1名です。
・乗車可能なアトラクションの一覧
・多目的トイレの場所
・障害者割引の適用（手帳の提示方法）
についてご教示いただけますでしょうか。

{sig("yabuki")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="One named child's disability (cerebral palsy, disability certificate) to a theme park.",
)

# 031 — theme park group ticket order, general barrier-free question (pass)
add(
    expect="pass",
    sender=frm("kishimoto"),
    to=["ネオポート・スタジオ大阪 学校団体予約 <school@neoport-studio.jp>"],
    subject="学校団体 入場券のお申込み（10/15 淵野辺東中学校）",
    charset="utf-8",
    body=f"""ネオポート・スタジオ大阪
学校団体予約 ご担当者様

いつもお世話になっております。日の出産業 教育旅行センターの岸本です。
下記の通り学校団体入場券をお申し込みいたします。

  お申込番号   NPS-SCH-2026-10-4471
  ご来場日     2026年10月15日（木）10:00 入場予定
  券種         スクールパス（中学生）   112名  @6,200円
               引率者パス（教員）          8名  @0円（10名に1名無料・超過分は大人料金）
               看護師・カメラマン          2名  大人1デイ @8,600円
  お支払       後日請求（弊社 口座振込）

あわせて、車いすの貸出台数と、優先案内の利用方法を教えてください。
（現時点で利用予定の生徒はおりませんが、当日の体調不良に備えるためです）

{sig("kishimoto", 1)}
""",
    note="A ticket order with counts and prices; a general question, no person named.",
)

# 032 — three suppliers visible in To (stop)
add(
    expect="stop",
    sender=frm("kishimoto"),
    to=["みやこ観光バス 配車センター <haisha@miyako-kanko-bus.co.jp>",
        "嵯峨野荘 ご予約係 <yoyaku@saganoso.jp>",
        "ネオポート・スタジオ大阪 学校団体予約 <school@neoport-studio.jp>"],
    cc=[f"{STAFF['murase'][0]} <{STAFF['murase'][2]}@{D}>"],
    subject="【行程確定】淵野辺東中学校様 10/14-16 各ご手配先の皆様へ",
    charset="iso-2022-jp",
    body=f"""各ご手配先 ご担当者様

お世話になっております。日の出産業の岸本です。
淵野辺東中学校様の行程が確定いたしましたので、一斉にてご連絡いたします。

10/14（水） 新幹線 京都着 10:52 → バス（3台）→ 清水寺・三十三間堂 → 嵯峨野荘 泊
10/15（木） 班別タクシー研修 → 嵯峨野荘 泊
10/16（金） 嵯峨野荘 8:30発 → ネオポート・スタジオ大阪 10:00～16:00 → 新大阪 17:20

変更がございましたら各社様へ個別にご連絡いたします。

{sig("kishimoto")}
""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Three external suppliers in To see each other's addresses: should have been Bcc.",
)

# 033 — guardians in Bcc, correctly (pass)
_gu = [SHINONOME[i].guardian() for i in (2, 11, 19, 27, 38, 44)]
add(
    expect="pass",
    sender=frm("onodera"),
    to=[f"{STAFF['onodera'][0]} <{STAFF['onodera'][2]}@{D}>"],
    bcc=[g.email for g in _gu],
    subject="【東雲中学校 修学旅行】保護者説明会のご案内（再送）",
    charset="iso-2022-jp",
    body=f"""東雲中学校 3年生 保護者の皆様

日の出産業株式会社 教育旅行センターでございます。
本メールは、説明会の出欠フォームに未回答の保護者様にBCCにてお送りしております。

　日時：4月18日（土）10:00～11:00
　会場：東雲中学校 体育館
　内容：行程・持ち物・お小遣い・旅行保険についてのご説明

ご欠席の場合も、フォームからご回答をお願いいたします。
https://forms.hinode-sangyo.co.jp/shinonome2026

※本メールは送信専用ではございません。ご質問は本メールへの返信でお受けいたします。

{sig("onodera")}
""",
    detectors=["freemail_recipient"],
    note="Private recipients correctly in Bcc; one notice to many guardians is fine.",
)

# 034 — guardians visible in To (stop)
_gu = [MINATO[i].guardian() for i in (1, 4, 9, 13, 20, 26)]
add(
    expect="stop",
    sender=frm("yabuki"),
    to=[g.email for g in _gu],
    subject="日光移動教室 お小遣い・持ち物についてのご案内",
    charset="utf-8",
    body=f"""みなと小学校 6年生 保護者の皆様

いつもお世話になっております。日の出産業の矢吹です。
先日の説明会でご質問の多かった点をまとめました。

・お小遣いは3,000円まで（お土産代として）
・酔い止めは各ご家庭でご用意ください
・2日目はハイキングのため、履き慣れた運動靴でお願いします

ご不明点はお気軽にご返信ください。

{sig("yabuki", 1)}
""",
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="Six guardians' private addresses in To can see each other: should have been Bcc.",
)

# 035 — a guardian's card number to the payment processor (stop)
_g = HAMADERA[3].guardian()
_card = next_card()
add(
    expect="stop",
    sender=frm("horiuchi"),
    to=["ペイゲート 加盟店サポート <support@paygate-service.jp>"],
    subject="電話受付分のカード決済 手動登録のお願い（浜寺学院 ハワイ研修）",
    charset="iso-2022-jp",
    body=f"""ペイゲート株式会社
加盟店サポート ご担当者様

いつもお世話になっております。日の出産業 業務経理の堀内です。
オンライン決済画面でエラーが続いた保護者様より、お電話でカード情報を伺いました。
お手数ですが、管理画面からの手動オーサリをお願いできますでしょうか。

　加盟店ID　　：HSG-00318
　ご利用者名　：{_g.name} 様（{_g.sei_r.upper()} {_g.mei_r.upper()}）
　カード番号　：{_card[:4]} {_card[4:8]} {_card[8:12]} {_card[12:]}
　有効期限　　：{rng.randrange(1, 13):02d}/{rng.randrange(27, 31)}
　金額　　　　：398,000円（ハワイ研修 旅行代金）
　支払区分　　：一括

処理完了後にご連絡いただけますと幸いです。

{sig("horiuchi", 1)}
""",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="A guardian's full credit card number in the body to an external processor.",
)

# 036 — settlement report with transaction IDs (pass)
add(
    expect="pass",
    sender=frm("horiuchi"),
    to=["ペイゲート 加盟店サポート <support@paygate-service.jp>"],
    subject="Re: 8月分 決済明細の件",
    charset="utf-8",
    body=f"""ペイゲート 佐久間様

明細ありがとうございました。堀内です。
8月分のうち、以下3件の入金がまだ確認できておりません。

  取引ID            決済日      金額
  ----------------  ----------  ----------
  PG2608-0041377    2026/08/04     398,000
  PG2608-0041902    2026/08/07     120,000
  PG2608-0043315    2026/08/19      56,500

締め処理のタイミングの違いであれば問題ございませんので、ご確認をお願いします。

{sig("horiuchi", 1)}
""",
    note="Transaction IDs and amounts only.",
)

# 037 — a freelance nurse's My Number to the tax accountant (stop)
_n = Person("adult", sex="女", city="kawagoe")
_mnum = next_my_number()
add(
    expect="stop",
    sender=frm("miyashita"),
    to=["佐伯会計事務所 <office@saeki-tax.jp>"],
    subject="報酬の支払調書作成用 個人番号のご連絡（同行看護師）",
    charset="cp932",
    body=f"""佐伯会計事務所
佐伯先生

いつもお世話になっております。日の出産業 総務人事課の宮下です。
修学旅行に同行いただいた看護師の方（個人契約）の報酬について、
支払調書の作成をお願いいたします。本人確認は当方で済ませております。

　氏名　　　：{_n.name}（{_n.kana}）
　住所　　　：〒{_n.zip} {_n.addr}
　個人番号　：{_mnum[:4]} {_mnum[4:8]} {_mnum[8:]}
　支払金額　：年間 384,000円（源泉徴収税額 39,206円）

よろしくお願いいたします。

{sig("miyashita", 1)}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="A My Number (個人番号) of one person to an external accountant.",
)

# 038 — new tour conductors' pension numbers to the labour consultant (stop)
_tc = [Person("adult", city=c) for c in ("kawagoe", "nerima", "funabashi", "sagamihara")]
_blocks = []
for p in _tc:
    _blocks.append(f"■ {p.name}（{p.kana}）\n　生年月日：{wareki(p.dob)}\n"
                   f"　住所：{p.addr}\n　基礎年金番号：{rng.randrange(1000, 9999)}-{rng.randrange(100000, 999999)}\n"
                   f"　雇入日：2026年4月1日（契約添乗員）")
add(
    expect="stop",
    sender=frm("miyashita"),
    to=["あさひ社会保険労務士法人 <tetsuzuki@asahi-sr.or.jp>"],
    subject="資格取得届の作成依頼（4/1入社 契約添乗員4名）",
    charset="iso-2022-jp",
    body="あさひ社会保険労務士法人\nご担当 坂口様\n\n"
         "お世話になっております。日の出産業の宮下です。\n"
         "4/1付で契約添乗員として雇い入れる4名の社会保険資格取得届の作成をお願いします。\n\n"
         + "\n\n".join(_blocks) + "\n\n"
         "標準報酬月額は別途Excelでお送りします。\n\n" + sig("miyashita"),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="基礎年金番号 of four people (with 和暦 birth dates and addresses) to an external consultant.",
)

# 039 — general labour question to the consultant (pass)
add(
    expect="pass",
    sender=frm("miyashita"),
    to=["あさひ社会保険労務士法人 坂口様 <sakaguchi@asahi-sr.or.jp>"],
    subject="添乗中の移動時間と労働時間の扱いについて（ご相談）",
    charset="iso-2022-jp",
    body=f"""坂口様

いつもお世話になっております。宮下です。
一般論としてご教示いただきたい点がございます。

修学旅行の添乗では、夜間に生徒の見回りや急病対応が入ることがあり、
現在は「事業場外みなし労働時間制」で運用しております。
・夜間の待機時間を労働時間とみなすべきか
・移動日（前泊）の新幹線乗車時間の扱い
について、次回の定例訪問（5/12）の際にご意見を伺えますでしょうか。

{sig("miyashita", 1)}
""",
    note="General HR question, no personal data.",
)

# 040 — a teacher's driver's licence number to a car rental (stop)
_t = TEACHERS[7]
add(
    expect="stop",
    sender=frm("todo"),
    to=["ほしぞらレンタカー 那覇空港店 <naha@hoshizora-rentacar.jp>"],
    subject="ご予約 HZ-0930-118 運転者情報の事前登録",
    charset="utf-8",
    body=f"""ほしぞらレンタカー 那覇空港店 御中

お世話になっております。日の出産業の藤堂です。
9/30からの下見用レンタカー（予約番号 HZ-0930-118）の運転者情報です。
当日のお手続き短縮のため、事前登録をお願いいたします。

運転者：{_t.name}（翠明館高等学校 教諭）
生年月日：{_t.dob.year}年{_t.dob.month}月{_t.dob.day}日
運転免許証番号：第{rng.randrange(40, 50)}{rng.randrange(10 ** 9):09d}{rng.randrange(10)}号
免許の色：ゴールド（2029年{_t.dob.month}月{_t.dob.day}日まで有効）

同乗者：弊社 藤堂（運転しません）

{sig("todo", 1)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="One teacher's driving licence number with birth date to a rental company.",
)

# 041 — cost sheet PDF stamped 社外秘 sent to a school (stop)
add(
    expect="stop",
    sender=frm("murase"),
    to=["東雲中学校 大河内先生 <t-ookouchi@shinonome-jhs.ed.jp>"],
    subject="修学旅行 旅行代金の内訳について",
    charset="iso-2022-jp",
    body=f"""大河内先生

お世話になっております。日の出産業の村瀬です。
先日お問い合わせいただいた旅行代金の内訳を添付いたします。
ご確認のほどよろしくお願いいたします。

{sig("murase")}
""",
    attachments=[{"kind": "pdf", "name": "東雲中_原価計算書_v3.pdf",
                  "page_header": "社外秘　日の出産業株式会社 教育旅行センター",
                  "page_footer": "社外秘 — 無断複製・社外持出禁止",
                  "title": "原価計算書（社外秘）",
                  "lines": ["東雲中学校 修学旅行（5/19～21） 原価計算書", "",
                            "仕入先別 原価と粗利（1名あたり）"],
                  "table": [["項目", "仕入先", "原価", "販売", "粗利率"],
                            ["宿泊（2泊）", "さくらホテル／若草旅館", "19,800", "23,400", "15.4%"],
                            ["貸切バス", "みやこ観光バス", "6,150", "7,300", "15.8%"],
                            ["新幹線", "JR団体", "24,220", "24,220", "0.0%"],
                            ["拝観・体験", "各施設", "3,900", "4,500", "13.3%"],
                            ["添乗・企画料", "—", "—", "3,800", "—"]]}],
    detectors=["confidential_marking"],
    note="Attachment is an internal cost sheet stamped 社外秘 in header and footer, sent to a customer.",
)

# 042 — estimate PDF with the company's registration (T) number (pass)
_tno = "T" + corp_number("030001087712")
add(
    expect="pass",
    sender=frm("onodera"),
    to=["東雲中学校 大河内先生 <t-ookouchi@shinonome-jhs.ed.jp>"],
    subject="【お見積書】修学旅行 京都・奈良 2泊3日（改訂版）",
    charset="iso-2022-jp",
    body=f"""大河内先生

いつもお世話になっております。日の出産業の小野寺です。
ご指摘いただいた2日目の昼食変更を反映したお見積書をお送りします。
1名あたり 67,900円（前回比 -1,200円）となりました。

{sig("onodera")}

{DISCLAIMER_JP}
""",
    attachments=[{"kind": "pdf", "name": "御見積書_東雲中学校_改訂2.pdf",
                  "title": "御見積書",
                  "lines": ["御見積書", "川越市立東雲中学校 御中", "",
                            "日の出産業株式会社 旅行事業部 教育旅行センター",
                            f"登録番号 {_tno}",
                            "見積番号 EST-2026-0153-R2　有効期限 2026年3月31日", ""],
                  "table": [["摘要", "数量", "単価", "金額"],
                            ["旅行代金（生徒）", "192", "67,900", "13,036,800"],
                            ["旅行代金（引率教員）", "12", "0", "0"],
                            ["国内旅行傷害保険", "204", "480", "97,920"],
                            ["合計（税込）", "", "", "13,134,720"]]}],
    entities=["JP_CORPORATE_NUMBER"],
    note="An estimate with the company's own T-number and a standard disclaimer: ordinary business mail.",
)

# 043 — 取扱注意 stamped health survey workbook to the nurse agency (stop)
_hs1 = [["淵野辺東中学校 修学旅行 健康調査 集計（10月14日～16日）"], [],
        ["区分", "人数"], ["食物アレルギー", 9], ["喘息", 4], ["服薬あり", 11], ["乗り物酔い", 23]]
_hs2 = [["組", "番", "氏名", "既往歴・持病", "服薬", "備考"]]
for p in FUCHINOBE[::4]:
    c = rng.choice(["気管支喘息", "てんかん（小5発症）", "片頭痛", "過敏性腸症候群", "鉄欠乏性貧血", "アトピー性皮膚炎"])
    _hs2.append([p.cls, p.no, p.name, c, rng.choice(["あり", "あり", "なし"]), ""])
add(
    expect="stop",
    sender=frm("kishimoto"),
    to=["たびナース 派遣コーディネーター <coordinator@tabi-nurse.co.jp>"],
    subject="【取扱注意】健康調査集計 淵野辺東中学校",
    charset="iso-2022-jp",
    body=f"""森下様

日の出産業の岸本です。
同行看護師の方用に、健康調査の集計を添付いたします。
取扱いにはご注意ください。

{sig("kishimoto", 1)}
""",
    attachments=[{"kind": "xlsx", "name": "健康調査集計_淵野辺東中.xlsx",
                  "page_header": "取扱注意", "page_footer": "取扱注意（要配慮個人情報を含む）",
                  "sheets": {"集計": _hs1, "個票一覧": _hs2}}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "confidential_marking"],
    note="取扱注意 marking on the mail and the workbook, with named students' medical history.",
)

# 044 — "取扱注意" as a parcel handling label, tracking numbers (pass)
add(
    expect="pass",
    sender=frm("onodera"),
    to=["東雲中学校 事務室 <jimu@shinonome-jhs.ed.jp>"],
    subject="お土産の一括配送について（送り状番号のご連絡）",
    charset="cp932",
    body=f"""東雲中学校 事務室 御中

お世話になっております。日の出産業の小野寺です。
若草旅館から学校宛てに発送した荷物の送り状番号をお知らせいたします。

　・3451-2290-6610　段ボール 大 12箱（生徒お土産）
　・3451-2290-6621　段ボール 中 3箱（実行委員会 備品）
　・3451-2290-6632　木箱 1箱（奈良 一刀彫 記念品）

木箱には「ワレモノ・取扱注意」のシールを貼っております。
到着予定は5/23（土）午前中です。受け取りのほどよろしくお願いいたします。

{sig("onodera", 1)}
""",
    note="「取扱注意」 is a fragile-parcel label, not a document marking; tracking numbers only.",
)

# 045 — NDA discussion with the IT partner (pass)
add(
    expect="pass",
    sender=frm("murase"),
    to=["ツバサシステム 営業部 <sales@tsubasa-system.jp>"],
    subject="秘密保持契約書（案）へのコメント",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
営業部 今村様

お世話になっております。日の出産業の村瀬です。
名簿管理クラウドの導入検討にあたり、秘密保持契約書（案）を拝見しました。
法務と確認のうえ、以下の点をご相談させてください。

1. 第2条「機密情報」の定義に、生徒・保護者の個人情報を明示的に含めたい
2. 第5条の再委託について、事前の書面承諾を条件としたい
3. 第9条の有効期間（契約終了後3年）を5年に延長したい

修正案は来週中にWordの変更履歴でお送りします。

{sig("murase")}
""",
    note="Mail about an NDA (機密保持契約) mentions 機密情報 but carries no marking or data.",
)

# 046 — student/guardian master CSV (UTF-8) to the IT partner (stop)
_mc = [["student_id", "name", "name_kana", "birthdate", "class", "guardian_name", "guardian_email"]]
for p in HOKUTO:
    g = p.guardian()
    _mc.append([f"HKT26{p.cls}{p.no:02d}", p.name, p.kana, p.dob.isoformat(), f"2-{p.cls}", g.name, g.email])
add(
    expect="stop",
    sender=frm("hasebe"),
    to=["ツバサシステム 導入支援 <onboarding@tsubasa-system.jp>"],
    subject="名簿管理クラウド 移行テスト用データ（北斗高校）",
    charset="utf-8",
    body=f"""ツバサシステム 導入支援チーム 御中

お世話になっております。日の出産業の長谷部です。
移行テスト用として、北斗高校様の名簿データ（UTF-8 CSV）をお送りします。
インポート時の文字化け（旧字体）の確認をお願いします。

{sig("hasebe", 1)}
""",
    attachments=[{"kind": "csv", "name": "hokuto_master_utf8.csv", "encoding": "utf-8", "rows": _mc}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="40 real-looking student records (names, birth dates, guardians' e-mail) sent as 'test data' to a vendor.",
)

# 047 — look-alike of the IT partner: one letter added (stop)
add(
    expect="stop",
    sender=frm("hasebe"),
    to=["今村様 <imamura@tsubasa-systems.jp>"],
    subject="管理者アカウント追加のお願い",
    charset="iso-2022-jp",
    body=f"""今村様

お世話になっております。日の出産業の長谷部です。
名簿管理クラウドの検証環境に、管理者アカウントを1つ追加いただけますでしょうか。

　利用者：教育旅行センター 長谷部
　権限　：テナント管理者

よろしくお願いいたします。

{sig("hasebe", 1)}
""",
    detectors=["lookalike_domain"],
    note="tsubasa-systems.jp adds an 's' to partner tsubasa-system.jp.",
)

# 048 — internal-only bid price with 社外秘 marking (pass)
add(
    expect="pass",
    sender=frm("murase"),
    to=[f"教育旅行センター 管理職 <edu-managers@{D}>"],
    cc=[f"{STAFF['horiuchi'][0]} <{STAFF['horiuchi'][2]}@{D}>"],
    subject="【社外秘】若葉市 中学校修学旅行 プロポーザル 提示価格案",
    charset="iso-2022-jp",
    body="""【社外秘】

各位

若葉市教育委員会のプロポーザル（市内中学校5校 修学旅行）の提示価格案です。

　基本案：1名あたり 64,800円（粗利率 13.2%）
　競合想定：A社 66,000円前後、B社 63,500円前後
　最低ライン：62,900円（粗利率 10.5%）

11/20の部内会議で決定します。社外への展開は厳禁でお願いします。

村瀬
""",
    note="Marked 社外秘 but all recipients are internal: passes.",
)

# 049 — 極秘 bid note sent to the bus partner (stop)
add(
    expect="stop",
    sender=frm("murase"),
    to=["青葉運輸 営業部長 <eigyo@aoba-unyu.co.jp>"],
    subject="【極秘】若葉市プロポーザル バス単価のすり合わせ",
    charset="iso-2022-jp",
    body=f"""青葉運輸 営業部長 殿

━━━━━━━━━━━━━━━━━━━━━━
　極秘　（関係者限り・転送禁止）
━━━━━━━━━━━━━━━━━━━━━━

日の出産業の村瀬です。
若葉市のプロポーザルにつき、弊社の提示予定価格は1名64,800円です。
バス部分は大型1台1日 128,000円以内に収めていただけないでしょうか。
競合2社の想定価格も共有いたします（A社66,000円／B社63,500円）。

{sig("murase", 1)}
""",
    detectors=["confidential_marking"],
    note="A 極秘 stamp on the mail itself, sent to an external partner.",
)

# 050 — plan submitted to the board of education, DOCX without personal data (pass)
add(
    expect="pass",
    sender=frm("murase"),
    to=["若葉市教育委員会 学校教育課 <gakko-kyoiku@city.wakaba.lg.jp>"],
    subject="みどり台中学校 修学旅行実施計画書（案）の送付",
    charset="iso-2022-jp",
    body=f"""若葉市教育委員会
学校教育課 指導主事 様

平素より大変お世話になっております。日の出産業の村瀬でございます。
若葉市立みどり台中学校様より依頼を受け、修学旅行実施計画書（案）を作成いたしました。
校長先生のご確認済みです。ご査収のほどよろしくお願い申し上げます。

{sig("murase")}
""",
    attachments=[{"kind": "docx", "name": "修学旅行実施計画書_みどり台中.docx",
                  "title": "修学旅行実施計画書",
                  "paragraphs": ["若葉市立みどり台中学校　修学旅行実施計画書（案）",
                                 "1. 目的　日本の歴史・文化に直接触れ、班別行動を通じて自主性と協調性を養う。",
                                 "2. 期日　2026年5月26日（火）～28日（木）　2泊3日",
                                 "3. 方面　京都・奈良",
                                 "4. 参加者　第3学年 生徒148名、引率教員10名、看護師1名",
                                 "5. 経費　1名あたり 66,400円（積立金より支出）",
                                 "6. 安全対策　旅行傷害保険加入、班別行動時の巡回、緊急連絡体制の整備"],
                  "tables": [[["日", "行程", "宿泊"],
                              ["1日目", "学校→東京駅→京都駅→東大寺・春日大社", "奈良"],
                              ["2日目", "班別自主研修（タクシー）", "京都"],
                              ["3日目", "清水寺→京都駅→東京駅→学校", "—"]]]}],
    note="A trip plan with counts and itinerary only; no person's data.",
)

# 051 — accident report DOCX to the board of education, named student (stop)
_p = Person("中3", sex="男", city="kawagoe")
add(
    expect="stop",
    sender=frm("murase"),
    to=["若葉市教育委員会 学校教育課 <gakko-kyoiku@city.wakaba.lg.jp>"],
    cc=["みどり台中学校 校長 <kocho@midoridai-jhs.ed.jp>"],
    subject="【第一報】修学旅行中の事故について（みどり台中学校）",
    charset="iso-2022-jp",
    body=f"""若葉市教育委員会 学校教育課 御中

日の出産業の村瀬でございます。
校長先生のご指示により、弊社添乗員がまとめた事故報告書（第一報）をお送りいたします。
詳細は追ってご報告申し上げます。

{sig("murase")}
""",
    attachments=[{"kind": "docx", "name": "事故報告書_第一報_0527.docx",
                  "title": "事故報告書（第一報）",
                  "paragraphs": ["事故報告書（第一報）",
                                 "発生日時：2026年5月27日（水）14時20分頃",
                                 "発生場所：京都市東山区 清水寺 参道（三年坂）",
                                 f"当該生徒：3年{rng.randrange(1, 5)}組 {_p.name}（{_p.kana}） 生年月日 {wareki(_p.dob)}",
                                 "概要：班別行動中、石段で足を踏み外し転倒。右足首の痛みを訴える。",
                                 "対応：添乗員がタクシーで近隣の救急指定病院（東山記念病院）へ搬送。診断は右足関節外果骨折、全治6週間。",
                                 "保護者への連絡：15時05分 担任より母親へ連絡済み。翌日保護者が来京予定。"],
                  "tables": [[["時刻", "経過"], ["14:20", "転倒"], ["14:35", "添乗員到着"],
                              ["15:10", "病院着・受診"], ["16:40", "ギプス固定・帰館"]]]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "multiple_external_domains"],
    note="Named student's injury diagnosis (medical) in a DOCX to the board and school.",
)

# 052 — PPTX accident progress report to the insurer (stop)
_p = HOKUTO[17]
add(
    expect="stop",
    sender=frm("hasebe"),
    to=["うみかぜ損保 事故受付センター <jiko@umikaze-sonpo.co.jp>"],
    subject="事故受付番号 UK-26-004417 経過報告資料",
    charset="utf-8",
    body=f"""うみかぜ損害保険 事故受付センター
ご担当 早瀬様

お世話になっております。日の出産業の長谷部です。
北斗高校様 北海道研修中の受診案件について、経過報告の資料を添付いたします。
保険金請求書類は学校経由で保護者様へお送りいただけますでしょうか。

{sig("hasebe", 1)}
""",
    attachments=[{"kind": "pptx", "name": "経過報告_UK-26-004417.pptx",
                  "slides": [["事故受付番号 UK-26-004417 経過報告", "北斗高等学校 2学年 北海道研修（2/3～2/6）",
                              "日の出産業株式会社 教育旅行センター"],
                             ["被保険者", f"氏名：{_p.name}（{_p.kana}）", f"生年月日：{_p.dob:%Y年%m月%d日}",
                              f"2年{_p.cls}組"],
                             ["経過", "2/4 ニセコ スキー実習中に転倒、左肩を強打",
                              "羊蹄みなみ病院（町内の救急指定病院）受診：左鎖骨骨折と診断",
                              "三角巾固定、2/5以降の実習は見学", "2/6 予定通り帰宅、地元の整形外科へ通院予定"],
                             ["費用", "初診料・レントゲン：自己負担 4,860円", "タクシー代：3,200円"]]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Slides with a named student's diagnosis (fracture) and birth date to an insurer.",
)

# 053 — juvenile police matter to the law firm (stop)
_p = Person("中3", sex="男", city="sagamihara")
add(
    expect="stop",
    sender=frm("murase"),
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="ご相談：修学旅行中の生徒の補導について",
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。日の出産業の村瀬です。
至急ご相談したい件がございます。

昨日（10/15）、班別研修中の淵野辺東中学校の生徒 {_p.name}（15歳）が
京都市内の土産物店で万引きをしたとして、店舗の通報により
所轄の警察署に補導されました。
引率教員と弊社添乗員が署へ迎えに行き、本人は同日中に宿舎へ戻っております。

店舗側から弊社に対し「旅行会社として管理責任がある」とのご連絡があり、
弊社の法的な責任の範囲と、今後の対応窓口について助言をいただきたく存じます。

{sig("murase")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named minor's police custody (補導) for shoplifting: criminal matter, 要配慮個人情報.",
)

# 054 — general cancellation-fee question to the law firm (pass)
add(
    expect="pass",
    sender=frm("murase"),
    to=["白川法律事務所 <info@shirakawa-law.jp>"],
    subject="台風による修学旅行中止時の取消料について",
    charset="iso-2022-jp",
    body=f"""白川法律事務所 御中

いつもお世話になっております。日の出産業の村瀬です。
次回の顧問相談の議題として、以下をお送りいたします。

・台風接近により学校側が出発2日前に中止を決定した場合、
　標準旅行業約款上の取消料（旅行代金の20%）を請求できるか
・宿泊施設・バス会社から弊社に請求される取消料との差額の扱い
・「旅行会社が中止を勧めた」と主張された場合の考え方

なお、先日ご提案いただいた秘密保持契約書のひな形は法務で確認中です。

{sig("murase", 1)}

{DISCLAIMER_JP}
""",
    note="Legal question about cancellation fees; NDA mention and disclaimer only.",
)

# 055 — a student who was a crime victim, reported to the school (stop)
_p = [p for p in SEIRAN if p.sex == "女"][4]
add(
    expect="stop",
    sender=frm("saijo"),
    to=["青嵐学園高等学校 生徒指導部 <seitoshido@seiran-gakuen.ac.jp>"],
    subject="研修初日の件（ご報告）",
    charset="utf-8",
    body=f"""青嵐学園高等学校 生徒指導部
真壁先生

日の出産業の西条です。昨夜お電話でお伝えした件を文書でご報告いたします。

3/12、成田空港へ向かう京成線の車内で、{_p.cls}組の{_p.name}さんが
痴漢の被害に遭いました。本人が同行の松井先生に申告し、
空港第2ビル駅で鉄道警察隊に届け出を行っております（被害届受理済み）。

本人は落ち着いており、保護者様のご意向も確認のうえ研修を継続しております。
現地ではカウンセリングの手配も可能ですので、必要があればお申し付けください。

{sig("saijo")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named student having been a crime victim is 要配慮個人情報, even in a report to her school.",
)

# 056 — residence cards and foreign passports to the Taiwan operator (stop)
_fx = [("LIN", "YU-TING", "中国（台湾）", "女"), ("NGUYEN", "THI MAI", "ベトナム", "女"), ("SANTOS", "ANA CLARA", "ブラジル", "女")]
_rc = []
for sur, giv, nat, sx in _fx:
    dob = rand_date(*GRADE_BIRTH["高1"])
    _rc.append(f"{sur} {giv}\t{nat}\t{dob:%Y-%m-%d}\t旅券 {rng.choice(['C', 'N', 'F'])}{rng.randrange(10 ** 7, 10 ** 8)}"
               f"\t在留カード {rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}{rng.randrange(10 ** 8):08d}"
               f"{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}")
add(
    expect="stop",
    sender=frm("saijo"),
    to=["Formosa Youth Travel Japan Desk <jp-desk@formosa-youth.com.tw>"],
    subject="聖マリア女子 台湾研修 外国籍生徒3名の入境確認について",
    charset="utf-8",
    body="Formosa Youth Travel\n日本デスク 陳様\n\n"
         "いつもお世話になっております。日の出産業の西条です。\n"
         "聖マリア女子中学高等学校（高1）台湾研修の参加者のうち、日本国籍以外の生徒3名の情報です。\n"
         "入境条件（ビザ要否）のご確認をお願いいたします。再入国のため在留カード番号も記載しています。\n\n"
         "氏名\t国籍\t生年月日\t旅券番号\t在留カード番号\n" + "\n".join(_rc) + "\n\n"
         + sig("saijo"),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="Residence card and passport numbers (identity documents) of three students to an overseas operator.",
)

# 057 — Taiwan programme logistics (pass)
add(
    expect="pass",
    sender=frm("saijo"),
    to=["Formosa Youth Travel <jp-desk@formosa-youth.com.tw>"],
    subject="Re: 台湾研修 学校交流プログラム案",
    charset="utf-8",
    body=f"""陳様

プログラム案ありがとうございました。学校様と確認し、以下でお願いしたいと思います。

Day 2  台北市内の交流校（女子高級中学）訪問
       - 歓迎式 30分／授業体験 2コマ／昼食（学食）
       - 生徒 48名＋引率 4名、バディは1対1でお願いします
Day 3  九份・十分（ランタン上げ）
Day 4  故宮博物院 → 桃園空港

通訳ガイドは日本語可の方2名、バスは45人乗り2台でお願いします。
お見積りは新台湾ドル建てで結構です。

Best regards,
西条

> 西条様
> 学校交流プログラムの案をお送りします。ご検討ください。
> 陳
""",
    note="Programme and counts only.",
)

# 058 — kana-only guardians' emergency list with full-width numbers (stop)
_kl = []
for p in MINATO[:12]:
    g = p.guardian()
    _kl.append(f"{p.cls}－{zen(str(p.no)):　<2}　{p.sei_k}　{p.mei_k}　　保護者：{g.sei_k}　{g.mei_k}（{g.rel}）　{zen(g.mobile)}")
add(
    expect="stop",
    sender=frm("yabuki"),
    to=["たびクルー 添乗員手配課 <tehai@tabi-crew.co.jp>"],
    subject="6/11-12 日光 派遣添乗員様へ 緊急連絡網（1組分）",
    charset="cp932",
    body="たびクルー 添乗員手配課 御中\n\nお世話になっております。日の出産業の矢吹です。\n"
         "6/11-12 みなと小学校様にご派遣いただく添乗員の方に、緊急連絡網（1組分）を共有いたします。\n"
         "学校様の様式のため、カナ表記となっております。\n\n"
         + "\n".join(_kl) + "\n\n2組分は担任の先生が携行されます。\n\n" + sig("yabuki", 1),
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Twelve children with guardians' kana names and full-width mobile numbers to a staffing agency.",
)

# 059 — homestay placement list in romaji with DOB and medical notes (stop)
_hp = [["Student", "Sex", "DOB", "Allergies / medical", "Host family"]]
for p in SEIRAN[:10]:
    med = rng.choice(["None", "None", "Asthma (Ventolin inhaler)", "Peanut allergy - EpiPen",
                      "Hay fever", "Lactose intolerance", "Type 1 diabetes (insulin pump)"])
    _hp.append([f"{p.mei_r} {p.sei_r.upper()}", "M" if p.sex == "男" else "F",
                p.dob.strftime("%d/%m/%Y"), med, f"H-{rng.randrange(101, 140)}"])
add(
    expect="stop",
    sender=frm("saijo"),
    to=["Koala Homestay Network — Placements <placement@koalahomestay.com.au>"],
    subject="Seiran Gakuen July programme: student profiles for host matching",
    charset="utf-8",
    body="Dear Sarah,\n\nAs promised, here are the profiles of the first ten students for host matching.\n"
         "Please make sure host families with pets are not matched with the asthma cases.\n\n"
         + cols(_hp, gap=3) + "\n\nThe remaining profiles will follow next week.\n\nKind regards,\nEmily\n\n"
         + sig("saijo", 2),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Ten students (romaji names, birth dates, medical conditions) to an overseas homestay agency.",
)

# 060 — homestay programme logistics (pass)
add(
    expect="pass",
    sender=frm("saijo"),
    to=["Koala Homestay Network <info@koalahomestay.com.au>"],
    subject="July programme — airport transfers and insurance",
    charset="utf-8",
    body=f"""Hi Sarah,

A few logistics questions for the July programme (30 students, 2 teachers, 19 July – 2 August):

1. Airport transfer: arrival QF 80 at 06:15 — can host families collect at the school at 09:00?
2. Public transport: do the students need their own Opal cards or does the school provide them?
3. Insurance: our students are covered by a Japanese overseas travel policy. Does Koala
   require any additional cover for the host families?

Happy to jump on a call next Tuesday if easier.

Thanks,
Emily

{sig("saijo", 2)}

{DISCLAIMER_EN}
""",
    note="Logistics questions, no personal data; standard English disclaimer.",
)

# 061 — 和暦, full-width digits, bullets: insurance enrolment of 8 children (stop)
_wl = []
for p in MINATO[12:20]:
    _wl.append(f"・{p.sei_k}　{p.mei_k}（{p.sex}）　{zen(wareki(p.dob))}生　{zen(p.home)}")
add(
    expect="stop",
    sender=frm("yabuki"),
    to=["うみかぜ損保 団体契約課 <dantai-keiyaku@umikaze-sonpo.co.jp>"],
    subject="追加加入のお願い（みなと小学校 日光移動教室）",
    charset="cp932",
    body="うみかぜ損害保険 団体契約課\nご担当者様\n\n"
         "いつもお世話になっております。日の出産業の矢吹です。\n"
         "先日加入手続きをお願いしたみなと小学校様の国内旅行傷害保険につき、\n"
         "申込書の提出が遅れた児童8名の追加加入をお願いいたします。\n\n"
         + "\n".join(_wl) + "\n\n保険期間：令和８年６月１１日～６月１２日\n保険料は既契約分とあわせてご請求ください。\n\n"
         + sig("yabuki"),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Eight children with 和暦 birth dates and home phones in full-width digits, kana names.",
)

# 062 — refund transfer CSV (bank accounts) to the partner bank (stop)
_bk = [["銀行コード", "支店コード", "預金種目", "口座番号", "受取人名", "振込金額", "EDI情報"]]
for p in HAMADERA[:16]:
    g = p.guardian()
    _bk.append([rng.choice(["0179", "0153", "0161", "0005", "0009", "2605"]), f"{rng.randrange(1, 800):03d}",
                "1", f"{rng.randrange(10 ** 6, 10 ** 7)}", f"{g.sei_k} {g.mei_k}".replace("ー", "-"), "18500", "HAWAII REFUND"])
add(
    expect="stop",
    sender=frm("horiuchi"),
    to=["みどり銀行 法人ソリューション部 <houjin-sol@midori-ginko.co.jp>"],
    subject="総合振込データ（ハワイ研修 差額返金分）のご送付",
    charset="cp932",
    body=f"""みどり銀行 法人ソリューション部
ご担当 若林様

いつもお世話になっております。日の出産業 業務経理の堀内です。
インターネットバンキングの障害によりアップロードできなかったため、
総合振込データをメールにてお送りいたします。指定日 9/30 でお願いいたします。

件数 16件　合計 296,000円

{sig("horiuchi")}
""",
    attachments=[{"kind": "csv", "name": "furikomi_0930_hawaii.csv", "encoding": "cp932", "rows": _bk}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="Sixteen guardians' bank accounts with kana names in a CSV to an external bank.",
)

# 063 — the school's own savings account, business banking (pass)
add(
    expect="pass",
    sender=frm("horiuchi"),
    to=["みどり銀行 大宮支店 法人営業 <omiya-houjin@midori-ginko.co.jp>"],
    subject="積立金口座からの旅行代金振替について",
    charset="iso-2022-jp",
    body="""みどり銀行 大宮支店
法人営業 若林様

お世話になっております。日の出産業の堀内です。
東雲中学校様の修学旅行積立金口座から、弊社口座への振替予定をお知らせします。

　振替元：東雲中学校 第3学年 修学旅行積立会計（普通）
　振替先：日の出産業株式会社 教育旅行センター（当座）
　振替日：2026年5月8日
　金額　：13,134,720円

学校長の振替依頼書は学校様より直接ご提出いただきます。

日の出産業 業務経理　堀内
""",
    note="Accounts of a school fund and a company; no person's bank data.",
)

# 064 — legacy XLS of guardians' mailing addresses to the printer (stop)
_xl = [["郵便番号", "住所", "保護者氏名", "生徒氏名"]]
for p in SHINONOME[20:48]:
    g = p.guardian()
    _xl.append([p.zip, p.addr, f"{g.name} 様", p.name])
add(
    expect="stop",
    sender=frm("onodera"),
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="しおり郵送用 宛名データ（3・4組分）",
    charset="cp932",
    body=f"""錦印刷株式会社
営業部 高畑様

お世話になっております。日の出産業の小野寺です。
しおりの郵送用宛名データ（3・4組分）をお送りします。
学校の校務システムから出力したxls形式のため、列幅等はそのままです。
宛名ラベルの印刷と封入・発送まで、お見積り通りにお願いいたします。

{sig("onodera", 1)}
""",
    attachments=[{"kind": "xls", "name": "atena_3-4kumi.xls", "sheets": {"宛名": _xl}}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="28 guardians' names and home addresses in a legacy .xls to the printing partner.",
)

# 065 — print spec to the printer (pass)
add(
    expect="pass",
    sender=frm("onodera"),
    to=["錦印刷 営業部 高畑様 <takahata@nishiki-insatsu.co.jp>"],
    subject="Re: しおり 仕様・納期のご確認",
    charset="iso-2022-jp",
    body=f"""高畑様

ご確認ありがとうございます。以下の仕様でお願いいたします。

　・判型：A5 中綴じ 24ページ（表紙4C／本文1C）
　・部数：210部（生徒192＋教員12＋予備6）
　・入稿：4/24（金）PDF入稿
　・納品：5/8（金）東雲中学校 職員室へ直送
　・お見積金額：88,000円（税別）

色校正は不要です。よろしくお願いいたします。

小野寺

----- Original Message -----
From: 錦印刷 高畑
Sent: Monday, April 13, 2026 9:40 AM
> しおりの仕様と納期をご確認ください。
""",
    note="Print specification and price only.",
)

# 066 — the booklet manuscript DOCX with rooming and teachers' mobiles (stop)
_rooms = [["部屋", "室長", "室員"]]
for r in range(6):
    grp = SHINONOME[r * 4:(r + 1) * 4]
    _rooms.append([f"{301 + r}", grp[0].name, "、".join(x.name for x in grp[1:])])
_tm = [["担当", "氏名", "携帯電話"]] + [[role, t.name, t.mobile] for role, t in
                                       zip(["団長（教頭）", "副団長（教務主任）", "1組担任", "2組担任", "3組担任", "養護教諭"], TEACHERS[:6])]
add(
    expect="stop",
    sender=frm("onodera"),
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="しおり原稿（最終）東雲中学校",
    charset="iso-2022-jp",
    body=f"""錦印刷 制作部 御中

お世話になっております。日の出産業の小野寺です。
しおりの最終原稿をお送りします。P.18「部屋割り」、P.23「緊急連絡先」を差し替えています。

{sig("onodera", 1)}
""",
    attachments=[{"kind": "docx", "name": "しおり原稿_最終_東雲中.docx",
                  "paragraphs": ["東雲中学校 第3学年 修学旅行のしおり", "P.18 部屋割り（若草旅館）",
                                 "P.23 緊急連絡先（引率教員の携帯電話）",
                                 "※旅行中、緊急時以外は使用しないこと"],
                  "tables": [_rooms, _tm]}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX with a rooming table and six teachers' personal mobiles: lists of people.",
)

# 067 — look-alike of the printer's domain (stop)
add(
    expect="stop",
    sender=frm("onodera"),
    to=["錦印刷 高畑様 <takahata@nishiki-insatu.co.jp>"],
    subject="しおり 初校の修正点",
    charset="iso-2022-jp",
    body=f"""高畑様

初校ありがとうございました。修正点は以下の3点です。

　P.3　　2日目の集合時刻　8:15 → 8:10
　P.11　 奈良公園の地図　東大寺南大門の位置を修正
　P.20　 持ち物チェック表に「雨具」を追加

再校はPDFで結構です。

小野寺
""",
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops an 's' from partner nishiki-insatsu.co.jp.",
)

# 068 — internal forward of a passport list to the overseas team (pass)
_pl = "\n".join(f"{p.roma:<24}{p.dob:%Y/%m/%d}  {p.passport}" for p in HAMADERA[:12])
add(
    expect="pass",
    sender=frm("saijo"),
    to=[f"海外教育旅行課 <kaigai-edu@{D}>"],
    subject="FW: 浜寺学院 ハワイ研修 旅券情報（1次分）",
    charset="utf-8",
    body=f"""課内共有です。ESTA申請は明日から手分けしてお願いします。

---------- Forwarded message ----------
From: 浜寺学院高等学校 国際交流部 <kokusai@hamadera-gakuin.ac.jp>
Subject: ハワイ研修 旅券情報（1次分）

日の出産業 西条様
旅券情報（1次分）です。

{_pl}

浜寺学院高等学校 国際交流部 藤井
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    note="Passport list forwarded to an internal mailing list only: passes.",
)

# 069 — forwarded mail attached as .eml with a health list, to a ryokan (stop)
_sx = "\n".join(f"{p.cls}組 {p.name}：{c}" for p, c in zip(SHINONOME[5:48:7], [
    "小麦アレルギー（アナフィラキシー歴あり）", "気管支喘息", "夜尿症（おむつ持参）", "てんかん（服薬中）",
    "円形脱毛症（帽子着用許可）", "卵アレルギー", "不整脈（運動制限）"]))
add(
    expect="stop",
    sender=frm("onodera"),
    to=["若草旅館 女将 <okami@wakakusa-ryokan.co.jp>"],
    subject="FW: 配慮が必要な生徒について（東雲中）",
    charset="iso-2022-jp",
    body=f"""若草旅館 女将様

お世話になっております。日の出産業の小野寺です。
学校様から届いた、宿泊中に配慮が必要な生徒についてのメールを添付いたします。
お部屋の布団の配置やお食事の際にご配慮いただければ幸いです。

{sig("onodera", 1)}
""",
    attachments=[{"kind": "eml", "name": "配慮が必要な生徒について.eml",
                  "message": {"sender": "大河内 修 <t-ookouchi@shinonome-jhs.ed.jp>",
                              "to": [frm("onodera")],
                              "subject": "配慮が必要な生徒について",
                              "charset": "iso-2022-jp",
                              "body": "日の出産業 小野寺様\n\n宿泊中に配慮が必要な生徒は以下の通りです。\n\n"
                                      + _sx + "\n\n東雲中学校 大河内\n"}}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Attached forwarded .eml lists seven named students' medical conditions; sent to a ryokan.",
)

# 070 — forwarded .eml of the ryokan's price revision to the school (pass)
add(
    expect="pass",
    sender=frm("kishimoto"),
    to=["淵野辺東中学校 学年主任 <gakunen3@fuchinobe-higashi.ed.jp>"],
    subject="FW: 2027年度 宿泊料金改定のお知らせ（嵯峨野荘）",
    charset="iso-2022-jp",
    body="""先生

嵯峨野荘から来年度の料金改定のお知らせが届きましたので、原文を添付いたします。
1泊2食で400円の値上げとなりますが、今年度の学校様には影響ございません。

日の出産業 岸本
""",
    attachments=[{"kind": "eml", "name": "料金改定のお知らせ.eml",
                  "message": {"sender": "嵯峨野荘 ご予約係 <yoyaku@saganoso.jp>",
                              "to": [frm("kishimoto")],
                              "subject": "2027年度 宿泊料金改定のお知らせ",
                              "charset": "iso-2022-jp",
                              "body": "旅行会社各位\n\n平素よりご愛顧を賜り御礼申し上げます。\n"
                                      "諸物価高騰に伴い、2027年4月1日ご宿泊分より下記の通り料金を改定いたします。\n\n"
                                      "　修学旅行 1泊2食　中学生 13,200円 → 13,600円\n"
                                      "　　　　　　　　　　高校生 14,300円 → 14,700円\n"
                                      "　引率者（1泊2食）　　　　 16,500円 → 17,000円\n\n"
                                      "旅館 嵯峨野荘 支配人\n京都市右京区嵯峨天龍寺角倉町9　TEL 075-861-4127\n"}}],
    note="Attached .eml carries a price list from a business; no person's data.",
)

# 071 — guardians' e-mail list to a messaging vendor (stop)
_em = "\n".join(f"{p.cls}-{p.no:02d},{p.name},{p.guardian().email}" for p in SUIMEI)
add(
    expect="stop",
    sender=frm("todo"),
    to=["配信ナビ カスタマーサクセス <cs@haishin-navi.jp>"],
    subject="沖縄研修 旅行中お知らせ配信用 保護者アドレス登録のお願い",
    charset="utf-8",
    body="配信ナビ カスタマーサクセス 御中\n\n"
         "お世話になっております。日の出産業の藤堂です。\n"
         "翠明館高校様の沖縄研修期間中（11/10～13）、到着連絡などを保護者様へ一斉配信するため、\n"
         "以下のアドレスの登録をお願いいたします（クラス-番号,生徒氏名,保護者メール）。\n\n"
         + _em + "\n\n" + sig("todo", 1),
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="36 students' names with their guardians' private e-mail addresses, comma-separated in the body.",
)

# 072 — reply to one guardian on free mail (pass)
_g = SUIMEI[9].guardian()
add(
    expect="pass",
    sender=frm("todo"),
    to=[f"{_g.name} <{_g.email}>"],
    subject="Re: 旅行代金の分割払いについて",
    charset="iso-2022-jp",
    body=f"""{_g.sei}様

お問い合わせありがとうございます。日の出産業 教育旅行センターの藤堂でございます。

旅行代金のお支払いは、学校様の積立金から充当し、不足分（お一人 12,400円）を
10月末までにお振込みいただく形となっております。
分割をご希望の場合は、10月末と11月末の2回に分けていただくことも可能です。
その際は、お振込みの際の名義に生徒さんのクラスを添えていただけますと助かります。

ご不明な点がございましたら、お気軽にご連絡ください。

{sig("todo")}

> 日の出産業 ご担当者様
> 翠明館高校2年の保護者です。旅行代金の不足分を分割で払うことはできますか。
""",
    detectors=["freemail_recipient"],
    note="One free-mail guardian, ordinary reply about payment; no personal data beyond the recipient's own.",
)

# 073 — reply to a guardian about her own child's allergy arrangements (either)
_p = SHINONOME[14]
_g = _p.guardian()
add(
    expect="either",
    sender=frm("onodera"),
    to=[f"{_g.email}"],
    subject=f"Re: {_p.mei}のアレルギー対応について",
    charset="iso-2022-jp",
    body=f"""{_g.sei}様

ご連絡ありがとうございます。日の出産業の小野寺でございます。

{_p.mei}さんの卵アレルギー（加熱卵も不可、エピペン携帯）について、
宿泊先の若草旅館・さくらホテルの両方で完全除去の献立をご用意いただけることになりました。
献立表が届きましたら、学校経由でお母様にもお送りいたします。

エピペンは引率の養護教諭が予備を含めてお預かりする予定です。

{sig("onodera", 1)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="A child's allergy sent to that child's own guardian (free mail): health data of one person, but to the data subject's parent.",
)

# 074 — corrupt XLSX attachment (stop)
add(
    expect="stop",
    sender=frm("hasebe"),
    to=["北斗高等学校 2学年 鮫島先生 <samejima-t@hokuto-hs.ed.jp>"],
    subject="北海道研修 部屋割り表（修正版）",
    charset="utf-8",
    body=f"""鮫島先生

お世話になっております。日の出産業の長谷部です。
ホテル側の客室変更に合わせて修正した部屋割り表をお送りします。
黄色のセルが変更箇所です。

{sig("hasebe", 1)}
""",
    attachments=[{"kind": "corrupt", "name": "部屋割り表_修正版_0120.xlsx"}],
    detectors=["unscannable_attachment"],
    note="The XLSX attachment is corrupt and cannot be inspected.",
)

# 075 — password-protected PDF (stop)
add(
    expect="stop",
    sender=frm("saijo"),
    to=["Aloha Pacific Student Travel <groups@alohapacific-st.com>"],
    subject="Hamadera Gakuin HNL — participant list (protected PDF)",
    charset="utf-8",
    body=f"""Dear Mr. Kealoha,

Please find attached the participant list for Hamadera Gakuin (HNL, 20-25 July).
The PDF is password-protected; I will send the password by SMS.

Best regards,
Emily Saijo

{sig("saijo", 2)}
""",
    attachments=[{"kind": "pdf", "name": "Hamadera_HNL_participants.pdf", "password": "HNL-0720-hg",
                  "lines": ["Hamadera Gakuin High School — Hawaii Study Tour — Participants"],
                  "table": [["Name", "DOB", "Passport"]] + [[p.roma, f"{p.dob:%Y-%m-%d}", p.passport] for p in HAMADERA]}],
    detectors=["unscannable_attachment"],
    note="Encrypted PDF cannot be inspected.",
)

# 076 — plain ZIP of the booklet schedule, no personal data (pass)
add(
    expect="pass",
    sender=frm("yabuki"),
    to=["みなと小学校 6学年 比留間先生 <hiruma@minato-es.ed.jp>"],
    subject="日光移動教室 しおり用データ一式",
    charset="iso-2022-jp",
    body="""比留間先生

お世話になっております。日の出産業の矢吹です。
しおりに差し込んでいただく行程表と持ち物リストを、zipにまとめてお送りします。
（パスワードは設定しておりません）

矢吹
""",
    attachments=[{"kind": "zip", "name": "nikko_shiori_data.zip", "files": [
        {"kind": "pdf", "name": "行程表.pdf", "lines": ["日光移動教室 行程表（6/11-12）"],
         "table": [["時刻", "1日目"], ["7:40", "学校集合"], ["10:30", "日光東照宮"], ["12:00", "昼食"],
                   ["14:00", "華厳の滝"], ["15:30", "ホテル華厳 着"], ["19:00", "キャンドルファイヤー"]]},
        {"kind": "txt", "name": "持ち物リスト.txt", "encoding": "cp932",
         "text": "■持ち物\n・しおり\n・筆記用具\n・雨具（折りたたみ傘・カッパ）\n・着替え（1日分）\n"
                 "・洗面用具\n・ハンカチ・ティッシュ\n・健康観察カード\n・お小遣い（3,000円以内）\n"}]}],
    note="Unencrypted ZIP of a timetable and a packing list.",
)

# 077 — plain ZIP with a participant CSV and a map (stop)
_kc = [["組", "番号", "氏名", "ふりがな", "体験コース", "保護者緊急連絡先", "住所"]]
for p in FUCHINOBE[:30]:
    g = p.guardian()
    _kc.append([p.cls, p.no, p.name, p.kana, rng.choice(["清水焼絵付け", "八ッ橋作り", "京友禅染め"]), g.mobile, p.addr])
add(
    expect="stop",
    sender=frm("kishimoto"),
    to=["京の体験工房 予約センター <yoyaku@kyo-taiken.jp>"],
    subject="10/15 淵野辺東中学校 体験学習 参加者名簿",
    charset="utf-8",
    body=f"""京の体験工房 予約センター 御中

お世話になっております。日の出産業の岸本です。
10/15（木）体験学習の参加者名簿と、バス駐車位置の図をお送りします。
工房ごとの名簿作成にお使いください。

{sig("kishimoto", 1)}
""",
    attachments=[{"kind": "zip", "name": "fuchinobe_1015_taiken.zip", "files": [
        {"kind": "csv", "name": "参加者名簿.csv", "encoding": "utf-8", "rows": _kc},
        {"kind": "pdf", "name": "駐車位置.pdf", "lines": ["バス駐車位置（西大路側 第2駐車場）"]}]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CSV inside an unencrypted ZIP lists 30 students with guardians' phones and home addresses.",
)

# 078 — four children joining late, with guardians' mobiles (pass, warned)
_late = [MINATO[i] for i in (3, 8, 17, 22)]
_ll = "\n".join(f"　{p.cls}組　{p.name}　（保護者 {p.guardian().mobile}）" for p in _late)
add(
    expect="pass",
    sender=frm("yabuki"),
    to=["ホテル華厳 フロント <front@kegon-hotel.co.jp>"],
    subject="6/11 みなと小学校 遅れて到着する児童について",
    charset="iso-2022-jp",
    body=f"""ホテル華厳 フロント ご担当者様

お世話になっております。日の出産業の矢吹です。
6/11ご宿泊のみなと小学校様ですが、少年野球の大会に出場する児童4名が、
保護者の車で20時頃に直接ホテルへ到着いたします。

{_ll}

夕食はお弁当に変更いただき、お部屋までお届けいただけますでしょうか。
到着が21時を過ぎる場合は、保護者から直接フロントへお電話が入ります。

{sig("yabuki", 1)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Four children with guardians' mobiles: under five people, may be warned but not held.",
)

# 079 — five adults in blocks (name, DOB, address, phone) to an activity operator (stop)
_ad = []
for k in range(5):
    t = Person("adult", city="sendai")
    _ad.append(f"【{k + 1}】\n氏名：{t.name}\n生年月日：{t.dob:%Y年%m月%d日}\n住所：〒{t.zip} {t.addr}\n携帯：{t.mobile}")
add(
    expect="stop",
    sender=frm("hasebe"),
    to=["ニセコ・アウトドアベース <booking@niseko-outdoor.jp>"],
    subject="2/5 スノーシュー体験 引率者の傷害保険加入情報",
    charset="utf-8",
    body="ニセコ・アウトドアベース ご予約担当様\n\n"
         "お世話になっております。日の出産業の長谷部です。\n"
         "2/5のスノーシュー体験について、引率の先生方5名も体験に参加されるため、\n"
         "御社加入の傷害保険用の情報をお送りします。生徒分は学校から直接FAXいたします。\n\n"
         + "\n\n".join(_ad) + "\n\n" + sig("hasebe", 1),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Five people's records as blocks (birth date, home address, mobile) to an external operator.",
)

# 080 — English: one teacher leader's contact to the Hawaii operator (pass, warned)
_t = Person("adult", sex="男", city="sakai")
add(
    expect="pass",
    sender=frm("saijo"),
    to=["Aloha Pacific Student Travel <groups@alohapacific-st.com>"],
    subject="Hamadera Gakuin HNL — on-site leader contact",
    charset="utf-8",
    body=f"""Dear Mr. Kealoha,

The group leader on site will be {_t.mei_r} {_t.sei_r.upper()}, English teacher at Hamadera Gakuin.
He will carry a Japanese mobile with international roaming:

  Mobile: +81-{_t.mobile[1:]}
  E-mail: {_t.mei_r.lower()}.{_t.sei_r.lower()}@hamadera-gakuin.ac.jp

Please share this with the coach driver and the beach-activity staff.
I will be on the same flight as the group and reachable on my own mobile too.

Best regards,
Emily

{sig("saijo", 2)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="One group leader's contact details: one person, may be warned.",
)

# 081 — English: two students' medical conditions to the Hawaii operator (stop)
_a, _b = HAMADERA[6], HAMADERA[13]
add(
    expect="stop",
    sender=frm("saijo"),
    to=["Aloha Pacific Student Travel <groups@alohapacific-st.com>"],
    subject="Hamadera Gakuin — two students with medical needs",
    charset="utf-8",
    body=f"""Dear Mr. Kealoha,

Two students need special attention during the programme:

- {_a.mei_r} {_a.sei_r.upper()} has a severe peanut allergy (anaphylaxis in 2024) and carries
  two EpiPens. Please make sure the luau dinner and the bento lunches are peanut-free for her table.
- {_b.mei_r} {_b.sei_r.upper()} has epilepsy and takes medication (Depakene) twice a day.
  Swimming at Hanauma Bay should be supervised one-to-one or replaced with snorkelling from the shore.

Their parents have agreed that we share this with you and the activity providers only.

Best regards,
Emily

{sig("saijo", 2)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Two named students' diagnoses (anaphylaxis, epilepsy with medication) to an overseas operator.",
)

# 082 — internal trip report naming a sick student (pass)
_p = HOKUTO[25]
add(
    expect="pass",
    sender=frm("hasebe"),
    to=[f"{STAFF['murase'][0]} <{STAFF['murase'][2]}@{D}>"],
    cc=[f"教育旅行センター <kyoiku-ryoko@{D}>"],
    subject="【添乗報告】北斗高校 北海道研修 2日目",
    charset="utf-8",
    body=f"""村瀬さん
cc: センター各位

2日目の添乗報告です。

・スキー実習：予定通り実施（午後から雪、視界やや不良）
・体調不良：2年{_p.cls}組 {_p.name}さん、夕方から38.6℃の発熱。
  町内の診療所で受診、インフルエンザA型陽性。ホテルの別室で隔離、
  明朝保護者が迎えに来る予定。同室の4名は現在症状なし。
・事故・ケガ：なし
・翌日の変更：小樽運河散策を30分短縮

長谷部（現地より）
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    note="A named student's diagnosis, but every recipient is internal: passes.",
)

# 083 — reply whose new text adds six team leaders' mobiles (stop)
_hl = "\n".join(f"{k}班　{p.name}　{p.mobile}" for k, p in enumerate(SUIMEI[1:36:6], start=1))
add(
    expect="stop",
    sender=frm("todo"),
    to=["フォトスタジオ光 撮影部 <satsuei@studio-hikari.jp>"],
    subject="Re: 沖縄研修 同行撮影の段取りについて",
    charset="iso-2022-jp",
    body=f"""フォトスタジオ光 撮影部
宮城様

お世話になっております。藤堂です。
美ら海水族館での班別撮影の件、班長の連絡先は以下の通りです。
集合写真の撮影場所への誘導時にお使いください。

{_hl}

よろしくお願いいたします。

藤堂

> 藤堂様
> 班別撮影の際、各班の代表者の方と連絡が取れるようにしたいのですが
> 連絡先を教えていただけますでしょうか。
> フォトスタジオ光 宮城
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="The new (unquoted) text lists six students with their mobiles; the quote is harmless.",
)

# 084 — "On … wrote:" reply quoting a passport list (pass)
_qp = "\n".join(f"> {p.roma:<22} {p.passport}  exp {p.pp_exp:%d/%m/%Y}" for p in HAMADERA[:8])
add(
    expect="pass",
    sender=frm("saijo"),
    to=["Aloha Pacific Student Travel <groups@alohapacific-st.com>"],
    subject="Re: Passport details — please confirm",
    charset="utf-8",
    body=f"""Dear Mr. Kealoha,

Yes, all eight are correct as you listed them. Thank you for double-checking.

Best regards,
Emily

On Tue, 9 Jun 2026 at 08:12, Aloha Pacific Student Travel <groups@alohapacific-st.com> wrote:
> Dear Emily,
> Could you confirm the passport details we have on file for the first eight students?
>
{_qp}
>
> Mahalo,
> Keoni
""",
    note="The passport numbers are only in the quoted part of the operator's own mail.",
)

# 085 — look-alike of the caterer: zeros for o's (stop)
add(
    expect="stop",
    sender=frm("hasebe"),
    to=["北国フーズ 受注センター <order@kitaguni-f00ds.co.jp>"],
    subject="【発注変更】2/3 北斗高校様 昼食弁当",
    charset="iso-2022-jp",
    body="""北国フーズ 受注センター 御中

日の出産業の長谷部です。発注番号 HS-EDU-26-0417 の数量変更をお願いします。

　通常食　150食 → 147食
　卵除去　　3食 → 3食（変更なし）
　合計　　158食 → 155食

よろしくお願いいたします。
""",
    detectors=["lookalike_domain"],
    note="kitaguni-f00ds.co.jp uses zeros for o's: look-alike of partner kitaguni-foods.co.jp.",
)

# 086 — reply thread with the genuine caterer about delivery logistics (pass)
add(
    expect="pass",
    sender=frm("hasebe"),
    to=["北国フーズ 配送課 <haiso@kitaguni-foods.co.jp>"],
    subject="Re: Re: 2/3 新千歳空港 お弁当の受け渡し場所",
    charset="utf-8",
    body=f"""北国フーズ 配送課
川端様

ありがとうございます。受け渡しは団体待合所の南端、11:15でお願いします。
当日の現地連絡は私の携帯（{STAFF['hasebe'][4]}）までお願いします。
空き容器の回収は不要です（学校で分別して廃棄します）。

長谷部

-----Original Message-----
差出人: 北国フーズ 配送課 川端
送信日時: 2026年1月27日 16:02
宛先: 長谷部 由紀
件名: Re: 2/3 新千歳空港 お弁当の受け渡し場所

長谷部様
当日は保冷車1台で伺います。受け渡し場所と時刻のご確認をお願いします。
""",
    note="Delivery logistics with the sender's own business mobile; quoted reply.",
)

# 087 — look-alike of the organisation's own domain (stop)
add(
    expect="stop",
    sender=frm("kishimoto"),
    to=["小野寺 真帆 <m-onodera@hinode-sangyo-co.jp>"],
    subject="京都 班別タクシー 運用メモ",
    charset="iso-2022-jp",
    body="""小野寺さん

来週の東雲中の班別タクシーについて、淵野辺東中で気づいた点をメモしておきます。

・乗務員さんへの行程表は前日夕方に古都タクシーへFAX
・拝観料の立替は乗務員さん経由で、領収書をまとめてもらう
・班長の携帯は当日の朝に各車へ配布（メールでは送らない）

岸本
""",
    detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp puts a hyphen for the dot of the internal domain: an external look-alike.",
)

# 088 — look-alike of the bank with another TLD (stop)
add(
    expect="stop",
    sender=frm("horiuchi"),
    to=["みどり銀行 若林様 <wakabayashi@midori-ginko.com>"],
    subject="総合振込 9/30分 受付確認のお願い",
    charset="iso-2022-jp",
    body=f"""若林様

お世話になっております。日の出産業の堀内です。
9/30指定の総合振込（16件・296,000円）について、受付状況をご確認いただけますでしょうか。
受付番号がございましたらお知らせください。

{sig("horiuchi", 1)}
""",
    detectors=["lookalike_domain"],
    note="midori-ginko.com swaps the TLD of partner midori-ginko.co.jp.",
)

# 089 — partner hotel, one more room, Japanese disclaimer (pass)
add(
    expect="pass",
    sender=frm("onodera"),
    to=["さくらホテル京都駅前 宿泊営業 前川様 <maekawa@sakura-hotel.jp>"],
    cc=[f"{STAFF['murase'][0]} <{STAFF['murase'][2]}@{D}>"],
    subject="5/20 東雲中学校様 1室追加のお願い",
    charset="cp932",
    body=f"""前川様

いつもお世話になっております。日の出産業の小野寺です。
5/20の東雲中学校様ご宿泊につき、同行カメラマン用にシングル1室の追加をお願いします。
料金は引率者と同額（朝食付き 9,800円）で、弊社精算でお願いいたします。

取り急ぎ、よろしくお願いいたします。

{sig("onodera")}

{DISCLAIMER_JP}
""",
    note="Room booking with the standard Japanese disclaimer (a mention of 機密情報, not a marking).",
)

# 090 — PDF buddy list with students' personal e-mail to the Taiwan operator (stop)
_bd = [["No.", "日本側生徒", "ローマ字", "学年", "E-mail", "台湾側バディ"]]
_tw = ["陳 怡君", "林 雅婷", "黃 詩涵", "張 家瑜", "李 佳穎", "王 子晴", "吳 欣妤", "劉 品妍", "蔡 宜蓁", "楊 芷若", "許 郁庭", "鄭 筱涵"]
for i, (p, b) in enumerate(zip(MARIA[:12], _tw), start=1):
    _bd.append([i, p.name, p.roma, "高1", p.email, b])
add(
    expect="stop",
    sender=frm("saijo"),
    to=["Formosa Youth Travel <jp-desk@formosa-youth.com.tw>"],
    subject="聖マリア女子 バディ交流 ペアリング表（事前メール交換用）",
    charset="utf-8",
    body=f"""陳様

お世話になっております。西条です。
交流校とのバディのペアリング表をPDFでお送りします。
事前のメール交換のため、日本側生徒のメールアドレスも記載しております。
交流校の先生への転送をお願いいたします。

{sig("saijo", 1)}
""",
    attachments=[{"kind": "pdf", "name": "buddy_pairing_StMaria.pdf",
                  "lines": ["聖マリア女子中学高等学校 × 交流校 バディ・ペアリング表", ""], "table": _bd}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="PDF table of twelve students with their personal e-mail addresses to an overseas operator.",
)

# 091 — PPTX slides for the parents' briefing, no personal data (pass)
add(
    expect="pass",
    sender=frm("todo"),
    to=["翠明館高等学校 2学年 鈴村先生 <suzumura@suimeikan.ac.jp>"],
    subject="保護者説明会 スライド（案）",
    charset="utf-8",
    body="""鈴村先生

お世話になっております。日の出産業の藤堂です。
9/26の保護者説明会で使用するスライド（案）をお送りします。
旅行代金・キャンセル規定のページは事務長様にもご確認いただければ幸いです。

藤堂
""",
    attachments=[{"kind": "pptx", "name": "保護者説明会_沖縄研修_案.pptx",
                  "slides": [["翠明館高等学校 2学年 沖縄研修旅行 保護者説明会", "2026年9月26日",
                              "日の出産業株式会社 教育旅行センター"],
                             ["行程", "1日目 中部→那覇 平和祈念公園・ひめゆりの塔",
                              "2日目～3日目 民泊（本部町・今帰仁村）", "4日目 美ら海水族館→那覇→中部"],
                             ["旅行代金", "お一人 118,000円（積立金より充当）",
                              "取消料：21日前～ 20%／7日前～ 30%／前日 40%／当日 50%"],
                             ["持ち物・注意事項", "健康保険証のコピー", "日焼け止め・帽子", "常備薬（民泊家庭に申告）"]]}],
    note="Briefing slides with itinerary and prices; no person's data.",
)

# 092 — bus seat chart, names only, to the bus company (either)
_sc = [["みやこ観光バス 1号車 座席表（淵野辺東中学校 1組）"], [], ["座席", "氏名", "組"]]
for i, p in enumerate([p for p in FUCHINOBE if p.cls == 1]):
    _sc.append([f"{i // 4 + 1}{'ABCD'[i % 4]}", p.name, "1組"])
add(
    expect="either",
    sender=frm("kishimoto"),
    to=["みやこ観光バス 配車センター <haisha@miyako-kanko-bus.co.jp>"],
    subject="10/14 淵野辺東中 1号車 座席表",
    charset="iso-2022-jp",
    body="""みやこ観光バス 配車センター 御中

日の出産業の岸本です。
10/14の1号車の座席表をお送りします。ガイドさんの点呼用にお使いください。

岸本
""",
    attachments=[{"kind": "xlsx", "name": "座席表_1号車.xlsx", "sheets": {"1号車": _sc}}],
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="Twelve students' names with seat numbers only: a list of people, or names without data — judgeable either way.",
)

# 093 — one student's panic disorder to the bus company (stop)
_p = FUCHINOBE[20]
add(
    expect="stop",
    sender=frm("kishimoto"),
    to=["みやこ観光バス 配車センター <haisha@miyako-kanko-bus.co.jp>"],
    subject="2号車 座席のご配慮のお願い",
    charset="cp932",
    body=f"""みやこ観光バス 配車センター
ご担当者様

日の出産業の岸本です。10/14の2号車について、乗務員・ガイドの方にお伝えください。

2号車に乗車する{_p.name}さん（{_p.cls}組）は、パニック障害で通院中のため、
渋滞中の車内など閉鎖的な状況で発作が出ることがあります。
最前列の窓側（1A）を確保し、本人から申し出があった場合は、
安全な場所での一時停車にご協力いただけますでしょうか。頓服薬は本人が所持しています。

{sig("kishimoto", 1)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="One named student's mental-health diagnosis and treatment to a bus company.",
)

# 094 — school and board of education in To/Cc, counts only (pass)
add(
    expect="pass",
    sender=frm("murase"),
    to=["みどり台中学校 校長 <kocho@midoridai-jhs.ed.jp>"],
    cc=["若葉市教育委員会 学校教育課 <gakko-kyoiku@city.wakaba.lg.jp>"],
    subject="修学旅行 実施報告（みどり台中学校 5/26-28）",
    charset="iso-2022-jp",
    body=f"""みどり台中学校 校長先生
（cc：若葉市教育委員会 学校教育課 様）

修学旅行の実施報告をお送りいたします。

　参加者　　生徒 146名（欠席2名）／引率教員 10名／看護師 1名
　行程　　　計画通り実施（2日目 雨天のため一部屋内施設に変更）
　傷病　　　受診 1件（詳細は5/27付 事故報告書の通り）、保健室対応 7件
　精算　　　1名あたり 66,400円 → 65,980円（差額は後日返金）

ご査収のほど、よろしくお願いいたします。

{sig("murase")}
""",
    detectors=["multiple_external_domains"],
    note="Two external organisations in To/Cc with aggregate figures only.",
)

# 095 — teachers' and nurse's personal mobiles as a bulleted full-width list (stop)
_ht = [Person("adult", city="sendai") for _ in range(6)]
_hl = "\n".join(f"・{role}　{t.zname}　{zen(t.mobile)}" for role, t in
                zip(["団長（教頭）", "学年主任", "1組担任", "2組担任", "3組担任", "4組担任"], _ht))
_nn = Person("adult", sex="女", city="sendai")
add(
    expect="stop",
    sender=frm("hasebe"),
    to=["ホテル小樽運河 宿泊課 <shukuhaku@otaru-unga-hotel.jp>"],
    subject="2/5ご宿泊 北斗高校様 夜間の緊急連絡先",
    charset="cp932",
    body=f"""ホテル小樽運河 宿泊課
ご担当者様

お世話になっております。日の出産業の長谷部です。
2/5ご宿泊の北斗高校様の、夜間の緊急連絡先をお知らせします。
生徒の急病等の際は、下記の先生方へ直接ご連絡ください。

{_hl}
・看護師　{_nn.zname}　{zen(_nn.mobile)}

私（長谷部）も館内に宿泊しております。

{sig("hasebe")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Seven named people with personal mobiles (full-width digits): five or more people's records.",
)

# 096 — English: contract rates "confidential" as a mere mention (pass)
add(
    expect="pass",
    sender=frm("saijo"),
    to=["Aloha Pacific Student Travel <contracts@alohapacific-st.com>"],
    subject="2027 school group rates — acknowledgement",
    charset="utf-8",
    body=f"""Dear Ms. Akana,

Thank you for the 2027 school-group rate sheet. We understand the contracted rates are to be
kept confidential and will only quote package prices to the schools, never your net rates.

Two quick questions:
  1. Is the Pearl Harbor coach transfer (USD 18 per person) still included for groups of 40+?
  2. Can the deposit deadline move from 90 to 60 days before arrival?

Best regards,
Emily Saijo

{sig("saijo", 2)}
""",
    note="The word 'confidential' appears in a sentence about rates: a mention, not a marking.",
)

# 097 — seven teachers with S/H-era birth dates to the airline, slash-separated (stop)
_tl = []
for i, t in enumerate(TEACHERS[6:13], start=1):
    _tl.append(f"{i}/{t.sei_k} {t.mei_k}/{'M' if t.sex == '男' else 'F'}/{wareki(t.dob, 'short')}")
add(
    expect="stop",
    sender=frm("todo"),
    to=["スカイブリッジ航空 国内団体デスク <group-dom@skybridge-air.co.jp>"],
    subject="GRP-26-88214 引率者 搭乗者情報（先行分）",
    charset="iso-2022-jp",
    body="スカイブリッジ航空 国内団体デスク 御中\n\n"
         "お世話になっております。日の出産業の藤堂です。\n"
         "翠明館高校様 沖縄研修（GRP-26-88214）の引率者7名の搭乗者情報を先行でお送りします。\n"
         "（No./氏名カナ/性別/生年月日）\n\n" + "\n".join(_tl) +
         "\n\n生徒分は10/20までに所定のExcelで提出いたします。\n\n" + sig("todo", 1),
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="Seven people's kana names with 和暦-abbreviated birth dates (S58.4.2 style): a list of people.",
)

# 098 — internal My Number collection status (pass)
_ml = "\n".join(f"{p.name}\t{next_my_number()}\t{rng.choice(['受領済', '受領済', '通知カード写し'])}"
                for p in _tc)
add(
    expect="pass",
    sender=frm("miyashita"),
    to=[f"給与担当 <kyuyo@{D}>"],
    subject="契約添乗員4名 個人番号の登録依頼",
    charset="utf-8",
    body=f"""給与担当 各位

4/1入社の契約添乗員4名の個人番号を回収しましたので、給与システムへの登録をお願いします。
登録後、このメールは削除してください（個人番号の取扱規程 第12条）。

氏名\t個人番号\t確認書類
{_ml}

宮下
""",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    note="My Numbers sent to an internal payroll address only: passes.",
)

# 099 — a teacher's card number in full-width digits to the partner hotel (stop)
_t = TEACHERS[1]
_card = next_card()
add(
    expect="stop",
    sender=frm("onodera"),
    to=["さくらホテル京都駅前 予約課 <yoyaku@sakura-hotel.jp>"],
    subject="下見ご宿泊（4/9）の予約保証について",
    charset="cp932",
    body=f"""さくらホテル京都駅前 予約課 御中

お世話になっております。日の出産業の小野寺です。
4/9に東雲中学校の{_t.name}先生が下見でご宿泊されます（個人精算）。
予約保証のカード情報を先生からお預かりしましたのでお伝えします。

　カード番号：{zen(_card[:4] + '-' + _card[4:8] + '-' + _card[8:12] + '-' + _card[12:])}
　有効期限　：{zen(f"{rng.randrange(1, 13):02d}/{rng.randrange(27, 31)}")}
　名義　　　：{_t.roma}

{sig("onodera", 1)}
""",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="A teacher's credit card number written in full-width digits to the partner hotel.",
)

# 100 — thank-you mail with survey percentages (pass)
add(
    expect="pass",
    sender=frm("onodera"),
    to=["東雲中学校 大河内先生 <t-ookouchi@shinonome-jhs.ed.jp>"],
    subject="修学旅行のお礼とアンケート集計結果",
    charset="iso-2022-jp",
    body=f"""大河内先生

先日の修学旅行では大変お世話になりました。日の出産業の小野寺です。
大きな事故もなく無事に終えることができ、心より御礼申し上げます。

生徒アンケート（回答 186名）の集計結果をご報告いたします。

　満足度　　とても満足 62%／満足 31%／普通 6%／不満 1%
　印象に残った場所（上位）
　　1. 班別タクシー研修　　　 41%
　　2. 奈良公園・東大寺　　　 23%
　　3. 旅館での夜の交流会　　 17%
　改善してほしい点（自由記述より）
　　・自由時間をもう少し長く
　　・旅館の入浴時間が短い

来年度の2年生の方面検討にもお役立ていただければ幸いです。
今後ともどうぞよろしくお願い申し上げます。

{sig("onodera")}
""",
    note="Aggregate survey results; nothing about any one person.",
)
