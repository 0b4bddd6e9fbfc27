"""Blind evaluation corpus — area: kokyakudb (顧客データベース管理).

Mail of the customer-database people at 日の出産業: 顧客データの統合・名寄せ, CRM ベンダーへの
データ移行, テストデータ, 重複チェック結果, 配信停止リスト, データ抽出依頼.

Everything here is invented: every person, customer, number, address, vendor and domain
(apart from the organisation and partner domains the brief names). The file was written
blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only, without
reading mailguard's code, rules or tests.
"""

from __future__ import annotations

import hashlib
import random
import unicodedata
from datetime import date

from build import card_number, my_number

SEED = 36601
rng = random.Random(SEED)

AREA = "kokyakudb"
MESSAGES: list[dict] = []


def add(n: int, **kw) -> None:
    kw["id"] = f"{AREA}-{n:03d}"
    MESSAGES.append(kw)


# -- invented people ----------------------------------------------------------------------

SEI = [
    ("佐伯", "サエキ", "Saeki"), ("世良", "セラ", "Sera"), ("東海林", "ショウジ", "Shoji"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("九十九", "ツクモ", "Tsukumo"),
    ("五十嵐", "イガラシ", "Igarashi"), ("長谷部", "ハセベ", "Hasebe"), ("神保", "ジンボ", "Jimbo"),
    ("鬼塚", "オニヅカ", "Onizuka"), ("茂木", "モテギ", "Motegi"), ("宇佐美", "ウサミ", "Usami"),
    ("熊谷", "クマガイ", "Kumagai"), ("千葉", "チバ", "Chiba"), ("古賀", "コガ", "Koga"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("比嘉", "ヒガ", "Higa"), ("安西", "アンザイ", "Anzai"),
    ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"), ("田中", "タナカ", "Tanaka"),
    ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"), ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("四十物", "アイモノ", "Aimono"), ("勅使河原", "テシガハラ", "Teshigawara"),
    ("百目鬼", "ドウメキ", "Domeki"), ("薬袋", "ミナイ", "Minai"), ("栗林", "クリバヤシ", "Kuribayashi"),
    ("海老原", "エビハラ", "Ebihara"), ("門脇", "カドワキ", "Kadowaki"), ("瀬戸口", "セトグチ", "Setoguchi"),
    ("二階堂", "ニカイドウ", "Nikaido"), ("久保田", "クボタ", "Kubota"), ("芦田", "アシダ", "Ashida"),
    ("桑原", "クワハラ", "Kuwahara"), ("真田", "サナダ", "Sanada"), ("大城", "オオシロ", "Oshiro"),
    ("秋山", "アキヤマ", "Akiyama"), ("羽生", "ハニュウ", "Hanyu"), ("日下部", "クサカベ", "Kusakabe"),
    ("南雲", "ナグモ", "Nagumo"), ("猪股", "イノマタ", "Inomata"), ("御手洗", "ミタライ", "Mitarai"),
    ("柳田", "ヤナギダ", "Yanagida"), ("堀之内", "ホリノウチ", "Horinouchi"), ("江藤", "エトウ", "Eto"),
]
MEI = [
    ("直樹", "ナオキ", "Naoki", "M"), ("芳江", "ヨシエ", "Yoshie", "F"), ("美穂", "ミホ", "Miho", "F"),
    ("健太", "ケンタ", "Kenta", "M"), ("陽子", "ヨウコ", "Yoko", "F"), ("翔", "ショウ", "Sho", "M"),
    ("千尋", "チヒロ", "Chihiro", "F"), ("和夫", "カズオ", "Kazuo", "M"), ("恵美子", "エミコ", "Emiko", "F"),
    ("大輝", "ダイキ", "Daiki", "M"), ("さくら", "サクラ", "Sakura", "F"), ("勝", "マサル", "Masaru", "M"),
    ("由紀", "ユキ", "Yuki", "F"), ("拓海", "タクミ", "Takumi", "M"), ("智子", "トモコ", "Tomoko", "F"),
    ("亮介", "リョウスケ", "Ryosuke", "M"), ("結衣", "ユイ", "Yui", "F"), ("正雄", "マサオ", "Masao", "M"),
    ("優奈", "ユウナ", "Yuna", "F"), ("浩二", "コウジ", "Koji", "M"), ("久美", "クミ", "Kumi", "F"),
    ("蓮", "レン", "Ren", "M"), ("文子", "フミコ", "Fumiko", "F"), ("悠真", "ユウマ", "Yuma", "M"),
    ("明美", "アケミ", "Akemi", "F"), ("修一", "シュウイチ", "Shuichi", "M"), ("彩花", "アヤカ", "Ayaka", "F"),
    ("茂", "シゲル", "Shigeru", "M"), ("真由美", "マユミ", "Mayumi", "F"), ("隼人", "ハヤト", "Hayato", "M"),
    ("静香", "シズカ", "Shizuka", "F"), ("康弘", "ヤスヒロ", "Yasuhiro", "M"), ("里奈", "リナ", "Rina", "F"),
    ("敏行", "トシユキ", "Toshiyuki", "M"), ("紀子", "ノリコ", "Noriko", "F"), ("颯太", "ソウタ", "Sota", "M"),
]
PLACES = [
    ("東京都", "練馬区", "豊玉北", "176-0012"), ("東京都", "世田谷区", "経堂", "156-0052"),
    ("東京都", "江東区", "南砂", "136-0076"), ("東京都", "八王子市", "子安町", "192-0904"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223-0062"), ("神奈川県", "相模原市中央区", "淵野辺", "252-0206"),
    ("神奈川県", "藤沢市", "鵠沼海岸", "251-0037"), ("埼玉県", "さいたま市浦和区", "岸町", "330-0064"),
    ("埼玉県", "川越市", "新富町", "350-0043"), ("千葉県", "船橋市", "本町", "273-0005"),
    ("千葉県", "柏市", "明原", "277-0843"), ("大阪府", "大阪市阿倍野区", "昭和町", "545-0011"),
    ("大阪府", "豊中市", "岡上の町", "560-0021"), ("兵庫県", "西宮市", "甲子園口", "663-8113"),
    ("京都府", "京都市左京区", "下鴨松ノ木町", "606-0802"), ("愛知県", "名古屋市昭和区", "御器所", "466-0051"),
    ("愛知県", "岡崎市", "康生通西", "444-0011"), ("静岡県", "浜松市中央区", "佐鳴台", "432-8021"),
    ("宮城県", "仙台市青葉区", "八幡", "980-0871"), ("北海道", "札幌市豊平区", "平岸三条", "062-0933"),
    ("福岡県", "福岡市早良区", "西新", "814-0002"), ("広島県", "広島市中区", "舟入本町", "730-0843"),
    ("新潟県", "新潟市中央区", "関屋", "951-8161"), ("沖縄県", "那覇市", "首里石嶺町", "903-0804"),
    ("茨城県", "つくば市", "竹園", "305-0032"), ("長野県", "松本市", "蟻ケ崎", "390-0861"),
]
AREA_CODES = {
    "東京都": ["03", "042"], "神奈川県": ["045", "042", "0466"], "埼玉県": ["048", "049"],
    "千葉県": ["047", "04"], "大阪府": ["06"], "兵庫県": ["0798"], "京都府": ["075"],
    "愛知県": ["052", "0564"], "静岡県": ["053"], "宮城県": ["022"], "北海道": ["011"],
    "福岡県": ["092"], "広島県": ["082"], "新潟県": ["025"], "沖縄県": ["098"], "茨城県": ["029"],
    "長野県": ["0263"],
}
FREEMAIL = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp",
            "icloud.com", "outlook.jp", "nifty.com", "biglobe.ne.jp", "au.com", "hotmail.co.jp"]
BUILDINGS = ["ハイツ若葉", "コーポ桜川", "メゾン翠", "グランシャリオ", "サンライズ南", "パークサイド光が丘",
             "レジデンス青葉台", "ヴィラ松風"]


def _mail(sei_r: str, mei_r: str) -> str:
    s, m = sei_r.lower(), mei_r.lower()
    pat = rng.randrange(6)
    num = rng.randint(1, 99)
    local = [f"{m}.{s}", f"{s}{m[0]}{num}", f"{m}_{s}{num:02d}", f"{m[:3]}{s[:4]}.{num}",
             f"{s}.{m}{rng.randint(1960, 2005)}", f"{m}-{num}{s[:2]}"][pat]
    return f"{local}@{rng.choice(FREEMAIL)}"


class P:
    """one invented customer"""

    def __init__(self, y0: int = 1944, y1: int = 2004) -> None:
        self.sei, self.sei_k, self.sei_r = rng.choice(SEI)
        self.mei, self.mei_k, self.mei_r, g = rng.choice(MEI)
        pref, city, town, zipc = rng.choice(PLACES)
        self.pref, self.city = pref, city
        self.zip = zipc
        self.addr = f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 24)}"
        if rng.random() < 0.3:
            self.addr += f" {rng.choice(BUILDINGS)}{rng.randint(1, 8)}0{rng.randint(1, 9)}"
        self.mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        area = rng.choice(AREA_CODES[pref])
        if len(area) == 2:
            self.tel = f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
        elif len(area) == 3:
            self.tel = f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        else:
            self.tel = f"{area}-{rng.randint(20, 99)}-{rng.randint(1000, 9999)}"
        self.email = _mail(self.sei_r, self.mei_r)
        self.dob = date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
        self.sex = "男" if g == "M" else "女"
        self.cid = f"C{rng.randint(10000000, 99999999)}"

    @property
    def name(self) -> str:
        return f"{self.sei} {self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.sei_k} {self.mei_k}"

    @property
    def romaji(self) -> str:
        return f"{self.mei_r} {self.sei_r}"

    def age(self, today: date = date(2024, 6, 1)) -> int:
        return today.year - self.dob.year - ((today.month, today.day) < (self.dob.month, self.dob.day))


def people(n: int, **kw) -> list[P]:
    return [P(**kw) for _ in range(n)]


# -- formatting helpers -------------------------------------------------------------------

_FW = {c: chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
_HW_KANA = str.maketrans({
    "ア": "ｱ", "イ": "ｲ", "ウ": "ｳ", "エ": "ｴ", "オ": "ｵ", "カ": "ｶ", "キ": "ｷ", "ク": "ｸ", "ケ": "ｹ",
    "コ": "ｺ", "サ": "ｻ", "シ": "ｼ", "ス": "ｽ", "セ": "ｾ", "ソ": "ｿ", "タ": "ﾀ", "チ": "ﾁ", "ツ": "ﾂ",
    "テ": "ﾃ", "ト": "ﾄ", "ナ": "ﾅ", "ニ": "ﾆ", "ヌ": "ﾇ", "ネ": "ﾈ", "ノ": "ﾉ", "ハ": "ﾊ", "ヒ": "ﾋ",
    "フ": "ﾌ", "ヘ": "ﾍ", "ホ": "ﾎ", "マ": "ﾏ", "ミ": "ﾐ", "ム": "ﾑ", "メ": "ﾒ", "モ": "ﾓ", "ヤ": "ﾔ",
    "ユ": "ﾕ", "ヨ": "ﾖ", "ラ": "ﾗ", "リ": "ﾘ", "ル": "ﾙ", "レ": "ﾚ", "ロ": "ﾛ", "ワ": "ﾜ", "ン": "ﾝ",
    "ガ": "ｶﾞ", "ギ": "ｷﾞ", "グ": "ｸﾞ", "ゲ": "ｹﾞ", "ゴ": "ｺﾞ", "ザ": "ｻﾞ", "ジ": "ｼﾞ", "ズ": "ｽﾞ",
    "ゼ": "ｾﾞ", "ゾ": "ｿﾞ", "ダ": "ﾀﾞ", "ヂ": "ﾁﾞ", "ヅ": "ﾂﾞ", "デ": "ﾃﾞ", "ド": "ﾄﾞ", "バ": "ﾊﾞ",
    "ビ": "ﾋﾞ", "ブ": "ﾌﾞ", "ベ": "ﾍﾞ", "ボ": "ﾎﾞ", "パ": "ﾊﾟ", "ピ": "ﾋﾟ", "プ": "ﾌﾟ", "ペ": "ﾍﾟ",
    "ポ": "ﾎﾟ", "ャ": "ｬ", "ュ": "ｭ", "ョ": "ｮ", "ッ": "ｯ", "ー": "ｰ", " ": " ", "ァ": "ｧ", "ィ": "ｨ",
    "ゥ": "ｩ", "ェ": "ｪ", "ォ": "ｫ", "ヲ": "ｦ",
})


def fw(s: str) -> str:
    """ASCII → full-width (０９０－１２３４…)."""
    return s.translate(_FW)


def hwkana(s: str) -> str:
    return s.translate(_HW_KANA)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, k, base = "令和", "R", 2018
    elif d >= date(1989, 1, 8):
        era, k, base = "平成", "H", 1988
    else:
        era, k, base = "昭和", "S", 1925
    y = d.year - base
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{k}{y}.{d.month}.{d.day}"
    if style == "short0":
        return f"{k}{y:02d}.{d.month:02d}.{d.day:02d}"
    if style == "fw":
        return fw(f"{k}{y}.{d.month}.{d.day}")
    if style == "kanji_fw":
        return f"{era}{fw(str(y))}年{fw(str(d.month))}月{fw(str(d.day))}日"
    raise ValueError(style)


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in str(s))


def _pad(s: str, w: int) -> str:
    return str(s) + " " * max(0, w - dw(s))


