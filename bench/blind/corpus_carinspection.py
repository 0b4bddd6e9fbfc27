"""Blind corpus, area "carinspection": 日の出産業株式会社 オートサービス事業部 (日の出オート).

It covers the shops' car inspection (車検), maintenance (整備) and body repair (板金) work:
customers' vehicles and 車検証 data, inspection reminder (DM) lists, accident insurance
claims with insurers and the other party, loaner cars (代車) and drivers' licences, parts
suppliers, fleet customers' vehicle lists with their assigned drivers, recall notices, and
payment by card or auto loan.

Every person, telephone number, address, licence, policy/claim number, vehicle, company
and domain (other than the organisation and partner domains set by BRIEF.md) is invented.
Check-digit-valid numbers come from build.py: my_number() and card_number() are called
with seeds starting at 6101 (6101, 6102, … in order of use, one counter for both).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

SEED = 6101
_next = [SEED]


def _seed() -> int:
    s = _next[0]
    _next[0] += 1
    return s


def mynum() -> str:
    return my_number(_seed())


def card() -> str:
    return card_number(_seed())


R = random.Random(SEED)

# -- invented people -------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("後藤", "ゴトウ", "Goto"), ("岡田", "オカダ", "Okada"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"),
    ("三浦", "ミウラ", "Miura"), ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"),
    ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("今井", "イマイ", "Imai"), ("杉山", "スギヤマ", "Sugiyama"),
    ("丸山", "マルヤマ", "Maruyama"), ("野口", "ノグチ", "Noguchi"), ("菅原", "スガワラ", "Sugawara"),
    ("四十物", "アイモノ", "Aimono"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("東海林", "ショウジ", "Shoji"),
    ("百目鬼", "ドウメキ", "Domeki"), ("栗花落", "ツユリ", "Tsuyuri"), ("九十九", "ツクモ", "Tsukumo"),
    ("一口", "イモアライ", "Imoarai"), ("御手洗", "ミタライ", "Mitarai"), ("薬袋", "ミナイ", "Minai"),
    ("五月女", "ソウトメ", "Sotome"), ("釜萢", "カマヤチ", "Kamayachi"), ("鬼頭", "キトウ", "Kito"),
    ("十河", "ソゴウ", "Sogo"), ("纐纈", "コウケツ", "Koketsu"), ("左右田", "ソウダ", "Soda"),
]
GIVEN = [
    ("健一", "ケンイチ", "Kenichi"), ("美咲", "ミサキ", "Misaki"), ("大輔", "ダイスケ", "Daisuke"),
    ("陽子", "ヨウコ", "Yoko"), ("翔", "ショウ", "Sho"), ("由美", "ユミ", "Yumi"),
    ("誠", "マコト", "Makoto"), ("恵子", "ケイコ", "Keiko"), ("拓也", "タクヤ", "Takuya"),
    ("さくら", "サクラ", "Sakura"), ("浩", "ヒロシ", "Hiroshi"), ("真由美", "マユミ", "Mayumi"),
    ("直人", "ナオト", "Naoto"), ("智子", "トモコ", "Tomoko"), ("隆", "タカシ", "Takashi"),
    ("彩", "アヤ", "Aya"), ("和也", "カズヤ", "Kazuya"), ("千尋", "チヒロ", "Chihiro"),
    ("勝", "マサル", "Masaru"), ("里美", "サトミ", "Satomi"), ("亮介", "リョウスケ", "Ryosuke"),
    ("典子", "ノリコ", "Noriko"), ("修", "オサム", "Osamu"), ("麻衣", "マイ", "Mai"),
    ("正樹", "マサキ", "Masaki"), ("ひとみ", "ヒトミ", "Hitomi"), ("剛", "ツヨシ", "Tsuyoshi"),
    ("奈々", "ナナ", "Nana"), ("悠斗", "ユウト", "Yuto"), ("久美子", "クミコ", "Kumiko"),
    ("義男", "ヨシオ", "Yoshio"), ("文子", "フミコ", "Fumiko"), ("蓮", "レン", "Ren"),
]
AREAS = [
    ("神奈川県", "相模原市中央区", ["相生", "清新", "淵野辺", "共和", "東淵野辺"], "252-02"),
    ("神奈川県", "相模原市南区", ["相模大野", "上鶴間本町", "東林間", "麻溝台"], "252-03"),
    ("神奈川県", "相模原市緑区", ["橋本", "大島", "二本松"], "252-01"),
    ("東京都", "町田市", ["原町田", "中町", "森野", "鶴間", "成瀬が丘", "金森"], "194-00"),
    ("神奈川県", "厚木市", ["中町", "旭町", "妻田北", "愛甲東", "温水"], "243-00"),
    ("神奈川県", "座間市", ["相模が丘", "入谷西", "栗原中央"], "252-00"),
    ("神奈川県", "大和市", ["中央林間", "南林間", "鶴間"], "242-00"),
    ("神奈川県", "海老名市", ["中央", "国分南", "杉久保北"], "243-04"),
    ("東京都", "八王子市", ["子安町", "元本郷町", "北野台", "長房町"], "192-00"),
]
BUILDINGS = ["", "", "", " コーポ松風203", " グランメゾン淵野辺501", " ハイツさつき102",
             " レジデンス相模大野1105", " 第二ひかり荘2F", " サンライズ南林間305"]
CARS = [
    ("トヨタ", "プリウス", "ZVW50", False), ("トヨタ", "アクア", "NHP10", False),
    ("ホンダ", "N-BOX", "JF3", True), ("ホンダ", "フリード", "GB5", False),
    ("スズキ", "ハスラー", "MR52S", True), ("スズキ", "ワゴンR", "MH55S", True),
    ("ダイハツ", "タント", "LA650S", True), ("日産", "セレナ", "GC27", False),
    ("日産", "ノート", "E12", False), ("マツダ", "CX-5", "KF2P", False),
    ("スバル", "フォレスター", "SK9", False), ("トヨタ", "ヴォクシー", "ZRR80W", False),
    ("三菱", "eKワゴン", "B11W", True), ("トヨタ", "シエンタ", "NSP170G", False),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
KANA_PLATE = "あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろ"


def mobile() -> str:
    return f"0{R.choice('987')}0-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"


def landline() -> str:
    return R.choice([f"042-7{R.randint(10, 99)}-{R.randint(1000, 9999)}",
                     f"046-2{R.randint(10, 99)}-{R.randint(1000, 9999)}",
                     f"042-6{R.randint(10, 99)}-{R.randint(1000, 9999)}"])


def plate(kei: bool) -> str:
    region = R.choice(["相模", "相模", "多摩", "八王子", "湘南", "横浜"])
    cls = R.choice(["580", "581", "583"]) if kei else R.choice(["300", "330", "301", "500", "530"])
    return f"{region} {cls} {R.choice(KANA_PLATE)} {R.randint(1, 99):>2}-{R.randint(0, 99):02d}"


def licence() -> str:
    code = R.choice(["45", "45", "45", "30", "30", "46"])
    return (f"{code}{R.randint(0, 99):02d}{R.randint(0, 999999):06d}"
            f"{R.randint(0, 9)}{R.choice('0001')}")


def person(birth_from: int = 1950, birth_to: int = 2003) -> dict:
    s = R.choice(SURNAMES)
    g = R.choice(GIVEN)
    pref, city, towns, zp = R.choice(AREAS)
    town = R.choice(towns)
    dob = date(R.randint(birth_from, birth_to), R.randint(1, 12), R.randint(1, 28))
    maker, model, vinp, kei = R.choice(CARS)
    user = f"{g[2].lower()}.{s[2].lower()}{R.randint(1, 99)}"
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name2": f"{s[0]}{g[0]}",
        "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2].upper()}",
        "zip": f"{zp}{R.randint(10, 99)}",
        "pref": pref, "addr": f"{pref}{city}{town}{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)}"
                                f"{R.choice(BUILDINGS)}",
        "tel": mobile(), "home": landline(), "dob": dob,
        "email": f"{user}@{R.choice(FREEMAIL)}",
        "car": f"{maker} {model}", "model": model, "kei": kei, "plate": plate(kei),
        "vin": f"{vinp}-{R.randint(100000, 9999999)}",
        "expiry": date(2026, 10, 1) + timedelta(days=R.randint(0, 170)),
        "lic": licence(),
        "lic_exp": date(R.randint(2026, 2030), R.randint(1, 12), R.randint(1, 28)),
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


FW = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def fw(s: str) -> str:
    return str(s).translate(FW)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        kan, ab, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        kan, ab, y = "平成", "H", d.year - 1988
    else:
        kan, ab, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{kan}{y if y > 1 else '元'}年{d.month}月{d.day}日"
    if style == "short":
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == "fwshort":
        return fw(f"{ab}{y}.{d.month}.{d.day}").replace(ab, chr(ord(ab) + 0xFEE0))
    return f"{kan}{y}/{d.month:02d}/{d.day:02d}"


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def jdate(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def corp_number(base12: str) -> str:
    """法人番号: check digit = 9 - (Σ Pn×Qn mod 9), Qn 1 for odd n, 2 for even n."""
    digits = [int(c) for c in base12]
    total = sum(digits[12 - n] * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def ptable(rows: list[list], sep: str = "  ", rule: str = "-") -> str:
    ws = [max(dw(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = [sep.join(str(c) + " " * (ws[i] - dw(str(c))) for i, c in enumerate(r)).rstrip()
             for r in rows]
    lines.insert(1, rule * (max(dw(x) for x in lines) // dw(rule)))
    return "\n".join(lines)


# -- the shops and their staff (signatures are the sender's own business contacts) --------

DOM = "hinode-sangyo.co.jp"
STAFF = {
    "kagami": ("加賀美 沙織", "kagami"), "gomi": ("五味 拓郎", "t-gomi"),
    "owada": ("大和田 恵", "owada.megumi"), "hiwatashi": ("樋渡 修", "hiwatashi"),
    "makabe": ("真壁 由紀子", "makabe"), "osone": ("大曽根 浩二", "osone.k"),
    "sasamori": ("笹森 亮", "sasamori"), "shishido": ("宍戸 美穂", "shishido"),
    "higa": ("比嘉 翔太", "higa.s"), "yanase": ("柳瀬 智", "yanase"),
    "otobe": ("乙部 直樹", "otobe"), "kuze": ("久世 亜希子", "kuze"),
}


def frm(k: str) -> str:
    name, user = STAFF[k]
    return f"{name} <{user}@{DOM}>"


def addr(k: str) -> str:
    return f"{STAFF[k][1]}@{DOM}"


SIG = {
    "kagami": """--
日の出オートサービス 相模原店　フロント
加賀美 沙織（かがみ さおり）
〒252-0231 神奈川県相模原市中央区相模原8-3-21
TEL 042-750-3811 / FAX 042-750-3812
kagami@hinode-sangyo.co.jp""",
    "gomi": """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 オートサービス事業部
板金塗装課　五味 拓郎
TEL：042-750-3815（直通）
━━━━━━━━━━━━━━━━━━━━""",
    "owada": """------------------------------------------
日の出産業株式会社
オートサービス事業部　保険・事故受付担当
大和田 恵 (Owada Megumi)
〒252-0303 神奈川県相模原市南区相模大野6-2-10
Tel: 042-749-1103  Fax: 042-749-1199
------------------------------------------""",
    "hiwatashi": """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　法人営業グループ
樋渡 修　Osamu Hiwatashi
本社 042-749-1100（代表）　携帯 080-3391-4420
hiwatashi@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊""",
    "makabe": """総務部　真壁
内線 2103""",
    "osone": """日の出オートサービス 町田店
店長　大曽根 浩二
〒194-0022 東京都町田市森野5-17-2　TEL 042-720-6650""",
    "sasamori": """――――――――――――――
日の出オート 相模原店 整備課
自動車検査員　笹森 亮
TEL 042-750-3811
――――――――――――――""",
    "shishido": """経理課　宍戸 美穂
日の出産業株式会社（本社 2F）
TEL 042-749-1100 内線 2210""",
    "higa": """////////////////////////////////
日の出オートサービス 厚木店
サービスアドバイザー　比嘉 翔太
〒243-0021 神奈川県厚木市岡田3-9-14
TEL 046-220-7781
////////////////////////////////""",
    "yanase": """情報システム課 柳瀬 智 (ext. 2301)""",
    "otobe": """-- 
日の出産業（株）オートサービス事業部 部品課
乙部 直樹　TEL 042-750-3817 / FAX 042-750-3818""",
    "kuze": """日の出産業株式会社 オートサービス事業部
企画管理課　久世 亜希子
TEL 042-749-1120""",
}
EN_SIG = {
    "otobe": """Naoki Otobe
Parts Section, Auto Service Division
Hinode Sangyo Co., Ltd.
6-2-10 Sagami-Ono, Minami-ku, Sagamihara, Kanagawa 252-0303, Japan
Tel +81-42-750-3817""",
    "hiwatashi": """Osamu Hiwatashi
Corporate Sales, Hinode Sangyo Co., Ltd.
Tel +81-42-749-1100""",
}
DISCLAIMER_JP = """※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""
DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **kw) -> None:
    msg = {"id": f"carinspection-{len(MESSAGES) + 1:03d}", "expect": expect,
           "entities": entities, "detectors": detectors, "note": note,
           "cc": [], "bcc": []}
    msg.update(kw)
    MESSAGES.append(msg)

# =====================================================================================
# 001–025
# =====================================================================================

# 001 — DM宛名データ (CSV) to the partner printer: a list of customers
_dm = people(46)
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "46 customers' names, addresses and phones (車検案内DM宛名) in a CSV to the external printer",
    charset="iso-2022-jp", sender=frm("kuze"),
    to=["錦印刷 営業部 村瀬様 <murase@nishiki-insatsu.co.jp>"],
    subject="【日の出オート】11月満了分 車検案内ハガキ 宛名データ送付の件",
    body=f"""錦印刷株式会社
営業部 村瀬様

いつもお世話になっております。日の出産業の久世です。

11月に車検満了を迎えるお客様向けの案内ハガキ（圧着タイプ、A4三つ折り）の
宛名データを添付にてお送りいたします。
件数は46件です。デザインは先月と同じ「秋の早期予約割」版でお願いします。

・発送予定日：10月3日（金）
・差出人表示：日の出オートサービス 相模原店／町田店（店舗コード列で振り分け）
・納品：直接郵便局へ差出し

ご不明点がございましたらご連絡ください。
よろしくお願いいたします。

