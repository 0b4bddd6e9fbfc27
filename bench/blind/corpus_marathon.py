"""Blind corpus, area "marathon": 日の出産業株式会社 スポーツイベント事業部.

The sports-event division of 日の出産業 runs the secretariat of 「汐見シティマラソン」 (a city
marathon with full / half / 10 km / fun-run races) and the 「奥汐見トレイルレース」 (50K / 22K
trail races) in the fictional city of 汐見市 (静岡県).  Its mail covers entrants' lists and
bib (ナンバーカード) assignment with the bib printer (錦印刷) and the timing company
(ランテック計測), the entry system (ツバサシステム), medical check forms, first-aid (救護)
records and the hospital / fire brigade, volunteers and the volunteer centre, security
guards, police and city road closures, sponsors (北国フーズ, 川崎電機, みどり銀行 and others),
luggage and prize transport (青葉運輸), hotels for overseas runners (さくらホテル), and
English mail to overseas runners and tour agencies.

Every person, name, address, phone number, e-mail address, bib, passport, card, account,
licence and My Number below is invented (My Numbers and card numbers come from the
check-digit helpers in build.py); 汐見市 and all organisations other than 日の出産業 and
its listed partners are fictional, and so are their domains.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 10101
rng = random.Random(SEED)
_next_seed = [SEED]


def _seed() -> int:
    s = _next_seed[0]
    _next_seed[0] += 1
    return s


def mynum() -> str:
    return my_number(_seed())


def card() -> str:
    return card_number(_seed())


def corp_number(base12: str) -> str:
    """法人番号: check digit (first) + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- invented people ---------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("渡辺", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"), ("山本", "やまもと", "Yamamoto"),
    ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"),
    ("吉田", "よしだ", "Yoshida"), ("山口", "やまぐち", "Yamaguchi"), ("松本", "まつもと", "Matsumoto"),
    ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"), ("清水", "しみず", "Shimizu"),
    ("池田", "いけだ", "Ikeda"), ("橋本", "はしもと", "Hashimoto"), ("石川", "いしかわ", "Ishikawa"),
    ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"), ("岡田", "おかだ", "Okada"),
    ("後藤", "ごとう", "Goto"), ("長谷川", "はせがわ", "Hasegawa"), ("村上", "むらかみ", "Murakami"),
    ("近藤", "こんどう", "Kondo"), ("坂本", "さかもと", "Sakamoto"), ("遠藤", "えんどう", "Endo"),
    ("青木", "あおき", "Aoki"), ("藤井", "ふじい", "Fujii"), ("西村", "にしむら", "Nishimura"),
    ("福田", "ふくだ", "Fukuda"), ("太田", "おおた", "Ota"), ("三浦", "みうら", "Miura"),
    ("原田", "はらだ", "Harada"), ("小野", "おの", "Ono"), ("竹内", "たけうち", "Takeuchi"),
    ("金子", "かねこ", "Kaneko"), ("和田", "わだ", "Wada"), ("杉山", "すぎやま", "Sugiyama"),
    ("望月", "もちづき", "Mochizuki"), ("勝又", "かつまた", "Katsumata"), ("芹沢", "せりざわ", "Serizawa"),
    ("植松", "うえまつ", "Uematsu"), ("四十物", "あいもの", "Aimono"), ("小鳥遊", "たかなし", "Takanashi"),
    ("薬袋", "みない", "Minai"), ("月見里", "やまなし", "Yamanashi"), ("東海林", "しょうじ", "Shoji"),
    ("五百旗頭", "いおきべ", "Iokibe"), ("八月一日", "ほづみ", "Hozumi"), ("鬼頭", "きとう", "Kito"),
    ("王生", "みぶ", "Mibu"), ("百目鬼", "どうめき", "Domeki"), ("我妻", "わがつま", "Wagatsuma"),
    ("神宮寺", "じんぐうじ", "Jinguji"), ("漆畑", "うるしばた", "Urushibata"), ("鈴川", "すずかわ", "Suzukawa"),
    ("眞田", "さなだ", "Sanada"), ("土屋", "つちや", "Tsuchiya"), ("大石", "おおいし", "Oishi"),
]
GIVEN_M = [
    ("翔太", "しょうた", "Shota"), ("大輔", "だいすけ", "Daisuke"), ("健一", "けんいち", "Kenichi"),
    ("拓也", "たくや", "Takuya"), ("直樹", "なおき", "Naoki"), ("誠", "まこと", "Makoto"),
    ("隆之", "たかゆき", "Takayuki"), ("悠真", "ゆうま", "Yuma"), ("蓮", "れん", "Ren"),
    ("浩二", "こうじ", "Koji"), ("和也", "かずや", "Kazuya"), ("剛", "つよし", "Tsuyoshi"),
    ("哲也", "てつや", "Tetsuya"), ("修", "おさむ", "Osamu"), ("陽翔", "はると", "Haruto"),
    ("俊介", "しゅんすけ", "Shunsuke"), ("賢治", "けんじ", "Kenji"), ("稔", "みのる", "Minoru"),
    ("亮", "りょう", "Ryo"), ("聡", "さとし", "Satoshi"), ("一馬", "かずま", "Kazuma"),
    ("昌弘", "まさひろ", "Masahiro"),
]
GIVEN_F = [
    ("美咲", "みさき", "Misaki"), ("陽子", "ようこ", "Yoko"), ("由美", "ゆみ", "Yumi"),
    ("彩花", "あやか", "Ayaka"), ("真由美", "まゆみ", "Mayumi"), ("恵", "めぐみ", "Megumi"),
    ("結衣", "ゆい", "Yui"), ("千尋", "ちひろ", "Chihiro"), ("裕子", "ゆうこ", "Yuko"),
    ("奈々", "なな", "Nana"), ("香織", "かおり", "Kaori"), ("さくら", "さくら", "Sakura"),
    ("智子", "ともこ", "Tomoko"), ("明日香", "あすか", "Asuka"), ("典子", "のりこ", "Noriko"),
    ("葵", "あおい", "Aoi"), ("瑞穂", "みずほ", "Mizuho"), ("麻衣", "まい", "Mai"),
    ("朋美", "ともみ", "Tomomi"), ("紗希", "さき", "Saki"),
]
FOREIGN = [
    ("Daniel", "Whitaker", "USA"), ("Emily", "Hargreaves", "UK"), ("Liam", "O'Connell", "Ireland"),
    ("Chloe", "Brennan", "Australia"), ("Wei-Ting", "Lin", "Taiwan"), ("Chia-Hao", "Chen", "Taiwan"),
    ("Minji", "Park", "Korea"), ("Jae-won", "Kim", "Korea"), ("Siriporn", "Chaiyaporn", "Thailand"),
    ("Marco", "Bellandi", "Italy"), ("Sophie", "Lefebvre", "France"), ("Lukas", "Brandt", "Germany"),
    ("Hannah", "Kowalski", "Canada"), ("Rafael", "Souza", "Brazil"), ("Nurul", "Aziz", "Malaysia"),
    ("Grace", "Tan", "Singapore"), ("Oliver", "Pemberton", "New Zealand"), ("Ka-Yan", "Wong", "Hong Kong"),
    ("Thanh", "Nguyen", "Vietnam"), ("Mateo", "Alvarez", "Spain"),
]
ADDR = [
    ("静岡県", "汐見市", ["港町", "汐見台", "浜見", "松原町", "東新田", "旭ケ丘"], "436"),
    ("静岡県", "静岡市葵区", ["東草深町", "安東", "北安東", "城東町"], "420"),
    ("静岡県", "浜松市中央区", ["佐鳴台", "富塚町", "高丘東", "蜆塚"], "432"),
    ("静岡県", "沼津市", ["大岡", "下香貫", "本字千本"], "410"),
    ("静岡県", "富士市", ["吉原", "今泉", "永田町"], "417"),
    ("神奈川県", "横浜市港北区", ["日吉本町", "大倉山", "綱島西"], "223"),
    ("東京都", "世田谷区", ["桜新町", "用賀", "経堂"], "154"),
    ("東京都", "杉並区", ["阿佐谷北", "高円寺南", "荻窪"], "166"),
    ("愛知県", "名古屋市千種区", ["覚王山通", "春岡", "今池"], "464"),
    ("愛知県", "豊橋市", ["花田町", "西幸町"], "440"),
    ("埼玉県", "さいたま市浦和区", ["岸町", "常盤", "高砂"], "330"),
    ("千葉県", "船橋市", ["本町", "前原西"], "273"),
    ("大阪府", "大阪市北区", ["天神橋", "中崎"], "530"),
    ("山梨県", "甲府市", ["丸の内", "相生"], "400"),
    ("長野県", "松本市", ["城東", "中央"], "390"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "au.com", "gmail.com"]
BUILDINGS = ["", "", "", "", " ハイツ汐見201", " コーポ松原103", " グランメゾン浜見502",
             " サンライズ東新田2F", " パークサイド北安東305"]


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def wareki(y: int, m: int, d: int, short: bool = False) -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, e, n = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, e, n = "平成", "H", y - 1988
    else:
        era, e, n = "昭和", "S", y - 1925
    return f"{e}{n}.{m}.{d}" if short else f"{era}{n}年{m}月{d}日"


def person(sex: str | None = None, years: tuple[int, int] = (1956, 2004),
           area: int | None = None) -> dict:
    s = rng.choice(SURNAMES)
    sex = sex or rng.choice("MF")
    g = rng.choice(GIVEN_M if sex == "M" else GIVEN_F)
    y, m, d = rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28)
    pref, city, towns, zip3 = ADDR[area] if area is not None else rng.choice(ADDR)
    town = rng.choice(towns)
    addr = f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}{rng.choice(BUILDINGS)}"
    style = rng.randrange(4)
    if style == 0:
        local = f"{g[2].lower()}.{s[2].lower()}"
    elif style == 1:
        local = f"{s[2].lower()}{y % 100:02d}{m:02d}"
    elif style == 2:
        local = f"{g[2][0].lower()}{s[2].lower()}_{rng.randint(1, 999)}"
    else:
        local = f"run.{g[2].lower()}{rng.randint(10, 99)}"
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name2": f"{s[0]}{g[0]}",
        "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2].upper()}",
        "sex": "男" if sex == "M" else "女", "MF": sex, "y": y, "m": m, "d": d,
        "age": 2026 - y - (1 if (m, d) > (2, 15) else 0),
        "dob": f"{y}/{m:02d}/{d:02d}", "dob_iso": f"{y}-{m:02d}-{d:02d}",
        "dob_kanji": f"{y}年{m}月{d}日", "dob_wa": wareki(y, m, d), "dob_ws": wareki(y, m, d, True),
        "phone": mobile(), "email": f"{local}@{rng.choice(FREEMAIL)}",
        "zip": f"{zip3}-{rng.randint(0, 9999):04d}", "pref": pref, "addr": addr,
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def foreigner() -> dict:
    g, s, c = rng.choice(FOREIGN)
    y, m, d = rng.randint(1962, 2000), rng.randint(1, 12), rng.randint(1, 28)
    return {"given": g, "family": s, "name": f"{g} {s}", "country": c,
            "dob": f"{y}-{m:02d}-{d:02d}", "dob_en": f"{d:02d} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][m-1]} {y}",
            "email": f"{g.lower().replace('-', '')}.{s.lower().replace(chr(39), '')}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com'])}",
            "phone": f"+{rng.choice(['1', '44', '61', '886', '82', '65'])} {rng.randint(200, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"}


_ZEN = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def padtable(rows: list[list], sep: str = "  ", rule: str = "-", indent: str = "") -> str:
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        cells = [c + " " * (widths[i] - _w(c)) for i, c in enumerate(r)]
        out.append(indent + sep.join(cells).rstrip())
        if k == 0 and rule:
            out.append(indent + rule * (sum(widths) + len(sep) * (len(widths) - 1)))
    return "\n".join(out)


def tsv(rows: list[list]) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


# -- the secretariat ---------------------------------------------------------------------

DOM = "hinode-sangyo.co.jp"
OFFICE = ("汐見シティマラソン実行委員会 事務局（日の出産業株式会社 スポーツイベント事業部内）\n"
          "〒436-0043 静岡県汐見市港町2-5-1 汐見ベイビル4F\n"
          "TEL 0548-22-7310  FAX 0548-22-7311")
STAFF = {
    "otsuki": ("大槻 真澄", "事務局次長", "otsuki.masumi@hinode-sangyo.co.jp", "0548-22-7312"),
    "sakakibara": ("榊原 航", "エントリー・計測担当", "sakakibara.wataru@hinode-sangyo.co.jp", "0548-22-7315"),
    "nonomura": ("野々村 彩", "ボランティア担当", "nonomura.aya@hinode-sangyo.co.jp", "0548-22-7316"),
    "shiraishi": ("白石 慎吾", "交通・警備担当", "shiraishi.shingo@hinode-sangyo.co.jp", "0548-22-7318"),
    "miyakoshi": ("宮腰 里奈", "医療救護担当", "miyakoshi.rina@sports.hinode-sangyo.co.jp", "0548-22-7319"),
    "tabuchi": ("田淵 健太", "協賛営業", "tabuchi.kenta@hinode-sangyo.co.jp", "03-5201-4470"),
    "ellen": ("佐藤 エレン", "International Runners Desk", "ellen.sato@hinode-sangyo.co.jp", "0548-22-7320"),
    "koga": ("古賀 直人", "トレイル事業担当", "koga.naoto@hinode-sangyo.co.jp", "0548-22-7321"),
    "hori": ("堀 由紀子", "経理", "hori.yukiko@hinode-sangyo.co.jp", "03-5201-4402"),
    "asami": ("浅見 誠司", "スポーツイベント事業部長", "asami.seiji@hinode-sangyo.co.jp", "03-5201-4460"),
}


def frm(key: str) -> str:
    name, _, addr, _ = STAFF[key]
    return f"{name} <{addr}>"


def sig(key: str, style: int = 0) -> str:
    name, role, addr, tel = STAFF[key]
    if style == 0:
        return ("--\n" + f"{name}（{role}）\n" + OFFICE + f"\n直通 {tel}\nMail: {addr}")
    if style == 1:
        return ("━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\nスポーツイベント事業部　" + role + "\n"
                f"{name}\n〒436-0043 静岡県汐見市港町2-5-1 汐見ベイビル4F\nTEL：{tel}\nE-mail：{addr}\n"
                "━━━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return (f"＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n 汐見シティマラソン2026 実行委員会事務局\n {role}　{name}\n"
                f" TEL {tel} / FAX 0548-22-7311\n {addr}\n 大会公式サイト https://www.shiomi-marathon.jp/\n"
                "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊")
    # English
    return (f"--\n{STAFF[key][0]}\n{role}, Shiomi City Marathon Organizing Committee\n"
            "(operated by Hinode Sangyo Co., Ltd., Sports Event Division)\n"
            f"2-5-1 Minatomachi, Shiomi, Shizuoka 436-0043, Japan\nTel +81-548-22-7310\n{addr}")


DISCLAIMER_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISCLAIMER_EN = ("This e-mail and any attachments may contain confidential information intended "
                 "solely for the addressee. If you have received it in error, please notify the "
                 "sender and delete it.")

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"marathon-{len(MESSAGES) + 1:03d}"
    m.setdefault("charset", "utf-8")
    MESSAGES.append(m)

