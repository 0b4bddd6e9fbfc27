"""Blind corpus: 日の出産業 お客様相談室・修理サービス (consumer products).

Repair orders, pickups with logistics partners, recall notices, warranty claims,
product-accident reports, complaint escalations, survey follow-ups, call-centre
outsourcing and insurers.  Written from bench/blind/BRIEF.md only.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

# ---------------------------------------------------------------------------
# small local helpers: invented people, formatted in many different ways
# ---------------------------------------------------------------------------

SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("佐々木", "ササキ", "Sasaki"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("小川", "オガワ", "Ogawa"),
    ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"), ("藤原", "フジワラ", "Fujiwara"),
    ("岡本", "オカモト", "Okamoto"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
    ("安藤", "アンドウ", "Ando"), ("河野", "コウノ", "Kono"), ("上田", "ウエダ", "Ueda"),
    ("東海林", "ショウジ", "Shoji"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("百目鬼", "ドウメキ", "Domeki"), ("九十九", "ツクモ", "Tsukumo"), ("御手洗", "ミタライ", "Mitarai"),
    ("比嘉", "ヒガ", "Higa"), ("金城", "キンジョウ", "Kinjo"), ("外間", "ホカマ", "Hokama"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("一ノ瀬", "イチノセ", "Ichinose"), ("鬼頭", "キトウ", "Kito"),
    ("榊原", "サカキバラ", "Sakakibara"), ("漆原", "ウルシバラ", "Urushibara"),
    ("阿久津", "アクツ", "Akutsu"), ("葛西", "カサイ", "Kasai"), ("舘", "タチ", "Tachi"),
    ("五十嵐", "イガラシ", "Igarashi"), ("宇佐美", "ウサミ", "Usami"), ("仁平", "ニヘイ", "Nihei"),
    ("砂金", "イサゴ", "Isago"), ("月見里", "ヤマナシ", "Yamanashi"), ("京極", "キョウゴク", "Kyogoku"),
    ("雲雀", "ヒバリ", "Hibari"), ("粟飯原", "アイハラ", "Aihara"), ("猪狩", "イガリ", "Igari"),
    ("及川", "オイカワ", "Oikawa"), ("栗栖", "クリス", "Kurisu"), ("帯刀", "タテワキ", "Tatewaki"),
    ("八木沢", "ヤギサワ", "Yagisawa"), ("神", "ジン", "Jin"), ("蛭田", "ヒルタ", "Hiruta"),
    ("宍戸", "シシド", "Shishido"), ("鴨志田", "カモシダ", "Kamoshida"), ("不破", "フワ", "Fuwa"),
]

MEI = [
    ("花子", "ハナコ", "Hanako"), ("健太", "ケンタ", "Kenta"), ("美咲", "ミサキ", "Misaki"),
    ("翔太", "ショウタ", "Shota"), ("千尋", "チヒロ", "Chihiro"), ("大輔", "ダイスケ", "Daisuke"),
    ("結衣", "ユイ", "Yui"), ("正志", "マサシ", "Masashi"), ("征四郎", "セイシロウ", "Seishiro"),
    ("琴音", "コトネ", "Kotone"), ("和子", "カズコ", "Kazuko"), ("茂", "シゲル", "Shigeru"),
    ("久美子", "クミコ", "Kumiko"), ("隆", "タカシ", "Takashi"), ("恵", "メグミ", "Megumi"),
    ("陽菜", "ヒナ", "Hina"), ("蓮", "レン", "Ren"), ("悠真", "ユウマ", "Yuma"),
    ("芳江", "ヨシエ", "Yoshie"), ("勝", "マサル", "Masaru"), ("由美子", "ユミコ", "Yumiko"),
    ("浩二", "コウジ", "Koji"), ("直樹", "ナオキ", "Naoki"), ("彩", "アヤ", "Aya"),
    ("智子", "トモコ", "Tomoko"), ("栄作", "エイサク", "Eisaku"), ("貴之", "タカユキ", "Takayuki"),
    ("真由美", "マユミ", "Mayumi"), ("清", "キヨシ", "Kiyoshi"), ("澄江", "スミエ", "Sumie"),
    ("颯", "ハヤテ", "Hayate"), ("紗季", "サキ", "Saki"), ("登美子", "トミコ", "Tomiko"),
    ("幸雄", "ユキオ", "Yukio"), ("舞", "マイ", "Mai"), ("拓海", "タクミ", "Takumi"),
    ("文子", "フミコ", "Fumiko"), ("辰夫", "タツオ", "Tatsuo"), ("理沙", "リサ", "Risa"),
    ("誠", "マコト", "Makoto"), ("美穂", "ミホ", "Miho"), ("修", "オサム", "Osamu"),
    ("伸子", "ノブコ", "Nobuko"), ("光太郎", "コウタロウ", "Kotaro"), ("綾乃", "アヤノ", "Ayano"),
    ("一輝", "カズキ", "Kazuki"), ("節子", "セツコ", "Setsuko"), ("昭", "アキラ", "Akira"),
]

# (都道府県, 市区町村, 町域, 郵便番号の上3桁, 市外局番)
AREAS = [
    ("東京都", "世田谷区", "桜丘", "156", "03"), ("東京都", "練馬区", "石神井町", "177", "03"),
    ("東京都", "八王子市", "元本郷町", "192", "042"), ("東京都", "江戸川区", "西葛西", "134", "03"),
    ("神奈川県", "横浜市青葉区", "美しが丘", "225", "045"),
    ("神奈川県", "川崎市中原区", "新丸子町", "211", "044"),
    ("神奈川県", "相模原市南区", "上鶴間本町", "252", "042"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330", "048"), ("埼玉県", "川越市", "脇田本町", "350", "049"),
    ("千葉県", "船橋市", "本町", "273", "047"), ("千葉県", "柏市", "明原", "277", "04"),
    ("大阪府", "大阪市北区", "天神橋", "530", "06"), ("大阪府", "堺市堺区", "中瓦町", "590", "072"),
    ("大阪府", "豊中市", "服部元町", "561", "06"), ("京都府", "京都市左京区", "下鴨松ノ木町", "606", "075"),
    ("兵庫県", "神戸市灘区", "六甲町", "657", "078"), ("兵庫県", "西宮市", "甲子園口", "663", "0798"),
    ("愛知県", "名古屋市千種区", "覚王山通", "464", "052"), ("愛知県", "豊橋市", "花田町", "441", "0532"),
    ("静岡県", "浜松市中区", "佐鳴台", "432", "053"), ("北海道", "札幌市中央区", "南十条西", "064", "011"),
    ("北海道", "旭川市", "豊岡四条", "078", "0166"), ("宮城県", "仙台市青葉区", "上杉", "980", "022"),
    ("福岡県", "福岡市早良区", "西新", "814", "092"), ("福岡県", "北九州市小倉北区", "木町", "803", "093"),
    ("広島県", "広島市安佐南区", "緑井", "731", "082"), ("新潟県", "新潟市中央区", "関屋本村町", "951", "025"),
    ("石川県", "金沢市", "寺町", "921", "076"), ("沖縄県", "那覇市", "首里石嶺町", "903", "098"),
    ("熊本県", "熊本市東区", "健軍", "862", "096"), ("長野県", "松本市", "蟻ケ崎", "390", "0263"),
    ("岡山県", "岡山市北区", "奉還町", "700", "086"), ("茨城県", "つくば市", "竹園", "305", "029"),
    ("群馬県", "高崎市", "八千代町", "370", "027"), ("鹿児島県", "鹿児島市", "紫原", "890", "099"),
    ("愛媛県", "松山市", "道後湯之町", "790", "089"),
]

BLDG = ["メゾン青葉", "グランシャリオ桜ヶ丘", "コーポ田中", "ライオンズマンション本町", "サンハイツ",
        "パークハウス西館", "エステート緑", "ベルメゾン", "ハイム若葉", "シャトー白樺", "レジデンス東雲",
        "ヴィラ・セレーナ", "第二松風荘", "リバーサイド翠", "アーバンコート", "ロイヤルヒルズ"]

FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
        "softbank.ne.jp", "outlook.jp", "au.com", "nifty.com", "biglobe.ne.jp", "hotmail.co.jp"]

KANJI_NUM = "〇一二三四五六七八九"


def kanji_num(n: int) -> str:
    """1..99 in kanji (三, 十二, 二十八)."""
    if n < 10:
        return KANJI_NUM[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else KANJI_NUM[t]) + "十" + ("" if o == 0 else KANJI_NUM[o])


REGIONS = {
    "kanto": ("東京都", "神奈川県", "埼玉県", "千葉県", "茨城県", "群馬県"),
    "kansai": ("大阪府", "京都府", "兵庫県"),
    "kyushu": ("福岡県", "熊本県", "鹿児島県", "沖縄県"),
    "west": ("大阪府", "京都府", "兵庫県", "広島県", "岡山県", "愛媛県"),
    "north": ("北海道", "宮城県", "新潟県"),
    "hokkaido": ("北海道",),
    "chubu": ("愛知県", "静岡県", "長野県", "石川県", "新潟県"),
}


def person(seed: int, region: str | None = None) -> dict:
    r = random.Random(f"svc-person-{seed}")
    sei, mei = r.choice(SEI), r.choice(MEI)
    area = r.choice([a for a in AREAS if a[0] in REGIONS[region]] if region else AREAS)
    code = area[4]
    rest = 10 - len(code)
    mid = {8: 4, 7: 3, 6: 2, 5: 1}[rest]
    land = f"{code}-{r.randint(10 ** (mid - 1) * 2, 10 ** mid - 1)}-{r.randint(1000, 9999)}"
    mob = f"{r.choice(['090', '080', '070', '090', '080'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    y = r.randint(1938, 2003)
    m = r.randint(2, 12) if y == 1989 else r.randint(1, 12)
    local = r.choice([f"{mei[2].lower()}.{sei[2].lower()}", f"{sei[2].lower()}{r.randint(1, 99)}",
                      f"{mei[2][0].lower()}-{sei[2].lower()}", f"{sei[2].lower()}_{mei[2].lower()}{r.randint(60, 99)}",
                      f"{mei[2].lower()}{r.randint(100, 999)}"])
    return dict(
        sei=sei[0], mei=mei[0], sei_k=sei[1], mei_k=mei[1], sei_r=sei[2], mei_r=mei[2],
        pref=area[0], city=area[1], town=area[2],
        zip=f"{area[3]}-{r.randint(1, 9999):04d}",
        chome=r.randint(1, 6), ban=r.randint(1, 28), go=r.randint(1, 22),
        bldg=r.choice(BLDG) if r.random() < 0.4 else "",
        room=r.choice([101, 102, 103, 201, 203, 205, 302, 305, 402, 507, 601, 1104]),
        land=land, mob=mob, email=f"{local}@{r.choice(FREE)}",
        dob=(y, m, r.randint(1, 28)), age=2025 - y,
    )


def people(start: int, n: int, region: str | None = None) -> list[dict]:
    return [person(start * 97 + i, region) for i in range(n)]


_HALF = dict(zip("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー",
                 "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ"))


def hankaku(s: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch == "\u3099":
            out.append("ﾞ")
        elif ch == "\u309a":
            out.append("ﾟ")
        elif ch == "　":
            out.append(" ")
        else:
            out.append(_HALF.get(ch, ch))
    return "".join(out)


def zen(s: str, dash: str = "－") -> str:
    """ASCII digits/letters → full-width; '-' → dash (use '−' in ISO-2022-JP mail)."""
    out = []
    for ch in s:
        if ch == "-":
            out.append(dash)
        elif "0" <= ch <= "9" or "A" <= ch <= "Z" or "a" <= ch <= "z":
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == " ":
            out.append("　")
        elif ch == "(":
            out.append("（")
        elif ch == ")":
            out.append("）")
        elif ch == "/":
            out.append("／")
        elif ch == ".":
            out.append("．")
        else:
            out.append(ch)
    return "".join(out)


def name(p: dict, style: str = "k") -> str:
    return {
        "k": f"{p['sei']} {p['mei']}",
        "kn": f"{p['sei']}{p['mei']}",
        "kz": f"{p['sei']}　{p['mei']}",
        "kana": f"{p['sei_k']} {p['mei_k']}",
        "kanan": f"{p['sei_k']}{p['mei_k']}",
        "hkana": hankaku(f"{p['sei_k']} {p['mei_k']}"),
        "rom": f"{p['mei_r']} {p['sei_r']}",
        "ROM": f"{p['sei_r'].upper()} {p['mei_r']}",
        "ROMC": f"{p['sei_r'].upper()}, {p['mei_r'].upper()}",
        "sama": f"{p['sei']}{p['mei']}様",
    }[style]


def addr(p: dict, pref: bool = True, zipc: bool = False, kanji: bool = False,
         full: bool = False, bldg: bool = True, sep: str = "", dash: str = "－",
         zipmark: str = "〒") -> str:
    if kanji:
        num = f"{kanji_num(p['chome'])}丁目{p['ban']}番{p['go']}号"
    else:
        num = f"{p['chome']}-{p['ban']}-{p['go']}"
        if full:
            num = zen(num, dash)
    s = (p["pref"] if pref else "") + p["city"] + sep + p["town"] + num
    if bldg and p["bldg"]:
        room = str(p["room"])
        s += " " + p["bldg"] + (zen(room) if full else room) + ("号室" if kanji else "")
    if zipc:
        z = zen(p["zip"], dash) if full else p["zip"]
        s = f"{zipmark}{z} {s}"
    return s


def tel(p: dict, kind: str = "m", style: str = "-", dash: str = "－") -> str:
    t = p["mob"] if kind == "m" else p["land"]
    if style == "none":
        return t.replace("-", "")
    if style == "paren":
        a, b, c = t.split("-")
        return f"{a}({b}){c}"
    if style == "zen":
        return zen(t, dash)
    if style == "dot":
        return t.replace("-", ".")
    return t


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, e, n = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, e, n = "平成", "H", y - 1988
    else:
        era, e, n = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{'元' if n == 1 else n}年{m}月{d}日"
    if style == "short":
        return f"{e}{n}.{m}.{d}"
    if style == "zen":
        return zen(f"{e}{n}.{m}.{d}")
    if style == "zenk":
        return f"{era}{zen(str(n))}年{zen(str(m))}月{zen(str(d))}日"
    raise ValueError(style)


def dob(p: dict, style: str = "slash") -> str:
    y, m, d = p["dob"]
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "nen":
        return f"{y}年{m}月{d}日"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    return wareki(y, m, d, style)


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "FW" else 1 for c in s)


def pad(s: str, n: int, fill: str = " ") -> str:
    gap = max(n - dw(s), 0)
    if fill == "　":
        return s + "　" * (gap // 2) + " " * (gap % 2)
    return s + fill * gap


def table(rows: list[list[str]], gap: int = 2, rule: str = "-", fill: str = " ") -> str:
    widths = [max(dw(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, row in enumerate(rows):
        lines.append((" " * gap if fill == " " else "　").join(
            pad(str(c), widths[i], fill) for i, c in enumerate(row)).rstrip())
        if k == 0 and rule:
            lines.append(rule * min(sum(widths) + gap * (len(widths) - 1), 110))
    return "\n".join(lines)


def corporate_number(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def html_table(rows: list[list[str]], border: int = 1, style: str = "") -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows[1:])
    return (f'<table border="{border}" cellspacing="0" cellpadding="4"{style}>\n'
            f"<tr>{head}</tr>\n{body}</table>")


PRODUCTS = [
    ("HN-FH1200", "石油ファンヒーター"), ("HS-KT220", "電気ケトル"), ("HS-RC55", "IH炊飯ジャー"),
    ("HD-VC310", "サイクロン掃除機"), ("HN-DH08", "衣類乾燥除湿機"), ("HS-MW18", "オーブンレンジ"),
    ("HD-HD900", "ヘアドライヤー"), ("HN-AP40", "空気清浄機"), ("HS-IH2", "IHクッキングヒーター"),
    ("HS-CM5", "コーヒーメーカー"), ("HN-CF35", "セラミックファンヒーター"), ("HD-SV7", "スチームアイロン"),
    ("HN-EB60", "電気毛布"), ("HS-TO14", "オーブントースター"),
]


def product(i: int) -> tuple[str, str]:
    return PRODUCTS[i % len(PRODUCTS)]


# ---------------------------------------------------------------------------
# senders (their signatures are the organisation's own contacts, not data)
# ---------------------------------------------------------------------------

MURASE = "村瀬 詩織 <murase.shiori@hinode-sangyo.co.jp>"
SIG_MURASE = """――――――――――――――――――――――
日の出産業株式会社 お客様相談室
村瀬 詩織（Shiori Murase）
〒103-0027 東京都中央区日本橋3-8-2 日の出ビル7F
TEL 03-5201-4418 / FAX 03-5201-4419
お客様相談室フリーダイヤル 0120-610-415
――――――――――――――――――――――"""

OKOCHI = "大河内 亮 <okochi.r@hinode-sangyo.co.jp>"
SIG_OKOCHI = """--
日の出産業(株) CS本部 修理サービス課
大河内 亮 / Ryo Okochi
川口修理センター 〒332-0034 埼玉県川口市並木2-14-6
TEL:048-250-7731  FAX:048-250-7732"""

NITTA = "新田 恵美 <e-nitta@hinode-sangyo.co.jp>"
SIG_NITTA = """*************************************
 日の出産業株式会社
 お客様相談室 リコール対応窓口
 新田 恵美 (にった えみ)
 TEL: 03-5201-4425  e-nitta@hinode-sangyo.co.jp
