"""Blind corpus, area "sharoushi" — 日の出産業株式会社 人事サービス部 (HR outsourcing).

日の出産業の人事アウトソーシング部門（人事サービス部。一部の担当者は社内サブドメイン
hrs.hinode-sangyo.co.jp を使う）が、提携先の社会保険労務士法人（やまぶき社会保険労務士法人）、
顧客企業（中小企業、および取引先一覧にある北国フーズ・錦印刷・さくらホテル・青葉運輸・川崎電機）、
健康保険組合、市役所、産業医クリニック、海外の給与計算ベンダー、従業員本人などと交わすメール:
社会保険の資格取得・喪失、算定基礎届、賞与支払届、年末調整、雇用保険、労災、産休・育休、
年金、顧客企業の従業員のマイナンバー収集、小規模顧客向けの給与計算代行。

Every person, every company not named in BRIEF.md, every address, phone number, e-mail
address, date of birth, My Number, card number, pension / health-insurance / licence /
passport / residence-card number and bank account in this file is invented.  My Numbers
and card numbers come from build.my_number() / build.card_number() with seeds 8601, 8602, …
(one shared counter, in order of use); everything else comes from random.Random(8601).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

SEED = 8601
rng = random.Random(SEED)
_next_seed = [SEED]


def _mn() -> str:
    s = _next_seed[0]
    _next_seed[0] += 1
    return my_number(s)


def _card() -> str:
    s = _next_seed[0]
    _next_seed[0] += 1
    return card_number(s)


def mn_sp(n: str, sep: str = " ") -> str:
    return sep.join([n[0:4], n[4:8], n[8:12]])


def card_sp(n: str, sep: str = "-") -> str:
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def corporate_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


_ZEN = str.maketrans("0123456789-./:()SHRT", "０１２３４５６７８９－．／：（）ＳＨＲＴ")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(0, w - width(s))


def padz(s: str, w: int) -> str:
    """pad with full-width spaces (w in half-width units)."""
    gap = max(0, w - width(s))
    return s + "\u3000" * (gap // 2) + " " * (gap % 2)


def columns(rows, sep: str = "  ", rule: str | None = "-", zenpad: bool = False) -> str:
    n = max(len(r) for r in rows)
    ws = [max(width(str(r[i])) for r in rows if i < len(r)) for i in range(n)]
    p = padz if zenpad else pad
    lines = [sep.join(p(str(c), ws[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    if rule:
        lines.insert(1, rule * max(width(x) for x in lines) if rule != "―" else "―" * (max(width(x) for x in lines) // 2))
    return "\n".join(lines)


def tsv(rows) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def html_table(rows, border: int = 1) -> str:
    out = [f'<table border="{border}" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        bg = ' style="background:#dfe8f3"' if i == 0 else ""
        out.append(f"<tr{bg}>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, k, a = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, k, a = "平成", "H", d.year - 1988
    else:
        era, k, a = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{'元' if a == 1 else a}年{d.month}月{d.day}日"
    if style == "zenkanji":
        return zen(f"{era}{'元' if a == 1 else a}年{d.month}月{d.day}日")
    if style == "short":
        return f"{k}{a}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{k}{a}.{d.month}.{d.day}")
    if style == "era":
        return f"{era}{a:02d}.{d.month:02d}.{d.day:02d}"
    raise ValueError(style)


def seireki(d: date, style: str = "slash") -> str:
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "en":
        return d.strftime("%d %b %Y")
    raise ValueError(style)


SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"), ("佐々木", "ササキ", "Sasaki"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
    ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("原田", "ハラダ", "Harada"),
    ("四十物", "アイモノ", "Aimono"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"),
    ("一番ヶ瀬", "イチバンガセ", "Ichibangase"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("御手洗", "ミタライ", "Mitarai"), ("鬼頭", "キトウ", "Kito"), ("九十九", "ツクモ", "Tsukumo"),
    ("八月一日", "ホズミ", "Hozumi"), ("月見里", "ヤマナシ", "Yamanashi"), ("雲母", "キラ", "Kira"),
    ("等々力", "トドロキ", "Todoroki"), ("宍戸", "シシド", "Shishido"), ("甲斐", "カイ", "Kai"),
    ("栗栖", "クリス", "Kurisu"), ("目黒", "メグロ", "Meguro"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("比嘉", "ヒガ", "Higa"), ("曽我部", "ソガベ", "Sogabe"), ("志賀", "シガ", "Shiga"),
    ("鮫島", "サメジマ", "Samejima"), ("千葉", "チバ", "Chiba"), ("桧山", "ヒヤマ", "Hiyama"),
]
GIVEN_M = [
    ("翔太", "ショウタ", "Shota"), ("健一", "ケンイチ", "Kenichi"), ("大輔", "ダイスケ", "Daisuke"),
    ("拓也", "タクヤ", "Takuya"), ("誠", "マコト", "Makoto"), ("浩二", "コウジ", "Koji"),
    ("隆", "タカシ", "Takashi"), ("蓮", "レン", "Ren"), ("悠真", "ユウマ", "Yuma"),
    ("直樹", "ナオキ", "Naoki"), ("和也", "カズヤ", "Kazuya"), ("修平", "シュウヘイ", "Shuhei"),
    ("剛", "ツヨシ", "Tsuyoshi"), ("勇気", "ユウキ", "Yuki"), ("陸斗", "リクト", "Rikuto"),
    ("正志", "マサシ", "Masashi"), ("昌平", "ショウヘイ", "Shohei"), ("樹", "イツキ", "Itsuki"),
    ("康弘", "ヤスヒロ", "Yasuhiro"), ("光太郎", "コウタロウ", "Kotaro"),
]
GIVEN_F = [
    ("陽子", "ヨウコ", "Yoko"), ("美咲", "ミサキ", "Misaki"), ("恵", "メグミ", "Megumi"),
    ("由美", "ユミ", "Yumi"), ("彩", "アヤ", "Aya"), ("真由美", "マユミ", "Mayumi"),
    ("千夏", "チナツ", "Chinatsu"), ("結衣", "ユイ", "Yui"), ("麻衣", "マイ", "Mai"),
    ("智子", "トモコ", "Tomoko"), ("さくら", "サクラ", "Sakura"), ("奈々", "ナナ", "Nana"),
    ("理沙", "リサ", "Risa"), ("葵", "アオイ", "Aoi"), ("絢子", "アヤコ", "Ayako"),
    ("佳織", "カオリ", "Kaori"), ("瑞希", "ミズキ", "Mizuki"), ("紀子", "ノリコ", "Noriko"),
    ("遥", "ハルカ", "Haruka"), ("春菜", "ハルナ", "Haruna"),
]
ADDR = [
    ("埼玉県", "川口市", ["芝中田", "並木", "青木", "末広"], "33"),
    ("東京都", "足立区", ["梅島", "西新井栄町", "江北"], "12"),
    ("東京都", "世田谷区", ["桜新町", "経堂", "松原"], "15"),
    ("神奈川県", "横浜市港北区", ["日吉本町", "大倉山", "菊名"], "22"),
    ("千葉県", "船橋市", ["前原西", "習志野台", "本町"], "27"),
    ("東京都", "八王子市", ["長房町", "みなみ野", "大和田町"], "19"),
    ("神奈川県", "川崎市中原区", ["上小田中", "新丸子町", "木月"], "21"),
    ("埼玉県", "さいたま市浦和区", ["岸町", "常盤", "高砂"], "33"),
    ("千葉県", "松戸市", ["常盤平", "小金原", "六高台"], "27"),
    ("東京都", "練馬区", ["石神井台", "光が丘", "豊玉北"], "17"),
    ("茨城県", "つくば市", ["竹園", "吾妻", "春日"], "30"),
    ("大阪府", "豊中市", ["服部元町", "曽根東町", "上野坂"], "56"),
    ("愛知県", "名古屋市千種区", ["覚王山通", "今池", "春岡"], "46"),
    ("静岡県", "浜松市中央区", ["高林", "佐鳴台", "富塚町"], "43"),
    ("東京都", "江戸川区", ["西葛西", "平井", "南小岩"], "13"),
    ("神奈川県", "相模原市南区", ["相模大野", "上鶴間本町", "若松"], "25"),
]
BLDG = ["コーポ青葉", "メゾン桜", "グランハイツ", "サンライズ南", "パークハイム", "レジデンス日吉",
        "ハイツ松風", "ヴィラ若葉", "アーバンコート"]
BANKS = [("みどり銀行", ["川口", "浦和", "船橋", "日本橋", "新丸子", "豊中"]),
         ("東和信用金庫", ["本店", "足立", "西葛西"]), ("ゆりかご銀行", ["八王子", "相模大野"]),
         ("ゆうちょ銀行", ["〇一八", "〇二八", "四〇八"])]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
            "softbank.ne.jp"]

_used: set[str] = set()


def person(gender: str | None = None, born: tuple[int, int] = (1964, 2004)) -> dict:
    while True:
        g = gender or rng.choice("MF")
        sei = rng.choice(SURNAMES)
        mei = rng.choice(GIVEN_M if g == "M" else GIVEN_F)
        if sei[0] + mei[0] not in _used:
            _used.add(sei[0] + mei[0])
            break
    y = rng.randint(*born)
    dob = date(y, 1, 1) + timedelta(days=rng.randrange(365))
    pref, city, towns, zp = rng.choice(ADDR)
    postal = f"{zp}{rng.randint(0, 9)}-{rng.randint(0, 9999):04d}"
    street = f"{rng.choice(towns)}{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
    bldg = f" {rng.choice(BLDG)}{rng.randint(1, 6)}0{rng.randint(1, 8)}" if rng.random() < 0.35 else ""
    bank, branches = rng.choice(BANKS)
    p = {
        "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name2": sei[0] + mei[0],
        "kana": f"{sei[1]} {mei[1]}", "romaji": f"{mei[2]} {sei[2]}", "ROMAJI": f"{sei[2].upper()} {mei[2]}",
        "g": g, "sex": "男" if g == "M" else "女", "dob": dob,
        "postal": postal, "pref": pref, "addr": f"{pref}{city}{street}{bldg}",
        "addr_nopref": f"{city}{street}{bldg}",
        "mobile": f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        "bank": bank, "branch": rng.choice(branches), "acct": f"{rng.randint(0, 9999999):07d}",
        "empno": f"{rng.randint(1, 9999):04d}",
        "pension": f"{rng.randint(1000, 9999)}-{rng.randint(0, 999999):06d}",
        "koyo": f"{rng.randint(1000, 9999)}-{rng.randint(0, 999999):06d}-{rng.randint(0, 9)}",
        "hoken_no": str(rng.randint(2, 480)),
        "wage": rng.choice(range(182000, 452000, 1000)),
    }
    local = rng.choice([f"{sei[2].lower()}.{mei[2].lower()}", f"{mei[2].lower()}{rng.randint(10, 99)}",
                        f"{sei[2].lower()}_{mei[2][0].lower()}{rng.randint(1, 9)}"])
    p["email"] = f"{local}@{rng.choice(FREEMAIL)}"
    return p


def fam(p: dict, gender: str | None = None, born: tuple[int, int] = (1964, 2004), taken: set | None = None) -> dict:
    """a family member of p: same surname, a given name not used in the family."""
    taken = taken if taken is not None else set()
    taken.add(p["mei"])
    while True:
        r = person(gender, born)
        if r["mei"] not in taken:
            break
    taken.add(r["mei"])
    r = dict(r, sei=p["sei"], name=f"{p['sei']} {r['mei']}", name2=p["sei"] + r["mei"],
             kana=p["kana"].split()[0] + " " + r["kana"].split()[1])
    return r


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def d_between(y1: int, y2: int) -> date:
    return date(y1, 1, 1) + timedelta(days=rng.randrange((date(y2, 12, 31) - date(y1, 1, 1)).days))


def residence_card() -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (rng.choice(L) + rng.choice(L) + f"{rng.randint(0, 99999999):08d}" + rng.choice(L) + rng.choice(L))


def passport_no() -> str:
    return rng.choice(["TK", "TR", "TZ", "MU"]) + f"{rng.randint(1000000, 9999999)}"


def license_no() -> str:
    return rng.choice(["30", "45", "50", "62"]) + f"{rng.randint(0, 9999999999):010d}"


# -- senders and signatures ------------------------------------------------------------------

ADDR_CO = "〒103-0027 東京都中央区日本橋2-11-5 日の出ビル7F"


def sig(who: str) -> str:
    s = {
        "muto": ("―――――――――――――――――――――\n日の出産業株式会社 人事サービス部 給与計算グループ\n武藤 沙織（むとう さおり）\n"
                 f"{ADDR_CO}\nTEL 03-5201-4470（代） / FAX 03-5201-4471\nmuto.saori@hinode-sangyo.co.jp\n"
                 "―――――――――――――――――――――"),
        "kuwabara": ("--\n日の出産業株式会社\n人事サービス部 社会保険チーム\n桑原 健吾\n"
                     f"{ADDR_CO}\nTEL：03-5201-4472（直通）\nE-mail：kuwabara.kengo@hinode-sangyo.co.jp"),
        "omiya": ("***************************************\n日の出産業株式会社 人事サービス部\n労務サポート課　大宮 里奈\n"
                  f"{ADDR_CO}\nTEL 03-5201-4473\n***************************************"),
        "hiraoka": ("━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\n人事サービス部 部長　平岡 修\n"
                    "TEL 03-5201-4470 / 携帯 080-3307-1125（社用）\n━━━━━━━━━━━━━━━━━━━━"),
        "miura": ("================================\n日の出産業株式会社 人事サービス部\n年末調整・給与計算センター\n三浦 千尋\n"
                  "〒103-0027 東京都中央区日本橋2-11-5\nTEL 03-5201-4475\n================================"),
        "shimada": ("Kate Shimada (島田 ケイト)\nHR Services Division, Hinode Sangyo Co., Ltd.\n"
                    "Hinode Bldg. 7F, 2-11-5 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan\n"
                    "Tel +81-3-5201-4476 | shimada.kate@hinode-sangyo.co.jp"),
        "ayase": ("--------------------------------------------\n日の出産業株式会社 人事サービス部 社会保険チーム\n綾瀬 拓海\n"
                  "TEL 03-5201-4472 FAX 03-5201-4471\n--------------------------------------------"),
    }
    return s[who]


DISCLAIMER_JP = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者にご連絡のうえ、本メールを破棄してください。")
DISCLAIMER_EN = ("This e-mail and any attachments may contain confidential information. If you are not "
                 "the intended recipient, please notify the sender and delete this e-mail.")

S_MUTO = "武藤 沙織 <muto.saori@hinode-sangyo.co.jp>"
S_KUWA = "桑原 健吾 <kuwabara.kengo@hinode-sangyo.co.jp>"
S_OMIYA = "大宮 里奈 <omiya.rina@hrs.hinode-sangyo.co.jp>"
S_HIRA = "平岡 修 <hiraoka.osamu@hinode-sangyo.co.jp>"
S_MIURA = "三浦 千尋 <miura.chihiro@hinode-sangyo.co.jp>"
S_SHIMA = "Kate Shimada <shimada.kate@hinode-sangyo.co.jp>"
S_AYASE = "綾瀬 拓海 <ayase.takumi@hinode-sangyo.co.jp>"

# external counterparts (all invented except the partner domains of BRIEF.md)
SR_NEGI = "根岸 典子 <negishi@sr-yamabuki.jp>"          # やまぶき社会保険労務士法人 特定社労士
SR_MATSU = "松浦 航 <matsuura@sr-yamabuki.jp>"
SR_DESK = "やまぶき社労士法人 手続き窓口 <tetsuzuki@sr-yamabuki.jp>"
C_MARU = "岩瀬 様 <iwase@maruyama-seika.co.jp>"          # 丸山製菓
C_KOBA = "小林 由紀子 <yukiko@kobayashi-koumuten.co.jp>"  # 小林工務店
C_IZUMI = "寺内 和人 <terauchi.k@izumi-logi.co.jp>"      # 泉ロジスティクス
C_KAEDE = "大槻 <otsuki@kaede-design.jp>"                 # かえでデザイン
C_MINATO = "漆原 様 <urushibara@minato-suisan.co.jp>"     # 港水産
C_ASAHI = "矢作 <yahagi@asahi-clean.co.jp>"               # あさひクリーンサービス
C_TANPO = "堀之内 事務長 <horinouchi@tanpopo-kai.or.jp>"  # 社会福祉法人たんぽぽ会
C_KITA = "雪田 様 <yukita@kitaguni-foods.co.jp>"
C_NISHI = "錦織 <nishikori@nishiki-insatsu.co.jp>"
C_SAKURA = "桜井 <sakurai.hr@sakura-hotel.jp>"
C_AOBA = "青柳 <aoyagi@aoba-unyu.co.jp>"
C_KAWA = "河合 <kawai.jinji@kawasaki-denki.co.jp>"
KENPO = "関東機械健康保険組合 給付課 <kyufu@kikai-kenpo.or.jp>"

M: list[dict] = []


def add(**kw) -> None:
    kw.setdefault("charset", "utf-8")
    M.append(kw)

# ---------------------------------------------------------------------------------------------
# 001-020
# ---------------------------------------------------------------------------------------------

_p = people(6, born=(1996, 2003))
_rows = [["No", "氏名", "フリガナ", "性別", "生年月日", "住所", "報酬月額"]]
for i, p in enumerate(_p, 1):
    _rows.append([str(i), p["name"], p["kana"], p["sex"], wareki(p["dob"]), f"〒{p['postal']} {p['addr']}",
                  f"{rng.choice(range(212000, 268000, 1000)):,}円"])
add(id="sharoushi-001", sender=S_KUWA, to=[SR_NEGI], cc=["人事サービス部 社会保険チーム <shaho-team@hinode-sangyo.co.jp>"],
    subject="【丸山製菓様】4月入社6名 資格取得届の作成依頼",
    body=f"""やまぶき社会保険労務士法人