{SIG['kuze']}
""",
    attachments=[{"kind": "csv", "name": "DM宛名_2026年11月満了.csv",
                  "rows": [["店舗", "顧客No", "氏名", "フリガナ", "郵便番号", "住所", "電話番号",
                            "車名", "登録番号", "車検満了日"]] +
                  [[R.choice(["相模原", "町田"]), f"C{R.randint(100000, 199999)}", p["name"],
                    p["kana"], p["zip"], p["addr"], R.choice([p["tel"], p["home"]]), p["car"],
                    p["plate"], ymd(date(2026, 11, R.randint(1, 30)))] for p in _dm]}])

# 002 — 車検見積 to a private customer on free mail
add("pass", [], ["freemail_recipient"],
    "an estimate for one customer's own car, sent to that customer's free-mail address",
    charset="cp932", sender=frm("kagami"), to=["hisako.noguchi22@yahoo.co.jp"],
    subject="車検お見積りの件（ノア 相模 300 ね 41-07）",
    body=f"""野口様

いつもご利用いただきありがとうございます。
日の出オートサービス相模原店の加賀美でございます。

先日お預かりした際の点検結果をもとに、車検のお見積りを作成いたしました。

【法定費用】
　自動車重量税（24か月）　　　 24,600円
　自賠責保険料（24か月）　　　 17,650円
　印紙代　　　　　　　　　　　　1,800円
【整備費用】
　車検基本料（24か月点検含む）　28,600円
　エンジンオイル・エレメント交換　6,380円
　ブレーキフルード交換　　　　　4,400円
　フロントブレーキパッド交換　 16,940円（部品・工賃込）
------------------------------------------
　合計（税込）　　　　　　　　 100,370円

ブレーキパッドは残り3mmほどで、次回の車検までは持たない見込みです。
ご予算の都合があれば、パッドは今回見送ることも可能ですのでお申し付けください。

ご入庫日は10月18日（土）9:30でご予約を承っております。
代車（軽自動車）もご用意しております。

{SIG['kagami']}
""")

# 003 — 代車手配: a customer's driving licence number to the rental partner
_p = person(1958, 1975)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    ["personal_data"],
    "a customer's 運転免許証 number (with DOB and address) sent to an external rental company",
    charset="utf-8", sender=frm("higa"), to=["厚木営業所 <atsugi@kaze-rentacar.co.jp>"],
    subject="代車（レンタカー）手配のお願い　10/21〜",
    body=f"""風レンタカー 厚木営業所 御中

お世話になります。日の出オート厚木店の比嘉です。
板金修理で長期のお預かりとなるお客様の代車として、下記にてレンタカーの手配をお願いします。
費用は弊社の保険修理（対物）で精算予定です。

■ご利用者
　氏名　　　：{_p['name']}（{_p['kana']}）
　生年月日　：{wareki(_p['dob'])}
　住所　　　：〒{_p['zip']} {_p['addr']}
　携帯　　　：{fw(_p['tel'])}
　免許証番号：第{fw(_p['lic'])}号（{_p['lic_exp'].year}年{_p['lic_exp'].month}月{_p['lic_exp'].day}日まで有効）

■車両クラス　Sクラス（コンパクト）・禁煙
■期間　　　　10月21日（火）〜11月7日（金）予定
■受渡し　　　厚木店にて

免許証のコピーは当日お客様にお持ちいただきます。
よろしくお願いいたします。

{SIG['higa']}
""")

# 004 — parts order to a supplier
add("pass", [], [],
    "a parts order with part numbers and an order number: ordinary supplier mail",
    charset="iso-2022-jp", sender=frm("otobe"), to=["受注センター <juchu@daiichi-buhin.co.jp>"],
    subject="注文書送付 PO-2026-10-0418",
    body=f"""第一部品商会 受注センター 御中

いつもお世話になっております。
下記のとおり発注いたします。納期のご回答をお願いいたします。

発注番号：PO-2026-10-0418
納品先　：日の出オートサービス 相模原店（部品庫）

{ptable([["No", "品番", "品名", "数量", "単価"],
         ["1", "04465-47070", "フロントブレーキパッド", "2", "8,200"],
         ["2", "90915-YZZE1", "オイルフィルター", "20", "680"],
         ["3", "87139-58010", "エアコンフィルター", "10", "1,450"],
         ["4", "48510-80A41", "ショックアブソーバー(F)", "2", "12,300"],
         ["5", "V9118-C012", "ワイパーゴム 600mm", "15", "390"]])}

※No.4 はバックオーダーの場合、入荷予定日をお知らせください。

{SIG['otobe']}
""")

# 005 — accident claim: the other party's injury (diagnosis) to the insurer
_ins = person(1970, 1990)
_oth = person(1985, 2000)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "the other party's diagnosis (頸椎捻挫, 通院) tied to a named person, sent to the insurer",
    charset="cp932", sender=frm("owada"), to=["ときわ損保 相模原サービスセンター 宮内様 <miyauchi.k@tokiwa-sonpo.co.jp>"],
    subject="Re: 事故受付 No.TK-26-118842 の件（追加情報）",
    body=f"""ときわ損害保険株式会社
相模原サービスセンター　宮内様

お世話になっております。日の出産業 保険・事故受付の大和田です。
先ほどお電話でお伝えした内容を、念のため書面でもお送りします。

■ご契約者（当社顧客）
　{_ins['name']} 様　携帯 {_ins['tel']}
　お車：{_ins['car']}（{_ins['plate']}）　リア・バックドア損傷、当社相模原店に入庫済み

■相手方
　{_oth['name']} 様（{_oth['kana']}）　連絡先 {_oth['tel']}
　事故翌日に市内の整形外科を受診され、「頸椎捻挫（むちうち）、全治2週間」との
　診断を受けたとのことです。現在週3回リハビリに通院中と伺っています。
　人身の扱いにするかどうかは、まだ決めかねているそうです。

修理見積は本日中にアジャスター様宛にお送りします。
引き続きよろしくお願いいたします。

{SIG['owada']}
""")

# 006 — recall notice with all customers visible in To
_rc = people(7)
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "a recall notice addressed to seven private customers in To: everyone sees everyone's address",
    charset="iso-2022-jp", sender=frm("sasamori"),
    to=[p["email"] for p in _rc],
    subject="【重要】リコール（無償修理）のご案内　対象車両をお持ちのお客様へ",
    body=f"""お客様各位

日頃より日の出オートサービスをご利用いただき誠にありがとうございます。

このたびメーカーより、ブレーキマスターシリンダー内部部品の不具合に関する
リコールが届出されました（届出番号 5821）。
当店の記録でお客様のお車が対象となっております。

　対象：2019年〜2021年製造の一部車両
　内容：ブレーキマスターシリンダーの点検・交換（無償）
　作業時間：約1時間30分

ご都合のよい日時を本メールへの返信、またはお電話（042-750-3811）でお知らせください。
作業当日は代車もご用意できます。

{SIG['sasamori']}
""")

# 007 — internal: the same kind of DM list, to a shop manager only
_dm2 = people(22)
add("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], [],
    "a customer list in XLSX, but every recipient is internal",
    charset="utf-8", sender=frm("kuze"), to=[addr("osone"), addr("kagami")],
    cc=["kanri@hinode-sangyo.co.jp"],
    subject="12月満了 DM対象者リスト（町田店分）ご確認ください",
    body="""大曽根店長、加賀美さん

12月満了分のDM対象者を抽出しました。
町田店分22件です。既に他社で車検予約済み・転居済みの方がいれば
「除外」列に○を付けて、金曜までに戻してください。

久世
""",
    attachments=[{"kind": "xlsx", "name": "DM対象_12月満了_町田.xlsx",
                  "sheets": {"対象者": [["12月満了 DM対象者（町田店）", "", "", "", "", ""],
                                        ["氏名", "郵便番号", "住所", "電話", "車名", "除外"]] +
                             [[p["name"], p["zip"], p["addr"], p["home"], p["car"], ""] for p in _dm2]}}])

# 008 — fleet customer: driver sheet with licence numbers back to the fleet customer
_fl = people(9, birth_from=1965, birth_to=1998)
add("stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"], ["personal_data"],
    "nine drivers with 運転免許証 numbers and mobiles in an XLSX to an external fleet customer",
    charset="cp932", sender=frm("hiwatashi"), to=["青葉運輸 車両管理課 片桐様 <katagiri@aoba-unyu.co.jp>"],
    subject="車両・ドライバー台帳（更新版）の送付",
    body=f"""青葉運輸株式会社
車両管理課　片桐様

いつもお世話になっております。日の出産業の樋渡でございます。

先日ご依頼いただいた車両・担当ドライバー台帳を、当社の整備管理システムの
最新データで更新いたしました。
シート「ドライバー」に免許証の有効期限を追記しておりますので、
更新時期が近い方のご確認にお使いください。

{SIG['hiwatashi']}
""",
    attachments=[{"kind": "xlsx", "name": "青葉運輸様_車両ドライバー台帳_202610.xlsx",
                  "title": "車両・ドライバー台帳",
                  "sheets": {
                      "車両": [["青葉運輸株式会社様　車両一覧（2026年10月現在）"], [],
                               ["No", "登録番号", "車名", "車台番号", "車検満了", "担当"]] +
                      [[i + 1, plate(False), R.choice(["いすゞ エルフ", "日野 デュトロ", "トヨタ ハイエース"]),
                        f"NPR85-{R.randint(100000, 999999)}", ymd(p["expiry"]), p["sei"]]
                       for i, p in enumerate(_fl)],
                      "ドライバー": [["氏名", "フリガナ", "携帯", "免許証番号", "免許種類", "有効期限"]] +
                      [[p["name"], p["kana"], p["tel"], p["lic"], R.choice(["中型", "準中型", "大型"]),
                        ymd(p["lic_exp"])] for p in _fl]}}])

# 009 — card payment: a full card number to a payment service
_c = card()
_p = person(1960, 1990)
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a customer's full credit card number and expiry sent to an external payment company",
    charset="utf-8", sender=frm("shishido"), to=["support@paynet-service.jp"],
    subject="手入力決済の代行依頼（端末障害のため）",
    body=f"""ペイネットサービス サポートご担当者様

日の出産業株式会社 経理課の宍戸です。
本日、相模原店の決済端末が通信エラーで使用できず、お客様のカード決済が完了できておりません。
お客様ご了承のうえ、下記内容で手入力決済（1回払い）をお願いできますでしょうか。

加盟店番号：HN-00471-02
カード番号：{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}
有効期限：{R.randint(1, 12):02d}/{R.randint(27, 31)}
カード名義：{_p['ROMAJI']}
金額：138,820円（車検整備代金）

処理が完了しましたら承認番号をご連絡ください。

{SIG['shishido']}
""")

# 010 — two insurers (own and other party's) in To/Cc: a normal three-way mail
add("pass", [], ["multiple_external_domains"],
    "two external organisations (both insurers) in To/Cc about an adjuster visit: normal three-way mail",
    charset="iso-2022-jp", sender=frm("gomi"),
    to=["宮内 様 <miyauchi.k@tokiwa-sonpo.co.jp>"], cc=["アジャスター 須藤様 <sudo.r@hikari-kaijo.co.jp>"],
    subject="立会い日程のご相談（TK-26-118842／HK-2610-3391）",
    body=f"""ときわ損保 宮内様
（CC：ひかり海上火災 須藤様）

お世話になっております。日の出オート板金塗装課の五味です。

お預かり中の車両（バックドア・リアバンパー損傷）について、
分解後に内部骨格（リアフロアパネル）の歪みが確認されました。
追加見積の前に、両社のアジャスター様に現車をご確認いただきたく存じます。

候補日：
　・10月23日（木）10:00〜
　・10月24日（金）14:00〜
　・10月27日（月）終日

場所：日の出オートサービス 相模原店 板金工場（相模原市中央区相模原8-3-21）
ご都合のよい日をお知らせください。

{SIG['gomi']}
""")

# 011 — look-alike of the partner aoba-unyu.co.jp (dropped "co.")
add("stop", [], ["lookalike_domain"],
    "recipient domain aoba-unyu.jp is a look-alike of the partner aoba-unyu.co.jp (dropped co.)",
    charset="cp932", sender=frm("hiwatashi"), to=["片桐様 <katagiri@aoba-unyu.jp>"],
    subject="12月 定期点検（3か月点検）のスケジュール",
    body=f"""青葉運輸 片桐様

お世話になっております。樋渡です。
12月の3か月点検のスケジュール案をお送りします。

12/2(火)　相模 100 か 12-31、相模 100 か 12-32
12/4(木)　相模 130 あ 5-09
12/9(火)　相模 100 か 20-14、相模 400 す 3-88
12/11(木) 予備日

各日とも朝8時に引取り、夕方17時までに納車予定です。
ご都合の悪い日があればお知らせください。

樋渡
""")

# 012 — price list PDF to the partner kawasaki-denki (company cars)
add("pass", [], [],
    "a corporate price list for car inspection: business information only",
    charset="utf-8", sender=frm("hiwatashi"), to=["総務部 車両担当 <soumu-sharyo@kawasaki-denki.co.jp>"],
    subject="2027年度 法人様向け車検・点検料金表のご案内",
    body=f"""川崎電機株式会社
総務部 車両ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
2027年度の法人様向け料金表を添付いたします。
部品価格の改定に伴い、一部の基本料金を見直しております（前年比 平均+3.2%）。

ご不明な点は樋渡までお問い合わせください。

{SIG['hiwatashi']}
""",
    attachments=[{"kind": "pdf", "name": "法人向け料金表_2027.pdf", "title": "法人向け料金表 2027年度",
                  "lines": ["日の出オートサービス　法人様向け車検・点検料金表（2027年4月〜）", "",
                            "※法定費用（重量税・自賠責・印紙代）は別途", ""],
                  "table": [["区分", "車検基本料", "12か月点検", "オイル交換"],
                            ["軽自動車", "19,800", "9,900", "3,300"],
                            ["小型乗用", "24,200", "12,100", "4,400"],
                            ["中型乗用", "28,600", "14,300", "5,500"],
                            ["小型貨物(4ナンバー)", "26,400", "13,200", "4,950"],
                            ["普通貨物(1ナンバー)", "35,200", "17,600", "6,600"]]}])

# 013 — auto loan: the applicant's My Number typed into the mail to the credit company
_p = person(1975, 1995)
_mn = mynum()
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    ["personal_data"],
    "a loan applicant's 個人番号 (copied from the My Number card) sent to an external credit company",
    charset="iso-2022-jp", sender=frm("osone"), to=["審査センター <shinsa@asahi-credit.co.jp>"],
    subject="オートローン審査申込（町田店）追加書類",
    body=f"""朝日クレジット 審査センター 御中