def text_table(header: list[str], rows: list[list], sep: str = "  ", rule: str = "-") -> str:
    widths = [max(dw(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    out = [sep.join(_pad(h, w) for h, w in zip(header, widths)).rstrip(),
           sep.join(rule * w for w in widths)]
    out += [sep.join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(out)


def zen_table(header: list[str], rows: list[list]) -> str:
    """columns padded with full-width spaces, as people do in Outlook with a proportional font"""
    allrows = [header, *rows]
    widths = [max(len(str(r[i])) for r in allrows) for i in range(len(header))]
    return "\n".join("　".join(str(c) + "　" * (w - len(str(c))) for c, w in zip(r, widths)).rstrip("　")
                     for r in allrows)


def html_table(header: list[str], rows: list[list], style: str = "") -> str:
    th = "".join(f"<th style=\"border:1px solid #999;padding:2px 6px;background:#dde\">{h}</th>"
                 for h in header)
    trs = "".join("<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:2px 6px\">{c}</td>"
                                   for c in r) + "</tr>" for r in rows)
    return f"<table style=\"border-collapse:collapse;{style}\"><tr>{th}</tr>{trs}</table>"


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    s = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - s % 9) + base12


def spaced(num: str, step: int = 4, sep: str = " ") -> str:
    return sep.join(num[i:i + step] for i in range(0, len(num), step))


# -- the senders and their signatures -----------------------------------------------------

KIRYU = "桐生 亮 <kiryu.ryo@hinode-sangyo.co.jp>"
HAYASE = "早瀬 美咲 <m.hayase@hinode-sangyo.co.jp>"
NIWA = "丹羽 健吾 <niwa-k@hinode-sangyo.co.jp>"
SHISHIDO = "宍戸 理恵 <shishido.rie@hinode-sangyo.co.jp>"
SAGARA = "相楽 拓也 <t-sagara@hinode-sangyo.co.jp>"
MAKABE = "真壁 亜希 <makabe@hinode-sangyo.co.jp>"
MOMOSE = "Daisuke Momose <momose.d@hinode-sangyo.co.jp>"
CHINO = "茅野 さやか <chino.s@hinode-sangyo.co.jp>"

SIG_KIRYU = """
──────────────────────────
日の出産業株式会社
情報システム部 顧客データ管理課 課長代理
桐生 亮（Kiryu Ryo）
〒103-0027 東京都中央区日本橋9-8-7 日の出ビル5F
TEL 03-5555-0142（内線2417） FAX 03-5555-0199
kiryu.ryo@hinode-sangyo.co.jp
──────────────────────────"""

SIG_HAYASE = """
--
日の出産業株式会社 情報システム部 顧客データ管理課
早瀬 美咲
TEL：03-5555-0143 ／ 内線2420"""

SIG_NIWA = """
*************************************
日の出産業株式会社 マーケティング部
CRM推進グループ  丹羽 健吾
〒103-0027 東京都中央区日本橋9-8-7
Tel.03-5555-0188  Mobile.080-5555-0331
*************************************"""

SIG_SHISHIDO = """
日の出産業株式会社 お客様相談室
宍戸 理恵（ししど りえ）
フリーダイヤル 0120-555-014（平日9:00～18:00）
直通 03-5555-0160"""

SIG_SAGARA = """
====================================
日の出産業株式会社 営業企画部
相楽 拓也 Takuya Sagara
TEL: 03-5555-0171  https://www.hinode-sangyo.co.jp/
===================================="""

SIG_MAKABE = """
日の出産業株式会社
経理部 経理課　真壁 亜希
〒103-0027 東京都中央区日本橋9-8-7
TEL 03-5555-0130"""

SIG_MOMOSE = """
--
Daisuke Momose
Customer Data Management, IT Department
Hinode Sangyo Co., Ltd.
9-8-7 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5555-0145"""

SIG_CHINO = """
------------------------------
日の出産業(株) 情報システム部
茅野 さやか  内線2433
------------------------------"""

DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。"
           "本メールの無断転載・複製・転送を禁じます。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete this "
           "e-mail. Any unauthorised copying, disclosure or distribution is prohibited.")

# external contacts (partners named in the brief, and invented vendors)
TSUBASA_KIBI = "吉備 隆之 <kibi@tsubasa-system.jp>"
TSUBASA_MITSUYA = "三ツ矢 楓 <mitsuya@tsubasa-system.jp>"
NEXUS = "尾上 智之 <onoe@crm-nexus.co.jp>"
CLEANSE = "榊 真琴 <sakaki@datacleanse.co.jp>"
NISHIKI = "藤代 修 <fujishiro@nishiki-insatsu.co.jp>"
MAILWAVE = "メールウェーブ サポート <support@mailwave.jp>"
CALLBRIDGE = "コールブリッジ SV 野々村 <sv-lead@callbridge.jp>"
HOSHIZORA = "山岡 玲奈 <yamaoka@hoshizora-ad.co.jp>"
LUMINA = "Ryan Tan <r.tan@luminadata.com>"
TOWA = "石上 透 <t.ishigami@towa-research.co.jp>"
MIDORI = "大岩 聡 <ooiwa@midori-ginko.co.jp>"
KITAGUNI = "水原 沙紀 <saki.mizuhara@kitaguni-foods.co.jp>"
SAKURA = "さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"
AOBA = "青葉運輸 お客様係 <haisou@aoba-unyu.co.jp>"
SHIRAKAWA = "白川 法律事務所 白川 弁護士 <shirakawa@shirakawa-law.jp>"
KAWASAKI = "池田 浩之 <ikeda@kawasaki-denki.co.jp>"


# =========================================================================================
# 001-020
# =========================================================================================

# 001 — 名寄せ保留分 12 records, ASCII-padded columns, to the cleansing vendor
_p = people(12)
_rows = []
for i, p in enumerate(_p):
    _rows.append([p.cid, p.name, p.kana, p.tel if i % 3 else p.mobile, p.addr.split(" ")[0],
                  rng.choice(["統合", "別人", "統合", "要確認"])])
add(1, sender=KIRYU, to=[CLEANSE], cc=[HAYASE], charset="iso-2022-jp",
    subject="名寄せ判定「保留」分（第2バッチ）の弊社判定について",
    body=f"""株式会社データクレンズ
榊様

いつもお世話になっております。日の出産業の桐生です。

先日ご納品いただいた名寄せ結果のうち、判定が「保留」となっていた12件について、
弊社で旧基幹の原票と突き合わせた結果を下記にまとめました。
右端の「弊社判定」をご確認のうえ、統合キーの再計算をお願いできますでしょうか。

{text_table(["顧客ID", "氏名", "カナ", "電話番号", "住所", "弊社判定"], _rows)}

「要確認」の分は、来週の定例で画面を見ながら決めさせてください。
よろしくお願いいたします。
{SIG_KIRYU}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="12 customers' name/phone/address rows in a padded table to an external vendor")

# 002 — cut-over schedule, counts only
add(2, sender=KIRYU, to=[TSUBASA_KIBI], cc=[HAYASE, "情報システム部 部長 稲垣 <inagaki@hinode-sangyo.co.jp>"],
    charset="iso-2022-jp",
    subject="顧客マスタ移行 本番切替スケジュール（確定版）",
    body=f"""ツバサシステム株式会社
吉備様

お世話になっております。日の出産業の桐生です。
本番切替のスケジュールが社内承認されましたので、確定版としてご連絡いたします。

■本番切替
　9月14日(土) 20:00　旧顧客DB 更新停止
　9月14日(土) 21:00　最終差分抽出・移行開始
　9月15日(日) 09:00　件数照合（旧 184,220件 → 新 171,906件 予定、名寄せによる統合 12,314件）
　9月15日(日) 15:00　業務確認・Go/NoGo 判定
　9月16日(月) 08:30　新CRM 利用開始

■切り戻し判断期限
　9月15日(日) 18:00

件数に差異が出た場合の照合手順は、前回リハーサルの手順書 v1.3 をそのまま使います。
ご不明点があればお知らせください。

{SIG_KIRYU}

{DISC_JA}""",
    expect="pass", entities=[], detectors=[],
    note="schedule and record counts to the partner vendor; only a disclaimer mentions 機密")

# 003 — sample of 20 customers, XLSX with cover sheet and a title row above the header
_p = people(20)
_hdr = ["顧客番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話番号", "メールアドレス", "会員ランク"]
_rows = [[p.cid, p.name, p.kana, ymd(p.dob), p.zip, p.addr, p.mobile if i % 2 else p.tel, p.email,
          rng.choice(["ゴールド", "シルバー", "一般", "一般"])] for i, p in enumerate(_p)]
add(3, sender=HAYASE, to=[NEXUS], cc=[KIRYU], charset="utf-8",
    subject="【ネクサスCRM移行】顧客マスタのサンプル（20件）をお送りします",
    body=f"""ネクサスCRM株式会社
尾上様

お世話になっております。日の出産業 顧客データ管理課の早瀬です。

先日のお打ち合わせでご依頼いただいた、取込検証用の顧客マスタサンプルを添付いたします。
本番DBから20件を抽出したものです（文字コードの確認用に、旧字・長い住所の方を意図的に含めています）。

・シート「表紙」　…作成条件
・シート「顧客」　…サンプル本体
・シート「変更履歴」

インポート時にエラーになる項目がありましたらご連絡ください。
{SIG_HAYASE}""",
    attachments=[{"kind": "xlsx", "name": "顧客マスタ_移行サンプル_20件.xlsx",
                  "sheets": {
                      "表紙": [["顧客マスタ 移行検証用サンプル"], [], ["抽出元", "旧顧客DB（本番）"],
                               ["抽出日", "2024/06/10"], ["件数", 20], ["作成", "情報システム部 早瀬"]],
                      "顧客": [["顧客マスタ抽出（移行検証用）"], [], _hdr, *_rows],
                      "変更履歴": [["版", "日付", "内容"], ["1.0", "2024/06/10", "初版"]],
                  }}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="20 real customer records (name, DOB, address, phone, e-mail) in an XLSX to the CRM vendor")

# 004 — unsubscribe list: e-mail addresses only, CSV UTF-8
_p = people(30)
_rows = [["email", "unsubscribed_at", "reason_code"]] + [
    [p.email, f"2024-06-{rng.randint(1, 7):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
     rng.choice(["U01", "U01", "U02", "U05"])] for p in _p]
add(4, sender=NIWA, to=[MAILWAVE], charset="iso-2022-jp",
    subject="配信停止リスト（6月第1週分）の反映依頼",
    body=f"""メールウェーブ株式会社
サポートご担当者様

いつもお世話になっております。日の出産業 CRM推進グループの丹羽です。
6月第1週に店頭・コールセンター経由で受け付けた配信停止分（30件）を添付します。
管理画面の一括アップロードが当方でエラーになったため、お手数ですが御社側で反映をお願いできますでしょうか。
（reason_code は前回お渡しした定義のとおりです）

以上、よろしくお願いいたします。
{SIG_NIWA}""",
    attachments=[{"kind": "csv", "name": "unsubscribe_20240607.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop", entities=["EMAIL_ADDRESS"], detectors=["personal_data"],
    note="unsubscribe list: 30 private e-mail addresses (no name column) in a CSV to the mail vendor")

# 005 — internal only: duplicate check result, tab separated
_p = people(8)
_lines = "\n".join(f"{p.cid}\t{p.name}\t{p.mobile}\t{p.email}\t{rng.randint(2, 4)}"
                   for p in _p)
add(5, sender=HAYASE, to=[KIRYU, NIWA], cc=["茅野 さやか <chino.s@mail.hinode-sangyo.co.jp>"],
    charset="iso-2022-jp",
    subject="重複チェック結果（メールアドレス重複・上位8件）",
    body=f"""桐生さん、丹羽さん

お疲れさまです。早瀬です。
週次の重複チェックで、同じメールアドレスで複数の会員IDが作られているものの上位8件です。
（右端が重複している会員IDの数）

代表ID\t氏名\t携帯\tメール\t重複数
{_lines}

店頭タブレットからの新規登録で二重登録になっているようなので、
丹羽さんの方で店舗への周知をお願いできますか。
{SIG_HAYASE}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=[],
    note="all recipients internal (incl. mail. subdomain): a list inside the company may go")

# 006 — one customer's card number read out on the phone, to the outsourced call centre
_c = card_number(SEED + 0)
_p = P()
add(6, sender=SHISHIDO, to=[CALLBRIDGE], charset="iso-2022-jp",
    subject="【至急】決済エラーのお客様への折返し依頼",
    body=f"""コールブリッジ株式会社
野々村様

お世話になっております。日の出産業 お客様相談室の宍戸です。
本日午前に相談室へお電話のあった件、折返しを御社でお願いできますでしょうか。

　会員番号：{_p.cid}
　お名前　：{_p.name} 様（{_p.kana}）
　ご連絡先：{_p.mobile}（15時以降希望）
　内容　　：定期便の決済がエラーになる。お客様が電話口で読み上げたカード番号は
　　　　　　{spaced(_c, 4, "-")}（有効期限 08/27）
　　　　　　とのことですが、登録済みのカードと下4桁が一致しません。

カードの再登録は会員サイトからお願いする形でご案内ください。
よろしくお願いいたします。
{SIG_SHISHIDO}""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one customer's full credit card number with name and phone to an external call centre")

# 007 — look-alike of the partner vendor (an extra s), ordinary content
add(7, sender=KIRYU, to=["吉備 隆之 <kibi@tsubasa-systems.jp>"], charset="iso-2022-jp",
    subject="Re: 検証環境の接続情報について",
    body=f"""吉備様

お世話になっております。桐生です。
接続情報のご連絡ありがとうございました。
VPN は問題なく接続できましたが、検証用DBへのログインで権限エラーが出ております。
お手数ですが、ロール「CRM_MIGRATION_RO」の付与状況をご確認いただけますでしょうか。

あわせて、来週木曜の移行リハーサルは予定どおり10時開始で問題ございません。

> 桐生様
> 検証環境の接続情報を別途お送りしましたのでご確認ください。
> ツバサシステム 吉備
{SIG_KIRYU}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain tsubasa-systems.jp is a look-alike of partner tsubasa-system.jp")

# 008 — reply; the customer list is only in the quoted text
_p = people(6)
_q = "\n".join(f"> {i + 1}. {p.cid} {p.name} {p.tel} {p.addr}" for i, p in enumerate(_p))
add(8, sender=HAYASE, to=[TSUBASA_MITSUYA], cc=[KIRYU], charset="iso-2022-jp",
    subject="Re: 統合候補6件のご確認のお願い",
    body=f"""三ツ矢様

お世話になっております。早瀬です。
ご確認ありがとうございます。下記6件のうち、{_p[1].cid} と {_p[4].cid} の2件は
別人と確認できましたので統合不要でお願いします。残り4件は御社案どおり統合で問題ありません。

{SIG_HAYASE}

-----
三ツ矢 楓 wrote:
> 早瀬様
> 統合候補のうち判断がつかなかった6件です。ご確認をお願いいたします。
{_q}
> 以上です。
""",
    expect="pass", entities=[], detectors=[],
    note="the six customers appear only in the quoted text the vendor sent; new text has IDs only")

# 009 — HTML-only: campaign winners for prize shipping
_p = people(8)
_rows = [[p.name, "〒" + p.zip, p.addr, p.mobile, rng.choice(["A賞 旬の果物詰合せ", "B賞 ギフトカード3,000円分", "B賞 ギフトカード3,000円分"])]
         for p in _p]
add(9, sender=NIWA, to=[HOSHIZORA], charset="utf-8",
    subject="夏のプレゼントキャンペーン 当選者リスト（賞品発送用）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>株式会社ほしぞら広告<br>山岡様</p>
<p>いつもお世話になっております。日の出産業の丹羽です。<br>
夏のプレゼントキャンペーンの当選者8名分の発送先をお送りします。<br>
賞品の手配・発送をよろしくお願いいたします。</p>
{html_table(["お名前", "郵便番号", "ご住所", "電話番号", "賞品"], _rows)}
<p>発送完了後、送り状番号の一覧をいただけますと助かります。</p>
<p>--<br>日の出産業株式会社 マーケティング部 CRM推進グループ<br>丹羽 健吾<br>Tel.03-5555-0188</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only mail with a table of 8 winners' names, addresses and phones to an ad agency")

# 010 — RFP announcement with four competing vendors visible in To
add(10, sender=SAGARA,
    to=[NEXUS, "クラウドミント 営業部 <sales@cloudmint.jp>", "広瀬 薫 <k.hirose@kcs-solutions.co.jp>",
        "ツバサシステム 営業窓口 <info@tsubasa-system.jp>"],
    charset="iso-2022-jp",
    subject="【ご案内】次期CRM基盤 RFP説明会の開催について",
    body=f"""各位

平素より大変お世話になっております。日の出産業 営業企画部の相楽でございます。

このたび弊社では、顧客データ基盤の刷新に向けて次期CRM基盤の提案依頼（RFP）を実施いたします。
つきましては、下記のとおり説明会を開催いたしますので、ご参加いただけますと幸いです。

　日時：7月3日(水) 14:00～15:30
　場所：弊社本社 5階 大会議室（オンライン参加可）
　内容：現行システム概要、移行対象データ量、スケジュール、提案書の提出要領

ご参加の可否を6月28日(金)までにご返信ください。
なお、RFP資料の開示にあたっては秘密保持契約の締結をお願いしております。
{SIG_SAGARA}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four competing vendors (four external organisations) see each other in To: should be Bcc")

# 011 — three-way meeting mail: two external organisations
add(11, sender=KIRYU, to=[TSUBASA_KIBI], cc=[NEXUS, HAYASE], charset="iso-2022-jp",
    subject="三者定例（第5回）アジェンダ",
    body=f"""ツバサシステム 吉備様
ネクサスCRM 尾上様

お世話になっております。日の出産業の桐生です。
明日の三者定例のアジェンダをお送りします。

1. 前回宿題の確認（文字コード変換表、外字の扱い）
2. 名寄せ後の顧客番号の採番ルール
3. 第2回移行リハーサルの結果と課題（課題管理表 No.31～No.44）
4. 本番切替に向けた体制・連絡手段

資料は共有フォルダの「05_定例」に格納済みです。
よろしくお願いいたします。
{SIG_KIRYU}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail: two external organisations in To/Cc")

# 012 — one customer, health information, to the call centre
_p = P(1950, 1975)
_fam = rng.choice(MEI)
add(12, sender=SHISHIDO, to=[CALLBRIDGE], charset="shift_jis",
    subject="架電NG・対応注意のお客様について（共有）",
    body=f"""野々村様

お疲れさまです。宍戸です。
下記のお客様について、ご家族から申し出がありましたので架電リストから外していただけますか。

　会員番号　{_p.cid}
　氏名　　　{_p.name}（{_p.kana}）様
　電話　　　{_p.tel}

ご家族（長女の{_fam[0]}様）のお話では、ご本人は双極性障害で通院治療中で、
営業のお電話があると高額の注文をしてしまうことがあるとのことです。
今後の連絡はすべて長女様経由（相談室で承ります）とさせてください。

CRM上は「架電不可」フラグを立てていますが、御社の発信リストが前日抽出のため、
明日分には残っているかもしれません。お手数ですがよろしくお願いします。
{SIG_SHISHIDO}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="medical condition (双極性障害, 通院) of one named customer to an external call centre")

# 013 — My Numbers found in a free-text column, sent to the vendor to have them deleted
_p = people(3, y0=1950, y1=1985)
_mn = [my_number(SEED + k) for k in range(3)]
_lines = "\n".join([
    f"  {_p[0].cid}  {_p[0].name}  備考：「個人番号 {spaced(_mn[0])} H28支払調書用」",
    f"  {_p[1].cid}  {_p[1].name}  備考：「マイナンバー{_mn[1]}（本人申告）」",
    f"  {_p[2].cid}  {_p[2].name}  備考：「講師謝礼 番号{spaced(_mn[2], 4, '-')} 済」",
])
add(13, sender=KIRYU, to=[TSUBASA_KIBI], cc=[HAYASE], charset="iso-2022-jp",
    subject="旧顧客DB 備考欄への個人番号混入レコードの件（除外依頼）",
    body=f"""吉備様

お世話になっております。桐生です。
データプロファイリングの結果、旧顧客DBの自由記述の備考欄に
個人番号（マイナンバー）と思われる12桁の数字が入っているレコードが3件見つかりました。

{_lines}

いずれも当時の経理処理のメモが誤って顧客側に残ったもののようです。
この3件は備考欄を空にしたうえで移行していただき、検証環境に取り込み済みのデータからも
削除をお願いできますでしょうか。削除完了のご報告をいただければ、社内に報告いたします。
{SIG_KIRYU}""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=["personal_data"],
    note="three My Numbers with names, sent out even though the aim is to have them deleted")

# 014 — mapping comments; the risky words are field names only
add(14, sender=HAYASE, to=[NEXUS], charset="iso-2022-jp",
    subject="項目マッピング表 v0.9 へのコメント",
    body=f"""尾上様

お世話になっております。早瀬です。
項目マッピング表 v0.9 を拝見しました。コメントは以下のとおりです。

旧項目名              → 新項目名             コメント
--------------------  ---------------------  ----------------------------------
KOKYAKU_NO            → customer_code        10桁ゼロ埋めに統一
KANJI_SHIMEI          → full_name            姓名の区切りは全角スペース
TEL1 / TEL2           → phone / mobile       ハイフン除去で正規化
MYNUMBER_FLG          → （移行しない）        マイナンバー項目は移行対象外
CARD_NO_MASK          → （移行しない）        クレジットカード番号は決済代行側で保持
KENKO_MEMO            → （移行しない）        要配慮個人情報に当たりうるため廃棄
DM_FUKA               → do_not_mail          配信停止フラグ

特に最後の3つ上の項目は、社内の個人情報保護委員会でも確認済みです。
v1.0 への反映をお願いいたします。
{SIG_HAYASE}""",
    expect="pass", entities=[], detectors=[],
    note="a field mapping: マイナンバー, カード番号, 要配慮 appear as column names only, no data")

# 015 — PPAP: password ZIP with the DM list
_p = people(25)
_rows = [["お客様番号", "郵便番号", "住所1", "氏名", "DMコード"]] + [
    [p.cid, p.zip, p.addr, p.name + " 様", f"DM07-{rng.randint(1, 4)}"] for p in _p]
add(15, sender=NIWA, to=[NISHIKI], charset="iso-2022-jp",
    subject="7月DM 発送リスト送付",
    body=f"""錦印刷株式会社
藤代様

いつもお世話になっております。日の出産業の丹羽です。
7月DMの発送リストを添付にてお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせいたします。

件数：約2万件（うち DM07-4 は封入物が異なりますのでご注意ください）
{SIG_NIWA}""",
    attachments=[{"kind": "zip", "name": "DM0712_発送リスト.zip", "password": "Dm0712#hn",
                  "files": [{"kind": "csv", "name": "DM0712_list.csv", "rows": _rows}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the attachment cannot be inspected")

# 016 — the password mail that follows
add(16, sender=NIWA, to=[NISHIKI], charset="iso-2022-jp",
    subject="【パスワード】7月DM 発送リスト送付",
    body=f"""藤代様

先ほどお送りした「DM0712_発送リスト.zip」のパスワードをお知らせします。

　Dm0712#hn

解凍できない場合はご連絡ください。
{SIG_NIWA}""",
    expect="pass", entities=[], detectors=[],
    note="only a password, no attachment and no personal data")

# 017 — DOCX stamped 社外秘 in its header
add(17, sender=KIRYU, to=[CLEANSE], charset="utf-8",
    subject="名寄せルール定義書 v3 のご送付",
    body=f"""榊様

お世話になっております。桐生です。
ご依頼のあった名寄せルール定義書の最新版（v3）を添付いたします。
v2 からの変更点は、電話番号の正規化（市外局番の扱い）と、旧字体の同一視テーブルの追加です。
{SIG_KIRYU}""",
    attachments=[{"kind": "docx", "name": "名寄せルール定義書_v3.docx", "page_header": "社外秘",
                  "title": "名寄せルール定義書 v3",
                  "paragraphs": [
                      "社外秘",
                      "名寄せルール定義書（第3版）",
                      "日の出産業株式会社 情報システム部 顧客データ管理課",
                      "1. 目的　本書は顧客データ統合における同一人物判定の基準を定める。",
                      "2. 正規化　氏名は全角に統一し、旧字体（髙→高、﨑→崎、邊→辺）を同一視する。",
                      "3. 電話番号　ハイフン・括弧を除去し、市外局番の有無の差は同一とみなす。",
                      "4. 判定　氏名カナ＋生年月日＋電話番号の3項目一致を「統合」、2項目一致を「保留」とする。",
                      "5. 例外　法人顧客および家族会員は本ルールの対象外とする。",
                  ],
                  "tables": [[["ルールID", "条件", "判定"], ["R01", "カナ・生年月日・電話一致", "統合"],
                              ["R02", "カナ・生年月日一致、電話不一致", "保留"],
                              ["R03", "メール一致のみ", "保留"]]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached document is stamped 社外秘 (header and first line) and goes to a vendor")

# 018 — about an NDA: mentions 機密情報 but carries no marking
add(18, sender=SAGARA, to=[CLEANSE], charset="iso-2022-jp",
    subject="秘密保持契約書（案）のご確認について",
    body=f"""株式会社データクレンズ
榊様

いつもお世話になっております。日の出産業 営業企画部の相楽です。
名寄せ業務の委託に先立ち、秘密保持契約書の弊社案を添付いたします。
第3条（機密情報の範囲）と第8条（返還・廃棄）について、御社法務のご確認をお願いいたします。
修正がございましたら変更履歴付きでお戻しください。
{SIG_SAGARA}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_日の出産業_データクレンズ.docx",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という）と株式会社データクレンズ（以下「乙」という）は、"
                      "甲が乙に委託する顧客データの名寄せ業務に関し、次のとおり契約を締結する。",
                      "第1条（目的）本契約は、甲乙間で開示される機密情報の取扱いを定めることを目的とする。",
                      "第3条（機密情報の範囲）本契約において機密情報とは、甲が乙に開示する一切の技術上・営業上の情報"
                      "および個人情報をいう。",
                      "第8条（返還・廃棄）乙は、委託業務の終了後速やかに機密情報を返還または廃棄し、"
                      "その旨を書面で甲に報告する。",
                      "（以下略）",
                  ]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA; 機密情報 is the contract's subject matter, not a marking")

# 019 — no name column: member number, DOB, sex, postcode, phone
_p = people(10)
_lines = "\n".join(f"{rng.randint(20000000, 29999999)},{ymd(p.dob, '-')},{p.sex},{p.zip},{p.mobile},2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                   for p in _p)
add(19, sender=NIWA, to=[TOWA], charset="iso-2022-jp",
    subject="顧客満足度調査 対象者データ（属性のみ）",
    body=f"""東和リサーチ株式会社
石上様

お世話になっております。丹羽です。
電話調査の対象者データをお送りします。
氏名は不要とのことでしたので外してあります（属性と電話番号のみ）。
まずは試行分の10件です。

会員番号,生年月日,性別,郵便番号,電話番号,最終来店日
{_lines}

本調査分（約800件）は来週お送りします。
{SIG_NIWA}""",
    expect="stop", entities=["DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="10 customer records without a name column (DOB, sex, postcode, phone) to a research firm")

# 020 — list of our own shops: business contacts, not people
_shops = [("日本橋本店", "東京都中央区日本橋9-8-7", "03-5555-0100"),
          ("横浜ポルタ店", "神奈川県横浜市西区高島2-16-1", "045-555-0231"),
          ("大宮駅前店", "埼玉県さいたま市大宮区桜木町1-7-5", "048-555-0412"),
          ("梅田店", "大阪府大阪市北区梅田3-1-3", "06-5555-0820"),
          ("栄店", "愛知県名古屋市中区栄3-5-12", "052-555-0375"),
          ("天神店", "福岡県福岡市中央区天神2-11-1", "092-555-0913"),
          ("札幌大通店", "北海道札幌市中央区大通西4-6", "011-555-0208"),
          ("仙台一番町店", "宮城県仙台市青葉区一番町3-8-11", "022-555-0547")]
add(20, sender=NIWA, to=[NISHIKI], charset="iso-2022-jp",
    subject="DM裏面 掲載店舗一覧の差し替え",
    body="藤代様\n\nお世話になっております。丹羽です。\n"
         "7月DMの裏面に載せる店舗一覧ですが、2店舗の移転があったため下記に差し替えをお願いします。\n\n"
         + "\n".join(f"■{n}\n　{a}\n　TEL {t}（10:00～19:00）" for n, a, t in _shops)
         + "\n\n大宮駅前店・天神店が移転後の住所です。校正は来週火曜までにいただけますと助かります。\n"
         + SIG_NIWA,
    expect="pass", entities=[], detectors=[],
    note="a list of shops (business addresses and switchboards), not people")


# =========================================================================================
# 021-040
# =========================================================================================

# 021 — six people in running text (no table)
_p = people(6, y0=1940, y1=1975)
_p[2].sei, _p[2].sei_k, _p[2].sei_r = _p[1].sei, _p[1].sei_k, _p[1].sei_r
_p[2].addr = _p[1].addr
_t = [
    f"1組目は、{_p[0].name}様（{wareki(_p[0].dob)}生、{_p[0].addr}）と、"
    f"同じ生年月日で「{_p[0].sei} {hwkana(_p[0].mei_k)}」と半角カナで登録されている方です。"
    f"電話番号がどちらも{_p[0].tel}なので同一人物で間違いないと考えています。",
    f"2組目の{_p[1].name}様（{_p[1].mobile}）と{_p[2].name}様（{_p[2].mobile}）は、"
    f"住所が同じ「{_p[1].addr}」ですが、生年月日が{ymd(_p[1].dob)}と{ymd(_p[2].dob)}で異なるため、"
    f"ご家族と判断して別人のまま残します。",
    f"3組目の{_p[3].name}様は、旧姓の「{_p[4].sei} {_p[3].mei}」名義でも登録があり、"
    f"生年月日（{wareki(_p[3].dob, 'short')}）と携帯{_p[3].mobile}が一致しています。婚姻による改姓と思われますので統合をお願いします。",
    f"最後に{_p[5].name}様ですが、{_p[5].addr}の住所で3件の会員IDがあり、"
    f"うち1件だけ生年月日が{ymd(_p[5].dob)}ではなく1月1日になっています（店頭での仮入力と思われます）。",
]
add(21, sender=HAYASE, to=[CLEANSE], cc=[KIRYU], charset="shift_jis",
    subject="Re: 同一人物判定の件（判断材料の追加）",
    body="榊様\n\nお世話になっております。早瀬です。\n"
         "昨日お問い合わせいただいた判定保留の4組について、社内で確認した内容をお伝えします。\n\n"
         + "\n\n".join(_t)
         + "\n\n以上を踏まえて再判定をお願いできますでしょうか。\n" + SIG_HAYASE,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six customers' names, DOBs, addresses and phones written in running prose to a vendor")

# 022 — notice to members with all addresses in To
_p = people(6)
add(22, sender=SHISHIDO, to=[f"{p.email}" for p in _p], charset="iso-2022-jp",
    subject="【日の出産業】会員サイト移行に伴うご登録情報再確認のお願い",
    body=f"""会員の皆様

いつも日の出産業をご利用いただき、誠にありがとうございます。
お客様相談室の宍戸でございます。

先日お問い合わせをいただきました会員サイトのログインの件につきまして、
9月16日の会員サイトのリニューアルに伴い、ログインIDがメールアドレスに変更となります。
お手数ですが、リニューアル後に「パスワードを忘れた方」から再設定をお願いいたします。

ご不明な点がございましたら、本メールにご返信いただくか、下記までお問い合わせください。
{SIG_SHISHIDO}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="six private customers on free mail see each other's addresses in To: should be Bcc")

# 023 — one free-mail recipient: confirmation of an unsubscribe
_p = P()
add(23, sender=SHISHIDO, to=[f"{_p.name} <{_p.email}>"], charset="iso-2022-jp",
    subject="メールマガジン配信停止のお手続き完了のお知らせ",
    body=f"""{_p.name} 様

このたびは日の出産業にお問い合わせいただき、ありがとうございます。
お客様相談室の宍戸でございます。

ご依頼いただきましたメールマガジンの配信停止手続きが完了いたしました。
システムの都合上、すでに配信予約済みのメールが数日間届く場合がございます。
ご迷惑をおかけいたしますが、何卒ご了承くださいませ。
{SIG_SHISHIDO}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a reply to one customer on free mail; only the recipient's own name")

# 024 — legacy XLS with 和暦 dates, 15 rows
_p = people(15, y0=1935, y1=1970)
_rows = [["得意先CD", "漢字氏名", "カナ氏名", "生年月日", "郵便番号", "住所", "電話番号", "登録日"]] + [
    [f"{rng.randint(100000, 399999)}", p.name, hwkana(p.kana), wareki(p.dob, "short0"), p.zip, p.addr,
     p.tel, wareki(date(rng.randint(1992, 2005), rng.randint(1, 12), rng.randint(1, 28)), "short0")]
    for p in _p]
add(24, sender=KIRYU, to=[NEXUS], charset="iso-2022-jp",
    subject="旧販売管理（オフコン時代）の顧客データ サンプル",
    body=f"""尾上様

お世話になっております。桐生です。
先日話題に出ました、オフコン時代の販売管理から引き継いでいる顧客データのサンプルです。
生年月日と登録日が和暦の文字列（S45.03.12 形式）で入っており、カナは半角です。
変換ロジックの検討にお使いください。15件抜き出しています。
{SIG_KIRYU}""",
    attachments=[{"kind": "xls", "name": "TOKUISAKI_SAMPLE.xls", "sheets": {"TOKUI": _rows}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="15 customers with 和暦 DOBs, addresses and phones in a legacy XLS to the CRM vendor")

# 025 — forward of an internal shop report to the call centre
_p = people(7)
_lst = "\n".join(f"  {i + 1}) {p.name} 様　{p.mobile if i % 2 else p.tel}　注文番号 HN-{rng.randint(240000, 249999)}"
                 for i, p in enumerate(_p))
add(25, sender=NIWA, to=[CALLBRIDGE], charset="iso-2022-jp",
    subject="FW: 【横浜店】配送遅延でご迷惑をおかけしたお客様",
    body=f"""野々村様

お世話になっております。丹羽です。
下記、横浜店からの報告です。リストのお客様に、明日以降お詫びのお電話をお願いできますでしょうか。
トークは先日お渡しした「配送遅延お詫び」版でお願いします。

-------- 転送メッセージ --------
差出人: 日の出産業 横浜ポルタ店 <yokohama-porta@hinode-sangyo.co.jp>
日付: 2024年6月18日 17:42
宛先: 丹羽 健吾 <niwa-k@hinode-sangyo.co.jp>
件名: 【横浜店】配送遅延でご迷惑をおかけしたお客様

丹羽さん

お疲れさまです。横浜ポルタ店の西条です。
青葉運輸さんの遅延で、お届けが1週間以上遅れたお客様の一覧です。
店頭でもお詫びしましたが、本部からも一言いただけると助かります。

{_lst}

よろしくお願いします。
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forwarded internal mail with 7 customers' names and phones: new text to the call centre")

# 026 — English, test environment; promises synthetic data only
add(26, sender=MOMOSE, to=[LUMINA], charset="utf-8",
    subject="Test environment - load test window next week",
    body=f"""Hi Ryan,

Thanks for the quick turnaround on the staging build.

We would like to run the load test on the customer search API next Tuesday, 09:00-12:00 JST.
Our script will create about 200,000 synthetic customer records; no production data
will be copied to the staging environment, as agreed in the data handling addendum.

Could you confirm that auto-scaling is disabled during the window so that we get
comparable numbers? Please also share the Grafana dashboard link.

Best regards,
{SIG_MOMOSE}""",
    expect="pass", entities=[], detectors=[],
    note="ordinary English mail to an offshore developer; no personal data")

# 027 — synthetic test data that looks real
_p = people(10)
_rows = [["customer_id", "name_kanji", "name_kana", "birth_date", "gender", "zip", "address", "tel", "email"]] + [
    [f"T{9000000 + i:07d}", p.name, p.kana, ymd(p.dob, "-"), "M" if p.sex == "男" else "F", p.zip, p.addr,
     p.mobile, p.email] for i, p in enumerate(_p)]
add(27, sender=MOMOSE, to=[LUMINA], charset="utf-8",
    subject="Synthetic test data set v2 (10 sample rows)",
    body=f"""Hi Ryan,

Attached are 10 sample rows of the synthetic data set v2 for your unit tests.
All records are generated by our Faker-based script (ja_JP locale) - names, addresses,
phone numbers and e-mail addresses are fictitious and do not belong to real customers.
The full set (200,000 rows) will be placed on the SFTP server.

Please let me know if the format works for you.

Best regards,
{SIG_MOMOSE}""",
    attachments=[{"kind": "csv", "name": "synthetic_customers_v2_sample.csv", "encoding": "utf-8",
                  "rows": _rows}],
    expect="either",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="10 realistic-looking records declared synthetic: a privacy officer cannot tell them from real data")

# 028 — duplicate entrants between partner and us, DOCX table
_p = people(8)
_rows = [["応募番号", "氏名", "メールアドレス", "電話番号", "重複先"]] + [
    [f"KF-{rng.randint(10000, 99999)}", p.name, p.email, p.mobile, rng.choice(["日の出会員", "日の出会員", "北国会員"])]
    for p in _p]
add(28, sender=NIWA, to=[KITAGUNI], charset="utf-8",
    subject="共同キャンペーン 重複応募者の照合結果",
    body=f"""北国フーズ株式会社
水原様

いつもお世話になっております。日の出産業の丹羽です。
共同キャンペーンの応募データについて、両社の会員データとの照合結果を添付いたします。
同一メールアドレス・電話番号で複数応募されている8名です。
抽選の対象から外すかどうか、ご意見をいただけますでしょうか。
{SIG_NIWA}""",
    attachments=[{"kind": "docx", "name": "重複応募者照合結果.docx", "title": "重複応募者照合結果",
                  "paragraphs": ["共同キャンペーン 重複応募者照合結果", "照合日：2024年7月1日", "照合キー：メールアドレス、電話番号"],
                  "tables": [_rows]}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="8 entrants' names, e-mails and phones in a DOCX table to a partner company")

# 029 — look-alike of the printer, with three sample addresses
_p = people(3)
add(29, sender=NIWA, to=["藤代 修 <fujishiro@nishiki-insatu.co.jp>"], charset="iso-2022-jp",
    subject="DM校正用 宛名サンプル3件",
    body=f"""藤代様

お世話になっております。丹羽です。
宛名ラベルの校正用に、長い住所・外字を含む3件をお送りします。
レイアウトが崩れないかご確認ください。

〒{_p[0].zip}
{_p[0].addr}
{_p[0].name} 様

〒{_p[1].zip}
{_p[1].addr}
{_p[1].name} 様

〒{_p[2].zip}
{_p[2].addr}
{_p[2].name} 様
{SIG_NIWA}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="nishiki-insatu.co.jp (dropped s) is a look-alike of partner nishiki-insatsu.co.jp")

# 030 — three records that break on 外字: a bug report
_p = people(3)
_names = ["髙" + "橋 " + _p[0].mei, "山﨑 " + _p[1].mei, "𠮷田 " + _p[2].mei]
add(30, sender=HAYASE, to=[TSUBASA_MITSUYA], charset="utf-8",
    subject="【不具合報告】移行後に外字が化けるレコード（3件）",
    body=f"""三ツ矢様

お世話になっております。早瀬です。
第2回リハーサルの移行結果で、氏名の外字が「?」に化けているレコードが3件ありました。

No.1 {_p[0].cid} {_names[0]} / {_p[0].addr} / {_p[0].tel}
No.2 {_p[1].cid} {_names[1]} / {_p[1].addr} / {_p[1].tel}
No.3 {_p[2].cid} {_names[2]} / {_p[2].addr} / {_p[2].tel}

いずれも住所・電話は正しく移行されており、氏名だけの問題のようです。
変換テーブルに「髙」「﨑」「𠮷」が入っているかご確認いただけますか。
{SIG_HAYASE}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three customers' records for a bug report: under five people, may be warned")

# 031 — PDF table of direct-debit forms with account numbers, to the bank
_p = people(8)
_tbl = [["お客様番号", "口座名義（カナ）", "金融機関", "支店", "種目", "口座番号", "不備内容"]] + [
    [p.cid, hwkana(p.kana), "みどり銀行", rng.choice(["本店営業部", "新宿支店", "船橋支店", "浦和支店", "梅田支店"]),
     "普通", f"{rng.randint(1000000, 9999999)}", rng.choice(["届出印相違", "名義相違", "口座番号誤り", "記入漏れ"])]
    for p in _p]
add(31, sender=MAKABE, to=[MIDORI], charset="iso-2022-jp",
    subject="口座振替依頼書 不備分（8件）のご照会",
    body=f"""株式会社みどり銀行
法人営業部 大岩様

いつも大変お世話になっております。日の出産業 経理部の真壁でございます。
先月お預けした口座振替依頼書のうち、不備返却となった8件について、
不備内容の詳細をご照会させていただきたく、一覧をPDFにて添付いたします。
お手数をおかけしますが、ご確認のほどよろしくお願いいたします。
{SIG_MAKABE}""",
    attachments=[{"kind": "pdf", "name": "口座振替依頼書_不備一覧_202406.pdf", "title": "口座振替依頼書 不備一覧",
                  "lines": ["口座振替依頼書 不備一覧（2024年6月返却分）", "日の出産業株式会社 経理部", ""],
                  "table": _tbl}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="8 customers' names and bank account numbers in a PDF table to the bank")

# 032 — corrupt XLSX
add(32, sender=HAYASE, to=[NEXUS], charset="iso-2022-jp",
    subject="差分データ（6/12締め分）",
    body=f"""尾上様

お世話になっております。早瀬です。
6/12締めの差分データをお送りします。
新規 1,204件、変更 3,318件、削除（退会）212件です。
{SIG_HAYASE}""",
    attachments=[{"kind": "corrupt", "name": "差分データ_0612.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be read")

# 033 — internal: a My Number for a payment record
_p = P(1960, 1980)
add(33, sender=MAKABE, to=["経理課 支払担当 <shiharai@hinode-sangyo.co.jp>"], cc=[NIWA], charset="iso-2022-jp",
    subject="会員向けセミナー講師謝礼の支払調書用 個人番号",
    body=f"""支払担当各位

お疲れさまです。真壁です。
5月の会員向け料理セミナーの講師（個人）の方の個人番号を、ご本人から番号確認書類と
あわせて受領しましたので共有します。支払調書の作成にのみ使用してください。

　氏名：{_p.name}（{_p.kana}）
　住所：{_p.addr}
　個人番号：{spaced(my_number(SEED + 3))}

本人確認書類の写しは経理の施錠キャビネットに保管しています。
{SIG_MAKABE}""",
    expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=[],
    note="a My Number, but every recipient is internal")

# 034 — password-protected PDF
add(34, sender=KIRYU, to=[TSUBASA_KIBI], charset="iso-2022-jp",
    subject="顧客統合結果サマリ（パスワード付PDF）",
    body=f"""吉備様

お世話になっております。桐生です。
第2回リハーサルの顧客統合結果サマリをお送りします。
PDFにパスワードを設定しています。パスワードはいつもの方法でお伝えします。
{SIG_KIRYU}""",
    attachments=[{"kind": "pdf", "name": "顧客統合結果サマリ_R2.pdf", "password": "Tg-2024r2",
                  "lines": ["顧客統合結果サマリ（第2回リハーサル）", "統合前 184,220件", "統合後 171,906件"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted (password-protected) PDF cannot be inspected")

# 035 — hotel guest list with dietary / health / religion notes
_p = people(6, y0=1940, y1=1975)
_notes = ["ハラール対応（イスラム教のため豚肉・アルコール不可）", "車椅子ご利用（身体障害者手帳1級）",
          "糖尿病のため糖質控えめのメニューを希望", "特になし", "人工透析中のため塩分・カリウム制限", "特になし"]
_blk = "\n".join(f"{i + 1}. {p.name} 様（{p.age()}歳）　TEL {p.mobile}\n　　配慮事項：{_notes[i]}"
                 for i, p in enumerate(_p))
add(35, sender=SAGARA, to=[SAKURA], charset="iso-2022-jp",
    subject="7/20 お得意様感謝の会 ご招待者（お食事のご配慮事項）",
    body=f"""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業 営業企画部の相楽です。
7月20日のお得意様感謝の会につきまして、お食事・お席のご配慮が必要なご招待者様の一覧です。
当日の受付で確認できるよう、お名前と連絡先も記載しています。

{_blk}

上記以外の42名様は通常メニューで問題ございません。
{SIG_SAGARA}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="six named guests with religion, disability and illness notes to a hotel")

# 036 — the follow-up: numbers and anonymous allergy counts, quoted hotel mail
add(36, sender=SAGARA, to=[SAKURA], charset="iso-2022-jp",
    subject="Re: 7/20 会場レイアウトと人数確定のお願い",
    body=f"""さくらホテル ご担当者様

お世話になっております。相楽です。
人数が確定しましたのでご連絡いたします。

　ご出席：48名（うち弊社スタッフ6名）
　レイアウト：円卓8名×6卓
　アレルギー対応：えび・かに 2名、卵 1名（お名前は当日、席札でお知らせします）

よろしくお願いいたします。
{SIG_SAGARA}

> 日の出産業 相楽様
> いつもお世話になっております。さくらホテル宴会予約の森でございます。
> 7/20 の件、6/30までに人数とレイアウトのご確定をお願いいたします。
""",
    expect="pass", entities=[], detectors=[],
    note="head counts and anonymous allergy counts to the hotel; no one identifiable")

# 037 — kick-off to three vendors who see each other
add(37, sender=KIRYU, to=[TSUBASA_KIBI, NEXUS, CLEANSE], cc=[HAYASE, NIWA], charset="iso-2022-jp",
    subject="顧客基盤統合プロジェクト キックオフのご案内",
    body=f"""関係各社 ご担当者様

お世話になっております。日の出産業 情報システム部の桐生です。
顧客基盤統合プロジェクトのキックオフを下記のとおり開催いたします。

　日時：7月8日(月) 13:30～16:00
　場所：弊社本社 5F 大会議室
　出席：ツバサシステム様（移行）、ネクサスCRM様（CRM構築）、データクレンズ様（名寄せ）、弊社

各社から体制と役割分担を10分程度でご説明いただけますと幸いです。
{SIG_KIRYU}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations in To can see each other: policy says Bcc")

# 038 — unsubscribe confirmations sent properly with Bcc
_p = people(8)
add(38, sender=SHISHIDO, to=["お客様相談室 <soudan@hinode-sangyo.co.jp>"], bcc=[p.email for p in _p],
    charset="iso-2022-jp",
    subject="【日の出産業】メールマガジン配信停止手続き完了のお知らせ",
    body=f"""お客様各位

日の出産業をご利用いただき、誠にありがとうございます。
お申し出いただきましたメールマガジンの配信停止手続きが完了いたしましたのでお知らせいたします。
（本メールは配信停止をお申し出いただいたお客様に一斉にお送りしております）

今後とも日の出産業をよろしくお願い申し上げます。
{SIG_SHISHIDO}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="customers on free mail are in Bcc, so none can see another; To is internal")

# 039 — extraction result: 40 dormant customers, CP932 CSV
_p = people(40)
_rows = [["会員番号", "氏名", "メールアドレス", "性別", "年代", "最終購入日"]] + [
    [f"{rng.randint(10000000, 19999999)}", p.name, p.email, p.sex, f"{p.age() // 10 * 10}代",
     f"2022/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"] for p in _p]
add(39, sender=CHINO, to=[HOSHIZORA], cc=[NIWA], charset="shift_jis",
    subject="データ抽出依頼（休眠顧客）の抽出結果",
    body=f"""株式会社ほしぞら広告
山岡様

お世話になっております。日の出産業 情報システム部の茅野です。
丹羽よりご依頼のありました休眠顧客の抽出結果をお送りします。
条件：最終購入日が2023年1月1日より前、メール配信許諾あり
件数：40件（テスト配信用の先行分です）
{SIG_CHINO}""",
    attachments=[{"kind": "csv", "name": "抽出結果_休眠顧客_先行40件.csv", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="40 customers' names and e-mails in a CP932 CSV to an ad agency")

# 040 — the extraction conditions, counts only
add(40, sender=NIWA, to=[HOSHIZORA], charset="iso-2022-jp",
    subject="抽出条件のご確認（休眠顧客リスト）",
    body=f"""山岡様

お世話になっております。丹羽です。
休眠顧客向けキャンペーンの抽出条件を下記で確定したいと思います。

　(1) 最終購入日：2023/1/1 より前
　(2) メール配信：許諾あり（配信停止フラグなし）
　(3) 年齢：20歳以上
　(4) 除外：社員・取引先、過去6か月のクレーム申出者

この条件での件数は 38,412件 です（6/20時点）。
問題なければ、情報システム部の茅野から先行分をお送りします。
{SIG_NIWA}""",
    expect="pass", entities=[], detectors=[],
    note="extraction conditions and a count, no records")


# =========================================================================================
# 041-060
# =========================================================================================

# 041 — plain ZIP with customer CSV, purchase history (no people) and a README
_p = people(15)
_cust = [["customer_code", "full_name", "full_name_kana", "zip", "address", "phone", "email"]] + [
    [p.cid, p.name, p.kana, p.zip, p.addr, p.tel, p.email] for p in _p]
_hist = [["order_no", "customer_code", "order_date", "sku", "qty", "amount"]] + [
    [f"HN-{rng.randint(2400000, 2499999)}", rng.choice(_p).cid, f"2024-05-{rng.randint(1, 31):02d}",
     f"SKU-{rng.randint(1000, 9999)}", rng.randint(1, 3), rng.randint(980, 19800)] for _ in range(30)]
add(41, sender=HAYASE, to=[NEXUS], charset="utf-8",
    subject="移行リハーサル用データ一式（第2回）",
    body=f"""尾上様

お世話になっております。早瀬です。
第2回移行リハーサル用のデータ一式をZIPでお送りします。

- customers.csv … 顧客（今回は15件に絞っています）
- orders.csv … 購買履歴（上記顧客に紐づく30件）
- README.txt … 文字コード・区切り文字の説明

本番件数での実施は第3回を予定しています。
{SIG_HAYASE}""",
    attachments=[{"kind": "zip", "name": "rehearsal2_data.zip", "files": [
        {"kind": "csv", "name": "customers.csv", "encoding": "utf-8", "rows": _cust},
        {"kind": "csv", "name": "orders.csv", "encoding": "utf-8", "rows": _hist},
        {"kind": "txt", "name": "README.txt",
         "text": "文字コード: UTF-8（BOMなし）\n区切り: カンマ\n改行: CRLF\n日付: YYYY-MM-DD\n"}]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a ZIP whose customers.csv holds 15 customers' contact data, to the CRM vendor")

# 042 — PPTX stamped 社外秘, subject too
add(42, sender=KIRYU, to=[TSUBASA_KIBI], charset="iso-2022-jp",
    subject="【社外秘】顧客データ統合方針（経営会議報告版）",
    body=f"""吉備様

お世話になっております。桐生です。
先週の経営会議で報告した統合方針の資料です。
移行設計の前提としてご参照ください。取扱いにはご注意ください。
{SIG_KIRYU}""",
    attachments=[{"kind": "pptx", "name": "顧客データ統合方針_経営会議.pptx", "page_footer": "社外秘",
                  "title": "顧客データ統合方針",
                  "slides": [["顧客データ統合方針", "2024年6月 経営会議報告", "情報システム部"],
                             ["現状の課題", "顧客DBが3系統に分散（EC・店舗・コールセンター）",
                              "重複登録率 推定 7%", "DM の二重送付によるコスト増"],
                             ["統合方針", "名寄せキー：カナ氏名＋生年月日＋電話番号",
                              "統合後のマスタは新CRMに一本化", "旧システムは2025年3月で停止"],
                             ["投資額", "初期 1.2億円、年間運用 2,400万円"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="subject and every slide are marked 社外秘, sent to an external vendor")

# 043 — English, schema diff, disclaimer at the end
add(43, sender=MOMOSE, to=[LUMINA], charset="utf-8",
    subject="Re: Schema diff for customer_address table",
    body=f"""Hi Ryan,

Thanks for the diff. A few comments:

1. address_line2 should stay NVARCHAR(200); some building names are longer than 100 characters.
2. Please keep prefecture_code as CHAR(2) (JIS X 0401), not an integer - we rely on the leading zero.
3. The unique index on (customer_code, address_type) is fine.

I will update the mapping sheet on our side by Friday.

Regards,
{SIG_MOMOSE}

{DISC_EN}""",
    expect="pass", entities=[], detectors=[],
    note="technical English mail; the only 'confidential' is the standard disclaimer")

# 044 — driver's licence number of one customer, to the law firm
_p = P(1975, 1995)
_lic = f"{rng.choice(['30', '45', '50'])}{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}"
add(44, sender=SHISHIDO, to=[SHIRAKAWA], cc=[SAGARA], charset="iso-2022-jp",
    subject="会員登録の不正利用が疑われる件（ご相談）",
    body=f"""白川先生

いつもお世話になっております。日の出産業 お客様相談室の宍戸です。
先日お電話でご相談した件、会員登録情報の詳細をお送りします。

当該会員が本人確認として提示した運転免許証の情報は以下のとおりです。
　氏名：{_p.name}
　生年月日：{wareki(_p.dob)}
　住所：{_p.addr}
　免許証番号：第{_lic}号

一方、同じ住所で別の方（ご家族を名乗る方）から「本人は登録していない」との申し出があり、
なりすましの可能性を考えております。警察への相談の要否も含めてご助言いただけますでしょうか。
{SIG_SHISHIDO}""",
    expect="stop", entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a driver's licence number with name, DOB and address of one person to an outside law firm")

# 045 — PPTX persona deck built from six real customers
_p = people(6, y0=1960, y1=2000)
_slides = [["カスタマージャーニー分析用 顧客サンプル", "本番データより抽出（6名）", "2024年6月 CRM推進グループ"]]
for p in _p:
    _slides.append([f"{p.name}（{p.kana}）",
                    f"生年月日：{ymd(p.dob)}（{p.age()}歳・{p.sex}性）",
                    f"メール：{p.email}",
                    f"電話：{p.mobile}",
                    f"購買傾向：{rng.choice(['定期便中心', 'セール時のみ', '店舗とECを併用', 'ギフト需要'])}"])
add(45, sender=NIWA, to=[NEXUS], charset="utf-8",
    subject="カスタマージャーニー分析用 顧客サンプル（実データ）",
    body=f"""尾上様

お世話になっております。丹羽です。
ワークショップで使うペルソナの元データとして、実際のお客様から6名を選んでスライドにしました。
当日はこの6名の購買履歴を新CRMの画面で追いかける想定です。
{SIG_NIWA}""",
    attachments=[{"kind": "pptx", "name": "顧客サンプル_ジャーニー分析.pptx", "slides": _slides}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six real customers, one slide each with DOB, e-mail and phone, in a PPTX to the vendor")

# 046 — PPTX plan with no personal data
add(46, sender=KIRYU, to=[TSUBASA_KIBI], charset="iso-2022-jp",
    subject="移行計画書（概要版）のご送付",
    body=f"""吉備様

お世話になっております。桐生です。
社内説明用に作成した移行計画の概要版です。御社の作業計画との齟齬がないかご確認ください。
{SIG_KIRYU}""",
    attachments=[{"kind": "pptx", "name": "移行計画_概要版.pptx",
                  "slides": [["顧客データ移行計画（概要）", "情報システム部 顧客データ管理課"],
                             ["フェーズ", "1. 現行調査（～6月）", "2. 名寄せ・クレンジング（7～8月）",
                              "3. リハーサル3回（8月）", "4. 本番切替（9/14～9/16）"],
                             ["移行対象", "顧客 184,220件", "購買履歴 2,913,552件", "問合せ履歴 406,118件"],
                             ["体制", "ツバサシステム：移行", "ネクサスCRM：構築", "データクレンズ：名寄せ"]]}],
    expect="pass", entities=[], detectors=[],
    note="a plan deck with phases and counts only")

# 047 — look-alike of the bank (co. dropped)
add(47, sender=MAKABE, to=["大岩 聡 <ooiwa@midori-ginko.jp>"], charset="iso-2022-jp",
    subject="7月分口座振替データ伝送日程のご確認",
    body=f"""みどり銀行 大岩様

いつもお世話になっております。日の出産業 経理部の真壁です。
7月分の口座振替データの伝送日程について確認させてください。

　データ伝送：7月12日(金) 15:00まで
　振替日　　：7月26日(金)
　結果返却　：7月30日(火)予定

顧客システムの切替準備のため、今月は件数が前月より約300件少なくなる見込みです。
{SIG_MAKABE}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-ginko.jp (co. dropped) is a look-alike of partner midori-ginko.co.jp")

# 048 — the real bank domain: totals only
add(48, sender=MAKABE, to=[MIDORI], charset="iso-2022-jp",
    subject="7月分 口座振替結果の件数照合",
    body=f"""大岩様

いつもお世話になっております。真壁です。
7月分の振替結果を受領しました。弊社側の集計と照合した結果は以下のとおりです。

　依頼件数　 12,408件　 依頼金額　 48,215,300円
　振替済　　 12,177件　 振替金額　 47,302,100円
　振替不能　　　231件　 不能金額　　　913,200円
　（資金不足 188件、取引なし 29件、その他 14件）

いずれも貴行の結果ファイルと一致しております。ありがとうございました。
{SIG_MAKABE}""",
    expect="pass", entities=[], detectors=[],
    note="totals of a direct-debit run to the bank; no individual data")

# 049 — bullets: name (e-mail) of 7 people who could not unsubscribe via the form
_p = people(7)
_b = "\n".join(f"・{p.name}（{p.email}）" for p in _p)
add(49, sender=NIWA, to=[MAILWAVE], charset="iso-2022-jp",
    subject="配信停止の手動反映のお願い（フォーム不具合分）",
    body=f"""メールウェーブ サポートご担当者様

お世話になっております。日の出産業の丹羽です。
6/10～6/12 の配信停止フォーム不具合の間に、お客様相談室へ直接お申し出のあった方々です。
御社の管理画面で配信停止状態への変更をお願いできますでしょうか。

{_b}

次回 6/21 配信までに反映いただけると助かります。
{SIG_NIWA}""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="seven customers as 「・」 bullets with name and e-mail to the mail-delivery vendor")

# 050 — API question, no data
add(50, sender=MOMOSE, to=[MAILWAVE], charset="iso-2022-jp",
    subject="配信停止APIのレスポンス仕様について",
    body="""メールウェーブ株式会社 サポートご担当者様

お世話になっております。日の出産業 情報システム部の百瀬です。
配信停止API（/v2/suppressions）について2点お伺いさせてください。

1. 既に停止済みのアドレスを登録した場合、HTTP 200 と 409 のどちらが返りますか。
2. 一括登録（bulk）の上限件数は 1,000件 で変わりないでしょうか。

新CRM側の連携バッチの設計で必要になるため、7/5 頃までにご回答いただけますと幸いです。

--
日の出産業株式会社 情報システム部 百瀬 大輔
TEL 03-5555-0145""",
    expect="pass", entities=[], detectors=[],
    note="an API question to a vendor, no personal data")

# 051 — one record per block, full-width digits, to the carrier
_p = people(6)
_blk = "\n\n".join(
    f"【{fw(str(i + 1))}】\n　お名前：{p.name} 様\n　お届け先：〒{fw(p.zip)} {fw(p.addr)}\n"
    f"　電話：{fw(p.mobile.replace('-', '－'))}\n　伝票番号：{fw(str(rng.randint(3000, 3999)))}－{fw(str(rng.randint(1000, 9999)))}－{fw(str(rng.randint(1000, 9999)))}"
    for i, p in enumerate(_p))
add(51, sender=CHINO, to=[AOBA], charset="iso-2022-jp",
    subject="宛先不明で返送された荷物の再送先（6件）",
    body=f"""青葉運輸株式会社 お客様係 ご担当者様

お世話になっております。日の出産業の茅野です。
先週「宛先不明」で返送された6件について、お客様に確認した正しいお届け先です。
再送の手配をお願いいたします。

{_blk}

送料は通常どおり弊社請求でお願いします。
{SIG_CHINO}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six customers, one block each with full-width postcode, address and phone, to the carrier")

# 052 — tracking numbers and order numbers only
_tr = "\n".join(f"  {rng.randint(3000, 3999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}   受注番号 HN-{rng.randint(2400000, 2499999)}   {rng.choice(['6/14', '6/15', '6/17'])}出荷"
                for _ in range(8))
add(52, sender=CHINO, to=[AOBA], charset="iso-2022-jp",
    subject="配達状況のご確認（8件）",
    body=f"""お客様係 ご担当者様

いつもお世話になっております。日の出産業の茅野です。
以下の8件、追跡画面で「持戻り」のまま3日以上更新がありません。
配達状況をご確認いただけますでしょうか。

  お問い合わせ番号     受注番号            出荷日
{_tr}

{SIG_CHINO}""",
    expect="pass", entities=[], detectors=[],
    note="tracking and order numbers only; no people")

# 053 — forwarded as an attached .eml: a shop's list of double-registered members
_p = people(6)
_inner = "\n".join(f"{p.name}　{wareki(p.dob, 'short')}生　{p.mobile}　旧会員番号 {rng.randint(500000, 599999)} / 新 {rng.randint(10000000, 19999999)}"
                   for p in _p)
add(53, sender=HAYASE, to=[CLEANSE], charset="iso-2022-jp",
    subject="FW: 店舗で二重登録されている会員について",
    body=f"""榊様

お世話になっております。早瀬です。
大宮駅前店から届いたメールを添付で転送します。
旧ポイントカードの会員番号と新会員番号が別人として登録されている6名です。
名寄せルールで拾えなかった理由の分析をお願いできますでしょうか。
{SIG_HAYASE}""",
    attachments=[{"kind": "eml", "name": "店舗で二重登録されている会員について.eml", "message": {
        "sender": "日の出産業 大宮駅前店 <omiya@hinode-sangyo.co.jp>",
        "to": [HAYASE], "charset": "iso-2022-jp",
        "subject": "店舗で二重登録されている会員について",
        "body": f"""早瀬さん

お疲れさまです。大宮駅前店の柴崎です。
ポイント照会の際に気づいたのですが、下記のお客様は旧カードと新会員で別々になっていて、
ポイントが合算されていません。統合をお願いできますか。

{_inner}

大宮駅前店 柴崎
"""}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="an attached .eml (a forward) holds six members' names, DOBs and phones; sent to a vendor")

# 054 — health insurance card numbers kept as ID proof in the old system
_p = people(2, y0=1950, y1=1980)
_ins = [(f"{rng.randint(1000, 9999)}", f"{rng.randint(1, 999)}") for _ in range(2)]
add(54, sender=KIRYU, to=[NEXUS], cc=[HAYASE], charset="iso-2022-jp",
    subject="移行対象外データ（本人確認書類情報）の取扱いについて",
    body=f"""尾上様

お世話になっております。桐生です。
旧会員DBの「本人確認」テーブルに、保険証の記号・番号がそのまま入力されているデータが見つかりました。
例として2件挙げます。

  会員番号 {_p[0].cid}　{_p[0].name}　生年月日 {ymd(_p[0].dob)}　被保険者証 記号 {_ins[0][0]} 番号 {_ins[0][1]}
  会員番号 {_p[1].cid}　{_p[1].name}　生年月日 {ymd(_p[1].dob)}　被保険者証 記号 {_ins[1][0]} 番号 {_ins[1][1]}

このテーブルは移行対象外とし、「本人確認済」フラグのみを新CRMに持っていく方針です。
移行ツールの除外設定をお願いできますでしょうか。
{SIG_KIRYU}""",
    expect="stop", entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="two people's health-insurance card 記号・番号 with names and DOBs sent to the vendor as examples")

# 055 — internal: the whole dedupe result in an XLSX
_p = people(30)
_rows = [["名寄せ結果（2024年6月・全件）"], [], ["グループID", "顧客ID", "氏名", "カナ", "電話", "住所", "判定"]] + [
    [f"G{rng.randint(1000, 1999)}", p.cid, p.name, p.kana, p.tel, p.addr, rng.choice(["統合", "統合", "保留", "別人"])]
    for p in _p]
add(55, sender=HAYASE, to=[KIRYU, NIWA, "お客様相談室 <soudan@hinode-sangyo.co.jp>"], charset="utf-8",
    subject="名寄せ結果（全件）の共有",
    body=f"""関係者各位

お疲れさまです。早瀬です。
データクレンズ社から納品された名寄せ結果を社内確認用にまとめました（抜粋30件）。
お客様相談室では、統合後の問い合わせ対応の参考にしてください。
{SIG_HAYASE}""",
    attachments=[{"kind": "xlsx", "name": "名寄せ結果_202406.xlsx", "sheets": {"結果": _rows}}],
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=[],
    note="a customer list, but every recipient is internal")

# 056 — no names: duplicate candidates by e-mail/phone match, tab separated
_p = people(7)
_lines = "\n".join(
    f"{p.cid}\tC{rng.randint(10000000, 99999999)}\t{rng.choice(['メール', '電話', 'メール+電話'])}\t{p.email}\t{p.mobile}\t{p.addr}"
    for p in _p)
add(56, sender=HAYASE, to=[NEXUS], charset="iso-2022-jp",
    subject="重複候補（メール・電話一致）7組",
    body=f"""尾上様

お世話になっております。早瀬です。
新CRMの重複検知ルールの検証用に、旧DBで重複と判定された7組をお送りします。
氏名は表記ゆれが大きいため、今回は一致項目のみ並べています。

顧客ID_A\t顧客ID_B\t一致項目\tメール\t電話\t住所
{_lines}

新CRM側の重複ルールで同じ7組が検知されるかご確認ください。
{SIG_HAYASE}""",
    expect="stop", entities=["EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="seven customers' e-mail, phone and address in tab-separated rows without a name column")

# 057 — Outlook-style quoted vendor mail with the list; new text is a short answer
_p = people(5)
_q = "\n".join(f"{p.cid}　{p.name}　{p.kana}　{ymd(p.dob)}　{p.tel}" for p in _p)
add(57, sender=KIRYU, to=[CLEANSE], charset="iso-2022-jp",
    subject="RE: 名寄せ結果（第3バッチ）納品のご連絡",
    body=f"""榊様

お世話になっております。桐生です。
納品ありがとうございます。ご指摘の5件は、いずれも「統合」で問題ございません。
検収書は来週お送りします。
{SIG_KIRYU}

差出人: 榊 真琴 <sakaki@datacleanse.co.jp>
送信日時: 2024年7月2日 18:05
宛先: 桐生 亮 <kiryu.ryo@hinode-sangyo.co.jp>
件名: 名寄せ結果（第3バッチ）納品のご連絡

桐生様

第3バッチの名寄せ結果を納品いたしました。
なお、以下の5件は生年月日のみ不一致のため、念のためご確認ください。

{_q}

株式会社データクレンズ 榊
""",
    expect="pass", entities=[], detectors=[],
    note="the five records are in the quoted vendor mail (差出人/送信日時); new text carries none")

# 058 — user-test invitation: private persons in To and Cc
_p = people(4)
add(58, sender=NIWA, to=[f"{_p[0].name} <{_p[0].email}>"], cc=[f"{p.name} <{p.email}>" for p in _p[1:]],
    charset="iso-2022-jp",
    subject="新会員サイト ユーザビリティテストの日程のご案内",
    body=f"""モニター会員の皆様

このたびはユーザビリティテストへのご協力をお引き受けいただき、誠にありがとうございます。
日の出産業 CRM推進グループの丹羽でございます。

テストの日程は以下のとおりです。
　日時：7月13日(土) 10:00～12:00
　場所：弊社本社 3F ラウンジ（東京都中央区日本橋9-8-7）
　謝礼：QUOカード 5,000円分

当日は新しい会員サイトをスマートフォンで操作していただきます。
{SIG_NIWA}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="four private persons in To/Cc can see each other's addresses: should have been Bcc")

# 059 — printer and carrier in one thread: two external organisations
add(59, sender=NIWA, to=[NISHIKI], cc=[AOBA], charset="iso-2022-jp",
    subject="7月DM 印刷・発送スケジュールの調整",
    body=f"""錦印刷 藤代様
青葉運輸 ご担当者様

お世話になっております。日の出産業の丹羽です。
7月DMのスケジュールを両社で共有させてください。

　7/8　 入稿（錦印刷様）
　7/12　印刷・封入完了
　7/16　青葉運輸様 集荷（錦印刷様 川口工場）
　7/18～20　お届け

集荷時間の調整は両社で直接ご連絡いただいて構いません。
{SIG_NIWA}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way coordination mail")

# 060 — XLSX marked 部外秘 (header and first row): field definitions only
add(60, sender=HAYASE, to=[NEXUS], charset="iso-2022-jp",
    subject="データ移行 項目定義書（最新版）",
    body=f"""尾上様

お世話になっております。早瀬です。
項目定義書の最新版を添付します。変更箇所は黄色で塗っています（※色は表示されないかもしれません）。
{SIG_HAYASE}""",
    attachments=[{"kind": "xlsx", "name": "項目定義書_v1.2.xlsx", "page_header": "部外秘",
                  "sheets": {"項目定義": [["【部外秘】顧客マスタ 項目定義書 v1.2"], [],
                                         ["No", "項目名", "型", "桁", "必須", "備考"],
                                         [1, "customer_code", "CHAR", 10, "○", "ゼロ埋め"],
                                         [2, "full_name", "NVARCHAR", 60, "○", "姓名を全角スペース区切り"],
                                         [3, "full_name_kana", "NVARCHAR", 60, "", "全角カナ"],
                                         [4, "birth_date", "DATE", "", "", ""],
                                         [5, "phone", "VARCHAR", 15, "", "ハイフンなし"],
                                         [6, "do_not_mail", "BIT", 1, "○", "配信停止"]],
                             "改訂履歴": [["版", "日付", "内容"], ["1.2", "2024/06/21", "do_not_mail 追加"]]}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the spreadsheet is marked 部外秘 (page header and title row) and goes to a vendor")


# =========================================================================================
# 061-080
# =========================================================================================

# 061 — 取扱注意 only mentioned
add(61, sender=KIRYU, to=[NEXUS], charset="iso-2022-jp",
    subject="Re: 過去の障害報告書のご提供について",
    body=f"""尾上様

お世話になっております。桐生です。
ご依頼のあった旧システムの障害報告書ですが、社内規程で「取扱注意」に区分されている資料のため、
原本を社外にお出しすることができません。申し訳ございません。

代わりに、移行に関係する3件（文字化け、重複登録、配信停止フラグの不整合）について、
概要を次回の定例で口頭にてご説明いたします。
{SIG_KIRYU}

> 桐生様
> 旧システムで過去に発生した障害の報告書があれば、移行リスクの洗い出しに使わせていただけないでしょうか。
> ネクサスCRM 尾上""",
    expect="pass", entities=[], detectors=[],
    note="取扱注意 is only mentioned (a refusal to send such a document), nothing is marked")

# 062 — two card numbers left in plain text
_p = people(2)
_cards = [card_number(SEED + 1), card_number(SEED + 2)]
add(62, sender=KIRYU, to=[TSUBASA_MITSUYA], cc=[TSUBASA_KIBI, HAYASE], charset="iso-2022-jp",
    subject="【緊急】旧EC会員テーブルにカード番号が平文で残存している件",
    body=f"""三ツ矢様、吉備様

お世話になっております。桐生です。
移行元の旧EC会員テーブル（EC_MEMBER_OLD）の CARD_INFO 列に、
マスクされていないカード番号が残っているレコードがあることがわかりました。

例：
  {_p[0].cid} {_p[0].name}  CARD_INFO="{_cards[0]} 05/26"
  {_p[1].cid} {_p[1].name}  CARD_INFO="{spaced(_cards[1])} 11/25"

2015年以前の登録分で、全体で約40件と見ています。
検証環境に取り込み済みのデータからこの列を直ちに削除し、ログ等にも残っていないか確認をお願いします。
{SIG_KIRYU}""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="two full card numbers with names, sent out as examples of a data problem")

# 063 — passport of one prize winner, to a travel agency
_p = P(1970, 1995)
_pp = f"T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}"
add(63, sender=NIWA, to=["旅プラネット 手配課 <tehai@tabi-planet.co.jp>"], charset="iso-2022-jp",
    subject="ハワイ旅行キャンペーン 当選者様の渡航情報",
    body=f"""株式会社旅プラネット 手配課 ご担当者様

お世話になっております。日の出産業の丹羽です。
ハワイ旅行プレゼントの当選者様の航空券手配に必要な情報をお送りします。

　氏名（ローマ字）：{_p.sei_r.upper()} {_p.mei_r.upper()}
　氏名（漢字）：{_p.name}
　生年月日：{ymd(_p.dob)}
　旅券番号：{_pp}
　有効期限：2031/03/15

同行者様の情報は、ご本人から届き次第お送りします。
{SIG_NIWA}""",
    expect="stop", entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a passport number with name and DOB of one person to a travel agency")

# 064 — residence card number of a foreign member
_rc = f"{rng.choice(['AB', 'UH', 'EF'])}{rng.randint(10000000, 99999999)}{rng.choice(['CD', 'JK', 'QR'])}"
_tel = f"080-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
add(64, sender=SHISHIDO, to=[CALLBRIDGE], charset="utf-8",
    subject="外国籍会員様の本人確認情報の更新",
    body=f"""野々村様

お疲れさまです。宍戸です。
昨日御社で受けていただいた、外国籍の会員様の本人確認の件です。
ご本人から在留カードの画像が届き、更新後の番号を確認できました。

　会員番号：C{rng.randint(10000000, 99999999)}
　氏名：NGUYEN THI LAN（グエン ティ ラン）様
　在留カード番号：{_rc}
　在留期限：2027年4月12日
　連絡先：{_tel}

お手数ですが、御社側の応対履歴の「本人確認保留」を解除していただけますか。
{SIG_SHISHIDO}""",
    expect="stop", entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a residence card number with name and phone of one member to the external call centre")

# 065 — basic pension number written on an application form
_p = P(1950, 1962)
_pen = f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
add(65, sender=HAYASE, to=[NEXUS], charset="iso-2022-jp",
    subject="申込書の誤記入データ（基礎年金番号）について",
    body=f"""尾上様

お世話になっております。早瀬です。
OCR取込した紙の申込書のうち、「会員番号」欄に基礎年金番号を書かれてしまったお客様がいました。

　氏名：{_p.name}（{_p.kana}）
　住所：{_p.addr}
　申込書の記載：基礎年金番号 {_pen}

新CRMの取込時にこの値が会員番号としてエラーになると思います。
エラーリストに出たら、この1件は手入力で修正しますので、取込対象から外してください。
{SIG_HAYASE}""",
    expect="stop", entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a basic pension number with name and address of one customer to the vendor")

# 066 — four attendees with mobile numbers
_staff = [("桐生 亮", "080-5555-0312"), ("早瀬 美咲", "090-5555-0417"), ("茅野 さやか", "070-5555-0288"),
          ("百瀬 大輔", "080-5555-0964")]
add(66, sender=KIRYU, to=[TSUBASA_KIBI], charset="iso-2022-jp",
    subject="移行リハーサル当日の立会者について",
    body=f"""吉備様

お世話になっております。桐生です。
8/24(土)の第3回リハーサル当日、弊社からの立会者は以下の4名です。
入館証の手配をお願いいたします。

""" + "\n".join(f"　{n}　携帯 {t}" for n, t in _staff) + f"""

当日の連絡は上記の携帯にお願いします。
{SIG_KIRYU}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four attendees with their phone numbers: under five people, may be warned")

# 067 — emergency contact list of six staff with mobile and home numbers
_staff = [("情報システム部長", "稲垣 誠", "090-5555-0126", "0466-55-2031"),
          ("課長代理", "桐生 亮", "080-5555-0312", "03-5555-7741"),
          ("", "早瀬 美咲", "090-5555-0417", "048-555-3390"),
          ("", "茅野 さやか", "070-5555-0288", "—"),
          ("", "百瀬 大輔", "080-5555-0964", "045-555-8126"),
          ("マーケティング部", "丹羽 健吾", "080-5555-0331", "047-555-6618")]
_rows = [[r, n, m, h] for r, n, m, h in _staff]
add(67, sender=KIRYU, to=[TSUBASA_KIBI, TSUBASA_MITSUYA], charset="utf-8",
    subject="本番切替週末の緊急連絡網",
    body=f"""吉備様、三ツ矢様

お世話になっております。桐生です。
9/14～9/16 の本番切替期間中の弊社側の緊急連絡網です。
夜間は携帯、つながらない場合は自宅にお願いします。

{text_table(["役割", "氏名", "携帯", "自宅"], _rows)}

御社側の連絡網もいただけますでしょうか。
{SIG_KIRYU}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six people's mobile and home phone numbers in a list to an external vendor")

# 068 — homoglyph look-alike of the food partner (zeros for o)
add(68, sender=NIWA, to=["水原 沙紀 <saki.mizuhara@kitaguni-f00ds.co.jp>"], charset="iso-2022-jp",
    subject="共同キャンペーン 応募状況（中間報告）",
    body=f"""水原様

お世話になっております。丹羽です。
共同キャンペーンの応募状況（6/30時点）をご報告します。

　総応募数：8,214件
　　うち日の出会員：5,032件 ／ 北国会員：2,611件 ／ 新規：571件
　重複応募：118件（照合済み）

後半は SNS 広告を追加する予定です。詳細は来週の打ち合わせで。
{SIG_NIWA}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kitaguni-f00ds.co.jp (zeros for o) is a homoglyph look-alike of kitaguni-foods.co.jp")

# 069 — the real partner: final results
add(69, sender=NIWA, to=[KITAGUNI], cc=[SAGARA], charset="iso-2022-jp",
    subject="共同キャンペーン 最終結果と次回施策のご相談",
    body=f"""北国フーズ株式会社
水原様

いつもお世話になっております。日の出産業の丹羽です。
共同キャンペーンの最終結果がまとまりました。

　総応募数　　 14,902件（目標比 124%）
　新規会員登録　1,388件
　メール許諾率　　 63.2%

次回は秋の北海道フェアに合わせた施策を考えております。
8月上旬に一度お打ち合わせの時間をいただけますでしょうか。
{SIG_NIWA}""",
    expect="pass", entities=[], detectors=[],
    note="campaign totals to the partner; no personal data")

# 070 — a member who was a victim of a phone scam, to the bank
_p = P(1935, 1950)
add(70, sender=MAKABE, to=[MIDORI], cc=[SHISHIDO], charset="iso-2022-jp",
    subject="口座振替の一時停止のお願い（会員様1名）",
    body=f"""みどり銀行 大岩様

いつもお世話になっております。日の出産業 経理部の真壁です。
下記の会員様について、口座振替の一時停止をお願いしたくご連絡いたしました。

　会員番号：{_p.cid}
　口座名義：{_p.kana}（{_p.name}様）
　口座：みどり銀行 {rng.choice(['柏支店', '本店営業部', '川越支店'])} 普通 {rng.randint(1000000, 9999999)}

ご家族からのお申し出によると、{_p.name}様は先月、特殊詐欺（還付金詐欺）の被害に遭われ、
現在この口座は警察の指示で取引を制限しているとのことです。
振替不能が続くと督促状が自動送付されてしまうため、8月分から停止をお願いいたします。
{SIG_MAKABE}""",
    expect="stop", entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="a named member's crime-victim status with bank account, sent to the bank")

# 071 — compliance check hit: an arrest record of one member
_p = P(1965, 1985)
add(71, sender=SAGARA, to=[SHIRAKAWA], charset="iso-2022-jp",
    subject="コンプライアンスチェックで該当した会員の取扱いについて",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 営業企画部の相楽でございます。
法人会員の代表者について、新CRM移行前に実施した反社・コンプライアンスチェックで
1件該当がありましたので、取扱いについてご相談させてください。

　会員：{_p.name}様（{ymd(_p.dob)}生）
　該当内容：2019年に詐欺容疑で逮捕されたとの報道記事（その後不起訴との続報あり）

不起訴となっている以上、取引を継続して差し支えないか、
また記事の情報をCRMに記録してよいかについて、ご見解をいただけますでしょうか。
{SIG_SAGARA}""",
    expect="stop", entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="an arrest record (要配慮) of one named person sent to an outside law firm")

# 072 — legal question that only names the categories
add(72, sender=SAGARA, to=[SHIRAKAWA], charset="iso-2022-jp",
    subject="CRMベンダーへのデータ提供（委託）に関するご相談",
    body=f"""白川先生

いつもお世話になっております。相楽です。
新CRMへの移行に伴い、顧客データをベンダー3社に提供する予定です。
以下の点についてご見解をいただけますでしょうか。

1. ベンダーへの提供は「委託」として整理し、本人同意は不要という理解でよいか。
2. 旧DBに残っているマイナンバーや要配慮個人情報（健康状態メモ等）は移行せず廃棄する予定だが、
   廃棄の証跡として何を残すべきか。
3. 海外（シンガポール）の開発会社がテスト環境にアクセスする場合、外国にある第三者への提供に当たるか。

来週中にお打ち合わせの時間をいただければ幸いです。
{SIG_SAGARA}""",
    expect="pass", entities=[], detectors=[],
    note="a legal question naming マイナンバー and 要配慮個人情報 as topics, without any person's data")

# 073 — HTML + text: statistics by prefecture
_pref = [("東京都", 41208, 3022), ("神奈川県", 28811, 2107), ("埼玉県", 19430, 1288),
         ("千葉県", 17205, 1190), ("大阪府", 22014, 1655), ("愛知県", 13876, 902), ("その他", 41676, 2150)]
_txt = "\n".join(f"{p:<6}\t{a:>7,}\t{b:>6,}\t{b / a:.1%}" for p, a, b in _pref)
add(73, sender=HAYASE, to=[CLEANSE], charset="utf-8",
    subject="名寄せ結果の都道府県別集計",
    body=f"""榊様

お世話になっております。早瀬です。
名寄せ結果を都道府県別に集計しました。統合率が県によって差があるのが気になっています。

都道府県\t顧客数\t統合数\t統合率
{_txt}

HTML版も同じ内容です。
{SIG_HAYASE}""",
    html=f"""<html><body><p>榊様</p><p>お世話になっております。早瀬です。<br>
名寄せ結果を都道府県別に集計しました。統合率が県によって差があるのが気になっています。</p>
{html_table(["都道府県", "顧客数", "統合数", "統合率"], [[p, f"{a:,}", f"{b:,}", f"{b / a:.1%}"] for p, a, b in _pref])}
<p>日の出産業株式会社 情報システム部 顧客データ管理課<br>早瀬 美咲</p></body></html>""",
    expect="pass", entities=[], detectors=[],
    note="aggregate counts by prefecture in text and HTML; no individuals")

# 074 — HTML-only service-point list for the electronics partner
_pts = [("日本橋本店 修理受付", "東京都中央区日本橋9-8-7", "03-5555-0100", "10:00-19:00"),
        ("横浜ポルタ店", "神奈川県横浜市西区高島2-16-1", "045-555-0231", "10:00-20:00"),
        ("梅田店", "大阪府大阪市北区梅田3-1-3", "06-5555-0820", "10:00-20:00"),
        ("栄店", "愛知県名古屋市中区栄3-5-12", "052-555-0375", "10:00-19:30"),
        ("天神店", "福岡県福岡市中央区天神2-11-1", "092-555-0913", "10:00-19:00"),
        ("サービスセンター（郵送受付）", "埼玉県川口市領家5-4-1", "048-555-0600", "9:00-17:00")]
add(74, sender=SAGARA, to=[KAWASAKI], charset="utf-8",
    subject="修理品の持込受付窓口一覧（新CRM切替後）",
    html=f"""<html><body style="font-family:sans-serif">
<p>川崎電機株式会社<br>池田様</p>
<p>いつもお世話になっております。日の出産業の相楽です。<br>
9月の新CRM切替後、御社製品の修理品をお預かりする窓口は下記のとおりとなります。<br>
御社サポートサイトの掲載内容の更新をお願いできますでしょうか。</p>
{html_table(["窓口", "住所", "電話", "受付時間"], [list(x) for x in _pts])}
<p>====================<br>日の出産業株式会社 営業企画部 相楽 拓也<br>TEL: 03-5555-0171</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML table of service points: business addresses and switchboards, not people")

# 075 — call list padded with full-width spaces and full-width digits (Shift_JIS)
_p = people(8)
_rows = [[p.name, fw(p.tel), fw(ymd(p.dob)), fw(f"{rng.randint(3, 36)}") + "か月"] for p in _p]
add(75, sender=NIWA, to=[CALLBRIDGE], charset="shift_jis",
    subject="定期便解約防止コール 対象者リスト（6/15架電分）",
    body=f"""野々村様

お世話になっております。丹羽です。
6/15 架電分の対象者です。解約申出のあった定期便会員のうち、継続期間の長い方を優先しています。

{zen_table(["氏名", "電話番号", "生年月日", "継続期間"], _rows)}

トークスクリプトは「定期便継続_v2」でお願いします。
{SIG_NIWA}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="eight customers in full-width padded columns with full-width phone and DOB, to the call centre")

# 076 — ZIP with a readable definition file and an encrypted inner ZIP
add(76, sender=HAYASE, to=[NEXUS], charset="iso-2022-jp",
    subject="移行資料一式のご送付",
    body=f"""尾上様

お世話になっております。早瀬です。
移行資料一式をお送りします。個人情報を含むファイルは内側のZIPにパスワードをかけています。
パスワードは電話でお伝えします。
{SIG_HAYASE}""",
    attachments=[{"kind": "zip", "name": "移行資料一式_0701.zip", "files": [
        {"kind": "xlsx", "name": "項目定義書_v1.3.xlsx",
         "sheets": {"項目定義": [["No", "項目名", "型"], [1, "customer_code", "CHAR(10)"],
                                 [2, "full_name", "NVARCHAR(60)"]]}},
        {"kind": "zip", "name": "個人情報含む.zip", "password": "7x!Qe2rp",
         "files": [{"kind": "csv", "name": "customers_full.csv",
                    "rows": [["customer_code", "full_name"], ["C00000001", "（省略）"]]}]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="a password-protected ZIP nested inside the ZIP cannot be inspected")

# 077 — payment notice: corporate numbers (T-numbers) and a company bank account
_t_ours = corp_number(f"{rng.randint(10 ** 11, 10 ** 12 - 1)}")
_t_theirs = corp_number(f"{rng.randint(10 ** 11, 10 ** 12 - 1)}")
add(77, sender=MAKABE, to=["ネクサスCRM 経理部 <keiri@crm-nexus.co.jp>"], charset="iso-2022-jp",
    subject="支払通知書の送付（6月分）",
    body=f"""ネクサスCRM株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理部の真壁でございます。
6月分のお支払いについて、下記のとおりご通知いたします。

　請求書番号：NX-2024-0612
　御社登録番号：T{_t_theirs}
　お支払金額：3,960,000円（税込、うち消費税 360,000円）
　お支払予定日：7月31日
　お振込先：みどり銀行 日本橋支店 普通 0123456 ネクサスシーアールエム（カ

弊社の登録番号は T{_t_ours} です。
ご不明な点がございましたらご連絡ください。
{SIG_MAKABE}""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice details: two companies' registration (corporate) numbers and a company bank account")

# 078 — own domain mistyped (letters swapped): an internal list going out
_p = people(12)
_rows = [["顧客ID", "氏名", "電話", "メール", "確認事項"]] + [
    [p.cid, p.name, p.mobile, p.email, rng.choice(["住所2件", "メール重複", "電話重複", "生年月日ゆれ"])] for p in _p]
add(78, sender=KIRYU, to=["早瀬 美咲 <m.hayase@hinode-sanygo.co.jp>"], charset="utf-8",
    subject="名寄せ結果（要確認分）",
    body=f"""早瀬さん

お疲れさまです。桐生です。
要確認分を抜き出しました。明日の午前中に一緒に見ましょう。
{SIG_KIRYU}""",
    attachments=[{"kind": "xlsx", "name": "要確認_12件.xlsx", "sheets": {"要確認": _rows}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sanygo.co.jp (letters swapped) is a look-alike of our own domain; a 12-customer list goes out")

# 079 — licence quote: lots of numbers, no people
add(79, sender=SAGARA, to=[NEXUS], charset="iso-2022-jp",
    subject="ライセンス見積の件（ID数・単価のご確認）",
    body=f"""尾上様

お世話になっております。相楽です。
お見積書（見積番号 NXQ-24-0388）を拝受しました。ありがとうございます。
以下、確認させてください。

　品目　　　　　　　　　　　　数量　　単価　　　　金額
　Sales Edition ユーザーID　　 120　　 6,600円　　792,000円／月
　Service Edition ユーザーID　　45　　 8,800円　　396,000円／月
　追加ストレージ（10GB）　　　　 6　　 2,200円　　 13,200円／月

Service Edition はコールセンター委託先の分を含めて 45 としていますが、
委託先の ID も同じ単価でよいか確認をお願いします。
{SIG_SAGARA}""",
    expect="pass", entities=[], detectors=[],
    note="a price quotation with quantities and unit prices; no personal data")

# 080 — internal mail marked 社外秘
add(80, sender=KIRYU, to=["情報システム部 部長 稲垣 <inagaki@hinode-sangyo.co.jp>"],
    cc=["経営企画 <keiki@mail.hinode-sangyo.co.jp>"], charset="iso-2022-jp",
    subject="【社外秘】顧客データ統合 来期予算案",
    body=f"""稲垣部長

お疲れさまです。桐生です。
来期予算案のドラフトです。経営企画への提出前にご確認をお願いします。
{SIG_KIRYU}""",
    attachments=[{"kind": "docx", "name": "来期予算案_顧客データ統合.docx", "page_header": "社外秘",
                  "paragraphs": ["社外秘", "顧客データ統合 来期予算案",
                                 "1. CRMライセンス 14,400千円", "2. 名寄せ委託 6,800千円",
                                 "3. 保守・運用 9,600千円"]}],
    expect="pass", entities=[], detectors=[],
    note="社外秘 document, but every recipient is internal (incl. mail. subdomain)")


# =========================================================================================
# 081-100
# =========================================================================================

# 081 — member numbers only (no contact data) for suppression
_ids = [f"{rng.randint(10000000, 19999999)}" for _ in range(40)]
add(81, sender=NIWA, to=[MAILWAVE], charset="iso-2022-jp",
    subject="配信停止対象 会員番号リスト（40件）",
    body="サポートご担当者様\n\nお世話になっております。丹羽です。\n"
         "下記の会員番号を、次回配信の対象から除外してください（御社側の会員番号キーで照合可能と伺っています）。\n\n"
         + "\n".join(", ".join(_ids[i:i + 8]) for i in range(0, 40, 8))
         + "\n\n以上40件です。\n" + SIG_NIWA,
    expect="either", entities=[], detectors=[],
    note="40 bare member numbers: identifiers the vendor can match, but no name or contact data")

# 082 — XLSX, several sheets, title row: before/after of re-judged records
_p = people(12, y0=1945, y1=1995)
_before = [["名寄せ再判定 対象一覧（統合前）"], ["作成：日の出産業 顧客データ管理課　2024/07/05"], [],
           ["No", "顧客ID", "氏名", "生年月日", "電話", "住所"]] + [
    [i + 1, p.cid, p.name, wareki(p.dob), p.tel, p.addr] for i, p in enumerate(_p)]
_after = [["名寄せ再判定（統合後）"], [], ["新顧客ID", "統合元", "代表氏名"]] + [
    [f"N{rng.randint(1000000, 9999999)}", f"{_p[i].cid}+{_p[i + 1].cid}", _p[i].name] for i in range(0, 12, 2)]
add(82, sender=HAYASE, to=[CLEANSE], charset="utf-8",
    subject="名寄せ再判定分の返却（12件）",
    body=f"""榊様

お世話になっております。早瀬です。
再判定をお願いしていた12件について、弊社判定を記入して返却いたします。
「統合後」シートが最終的な統合イメージです。
{SIG_HAYASE}""",
    attachments=[{"kind": "xlsx", "name": "名寄せ再判定_返却_0705.xlsx",
                  "sheets": {"統合前": _before, "統合後": _after,
                             "集計": [["区分", "件数"], ["統合", 12], ["別人", 0]]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="12 customers with 和暦 DOB, phone and address in a multi-sheet XLSX to the vendor")

# 083 — English reply; the test rows with phone numbers are only quoted
_p = people(5)
_q = "\n".join(f"> {p.cid}, {p.romaji}, {p.mobile.replace('-', '')}, expected {p.mobile}, got {p.mobile.replace('-', '')[:3]}-{p.mobile.replace('-', '')[3:]}"
               for p in _p)
add(83, sender=MOMOSE, to=[LUMINA], charset="utf-8",
    subject="Re: Test failures on phone normalisation",
    body=f"""Hi Ryan,

Thanks for the list. All five fail for the same reason: the normaliser treats every
11-digit number as 3-4-4, but it should split mobile numbers (070/080/090) as 3-4-4 and
fixed lines by area-code length. Please use the area-code table in the spec (section 4.2)
instead of the length rule.

Regards,
Daisuke

On Wed, Jul 3, 2024 at 11:20 AM Ryan Tan <r.tan@luminadata.com> wrote:
> Hi Daisuke,
> The following rows from your test file fail the phone normalisation test:
{_q}
> Could you check the expected values?
> Ryan
""",
    expect="pass", entities=[], detectors=[],
    note="the five rows are only in the quoted text of the vendor's own mail")

# 084 — English, real production sample for a bug, romaji
_p = people(8)
_lines = "\n".join(f"{p.cid} | {p.romaji} | +81-{p.mobile[1:]} | {p.email} | {p.addr}"
                   for p in _p)
add(84, sender=MOMOSE, to=[LUMINA], charset="utf-8",
    subject="Production sample for the address-matching bug",
    body=f"""Hi Ryan,

The address matcher still fails on production data. Here are 8 customers from last
night's batch that should have been matched to an existing record but were created as new:

customer_code | name | phone | email | address
{_lines}

The common pattern seems to be building names after the block number.
Could you reproduce with these?

Best,
{SIG_MOMOSE}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="eight real customers (romaji names, +81 phones, e-mails, addresses) to an offshore developer")

# 085 — one address correction for the DM
_p = P()
add(85, sender=NIWA, to=[NISHIKI], charset="iso-2022-jp",
    subject="7月DM 宛先修正1件",
    body=f"""藤代様

お世話になっております。丹羽です。
入稿済みの発送リストのうち、1件だけ宛先の修正をお願いします。

　お客様番号：{_p.cid}
　修正前：{_p.city}…（旧住所）
　修正後：〒{_p.zip} {_p.addr}
　お名前：{_p.name} 様

お手数をおかけしますが、よろしくお願いいたします。
{SIG_NIWA}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="one customer's name and address to the printer: a single record may be warned, not held")

# 086 — survey answers with medical history column, to the partner
_p = people(6, y0=1950, y1=1985)
_hist = ["高血圧（服薬中）", "なし", "2型糖尿病", "なし", "脳梗塞（2020年）・リハビリ中", "心筋梗塞の既往あり"]
_rows = [["回答ID", "氏名", "年齢", "メールアドレス", "既往歴", "満足度"]] + [
    [f"R{i + 101}", p.name, p.age(), p.email, _hist[i], rng.randint(2, 5)] for i, p in enumerate(_p)]
add(86, sender=NIWA, to=[KITAGUNI], charset="utf-8",
    subject="健康食品モニター アンケート回答データ（6名分）",
    body=f"""水原様

お世話になっております。丹羽です。
共同モニター企画のアンケート回答データ（第1週・6名分）をお送りします。
商品の感想と既往歴の関係を見たいとのことでしたので、既往歴欄もそのまま入れています。
{SIG_NIWA}""",
    attachments=[{"kind": "csv", "name": "モニターアンケート_第1週.csv", "encoding": "utf-8-sig", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="six named monitors with medical history (既往歴) in a CSV to a partner")

# 087 — internal: a card number for a refund, to an internal subdomain
_p = P()
add(87, sender=SHISHIDO, to=["決済チーム <ops@mail.hinode-sangyo.co.jp>"], charset="iso-2022-jp",
    subject="返金処理のためのカード情報確認",
    body=f"""決済チーム各位

お疲れさまです。宍戸です。
二重決済の返金の件、お客様からカード番号の確認が取れました。

　会員番号：{_p.cid}
　氏名：{_p.name} 様
　カード番号：{card_number(SEED + 3)}

返金処理が済みましたら相談室までご一報ください。
{SIG_SHISHIDO}""",
    expect="pass", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=[],
    note="a card number, but the recipient is internal (mail. subdomain)")

# 088 — aggregate survey report in a PDF
add(88, sender=NIWA, to=[TOWA], charset="iso-2022-jp",
    subject="調査結果レポート（集計版）へのフィードバック",
    body=f"""石上様

お世話になっております。丹羽です。
顧客満足度調査の集計レポートを拝見しました。社内向けに1枚にまとめたものを添付しますので、
数字の転記に誤りがないかご確認いただけますでしょうか。
{SIG_NIWA}""",
    attachments=[{"kind": "pdf", "name": "顧客満足度調査_集計サマリ.pdf",
                  "lines": ["顧客満足度調査 集計サマリ（2024年6月実施）", "有効回答 812件", ""],
                  "table": [["年代", "回答数", "満足", "やや満足", "不満"],
                            ["20代", 88, "41%", "38%", "21%"], ["30代", 142, "45%", "36%", "19%"],
                            ["40代", 201, "48%", "35%", "17%"], ["50代", 196, "52%", "33%", "15%"],
                            ["60代以上", 185, "58%", "30%", "12%"]]}],
    expect="pass", entities=[], detectors=[],
    note="aggregate figures by age band; no individuals")

# 089 — NDA renewal in English
add(89, sender=MOMOSE, to=[LUMINA], cc=["Legal Affairs <houmu@hinode-sangyo.co.jp>"], charset="utf-8",
    subject="NDA renewal and data handling addendum",
    body=f"""Hi Ryan,

Our mutual NDA expires at the end of August. Our legal team has prepared a renewal
together with a data handling addendum that covers access to the staging environment
(synthetic data only, no production personal data, deletion within 30 days after the
project).

Could you forward the drafts to your legal counsel? They will be sent by our Legal
Affairs team in a separate mail this week.

Best regards,
{SIG_MOMOSE}""",
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA renewal; no marking, no personal data")

# 090 — Markdown/Backlog table pasted with real customer data
_p = people(6)
_rows = "\n".join(f"| {i + 1} | {p.cid} | {p.name} | {p.email} | {p.mobile} | {rng.choice(['メール形式エラー', '電話桁数エラー', '重複キー違反', '必須項目欠落'])} |"
                  for i, p in enumerate(_p))
add(90, sender=HAYASE, to=[TSUBASA_MITSUYA], charset="utf-8",
    subject="結合テスト NG 一覧（顧客データ起因）",
    body=f"""三ツ矢様

お世話になっております。早瀬です。
結合テストでNGになったうち、データ側に原因がありそうな6件です。Backlog の課題からそのまま貼っています。

| # | 顧客ID | 氏名 | メール | 電話 | エラー内容 |
|---|--------|------|--------|------|------------|
{_rows}

御社の取込ログと突き合わせていただけますでしょうか。
{SIG_HAYASE}""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six customers in a pasted Markdown table with names, e-mails and phones, to the vendor")

# 091 — the masked version of the same kind of report
_rows = "\n".join(f"  {i + 1}. C{rng.randint(1000, 9999)}****  {rng.choice(['ｻ', 'ﾀ', 'ﾔ', 'ﾓ'])}*** ***  090-****-{rng.randint(1000, 9999)}  {rng.choice(['メール形式エラー', '電話桁数エラー', '重複キー違反'])}"
                  for i in range(6))
add(91, sender=HAYASE, to=[TSUBASA_MITSUYA], charset="shift_jis",
    subject="結合テストNG 6件（マスク済み）",
    body=f"""三ツ矢様

お世話になっております。早瀬です。
結合テストのNG 6件をマスクした状態で共有します。
実データは検証環境の「NG_0705」ビューで参照できるようにしてあります。

{_rows}

ご確認よろしくお願いします。
{SIG_HAYASE}""",
    expect="pass", entities=[], detectors=[],
    note="masked IDs, names and phone numbers only; nothing identifies a person")

# 092 — another TLD (.co.jp) for the partner vendor, with two records
_p = people(2)
add(92, sender=HAYASE, to=["三ツ矢 楓 <mitsuya@tsubasa-system.co.jp>"], charset="iso-2022-jp",
    subject="Re: 電話番号の正規化エラー2件",
    body=f"""三ツ矢様

お世話になっております。早瀬です。
ご照会の2件、旧DBの値を確認しました。

　{_p[0].cid} {_p[0].name}　旧DB値「{_p[0].tel.replace('-', '')}」→ 正：{_p[0].tel}
　{_p[1].cid} {_p[1].name}　旧DB値「({_p[1].mobile[:3]}){_p[1].mobile[4:]}」→ 正：{_p[1].mobile}

括弧付きの形式がほかにも残っていそうです。
{SIG_HAYASE}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    note="tsubasa-system.co.jp (another TLD) is a look-alike of partner tsubasa-system.jp")

# 093 — four referred customers, slash separated
_p = people(4)
_lines = "\n".join(f"{p.name} / {p.mobile} / {p.email} / {rng.choice(['登録済', '登録済', '未登録'])}" for p in _p)
add(93, sender=SAGARA, to=[KAWASAKI], charset="iso-2022-jp",
    subject="ご紹介いただいたお客様（4名）の会員登録状況",
    body=f"""池田様

いつもお世話になっております。相楽です。
先月ご紹介いただいたお客様4名の会員登録状況です。

氏名 / 電話 / メール / 状況
{_lines}

未登録の方には、来週こちらからご案内をお送りします。
{SIG_SAGARA}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="four people's records to a partner: under the five-person threshold, may be warned")

# 094 — dealer list (businesses), comma separated
_dl = [("(株)ミナトデンキ 港南店", "045-555-1180", "神奈川県横浜市港南区上大岡西1-6-1"),
       ("有限会社 光電器商会", "0466-55-0712", "神奈川県藤沢市鵠沼石上1-2-3"),
       ("でんきのサトー 川越本店", "049-555-2204", "埼玉県川越市脇田町8-1"),
       ("カワデン船橋", "047-555-3318", "千葉県船橋市本町4-2-17"),
       ("ライフ家電 阿倍野店", "06-5555-4021", "大阪府大阪市阿倍野区阿倍野筋2-1-40"),
       ("北都電機 平岸店", "011-555-6630", "北海道札幌市豊平区平岸三条5-4-10")]
add(94, sender=SAGARA, to=[KAWASAKI], charset="iso-2022-jp",
    subject="修理受付代理店一覧（新CRM登録用）",
    body="池田様\n\nお世話になっております。相楽です。\n"
         "新CRMに取引先として登録する修理受付代理店の一覧です。社名・代表番号・所在地に誤りがないかご確認ください。\n\n"
         "代理店名,代表電話,所在地\n" + "\n".join(",".join(x) for x in _dl) + "\n" + SIG_SAGARA,
    expect="pass", entities=[], detectors=[],
    note="a list of dealers (companies, switchboards, office addresses), not people")

# 095 — corrupt ZIP
add(95, sender=CHINO, to=[HOSHIZORA], charset="iso-2022-jp",
    subject="抽出データ（本番分）",
    body=f"""山岡様

お世話になっております。茅野です。
休眠顧客キャンペーンの本番分の抽出データをお送りします（38,412件）。
ファイルが大きいため ZIP に圧縮しています。
{SIG_CHINO}""",
    attachments=[{"kind": "corrupt", "name": "抽出データ_0620.zip"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the ZIP attachment is corrupt and cannot be inspected")

# 096 — four customers that could not be merged
_p = people(4)
_lines = "\n".join(f"・{p.name}（{p.kana}）　{wareki(p.dob, 'kanji_fw')}生　{p.tel}" for p in _p)
add(96, sender=HAYASE, to=[NEXUS], charset="iso-2022-jp",
    subject="Re: 統合できなかった4件について",
    body=f"""尾上様

お世話になっております。早瀬です。
自動統合できなかった4件について、お客様相談室経由でご本人に確認が取れました。

{_lines}

いずれも同一人物でしたので、手動統合をお願いします。
{SIG_HAYASE}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four customers' records: under five people, may be warned")

# 097 — one person's stop request sent to three vendors who see each other
_p = P()
add(97, sender=SHISHIDO, to=[MAILWAVE], cc=[HOSHIZORA, NISHIKI, NIWA], charset="iso-2022-jp",
    subject="【配信・発送停止依頼】会員様1名（全チャネル）",
    body=f"""関係各社 ご担当者様

お世話になっております。日の出産業 お客様相談室の宍戸です。
下記の会員様から、メール・DM・広告を含むすべての連絡の停止をお申し出いただきました。
各社で保有している配信・発送リストからの削除をお願いいたします。

　お名前：{_p.name} 様
　ご住所：〒{_p.zip} {_p.addr}
　メール：{_p.email}

削除が完了しましたら、各社からご一報いただけますと幸いです。
{SIG_SHISHIDO}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "EMAIL_ADDRESS"],
    detectors=["external_recipients_visible", "multiple_external_domains", "personal_data"],
    note="three external organisations see each other in To/Cc (should be Bcc); one customer's data")

# 098 — hashed e-mail addresses for ad suppression
_p = people(30)
_rows = [["hashed_email_sha256"]] + [[hashlib.sha256(p.email.lower().encode()).hexdigest()] for p in _p]
add(98, sender=NIWA, to=[HOSHIZORA], charset="iso-2022-jp",
    subject="広告配信除外リスト（ハッシュ化済み）",
    body=f"""山岡様

お世話になっております。丹羽です。
SNS広告の配信除外（オプトアウト済み会員）のリストです。
メールアドレスを小文字化したうえで SHA-256 でハッシュ化しています。
広告プラットフォームのカスタムオーディエンスに除外として登録をお願いします。
{SIG_NIWA}""",
    attachments=[{"kind": "csv", "name": "exclude_hashed.csv", "encoding": "utf-8", "rows": _rows}],
    expect="either", entities=[], detectors=[],
    note="30 hashed e-mail addresses: pseudonymous, matchable by the platform; judgeable either way")

# 099 — half-width kana names and short 和暦 dates, one line per record (Shift_JIS)
_p = people(7, y0=1945, y1=1990)
_lines = "\n".join(f"No.{i + 1:02d} {hwkana(p.kana):<16} {wareki(p.dob, 'short'):<10} {p.sex} {p.tel}"
                   for i, p in enumerate(_p))
add(99, sender=CHINO, to=[TOWA], charset="shift_jis",
    subject="追加調査の対象者（旧システム出力そのまま）",
    body=f"""石上様

お世話になっております。茅野です。
追加の電話調査対象の7名です。旧システムの帳票出力をそのまま貼り付けていますので、
カナは半角、生年月日は和暦の略記になっています。

{_lines}

ご不明な点があればご連絡ください。
{SIG_CHINO}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="seven people in half-width kana with 和暦 DOBs and phones, to a research firm")

# 100 — project close: two external organisations, statistics, disclaimer
add(100, sender=KIRYU, to=[TSUBASA_KIBI], cc=[NEXUS, HAYASE, NIWA], charset="iso-2022-jp",
    subject="顧客基盤統合プロジェクト 完了のご報告と御礼",
    body=f"""ツバサシステム株式会社 吉備様
ネクサスCRM株式会社 尾上様

いつも大変お世話になっております。日の出産業の桐生です。
9月16日に新CRMの利用を開始し、1か月の安定稼働を確認できましたので、
本プロジェクトは完了とさせていただきます。

　移行顧客数　171,906件（名寄せ統合 12,314件）
　購買履歴　2,913,552件
　配信停止フラグ 24,880件 を正しく引き継ぎ
　移行起因の障害 0件

長期間にわたり多大なご支援をいただき、誠にありがとうございました。
検証環境のデータ消去証明書のご提出を、10月末までにお願いいたします。
{SIG_KIRYU}

{DISC_JA}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="project closing mail to two external organisations; statistics and a disclaimer only")