根岸先生

いつも大変お世話になっております。日の出産業の桑原です。

顧客の丸山製菓株式会社様で4月1日付の新卒入社が6名ございますので、
健康保険・厚生年金保険 被保険者資格取得届の作成をお願いいたします。
雇用保険の資格取得は当方で電子申請済みです。

{columns(_rows)}

※報酬月額は通勤手当込みの見込額です（試用期間中も同額）。
※6名とも被扶養者はおりません。

ご不明点がございましたらお知らせください。
よろしくお願いいたします。

{sig("kuwabara")}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="6 new hires with name, kana, DOB (和暦) and home address in a space-padded table to the external 社労士 office")

add(id="sharoushi-002", sender=S_MUTO, to=[C_MARU], charset="iso-2022-jp",
    subject="令和７年 算定基礎届のご準備について",
    body=f"""丸山製菓株式会社
総務部 岩瀬様

いつもお世話になっております。日の出産業の武藤でございます。

毎年この時期のご案内となりますが、今年も算定基礎届（定時決定）の時期が近づいてまいりました。
下記のとおりご準備をお願いいたします。

■提出期限（年金事務所）　７月１０日（木）
■当社へのデータご送付期限　６月２７日（金）
■ご用意いただくもの
　・４月～６月支払分の賃金台帳（支払基礎日数が分かるもの）
　・５月以降に入社・退職・休職された方の有無
　・６月１日以降に昇給・降給があった方の有無（月額変更届の要否確認のため）

賃金台帳は例年どおり、給与ソフトから出力したファイルを共有フォルダ（当社ご契約のファイル共有サービス）へアップロードいただければ結構です。
メール添付でのお送りはご遠慮ください。

なお、今年から短時間労働者の取扱いについて一部確認事項が増えております。
対象となりそうな方がいらっしゃる場合は、人数だけ先にお知らせいただけると助かります。

何卒よろしくお願いいたします。

{sig("muto")}

{DISCLAIMER_JP}
""",
    expect="pass", entities=[], detectors=[],
    note="算定基礎届 schedule and checklist to one client; no personal data, only the standard disclaimer")

_p = people(7, born=(1968, 2000))
_rows = [["整理番号", "氏名", "生年月日", "従前標準報酬", "4月", "5月", "6月", "基礎日数(4/5/6)"]]
for i, p in enumerate(_p):
    w = p["wage"]
    _rows.append([str(11 + i * 3), p["name2"], seireki(p["dob"], "slash"), f"{(w // 10000) * 10}千円",
                  f"{w + rng.randint(-8000, 15000):,}", f"{w + rng.randint(-8000, 15000):,}",
                  f"{w + rng.randint(-8000, 15000):,}", f"{rng.randint(19, 23)}/{rng.randint(19, 22)}/{rng.randint(20, 23)}"])
add(id="sharoushi-003", sender=S_OMIYA, to=[SR_MATSU],
    subject="FW: 算定基礎届用データ（泉ロジスティクス）",
    body=f"""松浦様

お世話になっております。日の出産業 大宮です。
泉ロジスティクス様から届いた算定用のデータを転送いたします。
本社分の7名です（倉庫勤務の方は別途お送りします）。

-----Original Message-----
From: 寺内 和人 <terauchi.k@izumi-logi.co.jp>
Sent: Monday, June 23, 2025 5:41 PM
To: 大宮 里奈 <omiya.rina@hrs.hinode-sangyo.co.jp>
Subject: 算定基礎届用データ

大宮様

お世話になります。泉ロジの寺内です。
本社分の4～6月の報酬をまとめました。エクセルから貼り付けています。

{tsv(_rows)}

以上、よろしくお願いいたします。
寺内

{sig("omiya")}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="forward of a client's mail: 7 insured persons with DOB and monthly pay, tab-separated, now sent to the 社労士 office (a forward is new text)")

_p = person("F", born=(1978, 1990))
_n = _mn()
add(id="sharoushi-004", sender=S_AYASE, to=[C_KOBA],
    subject="宍戸様 被扶養者異動届の件（確認のお願い）",
    body=f"""株式会社小林工務店
小林 由紀子 様

お世話になっております。日の出産業の綾瀬です。

先日お預かりした宍戸 正志様の被扶養者（異動）届について、1点確認させてください。
配偶者の{_p['name']}様（{wareki(_p['dob'])}生）の個人番号が、扶養控除等申告書では
{mn_sp(_n)} と記載されておりますが、届出書の下書きに転記した際に
住民票の写しの番号と末尾が一致しないように見えました。

お手数ですが、ご本人様の通知カードまたはマイナンバーカードの写しで
もう一度ご確認いただけますでしょうか。
確認が取れ次第、協会けんぽへ電子申請いたします。

よろしくお願いいたします。

{sig("ayase")}
""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one spouse's My Number written in running text to a client company")

add(id="sharoushi-005", sender=S_HIRA, to=[C_MINATO], cc=[S_KUWA],
    subject="従業員様のマイナンバー収集方法のご提案",
    body=f"""港水産株式会社
管理部 漆原様

平素より大変お世話になっております。日の出産業 人事サービス部の平岡でございます。

先日ご相談いただきました、従業員様のマイナンバー（個人番号）の収集・保管方法について、
当社からのご提案を以下にまとめました。

1. 収集方法
　・従業員様ご本人が、当社の収集システム（スマートフォン対応）から番号と本人確認書類の画像を登録
　・紙で提出される場合は、専用の返信用封筒（簡易書留）を当社へ直接郵送
　・御社の事務所で番号をお預かりいただく必要はありません

2. 本人確認
　・番号確認：マイナンバーカード、通知カード、または個人番号付き住民票の写し
　・身元確認：運転免許証、パスポート等の写真付き書類1点
　　（写真付き書類がない場合は健康保険の資格確認書等2点）

3. 保管と廃棄
　・番号は当社の専用環境で保管し、扶養控除等申告書の提出・源泉徴収票の作成・社会保険の届出にのみ利用
　・退職後、法定保存期間の経過後に廃棄し、廃棄記録を御社へご報告

4. 注意事項
　・番号をメールで送ったり、メール本文に書いたりしないよう、従業員様へのご案内文に明記いたします

ご案内文（従業員様向け）のひな形は来週中にお送りします。
ご不明な点がございましたら、お気軽にお問い合わせください。

{sig("hiraoka")}
""",
    expect="pass", entities=[], detectors=[],
    note="explains how My Numbers will be collected; the words マイナンバー/個人番号 but no number, one client organisation")

_p = people(12, born=(1962, 2002))
_emp = [["令和７年分 年末調整 基礎データ（泉ロジスティクス株式会社）", "", "", "", "", "", ""],
        ["社員番号", "氏名", "フリガナ", "生年月日", "住所", "年間給与見込", "前職の有無"]]
for p in _p:
    _emp.append([f"IL-{p['empno']}", p["name"], p["kana"], seireki(p["dob"], "slash"), p["addr"],
                 p["wage"] * 12 + rng.randint(0, 900000), rng.choice(["無", "無", "無", "有"])])
_dep = [["扶養親族一覧", "", "", "", ""], ["社員番号", "扶養者氏名", "続柄", "生年月日", "所得見積額"]]
for p in _p[:7]:
    t: set = set()
    s = fam(p, "F" if p["g"] == "M" else "M", born=(1965, 2000), taken=t)
    _dep.append([f"IL-{p['empno']}", s["name"], "配偶者", seireki(s["dob"], "slash"), rng.choice([0, 0, 480000, 950000])])
    if rng.random() < 0.6:
        c = fam(p, born=(2006, 2021), taken=t)
        _dep.append([f"IL-{p['empno']}", c["name"], "子", seireki(c["dob"], "slash"), 0])
add(id="sharoushi-006", sender=S_MIURA, to=[C_IZUMI],
    subject="年末調整の基礎データ（ご確認用）をお送りします",
    body=f"""泉ロジスティクス株式会社
人事課 寺内様

いつもお世話になっております。日の出産業 年末調整センターの三浦です。

ご提出いただいた扶養控除等申告書をもとに、年末調整の基礎データを作成しました。
添付のExcel（シート「従業員」「扶養親族」）をご確認いただき、
誤りがございましたら12月5日までにご連絡ください。

よろしくお願いいたします。

{sig("miura")}
""",
    attachments=[{"kind": "xlsx", "name": "年末調整基礎データ_泉ロジスティクス.xlsx",
                  "sheets": {"従業員": _emp, "扶養親族": _dep, "メモ": [["更新日", "2025/11/20"], ["作成", "三浦"]]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="XLSX (title row above the header, two data sheets): 12 employees with DOB and address plus dependants, to a client")

_p = people(8, born=(1970, 2001))
_rows = [["社員番号", "氏名", "個人番号", "生年月日", "区分"]]
for p in _p:
    _rows.append([p["empno"], p["name"], _mn(), seireki(p["dob"], "iso"), rng.choice(["本人", "本人", "本人", "配偶者"])])
add(id="sharoushi-007", sender=S_MIURA, to=["武藤 沙織 <muto.saori@hinode-sangyo.co.jp>"],
    cc=["年調チーム <nencho@hinode-sangyo.co.jp>"],
    subject="【社内】さくらホテル様 個人番号 突合用データ",
    body=f"""武藤さん

お疲れさまです。三浦です。
さくらホテル様の源泉徴収票作成用に、収集システムから出力した個人番号のデータを添付します。
給与システム側の登録と突合して、差異があれば私に戻してください。
作業後はファイルを削除し、ゴミ箱も空にしてください（社外には出さないこと）。

三浦
""",
    attachments=[{"kind": "csv", "name": "sakura_kojinbango_0812.csv", "rows": _rows, "encoding": "cp932"}],
    expect="pass", entities=["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"], detectors=[],
    note="My Numbers of 8 people, but every recipient is internal (hinode-sangyo.co.jp)")

_p = person("M", born=(1975, 1985))
add(id="sharoushi-008", sender=S_KUWA, to=[SR_NEGI],
    subject="【至急】青葉運輸様 労災（業務災害）発生のご報告",
    body=f"""根岸先生

お世話になっております。日の出産業の桑原です。
顧客の青葉運輸株式会社様で業務災害が発生しましたので、取り急ぎご報告いたします。

被災者：{_p['name']}（{_p['kana']}）　{wareki(_p['dob'])}生　ドライバー
発生日時：10月14日（火）午前7時40分頃
発生場所：同社 戸田営業所 倉庫内
状況：荷台から荷物を降ろす際に脚立から転落し、右足首を強打。
　　　同日、戸田中央整形外科にて「右足関節外果骨折」と診断され、全治8週間の見込み。
　　　現在は自宅療養中で、少なくとも4週間は休業の予定です。

療養補償給付（様式第5号）と休業補償給付（様式第8号）、
労働者死傷病報告の作成をお願いできますでしょうか。
事業主証明欄の押印は青葉運輸様に依頼済みです。

{sig("kuwabara")}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's work injury with diagnosis (要配慮: medical) to the external 社労士 office")

add(id="sharoushi-009", sender=S_OMIYA, to=[C_ASAHI],
    subject="Re: 労災が起きた場合の手続きについて",
    body=f"""あさひクリーンサービス株式会社
矢作様

お世話になっております。日の出産業の大宮です。
ご質問いただいた、現場でけが人が出た場合の一般的な流れをお送りします。

1) まずは受診：労災指定病院であれば「療養補償給付たる療養の給付請求書（様式第5号）」を病院へ提出。
   指定外の病院で立て替えた場合は様式第7号で後から請求します。
2) 休業が4日以上になる場合：休業補償給付（様式第8号）。最初の3日間は会社が平均賃金の6割を補償します。
3) 労働者死傷病報告：休業4日以上なら遅滞なく、4日未満なら四半期ごとに労基署へ。
4) 通勤途中のけがは「通勤災害」で、様式が第16号系に変わります。

実際に発生した際は、被災された方の健康状態などの情報は電話でお伺いしますので、
メールには書かずにお電話ください（03-5201-4473）。

以上、よろしくお願いいたします。

{sig("omiya")}

> 大宮様
> 清掃現場で作業員がけがをした場合、会社として何をすればよいか教えていただけますか。
> 矢作
""",
    expect="pass", entities=[], detectors=[],
    note="generic explanation of 労災 procedure; no identifiable person, no health data")

add(id="sharoushi-010", sender=S_MIURA,
    to=[C_MARU, C_KOBA, C_MINATO, "総務ご担当者様 <soumu@yoshida-seiki.co.jp>"],
    subject="年末調整説明会（オンライン）のご案内",
    body=f"""各位

いつもお世話になっております。日の出産業 年末調整センターの三浦です。

本年も、給与計算・年末調整をご委託いただいているお客様向けに、説明会を開催いたします。

　日時：11月6日（木）14:00～15:00
　形式：オンライン（URLは前日にお送りします）
　内容：今年の改正点、扶養控除等申告書の回収スケジュール、よくあるご質問

ご参加いただける場合は、参加人数を10月31日までにご返信ください。

{sig("miura")}
""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four client companies in To can see each other's addresses: should have been Bcc")

add(id="sharoushi-011", sender=S_MIURA, to=["年末調整センター <nencho@hinode-sangyo.co.jp>"],
    bcc=[C_MARU, C_KOBA, C_MINATO, C_IZUMI, C_ASAHI, C_TANPO],
    subject="【ご案内】年末調整説明会の録画を公開しました",
    body=f"""お客様各位
（本メールはBCCにて一斉送信しております）

いつもお世話になっております。日の出産業 年末調整センターです。

先日の年末調整説明会の録画を公開いたしました。
当社のお客様ポータルの「お知らせ」からご覧いただけます（公開期限：12月26日）。

説明会資料のPDFも同じページに掲載しております。
ご不明点は担当者までお問い合わせください。

{sig("miura")}
""",
    expect="pass", entities=[], detectors=[],
    note="client announcement sent properly: To internal, clients in Bcc; no personal data")

_p = person("M", born=(1980, 1992))
_c = fam(_p, born=(2025, 2025))
add(id="sharoushi-012", sender=S_AYASE, to=["武藤 沙織 <muto.saori@hinode-sangyou.co.jp>"],
    subject="北国フーズ 扶養追加（お子様出生）の件",
    body=f"""武藤さん

お疲れさまです。綾瀬です。
北国フーズ様の{_p['name']}さん（社員番号 {_p['empno']}）にお子様が生まれたとのことで、
扶養追加の連絡がありました。

　子：{_p['sei']} {_c['mei']}（{_c['kana'].split()[1]}）
　生年月日：{seireki(_c['dob'], 'kanji')}
　住所：{_p['addr']}（本人と同居）

被扶養者異動届は私が出しますので、給与の家族手当と源泉の扶養人数の変更をお願いします。

綾瀬
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but addressed to hinode-sangyou.co.jp, a look-alike of the internal domain")

_p = person("F", born=(1960, 1966))
add(id="sharoushi-013", sender=S_KUWA, to=[C_TANPO],
    subject="年金手帳（基礎年金番号通知書）再交付の件",
    body=f"""社会福祉法人たんぽぽ会
堀之内事務長様

お世話になっております。日の出産業の桑原です。

{_p['name']}様の基礎年金番号通知書の再交付申請について、年金事務所で番号を確認いたしました。

　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(_p['dob'])}
　基礎年金番号：{_p['pension']}

再交付申請書はこちらで作成し、本日電子申請いたしました。
通知書はご本人の住所あてに2週間ほどで届く予定です。

{sig("kuwabara")}
""",
    expect="stop", entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one person's 基礎年金番号 with name and DOB to a client")

_p = people(2, born=(1970, 1999))
add(id="sharoushi-014", sender=S_OMIYA, to=[SR_DESK], charset="cp932",
    subject="資格喪失届のお願い（錦印刷様 2名）",
    body=f"""やまぶき社会保険労務士法人
手続き窓口ご担当者様

お世話になっております。日の出産業 大宮です。
錦印刷株式会社様の退職者2名について、健康保険・厚生年金の資格喪失届をお願いします。

・{_p[0]['name']}（{wareki(_p[0]['dob'], 'short')}生）　退職日 9月30日　自己都合　資格確認書は回収済
・{_p[1]['name']}（{wareki(_p[1]['dob'], 'short')}生）　退職日 9月30日　契約期間満了　資格確認書は郵送で回収予定

離職票はお二人とも希望ありです。雇用保険の手続きは当方で行います。

{sig("omiya")}
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="two leavers' names and DOB to the 社労士 office: under the five-person threshold (may warn)")