# ======================================================================================
# 001 ナンバーカード裏面印字データ → 錦印刷 (space-padded columns, emergency phones)
_p = people(10)
_rows = [["No.", "氏名", "フリガナ", "種目", "緊急連絡先"]]
for i, p in enumerate(_p):
    _rows.append([f"{3101 + i * 7}", p["name"], p["kana"], rng.choice(["フル", "フル", "ハーフ"]), mobile()])
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("sakakibara"), to=["錦印刷 制作部 梶様 <kaji.t@nishiki-insatsu.co.jp>"],
    subject="【汐見シティマラソン】ナンバーカード裏面印字データ（追加入金分）",
    body=f"""錦印刷株式会社
制作部 梶様

いつもお世話になっております。汐見シティマラソン事務局の榊原です。

先日お送りした印字データに、追加入金分の10名が漏れておりました。
大変お手数ですが、下記をナンバーカード裏面（緊急連絡先欄）の印字に追加してください。

{padtable(_rows)}

校正は今週中にPDFでいただけますと助かります。
よろしくお願いいたします。

{sig("sakakibara")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="10 entrants' names with emergency phone numbers in padded columns to the bib printer",
)

# 002 internal: full entry export to colleagues (internal only, subdomain cc)
_p = people(9)
_csv = [["エントリーID", "氏名", "生年月日", "メール", "種目"]] + [
    [f"SCM26-{40210 + i * 3}", p["name"], p["dob"], p["email"], rng.choice(["フル", "ハーフ", "10km"])]
    for i, p in enumerate(_p)]
add(
    expect="pass",
    sender=frm("sakakibara"),
    to=[f"大槻 真澄 <{STAFF['otsuki'][2]}>"], cc=[f"宮腰 里奈 <{STAFF['miyakoshi'][2]}>"],
    subject="エントリー締切後の未入金者リスト（社内確認用）",
    body=f"""大槻さん
（cc: 宮腰さん）

締切時点で未入金のままのエントリーを抜き出しました。CSVを添付します。
9件、督促メールは明日10時に一斉送信の予定です（Bccで送ります）。

宮腰さん：このうち2名は健康チェックシートも未提出です。

榊原
""",
    attachments=[{"kind": "csv", "name": "未入金_20251208.csv", "rows": _csv, "encoding": "cp932"}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], detectors=[],
    note="entrant list with DOB and e-mail, but every recipient is internal (incl. subdomain)",
)

# 003 entrant CSV to the timing company
_p = people(30)
_csv = [["ナンバー", "氏名", "フリガナ", "性別", "生年月日", "年齢", "都道府県", "種目", "申告タイム", "メールアドレス"]]
for i, p in enumerate(_p):
    _csv.append([str(1001 + i), p["name"], p["kana"], p["sex"], p["dob"], str(p["age"]), p["pref"],
                 "フルマラソン", f"{rng.randint(3, 5)}:{rng.randint(0, 59):02d}:00", p["email"]])
add(
    expect="stop", charset="cp932",
    sender=frm("sakakibara"), to=["ランテック計測 石毛様 <ishige@runtec-timing.co.jp>"],
    cc=[f"大槻 真澄 <{STAFF['otsuki'][2]}>"],
    subject="計測用エントリーデータ（フル Aブロック）送付の件",
    body=f"""ランテック計測株式会社
石毛様

お世話になっております。汐見シティマラソン事務局の榊原です。
計測チップ紐付け用のエントリーデータ（フルマラソン Aブロック分）をCSVでお送りします。
文字コードはShift_JIS、1行目がヘッダーです。

残りのブロックは今週金曜日までにお送りします。
ご確認よろしくお願いいたします。

{sig("sakakibara", 1)}
""",
    attachments=[{"kind": "csv", "name": "SCM2026_full_A.csv", "rows": _csv, "encoding": "cp932"}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="CSV of 30 entrants with DOB and e-mail to the external timing company",
)

# 004 road-closure timetable to police and city (two organisations, no personal data)
_rows = [["区間", "規制内容", "規制時間"],
         ["市役所前交差点〜港大橋東", "全面通行止め", "8:15〜10:10"],
         ["港大橋〜汐見港入口", "全面通行止め", "8:25〜11:30"],
         ["海岸通り（浜見1〜松原町）", "片側交互通行", "8:40〜13:20"],
         ["旭ケ丘バイパス側道", "進入禁止", "9:00〜14:10"],
         ["東新田交差点", "迂回誘導", "9:10〜14:40"]]
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("shiraishi"),
    to=["汐見警察署 交通課 規制係 <kisei@shiomi-ps.police-shizuoka.lg.jp>",
        "汐見市 道路管理課 <doro-kanri@city.shiomi.lg.jp>"],
    subject="交通規制時間（第3版）のご確認",
    body=f"""汐見警察署 交通課 ご担当者様
汐見市 道路管理課 ご担当者様

いつも大変お世話になっております。汐見シティマラソン事務局 交通・警備担当の白石でございます。

先日の三者打合せを受けて、交通規制時間を下記のとおり修正いたしました（第3版）。
変更点は「海岸通り」の解除時刻（13:00→13:20）と、東新田交差点の迂回誘導の追加です。

{padtable(_rows, sep="　")}

道路使用許可申請書の差替え分は、12日（金）に窓口へお持ちします。
ご不明点がございましたらご連絡ください。

{sig("shiraishi", 1)}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="road closure timetable to police and city: two external organisations, no personal data",
)

# 005 one runner's medical check form content, in running text, to the hospital
_p = person("M", (1958, 1962))
add(
    expect="stop",
    sender=frm("miyakoshi"), to=["汐見中央病院 救急科 蓮見先生 <hasumi@shiomi-chuo-hosp.or.jp>"],
    subject="ご相談：ハイリスク申告のあったランナー1名について",
    body=f"""汐見中央病院 救急科
蓮見先生

いつもお世話になっております。大会医療救護担当の宮腰です。
健康チェックシートで気になる申告が1件ありましたので、ご相談させてください。

フルマラソンにエントリーの{_p['name']}様（ナンバー2287、{_p['dob_kanji']}生、{_p['age']}歳）ですが、
既往歴欄に「2023年に急性心筋梗塞、ステント留置。現在も抗血小板薬を服用中」との記載があり、
主治医からは「完走は可、ただし心拍管理のこと」とのコメントをいただいているそうです。

当日は25km地点のAED隊に情報共有しておくべきか、モバイル隊の巡回を厚くすべきか、
先生のご意見をいただけますでしょうか。

{sig("miyakoshi")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one runner's cardiac history (要配慮個人情報) with name and DOB in running text to a hospital",
)

# 006 aid-station list to the sponsor (business list)
_rows = [["No.", "地点", "場所", "提供品", "数量（目安）"],
         ["1", "5.2km", "市役所東側 歩道", "水・スポーツドリンク", "各3,000杯"],
         ["2", "10.1km", "港大橋たもと", "水・スポーツドリンク・バナナ", "各3,500杯／800本"],
         ["3", "15.0km", "汐見港緑地", "水・ゼリー", "3,500杯／2,000個"],
         ["4", "21.1km", "浜見公園", "水・スポドリ・塩タブレット", "4,000杯"],
         ["5", "30.4km", "松原町 公民館前", "水・みかん・パン", "4,000杯"],
         ["6", "37.0km", "東新田 ふれあい広場", "水・コーラ・おしるこ", "3,000杯"]]
add(
    expect="pass",
    sender=frm("tabuchi"), to=["北国フーズ 販促部 真壁様 <makabe@kitaguni-foods.co.jp>"],
    subject="給水・給食所の配置と提供数量（ご協賛品）",
    body=f"""北国フーズ株式会社
販促部 真壁様

平素より汐見シティマラソンへのご協賛を賜り、誠にありがとうございます。
日の出産業の田淵です。

ご協賛品（ゼリー・パン）の納品数量算定のため、給水・給食所の配置表を共有いたします。

{padtable(_rows)}

納品は大会前日の14時〜16時、汐見港緑地の物資集積所へお願いいたします。
台車が必要でしたら当方でご用意します。

{sig("tabuchi", 2)}
""",
    entities=[], detectors=[],
    note="list of aid stations and quantities to a partner sponsor: places, not people",
)

# 007 look-alike of a partner: kitaguni-food.co.jp (letter dropped)
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("tabuchi"), to=["真壁 様 <makabe@kitaguni-food.co.jp>"],
    subject="Re: 前日納品の時間帯について",
    body=f"""真壁様

お世話になっております。田淵です。
前日納品の件、14時〜16時でご了承いただきありがとうございます。
当日はトラック2台分の駐車スペースを汐見港緑地の北側に確保しました。
搬入口の地図を添付しますので、ドライバーの方にお渡しいただけますでしょうか。

{sig("tabuchi", 2)}
""",
    attachments=[{"kind": "png", "name": "搬入口地図.png"}],
    entities=[], detectors=["lookalike_domain"],
    note="recipient domain kitaguni-food.co.jp is a look-alike of partner kitaguni-foods.co.jp",
)

# 008 volunteer list, tab-separated, to the volunteer centre
_p = people(12, years=(1950, 2007))
_rows = [["氏名", "年齢", "携帯", "メール", "活動場所", "Tシャツ"]]
for p in _p:
    _rows.append([p["name"], str(p["age"]), p["phone"], p["email"],
                  rng.choice(["第2給水所", "手荷物預かり", "スタート整列", "フィニッシュ完走証", "第5給食所"]),
                  rng.choice(["S", "M", "L", "XL"])])
add(
    expect="stop",
    sender=frm("nonomura"), to=["汐見市社会福祉協議会 ボランティアセンター <vc@shiomi-shakyo.or.jp>"],
    subject="大会ボランティア 個人応募者の配置（センター経由分）",
    body=f"""汐見市社会福祉協議会
ボランティアセンター 御中

いつもお世話になっております。汐見シティマラソン事務局の野々村です。
センター経由でご応募いただいた個人ボランティアの方の配置が決まりましたので、共有いたします。
（Excelから貼り付けていますので、タブ区切りになっています）

{tsv(_rows)}

ボランティア保険の加入手続きもあわせてお願いできれば幸いです。

{sig("nonomura")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="12 volunteers with mobile numbers and e-mail, tab-separated, to an external centre",
)

# 009 reply to one entrant on free mail about his own race change
_p = person("M")
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("sakakibara"), to=[f"{_p['name']} <{_p['email']}>"],
    subject="Re: 種目変更のお願い（フル→ハーフ）",
    body=f"""{_p['name']} 様

汐見シティマラソン事務局でございます。
お問い合わせいただいた種目変更（フルマラソン→ハーフマラソン）の件、承りました。

新しいナンバーは「H-0562」となります。ナンバーカードと計測チップは
大会1週間前に届く参加案内に同封いたしますので、今しばらくお待ちください。
なお、差額の参加料につきましては、大会規約により返金いたしかねます。ご了承ください。

当日のご健走をお祈りしております。

汐見シティマラソン事務局
{sig("sakakibara", 2)}
""",
    entities=[], detectors=["freemail_recipient"],
    note="reply to one entrant on free mail about his own entry; no third party's data",
)

# 010 English, four overseas runners visible in To
_f = [foreigner() for _ in range(4)]
for _i, _dom in enumerate(["gmail.com", "outlook.com", "yahoo.com", "gmail.com"]):
    _f[_i]["email"] = _f[_i]["email"].split("@")[0] + "@" + _dom
add(
    expect="stop",
    sender=frm("ellen"), to=[f"{f['name']} <{f['email']}>" for f in _f],
    subject="Shiomi City Marathon - shuttle bus from Shiomi Station on race day",
    body=f"""Dear runners,

Thank you for registering for the Shiomi City Marathon 2026 through our International
Runners Desk.

On race day (Sunday 15 February) free shuttle buses will run from the south exit of
Shiomi Station to the start area every 10 minutes from 6:30 to 8:00. The ride takes
about 15 minutes. Please show your bib to the driver.

Baggage drop closes at 8:20, and the full marathon starts at 9:00 sharp.

If you have any questions, just reply to this e-mail.

Best regards,
{sig("ellen", 3)}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four private runners' addresses visible to each other in To: should have been Bcc",
)

# 011 first-aid records table (full-width spaces) to the fire department
_p = people(7, years=(1960, 2005))
_sym = [("熱けいれん（下腿）", "補液・ストレッチ", "復帰"), ("転倒 擦過傷（右膝）", "洗浄・被覆", "復帰"),
        ("低血糖の疑い", "糖分補給・安静", "リタイア"), ("胸部不快感", "心電図・AED準備", "救急搬送（汐見中央病院）"),
        ("脱水・嘔吐", "補液・安静", "リタイア"), ("足関節捻挫", "RICE処置", "リタイア"),
        ("過換気症候群", "安静・声かけ", "復帰")]
_rows = [["時刻", "ナンバー", "氏名", "年齢", "性別", "症状", "処置", "転帰"]]
_times = sorted(rng.sample(range(8 * 60 + 40, 12 * 60), 7))
for i, (p, s) in enumerate(zip(_p, _sym)):
    _rows.append([f"{_times[i] // 60}:{_times[i] % 60:02d}", str(rng.randint(1000, 9999)), p["name"],
                  str(p["age"]), p["sex"], s[0], s[1], s[2]])
add(
    expect="stop",
    sender=frm("miyakoshi"), to=["汐見市消防本部 警防課 <keibo@shiomi-shobo.lg.jp>"],
    subject="第3救護所（25km）救護記録の写し",
    body=f"""汐見市消防本部 警防課 御中

大会当日は救急隊の待機をいただき、ありがとうございました。
ご依頼のありました第3救護所の救護記録を、転記してお送りします。

{padtable(_rows, sep="　", rule="─")}

原本は事務局で保管しております。
救急搬送の1件については、搬送記録票の控えを別途郵送いたします。

{sig("miyakoshi", 1)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="seven runners' first-aid records (symptoms, treatment) with names to the fire department",
)

# 012 NDA talk with the timing company
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("otsuki"), to=["ランテック計測 営業部 石毛様 <ishige@runtec-timing.co.jp>"],
    subject="秘密保持契約書（案）へのコメント",
    body=f"""ランテック計測株式会社
営業部 石毛様

いつもお世話になっております。日の出産業の大槻です。
先日お送りいただいた秘密保持契約書（案）について、弊社法務からのコメントをお伝えします。

1. 第2条「機密情報」の定義に、エントリーデータ（個人情報）を明示的に含めてください。
2. 第7条の返還・廃棄条項に「大会終了後90日以内の消去と、消去証明書の提出」を追記したいと考えています。
3. 再委託（第9条）は事前の書面承諾を条件とする形でお願いします。

修正版をWordでお送りいただければ、こちらで最終確認のうえ押印手続きに進めます。
よろしくお願いいたします。

{sig("otsuki")}
""",
    entities=[], detectors=[],
    note="mail about an NDA with the timing company; no marking, no personal data",
)

# 013 社外秘 stamp only in the attached PDF
add(
    expect="stop",
    sender=frm("tabuchi"), to=["川崎電機 宣伝部 能勢様 <nose.k@kawasaki-denki.co.jp>"],
    subject="2026大会 協賛メニューのご提案",
    body=f"""川崎電機株式会社
宣伝部 能勢様

お世話になっております。日の出産業の田淵です。
先日はお時間をいただきありがとうございました。

お打合せの内容を踏まえ、2026大会の協賛メニューをまとめましたのでお送りします。
フィニッシュゲートの冠表示と、計測タワーの大型ビジョン枠を組み合わせた案になっております。

ご検討のほど、よろしくお願いいたします。

{sig("tabuchi")}
""",
    attachments=[{"kind": "pdf", "name": "協賛提案_川崎電機様_v2.pdf", "page_header": "社外秘",
                  "title": "汐見シティマラソン2026 協賛メニュー",
                  "lines": ["汐見シティマラソン2026 協賛メニューご提案", "",
                            "1. フィニッシュゲート冠表示  3,000,000円", "2. 計測タワー大型ビジョン（15秒×40回） 1,200,000円",
                            "3. 参加賞タオルへのロゴ掲出  800,000円", "",
                            "※ 他社様への提示額・値引条件を含みます（実行委員会内部資料）"]}],
    entities=[], detectors=["confidential_marking"],
    note="the attached PDF carries a 社外秘 page header; the mail text itself looks ordinary",
)

