"""Blind evaluation corpus — AREA "vocational".

日の出産業株式会社 教育事業部 runs 日の出総合専門学校 (a vocational college with
看護学科, 情報システム学科 and 調理師学科).  The mail covers applicants and entrance
exams, enrolled students' records, tuition and scholarships (student-loan organisation),
internships at partner companies and hospitals, job placement, international students'
visas, students' health checks and disability accommodations, parents, and teachers'
contracts.

Every person, number, address, school, hospital and company domain in this file is
invented (fictional but plausible); any resemblance to a real person is coincidental.
My Numbers and card numbers come from build.my_number() / build.card_number(), seeds
starting at 5801 (5801, 5802, … in order of use).
"""

from __future__ import annotations

import datetime
import random
import unicodedata

from build import card_number, my_number

SEED = 5801
RNG = random.Random(SEED)
_SEQ = [SEED]


def _seed() -> int:
    s = _SEQ[0]
    _SEQ[0] += 1
    return s


def mynum() -> str:
    return my_number(_seed())


def cardnum() -> str:
    return card_number(_seed())


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


DOM = "hinode-sangyo.co.jp"
SCHOOL = "日の出総合専門学校"

# -- invented people -----------------------------------------------------------------
SURN = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("藤原", "フジワラ", "Fujiwara"),
    ("岡本", "オカモト", "Okamoto"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("小野", "オノ", "Ono"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
    ("安藤", "アンドウ", "Ando"), ("丸山", "マルヤマ", "Maruyama"), ("今井", "イマイ", "Imai"),
    ("河野", "コウノ", "Kono"), ("武田", "タケダ", "Takeda"), ("村田", "ムラタ", "Murata"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("御手洗", "ミタライ", "Mitarai"), ("五百旗頭", "イオキベ", "Iokibe"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("一番ヶ瀬", "イチバンガセ", "Ichibangase"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("九十九", "ツクモ", "Tsukumo"), ("比嘉", "ヒガ", "Higa"), ("喜屋武", "キャン", "Kyan"),
    ("鬼塚", "オニヅカ", "Onizuka"), ("雲母", "キララ", "Kirara"), ("瓜生", "ウリュウ", "Uryu"),
    ("舘野", "タテノ", "Tateno"), ("廿日出", "ハツカデ", "Hatsukade"), ("栗栖", "クリス", "Kurisu"),
]
GIVEN_F = [
    ("美咲", "ミサキ", "Misaki"), ("陽菜", "ヒナ", "Hina"), ("結衣", "ユイ", "Yui"),
    ("さくら", "サクラ", "Sakura"), ("葵", "アオイ", "Aoi"), ("彩花", "アヤカ", "Ayaka"),
    ("七海", "ナナミ", "Nanami"), ("遥", "ハルカ", "Haruka"), ("莉子", "リコ", "Riko"),
    ("千尋", "チヒロ", "Chihiro"), ("真由", "マユ", "Mayu"), ("愛梨", "アイリ", "Airi"),
    ("楓", "カエデ", "Kaede"), ("みのり", "ミノリ", "Minori"), ("杏奈", "アンナ", "Anna"),
    ("心春", "コハル", "Koharu"), ("紗希", "サキ", "Saki"), ("日向子", "ヒナコ", "Hinako"),
]
GIVEN_M = [
    ("翔太", "ショウタ", "Shota"), ("大輝", "ダイキ", "Daiki"), ("蓮", "レン", "Ren"),
    ("悠斗", "ユウト", "Yuto"), ("陸", "リク", "Riku"), ("拓海", "タクミ", "Takumi"),
    ("颯", "ハヤテ", "Hayate"), ("健太", "ケンタ", "Kenta"), ("湊", "ミナト", "Minato"),
    ("航", "ワタル", "Wataru"), ("和也", "カズヤ", "Kazuya"), ("樹", "イツキ", "Itsuki"),
    ("隼人", "ハヤト", "Hayato"), ("誠", "マコト", "Makoto"), ("奏太", "ソウタ", "Sota"),
]
GIVEN_OLD = [
    ("浩二", "コウジ", "Koji"), ("直美", "ナオミ", "Naomi"), ("裕子", "ユウコ", "Yuko"),
    ("智子", "トモコ", "Tomoko"), ("健一", "ケンイチ", "Kenichi"), ("由美子", "ユミコ", "Yumiko"),
    ("隆", "タカシ", "Takashi"), ("恵子", "ケイコ", "Keiko"), ("博之", "ヒロユキ", "Hiroyuki"),
    ("真理", "マリ", "Mari"), ("雅人", "マサト", "Masato"), ("久美子", "クミコ", "Kumiko"),
    ("哲也", "テツヤ", "Tetsuya"), ("千代", "チヨ", "Chiyo"), ("修", "オサム", "Osamu"),
]
FOREIGN = [
    ("NGUYEN VAN AN", "グエン ヴァン アン", "ベトナム"), ("TRAN THI MAI", "チャン ティ マイ", "ベトナム"),
    ("PHAM MINH DUC", "ファム ミン ドゥック", "ベトナム"), ("LE THI HOA", "レ ティ ホア", "ベトナム"),
    ("GURUNG BIKASH", "グルン ビカス", "ネパール"), ("SHRESTHA ANISHA", "シュレスタ アニシャ", "ネパール"),
    ("TAMANG SUMAN", "タマン スマン", "ネパール"), ("WANG LEI", "ワン レイ", "中国"),
    ("ZHANG YUTING", "チャン ユーティン", "中国"), ("AUNG KYAW MIN", "アウン チョー ミン", "ミャンマー"),
    ("PERERA KASUN", "ペレラ カスン", "スリランカ"), ("BATBAYAR TEMUULEN", "バトバヤル テムーレン", "モンゴル"),
    ("HOANG VAN NAM", "ホアン ヴァン ナム", "ベトナム"), ("RAI PRABIN", "ライ プラビン", "ネパール"),
    ("SITI NUR AISYAH", "シティ ヌル アイシャ", "インドネシア"), ("DO THI THU", "ド ティ トゥ", "ベトナム"),
]
PLACES = [
    ("192-0046", "東京都八王子市明神町"), ("192-0904", "東京都八王子市子安町"),
    ("190-0012", "東京都立川市曙町"), ("206-0033", "東京都多摩市落合"),
    ("183-0022", "東京都府中市宮西町"), ("194-0013", "東京都町田市原町田"),
    ("191-0011", "東京都日野市日野本町"), ("197-0011", "東京都福生市福生"),
    ("252-0231", "神奈川県相模原市中央区相模原"), ("242-0021", "神奈川県大和市中央"),
    ("359-1111", "埼玉県所沢市緑町"), ("350-1123", "埼玉県川越市脇田本町"),
    ("400-0031", "山梨県甲府市丸の内"), ("185-0012", "東京都国分寺市本町"),
    ("180-0004", "東京都武蔵野市吉祥寺本町"), ("205-0011", "東京都羽村市五ノ神"),
    ("198-0042", "東京都青梅市東青梅"), ("187-0002", "東京都小平市花小金井"),
    ("193-0833", "東京都八王子市めじろ台"), ("252-0303", "神奈川県相模原市南区相模大野"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
BANKS = [("ひかり銀行", "立川"), ("みどり銀行", "八王子"), ("武蔵野中央信用金庫", "国分寺"),
         ("あおぞら台銀行", "町田"), ("ゆうちょ銀行", "〇一八"), ("甲斐みらい銀行", "甲府駅前")]
APTS = ["コーポ桜", "グリーンハイツ", "メゾン旭", "サンライズ多摩", "ハイム若葉", "レオパレス明神",
        "シャトー緑町", "ドミール東", "パークサイド南"]

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def wd(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def padtable(rows, gap=2, rule="-", indent=""):
    n = max(len(r) for r in rows)
    w = [max(wd(r[i]) if i < len(r) else 0 for r in rows) for i in range(n)]
    out = []
    for k, r in enumerate(rows):
        cells = [str(c) + " " * (w[i] - wd(c)) for i, c in enumerate(r)]
        out.append(indent + (" " * gap).join(cells).rstrip())
        if k == 0 and rule:
            total = sum(w) + gap * (n - 1)
            out.append(indent + (rule * (total // wd(rule))))
    return "\n".join(out)


def fwtable(rows):
    """columns padded with full-width spaces (as Word/Outlook users do)."""
    n = max(len(r) for r in rows)
    w = [max(wd(r[i]) for r in rows) for i in range(n)]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            fill = w[i] - wd(c)
            cells.append(str(c) + "\u3000" * (fill // 2) + " " * (fill % 2))
        out.append("\u3000".join(cells).rstrip())
    return "\n".join(out)


def tsv(rows):
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def commas(rows, sep=","):
    return "\n".join(sep.join(str(c) for c in r) for r in rows)


def htable(rows, style="border-collapse:collapse", cell="border:1px solid #999;padding:2px 6px"):
    head = "".join(f'<th style="{cell};background:#dde">{c}</th>' for c in rows[0])
    body = "".join("<tr>" + "".join(f'<td style="{cell}">{c}</td>' for c in r) + "</tr>"
                   for r in rows[1:])
    return f'<table style="{style}"><tr>{head}</tr>{body}</table>'


def mobile(full=False):
    s = f"0{RNG.choice('789' + '9')}0-{RNG.randint(1000, 9999)}-{RNG.randint(1000, 9999)}"
    return zen(s) if full else s


def landline():
    a = RNG.choice(["042-6", "042-3", "042-7", "04-29", "046-2", "055-2"])
    if a == "04-29":
        return f"04-29{RNG.randint(10, 99)}-{RNG.randint(1000, 9999)}"
    return f"{a}{RNG.randint(10, 99)}-{RNG.randint(1000, 9999)}"


def address(style=None):
    z, base = RNG.choice(PLACES)
    st = style if style is not None else RNG.randrange(4)
    a, b, c = RNG.randint(1, 5), RNG.randint(1, 28), RNG.randint(1, 22)
    if st == 0:
        tail = f"{a}丁目{b}番{c}号"
    elif st == 1:
        tail = f"{a}-{b}-{c}"
    elif st == 2:
        tail = f"{a}-{b}-{c} {RNG.choice(APTS)}{RNG.randint(1, 3)}0{RNG.randint(1, 8)}"
    else:
        tail = zen(f"{a}-{b}-{c}")
    return z, base + tail


def date_between(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(RNG.randint(start, end))


def wareki(d: datetime.date, style=0) -> str:
    if d >= datetime.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= datetime.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == 0:
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == 1:
        return f"{short}{y}.{d.month}.{d.day}"
    if style == 2:
        return zen(f"{era}{y}年{d.month}月{d.day}日").replace("年", "年")
    return f"{short}{y:02d}/{d.month:02d}/{d.day:02d}"


def seireki(d: datetime.date, style=0) -> str:
    if style == 0:
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == 1:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 2:
        return d.isoformat()
    return f"{d.year}.{d.month}.{d.day}"


_used_names: set[str] = set()


def person(kind="student", sex=None):
    while True:
        s = RNG.choice(SURN)
        sx = sex or RNG.choice("FM")
        if kind == "old":
            g = RNG.choice(GIVEN_OLD)
        else:
            g = RNG.choice(GIVEN_F if sx == "F" else GIVEN_M)
        if s[0] + g[0] not in _used_names:
            _used_names.add(s[0] + g[0])
            break
    if kind == "student":
        d = date_between(2002, 2007)
    elif kind == "old":
        d = date_between(1962, 1982)
    else:
        d = date_between(1970, 1998)
    z, ad = address()
    local = RNG.choice([f"{g[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{g[2][0].lower()}",
                        f"{g[2].lower()}{RNG.randint(1, 99)}", f"{s[2].lower()}_{g[2].lower()}"])
    return {
        "name": f"{s[0]} {g[0]}", "sei": s[0], "mei": g[0], "kana": f"{s[1]} {g[1]}",
        "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2]}", "sex": sx,
        "dob": d, "mobile": mobile(), "email": f"{local}@{RNG.choice(FREEMAIL)}",
        "zip": z, "addr": ad,
    }


def people(n, kind="student", **kw):
    return [person(kind, **kw) for _ in range(n)]


def foreigner(i=None):
    f = FOREIGN[i] if i is not None else RNG.choice(FOREIGN)
    d = date_between(1996, 2004)
    z, ad = address(2)
    return {"name": f[0], "kana": f[1], "nat": f[2], "dob": d, "mobile": mobile(),
            "zip": z, "addr": ad,
            "email": f"{f[0].split()[-1].lower()}{RNG.randint(10, 99)}@{RNG.choice(FREEMAIL[:4])}"}


def sid(dept, year=None, n=None):
    y = year or RNG.choice([23, 24, 25])
    return f"{y}{dept}{n if n is not None else RNG.randint(1, 80):03d}"


def bank():
    b, br = RNG.choice(BANKS)
    if b == "ゆうちょ銀行":
        return f"{b} {br}店 普通 {RNG.randint(1000000, 9999999)}"
    return f"{b} {br}支店 普通 {RNG.randint(1000000, 9999999)}"


def resid_card():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (RNG.choice(L) + RNG.choice(L) + f"{RNG.randint(10000000, 99999999)}"
            + RNG.choice(L) + RNG.choice(L))


def passport_jp():
    return RNG.choice(["TK", "TR", "TS", "MZ", "TZ"]) + f"{RNG.randint(1000000, 9999999)}"


def pension_no():
    return f"{RNG.randint(1000, 9999)}-{RNG.randint(100000, 999999)}"


def license_no():
    return f"30{RNG.randint(10, 99)}{RNG.randint(10000000, 99999999)}"


# -- staff (senders) -----------------------------------------------------------------
STAFF = {
    "nyushi": ("森川 由紀", "y-morikawa", "入試広報課", "Yuki Morikawa", "Admissions Office"),
    "gakumu": ("竹之内 翔", "s-takenouchi", "学務課", "Sho Takenouchi", "Student Affairs"),
    "kango": ("遠藤 千春", "c-endo", "看護学科 臨地実習調整担当", "Chiharu Endo", "Dept. of Nursing"),
    "it": ("新垣 大輔", "d-arakaki", "情報システム学科", "Daisuke Arakaki", "Dept. of Information Systems"),
    "chori": ("羽生田 健", "k-hanyuda", "調理師学科 主任", "Ken Hanyuda", "Dept. of Culinary Arts"),
    "shushoku": ("真壁 里美", "s-makabe", "就職支援室", "Satomi Makabe", "Career Center"),
    "kokusai": ("大河内 明日香", "a-okochi", "国際交流センター", "Asuka Okochi", "International Center"),
    "hoken": ("砂川 恵", "m-sunagawa", "保健室", "Megumi Sunagawa", "Health Office"),
    "keiri": ("猪狩 修平", "s-igari", "経理課（学費・奨学金）", "Shuhei Igari", "Accounting"),
    "somu": ("榊原 玲子", "r-sakakibara", "総務課（教職員担当）", "Reiko Sakakibara", "General Affairs"),
    "shien": ("宇佐美 潤", "j-usami", "学生支援室", "Jun Usami", "Student Support"),
    "kyomu": ("鰐淵 浩一", "k-wanibuchi", "教務部長", "Koichi Wanibuchi", "Academic Affairs"),
}


def snd(key, sub=""):
    n, a, *_ = STAFF[key]
    return f"{n} <{a}@{sub}{DOM}>"


def sig(key, style=0, ext=None):
    n, a, dept, en, dept_en = STAFF[key]
    mail = f"{a}@{DOM}"
    if style == 0:
        return ("\n----------------------------------------\n"
                f"{SCHOOL} {dept}\n{n}\n"
                "〒192-0083 東京都八王子市旭町9-1 日の出産業ビル4F\n"
                "TEL 042-600-1180（代表）／FAX 042-600-1181\n"
                f"E-mail: {mail}\n"
                "----------------------------------------")
    if style == 1:
        return ("\n━━━━━━━━━━━━━━━━━━━━━━\n"
                "日の出産業株式会社 教育事業部\n"
                f"{SCHOOL}　{dept}　{n}\n"
                f"TEL：042-600-{1182 + len(a) % 9}（直通）\n"
                "URL：https://college.hinode-sangyo.co.jp/\n"
                "━━━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return f"\n--\n{n}（{dept}）\n{SCHOOL}　内線 {ext or 200 + len(a)}"
    return (f"\n--\n{en}\n{dept_en}, Hinode College of Professional Studies\n"
            "(operated by Hinode Sangyo Co., Ltd.)\n"
            "9-1 Asahi-cho, Hachioji, Tokyo 192-0083, Japan\n"
            "Tel: +81-42-600-1180")


DISC_JA = ("\n\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。")
DISC_EN = ("\n\nThis e-mail and any attachments may contain confidential information. If you "
           "are not the intended recipient, please notify the sender immediately and delete "
           "this e-mail. Any unauthorised use or disclosure is prohibited.")

MESSAGES: list[dict] = []


def add(expect, entities, detectors, note, **kw):
    m = {"id": f"vocational-{len(MESSAGES) + 1:03d}", "expect": expect,
         "entities": entities, "detectors": detectors, "note": note}
    m.update(kw)
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    MESSAGES.append(m)

# ======================================================================================
# 001–020
# ======================================================================================

# 001 — 合格通知の宛名データ (CSV, 30 applicants) to the printer
_rows = [["受験番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "合格学科"]]
for _i, _p in enumerate(people(30)):
    _rows.append([f"2026-{RNG.choice('NIC')}{101 + _i * 3}", _p["name"], _p["kana"], _p["zip"],
                  _p["addr"], RNG.choice([_p["mobile"], landline()]),
                  RNG.choice(["看護学科", "情報システム学科", "調理師学科"])])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "30 applicants' names, addresses and phones in a CSV to the external printer",
    charset="iso-2022-jp", sender=snd("nyushi"),
    to=["錦印刷 営業二課 松永様 <eigyo2@nishiki-insatsu.co.jp>"],
    subject="【日の出総合専門学校】一般入試（第1期）合格通知 封入・発送用データ",
    body=f"""錦印刷株式会社
営業二課 松永様

いつも大変お世話になっております。
日の出総合専門学校 入試広報課の森川です。

先日お見積りいただきました合格通知書の封入・発送の件、
宛名データが確定しましたのでお送りいたします。

・対象：一般入試（第1期）合格者 30名
・封入物：合格通知書、入学手続要項、学費納入票（3点）
・発送希望日：2月14日（金）午前中の集荷

宛名は添付CSVの「郵便番号」「住所」「氏名」欄をそのまま
お使いください。電話番号は配達不能時の確認用です。

お手数ですが、受領のご連絡をいただけますと幸いです。
どうぞよろしくお願いいたします。
{sig("nyushi", 0)}""",
    attachments=[{"kind": "csv", "name": "合格者宛名_第1期.csv", "rows": _rows}])

# 002 — internal: 緊急連絡先一覧 (padded table) to the nursing faculty
_ps = people(8)
_rows = [["学籍番号", "氏名", "本人携帯", "保護者連絡先"]]
for _i, _p in enumerate(_ps):
    _rows.append([sid("N", 24, 3 + _i * 4), _p["name"], _p["mobile"], landline()])
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "students' emergency contacts, but every recipient is internal",
    charset="cp932", sender=snd("gakumu"),
    to=[f"遠藤 千春 <c-endo@{DOM}>"], cc=[f"k-wanibuchi@{DOM}"],
    subject="2年A組 緊急連絡先（実習グループ3班）",
    body=f"""遠藤先生

学務課 竹之内です。
来週からの実習グループ3班の緊急連絡先をまとめました。
実習中の連絡用として、学科内でのみお使いください。

{padtable(_rows)}

※保護者連絡先は入学時届出のものです。変更があれば学務課まで。
{sig("gakumu", 2, 214)}""")

# 003 — three hospitals/facilities visible in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three external organisations (two hospitals, one care facility) can see each other in To",
    charset="utf-8", sender=snd("kango"),
    to=["川原 美奈子 <kawahara.m@minamino-hp.or.jp>",
        "清涼記念病院 看護部 教育担当 <kyoiku@seiryo-kinen.or.jp>",
        "介護老人保健施設ひだまりの郷 石丸様 <soudan@hidamari-kaigo.or.jp>"],
    subject="令和8年度 臨地実習指導者会議のご案内",
    body=f"""各実習施設　実習指導者ご担当者様

平素より本校の臨地実習に格別のご高配を賜り、厚く御礼申し上げます。
日の出総合専門学校 看護学科の遠藤でございます。

標記の会議を下記のとおり開催いたします。
ご多用のところ恐縮ですが、ご出席くださいますようお願い申し上げます。

　　　　　　　　　　記

１．日時　　令和8年4月18日（土）13:30～16:00
２．場所　　本校 3階 大会議室（八王子市旭町9-1）
３．内容　　・令和8年度 実習計画と評価表の変更点
　　　　　　・基礎看護学実習Ⅱの受け入れ調整
　　　　　　・意見交換
４．出欠　　4月10日（金）までに本メールへご返信ください

駐車場は台数に限りがございますので、公共交通機関をご利用ください。

　　　　　　　　　　　　　　　　　　　　　　　　　以上
{sig("kango", 0)}""")

# 004 — one student's mobile to the hospital (pass, may warn)
_p = person(sex="F")
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one student's name and mobile to the hospital's instructor: a single person, business need",
    charset="iso-2022-jp", sender=snd("kango"),
    to=["川原 美奈子 <kawahara.m@minamino-hp.or.jp>"],
    subject="Re: 成人看護学実習 初日の集合時間について",
    body=f"""南野総合病院 看護部
川原師長様

お世話になっております。日の出総合専門学校の遠藤です。
ご連絡ありがとうございます。初日は8:15に職員通用口集合で承知しました。

1点ご報告です。
学生の {_p["name"]}（{_p["kana"]}）が、公共交通機関の運休の影響で
初日のみ30分ほど遅れて合流する見込みです。
当日何かございましたら本人の携帯（{_p["mobile"]}）へ直接ご連絡いただいて構いません。

ご迷惑をおかけしますが、よろしくお願いいたします。

> 初日は8:15に職員通用口にお集まりください。
> 更衣室の鍵は守衛室でお渡しします。
{sig("kango", 2)}""")

# 005 — My Number of one student to the student-support organisation
_p = person()
_mn = mynum()
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a student's 個人番号 written in the body to the external scholarship organisation",
    charset="utf-8", sender=snd("keiri"),
    to=["学生支援協会 奨学事業部 給付課 <shogaku-kanri@gakusei-shien.or.jp>"],
    subject="給付奨学金 在学採用 マイナンバー提出書の記載漏れについて（学校番号 3184702）",
    body=f"""学生支援協会 奨学事業部 給付課 ご担当者様

お世話になっております。
日の出総合専門学校（学校番号 3184702）経理課の猪狩でございます。

先日ご指摘いただいた、在学採用申込者1名のマイナンバー提出書の
記載漏れについて、本人に確認がとれましたのでご連絡いたします。

　申込者氏名：{_p["name"]}（{_p["kana"]}）
　生年月日　：{seireki(_p["dob"], 1)}
　受付番号　：R8-KY-{RNG.randint(100000, 999999)}
　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}

提出書の原本は本日、簡易書留にて再送いたしました。
お手数をおかけしますが、ご確認のほどよろしくお願いいたします。
{sig("keiri", 1)}""")

# 006 — reply to a parent (gmail) about the open campus
add("pass", [], ["freemail_recipient"],
    "ordinary reply to one parent on free mail about parking at the open campus",
    charset="iso-2022-jp", sender=snd("nyushi"),
    to=["長尾 智子 <tomoko.nagao1972@gmail.com>"],
    subject="Re: オープンキャンパスの駐車場について",
    body=f"""長尾様

お問い合わせいただきありがとうございます。
日の出総合専門学校 入試広報課の森川でございます。

オープンキャンパス当日は、本校の駐車場を保護者の方向けに開放いたします。
台数に限りがございますので、満車の際は隣接の「旭町第2パーキング」を
ご利用ください（駐車券を受付にお持ちいただければ2時間分をサービスいたします）。

当日は調理師学科の体験授業（デザート実習）もございます。
お嬢様とご一緒にお気軽にお越しくださいませ。

-----Original Message-----
From: 長尾 智子
Sent: Monday, June 8, 2026 9:12 PM
Subject: オープンキャンパスの駐車場について

はじめまして。7月のオープンキャンパスに娘と参加予定です。
車で伺いたいのですが、駐車場はありますか。
{sig("nyushi", 0)}""")

# 007 — 臨地実習 学生名簿 (padded table, 和暦 DOB) to the hospital
_ps = people(8)
_rows = [["No", "学籍番号", "氏名", "フリガナ", "生年月日", "携帯電話"]]
for _i, _p in enumerate(_ps, 1):
    _rows.append([str(_i), sid("N", 24, 10 + _i), _p["name"], _p["kana"],
                  wareki(_p["dob"], 1), _p["mobile"]])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "eight students' names, dates of birth and mobiles in the body to an external hospital",
    charset="cp932", sender=snd("kango"),
    to=["清涼記念病院 看護部 田所様 <kyoiku@seiryo-kinen.or.jp>"],
    subject="基礎看護学実習2（5/11-5/22）学生名簿の送付",
    body=f"""清涼記念病院 看護部
教育担当 田所様

いつもお世話になっております。
日の出総合専門学校 看護学科の遠藤です。

5月11日からの基礎看護学実習２でお受け入れいただく学生の名簿を
お送りいたします。入館証の作成にお使いください。

{padtable(_rows)}

引率教員：遠藤（月・水・金）、鰐淵（火・木）
よろしくお願いいたします。
{sig("kango", 0)}{DISC_JA}""")

# 008 — HBs antibody result of one student to the hospital's infection control
_p = person(sex="F")
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named student's antibody test result and vaccination status (health data) to a hospital",
    charset="utf-8", sender=snd("hoken"),
    to=["南野総合病院 感染対策室 <ict@minamino-hp.or.jp>"],
    cc=[f"c-endo@{DOM}"],
    subject="実習生の抗体検査結果について（ご相談）",
    body=f"""南野総合病院 感染対策室 ご担当者様

日の出総合専門学校 保健室の砂川と申します。
看護学科の実習受け入れにつきまして、ご相談がございます。

6月から貴院で実習予定の2年生 {_p["name"]} さんですが、
4月の抗体検査で HBs抗体が陰性（0.3 mIU/mL）でした。
現在B型肝炎ワクチンの2回目まで接種済みで、3回目は7月中旬の予定です。

貴院の基準では実習開始前に抗体陽転が必要とのことですが、
3回目接種前の段階で、血液に触れない範囲での実習参加が可能か
ご判断いただけますでしょうか。

接種記録の写しが必要でしたら郵送いたします。
どうぞよろしくお願いいたします。
{sig("hoken", 2, 105)}""")

# 009 — three-way meeting: two partner companies
add("pass", [], ["multiple_external_domains"],
    "curriculum meeting with two partner companies in To: two external organisations only",
    charset="iso-2022-jp", sender=snd("it"),
    to=["本庄様 <honjo.t@kawasaki-denki.co.jp>", "織田様 <m-oda@tsubasa-system.jp>"],
    cc=[f"k-wanibuchi@{DOM}"],
    subject="情報システム学科 カリキュラム検討会（第2回）日程調整のお願い",
    body=f"""川崎電機株式会社 本庄様
株式会社ツバサシステム 織田様

お世話になっております。日の出総合専門学校の新垣です。
先日の第1回検討会では貴重なご意見をありがとうございました。

第2回の日程を調整させてください。候補は以下のとおりです。

　(1) 7月7日（火）15:00-17:00
　(2) 7月9日（木）10:00-12:00
　(3) 7月14日（火）15:00-17:00

前回いただいた「クラウド基礎を1年次前期に前倒し」の案を
シラバス案に反映したものを当日お配りする予定です。
ご都合のよい候補をご返信いただけますと幸いです。
{sig("it", 1)}""")

# 010 — look-alike of our own domain (hinode-sangyou) with a list of six students
_ps = people(6)
_lines = "\n".join(f"・{p['name']}（{RNG.choice(['情報', '調理', '看護'])}）　{p['mobile']}" for p in _ps)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "meant for a colleague but sent to hinode-sangyou.co.jp (look-alike of our own domain), with six students' mobiles",
    charset="cp932", sender=snd("shushoku"),
    to=["竹之内 翔 <s-takenouchi@hinode-sangyou.co.jp>"],
    subject="未内定者の個別面談（来週）",
    body=f"""竹之内さん

お疲れさまです。就職支援室の真壁です。
来週の個別面談ですが、まだ日程の返事がない学生が以下6名です。
学務課からも一声かけてもらえると助かります。

{_lines}

面談枠は月～水の13時以降で空けています。
よろしくお願いします。
{sig("shushoku", 2, 318)}""")

# 011 — list of training hospitals (businesses) to a high-school guidance teacher
_fac = [["施設名", "所在地", "代表電話"],
        ["南野総合病院", "東京都八王子市南野3-2-1", "042-635-0101"],
        ["清涼記念病院", "東京都日野市清涼台1-8", "042-581-2200"],
        ["介護老人保健施設 ひだまりの郷", "東京都八王子市館町410", "042-667-3300"],
        ["あけぼの訪問看護ステーション", "東京都立川市曙町2-21-5", "042-529-7711"],
        ["多摩中央こども園", "東京都多摩市落合1-30", "042-371-4020"],
        ["みなと台クリニック", "神奈川県相模原市南区相模大野5-3", "042-749-8810"]]
add("pass", [], [],
    "a list of training hospitals and facilities with their switchboards: businesses, not people",
    charset="utf-8", sender=snd("nyushi"),
    to=["桜ヶ丘高等学校 進路指導部 長尾先生 <shinro@sakuragaoka-hs.ed.jp>"],
    subject="看護学科の主な実習施設について（ご質問への回答）",
    body=f"""桜ヶ丘高等学校
進路指導部 長尾先生

いつも本校の進路説明会にご協力いただきありがとうございます。
先日ご質問いただいた看護学科の主な実習施設を一覧にしました。

{padtable(_fac)}

実習は1年次後期の基礎看護学実習Ⅰから始まり、3年次には
在宅・小児領域を含む全領域を上記施設で行います。
生徒さんへのご説明にお役立ていただければ幸いです。
{sig("nyushi", 0)}""")

# 012 — PPAP: password-protected ZIP of the student list
add("stop", [], ["unscannable_attachment"],
    "the student list is inside a password-protected ZIP: the guard cannot inspect it",
    charset="iso-2022-jp", sender=snd("kango"),
    to=["清涼記念病院 看護部 田所様 <kyoiku@seiryo-kinen.or.jp>"],
    subject="【送付】小児看護学実習 学生名簿",
    body=f"""田所様

お世話になっております。日の出総合専門学校 看護学科の遠藤です。
小児看護学実習の学生名簿をお送りします。
ファイルにはパスワードを設定しております。
パスワードは別途メールにてお知らせいたします。
{sig("kango", 2)}""",
    attachments=[{"kind": "zip", "name": "shoni_meibo.zip", "password": "Hnd#2026kango",
                  "files": [{"kind": "xlsx", "name": "小児看護学実習_学生名簿.xlsx",
                             "sheets": {"名簿": [["氏名", "携帯"]] + [[p["name"], p["mobile"]] for p in people(7)]}}]}])

# 013 — textbook order confirmation with the publisher's T-number
_t = "T" + corp_number("010401098765")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "textbook order with order/invoice numbers, ISBNs and the publisher's registration (T) number: business data",
    charset="cp932", sender=snd("kango"),
    to=["医学看護出版 営業部 <eigyo@igaku-kango-pub.co.jp>"],
    subject="Re: ご注文内容のご確認（注文番号 IK-2026-04417）",
    body=f"""医学看護出版株式会社 営業部 御中

お世話になっております。日の出総合専門学校 看護学科の遠藤です。
注文内容を確認しました。以下のとおりで相違ございません。

　注文番号：IK-2026-04417
　・基礎看護技術1（第9版）ISBN978-4-26-031250-1　×82冊
　・看護過程ワークブック　　ISBN978-4-26-031877-0　×82冊
　・成人看護学総論　　　　　ISBN978-4-26-029903-1　×80冊
　納品：3月27日（金）本校1階 購買部へ

請求書（請求書番号 INV-260311-0087、登録番号 {_t}）も受領いたしました。
月末締め翌月末払いにて経理課よりお振込みいたします。
{sig("kango", 0)}""")

# 014 — XLSX of internship participants to a partner company
_ps = people(6)
_sheet = [["2026年度 夏期インターンシップ 参加者一覧（日の出総合専門学校 情報システム学科）"], [],
          ["No", "学籍番号", "氏名", "ローマ字", "学内メール", "携帯電話", "希望部署"]]
for _i, _p in enumerate(_ps, 1):
    _s = sid("I", 25, 20 + _i * 2)
    _sheet.append([_i, _s, _p["name"], _p["ROMAJI"], f"{_s.lower()}@st.{DOM}", _p["mobile"],
                   RNG.choice(["インフラ", "アプリ開発", "社内SE", "品質保証"])])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "six students' names, e-mail addresses and mobiles in an XLSX to a partner company",
    charset="utf-8", sender=snd("it"),
    to=["川崎電機 人事部 本庄様 <intern@kawasaki-denki.co.jp>"],
    subject="夏期インターンシップ参加者一覧の送付",
    body=f"""川崎電機株式会社 人事部
本庄様

お世話になっております。日の出総合専門学校の新垣です。
8月のインターンシップ参加者が確定しましたので、一覧をお送りします。
「参加者」シートに6名分、「日程」シートに学内の授業との調整結果を記載しています。

事前課題の送付先は学生の学内メールアドレスでお願いします。
{sig("it", 1)}""",
    attachments=[{"kind": "xlsx", "name": "インターン参加者一覧_川崎電機.xlsx",
                  "sheets": {"参加者": _sheet,
                             "日程": [["日付", "内容"], ["8/3", "オリエンテーション"],
                                      ["8/4-8/13", "配属部署で実習"], ["8/14", "成果発表会"]]}}])

# 015 — disability / accommodation of one intern to a partner company
_p = person(sex="M")
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named student's developmental disability diagnosis and accommodations to the internship company",
    charset="iso-2022-jp", sender=snd("shien"),
    to=["ツバサシステム 人事総務部 森本様 <morimoto@tsubasa-system.jp>"],
    subject="インターンシップ参加学生への配慮事項について",
    body=f"""株式会社ツバサシステム
人事総務部 森本様

いつもお世話になっております。
日の出総合専門学校 学生支援室の宇佐美と申します。

8月のインターンシップに参加する情報システム学科2年の
{_p["name"]}さんについて、本人・保護者の了承を得たうえで
配慮のお願いをお伝えいたします。

{_p["sei"]}さんは自閉スペクトラム症（ASD）の診断を受けており、
本校では以下の合理的配慮を行っています。
　・指示は口頭だけでなく、チャットやメモで文字でも伝える
　・大きな音が苦手なため、イヤーマフの使用を認める
　・昼休憩は一人で過ごせる場所を用意する

作業能力は高く、プログラミングの課題では学年上位の成績です。
ご不明点があれば、いつでもご連絡ください。
{sig("shien", 0)}""")

# 016 — NDA draft for interns (mail about an NDA)
add("pass", [], [],
    "mail about an internship NDA (秘密保持契約) and its draft: no marking, no personal data",
    charset="cp932", sender=snd("shushoku"),
    to=["ツバサシステム 法務部 <legal@tsubasa-system.jp>"],
    subject="インターンシップに関する秘密保持契約書（案）へのコメント",
    body=f"""株式会社ツバサシステム 法務部 御中

いつもお世話になっております。日の出総合専門学校 就職支援室の真壁です。

ご送付いただいたインターンシップ生の秘密保持契約書（案）について、
本校としてのコメントを添付のとおりお返しいたします。

主な点は次の2つです。
1. 第3条（秘密情報の範囲）：学生が授業で既に得ている一般的な技術知識は
   秘密情報から除外する旨を明記していただきたい。
2. 第7条（損害賠償）：学生個人に過大な負担が生じないよう、
   本校を通じた協議条項を追加していただきたい。

締結は学生本人と貴社の間で行い、本校は立会人として署名する形で
差し支えございません。ご検討のほどよろしくお願いいたします。
{sig("shushoku", 1)}{DISC_JA}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_本校コメント.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "株式会社ツバサシステム（以下「甲」という。）と参加学生（以下「乙」という。）は、"
                                 "甲の実施するインターンシップに関し、次のとおり契約を締結する。",
                                 "第1条（目的）本契約は、インターンシップにおいて乙が知り得た甲の秘密情報の取扱いを定める。",
                                 "第3条（秘密情報の範囲）【本校コメント】授業等で既に取得した一般的知識を除外する旨を追記願います。",
                                 "第7条（損害賠償）【本校コメント】学校を通じた協議条項の追加を希望します。"]}])

# 017 — food allergy of one trainee (either)
_p = person(sex="F")
add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named trainee's egg allergy to the hotel kitchen: health data of one person, but a routine safety notice",
    charset="utf-8", sender=snd("chori"),
    to=["さくらホテル 料飲部 長谷川総料理長 <chef.hasegawa@sakura-hotel.jp>"],
    subject="校外実習（2/2～）の研修生について",
    body=f"""さくらホテル 料飲部
長谷川総料理長

お世話になっております。調理師学科の羽生田です。
2月2日からの校外実習、今年もよろしくお願いいたします。

研修生のうち {_p["name"]} は鶏卵にアレルギーがあります。
加熱したものの試食は問題ありませんが、生卵・半熟卵の試食は
控えさせていただけますでしょうか。調理作業自体は手袋着用で可能です。

お手数をおかけしますが、よろしくお願いいたします。
{sig("chori", 2, 402)}""")

# 018 — job placement status (comma-separated) to a recruiting company
_ps = people(12)
_rows = [["学籍番号", "氏名", "学科", "内定先", "携帯", "メール"]]
for _p in _ps:
    _d = RNG.choice(["I", "C", "N"])
    _rows.append([sid(_d, 24), _p["name"], {"I": "情報", "C": "調理", "N": "看護"}[_d],
                  RNG.choice(["未定", "未定", "(株)ネクサスソフト", "北国フーズ(株)", "南野総合病院",
                              "さくらホテル", "選考中"]), _p["mobile"], _p["email"]])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "twelve students' placement status with mobiles and personal e-mail to an external recruiting company",
    charset="utf-8", sender=snd("shushoku"),
    to=["キャリアブリッジ 学校担当 <ca-team@career-bridge.co.jp>"],
    subject="求人紹介サービス対象学生リスト（2月時点）",
    body=f"""キャリアブリッジ株式会社
学校担当チーム 御中

お世話になっております。日の出総合専門学校 就職支援室の真壁です。
先日のお打ち合わせのとおり、紹介サービス対象学生のリストを貼り付けます。
（Excelから書き出したものです。）

{commas(_rows)}

「未定」「選考中」の学生を優先してご連絡いただけますと助かります。
{sig("shushoku", 0)}""")

# 019 — internal: health-check follow-up of three students
_ps = people(3)
_finds = ["尿蛋白（2+）再検査", "血圧 152/96 要精密検査", "胸部X線 右上肺野に陰影 要精密検査"]
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "health-check results of three students, but only to internal staff",
    charset="iso-2022-jp", sender=snd("hoken"),
    to=[f"k-wanibuchi@{DOM}", f"c-endo@{DOM}"],
    subject="定期健康診断 要再検査者（看護学科）",
    body=f"""鰐淵部長、遠藤先生

保健室の砂川です。
定期健康診断で再検査・精密検査となった看護学科の学生は以下の3名です。
実習配置の際にご配慮ください（本人には個別に通知済みです）。

""" + "\n".join(f"　{i}. {p['name']}（{sid('N', 25)}）… {f}" for i, (p, f) in enumerate(zip(_ps, _finds), 1))
    + f"""

受診結果が出ましたら改めてご報告します。
{sig("hoken", 2, 105)}""")

# 020 — residence card and passport numbers of three students to the immigration scrivener
_fs = [foreigner(0), foreigner(4), foreigner(9)]
_blocks = []
for _f in _fs:
    _blocks.append(f"""■ {_f["name"]}（{_f["kana"]}）
　国籍：{_f["nat"]}　生年月日：{seireki(_f["dob"], 0)}
　在留カード番号：{resid_card()}
　旅券番号：{RNG.choice("BCN")}{RNG.randint(1000000, 9999999)}
　在留期限：2026年{RNG.randint(4, 9)}月{RNG.randint(1, 28)}日""")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"], ["personal_data"],
    "three students' residence card and passport numbers to an external administrative scrivener",
    charset="cp932", sender=snd("kokusai"),
    to=["小原行政書士事務所 <office@gyosei-ohara.jp>"],
    subject="在留期間更新許可申請（3名分）の情報",
    body=f"""小原行政書士事務所
小原先生

いつもお世話になっております。
日の出総合専門学校 国際交流センターの大河内です。

今期の在留期間更新の対象となる3名の情報をお送りします。
出席率証明書と成績証明書は明日郵送いたします。

""" + "\n\n".join(_blocks) + f"""

申請取次のほど、よろしくお願いいたします。
{sig("kokusai", 0)}""")
# ======================================================================================
# 021–040
# ======================================================================================

# 021 — ingredient order to a partner food company (order numbers, disclaimer)
add("pass", [], [],
    "ordinary purchase order (order number, product codes) with the standard disclaimer",
    charset="iso-2022-jp", sender=snd("chori"),
    to=["北国フーズ 業務用営業部 <gyomu@kitaguni-foods.co.jp>"],
    subject="実習用食材 発注（発注番号 HC-0612）",
    body=f"""北国フーズ株式会社
業務用営業部 御中

いつもお世話になっております。
日の出総合専門学校 調理師学科の羽生田です。
6月第3週の実習用食材を下記のとおり発注いたします。

発注番号：HC-0612
納品日　：6月15日（月）7:30～8:00　本校搬入口
------------------------------------------------------
商品コード    品名                  規格        数量
------------------------------------------------------
KF-10221      北海道産 男爵いも      10kg箱      3
KF-20874      生クリーム 42%         1L          12
KF-31105      鶏もも肉（国産）       2kg         8
KF-40019      無塩バター             450g        10
KF-52260      強力粉                 25kg袋      1
------------------------------------------------------

請求は月末締めでお願いいたします。
{sig("chori", 0)}{DISC_JA}""")

# 022 — 【社外秘】 entrance exam paper to the printer
add("stop", [], ["confidential_marking"],
    "entrance exam paper stamped 社外秘 (subject and PDF header) sent to an external printer",
    charset="cp932", sender=snd("nyushi"),
    to=["錦印刷 営業二課 松永様 <eigyo2@nishiki-insatsu.co.jp>"],
    subject="【社外秘】推薦入試 小論文問題 入稿データ",
    body=f"""錦印刷 松永様

お世話になっております。入試広報課の森川です。
推薦入試（11月8日実施）の小論文問題を入稿いたします。
部数は問題冊子120部、解答用紙150枚です。

校正は1回、11月4日までにPDFでお戻しください。
取扱いには十分ご注意くださいますようお願いいたします。
{sig("nyushi", 2, 121)}""",
    attachments=[{"kind": "pdf", "name": "R8_suisen_shoronbun.pdf",
                  "title": "令和8年度 推薦入試 小論文", "page_header": "社外秘",
                  "page_footer": "日の出総合専門学校 入試委員会",
                  "lines": ["令和8年度 日の出総合専門学校 推薦入学試験", "小論文（60分・800字）",
                            "", "問題",
                            "あなたが目指す職業（看護師・ITエンジニア・調理師のいずれか）において、",
                            "「チームで働くこと」の意義について、あなた自身の経験をふまえて論じなさい。",
                            "", "注意事項", "1. 解答用紙の所定欄に受験番号を記入すること。",
                            "2. 氏名は記入しないこと。"]}])

# 023 — PDF of scholarship students with their bank accounts
_ps = people(7)
_tab = [["奨学生番号", "氏名", "生年月日", "振込口座", "貸与月額"]]
for _p in _ps:
    _tab.append([f"{RNG.randint(100, 999)}-{RNG.randint(10, 99)}-{RNG.randint(100000, 999999)}",
                 _p["name"], seireki(_p["dob"], 0), bank(), RNG.choice(["54,000円", "64,000円", "20,000円"])])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"], ["personal_data"],
    "a PDF table of seven scholarship students with dates of birth and bank accounts to the external loan organisation",
    charset="utf-8", sender=snd("keiri"),
    to=["学生支援協会 貸与課 <taiyo@gakusei-shien.or.jp>"],
    subject="振込口座変更届（7名分）の送付について",
    body=f"""学生支援協会 奨学事業部 貸与課 御中

いつもお世話になっております。
日の出総合専門学校（学校番号 3184702）経理課の猪狩です。

貸与奨学生から提出のあった振込口座変更届 7名分を
一覧表（PDF）にまとめましたので送付いたします。
原本は本日付で郵送しております。

ご確認のほどよろしくお願いいたします。
{sig("keiri", 1)}""",
    attachments=[{"kind": "pdf", "name": "口座変更届一覧_202605.pdf",
                  "title": "振込口座変更届 一覧",
                  "lines": ["振込口座変更届 一覧（令和8年5月受付分）", "日の出総合専門学校 経理課", ""],
                  "table": _tab}])

# 024 — reply to the hospital; the student list is only in the quoted text
_ps = people(6)
_q = "\n".join(f"> {p['name']}　{w}　指導者：{t}（PHS {RNG.randint(700, 799)}）"
               for p, w, t in zip(_ps, ["4東病棟", "4東病棟", "5西病棟", "5西病棟", "6南病棟", "6南病棟"],
                                  ["小田", "小田", "森下", "森下", "平井", "平井"]))
add("pass", [], [],
    "the ward assignment list is only in the quoted text of the hospital's own mail; the new text is a short thanks",
    charset="iso-2022-jp", sender=snd("kango"),
    to=["清涼記念病院 看護部 田所様 <kyoiku@seiryo-kinen.or.jp>"],
    subject="Re: 基礎看護学実習2 病棟配置のお知らせ",
    body=f"""田所様

ご連絡ありがとうございます。配置の件、承知いたしました。
学生には明日の事前オリエンテーションで伝えます。
引き続きよろしくお願いいたします。

遠藤

> 日の出総合専門学校 遠藤先生
>
> お世話になっております。清涼記念病院 看護部の田所です。
> 来週からの実習の病棟配置をお知らせします。
>
{_q}
>
> 初日は8:30に2階講堂にお集まりください。
""")

# 025 — eight parents visible in To
_pars = people(8, "old")
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "eight parents' private addresses visible to each other in To (should have been Bcc)",
    charset="cp932", sender=snd("gakumu"),
    to=[f"{p['name']} <{p['email']}>" for p in _pars],
    subject="調理師学科1年 保護者懇談会のご案内",
    body=f"""保護者の皆様

日頃より本校の教育活動にご理解とご協力を賜り、誠にありがとうございます。
日の出総合専門学校 学務課でございます。

調理師学科1年生の保護者懇談会を下記のとおり開催いたします。

　日時：6月27日（土）10:00～11:30
　会場：本校 2階 調理実習室B（試食会を予定しております）
　内容：前期の学習状況、校外実習について、就職活動の進め方

ご出欠を6月19日（金）までに本メールへの返信でお知らせください。
{sig("gakumu", 0)}""")

# 026 — English: intake schedule to a partner school in Vietnam
add("pass", [], [],
    "English mail to an overseas partner school about the intake schedule: no personal data",
    charset="utf-8", sender=snd("kokusai"),
    to=["Ms. Vo Thanh Huong <intl@saigon-culinary.edu.vn>"],
    subject="October 2026 intake - schedule and required documents",
    body=f"""Dear Ms. Huong,

Thank you for your continued cooperation with our exchange programme.

Here is the schedule for the October 2026 intake of the Culinary Arts course:

  - Online information session: 10 June 2026, 15:00 (Vietnam time)
  - Application deadline: 30 June 2026
  - Interview (online): 6-10 July 2026
  - Certificate of Eligibility application: mid-July (handled by our office)
  - Arrival in Japan: late September 2026

The required documents are listed on page 3 of the guide I attached last week
(application form, graduation certificate, JLPT N4 or higher, financial documents).
Please do not send students' passport copies by e-mail; our office will collect them
through the online application system.

We look forward to welcoming your students again this year.

Best regards,
{sig("kokusai", 3)}""")

# 027 — look-alike of a partner: kawasaki-denkl.co.jp (l for i)
add("stop", [], ["lookalike_domain"],
    "recipient domain kawasaki-denkl.co.jp is a homoglyph look-alike of partner kawasaki-denki.co.jp",
    charset="iso-2022-jp", sender=snd("it"),
    to=["本庄様 <honjo.t@kawasaki-denkl.co.jp>"],
    subject="インターンシップ成果発表会の進行表",
    body=f"""本庄様

お世話になっております。日の出総合専門学校の新垣です。
8月14日の成果発表会の進行表（案）をお送りします。

 13:00 開会・ご挨拶（貴社 人事部長様）
 13:10 学生発表（1人10分×6名）
 14:30 休憩
 14:40 講評・表彰
 15:10 閉会

プロジェクターは貴社の会議室のものをお借りできますでしょうか。
{sig("it", 2, 233)}""")

# 028 — parents' contact network (one record per block) to the PTA chair on free mail
_blocks = []
for _i in range(6):
    _par = person("old")
    _kid = person()
    _kid["name"] = _par["sei"] + " " + _kid["mei"]
    _blocks.append(f"""【{_i + 1}】
保護者氏名：{_par["name"]}
学生氏名　：{_kid["name"]}（調理師学科1年）
住所　　　：〒{_par["zip"]} {_par["addr"]}
電話　　　：{RNG.choice([_par["mobile"], landline()])}""")
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "six families' names, addresses and phones (one record per block) to the PTA chair's free-mail address",
    charset="utf-8", sender=snd("gakumu"),
    to=["五十嵐 由美子 <yumiko.ig@yahoo.co.jp>"],
    subject="保護者会 役員連絡網の件",
    body=f"""五十嵐様

いつも保護者会の運営にご尽力いただきありがとうございます。
学務課の竹之内です。

先日ご依頼のあった、今年度の保護者会 役員の連絡網を作成しました。
下記のとおりです。

""" + "\n\n".join(_blocks) + f"""

※今年度役員の方のみでの共有をお願いいたします。
{sig("gakumu", 2, 214)}""")

# 029 — tuition table to a parent (price list)
add("pass", [], ["freemail_recipient"],
    "tuition fee table and the school's bank account sent to one parent: a price list, no personal data",
    charset="cp932", sender=snd("keiri"),
    to=["<shinji_kurosawa@yahoo.co.jp>"],
    subject="Re: 2年次以降の学費について",
    body=f"""黒沢様

お問い合わせありがとうございます。経理課の猪狩です。
情報システム学科の学費は以下のとおりです（税込）。

　　　　　　　　入学金　　授業料　　　実習費　　施設費　　 合計
　1年次　　　 200,000　 680,000　 120,000　 150,000　1,150,000
　2年次　　　　　　 0　 680,000　 120,000　 150,000　　950,000

・授業料・実習費・施設費は前期（4月）と後期（10月）の2回に分けて納入いただけます。
・振込先：みどり銀行 八王子支店 普通 0123456 ニチノデサンギョウ（カ）
　（学費専用口座です。振込名義は学生ご本人のお名前でお願いします。）

その他ご不明な点がございましたらお気軽にお問い合わせください。
{sig("keiri", 0)}""")

# 030 — XLSX of antibody titres (10 nursing students) to a hospital
_ps = people(10)
_sheet = [["令和8年度 看護学科2年 抗体価検査結果（実習施設提出用）"],
          ["学籍番号", "氏名", "生年月日", "麻疹(EIA)", "風疹(HI)", "水痘(EIA)", "ムンプス(EIA)", "判定"]]
for _p in _ps:
    _vals = [round(RNG.uniform(1.0, 40.0), 1), RNG.choice([8, 16, 32, 64, 128]),
             round(RNG.uniform(1.5, 30.0), 1), round(RNG.uniform(1.0, 20.0), 1)]
    _ok = _vals[0] >= 16 and _vals[1] >= 32 and _vals[2] >= 4 and _vals[3] >= 4
    _sheet.append([sid("N", 25), _p["name"], wareki(_p["dob"], 0)] + _vals
                  + ["基準充足" if _ok else "要追加接種"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "ten named students' antibody test results (health data) in an XLSX to an external hospital",
    charset="utf-8", sender=snd("hoken"),
    to=["南野総合病院 感染対策室 <ict@minamino-hp.or.jp>"],
    cc=[f"c-endo@{DOM}"],
    subject="実習生 抗体価検査結果の提出",
    body=f"""南野総合病院 感染対策室 御中

日の出総合専門学校 保健室の砂川です。
7月から貴院で実習を行う看護学科2年生10名の抗体価検査結果を
ご指定の様式でお送りいたします。
「要追加接種」の学生は、実習開始前に接種を完了する予定です。
{sig("hoken", 0)}""",
    attachments=[{"kind": "xlsx", "name": "抗体価一覧_看護2年_南野総合病院.xlsx",
                  "sheets": {"抗体価": _sheet}}])

# 031 — credit card number of a parent to the payment provider
_c = cardnum()
_par = person("old")
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a parent's full credit card number written in the mail to the external payment provider",
    charset="iso-2022-jp", sender=snd("keiri"),
    to=["ペイゲート カスタマーサポート <support@paygate-jp.com>"],
    subject="入学金カード決済エラーの照会（加盟店ID HND-0931）",
    body=f"""ペイゲート株式会社 カスタマーサポート御中

加盟店ID HND-0931 日の出総合専門学校 経理課の猪狩です。
入学金のカード決済が3回続けてエラーとなった件で照会いたします。

　決済日時：3月2日 14:05頃
　金額　　：200,000円（一括）
　カード名義：{_par["ROMAJI"].upper()}
　カード番号：{zen(_c[:4] + "-" + _c[4:8] + "-" + _c[8:12] + "-" + _c[12:])}
　エラーコード：G12

保護者の方からは「カード会社では止まっていない」と伺っております。
原因をお調べいただけますでしょうか。
{sig("keiri", 1)}""")

# 032 — four students visiting a care facility (pass, may warn)
_ps = people(4)
_lines = "\n".join(f"{p['name']}\t{p['kana']}\t{p['mobile']}" for p in _ps)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "four students' names and mobiles for a facility visit: fewer than five people",
    charset="cp932", sender=snd("kango"),
    to=["ひだまりの郷 相談員 石丸様 <soudan@hidamari-kaigo.or.jp>"],
    subject="施設見学（6/3）参加学生について",
    body=f"""介護老人保健施設ひだまりの郷
石丸様

お世話になっております。日の出総合専門学校の遠藤です。
6月3日の施設見学に参加する学生は以下の4名です。

{_lines}

当日は13時に正面玄関へ伺います。引率は遠藤が務めます。
当日の緊急連絡は各学生の携帯、または本校（042-600-1180）までお願いします。
{sig("kango", 2)}""")

# 033 — five hotel trainees as 「・」 bullets
_ps = people(5)
_lines = "\n".join(f"・{p['name']}（{p['kana']}）　携帯 {p['mobile']}　{p['email']}" for p in _ps)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "five trainees' names, mobiles and private e-mail addresses to the hotel's HR",
    charset="iso-2022-jp", sender=snd("chori"),
    to=["さくらホテル 人事課 <jinji@sakura-hotel.jp>"],
    subject="校外実習 研修生の連絡先",
    body=f"""さくらホテル 人事課 御中

お世話になっております。日の出総合専門学校 調理師学科の羽生田です。
ご依頼のありました研修生5名の連絡先をお知らせいたします。

{_lines}

シフト表は本人宛に直接お送りいただいて構いません。
{sig("chori", 0)}""")

# 034 — internal (subdomains): residence card list of international students
_fs = [foreigner(i) for i in (1, 2, 5, 7, 10, 13)]
_sheet = [["氏名", "国籍", "生年月日", "在留カード番号", "在留期限", "資格外活動許可"]]
for _f in _fs:
    _sheet.append([_f["name"], _f["nat"], seireki(_f["dob"], 2), resid_card(),
                   f"2027/{RNG.randint(1, 12):02d}/{RNG.randint(1, 28):02d}", RNG.choice(["有", "有", "無"])])
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], [],
    "residence card numbers of six students, but sent between internal subdomains only",
    charset="utf-8", sender=f"大河内 明日香 <a-okochi@college.{DOM}>",
    to=[f"竹之内 翔 <s-takenouchi@mail.{DOM}>"],
    subject="留学生 在留カード情報（学籍システム登録用）",
    body=f"""竹之内さん

国際交流センターの大河内です。
4月入学の留学生6名の在留カード情報です。学籍システムへの登録をお願いします。
登録が終わったらファイルは削除してください。

大河内""",
    attachments=[{"kind": "xlsx", "name": "留学生在留カード_2026春.xlsx", "sheets": {"2026春": _sheet}}])

# 035 — corrupt XLSX to a partner company
add("stop", [], ["unscannable_attachment"],
    "the attached evaluation workbook is corrupt and cannot be inspected",
    charset="cp932", sender=snd("it"),
    to=["川崎電機 人事部 本庄様 <intern@kawasaki-denki.co.jp>"],
    subject="インターン評価シート（記入用）",
    body=f"""本庄様

お世話になっております。新垣です。
インターンシップの評価シートをお送りします。
各学生について、指導担当の方にご記入いただけますでしょうか。
8月21日までにご返送いただけますと助かります。
{sig("it", 2, 233)}""",
    attachments=[{"kind": "corrupt", "name": "インターン評価シート_2026.xlsx"}])

# 036 — three people of one company (one external organisation)
add("pass", [], [],
    "three recipients, all of one external company: one organisation, nothing to hide",
    charset="iso-2022-jp", sender=snd("shushoku"),
    to=["ネクサスソフト 採用担当 吉岡様 <yoshioka@nexus-soft.co.jp>"],
    cc=["人事部長 安西様 <anzai@nexus-soft.co.jp>", "<saiyo@nexus-soft.co.jp>"],
    subject="Re: 2027年卒 求人票のご送付",
    body=f"""株式会社ネクサスソフト
吉岡様（CC：安西部長様、採用ご担当各位）

お世話になっております。日の出総合専門学校 就職支援室の真壁です。
求人票を拝受いたしました。ありがとうございます。

学内掲示の前に2点確認させてください。
1. 勤務地「首都圏各拠点」に、立川事業所は含まれますでしょうか。
2. 応募書類の提出方法は、学校経由の郵送とWeb応募のどちらでしょうか。

ご確認のほどよろしくお願いいたします。
{sig("shushoku", 0)}""")

# 037 — religion of one student (halal) to the hotel
_f = foreigner(14)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named student's religion (Muslim: prayer times, pork and alcohol) to the internship hotel",
    charset="utf-8", sender=snd("kokusai"),
    to=["さくらホテル 料飲部 長谷川総料理長 <chef.hasegawa@sakura-hotel.jp>"],
    cc=[f"k-hanyuda@{DOM}"],
    subject="留学生の校外実習における配慮のお願い",
    body=f"""さくらホテル 料飲部
長谷川総料理長様

お世話になっております。
日の出総合専門学校 国際交流センターの大河内でございます。

調理師学科の校外実習に参加する留学生 {_f["name"]}（{_f["nat"]}出身）について、
事前にご相談させてください。

本人はイスラム教徒で、
　・豚肉・アルコールを含む食材の調理や試食ができません
　・勤務中、1日2回程度（各10分）の礼拝時間を希望しています
　・ラマダン期間（2027年2月頃）は日中の断食があります

和食部門以外（例えば洋食のパティスリー）への配属をご検討いただけると
本人も安心できるかと存じます。
お手数ですが、ご検討のほどよろしくお願いいたします。
{sig("kokusai", 0)}""")

# 038 — HTML-only: ten students registered for the job fair
_ps = people(10)
_rows = [["No", "氏名", "フリガナ", "学科", "メールアドレス", "電話番号"]]
for _i, _p in enumerate(_ps, 1):
    _rows.append([str(_i), _p["name"], _p["kana"], RNG.choice(["看護", "情報システム", "調理師"]),
                  _p["email"], _p["mobile"]])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "HTML-only mail with a table of ten students' e-mails and phones to the job-fair organiser",
    charset="utf-8", sender=snd("shushoku"),
    to=["ジョブフェア・ナビ 運営事務局 <event@jobfair-navi.co.jp>"],
    subject="合同企業説明会（7/12）本校参加学生の事前登録",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>ジョブフェア・ナビ 運営事務局 御中</p>
<p>いつもお世話になっております。日の出総合専門学校 就職支援室の真壁です。<br>
7月12日の合同企業説明会に参加する本校学生の事前登録をお願いいたします。</p>
{htable(_rows)}
<p>入場QRコードは各学生のメールアドレス宛にお送りください。<br>よろしくお願いいたします。</p>
<p>--<br>日の出総合専門学校 就職支援室<br>真壁 里美<br>TEL 042-600-1180</p>
</body></html>""")

# 039 — exam schedule to a high school
add("pass", [], [],
    "entrance exam schedule sent to a high-school guidance office: no personal data",
    charset="cp932", sender=snd("nyushi"),
    to=["緑ヶ丘高等学校 進路指導室 <shinro@midorigaoka-hs.ed.jp>"],
    subject="令和9年度 入学試験日程のご案内",
    body=f"""緑ヶ丘高等学校
進路指導室 ご担当先生

いつも大変お世話になっております。
日の出総合専門学校 入試広報課の森川でございます。
令和9年度の入学試験日程が決まりましたのでご案内いたします。

■AO入試　　エントリー 6/1～／面談 7月以降随時
■指定校推薦　出願 10/1～10/20／試験 11/8（面接・作文）
■公募推薦　　出願 10/1～10/27／試験 11/15（面接・小論文）
■一般入試
　第1期　出願 12/1～1/20／試験 1/31（国語・面接）
　第2期　出願 1/26～2/24／試験 3/7（国語・面接）

※看護学科は一般入試で数学I・生物基礎を加えて実施します。
※指定校推薦の推薦枠は、別途郵送の書類でご確認ください。

学校案内パンフレットが必要でしたら、部数をお知らせください。
{sig("nyushi", 0)}""")

# 040 — My Numbers of three lecturers (XLSX) to the external tax accountant
_ts = people(3, "teacher")
_sheet = [["令和7年分 報酬、料金、契約金及び賞金の支払調書 作成用"], [],
          ["氏名", "個人番号", "住所", "支払金額", "源泉徴収税額"]]
for _t in _ts:
    _amt = RNG.randint(30, 160) * 10000
    _sheet.append([_t["name"], mynum(), _t["addr"], _amt, int(_amt * 0.1021)])
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "three part-time lecturers' My Numbers and addresses in an XLSX to the external tax accountant",
    charset="iso-2022-jp", sender=snd("somu"),
    to=["加藤税理士事務所 加藤先生 <kato@kato-tax.jp>"],
    subject="非常勤講師 支払調書の作成依頼",
    body=f"""加藤税理士事務所
加藤先生

いつもお世話になっております。日の出産業 教育事業部 総務課の榊原です。
今年度から報酬支払の対象となった非常勤講師3名分の支払調書の作成をお願いいたします。
必要事項は添付のExcelにまとめております。

法定調書合計表とあわせて、1月20日頃までにいただけますと幸いです。
{sig("somu", 1)}""",
    attachments=[{"kind": "xlsx", "name": "支払調書_非常勤講師_R7.xlsx", "sheets": {"R7": _sheet}}])
# ======================================================================================
# 041–060
# ======================================================================================

# 041 — internal: lecturers' contract renewal list (full-width padded)
_ts = people(6, "teacher")
_rows = [["氏名", "担当科目", "時間単価", "住所", "電話"]]
for _t in _ts:
    _rows.append([_t["name"], RNG.choice(["解剖生理学", "ネットワーク基礎", "製菓理論", "英語",
                                          "公衆衛生学", "データベース", "食品学"]),
                  f"{RNG.choice([4500, 5000, 5500, 6000])}円", _t["addr"], _t["mobile"]])
add("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], [],
    "lecturers' contract list with addresses and phones, sent internally only",
    charset="cp932", sender=snd("somu"),
    to=[f"鰐淵 浩一 <k-wanibuchi@{DOM}>"],
    subject="次年度 非常勤講師 契約更新予定者一覧",
    body=f"""鰐淵部長

総務課の榊原です。
次年度の非常勤講師の契約更新予定者を一覧にしました。
時間単価は据え置きの案です。ご確認ください。

{fwtable(_rows)}

契約書は3月上旬に各講師へ郵送予定です。
榊原""")

# 042 — five lecturers on free mail visible in To
_ts = people(5, "teacher")
_doms = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "ezweb.ne.jp"]
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "five lecturers' private addresses visible to each other in To",
    charset="iso-2022-jp", sender=snd("kyomu"),
    to=[f"{t['name']}先生 <{t['email'].split('@')[0]}@{d}>" for t, d in zip(_ts, _doms)],
    subject="前期 非常勤講師連絡会のご案内",
    body=f"""非常勤講師の先生方

いつも本校の教育にご尽力いただき、誠にありがとうございます。
教務部長の鰐淵でございます。

前期の授業開始に先立ち、非常勤講師連絡会を開催いたします。

　日時：4月4日（土）11:00～12:00（終了後、昼食をご用意しております）
　場所：本校 4階 講師控室
　議題：シラバスの変更点、出欠管理システムの使い方、成績提出日程

ご欠席の場合は資料を郵送いたしますので、その旨お知らせください。
{sig("kyomu", 0)}""")

# 043 — UTF-8 CSV of students coming from the language school
_fs = [foreigner(i) for i in (3, 6, 8, 11, 12, 15)] + [foreigner() for _ in range(2)]
_rows = [["No", "Name", "カナ", "国籍", "生年月日", "電話", "住所", "進学学科"]]
for _i, _f in enumerate(_fs, 1):
    _rows.append([_i, _f["name"], _f["kana"], _f["nat"], seireki(_f["dob"], 2), _f["mobile"],
                  f"〒{_f['zip']} {_f['addr']}", RNG.choice(["調理師学科", "情報システム学科"])])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "eight incoming students' dates of birth, phones and addresses in a CSV to the language school",
    charset="utf-8", sender=snd("kokusai"),
    to=["山手日本語学院 進路指導 <shinro@yamate-nihongo.jp>"],
    subject="4月入学者の連絡先確認（貴校からの進学者8名）",
    body=f"""山手日本語学院
進路指導ご担当 西田様

お世話になっております。日の出総合専門学校 国際交流センターの大河内です。

貴校から本校へ進学予定の8名について、出願時の連絡先を一覧にしました。
転居した学生がいれば、最新の住所・電話番号をお知らせいただけますでしょうか。
（入学式の案内を3月10日に発送する予定です。）
{sig("kokusai", 1)}""",
    attachments=[{"kind": "csv", "name": "shingakusha_2026.csv", "encoding": "utf-8", "rows": _rows}])

# 044 — general question to the scholarship organisation
add("pass", [], [],
    "question about scholarship rules to the external organisation, with only the school number",
    charset="cp932", sender=snd("keiri"),
    to=["学生支援協会 奨学事業部 <shogaku-kanri@gakusei-shien.or.jp>"],
    subject="適格認定（学業）の基準変更について（学校番号 3184702）",
    body=f"""学生支援協会 奨学事業部 御中

お世話になっております。日の出総合専門学校 経理課の猪狩です。

令和8年度からの適格認定（学業）の基準変更について、2点教えてください。

1. 「出席率8割以下」の判定は、学年全体の出席率で判断するのでしょうか。
   それとも前期・後期それぞれで判断するのでしょうか。
2. 専門学校で、実習科目の不合格は「修得単位数」の判定にどのように
   反映されますか（実習は時間数で管理しています）。

学内説明会で学生に案内するため、5月中にご回答いただけますと幸いです。
{sig("keiri", 0)}""")

# 045 — a student's arrest to the law firm
_p = person(sex="M")
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named student's arrest (criminal matter) described to an external law firm",
    charset="iso-2022-jp", sender=snd("kyomu"),
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="在学生の件でのご相談",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出総合専門学校 教務部長の鰐淵です。
急ぎご相談したい件がございます。

情報システム学科2年の {_p["name"]}（{_p["kana"]}、{_p["dob"].year}年生まれ）が、
先週末、駅前の家電量販店での万引き（窃盗）の疑いで八王子南署に逮捕されたと
保護者から連絡がありました。本人は容疑を認めているとのことです。

学則上の懲戒（停学・退学）の判断と、内定先企業への説明の要否について、
ご意見を伺えますでしょうか。今週中にお時間をいただけると助かります。
{sig("kyomu", 0)}""")

# 046 — lab coats delivery (tracking and invoice numbers)
add("pass", [], [],
    "delivery and invoice of lab coats: tracking and invoice numbers only",
    charset="utf-8", sender=snd("chori"),
    to=["ホワイトライン 受注センター <order@whiteline-uniform.co.jp>"],
    subject="Re: 【出荷のお知らせ】ご注文番号 WL-88213",
    body=f"""ホワイトライン株式会社 受注センター御中

お世話になっております。調理師学科の羽生田です。
出荷のご連絡ありがとうございました。

追跡番号 4471-2290-6635（青葉運輸）で、本日午前に受け取りました。
コックコート（白・M 24着、L 18着、LL 6着）と帽子48個、数量に相違ありません。
請求書番号 WL-INV-2605-0341 についても経理課へ回しております。

次回は10月入学生分をお願いする予定です。
{sig("chori", 2, 402)}

> ご注文番号：WL-88213
> お届け予定日：5月22日（金）
> 配送業者：青葉運輸　お問い合わせ番号：4471-2290-6635
""")

# 047 — TLD swap of a partner: sakura-hotel.co.jp (partner is sakura-hotel.jp)
add("stop", [], ["lookalike_domain"],
    "sakura-hotel.co.jp is a TLD-swapped look-alike of the partner domain sakura-hotel.jp",
    charset="cp932", sender=snd("chori"),
    to=["長谷川総料理長 <chef.hasegawa@sakura-hotel.co.jp>"],
    subject="校外実習 巡回指導の日程",
    body=f"""長谷川総料理長

お世話になっております。調理師学科の羽生田です。
校外実習期間中の巡回指導について、以下の日程で伺いたいと考えております。

　第1回　2月5日（木）14:00頃
　第2回　2月19日（木）14:00頃

ランチ営業後のお時間で、15分ほど研修生の様子を拝見できれば十分です。
ご都合が悪い場合はお知らせください。
{sig("chori", 0)}""")

# 048 — DOCX alumni list to the alumni association secretary on free mail
_ps = people(12, "teacher")
_tbl = [["氏名", "卒業年度", "学科", "住所", "電話"]]
for _p in _ps:
    _tbl.append([_p["name"], RNG.choice(["平成18年度", "平成28年度", "平成8年度", "平成18年度"]),
                 RNG.choice(["看護", "情報", "調理"]), f"〒{_p['zip']} {_p['addr']}", _p["mobile"]])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "a DOCX of twelve graduates' addresses and phones to the alumni secretary's free-mail address",
    charset="utf-8", sender=snd("gakumu"),
    to=["同窓会 幹事 三好 <miyoshi.hinode.ob@outlook.jp>"],
    subject="同窓会 総会案内の発送先（住所判明分）",
    body=f"""三好さん

学務課の竹之内です。
同窓会総会のご案内の発送先として、学校に届出のある卒業生のうち
今年が節目（卒業10年・20年）の方の住所をまとめました。

添付のWordファイルをご確認ください。
宛名ラベルの作成が終わりましたら、ファイルは削除をお願いします。
{sig("gakumu", 2, 214)}""",
    attachments=[{"kind": "docx", "name": "同窓会総会_発送先.docx",
                  "paragraphs": ["同窓会総会 案内発送先（学務課作成）", "※住所は最終届出のもの"],
                  "tables": [_tbl]}])

# 049 — one student's influenza diagnosis to the hospital (either)
_p = person(sex="F")
add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named student's influenza diagnosis to the training hospital: health data, but a routine infection-control notice",
    charset="iso-2022-jp", sender=snd("kango"),
    to=["清涼記念病院 看護部 田所様 <kyoiku@seiryo-kinen.or.jp>"],
    subject="実習生の欠席連絡（5西病棟）",
    body=f"""田所様

お世話になっております。日の出総合専門学校の遠藤です。
5西病棟で実習中の {_p["name"]} ですが、昨夜発熱し、
本日近医でインフルエンザA型と診断されました。

学校保健安全法の基準に従い、解熱後2日を経過するまで出席停止となります。
受け持ち患者様への影響がないか、病棟の感染対策担当の方へお伝えください。
実習の補填については後日ご相談させてください。
{sig("kango", 2)}""")

# 050 — internal forward of a company seminar notice to the students' list
add("pass", [], [],
    "a company's public seminar notice forwarded to the students' internal mailing list",
    charset="cp932", sender=snd("shushoku"),
    to=[f"joho-2nen@st.{DOM}"],
    subject="FW: 【川崎電機】会社説明会（オンライン）のご案内",
    body=f"""情報システム学科2年生のみなさん

就職支援室の真壁です。川崎電機さんから会社説明会の案内が届きました。
昨年度も本校から2名が内定をいただいている企業です。興味のある人はぜひ参加してください。

-----Original Message-----
From: 川崎電機株式会社 人事部 <intern@kawasaki-denki.co.jp>
Sent: Tuesday, March 3, 2026 10:21 AM
To: 真壁 里美
Subject: 【川崎電機】会社説明会（オンライン）のご案内

日の出総合専門学校 就職支援室 真壁様

いつもお世話になっております。川崎電機 人事部の本庄です。
2027年卒向けのオンライン会社説明会を以下の日程で開催します。
学生の皆様へご周知いただけますと幸いです。

・3月17日（火）14:00～15:00
・3月24日（火）14:00～15:00
申込：当社採用サイト（https://recruit.kawasaki-denki.co.jp/）

川崎電機株式会社 人事部 採用グループ
TEL 044-555-0120（代表）""")

# 051 — passport numbers of two students to the travel agency
_ps = people(2)
_blk = "\n".join(f"""　{i}) {p["ROMAJI"].upper()}（{p["name"]}）
　　生年月日：{seireki(p["dob"], 1)}　性別：{"女" if p["sex"] == "F" else "男"}
　　旅券番号：{passport_jp()}　有効期限：{RNG.randint(2028, 2035)}年{RNG.randint(1, 12)}月{RNG.randint(1, 28)}日"""
                 for i, p in enumerate(_ps, 1))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], ["personal_data"],
    "two students' passport numbers and dates of birth to the external travel agency",
    charset="utf-8", sender=snd("chori"),
    to=["東都トラベル 海外教育旅行課 <kaigai@toto-travel.co.jp>"],
    subject="フランス研修（リヨン）追加参加者2名の航空券手配",
    body=f"""東都トラベル株式会社
