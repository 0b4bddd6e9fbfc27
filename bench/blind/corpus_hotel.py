# -*- coding: utf-8 -*-
"""Blind corpus, area "hotel": 日の出産業 ホテル・宴会事業部 (ホテル日の出) and its 営業.

宿泊者名簿, 団体のルーミングリスト, 宴会・婚礼の招待客と席次, 食事制限・アレルギー・車椅子,
旅行会社・OTA・送迎バス・花屋・写真館とのやり取り, 外国人宿泊客の旅券, 忘れ物, クレーム, 警察照会.
Written from BRIEF.md alone.  Every person, number and address below is invented.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

D = "hinode-sangyo.co.jp"

# ---------------------------------------------------------------- small helpers

_FW = str.maketrans("0123456789-()/:.,", "０１２３４５６７８９－（）／：．，")


def z(s: str) -> str:
    """ASCII digits and separators → full width."""
    return s.translate(_FW)


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" and not c.isascii() else 1
               for c in str(s))


def padto(s: str, n: int, fill: str = " ") -> str:
    s = str(s)
    d = n - dw(s)
    if d <= 0:
        return s
    if fill == "　":
        return s + "　" * (d // 2) + " " * (d % 2)
    return s + " " * d


def table(rows, gap: int = 2, fill: str = " ", rule: str = "-", rule_after: int = 0,
          indent: str = "") -> str:
    """Space-padded plain-text table, a rule under the header row."""
    ncol = max(len(r) for r in rows)
    widths = [max(dw(r[i]) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    sep = (fill * (gap // 2 or 1)) if fill == "　" else " " * gap
    lines = []
    for k, r in enumerate(rows):
        cells = [padto(r[i] if i < len(r) else "", widths[i], fill) for i in range(ncol)]
        lines.append(indent + sep.join(cells).rstrip())
        if k == rule_after and rule:
            total = sum(widths) + dw(sep) * (ncol - 1)
            lines.append(indent + rule * (total // dw(rule)))
    return "\n".join(lines)


def quote(text: str, mark: str = "> ") -> str:
    return "\n".join((mark + ln) if ln else mark.rstrip() for ln in text.split("\n"))


NAMES = [
    ("佐藤", "健一", "さとう", "けんいち", "Sato", "Kenichi", "M"),
    ("鈴木", "美咲", "すずき", "みさき", "Suzuki", "Misaki", "F"),
    ("高橋", "大輔", "たかはし", "だいすけ", "Takahashi", "Daisuke", "M"),
    ("田中", "陽子", "たなか", "ようこ", "Tanaka", "Yoko", "F"),
    ("伊藤", "翔太", "いとう", "しょうた", "Ito", "Shota", "M"),
    ("渡辺", "千尋", "わたなべ", "ちひろ", "Watanabe", "Chihiro", "F"),
    ("山本", "和也", "やまもと", "かずや", "Yamamoto", "Kazuya", "M"),
    ("中村", "彩花", "なかむら", "あやか", "Nakamura", "Ayaka", "F"),
    ("小林", "誠", "こばやし", "まこと", "Kobayashi", "Makoto", "M"),
    ("加藤", "由美子", "かとう", "ゆみこ", "Kato", "Yumiko", "F"),
    ("吉田", "拓也", "よしだ", "たくや", "Yoshida", "Takuya", "M"),
    ("山田", "恵", "やまだ", "めぐみ", "Yamada", "Megumi", "F"),
    ("佐々木", "隆", "ささき", "たかし", "Sasaki", "Takashi", "M"),
    ("松本", "奈々", "まつもと", "なな", "Matsumoto", "Nana", "F"),
    ("井上", "修", "いのうえ", "おさむ", "Inoue", "Osamu", "M"),
    ("木村", "紗希", "きむら", "さき", "Kimura", "Saki", "F"),
    ("斎藤", "浩二", "さいとう", "こうじ", "Saito", "Koji", "M"),
    ("清水", "麻衣", "しみず", "まい", "Shimizu", "Mai", "F"),
    ("山崎", "勇気", "やまざき", "ゆうき", "Yamazaki", "Yuki", "M"),
    ("森", "早苗", "もり", "さなえ", "Mori", "Sanae", "F"),
    ("池田", "正樹", "いけだ", "まさき", "Ikeda", "Masaki", "M"),
    ("橋本", "葵", "はしもと", "あおい", "Hashimoto", "Aoi", "F"),
    ("阿部", "哲也", "あべ", "てつや", "Abe", "Tetsuya", "M"),
    ("石川", "真由美", "いしかわ", "まゆみ", "Ishikawa", "Mayumi", "F"),
    ("前田", "剛", "まえだ", "つよし", "Maeda", "Tsuyoshi", "M"),
    ("藤田", "理恵", "ふじた", "りえ", "Fujita", "Rie", "F"),
    ("岡田", "直人", "おかだ", "なおと", "Okada", "Naoto", "M"),
    ("後藤", "悠", "ごとう", "はるか", "Goto", "Haruka", "F"),
    ("長谷川", "信也", "はせがわ", "しんや", "Hasegawa", "Shinya", "M"),
    ("村上", "知子", "むらかみ", "ともこ", "Murakami", "Tomoko", "F"),
    ("近藤", "亮", "こんどう", "りょう", "Kondo", "Ryo", "M"),
    ("石井", "友里", "いしい", "ゆり", "Ishii", "Yuri", "F"),
    ("坂本", "光太郎", "さかもと", "こうたろう", "Sakamoto", "Kotaro", "M"),
    ("遠藤", "智美", "えんどう", "ともみ", "Endo", "Tomomi", "F"),
    ("青木", "純一", "あおき", "じゅんいち", "Aoki", "Junichi", "M"),
    ("藤井", "沙織", "ふじい", "さおり", "Fujii", "Saori", "F"),
    ("西村", "昌平", "にしむら", "しょうへい", "Nishimura", "Shohei", "M"),
    ("福田", "瑞穂", "ふくだ", "みずほ", "Fukuda", "Mizuho", "F"),
    ("太田", "慎吾", "おおた", "しんご", "Ota", "Shingo", "M"),
    ("三浦", "香織", "みうら", "かおり", "Miura", "Kaori", "F"),
    ("原田", "克也", "はらだ", "かつや", "Harada", "Katsuya", "M"),
    ("小野", "舞", "おの", "まい", "Ono", "Mai", "F"),
    ("竹内", "雅人", "たけうち", "まさと", "Takeuchi", "Masato", "M"),
    ("中川", "優子", "なかがわ", "ゆうこ", "Nakagawa", "Yuko", "F"),
    ("野口", "大樹", "のぐち", "だいき", "Noguchi", "Daiki", "M"),
    ("菅原", "静香", "すがわら", "しずか", "Sugawara", "Shizuka", "F"),
    ("勅使河原", "蓮", "てしがわら", "れん", "Teshigawara", "Ren", "M"),
    ("小鳥遊", "ひより", "たかなし", "ひより", "Takanashi", "Hiyori", "F"),
    ("五月女", "颯", "そうとめ", "はやて", "Sotome", "Hayate", "M"),
    ("東海林", "さくら", "しょうじ", "さくら", "Shoji", "Sakura", "F"),
    ("九十九", "航", "つくも", "わたる", "Tsukumo", "Wataru", "M"),
    ("百目鬼", "千代", "どうめき", "ちよ", "Domeki", "Chiyo", "F"),
    ("我妻", "昇", "あがつま", "のぼる", "Agatsuma", "Noboru", "M"),
    ("薬袋", "結衣", "みない", "ゆい", "Minai", "Yui", "F"),
    ("月見里", "朔", "やまなし", "さく", "Yamanashi", "Saku", "M"),
    ("栗花落", "琴音", "つゆり", "ことね", "Tsuyuri", "Kotone", "F"),
    ("四十物", "耕平", "あいもの", "こうへい", "Aimono", "Kohei", "M"),
    ("八月一日", "雛子", "ほづみ", "ひなこ", "Hozumi", "Hinako", "F"),
    ("御手洗", "達郎", "みたらい", "たつろう", "Mitarai", "Tatsuro", "M"),
    ("鴨脚", "環", "いちょう", "たまき", "Icho", "Tamaki", "F"),
    ("廿日出", "豊", "はつかで", "ゆたか", "Hatsukade", "Yutaka", "M"),
    ("留守", "美鈴", "るす", "みすず", "Rusu", "Misuzu", "F"),
    ("一尺八寸", "源", "かまつか", "げん", "Kamatsuka", "Gen", "M"),
    ("釈迦郡", "澄江", "しゃかごおり", "すみえ", "Shakagori", "Sumie", "F"),
    ("舎利弗", "巌", "とどろき", "いわお", "Todoroki", "Iwao", "M"),
    ("鬼頭", "晴美", "きとう", "はるみ", "Kito", "Harumi", "F"),
    ("宍戸", "幸四郎", "ししど", "こうしろう", "Shishido", "Koshiro", "M"),
    ("祝", "小百合", "ほうり", "さゆり", "Hori", "Sayuri", "F"),
    ("仁平", "篤", "にへい", "あつし", "Nihei", "Atsushi", "M"),
    ("皆川", "里穂", "みなかわ", "りほ", "Minakawa", "Riho", "F"),
]

PLACES = [
    ("420-0839", "静岡県", "静岡市葵区", "鷹匠"), ("422-8067", "静岡県", "静岡市駿河区", "南町"),
    ("430-0944", "静岡県", "浜松市中央区", "田町"), ("410-0801", "静岡県", "沼津市", "大手町"),
    ("460-0008", "愛知県", "名古屋市中区", "栄"), ("150-0002", "東京都", "渋谷区", "渋谷"),
    ("164-0001", "東京都", "中野区", "中野"), ("222-0033", "神奈川県", "横浜市港北区", "新横浜"),
    ("231-0062", "神奈川県", "横浜市中区", "桜木町"), ("330-0063", "埼玉県", "さいたま市浦和区", "高砂"),
    ("260-0013", "千葉県", "千葉市中央区", "中央"), ("530-0001", "大阪府", "大阪市北区", "梅田"),
    ("606-8101", "京都府", "京都市左京区", "高野泉町"), ("650-0021", "兵庫県", "神戸市中央区", "三宮町"),
    ("980-0811", "宮城県", "仙台市青葉区", "一番町"), ("060-0042", "北海道", "札幌市中央区", "大通西"),
    ("812-0011", "福岡県", "福岡市博多区", "博多駅前"), ("370-0849", "群馬県", "高崎市", "八島町"),
    ("390-0811", "長野県", "松本市", "中央"), ("918-8004", "福井県", "福井市", "西木田"),
    ("700-0024", "岡山県", "岡山市北区", "駅元町"), ("438-0078", "静岡県", "磐田市", "中泉"),
    ("417-0055", "静岡県", "富士市", "永田町"), ("411-0036", "静岡県", "三島市", "一番町"),
    ("424-0817", "静岡県", "静岡市清水区", "銀座"), ("299-0111", "千葉県", "市原市", "姉崎"),
]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "au.com", "hotmail.co.jp"]


def people(rng: random.Random, n: int, pool=NAMES):
    return rng.sample(pool, n)


def full(p, sp: str = " ") -> str:
    return f"{p[0]}{sp}{p[1]}"


def kana(p, kata: bool = True, sp: str = " ") -> str:
    s = f"{p[2]}{sp}{p[3]}"
    if kata:
        s = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)
    return s


def romaji(p, upper: bool = False) -> str:
    s = f"{p[5]} {p[4]}"
    return f"{p[4].upper()} {p[5].upper()}" if upper else s


def mobile(rng: random.Random, sep: str = "-") -> str:
    return f"{rng.choice(['090', '080', '070'])}{sep}{rng.randint(1000, 9899)}{sep}{rng.randint(1000, 9899)}"


_AREA = {"静岡市": ["054"], "浜松": ["053"], "沼津": ["055"], "三島": ["055"], "富士市": ["0545"],
         "磐田": ["0538"], "東京都": ["03"], "神奈川県": ["045"], "愛知県": ["052"], "大阪府": ["06"],
         "京都府": ["075"], "兵庫県": ["078"], "宮城県": ["022"], "北海道": ["011"], "福岡県": ["092"],
         "埼玉県": ["048"], "千葉市": ["043"], "市原": ["0436"], "群馬県": ["027"], "長野県": ["0263"],
         "福井県": ["0776"], "岡山県": ["086"]}


def landline(rng: random.Random, near: str = "") -> str:
    area = None
    for k, v in _AREA.items():
        if k in near:
            area = rng.choice(v)
            break
    area = area or rng.choice(["054", "053", "055", "03", "045", "052", "06", "0545", "048"])
    local = 10 - len(area)
    mid = local - 4
    a = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(mid - 1))
    return f"{area}-{a}-{rng.randint(1000, 9899)}"


def address(rng: random.Random, style: int = 0, zipmark: bool = True) -> str:
    zp, pref, city, town = rng.choice(PLACES)
    a, b, c = rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 22)
    if style == 0:
        s = f"{pref}{city}{town}{a}-{b}-{c}"
    elif style == 1:
        s = f"{pref}{city}{town}{a}丁目{b}番{c}号"
    elif style == 2:
        s = f"{pref}{city}{town}{a}-{b}-{c} {rng.choice(['コーポ','メゾン','ハイツ','グランシャトー'])}{rng.choice(['青葉','若草','駿河','ひばり','桜台'])}{rng.randint(1, 5)}0{rng.randint(1, 9)}"
    else:
        s = z(f"{pref}{city}{town}{a}-{b}-{c}")
    return (f"〒{zp} " + s) if zipmark else s


def zipcode_addr(rng: random.Random):
    zp, pref, city, town = rng.choice(PLACES)
    return zp, f"{pref}{city}{town}{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 22)}"


def email_of(rng: random.Random, p, dom: str | None = None) -> str:
    dom = dom or rng.choice(FREEMAIL)
    base = rng.choice([f"{p[4].lower()}.{p[5].lower()}", f"{p[5].lower()}{rng.randint(1, 99)}",
                       f"{p[4][0].lower()}{p[5].lower()}_{rng.randint(70, 99)}",
                       f"{p[5].lower()}-{p[4].lower()}"])
    return f"{base}@{dom}"


def dob(rng: random.Random, style: str = "iso", lo: int = 1945, hi: int = 2004) -> str:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    if style == "iso":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "dash":
        return f"{y}-{m:02d}-{d:02d}"
    if y <= 1988:
        era, e, k = "昭和", y - 1925, "S"
    elif y <= 2018:
        era, e, k = "平成", y - 1988, "H"
    else:
        era, e, k = "令和", y - 2018, "R"
    if style == "wa":
        return f"{era}{e}年{m}月{d}日"
    if style == "wafw":
        return z(f"{era}{e}年{m}月{d}日")
    if style == "short":
        return f"{k}{e}.{m}.{d}"
    if style == "shortfw":
        return z(f"{k}{e}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    return f"{y}年{m}月{d}日"


def passport_jp(rng: random.Random) -> str:
    return rng.choice(["TK", "TR", "TZ", "MU", "TH"]) + str(rng.randint(1000000, 9999999))


def corp_number(base12: str) -> str:
    """法人番号: the check digit in front of 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# ---------------------------------------------------------------- signatures

HOTEL_ADDR = "〒420-0857 静岡県静岡市葵区御幸町11-3 ホテル日の出"
HOTEL_TEL = "054-255-7100"


def sig(name: str, dept: str, mail: str, ext: str = "", style: int = 0, en: str = "") -> str:
    if style == 0:
        return (
            "━━━━━━━━━━━━━━━━━━━━━━\n"
            "日の出産業株式会社 ホテル・宴会事業部\n"
            f"ホテル日の出 {dept}\n"
            f"{name}{('（' + en + '）') if en else ''}\n"
            f"{HOTEL_ADDR}\n"
            f"TEL {HOTEL_TEL}（代表）{(' 内線 ' + ext) if ext else ''}  FAX 054-255-7109\n"
            f"E-mail {mail}@{D}\n"
            "━━━━━━━━━━━━━━━━━━━━━━")
    if style == 1:
        return f"--\nホテル日の出 {dept}　{name}\nTEL:{HOTEL_TEL} / {mail}@{D}"
    if style == 2:
        return (
            "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n"
            f"　ホテル日の出（日の出産業株式会社）\n　{dept}　{name}\n"
            f"　〒420-0857　静岡市葵区御幸町１１－３\n"
            f"　ＴＥＬ：０５４－２５５－７１００　ＦＡＸ：０５４－２５５－７１０９\n"
            "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊")
    if style == 3:
        return (
            f"Best regards,\n\n{en or name}\n{dept}\nHotel Hinode (Hinode Sangyo Co., Ltd.)\n"
            "11-3 Miyuki-cho, Aoi-ku, Shizuoka 420-0857, Japan\n"
            f"Tel: +81-54-255-7100{(' ext. ' + ext) if ext else ''}\nEmail: {mail}@{D}")
    return f"ホテル日の出　{dept}\n{name}（内線{ext or '3100'}）"