# 014 three external parties in To: city, police, bus company, taxi association
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("shiraishi"),
    to=["汐見市 市民スポーツ課 <sports@city.shiomi.lg.jp>",
        "汐見警察署 交通課 <kotsu@shiomi-ps.police-shizuoka.lg.jp>",
        "汐見交通バス 運行管理部 <unko@shiomi-bus.co.jp>",
        "汐見地区タクシー協会 <info@shiomi-taxi.or.jp>"],
    subject="交通規制に関する関係者説明会（1/20）のご案内",
    body=f"""関係各位

いつも大変お世話になっております。
汐見シティマラソン事務局 交通・警備担当の白石でございます。

大会当日の交通規制およびバス路線の迂回について、関係者説明会を下記のとおり開催いたします。

　日時：2026年1月20日（火）14:00〜15:30
　会場：汐見市役所 本館3階 第2会議室
　内容：規制区間・時間、迂回ルート、路線バスの運休区間、タクシー乗降場所

ご出席者のお名前を1月15日までにご返信いただけますと幸いです。

{sig("shiraishi")}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external organisations can see each other in To: should have been Bcc",
)

# 015 reply to the hospital; the medical details are only in quoted text
_p = person("F", (1970, 1980))
add(
    expect="pass",
    sender=frm("miyakoshi"), to=["汐見中央病院 救急科 蓮見先生 <hasumi@shiomi-chuo-hosp.or.jp>"],
    subject="Re: ご相談：ハイリスク申告のあったランナー",
    body=f"""蓮見先生

ご助言ありがとうございます。承知しました。
25km地点のAED隊には「心疾患の既往がある方が1名いる」ことだけ伝え、
個人の特定につながる情報は先生方のチーム内のみで扱うようにします。
モバイル隊の巡回も20〜30km区間を1組増やします。

宮腰

> 宮腰様
>
> {_p['name']}さん（ナンバー3390）の件、拝見しました。
> 拡張型心筋症で通院中とのことですので、
> 主治医の意見書の写しを当日救護本部に1部置いてください。
> 25km以降は心拍が上がりやすいので、AED隊の位置は現行案で問題ありません。
>
> 汐見中央病院 救急科 蓮見
""",
    entities=[], detectors=[],
    note="the runner's diagnosis appears only in quoted text the hospital wrote; new text has none",
)

# 016 passport list of overseas runners to the partner hotel (XLSX)
_f = [foreigner() for _ in range(8)]
_sheet = [["International Runners - Group Check-in (Sakura Hotel Shiomi)"], [],
          ["No.", "Family name", "Given name", "Nationality", "Date of birth", "Passport No.", "Check-in", "Nights"]]
for i, f in enumerate(_f):
    _sheet.append([i + 1, f["family"].upper(), f["given"], f["country"], f["dob"],
                   f"{rng.choice(['P', 'E', 'M', 'K'])}{rng.randint(10000000, 99999999)}",
                   "2026-02-13", rng.choice([2, 3, 4])])
add(
    expect="stop",
    sender=frm("ellen"), to=["さくらホテル汐見 フロント 今井様 <front-shiomi@sakura-hotel.jp>"],
    subject="海外ランナー団体チェックイン名簿（2/13着）",
    body=f"""さくらホテル汐見
フロント 今井様

いつもお世話になっております。汐見シティマラソン事務局の佐藤エレンです。
2月13日チェックインの海外ランナー8名分の名簿をお送りします。
宿泊者名簿へのパスポート番号の記載が必要とのことでしたので、番号も入れてあります。

ご確認をお願いいたします。

{sig("ellen")}
""",
    attachments=[{"kind": "xlsx", "name": "intl_runners_checkin_0213.xlsx", "sheets": {"Check-in": _sheet}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="eight overseas runners' passport numbers and dates of birth in an XLSX to a hotel",
)

# 017 a runner's card number in the body to the payment provider
_p = person()
_cn = card()
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("hori"), to=["ペイリンク決済 加盟店サポート <support@paylink-kessai.co.jp>"],
    subject="二重決済の取消依頼（汐見シティマラソン エントリー）",
    body=f"""ペイリンク決済株式会社
加盟店サポート ご担当者様

加盟店ID：HS-220918（日の出産業株式会社）の堀でございます。
エントリー受付で同一のお申込みが二重に決済されておりましたので、1件の取消をお願いいたします。

　お客様名：{_p['name']}（{_p['kana']}）様
　カード番号：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}
　決済日時：2025/11/03 21:14 および 21:15
　金額：各 12,000円
　取消対象：21:15 の決済

お手数ですが、取消完了のご連絡をいただけますと幸いです。

{sig("hori")}
""",
    entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="a runner's full credit card number with her name in the body to the payment provider",
)

# 018 invoice to a sponsor: company account and T-number only
_tn = corp_number("012001087345")
add(
    expect="pass",
    sender=frm("hori"), to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    cc=["北国フーズ 販促部 真壁様 <makabe@kitaguni-foods.co.jp>"],
    subject="請求書送付のご案内（出展ブース料）",
    body=f"""北国フーズ株式会社
経理部 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
汐見シティマラソン EXPO 出展ブース料の請求書をお送りいたします。

　請求書番号：HS-INV-2026-0148
　件名：汐見シティマラソン2026 EXPOブース（2小間）
　金額：396,000円（税込）
　お支払期限：2026年1月31日
　お振込先：みどり銀行 本店営業部 普通 3012875 ヒノデサンギョウ（カ
　登録番号：T{_tn}

請求書原本は本日郵送いたしました。

{sig("hori", 1)}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with the company's own bank account and T-number: business data, no people",
)

