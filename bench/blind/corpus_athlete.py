"""Blind evaluation corpus — area: athlete.

日の出産業株式会社の企業スポーツ（スポーツ推進室、陸上競技部、ラグビー部「日の出サンライズ」、
女子バレーボール部「日の出フェニックス」、硬式野球部）から出るメール: 選手のメディカル・傷害報告、
アンチ・ドーピングの居場所情報と治療使用特例（TUE）、移籍と代理人、競技団体への選手登録
（生年月日・旅券）、ファンイベント、チームドクターと医療機関。

Every person, number, address and organisation other than the BRIEF's own (日の出産業 and its
partners) is invented; My Numbers and card numbers come from build.py's helpers.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 12701
rng = random.Random(SEED)

_counter = SEED


def _next_n() -> int:
    global _counter
    value = _counter
    _counter += 1
    return value


def new_my_number() -> str:
    return my_number(_next_n())


def new_card() -> str:
    return card_number(_next_n())


# -- small text helpers ---------------------------------------------------------------

_ZEN = str.maketrans("0123456789-.:/()", "０１２３４５６７８９－．：／（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - dwidth(s), 1)


def columns(rows: list[list[str]], gap: int = 2, rule: str | None = "-") -> str:
    """Plain-text columns padded with ASCII spaces, a rule under the header."""
    n = max(len(r) for r in rows)
    widths = [max(dwidth(r[i]) if i < len(r) else 0 for r in rows) + gap for i in range(n)]
    out = []
    for k, r in enumerate(rows):
        out.append("".join(pad(c, widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            out.append("".join(pad(rule * (widths[i] - gap), widths[i])
                               for i in range(n)).rstrip())
    return "\n".join(out)


def zcolumns(rows: list[list[str]]) -> str:
    """Columns padded with full-width spaces (as some people align in a proportional font)."""
    n = max(len(r) for r in rows)
    widths = [max(len(r[i]) for r in rows) + 1 for i in range(n)]
    return "\n".join("".join(c + "\u3000" * (widths[i] - len(c)) for i, c in enumerate(r)).rstrip()
                     for r in rows)


def hira(kana: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kana)


# -- invented people and numbers ----------------------------------------------------------

SURNAMES = [
    ("鯨井", "クジライ", "Kujirai"), ("漆原", "ウルシハラ", "Urushihara"),
    ("四十九院", "ツルシイン", "Tsurushiin"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("東海林", "ショウジ", "Shoji"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("百目鬼", "ドウメキ", "Domeki"), ("五月女", "ソウトメ", "Sotome"),
    ("鬼頭", "キトウ", "Kito"), ("我妻", "アガツマ", "Agatsuma"),
    ("生田目", "ナマタメ", "Namatame"), ("比嘉", "ヒガ", "Higa"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("羽生田", "ハニュウダ", "Hanyuda"),
    ("瓜生", "ウリュウ", "Uryu"), ("能登谷", "ノトヤ", "Notoya"),
    ("三瓶", "サンペイ", "Sanpei"), ("椎葉", "シイバ", "Shiiba"),
    ("宇佐美", "ウサミ", "Usami"), ("江頭", "エガシラ", "Egashira"),
    ("伊集院", "イジュウイン", "Ijuin"), ("栗林", "クリバヤシ", "Kuribayashi"),
    ("桑折", "コオリ", "Kori"), ("設楽", "シタラ", "Shitara"),
    ("猪又", "イノマタ", "Inomata"), ("砂川", "スナガワ", "Sunagawa"),
    ("鳴海", "ナルミ", "Narumi"), ("土生", "ハブ", "Habu"),
    ("舟橋", "フナハシ", "Funahashi"), ("吉備", "キビ", "Kibi"),
    ("氏家", "ウジイエ", "Ujiie"), ("時任", "トキトウ", "Tokito"),
    ("長谷部", "ハセベ", "Hasebe"), ("菅生", "スガオ", "Sugao"),
    ("新垣", "アラガキ", "Aragaki"), ("照屋", "テルヤ", "Teruya"),
    ("祖父江", "ソブエ", "Sobue"), ("雲雀", "ヒバリ", "Hibari"),
    ("鴨志田", "カモシダ", "Kamoshida"), ("日比野", "ヒビノ", "Hibino"),
    ("国分", "コクブ", "Kokubu"), ("奥寺", "オクデラ", "Okudera"),
    ("柳楽", "ヤギラ", "Yagira"), ("仁科", "ニシナ", "Nishina"),
    ("十河", "ソゴウ", "Sogo"), ("阿久津", "アクツ", "Akutsu"),
    ("馬場園", "ババゾノ", "Babazono"), ("佐々岡", "ササオカ", "Sasaoka"),
    ("湊", "ミナト", "Minato"), ("中馬", "チュウマン", "Chuman"),
    ("来栖", "クルス", "Kurusu"), ("保科", "ホシナ", "Hoshina"),
    ("戸来", "ヘライ", "Herai"), ("帆足", "ホアシ", "Hoashi"),
    ("浜風", "ハマカゼ", "Hamakaze"), ("山吹", "ヤマブキ", "Yamabuki"),
    ("真栄田", "マエダ", "Maeda"), ("芦田", "アシダ", "Ashida"),
    ("相馬", "ソウマ", "Soma"), ("一戸", "イチノヘ", "Ichinohe"),
    ("八木橋", "ヤギハシ", "Yagihashi"), ("左右田", "ソウダ", "Soda"),
    ("鰐淵", "ワニブチ", "Wanibuchi"), ("上遠野", "カドノ", "Kadono"),
]
MALE = [
    ("颯太", "ソウタ", "Sota"), ("蓮", "レン", "Ren"), ("大和", "ヤマト", "Yamato"),
    ("拓海", "タクミ", "Takumi"), ("陽翔", "ハルト", "Haruto"), ("健吾", "ケンゴ", "Kengo"),
    ("隼人", "ハヤト", "Hayato"), ("翔平", "ショウヘイ", "Shohei"), ("直樹", "ナオキ", "Naoki"),
    ("雄大", "ユウダイ", "Yudai"), ("航", "ワタル", "Wataru"), ("壮真", "ソウマ", "Soma"),
    ("悠斗", "ユウト", "Yuto"), ("慎之介", "シンノスケ", "Shinnosuke"), ("亮", "リョウ", "Ryo"),
    ("誠", "マコト", "Makoto"), ("一輝", "カズキ", "Kazuki"), ("智也", "トモヤ", "Tomoya"),
    ("龍之介", "リュウノスケ", "Ryunosuke"), ("俊介", "シュンスケ", "Shunsuke"),
    ("圭吾", "ケイゴ", "Keigo"), ("大地", "ダイチ", "Daichi"), ("匠", "タクミ", "Takumi"),
]
FEMALE = [
    ("美咲", "ミサキ", "Misaki"), ("陽菜", "ヒナ", "Hina"), ("彩花", "アヤカ", "Ayaka"),
    ("結衣", "ユイ", "Yui"), ("七海", "ナナミ", "Nanami"), ("真央", "マオ", "Mao"),
    ("千尋", "チヒロ", "Chihiro"), ("葵", "アオイ", "Aoi"), ("凛", "リン", "Rin"),
    ("遥", "ハルカ", "Haruka"), ("沙織", "サオリ", "Saori"), ("菜々子", "ナナコ", "Nanako"),
    ("萌", "モエ", "Moe"), ("友梨", "ユリ", "Yuri"), ("紗希", "サキ", "Saki"),
    ("日向子", "ヒナコ", "Hinako"), ("麻衣", "マイ", "Mai"), ("楓", "カエデ", "Kaede"),
    ("詩織", "シオリ", "Shiori"), ("茜", "アカネ", "Akane"), ("未来", "ミク", "Miku"),
]
_used_names: set[str] = set()


def person(g: str = "m") -> dict[str, str]:
    while True:
        s = rng.choice(SURNAMES)
        f = rng.choice(MALE if g == "m" else FEMALE)
        name = f"{s[0]} {f[0]}"
        if name not in _used_names:
            _used_names.add(name)
            break
    return {"name": name, "sei": s[0], "mei": f[0], "kana": f"{s[1]} {f[1]}",
            "kana_sei": s[1], "hira": hira(f"{s[1]} {f[1]}"),
            "romaji": f"{f[2]} {s[2].upper()}", "roma_sei": s[2], "roma_mei": f[2],
            "mail_local": f"{f[2].lower()}.{s[2].lower()}"}


def people(k: int, g: str = "m") -> list[dict[str, str]]:
    return [person(g) for _ in range(k)]


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


AREAS = [
    ("千葉県", "市原市", "五井中央東"), ("千葉県", "千葉市美浜区", "高洲"),
    ("東京都", "江東区", "東雲"), ("神奈川県", "川崎市中原区", "小杉町"),
    ("埼玉県", "さいたま市浦和区", "常盤"), ("千葉県", "船橋市", "本町"),
    ("東京都", "世田谷区", "砧"), ("神奈川県", "横浜市港北区", "日吉本町"),
    ("千葉県", "習志野市", "津田沼"), ("東京都", "大田区", "蒲田"),
    ("福岡県", "北九州市八幡西区", "黒崎"), ("大阪府", "堺市北区", "中百舌鳥町"),
    ("北海道", "札幌市豊平区", "月寒東"), ("宮城県", "仙台市青葉区", "国分町"),
    ("愛知県", "名古屋市瑞穂区", "瑞穂通"), ("沖縄県", "那覇市", "首里当蔵町"),
    ("千葉県", "市原市", "姉崎"), ("千葉県", "袖ケ浦市", "長浦駅前"),
    ("鹿児島県", "鹿児島市", "紫原"), ("長野県", "松本市", "梓川倭"),
]
BUILDINGS = ["コーポ若葉", "メゾン潮見", "グランシャトー", "サンライズハイツ", "レジデンス浜野",
             "エスポワール", "パークサイド杉", "ヴィラ青柳"]


def postcode() -> str:
    return f"〒{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}"


def address(building: bool | None = None, with_zip: bool = False) -> str:
    pref, city, town = rng.choice(AREAS)
    a = f"{pref}{city}{town}{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    if building or (building is None and rng.random() < 0.4):
        a += f" {rng.choice(BUILDINGS)}{rng.randint(1, 5)}0{rng.randint(1, 9)}"
    return f"{postcode()} {a}" if with_zip else a


def dob(y0: int = 1995, y1: int = 2006) -> tuple[int, int, int]:
    return (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def ymd(t: tuple[int, int, int], sep: str = "/") -> str:
    return f"{t[0]}{sep}{t[1]:02d}{sep}{t[2]:02d}"


def jdate(t: tuple[int, int, int]) -> str:
    return f"{t[0]}年{t[1]}月{t[2]}日"


def wareki(t: tuple[int, int, int], style: str = "kanji") -> str:
    y, m, d = t
    if (y, m, d) >= (2019, 5, 1):
        era, short, ey = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, short, ey = "平成", "H", y - 1988
    else:
        era, short, ey = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{ey}年{m}月{d}日"
    if style == "zen":
        return zen(f"{era}{ey}年{m}月{d}日")
    if style == "abbr":
        return f"{short}{ey}.{m}.{d}"
    if style == "abbrz":
        return zen(f"{chr(ord(short) + 0xFEE0)}{ey}.{m}.{d}")
    raise ValueError(style)


def passport() -> str:
    return rng.choice(["TK", "TR", "TZ", "MZ", "TH", "TS", "MU"]) + f"{rng.randint(0, 9999999):07d}"


def residence_card() -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (rng.choice(L) + rng.choice(L) + f"{rng.randint(0, 99999999):08d}"
            + rng.choice(L) + rng.choice(L))


def licence() -> str:
    return f"{rng.choice(['30', '44', '45', '46', '50'])}{rng.randint(0, 9999999999):010d}"


def pension() -> str:
    return f"{rng.randint(1000, 9999)}-{rng.randint(0, 999999):06d}"


def account() -> str:
    return f"{rng.randint(1000000, 9999999)}"


def corporate_number(body12: str) -> str:
    """法人番号: check digit in front of the 12 digits."""
    digits = [int(c) for c in body12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + body12


def h(t: tuple[int, int, int]) -> int:
    return t[0]


# -- signatures and disclaimers ---------------------------------------------------------

SIG_RIKU = """――――――――――――――――――――
日の出産業株式会社 スポーツ推進室
陸上競技部 マネージャー　井ノ口 沙耶（いのくち さや）
〒290-0045 千葉県市原市五井南海岸1-8 市原スポーツセンター
TEL 0436-21-7780（部室）／ FAX 0436-21-7781
inokuchi.saya@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_RUG = """--
日の出産業株式会社
ラグビー部「日の出サンライズ」 チームディレクター
鮫島 航平 Kohei Samejima
〒290-0045 千葉県市原市五井南海岸1-8
TEL: 0436-21-7790  Mobile: 080-4417-2093
samejima.kohei@hinode-sangyo.co.jp"""

SIG_RUG_EN = """--
Kohei Samejima
Team Director, Hinode Sunrise Rugby
Hinode Sangyo Co., Ltd.
1-8 Goi-minamikaigan, Ichihara, Chiba 290-0045, Japan
Tel +81-436-21-7790 / Mobile +81-80-4417-2093
samejima.kohei@hinode-sangyo.co.jp"""

SIG_VB = """＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業㈱ 女子バレーボール部「日の出フェニックス」
アスレティックトレーナー 久留島 恵
TEL 0436-21-7800 内線 5521
Mail: kurushima.megumi@hinode-sangyo.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_BB = """***************************************
日の出産業株式会社 硬式野球部 主務
大日向 徹 (Ohinata Toru)
〒108-8611 東京都港区芝浦四丁目9番25号
TEL 03-5442-8100(代) 直通 03-5442-8137
***************************************"""

SIG_HEAD = """────────────────────
日の出産業株式会社
総務本部 スポーツ推進室 室長
乙部 隆文
〒108-8611 東京都港区芝浦四丁目9番25号
TEL 03-5442-8130 / otobe.takafumi@hinode-sangyo.co.jp
────────────────────"""

SIG_PR = """―――――――――――――――――
日の出産業株式会社 スポーツ推進室
広報・ファンクラブ担当　蓮見 由佳
TEL 03-5442-8134（直通）
公式サイト https://www.hinode-sangyo.co.jp/sports/
―――――――――――――――――"""

SIG_PR_EN = """Yuka Hasumi
Sports Promotion Office (PR & Fan Club)
Hinode Sangyo Co., Ltd.
Tel +81-3-5442-8134"""

SIG_DOC = """--
日の出産業株式会社 健康管理センター
産業医／ラグビー部チームドクター　嘉手納 将
TEL 03-5442-8190（センター）"""

SIG_KEIRI = """------------------------------
日の出産業株式会社 経理部 出納課
羽鳥 佳代
TEL 03-5442-8155 / FAX 03-5442-8156
------------------------------"""

SIG_JINJI = """□■□■□■□■□■□■□■□■
日の出産業株式会社 人事部 労務課
（契約選手・嘱託コーチ担当）茅野 昌平
TEL 03-5442-8172
□■□■□■□■□■□■□■□■"""

DISC_JP = """
【ご注意】本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

S_RIKU = "井ノ口 沙耶 <inokuchi.saya@hinode-sangyo.co.jp>"
S_RUG = "鮫島 航平 <samejima.kohei@hinode-sangyo.co.jp>"
S_RUG_EN = "Kohei Samejima <samejima.kohei@hinode-sangyo.co.jp>"
S_VB = "久留島 恵 <kurushima.megumi@hinode-sangyo.co.jp>"
S_BB = "大日向 徹 <ohinata.toru@hinode-sangyo.co.jp>"
S_HEAD = "乙部 隆文 <otobe.takafumi@hinode-sangyo.co.jp>"
S_PR = "蓮見 由佳 <hasumi.yuka@hinode-sangyo.co.jp>"
S_DOC = "嘉手納 将 <kadena.sho@hinode-sangyo.co.jp>"
S_KEIRI = "羽鳥 佳代 <hatori.kayo@hinode-sangyo.co.jp>"
S_JINJI = "茅野 昌平 <chino.shohei@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# ===========================================================================================
# 001 — rugby: additional player registration to the league, padded columns with passports
_p = people(3, "m")
_rows = [["No", "氏名", "フリガナ", "生年月日", "国籍", "旅券番号"]]
for i, p in enumerate(_p, 1):
    _rows.append([str(i), p["name"], p["kana"], ymd(dob(1996, 2003)), "日本", passport()])