DISCLAIMER_JP = (
    "※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
    "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISCLAIMER_EN = (
    "This e-mail and any attachments may contain confidential information intended "
    "solely for the addressee. If you have received it in error, please notify the "
    "sender and delete it. Any unauthorised use or disclosure is prohibited.")

MESSAGES: list[dict] = []


def add(n: int, expect: str, entities, detectors, note: str, **kw) -> None:
    MESSAGES.append({"id": f"hotel-{n:03d}", "expect": expect, "entities": list(entities),
                     "detectors": list(detectors), "note": note, **kw})


def R(n: int) -> random.Random:
    return random.Random(f"hotel-corpus-{n}")


# sender shortcuts: (name, dept, local-part, ext, romaji)
KINOSHITA = ("木下 遥", "宿泊予約課", "h.kinoshita", "3412", "Haruka Kinoshita")
IWASA = ("岩佐 拓海", "フロント", "t.iwasa", "3101", "Takumi Iwasa")
OTSUKI = ("大槻 沙織", "宴会営業課", "s.otsuki", "3520", "Saori Otsuki")
KUBOTA = ("久保田 真帆", "婚礼課 ウエディングプランナー", "m.kubota", "3560", "Maho Kubota")
SAEKI = ("佐伯 誠司", "調理部 料理長", "s.saeki", "3700", "Seiji Saeki")
ODAGIRI = ("小田切 健", "営業部 法人・団体営業", "k.odagiri", "3302", "Ken Odagiri")
MORIMOTO = ("森本 絢子", "客室課", "a.morimoto", "3150", "Ayako Morimoto")
NASU = ("那須 英明", "保安・危機管理室", "h.nasu", "3900", "Hideaki Nasu")
IGUCHI = ("井口 奈緒", "経理課", "n.iguchi", "3810", "Nao Iguchi")
TOBE = ("戸部 雄三", "総支配人", "y.tobe", "3001", "Yuzo Tobe")
CHEN = ("陳 美玲", "国際営業課", "meiling.chen", "3330", "Meiling Chen")
KUWABARA = ("桑原 理沙", "お客様相談室", "r.kuwabara", "3050", "Risa Kuwabara")
HIRANO = ("平野 雅也", "ベル・送迎担当", "m.hirano", "3120", "Masaya Hirano")
KASHIWAGI = ("柏木 涼", "宴会サービス課", "r.kashiwagi", "3530", "Ryo Kashiwagi")


def frm(s) -> str:
    return f"{s[0]} <{s[2]}@{D}>"


def sg(s, style: int = 0) -> str:
    return sig(s[0], s[1], s[2], s[3], style, s[4])


# ================================================================ STOP: lists of people

# 001 — 宿泊者名簿 CSV (cp932) to a travel agency
r = R(1)
_ps = people(r, 14)
_rows = [["No", "氏名", "フリガナ", "性別", "年齢", "住所", "電話番号"]]
for i, p in enumerate(_ps, 1):
    _ad = address(r, 0, zipmark=False)
    _rows.append([str(i), full(p), kana(p), "男" if p[6] == "M" else "女", str(r.randint(58, 81)),
                  _ad, r.choice([mobile(r), landline(r, _ad)])])
add(1, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "14 guests' names, addresses and phones in a CSV register sent to a travel agency",
    sender=frm(KINOSHITA), to=["中井 幸太 <nakai.k@hikari-travel.co.jp>"],
    subject="【ホテル日の出】10/18-19ご宿泊 清水台老人クラブ様 宿泊者名簿の件",
    charset="iso-2022-jp",
    body=f"""ひかり旅行株式会社 静岡支店
中井 様

いつも大変お世話になっております。
ホテル日の出 宿泊予約課の木下でございます。

先日ご宿泊いただきました清水台老人クラブ様の宿泊者名簿につきまして、
旅行傷害保険のお手続きに必要とのことでしたので、CSVにてお送りいたします。
（ご到着時にフロントでご記入いただいた内容をそのまま入力しております）

ご確認のほど、よろしくお願い申し上げます。

{sg(KINOSHITA)}
""",
    attachments=[{"kind": "csv", "name": "宿泊者名簿_清水台老人クラブ_1018.csv",
                  "encoding": "cp932", "rows": _rows}])