いつもお世話になっております。日の出オートサービス町田店の大曽根です。
昨日お申込みした件（受付番号 AC-7720431）で、本人確認書類の追加をご指示いただきましたので、
お客様の個人番号カードの記載内容をお送りします。

氏名　　　{_p['name']}
生年月日　{jdate(_p['dob'])}
住所　　　{_p['addr']}
電話　　　{_p['tel']}
個人番号　{_mn[:4]} {_mn[4:8]} {_mn[8:]}

カードの写しは明日郵送いたします。
ご確認のほど、よろしくお願い申し上げます。

{SIG['osone']}
""")

# 014 — auto loan: one applicant's details, no identity number
_p = person(1980, 1998)
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "one loan applicant's contact data to the credit company: a single person's record, may warn",
    charset="cp932", sender=frm("kagami"), to=["朝日クレジット 相模原 <sagamihara@asahi-credit.co.jp>"],
    subject="ショッピングローン仮審査のお願い（相模原店）",
    body=f"""朝日クレジット株式会社
相模原営業所 ご担当者様

お世話になっております。日の出オートサービス相模原店の加賀美です。
車検費用の分割払いご希望のお客様について、仮審査をお願いいたします。

お申込者：{_p['name']}（{_p['kana']}）
生年月日：{ymd(_p['dob'])}
ご住所　：{_p['addr']}
ご連絡先：{_p['tel']}
ご勤務先：株式会社さがみ精工（勤続6年）
お支払い：132,440円／24回（ボーナス併用なし）

結果はお電話でも構いません。どうぞよろしくお願いいたします。

{SIG['kagami']}
""")

# 015 — year-end notice to several fleet customers, all in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "four external companies in To see each other's addresses: should have been Bcc",
    charset="utf-8", sender=frm("hiwatashi"),
    to=["片桐様 <katagiri@aoba-unyu.co.jp>", "車両管理 <sharyo@kitaguni-foods.co.jp>",
        "工務部 野間様 <noma@sagami-kensetsu.co.jp>"],
    cc=["運行管理 <unkou@tama-kotsu.co.jp>"],
    subject="年末年始の営業日とお引取りスケジュールのお知らせ",
    body="""法人のお客様各位

平素は格別のご高配を賜り、誠にありがとうございます。
年末年始の営業日についてご案内いたします。

　休業期間：12月29日（月）〜1月4日（日）
　年内最終引取り：12月25日（木）
　年明け初回引取り：1月6日（火）

年末は入庫が大変混み合います。12月満了の車両は、お早めにご予約ください。

日の出産業株式会社　法人営業グループ　樋渡
""")

# 016 — 社外秘-stamped labour rate sheet to a supplier
add("stop", [], ["confidential_marking"],
    "an XLSX stamped 社外秘 in its page header and title row, sent to an external supplier",
    charset="iso-2022-jp", sender=frm("otobe"), to=["営業 坂井様 <sakai@minato-parts.jp>"],
    subject="工賃単価の件（ご参考）",
    body=f"""みなと部品 坂井様

お世話になっております。乙部です。
先日お話のあった、貴社からの部品持込み時の工賃設定について、
当社内の工賃単価表を添付します。こちらをベースにご提案いただけると助かります。

{SIG['otobe']}
""",
    attachments=[{"kind": "xlsx", "name": "工賃単価表_2026下期.xlsx", "page_header": "社外秘",
                  "sheets": {"工賃単価": [["【社外秘】2026年度下期 工賃単価表（原価・粗利率含む）"],
                                          ["作業", "標準時間", "売価", "原価", "粗利率"],
                                          ["オイル交換", "0.3", "1,650", "820", "50%"],
                                          ["ブレーキパッド交換(F)", "1.0", "7,700", "3,900", "49%"],
                                          ["タイミングベルト交換", "3.5", "38,500", "21,000", "45%"],
                                          ["バンパー脱着", "0.8", "6,600", "3,200", "52%"]]}}])

# 017 — NDA discussion with the system vendor
add("pass", [], [],
    "mail about a 秘密保持契約 draft: the word 秘密 is discussed, not stamped on a document",
    charset="cp932", sender=frm("yanase"), to=["営業部 中園様 <nakazono@tsubasa-system.jp>"],
    subject="Re: 秘密保持契約書（案）へのコメント",
    body=f"""ツバサシステム株式会社
中園様

お世話になっております。日の出産業 情報システム課の柳瀬です。
整備管理システム更改に関する秘密保持契約書（案）を法務と確認しました。
コメントは以下の2点です。

1. 第2条（秘密情報の定義）：口頭で開示した情報は、開示後30日以内に書面で
   特定したものに限る、という一文を追加したい。
2. 第8条（有効期間）：契約終了後の存続期間を「3年」から「5年」に変更したい。

修正版をWordの変更履歴付きでお送りいただければ、社内決裁に回します。

> 中園です。先日お送りしたNDA案について、ご確認状況はいかがでしょうか。
> 来月のキックオフ前に締結できればと考えております。

{SIG['yanase']}
""")

# 018 — PPAP: password-protected ZIP of customer data to the system vendor
add("stop", [], ["unscannable_attachment"],
    "an encrypted ZIP (パスワード別送) that cannot be inspected, to an external vendor",
    charset="iso-2022-jp", sender=frm("yanase"), to=["中園様 <nakazono@tsubasa-system.jp>"],
    cc=["データ移行チーム <migration@tsubasa-system.jp>"],
    subject="【データ移行】顧客マスタ抽出ファイル送付",
    body=f"""中園様

お世話になっております。柳瀬です。
新システムへの移行テスト用に、顧客マスタの抽出ファイルを送付します。
ファイルはパスワード付きZIPにしています。パスワードは別メールでお送りします。

{SIG['yanase']}
""",
    attachments=[{"kind": "zip", "name": "customer_master_20261015.zip", "password": "Hn#2026-1015",
                  "files": [{"kind": "csv", "name": "customer_master.csv",
                             "rows": [["顧客No", "氏名", "電話"]] +
                             [[f"C{R.randint(100000, 199999)}", p["name"], p["tel"]] for p in people(12)]}]}])

# 019 — internal: an accident customer's injury discussed between colleagues
_p = person(1950, 1970)
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "health information of a customer, but mail between colleagues only (all internal)",
    charset="utf-8", sender=frm("owada"), to=[addr("gomi"), addr("kagami")],
    subject="共有：{}様 納車時のご配慮".format(_p["sei"]),
    body=f"""五味さん、加賀美さん

来週納車予定の{_p['name']}様（エスティマ、板金修理）の件です。
事故のときに右手首を骨折されて、今もギプスで通院中とのことです。
納車説明は助手席側から、キーの受け渡しは左手で受け取れるようにお願いします。
奥様が運転されるとのことなので、説明は奥様にも一緒に。

大和田
""")

# 020 — HTML-only table of policy renewals to an insurance agency
_hl = people(8)
_rows = "".join(
    f"<tr><td>{p['name']}</td><td>{ymd(p['dob'])}</td><td>{p['tel']}</td>"
    f"<td>{R.choice(['TK', 'HK'])}{R.randint(10000000, 99999999)}</td><td>{ymd(p['expiry'])}</td></tr>"
    for p in _hl)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "an HTML table of eight customers with dates of birth and phones to an external agency",
    charset="utf-8", sender=frm("owada"), to=["hoken-plaza 石黒様 <ishiguro@hoken-plaza.co.jp>"],
    subject="11月満期 任意保険 更新対象のお客様一覧",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>保険プラザ 石黒様</p>
<p>いつもお世話になっております。日の出産業の大和田です。<br>
11月に満期を迎える任意保険のうち、当社で車検をお受けしているお客様の一覧です。<br>
更新のご案内は、これまでどおり貴社からお電話でお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>契約者</th><th>生年月日</th><th>電話</th><th>証券番号</th><th>満期日</th></tr>
{_rows}
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 オートサービス事業部<br>保険・事故受付　大和田 恵<br>TEL 042-749-1103</p>
</body></html>""")

# 021 — English purchase order to an overseas parts supplier
add("pass", [], [],
    "an English purchase order with PO and tracking numbers: ordinary supplier mail",
    charset="utf-8", sender=frm("otobe"), to=["Sales Desk <orders@pacific-autoparts.com>"],
    subject="PO HS-EX-2026-077 / brake rotors and pads",
    body=f"""Dear Sales Team,

Please find our purchase order below.

PO number: HS-EX-2026-077
Incoterms: CIF Yokohama
Payment: T/T 30 days after B/L

  Item  Part No.        Description                 Qty   Unit (USD)
  ----  --------------  --------------------------  ----  ----------
  1     BR-2291-F       Front brake rotor, vented   40    38.50
  2     BP-7710-CER     Ceramic brake pad set       60    22.00
  3     SN-0045-O2      Oxygen sensor (upstream)    12    41.80

Please confirm the shipping date and send us the tracking number of the
previous shipment (HS-EX-2026-061), which has not arrived yet.

Best regards,

{EN_SIG['otobe']}
""")

# 022 — English warranty claim list with owners' contacts to the overseas maker
_wc = people(6)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "six vehicle owners' names, phones and e-mail addresses in a warranty claim to an overseas maker",
    charset="utf-8", sender=frm("otobe"), to=["Warranty Desk <warranty-apac@nordwagen-auto.de>"],
    subject="Warranty claims batch JP-HS-1026 (water pump leakage)",
    body="""Dear Warranty Desk,

We submit the following warranty claims for the water pump leakage issue
(TSB 19-044). All vehicles were repaired at our Sagamihara workshop.
Owners asked to be contacted directly about the reimbursement of their rental costs.

""" + "\n".join(
        f"Claim {i + 1}: {p['romaji']} / tel +81-{p['tel'][1:]} / {p['email']} / VIN WNW{R.randint(10**13, 10**14 - 1)}"
        for i, p in enumerate(_wc)) + f"""

Labour time per claim: 2.4 h. Parts returned by courier (AWB 7712 0043 9981).

Kind regards,

{EN_SIG['otobe']}
""")

# 023 — road service request: one stranded customer's name and mobile
_p = person()
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one customer's name and mobile to the tow company: a single person's data, may warn",
    charset="iso-2022-jp", sender=frm("kagami"), to=["受付 <uketsuke@road-assist24.jp>"],
    subject="レッカー手配依頼（至急）",
    body=f"""ロードアシスト24 受付ご担当者様

日の出オート相模原店の加賀美です。至急のレッカー手配をお願いします。

お客様：{_p['sei']}様（携帯 {_p['tel']}）
車両：{_p['car']}　{_p['plate']}
場所：国道16号 上鶴間交差点先のコンビニ駐車場
症状：エンジン始動不可（バッテリー上がりではなさそうとのこと）
搬送先：日の出オートサービス 相模原店

お客様はお車のそばでお待ちです。到着予定時刻を折り返しご連絡ください。

{SIG['kagami']}
""")

# 024 — corrupt XLSX to the partner kitaguni-foods
add("stop", [], ["unscannable_attachment"],
    "the attached XLSX is damaged and cannot be read, to an external fleet customer",
    charset="cp932", sender=frm("higa"), to=["北国フーズ 車両管理ご担当 <fleet@kitaguni-foods.co.jp>"],
    subject="定期点検結果（10月実施分）",
    body=f"""北国フーズ株式会社
車両管理ご担当者様

お世話になっております。日の出オート厚木店の比嘉です。
10月に実施した定期点検の結果を添付いたします。
要整備の項目は黄色で表示しています。お見積りは別途お送りします。

{SIG['higa']}
""",
    attachments=[{"kind": "corrupt", "name": "点検結果_202610_北国フーズ様.xlsx"}])

# 025 — tax reduction for a disabled customer's car: disability tied to a person, to the tax office
_p = person(1945, 1975)
add("stop", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a customer's disability (身体障害者手帳の等級・障害名) tied to name and address, to an external office",
    charset="iso-2022-jp", sender=frm("osone"), to=["自動車税担当 <jidoushazei@kenzei-sagami.lg.jp>"],
    subject="自動車税 減免申請の事前確認（代理提出予定）",
    body=f"""県税事務所 自動車税ご担当者様

お世話になります。日の出オートサービス町田店の大曽根と申します。
当店で福祉車両（助手席回転シート車）をご購入いただいたお客様の
自動車税減免申請を、委任を受けて代理で提出する予定です。
事前に要件を満たしているかご確認いただけますでしょうか。

申請者：{_p['name']}
住所　：{_p['addr']}
手帳　：身体障害者手帳 1種2級（両下肢機能障害）
運転者：同居のご長男（生計同一）
車両　：トヨタ シエンタ（ウェルキャブ）

必要書類に不足があればご教示ください。

{SIG['osone']}
""")
# =====================================================================================
# 026–050
# =====================================================================================

# 026 — reply to the adjuster; the other party's details are only in the quoted text
_oth = person(1970, 1995)
add("pass", [], [],
    "reply with a parts/labour estimate; the personal details are only in the quoted mail",
    charset="cp932", sender=frm("gomi"), to=["須藤様 <sudo.r@hikari-kaijo.co.jp>"],
    subject="Re: 【ひかり海上】HK-2610-3391 修理見積ご提出のお願い",
    body=f"""須藤様

お世話になっております。五味です。
修理見積書を添付いたします。リアフロアの修正を含め、合計 486,970円（税込）です。
部品の入荷に約10日かかるため、納車は11月中旬の見込みです。

五味

-----Original Message-----
From: 須藤 涼 <sudo.r@hikari-kaijo.co.jp>
Sent: Monday, October 20, 2026 9:12 AM
To: 五味 拓郎 <t-gomi@hinode-sangyo.co.jp>
Subject: 【ひかり海上】HK-2610-3391 修理見積ご提出のお願い

日の出オート 五味様

ひかり海上火災の須藤です。
弊社ご契約者 {_oth['name']} 様（{_oth['tel']}、{_oth['addr']}）のお車の
修理見積をご提出ください。過失割合は現在協議中です。
""",
    attachments=[{"kind": "pdf", "name": "御見積書_HK-2610-3391.pdf", "title": "御見積書",
                  "lines": ["御見積書　No.E26-10-2207", "ひかり海上火災保険株式会社 御中", "",
                            "車両：トヨタ ヴォクシー（ZRR80W）　損傷部位：リアバンパー、バックドア、リアフロア", ""],
                  "table": [["区分", "内容", "部品", "工賃"],
                            ["交換", "リアバンパーカバー", "38,400", "8,800"],
                            ["交換", "バックドアパネル", "112,600", "26,400"],
                            ["修正", "リアフロアパネル", "-", "88,000"],
                            ["塗装", "バックドア・バンパー 2コート", "-", "96,800"],
                            ["その他", "エーミング作業（後方センサー）", "-", "22,000"],
                            ["", "小計", "151,000", "242,000"],
                            ["", "部品・材料ほか", "", "50,700"],
                            ["", "消費税", "", "44,270"],
                            ["", "合計", "", "486,970"]],
                  "page_footer": "日の出産業株式会社 オートサービス事業部 板金塗装課"}])