_p = people(6, gender="F", born=(1986, 1996))
_rows = [["社員番号", "氏名", "出産日", "育児休業開始日", "終了予定日", "子の生年月日", "延長の有無"]]
for p in _p:
    b = d_between(2024, 2025)
    _rows.append([p["empno"], p["name"], seireki(b, "slash"), seireki(b + timedelta(days=57), "slash"),
                  seireki(b + timedelta(days=364), "slash"), seireki(b, "slash"), rng.choice(["なし", "なし", "予定あり"])])
_rows[3][1] = person("M", born=(1986, 1994))["name"]
add(id="sharoushi-015", sender=S_MUTO, to=[C_KAEDE],
    subject="育児休業取得者一覧（給付金申請状況）",
    body=f"""有限会社かえでデザイン
大槻様

お世話になっております。日の出産業の武藤です。

育児休業給付金の申請状況を一覧にまとめました（Word）。
2か月ごとの支給申請の次回締切も記載しておりますので、
期間中の賃金支払いがあった方はお知らせください。

{sig("muto")}
""",
    attachments=[{"kind": "docx", "name": "育児休業取得者一覧_かえでデザイン.docx", "title": "育児休業取得者一覧",
                  "paragraphs": ["育児休業取得者一覧（2025年10月末現在）", "有限会社かえでデザイン 様", ""],
                  "tables": [_rows]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="DOCX table of 6 employees on childcare leave with birth dates of their children, to a client")

_p = person("F", born=(1990, 1996))
add(id="sharoushi-016", sender=S_KUWA, to=[SR_MATSU],
    subject="産前産後休業取得者申出書の作成依頼（川崎電機様）",
    body=f"""松浦様

お世話になっております。日の出産業の桑原です。
川崎電機株式会社様の従業員の方から産前産後休業の申出がありましたので、
産前産後休業取得者申出書の作成をお願いいたします。

　氏名：{_p['name']}
　出産予定日：2026年1月18日
　産前休業開始日：2025年12月8日

出産後、実際の出産日が確定しましたら変更届もお願いする予定です。
育児休業は引き続き取得予定と伺っております。

{sig("kuwabara")}
""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="one named employee's pregnancy and due date to the 社労士 office: whether pregnancy is 要配慮 health data is debatable")

_p = person("M", born=(1979, 1990))
_kigo = f"{rng.randint(1000, 9999)}"
add(id="sharoushi-017", sender=S_AYASE, to=[KENPO],
    subject="傷病手当金支給申請書の送付について（川崎電機）",
    body=f"""関東機械健康保険組合
給付課 ご担当者様

いつもお世話になっております。
川崎電機株式会社様の社会保険手続きを受託しております、日の出産業の綾瀬です。

下記被保険者の傷病手当金支給申請書（第1回）を本日郵送いたしましたので、ご連絡いたします。

　被保険者証 記号：{_kigo}　番号：{_p['hoken_no']}
　氏名：{_p['name']}
　傷病名：抑うつ状態（療養担当者記入欄のとおり）
　療養のため休んだ期間：2025年8月4日～2025年8月31日

事業主証明欄の出勤状況は、賃金台帳の写しを添付しております。
不足書類がございましたら、当方までご連絡ください。

{sig("ayase")}
""",
    expect="stop", entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="health-insurance 記号・番号 plus a named person's diagnosis (抑うつ状態) to an external 健保組合")

_rates = [["都道府県", "健康保険料率", "介護保険料率（40～64歳）", "前年度比"],
          ["東京都", "9.91%", "1.59%", "+0.03"], ["埼玉県", "9.78%", "1.59%", "-0.01"],
          ["千葉県", "9.79%", "1.59%", "+0.02"], ["神奈川県", "9.92%", "1.59%", "0.00"],
          ["茨城県", "9.66%", "1.59%", "-0.04"], ["静岡県", "9.80%", "1.59%", "+0.05"],
          ["大阪府", "10.24%", "1.59%", "-0.10"]]
add(id="sharoushi-018", sender=S_MUTO, to=[C_NISHI],
    subject="3月分からの健康保険料率のお知らせ",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>錦印刷株式会社<br>人事ご担当 錦織様</p>
<p>いつもお世話になっております。日の出産業の武藤です。</p>
<p>協会けんぽの都道府県単位保険料率が改定されます。3月分（4月納付分）から下記の料率で給与計算を行います。<br>
御社の事業所に関係する都道府県を抜粋しています。</p>
{html_table(_rates)}
<p>※料率はいずれも労使折半前の率です。<br>※子ども・子育て拠出金率（0.36%）に変更はありません。</p>
<p>ご不明点がございましたらお知らせください。</p>
<p>--<br>日の出産業株式会社 人事サービス部 給与計算グループ<br>武藤 沙織<br>TEL 03-5201-4470</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML-only mail with a table of insurance rates by prefecture: no people")

_emps = people(4, born=(1970, 1990))
_rows = [["従業員", "扶養親族氏名", "続柄", "生年月日", "同居", "所得見積額"]]
for p in _emps:
    t: set = set()
    sp = fam(p, "F" if p["g"] == "M" else "M", born=(1970, 1992), taken=t)
    _rows.append([p["name"], sp["name"], "配偶者", wareki(sp["dob"], "kanji"), "○", "0"])
    kids = sorted((fam(p, born=(2007, 2020), taken=t) for _ in range(rng.randint(1, 2))), key=lambda k: k["dob"])
    for j, ch in enumerate(kids):
        _rows.append([p["name"], ch["name"], ("長" if j == 0 else "次") + ("男" if ch["g"] == "M" else "女"), wareki(ch["dob"], "kanji"), "○", "0"])
add(id="sharoushi-019", sender=S_MIURA, to=[C_SAKURA],
    subject="扶養控除等申告書の記載内容確認",
    html=f"""<html><body>
<div>株式会社さくらホテル 人事部 桜井様</div><br>
<div>お世話になっております。日の出産業 三浦です。<br>
今年度の扶養控除等申告書の内容を下表のとおり入力しました。<br>
16歳未満の扶養親族も住民税の関係で入力しております。誤りがあればご指摘ください。</div><br>
{html_table(_rows)}
<br><div>よろしくお願いいたします。</div>
<div>――――――――<br>日の出産業株式会社 年末調整・給与計算センター<br>三浦 千尋　TEL 03-5201-4475</div>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="HTML-only table of dependants (names, relationship, DOB) of 4 employees — well over five people — to a client")

_rc = residence_card()
add(id="sharoushi-020", sender=S_OMIYA, to=[SR_NEGI],
    subject="外国人雇用状況の届出（雇入れ）について",
    body=f"""根岸先生

お世話になっております。日の出産業の大宮です。
北国フーズ様でベトナム国籍の方を11月1日付で雇い入れますので、
雇用保険の資格取得届（外国人雇用状況の届出を兼ねる）についてご教示ください。

　氏名：NGUYEN VAN THANH（グエン ヴァン タイン）
　生年月日：1999年3月14日
　国籍：ベトナム
　在留資格：特定技能1号
　在留期間満了日：2027年2月20日
　在留カード番号：{_rc}

資格外活動の許可はありません。
在留カードの表裏の写しは北国フーズ様で保管されています。

{sig("omiya")}
""",
    expect="stop", entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a foreign worker's 在留カード番号 with name and DOB to the 社労士 office")
# ---------------------------------------------------------------------------------------------
# 021-040
# ---------------------------------------------------------------------------------------------

add(id="sharoushi-021", sender=S_SHIMA, to=["Daniel Brooks <d.brooks@meridian-tokyo.com>"],
    subject="Hiring foreign nationals - documents we will need",
    body=f"""Dear Daniel,

Thank you for your call this morning. As promised, here is a short summary of what we need
when Meridian Tokyo hires a foreign national, so that we can handle the social insurance and
employment insurance filings on your behalf.

Before the start date
- Confirm that the status of residence allows the planned work (the HR manager should check
  the original residence card; please do not send us a copy by e-mail).
- Agree the start date and the monthly salary, including commuting allowance.

Within the first month
- Employment insurance enrolment, which doubles as the "Report on the Employment Status of
  Foreign Workers" to Hello Work.
- Health insurance and pension enrolment (within 5 days of the start date).
- If the employee is covered by a social security agreement (e.g. US, UK, Germany), a
  certificate of coverage may exempt them from the Japanese pension. We will check this case by case.

How to send us the details
- Please use the upload form on our client portal. Do not put card numbers, passport numbers
  or My Numbers in e-mail.

Let me know if you would like a call with our partner sharoushi office as well.

Best regards,

{sig("shimada")}
""",
    expect="pass", entities=[], detectors=[],
    note="English procedure mail to one client; mentions residence cards and passports but carries none")

add(id="sharoushi-022", sender=S_HIRA, to=[SR_NEGI],
    subject="【社外秘】2026年度 給与改定方針（案）についてご相談",
    body=f"""【社外秘】

根岸先生

いつもお世話になっております。日の出産業の平岡です。
当社（日の出産業）自身の2026年度給与改定方針の案がまとまりましたので、
就業規則・賃金規程の改定要否についてご意見をいただけますでしょうか。

・基本給：全社平均3.2%のベースアップ（うち定期昇給1.8%）
・初任給：大卒 265,000円（+15,000円）、高専卒 240,000円
・住宅手当を廃止し、基本給に組み入れ（経過措置2年）
・管理職の役職手当を一律5,000円増額

経営会議の承認前のため、取扱いにはご注意ください。
来週のご訪問時に詳細をご説明いたします。

{sig("hiraoka")}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the mail itself is stamped 【社外秘】 (subject and first line) and goes to an external office")

add(id="sharoushi-023", sender=S_HIRA, to=["吉田 稔 <m.yoshida@yoshida-seiki.co.jp>"],
    subject="秘密保持契約書（案）の送付について",
    body=f"""吉田精機株式会社
経理部 吉田様

お世話になっております。日の出産業の平岡です。
先日はお時間をいただきありがとうございました。

給与計算業務のご委託に先立ち、秘密保持契約書（案）をお送りいたします。
御社の従業員様の個人情報をお預かりすることになりますので、
個人情報の取扱いに関する条項（第5条）を厚めにしております。

内容をご確認のうえ、修正のご希望がございましたら変更履歴付きでご返送ください。
締結後に、業務委託契約書の案をお送りいたします。

{sig("hiraoka")}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_吉田精機様.docx", "title": "秘密保持契約書（案）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "吉田精機株式会社（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、甲が乙に委託する給与計算業務に関し、次のとおり秘密保持契約を締結する。",
                      "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上又は営業上の情報及び甲の従業員に関する個人情報をいう。",
                      "第2条（秘密保持義務）乙は、秘密情報を善良な管理者の注意をもって管理し、甲の書面による承諾なく第三者に開示又は漏えいしてはならない。",
                      "第3条（目的外使用の禁止）乙は、秘密情報を本業務の遂行以外の目的に使用してはならない。",
                      "第4条（再委託）乙は、甲の事前の書面による承諾を得た場合に限り、社会保険労務士法人に手続の一部を再委託できる。",
                      "第5条（個人情報）乙は、個人番号を含む特定個人情報を番号法に従い取り扱い、安全管理措置を講じる。",
                      "第6条（有効期間）本契約の有効期間は締結日から1年間とし、期間満了の1か月前までに申出がない限り同一条件で更新する。",
                      "以上",
                  ]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA with the NDA draft attached: 秘密情報 is the document's subject, not a classification stamp")

add(id="sharoushi-024", sender=S_KUWA, to=[SR_MATSU],
    subject="就業規則改定案（育児・介護関係）のご確認",
    body=f"""松浦様

お世話になっております。日の出産業の桑原です。
育児・介護休業法の改正対応として、当社就業規則の改定案をPDFでお送りします。
第28条～第34条が変更箇所です。条文の表現に問題がないかご確認いただけますと幸いです。

{sig("kuwabara")}
""",
    attachments=[{"kind": "pdf", "name": "就業規則改定案_v3.pdf", "title": "就業規則改定案", "page_header": "社外秘",
                  "page_footer": "日の出産業株式会社 人事サービス部",
                  "lines": ["就業規則（改定案）新旧対照表", "",
                            "第28条（育児休業）従業員は、1歳に満たない子を養育するため、会社に申し出て育児休業をすることができる。",
                            "第29条（子の看護等休暇）小学校第3学年修了までの子を養育する従業員は、年5日を限度に休暇を取得できる。",
                            "第30条（所定外労働の制限）小学校就学前の子を養育する従業員が請求した場合、所定外労働をさせない。",
                            "第31条（柔軟な働き方を実現するための措置）会社は、始業時刻の変更、テレワーク等のうち2以上の措置を講じる。",
                            "第32条（介護休業）要介護状態にある家族を介護する従業員は、通算93日まで介護休業をすることができる。",
                            "第33条（介護に関する個別周知）会社は、介護に直面した旨の申出をした従業員に対し、制度を個別に周知する。",
                            "第34条（附則）本規則は2025年10月1日から施行する。"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the 社外秘 stamp is only in the PDF's page header; the mail text has no marking")

_zip_rows = [["氏名", "支給額", "控除額", "差引支給額"]] + [[p["name"], p["wage"], p["wage"] // 5, p["wage"] - p["wage"] // 5] for p in people(9)]
add(id="sharoushi-025", sender=S_MUTO, to=[C_MINATO],
    subject="10月分 給与明細データ送付",
    body=f"""港水産株式会社
漆原様

お世話になっております。日の出産業の武藤です。
10月分の給与明細データをお送りします。
ファイルにはパスワードを設定しております。パスワードは別途お送りします。

{sig("muto")}
""",
    attachments=[{"kind": "zip", "name": "202510_kyuyomeisai.zip", "password": "Mn8#t2Qx",
                  "files": [{"kind": "xlsx", "name": "給与明細_202510.xlsx", "sheets": {"明細": _zip_rows}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of payslips: cannot be inspected")

add(id="sharoushi-026", sender=S_MUTO, to=[C_MINATO],
    subject="パスワードのご連絡（10月分 給与明細データ送付）",
    body="""漆原様

先ほどお送りしたファイルのパスワードをお知らせします。

　Mn8#t2Qx

よろしくお願いいたします。
日の出産業 武藤
""",
    expect="pass", entities=[], detectors=[],
    note="the separate password mail of a PPAP pair: carries no attachment and no personal data")

add(id="sharoushi-027", sender=S_OMIYA, to=["吉田 稔 <m.yoshida@yoshida-seiki.co.jp>"],
    subject="賃金台帳（9月分）をお送りします",
    body=f"""吉田精機株式会社
吉田様

お世話になっております。日の出産業の大宮です。
9月分の賃金台帳をExcelでお送りします。
月末の監査でご利用になると伺っておりますので、ご確認をお願いいたします。

{sig("omiya")}
""",
    attachments=[{"kind": "corrupt", "name": "賃金台帳_202509_吉田精機.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be read")

_p = people(8, born=(1965, 2003))
_rows = [["データ区分", "銀行コード", "支店コード", "預金種目", "口座番号", "受取人名", "振込金額"]]
for p in _p:
    _rows.append(["2", "0527", f"{rng.randint(100, 399)}", "1", p["acct"], p["kana"].replace(" ", "　"),
                  str(p["wage"] - rng.randint(40000, 70000))])
_rows.append(["8", "", "", "", "", "合計8件", str(sum(int(r[6]) for r in _rows[1:]))])
add(id="sharoushi-028", sender=S_MUTO, to=["緑川 様 <midorikawa@midori-ginko.co.jp>"],
    subject="11月25日支給分 総合振込データ（さくらホテル様）",
    body=f"""みどり銀行 法人営業部
緑川様

いつもお世話になっております。日の出産業の武藤です。
さくらホテル様の11月25日支給分の給与振込データ（CSV）をお送りします。
パート・アルバイトの方で、インターネットバンキングの登録が間に合わなかった分です。
11月21日（金）15時までの受付でお願いできますでしょうか。

{sig("muto")}
""",
    attachments=[{"kind": "csv", "name": "furikomi_20251125_sakura.csv", "rows": _rows, "encoding": "cp932"}],
    expect="stop", entities=["JP_BANK_ACCOUNT", "PERSON_NAME"], detectors=["personal_data"],
    note="CSV of 8 payees (kana names, account numbers, amounts) to a partner bank: a list of people's bank accounts")

add(id="sharoushi-029", sender=S_MUTO, to=["緑川 様 <midorikawa@midori-glnko.co.jp>"],
    subject="年末年始の給与振込スケジュールについて",
    body=f"""みどり銀行 法人営業部
緑川様

いつもお世話になっております。日の出産業の武藤です。

年末年始の給与・賞与振込について、当社受託分のスケジュールをお知らせいたします。

　12月10日（水）賞与振込データ送信（3社分）
　12月22日（月）12月分給与振込データ送信（11社分）
　12月25日（木）振込指定日

年末は件数が増えるため、送信時刻が夕方になる可能性がございます。
受付締切時刻に変更がある場合はご教示ください。

{sig("muto")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain midori-glnko.co.jp is a homoglyph look-alike of the partner bank midori-ginko.co.jp")

_p = people(9, born=(1963, 1999))
_rows = [["氏名", "基礎年金番号", "標準報酬月額（従前）", "決定後"]]
for p in _p:
    w = (p["wage"] // 10000) * 10000
    _rows.append([p["name"], p["pension"], f"{w:,}", f"{w + rng.choice([0, 10000, 20000, -10000]):,}"])
add(id="sharoushi-030", sender=S_KUWA, to=["大宮 里奈 <omiya.rina@hrs.hinode-sangyo.co.jp>"],
    subject="錦印刷 算定結果（社内確認用）",
    body=f"""大宮さん

お疲れさまです。桑原です。
錦印刷様の算定の決定通知が届いたので、給与システムへの反映用にまとめました。
9月分の給与から反映をお願いします。

{columns(_rows, rule="=")}

桑原
""",
    expect="pass", entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"], detectors=[],
    note="9 people with pension numbers, but the only recipient is on the internal subdomain hrs.hinode-sangyo.co.jp")

_p = people(7, born=(1968, 2001))
_rows = [["社員番号", "生年月日", "新住所", "電話番号", "異動日"]]
for p in _p:
    _rows.append([f"AU{p['empno']}", wareki(p["dob"], "era"), f"〒{p['postal']} {p['addr']}", p["mobile"],
                  f"2025/{rng.randint(8, 10)}/{rng.randint(1, 28)}"])
add(id="sharoushi-031", sender=S_AYASE, to=[SR_DESK],
    subject="住所変更届（青葉運輸様 7名分）",
    body=f"""やまぶき社会保険労務士法人
手続き窓口 御中

お世話になっております。日の出産業の綾瀬です。
青葉運輸様の従業員7名の住所変更届の提出をお願いします。
マイナンバーと基礎年金番号が紐付いていない方が含まれている可能性があるため、
届出が必要かどうかの判定もあわせてお願いできればと思います。
氏名は社員番号で照合してください（社員番号と氏名の対応表は先月お渡し済みです）。

{columns(_rows)}

{sig("ayase")}
""",
    expect="stop", entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="7 people's DOB, home address and mobile keyed only by employee number — a list of people without a name column")

_rows = [["機関", "名称", "所在地", "電話番号", "受付時間"],
         ["年金事務所", "川口年金事務所", "埼玉県川口市青木2-2-8", "048-222-6701", "8:30～17:15"],
         ["年金事務所", "足立年金事務所", "東京都足立区綾瀬2-24-1", "03-3604-0118", "8:30～17:15"],
         ["ハローワーク", "ハローワーク川口", "埼玉県川口市清水町1-3-8", "048-251-2901", "8:30～17:15"],
         ["ハローワーク", "ハローワーク足立", "東京都足立区千住1-4-1", "03-3870-8611", "8:30～17:15"],
         ["労働基準監督署", "川口労働基準監督署", "埼玉県川口市本町4-5-2", "048-252-3773", "8:30～17:15"],
         ["労働基準監督署", "足立労働基準監督署", "東京都足立区千住旭町4-21", "03-3882-1338", "8:30～17:15"]]
add(id="sharoushi-032", sender=S_OMIYA, to=[C_KOBA], charset="iso-2022-jp",
    subject="Re: 管轄の役所の連絡先",
    body=f"""小林様

お世話になっております。日の出産業の大宮です。
川口の本社と足立の資材置き場それぞれの管轄機関の一覧です。
（所在地・電話番号は各機関の代表番号です）

{columns(_rows)}

電子申請が中心ですので、役所へお出かけいただくことはほとんどないと思いますが、
調査の連絡などがあった場合のご参考にしてください。

{sig("omiya")}

-----Original Message-----
差出人: 小林 由紀子 <yukiko@kobayashi-koumuten.co.jp>
送信日時: 2025年9月2日 10:12
件名: 管轄の役所の連絡先

大宮さん
年金事務所とハローワークの連絡先をまとめて教えてもらえますか。
小林
""",
    expect="pass", entities=[], detectors=[],
    note="a list of government offices with addresses and switchboard numbers: businesses, not people")

_p = people(6, born=(1970, 2000))
_lines = []
for p in _p:
    _rel = person(born=(1940, 2000))
    rel = rng.choice(["妻", "夫", "母", "父", "姉"])
    _lines.append(f"・{p['name']}（{p['empno']}）　緊急連絡先：{p['sei']} {_rel['mei']}（{rel}）　{_rel['mobile']}　本人携帯：{p['mobile']}")
add(id="sharoushi-033", sender=S_AYASE, to=[C_AOBA], cc=["戸田営業所 <toda@aoba-unyu.co.jp>"],
    subject="戸田営業所 緊急連絡先一覧（整理版）",
    body=f"""青葉運輸株式会社
労務ご担当 青柳様

お世話になっております。日の出産業の綾瀬です。
先日の労災の件を受けて、戸田営業所の緊急連絡先を整理しました。
提出いただいた用紙から転記しておりますので、念のためご確認ください。

{chr(10).join(_lines)}

ドライバーの方の分は、営業所の掲示用にも使えるよう別途PDFでもお作りします。

{sig("ayase")}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="「・」 bullet list of 6 employees with their own and a relative's mobile numbers, to a client")

_p = person("F", born=(1985, 1995))
add(id="sharoushi-034", sender=S_KUWA, to=[SR_MATSU],
    subject="住所変更（1名）",
    body=f"""松浦様

お世話になっております。日の出産業の桑原です。
錦印刷様の従業員1名の住所変更です。マイナンバーと基礎年金番号は紐付いているため、
厚生年金の届出は不要と理解していますが、健保組合への届出をお願いします。

　氏名：{_p['name']}
　新住所：〒{_p['postal']} {_p['addr']}
　連絡先：{_p['mobile']}
　異動日：2025年10月1日

{sig("kuwabara")}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one employee's new address and phone to the 社労士 office: a single record, may warn")

_p = person("M", born=(1966, 1975))
add(id="sharoushi-035", sender=S_OMIYA, to=["日本橋ひだまりクリニック 産業医 杉浦先生 <sugiura@hidamari-clinic.jp>"],
    subject="定期健康診断 要精密検査者のご相談",
    body=f"""日本橋ひだまりクリニック
杉浦先生

いつもお世話になっております。錦印刷様の労務を担当しております日の出産業の大宮です。

今年の定期健康診断で、錦印刷様の{_p['name']}さん（{wareki(_p['dob'])}生、製版課）が
心電図で「要精密検査（ST低下）」、血圧 168/102 の判定となりました。
ご本人は夜勤シフトを希望されていますが、就業上の措置についてご意見をいただけますでしょうか。

面談のご都合のよい日時をいくつかお知らせいただければ、ご本人と調整いたします。

{sig("omiya")}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's health-check results sent outside (to an external clinic): 要配慮個人情報")

add(id="sharoushi-036", sender=S_OMIYA, to=["ひだまりクリニック 健診予約 <kenshin@hidamari-clinic.jp>"],
    subject="錦印刷様 定期健康診断の日程調整",
    body=f"""日本橋ひだまりクリニック
健診予約ご担当者様

お世話になっております。日の出産業の大宮です。
錦印刷様の定期健康診断について、下記の日程で巡回健診をお願いできますでしょうか。

　希望日：11月12日（水）または11月13日（木）
　会場：錦印刷株式会社 本社 3階会議室
　受診予定人数：男性 38名 / 女性 21名（うち35歳・40歳以上の方 41名）
　オプション：胃部X線 希望者 17名

受診者名簿は日程確定後、御院の予約システムから登録いたします。

{sig("omiya")}
""",
    expect="pass", entities=[], detectors=[],
    note="health-check scheduling with head-counts only: no identifiable person")

_p = people(3, born=(1972, 1998))
_kinds = [("身体障害", "身体障害者手帳 2級（下肢機能障害）"), ("精神障害", "精神障害者保健福祉手帳 3級"),
          ("知的障害", "療育手帳 B")]
_blocks = "\n\n".join(f"【{i}】{p['name']}（{p['kana']}）\n　障害の種類：{k}\n　手帳：{t}\n　週所定労働時間：{rng.choice(['40時間', '30時間', '25時間'])}"
                      for i, (p, (k, t)) in enumerate(zip(_p, _kinds), 1))
add(id="sharoushi-037", sender=S_KUWA, to=[SR_NEGI],
    subject="障害者雇用状況報告書（6月1日現在）作成のお願い",
    body=f"""根岸先生

お世話になっております。日の出産業の桑原です。
川崎電機様の障害者雇用状況報告書（ロクイチ報告）の作成をお願いいたします。
常用労働者数は 118名（短時間 14名）です。対象の方は以下の3名です。

{_blocks}

重度判定の有無は手帳の写しで確認済みです。

{sig("kuwabara")}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="three named employees with their disability type and grade (要配慮: disability) to an external office")

add(id="sharoushi-038", sender=S_AYASE,
    to=["hozumi.kotaro1962@gmail.com", "yumi_t1960@yahoo.co.jp", "m.kira.65@icloud.com"],
    subject="離職票の発送について（さくらホテル 退職者の皆様）",
    body=f"""さくらホテル 9月末でご退職の皆様

日の出産業株式会社（さくらホテル様の給与・社会保険手続き受託先）の綾瀬です。
ご退職にあたり、離職票（1・2）をハローワークで交付を受けましたので、
本日、ご自宅あてに簡易書留で発送いたしました。

お手元に届きましたら、内容をご確認のうえ、お住まいを管轄するハローワークで
求職の申込みをしてください。

健康保険の任意継続をご希望の方は、退職日の翌日から20日以内にお手続きが必要です。
ご不明な点は、当社（03-5201-4472）までお電話ください。

{sig("ayase")}
""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons on free mail in To can see each other's addresses: should have been Bcc")

add(id="sharoushi-039", sender=S_AYASE, to=["hozumi.kotaro1962@gmail.com"],
    subject="離職票を発送しました",
    body=f"""八月一日（ほずみ）様

日の出産業株式会社の綾瀬です。さくらホテル様の手続きを担当しております。
お問い合わせいただいた離職票ですが、本日簡易書留で発送いたしました。

　お問い合わせ番号：3264-0915-7782（日本郵便）

2～3日でお手元に届く見込みです。
届かない場合はお手数ですがご連絡ください。

{sig("ayase")}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one former employee on free mail; a tracking number and his own salutation only")

_p = person("M", born=(1975, 1990))
_lic = license_no()
add(id="sharoushi-040", sender=S_MIURA, to=[C_KITA],
    subject="マイナンバー本人確認の完了報告（1名分の補足）",
    body=f"""北国フーズ株式会社
総務課 雪田様

お世話になっております。日の出産業の三浦です。
マイナンバー収集の本人確認が1名分残っておりましたが、本日完了しました。

{_p['name']}様は写真付きの書類として運転免許証をご提出いただいています。
　免許証番号：{_lic}
　有効期限：2028年{rng.randint(1, 12)}月{rng.randint(1, 28)}日まで
　記載住所：{_p['addr']}

なお、免許証記載の住所が扶養控除等申告書の住所と異なっておりましたので、
ご本人に現住所をご確認いただけますでしょうか。

{sig("miura")}
""",
    expect="stop", entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="one employee's driving-licence number (an identity document) with name and address to a client")
# ---------------------------------------------------------------------------------------------
# 041-060
# ---------------------------------------------------------------------------------------------

_p = person("M", born=(1978, 1988))
_pp = passport_no()
add(id="sharoushi-041", sender=S_SHIMA, to=["Priya Raman <priya.raman@globalpay-asia.com>"],
    subject="Certificate of Coverage - secondee to Singapore office",
    body=f"""Hi Priya,

Kawasaki Denki is sending one of its engineers to the Singapore branch from 1 January, and
we are preparing the Japanese side of the payroll split. Japan has no social security
agreement with Singapore, so he will stay in the Japanese pension and health insurance while
you run the local payroll.

Employee details for your onboarding file:

  Name (as in passport): {_p['ROMAJI'].upper()}
  Date of birth: {seireki(_p['dob'], 'en')}
  Nationality: Japan
  Passport No.: {_pp} (expires {rng.randint(2028, 2033)}-{rng.randint(1, 12):02d})
  Japanese monthly base salary: JPY {_p['wage'] + 120000:,}
  Home address in Japan (kept for tax residency purposes): {_p['addr']}

Could you confirm which of these you need for the Employment Pass application, and which can
stay with us? I'd rather not send more than necessary.

Best regards,
Kate

{sig("shimada")}
""",
    expect="stop", entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="one person's passport number, DOB and home address in English mail to a foreign payroll vendor")

add(id="sharoushi-042", sender=S_SHIMA, to=["Priya Raman <priya.raman@globalpay-asia.com>"],
    cc=[C_KAWA],
    subject="Re: Split payroll for secondees - how Japanese social insurance works",
    body=f"""Hi Priya, (cc: Mr. Kawai, Kawasaki Denki HR)

Thanks for the call yesterday. A short recap so that all three of us work from the same
understanding:

1. While an employee is seconded from Japan and still paid (partly) by the Japanese company,
   he normally remains insured in Japanese health insurance and pension.
2. Where Japan has a social security agreement with the host country, a Certificate of
   Coverage lets him stay in the Japanese system only, for up to five years.
3. Singapore has no such agreement, so CPF rules decide on the Singapore side; for Employment
   Pass holders CPF is generally not compulsory.
4. Our part: Japanese payroll, withholding for the non-resident period and the year-end
   paperwork. Your part: the Singapore payroll and the IR8A.

No individual data in this thread, please - we will exchange those through the secure portal.

Best regards,
Kate

{sig("shimada")}

On Tue, 4 Nov 2025 at 18:02, Priya Raman <priya.raman@globalpay-asia.com> wrote:
> Kate, could you explain once more how the Japanese side works for secondees?
> Thanks, Priya
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations (vendor and client) in To/Cc, general explanation only")

_p = people(5, born=(1990, 2003))
_blk = "\n".join(f"{i}. {p['name']}（{p['kana']}）\n   生年月日：{seireki(p['dob'], 'kanji')}\n   住所：{p['addr']}\n   携帯：{p['mobile']}\n"
                 for i, p in enumerate(_p, 1))
add(id="sharoushi-043", sender=S_KUWA, to=[SR_DESK], cc=[SR_MATSU],
    subject="転送: 12月入社予定者の情報",
    body=f"""やまぶき社労士法人
手続き窓口 ご担当者様

川崎電機様から入社予定者の情報が届きましたので転送します。
12月1日付の資格取得をお願いします（雇用保険も含めて今回は御法人でお願いします）。

桑原

---------- Forwarded message ---------
From: 河合 <kawai.jinji@kawasaki-denki.co.jp>
Date: 2025年11月10日(月) 9:47
Subject: 12月入社予定者の情報
To: 桑原 健吾 <kuwabara.kengo@hinode-sangyo.co.jp>

桑原様

12月入社の5名分です。よろしくお願いします。

{_blk}
川崎電機 人事 河合
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forwarded client mail with 5 new hires (DOB, address, mobile) in blocks: forwarded text counts")

_p = people(6, born=(1970, 2000))
_q = "\n".join(f"> {p['name']}\t{wareki(p['dob'], 'short')}\t{p['mobile']}\t{p['addr']}" for p in _p)
add(id="sharoushi-044", sender=S_OMIYA, to=[C_ASAHI],
    subject="Re: 新規パート6名の情報",
    body=f"""矢作様

お世話になっております。日の出産業の大宮です。
6名分、確かに受領いたしました。
雇用保険の資格取得は今週中に完了予定です。完了後に確認通知をお送りします。

{sig("omiya")}

2025年10月20日(月) 16:05 矢作 <yahagi@asahi-clean.co.jp>:
> 大宮様
> 11月からの新規パート6名の情報です。
>
> 氏名\t生年月日\t携帯\t住所
{_q}
>
> よろしくお願いします。矢作
""",
    expect="pass", entities=[], detectors=[],
    note="the 6-person list is only in the quoted reply (lines starting with >): the recipient sent it; new text has no data")

_p = people(5, born=(1975, 2001))
_orig = people(5, born=(1975, 2001))
_fix = "\n".join(f"　{p['name']}：〒{p['postal']} {p['addr']}" for p in _p)
add(id="sharoushi-045", sender=S_AYASE, to=[C_NISHI],
    subject="Re: 住所一覧の確認",
    body=f"""錦織様

ご確認ありがとうございます。日の出産業の綾瀬です。
ご指摘の5名について、住民票の写しに合わせて以下のとおり修正いたしました。
（番地の表記ゆれ・建物名の抜けがありました）

{_fix}

他の方は変更ございません。

{sig("ayase")}

-----Original Message-----
From: 錦織 <nishikori@nishiki-insatsu.co.jp>
Sent: Wednesday, October 8, 2025 11:20 AM
Subject: 住所一覧の確認

綾瀬様
いただいた一覧のうち、5名の住所が住民票と違うようです。確認をお願いします。
錦織
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="a reply whose new text lists 5 people's corrected home addresses (the quote itself holds no data)")

_p = people(6, born=(1985, 2004))
_csv = [["氏名", "フリガナ", "性別", "生年月日", "資格取得日", "雇用形態", "週所定労働時間", "賃金月額"]]
for p in _p:
    _csv.append([p["name"], p["kana"], p["sex"], seireki(p["dob"], "iso"), "2025-11-01",
                 rng.choice(["正社員", "契約社員", "パート"]), rng.choice(["40", "30", "25"]), str(p["wage"])])
_xl = [["前職情報（雇用保険被保険者番号の確認用）", "", ""], ["氏名", "前職の会社名", "離職日"]]
for p in _p[:4]:
    _xl.append([p["name"], rng.choice(["株式会社ミナミ商事", "東邦サービス株式会社", "有限会社大和屋", "なし"]), f"2025/{rng.randint(6, 10)}/{rng.randint(1, 28)}"])
add(id="sharoushi-046", sender=S_OMIYA, to=[SR_DESK],
    subject="雇用保険 資格取得届（北国フーズ様 11月入社6名）",
    body=f"""やまぶき社会保険労務士法人
手続き窓口ご担当者様

お世話になっております。日の出産業の大宮です。
北国フーズ様の11月入社6名の雇用保険資格取得届をお願いいたします。
取得者データ（CSV）と前職情報（Excel）をZIPにまとめてお送りします。

{sig("omiya")}
""",
    attachments=[{"kind": "zip", "name": "kitaguni_shutoku_202511.zip",
                  "files": [{"kind": "csv", "name": "shutoku_list.csv", "rows": _csv, "encoding": "utf-8-sig"},
                            {"kind": "xlsx", "name": "zenshoku.xlsx", "sheets": {"前職": _xl}}]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="plain ZIP holding a CSV of 6 new hires (name, kana, DOB, wage) and an XLSX: a list of people inside an archive")

add(id="sharoushi-047", sender=S_OMIYA, to=[C_TANPO], charset="iso-2022-jp",
    subject="各種届出の様式（記入用）をお送りします",
    body=f"""社会福祉法人たんぽぽ会
堀之内事務長様

お世話になっております。日の出産業の大宮です。
職員の方に記入していただく様式一式をZIPでお送りします。
いずれも空欄の様式ですので、印刷して職員の方にお渡しください。

　・住所変更連絡票
　・扶養家族変更連絡票
　・通勤経路申請書

{sig("omiya")}
""",
    attachments=[{"kind": "zip", "name": "yoshiki_kinyuyo.zip", "files": [
        {"kind": "pdf", "name": "住所変更連絡票.pdf", "lines": ["住所変更連絡票", "", "氏名：＿＿＿＿＿＿＿＿＿＿", "社員番号：＿＿＿＿＿＿",
                                                             "新住所：〒＿＿＿－＿＿＿＿　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", "電話番号：＿＿＿＿＿＿＿＿＿＿＿＿", "異動日：　　年　　月　　日"]},
        {"kind": "pdf", "name": "扶養家族変更連絡票.pdf", "lines": ["扶養家族変更連絡票", "", "従業員氏名：＿＿＿＿＿＿＿＿",
                                                                 "扶養家族の氏名：＿＿＿＿＿＿　続柄：＿＿＿　生年月日：　　年　　月　　日",
                                                                 "異動の理由：□出生　□結婚　□就職　□その他（　　　　　）"]},
        {"kind": "pdf", "name": "通勤経路申請書.pdf", "lines": ["通勤経路申請書", "", "氏名：＿＿＿＿＿＿＿＿", "利用交通機関：＿＿＿＿＿＿", "経路：＿＿＿駅 → ＿＿＿駅", "1か月定期代：＿＿＿＿＿円"]},
    ]}],
    expect="pass", entities=[], detectors=[],
    note="ZIP of blank forms: field labels (氏名・住所・電話) but no one's data")

_p = people(5, born=(1965, 2000))
_reasons = ["自己都合", "契約期間満了", "自己都合", "定年", "事業所移転に伴う通勤困難"]
_tbl = [["氏名", "生年月日", "離職日", "離職理由", "住所"]]
for p, r in zip(_p, _reasons):
    _tbl.append([p["name"], wareki(p["dob"], "short"), f"R7.{rng.randint(8, 9)}.{rng.randint(1, 30)}", r, p["addr"]])
add(id="sharoushi-048", sender=S_KUWA, to=[SR_NEGI],
    subject="離職証明書作成対象者（港水産様）",
    body=f"""根岸先生

お世話になっております。日の出産業の桑原です。
港水産様の8月・9月の離職者で、離職票の交付を希望されている方の一覧をPDFでお送りします。
賃金支払状況は別途、賃金台帳の写しをお送りいたします。

{sig("kuwabara")}
""",
    attachments=[{"kind": "pdf", "name": "離職者一覧_港水産_202509.pdf", "title": "離職者一覧",
                  "lines": ["離職者一覧（離職票交付希望者）", "港水産株式会社", ""], "table": _tbl}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="PDF table of 5 leavers with DOB, reason and home address, to the 社労士 office")

_budget = [["部外秘", "", "", ""], ["2026年度 人件費予算（部門別）", "", "", ""],
           ["部門", "人員（予定）", "給与総額（千円）", "法定福利費（千円）"],
           ["営業部", 24, 148200, 22800], ["物流部", 41, 196500, 30100], ["総務部", 9, 52300, 8000],
           ["人事サービス部", 17, 98100, 15000], ["情報システム部", 8, 61200, 9400], ["合計", 99, 556300, 85300]]
add(id="sharoushi-049", sender=S_HIRA, to=[SR_NEGI],
    subject="法定福利費の試算についてご確認のお願い",
    body=f"""根岸先生

お世話になっております。平岡です。
来年度の人件費予算に関連して、法定福利費の試算が妥当かどうか見ていただけますでしょうか。
子ども・子育て支援金の上乗せ分は含めておりません。

部門別の集計表を添付します。ご確認よろしくお願いいたします。

{sig("hiraoka")}
""",
    attachments=[{"kind": "xlsx", "name": "2026人件費予算_部門別.xlsx", "sheets": {"予算": _budget}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the XLSX's first row is a 部外秘 classification: a marked document goes outside (no personal data)")

add(id="sharoushi-050", sender=S_HIRA, to=["総務部 西田様 <nishida@kouyou-kensetsu.co.jp>"],
    subject="給与計算アウトソーシングのお見積り",
    body=f"""紅葉建設株式会社
総務部 西田様

お世話になっております。日の出産業の平岡でございます。
先日はご面談の機会をいただき、誠にありがとうございました。

ご依頼の給与計算アウトソーシングのお見積りをお送りいたします。
従業員数45名・月1回払い・賞与年2回の前提で算出しております。

ご不明な点がございましたら、お気軽にお問い合わせください。

{sig("hiraoka")}
""",
    attachments=[{"kind": "pdf", "name": "お見積書_紅葉建設様.pdf", "title": "お見積書",
                  "lines": ["御見積書", "紅葉建設株式会社 御中", "見積番号：HS-Q-2025-0387", "有効期限：発行日より60日", ""],
                  "table": [["項目", "単価", "数量", "金額"],
                            ["基本料金（月額）", "30,000円", "12", "360,000円"],
                            ["給与計算（1名あたり月額）", "800円", "45×12", "432,000円"],
                            ["賞与計算（1名あたり）", "600円", "45×2", "54,000円"],
                            ["年末調整（1名あたり）", "2,000円", "45", "90,000円"],
                            ["初期設定費", "100,000円", "1", "100,000円"],
                            ["合計（税抜）", "", "", "1,036,000円"]]}],
    expect="pass", entities=[], detectors=[],
    note="a price quotation PDF to a prospect: prices and a quote number, no people")

_cn = corporate_number("010401087246")
add(id="sharoushi-051", sender=S_MUTO, to=[C_KITA], charset="cp932",
    subject="【請求書】10月分 給与計算業務委託料",
    body=f"""北国フーズ株式会社
総務課 雪田様

いつもお世話になっております。日の出産業の武藤です。
10月分の業務委託料のご請求書を添付いたします。

　請求書番号：INV-2510-0442
　ご請求金額：187,660円（税込）
　お支払期限：2025年11月30日

【お振込先】
　みどり銀行 日本橋支店 当座 0381274
　口座名義：ヒノデサンギョウ（カ

適格請求書発行事業者登録番号：T{_cn}

{sig("muto")}
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2510-0442.pdf",
                  "lines": ["請求書", "北国フーズ株式会社 御中", "請求書番号 INV-2510-0442", f"登録番号 T{_cn}",
                            "給与計算業務委託料（10月分） 170,600円", "消費税（10%） 17,060円", "合計 187,660円",
                            "振込先 みどり銀行 日本橋支店 当座 0381274 ヒノデサンギョウ（カ"]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with the company's invoice registration number (法人番号) and its own corporate account: business data, not a person's")

_owner = person("M", born=(1955, 1970))
_cd = _card()
add(id="sharoushi-052", sender=S_KUWA, to=["電子証明書 受付センター <order@e-shomei.jp>"],
    subject="電子証明書（法人代表者用）購入申込 ― 決済情報",
    body=f"""電子証明書 受付センター ご担当者様

お世話になっております。日の出産業の桑原です。
顧客の株式会社小林工務店様の電子申請用に、代表者の電子証明書（2年）を申し込みます。
オンライン決済画面でエラーになったため、お電話でご案内いただいたとおりメールで決済情報をお送りします。

　申込番号：ES-25-118302
　カード名義：{_owner['ROMAJI'].upper()}
　カード番号：{card_sp(_cd)}
　有効期限：{rng.randint(1, 12):02d}/{rng.randint(27, 30)}
　代表者氏名：{_owner['name']}（{_owner['kana']}）

決済完了のご連絡をお待ちしております。

{sig("kuwabara")}
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a credit card number (Luhn-valid) with the holder's name sent to a vendor")

add(id="sharoushi-053", sender=S_HIRA, to=["白川 弁護士 <shirakawa@shirakawa-law.co.jp>"],
    subject="労働審判申立ての件（青葉運輸様）ご相談",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の平岡です。
顧客の青葉運輸様で、昨年退職した元ドライバーの方から労働審判の申立てがありました。
申立ての趣旨は未払残業代（約2年分）と付加金の請求です。

第1回期日は12月3日と指定されています。
答弁書の準備について、来週中にお打合せのお時間をいただけますでしょうか。
タイムカードと運行日報の写しは当方で整理を進めております。

{sig("hiraoka")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp is a look-alike (extra co.) of the partner law firm shirakawa-law.jp")

_p = person("M", born=(1980, 1990))
add(id="sharoushi-054", sender=S_HIRA, to=["白川 弁護士 <shirakawa@shirakawa-law.jp>"], cc=[S_KUWA],
    subject="Re: 労働審判申立ての件（青葉運輸様）資料",
    body=f"""白川先生

お世話になっております。平岡です。
先ほどのお電話の件、申立人の在籍情報をお送りします。

　申立人：{_p['name']}
　在籍期間：2019年4月1日～2024年10月31日
　職種：中型トラック ドライバー（戸田営業所）
　退職時の基本給：{_p['wage']:,}円（固定残業手当 45,000円／30時間分）

タイムカードの写しは明日、事務所あてに持参いたします。

{sig("hiraoka")}

> 平岡様
> 申立人の在籍期間と給与の内訳をお知らせください。
> 白川
""",
    expect="pass", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="one person's employment period and salary to the partner law firm (correct domain): a single record, may warn")

_p = person("M", born=(1995, 2001))
add(id="sharoushi-055", sender=S_OMIYA, to=[SR_NEGI],
    subject="内定者の件でご相談（あさひクリーンサービス様）",
    body=f"""根岸先生

お世話になっております。日の出産業の大宮です。
あさひクリーンサービス様から、内定者に関するご相談がありました。

内定者の{_p['name']}さん（{_p['kana']}、{seireki(_p['dob'], 'kanji')}生）について、
入社前の面談でご本人から「2年前に窃盗罪で有罪判決（懲役1年・執行猶予3年）を受けており、
現在も猶予期間中である」との申告があったそうです。
採用面接の際の質問票には「賞罰なし」と記入されていました。

この場合に内定を取り消すことができるか、また取り消す場合の手順について
ご見解をいただけますでしょうか。

{sig("omiya")}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named candidate's criminal record (要配慮個人情報) sent to an external office")

add(id="sharoushi-056", sender=S_OMIYA, to=[SR_NEGI],
    subject="経歴詐称と内定取消しについて（一般論のご質問）",
    body=f"""根岸先生

お世話になっております。日の出産業の大宮です。
顧客向けの勉強会資料を作っており、一般論として教えていただきたい点がございます。

1. 履歴書の学歴・職歴に重大な虚偽があった場合、内定取消しは認められやすいか
2. 面接で前科について質問することは、どの範囲まで許されるか
3. 内定通知書に「経歴に虚偽があった場合は取り消す」と書いておくことの効果

特定の方のご相談ではありませんので、判例の傾向程度で構いません。
お忙しいところ恐縮ですが、よろしくお願いいたします。

{sig("omiya")}
""",
    expect="pass", entities=[], detectors=[],
    note="general legal question about criminal records and hiring; no identifiable person")

_p = person("M", born=(1990, 1998))
add(id="sharoushi-057", sender=S_OMIYA, to=["工場長 <kojo@minato-suisan.co.jp>"], cc=[C_MINATO],
    subject="勤務シフトのご相談について",
    body=f"""港水産株式会社
工場長様（cc: 漆原様）

お世話になっております。日の出産業の大宮です。
加工ラインの{_p['name']}さん（インドネシア出身、技能実習から特定技能へ移行）から、
ご自身がイスラム教徒であることから、金曜日の昼の礼拝の時間（30分程度）と
断食月（ラマダン）の期間中の休憩時間の調整について相談を受けました。

就業規則上は休憩時間の分割で対応可能と考えております。
具体的なシフト案を一度ご相談させてください。

{sig("omiya")}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's religion (and origin) disclosed to the client: 要配慮個人情報 of one person")

_p = person("F", born=(1982, 1995))
add(id="sharoushi-058", sender=S_AYASE, to=[SR_MATSU],
    subject="通勤災害の件（さくらホテル様）",
    body=f"""松浦様

お世話になっております。日の出産業の綾瀬です。
さくらホテル様のフロント勤務の{_p['name']}さん（{wareki(_p['dob'], 'short')}生）が、
10月2日の深夜勤務の帰宅途中、自宅近くの路上でひったくりに遭い、転倒して左手首を骨折されました。
警察に被害届を提出済みで、犯人はまだ捕まっていないとのことです。

通勤災害として様式第16号の3・16号の6の作成をお願いします。
第三者行為災害届も必要になると思いますので、あわせてご指示ください。

{sig("ayase")}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee who was a crime victim and her injury, to an external office (要配慮個人情報)")

_p = person("M", born=(1970, 1985))
add(id="sharoushi-059", sender=S_AYASE, to=["桑原 健吾 <kuwabara.kengo@hinode-sangyo.co.jp>"],
    cc=["平岡 修 <hiraoka.osamu@hinode-sangyo.co.jp>"],
    subject="【共有】青葉運輸 労災の経過",
    body=f"""桑原さん（cc 平岡部長）

お疲れさまです。綾瀬です。
青葉運輸の{_p['name']}さん（{wareki(_p['dob'])}生）の件、経過を共有します。

・右足関節外果骨折 → 10/28に手術（プレート固定）
・術後、腰椎椎間板ヘルニアの既往が悪化しており、整形外科で並行して治療中
・主治医の見立てでは職場復帰は1月中旬、当面は乗務なしの軽作業から
・休業補償は様式第8号の2回目を11月分で請求予定

社外には出さないでください。

綾瀬
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=[],
    note="medical details of a named employee, but all recipients are internal")

_p = people(6, born=(1970, 1994))
_rows = [["Employee ID", "Name", "Date of birth", "Home address (Japan)", "Mobile", "Start date"]]
for p in _p:
    _rows.append([f"KD-{p['empno']}", p["ROMAJI"], seireki(p["dob"], "iso"), p["addr"], p["mobile"],
                  f"2026-01-{rng.randint(5, 20):02d}"])
add(id="sharoushi-060", sender=S_SHIMA, to=["Priya Raman <priya.raman@globalpay-asia.com>"],
    subject="Secondee list for January (Kawasaki Denki)",
    body=f"""Hi Priya,

As discussed, here are the six Kawasaki Denki employees going to the Singapore branch in
January. I pasted it straight from our sheet (tab-separated).

{tsv(_rows)}

Please let me know if you also need their Japanese-language names.

Thanks,
Kate

{sig("shimada")}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="English mail with a tab-separated list of 6 employees (romaji names, DOB, addresses, mobiles) to a foreign vendor")
# ---------------------------------------------------------------------------------------------
# 061-080
# ---------------------------------------------------------------------------------------------

_p = people(5, born=(1965, 2000))
_xls = [["給与所得者異動届出書（一覧）", "", "", "", "", ""],
        ["特別徴収義務者：株式会社さくらホテル", "", "", "", "", ""],
        ["受給者番号", "氏名", "生年月日", "住所（1月1日現在）", "異動年月日", "異動事由"]]
for p in _p:
    _xls.append([f"{rng.randint(10000000, 99999999)}", p["name"], wareki(p["dob"], "kanji"), p["addr"],
                 f"令和7年{rng.randint(8, 10)}月{rng.randint(1, 28)}日", rng.choice(["退職", "退職", "転勤"])])
add(id="sharoushi-061", sender=S_MIURA, to=["南里市役所 市民税課 特別徴収担当 <tokucho@city.nanri.lg.jp>"],
    subject="給与所得者異動届出書の提出（株式会社さくらホテル）",
    body=f"""南里市役所 市民税課
特別徴収ご担当者様

株式会社さくらホテルの給与事務を受託しております、日の出産業株式会社の三浦と申します。
同社の退職者等5名分の給与所得者異動届出書（一覧形式）をお送りいたします。
一括徴収の希望はございません。普通徴収への切替えでお願いいたします。

原本は本日郵送いたしました。

{sig("miura")}
""",
    attachments=[{"kind": "xls", "name": "idou_todoke_sakura_hotel.xls", "sheets": {"異動届": _xls}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="legacy XLS with 5 taxpayers' names, DOB and addresses sent to a city office (external)")

add(id="sharoushi-062", sender=S_MIURA, to=["南里市役所 市民税課 特別徴収担当 <tokucho@city.nanri.lg.jp>"],
    subject="特別徴収税額通知の電子的送付について（お問い合わせ）",
    body=f"""南里市役所 市民税課
特別徴収ご担当者様

いつもお世話になっております。日の出産業株式会社の三浦でございます。

当社が給与事務を受託している事業所（特別徴収義務者指定番号 00482113）について、
令和8年度から特別徴収税額通知（特別徴収義務者用）を電子データで受け取りたいと考えております。

1. eLTAXでの受取りを希望する場合、いつまでに給与支払報告書の提出時に申出が必要でしょうか。
2. 納税義務者用の通知も電子化する場合、従業員への配付は事業所側で行う理解でよいでしょうか。

お手すきの際にご教示いただけますと幸いです。

{sig("miura")}
""",
    expect="pass", entities=[], detectors=[],
    note="question to a city office about electronic tax notices; only the employer's designation number")

_p = people(5, born=(1960, 1999))
_blk = "\n\n".join(
    f"■{p['name']}\n　生年月日　：{wareki(p['dob'], 'zenkanji')}\n　賞与支給額：{zen(format(p['wage'] * 2 + rng.randint(0, 9) * 10000, ','))}円\n　支給日　　：令和７年１２月１０日"
    for p in _p)
add(id="sharoushi-063", sender=S_MUTO, to=[C_MARU],
    subject="冬季賞与 支払届の内容確認のお願い",
    body=f"""丸山製菓株式会社
岩瀬様

お世話になっております。日の出産業の武藤です。
冬季賞与の賞与支払届を作成する前に、以下の方の支給額をご確認いただけますでしょうか。
（70歳以上被用者の方、月の途中で入社された方、育休から復帰された方など、
　個別の確認が必要な方のみ抜き出しています）

{_blk}

問題なければ12月12日に電子申請いたします。

{sig("muto")}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="5 people, one block each, with 和暦 DOB and bonus amounts in full-width digits, to a client")

_p = people(8, born=(1958, 2002))
_lines = ["入社日,氏名,生年月日,雇用保険被保険者番号,週所定労働時間"]
for p in _p:
    _lines.append(f"2025/11/01,{p['name2']},{wareki(p['dob'], 'short')},{p['koyo']},{rng.choice([40, 30, 20])}")
add(id="sharoushi-064", sender=S_OMIYA, to=[SR_MATSU], charset="cp932",
    subject="雇用保険 資格取得（錦印刷様 8名）",
    body=f"""松浦様

お世話になっております。大宮です。
錦印刷様の11月1日入社者8名分です。前職のある方は被保険者番号を記載しています。
（カンマ区切りで貼り付けておりますので、そのままCSVに保存してお使いください）

{chr(10).join(_lines)}

よろしくお願いいたします。
大宮
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="comma-separated list of 8 hires with 和暦 DOB (S58.4.2 style) and employment-insurance numbers in the body")

_p = people(3, born=(1970, 1990))
add(id="sharoushi-065", sender=S_OMIYA, to=["労務セミナー事務局 <seminar@roumu-kenkyukai.or.jp>"],
    subject="11月20日 労務管理セミナー 参加申込（3名）",
    body=f"""労務管理研究会 セミナー事務局 御中

お世話になっております。日の出産業株式会社の大宮と申します。
11月20日開催の「改正育児・介護休業法 実務対応セミナー」に、下記3名で参加を申し込みます。

　1. {_p[0]['name']}（人事サービス部）　TEL {_p[0]['mobile']}
　2. {_p[1]['name']}（人事サービス部）　TEL {_p[1]['mobile']}
　3. {_p[2]['name']}（総務部）　TEL {_p[2]['mobile']}

請求書は当社経理部あてにお送りください。

{sig("omiya")}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three attendees with phone numbers to a seminar organiser: under five people, may warn")

add(id="sharoushi-066", sender=S_KUWA, to=[C_IZUMI], cc=[SR_NEGI],
    subject="36協定の締結に向けた打合せ日程のご相談",
    body=f"""泉ロジスティクス株式会社 寺内様
（cc：やまぶき社会保険労務士法人 根岸先生）

お世話になっております。日の出産業の桑原です。

来年4月からの時間外・休日労働に関する協定（36協定）の更新に向けて、
三者で打合せの機会を設けたく、ご連絡いたしました。
特別条項の要否と、倉庫部門の繁忙期の上限時間が主な論点です。

候補日：
　① 12月3日（水）10:00～11:00
　② 12月4日（木）15:00～16:00
　③ 12月8日（月）13:00～14:00

ご都合のよい日時をお知らせください。場所は泉ロジスティクス様の本社会議室を想定しております。

{sig("kuwabara")}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="a normal three-way meeting mail: two external organisations in To/Cc, no personal data")

add(id="sharoushi-067", sender=S_AYASE, to=[C_KAWA, KENPO], cc=[SR_MATSU],
    subject="被扶養者資格の再確認（検認）スケジュールについて",
    body=f"""川崎電機株式会社 河合様
関東機械健康保険組合 給付課 ご担当者様
（cc：やまぶき社会保険労務士法人 松浦様）

お世話になっております。日の出産業の綾瀬です。

今年度の被扶養者資格の再確認について、スケジュールを以下のとおり整理しました。

　10月17日　健保組合より対象者リスト送付（事業所あて）
　11月7日　 従業員からの書類回収締切
　11月21日　健保組合への提出期限

書類の回収と取りまとめは当社で行い、判定が難しいケースはやまぶき社労士法人にご相談いたします。

{sig("ayase")}
""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (client, 健保組合, 社労士 office) in To/Cc can see each other")

add(id="sharoushi-068", sender=S_HIRA, to=["西田 <nishida@kouyou-kensetsu.co.jp>"],
    subject="Re: 機密保持契約の条項について",
    body=f"""西田様

お世話になっております。日の出産業の平岡です。
機密保持契約（案）へのコメントをありがとうございました。

ご指摘の3点について、当社の考え方は以下のとおりです。

1. 機密情報の範囲：従業員の個人情報は、明示の表示がなくても機密情報に含める修正を受け入れます。
2. 再委託先（社会保険労務士法人）への開示：事前の書面承諾を条件とする案で問題ございません。
3. 契約終了後の存続期間：3年から5年への延長も対応可能です。
   ただし特定個人情報は、法定保存期間の経過後、速やかに廃棄する旨を別途明記いたします。

修正版は明日お送りいたします。

{sig("hiraoka")}

{DISCLAIMER_EN}

> 平岡様
> 機密保持契約（案）にコメントを入れました。ご確認ください。
> 西田
""",
    expect="pass", entities=[], detectors=[],
    note="negotiation about an NDA (機密保持契約) with the English standard disclaimer: mentions, not markings")

add(id="sharoushi-069", sender=S_KUWA, to=[C_KAEDE],
    subject="GビズIDの取得と電子申請の委任について",
    body=f"""有限会社かえでデザイン
大槻様

お世話になっております。日の出産業の桑原です。

社会保険の届出を電子申請に切り替えるにあたり、御社でGビズIDプライムのアカウントを
取得していただく必要がございます。手順は以下のとおりです。

　1) GビズIDのサイトで申請（代表者のマイナンバーカードとスマートフォンがあればオンラインで完結）
　2) アカウント発行後、当社を「委任先」として設定
　3) 当社から電子申請の利用開始のご連絡

印鑑証明書の郵送による申請も可能ですが、2～3週間かかります。
ご不明点がございましたら、お気軽にお電話ください。

{sig("kuwabara")}

{DISCLAIMER_JP}
このメールの内容を許可なく第三者に開示・転送することを禁じます。
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary procedural mail with the standard Japanese disclaimer (機密情報が含まれている場合があります)")

add(id="sharoushi-070", sender=S_HIRA, to=["代表取締役 楠本様 <kusumoto@tomoe-yakuhin.co.jp>"],
    subject="人事制度見直しのご提案資料",
    body=f"""巴薬品株式会社
代表取締役 楠本様

お世話になっております。日の出産業の平岡でございます。
先日のヒアリング内容を踏まえ、人事制度（等級・評価・賃金）見直しのご提案資料を作成いたしました。
添付のPowerPointをご覧いただき、次回のお打合せでご意見をお聞かせください。

{sig("hiraoka")}
""",
    attachments=[{"kind": "pptx", "name": "人事制度見直しご提案_巴薬品様.pptx", "page_footer": "Confidential - 巴薬品株式会社 御中",
                  "slides": [["人事制度見直しのご提案", "巴薬品株式会社 御中", "日の出産業株式会社 人事サービス部"],
                             ["現状の課題", "等級定義があいまいで昇格基準が不明確", "評価結果が賞与にしか反映されていない", "若手の離職率が業界平均を上回る"],
                             ["ご提案の骨子", "職務等級6段階への再編", "評価と昇給テーブルの連動", "移行時の賃金調整（激変緩和措置）"],
                             ["スケジュール", "2026年1月 制度設計", "2026年4月 社員説明会", "2026年10月 新制度運用開始"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="every slide of the attached PPTX carries a 'Confidential' footer: a marked document, marking only in the attachment")

add(id="sharoushi-071", sender=S_HIRA, to=["総務部 西田様 <nishida@kouyou-kensetsu.co.jp>"],
    subject="サービスご紹介資料の送付",
    body=f"""紅葉建設株式会社
総務部 西田様

お世話になっております。日の出産業の平岡です。
社内でのご検討用に、当社の人事アウトソーシングサービスのご紹介資料をお送りします。
導入事例は、各社様に掲載のご了承をいただいたものです。

{sig("hiraoka")}
""",
    attachments=[{"kind": "pptx", "name": "日の出産業_人事アウトソーシングのご紹介.pptx",
                  "slides": [["人事アウトソーシングのご紹介", "日の出産業株式会社 人事サービス部"],
                             ["サービス内容", "給与計算・賞与計算・年末調整", "社会保険・労働保険の手続き（提携社労士法人と連携）", "マイナンバーの収集・保管代行"],
                             ["導入事例", "食品製造業（従業員120名）：給与締めから支給まで5営業日短縮", "運輸業（従業員260名）：電子申請化で手続き書類を9割削減"],
                             ["料金の目安", "基本料金 月額30,000円～", "給与計算 1名あたり月額800円～"]]}],
    expect="pass", entities=[], detectors=[],
    note="unmarked service brochure PPTX to a prospect: no people, no marking")

add(id="sharoushi-072", sender=S_MIURA, to=[C_TANPO],
    subject="源泉徴収票（退職者分）の送付",
    body=f"""社会福祉法人たんぽぽ会
堀之内事務長様

お世話になっております。日の出産業の三浦です。
10月の退職者分の源泉徴収票をPDFでお送りします。
PDFにはパスワードを設定しております（パスワードは以前お知らせしたものと同じです）。

{sig("miura")}
""",
    attachments=[{"kind": "pdf", "name": "源泉徴収票_退職者_202510.pdf", "password": "tanpopo2025",
                  "lines": ["令和7年分 給与所得の源泉徴収票", "支払を受ける者：（略）", "支払金額 2,148,000円"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF: cannot be inspected")

_p = person("F", born=(1975, 1992))
_kigo = f"{rng.randint(10000000, 99999999)}"
add(id="sharoushi-073", sender=S_KUWA, to=[C_KAEDE],
    subject="資格確認書の再交付申請について",
    body=f"""大槻様

お世話になっております。日の出産業の桑原です。
{_p['name']}様が紛失された健康保険の資格確認書について、再交付申請を行いました。

　保険者：全国健康保険協会 東京支部
　記号：{_kigo}　番号：{_p['hoken_no']}
　被保険者氏名：{_p['name']}（{_p['kana']}）

新しい資格確認書は1週間ほどで御社に届きます。
届くまでの間に受診される場合は、医療機関の窓口で一旦全額をお支払いいただき、
後日療養費として請求する形になります。

{sig("kuwabara")}
""",
    expect="stop", entities=["JP_HEALTH_INSURANCE", "PERSON_NAME"], detectors=["personal_data"],
    note="one person's health-insurance 記号・番号 with name to a client")

_p = people(10, born=(1964, 2003))
_rows = [["氏名", "記号", "番号", "資格取得日", "被扶養者数"]]
_kg = f"{rng.randint(10000000, 99999999)}"
for p in _p:
    _rows.append([p["name"], _kg, p["hoken_no"], f"{rng.randint(2005, 2025)}/{rng.randint(1, 12):02d}/01", str(rng.randint(0, 3))])
add(id="sharoushi-074", sender=S_KUWA, to=["社会保険チーム <shaho-team@hinode-sangyo.co.jp>"],
    subject="丸山製菓 被保険者一覧（健保番号つき）",
    body=f"""チーム各位

桑原です。丸山製菓様の被保険者一覧を更新しました。
マイナ保険証への移行状況の確認に使ってください（社内限り）。

{columns(_rows, rule="-")}

以上
""",
    expect="pass", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE"], detectors=[],
    note="10 people's health-insurance numbers, but to an internal team address only")

_p = people(6, born=(1950, 2000))
_rows = [["被保険者整理番号", "氏名", "生年月日", "賞与支払日", "賞与額（円）", "70歳以上"]]
for i, p in enumerate(_p):
    _rows.append([str(200 + i), p["name"], seireki(p["dob"], "slash"), "2025/07/10", f"{p['wage'] * 2:,}",
                  "○" if p["dob"].year < 1956 else ""])
_inner = {"sender": "雪田 <yukita@kitaguni-foods.co.jp>", "to": ["武藤 沙織 <muto.saori@hinode-sangyo.co.jp>"],
          "subject": "夏季賞与の支給データ",
          "body": "武藤様\n\nいつもお世話になっております。北国フーズの雪田です。\n夏季賞与の支給データです。賞与支払届の作成をお願いいたします。\n\n"
                  + columns(_rows) + "\n\n雪田\n"}
add(id="sharoushi-075", sender=S_MUTO, to=[SR_DESK],
    subject="賞与支払届の作成依頼（北国フーズ様）",
    body=f"""やまぶき社会保険労務士法人
手続き窓口ご担当者様

お世話になっております。日の出産業の武藤です。
北国フーズ様の夏季賞与について、賞与支払届の作成をお願いいたします。
お客様からのメールをそのまま添付しますので、支給データはそちらをご覧ください。

{sig("muto")}
""",
    attachments=[{"kind": "eml", "name": "夏季賞与の支給データ.eml", "message": _inner}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a client's mail attached as .eml: 6 insured persons with DOB and bonus amounts, forwarded to the 社労士 office")

_p = person("F", born=(1988, 1996))
add(id="sharoushi-076", sender=S_MUTO, to=["雪田 様 <yukita@kitaguni-food.co.jp>"],
    subject="Re: 冬季賞与の計算結果について",
    body=f"""雪田様

お世話になっております。日の出産業の武藤です。
お問い合わせの件、育児休業中の{_p['name']}様の冬季賞与についてご回答します。

育児休業期間中に支給される賞与は、休業期間が1か月を超えていれば社会保険料が免除されます。
{_p['name']}様の育休は2025年6月から2026年5月までですので、今回の賞与（支給額 {_p['wage']:,}円）は
健康保険・厚生年金保険料とも免除となり、雇用保険料と源泉所得税のみを控除いたします。

計算結果の一覧は、いつものポータルにアップロードしております。

{sig("muto")}
""",
    expect="stop", entities=["PERSON_NAME"], detectors=["lookalike_domain", "personal_data"],
    note="kitaguni-food.co.jp (letter dropped) is a look-alike of the partner kitaguni-foods.co.jp")

add(id="sharoushi-077", sender=S_MUTO, to=[C_KITA],
    subject="冬季賞与 賞与支払届の提出完了のご報告",
    body=f"""北国フーズ株式会社
雪田様

お世話になっております。日の出産業の武藤です。
冬季賞与の賞与支払届を本日、電子申請にて提出いたしましたのでご報告します。

　対象者数：64名（うち保険料免除 2名）
　賞与総額：31,480,000円
　標準賞与額の合計：31,392,000円
　到達番号：20251212-0931-44

保険料は1月分の納入告知書に反映されます。
控えのPDFはポータルに掲載しております。

{sig("muto")}
""",
    expect="pass", entities=[], detectors=[],
    note="completion report with totals and an e-filing receipt number; correct partner domain, no person")

_emps = people(3, born=(1965, 1985))
_rows = [["被保険者氏名", "被扶養者氏名", "続柄", "生年月日", "年間収入見込"]]
for p in _emps:
    t: set = set()
    sp = fam(p, "F" if p["g"] == "M" else "M", born=(1965, 1988), taken=t)
    _rows.append([p["name2"], sp["name2"], "配偶者", wareki(sp["dob"], "zen"), zen(f"{rng.randint(0, 129) * 10000:,}") + "円"])
    for _ in range(rng.randint(1, 2)):
        ch = fam(p, born=(2004, 2020), taken=t)
        _rows.append([p["name2"], ch["name2"], "子", wareki(ch["dob"], "zen"), "０円"])
add(id="sharoushi-078", sender=S_AYASE, to=[C_KAWA], charset="iso-2022-jp",
    subject="被扶養者資格再確認 対象者の確認",
    body=f"""川崎電機株式会社
河合様

お世話になっております。日の出産業の綾瀬です。
健保組合から届いた再確認の対象者リストのうち、書類が未提出の方を抜き出しました。
該当の従業員の方に、課税証明書または在学証明書の提出をご案内いただけますでしょうか。

{columns(_rows, sep="　", rule="―", zenpad=True)}

提出期限は11月7日です。よろしくお願いいたします。

{sig("ayase")}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="full-width-padded list of dependants (3 insured persons and 5+ dependants, 全角和暦 DOB, income) to a client")

_p = person("M", born=(1980, 1990))
_sp = fam(_p, "F", born=(1982, 1992))
add(id="sharoushi-079", sender=S_AYASE, to=[SR_MATSU],
    subject="被扶養者（異動）届 配偶者追加 1件",
    body=f"""松浦様

お世話になっております。日の出産業の綾瀬です。
さくらホテル様の従業員1名について、配偶者の扶養追加をお願いします。
個人番号はいつもどおり、貴法人の受付システムからご本人に直接登録していただいております。

　被保険者：{_p['name']}
　配偶者：{_sp['name']}（{wareki(_sp['dob'])}生）
　異動日：2025年9月30日（配偶者の退職による）
　収入見込：年額 0円（雇用保険の基本手当の受給予定なし）

{sig("ayase")}
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one insured person and his spouse (two people) with DOB: below the list threshold, no My Number in the mail")

_p = people(6, born=(1963, 2001))
_sheet = [["年末調整 個人番号一覧（丸山製菓株式会社）", "", "", ""], ["氏名", "個人番号", "扶養親族数", "備考"]]
for p in _p:
    _sheet.append([p["name"], _mn(), rng.randint(0, 3), rng.choice(["", "", "中途入社", "住宅ローン控除あり"])])
add(id="sharoushi-080", sender=S_MIURA, to=[SR_NEGI],
    subject="法定調書（源泉徴収票）提出用データについて",
    body=f"""根岸先生

お世話になっております。日の出産業の三浦です。
丸山製菓様の法定調書の提出で、給与の支払額が500万円を超える役員・従業員分の源泉徴収票に
個人番号の記載が必要となるため、対象6名の番号一覧を添付いたします。
税務署への提出は御法人の電子申告でお願いいたします。

{sig("miura")}
""",
    attachments=[{"kind": "xlsx", "name": "個人番号一覧_丸山製菓.xlsx", "sheets": {"一覧": _sheet}}],
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="XLSX with 6 people's My Numbers to the external 社労士 office")
# ---------------------------------------------------------------------------------------------
# 081-100
# ---------------------------------------------------------------------------------------------

_p = person("M", born=(1975, 1990))
add(id="sharoushi-081", sender=S_MIURA, to=[C_KOBA],
    subject="扶養控除等申告書（1名分）の記載内容について",
    body=f"""小林様

お世話になっております。日の出産業の三浦です。
中途入社された方の扶養控除等申告書を当社で清書しましたのでPDFでお送りします。
個人番号欄は、ご本人から当社の収集システムで直接お預かりしているため、
申告書の写しでは伏せ字にしております。ご本人の署名欄のみご記入いただき、原本をご返送ください。

{sig("miura")}
""",
    attachments=[{"kind": "pdf", "name": "扶養控除等申告書_清書.pdf", "title": "給与所得者の扶養控除等（異動）申告書",
                  "lines": ["令和7年分 給与所得者の扶養控除等（異動）申告書", "",
                            f"氏名：{_p['name']}（{_p['kana']}）",
                            "個人番号：＊＊＊＊ ＊＊＊＊ ＊＊＊＊（当社にて別途保管）",
                            f"生年月日：{wareki(_p['dob'])}",
                            f"住所：〒{_p['postal']} {_p['addr']}",
                            "源泉控除対象配偶者：なし", "控除対象扶養親族：なし",
                            "障害者・寡婦・ひとり親・勤労学生：該当なし"]}],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="one person's tax form with the My Number field masked (＊＊＊＊): a single record, may warn")

add(id="sharoushi-082", sender=S_MIURA, to=["吉田 稔 <m.yoshida@yoshida-seiki.co.jp>"],
    subject="Re: 住宅ローン控除の2年目以降の書類について",
    body=f"""吉田様

お世話になっております。日の出産業の三浦です。
お問い合わせの件、一般的な取扱いをご案内いたします。

・住宅借入金等特別控除は、1年目は本人が確定申告を行い、2年目以降は年末調整で控除できます。
・年末調整で必要な書類は「給与所得者の住宅借入金等特別控除申告書」と
　金融機関が発行する「住宅取得資金に係る借入金の年末残高等証明書」の2点です。
・控除額は年末残高の0.7%（上限あり）ですので、残高証明書の金額を確認のうえ計算いたします。

書類は従業員の方から御社経由でご提出いただき、原本は当社で保管いたします。

{sig("miura")}

> 三浦様
> 今年から住宅ローン控除を受ける社員がいるのですが、会社で何か準備が必要ですか。
> 吉田
""",
    expect="pass", entities=[], detectors=[],
    note="general answer about the housing-loan deduction; no one identified")

_mw = [["都道府県", "改定後（円）", "改定前（円）", "発効予定日"],
       ["東京都", "1,226", "1,163", "2025年10月3日"], ["神奈川県", "1,225", "1,162", "2025年10月4日"],
       ["埼玉県", "1,141", "1,078", "2025年11月1日"], ["千葉県", "1,140", "1,076", "2025年10月3日"],
       ["茨城県", "1,074", "1,005", "2025年10月12日"], ["大阪府", "1,177", "1,114", "2025年10月16日"]]
add(id="sharoushi-083", sender=S_MUTO, to=[C_ASAHI],
    subject="最低賃金改定に伴う時給の確認のお願い",
    body=f"""矢作様

お世話になっております。日の出産業の武藤です。
地域別最低賃金の改定が近づいてまいりましたので、御社の事業所がある都道府県の改定額をまとめました。

{columns(_mw)}

現在の時給がこれを下回るパートの方が何名かいらっしゃるため、
発効日以降の時給をご指示いただけますでしょうか（対象者の一覧はポータルに掲載しています）。

{sig("muto")}
""",
    expect="pass", entities=[], detectors=[],
    note="minimum-wage table by prefecture in padded columns: not people; the affected staff list stays on the portal")

_p = people(6, born=(1965, 2002))
_rows = [["社員コード", "銀行", "支店", "種目", "口座番号", "振込額"]]
for p in _p:
    _rows.append([f"MS{p['empno']}", p["bank"], p["branch"], "普通", p["acct"], str(p["wage"] - 52000)])
add(id="sharoushi-084", sender=S_MUTO, to=[C_MINATO],
    subject="振込口座の変更反映（11月分）",
    body=f"""漆原様

お世話になっております。日の出産業の武藤です。
11月分給与から振込口座が変更になる方の反映後データをCSVでお送りします。
社員コードで照合のうえ、変更届の内容と相違がないかご確認ください。

{sig("muto")}
""",
    attachments=[{"kind": "csv", "name": "koza_henko_202511.csv", "rows": _rows, "encoding": "utf-8"}],
    expect="stop", entities=["JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="CSV of 6 employees' bank accounts and pay keyed only by employee code: a list of people without a name column")

_p = people(5, born=(1965, 1995))
_depts = ["製造部 課長", "製造部 係長", "物流課 主任", "総務部 課長", "営業部 部長"]
add(id="sharoushi-085", sender=S_OMIYA, to=[SR_NEGI],
    subject="管理職向けハラスメント研修の受講者について",
    body=f"""根岸先生

お世話になっております。日の出産業の大宮です。
12月9日に講師をお願いしている吉田精機様の管理職向けハラスメント防止研修の受講者です。
事前課題の配付先としてお使いください。

""" + "\n".join(f"　{p['name']}（{d}）" for p, d in zip(_p, _depts)) + f"""

当日はこのほかに人事担当の方が1名オブザーバーで参加されます。

{sig("omiya")}
""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="5 names with department and title only (no contact or identifier): whether that is a list of people's records is debatable")

_p = people(4, born=(1995, 2003))
add(id="sharoushi-086", sender=S_KUWA, to=[SR_DESK], charset="iso-2022-jp",
    subject="入社予定者（4名）の事前連絡",
    body=f"""やまぶき社会保険労務士法人
手続き窓口ご担当者様

お世話になっております。日の出産業の桑原です。
錦印刷様で12月に4名の入社が予定されていますので、事前にお知らせします。
正式な取得届の依頼は入社後にお送りします。

""" + "\n".join(f"　{p['name']}／{wareki(p['dob'])}生／12月{rng.choice([1, 1, 15])}日入社／{rng.choice(['正社員', 'パート'])}" for p in _p) + f"""

{sig("kuwabara")}
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="four people's names and DOB: under the five-person threshold (may warn)")

_p = people(6, born=(1968, 2002))
_csv = [["氏名", "生年月日", "住所", "電話"]] + [[p["name"], seireki(p["dob"], "slash"), p["addr"], p["mobile"]] for p in _p[4:]]
add(id="sharoushi-087", sender=S_OMIYA, to=[SR_MATSU],
    subject="たんぽぽ会様 10月入職者",
    body=f"""松浦様

お世話になっております。大宮です。
たんぽぽ会様の10月入職者です。常勤の4名は以下のとおりです。

""" + "\n".join(f"{p['name']}　{seireki(p['dob'], 'slash')}　{p['addr']}　{p['mobile']}" for p in _p[:4]) + f"""

非常勤の2名は事業所から別ファイルでいただいたので、そのまま添付します。
合計6名の資格取得をお願いいたします。

{sig("omiya")}
""",
    attachments=[{"kind": "csv", "name": "hijokin_2mei.csv", "rows": _csv, "encoding": "cp932"}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="4 people in the body plus 2 in the attached CSV: six people's records in one mail")

_p = people(2, born=(1980, 1999))
add(id="sharoushi-088", sender=S_MUTO, to=["ツバサシステム サポート <support@tsubasa-systern.jp>"],
    subject="【問合せ】給与システム 住民税インポートでエラー",
    body=f"""ツバサシステム株式会社
サポートセンター ご担当者様

いつもお世話になっております。日の出産業の武藤です。
住民税の特別徴収税額をインポートする際に、次のエラーが発生します。

　エラーコード：E-4127「生年月日の形式が不正です」

エラーになる2名分の行を貼り付けます。

　{_p[0]['empno']},{_p[0]['name']},{wareki(_p[0]['dob'], 'short')},{_p[0]['addr']},12300
　{_p[1]['empno']},{_p[1]['name']},{wareki(_p[1]['dob'], 'short')},{_p[1]['addr']},8700

和暦の略記に対応していないのでしょうか。ご確認をお願いいたします。

{sig("muto")}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="tsubasa-systern.jp ('rn' for 'm') is a look-alike of the partner tsubasa-system.jp")

add(id="sharoushi-089", sender=S_MUTO, to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="Re: 【問合せ】給与システム 住民税インポートでエラー",
    body=f"""ツバサシステム サポートセンター
ご担当者様

ご回答ありがとうございました。日の出産業の武藤です。
ご案内いただいた手順（インポート設定で日付形式を「和暦略記」に変更）で、
社員コード E0412 と E0977 の2件も正常に取り込めました。

なお、バージョン 8.2.1 では設定画面の項目名が「日付書式」になっていましたので、
FAQの記載の更新をご検討いただけますと幸いです。

本件はクローズで結構です。

{sig("muto")}

> 日の出産業 武藤様
> インポート設定の日付形式を「和暦略記」に変更してください。
> ツバサシステム サポートセンター
""",
    expect="pass", entities=[], detectors=[],
    note="support follow-up to the correct partner domain; employee codes and a version number, no personal data")

add(id="sharoushi-090", sender=S_KUWA, to=[C_AOBA, C_NISHI, C_SAKURA],
    subject="【ご案内】労働保険 年度更新の電子申請について",
    body=f"""青葉運輸株式会社 青柳様
錦印刷株式会社 錦織様
株式会社さくらホテル 桜井様

いつもお世話になっております。日の出産業の桑原です。
労働保険の年度更新を当社で電子申請させていただいている皆様にご連絡です。

今年度の申告書は6月上旬に各社様に届きます。届きましたら、
封筒のまま当社へ転送いただくか、表紙の写真をポータルにアップロードしてください。
確定保険料の算定基礎となる賃金集計は、給与データから当社で作成いたします。

申告・納付期限は7月10日です。

{sig("kuwabara")}
""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three client companies (all known partners) in To can see each other: should have been Bcc")

add(id="sharoushi-091", sender=S_KUWA, to=[C_IZUMI],
    cc=["平岡 修 <hiraoka.osamu@hinode-sangyo.co.jp>", "大宮 里奈 <omiya.rina@hrs.hinode-sangyo.co.jp>",
        "社会保険チーム <shaho-team@hinode-sangyo.co.jp>"],
    subject="担当者変更のご挨拶",
    body=f"""泉ロジスティクス株式会社
人事課 寺内様

いつもお世話になっております。日の出産業の桑原です。

12月1日より、御社の社会保険手続きの担当を大宮（cc）に引き継ぐことになりました。
私も引き続きチームでフォローいたしますので、今後ともよろしくお願いいたします。

大宮の連絡先は以下のとおりです。
　大宮 里奈　TEL 03-5201-4473　omiya.rina@hrs.hinode-sangyo.co.jp

{sig("kuwabara")}
""",
    expect="pass", entities=[], detectors=[],
    note="one external client plus internal colleagues in Cc; only business contacts of staff")

add(id="sharoushi-092", sender=S_HIRA, to=[SR_NEGI],
    subject="希望退職募集の進め方についてご相談",
    body=f"""根岸先生

お世話になっております。平岡です。
顧客の港水産様から、加工工場の縮小に伴う希望退職の募集について相談を受けております。
募集要項の案をWordでお送りしますので、手続き面（離職理由の扱い、再就職援助計画の要否など）について
ご意見をいただけますでしょうか。

{sig("hiraoka")}
""",
    attachments=[{"kind": "docx", "name": "希望退職募集要項（案）.docx", "page_header": "極秘",
                  "title": "希望退職募集要項（案）",
                  "paragraphs": ["希望退職者募集要項（案）", "1. 募集人員：加工部門 30名程度",
                                 "2. 対象者：満45歳以上かつ勤続10年以上の正社員", "3. 募集期間：2026年1月13日～1月30日",
                                 "4. 退職日：2026年3月31日", "5. 優遇措置：会社都合退職金に加え、基本給の12か月分を特別加算",
                                 "6. 再就職支援：再就職支援会社のサービスを会社負担で提供"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached DOCX carries a 極秘 page header: a classified document leaves the company")

add(id="sharoushi-093", sender=S_OMIYA, to=[C_KOBA],
    subject="Re: 就業規則のひな形について",
    body=f"""小林様

お世話になっております。日の出産業の大宮です。

お問い合わせの就業規則ですが、当社が他のお客様向けに作成したものは
各社様の社外秘資料にあたるため、そのままお送りすることはできません。申し訳ございません。

代わりに、厚生労働省のモデル就業規則をもとに、建設業向けに当社で調整したひな形を
来週お持ちします。御社の実態（現場直行直帰、雨天時の休業など）に合わせて一緒に修正していきましょう。

{sig("omiya")}

> 大宮さん
> 他の会社さんの就業規則を参考に見せてもらうことはできますか。
> 小林
""",
    expect="pass", entities=[], detectors=[],
    note="the word 社外秘 is only mentioned (why something cannot be sent); no marking, no data")

add(id="sharoushi-094", sender=S_KUWA, to=[C_MARU],
    subject="算定基礎届 控えの送付",
    body=f"""岩瀬様

お世話になっております。日の出産業の桑原です。
算定基礎届の電子申請が完了しましたので、控え（PDF）をお送りします。
決定通知書は届き次第お送りいたします。

{sig("kuwabara")}
""",
    attachments=[{"kind": "corrupt", "name": "算定基礎届控え_丸山製菓_2025.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected")

_sched = [["お客様", "締め日", "支給日", "12月の変更点", "当社担当"],
          ["丸山製菓株式会社", "20日", "25日", "12/24支給（前倒し）", "武藤"],
          ["泉ロジスティクス株式会社", "末日", "翌月15日", "変更なし", "大宮"],
          ["北国フーズ株式会社", "15日", "25日", "賞与 12/10", "武藤"],
          ["株式会社さくらホテル", "末日", "翌月10日", "1/9支給（前倒し）", "三浦"],
          ["錦印刷株式会社", "20日", "末日", "12/26支給（前倒し）", "綾瀬"],
          ["港水産株式会社", "15日", "20日", "変更なし", "武藤"]]
add(id="sharoushi-095", sender=S_MUTO, to=[SR_DESK],
    subject="年末年始の給与支給スケジュール（手続きのご参考）",
    body=f"""やまぶき社会保険労務士法人
手続き窓口ご担当者様

年末年始の各社の給与支給スケジュールです。HTML版の表もご参照ください。

{columns(_sched)}

日の出産業 武藤
""",
    html=f"""<html><body>
<p>やまぶき社会保険労務士法人<br>手続き窓口ご担当者様</p>
<p>年末年始の各社の給与支給スケジュールです。月額変更届・資格取得の時期の目安としてご利用ください。</p>
{html_table(_sched)}
<p>日の出産業 武藤</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="table of client companies' pay days (text + HTML): a list of businesses, not people")

add(id="sharoushi-096", sender=S_KUWA, to=[C_TANPO],
    subject="FW: 【やまぶき通信】2025年12月号 ～年末年始の労務トピック～",
    body=f"""堀之内事務長様

お世話になっております。日の出産業の桑原です。
提携先のやまぶき社会保険労務士法人のニュースレターが届きましたので、ご参考までに転送いたします。
介護職員等処遇改善加算の記事は御法人にも関係がありそうです。

----- Forwarded Message -----
From: やまぶき社会保険労務士法人 <news@sr-yamabuki.jp>
Subject: 【やまぶき通信】2025年12月号 ～年末年始の労務トピック～

━━━━━━━━━━━━━━━━
やまぶき通信　2025年12月号
━━━━━━━━━━━━━━━━
1. 年末年始休暇と有給休暇の計画的付与
2. 介護職員等処遇改善加算：賃金改善の実績報告の注意点
3. 2026年の法改正カレンダー（子ども・子育て支援金の徴収開始ほか）
4. Q&A：忘年会の帰りのけがは通勤災害になる？

配信停止はこちら：https://www.sr-yamabuki.jp/news/stop
やまぶき社会保険労務士法人　TEL 03-6912-0450
""",
    expect="pass", entities=[], detectors=[],
    note="forward of a newsletter: new text to its recipient but without personal data")

add(id="sharoushi-097", sender=S_AYASE, to=[C_ASAHI, C_MINATO], cc=["nakasone.mizuki77@gmail.com"],
    subject="出向者の社会保険の取扱いについて",
    body=f"""あさひクリーンサービス株式会社 矢作様
港水産株式会社 漆原様
（cc：仲宗根様）

お世話になっております。日の出産業の綾瀬です。

12月1日から、仲宗根様があさひクリーンサービス様から港水産様へ在籍出向される件について、
社会保険の取扱いを整理しました。

・給与は出向元（あさひクリーンサービス様）から全額支給 → 社会保険は出向元で継続
・労災保険は、指揮命令を行う出向先（港水産様）の保険関係で適用
・雇用保険は、主たる賃金を支払う出向元で継続

ご本人にもご確認いただけるよう、ご本人の個人アドレスをccに入れております。

{sig("ayase")}
""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two client companies and a private person (free mail) in To/Cc: three external parties can see each other")

_p = person("F", born=(1970, 1980))
add(id="sharoushi-098", sender=S_KUWA, to=[SR_MATSU],
    subject="介護休業給付の件（錦印刷様）",
    body=f"""松浦様

お世話になっております。日の出産業の桑原です。
錦印刷様の{_p['name']}さんが、来月から介護休業を取得されます。

お母様（同居はしていない）が認知症で要介護2の認定を受けられ、
施設入所までの期間、通算60日程度の休業をご希望です。
介護休業給付金の支給申請と、休業中の社会保険料の取扱い（免除はない旨）について、
ご本人への説明資料をご準備いただけますでしょうか。

{sig("kuwabara")}
""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="the unnamed mother of a named employee has dementia: sensitive, but whose and how identifiable is debatable")

_p = people(7, born=(1962, 2001))
_ins = [["健康保険 被保険者台帳（錦印刷株式会社）", "", "", "", ""], ["出力日：2025/10/31", "", "", "", ""],
        ["氏名", "生年月日", "被保険者証 記号", "番号", "基礎年金番号"]]
_kg = f"{rng.randint(10000000, 99999999)}"
for p in _p:
    _ins.append([p["name"], seireki(p["dob"], "slash"), _kg, p["hoken_no"], p["pension"]])
_fam = [["被扶養者", "", "", ""], ["被保険者番号", "被扶養者氏名", "続柄", "生年月日"]]
for p in _p[:4]:
    c = fam(p, born=(2005, 2022))
    _fam.append([p["hoken_no"], c["name"], "子", seireki(c["dob"], "slash")])
add(id="sharoushi-099", sender=S_AYASE, to=[C_NISHI],
    subject="被保険者台帳（10月末時点）のご送付",
    body=f"""錦織様

お世話になっております。日の出産業の綾瀬です。
監査対応用にご依頼のあった、10月末時点の被保険者台帳をお送りします。
シート「被保険者」「被扶養者」の2枚です。

{sig("ayase")}
""",
    attachments=[{"kind": "xlsx", "name": "被保険者台帳_錦印刷_202510.xlsx",
                  "sheets": {"被保険者": _ins, "被扶養者": _fam}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="XLSX register (title rows, two sheets) of 7 insured persons with health-insurance and pension numbers, to a client")

_p = person("M", born=(1982, 1990))
add(id="sharoushi-100", sender=S_SHIMA, to=["mark.holloway.tokyo@gmail.com"],
    subject="Your new address for the year-end tax adjustment",
    body=f"""Dear Mr. Holloway,

This is Kate Shimada from Hinode Sangyo, handling payroll for Meridian Tokyo.
Thank you for letting us know that you have moved. Before we update the year-end
adjustment, could you check that we have your new address right?

  {_p['postal']} {_p['addr']}
  (moved in on 1 November 2025)

Your residence tax for next year will be assessed by the city where you lived on 1 January
2026, so the new city will send the notice to Meridian Tokyo in May.

If anything is wrong, just reply to this e-mail.

Best regards,
Kate

{sig("shimada")}
""",
    expect="pass", entities=["JP_ADDRESS"], detectors=["freemail_recipient", "personal_data"],
    note="one employee's own new address sent to his own free-mail address: one person, one free-mail recipient")

MESSAGES = M