海外教育旅行課 ご担当者様

いつもお世話になっております。日の出総合専門学校 調理師学科の羽生田です。
リヨン研修（9月6日出発）に追加で2名参加することになりました。
航空券の手配をお願いいたします。

{_blk}

旅券のコピーは学生が各自スキャンしたものを後日お送りします。
{sig("chori", 1)}""")

# 052 — DOCX headed 取扱注意 to the teacher-dispatch agency
add("stop", [], ["confidential_marking"],
    "a DOCX whose page header is stamped 取扱注意 sent to an external dispatch agency",
    charset="iso-2022-jp", sender=snd("somu"),
    to=["エデュケア人材 派遣営業部 <haken@educare-jinzai.co.jp>"],
    subject="講師報酬単価表（次年度案）",
    body=f"""エデュケア人材株式会社
派遣営業部 御中

お世話になっております。日の出産業 教育事業部 総務課の榊原です。
次年度の派遣講師の報酬単価表（案）をお送りします。
ご意見があれば2月末までにお知らせください。
{sig("somu", 0)}""",
    attachments=[{"kind": "docx", "name": "講師報酬単価表_次年度案.docx",
                  "page_header": "取扱注意", "title": "講師報酬単価表（次年度案）",
                  "paragraphs": ["日の出総合専門学校 講師報酬単価表（次年度案）",
                                 "派遣講師の1コマ（90分）あたりの単価を下表のとおりとする。"],
                  "tables": [[["区分", "現行", "次年度案"], ["専門科目（実習含む）", "9,000円", "9,500円"],
                              ["基礎科目", "7,500円", "7,800円"], ["国家試験対策講座", "10,000円", "10,500円"]]]}])

# 053 — typhoon notice to all parents in Bcc
_pars = people(15, "old")
add("pass", [], ["freemail_recipient"],
    "notice to parents with every parent in Bcc: nobody can see the others",
    charset="utf-8", sender=snd("gakumu"),
    to=[f"学務課 <gakumu@{DOM}>"],
    bcc=[p["email"] for p in _pars],
    subject="【重要】台風10号接近に伴う休校のお知らせ（8/31）",
    body=f"""保護者の皆様