# 027 — a forwarded customer mail with the full card number, to the payment company
_c = card()
_p = person(1965, 1995)
add("stop", ["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
    "forward (FW) of a customer's mail holding a full card number to an external company: new text to it",
    charset="iso-2022-jp", sender=frm("shishido"), to=["support@paynet-service.jp"],
    subject="FW: 車検代金のお支払いについて",
    body=f"""ペイネットサービス ご担当者様

宍戸です。お客様からカード情報がメールで届いてしまいました。
このまま決済処理をお願いしてもよろしいでしょうか。
（お客様には、今後はメールで送らないようご案内済みです）

---------- 転送メッセージ ----------
差出人: {_p['name']} <{_p['email']}>
日付: 2026年10月14日 22:41
件名: 車検代金のお支払いについて
宛先: 相模原店 <sagamihara-front@hinode-sangyo.co.jp>

日の出オートさん
先日の車検代金ですが、店頭に行けないのでカードでお願いします。
カード番号 {_c}
期限 0{R.randint(1, 9)}/2{R.randint(8, 9)}
名義 {_p['ROMAJI']}
よろしくお願いします。{_p['sei']}
""")

# 028 — a list of shops (businesses) to a fleet customer
add("pass", [], [],
    "a list of the company's own shops with addresses and phones: businesses, not people",
    charset="utf-8", sender=frm("hiwatashi"), to=["野間様 <noma@sagami-kensetsu.co.jp>"],
    subject="弊社店舗一覧（お車の持込み先）",
    body=f"""相模建設株式会社
工務部 野間様

お世話になっております。樋渡です。
現場近くでの持込みもご検討いただけるとのことで、弊社の店舗一覧をお送りします。

　相模原店　〒252-0231 相模原市中央区相模原8-3-21　042-750-3811　（指定工場・板金）
　町田店　　〒194-0022 町田市森野5-17-2　　　　　　042-720-6650　（指定工場）
　厚木店　　〒243-0021 厚木市岡田3-9-14　　　　　　046-220-7781　（認証工場・板金）
　橋本SS　　〒252-0143 相模原市緑区橋本台1-4-8　　042-700-5520　（オイル・タイヤのみ）

営業時間はいずれも 9:00〜18:00（水曜定休）です。

{SIG['hiwatashi']}
""")

# 029 — an attached (forwarded) internal mail with the loaner-car users, to the rental partner
_lo = people(6)
_inner = {
    "charset": "iso-2022-jp", "sender": frm("kagami"), "to": [addr("higa")],
    "subject": "11月 代車使用予定（相模原店→厚木店応援分）",
    "body": "比嘉さん\n\n相模原店の代車が足りないため、11月は下記の方にレンタカーで対応したいです。\n\n" +
            "\n".join(f"{p['name']}　{p['tel']}　{R.randint(1, 28)}日〜　{p['car']}入庫" for p in _lo) +
            "\n\n加賀美\n"}
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "an attached forwarded mail (eml) listing six customers with mobiles, sent to the rental partner",
    charset="cp932", sender=frm("higa"), to=["厚木営業所 <atsugi@kaze-rentacar.co.jp>"],
    subject="11月分 レンタカー予約のお願い（添付のとおり）",
    body=f"""風レンタカー 厚木営業所 御中

比嘉です。11月分の予約をまとめてお願いしたく、社内の連絡メールを添付します。
ご利用者様への貸渡し時のご連絡は、メール記載の携帯番号へお願いします。

{SIG['higa']}
""",
    attachments=[{"kind": "eml", "name": "代車使用予定_11月.eml", "message": _inner}])

# 030 — three staff attending a seminar: names and mobiles to the hotel venue
_st = people(3, birth_from=1975, birth_to=2000)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three attendees with mobile numbers to the partner hotel: under five people, may warn",
    charset="iso-2022-jp", sender=frm("kuze"), to=["宴会予約 <banquet@sakura-hotel.jp>"],
    subject="11/14 整備技術研修 参加者のご連絡",
    body=f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の久世です。
11月14日（金）の研修会場（小会議室「楓」）の件で、当日の参加者をお知らせします。

　・{_st[0]['name']}（相模原店）　{_st[0]['tel']}
　・{_st[1]['name']}（町田店）　　{_st[1]['tel']}
　・{_st[2]['name']}（厚木店）　　{_st[2]['tel']}

当日の緊急連絡は上記の携帯にお願いします。昼食（お弁当）も3名分でお願いします。

{SIG['kuze']}
""")

# 031 — vehicle theft claim: the customer has been a crime victim
_p = person(1960, 1990)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named customer's being a crime victim (車両盗難・被害届) with address and phone, to the insurer",
    charset="utf-8", sender=frm("owada"), to=["車両盗難受付 <tounan@tokiwa-sonpo.co.jp>"],
    subject="車両盗難のご報告（ご契約者 {}様）".format(_p["sei"]),
    body=f"""ときわ損害保険 車両盗難受付 ご担当者様

日の出産業 保険・事故受付の大和田です。代理店として下記をご報告します。

ご契約者：{_p['name']}様
ご住所　：{_p['addr']}
連絡先　：{_p['tel']}
車両　　：{_p['car']}（{_p['plate']}）
状況　　：10月12日深夜、自宅駐車場から車両が盗まれ、翌朝ご本人が気付かれました。
　　　　　同日、相模原南警察署に被害届を提出済み（受理番号 第2026-3318号）。
　　　　　ご本人はかなり気落ちされており、連絡はなるべく午前中を希望されています。

スマートキーは2本ともご本人の手元にあります（リレーアタックの可能性）。
今後の流れについてご教示ください。

{SIG['owada']}
""")

# 032 — English reply to a supplier, with the quoted thread
add("pass", [], [],
    "English reply about a late shipment with the supplier's quoted message; business only",
    charset="utf-8", sender=frm("otobe"), to=["Grace Lim <grace.lim@pacific-autoparts.com>"],
    subject="Re: Shipment delay HS-EX-2026-061",
    body=f"""Dear Grace,

Thank you for the update. A two-week delay is acceptable for items 1 and 3, but
we need item 2 (ceramic pads) by November 10 at the latest. Could you ship that
line separately by air? We will cover the difference in freight.

Best regards,
Naoki

On Tue, Oct 14, 2026 at 4:02 PM Grace Lim <grace.lim@pacific-autoparts.com> wrote:
> Dear Mr. Otobe,
> We regret to inform you that shipment HS-EX-2026-061 has been delayed due to
> congestion at the port of loading. The new ETA Yokohama is November 18.
> Tracking: MAEU 2207 1184 5530.
> Best regards, Grace Lim, Pacific Auto Parts Ltd.

{EN_SIG['otobe']}
""")

# 033 — look-alike of the partner printer nishiki-insatsu.co.jp (dropped "s")
add("stop", [], ["lookalike_domain"],
    "nishiki-insatu.co.jp is a one-letter look-alike of the partner nishiki-insatsu.co.jp",
    charset="iso-2022-jp", sender=frm("kuze"), to=["村瀬様 <murase@nishiki-insatu.co.jp>"],
    subject="冬の点検キャンペーン チラシ 校正戻し",
    body=f"""錦印刷 村瀬様

お世話になっております。久世です。
チラシの初校を確認しました。修正点を赤字で入れたPDFを添付します。

・表面の電話番号（町田店）が旧番号になっています
・「バッテリー無料点検」の期間を 12/1〜12/27 に変更
・裏面地図の縮尺を少し大きく

再校は来週火曜までにいただけると助かります。

{SIG['kuze']}
""",
    attachments=[{"kind": "pdf", "name": "冬キャンペーン_初校_赤字.pdf",
                  "lines": ["冬の安心点検キャンペーン（初校・赤字入り）", "",
                            "①町田店 TEL 042-720-6650 に修正", "②期間 12/1（月）〜12/27（土）",
                            "③地図 縮尺 1.3倍"]}])

# 034 — a recall notice to one customer on free mail
add("pass", [], ["freemail_recipient"],
    "a recall appointment proposal to a single private customer on a carrier address",
    charset="cp932", sender=frm("sasamori"), to=["小松崎 様 <komatsuzaki-t@ezweb.ne.jp>"],
    subject="リコール作業のご予約について",
    body=f"""小松崎様

日の出オートサービス相模原店の笹森です。
先日お電話でご案内したリコール（燃料ポンプ交換）の件で、部品が入荷いたしました。

作業時間はおよそ2時間です。以下の日程でご都合はいかがでしょうか。
　・11月5日（水）10:00
　・11月7日（金）13:30
　・11月8日（土）9:30

費用は一切かかりません。ご返信をお待ちしております。

{SIG['sasamori']}
""")

# 035 — unencrypted ZIP with a UTF-8 CSV customer ledger to the system vendor
_cl = people(30)
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    ["personal_data"],
    "a ZIP holding a CSV of 30 customers (address, phone, e-mail, DOB) to the external system vendor",
    charset="utf-8", sender=frm("yanase"), to=["データ移行チーム <migration@tsubasa-system.jp>"],
    subject="Re: 移行テストデータ（文字化け確認用）",
    body=f"""ツバサシステム データ移行チーム 各位

柳瀬です。
旧字体・外字の文字化け確認用に、実データから30件抜き出したCSVをZIPで送ります。
UTF-8（BOMなし）です。「髙」「﨑」などが含まれる行がテスト対象です。

{SIG['yanase']}

> 旧システムからの出力で文字化けが発生する件、実データのサンプルをいただけますか。
> 件数は数十件程度で構いません。
""",
    attachments=[{"kind": "zip", "name": "sample_customers_30.zip",
                  "files": [{"kind": "csv", "name": "sample_customers.csv", "encoding": "utf-8",
                             "rows": [["cust_id", "name", "kana", "birth", "zip", "address", "tel", "mail"]] +
                             [[f"{R.randint(100000, 199999)}", p["name"].replace("高", "髙"), p["kana"],
                               ymd(p["dob"], "-"), p["zip"], p["addr"], p["tel"], p["email"]] for p in _cl]}]}])

# 036 — internal only: a 社外秘 document among managers
add("pass", [], [],
    "a document stamped 社外秘, but every recipient is internal",
    charset="iso-2022-jp", sender=frm("kuze"), to=[addr("osone"), "tencho-all@hinode-sangyo.co.jp"],
    subject="【社外秘】来期 店舗別 売上目標（案）",
    body="""店長各位

来期の店舗別目標（案）を添付します。社外秘のため取扱いにご注意ください。
来週の店長会議で議論します。

久世
""",
    attachments=[{"kind": "docx", "name": "来期目標案.docx", "page_header": "社外秘",
                  "paragraphs": ["2027年度 店舗別売上目標（案）", "社外秘　取扱注意"],
                  "tables": [[["店舗", "車検台数", "板金売上", "目標売上"],
                              ["相模原", "2,850", "142,000千円", "498,000千円"],
                              ["町田", "2,120", "-", "301,000千円"],
                              ["厚木", "1,760", "88,000千円", "276,000千円"]]]}])

# 037 — an injured mechanic (労災): health insurance, pension number and injury to a labour consultant
_p = person(1985, 2002)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE",
             "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "an employee's 健康保険証 記号・番号, 基礎年金番号 and injury diagnosis to an external 社労士 office",
    charset="cp932", sender=frm("makabe"), to=["森社会保険労務士事務所 森様 <mori@mori-sharoushi.jp>"],
    subject="労災（休業）の手続きのお願い　相模原店 整備士",
    body=f"""森先生

いつもお世話になっております。日の出産業 総務部の真壁です。
相模原店の整備士が作業中にけがをしましたので、労災の手続きをお願いいたします。

被災者　：{_p['name']}（{_p['kana']}）
生年月日：{wareki(_p['dob'])}
住所　　：{_p['addr']}
健康保険：記号 {R.randint(1000, 9999)}　番号 {R.randint(10, 999)}（協会けんぽ神奈川支部）
基礎年金番号：{R.randint(1000, 9999)}-{R.randint(100000, 999999)}
発生日時：10月9日 15時20分ごろ
状況　　：リフトアップした車両の下でマフラー交換中、外したマフラーが落下し左足に当たった
傷病名　：左第1中足骨骨折（相模原協同病院、全治6週間、当面休業）

最初の受診時に健康保険証を使ってしまったため、その切替もご相談させてください。

{SIG['makabe']}
""")

# 038 — four company vehicles and their assigned drivers' mobiles to the fleet customer
_d4 = people(4, birth_from=1970, birth_to=1999)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "four drivers' mobile numbers to the partner fleet customer: under five people, may warn",
    charset="utf-8", sender=frm("higa"), to=["車両管理 <sharyo@kitaguni-foods.co.jp>"],
    subject="車検入庫4台の引取り時の連絡先確認",
    body=f"""北国フーズ株式会社 車両管理ご担当者様

お世話になっております。厚木店の比嘉です。
来週車検の4台について、引取り時にドライバーの方へ直接連絡してよいとのことでしたので、
連絡先に誤りがないかご確認ください。

""" + "\n".join(f"  {plate(False)}　{p['name']} 様　{p['tel']}" for p in _d4) + f"""

引取りは各日 8:30〜9:00 の間に伺います。

{SIG['higa']}
""")

# 039 — a foreign trainee mechanic's residence card number to the supervising organisation
_p = {"name": "NGUYEN VAN THANH", "dob": date(2001, 3, 17)}
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], ["personal_data"],
    "a trainee's 在留カード number with name and DOB, sent to an external supervising organisation",
    charset="iso-2022-jp", sender=frm("makabe"), to=["さくらぎ協同組合 実習支援課 <shien@sakuragi-kyodo.or.jp>"],
    subject="技能実習生 在留期間更新の書類について",
    body=f"""さくらぎ協同組合 実習支援課 御中

日の出産業 総務部の真壁です。
厚木店で受け入れている実習生の在留期間更新について、書類の準備を進めております。