*************************************"""

KOZAKAI = "小堺 誠一 <kozakai@hinode-sangyo.co.jp>"
SIG_KOZAKAI = """====================
日の出産業株式会社
CS本部 修理サービス課 課長
小堺 誠一
TEL 048-250-7700（代）
===================="""

MIYOSHI = "三好 由香 <miyoshi.yuka@hinode-sangyo.co.jp>"
SIG_MIYOSHI = """―――
日の出産業株式会社 品質保証部 製品安全グループ
三好 由香
〒103-0027 東京都中央区日本橋3-8-2
直通 03-5201-4460"""

SAOTOME = "早乙女 拓 <saotome.taku@hinode-sangyo.co.jp>"
SIG_SAOTOME = """--------------------------------------------
日の出産業株式会社 CS本部 CS企画グループ
早乙女 拓  Taku Saotome
TEL 03-5201-4431 / 内線 4431
--------------------------------------------"""

TABUCHI = "田淵 かおり <tabuchi@cs.hinode-sangyo.co.jp>"
SIG_TABUCHI = """□■□■□■□■□■□■□■□■□■□■
日の出産業株式会社 お客様相談室 大阪分室
田淵 かおり
〒541-0053 大阪府大阪市中央区本町2-4-11 本町NKビル5F
TEL 06-6258-3170
□■□■□■□■□■□■□■□■□■□■"""

KUBO = "久保 雅人 <m-kubo@hinode-sangyo.co.jp>"
SIG_KUBO = """-- 
久保 雅人（くぼ まさと）
日の出産業株式会社 CS本部 サービス物流チーム
TEL 048-250-7745 / 携帯 080-4410-7291（業務用）"""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""
DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""

# ---------------------------------------------------------------------------
# the messages
# ---------------------------------------------------------------------------

MESSAGES: list[dict] = []
add = MESSAGES.append

AOBA = "青葉運輸 配車センター 菅野様 <kanno@aoba-unyu.co.jp>"
TOWA = "東和サービス 岩城様 <iwaki@towa-service.co.jp>"
HOKUTO = "北斗リペア 相馬様 <soma@hokuto-repair.jp>"
MARUEI = "丸栄電器サービス 矢作様 <yahagi@maruei-ds.co.jp>"
NISHINIHON = "西日本テクノサービス 大城様 <oshiro@nishinihon-techno.co.jp>"
SAPPORO = "サッポロ家電サービス 工藤様 <kudo@sapporo-kaden.jp>"
KYUSHU = "九州リペアワークス 中園様 <nakazono@kyushu-repairworks.com>"
CALLLINK = "コールリンク 河合様 <kawai@call-link.co.jp>"
BELLTELE = "ベルテレサービス 玉城様 <tamaki@belltele.jp>"
TOKIWA = "常盤損害保険 片桐様 <katagiri@tokiwa-sonpo.co.jp>"
TSUBASA = "ツバサシステム 野々村様 <nonomura@tsubasa-system.jp>"
NISHIKI = "錦印刷 宮地様 <miyaji@nishiki-insatsu.co.jp>"
SHIRAKAWA = "白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"
KAWASAKI = "川崎電機 品質保証課 堀田様 <hotta@kawasaki-denki.co.jp>"
RNAVI = "リサーチナビ 加賀谷様 <kagaya@research-navi.co.jp>"

# --- svc-001: pickup schedule, 8 customers, ASCII-padded table --------------------------
_p = people(1, 8)
_days = ["7/14(月)", "7/14(月)", "7/15(火)", "7/15(火)", "7/15(火)", "7/16(水)", "7/16(水)", "7/16(水)"]
_slots = ["午前", "14-16", "午前", "16-18", "18-20", "午前", "14-16", "指定なし"]
_rows = [["受付No.", "お客様名", "集荷先住所", "電話番号", "希望日", "時間帯"]]
for i, q in enumerate(_p):
    _rows.append([f"R2507-{3104 + i * 7:05d}", name(q, "k"), addr(q), tel(q, "m" if i % 3 else "l"),
                  _days[i], _slots[i]])
add(dict(
    id="svc-001", sender=OKOCHI, to=[AOBA], cc=[], bcc=[],
    subject="【集荷依頼】7/14〜7/16 修理品引取り分（8件）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
配車センター 菅野様

いつもお世話になっております。日の出産業 修理サービス課の大河内です。

来週分の修理品引取りについて、下記8件の集荷をお願いいたします。
いずれも梱包はお客様側では済んでおりませんので、Mサイズの修理用箱を
ドライバー様にご持参いただけますと助かります。

{table(_rows)}

※時間帯「午前」は9〜12時です。
※R2507-03125 のお客様は日中不在がちとのことで、事前にお電話をお願いします。

ご不明な点がございましたら、私までご連絡ください。
よろしくお願いいたします。

{SIG_OKOCHI}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="8 customers' names, addresses and phones in a space-padded table to the logistics partner",
))

# --- svc-002: recall DM address data to the printer, CSV 40 rows ------------------------
_p = people(2, 40)
_rows = [["郵便番号", "住所1", "住所2", "宛名", "敬称", "対象型番", "管理番号"]]
for i, q in enumerate(_p):
    _rows.append([q["zip"], q["pref"] + q["city"] + q["town"] + f"{q['chome']}-{q['ban']}-{q['go']}",
                  (q["bldg"] + " " + str(q["room"])) if q["bldg"] else "", name(q, "kn"), "様",
                  "HN-FH1200" if i % 4 else "HN-FH1000", f"RC2-{20417 + i:06d}"])
add(dict(
    id="svc-002", sender=NITTA, to=[NISHIKI], cc=["日の出産業 リコール窓口 <recall@hinode-sangyo.co.jp>"], bcc=[],
    subject="リコール告知DM 宛名データ送付（第2回発送分 40件）",
    charset="utf-8",
    body=f"""錦印刷株式会社
営業部 宮地様

お世話になっております。日の出産業の新田です。
先日お打合せしました石油ファンヒーターのリコール告知DM（圧着はがき）の件、
第2回発送分の宛名データ40件を添付いたします。

・ファイル：DM宛名_第2回.csv（UTF-8 BOM付き）
・件数：40件
・差込項目：郵便番号／住所1／住所2／宛名＋敬称
・「対象型番」「管理番号」は宛名面右下の管理欄に小さく印字をお願いします

投函は7月25日（金）を予定しております。校正は前回同様PDFでいただければ結構です。

何卒よろしくお願いいたします。

{SIG_NITTA}
""",
    attachments=[{"kind": "csv", "name": "DM宛名_第2回.csv", "rows": _rows, "encoding": "utf-8-sig"}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="recall DM list: 40 customers' names and addresses in a UTF-8 CSV to the printer",
))

# --- svc-003: product accident report to the insurer (burn injury, prose) ---------------
_q = person(3001)
add(dict(
    id="svc-003", sender=MIYOSHI, to=[TOKIWA], cc=[], bcc=[],
    subject="製品事故のご報告（生産物賠償責任保険）受付番号 PA-2025-0183",
    charset="cp932",
    body=f"""常盤損害保険株式会社
損害サービス部 第二課 片桐様

いつも大変お世話になっております。
日の出産業 品質保証部の三好でございます。

弊社製品による人身事故が発生いたしましたので、PL保険の事故報告として
第一報をお送りいたします。詳細は判明次第追ってご報告いたします。

１．被害者
　　氏名：{name(_q, 'kz')} 様（{_q['age']}歳）
　　住所：{addr(_q, zipc=True)}
　　電話：{tel(_q, 'l')}（ご長女の携帯 {tel(person(3002), 'm')}）

２．事故の概要
　　７月３日（木）午前７時頃、ご自宅居間にて当社製「石油ファンヒーター HN-FH1200」の
　　温風吹出口付近で着衣（化繊のカーディガン）の裾に着火。ご本人が手で払おうとして
　　左前腕から手の甲にかけて熱傷を負われました。

３．被害の程度
　　救急搬送先の病院で「左前腕Ⅱ度熱傷（全治約４週間）」と診断され、５日間入院。
　　ご家族によると、ご本人は以前から糖尿病の治療を受けておられ、傷の治りが遅い
　　可能性があると医師から説明を受けたとのことです。

４．製品の状況
　　製品は当社にて回収済み（製造番号 FH12-2311-04482）。現在、原因調査中です。

ご不明点がございましたら、三好までお問い合わせください。

{SIG_MIYOSHI}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="product-accident report: a named customer's burn diagnosis, hospitalisation and diabetes to the insurer",
))

# --- svc-004: parts delay notice to four repair shops in To -----------------------------
add(dict(
    id="svc-004", sender=KOZAKAI, to=[TOWA, HOKUTO, MARUEI, NISHINIHON], cc=[], bcc=[],
    subject="【ご連絡】HS-RC55 内釜ユニット供給遅延について",
    charset="iso-2022-jp",
    body=f"""協力修理店 各位

平素より弊社製品の修理にご協力いただき、誠にありがとうございます。
日の出産業 修理サービス課の小堺です。

IH炊飯ジャー HS-RC55 の補修用部品「内釜ユニット（部品番号 RC55-P0311）」につきまして、
仕入先の生産調整により、7月下旬まで供給が遅れる見込みとなりました。

・対象部品：RC55-P0311 内釜ユニット / RC55-P0312 内ぶたパッキン
・出荷再開見込み：7月28日（月）以降
・受注済み分：入荷次第、ご注文順に発送いたします

お客様へは「部品取り寄せのため8月上旬のお渡し予定」とご案内いただけますと幸いです。
代替機の貸出が必要な場合は、修理サービス課までご相談ください。

ご迷惑をおかけしますが、何卒よろしくお願い申し上げます。

{SIG_KOZAKAI}
""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four outside repair shops (four organisations) addressed together in To: should have been Bcc",
))

# --- svc-005: look-alike aoba-unyu.jp (dropped co.) with one customer -------------------
_q = person(5001)
add(dict(
    id="svc-005", sender=KUBO, to=["青葉運輸 関東配車 <haisha-kanto@aoba-unyu.jp>"], cc=[], bcc=[],
    subject="Re: 大型品の集荷について",
    charset="utf-8",
    body=f"""青葉運輸 関東配車ご担当者様

お世話になっております。日の出産業 サービス物流チームの久保です。
ご連絡ありがとうございます。2人作業の件、承知いたしました。

下記のお客様宅から衣類乾燥除湿機（HN-DH08、約18kg）の引取りをお願いします。
エレベーターなしの3階とのことですので、2名体制でお願いできれば幸いです。

  お名前 : {name(_q, 'k')} 様
  住所   : {addr(_q, zipc=True)}
  電話   : {tel(_q, 'm')}
  希望日 : 7月19日(土) 13時以降

引取後は川口修理センター宛にお届けください。

{SIG_KUBO}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="recipient domain aoba-unyu.jp is a look-alike of partner aoba-unyu.co.jp (dropped co.); one customer's record",
))

# --- svc-006: look-alike tsubasa-sytem.jp, no personal data -----------------------------
add(dict(
    id="svc-006", sender=SAOTOME, to=["野々村 様 <nonomura@tsubasa-sytem.jp>"], cc=[], bcc=[],
    subject="CRM 修理受付画面の項目追加について（ご相談）",
    charset="iso-2022-jp",
    body=f"""株式会社ツバサシステム
野々村様

いつもお世話になっております。日の出産業 CS企画の早乙女です。

先週の定例でお話しした、修理受付画面の項目追加についてご相談です。
現場から以下の要望が上がっております。

  1. 「購入店区分」（量販店／EC／その他）のプルダウン追加
  2. 「保証区分」に「延長保証（5年）」を追加
  3. 受付一覧で「引取予定日」での並べ替え

概算のお見積りと、8月リリースに間に合うかどうかのご見解を
今月中にいただけますでしょうか。

次回定例（7/24）でも議題に入れておきます。
よろしくお願いいたします。

{SIG_SAOTOME}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp (missing s) is a look-alike of partner tsubasa-system.jp; content itself harmless",
))

# --- svc-007: warranty claim XLSX to the OEM (12 customers) -----------------------------
_p = people(7, 12)
_sym = ["点火しない", "異音（ファン）", "E3エラー表示", "温風が出ない", "転倒スイッチ不良", "異臭", "電源が入らない",
        "E3エラー表示", "温度調節不可", "表示部不点灯", "異音（ファン）", "点火しない"]
_rows = [["保証修理費用 請求明細（2025年6月度） 日の出産業株式会社 修理サービス課"], [],
         ["No", "受付番号", "修理完了日", "お客様氏名", "ご住所", "連絡先", "製造番号", "不具合内容", "部品代", "工賃"]]
for i, q in enumerate(_p):
    _rows.append([i + 1, f"SV-25-0{6120 + i * 3}", f"2025/06/{3 + i * 2:02d}", name(q, "kn"), addr(q, bldg=False),
                  tel(q, "l" if i % 2 else "m"), f"CF35-24{10 + i % 3}-{7301 + i * 11:05d}", _sym[i],
                  [2400, 3850, 1200, 5600][i % 4], 4500])
add(dict(
    id="svc-007", sender=OKOCHI, to=[KAWASAKI], cc=[], bcc=[],
    subject="【保証修理費用請求】2025年6月分 HN-CF35（OEM品）",
    charset="cp932",
    body=f"""川崎電機株式会社
品質保証課 堀田様

お世話になっております。日の出産業 修理サービス課の大河内です。

OEM供給いただいているセラミックファンヒーター HN-CF35 の
保証期間内修理費用につき、6月分（12件）の請求明細をお送りします。

添付：保証修理請求_202506.xlsx（シート「請求明細」「集計」）

不具合品はまとめて7月18日に返送予定です。
内容をご確認のうえ、ご不明点があればお知らせください。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "xlsx", "name": "保証修理請求_202506.xlsx",
                  "sheets": {"請求明細": _rows,
                             "集計": [["区分", "件数", "部品代計", "工賃計"], ["保証修理", 12, 39150, 54000]]}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="warranty-claim workbook with 12 customers' names, addresses and phones to the OEM partner",
))

# --- svc-008: forward of a customer's mail (pacemaker) to a repair shop ----------------
_q = person(8001)
add(dict(
    id="svc-008", sender=TABUCHI, to=[HOKUTO], cc=[], bcc=[],
    subject="FW: 修理に来ていただく件（お願い）",
    charset="utf-8",
    body=f"""北斗リペア 相馬様

お世話になっております。日の出産業 お客様相談室の田淵です。
来週訪問予定の IH クッキングヒーター点検の件で、お客様から下記のメールを
いただきましたので転送いたします。
作業時のご配慮をお願いできますでしょうか。

---------- Forwarded message ---------
From: {name(_q, 'kn')} <{_q['email']}>
Date: 2025年7月8日(火) 21:14
Subject: 修理に来ていただく件
To: <soudan@hinode-sangyo.co.jp>

日の出産業 お客様相談室 御中

先日お電話した{_q['sei']}です。IHの点検に来ていただく件でお願いがあります。
私は昨年から心臓ペースメーカーを入れていて、主治医からIH調理器には近づかないように
言われています。作業中は別の部屋にいますので、終わったら声をかけてください。

住所は {addr(_q, zipc=True)} です。
当日は {tel(_q, 'm')} に電話をいただければ玄関まで出ます。
よろしくお願いします。

{name(_q, 'kn')}
---------------------------------------

{SIG_TABUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded customer mail revealing a pacemaker (health) with name, address and phone to a repair shop",
))

# --- svc-009: HTML-only survey follow-up list (10 respondents) --------------------------
_p = people(9, 10)
_comments = ["修理が早くて助かった", "受付の電話がつながりにくい", "引取りの時間指定ができず不便",
             "担当者の説明が丁寧", "費用が高いと感じた", "代替機がありがたかった", "連絡が遅い",
             "特になし", "箱を用意してもらえて助かった", "また壊れたら不安"]
_rows = [["回答ID", "お名前", "電話番号", "総合満足度", "自由記述（抜粋）"]]
for i, q in enumerate(_p):
    _rows.append([f"Q25-{1087 + i * 13}", name(q, "k"), tel(q, "m" if i % 4 else "l"), str([5, 2, 2, 5, 3, 4, 1, 4, 5, 3][i]),
                  _comments[i]])
add(dict(
    id="svc-009", sender=SAOTOME, to=[RNAVI], cc=[], bcc=[],
    subject="満足度調査 追跡インタビュー候補者リストの件",
    charset="iso-2022-jp",
    html=f"""<html><body style="font-family:'MS PGothic',sans-serif;font-size:10pt">
<p>株式会社リサーチナビ<br>加賀谷様</p>
<p>お世話になっております。日の出産業の早乙女です。<br>
修理サービス満足度調査（6月実施分）のうち、追跡インタビューにご協力いただける旨
回答のあったお客様10名の一覧です。<br>
電話での日程調整をお願いできますでしょうか。満足度の低い方（1〜2）を優先でお願いします。</p>
{html_table(_rows)}
<p>謝礼（QUOカード1,000円分）の発送は弊社で行います。</p>
<p>よろしくお願いいたします。</p>
<pre>{SIG_SAOTOME}</pre>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only mail: table of 10 survey respondents with names and phones to the research firm",
))