日の出総合専門学校 学務課です。
台風10号の接近に伴い、8月31日（月）は全学科休校といたします。
実習施設での実習も中止とし、施設には本校から連絡済みです。

9月1日（火）の授業については、8月31日18時までに
本校ホームページおよび学生ポータルでお知らせいたします。

本メールは送信専用アドレスから、保護者の皆様にBCCでお送りしています。
{sig("gakumu", 0)}""")

# 054 — unencrypted ZIP: new students' sizes and delivery addresses
_ps = people(15)
_rows = [["氏名", "フリガナ", "学科", "白衣サイズ", "靴サイズ", "郵便番号", "配送先住所", "電話番号"]]
for _p in _ps:
    _rows.append([_p["name"], _p["kana"], RNG.choice(["看護", "調理"]), RNG.choice(["S", "M", "L", "LL"]),
                  RNG.choice(["23.0", "23.5", "24.0", "25.5", "26.5", "27.0"]), _p["zip"], _p["addr"],
                  _p["mobile"]])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "fifteen new students' delivery addresses and phones inside an (unencrypted) ZIP to the uniform supplier",
    charset="cp932", sender=snd("gakumu"),
    to=["ホワイトライン 受注センター <order@whiteline-uniform.co.jp>"],
    subject="新入生 白衣・実習靴 個別配送の依頼",
    body=f"""ホワイトライン株式会社 受注センター 御中