氏名　　　：{_p['name']}（グエン ヴァン タン）
生年月日　：{ymd(_p['dob'])}
国籍　　　：ベトナム
在留カード番号：{R.choice(['AB', 'EF', 'UH'])}{R.randint(10000000, 99999999)}{R.choice(['CD', 'FA', 'JK'])}
在留期限　：2027年1月22日
職種　　　：自動車整備（2号）

雇用契約書の写しは来週郵送します。必要な書類があればお知らせください。

{SIG['makabe']}
""")

# 040 — passport number of a foreign customer to an administrative scrivener
_pp = f"T{R.choice('KRZ')}{R.randint(1000000, 9999999)}"
add("stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "a customer's passport number, DOB and address sent to an external 行政書士 office",
    charset="utf-8", sender=frm("osone"), to=["藤本行政書士事務所 <info@fujimoto-gyosei.jp>"],
    subject="輸出抹消登録の代行依頼（中古車ご購入のお客様）",
    body=f"""藤本先生

お世話になっております。日の出オートサービス町田店の大曽根です。
帰国されるお客様のお車の輸出抹消登録を代行していただきたく、ご連絡しました。

所有者　：Daniel Okafor（ダニエル・オカフォー）様
生年月日：1988年7月30日
住所　　：東京都町田市原町田4-11-6 メゾン原町田302
旅券番号：{_pp}（ナイジェリア）
車両　　：トヨタ カローラフィールダー（相模 500 と 88-12）

出国予定日は11月28日とのことで、それまでに完了できれば幸いです。

{SIG['osone']}
""")

# 041 — a delivery tracking number for a fleet customer's tyres
add("pass", [], [],
    "shipping notice with a tracking number to the partner fleet customer: business only",
    charset="cp932", sender=frm("otobe"), to=["片桐様 <katagiri@aoba-unyu.co.jp>"],
    subject="スタッドレスタイヤ発送のご連絡",
    body=f"""青葉運輸株式会社 片桐様

お世話になっております。部品課の乙部です。
ご注文のスタッドレスタイヤ（205/85R16 117/115L LT）12本を本日発送しました。

　お問い合わせ番号：4402-7718-3356（ヤマダ運輸）
　到着予定：10月24日（金）午前中
　納品先：青葉運輸 相模原営業所 整備場

組み換え作業は11月の点検時に合わせて実施予定です。

{SIG['otobe']}
""")

# 042 — My Numbers of mechanics in an XLSX to the outside tax accountant
_em = people(7, birth_from=1965, birth_to=2000)
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "seven employees' 個人番号 with DOB and address in an XLSX to an external tax accountant",
    charset="iso-2022-jp", sender=frm("makabe"), to=["税理士法人みなみ 担当 江藤様 <eto@minami-tax.jp>"],
    subject="年末調整資料（オートサービス事業部 中途入社分）",
    body=f"""税理士法人みなみ
江藤様

お世話になっております。総務部の真壁です。
今年中途入社した整備士7名分の扶養控除等申告書の内容をExcelにまとめました。
源泉徴収票の作成に使用してください。

{SIG['makabe']}
""",
    attachments=[{"kind": "xlsx", "name": "中途入社_扶養控除申告_2026.xlsx",
                  "sheets": {"本人": [["社員番号", "氏名", "生年月日", "住所", "個人番号", "入社日"]] +
                             [[f"H{R.randint(2000, 2999)}", p["name"], ymd(p["dob"]), p["addr"], mynum(),
                               ymd(date(2026, R.randint(1, 9), 1))] for p in _em],
                             "扶養": [["社員番号", "扶養者氏名", "続柄", "生年月日"],
                                      ["H2311", "（なし）", "", ""],
                                      ["H2417", "—", "配偶者", "—"]]}}])

# 043 — PPTX meeting deck with a complaint list, to an outside consultant
_cp = people(6)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "a slide listing six complaining customers with phones, in a PPTX sent to an external consultant",
    charset="utf-8", sender=frm("kuze"), to=["改善パートナーズ 三谷様 <mitani@kaizen-partners.co.jp>"],
    subject="10月 店長会議資料（CS改善プロジェクト）",
    body=f"""改善パートナーズ 三谷様

お世話になっております。久世です。
10月の店長会議資料を共有します。来週のワークショップの参考にしてください。
4枚目が今月のクレーム一覧です。

{SIG['kuze']}
""",
    attachments=[{"kind": "pptx", "name": "店長会議_202610.pptx", "title": "店長会議 2026年10月",
                  "slides": [["10月 店長会議", "日の出オートサービス", "2026年10月27日"],
                             ["入庫実績", "車検 612台（前年比 104%）", "板金 88台（前年比 97%）"],
                             ["CS指標", "NPS 31（前月 28）", "再来店率 72%"],
                             ["今月のクレーム一覧"] +
                             [f"{p['name']}様 {p['tel']}：" + R.choice(
                                 ["納車遅れ（連絡なし）", "洗車されていない", "追加整備の説明不足",
                                  "代車にタバコ臭", "見積より高い請求", "傷の見落とし"]) for p in _cp],
                             ["対策", "納車前チェックリストの徹底", "追加作業は必ず電話で了承を得る"]]}])

# 044 — PPTX proposal to the partner kitaguni-foods
add("pass", [], [],
    "a fleet maintenance proposal deck with prices and schedules: business content only",
    charset="cp932", sender=frm("hiwatashi"), to=["総務部 大河内様 <okochi@kitaguni-foods.co.jp>"],
    subject="車両メンテナンスパックのご提案",
    body=f"""北国フーズ株式会社
総務部 大河内様

先日はお時間をいただきありがとうございました。
ご説明した車両メンテナンスパックの資料をお送りします。

{SIG['hiwatashi']}
""",
    attachments=[{"kind": "pptx", "name": "メンテナンスパック提案_北国フーズ様.pptx",
                  "slides": [["車両メンテナンスパックのご提案", "北国フーズ株式会社 御中", "日の出産業株式会社"],
                             ["現状の課題", "点検時期の管理が拠点ごとにばらばら", "冷凍車の故障による配送遅延（年4件）"],
                             ["ご提案内容", "全38台の点検・車検を一括管理", "冷凍機の年次点検を追加",
                              "引取り・納車無料"],
                             ["費用", "月額 1台あたり 4,950円（税別）", "部品代は実費"]],
                  "page_footer": "日の出産業株式会社"}])

# 045 — PDF intake schedule with eight customers' mobiles, to the rental partner
_in = people(8)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "a PDF table of eight customers with mobile numbers (入庫予定) sent to the external rental company",
    charset="iso-2022-jp", sender=frm("kagami"), to=["相模原駅前店 <sagamihara-eki@kaze-rentacar.co.jp>"],
    subject="来週の入庫予定表（代車不足分の確認用）",
    body=f"""風レンタカー 相模原駅前店 御中

加賀美です。来週の入庫予定表を添付します。
「代車」欄が「レンタ」の方の分をご用意いただけますでしょうか。

{SIG['kagami']}
""",
    attachments=[{"kind": "pdf", "name": "入庫予定表_1027-1101.pdf", "title": "入庫予定表",
                  "lines": ["相模原店　入庫予定表（10/27〜11/1）", ""],
                  "table": [["日付", "お客様", "携帯", "車両", "作業", "代車"]] +
                  [[f"{R.randint(27, 31)}日", p["name"], p["tel"], p["car"],
                    R.choice(["車検", "12か月点検", "板金", "タイヤ交換"]), R.choice(["社有", "レンタ", "不要"])]
                   for p in _in]}])

# 046 — one loaner reservation (no licence number)
_p = person()
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one customer's name and mobile for a rental reservation: a single person, may warn",
    charset="utf-8", sender=frm("kagami"), to=["相模原駅前店 <sagamihara-eki@kaze-rentacar.co.jp>"],
    subject="レンタカー予約 1件（11/4〜11/6）",
    body=f"""風レンタカー 相模原駅前店 御中

お世話になります。加賀美です。下記1件お願いします。

ご利用者：{_p['name']} 様（{_p['tel']}）
期間：11/4(火) 10:00 〜 11/6(木) 17:00
クラス：軽（禁煙）
請求先：日の出オートサービス 相模原店

免許証は貸渡し時にご本人から確認してください。

加賀美
""")

# 047 — 「・」 bullets: five pick-ups with home addresses and phones, to a transport company
_pk = people(5)
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "five customers' home addresses and phones as bullets, sent to an external transport company",
    charset="cp932", sender=frm("osone"), to=["配車センター <haisha@hayate-rikuso.co.jp>"],
    subject="11/8（土）引取り5件 ご依頼",
    body=f"""はやて陸送 配車センター御中

町田店の大曽根です。11/8（土）の引取りを5件お願いします。
積載車1台で回れる順番にしてあります。

""" + "\n".join(f"・{p['name']}様　{p['addr']}　{p['home']}　（{p['car']}）" for p in _pk) + f"""

お客様には9時〜12時の間に伺うとお伝えしています。

{SIG['osone']}
""")

# 048 — one record per block, 和暦 birthdays: five family drivers for insurance quotes
_fm = people(5)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "five people's records (和暦 DOB, address, phone) in blocks, to an external insurance agency",
    charset="iso-2022-jp", sender=frm("owada"), to=["石黒様 <ishiguro@hoken-plaza.co.jp>"],
    subject="見積依頼：新規ご契約希望 5件",
    body=f"""保険プラザ 石黒様

大和田です。車検でご来店のお客様から、任意保険の見積依頼を5件いただきました。
運転者年齢条件の設定にお使いください。

""" + "\n\n".join(
        f"""【{i + 1}】
氏名：{p['name']}
生年月日：{wareki(p['dob'], R.choice(['kanji', 'short']))}
住所：{p['addr']}
電話：{p['tel']}
車両：{p['car']}（{p['plate']}）"""
        for i, p in enumerate(_fm)) + f"""

見積書は各お客様あてに郵送でお願いします。

{SIG['owada']}
""")

# 049 — a receipt with a masked card number to one customer on free mail
add("pass", [], ["freemail_recipient"],
    "a payment receipt with a masked card number and approval code to the customer: nothing to hold",
    charset="utf-8", sender=frm("shishido"), to=["eriko.minai@yahoo.co.jp"],
    subject="お支払い完了のお知らせ（日の出オートサービス）",
    body=f"""薬袋 様

このたびは日の出オートサービスをご利用いただき、誠にありがとうございました。
下記のとおりお支払いを確認いたしました。

　ご利用日：2026年10月16日
　ご請求額：94,380円（車検整備一式）
　お支払方法：クレジットカード（VISA ****-****-****-{R.randint(1000, 9999)}）一括
　承認番号：{R.randint(100000, 999999)}
　領収書番号：R-26-10-05521

領収書原本は次回ご来店時にお渡しいたします。

{SIG['shishido']}
""")

# 050 — full-width digits: six tow jobs with names and mobiles, to the tow partner
_tw = people(6)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "six customers' names and full-width mobile numbers in a padded table, to an external tow company",
    charset="cp932", sender=frm("higa"), to=["配車 <haisha@road-assist24.jp>"],
    subject="明日の搬送予定（厚木店）",
    body=f"""ロードアシスト24 配車ご担当様

厚木店の比嘉です。明日の搬送予定を送ります。

""" + ptable([["時間", "お客様", "連絡先", "車両", "搬送"]] +
             [[fw(f"{8 + i}:{R.choice(['00', '30'])}"), p["name"], fw(p["tel"]), p["model"],
               R.choice(["自宅→厚木店", "厚木店→自宅", "事故現場→厚木店"])] for i, p in enumerate(_tw)],
             sep="　", rule="－") + f"""

よろしくお願いします。

{SIG['higa']}
""")
# =====================================================================================
# 051–075
# =====================================================================================

# 051 — meant for colleagues, sent to hinode-sangyo.jp (look-alike of the own domain)
_sh = people(6, birth_from=1975, birth_to=2003)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "hinode-sangyo.jp is a look-alike of the own domain; the mail carries six staff mobiles",
    charset="iso-2022-jp", sender=frm("osone"),
    to=["町田店スタッフ <machida-staff@hinode-sangyo.jp>"],
    subject="11月 休日当番表と緊急連絡先",
    body="""町田店の皆さん

11月の土日当番表です。当番の人は、レッカー入庫の連絡が来たら対応をお願いします。
連絡がつかない場合に備えて、携帯番号も載せておきます。

""" + ptable([["日付", "当番", "携帯"]] +
             [[f"11/{d}", p["name"], p["tel"]] for d, p in zip([1, 2, 8, 9, 15, 16], _sh)]) + """

大曽根
""")

# 052 — ordinary mail with the standard disclaimer
add("pass", [], [],
    "ordinary scheduling mail; 機密 appears only in the standard disclaimer",
    charset="utf-8", sender=frm("hiwatashi"), to=["総務部 車両担当 <soumu-sharyo@kawasaki-denki.co.jp>"],
    subject="社用車 12か月点検のご案内（11月分 3台）",
    body=f"""川崎電機株式会社 総務部 車両ご担当者様

いつもお世話になっております。日の出産業の樋渡です。
11月に12か月点検の時期を迎える社用車は以下の3台です。

　相模 300 ろ 40-11（プリウス）　　 11/12(水) 引取り予定
　相模 300 ろ 40-12（プリウス）　　 11/12(水) 引取り予定
　相模 480 せ 7-03（プロボックス）　11/19(水) 引取り予定

ご都合が悪い場合はご連絡ください。

{SIG['hiwatashi']}

{DISCLAIMER_JP}
""")

# 053 — a customer's arrest for drunk driving, to the leasing company
_p = person(1965, 1990)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named customer's arrest (飲酒運転で逮捕) is criminal-record information, sent to an external lessor",
    charset="cp932", sender=frm("higa"), to=["サンライズリース 債権管理 <saiken@sunrise-lease.co.jp>"],
    subject="リース車両（{}）の保管について".format(_p["plate"]),
    body=f"""サンライズリース株式会社
債権管理ご担当者様

日の出オート厚木店の比嘉です。
貴社リース車両（{_p['car']}、{_p['plate']}）について、警察からの連絡を受けて当店で保管しております。

使用者の{_p['name']}様が、10月18日夜に酒気帯び運転で逮捕されたとのことで、
車両は厚木警察署の指示で当店に搬入されました。ご本人とはまだ連絡が取れていません。

保管料は1日1,650円です。今後の取扱い（引取り・修理の有無）についてご指示ください。