# --- svc-010: password-protected ZIP (PPAP) to a repair shop ----------------------------
_p = people(10, 9)
add(dict(
    id="svc-010", sender=OKOCHI, to=[MARUEI], cc=[], bcc=[],
    subject="修理依頼一覧（7月第2週）送付の件",
    charset="cp932",
    body=f"""丸栄電器サービス株式会社
矢作様

いつもお世話になっております。日の出産業の大河内です。

7月第2週の出張修理依頼一覧を送付いたします。
添付ファイルはパスワード付きZIPとなっております。
パスワードは別メールにてお送りいたします。

ご確認のほど、よろしくお願いいたします。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "zip", "name": "修理依頼_0711.zip", "password": "Hnd#0711rq",
                  "files": [{"kind": "csv", "name": "修理依頼_0711.csv", "encoding": "cp932",
                             "rows": [["受付番号", "氏名", "住所", "電話"]] + [
                                 [f"SV-25-0{7201 + i}", name(q, "kn"), addr(q), tel(q)] for i, q in enumerate(_p)]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected",
))

# --- svc-011: PDF technical bulletin with 社外秘 only in the page header -----------------
add(dict(
    id="svc-011", sender=KOZAKAI, to=[TOWA], cc=[], bcc=[],
    subject="技術サービス情報 TS-25-014 送付（HS-MW18 マグネトロン交換手順）",
    charset="utf-8",
    body=f"""東和サービス株式会社
岩城様

お世話になっております。日の出産業の小堺です。

オーブンレンジ HS-MW18 のマグネトロン交換手順を改訂しましたので、
技術サービス情報 TS-25-014 をお送りします。
高圧コンデンサの放電手順を追加していますので、作業前に必ずご一読ください。

不明点は修理サービス課までお問い合わせください。

{SIG_KOZAKAI}
""",
    attachments=[{"kind": "pdf", "name": "TS-25-014_HS-MW18.pdf", "page_header": "社外秘",
                  "page_footer": "日の出産業株式会社 CS本部 修理サービス課",
                  "lines": ["技術サービス情報 TS-25-014", "対象機種：HS-MW18 オーブンレンジ（2022年〜2024年製）",
                            "件名：マグネトロン交換手順の改訂", "",
                            "1. 電源プラグを抜き、5分以上放置する。",
                            "2. 外装キャビネットを外す（ネジ7本）。",
                            "3. 高圧コンデンサの端子間を放電ドライバーで短絡し、残留電荷を放電する。",
                            "4. マグネトロンの取付ネジ（4本）を外し、導波管から取り外す。",
                            "5. 新品（部品番号 MW18-P0520）を取り付け、トルク 1.2N·m で締め付ける。",
                            "6. 出力確認：水1000mLを2分加熱し、温度上昇 14℃以上であること。"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached PDF is stamped 社外秘 in its page header (the mail text does not say so)",
))

# --- svc-012: a customer's card number to the call-centre outsourcer --------------------
_q = person(12001)
_c = card_number(12)
add(dict(
    id="svc-012", sender=MURASE, to=[CALLLINK], cc=[], bcc=[],
    subject="有償修理代金 カード決済エラーの再処理について",
    charset="iso-2022-jp",
    body=f"""コールリンク株式会社
河合様

お世話になっております。日の出産業 お客様相談室の村瀬です。

昨日、貴社オペレーター様経由でお電話決済を承ったお客様について、
決済代行会社からエラー（有効期限不一致）で戻ってまいりました。
お客様に有効期限を再確認のうえ、再処理をお願いいたします。

  お客様名    {name(_q, 'kana')}（{name(_q, 'k')}様）
  電話番号    {tel(_q, 'm')}
  受付番号    SV-25-071893
  ご請求額    12,980円（税込）
  カード番号  {_c[:4]} {_c[4:8]} {_c[8:12]} {_c[12:]}
  有効期限    09/27（登録値）

折り返しは平日10時〜18時をご希望とのことです。
よろしくお願いいたします。

{SIG_MURASE}
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a customer's full credit-card number with name and phone to the call-centre outsourcer",
))

# --- svc-013: tab-separated, no name column, 7 deliveries ------------------------------
_p = people(13, 7, "kansai")
_lines = ["受付番号\t〒\t配送先住所\tTEL\t指定時間"]
for i, q in enumerate(_p):
    _lines.append(f"KS-{40112 + i * 5}\t{q['zip']}\t{addr(q, sep=' ')}\t{tel(q, 'm' if i % 2 else 'l', 'none')}\t"
                  + ["午前中", "14-16時", "夜間(19-21時)", "午前中", "指定なし", "16-18時", "午前中"][i])