日の出総合専門学校 学務課の竹之内です。
今年度も新入生の白衣・実習靴を各家庭へ個別配送していただきたく、
採寸結果と配送先をまとめたファイルをお送りします（Excel版とCSV版）。
ZIPにまとめていますので、解凍してご利用ください。

入学式（4月7日）の1週間前までの到着でお願いいたします。
{sig("gakumu", 0)}""",
    attachments=[{"kind": "zip", "name": "shinnyusei_haiso.zip",
                  "files": [{"kind": "xlsx", "name": "新入生配送先.xlsx", "sheets": {"配送先": _rows}},
                            {"kind": "csv", "name": "haisosaki.csv", "rows": _rows}]}])

# 055 — one student's chest X-ray finding (TB suspicion) to the screening centre
_p = person(sex="M")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named student's chest X-ray finding and suspected tuberculosis to the external screening centre",
    charset="iso-2022-jp", sender=snd("hoken"),
    to=["多摩健診センター 学校健診課 <gakko@tama-kenshin.or.jp>"],
    subject="精密検査の予約について（胸部X線 要精検者）",
    body=f"""多摩健診センター 学校健診課 御中

いつもお世話になっております。日の出総合専門学校 保健室の砂川です。
先日の定期健康診断で、胸部X線「要精密検査」となった学生1名について、
貴センターでの精密検査（胸部CT・喀痰検査）の予約をお願いしたく存じます。