{SIG['higa']}
""")

# 054 — the word 社外秘 only mentioned, to a supplier
add("pass", [], [],
    "社外秘 is mentioned in a refusal, not stamped on anything: ordinary supplier mail",
    charset="iso-2022-jp", sender=frm("otobe"), to=["坂井様 <sakai@minato-parts.jp>"],
    subject="Re: 工賃単価の件",
    body=f"""坂井様

お世話になっております。乙部です。
工賃単価表の件ですが、先日お送りしかけたものは社外秘の資料のため、
そのままお渡しすることはできないことになりました。大変失礼いたしました。
代わりに、お客様向けの公開価格（店頭掲示の料金表）であればお出しできます。

持込み部品の取付工賃は、店頭価格の1.2倍とさせていただく方向で社内調整中です。
決まり次第ご連絡します。

{SIG['otobe']}
""")

# 055 — 極秘 in the subject: a shop transfer, to the partner bank
add("stop", [], ["confidential_marking"],
    "the mail itself is classified 【極秘】 and goes to an external bank",
    charset="utf-8", sender=frm("kuze"), to=["法人営業部 坪井様 <tsuboi@midori-ginko.co.jp>"],
    subject="【極秘】厚木店 事業譲受けに関するご相談",
    body=f"""みどり銀行 法人営業部
坪井様

いつも大変お世話になっております。日の出産業の久世です。

【極秘】
厚木市内の整備工場（従業員12名、認証工場）から事業譲渡の打診を受けており、
当社厚木店との統合を検討しています。譲受価格は概算で1.8億円を想定しております。
買収資金の融資についてご相談させていただけないでしょうか。

先方にはまだ正式な意向表明を出していないため、取扱いには十分ご注意ください。

{SIG['kuze']}
""")

# 056 — HTML-only newsletter to one partner contact
add("pass", [], [],
    "an HTML-only seasonal newsletter to one business contact: nothing personal",
    charset="utf-8", sender=frm("hiwatashi"), to=["大野様 <ono.t@kawasaki-denki.co.jp>"],
    subject="【日の出オート通信】冬前のバッテリー点検のご案内",
    html="""<html><body>
<h3 style="color:#c60">日の出オート通信　2026年11月号</h3>
<p>川崎電機株式会社 大野様</p>
<p>朝晩の冷え込みが厳しくなってまいりました。冬季はバッテリー上がりによる出動が急増します。
社用車の点検はお済みでしょうか。</p>
<table border="1" cellpadding="4">
<tr><th>メニュー</th><th>通常</th><th>11月限定</th></tr>
<tr><td>バッテリー診断</td><td>1,100円</td><td>無料</td></tr>
<tr><td>バッテリー交換（工賃）</td><td>2,200円</td><td>1,100円</td></tr>
<tr><td>スタッドレス組み換え</td><td>4,400円</td><td>3,300円</td></tr>
</table>
<p>日の出産業株式会社 法人営業グループ　樋渡<br>042-749-1100</p>
</body></html>""")

# 057 — legacy XLS customer ledger to a franchise headquarters
_lg = people(25)
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "a legacy .xls ledger of 25 customers with addresses and phones to an external franchise HQ",
    charset="cp932", sender=frm("osone"), to=["加盟店サポート <fc-support@carlife-network.co.jp>"],
    subject="顧客台帳データ提出（加盟審査用）",
    body=f"""カーライフネットワーク 加盟店サポート ご担当者様

日の出オートサービス町田店の大曽根です。
加盟審査の資料として、顧客台帳の一部（直近3か月の車検入庫分）を提出します。
古いシステムの出力のため .xls 形式です。

{SIG['osone']}
""",
    attachments=[{"kind": "xls", "name": "顧客台帳_町田_直近3か月.xls",
                  "sheets": {"台帳": [["氏名", "住所", "電話", "車名", "登録番号", "入庫日"]] +
                             [[p["name"], p["addr"], p["home"], p["car"], p["plate"],
                               ymd(date(2026, R.randint(7, 9), R.randint(1, 28)))] for p in _lg]}}])

# 058 — a PDF maintenance record for one company car
add("pass", [], [],
    "an inspection record for one company-owned car, sent to the owning company: business data",
    charset="iso-2022-jp", sender=frm("sasamori"), to=["総務部 車両担当 <soumu-sharyo@kawasaki-denki.co.jp>"],
    subject="点検整備記録簿（相模 300 ろ 40-11）",
    body=f"""川崎電機株式会社 総務部 車両ご担当者様

相模原店 整備課の笹森です。
本日実施した12か月点検の点検整備記録簿をPDFでお送りします。
原本は車検証入れに入れてお返ししております。

{SIG['sasamori']}
""",
    attachments=[{"kind": "pdf", "name": "点検整備記録簿_40-11.pdf",
                  "lines": ["定期点検整備記録簿（12か月）", "使用者：川崎電機株式会社",
                            "登録番号：相模 300 ろ 40-11　車台番号：ZVW50-8043317", "走行距離：48,216km", ""],
                  "table": [["点検箇所", "結果", "措置"],
                            ["ブレーキパッド残量", "F 6mm / R 5mm", "良"],
                            ["タイヤ溝", "4.8mm", "良"],
                            ["バッテリー", "要注意（CCA 72%）", "次回交換推奨"],
                            ["エンジンオイル", "汚れ", "交換"]]}])

# 059 — reply: new text lists five passengers (comma-separated) for the insurer
_ps = people(5, birth_from=1950, birth_to=2010)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "the new text of a reply lists five passengers with phones (CSV-style) for the external insurer",
    charset="utf-8", sender=frm("owada"), to=["宮内様 <miyauchi.k@tokiwa-sonpo.co.jp>"],
    subject="Re: TK-26-120517 同乗者の方の連絡先について",
    body=f"""宮内様

お世話になっております。大和田です。
ご依頼の同乗者の方の連絡先を、ご契約者様に確認しました。

氏名,続柄,電話
""" + "\n".join(f"{p['name']},{rel},{p['tel']}" for p, rel in zip(
        _ps, ["本人（運転者）", "配偶者", "長男", "知人", "知人"])) + f"""

全員、今のところ通院の予定はないとのことです。

{SIG['owada']}

> 日の出産業 大和田様
> ワゴン車の事故の件、同乗されていた方全員の連絡先をお知らせいただけますか。
> ときわ損保 宮内
""")

# 060 — reply to a fleet customer; their own driver list is only in the quote
_q = people(7)
add("pass", [], [],
    "short reply; the seven-driver list is only in the quoted text of the customer's own mail",
    charset="cp932", sender=frm("hiwatashi"), to=["片桐様 <katagiri@aoba-unyu.co.jp>"],
    subject="Re: 11月車検対象車のドライバー連絡先",
    body=f"""片桐様

お世話になっております。樋渡です。
ドライバーの皆様の連絡先、確かに受領しました。
引取りの前日に、各ドライバーの方へ当社からご連絡いたします。

樋渡

> 日の出産業 樋渡様
> 11月に車検の車両の担当ドライバーです。引取りの調整は直接お願いします。
""" + "\n".join(f"> {p['name']}　{p['tel']}　{plate(False)}" for p in _q) + """
> 青葉運輸 車両管理課 片桐
""")

# 061 — three private customers visible to each other
_pc = people(3)
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "three private customers' free-mail addresses visible to each other in To: should be Bcc",
    charset="iso-2022-jp", sender=frm("kagami"),
    to=[f"{_pc[0]['name']} <{_pc[0]['romaji'].split()[0].lower()}.{R.randint(10, 99)}@gmail.com>",
        f"{_pc[1]['romaji'].split()[1].lower()}-car@gmail.com",
        f"{_pc[2]['romaji'].split()[0].lower()}{R.randint(100, 999)}@yahoo.co.jp"],
    subject="代車ご返却のお願い",
    body=f"""お客様各位

日の出オートサービス相模原店の加賀美です。
お預かりしているお車の整備が完了しました。
お貸ししている代車は、お引取りの際にガソリンを満タンにせずそのままお返しください。

お引取り可能日：10月30日（木）以降（18時まで）

{SIG['kagami']}
""")

# 062 — internal: loaner users' licence numbers between shops
_li = people(5)
add("pass", ["PERSON_NAME", "JP_DRIVERS_LICENSE"], [],
    "licence numbers of loaner users, but the mail stays inside the company",
    charset="utf-8", sender=frm("kagami"), to=[addr("higa"), addr("osone")],
    subject="代車貸出記録（10月分）の共有",
    body="""比嘉さん、大曽根店長

10月分の代車貸出記録です（監査用）。免許証確認済みの番号を控えています。

""" + "\n".join(f"{p['name']}\t{p['lic']}\t有効期限 {ymd(p['lic_exp'])}" for p in _li) + """

加賀美
""")

# 063 — look-alike (homoglyph l for i) of the partner kawasaki-denki.co.jp
add("stop", [], ["lookalike_domain"],
    "kawasaki-denkl.co.jp swaps i for l: a homoglyph look-alike of the partner domain",
    charset="cp932", sender=frm("hiwatashi"), to=["大野様 <ono.t@kawasaki-denkl.co.jp>"],
    subject="車検見積書（社用車2台）",
    body=f"""川崎電機株式会社 大野様

お世話になっております。樋渡です。
来月車検の社用車2台分のお見積りをお送りします。

　相模 300 ろ 40-12　プリウス　　 98,450円
　相模 480 せ 7-03 　プロボックス 76,120円

ご承認いただけましたら、返信にてお知らせください。

{SIG['hiwatashi']}
""")

# 064 — look-alike of the partner bank (midori-ginko.com) with one applicant's data
_p = person(1975, 1995)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "midori-ginko.com is the partner bank's domain with another TLD; it carries one applicant's data",
    charset="iso-2022-jp", sender=frm("kagami"), to=["マイカーローン窓口 <mycarloan@midori-ginko.com>"],
    subject="マイカーローン 事前相談（日の出オート相模原店）",
    body=f"""みどり銀行 マイカーローンご担当者様

日の出オートサービス相模原店の加賀美です。
中古車ご購入のお客様がマイカーローンをご希望です。事前相談をお願いいたします。

　お名前：{_p['name']}
　生年月日：{jdate(_p['dob'])}
　ご連絡先：{_p['tel']}
　お借入希望額：1,600,000円（60回）

{SIG['kagami']}
""")

# 065 — password-protected PDF estimate to the insurer
add("stop", [], ["unscannable_attachment"],
    "a password-protected PDF cannot be inspected, sent to an external insurer",
    charset="utf-8", sender=frm("gomi"), to=["アジャスター 宮内様 <miyauchi.k@tokiwa-sonpo.co.jp>"],
    subject="追加見積書（TK-26-118842）※パスワード付き",
    body=f"""宮内様

五味です。リアフロア修正分の追加見積書をお送りします。
PDFにはパスワードを設定しています。パスワードはお電話でお伝えします。

{SIG['gomi']}
""",
    attachments=[{"kind": "pdf", "name": "追加見積書_TK-26-118842.pdf", "password": "0427",
                  "lines": ["追加見積書", "リアフロアパネル修正　88,000円"]}])

# 066 — DOCX work order to the body-shop subcontractor
add("pass", [], [],
    "a work order about a vehicle's damage and parts to a subcontractor: no person's data",
    charset="cp932", sender=frm("gomi"), to=["やまびこ板金 工場長 <kojo@yamabiko-bankin.jp>"],
    subject="外注作業指示書（塗装 2台）",
    body=f"""やまびこ板金 工場長様

五味です。今週の外注分、作業指示書を添付します。
引取りは水曜の午後に伺います。

{SIG['gomi']}
""",
    attachments=[{"kind": "docx", "name": "外注作業指示書_1020.docx",
                  "paragraphs": ["外注作業指示書", "発注元：日の出産業株式会社 板金塗装課", "納期：10月29日（水）"],
                  "tables": [[["No", "車種", "カラー", "作業内容"],
                              ["1", "ヴォクシー", "070 ホワイトパールCS", "バックドア 3コート塗装"],
                              ["2", "N-BOX", "NH-883P", "右スライドドア ぼかし塗装"]]]}])

# 067 — welfare-vehicle buyers with disability details, to the manufacturer
_wv = people(5, birth_from=1940, birth_to=1990)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "five buyers with their disability (障害名・等級) and contacts, sent to the external manufacturer",
    charset="utf-8", sender=frm("osone"), to=["福祉車両推進室 <welcab-support@tsubame-motors.co.jp>"],
    subject="福祉車両 モニターアンケート対象者のご連絡",
    body=f"""つばめ自動車 福祉車両推進室 御中

日の出オートサービス町田店の大曽根です。
モニターアンケートへのご協力を承諾いただいたお客様をお知らせします。

""" + "\n".join(f"{i + 1}. {p['name']}／{p['addr']}／{p['home']}／{d}"
                 for i, (p, d) in enumerate(zip(_wv, [
                     "車いす使用（脊髄損傷、1種1級）", "左上肢機能障害（2級）", "ご家族が要介護3（認知症）",
                     "両下肢機能障害（1級）", "視覚障害のご家族の送迎用"]))) + f"""

アンケート用紙は各お客様へ直接郵送をお願いいたします。

{SIG['osone']}
""")

# 068 — two external organisations: supplier and maker about recall parts
add("pass", [], ["multiple_external_domains"],
    "a supplier and a maker in To/Cc about recall parts allocation: two organisations, no personal data",
    charset="iso-2022-jp", sender=frm("otobe"),
    to=["坂井様 <sakai@minato-parts.jp>"], cc=["サービス部 リコール担当 <recall@tsubame-motors.co.jp>"],
    subject="リコール部品（燃料ポンプ）の割当数について",
    body=f"""みなと部品 坂井様
（CC：つばめ自動車 サービス部 リコールご担当者様）

お世話になっております。日の出産業 部品課の乙部です。
リコール届出番号 5794（燃料ポンプ）の対象車が当社管理で41台あり、
現在の割当数（月10個）では年内に完了できません。
11月分の割当を20個に増やしていただくことは可能でしょうか。

{SIG['otobe']}
""")

# 069 — an accident-handling manual stamped 取扱注意, to the tow partner
add("stop", [], ["confidential_marking"],
    "a PDF stamped 取扱注意 in its header, sent to an external tow company",
    charset="cp932", sender=frm("owada"), to=["配車 <haisha@road-assist24.jp>"],
    subject="事故車入庫時の対応フロー（改訂版）",
    body=f"""ロードアシスト24 配車ご担当様

大和田です。事故車を当社に搬入いただく際の対応フローを改訂しましたので共有します。