for i, (nm, kn, nat, pp) in enumerate([
        ("Sione TUPOU", "シオネ・トゥポウ", "トンガ", "T0" + str(rng.randint(100000, 999999))),
        ("Liam FAIRWEATHER", "リアム・フェアウェザー", "NZ", "LK" + str(rng.randint(100000, 999999))),
        ("Jacques VAN DER MERWE", "ジャック・ファンデルメルヴェ", "南ア", "A0" + str(rng.randint(1000000, 9999999)))],
        len(_p) + 1):
    _rows.append([str(i), nm, kn, ymd(dob(1994, 2001)), nat, pp])
add(
    id="athlete-001", expect="stop",
    sender=S_RUG,
    to=["東日本ラグビーリーグ 登録担当 <touroku@east-rugby-league.or.jp>"],
    subject="【日の出サンライズ】2026-27シーズン 追加選手登録の申請について",
    charset="iso-2022-jp",
    body=f"""東日本ラグビーリーグ 事務局
登録担当 御中

いつも大変お世話になっております。
日の出サンライズの鮫島でございます。

標記の件、下記6名の追加登録を申請いたします。
登録料は本日付で振込済みです（振込名義：ヒノデサンギヨウ（カ）ラグビーブ）。

{columns(_rows)}

※外国籍選手3名の在籍証明（前所属協会の移籍承認書）は原本を郵送いたします。
ご不明点がございましたらご連絡ください。

{SIG_RUG}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="Six players' registration rows with dates of birth and passport numbers to an external league: list of people plus identity documents.",
)

# 002 — flyer reprint order to the printing partner
add(
    id="athlete-002", expect="pass",
    sender=S_PR,
    to=["錦印刷株式会社 営業二部 小田切様 <odagiri.m@nishiki-insatsu.co.jp>"],
    subject="ファン感謝デー チラシ増刷のお願い（発注番号 HS-PO-26-0418）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
営業二部 小田切様

いつもお世話になっております。日の出産業の蓮見です。
先日納品いただいた「サンライズ ファン感謝デー2026」のチラシですが、
配布先の追加が決まりましたので、下記のとおり増刷をお願いいたします。

　品名　　：ファン感謝デー2026 告知チラシ（A4・両面カラー・コート90kg）
　部数　　：5,000部（前回 8,000部 → 累計 13,000部）
　単価　　：見積書 No.NK-2026-0331 のとおり
　納期　　：11月7日（金）午前必着
　納品先　：市原スポーツセンター 管理棟1F 受付（荷受け 9:00〜17:00）
　発注番号：HS-PO-26-0418

データは前回入稿分（sunrise_fanday_v3.pdf）から変更ありません。
請求書は通常どおり経理部宛にお送りください。

よろしくお願いいたします。

{SIG_PR}
{DISC_JP}
""",
    entities=[], detectors=[],
    note="Ordinary print order to a partner: quantities, order and quote numbers, a business delivery address, the standard disclaimer.",
)

# 003 — one player's injury diagnosis to his agent (cp932)
_p = person("m")
add(
    id="athlete-003", expect="stop",
    sender=S_RUG,
    to=["真壁 達也 <makabe@athlete-bridge.com>"],
    subject=f"{_p['sei']}選手のコンディションについて（ご報告）",
    charset="cp932",
    body=f"""株式会社アスリートブリッジ
真壁様

お世話になっております。日の出サンライズの鮫島です。
お問い合わせいただいた{_p['name']}選手の件、現状をご報告いたします。

9月14日の全体練習（コンタクトセッション）中に左大腿裏を痛め、
翌15日に提携クリニックでMRIを撮影したところ、左ハムストリングの肉離れ（II度）と診断されました。
担当医の見立てでは競技復帰まで約6週間、開幕節（11月第2週）には間に合う見込みです。

現在はチームドクターの管理下で、アイシングと低負荷のリハビリを行っております。
ご本人には真壁様へ状況を共有する旨、了承を得ております。
来期契約の話とは切り分けてお考えいただければ幸いです。

{SIG_RUG}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named player's MRI diagnosis (medical information, 要配慮個人情報) sent to an external agent: one person is enough.",
)

# 004 — internal: blood-test results of the women's distance squad (tab-separated)
_p = people(8, "f")
_lines = ["氏名\tHb(g/dL)\tフェリチン(ng/mL)\t判定\tコメント"]
for p in _p:
    hb = round(rng.uniform(10.8, 14.2), 1)
    fe = rng.randint(8, 60)
    j = "要再検" if hb < 12.0 or fe < 15 else "異常なし"
    c = "鉄欠乏性貧血の疑い、鉄剤処方" if j == "要再検" else "-"
    _lines.append(f"{p['name']}\t{hb}\t{fe}\t{j}\t{c}")
add(
    id="athlete-004", expect="pass",
    sender=S_RIKU,
    to=["陸上競技部 監督 宮路 <miyaji.kazuo@hinode-sangyo.co.jp>"],
    cc=["嘉手納 将 <kadena.sho@hinode-sangyo.co.jp>"],
    subject="10月 血液検査結果（女子長距離）",
    charset="utf-8",
    body=f"""宮路監督

お疲れさまです。井ノ口です。
10/6に実施した血液検査の結果が戻ってきましたので共有します。
要再検の選手は嘉手納先生の外来を10/20の週で予約します。

{chr(10).join(_lines)}

合宿前なので、鉄剤の服用状況は寮の朝食時に確認するようにします。
取り扱いには注意してください（部外には出しません）。

井ノ口
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="Blood-test results of eight named runners, but every recipient is internal: passes whatever it carries.",
)