　氏名：{_p["name"]}（{_p["kana"]}）
　生年月日：{wareki(_p["dob"], 0)}
　所見：右上肺野 結節影（結核の疑いを否定できず）
　既往：小児喘息

本人は2週間以上咳が続いていると申しております。
看護学科の学生で7月から病院実習が控えているため、早めの日程を希望します。
{sig("hoken", 0)}""")

# 056 — mentions 社外秘 in prose (not a marking)
add("pass", [], [],
    "mentions 社外秘 only in prose about how interns must treat the company's information: not a marking",
    charset="utf-8", sender=snd("shushoku"),
    to=["川崎電機 人事部 本庄様 <intern@kawasaki-denki.co.jp>"],
    subject="Re: インターン生の誓約書について",
    body=f"""本庄様

お世話になっております。就職支援室の真壁です。
誓約書の件、ご説明ありがとうございます。

インターン期間中に貴社の社外秘の資料やソースコードに触れる可能性がある、
という点は、事前指導で学生にしっかり伝えます。
SNSへの投稿禁止、写真撮影の禁止、資料の持ち帰り禁止も
本校の事前指導資料に明記しておきます。

誓約書の様式は貴社のものをそのまま使わせていただければ結構です。
{sig("shushoku", 0)}{DISC_JA}""")

# 057 — password-protected PDF (transcript and recommendation) to a company
add("stop", [], ["unscannable_attachment"],
    "a password-protected PDF (transcript and recommendation letter) cannot be inspected",
    charset="cp932", sender=snd("shushoku"),
    to=["ネクサスソフト 採用担当 吉岡様 <yoshioka@nexus-soft.co.jp>"],
    subject="推薦書・成績証明書の送付（学校推薦）",
    body=f"""株式会社ネクサスソフト