add(dict(
    id="svc-013", sender=TABUCHI, to=["青葉運輸 関西配車 <haisha-kansai@aoba-unyu.co.jp>"], cc=[], bcc=[],
    subject="関西エリア 交換品配送先リスト（7件）",
    charset="utf-8",
    body=f"""青葉運輸 関西配車センター ご担当者様

お世話になっております。日の出産業 大阪分室の田淵です。
電気ケトル交換品の配送先を下記の通りお送りします（Excelから貼り付けています）。

{chr(10).join(_lines)}

荷物は明日午前に本町倉庫へ搬入済みです。伝票の発行をお願いいたします。

{SIG_TABUCHI}
""",
    expect="stop", entities=["JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="tab-separated list of 7 delivery records (address + phone, no name column) to the logistics partner",
))

# --- svc-014: one block per customer, half-width kana furigana (6) ----------------------
_p = people(14, 6)
_blocks = []
for i, q in enumerate(_p):
    _blocks.append(f"""■{i + 1}
　ﾌﾘｶﾞﾅ：{name(q, 'hkana')}
　お名前：{name(q, 'k')} 様
　お届け先：{addr(q, zipc=True, full=(i % 2 == 0))}
　TEL：{tel(q, 'm' if i != 3 else 'l', 'zen' if i % 3 == 0 else '-')}
　お届け希望：7月{22 + i // 2}日 {['午前', '午後'][i % 2]}""")
add(dict(
    id="svc-014", sender=NITTA, to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"], cc=[], bcc=[],
    subject="リコール交換品のお届け依頼（HN-FH1200）6件",
    charset="cp932",
    body=f"""青葉運輸株式会社　配車センター御中

いつもお世話になっております。
日の出産業　リコール対応窓口の新田でございます。

石油ファンヒーター（HN-FH1200）のリコール交換品につき、下記６件の
お届けをお願いいたします。お届けの際、旧製品の回収もあわせてお願いします。

{chr(10).join(_blocks)}

以上６件です。回収品は川口修理センターへ着払いでお願いいたします。

{SIG_NITTA}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="6 customers, one block each (half-width kana furigana, full-width digits), to the logistics partner",
))

# --- svc-015: accident victim's medical details to outside counsel (prose) --------------
_q = person(15001)
add(dict(
    id="svc-015", sender=MIYOSHI, to=[SHIRAKAWA], cc=["法務部 鳴海 <narumi@hinode-sangyo.co.jp>"], bcc=[],
    subject="製品事故案件（受付 PA-2025-0147）ご相談",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業 品質保証部の三好です。
先日お電話でご相談した電気ケトルの事故案件について、経緯をまとめてお送りします。

被害者の{name(_q, 'kn')}様（{_q['age']}歳、{_q['city']}{_q['town']}在住）は、6月12日に当社製電気ケトル
HS-KT220 の蓋が注湯中に外れ、右手から前腕にかけて熱湯を浴びられました。
搬送先の病院形成外科で「右手背・前腕 深達性II度熱傷」と診断され、6月末に植皮手術を
受けておられます。主治医の意見書では、右手指の可動域制限が後遺障害として残る可能性が
あるとのことです。

また、ご家族のお話では、ご本人は3年前の脳梗塞の後遺症で右手に軽いしびれがあり、
それが事故の一因ではないかと当社営業が発言したことに強く抗議されています。

ご家族（ご長男）からは、治療費・休業損害に加えて慰謝料の請求を検討しているとの
ご連絡をいただいております。来週中に一度お打合せの時間をいただけますでしょうか。

{SIG_MIYOSHI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="prose about a named accident victim's diagnosis, surgery and stroke history to the outside law firm",
))

# --- svc-016: DOCX accident report (child, fracture) to the OEM --------------------------
_q = person(16001)
_qq = person(16002)
add(dict(
    id="svc-016", sender=MIYOSHI, to=[KAWASAKI], cc=["三好 由香 <miyoshi.yuka@hinode-sangyo.co.jp>"], bcc=[],
    subject="【製品事故報告】HN-CF35 転倒時自動停止不良の疑い（第一報）",
    charset="utf-8",
    body=f"""川崎電機株式会社 品質保証課
堀田様

お世話になっております。日の出産業 品質保証部の三好です。
貴社OEM品 HN-CF35 で人身事故が発生しましたので、第一報を添付のとおりお送りします。
転倒時に運転が停止しなかった可能性があり、至急、同ロットの転倒スイッチの
検査記録をご確認いただけますでしょうか。

{SIG_MIYOSHI}
""",
    attachments=[{"kind": "docx", "name": "事故報告書_PA-2025-0191.docx", "title": "製品事故報告書（第一報）",
                  "paragraphs": ["製品事故報告書（第一報）", "報告日：2025年7月9日　報告者：品質保証部 三好",
                                 "下記のとおり報告いたします。"],
                  "tables": [[["項目", "内容"],
                              ["受付番号", "PA-2025-0191"],
                              ["製品", "セラミックファンヒーター HN-CF35（製造番号 CF35-2410-08127）"],
                              ["被害者", f"{_q['sei']} {['颯', '蓮', '悠真'][_q['chome'] % 3]}（8歳・小学2年）"],
                              ["生年月日", "2017年3月9日"],
                              ["保護者", f"{_q['sei']} {_qq['mei']}（母）"],
                              ["住所", addr(_q, zipc=True)],
                              ["連絡先", tel(_qq, "m")],
                              ["発生日時", "2025年7月6日 19時30分頃"],
                              ["状況", "子どもが足を引っかけて製品が転倒、運転が継続したまま右足に接触"],
                              ["負傷内容", "右足甲の低温熱傷および右第3中足骨骨折（整形外科で全治6週間と診断）"],
                              ["現在の状況", "通院加療中。製品は当社にて回収済み"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX accident report: a named child's fracture diagnosis, birth date, address and parent's phone to the OEM",
))

# --- svc-017: corrupt XLSX to a repair shop --------------------------------------------
add(dict(
    id="svc-017", sender=OKOCHI, to=[NISHINIHON], cc=[], bcc=[],
    subject="修理進捗一覧（西日本エリア）更新版",
    charset="iso-2022-jp",
    body=f"""西日本テクノサービス
大城様

お世話になっております。日の出産業の大河内です。
修理進捗一覧を更新しましたので添付いたします。
「部品待ち」となっている案件について、入荷予定日を追記しております。

ファイルが開けない場合はお知らせください。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "corrupt", "name": "修理進捗一覧_西日本_0710.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be inspected",
))

# --- svc-018: attached internal mail (.eml) with 6 customers forwarded to a repair shop ---
_p = people(18, 6, "kyushu")
_inner = "\n\n".join(
    f"({i + 1}) {name(q, 'kn')}様\n    {addr(q, zipc=True)}\n    TEL {tel(q, 'l' if i % 2 else 'm')}\n"
    f"    {product(i + 3)[1]} {product(i + 3)[0]} / 症状：{['電源入らず', '異音', '水漏れ', '加熱しない', '表示不良', '異臭'][i]}"
    for i, q in enumerate(_p))
add(dict(
    id="svc-018", sender=KOZAKAI, to=[KYUSHU], cc=[], bcc=[],
    subject="FW: 九州エリア 出張修理の振り分け（7/10受付分）",
    charset="utf-8",
    body=f"""九州リペアワークス 中園様

お世話になっております。日の出産業の小堺です。
社内で振り分けた九州エリアの出張修理分を、元のメールごと添付でお送りします。
ご対応可能な日程を折り返しご連絡ください。

{SIG_KOZAKAI}
""",
    attachments=[{"kind": "eml", "name": "九州エリア振り分け.eml", "message": dict(
        sender="受付センター 野添 <nozoe@hinode-sangyo.co.jp>", to=[KOZAKAI], cc=[],
        subject="九州エリア 出張修理の振り分け（7/10受付分）", charset="iso-2022-jp",
        body=f"""小堺課長

7/10受付分のうち、九州エリアの出張修理6件です。協力店への手配をお願いします。

{_inner}

野添""")}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="an internal mail listing 6 customers is forwarded as an attached .eml to an outside repair shop",
))

# --- svc-019: reply thread: new text adds 5 customers (comma-separated) ----------------
_p = people(19, 5, "kanto")
_new = "\n".join(f"{name(q, 'kn')},{addr(q, pref=False)},{tel(q, 'm', 'none')},{product(i)[0]}"
                 for i, q in enumerate(_p))
add(dict(
    id="svc-019", sender=OKOCHI, to=[TOWA], cc=[], bcc=[],
    subject="Re: 来週の出張修理枠について",
    charset="iso-2022-jp",
    body=f"""岩城様

ご連絡ありがとうございます。来週は5枠空いているとのこと、助かります。
さっそくですが、下記5件をお願いできますでしょうか（氏名,住所,電話,型番）。

{_new}

いずれもお客様には「東和サービスから日程調整の電話が入る」旨お伝え済みです。
よろしくお願いします。

大河内

> 日の出産業 大河内様
>
> いつもお世話になっております。東和サービスの岩城です。
> 来週（7/21〜25）の出張修理枠ですが、弊社は5枠まで対応可能です。
> 案件がございましたらご連絡ください。
>
> 東和サービス株式会社 岩城
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="reply whose new text (not the quote) lists 5 customers comma-separated to a repair shop",
))

# --- svc-020: recall notice to three customers visible in To ---------------------------
_p = people(20, 3)
add(dict(
    id="svc-020", sender=NITTA,
    to=[f"{name(_p[0], 'kn')}様 <{_p[0]['sei_r'].lower()}.{_p[0]['mei_r'].lower()}@gmail.com>",
        f"<{_p[1]['mei_r'].lower()}{_p[1]['room']}@yahoo.co.jp>",
        f"{name(_p[2], 'kn')}様 <{_p[2]['sei_r'].lower()}-{_p[2]['chome']}{_p[2]['ban']}@docomo.ne.jp>"],
    cc=[], bcc=[],
    subject="【重要】石油ファンヒーター HN-FH1200 無償点検・交換のご案内",
    charset="cp932",
    body=f"""お客様各位

平素は日の出産業の製品をご愛用いただき、誠にありがとうございます。

このたび、弊社製石油ファンヒーター「HN-FH1200」の一部（2023年9月〜2024年1月製造）において、
点火装置の不具合により異常着火が発生するおそれがあることが判明いたしました。
ご愛用のお客様には多大なるご迷惑とご心配をおかけし、深くお詫び申し上げます。

製品登録いただいたお客様に、本メールにてご案内しております。
対象製品をお持ちの場合は、ただちにご使用を中止いただき、下記窓口までご連絡ください。
無償で点検・交換させていただきます。

■対象製品の確認方法
　本体背面の銘板に記載の製造番号が「FH12-2309」〜「FH12-2401」で始まるもの

■お問い合わせ
　日の出産業 リコール対応窓口　0120-610-480（9:00～18:00 土日祝も受付）

{SIG_NITTA}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="recall notice with three private customers visible to each other in To (should have been Bcc)",
))

# --- svc-021: 【社外秘】 failure analysis to the OEM ------------------------------------
add(dict(
    id="svc-021", sender=MIYOSHI, to=[KAWASAKI], cc=["小堺 誠一 <kozakai@hinode-sangyo.co.jp>"], bcc=[],
    subject="【社外秘】HN-CF35 転倒スイッチ不具合 解析結果（中間報告）",
    charset="iso-2022-jp",
    body=f"""社外秘
―――――――――――――――――――――――――――――――

川崎電機株式会社 品質保証課
堀田様

お世話になっております。日の出産業の三好です。
HN-CF35 の転倒スイッチ不具合について、当社での解析結果（中間）をお知らせします。

【回収品の状況】
  回収 23台のうち 9台で、転倒スイッチ（部品番号 CF35-S0107）の接点に
  樹脂バリの噛み込みを確認。いずれも 2024年10月ロット（CF35-2410-xxxxx）。

【推定原因】
  スイッチケース成形時のバリ取り工程の抜け。貴社二次サプライヤーの工程変更
  （2024年9月）との関連が疑われます。

【今後の対応（案）】
  ・同ロット在庫品の全数検査（当社倉庫 約1,200台）
  ・市場品については経産省への報告要否を 7/18 までに判断
  ・リコール実施の場合の費用分担について別途協議

本資料は社内検討段階のものですので、取り扱いにはご注意ください。

{SIG_MIYOSHI}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="mail stamped 社外秘 in subject and heading sent to an external partner",
))

# --- svc-022: XLSX, summary sheet + detail sheet with 15 customers ----------------------
_p = people(22, 15, "north")
_det = [["受付番号", "受付日", "氏名", "フリガナ", "住所", "電話番号", "機種", "状況"]]
for i, q in enumerate(_p):
    _det.append([f"N25-{8801 + i * 4}", f"2025/07/{1 + i // 2:02d}", name(q, "kn"), name(q, "kanan"),
                 addr(q), tel(q, "m" if i % 3 else "l"), product(i + 5)[0],
                 ["訪問待ち", "部品待ち", "修理中", "完了", "訪問待ち"][i % 5]])
add(dict(
    id="svc-022", sender=OKOCHI, to=[HOKUTO], cc=[], bcc=[],
    subject="北海道・東北エリア 7月前半の修理状況まとめ",
    charset="utf-8",
    body=f"""北斗リペア株式会社
相馬様

いつもありがとうございます。日の出産業の大河内です。

7月前半の北海道・東北エリアの修理状況をまとめました。
1枚目に集計、2枚目に案件ごとの明細を入れています。
「訪問待ち」の案件について、来週中の訪問日程をご検討いただけますと幸いです。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "xlsx", "name": "北海道東北_修理状況_7月前半.xlsx",
                  "sheets": {"集計": [["状況", "件数"], ["訪問待ち", 6], ["部品待ち", 3], ["修理中", 3], ["完了", 3],
                                      ["合計", 15]],
                             "明細": _det}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="15 customers' records sit on the second sheet of a workbook whose first sheet is only a summary",
))

# --- svc-023: look-alike of the organisation's own domain, with 7 customers -------------
_p = people(23, 7)
_lines = "\n".join(f"・{name(q, 'k')}　{tel(q, 'm')}　{q['pref']}{q['city']}　{product(i + 2)[1]}"
                   for i, q in enumerate(_p))
add(dict(
    id="svc-023", sender=MURASE, to=["久保 雅人 <m-kubo@hinode-sangyou.co.jp>"], cc=[], bcc=[],
    subject="代替機貸出中のお客様一覧",
    charset="cp932",
    body=f"""久保さん

お疲れさまです。村瀬です。
現在、代替機を貸し出し中のお客様の一覧です（7/10時点）。
修理完了品の返送と一緒に代替機の回収手配をお願いします。

{_lines}

※{_p[3]['sei']}様は修理完了済み、返送日調整中です。

村瀬
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but sent to hinode-sangyou.co.jp, a look-alike of the own domain; 7 customers",
))

# --- svc-024: driver's licence number to the insurer ------------------------------------
_q = person(24001)
add(dict(
    id="svc-024", sender=MURASE, to=[TOKIWA], cc=[], bcc=[],
    subject="延長保証 名義変更に伴う本人確認の件（保証番号 EW-5530182）",
    charset="iso-2022-jp",
    body=f"""常盤損害保険株式会社
片桐様

お世話になっております。日の出産業 お客様相談室の村瀬です。

延長保証の名義変更（譲渡）に関し、新名義人様の本人確認書類として
運転免許証の写しをお預かりしましたので、記載内容をお知らせいたします。

 新名義人     : {name(_q, 'k')}
 生年月日     : {dob(_q, 'kanji')}
 住所         : {addr(_q)}
 運転免許証番号: 3012 0451 2370
 有効期限     : 令和9年{_q['dob'][1]}月{_q['dob'][2]}日まで

写しの画像は当社で保管しております。必要でしたらお申し付けください。

{SIG_MURASE}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a customer's driver's licence number with birth date and address sent to the insurer",
))

# --- svc-025: My Numbers of paid product monitors to an accounting office ---------------
_p = people(25, 6)
_rows = [["氏名", "住所", "個人番号", "支払額（円）"]]
for i, q in enumerate(_p):
    mn = my_number(2500 + i)
    _rows.append([name(q, "k"), addr(q, zipc=True, bldg=False), f"{mn[:4]} {mn[4:8]} {mn[8:]}",
                  f"{[60000, 80000, 60000, 120000, 60000, 80000][i]:,}"])
add(dict(
    id="svc-025", sender=SAOTOME, to=["みなと会計事務所 税務担当 <zeimu@minato-kaikei.jp>"], cc=[], bcc=[],
    subject="製品モニター謝礼 支払調書作成のお願い（2025年上期）",
    charset="utf-8",
    body=f"""みなと会計事務所
税務ご担当者様

いつもお世話になっております。日の出産業 CS企画の早乙女です。

上期の家電モニター謝礼のうち、支払調書の提出対象となる6名分の情報をお送りします。
個人番号はモニター契約時に本人確認のうえ取得したものです。

{table(_rows, gap=3)}

お手数ですが、支払調書の作成をよろしくお願いいたします。

{SIG_SAOTOME}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="My Numbers of 6 paid monitors with names and addresses in the body to an outside accounting office",
))

# --- svc-026: refund bank accounts of 6 customers to the bank ---------------------------
_p = people(26, 6)
_banks = [("東都銀行", "新宿西口支店"), ("みどり銀行", "川口支店"), ("北辰銀行", "札幌中央支店"),
          ("南海信用金庫", "堺東支店"), ("湊町銀行", "本店営業部"), ("みどり銀行", "浦和支店")]
_lines = []
for i, q in enumerate(_p):
    _lines.append(f"{i + 1}．{name(q, 'kn')}様　返金額 {[3300, 12980, 5500, 8800, 2200, 16500][i]:,}円\n"
                  f"　　{_banks[i][0]} {_banks[i][1]} {'普通' if i != 4 else '普通預金'} "
                  f"{random.Random(f'acct{i}').randint(1000000, 9999999)}　"
                  f"口座名義：{name(q, 'hkana') if i % 2 else name(q, 'kana')}")
add(dict(
    id="svc-026", sender=KOZAKAI, to=["みどり銀行 法人営業部 石黒様 <ishiguro@midori-ginko.co.jp>"], cc=[], bcc=[],
    subject="返金振込（6件）の個別処理のお願い",
    charset="cp932",
    body=f"""株式会社みどり銀行
法人営業部　石黒様

いつも大変お世話になっております。日の出産業の小堺です。

先日ご相談いたしました件、インターネットバンキングの切替期間中のため、
修理代金過請求分の返金振込を下記のとおり個別にお願いできますでしょうか。
振込手数料は当社負担でお願いいたします。

{chr(10).join(_lines)}

合計　49,280円（6件）

振込指定日は7月18日（金）でお願いいたします。

{SIG_KOZAKAI}
""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="6 customers' bank accounts (bank, branch, type, number, kana holder) for refunds sent to the bank",
))

# --- svc-027: PDF pickup schedule with 9 customers --------------------------------------
_p = people(27, 9, "kanto")
_tbl = [["No.", "集荷日", "時間", "お客様名", "集荷先", "TEL", "品目", "個口"]]
for i, q in enumerate(_p):
    _tbl.append([str(i + 1), f"7/{17 + i // 3}", ["AM", "PM", "夜"][i % 3], name(q, "kn"), addr(q),
                 tel(q, "l" if i % 2 else "m"), product(i)[1], "1"])
add(dict(
    id="svc-027", sender=KUBO, to=[AOBA], cc=["物流チーム <logi@hinode-sangyo.co.jp>"], bcc=[],
    subject="集荷予定表（7/17〜7/19）送付",
    charset="utf-8",
    body=f"""菅野様

お世話になっております。日の出産業の久保です。
7/17〜19の集荷予定表をPDFでお送りします。合計9件です。
変更がありましたら随時ご連絡します。

{SIG_KUBO}
""",
    attachments=[{"kind": "pdf", "name": "集荷予定表_0717-0719.pdf",
                  "lines": ["集荷予定表（2025年7月17日〜19日）", "日の出産業株式会社 サービス物流チーム", ""],
                  "table": _tbl}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="PDF table of 9 pickups with customers' names, addresses and phones to the logistics partner",
))

# --- svc-028: full-width padded list of exactly 5 customers -----------------------------
_p = people(28, 5, "kanto")
_rows = [["お客様", "お届け先", "電話", "お届け日"]]
for i, q in enumerate(_p):
    _rows.append([name(q, "kn") + "様", addr(q, pref=False, full=True, dash="−", bldg=False),
                  tel(q, "m", "zen", dash="−"), zen(f"7/{22 + i}", "−")])
add(dict(
    id="svc-028", sender=OKOCHI, to=[MARUEI], cc=[], bcc=[],
    subject="修理完了品のお届けについて（5件）",
    charset="iso-2022-jp",
    body=f"""丸栄電器サービス
矢作様

お世話になっております。日の出産業の大河内です。
修理完了品のお届け（設置・動作説明込み）を5件お願いいたします。

{table(_rows, gap=1, rule="", fill="　")}

製品は明日、貴社宛に発送いたします。
よろしくお願いいたします。

{SIG_OKOCHI}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="exactly 5 customers in a full-width padded table (full-width digits) to a repair shop",
))

# --- svc-029: a single repair visit with the customer's disability ----------------------
_q = person(29001, "hokkaido")
add(dict(
    id="svc-029", sender=OKOCHI, to=[SAPPORO], cc=[], bcc=[],
    subject="出張修理のご依頼（受付番号 SV-25-074410）",
    charset="cp932",
    body=f"""有限会社サッポロ家電サービス
工藤様

いつもお世話になっております。日の出産業 修理サービス課の大河内です。
出張修理を1件お願いいたします。

【受付番号】SV-25-074410
【お客様】{name(_q, 'k')} 様（{name(_q, 'kana')}）
【ご住所】{addr(_q, zipc=True, kanji=True)}
【お電話】{tel(_q, 'l')}
【製品】IHクッキングヒーター HS-IH2（2023年購入・保証期間内）
【症状】左ヒーターでE5エラーが出て加熱しない

【訪問時のお願い】
お客様は身体障害者手帳（1級）をお持ちで、車いすを利用されています。
玄関の段差があるため、インターホンを押したあと少しお待ちいただくようお願いします。
また、作業内容のご説明はゆっくりお願いしたいとのことです。

ご対応可能な日程を折り返しご連絡ください。

{SIG_OKOCHI}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one customer's repair order revealing a disability (身体障害者手帳1級) to an outside repair shop",
))

# --- svc-030: English incident report to an overseas OEM --------------------------------
_q = person(30001)
add(dict(
    id="svc-030", sender="Yuka Miyoshi <miyoshi.yuka@hinode-sangyo.co.jp>",
    to=["Chen Wei <chen.wei@hengda-appliance.com>"], cc=["Ryo Okochi <okochi.r@hinode-sangyo.co.jp>"], bcc=[],
    subject="Incident report: HS-KT220 lid detachment / customer injury (PA-2025-0152)",
    charset="utf-8",
    body=f"""Dear Mr. Chen,

I hope this message finds you well.

I am writing to inform you of a product incident involving the electric kettle HS-KT220
(serial KT22-2502-11873), which your factory produced for us.

Customer: Ms. {_q['mei_r']} {_q['sei_r']}, aged {_q['age']}, living in {_q['city']}, {_q['pref']}
Date: 28 June 2025
What happened: the lid came off while she was pouring, and boiling water spilled on her left hand.
Injury: she was taken to hospital by ambulance and diagnosed with second-degree burns on the
left hand and wrist. She was hospitalised for three days and is now receiving outpatient care.
Her family also told us that she has been treated for rheumatoid arthritis, which makes it
difficult for her to grip the handle firmly.

We have retrieved the unit and will send it to you by courier next week for analysis.
Could you please check the lid hinge inspection records for lot 2502?

Best regards,
Yuka Miyoshi
Product Safety Group, Quality Assurance Dept.
Hinode Sangyo Co., Ltd.
Tel +81-3-5201-4460
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="English incident report naming a customer with her burn diagnosis, hospitalisation and arthritis",
))

# --- svc-031: four parties in To/Cc for an accident case meeting ------------------------
add(dict(
    id="svc-031", sender=MIYOSHI, to=[TOWA], cc=[AOBA, TOKIWA], bcc=[],
    subject="PA-2025-0183 関係者打合せ日程のご相談",
    charset="iso-2022-jp",
    body=f"""関係各位

お世話になっております。日の出産業 品質保証部の三好です。

先日発生した石油ファンヒーターの事故（当社受付 PA-2025-0183）につき、
修理ご担当の東和サービス様、製品回収をご担当いただいた青葉運輸様、
保険会社の常盤損害保険様と、経緯確認の打合せをお願いしたく存じます。

候補日時：
  (1) 7月22日(火) 10:00〜11:30
  (2) 7月23日(水) 15:00〜16:30
  (3) 7月25日(金) 13:30〜15:00
場所：当社 日本橋本社 7階 会議室B（オンライン併用）

ご都合のよい日時を7月16日までにお知らせください。

{SIG_MIYOSHI}
""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (repair shop, logistics, insurer) visible to each other in To/Cc",
))

# --- svc-032: plain ZIP with a CSV of 25 recall call-back targets ------------------------
_p = people(32, 25)
_rows = [["管理番号", "氏名", "ﾌﾘｶﾞﾅ", "電話1", "電話2", "前回架電", "結果"]]
for i, q in enumerate(_p):
    _rows.append([f"RC2-{31050 + i * 3:06d}", name(q, "k"), name(q, "hkana"), tel(q, "l"),
                  tel(q, "m") if i % 3 else "", f"2025/07/{3 + i % 6:02d}",
                  ["不在", "留守電", "不在", "話し中", "番号違い"][i % 5]])
add(dict(
    id="svc-032", sender=NITTA, to=[CALLLINK], cc=[], bcc=[],
    subject="リコール架電 再コール対象リスト（25件）",
    charset="utf-8",
    body=f"""コールリンク株式会社
河合様

お世話になっております。日の出産業の新田です。

リコール告知の架電で、前回つながらなかったお客様25件を再コール対象として
ZIPでお送りします。中身はCSV（UTF-8）1ファイルです。
「番号違い」の方は電話2があれば電話2へおかけください。

今週金曜までに結果をご報告いただけますと助かります。

{SIG_NITTA}
""",
    attachments=[{"kind": "zip", "name": "再コール対象_0714.zip",
                  "files": [{"kind": "csv", "name": "再コール対象_0714.csv", "rows": _rows, "encoding": "utf-8"}]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="an unencrypted ZIP holding a CSV of 25 customers' names and phones to the call-centre outsourcer",
))

# --- svc-033: look-alike aobaunyu.co.jp (hyphen dropped), 3 customers --------------------
_p = people(33, 3, "kanto")
add(dict(
    id="svc-033", sender=KUBO, to=["菅野様 <kanno@aobaunyu.co.jp>"], cc=[], bcc=[],
    subject="追加集荷（3件）のお願い",
    charset="cp932",
    body=f"""菅野様

いつもお世話になっております。日の出産業の久保です。
本日午後、急ぎで追加の集荷を３件お願いできますでしょうか。

１）{name(_p[0], 'kn')}様　{addr(_p[0])}　{tel(_p[0], 'm')}
２）{name(_p[1], 'kn')}様　{addr(_p[1])}　{tel(_p[1], 'l')}
３）{name(_p[2], 'kn')}様　{addr(_p[2])}　{tel(_p[2], 'm')}

無理なようでしたら明日午前でも構いません。
よろしくお願いします。

{SIG_KUBO}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="aobaunyu.co.jp (hyphen dropped) is a look-alike of partner aoba-unyu.co.jp; 3 customers' records",
))

# --- svc-034: look-alike tsubasa-system.co.jp (co. added) --------------------------------
add(dict(
    id="svc-034", sender=SAOTOME, to=["ツバサシステム サポート <support@tsubasa-system.co.jp>"], cc=[], bcc=[],
    subject="CRMアカウント追加発行のお願い（コールセンター増員分）",
    charset="iso-2022-jp",
    body=f"""株式会社ツバサシステム
サポートご担当者様

お世話になっております。日の出産業 CS企画の早乙女です。

リコール対応でコールセンターを増員するため、CRM（修理受付システム）の
オペレーター権限アカウントを10件追加発行いただけますでしょうか。

  ・権限：オペレーター（参照・受付登録のみ、エクスポート不可）
  ・利用開始：7月22日(火)
  ・利用期間：2025年12月末まで
  ・ID体系：cl-op101 〜 cl-op110

ライセンス費用の追加見積もあわせてお送りください。

{SIG_SAOTOME}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-system.co.jp is a look-alike (added co.) of partner tsubasa-system.jp",
))

# --- svc-035: homoglyph look-alike tsubasa-systern.jp ('rn' for 'm') ---------------------
add(dict(
    id="svc-035", sender=SAOTOME, to=["野々村 様 <nonomura@tsubasa-systern.jp>"], cc=[], bcc=[],
    subject="Re: 【ツバサシステム】7/12 障害報告書の送付",
    charset="utf-8",
    body=f"""野々村様

障害報告書のご送付ありがとうございました。
7/12 の受付画面の応答遅延について、原因（DBのインデックス再構築処理の競合）と
再発防止策、承知いたしました。

1点だけ確認させてください。報告書に「影響件数：受付登録の失敗 37件」とありますが、
失敗したデータは自動で再登録されたのでしょうか、それとも当社で再入力が必要でしょうか。

お手数ですがご確認をお願いします。

早乙女

> 日の出産業株式会社 早乙女様
> 7/12 に発生した障害について、報告書を添付にてお送りいたします。
> ご確認のほどよろしくお願いいたします。
> 株式会社ツバサシステム 野々村
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="reply to tsubasa-systern.jp ('rn' imitating 'm'), a homoglyph look-alike of tsubasa-system.jp",
))

# --- svc-036: look-alike aoba-unyu.com (TLD swap) ------------------------------------------
add(dict(
    id="svc-036", sender=KUBO, to=["青葉運輸 配車センター <haisha@aoba-unyu.com>"], cc=[], bcc=[],
    subject="引取スケジュール確認（受付番号のみ）",
    charset="cp932",
    body=f"""青葉運輸　配車センター御中

お世話になっております。日の出産業の久保です。
今週の引取分について、完了状況の確認をお願いします。

　R2507-03104　7/14　完了？
　R2507-03111　7/14　完了？
　R2507-03118　7/15　未完了（再配達？）
　R2507-03125　7/15　不明

回答はこのメールへの返信で結構です。

{SIG_KUBO}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu.com swaps the TLD of partner aoba-unyu.co.jp; content is only case numbers",
))

# --- svc-037: 「・」 bullets, 6 extended-warranty members with 和暦 birth dates -------------
_p = people(37, 6)
_styles = ["kanji", "short", "zenk", "kanji", "short", "kanji"]
_lines = "\n".join(
    f"・{name(q, 'k')}（{dob(q, _styles[i])}生）{addr(q, pref=(i % 2 == 0))} TEL {tel(q, 'm' if i % 2 else 'l')}"
    for i, q in enumerate(_p))
add(dict(
    id="svc-037", sender=MURASE, to=[TOKIWA], cc=[], bcc=[],
    subject="延長保証 7月加入者（6名）のご報告",
    charset="iso-2022-jp",
    body=f"""常盤損害保険
片桐様

お世話になっております。日の出産業の村瀬です。
7月前半の延長保証（5年）新規加入者をご報告いたします。

{_lines}

いずれも対象製品は HS-RC55（IH炊飯ジャー）です。
加入証の発行をよろしくお願いいたします。

村瀬
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bulleted list of 6 warranty members with 和暦 birth dates, addresses and phones to the insurer",
))

# --- svc-038: HTML-only table of 8 service visits ----------------------------------------
_p = people(38, 8, "west")
_rows = [["訪問日", "時間", "受付No", "お客様", "訪問先", "連絡先", "内容"]]
for i, q in enumerate(_p):
    _rows.append([f"7/{15 + i // 2}", ["10:00", "14:00"][i % 2], f"W-{5520 + i * 9}", name(q, "kn") + " 様",
                  addr(q), tel(q, "m"), ["点検", "部品交換", "修理", "点検"][i % 4]])
add(dict(
    id="svc-038", sender=OKOCHI, to=[NISHINIHON], cc=[], bcc=[],
    subject="【西日本】訪問スケジュール 7/15〜7/18",
    charset="utf-8",
    html=f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<div>大城様</div>
<div><br></div>
<div>お世話になっております。日の出産業の大河内です。</div>
<div>来週の訪問スケジュールです。ご確認をお願いします。</div>
<div><br></div>
{html_table(_rows, border=0, style=' style="border-collapse:collapse;font-size:9pt"')}
<div><br></div>
<div>大河内</div>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only mail whose table lists 8 customers' names, addresses and phones for visits",
))

# --- svc-039: a customer who was a burglary victim (crime victim) ------------------------
_q = person(39001)
add(dict(
    id="svc-039", sender=MURASE, to=[TOKIWA], cc=[], bcc=[],
    subject="延長保証（盗難補償）のご請求について EW-5519073",
    charset="iso-2022-jp",
    body=f"""片桐様

お世話になっております。日の出産業 お客様相談室の村瀬です。
延長保証の盗難補償について、お客様からご請求がありましたのでご連絡します。

{name(_q, 'kn')}様（{_q['city']}{_q['town']}、電話 {tel(_q, 'm')}）のご自宅が7月5日に空き巣の被害に遭われ、
当社製サイクロン掃除機 HD-VC310 を含む家電数点が盗まれたとのことです。
所轄の警察署に被害届を提出済み（受理番号 第2025-3318号）で、
受理証明書の写しをご郵送いただく予定です。

ご本人は大変ショックを受けておられ、ご連絡はなるべくメールではなく
お電話で、とのご希望です。

必要書類のご案内をお願いいたします。

{SIG_MURASE}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named customer who was a burglary (crime) victim, with phone, reported to the insurer",
))

# --- svc-040: forward of a customer's mail mentioning diabetes to a Kyushu shop ----------
_q = person(40001, "kyushu")
add(dict(
    id="svc-040", sender=TABUCHI, to=[KYUSHU], cc=[], bcc=[],
    subject="転送：炊飯器の件でお願い",
    charset="utf-8",
    body=f"""九州リペアワークス
中園様

お世話になっております。日の出産業の田淵です。
下記お客様から、訪問時に操作方法も説明してほしいとのご要望です。
修理と合わせてご対応いただけますでしょうか。

-----Original Message-----
From: {name(_q, 'rom')} <{_q['email']}>
Sent: Wednesday, July 9, 2025 8:02 PM
To: 日の出産業 お客様相談室
Subject: 炊飯器の件でお願い

お世話になります。{name(_q, 'k')}です。
炊飯器の修理で来ていただく件ですが、私は糖尿病の合併症で目がかなり悪くなっていて、
表示パネルの小さい字が読めません。修理のついでに、音声ガイドの設定方法を
教えていただけないでしょうか。

住所：{addr(_q, zipc=True, kanji=True)}
電話：{tel(_q, 'l')}
-----------------------------

{SIG_TABUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded (new to the shop) customer mail revealing diabetes complications with name/address/phone",
))

# --- svc-041: legacy XLS with 30 product registrations to a new call-centre vendor -------
_p = people(41, 30)
_rows = [["登録ID", "姓", "名", "セイ", "メイ", "生年月日", "郵便番号", "住所", "電話番号", "メール", "登録製品", "購入日"]]
for i, q in enumerate(_p):
    _rows.append([f"U{730115 + i * 17}", q["sei"], q["mei"], q["sei_k"], q["mei_k"], dob(q, "slash"), q["zip"],
                  addr(q), tel(q, "m" if i % 4 else "l"), q["email"], product(i)[0],
                  f"2021/{1 + i % 12:02d}/{5 + i % 20:02d}"])
add(dict(
    id="svc-041", sender=SAOTOME, to=[BELLTELE], cc=["コールセンター管理 <cc-admin@hinode-sangyo.co.jp>"], bcc=[],
    subject="延長保証更新案内 架電テスト用データ（30件）",
    charset="cp932",
    body=f"""株式会社ベルテレサービス
玉城様

お世話になっております。日の出産業の早乙女です。
来月から開始する延長保証更新のアウトバウンド架電について、
トークスクリプト検証用に実データ30件を抽出しましたので添付いたします。
（旧システムからの出力のため .xls 形式です。ご容赦ください）

項目：登録ID／氏名／フリガナ／生年月日／住所／電話／メール／登録製品／購入日

検証完了後は速やかに削除をお願いいたします。

{SIG_SAOTOME}
""",
    attachments=[{"kind": "xls", "name": "架電テスト_30件.xls", "sheets": {"抽出結果": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="legacy .xls of 30 registered customers (birth dates, addresses, phones, e-mail) to a call-centre vendor",
))

# --- svc-042: 取扱注意 only in the XLSX print header, parts cost table --------------------
add(dict(
    id="svc-042", sender=KOZAKAI, to=[MARUEI], cc=[], bcc=[],
    subject="部品単価表（2025年度下期）送付",
    charset="iso-2022-jp",
    body=f"""丸栄電器サービス
矢作様

お世話になっております。小堺です。
10月からの部品単価表をお送りします。一部部品で値上げがございますので、
お見積りの際にご参照ください。

{SIG_KOZAKAI}
""",
    attachments=[{"kind": "xlsx", "name": "部品単価表_2025下期.xlsx", "page_header": "取扱注意",
                  "sheets": {"単価表": [["部品番号", "品名", "対象機種", "仕入原価", "協力店卸価格", "希望小売価格"],
                                        ["RC55-P0311", "内釜ユニット", "HS-RC55", 2140, 3200, 4800],
                                        ["RC55-P0312", "内ぶたパッキン", "HS-RC55", 180, 420, 660],
                                        ["FH12-P0201", "点火ユニット", "HN-FH1200", 1720, 2600, 3900],
                                        ["FH12-P0233", "温風ファンモーター", "HN-FH1200", 2980, 4300, 6200],
                                        ["VC31-P0105", "サイクロンカップ", "HD-VC310", 890, 1500, 2400],
                                        ["MW18-P0520", "マグネトロン", "HS-MW18", 4350, 6100, 8800],
                                        ["KT22-P0044", "ふたユニット", "HS-KT220", 610, 980, 1500]]}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the workbook's print header is stamped 取扱注意; nothing in the mail text says so",
))

# --- svc-043: PPTX accident trends with a slide naming 5 victims and injuries ------------
_p = people(43, 5)
_inj = ["右手 II度熱傷（通院3週間）", "顔面 I度熱傷", "左足 打撲・骨折（入院10日）", "両手 低温やけど", "右前腕 裂傷（縫合7針）"]
add(dict(
    id="svc-043", sender=MIYOSHI, to=[TOKIWA], cc=[], bcc=[],
    subject="上期 製品事故の傾向（定例会資料）",
    charset="utf-8",
    body=f"""片桐様

お世話になっております。三好です。
来週の定例会の資料を先にお送りします。
3枚目に人身事故の個別案件をまとめていますので、ご確認ください。

三好
""",
    attachments=[{"kind": "pptx", "name": "2025上期_製品事故傾向.pptx", "slides": [
        ["2025年度上期 製品事故の傾向", "日の出産業株式会社 品質保証部", "2025年7月"],
        ["件数の推移", "人身事故 5件（前年同期 3件）", "物損事故 14件（前年同期 11件）", "火災 2件"],
        ["人身事故 個別案件"] + [f"{name(q, 'kn')}様（{q['age']}歳）: {_inj[i]} / {product(i)[1]}"
                               for i, q in enumerate(_p)],
        ["今後の対策", "注意表示の見直し", "転倒スイッチの全数検査", "取扱説明書の改訂"]]}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a slide names 5 accident victims with ages and injuries (health information) to the insurer",
))

# --- svc-044: password-protected PDF estimate to a private customer ----------------------
add(dict(
    id="svc-044", sender=OKOCHI, to=["<yamashina.fumio1952@gmail.com>"], cc=[], bcc=[],
    subject="修理お見積書の送付（受付番号 SV-25-075512）",
    charset="cp932",
    body=f"""山科 様

このたびは日の出産業の製品をご利用いただき、ありがとうございます。
修理サービス課の大河内でございます。

お預かりしておりますオーブンレンジの修理お見積書をお送りいたします。
個人情報保護のため、PDFにはパスワードを設定しております。
パスワードはお電話番号の下４桁です。

内容をご確認のうえ、修理を進めてよろしいかご返信いただけますと幸いです。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "pdf", "name": "御見積書_SV-25-075512.pdf", "password": "4471",
                  "lines": ["御見積書", "山科 様", "修理代金合計 18,700円（税込）"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected PDF cannot be inspected; recipient is one private gmail address",
))

# --- svc-045: comma-separated romaji names, 7 pickups ------------------------------------
_p = people(45, 7, "kanto")
_lines = "\n".join(f"{name(q, 'ROM')}, {q['zip']}, {addr(q)}, {tel(q, 'm', 'none')}, 7/{16 + i % 3}"
                   for i, q in enumerate(_p))
add(dict(
    id="svc-045", sender=KUBO, to=[AOBA], cc=[], bcc=[],
    subject="集荷依頼 7件（7/16〜7/18）",
    charset="iso-2022-jp",
    body=f"""菅野様

お世話になっております。久保です。
本日受付分の集荷依頼です。Web受付からのCSV出力のため、お名前がローマ字になっています。
（名前, 〒, 住所, 携帯, 希望日）

{_lines}

よろしくお願いします。
久保
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="7 pickups comma-separated with romaji names, addresses and mobiles to the logistics partner",
))

# --- svc-046: residence card number for an ID-restricted delivery ------------------------
add(dict(
    id="svc-046", sender=KUBO, to=["青葉運輸 川口営業所 <kawaguchi@aoba-unyu.co.jp>"], cc=[], bcc=[],
    subject="本人限定受取の配送について（交換品1件）",
    charset="utf-8",
    body=f"""青葉運輸 川口営業所 ご担当者様

お世話になっております。日の出産業 サービス物流チームの久保です。
高額交換品（オーブンレンジ）1件を本人限定受取でお届けしたく、
受取人様の本人確認情報をお知らせします。

 受取人   : NGUYEN THI HUONG（グエン ティ フォン）様
 住所     : 埼玉県川口市芝新町5-18-3 コーポ芝新町202
 携帯     : 080-6612-0937
 確認書類 : 在留カード
 番号     : UH48215907KA

配達時に在留カードの番号照合をお願いいたします。

{SIG_KUBO}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a customer's residence-card number with name, address and mobile sent to the logistics partner",
))

# --- svc-047: health-insurance card number of an accident victim --------------------------
_q = person(47001)
add(dict(
    id="svc-047", sender=MIYOSHI, to=[TOKIWA], cc=[], bcc=[],
    subject="PA-2025-0176 治療費の直接支払いに関する情報",
    charset="cp932",
    body=f"""常盤損害保険株式会社
片桐様

お世話になっております。三好です。
標記事故の被害者様の治療費について、病院への直接支払いをご検討いただくため、
被害者様の保険証情報をご家族から伺いましたのでお知らせします。

　氏名　　　　：{name(_q, 'kz')}
　生年月日　　：{dob(_q, 'zenk')}
　保険者番号　：０１１３００１２
　記号・番号　：記号 ３１２４０５６　番号 ２８
　傷病名　　　：左前腕Ⅱ度熱傷
　通院先　　　：{_q['city']}内の総合病院 形成外科

よろしくお願いいたします。

{SIG_MIYOSHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="accident victim's health-insurance 記号・番号, birth date and diagnosis sent to the insurer",
))

# --- svc-048: customer (icloud) in To and two repair shops in Cc -------------------------
add(dict(
    id="svc-048", sender=TABUCHI, to=["宍戸様 <shishido.ayano@icloud.com>"], cc=[TOWA, MARUEI], bcc=[],
    subject="修理ご担当店変更のお知らせ（受付番号 SV-25-072284）",
    charset="utf-8",
    body=f"""宍戸 様

いつも日の出産業の製品をご愛用いただき、ありがとうございます。
お客様相談室の田淵でございます。

ご依頼いただいております空気清浄機の修理につきまして、
担当の修理店を「東和サービス」から「丸栄電器サービス」に変更させていただくことになりました。
近日中に丸栄電器サービスの矢作より、訪問日程のご相談のお電話を差し上げます。

ご不便をおかけし申し訳ございませんが、引き続きよろしくお願いいたします。

{SIG_TABUCHI}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="a private customer and two repair shops (three external parties) see each other in To/Cc",
))

# --- svc-049: DOCX manual whose page header says 部外秘 -----------------------------------
add(dict(
    id="svc-049", sender=KOZAKAI, to=[KYUSHU], cc=[], bcc=[],
    subject="協力店向け 修理作業マニュアル（HN-FH1200）",
    charset="cp932",
    body=f"""九州リペアワークス株式会社
中園様

このたびは協力修理店契約をいただき、ありがとうございます。
日の出産業の小堺です。

石油ファンヒーター HN-FH1200 の修理作業マニュアルをお送りします。
リコール対応の点検手順（第4章）を中心にご確認ください。

{SIG_KOZAKAI}
""",
    attachments=[{"kind": "docx", "name": "修理作業マニュアル_HN-FH1200_v3.docx", "page_header": "部外秘",
                  "title": "修理作業マニュアル HN-FH1200",
                  "paragraphs": ["修理作業マニュアル HN-FH1200（第3版）", "第1章 安全上の注意",
                                 "作業前に必ず燃料タンクを取り外し、残油を抜いてください。",
                                 "第2章 分解手順", "第3章 点火系の点検", "第4章 リコール対応点検手順",
                                 "製造番号が FH12-2309〜FH12-2401 の製品は、点火ユニットを新品（FH12-P0201）に交換する。"],
                  "tables": [[["工程", "標準時間"], ["分解", "15分"], ["点火ユニット交換", "20分"], ["組立・試運転", "25分"]]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached manual is stamped 部外秘 in its page header",
))

# --- svc-050: one block per customer, kanji-numeral addresses, 5 recall visits -----------
_p = people(50, 5, "kanto")
_blocks = "\n\n".join(
    f"【{i + 1}】{name(q, 'k')}様（{name(q, 'kana')}）\n　　{addr(q, zipc=True, kanji=True)}\n"
    f"　　自宅 {tel(q, 'l', 'paren')}／携帯 {tel(q, 'm')}"
    for i, q in enumerate(_p))
add(dict(
    id="svc-050", sender=NITTA, to=[TOWA], cc=[], bcc=[],
    subject="リコール訪問点検のお願い（首都圏 5件）",
    charset="iso-2022-jp",
    body=f"""東和サービス株式会社
岩城様

いつもお世話になっております。日の出産業 リコール対応窓口の新田です。
石油ファンヒーターのリコールにつき、訪問点検を希望されているお客様5件をお送りします。
いずれも高齢のお客様で、ご自宅での点検をご希望です。

{_blocks}

日程はお客様と直接ご調整ください。
点検結果は所定の報告書でご報告をお願いいたします。

{SIG_NITTA}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="5 customers, one block each with kanji-numeral addresses and two phones, to a repair shop",
))

# --- svc-051: passport number for an in-store pickup ------------------------------------
_q = person(51001, "kanto")
add(dict(
    id="svc-051", sender=TABUCHI, to=[TOWA], cc=[], bcc=[],
    subject="店頭受取のお客様 本人確認情報（SV-25-076019）",
    charset="utf-8",
    body=f"""東和サービス 岩城様

お世話になっております。日の出産業の田淵です。
明日、貴社店頭で修理品（オーブンレンジ）を受け取られるお客様について、
代金引換のため本人確認が必要です。運転免許証をお持ちでないとのことで、
パスポートの写しをメールでいただきました。

  お名前：{name(_q, 'kn')}（{name(_q, 'ROM')}）
  旅券番号：TR{4000000 + _q['ban'] * 12345 + _q['go']}
  生年月日：{dob(_q, 'nen')}

ご来店時に原本との照合をお願いいたします。

{SIG_TABUCHI}
""",
    expect="stop", entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a customer's passport number and birth date sent to a repair shop for an in-store pickup",
))

# --- svc-052: 10 e-mail addresses only (survey reminder), no names -----------------------
_p = people(52, 10)
add(dict(
    id="svc-052", sender=SAOTOME, to=[RNAVI], cc=[], bcc=[],
    subject="未回答者へのリマインド配信先",
    charset="iso-2022-jp",
    body=f"""加賀谷様

お世話になっております。早乙女です。
満足度調査の未回答者10名分の配信先アドレスです。
明日10時にリマインドメールの配信をお願いします。

{chr(10).join(q['email'] for q in _p)}

以上10件
早乙女
""",
    expect="stop", entities=["EMAIL_ADDRESS"], detectors=["personal_data"],
    note="10 customers' private e-mail addresses, one per line without names, to the research firm",
))

# --- svc-053: XLSX with a title row, 18 repair-history rows, to a new shop ---------------
_p = people(53, 18, "hokkaido")
_rows = [["サッポロ家電サービス様 引継ぎ用 修理履歴（2024年7月〜2025年6月）"], ["作成：日の出産業 修理サービス課"], [],
         ["No.", "受付日", "お客様氏名", "住所", "TEL", "機種", "修理内容", "保証"]]
for i, q in enumerate(_p):
    _rows.append([i + 1, wareki(2024 + (i + 6) // 12, (i + 6) % 12 + 1, 3 + i, "short"), name(q, "kz"), addr(q),
                  tel(q, "l" if i % 2 else "m"), product(i + 1)[0],
                  ["基板交換", "ヒーター交換", "清掃・点検", "パッキン交換", "部品交換なし"][i % 5], "有" if i % 3 else "無"])
add(dict(
    id="svc-053", sender=OKOCHI, to=[SAPPORO], cc=[KOZAKAI], bcc=[],
    subject="北海道エリア 修理履歴の引継ぎについて",
    charset="cp932",
    body=f"""有限会社サッポロ家電サービス
工藤様

お世話になっております。日の出産業の大河内です。
8月から北海道エリアの出張修理をご担当いただくにあたり、
過去1年分の修理履歴（18件）をお送りします。再修理の際のご参考にしてください。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "xlsx", "name": "北海道_修理履歴_引継ぎ.xlsx", "title": "修理履歴 引継ぎ",
                  "sheets": {"修理履歴": _rows}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="workbook with a title row above the header: 18 customers' repair history to a new repair shop",
))

# --- svc-054: UTF-8 CSV without a name column, 14 recall collections --------------------
_p = people(54, 14)
_rows = [["製造番号", "回収先郵便番号", "回収先住所", "連絡先", "回収希望日"]]
for i, q in enumerate(_p):
    _rows.append([f"FH12-23{10 + i % 3}-0{4100 + i * 37}", q["zip"], addr(q, kanji=(i % 3 == 0)),
                  tel(q, "m" if i % 2 else "l"), f"2025-07-{21 + i % 5}"])
add(dict(
    id="svc-054", sender=NITTA, to=[AOBA], cc=[], bcc=[],
    subject="リコール対象品 回収依頼データ（14件）",
    charset="utf-8",
    body=f"""青葉運輸株式会社 菅野様

お世話になっております。日の出産業の新田です。
リコール対象品の回収依頼データ（14件）をCSVでお送りします。
回収品は川口修理センター宛でお願いいたします。

{SIG_NITTA}
""",
    attachments=[{"kind": "csv", "name": "回収依頼_0716.csv", "rows": _rows, "encoding": "utf-8"}],
    expect="stop", entities=["JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="CSV of 14 collection records (home address + phone, no name column) to the logistics partner",
))

# --- svc-055: IDN homoglyph of tsubasa-system.jp (Cyrillic е), punycode --------------------
add(dict(
    id="svc-055", sender=SAOTOME, to=["ツバサシステム 野々村 <nonomura@xn--tsubasa-systm-73k.jp>"], cc=[], bcc=[],
    subject="受付データの月次エクスポート日程について",
    charset="utf-8",
    body=f"""野々村様

お世話になっております。日の出産業の早乙女です。
来月から、受付データの月次エクスポートを毎月第2営業日に実施いただく件、
社内で了承が取れました。

エクスポート先は従来どおり当社のファイルサーバ（SFTP）でお願いします。
接続情報は別途、当社情報システム部からご連絡します。

よろしくお願いします。

{SIG_SAOTOME}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain is the punycode of tsubasa-systеm.jp with a Cyrillic е: an IDN homoglyph of the partner",
))

# ===========================================================================
# messages that must go
# ===========================================================================

# --- svc-056: service-area shop directory to a private customer (businesses only) -------
add(dict(
    id="svc-056", sender=MURASE, to=["<hanae.oikawa77@gmail.com>"], cc=[], bcc=[],
    subject="Re: 近くで修理を受け付けているお店はありますか",
    charset="utf-8",
    body=f"""及川 様

お問い合わせいただき、ありがとうございます。
日の出産業 お客様相談室の村瀬でございます。

神奈川県内で弊社製品の修理をお持ち込みで受け付けている協力店は、以下のとおりです。
お持ち込みの際は、保証書（またはレシート）をお持ちください。

■ 東和サービス 横浜店
　〒220-0011 神奈川県横浜市西区高島2-12-6 横浜SKビル1F
　TEL 045-451-2280　受付 10:00〜18:00（水曜定休）
■ 東和サービス 川崎店
　〒210-0007 神奈川県川崎市川崎区駅前本町8-3
　TEL 044-211-7735　受付 10:00〜19:00
■ 丸栄電器サービス 相模原営業所
　〒252-0231 神奈川県相模原市中央区相模原4-3-14
　TEL 042-752-6610　受付 9:30〜17:30（土日祝休）
■ 丸栄電器サービス 藤沢営業所
　〒251-0052 神奈川県藤沢市藤沢1-8-2 藤沢ビル2F
　TEL 0466-22-9013　受付 9:30〜17:30（土日祝休）

ご自宅への出張修理をご希望の場合は、お手数ですがフリーダイヤルまでご連絡ください。

{SIG_MURASE}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="directory of repair shops (businesses, not people) to one private customer; only freemail is notable",
))

# --- svc-057: parts price list XLSX (no marking) ----------------------------------------
add(dict(
    id="svc-057", sender=KOZAKAI, to=[TOWA], cc=[], bcc=[],
    subject="補修用部品 価格表（協力店向け）改定のお知らせ",
    charset="iso-2022-jp",
    body=f"""東和サービス株式会社
岩城様

平素より大変お世話になっております。日の出産業の小堺です。

10月1日受注分より、補修用部品の協力店向け価格を一部改定いたします。
改定後の価格表を添付いたしますので、ご確認ください。
主な改定は、ファンヒーター系の点火ユニット（+8%）と炊飯器の内釜（+5%）です。

ご不明点がございましたらお問い合わせください。

{SIG_KOZAKAI}
""",
    attachments=[{"kind": "xlsx", "name": "協力店価格表_20251001.xlsx",
                  "sheets": {"価格表": [["協力店向け 補修用部品価格表（2025年10月1日改定）"], [],
                                        ["部品番号", "品名", "対象機種", "旧価格", "新価格", "備考"],
                                        ["FH12-P0201", "点火ユニット", "HN-FH1200", 2400, 2600, "改定"],
                                        ["FH12-P0233", "温風ファンモーター", "HN-FH1200", 4300, 4300, ""],
                                        ["RC55-P0311", "内釜ユニット", "HS-RC55", 3050, 3200, "改定"],
                                        ["KT22-P0044", "ふたユニット", "HS-KT220", 980, 980, ""],
                                        ["VC31-P0105", "サイクロンカップ", "HD-VC310", 1500, 1500, ""],
                                        ["AP40-P0019", "集じんフィルター", "HN-AP40", 1800, 1800, ""],
                                        ["HD90-P0007", "吸込口カバー", "HD-HD900", 350, 350, ""]]}}],
    expect="pass", entities=[], detectors=[],
    note="parts price list to a repair shop: no personal data, no marking",
))

# --- svc-058: case numbers and statuses only ---------------------------------------------
_lines = "\n".join(f"  N25-{8790 + i * 7}   {['部品待ち', '修理完了', '修理中', '訪問待ち', '返送済'][i % 5]:<6}  {product(i)[0]}"
                   for i in range(15))
add(dict(
    id="svc-058", sender=OKOCHI, to=[HOKUTO], cc=[], bcc=[],
    subject="進捗確認のお願い（15件）",
    charset="cp932",
    body=f"""北斗リペア　相馬様

お世話になっております。大河内です。
下記15件について、当社システム上のステータスと貴社の状況が一致しているか
ご確認いただけますでしょうか。相違があればお知らせください。

  受付番号    ステータス  機種
{_lines}

よろしくお願いいたします。

{SIG_OKOCHI}
""",
    expect="pass", entities=[], detectors=[],
    note="only case numbers, statuses and model codes: no personal data",
))

# --- svc-059: one repair order with one customer's contact details -----------------------
_q = person(59001, "kanto")
add(dict(
    id="svc-059", sender=OKOCHI, to=[MARUEI], cc=[], bcc=[],
    subject="出張修理依頼 SV-25-076688（HS-IH2）",
    charset="iso-2022-jp",
    body=f"""丸栄電器サービス 矢作様

お世話になっております。日の出産業の大河内です。
出張修理を1件お願いします。

受付番号：SV-25-076688
お客様　：{name(_q, 'kn')} 様
ご住所　：{addr(_q, zipc=True)}
お電話　：{tel(_q, 'm')}（平日18時以降つながりやすい）
製品　　：IHクッキングヒーター HS-IH2
症状　　：右IHの火力が上がらない。E2エラーが時々表示
保証　　：保証期間内（2024年3月購入）

日程調整はお客様と直接お願いいたします。

{SIG_OKOCHI}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one customer's contact details in a routine repair order to a repair shop (one person: may warn)",
))

# --- svc-060: two pickups ----------------------------------------------------------------
_p = people(60, 2)
add(dict(
    id="svc-060", sender=KUBO, to=[AOBA], cc=[], bcc=[],
    subject="本日追加の集荷2件",
    charset="utf-8",
    body=f"""菅野様

お世話になっております。久保です。
本日追加で2件お願いします。

1. {name(_p[0], 'k')} 様 / {addr(_p[0])} / {tel(_p[0], 'm')} / 15時以降
2. {name(_p[1], 'k')} 様 / {addr(_p[1])} / {tel(_p[1], 'l')} / 午後いつでも

どちらも小型（60サイズ）です。
よろしくお願いします。

{SIG_KUBO}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two customers' pickup records to the logistics partner: below the list threshold (may warn)",
))

# --- svc-061: internal only: 30 recall non-responders CSV --------------------------------
_p = people(61, 30)
_rows = [["管理番号", "氏名", "電話", "住所", "DM発送日", "架電回数"]]
for i, q in enumerate(_p):
    _rows.append([f"RC2-{10200 + i * 11:06d}", name(q, "kn"), tel(q, "l" if i % 2 else "m"), addr(q),
                  "2025/06/20", str(i % 4)])
add(dict(
    id="svc-061", sender=NITTA, to=["小堺 誠一 <kozakai@hinode-sangyo.co.jp>", MIYOSHI],
    cc=["リコール窓口 <recall@cs.hinode-sangyo.co.jp>"], bcc=[],
    subject="リコール未反応者リスト（30件）ご確認ください",
    charset="cp932",
    body=f"""小堺課長、三好さん

お疲れさまです。新田です。
DM発送から3週間経っても反応のないお客様30件をリストにしました。
訪問での告知に切り替えるかどうか、明日の会議でご相談させてください。

添付：リコール未反応者_0711.csv

新田
""",
    attachments=[{"kind": "csv", "name": "リコール未反応者_0711.csv", "rows": _rows, "encoding": "cp932"}],
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=[],
    note="30 customers' records, but every recipient is internal (hinode-sangyo.co.jp and a subdomain)",
))

# --- svc-062: internal accident report with the injury ----------------------------------
_q = person(62001)
add(dict(
    id="svc-062", sender=TABUCHI, to=[MIYOSHI], cc=["法務部 鳴海 <narumi@hinode-sangyo.co.jp>"], bcc=[],
    subject="【事故速報】電気毛布 HN-EB60 低温やけど（大阪分室受付）",
    charset="iso-2022-jp",
    body=f"""三好さん
（cc: 法務部 鳴海さん）

お疲れさまです。大阪分室の田淵です。
本日、以下の事故のご申告がありましたので速報します。

・申告者：{name(_q, 'k')} 様（{_q['age']}歳）{addr(_q, bldg=False)} / {tel(_q, 'l')}
・製品：電気毛布 HN-EB60（2022年購入）
・内容：就寝中に使用し、左ふくらはぎに低温やけど。皮膚科で「II度熱傷」と診断、通院中
・その他：ご本人は糖尿病で足の感覚が鈍いとのこと
・製品は着払いで送っていただくよう依頼済み

詳細は明日の朝会で報告します。

田淵
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=[],
    note="accident report with a named customer's diagnosis, but sent only to internal colleagues",
))

# --- svc-063: reply to a repair shop; the customers' list is only in the quote -----------
_p = people(63, 6, "kanto")
_quoted = "\n".join(f"> {i + 1}. {name(q, 'kn')}様 {tel(q, 'm')} {product(i)[0]} 完了 {7}/{8 + i}" for i, q in enumerate(_p))
add(dict(
    id="svc-063", sender=OKOCHI, to=[TOWA], cc=[], bcc=[],
    subject="Re: 7月第1週 修理完了報告",
    charset="iso-2022-jp",
    body=f"""岩城様

完了報告ありがとうございます。6件とも確認いたしました。
請求書は月末締めでまとめてお送りください。

大河内

> 日の出産業 大河内様
>
> お世話になっております。東和サービスの岩城です。
> 7月第1週の修理完了分をご報告します。
>
{_quoted}
>
> 以上、よろしくお願いいたします。
""",
    expect="pass", entities=[], detectors=[],
    note="the 6 customers appear only in the quoted text of the shop's own mail; the new text has no data",
))

# --- svc-064: mail about an NDA with a call-centre vendor (no stamp) ----------------------
add(dict(
    id="svc-064", sender=SAOTOME, to=[BELLTELE], cc=[], bcc=[],
    subject="秘密保持契約書（案）の送付について",
    charset="cp932",
    body=f"""株式会社ベルテレサービス
玉城様

お世話になっております。日の出産業の早乙女です。

先日のお打合せでお話ししたとおり、業務委託契約に先立ち
秘密保持契約書（案）をお送りいたします。
第5条（個人情報の取扱い）と第9条（再委託）について、貴社法務部門でご確認いただき、
修正点がございましたら変更履歴付きでご返送ください。

締結後に、お客様データの受け渡し方法（SFTP）についてご相談させてください。

{SIG_SAOTOME}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_ベルテレサービス.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と株式会社ベルテレサービス（以下「乙」という。）は、"
                                 "甲が乙に委託するコールセンター業務に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上、営業上の一切の情報をいう。",
                                 "第5条（個人情報の取扱い）乙は、甲から預託された個人情報を委託業務の目的以外に利用してはならない。",
                                 "第9条（再委託）乙は、甲の書面による事前の承諾なく、業務を第三者に再委託してはならない。",
                                 "第12条（有効期間）本契約の有効期間は、締結日から3年間とする。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA with the draft attached: talks about confidentiality but carries no marking or data",
))

# --- svc-065: pickup confirmation with tracking numbers and the standard disclaimer -------
add(dict(
    id="svc-065", sender=KUBO, to=[AOBA], cc=[], bcc=[],
    subject="Re: 7/14 集荷完了のご連絡",
    charset="iso-2022-jp",
    body=f"""菅野様

集荷完了のご連絡ありがとうございます。
伝票番号、以下のとおり控えました。

  R2507-03104  → 4471-2290-8816
  R2507-03111  → 4471-2290-8820
  R2507-03118  → 4471-2290-8831

引き続きよろしくお願いいたします。

{SIG_KUBO}

{DISCLAIMER_JA}
{DISCLAIMER_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="tracking numbers against case numbers plus the standard JA/EN confidentiality disclaimer",
))

# --- svc-066: two external organisations (repair shop + logistics) -----------------------
add(dict(
    id="svc-066", sender=KUBO, to=[HOKUTO], cc=[AOBA], bcc=[],
    subject="東北エリア 修理品の引取りルートについて（打合せのお願い）",
    charset="utf-8",
    body=f"""北斗リペア 相馬様
（cc: 青葉運輸 菅野様）

お世話になっております。日の出産業の久保です。

8月から、東北エリアの修理品を北斗リペア様へ直送するルートに切り替えたく、
一度3社でお打合せをさせてください。

候補：7月29日(火) 14時〜 / 7月31日(木) 10時〜（いずれもWeb会議）

議題：
 - 引取り曜日と集荷締め時間
 - 修理完了品のお客様宅への直送
 - 伝票・運賃の精算方法

ご都合をお聞かせください。

{SIG_KUBO}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="an ordinary meeting request with two external organisations in To/Cc",
))

# --- svc-067: 20 tracking numbers (12 digits) without personal data -----------------------
_lines = "\n".join(f"{i + 1:>2}  SV-25-07{6100 + i * 3}  {3390 + i * 7:04d}{5540 + i:04d}{1208 + i * 13:04d}  {1 + i % 2}個口"
                   for i in range(20))
add(dict(
    id="svc-067", sender=KUBO, to=[AOBA], cc=[], bcc=[],
    subject="7月第2週 配送分 お問い合わせ伝票番号一覧",
    charset="cp932",
    body=f"""青葉運輸　菅野様

お世話になっております。久保です。
先週配送分のうち、お届け完了の反映がまだの20件です。
配達状況をご確認いただけますでしょうか。

No  受付番号       お問い合わせ伝票番号  個口
{_lines}

よろしくお願いいたします。
久保
""",
    expect="pass", entities=[], detectors=[],
    note="12-digit tracking numbers and case numbers only: no personal data",
))

# --- svc-068: the genuine partner tsubasa-system.jp ---------------------------------------
add(dict(
    id="svc-068", sender=SAOTOME, to=[TSUBASA], cc=["情報システム部 <is-support@hinode-sangyo.co.jp>"], bcc=[],
    subject="Re: 【ご案内】修理受付システム 定期メンテナンス（7/27）",
    charset="iso-2022-jp",
    body=f"""野々村様

ご案内ありがとうございます。
7月27日(日) 1:00〜6:00 のメンテナンス、承知いたしました。
コールセンター（コールリンク様）にも停止時間を周知しておきます。

メンテナンス後の動作確認は、当社では8時から実施します。
不具合があった場合の連絡先は、前回と同じ緊急連絡窓口でよろしいでしょうか。

早乙女
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary reply to the real partner domain tsubasa-system.jp",
))

# --- svc-069: a subdomain of the real partner aoba-unyu.co.jp -----------------------------
add(dict(
    id="svc-069", sender=TABUCHI, to=["青葉運輸 大阪南営業所 <osaka-minami@kansai.aoba-unyu.co.jp>"], cc=[], bcc=[],
    subject="大阪分室 定期集荷の時間変更について",
    charset="utf-8",
    body=f"""青葉運輸株式会社 大阪南営業所
ご担当者様

いつもお世話になっております。日の出産業 大阪分室の田淵です。

8月1日より、当分室の定期集荷の時間を下記のとおり変更させてください。

  現行：毎日 16:00
  変更後：平日 17:30 / 土曜 12:00（日祝は集荷なし）

集荷場所（本町NKビル 1F 荷捌き場）に変更はございません。
お手数ですがご対応をお願いいたします。

{SIG_TABUCHI}
""",
    expect="pass", entities=[], detectors=[],
    note="recipient is on a subdomain of the genuine partner domain aoba-unyu.co.jp: not a look-alike",
))

# --- svc-070: recall DM template draft with placeholders ---------------------------------
add(dict(
    id="svc-070", sender=NITTA, to=[NISHIKI], cc=[], bcc=[],
    subject="リコールDM 原稿（第3版）",
    charset="iso-2022-jp",
    body=f"""宮地様

お世話になっております。新田です。
DM原稿の第3版をお送りします。宛名面のレイアウトは前回と同じです。
差込部分は《 》で示しています。

--- 宛名面 ---
〒《郵便番号》
《住所1》
《住所2》
《氏名》 様
管理番号：《管理番号》

--- 本文面（抜粋） ---
【重要】石油ファンヒーター 無償点検・交換のお願い
《氏名》様には、弊社製品をご愛用いただき誠にありがとうございます。
お客様がお持ちの製品は、点火装置の不具合により異常着火のおそれがあるため、
無償で点検・交換させていただきます。同封のはがきでお申込みください。

見本刷りでは《氏名》に「日の出 太郎」を入れていただければ結構です。

新田
""",
    expect="pass", entities=[], detectors=[],
    note="a DM template with placeholders and a dummy name: no real person's data",
))

# --- svc-071: survey results, aggregate only ---------------------------------------------
add(dict(
    id="svc-071", sender=SAOTOME, to=[RNAVI], cc=[], bcc=[],
    subject="Re: 満足度調査 6月分 集計結果",
    charset="cp932",
    body=f"""加賀谷様

集計結果ありがとうございます。拝見しました。

　　　　　　　　回答数　満足　やや満足　普通　やや不満　不満
　受付対応　　　　412　 38%　　31%　　 18%　　 9%　　　 4%
　修理期間　　　　409　 22%　　29%　　 25%　　15%　　　 9%
　修理費用　　　　398　 15%　　27%　　 33%　　16%　　　 9%
　総合　　　　　　412　 30%　　34%　　 21%　　10%　　　 5%

修理期間の不満が前回より増えていますので、地域別（関東／関西／その他）のクロス集計も
お願いできますでしょうか。

早乙女
""",
    expect="pass", entities=[], detectors=[],
    note="aggregate survey percentages: no individual's data",
))

# --- svc-072: reply to one private customer confirming her own address -------------------
_q = person(72001)
add(dict(
    id="svc-072", sender=OKOCHI, to=[f"{name(_q, 'kn')} <{_q['email'].split('@')[0]}@yahoo.co.jp>"], cc=[], bcc=[],
    subject="Re: 修理の見積もりについて",
    charset="utf-8",
    body=f"""{name(_q, 'k')} 様

お世話になっております。日の出産業 修理サービス課の大河内でございます。
修理のご依頼、承知いたしました。本日より作業に入り、7月22日頃の発送を予定しております。

念のため、お届け先をご確認ください。
　お届け先：{addr(_q, zipc=True)}
　お電話：{tel(_q, 'm')}

修理代金 8,250円（税込）は、お届け時に配達員へお支払いください。

{SIG_OKOCHI}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["freemail_recipient", "personal_data"],
    note="reply to one private customer restating her own delivery address and phone (one person)",
))

# --- svc-073: 社外秘 only mentioned in prose ----------------------------------------------
add(dict(
    id="svc-073", sender=KOZAKAI, to=[NISHINIHON], cc=[], bcc=[],
    subject="Re: 転倒スイッチ不具合の解析資料について",
    charset="iso-2022-jp",
    body=f"""大城様

お問い合わせありがとうございます。小堺です。
ご依頼の転倒スイッチ不具合の解析資料ですが、社内では社外秘の扱いとなっており、
現時点では協力店様にもお渡しできない決まりになっております。申し訳ございません。

代わりに、協力店向けに公開している技術情報 TS-25-011（点検手順）を
来週お送りしますので、そちらをご参照いただけますでしょうか。

{SIG_KOZAKAI}
""",
    expect="pass", entities=[], detectors=[],
    note="the word 社外秘 is only mentioned in prose (the document is NOT sent): no marking on the mail",
))

# --- svc-074: internal CS staff roster with mobiles ---------------------------------------
_staff = [("村瀬 詩織", "080-4410-7201"), ("新田 恵美", "080-4410-7202"), ("田淵 かおり", "080-4410-7215"),
          ("早乙女 拓", "080-4410-7230"), ("大河内 亮", "080-4410-7244"), ("久保 雅人", "080-4410-7291"),
          ("野添 直美", "090-2281-6650"), ("鳥海 孝", "070-5513-0987")]
add(dict(
    id="svc-074", sender=KOZAKAI, to=["CS本部 全員 <cs-all@hinode-sangyo.co.jp>"], cc=[], bcc=[],
    subject="お盆期間の緊急連絡網（CS本部）",
    charset="cp932",
    body=f"""CS本部の皆さん

お疲れさまです。小堺です。
8/9〜8/17 の緊急連絡網です。リコール関連の緊急案件は上から順に連絡してください。

{table([["氏名", "携帯"]] + [list(x) for x in _staff], gap=4)}

※個人携帯の方は取扱いに注意してください。社外には出さないこと。

小堺
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="staff roster with mobiles sent only to an internal list",
))

# --- svc-075: introducing one new contact person (own staff) ------------------------------
add(dict(
    id="svc-075", sender=OKOCHI, to=[NISHINIHON], cc=["鳥海 孝 <toriumi@hinode-sangyo.co.jp>"], bcc=[],
    subject="担当者変更のご連絡",
    charset="iso-2022-jp",
    body=f"""西日本テクノサービス
大城様

いつもお世話になっております。日の出産業の大河内です。

8月1日付で、西日本エリアの協力店窓口を鳥海（とりうみ）に引き継ぐことになりました。
今後のご連絡は下記までお願いいたします。

  日の出産業株式会社 CS本部 修理サービス課
  鳥海 孝（とりうみ たかし）
  TEL 048-250-7736 / 携帯 070-5513-0987
  toriumi@hinode-sangyo.co.jp

これまで大変お世話になりました。引き続きよろしくお願いいたします。

{SIG_OKOCHI}
""",
    expect="pass", entities=[], detectors=[],
    note="one colleague's business contact details introduced to a partner",
))

# --- svc-076: anonymised accident summary ------------------------------------------------
add(dict(
    id="svc-076", sender=MIYOSHI, to=[TOKIWA], cc=[], bcc=[],
    subject="6月 事故受付状況のご報告（匿名化版）",
    charset="utf-8",
    body=f"""片桐様

お世話になっております。三好です。
6月の事故受付状況を、匿名化した形でご報告します。個別案件の詳細は
保険金請求の段階で別途お送りします。

| 区分 | 製品 | 概要 | 程度 |
|------|------|------|------|
| 人身 | 電気ケトル | 注湯中に蓋が外れ手にかかった | 軽傷 |
| 人身 | 電気毛布 | 低温やけど | 軽傷 |
| 物損 | 石油ファンヒーター | 床の焦げ | - |
| 物損 | 除湿機 | 水漏れによる床材の膨れ | - |
| 物損 | オーブンレンジ | 庫内からの発煙 | - |

人身2件はいずれも通院のみで、入院はありません。

{SIG_MIYOSHI}
""",
    expect="pass", entities=[], detectors=[],
    note="anonymised accident statistics: injuries are not tied to any identifiable person",
))

# --- svc-077: HTML-only directory of repair shops for the call-centre --------------------
_shops = [["店名", "所在地", "電話", "対応エリア", "受付時間"],
          ["東和サービス 本店", "東京都大田区蒲田5-22-1 蒲田TKビル3F", "03-3731-5520", "東京23区・川崎", "10:00-18:00"],
          ["東和サービス 横浜店", "神奈川県横浜市西区高島2-12-6", "045-451-2280", "横浜・県央", "10:00-18:00"],
          ["丸栄電器サービス", "埼玉県さいたま市大宮区大門町3-88", "048-641-3301", "埼玉・群馬", "9:30-17:30"],
          ["北斗リペア", "宮城県仙台市若林区卸町2-9-4", "022-235-6618", "東北6県", "9:00-17:00"],
          ["サッポロ家電サービス", "北海道札幌市白石区本通8丁目南1-10", "011-863-4120", "北海道", "9:00-17:30"],
          ["西日本テクノサービス", "大阪府東大阪市高井田元町1-3-15", "06-6781-2290", "近畿・中国・四国", "9:00-18:00"],
          ["九州リペアワークス", "福岡県福岡市博多区東比恵3-5-2", "092-432-8870", "九州・沖縄", "9:00-18:00"]]
add(dict(
    id="svc-077", sender=MURASE, to=[CALLLINK], cc=[], bcc=[],
    subject="【更新】協力修理店一覧（オペレーター案内用）",
    charset="cp932",
    html=f"""<html><body>
<p>コールリンク株式会社<br>河合様</p>
<p>お世話になっております。村瀬です。<br>
8月1日から北海道エリアの協力店が変わりますので、オペレーター案内用の一覧を更新しました。<br>
お客様から持込先を聞かれた場合は、この一覧からご案内ください。</p>
{html_table(_shops)}
<p>※北海道エリアは8月1日以降「サッポロ家電サービス」へ変更です。</p>
<p>村瀬</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML table of repair shops (business addresses and switchboards), not people",
))

# --- svc-078: parts order CSV ------------------------------------------------------------
add(dict(
    id="svc-078", sender=KOZAKAI, to=[KYUSHU], cc=[], bcc=[],
    subject="初回部品在庫の送付内容について",
    charset="iso-2022-jp",
    body=f"""中園様

お世話になっております。小堺です。
協力店開始にあたり、初回の部品在庫を明日発送いたします。
内容は添付CSVのとおりです。到着後、数量のご確認をお願いします。

{SIG_KOZAKAI}
""",
    attachments=[{"kind": "csv", "name": "初回部品在庫_九州リペアワークス.csv", "encoding": "cp932",
                  "rows": [["部品番号", "品名", "対象機種", "数量", "単価", "金額"],
                           ["FH12-P0201", "点火ユニット", "HN-FH1200", 20, 2600, 52000],
                           ["FH12-P0233", "温風ファンモーター", "HN-FH1200", 5, 4300, 21500],
                           ["CF35-S0107", "転倒スイッチ", "HN-CF35", 30, 380, 11400],
                           ["RC55-P0312", "内ぶたパッキン", "HS-RC55", 40, 420, 16800],
                           ["KT22-P0044", "ふたユニット", "HS-KT220", 15, 980, 14700],
                           ["IH2-P0090", "トッププレート", "HS-IH2", 2, 9800, 19600]]}],
    expect="pass", entities=[], detectors=[],
    note="a parts list CSV (part numbers, quantities, prices): no personal data",
))

# --- svc-079: call-centre weekly KPI workbook ---------------------------------------------
add(dict(
    id="svc-079", sender=SAOTOME, to=[CALLLINK], cc=[], bcc=[],
    subject="週次KPI（7/7〜7/13）と来週の体制について",
    charset="utf-8",
    body=f"""河合様

お世話になっております。早乙女です。
先週のKPIを添付にまとめました。リコール告知の影響で入電数が前週比1.8倍、
応答率が78%まで落ちています。来週は午前中の席数を+4席でお願いできますでしょうか。

{SIG_SAOTOME}
""",
    attachments=[{"kind": "xlsx", "name": "週次KPI_0707-0713.xlsx",
                  "sheets": {"KPI": [["日付", "入電数", "応答数", "応答率", "平均通話時間(秒)", "放棄呼"],
                                     ["7/7", 612, 488, "79.7%", 312, 124], ["7/8", 701, 530, "75.6%", 335, 171],
                                     ["7/9", 655, 517, "78.9%", 321, 138], ["7/10", 590, 471, "79.8%", 309, 119],
                                     ["7/11", 548, 440, "80.3%", 301, 108], ["7/12", 301, 251, "83.4%", 287, 50],
                                     ["7/13", 188, 162, "86.2%", 279, 26]],
                             "カテゴリ別": [["カテゴリ", "件数"], ["リコール", 1622], ["修理受付", 1011],
                                           ["使い方", 580], ["その他", 382]]}}],
    expect="pass", entities=[], detectors=[],
    note="call-centre KPI figures only",
))

# --- svc-080: internal forward of a customer's complaint mentioning her illness ----------
_q = person(80001)
add(dict(
    id="svc-080", sender=MURASE, to=[MIYOSHI], cc=["小堺 誠一 <kozakai@hinode-sangyo.co.jp>"], bcc=[],
    subject="FW: 除湿機から水漏れ（至急対応希望）",
    charset="cp932",
    body=f"""三好さん、小堺課長

お疲れさまです。村瀬です。
品質案件になる可能性がありますので、お客様のメールを共有します。
お客様は喘息をお持ちで、カビの発生を非常に気にされています。

----- 転送メッセージ -----
差出人: {name(_q, 'kn')} <{_q['email']}>
件名: 除湿機から水漏れ（至急対応希望）

日の出産業 御中
購入して半年の除湿機（HN-DH08）から水が漏れて、フローリングが一部膨れています。
私は小児喘息の持病があり、カビが出ると困ります。至急見に来てください。
連絡先：{tel(_q, 'm')}
---------------------------

村瀬
""",
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=[],
    note="a customer's complaint with her asthma forwarded, but only to internal colleagues",
))

# --- svc-081: recall notice to 15 customers in Bcc ----------------------------------------
_p = people(81, 15)
add(dict(
    id="svc-081", sender=NITTA, to=["日の出産業 リコール窓口 <recall@hinode-sangyo.co.jp>"], cc=[],
    bcc=[q["email"] for q in _p],
    subject="【再送】石油ファンヒーター HN-FH1200 無償点検・交換のお願い",
    charset="iso-2022-jp",
    body=f"""お客様各位

日の出産業株式会社でございます。
先般ご案内いたしました石油ファンヒーター「HN-FH1200」の無償点検・交換につきまして、
まだお申込みをいただいていないお客様に、再度ご案内をお送りしております。

異常着火のおそれがございますので、対象製品をお持ちの場合はご使用を中止し、
リコール対応窓口（0120-610-480）までご連絡くださいますようお願い申し上げます。

すでにお申込みいただいている場合は、本メールと行き違いになりましたことをお詫び申し上げます。

{SIG_NITTA}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="recall notice to 15 customers correctly in Bcc (To is our own mailbox): nobody sees the others",
))

# --- svc-082: four customers to a repair shop (below the list threshold) ------------------
_p = people(82, 4, "kanto")
_blocks = "\n".join(f"◇{name(q, 'kanan')}（{name(q, 'kn')}）様　{addr(q, pref=False)}　☎{tel(q, 'm')}"
                    for q in _p)
add(dict(
    id="svc-082", sender=OKOCHI, to=[TOWA], cc=[], bcc=[],
    subject="来週の出張修理 4件",
    charset="utf-8",
    body=f"""岩城様

お世話になっております。大河内です。
来週分の出張修理、4件お願いします。

{_blocks}

機種はいずれも HS-RC55（内釜交換）です。部品は貴社在庫をご使用ください。

大河内
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four customers' records to a repair shop: under the five-person threshold (may warn)",
))

# --- svc-083: invoice with the company's registration number and bank account -----------
_cn = corporate_number("010401087215")
add(dict(
    id="svc-083", sender=KOZAKAI, to=[TOKIWA], cc=["経理部 <keiri@hinode-sangyo.co.jp>"], bcc=[],
    subject="延長保証修理費 6月分 ご請求書送付",
    charset="cp932",
    body=f"""常盤損害保険株式会社
損害サービス部　片桐様

お世話になっております。日の出産業の小堺です。
延長保証に基づく修理費用（6月完了分 27件）のご請求書をお送りいたします。

　請求金額：　　 ４１２，５８０円（税込）
　お支払期日：　2025年8月31日
　振込先：　　　みどり銀行　日本橋支店　当座　0482215
　口座名義：　　ﾋﾉﾃﾞｻﾝｷﾞｮｳ(ｶ
　適格請求書発行事業者登録番号：T{_cn}

明細は添付のPDFをご確認ください。

{SIG_KOZAKAI}
""",
    attachments=[{"kind": "pdf", "name": "請求書_202506_延長保証.pdf",
                  "lines": ["請 求 書", "常盤損害保険株式会社 御中", "日の出産業株式会社",
                            f"登録番号 T{_cn}", "延長保証修理費 2025年6月分 27件 412,580円（税込）"]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with the company's own T-number and company bank account: business data, not personal",
))

# --- svc-084: reply to the call-centre; caller list only under -----Original Message----- --
_p = people(84, 8)
_orig = "\n".join(f"{i + 1}　{name(q, 'k')}様　{tel(q, 'm')}　{['修理依頼', 'リコール', '苦情', '使い方'][i % 4]}"
                  for i, q in enumerate(_p))
add(dict(
    id="svc-084", sender=MURASE, to=[CALLLINK], cc=[], bcc=[],
    subject="RE: 【日報】7/11 エスカレーション案件",
    charset="iso-2022-jp",
    body=f"""河合様

日報ありがとうございます。
8件とも当室で引き取りました。折り返しは本日中に行います。

なお、来週月曜は当室が朝礼のため、9:00〜9:30のエスカレーションは
9:30以降にお願いできますでしょうか。

村瀬

-----Original Message-----
From: 河合 <kawai@call-link.co.jp>
Sent: Friday, July 11, 2025 6:12 PM
To: 村瀬 詩織 <murase.shiori@hinode-sangyo.co.jp>
Subject: 【日報】7/11 エスカレーション案件

日の出産業 村瀬様

本日のエスカレーション案件です（8件）。

{_orig}

よろしくお願いいたします。
コールリンク 河合
""",
    expect="pass", entities=[], detectors=[],
    note="the 8 callers appear only in the quoted original from the recipient; new text has no data",
))

# --- svc-085: press release to a consumer centre (local government) ----------------------
add(dict(
    id="svc-085", sender=MIYOSHI, to=["花見川市 消費生活センター <shohi-center@city.hanamigawa.lg.jp>"], cc=[], bcc=[],
    subject="石油ファンヒーター HN-FH1200 リコール（社告）のお知らせ",
    charset="utf-8",
    body=f"""花見川市 消費生活センター ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 品質保証部の三好と申します。

弊社製 石油ファンヒーター HN-FH1200 の一部製品につきまして、本日付で
社告（無償点検・交換）を掲載いたしましたので、ご案内申し上げます。
市民の方からお問い合わせがございました場合は、弊社リコール対応窓口
（0120-610-480）をご案内いただけますと幸いです。

社告の写しを添付いたします。

{SIG_MIYOSHI}
""",
    attachments=[{"kind": "pdf", "name": "社告_HN-FH1200.pdf",
                  "lines": ["【社告】石油ファンヒーター 無償点検・交換のお知らせ", "",
                            "対象製品：HN-FH1200（製造番号 FH12-2309〜FH12-2401）",
                            "内容：点火装置の不具合により、異常着火するおそれがあります。",
                            "お問い合わせ：日の出産業 リコール対応窓口 0120-610-480",
                            "受付時間：9:00〜18:00（土日祝も受付）"]}],
    expect="pass", entities=[], detectors=[],
    note="a public recall notice (社告) to a consumer centre: public information",
))

# --- svc-086: repair fee table PDF with a 'no reproduction' footer ------------------------
add(dict(
    id="svc-086", sender=KOZAKAI, to=["家電のミドリヤ 仕入部 浅沼様 <asanuma@midoriya-denki.co.jp>"], cc=[], bcc=[],
    subject="修理料金の目安表（店頭ご案内用）",
    charset="iso-2022-jp",
    body=f"""株式会社ミドリヤ
仕入部 浅沼様

いつもお世話になっております。日の出産業の小堺です。
店頭でお客様に修理料金の目安をご案内いただくための料金表をお送りします。
売場に掲示いただいて差し支えございません。

{SIG_KOZAKAI}
""",
    attachments=[{"kind": "pdf", "name": "修理料金目安表_2025.pdf", "page_footer": "無断転載禁止 © Hinode Sangyo",
                  "lines": ["日の出産業 修理料金の目安（2025年8月改定）", "（技術料＋部品代、出張料は別途）"],
                  "table": [["製品", "主な修理", "料金の目安"], ["石油ファンヒーター", "点火ユニット交換", "8,800円〜"],
                            ["IH炊飯ジャー", "内釜交換", "7,700円〜"], ["電気ケトル", "ふたユニット交換", "3,300円〜"],
                            ["オーブンレンジ", "マグネトロン交換", "16,500円〜"], ["掃除機", "モーター交換", "11,000円〜"]]}],
    expect="pass", entities=[], detectors=[],
    note="public repair price list PDF; 'no reproduction' footer is not a confidentiality marking",
))

# --- svc-087: 30 serial numbers for inspection ---------------------------------------------
_lines = "\n".join(f"CF35-2410-{8100 + i * 7:05d}\t{['接点不良', '異常なし', '接点不良', 'バリ噛み込み', '未検査'][i % 5]}"
                   for i in range(30))
add(dict(
    id="svc-087", sender=MIYOSHI, to=[KAWASAKI], cc=[], bcc=[],
    subject="回収品 製造番号一覧（検査結果つき 30台）",
    charset="iso-2022-jp",
    body=f"""堀田様

お世話になっております。三好です。
回収品30台の製造番号と当社での一次検査結果です。
貴社へ返送する15台は「接点不良」「バリ噛み込み」のものです。

製造番号\t一次検査
{_lines}

よろしくお願いいたします。
三好
""",
    expect="pass", entities=[], detectors=[],
    note="a long list of product serial numbers with test results: no people",
))

# --- svc-088: pickup confirmation to one private customer --------------------------------
add(dict(
    id="svc-088", sender=KUBO, to=["Hiroshi Kamoshida <h.kamoshida@outlook.jp>"], cc=[], bcc=[],
    subject="修理品のお引取り日時のご案内",
    charset="utf-8",
    body=f"""鴨志田 様

このたびは修理のご依頼をいただき、ありがとうございます。
日の出産業 サービス物流チームの久保でございます。

お引取りの日時が決まりましたのでご案内いたします。

　日時：7月18日（金）午前中
　伺う業者：青葉運輸（ドライバーが梱包材を持参いたします）
　受付番号：SV-25-077031

ご都合が悪くなった場合は、お手数ですが本メールにご返信ください。

{SIG_KUBO}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="pickup date to one private customer; only the salutation names him",
))

# --- svc-089: 社外秘-stamped mail sent only internally -------------------------------------
add(dict(
    id="svc-089", sender=MIYOSHI, to=["品質保証部 <qa@hinode-sangyo.co.jp>"], cc=[KOZAKAI], bcc=[],
    subject="【社外秘】リコール費用見込み（7月時点）",
    charset="utf-8",
    body=f"""【社外秘】

品質保証部の皆さん、小堺課長

お疲れさまです。三好です。
HN-FH1200 リコールの費用見込みを更新しました。

  対象台数     : 18,420台
  回収・点検済 :  6,112台（33.2%）
  費用見込み   : 2億3,800万円（告知費 4,100万 / 交換品 1億2,600万 / 物流 4,300万 / 人件費他 2,800万）
  川崎電機への求償見込み : 未定（協議中）

取締役会資料の元データになりますので、社外への転送はしないでください。

三好
""",
    expect="pass", entities=[], detectors=[],
    note="社外秘-stamped mail, but every recipient is internal",
))

# --- svc-090: English statistics to the overseas OEM with disclaimer ---------------------
add(dict(
    id="svc-090", sender="Ryo Okochi <okochi.r@hinode-sangyo.co.jp>", to=["Chen Wei <chen.wei@hengda-appliance.com>"],
    cc=[], bcc=[],
    subject="HS-KT220 field failure statistics - June 2025",
    charset="iso-2022-jp",
    body=f"""Dear Mr. Chen,

Please find below the field failure statistics for HS-KT220 for June.

  Lot    Shipped   Returns   Rate    Main symptom
  2501   12,000      41     0.34%   lid hinge
  2502   12,000      57     0.48%   lid hinge
  2503   10,000      18     0.18%   switch
  2504   10,000       9     0.09%   -

The lid hinge returns in lots 2501-2502 are clearly above our 0.2% threshold.
Could you share your 8D report by the end of July?

Best regards,
Ryo Okochi
Repair Service Section, Hinode Sangyo Co., Ltd.

{DISCLAIMER_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="English failure-rate statistics with the standard confidentiality disclaimer: no marking, no data",
))

# --- svc-091: call-script update with a fictional sample dialogue -------------------------
add(dict(
    id="svc-091", sender=SAOTOME, to=[CALLLINK], cc=[], bcc=[],
    subject="トークスクリプト改訂（リコール受付 v2.3）",
    charset="utf-8",
    body=f"""河合様

お世話になっております。早乙女です。
リコール受付のトークスクリプトを改訂しました。主な変更は製造番号の確認手順です。

--- 抜粋 ---
OP：お電話ありがとうございます。日の出産業 リコール受付窓口でございます。
客：ファンヒーターのお知らせが届いたんですが。
OP：ご連絡ありがとうございます。恐れ入りますが、本体背面の銘板にある
　　製造番号を、左から順にお読みいただけますでしょうか。
客：FH12-2311-……
OP：ありがとうございます。対象製品でございます。お名前とご住所、
　　日中つながりやすいお電話番号をお伺いしてもよろしいでしょうか。
（※受付画面に入力。読み上げての復唱は電話番号のみとする）
--- ここまで ---

来週月曜の朝礼で周知をお願いいたします。

{SIG_SAOTOME}
""",
    expect="pass", entities=[], detectors=[],
    note="call script with a fictional dialogue: mentions names/addresses as fields but carries no data",
))

# --- svc-092: property-damage case: one customer's contact for the adjuster ---------------
_q = person(92001)
add(dict(
    id="svc-092", sender=MIYOSHI, to=[TOKIWA], cc=[], bcc=[],
    subject="物損事故（PA-2025-0199）調査員ご訪問の件",
    charset="iso-2022-jp",
    body=f"""片桐様

お世話になっております。三好です。
除湿機の水漏れによる床材損傷の件（人身被害なし）、調査員の方のご訪問日程調整のため、
お客様の連絡先をお知らせします。お客様からは、保険会社への連絡先開示の了承を
いただいております。

  {name(_q, 'k')} 様
  {addr(_q, zipc=True)}
  {tel(_q, 'l')}（日中は {tel(_q, 'm')}）

よろしくお願いいたします。

三好
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one customer's contact details for a property-only claim (no injury) to the insurer (may warn)",
))

# --- svc-093: meeting invitation to five repair shops, correctly in Bcc -------------------
add(dict(
    id="svc-093", sender=KOZAKAI, to=["修理サービス課 <repair@hinode-sangyo.co.jp>"], cc=[],
    bcc=[TOWA, HOKUTO, MARUEI, NISHINIHON, KYUSHU],
    subject="協力修理店会議（9月）開催のご案内",
    charset="iso-2022-jp",
    body=f"""協力修理店 各位

平素より格別のご協力を賜り、厚く御礼申し上げます。
日の出産業 修理サービス課の小堺でございます。

下記のとおり協力修理店会議を開催いたします。
ご多忙中とは存じますが、ご出席賜りますようお願い申し上げます。

  日時：2025年9月12日（金）13:30〜17:00（懇親会 17:30〜）
  会場：日の出産業 本社 7階 大会議室（東京都中央区日本橋3-8-2）
  議題：上期の修理品質報告、リコール対応の振り返り、下期の部品供給計画

ご出欠は8月22日までに本メールへのご返信でお知らせください。
（本メールは協力店様に個別にお送りしております）

{SIG_KOZAKAI}
""",
    expect="pass", entities=[], detectors=[],
    note="five repair shops addressed in Bcc, only an internal address in To: nobody sees the others",
))

# --- svc-094: reply to a customer; her health remark is only in the quote ----------------
add(dict(
    id="svc-094", sender=MURASE, to=["<mitarai.sumie@gmail.com>"], cc=[], bcc=[],
    subject="Re: 電気毛布の件",
    charset="utf-8",
    body=f"""御手洗 様

ご連絡ありがとうございます。日の出産業 お客様相談室の村瀬でございます。
このたびはご不便とご心配をおかけし、誠に申し訳ございません。

製品は着払いでお送りいただけますよう、返送用の伝票を本日郵送いたしました。
お手元に届きましたら、同梱の袋に入れてお送りください。
お体どうぞお大事になさってください。

{SIG_MURASE}

On 2025/07/09 22:41, 御手洗 澄江 wrote:
> 電気毛布を使っていたら、足にやけどのような跡ができました。
> 私は糖尿病で足の感覚が鈍いので、気づくのが遅れました。
> 製品を調べてもらえますか。
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="the customer's health remark appears only in her own quoted mail; the reply adds no data",
))

# --- svc-095: recall progress by prefecture (aggregated) ----------------------------------
_prefs = [("北海道", 812, 241), ("宮城県", 420, 166), ("東京都", 3120, 1187), ("神奈川県", 2204, 790),
          ("埼玉県", 1650, 602), ("愛知県", 1480, 455), ("大阪府", 2010, 640), ("福岡県", 990, 301)]
add(dict(
    id="svc-095", sender=NITTA, to=[KAWASAKI], cc=[MIYOSHI], bcc=[],
    subject="HN-FH1200 リコール進捗（都道府県別・7/11時点）",
    charset="iso-2022-jp",
    body=f"""堀田様

お世話になっております。新田です。
リコールの進捗を都道府県別にまとめました（上位8都道府県）。

{table([["都道府県", "対象台数", "対応済", "対応率"]] + [[a, f"{b:,}", f"{c:,}", f"{c / b:.1%}"] for a, b, c in _prefs])}

全国計：対象 18,420台 / 対応済 6,112台（33.2%）

新田
""",
    expect="pass", entities=[], detectors=[],
    note="recall progress aggregated by prefecture: no individual data",
))

# --- svc-096: four group-interview participants to the research firm ----------------------
_p = people(96, 4)
_lines = "\n".join(f"  {chr(0x41 + i)}）{name(q, 'k')} 様（{q['age']}歳）　携帯 {tel(q, 'm', 'zen')}"
                   for i, q in enumerate(_p))
add(dict(
    id="svc-096", sender=SAOTOME, to=[RNAVI], cc=[], bcc=[],
    subject="グループインタビュー（7/26）参加者のご連絡",
    charset="cp932",
    body=f"""加賀谷様

お世話になっております。早乙女です。
7月26日（土）のグループインタビューの参加者が４名確定しました。
前日のリマインド電話をお願いいたします。

{_lines}

会場の受付名簿にも上記でご登録ください。

早乙女
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four participants with mobiles (a short attendee list) to the research firm: may warn",
))

# --- svc-097: two external organisations (insurer + law firm) -----------------------------
add(dict(
    id="svc-097", sender=MIYOSHI, to=[TOKIWA], cc=[SHIRAKAWA], bcc=[],
    subject="PA-2025-0147 示談交渉の進め方について",
    charset="utf-8",
    body=f"""常盤損害保険 片桐様
（cc：白川法律事務所 白川先生）

お世話になっております。日の出産業の三好です。

標記案件について、先方ご家族との示談交渉の進め方を一度三者で確認させてください。
白川先生からは、保険会社様の査定額が出てから当社の見解を固める方がよいとの
ご助言をいただいております。

候補日：7/28（月）15時 / 7/30（水）10時（Web会議）

ご都合をお知らせいただけますと幸いです。

{SIG_MIYOSHI}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="insurer and law firm (two external organisations) on an accident case, only the case number given",
))

# ===========================================================================
# honestly borderline
# ===========================================================================

# --- svc-098: injury described with age band and city, no name -----------------------------
add(dict(
    id="svc-098", sender=TABUCHI, to=[TOKIWA], cc=[], bcc=[],
    subject="事故受付 PA-2025-0203 のご連絡",
    charset="iso-2022-jp",
    body=f"""片桐様

お世話になっております。日の出産業 大阪分室の田淵です。
本日、以下の事故の申告を受け付けましたので、取り急ぎご連絡いたします。

  受付番号：PA-2025-0203
  申告者：70代男性（堺市堺区中瓦町在住、お一人暮らし）
  製品：セラミックファンヒーター HN-CF35
  内容：就寝中に布団が接触し、右手に軽いやけど。近所の皮膚科で処置を受け通院中。
        以前から心臓の持病があり、入院は見送ったとのこと。

お名前・連絡先はご本人の了承をいただいてから改めてお送りします。

{SIG_TABUCHI}
""",
    expect="either", entities=["SENSITIVE_CATEGORY"], detectors=[],
    note="no name, but age band, town, living alone and health details could single out the person",
))

# --- svc-099: five customers' names with case numbers only --------------------------------
_p = people(99, 5, "kanto")
add(dict(
    id="svc-099", sender=OKOCHI, to=[TOWA], cc=[], bcc=[],
    subject="部品入荷のご連絡（5件）",
    charset="iso-2022-jp",
    body=f"""岩城様

お世話になっております。大河内です。
部品待ちだった下記5件、部品が入荷しましたので本日発送しました。

{chr(10).join(f"  SV-25-07{2240 + i * 19}　{name(q, 'kn')}様　{product(i + 2)[0]}" for i, q in enumerate(_p))}

お客様への再訪問のご連絡をお願いいたします。
大河内
""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="5 customers but only name + case number + model: a list of people without contact details",
))

# --- svc-100: six technicians of a partner shop with mobiles to the logistics partner -----
_techs = [("岩城 修", "080-3318-2041"), ("蛭田 和也", "090-6627-1180"), ("宍戸 崇", "070-2245-8863"),
          ("不破 瞳", "080-5501-7724"), ("京極 大地", "090-1173-9950"), ("帯刀 翼", "080-7746-3309")]
add(dict(
    id="svc-100", sender=KUBO, to=["青葉運輸 川口倉庫 <kawaguchi-soko@aoba-unyu.co.jp>"], cc=[], bcc=[],
    subject="倉庫入構者の登録依頼（東和サービス様 作業員）",
    charset="iso-2022-jp",
    body=f"""青葉運輸 川口倉庫 ご担当者様

お世話になっております。日の出産業の久保です。
リコール交換品の検品作業のため、7/22〜7/31 の期間、東和サービス様の作業員が
貴社川口倉庫に入構します。入構証の発行をお願いします。

{chr(10).join(f"  {n}（東和サービス）　携帯 {t}" for n, t in _techs)}

緊急時は各自の携帯にご連絡ください。

{SIG_KUBO}
""",
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six partner-company workers with mobile numbers: business contacts, yet a list of people",
))
