"""Blind corpus, area "tsuhan": the mail-order / catalogue sales division of 日の出産業.

The 通販事業部 of 日の出産業株式会社 runs a printed catalogue and a web shop: its 受注センター
takes orders by phone, postcard and web, its 物流課 hands shipping data (送り状 / shipping
labels) to the carrier 青葉運輸 and to the fulfilment partner 星空ロジスティクス, its
返品センター handles returns and refunds, its 経理 matches card payments (through the card
processor かえでペイメント) and bank transfers (みどり銀行), its カタログ企画課 sends the
mailing lists for catalogues and DMs to 錦印刷, and its 販促課 runs the e-mail newsletter,
campaigns and monitor panels with outside agencies.  This file holds 100 messages of that
division: customer lists in every layout, card numbers, identity documents, health and
other special-care data, open To/Cc, look-alike domains, confidentiality stamps and
unreadable attachments, next to the ordinary mail of the same people.

Everything here is invented: every person, address, phone number, account, card and My
Number (the last two from build.py's helpers), and every organisation outside the brief.
It was written blind, from BRIEF.md, build.py and SPEC.md only, without reading
mailguard's code, rules or tests.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

SEED = 40401

# -- counters for the helpers: My Numbers and cards only from SEED + k, k = 0, 1, 2, … --

_K = {"mn": 0, "card": 0}


def _mynum() -> str:
    v = my_number(SEED + _K["mn"])
    _K["mn"] += 1
    return v


def _card() -> str:
    v = card_number(SEED + _K["card"])
    _K["card"] += 1
    return v


def _corp(base12: str) -> str:
    """法人番号 (13 digits) with its leading check digit."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_ZEN = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def pad(s: str, n: int, fill: str = " ") -> str:
    w = width(s)
    if fill == "\u3000":
        return s + "\u3000" * max(0, (n - w + 1) // 2)
    return s + " " * max(0, n - w)


def padded(rows: list[list[str]], fill: str = " ", gap: int = 2, rule: str = "-") -> str:
    """Columns padded with spaces under a header and a ---- rule."""
    ncol = max(len(r) for r in rows)
    ws = [max(width(r[i]) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    out = []
    for j, r in enumerate(rows):
        cells = [pad(c, ws[i] + gap, fill) for i, c in enumerate(r)]
        out.append("".join(cells).rstrip())
        if j == 0:
            out.append(rule * (sum(ws) + gap * (ncol - 1)))
    return "\n".join(out)


def tsv(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(r) for r in rows)


def csvtext(rows: list[list[str]]) -> str:
    return "\n".join(",".join(r) for r in rows)


def html_table(rows: list[list[str]], border: int = 1) -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return (f'<table border="{border}" cellpadding="3" cellspacing="0" '
            f'style="border-collapse:collapse;font-size:10pt"><tr>{head}</tr>{body}</table>')


# -- the invented people ---------------------------------------------------------------

_SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("斎藤", "サイトウ", "Saito"), ("清水", "シミズ", "Shimizu"),
    ("山崎", "ヤマザキ", "Yamazaki"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"),
    ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("石井", "イシイ", "Ishii"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("藤原", "フジワラ", "Fujiwara"), ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"),
    ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"),
    ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"), ("石田", "イシダ", "Ishida"),
    ("上田", "ウエダ", "Ueda"), ("森田", "モリタ", "Morita"), ("柴田", "シバタ", "Shibata"),
    ("酒井", "サカイ", "Sakai"), ("工藤", "クドウ", "Kudo"), ("宮崎", "ミヤザキ", "Miyazaki"),
    ("内田", "ウチダ", "Uchida"), ("安藤", "アンドウ", "Ando"), ("谷口", "タニグチ", "Taniguchi"),
    ("丸山", "マルヤマ", "Maruyama"), ("今井", "イマイ", "Imai"), ("河野", "コウノ", "Kono"),
    ("杉山", "スギヤマ", "Sugiyama"), ("増田", "マスダ", "Masuda"), ("千葉", "チバ", "Chiba"),
    ("久保", "クボ", "Kubo"), ("桜井", "サクライ", "Sakurai"), ("野口", "ノグチ", "Noguchi"),
    ("菊地", "キクチ", "Kikuchi"), ("大西", "オオニシ", "Onishi"), ("新井", "アライ", "Arai"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"), ("九十九", "ツクモ", "Tsukumo"),
    ("薬袋", "ミナイ", "Minai"), ("月見里", "ヤマナシ", "Yamanashi"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("御手洗", "ミタライ", "Mitarai"), ("五百旗頭", "イオキベ", "Iokibe"), ("興梠", "コウロギ", "Korogi"),
    ("纐纈", "コウケツ", "Koketsu"), ("左右田", "ソウダ", "Soda"), ("猪狩", "イガリ", "Igari"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("樋渡", "ヒワタシ", "Hiwatashi"), ("仁平", "ニヘイ", "Nihei"),
    ("善波", "ゼンバ", "Zenba"), ("栗花落", "ツユリ", "Tsuyuri"), ("設楽", "シタラ", "Shitara"),
    ("寒河江", "サガエ", "Sagae"), ("十河", "ソゴウ", "Sogo"), ("雲母", "キララ", "Kirara"),
    ("八月一日", "ホズミ", "Hozumi"), ("一尺八寸", "カマツカ", "Kamatsuka"), ("鬼頭", "キトウ", "Kito"),
]

_MEI = [
    ("花子", "ハナコ", "Hanako", "F"), ("美咲", "ミサキ", "Misaki", "F"), ("陽子", "ヨウコ", "Yoko", "F"),
    ("由美", "ユミ", "Yumi", "F"), ("恵子", "ケイコ", "Keiko", "F"), ("真由美", "マユミ", "Mayumi", "F"),
    ("千尋", "チヒロ", "Chihiro", "F"), ("彩乃", "アヤノ", "Ayano", "F"), ("典子", "ノリコ", "Noriko", "F"),
    ("和子", "カズコ", "Kazuko", "F"), ("智子", "トモコ", "Tomoko", "F"), ("久美子", "クミコ", "Kumiko", "F"),
    ("沙織", "サオリ", "Saori", "F"), ("麻衣", "マイ", "Mai", "F"), ("節子", "セツコ", "Setsuko", "F"),
    ("静香", "シズカ", "Shizuka", "F"), ("文江", "フミエ", "Fumie", "F"), ("里美", "サトミ", "Satomi", "F"),
    ("梓", "アズサ", "Azusa", "F"), ("結衣", "ユイ", "Yui", "F"), ("トメ", "トメ", "Tome", "F"),
    ("栞", "シオリ", "Shiori", "F"), ("芳江", "ヨシエ", "Yoshie", "F"), ("佳奈", "カナ", "Kana", "F"),
    ("弘", "ヒロシ", "Hiroshi", "M"), ("健一", "ケンイチ", "Kenichi", "M"), ("誠", "マコト", "Makoto", "M"),
    ("大輔", "ダイスケ", "Daisuke", "M"), ("翔太", "ショウタ", "Shota", "M"), ("隆", "タカシ", "Takashi", "M"),
    ("正義", "マサヨシ", "Masayoshi", "M"), ("浩二", "コウジ", "Koji", "M"), ("修", "オサム", "Osamu", "M"),
    ("拓也", "タクヤ", "Takuya", "M"), ("茂", "シゲル", "Shigeru", "M"), ("勇気", "ユウキ", "Yuki", "M"),
    ("和夫", "カズオ", "Kazuo", "M"), ("直樹", "ナオキ", "Naoki", "M"), ("悠人", "ハルト", "Haruto", "M"),
    ("清", "キヨシ", "Kiyoshi", "M"), ("昭", "アキラ", "Akira", "M"), ("康弘", "ヤスヒロ", "Yasuhiro", "M"),
    ("蓮", "レン", "Ren", "M"), ("稔", "ミノル", "Minoru", "M"), ("雅之", "マサユキ", "Masayuki", "M"),
]

_TOWNS = [
    ("154", "東京都", "世田谷区", "駒沢", "03"), ("167", "東京都", "杉並区", "荻窪", "03"),
    ("185", "東京都", "国分寺市", "本町", "042"), ("192", "東京都", "八王子市", "子安町", "042"),
    ("223", "神奈川県", "横浜市港北区", "日吉", "045"), ("252", "神奈川県", "相模原市南区", "相模大野", "042"),
    ("251", "神奈川県", "藤沢市", "鵠沼海岸", "0466"), ("330", "埼玉県", "さいたま市浦和区", "岸町", "048"),
    ("350", "埼玉県", "川越市", "新富町", "049"), ("273", "千葉県", "船橋市", "本町", "047"),
    ("260", "千葉県", "千葉市中央区", "弁天", "043"), ("310", "茨城県", "水戸市", "泉町", "029"),
    ("320", "栃木県", "宇都宮市", "馬場通り", "028"), ("371", "群馬県", "前橋市", "千代田町", "027"),
    ("951", "新潟県", "新潟市中央区", "古町通", "025"), ("380", "長野県", "長野市", "南千歳", "026"),
    ("420", "静岡県", "静岡市葵区", "呉服町", "054"), ("460", "愛知県", "名古屋市中区", "栄", "052"),
    ("444", "愛知県", "岡崎市", "康生町", "0564"), ("500", "岐阜県", "岐阜市", "神田町", "058"),
    ("520", "滋賀県", "大津市", "浜大津", "077"), ("604", "京都府", "京都市中京区", "河原町", "075"),
    ("530", "大阪府", "大阪市北区", "天神橋", "06"), ("560", "大阪府", "豊中市", "本町", "06"),
    ("650", "兵庫県", "神戸市中央区", "元町通", "078"), ("670", "兵庫県", "姫路市", "呉服町", "079"),
    ("630", "奈良県", "奈良市", "三条町", "0742"), ("700", "岡山県", "岡山市北区", "表町", "086"),
    ("730", "広島県", "広島市中区", "紙屋町", "082"), ("760", "香川県", "高松市", "丸亀町", "087"),
    ("790", "愛媛県", "松山市", "大街道", "089"), ("810", "福岡県", "福岡市中央区", "大名", "092"),
    ("802", "福岡県", "北九州市小倉北区", "魚町", "093"), ("860", "熊本県", "熊本市中央区", "上通町", "096"),
    ("892", "鹿児島県", "鹿児島市", "東千石町", "099"), ("900", "沖縄県", "那覇市", "久茂地", "098"),
    ("060", "北海道", "札幌市中央区", "南一条西", "011"), ("040", "北海道", "函館市", "本町", "0138"),
    ("980", "宮城県", "仙台市青葉区", "一番町", "022"), ("990", "山形県", "山形市", "七日町", "023"),
    ("020", "岩手県", "盛岡市", "大通", "019"), ("910", "福井県", "福井市", "中央", "0776"),
    ("920", "石川県", "金沢市", "片町", "076"),
]

_BLDG = ["コーポ若葉", "グランメゾン", "サンハイツ", "メゾン・ド・ソレイユ", "パークサイド",
         "ハイム緑風", "ライオンズ", "ベルエール", "シャトー青山", "エクセル", "レジデンス桜"]

_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp", "hotmail.co.jp"]

_BANKS = [("みどり銀行", "0588"), ("東都銀行", "0561"), ("若葉信用金庫", "1327"),
          ("北陸中央銀行", "0143"), ("瀬戸内銀行", "0169"), ("さくら台信用組合", "2011")]
_BRANCH = [("浜松町支店", "101"), ("本店営業部", "001"), ("駅前支店", "214"), ("中央支店", "305"),
           ("北口支店", "412"), ("東支店", "128"), ("桜町支店", "233"), ("港南支店", "517")]


def _phone_landline(rng: random.Random, area: str) -> str:
    rest = 10 - len(area)
    mid = 4 if rest == 8 else (3 if rest == 7 else 2)
    a = "".join(str(rng.randrange(10)) for _ in range(mid))
    b = "".join(str(rng.randrange(10)) for _ in range(4))
    return f"{area}-{str(rng.randrange(2, 10))}{a[1:]}-{b}"


def _make_people(n: int) -> list[dict]:
    rng = random.Random(f"tsuhan-people-{SEED}")
    out = []
    for i in range(n):
        sei = rng.choice(_SEI)
        mei = rng.choice(_MEI)
        zip3, pref, city, town, area = rng.choice(_TOWNS)
        zipc = f"{zip3}-{rng.randrange(0, 100):02d}{rng.randrange(1, 10)}{rng.randrange(10)}"
        c, b, g = rng.randrange(1, 6), rng.randrange(1, 30), rng.randrange(1, 25)
        street = f"{c}-{b}-{g}" if rng.random() < .6 else f"{c}丁目{b}番{g}号"
        room = ""
        if rng.random() < .35:
            room = f" {rng.choice(_BLDG)}{town if rng.random() < .3 else ''}{rng.randrange(1, 9)}0{rng.randrange(1, 9)}"
        mobile = f"0{rng.choice('987')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"
        home = _phone_landline(rng, area)
        dom = rng.choice(_FREEMAIL)
        local = rng.choice([f"{mei[2].lower()}.{sei[2].lower()}",
                            f"{sei[2].lower()}{rng.randrange(10, 99)}",
                            f"{mei[2][0].lower()}-{sei[2].lower()}{rng.randrange(1, 9)}",
                            f"{mei[2].lower()}_{rng.randrange(1960, 2005)}",
                            f"{sei[2][:3].lower()}{mei[2][:3].lower()}{rng.randrange(100, 999)}"])
        dob = date(1938, 1, 1) + timedelta(days=rng.randrange(0, 365 * 66))
        bank, bcode = rng.choice(_BANKS)
        branch, brcode = rng.choice(_BRANCH)
        out.append({
            "sei": sei[0], "mei": mei[0], "sei_k": sei[1], "mei_k": mei[1],
            "sei_r": sei[2], "mei_r": mei[2], "sex": mei[3],
            "zip": zipc, "pref": pref, "city": city, "town": town,
            "street": street, "room": room.strip(),
            "addr": f"{pref}{city}{town}{street}" + (room if room else ""),
            "mobile": mobile, "home": home, "email": f"{local}@{dom}",
            "dob": dob, "bank": bank, "bcode": bcode, "branch": branch, "brcode": brcode,
            "acct": f"{rng.randrange(1000000, 9999999)}",
            "cid": f"{rng.randrange(10, 99)}{rng.randrange(100000, 999999)}",
            "n": i,
        })
    return out


PEOPLE = _make_people(800)
_CUR = {"i": 0}


def take(n: int) -> list[dict]:
    """The next n invented people (each person appears in one message only)."""
    i = _CUR["i"]
    _CUR["i"] = i + n
    return PEOPLE[i:i + n]


def name(p: dict, sep: str = " ") -> str:
    return f"{p['sei']}{sep}{p['mei']}"


def kana(p: dict, sep: str = " ") -> str:
    return f"{p['sei_k']}{sep}{p['mei_k']}"


def hankana(p: dict) -> str:
    return _to_hankaku(kana(p))


_HK = dict(zip("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
               "ァィゥェォッャュョー ",
               ["ｱ", "ｲ", "ｳ", "ｴ", "ｵ", "ｶ", "ｷ", "ｸ", "ｹ", "ｺ", "ｻ", "ｼ", "ｽ", "ｾ", "ｿ", "ﾀ", "ﾁ",
                "ﾂ", "ﾃ", "ﾄ", "ﾅ", "ﾆ", "ﾇ", "ﾈ", "ﾉ", "ﾊ", "ﾋ", "ﾌ", "ﾍ", "ﾎ", "ﾏ", "ﾐ", "ﾑ", "ﾒ",
                "ﾓ", "ﾔ", "ﾕ", "ﾖ", "ﾗ", "ﾘ", "ﾙ", "ﾚ", "ﾛ", "ﾜ", "ｦ", "ﾝ", "ｧ", "ｨ", "ｩ", "ｪ", "ｫ",
                "ｯ", "ｬ", "ｭ", "ｮ", "ｰ", " "]))
_DAK = {"ガ": "ｶﾞ", "ギ": "ｷﾞ", "グ": "ｸﾞ", "ゲ": "ｹﾞ", "ゴ": "ｺﾞ", "ザ": "ｻﾞ", "ジ": "ｼﾞ", "ズ": "ｽﾞ",
        "ゼ": "ｾﾞ", "ゾ": "ｿﾞ", "ダ": "ﾀﾞ", "ヂ": "ﾁﾞ", "ヅ": "ﾂﾞ", "デ": "ﾃﾞ", "ド": "ﾄﾞ", "バ": "ﾊﾞ",
        "ビ": "ﾋﾞ", "ブ": "ﾌﾞ", "ベ": "ﾍﾞ", "ボ": "ﾎﾞ", "パ": "ﾊﾟ", "ピ": "ﾋﾟ", "プ": "ﾌﾟ", "ペ": "ﾍﾟ",
        "ポ": "ﾎﾟ"}


def _to_hankaku(s: str) -> str:
    return "".join(_DAK.get(c) or _HK.get(c, c) for c in s)


def romaji(p: dict) -> str:
    return f"{p['mei_r']} {p['sei_r']}"


def romaji_jp(p: dict) -> str:
    return f"{p['sei_r'].upper()} {p['mei_r']}"


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    ys = "元" if y == 1 and style == "kanji" else str(y)
    if style == "kanji":
        return f"{era}{ys}年{d.month}月{d.day}日"
    if style == "zen":
        return zen(f"{era}{y}年{d.month}月{d.day}日")
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "shortzen":
        return zen(f"{short}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ")
    raise ValueError(style)


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def age(d: date, on: date = date(2026, 10, 1)) -> int:
    return on.year - d.year - ((on.month, on.day) < (d.month, d.day))


_ORDER = random.Random(f"tsuhan-orders-{SEED}")


def order_no() -> str:
    return f"HN{_ORDER.randrange(2610000, 2619999)}-{_ORDER.randrange(10, 99)}"


def slip() -> str:
    """青葉運輸 / 星空ロジ 送り状番号 (12 digits, 4-4-4)."""
    d = "".join(str(_ORDER.randrange(10)) for _ in range(12))
    return f"{d[:4]}-{d[4:8]}-{d[8:]}"


def yen(v: int) -> str:
    return f"{v:,}"


def amount() -> int:
    return _ORDER.choice([1980, 2480, 3300, 3960, 4620, 5280, 6050, 7480, 8800, 9900, 12100,
                          14300, 16500, 19800, 24200, 32780])


_ITEMS = ["北海道産 いくら醤油漬 250g", "国産 はちみつ詰合せ", "羽毛ひざ掛け (ベージュ)",
          "電気ひざ掛け HK-220", "ステンレス 保温ボトル 500ml", "綿100% ガーゼケット",
          "青汁 30包", "黒酢カプセル 90粒", "低反発まくら", "防水スニーカー 24.5cm",
          "ふんわり敷きパッド S", "たらば蟹 ボイル 1kg", "グルコサミン 180粒",
          "リネン エプロン", "卓上IH調理器 KI-15", "ウール 靴下 3足組", "有機ほうじ茶 100g×3",
          "シルク 腹巻", "折りたたみ 傘 (紺)", "加湿器 KD-45W"]


def item() -> str:
    return _ORDER.choice(_ITEMS)


# -- signatures and boilerplate ---------------------------------------------------------

DOM = "hinode-sangyo.co.jp"
ADDR_HQ = "〒105-0013 東京都港区浜松町2-4-1 日の出ビル7F"
ADDR_DC = "〒272-0002 千葉県市川市二俣新町18-5 日の出市川物流センター"

SIG = {
    "yamagishi": ("山岸 真理子 <m-yamagishi@hinode-sangyo.co.jp>",
                  "--\n日の出産業株式会社 通販事業部 受注センター\n山岸 真理子 (Mariko Yamagishi)\n"
                  f"{ADDR_HQ}\nTEL 03-5432-7140 / FAX 03-5432-7149\nm-yamagishi@hinode-sangyo.co.jp"),
    "nagao": ("長尾 健太 <k-nagao@hinode-sangyo.co.jp>",
              "━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\n通販事業部 物流課　長尾 健太\n"
              f"{ADDR_DC}\nTEL：047-328-5510（物流課直通）\nMail：k-nagao@hinode-sangyo.co.jp\n━━━━━━━━━━━━━━━━━━━━"),
    "fujishiro": ("藤代 彩 <a-fujishiro@hinode-sangyo.co.jp>",
                  "――――――――――――――――\n日の出産業株式会社 通販事業部\nカタログ企画課 藤代 彩\n"
                  f"{ADDR_HQ}\nTEL 03-5432-7160（直通）\n――――――――――――――――"),
    "mikami": ("三上 陽介 <y-mikami@hinode-sangyo.co.jp>",
               "-------------------------------------------\n日の出産業株式会社 通販事業部\n顧客サービス課 三上 陽介\n"
               "お客様相談室 TEL 0120-41-7788（平日9:00-18:00）\n内線 7152\n"
               "-------------------------------------------"),
    "iwabuchi": ("岩渕 典子 <n-iwabuchi@hinode-sangyo.co.jp>",
                 "日の出産業株式会社 通販事業部 経理チーム\n岩渕 典子\n"
                 f"{ADDR_HQ}\nTEL 03-5432-7170  FAX 03-5432-7179"),
    "udo": ("有働 早紀 <s-udo@hinode-sangyo.co.jp>",
            "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n日の出産業株式会社 通販事業部 販促課（CRM）\n有働 早紀 / Saki Udo\n"
            "TEL 03-5432-7165 / s-udo@hinode-sangyo.co.jp\n＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"),
    "horinouchi": ("堀之内 誠 <m-horinouchi@hinode-sangyo.co.jp>",
                   "日の出産業株式会社\n執行役員 通販事業部長　堀之内 誠\n"
                   f"{ADDR_HQ}\nTEL 03-5432-7100（代表）"),
    "kanno": ("菅野 大輔 <d-kanno@hinode-sangyo.co.jp>",
              "----\n日の出産業株式会社 情報システム部（通販システム担当）\n菅野 大輔\n"
              "TEL 03-5432-7210 内線 7211\nd-kanno@hinode-sangyo.co.jp"),
    "terakado": ("寺門 亮 <r-terakado@hinode-sangyo.co.jp>",
                 "************************************\n日の出産業株式会社 通販事業部 商品部\nバイヤー 寺門 亮\n"
                 f"{ADDR_HQ}\nTEL 03-5432-7150 / 携帯 080-4471-2093\n************************************"),
    "ikawa": ("井川 さとみ <s-ikawa@hinode-sangyo.co.jp>",
              "日の出産業株式会社 総務部 法務グループ\n井川 さとみ\n"
              f"{ADDR_HQ}\nTEL 03-5432-7020"),
    "kishimoto": ("Ken Kishimoto <k-kishimoto@hinode-sangyo.co.jp>",
                  "--\nKen Kishimoto\nCross-border E-commerce, Mail-order Division\nHinode Sangyo Co., Ltd.\n"
                  "2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan\nTel +81-3-5432-7180"),
    "onodera": ("小野寺 あかね <a-onodera@hinode-sangyo.co.jp>",
                "日の出産業株式会社 通販事業部 返品センター\n小野寺 あかね\n"
                f"{ADDR_DC}\nTEL 047-328-5520 / FAX 047-328-5529"),
    "tsuboi": ("坪井 秀明 <h-tsuboi@hinode-sangyo.co.jp>",
               "日の出産業株式会社 人事総務部 労務グループ\n坪井 秀明\n"
               f"{ADDR_HQ}\nTEL 03-5432-7030"),
}


def frm(key: str) -> str:
    return SIG[key][0]


def sig(key: str) -> str:
    return SIG[key][1]


DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_JA2 = ("※このメールは送信専用アドレスではありません。本メールおよび添付ファイルには秘密情報が含まれて"
            "いる可能性があります。宛先に心当たりのない方は、大変お手数ですが破棄していただきますよう"
            "お願い申し上げます。")
DISC_EN = ("This e-mail and any attachments may contain confidential information intended solely "
           "for the addressee. If you have received it in error, please notify the sender and "
           "delete it. Any unauthorised use or disclosure is prohibited.")

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# =======================================================================================
# 001–020
# =======================================================================================

_ps = take(35)
add(
    id="tsuhan-001", expect="stop", charset="iso-2022-jp",
    sender=frm("fujishiro"),
    to=["大河内 様 <okochi@nishiki-insatsu.co.jp>"], cc=["dtp@nishiki-insatsu.co.jp"],
    subject="冬の贈り物カタログ（DM-2611）宛名データ 第1便",
    body=f"""錦印刷株式会社
営業部 大河内様

いつもお世話になっております。日の出産業 カタログ企画課の藤代です。

冬の贈り物カタログ（DM-2611）の宛名データ、第1便をお送りします。
添付のCSV（Shift_JIS、ヘッダー行あり）を宛名ラベルに差し込んでいただけますでしょうか。
今回は抽出条件を「過去2年以内に2回以上ご購入」に絞ったため件数が少なめです。
第2便（休眠顧客向け）は来週水曜にお送りする予定です。

・敬称は全件「様」で統一
・住所2（建物名）が空欄のものはそのまま空けてください
・顧客番号はラベル右下に小さく印字をお願いします

ご不明点があればご連絡ください。
よろしくお願いいたします。

{sig("fujishiro")}
""",
    attachments=[{"kind": "csv", "name": "DM2611_atena_01.csv", "encoding": "cp932",
                  "rows": [["顧客番号", "郵便番号", "住所1", "住所2", "氏名", "敬称"]] +
                  [[p["cid"], p["zip"], f"{p['pref']}{p['city']}{p['town']}{p['street']}",
                    p["room"], name(p), "様"] for p in _ps]}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="35 customers' names and postal addresses in a CP932 CSV to the printer: a list of people",
)

add(
    id="tsuhan-002", expect="pass", charset="iso-2022-jp",
    sender=frm("fujishiro"),
    to=["大河内 様 <okochi@nishiki-insatsu.co.jp>"],
    subject="Re: 秋冬カタログ 入稿スケジュールについて",
    body=f"""大河内様

お世話になっております。藤代です。
スケジュール案をありがとうございました。

ご提示いただいた日程で問題ございません。1点だけ、P.24〜P.31（食品特集）は
北国フーズさんからの商品写真の差し替えが入る可能性があるため、
初校戻しを1日後ろ倒し（10/17→10/18）にさせていただけると助かります。

色校は前回同様、弊社浜松町オフィスにお持ちいただく形でお願いできますでしょうか。

引き続きよろしくお願いいたします。

{sig("fujishiro")}
{DISC_JA}

-----Original Message-----
From: 大河内 [mailto:okochi@nishiki-insatsu.co.jp]
Sent: Thursday, October 1, 2026 6:12 PM
To: 藤代 彩
Subject: 秋冬カタログ 入稿スケジュールについて

藤代様

いつもお世話になっております。錦印刷の大河内です。
秋冬カタログ（全96P、発行部数 42万部）のスケジュール案をお送りします。

 10/09  入稿（画像・テキスト一式）
 10/15  初校出し
 10/17  初校戻し
 10/22  再校出し
 10/24  色校
 10/28  校了
 11/06  納品（市川物流センター）

ご確認のほどよろしくお願いいたします。
""",
    entities=[], detectors=[],
    note="ordinary production schedule with the printer, a quoted reply and the standard disclaimer",
)

_ps = take(8)
_rows = [["お届け先氏名", "郵便番号", "住所", "電話番号", "品名", "個数", "配達希望"]]
_wish = ["午前中", "14-16時", "指定なし", "18-20時", "19-21時", "指定なし", "午前中", "16-18時"]
for p, w in zip(_ps, _wish):
    _rows.append([name(p), p["zip"], p["addr"], p["mobile"] if p["n"] % 3 else p["home"],
                  item(), str(1 + p["n"] % 2), w])
add(
    id="tsuhan-003", expect="stop", charset="shift_jis",
    sender=frm("nagao"),
    to=["青葉運輸 京葉ベース 配車 <haisha-keiyo@aoba-unyu.co.jp>"],
    subject="【追加】本日17時便 出荷データ（8件）",
    body=f"""青葉運輸株式会社 京葉ベース
配車ご担当者様

お世話になっております。日の出産業 物流課の長尾です。

本日17時の集荷分に追加が8件出ました。
B2の取込みが間に合わないため、下記をそのまま送り状発行にお使いください。
（Excelから貼り付けています。タブ区切りです）

{tsv(_rows)}

発払い・元払いです。クール便はありません。
段ボールは全て100サイズ以内です。

お手数をおかけしますが、よろしくお願いいたします。

{sig("nagao")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="eight consignees' names, addresses and phones pasted tab-separated for shipping labels: list of people",
)

_sl = [slip() for _ in range(6)]
add(
    id="tsuhan-004", expect="pass", charset="shift_jis",
    sender=frm("nagao"),
    to=["西田 様 <nishida@aoba-unyu.co.jp>"],
    subject="10/20(火) 集荷時間変更のお願い／保留伝票の件",
    body=f"""青葉運輸株式会社
法人営業部 西田様

いつも大変お世話になっております。日の出産業の長尾です。

2点ご連絡です。

1. 10/20(火)は市川物流センターの棚卸のため、集荷を17:00 → 15:30に前倒し
   していただけないでしょうか。出荷量は通常の7割程度（約1,800個）の見込みです。

2. 昨日お電話でお伝えした、住所不備で保留になっている伝票は以下6件です。
   こちらで正しい住所を確認し、B2上で修正済みです。再発送をお願いします。

   {_sl[0]}  1個
   {_sl[1]}  2個
   {_sl[2]}  1個
   {_sl[3]}  1個
   {_sl[4]}  3個
   {_sl[5]}  1個

以上、よろしくお願いいたします。

{sig("nagao")}
""",
    entities=[], detectors=[],
    note="pickup-time change and six tracking numbers to the carrier; no personal data",
)

_ps = take(14)
_ret = take(3)
add(
    id="tsuhan-005", expect="stop", charset="utf-8",
    sender=frm("nagao"),
    to=["鶴見 様 <tsurumi@hoshizora-logi.co.jp>"], cc=["wms-support@hoshizora-logi.co.jp"],
    subject="10月第3週 出荷指示書（ギフト直送分）の送付",
    body=f"""星空ロジスティクス株式会社
鶴見様

お世話になっております。日の出産業の長尾です。

ギフト直送分（のし・包装あり）の出荷指示書をお送りします。
「出荷指示」シートが今週分、「返品入庫」シートは先週末に戻ってきた分です。
WMSへの取込みは従来どおりB列〜K列でお願いします。

包装紙は「冬柄A」、のしは「御歳暮／外のし」で全件共通です。

よろしくお願いいたします。

{sig("nagao")}
""",
    attachments=[{"kind": "xlsx", "name": "出荷指示書_ギフト直送_W3.xlsx",
                  "sheets": {
                      "表紙": [["日の出産業株式会社 通販事業部"], ["出荷指示書（ギフト直送）"],
                               ["対象週", "2026年10月 第3週"], ["作成", "物流課 長尾"],
                               ["件数", len(_ps)]],
                      "出荷指示": [["ギフト直送 出荷指示（10/19〜10/23）"], [],
                                   ["No", "受注番号", "お届け先氏名", "郵便番号", "住所", "電話番号",
                                    "商品", "数量", "のし名入れ", "お届け日"]] +
                                  [[i + 1, order_no(), name(p), p["zip"], p["addr"], p["home"],
                                    item(), 1, "日の出", f"10/{19 + i % 5}"]
                                   for i, p in enumerate(_ps)],
                      "返品入庫": [["返品入庫（10/16〜10/18着）"],
                                   ["受注番号", "ご依頼主", "返品理由", "状態"]] +
                                  [[order_no(), name(p), r, "B品"] for p, r in
                                   zip(_ret, ["サイズ違い", "イメージ違い", "破損"])],
                  }}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with title rows and three sheets: 14 gift recipients with address and phone to the fulfilment partner",
)

add(
    id="tsuhan-006", expect="pass", charset="iso-2022-jp",
    sender=frm("nagao"),
    to=["鶴見 様 <tsurumi@hoshizora-logi.co.jp>"],
    cc=["西田 様 <nishida@aoba-unyu.co.jp>", "k-nagao@hinode-sangyo.co.jp",
        "m-horinouchi@hinode-sangyo.co.jp"],
    subject="年末繁忙期 庫内持ち込み・集荷体制の三者打合せ（11/5）",
    body=f"""星空ロジスティクス 鶴見様
（CC）青葉運輸 西田様

いつもお世話になっております。日の出産業の長尾です。

年末繁忙期（11月下旬〜12月下旬）の出荷体制について、三者で一度すり合わせを
させていただきたく、下記の日程でお時間を頂戴できますでしょうか。

 日時：11月5日（木）14:00〜15:30
 場所：星空ロジスティクス 市川第二センター 2F会議室
 議題：
  ・ピーク日の出荷見込み（弊社想定：最大 6,500個/日）
  ・集荷便の増便（16時便・19時便）とトラック着車バース
  ・ギフト直送分の締め時間
  ・雪害・遅延発生時の連絡フロー

弊社からは堀之内（事業部長）と長尾の2名で伺います。
ご都合が悪い場合は候補日をいただけますと幸いです。

{sig("nagao")}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail: two external organisations in To/Cc",
)

_ps = take(7)
_rows = [["顧客番号", "氏名", "電話番号", "ご注文日", "請求額(円)", "督促回数"]]
for i, p in enumerate(_ps):
    _rows.append([p["cid"], name(p), p["home"] if i % 2 else p["mobile"],
                  f"2026/0{6 + i % 3}/{10 + i:02d}", yen(amount()), str(2 + i % 2)])
add(
    id="tsuhan-007", expect="stop", charset="iso-2022-jp",
    sender=frm("iwabuchi"),
    to=["寿債権サービサー 回収管理部 <kaishu@kotobuki-servicer.co.jp>"],
    subject="後払い（銀行振込）未入金債権 委託分のご連絡（9月締め）",
    body=f"""株式会社寿債権サービサー
回収管理部 御中

お世話になっております。日の出産業 通販事業部 経理チームの岩渕です。

9月締めで督促期限を過ぎた銀行振込（後払い）の未入金分について、
業務委託契約 第3条に基づき回収業務をお願いいたします。

{padded(_rows)}

合計 {len(_ps)} 件です。各注文の明細（請求書控え）は別途お送りします。
お客様から弊社へ直接ご入金があった場合は、その都度ご連絡いたします。

{sig("iwabuchi")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="space-padded list of seven debtors with phone numbers and amounts to a collection agency",
)

add(
    id="tsuhan-008", expect="pass", charset="utf-8",
    sender=frm("onodera"),
    to=["yukari.hosoda1975@gmail.com"],
    subject="【日の出通販】返品のお申し込みを承りました（受付番号 R-261014-0331）",
    body=f"""細田 ゆかり 様

このたびは日の出通販をご利用いただき、誠にありがとうございます。
返品センターの小野寺でございます。

お申し込みいただいた返品を、下記のとおり承りました。

■受付番号：R-261014-0331
■ご注文番号：{order_no()}
■返品商品：ウール 靴下 3足組（グレー）×1
■返品理由：サイズ違い（交換なし・返金をご希望）

10月16日（金）午後に、青葉運輸がご登録のご住所へ集荷に伺います。
商品をお届け時の箱か、お手元の袋に入れてドライバーにお渡しください。
伝票はドライバーが持参いたしますので、ご記入は不要です。

返金は商品到着・検品後、ご注文時のクレジットカードへ取消処理を行います。
カード会社の締め日によっては、ご請求とご返金が別の月に表示される場合がございます。

ご不明な点がございましたら、お気軽にお問い合わせください。

{sig("onodera")}
""",
    entities=[], detectors=["freemail_recipient"],
    note="return confirmation to one private customer on free mail; only her own name and order data",
)

_ps = take(5)
_prize = ["特賞 たらば蟹 ボイル 1kg", "A賞 国産 はちみつ詰合せ", "A賞 国産 はちみつ詰合せ",
          "B賞 有機ほうじ茶 100g×3", "B賞 有機ほうじ茶 100g×3"]
_bul = "\n\n".join(f"・{name(p)} 様（{pr}）\n　〒{p['zip']} {p['addr']}\n　TEL {p['mobile']}"
                   for p, pr in zip(_ps, _prize))
add(
    id="tsuhan-009", expect="stop", charset="utf-8",
    sender=frm("udo"),
    to=["若葉ギフト 発送センター <hasso@wakaba-gift.co.jp>"],
    subject="秋の大感謝祭 当選者さまへの賞品発送のお願い",
    body=f"""株式会社若葉ギフト 発送センター御中

お世話になっております。日の出産業 販促課の有働です。
「秋の大感謝祭」プレゼントキャンペーンの抽選が終わりましたので、
当選者さまへの賞品発送をお願いいたします。

{_bul}

のしは不要、送り状のご依頼主は「日の出通販 大感謝祭事務局」でお願いします。
発送完了後、伝票番号をメールでいただけますと助かります。

{sig("udo")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five prize winners with address and mobile as ・ bullets to a gift vendor: list of people",
)

_p = take(1)[0]
_c = _card()
add(
    id="tsuhan-010", expect="stop", charset="iso-2022-jp",
    sender=frm("iwabuchi"),
    to=["かえでペイメント 加盟店サポート <support@kaede-payment.co.jp>"],
    subject="オーソリエラー（G12）の原因調査のお願い",
    body=f"""株式会社かえでペイメント
加盟店サポートデスク御中

いつもお世話になっております。
加盟店ID：HND-440182 日の出産業（通販）経理の岩渕です。

下記のお客様のカード決済で、本日午前から3回続けてオーソリエラー（G12）が
返ってきております。お客様からは「カード会社に確認したが利用停止はしていない」と
お問い合わせをいただいており、原因をお調べいただけますでしょうか。

 ご注文番号：{order_no()}
 カード名義：{romaji_jp(_p)}
 カード番号：{_c[:4]} {_c[4:8]} {_c[8:12]} {_c[12:]}
 有効期限　：09/29
 決済金額　：{yen(amount())}円（1回払い）

お手数ですが、本日中にご回答いただけますと幸いです。

{sig("iwabuchi")}
""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a customer's full card number and name sent by mail to the card processor",
)

add(
    id="tsuhan-011", expect="pass", charset="shift_jis",
    sender=frm("terakado"),
    to=["熊谷 様 <kumagai@kitaguni-foods.co.jp>"],
    subject="2027年春号 掲載予定商品の仕入価格表（ご確認のお願い）",
    body=f"""北国フーズ株式会社
営業部 熊谷様

いつもお世話になっております。日の出産業 商品部の寺門です。

2027年春号カタログに掲載予定の商品について、仕入価格と規格を
一覧にまとめました。前回お見積りとの差異がある箇所は黄色にしています。
相違がないかご確認いただけますでしょうか。

・価格表シート：仕入単価・希望小売価格・最低発注ロット
・規格シート：内容量、賞味期限、温度帯、JANコード

11/13（金）までにご返信いただけますと助かります。

{sig("terakado")}
""",
    attachments=[{"kind": "xlsx", "name": "2027春号_北国フーズ様_価格表.xlsx",
                  "sheets": {
                      "価格表": [["2027年春号 掲載予定商品 仕入価格表", "", "", "", ""],
                                 ["商品コード", "商品名", "仕入単価", "希望小売価格", "最低ロット"],
                                 ["KF-1021", "いくら醤油漬 250g", 2850, 4980, 200],
                                 ["KF-1044", "たらば蟹 ボイル 1kg", 7200, 12800, 100],
                                 ["KF-1102", "帆立貝柱 500g", 3100, 5400, 150],
                                 ["KF-2010", "鮭とば 徳用", 980, 1780, 300],
                                 ["KF-2033", "松前漬 詰合せ", 1650, 2980, 200]],
                      "規格": [["商品コード", "内容量", "賞味期限", "温度帯", "JAN"],
                               ["KF-1021", "250g", "冷凍90日", "冷凍", "4571234560218"],
                               ["KF-1044", "1kg", "冷凍180日", "冷凍", "4571234560447"],
                               ["KF-1102", "500g", "冷凍120日", "冷凍", "4571234561024"],
                               ["KF-2010", "300g", "常温120日", "常温", "4571234562106"],
                               ["KF-2033", "180g×3", "冷凍60日", "冷凍", "4571234562335"]],
                  }}],
    entities=[], detectors=[],
    note="supplier price list with product codes and JANs: business data only",
)

_ps = take(5)
_reasons = ["サイズが合わない（交換希望 M→L）", "商品破損（外箱つぶれ、本体ヒビ）",
            "注文間違い（返金希望）", "イメージと色が違う（返金希望）", "初期不良（電源が入らない）"]
_blocks = []
for i, (p, r) in enumerate(zip(_ps, _reasons)):
    _blocks.append(f"""【{i + 1}】受付番号 R-2610{20 + i}-{_ORDER.randrange(1000, 9999)}
お客様名：{name(p)}（{kana(p)}）
集荷先　：〒{p['zip']} {p['addr']}
連絡先　：{p['mobile']}
返品理由：{r}
集荷希望：10/{22 + i % 3} {'午前' if i % 2 else '14-16時'}""")
add(
    id="tsuhan-012", expect="stop", charset="shift_jis",
    sender=frm("onodera"),
    to=["星空ロジスティクス 返品受付 <henpin@hoshizora-logi.co.jp>"],
    subject="返品集荷依頼 5件（10/21受付分）",
    body=f"""星空ロジスティクス 返品受付ご担当者様

お世話になっております。日の出産業 返品センターの小野寺です。
10/21受付分の返品集荷をお願いいたします。

""" + "\n\n".join(_blocks) + f"""

入庫後の検品結果は、いつもの共有フォルダにアップをお願いします。

{sig("onodera")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five return pickups, one record per block with name, address and mobile: list of people",
)

_ps = take(10)
_rows = [["顧客ID", "氏名", "フリガナ", "電話番号", "生年月日", "定期商品", "継続回数"]]
for i, p in enumerate(_ps):
    _rows.append([f"T{p['cid']}", name(p), kana(p), p["home"] if i % 3 == 0 else p["mobile"],
                  ymd(p["dob"]), ["青汁 30包", "黒酢カプセル 90粒", "グルコサミン 180粒"][i % 3],
                  f"{3 + i}回"])
add(
    id="tsuhan-013", expect="stop", charset="utf-8",
    sender=frm("udo"),
    to=["なごみコールサービス SV 森 様 <mori@nagomi-cs.co.jp>"],
    subject="定期便 解約申出者へのフォローコール対象リスト（11月分）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>株式会社なごみコールサービス<br>SV 森様</p>
<p>いつもお世話になっております。日の出産業 販促課の有働です。</p>
<p>11月分の定期便 解約申出者フォローコールの対象リストをお送りします。<br>
トークスクリプトは前月版（v3.2）から変更ありません。<br>
通話結果は11/20までにいつもの報告フォーマットでご返送ください。</p>
{html_table(_rows)}
<p>よろしくお願いいたします。</p>
<p>＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿<br>日の出産業株式会社 通販事業部 販促課（CRM）<br>
有働 早紀 / Saki Udo<br>TEL 03-5432-7165</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of ten subscription customers (phone, date of birth) to a call centre",
)

_ps = take(12)
_rows = [["受注番号", "氏名", "住所", "電話", "状態"]]
for p in _ps:
    _rows.append([order_no(), name(p), p["addr"], p["mobile"], "在庫待ち"])
add(
    id="tsuhan-014", expect="pass", charset="iso-2022-jp",
    sender=frm("yamagishi"),
    to=["k-nagao@hinode-sangyo.co.jp"], cc=["y-mikami@hinode-sangyo.co.jp"],
    subject="電気ひざ掛け HK-220 入荷待ち受注一覧（12件）",
    body=f"""長尾さん
（cc 三上さん）

受注センター山岸です。
HK-220の入荷待ちで保留している受注が12件あります。
入荷日が確定したら、この順番で優先出荷をお願いできますか。
お客様への遅延連絡は三上さんのチームで済ませています。

{tsv(_rows)}

よろしくお願いします。
山岸
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="customer list of twelve sent only to colleagues at hinode-sangyo.co.jp: internal mail passes",
)

_ps = take(7)
_lines = "\n".join(f"  {i + 1}. {name(p)}様  {p['pref']}{p['city']}  {p['mobile']}  伝票 {slip()}"
                   for i, p in enumerate(_ps))
add(
    id="tsuhan-015", expect="stop", charset="iso-2022-jp",
    sender=frm("mikami"),
    to=["西田 様 <nishida@aoba-unyu.co.jp>"],
    subject="FW: 【至急】仙台・盛岡方面 配達遅延のお問い合わせ",
    body=f"""青葉運輸 西田様

お世話になっております。日の出産業 顧客サービス課の三上です。
社内で取りまとめた遅延のお問い合わせ一覧を転送いたします。
各お客様への配達予定日を確認いただき、ご連絡いただけますでしょうか。

{sig("mikami")}

-------- Forwarded Message --------
件名: 【至急】仙台・盛岡方面 配達遅延のお問い合わせ
日付: 2026/11/24 10:42
差出人: 山岸 真理子 <m-yamagishi@hinode-sangyo.co.jp>
宛先: 三上 陽介 <y-mikami@hinode-sangyo.co.jp>

三上さん

今朝から東北方面の「まだ届かない」というお電話が続いています。
11/19出荷分で、いずれも追跡が「輸送中」のまま止まっています。
下記7名の方から入電がありました。

{_lines}

青葉運輸さんに確認をお願いできますか。
山岸
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward of an internal mail listing seven customers with mobile numbers to the carrier: forwarded text counts",
)

_ps = take(6)
_quoted = "\n".join(f"> {slip()}  {name(p)}様  {p['pref']}{p['city']}{p['town']}  {p['home']}  転居先不明"
                    for p in _ps)
add(
    id="tsuhan-016", expect="pass", charset="iso-2022-jp",
    sender=frm("nagao"),
    to=["西田 様 <nishida@aoba-unyu.co.jp>"],
    subject="Re: 持ち戻り（転居先不明）6件のご報告",
    body=f"""西田様

お世話になっております。長尾です。
ご報告ありがとうございます。

6件とも弊社に返送いただいて問題ございません。
お客様へはこちらから住所確認のご連絡をいたします。
返送の運賃は通常どおり月末請求でお願いします。

{sig("nagao")}

2026年11月10日(火) 16:05 西田 <nishida@aoba-unyu.co.jp>:
> 日の出産業 長尾様
>
> いつもお世話になっております。青葉運輸 西田です。
> 下記6件、転居先不明で持ち戻りとなっております。
> ご返送でよろしいか、ご指示をお願いいたします。
>
{_quoted}
>
> 青葉運輸株式会社 法人営業部 西田
""",
    entities=[], detectors=[],
    note="reply whose only list is quoted from the carrier's own mail (> lines); new text has no personal data",
)

_ps = take(40)
_ranks = ["ゴールド", "シルバー", "レギュラー", "レギュラー", "シルバー"]
add(
    id="tsuhan-017", expect="stop", charset="utf-8",
    sender=frm("udo"),
    to=["メールウェーブ 導入支援 <onboarding@mailwave.jp>"],
    subject="配信リスト初回インポート用データ（テスト配信セグメント）",
    body=f"""株式会社メールウェーブ
導入支援チーム ご担当者様

お世話になっております。日の出産業 販促課の有働です。
先日の打合せでご依頼のあった、初回インポート用のテストセグメントをお送りします。

・文字コード：UTF-8（BOM付き）
・1行目ヘッダー、40件
・氏名は今回のセグメントでは不要とのことでしたので外しています
・誕生日クーポンの配信テストに使うため、生年月日を含めています

本番の全件データ（約18万件）は、SFTPの準備ができ次第そちらでお渡しします。

{sig("udo")}
""",
    attachments=[{"kind": "csv", "name": "segment_test_40.csv", "encoding": "utf-8-sig",
                  "rows": [["email", "birthday", "gender", "prefecture", "rank", "optin_date"]] +
                  [[p["email"], ymd(p["dob"], "-"), p["sex"], p["pref"], _ranks[i % 5],
                    f"2025-{1 + i % 12:02d}-{1 + i % 27:02d}"] for i, p in enumerate(_ps)]}],
    entities=["EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 40 customers' e-mail addresses and birthdays (no name column) to a mail vendor: list of people",
)

_ps = take(5)
add(
    id="tsuhan-018", expect="stop", charset="iso-2022-jp",
    sender=frm("mikami"),
    to=[f"{name(p)} 様 <{p['email']}>" for p in _ps],
    subject="【日の出通販】お届け遅延のお詫び",
    body=f"""お客様各位

日頃より日の出通販をご利用いただき、誠にありがとうございます。

11月21日〜22日にご注文いただいた「ふんわり敷きパッド」につきまして、
メーカーからの入荷が遅れており、お届けが12月上旬となる見込みです。
お待たせしてしまい、誠に申し訳ございません。

ご注文のキャンセルをご希望の場合は、本メールにご返信いただくか、
お客様相談室（0120-41-7788）までご連絡ください。

今後とも日の出通販をよろしくお願い申し上げます。

{sig("mikami")}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="apology sent with five private customers' addresses openly in To: should have been Bcc",
)

add(
    id="tsuhan-019", expect="pass", charset="shift_jis",
    sender=frm("yamagishi"),
    to=["m_kurosawa_62@yahoo.co.jp"],
    subject="【日の出通販】ご注文内容の確認（お電話でのご注文）",
    body=f"""黒沢 道子 様

本日はお電話にてご注文いただき、ありがとうございました。
受注センターの山岸でございます。ご注文内容をお送りいたします。

──────────────────
ご注文番号：{order_no()}
ご注文日　：2026年11月2日
──────────────────
 羽毛ひざ掛け（ベージュ）  1点  5,280円
 有機ほうじ茶 100g×3       2点  3,960円
 送料                              0円（5,000円以上無料）
──────────────────
 合計                          9,240円（税込）
 お支払い：クレジットカード（末尾 **** 0417）1回払い
──────────────────

お届け予定：11月5日（木）午前中
発送後、お荷物の追跡番号をメールでお知らせいたします。

{sig("yamagishi")}
""",
    entities=[], detectors=["freemail_recipient"],
    note="order confirmation to one customer's free-mail address; card shown only as last four digits",
)

_p = take(1)[0]
add(
    id="tsuhan-020", expect="stop", charset="shift_jis",
    sender=frm("mikami"),
    to=["熊谷 様 <kumagai@kitaguni-foods.co.jp>"], cc=["hinshitsu@kitaguni-foods.co.jp"],
    subject="【品質】黒酢カプセル ご使用者からの体調不良のお申し出について",
    body=f"""北国フーズ株式会社
営業部 熊谷様／品質保証部 ご担当者様

いつもお世話になっております。日の出産業 顧客サービス課の三上です。

貴社製造の「黒酢カプセル 90粒」（ロット KF-K2608A）をご購入のお客様から、
服用後に体調を崩されたとのお申し出がありましたのでご報告します。

 お客様　　：{name(_p)} 様（{age(_p['dob'])}歳・{'女性' if _p['sex'] == 'F' else '男性'}）
 ご住所　　：{_p['pref']}{_p['city']}
 ご連絡先　：{_p['mobile']}
 状況　　　：2型糖尿病で通院中（インスリン治療）。服用開始から5日目に低血糖症状で
 　　　　　　 かかりつけ医を受診。主治医から服用中止を指示されたとのこと。
 ご要望　　：原材料と血糖値への影響について、メーカーとしての見解を書面で欲しい

お客様には「メーカーに確認のうえ1週間以内にご回答する」とお伝えしています。
原材料の詳細と、同様の事例の有無をご教示いただけますでしょうか。

{sig("mikami")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named customer's diabetes treatment and doctor visit sent to the manufacturer: special-care (medical) data",
)


# =======================================================================================
# 021–040
# =======================================================================================

add(
    id="tsuhan-021", expect="pass", charset="utf-8",
    sender=frm("ikawa"),
    to=["関東フルフィルメント 営業企画 小田切 様 <odagiri@kanto-fulfill.co.jp>"],
    cc=["k-nagao@hinode-sangyo.co.jp"],
    subject="秘密保持契約書（案）のご送付／物流委託のご相談に先立って",
    body=f"""関東フルフィルメント株式会社
営業企画部 小田切様

お世話になっております。日の出産業 総務部法務グループの井川でございます。

物流業務委託のご相談を本格的に始めるにあたり、まずは弊社ひな形の
秘密保持契約書（案）をお送りします。出荷量の実績や料金体系など、
具体的な数字はNDA締結後に物流課の長尾からご提示いたします。

主な条件は以下のとおりです。御社の法務ご担当者様にご確認いただき、
修正のご希望があれば変更履歴付きでお戻しください。

・有効期間：締結日から2年（自動更新なし）
・秘密情報の範囲：開示時に秘密である旨を明示したもの
・個人情報を含むデータの授受は本契約の対象外とし、委託契約締結時に別途定める
・準拠法：日本法、管轄：東京地方裁判所

ご押印は電子契約（クラウドサイン）でも紙でも対応可能です。

{sig("ikawa")}
{DISC_JA}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_日の出産業_関東フルフィルメント.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という）と関東フルフィルメント株式会社（以下「乙」という）は、"
                                 "物流業務委託の検討（以下「本件」という）に関し、次のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、本件に関し開示者が受領者に対し、"
                                 "書面、電磁的記録その他の方法により開示した情報のうち、開示の際に秘密である旨を明示したものをいう。",
                                 "第2条（秘密保持義務）受領者は、秘密情報を善良な管理者の注意をもって管理し、"
                                 "開示者の事前の書面による承諾なく第三者に開示または漏えいしてはならない。",
                                 "第3条（目的外使用の禁止）受領者は、秘密情報を本件の検討の目的以外に使用してはならない。",
                                 "第4条（返還・廃棄）本契約が終了したとき、受領者は開示者の指示に従い秘密情報を返還または廃棄する。",
                                 "第5条（有効期間）本契約の有効期間は締結日から2年間とする。",
                                 "第6条（管轄）本契約に関する紛争は、東京地方裁判所を第一審の専属的合意管轄裁判所とする。",
                                 "（以下余白）"]}],
    entities=[], detectors=[],
    note="mail about an NDA with its draft attached: the words 秘密/秘密保持 are the subject, not a marking",
)

add(
    id="tsuhan-022", expect="stop", charset="iso-2022-jp",
    sender=frm("nagao"),
    to=["西田 様 <nishida@aoba-unyu.jp>"],
    subject="臨時集荷のお願い（10/31 土曜）",
    body=f"""青葉運輸株式会社
西田様

お世話になっております。日の出産業の長尾です。

10/31（土）にセール分の出荷が集中するため、臨時で集荷をお願いできますでしょうか。

 集荷先：日の出市川物流センター 2番バース
 時間　：13:00 と 17:00 の2便
 個数　：各便 約900個（100サイズ中心）

車両の手配が難しい場合は、早めにご連絡いただけると助かります。

{sig("nagao")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="ordinary pickup request, but the carrier's domain is aoba-unyu.jp instead of aoba-unyu.co.jp (co. dropped)",
)

_ps = take(6)
_rows = [["No", "氏名", "年齢", "居住地", "電話番号", "メールアドレス", "希望日時"]]
for i, p in enumerate(_ps):
    _rows.append([str(i + 1), name(p), f"{age(p['dob'])}歳", p["pref"], p["mobile"], p["email"],
                  f"12/{3 + i // 2}（{'午前' if i % 2 else '午後'}）"])
add(
    id="tsuhan-023", expect="stop", charset="utf-8",
    sender=frm("udo"),
    to=["ミライリサーチ 調査2部 花井 様 <hanai@mirai-research.co.jp>"],
    subject="カタログ利用実態インタビュー 参加者確定のご連絡",
    body=f"""株式会社ミライリサーチ
調査2部 花井様

お世話になっております。日の出産業 販促課の有働です。

12月のデプスインタビュー（カタログ利用実態調査）の参加者が確定しましたので、
一覧をWordでお送りします。謝礼（QUOカード 5,000円）のご手配と、
前日のリマインド連絡を御社からお願いできますでしょうか。

会場は御社の渋谷インタビュールームで、各回90分の想定です。

{sig("udo")}
""",
    attachments=[{"kind": "docx", "name": "インタビュー参加者一覧_12月.docx",
                  "title": "カタログ利用実態インタビュー 参加者一覧",
                  "paragraphs": ["カタログ利用実態インタビュー 参加者一覧", "2026年12月実施分（確定版）",
                                 "会場：ミライリサーチ 渋谷インタビュールーム"],
                  "tables": [_rows]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of six interviewees with mobile and e-mail to a research firm: list of people",
)

_shops = [["店舗名", "住所", "電話番号", "受取時間"],
          ["日の出通販 受取カウンター 浜松町", "東京都港区浜松町2-4-1 日の出ビル1F", "03-5432-7199", "10:00-19:00"],
          ["いちかわ駅前ストア", "千葉県市川市市川1-7-11", "047-321-4410", "9:00-21:00"],
          ["青葉運輸 京葉営業所", "千葉県市川市二俣新町20-3", "047-327-8800", "8:00-21:00"],
          ["ファミリーマルシェ 大宮西口店", "埼玉県さいたま市大宮区桜木町2-3-5", "048-641-2290", "7:00-23:00"],
          ["サンライズ薬局 横浜関内店", "神奈川県横浜市中区相生町3-60", "045-662-1073", "9:00-20:00"],
          ["ふれあいマート 名古屋栄店", "愛知県名古屋市中区栄3-15-2", "052-251-6618", "8:00-22:00"],
          ["みどりの窓 梅田店", "大阪府大阪市北区曽根崎2-9-12", "06-6312-5570", "10:00-20:00"],
          ["天神ブックス 受取コーナー", "福岡県福岡市中央区天神2-5-28", "092-714-3302", "10:00-21:00"]]
add(
    id="tsuhan-024", expect="pass", charset="shift_jis",
    sender=frm("yamagishi"),
    to=["なごみコールサービス SV 森 様 <mori@nagomi-cs.co.jp>"],
    subject="FAQ更新：店頭受取が可能な提携店舗一覧（11/1〜）",
    body=f"""なごみコールサービス 森様

お世話になっております。受注センターの山岸です。
11/1から店頭受取サービスの提携店舗が8か所に増えますので、
オペレーター用FAQの「受取場所」の項目を差し替えをお願いします。

{padded(_shops)}

※受取期限は到着から7日間、代金引換は不可です。
※青葉運輸の営業所受取は従来どおり全営業所で可能です。

{sig("yamagishi")}
""",
    entities=[], detectors=[],
    note="list of pickup shops with addresses and phone numbers: businesses, not people",
)

_ps = take(9)
_tbl = [["伝票番号", "お届け先", "住所", "電話番号", "事故区分", "申請額"]]
for i, p in enumerate(_ps):
    _tbl.append([slip(), name(p), p["addr"], p["home"] if i % 2 else p["mobile"],
                 ["破損", "紛失", "水濡れ", "誤配"][i % 4], f"¥{yen(amount())}"])
add(
    id="tsuhan-025", expect="stop", charset="shift_jis",
    sender=frm("nagao"),
    to=["青葉運輸 事故受付センター <jiko-uketsuke@aoba-unyu.co.jp>"],
    subject="運送事故 損害賠償申請（2026年10月分 9件）",
    body=f"""青葉運輸株式会社
事故受付センター御中

お世話になっております。日の出産業 物流課の長尾です。

10月に発生した運送事故9件について、損害賠償の申請書をPDFでお送りします。
お届け先のお客様には弊社から代替品を発送済みです。
各件の写真は、ご指定のアップローダーにて別途お送りしております。

ご査収のほど、よろしくお願いいたします。

{sig("nagao")}
""",
    attachments=[{"kind": "pdf", "name": "運送事故申請_202610.pdf", "title": "運送事故 損害賠償申請書",
                  "lines": ["運送事故 損害賠償申請書（2026年10月分）", "申請者：日の出産業株式会社 通販事業部 物流課",
                            "荷送人コード：AOB-0027714", ""],
                  "table": _tbl}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of nine consignees with address and phone for damage claims to the carrier: list of people",
)

_ps = take(2)
_mn = [_mynum(), _mynum()]
add(
    id="tsuhan-026", expect="stop", charset="iso-2022-jp",
    sender=frm("iwabuchi"),
    to=["田辺税理士事務所 田辺 先生 <tanabe@tanabe-tax.jp>"],
    subject="報酬、料金、契約金及び賞金の支払調書 作成資料（通販事業部分）",
    body=f"""田辺税理士事務所
田辺先生

いつも大変お世話になっております。日の出産業 経理チームの岩渕です。

法定調書の作成にあたり、通販事業部でカタログ撮影・原稿執筆をお願いした
個人の方2名分の資料をお送りします。

(1) カメラマン
  氏名　　：{name(_ps[0])}
  住所　　：{_ps[0]['addr']}
  個人番号：{_mn[0][:4]} {_mn[0][4:8]} {_mn[0][8:]}
  支払金額：1,320,000円（源泉徴収税額 134,772円）

(2) ライター
  氏名　　：{name(_ps[1])}
  住所　　：{_ps[1]['addr']}
  個人番号：{_mn[1]}
  支払金額：486,000円（源泉徴収税額 49,621円）

本人確認書類の写しは、次回ご訪問時に紙でお渡しします。

{sig("iwabuchi")}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="two freelancers' My Numbers and addresses in the body of a mail to the tax accountant",
)

_ps = take(4)
add(
    id="tsuhan-027", expect="pass", charset="utf-8",
    sender=frm("udo"),
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="12/12 日の出通販 お得意様感謝の会 ご来場者（追加4名）",
    body=f"""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業 販促課の有働です。
12/12（土）「お得意様感謝の会」（桜の間）につきまして、
お席の追加をお願いいたします。当日受付でのお名前確認用に、
ご来場者さまのお名前と、遅延時のご連絡先をお知らせします。

 1. {name(_ps[0])} 様　{_ps[0]['mobile']}
 2. {name(_ps[1])} 様　{_ps[1]['mobile']}
 3. {name(_ps[2])} 様　{_ps[2]['mobile']}（お車でご来場・駐車券1枚）
 4. {name(_ps[3])} 様　{_ps[3]['mobile']}

これで合計38名となります。お料理も38名分でお願いいたします。

{sig("udo")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four guests' names and mobiles to the hotel: one to four people's records may be warned, not held",
)

_ps = take(50)
add(
    id="tsuhan-028", expect="stop", charset="iso-2022-jp",
    sender=frm("fujishiro"),
    to=["錦印刷 DTP制作 <dtp@nishiki-insatsu.co.jp>"],
    subject="カタログ送付（お試し請求者）宛名データ一式",
    body=f"""錦印刷株式会社
DTP制作ご担当者様

お世話になっております。日の出産業の藤代です。

Web広告経由でカタログ請求をいただいたお客様向けの送付データです。
ZIPの中に宛名CSVと仕様メモ（テキスト）を入れています。
送付状の差込項目は仕様メモをご確認ください。

よろしくお願いいたします。

{sig("fujishiro")}
""",
    attachments=[{"kind": "zip", "name": "catalog_request_1104.zip",
                  "files": [{"kind": "csv", "name": "catalog_request_1104.csv", "encoding": "cp932",
                             "rows": [["請求日", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "媒体"]] +
                             [[f"2026/11/0{1 + i % 4}", name(p), kana(p), p["zip"], p["addr"],
                               p["mobile"] if i % 4 else p["home"], ["SNS広告", "検索広告", "新聞折込"][i % 3]]
                              for i, p in enumerate(_ps)]},
                            {"kind": "txt", "name": "仕様メモ.txt", "encoding": "cp932",
                             "text": "・送付物：2027新春号カタログ＋お試しクーポン（1,000円）\n"
                                     "・送付状の差込：氏名、請求日\n・封筒：角2 窓なし\n・発送日：11/9"}]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP (not encrypted) holding a CSV of 50 catalogue requesters with addresses and phones",
)

_t = _corp("010401089427")
add(
    id="tsuhan-029", expect="pass", charset="iso-2022-jp",
    sender=frm("iwabuchi"),
    to=["みなと介護サービス 経理部 <keiri@minato-kaigo.co.jp>"],
    subject="【請求書】2026年10月分 法人様向け通販ご利用分",
    body=f"""株式会社みなと介護サービス
経理部 御中

いつも日の出通販 法人窓口をご利用いただきありがとうございます。
10月分のご請求書をPDFにてお送りいたします。

お支払期限：2026年11月30日
お振込先　：みどり銀行 浜松町支店 普通 1183204
　　　　　　ニチノデサンギヨウ（カ
（恐れ入りますが振込手数料はご負担ください）

{sig("iwabuchi")}
""",
    attachments=[{"kind": "pdf", "name": "請求書_202610_みなと介護サービス様.pdf", "title": "請求書",
                  "lines": ["請　求　書", "株式会社みなと介護サービス 御中", "",
                            "日の出産業株式会社", ADDR_HQ, f"登録番号：T{_t}", "",
                            "ご請求金額：￥218,460（税込）", ""],
                  "table": [["納品日", "伝票番号", "品名", "数量", "金額"],
                            ["10/03", "B-88213", "大人用おむつ L 業務用", "12", "86,400"],
                            ["10/10", "B-88501", "使い捨て手袋 M 1000枚", "8", "35,200"],
                            ["10/17", "B-88977", "ペーパータオル 業務用", "20", "44,000"],
                            ["10/24", "B-89350", "除菌ウェット 詰替", "30", "33,000"],
                            ["", "", "消費税（10%）", "", "19,860"]]}],
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="ordinary B2B invoice with the company's T-number and company bank account",
)

_ps = take(6)
def _en_addr(p: dict) -> str:
    return f"〒{p['zip']} {p['addr']}"


_lines = "\n".join(f"{order_no()},{romaji(p)},\"{_en_addr(p)}\",+81-{p['mobile'][1:]},{p['email']}"
                   for p in _ps)
add(
    id="tsuhan-030", expect="stop", charset="utf-8",
    sender=frm("kishimoto"),
    to=["Jenny Alvarez <jenny.alvarez@pacbridge-logistics.com>"],
    subject="Drop-ship consignees for PO GL-2611 (Greenleaf supplements)",
    body=f"""Hi Jenny,

As discussed on Tuesday's call, Greenleaf Naturals will ship the first batch of
supplement orders directly to our customers in Japan via your Los Angeles hub.
Below are the consignees for PO GL-2611 (order no, name, address in Japanese for the
domestic label, phone, email):

order_no,name,address,phone,email
{_lines}

Please print the commercial invoices with "Personal use" and the consignee's phone
number so that the Japanese carrier can call before delivery.

Thanks,
{sig("kishimoto")}

{DISC_EN}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="English mail with six consignees (name, address in Japan, phone, e-mail) comma-separated to a US forwarder",
)

add(
    id="tsuhan-031", expect="stop", charset="shift_jis",
    sender=frm("nagao"),
    to=["西田 様 <nishida@aoba-unyu.co.jp>", "信濃運送 営業部 <eigyo@shinano-unso.co.jp>",
        "南海急便 法人営業 <hojin@nankai-kyubin.co.jp>"],
    subject="2027年度 通販出荷の配送委託 お見積りのお願い",
    body=f"""各社 ご担当者様

いつもお世話になっております。日の出産業 通販事業部 物流課の長尾です。

2027年4月以降の通販出荷の配送委託につきまして、お見積りをお願いしたく
ご連絡いたしました。条件は下記のとおりです。

 ・出荷元：日の出市川物流センター（千葉県市川市）
 ・月間出荷個数：約 95,000個（繁忙期 12月は約 150,000個）
 ・サイズ構成：60サイズ 35%／80サイズ 40%／100サイズ 20%／その他 5%
 ・クール便：月 約 6,000個
 ・集荷：1日2便（15時・18時）

11月20日（金）までに、サイズ別・地帯別の運賃表をお送りいただけますと幸いです。
ご不明な点はお気軽にお問い合わせください。

{sig("nagao")}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="request for quotation sent to three competing carriers all in To: they see each other",
)

_ps = take(3)
_mn = [_mynum() for _ in range(3)]
_rows = [["氏名", "住所", "個人番号", "区分", "支払額"]]
for p, mn, k in zip(_ps, _mn, ["撮影", "スタイリング", "原稿執筆"]):
    _rows.append([name(p), p["addr"], mn, k, yen(_ORDER.randrange(200, 1500) * 1000)])
add(
    id="tsuhan-032", expect="pass", charset="iso-2022-jp",
    sender=frm("iwabuchi"),
    to=["h-tsuboi@hinode-sangyo.co.jp"],
    subject="【社内】支払調書用 マイナンバー収集状況（通販事業部 外部スタッフ）",
    body=f"""坪井さん

経理の岩渕です。
通販事業部分の外部スタッフ（個人）のマイナンバー収集が3名分そろいました。
法定調書の作成用に、労務の管理台帳へ転記をお願いします。
転記後、このメールは削除いたします。

{padded(_rows)}

残り1名（モデル事務所経由の方）は事務所から提出待ちです。

岩渕
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=[],
    note="My Numbers sent only to a colleague at hinode-sangyo.co.jp: internal mail passes",
)

_p = take(1)[0]
add(
    id="tsuhan-033", expect="stop", charset="iso-2022-jp",
    sender=frm("yamagishi"),
    to=["鶴見 様 <tsurumi@hoshizora-logi.co.jp>"],
    subject="介護ベッド 搬入設置のお客様への配慮事項",
    body=f"""星空ロジスティクス 鶴見様

お世話になっております。受注センターの山岸です。
来週の介護ベッド（KB-300）搬入設置の件で、配送チームの方へお伝えいただきたい
点がございます。

 お客様：{name(_p)} 様
 ご住所：〒{_p['zip']} {_p['addr']}
 お電話：{_p['home']}（ご家族：{_p['mobile']}）
 配達日：11/18（水）13〜15時

お客様は脊髄損傷による下肢麻痺で身体障害者手帳1級をお持ちで、
車いすで生活されています。インターホンに出るまで時間がかかるため、
到着の15分前に必ずお電話をお願いします。
また、設置場所は1階リビング（車いすから移乗しやすい左側を壁付け）とのことです。

よろしくお願いいたします。

{sig("yamagishi")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named customer's physical disability (身体障害者手帳1級, paralysis) sent to the fulfilment partner: special-care data",
)

add(
    id="tsuhan-034", expect="pass", charset="utf-8",
    sender=frm("kanno"),
    to=["矢吹 様 <yabuki@tsubasa-system.jp>"],
    subject="Re: 受注システム刷新 データ移行の進め方について",
    body=f"""ツバサシステム株式会社
矢吹様

お世話になっております。日の出産業 情報システム部の菅野です。
移行方式の比較資料をありがとうございました。

社内で検討した結果、以下の方針で進めさせてください。

1. 顧客マスタは機密性の高い個人情報を含むため、本番データを御社へ
   メール・ストレージ等でお渡しすることはいたしません。
   移行リハーサルは弊社データセンター内の検証環境で、弊社要員が実行します。
2. 御社には、項目定義書と、ダミーデータ生成スクリプトでつくった
   テストデータ（架空の氏名・住所）のみをご提供します。
3. 受注履歴（約1,200万件）の変換ロジックは御社にて作成いただき、
   検証環境へのデプロイは弊社が行います。

移行判定会議は1月第2週を予定しています。ご意見があればお知らせください。

{sig("kanno")}
""",
    entities=[], detectors=[],
    note="the word 機密 used in a sentence about handling policy; no data, no marking",
)

add(
    id="tsuhan-035", expect="stop", charset="iso-2022-jp",
    sender=frm("fujishiro"),
    to=["大河内 様 <okochi@nishiki-insatsu.co.jp>"],
    subject="【社外秘】2027新春号 価格改定案（最終版）",
    body=f"""大河内様

お世話になっております。藤代です。

2027新春号の価格改定案（最終版）をお送りします。
公表は12/15の予定ですので、それまでは取扱いにご注意ください。
誌面の価格表記は添付の「改定後価格」列でお願いいたします。

{sig("fujishiro")}
""",
    attachments=[{"kind": "xlsx", "name": "2027新春号_価格改定案_最終.xlsx",
                  "page_header": "社外秘",
                  "sheets": {"改定案": [["【社外秘】2027新春号 価格改定案", "", "", ""],
                                        ["商品コード", "商品名", "現行価格", "改定後価格"],
                                        ["HN-T0112", "羽毛ひざ掛け", 5280, 5720],
                                        ["HN-T0240", "ガーゼケット", 4620, 4980],
                                        ["HN-F0031", "いくら醤油漬", 4980, 5480],
                                        ["HN-F0044", "たらば蟹 1kg", 12800, 13800],
                                        ["HN-E0015", "卓上IH調理器", 8800, 8800]]}}],
    entities=[], detectors=["confidential_marking"],
    note="subject and spreadsheet stamped 【社外秘】 sent to the printer",
)

add(
    id="tsuhan-036", expect="stop", charset="iso-2022-jp",
    sender=frm("fujishiro"),
    to=["大河内 様 <okochi@nishiki-insatsu.co.jp>"],
    subject="年賀DM 宛名データ送付（パスワード別送）",
    body=f"""大河内様

お世話になっております。藤代です。

年賀DM（2027）の宛名データをお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

 ファイル名：nenga_dm_2027.zip
 件数　　　：12,840件

よろしくお願いいたします。

{sig("fujishiro")}
""",
    attachments=[{"kind": "zip", "name": "nenga_dm_2027.zip", "password": "Hn#2611nenga",
                  "files": [{"kind": "csv", "name": "nenga_dm_2027.csv", "encoding": "cp932",
                             "rows": [["顧客番号", "郵便番号", "住所", "氏名"]] +
                             [[p["cid"], p["zip"], p["addr"], name(p)] for p in take(30)]}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the printer: the attachment cannot be inspected",
)

add(
    id="tsuhan-037", expect="pass", charset="iso-2022-jp",
    sender=frm("fujishiro"),
    to=["大河内 様 <okochi@nishiki-insatsu.co.jp>"],
    subject="パスワードのご連絡（年賀DM 宛名データ）",
    body=f"""大河内様

先ほどお送りしたファイルのパスワードをお知らせします。

 nenga_dm_2027.zip
 パスワード：Hn#2611nenga

解凍できない場合はご連絡ください。

藤代
""",
    entities=[], detectors=[],
    note="the separate password mail: no attachment, no personal data",
)

_ps = take(10)
_lines = "\n".join(f"{p['cid']},{name(p)},{kana(p)},{p['zip']},{p['addr']},{p['home']},{p['email']}"
                   for p in _ps)
add(
    id="tsuhan-038", expect="stop", charset="iso-2022-jp",
    sender=frm("kanno"),
    to=["矢吹 様 <yabuki@tsubasa-system.jp>"],
    subject="Re: 顧客マスタ 文字化け事象のサンプル提供のお願い",
    body=f"""矢吹様

菅野です。お待たせしました。
文字化けが起きている顧客レコードを10件抜き出しました（本番データです）。
旧字体や外字を含むものを選んでいます。カンマ区切りでそのまま貼り付けます。

顧客番号,氏名,フリガナ,郵便番号,住所,電話番号,メールアドレス
{_lines}

調査が終わりましたら、このメールは削除をお願いします。

{sig("kanno")}

> 菅野様
>
> ツバサシステムの矢吹です。
> 新システムへの試験移行で、一部の顧客の氏名・住所が「?」に化ける事象が出ております。
> 原因調査のため、該当レコードのサンプルをご提供いただけないでしょうか。
> 件数は10件程度で十分です。
>
> 矢吹
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="reply whose new text holds ten real customer records, comma-separated, for a vendor's bug hunt",
)

_ps = take(8)
_rows = [["お名前", "郵便番号", "ご住所", "生年月日"]]
for i, p in enumerate(_ps):
    d = p["dob"].replace(year=1938 + i * 2 + (i % 3))
    _rows.append([name(p, "\u3000"), zen(p["zip"]), zen(p["addr"]), wareki(d, "zen")])
add(
    id="tsuhan-039", expect="stop", charset="shift_jis",
    sender=frm("fujishiro"),
    to=["大河内 様 <okochi@nishiki-insatsu.co.jp>"],
    subject="敬老の日 お祝いはがき 差込データ（米寿・喜寿・古希のお客様）",
    body=f"""錦印刷 大河内様

お世話になっております。藤代です。
敬老の日のお祝いはがき（節目のお歳を迎えるお客様向け）の差込データです。
はがき本文に「○○歳のお誕生日」と入れるため、生年月日を残しています。
件数が少ないので本文に貼り付けます。

{padded(_rows, fill=chr(0x3000), gap=2, rule="－")}

はがきのデザインは前年と同じ「菊」でお願いします。

{sig("fujishiro")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="eight elderly customers with address and 和暦 birth date in full-width digits, padded with full-width spaces",
)

add(
    id="tsuhan-040", expect="pass", charset="utf-8",
    sender=frm("kishimoto"),
    to=["Brian Holt <brian.holt@greenleaf-naturals.com>"],
    cc=["r-terakado@hinode-sangyo.co.jp"],
    subject="PO GL-2612 confirmation and shipping schedule",
    body=f"""Dear Brian,

Thank you for your quotation of October 28. We are pleased to confirm purchase
order GL-2612 as follows:

  SKU        Description                      Qty     Unit (USD)
  GL-VC500   Vitamin C 500mg, 120 caps        2,400   6.80
  GL-OM3     Omega-3 Fish Oil, 90 softgels    1,800   9.40
  GL-MG200   Magnesium Glycinate, 120 caps    1,200   8.15

Incoterms: FOB Los Angeles. Payment: T/T 30 days after B/L date.
Please ship by December 4 so that the goods arrive at our Ichikawa warehouse
before our New Year catalogue goes out. Labels must carry the Japanese
importer sticker (artwork attached to my previous e-mail).

Best regards,
{sig("kishimoto")}

{DISC_EN}
""",
    entities=[], detectors=[],
    note="English purchase order to a foreign supplier with the standard disclaimer",
)


# =======================================================================================
# 041–060
# =======================================================================================

_ps = take(5)
_cb = [["チャージバック通知一覧（10月受付分）", "", "", "", "", ""],
       ["作成：日の出産業 経理チーム", "", "", "", "", ""],
       ["通知日", "受注番号", "カード名義", "カード番号", "金額", "理由コード"]]
for i, p in enumerate(_ps):
    c = _card()
    _cb.append([f"2026/10/{5 + i * 4:02d}", order_no(), romaji_jp(p), f"{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}",
                amount(), ["10.4", "13.1", "4837", "10.4", "13.3"][i]])
add(
    id="tsuhan-041", expect="stop", charset="utf-8",
    sender=frm("iwabuchi"),
    to=["かえでペイメント リスク管理部 <risk@kaede-payment.co.jp>"],
    subject="チャージバック5件 反論資料のご提出",
    body=f"""株式会社かえでペイメント
リスク管理部 御中

お世話になっております。日の出産業（加盟店ID：HND-440182）経理の岩渕です。

10月にご通知いただいたチャージバック5件について、反論資料を提出いたします。
いずれも青葉運輸の配達完了記録（受領サイン付き）を確認済みです。
一覧はExcelの「一覧」シート、配達記録は「配達証跡」シートにまとめています。

ご確認のほど、よろしくお願いいたします。

{sig("iwabuchi")}
""",
    attachments=[{"kind": "xlsx", "name": "CB反論資料_202610.xlsx",
                  "sheets": {"一覧": _cb,
                             "配達証跡": [["受注番号", "伝票番号", "配達完了日時", "受領"]] +
                                        [[r[1], slip(), f"{r[0]} 15:2{i}", "手渡し（サイン）"]
                                         for i, r in enumerate(_cb[3:])]}}],
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="XLSX with five customers' full card numbers and card-holder names sent to the card processor",
)

add(
    id="tsuhan-042", expect="pass", charset="iso-2022-jp",
    sender=frm("iwabuchi"),
    to=["かえでペイメント リスク管理部 <risk@kaede-payment.co.jp>"],
    subject="不正利用の疑いがある注文について（照会）",
    body=f"""かえでペイメント リスク管理部 御中

お世話になっております。日の出産業 経理の岩渕です。

本日、以下の注文について不正利用の疑いがあるため、出荷を保留しております。
3Dセキュア認証は通過しておりますが、配送先が過去に不正のあった転送業者の
住所と一致しております。与信状況をご確認いただけますでしょうか。

 取引ID　　：KP-20261103-0088412
 受注番号　：{order_no()}
 カード番号：下4桁 7306（ブランド：VISA）
 決済金額　：32,780円
 配送先　　：東京都江東区の倉庫型転送サービス（法人）

ご回答をいただくまで出荷は止めておきます。

{sig("iwabuchi")}
""",
    entities=[], detectors=[],
    note="fraud enquiry with transaction ID and only the last four card digits; no personal data",
)

add(
    id="tsuhan-043", expect="stop", charset="shift_jis",
    sender=frm("fujishiro"),
    to=["大河内 様 <okochi@nishiki-insatu.co.jp>"],
    subject="新春号 初校戻し（P.1〜P.48）",
    body=f"""大河内様

お世話になっております。藤代です。
新春号の初校戻し（P.1〜P.48）をお送りします。赤字はPDFに書き込んでいます。

主な修正：
 ・P.12 たらば蟹の価格 12,800円 → 13,800円
 ・P.27 商品写真の差し替え（北国フーズさんから新カットあり）
 ・P.40 フリーダイヤルの受付時間 9:00-18:00 → 9:00-20:00

後半（P.49〜P.96）は明日午前中にお戻しします。

{sig("fujishiro")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="ordinary proof return, but to nishiki-insatu.co.jp (letter dropped from nishiki-insatsu.co.jp)",
)

add(
    id="tsuhan-044", expect="pass", charset="utf-8",
    sender=frm("fujishiro"),
    to=["大河内 様 <okochi@nishiki-insatsu.co.jp>", "花火エージェンシー 芦田 様 <ashida@hanabi-ad.co.jp>"],
    subject="新春号 撮影・入稿スケジュールの調整（錦印刷様・花火エージェンシー様）",
    body=f"""錦印刷 大河内様
花火エージェンシー 芦田様

お世話になっております。日の出産業の藤代です。

新春号の表紙撮影が1日ずれ込んだため、入稿スケジュールの再調整をお願いいたします。

 ・表紙撮影：11/12（木）→ 11/13（金）スタジオ・ウミネコ
 ・表紙データ入稿（花火→錦）：11/16（月）中
 ・表紙校正：11/18（水）

花火エージェンシー様からは撮影データを直接錦印刷様へお渡しいただく形で
問題ないでしょうか。お二方のご都合をお聞かせください。

{sig("fujishiro")}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="ordinary scheduling mail to two external organisations (printer and agency)",
)

_p = take(1)[0]
_lic = f"30{(_p['dob'].year + 18) % 100:02d}{_ORDER.randrange(10000000, 99999999)}"
add(
    id="tsuhan-045", expect="stop", charset="utf-8",
    sender=frm("iwabuchi"),
    to=["後払いワン 審査センター <shinsa@atobarai-one.jp>"],
    subject="与信保留案件の本人確認情報の送付（申込番号 AO-7781204）",
    body=f"""株式会社後払いワン
審査センター ご担当者様

お世話になっております。日の出産業 経理チームの岩渕です。

与信保留となっている申込番号 AO-7781204 について、お客様から本人確認書類の
提示がありましたので、内容をお知らせします。再審査をお願いいたします。

 氏名　　　　：{name(_p)}（{kana(_p)}）
 生年月日　　：{wareki(_p['dob'])}
 住所　　　　：〒{_p['zip']} {_p['addr']}
 本人確認書類：運転免許証
 免許証番号　：第{_lic}号
 有効期限　　：令和10年{_p['dob'].month}月{_p['dob'].day}日まで

ご注文金額は 24,200円（ご注文番号 {order_no()}）です。

{sig("iwabuchi")}
""",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a customer's driver's licence number with name, birth date and address sent to a deferred-payment screener",
)

_ps = take(6)
_rows = [["ﾌﾘｶﾞﾅ", "電話番号", "伝票番号", "代引金額", "理由"]]
for i, p in enumerate(_ps):
    _rows.append([hankana(p), p["mobile"], slip(), yen(amount() + 330),
                  ["受取拒否", "不在・保管期限切れ", "受取拒否", "住所不明", "受取拒否", "不在・保管期限切れ"][i]])
add(
    id="tsuhan-046", expect="stop", charset="utf-8",
    sender=frm("nagao"),
    to=["青葉運輸 代引精算課 <daibiki@aoba-unyu.co.jp>"],
    subject="代金引換 返送分（10月）の精算確認",
    body=f"""青葉運輸 代引精算課 御中

お世話になっております。日の出産業 物流課の長尾です。
10月分の代引返送について、弊社側で把握している6件と、御社の精算明細に
差異がありましたので照合をお願いします。（名前は送り状のカナ表記です）

{padded(_rows)}

御社の明細では5件となっておりますが、弊社では上記6件を返送受領しています。
ご確認のほどよろしくお願いいたします。

{sig("nagao")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="padded list of six cash-on-delivery customers (half-width kana names, mobiles) to the carrier",
)

_ps = take(3)
add(
    id="tsuhan-047", expect="pass", charset="shift_jis",
    sender=frm("mikami"),
    to=["青葉運輸 京葉営業所 <keiyo@aoba-unyu.co.jp>"],
    subject="再配達のご依頼（お客様からお電話あり・3件）",
    body=f"""青葉運輸 京葉営業所 御中

お世話になっております。日の出産業 顧客サービス課の三上です。
お客様から弊社に再配達のご依頼が入りましたので、手配をお願いいたします。

(1) {slip()} {name(_ps[0])}様 TEL {_ps[0]['mobile']} 11/6 19-21時
(2) {slip()} {name(_ps[1])}様 TEL {_ps[1]['home']} 11/7 午前中
(3) {slip()} {name(_ps[2])}様 TEL {_ps[2]['mobile']} 11/6 18-20時

よろしくお願いいたします。

{sig("mikami")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three redelivery requests with name and phone: under five people, may warn but passes",
)

_ps = take(8)
_rows = [["口座振替依頼明細（2026年11月27日引落分）"], ["委託者コード：4410027 日の出産業株式会社"], [],
         ["No", "預金者名（カナ）", "銀行コード", "銀行名", "支店コード", "支店名", "預金種目", "口座番号", "引落金額", "顧客番号"]]
for i, p in enumerate(_ps):
    _rows.append([i + 1, kana(p), p["bcode"], p["bank"], p["brcode"], p["branch"], "普通", p["acct"],
                  amount(), p["cid"]])
add(
    id="tsuhan-048", expect="stop", charset="iso-2022-jp",
    sender=frm("iwabuchi"),
    to=["桐生 様 <kiryu@midori-ginko.co.jp>"],
    subject="口座振替 追加依頼分（定期便 11月）",
    body=f"""みどり銀行 浜松町支店
法人営業課 桐生様

いつもお世話になっております。日の出産業 経理の岩渕です。

定期便の口座振替につきまして、伝送の締めに間に合わなかった8件を
Excelでお送りします。お手数ですが、手入力での追加をお願いできますでしょうか。
（次回からは伝送で間に合うよう社内フローを見直します）

{sig("iwabuchi")}
""",
    attachments=[{"kind": "xlsx", "name": "口座振替_追加依頼_202611.xlsx",
                  "sheets": {"依頼明細": _rows,
                             "集計": [["件数", len(_ps)], ["合計金額", "=SUM(依頼明細!I5:I12)"],
                                      ["引落日", "2026/11/27"]]}}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="XLSX with a title block: eight customers' bank accounts for direct debit sent to the bank",
)

add(
    id="tsuhan-049", expect="pass", charset="iso-2022-jp",
    sender=frm("iwabuchi"),
    to=["桐生 様 <kiryu@midori-ginko.co.jp>"],
    subject="入金消込サービス（バーチャル口座）導入のご相談",
    body=f"""みどり銀行 浜松町支店
桐生様

いつもお世話になっております。日の出産業 経理の岩渕です。

先日お話のあったバーチャル口座による入金消込サービスについて、
社内で導入を前向きに検討することになりました。

現状、通販の銀行振込（後払い）は月に約4,200件あり、振込名義と
注文者名が一致しないケースの確認に、経理で月30時間ほどかかっています。

つきましては、以下をお教えいただけますでしょうか。
 1. 口座の発行単位（注文ごと／顧客ごと）と発行可能数の上限
 2. 月額費用・1件あたりの手数料
 3. 入金明細のデータ連携方法（API／ファイル）と連携タイミング
 4. 導入までの標準的な期間

来週以降でご説明のお時間をいただけますと幸いです。

{sig("iwabuchi")}
{DISC_JA2}
""",
    entities=[], detectors=[],
    note="ordinary enquiry to the partner bank about a virtual-account service",
)

_ps = take(12)
_hist = ["高血圧（服薬中）", "なし", "2型糖尿病", "脂質異常症", "なし", "骨粗しょう症", "逆流性食道炎",
         "なし", "うつ病（通院中）", "高血圧・痛風", "なし", "乳がん（術後5年）"]
_rows = [["健康習慣アンケート 回答データ（定期便会員）"], [],
         ["会員番号", "氏名", "生年月日", "性別", "既往歴・治療中の病気", "服用中の薬", "購入商品"]]
for p, h in zip(_ps, _hist):
    _rows.append([p["cid"], name(p), ymd(p["dob"]), "女" if p["sex"] == "F" else "男", h,
                  "あり" if h != "なし" else "なし", ["青汁", "黒酢カプセル", "グルコサミン"][p["n"] % 3]])
add(
    id="tsuhan-050", expect="stop", charset="utf-8",
    sender=frm("udo"),
    to=["花井 様 <hanai@mirai-research.co.jp>"],
    subject="健康習慣アンケート 回答データ（集計・分析のご依頼）",
    body=f"""ミライリサーチ 花井様

お世話になっております。販促課の有働です。
定期便会員向けに実施した健康習慣アンケートの回答データをお送りします。
まずは回収済みの12件で、分析の切り口をご検討いただけますでしょうか。

「回答」シートが元データ、「設問」シートが調査票です。

{sig("udo")}
""",
    attachments=[{"kind": "xlsx", "name": "健康習慣アンケート_回答_第1回.xlsx",
                  "sheets": {"回答": _rows,
                             "設問": [["No", "設問"], ["Q1", "現在治療中、または過去にかかった病気"],
                                      ["Q2", "服用中のお薬の有無"], ["Q3", "健康食品を選ぶ際に重視する点"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named members' medical history (diabetes, depression, cancer…) in an XLSX to a research firm",
)

_p = take(1)[0]
add(
    id="tsuhan-051", expect="pass", charset="iso-2022-jp",
    sender=frm("mikami"),
    to=["r-terakado@hinode-sangyo.co.jp", "m-yamagishi@hinode-sangyo.co.jp"],
    subject="FW: グルコサミン服用後の発疹について（お客様のお申し出）",
    body=f"""寺門さん、山岸さん

お客様相談室に入ったお申し出を共有します（社内限り）。
メーカーへは個人が特定できない形で照会する予定です。

------------------------------------------
受付日時：2026/11/09 14:20
お客様　：{name(_p)} 様（会員番号 {_p['cid']}）
電話　　：{_p['mobile']}
内容　　：グルコサミン（ロット G2607）を飲み始めて3日後に全身に発疹。
　　　　　皮膚科で「薬疹の疑い」と診断され、ステロイドを処方された。
　　　　　甲殻類アレルギーの既往あり。返金と原材料の説明を希望。
------------------------------------------

三上
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=[],
    note="customer's diagnosis shared only with colleagues at hinode-sangyo.co.jp: internal mail passes",
)

add(
    id="tsuhan-052", expect="stop", charset="utf-8",
    sender=frm("kishimoto"),
    to=["Brian Holt <brian.holt@greenleaf-naturals.com>", "Sofia Lindqvist <sofia@nordhem-design.se>"],
    cc=["Aroha Wiremu <aroha@kowhai-honey.co.nz>"],
    subject="Spring 2027 catalogue: imported goods feature - product sample request",
    body=f"""Dear all,

Thank you for your continued support of our mail-order business.

For our Spring 2027 catalogue we are planning a 6-page feature called
"From Around the World", and we would like to feature your products.
Could you each send us the following by November 27?

  - 3 product samples per SKU (for photography)
  - high-resolution images (300 dpi, white background)
  - ingredient / material lists in English
  - your best FOB price for a trial order of 500 units

Samples should be addressed to our Ichikawa warehouse (address in my signature).
Please mark the parcel "Sample - No commercial value".

Kind regards,
{sig("kishimoto")}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="one mail to three unrelated foreign suppliers in To/Cc: three external organisations see each other",
)

add(
    id="tsuhan-053", expect="stop", charset="shift_jis",
    sender=frm("udo"),
    to=["花火エージェンシー 芦田 様 <ashida@hanabi-ad.co.jp>"],
    subject="2026年度上期 チャネル別売上データ（広告計画用）",
    body=f"""花火エージェンシー 芦田様

お世話になっております。販促課の有働です。
来期の広告計画のご提案に向けて、上期のチャネル別売上データをお送りします。
顧客単位のデータは含まれておりません。

{sig("udo")}
""",
    attachments=[{"kind": "xlsx", "name": "上期チャネル別売上_2026H1.xlsx",
                  "page_header": "Confidential - 日の出産業株式会社",
                  "page_footer": "Confidential / 取扱注意",
                  "sheets": {"サマリ": [["Confidential", "", "", ""],
                                        ["2026年度上期 チャネル別売上", "", "", ""],
                                        ["チャネル", "売上（百万円）", "前年比", "新規顧客数"],
                                        ["紙カタログ", 3120, "94%", 18200],
                                        ["Webショップ", 2480, "118%", 41500],
                                        ["電話（テレビ通販連動）", 860, "102%", 6900],
                                        ["モール出店", 1340, "131%", 22800]],
                             "月別": [["月", "カタログ", "Web", "電話", "モール"],
                                      ["4月", 520, 390, 140, 200], ["5月", 498, 402, 151, 215],
                                      ["6月", 505, 415, 139, 221], ["7月", 540, 420, 145, 230],
                                      ["8月", 497, 418, 138, 236], ["9月", 560, 435, 147, 238]]}}],
    entities=[], detectors=["confidential_marking"],
    note="spreadsheet stamped Confidential / 取扱注意 in header, footer and first cell sent to an ad agency",
)

add(
    id="tsuhan-054", expect="pass", charset="utf-8",
    sender=frm("udo"),
    to=["花火エージェンシー 芦田 様 <ashida@hanabi-ad.co.jp>"],
    subject="Re: 新聞折込のターゲット設定について（年代別・地域別の顧客構成）",
    body=f"""芦田様

お世話になっております。有働です。
ご依頼の顧客構成（2026年9月末時点、直近1年購入者）をお送りします。

【年代別】
  30代以下   8.2%
  40代      14.6%
  50代      22.9%
  60代      28.4%
  70代以上  25.9%

【地域別（上位5）】
  東京都    14.1%
  神奈川県   9.8%
  埼玉県     7.2%
  大阪府     6.9%
  千葉県     6.4%

女性比率は 71% です。集計値のみで、個人を特定できる情報は含んでいません。
新聞折込は60代以上の比率が高い首都圏の郊外エリアを中心にご検討ください。

{sig("udo")}

> 有働様
> 新聞折込の配布エリアを検討するにあたり、年代・地域別の顧客構成を
> いただけないでしょうか。集計値で結構です。
> 花火エージェンシー 芦田
""",
    entities=[], detectors=[],
    note="aggregate customer statistics only (percentages by age band and prefecture)",
)

_p = take(1)[0]
add(
    id="tsuhan-055", expect="stop", charset="iso-2022-jp",
    sender=frm("ikawa"),
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"], cc=["akimoto@shirakawa-law.jp"],
    subject="【ご相談】なりすまし注文（後払い）の件 続報",
    body=f"""白川法律事務所
白川先生、秋元先生

いつもお世話になっております。日の出産業 総務部法務の井川です。

先日ご相談した、後払いのなりすまし注文の件で進展がありましたのでご報告します。
名義を使われたとおっしゃる方から、本人確認のため健康保険証の写しが届きました。

 氏名　　　　：{name(_p)}
 生年月日　　：{wareki(_p['dob'], 'short')}
 住所　　　　：{_p['addr']}
 保険証　　　：全国健康保険協会 被保険者証
 記号・番号　：記号 {_ORDER.randrange(1000000, 9999999)} 番号 {_ORDER.randrange(10, 300)}（枝番 00）

ご本人は「注文していない、届いた商品も見ていない」とのことで、
配送先は同じマンションの別の部屋番号でした。
請求を取り下げるべきか、被害届を促すべきか、ご意見をいただけますでしょうか。

{sig("ikawa")}
""",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a person's health-insurance card symbol and number (with birth date, address) sent to the law firm",
)

add(
    id="tsuhan-056", expect="pass", charset="iso-2022-jp",
    sender=frm("ikawa"),
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    subject="【ご相談】定期便の解約トラブル（消費生活センター経由の申出）",
    body=f"""白川先生

いつもお世話になっております。法務の井川です。

定期便の解約をめぐって、消費生活センター経由でお申し出があった件についてご相談です。
お客様（以下「A様」）の主張と当社の対応は以下のとおりです。

 ・A様：初回お試し価格の申込画面で、定期便であることが分かりにくかった
 ・当社：申込画面に「定期便（4回以上の継続が条件）」と表示し、確認画面でも再表示
 ・A様は3回目までの代金（計 11,880円）の返金を求めている

改正特定商取引法の「最終確認画面」の表示義務との関係で、当社の画面表示に
問題がないか、ご見解をいただけますでしょうか。画面キャプチャは来週の
打合せでお持ちします。

{sig("ikawa")}
""",
    entities=[], detectors=[],
    note="legal consultation about a dispute with the customer anonymised as A様; no personal data",
)

add(
    id="tsuhan-057", expect="stop", charset="utf-8",
    sender=frm("nagao"),
    to=["鶴見 様 <tsurumi@hoshizora-logi.co.jp>"],
    subject="12月前半 出荷予定表（人員計画用）",
    body=f"""鶴見様

お世話になっております。長尾です。
12月前半の出荷予定表をお送りします。日別の予定個数と、ギフト包装の比率を
記載していますので、庫内人員の計画にお使いください。

{sig("nagao")}
""",
    attachments=[{"kind": "corrupt", "name": "出荷予定表_202612前半.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be opened or inspected",
)

_rc = [f"{a}{b}{_ORDER.randrange(10000000, 99999999)}{c}" for a, b, c in (("A", "B", "FA"), ("K", "M", "CE"))]
add(
    id="tsuhan-058", expect="stop", charset="iso-2022-jp",
    sender=frm("tsuboi"),
    to=["絆スタッフサービス 市川営業所 <ichikawa@kizuna-staff.co.jp>"],
    subject="市川物流センター 派遣スタッフ様の在留資格確認について",
    body=f"""絆スタッフサービス株式会社
市川営業所 ご担当者様

お世話になっております。日の出産業 人事総務部の坪井です。

12月から市川物流センターに来ていただく派遣スタッフ様のうち、下記2名の方について、
弊社の入館証発行のため在留カードの記載内容を確認させていただきました。
在留期限が派遣期間中に到来する方がいらっしゃるため、更新手続きの状況を
ご確認いただけますでしょうか。

 ・NGUYEN THI THU HA 様　在留カード番号 {_rc[0]}　在留資格：留学（資格外活動許可あり）　在留期限：2027年1月15日
 ・DELA CRUZ MARIA LUISA 様　在留カード番号 {_rc[1]}　在留資格：家族滞在　在留期限：2027年9月30日

よろしくお願いいたします。

{sig("tsuboi")}
""",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="two workers' residence-card numbers and status sent to the staffing agency",
)

add(
    id="tsuhan-059", expect="pass", charset="iso-2022-jp",
    sender=frm("horinouchi"),
    to=["tsuhan-managers@hinode-sangyo.co.jp"],
    subject="【社外秘】2027年度 通販事業部 事業計画（ドラフト）",
    body=f"""通販事業部 課長各位

堀之内です。
2027年度の事業計画ドラフトを添付します。社外秘扱いでお願いします。
各課の数値目標と施策について、11/20の部会までにコメントをください。

堀之内
""",
    attachments=[{"kind": "docx", "name": "2027年度_通販事業部_事業計画_draft.docx",
                  "page_header": "社外秘", "title": "2027年度 通販事業部 事業計画",
                  "paragraphs": ["社外秘", "2027年度 通販事業部 事業計画（ドラフト v0.3）",
                                 "1. 売上目標：95億円（前年比 106%）",
                                 "2. 重点施策：紙カタログの発行部数最適化、Web定期便の拡大、モール出店の拡充",
                                 "3. 物流：星空ロジスティクスへの一部委託を拡大、自社センターは返品・ギフトに特化",
                                 "4. 投資：受注システム刷新（ツバサシステム）2.4億円"]}],
    entities=[], detectors=[],
    note="document marked 社外秘 sent only to an internal list at hinode-sangyo.co.jp",
)

_p = take(1)[0]
_pp = f"T{chr(65 + _p['n'] % 26)}{_ORDER.randrange(1000000, 9999999)}"
add(
    id="tsuhan-060", expect="stop", charset="utf-8",
    sender=frm("kishimoto"),
    to=["Jenny Alvarez <jenny.alvarez@pacbridge-logistics.com>"],
    subject="Re: Customs hold - shipment PB-88031 (Singapore)",
    body=f"""Hi Jenny,

Thanks for the heads-up. The consignee is a Japanese customer currently living in
Singapore, so Singapore Customs needs her passport details for the GST relief.
Here they are, as she gave them to our call centre:

  Name (as in passport): {romaji_jp(_p).upper()}
  Nationality: Japan
  Passport No.: {_pp}
  Date of birth: {_p['dob'].strftime('%d %b %Y')}
  Expiry: 14 Mar 2031

Please pass them to the broker and let me know once the parcel is released.

Best,
{sig("kishimoto")}

On Tue, Nov 10, 2026 at 9:14 AM Jenny Alvarez <jenny.alvarez@pacbridge-logistics.com> wrote:
> Hi Ken,
> Shipment PB-88031 is on hold at Changi. The broker needs the consignee's
> passport number and date of birth to complete the declaration.
> Jenny
""",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="English reply giving a customer's passport number and birth date to a forwarder",
)


# =======================================================================================
# 061–080
# =======================================================================================

add(
    id="tsuhan-061", expect="pass", charset="iso-2022-jp",
    sender=frm("nagao"),
    to=["鶴見 様 <tsurumi@hoshizora-logi.co.jp>"],
    subject="年末年始の緊急連絡先について",
    body=f"""鶴見様

お世話になっております。長尾です。
年末年始（12/29〜1/4）の弊社側の緊急連絡先をお知らせします。
出荷トラブルや設備の不具合など、急ぎのご連絡は下記へお願いします。

 物流課 長尾 健太（業務用携帯）090-6628-3140
 ※つながらない場合は物流課代表 047-328-5510（1/4以降）

御社側の当番の方のご連絡先も、分かり次第お知らせいただけますと助かります。

{sig("nagao")}
""",
    entities=[], detectors=[],
    note="one contact person (the sender's own business mobile): ordinary business contact",
)

_p = take(1)[0]
add(
    id="tsuhan-062", expect="stop", charset="shift_jis",
    sender=frm("mikami"),
    to=["鶴見 様 <tsurumi@hoshizora-logi.co.jp>"],
    subject="【要対応】送り状の記載変更のお願い（特定のお客様）",
    body=f"""鶴見様

お世話になっております。顧客サービス課の三上です。
1件、出荷時に特別な対応をお願いしたいお客様がいらっしゃいます。

 お客様：{name(_p)} 様（会員番号 {_p['cid']}）
 住所　：〒{_p['zip']} {_p['addr']}

お客様は元交際相手からのストーカー被害に遭っており、現在警察に相談中とのことです。
転居先の住所を相手に知られないよう、以下の対応をお願いいたします。

 ・送り状の「ご依頼主」欄は「日の出通販」のみとし、お客様の旧住所は記載しない
 ・品名は「日用品」とし、具体的な商品名を書かない
 ・配達時の置き配は不可、対面受取のみ

WMS上のこのお客様のレコードに注意フラグを立てていただけますでしょうか。

{sig("mikami")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named customer's new address with the fact that she is a stalking victim: crime-victim data, special care",
)

add(
    id="tsuhan-063", expect="stop", charset="iso-2022-jp",
    sender=frm("iwabuchi"),
    to=["桐生 様 <kiryu@midori-ginkou.co.jp>"],
    subject="インターネットバンキング 振込上限額の変更について",
    body=f"""みどり銀行 浜松町支店
桐生様

いつもお世話になっております。日の出産業 経理の岩渕です。

年末の仕入支払いが集中するため、法人インターネットバンキングの
1日あたりの振込上限額を、12月の1か月間だけ 5,000万円 → 8,000万円 に
引き上げたいと考えております。

必要な書類と手続きの流れをご教示いただけますでしょうか。

{sig("iwabuchi")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="ordinary bank mail sent to midori-ginkou.co.jp, a look-alike of midori-ginko.co.jp (letter added)",
)

add(
    id="tsuhan-064", expect="pass", charset="shift_jis",
    sender=frm("fujishiro"),
    to=["花火エージェンシー 芦田 様 <ashida@hanabi-ad.co.jp>"],
    subject="Web広告用 商品画像と商品リストの送付",
    body=f"""芦田様

お世話になっております。藤代です。
年末セールのバナー制作用に、商品画像（PNG）と対象商品のリストを
ZIPにまとめてお送りします。

 ・画像：各商品1カット（白背景）
 ・商品リスト（CSV）：商品コード・商品名・通常価格・セール価格

バナーは3サイズ（300×250 / 728×90 / 1080×1080）でお願いします。

{sig("fujishiro")}
""",
    attachments=[{"kind": "zip", "name": "yearend_sale_assets.zip",
                  "files": [{"kind": "png", "name": "HN-T0112.png"},
                            {"kind": "png", "name": "HN-F0044.png"},
                            {"kind": "png", "name": "HN-E0015.png"},
                            {"kind": "csv", "name": "sale_items.csv", "encoding": "cp932",
                             "rows": [["商品コード", "商品名", "通常価格", "セール価格"],
                                      ["HN-T0112", "羽毛ひざ掛け", "5720", "4980"],
                                      ["HN-F0044", "たらば蟹 ボイル 1kg", "13800", "11800"],
                                      ["HN-E0015", "卓上IH調理器", "8800", "6980"]]}]}],
    entities=[], detectors=[],
    note="ZIP of product images and a price list: no personal data",
)

_ps = take(3)
_rows = [["氏名", "生年月日", "住所", "基礎年金番号", "入社日"]]
for i, p in enumerate(_ps):
    _dob = p["dob"].replace(year=1971 + 11 * i, day=min(p["dob"].day, 28))
    _rows.append([name(p), wareki(_dob), p["addr"],
                  f"{_ORDER.randrange(1000, 9999)}-{_ORDER.randrange(100000, 999999)}", "2026/12/01"])
add(
    id="tsuhan-065", expect="stop", charset="iso-2022-jp",
    sender=frm("tsuboi"),
    to=["星野社会保険労務士事務所 <office@hoshino-sr.jp>"],
    subject="資格取得届の作成依頼（受注センター 契約社員3名）",
    body=f"""星野社会保険労務士事務所
星野先生

いつもお世話になっております。日の出産業 人事総務部の坪井です。

12月1日付で受注センター（通販事業部）に契約社員3名が入社します。
健康保険・厚生年金の資格取得届の作成をお願いいたします。

{padded(_rows)}

標準報酬月額の算定基礎は、いずれも月給 220,000円です。
扶養家族はおりません。

{sig("tsuboi")}
""",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="three new hires' basic pension numbers with birth date and address to the labour consultant",
)

add(
    id="tsuhan-066", expect="pass", charset="shift_jis",
    sender=frm("yamagishi"),
    to=["hiro-t.0522@docomo.ne.jp"],
    subject="【日の出通販】カタログ発送のお知らせ",
    body=f"""このたびは日の出通販のカタログをご請求いただき、ありがとうございます。

ご請求いただいた「2027 新春号」を本日、メール便にて発送いたしました。
お手元には2〜4日ほどでお届けの予定です。

カタログに同封のハガキ、お電話（0120-41-7788）、またはWebショップから
ご注文いただけます。初回ご注文の方は送料無料です。

今後ともよろしくお願いいたします。

{sig("yamagishi")}
""",
    entities=[], detectors=["freemail_recipient"],
    note="catalogue-sent notice to one private person's carrier address; no personal data in it",
)

add(
    id="tsuhan-067", expect="pass", charset="shift_jis",
    sender=frm("terakado"),
    to=["熊谷 様 <kumagai@kitaguni-foods.co.jp>"],
    subject="Re: 年末商材の在庫状況（弊社倉庫分）",
    body=f"""熊谷様

お世話になっております。寺門です。
弊社市川センターの在庫を、御社の旧フォーマット（.xls）に合わせてお送りします。
追加発注の判断材料にしていただければと思います。

{sig("terakado")}

> 寺門様
> 年末商材の追加生産の判断をしたく、御社倉庫の在庫数をいただけますか。
> いつものxlsの様式でお願いできれば助かります。
> 北国フーズ 熊谷
""",
    attachments=[{"kind": "xls", "name": "在庫報告_日の出産業_1110.xls",
                  "sheets": {"在庫": [["商品コード", "商品名", "在庫数", "引当済", "有効在庫"],
                                      ["KF-1021", "いくら醤油漬 250g", 1840, 1210, 630],
                                      ["KF-1044", "たらば蟹 ボイル 1kg", 920, 880, 40],
                                      ["KF-1102", "帆立貝柱 500g", 1300, 640, 660],
                                      ["KF-2033", "松前漬 詰合せ", 2100, 950, 1150]],
                             "メモ": [["集計日", "2026/11/10"], ["倉庫", "日の出市川物流センター"]]}}],
    entities=[], detectors=[],
    note="legacy XLS stock report to a supplier: product data only",
)

add(
    id="tsuhan-068", expect="stop", charset="utf-8",
    sender=frm("nagao"),
    to=["小田切 様 <odagiri@kanto-fulfill.co.jp>"],
    subject="物流委託 条件書のご送付（NDA締結済み）",
    body=f"""関東フルフィルメント株式会社
小田切様

お世話になっております。日の出産業 物流課の長尾です。
秘密保持契約の締結、ありがとうございました。

お約束していた物流委託の条件書をお送りします。
出荷実績と現行の委託料金を記載しておりますので、
お見積りの前提としてお使いください。

{sig("nagao")}
""",
    attachments=[{"kind": "docx", "name": "物流委託条件書_v1.docx", "title": "物流委託 条件書",
                  "page_header": "部外秘", "page_footer": "日の出産業株式会社 部外秘 無断複製禁止",
                  "paragraphs": ["【部外秘】物流委託 条件書 v1",
                                 "1. 委託範囲：入荷検品、保管、ピッキング、梱包（ギフト包装含む）、出荷、返品入庫",
                                 "2. 現行出荷実績：月平均 95,000個、ピーク 150,000個（12月）",
                                 "3. 現行委託単価（参考）：保管 1パレット 3,200円/月、出荷 1件 210円",
                                 "4. SLA：当日15時受注分の当日出荷率 99.5%以上、誤出荷率 0.005%以下"],
                  "tables": [[["項目", "現行（星空ロジ）", "ご提案依頼"],
                              ["出荷作業単価", "210円/件", "—"],
                              ["ギフト包装", "120円/件", "—"],
                              ["返品入庫", "180円/件", "—"]]]}],
    entities=[], detectors=["confidential_marking"],
    note="DOCX stamped 部外秘 in header and title sent to a prospective logistics vendor (NDA does not lift the marking)",
)

_sup = [["取引先名", "法人番号", "代表電話", "所在地", "区分"],
        ["北国フーズ株式会社", _corp("430001027715"), "0138-22-4100", "北海道函館市豊川町12-8", "食品"],
        ["川崎電機株式会社", _corp("020001061842"), "044-211-3800", "神奈川県川崎市川崎区駅前本町11-2", "家電"],
        ["株式会社はなみずきコスメ", _corp("011001117340"), "03-6805-2210", "東京都渋谷区神宮前5-2-6", "化粧品"],
        ["丸福紙器株式会社", _corp("040001033618"), "047-436-1122", "千葉県船橋市栄町2-14-3", "資材"],
        ["やまびこ介護用品株式会社", _corp("180001092264"), "052-932-5570", "愛知県名古屋市東区泉1-9-4", "介護用品"],
        ["Greenleaf Naturals, Inc.", "—", "+1-310-555-0142", "Los Angeles, CA, USA", "輸入"]]
add(
    id="tsuhan-069", expect="pass", charset="utf-8",
    sender=frm("kanno"),
    to=["ツバサシステム 導入チーム <dounyu@tsubasa-system.jp>"],
    subject="新受注システム 仕入先マスタ 初期登録データ",
    body=f"""ツバサシステム 導入チーム御中

お世話になっております。情報システム部の菅野です。
仕入先マスタの初期登録用データ（6社）をお送りします。
インボイス対応のため法人番号を登録番号の照合キーに使います。

{sig("kanno")}
""",
    attachments=[{"kind": "csv", "name": "supplier_master_init.csv", "encoding": "utf-8", "rows": _sup}],
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="list of supplier companies with corporate numbers and switchboards: businesses, not people",
)

_p = take(1)[0]
add(
    id="tsuhan-070", expect="stop", charset="utf-8",
    sender=frm("kishimoto"),
    to=["Brian Holt <brian.holt@greenleaf-naturals.com>"], cc=["qa@greenleaf-naturals.com"],
    subject="URGENT: adverse reaction report - Omega-3 Fish Oil lot OM3-2609",
    body=f"""Dear Brian, dear QA team,

We have received a serious adverse event report concerning your Omega-3 Fish Oil
(lot OM3-2609) sold in our catalogue.

  Customer: {romaji(_p)} ({age(_p['dob'])}, {'female' if _p['sex'] == 'F' else 'male'}), {_p['pref']} prefecture
  Date of event: November 7, 2026
  Details: took two softgels after breakfast, developed hives and breathing
  difficulty within 30 minutes, was taken to hospital by ambulance and diagnosed
  with anaphylaxis. The customer has a known fish allergy which the attending
  physician believes was triggered by the product; hospitalised for two nights.

Please confirm the allergen labelling of this lot and whether any similar reports
have been received. We have suspended sales pending your reply.

Regards,
{sig("kishimoto")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English mail naming a customer with a diagnosis (anaphylaxis, hospitalisation): special-care medical data",
)

_ps = take(8)
_inner = tsv([["会員番号", "氏名", "メール", "携帯", "年間購入額"]] +
             [[p["cid"], name(p), p["email"], p["mobile"], yen(_ORDER.randrange(150, 900) * 1000)] for p in _ps])
add(
    id="tsuhan-071", expect="stop", charset="utf-8",
    sender=frm("udo"),
    to=["花火エージェンシー 芦田 様 <ashida@hanabi-ad.co.jp>"],
    subject="FW: プラチナ会員向け 新春ご招待DMの対象者",
    body=f"""芦田様

お世話になっております。有働です。
新春ご招待DMの対象者について、社内で確定したメールを転送します（添付）。
このメンバー向けに、個別の招待状デザインをご提案いただけますでしょうか。

{sig("udo")}
""",
    attachments=[{"kind": "eml", "name": "プラチナ会員向け 新春ご招待DMの対象者.eml",
                  "message": {"sender": "有働 早紀 <s-udo@hinode-sangyo.co.jp>",
                              "to": ["m-horinouchi@hinode-sangyo.co.jp"], "charset": "utf-8",
                              "subject": "プラチナ会員向け 新春ご招待DMの対象者",
                              "body": "堀之内部長\n\n新春ご招待DMの対象者（年間購入額上位8名）が確定しました。\n\n"
                                      f"{_inner}\n\nこの8名に招待状と記念品をお送りします。\n有働\n"}}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="an internal mail attached as .eml and forwarded to an agency: eight members' e-mail and mobile",
)

add(
    id="tsuhan-072", expect="pass", charset="iso-2022-jp",
    sender=frm("terakado"),
    to=["鶴見 様 <tsurumi@hoshizora-logi.co.jp>"], cc=["k-nagao@hinode-sangyo.co.jp"],
    subject="FW: 【北国フーズ】いくら醤油漬 入荷日変更のお知らせ",
    body=f"""鶴見様

商品部の寺門です。北国フーズさんから入荷日変更の連絡がありましたので転送します。
入荷バースの予約を11/18→11/20に変更いただけますでしょうか。

{sig("terakado")}

---------- 転送メッセージ ----------
差出人: 熊谷 <kumagai@kitaguni-foods.co.jp>
日付: 2026年11月11日(水) 17:40
件名: 【北国フーズ】いくら醤油漬 入荷日変更のお知らせ
宛先: 寺門 亮 <r-terakado@hinode-sangyo.co.jp>

日の出産業 寺門様

いつもお世話になっております。北国フーズの熊谷です。
いくら醤油漬 250g（KF-1021）1,200ケースの納品につきまして、
原料入荷の遅れにより、11/18着 → 11/20着 に変更させていただきたく存じます。
ご迷惑をおかけし申し訳ございません。

北国フーズ株式会社 営業部 熊谷 修一
〒040-0065 北海道函館市豊川町12-8
TEL 0138-22-4100
""",
    entities=[], detectors=[],
    note="forward of a supplier's delivery-date notice: new text to the recipient but only business content",
)

add(
    id="tsuhan-073", expect="stop", charset="iso-2022-jp",
    sender=frm("iwabuchi"),
    to=["あおぞら保育 総務部 <soumu@aozora-hoiku.co.jp>"],
    subject="ご利用明細書（10月分）の送付",
    body=f"""株式会社あおぞら保育
総務部 御中

いつも日の出通販 法人窓口をご利用いただきありがとうございます。
10月分のご利用明細書をお送りします。
PDFにはパスワードを設定しております（御社の取引先コード6桁）。

{sig("iwabuchi")}
""",
    attachments=[{"kind": "pdf", "name": "利用明細書_202610.pdf", "password": "330217",
                  "lines": ["ご利用明細書（2026年10月分）", "株式会社あおぞら保育 御中", "ご利用金額 ￥152,900"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF: the attachment cannot be inspected",
)

add(
    id="tsuhan-074", expect="stop", charset="iso-2022-jp",
    sender=frm("yamagishi"),
    to=["長尾 健太 <k-nagao@hinode-sangyo.com>"],
    subject="週次 受注実績（11/2〜11/8）",
    body="""長尾さん

受注センター山岸です。今週の受注実績です。

 受注件数　　：14,820件（前週比 +6.2%）
 うち電話　　： 3,140件
 うちハガキ　： 1,280件
 うちWeb　　 ：10,400件
 平均単価　　： 6,420円
 欠品保留　　：   212件（HK-220 が 168件）

来週は新春号の発送開始で電話が増える見込みです。
出荷側の人員をご検討ください。

山岸
""",
    entities=[], detectors=["lookalike_domain"],
    note="meant for a colleague but addressed to hinode-sangyo.com, a look-alike of the own domain (TLD swap)",
)

_ps = take(20)
add(
    id="tsuhan-075", expect="pass", charset="iso-2022-jp",
    sender=frm("nagao"),
    to=["a-onodera@hinode-sangyo.co.jp"],
    subject="返品未着リスト（パスワード付き）",
    body="""小野寺さん

物流課の長尾です。返品受付済みで未着の20件をまとめました。
社内規程どおりパスワードを付けています。パスワードはTeamsで送ります。

長尾
""",
    attachments=[{"kind": "zip", "name": "henpin_michaku.zip", "password": "ichikawa-2611",
                  "files": [{"kind": "csv", "name": "henpin_michaku.csv", "encoding": "cp932",
                             "rows": [["受付番号", "氏名", "電話"]] +
                             [[f"R-2611{i:02d}", name(p), p["mobile"]] for i, p in enumerate(_ps)]}]}],
    entities=[], detectors=[],
    note="password ZIP sent only to a colleague at hinode-sangyo.co.jp: internal mail passes",
)

_ps = take(4)
_rows = [["お客様名", "電話番号", "障害の状況", "ご購入機種", "ご相談内容"]]
_cond = [("感音性難聴（身体障害者手帳 6級）", "OT-R500", "ハウリングが起きる"),
         ("両耳の高度難聴（身体障害者手帳 4級）", "OT-P900", "電池の持ちが悪い"),
         ("加齢性難聴（補聴器外来で診断）", "OT-R300", "耳かけ部分が痛い"),
         ("突発性難聴の後遺症（右耳）", "OT-C200", "右耳の聞こえが合わない")]
for p, (c, m, q) in zip(_ps, _cond):
    _rows.append([name(p), p["home"], c, m, q])
add(
    id="tsuhan-076", expect="stop", charset="iso-2022-jp",
    sender=frm("mikami"),
    to=["音羽補聴器 サポートセンター <support@otowa-hochoki.co.jp>"],
    subject="補聴器ご購入者様からのご相談（調整訪問のお願い 4件）",
    html=f"""<html><body>
<p>音羽補聴器株式会社<br>サポートセンター御中</p>
<p>いつもお世話になっております。日の出産業 顧客サービス課の三上です。</p>
<p>カタログで補聴器をご購入いただいたお客様から、調整のご相談が4件ございました。<br>
認定補聴器技能者の方による訪問調整をお願いできますでしょうか。</p>
{html_table(_rows)}
<p>ご訪問の日程は、各お客様へ直接お電話でご調整ください。</p>
<p>日の出産業株式会社 通販事業部 顧客サービス課 三上 陽介<br>お客様相談室 TEL 0120-41-7788</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML table of only four customers, but with hearing disability grades: special-care data stops even under five",
)

_rows = [["受注番号", "送り状番号", "出荷日", "個口"]]
for i in range(10):
    _rows.append([order_no(), slip(), f"11/1{i % 3 + 1}", str(1 + (i % 4 == 0))])
add(
    id="tsuhan-077", expect="pass", charset="shift_jis",
    sender=frm("nagao"),
    to=["星空ロジスティクス WMSサポート <wms-support@hoshizora-logi.co.jp>"],
    subject="送り状番号の紐付け漏れ 10件（実績データ再送のお願い）",
    body=f"""星空ロジスティクス WMSサポート御中

お世話になっております。日の出産業の長尾です。
11/11〜11/13の出荷実績のうち、下記10件で受注番号と送り状番号の紐付けが
弊社の受注システムに取り込まれておりません。
実績データ（CSV）の再送をお願いできますでしょうか。

{padded(_rows)}

{sig("nagao")}
""",
    entities=[], detectors=[],
    note="order numbers and tracking numbers only: no personal data",
)

_ps = take(6)
_rows = [["カタログモデル・撮影スタッフ 報酬支払明細（2026年11月）"], [],
         ["氏名", "住所", "個人番号", "振込先銀行", "支店", "口座番号", "報酬額", "源泉税"]]
for p in _ps:
    fee = _ORDER.randrange(8, 60) * 10000
    _rows.append([name(p), p["addr"], _mynum(), p["bank"], p["branch"], f"普通 {p['acct']}", fee,
                  int(fee * 0.1021)])
add(
    id="tsuhan-078", expect="stop", charset="utf-8",
    sender=frm("tsuboi"),
    to=["さかえペイロール 受託チーム <jutaku@sakae-payroll.co.jp>"],
    subject="11月分 外部スタッフ報酬 支払データ",
    body=f"""株式会社さかえペイロール
受託チーム御中

お世話になっております。日の出産業 人事総務部の坪井です。
11月分の外部スタッフ（カタログモデル・撮影スタッフ）報酬の支払データをお送りします。
源泉徴収票・支払調書の作成もあわせてお願いします。

{sig("tsuboi")}
""",
    attachments=[{"kind": "xlsx", "name": "外部スタッフ報酬_202611.xlsx",
                  "sheets": {"支払明細": _rows, "振込指定日": [["振込日", "2026/11/30"]]}}],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="XLSX with six freelancers' My Numbers, addresses and bank accounts to a payroll outsourcer",
)

_ps = take(5)
_bl = "\n".join(f"・{name(p)}（{p['pref']}・{['くらしの会 東京第3支部', '同 さいたま支部', '同 横浜支部', '同 千葉支部', '同 名古屋支部'][i]}）\n"
                f"　〒{p['zip']} {p['addr']}　携帯 {p['mobile']}" for i, p in enumerate(_ps))
add(
    id="tsuhan-079", expect="either", charset="utf-8",
    sender=frm("fujishiro"),
    to=["大河内 様 <okochi@nishiki-insatsu.co.jp>"],
    subject="販売代理店（くらしの会）支部長様への販促キット直送",
    body=f"""大河内様

お世話になっております。藤代です。
新春号の販促キット（カタログ50部・注文ハガキ・ポスター）を、
代理店「くらしの会」の支部長様5名へ直送いただけますでしょうか。
支部長様はいずれも個人事業主の方で、送付先はご自宅兼事務所です。

{_bl}

発送は11/25着でお願いします。

{sig("fujishiro")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five sole-trader agents' home-office addresses and mobiles: business contacts or a list of people, honestly either",
)

add(
    id="tsuhan-080", expect="pass", charset="iso-2022-jp",
    sender=frm("udo"),
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="宿泊予約のお願い（12/11 2名 日の出産業）",
    body=f"""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業 販促課の有働です。
12/12の「お得意様感謝の会」の前泊として、下記のとおり予約をお願いいたします。

 宿泊日：12/11（金）1泊
 人数　：2名（シングル2室、禁煙）
 宿泊者：有働 早紀、藤代 彩（いずれも弊社社員）
 請求　：法人請求（日の出産業株式会社 通販事業部）

よろしくお願いいたします。

{sig("udo")}
""",
    entities=[], detectors=[],
    note="hotel booking naming two of the sender's own colleagues, no other data about them",
)


# =======================================================================================
# 081–100
# =======================================================================================

_p = take(1)[0]
_c = _card()
_cz = zen(f"{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}")
add(
    id="tsuhan-081", expect="stop", charset="shift_jis",
    sender=frm("mikami"),
    to=["なごみコールサービス SV 森 様 <mori@nagomi-cs.co.jp>"],
    subject="Re: 電話注文 決済エラーのエスカレーション（受付 NG-1107-22）",
    body=f"""森様

三上です。エスカレーションありがとうございます。
受注システムのログを確認したところ、オペレーターの方が入力されたカード番号が
Luhnチェックでは通っているものの、有効期限の月と年が逆に入っていました。

 お客様　　：{name(_p)} 様（{_p['mobile']}）
 入力番号　：{_cz}
 入力期限　：２８／０７（正しくは ０７／２８ と思われます）

お手数ですが、お客様へ折り返しのお電話で有効期限のみ再確認いただき、
再オーソリをお願いいたします。

{sig("mikami")}

> 三上様
> 本日14時台の電話注文で、カード決済がエラーとなった件です。
> お客様は「カードは使える」とのことで、ご立腹気味でした。
> 受注システム上の入力内容をご確認いただけますでしょうか。
> なごみコールサービス 森
""",
    entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="reply whose new text carries a customer's full card number in full-width digits, with name and mobile",
)

add(
    id="tsuhan-082", expect="pass", charset="utf-8",
    sender=frm("onodera"),
    to=["k.nishizono@icloud.com"],
    subject="Re: 青汁の返品について",
    body=f"""西園様

ご連絡ありがとうございます。日の出通販 返品センターの小野寺でございます。

開封済みの商品ではございますが、今回は特別に返品・ご返金を承ります。
同封の着払い伝票で、残りの商品をお送りください。
ご返金は商品到着後、1週間ほどでご指定口座へお振込みいたします。

ご体調が一日も早く回復されますよう、心よりお祈り申し上げます。

{sig("onodera")}

-----Original Message-----
From: 西園 <k.nishizono@icloud.com>
Sent: Monday, November 9, 2026 8:51 PM
To: henpin@hinode-sangyo.co.jp
Subject: 青汁の返品について

先月購入した青汁30包の返品をお願いしたいです。
持病の慢性腎臓病で通院しているのですが、主治医からカリウムの多い青汁は
控えるように言われました。10包ほど飲んでしまいましたが、残りを返品できますか。
""",
    entities=[], detectors=["freemail_recipient"],
    note="reply to one private customer; her illness appears only in her own quoted mail, the new text adds nothing",
)

_p = take(1)[0]
add(
    id="tsuhan-083", expect="stop", charset="shift_jis",
    sender=frm("yamagishi"),
    to=["熊谷 様 <kumagai@kitaguni-foods.co.jp>"],
    subject="お歳暮ギフト 個別対応のご相談（原材料の確認）",
    body=f"""北国フーズ 熊谷様

お世話になっております。受注センターの山岸です。
お歳暮ギフトのご注文で、1件ご相談がございます。

ご注文者様からのご依頼で、お届け先の方がイスラム教を信仰されているため、
豚由来の原材料・アルコール（みりん・酒精）を含まない商品だけで
詰め合わせを作れないか、とのことです。

 お届け先：{name(_p)} 様
 ご住所　：〒{_p['zip']} {_p['addr']}
 ご予算　：10,000円前後
 お届け日：12月15日

該当する商品があればご提案いただけますでしょうか。
ハラール認証品があればなお良いとのことです。

{sig("yamagishi")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named recipient's religion tied to her address sent to a supplier: 信条 is special-care data",
)

add(
    id="tsuhan-084", expect="pass", charset="iso-2022-jp",
    sender=frm("terakado"),
    to=["佐々木 様 <sasaki@kawasaki-denki.co.jp>"],
    subject="加湿器 KD-45W のカタログ掲載仕様の確認",
    body=f"""川崎電機株式会社
営業部 佐々木様

いつもお世話になっております。日の出産業 商品部の寺門です。

新春号に掲載する加湿器 KD-45W について、以下の仕様をご確認いただけますでしょうか。

 ・適用床面積：木造和室 8畳／プレハブ洋室 14畳
 ・加湿量：450mL/h（強運転時）
 ・タンク容量：4.0L
 ・消費電力：14W
 ・保証期間：1年（カタログ購入者は延長保証 +2年）

延長保証の文言は、前回の KD-30 と同じでよろしいでしょうか。
11/16までにご回答いただけますと助かります。

{sig("terakado")}
{DISC_JA}
""",
    entities=[], detectors=[],
    note="ordinary product-spec check with a partner, with the standard Japanese disclaimer",
)

add(
    id="tsuhan-085", expect="stop", charset="utf-8",
    sender=frm("onodera"),
    to=["青葉運輸 京葉営業所 <keiyo@aoba-unyu.co.jp>"],
    subject="返品着払い伝票 一括発行依頼書（11月第2週）",
    body=f"""青葉運輸 京葉営業所 御中

お世話になっております。日の出産業 返品センターの小野寺です。
11月第2週分の返品着払い伝票の一括発行依頼書をPDFでお送りします。

{sig("onodera")}
""",
    attachments=[{"kind": "corrupt", "name": "返品伝票発行依頼_11W2.pdf"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached PDF is truncated and garbled: an attachment that cannot be read",
)

_ps = take(10)
_fx = ["顧客番号   氏名              生年月日    電話番号        住所",
       "---------- ----------------- ----------- --------------- ----------------------------------------"]
for i in range(0, 10, 2):
    a, b = _ps[i], _ps[i + 1]
    # a pair of records that the matching rule flags as the same person
    b_name = name(a) if i % 4 == 0 else name(b)
    for p, nm in ((a, name(a)), (b, b_name)):
        _fx.append(f"{p['cid']:<10} {pad(nm, 17)} {ymd(p['dob'])}  {p['home']:<15} {p['addr']}")
add(
    id="tsuhan-086", expect="stop", charset="utf-8",
    sender=frm("kanno"),
    to=["矢吹 様 <yabuki@tsubasa-system.jp>"],
    subject="名寄せロジックの誤判定サンプル（10件）",
    body=f"""矢吹様

お世話になっております。菅野です。
新システムの名寄せロジックで、別人を同一人物と判定している（またはその逆の）
疑いのあるレコードを10件、固定長テキストで抽出しました。
2行ずつがペアになっています。判定ロジックのご確認をお願いします。

{sig("kanno")}
""",
    attachments=[{"kind": "txt", "name": "nayose_sample.txt", "encoding": "cp932", "text": "\n".join(_fx)}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="fixed-width text file of ten customer records (birth date, phone, address) to the system vendor",
)

_ps = take(30)
add(
    id="tsuhan-087", expect="pass", charset="utf-8",
    sender=frm("udo"),
    to=["m-yamagishi@hinode-sangyo.co.jp", "y-mikami@hinode-sangyo.co.jp"],
    subject="誕生月クーポン対象者（12月）の共有",
    body="""山岸さん、三上さん

販促課の有働です。12月の誕生月クーポン対象者（サンプル30名分）を共有します。
問い合わせがあった際の確認用にお使いください。全件はCRMで見られます。

有働
""",
    attachments=[{"kind": "xlsx", "name": "誕生月クーポン_12月_サンプル.xlsx",
                  "sheets": {"12月": [["誕生月クーポン 対象者（12月）"],
                                      ["会員番号", "氏名", "メール", "携帯", "生年月日", "クーポン"]] +
                                     [[p["cid"], name(p), p["email"], p["mobile"],
                                       ymd(p["dob"].replace(month=12)), "BD500"] for p in _ps],
                             "条件": [["抽出条件", "12月生まれ・直近1年購入あり・メール許諾あり"]]}}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=[],
    note="customer list of thirty sent only to colleagues at hinode-sangyo.co.jp: internal mail passes",
)

add(
    id="tsuhan-088", expect="stop", charset="iso-2022-jp",
    sender=frm("nagao"),
    to=["西田 様 <nishida@aoba-unyu.co.jp>"],
    subject="京葉営業所の配達員の件（当社荷物への影響確認）",
    body=f"""青葉運輸 西田様

お世話になっております。日の出産業の長尾です。

本日の地元紙で、御社京葉営業所の委託配達員 堤 雅人 氏（34）が、配達中の
荷物から商品券を抜き取ったとして窃盗の疑いで逮捕されたとの報道を拝見しました。
同氏は当社の市川センター発の荷物も担当されていたと記憶しております。

つきましては、以下をご確認いただけますでしょうか。
 1. 同氏が担当した当社荷物の期間と個数
 2. 当社荷物で被害が確認されているか
 3. 今後の再発防止策

お客様から問い合わせがあった場合の回答も準備したく、
早めにご連絡いただけますと助かります。

{sig("nagao")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="names an identifiable person together with his arrest for theft: criminal-record data, special care",
)

_p = take(1)[0]
add(
    id="tsuhan-089", expect="either", charset="shift_jis",
    sender=frm("mikami"),
    to=["鶴見 様 <tsurumi@hoshizora-logi.co.jp>"],
    subject="お届け時のご配慮のお願い（米 10kg ×3 のご注文）",
    body=f"""鶴見様

お世話になっております。顧客サービス課の三上です。
次のお客様への配送で、ご配慮をお願いしたい点がございます。

 お客様：{name(_p)} 様
 お届け先：{_p['addr']}
 お届け日：11/20（金）午前中

お客様は現在妊娠中で、重い荷物を持てないとのことです。
お米 10kg×3袋を、玄関内（上がり框の手前）まで運び入れていただけますでしょうか。

{sig("mikami")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one customer's address with the fact that she is pregnant: health-related but not clearly 要配慮; honestly either",
)

add(
    id="tsuhan-090", expect="stop", charset="utf-8",
    sender=frm("kishimoto"),
    to=["Jenny Alvarez <jenny.alvarez@pacbridge-logistics.com>"],
    subject="Cross-border volume forecast FY2027 (for your rate proposal)",
    body=f"""Hi Jenny,

As promised, attached is our volume forecast for cross-border shipments in FY2027,
split by destination and parcel size. Please use it for your rate proposal.

Best,
{sig("kishimoto")}
""",
    attachments=[{"kind": "pptx", "name": "Hinode_CrossBorder_Forecast_FY2027.pptx",
                  "title": "Cross-border volume forecast FY2027",
                  "page_footer": "CONFIDENTIAL - Internal Only - Hinode Sangyo Co., Ltd.",
                  "slides": [["Cross-border volume forecast FY2027", "CONFIDENTIAL - Internal Only",
                              "Mail-order Division, Hinode Sangyo"],
                             ["Volume by destination", "Taiwan: 18,000 parcels", "Hong Kong: 11,500 parcels",
                              "Singapore: 7,200 parcels", "USA: 5,800 parcels"],
                             ["Parcel size mix", "60 size: 48%", "80 size: 37%", "100 size and over: 15%"],
                             ["Target rates", "Taiwan: JPY 1,450 / parcel (60 size)",
                              "Hong Kong: JPY 1,520", "Singapore: JPY 1,780"]]}],
    entities=[], detectors=["confidential_marking"],
    note="English mail with a PPTX stamped CONFIDENTIAL - Internal Only on its slides sent to a forwarder",
)

add(
    id="tsuhan-091", expect="pass", charset="shift_jis",
    sender=frm("nagao"),
    to=["丸福紙器 受注係 <juchu@marufuku-shiki.co.jp>"],
    subject="梱包資材 発注書（11月第3週）",
    body=f"""丸福紙器株式会社
受注係 御中

いつもお世話になっております。日の出産業 物流課の長尾です。
年末に向けて梱包資材を下記のとおり発注いたします。

 品番        品名                         数量      納期
 MF-B60      ダンボール 60サイズ（無地）   8,000枚   11/24
 MF-B80      ダンボール 80サイズ（無地）   6,000枚   11/24
 MF-B80G     ダンボール 80（ギフト柄）     3,000枚   11/27
 MF-CS-02    緩衝材 エアピロー             120巻     11/24
 MF-TP-48    OPPテープ 48mm                400巻     11/24

納品先：日の出市川物流センター 資材庫（2番バース）
お手数ですが、納品書は2部ご用意ください。

{sig("nagao")}
""",
    entities=[], detectors=[],
    note="purchase order for packing materials with product codes: ordinary business mail",
)

add(
    id="tsuhan-092", expect="stop", charset="utf-8",
    sender=frm("kanno"),
    to=["矢吹 様 <yabuki@tsubasa-systern.jp>"],
    subject="12月 定期メンテナンス日程のご相談",
    body=f"""矢吹様

お世話になっております。情報システム部の菅野です。

12月の受注システム定期メンテナンスですが、年末商戦のピークと重なるため、
通常の第2日曜（12/13）ではなく、11/29（日）深夜 1:00〜5:00 に前倒し
させていただけないでしょうか。

作業内容（OSパッチ適用、DBの統計情報更新）は通常どおりで結構です。

{sig("kanno")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="ordinary maintenance mail to tsubasa-systern.jp, a homoglyph (rn for m) of tsubasa-system.jp",
)

add(
    id="tsuhan-093", expect="stop", charset="iso-2022-jp",
    sender=frm("udo"),
    to=["ayaka.morishita88@gmail.com", "t_hamaguchi@yahoo.co.jp", "nonomura.k@outlook.jp"],
    subject="【日の出通販】新商品モニターご当選のお知らせ",
    body=f"""モニターにご応募いただいた皆さま

このたびは日の出通販「新商品モニター」にご応募いただき、ありがとうございました。
厳正な抽選の結果、皆さまにご当選いただきましたのでお知らせいたします。

モニター商品「シルク 腹巻」は、11月20日頃にご登録のご住所へお届けします。
2週間ほどお使いいただいたのち、12月10日までに同封のアンケートに
ご回答をお願いいたします。

ご不明な点は本メールにご返信ください。

{sig("udo")}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private monitor winners addressed together in To: each counts as a party, should have been Bcc",
)

_ps = take(8)
_q = "\n".join(f"{p['cid']}  {name(p)}様  〒{p['zip']} {p['addr']}  宛所に尋ねあたりません" for p in _ps)
add(
    id="tsuhan-094", expect="pass", charset="shift_jis",
    sender=frm("fujishiro"),
    to=["大河内 様 <okochi@nishiki-insatsu.co.jp>"],
    subject="RE: 新春号DM 宛先不明による返戻分のご報告",
    body=f"""大河内様

お世話になっております。藤代です。
返戻分のご報告、ありがとうございました。

8件とも、弊社の顧客データ上で「DM停止（宛先不明）」に設定しました。
次回の宛名データからは除外されます。返戻された現物は廃棄をお願いいたします。

{sig("fujishiro")}

-----Original Message-----
差出人: 大河内 <okochi@nishiki-insatsu.co.jp>
送信日時: 2026年11月12日 10:31
宛先: 藤代 彩 <a-fujishiro@hinode-sangyo.co.jp>
件名: 新春号DM 宛先不明による返戻分のご報告

藤代様

錦印刷の大河内です。新春号DMの返戻分をご報告します。

{_q}

以上8件です。よろしくお願いいたします。
""",
    entities=[], detectors=[],
    note="the list of returned DMs is only in the printer's own quoted mail; the new text has no personal data",
)

add(
    id="tsuhan-095", expect="pass", charset="utf-8",
    sender=frm("udo"),
    to=["花火エージェンシー 芦田 様 <ashida@hanabi-ad.co.jp>"],
    subject="秋の大感謝祭キャンペーン 実施報告書",
    body=f"""芦田様

お世話になっております。有働です。
秋の大感謝祭キャンペーンの実施報告をまとめましたので共有します。
来期のご提案の参考にしていただければ幸いです。

{sig("udo")}
""",
    attachments=[{"kind": "pptx", "name": "秋の大感謝祭_実施報告.pptx", "title": "秋の大感謝祭 実施報告",
                  "slides": [["秋の大感謝祭 実施報告", "日の出産業 通販事業部 販促課", "2026年11月"],
                             ["応募状況", "応募総数：28,410件", "うちWeb：19,870件／ハガキ：8,540件",
                              "新規会員登録：3,220件"],
                             ["売上への効果", "期間中売上：前年同期比 112%", "客単価：6,880円（+4%）"],
                             ["次回への課題", "ハガキ応募の入力負荷", "当選発表の時期を早める"]]}],
    entities=[], detectors=[],
    note="PPTX campaign report with aggregate figures only",
)

_ps = take(4)
_bl = "\n".join(f"・{name(p)} 様（{p['home'] if i % 2 else p['mobile']}）　製造番号 KH-{_ORDER.randrange(100000, 999999)}"
                for i, p in enumerate(_ps))
add(
    id="tsuhan-096", expect="pass", charset="iso-2022-jp",
    sender=frm("mikami"),
    to=["川崎電機 品質保証部 <hinshitsu@kawasaki-denki.co.jp>"],
    subject="電気ひざ掛け HK-220 焦げ臭いとのお申し出（4件）",
    body=f"""川崎電機株式会社
品質保証部 御中

お世話になっております。日の出産業 顧客サービス課の三上です。

電気ひざ掛け HK-220 について、「使用中に焦げ臭い」とのお申し出が
今週4件ございました。いずれもけが・焼損はありません。
製品の引き取り調査をお願いしたく、お客様のご連絡先をお知らせします。

{_bl}

お客様には「メーカーから引き取りのご連絡が入る」とお伝え済みです。

{sig("mikami")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four customers' names and phones for a product pick-up: under five people, may warn but passes",
)

_ps = take(5)
_rows = [["お客様名", "郵便番号", "ご住所", "電話番号", "ロット"]]
for i, p in enumerate(_ps):
    _rows.append([name(p), p["zip"], p["addr"], p["mobile"] if i % 2 else p["home"], f"HM-L26{i + 3:02d}"])
_txt = "\n".join(f"{r[0]} / 〒{r[1]} {r[2]} / {r[3]} / {r[4]}" for r in _rows[1:])
add(
    id="tsuhan-097", expect="stop", charset="utf-8",
    sender=frm("mikami"),
    to=["はなみずきコスメ お客様窓口 <okyakusama@hanamizuki-cosme.co.jp>"],
    subject="自主回収対象ローションの返送キット送付先（当社購入分 5件）",
    body=f"""株式会社はなみずきコスメ お客様窓口御中

お世話になっております。日の出産業 顧客サービス課の三上です。
自主回収の対象ロットをご購入のお客様のうち、回収を希望された5名の送付先です。
返送キットの発送をお願いいたします。

{_txt}

{sig("mikami")}
""",
    html=f"""<html><body><p>株式会社はなみずきコスメ お客様窓口御中</p>
<p>お世話になっております。日の出産業 顧客サービス課の三上です。<br>
自主回収の対象ロットをご購入のお客様のうち、回収を希望された5名の送付先です。<br>
返送キットの発送をお願いいたします。</p>
{html_table(_rows)}
<p>日の出産業株式会社 通販事業部 顧客サービス課 三上 陽介</p></body></html>""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five customers' addresses and phones (text and HTML table) to the cosmetics maker: five records is a list",
)

_p = take(1)[0]
add(
    id="tsuhan-098", expect="either", charset="shift_jis",
    sender=frm("yamagishi"),
    to=["熊谷 様 <kumagai@kitaguni-foods.co.jp>"],
    subject="ギフト詰め合わせの内容変更のご相談（そば不使用）",
    body=f"""熊谷様

お世話になっております。受注センターの山岸です。
お歳暮の「北海道ごちそう便」のご注文で、内容変更のご相談です。

お届け先の {name(_p)} 様（{_p['pref']}{_p['city']}{_p['town']}）がそばアレルギーとのことで、
詰め合わせの「十割そば」を別の商品に差し替えられないか、ご注文者様からご依頼がありました。
同じ工場でそばを扱っている商品も避けたいとのことです。

差し替え候補をご提案いただけますでしょうか。

{sig("yamagishi")}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="a named gift recipient's food allergy: health information, arguably medical history; honestly either",
)

_br = [["事業所名", "郵便番号", "所在地", "代表電話"],
       ["本社", "105-0022", "東京都港区海岸1-11-3", "03-5405-8800"],
       ["品川ケアセンター", "140-0011", "東京都品川区東大井5-6-2", "03-3471-2204"],
       ["大田デイサービス", "144-0051", "東京都大田区西蒲田7-44-1", "03-3731-6610"],
       ["川崎ケアセンター", "210-0007", "神奈川県川崎市川崎区駅前本町26-1", "044-233-1750"],
       ["横浜港南デイサービス", "233-0002", "神奈川県横浜市港南区上大岡西1-15-1", "045-842-0913"],
       ["船橋グループホーム", "273-0005", "千葉県船橋市本町4-3-1", "047-433-6118"],
       ["浦和ケアセンター", "330-0063", "埼玉県さいたま市浦和区高砂2-8-9", "048-822-5571"],
       ["八王子デイサービス", "192-0083", "東京都八王子市旭町9-1", "042-626-3380"],
       ["町田ケアセンター", "194-0013", "東京都町田市原町田6-8-1", "042-722-9902"],
       ["相模原グループホーム", "252-0303", "神奈川県相模原市南区相模大野3-2-1", "042-741-2255"]]
add(
    id="tsuhan-099", expect="pass", charset="iso-2022-jp",
    sender=frm("yamagishi"),
    to=["みなと介護サービス 購買担当 <kobai@minato-kaigo.co.jp>"],
    subject="法人カタログ 送付先事業所のご確認",
    body=f"""株式会社みなと介護サービス
購買ご担当者様

いつも日の出通販 法人窓口をご利用いただきありがとうございます。
受注センターの山岸です。

2027年版の法人向けカタログを、御社の各事業所へお送りする予定です。
弊社に登録されている送付先は下記10か所ですが、移転・閉鎖などの変更が
ございましたらお知らせください。

{padded(_br)}

11/20までにご返信がない場合は、上記の送付先へ発送いたします。

{sig("yamagishi")}
""",
    entities=[], detectors=[],
    note="list of a client company's branch offices with switchboards: businesses, not people",
)

add(
    id="tsuhan-100", expect="pass", charset="utf-8",
    sender=frm("mikami"),
    to=["minami.sekiguchi@gmail.com"],
    cc=["川崎電機 サービスセンター <service@kawasaki-denki.co.jp>"],
    subject="卓上IH調理器 KI-15 初期不良品の交換について",
    body=f"""関口 美波 様
（CC：川崎電機 サービスセンター様）

日の出通販 顧客サービス課の三上でございます。
このたびはご不便をおかけし、誠に申し訳ございません。

お申し出の KI-15（ご注文番号 {order_no()}）の初期不良につきまして、
メーカーの川崎電機より、新品との交換品を直接お送りいたします。
交換品のお届け時に、不良品をドライバーにお渡しください。

川崎電機 サービスセンター様：
ご注文時のお届け先に、交換品の発送をお願いいたします。
発送日が決まりましたら、関口様と弊社へご連絡をお願いいたします。

{sig("mikami")}
""",
    entities=[], detectors=["freemail_recipient", "multiple_external_domains"],
    note="one free-mail customer and one partner in To/Cc: two external parties, ordinary coordination",
)