採用担当 吉岡様

お世話になっております。日の出総合専門学校 就職支援室の真壁です。
学校推薦で応募する学生の推薦書と成績証明書をPDFでお送りします。
PDFにはパスワードを設定しております。パスワードは別途お電話でお伝えします。

原本は本日郵送いたしました。
{sig("shushoku", 2, 318)}""",
    attachments=[{"kind": "pdf", "name": "suisensho_seiseki.pdf", "password": "nexus0915",
                  "lines": ["推薦書", "下記の者を貴社に推薦いたします。", "成績証明書"]}])

# 058 — forward (eml) of an internal list of six students to a care facility
_ps = people(6)
_rows = [["氏名", "携帯", "緊急連絡先（続柄）"]]
for _p in _ps:
    _rows.append([_p["name"], _p["mobile"], f"{landline()}（{RNG.choice(['母', '父', '祖母'])}）"])
_inner = {"charset": "utf-8", "sender": snd("gakumu"), "to": [f"c-endo@{DOM}"],
          "subject": "老年看護学実習 学生連絡先",
          "body": f"遠藤先生\n\n学務課の竹之内です。老年看護学実習（ひだまりの郷）の学生連絡先です。\n\n"
                  f"{tsv(_rows)}\n\n竹之内"}
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "forwarding an internal mail (attached .eml) with six students' phones and emergency contacts to a care facility",
    charset="utf-8", sender=snd("kango"),
    to=["ひだまりの郷 相談員 石丸様 <soudan@hidamari-kaigo.or.jp>"],
    subject="FW: 老年看護学実習 学生連絡先",
    body=f"""石丸様

お世話になっております。日の出総合専門学校の遠藤です。
来週からの実習の学生連絡先を、学務課からのメールごと転送いたします。
緊急時にお使いください。
{sig("kango", 2)}""",
    attachments=[{"kind": "eml", "name": "老年看護学実習 学生連絡先.eml", "message": _inner}])

# 059 — one applicant's contact details to a company (pass, may warn)
_p = person(sex="F")
add("pass", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "one applicant's name, e-mail and mobile to the recruiting company: a single person",
    charset="iso-2022-jp", sender=snd("shushoku"),
    to=["北国フーズ 人事部 採用担当 <saiyo@kitaguni-foods.co.jp>"],
    subject="一次面接の日程調整について（調理師学科 応募者）",
    body=f"""北国フーズ株式会社
人事部 採用ご担当者様

お世話になっております。日の出総合専門学校 就職支援室の真壁です。
商品開発職にエントリーした本校学生の面接日程について、
本人と直接やりとりしていただいて差し支えございません。

　氏名：{_p["name"]}（{_p["kana"]}）
　メール：{_p["email"]}
　携帯：{_p["mobile"]}

授業の都合上、火曜・木曜の午後が参加しやすいとのことです。
どうぞよろしくお願いいたします。
{sig("shushoku", 0)}""")

# 060 — one student's health insurance card symbol/number to the hospital
_p = person(sex="F")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], ["personal_data"],
    "a student's health insurance card 記号・番号 and date of birth to the external hospital",
    charset="cp932", sender=snd("kango"),
    to=["南野総合病院 医事課 <iji@minamino-hp.or.jp>"],
    cc=[f"c-endo@{DOM}"],
    subject="実習生の保険証情報（事前登録）",
    body=f"""南野総合病院 医事課 御中

日の出総合専門学校 看護学科の遠藤です。
実習中に学生が体調を崩して貴院を受診する場合に備え、
事前登録のため保険証の情報をお知らせするよう川原師長より伺いました。

　氏名　　：{_p["name"]}
　生年月日：{wareki(_p["dob"], 3)}
　保険者番号：{RNG.randint(10000000, 39999999):08d}
　記号・番号：記号 {RNG.randint(1000, 9999)}　番号 {RNG.randint(10, 999)}
　本人・家族の別：家族

他の学生分は順次お送りします。
{sig("kango", 0)}""")
# ======================================================================================
# 061–080
# ======================================================================================

# 061 — internal: exam results with applicants' phones (XLSX)
_ps = people(20)
_sheet = [["受験番号", "氏名", "出身高校", "国語", "面接", "合計", "判定", "電話"]]
for _i, _p in enumerate(_ps):
    _k, _m = RNG.randint(35, 98), RNG.choice([20, 30, 40, 50])
    _sheet.append([f"N-{1001 + _i}", _p["name"], RNG.choice(["桜ヶ丘高", "緑ヶ丘高", "八王子南高", "明神学園高", "多摩北高"]),
                   _k, _m, _k + _m, "合格" if _k + _m >= 100 else "不合格", RNG.choice([_p["mobile"], landline()])])
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "applicants' scores and phones for the admission committee, all recipients internal",
    charset="utf-8", sender=snd("nyushi"),
    to=[f"k-wanibuchi@{DOM}", f"c-endo@{DOM}", f"nyushi-iinkai@{DOM}"],
    subject="一般入試第1期（看護学科）判定資料",
    body=f"""入試委員各位

入試広報課の森川です。
明日の判定会議の資料（看護学科分）を添付します。
合否ラインは合計100点で仮置きしています。会議後、ファイルは削除願います。

森川""",
    attachments=[{"kind": "xlsx", "name": "判定資料_看護_第1期.xlsx", "sheets": {"看護学科": _sheet}}])

# 062 — four partner companies visible in To/Cc
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "four external companies can see each other's addresses in To and Cc",
    charset="iso-2022-jp", sender=snd("shushoku"),
    to=["川崎電機 本庄様 <intern@kawasaki-denki.co.jp>", "ツバサシステム 森本様 <morimoto@tsubasa-system.jp>"],
    cc=["ネクサスソフト 吉岡様 <yoshioka@nexus-soft.co.jp>", "北国フーズ 人事部 <saiyo@kitaguni-foods.co.jp>"],
    subject="学内企業説明会（10/21）ご出展企業様への事前連絡",
    body=f"""ご出展企業 ご担当者様

お世話になっております。日の出総合専門学校 就職支援室の真壁です。
10月21日の学内企業説明会にご出展いただき、誠にありがとうございます。

当日の流れは以下のとおりです。
　12:30～　受付・ブース設営（3階 多目的ホール）
　13:30～　開会／各社1分PR
　13:45～16:00　ブース説明（学生は自由訪問）

ブースには机1台・椅子3脚・電源をご用意します。
パンフレット等は当日お持ち込みください。
{sig("shushoku", 0)}""")

# 063 — exam accommodation for a wheelchair user to the exam-proctoring contractor
_p = person(sex="M")
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named applicant's physical disability (spinal cord injury, disability certificate) to the external proctoring contractor",
    charset="cp932", sender=snd("nyushi"),
    to=["試験サポート 運営課 <unei@shiken-support.co.jp>"],
    subject="公募推薦入試 受験上の配慮が必要な受験者について",
    body=f"""株式会社試験サポート
運営課 ご担当者様

いつもお世話になっております。日の出総合専門学校 入試広報課の森川です。
11月15日の公募推薦入試で、受験上の配慮を要する受験者が1名おります。
試験監督の皆様へ事前にご共有ください。

　受験番号：I-2043
　氏名　　：{_p["name"]}（{_p["kana"]}）
　状況　　：脊髄損傷により車いすを使用（身体障害者手帳 1種2級）
　配慮事項：・1階 103教室（別室）で受験
　　　　　　・机の高さを調整（車いす対応机を本校で用意）
　　　　　　・試験時間を1.3倍に延長（小論文 60分→78分）
　　　　　　・介助者1名の控室待機

よろしくお願いいたします。
{sig("nyushi", 0)}""")

# 064 — list of successful applicants' exam numbers only
_nums = sorted(RNG.sample(range(1001, 1080), 30))
_grid = "\n".join("　".join(f"N-{n}" for n in _nums[i:i + 6]) for i in range(0, 30, 6))
add("pass", [], [],
    "successful applicants' exam numbers only (as posted publicly): no names or contact data",
    charset="utf-8", sender=snd("nyushi"),
    to=["桜ヶ丘高等学校 進路指導部 長尾先生 <shinro@sakuragaoka-hs.ed.jp>"],
    subject="一般入試第1期 合格発表（看護学科）",
    body=f"""桜ヶ丘高等学校 長尾先生

いつもお世話になっております。入試広報課の森川です。
本日10時に本校ホームページで合格発表を行いました。
看護学科の合格者の受験番号は以下のとおりです（ホームページ掲載と同じものです）。

{_grid}

貴校からの受験者の合否は、別途郵送で進路指導部宛にお知らせいたします。
{sig("nyushi", 2, 121)}""")

# 065 — legacy XLS: direct-debit request data to the bank
_ps = people(8)
_rows = [["学生氏名", "口座名義（カナ）", "金融機関", "支店", "種別", "口座番号", "引落金額"]]
for _p in _ps:
    _b, _br = RNG.choice(BANKS[:4] + BANKS[5:])
    _rows.append([_p["name"], _p["kana"], _b, _br, "普通", f"{RNG.randint(1000000, 9999999)}",
                  RNG.choice([340000, 475000, 575000])])
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "eight families' bank accounts for tuition direct debit in a legacy XLS to the bank",
    charset="iso-2022-jp", sender=snd("keiri"),
    to=["みどり銀行 八王子支店 法人営業 <hojin-hachioji@midori-ginko.co.jp>"],
    subject="後期授業料 口座振替 追加依頼分（8件）",
    body=f"""みどり銀行 八王子支店
法人営業ご担当 様

いつもお世話になっております。日の出産業（日の出総合専門学校）経理課の猪狩です。
後期授業料の口座振替について、締切後に提出のあった8件を追加でお願いしたく、
データをお送りします（振替日：10月27日）。

お手数ですが、ご対応可否をご連絡いただけますでしょうか。
{sig("keiri", 1)}""",
    attachments=[{"kind": "xls", "name": "kouza_furikae_tsuika.xls", "sheets": {"追加分": _rows}}])

# 066 — look-alike of the bank: midori-ginkou.co.jp
add("stop", [], ["lookalike_domain"],
    "midori-ginkou.co.jp is a one-letter look-alike of partner midori-ginko.co.jp",
    charset="cp932", sender=snd("keiri"),
    to=["みどり銀行 法人営業 <hojin-hachioji@midori-ginkou.co.jp>"],
    subject="口座振替の結果データ受領日について",
    body=f"""みどり銀行 八王子支店 法人営業ご担当様

お世話になっております。日の出総合専門学校 経理課の猪狩です。
10月27日振替分の結果データは、何日頃に受領できますでしょうか。
未納者への通知を11月初旬に出したいため、日程を確認させてください。
{sig("keiri", 2, 150)}""")

# 067 — hotels near the exam venue, to a parent
add("pass", [], ["freemail_recipient"],
    "a list of hotels (businesses) sent to one parent on free mail",
    charset="utf-8", sender=snd("nyushi"),
    to=["<kirara.house@icloud.com>"],
    subject="Re: 遠方からの受験について",
    body=f"""雲母様

お問い合わせありがとうございます。入試広報課の森川です。
試験前日に宿泊される受験生の方が多く利用されるホテルは次のとおりです。

・さくらホテル八王子　　　　　TEL 042-600-7700　本校まで徒歩8分
・ホテルサンライズ八王子駅前　TEL 042-626-1111　本校まで徒歩5分
・ビジネスイン旭町　　　　　　TEL 042-644-2525　本校まで徒歩3分

※本校と提携している宿泊割引はさくらホテル八王子のみです。
　予約時に「日の出総合専門学校の受験」とお伝えください。

お気をつけてお越しくださいませ。
{sig("nyushi", 0)}""")

# 068 — English: accepted exchange students' DOB and e-mail to the partner school
_vn = [FOREIGN[i] for i in (0, 1, 2, 3, 12, 15)]
_lines = []
for _i, _f in enumerate(_vn, 1):
    _d = date_between(2002, 2006)
    _lines.append(f"{_i}. {_f[0]:<18} DOB {_d.strftime('%d %b %Y')}   "
                  f"{_f[0].split()[-1].lower()}.{_f[0].split()[0].lower()}{RNG.randint(1, 99)}@gmail.com")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], ["personal_data"],
    "six accepted students' dates of birth and personal e-mail addresses to the overseas partner school",
    charset="utf-8", sender=snd("kokusai"),
    to=["Ms. Vo Thanh Huong <intl@saigon-culinary.edu.vn>"],
    subject="Accepted students - October 2026 intake (please confirm details)",
    body=f"""Dear Ms. Huong,

I am happy to tell you that the following six students passed our interview.
Before we apply for their Certificates of Eligibility, could you please check
that the spelling, dates of birth and e-mail addresses below are correct?

""" + "\n".join(_lines) + f"""

We will send each student the enrolment pack by e-mail next week.

Best regards,
{sig("kokusai", 3)}""")

# 069 — basic pension number of a new full-time teacher to the labour consultant
_t = person("old")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"], ["personal_data"],
    "a new teacher's basic pension number, date of birth and address to the external labour consultant",
    charset="iso-2022-jp", sender=snd("somu"),
    to=["藤本社会保険労務士事務所 <info@sr-fujimoto.jp>"],
    subject="専任教員 資格取得届の作成依頼（4/1入職）",
    body=f"""藤本社会保険労務士事務所
藤本先生

お世話になっております。日の出産業 総務課の榊原です。
4月1日付で採用する専任教員1名について、健康保険・厚生年金の資格取得届の
作成をお願いいたします。

　氏名　　　　：{_t["name"]}（{_t["kana"]}）
　生年月日　　：{wareki(_t["dob"], 0)}
　住所　　　　：〒{_t["zip"]} {_t["addr"]}
　基礎年金番号：{pension_no()}
　報酬月額　　：380,000円
　被扶養者　　：なし

雇用保険の手続きも併せてお願いできますと幸いです。
{sig("somu", 0)}""")

# 070 — reply whose only personal data is in the quoted 差出人/送信日時 block
add("pass", [], [],
    "short reply; the partner's own signature sits only in the quoted original",
    charset="utf-8", sender=snd("it"),
    to=["織田様 <m-oda@tsubasa-system.jp>"],
    subject="RE: 特別講義（クラウド入門）の資料について",
    body=f"""織田様

資料のご送付ありがとうございます。
スライドはプロジェクターで投影し、配布用は白黒で80部印刷しておきます。
当日は9:30に正門の守衛所でお名前をお伝えください。

新垣

差出人: 織田 真一 <m-oda@tsubasa-system.jp>
送信日時: 2026年6月2日 17:48
宛先: 新垣 大輔
件名: 特別講義（クラウド入門）の資料について

新垣先生

来週の特別講義の資料をお送りします。
配布用の印刷をお願いできますでしょうか。

――――――――――――――――
株式会社ツバサシステム 開発部
織田 真一
TEL 03-5555-8120／携帯 090-4418-2231
――――――――――――――――""")

# 071 — PPTX with a CONFIDENTIAL footer to a partner
add("stop", [], ["confidential_marking"],
    "a PPTX whose every slide carries a CONFIDENTIAL / 社外秘 footer sent to a partner company",
    charset="cp932", sender=snd("kyomu"),
    to=["川崎電機 人事部 本庄様 <intern@kawasaki-denki.co.jp>"],
    subject="学科再編計画（案）のご説明資料",
    body=f"""本庄様