{SIG['owada']}
""",
    attachments=[{"kind": "pdf", "name": "事故車入庫対応フロー_v3.pdf", "page_header": "取扱注意",
                  "title": "事故車入庫対応フロー（取扱注意）",
                  "lines": ["【取扱注意】事故車入庫対応フロー　第3版", "",
                            "1. 搬入前に保険会社の受付番号を確認", "2. 夜間は相模原店の裏門から搬入（暗証番号は別途）",
                            "3. 保険会社アジャスターへの連絡は大和田経由", "4. 提携レンタカーの割引率 25%（社内限り）"]}])

# 070 — an appointment confirmation to one customer's carrier mail
add("pass", [], ["freemail_recipient"],
    "an appointment confirmation to one customer on a carrier address",
    charset="iso-2022-jp", sender=frm("higa"), to=["tsukumo.r.0812@docomo.ne.jp"],
    subject="ご予約確認（日の出オート厚木店）",
    body="""九十九様

ご予約ありがとうございます。日の出オート厚木店です。

　日時：11月3日（月・祝）10:00
　内容：12か月点検＋オイル交換
　所要：約90分（店内でお待ちいただけます）

当日は車検証と点検整備記録簿をお持ちください。
変更の際は 046-220-7781 までご連絡ください。

日の出オート厚木店　比嘉
""")

# 071 — a driver's epileptic seizure during a delivery, to the customer and their insurer
_p = person(1975, 1995)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "multiple_external_domains"],
    "a named employee's medical condition (てんかん発作, 服薬) in an incident report to two external firms",
    charset="utf-8", sender=frm("makabe"),
    to=["野間様 <noma@sagami-kensetsu.co.jp>"], cc=["宮内様 <miyauchi.k@tokiwa-sonpo.co.jp>"],
    subject="納車中の事故についてのご報告とお詫び",
    body=f"""相模建設株式会社 工務部 野間様
（CC：ときわ損保 宮内様）

日の出産業 総務部の真壁でございます。
10月17日、貴社車両（ハイエース）を納車のため運転していた弊社従業員が、
相模原市内で縁石に接触する事故を起こしました。誠に申し訳ございません。

運転していた{_p['name']}（整備課）は、運転中にてんかんの発作を起こしたことが
病院の診察で分かりました。本人は以前から服薬していたものの、当日は飲み忘れていたとのことです。
今後は当人を運転業務から外し、再発防止策を徹底いたします。

車両の修理は弊社負担で行います。詳細は改めてご説明に伺います。

{SIG['makabe']}
""")

# 072 — a recall notice with the customers in Bcc
add("pass", [], ["freemail_recipient"],
    "recall notice to customers correctly put in Bcc; only free-mail recipients, none visible to others",
    charset="cp932", sender=frm("sasamori"), to=["sagamihara-front@hinode-sangyo.co.jp"],
    bcc=[p["email"] for p in people(9)],
    subject="【リコールのお知らせ】エアバッグインフレータの交換について",
    body=f"""お客様各位

平素より日の出オートサービスをご愛顧いただきありがとうございます。
メーカーより、助手席エアバッグのインフレータに関するリコール（届出番号 5833）の連絡がありました。
当店の記録で、お客様のお車が対象となっております。

交換は無償、作業時間は約1時間です。
ご予約はお電話（042-750-3811）またはWeb予約からお願いいたします。

{SIG['sasamori']}
""")

# 073 — English: a CONFIDENTIAL-stamped DOCX to the overseas supplier
add("stop", [], ["confidential_marking"],
    "the attached DOCX is stamped CONFIDENTIAL in its header and title, sent to an external supplier",
    charset="utf-8", sender=frm("otobe"), to=["Grace Lim <grace.lim@pacific-autoparts.com>"],
    subject="Our 2027 volume forecast",
    body=f"""Dear Grace,

As discussed, please find attached our volume forecast for 2027.
We would like your best price proposal for the brake parts on this basis.

Best regards,

{EN_SIG['otobe']}

{DISCLAIMER_EN}
""",
    attachments=[{"kind": "docx", "name": "HS_2027_volume_forecast.docx", "page_header": "CONFIDENTIAL",
                  "paragraphs": ["CONFIDENTIAL — Hinode Sangyo internal planning data",
                                 "2027 purchase volume forecast (brake parts)"],
                  "tables": [[["Part", "2026 actual", "2027 forecast", "Target price (USD)"],
                              ["Front brake rotor", "410", "520", "35.00"],
                              ["Ceramic pad set", "780", "900", "19.80"]]]}])

# 074 — an invoice with the issuer's registration number (T + 法人番号)
_cn = corp_number("0210" + f"{R.randint(10**7, 10**8 - 1)}")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "an invoice to a fleet customer with the company's T-number (法人番号): business data only",
    charset="iso-2022-jp", sender=frm("shishido"), to=["経理部 <keiri@aoba-unyu.co.jp>"],
    subject="10月分 ご請求書送付（日の出産業株式会社）",
    body=f"""青葉運輸株式会社 経理部 御中

いつもお世話になっております。日の出産業 経理課の宍戸です。
10月分のご請求書をお送りします。

　請求番号：INV-2610-0388
　ご請求金額：1,284,360円（税込）
　お支払期限：11月30日
　振込先：みどり銀行 相模大野支店 当座 0123456 ヒノデサンギヨウ（カ
　登録番号：T{_cn}

{SIG['shishido']}
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2610-0388.pdf",
                  "lines": ["請　求　書", "青葉運輸株式会社 御中", f"日の出産業株式会社　登録番号 T{_cn}", ""],
                  "table": [["日付", "内容", "金額"],
                            ["10/02", "車検整備 相模 100 か 12-31", "186,200"],
                            ["10/09", "3か月点検 4台", "52,800"],
                            ["10/21", "板金修理 相模 400 す 3-88", "928,600"],
                            ["", "消費税", "116,760"], ["", "合計", "1,284,360"]]}])

# 075 — a damaged PDF scan to a private customer
add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "the attached PDF is corrupt and cannot be inspected; recipient is a private free-mail address",
    charset="cp932", sender=frm("kagami"), to=["akiyama.family@gmail.com"],
    subject="車検証の写しをお送りします",
    body=f"""秋山様

日の出オートサービス相模原店の加賀美です。
お電話でご依頼いただいた、新しい車検証（電子車検証）の写しと
自動車検査証記録事項をPDFでお送りします。

{SIG['kagami']}
""",
    attachments=[{"kind": "corrupt", "name": "車検証記録事項_秋山様.pdf"}])
# =====================================================================================
# 076–100
# =====================================================================================

# 076 — space-padded table: seven customers' 自賠責 renewals to another agency
_jb = people(7)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "seven customers' names and phones in a padded plain-text table, to an external insurance agency",
    charset="iso-2022-jp", sender=frm("kagami"), to=["あおぞら保険サービス 今村様 <imamura@aozora-hoken.co.jp>"],
    subject="自賠責 更新予定（12月車検分）",
    body=f"""あおぞら保険サービス
今村様

お世話になっております。日の出オート相模原店の加賀美です。
12月車検のお客様のうち、自賠責を貴社でお取扱いの方は以下のとおりです。
証明書の準備をお願いいたします。

""" + ptable([["満了日", "氏名", "電話", "車名", "登録番号"]] +
             [[ymd(date(2026, 12, R.randint(1, 28))), p["name"], p["tel"], p["car"], p["plate"]] for p in _jb]) + f"""

以上7件です。

{SIG['kagami']}
""")

# 077 — one policyholder's details to the insurer
_p = person(1960, 1995)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one policyholder's name and phone with a claim number, to the insurer: single person, may warn",
    charset="cp932", sender=frm("owada"), to=["事故受付センター <jiko-uketsuke@hikari-kaijo.co.jp>"],
    subject="事故受付（代理店報告）相模原店入庫分",
    body=f"""ひかり海上火災保険 事故受付センター御中

代理店コード 88-0417、日の出産業の大和田です。
下記の事故について代理店報告いたします。

証券番号：HK{R.randint(10000000, 99999999)}
ご契約者：{_p['name']} 様
連絡先　：{_p['tel']}
事故日時：10月22日 8:10ごろ
場所　　：相模原市南区 上鶴間本町の市道（見通しの悪い交差点）
内容　　：単独事故。電柱に左前部を接触。けが人なし。
車両　　：{_p['car']}　当社相模原店に入庫済み

アジャスターのご手配をお願いいたします。

{SIG['owada']}
""")

# 078 — card sales detail with full card numbers in an XLSX to the outside accountant
_cs = people(3)
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "an XLSX of card sales with full card numbers and holder names, sent to an external accounting office",
    charset="utf-8", sender=frm("shishido"), to=["会計事務所M 松尾様 <matsuo@kaikei-office-m.jp>"],
    subject="カード売上の入金差異について",
    body=f"""松尾様

宍戸です。9月のカード売上と入金額が3件分合わないため、明細を添付します。
決済端末から出力した明細をそのまま貼り付けています。

{SIG['shishido']}
""",
    attachments=[{"kind": "xlsx", "name": "カード売上差異_202609.xlsx",
                  "sheets": {"差異": [["2026年9月 カード売上 入金差異明細"], [],
                                      ["取引日", "カード番号", "名義", "金額", "入金額", "差異"]] +
                             [[ymd(date(2026, 9, R.randint(1, 30))), card(), p["ROMAJI"],
                               f"{R.randint(30, 180) * 1000}", "0", "未入金"] for p in _cs],
                             "メモ": [["端末入替日（9/15）前後の取引で発生"]]}}])

# 079 — a maker's recall notice forwarded inside the company
add("pass", [], [],
    "a manufacturer's recall bulletin forwarded to internal shop addresses only",
    charset="iso-2022-jp", sender=frm("sasamori"), to=["service-all@hinode-sangyo.co.jp"],
    cc=[addr("otobe")],
    subject="FW: 【リコール通知】届出番号5833 助手席エアバッグインフレータ",
    body="""整備課各位

メーカーからのリコール通知を転送します。対象車の抽出は部品課で実施中です。
部品の入荷は11月中旬からの予定です。

笹森

---------- Forwarded message ---------
From: つばめ自動車 サービス部 <recall@tsubame-motors.co.jp>
Date: 2026年10月20日(火) 10:00
Subject: 【リコール通知】届出番号5833 助手席エアバッグインフレータ

販売店・整備事業者各位
対象：2017年3月〜2019年8月製造の一部車両（車台番号は別紙参照）
内容：助手席エアバッグのインフレータを対策品に交換（作業時間1.0h、作業コード R5833-01）
""")

# 080 — tab-separated list: six of the customer's drivers with mobiles
_dr = people(6, birth_from=1970, birth_to=2000)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "six drivers with mobile numbers pasted tab-separated, sent to an external fleet customer",
    charset="cp932", sender=frm("higa"), to=["大河内様 <okochi@kitaguni-foods.co.jp>"],
    subject="代車お届け先ドライバーの確認",
    body="""大河内様

厚木店の比嘉です。来週の冷凍車点検の間、代車をお届けするドライバーの方の一覧です。
当社で把握している携帯番号が合っているか、ご確認をお願いします。

氏名\t所属\t携帯\t代車
""" + "\n".join(f"{p['name']}\t{R.choice(['厚木センター', '海老名センター'])}\t{p['tel']}\t{R.choice(['ハイエース', 'キャラバン'])}"
                 for p in _dr) + """

比嘉
""")

# 081 — a question to the inspection office
add("pass", [], [],
    "a procedural question to the vehicle inspection office: no personal data",
    charset="utf-8", sender=frm("sasamori"), to=["相談窓口 <soudan@kanto-kensa.or.jp>"],
    subject="指定整備での構造変更の取扱いについて（問合せ）",
    body=f"""ご担当者様

相模原市で指定工場を営んでおります日の出産業株式会社の笹森と申します。
キャンピング架装（8ナンバー化）を伴う構造変更について、
指定整備記録簿での対応が可能か、持込み検査が必要かをお伺いしたくご連絡しました。

対象は車両総重量3.5t未満の貨物車で、ベッドキットと換気扇を追加する予定です。
お手数ですがご教示いただけますと幸いです。

{SIG['sasamori']}
""")

# 082 — forward of an internal intake list to the body-shop subcontractor
_fw = people(6)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "a forwarded internal mail with six customers' addresses and phones, sent to an external subcontractor",
    charset="iso-2022-jp", sender=frm("gomi"), to=["やまびこ板金 工場長 <kojo@yamabiko-bankin.jp>"],
    subject="転送: 11月 板金入庫予定",
    body="""工場長

五味です。11月の入庫予定です。外注に出す分の段取りの参考にしてください。
引取り・納車を直接お願いする場合があるので、連絡先もそのまま送ります。

-------- 転送元のメッセージ --------
差出人: 加賀美 沙織 <kagami@hinode-sangyo.co.jp>
件名: 11月 板金入庫予定
宛先: 五味 拓郎 <t-gomi@hinode-sangyo.co.jp>

""" + "\n".join(f"■{p['name']}様\n　{p['addr']}\n　{p['tel']}\n　{p['car']} {R.choice(['左リアドア凹み', 'フロントバンパー割れ', 'ルーフ雹害', 'ボンネット飛び石'])}"
                 for p in _fw) + "\n")

# 083 — an unencrypted ZIP of damage photos to the insurer
add("pass", [], [],
    "an unencrypted ZIP of damage photos for a claim: readable, no personal data",
    charset="cp932", sender=frm("gomi"), to=["須藤様 <sudo.r@hikari-kaijo.co.jp>"],
    subject="損傷写真送付（HK-2610-3391）",
    body=f"""須藤様

五味です。分解後の損傷写真をZIPでお送りします（8枚）。
リアフロアの歪みは写真5〜7でご確認いただけます。

{SIG['gomi']}
""",
    attachments=[{"kind": "zip", "name": "損傷写真_HK-2610-3391.zip",
                  "files": [{"kind": "png", "name": f"IMG_{4410 + i}.png"} for i in range(8)]}])

# 084 — the password of an earlier ZIP, in a separate mail
add("pass", [], [],
    "a separate password mail without attachment and without personal data",
    charset="iso-2022-jp", sender=frm("yanase"), to=["中園様 <nakazono@tsubasa-system.jp>"],
    subject="パスワードのご連絡",
    body="""中園様

柳瀬です。先ほどお送りしたファイルのパスワードです。

　Hn#2026-1015

次回からは貴社のファイル共有サービス経由でお渡しするようにします。
""")

