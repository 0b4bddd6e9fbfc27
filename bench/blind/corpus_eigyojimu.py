"""Blind evaluation corpus — area: eigyojimu (営業事務 / sales administration).

見積書・注文書・納品書の送付, 顧客台帳, 代理店への顧客リスト共有, DM 発送の宛名リストを印刷会社へ,
展示会の名刺データ, 与信, 請求・入金確認, and ordinary order mail full of numbers.

Everything here is invented: every person, address, phone number, account, card and My
Number, and every company except the organisation and the partners named in the brief.
Written blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only,
without reading mailguard's code, rules, tests or the other corpus files.
"""

from __future__ import annotations

import random
from itertools import count
from types import SimpleNamespace

from build import card_number, my_number

SEED = 31201
rng = random.Random(SEED)

_mn_k = count(0)
_cc_k = count(0)


def next_my_number() -> str:
    return my_number(SEED + next(_mn_k))


def next_card() -> str:
    return card_number(SEED + next(_cc_k))


# -- number helpers ---------------------------------------------------------------------

def mn_valid(s: str) -> bool:
    d = [int(c) for c in s]
    if len(d) != 12:
        return False
    total = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        total += d[11 - n] * q
    r = total % 11
    return d[11] == (0 if r <= 1 else 11 - r)