# 005 — TUE application (DOCX) to the anti-doping organisation
_p = person("f")
_b = dob(1999, 2004)
add(
    id="athlete-005", expect="stop",
    sender=S_RIKU,
    to=["TUE受付 <tue@playtrue-jpn.or.jp>"],
    subject="TUE（治療使用特例）申請書の提出",
    charset="iso-2022-jp",
    body=f"""公益財団法人 プレイトゥルー・ジャパン
TUE委員会 御中

日の出産業株式会社 陸上競技部の井ノ口と申します。
所属選手の治療使用特例（TUE）申請書一式を添付にてお送りいたします。
主治医の診断書原本は本日簡易書留で発送しております。

ご査収のほどよろしくお願いいたします。

{SIG_RIKU}
""",
    attachments=[{
        "kind": "docx", "name": f"TUE申請書_{_p['sei']}.docx",
        "title": "治療使用特例（TUE）申請書",
        "paragraphs": ["治療使用特例（TUE）申請書", "1. 競技者情報", "", "2. 医療情報"],
        "tables": [
            [["項目", "記入欄"], ["氏名", _p["name"]], ["氏名（ローマ字）", _p["romaji"]],
             ["生年月日", jdate(_b)], ["性別", "女"], ["所属", "日の出産業株式会社 陸上競技部"],
             ["競技・種目", "陸上競技 長距離（10000m／マラソン）"]],
            [["診断名", "気管支喘息（運動誘発性気管支収縮を伴う）"],
             ["使用禁止物質", "ツロブテロール貼付剤 2mg／日"],
             ["治療期間", "2026年4月1日〜2027年3月31日"],
             ["主治医", "港未来スポーツクリニック 呼吸器内科 安曇 直人"]],
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="TUE form in a DOCX: a named athlete's date of birth and asthma diagnosis with medication, sent outside (要配慮個人情報).",
)

# 006 — whereabouts (居場所情報) workbook for five athletes
_p = people(5, rng.choice("mf"))
_home = {p["name"]: (address(), mobile()) for p in _p}
_sheets = {}
for month, days in (("10月", (3, 4, 5, 6)), ("11月", (1, 2, 3))):
    rows = [[f"居場所情報提出票（RTP）　日の出産業株式会社 陸上競技部　2026年{month}分"], [],
            ["日付", "選手名", "60分枠", "場所名", "住所", "連絡先（携帯）"]]
    for d in days:
        for p in _p:
            a, t = _home[p["name"]]
            rows.append([f"2026/{month[:-1].zfill(2)}/{d:02d}", p["name"],
                         rng.choice(["6:00-7:00", "6:30-7:30", "21:00-22:00"]), "自宅", a, t])
    _sheets[month] = rows
add(
    id="athlete-006", expect="stop",
    sender=S_RIKU,
    to=["実業団陸上連合 アンチ・ドーピング担当 戸塚 <totsuka@jitsugyodan-rikujo.or.jp>"],
    subject="RTP対象選手 居場所情報（10月・11月分）の送付",
    charset="utf-8",
    body=f"""実業団陸上連合
アンチ・ドーピング担当 戸塚様

お世話になっております。日の出産業 陸上競技部の井ノ口です。
ADAMSへの入力が間に合わない5名分について、ご指示どおり表にまとめました。
添付のExcelをご確認ください。変更があれば都度ご連絡いたします。

{SIG_RIKU}
""",
    attachments=[{"kind": "xlsx", "name": "居場所情報_2026_10-11.xlsx", "sheets": _sheets}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Whereabouts workbook: five named athletes' home addresses and mobiles, sheets with a title row above the header.",
)

# 007 — reply to the clinic about group health checks (quoted original)
add(
    id="athlete-007", expect="pass",
    sender=S_DOC,
    to=["港未来スポーツクリニック 健診センター <kenshin@minatomirai-sportsclinic.jp>"],
    subject="Re: 2026年度 メディカルチェック実施日のご相談",
    charset="iso-2022-jp",
    body=f"""港未来スポーツクリニック
健診センター 御中

いつもお世話になっております。日の出産業の嘉手納です。
日程のご提示ありがとうございます。以下でお願いできますでしょうか。

　第一希望：12月9日（火）　8:30受付開始
　第二希望：12月11日（木）　8:30受付開始
　受診人数：28名（男性18名・女性10名）
　項目　　：例年どおり（心電図・心エコー・血液・整形外科的メディカルチェック）

受診者の名簿は、日程確定後に弊社の所定の方法でお渡しします。
送迎は弊社の貸切バス1台で伺います。

{SIG_DOC}

-----Original Message-----
From: 港未来スポーツクリニック 健診センター <kenshin@minatomirai-sportsclinic.jp>
Sent: Monday, October 5, 2026 4:12 PM
To: 嘉手納 将 <kadena.sho@hinode-sangyo.co.jp>
Subject: 2026年度 メディカルチェック実施日のご相談

日の出産業株式会社 嘉手納先生

平素よりお世話になっております。
本年度のメディカルチェックにつきまして、12月の下記日程で枠をご用意できます。
12/9(火)、12/11(木)、12/16(火) いずれも午前。
ご希望日と人数をお知らせください。

港未来スポーツクリニック 健診センター 予約係
TEL 045-681-2250
""",
    entities=[], detectors=[],
    note="Scheduling a group medical check: dates and head counts only, no one identified; quoted text is the clinic's own.",
)

# 008 — look-alike of the partner hotel (digit one for the letter l)
add(
    id="athlete-008", expect="stop",
    sender=S_VB,
    to=["さくらホテル 宴会・団体予約 <dantai@sakura-hote1.jp>"],
    subject="夏季強化合宿 宿泊のご相談（日の出フェニックス）",
    charset="iso-2022-jp",
    body=f"""さくらホテル
団体予約ご担当者様

いつもお世話になっております。
日の出産業 女子バレーボール部の久留島でございます。

今年も夏季強化合宿で利用させていただきたく、仮押さえをお願いいたします。

・期間：7月28日（火）チェックイン〜8月4日（火）チェックアウト（7泊）
・人数：選手16名、スタッフ8名　計24名
・部屋：ツイン12室（うち1室は和室希望）
・その他：ミーティング用の小会議室（20名程度）を毎晩19:30〜21:00

概算のお見積りをいただけましたら幸いです。

{SIG_VB}
""",
    entities=[], detectors=["lookalike_domain"],
    note="The hotel partner is sakura-hotel.jp; sakura-hote1.jp swaps the l for a digit 1: look-alike domain.",
)

# 009 — sponsor invitation with four companies visible in To
add(
    id="athlete-009", expect="stop",
    sender=S_HEAD,
    to=["川崎電機株式会社 宣伝部 御中 <senden@kawasaki-denki.co.jp>",
        "北国フーズ株式会社 広報室 <koho@kitaguni-foods.co.jp>",
        "丸光ドリンク株式会社 マーケティング部 <mkt@marumitsu-drink.co.jp>",
        "沖波スポーツ 営業企画 <sales-plan@okinami-sports.com>"],
    subject="【ご招待】日の出サンライズ ホーム開幕戦 スポンサー観戦ツアーのご案内",
    charset="iso-2022-jp",
    body=f"""スポンサー各社 ご担当者様

平素より日の出サンライズへの格別のご支援を賜り、厚く御礼申し上げます。
日の出産業 スポーツ推進室の乙部でございます。

このたびホーム開幕戦にあわせ、スポンサー様向けの観戦ツアーを開催いたします。

　日時：11月15日（日）12:00 集合（キックオフ 14:00）
　会場：市原臨海スタジアム　VIPラウンジ
　内容：グラウンドツアー、ランチビュッフェ、試合観戦、選手との記念撮影
　定員：各社4名様まで

ご出席の可否を11月2日までにご返信いただけますと幸いです。

{SIG_HEAD}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Four external sponsor companies addressed together in To: they can all see each other; should have been Bcc.",
)

# 010 — agent: scheduling a contract-renewal meeting (name only)
_p = person("m")
add(
    id="athlete-010", expect="pass",
    sender=S_RUG,
    to=["塚原 慎也 <tsukahara@kanon-sports-mgmt.co.jp>"],
    subject=f"{_p['sei']}選手 契約更新に関する面談日程のご相談",
    charset="utf-8",
    body=f"""株式会社カノン・スポーツマネジメント
塚原様

いつもお世話になっております。日の出サンライズの鮫島です。

{_p['name']}選手の来季契約について、一度お打ち合わせの場を設けたく存じます。
下記いずれかでご都合いかがでしょうか。

  - 12月3日（水） 15:00〜16:30
  - 12月5日（金） 10:00〜11:30
  - 12月8日（月） 13:00〜14:30

場所は弊社本社（芝浦）12階の応接室を予定しております。
オンラインをご希望の場合はTeamsのURLをお送りします。

{SIG_RUG}
""",
    entities=[], detectors=[],
    note="Meeting request to one agent; the player is only named, no data about him: ordinary business mail.",
)

# 011 — salary transfer CSV (CP932) to the partner bank: kana names and accounts
_p = people(12, "m")
_rows = [["受取人名（カナ）", "銀行名", "支店名", "預金種目", "口座番号", "振込金額"]]
for p in _p:
    bank, br = rng.choice([("ミドリ", "イチハラ"), ("ミドリ", "ゴイ"), ("ボウソウシンキン", "アネサキ"),
                           ("ケイヒン", "カワサキ"), ("ミドリ", "チバ"), ("トウヨウシンクミ", "ソデガウラ")])
    _rows.append([p["kana"].replace(" ", "　"), bank, br, "普通", account(),
                  str(rng.choice([180000, 220000, 250000, 310000, 400000]))])
add(
    id="athlete-011", expect="stop",
    sender=S_KEIRI,
    to=["みどり銀行 市原支店 法人営業課 <ichihara-hojin@midori-ginko.co.jp>"],
    subject="11月分 契約選手報酬 総合振込データ送付",
    charset="cp932",
    body=f"""みどり銀行 市原支店
法人営業課 御中

いつもお世話になっております。日の出産業 経理部の羽鳥です。
ラグビー部契約選手の11月分報酬につきまして、総合振込データを添付いたします。
振込指定日は11月25日です。件数12件、合計金額は添付のとおりです。

{SIG_KEIRI}
""",
    attachments=[{"kind": "csv", "name": "202611_選手報酬振込.csv", "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="CP932 CSV with twelve people's kana names and bank accounts to the partner bank: a list of people, partner or not.",
)

# 012 — one coach's My Number to the tax accountant
_p = person("m")
_mn = new_my_number()
add(
    id="athlete-012", expect="stop",
    sender=S_JINJI,
    to=["神田税理士事務所 <office@kanda-tax.jp>"],
    subject="臨時コーチ報酬の支払調書作成について",
    charset="iso-2022-jp",
    body=f"""神田税理士事務所
担当 宍戸様

お世話になっております。日の出産業 人事部の茅野です。
昨年度、硬式野球部で臨時コーチをお願いした方の支払調書作成に必要な情報をお送りします。

　氏名：{_p['name']}（{_p['hira']}）
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　支払金額：1,080,000円（源泉徴収税額 110,268円）

本人確認書類の写しは社内で保管しております。
よろしくお願いいたします。

{SIG_JINJI}
""",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="A coach's My Number (個人番号) in the body to an external accountant: any My Number stops.",
)

# 013 — HTML-only: fan-club site update with the home-game schedule
_games = [("11/15(日)", "東洋精機レッドホークス", "市原臨海スタジアム", "14:00"),
          ("11/29(日)", "北陽建設ブルーウェーブ", "市原臨海スタジアム", "13:00"),
          ("12/13(日)", "南ガス・フレイムス", "千葉総合運動場 陸上競技場", "12:00"),
          ("1/10(土)", "東海精機ファルコンズ", "市原臨海スタジアム", "14:30"),
          ("1/24(土)", "湾岸ロジスティクス", "袖ケ浦フィールド", "13:00")]
_tr = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in _games)
add(
    id="athlete-013", expect="pass",
    sender=S_PR,
    to=["ツバサシステム 開発部 西條様 <saijo@tsubasa-system.jp>"],
    subject="ファンクラブサイト：ホームゲーム日程ページ更新のお願い",
    charset="utf-8",
    html=f"""<html><body>
<p>ツバサシステム株式会社<br>開発部 西條様</p>
<p>いつもお世話になっております。日の出産業 スポーツ推進室の蓮見です。<br>
ファンクラブサイトの「ホームゲーム日程」ページを下記の内容に差し替えをお願いいたします。<br>
公開希望日時は<b>10月30日 10:00</b>です。</p>
<table border="1" cellpadding="4">
<tr><th>日程</th><th>対戦相手</th><th>会場</th><th>キックオフ</th></tr>
{_tr}
</table>
<p>チケット販売ページへのリンク（先行販売：会員番号でログイン）も同じ日時で公開です。</p>
<p>―――――<br>日の出産業株式会社 スポーツ推進室<br>蓮見 由佳　TEL 03-5442-8134</p>
</body></html>""",
    entities=[], detectors=[],
    note="HTML-only table of fixtures and venues to the system partner: a list of events, not of people.",
)

# 014 — strategy PDF stamped 社外秘 sent to a consultant
add(
    id="athlete-014", expect="stop",
    sender=S_HEAD,
    to=["ベクター・スポーツコンサルティング 森永様 <morinaga@vector-sports-consulting.com>"],
    subject="来年度強化方針（案）のご確認のお願い",
    charset="utf-8",
    body=f"""森永様

お世話になっております。日の出産業の乙部です。
先日の打合せでお話しした来年度の強化方針の案を添付いたします。
ご意見を11月末までにいただけますと助かります。

{SIG_HEAD}
""",
    attachments=[{
        "kind": "pdf", "name": "2027年度_強化方針案_v2.pdf",
        "title": "2027年度 企業スポーツ強化方針（案）",
        "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 スポーツ推進室　社外秘",
        "lines": ["2027年度 企業スポーツ強化方針（案）", "",
                  "1. 重点強化部：ラグビー部（リーグ1部昇格）、陸上競技部（ニューイヤー駅伝入賞）",
                  "2. 強化費配分：ラグビー 52%、陸上 23%、バレー 17%、野球 8%",
                  "3. 採用方針：大学4年生を中心に即戦力6名、外国籍枠2名を維持",
                  "4. 施設：市原スポーツセンター 第2グラウンド人工芝化（2027年夏着工）",
                  "5. 地域貢献：市内小学校へのラグビー・陸上教室 年24回"],
    }],
    entities=[], detectors=["confidential_marking"],
    note="The attached PDF carries a 社外秘 stamp in its page header and footer: confidentiality marking going outside.",
)

# 015 — corrupt member sheet to the travel agency
add(
    id="athlete-015", expect="stop",
    sender=S_BB,
    to=["旅の窓トラベル 法人団体課 <dantai@tabimado-travel.co.jp>"],
    subject="九州遠征（都市対抗 二次予選）メンバー表送付",
    charset="iso-2022-jp",
    body=f"""旅の窓トラベル 法人団体課
ご担当 井筒様

お世話になっております。日の出産業 硬式野球部の大日向です。
九州遠征の航空券手配用メンバー表を添付いたします。
人数は選手25名・スタッフ7名の計32名です。ご確認ください。

{SIG_BB}
""",
    attachments=[{"kind": "corrupt", "name": "九州遠征メンバー表.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="The attached workbook is damaged and cannot be read, so its content cannot be checked.",
)

# 016 — three staff contacts for match day to the travel agency
_p = people(3, "m")
_t = [mobile() for _ in _p]
add(
    id="athlete-016", expect="pass",
    sender=S_BB,
    to=["旅の窓トラベル 法人団体課 井筒様 <izutsu@tabimado-travel.co.jp>"],
    subject="Re: 九州遠征 当日の緊急連絡先",
    charset="iso-2022-jp",
    body=f"""井筒様

お世話になっております。大日向です。
当日、空港でのチェックイン時の連絡先は下記3名になります。

　・引率責任者　{_p[0]['name']}（部長）　{_t[0]}
　・副責任者　　{_p[1]['name']}（マネージャー）　{_t[1]}
　・荷物担当　　{_p[2]['name']}（用具係）　{_t[2]}

私も同行しますので、何かあれば私の携帯でも構いません。

{SIG_BB}

> 大日向様
> 当日の緊急連絡先を3名ほどお知らせいただけますでしょうか。
> 旅の窓トラベル 井筒
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Three contact persons with mobiles, as the agency asked: under five people, may be warned but not held.",
)

# 017 — one player's passport details for a visa application
_p = person("m")
_b = dob(1997, 2002)
add(
    id="athlete-017", expect="stop",
    sender=S_RUG,
    to=["旅の窓トラベル 海外渡航課 <visa@tabimado-travel.co.jp>"],
    subject="NZ遠征 ビザ（ETA）申請用の情報",
    charset="utf-8",
    body=f"""旅の窓トラベル 海外渡航課
ご担当者様

お世話になっております。日の出サンライズの鮫島です。
先日お送りしたリストから漏れていた1名分です。申請をお願いいたします。

  氏名（ローマ字）: {_p['romaji']}
  氏名（漢字）    : {_p['name']}
  生年月日        : {ymd(_b, '-')}
  旅券番号        : {passport()}
  有効期限        : 2031-08-19
  本籍（都道府県）: 千葉県

よろしくお願いいたします。

{SIG_RUG}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="One player's passport number with date of birth to a travel agency: identity document numbers stop even for one person.",
)

# 018 — internal: rugby injury list (padded)
_p = people(6, "m")
_inj = ["右足関節捻挫", "左肩関節脱臼（術後）", "脳振盪（GRTP段階3）", "右膝内側側副靭帯損傷",
        "腰椎分離症", "左手舟状骨骨折"]
_rows = [["背番号", "氏名", "傷病名", "受傷日", "復帰見込"]]
for p, inj in zip(_p, _inj):
    _rows.append([str(rng.randint(1, 45)), p["name"], inj, f"9/{rng.randint(1, 28)}",
                  rng.choice(["10月中旬", "11月上旬", "未定", "12月"])])
add(
    id="athlete-018", expect="pass",
    sender=S_DOC,
    to=["鮫島 航平 <samejima.kohei@hinode-sangyo.co.jp>",
        "ラグビー部 コーチ陣 <rugby-coaches@hinode-sangyo.co.jp>"],
    subject="【週次】負傷者リスト 10/5時点",
    charset="iso-2022-jp",
    body=f"""鮫島さん、コーチ各位

嘉手納です。今週の負傷者リストです。

{columns(_rows)}

脳振盪の選手は段階的復帰プロトコルどおり、コンタクト練習は不可です。
以上、よろしくお願いします。

{SIG_DOC}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="Injury diagnoses of six named players, but sent only to internal addresses.",
)

# 019 — forward of a clinic's diagnosis to an agent's free-mail address
_p = person("m")
_b = dob(1998, 2002)
add(
    id="athlete-019", expect="stop",
    sender=S_RUG,
    to=["Daisuke Hirose <d.hirose.agent@gmail.com>"],
    subject=f"FW: 【診断結果のご報告】{_p['name']} 様",
    charset="utf-8",
    body=f"""広瀬さん

お世話になります。鮫島です。
クリニックからの報告、そのまま転送します。詳細は直接お話しします。

---------- Forwarded message ---------
From: 港未来スポーツクリニック 整形外科 <seikei@minatomirai-sportsclinic.jp>
Date: 2026年6月3日(水) 17:42
Subject: 【診断結果のご報告】{_p['name']} 様
To: 鮫島 航平 <samejima.kohei@hinode-sangyo.co.jp>

日の出産業株式会社 鮫島様

先日ご紹介いただいた{_p['name']}様（{jdate(_b)}生）の診断結果をご報告します。

診断名：右膝前十字靭帯断裂、外側半月板損傷
方針　：6月17日に再建術（半腱様筋腱使用）を予定
見込み：競技復帰まで術後8〜10か月

港未来スポーツクリニック 整形外科　担当医 蔵前
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="Forwarding (new text to the agent) a clinic's diagnosis of a named player to a gmail address: sensitive data of one person.",
)

# 020 — reply correcting one date of birth; the league's list is only quoted
_q = people(6, "m")
_qd = [dob(1996, 2004) for _ in _q]
_fix = _q[3]
_old, _new = _qd[3], (_qd[3][0] - 1, _qd[3][2] % 12 + 1, _qd[3][1])
_quoted = "\n".join(f"> {i:>2}  {p['name']}  {ymd(d)}" for i, (p, d) in enumerate(zip(_q, _qd), 1))
add(
    id="athlete-020", expect="pass",
    sender=S_RUG,
    to=["東日本ラグビーリーグ 登録担当 <touroku@east-rugby-league.or.jp>"],
    subject="Re: 【確認依頼】登録内容のご確認（日の出サンライズ）",
    charset="iso-2022-jp",
    body=f"""登録担当 御中

お世話になっております。鮫島です。
ご確認ありがとうございます。1点のみ訂正をお願いいたします。

　4番 {_fix['name']} 選手　生年月日
　　誤）{ymd(_old)}
　　正）{ymd(_new)}

その他は相違ございません。

{SIG_RUG}

> 日の出サンライズ 鮫島様
> 登録内容を下記のとおり受け付けました。相違がないかご確認ください。
>
> No  氏名  生年月日
{_quoted}
>
> 東日本ラグビーリーグ 事務局 登録担当
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="The six-row list is quoted from the league's own mail; the new text carries one player's date of birth only.",
)

# 021 — four employee volunteers for the fan event, full-width phones (under the threshold)
_p = people(2, "m") + people(2, "f")
_txt = "\n".join(f"・{p['name']}（{d}）　携帯：{zen(mobile())}" for p, d in
                 zip(_p, ["総務部", "営業三部", "経理部", "情報システム部"]))
add(
    id="athlete-021", expect="pass",
    sender=S_PR,
    to=["イベントワークス 現場進行 <genba@eventworks-chiba.co.jp>"],
    subject="ファン感謝デー 社員ボランティア（受付班）の連絡先",
    charset="cp932",
    body=f"""イベントワークス株式会社
現場進行ご担当 様

お世話になっております。日の出産業の蓮見です。
当日の受付班（社員ボランティア）の連絡先をお知らせします。
集合は8:00、正面ゲート脇の本部テントでお願いします。

{_txt}

受付班は以上の4名です。よろしくお願いいたします。

{SIG_PR}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Four volunteers with full-width mobile numbers: a short contact list under five people, may be warned.",
)

# 022 — look-alike of the company's own domain (co. dropped) to a colleague
_p = people(3, "m")
add(
    id="athlete-022", expect="stop",
    sender=S_BB,
    to=["仲間 涼 <nakama.ryo@hinode-sangyo.jp>"],
    subject="選手寮 入寮予定（4月）",
    charset="iso-2022-jp",
    body=f"""仲間さん

お疲れさまです。大日向です。
4月入社の新人3名の入寮予定です。寮の鍵と布団の手配をお願いします。

  {_p[0]['name']}  4/1(水) 午後
  {_p[1]['name']}  4/1(水) 午後
  {_p[2]['name']}  4/3(金) 午前（卒業式の関係）

よろしくお願いします。
大日向
""",
    entities=[], detectors=["lookalike_domain"],
    note="Meant for a colleague at hinode-sangyo.co.jp but addressed to hinode-sangyo.jp: a look-alike of the own domain.",
)

# 023 — two external organisations on a signage meeting (normal three-way mail)
add(
    id="athlete-023", expect="pass",
    sender=S_HEAD,
    to=["川崎電機株式会社 宣伝部 仙波様 <semba@kawasaki-denki.co.jp>"],
    cc=["光陽アド 制作部 門倉様 <kadokura@koyo-ad.co.jp>"],
    subject="スタジアム看板デザインの件 打合せ日程",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社 仙波様
（cc：光陽アド 門倉様）

いつもお世話になっております。日の出産業の乙部です。
来季のスタジアム看板（バックスタンド側 6m×1.2m）のデザインについて、
三者で打合せの場を持ちたく、下記日程をご提案いたします。

　① 11月10日（火）14:00〜15:00
　② 11月12日（木）10:00〜11:00

場所は弊社芝浦本社、またはオンラインでも結構です。
門倉様からはラフ案を3案ご用意いただけると伺っております。

{SIG_HEAD}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="Two external organisations (sponsor and ad agency) in To/Cc: a normal three-way meeting mail.",
)

# 024 — uniform shipping list without a name column
_rows = []
for _no in sorted(rng.sample(range(1, 31), 7)):
    _rows.append(f"{_no},{postcode()[1:]},{address()},{mobile()}")
add(
    id="athlete-024", expect="stop",
    sender=S_VB,
    to=["ストライドウェア 受注センター <juchu@stride-wear.co.jp>"],
    subject="練習着 個別発送先（オフ期間中）",
    charset="utf-8",
    body=f"""ストライドウェア株式会社
受注センター 御中

お世話になっております。日の出産業 女子バレーボール部の久留島です。
オフ期間中のため、練習着（注文番号 SW-88213）は各選手の自宅へ個別に発送をお願いします。
背番号ごとのサイズは先日の注文書のとおりです。

背番号,郵便番号,住所,電話
{chr(10).join(_rows)}

送料は別途ご請求ください。

{SIG_VB}
""",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Seven players' home addresses and phones keyed by shirt number, no name column: still a list of people.",
)

# 025 — three private winners (all gmail) visible to each other
add(
    id="athlete-025", expect="stop",
    sender=S_PR,
    to=["kanae.mizobe77@gmail.com", "tsuyoshi.h.1988@gmail.com", "sunrise.fan.yuri@gmail.com"],
    subject="【当選のお知らせ】選手とのランチ交流会",
    charset="iso-2022-jp",
    body=f"""ファンクラブ会員の皆さま

このたびは「選手とのランチ交流会」にご応募いただき、ありがとうございました。
厳正なる抽選の結果、ご当選されましたのでお知らせいたします。

　日時：12月6日（土）11:30〜13:30
　場所：市原スポーツセンター クラブハウス2F
　持ち物：会員証（アプリ画面可）

ご参加の可否を11月25日までに本メールへの返信でお知らせください。

日の出サンライズ ファンクラブ事務局
{SIG_PR}
""",
    entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="Three private fans in To see each other's addresses (each counts as a party even on the same free-mail domain): should have been Bcc.",
)

# 026 — reply to one fan on free mail; the fan's own details are only quoted
_f = person("f")
add(
    id="athlete-026", expect="pass",
    sender=S_PR,
    to=[f"{_f['name']} <{_f['roma_mei'].lower()}_{_f['roma_sei'].lower()}@yahoo.co.jp>"],
    subject="Re: ファン感謝デーの車椅子での来場について",
    charset="iso-2022-jp",
    body=f"""{_f['sei']}様

お問い合わせいただきありがとうございます。
日の出サンライズ ファンクラブ事務局の蓮見でございます。

ファン感謝デー当日は、正面ゲート横に優先入場口を設けております。
スタッフがご案内いたしますので、到着されましたらお声がけください。
駐車場も正面ゲートに近い区画をご用意いたします（事前予約は不要です）。

ご来場を選手一同お待ちしております。

{SIG_PR}

差出人: {_f['name']}
送信日時: 2026年10月20日 21:14
宛先: sunrise-fan@hinode-sangyo.co.jp
件名: ファン感謝デーの車椅子での来場について

はじめまして。会員番号 0048812 の{_f['name']}です。
母が車椅子を使っているのですが、当日は入場できますでしょうか。
連絡先：{mobile()}
""",
    entities=[], detectors=["freemail_recipient"],
    note="Reply to one fan on free mail; the fan's own details sit in the quoted original, which the recipient wrote.",
)

# 027 — health-insurance card number plus the injury, to the hospital
_p = person("f")
_b = dob(1998, 2004)
add(
    id="athlete-027", expect="stop",
    sender=S_VB,
    to=["光洋台病院 整形外科外来 予約係 <yoyaku-seikei@koyodai-hosp.or.jp>"],
    subject="受診予約のお願い（日の出産業 女子バレーボール部）",
    charset="cp932",
    body=f"""光洋台病院 整形外科外来
予約係 御中

いつもお世話になっております。日の出産業 女子バレーボール部 トレーナーの久留島です。
下記選手の受診予約をお願いできますでしょうか。

■ 氏名　　：{_p['name']}（{_p['kana']}）
■ 生年月日：{jdate(_b)}
■ 保険証　：日の出産業健康保険組合　記号 {rng.randint(10, 99)}{rng.randint(100, 999)}　番号 {rng.randint(1, 300)}
■ 症状　　：10/18 練習中のブロック着地で右足関節を内反、腫脹あり。前距腓靭帯損傷の疑い
■ 希望日時：10/20（月）午前、もしくは10/21（火）午前

初診のため紹介状をお持ちします。よろしくお願いいたします。

{SIG_VB}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named player's health-insurance card symbol and number, date of birth and injury go to a hospital.",
)

# 028 — V-League roster workbook: roster sheet + emergency contacts sheet
_p = people(14, "f")
_r1 = [["2026-27 Vリーグ女子 選手登録名簿　チーム名：日の出フェニックス"],
       ["No", "氏名", "ふりがな", "生年月日", "身長(cm)", "最高到達点(cm)", "出身校"]]
_r2 = [["緊急連絡先一覧（保護者等）"], ["No", "選手名", "連絡先氏名", "続柄", "電話番号"]]
_schools = ["私立鶴見台高校", "県立南港高校", "東都体育大学", "関西学芸大学", "北星女子短大",
            "誠和高校", "湘央大学", "早稲野大学"]
for i, p in enumerate(_p, 1):
    _r1.append([i, p["name"], p["hira"], ymd(dob(1996, 2007)), rng.randint(162, 190),
                rng.randint(285, 315), rng.choice(_schools)])
    _r2.append([i, p["name"], f"{p['sei']} {rng.choice(['正人', '和子', '浩一', '由美子', '哲也', '恵美'])}",
                rng.choice(["父", "母", "母", "父", "兄"]), mobile()])
add(
    id="athlete-028", expect="stop",
    sender=S_VB,
    to=["Vリーグ女子 事務局 登録係 <entry@vleague-w.or.jp>"],
    subject="【日の出フェニックス】2026-27 選手登録名簿の提出",
    charset="iso-2022-jp",
    body=f"""Vリーグ女子 事務局
登録係 御中

お世話になっております。
日の出フェニックス（日の出産業株式会社）の久留島です。

2026-27シーズンの選手登録名簿を提出いたします。
2枚目のシートに緊急連絡先をまとめております。

{SIG_VB}
""",
    attachments=[{"kind": "xlsx", "name": "選手登録名簿_日の出フェニックス.xlsx",
                  "sheets": {"選手名簿": _r1, "緊急連絡先": _r2}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Workbook of fourteen players with dates of birth, plus a sheet of family emergency phones: list of people.",
)

# 029 — hotel list for away games (businesses only)
_hotels = [("ホテル博多ステーションイン", "福岡県福岡市博多区博多駅前2-11-3", "092-473-5510"),
           ("鹿児島中央パークホテル", "鹿児島県鹿児島市中央町18-2", "099-251-8800"),
           ("ホテル瑞穂グランデ", "愛知県名古屋市瑞穂区瑞穂通3-21", "052-851-3300"),
           ("ホテルリバーサイド堺", "大阪府堺市北区中百舌鳥町2-104", "072-240-1177"),
           ("札幌月寒ビジネスホテル", "北海道札幌市豊平区月寒東1条4-2", "011-851-9020"),
           ("仙台国分町ホテル", "宮城県仙台市青葉区国分町2-6-8", "022-262-7400"),
           ("松本アルプスイン", "長野県松本市深志1-3-21", "0263-33-1011"),
           ("那覇首里ガーデンホテル", "沖縄県那覇市首里当蔵町1-9", "098-884-2200"),
           ("ホテル浦和ロイヤル", "埼玉県さいたま市浦和区高砂2-5-1", "048-822-6161"),
           ("川崎小杉タワーホテル", "神奈川県川崎市中原区小杉町3-420", "044-711-0808")]
add(
    id="athlete-029", expect="pass",
    sender=S_RIKU,
    to=["旅の窓トラベル 法人団体課 <dantai@tabimado-travel.co.jp>"],
    subject="来季 ロードレース遠征の宿泊候補（10施設）",
    charset="utf-8",
    body=f"""旅の窓トラベル 法人団体課 御中

お世話になっております。日の出産業 陸上競技部の井ノ口です。
来季の遠征で利用を検討している宿泊施設です。各施設の空室と団体料金の確認をお願いします。

{columns([["施設名", "所在地", "代表電話"]] + [list(x) for x in _hotels])}

いずれも会場から車で20分圏内です。

{SIG_RIKU}
""",
    entities=[], detectors=[],
    note="Ten hotels with addresses and switchboard numbers: a list of businesses, not people.",
)

# 030 — password ZIP of medical records to the team doctor's hospital
_p = person("m")
add(
    id="athlete-030", expect="stop",
    sender=S_DOC,
    to=["光洋台病院 スポーツ整形外科 冴島先生 <saejima@koyodai-hosp.or.jp>"],
    subject="紹介状および画像所見の送付",
    charset="iso-2022-jp",
    body=f"""光洋台病院 スポーツ整形外科
冴島先生

いつもお世話になっております。日の出産業 健康管理センターの嘉手納です。
先日お電話でご相談した選手の紹介状と画像所見を、パスワード付きZIPでお送りします。
パスワードは別途お送りいたします。

{SIG_DOC}
""",
    attachments=[{"kind": "zip", "name": "紹介状_20261022.zip", "password": "Kd7#rX2q",
                  "files": [{"kind": "pdf", "name": "紹介状.pdf",
                             "lines": ["診療情報提供書", f"患者氏名：{_p['name']}",
                                       "傷病名：第5中足骨疲労骨折（ジョーンズ骨折）"]}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="Encrypted (password) ZIP: its content cannot be inspected.",
)

# 031 — the password follow-up mail
add(
    id="athlete-031", expect="pass",
    sender=S_DOC,
    to=["光洋台病院 スポーツ整形外科 冴島先生 <saejima@koyodai-hosp.or.jp>"],
    subject="【パスワード】紹介状および画像所見の送付",
    charset="iso-2022-jp",
    body=f"""冴島先生

先ほどお送りしたファイルのパスワードをお知らせします。

　パスワード：Kd7#rX2q

よろしくお願いいたします。
嘉手納
""",
    entities=[], detectors=[],
    note="A password on its own, no attachment and no personal data.",
)

# 032 — 【社外秘】 transfer-negotiation status to the law firm partner
_p = people(3, "m")
add(
    id="athlete-032", expect="stop",
    sender=S_HEAD,
    to=["白川法律事務所 弁護士 久我 様 <kuga@shirakawa-law.jp>"],
    subject="【社外秘】移籍交渉の進捗について",
    charset="iso-2022-jp",
    body=f"""【社外秘】

白川法律事務所
久我先生

いつもお世話になっております。日の出産業の乙部です。
現在進行中の移籍交渉3件の状況を共有いたします。

1. {_p[0]['name']}（獲得）　先方クラブと移籍金の条件で合意間近。契約書ドラフトのご確認をお願いしたい。
2. {_p[1]['name']}（放出）　代理人から条項12条（違約金）の削除要望あり。ご見解をお伺いしたい。
3. {_p[2]['name']}（獲得）　海外クラブとの交渉のため、英文契約の雛形をご相談したい。

来週中に30分ほどお時間をいただけますでしょうか。

{SIG_HEAD}
""",
    entities=[], detectors=["confidential_marking"],
    note="The mail itself is stamped 【社外秘】 in subject and body and goes to an external firm.",
)

# 033 — NDA draft to a data company (about an NDA, no marking)
add(
    id="athlete-033", expect="pass",
    sender=S_RUG,
    to=["プレイメトリクス・ラボ 法務 辻井様 <tsujii@playmetrics-lab.co.jp>"],
    subject="秘密保持契約書（NDA）ドラフトの送付",
    charset="utf-8",
    body=f"""株式会社プレイメトリクス・ラボ
法務ご担当 辻井様

お世話になっております。日の出サンライズの鮫島です。
GPSトラッキングデータの分析委託に先立ち、秘密保持契約書のドラフトをお送りします。
弊社法務の確認済みの版です。修正がございましたら変更履歴でお戻しください。

機密保持の範囲は、第1条の定義のとおり「開示の際に秘密である旨を明示した情報」としております。

{SIG_RUG}
{DISC_JP}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ドラフト_v1.docx",
                  "paragraphs": ["秘密保持契約書", "",
                                 "日の出産業株式会社（以下「甲」という。）と株式会社プレイメトリクス・ラボ（以下「乙」という。）は、"
                                 "甲の選手のトラッキングデータ分析業務に関し、以下のとおり秘密保持契約を締結する。",
                                 "第1条（秘密情報の定義）本契約において秘密情報とは、開示の際に秘密である旨を明示した情報をいう。",
                                 "第2条（目的外使用の禁止）乙は、秘密情報を本業務の目的以外に使用してはならない。",
                                 "第3条（第三者への開示の禁止）乙は、甲の事前の書面による承諾なく第三者に開示してはならない。",
                                 "第4条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    entities=[], detectors=[],
    note="Mail about an NDA with the draft attached: talking about confidentiality, no classification stamp.",
)

# 034 — HTML-only table: training-camp whereabouts of six runners
_p = people(6, "m")
_tr = "\n".join(
    f"<tr><td>{p['name']}</td><td>{ymd(dob(1997, 2005))}</td><td>{rng.choice(['ホテル松本アルプスイン', '菅平高原ロッジ'])}</td>"
    f"<td>{rng.choice(['6:00-7:00', '20:00-21:00'])}</td><td>{mobile()}</td></tr>" for p in _p)
add(
    id="athlete-034", expect="stop",
    sender=S_RIKU,
    to=["プレイトゥルー・ジャパン 検査調整課 <testing@playtrue-jpn.or.jp>"],
    subject="高地合宿期間中の所在について（日の出産業 陸上競技部 男子）",
    charset="utf-8",
    html=f"""<html><body>
<p>プレイトゥルー・ジャパン<br>検査調整課 御中</p>
<p>日の出産業 陸上競技部の井ノ口です。<br>
11月8日〜22日の長野県での高地合宿期間中、下記選手の所在は以下のとおりです。</p>
<table border="1" cellspacing="0">
<tr><th>選手名</th><th>生年月日</th><th>宿泊先</th><th>60分枠</th><th>携帯</th></tr>
{_tr}
</table>
<p>井ノ口 沙耶<br>日の出産業株式会社 陸上競技部 TEL 0436-21-7780</p>
</body></html>""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table of six named runners with dates of birth and mobiles: a list of people.",
)

# 035 — a player's arrest reported to the league's disciplinary committee
_p = person("m")
add(
    id="athlete-035", expect="stop",
    sender=S_HEAD,
    to=["東日本ラグビーリーグ 規律委員会 <kiritsu@east-rugby-league.or.jp>"],
    subject="所属選手の不祥事に関するご報告（第一報）",
    charset="iso-2022-jp",
    body=f"""東日本ラグビーリーグ
規律委員会 委員長 殿

日の出産業株式会社 スポーツ推進室の乙部でございます。
誠に遺憾ながら、当部所属選手の不祥事についてご報告申し上げます。

当部所属の{_p['name']}選手（フォワード）が、10月24日未明、
千葉県市原市内において酒気帯び運転の疑いで市原警察署に逮捕されました。
本人は容疑を認めており、現在も勾留中です。

当社としては同日付で無期限の活動停止処分としております。
詳細が判明次第、第二報をお送りいたします。

{SIG_HEAD}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named player's arrest (犯罪の経歴・逮捕, 要配慮個人情報) reported to an external body.",
)

# 036 — internal: collecting My Numbers of baseball players for tax slips
_p = people(8, "m")
_lines = []
for p in _p:
    mn = new_my_number()
    _lines.append(f"{p['name']}, {mn}, {p['kana']}")
add(
    id="athlete-036", expect="pass",
    sender=S_BB,
    to=["茅野 昌平 <chino.shohei@hinode-sangyo.co.jp>"],
    subject="嘱託選手 個人番号（回収分）",
    charset="utf-8",
    body=f"""茅野さん

お疲れさまです。大日向です。
嘱託契約の選手8名分の個人番号、回収できましたのでお送りします。
（本人確認書類は原本確認済み、コピーは総務の金庫です）

氏名, 個人番号, フリガナ
{chr(10).join(_lines)}

確認後このメールは削除します。
大日向
""",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="Eight My Numbers, but mailed between two colleagues inside the company only.",
)

# 037 — English: a player's medical report to an overseas club
_p = person("m")
_b = dob(1996, 2001)
add(
    id="athlete-037", expect="stop",
    sender=S_RUG_EN,
    to=["Gareth Lloyd <g.lloyd@canterbury-harriers.co.nz>"],
    subject=f"Medical summary - {_p['romaji']} (loan enquiry)",
    charset="utf-8",
    body=f"""Dear Gareth,

Thanks for your call yesterday. As requested, here is a short medical summary for
{_p['romaji']} (DOB {_b[2]:02d}/{_b[1]:02d}/{_b[0]}) ahead of the proposed loan.

- March 2026: MRI showed a grade 2 tear of the left medial collateral ligament; managed
  conservatively, returned to full contact after 7 weeks.
- History of two concussions (2023, 2025), both cleared under the graduated return-to-play
  protocol with no ongoing symptoms.
- Currently fully fit; last screening on 2 October with no restrictions.

Our team doctor, Dr Kadena, is happy to speak with your medical staff directly.

Kind regards,
{SIG_RUG_EN}
{DISC_EN}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English medical history (ligament tear, concussions) of a named player with birth date to a foreign club.",
)

# 038 — English: a foreign player's residence card for a visa renewal
add(
    id="athlete-038", expect="stop",
    sender=S_RUG_EN,
    to=["Mele Fonua <mele@pacific-athletes.com>"],
    subject="Re: Tevita - visa renewal paperwork",
    charset="utf-8",
    body=f"""Hi Mele,

Sorry for the slow reply. Here are the details you asked for so your office can prepare
the renewal application for Tevita:

  Full name:            Tevita Halaholo FIFITA
  Date of birth:        1998-03-14
  Residence card no.:   {residence_card()}
  Status of residence:  Designated Activities (professional athlete)
  Card expiry:          2027-01-31

The original card stays with him; we can bring it to the immigration office on the day.

Cheers,
{SIG_RUG_EN}

> Kohei, could you send me Tevita's residence card details and DOB
> so we can start the renewal? Thanks, Mele
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="A foreign player's residence card number and date of birth to an external agent: identity document number.",
)

# 039 — English: scouting visit schedule with one agent
add(
    id="athlete-039", expect="pass",
    sender=S_RUG_EN,
    to=["Mele Fonua <mele@pacific-athletes.com>"],
    subject="Scouting trip to Auckland - schedule",
    charset="utf-8",
    body=f"""Hi Mele,

Our head coach and I will be in Auckland from 2 to 6 February. Could we see the
players you mentioned during that window? Rough plan from our side:

  Mon 2 Feb   arrive AKL 07:40 (NZ90), afternoon free
  Tue 3 Feb   club training sessions (your suggestion)
  Wed 4 Feb   meetings at your office, 10:00-16:00
  Thu 5 Feb   pre-season friendly, North Harbour
  Fri 6 Feb   depart 09:55

No need to send any player files in advance; we will talk through them in person.

Best,
{SIG_RUG_EN}
""",
    entities=[], detectors=[],
    note="Travel schedule for a scouting trip to one agent: no personal data.",
)

# 040 — ekiden entry: kana names with 和暦 dates of birth, plain text
_p = people(7, "m")
_styles = ["kanji", "abbr", "kanji", "abbr", "zen", "kanji", "abbr"]
_rows = [["区間", "氏名（カナ）", "生年月日", "登録番号"]]
for i, (p, st) in enumerate(zip(_p, _styles), 1):
    _rows.append([f"{i}区", p["kana"], wareki(dob(1996, 2006), st), f"JR-{rng.randint(100000, 999999)}"])
add(
    id="athlete-040", expect="stop",
    sender=S_RIKU,
    to=["関東実業団駅伝 実行委員会 <entry@ekiden-kanto.or.jp>"],
    subject="東日本実業団駅伝 エントリー（日の出産業）",
    charset="iso-2022-jp",
    body=f"""関東実業団駅伝 実行委員会 御中

日の出産業株式会社 陸上競技部です。
標記大会のエントリーを下記のとおり提出いたします。補欠は後日お送りします。

{columns(_rows, rule='=')}

監督：宮路 和夫　／　マネージャー：井ノ口 沙耶

{SIG_RIKU}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="Seven runners in katakana with 和暦 dates of birth (平成…, H12.3.4): a list of people.",
)

# 041 — internal: PPTX to the executives with the players' injury status
_p = people(4, "m")
add(
    id="athlete-041", expect="pass",
    sender=S_HEAD,
    to=["経営会議 事務局 <keiei-kaigi@hinode-sangyo.co.jp>"],
    cc=["嘉手納 将 <kadena.sho@hinode-sangyo.co.jp>"],
    subject="11月経営会議資料：企業スポーツ活動報告",
    charset="iso-2022-jp",
    body=f"""経営会議事務局 各位

乙部です。11月経営会議の報告資料を添付します。
5枚目に主力選手の負傷状況を入れています。社内限りでお願いします。

{SIG_HEAD}
""",
    attachments=[{"kind": "pptx", "name": "経営会議_企業スポーツ報告_202611.pptx",
                  "slides": [["企業スポーツ活動報告", "2026年11月 スポーツ推進室"],
                             ["ラグビー部", "リーグ戦 3勝1敗（2位）", "観客動員 平均 4,820人"],
                             ["陸上競技部", "東日本実業団駅伝 6位（本戦出場権獲得）"],
                             ["女子バレーボール部", "V2リーグ 開幕2連勝"],
                             ["主力選手の負傷状況",
                              f"{_p[0]['name']}：右肩関節唇損傷　手術済　復帰見込み 3月",
                              f"{_p[1]['name']}：脳振盪　段階的復帰中",
                              f"{_p[2]['name']}：左アキレス腱周囲炎　練習制限",
                              f"{_p[3]['name']}：腰椎椎間板ヘルニア　保存療法"]]}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="Named players' diagnoses in slides, but the mail only goes to internal addresses.",
)

# 042 — PPTX season report to a sponsor (no personal data)
add(
    id="athlete-042", expect="pass",
    sender=S_HEAD,
    to=["北国フーズ株式会社 広報室 鶴見様 <tsurumi@kitaguni-foods.co.jp>"],
    subject="2026シーズン スポンサー活動報告書の送付",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
広報室 鶴見様

いつも日の出サンライズへのご支援をありがとうございます。
今シーズンのスポンサー活動報告書をお送りいたします。
露出実績とファンイベントでのサンプリング数をまとめております。

{SIG_HEAD}
""",
    attachments=[{"kind": "pptx", "name": "スポンサー活動報告_北国フーズ様.pptx",
                  "slides": [["2026シーズン スポンサー活動報告", "北国フーズ株式会社 様"],
                             ["露出実績", "ユニフォーム袖ロゴ：TV中継 6試合、延べ視聴 182万人",
                              "スタジアムLED：ホーム7試合 × 90秒"],
                             ["ファンイベント", "ファン感謝デー来場 6,300人",
                              "プロテインバー サンプリング 4,000本配布"],
                             ["来季に向けて", "ハーフタイムイベントの共同企画をご提案"]]}],
    entities=[], detectors=[],
    note="Sponsor report with audience and sampling figures: no person's data.",
)

# 043 — PDF of blood-test results of seven runners to the nutrition partner
_p = people(7, "f")
_tab = [["氏名", "Hb", "フェリチン", "ビタミンD", "所見"]]
for p in _p:
    _tab.append([p["name"], f"{rng.uniform(10.5, 13.8):.1f}", str(rng.randint(6, 45)),
                 str(rng.randint(12, 35)), rng.choice(["鉄欠乏性貧血", "潜在性鉄欠乏", "異常なし",
                                                      "ビタミンD不足", "鉄欠乏性貧血（治療中）"])])
add(
    id="athlete-043", expect="stop",
    sender=S_RIKU,
    to=["北国フーズ株式会社 スポーツ栄養事業部 管理栄養士 大庭様 <ohba@kitaguni-foods.co.jp>"],
    subject="合宿食の献立ご相談：血液検査結果の共有",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
スポーツ栄養事業部 大庭様

お世話になっております。日の出産業 陸上競技部の井ノ口です。
12月合宿の献立について、監督からの依頼で女子選手の直近の血液検査結果を共有いたします。
鉄分強化のメニュー構成をご検討いただけますでしょうか。

{SIG_RIKU}
""",
    attachments=[{"kind": "pdf", "name": "女子長距離_血液検査_202610.pdf",
                  "lines": ["女子長距離 血液検査結果（2026年10月6日採血）", ""], "table": _tab}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of seven named runners' blood-test results and diagnoses to a partner: health data of a list of people.",
)

# 044 — camp menu with aggregated allergy counts (nobody identified)
add(
    id="athlete-044", expect="pass",
    sender=S_RIKU,
    to=["北国フーズ株式会社 スポーツ栄養事業部 大庭様 <ohba@kitaguni-foods.co.jp>"],
    subject="Re: 合宿食の献立（第2案）について",
    charset="utf-8",
    body=f"""大庭様

第2案ありがとうございました。監督とも確認し、基本はこちらで進めたいと思います。
いくつか変更をお願いします。

  ・朝食のご飯を1人あたり250g→300gに（男子のみ、14名分）
  ・除去食：卵 2食、乳 1食（前回と同じ内容で、個別にラベルをお願いします）
  ・最終日の昼は補食（おにぎり・バナナ）に変更

合計食数は 朝 26 / 昼 26 / 夕 26 × 10日 のままです。

{SIG_RIKU}

> 井ノ口様
> 合宿食の第2案をお送りします。除去食の数は前回と同じでよろしいでしょうか。
> 北国フーズ 大庭
""",
    entities=[], detectors=[],
    note="Meal counts and allergen-free portions in aggregate: nobody is identified.",
)

# 045 — allergy list of four named players to the partner hotel
_p = people(4, "f")
_al = ["そば（アナフィラキシー歴あり、エピペン携帯）", "甲殻類（えび・かに）", "乳製品（乳糖不耐症）", "キウイ・メロン"]
add(
    id="athlete-045", expect="stop",
    sender=S_VB,
    to=["さくらホテル 料飲部 <fb@sakura-hotel.jp>"],
    subject="合宿期間中のお食事：アレルギー対応のお願い",
    charset="iso-2022-jp",
    body=f"""さくらホテル 料飲部 御中

お世話になっております。日の出産業 女子バレーボール部の久留島です。
7/28からの合宿について、以下の選手の食物アレルギー対応をお願いいたします。

{chr(10).join(f'◆ {p["name"]}　{a}' for p, a in zip(_p, _al))}

特に1人目の選手は重篤な反応が出たことがありますので、調理器具の共用にもご配慮ください。

{SIG_VB}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Only four people, but each named with a food allergy / anaphylaxis history (health information): sensitive data stops.",
)

# 046 — corporate card number to a venue
_c = new_card()
add(
    id="athlete-046", expect="stop",
    sender=S_PR,
    to=["アリーナ常盤 予約センター <reserve@arena-tokiwa.co.jp>"],
    subject="サブアリーナ利用料のカード決済について",
    charset="cp932",
    body=f"""アリーナ常盤 予約センター 御中

お世話になっております。日の出産業 スポーツ推進室の蓮見です。
12/20のファンミーティング会場（サブアリーナ）利用料の決済について、
お電話でご案内いただいたとおり、法人カードの情報をお送りします。

　カード番号：{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}
　有効期限　：09/29
　名義　　　：HINODE SANGYO CO LTD

決済金額：385,000円（税込）
ご確認のほどよろしくお願いいたします。

{SIG_PR}
""",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="A credit card number in the body to an external venue: any card number stops.",
)

# 047 — internal subdomain: passport list for the overseas camp
_p = people(5, "m")
_rows = [["氏名", "ローマ字", "生年月日", "旅券番号", "有効期限"]]
for p in _p:
    _rows.append([p["name"], p["romaji"], ymd(dob(1996, 2004), "."), passport(), f"20{rng.randint(28, 35)}.{rng.randint(1, 12):02d}"])
add(
    id="athlete-047", expect="pass",
    sender=S_RUG,
    to=["ラグビー部 運営 <rugby-ops@mail.hinode-sangyo.co.jp>"],
    subject="豪州合宿 旅券情報（第1陣）",
    charset="utf-8",
    body=f"""運営チーム各位

鮫島です。豪州合宿第1陣5名の旅券情報です。航空券の名前表記チェックに使ってください。

{columns(_rows)}

残りは来週まとめます。
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=[],
    note="Passport list of five players, sent to an address on the company's own mail subdomain: internal.",
)

# 048 — look-alike of the partner law firm (.co.jp instead of .jp)
add(
    id="athlete-048", expect="stop",
    sender=S_HEAD,
    to=["久我 弁護士 <kuga@shirakawa-law.co.jp>"],
    subject="移籍契約書ドラフトのリーガルチェックのお願い",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
久我先生

お世話になっております。日の出産業の乙部です。
先日ご相談した移籍契約書のドラフトにつきまして、リーガルチェックをお願いいたします。
特に第8条（移籍金の分割支払）と第14条（準拠法）についてご意見をいただきたく存じます。

ドラフトは別途、事務所の共有フォルダにアップロードいたします。

{SIG_HEAD}
""",
    entities=[], detectors=["lookalike_domain"],
    note="The partner law firm is shirakawa-law.jp; shirakawa-law.co.jp is a look-alike (other TLD).",
)

# 049 — press kit roster to a sports newspaper (public profiles): either
_p = people(15, "m")
_rows = [["背番号", "氏名", "ポジション", "生年月日", "身長", "体重", "出身地", "出身校"]]
for i, p in enumerate(_p, 1):
    _rows.append([str(i), p["name"], rng.choice(["PR", "HO", "LO", "FL", "No8", "SH", "SO", "CTB", "WTB", "FB"]),
                  ymd(dob(1994, 2004)), str(rng.randint(170, 195)), str(rng.randint(78, 125)),
                  rng.choice(["千葉県", "福岡県", "大阪府", "北海道", "東京都", "熊本県"]),
                  rng.choice(["東都体育大", "関西学芸大", "湘央大", "明和大", "帝陵大"])])
add(
    id="athlete-049", expect="either",
    sender=S_PR,
    to=["関東スポーツ新聞 運動部 ラグビー担当 <rugby@kanto-sports-shimbun.co.jp>"],
    subject="日の出サンライズ 2026-27 メンバー表（プレスキット）",
    charset="utf-8",
    body=f"""関東スポーツ新聞 運動部
ラグビーご担当 様

いつもお世話になっております。日の出産業 スポーツ推進室 広報の蓮見です。
開幕戦に向けたプレスキット用のメンバー表をお送りします。
公式サイトで公開済みのプロフィールと同じ内容です。

{columns(_rows)}

{SIG_PR}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="Fifteen players with dates of birth: a list of people by rule 1, yet a press kit of profiles already published: either.",
)

# 050 — UTF-8 CSV of 30 fan-event winners to the venue
_rows = [["当選番号", "氏名", "メールアドレス", "電話番号", "同伴者数"]]
_free = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "outlook.jp"]
for i in range(30):
    p = person(rng.choice("mf"))
    _rows.append([f"FM-{1001 + i}", p["name"], f"{p['mail_local']}{rng.randint(1, 99)}@{rng.choice(_free)}",
                  mobile(), str(rng.randint(0, 3))])
add(
    id="athlete-050", expect="stop",
    sender=S_PR,
    to=["アリーナ常盤 イベント運営課 <event@arena-tokiwa.co.jp>"],
    subject="ファンミーティング 当選者リスト（受付用）",
    charset="utf-8",
    body=f"""アリーナ常盤
イベント運営課 御中

お世話になっております。日の出産業の蓮見です。
12/20ファンミーティングの当選者リストを添付します。当日の受付照合にご利用ください。

{SIG_PR}
""",
    attachments=[{"kind": "csv", "name": "fanmeeting_20261220_winners.csv", "encoding": "utf-8",
                  "rows": _rows}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="UTF-8 CSV of thirty fans with e-mail addresses and phones to the venue: a list of people.",
)

# 051 — accessibility counts for the venue (aggregate, nobody identified)
add(
    id="athlete-051", expect="pass",
    sender=S_PR,
    to=["寿市 総合体育館 管理事務所 <taiikukan@city.kotobuki.lg.jp>"],
    subject="バレーボール教室（12/13）参加者数と配慮事項",
    charset="iso-2022-jp",
    body=f"""寿市総合体育館 管理事務所 御中

お世話になっております。日の出産業 スポーツ推進室の蓮見です。
12/13（日）の「日の出フェニックス バレーボール教室」の参加者数が確定しました。

　参加者：小学生 84名、保護者 約60名
　車椅子でご来場の方：3名（観覧席の車椅子スペースを3台分お願いします）
　手話通訳：1名手配済み（弊社手配）

当日は8:30から設営に入らせていただきます。

{SIG_PR}
""",
    entities=[], detectors=[],
    note="Head counts, including wheelchair users in aggregate, to a city facility: no one identifiable.",
)

# 052 — one fan's disability certificate grade to the venue
_f = person("f")
add(
    id="athlete-052", expect="stop",
    sender=S_PR,
    to=["アリーナ常盤 イベント運営課 <event@arena-tokiwa.co.jp>"],
    subject="ファンミーティング：車椅子席のご相談（1名様）",
    charset="utf-8",
    body=f"""アリーナ常盤
イベント運営課 ご担当者様

お世話になっております。日の出産業の蓮見です。
当選者のうち1名様から介助のご相談がありましたので、ご対応をお願いします。

 当選番号 FM-1017　{_f['name']}様（{_f['kana']}）
 身体障害者手帳1級（頸髄損傷による四肢麻痺）、電動車椅子でご来場
 介助者1名同伴、当日連絡先 {mobile()}

エレベーターに近い車椅子スペースの確保をお願いできますでしょうか。

{SIG_PR}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="A named fan's disability grade and condition (要配慮個人情報) to a venue: one person is enough.",
)

# 053 — forwarded .eml of the federation's registration confirmation to an agent
_p = people(6, "m")
_inner = "\n".join(f"  {p['name']:<8}  登録番号 {rng.randint(10000000, 99999999)}  生年月日 {ymd(dob(1997, 2004))}"
                   for p in _p)
add(
    id="athlete-053", expect="stop",
    sender=S_BB,
    to=["株式会社アスリートブリッジ 野球部門 岸部様 <kishibe@athlete-bridge.com>"],
    subject="FW: 選手登録受理のお知らせ",
    charset="iso-2022-jp",
    body=f"""岸部様

お世話になっております。大日向です。
連盟からの登録受理の通知を添付で転送いたします。
貴社所属の2名も含め、登録が完了しております。

{SIG_BB}
""",
    attachments=[{"kind": "eml", "name": "選手登録受理のお知らせ.eml", "message": {
        "sender": "社会人野球連盟 登録課 <toroku@shakaijin-yakyu.or.jp>",
        "to": ["大日向 徹 <ohinata.toru@hinode-sangyo.co.jp>"],
        "subject": "選手登録受理のお知らせ",
        "charset": "iso-2022-jp",
        "body": f"""日の出産業株式会社 硬式野球部 御中

下記選手の登録を受理しましたのでお知らせします。

{_inner}

社会人野球連盟 登録課
""",
    }}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="Forwarded .eml attachment listing six players with registration numbers and dates of birth: new text to the agent.",
)

# 054 — reply to the clinic; the diagnosis is only in the quoted original
_p = person("m")
add(
    id="athlete-054", expect="pass",
    sender=S_RUG,
    to=["港未来スポーツクリニック 整形外科 蔵前先生 <kuramae@minatomirai-sportsclinic.jp>"],
    subject="Re: 術後経過のご報告",
    charset="iso-2022-jp",
    body=f"""蔵前先生

ご報告ありがとうございます。鮫島です。
次回の診察は11月11日（火）14時で承知しました。当日は私が付き添います。
引き続きよろしくお願いいたします。

{SIG_RUG}

-----Original Message-----
From: 蔵前 <kuramae@minatomirai-sportsclinic.jp>
Sent: Friday, October 30, 2026 6:05 PM
To: 鮫島 航平 <samejima.kohei@hinode-sangyo.co.jp>
Subject: 術後経過のご報告

日の出産業 鮫島様

{_p['name']}様の右膝前十字靭帯再建術後4か月の経過をご報告します。
可動域は良好、筋力は健側比75%です。ジョギングは継続可、
カッティング動作は次回診察（11/11 14:00）で判断します。

港未来スポーツクリニック 整形外科 蔵前
""",
    entities=[], detectors=[],
    note="The diagnosis sits only in the clinic's own quoted mail; the new text is a scheduling reply.",
)

# 055 — reply to an agent with new diagnosis text
_p = person("m")
add(
    id="athlete-055", expect="stop",
    sender=S_BB,
    to=["岸部 <kishibe@athlete-bridge.com>"],
    subject=f"Re: {_p['sei']}投手の状態について",
    charset="iso-2022-jp",
    body=f"""岸部様

お世話になっております。大日向です。
{_p['sei']}の件、本日チームドクターの診察結果が出ました。

右肘内側側副靭帯の部分損傷で、PRP注射による保存療法を選択します。
ノースロー期間は最低6週間、実戦復帰は来春のオープン戦を目標にしています。
トミー・ジョン手術の必要はないとの見立てです。

スカウトの方々には、現時点では「コンディション調整中」とだけお伝えいただけますと幸いです。

{SIG_BB}

> 大日向様
> {_p['sei']}投手の状態について、差し支えない範囲で教えていただけますか。
> プロのスカウトから問い合わせが来ています。
> アスリートブリッジ 岸部
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="New reply text gives a named pitcher's elbow ligament diagnosis and treatment to an agent.",
)

# 056 — agent and law firm on one mail (two external organisations)
_p = person("m")
add(
    id="athlete-056", expect="pass",
    sender=S_HEAD,
    to=["塚原 慎也 <tsukahara@kanon-sports-mgmt.co.jp>"],
    cc=["白川法律事務所 久我先生 <kuga@shirakawa-law.jp>"],
    subject=f"{_p['sei']}選手 契約調印の日程について",
    charset="utf-8",
    body=f"""塚原様
（cc：白川法律事務所 久我先生）

お世話になっております。日の出産業の乙部です。
{_p['name']}選手の契約書につき、双方の修正が反映された最終版で合意できましたので、
調印式を下記で行いたいと存じます。

  日時：12月15日（火）11:00〜
  場所：日の出産業 本社 12F 役員会議室
  出席：選手ご本人、塚原様、久我先生、弊社 乙部・鮫島

調印後、13時からクラブハウスで記者発表を予定しております。

{SIG_HEAD}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="Agent and law firm in To/Cc: two external organisations, a normal three-way mail without personal data.",
)

# 057 — practice-match coordination with three other company teams visible
add(
    id="athlete-057", expect="stop",
    sender=S_RUG,
    to=["東海精機ファルコンズ 運営 <ops@tokai-seiki.co.jp>",
        "北陽建設ブルーウェーブ 主務 <shumu-rugby@hokuyo-kensetsu.co.jp>"],
    cc=["南ガス・フレイムス マネージャー <rugby-mgr@minami-gas.co.jp>"],
    subject="プレシーズン練習試合の日程調整（4チーム）",
    charset="iso-2022-jp",
    body=f"""各チーム ご担当者様

いつもお世話になっております。日の出サンライズの鮫島です。
先日の監督会議でお話のあった4チームでの練習試合について、日程案をお送りします。

　8月22日（土）　日の出 vs 東海精機　／　北陽建設 vs 南ガス
　8月29日（土）　日の出 vs 北陽建設　／　東海精機 vs 南ガス
　9月5日（土）　日の出 vs 南ガス　　／　東海精機 vs 北陽建設

会場はいずれも市原スポーツセンターを予定しております。
ご都合を8月7日までにお知らせください。

{SIG_RUG}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Three external companies in To and Cc can see each other's addresses: should have been Bcc.",
)

# 058 — the same kind of circular done right: all external teams in Bcc
add(
    id="athlete-058", expect="pass",
    sender=S_VB,
    to=["久留島 恵 <kurushima.megumi@hinode-sangyo.co.jp>"],
    bcc=["ops-volley@tokai-seiki.co.jp", "volley@hokuyo-kensetsu.co.jp",
         "vb-team@minami-gas.co.jp", "phoenix-rivals@seiran-denko.co.jp",
         "volleyball@fujimi-kogyo.co.jp", "team@kohoku-u.ac.jp"],
    subject="【ご案内】日の出フェニックス 招待試合（1月）のお知らせ",
    charset="iso-2022-jp",
    body=f"""各チーム ご担当者様
（Bccにて一斉送信しております）

日の出フェニックスの久留島です。
1月の招待試合の要項をお送りします。参加可否を12月10日までにお知らせください。

　日程：1月17日（土）・18日（日）
　会場：市原スポーツセンター 第1体育館
　形式：6チームによるリーグ戦（1セット25点×3セット）

{SIG_VB}
""",
    entities=[], detectors=[],
    note="External teams are in Bcc and only the sender is in To: nobody sees anyone else's address.",
)

# 059 — corrupt PDF medical certificate
add(
    id="athlete-059", expect="stop",
    sender=S_VB,
    to=["Vリーグ女子 事務局 登録係 <entry@vleague-w.or.jp>"],
    subject="登録抹消に伴う診断書の提出",
    charset="iso-2022-jp",
    body=f"""Vリーグ女子 事務局 御中

お世話になっております。日の出フェニックスの久留島です。
先日ご連絡した登録抹消の件、診断書のPDFを添付いたします。

{SIG_VB}
""",
    attachments=[{"kind": "corrupt", "name": "診断書_スキャン.pdf"}],
    entities=[], detectors=["unscannable_attachment"],
    note="The attached PDF is corrupt and cannot be inspected.",
)

# 060 — password-protected PDF contract to an agent
add(
    id="athlete-060", expect="stop",
    sender=S_RUG,
    to=["塚原 慎也 <tsukahara@kanon-sports-mgmt.co.jp>"],
    subject="契約書（最終版）の送付",
    charset="utf-8",
    body=f"""塚原様

お世話になっております。鮫島です。
契約書の最終版をお送りします。PDFにはパスワードを設定しております。
パスワードはお電話でお伝えします。

{SIG_RUG}
""",
    attachments=[{"kind": "pdf", "name": "選手契約書_最終版.pdf", "password": "Sunrise2026!",
                  "lines": ["選手契約書", "第1条（契約期間）2027年4月1日から2029年3月31日まで"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="A password-protected PDF cannot be inspected.",
)

# 061 — bus company: mentions 免許証 but carries no number
add(
    id="athlete-061", expect="pass",
    sender=S_BB,
    to=["青葉運輸株式会社 貸切バス営業所 <kashikiri@aoba-unyu.co.jp>"],
    subject="春季キャンプ 送迎バスの件（ご確認事項）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
貸切バス営業所 御中

お世話になっております。日の出産業 硬式野球部の大日向です。
春季キャンプ（2/10〜2/24）の送迎について、以下ご確認ください。

1. 大型バス1台（45人乗り）、期間中毎日 7:30 ホテル発 → 球場
2. 用具運搬用に、弊社の職員がレンタカー（ハイエース）を運転します。
   運転する職員には運転免許証の携行と、出発前のアルコールチェックを徹底させます。
3. 雨天時は室内練習場（車で15分）へのルート変更をお願いする場合があります。

お見積書は前回同様、経理部宛にお願いいたします。

{SIG_BB}
""",
    entities=[], detectors=[],
    note="Mentions driving licences in general, no number or person data: ordinary mail to a partner.",
)

# 062 — a staff driver's licence number to a rental-car company
_p = person("m")
_b = dob(1975, 1990)
add(
    id="athlete-062", expect="stop",
    sender=S_BB,
    to=["渚レンタカー 宮崎空港店 <miyazaki-ap@nagisa-rentacar.co.jp>"],
    subject="予約番号 NR-448120 運転者情報の事前登録",
    charset="utf-8",
    body=f"""渚レンタカー 宮崎空港店 御中

予約番号 NR-448120（ハイエース 2/9〜2/25）の運転者情報をお送りします。

 運転者氏名：{_p['name']}（{_p['kana']}）
 生年月日：{wareki(_b)}
 運転免許証番号：第{licence()}号
 免許の色：ゴールド

当日は本人が免許証原本をお持ちします。

{SIG_BB}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="A named employee's driving licence number and 和暦 date of birth to a rental company: identity document number.",
)

# 063 — a retiring player's basic pension number to the labour consultant
_p = person("m")
add(
    id="athlete-063", expect="stop",
    sender=S_JINJI,
    to=["星野社会保険労務士事務所 <info@hoshino-sr.jp>"],
    subject="退職者の資格喪失手続きのお願い（ラグビー部 契約選手）",
    charset="cp932",
    body=f"""星野社会保険労務士事務所
星野先生

いつもお世話になっております。日の出産業 人事部の茅野です。
3月末で退団・退職となる契約選手1名の資格喪失手続きをお願いいたします。

・氏名　　　　　：{_p['name']}
・生年月日　　　：{wareki(dob(1993, 1998), 'abbr')}
・基礎年金番号　：{pension()}
・退職日　　　　：2027年3月31日（喪失日 4月1日）

健康保険証は本人から回収済みで、本日書留で送付いたします。

{SIG_JINJI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="A named player's basic pension number (基礎年金番号) to an outside consultant.",
)

# 064 — XLSX schedule for the bus partner (fixtures and pick-up times, no people)
_rows = [["春季キャンプ 送迎スケジュール（宮崎）"], ["日付", "出発地", "出発時刻", "目的地", "台数", "備考"]]
for d in range(10, 25):
    _rows.append([f"2/{d}", "ホテル日向グランド", "7:30", "宮崎市清武総合運動公園", 1,
                  "雨天時 室内練習場" if d % 4 == 0 else ""])
add(
    id="athlete-064", expect="pass",
    sender=S_BB,
    to=["青葉運輸株式会社 貸切バス営業所 <kashikiri@aoba-unyu.co.jp>"],
    subject="Re: 春季キャンプ 送迎バスの件（スケジュール表）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 御中

お世話になっております。大日向です。
送迎スケジュールを表にしましたので添付いたします。よろしくお願いいたします。

{SIG_BB}
""",
    attachments=[{"kind": "xlsx", "name": "送迎スケジュール_宮崎キャンプ.xlsx", "sheets": {"送迎": _rows}}],
    entities=[], detectors=[],
    note="Bus timetable workbook: places and times, no person's data.",
)

# 065 — bus passenger manifest with 22 names and dates of birth
_p = people(22, "m")
_rows = [["乗車名簿（貸切バス 2/10 宮崎空港→ホテル）"], [],
         ["No", "区分", "氏名", "フリガナ", "生年月日"]]
for i, p in enumerate(_p, 1):
    _rows.append([i, "選手" if i <= 17 else "スタッフ", p["name"], p["kana"],
                  ymd(dob(1970 if i > 17 else 1996, 2004), "-")])
add(
    id="athlete-065", expect="stop",
    sender=S_BB,
    to=["青葉運輸株式会社 宮崎営業所 運行管理 <unko-miyazaki@aoba-unyu.co.jp>"],
    subject="2/10 空港送迎 乗車名簿",
    charset="iso-2022-jp",
    body=f"""青葉運輸 宮崎営業所
運行管理ご担当様

お世話になっております。日の出産業 硬式野球部の大日向です。
2/10の空港送迎の乗車名簿を添付します（旅客傷害保険の加入用に生年月日を入れています）。

{SIG_BB}
""",
    attachments=[{"kind": "xlsx", "name": "乗車名簿_0210.xlsx", "sheets": {"名簿": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="Passenger manifest of 22 people with dates of birth to the bus partner: a list of people.",
)

# 066 — DOCX scouting report on six university players incl. injury history
_p = people(6, "m")
_tab = [["氏名", "大学", "生年月日", "ポジション", "既往歴・怪我歴", "評価"]]
for p in _p:
    _tab.append([p["name"], rng.choice(["東都体育大", "関西学芸大", "湘央大", "明和大", "帝陵大"]),
                 jdate(dob(2003, 2005)), rng.choice(["LO", "FL", "CTB", "WTB", "SH"]),
                 rng.choice(["右肩脱臼（2024手術）", "特になし", "脳振盪2回", "左膝半月板切除", "喘息（服薬中）"]),
                 rng.choice(["A", "A-", "B+", "B"])])
add(
    id="athlete-066", expect="stop",
    sender=S_RUG,
    to=["真壁 達也 <makabe@athlete-bridge.com>"],
    subject="来季獲得候補のリスト（大学4年）",
    charset="utf-8",
    body=f"""真壁様

お世話になっております。鮫島です。
来季の獲得候補6名について、弊社スカウトのレポートを添付します。
貴社でお付き合いのある選手がいれば、接触のご相談をさせてください。

{SIG_RUG}
""",
    attachments=[{"kind": "docx", "name": "獲得候補レポート_大学4年.docx",
                  "paragraphs": ["獲得候補レポート（大学4年生）", "作成：日の出サンライズ スカウト部門"],
                  "tables": [_tab]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX table of six named students with dates of birth and injury/medical history to an agent.",
)

# 067 — autograph-session booth assignment (names only)
_p = people(8, "m")
add(
    id="athlete-067", expect="pass",
    sender=S_PR,
    to=["イベントワークス 現場進行 <genba@eventworks-chiba.co.jp>"],
    subject="ファン感謝デー サイン会ブース割り当て",
    charset="iso-2022-jp",
    body=f"""イベントワークス株式会社
現場進行ご担当 様

サイン会のブース割り当てが決まりました。看板の名前表示をお願いします。

　Aブース（13:00〜13:40）：{_p[0]['name']}、{_p[1]['name']}
　Bブース（13:00〜13:40）：{_p[2]['name']}、{_p[3]['name']}
　Aブース（14:00〜14:40）：{_p[4]['name']}、{_p[5]['name']}
　Bブース（14:00〜14:40）：{_p[6]['name']}、{_p[7]['name']}

整理券は各ブース120枚です。

{SIG_PR}
""",
    entities=[], detectors=[],
    note="Players' names on a booth schedule with no other data about them: not a list of people's records.",
)

# 068 — budget workbook whose header reads 部外秘
add(
    id="athlete-068", expect="stop",
    sender=S_KEIRI,
    to=["光陽アド 営業部 門倉様 <kadokura@koyo-ad.co.jp>"],
    subject="来季プロモーション予算枠の件",
    charset="iso-2022-jp",
    body=f"""光陽アド 門倉様

お世話になっております。日の出産業 経理部の羽鳥です。
乙部より依頼がありました来季プロモーション予算の枠組みをお送りします。
ご提案の際の参考にしてください。

{SIG_KEIRI}
""",
    attachments=[{"kind": "xlsx", "name": "2027_スポーツ推進室_予算.xlsx",
                  "page_header": "部外秘", "title": "部外秘 2027年度 スポーツ推進室 予算",
                  "sheets": {"予算": [["【部外秘】2027年度 スポーツ推進室 予算（案）"],
                                      ["費目", "ラグビー", "陸上", "バレー", "野球", "合計"],
                                      ["選手報酬", 182000000, 64000000, 41000000, 22000000, 309000000],
                                      ["遠征費", 38000000, 21000000, 14000000, 9000000, 82000000],
                                      ["プロモーション", 26000000, 4000000, 6000000, 2000000, 38000000]]}}],
    entities=[], detectors=["confidential_marking"],
    note="Workbook stamped 部外秘 (title cell, header and properties) sent to an ad agency.",
)

# 069 — declines to send personal data 'for confidentiality' (word, not a stamp)
add(
    id="athlete-069", expect="pass",
    sender=S_PR,
    to=["月刊ランナーズアイ 編集部 <henshu@runners-eye.jp>"],
    subject="Re: 取材のご依頼（女子長距離特集）",
    charset="iso-2022-jp",
    body=f"""月刊ランナーズアイ 編集部
ご担当 藤代様

お世話になっております。日の出産業 スポーツ推進室の蓮見です。
女子長距離特集での取材のご依頼、ありがとうございます。

お問い合わせの選手の体重や血液検査の数値、ご実家の所在地などにつきましては、
個人情報保護および機密保持の観点から、お答えいたしかねます。ご了承ください。
練習の様子の撮影と、監督へのインタビューは対応可能です。

取材日程の候補をいただけましたら調整いたします。

{SIG_PR}
""",
    entities=[], detectors=[],
    note="Mentions 機密保持 as a reason to withhold data: a mere mention, no marking, no personal data.",
)

# 070 — English rooming list to an Australian camp venue: romaji, DOB, passports
_p = people(9, "m")
_rows = [["Room", "Name", "DOB", "Passport No.", "Nationality"]]
for i, p in enumerate(_p):
    _rows.append([str(301 + i // 2), p["romaji"], f"{dob(1995, 2004)[2]:02d}/{rng.randint(1, 12):02d}/{rng.randint(1995, 2004)}",
                  passport(), "JPN"])
add(
    id="athlete-070", expect="stop",
    sender=S_RUG_EN,
    to=["Reservations <groups@brisbane-kestrels-lodge.com.au>"],
    subject="Hinode Sunrise pre-season camp - rooming list",
    charset="utf-8",
    body=f"""Hello,

Please find below our rooming list for the pre-season camp (arrival 14 Jan, departure
28 Jan). As required for your guest registration, passport numbers are included.

{columns(_rows)}

The remaining staff rooms will follow by the end of the week.

Kind regards,
{SIG_RUG_EN}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="Rooming list of nine players in romaji with dates of birth and passport numbers to an overseas lodge.",
)

# 071 — English pitch booking confirmation, one business contact
add(
    id="athlete-071", expect="pass",
    sender=S_RUG_EN,
    to=["Sarah Whitlock <bookings@brisbane-kestrels.com.au>"],
    subject="Re: Pitch hire confirmation - 15-27 January",
    charset="utf-8",
    body=f"""Hi Sarah,

Thanks for confirming. Just to recap what we agreed:

  * Main pitch, Mon-Sat 08:00-10:30, 15-27 January
  * Gym access 15:00-17:00 daily
  * Invoice to Hinode Sangyo Co., Ltd. (PO 26-AU-0112), AUD 18,400 incl. GST

Our on-site contact will be me; my mobile is in the signature below.

Best regards,
{SIG_RUG_EN}
{DISC_EN}

On Wed, 4 Nov 2026 at 09:21, Sarah Whitlock <bookings@brisbane-kestrels.com.au> wrote:
> Hi Kohei, happy to confirm the pitch hire for your squad. Please call me
> on +61 7 3391 4420 if anything changes. Sarah
""",
    entities=[], detectors=[],
    note="Booking recap with a PO number and the sender's own signature: ordinary business mail.",
)

# 072 — look-alike of the food partner (letter dropped)
add(
    id="athlete-072", expect="stop",
    sender=S_RIKU,
    to=["北国フーズ スポーツ栄養事業部 <sports-eiyo@kitaguni-food.co.jp>"],
    subject="補食（プロテインバー）の追加発注",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
スポーツ栄養事業部 御中

お世話になっております。日の出産業 陸上競技部の井ノ口です。
補食用のプロテインバー（チョコ味 KF-PB-30）を追加で20ケースお願いします。
納品先はいつもの市原スポーツセンター 陸上部室です。

{SIG_RIKU}
""",
    entities=[], detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp drops the s of the partner kitaguni-foods.co.jp: look-alike domain.",
)

# 073 — homoglyph of the partner bank (rn for m)
add(
    id="athlete-073", expect="stop",
    sender=S_KEIRI,
    to=["みどり銀行 市原支店 法人営業課 <ichihara-hojin@rnidori-ginko.co.jp>"],
    subject="総合振込の手数料について（ご確認）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 市原支店
法人営業課 御中

お世話になっております。日の出産業 経理部の羽鳥です。
11月分の総合振込（12件）の手数料が、先月より1件あたり110円高く引き落とされております。
料金改定があったのか、ご確認いただけますでしょうか。

{SIG_KEIRI}
""",
    entities=[], detectors=["lookalike_domain"],
    note="rnidori-ginko.co.jp imitates midori-ginko.co.jp with 'rn' for 'm' (homoglyph).",
)

# 074 — internal subdomain: whereabouts list to the team office
_p = people(5, "f")
_lines = "\n".join(f"■{p['name']}\n  住所：{address()}\n  携帯：{mobile()}\n  60分枠：{rng.choice(['6:00', '6:30', '21:00'])}〜"
                   for p in _p)
add(
    id="athlete-074", expect="pass",
    sender=S_RIKU,
    to=["陸上競技部 事務局 <athletics@mail.hinode-sangyo.co.jp>"],
    subject="年末年始の居場所情報（女子）控え",
    charset="utf-8",
    body=f"""事務局各位

井ノ口です。年末年始（12/28〜1/4）に帰省する女子選手の居場所情報の控えです。
ADAMSには入力済みです。

{_lines}

以上
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="Five athletes' addresses and phones to the team office on an internal subdomain: internal only.",
)

# 075 — one sentence about a player's depression, to a TV production company
_p = person("f")
add(
    id="athlete-075", expect="stop",
    sender=S_PR,
    to=["日曜TVプロダクション 制作部 <seisaku@nichiyo-tv-pro.co.jp>"],
    subject="Re: ドキュメンタリー番組の取材候補について",
    charset="iso-2022-jp",
    body=f"""日曜TVプロダクション
制作部 ディレクター 沖田様

お世話になっております。日の出産業の蓮見です。
取材候補のご提案ありがとうございます。

ご指名いただいた選手のうち、{_p['name']}選手はうつ病の治療のため現在休養しており、
今回の取材はお受けできません。代わりに主将と若手2名で調整させてください。

{SIG_PR}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="One sentence discloses a named player's depression treatment (medical, 要配慮) to a TV company.",
)

# 076 — TV interview arrangements (names and time slots only)
_p = people(3, "f")
add(
    id="athlete-076", expect="pass",
    sender=S_PR,
    to=["日曜TVプロダクション 制作部 沖田様 <okita@nichiyo-tv-pro.co.jp>"],
    subject="取材スケジュール（11/18）",
    charset="iso-2022-jp",
    body=f"""沖田様

お世話になっております。蓮見です。
11/18の取材スケジュールです。

　10:00〜10:30　{_p[0]['name']}（主将）
　10:40〜11:10　{_p[1]['name']}
　11:20〜11:50　{_p[2]['name']}
　13:00〜　　　　練習撮影（体育館2F通路から）

撮影NGエリアはロッカールームとトレーナールームです。

{SIG_PR}
""",
    entities=[], detectors=[],
    note="Interview slots naming three players and nothing else about them.",
)

# 077 — tab-separated kana dorm list with mobiles to the dorm management company
_p = people(9, "m")
_lines = ["部屋\tフリガナ\t携帯\t緊急連絡先"]
for i, p in enumerate(_p):
    _lines.append(f"{201 + i}\t{p['kana']}\t{mobile()}\t{mobile()}（{rng.choice(['父', '母'])}）")
add(
    id="athlete-077", expect="stop",
    sender=S_RUG,
    to=["こもれび管理 寮運営課 <ryo-unei@komorebi-kanri.co.jp>"],
    subject="サンライズ寮 2F入居者連絡先（更新）",
    charset="utf-8",
    body=f"""こもれび管理株式会社
寮運営課 御中

お世話になっております。日の出サンライズの鮫島です。
サンライズ寮2Fの入居者連絡先を更新しましたのでお送りします（夜間の緊急対応用）。

{chr(10).join(_lines)}

よろしくお願いいたします。
{SIG_RUG}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Tab-separated list of nine residents in katakana with mobiles and family phones: list of people.",
)

# 078 — one block per new player to the insurance agent
_p = people(5, "f")
_blocks = []
for p in _p:
    _blocks.append(f"""【{p['name']}（{p['hira']}）】
生年月日：{wareki(dob(2002, 2004), 'abbrz')}
現住所：{address(with_zip=True)}
電話：{mobile()}""")
add(
    id="athlete-078", expect="stop",
    sender=S_VB,
    to=["みらい保険サービス 法人営業 <hojin@mirai-hoken.co.jp>"],
    subject="スポーツ傷害保険 新規加入者の追加（4月入部）",
    charset="cp932",
    body=f"""みらい保険サービス株式会社
法人営業ご担当 様

お世話になっております。日の出産業 女子バレーボール部の久留島です。
4月入部の新人5名をスポーツ傷害保険（団体契約 No.SG-30771）に追加してください。

{(chr(10) * 2).join(_blocks)}

保険開始日は4月1日でお願いいたします。

{SIG_VB}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Five records, one block each, with full-width 和暦 dates of birth, addresses and phones to an insurance agent.",
)

# 079 — insurance quote request (head counts only)
add(
    id="athlete-079", expect="pass",
    sender=S_VB,
    to=["みらい保険サービス 法人営業 <hojin@mirai-hoken.co.jp>"],
    subject="来年度 スポーツ傷害保険の見積依頼",
    charset="cp932",
    body=f"""みらい保険サービス株式会社 法人営業ご担当様

お世話になっております。久留島です。
来年度のスポーツ傷害保険について、下記条件でお見積りをお願いします。

　加入人数：選手 18名、スタッフ 9名（計27名）
　補償内容：現行プラン（入院日額 5,000円、通院日額 3,000円）＋ 賠償責任 1億円
　期間　　：2027年4月1日〜2028年3月31日

現行の団体契約番号は SG-30771 です。

{SIG_VB}
""",
    entities=[], detectors=[],
    note="Quote request with head counts and a contract number: no one's personal data.",
)

# 080 — plain ZIP with a medical-check CSV of eight players
_p = people(8, "m")
_rows = [["氏名", "生年月日", "心電図", "既往歴", "整形外科所見", "判定"]]
for p in _p:
    _rows.append([p["name"], ymd(dob(1996, 2004)), rng.choice(["正常", "正常", "WPW症候群（経過観察）", "右脚ブロック"]),
                  rng.choice(["なし", "喘息", "虫垂炎術後", "なし", "アトピー性皮膚炎"]),
                  rng.choice(["右足関節不安定性", "腰痛", "異常なし", "左肩ルーズショルダー"]),
                  rng.choice(["A", "B", "C（要精査）"])])
add(
    id="athlete-080", expect="stop",
    sender=S_DOC,
    to=["光洋台病院 健康管理科 <kenkan@koyodai-hosp.or.jp>"],
    subject="新加入選手 メディカルチェック結果（精査依頼）",
    charset="iso-2022-jp",
    body=f"""光洋台病院 健康管理科 御中

日の出産業 健康管理センターの嘉手納です。
新加入選手8名のメディカルチェック結果と依頼状をZIPにまとめてお送りします。
判定Cの選手について循環器の精査をお願いいたします。

{SIG_DOC}
""",
    attachments=[{"kind": "zip", "name": "medicalcheck_2026new.zip", "files": [
        {"kind": "csv", "name": "メディカルチェック結果.csv", "encoding": "cp932", "rows": _rows},
        {"kind": "docx", "name": "依頼状.docx", "paragraphs": ["精査のご依頼", "判定Cの選手につき循環器内科での精査をお願いいたします。"]}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Unencrypted ZIP holding a CSV of eight players' medical-check findings and dates of birth, sent to a hospital.",
)

# 081 — plain ZIP with venue map and timetable to the printing partner
add(
    id="athlete-081", expect="pass",
    sender=S_PR,
    to=["錦印刷株式会社 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="ファン感謝デー パンフレット入稿データ（会場図・タイムテーブル）",
    charset="utf-8",
    body=f"""錦印刷株式会社 制作部 御中

お世話になっております。日の出産業の蓮見です。
パンフレット（A5・16P）の入稿データのうち、会場図とタイムテーブルをZIPでお送りします。
表紙・選手紹介ページは明日入稿予定です。

{SIG_PR}
""",
    attachments=[{"kind": "zip", "name": "fanday_pamphlet_data.zip", "files": [
        {"kind": "pdf", "name": "会場図.pdf", "lines": ["市原臨海スタジアム 会場図", "A：メインゲート", "B：キッチンカーエリア",
                                                       "C：サイン会テント", "D：キッズラグビー体験"]},
        {"kind": "xlsx", "name": "タイムテーブル.xlsx", "sheets": {"TT": [
            ["時刻", "メインステージ", "グラウンド"], ["10:00", "開会セレモニー", "キッズラグビー体験"],
            ["11:30", "選手トークショー", "タッチラグビー大会"], ["13:00", "サイン会", "-"],
            ["15:00", "抽選会・閉会", "-"]]}}]}],
    entities=[], detectors=[],
    note="Unencrypted ZIP with a venue map and timetable: readable, no personal data.",
)

# 082 — English TUE (ADHD medication) to an international federation
_p = person("f")
_b = dob(1999, 2003)
add(
    id="athlete-082", expect="stop",
    sender="Megumi Kurushima <kurushima.megumi@hinode-sangyo.co.jp>",
    to=["TUE Committee <tue@intl-volley-fed.org>"],
    subject=f"TUE application - {_p['romaji']} (JPN)",
    charset="utf-8",
    body=f"""Dear TUE Committee,

On behalf of Hinode Phoenix (Japan), I am submitting a TUE application for our player
ahead of the Asian Club Championship.

  Athlete:        {_p['romaji']}
  Date of birth:  {_b[0]}-{_b[1]:02d}-{_b[2]:02d}
  Diagnosis:      Attention-deficit/hyperactivity disorder (ADHD), diagnosed 2019
  Substance:      Methylphenidate hydrochloride (extended release), 36 mg daily
  Physician:      Dr. Naoto Azumi, Minatomirai Sports Clinic

The physician's full medical report will be uploaded to ADAMS today.

Kind regards,
Megumi Kurushima
Athletic Trainer, Hinode Phoenix Volleyball Club
Hinode Sangyo Co., Ltd.
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English TUE request: a named athlete's ADHD diagnosis and medication with date of birth, to an external federation.",
)

# 083 — fan event co-hosted with the city and a mall (two external organisations)
add(
    id="athlete-083", expect="pass",
    sender=S_PR,
    to=["寿市 スポーツ振興課 <sports@city.kotobuki.lg.jp>"],
    cc=["ららモール湘南 販促企画 <hansoku@lalamall-shonan.co.jp>"],
    subject="1/11 パブリックビューイング共催の役割分担（案）",
    charset="iso-2022-jp",
    body=f"""寿市 スポーツ振興課 御中
（cc：ららモール湘南 販促企画ご担当様）

いつもお世話になっております。日の出産業 スポーツ推進室の蓮見です。
1/11のアウェイ戦パブリックビューイングの役割分担案をお送りします。

　寿市　　　　：後援名義、広報紙への掲載、市民への告知
　ららモール　：センターコート（約300席）の提供、館内放送
　日の出産業　：大型ビジョンの手配、OB選手の解説、ノベルティ配布

ご意見があれば12/5までにお知らせください。

{SIG_PR}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="A city office and a shopping mall in To/Cc: two external organisations, business content only.",
)

# 084 — look-alike of the bus partner (hyphen for the dot)
add(
    id="athlete-084", expect="stop",
    sender=S_RUG,
    to=["青葉運輸 貸切バス営業所 <kashikiri@aoba-unyu-co.jp>"],
    subject="アウェイ戦（12/13）貸切バスの手配",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 貸切バス営業所 御中

お世話になっております。日の出サンライズの鮫島です。
12/13のアウェイ戦（千葉総合運動場）に大型バス2台をお願いします。
市原スポーツセンター 9:00発、帰路は試合終了後17:30頃の出発予定です。

{SIG_RUG}
""",
    entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu-co.jp puts a hyphen where the partner aoba-unyu.co.jp has a dot: look-alike.",
)

# 085 — DOCX term sheet with a CONFIDENTIAL header to an overseas club
_p = person("m")
add(
    id="athlete-085", expect="stop",
    sender=S_RUG_EN,
    to=["Gareth Lloyd <g.lloyd@canterbury-harriers.co.nz>"],
    subject=f"Term sheet - loan of {_p['romaji']}",
    charset="utf-8",
    body=f"""Dear Gareth,

Following our call, please find attached our proposed term sheet for the loan.
Happy to discuss any point next week.

Kind regards,
{SIG_RUG_EN}
""",
    attachments=[{"kind": "docx", "name": "TermSheet_Loan_HinodeSunrise.docx",
                  "page_header": "CONFIDENTIAL", "title": "Term Sheet (Confidential)",
                  "paragraphs": ["TERM SHEET - PLAYER LOAN", f"Player: {_p['romaji']}",
                                 "Loan period: 1 February 2027 - 30 June 2027",
                                 "Loan fee: NZD 35,000, payable within 30 days of registration",
                                 "Salary: borne by the receiving club for the loan period",
                                 "Recall option: none", "Governing law: Japan"]}],
    entities=[], detectors=["confidential_marking"],
    note="The attached DOCX has a CONFIDENTIAL page header (a classification stamp) and goes to an external club.",
)

# 086 — English friendly-match mail ending with the standard disclaimer
add(
    id="athlete-086", expect="pass",
    sender=S_RUG_EN,
    to=["Gareth Lloyd <g.lloyd@canterbury-harriers.co.nz>"],
    subject="Friendly match on 24 January - kick-off and referees",
    charset="utf-8",
    body=f"""Dear Gareth,

Great news that the friendly on 24 January is confirmed. Our proposals:

  - Kick-off 15:00 local time, 2 x 35 minutes
  - Unlimited rolling substitutions, head-injury assessments as per World Rugby
  - Referee appointed by the local union; we will cover travel costs

Could you confirm the venue address for our bus booking?

Kind regards,
{SIG_RUG_EN}
{DISC_EN}
""",
    entities=[], detectors=[],
    note="Ordinary English match arrangements with the standard confidentiality disclaimer at the end.",
)

# 087 — registration update CSV without a name column
_rows = [["登録番号", "生年月日", "性別", "住所（変更後）"]]
for _ in range(8):
    _rows.append([f"JR{rng.randint(1000000, 9999999)}", ymd(dob(1995, 2005), "-"), rng.choice(["男", "女"]),
                  address(with_zip=True)])
add(
    id="athlete-087", expect="stop",
    sender=S_RIKU,
    to=["実業団陸上連合 登録部 <toroku@jitsugyodan-rikujo.or.jp>"],
    subject="登録情報変更届（住所変更 8名）",
    charset="utf-8",
    body=f"""実業団陸上連合 登録部 御中

日の出産業 陸上競技部の井ノ口です。
寮の移転に伴い住所が変わった選手8名分の変更届をCSVでお送りします。
氏名は登録番号でご照合ください。

{SIG_RIKU}
""",
    attachments=[{"kind": "csv", "name": "住所変更届_8名.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Eight records of registration number, date of birth, sex and home address with no name column: still a list of people.",
)

# 088 — internal thread about a player's mental-health leave
_p = person("m")
add(
    id="athlete-088", expect="pass",
    sender=S_DOC,
    to=["乙部 隆文 <otobe.takafumi@hinode-sangyo.co.jp>"],
    cc=["茅野 昌平 <chino.shohei@hinode-sangyo.co.jp>"],
    subject=f"Re: {_p['sei']}選手の休養について",
    charset="iso-2022-jp",
    body=f"""乙部室長

嘉手納です。
本日面談しました。主治医の診断は適応障害で、少なくとも2か月の休養が必要です。
休職扱いの手続きは茅野さんにお願いしています。
対外的には「コンディション不良のため」で統一してください。

嘉手納

> 嘉手納先生
> {_p['name']}選手の件、面談の結果を教えてください。
> 乙部
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="A named player's mental-health diagnosis, but only among internal staff.",
)

# 089 — officially announced injury to the fan-club site vendor: either
_p = person("m")
add(
    id="athlete-089", expect="either",
    sender=S_PR,
    to=["ツバサシステム 開発部 西條様 <saijo@tsubasa-system.jp>"],
    subject="ファンクラブサイト お知らせ掲載依頼（選手の負傷について）",
    charset="utf-8",
    body=f"""西條様

いつもお世話になっております。蓮見です。
本日16時にリーグ公式とチーム公式SNSで発表する内容を、同時刻にファンクラブサイトの
「お知らせ」にも掲載してください（本人・家族の了承済みです）。

----（掲載文）----
{_p['name']}選手の負傷について
10月25日の第3節において負傷した{_p['name']}選手は、精密検査の結果、
右膝前十字靭帯損傷と診断されました。11月上旬に手術を受ける予定で、
今シーズン中の復帰は難しい見込みです。
----（ここまで）----

{SIG_PR}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named player's diagnosis (sensitive) sent outside, but it is a consented public announcement going live the same hour: either.",
)

# 090 — legacy XLS of alumni (OB会) addresses for the newsletter mailing
_rows = [["OB会 会報送付先（2026年度）"], ["卒部年", "氏名", "郵便番号", "住所", "電話"]]
for _ in range(12):
    p = person("m")
    _rows.append([str(rng.randint(1985, 2020)), p["name"], postcode()[1:], address(), mobile()])
add(
    id="athlete-090", expect="stop",
    sender=S_BB,
    to=["錦印刷株式会社 DM発送センター <dm@nishiki-insatsu.co.jp>"],
    subject="OB会報 発送リストの送付",
    charset="cp932",
    body=f"""錦印刷株式会社
DM発送センター 御中

お世話になっております。日の出産業 硬式野球部の大日向です。
OB会報の宛名印字用リストを添付します（古いExcel形式ですみません）。
発送は12月10日でお願いいたします。

{SIG_BB}
""",
    attachments=[{"kind": "xls", "name": "OB会報送付先.xls", "sheets": {"送付先": _rows}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Legacy XLS with twelve alumni's names, home addresses and phones to the printing partner: list of people.",
)

# 091 — OB newsletter print quote (the printer's T-number quoted for the invoice)
_tno = corporate_number(f"{rng.randint(10**11, 10**12 - 1)}")
add(
    id="athlete-091", expect="pass",
    sender=S_BB,
    to=["錦印刷株式会社 営業二部 小田切様 <odagiri.m@nishiki-insatsu.co.jp>"],
    subject="OB会報 印刷のお見積り承認",
    charset="iso-2022-jp",
    body=f"""小田切様

お世話になっております。大日向です。
OB会報のお見積り（No.NK-2026-0912）、下記内容で承認いたします。

　仕様：A4・8ページ・2色刷り、中綴じ
　部数：1,200部
　金額：148,500円（税込）

請求書には貴社の登録番号（T{_tno}）の記載をお願いいたします。
宛名リストは別途DM発送センター様にお送りします。

{SIG_BB}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="Quote approval with prices and the printer's invoice registration (corporate) number: business data, no person's.",
)

# 092 — two agents and a player's free-mail address together in To
add(
    id="athlete-092", expect="stop",
    sender=S_HEAD,
    to=["塚原 慎也 <tsukahara@kanon-sports-mgmt.co.jp>",
        "Mele Fonua <mele@pacific-athletes.com>",
        "sione.t.rugby@gmail.com"],
    subject="来季契約についての三者面談（オンライン）",
    charset="utf-8",
    body=f"""関係者各位

日の出産業 スポーツ推進室の乙部です。
来季の契約形態（国内代理人と海外代理人の共同担当）について、
ご本人を交えたオンライン面談を下記で設定しました。

  日時：11月20日（金）19:00〜20:00（日本時間）
  方法：Microsoft Teams（URLは前日にお送りします）

ご都合が悪い場合はお知らせください。

{SIG_HEAD}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="Two agencies and a private player address in To: three external parties can see each other.",
)

# 093 — one player's free-mail: public training schedule
add(
    id="athlete-093", expect="pass",
    sender=S_RUG,
    to=["sione.t.rugby@gmail.com"],
    subject="公開練習とファン交流の予定 / Open training schedule",
    charset="utf-8",
    body=f"""Sione

お疲れさま。鮫島です。来月の公開練習とファン交流の予定です。
Next month's open training and fan sessions:

  11/7 (Sat) 10:00-12:00  Open training, Ground 1
  11/7 (Sat) 12:30-13:00  Photo session with fans
  11/21 (Sat) 10:00-12:00 Open training + kids clinic

Please come to the clubhouse 30 min before each session.

{SIG_RUG}
""",
    entities=[], detectors=["freemail_recipient"],
    note="A schedule to one player's private gmail: one free-mail recipient, no personal data.",
)

# 094 — the player's own rehab plan to his free-mail address
_p = person("m")
add(
    id="athlete-094", expect="stop",
    sender=S_DOC,
    to=[f"{_p['roma_mei'].lower()}{rng.randint(10, 99)}@icloud.com"],
    subject="リハビリ計画（第2期）",
    charset="iso-2022-jp",
    body=f"""{_p['name']}さん

嘉手納です。来週からの第2期リハビリ計画を送ります。

診断：左肩関節唇損傷（バンカート損傷）、鏡視下修復術後8週
第2期（9〜16週）：
 ・可動域訓練（外旋は45°まで）
 ・ゴムチューブでの腱板トレーニング
 ・コンタクトは禁止、ランニングは可

痛みが強い日は無理をせず、トレーナーに申告してください。
嘉手納
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="A named player's diagnosis and rehab plan to a personal icloud address: medical data leaves the company (even to its subject).",
)

# 095 — English reply; the agent's candidate list is only quoted
_q = people(5, "m")
_quoted = "\n".join(f"> {i}. {p['romaji']}, DOB {dob(2001, 2004)[0]}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}, "
                    f"{rng.choice(['lock', 'flanker', 'centre', 'wing'])}, {rng.choice(['Otago', 'Waikato', 'Tasman'])} U21"
                    for i, p in enumerate(_q, 1))
add(
    id="athlete-095", expect="pass",
    sender=S_RUG_EN,
    to=["Mele Fonua <mele@pacific-athletes.com>"],
    subject="Re: Candidates for 2027 intake",
    charset="utf-8",
    body=f"""Hi Mele,

Thanks for the shortlist. Our coaches would like to see numbers 2 and 4 in February
(during the scouting trip). The others are not a fit for our squad this season.

Best,
{SIG_RUG_EN}

On Mon, 26 Oct 2026 at 08:02, Mele Fonua <mele@pacific-athletes.com> wrote:
> Kohei, as promised, the players I represent who would consider Japan:
>
{_quoted}
>
> Mele
""",
    entities=[], detectors=[],
    note="The five-person list is the agent's own text, quoted under 'On … wrote:'; the new text names no one.",
)

# 096 — five new players' My Numbers in full-width digits with 和暦 birthdays
_p = people(5, "m")
_lines = []
for p in _p:
    mn = new_my_number()
    _lines.append(f"{p['name']}　{wareki(dob(2001, 2004), 'zen')}生　個人番号：{zen(mn[:4])}－{zen(mn[4:8])}－{zen(mn[8:])}")
add(
    id="athlete-096", expect="stop",
    sender=S_JINJI,
    to=["神田税理士事務所 宍戸様 <shishido@kanda-tax.jp>"],
    subject="新入団選手の扶養控除等申告書の件",
    charset="iso-2022-jp",
    body=f"""神田税理士事務所
宍戸様

お世話になっております。日の出産業 人事部の茅野です。
4月入団の硬式野球部 新人5名の扶養控除等申告書の作成に必要な情報です。

{chr(10).join(_lines)}

いずれも扶養親族はおりません。よろしくお願いいたします。

{SIG_JINJI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="Five My Numbers written in full-width digits, with full-width 和暦 dates of birth, to an outside tax office.",
)

# 097 — five agents' business contacts passed to a league official: either
_ag = [("塚原 慎也", "カノン・スポーツマネジメント", "tsukahara@kanon-sports-mgmt.co.jp"),
       ("真壁 達也", "アスリートブリッジ", "makabe@athlete-bridge.com"),
       ("Mele Fonua", "Pacific Athletes", "mele@pacific-athletes.com"),
       ("岸部 洋介", "アスリートブリッジ 野球部門", "kishibe@athlete-bridge.com"),
       ("広瀬 大輔", "フリーランス（JRFU公認代理人）", "d.hirose.agent@gmail.com")]
add(
    id="athlete-097", expect="either",
    sender=S_HEAD,
    to=["東日本ラグビーリーグ 選手契約担当 <keiyaku@east-rugby-league.or.jp>"],
    subject="Re: 代理人の連絡先一覧のご提供について",
    charset="utf-8",
    body=f"""選手契約担当 御中

お世話になっております。日の出産業の乙部です。
ご依頼の、当部の契約選手を担当している代理人の連絡先です。

{chr(10).join(f'・{n}（{o}）　{mobile()}　{e}' for n, o, e in _ag)}

各代理人には、リーグへ連絡先を提供する旨を伝えております。

{SIG_HEAD}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="Five people with mobiles and e-mails, but they are agents' business contacts shared with notice: either.",
)

# 098 — list of affiliated hospitals for a visiting team (institutions only)
add(
    id="athlete-098", expect="pass",
    sender=S_RUG,
    to=["東海精機ファルコンズ 運営 <ops@tokai-seiki.co.jp>"],
    subject="11/29 練習試合：会場周辺の救急対応医療機関",
    charset="iso-2022-jp",
    body=f"""東海精機ファルコンズ 運営ご担当様

お世話になっております。日の出サンライズの鮫島です。
11/29の練習試合に向けて、会場周辺の救急対応医療機関をお知らせします。
当日はグラウンドにチームドクターと救急車1台が待機します。

{columns([["医療機関", "診療科", "代表電話", "会場から"],
          ["光洋台病院", "救急科・整形外科・脳神経外科", "0436-40-1100", "車10分"],
          ["市原中央医療センター", "救急科・整形外科", "0436-22-3911", "車15分"],
          ["港未来スポーツクリニック 市原分院", "整形外科（土曜午前のみ）", "0436-21-5055", "車8分"],
          ["千葉臨海総合病院", "三次救急", "043-270-8800", "車30分"]])}

{SIG_RUG}
""",
    entities=[], detectors=[],
    note="Hospitals with departments and switchboards: a list of institutions, not people.",
)

# 099 — fan-event poster (PNG) to the fan-club vendor
add(
    id="athlete-099", expect="pass",
    sender=S_PR,
    to=["ツバサシステム 開発部 西條様 <saijo@tsubasa-system.jp>"],
    subject="トップバナー差し替え画像（ファン感謝デー）",
    charset="iso-2022-jp",
    body=f"""西條様

蓮見です。ファンクラブサイトのトップバナーを、添付の画像に差し替えをお願いします。
掲載期間は11/1〜11/23です。リンク先は特設ページ（/fanday2026/）でお願いします。

{SIG_PR}
""",
    attachments=[{"kind": "png", "name": "fanday2026_banner_1200x400.png"}],
    entities=[], detectors=[],
    note="An image banner and a link change: nothing personal, nothing unreadable.",
)

# 100 — internal: fan-club member CSV to the in-house marketing team
_rows = [["会員番号", "氏名", "メール", "電話", "住所", "会員種別"]]
for i in range(50):
    p = person(rng.choice("mf"))
    _rows.append([f"{rng.randint(10**6, 10**7 - 1)}", p["name"],
                  f"{p['mail_local']}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'au.com'])}",
                  mobile(), address(), rng.choice(["一般", "ゴールド", "キッズ"])])
add(
    id="athlete-100", expect="pass",
    sender=S_PR,
    to=["マーケティング部 CRM担当 <crm@hinode-sangyo.co.jp>"],
    subject="ファンクラブ会員 抽出データ（ゴールド更新対象の確認用）",
    charset="utf-8",
    body=f"""CRM担当 各位

お疲れさまです。スポーツ推進室の蓮見です。
ご依頼の会員データ（テスト抽出 50件）を添付します。
社内の共有ドライブには置かず、確認後は削除をお願いします。

蓮見
""",
    attachments=[{"kind": "csv", "name": "fanclub_extract_50.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="Fifty fan-club members' contact data, sent only to an internal team address.",
)