# 002 — rooming list reply, full-width-space padded, 和暦 DOB in full-width digits
r = R(2)
_ps = people(r, 10)
_rows = [["部屋", "氏名", "フリガナ", "性別", "生年月日"]]
for i, p in enumerate(_ps):
    _rows.append([z(str(501 + i // 2)), full(p, "　"), kana(p, sp="　"),
                  "男" if p[6] == "M" else "女", dob(r, "wafw", 1951, 1952)])
add(2, "stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "new text of a reply carries a 10-person rooming list with dates of birth, to an agency",
    sender=frm(KINOSHITA), to=["望月 <mochizuki@tokai-tourist.co.jp>"],
    subject="Re: 【東海ツーリスト】11/3 駿河台高校 昭和４５年卒同窓会 ルーミング",
    body=f"""望月様

お世話になっております。ホテル日の出の木下です。
ルーミングを確定しましたので、お部屋割りを以下のとおりご連絡いたします。
（フロントでの宿泊者カード記入を省略するため、生年月日まで入れております）

{table(_rows, fill="　", gap=2, rule="－")}

※５０５号室のみ和洋室となります。
以上、ご確認をお願いいたします。

{sg(KINOSHITA, 1)}

> 木下様
> いつもお世話になっております。東海ツーリストの望月です。
> 駿河台高校同窓会の件、最終人数１０名で確定いたしました。
> お部屋割りが決まりましたらご連絡ください。
""")

# 003 — pickup list, tab separated, to the partner bus company
r = R(3)
_ps = people(r, 9)
_stops = ["静岡駅北口", "静岡駅北口", "静岡駅北口", "東静岡駅", "東静岡駅", "草薙駅", "草薙駅", "清水駅西口", "清水駅西口"]
_lines = ["乗車地\t時刻\t氏名\t携帯電話\t人数"]
for st, p in zip(_stops, _ps):
    _lines.append(f"{st}\t{r.choice(['8:40', '8:55', '9:10'])}\t{full(p)}\t{mobile(r)}\t{r.choice([1, 1, 2])}")
add(3, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "9 wedding guests' names and mobile numbers (tab-separated) sent to the bus company",
    sender=frm(HIRANO), to=["青葉運輸 配車係 <haisha@aoba-unyu.co.jp>"],
    subject="12/7 勅使河原家・鬼頭家 ご結婚式 送迎バス乗車名簿",
    body=f"""青葉運輸株式会社
配車ご担当者様

お世話になっております。ホテル日の出 送迎担当の平野です。
12月7日（土）の婚礼送迎（マイクロバス1台）の乗車名簿をお送りします。
当日遅れている方がいた場合は、直接ご本人の携帯へ連絡していただいて構いません。

{chr(10).join(_lines)}

ホテル着は10:00目安でお願いいたします。

{sg(HIRANO, 4)}
""")

# 004 — wedding invitation address list, XLSX with two sheets and a title row, to the printer
r = R(4)


def _inv_sheet(rng, n, side):
    rows = [[f"ご招待者宛名リスト（{side}）　2025年4月吉日 挙式分"], [],
            ["No.", "お名前", "敬称", "連名", "郵便番号", "ご住所", "備考"]]
    for i, p in enumerate(people(rng, n), 1):
        zp, ad = zipcode_addr(rng)
        rows.append([i, full(p), "様", rng.choice(["", "", "奥様", "ご家族様"]), zp, ad,
                     rng.choice(["", "", "上司", "恩師", "親族", "友人"])])
    return rows


add(4, "stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "invitation address list of 24 guests (two XLSX sheets) sent to the printer for 宛名印刷",
    sender=frm(KUBOTA), to=["錦印刷 ブライダル課 <bridal@nishiki-insatsu.co.jp>"],
    cc=[f"大槻 沙織 <s.otsuki@{D}>"],
    subject="招待状 宛名印刷のご依頼（4/19 五月女様・東海林様）",
    body=f"""錦印刷株式会社 ブライダル課 御中

いつもお世話になっております。
ホテル日の出 婚礼課の久保田でございます。

4月19日ご披露宴の五月女様・東海林様の招待状につきまして、
宛名印刷をお願いしたく、新郎様側・新婦様側のリストを添付いたします。
封筒は前回と同じ「和紙・金箔」でお願いします。
納品は3月10日までにいただけますと幸いです。

{sg(KUBOTA)}
""",
    attachments=[{"kind": "xlsx", "name": "宛名リスト_五月女家東海林家.xlsx",
                  "sheets": {"新郎側": _inv_sheet(r, 13, "新郎様側"),
                             "新婦側": _inv_sheet(r, 11, "新婦様側")}}])

# 005 — allergy / medical conditions per guest, bullets, to the partner caterer
r = R(5)
_ps = people(r, 6)
_cond = ["そば（アナフィラキシーの既往あり、エピペン携帯）", "甲殻類（えび・かに）",
         "Ⅱ型糖尿病のため糖質制限食（主治医指示）", "乳製品・卵（小児科にてアレルギー診断）",
         "腎臓病で塩分制限（透析通院中）", "くるみ・ピーナッツ"]
_lines = "\n".join(f"・{full(p)} 様（{r.choice(['A', 'B', 'C'])}卓）… {c}" for p, c in zip(_ps, _cond))
add(5, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "six named banquet guests with allergies and diseases (health data) sent to an external caterer",
    sender=frm(SAEKI), to=["北国フーズ 営業部 堀 <hori@kitaguni-foods.co.jp>"],
    subject="11/22 川崎電機様 永年勤続表彰式典 特別対応食のお願い",
    body=f"""北国フーズ株式会社
堀 様

お世話になっております。ホテル日の出 調理部の佐伯です。
11/22（土）の川崎電機様 表彰式典（着席120名）の件で、
幹事様から特別対応のお申し出がありましたので共有します。
対応食はそちらの工場で個別包装にしていただけると助かります。

{_lines}

※卓番は仮です。確定次第またご連絡します。

{sg(SAEKI, 1)}
""")

# 006 — police inquiry answered: one foreign guest's passport record
r = R(6)
add(6, "stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], ["personal_data"],
    "reply to a police inquiry giving one foreign guest's passport number and date of birth",
    sender=frm(NASU), to=["静岡中央警察署 刑事第一課 <keiji1@police.pref.suruga.lg.jp>"],
    subject="捜査関係事項照会書（静中刑第1187号）に対する回答",
    charset="iso-2022-jp",
    body=f"""静岡中央警察署
刑事第一課　御中

ホテル日の出（日の出産業株式会社）保安・危機管理室の那須でございます。
令和7年9月12日付でいただきました捜査関係事項照会書（静中刑第1187号）につき、
当館の宿泊者名簿に基づき下記のとおり回答いたします。
原本は本日付で郵送いたします。

　　　　　　　　　　　記

１．宿泊者氏名　　：NGUYEN VAN THANH（グエン・ヴァン・タン）
２．国籍　　　　　：ベトナム
３．旅券番号　　　：C{r.randint(1000000, 9999999)}
４．生年月日　　　：1991年3月14日
５．宿泊期間　　　：令和7年8月29日〜8月31日（2泊）　客室 812号室
６．申告住所　　　：Hai Ba Trung, Ha Noi, Viet Nam
７．同宿者　　　　：なし

　　　　　　　　　　　　　　　　　　　　　以上

{sg(NASU, 2)}
""")

# 007 — overbooking transfer: guarantee card passed to the partner hotel
r = R(7)
_cc = card_number(7001)
add(7, "stop", ["PERSON_NAME", "CREDIT_CARD", "PHONE_NUMBER"], ["personal_data"],
    "guest's full credit card number and mobile given to the partner hotel for a transfer",
    sender=frm(IWASA), to=["さくらホテル 静岡 フロント <front-shizuoka@sakura-hotel.jp>"],
    subject="【至急】本日ご移動のお客様 ギャランティーの件",
    body=f"""さくらホテル静岡 フロント
星野様

先ほどはお電話にて失礼いたしました。ホテル日の出 フロントの岩佐です。
本日オーバーブックとなり、貴館へご移動いただくお客様の情報です。
ご本人様から、カードでのギャランティーをそのまま貴館でお取りいただいてよいと
ご了承をいただいております。

お名前：九十九 航 様（ツクモ ワタル）
ご宿泊：本日より1泊 シングル 禁煙
カード：VISA {_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}　有効期限 08/28
携帯　：{mobile(r)}

19時頃、当館のタクシーでお送りいたします。
差額・タクシー代は当館負担となりますので、請求書を後日お送りください。

{sg(IWASA, 1)}
""")

# 008 — no-show list to an OTA, comma separated in the body
r = R(8)
_ps = people(r, 6)
_lines = ["予約番号,宿泊日,氏名,電話番号,メールアドレス"]
for p in _ps:
    _lines.append(f"TM{r.randint(10000000, 99999999)},2025/10/{r.randint(3, 28):02d},{full(p, '')},{mobile(r)},{email_of(r, p)}")
add(8, "stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "six no-show guests' names, phones and e-mail addresses (CSV lines in the body) to an OTA",
    sender=frm(KINOSHITA), to=["たびまど 施設サポート <facility-support@tabimado.jp>"],
    subject="10月分 無断キャンセル（ノーショー）報告 施設ID:SZ-20418",
    body=f"""たびまど 施設サポートデスク ご担当者様

いつもお世話になっております。
ホテル日の出（施設ID:SZ-20418）の木下です。

10月分のノーショー報告をお送りします。
管理画面からの一括登録がエラーになりましたので、本文に貼り付けます。

{chr(10).join(_lines)}

キャンセル料の請求代行をお願いできますでしょうか。

{sg(KINOSHITA, 4)}
""")


# ================================================================ STOP: look-alike domains

# 009 — partner sakura-hotel.jp spelt with a capital I for the l
add(9, "stop", [], ["lookalike_domain"],
    "recipient domain sakura-hoteI.jp imitates the partner sakura-hotel.jp (I for l)",
    sender=frm(ODAGIRI), to=["星野 真一 <s.hoshino@sakura-hoteI.jp>"],
    subject="合同新人研修（2月）の会場割り振りについて",
    body=f"""さくらホテル
星野様

いつもお世話になっております。ホテル日の出の小田切です。
2月に予定しております両館合同の新入社員フォロー研修ですが、
会場は当館3階「桔梗の間」（スクール形式40席）を押さえました。

・2/13（木）10:00〜17:00　接遇・クレーム初期対応
・2/14（金）10:00〜15:00　防災訓練・AED講習

貴館からのご参加人数を1月末までにお知らせいただけますでしょうか。
昼食は当館の社員食堂でご用意します。

{sg(ODAGIRI)}
""")

# 010 — printer's domain with a dropped s
add(10, "stop", [], ["lookalike_domain"],
    "nishiki-insatu.co.jp is a one-letter typo of the partner printer nishiki-insatsu.co.jp",
    sender=frm(KUBOTA), to=["錦印刷 岡部 <okabe@nishiki-insatu.co.jp>"],
    subject="Re: 席次表 校正スケジュール",
    body=f"""岡部様

お世話になっております。久保田です。
校正のスケジュール、承知いたしました。

　初校　2/20（木）着
　再校　2/27（木）着
　校了　3/3（月）

用紙はパールホワイト、二つ折り（A3→A4）で変更ありません。
プロフィール面の写真データは新郎新婦様から届き次第お送りします。

{sg(KUBOTA, 1)}

> 久保田様
> 錦印刷の岡部です。3/15ご披露宴分の席次表、上記日程でいかがでしょうか。
""")

# 011 — bus company with the co. dropped
add(11, "stop", [], ["lookalike_domain"],
    "aoba-unyu.jp drops the co. of the partner aoba-unyu.co.jp",
    sender=frm(HIRANO), to=["aoba-unyu 配車センター <haisha-center@aoba-unyu.jp>"],
    subject="1月分 定期送迎便の運行時刻変更",
    body=f"""青葉運輸 配車センター 御中

ホテル日の出 送迎担当の平野です。
1月6日より、静岡駅⇔ホテル間の定期送迎便の時刻を下記のとおり変更したいと考えております。

　静岡駅発　 8:30 / 10:30 / 14:30 / 16:30 / 18:00
　ホテル発　 8:00 / 10:00 / 12:00 / 15:00 / 17:30

車両は従来どおり中型1台、土日祝のみ2台でお願いします。
見積りの再提出は不要です。

{sg(HIRANO, 4)}
""")

# 012 — caterer's domain missing the s
add(12, "stop", [], ["lookalike_domain"],
    "kitaguni-food.co.jp (s dropped) imitates the partner kitaguni-foods.co.jp",
    sender=frm(SAEKI), to=["北国フーズ 受注センター <juchu@kitaguni-food.co.jp>"],
    subject="【発注】3月婚礼分 食材",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社 受注センター 御中

いつもお世話になっております。ホテル日の出 調理部です。
3月婚礼分の食材を以下のとおり発注いたします。

　品名　　　　　　　　　規格　　　　数量　　納品日
　-------------------------------------------------------
　北海道産帆立貝柱　　　3S 1kg　　　 8　　　3/7
　オマール海老（冷凍）　400g　　　　60尾　　3/7
　黒毛和牛サーロイン　　A5 ブロック　12kg　　3/13
　ホワイトアスパラ　　　2L　　　　　10kg　　3/13

納品先はいつもの搬入口（地下1階）でお願いします。

{sg(SAEKI, 4)}
""")

# 013 — own domain with another TLD
add(13, "stop", [], ["lookalike_domain"],
    "hinode-sangyo.com looks like the company's own hinode-sangyo.co.jp but is external",
    sender=frm(OTSUKI), to=["宴会営業 主任 鶴田 <k.tsuruta@hinode-sangyo.com>"],
    cc=[f"戸部 雄三 <y.tobe@{D}>"],
    subject="宴会部門 週次売上（11月第2週）",
    body=f"""鶴田さん
（cc 戸部総支配人）

お疲れさまです。大槻です。
11月第2週の宴会売上速報です。

　一般宴会　　 18件　  9,842,000円（前年比 104%）
　婚礼　　　　  4件　 15,310,000円（前年比  92%）
　会議室　　　 27件　  1,206,500円（前年比 118%）

婚礼の下振れは1件の日程変更（12月へ移動）によるものです。
月曜の定例で詳細をご報告します。

大槻
""")

# 014 — own domain with a zero for the o
add(14, "stop", [], ["lookalike_domain"],
    "hinode-sangy0.co.jp (zero for o) imitates the internal domain",
    sender=frm(MORIMOTO), to=["清掃チーム 三宅 <miyake@hinode-sangy0.co.jp>"],
    subject="年末年始 客室清掃シフト（案）",
    body=f"""三宅さん

お疲れさまです。客室課の森本です。
年末年始の清掃シフト案を共有します。

12/29〜1/3 は満室見込みのため、各日 早番6名・遅番4名体制でお願いします。
1/1 のみ元日特別清掃（大浴場・ロビー絨毯）が入ります。
業者さんの入館証は前日までにフロントで受け取ってください。

よろしくお願いします。

{sg(MORIMOTO, 4)}
""")

# 015 — partner law firm under another TLD
add(15, "stop", [], ["lookalike_domain"],
    "shirakawa-law.co.jp is the partner law firm's shirakawa-law.jp under another TLD",
    sender=frm(ODAGIRI), to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.co.jp>"],
    subject="OTAとの秘密保持契約書（ドラフト）のご確認のお願い",
    body=f"""白川法律事務所
白川 先生

いつも大変お世話になっております。
日の出産業 ホテル・宴会事業部の小田切でございます。

新たに契約予定のOTA（StayNavi社）から秘密保持契約書のドラフトが届きました。
第5条（秘密情報の範囲）と第9条（損害賠償）が当社に不利ではないか、
ご確認いただけますでしょうか。ドラフトは別途郵送いたします。

来週中にご意見をいただけますと幸いです。

{sg(ODAGIRI)}
""")


# ================================================================ STOP: three or more external parties

# 016 — wedding vendors all in To
add(16, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "florist, photo studio and hair-make salon (three organisations) all visible in To",
    sender=frm(KUBOTA),
    to=["フラワーショップ花音 <info@hanaoto-flower.jp>", "スタジオ光彩 荒木 <araki@studio-kousai.jp>",
        "ヘアメイク ルミエール <staff@lumiere-beauty.jp>"],
    subject="春のブライダルフェア 打合せ日程のご相談",
    body=f"""協力会社の皆様

いつもお世話になっております。ホテル日の出 婚礼課の久保田です。
3月16日（日）開催予定の春のブライダルフェアについて、
事前打合せを下記候補日で行いたいと存じます。

　① 2/4（火）14:00〜
　② 2/6（木）10:00〜
　③ 2/7（金）15:00〜

ご都合のよい日程を1/31までにご返信ください。
模擬挙式の装花・撮影・ヘアメイク実演の流れを確認させていただきます。

{sg(KUBOTA)}
""")

# 017 — four travel agencies in To
add(17, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "four different travel agencies can see each other's addresses in To",
    sender=frm(ODAGIRI),
    to=["ひかり旅行 静岡支店 <shizuoka@hikari-travel.co.jp>", "東海ツーリスト 団体課 <dantai@tokai-tourist.co.jp>",
        "あおぞらトラベル <sales@aozora-travel.jp>", "富士観光 仕入課 <shiire@fujikanko.co.jp>"],
    subject="【ホテル日の出】冬季 団体向け新プランのご案内",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif">
<p>旅行会社各位</p>
<p>平素は格別のお引き立てを賜り、厚く御礼申し上げます。<br>
ホテル日の出 営業部の小田切でございます。</p>
<p>12月〜2月の団体様向けに、下記の新プランをご用意いたしました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>プラン名</th><th>内容</th><th>お一人様料金（税込）</th></tr>
<tr><td>駿河湾 冬の味覚会席</td><td>1泊2食・宴会場貸切</td><td>16,500円〜</td></tr>
<tr><td>忘新年会 送迎付き</td><td>1泊2食・送迎バス（20名以上）</td><td>14,800円〜</td></tr>
<tr><td>日帰り 昼食宴会</td><td>昼食・個室・入浴</td><td>6,600円〜</td></tr>
</table>
<p>詳細な条件は別途お送りいたします。何卒よろしくお願い申し上げます。</p>
<p>---<br>日の出産業株式会社 ホテル・宴会事業部<br>営業部 小田切 健<br>TEL 054-255-7100</p>
</body></html>""")

# 018 — three private persons (free mail, three providers) in To
add(18, "stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "groom, bride and the bride's mother on three free-mail providers all in To",
    sender=frm(KUBOTA),
    to=["我妻 昇 <noboru.agatsuma@gmail.com>", "薬袋 結衣 <yui-minai@icloud.com>",
        "薬袋 <minai.h-0412@docomo.ne.jp>"],
    subject="衣装合わせ・お料理試食会の日程について",
    body=f"""我妻様、薬袋様

いつもありがとうございます。ホテル日の出の久保田です。
衣装合わせとお料理試食会の日程ですが、以下で仮押さえいたしました。

　衣装合わせ　：1月25日（土）13:00〜（2時間程度）
　試食会　　　：2月 8日（土）12:00〜　ご両家のお母様もご一緒に

お母様もご参加とのことでしたので、このメールはお三方にお送りしております。
ご都合が悪い場合はお知らせください。

{sg(KUBOTA, 1)}
""")

# 019 — complaint: guest + agency + bus company visible
add(19, "stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "a guest (free mail), the agency and the bus company, three parties in To/Cc",
    sender=frm(KUWABARA), to=["御手洗 達郎 <mitarai-t@yahoo.co.jp>"],
    cc=["ひかり旅行 中井 <nakai.k@hikari-travel.co.jp>", "青葉運輸 運行管理 <unkou@aoba-unyu.co.jp>"],
    subject="送迎バス遅延の件（お詫びとご報告）",
    body=f"""御手洗 達郎 様

ホテル日の出 お客様相談室の桑原でございます。
このたびは10月12日の送迎バスの到着遅れにより、ご旅行の行程に
多大なご迷惑をおかけしましたこと、心よりお詫び申し上げます。

運行会社である青葉運輸様、ならびに手配元のひかり旅行様にも同報にて
ご連絡しております。原因は配車指示の時刻誤りで、再発防止として
前日に当館・運行会社の双方で時刻の読み合わせを行うことといたしました。

ご返金の詳細につきましては、ひかり旅行様よりご連絡を差し上げます。

{sg(KUWABARA)}
""")

# 020 — partner hotel, partner caterer, partner bus company and the tourism association
add(20, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "four external organisations (three partners and an association) share To/Cc",
    sender=frm(TOBE),
    to=["さくらホテル 総支配人 <gm@sakura-hotel.jp>", "北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>",
        "青葉運輸 <info@aoba-unyu.co.jp>"],
    cc=["静岡市観光協会 事務局 <jimukyoku@shizuoka-kanko.or.jp>"],
    subject="「駿府グルメナイト2025」実行委員会 第1回会合のご案内",
    charset="iso-2022-jp",
    body=f"""関係各位

平素より大変お世話になっております。
ホテル日の出 総支配人の戸部でございます。

観光協会様のご提案により、今秋「駿府グルメナイト2025」を共同開催する運びとなりました。
つきましては第1回実行委員会を下記のとおり開催いたします。

　日時：6月18日（水）15:00〜16:30
　場所：ホテル日の出 2階「葵の間」
　議題：役割分担、会場レイアウト、送迎計画、予算

ご出席の可否を6月11日までにお知らせください。

戸部 雄三
日の出産業株式会社 ホテル・宴会事業部 総支配人
TEL 054-255-7100
""")


# ================================================================ STOP: confidentiality markings

# 021 — 【社外秘】 on the subject and the document line
add(21, "stop", [], ["confidential_marking"],
    "mail classified 【社外秘】 (subject and header line) sent to an outside consultant",
    sender=frm(OTSUKI), to=["イールドパートナーズ 宮坂 <miyasaka@yield-partners.co.jp>"],
    subject="【社外秘】宴会部門 中期販売戦略（2026-2028）たたき台",
    body=f"""宮坂様

いつもお世話になっております。ホテル日の出 宴会営業課の大槻です。
次回の定例に向けて、宴会部門の中期販売戦略のたたき台をお送りします。

━━━━━━━━━━━━━━━━━━━━━━━━━━
　区分：社外秘　　作成：宴会営業課　　版：0.3
━━━━━━━━━━━━━━━━━━━━━━━━━━
1. 婚礼：少人数婚（30名以下）の比率を現状18% → 35%へ。単価は維持。
2. 一般宴会：法人の周年行事を重点に、平日昼の稼働を +20%。
3. 価格：繁忙期（3〜5月・10〜11月）の会場使用料を8%改定。
4. 競合：駅南の新ホテル（2027年開業予定）への対抗策として早期予約特典を強化。

ご意見をいただけますと幸いです。

{sg(OTSUKI, 1)}
""")

# 022 — 社外秘 only in the PDF's page header; the mail says nothing
add(22, "stop", [], ["confidential_marking"],
    "the attached rate sheet PDF carries a 社外秘 stamp in its page header; body is plain",
    sender=frm(ODAGIRI), to=["あおぞらトラベル 仕入担当 <sales@aozora-travel.jp>"],
    subject="2026年度 団体契約料金のご提示",
    body=f"""あおぞらトラベル株式会社
仕入ご担当者様

お世話になっております。ホテル日の出の小田切です。
2026年度（4月〜翌3月）の団体契約料金をお送りいたします。
ご不明点がございましたらお気軽にお問い合わせください。

{sg(ODAGIRI)}
""",
    attachments=[{"kind": "pdf", "name": "2026_団体契約料金_aozora.pdf", "page_header": "社外秘",
                  "title": "2026年度 団体契約料金",
                  "lines": ["2026年度 団体契約料金（ネット）", "あおぞらトラベル株式会社 御中",
                            "ホテル日の出（日の出産業株式会社）", ""],
                  "table": [["シーズン", "和室（4名1室）", "洋室ツイン", "シングル", "夕食グレードアップ"],
                            ["A（4/26-5/6, 8/8-8/17）", "14,200", "16,800", "11,000", "+2,200"],
                            ["B（土曜・休前日）", "12,500", "14,900", "9,800", "+2,200"],
                            ["C（平日）", "10,300", "12,600", "8,200", "+1,650"],
                            ["D（1月・6月平日）", "9,100", "11,000", "7,400", "+1,650"]]}])

# 023 — 取扱注意 on the DOCX report header; one guest's name and phone inside
r = R(23)
add(23, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["confidential_marking", "personal_data"],
    "complaint report DOCX stamped 取扱注意 in its header, sent to the insurer (one guest's contact inside)",
    sender=frm(KUWABARA), to=["東邦損保 賠償責任保険 担当 <baisho@toho-sonpo.co.jp>"],
    subject="施設賠償責任保険 事故報告書の送付（証券番号 HB-2207-55813）",
    body=f"""東邦損害保険株式会社
賠償責任保険ご担当者様

いつもお世話になっております。
日の出産業 ホテル・宴会事業部 お客様相談室の桑原です。

先日お電話でご相談しました宴会場での衣類汚損の件、事故報告書を添付いたします。
ご査収のほどよろしくお願いいたします。

{sg(KUWABARA)}
""",
    attachments=[{"kind": "docx", "name": "事故報告書_20251103.docx", "page_header": "取扱注意",
                  "paragraphs": ["事故報告書", "報告日：2025年11月5日　報告者：お客様相談室 桑原",
                                 "発生日時：2025年11月3日 13時20分頃　場所：2階 宴会場「富士の間」",
                                 "概要：配膳中に赤ワインがお客様の着物にかかり汚損。クリーニング不可との鑑定。"],
                  "tables": [[["項目", "内容"], ["被害者氏名", "留守 美鈴 様"],
                              ["連絡先", mobile(r)], ["損害品", "訪問着（正絹）"],
                              ["請求見込額", "385,000円"]]]}])

# 024 — 部外秘 in the XLSX title row, sent to the partner hotel
add(24, "stop", [], ["confidential_marking"],
    "occupancy workbook whose title row is stamped 【部外秘】 goes to the partner hotel",
    sender=frm(TOBE), to=["さくらホテル 経営企画 <kikaku@sakura-hotel.jp>"],
    subject="稼働実績データの件",
    body=f"""さくらホテル 経営企画室
北条様

先日の会合でお話しした稼働実績のデータをお送りします。
相互送客の検討材料としてお使いください。

戸部
""",
    attachments=[{"kind": "xlsx", "name": "稼働実績_2024年度.xlsx",
                  "sheets": {"月次": [["【部外秘】客室稼働実績 2024年度　ホテル日の出"], [],
                                     ["月", "販売室数", "稼働率", "ADR", "RevPAR"],
                                     ["4月", 4210, "78.1%", 14350, 11208],
                                     ["5月", 4695, "84.2%", 15980, 13455],
                                     ["6月", 3788, "70.2%", 12400, 8705],
                                     ["7月", 4420, "79.3%", 14010, 11110],
                                     ["8月", 5231, "93.8%", 19870, 18638]],
                             "セグメント": [["【部外秘】セグメント別構成比"], [],
                                       ["区分", "比率"], ["個人（自社HP）", "21%"],
                                       ["OTA", "38%"], ["旅行会社団体", "27%"], ["法人契約", "14%"]]}}])

# 025 — English mail classified CONFIDENTIAL at the top
add(25, "stop", [], ["confidential_marking"],
    "English mail to a foreign tour operator classified CONFIDENTIAL at its head",
    sender=frm(CHEN), to=["Daniel Whitford <d.whitford@pacrimjourneys.com>"],
    subject="Net rates FY2026 - Hotel Hinode",
    body=f"""CONFIDENTIAL - FOR PACIFIC RIM JOURNEYS ONLY

Dear Daniel,

Thank you for your continued support. Please find below our net rates for FY2026
(April 2026 - March 2027), room only, per room per night, tax included.

  Room type           Low      Shoulder   Peak
  ----------------------------------------------
  Standard Twin      13,200    15,400    21,000
  Japanese Style     18,700    22,000    29,500
  Corner Suite       36,000    41,800    55,000

Allotment: 8 rooms per night, release 21 days prior to arrival.
These rates must not be shown to end customers or other partners.

{sig(CHEN[0], CHEN[1], CHEN[2], CHEN[3], 3, CHEN[4])}
""")


# ================================================================ STOP: unreadable attachments

# 026 — PPAP: the register in a password ZIP
r = R(26)
_ps = people(r, 8)
add(26, "stop", [], ["unscannable_attachment"],
    "guest register sent in a password-protected ZIP (PPAP) that cannot be inspected",
    sender=frm(KINOSHITA), to=["富士観光 団体手配課 <tehai@fujikanko.co.jp>"],
    subject="宿泊者名簿送付（パスワードは別送します）",
    body=f"""富士観光株式会社
団体手配課 ご担当者様

お世話になっております。ホテル日の出の木下です。
9/20ご宿泊の「富士宮ゴルフ同好会」様の宿泊者名簿を送付いたします。
パスワードは別メールにてお送りいたします。

{sg(KINOSHITA, 1)}
""",
    attachments=[{"kind": "zip", "name": "meibo_0920.zip", "password": "Hinode0920!",
                  "files": [{"kind": "csv", "name": "meibo_0920.csv", "encoding": "cp932",
                             "rows": [["氏名", "電話"]] + [[full(p), mobile(r)] for p in _ps]}]}])

# 027 — password-protected PDF invoice to an OTA
add(27, "stop", [], ["unscannable_attachment"],
    "invoice PDF is password-protected: its content cannot be checked",
    sender=frm(IGUCHI), to=["たびまど 経理部 <keiri@tabimado.jp>"],
    subject="【請求書】2025年10月分 送客手数料相殺後のご請求",
    body=f"""株式会社たびまど 経理部 御中

いつもお世話になっております。日の出産業 経理課の井口です。
10月分の請求書をお送りいたします。
PDFにはパスワードを設定しております（貴社登録の施設IDの数字部分）。

お支払期日：2025年11月30日

{sg(IGUCHI, 1)}
""",
    attachments=[{"kind": "pdf", "name": "請求書_202510_tabimado.pdf", "password": "20418",
                  "lines": ["請求書", "株式会社たびまど 御中", "ご請求金額 1,284,350円"]}])

# 028 — corrupt XLSX
add(28, "stop", [], ["unscannable_attachment"],
    "the rooming-list XLSX is corrupt and cannot be opened",
    sender=frm(KINOSHITA), to=["中井 幸太 <nakai.k@hikari-travel.co.jp>"],
    subject="Re: 2/8 静岡県立大OB会 ルーミング（修正版）",
    body=f"""中井様

お世話になっております。木下です。
ルーミングの修正版を添付します。
3名様の追加分を反映し、和室を1室増やしております。

木下

> 木下様
> 3名追加となりました。修正をお願いできますでしょうか。
> ひかり旅行 中井
""",
    attachments=[{"kind": "corrupt", "name": "rooming_0208_rev2.xlsx"}])

# 029 — password ZIP to the police
add(29, "stop", [], ["unscannable_attachment"],
    "encrypted ZIP of register copies sent to the police: unreadable attachment",
    sender=frm(NASU), to=["静岡南警察署 生活安全課 <seian@police.pref.suruga.lg.jp>"],
    subject="ご依頼の資料（11/2〜11/3分）",
    body=f"""静岡南警察署 生活安全課
古川様

お世話になっております。ホテル日の出 保安・危機管理室の那須です。
お電話でご依頼のありました11/2〜11/3の資料一式を、暗号化ZIPにてお送りします。
解凍パスワードはお電話でお伝えいたします。

{sg(NASU, 2)}
""",
    attachments=[{"kind": "zip", "name": "shiryo_1102-1103.zip", "password": "P0lice-1103",
                  "files": [{"kind": "txt", "name": "memo.txt", "text": "宿泊者名簿写し 11/2-11/3\n防犯カメラ記録 一覧"}]}])

# 030 — corrupt DOCX estimate to a couple on free mail
add(30, "stop", [], ["unscannable_attachment", "freemail_recipient"],
    "estimate DOCX to the couple's free-mail address is corrupt (unscannable)",
    sender=frm(KUBOTA), to=["四十物 耕平 <kohei.aimono@gmail.com>"],
    subject="お見積書（改定版）をお送りします",
    body=f"""四十物 耕平 様

いつもありがとうございます。ホテル日の出の久保田です。
先日のお打合せ内容（ゲスト62名、料理コースを「雅」に変更）を反映した
お見積書をお送りします。ご確認ください。

{sg(KUBOTA, 1)}
""",
    attachments=[{"kind": "corrupt", "name": "お見積書_四十物様_改定2.docx"}])


# ================================================================ STOP: 要配慮個人情報 of one person

# 031 — disability certificate mentioned for one guest, to the bus company
add(31, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named guest's physical disability (身体障害者手帳1級) sent to the bus company",
    sender=frm(HIRANO), to=["青葉運輸 配車係 <haisha@aoba-unyu.co.jp>"],
    subject="11/16 送迎 リフト付き車両のお願い",
    body=f"""青葉運輸 配車係 ご担当者様

お世話になっております。ホテル日の出の平野です。
11/16（日）10:30 静岡駅北口発の送迎で、リフト付き車両への変更をお願いします。

ご利用のお客様は鴨脚 環（いちょう たまき）様で、身体障害者手帳1級をお持ちの
電動車椅子ユーザーです（頸髄損傷による四肢麻痺とのこと）。
車椅子は約110kgあるとのことですので、固定ベルトの準備をお願いします。
介助者としてご主人が同乗されます。

{sg(HIRANO, 4)}
""")

# 032 — religion stated for one named guest, to a halal caterer
add(32, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named guest's religion (Muslim, halal, Ramadan) given to an outside caterer",
    sender=frm(SAEKI), to=["クレセントハラールキッチン <order@crescent-halal.co.jp>"],
    subject="ハラール弁当 1食追加（12/3 会議）",
    body=f"""クレセントハラールキッチン
ご担当者様

お世話になっております。ホテル日の出 調理部の佐伯です。
12/3（水）の川崎電機様 技術会議（昼食45食）に、ハラール弁当1食の追加をお願いします。

対象の方は、マレーシアからご来日の Ahmad Faizal bin Rosli 様です。
敬虔なムスリムの方で、アルコールを含む調味料も不可、
お祈りの時間（12:50頃）を避けてお出しするようにと幹事様から伺っております。

配送は11:30までに地下搬入口へお願いいたします。

{sg(SAEKI, 1)}
""")

# 033 — forwarded complaint: guest's depression mentioned in passing, to the law firm
add(33, "stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "complaint forwarded to the law firm names a guest who says he is treated for depression",
    sender=frm(KUWABARA), to=["白川法律事務所 白川 <shirakawa@shirakawa-law.jp>"],
    subject="FW: ご相談（騒音クレームに伴う損害賠償請求）",
    body=f"""白川先生

お世話になっております。お客様相談室の桑原です。
先日お電話でご相談した件、お客様からのメールを転送いたします。
ご本人は「うつ病で心療内科に通院中で、隣室の騒音で症状が悪化した」と主張され、
治療費と慰謝料の支払いを求めておられます。
対応方針についてご助言いただけますでしょうか。

{sg(KUWABARA, 1)}

---------- 転送メッセージ ----------
差出人: 宍戸 幸四郎
日付: 2025年10月8日 22:14
件名: 10/4宿泊時の騒音について

ホテル日の出 ご担当者様

10月4日に712号室に宿泊した宍戸です。
隣室の宴会（深夜1時過ぎまで）のせいで一睡もできず、通院中の持病が悪化しました。
医師の診断書も取ってあります。誠意ある対応を求めます。
連絡は携帯 080-6613-2974 までお願いします。
""")

# 034 — crime victim: theft in a room, report to the insurer
r = R(34)
add(34, "stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "names a guest who was a theft victim (被害届) with her phone, sent to the insurer",
    sender=frm(NASU), to=["あさひ損害保険 事故受付 <jiko-uketsuke@asahi-sonpo.jp>"],
    subject="盗難事故のご報告（受託者賠償 証券No. AS-5520731）",
    body=f"""あさひ損害保険株式会社
事故受付センター 御中

日の出産業株式会社 ホテル・宴会事業部 保安・危機管理室の那須です。
当館客室内で発生した盗難事故についてご報告いたします。

　発生日　　：2025年7月21日（深夜）
　場所　　　：ホテル日の出 6階 618号室
　被害者　　：栗花落 琴音 様（宿泊客）
　連絡先　　：{mobile(r)}
　被害内容　：現金約8万円、腕時計1点
　警察届出　：静岡中央警察署に被害届提出済（受理番号 第2025-3318号）

客室清掃委託先の従業員が関与した可能性があり、警察が捜査中です。
保険金請求の手続きについてご教示ください。

{sg(NASU, 2)}
""")

# 035 — medical emergency: diagnosis sent to the tour operator
add(35, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named tour member's stroke diagnosis and hospitalisation reported to the tour company",
    sender=frm(IWASA), to=["日本周遊社 添乗員 八木 <yagi@shuyusha.co.jp>"],
    subject="【ご報告】昨夜救急搬送されたお客様の件",
    body=f"""日本周遊社
八木様

昨夜はお疲れさまでした。ホテル日の出 フロントの岩佐です。
昨夜23時頃、大浴場で倒れられた仁平 篤 様（ツアー「駿河路めぐり3日間」ご参加）の件です。

先ほど搬送先の県立総合病院から奥様経由でご連絡があり、
「脳梗塞」との診断で、少なくとも2週間の入院が必要とのことでした。
お部屋のお荷物は当館でお預かりしております。
奥様は本日もう1泊延泊されます（ツアーからは離脱）。

取り急ぎご報告まで。

{sg(IWASA)}
""")

# 036 — arrest record passed to the security company
add(36, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named person's arrest for fraud passed to the outside security company",
    sender=frm(NASU), to=["センチネル警備 静岡営業所 <shizuoka@sentinel-keibi.co.jp>"],
    subject="12/20 忘年会警備の注意事項",
    body=f"""センチネル警備株式会社
隊長 野々村様

いつもお世話になっております。ホテル日の出の那須です。
12/20の大宴会（丸井機械様 忘年会 300名）の警備について1点共有です。

同社の元社員で、昨年当館の宴会で会費を着服したとして詐欺容疑で逮捕された
一尺八寸 源（かまつか げん）氏が、当日来館する可能性があると幹事様から聞いています。
執行猶予中とのことです。来館された場合は入場をお断りし、私までご連絡ください。
（写真は当日朝お渡しします）

{sg(NASU, 2)}
""")


# ================================================================ STOP: lists in every shape

# 037 — a list without a name column: reservation no., phone, mail
r = R(37)
_rows = [["予約番号", "チェックイン", "泊数", "人数", "電話番号", "メールアドレス"]]
for i in range(7):
    p = r.choice(NAMES)
    _rows.append([f"YK-{r.randint(100000, 999999)}", f"12/{r.randint(20, 31)}", str(r.randint(1, 3)),
                  str(r.randint(1, 4)), mobile(r), email_of(r, p)])
add(37, "stop", ["PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "seven guests' phones and e-mail addresses without any name column, sent to an OTA",
    sender=frm(KINOSHITA), to=["ゆこうネット 連携窓口 <renkei@yukou-net.jp>"],
    subject="予約連携エラー分の手動照合のお願い",
    body=f"""ゆこうネット 連携窓口 ご担当者様

お世話になっております。ホテル日の出の木下です。
12/18のシステム障害時間帯（10:05〜11:40）に入った予約のうち、
当館側に連携されていない可能性があるものを抽出しました。
貴社側のデータと照合いただけますでしょうか。

{table(_rows, rule_after=0)}

お手数ですがよろしくお願いいたします。

{sg(KINOSHITA, 1)}
""")

# 038 — a care-travel group: no names, but conditions tied to each row with birth dates
r = R(38)
_conds = ["脳梗塞後遺症（左半身麻痺）", "認知症（軽度・徘徊歴あり）", "パーキンソン病", "人工透析（週3回）",
          "糖尿病・インスリン自己注射", "心臓ペースメーカー装着", "在宅酸素療法"]
_rows = [["部屋", "性別", "生年月日", "要介護度", "既往・注意事項"]]
for i, c in enumerate(_conds):
    _rows.append([str(301 + i), r.choice(["男", "女"]), dob(r, "short", 1933, 1950),
                  r.choice(["要支援2", "要介護1", "要介護2", "要介護3"]), c])
add(38, "stop", ["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "no names, but each row ties a birth date and room to diseases and care level, to the agency",
    sender=frm(MORIMOTO), to=["ケアトラベル 看護師 長尾 <nagao@care-tabi.jp>"],
    subject="バリアフリーツアー（1/15-16）お部屋と配慮事項の確認",
    body=f"""ケアトラベル株式会社
長尾様

お世話になっております。ホテル日の出 客室課の森本です。
1/15-16のバリアフリーツアーについて、お部屋割りと配慮事項を整理しました。
看護師さんの巡回ルートの参考にしてください。

{table(_rows, gap=3)}

301〜307はすべてユニバーサルルーム（段差なし・手すり付き）です。
酸素ボンベの搬入は前日17時までにお願いします。

{sg(MORIMOTO)}
""")

# 039 — HTML-only mail, a table of banquet invitees with mobiles
r = R(39)
_ps = people(r, 8)
_tr = "\n".join(
    f"<tr><td>{i}</td><td>{full(p)}</td><td>{r.choice(['丸井機械(株)', '川崎電機(株)', '駿河精工(株)', '(有)清水鉄工'])}</td>"
    f"<td>{r.choice(['代表取締役', '常務取締役', '部長', '課長'])}</td><td>{mobile(r)}</td></tr>"
    for i, p in enumerate(_ps, 1))
add(39, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "HTML-only mail: eight invitees with titles and mobile numbers to the event company",
    sender=frm(OTSUKI), to=["イベントプラス 制作部 <seisaku@ev-plus.co.jp>"],
    subject="来賓アテンド名簿（1/24 賀詞交歓会）",
    html=f"""<html><body>
<p>イベントプラス株式会社<br>制作部 ご担当者様</p>
<p>いつもお世話になっております。ホテル日の出 宴会営業課の大槻です。<br>
1/24 静岡商工連盟 賀詞交歓会の来賓アテンド名簿です。<br>
到着が遅れている方には、アテンドスタッフから直接携帯にご連絡ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr bgcolor="#dddddd"><th>No</th><th>ご芳名</th><th>会社名</th><th>役職</th><th>携帯</th></tr>
{_tr}
</table>
<p>-- <br>ホテル日の出 宴会営業課 大槻 沙織<br>TEL 054-255-7100（内線3520）</p>
</body></html>""")

# 040 — DOCX table: wedding guests to be picked up (kana, full-width phones, addresses)
r = R(40)
_ps = people(r, 7)
_t = [["お名前", "ふりがな", "お迎え先ご住所", "電話番号", "人数"]]
for p in _ps:
    _t.append([full(p), kana(p, kata=False), address(r, 1, zipmark=False), z(mobile(r)), z(str(r.randint(1, 3)))])
add(40, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "DOCX table of seven wedding guests' home addresses and phones sent to a taxi company",
    sender=frm(KUBOTA), to=["みなとタクシー 予約センター <yoyaku@minato-taxi.co.jp>"],
    subject="ご予約依頼：5/10 婚礼ゲスト様 お迎え（7件）",
    body=f"""みなとタクシー株式会社
予約センター 御中

いつもお世話になっております。ホテル日の出 婚礼課の久保田です。
5/10（土）の婚礼ゲスト様のお迎えを7件お願いいたします。
お迎え時刻は9:00〜9:30、行き先はすべて当館正面玄関です。
詳細は添付の表をご覧ください。料金は当館への後日請求でお願いします。

{sg(KUBOTA)}
""",
    attachments=[{"kind": "docx", "name": "お迎えリスト_0510.docx",
                  "paragraphs": ["婚礼ゲスト様 お迎えリスト（令和7年5月10日）", "新郎 舎利弗家 / 新婦 皆川家"],
                  "tables": [_t]}])

# 041 — PDF table: school trip rooming with allergies and chronic illness, to the school-trip agency
r = R(41)
_ps = people(r, 12)
_tb = [["部屋", "氏名", "性別", "生年月日", "食物アレルギー・持病"]]
_notes = ["", "", "小麦（エピペン）", "", "ぜんそく（吸入薬持参）", "", "", "てんかん（服薬中）", "えび", "",
          "1型糖尿病", ""]
for i, (p, nt) in enumerate(zip(_ps, _notes)):
    _tb.append([str(401 + i // 4), full(p), "男" if p[6] == "M" else "女", dob(r, "iso", 2011, 2011), nt or "なし"])
add(41, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "PDF rooming of 12 pupils with birth dates, allergies and chronic illnesses to the agency",
    sender=frm(KINOSHITA), to=["学旅トラベル 教育旅行課 <kyoiku@gakuryo-travel.co.jp>"],
    subject="葵台中学校様 修学旅行 部屋割り・配慮事項（確認用）",
    body=f"""学旅トラベル株式会社
教育旅行課 浅沼様

お世話になっております。ホテル日の出の木下です。
葵台中学校様（2年3組分）の部屋割りと配慮事項をPDFにまとめました。
学校様からいただいた調査票の内容と相違がないかご確認ください。

{sg(KINOSHITA)}
""",
    attachments=[{"kind": "pdf", "name": "葵台中_2-3_部屋割り.pdf",
                  "lines": ["葵台中学校 修学旅行（京都・奈良→静岡）", "2年3組 部屋割り・配慮事項", ""],
                  "table": _tb}])

# 042 — plain ZIP with a UTF-8 CSV export of OTA bookings, to a revenue consultant
r = R(42)
_ps = people(r, 15)
_rows = [["booking_id", "channel", "guest_name", "guest_kana", "tel", "email", "checkin", "nights", "amount"]]
for p in _ps:
    _rows.append([f"B{r.randint(1000000, 9999999)}", r.choice(["tabimado", "StayNavi", "yukou"]), full(p),
                  kana(p), mobile(r, ""), email_of(r, p), f"2025-08-{r.randint(1, 31):02d}",
                  r.randint(1, 3), r.randint(12, 68) * 1000])
add(42, "stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "ZIP holding a UTF-8 CSV of 15 bookings with guest names, phones and e-mails, to a consultant",
    sender=frm(KINOSHITA), to=["イールドパートナーズ 分析チーム <analysis@yield-partners.co.jp>"],
    subject="8月予約データ（分析用）",
    body=f"""イールドパートナーズ 分析チーム 御中

お世話になっております。ホテル日の出 宿泊予約課の木下です。
ご依頼の8月分予約データ（PMSからのエクスポート）をZIPでお送りします。
リードタイム分析にお使いください。

木下
""",
    attachments=[{"kind": "zip", "name": "bookings_202508.zip",
                  "files": [{"kind": "csv", "name": "bookings_202508.csv", "encoding": "utf-8",
                             "rows": _rows}]}])

# 043 — forward of the agency's mail (with the rooming list) to another bus company
r = R(43)
_ps = people(r, 11)
_lines = "\n".join(f"{i:>2}. {full(p)}　{romaji(p, True)}　{mobile(r)}" for i, p in enumerate(_ps, 1))
add(43, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "forwarding the agency's participant list (11 names and mobiles) to a bus company: forwarded text counts",
    sender=frm(HIRANO), to=["駿河観光バス 営業所 <eigyo@suruga-kankobus.co.jp>"],
    subject="FW: 【あおぞらトラベル】3/2 伊豆日帰り 参加者名簿",
    body=f"""駿河観光バス 営業所 御中

ホテル日の出 送迎担当の平野です。
3/2（日）のチャーター便の件、旅行会社から届いた参加者名簿を転送します。
乗車確認にお使いください。

平野

-------- Forwarded Message --------
From: あおぞらトラベル 杉浦 <sugiura@aozora-travel.jp>
To: {frm(HIRANO)}
Date: Mon, 24 Feb 2025 11:02:45 +0900
Subject: 【あおぞらトラベル】3/2 伊豆日帰り 参加者名簿

平野様
3/2 伊豆日帰りツアーの参加者名簿です。よろしくお願いします。

{_lines}

あおぞらトラベル 杉浦
""")

# 044 — English: guest registration with passport numbers for a Taiwanese group, XLSX
r = R(44)
_tw = [("CHEN", "WEI-LUN", "M"), ("LIN", "YU-TING", "F"), ("HUANG", "CHIH-HAO", "M"), ("WU", "PEI-SHAN", "F"),
       ("TSAI", "MING-HSUN", "M"), ("KUO", "HSIN-YI", "F"), ("CHANG", "CHUN-CHIEH", "M"), ("LEE", "SHU-FEN", "F")]
_rows = [["Guest Registration - Formosa Star Travel group FS-0412 (Apr 12-14)"], [],
         ["Room", "Surname", "Given name", "Sex", "Nationality", "Passport No.", "Date of birth"]]
for i, (s, g, x) in enumerate(_tw):
    _rows.append([str(1001 + i // 2), s, g, x, "TWN", str(r.randint(300000000, 399999999)),
                  f"{r.randint(1960, 1998)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"])
add(44, "stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], ["personal_data"],
    "English mail; XLSX with eight foreign guests' passport numbers and birth dates to the overseas agency",
    sender=frm(CHEN), to=["Formosa Star Travel <ops@formosastar.com.tw>"],
    subject="FS-0412 guest registration - please verify",
    body=f"""Dear Ms. Kao,

Thank you for sending the passport copies. We have typed them into our guest
registration as required by Japanese law (Hotel Business Act) for foreign visitors.
Could you please double-check the attached sheet and let us know of any typos
before the group arrives on April 12?

{sig(CHEN[0], CHEN[1], CHEN[2], CHEN[3], 3, CHEN[4])}
""",
    attachments=[{"kind": "xlsx", "name": "FS-0412_registration.xlsx", "sheets": {"Registration": _rows}}])

# 045 — My Number of a banquet part-timer, to the tax accountant
add(45, "stop", ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "a banquet part-timer's 個人番号 and address sent to the outside tax office",
    sender=frm(IGUCHI), to=["税理士法人みなみ 給与計算チーム <kyuyo@minami-tax.jp>"],
    subject="配膳アルバイト 扶養控除等申告書 不足分",
    body=f"""税理士法人みなみ
給与計算チーム 御中

お世話になっております。日の出産業 経理課の井口です。
年末調整の書類で不足していた1名分、個人番号をお知らせします。

　氏名　　：百目鬼 千代（どうめき ちよ）
　所属　　：ホテル日の出 宴会サービス課（配膳アルバイト）
　個人番号：{my_number(45)[:4]} {my_number(45)[4:8]} {my_number(45)[8:]}
　住所　　：{address(R(45), 1)}

原本のコピーは来週まとめて郵送いたします。

{sg(IGUCHI, 4)}
""")

# 046 — couple's card number handed to the photo studio (text + HTML)
_cc = card_number(4646)
_ccs = f"{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}"
add(46, "stop", ["PERSON_NAME", "CREDIT_CARD"], ["personal_data"],
    "the couple's full card number (bride's card) passed to the photo studio for an album upgrade",
    sender=frm(KUBOTA), to=["スタジオ光彩 荒木 <araki@studio-kousai.jp>"],
    subject="小鳥遊様 追加アルバムのお支払いについて",
    body=f"""荒木様

いつもお世話になっております。久保田です。
小鳥遊様の追加アルバム（レザー20P）の件、
新郎様より「カードで直接決済してほしい」とのことで、番号を伺いました。

　名義：HIYORI TAKANASHI（新婦様名義のカードです）
　番号：{_ccs}
　期限：11/27

決済が済みましたらお知らせください。

久保田
""",
    html=f"""<div>荒木様</div><div><br></div>
<div>いつもお世話になっております。久保田です。<br>
小鳥遊様の追加アルバム（レザー20P）の件、<br>
新郎様より「カードで直接決済してほしい」とのことで、番号を伺いました。</div>
<blockquote>名義：HIYORI TAKANASHI（新婦様名義のカードです）<br>
番号：<b>{_ccs}</b><br>期限：11/27</blockquote>
<div>決済が済みましたらお知らせください。</div><div><br>久保田</div>""")

# 047 — driver's licence number of a guest, to the parking operator
r = R(47)
add(47, "stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"], ["personal_data"],
    "a guest's driving licence number and phone sent to the parking operator about a car damage claim",
    sender=frm(IWASA), to=["イージーパーキング 事故対応窓口 <jiko@easy-parking.co.jp>"],
    subject="立体駐車場内 接触事故の件（11/9）",
    body=f"""イージーパーキング株式会社
事故対応窓口 ご担当者様

ホテル日の出 フロントの岩佐です。
11/9 15時頃、当館立体駐車場（貴社運営）の3階スロープで、
パレットの誤作動によりお客様のお車のバンパーが損傷しました。
お客様の情報は以下のとおりです（ご本人の了承済み）。

　お名前　　　：菅原 静香 様
　運転免許証　：第 {r.randint(10, 99)}{r.randint(1000000000, 9999999999)} 号
　車両　　　　：トヨタ アクア 静岡 530 ほ 12-34
　ご連絡先　　：{mobile(r)}

今後の対応について、ご本人へ直接ご連絡をお願いいたします。

{sg(IWASA, 1)}
""")

# 048 — residence card of a dispatched banquet worker, back to the staffing agency
r = R(48)
_rc = f"{r.choice(['AB', 'EH', 'UF', 'RK'])}{r.randint(10000000, 99999999)}{r.choice(['CD', 'EA', 'TK', 'FX'])}"
add(48, "stop", ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"], ["personal_data"],
    "a dispatched worker's 在留カード number and birth date sent to the staffing agency",
    sender=frm(KASHIWAGI), to=["ハイゼンスタッフ 静岡支店 <shizuoka@haizen-staff.co.jp>"],
    subject="派遣スタッフ 在留カードの有効期限について",
    body=f"""ハイゼンスタッフ株式会社 静岡支店
ご担当者様

お世話になっております。ホテル日の出 宴会サービス課の柏木です。
12月から配膳で来ていただいている下記の方について、
入館時に確認した在留カードの期限が迫っているようでしたのでご連絡します。

　氏名　　　：TRAN THI MAI（チャン・ティ・マイ）
　生年月日　：2001年6月9日
　在留カード：{_rc}
　在留資格　：留学（資格外活動許可あり）
　在留期限　：2026年1月15日

更新手続き状況をご確認いただけますでしょうか。
1/16以降のシフトについてはご回答をいただいてから確定させてください。

{sg(KASHIWAGI)}
""")

# 049 — health insurance card number + injury of a banquet guest, to the insurer
r = R(49)
add(49, "stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a banquet guest's health insurance 記号・番号, birth date and fracture diagnosis sent to the insurer",
    sender=frm(KUWABARA), to=["東邦損保 賠償責任保険 担当 <baisho@toho-sonpo.co.jp>"],
    subject="宴会場 転倒事故 追加情報（証券番号 HB-2207-55813）",
    charset="iso-2022-jp",
    body=f"""東邦損害保険株式会社
賠償責任保険ご担当者様

お世話になっております。ホテル日の出 お客様相談室の桑原です。
先週ご報告した宴会場での転倒事故について、治療費の立替精算に必要とのことで
ご本人から以下の情報をいただきましたのでお送りします。

　被保険者氏名：廿日出 豊 様
　生年月日　　：昭和２７年１１月３０日
　健康保険証　：記号 {r.randint(10, 99)}{r.randint(100, 999)}　番号 {r.randint(100, 9999)}（協会けんぽ静岡支部）
　診断名　　　：右橈骨遠位端骨折（全治8週間）
　医療機関　　：静岡市立第二病院 整形外科

診断書の原本は郵送いたします。

{sg(KUWABARA, 1)}
""")

# 050 — basic pension number for a new part-timer, to the labour consultant
r = R(50)
add(50, "stop", ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"], ["personal_data"],
    "a new banquet staff member's 基礎年金番号 and birth date sent to the 社労士",
    sender=frm(KASHIWAGI), to=["神田社会保険労務士事務所 <info@sr-kanda.jp>"],
    subject="社会保険 資格取得届の作成依頼（配膳パート1名）",
    body=f"""神田社会保険労務士事務所
神田先生

いつもお世話になっております。ホテル日の出 宴会サービス課の柏木です。
週30時間以上の勤務となるパート1名について、資格取得届の作成をお願いします。

・氏名：祝 小百合（ほうり さゆり）
・生年月日：Ｓ５４．８．２１
・基礎年金番号：{r.randint(1000, 9999)}-{r.randint(100000, 999999)}
・資格取得日：令和7年4月1日
・報酬月額：186,000円

よろしくお願いいたします。

柏木
""")

# 051 — lost property: one record per block, owners' addresses for cash-on-delivery shipping
r = R(51)
_items = ["黒の長財布（ブランド名なし）", "スマートフォン充電器・ケーブル", "男性用腕時計（銀色）",
          "子ども用水筒（水色）", "老眼鏡（茶色ケース入り）", "ストール（えんじ色）"]
_blocks = []
for i, (p, it) in enumerate(zip(people(r, 6), _items), 1):
    zp, ad = zipcode_addr(r)
    _blocks.append(f"【{z(str(i))}】\nご依頼主様：{full(p)} 様\nお届け先：〒{zp} {ad}\n"
                   f"電話：{z(r.choice([mobile(r), landline(r, ad)]))}\nお品物：{it}\n着払い・{r.choice(['60', '80'])}サイズ")
add(51, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "six owners of lost items, each block with address and phone, sent to the courier",
    sender=frm(IWASA), to=["やまびこ急便 静岡営業所 <shizuoka@yamabiko-express.co.jp>"],
    subject="忘れ物発送 集荷依頼（6件）",
    body=f"""やまびこ急便 静岡営業所 御中

いつもお世話になっております。ホテル日の出 フロントの岩佐です。
本日分のお忘れ物の発送（着払い）を6件お願いいたします。
送り状の作成を代行いただけるとのことでしたので、お届け先を以下に記載します。
集荷は15時以降、フロント裏の事務所までお願いします。

{chr(10).join(_blocks[:3])}

{chr(10).join(_blocks[3:])}

{sg(IWASA, 2)}
""")

# 052 — names and phones only in running text (5 people), new text of a reply
r = R(52)
_ps = people(r, 5)
_m = [mobile(r) for _ in range(5)]
add(52, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "five people's names and mobiles written as prose in the new text of a reply to the agency",
    sender=frm(IWASA), to=["中井 幸太 <nakai.k@hikari-travel.co.jp>"],
    subject="Re: 本日チェックインの団体様 連絡先について",
    body=f"""中井様

お世話になっております。ホテル日の出 フロントの岩佐です。
ご依頼の件、各部屋の代表者様の連絡先をフロントで伺いましたのでお伝えします。
501号室は{full(_ps[0])}様（{_m[0]}）、502号室は{full(_ps[1])}様（{_m[1]}）、
503号室は{full(_ps[2])}様で携帯は{_m[2]}、504号室の{full(_ps[3])}様は{_m[3]}、
最後に505号室の{full(_ps[4])}様が{_m[4]}とのことです。
明朝の集合時刻の変更は、中井様から直接ご連絡いただけますと助かります。

岩佐

-----Original Message-----
From: 中井 幸太 <nakai.k@hikari-travel.co.jp>
Sent: Friday, October 17, 2025 4:12 PM
To: {frm(IWASA)}
Subject: 本日チェックインの団体様 連絡先について

岩佐様
明日の集合時刻が変更になりそうなので、各部屋の代表者の携帯番号を教えていただけますか。
""")

# 053 — forward-as-attachment of the client's mail carrying an XLSX of participants
r = R(53)
_ps = people(r, 18)
_rows = [["丸井機械株式会社 社員旅行（令和7年10月25日〜26日）参加者一覧"], [],
         ["社員番号", "氏名", "所属", "生年月日", "携帯電話", "乗車地"]]
for p in _ps:
    _rows.append([f"M{r.randint(10000, 99999)}", full(p), r.choice(["製造部", "総務部", "営業部", "品質保証部"]),
                  dob(r, "short", 1965, 2002), mobile(r), r.choice(["本社", "静岡駅", "清水駅"])])
_inner = {"sender": "丸井機械 総務部 小松 <komatsu@marui-kikai.co.jp>", "to": [frm(HIRANO)],
          "subject": "社員旅行 参加者一覧の送付", "charset": "iso-2022-jp",
          "body": "ホテル日の出 平野様\n\n社員旅行の参加者一覧をお送りします。\n送迎の乗車地ごとに分けております。\n\n丸井機械 総務部 小松\n",
          "attachments": [{"kind": "xlsx", "name": "社員旅行_参加者一覧.xlsx",
                           "sheets": {"参加者": _rows, "乗車地": [["乗車地", "時刻"], ["本社", "8:00"], ["静岡駅", "8:30"], ["清水駅", "8:50"]]}}]}
add(53, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "client's mail attached as .eml, its XLSX lists 18 employees with birth dates and mobiles; sent to a bus company",
    sender=frm(HIRANO), to=["駿河観光バス 営業所 <eigyo@suruga-kankobus.co.jp>"],
    subject="FW: 社員旅行 参加者一覧の送付",
    body=f"""駿河観光バス 営業所 御中

平野です。丸井機械様の社員旅行（10/25-26）の件、
お客様から届いたメールをそのまま添付で転送します。
乗車地ごとの人数は一覧からご確認ください。

{sg(HIRANO, 4)}
""",
    attachments=[{"kind": "eml", "name": "社員旅行 参加者一覧の送付.eml", "message": _inner}])

# 054 — English: VIP delegation with passport numbers and religious dietary needs
r = R(54)
_del = [("AL-HASHIMI", "Omar", "halal; no alcohol (Muslim)"), ("GOLDSTEIN", "Rachel", "kosher (observant Jewish)"),
        ("SHARMA", "Vikram", "strict vegetarian (Jain)"), ("OKONKWO", "Chidi", "none"),
        ("MÜLLER", "Anna", "gluten-free (coeliac disease)")]
_lines = "\n".join(f"{i}. {s}, {g} - passport {r.choice(['P', 'X', 'C', 'K'])}{r.randint(10000000, 99999999)} - {d}"
                   for i, (s, g, d) in enumerate(_del, 1))
add(54, "stop", ["PERSON_NAME", "JP_PASSPORT", "SENSITIVE_CATEGORY"], ["personal_data"],
    "English list of five delegates with passport numbers and religion / coeliac disease, to an association",
    sender=frm(CHEN), to=["International Exchange Assoc. <protocol@kokusai-koryu.or.jp>"],
    subject="Delegation arrival 9 June - rooming & dietary confirmation",
    body=f"""Dear Mr. Sakakibara,

Further to our call, here is the delegation list as we will register it at check-in,
together with the dietary requirements we will pass on to our kitchen.

{_lines}

All five are in Executive Twins on the 12th floor (single use).
Please confirm the spelling of the names before Friday.

{sig(CHEN[0], CHEN[1], CHEN[2], CHEN[3], 3, CHEN[4])}

{DISCLAIMER_EN}
""")

# 055 — ASCII padded table: reunion attendees' addresses for a gift shop
r = R(55)
_ps = people(r, 9)
_rows = [["No", "Name", "Zip", "Address", "Tel"]]
for i, p in enumerate(_ps, 1):
    zp, ad = zipcode_addr(r)
    _rows.append([str(i), full(p), zp, ad, landline(r, ad)])
add(55, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "nine reunion guests' home addresses and phones (ASCII table) sent to a gift shop for delivery",
    sender=frm(OTSUKI), to=["おもてなしギフト 配送係 <haisou@omotenashi-gift.co.jp>"],
    subject="記念品 直送のお願い（欠席者分）",
    body=f"""おもてなしギフト株式会社
配送係 ご担当者様

お世話になっております。ホテル日の出 宴会営業課の大槻です。
11/30の城北高校 還暦同窓会で、当日欠席された方への記念品（今治タオル・名入れ）を
ご自宅へ直送していただきたく、お届け先をお送りします。

{table(_rows, rule_after=0, indent='  ')}

送料は当館にご請求ください。

{sg(OTSUKI)}
""")


# ================================================================ PASS: all-internal recipients

# 056 — tonight's arrivals (legacy XLS) to the front desk team
r = R(56)
_ps = people(r, 12)
_rows = [["本日到着予定（11/8）"], ["部屋", "氏名", "カナ", "電話", "住所", "到着", "車両"]]
for i, p in enumerate(_ps):
    _ad = address(r, 0, zipmark=False)
    _rows.append([str(302 + i), full(p), kana(p), mobile(r), _ad, r.choice(["15:00", "16:30", "18:00", "20:00"]),
                  r.choice(["", f"静岡 {r.randint(300, 599)} あ {r.randint(10, 99)}-{r.randint(10, 99)}"])])
add(56, "pass", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], [],
    "12 guests' contact data, but only to the internal front-desk list",
    sender=frm(KINOSHITA), to=[f"フロント <front@{D}>"], cc=[f"岩佐 拓海 <t.iwasa@{D}>"],
    subject="本日到着リスト（11/8）",
    body=f"""フロントの皆さん

お疲れさまです。予約課の木下です。
本日の到着リストを添付します（古いPMS用のxls形式です）。
302号室のお客様はご高齢のため、お部屋までベルでご案内をお願いします。

木下
""",
    attachments=[{"kind": "xls", "name": "arrival_1108.xls", "sheets": {"到着": _rows}}])

# 057 — allergy and illness list to the kitchen (internal)
r = R(57)
_ps = people(r, 7)
_cond = ["卵（加熱もNG）", "そば・落花生", "痛風のためプリン体控えめ", "高血圧で減塩", "甲殻類", "牛乳", "キウイ・バナナ"]
_rows = [["卓", "お名前", "内容"]] + [[r.choice(["A", "B", "C", "D"]), full(p, "　"), c] for p, c in zip(_ps, _cond)]
add(57, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "named guests' allergies and conditions, sent only to the internal kitchen",
    sender=frm(OTSUKI), to=[f"調理部 宴会厨房 <kitchen-banquet@{D}>"], cc=[f"佐伯 誠司 <s.saeki@{D}>"],
    subject="11/23 古希祝い（八月一日家）特別対応",
    body=f"""宴会厨房の皆さま

お疲れさまです。大槻です。
11/23（日）12:00〜 2階「菊の間」八月一日家 古希祝い（28名）の特別対応です。

{table(_rows, fill="　", rule="―")}

ご対応よろしくお願いします。

大槻
""")

# 058 — internal subdomain: passport data gathered for a police inquiry
r = R(58)
_g = [("LI", "HAOYU", "CHN"), ("ZHANG", "XIN", "CHN"), ("PARK", "JIYEON", "KOR"), ("KIM", "MINJUN", "KOR"),
      ("NGUYEN", "THI LAN", "VNM"), ("SMITH", "OLIVER", "GBR")]
_rows = [["宿泊日", "部屋", "氏名", "国籍", "旅券番号", "生年月日"]]
for s, g, c in _g:
    _rows.append([f"2025/09/{r.randint(1, 9):02d}", str(r.randint(401, 920)), f"{s} {g}", c,
                  f"{r.choice(['E', 'M', 'C', ''])}{r.randint(10000000, 99999999)}", dob(r, "dash", 1960, 2000)])
add(58, "pass", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], [],
    "passport numbers of six guests, but sent within the company (mail.hinode-sangyo.co.jp subdomain)",
    sender=frm(NASU), to=[f"戸部 雄三 <y.tobe@mail.{D}>"], cc=[f"法務 <legal@mail.{D}>"],
    subject="照会対応の事前確認（9月上旬の外国人宿泊者）",
    body=f"""戸部総支配人
（cc 法務）

那須です。
警察から9月上旬の外国人宿泊者について照会が来る見込みです（まだ照会書は届いていません）。
該当しそうな方を名簿から抽出しましたので、回答範囲を事前にご確認ください。
照会書の到着前には外部に出しません。

那須
""",
    attachments=[{"kind": "xlsx", "name": "抽出_外国人宿泊者_202509.xlsx", "sheets": {"抽出": _rows}}])

# 059 — internal: arrest of a guest discussed between the GM and security
add(59, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "a guest's arrest (要配慮) is discussed, but only between internal staff",
    sender=frm(NASU), to=[f"戸部 雄三 <y.tobe@{D}>"],
    subject="Re: 昨夜の警察対応について",
    body=f"""戸部さん

那須です。昨夜の件、経緯をまとめます。

・2:10頃、静岡中央署の捜査員3名が来館、815号室の宿泊者 月見里 朔 氏を
　覚醒剤取締法違反の容疑で逮捕（逮捕状あり）。
・部屋の捜索に立会い（客室課 森本）。押収品の目録の写しを受領。
・宿泊代金は未精算。ご家族から連絡があれば私に回してください。

報道対応は不要と判断していますが、問い合わせがあった場合は「お答えできない」で統一します。

那須

> 那須さん
> 昨夜の件、朝イチで概要を教えてください。
> 戸部
""")


# ================================================================ PASS: quoted text only

# 060 — the agency's rooming list appears only in the > quote
r = R(60)
_ps = people(r, 8)
_q = "\n".join(f"{501 + i // 2}  {full(p)}  {dob(r, 'short', 1950, 1960)}" for i, p in enumerate(_ps))
add(60, "pass", [], [],
    "the rooming list with birth dates is only in the quoted part of the agency's own mail",
    sender=frm(KINOSHITA), to=["望月 <mochizuki@tokai-tourist.co.jp>"],
    subject="Re: 12/6 長泉町商工会様 ルーミング",
    body=f"""望月様

お世話になっております。木下です。
ルーミング、確かに受領いたしました。
503号室のみ禁煙ツインのご希望とのことで、ご用意いたします。
当日の夕食は18:30から2階「葵の間」です。

木下

{quote(f'''木下様

東海ツーリストの望月です。
12/6 長泉町商工会様のルーミングをお送りします。

{_q}

503号室は禁煙でお願いします。''')}
""")

# 061 — Outlook-style original message carries the passengers' phones
r = R(61)
_ps = people(r, 6)
_q = "\n".join(f"・{full(p)}様　{mobile(r)}" for p in _ps)
add(61, "pass", [], [],
    "the six passengers' phones are only under -----Original Message----- from the bus company",
    sender=frm(HIRANO), to=["青葉運輸 運行管理 <unkou@aoba-unyu.co.jp>"],
    subject="RE: 本日 静岡駅11:00便 未乗車のお客様",
    body=f"""青葉運輸 運行管理 ご担当者様

ホテル日の出 平野です。
ご連絡ありがとうございます。
未乗車の方々はすでにタクシーで当館に到着されておりました。
ご心配をおかけしました。次便は定刻どおりでお願いします。

平野

-----Original Message-----
From: 青葉運輸 運行管理 <unkou@aoba-unyu.co.jp>
Sent: Saturday, November 15, 2025 11:18 AM
To: {frm(HIRANO)}
Subject: 本日 静岡駅11:00便 未乗車のお客様

ホテル日の出 平野様

11:00便で、以下の方々がお見えにならず、定刻で出発しました。
ご確認をお願いします。

{_q}

青葉運輸 運行管理 内藤
""")

# 062 — English "On … wrote:" quoting passport data
r = R(62)
_q = "\n".join(f"- {s} {g}, passport {r.randint(300000000, 399999999)}, DOB {r.randint(1970, 1995)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}"
               for s, g in [("HSU", "CHIA-YI"), ("YANG", "TSUNG-HAN"), ("LAI", "YI-CHEN"), ("CHOU", "PO-WEN"), ("HO", "MEI-LING")])
add(62, "pass", [], [],
    "passport numbers appear only in the quoted text of the agency's own mail",
    sender=frm(CHEN), to=["Formosa Star Travel <ops@formosastar.com.tw>"],
    subject="Re: FS-0526 passport details",
    body=f"""Dear Ms. Kao,

Thank you, we have received the details and entered them in our system.
Early check-in from 12:00 is possible for all three rooms. Breakfast is served
from 6:30 in the restaurant "Aoi" on the 1st floor.

Best regards,
Meiling Chen
Hotel Hinode

On Tue, May 20, 2025 at 10:41 AM, Formosa Star Travel <ops@formosastar.com.tw> wrote:
{quote(f'''Dear Ms. Chen,

Please find the passport details for group FS-0526 (arriving May 26):

{_q}

Kind regards,
Vivian Kao''')}
""")


# ================================================================ PASS: business lists, not people

# 063 — partner hotels list for overflow (switchboards, addresses)
add(63, "pass", [], [],
    "a list of hotels with switchboard numbers and addresses: businesses, not people",
    sender=frm(KINOSHITA), to=["中井 幸太 <nakai.k@hikari-travel.co.jp>"],
    subject="静岡まつり期間中の近隣ホテル（満室時のご案内先）",
    body=f"""中井様

お世話になっております。木下です。
4/4〜4/6の静岡まつり期間中は当館満室のため、
お問い合わせいただいた追加分は下記の提携ホテルにご相談ください。

施設名                    電話            所在地
-----------------------------------------------------------------------
さくらホテル静岡          054-281-3300    静岡市葵区紺屋町8-2
ホテルアネックス駿府      054-252-1180    静岡市葵区七間町14-6
ビジネスイン静岡駅南      054-288-4411    静岡市駿河区南町11-9
旅館 浮月荘               054-245-0081    静岡市葵区呉服町3-17

いずれも当館からのご紹介とお伝えいただければスムーズです。

{sg(KINOSHITA, 1)}
""")

# 064 — recommended vendors (shops) to a couple on free mail
add(64, "pass", [], ["freemail_recipient"],
    "a couple on free mail receives a list of shops (florists, studios): business contacts only",
    sender=frm(KUBOTA), to=["皆川 里穂 <riho.minakawa@yahoo.co.jp>"],
    subject="提携業者のご案内（装花・写真・ヘアメイク）",
    body=f"""皆川 里穂 様

いつもありがとうございます。ホテル日の出の久保田です。
先日お話しした提携業者の一覧です。持ち込みの場合は持込料がかかりますので、
まずは下記からご検討いただけますと幸いです。

■ 装花
・フラワーショップ花音　TEL 054-251-8870（10:00〜19:00、水曜定休）
・花工房すずらん　　　　TEL 054-266-3014
■ 写真・映像
・スタジオ光彩　　　　　TEL 054-204-5561　https://studio-kousai.jp
・写真館ひなた　　　　　TEL 054-273-9902
■ ヘアメイク・着付け
・ヘアメイク ルミエール　TEL 054-255-0468（館内2階サロン）

ご不明な点はいつでもどうぞ。

{sg(KUBOTA, 1)}
""")

# 065 — HTML-only banquet room price list to a corporate client
add(65, "pass", [], [],
    "HTML table of banquet rooms and prices to a corporate client: no personal data",
    sender=frm(OTSUKI), to=["丸井機械 総務部 小松 <komatsu@marui-kikai.co.jp>"],
    subject="宴会場のご案内と料金表",
    html=f"""<html><body style="font-family:sans-serif;font-size:14px">
<p>丸井機械株式会社<br>総務部 小松様</p>
<p>お世話になっております。ホテル日の出 宴会営業課の大槻でございます。<br>
先日お問い合わせいただいた忘年会会場の料金表をお送りいたします。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>会場</th><th>面積</th><th>着席/立食</th><th>会場料（3時間）</th></tr></thead>
<tbody>
<tr><td>富士の間</td><td>620㎡</td><td>360 / 500</td><td>330,000円</td></tr>
<tr><td>葵の間</td><td>280㎡</td><td>160 / 220</td><td>165,000円</td></tr>
<tr><td>菊の間</td><td>120㎡</td><td>60 / 80</td><td>77,000円</td></tr>
<tr><td>桔梗の間</td><td>65㎡</td><td>30 / 40</td><td>44,000円</td></tr>
</tbody></table>
<p>お料理は立食6,600円〜、着席会席8,800円〜（税サ込）でございます。</p>
<p>--<br>ホテル日の出 宴会営業課 大槻 沙織<br>TEL 054-255-7100</p>
</body></html>""")


# ================================================================ PASS: NDA talk, disclaimers, mentions

# 066 — mail about an NDA with an OTA
add(66, "pass", [], [],
    "mail about concluding an NDA (秘密保持契約) with an OTA: a mention, not a marking",
    sender=frm(ODAGIRI), to=["StayNavi Japan 施設開発 <partner-jp@staynavi.com>"],
    subject="秘密保持契約書の締結について",
    body=f"""StayNavi Japan株式会社
施設開発部 大河内様

お世話になっております。日の出産業 ホテル・宴会事業部の小田切です。
先日ご提示いただいた秘密保持契約書（NDA）につきまして、社内確認が完了いたしました。
第5条の「秘密情報」の定義に、口頭で開示した情報を含める旨の修正のみお願いしたく存じます。

修正版をいただけましたら、押印のうえ2部郵送いたします。
締結後に、料金連携（API）の仕様書をご共有いただけますと幸いです。

{sg(ODAGIRI)}
""")

# 067 — ordinary estimate with the standard Japanese disclaimer
add(67, "pass", [], [],
    "ordinary banquet estimate; the standard 機密情報 disclaimer at the end is not a marking",
    sender=frm(OTSUKI), to=["川崎電機 総務部 広報課 <koho@kawasaki-denki.co.jp>"],
    subject="創立60周年記念式典 お見積り（概算）",
    body=f"""川崎電機株式会社
総務部 広報課 御中

いつも大変お世話になっております。
ホテル日の出 宴会営業課の大槻でございます。

創立60周年記念式典（2026年5月予定・200名）の概算お見積りです。

　会場費（富士の間・終日）　　　　　　　 550,000円
　料理（立食 11,000円×200名）　　　　2,200,000円
　飲物（フリードリンク 3,300円×200名）　660,000円
　音響・映像・司会　　　　　　　　　　　 385,000円
　記念品（別途お見積り）
　──────────────────────────
　合計（税・サ込）　　　　　　　　　　 3,795,000円

ご検討のほどよろしくお願い申し上げます。

{sg(OTSUKI)}

{DISCLAIMER_JP}
""")

# 068 — refuses to send internal material: the word appears in running text only
add(68, "pass", [], [],
    "says 社外秘 material cannot be shared; the word is mentioned, nothing is marked",
    sender=frm(ODAGIRI), to=["あおぞらトラベル 杉浦 <sugiura@aozora-travel.jp>"],
    subject="Re: 他社様の契約料金について",
    body=f"""杉浦様

お世話になっております。小田切です。
お問い合わせの件、他の旅行会社様との契約料金は社外秘扱いとしておりますので、
大変申し訳ございませんがお知らせすることはできかねます。
貴社向けの料金につきましては、数量条件に応じた見直しのご相談は可能ですので、
来期の送客見込みをお知らせいただけますでしょうか。

{sg(ODAGIRI, 1)}

> 小田切様
> 他社さんはもっと安いと聞いたのですが、実際のところどうでしょうか。
> 杉浦
""")


# ================================================================ PASS: two external organisations, one free-mail recipient

# 069 — two people of one agency plus the bus company: two organisations
add(69, "pass", [], ["multiple_external_domains"],
    "two addresses at one agency and the bus company in Cc: only two external organisations",
    sender=frm(HIRANO),
    to=["ひかり旅行 中井 <nakai.k@hikari-travel.co.jp>", "ひかり旅行 添乗課 <tenjo@hikari-travel.co.jp>"],
    cc=["青葉運輸 配車係 <haisha@aoba-unyu.co.jp>"],
    subject="11/29 団体様 送迎の集合場所変更",
    body=f"""ひかり旅行 中井様、添乗課の皆様
（cc 青葉運輸様）

ホテル日の出 送迎担当の平野です。
11/29の静岡駅お迎えですが、北口ロータリーが工事のため、
南口タクシー乗り場の東側（観光バス乗降場）に変更となります。
時刻は変わらず10:15です。

添乗員様からお客様へのご案内をお願いいたします。

{sg(HIRANO, 4)}
""")

# 070 — lost property: the guest on free mail, tracking number
add(70, "pass", [], ["freemail_recipient"],
    "one guest on free mail told her item was shipped, with a tracking number",
    sender=frm(IWASA), to=["東海林 さくら <sakura.shoji88@gmail.com>"],
    subject="お忘れ物発送のご連絡（ホテル日の出）",
    body=f"""東海林 さくら 様

このたびはホテル日の出をご利用いただき、誠にありがとうございました。
フロントの岩佐でございます。

お問い合わせいただきましたお忘れ物（ベージュのカーディガン）を、
本日やまびこ急便にて着払いでお送りいたしました。

　お問い合わせ番号：4410-2287-3065
　お届け予定：明後日午前中

またのお越しを心よりお待ちしております。

{sg(IWASA)}
""")

# 071 — the couple's single iCloud address, meeting confirmation
add(71, "pass", [], ["freemail_recipient"],
    "meeting confirmation to one couple's iCloud address: a single free-mail recipient",
    sender=frm(KUBOTA), to=["舎利弗 巌 <iwao.todoroki@icloud.com>"],
    subject="次回お打合せ（3回目）のご確認",
    body=f"""舎利弗 巌 様、皆川 里穂 様

いつもありがとうございます。久保田です。
次回のお打合せは 2月22日（土）14:00〜 ブライダルサロン（1階）にて承ります。
当日は以下をお持ちください。

　・ゲスト人数の最終見込み
　・プロフィールムービーのデータ（USB）
　・引出物のカタログ（ご検討中のもの）

お車でお越しの際は、地下駐車場をご利用ください（4時間無料）。

{sg(KUBOTA, 1)}
""")


# ================================================================ PASS: one to four people's records

# 072 — three attendees' phones for an event company
r = R(72)
_ps = people(r, 3)
add(72, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three speakers' names and mobiles to the event company: under five people, may be warned",
    sender=frm(OTSUKI), to=["イベントプラス 制作部 <seisaku@ev-plus.co.jp>"],
    subject="1/24 登壇者の緊急連絡先",
    body=f"""イベントプラス 制作部 ご担当者様

大槻です。1/24賀詞交歓会の登壇者3名の緊急連絡先です。
リハーサル（10:00〜）にお見えにならない場合のみご使用ください。

　開会挨拶　　{full(_ps[0])} 様　{mobile(r)}
　来賓祝辞　　{full(_ps[1])} 様　{mobile(r)}
　乾杯　　　　{full(_ps[2])} 様　{mobile(r)}

{sg(OTSUKI, 4)}
""")

# 073 — one VIP's arrival for the hire-car company
r = R(73)
add(73, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one VIP guest's name, mobile and flight for the hire-car service",
    sender=frm(IWASA), to=["ロイヤルハイヤー 配車 <dispatch@royal-hire.co.jp>"],
    subject="ハイヤー手配 12/2 富士山静岡空港→ホテル",
    body=f"""ロイヤルハイヤー株式会社
配車ご担当者様

ホテル日の出 フロントの岩佐です。
下記のとおりハイヤーの手配をお願いいたします。

　日時　　：12月2日（火）14:35 着便（FDA 208便）
　お客様　：宍戸 幸四郎 様（1名・お荷物ゴルフバッグ1）
　ご連絡先：{mobile(r)}
　行先　　：ホテル日の出 正面玄関
　車種　　：アルファード

料金は当館請求でお願いします。

{sg(IWASA, 1)}
""")

# 074 — invoice with the company's T-number and bank account
_tno = "T" + corp_number("80801" + "0213457")
add(74, "pass", ["JP_CORPORATE_NUMBER"], [],
    "invoice with the company's registration T-number and corporate bank account: business data",
    sender=frm(IGUCHI), to=["東海ツーリスト 経理課 <keiri@tokai-tourist.co.jp>"],
    subject="請求書送付のご案内（11月ご利用分）",
    body=f"""東海ツーリスト株式会社
経理課 御中

いつもお世話になっております。日の出産業株式会社 経理課の井口です。
11月ご利用分の請求内容をお知らせいたします。

　請求書番号　：HN-2511-0387
　ご請求金額　：2,418,600円（うち消費税 219,872円）
　お支払期限　：2025年12月31日
　登録番号　　：{_tno}
　お振込先　　：みどり銀行 静岡中央支店 普通 4418207 ヒノデサンギヨウ（カ

※原本は本日郵送いたしました。

{sg(IGUCHI)}
""")

# 075 — aggregate statistics only
add(75, "pass", [], [],
    "guest statistics by nationality, counts only, to the tourism association",
    sender=frm(CHEN), to=["静岡市観光協会 事務局 <jimukyoku@shizuoka-kanko.or.jp>"],
    subject="外国人宿泊者数 四半期報告（7-9月）",
    body=f"""静岡市観光協会 事務局 御中

ホテル日の出 国際営業課の陳です。
7〜9月の外国人延べ宿泊者数をご報告いたします。

　国・地域　　延べ人数　前年同期比
　台湾　　　　　1,284　　+12.4%
　中国　　　　　　906　　+31.0%
　韓国　　　　　　611　　 -4.2%
　香港　　　　　　377　　 +8.9%
　米国　　　　　　205　　+15.1%
　その他　　　　　488　　 +6.3%
　合計　　　　　3,871　　+12.9%

{sg(CHEN, 4)}
""")

# 076 — room block by night and type, no names
add(76, "pass", [], [],
    "rooming by counts only (room types per night), no individual data",
    sender=frm(KINOSHITA), to=["富士観光 団体手配課 <tehai@fujikanko.co.jp>"],
    subject="1/10-12 富士宮商工会議所様 客室ブロック（確定）",
    charset="iso-2022-jp",
    body=f"""富士観光株式会社
団体手配課 ご担当者様

お世話になっております。ホテル日の出の木下です。
1/10〜12の客室ブロックを下記のとおり確定いたしました。

　　　　　　　　1/10　　1/11
　和室（5名）　　 4室　　 4室
　洋室ツイン　　 12室　　10室
　シングル　　　  6室　　 6室
　計　　　　　　 22室　　20室

お部屋割り（お名前）は前日までにいただければ結構です。

{sg(KINOSHITA)}
""")

# 077 — reunion notice to eight private addresses, properly in Bcc
r = R(77)
_bcc = [email_of(r, p) for p in people(r, 8)]
add(77, "pass", [], ["freemail_recipient"],
    "notice to eight private guests sent correctly in Bcc (To is the sender's own address)",
    sender=frm(OTSUKI), to=[frm(OTSUKI)], bcc=_bcc,
    subject="【ホテル日の出】城北高校 還暦同窓会 ご案内（最終）",
    body=f"""城北高校 昭和５８年卒業の皆さま

このメールはBccにて一斉送信しております。
ホテル日の出 宴会営業課の大槻でございます。
幹事様よりご依頼を受け、同窓会の最終のご案内をお送りいたします。

　日時：11月30日（日）12:00受付　12:30開宴
　会場：ホテル日の出 2階「葵の間」
　会費：12,000円（当日受付にて）
　駐車場：地下駐車場 3時間無料

ご不明点は当館 宴会営業課（054-255-7100）までお問い合わせください。

{sg(OTSUKI, 2)}
""")

# 078 — reply to a complaining guest on free mail
add(78, "pass", [], ["freemail_recipient"],
    "apology to one guest on free mail, nothing about other people",
    sender=frm(KUWABARA), to=["一尺八寸 <kamatsuka.g@yahoo.co.jp>"],
    subject="Re: 朝食会場の対応について",
    body=f"""一尺八寸 様

ホテル日の出 お客様相談室の桑原でございます。
このたびは朝食会場でのスタッフの対応により、ご不快な思いをおかけいたしましたこと、
心よりお詫び申し上げます。

ご指摘いただいた件は該当スタッフに確認のうえ、朝食会場の全スタッフで
ご案内の手順を見直しました。お待たせする際には目安時間をお伝えするよう徹底いたします。
お詫びのしるしとして、次回ご宿泊時にご利用いただける朝食ご招待券を郵送いたします。

{sg(KUWABARA)}

> 土曜の朝、30分以上待たされた挙げ句、席がないと言われました。
> 説明もなく非常に不愉快でした。
""")

# 079 — flower order for a wedding
add(79, "pass", [], [],
    "flower order with quantities and colours for a wedding: no personal data",
    sender=frm(KUBOTA), to=["フラワーショップ花音 <info@hanaoto-flower.jp>"],
    subject="3/15 装花のご発注（東海林家・五月女家）",
    body=f"""フラワーショップ花音 御中

いつもお世話になっております。久保田です。
3/15（土）ご披露宴分の装花を下記のとおり発注いたします。

・メインテーブル装花　　1式（白×グリーン、ラナンキュラス多め）
・ゲストテーブル装花　　8卓（丸卓、高さ25cm以下）
・ケーキ装花　　　　　　1式
・ブーケ＆ブートニア　　1式（ウェディングドレス用）
・お色直しブーケ　　　　1式（くすみピンク）

搬入は当日9:00から可能です（地下搬入口）。

{sg(KUBOTA, 1)}
""")

# 080 — photo schedule: the couple named, nothing else
add(80, "pass", [], [],
    "photo-shoot schedule naming the couple only: names with no further personal data",
    sender=frm(KUBOTA), to=["スタジオ光彩 荒木 <araki@studio-kousai.jp>"],
    subject="4/19 撮影タイムスケジュール",
    body=f"""荒木様

お世話になっております。久保田です。
4/19 五月女様・東海林様の撮影スケジュールです。

　 9:30　新婦様 支度開始（ヘアメイク ルミエール）
　11:00　ロケーションフォト（中庭・チャペル前）
　12:00　挙式（チャペル）
　13:00　披露宴（葵の間）
　15:30　お開き・集合写真

前撮りのデータは4/5までに納品をお願いいたします。

久保田
""")

# 081 — English allotment mail with the standard English disclaimer
add(81, "pass", [], [],
    "English allotment mail; the standard 'may contain confidential information' disclaimer is not a marking",
    sender=frm(CHEN), to=["Golden Lotus Tours <contracting@goldenlotus-tours.com>"],
    subject="Allotment for autumn 2026",
    body=f"""Dear Mr. Tan,

Thank you for your interest in Hotel Hinode.
For October-November 2026 we can offer an allotment of 6 Standard Twins per night,
released 30 days prior to arrival. Groups of 15 or more can also be offered our
banquet room "Kikyo" for a welcome dinner at a special rate.

We look forward to your reply.

{sig(CHEN[0], CHEN[1], CHEN[2], CHEN[3], 3, CHEN[4])}

{DISCLAIMER_EN}
""")

# 082 — internal: OTA settlement CSV with card numbers to accounting
r = R(82)
_ps = people(r, 6)
_rows = [["予約番号", "氏名", "カード番号", "有効期限", "金額"]]
for i, p in enumerate(_ps):
    _rows.append([f"SN{r.randint(100000, 999999)}", full(p), card_number(8200 + i), f"{r.randint(1, 12):02d}/{r.randint(26, 30)}",
                  r.randint(12, 60) * 1000])
add(82, "pass", ["PERSON_NAME", "CREDIT_CARD"], [],
    "card numbers of six guests, but the mail goes only to internal accounting",
    sender=frm(KINOSHITA), to=[f"経理課 <keiri@{D}>"],
    subject="現地決済分 カード売上の手入力依頼",
    body=f"""経理課 井口さん

お疲れさまです。木下です。
端末障害で決済できなかった6件の一覧です（CSV）。
手入力での売上処理をお願いします。処理後はファイルを削除してください。

木下
""",
    attachments=[{"kind": "csv", "name": "manual_card_1121.csv", "encoding": "cp932", "rows": _rows}])

# 083 — PPTX proposal for a wedding fair ad
add(83, "pass", [], [],
    "wedding-fair advertising proposal (PPTX) to an ad agency: no personal data",
    sender=frm(KUBOTA), to=["広告市場 営業部 <eigyo@koukoku-ichiba.co.jp>"],
    subject="春のブライダルフェア 広告掲載のご相談",
    body=f"""株式会社広告市場
営業部 ご担当者様

ホテル日の出 婚礼課の久保田です。
春のブライダルフェアの告知について、添付の企画書をもとに
ご提案をいただけますでしょうか。予算は総額80万円程度を想定しております。

{sg(KUBOTA)}
""",
    attachments=[{"kind": "pptx", "name": "ブライダルフェア2026春_企画.pptx",
                  "slides": [["春のブライダルフェア2026", "日程：3月16日（日）・3月23日（日）", "会場：ホテル日の出 チャペル／葵の間"],
                             ["ターゲット", "静岡市・焼津市在住の20代後半〜30代前半", "少人数婚・家族婚の検討層"],
                             ["媒体案", "地域情報誌（見開き）", "SNS広告（Instagram）", "駅デジタルサイネージ"]]}])

# 084 — bus timetable with per-stop counts; the organiser's contact only
r = R(84)
add(84, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "per-stop passenger counts plus one organiser's mobile: one person's contact, may be warned",
    sender=frm(HIRANO), to=["青葉運輸 配車係 <haisha@aoba-unyu.co.jp>"],
    subject="10/25 丸井機械様 社員旅行 送迎（人数確定）",
    body=f"""青葉運輸 配車係 ご担当者様

平野です。10/25 丸井機械様の送迎人数が確定しました。

　乗車地　　時刻　　人数
　---------------------
　本社前　　8:00　　 22
　静岡駅　　8:30　　 14
　清水駅　　8:50　　  9
　---------------------
　合計　　　　　　　 45

大型1台でお願いします。
当日の幹事様は総務部の小松 恭平様（携帯 {mobile(r)}）です。

{sg(HIRANO, 4)}
""")

# 085 — found property reported to the police, no owner data
add(85, "pass", [], [],
    "found-property notice to the police: item descriptions, no owner information",
    sender=frm(IWASA), to=["静岡中央警察署 会計課 遺失物係 <ishitsubutsu@police.pref.suruga.lg.jp>"],
    subject="拾得物の提出について（ホテル日の出）",
    body=f"""静岡中央警察署 会計課 遺失物係 御中

ホテル日の出 フロントの岩佐です。
保管期間（3か月）を経過した拾得物について、下記のとおり提出いたします。
明日10時に担当者が持参いたします。

　1. 財布（黒・革製）現金 12,340円在中　　拾得日 令和7年7月2日　ロビー
　2. 腕時計（金色・メンズ）　　　　　　　 拾得日 令和7年7月19日　大浴場脱衣所
　3. 指輪（銀色・石付き）　　　　　　　　 拾得日 令和7年8月3日　宴会場「葵の間」

いずれも持ち主の手がかりはございません。

{sg(IWASA, 2)}
""")

# 086 — internal forward (as .eml attachment) of the agency's rooming list
r = R(86)
_ps = people(r, 9)
_inner = {"sender": "東海ツーリスト 望月 <mochizuki@tokai-tourist.co.jp>", "to": [frm(KINOSHITA)],
          "subject": "1/18 清水港まつり実行委員会様 ルーミング",
          "body": "木下様\n\nルーミングです。\n\n" + "\n".join(f"{601 + i // 2}\t{full(p)}\t{mobile(r)}" for i, p in enumerate(_ps)) + "\n\n望月\n"}
add(86, "pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "agency's rooming list with mobiles forwarded as .eml, but only to the internal front desk",
    sender=frm(KINOSHITA), to=[f"フロント <front@{D}>"],
    subject="FW: 1/18 清水港まつり実行委員会様 ルーミング",
    body="フロント各位\n\n1/18の団体様のルーミングを添付で転送します。\nキーの事前準備をお願いします。\n\n木下\n",
    attachments=[{"kind": "eml", "name": "rooming_0118.eml", "message": _inner}])

# 087 — booking confirmation with the guest's own details to his free-mail address
r = R(87)
add(87, "pass", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["freemail_recipient", "personal_data"],
    "one guest's own booking details sent to his own free-mail address",
    sender=frm(KINOSHITA), to=["Tetsuya Abe <tetsuya.abe.1979@gmail.com>"],
    subject="【ホテル日の出】ご予約確認（予約番号 HN-884120）",
    body=f"""阿部 哲也 様

このたびはホテル日の出をご予約いただき、誠にありがとうございます。
以下の内容でご予約を承りました。

■ご予約番号　HN-884120
■ご宿泊日　　2025年12月27日（土）より2泊
■お部屋　　　和洋室（禁煙）大人2名・子ども1名
■ご登録住所　{address(r, 2)}
■ご連絡先　　{mobile(r)}
■お支払い　　クレジットカード（下4桁 ****-****-****-4821）

チェックインは15:00、チェックアウトは11:00です。
ご変更・キャンセルは前日までにご連絡ください。

{sg(KINOSHITA, 2)}
""")

# 088 — the couple's two contacts for the photo studio
r = R(88)
_pg, _pb = ("四十物", "耕平"), ("栗花落", "琴音")
add(88, "pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "two people's (the couple's) phones and e-mails to the photo studio: under five, may be warned",
    sender=frm(KUBOTA), to=["写真館ひなた <contact@hinata-photo.co.jp>"],
    subject="前撮りのご相談（四十物様・栗花落様）",
    body=f"""写真館ひなた ご担当者様

ホテル日の出 婚礼課の久保田です。
当館で6月にご結婚式を挙げられるお二人が、前撮りを貴館でご希望です。
日程調整のため、直接ご連絡いただけますでしょうか。

　新郎様　四十物 耕平 様　{mobile(r)}　kohei.aimono@gmail.com
　新婦様　栗花落 琴音 様　{mobile(r)}　kotone.t@icloud.com

ご希望は5月の平日、和装（白無垢）でのロケーション撮影とのことです。

{sg(KUBOTA, 1)}
""")

# 089 — four pick-ups for the taxi company, full-width phones
r = R(89)
_ps = people(r, 4)
_lines = "\n".join(f"（{z(str(i))}）{full(p)}様　{z(mobile(r))}　お迎え：{t}"
                   for i, (p, t) in enumerate(zip(_ps, ["静岡駅南口 10:00", "東静岡駅 10:10", "ご自宅（葵区） 9:40", "草薙駅 10:20"]), 1))
add(89, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "four guests' names and phones (full-width digits) for pick-up: under five people, may be warned",
    sender=frm(HIRANO), to=["みなとタクシー 予約センター <yoyaku@minato-taxi.co.jp>"],
    subject="１２／１４ お迎え４件",
    body=f"""みなとタクシー 予約センター 御中

平野です。１２／１４（日）のお迎えを４件お願いします。

{_lines}

行先はいずれも当館正面玄関です。

平野
""")

# 090 — partner hotel, business only
add(90, "pass", [], [],
    "ordinary mail to the partner hotel about a joint fire drill",
    sender=frm(NASU), to=["さくらホテル 施設管理 <shisetsu@sakura-hotel.jp>"],
    subject="合同防災訓練（3月）の件",
    body=f"""さくらホテル 施設管理課
堀江様

お世話になっております。ホテル日の出の那須です。
3月の合同防災訓練ですが、消防署との調整の結果、3/12（水）14:00〜で確定しました。
想定は「宴会中の厨房火災・宿泊客の避難誘導」です。
貴館からは自衛消防隊の方を3名程度派遣いただけますと助かります。

{sg(NASU, 1)}
""")

# 091 — channel manager settings: a list of OTAs and commissions
add(91, "pass", [], [],
    "a list of OTAs and commission rates for the partner IT vendor: businesses, not people",
    sender=frm(KINOSHITA), to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="サイトコントローラー 手数料率の設定変更",
    body=f"""ツバサシステム株式会社
サポートご担当者様

いつもお世話になっております。ホテル日の出の木下です。
4/1より各OTAの手数料率が変わるため、設定変更をお願いします。

OTA名,施設ID,現行,4/1以降
たびまど,SZ-20418,10%,11%
StayNavi,JP-77812,12%,12%
ゆこうネット,Y0093321,8%,9%
Pacific Rim Journeys（ホールセール）,PRJ-HINODE,15%,15%

反映予定日をお知らせください。

{sg(KINOSHITA, 1)}
""")

# 092 — vendor companies' contacts for a freelance-run planning company
add(92, "pass", [], [],
    "contact list of vendor companies (main numbers) sent to an event planner: businesses only",
    sender=frm(OTSUKI), to=["プランニングオフィス結 <info@po-yui.jp>"],
    subject="当館の協力会社連絡先（持込み調整用）",
    body=f"""プランニングオフィス結
ご担当者様

大槻です。当館で施工実績のある協力会社の代表連絡先です。
搬入時間の調整は各社と直接お願いいたします。

【音響・照明】株式会社ステージワークス静岡　054-286-1170
【装花】　　　フラワーショップ花音　　　　　054-251-8870
【看板・印刷】錦印刷株式会社　　　　　　　　054-262-4410
【送迎】　　　青葉運輸株式会社　　　　　　　054-259-0021
【警備】　　　センチネル警備株式会社　　　　054-282-7730

{sg(OTSUKI)}
""")

# 093 — internal workbook of guests needing assistance
r = R(93)
_ps = people(r, 8)
_notes = ["車椅子（自走）", "全盲・盲導犬同伴", "聴覚障害（筆談）", "人工透析（翌朝送迎）", "車椅子（介助）",
          "杖歩行", "アレルギー：小麦", "ペースメーカー"]
_rows = [["【要配慮宿泊者一覧】12月第1週"], ["日付", "部屋", "氏名", "内容"]]
for p, nt in zip(_ps, _notes):
    _rows.append([f"12/{r.randint(1, 7)}", str(r.randint(201, 215)), full(p), nt])
add(93, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "guests' disabilities and conditions, but only to internal colleagues",
    sender=frm(MORIMOTO), to=[f"フロント <front@{D}>", f"客室課 <rooms@{D}>"],
    subject="12月第1週 配慮が必要なお客様一覧",
    body="皆さん\n\n森本です。12月第1週のお客様のうち、配慮が必要な方の一覧です。\n避難誘導の担当割りも確認をお願いします。\n\n森本\n",
    attachments=[{"kind": "xlsx", "name": "要配慮宿泊者_12月第1週.xlsx", "sheets": {"一覧": _rows}}])

# 094 — a foreign guest's passport is only in the quoted mail
add(94, "pass", [], ["freemail_recipient"],
    "the guest's own passport number appears only in the quoted part; one free-mail recipient",
    sender=frm(CHEN), to=["Emily Carter <emily.carter.travels@outlook.com>"],
    subject="Re: Pre-registration for my stay",
    body=f"""Dear Ms. Carter,

Thank you for your message. We have noted your details; you will only need to show
your passport at the front desk on arrival. Check-in is from 3 pm, and we will
keep your luggage if you arrive earlier.

Kind regards,
Meiling Chen
Hotel Hinode

> Hello,
> I will be staying from March 3 to 6 (booking HN-901177). To save time, here are my
> details: Emily Carter, US passport 5{R(94).randint(10000000, 99999999)}, born 12 Feb 1990.
> Thanks, Emily
""")

# 095 — NDA named in the subject, the correct partner domain
add(95, "pass", [], [],
    "mail to the partner law firm about a 機密保持契約: the word names a contract, not a marking",
    sender=frm(ODAGIRI), to=["白川法律事務所 白川 <shirakawa@shirakawa-law.jp>"],
    subject="機密保持契約書レビューのお礼",
    body=f"""白川先生

いつも大変お世話になっております。小田切です。
StayNavi社との機密保持契約書について、ご助言いただきありがとうございました。
ご指摘いただいた第9条の損害賠償の上限は、先方が受け入れてくれました。
来週締結予定です。引き続きよろしくお願いいたします。

{sg(ODAGIRI, 1)}
""")

# 096 — HTML newsletter to a partner
add(96, "pass", [], [],
    "HTML newsletter about seasonal plans to a partner company: no personal data",
    sender=frm(ODAGIRI), to=["北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>"],
    subject="ホテル日の出通信 Vol.42（初夏号）",
    body="ホテル日の出通信 Vol.42（初夏号）\n\n・初夏の駿河湾会席\n・ビアガーデン 6/20オープン\n・館内リニューアルのお知らせ\n",
    html="""<html><body>
<h2 style="color:#b03a2e">ホテル日の出通信 Vol.42（初夏号）</h2>
<ul>
<li><b>初夏の駿河湾会席</b>　しらす・桜えび・金目鯛を使った限定会席（5/15〜7/15）</li>
<li><b>屋上ビアガーデン</b>　6/20（金）オープン。団体様は20名より貸切可能</li>
<li><b>館内リニューアル</b>　7月より1階ロビーラウンジを改装いたします</li>
</ul>
<p>お取引先の皆様には、今後ともご愛顧を賜りますようお願い申し上げます。</p>
<p style="font-size:11px">ホテル日の出（日の出産業株式会社）〒420-0857 静岡市葵区御幸町11-3　TEL 054-255-7100</p>
</body></html>""")

# 097 — three staff members booked at the partner hotel (small XLSX)
r = R(97)
_ps = [("我妻", "昇"), ("小鳥遊", "ひより"), ("五月女", "颯")]
_rows = [["宿泊予約（日の出産業 出張者）"], ["氏名", "宿泊日", "泊数", "携帯", "備考"]]
for s, g in _ps:
    _rows.append([f"{s} {g}", "2025/11/19", 2, mobile(r), "禁煙"])
add(97, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three employees' names and mobiles in a small XLSX to the partner hotel: under five people",
    sender=frm(MORIMOTO), to=["さくらホテル 予約課 <yoyaku@sakura-hotel.jp>"],
    subject="研修出張者 3名の宿泊予約",
    body=f"""さくらホテル 予約課 御中

いつもお世話になっております。ホテル日の出 客室課の森本です。
貴館での合同研修に参加する当館スタッフ3名の宿泊をお願いいたします。
詳細は添付のとおりです。ご請求は当社宛でお願いします。

{sg(MORIMOTO, 1)}
""",
    attachments=[{"kind": "xlsx", "name": "宿泊予約_1119.xlsx", "sheets": {"予約": _rows}}])


# ================================================================ EITHER

# 098 — seating chart for printing: names, titles and table letters, no contact data
r = R(98)
_ps = people(r, 16)
_tm = ["新郎上司 丸井機械(株) 製造部長", "新郎上司 丸井機械(株) 課長", "新郎同僚", "新郎友人", "新郎恩師 静岡工業高校",
       "新婦叔父", "新婦上司 川崎電機(株) 課長", "新郎従兄"]
_tf = ["新婦友人", "新婦同僚", "新婦叔母", "新婦上司 川崎電機(株) 係長", "新郎叔母", "新婦恩師 葵女子高校"]
_rows = [["卓", "肩書", "氏名"]] + [[chr(65 + i // 4), r.choice(_tm if p[6] == "M" else _tf), full(p) + " 様"]
                                 for i, p in enumerate(_ps)]
add(98, "either", ["PERSON_NAME"], ["personal_data"],
    "seating chart for the printer: 16 names with relationship/title only, no contact data — a judgement call",
    sender=frm(KUBOTA), to=["錦印刷 ブライダル課 <bridal@nishiki-insatsu.co.jp>"],
    subject="席次表データ（3/15 東海林家・五月女家）",
    body=f"""錦印刷 ブライダル課 岡部様

お世話になっております。久保田です。
3/15分の席次表データです（A〜D卓分、残りは明日お送りします）。

{table(_rows, rule_after=0)}

肩書の表記ゆれがあればご指摘ください。

久保田
""")

# 099 — one named guest's egg allergy to the caterer
add(99, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named guest's egg allergy (health-related, no diagnosis) to an outside caterer — a judgement call",
    sender=frm(SAEKI), to=["北国フーズ 営業部 堀 <hori@kitaguni-foods.co.jp>"],
    subject="引菓子の変更（卵不使用）1名分",
    body=f"""堀様

佐伯です。4/19の婚礼の引菓子（バウムクーヘン）ですが、
ゲストの小野 舞 様が卵アレルギーとのことで、1名分のみ卵不使用の焼き菓子に変更をお願いします。
包装は他の方と同じにしてください。

佐伯
""")

# 100 — one named guest uses a wheelchair, to the bus company
add(100, "either", ["PERSON_NAME"], ["personal_data"],
    "one named guest uses a wheelchair (no diagnosis or disability grade stated) — a judgement call",
    sender=frm(HIRANO), to=["駿河観光バス 営業所 <eigyo@suruga-kankobus.co.jp>"],
    subject="3/2 チャーター便 車椅子のお客様1名",
    body=f"""駿河観光バス 営業所 御中

平野です。3/2のチャーター便ですが、参加者のうち鬼頭 晴美 様が車椅子をご利用です。
折りたたみ式で、乗降時は添乗員が介助します。トランクに積載スペースの確保をお願いします。

平野
""")