def luhn_valid(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def digits(n: int, first_nonzero: bool = True) -> str:
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def not_my_number(n: int = 12) -> str:
    """12 digits that are NOT a valid My Number (tracking numbers, order numbers)."""
    while True:
        s = digits(n)
        if not mn_valid(s):
            return s


def not_card(n: int = 16) -> str:
    while True:
        s = digits(n)
        if not luhn_valid(s):
            return s


def corp_number(base12: str | None = None) -> str:
    """法人番号: a check digit in front of 12 digits."""
    base = base12 or digits(12)
    total = 0
    for n in range(1, 13):
        p = int(base[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base


def jan(prefix: str = "49") -> str:
    body = prefix + digits(12 - len(prefix), False)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


# -- text helpers -----------------------------------------------------------------------

_FW = str.maketrans("0123456789-./():", "０１２３４５６７８９－．／（）：")


def fw(s: str) -> str:
    return s.translate(_FW)


def width(s: str) -> int:
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - width(s), 0)


def table_text(rows, gap: int = 2, fullwidth: bool = False, rule: str | None = None) -> str:
    """Columns padded with spaces (ASCII, or full-width 　) as people paste them."""
    ncol = max(len(r) for r in rows)
    ws = [max(width(str(r[i])) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    out = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            if i == len(r) - 1:
                cells.append(c)
            elif fullwidth:
                n = (ws[i] - width(c)) // 2 + 1
                cells.append(c + "　" * n)
            else:
                cells.append(pad(c, ws[i] + gap))
        out.append("".join(cells).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(ws) // width(rule) + gap * (ncol - 1)))
    return "\n".join(out)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if y >= 1990:
        era, k, ab = "平成", y - 1988, "H"
    else:
        era, k, ab = "昭和", y - 1925, "S"
    if style == "kanji":
        return f"{era}{k}年{m}月{d}日"
    if style == "short":
        return f"{ab}{k}.{m}.{d}"
    if style == "fwshort":
        return fw(f"{ab}{k}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    if style == "fwkanji":
        return f"{era}{fw(str(k))}年{fw(str(m))}月{fw(str(d))}日"
    raise ValueError(style)


def dob(p, style: str) -> str:
    y, m, d = p.dob
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "slash":
        return f"{y}/{m}/{d}"
    if style == "ymd":
        return f"{y}年{m}月{d}日"
    return wareki(y, m, d, style)


# -- invented people ----------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
    ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"),
    ("山本", "ヤマモト", "yamamoto"), ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"),
    ("加藤", "カトウ", "kato"), ("吉田", "ヨシダ", "yoshida"), ("山田", "ヤマダ", "yamada"),
    ("松本", "マツモト", "matsumoto"), ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"),
    ("清水", "シミズ", "shimizu"), ("山崎", "ヤマザキ", "yamazaki"), ("阿部", "アベ", "abe"),
    ("池田", "イケダ", "ikeda"), ("橋本", "ハシモト", "hashimoto"), ("石川", "イシカワ", "ishikawa"),
    ("前田", "マエダ", "maeda"), ("藤田", "フジタ", "fujita"), ("岡田", "オカダ", "okada"),
    ("後藤", "ゴトウ", "goto"), ("長谷川", "ハセガワ", "hasegawa"), ("村上", "ムラカミ", "murakami"),
    ("近藤", "コンドウ", "kondo"), ("坂本", "サカモト", "sakamoto"), ("遠藤", "エンドウ", "endo"),
    ("青木", "アオキ", "aoki"), ("西村", "ニシムラ", "nishimura"), ("福田", "フクダ", "fukuda"),
    ("太田", "オオタ", "ota"), ("藤原", "フジワラ", "fujiwara"), ("岡本", "オカモト", "okamoto"),
    ("松田", "マツダ", "matsuda"), ("中川", "ナカガワ", "nakagawa"), ("東海林", "ショウジ", "shoji"),
    ("四月一日", "ワタヌキ", "watanuki"), ("小鳥遊", "タカナシ", "takanashi"),
    ("勅使河原", "テシガワラ", "teshigawara"), ("五十嵐", "イガラシ", "igarashi"),
    ("九十九", "ツクモ", "tsukumo"), ("薬師寺", "ヤクシジ", "yakushiji"), ("百目鬼", "ドウメキ", "domeki"),
    ("釜萢", "カマヤチ", "kamayachi"), ("宇佐美", "ウサミ", "usami"), ("相馬", "ソウマ", "soma"),
    ("比嘉", "ヒガ", "higa"), ("金城", "キンジョウ", "kinjo"), ("我妻", "ワガツマ", "wagatsuma"),
    ("栗花落", "ツユリ", "tsuyuri"), ("神", "ジン", "jin"), ("一ノ瀬", "イチノセ", "ichinose"),
    ("矢島", "ヤジマ", "yajima"), ("馬場", "ババ", "baba"), ("大和田", "オオワダ", "owada"),
    ("千葉", "チバ", "chiba"), ("桑原", "クワバラ", "kuwabara"), ("野々村", "ノノムラ", "nonomura"),
    ("瀬戸口", "セトグチ", "setoguchi"), ("真壁", "マカベ", "makabe"), ("小田切", "オダギリ", "odagiri"),
]
GIVEN = [
    ("太郎", "タロウ", "taro"), ("花子", "ハナコ", "hanako"), ("健一", "ケンイチ", "kenichi"),
    ("美咲", "ミサキ", "misaki"), ("翔太", "ショウタ", "shota"), ("陽菜", "ヒナ", "hina"),
    ("大輔", "ダイスケ", "daisuke"), ("由美子", "ユミコ", "yumiko"), ("誠", "マコト", "makoto"),
    ("恵", "メグミ", "megumi"), ("浩二", "コウジ", "koji"), ("真由美", "マユミ", "mayumi"),
    ("拓也", "タクヤ", "takuya"), ("千尋", "チヒロ", "chihiro"), ("隆", "タカシ", "takashi"),
    ("彩", "アヤ", "aya"), ("修", "オサム", "osamu"), ("和子", "カズコ", "kazuko"),
    ("直樹", "ナオキ", "naoki"), ("沙織", "サオリ", "saori"), ("勝", "マサル", "masaru"),
    ("裕子", "ユウコ", "yuko"), ("亮", "リョウ", "ryo"), ("智子", "トモコ", "tomoko"),
    ("悠斗", "ユウト", "yuto"), ("さくら", "サクラ", "sakura"), ("昌平", "ショウヘイ", "shohei"),
    ("葵", "アオイ", "aoi"), ("清", "キヨシ", "kiyoshi"), ("文子", "フミコ", "fumiko"),
    ("蓮", "レン", "ren"), ("結衣", "ユイ", "yui"), ("正人", "マサト", "masato"),
    ("久美", "クミ", "kumi"), ("康弘", "ヤスヒロ", "yasuhiro"), ("しのぶ", "シノブ", "shinobu"),
    ("英樹", "ヒデキ", "hideki"), ("絵美", "エミ", "emi"), ("剛", "ツヨシ", "tsuyoshi"),
    ("奈々", "ナナ", "nana"), ("義男", "ヨシオ", "yoshio"), ("トメ", "トメ", "tome"),
]
# prefecture, city, town, 〒, area code of a landline there
PLACES = [
    ("東京都", "世田谷区", "桜新町", "154-0015", "03"), ("東京都", "練馬区", "石神井町", "177-0041", "03"),
    ("東京都", "八王子市", "元本郷町", "192-0051", "042"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223-0062", "045"),
    ("神奈川県", "川崎市中原区", "小杉町", "211-0063", "044"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330-0061", "048"), ("千葉県", "船橋市", "本町", "273-0005", "047"),
    ("大阪府", "大阪市北区", "天神橋", "530-0041", "06"), ("大阪府", "豊中市", "少路", "560-0004", "06"),
    ("愛知県", "名古屋市千種区", "覚王山通", "464-0841", "052"),
    ("福岡県", "福岡市中央区", "大名", "810-0041", "092"),
    ("北海道", "札幌市中央区", "南三条西", "060-0063", "011"),
    ("宮城県", "仙台市青葉区", "一番町", "980-0811", "022"),
    ("京都府", "京都市左京区", "下鴨松原町", "606-0816", "075"),
    ("兵庫県", "神戸市灘区", "六甲台町", "657-0013", "078"),
    ("広島県", "広島市中区", "紙屋町", "730-0031", "082"),
    ("静岡県", "浜松市中央区", "鍛冶町", "430-0933", "053"),
    ("新潟県", "新潟市中央区", "古町通", "951-8063", "025"),
    ("沖縄県", "那覇市", "久茂地", "900-0015", "098"), ("長野県", "松本市", "中央", "390-0811", "0263"),
    ("岡山県", "岡山市北区", "表町", "700-0822", "086"), ("石川県", "金沢市", "片町", "920-0981", "076"),
    ("熊本県", "熊本市中央区", "上通町", "860-0845", "096"), ("茨城県", "つくば市", "竹園", "305-0032", "029"),
    ("千葉県", "柏市", "旭町", "277-0852", "04"), ("千葉県", "市原市", "五井", "290-0056", "0436"),
    ("千葉県", "木更津市", "大和", "292-0805", "0438"), ("茨城県", "土浦市", "桜町", "300-0037", "029"),
    ("千葉県", "松戸市", "常盤平", "270-2261", "047"), ("埼玉県", "川越市", "脇田町", "350-1123", "049"),
    ("埼玉県", "所沢市", "日吉町", "359-1123", "04"), ("埼玉県", "さいたま市大宮区", "桜木町", "330-0854", "048"),
    ("大阪府", "堺市堺区", "中瓦町", "590-0028", "072"), ("大阪府", "吹田市", "江坂町", "564-0063", "06"),
    ("兵庫県", "西宮市", "甲子園口", "663-8113", "0798"), ("京都府", "宇治市", "宇治", "611-0021", "0774"),
    ("神奈川県", "横浜市青葉区", "美しが丘", "225-0002", "045"), ("神奈川県", "藤沢市", "鵠沼石上", "251-0025", "0466"),
]
KANTO_EAST = ("千葉県", "茨城県")
SAITAMA = ("埼玉県", "東京都")
KANSAI = ("大阪府", "兵庫県", "京都府")
KANAGAWA = ("神奈川県", "東京都")
BLDG = ["コーポ若葉", "メゾン桜", "グランハイツ", "サンライズ", "パークサイド", "ヴィラ緑ヶ丘", "ハイツ白樺"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
            "softbank.ne.jp", "hotmail.co.jp"]

_used_names: set = set()


def _landline(area: str) -> str:
    if len(area) == 2:
        return f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    if len(area) == 3:
        return f"{area}-{rng.randint(200, 989)}-{rng.randint(1000, 9999)}"
    return f"{area}-{rng.randint(20, 89)}-{rng.randint(1000, 9999)}"


def person(domain: str | None = None, region: tuple | None = None):
    while True:
        s, g = rng.choice(SURNAMES), rng.choice(GIVEN)
        if (s[0], g[0]) not in _used_names:
            _used_names.add((s[0], g[0]))
            break
    places = [pl for pl in PLACES if not region or pl[0] in region or pl[1] in region]
    pref, city, town, zipc, area = rng.choice(places)
    c, b, n = rng.randint(1, 4), rng.randint(1, 28), rng.randint(1, 22)
    bld = rng.choice(["", "", "", f" {rng.choice(BLDG)}{rng.randint(1, 5)}0{rng.randint(1, 9)}"])
    local = rng.choice([f"{g[2]}.{s[2]}", f"{s[2]}{g[2][0]}", f"{g[2]}{rng.randint(1, 99)}",
                        f"{s[2]}_{g[2]}{rng.randint(60, 99)}", f"{g[2][0]}-{s[2]}"])
    y = rng.choice([rng.randint(1946, 1988), rng.randint(1990, 2003)])
    return SimpleNamespace(
        sei=s[0], mei=g[0], name=f"{s[0]} {g[0]}", name_nospace=f"{s[0]}{g[0]}",
        kana=f"{s[1]} {g[1]}", kana_h=f"{s[1]}{g[1]}",
        romaji=f"{g[2].capitalize()} {s[2].capitalize()}", roma_up=f"{g[2].upper()} {s[2].upper()}",
        sr=s[2], gr=g[2],
        pref=pref, zip=zipc,
        addr=f"{pref}{city}{town}{c}丁目{b}番{n}号{bld}",
        addr_h=f"{pref}{city}{town}{c}-{b}-{n}{bld}",
        addr1=f"{pref}{city}{town}{c}-{b}-{n}", addr2=bld.strip(),
        mobile=f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        tel=_landline(area),
        email=f"{local}@{domain or rng.choice(FREEMAIL)}",
        dob=(y, rng.randint(1, 12), rng.randint(1, 28)),
    )


def people(n: int, domain: str | None = None, region: tuple | None = None):
    return [person(domain, region) for _ in range(n)]


# companies that visit trade shows (business cards); all invented
CARD_COS = [
    ("株式会社東邦メカトロ", "toho-mecha.co.jp", "03"), ("三ツ星工業株式会社", "mitsuboshi-kk.co.jp", "048"),
    ("有限会社丸栄製作所", "maruei-ss.co.jp", "053"), ("株式会社ノースブリッジ", "northbridge.co.jp", "011"),
    ("大和精機株式会社", "yamato-seiki.co.jp", "06"), ("株式会社アクアテック", "aquatec-jp.com", "045"),
    ("浜名湖フードサービス株式会社", "hamanako-fs.co.jp", "053"),
    ("株式会社しらさぎ設備", "shirasagi-setsubi.co.jp", "078"),
    ("宮之浦建材株式会社", "miyanoura-kenzai.co.jp", "099"), ("株式会社ベイサイド厨房", "bayside-chubo.co.jp", "043"),
    ("株式会社フジミ技研", "fujimi-giken.co.jp", "049"), ("東和ロジテック株式会社", "towa-logitech.co.jp", "052"),
    ("株式会社KMテクノ", "km-techno.jp", "092"), ("合同会社ソラノ", "sorano.jp", "03"),
    ("いろは食品株式会社", "iroha-foods.co.jp", "075"), ("学校法人北星学園", "hokusei.ac.jp", "011"),
    ("市立みずほ総合病院", "mizuho-hp.jp", "0265"), ("株式会社りんどう商会", "rindo-shokai.co.jp", "026"),
]
DEPTS = ["購買部", "設備課", "総務部", "製造部 生産技術課", "営業企画部", "施設管理課", "資材調達グループ",
         "品質保証部", "経営企画室", "店舗開発部"]
TITLES = ["", "", "主任", "係長", "課長", "部長", "マネージャー", "課長代理"]


def card(co=None):
    coname, dom, area = co or rng.choice(CARD_COS)
    p = person(dom)
    p.company, p.dept, p.title = coname, rng.choice(DEPTS), rng.choice(TITLES)
    p.email = rng.choice([f"{p.sr}@{dom}", f"{p.gr[0]}.{p.sr}@{dom}", f"{p.sr}.{p.gr}@{dom}",
                          f"{p.sr}-{p.gr[0]}@{dom}"])
    p.direct = _landline(area)
    return p


# -- the organisation's staff and their signatures ------------------------------------------

HQ = ("〒105-0013 東京都港区浜松町2-14-7 日の出ビル5F", "03-5470-8120", "03-5470-8121")
OSAKA = ("〒550-0002 大阪府大阪市西区江戸堀1-9-3 肥後橋センタービル8F", "06-6443-2710", "06-6443-2719")
STAFF = {
    "onodera": ("小野寺 美咲", "Misaki Onodera", "onodera@hinode-sangyo.co.jp", "営業部 営業事務課", "8124", HQ),
    "tamura": ("田村 健一", "Kenichi Tamura", "k-tamura@hinode-sangyo.co.jp", "営業部 第一営業課", "8131", HQ),
    "ishiguro": ("石黒 さやか", "Sayaka Ishiguro", "s.ishiguro@hinode-sangyo.co.jp", "営業部 営業事務課", "8125", HQ),
    "miura": ("三浦 翔", "Sho Miura", "sho.miura@hinode-sangyo.co.jp", "営業推進部 代理店支援課", "8140", HQ),
    "fujii": ("藤井 理恵", "Rie Fujii", "fujii-r@hinode-sangyo.co.jp", "経理部 債権管理課", "8162", HQ),
    "hojo": ("北条 雅人", "Masato Hojo", "hojo@hinode-sangyo.co.jp", "管理本部 与信管理室", "8170", HQ),
    "hasebe": ("長谷部 琴音", "Kotone Hasebe", "hasebe@hinode-sangyo.co.jp", "営業推進部 販促チーム", "8145", HQ),
    "okochi": ("大河内 俊", "Shun Okochi", "okochi@hinode-sangyo.co.jp", "営業部 海外営業課", "8150", HQ),
    "sakuma": ("佐久間 亜希", "Aki Sakuma", "a-sakuma@hinode-sangyo.co.jp", "大阪営業所 営業事務", "2712", OSAKA),
    "nagai": ("永井 俊介", "Shunsuke Nagai", "nagai.s@hinode-sangyo.co.jp", "営業部 第二営業課", "8133", HQ),
}


def frm(key: str) -> str:
    n, _, mail, *_ = STAFF[key]
    return f"{n} <{mail}>"


def sig(key: str, style: int = 0) -> str:
    n, en, mail, dept, ext, (addr, tel, fax) = STAFF[key]
    direct = tel[:-4] + ext if key != "sakuma" else "06-6443-" + ext
    if style == 0:
        return (f"--\n日の出産業株式会社 {dept}\n{n}\n{addr}\nTEL: {tel}（代表） / FAX: {fax}\n"
                f"E-mail: {mail}")
    if style == 1:
        return ("━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
                f"　日の出産業株式会社\n　{dept}　{n}\n　{addr}\n"
                f"　直通 {direct}　FAX {fax}\n　{mail}\n"
                "━━━━━━━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return f"************************************\n{n}（{en}）\n日の出産業株式会社 {dept}\nTEL {direct}\n************************************"
    if style == 3:
        return (f"Best regards,\n\n{en}\n{dept.split()[-1]}, Hinode Sangyo Co., Ltd.\n"
                "5F Hinode Bldg., 2-14-7 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan\n"
                f"Tel: +81-3-5470-{ext}  E-mail: {mail}")
    return f"日の出産業 {dept.split()[-1]} {n.split()[0]}（内線{ext}）"


DISC_JP = ("※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが"
           "送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are not the "
           "intended recipient, please notify the sender immediately and delete this e-mail. Any "
           "unauthorised copying, disclosure or distribution is prohibited.")

MESSAGES: list[dict] = []


def add(n: int, **kw) -> None:
    kw["id"] = f"eigyojimu-{n:03d}"
    kw.setdefault("cc", [])
    kw.setdefault("entities", [])
    kw.setdefault("detectors", [])
    MESSAGES.append(kw)


# == messages ===========================================================================

HINODE_T = "T" + corp_number("010401173582")

# 001 — customer list to a sales agency (xlsx, title row, two sheets) --------------------------
_c = people(14, region=KANTO_EAST)
_rows = [["北斗販売様 担当エリア 顧客一覧（2025年10月末時点）"], [],
         ["顧客番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "契約機種", "次回フィルター交換"]]
for _i, _p in enumerate(_c):
    _rows.append([f"HK-{20311 + _i * 7}", _p.name, _p.kana, _p.zip, _p.addr_h,
                  rng.choice([_p.tel, _p.mobile]), rng.choice(["AQ-300", "AQ-300S", "AQ-500", "PW-12R"]),
                  f"2025/{rng.randint(11, 12)}/{rng.randint(1, 28)}"])
_agg = [["都道府県", "件数"]]
for _pref in sorted({p.pref for p in _c}):
    _agg.append([_pref, sum(1 for p in _c if p.pref == _pref)])
add(1, sender=frm("miura"), to=["吉川 直樹 <n.yoshikawa@hokuto-hanbai.co.jp>"],
    cc=["田村 健一 <k-tamura@hinode-sangyo.co.jp>"],
    subject="担当エリア顧客リストの件（11月訪問分）", charset="iso-2022-jp",
    body=f"""北斗販売株式会社
営業部 吉川様

いつも大変お世話になっております。
日の出産業の三浦でございます。

先日のお打ち合わせでお話ししておりました、11月から貴社にご対応いただく
担当エリアのお客様一覧をお送りいたします。
フィルター交換時期の近いお客様から順にご訪問いただけますと幸いです。

・添付：北斗販売様_担当顧客一覧_202510.xlsx（2シート）
・「集計」シートは都道府県ごとの件数です

ご不明点がございましたら、お気軽にお問い合わせください。
引き続きよろしくお願いいたします。

{sig("miura", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "北斗販売様_担当顧客一覧_202510.xlsx",
                  "sheets": {"顧客一覧": _rows, "集計": _agg}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="14 consumers' names, addresses and phones in an xlsx shared with an external sales agency")

# 002 — DM address list (CSV, CP932) to the printing partner ---------------------------------
_c = people(45)
_rows = [["顧客ID", "郵便番号", "住所1", "住所2", "氏名", "敬称"]]
for _i, _p in enumerate(_c):
    _rows.append([f"{880120 + _i * 3}", _p.zip, _p.addr1, _p.addr2, _p.name, "様"])
add(2, sender=frm("hasebe"), to=["村井 康弘 <murai@nishiki-insatsu.co.jp>"],
    subject="秋の感謝祭DM 宛名データ（初回分）送付", charset="iso-2022-jp",
    body=f"""錦印刷株式会社
DM制作ご担当 村井様

お世話になっております。日の出産業 販促チームの長谷部です。
秋の感謝祭DMの宛名データ（初回分）をお送りします。

　件数：45件（残りは来週火曜までに送付予定）
　形式：CSV（Shift_JIS）、1行目見出し
　敬称：「様」で統一してください

版下のご確認は前回同様PDFで頂戴できますと助かります。
よろしくお願いいたします。

{sig("hasebe", 2)}
""",
    attachments=[{"kind": "csv", "name": "kanshasai_dm_atena_01.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="45-row DM address list (name, 〒, address) sent to the printing company")

# 003 — an ordinary quotation PDF to a partner ---------------------------------------------
add(3, sender=frm("tamura"), to=["早川 修 <o.hayakawa@kawasaki-denki.co.jp>"],
    subject="【御見積】第2工場 純水装置用交換部品（HQ-25-10482）", charset="iso-2022-jp",
    body=f"""川崎電機株式会社
購買部 早川様

いつもお世話になっております。
日の出産業の田村です。

ご依頼いただきました第2工場 純水装置用交換部品のお見積書をお送りいたします。

　見積番号：HQ-25-10482
　合計金額：¥1,046,100（税抜）
　有効期限：2025年11月19日

ご査収のほどよろしくお願いいたします。

なお、RO膜エレメントはメーカー在庫が少なくなっておりますので、
11月中旬までにご発注いただけますと納期のご相談がしやすくなります。

{sig("tamura", 1)}

{DISC_JP}
""",
    attachments=[{"kind": "pdf", "name": "御見積書_HQ-25-10482.pdf", "title": "御見積書 HQ-25-10482",
                  "lines": ["御 見 積 書", "", "川崎電機株式会社 御中", "見積番号：HQ-25-10482　発行日：2025年10月20日",
                            "件名：第2工場 純水装置用交換部品", "納期：受注後 約3週間　支払条件：月末締め翌月末払い",
                            "日の出産業株式会社 〒105-0013 東京都港区浜松町2-14-7 TEL 03-5470-8120", ""],
                  "table": [["No.", "品番", "品名", "数量", "単価", "金額"],
                            ["1", "RO-M4040", "RO膜エレメント 4インチ", "6", "48,500", "291,000"],
                            ["2", "PF-10-5", "プレフィルター 10インチ 5μm", "40", "1,850", "74,000"],
                            ["3", "UV-T36", "UVランプ 36W", "4", "12,600", "50,400"],
                            ["4", "CV-25A", "電磁弁 25A", "2", "38,900", "77,800"],
                            ["5", "SV-0001", "交換作業費（2名×2日）", "1", "552,900", "552,900"],
                            ["", "", "小計", "", "", "1,046,100"], ["", "", "消費税(10%)", "", "", "104,610"],
                            ["", "", "合計", "", "", "1,150,710"]]}],
    expect="pass", note="ordinary quotation with part numbers and prices to a partner")

# 004 — quotation to a look-alike of kawasaki-denki.co.jp ------------------------------------
add(4, sender=frm("tamura"), to=["島田 智子 <t.shimada@kawasaki-denkl.co.jp>"],
    subject="Re: 制御盤用部品 改訂見積の件", charset="iso-2022-jp",
    body=f"""島田様

お世話になっております。日の出産業の田村です。
ご指摘いただいた数量の件、修正した改訂見積書をお送りします。

　旧：HQ-25-10377　→　新：HQ-25-10377-R1
　変更点：端子台 TB-20（数量 30 → 45）、配線ダクト D-4060 を追加
　改訂後合計：¥386,450（税抜）

ほかの明細は前回と同じです。
社内稟議に回される際は、旧版を破棄していただけますようお願いいたします。

{sig("tamura", 4)}
""",
    attachments=[{"kind": "pdf", "name": "改訂見積書_HQ-25-10377-R1.pdf",
                  "lines": ["御見積書（改訂版）", "見積番号 HQ-25-10377-R1", "川崎電機株式会社 御中",
                            "端子台 TB-20　45個　@2,130　95,850", "配線ダクト D-4060　20本　@1,480　29,600",
                            "合計（税抜） 386,450"]}],
    expect="stop", detectors=["lookalike_domain"],
    note="kawasaki-denkl.co.jp: the partner kawasaki-denki.co.jp with i typed as l")

# 005 — purchase order with many numbers (CP932) -------------------------------------------
_items = [("FL-220A", "業務用浄水フィルター 220型", 120, 1380, "11/5"),
          ("FL-220B", "同 交換用カートリッジ", 240, 920, "11/5"),
          ("HN-08", "ホースニップル 8A", 500, 68, "11/7"),
          ("GK-15", "ガスケット 15A（10個入）", 60, 450, "11/7"),
          ("SK-300", "軟水器用樹脂 25L", 12, 18600, "11/12")]
_rows = [["品番", "JANコード", "品名", "数量", "単価", "金額", "希望納期"]]
for _code, _nm, _q, _u, _d in _items:
    _rows.append([_code, jan("45"), _nm, str(_q), f"{_u:,}", f"{_q * _u:,}", _d])
add(5, sender=frm("ishiguro"), to=["上田 浩二 <k.ueda@kaede-trading.co.jp>"],
    cc=["購買グループ <kobai@hinode-sangyo.co.jp>"],
    subject="注文書送付（発注No. PO-251017-0032）", charset="cp932",
    body=f"""楓トレーディング株式会社
営業部 上田様

いつもお世話になっております。日の出産業 営業事務の石黒です。
下記のとおり発注いたします。注文書（PDF）は本日郵送いたします。

発注No.：PO-251017-0032
発注日 ：2025/10/17

{table_text(_rows, rule="-")}

合計（税抜）：{sum(q * u for _, _, q, u, _ in _items):,}円
納入先：日の出産業株式会社 川崎物流センター
　　　　〒210-0869 神奈川県川崎市川崎区東扇島9-3　TEL 044-287-6610（受入窓口）
備考　：分納可。納品書には必ず発注No.をご記載ください。

注文請書のご返送をお願いいたします。

{sig("ishiguro", 0)}
""",
    expect="pass", note="purchase order: part numbers, JAN codes, quantities, a warehouse address — no people")

# 006 — price revision sent with five customer companies in To --------------------------------
add(6, sender=frm("onodera"),
    to=["吉川 直樹 <n.yoshikawa@hokuto-hanbai.co.jp>", "みなと商事 購買部 <purchasing@minato-shoji.co.jp>",
        "上田 浩二 <k.ueda@kaede-trading.co.jp>", "order@suzukaze-denki.co.jp",
        "木下 亮 <kinoshita@kitaguni-foods.co.jp>"],
    subject="【重要】2026年1月出荷分からの価格改定のお知らせ", charset="iso-2022-jp",
    body=f"""お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、昨今の原材料費および物流費の高騰を受け、誠に不本意ながら
2026年1月5日出荷分より、一部商品の価格を改定させていただくことになりました。

　対象：浄水フィルター（FLシリーズ）、軟水器用樹脂（SKシリーズ）ほか
　改定率：平均 6.5％
　詳細：改定後の価格表は、担当営業より個別にお送りいたします

何卒ご理解賜りますよう、よろしくお願い申し上げます。

{sig("onodera", 0)}
""",
    expect="stop", detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five customer companies in To can see each other: should have been Bcc")

# 007 — trade-show business cards (xlsx) to an event/telemarketing company -------------------
_cards = [card() for _ in range(32)]
_rows = [["日の出産業 ブース来場者 名刺データ（国際厨房・設備機器展2025／東京ビッグサイト）"],
         ["受付No", "来場日", "会社名", "部署", "役職", "氏名", "電話", "メール", "関心製品"]]
for _i, _p in enumerate(_cards):
    _rows.append([f"B{_i + 1:03d}", rng.choice(["10/8", "10/9", "10/10"]), _p.company, _p.dept, _p.title,
                  _p.name, rng.choice([_p.direct, _p.mobile]), _p.email,
                  rng.choice(["業務用浄水器", "軟水器", "製氷機用フィルター", "メンテナンス契約"])])
add(7, sender=frm("hasebe"), to=["テレマーケティング事業部 <telemarke@expo-create.co.jp>"],
    cc=["三浦 翔 <sho.miura@hinode-sangyo.co.jp>"],
    subject="展示会フォローコール用 名刺データ送付", charset="utf-8",
    body=f"""株式会社エキスポクリエイト
テレマーケティング事業部 ご担当者様

お世話になっております。日の出産業の長谷部です。
先週の展示会で頂戴した名刺データをお送りします（32件）。
お見積もりの際にお話しした通り、11月第2週からフォローコールを開始いただけますでしょうか。

トークスクリプトは三浦より別途お送りします。
関心製品の列を参考に、優先度の高い「メンテナンス契約」の方から
お電話いただけますと幸いです。

{sig("hasebe", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "展示会2025_名刺データ.xlsx", "sheets": {"名刺": _rows}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="32 business-card records (name, direct phone, e-mail) sent to an external telemarketing firm")

# 008 — payment confirmation, replying above the customer's quoted mail ----------------------
add(8, sender=frm("fujii"), to=["今井 沙知 <imai@kitaguni-foods.co.jp>"],
    subject="Re: 9月分お支払いのご連絡", charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
経理部 今井様

いつもお世話になっております。日の出産業 債権管理課の藤井です。

ご連絡ありがとうございます。確認いたしました。
9月分ご請求（請求書No. INV-2509-0418／¥2,871,640）につきましては、
10月31日付で全額のご入金を確認しております。
また、8月分の差額 ¥660（振込手数料分）は当方で処理済みですので、ご放念ください。

引き続きよろしくお願いいたします。

{sig("fujii", 0)}

> 日の出産業株式会社
> 債権管理課 藤井様
>
> いつもお世話になっております。北国フーズ経理の今井です。
> 9月分のお支払いを10/31に実行しましたのでご確認をお願いします。
>   振込名義：キタグニフーズ（カ
>   金額　　：2,871,640円
>   請求書No：INV-2509-0418
>
> 北国フーズ株式会社 経理部 今井 沙知
> TEL 011-233-5410
""",
    expect="pass", note="payment confirmation: invoice number and amounts, a partner's quoted mail")

# 009 — credit check of a sole proprietor, with his driving licence number --------------------
_p = person()
add(9, sender=frm("hojo"), to=["調査部 <research@tokai-shinyo.co.jp>"],
    subject="信用調査のご依頼（個人事業主 1件）", charset="iso-2022-jp",
    body=f"""東海信用リサーチ株式会社
調査部 御中

いつもお世話になっております。日の出産業 与信管理室の北条でございます。

新規取引先（個人事業主）の信用調査をお願いしたく、ご連絡いたしました。
対象者の情報は以下のとおりです。

　屋号　　　：やまびこ設備
　代表者　　：{_p.name}（{_p.kana}）
　生年月日　：{dob(_p, "kanji")}
　住所　　　：〒{_p.zip} {_p.addr}
　運転免許証：第{not_my_number()}号
　取引予定額：月額 約80万円（業務用浄水設備の販売・施工）

調査の種類は「標準調査」でお願いいたします。
報告書は11月14日までにいただけますと助かります。

{sig("hojo", 0)}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="one person's driving-licence number (with name, birth date, address) to a credit agency")

# 010 — the full customer ledger, internal only --------------------------------------------
_c = people(20)
_rows = [["顧客ID", "氏名", "カナ", "生年月日", "〒", "住所", "電話", "メール", "担当"]]
for _i, _p in enumerate(_c):
    _rows.append([f"K{7701 + _i}", _p.name, _p.kana, dob(_p, "slash"), _p.zip, _p.addr_h, _p.mobile, _p.email,
                  rng.choice(["佐久間", "田村", "永井"])])
add(10, sender=frm("sakuma"), to=["田村 健一 <k-tamura@hinode-sangyo.co.jp>",
                                   "石黒 さやか <s.ishiguro@hinode-sangyo.co.jp>"],
    cc=["osaka-eigyo@osaka.hinode-sangyo.co.jp"],
    subject="顧客台帳（関西エリア）最新版です", charset="utf-8",
    body=f"""田村さん、石黒さん

お疲れさまです。大阪の佐久間です。
関西エリアの顧客台帳、10月末までの変更を反映した版を添付します。
転居のお客様が3件あったので住所を直しています。
本社の台帳とマージするときは顧客IDで突き合わせてください。

{sig("sakuma", 4)}
""",
    attachments=[{"kind": "xlsx", "name": "顧客台帳_関西_20251031.xlsx", "sheets": {"台帳": _rows}}],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    note="customer ledger of 20 people, but every recipient is internal (incl. a subdomain)")

# 011 — apology mail to three private customers, all in To ---------------------------------
_c = people(3)
add(11, sender=frm("onodera"), to=[f"{p.name} <{p.email}>" for p in _c],
    subject="【お詫び】ご注文商品の発送遅延について", charset="iso-2022-jp",
    body=f"""お客様各位

このたびは日の出産業オンラインショップをご利用いただき、誠にありがとうございます。

ご注文いただいておりました「家庭用浄水器 AQ-300S 交換カートリッジ（2本セット）」につきまして、
メーカーからの入荷が遅れており、お届けが当初のご案内より1週間ほど遅れる見込みとなりました。
発送予定日：11月14日（金）

ご迷惑をおかけし、誠に申し訳ございません。
キャンセルをご希望の場合は、本メールにご返信いただくか、
お客様窓口（0120-48-1290／平日9:00〜17:00）までご連絡ください。

{sig("onodera", 1)}
""",
    expect="stop", detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private customers on free mail in To see each other's addresses: should have been Bcc")

# 012 — delivery note + invoice with the company's T-number ----------------------------------
add(12, sender=frm("ishiguro"), to=["経理課 <keiri@minato-shoji.co.jp>"],
    cc=["田村 健一 <k-tamura@hinode-sangyo.co.jp>"],
    subject="10月度 納品書・請求書送付のご案内", charset="cp932",
    body=f"""みなと商事株式会社
経理課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 営業事務の石黒でございます。

10月度の納品書および請求書（適格請求書）をPDFにてお送りいたします。

　請求書番号：INV-2510-0731
　ご請求金額：¥548,130（税込）
　お支払期日：2025年11月30日
　登録番号　：{HINODE_T}

お振込先は請求書下部に記載のとおりです。
原本は郵送いたしませんので、本メールの添付をもって正式なご請求とさせていただきます。

{sig("ishiguro", 1)}
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2510-0731.pdf",
                  "lines": ["請 求 書", "みなと商事株式会社 御中", "請求書番号 INV-2510-0731　請求日 2025/10/31",
                            f"日の出産業株式会社　登録番号 {HINODE_T}", "ご請求金額 ¥548,130（税込）", "",
                            "振込先：みどり銀行 浜松町支店 普通 1427305 ヒノデサンギョウ（カ"],
                  "table": [["納品日", "納品書No", "品名", "数量", "金額"],
                            ["10/03", "DN-25-4410", "FL-220A", "60", "82,800"],
                            ["10/15", "DN-25-4522", "SK-300", "12", "223,200"],
                            ["10/27", "DN-25-4689", "HN-08 他", "1式", "192,300"],
                            ["", "", "10%対象 小計", "", "498,300"], ["", "", "消費税", "", "49,830"]]},
                 {"kind": "pdf", "name": "納品書_10月分.pdf",
                  "lines": ["納品書（10月分まとめ）", "DN-25-4410 / DN-25-4522 / DN-25-4689"]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"],
    note="invoice to a customer: the company's own registration T-number and bank account, no people")


# 013 — refund transfers to six customers' accounts, tab-separated, to the bank ---------------
_c = people(6)
_banks = [("東雲銀行", "渋谷支店"), ("若葉信用金庫", "本店営業部"), ("ひばり銀行", "梅田支店"),
          ("みどり銀行", "横浜駅前支店"), ("ゆうちょ銀行", "〇一八支店"), ("北斗信用組合", "中央支店")]
_lines = ["受取人名（カナ）\t銀行名\t支店名\t種別\t口座番号\t金額"]
for _p, (_b, _br) in zip(_c, _banks):
    _lines.append(f"{_p.kana_h}\t{_b}\t{_br}\t{rng.choice(['普通', '普通', '当座'])}\t{digits(7, False)}\t"
                  f"{rng.choice([3300, 5280, 12980, 7700, 21450, 4400]):,}")
_tab = "\n".join(_lines)
add(13, sender=frm("fujii"), to=["岩崎 英樹 <iwasaki.h@midori-ginko.co.jp>"],
    subject="返金振込のお願い（6件）", charset="iso-2022-jp",
    body=f"""みどり銀行 浜松町支店
法人営業課 岩崎様

いつもお世話になっております。日の出産業 経理部の藤井です。

先日ご相談しました、定期便解約に伴うお客様への返金振込の件です。
下記6件について、11月10日付での振込をお願いできますでしょうか。
出金口座は当社普通預金口座、振込手数料は当社負担でお願いいたします。

{_tab}

合計6件。振込依頼書（押印済み）は本日中に窓口へお持ちします。

{sig("fujii", 2)}
""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="six private persons' bank accounts, tab-separated in the body, sent to the bank")

# 014 — one on-site contact's mobile for a delivery (may warn) ------------------------------
_p = person()
add(14, sender=frm("nagai"), to=["配車センター <haisha@aoba-unyu.co.jp>"],
    subject="11/12 チャーター便 納品先と立会者のご連絡", charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
配車センター 御中

お世話になっております。日の出産業 第二営業課の永井です。
11/12（水）のチャーター便（集荷番号 AC-1112-0087）の納品先についてご連絡します。

　納品先：株式会社しらさぎ設備 神戸倉庫
　　　　　〒657-0855 兵庫県神戸市灘区摩耶海岸通2-3
　時間　：13:00〜15:00 指定
　荷姿　：パレット2枚（軟水器本体 SK-1200 ×2台）
　立会い：先方現場責任者 {_p.sei}様（携帯 {_p.mobile}）

倉庫の入口が分かりにくいので、到着前に{_p.sei}様へ一報いただけますと助かります。
よろしくお願いいたします。

{sig("nagai", 0)}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one person's mobile number for a delivery: a single contact, may warn but must go")

# 015 — quotation in a password ZIP (PPAP) --------------------------------------------------
add(15, sender=frm("tamura"), to=["遠藤 剛 <t.endo@suzukaze-denki.co.jp>"],
    subject="【見積書送付】空調機器用フィルター一式", charset="iso-2022-jp",
    body=f"""涼風電気株式会社
資材部 遠藤様

お世話になっております。日の出産業の田村です。
ご依頼の空調機器用フィルター一式のお見積書をお送りいたします。

添付ファイルはパスワード付きZIPとなっております。
パスワードは別メールにてお知らせいたします。

ご確認のほどよろしくお願いいたします。

{sig("tamura", 0)}
""",
    attachments=[{"kind": "zip", "name": "見積書_HQ-25-10511.zip", "password": "Hs#4821kq",
                  "files": [{"kind": "pdf", "name": "見積書_HQ-25-10511.pdf",
                             "lines": ["御見積書 HQ-25-10511", "空調機器用フィルター一式 ¥612,000（税抜）"]}]}],
    expect="stop", detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the attachment cannot be inspected")

# 016 — the separate password mail ----------------------------------------------------------
add(16, sender=frm("tamura"), to=["遠藤 剛 <t.endo@suzukaze-denki.co.jp>"],
    subject="【パスワード通知】見積書送付の件", charset="iso-2022-jp",
    body="""涼風電気株式会社
遠藤様

先ほどお送りした「【見積書送付】空調機器用フィルター一式」の
添付ファイルのパスワードをお知らせいたします。

　パスワード：Hs#4821kq

よろしくお願いいたします。
日の出産業 田村
""",
    expect="pass", note="the password notice for a PPAP ZIP: no attachment, nothing personal")

# 017 — agency price list stamped 社外秘 ---------------------------------------------------
_rows = [["【社外秘】代理店仕切価格表 2025年下期（10月1日〜3月31日）"], [],
         ["品番", "品名", "希望小売価格", "仕切率", "仕切価格", "最低発注数"]]
for _code, _nm, _pr in [("AQ-300", "家庭用浄水器 AQ-300", 39800), ("AQ-300S", "同 スリム", 42800),
                        ("AQ-500", "家庭用浄水器 AQ-500", 59800), ("PW-12R", "ポット型 PW-12R", 4980),
                        ("FL-220A", "業務用浄水フィルター", 2800), ("SK-300", "軟水器用樹脂 25L", 29800)]:
    _rate = rng.choice([0.55, 0.58, 0.6, 0.62])
    _rows.append([_code, _nm, _pr, f"{int(_rate * 100)}%", int(_pr * _rate), rng.choice([1, 5, 10])])
add(17, sender=frm("miura"), to=["吉川 直樹 <n.yoshikawa@hokuto-hanbai.co.jp>"],
    subject="【社外秘】下期 仕切価格表の送付", charset="iso-2022-jp",
    body=f"""吉川様

お世話になっております。日の出産業の三浦です。
下期の仕切価格表をお送りします。AQ-500 の仕切率が2ポイント下がっております。
お取り扱いにはご注意いただけますと幸いです。

{sig("miura", 4)}
""",
    attachments=[{"kind": "xlsx", "name": "仕切価格表_2025下期.xlsx", "page_header": "社外秘",
                  "sheets": {"仕切価格": _rows}}],
    expect="stop", detectors=["confidential_marking"],
    note="subject and the xlsx are stamped 社外秘 and go to an external agency")

# 018 — public retail price list (no marking) ----------------------------------------------
_rows = [["2025年下期 希望小売価格表（お客様提示用）"], ["品番", "品名", "希望小売価格（税込）", "JAN"]]
for _code, _nm, _pr in [("AQ-300", "家庭用浄水器 AQ-300", 43780), ("AQ-300S", "家庭用浄水器 AQ-300S", 47080),
                        ("AQ-500", "家庭用浄水器 AQ-500", 65780), ("CT-300", "交換カートリッジ 2本組", 8580),
                        ("PW-12R", "ポット型浄水器", 5478)]:
    _rows.append([_code, _nm, _pr, jan("49")])
add(18, sender=frm("miura"), to=["みなと商事 営業推進課 <eigyo-suishin@minato-shoji.co.jp>"],
    subject="下期 希望小売価格表（お客様提示用）", charset="utf-8",
    body=f"""みなと商事株式会社
営業推進課 ご担当者様

いつもお世話になっております。日の出産業 代理店支援課の三浦です。

店頭・訪問時にお客様へご提示いただく希望小売価格表をお送りします。
こちらは一般公開しているものと同じ内容ですので、そのままお客様にお渡しいただいて構いません。
（仕切価格は担当営業より別途ご案内いたします。）

{sig("miura", 0)}

{DISC_JP}
""",
    attachments=[{"kind": "xlsx", "name": "希望小売価格表_2025下期.xlsx", "sheets": {"価格表": _rows}}],
    expect="pass", note="public price list with JAN codes to an agency; disclaimer only")

# 019 — overdue customers list (docx table) to the law firm --------------------------------
_c = people(8)
_tbl = [["顧客番号", "氏名", "住所", "電話番号", "未払額（円）", "滞納月数"]]
for _i, _p in enumerate(_c):
    _tbl.append([f"R-{40210 + _i * 13}", _p.name, _p.addr, rng.choice([_p.tel, _p.mobile]),
                 f"{rng.choice([6, 9, 12, 15]) * 3080:,}", str(rng.randint(3, 8))])
add(19, sender=frm("fujii"), to=["松永 絵美 <matsunaga@shirakawa-law.jp>"],
    cc=["白川 正人 <shirakawa@shirakawa-law.jp>"],
    subject="浄水器レンタル料 未払い案件のご相談（8件）", charset="iso-2022-jp",
    body=f"""白川法律事務所
松永様（白川先生）

いつもお世話になっております。日の出産業 債権管理課の藤井でございます。

先日お電話でご相談いたしました浄水器レンタル料の長期未払いの件、
督促状の送付をご依頼したい8件を一覧にまとめましたので、お送りいたします。
いずれも当社から3回以上督促しておりますが、ご連絡がつかない状況です。

内容証明の文案についても、ご助言いただけますと幸いです。

{sig("fujii", 0)}
""",
    attachments=[{"kind": "docx", "name": "未払い顧客一覧_20251105.docx",
                  "paragraphs": ["浄水器レンタル料 未払い顧客一覧（2025年11月5日時点）",
                                 "日の出産業株式会社 経理部 債権管理課"],
                  "tables": [_tbl]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="eight private debtors' names, addresses and phones in a DOCX table to a law firm")

# 020 — mail about an NDA, with the draft contract ------------------------------------------
add(20, sender=frm("miura"), to=["白川 正人 <shirakawa@shirakawa-law.jp>"],
    subject="北斗販売様との秘密保持契約書（NDA）修正案のご確認", charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業 営業推進部の三浦です。

代理店契約の更新に先立ち、北斗販売様と秘密保持契約（NDA）を締結し直すことになりました。
先方から第5条（秘密情報の定義）と第9条（有効期間）に修正のご要望があり、
修正案を添付いたしますので、リーガルチェックをお願いできますでしょうか。

特に、「口頭で開示された情報も秘密情報に含む」とする点が当社にとって
過度な負担にならないかご意見をいただけますと幸いです。
11月20日の締結を予定しております。

{sig("miura", 0)}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_北斗販売_修正案.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と北斗販売株式会社（以下「乙」という。）は、"
                                 "相互に開示する秘密情報の取扱いについて、以下のとおり契約を締結する。",
                                 "第5条（秘密情報の定義）本契約において秘密情報とは、開示の方法を問わず、"
                                 "開示当事者が秘密である旨を明示して開示した技術上または営業上の情報をいう。",
                                 "第9条（有効期間）本契約の有効期間は、締結日から3年間とする。"]}],
    expect="pass", note="mail about an NDA and its draft: mentions 秘密情報 but carries no marking or data")

# 021 — one customer's disability, told to the carrier ------------------------------------
_p = person(region=KANSAI)
add(21, sender=frm("sakuma"), to=["佐野 隆 <sano@aoba-unyu.co.jp>"],
    subject="設置配送のお願い（個人宅・11/15）", charset="utf-8",
    body=f"""青葉運輸株式会社
大阪営業所 佐野様

いつもお世話になっております。日の出産業大阪営業所の佐久間です。
個人宅への設置配送を1件お願いいたします。

■お届け先
　{_p.name} 様
　〒{_p.zip} {_p.addr}
　{_p.mobile}
■商品：ビルトイン浄水器 AQ-500（設置・旧品引取りあり）
■日時：11/15（土）午前

お客様は聴覚に障害をお持ちで、お電話でのやりとりが難しいとのことです。
ご訪問前の連絡は上記番号へのSMSでお願いいたします。
当日はインターホンではなく、玄関のノックでお知らせください。

{sig("sakuma", 0)}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's hearing disability (要配慮個人情報) sent to the carrier, even for one person")

# 022 — a customer's card number in the body, to the payment service ------------------------
_p = person()
_cn = next_card()
add(22, sender=frm("onodera"), to=["サポートデスク <support@ginga-pay.com>"],
    subject="決済エラーの再処理依頼（受注No. WEB-251102-0194）", charset="iso-2022-jp",
    body=f"""ぎんがペイメント株式会社
サポートデスク ご担当者様

お世話になっております。日の出産業オンラインショップ（加盟店ID：HN-0048812）の小野寺です。

11/2 の受注分でオーソリエラーとなった1件について、お客様からお電話で
カード情報を再度伺いましたので、再処理をお願いできますでしょうか。

　受注No.　：WEB-251102-0194
　金額　　　：8,580円（一括）
　カード番号：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}
　有効期限　：{rng.randint(1, 12):02d}/{rng.randint(27, 30)}
　名義　　　：{_p.roma_up}

お手数ですが、処理結果をご連絡ください。

{sig("onodera", 4)}
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a customer's full credit-card number in the body to an external payment service")

# 023 — shipment notice with 12-digit tracking numbers ---------------------------------------
_tr = [not_my_number() for _ in range(5)]
add(23, sender=frm("ishiguro"), to=["受発注センター <juhacchu@iroha-foods.co.jp>"],
    subject="出荷のご案内（ご注文No. 7731-2025-1104）", charset="iso-2022-jp",
    body=f"""いろは食品株式会社
受発注センター 御中

いつもお世話になっております。日の出産業 営業事務の石黒です。
ご注文いただいた商品を本日出荷いたしましたのでご案内いたします。

ご注文No.：7731-2025-1104（貴社発注No. IR-PO-558120）
出荷日　：2025年11月4日
運送会社：青葉運輸

　No.  品番        数量  送り状番号
　1    FL-220A      40   {_tr[0][:4]}-{_tr[0][4:8]}-{_tr[0][8:]}
　2    FL-220B      80   {_tr[1][:4]}-{_tr[1][4:8]}-{_tr[1][8:]}
　3    GK-15        10   {_tr[2][:4]}-{_tr[2][4:8]}-{_tr[2][8:]}
　4    SK-300        4   {_tr[3]}
　5    HN-08       200   {_tr[4]}

お届け予定：11月6日（木）午前中
※4・5は別便となります。

{sig("ishiguro", 0)}
""",
    expect="pass", note="shipping notice: order numbers and 12-digit tracking numbers, no people")

# 024 — pickup request to a look-alike of aoba-unyu.co.jp (TLD swapped) --------------------
add(24, sender=frm("nagai"), to=["配車センター <haisha@aoba-unyu.com>"],
    subject="集荷依頼（11/7 川崎物流センター）", charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
配車センター 御中

お世話になっております。日の出産業の永井です。
下記のとおり集荷をお願いいたします。

　集荷日時：11月7日（金）15時
　集荷場所：日の出産業 川崎物流センター（〒210-0869 川崎市川崎区東扇島9-3）
　個口　　：18個口（うち重量物 3個口 各40kg前後）
　届け先　：北国フーズ株式会社 札幌工場ほか2件（送り状は当日お渡しします）

{sig("nagai", 4)}
""",
    expect="stop", detectors=["lookalike_domain"],
    note="aoba-unyu.com: the partner aoba-unyu.co.jp with its TLD swapped")

# 025 — HTML-only mail with a customer ledger extract to an agency --------------------------
_c = people(10, region=SAITAMA)
_tr_rows = "\n".join(
    f"<tr><td>{p.name}</td><td>{p.kana}</td><td>〒{p.zip} {p.addr_h}</td><td>{rng.choice([p.tel, p.mobile])}</td>"
    f"<td>2024/{rng.randint(1, 12)}/{rng.randint(1, 28)}</td><td>{rng.choice(['AQ-300', 'AQ-500', 'PW-12R'])}</td></tr>"
    for p in _c)
add(25, sender=frm("miura"), to=["上田 浩二 <k.ueda@kaede-trading.co.jp>"],
    subject="点検対象のお客様一覧（10名）", charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>楓トレーディング株式会社<br>上田様</p>
<p>いつもお世話になっております。日の出産業の三浦です。</p>
<p>今月の定期点検をお願いしたいお客様の一覧です。<br>
ご訪問前に各お客様へお電話でご都合をご確認いただけますでしょうか。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>フリガナ</th><th>住所</th><th>電話番号</th><th>購入日</th><th>機種</th></tr>
{_tr_rows}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 営業推進部 代理店支援課<br>三浦 翔<br>TEL 03-5470-8140</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only mail with a table of ten customers (name, address, phone) to an agency")


# 026 — a three-way meeting: two partner organisations in To --------------------------------
add(26, sender=frm("tamura"),
    to=["早川 修 <o.hayakawa@kawasaki-denki.co.jp>", "大野 誠 <m.ono@tsubasa-system.jp>"],
    cc=["永井 俊介 <nagai.s@hinode-sangyo.co.jp>"],
    subject="EDI受発注連携の三者打合せ日程について", charset="iso-2022-jp",
    body=f"""川崎電機株式会社 早川様
株式会社ツバサシステム 大野様

いつもお世話になっております。日の出産業の田村です。

川崎電機様とのEDI受発注連携について、三者でのお打合せをお願いできればと存じます。
以下の候補日でご都合はいかがでしょうか。

　① 11月18日（火）14:00〜15:30
　② 11月19日（水）10:00〜11:30
　③ 11月21日（金）15:00〜16:30

場所：当社 浜松町本社 5F 会議室B（オンライン併用）
議題：発注データ項目（発注No.、品番、JAN、納期）のマッピング、テスト日程

ご都合のよい日をご返信いただけますと幸いです。

{sig("tamura", 0)}
""",
    expect="pass", detectors=["multiple_external_domains"],
    note="two external organisations in To: a normal three-way meeting mail")

# 027 — thank-you mail after the show, four visitors' companies in To/Cc --------------------
_v = [card(co) for co in rng.sample(CARD_COS[:12], 4)]
add(27, sender=frm("hasebe"), to=[f"{p.name} <{p.email}>" for p in _v[:2]],
    cc=[f"{p.name} <{p.email}>" for p in _v[2:]],
    subject="国際厨房・設備機器展2025 ご来場の御礼", charset="iso-2022-jp",
    body=f"""ご来場いただいた皆様

このたびは「国際厨房・設備機器展2025」の日の出産業ブースにお立ち寄りいただき、
誠にありがとうございました。

ブースでご紹介した業務用浄水器「AQ-PRO」シリーズの資料を、下記よりダウンロードいただけます。
https://www.hinode-sangyo.co.jp/download/aq-pro/

デモ機の貸出やお見積りのご依頼は、本メールへのご返信でお気軽にお申し付けください。
今後ともよろしくお願い申し上げます。

{sig("hasebe", 1)}
""",
    expect="stop", detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four visitors from four companies in To/Cc see each other: should have been Bcc")

# 028 — one individual agent's My Number to the tax accountant --------------------------------
_p = person()
_mn = next_my_number()
add(28, sender=frm("fujii"), to=["山吹税理士事務所 <office@yamabuki-zeirishi.jp>"],
    subject="支払調書作成用の情報（個人代理店 1名）", charset="iso-2022-jp",
    body=f"""山吹税理士事務所
ご担当者様

いつもお世話になっております。日の出産業 経理部の藤井です。

報酬の支払調書作成にあたり、今年から取引を開始した個人代理店の方の情報をお送りします。

　氏名　　：{_p.name}（{_p.kana}）
　住所　　：{_p.addr}
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　支払額　：1,284,000円（源泉徴収税額 131,098円）

本人確認書類の写しは郵送でお送りします。
よろしくお願いいたします。

{sig("fujii", 0)}
""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="a person's My Number (individual number) sent outside, even one")

# 029 — six individual agents: My Numbers and bank accounts (xlsx, title row) ---------------
_c = people(6)
_rows = [["個人代理店 報酬支払一覧（2025年分）"], ["作成：日の出産業 経理部"], [],
         ["代理店コード", "氏名", "フリガナ", "住所", "個人番号", "振込先", "支払額"]]
for _i, _p in enumerate(_c):
    _rows.append([f"AG-{3011 + _i}", _p.name, _p.kana, _p.addr_h, next_my_number(),
                  f"{rng.choice(['みどり銀行', '東雲銀行', 'ひばり銀行'])} {rng.choice(['本店', '新宿支店', '船橋支店'])} 普通 {digits(7, False)}",
                  rng.randint(300, 2400) * 1000])
add(29, sender=frm("fujii"), to=["山吹税理士事務所 <office@yamabuki-zeirishi.jp>"],
    cc=["北条 雅人 <hojo@hinode-sangyo.co.jp>"],
    subject="Re: 支払調書の件（残り6名分）", charset="utf-8",
    body=f"""山吹税理士事務所 御中

お世話になっております。藤井です。
先日の1名に続き、残りの個人代理店6名分をExcelにまとめましたのでお送りします。
振込先も記載していますので、源泉税額の確認にお使いください。

{sig("fujii", 4)}
""",
    attachments=[{"kind": "xlsx", "name": "個人代理店_支払一覧_2025.xlsx", "sheets": {"2025年分": _rows}}],
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six individual agents' My Numbers, addresses and bank accounts in an xlsx to a tax office")

# 030 — My Number of an agent, internal only -----------------------------------------------
_p = person()
_mn = next_my_number()
add(30, sender=frm("miura"), to=["藤井 理恵 <fujii-r@hinode-sangyo.co.jp>"],
    subject="個人代理店の個人番号（追加1名）", charset="iso-2022-jp",
    body=f"""藤井さん

お疲れさまです。三浦です。
10月から契約した個人代理店の方の番号を、ご本人から確認書類と一緒にいただきました。

　{_p.name} 様　個人番号 {fw(_mn)}

確認書類（通知カードの写し）は社内便で経理部宛に送りました。
税理士さんへの連絡はいつも通り経理からお願いします。

三浦
""",
    expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME"],
    note="a My Number (full-width digits), but the only recipient is internal")

# 031 — forward of a customer's user list to the system vendor -----------------------------
_u = [card(("川崎電機株式会社", "kawasaki-denki.co.jp", "044")) for _ in range(6)]
_fwd = "\n".join(f"{i + 1}. {p.name}（{p.dept}）　{p.email}　直通 {p.direct}" for i, p in enumerate(_u))
add(31, sender=frm("tamura"), to=["大野 誠 <m.ono@tsubasa-system.jp>"],
    subject="FW: 受発注ポータル 利用者登録のお願い", charset="iso-2022-jp",
    body=f"""大野様

お世話になっております。日の出産業の田村です。
川崎電機様から、受発注ポータルの利用者一覧をいただきましたので転送します。
アカウントの発行をお願いできますでしょうか。初期パスワードは各自宛に直接お送りください。

田村

-------- Forwarded Message --------
差出人: 早川 修 <o.hayakawa@kawasaki-denki.co.jp>
送信日時: 2025年11月4日 10:12
宛先: 田村 健一 <k-tamura@hinode-sangyo.co.jp>
件名: 受発注ポータル 利用者登録のお願い

日の出産業 田村様

お世話になっております。川崎電機の早川です。
受発注ポータルの利用者として、以下6名の登録をお願いいたします。

{_fwd}

よろしくお願いいたします。
""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forward (new text to its recipient) with six people's names, e-mails and direct lines, to another company")

# 032 — reply that only quotes the customer's list of homeowners ----------------------------
_c = people(5)
_q = "\n".join(f"> {i + 1}) {p.name}様 {p.addr_h} TEL {p.tel}" for i, p in enumerate(_c))
add(32, sender=frm("nagai"), to=["金子 大輔 <d.kaneko@shirasagi-setsubi.co.jp>"],
    subject="Re: 11月施工分 浄水器の手配について", charset="iso-2022-jp",
    body=f"""しらさぎ設備 金子様

お世話になっております。日の出産業の永井です。
5件分、承知いたしました。
AQ-500 を5台、11/10 に貴社倉庫着で手配いたします。
施工日程が決まりましたら、念のためご一報ください。

永井

> 日の出産業 永井様
>
> 11月施工分のお施主様です。AQ-500で各1台お願いします。
{_q}
>
> しらさぎ設備 金子
""",
    expect="pass",
    note="the five homeowners appear only in text quoted from the recipient's own mail; new text is an order ack")

# 033 — invoice to a look-alike of kitaguni-foods.co.jp (co. dropped) -----------------------
add(33, sender=frm("ishiguro"), to=["経理部 <keiri@kitaguni-foods.jp>"],
    subject="10月分 請求書送付（INV-2510-0744）", charset="cp932",
    body=f"""北国フーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業 営業事務の石黒です。
10月分の請求書をお送りいたします。

　請求書番号：INV-2510-0744
　ご請求額　：¥1,932,480（税込）
　お支払期日：11月30日
　登録番号　：{HINODE_T}

ご確認のほどよろしくお願いいたします。

{sig("ishiguro", 0)}
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2510-0744.pdf",
                  "lines": ["請求書", "北国フーズ株式会社 御中", f"登録番号 {HINODE_T}",
                            "ご請求額 ¥1,932,480（税込）"]}],
    expect="stop", entities=["JP_CORPORATE_NUMBER"], detectors=["lookalike_domain"],
    note="kitaguni-foods.jp: the partner kitaguni-foods.co.jp with co. dropped")

# 034 — an internal cost sheet stamped 社外秘 attached to a quotation by mistake -----------
add(34, sender=frm("nagai"), to=["資材課 <shizai@fujimi-giken.co.jp>"],
    subject="お見積書送付の件（HQ-25-10560）", charset="iso-2022-jp",
    body=f"""株式会社フジミ技研
資材課 御中

いつもお世話になっております。日の出産業の永井です。
ご依頼いただいた純水製造装置の更新工事について、お見積書を添付いたします。
仕様書と併せてご確認ください。

{sig("nagai", 1)}
""",
    attachments=[{"kind": "pdf", "name": "見積書_HQ-25-10560.pdf",
                  "lines": ["御見積書 HQ-25-10560", "純水製造装置 更新工事一式 ¥8,420,000（税抜）"]},
                 {"kind": "pdf", "name": "原価計算_HQ-25-10560.pdf", "page_header": "社外秘",
                  "lines": ["原価計算書（見積 HQ-25-10560）", "装置本体 仕入 4,980,000 / 粗利 18.2%",
                            "工事外注（丸栄製作所）1,460,000", "目標粗利率 20%、値引き余地 最大 ▲350,000"]}],
    expect="stop", detectors=["confidential_marking"],
    note="second PDF is an internal cost sheet stamped 社外秘 on every page, going to a customer")

# 035 — reply to one private customer on free mail -------------------------------------------
_p = person()
add(35, sender=frm("onodera"), to=[f"{_p.name} <{_p.email}>"],
    subject="Re: カートリッジの交換時期について", charset="iso-2022-jp",
    body=f"""{_p.sei} 様

お問い合わせいただき、ありがとうございます。
日の出産業 お客様窓口の小野寺でございます。

AQ-300 の交換カートリッジは、1日10リットルのご使用でおよそ4か月が目安です。
本体の表示ランプが黄色に点灯しましたら、交換の時期となります。

定期お届け便（4か月ごと・送料無料）もございますので、
よろしければ下記ページよりお申し込みください。
https://shop.hinode-sangyo.co.jp/teiki/

{sig("onodera", 0)}

-----Original Message-----
From: {_p.name} <{_p.email}>
Sent: Monday, November 3, 2025 9:41 PM
Subject: カートリッジの交換時期について

昨年購入したAQ-300のカートリッジはどのくらいで交換すればよいですか？
""",
    expect="pass", detectors=["freemail_recipient"],
    note="reply to one private customer on free mail; her own address is only in the quoted header")

# 036 — DM list pasted in the body, columns padded with spaces -----------------------------
_c = people(9)
_rows = [["No", "郵便番号", "住所", "氏名"]] + [[str(i + 1), p.zip, p.addr_h, p.name + " 様"] for i, p in enumerate(_c)]
add(36, sender=frm("hasebe"), to=["企画制作部 <seisaku@asahina-kikaku.co.jp>"],
    subject="追加分の宛名（9件）", charset="iso-2022-jp",
    body=f"""朝比奈企画 ご担当者様

お世話になっております。日の出産業の長谷部です。
昨日お送りした宛名データに漏れがありました。以下9件を追加でお願いします。

{table_text(_rows, rule="-")}

お手数をおかけしますが、よろしくお願いします。
長谷部
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="nine recipients' names and addresses pasted as padded columns, to a DM agency")

# 037 — six business cards, one block per record, to a partner ------------------------------
_v = [card() for _ in range(6)]
_blocks = "\n\n".join(
    f"■{p.company}\n　{p.dept} {p.title} {p.name}\n　TEL：{p.direct}　携帯：{p.mobile}\n　Mail：{p.email}\n"
    f"　メモ：{rng.choice(['更新時期が来年3月', '見積希望', 'デモ機貸出を希望', '他社と比較中'])}"
    for p in _v)
add(37, sender=frm("tamura"), to=["島田 智子 <t.shimada@kawasaki-denki.co.jp>"],
    subject="共同出展の引き合い共有（6件）", charset="utf-8",
    body=f"""川崎電機 島田様

お世話になっております。日の出産業の田村です。
先日の共同出展で、制御盤関連のご相談があったお客様を共有いたします。
フォローのご担当を決めていただけますと幸いです。

{_blocks}

以上6件です。よろしくお願いいたします。

{sig("tamura", 2)}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six business-card records (name, phones, e-mail), one block each, shared with a partner")

# 038 — four business cards, comma-separated (below the threshold) -------------------------
_v = [card() for _ in range(4)]
_csv = "\n".join(f"{p.company},{p.name},{p.direct},{p.email}" for p in _v)
add(38, sender=frm("tamura"), to=["島田 智子 <t.shimada@kawasaki-denki.co.jp>"],
    subject="Re: 共同出展の引き合い共有（追加）", charset="utf-8",
    body=f"""島田様

田村です。追加で4件ありましたので、カンマ区切りですがお送りします。

会社名,氏名,電話,メール
{_csv}

いずれも制御盤の更新を検討中とのことです。
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="four business-card records only: under the five-person threshold, may warn")

# 039 — survey answers as CSV (UTF-8) with no name column -----------------------------------
_v = [card() for _ in range(12)]
_rows = [["回答No", "メールアドレス", "電話番号", "業種", "年代", "ご関心", "連絡希望"]]
for _i, _p in enumerate(_v):
    _rows.append([str(_i + 1), _p.email, rng.choice([_p.direct, _p.mobile]),
                  rng.choice(["飲食", "製造", "医療・介護", "ホテル", "学校"]), rng.choice(["30代", "40代", "50代"]),
                  rng.choice(["浄水器", "軟水器", "保守契約"]), rng.choice(["電話", "メール"])])
add(39, sender=frm("hasebe"), to=["テレマーケティング事業部 <telemarke@expo-create.co.jp>"],
    subject="展示会アンケート回答データ（連絡希望者）", charset="utf-8",
    body=f"""エキスポクリエイト ご担当者様

お世話になっております。日の出産業の長谷部です。
展示会アンケートで「連絡希望」と回答された方のデータをお送りします。
氏名欄のないアンケートでしたので、メール・電話のみとなります。
連絡手段の希望列に合わせてフォローをお願いいたします。

{sig("hasebe", 4)}
""",
    attachments=[{"kind": "csv", "name": "enquete_renraku_kibou.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop", entities=["EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="twelve people's e-mails and phones without a name column, in a CSV to an external firm")

# 040 — list of dealer shops (businesses, not people) --------------------------------------
_shops = [("ヒノデ浄水ショップ 桜新町店", "東京都世田谷区桜新町1-22-5", "03-3427-5510"),
          ("みなと商事 横浜ショールーム", "神奈川県横浜市西区みなとみらい3-6-1", "045-222-4180"),
          ("北斗販売 船橋営業所", "千葉県船橋市本町4-3-12", "047-431-7720"),
          ("楓トレーディング 大宮店", "埼玉県さいたま市大宮区桜木町2-1-8", "048-645-3391"),
          ("アクア工房 八王子", "東京都八王子市横山町9-14", "042-626-1185"),
          ("水まわりのいずみや", "神奈川県川崎市中原区小杉町3-264", "044-722-6043")]
_rows = [["店舗名", "所在地", "電話番号"]] + [list(s) for s in _shops]
add(40, sender=frm("onodera"), to=["総務部 <soumu@northbridge.co.jp>"],
    subject="Re: 最寄りの取扱店について", charset="iso-2022-jp",
    body=f"""株式会社ノースブリッジ
総務部 ご担当者様

お問い合わせありがとうございます。日の出産業の小野寺です。
首都圏でAQ-PROシリーズの実機をご覧いただける取扱店は以下のとおりです。

{table_text(_rows, fullwidth=True)}

営業時間は店舗により異なりますので、お出かけ前にお電話でご確認ください。

{sig("onodera", 0)}
""",
    expect="pass", note="a list of dealer shops with their shop phones and addresses: businesses, not people")

# 041 — passports of two overseas buyers to the hotel ---------------------------------------
_g = [("Michael", "BRENNAN", "USA", digits(9), "1979-03-14"),
      ("Kenta", "MORISHIGE", "Japan", "TZ" + digits(7), "1985-11-02")]
_lines = "\n".join(f"  {i + 1}. {f} {s} ({nat})  Passport No. {pno}  DOB {d}"
                   for i, (f, s, nat, pno, d) in enumerate(_g))
add(41, sender=frm("okochi"), to=["宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="宿泊予約（海外ゲスト2名・11/17〜11/20）", charset="utf-8",
    body=f"""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業 海外営業課の大河内です。
来週来日する米国代理店の担当者と、シンガポール現地法人の駐在員の2名について、法人契約で宿泊予約をお願いいたします。
チェックイン時の手続き短縮のため、旅券情報を事前にお知らせいたします。

{_lines}

  Check-in: 11/17 (Mon)  Check-out: 11/20 (Thu)
  Room: シングル（禁煙）×2、朝食付き、請求は当社宛

{sig("okochi", 0)}
""",
    expect="stop", entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="two guests' passport numbers and birth dates sent to the hotel")

# 042 — a guest's religion in a banquet order -----------------------------------------------
_c = people(3)
add(42, sender=frm("hasebe"), to=["宴会予約 <banquet@sakura-hotel.jp>"],
    subject="11/21 代理店懇親会 お料理の件", charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約 ご担当者様

いつもお世話になっております。日の出産業の長谷部です。
11/21（金）の代理店懇親会（32名・桜の間）について、お料理のご相談です。

出席者のうち、以下の方々に個別のご対応をお願いいたします。
・{_c[0].name} 様（北斗販売）…イスラム教を信仰されているため、ハラール対応のお料理とアルコール抜きのお飲み物
・{_c[1].name} 様（みなと商事）…甲殻類アレルギー
・{_c[2].name} 様（楓トレーディング）…ベジタリアン

席次表は来週お送りします。よろしくお願いいたします。

{sig("hasebe", 0)}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named guest's religion (要配慮個人情報: 信条) sent to the hotel")

# 043 — three own staff with mobiles for a factory visit (below the threshold) ---------------
_c = [("田村 健一", "営業部"), ("永井 俊介", "営業部"), ("早乙女 剛", "技術サービス課")]
_m = [f"090-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}" for _ in _c]
add(43, sender=frm("tamura"), to=["木下 亮 <kinoshita@kitaguni-foods.co.jp>"],
    subject="11/26 札幌工場ご訪問の入構申請", charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
木下様

お世話になっております。日の出産業の田村です。
11/26（水）の札幌工場での浄水設備点検について、入構者をお知らせいたします。

　氏名　　　　所属　　　　　　緊急連絡先
　{_c[0][0]}　{_c[0][1]}　　　　　{_m[0]}
　{_c[1][0]}　{_c[1][1]}　　　　　{_m[1]}
　{_c[2][0]}　{_c[2][1]}　　{_m[2]}

車両：社用車1台（品川 400 さ 12-34）
よろしくお願いいたします。

{sig("tamura", 0)}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three of the sender's colleagues with mobiles for site entry: under five people, may warn")

# 044 — arrest record of a referred sole proprietor, told to the agency -----------------------
_p = person()
add(44, sender=frm("hojo"), to=["吉川 直樹 <n.yoshikawa@hokuto-hanbai.co.jp>"],
    subject="ご紹介案件（{0}様）の与信結果について".format(_p.sei), charset="iso-2022-jp",
    body=f"""北斗販売株式会社
吉川様

いつもお世話になっております。日の出産業 与信管理室の北条です。
ご紹介いただいた「{_p.sei}工務店」（代表 {_p.name} 様、{_p.addr_h}）の件、
社内審査の結果をお知らせいたします。

調査会社の報告によれば、{_p.sei}様は2019年に詐欺の容疑で逮捕された経歴があり、
また複数の取引先への支払遅延も確認されました。
誠に恐縮ですが、今回は掛売りでのお取引は見送らせていただき、
前払い（現金）であれば対応可能とさせていただきます。

先方へのご説明は、審査の詳細には触れずにお願いできますと幸いです。

{sig("hojo", 0)}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named person's arrest record (要配慮個人情報: 犯罪の経歴) sent to an agency")

# 045 — credit check of five companies (corporate numbers, switchboards) -------------------
_co = [("株式会社りんどう商会", "長野県長野市南千歳1-12-7", "026-224-3310"),
       ("宮之浦建材株式会社", "鹿児島県鹿児島市宮之浦町2-88", "099-294-6620"),
       ("東和ロジテック株式会社", "愛知県名古屋市港区潮見町37-21", "052-613-0844"),
       ("株式会社ベイサイド厨房", "千葉県千葉市美浜区中瀬2-6-1", "043-296-5571"),
       ("合同会社ソラノ", "東京都渋谷区神南1-19-11", "03-5459-7702")]
_lines = "\n".join(f"{i + 1}. {n}\n   法人番号 {corp_number()}\n   本店所在地 {a}\n   代表電話 {t}"
                   for i, (n, a, t) in enumerate(_co))
add(45, sender=frm("hojo"), to=["調査部 <research@tokai-shinyo.co.jp>"],
    subject="企業信用調査のご依頼（5社）", charset="iso-2022-jp",
    body=f"""東海信用リサーチ株式会社
調査部 御中

いつもお世話になっております。日の出産業 与信管理室の北条です。
下記5社について、企業信用調査（簡易版）をお願いいたします。

{_lines}

いずれも年間取引見込額は500万円未満です。
評点と支払状況を中心にご報告いただけますと幸いです。

{sig("hojo", 2)}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"],
    note="five companies with corporate numbers, head-office addresses and switchboards: a business list")

# 046 — a plain ZIP with DM address data (CSV + xlsx) to another printer ---------------------
_c = people(60)
_csv_rows = [["郵便番号", "住所", "氏名"]] + [[p.zip, p.addr_h, p.name] for p in _c[:30]]
_x_rows = [["冬のキャンペーンDM 宛名（後半）"], ["〒", "住所1", "住所2", "氏名", "電話"]] + \
          [[p.zip, p.addr1, p.addr2, p.name, p.tel] for p in _c[30:]]
add(46, sender=frm("hasebe"), to=["入稿受付 <nyuko@hanamizuki-print.co.jp>"],
    subject="入稿：冬キャンペーンDM 宛名データ", charset="utf-8",
    body=f"""はなみずき印刷 入稿受付 ご担当者様

日の出産業 販促チームの長谷部です。
冬キャンペーンDMの宛名データをZIPでお送りします。
　・winter_dm_1.csv（30件）
　・winter_dm_2.xlsx（30件）
合計60件です。はがき（圧着）で、11/28 差出しでお願いいたします。

{sig("hasebe", 0)}
""",
    attachments=[{"kind": "zip", "name": "winter_dm_atena.zip",
                  "files": [{"kind": "csv", "name": "winter_dm_1.csv", "encoding": "cp932", "rows": _csv_rows},
                            {"kind": "xlsx", "name": "winter_dm_2.xlsx", "sheets": {"宛名": _x_rows}}]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a (non-encrypted) ZIP with 60 people's names and addresses for a DM print job")

# 047 — corrupt xlsx delivery note -----------------------------------------------------------
add(47, sender=frm("ishiguro"), to=["受入検査係 <ukeire@towa-logitech.co.jp>"],
    subject="納品書送付（DN-25-4731）", charset="iso-2022-jp",
    body=f"""東和ロジテック株式会社
受入検査係 御中

お世話になっております。日の出産業の石黒です。
本日出荷分の納品書をお送りします。

　納品書番号：DN-25-4731
　出荷日　　：11月6日
　個口数　　：12

{sig("ishiguro", 4)}
""",
    attachments=[{"kind": "corrupt", "name": "納品書_DN-25-4731.xlsx"}],
    expect="stop", detectors=["unscannable_attachment"],
    note="the attached xlsx is corrupt and cannot be inspected")

# 048 — password-protected PDF order confirmation ------------------------------------------
add(48, sender=frm("tamura"), to=["早川 修 <o.hayakawa@kawasaki-denki.co.jp>"],
    subject="注文請書のご送付（貴社注文No. KD-PO-88317）", charset="iso-2022-jp",
    body=f"""川崎電機株式会社
購買部 早川様

いつもお世話になっております。日の出産業の田村です。
貴社注文No. KD-PO-88317 に対する注文請書をお送りします。
PDFには閲覧パスワードを設定しております（パスワードは従来どおりです）。

{sig("tamura", 0)}
""",
    attachments=[{"kind": "pdf", "name": "注文請書_KD-PO-88317.pdf", "password": "kd88317",
                  "lines": ["注文請書", "貴社注文No. KD-PO-88317", "金額 ¥2,318,000（税抜）"]}],
    expect="stop", detectors=["unscannable_attachment"],
    note="the PDF is encrypted with a password: cannot be inspected")

# 049 — English purchase order to an overseas supplier -------------------------------------
add(49, sender=frm("okochi"), to=["Sales Desk <sales@hansen-components.com>"],
    subject="PO HS-2025-0419 - membrane housings, revised delivery", charset="utf-8",
    body=f"""Dear Mr. Larsen,

Thank you for your quick reply. Please find our purchase order details below.

  PO number:      HS-2025-0419
  Your quote:     Q-77124 (rev. 2, dated 28 Oct 2025)
  Incoterms:      CIF Yokohama
  Payment:        T/T 60 days after B/L date

  Item  Part No.        HS code       Qty   Unit (USD)   Amount (USD)
  1     MH-4040-SS      8421.21.000   120   86.50        10,380.00
  2     MH-8040-SS      8421.21.000    40   212.00        8,480.00
  3     EC-40-GASKET    4016.93.000   600   1.35            810.00
                                                   Total  19,670.00

Requested ETD: 5 December 2025. Please confirm by return and send the proforma invoice.

{sig("okochi", 3)}

{DISC_EN}
""",
    expect="pass", note="English purchase order: PO, HS codes, quantities and prices; standard disclaimer")

# 050 — transfer instructions to a homoglyph of midori-ginko.co.jp (rn for m) ---------------
add(50, sender=frm("fujii"), to=["法人営業課 <hojin@rnidori-ginko.co.jp>"],
    subject="外国送金の件（11/12実行分）", charset="iso-2022-jp",
    body=f"""みどり銀行 浜松町支店
法人営業課 御中

お世話になっております。日の出産業 経理部の藤井です。
11/12 実行予定の外国送金について、依頼書を本日窓口に提出いたします。

　送金先：Hansen Components A/S（デンマーク）
　金額　：USD 19,670.00
　名目　：輸入代金（PO HS-2025-0419）

為替予約の番号は FX-251105-0031 です。よろしくお願いいたします。

{sig("fujii", 0)}
""",
    expect="stop", detectors=["lookalike_domain"],
    note="rnidori-ginko.co.jp: 'rn' posing as 'm' in the partner bank's domain")


# 051 — seminar attendees, full-width padded columns and full-width digits -------------------
_v = [card() for _ in range(7)]
_rows = [["氏名", "会社名", "携帯電話"]] + [[p.name, p.company, fw(p.mobile)] for p in _v]
add(51, sender=frm("nagai"), to=["大野 誠 <m.ono@tsubasa-system.jp>"],
    subject="共催セミナー 参加者リスト（11/13）", charset="cp932",
    body=f"""ツバサシステム 大野様

お世話になっております。日の出産業の永井です。
11/13 共催セミナーの当社経由のお申込者です。受付名簿に追加をお願いします。
当日、遅刻等の連絡用に携帯番号もいただいています。

{table_text(_rows, fullwidth=True)}

以上７名です。

永井
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="seven people's names and mobiles (full-width digits, full-width padding) to a partner")

# 052 — referral campaign: five referred persons as ・ bullets --------------------------------
_c = people(5, region=KANAGAWA)
_b = "\n".join(f"・{p.name}様（{p.mobile}／{p.email}）" for p in _c)
add(52, sender=frm("miura"), to=["みなと商事 営業推進課 <eigyo-suishin@minato-shoji.co.jp>"],
    subject="ご紹介キャンペーン 紹介先のご連絡", charset="iso-2022-jp",
    body=f"""みなと商事株式会社
営業推進課 御中

お世話になっております。日の出産業の三浦です。
ご紹介キャンペーンで、既存のお客様からご紹介いただいた方々です。
貴社エリアのため、ご訪問のアポイントをお願いいたします。

{_b}

ご紹介者への謝礼（QUOカード）は当社から発送いたします。

{sig("miura", 0)}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five private persons with mobiles and e-mails as ・ bullets, to an agency")

# 053 — maintenance visits: five customers in running text ---------------------------------
_c = people(5, region=KANSAI)
_t = (f"11日（火）は午前に{_c[0].name}様（{_c[0].addr}、{_c[0].tel}）、"
      f"午後に{_c[1].name}様のお宅（{_c[1].addr}）をお願いします。{_c[1].sei}様は日中不在のことが多いので"
      f"携帯{_c[1].mobile}に前日連絡をお願いします。\n"
      f"12日（水）は{_c[2].name}様（{_c[2].addr_h}、電話{_c[2].mobile}）、{_c[3].name}様"
      f"（{_c[3].addr_h}、電話{_c[3].tel}）を続けて回っていただけると効率的です。\n"
      f"13日（木）は{_c[4].name}様（{_c[4].addr}、{_c[4].mobile}）の1件のみです。")
add(53, sender=frm("sakuma"), to=["工事課 <koji@rinkai-setsubi.co.jp>"],
    subject="11月第2週 訪問点検の段取り", charset="utf-8",
    body=f"""臨海設備工業 工事課 御中

お世話になっております。日の出産業大阪営業所の佐久間です。
来週の訪問点検の段取りをお送りします。

{_t}

いずれもフィルター交換と水質チェックです。部材は前日までに貴社へ届くよう手配済みです。
よろしくお願いいたします。

{sig("sakuma", 1)}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five customers' names, addresses and phones written in running text, to a contractor")

# 054 — an individual agent's health-insurance card details --------------------------------
_p = person()
add(54, sender=frm("miura"), to=["松永 絵美 <matsunaga@shirakawa-law.jp>"],
    subject="個人代理店契約の本人確認について", charset="iso-2022-jp",
    body=f"""白川法律事務所
松永様

お世話になっております。日の出産業の三浦です。
個人代理店契約を予定している方について、本人確認書類の記載内容をお送りします。
運転免許証をお持ちでないため、健康保険証での確認となりました。
この書類で契約上問題ないか、先生にご確認いただけますでしょうか。

　氏名　　：{_p.name}
　生年月日：{dob(_p, "short")}
　住所　　：{_p.addr}
　保険者番号：{digits(8, False)}
　記号　　：{digits(4)}　番号：{rng.randint(10, 999)}

{sig("miura", 4)}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one person's health-insurance card number (保険者番号・記号・番号) sent to a law firm")

# 055 — a residence card number for a credit check ----------------------------------------
_rc = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(8) + \
      "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
add(55, sender=frm("hojo"), to=["調査部 <research@tokai-shinyo.co.jp>"],
    subject="追加資料：NGUYEN様（個人事業主）の件", charset="utf-8",
    body=f"""東海信用リサーチ 調査部 御中

お世話になっております。日の出産業の北条です。
先日お願いした個人事業主（ベトナム料理店「サイゴン食堂」）の件で、
ご本人から在留カードの提示を受けましたので、記載事項をお知らせします。

　氏名：NGUYEN VAN THANH
　生年月日：1986年7月19日
　在留カード番号：{_rc}
　在留資格：経営・管理（在留期間満了日 2027年3月2日）

調査に必要な情報が他にあればご指示ください。

{sig("hojo", 4)}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="a residence-card number with name and birth date sent to a credit agency")

# 056 — two companies and a private person (free mail) all in To ----------------------------
_p = person()
add(56, sender=frm("nagai"),
    to=["金子 大輔 <d.kaneko@shirasagi-setsubi.co.jp>", "工事課 <koji@rinkai-setsubi.co.jp>",
        f"{_p.name} <{_p.email}>"],
    subject="浄水器設置工事の日程調整（{0}様邸）".format(_p.sei), charset="iso-2022-jp",
    body=f"""関係者各位

お世話になっております。日の出産業の永井です。
{_p.sei}様邸のビルトイン浄水器の設置工事について、日程の候補をお送りします。

　① 11/20（木）9:00〜12:00
　② 11/22（土）13:00〜16:00

給水管の分岐をしらさぎ設備様、本体設置を臨海設備様にお願いする予定です。
{_p.sei}様、ご都合のよい日をご返信いただけますでしょうか。

{sig("nagai", 0)}
""",
    expect="stop", detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two contractors and a private customer (three external parties) see each other in To")

# 057 — card numbers of three customers in an xlsx -----------------------------------------
_c = people(3)
_rows = [["決済エラー再処理依頼（2025/11/05）"], ["受注No", "氏名", "カード番号", "有効期限", "金額", "電話"]]
for _i, _p in enumerate(_c):
    _rows.append([f"WEB-2511{rng.randint(1, 5):02d}-{rng.randint(100, 999):04d}", _p.name, next_card(),
                  f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}", rng.choice([4980, 8580, 13200]), _p.tel])
add(57, sender=frm("onodera"), to=["サポートデスク <support@ginga-pay.com>"],
    subject="再処理依頼（3件）", charset="iso-2022-jp",
    body=f"""ぎんがペイメント サポートデスク御中

日の出産業（加盟店ID：HN-0048812）の小野寺です。
オーソリエラー分3件、お客様にカード情報を再確認しましたので、
添付の一覧で再処理をお願いいたします。

{sig("onodera", 4)}
""",
    attachments=[{"kind": "xlsx", "name": "再処理依頼_20251105.xlsx", "sheets": {"依頼": _rows}}],
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three customers' full card numbers in an xlsx to an external payment service")

# 058 — birthday DM list (legacy .xls) with 和暦 birth dates ----------------------------------
_c = people(6)
_rows = [["会員番号", "氏名", "郵便番号", "住所", "生年月日"]]
for _i, _p in enumerate(_c):
    _rows.append([f"M{rng.randint(100000, 999999)}", _p.name, _p.zip, _p.addr,
                  dob(_p, rng.choice(["kanji", "short", "fwshort"]))])
add(58, sender=frm("hasebe"), to=["村井 康弘 <murai@nishiki-insatsu.co.jp>"],
    subject="12月誕生月DM 宛名", charset="cp932",
    body=f"""錦印刷 村井様

お世話になっております。長谷部です。
12月誕生月の会員様向けバースデーDM（6通）の宛名をお送りします。
古いシステムから出したため .xls 形式です。生年月日は和暦のままになっていますが、
印字には使いませんので無視してください。

{sig("hasebe", 2)}
""",
    attachments=[{"kind": "xls", "name": "birthday_dm_12.xls", "sheets": {"Sheet1": _rows}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="six members' names, addresses and 和暦 birth dates in a legacy xls to the printer")

# 059 — slides for an agency meeting with a slide of priority customers ---------------------
_c = people(6, region=SAITAMA)
add(59, sender=frm("miura"), to=["上田 浩二 <k.ueda@kaede-trading.co.jp>"],
    subject="定例会資料（11月）", charset="iso-2022-jp",
    body=f"""上田様

お世話になっております。三浦です。
明日の定例会の資料をお送りします。4枚目が今月の重点フォロー先です。

{sig("miura", 4)}
""",
    attachments=[{"kind": "pptx", "name": "定例会_楓トレーディング様_202511.pptx",
                  "slides": [["11月 代理店定例会", "楓トレーディング様", "日の出産業 営業推進部"],
                             ["10月実績", "新規設置 18台（前年比 112%）", "カートリッジ定期便 継続率 91%"],
                             ["キャンペーン", "冬の買い替えキャンペーン 12/1〜1/31", "下取り 5,000円"],
                             ["重点フォロー先（契約更新前）"] +
                             [f"{p.name} 様　{p.mobile}　{p.addr_h}" for p in _c]]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="a pptx slide lists six customers with mobile and address, sent to an agency")

# 060 — subscription customers as a PDF table to the food partner ---------------------------
_c = people(15)
_tbl = [["No", "氏名", "郵便番号", "お届け先住所", "電話番号", "コース"]]
for _i, _p in enumerate(_c):
    _tbl.append([str(_i + 1), _p.name, _p.zip, _p.addr_h, _p.tel, rng.choice(["A", "B", "ギフト"])])
add(60, sender=frm("onodera"), to=["木下 亮 <kinoshita@kitaguni-foods.co.jp>"],
    subject="年末ギフト同梱分 お届け先一覧", charset="utf-8",
    body=f"""北国フーズ 木下様

いつもお世話になっております。日の出産業の小野寺です。
定期便のお客様への年末ギフト（北海道ミルクジャム）同梱の件、
お届け先一覧をPDFでお送りいたします。12/10 着でお願いいたします。

{sig("onodera", 0)}
""",
    attachments=[{"kind": "pdf", "name": "年末ギフト_お届け先一覧.pdf",
                  "lines": ["年末ギフト お届け先一覧（15件）", ""], "table": _tbl}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="fifteen customers' names, addresses and phones in a PDF table to a partner")

# 061 — forwarded mail (attached .eml) with eight gift recipients ----------------------------
_c = people(8)
_inner = "\n".join(f"{i + 1}\t{p.name}\t〒{p.zip}\t{p.addr_h}\t{p.tel}" for i, p in enumerate(_c))
add(61, sender=frm("ishiguro"), to=["佐野 隆 <sano@aoba-unyu.co.jp>"],
    subject="FW: お歳暮 送り先リスト（いろは食品様）", charset="iso-2022-jp",
    body=f"""青葉運輸 佐野様

お世話になっております。日の出産業の石黒です。
いろは食品様からいただいた、お歳暮（浄水ポット）の送り先を転送いたします。
添付メールの8件について、12/5 着での配送をお願いいたします。

石黒
""",
    attachments=[{"kind": "eml", "name": "お歳暮送り先リスト.eml", "message": {
        "sender": "いろは食品 総務部 <soumu@iroha-foods.co.jp>", "to": ["s.ishiguro@hinode-sangyo.co.jp"],
        "subject": "お歳暮 送り先リスト", "charset": "iso-2022-jp",
        "body": f"""日の出産業 石黒様

お世話になっております。いろは食品総務部です。
今年のお歳暮（浄水ポット PW-12R）の送り先です。よろしくお願いいたします。

No\t氏名\t郵便番号\t住所\t電話
{_inner}
"""}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forwarded mail (attached .eml) with eight private recipients' addresses and phones")

# 062 — a customer's medical condition to the equipment maker -------------------------------
_p = person(region=KANSAI)
add(62, sender=frm("sakuma"), to=["受注センター <order@fukujuso-medical.co.jp>"],
    subject="介護用昇降ベッド 特注仕様のご相談", charset="iso-2022-jp",
    body=f"""福寿草メディカル株式会社
受注センター 御中

いつもお世話になっております。日の出産業大阪営業所の佐久間です。
個人のお客様から、昇降ベッド（型番 FB-3200）の特注のご相談をいただいております。

ご使用になる{_p.name}様（{_p.addr}）は、脳梗塞の後遺症で左半身に麻痺があり、
右側からの乗り降りになるため、サイドレールとリモコンの位置を左右反転した仕様が可能か
ご確認いただけますでしょうか。要介護3の認定を受けておられるとのことです。

納期と追加費用のお見積りをお願いいたします。

{sig("sakuma", 0)}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named customer's medical condition and care level (要配慮個人情報) sent to a maker")

# 063 — a customer contact's mental-health leave, told to the agency -------------------------
_p = card(("株式会社東邦メカトロ", "toho-mecha.co.jp", "03"))
add(63, sender=frm("tamura"), to=["吉川 直樹 <n.yoshikawa@hokuto-hanbai.co.jp>"],
    subject="東邦メカトロ様 案件の引継ぎについて", charset="iso-2022-jp",
    body=f"""吉川様

お世話になっております。田村です。
東邦メカトロ様の更新案件の件、ご報告です。

先方ご担当の{_p.name}様ですが、適応障害と診断され、先月から休職されているとのことです。
復職時期は未定で、当面は{_p.dept}の別の方が窓口になるそうです。
ご本人にはご連絡なさらないようお願いいたします。

見積の再提出は新しい窓口の方が決まってからにしましょう。

田村
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named customer contact's diagnosis and sick leave (要配慮個人情報) told to an agency")

# 064 — credit-limit results stamped 取扱注意 (docx header) ----------------------------------
add(64, sender=frm("hojo"), to=["吉川 直樹 <n.yoshikawa@hokuto-hanbai.co.jp>"],
    subject="下期 与信枠の見直し結果", charset="iso-2022-jp",
    body=f"""北斗販売株式会社 吉川様

お世話になっております。与信管理室の北条です。
貴社経由のお取引先について、下期の与信枠を見直しましたので結果をお送りします。
詳細は添付をご覧ください。

{sig("hojo", 0)}
""",
    attachments=[{"kind": "docx", "name": "与信枠見直し結果_2025下期.docx", "page_header": "取扱注意",
                  "paragraphs": ["北斗販売様経由 取引先 与信枠見直し結果（2025年下期）",
                                 "評点は東海信用リサーチ社の報告による。"],
                  "tables": [[["取引先", "評点", "旧与信枠", "新与信枠", "備考"],
                              ["株式会社りんどう商会", "58", "3,000千円", "3,000千円", "据置"],
                              ["宮之浦建材株式会社", "44", "2,000千円", "1,000千円", "支払遅延2回"],
                              ["株式会社ベイサイド厨房", "61", "1,500千円", "2,500千円", "増額"]]]}],
    expect="stop", detectors=["confidential_marking"],
    note="the DOCX carries 取扱注意 in its page header and goes to an agency")

# 065 — internal minutes marked 【部外秘】 forwarded to a customer ----------------------------
add(65, sender=frm("nagai"), to=["資材課 <shizai@fujimi-giken.co.jp>"],
    subject="FW: 【部外秘】11/4 営業会議 議事録", charset="iso-2022-jp",
    body=f"""フジミ技研 資材課 御中

お世話になっております。永井です。
先日お話しした更新スケジュールの件、参考までにお送りします。

-----Original Message-----
From: 田村 健一 <k-tamura@hinode-sangyo.co.jp>
Sent: Tuesday, November 4, 2025 6:02 PM
To: 営業部 <eigyo@hinode-sangyo.co.jp>
Subject: 【部外秘】11/4 営業会議 議事録

【部外秘】営業部内限り

1. フジミ技研様 純水装置更新（HQ-25-10560）
　・先方予算 800万円前後。当社見積 842万円 → 最終 790万円まで可（部長承認済）
　・競合：アクアテック社が 760万円提示との情報あり
2. 年末の在庫調整
　・SK-300 在庫過多。12月中に代理店へ値引き出荷を検討
""",
    expect="stop", detectors=["confidential_marking"],
    note="a forward of internal minutes marked 【部外秘】 (new text to the customer)")

# 066 — English price proposal, xlsx footer 'Confidential' --------------------------------
add(66, sender=frm("okochi"), to=["Ms. Priya Raman <priya.raman@bluewave-trading.com>"],
    subject="Distributor price proposal 2026 - Hinode water filters", charset="utf-8",
    body=f"""Dear Ms. Raman,

Thank you for the productive meeting in Singapore last week.
As promised, please find attached our distributor price proposal for 2026.
The prices are valid for orders placed by 31 March 2026.

We look forward to your feedback.

{sig("okochi", 3)}
""",
    attachments=[{"kind": "xlsx", "name": "Hinode_distributor_prices_2026.xlsx",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                  "sheets": {"Prices": [["Hinode Sangyo - Distributor Price List 2026 (CONFIDENTIAL)"], [],
                                        ["Model", "Description", "FOB Tokyo (USD)", "MOQ"],
                                        ["AQ-PRO-20", "Commercial filter 20L/min", 612.0, 10],
                                        ["AQ-PRO-40", "Commercial filter 40L/min", 948.0, 5],
                                        ["CT-PRO", "Replacement cartridge", 41.5, 100]]}}],
    expect="stop", detectors=["confidential_marking"],
    note="the xlsx is labelled CONFIDENTIAL (title row and page footer) and goes abroad")

# 067 — print data to a typo of nishiki-insatsu.co.jp ---------------------------------------
add(67, sender=frm("hasebe"), to=["村井 康弘 <murai@nishiki-insatu.co.jp>"],
    subject="冬カタログ 最終校正の戻し", charset="iso-2022-jp",
    body=f"""錦印刷 村井様

お世話になっております。長谷部です。
冬カタログの三校、確認しました。修正は以下の3点のみです。

　P.4　AQ-500 価格　65,780円 → 65,780円（税込）表記を追加
　P.9　品番 CT-300 → CT-300S
　P.12　QRコードのリンク先を /winter2025/ に変更

修正後、責了でお願いします。部数は 12,000部で変更ありません。

長谷部
""",
    expect="stop", detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp: the printer's domain with the 's' of 'insatsu' dropped")

# 068 — a typo of the organisation's own domain in Cc --------------------------------------
add(68, sender=frm("ishiguro"), to=["早川 修 <o.hayakawa@kawasaki-denki.co.jp>"],
    cc=["田村 健一 <k-tamura@hinode-sangyou.co.jp>"],
    subject="納期回答（貴社注文No. KD-PO-88342）", charset="iso-2022-jp",
    body=f"""川崎電機株式会社 早川様

お世話になっております。日の出産業の石黒です。
ご注文いただいた件、納期をご回答いたします。

　RO-M4040　6本　　11/14 出荷
　PF-10-5　 40本　 11/11 出荷
　UV-T36　　4本　　11/21 出荷（メーカー取寄せ）

分納となり恐縮ですが、よろしくお願いいたします。
（弊社営業の田村をCCに入れております）

{sig("ishiguro", 0)}
""",
    expect="stop", detectors=["lookalike_domain"],
    note="Cc to hinode-sangyou.co.jp, a look-alike of the organisation's own domain")

# 069 — a letter added to tsubasa-system.jp -----------------------------------------------
add(69, sender=frm("tamura"), to=["大野 誠 <m.ono@tsubasa-systems.jp>"],
    subject="Re: EDI接続テストの結果", charset="iso-2022-jp",
    body=f"""大野様

田村です。テスト結果のご連絡ありがとうございます。
発注データ 248件中、エラー3件（納期項目の桁あふれ）とのこと、承知しました。
当社側のマスタを修正のうえ、11/12 に再テストをお願いできますでしょうか。

テスト用の発注No.は TST-0001〜TST-0300 をお使いください。

田村
""",
    expect="stop", detectors=["lookalike_domain"],
    note="tsubasa-systems.jp: the partner tsubasa-system.jp with an added 's'")

# 070 — hotel domain with the TLD changed ------------------------------------------------------
add(70, sender=frm("hasebe"), to=["宴会予約 <banquet@sakura-hotel.co.jp>"],
    subject="11/21 懇親会 最終人数のご連絡", charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約 ご担当者様

お世話になっております。日の出産業の長谷部です。
11/21（金）の代理店懇親会の最終人数をお知らせします。

　大人 34名（当初 32名から2名追加）
　お料理：和洋折衷コース（お一人様 8,800円）
　お飲み物：フリードリンク 2時間

お支払いは請求書払いでお願いいたします。

{sig("hasebe", 4)}
""",
    expect="stop", detectors=["lookalike_domain"],
    note="sakura-hotel.co.jp instead of the partner sakura-hotel.jp (TLD changed)")

# 071 — a hyphen for the dot in kawasaki-denki.co.jp -------------------------------------------
add(71, sender=frm("nagai"), to=["購買部 <kobai@kawasaki-denki-co.jp>"],
    subject="年末年始の出荷スケジュールのご案内", charset="iso-2022-jp",
    body=f"""川崎電機株式会社
購買部 御中

いつもお世話になっております。日の出産業の永井です。
年末年始の出荷スケジュールをご案内いたします。

　年内最終受注：12月24日（水）15時
　年内最終出荷：12月26日（金）
　年始出荷開始：1月6日（火）

お早めのご発注にご協力をお願いいたします。

{sig("nagai", 0)}
""",
    expect="stop", detectors=["lookalike_domain"],
    note="kawasaki-denki-co.jp: a hyphen in place of the dot of the partner's domain")

# 072 — campaign notice with three agencies visible in Cc ----------------------------------
add(72, sender=frm("miura"), to=["三浦 翔 <sho.miura@hinode-sangyo.co.jp>"],
    cc=["吉川 直樹 <n.yoshikawa@hokuto-hanbai.co.jp>", "上田 浩二 <k.ueda@kaede-trading.co.jp>",
        "みなと商事 営業推進課 <eigyo-suishin@minato-shoji.co.jp>"],
    subject="冬の買い替えキャンペーンのご案内（代理店様向け）", charset="iso-2022-jp",
    body=f"""代理店各位

いつもお世話になっております。日の出産業 代理店支援課の三浦です。
12/1 から始まる「冬の買い替えキャンペーン」の概要をお知らせします。

　期間：2025年12月1日〜2026年1月31日
　内容：旧機種下取りで 5,000円引き、AQ-500 は 8,000円引き
　販促物：ポスター・チラシを11/25までに各社へ発送します

販売奨励金の条件は、各社担当より個別にご案内いたします。

{sig("miura", 0)}
""",
    expect="stop", detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three agencies in Cc see each other (To is the sender himself): should have been Bcc")

# 073 — a corrupt DOCX order form ----------------------------------------------------------
add(73, sender=frm("ishiguro"), to=["上田 浩二 <k.ueda@kaede-trading.co.jp>"],
    subject="注文書（PO-251106-0041）", charset="cp932",
    body=f"""楓トレーディング 上田様

お世話になっております。石黒です。
追加の注文書をお送りします。納期のご回答をお願いいたします。

{sig("ishiguro", 4)}
""",
    attachments=[{"kind": "corrupt", "name": "注文書_PO-251106-0041.docx"}],
    expect="stop", detectors=["unscannable_attachment"],
    note="the DOCX order form is corrupt and cannot be inspected")

# 074 — customer list inside a password ZIP ------------------------------------------------
_c = people(25, region=KANTO_EAST)
_rows = [["氏名", "住所", "電話"]] + [[p.name, p.addr_h, p.tel] for p in _c]
add(74, sender=frm("miura"), to=["吉川 直樹 <n.yoshikawa@hokuto-hanbai.co.jp>"],
    subject="12月分 担当顧客リスト（パスワード付き）", charset="iso-2022-jp",
    body=f"""吉川様

お世話になっております。三浦です。
12月分の担当顧客リストをお送りします。個人情報のため、パスワード付きZIPにしています。
パスワードはいつものルールでお電話にてお伝えします。

{sig("miura", 4)}
""",
    attachments=[{"kind": "zip", "name": "hokuto_customers_202512.zip", "password": "Hk-202512!",
                  "files": [{"kind": "xlsx", "name": "担当顧客リスト_202512.xlsx", "sheets": {"顧客": _rows}}]}],
    expect="stop", detectors=["unscannable_attachment"],
    note="a customer list inside an encrypted ZIP: cannot be inspected (entities not visible to a scanner)")

# 075 — reply; the customer's staff list only under -----Original Message----- ---------------
_u = [card(("株式会社アクアテック", "aquatec-jp.com", "045")) for _ in range(5)]
_q = "\n".join(f"{p.name}　{p.dept}　{p.email}　{p.direct}" for p in _u)
add(75, sender=frm("onodera"), to=["片桐 奈々 <n.katagiri@aquatec-jp.com>"],
    subject="RE: 保守講習会の参加者について", charset="iso-2022-jp",
    body=f"""株式会社アクアテック
片桐様

お世話になっております。日の出産業の小野寺です。
参加者5名様、承知いたしました。
当日は受付でお名前をお伺いしますので、名刺のご用意は不要です。
会場の地図を改めてお送りいたします。

{sig("onodera", 0)}

-----Original Message-----
From: 片桐 奈々 <n.katagiri@aquatec-jp.com>
Sent: Wednesday, November 5, 2025 11:20 AM
To: onodera@hinode-sangyo.co.jp
Subject: 保守講習会の参加者について

日の出産業 小野寺様

11/19 の保守講習会、以下5名で参加いたします。

{_q}

よろしくお願いいたします。
""",
    expect="pass",
    note="the five attendees' details are only in the quoted original from the recipient herself")


# 076 — English reply; the contacts are only in the quoted "On … wrote:" part ---------------
add(76, sender=frm("okochi"), to=["Priya Raman <priya.raman@bluewave-trading.com>"],
    subject="Re: Consignee details for the December shipment", charset="utf-8",
    body=f"""Dear Priya,

Thank you, well received. We will put these consignee details on the B/L and the
commercial invoice for PO BW-2025-118 (ETD Tokyo 9 Dec, vessel to be confirmed).

{sig("okochi", 3)}

On Wed, 5 Nov 2025 at 16:48, Priya Raman <priya.raman@bluewave-trading.com> wrote:
> Dear Shun,
>
> Please use the following contacts for customs clearance and delivery:
>   - Customs: Mr. Lim Wei Jie, +65 9123 4471, weijie.lim@bluewave-trading.com
>   - Warehouse: Ms. Nurul Aisyah, +65 8456 0912, nurul.a@bluewave-trading.com
>   - Accounts: Mr. Daniel Koh, +65 6742 3380 ext. 21
>
> Best regards,
> Priya Raman, Procurement Manager, Bluewave Trading Pte. Ltd.
""",
    expect="pass", note="the partner's own contacts appear only in the quoted 'wrote:' part; two-line ack")

# 077 — order acknowledgement full of long numbers (none a card or a My Number) --------------
_rcpt = not_card()
_inq = not_my_number()
_lots = [f"L{rng.randint(2500, 2599)}-{rng.randint(1000, 9999)}" for _ in range(3)]
add(77, sender=frm("ishiguro"), to=["営業管理課 <eigyo-kanri@mitsuboshi-kk.co.jp>"],
    subject="受注確定のご連絡（受付番号 {0}）".format(_rcpt), charset="cp932",
    body=f"""三ツ星工業株式会社
営業管理課 御中

いつもお世話になっております。日の出産業 営業事務の石黒です。
WEB発注システムよりご注文を承りました。内容をご確認ください。

受付番号　　：{_rcpt}
お問合せ番号：{_inq}
貴社発注番号：MB-20251106-00418
ご注文日　　：2025-11-06 09:41

品番　　　　数量　ロット　　　　単価　　　金額
FL-220A　　 200　 {_lots[0]}　 1,380　 276,000
CT-PRO　　　 60　 {_lots[1]}　 4,150　 249,000
GK-15　　　　30　 {_lots[2]}　　 450　　13,500

小計 538,500円　消費税 53,850円　合計 592,350円
出荷予定日：2025-11-10（月）　お届け予定：2025-11-11（火）

{sig("ishiguro", 1)}
""",
    expect="pass",
    note="order acknowledgement with a 16-digit receipt number (not Luhn-valid) and a 12-digit enquiry number (not a My Number)")

# 078 — DM print job: spec only, the list goes by secure transfer ---------------------------
add(78, sender=frm("hasebe"), to=["村井 康弘 <murai@nishiki-insatsu.co.jp>"],
    subject="冬キャンペーンDM 仕様と納期のご相談", charset="iso-2022-jp",
    body=f"""錦印刷株式会社
村井様

いつもお世話になっております。日の出産業の長谷部です。
冬キャンペーンDMについて、仕様が固まりましたのでお知らせします。

　形態　：圧着はがき（V型）
　部数　：18,500通（うち宛名印字 18,200通、予備 300）
　差出日：12月3日（水）
　料金　：料金別納（区分郵便・バーコード割引適用）

宛名データは個人情報を含みますので、メールではなく、
いつもの「錦セキュア便」のフォルダに11/25までにアップロードいたします。
アップロード後、件数のみメールでご連絡します。

お見積りを頂戴できますでしょうか。

{sig("hasebe", 0)}

{DISC_JP}
""",
    expect="pass", note="DM job specification to the printer; mentions 個人情報 but carries no list")

# 079 — trade-show application: staff names only, no personal data -------------------------
add(79, sender=frm("hasebe"), to=["出展者事務局 <shutten@tokyo-expo-kyokai.or.jp>"],
    subject="出展申込書の送付（小間番号 E-214）", charset="iso-2022-jp",
    body=f"""一般社団法人 東京エキスポ協会
出展者事務局 御中

お世話になっております。日の出産業株式会社の長谷部です。
「春の設備・厨房機器フェア2026」の出展申込書を添付いたします。

　小間番号：E-214（2小間）
　出展者バッジ：6枚（長谷部、三浦、田村、永井、石黒、大河内）
　搬入車両：2t車 1台（品川 100 あ 45-67）、搬入日 3月9日

請求書は当社経理部宛にお送りください。

{sig("hasebe", 1)}
""",
    attachments=[{"kind": "pdf", "name": "出展申込書_日の出産業.pdf",
                  "lines": ["春の設備・厨房機器フェア2026 出展申込書", "出展者名：日の出産業株式会社",
                            "小間番号 E-214 / 2小間", "担当：営業推進部 販促チーム 長谷部 琴音 TEL 03-5470-8145"]}],
    expect="pass", note="exhibition application: staff names without any data about them, vehicle plate, booth no.")

# 080 — catalogue reply to a private person, confirming her own address ----------------------
_p = person()
add(80, sender=frm("onodera"), to=[f"{_p.name} <{_p.email}>"],
    subject="カタログ送付のご案内", charset="iso-2022-jp",
    body=f"""{_p.name} 様

このたびは日の出産業の浄水器カタログをご請求いただき、誠にありがとうございます。
下記のご住所宛に、本日カタログを発送いたしました。

　〒{_p.zip}
　{_p.addr}
　{_p.name} 様

2〜3日でお手元に届く予定です。
ご不明な点は、お客様窓口（0120-48-1290）までお気軽にお問い合わせください。

{sig("onodera", 0)}
""",
    expect="pass", detectors=["freemail_recipient"],
    note="one private recipient on free mail, shown her own postal address: nothing about anyone else")

# 081 — the word 社外秘 only mentioned in the text --------------------------------------------
add(81, sender=frm("tamura"), to=["島田 智子 <t.shimada@kawasaki-denki.co.jp>"],
    subject="Re: 原価内訳のご提示について", charset="iso-2022-jp",
    body=f"""島田様

お世話になっております。田村です。
ご依頼の原価内訳の件ですが、当社では原価資料を社外秘として扱っており、
大変恐縮ながら明細でのご提示はいたしかねます。

代わりに、主要部材の価格推移（指数）をまとめた資料でしたらご用意できますので、
社内ご説明用にお使いいただけるかご検討いただけますでしょうか。
また、数量を年間契約にしていただける場合は、5％程度の値引きが可能です。

{sig("tamura", 0)}

{DISC_JP}
""",
    expect="pass", note="社外秘 only mentioned in a sentence (no marked document), plus the standard disclaimer")

# 082 — notice to many customers, correctly in Bcc -----------------------------------------
add(82, sender=frm("onodera"), to=["日の出産業 営業事務課 <eigyo-jimu@hinode-sangyo.co.jp>"],
    bcc=["purchasing@minato-shoji.co.jp", "k.ueda@kaede-trading.co.jp", "order@suzukaze-denki.co.jp",
         "kinoshita@kitaguni-foods.co.jp", "juhacchu@iroha-foods.co.jp", "eigyo-kanri@mitsuboshi-kk.co.jp",
         "shizai@fujimi-giken.co.jp", "d.kaneko@shirasagi-setsubi.co.jp"],
    subject="年末年始休業のお知らせ", charset="iso-2022-jp",
    body=f"""お取引先各位

平素は格別のお引き立てを賜り、誠にありがとうございます。
誠に勝手ながら、弊社では下記の期間を年末年始休業とさせていただきます。

　休業期間：2025年12月27日（土）〜2026年1月5日（月）

休業期間中にいただいたご注文・お問い合わせは、1月6日（火）より順次対応いたします。
（本メールは一斉送信のため、BCCにてお送りしております。）

{sig("onodera", 0)}
""",
    expect="pass", note="many customers, but all in Bcc: nobody sees anyone else")

# 083 — two external organisations in To, colleagues in Cc -----------------------------------
add(83, sender=frm("nagai"), to=["早川 修 <o.hayakawa@kawasaki-denki.co.jp>", "佐野 隆 <sano@aoba-unyu.co.jp>"],
    cc=["田村 健一 <k-tamura@hinode-sangyo.co.jp>", "石黒 さやか <s.ishiguro@hinode-sangyo.co.jp>"],
    subject="【納期調整】軟水器 SK-1200 搬入日のご相談", charset="iso-2022-jp",
    body=f"""川崎電機 早川様
青葉運輸 佐野様

お世話になっております。日の出産業の永井です。
川崎電機様 第2工場への軟水器 SK-1200（2台）の搬入について、
工場側の据付準備の都合で、11/14 から 11/18 に変更させていただけないでしょうか。

　集荷：11/17（月）日の出産業 川崎物流センター
　搬入：11/18（火）9:00〜 第2工場 東門（ユニック車）

佐野様、車両の手配が可能かご確認をお願いいたします。

{sig("nagai", 0)}
""",
    expect="pass", detectors=["multiple_external_domains"],
    note="two partner organisations in To, colleagues in Cc: a normal coordination mail")

# 084 — aggregated sales figures for an agency ----------------------------------------------
_rows = [["エリア", "新規設置", "定期便 新規", "定期便 解約", "売上（千円）"],
         ["千葉北部", "24", "31", "4", "2,418"], ["千葉南部", "11", "12", "2", "1,036"],
         ["茨城南部", "9", "15", "1", "874"], ["合計", "44", "58", "7", "4,328"]]
add(84, sender=frm("miura"), to=["吉川 直樹 <n.yoshikawa@hokuto-hanbai.co.jp>"],
    subject="10月度 販売実績（北斗販売様エリア）", charset="iso-2022-jp",
    body=f"""吉川様

お世話になっております。三浦です。
10月度の貴社エリアの販売実績をまとめました。

{table_text(_rows, rule="─")}

定期便の解約理由は「転居」が4件、「使用頻度の低下」が3件でした。
11月は千葉南部での戸別訪問を強化したいと考えております。

{sig("miura", 4)}
""",
    expect="pass", note="aggregated sales figures per area: no individual's data")

# 085 — hospital order: health words, but no patient ----------------------------------------
add(85, sender=frm("sakuma"), to=["用度課 <yodo@mizuho-hp.jp>"],
    subject="透析室用 RO装置 消耗品のお見積り", charset="iso-2022-jp",
    body=f"""市立みずほ総合病院
用度課 御中

いつもお世話になっております。日の出産業大阪営業所の佐久間です。
ご依頼いただいた透析室用RO装置の消耗品について、お見積書を添付いたします。

　プレフィルター（5μm）　　　48本
　活性炭フィルター　　　　　 12本
　RO膜エレメント（8インチ）　 2本
　エンドトキシン捕捉フィルター 4本

病棟の給湯室用浄水器（12台）のカートリッジ交換も、同じ日に実施可能です。
感染対策の手順は、前回と同様に院内ルールに従います。

{sig("sakuma", 0)}
""",
    attachments=[{"kind": "pdf", "name": "見積書_みずほ総合病院_透析室.pdf",
                  "lines": ["御見積書 HQ-25-10602", "市立みずほ総合病院 御中", "透析室用RO装置 消耗品一式 ¥1,286,400（税抜）"]}],
    expect="pass", note="order for a hospital's dialysis room: medical words, but no patient or person")

# 086 — hotel booking for one colleague with his mobile -------------------------------------
add(86, sender=frm("ishiguro"), to=["宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="宿泊予約のお願い（11/25 1名）", charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業の石黒です。
法人契約（契約番号 HC-0318）で、下記のとおり宿泊予約をお願いいたします。

　宿泊者：永井 俊介（ナガイ シュンスケ）
　日程　：11/25（火）1泊　シングル禁煙・朝食付き
　到着　：21時頃の予定
　連絡先：{fw("080-" + str(rng.randint(1000, 9999)) + "-" + str(rng.randint(1000, 9999)))}（本人携帯）

ご請求は当社宛でお願いいたします。

{sig("ishiguro", 4)}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one colleague's name and mobile for a hotel booking: one person, may warn")

# 087 — payments matched per company (a business list) --------------------------------------
_rows = [["入金日", "取引先", "請求書No", "請求額", "入金額", "差額"]]
for _co, _inv in [("みなと商事株式会社", "INV-2510-0731"), ("北国フーズ株式会社", "INV-2510-0744"),
                  ("楓トレーディング株式会社", "INV-2510-0752"), ("いろは食品株式会社", "INV-2510-0760"),
                  ("三ツ星工業株式会社", "INV-2510-0768"), ("株式会社フジミ技研", "INV-2510-0771"),
                  ("涼風電気株式会社", "INV-2510-0779"), ("株式会社しらさぎ設備", "INV-2510-0783"),
                  ("東和ロジテック株式会社", "INV-2510-0790"), ("株式会社りんどう商会", "INV-2510-0797")]:
    _amt = rng.randint(80, 3000) * 1000 + rng.randint(0, 999)
    _fee = rng.choice([0, 0, 0, 440, 660, 880])
    _rows.append([f"10/{rng.randint(24, 31)}", _co, _inv, f"{_amt:,}", f"{_amt - _fee:,}", f"{_fee:,}"])
add(87, sender=frm("fujii"), to=["山吹税理士事務所 <office@yamabuki-zeirishi.jp>"],
    subject="10月 入金消込結果（振込手数料差額あり）", charset="utf-8",
    body=f"""山吹税理士事務所 御中

お世話になっております。日の出産業 経理部の藤井です。
10月の売掛金の入金消込結果です。差額はすべて振込手数料の先方差引分で、
支払手数料として処理する予定ですが、問題ないかご確認ください。

{table_text(_rows)}

{sig("fujii", 0)}
""",
    expect="pass", note="payments per customer company with invoice numbers: a business list, no people")

# 088 — request for quotation to a supplier -----------------------------------------------
add(88, sender=frm("tamura"), to=["営業部 <sales@yamato-seiki.co.jp>"],
    subject="見積依頼：ステンレス製フィルターハウジング", charset="iso-2022-jp",
    body=f"""大和精機株式会社
営業部 御中

はじめてご連絡いたします。日の出産業株式会社 第一営業課の田村と申します。
貴社ウェブサイトを拝見し、下記についてお見積りをお願いしたくご連絡いたしました。

　品名　：フィルターハウジング（SUS316L、電解研磨）
　サイズ：10インチ×3連、接続 25A フェルール
　設計圧：0.7MPa　設計温度：80℃
　数量　：①5台　②20台　③50台（各数量でのご提示をお願いします）
　希望納期：2026年2月末
　図面　：当社仕様書 HS-SPEC-0147 Rev.C（添付）

ご検討のほど、よろしくお願い申し上げます。

{sig("tamura", 0)}
""",
    attachments=[{"kind": "pdf", "name": "HS-SPEC-0147_RevC.pdf",
                  "lines": ["仕様書 HS-SPEC-0147 Rev.C", "フィルターハウジング 10インチ×3連", "材質 SUS316L 電解研磨 Ra0.4以下"]}],
    expect="pass", note="request for quotation with technical figures to a new supplier")

# 089 — order confirmation replying above the customer's quoted order (CP932) --------------
add(89, sender=frm("sakuma"), to=["資材調達グループ <chotatsu@bayside-chubo.co.jp>"],
    subject="Re: 注文書（BS-2511-027）", charset="cp932",
    body=f"""株式会社ベイサイド厨房
資材調達グループ 御中

お世話になっております。日の出産業大阪営業所の佐久間です。
ご注文ありがとうございます。下記のとおりお請けいたします。

　当社受注No.：OS-25-11-0093
　出荷予定　　：11/12（水）
　お届け　　　：11/13（木）午前　千葉センター様

注文請書は本日郵送いたします。

{sig("sakuma", 4)}

> 日の出産業 大阪営業所 御中
>
> 下記発注いたします。
>   発注No. BS-2511-027
>   FL-220A × 36本  @1,380
>   CT-PRO  × 12本  @4,150
>   納品先：千葉センター（千葉市美浜区中瀬2-6-1）
>
> ベイサイド厨房 資材調達G
""",
    expect="pass", note="order acknowledgement; the customer's quoted order (numbers, its own address)")

# 090 — a card number to accounting, internal subdomain ----------------------------------------
_p = person()
_cn = next_card()
add(90, sender=frm("onodera"), to=["経理部 決済担当 <kessai@mail.hinode-sangyo.co.jp>"],
    subject="電話注文分 カード決済の手入力をお願いします", charset="iso-2022-jp",
    body=f"""経理部 決済担当 各位

営業事務の小野寺です。
電話でご注文いただいたお客様のカード決済を、管理画面から手入力でお願いします。

　受注No.：TEL-251106-0012
　お名前　：{_p.name} 様
　カード番号：{_cn}
　有効期限：{rng.randint(1, 12):02d}/{rng.randint(27, 30)}
　金額　　：13,200円（一括）

処理後、このメールは削除をお願いします。

小野寺
""",
    expect="pass", entities=["CREDIT_CARD", "PERSON_NAME"],
    note="a card number, but the only recipient is internal (mail.hinode-sangyo.co.jp subdomain)")

# 091 — internal credit discussion mentioning an arrest record --------------------------------
_p = person()
add(91, sender=frm("hojo"), to=["田村 健一 <k-tamura@hinode-sangyo.co.jp>"],
    cc=["営業部長 <eigyo-bucho@hinode-sangyo.co.jp>"],
    subject="【与信】{0}工務店 取引可否について".format(_p.sei), charset="iso-2022-jp",
    body=f"""田村さん

お疲れさまです。与信管理室の北条です。
ご相談のあった{_p.sei}工務店（代表 {_p.name} 氏）の件、調査会社の報告が届きました。

代表者に2019年の詐欺容疑での逮捕歴があり（不起訴）、支払遅延の情報も複数あります。
掛売りは見送り、前払いであれば可、という結論にしたいと考えています。
北斗販売さんへの回答は、理由の詳細には触れない形でお願いします。

北条
""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    note="an arrest record of a named person, but the mail stays internal")

# 092 — delivery note PDF with the customer's company address and T-number ------------------
add(92, sender=frm("ishiguro"), to=["店舗開発部 <tenpo@rindo-shokai.co.jp>"],
    subject="納品書送付（DN-25-4802）", charset="iso-2022-jp",
    body=f"""株式会社りんどう商会
店舗開発部 御中

いつもお世話になっております。日の出産業の石黒です。
本日納品分の納品書をPDFでお送りいたします。
受領印を押した控えのご返送は不要です。

{sig("ishiguro", 0)}
""",
    attachments=[{"kind": "pdf", "name": "納品書_DN-25-4802.pdf",
                  "lines": ["納 品 書", "株式会社りんどう商会 御中", "〒380-0823 長野県長野市南千歳1-12-7",
                            f"日の出産業株式会社　登録番号 {HINODE_T}", "納品書番号 DN-25-4802　納品日 2025/11/06", ""],
                  "table": [["品番", "品名", "数量", "単価", "金額"],
                            ["AQ-PRO-20", "業務用浄水器 20L/min", "2", "168,000", "336,000"],
                            ["CT-PRO", "交換カートリッジ", "6", "6,800", "40,800"],
                            ["", "", "", "合計（税抜）", "376,800"]]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"],
    note="delivery note: the customer's office address and the company's own T-number, no people")

# 093 — invoice with the company's bank account in the body ----------------------------------
add(93, sender=frm("fujii"), to=["経理課 <keiri@rindo-shokai.co.jp>"],
    subject="お振込先変更のお知らせと11月分ご請求", charset="iso-2022-jp",
    body=f"""株式会社りんどう商会
経理課 御中

いつもお世話になっております。日の出産業 経理部の藤井です。
2025年12月支払分より、弊社のお振込先口座を下記に変更させていただきます。

　【新】みどり銀行 浜松町支店（店番 214）普通預金 1427305
　　　　口座名義：ヒノデサンギョウ（カ
　【旧】東雲銀行 芝支店 当座預金 0038812（11月末で閉鎖）

なお、11月分のご請求（INV-2511-0802／¥414,480）は新口座へお振込みください。
正式な「振込先変更のご案内」書面は、代表者印を押印のうえ郵送いたします。

{sig("fujii", 1)}
""",
    expect="pass", note="the company's own bank accounts on an invoice notice: business data, not a person's")

# 094 — ordinary mail with both disclaimers and an NDA mention ------------------------------
add(94, sender=frm("tamura"), to=["大野 誠 <m.ono@tsubasa-system.jp>"],
    subject="受発注ポータル 改修のお見積り依頼", charset="utf-8",
    body=f"""ツバサシステム 大野様

お世話になっております。日の出産業の田村です。
先日お話しした受発注ポータルの改修について、正式にお見積りをお願いいたします。

　1. 発注データのCSV取込（JANコード・発注No.・納期の3項目追加）
　2. 納期回答画面の一括更新
　3. 請求書PDFへの登録番号の自動印字

仕様の詳細をご説明するにあたり、貴社と締結済みの秘密保持契約（2023年4月締結）の
範囲内で、当社の取引データのサンプルをお渡しする予定です。
契約の更新時期が近いため、法務から更新案をお送りするかもしれません。

{sig("tamura", 0)}

{DISC_JP}
{DISC_EN}
""",
    expect="pass", note="ordinary request; only a mention of the NDA and the standard JP/EN disclaimers")

# 095 — credit-limit notice to a customer company ------------------------------------------
add(95, sender=frm("hojo"), to=["経理部 <keiri@miyanoura-kenzai.co.jp>"],
    subject="お取引条件の変更について", charset="iso-2022-jp",
    body=f"""宮之浦建材株式会社
経理部 御中

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業 与信管理室の北条でございます。

さて、貴社とのお取引につきまして、社内の定期見直しの結果、
2026年1月ご発注分より、お取引条件を下記のとおりとさせていただきたく存じます。

　お取引限度額：200万円 → 100万円
　お支払条件　：月末締め翌月末払い → 月末締め翌月20日払い

ご不明な点がございましたら、担当営業を通じてお問い合わせください。
何卒ご理解賜りますようお願い申し上げます。

{sig("hojo", 0)}
""",
    expect="pass", note="credit terms of a company told to that company: business data only")

# 096 — delivery answer with serials and lot numbers --------------------------------------
_ser = [f"SK12-{rng.randint(25, 25)}{rng.randint(10, 12)}-{rng.randint(10000, 99999)}" for _ in range(4)]
add(96, sender=frm("nagai"), to=["大野 誠 <m.ono@tsubasa-system.jp>"],
    subject="監視ユニット組込み用 軟水器の製造番号", charset="iso-2022-jp",
    body=f"""大野様

お世話になっております。永井です。
遠隔監視ユニットの初期登録に必要な製造番号をお送りします。

　設置先：川崎電機様 第2工場（2台）／北国フーズ様 札幌工場（2台）
　製造番号：{_ser[0]}、{_ser[1]}、{_ser[2]}、{_ser[3]}
　ファームウェア：v2.4.1（2025-09-30 ビルド 20250930.1184）
　通信モジュール IMEI：{digits(15)}／{digits(15)}／{digits(15)}／{digits(15)}

登録完了後、テスト通信の結果をご共有ください。

{sig("nagai", 4)}
""",
    expect="pass", note="serial numbers, firmware builds and 15-digit IMEIs of devices: numbers, no people")

# 097 — six shop owners (sole proprietors): a business list or a list of people? ----------
_c = people(6, region=("松戸市",))
_shops = ["酒のすずらん", "まるや米店", "カフェ木もれ日", "中華そば 一番星", "ふじの湯", "みのり薬局"]
_lines = "\n".join(f"{s}（店主 {p.name} 様）　{p.addr1}　TEL {p.tel}" for s, p in zip(_shops, _c))
add(97, sender=frm("miura"), to=["上田 浩二 <k.ueda@kaede-trading.co.jp>"],
    subject="商店街キャンペーン 訪問先のご連絡", charset="iso-2022-jp",
    body=f"""上田様

お世話になっております。三浦です。
商店街の業務用浄水器キャンペーンで、資料請求のあったお店の一覧です。
いずれも個人経営のお店で、店主の方が窓口です。ご訪問をお願いします。

{_lines}

三浦
""",
    expect="either", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six small shops listed with their owners' names: a list of businesses, or of sole proprietors (people)")

# 098 — the partner's own staff list sent back to that partner ------------------------------
_u = [card(("川崎電機株式会社", "kawasaki-denki.co.jp", "044")) for _ in range(5)]
_rows = [["氏名", "部署", "直通", "メール"]] + [[p.name, p.dept, p.direct, p.email] for p in _u]
add(98, sender=frm("ishiguro"), to=["早川 修 <o.hayakawa@kawasaki-denki.co.jp>"],
    subject="ご担当者様一覧の確認のお願い", charset="iso-2022-jp",
    body=f"""川崎電機株式会社
早川様

お世話になっております。日の出産業の石黒です。
当社の取引先マスタに登録している貴社ご担当者様の一覧です。
人事異動があったと伺いましたので、変更がございましたらご指摘ください。

{table_text(_rows, rule="-")}

{sig("ishiguro", 0)}
""",
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five people's work contacts, but all staff of the recipient company itself, sent back for checking")

# 099 — one private customer's details passed to the agency for installation ------------------
_p = person(region=KANTO_EAST)
add(99, sender=frm("miura"), to=["吉川 直樹 <n.yoshikawa@hokuto-hanbai.co.jp>"],
    subject="設置依頼（WEB申込 1件）", charset="iso-2022-jp",
    body=f"""吉川様

お世話になっております。三浦です。
WEBからお申込みのあったお客様です。貴社エリアのため設置をお願いします。

　お名前：{_p.name}（{_p.kana}）様
　ご住所：〒{_p.zip} {_p.addr}
　お電話：{_p.mobile}
　機種　：AQ-500（ビルトイン）
　ご希望：平日の午後

訪問日が決まりましたら、当社にもご一報ください。

{sig("miura", 4)}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one customer's name, address and phone for an installation: a single record, may warn")

# 100 — order confirmation to a private customer on a carrier address ------------------------
_p = person()
_p.email = f"{_p.gr}.{rng.randint(100, 999)}@docomo.ne.jp"
add(100, sender=frm("onodera"), to=[f"{_p.email}"],
    subject="【日の出産業】ご注文確認（WEB-251106-0231）", charset="iso-2022-jp",
    body=f"""{_p.sei} 様

日の出産業オンラインショップをご利用いただき、ありがとうございます。
ご注文を承りました。

　ご注文番号：WEB-251106-0231
　商品　　　：交換カートリッジ CT-300（2本組）×1
　お支払い　：代金引換（手数料 330円）
　合計　　　：8,910円（税込）
　お届け予定：11月8日（土）

お届け先・お支払い方法の変更は、マイページから承ります。

日の出産業株式会社 オンラインショップ
お客様窓口 0120-48-1290（平日9:00〜17:00）
""",
    expect="pass", detectors=["freemail_recipient"],
    note="order confirmation to one private customer on a carrier address: order numbers only")