お世話になっております。教務部長の鰐淵です。
来週のお打ち合わせに先立ち、情報システム学科の再編計画（案）の説明資料をお送りします。
産学連携の枠組みについて、貴社のご意見を伺えれば幸いです。
{sig("kyomu", 1)}""",
    attachments=[{"kind": "pptx", "name": "学科再編計画_案.pptx",
                  "page_footer": "CONFIDENTIAL / 社外秘　日の出総合専門学校",
                  "slides": [["情報システム学科 再編計画（案）", "2027年度からの3コース制"],
                             ["背景", "IT人材不足", "入学者数の推移（5年で1.3倍）"],
                             ["新コース", "クラウドインフラコース", "AI・データコース", "業務システムコース"],
                             ["企業連携", "実習型インターンの単位化", "企業講師による特別講義"]]}])

# 072 — a company HR contact (business contact) to a career consultant
add("pass", [], [],
    "passes on one company's recruiting contact (a business contact) to an external career consultant",
    charset="iso-2022-jp", sender=snd("shushoku"),
    to=["池田キャリア研究所 池田様 <ikeda@career-labo-ikeda.jp>"],
    subject="模擬面接講座の企業側講師について",
    body=f"""池田様

お世話になっております。就職支援室の真壁です。
模擬面接講座で「企業側の面接官役」をお願いできる方として、
北国フーズさんの採用担当の方をご紹介いたします。

　北国フーズ株式会社 人事部 採用グループ
　担当：佐伯様
　TEL：011-555-3400（代表）
　Mail：saiyo@kitaguni-foods.co.jp

先方には池田様からご連絡が行く旨、お伝え済みです。
{sig("shushoku", 0)}""")

# 073 — a student who is a stalking victim, to the internship company
_p = person(sex="F")
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named student's status as a crime (stalking) victim disclosed to the internship company",
    charset="utf-8", sender=snd("shien"),
    to=["川崎電機 人事部 本庄様 <intern@kawasaki-denki.co.jp>"],
    subject="インターン参加学生に関する安全上のお願い",
    body=f"""川崎電機株式会社 人事部
本庄様

いつもお世話になっております。日の出総合専門学校 学生支援室の宇佐美です。
本人の同意を得て、ご相談させていただきます。

8月のインターンに参加する {_p["name"]} さんは、昨年、元交際相手からの
ストーカー被害に遭い、現在、警察から相手方に禁止命令が出ています。

つきましては、
　・本人のインターン先が外部の方に伝わらないようにしていただきたいこと
　・受付で本人の呼び出しを求める来訪者があった場合は取り次がないこと
の2点をお願いできますでしょうか。
何かございましたら、本校 学生支援室までご連絡ください。
{sig("shien", 0)}""")

# 074 — reply thread: new text adds six students with dates of birth
_ps = people(6)
_lines = "\n".join(f"{p['name']}　{p['kana']}　{seireki(p['dob'], 3)}" for p in _ps)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "in a reply, the new text lists six students with dates of birth for the hospital's ID cards",
    charset="cp932", sender=snd("kango"),
    to=["川原 美奈子 <kawahara.m@minamino-hp.or.jp>"],
    subject="Re: 電子カルテ閲覧用IDの発行について",
    body=f"""川原師長様

ご連絡ありがとうございます。遠藤です。
ご依頼の件、ID発行対象の学生（氏名・カナ・生年月日）は以下のとおりです。

{_lines}

よろしくお願いいたします。

> 遠藤先生
> 実習生の電子カルテ閲覧用IDを発行します。
> 対象学生の氏名・カナ・生年月日をお知らせください。
> 南野総合病院 看護部 川原
""")

# 075 — internal: hearing impairment accommodation for one student
_p = person(sex="F")
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "a student's hearing impairment and accommodations shared with teachers, internal only",
    charset="iso-2022-jp", sender=snd("shien"),
    to=[f"調理師学科教員 <chori-kyoin@{DOM}>"],
    subject="合理的配慮の申し合わせ（調理師学科1年）",
    body=f"""調理師学科の先生方

学生支援室の宇佐美です。
1年の {_p["name"]} さん（感音性難聴・両耳）の配慮について、本人と面談し、
以下の申し合わせを行いました。授業でのご対応をお願いします。

・実習の説明はホワイトボードに要点を書く
・本人は前列中央に座る（口の動きが見える位置）
・調理中の合図は手振りまたは肩を軽くたたく
・ロジャー（補聴援助システム）のマイクを講師が装着

ご不明点は宇佐美（内線 245）まで。""")

# 076 — corrupt PDF to a parent
add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "the attached PDF (grade report) is damaged and cannot be inspected; recipient on free mail",
    charset="utf-8", sender=snd("gakumu"),
    to=["<nao.hatsukade@gmail.com>"],
    subject="前期成績通知書の再送",
    body=f"""廿日出様

学務課の竹之内です。
郵送した成績通知書が届いていないとのことでしたので、PDFでお送りします。
ご確認ください。
{sig("gakumu", 0)}""",
    attachments=[{"kind": "corrupt", "name": "成績通知書_前期.pdf"}])

# 077 — two external organisations: hospital and care facility
add("pass", [], ["multiple_external_domains"],
    "schedule for a joint case conference with two external organisations in To",
    charset="cp932", sender=snd("kango"),
    to=["川原 美奈子 <kawahara.m@minamino-hp.or.jp>", "石丸様 <soudan@hidamari-kaigo.or.jp>"],
    subject="合同事例検討会の日程（候補）",
    body=f"""南野総合病院 川原師長様
介護老人保健施設ひだまりの郷 石丸様

いつもお世話になっております。日の出総合専門学校の遠藤です。
退院支援をテーマにした合同事例検討会の日程候補をお送りします。

　・9月12日（土）13:30～15:30
　・9月19日（土）13:30～15:30

会場は本校3階の大会議室を予定しております。
ご都合をお知らせいただけますでしょうか。
{sig("kango", 0)}""")

# 078 — two students' driver's licence numbers to the hospital for parking permits
_ps = people(2)
_rows = [["氏名", "運転免許証番号", "車両番号"]]
for _p in _ps:
    _rows.append([_p["name"], license_no(),
                  f"{RNG.choice(['八王子', '多摩', '相模'])} {RNG.randint(300, 599)} {RNG.choice('あいうえかさ')} {RNG.randint(10, 99)}-{RNG.randint(10, 99)}"])
add("stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE"], ["personal_data"],
    "two students' driver's licence numbers sent to the hospital for parking permits",
    charset="iso-2022-jp", sender=snd("kango"),
    to=["清涼記念病院 総務課 <somu@seiryo-kinen.or.jp>"],
    subject="実習生の自家用車通勤（駐車許可申請）",
    body=f"""清涼記念病院 総務課 御中

日の出総合専門学校 看護学科の遠藤です。
公共交通機関での通勤が難しい実習生2名について、
職員駐車場の利用許可を申請いたします。

{padtable(_rows)}

任意保険の加入は本校で確認済みです。
{sig("kango", 2)}""")

# 079 — English: three overseas partner schools visible in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three overseas partner schools (three organisations) see each other in To",
    charset="utf-8", sender=snd("kokusai"),
    to=["Ms. Vo Thanh Huong <intl@saigon-culinary.edu.vn>",
        "Mr. Nguyen Quoc Bao <coop@hanoi-ct.edu.vn>",
        "Admissions Office <admissions@ktm-nursing.edu.np>"],
    subject="Summer Japan Programme 2026 - invitation",
    body=f"""Dear partners,

We are pleased to invite your students to our two-week Summer Japan Programme.

  Dates:   27 July - 7 August 2026
  Places:  up to 8 students per school
  Content: Japanese language, campus classes (nursing / IT / culinary),
           hospital and hotel visits, homestay weekend
  Fee:     JPY 120,000 (tuition, accommodation, local transport)

Please send us the number of applicants by 15 May. We will share the online
application form afterwards.

Kind regards,
{sig("kokusai", 3)}{DISC_EN}""")

# 080 — English: contract renewal terms to a foreign lecturer on free mail
add("pass", [], ["freemail_recipient"],
    "contract renewal terms to the lecturer himself on free mail; no one else's data",
    charset="utf-8", sender=snd("somu"),
    to=["Daniel Whitmore <dan.whitmore.tokyo@gmail.com>"],
    subject="Your contract for the 2026 academic year",
    body=f"""Dear Daniel,

Thank you for teaching Business English for us again this year.
Please find attached the terms for the 2026 academic year.

The main change is the hourly rate, which rises from JPY 5,500 to JPY 6,000
per 90-minute class. Classes are on Tuesdays and Thursdays, April to January.

If you are happy with the terms, please sign the contract when you come to
the lecturers' meeting on 4 April and hand it to me.

Best wishes,
{sig("somu", 3)}""",
    attachments=[{"kind": "pdf", "name": "terms_2026.pdf", "title": "Part-time lecturer terms 2026",
                  "lines": ["Hinode College of Professional Studies",
                            "Part-time lecturer - terms for the 2026 academic year",
                            "Subject: Business English (Year 1, all departments)",
                            "Period: 1 April 2026 - 31 January 2027",
                            "Rate: JPY 6,000 per 90-minute class (transport paid at cost)",
                            "Payment: end of the following month"]}])
# ======================================================================================
# 081–100
# ======================================================================================

# 081 — open-campus attendees (full-width phones) to their high school
_ps = people(5)
_lines = "\n".join(f"　{zen(str(i))}．{p['name']}（{RNG.choice(['２年', '３年'])}）　ＴＥＬ {zen(p['mobile'])}"
                   for i, p in enumerate(_ps, 1))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "five high-school pupils' names and mobiles (full-width digits) sent to their school",
    charset="cp932", sender=snd("nyushi"),
    to=["緑ヶ丘高等学校 進路指導室 <shinro@midorigaoka-hs.ed.jp>"],
    subject="オープンキャンパス（7/20）ご参加の生徒さんについて",
    body=f"""緑ヶ丘高等学校 進路指導室
ご担当先生

いつもお世話になっております。日の出総合専門学校 入試広報課の森川です。
7月20日のオープンキャンパスには、貴校から以下の生徒さんにご参加いただきました。

{_lines}

皆さん熱心に体験授業に参加されていました。
個別相談会のご案内を生徒さんの携帯へお送りしてもよろしいか、
念のため先生方のご意向を伺えますでしょうか。
{sig("nyushi", 0)}""")

# 082 — allergy list of five students to a partner food company
_ps = people(5)
_rows = [["氏名", "アレルゲン", "症状・備考"]]
_al = [("卵", "じんましん"), ("小麦", "アナフィラキシー既往あり・エピペン携帯"), ("えび・かに", "口腔内のかゆみ"),
       ("落花生", "アナフィラキシー既往あり"), ("乳", "腹痛・下痢")]
for _p, (_a, _s) in zip(_ps, _al):
    _rows.append([_p["name"], _a, _s])
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "five named students' food allergies and anaphylaxis history (health data) to a partner company",
    charset="iso-2022-jp", sender=snd("chori"),
    to=["北国フーズ 商品開発部 <kaihatsu@kitaguni-foods.co.jp>"],
    subject="共同開発実習（試食会）参加学生のアレルギーについて",
    body=f"""北国フーズ株式会社 商品開発部 御中

お世話になっております。日の出総合専門学校 調理師学科の羽生田です。
11月の共同開発実習（新商品の試食会）に参加する学生のうち、
食物アレルギーのある者は以下の5名です。試食品の準備の際にご配慮ください。

{padtable(_rows, rule="=")}

エピペン携帯の学生については、引率教員も使用方法を確認済みです。
{sig("chori", 0)}""")

# 083 — installment plan to a parent
add("pass", [], ["freemail_recipient"],
    "tuition installment schedule (amounts and dates) to one parent on free mail",
    charset="utf-8", sender=snd("keiri"),
    to=["小鳥遊様 <takanashi.home@icloud.com>"],
    subject="後期授業料の分納について（ご回答）",
    body=f"""小鳥遊様

お世話になっております。日の出総合専門学校 経理課の猪狩です。
ご相談いただいた後期授業料の分納について、以下のとおり承認いたしました。

　第1回　10月31日　150,000円
　第2回　11月30日　150,000円
　第3回　12月25日　175,000円
　　　　　　　　合計 475,000円

お振込みの際は、振込名義の前に学籍番号（例：25C031）を入れてください。
分納期間中も、奨学金の申請や実習への参加に影響はございません。
{sig("keiri", 0)}""")

# 084 — look-alike of our own domain: hinode-sangyo.jp (co. dropped)
add("stop", [], ["lookalike_domain"],
    "hinode-sangyo.jp drops the co. of our own domain: the meeting minutes go outside",
    charset="cp932", sender=snd("kyomu"),
    to=["教員各位 <kyoin-all@hinode-sangyo.jp>"],
    subject="5月度 教員会議 議事録",
    body=f"""教員各位

教務部長の鰐淵です。5月度教員会議の議事録を共有します。

1. 前期中間の出席状況
   ・全学科の平均出席率 93.8%（前年同期 94.1%）
2. 国家試験対策
   ・看護学科：模試を6月・9月・11月に実施
   ・調理師学科：技術考査の練習日を土曜に追加
3. 防災訓練
   ・6月18日（木）2限に実施。各教員は避難経路を事前確認のこと

次回は6月17日（水）16:30～です。
鰐淵""")

# 085 — list of hiring companies (businesses) to a job magazine
_rows = [["企業名", "業種", "所在地", "代表電話", "採用予定"],
         ["川崎電機株式会社", "電機・IT", "川崎市幸区", "044-555-0120", "3名"],
         ["株式会社ツバサシステム", "ソフトウェア", "東京都千代田区", "03-5555-8100", "2名"],
         ["株式会社ネクサスソフト", "ソフトウェア", "東京都立川市", "042-555-2300", "2名"],
         ["北国フーズ株式会社", "食品製造", "札幌市中央区", "011-555-3400", "1名"],
         ["さくらホテル", "ホテル", "東京都八王子市", "042-600-7700", "4名"],
         ["南野総合病院", "医療", "東京都八王子市", "042-635-0101", "6名"]]
add("pass", [], [],
    "list of companies that recruit at the school, with switchboards: businesses, not people",
    charset="utf-8", sender=snd("shushoku"),
    to=["就職ジャーナル 編集部 <henshu@shushoku-journal.co.jp>"],
    subject="専門学校特集 掲載用データ（主な求人企業）",
    body=f"""就職ジャーナル 編集部 御中

お世話になっております。日の出総合専門学校 就職支援室の真壁です。
専門学校特集の掲載用に、本校の主な求人企業の一覧をお送りします。
各社には掲載のご了承をいただいております。

{tsv(_rows)}

就職率（2026年3月卒）：98.2%（就職希望者 167名中 164名）
{sig("shushoku", 1)}""")

# 086 — PDF of a 住民票 with the student's My Number to the city office
_p = person(sex="M")
_par = person("old")
_par["name"] = _p["sei"] + " " + _par["mei"]
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "a scanned-as-text 住民票 PDF carrying the student's and parent's 個人番号 sent to the city office",
    charset="iso-2022-jp", sender=snd("keiri"),
    to=["旭ヶ丘市 子ども若者支援課 <shogakukin@city.asahigaoka.lg.jp>"],
    subject="旭ヶ丘市奨学金 申請書類の追加提出",
    body=f"""旭ヶ丘市 子ども若者支援課 奨学金担当 御中

日の出総合専門学校 経理課の猪狩です。
貴市奨学金に申請している本校学生の住民票の写しを、
ご指示に従いPDFにて提出いたします。

原本は学生本人から郵送いたします。
{sig("keiri", 1)}""",
    attachments=[{"kind": "pdf", "name": "住民票の写し.pdf", "title": "住民票の写し",
                  "lines": ["住民票の写し（世帯全員）",
                            f"住所　〒{_p['zip']} {_p['addr']}",
                            f"世帯主　{_par['name']}",
                            "",
                            f"氏名　{_par['name']}　生年月日　{wareki(_par['dob'], 0)}　続柄　世帯主",
                            f"個人番号　{mynum()}",
                            f"氏名　{_p['name']}　生年月日　{wareki(_p['dob'], 0)}　続柄　子",
                            f"個人番号　{mynum()}",
                            "",
                            "この写しは、世帯全員の住民票の原本と相違ないことを証明する。",
                            "旭ヶ丘市長"]}])

# 087 — body stamped ＜部外秘＞ to a partner IT company
add("stop", [], ["confidential_marking"],
    "the mail itself is stamped ＜部外秘＞ at the top and sent to a partner company",
    charset="utf-8", sender=snd("it"),
    to=["ツバサシステム 営業部 <sales@tsubasa-system.jp>"],
    subject="学内ネットワーク更改の概要（見積依頼前のご相談）",
    body=f"""＜部外秘＞