# 019 password-protected ZIP (PPAP) to the timing company
_p = people(6)
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("sakakibara"), to=["ランテック計測 石毛様 <ishige@runtec-timing.co.jp>"],
    subject="ハーフ・10kmのエントリーデータ（パスワード別送）",
    body=f"""石毛様

お世話になっております。榊原です。
ハーフマラソンと10kmのエントリーデータをお送りします。
個人情報を含むためZIPにパスワードをかけています。パスワードは別メールでお知らせします。

{sig("sakakibara")}
""",
    attachments=[{"kind": "zip", "name": "SCM2026_half_10k.zip", "password": "Shiomi#2026",
                  "files": [{"kind": "csv", "name": "half_10k.csv",
                             "rows": [["ナンバー", "氏名", "生年月日", "電話"]] +
                                     [[str(5001 + i), p["name"], p["dob"], p["phone"]] for i, p in enumerate(_p)]}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external company: the contents cannot be inspected",
)

# 020 English: list of partner hotels (businesses) to an overseas tour agency
add(
    expect="pass",
    sender=frm("ellen"), to=["RunAsia Tours - Operations <ops@runasia-tours.com>"],
    subject="Official hotels near the start area - Shiomi City Marathon 2026",
    body=f"""Dear RunAsia Tours team,

As requested, here are the official partner hotels within walking distance of the start
(Shiomi City Hall). All of them offer a late check-out until 14:00 on race day.

  Hotel                       Address                                 Phone            Walk to start
  --------------------------  --------------------------------------  ---------------  -------------
  Sakura Hotel Shiomi         1-3-8 Minatomachi, Shiomi               +81-548-22-0800  5 min
  Shiomi Bay Hotel            4-1 Hamami, Shiomi                      +81-548-23-1188  9 min
  Hotel Route Minato          2-10-2 Minatomachi, Shiomi              +81-548-21-3355  6 min
  Comfort Stay Shiomi Ekimae  1-1-1 Ekimae, Shiomi                    +81-548-20-7700  14 min
  Business Hotel Matsubara    3-6-20 Matsubaracho, Shiomi             +81-548-24-0421  12 min

Group bookings of 10 rooms or more should go through our desk so that we can hold the
runners' rate for you.

Kind regards,
{sig("ellen", 3)}

{DISCLAIMER_EN}
""",
    entities=[], detectors=[],
    note="list of hotels (businesses with switchboards) to one external agency, plus a disclaimer",
)

# 021 look-alike of the own domain (hinode-sangyo.jp, "co." dropped) for a colleague
add(
    expect="stop",
    sender=frm("nonomura"), to=["野々村 彩 <nonomura.aya@hinode-sangyo.jp>"],
    subject="ボランティア当日シフト表（自宅作業用）",
    body="""自分宛て。
週末に自宅で配置の見直しをするので、シフト表の最新版を送っておきます。

・スタート整列：7:00集合　60名
・給水所（6か所）：7:30集合　各25名
・手荷物預かり：6:30集合　40名
・フィニッシュ（完走証・メダル）：10:30集合　50名

野々村
""",
    attachments=[{"kind": "xlsx", "name": "当日シフト_v5.xlsx",
                  "sheets": {"シフト": [["持ち場", "集合", "人数", "リーダー班"],
                                      ["スタート整列", "7:00", 60, "A"], ["給水所1〜3", "7:30", 75, "B"],
                                      ["給水所4〜6", "7:30", 75, "C"], ["手荷物預かり", "6:30", 40, "D"],
                                      ["フィニッシュ", "10:30", 50, "E"]]}}],
    entities=[], detectors=["lookalike_domain"],
    note="sent to hinode-sangyo.jp, a look-alike of the own domain hinode-sangyo.co.jp",
)

# 022 DOCX: visually impaired runners and guide runners to an NPO
_p = people(6)
_g = people(6, years=(1965, 1995))
_tbl = [["ナンバー", "ランナー氏名", "障害の状況", "伴走者", "伴走者 携帯"]]
for i, (p, g) in enumerate(zip(_p, _g)):
    _tbl.append([f"V-{i + 1:02d}", p["name"], rng.choice(["視覚障害1級（全盲）", "視覚障害2級（弱視）", "視覚障害1級", "視覚障害3級（視野狭窄）"]),
                 g["name"], g["phone"]])
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("nonomura"), to=["NPO法人 汐見ブラインドランナーズ 事務局 <office@shiomi-blind-runners.or.jp>"],
    subject="視覚障害ランナー・伴走者ペア一覧（確定版）",
    body=f"""NPO法人 汐見ブラインドランナーズ
事務局 御中

いつも大会運営にご協力いただき、ありがとうございます。
今年度の視覚障害ランナーと伴走者のペア一覧（確定版）をWordでお送りします。
整列時の優先誘導と、伴走ロープの貸出数の確認にお使いください。

{sig("nonomura", 1)}
""",
    attachments=[{"kind": "docx", "name": "伴走ペア一覧_確定.docx",
                  "paragraphs": ["汐見シティマラソン2026　視覚障害ランナー・伴走者ペア一覧", "（2026年1月9日 確定）"],
                  "tables": [_tbl]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="DOCX table of six runners' disability grades (要配慮) with names and guides' phones to an NPO",
)

# 023 three staff attending the course inspection, with mobiles, to the police
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("shiraishi"), to=["汐見警察署 交通課 杉浦様 <sugiura@shiomi-ps.police-shizuoka.lg.jp>"],
    subject="コース合同点検の参加者について",
    body=f"""汐見警察署 交通課
杉浦様

お世話になっております。白石です。
1月27日（火）のコース合同点検、事務局からは下記3名で伺います。
当日の連絡は各自の携帯にお願いいたします。

　白石 慎吾　（交通・警備担当）　090-4418-2093
　大槻 真澄　（事務局次長）　　　080-6620-5147
　古川 拓郎　（警備会社 現場責任者）070-3981-0562

集合は9:30、市役所北側駐車場でよろしいでしょうか。

{sig("shiraishi")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three attendees with mobile numbers: a short list under the five-person threshold (may warn)",
)

# 024 HTML-only mail: prize winners with addresses and phones to the sponsor
_p = people(7)
_trs = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>〒{p['zip']}</td><td>{p['addr']}</td><td>{p['phone']}</td><td>{rng.choice(['A賞 ギフトセット', 'B賞 スープ詰合せ', 'B賞 スープ詰合せ'])}</td></tr>"
    for i, p in enumerate(_p))
add(
    expect="stop",
    sender=frm("tabuchi"), to=["北国フーズ 販促部 真壁様 <makabe@kitaguni-foods.co.jp>"],
    subject="【発送依頼】協賛賞 当選者のお届け先",
    html=f"""<html><body>
<p>北国フーズ株式会社<br>販促部 真壁様</p>
<p>いつもお世話になっております。日の出産業の田淵です。<br>
完走者抽選の「北国フーズ賞」当選者が確定しましたので、お届け先をお送りします。<br>
2月末までの発送をお願いできますでしょうか。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>No.</th><th>氏名</th><th>郵便番号</th><th>住所</th><th>電話番号</th><th>賞品</th></tr>
{_trs}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>田淵 健太（協賛営業）<br>日の出産業株式会社 スポーツイベント事業部<br>TEL 03-5201-4470</p>
</body></html>""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only mail with a table of seven winners' home addresses and phones to a sponsor",
)

# 025 internal: first-aid summary with diagnoses to the division head
_p = people(5)
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("miyakoshi"), to=[f"浅見 誠司 <{STAFF['asami'][2]}>"], cc=[f"大槻 真澄 <{STAFF['otsuki'][2]}>"],
    subject="【社内】救護搬送5件の概要報告",
    body=f"""浅見部長
（cc 大槻さん）

本日の救急搬送5件について、取り急ぎ概要をご報告します。

1) {_p[0]['name']}（{_p[0]['age']}）　38km　心室細動→AED除細動1回、汐見中央病院ICU
2) {_p[1]['name']}（{_p[1]['age']}）　フィニッシュ後　熱中症（III度）、汐見中央病院
3) {_p[2]['name']}（{_p[2]['age']}）　12km　転倒、右橈骨骨折の疑い、汐見第一病院
4) {_p[3]['name']}（{_p[3]['age']}）　29km　喘息発作、汐見中央病院（既往あり）
5) {_p[4]['name']}（{_p[4]['age']}）　ハーフ18km　低ナトリウム血症の疑い、汐見中央病院

1)の方は意識回復済みとの連絡を受けています。保険会社への事故報告は明朝行います。

宮腰
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="diagnoses of five runners, but only internal recipients",
)

# 026 My Numbers of two doctors (謝金 支払調書) to the tax accountant
_d = people(2, years=(1962, 1980))
_m1, _m2 = mynum(), mynum()
add(
    expect="stop",
    sender=frm("hori"), to=["森岡税理士事務所 担当 小松様 <komatsu@morioka-tax.jp>"],
    subject="大会救護医師 謝金の支払調書作成について",
    body=f"""森岡税理士事務所
小松様

お世話になっております。日の出産業 経理の堀です。
マラソン大会の救護医師2名に謝金をお支払いしましたので、支払調書の作成をお願いいたします。

■1人目
　氏名：{_d[0]['name']}
　住所：〒{_d[0]['zip']} {_d[0]['addr']}
　個人番号：{_m1[:4]} {_m1[4:8]} {_m1[8:]}
　支払金額：100,000円（源泉徴収税額 10,210円）

■2人目
　氏名：{_d[1]['name']}
　住所：〒{_d[1]['zip']} {_d[1]['addr']}
　個人番号：{_m2}
　支払金額：60,000円（源泉徴収税額 6,126円）

何卒よろしくお願いいたします。

{sig("hori")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="two doctors' My Numbers with names and home addresses to an external tax office",
)

# 027 shipment tracking numbers for participation gifts to 青葉運輸
add(
    expect="pass",
    sender=frm("sakakibara"), to=["青葉運輸 汐見営業所 <shiomi-eigyo@aoba-unyu.co.jp>"],
    subject="参加賞（タオル）配送の追跡番号について",
    body=f"""青葉運輸株式会社 汐見営業所 御中

お世話になっております。汐見シティマラソン事務局の榊原です。
先週出荷いただいた参加賞の配送状況を確認させてください。
下記3件がまだ「輸送中」のままになっています。

  お問合せ番号     届け先                         個口
  ---------------  -----------------------------  ----
  4471-2390-8815   汐見市役所 市民スポーツ課      12
  4471-2390-8822   汐見港緑地 物資集積所          40
  4471-2390-8839   さくらホテル汐見 フロント       6

納品期限は2月12日です。遅延の見込みがあればご連絡ください。

{sig("sakakibara")}
""",
    entities=[], detectors=[],
    note="tracking numbers and business delivery points to a partner: no personal data",
)

# 028 list without a name column: volunteers' phones and e-mails to a university
_p = people(8, years=(2003, 2007))
_rows = [["受付No", "携帯番号", "メールアドレス", "学年", "希望持ち場"]]
for i, p in enumerate(_p):
    _rows.append([f"U-{i + 11:03d}", p["phone"], p["email"], f"{rng.randint(1, 4)}年", rng.choice(["給水", "手荷物", "誘導", "完走証"])])
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("nonomura"), to=["汐見国際大学 学生支援課 <gakusei@shiomi-kokusai.ac.jp>"],
    subject="学生ボランティア 連絡先の確認（受付番号順）",
    body=f"""汐見国際大学 学生支援課 御中

いつもお世話になっております。野々村です。
学生ボランティアの皆さんへの事前説明会の案内が一部届いていないようです。
お名前は伏せて受付番号順にしていますので、連絡先に誤りがないか学内の名簿とご照合いただけますか。

{padtable(_rows)}

{sig("nonomura")}
""",
    entities=["PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="eight students' mobile numbers and e-mails without a name column, to a university",
)

# 029 two external organisations in To (sponsor and printer)
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("tabuchi"),
    to=["北国フーズ 真壁様 <makabe@kitaguni-foods.co.jp>", "錦印刷 梶様 <kaji.t@nishiki-insatsu.co.jp>"],
    subject="給水コップへのロゴ印刷について（三者確認）",
    body=f"""北国フーズ 真壁様
錦印刷 梶様

お世話になっております。日の出産業の田淵です。
給水コップへのロゴ印刷について、仕様を三者で確認させてください。

・コップ：7オンス紙コップ 80,000個
・印刷：1色（北国フーズ様コーポレートグリーン DIC 641）
・データ：北国フーズ様からAI形式で錦印刷様へ直接ご入稿
・納期：1月30日（金）汐見港緑地 物資集積所

入稿データの受け渡し方法について、お二方で直接ご調整いただけますと助かります。

{sig("tabuchi")}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="ordinary three-way mail with two external organisations in To",
)

# 030 【取扱注意】 security plan to the security company
add(
    expect="stop",
    sender=frm("shiraishi"), to=["東海セキュリティ警備 運用部 古川様 <furukawa@tokai-keibi.co.jp>"],
    subject="【取扱注意】大会当日 警備計画書（最終案）",
    body=f"""東海セキュリティ警備株式会社
運用部 古川様

お世話になっております。白石です。
警備計画書の最終案をお送りします。表題のとおり取扱注意の文書ですので、
現場責任者の方までの共有に留めてください。

変更点：
・要人（来賓）の動線を市役所西口に変更
・スタート地点の手荷物検査レーンを6→8レーン
・不審物発見時の連絡系統に消防本部を追加

{sig("shiraishi", 1)}
""",
    attachments=[{"kind": "docx", "name": "警備計画書_最終案.docx", "page_header": "取扱注意",
                  "paragraphs": ["汐見シティマラソン2026 警備計画書（最終案）", "1. 警備体制", "2. 来賓動線",
                                 "3. 不審物対応", "4. 緊急連絡系統"]}]
    ,
    entities=[], detectors=["confidential_marking"],
    note="【取扱注意】 classification on the mail and on the attached plan, sent to an external company",
)

# 031 crime victim: theft from baggage drop, victim named, to the luggage contractor
_p = person("M", (1975, 1990))
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("otsuki"), to=["青葉運輸 汐見営業所 所長 内藤様 <naito@aoba-unyu.co.jp>"],
    subject="手荷物預かり所での盗難被害について（事実確認のお願い）",
    body=f"""青葉運輸株式会社 汐見営業所
所長 内藤様

お世話になっております。日の出産業の大槻です。
大会当日、手荷物預かり所（トラックNo.7）で盗難被害の申告がありました。

被害に遭われたのはナンバー4518の{_p['name']}様（{_p['age']}歳、携帯 {_p['phone']}）で、
預けた袋から財布（現金約3万円、クレジットカード2枚）がなくなっていたとのことです。
ご本人はすでに汐見警察署に被害届を提出済みで、警察から当社に照会が来る可能性があります。

当日のトラックNo.7の担当者名と、受け渡し時の確認手順について、
事実関係をまとめてご報告いただけますでしょうか。

{sig("otsuki")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named runner as a crime (theft) victim, with his phone, in running text to a contractor",
)

# 032 English to an overseas timing-equipment vendor, no personal data
add(
    expect="pass",
    sender=frm("sakakibara"), to=["PaceGrid Systems Support <support@pacegrid.com>"],
    subject="Split mats at 25 km - antenna firmware question",
    body=f"""Hello PaceGrid support,

We are renting 14 split mats (model SM-900) through our local timing partner for the
Shiomi City Marathon on 15 February 2026.

At our test on 6 January, two mats at the 25 km point reported read rates of about 96 %
when runners crossed in dense packs (more than 40 runners per second). Firmware is 4.2.1.
Is there a recommended setting for the detection window in such conditions, or should we
update to 4.3?

Our device serial numbers are SM9-22081 and SM9-22094.

Thank you,
Wataru Sakakibara
Timing coordinator, Shiomi City Marathon
{STAFF['sakakibara'][2]}
""",
    entities=[], detectors=[],
    note="technical English mail to a foreign vendor: serial numbers, no people",
)

# 033 corrupt XLSX to the city
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("shiraishi"), to=["汐見市 市民スポーツ課 <sports@city.shiomi.lg.jp>"],
    subject="エイドステーション配置表（更新版）",
    body=f"""汐見市 市民スポーツ課 御中

お世話になっております。白石です。
エイドステーションの配置表を更新しましたので、お送りします。
占用許可の範囲と照らし合わせていただけますと幸いです。

{sig("shiraishi")}
""",
    attachments=[{"kind": "corrupt", "name": "エイド配置_更新版.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# 034 four volunteer leaders with phones to the volunteer centre
_p = people(4, years=(1955, 1985))
_rows = [["班", "リーダー", "携帯", "担当"]]
for k, p in zip("ABCD", _p):
    _rows.append([k + "班", p["name"], zen(p["phone"]), rng.choice(["給水1〜3", "給水4〜6", "手荷物", "整列"])])
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("nonomura"), to=["汐見市社会福祉協議会 ボランティアセンター 青山様 <aoyama@shiomi-shakyo.or.jp>"],
    subject="当日の班リーダー連絡先",
    body=f"""青山様

いつもありがとうございます。野々村です。
当日センターから直接連絡を取っていただく4名の班リーダーをお知らせします。

{padtable(_rows, sep="　　", rule="")}

ご本人たちにはセンターへ番号をお伝えすることを了承いただいています。

{sig("nonomura")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four leaders' phone numbers (full-width digits): under the five-person threshold",
)

# 035 FW of an entrant's mail (asthma, hospital stay) to the insurer
_p = person("F", (1978, 1992))
add(
    expect="stop",
    sender=frm("miyakoshi"), to=["東海スポーツ保険サービス 事故受付 <jiko@tokai-sports-hoken.co.jp>"],
    subject="FW: 大会中の体調不良について（保険請求の相談）",
    body=f"""東海スポーツ保険サービス 事故受付 ご担当者様

大会傷害保険（証券番号 TSH-2025-00871）の件でご相談です。
参加者の方から下記のメールが届きました。保険金請求の対象になるかご確認いただけますでしょうか。

宮腰（汐見シティマラソン事務局 医療救護担当）

---------- Forwarded message ---------
From: {_p['name']} <{_p['email']}>
Date: 2026年2月18日(水) 22:41
Subject: 大会中の体調不良について
To: info@shiomi-marathon.jp

事務局御中

ハーフマラソンに出場した{_p['name']}（ナンバー H-1187）です。
18km付近で喘息の発作が起き、救護所から汐見中央病院に運ばれ、そのまま2泊入院しました。
持病の喘息は普段は吸入薬でコントロールできているのですが、当日の寒さで悪化したようです。
入院費について保険が使えるのか教えてください。

住所：〒{_p['zip']} {_p['addr']}
電話：{_p['phone']}
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward (new text to the insurer) of a runner's asthma attack and hospital stay, with her contacts",
)

# 036 price list of sponsorship packages
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("tabuchi"), to=["汐見信用金庫 地域振興部 <chiiki@shiomi-shinkin.co.jp>"],
    subject="協賛プランのご案内（汐見シティマラソン2026）",
    body=f"""汐見信用金庫 地域振興部 御中

突然のご連絡失礼いたします。汐見シティマラソン実行委員会の田淵と申します。
先日の商工会議所の会合でご関心をお寄せいただき、ありがとうございました。
2026大会の協賛プランをご案内いたします。

　■プラチナ　　3,000,000円　フィニッシュゲート冠・ゼッケン下部ロゴ・EXPO 4小間
　■ゴールド　　1,500,000円　給水所冠（1か所）・公式サイトバナー・EXPO 2小間
　■シルバー　　　500,000円　コース沿道看板（10枚）・EXPO 1小間
　■サポーター　　100,000円　大会パンフレット広告（1/4頁）

金額はいずれも税別です。物品協賛（飲料・食品・記念品）も承っております。
ご関心のあるプランがございましたら、詳しい資料をお持ちして伺います。

{sig("tabuchi", 2)}

{DISCLAIMER_JA}
""",
    entities=[], detectors=[],
    note="sponsorship price list with the standard disclaimer: ordinary business mail",
)

# 037 look-alike of the printer: nishiki-insatu.co.jp
add(
    expect="stop",
    sender=frm("sakakibara"), to=["錦印刷 梶様 <kaji.t@nishiki-insatu.co.jp>"],
    subject="Re: ナンバーカード デザイン校正（初校）",
    body=f"""梶様

初校ありがとうございました。榊原です。
2点修正をお願いします。

1. 下部の協賛社ロゴ：左から「北国フーズ」「川崎電機」「みどり銀行」の順に並べ替え
2. フルマラソンの地色：#E60012 → #D7000F（少し暗めに）

再校は金曜日までにいただけますでしょうか。

{sig("sakakibara")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp is a look-alike of partner nishiki-insatsu.co.jp (letter dropped)",
)

# 038 XLSX, two sheets: invited elite athletes with DOB and passports, to a travel agency
_d = people(4, years=(1994, 2003))
_f = [foreigner() for _ in range(4)]
_s1 = [["招待選手（国内）"], ["氏名", "所属", "生年月日", "自己ベスト", "出発地"]] + [
    [p["name"], rng.choice(["汐見電工", "東海ロジテック陸上部", "静岡アスリートクラブ", "個人"]), p["dob_kanji"],
     f"2:{rng.randint(9, 20)}:{rng.randint(0, 59):02d}", rng.choice(["羽田", "伊丹", "福岡", "新千歳"])] for p in _d]
_s2 = [["Invited athletes (overseas)"], ["Name", "Nationality", "Date of birth", "Passport No.", "PB", "From"]] + [
    [f["name"], f["country"], f["dob"], f"{rng.choice(['A', 'C', 'N'])}{rng.randint(1000000, 9999999)}",
     f"2:{rng.randint(6, 12)}:{rng.randint(0, 59):02d}", rng.choice(["NBO", "ADD", "LHR", "SIN"])] for f in _f]
add(
    expect="stop",
    sender=frm("otsuki"), to=["東海トラベル 法人営業部 <hojin@tokai-travel.co.jp>"],
    subject="招待選手の航空券手配（名簿送付）",
    body=f"""東海トラベル株式会社
法人営業部 御中

いつもお世話になっております。日の出産業の大槻です。
招待選手8名（国内4名・海外4名）の航空券手配をお願いいたします。
名簿をExcelでお送りします（シートが国内・海外の2枚に分かれています）。
海外選手は2月11日着、国内選手は2月14日着でお願いします。

{sig("otsuki")}
""",
    attachments=[{"kind": "xlsx", "name": "招待選手名簿_航空券手配.xlsx", "sheets": {"国内": _s1, "海外": _s2}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="eight athletes' dates of birth and passport numbers in a two-sheet XLSX to a travel agency",
)

# 039 entry statistics (counts only) XLSX to the tourism association
_pref = ["静岡県", "東京都", "神奈川県", "愛知県", "埼玉県", "千葉県", "山梨県", "長野県", "大阪府", "その他", "海外"]
_sheet = [["汐見シティマラソン2026 都道府県別エントリー数（2026/1/10時点）"], [],
          ["都道府県", "フル", "ハーフ", "10km", "ファンラン", "計"]]
for pr in _pref:
    a, b, c, d = rng.randint(20, 3000), rng.randint(10, 1500), rng.randint(5, 900), rng.randint(0, 400)
    _sheet.append([pr, a, b, c, d, a + b + c + d])
add(
    expect="pass",
    sender=frm("sakakibara"), to=["汐見観光コンベンション協会 誘客課 <yukyaku@shiomi-kanko.or.jp>"],
    subject="都道府県別エントリー数の共有（宿泊需要の見込み用）",
    body=f"""汐見観光コンベンション協会
誘客課 御中

お世話になっております。榊原です。
宿泊需要の見込み算出にお使いいただくため、都道府県別のエントリー数を集計しました。
個人が特定できる情報は含んでおりません。

{sig("sakakibara")}
""",
    attachments=[{"kind": "xlsx", "name": "都道府県別エントリー数.xlsx", "sheets": {"集計": _sheet}}],
    entities=[], detectors=[],
    note="aggregate entry counts by prefecture: statistics, no people",
)

# 040 trail race: one runner's injury and epilepsy history to the mountain rescue group
_p = person("M", (1980, 1992))
_e = person("F", (1980, 1992))
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("koga"), to=["奥汐見山岳遭難対策協議会 事務局 <jimukyoku@okushiomi-sangaku.jp>"],
    subject="奥汐見トレイル 22K 救助事案の報告",
    body=f"""奥汐見山岳遭難対策協議会 事務局 御中

昨日の奥汐見トレイルレースでは救助にご協力いただき、誠にありがとうございました。
トレイル事業担当の古賀です。事案の概要を報告いたします。

・対象者：{_p['name']}さん（{_p['age']}歳、22Kの部 ナンバーT-2214）
・発生：11:40頃、第2関門手前の下り（標高約620m）で転倒
・状況：左足関節の骨折の疑い。転倒直前に短い意識消失があり、
　ご本人によると「てんかんの持病があり、服薬中」とのこと
・対応：救助隊により担架搬送、13:05 林道終点で救急車に引継ぎ、奥汐見病院へ
・緊急連絡先：配偶者 {_e['name']}さん　{_e['phone']}（12:10 連絡済み）

次回大会に向けた反省会で改めてご相談させてください。

{sig("koga")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named trail runner's epilepsy and injury (要配慮) plus an emergency contact, to an external body",
)

# 041 either: top-10 results (public ranking) to a newspaper
_p = people(10, sex="M", years=(1985, 2003))
_lines = []
for i, p in enumerate(_p):
    _lines.append(f"{i + 1:>2}位　{p['name']}（{p['age']}）　{rng.choice(['汐見電工', '静岡AC', '東海ロジテック', '浜松RC', '一般'])}　"
                  f"2:{14 + i}:{rng.randint(0, 59):02d}")
add(
    expect="either", charset="iso-2022-jp",
    sender=frm("otsuki"), to=["静岡湾岸新聞 運動部 <undo@wangan-shimbun.co.jp>"],
    subject="汐見シティマラソン 男子フル上位10名（速報）",
    body=f"""静岡湾岸新聞 運動部 御中

本日はご取材ありがとうございました。
男子フルマラソンの上位10名の速報記録をお送りします（公式記録は明日、公式サイトで公開）。

{chr(10).join(_lines)}

※氏名・年齢・所属は、エントリー時に「記録の公表」に同意いただいた範囲です。

汐見シティマラソン実行委員会 事務局 大槻
""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="ten runners' names, ages, clubs and times: results that are published anyway; a judgement call",
)

# 042 residence card number of one entrant to the entry-system vendor
_f = foreigner()
add(
    expect="stop",
    sender=frm("sakakibara"), to=["ツバサシステム カスタマーサポート <support@tsubasa-system.jp>"],
    subject="本人確認書類の登録エラーについて（問合せ番号 TS-58821）",
    body=f"""ツバサシステム株式会社
カスタマーサポート ご担当者様

いつもお世話になっております。汐見シティマラソン事務局の榊原です。
エントリーシステムの年齢確認機能で、在留カードでの本人確認がエラーになる方がいらっしゃいます。

　氏名：{_f['name'].upper()}
　生年月日：{_f['dob']}
　在留カード番号：{rng.choice(['AB', 'EH', 'UK'])}{rng.randint(10000000, 99999999)}{rng.choice(['CD', 'FG', 'JP'])}
　エラー表示：「番号の形式が正しくありません（E-302）」

番号の入力チェックの仕様をご確認いただけますでしょうか。

{sig("sakakibara")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="one entrant's residence card number with name and DOB sent to a partner vendor",
)

# 043 notice to entrants, all in Bcc
_p = people(8)
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("sakakibara"), to=["汐見シティマラソン事務局 <sakakibara.wataru@hinode-sangyo.co.jp>"],
    bcc=[p["email"] for p in _p],
    subject="【汐見シティマラソン】10kmの部 コース一部変更のお知らせ",
    body=f"""10kmの部にエントリーの皆様

汐見シティマラソン事務局でございます。
港大橋の補修工事に伴い、10kmの部のコースを一部変更いたします。
変更後のコース図は大会公式サイトに掲載しております。

　変更箇所：4.0km〜5.5km（港大橋 → 汐見港臨港道路）
　距離：変更なし（日本陸連公認は申請中）

ご不便をおかけしますが、何卒ご理解のほどお願い申し上げます。

{sig("sakakibara", 2)}
""",
    entities=[], detectors=["freemail_recipient"],
    note="mass notice with all entrants in Bcc: nobody sees anyone else",
)

# 044 three partner organisations in To/Cc
add(
    expect="stop",
    sender=frm("tabuchi"),
    to=["北国フーズ 真壁様 <makabe@kitaguni-foods.co.jp>", "川崎電機 能勢様 <nose.k@kawasaki-denki.co.jp>"],
    cc=["みどり銀行 汐見支店 広報 <shiomi-koho@midori-ginko.co.jp>"],
    subject="協賛社連絡会（2/2）のご案内",
    body=f"""協賛社ご担当者様

平素より汐見シティマラソンにご協賛いただき、誠にありがとうございます。
大会前の協賛社連絡会を下記のとおり開催いたします。

　日時：2026年2月2日（月）15:00〜16:30
　場所：汐見ベイビル4F 大会事務局 会議室
　議題：EXPOブース配置、表彰式での賞品贈呈の段取り、当日の駐車証

ご出席の可否を1月28日までにお知らせください。

{sig("tabuchi", 1)}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations see each other in To/Cc: should have been Bcc",
)

# 045 internal: password ZIP of passport copies to accounting (internal only)
add(
    expect="pass",
    sender=frm("ellen"), to=[f"堀 由紀子 <{STAFF['hori'][2]}>"],
    subject="招待選手の旅券写し（精算用・パスワード付き）",
    body="""堀さん

招待選手の航空券精算で旅券の写しが必要とのことでしたので、ZIPでお送りします。
パスワードは社内チャットでお伝えします。

エレン
""",
    attachments=[{"kind": "zip", "name": "passport_copies.zip", "password": "hinode-0211",
                  "files": [{"kind": "txt", "name": "readme.txt", "text": "旅券写し 4名分"},
                            {"kind": "png", "name": "p1.png"}]}],
    entities=[], detectors=[],
    note="encrypted ZIP, but the only recipient is internal",
)

# 046 pace runners in blocks to the running club
_p = people(5, years=(1968, 1995))
_blocks = []
for p, t in zip(_p, ["3:00", "3:30", "4:00", "4:30", "5:00"]):
    _blocks.append(f"【{t} ペース】\n　氏名：{p['name']}（{p['kana']}）\n　携帯：{p['phone']}\n　メール：{p['email']}\n　ウェアサイズ：{rng.choice(['S', 'M', 'L'])}")
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("sakakibara"), to=["汐見ランニングクラブ 代表 <daihyo@shiomi-rc.jp>"],
    subject="ペースランナー5名の登録内容ご確認",
    body=f"""汐見ランニングクラブ
代表 様

今年もペースランナーのご協力をいただき、ありがとうございます。
ご推薦いただいた5名の登録内容をご確認ください。

{(chr(10) * 2).join(_blocks)}

ペースランナー用ビブスと風船は、前日受付でお渡しします。

{sig("sakakibara")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five pace runners' mobile numbers and e-mails in one-record-per-block layout to a club",
)

# 047 luggage trucks to the correct partner domain, two drivers' contacts
add(
    expect="pass",
    sender=frm("shiraishi"), to=["青葉運輸 汐見営業所 内藤様 <naito@aoba-unyu.co.jp>"],
    subject="手荷物トラックの配置と当日連絡先",
    body=f"""内藤様

お世話になっております。白石です。
手荷物トラック（10台）の配置を確定しました。

　スタート側（市役所北側駐車場）：No.1〜No.6　6:00到着
　フィニッシュ側（汐見港緑地）　：No.7〜No.10　移動後 9:30到着

当日の事務局側の連絡窓口は下記2名です。
　輸送統括　白石 慎吾　090-4418-2093
　フィニッシュ側　北條 亜希　080-2276-9043

{sig("shiraishi")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="truck plan to the correct partner domain with two staff contacts: under the threshold",
)

# 048 one runner's lost property report to the police
_p = person("F")
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("otsuki"), to=["汐見警察署 会計課 遺失物係 <ishitsubutsu@shiomi-ps.police-shizuoka.lg.jp>"],
    subject="拾得物の照会（大会当日 フィニッシュエリア）",
    body=f"""汐見警察署 遺失物係 ご担当者様

汐見シティマラソン事務局の大槻です。
大会当日にフィニッシュエリアで拾得し、貴署にお届けした物品のうち、
持ち主と思われる方から事務局に問い合わせがありました。

　拾得物：黒色の二つ折り財布（管理番号 2026-0215-14）
　問い合わせ者：{_p['name']}様　電話 {_p['phone']}

ご本人には直接貴署へご連絡いただくようお伝えしていますが、念のため共有いたします。

{sig("otsuki", 1)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one person's name and phone for a lost-property enquiry: a single record (may warn)",
)

# 049 drivers' licence numbers of three volunteer drivers to a rental-car company
_p = people(3, years=(1960, 1990))
_lic = [f"{rng.randint(30, 49)}{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}" for _ in _p]
add(
    expect="stop",
    sender=frm("shiraishi"), to=["スルガレンタカー 汐見駅前店 <shiomi-ekimae@suruga-rentacar.co.jp>"],
    subject="大会運営車両（ワゴン3台）の運転者登録",
    body=f"""スルガレンタカー 汐見駅前店 御中

いつもお世話になっております。日の出産業の白石です。
予約番号 SR-260214-03（ハイエース3台、2/14〜2/15）の運転者登録をお願いいたします。

1号車　{_p[0]['name']}　生年月日 {_p[0]['dob_kanji']}　免許証番号 {_lic[0]}
2号車　{_p[1]['name']}　生年月日 {_p[1]['dob_kanji']}　免許証番号 {_lic[1]}
3号車　{_p[2]['name']}　生年月日 {_p[2]['dob_kanji']}　免許証番号 {_lic[2]}

当日、各自が免許証原本をお持ちします。

{sig("shiraishi")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="three volunteers' driving licence numbers with DOB to a rental-car company",
)

# 050 English: bib assignment of an agency's six clients, with contacts
_f = [foreigner() for _ in range(6)]
_rows = [["Name", "Bib", "Wave", "E-mail", "Mobile"]] + [
    [f["name"], str(7001 + i), rng.choice(["B", "C", "D"]), f["email"], f["phone"]] for i, f in enumerate(_f)]
add(
    expect="stop",
    sender=frm("ellen"), to=["Global Marathon Travel <bookings@gmt-travel.com.au>"],
    subject="Bib numbers for your group (6 runners)",
    body=f"""Hi Jessica,

Great news - all six of your clients are confirmed for the full marathon. Their bib numbers
and start waves are below. Could you please check that the e-mail and mobile numbers are
still correct? We will send the race-day alerts (SMS) to these numbers.

{padtable(_rows)}

Packet pickup is at Shiomi Bay Hall on 13-14 February, 10:00-19:00.

Cheers,
{sig("ellen", 3)}
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six overseas runners' e-mails and mobile numbers in a padded table to a tour agency",
)

# 051 reply; the agency's own list is only in the quoted original
_p = people(6)
_q = "\n".join(f"{5100 + i}  {p['name']}  {p['phone']}  チップ未反応" for i, p in enumerate(_p))
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("sakakibara"), to=["ランテック計測 石毛様 <ishige@runtec-timing.co.jp>"],
    subject="RE: 試走会でチップが反応しなかった方",
    body=f"""石毛様

ご連絡ありがとうございます。榊原です。
6名分、承知しました。前日受付で事務局がチップの交換対応をいたします。
交換用チップ10個を前日の午前中までにお届けいただけますでしょうか。

榊原

-----Original Message-----
From: 石毛 <ishige@runtec-timing.co.jp>
Sent: Tuesday, February 3, 2026 6:12 PM
To: 榊原 航 <sakakibara.wataru@hinode-sangyo.co.jp>
Subject: 試走会でチップが反応しなかった方

榊原様

1/31の試走会で計測チップが反応しなかった方は以下の6名です。
{_q}

ランテック計測 石毛
""",
    entities=[], detectors=[],
    note="the six-person list is only in the quoted original written by the recipient",
)

# 052 password-protected PDF of medical check forms to the hospital
add(
    expect="stop",
    sender=frm("miyakoshi"), to=["汐見中央病院 地域連携室 <renkei@shiomi-chuo-hosp.or.jp>"],
    subject="要注意ランナーの健康チェックシート（PDF）",
    body=f"""汐見中央病院 地域連携室 御中

医療救護担当の宮腰です。
先日ご依頼のありました、健康チェックシートで要注意となった方のシートをPDFでお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。

{sig("miyakoshi")}
""",
    attachments=[{"kind": "pdf", "name": "健康チェックシート_要注意者.pdf", "password": "0215shiomi",
                  "lines": ["健康チェックシート（要注意者）", "ナンバー 2287 既往歴：心筋梗塞", "ナンバー 3390 既往歴：心筋症"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF to an external hospital: cannot be inspected",
)

# 053 unencrypted ZIP with the full volunteer register sent to the uniform vendor
_p = people(15, years=(1950, 2006))
_csv = [["登録番号", "氏名", "フリガナ", "生年月日", "住所", "電話", "メール", "サイズ"]] + [
    [f"V26-{300 + i}", p["name"], p["kana"], p["dob"], p["addr"], p["phone"], p["email"], rng.choice(["S", "M", "L", "XL", "XXL"])]
    for i, p in enumerate(_p)]
_size = [["サイズ", "枚数"], ["S", 42], ["M", 118], ["L", 160], ["XL", 74], ["XXL", 21]]
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("nonomura"), to=["ユニフォームファクトリー東海 受注担当 <juchu@uniform-tokai.co.jp>"],
    subject="ボランティアウェア 発注数量の根拠資料",
    body=f"""ユニフォームファクトリー東海 受注担当様

お世話になっております。野々村です。
ボランティアウェアの発注数量の根拠として、登録データとサイズ集計をZIPにまとめてお送りします。
追加発注分（15名分）はCSVのとおりです。

{sig("nonomura")}
""",
    attachments=[{"kind": "zip", "name": "volunteer_wear.zip",
                  "files": [{"kind": "csv", "name": "追加登録者.csv", "rows": _csv, "encoding": "utf-8"},
                            {"kind": "xlsx", "name": "サイズ集計.xlsx", "sheets": {"集計": _size}}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a ZIP (not encrypted) holds a CSV of 15 volunteers' full records, sent to a garment vendor",
)

# 054 HTML-only: EXPO booth layout (companies) to a sponsor
add(
    expect="pass",
    sender=frm("tabuchi"), to=["みどり銀行 汐見支店 広報 <shiomi-koho@midori-ginko.co.jp>"],
    subject="EXPO ブース配置図（確定）",
    html="""<html><body>
<p>みどり銀行 汐見支店<br>広報ご担当者様</p>
<p>お世話になっております。日の出産業の田淵です。<br>EXPOのブース配置が確定しましたのでご案内します。</p>
<table border="1" cellpadding="3">
<tr><th>ブース</th><th>出展者</th><th>代表電話</th><th>搬入</th></tr>
<tr><td>A-1〜A-2</td><td>みどり銀行</td><td>0548-22-1100</td><td>2/13 9:00</td></tr>
<tr><td>A-3</td><td>北国フーズ</td><td>011-555-0420</td><td>2/13 9:00</td></tr>
<tr><td>A-4</td><td>川崎電機</td><td>044-555-7100</td><td>2/13 10:00</td></tr>
<tr><td>B-1</td><td>汐見観光コンベンション協会</td><td>0548-23-3000</td><td>2/13 10:00</td></tr>
<tr><td>B-2</td><td>スポーツデポ汐見店</td><td>0548-24-8181</td><td>2/13 11:00</td></tr>
</table>
<p>電源（100V・1.5kW）は各ブースに1口ございます。</p>
<p>田淵 健太<br>日の出産業株式会社 スポーツイベント事業部 協賛営業<br>TEL 03-5201-4470</p>
</body></html>""",
    entities=[], detectors=[],
    note="HTML table of exhibitor companies with switchboard numbers: businesses, not people",
)

# 055 religion of one overseas runner to the hotel (English)
_f = foreigner()
add(
    expect="stop",
    sender=frm("ellen"), to=["Sakura Hotel Shiomi - Guest Relations <guest@sakura-hotel.jp>"],
    subject="Special requests for a guest arriving 12 Feb",
    body=f"""Dear Guest Relations team,

One of our invited runners, Mr. Farid Hakimi (arriving 12 February, 3 nights, booking
ref. SH-88213), is a practising Muslim. Could you please:

 - arrange halal breakfast and dinner for the whole stay,
 - let him know the qibla direction and give him a quiet room for the daily prayers
   (he will also pray before the start on race morning),
 - avoid any alcohol in the welcome amenities.

He has asked us to handle this discreetly. Thank you very much for your help.

Best regards,
{sig("ellen", 3)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named guest's religion (要配慮: creed) in running text to a partner hotel",
)

# 056 two people (elite runner and coach) arrival and mobiles to the hotel
add(
    expect="pass",
    sender=frm("ellen"), to=["さくらホテル汐見 フロント 今井様 <front-shiomi@sakura-hotel.jp>"],
    subject="送迎のお願い（2/11 招待選手）",
    body=f"""今井様

いつもありがとうございます。佐藤エレンです。
2月11日到着の招待選手とコーチの送迎をお願いいたします。

　・Joseph KIPRONO 選手　NH 880 羽田 14:25着 → 汐見駅 18:10着予定　携帯 +254 712 448 903
　・Peter WAMBUA コーチ　同便　携帯 +254 733 610 245

汐見駅南口でホテル名のボードを持ってお待ちいただけますと助かります。

{sig("ellen")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two guests' flights and mobile numbers for a pickup: under the five-person threshold",
)

# 057 health insurance card of a hospitalised runner to the hospital
_p = person("M", (1965, 1980))
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("miyakoshi"), to=["汐見中央病院 医事課 入院係 <iji-nyuin@shiomi-chuo-hosp.or.jp>"],
    subject="救急搬送された参加者の保険証情報について",
    body=f"""汐見中央病院 医事課 入院係 御中

大会医療救護担当の宮腰です。
2月15日に救急搬送され入院中の参加者について、ご家族から保険証の情報を預かりましたのでお伝えします。

　患者氏名：{_p['name']}（{_p['kana']}）
　生年月日：{_p['dob_wa']}
　保険者番号：{rng.randint(10000000, 39999999)}
　被保険者証 記号：{rng.randint(100, 999)}　番号：{rng.randint(1000, 99999)}

原本はご家族が明日の面会時にお持ちになるそうです。

{sig("miyakoshi", 1)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="a patient's health insurance card 記号・番号 with name and 和暦 DOB to a hospital",
)

# 058 mention of 社外秘 and 機密 without any marking
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("otsuki"), to=["汐見市 市民スポーツ課 係長 岩渕様 <iwabuchi@city.shiomi.lg.jp>"],
    subject="Re: 大会収支の資料について",
    body=f"""岩渕様

お世話になっております。大槻です。
ご依頼の大会収支資料ですが、弊社の社外秘扱いの内部資料（協賛社別の契約金額を含むもの）は
お出しできませんので、実行委員会の決算報告用に作成した公開版をお送りします。

　収入合計　182,400,000円（参加料 71%、協賛金 22%、補助金 5%、その他 2%）
　支出合計　176,950,000円（警備・交通 31%、計測 9%、救護 6%、参加賞 14% ほか）

協賛社との契約条件については機密保持の取り決めがあるため、
内訳のご説明は実行委員会の場でさせていただければと存じます。

{sig("otsuki")}
""",
    entities=[], detectors=[],
    note="mentions 社外秘 and 機密保持 in passing; the content is a public summary, not a marked document",
)

# 059 relay-team members on three free-mail addresses in To
_p = people(3)
for _i, _dom in enumerate(["gmail.com", "yahoo.co.jp", "icloud.com"]):
    _p[_i]["email"] = _p[_i]["email"].split("@")[0] + "@" + _dom
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("sakakibara"), to=[f"{p['name']} <{p['email']}>" for p in _p],
    subject="ファンラン（親子・グループの部）チーム名の確認",
    body=f"""チーム「汐見はまかぜ」の皆様

汐見シティマラソン事務局です。
ファンラン（グループの部）のチーム名について、申込画面で文字化けが発生していたため確認させてください。
正しいチーム名は「汐見はまかぜ」でよろしいでしょうか。

恐れ入りますが、代表の方からご返信をお願いいたします。

{sig("sakakibara", 2)}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons on free mail can see each other's addresses in To",
)

# 060 a volunteer's arrest, named, to his university
_p = person("M", (2004, 2006))
add(
    expect="stop",
    sender=frm("otsuki"), to=["汐見国際大学 学生部長 <gakuseibucho@shiomi-kokusai.ac.jp>"],
    subject="学生ボランティアに関するご報告",
    body=f"""汐見国際大学 学生部長 様

日の出産業株式会社 スポーツイベント事業部の大槻でございます。
大変申し上げにくいご報告がございます。

大会当日、貴学からボランティアとして参加された{_p['name']}さん（経済学部{rng.randint(1, 3)}年）が、
フィニッシュエリアの女子更衣テント付近で盗撮をしたとして、汐見警察署に現行犯逮捕されました。
事務局としては警察の捜査に協力しております。

来年度以降の学生ボランティアの受け入れ方法について、改めてご相談させていただけますでしょうか。

{sig("otsuki")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named student's arrest (要配慮: criminal record/arrest) in running text to an external body",
)

# 061 course map PDF (no people) to the city
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("shiraishi"), to=["汐見市 道路管理課 <doro-kanri@city.shiomi.lg.jp>"],
    subject="コース図（道路占用許可申請 添付用）",
    body=f"""汐見市 道路管理課 御中

お世話になっております。白石です。
道路占用許可申請に添付するコース図（1/10,000）と、仮設物の設置位置一覧をPDFでお送りします。

{sig("shiraishi")}
""",
    attachments=[{"kind": "pdf", "name": "コース図_仮設物一覧.pdf",
                  "lines": ["汐見シティマラソン2026 コース図・仮設物設置位置", "",
                            "スタート：汐見市役所前（市道1号線）", "折返し：汐見港臨港道路 15.0km",
                            "フィニッシュ：汐見港緑地"],
                  "table": [["No.", "仮設物", "位置", "占用面積"],
                            ["1", "スタートゲート", "市役所前交差点", "24㎡"],
                            ["2", "給水テーブル", "港大橋たもと", "40㎡"],
                            ["3", "救護テント", "浜見公園入口", "18㎡"],
                            ["4", "計測マット", "25km 松原町", "12㎡"],
                            ["5", "フィニッシュゲート", "汐見港緑地", "30㎡"]]}],
    entities=[], detectors=[],
    note="PDF course map and list of temporary structures: places, not people",
)

# 062 trail race insurance enrolment CSV (UTF-8) to the insurer
_p = people(24, years=(1955, 2005))
_csv = [["大会名", "奥汐見トレイルレース2026", "", "", "", ""], ["No", "氏名", "カナ", "性別", "生年月日", "住所"]] + [
    [str(i + 1), p["name"], p["kana"], p["sex"], p["dob_iso"], p["addr"]] for i, p in enumerate(_p)]
add(
    expect="stop",
    sender=frm("koga"), to=["東海スポーツ保険サービス 団体契約課 <dantai@tokai-sports-hoken.co.jp>"],
    subject="奥汐見トレイル 傷害保険 加入者名簿（50K）",
    body=f"""東海スポーツ保険サービス 団体契約課 御中

いつもお世話になっております。日の出産業の古賀です。
奥汐見トレイルレース2026（50Kの部）の傷害保険加入者名簿をお送りします。
22Kの部は来週お送りします。

{sig("koga", 1)}
""",
    attachments=[{"kind": "csv", "name": "okushiomi50k_hoken.csv", "rows": _csv, "encoding": "utf-8"}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="CSV of 24 trail runners with DOB and home address to an insurer",
)

# 063 one partner's business contact passed on
add(
    expect="pass",
    sender=frm("sakakibara"), to=["ランテック計測 石毛様 <ishige@runtec-timing.co.jp>"],
    subject="計測タワー設置の件（川崎電機様のご担当）",
    body=f"""石毛様

お世話になっております。榊原です。
計測タワーに設置する大型ビジョンの電源容量について、協賛社の川崎電機様と直接ご調整いただけますでしょうか。
ご担当は下記の方です。

　川崎電機株式会社 宣伝部 イベント課
　能勢 浩一 様
　TEL 044-555-7132（直通）
　nose.k@kawasaki-denki.co.jp

能勢様には石毛様からご連絡がいく旨をお伝え済みです。

{sig("sakakibara")}
""",
    entities=[], detectors=[],
    note="one partner's business contact shared for coordination: ordinary business mail",
)

# 064 look-alike with a homoglyph: sakura-hote1.jp ("l" → "1")
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("ellen"), to=["さくらホテル汐見 今井様 <front-shiomi@sakura-hote1.jp>"],
    subject="2/14 朝食開始時間の前倒しについて",
    body=f"""今井様

お世話になっております。佐藤エレンです。
大会当日（2/15）の朝食を、例年どおり5:30開始に前倒ししていただけますでしょうか。
ランナーの宿泊が昨年より多く、約120名を見込んでいます。
おにぎり・バナナ中心の軽食メニューで構いません。

{sig("ellen")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="sakura-hote1.jp imitates partner sakura-hotel.jp with a digit for a letter",
)

# 065 emergency contacts, one block per runner, to a hospital doctor
_p = people(6, years=(1944, 1960))
_blocks = []
for p in _p:
    e = person("F" if p["MF"] == "M" else "M", (1950, 1980))
    rel = rng.choice(["妻", "長女", "姉"] if p["MF"] == "M" else ["夫", "長男", "兄"])
    _blocks.append(f"■ナンバー{rng.randint(1000, 3999)}　{p['name']}（{p['age']}歳・{p['sex']}）\n"
                   f"　緊急連絡先：{e['sei']} {e['mei']}（{rel}）　{e['phone']}")
add(
    expect="stop",
    sender=frm("miyakoshi"), to=["汐見中央病院 救急科 蓮見先生 <hasumi@shiomi-chuo-hosp.or.jp>"],
    subject="65歳以上フル出走者の緊急連絡先（救護本部用）",
    body=f"""蓮見先生

宮腰です。救護本部に置く緊急連絡先一覧のうち、先生のチームで事前に把握しておきたいと
ご要望のあった方々（65歳以上・フル・健康チェックで要確認）の分をお送りします。

{(chr(10) * 2).join(_blocks)}

当日は救護本部のファイルにも同じものを綴じておきます。

{sig("miyakoshi")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six runners with their emergency contacts' names and phones, one block each, to a hospital",
)

# 066 internal subdomains: medical follow-up list
_p = people(6)
_rows = [["ナンバー", "氏名", "生年月日", "申告内容"]] + [
    [str(rng.randint(1000, 3999)), p["name"], p["dob"], rng.choice(["高血圧（服薬中）", "不整脈の既往", "糖尿病（インスリン）", "喘息", "てんかん（服薬中）"])]
    for p in _p]
add(
    expect="pass",
    sender=frm("miyakoshi"), to=["救護班 <kyugo-team@sports.hinode-sangyo.co.jp>"],
    cc=[f"大槻 真澄 <{STAFF['otsuki'][2]}>", "イベント部共有 <event-share@mail.hinode-sangyo.co.jp>"],
    subject="健康チェックシート 要確認者（社内共有）",
    body=f"""救護班の皆さん

健康チェックシートで要確認となった方の一覧です（社内のみ・印刷不可でお願いします）。

{padtable(_rows)}

宮腰
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=[],
    note="health conditions of six runners, but all recipients are on internal (sub)domains",
)

# 067 guest runners' bank accounts to an outsourced payroll office
_p = people(5, years=(1965, 1995))
_banks = ["みどり銀行", "静岡中央銀行", "汐見信用金庫", "ゆうちょ銀行", "東海みらい銀行"]
_lines = []
for p in _p:
    b = rng.choice(_banks)
    if b == "ゆうちょ銀行":
        acct = f"記号 1{rng.randint(1000, 9999)}0 番号 {rng.randint(10000000, 99999999)}"
    else:
        acct = f"{rng.choice(['本店', '汐見支店', '駅前支店', '浜見支店'])} 普通 {rng.randint(1000000, 9999999)}"
    _lines.append(f"・{p['name']}様　出演料 {rng.choice(['150,000', '200,000', '300,000'])}円　{b} {acct}　名義 {p['kana'].replace(' ', '　')}")
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("hori"), to=["汐見ビジネスサポート 給与計算チーム <kyuyo@shiomi-bs.co.jp>"],
    subject="ゲストランナー出演料の振込依頼",
    body=f"""汐見ビジネスサポート 給与計算チーム 御中

いつもお世話になっております。日の出産業 経理の堀です。
大会ゲストランナー5名への出演料の振込をお願いいたします（2月27日振込分）。

{chr(10).join(_lines)}

源泉徴収（10.21%）を控除のうえ、お振込みください。

{sig("hori")}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="five guest runners' personal bank accounts with names to an outsourced payroll office",
)

# 068 cancellation criteria to the city and the fire department (two organisations)
add(
    expect="pass",
    sender=frm("otsuki"),
    to=["汐見市 危機管理課 <kiki@city.shiomi.lg.jp>", "汐見市消防本部 警防課 <keibo@shiomi-shobo.lg.jp>"],
    subject="荒天時の中止判断基準（案）について",
    body=f"""汐見市 危機管理課 御中
汐見市消防本部 警防課 御中

お世話になっております。日の出産業の大槻です。
荒天時の大会中止・短縮の判断基準（案）を下記のとおり整理しました。

1. 前日18時：暴風・大雪警報の発表（または発表見込み）で中止を決定
2. 当日5時：気象庁の風速予測 15m/s 以上で中止、10m/s 以上で港大橋区間を迂回
3. レース中：WBGT 28℃以上でペースダウン呼びかけ、31℃以上で関門時刻の繰上げ
4. 地震：震度5弱以上で即時中止、ランナーは最寄りの避難場所へ誘導

ご意見を1月23日までにいただけますと幸いです。

{sig("otsuki")}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="policy draft to two external bodies (city and fire department): no personal data",
)

# 069 【部外秘】 stamp at the top of the body, to the timing company
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("sakakibara"), to=["ランテック計測 石毛様 <ishige@runtec-timing.co.jp>"],
    subject="記録訂正の経緯（ドラフト）",
    body=f"""【部外秘】

石毛様

お世話になっております。榊原です。
公式サイトに掲載する前の、記録訂正の経緯のドラフトです。
事業部内での検討段階のため部外秘としておりますが、技術的な記述に誤りがないか確認をお願いします。

　・30km計測ポイントのマット1枚が8:52〜9:07の間、電源喪失していた
　・当該時間帯の通過者約1,200名のスプリットが欠落
　・ネットタイムおよび順位には影響なし（フィニッシュは別系統）
　・再発防止：マットごとのバッテリー冗長化、電源監視アラートの導入

{sig("sakakibara")}
""",
    entities=[], detectors=["confidential_marking"],
    note="the mail is stamped 【部外秘】 and sent to an external company",
)

# 070 DOCX volunteer manual (no people) to the university
add(
    expect="pass",
    sender=frm("nonomura"), to=["汐見国際大学 学生支援課 <gakusei@shiomi-kokusai.ac.jp>"],
    subject="学生ボランティア向けマニュアル（配布用）",
    body=f"""汐見国際大学 学生支援課 御中

いつもお世話になっております。野々村です。
学生ボランティア向けの当日マニュアルができましたので、Wordでお送りします。
事前説明会（2/6）で配布していただけますと助かります。

{sig("nonomura")}
""",
    attachments=[{"kind": "docx", "name": "ボランティアマニュアル_学生用.docx",
                  "paragraphs": ["汐見シティマラソン2026 ボランティアマニュアル（学生用）",
                                 "1. 集合：各持ち場に指定の時刻までに集合してください。",
                                 "2. 服装：配布のウェアを着用、防寒具は各自で用意。",
                                 "3. 給水：紙コップは7分目まで。ランナーの進路に出ないこと。",
                                 "4. 救護：倒れたランナーを見つけたら、近くの救護スタッフか事務局（0548-22-7310）へ。",
                                 "5. 個人情報：ランナーの写真をSNSに投稿しないでください。"],
                  "tables": [[["持ち場", "集合", "解散"], ["給水所", "7:30", "13:30"], ["手荷物", "6:30", "15:00"]]]}],
    entities=[], detectors=[],
    note="volunteer manual with the office switchboard only: no personal data",
)

# 071 legacy XLS: record corrections for six runners, names and DOB, to the timing company
_p = people(6)
_rows = [["ナンバー", "氏名", "生年月日", "訂正内容"]] + [
    [rng.randint(1000, 9999), p["name"], p["dob_wa"], rng.choice(["年代別区分の訂正", "性別区分の訂正", "ネットタイムの再計算", "失格取消（計測ミス）"])]
    for p in _p]
add(
    expect="stop",
    sender=frm("sakakibara"), to=["ランテック計測 記録管理 <kiroku@runtec-timing.co.jp>"],
    subject="記録訂正依頼（6件）",
    body=f"""ランテック計測 記録管理ご担当者様

お世話になっております。榊原です。
参加者からの申し出を確認した結果、6件の記録訂正をお願いすることになりました。
古いExcel形式（.xls）ですが、一覧を添付します。

{sig("sakakibara")}
""",
    attachments=[{"kind": "xls", "name": "記録訂正依頼.xls", "sheets": {"訂正": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="legacy XLS with six runners' names and 和暦 dates of birth to an external company",
)

# 072 English reply to one overseas runner about his own bib
_f = foreigner()
add(
    expect="pass",
    sender=frm("ellen"), to=[f"{_f['name']} <{_f['email']}>"],
    subject="Re: Packet pickup - can a friend collect my bib?",
    body=f"""Dear {_f['given']},

Thank you for your message. Yes, a friend can collect your race packet on your behalf.
Please give them a printout (or a screenshot) of your confirmation e-mail and a copy of
your photo ID. Your bib number is 7215 (full marathon, wave C).

Packet pickup: Shiomi Bay Hall, 13-14 February, 10:00-19:00. There is no pickup on race day.

We look forward to seeing you in Shiomi!

Best regards,
{sig("ellen", 3)}
""",
    entities=[], detectors=["freemail_recipient"],
    note="reply to one overseas runner on free mail about his own bib",
)

# 073 junior runners and guardians to the board of education
_p = people(8, years=(2011, 2013))
_rows = [["No.", "氏名", "学校・学年", "生年月日", "保護者", "保護者連絡先"]]
for i, p in enumerate(_p):
    g = person(years=(1975, 1988))
    _rows.append([i + 1, p["name"], f"汐見{rng.choice(['第一', '第二', '東', '港'])}中{rng.randint(1, 3)}年", p["dob_ws"],
                  f"{p['sei']} {g['mei']}", g["phone"]])
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("sakakibara"), to=["汐見市教育委員会 学校教育課 <gakko-kyoiku@city.shiomi.lg.jp>"],
    subject="中学生の部 出走者一覧（学校への引率依頼用）",
    body=f"""汐見市教育委員会 学校教育課 御中

お世話になっております。汐見シティマラソン事務局の榊原です。
3kmの部（中学生）の出走者一覧をお送りします。各校の引率の先生方へのご連絡にお使いください。

{padtable(_rows)}

{sig("sakakibara")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="eight children's names, dates of birth and guardians' phones to an external body",
)

# 074 English reply; passport data only in the quoted part
_f = foreigner()
add(
    expect="pass",
    sender=frm("ellen"), to=[f"{_f['name']} <{_f['email']}>"],
    subject="Re: Visa invitation letter",
    body=f"""Dear {_f['given']},

Thank you. We have everything we need and the invitation letter will be sent by courier
tomorrow; you will receive the tracking number by e-mail.

Best regards,
Ellen Sato
International Runners Desk

On Mon, 12 Jan 2026 at 09:14, {_f['name']} <{_f['email']}> wrote:
> Dear Ellen,
> Here are my details for the invitation letter:
> Full name: {_f['name'].upper()}
> Date of birth: {_f['dob_en']}
> Passport No.: {rng.choice(['E', 'G', 'K'])}{rng.randint(10000000, 99999999)}
> Address: 118 Orchard Lane, Springfield
> Thanks a lot!
""",
    entities=[], detectors=["freemail_recipient"],
    note="passport details appear only in the runner's own quoted message; new text has none",
)

# 075 forward as attachment (.eml) of a volunteer list, to the bus company
_p = people(9)
_inner_rows = "\n".join(f"{p['name']}\t{p['phone']}\t{p['email']}\t{rng.choice(['汐見駅', '浜見', '東新田'])}"
                        for p in _p)
add(
    expect="stop",
    sender=frm("nonomura"), to=["汐見交通バス 貸切営業課 <kashikiri@shiomi-bus.co.jp>"],
    subject="FW: ボランティア送迎バス 乗車予定者",
    body=f"""汐見交通バス 貸切営業課 御中

お世話になっております。野々村です。
社協さんからいただいた送迎バスの乗車予定者のメールを、そのまま転送します（添付）。
乗車場所ごとの人数の確認にお使いください。

{sig("nonomura")}
""",
    attachments=[{"kind": "eml", "name": "乗車予定者.eml", "message": {
        "sender": "汐見市社会福祉協議会 青山 <aoyama@shiomi-shakyo.or.jp>",
        "to": [f"野々村 彩 <{STAFF['nonomura'][2]}>"],
        "subject": "送迎バス 乗車予定者",
        "body": f"野々村様\n\n送迎バスの乗車予定者です。\n\n氏名\t携帯\tメール\t乗車場所\n{_inner_rows}\n\n社協 青山\n"}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="forwarded mail attached as .eml: nine volunteers' mobiles and e-mails to a bus company",
)

# 076 list of discount shops (businesses) to the tourism association
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("tabuchi"), to=["汐見観光コンベンション協会 誘客課 <yukyaku@shiomi-kanko.or.jp>"],
    subject="ランナー特典 協賛店一覧（ガイドブック掲載用）",
    body=f"""汐見観光コンベンション協会 誘客課 御中

お世話になっております。田淵です。
ナンバーカード提示で特典が受けられる協賛店の一覧です。ガイドブックへの掲載をお願いします。

・浜の湯 汐見温泉　　静岡県汐見市浜見3-2-1　0548-23-4126　入浴料半額
・海鮮食堂 まるしお　静岡県汐見市港町1-9-4　0548-22-3590　ドリンク1杯サービス
・汐見珈琲店　　　　静岡県汐見市松原町2-4-18　0548-24-0077　ケーキセット100円引
・スポーツデポ汐見店　静岡県汐見市東新田5-1-1　0548-24-8181　ランニング用品10%オフ
・ホテルルート港　　静岡県汐見市港町2-10-2　0548-21-3355　日帰り入浴無料

{sig("tabuchi")}
""",
    entities=[], detectors=[],
    note="list of shops with business addresses and phones: businesses, not people",
)

# 077 PDF table of first-aid records to the city health department
_p = people(9, years=(1950, 2005))
_tbl = [["No.", "氏名", "年齢", "救護所", "主訴・診断", "処置"]]
for i, p in enumerate(_p):
    _tbl.append([str(i + 1), p["name"], str(p["age"]), rng.choice(["第1", "第2", "第3", "フィニッシュ"]),
                 rng.choice(["低体温症", "熱中症（II度）", "筋けいれん", "膝の打撲", "胸痛（狭心症の既往）", "過呼吸", "低血糖"]),
                 rng.choice(["保温・安静", "補液", "アイシング", "救急搬送", "経口補水"])])
add(
    expect="stop",
    sender=frm("miyakoshi"), to=["汐見市 健康づくり課 <kenko@city.shiomi.lg.jp>"],
    subject="大会救護記録（報告書添付）",
    body=f"""汐見市 健康づくり課 御中

大会医療救護担当の宮腰です。
市の補助金実績報告に添付する救護記録をPDFでお送りします。

{sig("miyakoshi")}
""",
    attachments=[{"kind": "pdf", "name": "救護記録_2026.pdf", "title": "救護記録",
                  "lines": ["汐見シティマラソン2026 救護記録（救護所受診者）", ""], "table": _tbl}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="PDF table of nine named runners' diagnoses to the city (should have been anonymised counts)",
)

# 078 English to a foreign sponsor, only the standard disclaimer mentions confidentiality
add(
    expect="pass",
    sender=frm("tabuchi"), to=["Megan Doyle <megan.doyle@stridewell.com>"],
    subject="Sampling booth at the Shiomi Marathon EXPO",
    body=f"""Dear Megan,

Thank you for the call yesterday. To confirm what we agreed:

 - Booth B-4 at the EXPO (13-14 February), 3 m x 3 m, one power outlet
 - Stridewell may hand out 5,000 sample sachets; no sales on site
 - Your logo on the aid-station banners at 21 km and 30 km

I will send the contract for signature next week.

Kind regards,
Kenta Tabuchi
Sponsorship, Shiomi City Marathon / Hinode Sangyo Co., Ltd.
Tel +81-3-5201-4470

{DISCLAIMER_EN}
""",
    entities=[], detectors=[],
    note="'confidential' appears only in the standard footer disclaimer",
)

# 079 PPTX deck with a "Confidential" footer on every slide to the same sponsor
add(
    expect="stop",
    sender=frm("tabuchi"), to=["Megan Doyle <megan.doyle@stridewell.com>"],
    subject="Sponsorship proposal deck 2026",
    body=f"""Dear Megan,

As promised, please find attached our sponsorship proposal for 2026, including the
pricing we discussed for the official drink category.

Kind regards,
Kenta Tabuchi
""",
    attachments=[{"kind": "pptx", "name": "Shiomi_Marathon_Stridewell_proposal.pptx",
                  "page_footer": "Confidential - Hinode Sangyo internal pricing",
                  "slides": [["Shiomi City Marathon 2026", "Official drink partner proposal"],
                             ["Audience", "18,500 runners", "120,000 spectators"],
                             ["Pricing", "Official drink: JPY 12,000,000", "Discount floor: JPY 9,500,000"]]}],
    entities=[], detectors=["confidential_marking"],
    note="every slide of the attached deck carries a 'Confidential' footer; sent to an external sponsor",
)

# 080 look-alike: tsubasa-sytem.jp (letter dropped)
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("sakakibara"), to=["ツバサシステム 保守窓口 <hoshu@tsubasa-sytem.jp>"],
    subject="エントリーサイト 定期メンテナンスの日程",
    body=f"""ツバサシステム 保守窓口 御中

お世話になっております。汐見シティマラソン事務局の榊原です。
エントリーサイトの定期メンテナンスですが、追加エントリー受付と重なるため、
1月17日（土）深夜から1月24日（土）深夜に変更いただけますでしょうか。

{sig("sakakibara")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp is a look-alike of partner tsubasa-system.jp",
)

# 081 order with quote number and product codes
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("sakakibara"), to=["東海パッケージ 営業部 <eigyo@tokai-package.co.jp>"],
    subject="注文書送付（見積番号 TP-Q-25-3381）",
    body=f"""東海パッケージ株式会社 営業部 御中

お世話になっております。日の出産業の榊原です。
先日お見積りいただいた件、下記のとおり発注いたします。注文書（PDF）は郵送いたします。

　見積番号：TP-Q-25-3381
　注文番号：HS-PO-2026-0097
　品番 PC-7OZ-WH　7オンス紙コップ（白）　80,000個　@2.8円
　品番 GB-45L-TR　45Lごみ袋（半透明）　　3,000枚　@9.5円
　品番 TB-1200　 折りたたみテーブル（レンタル）60台
　納品先：汐見港緑地 物資集積所（2/13 10:00〜12:00）

{sig("sakakibara", 1)}
""",
    entities=[], detectors=[],
    note="purchase order with quote, order and product numbers: no personal data",
)

# 082 English: one overseas runner's diabetes to the hospital's medical director
_f = foreigner()
add(
    expect="stop",
    sender=frm("ellen"), to=["Dr. Hasumi <hasumi@shiomi-chuo-hosp.or.jp>"],
    cc=[f"宮腰 里奈 <{STAFF['miyakoshi'][2]}>"],
    subject="Overseas runner with type 1 diabetes - request from the runner",
    body=f"""Dear Dr. Hasumi,

I am writing on behalf of one of our overseas entrants, {_f['name']} ({_f['country']}, bib 7342,
born {_f['dob_en']}). She has type 1 diabetes and runs with an insulin pump and a continuous
glucose monitor. She asked whether the medical stations can store a glucagon kit for her and
whether the staff at the 30 km station could be briefed in case of hypoglycaemia.

Could you let us know what is possible? She will carry a medical card in English on her bib.

Best regards,
{sig("ellen", 3)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named runner's diabetes (要配慮) with DOB in running English text to a hospital",
)

# 083 security guards' register (名簿) for the road-use permit, to the police
_p = people(12, years=(1950, 1998))
_rows = [["No", "氏名", "生年月日", "住所", "交通誘導2級"]] + [
    [str(i + 1), p["name"], p["dob_wa"], p["addr"], rng.choice(["有", "無", "無"])] for i, p in enumerate(_p)]
add(
    expect="stop",
    sender=frm("shiraishi"), to=["汐見警察署 交通課 杉浦様 <sugiura@shiomi-ps.police-shizuoka.lg.jp>"],
    subject="道路使用許可申請 添付書類（交通誘導員名簿）",
    body=f"""汐見警察署 交通課
杉浦様

お世話になっております。白石です。
道路使用許可申請の添付書類として、交差点配置の交通誘導員の名簿をお送りします（CSV）。
警備会社から受け取ったものをそのまま添付しています。

{sig("shiraishi")}
""",
    attachments=[{"kind": "csv", "name": "交通誘導員名簿.csv", "rows": _rows, "encoding": "cp932"}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="CSV of 12 guards' dates of birth (和暦) and home addresses to the police",
)

# 084 internal: a runner's card number for a refund, to accounting only
_p = person()
_cn = card()
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("sakakibara"), to=[f"堀 由紀子 <{STAFF['hori'][2]}>"],
    subject="返金処理のお願い（エントリー重複）",
    body=f"""堀さん

エントリー重複の返金処理をお願いします。決済代行の管理画面での検索用にカード番号を書いておきます。

　{_p['name']}様　12,000円
　カード番号 {_cn}

榊原
""",
    entities=["PERSON_NAME", "CREDIT_CARD"], detectors=[],
    note="card number with a name, but the only recipient is internal",
)

# 085 look-alike: midori-ginkou.co.jp (letter added)
add(
    expect="stop",
    sender=frm("hori"), to=["みどり銀行 汐見支店 法人営業 <shiomi-hojin@midori-ginkou.co.jp>"],
    subject="参加料収納口座の入金明細について",
    body=f"""みどり銀行 汐見支店
法人営業ご担当者様

いつもお世話になっております。日の出産業 経理の堀です。
参加料収納用の口座について、12月分の入金明細（CSV）のご送付をお願いできますでしょうか。
口座番号は従来どおり、汐見支店の収納専用口座です。

{sig("hori")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp",
)

# 086 post-event medical statistics (counts only) to the city
add(
    expect="pass",
    sender=frm("miyakoshi"), to=["汐見市 健康づくり課 <kenko@city.shiomi.lg.jp>"],
    subject="救護実績（集計値）のご報告",
    body=f"""汐見市 健康づくり課 御中

お世話になっております。医療救護担当の宮腰です。
補助金実績報告用の救護実績を、個人が特定されない集計値でお送りします。

  区分               件数
  -----------------  ----
  筋けいれん           46
  擦過傷・打撲         31
  熱中症（I〜II度）    12
  低体温               9
  心肺停止（AED使用）   1
  救急搬送（合計）      5
  -----------------  ----
  救護所受診者 計     104

AED使用の1件は社会復帰されています。

{sig("miyakoshi")}
""",
    entities=[], detectors=[],
    note="aggregate counts of first-aid cases: health terms but no identifiable person",
)

# 087 volunteer insurance: blocks with full-width digits and 和暦 dates, to the city
_p = people(6, years=(1948, 1975), area=0)
_blocks = []
for p in _p:
    _blocks.append(f"●{p['name']}（{p['kana']}）\n　生年月日　{zen(p['dob_ws'])}\n　住所　　　{p['addr']}\n　電話　　　{zen(p['phone'])}")
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("nonomura"), to=["汐見市 市民協働課 <kyodo@city.shiomi.lg.jp>"],
    subject="市民ボランティア保険 加入申込（自治会ボランティア6名）",
    body=f"""汐見市 市民協働課 御中

お世話になっております。汐見シティマラソン事務局の野々村です。
松原町自治会から参加される沿道ボランティア6名について、市民ボランティア保険への加入をお願いします。

{(chr(10) * 2).join(_blocks)}

活動日は２月１５日（日）７：００〜１４：００です。

{sig("nonomura", 2)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six residents' blocks with full-width phones, 和暦 DOB and addresses to the city",
)

# 088 two external organisations: staffing plan with counts only
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm("miyakoshi"),
    to=["汐見中央病院 救急科 蓮見先生 <hasumi@shiomi-chuo-hosp.or.jp>"],
    cc=["汐見市消防本部 警防課 <keibo@shiomi-shobo.lg.jp>"],
    subject="救護所の人員配置（案）",
    body=f"""蓮見先生
消防本部 警防課 御中

宮腰です。救護所の人員配置（案）を共有します。

　救護本部（フィニッシュ）：医師3・看護師6・救急救命士2
　第1救護所（10km）：医師1・看護師2
　第2救護所（21km）：医師1・看護師3
　第3救護所（30km）：医師2・看護師3・救急救命士1
　AED隊（自転車）：12隊（各2名）
　救急車待機：3台（市役所前、浜見公園、汐見港緑地）

ご意見があればお知らせください。

{sig("miyakoshi")}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="staffing numbers to a hospital and the fire department: two organisations, no people",
)

# 089 a bare list of e-mail addresses (no names) to the mail delivery vendor
_p = people(20)
add(
    expect="stop",
    sender=frm("sakakibara"), to=["配信ナビ サポート <support@haishin-navi.jp>"],
    subject="配信停止リストの反映依頼",
    body=f"""配信ナビ サポートご担当者様

いつもお世話になっております。汐見シティマラソン事務局の榊原です。
メールマガジンの配信停止依頼があった下記20件を、配信対象から除外してください。

{chr(10).join(p['email'] for p in _p)}

アカウントID：shiomi-marathon

{sig("sakakibara")}
""",
    entities=["EMAIL_ADDRESS"], detectors=["personal_data"],
    note="twenty private e-mail addresses listed without names to an external vendor",
)

# 090 either: a runner's own first-aid record, sent to her at her request
_p = person("F", (1985, 1995))
add(
    expect="either", charset="iso-2022-jp",
    sender=frm("miyakoshi"), to=[f"{_p['name']} <{_p['email']}>"],
    subject="救護記録の写しの送付（保険請求用）",
    body=f"""{_p['name']} 様

汐見シティマラソン事務局 医療救護担当の宮腰です。
ご依頼のありました救護記録の写しを、下記のとおりお送りします。

　受診日時：2026年2月15日 12:48
　救護所：フィニッシュ救護本部
　ナンバー：2961
　氏名：{_p['name']}（{_p['age']}歳）
　所見：熱中症（II度）、意識清明、体温38.4℃
　処置：冷却、経口補水、点滴（生理食塩水500ml）
　転帰：14:20 帰宅

その後お体の具合はいかがでしょうか。どうぞお大事になさってください。

{sig("miyakoshi")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="her own diagnosis sent to the data subject at her request: health data to free mail, judgement call",
)

# 091 two runners who left items on a shuttle bus, to the bus company
_p = people(2)
add(
    expect="pass",
    sender=frm("otsuki"), to=["汐見交通バス 営業所 <eigyosho@shiomi-bus.co.jp>"],
    subject="シャトルバス車内の忘れ物について",
    body=f"""汐見交通バス 営業所 御中

大会当日のシャトルバスでの忘れ物について、持ち主と思われる方から連絡がありました。

1. {_p[0]['name']}様（{_p[0]['phone']}）　青いリュック（7:20頃 汐見駅発の便）
2. {_p[1]['name']}様（{_p[1]['phone']}）　白いウインドブレーカー（帰りの汐見港緑地発 13時台）

見つかりましたら、ご本人に直接ご連絡いただけますでしょうか。

汐見シティマラソン事務局 大槻
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two people's names and phones for lost items: under the five-person threshold",
)

# 092 a staff member's corporate card number (full-width digits) to a hotel
_cn = card()
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("ellen"), to=["さくらホテル汐見 予約課 <yoyaku-shiomi@sakura-hotel.jp>"],
    subject="招待選手宿泊分のギャランティーについて",
    body=f"""さくらホテル汐見 予約課 御中

いつもお世話になっております。佐藤エレンです。
招待選手6室（2/11〜2/16）のギャランティーとして、下記の法人カードでお願いいたします。

　カード名義：ELLEN SATO（日の出産業株式会社）
　カード番号：{zen(_cn[:4])}－{zen(_cn[4:8])}－{zen(_cn[8:12])}－{zen(_cn[12:])}
　有効期限：０９／２８

精算は大会後に請求書払いに切り替えていただく予定です。

{sig("ellen")}
""",
    entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="full card number in full-width digits with the holder's name to a hotel",
)

# 093 data deletion report to the timing company (mention of personal data, none sent)
add(
    expect="pass",
    sender=frm("otsuki"), to=["ランテック計測 品質管理室 <qa@runtec-timing.co.jp>"],
    subject="エントリーデータの消去証明書のご提出について",
    body=f"""ランテック計測株式会社 品質管理室 御中

お世話になっております。日の出産業の大槻です。
秘密保持契約第7条に基づき、大会終了後90日以内のエントリーデータ（個人情報）の消去をお願いしております。
期限が5月16日となりますので、消去作業の完了後、消去証明書（様式自由）のご提出をお願いいたします。

記録証発行サービス用に保持いただいている「ナンバー・ネットタイム」のみのデータは、
個人を特定しない形式のため、引き続き保持いただいて差し支えありません。

{sig("otsuki")}

{DISCLAIMER_JA}
""",
    entities=[], detectors=[],
    note="talk about an NDA and data deletion, with the standard disclaimer: nothing personal sent",
)

# 094 trail race: three external bodies in To
add(
    expect="stop",
    sender=frm("koga"),
    to=["奥汐見山岳遭難対策協議会 <jimukyoku@okushiomi-sangaku.jp>",
        "天竜森林管理署 汐見森林事務所 <shiomi-shinrin@tenryu-forest.go.jp>",
        "奥汐見観光協会 <info@okushiomi-kanko.jp>"],
    subject="奥汐見トレイル コース整備日程（4/19）のご案内",
    body=f"""関係各位

いつもお世話になっております。日の出産業 トレイル事業担当の古賀です。
奥汐見トレイルレース2026に向けたコース整備を、下記日程で実施します。

　日時：2026年4月19日（日）8:00〜15:00（雨天時 4/26）
　集合：奥汐見ビジターセンター駐車場
　作業：倒木処理、ロープ設置、道標の更新（国有林内は事前に協議済みの範囲のみ）

ご参加いただける方の人数を4月10日までにお知らせください。

{sig("koga")}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations can see each other in To",
)

# 095 internal: 社外秘 budget spreadsheet to internal colleagues only
add(
    expect="pass",
    sender=frm("tabuchi"), to=[f"浅見 誠司 <{STAFF['asami'][2]}>", f"大槻 真澄 <{STAFF['otsuki'][2]}>"],
    subject="【社外秘】協賛収入見込み（2026大会）",
    body="""浅見部長、大槻さん

協賛収入の見込みを更新しました。社外秘のため社外への転送はご遠慮ください。
ストリードウェル社の交渉下限額（950万円）も記載しています。

田淵
""",
    attachments=[{"kind": "xlsx", "name": "協賛収入見込み_2026.xlsx", "page_header": "社外秘",
                  "sheets": {"見込み": [["【社外秘】協賛収入見込み"], [], ["協賛社", "区分", "提示額", "下限", "確度"],
                                      ["北国フーズ", "ゴールド", 1500000, 1200000, "A"],
                                      ["川崎電機", "プラチナ", 3000000, 2600000, "B"],
                                      ["Stridewell", "オフィシャルドリンク", 12000000, 9500000, "B"]]}}],
    entities=[], detectors=[],
    note="marked 社外秘, but every recipient is internal",
)

# 096 trail entrants XLSX (title row, two sheets): internal To, external Cc
_a = people(10, years=(1960, 2004))
_b = people(7, years=(1960, 2004))


def _trail_sheet(title: str, ps: list[dict], prefix: str) -> list[list]:
    rows = [[title], [], ["ナンバー", "氏名", "性別", "生年月日", "携帯電話", "ITRAポイント"]]
    for i, p in enumerate(ps):
        rows.append([f"{prefix}{i + 1:03d}", p["name"], p["sex"], p["dob_kanji"], p["phone"], rng.randint(0, 12)])
    return rows


add(
    expect="stop",
    sender=frm("koga"), to=[f"大槻 真澄 <{STAFF['otsuki'][2]}>"],
    cc=["奥汐見観光協会 事務局 <info@okushiomi-kanko.jp>"],
    subject="奥汐見トレイル 地元枠エントリー一覧",
    body=f"""大槻さん
（cc: 奥汐見観光協会様）

地元枠でエントリーされた方の一覧です。観光協会さんには宿泊案内の送付にご協力いただくため共有します。
50K・22Kでシートを分けています。

古賀
""",
    attachments=[{"kind": "xlsx", "name": "地元枠エントリー.xlsx",
                  "sheets": {"50K": _trail_sheet("奥汐見トレイルレース2026 地元枠（50K）", _a, "T5-"),
                             "22K": _trail_sheet("奥汐見トレイルレース2026 地元枠（22K）", _b, "T2-")}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="internal To but an external Cc: XLSX of 17 trail runners with DOB and mobiles",
)

# 097 English invoice for group entry fees to the tour agency
add(
    expect="pass",
    sender=frm("hori"), to=["RunAsia Tours - Accounts <accounts@runasia-tours.com>"],
    subject="Invoice HS-INV-2026-0211 - group entry fees",
    body=f"""Dear RunAsia Tours accounts team,

Please find below the details of our invoice for the group entries of your customers.

  Invoice no.:   HS-INV-2026-0211
  Description:   Shiomi City Marathon 2026 - full marathon entry x 32
  Amount:        JPY 480,000 (tax exempt, export of services)
  Due date:      31 January 2026
  Bank:          Midori Bank, Ltd., Head Office (SWIFT MDGIJPJT)
  Account:       Current 0318842, Hinode Sangyo Co., Ltd.

Please quote the invoice number in the transfer reference.

Kind regards,
Yukiko Hori
Accounting, Hinode Sangyo Co., Ltd.
""",
    entities=[], detectors=[],
    note="invoice with the company's own bank account: business data only",
)

# 098 either: student volunteers' names and schools only, to the volunteer centre
_p = people(8, years=(2008, 2010))
add(
    expect="either",
    sender=frm("nonomura"), to=["汐見市社会福祉協議会 ボランティアセンター 青山様 <aoyama@shiomi-shakyo.or.jp>"],
    subject="高校生ボランティア 持ち場の割り振り",
    body=f"""青山様

お世話になっております。野々村です。
高校生ボランティア8名の持ち場を割り振りました。連絡先は各校の先生経由のため記載していません。

{chr(10).join(f"・{p['name']}（{rng.choice(['汐見高校', '汐見南高校', '港北商業高校'])} {rng.randint(1, 3)}年）→ {rng.choice(['第1給水所', '第4給水所', '完走証発行', '手荷物返却'])}" for p in _p)}

{sig("nonomura")}
""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="eight minors' names with school and grade but no contact data: a judgement call",
)

# 099 basic pension number of a part-time staff member to the labour consultant
_p = person("F", (1990, 2000))
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm("hori"), to=["汐見社会保険労務士事務所 <info@shiomi-sr.jp>"],
    cc=[f"浅見 誠司 <{STAFF['asami'][2]}>"],
    subject="大会事務局 臨時職員の社会保険加入手続き",
    body=f"""汐見社会保険労務士事務所 御中

いつもお世話になっております。日の出産業 経理の堀です。
大会事務局で2月から雇用する臨時職員1名の資格取得届をお願いいたします。

　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{_p['dob_wa']}
　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　雇用開始日：2026年2月2日
　月額報酬：210,000円

{sig("hori")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="one employee's basic pension number with name and DOB to an external office",
)

# 100 bib-number ranges per wave (numbers but no people) to the printer
add(
    expect="pass",
    sender=frm("sakakibara"), to=["錦印刷 制作部 梶様 <kaji.t@nishiki-insatsu.co.jp>"],
    subject="ナンバーカード 番号帯と印刷枚数（確定）",
    body=f"""梶様

お世話になっております。榊原です。
ナンバーカードの番号帯と印刷枚数が確定しました。

  種目        ブロック  番号帯            枚数    地色
  ----------  --------  ----------------  ------  ------
  フル        A         1 - 1500          1,500   赤
  フル        B         1501 - 4000       2,500   赤
  フル        C         4001 - 7000       3,000   赤
  フル        D（海外） 7001 - 7600         600   赤
  ハーフ      -         H-0001 - H-4500   4,500   青
  10km        -         10-0001 - 10-2500 2,500   緑
  ファンラン  -         F-001 - F-900       900   黄

予備として各番号帯の末尾に2%ずつ白紙カードを追加してください。

{sig("sakakibara")}
""",
    entities=[], detectors=[],
    note="bib number ranges and print counts: numbers that identify no one",
)