# 085 — a DOCX of a name-change application holding the owner's My Number
_p = person(1950, 1985)
_mn = mynum()
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "a DOCX with a vehicle owner's 個人番号, DOB (和暦) and address, sent to an external 行政書士 office",
    charset="utf-8", sender=frm("osone"), to=["藤本行政書士事務所 <info@fujimoto-gyosei.jp>"],
    subject="移転登録（相続）の書類一式",
    body=f"""藤本先生

町田店の大曽根です。相続による移転登録の件、お客様からお預かりした内容を
Wordにまとめました。ご確認のうえ申請書の作成をお願いいたします。

{SIG['osone']}
""",
    attachments=[{"kind": "docx", "name": "移転登録_相続_聞取り票.docx",
                  "paragraphs": ["移転登録（相続）聞取り票", "作成：日の出オートサービス町田店"],
                  "tables": [[["項目", "内容"],
                              ["新所有者 氏名", _p["name"]],
                              ["フリガナ", _p["kana"]],
                              ["生年月日", wareki(_p["dob"], "fwshort")],
                              ["住所", _p["addr"]],
                              ["個人番号", _mn],
                              ["旧所有者", f"{_p['sei']} 義男（令和8年8月 死亡）"],
                              ["車両", f"{_p['car']} {_p['plate']} 車台番号 {_p['vin']}"]]]}])

# 086 — English mail with the standard disclaimer
add("pass", [], [],
    "English scheduling mail to a foreign partner; 'confidential' only in the standard disclaimer",
    charset="utf-8", sender=frm("hiwatashi"), to=["Mark Jensen <m.jensen@nordic-fleetservices.com>"],
    subject="Visit to our Sagamihara workshop on 12 November",
    body=f"""Dear Mark,

Thank you for your interest in our fleet maintenance service.
We are glad to welcome you and your colleague at our Sagamihara workshop on
Wednesday, 12 November, at 14:00. The visit will take about 90 minutes:

  14:00  Introduction (meeting room, 2F)
  14:20  Workshop tour: inspection line, body shop, paint booth
  15:10  Q&A and pricing for the 120-vehicle contract

The workshop is a 10-minute walk from JR Sagamihara Station.

Best regards,

{EN_SIG['hiwatashi']}

{DISCLAIMER_EN}
""")

# 087 — a seminar invitation to five fleet customers, all in To/Cc
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "five external companies' contacts in To/Cc see each other: an invitation that should use Bcc",
    charset="cp932", sender=frm("hiwatashi"),
    to=["片桐様 <katagiri@aoba-unyu.co.jp>", "大河内様 <okochi@kitaguni-foods.co.jp>",
        "野間様 <noma@sagami-kensetsu.co.jp>", "運行管理 <unkou@tama-kotsu.co.jp>"],
    cc=["大野様 <ono.t@kawasaki-denki.co.jp>"],
    subject="【ご案内】法人様向け 冬季車両管理セミナー（11/26）",
    body=f"""法人のお客様各位

平素より大変お世話になっております。
法人のお客様を対象に、冬季の車両管理セミナーを開催いたします。

　日時：11月26日（水）15:00〜16:30
　会場：さくらホテル相模大野 2F「楓」
　内容：スタッドレスタイヤの管理、バッテリー点検の実演、事故時の初動対応
　参加費：無料（各社2名様まで）

お申込みは11月14日までに本メールへご返信ください。

{SIG['hiwatashi']}
""")

# 088 — a forgotten item, one customer on iCloud mail
add("pass", [], ["freemail_recipient"],
    "a lost-property notice to one private customer",
    charset="iso-2022-jp", sender=frm("kagami"), to=["栗花落 様 <tsuyuri.h@icloud.com>"],
    subject="お忘れ物のご連絡（日の出オート相模原店）",
    body=f"""栗花落様

日の出オートサービス相模原店の加賀美です。
先日の車検でお預かりした際、グローブボックス内にあったサングラスケースと
ETCカード（車載器に挿入されたまま）を、車内清掃時に保管いたしました。

ETCカードは車載器に戻しておりますが、サングラスケースは店頭でお預かりしています。
ご来店の際にお声がけください。

{SIG['kagami']}
""")

# 089 — look-alike of the partner law firm (shirakawa-1aw.jp), with one customer's contact
_p = person(1960, 1990)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "shirakawa-1aw.jp replaces l with 1: a look-alike of the partner law firm; one customer's contact inside",
    charset="utf-8", sender=frm("owada"), to=["白川法律事務所 高見先生 <takami@shirakawa-1aw.jp>"],
    subject="修理代金未払いの件（ご相談）",
    body=f"""白川法律事務所
高見先生

いつもお世話になっております。日の出産業の大和田です。
板金修理の代金（412,500円）が、納車から4か月経っても支払われていない件でご相談です。

お客様：{_p['name']} 様（携帯 {_p['tel']}）
請求書番号：INV-2606-0177
督促状況：電話4回、書面2回（6月・8月）、いずれも応答なし

内容証明の送付からお願いできればと考えております。

{SIG['owada']}
""")

# 090 — a supplier registration form with the company's 法人番号
_cn2 = corp_number(f"{R.randint(10**11, 10**12 - 1)}")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "a vendor registration with the company's 法人番号 and office address: business data only",
    charset="cp932", sender=frm("shishido"), to=["購買部 取引先登録 <torihiki@hokuto-tire.co.jp>"],
    subject="取引先登録票の送付",
    body=f"""北斗タイヤ販売株式会社
購買部 取引先登録ご担当者様

お世話になっております。日の出産業 経理課の宍戸です。
ご依頼の取引先登録票の記載事項をお送りします。

　商号　　：日の出産業株式会社
　法人番号：{_cn2}
　所在地　：〒252-0303 神奈川県相模原市南区相模大野6-2-10
　代表電話：042-749-1100
　支払条件：月末締め翌月末払い
　振込口座：みどり銀行 相模大野支店 普通 1234567

押印済みの原本は本日郵送いたします。

{SIG['shishido']}
""")

# 091 — look-alike of the partner kitaguni-foods.co.jp (dropped s)
add("stop", [], ["lookalike_domain"],
    "kitaguni-food.co.jp drops a letter from the partner domain kitaguni-foods.co.jp",
    charset="iso-2022-jp", sender=frm("hiwatashi"), to=["大河内様 <okochi@kitaguni-food.co.jp>"],
    subject="メンテナンスパック 契約書（案）の送付",
    body=f"""北国フーズ株式会社 大河内様

お世話になっております。樋渡です。
先日ご提案した車両メンテナンスパックについて、契約書（案）を添付いたします。
月額料金は38台分で 188,100円（税別）です。

{SIG['hiwatashi']}
""",
    attachments=[{"kind": "docx", "name": "メンテナンスパック契約書_案.docx",
                  "paragraphs": ["車両メンテナンス業務委託契約書（案）",
                                 "北国フーズ株式会社（以下「甲」）と日の出産業株式会社（以下「乙」）は…",
                                 "第1条（目的）乙は甲の保有車両の定期点検・車検整備を行う。",
                                 "第5条（料金）月額 188,100円（税別）"]}])

# 092 — look-alike of the partner tsubasa-system.jp (added s)
add("stop", [], ["lookalike_domain"],
    "tsubasa-systems.jp adds a letter to the partner domain tsubasa-system.jp",
    charset="utf-8", sender=frm("yanase"), to=["サポートデスク <support@tsubasa-systems.jp>"],
    subject="【障害】整備管理システム 見積画面でエラー（ERR-5031）",
    body=f"""ツバサシステム サポートデスク御中

日の出産業 情報システム課の柳瀬です。
本日10:40頃から、全店で見積作成画面を開くと ERR-5031 が表示されます。
ブラウザのキャッシュ削除、再起動では解消しません。

・発生環境：Windows 11 / Edge 最新版
・影響範囲：相模原・町田・厚木の全端末（計14台）
・受付番号：（未採番）

至急の調査をお願いします。

{SIG['yanase']}
""")

# 093 — an inspection schedule for three company vehicles
add("pass", [], [],
    "a schedule for three company vehicles to a fleet customer: no personal data",
    charset="iso-2022-jp", sender=frm("higa"), to=["野間様 <noma@sagami-kensetsu.co.jp>"],
    subject="車検のご案内（ダンプ・軽トラック 計3台）",
    body=f"""相模建設株式会社 工務部 野間様

いつもお世話になっております。厚木店の比嘉です。
12月に車検満了を迎える車両が3台ございます。

　・相模 400 は 18-20（いすゞ フォワード ダンプ）　満了 12/9
　・相模 480 こ 2-41（スズキ キャリイ）　　　　　　満了 12/15
　・相模 480 こ 2-42（スズキ キャリイ）　　　　　　満了 12/15

ダンプは車検当日のみ代替車両（2tダンプ）を手配可能です。
ご都合のよい日程をお知らせください。

{SIG['higa']}
""")

# 094 — 【部外秘】 in the subject and body, to an outside consultant
add("stop", [], ["confidential_marking"],
    "the mail is classified 部外秘 and sent to an external consultant",
    charset="cp932", sender=frm("kuze"), to=["三谷様 <mitani@kaizen-partners.co.jp>"],
    subject="【部外秘】板金部門 外注比率と原価の資料",
    body=f"""改善パートナーズ 三谷様

久世です。ワークショップの事前資料として、板金部門の数字をお送りします。

＝＝＝＝＝＝ 部外秘 ＝＝＝＝＝＝
・外注比率　　　　：42%（前年 35%）
・外注先別単価　　：やまびこ板金 6,800円/h、他2社 7,200〜7,500円/h
・社内工賃原価　　：5,900円/h
・粗利率（板金）　：31.4%
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝

{SIG['kuze']}
""")

# 095 — internal: collecting employees' My Numbers within the company
_me = people(3, birth_from=1980, birth_to=2000)
add("pass", ["JP_MY_NUMBER", "PERSON_NAME"], [],
    "My Numbers of three employees, but sent only to the internal HR mailbox",
    charset="utf-8", sender=frm("higa"), to=["jinji-mynumber@hinode-sangyo.co.jp"], cc=[addr("makabe")],
    subject="厚木店 新入社員のマイナンバー提出",
    body="""総務部 マイナンバー担当 御中

厚木店の比嘉です。10月入社の3名分の個人番号を、本人確認のうえ提出します。

""" + "\n".join(f"{p['name']}：{mynum()}" for p in _me) + """

番号カードの写しは社内便（封緘）で送付済みです。
""")

# 096 — DOCX 年賀状 address list to the partner printer
_ny = people(32)
add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "a DOCX table of 32 customers' names and home addresses (年賀状宛名) sent to the external printer",
    charset="iso-2022-jp", sender=frm("kuze"), to=["村瀬様 <murase@nishiki-insatsu.co.jp>"],
    subject="年賀状 宛名リストの送付（町田店分）",
    body=f"""錦印刷 村瀬様

いつもお世話になっております。久世です。
町田店のお得意様向け年賀状の宛名リストをWordでお送りします（32件）。
宛名面は縦書き、差出人は「日の出オートサービス町田店 店長 大曽根浩二」でお願いします。

{SIG['kuze']}
""",
    attachments=[{"kind": "docx", "name": "年賀状宛名_町田店.docx",
                  "paragraphs": ["2027年 年賀状 宛名リスト（町田店）"],
                  "tables": [[["No", "郵便番号", "住所", "氏名", "敬称"]] +
                             [[str(i + 1), p["zip"], p["addr"], p["name"], "様"] for i, p in enumerate(_ny)]]}])

# 097 — either: the fleet customer's own vehicle list with assigned drivers' names only
_vd = people(10)
add("either", ["PERSON_NAME"], [],
    "the customer's own vehicles with assigned drivers' surnames only (no contact data): a judgement call",
    charset="cp932", sender=frm("hiwatashi"), to=["片桐様 <katagiri@aoba-unyu.co.jp>"],
    subject="車検満了一覧（2026年11月〜2027年3月）",
    body=f"""青葉運輸 片桐様

樋渡です。今後5か月の車検満了一覧です。担当欄は貴社からいただいた割当表のとおりです。

""" + ptable([["登録番号", "車名", "満了日", "担当"]] +
             [[plate(False), R.choice(["エルフ", "デュトロ", "ハイエース", "キャンター"]), ymd(p["expiry"]),
               p["sei"]] for p in _vd]) + f"""

{SIG['hiwatashi']}
""")

# 098 — either: the other party "went to hospital to be checked", no diagnosis
_o = person(1980, 2000)
add("either", ["PERSON_NAME"], [],
    "names the other party and says they went to hospital to be checked, without any diagnosis",
    charset="iso-2022-jp", sender=frm("owada"), to=["宮内様 <miyauchi.k@tokiwa-sonpo.co.jp>"],
    subject="TK-26-121003 相手方の状況",
    body=f"""宮内様

大和田です。本日の追突事故の件、相手方の{_o['name']}様は
首に違和感があるとのことで、念のため夕方に病院で診てもらうそうです。
結果が分かりましたら、ご契約者様経由でお知らせします。

{SIG['owada']}
""")

# 099 — either: five customers' surnames and the work to do, to the subcontractor
_sub = people(5)
add("either", ["PERSON_NAME"], [],
    "five customers' surnames with car and repair only (no contact details) to a subcontractor",
    charset="utf-8", sender=frm("gomi"), to=["やまびこ板金 工場長 <kojo@yamabiko-bankin.jp>"],
    subject="来週の外注分（5台）",
    body="""工場長

五味です。来週の外注分です。

""" + "\n".join(f"{p['sei']}様　{p['car']}　{R.choice(['左フェンダー交換・塗装', 'リアバンパー補修', 'ドアパンチ補修', 'ルーフ再塗装', 'ボンネットクリア剥げ'])}"
                 for p in _sub) + """

月曜に3台、水曜に2台お持ちします。
""")

# 100 — a customer's stroke as the cause of an accident, to the insurer
_p = person(1945, 1960)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named customer's diagnosis (脳梗塞, 入院中) as the accident cause, sent to the external insurer",
    charset="cp932", sender=frm("owada"), to=["事故受付センター <jiko-uketsuke@hikari-kaijo.co.jp>"],
    subject="事故状況のご報告（ご契約者様 入院中）",
    body=f"""ひかり海上火災保険 事故受付センター御中

日の出産業の大和田です。10月25日の物損事故の件でご報告します。

ご契約者の{_p['name']}様（{_p['tel']}・奥様の携帯）は、運転中に脳梗塞を発症され、
そのまま店舗の駐車場のフェンスに衝突されました。現在も相模大野中央病院に入院中で、
右半身に麻痺が残る可能性があると奥様から伺っています。

車両は当社相模原店に保管しています。今後のご連絡は奥様宛にお願いいたします。

{SIG['owada']}
""")