株式会社ツバサシステム 営業部 御中

お世話になっております。日の出総合専門学校 情報システム学科の新垣です。
来年度の学内ネットワーク更改について、見積依頼の前にご相談させてください。

■現状
・コアスイッチ：導入から9年経過、保守期限が2027年3月
・無線LAN：AP 42台、実習室で同時接続が多く遅延が発生
・認証：学生・教職員でSSIDを分離、RADIUSは学内サーバ

■要望
・実習室ごとのVLAN分離と帯域制御
・ゲストWi-Fi（オープンキャンパス用）の新設
・更改作業は夏季休業中（8月）に完了

概算のご提案をいただけますでしょうか。
{sig("it", 1)}""")

# 088 — three lecturers moving to dispatch contracts (pass, may warn)
_ts = people(3, "teacher")
_lines = "\n".join(f"・{t['name']}先生（{s}）　{t['mobile']}　{t['email']}"
                   for t, s in zip(_ts, ["製菓理論", "解剖生理学", "Javaプログラミング"]))
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "three lecturers' contacts to the dispatch agency: fewer than five people",
    charset="cp932", sender=snd("somu"),
    to=["エデュケア人材 派遣営業部 <haken@educare-jinzai.co.jp>"],
    subject="派遣契約への切替対象の講師（3名）",
    body=f"""エデュケア人材株式会社
派遣営業部 御中

お世話になっております。日の出産業 総務課の榊原です。
次年度から貴社経由の派遣契約に切り替える講師は、以下の3名です。
ご本人の了承は得ておりますので、面談日程の調整を直接お願いいたします。

{_lines}

よろしくお願いいたします。
{sig("somu", 2, 130)}""")

# 089 — a student's depression to the recruiting company
_p = person(sex="M")
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named student's depression diagnosis and treatment shared with an external recruiting company",
    charset="iso-2022-jp", sender=snd("shushoku"),
    to=["キャリアブリッジ 担当 松浦様 <matsuura@career-bridge.co.jp>"],
    subject="求人紹介のご相談（情報システム学科 男子学生）",
    body=f"""キャリアブリッジ株式会社
松浦様

いつもお世話になっております。就職支援室の真壁です。
求人紹介について、1名ご相談させてください。

情報システム学科2年の {_p["name"]} くんですが、昨年秋にうつ病と診断され、
現在も月1回通院して服薬を続けています。主治医からは
「残業の少ない職場であれば就労可」との意見書が出ています。

基本情報技術者試験に合格しており、技術面は問題ありません。
残業が少なく、在宅勤務の選択肢がある企業をご紹介いただけないでしょうか。
{sig("shushoku", 0)}""")

# 090 — internal forward of a parent's complaint
_par = person("old")
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "EMAIL_ADDRESS"], [],
    "a parent's complaint with contact details forwarded between staff: all recipients internal",
    charset="utf-8", sender=snd("gakumu"),
    to=[f"羽生田 健 <k-hanyuda@{DOM}>"], cc=[f"k-wanibuchi@{DOM}"],
    subject="FW: 実習中の怪我について（保護者より）",
    body=f"""羽生田先生

学務課の竹之内です。保護者の方から下記のメールが届きました。
実習中の状況を確認のうえ、先生からご連絡をお願いできますか。

---------- Forwarded message ---------
From: {_par["name"]} <{_par["email"]}>
Date: 2026年6月10日(水) 21:04
Subject: 実習中の怪我について

調理師学科1年の保護者の{_par["name"]}です。
昨日の実習で息子が包丁で指を切ったと聞きました。
先生からは何の連絡もなく、とても心配しています。
どのような状況だったのか説明をお願いします。

{_par["name"]}
〒{_par["zip"]} {_par["addr"]}
携帯 {_par["mobile"]}""")

# 091 — DOCX health questionnaire (epilepsy) of one student to the hospital
_p = person(sex="F")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a DOCX health questionnaire with one named student's epilepsy and medication sent to a hospital",
    charset="cp932", sender=snd("hoken"),
    to=["清涼記念病院 看護部 田所様 <kyoiku@seiryo-kinen.or.jp>"],
    subject="実習前健康調査票（1名分）の送付",
    body=f"""清涼記念病院 看護部
田所様

日の出総合専門学校 保健室の砂川です。
実習中の体調管理について事前に共有が必要な学生1名の
健康調査票をお送りします。ご確認をお願いいたします。
{sig("hoken", 2, 105)}""",
    attachments=[{"kind": "docx", "name": "実習前健康調査票.docx", "title": "実習前健康調査票",
                  "paragraphs": ["実習前健康調査票（看護学科）"],
                  "tables": [[["項目", "内容"],
                              ["氏名", _p["name"]],
                              ["生年月日", wareki(_p["dob"], 0)],
                              ["既往歴", "てんかん（16歳で診断）。最終発作は2年前。"],
                              ["服薬", "抗てんかん薬（朝・夕）"],
                              ["実習上の配慮", "夜勤実習は免除。発作時は側臥位にして保健室へ連絡。"],
                              ["アレルギー", "なし"]]]}])

# 092 — application confirmation to an applicant (carrier mail)
add("pass", [], ["freemail_recipient"],
    "confirmation of a trial-class booking sent to the applicant's own carrier address",
    charset="iso-2022-jp", sender=snd("nyushi"),
    to=["<hikari-0323@softbank.ne.jp>"],
    subject="体験入学 お申込み受付完了のお知らせ（受付番号 OC-0719-047）",
    body=f"""このたびは日の出総合専門学校の体験入学にお申し込みいただき、
ありがとうございます。以下の内容で受付いたしました。

　受付番号：OC-0719-047
　日時　　：7月19日（日）10:00～12:30（受付 9:30～）
　体験内容：調理師学科「はじめての飾り切り」
　持ち物　：エプロン、三角巾、筆記用具

当日は受付で受付番号をお伝えください。
ご都合が悪くなった場合は、お電話（042-600-1180）でご連絡ください。

日の出総合専門学校 入試広報課""")

# 093 — reply to a parent; the card number is only in the quoted text
_c = cardnum()
add("pass", [], ["freemail_recipient"],
    "the parent's card number appears only in the quoted text of her own mail; new text asks her to use the payment page",
    charset="utf-8", sender=snd("keiri"),
    to=["<chiyo.uryu@gmail.com>"],
    subject="Re: 入学金の支払いについて",
    body=f"""瓜生様

お問い合わせありがとうございます。経理課の猪狩です。
大変恐縮ですが、安全のため、カード番号をメールでお受けすることはできません。
お手数ですが、合格通知に同封した「Web決済のご案内」のページから
お手続きをお願いいたします。

また、番号がメールに残っておりますので、念のため
カード会社へのご相談もご検討ください。

猪狩

> 日の出総合専門学校 経理課 御中
>
> 入学金をカードで払いたいのですが、決済ページがうまく開きません。
> こちらのカードで引き落としてください。
> カード番号 {_c[:4]} {_c[4:8]} {_c[8:12]} {_c[12:]}　有効期限 09/29
> 瓜生 千代
""")

# 094 — password-protected ZIP of employment contracts
add("stop", [], ["unscannable_attachment"],
    "employment contracts sent inside a password-protected ZIP (PPAP): cannot be inspected",
    charset="cp932", sender=snd("somu"),
    to=["藤本社会保険労務士事務所 <info@sr-fujimoto.jp>"],
    subject="専任教員 雇用契約書（4月採用分）",
    body=f"""藤本先生

お世話になっております。総務課の榊原です。
4月採用の専任教員2名分の雇用契約書（締結済み）をお送りします。
ZIPファイルのパスワードは、この後別メールでお送りします。
{sig("somu", 2, 130)}""",
    attachments=[{"kind": "zip", "name": "koyokeiyaku_202604.zip", "password": "Fj-2604-kyoin",
                  "files": [{"kind": "docx", "name": "雇用契約書_専任教員A.docx",
                             "paragraphs": ["雇用契約書", "期間の定めなし", "月額 380,000円"]},
                            {"kind": "docx", "name": "雇用契約書_専任教員B.docx",
                             "paragraphs": ["雇用契約書", "期間の定めなし", "月額 352,000円"]}]}])

# 095 — unencrypted ZIP of syllabus files to the printer
add("pass", [], [],
    "an ordinary ZIP (no password) of syllabus files for printing: no personal data, no marking",
    charset="utf-8", sender=snd("kyomu"),
    to=["錦印刷 営業二課 松永様 <eigyo2@nishiki-insatsu.co.jp>"],
    subject="2026年度 シラバス冊子 入稿データ",
    body=f"""錦印刷 松永様

お世話になっております。教務部長の鰐淵です。
2026年度シラバス冊子の入稿データをZIPでお送りします。
3学科分のWordファイルと、表紙のPDFが入っています。

・部数：各学科 150部
・仕様：A4、無線綴じ、表紙カラー／本文モノクロ
・納期：3月25日（水）

初校は3月6日頃にいただけますと幸いです。
{sig("kyomu", 0)}""",
    attachments=[{"kind": "zip", "name": "syllabus_2026.zip",
                  "files": [{"kind": "pdf", "name": "hyoshi.pdf",
                             "lines": ["2026年度 シラバス", "日の出総合専門学校"]},
                            {"kind": "docx", "name": "シラバス_看護学科.docx",
                             "paragraphs": ["基礎看護学概論（1年前期・2単位）",
                                            "到達目標：看護の基本概念を説明できる。",
                                            "評価：筆記試験70%、レポート30%"]},
                            {"kind": "docx", "name": "シラバス_情報システム学科.docx",
                             "paragraphs": ["ネットワーク基礎（1年前期・4単位）",
                                            "到達目標：TCP/IPの基本を説明できる。"]},
                            {"kind": "docx", "name": "シラバス_調理師学科.docx",
                             "paragraphs": ["調理実習Ⅰ（日本料理）", "到達目標：基本の出汁をとれる。"]}]}])

# 096 — five contest winners' names and departments to a local newspaper (either)
_ps = people(5)
_lines = "\n".join(f"　{a}　{p['name']}（{d}）"
                   for a, p, d in zip(["金賞", "銀賞", "銅賞", "敢闘賞", "敢闘賞"], _ps,
                                      ["調理師学科2年", "調理師学科2年", "調理師学科1年", "調理師学科1年", "調理師学科2年"]))
add("either", ["PERSON_NAME"], ["personal_data"],
    "five students' names with award and class for a newspaper article: a list of five, but only names and public results",
    charset="iso-2022-jp", sender=snd("nyushi"),
    to=["多摩新報 八王子支局 <hachioji@tama-shimpo.co.jp>"],
    subject="学生料理コンテスト入賞者について（取材の件）",
    body=f"""多摩新報 八王子支局
記者 小松様

先日は取材にお越しいただきありがとうございました。入試広報課の森川です。
記事に掲載する入賞者は以下のとおりです（本人の掲載同意を得ています）。

{_lines}

写真は金賞作品のものをお使いください（添付します）。
{sig("nyushi", 1)}""",
    attachments=[{"kind": "png", "name": "kinsho_sakuhin.png"}])

# 097 — two hospitals in To; two students' mobiles
_ps = people(2)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["multiple_external_domains", "personal_data"],
    "two hospitals in To and two students' mobiles: two organisations and fewer than five people",
    charset="cp932", sender=snd("kango"),
    to=["川原 美奈子 <kawahara.m@minamino-hp.or.jp>", "田所様 <kyoiku@seiryo-kinen.or.jp>"],
    subject="実習施設の入れ替え（2名）について",
    body=f"""南野総合病院 川原師長様
清涼記念病院 田所様

お世話になっております。日の出総合専門学校の遠藤です。
先日ご相談した件、両院のご了承をいただけましたので、
次の2名の実習施設を入れ替えさせていただきます。

　{_ps[0]["name"]}（携帯 {_ps[0]["mobile"]}）：南野総合病院 → 清涼記念病院
　{_ps[1]["name"]}（携帯 {_ps[1]["mobile"]}）：清涼記念病院 → 南野総合病院

オリエンテーション資料は各院から本人へ直接お渡しいただけますと助かります。
{sig("kango", 0)}""")

# 098 — enrolment counts to the scholarship organisation (numbers only)
add("pass", [], [],
    "enrolment report with counts by department only: no individual records",
    charset="utf-8", sender=snd("keiri"),
    to=["学生支援協会 奨学事業部 <shogaku-kanri@gakusei-shien.or.jp>"],
    subject="在籍報告（令和8年5月1日現在）の提出",
    body=f"""学生支援協会 奨学事業部 御中

日の出総合専門学校（学校番号 3184702）経理課の猪狩です。
令和8年5月1日現在の在籍報告を添付のとおり提出いたします。
個別の異動（休学・退学）はシステムで別途登録済みです。
{sig("keiri", 1)}""",
    attachments=[{"kind": "csv", "name": "zaiseki_houkoku_R8.csv", "encoding": "utf-8",
                  "rows": [["学科", "学年", "在籍者数", "うち貸与奨学生", "うち給付奨学生"],
                           ["看護学科", "1", "82", "41", "17"], ["看護学科", "2", "79", "38", "15"],
                           ["看護学科", "3", "74", "36", "12"], ["情報システム学科", "1", "64", "22", "9"],
                           ["情報システム学科", "2", "58", "19", "8"], ["調理師学科", "1", "45", "16", "7"]]}])

# 099 — internal: My Numbers of scholarship applicants, between internal subdomains
_ps = people(5)
_rows = [["学籍番号", "氏名", "個人番号", "提出日"]]
for _p in _ps:
    _rows.append([sid(RNG.choice("NIC"), 26), _p["name"], mynum(), f"4/{RNG.randint(8, 24)}"])
add("pass", ["PERSON_NAME", "JP_MY_NUMBER"], [],
    "scholarship applicants' My Numbers passed between internal subdomains only",
    charset="iso-2022-jp", sender=f"宇佐美 潤 <j-usami@college.{DOM}>",
    to=[f"猪狩 修平 <s-igari@{DOM}>"],
    subject="給付奨学金 マイナンバー提出書（窓口受付分）",
    body=f"""猪狩さん

学生支援室の宇佐美です。
窓口で受け付けたマイナンバー提出書5名分の番号を控えておきます。
原本は本日、経理課の鍵付きキャビネットに入れました。

{padtable(_rows)}

確認後、このメールは削除してください。
宇佐美""")

# 100 — recommendation of one student with a CV-style DOCX (pass, may warn)
_p = person(sex="M")
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    ["personal_data"],
    "one applicant's CV (name, date of birth, address, phone, e-mail) to the company he applies to: a single person",
    charset="utf-8", sender=snd("shushoku"),
    to=["ネクサスソフト 採用担当 吉岡様 <yoshioka@nexus-soft.co.jp>"],
    subject="学校推薦 応募書類（情報システム学科）",
    body=f"""株式会社ネクサスソフト
採用担当 吉岡様

お世話になっております。日の出総合専門学校 就職支援室の真壁です。
学校推薦でシステムエンジニア職に応募する学生1名の履歴書データをお送りします。
原本と推薦書は本日郵送いたしました。

ご査収のほどよろしくお願いいたします。
{sig("shushoku", 0)}{DISC_JA}""",
    attachments=[{"kind": "docx", "name": f"履歴書_{_p['sei']}.docx", "title": "履歴書",
                  "paragraphs": ["履　歴　書", "2026年6月1日現在"],
                  "tables": [[["ふりがな", _p["kana"]], ["氏名", _p["name"]],
                              ["生年月日", f"{seireki(_p['dob'], 1)}生（満{2026 - _p['dob'].year - 1}歳）"],
                              ["現住所", f"〒{_p['zip']} {_p['addr']}"], ["電話", _p["mobile"]],
                              ["E-mail", _p["email"]],
                              ["学歴", "2024年4月 日の出総合専門学校 情報システム学科 入学"],
                              ["資格", "基本情報技術者試験 合格（2025年11月）"]]]}])
