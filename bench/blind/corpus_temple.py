"""Blind corpus — area ``temple``: 日の出産業株式会社 寺社サービス事業部.

日の出産業's property and event services division runs the administration of temples
(慈光寺・浄願寺), a shrine (日枝台八幡宮) and a church (みなと聖ペテロ教会), and the
緑ヶ丘霊園 cemetery: parishioner registers (檀家・氏子・信徒名簿), memorial services
(年忌法要・納骨・永代供養), grave plots, donations (護持会費・初穂料・献金), festivals
(例大祭・除夜の鐘・七五三), pilgrimage tours (四国遍路・ルルド巡礼), and the printers,
caterers, bus companies, stonemasons, banks and lawyers the division works with.

Every person, address, telephone number, account, My Number, card number, passport,
licence and other identifier in this file is invented; any likeness to a real person
or number is chance.  Organisations other than 日の出産業 and the partners named in
BRIEF.md are fictional too.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 8801
rng = random.Random(SEED)
_seq = [SEED]


def _mn() -> str:
    v = my_number(_seq[0])
    _seq[0] += 1
    return v


def _card() -> str:
    v = card_number(_seq[0])
    _seq[0] += 1
    return v


def corp_no(base12: str) -> str:
    """法人番号: check digit + 12 digits (国税庁 法人番号の指定等に関する省令)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    return s.translate(_ZEN)


# -- invented people --------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"),
    ("岡本", "オカモト", "Okamoto"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
    ("服部", "ハットリ", "Hattori"), ("鬼頭", "キトウ", "Kito"), ("御手洗", "ミタライ", "Mitarai"),
    ("四月一日", "ワタヌキ", "Watanuki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("九十九", "ツクモ", "Tsukumo"), ("百目鬼", "ドウメキ", "Domeki"), ("薬袋", "ミナイ", "Minai"),
    ("東海林", "ショウジ", "Shoji"), ("五百旗頭", "イオキベ", "Iokibe"), ("栗花落", "ツユリ", "Tsuyuri"),
    ("一尺八寸", "カマツカ", "Kamatsuka"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("左右田", "ソウダ", "Soda"), ("雲母", "キラ", "Kira"), ("纐纈", "コウケツ", "Koketsu"),
    ("躑躅森", "ツツジモリ", "Tsutsujimori"), ("勘解由小路", "カデノコウジ", "Kadenokoji"),
    ("舟橋", "フナハシ", "Funahashi"), ("宍戸", "シシド", "Shishido"), ("日下部", "クサカベ", "Kusakabe"),
]

GIVEN = [
    ("誠", "マコト", "Makoto"), ("浩二", "コウジ", "Koji"), ("健一", "ケンイチ", "Kenichi"),
    ("正和", "マサカズ", "Masakazu"), ("隆", "タカシ", "Takashi"), ("茂", "シゲル", "Shigeru"),
    ("勝利", "カツトシ", "Katsutoshi"), ("清", "キヨシ", "Kiyoshi"), ("博之", "ヒロユキ", "Hiroyuki"),
    ("大輝", "ダイキ", "Daiki"), ("翔太", "ショウタ", "Shota"), ("義雄", "ヨシオ", "Yoshio"),
    ("光男", "ミツオ", "Mitsuo"), ("昭", "アキラ", "Akira"), ("和夫", "カズオ", "Kazuo"),
    ("幸子", "サチコ", "Sachiko"), ("恵子", "ケイコ", "Keiko"), ("久美子", "クミコ", "Kumiko"),
    ("由美", "ユミ", "Yumi"), ("美智子", "ミチコ", "Michiko"), ("節子", "セツコ", "Setsuko"),
    ("和子", "カズコ", "Kazuko"), ("陽菜", "ヒナ", "Hina"), ("結衣", "ユイ", "Yui"),
    ("千代", "チヨ", "Chiyo"), ("トミ", "トミ", "Tomi"), ("文枝", "フミエ", "Fumie"),
    ("真理子", "マリコ", "Mariko"), ("彩", "アヤ", "Aya"), ("智子", "トモコ", "Tomoko"),
    ("美穂", "ミホ", "Miho"), ("静江", "シズエ", "Shizue"), ("忠", "タダシ", "Tadashi"),
    ("賢治", "ケンジ", "Kenji"), ("康弘", "ヤスヒロ", "Yasuhiro"), ("玲奈", "レイナ", "Reina"),
    ("八重", "ヤエ", "Yae"), ("源太郎", "ゲンタロウ", "Gentaro"), ("伸也", "シンヤ", "Shinya"),
    ("ひとみ", "ヒトミ", "Hitomi"),
]

PLACES = [
    ("東京都", "世田谷区", ["北沢", "代田", "経堂", "上馬", "用賀"], "15", "03"),
    ("東京都", "杉並区", ["阿佐谷南", "高円寺北", "荻窪", "西荻北"], "16", "03"),
    ("東京都", "八王子市", ["元本郷町", "明神町", "横山町", "散田町"], "19", "042"),
    ("神奈川県", "横浜市港北区", ["日吉本町", "菊名", "篠原町"], "22", "045"),
    ("神奈川県", "川崎市中原区", ["新丸子町", "木月", "小杉町"], "21", "044"),
    ("埼玉県", "川越市", ["仲町", "連雀町", "元町"], "35", "049"),
    ("埼玉県", "さいたま市浦和区", ["岸町", "常盤", "高砂"], "33", "048"),
    ("千葉県", "船橋市", ["本町", "宮本", "湊町"], "27", "047"),
    ("千葉県", "市川市", ["八幡", "真間", "国府台"], "27", "047"),
    ("大阪府", "堺市堺区", ["大町東", "宿院町西"], "59", "072"),
    ("京都府", "京都市左京区", ["田中里ノ内町", "岡崎東天王町"], "60", "075"),
    ("愛知県", "名古屋市昭和区", ["八事本町", "御器所"], "46", "052"),
    ("静岡県", "静岡市葵区", ["駿府町", "鷹匠"], "42", "054"),
    ("北海道", "札幌市中央区", ["南一条西", "北三条西"], "06", "011"),
    ("福岡県", "福岡市中央区", ["大名", "赤坂"], "81", "092"),
    ("香川県", "高松市", ["番町", "栗林町"], "76", "087"),
    ("愛媛県", "松山市", ["道後湯之町", "一番町"], "79", "089"),
]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]

BANKS = [("みどり銀行", ["本店営業部", "浦和支店", "船橋支店", "川越支店", "日本橋支店"]),
         ("武蔵野中央信用金庫", ["本店", "吉祥寺支店", "荻窪支店"]),
         ("ゆうちょ銀行", ["〇一八店", "〇二八店", "四〇八店"]),
         ("東都りそな銀行", ["新宿支店", "横浜支店"]),
         ("はまかぜ銀行", ["港北支店", "中原支店"])]


def wareki(y: int, m: int, d: int, style: int = 0) -> str:
    if y > 1989 or (y == 1989 and m >= 2):
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "昭和", "S", y - 1925
    if style == 0:
        return f"{era}{n}年{m}月{d}日"
    if style == 1:
        return f"{short}{n}.{m}.{d}"
    if style == 2:
        return zen(f"{era}{n}年{m}月{d}日")
    return zen(f"{short}{n}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")


_used: set[str] = set()


def person(sex_any: bool = True, young: bool = False, child: bool = False) -> dict:
    while True:
        s = rng.choice(SURNAMES)
        g = rng.choice(GIVEN)
        if s[0] + g[0] not in _used:
            _used.add(s[0] + g[0])
            break
    pref, city, towns, zp, area = rng.choice(PLACES)
    town = rng.choice(towns)
    style = rng.randrange(3)
    if style == 0:
        banchi = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    elif style == 1:
        banchi = f"{rng.randint(1, 4)}丁目{rng.randint(1, 28)}番{rng.randint(1, 15)}号"
    else:
        banchi = f"{rng.randint(100, 999)}番地{rng.randint(1, 9)}"
    if rng.random() < 0.3:
        banchi += rng.choice([" コーポ若葉", " メゾン桜台", " グランハイツ", " 第二松風荘"]) + \
            f" {rng.randint(1, 5)}0{rng.randint(1, 8)}"
    zipc = f"{zp}{rng.randint(0, 9)}-{rng.randint(0, 9999):04d}"
    if child:
        y = rng.randint(2018, 2022)
    elif young:
        y = rng.randint(1975, 2000)
    else:
        y = rng.randint(1936, 1972)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    mob = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    if len(area) == 2:
        land = f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    else:
        land = f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    mail = (f"{g[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}"
            if rng.random() < 0.5 else f"{s[2].lower()}_{g[2][0].lower()}{rng.randint(50, 99)}")
    mail += "@" + rng.choice(FREEMAIL)
    bank, branches = rng.choice(BANKS)
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
        "roma": f"{g[2]} {s[2].upper()}", "pref": pref, "city": city, "town": town,
        "addr": f"{pref}{city}{town}{banchi}", "zip": zipc, "y": y, "m": m, "d": d,
        "dob": f"{y}/{m:02d}/{d:02d}", "mob": mob, "tel": land, "mail": mail,
        "bank": bank, "branch": rng.choice(branches),
        "acct": f"{rng.choice(['普通', '普通', '当座'])} {rng.randint(1000000, 9999999)}",
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def pad(s: str, w: int) -> str:
    """Pad to a display width (full-width characters count 2)."""
    width = sum(2 if ord(c) > 0x2E80 else 1 for c in s)
    return s + " " * max(w - width, 1)


# -- the division's staff and signatures --------------------------------------------------

OFFICE = "〒103-0027 東京都中央区日本橋2-14-8 日の出ビル6F"

STAFF = {
    "onodera": ("小野寺 真澄", "オノデラ マスミ", "檀信徒管理課", "onodera.masumi", "4121"),
    "ishibashi": ("石橋 航", "イシバシ ワタル", "霊園管理課", "ishibashi.wataru", "4127"),
    "miyashita": ("宮下 千尋", "ミヤシタ チヒロ", "催事課", "miyashita.chihiro", "4133"),
    "ogino": ("荻野 大輔", "オギノ ダイスケ", "巡礼・旅行企画課", "ogino.daisuke", "4140"),
    "murase": ("村瀬 由香", "ムラセ ユカ", "寄進・経理課", "murase.yuka", "4152"),
    "sakakibara": ("榊原 敏行", "サカキバラ トシユキ", "部長", "sakakibara.toshiyuki", "4100"),
    "horinouchi": ("堀之内 健", "ホリノウチ ケン", "業務システム担当", "horinouchi.ken", "4166"),
    "imaizumi": ("今泉 リサ", "イマイズミ リサ", "教会・国際担当", "imaizumi.lisa", "4171"),
    "muto": ("武藤 さやか", "ムトウ サヤカ", "法要手配課", "muto.sayaka", "4125"),
}


def frm(key: str) -> str:
    n, _, _, local, _ = STAFF[key]
    return f"{n} <{local}@hinode-sangyo.co.jp>"


def addr(key: str) -> str:
    return f"{STAFF[key][3]}@hinode-sangyo.co.jp"


def sig(key: str, style: int = 0) -> str:
    n, kana, dept, local, ext = STAFF[key]
    mail = f"{local}@hinode-sangyo.co.jp"
    if style == 0:
        return (f"--\n日の出産業株式会社 寺社サービス事業部 {dept}\n{n}（{kana}）\n{OFFICE}\n"
                f"TEL 03-5205-7781（代） / FAX 03-5205-7790\n{mail}")
    if style == 1:
        return ("━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
                f"日の出産業株式会社\n資産・催事サービス本部 寺社サービス事業部\n{dept}　{n}\n"
                f"{OFFICE}\nTEL：03-5205-7781（内線{ext}）\nE-mail：{mail}\n"
                "━━━━━━━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return f"日の出産業 寺社サービス {dept} {n.split()[0]}（内線 {ext}）"
    if style == 3:
        return (f"--\n{n}\nTemple & Shrine Services Division, Hinode Sangyo Co., Ltd.\n"
                "Hinode Bldg. 6F, 2-14-8 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan\n"
                f"Tel +81-3-5205-7781 / {mail}")
    return (f"＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n日の出産業（株）寺社サービス事業部\n{dept}\n{n}\n"
            f"TEL 03-5205-7781 ／ 携帯 080-4471-20{ext[-2:]}\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊")


DISC_JA = ("本メールおよび添付ファイルには機密情報が含まれている場合があります。"
           "誤って受信された場合は、お手数ですが送信者までご連絡のうえ、"
           "本メールを削除してくださいますようお願いいたします。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. "
           "If you are not the intended recipient, please notify the sender immediately "
           "and delete this e-mail. Any unauthorised use or disclosure is prohibited.")

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"temple-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# =====================================================================================
# 001 — 盂蘭盆会の案内状 宛名印字: 慈光寺の檀家名簿 CSV を錦印刷へ
_d001 = people(64)
add(
    expect="stop",
    sender=frm("onodera"),
    to=["中西 健吾 <nakanishi.kengo@nishiki-insatsu.co.jp>"],
    subject="慈光寺様 盂蘭盆会ご案内状 宛名データ送付の件",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
営業部 中西様

いつもお世話になっております。日の出産業の小野寺です。

先日お見積りいただきました慈光寺様の盂蘭盆会（8月13日施餓鬼法要）ご案内状につきまして、
宛名印字用のデータを添付いたします。

・件数：{len(_d001)}件（慈光寺 檀家名簿より抽出、転居先不明の方は除外済み）
・封筒：長3 窓なし、宛名は縦書きでお願いいたします
・差出人：曹洞宗 慈光山 慈光寺 寺務所

校正は PDF でいただければ、寺務所様と当方で確認いたします。
納期は7月18日（金）必着でお願いできますと幸いです。

よろしくお願いいたします。

{sig("onodera")}
""",
    attachments=[{
        "kind": "csv", "name": "jikoji_urabon_atena.csv", "encoding": "cp932",
        "rows": [["檀家番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号"]] + [
            [f"D-{1000 + i * 7:04d}", p["name"], p["kana"], p["zip"], p["addr"],
             p["tel"] if i % 3 else p["mob"]] for i, p in enumerate(_d001)],
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="檀家64名の氏名・住所・電話のCSVを外部の印刷会社へ（名簿の社外送付）",
)

# 002 — 社内のみ: 住所変更12件をスペース揃えで
_d002 = people(12)
_rows002 = "\n".join(
    pad(f"D-{2100 + i * 13:04d}", 9) + pad(p["name"], 14) + pad(p["zip"], 10) + p["addr"]
    + "  " + p["tel"] for i, p in enumerate(_d002))
add(
    expect="pass",
    sender=frm("onodera"),
    to=[frm("ishibashi")],
    cc=["寺社サービス共有 <jisha-share@mail.hinode-sangyo.co.jp>"],
    subject="【共有】6月分 檀家住所変更（慈光寺・浄願寺）",
    charset="utf-8",
    body=f"""石橋さん

お疲れさまです。小野寺です。
6月中に届いた住所変更を取りまとめました。霊園の管理料請求先も同じ住所に直しておいてください。

檀家番号  氏名          〒        新住所 / 電話
--------------------------------------------------------------------------------
{_rows002}

浄願寺分は D-22xx 以降です。システムへの反映は明日の午前中に私の方でやります。

小野寺
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="名簿だが宛先はすべて社内（サブドメイン含む）",
)

# 003 — みなと聖ペテロ教会 信徒名簿（洗礼名・受洗日）XLSX をシステム移行業者へ
_d003 = people(38)
_sheet003 = [["みなと聖ペテロ教会 信徒名簿（2024年度 移行用）", "", "", "", "", "", "", ""],
             ["", "", "", "", "", "", "", ""],
             ["信徒番号", "氏名", "洗礼名", "生年月日", "受洗日", "住所", "電話", "メール"]]
_bapt = ["ペトロ", "マリア", "ヨハネ", "テレジア", "パウロ", "アンナ", "ヨセフ", "モニカ", "フランシスコ"]
for i, p in enumerate(_d003):
    _sheet003.append([f"SP-{300 + i}", p["name"], rng.choice(_bapt), p["dob"],
                      f"{rng.randint(1960, 2020)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}",
                      p["addr"], p["mob"], p["mail"]])
add(
    expect="stop",
    sender=frm("imaizumi"),
    to=["ツバサシステム 導入支援 <onboarding@tsubasa-system.jp>"],
    cc=[frm("horinouchi")],
    subject="檀信ナビ導入：みなと聖ペテロ教会 信徒データ（移行テスト用）",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業 寺社サービス事業部の今泉です。

「檀信ナビ」への移行テストに使う教会の信徒データをお送りします。
1枚目のシートが信徒名簿、2枚目が家族（世帯）の紐づけです。
洗礼名・受洗日の列は、教会側の要望で「信徒区分」画面に表示させたいとのことです。

取込みでエラーになった行があれば、行番号をお知らせください。

{sig("imaizumi")}

{DISC_JA}
""",
    attachments=[{
        "kind": "xlsx", "name": "stpeter_shinto_meibo.xlsx",
        "sheets": {"信徒名簿": _sheet003,
                   "世帯": [["世帯番号", "世帯主 信徒番号", "同居人数"]] +
                           [[f"H-{40 + i}", f"SP-{300 + i * 2}", rng.randint(1, 5)] for i in range(15)]},
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS",
              "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="教会の信徒38名（洗礼名・受洗日＝信仰、生年月日・住所）を外部ベンダーへ",
)

# 004 — 北国フーズへ 法要後のお斎 発注（施主1名の連絡先）
_p004 = person()
add(
    expect="pass",
    sender=frm("muto"),
    to=["北国フーズ 法事仕出し係 <hoji@kitaguni-foods.co.jp>"],
    subject="【発注】9/14 浄願寺 七回忌法要後のお斎（22名）",
    charset="cp932",
    body=f"""北国フーズ株式会社
法事仕出し係 ご担当者様

いつも大変お世話になっております。日の出産業の武藤でございます。
下記のとおりお斎（会食）をお願いいたします。

■日時　　9月14日（日）12:30 配膳開始（法要は11:00〜）
■会場　　浄願寺 客殿（2階 大広間）
■人数　　大人20名・お子様2名
■献立　　精進会席「蓮」 5,500円（税別）／お子様膳 2,200円
■飲物　　瓶ビール10本・ウーロン茶12本（持込みなし）
■施主　　{_p004["name"]} 様（当日のご連絡先 {_p004["mob"]}）

アレルギーについては施主様に確認中です。分かり次第ご連絡いたします。
お手数ですが、受注確認のご返信をお願いいたします。

{sig("muto", 1)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="施主1名の氏名と携帯のみ。取引先への通常発注",
)

# 005 — 錦印刷の類似ドメイン（s 抜け）へ 寺報の校正依頼
add(
    expect="stop",
    sender=frm("onodera"),
    to=["中西 健吾 <nakanishi.kengo@nishiki-insatu.co.jp>"],
    subject="Re: 寺報「慈光」秋号 初校",
    charset="iso-2022-jp",
    body=f"""中西様

お世話になっております。小野寺です。
初校ありがとうございました。赤字を入れたPDFを寺務所様からいただきましたので、
以下の点を修正のうえ再校をお願いいたします。

1. 表紙　「秋彼岸会」の日付　9月20日 → 9月23日
2. P3　ご住職の法話タイトル　「縁を生きる」にルビ不要
3. P6　行事予定表の「坐禅会」　毎月第2・第4日曜 に訂正
4. 裏表紙　寺務所の受付時間　9:00〜16:00

部数は前回同様 1,200部、納品は10月3日でお願いします。

{sig("onodera", 2)}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="宛先 nishiki-insatu.co.jp は取引先 nishiki-insatsu.co.jp の s 抜けの類似ドメイン",
)

# 006 — 石材店へ 4名の墓所使用者（清掃の立会い連絡先）— 4名なので通す
_d006 = people(4)
_rows006 = "\n".join(
    f"{k}　{pad(p['name'], 14)}{p['mob'] if i % 2 else p['tel']}"
    for i, (k, p) in enumerate(zip(["東３区－０４－１２", "東３区－０４－１５", "西１区－１１－０２", "西１区－１１－０３"], _d006)))
add(
    expect="pass",
    sender=frm("ishibashi"),
    to=["石匠おおつか 工事部 <koji@ishisho-otsuka.co.jp>"],
    subject="緑ヶ丘霊園 目地補修工事の立会い者について",
    charset="iso-2022-jp",
    body=f"""石匠おおつか
工事部 大塚様

いつもお世話になっております。日の出産業 霊園管理課の石橋です。
10月第2週の目地補修の件、立会いを希望された使用者様は下記の4名です。
日程のご調整は直接お電話いただいて構いません（ご本人の了承済みです）。

区画　　　　　　　　使用者　　　　　連絡先
─────────────────────────────────
{_rows006}

それ以外の区画は立会いなしで施工していただいて結構です。

{sig("ishibashi", 0)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="使用者4名の氏名と電話のみ（5名未満）。警告はあり得るが保留は不要",
)

# 007 — 檀家（フリーメール）へ 提携石材店・仏具店の一覧（事業者の一覧）
add(
    expect="pass",
    sender=frm("ishibashi"),
    to=["kuroda.h1957@yahoo.co.jp"],
    subject="墓石のご相談先について（緑ヶ丘霊園 指定石材店のご案内）",
    charset="iso-2022-jp",
    body=f"""黒田様

先日は霊園事務所までお越しいただき、ありがとうございました。
日の出産業 霊園管理課の石橋でございます。

お問い合わせのありました、緑ヶ丘霊園の指定石材店と近隣の仏具店をご案内いたします。
いずれも見積りは無料です。

【指定石材店】
・石匠おおつか　　　TEL 042-655-3301　八王子市元本郷町3-18-2（霊園正門前）
・株式会社 丸武石材　TEL 042-622-1180　八王子市横山町10-7
・みささぎ石材工業　TEL 042-669-0045　八王子市散田町2-41-9

【仏具店】
・仏壇の蓮華堂 八王子店　TEL 042-648-7712　（定休日：水曜）
・京仏具 香林　　　　　　TEL 042-626-3390

墓所の工事は指定石材店でのみ承っておりますので、ご了承ください。
ご不明な点がございましたら、霊園事務所（042-655-3300）までお気軽にどうぞ。

{sig("ishibashi", 1)}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="店舗・事業者の代表電話と所在地の一覧で、個人の名簿ではない。フリーメール1名",
)

# 008 — 法律事務所へ 管理料未納（氏名列なし、住所・電話）タブ区切り
_d008 = people(7)
_rows008 = "\n".join(
    f"北{rng.randint(1, 4)}区-{rng.randint(1, 20):02d}-{rng.randint(1, 30):02d}\t{p['addr']}\t{p['tel']}\t"
    f"{rng.choice([24000, 36000, 48000, 60000]):,}円\t{rng.randint(2016, 2021)}/{rng.randint(1, 12):02d}"
    for p in _d008)
add(
    expect="stop",
    sender=frm("ishibashi"),
    to=["白川法律事務所 <info@shirakawa-law.jp>"],
    cc=[frm("sakakibara")],
    subject="緑ヶ丘霊園 長期未納区画の督促について（ご相談）",
    charset="utf-8",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の石橋です。
先日ご相談した、管理料を3年以上お支払いいただいていない区画の一覧です。
使用者のお名前は、督促状の送付方法が決まってからお送りします。

区画\t登録住所\t電話\t未納額\t最終入金
{_rows008}

いずれも督促状を2回送付済みで、電話は不通または応答なしです。
墓地埋葬法上の無縁墳墓の手続きに進めるかどうか、ご意見をいただけますでしょうか。

{sig("ishibashi")}
""",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="氏名列はないが7名分の住所・電話の一覧を社外（法律事務所）へ",
)

# 009 — 青葉運輸へ 四国遍路ツアー参加者（生年月日・健康上の配慮）ブロック形式
_d009 = people(8)
_health = ["糖尿病（インスリン注射あり、昼食時間厳守）", "特になし", "腰椎ヘルニア術後、長時間の着座不可",
           "心臓ペースメーカー装着", "特になし", "車椅子使用（折りたたみ式を持参）", "高血圧の服薬中",
           "軽度の認知症あり（ご家族同行）"]
_blocks009 = "\n\n".join(
    f"［{i + 1}］{p['name']}（{p['kana']}）\n　生年月日：{wareki(p['y'], p['m'], p['d'], i % 2)}\n"
    f"　携帯：{p['mob']}\n　緊急連絡先：{rng.choice(['長男', '長女', '妻', '夫', '次男'])} {p['tel']}\n"
    f"　健康上の配慮：{_health[i]}"
    for i, p in enumerate(_d009))
add(
    expect="stop",
    sender=frm("ogino"),
    to=["青葉運輸 貸切バス営業所 <charter@aoba-unyu.co.jp>"],
    subject="四国八十八ヶ所 区切り打ち（第3回）乗車名簿",
    charset="cp932",
    body=f"""青葉運輸株式会社
貸切バス営業所 御中

お世話になっております。日の出産業 巡礼・旅行企画課の荻野です。
11月5日〜8日の四国遍路（第3回 愛媛・伊予の国 40番〜65番）の乗車名簿をお送りします。
ガイドさん・乗務員さんに、座席配置の参考として共有をお願いいたします。

{_blocks009}

以上8名です（先達・添乗は当社の荻野ほか1名）。
車椅子の方がいらっしゃるため、リフト付き車両の手配をお願いいたします。

{sig("ogino", 4)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="参加者8名の生年月日・電話に加え病歴・障害（要配慮個人情報）を社外のバス会社へ",
)

# 010 — ツバサシステムと秘密保持契約の打合せ（NDA の話題・添付は契約書案）
add(
    expect="pass",
    sender=frm("horinouchi"),
    to=["ツバサシステム 営業部 森川様 <morikawa@tsubasa-system.jp>"],
    cc=[frm("sakakibara")],
    subject="秘密保持契約書（案）へのコメント",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
営業部 森川様

お世話になっております。日の出産業の堀之内です。
「檀信ナビ」導入に先立つ秘密保持契約書（案）について、当社法務のコメントを反映した版を添付します。

主な修正点は以下のとおりです。
・第2条（秘密情報の定義）：口頭で開示した情報も、30日以内に書面で特定すれば秘密情報に含める
・第5条（再委託）：再委託先にも本契約と同等の義務を課すことを明記
・第9条（有効期間）：契約終了後も3年間は秘密保持義務が存続
・第11条：個人情報の取扱いについては別途「個人情報取扱覚書」を締結する

ご確認のうえ、問題なければ押印版を郵送いたします。

{sig("horinouchi")}

{DISC_JA}
""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_v3.docx", "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
            "寺院管理システム導入の検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
            "第1条（目的）甲及び乙は、本目的のために相手方から開示される情報の取扱いを定める。",
            "第2条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した技術上又は営業上の情報をいう。",
            "第3条（秘密保持）受領者は、秘密情報を善良な管理者の注意をもって管理し、第三者に開示してはならない。",
            "第9条（有効期間）本契約の有効期間は締結日から2年間とする。",
            "（甲）東京都中央区日本橋2-14-8　日の出産業株式会社　代表取締役",
            "（乙）　　　　　　　　　　　　　ツバサシステム株式会社　代表取締役",
        ],
    }],
    entities=[],
    detectors=[],
    note="NDA についてのやり取りと契約書案。機密区分の表示ではなく、個人データもない",
)

# 011 — 税理士へ 雅楽奏者1名のマイナンバー（本文中）
_p011 = person(young=True)
_mn011 = _mn()
add(
    expect="stop",
    sender=frm("murase"),
    to=["あさひ税理士法人 山根様 <yamane@asahi-zeirishi.jp>"],
    subject="日枝台八幡宮 例大祭 雅楽奏者への謝礼（支払調書）",
    charset="iso-2022-jp",
    body=f"""あさひ税理士法人
山根様

いつもお世話になっております。日の出産業 寄進・経理課の村瀬です。

日枝台八幡宮様の例大祭で篳篥を演奏していただいた奏者の方について、
報酬の支払調書作成に必要な情報が揃いましたのでお知らせします。

氏名：{_p011["name"]}（{_p011["kana"]}）
住所：{_p011["zip"]} {_p011["addr"]}
個人番号：{_mn011[:4]} {_mn011[4:8]} {_mn011[8:]}
謝礼：100,000円（源泉徴収 10,210円）　支払日 10月20日

本人確認書類（運転免許証の写し）は、宮司様の方で確認済みとのことです。
お手数ですが、年末の法定調書にあわせてご対応をお願いいたします。

{sig("murase", 0)}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="個人1名のマイナンバーを本文に記載して社外の税理士へ",
)

# 012 — 北国フーズからの返信に返信（引用部分に先方スタッフの一覧）
add(
    expect="pass",
    sender=frm("muto"),
    to=["北国フーズ 宴会サービス 佐野様 <sano@kitaguni-foods.co.jp>"],
    subject="Re: 10/5 落慶法要 配膳スタッフのご案内",
    charset="utf-8",
    body="""佐野様

ご連絡ありがとうございます。日の出産業の武藤です。
スタッフの皆様の件、承知いたしました。
当日は9:30に慈光寺の通用門（駐車場側）からお入りください。寺務所に入館証を用意しておきます。

引き続きよろしくお願いいたします。

武藤

> 日の出産業 武藤様
>
> いつもお世話になっております。北国フーズの佐野でございます。
> 10月5日の落慶法要で配膳を担当するスタッフは下記の6名です。
>
> 佐野 美和子   主任    090-3318-2245
> 葛西 勇人     配膳    080-6621-0983
> 桐谷 さおり   配膳    090-7754-1120
> 溝口 玲       配膳    070-2231-8876
> 根本 翔       洗い場  080-1147-3392
> 小田切 千夏   洗い場  090-5561-0274
>
> 入館の際の手続きがあればお知らせください。
> 北国フーズ株式会社 宴会サービス部 佐野
""",
    entities=[],
    detectors=[],
    note="6名の一覧は受信者自身のメールの引用（> 行）のみ。新しい本文に個人データなし",
)

# 013 — パスワード付きZIP（PPAP）で檀家名簿をベンダーへ
add(
    expect="stop",
    sender=frm("horinouchi"),
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="浄願寺様 門徒データ（暗号化ZIP）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業の堀之内です。
浄願寺様の門徒データを暗号化ZIPでお送りします。
パスワードは別メールにてお送りいたします。

取込後、件数（世帯数・人数）をお知らせいただけますと助かります。

{sig("horinouchi", 2)}
""",
    attachments=[{
        "kind": "zip", "name": "jogan-ji_monto_20240610.zip", "password": "Jg#2024monto",
        "files": [{"kind": "csv", "name": "monto.csv", "encoding": "cp932",
                   "rows": [["門徒番号", "氏名", "住所", "電話"]] + [
                       [f"M{500 + i}", p["name"], p["addr"], p["tel"]] for i, p in enumerate(people(30))]}],
    }],
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード付きZIP（中身を検査できない添付）を社外へ",
)

# 014 — 例大祭の協賛企業3社を To に並べて送信（Bcc にすべき）
add(
    expect="stop",
    sender=frm("miyashita"),
    to=["今村酒造 総務部 <soumu@imamura-shuzo.co.jp>",
        "ひので商店街振興組合 <jimukyoku@hinode-shotengai.or.jp>",
        "武蔵野中央信用金庫 地域振興課 <chiiki@musashino-chuo-shinkin.jp>"],
    subject="日枝台八幡宮 秋季例大祭 ご協賛の御礼と芳名掲示について",
    charset="iso-2022-jp",
    body=f"""協賛各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
日枝台八幡宮 秋季例大祭の運営事務局を務めております、日の出産業 催事課の宮下でございます。

このたびは例大祭へのご協賛を賜り、誠にありがとうございました。
ご協賛いただいた皆様のお名前は、例年どおり境内の奉納掲示板に掲示させていただきます。

掲示期間：9月28日（土）〜10月6日（日）
掲示表記：ご登録いただいた社名・団体名（「株式会社」等の表記を含む）

表記の変更をご希望の場合は、9月20日までに本メールへご返信ください。

今後とも何卒よろしくお願い申し上げます。

{sig("miyashita", 1)}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外3団体が To で互いのアドレスを見られる（Bcc にすべき）",
)

# 015 — 錦印刷と日枝台八幡宮の三者打合せ（2組織）
add(
    expect="pass",
    sender=frm("miyashita"),
    to=["日枝台八幡宮 社務所 <shamusho@hiedai-hachimangu.or.jp>"],
    cc=["中西 健吾 <nakanishi.kengo@nishiki-insatsu.co.jp>", frm("onodera")],
    subject="御朱印帳リニューアル 打合せ日程のご相談",
    charset="iso-2022-jp",
    body=f"""日枝台八幡宮 社務所 御中
（cc：錦印刷 中西様）

いつもお世話になっております。日の出産業の宮下です。

新しい御朱印帳（蛇腹式・西陣織表紙）のデザイン打合せについて、
錦印刷の中西様にもご同席いただき、三者で進めたいと考えております。
以下の候補日でご都合はいかがでしょうか。

　① 7月9日（火）14:00〜15:00
　② 7月11日（木）10:00〜11:00
　③ 7月12日（金）15:00〜16:00

場所は社務所の会議室をお借りできれば幸いです。
中西様からは表紙生地のサンプルを3種お持ちいただく予定です。

{sig("miyashita")}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外2組織（神社と印刷会社）を含む通常の三者打合せメール",
)

# 016 — 巡礼ツアー申込者1名のクレジットカード番号を旅行会社へ
_p016 = person()
_cc016 = _card()
add(
    expect="stop",
    sender=frm("ogino"),
    to=["巡礼トラベル 予約センター <yoyaku@junrei-travel.co.jp>"],
    subject="西国三十三所 日帰り巡礼（11/16）追加1名 カード決済のお願い",
    charset="cp932",
    body=f"""巡礼トラベル株式会社
予約センター ご担当者様

お世話になっております。日の出産業の荻野です。
11月16日の西国三十三所 日帰り巡礼に、追加で1名お申込みがありました。
お電話でカード払いをご希望とのことでしたので、決済をお願いいたします。

お名前：{_p016["name"]}（{_p016["roma"]}）
カード番号：{"-".join(_cc016[i:i + 4] for i in range(0, 16, 4))}
有効期限：{rng.randint(1, 12):02d}/{rng.randint(26, 30)}
お支払額：18,800円（1回払い）

決済完了後、領収書はご本人宛に郵送でお願いします。

{sig("ogino", 2)}
""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="個人のクレジットカード番号を本文に記載して社外へ",
)

# 017 — 仕出し業者へ 施主の人工透析を本文で伝える（一人の要配慮情報）
_p017 = person()
add(
    expect="stop",
    sender=frm("muto"),
    to=["北国フーズ 法事仕出し係 <hoji@kitaguni-foods.co.jp>"],
    subject="Re: 9/14 浄願寺 お斎の献立について",
    charset="iso-2022-jp",
    body=f"""北国フーズ
法事仕出し係 ご担当者様

お世話になっております。日の出産業の武藤です。
先日の献立の件、施主様に確認が取れましたのでご連絡いたします。

施主の{_p017["name"]}様ご本人が慢性腎不全で週3回の人工透析を受けておられ、
カリウムと塩分の制限があるとのことです。施主様のお膳1食だけ、
生野菜・果物を控え、減塩の特別膳にしていただけますでしょうか。
主治医の指示では、1食あたりの塩分は2g以下が目安だそうです。

そのほかの方は通常の精進会席で結構です。
追加料金が発生する場合はお知らせください。

武藤
""",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="特定の個人（施主）の病歴・治療内容を本文で社外へ（要配慮個人情報、1名でも停止）",
)

# 018 — フリーメールの檀家へ 法要プランの料金表
add(
    expect="pass",
    sender=frm("muto"),
    to=["m.haneda_0318@gmail.com"],
    subject="法要プランと料金のご案内（慈光寺）",
    charset="iso-2022-jp",
    body=f"""羽田様

お問い合わせいただき、ありがとうございます。
慈光寺の法要受付を担当しております、日の出産業の武藤でございます。

ご質問のありました一周忌法要のプランは以下のとおりです（税込）。

　プラン名　　　内容　　　　　　　　　　　　　　　料金
　－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
　本堂法要　　　読経・本堂使用（〜30名）　　　　　55,000円
　墓前法要　　　読経・墓前の設え　　　　　　　　　33,000円
　卒塔婆　　　　1本（墨書き込み）　　　　　　　　 5,500円
　お斎　　　　　精進会席（1名様）　　　　　　　　 6,050円〜
　客殿使用料　　半日　　　　　　　　　　　　　　　22,000円

※ご住職へのお布施は含まれておりません。
※お斎は5名様以上で承ります。

ご予約は、ご希望日の2か月前から承っております。
どうぞお気軽にご相談ください。

{sig("muto", 0)}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="料金表のみ。フリーメール1名への通常の案内",
)

# 019 — 社外秘の表示は添付DOCXのヘッダーだけ（本文は普通の送付状）
add(
    expect="stop",
    sender=frm("sakakibara"),
    to=["浄願寺 寺務所 <jimu@jogan-ji.jp>"],
    subject="来年度の管理業務についての資料送付",
    charset="iso-2022-jp",
    body=f"""浄願寺
ご住職 様

平素より大変お世話になっております。日の出産業の榊原でございます。
先日お話しした来年度の管理業務につきまして、資料をお送りいたします。
ご一読いただき、次回のご面談でご意見を頂戴できれば幸いです。

何卒よろしくお願い申し上げます。

{sig("sakakibara", 0)}
""",
    attachments=[{
        "kind": "docx", "name": "管理委託料_改定方針_2025.docx",
        "page_header": "社外秘", "page_footer": "日の出産業株式会社 寺社サービス事業部",
        "paragraphs": [
            "寺院管理委託料 改定方針（2025年度）",
            "1. 背景：人件費・システム費の上昇により、現行料率では採算割れの寺院が全体の4割に達している。",
            "2. 方針：檀家数300世帯以上の寺院は基本料を8%改定、300世帯未満は据え置きとし、オプション料金で調整する。",
            "3. 浄願寺様：基本料 月額180,000円 → 194,400円（交渉下限 188,000円）。",
            "4. 交渉方針：霊園管理の一括受託を条件に、改定幅の圧縮を提示する。",
        ],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="添付DOCXのヘッダーに社外秘の表示（社内の交渉方針）を顧客寺院へ送付",
)

# 020 — 社内（サブドメイン）のみ: 寺務員の年末調整でマイナンバー
_d020 = people(3, young=True)
add(
    expect="pass",
    sender=frm("murase"),
    to=["経理部 給与グループ <kyuyo@mail.hinode-sangyo.co.jp>"],
    subject="【社内】受託先寺院 寺務員の扶養控除申告（個人番号あり）",
    charset="utf-8",
    body="""給与グループ ご担当者様

お疲れさまです。寄進・経理課の村瀬です。
当社で給与計算を受託している慈光寺の寺務員3名の扶養控除等申告書の内容です。
原本は社内便で送りました。

""" + "\n".join(
        f"{i + 1}. {p['name']}　生年月日 {p['dob']}　個人番号 {_mn()}" for i, p in enumerate(_d020)) + """

システム登録後、このメールは削除をお願いします。

村瀬（内線 4152）
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="マイナンバーを含むが宛先は社内のサブドメインのみ",
)

# 021 — HTMLのみのメールで 永代供養 申込者の表（6名）を納骨堂の運営会社へ
_d021 = people(6)
_tr021 = "\n".join(
    f"<tr><td>{p['name']}</td><td>{p['kana']}</td><td>{p['y']}年{p['m']}月{p['d']}日</td>"
    f"<td>〒{p['zip']}<br>{p['addr']}</td><td>{p['tel']}</td><td>{rng.choice(['個別安置13年', '合祀', '個別安置33年'])}</td></tr>"
    for p in _d021)
add(
    expect="stop",
    sender=frm("ishibashi"),
    to=["霊廟サービス 受付 <uketsuke@reibyo-service.co.jp>"],
    subject="慈光寺 永代供養墓「常寂廟」 7月申込分のご報告",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>株式会社霊廟サービス<br>受付ご担当者様</p>
<p>お世話になっております。日の出産業 霊園管理課の石橋です。<br>
慈光寺「常寂廟」の7月申込分をご報告いたします。銘板の作成をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#eee"><th>申込者</th><th>フリガナ</th><th>生年月日</th><th>住所</th><th>電話</th><th>区分</th></tr>
{_tr021}
</table>
<p>銘板の書体は前回と同じ楷書体でお願いします。<br>よろしくお願いいたします。</p>
<p>日の出産業株式会社 寺社サービス事業部 霊園管理課<br>石橋 航<br>TEL 03-5205-7781</p>
</body></html>""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTMLのみのメール本文の表に6名の氏名・生年月日・住所・電話",
)

# 022 — 氏子総代からのメールを転送（奉納者9名の住所・電話・金額）
_d022 = people(9)
_rows022 = "\n".join(
    f"{p['name']}様　{p['addr']}　{p['tel']}　金{rng.choice(['壱万', '参万', '伍万', '弐万', '拾万'])}円"
    for p in _d022)
add(
    expect="stop",
    sender=frm("miyashita"),
    to=["中西 健吾 <nakanishi.kengo@nishiki-insatsu.co.jp>"],
    subject="FW: 例大祭 奉納者一覧（芳名板用）",
    charset="iso-2022-jp",
    body=f"""中西様

お世話になっております。宮下です。
氏子総代の方から奉納者の一覧が届きましたので転送します。
芳名板はお名前と金額のみ、金額の大きい順で作成をお願いします。
（住所は同姓の方の区別のために付いています。掲示には使いません）

宮下

-----Forwarded Message-----
差出人: 日枝台八幡宮 氏子総代会 <soudai.hiedai@ocn-mail.ne.jp>
送信日時: 2024年9月2日 21:14
宛先: 宮下 千尋 <miyashita.chihiro@hinode-sangyo.co.jp>
件名: 例大祭 奉納者一覧（芳名板用）

宮下様
今年の奉納者を取りまとめました。よろしくお願いします。

{_rows022}

総代会 会計 辻本
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="転送（FW）は受信者にとって新しい内容。9名の住所・電話・奉納額を印刷会社へ",
)

# 023 — 顧客寺院そのものへ 檀家1名の三回忌の予約（故人の戒名・施主の連絡先）
_p023 = person()
add(
    expect="either",
    sender=frm("muto"),
    to=["慈光寺 寺務所 <jimusho@jikoji.or.jp>"],
    subject="三回忌法要のご予約（11月9日 午前）",
    charset="iso-2022-jp",
    body=f"""慈光寺 寺務所 御中

お世話になっております。日の出産業 法要手配課の武藤です。
檀家様より三回忌法要のお申込みがありましたので、ご住職のご予定の確保をお願いいたします。

　日時：11月9日（土）10:30〜　本堂
　故人：{_p023["sei"]} 家　俗名 {_p023["sei"]} 正一 様（戒名：慈雲正道信士）
　施主：{_p023["name"]} 様
　ご住所：{_p023["addr"]}
　ご連絡先：{_p023["mob"]}
　参列予定：14名、墓前読経あり、卒塔婆3本

お斎は北国フーズに手配済みです。

{sig("muto", 2)}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="1名の連絡先だが、寺院の檀家であること（宗教）と結び付く。宛先はその寺院自身で判断が分かれる",
)

# 024 — 納骨の日程調整: 故人の子3人（フリーメール）を To に並べる
add(
    expect="stop",
    sender=frm("ishibashi"),
    to=["大河内 正樹 <m.okochi.1961@gmail.com>", "大河内 聡子 <satoko-o@yahoo.co.jp>",
        "早瀬 由紀 <yuki.hayase@icloud.com>"],
    subject="緑ヶ丘霊園 ご納骨の日程について",
    charset="iso-2022-jp",
    body=f"""大河内様、早瀬様

緑ヶ丘霊園 管理事務所（日の出産業 霊園管理課）の石橋でございます。
このたびはご愁傷さまでございます。

お父様のご納骨について、ご兄弟の皆様のご都合を伺いたく、まとめてご連絡いたしました。
霊園側で対応可能な日時は以下のとおりです。

　・10月19日（土）10:00 / 13:00
　・10月20日（日）11:00
　・10月26日（土）10:00

石材店（石匠おおつか）による納骨室の開閉と、慈光寺ご住職の読経の手配は当方で行います。
ご希望の日時を本メールにご返信ください。

{sig("ishibashi", 1)}
""",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="個人3名（それぞれ別の当事者）のフリーメールアドレスが To で互いに見える",
)

# 025 — 神輿トラックの運転者 1名の運転免許証番号を運送会社へ
_p025 = person(young=True)
_lic025 = f"30{rng.randint(10, 99)}{rng.randint(100000, 999999)}{rng.randint(10, 99)}"
add(
    expect="stop",
    sender=frm("miyashita"),
    to=["青葉運輸 レンタカー事業部 <rental@aoba-unyu.co.jp>"],
    subject="例大祭 神輿運搬用 2tトラック 運転者登録",
    charset="cp932",
    body=f"""青葉運輸株式会社
レンタカー事業部 御中

お世話になっております。日の出産業 催事課の宮下です。
10月5日・6日にお借りする2tトラック（神輿運搬用）の運転者登録をお願いします。

　運転者：{_p025["name"]}（氏子青年会）
　生年月日：{wareki(_p025["y"], _p025["m"], _p025["d"])}
　運転免許証番号：第{_lic025}号（中型8t限定）
　免許の有効期限：令和{rng.randint(7, 10)}年{_p025["m"]}月{_p025["d"]}日まで

当日の貸渡し時に免許証の原本をご提示いたします。
保険は車両・対人対物とも無制限のプランでお願いいたします。

{sig("miyashita", 4)}
""",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="個人の運転免許証番号（本人確認書類の番号）を社外へ",
)

# 026 — さくらホテルへ 落慶法要の来賓4名の宿泊（4名なので通す）
_d026 = people(4)
add(
    expect="pass",
    sender=frm("muto"),
    to=["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
    subject="10/5 慈光寺 落慶法要 ご来賓の宿泊予約（4名）",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業の武藤です。
慈光寺 本堂落慶法要のご来賓として、本山からお越しになる4名様の宿泊をお願いいたします。

　10月4日（金）チェックイン／10月5日（土）チェックアウト
　シングル4室（禁煙）、朝食付き、請求は日の出産業宛

　1. {_d026[0]["name"]} 様　{_d026[0]["mob"]}
　2. {_d026[1]["name"]} 様　{_d026[1]["mob"]}
　3. {_d026[2]["name"]} 様　{_d026[2]["mob"]}
　4. {_d026[3]["name"]} 様　{_d026[3]["mob"]}

到着は19時頃の予定です。ご到着が遅れる場合は各自から直接ご連絡いたします。

{sig("muto")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="来賓4名の氏名と携帯のみ（5名未満）。ホテルへの通常の予約",
)

# 027 — 在留カード番号（外国籍ボランティア4名）を保険会社へ
_d027 = [("NGUYEN VAN HUNG", "1998/03/14"), ("TRAN THI MAI", "2000/11/02"),
         ("LE MINH TUAN", "1997/07/28"), ("PHAM THU HA", "2001/01/19")]
_rc027 = ["".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + f"{rng.randint(10000000, 99999999)}"
          + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) for _ in _d027]
add(
    expect="stop",
    sender=frm("miyashita"),
    to=["ときわ損保 代理店営業課 <dairiten@tokiwa-sonpo.co.jp>"],
    subject="例大祭 ボランティア傷害保険 追加加入者（4名）",
    charset="utf-8",
    body=f"""ときわ損害保険株式会社
代理店営業課 ご担当者様

お世話になっております。日の出産業の宮下です。
例大祭のボランティア傷害保険に、地元企業の技能実習生4名を追加でお願いします。

氏名（在留カード記載のとおり） / 生年月日 / 在留カード番号
{chr(10).join(f"{n} / {d} / {c}" for (n, d), c in zip(_d027, _rc027))}

補償期間は10月4日〜10月6日の3日間です。
追加保険料の請求書は、これまでと同じく当社宛にお願いします。

{sig("miyashita", 2)}
""",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="在留カード番号（本人確認書類）を4名分、社外へ",
)

# 028 — 青葉運輸へ 宿坊・札所の一覧（事業者の連絡先）
add(
    expect="pass",
    sender=frm("ogino"),
    to=["青葉運輸 貸切バス営業所 <charter@aoba-unyu.co.jp>"],
    subject="四国遍路 第3回 行程表と立寄り先（宿坊）",
    charset="iso-2022-jp",
    body=f"""青葉運輸 貸切バス営業所 御中

日の出産業の荻野です。行程の立寄り先と宿泊先を確定しましたので、共有いたします。
駐車場の大型バス可否は各札所に確認済みです。

日付   立寄り先・宿泊先                  電話            大型駐車
------ --------------------------------- --------------- --------
11/5   第40番 観自在寺                   0895-72-xxxx     可
11/5   宿坊 延命寺会館（泊）              0898-22-5696    可
11/6   第44番 大寶寺                     0892-21-0044    可（第2）
11/6   宿坊 国分寺 遍照閣（泊）            0898-48-0533    可
11/7   第51番 石手寺                     089-977-0870    不可→市営
11/7   道後 ホテル椿館（泊）             089-945-1111    可
11/8   第65番 三角寺                     0896-56-3065    可

観自在寺の番号は先方の都合で非公開とのことですので、当日は私の携帯にお願いします。

{sig("ogino", 0)}
""",
    entities=[],
    detectors=[],
    note="寺院・宿坊・ホテルなど事業者の代表電話の一覧。個人の名簿ではない",
)

# 029 — 社労士へ 新任寺務員の基礎年金番号・健康保険証の記号番号
_p029 = person(young=True)
add(
    expect="stop",
    sender=frm("murase"),
    to=["くすのき社会保険労務士事務所 <office@kusunoki-sr.jp>"],
    subject="浄願寺 寺務員 資格取得届の件",
    charset="iso-2022-jp",
    body=f"""くすのき社会保険労務士事務所
楠木先生

お世話になっております。日の出産業の村瀬です。
浄願寺様で8月1日付で採用した寺務員の資格取得届をお願いいたします。

氏名：{_p029["name"]}（{_p029["kana"]}）
生年月日：{_p029["dob"]}
基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
前職の健康保険証：記号 {rng.randint(1000000, 9999999)}　番号 {rng.randint(1, 199)}（協会けんぽ 東京支部、7月31日喪失）
標準報酬月額：220千円

扶養家族はおりません。よろしくお願いいたします。

{sig("murase", 0)}
""",
    entities=["JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="基礎年金番号と健康保険証の記号・番号を社外（社労士）へ",
)

# 030 — みどり銀行へ 護持会費 口座振替 新規12件（XLSX、タイトル行あり）
_d030 = people(12)
add(
    expect="stop",
    sender=frm("murase"),
    to=["みどり銀行 法人営業部 収納サービス課 <shuno@midori-ginko.co.jp>"],
    subject="【慈光寺護持会】口座振替 新規登録データ（10月引落分）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
収納サービス課 ご担当者様

いつもお世話になっております。日の出産業 寄進・経理課の村瀬です。
慈光寺護持会の会費口座振替について、10月引落分からの新規登録12件をお送りします。
口座振替依頼書の原本は、本日レターパックで発送いたしました。

よろしくお願いいたします。

{sig("murase", 1)}
""",
    attachments=[{
        "kind": "xlsx", "name": "gojikai_furikae_shinki_202410.xlsx",
        "sheets": {"新規登録": [["慈光寺護持会 口座振替 新規登録一覧（委託者番号 0046-118）"], [],
                                ["No", "会員番号", "預金者名", "カナ", "金融機関", "支店", "預金種目・口座番号", "年会費"]] + [
            [i + 1, f"G{7700 + i * 3}", p["name"], p["kana"], p["bank"], p["branch"], p["acct"], 12000]
            for i, p in enumerate(_d030)],
            "集計": [["件数", 12], ["引落予定額", 144000]]},
    }],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="会員12名の氏名と口座番号の一覧を社外（銀行）へ",
)

# 031 — 英語: 姉妹教会への返信。引用部分（On … wrote:）に聖歌隊員の一覧
add(
    expect="pass",
    sender=frm("imaizumi"),
    to=["Fr. Miguel Santos <m.santos@sanpedro-parish.ph>"],
    subject="Re: Choir visit to Minato St. Peter's - member list",
    charset="utf-8",
    body=f"""Dear Father Santos,

Thank you for the list. I have passed the numbers on to the hotel: eight twin rooms
from 12 to 15 December are now confirmed at Sakura Hotel, breakfast included.
The parish will send a minibus to Haneda on the 12th; the driver will hold a sign
reading "San Pedro Choir".

We are all looking forward to the Christmas concert.

Kind regards,
Lisa

{sig("imaizumi", 3)}

On Mon, 4 Nov 2024 at 10:12, Miguel Santos <m.santos@sanpedro-parish.ph> wrote:
> Dear Ms. Imaizumi,
>
> Here are the members of our choir who will travel to Tokyo:
>
> 1. Maria Clara REYES      b. 1988-02-11   +63 917 552 0183
> 2. Jose Antonio CRUZ      b. 1979-06-30   +63 918 224 7719
> 3. Ana Lourdes BAUTISTA   b. 1993-09-05   +63 927 610 3345
> 4. Ramon DELA PAZ         b. 1969-12-24   +63 905 881 2290
> 5. Cristina VILLANUEVA    b. 1991-04-17   +63 916 337 5021
> 6. Paolo MENDOZA          b. 1985-08-08   +63 917 903 6614
>
> Could you arrange rooms near the church?
> God bless,
> Fr. Miguel
""",
    entities=[],
    detectors=[],
    note="6名の一覧は相手自身のメールの引用（On … wrote:）。新しい本文には個人データなし",
)

# 032 — 自社ドメインの類似（co. 抜け hinode-sangyo.jp）宛て 社内のつもりの連絡
add(
    expect="stop",
    sender=frm("onodera"),
    to=["宮下 千尋 <miyashita.chihiro@hinode-sangyo.jp>"],
    cc=[frm("muto")],
    subject="お盆の棚経 地区別スケジュール（確定版）",
    charset="iso-2022-jp",
    body="""宮下さん

お疲れさまです。小野寺です。
慈光寺さんのお盆の棚経、地区別の回り方が確定しました。
車両と運転手の手配をお願いします。

8/13（火）　本町・宮本地区　　　　　9:00〜12:00　副住職
8/13（火）　湊町・海神地区　　　　　13:30〜17:00　副住職
8/14（水）　八幡・真間地区　　　　　9:00〜16:00　ご住職
8/15（木）　国府台・市川南地区　　　9:00〜12:00　ご住職

各地区の軒数は前年並み（合計 約140軒）です。
雨天でも実施です。よろしくお願いします。

小野寺
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="宛先 hinode-sangyo.jp は自社ドメイン hinode-sangyo.co.jp の co. 抜けの類似ドメイン",
)

# 033 — 受洗準備講座の参加者6名（DOCX 表）を招聘司祭の gmail へ
_d033 = people(6, young=True)
add(
    expect="stop",
    sender=frm("imaizumi"),
    to=["Fr. 香月 <kazuki.fr.joseph@gmail.com>"],
    subject="受洗準備講座（待降節クラス）参加者名簿の送付",
    charset="iso-2022-jp",
    body=f"""香月神父様

いつもお世話になっております。みなと聖ペテロ教会の事務を担当しております、日の出産業の今泉です。
12月から神父様にご担当いただく受洗準備講座の参加者名簿をお送りします。
復活祭（来年3月）に洗礼を希望されている方々です。

講座は毎週土曜 14:00〜15:30、会場は信徒会館2階です。
よろしくお願いいたします。

{sig("imaizumi", 0)}
""",
    attachments=[{
        "kind": "docx", "name": "受洗準備講座_参加者名簿.docx",
        "paragraphs": ["みなと聖ペテロ教会　受洗準備講座（待降節クラス）参加者名簿",
                       "※洗礼名は本人の希望（仮）。代父母は決定済みの方のみ記載。"],
        "tables": [[["氏名", "生年月日", "電話", "メール", "希望洗礼名", "代父母"]] + [
            [p["name"], p["dob"], p["mob"], p["mail"], rng.choice(_bapt),
             rng.choice(["未定", "信徒 " + rng.choice(SURNAMES)[0] + "様"])] for p in _d033]],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="洗礼志願者6名（信仰＝要配慮）の連絡先・生年月日の表をフリーメールへ",
)

# 034 — 監査法人へ 納骨堂契約者一覧 PDF（10名）
_d034 = people(10)
add(
    expect="stop",
    sender=frm("ishibashi"),
    to=["あおい監査法人 木島様 <kijima@aoi-audit.jp>"],
    subject="慈光寺 納骨堂 契約台帳（期末残高確認用）",
    charset="cp932",
    body=f"""あおい監査法人
木島様

お世話になっております。日の出産業の石橋です。
ご依頼のあった、慈光寺 納骨堂「瑠璃殿」の前受金残高に対応する契約台帳を PDF でお送りします。
残高確認状の発送先として、契約者の住所・電話も含めております。

ご確認のほど、よろしくお願いいたします。

{sig("ishibashi", 0)}
""",
    attachments=[{
        "kind": "pdf", "name": "ruriden_keiyaku_daicho.pdf", "title": "納骨堂 瑠璃殿 契約台帳",
        "lines": ["慈光寺 納骨堂「瑠璃殿」 契約台帳（3月31日現在）", "作成：日の出産業株式会社 霊園管理課", ""],
        "table": [["契約番号", "契約者", "生年月日", "住所", "電話", "前受金残高"]] + [
            [f"R-{110 + i}", p["name"], p["dob"], p["addr"], p["tel"], f"{rng.randint(20, 90) * 10000:,}"]
            for i, p in enumerate(_d034)],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="契約者10名の氏名・生年月日・住所・電話のPDF表を社外へ",
)

# 035 — 慈光寺へ 管理業務委託料の請求書（当社の登録番号）
_t035 = corp_no("010401089236")
add(
    expect="pass",
    sender=frm("murase"),
    to=["慈光寺 寺務所 <jimusho@jikoji.or.jp>"],
    subject="9月分 管理業務委託料のご請求（請求書番号 JS-2409-031）",
    charset="iso-2022-jp",
    body=f"""慈光寺 寺務所 御中

いつもお世話になっております。日の出産業 寄進・経理課の村瀬です。
9月分の管理業務委託料について、下記のとおりご請求申し上げます。

　請求書番号：JS-2409-031
　基本委託料：180,000円
　法要手配手数料（6件）：36,000円
　小計：216,000円　消費税（10%）：21,600円
　ご請求額：237,600円
　お支払期限：10月31日

　振込先：みどり銀行 日本橋支店 普通 4410287　ヒノデサンギヨウ（カ
　適格請求書発行事業者 登録番号：T{_t035}

請求書PDFの原本は、寺務所様宛に郵送いたしました。

{sig("murase", 1)}
""",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="会社の請求書（登録番号・会社の口座）。個人データなし",
)

# 036 — ZIP（暗号化なし）の中の CSV: 祈祷申込者20名（お札の宛名）を錦印刷へ
_d036 = people(20)
add(
    expect="stop",
    sender=frm("miyashita"),
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="日枝台八幡宮 郵送祈祷 お札の宛名ラベル（12月分）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社 制作部 御中

お世話になっております。日の出産業の宮下です。
12月分の郵送祈祷（家内安全・商売繁盛ほか）のお札に貼る宛名ラベルのデータです。
いつものとおり A4 12面のラベル用紙でお願いします。

{sig("miyashita", 2)}
""",
    attachments=[{
        "kind": "zip", "name": "hiedai_kito_202412.zip",
        "files": [
            {"kind": "csv", "name": "kito_atena.csv", "encoding": "utf-8",
             "rows": [["受付番号", "祈願", "氏名", "郵便番号", "住所", "電話"]] + [
                 [f"K24-{1200 + i}", rng.choice(["家内安全", "商売繁盛", "厄除", "交通安全", "合格祈願"]),
                  p["name"], p["zip"], p["addr"], p["mob"]] for i, p in enumerate(_d036)]},
            {"kind": "txt", "name": "readme.txt", "text": "ラベル A4 12面（東洋ラベル TL-12）\n差出人：日枝台八幡宮 社務所\n"},
        ],
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP内CSVに20名の氏名・住所・電話。社外の印刷会社へ",
)

# 037 — 英語: オフショア開発会社へ「テスト用」に本番の檀家データ50件
_d037 = people(50)
add(
    expect="stop",
    sender=frm("horinouchi"),
    to=["Tran Quoc Bao <bao.tran@mekong-soft.vn>"],
    cc=["ツバサシステム 開発部 <dev@tsubasa-system.jp>"],
    subject="Test data for the import bug (DANSHIN-482)",
    charset="utf-8",
    body=f"""Hi Bao,

As discussed in the call, the import of the parishioner register fails on some rows
(addresses with apartment names, phone numbers without hyphens). I could not reproduce it
with the dummy file, so I am attaching an extract of 50 real records from the Jikoji register.
Please use it only for reproducing DANSHIN-482.

Rows 12, 27 and 41 are the ones that fail on our side.

Thanks,
Ken

{sig("horinouchi", 3)}

{DISC_EN}
""",
    attachments=[{
        "kind": "csv", "name": "jikoji_danka_extract_50.csv", "encoding": "utf-8",
        "rows": [["danka_id", "name", "kana", "birth_date", "zip", "address", "phone", "email"]] + [
            [f"D-{3000 + i}", p["name"], p["kana"], p["dob"], p["zip"], p["addr"],
             p["mob"].replace("-", "") if i in (11, 26, 40) else p["mob"], p["mail"]]
            for i, p in enumerate(_d037)],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "multiple_external_domains"],
    note="本番の檀家50名のデータ（生年月日・住所・電話・メール）を海外の開発会社へ",
)

# 038 — 「社外秘の原価表は出せない」と言及し、公開版の価格表を添付（表示ではなく言及）
add(
    expect="pass",
    sender=frm("muto"),
    to=["割烹かわせ 川瀬様 <info@kappo-kawase.jp>"],
    subject="Re: 法要プランの価格について",
    charset="iso-2022-jp",
    body=f"""川瀬様

お世話になっております。日の出産業の武藤です。
ご依頼の件、当社の原価の内訳は社外秘の扱いになっておりますので、お出しすることができません。
申し訳ございません。代わりに、檀家様向けに公開している法要プランの価格表を添付いたします。
お斎の単価をご検討いただく際の参考にしていただければ幸いです。

{sig("muto", 0)}
""",
    attachments=[{
        "kind": "xlsx", "name": "houyou_plan_price_2024.xlsx",
        "sheets": {"法要プラン": [["法要プラン 価格表（2024年4月改定・税込）"], [],
                                  ["プラン", "内容", "価格"],
                                  ["本堂法要", "読経・本堂使用（〜30名）", 55000],
                                  ["墓前法要", "読経・墓前の設え", 33000],
                                  ["お斎（梅）", "精進会席", 4400], ["お斎（竹）", "精進会席", 6050],
                                  ["お斎（松）", "精進会席・刺身付", 8250], ["返礼品", "海苔・お茶セット", 3300]]},
    }],
    entities=[],
    detectors=[],
    note="「社外秘」は送れない理由として言及しただけで、添付は公開の価格表",
)

# 039 — 件名に【社外秘】の付いた社内検討資料を、仕出し業者に誤って送付
add(
    expect="stop",
    sender=frm("sakakibara"),
    to=["北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>"],
    subject="【社外秘】来期 仕出し業者の見直し方針（案）",
    charset="iso-2022-jp",
    body=f"""関係各位

榊原です。来期の仕出し業者の見直しについて、方針案をまとめました。

1. 現状：法要お斎の8割を北国フーズに発注。単価は他社比で約12%高い。
2. 方針：割烹かわせ・仕出し松月の2社から相見積りを取得し、1月の契約更新時に単価10%引下げを要請。
3. 引下げに応じない場合は、浄願寺分（年間約60件）を割烹かわせへ移管する。

11月の部会で議論しますので、各課で意見をまとめておいてください。

{sig("sakakibara", 2)}
""",
    entities=[],
    detectors=["confidential_marking"],
    note="件名に社外秘の表示がある社内資料を社外（当の取引先）へ誤送信",
)

# 040 — ご住職へ 寺務員1名の健康診断結果（要精密検査）
_p040 = person(young=True)
add(
    expect="stop",
    sender=frm("murase"),
    to=["大隈 玄道 <ohkuma@jikoji.or.jp>"],
    subject="寺務員の健康診断結果について（ご報告）",
    charset="iso-2022-jp",
    body=f"""大隈ご住職

いつもお世話になっております。日の出産業の村瀬です。
当社で手配いたしました寺務員の定期健康診断の結果について、ご報告がございます。

寺務所の{_p040["name"]}さんが、肝機能（γ-GTP 186）と血糖値（HbA1c 7.4%）で
「要精密検査」の判定となりました。本人には結果を通知済みで、
来週中に消化器内科を受診する予定です。
受診日はお休みをいただく必要がありますので、ご配慮をお願いできますでしょうか。

他の寺務員の方は「異常なし」または「経過観察」でした。

{sig("murase", 0)}
""",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="特定の寺務員1名の健康診断結果（要配慮個人情報）を社外（顧客寺院）へ",
)

# 041 — 青葉運輸へ 御朱印帳の出荷（注文番号・送り状番号）
add(
    expect="pass",
    sender=frm("miyashita"),
    to=["青葉運輸 日本橋営業所 <nihonbashi@aoba-unyu.co.jp>"],
    subject="集荷依頼：御朱印帳 3口（注文 GS-24-0917）",
    charset="cp932",
    body=f"""青葉運輸 日本橋営業所 御中

日の出産業 催事課の宮下です。明日の集荷をお願いします。

　注文番号　　GS-24-0917
　品名　　　　御朱印帳（日枝台八幡宮 限定版）　計600冊
　口数　　　　3口（各200冊・約14kg）
　集荷先　　　日の出ビル 6F 寺社サービス事業部
　届け先　　　日枝台八幡宮 社務所
　送り状番号　4410-2287-9031 / 4410-2287-9042 / 4410-2287-9053
　指定日　　　9月19日 午前中

商品コード HG-GSC-24L（紺）×300、HG-GSC-24R（朱）×300 です。
品名欄は「書籍・紙製品」で結構です。

{sig("miyashita", 2)}
""",
    entities=[],
    detectors=[],
    note="注文番号・送り状番号・商品コードのみの通常の業務メール",
)

# 042 — 賽銭泥棒の逮捕: 被疑者の氏名・年齢・住所を保険会社へ（犯罪歴）
_p042 = person(young=True)
add(
    expect="stop",
    sender=frm("miyashita"),
    to=["ときわ損保 事故受付センター <jiko@tokiwa-sonpo.co.jp>"],
    subject="盗難事故のご報告（日枝台八幡宮 賽銭箱）証券番号 TK-7730418",
    charset="iso-2022-jp",
    body=f"""ときわ損害保険株式会社
事故受付センター 御中

お世話になっております。証券番号 TK-7730418（日枝台八幡宮 動産総合保険）の事故報告です。

9月22日未明、拝殿前の賽銭箱がこじ開けられ、現金が盗まれました。
9月25日に所轄署から連絡があり、被疑者が窃盗容疑で逮捕されたとのことです。
警察から伺った被疑者の情報は以下のとおりです。

　被疑者：{_p042["name"]}（{2024 - _p042["y"]}歳・無職）
　住所：{_p042["addr"]}
　余罪：近隣の寺社3件でも同様の窃盗を認めている、とのこと

被害額（推定）：約38,000円／賽銭箱の修理費：見積り 121,000円（宮大工 工房やまと）
被疑者への損害賠償請求の進め方について、ご指示をいただけますでしょうか。

{sig("miyashita", 0)}
""",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="特定個人の逮捕・犯罪の事実（要配慮個人情報）を社外へ",
)

# 043 — 警備会社へ 境内でひったくり被害に遭った参拝者の氏名・電話（犯罪被害）
_p043 = person()
add(
    expect="stop",
    sender=frm("miyashita"),
    to=["セキュア警備保障 指令センター <center@secure-keibi.co.jp>"],
    subject="初詣期間の警備強化のお願い（1/2の事案を受けて）",
    charset="utf-8",
    body=f"""セキュア警備保障株式会社
指令センター ご担当者様

日の出産業 催事課の宮下です。
1月2日 15時頃、日枝台八幡宮の参道（二の鳥居付近）で、参拝者の{_p043["name"]}様（{2025 - _p043["y"]}歳）が
バイクの男にハンドバッグをひったくられ、転倒して手首を骨折される事件がありました。
警察の事情聴取に協力いただいたご本人（{_p043["mob"]}）から、当日の警備員の配置について
問い合わせをいただいております。

つきましては、1月3日以降、以下の対応をお願いできますでしょうか。
・二の鳥居〜駐車場間に警備員1名を増員（10時〜17時）
・参道入口に「ひったくり注意」の看板を設置

ご本人への説明のため、2日の警備日報の写しもいただけますと幸いです。

{sig("miyashita", 1)}
""",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="特定の参拝者が犯罪被害に遭った事実（要配慮）と氏名・電話を社外へ",
)

# 044 — 除夜の鐘 ボランティア5名（「・」箇条書き）を警備会社へ
_d044 = people(5, young=True)
add(
    expect="stop",
    sender=frm("miyashita"),
    to=["セキュア警備保障 山内様 <yamauchi@secure-keibi.co.jp>"],
    subject="慈光寺 除夜の鐘 誘導ボランティアの連絡先",
    charset="iso-2022-jp",
    body=f"""セキュア警備保障
山内様

お世話になっております。宮下です。
大晦日の除夜の鐘で、警備員の方と一緒に鐘楼前の列整理をしていただくボランティアの方です。
当日は無線がないので、何かあれば直接携帯にご連絡ください。

""" + "\n".join(f"・{p['name']}（{p['kana']}）　{p['mob']}　{p['mail']}" for p in _d044) + f"""

集合は23:00、寺務所前です。

{sig("miyashita", 2)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="5名の氏名・携帯・メールの箇条書きを社外へ（5名以上の名簿）",
)

# 045 — 社内のみ: 氏子総代からのメール（役員名簿）を社内で転送
_d045 = people(8)
add(
    expect="pass",
    sender=frm("miyashita"),
    to=[frm("onodera"), frm("murase")],
    subject="FW: 令和7年度 氏子総代会 役員名簿",
    charset="iso-2022-jp",
    body="""小野寺さん、村瀬さん

総代会の新役員名簿が届いたので、システム登録と護持会の会計担当の変更をお願いします。

宮下

---------- 転送メッセージ ----------
From: 日枝台八幡宮 氏子総代会 <soudai.hiedai@ocn-mail.ne.jp>
件名: 令和7年度 氏子総代会 役員名簿

""" + "\n".join(
        f"{r}　{p['name']}　{p['addr']}　{p['tel']}" for r, p in zip(
            ["総代長", "副総代長", "副総代長", "会計", "会計監査", "書記", "祭典委員長", "青年会長"], _d045)) + """
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="役員8名の名簿の転送だが、宛先は社内のみ",
)

# 046 — 市役所へ 改葬（墓じまい）対象区画の承継者一覧（旧形式 XLS）
_d046 = people(6)
add(
    expect="stop",
    sender=frm("ishibashi"),
    to=["南川市 市民課 墓地担当 <bochi@city.minamikawa.lg.jp>"],
    subject="緑ヶ丘霊園 改葬許可申請（6件）事前相談",
    charset="iso-2022-jp",
    body=f"""南川市 市民課 墓地担当 御中

緑ヶ丘霊園を管理しております、日の出産業の石橋です。
来月、改葬許可申請をまとめて提出予定の6件について、事前にご確認いただきたく、
申請者（墓地使用者・承継者）の一覧をお送りします。
埋蔵証明書は当霊園で発行済みです。

{sig("ishibashi", 0)}
""",
    attachments=[{
        "kind": "xls", "name": "kaisou_shinsei_list.xls",
        "sheets": {"改葬申請": [["区画", "申請者氏名", "続柄", "生年月日", "住所", "電話", "改葬先"]] + [
            [f"南2区-{rng.randint(1, 30):02d}", p["name"], rng.choice(["長男", "長女", "妻", "次男", "甥"]),
             p["dob"], p["addr"], p["tel"], rng.choice(["慈光寺 常寂廟", "散骨（海洋）", "樹木葬 やすらぎの丘"])]
            for p in _d046]},
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6名の氏名・生年月日・住所・電話のXLSを社外（市役所）へ",
)

# 047 — 北国フーズの類似ドメイン（s 抜け）へ 発注。施主1名の連絡先つき
_p047 = person()
add(
    expect="stop",
    sender=frm("muto"),
    to=["北国フーズ 法事仕出し係 <hoji@kitaguni-food.co.jp>"],
    subject="【発注】10/12 慈光寺 一周忌 お斎（15名）",
    charset="iso-2022-jp",
    body=f"""北国フーズ 法事仕出し係 御中

お世話になっております。日の出産業の武藤です。
下記のとおりお斎をお願いいたします。

日時：10月12日（土）12:00
会場：慈光寺 客殿
人数：15名（精進会席「蓮」）
施主：{_p047["name"]} 様　{_p047["tel"]}

よろしくお願いいたします。

武藤
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="宛先 kitaguni-food.co.jp は取引先 kitaguni-foods.co.jp の s 抜けの類似ドメイン",
)

# 048 — 檀家本人（フリーメール）へ 本人の申込内容の確認
_p048 = person()
_m048 = f"{_p048['roma'].split()[1].lower()}.{_p048['roma'].split()[0].lower()}@outlook.jp"
add(
    expect="pass",
    sender=frm("ishibashi"),
    to=[f"{_p048['name']} <{_m048}>"],
    subject="樹木葬「やすらぎの丘」お申込み内容のご確認",
    charset="iso-2022-jp",
    body=f"""{_p048["name"]} 様

このたびは緑ヶ丘霊園 樹木葬「やすらぎの丘」にお申込みいただき、誠にありがとうございます。
お申込み内容を下記のとおり承りました。相違がございましたらお知らせください。

　お申込者：{_p048["name"]} 様
　ご住所：{_p048["zip"]} {_p048["addr"]}
　お電話：{_p048["mob"]}
　区画：やすらぎの丘 B-17（1名用）
　永代使用料：440,000円（年間管理料なし）

使用許可証は、お振込みの確認後に簡易書留でお送りいたします。

{sig("ishibashi", 1)}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["freemail_recipient", "personal_data"],
    note="申込者本人に本人の申込内容を確認するメール（1名分）",
)

# 049 — さくらホテルの類似ドメイン（l → 1 の字形類似）へ 会食会場の予約
add(
    expect="stop",
    sender=frm("muto"),
    to=["さくらホテル 宴会予約 <banquet@sakura-hote1.jp>"],
    subject="11/23 浄願寺 報恩講 お斎会場のご予約",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業の武藤です。
報恩講のお斎会場として、下記のとおり仮予約をお願いいたします。

　日時：11月23日（土・祝）12:00〜14:00
　人数：45名（円卓 5卓）
　料理：和会席 8,000円コース（精進対応 3名）
　会場：2階「桔梗の間」を希望

正式なご依頼は11月1日までにいたします。

{sig("muto", 0)}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="宛先 sakura-hote1.jp は取引先 sakura-hotel.jp の l を 1 にした字形の類似ドメイン",
)

# 050 — みどり銀行（正しいドメイン）へ 寄付金専用口座の開設相談（宗教法人の法人番号）
_c050 = corp_no("011205003318")
add(
    expect="pass",
    sender=frm("murase"),
    to=["みどり銀行 日本橋支店 法人担当 <nihonbashi-hojin@midori-ginko.co.jp>"],
    subject="宗教法人 浄願寺様 寄付金専用口座の開設について",
    charset="iso-2022-jp",
    body=f"""みどり銀行 日本橋支店
法人担当 ご担当者様

いつもお世話になっております。日の出産業 寄進・経理課の村瀬です。
当社が事務を受託している浄願寺様で、本堂修復のための寄付金専用口座を開設したいとのことです。

　法人名：宗教法人 浄願寺
　法人番号：{_c050}
　所在地：埼玉県川越市元町2丁目8番15号
　代表役員：釈 宗円（住職）
　口座名義（希望）：宗教法人浄願寺 本堂修復勧募口
　必要書類：規則の写し・登記事項証明書・代表役員の印鑑証明書（お寺で準備済み）

来店日時のご調整をお願いできますでしょうか。

{sig("murase", 0)}
""",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="正しい取引先ドメインへの法人口座の相談。法人の情報のみ",
)

# 051 — 英語: 海外の教会へ 礼拝スケジュールと配信の案内（英文免責文つき）
add(
    expect="pass",
    sender=frm("imaizumi"),
    to=["Parish Office <office@stmarys-parish.org.au>"],
    subject="Joint Easter service - timetable and livestream link",
    charset="utf-8",
    body=f"""Dear Mrs. O'Connell,

Thank you for agreeing to join the Easter Vigil online again this year.
Here is the timetable in both time zones:

  Holy Saturday Vigil    19:00 JST / 20:00 AEDT
  Easter Sunday Mass     10:00 JST / 11:00 AEDT
  Fellowship (Zoom)      11:30 JST / 12:30 AEDT

The livestream will be on the parish's YouTube channel as usual; the link will be posted
on the parish website on Friday. Our sound engineer suggests a test call on Wednesday
at 17:00 JST if that suits your team.

With best wishes from Minato St. Peter's,
Lisa Imaizumi

{sig("imaizumi", 3)}

{DISC_EN}
""",
    entities=[],
    detectors=[],
    note="海外の教会への日程連絡。英文の定型免責文は機密表示ではない",
)

# 052 — パスワード保護された PDF（寄附金受領証明書）を寺院へ
add(
    expect="stop",
    sender=frm("murase"),
    to=["浄願寺 寺務所 <jimu@jogan-ji.jp>"],
    subject="本堂修復 寄附金受領証明書（9月受付分）",
    charset="iso-2022-jp",
    body=f"""浄願寺 寺務所 御中

お世話になっております。村瀬です。
9月受付分の寄附金受領証明書（控え）を PDF でお送りします。
PDF にはパスワードを設定しております。パスワードはいつものものです。

ご確認のうえ、押印済みの原本を寄附者様へ発送いたします。

{sig("murase", 2)}
""",
    attachments=[{
        "kind": "pdf", "name": "kifukin_juryo_202409.pdf", "password": "jogan0915",
        "lines": ["寄附金受領証明書（控）", "宗教法人 浄願寺"],
        "table": [["No", "寄附者", "住所", "金額"]] + [
            [i + 1, p["name"], p["addr"], f"{rng.randint(1, 30) * 10000:,}"] for i, p in enumerate(people(9))],
    }],
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード保護のPDF（検査できない添付）を社外へ",
)

# 053 — To 錦印刷、Cc 北国フーズ（2組織）と社内: 落慶法要の記念品の打合せ
add(
    expect="pass",
    sender=frm("muto"),
    to=["中西 健吾 <nakanishi.kengo@nishiki-insatsu.co.jp>"],
    cc=["北国フーズ 佐野様 <sano@kitaguni-foods.co.jp>", frm("sakakibara"), frm("onodera")],
    subject="落慶法要 記念品（お供物・しおり）の納品段取り",
    charset="iso-2022-jp",
    body=f"""錦印刷 中西様
（cc：北国フーズ 佐野様）

お世話になっております。日の出産業の武藤です。
10月5日の落慶法要の記念品について、納品の段取りを共有させてください。

・記念しおり（錦印刷様）：300部、10月3日午前に慈光寺 寺務所へ
・お供物の紅白饅頭（北国フーズ様）：300箱、10月5日 8:30に客殿へ
・しおりは饅頭の箱に1枚ずつ同梱したいので、北国フーズ様で封入をお願いできますでしょうか
  （封入作業費は別途お見積りください）

しおりの最終データは添付のとおりです。

{sig("muto", 0)}
""",
    attachments=[{"kind": "png", "name": "shiori_final.png"}],
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外2組織（印刷会社・仕出し業者）と社内の通常の段取りメール",
)

# 054 — XLSX のフッターに「極秘」: 寺院の資金計画を税理士へ
add(
    expect="stop",
    sender=frm("murase"),
    to=["あさひ税理士法人 山根様 <yamane@asahi-zeirishi.jp>"],
    subject="慈光寺様 収支見込み（収益事業の区分について）",
    charset="iso-2022-jp",
    body=f"""山根様

お世話になっております。村瀬です。
慈光寺様の来期の収支見込みを添付します。
駐車場と納骨堂の収入について、収益事業に当たるかどうかのご判断をお願いできればと思います。

{sig("murase", 2)}
""",
    attachments=[{
        "kind": "xlsx", "name": "jikoji_shushi_mikomi_FY2025.xlsx",
        "page_header": "慈光寺 収支見込み", "page_footer": "極秘　日の出産業株式会社 寄進・経理課",
        "sheets": {"収支": [["慈光寺 来期収支見込み（単位：千円）"], [],
                             ["科目", "今期実績", "来期見込み", "備考"],
                             ["護持会費", 14200, 14500, "新規12件"], ["法要布施（受託分）", 22800, 23500, ""],
                             ["納骨堂 使用料", 31000, 18000, "瑠璃殿 残区画減少"],
                             ["駐車場 収入", 4600, 4800, "月極12台"],
                             ["本堂修復 支出", -58000, -12000, "落慶済み"]]},
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="添付XLSXのフッターに極秘の表示。社外（税理士）へ",
)

# 055 — 石材店からのメールに返信（-----Original Message----- の下に施主一覧）
_d055 = people(6)
add(
    expect="pass",
    sender=frm("ishibashi"),
    to=["石匠おおつか 大塚様 <otsuka@ishisho-otsuka.co.jp>"],
    subject="RE: 10月 施工予定のご連絡",
    charset="cp932",
    body="""大塚様

ご連絡ありがとうございます。石橋です。
10月の施工予定、承知しました。霊園の作業車両の出入りは 8:30〜16:30 でお願いします。
東3区は通路が狭いので、小型のクレーン車でお願いいたします。

石橋

-----Original Message-----
From: 大塚 政夫 <otsuka@ishisho-otsuka.co.jp>
Sent: Tuesday, September 24, 2024 5:41 PM
To: 石橋 航 <ishibashi.wataru@hinode-sangyo.co.jp>
Subject: 10月 施工予定のご連絡

石橋様
10月の施工予定は以下のとおりです。施主様にはこちらから連絡済みです。

""" + "\n".join(f"10/{rng.randint(1, 28):02d}  東{rng.randint(1, 4)}区-{rng.randint(1, 20):02d}  {p['name']}様  {p['tel']}  "
                + rng.choice(["墓石建立", "戒名彫刻", "外柵修理", "納骨"]) for p in _d055) + """

石匠おおつか 大塚
""",
    entities=[],
    detectors=[],
    note="施主6名の一覧は受信者自身のメールの引用（-----Original Message----- 以下）",
)

# 056 — PPTX のフッターに "Internal Only": 教会改修の提案書を設計事務所へ
add(
    expect="stop",
    sender=frm("imaizumi"),
    to=["有馬設計室 有馬様 <arima@arima-sekkei.jp>"],
    subject="みなと聖ペテロ教会 会堂改修 検討資料",
    charset="utf-8",
    body=f"""有馬様

お世話になっております。日の出産業の今泉です。
先日の現地調査の際にお話しした、会堂改修の検討資料をお送りします。
ご意見をいただけますと幸いです。

{sig("imaizumi", 0)}
""",
    attachments=[{
        "kind": "pptx", "name": "stpeter_renovation_review.pptx", "page_footer": "Internal Only",
        "slides": [["会堂改修 検討資料", "日の出産業 寺社サービス事業部", "2024年10月"],
                   ["予算の考え方", "教会側提示：4,500万円", "当社の想定原価：3,900万円（粗利率13%）",
                    "設計事務所への発注上限：620万円"],
                   ["スケジュール", "設計 2025/1〜4", "工事 2025/6〜11（夏季は屋外礼拝）"]],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="添付PPTXの各スライドに Internal Only の表示（原価・発注上限）を社外へ",
)

# 057 — 氏名列なし: 樹木葬 申込者の生年月日・電話・メール（XLSX）を石材会社へ
_d057 = people(9)
add(
    expect="stop",
    sender=frm("ishibashi"),
    to=["みささぎ石材工業 <info@misasagi-sekizai.co.jp>"],
    subject="やすらぎの丘 第2期 区画割付表",
    charset="iso-2022-jp",
    body=f"""みささぎ石材工業 御中

お世話になっております。日の出産業の石橋です。
樹木葬「やすらぎの丘」第2期の区画割付表をお送りします。
プレートの刻字（生年月日・没年月日）の確認で、申込者へ直接ご連絡いただく場合に備え、
連絡先も入れてあります。お名前はプレートの原稿（別送）でご確認ください。

{sig("ishibashi", 2)}
""",
    attachments=[{
        "kind": "xlsx", "name": "yasuragi_2ki_wariate.xlsx",
        "sheets": {"割付": [["区画", "種別", "申込者 生年月日", "電話", "メール", "プレート"]] + [
            [f"C-{i + 1:02d}", rng.choice(["1名用", "2名用", "家族用"]), p["dob"], p["mob"], p["mail"],
             rng.choice(["黒御影", "白御影"])] for i, p in enumerate(_d057)]},
    }],
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="氏名列はないが9名分の生年月日・電話・メールの表を社外へ",
)

# 058 — さくらホテルへ 神前式の新郎新婦2名の連絡先（2名なので通す）
_d058 = people(2, young=True)
add(
    expect="pass",
    sender=frm("miyashita"),
    to=["さくらホテル ウエディングサロン <wedding@sakura-hotel.jp>"],
    subject="日枝台八幡宮 神前式後の披露宴（5/17）お客様のご紹介",
    charset="iso-2022-jp",
    body=f"""さくらホテル ウエディングサロン ご担当者様

いつもお世話になっております。日の出産業 催事課の宮下です。
日枝台八幡宮で5月17日に挙式されるお二人が、貴ホテルでの披露宴をご希望です。
ご本人の了承をいただいておりますので、ご連絡先をお伝えします。

　新郎：{_d058[0]["name"]} 様　{_d058[0]["mob"]}　{_d058[0]["mail"]}
　新婦：{_d058[1]["name"]} 様　{_d058[1]["mob"]}

挙式は11:00〜11:40、参進は10:45からです。
神社からホテルまでの送迎バスについても、ご提案いただけますと幸いです。

{sig("miyashita", 0)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="本人了承済みの2名の連絡先のみ。5名未満",
)

# 059 — 添付メール（eml）として転送: 中に檀家の名簿
_d059 = people(15)
add(
    expect="stop",
    sender=frm("onodera"),
    to=["大和グラフィック 営業部 <eigyo@yamato-graphic.co.jp>"],
    subject="FW: 寺報発送リスト（浄願寺）",
    charset="iso-2022-jp",
    body=f"""大和グラフィック 営業部 御中

お世話になっております。日の出産業の小野寺です。
浄願寺様から届いた寺報の発送先リストを、メールごと添付して転送します。
封入・発送代行のお見積りをお願いいたします。

{sig("onodera", 2)}
""",
    attachments=[{
        "kind": "eml", "name": "寺報発送リスト.eml",
        "message": {
            "sender": "浄願寺 寺務所 <jimu@jogan-ji.jp>",
            "to": ["小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>"],
            "subject": "寺報発送リスト",
            "charset": "iso-2022-jp",
            "body": "小野寺様\n\n寺報の発送先です。よろしくお願いします。\n\n" + "\n".join(
                f"{p['name']}\t{p['zip']}\t{p['addr']}\t{p['tel']}" for p in _d059) + "\n\n浄願寺 寺務所\n",
        },
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="添付されたメール（eml）の中に15名の氏名・住所・電話。社外の印刷会社へ転送",
)

# 060 — 巡礼参加者1名の健康保険証の記号・番号と持病を旅行会社へ
_p060 = person()
add(
    expect="stop",
    sender=frm("ogino"),
    to=["巡礼トラベル 手配課 <tehai@junrei-travel.co.jp>"],
    subject="坂東三十三観音 1泊2日（10/22-23）参加者の健康面について",
    charset="iso-2022-jp",
    body=f"""巡礼トラベル 手配課 御中

いつもお世話になっております。日の出産業の荻野です。
10月22日からの坂東巡礼に参加される{_p060["name"]}様（{wareki(_p060["y"], _p060["m"], _p060["d"], 1)}生）について、
ご家族から次のようなご依頼がありました。

・狭心症の持病があり、ニトログリセリンを常に携帯している
・万一の救急搬送に備え、添乗員に保険証の情報を控えておいてほしい
　（国民健康保険　記号 {rng.randint(10, 99)}-{rng.randint(100, 999)}　番号 {rng.randint(100000, 999999)}）

宿では1階の部屋をご用意いただけますでしょうか。

{sig("ogino", 0)}
""",
    entities=["JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="1名の健康保険証の記号・番号と病歴（要配慮）を社外へ",
)

# 061 — HTMLのみ: 寺報 Web 版の行事予定表（個人データなし）を錦印刷へ
add(
    expect="pass",
    sender=frm("onodera"),
    to=["錦印刷 Web制作チーム <web@nishiki-insatsu.co.jp>"],
    subject="慈光寺 Webサイト 行事予定ページ更新のお願い",
    charset="utf-8",
    html=f"""<html><body>
<p>錦印刷 Web制作チーム 御中</p>
<p>お世話になっております。日の出産業の小野寺です。<br>
慈光寺様サイトの「年間行事」ページを、下記の内容に差し替えてください。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<thead><tr><th>月日</th><th>行事</th><th>時間</th><th>備考</th></tr></thead>
<tbody>
<tr><td>1月1日</td><td>修正会</td><td>0:00〜</td><td>甘酒の接待あり</td></tr>
<tr><td>2月15日</td><td>涅槃会</td><td>10:00〜</td><td>涅槃図の特別公開</td></tr>
<tr><td>3月20日</td><td>春彼岸会</td><td>13:00〜</td><td>塔婆受付は3月10日まで</td></tr>
<tr><td>4月8日</td><td>花まつり</td><td>10:00〜</td><td>甘茶・稚児行列</td></tr>
<tr><td>8月13日</td><td>盂蘭盆施餓鬼会</td><td>13:00〜</td><td>雨天決行</td></tr>
<tr><td>12月31日</td><td>除夜の鐘</td><td>23:30〜</td><td>先着108名・整理券配布</td></tr>
</tbody></table>
<p>公開は12月20日でお願いいたします。</p>
<p>--<br>日の出産業株式会社 寺社サービス事業部 檀信徒管理課<br>小野寺 真澄<br>TEL 03-5205-7781</p>
</body></html>""",
    entities=[],
    detectors=[],
    note="HTMLのみのメールだが表は行事予定で、個人データなし",
)

# 062 — 割烹へ 喪主のご家族の宗教（イスラム教）を本文で伝える
_p062 = person()
add(
    expect="stop",
    sender=frm("muto"),
    to=["割烹かわせ 川瀬様 <info@kappo-kawase.jp>"],
    subject="12/7 精進落としのお料理について（ご相談）",
    charset="iso-2022-jp",
    body=f"""川瀬様

お世話になっております。日の出産業の武藤です。
12月7日の精進落とし（30名）について、ご相談がございます。

喪主の{_p062["name"]}様の奥様とご長男のご一家が、数年前にイスラム教に改宗されており、
豚肉・アルコール（みりん・料理酒を含む）を使わないお料理を4名分ご用意いただきたいとのことです。
ご本人たちは、お寺での法要には参列されますが、焼香は控えられるそうです。

ハラール認証の食材までは不要とのことですが、対応可能かどうかお知らせいただけますか。

{sig("muto", 2)}
""",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="特定の家族の宗教（改宗）という要配慮個人情報を本文で社外へ",
)

# 063 — 介護タクシー会社へ 檀家1名の障害（身体障害者手帳）と住所・電話
_p063 = person()
add(
    expect="stop",
    sender=frm("onodera"),
    to=["ひかり介護タクシー <yoyaku@kaigo-taxi-hikari.jp>"],
    subject="彼岸会の送迎予約（9/22 慈光寺）",
    charset="iso-2022-jp",
    body=f"""ひかり介護タクシー 予約係 御中

日の出産業 檀信徒管理課の小野寺と申します。
慈光寺の秋彼岸会（9月22日）に参列される檀家様の送迎をお願いしたく、ご連絡いたしました。

　お名前：{_p063["name"]} 様（{2024 - _p063["y"]}歳）
　お迎え先：{_p063["addr"]}
　ご連絡先：{_p063["tel"]}（ご本人・日中はヘルパーさんが対応）
　ご状況：脳梗塞の後遺症で左半身麻痺、身体障害者手帳1級。車椅子のまま乗車希望
　時間：9:30 お迎え → 10:15 慈光寺着、12:30 お寺発 → ご自宅

料金は当社に請求をお願いいたします。

{sig("onodera", 0)}
""",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="1名の病歴・障害（要配慮個人情報）と住所・電話を社外へ",
)

# 064 — 「極秘」は言葉として出てくるだけ（ご住職へのサプライズ）
add(
    expect="pass",
    sender=frm("muto"),
    to=["北国フーズ 佐野様 <sano@kitaguni-foods.co.jp>"],
    subject="ご住職の還暦祝い（11/3）ケーキの件",
    charset="iso-2022-jp",
    body=f"""佐野様

お世話になっております。武藤です。
11月3日の護持会総会のあとの懇親会で、大隈ご住職の還暦のお祝いをすることになりました。
総会の役員さんたちの発案で、ご住職には極秘で進めていますので、
お寺への納品書・請求書には「懇親会 追加デザート」とだけ書いていただけますか。

・ホールケーキ（8号）1台、プレートに「祝 還暦 大隈玄道様」
・赤いちゃんちゃんこは役員さんが用意されます

お手数をおかけしますが、よろしくお願いします。

武藤
""",
    entities=[],
    detectors=[],
    note="「極秘」はサプライズの意味で使われた言葉で、機密区分の表示ではない",
)

# 065 — 氏名列なし: ツアー中止の返金先口座6件（申込番号・口座・電話）を銀行へ
_d065 = people(6)
add(
    expect="stop",
    sender=frm("ogino"),
    to=["みどり銀行 日本橋支店 為替係 <kawase@midori-ginko.co.jp>"],
    subject="総合振込（返金）の件 依頼書番号 FK-1104",
    charset="utf-8",
    body=f"""みどり銀行 日本橋支店 為替係 御中

お世話になっております。日の出産業の荻野です。
台風で中止となった熊野古道巡礼ツアーの返金について、総合振込をお願いいたします。
依頼書（FK-1104）は窓口に提出済みです。振込不能の際の確認用に電話番号も付けております。

申込番号,金融機関,支店,口座,返金額,連絡先
""" + "\n".join(
        f"KM-{2400 + i * 11},{p['bank']},{p['branch']},{p['acct']},{rng.choice([48000, 52000, 96000])},{p['mob']}"
        for i, p in enumerate(_d065)) + f"""

{sig("ogino", 2)}
""",
    entities=["JP_BANK_ACCOUNT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="氏名列はないが6名分の口座番号・電話の一覧を社外へ",
)

# 066 — 錦印刷へ 授与品の商品コード一覧 CSV（個人データなし）
add(
    expect="pass",
    sender=frm("miyashita"),
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="授与品パッケージ 増刷のお願い（商品コード一覧添付）",
    charset="cp932",
    body=f"""錦印刷 営業部 御中

日の出産業の宮下です。初詣に向けて、授与品の台紙・袋の増刷をお願いします。
品目と数量は添付の CSV のとおりです。納期は12月10日です。

{sig("miyashita", 0)}
""",
    attachments=[{
        "kind": "csv", "name": "juyohin_zousatsu.csv", "encoding": "cp932",
        "rows": [["商品コード", "品名", "仕様", "数量", "単価"],
                 ["HG-OM-01", "御守 台紙（家内安全）", "紙 135kg 箔押し", 3000, 18],
                 ["HG-OM-02", "御守 台紙（交通安全）", "紙 135kg 箔押し", 2000, 18],
                 ["HG-OF-11", "お札袋（大）", "奉書紙", 1500, 32],
                 ["HG-EM-21", "絵馬 説明書き", "上質 90kg", 5000, 4],
                 ["HG-OK-31", "おみくじ 用紙", "和紙 2色", 20000, 3],
                 ["HG-GS-41", "御朱印 書置き用紙", "鳥の子紙", 4000, 12]],
    }],
    entities=[],
    detectors=[],
    note="商品コード・数量・単価のみのCSV",
)

# 067 — 青葉運輸の類似ドメイン（ドットをハイフンに: aoba-unyu-co.jp）
add(
    expect="stop",
    sender=frm("ogino"),
    to=["青葉運輸 貸切バス営業所 <charter@aoba-unyu-co.jp>"],
    subject="3月 団体参拝（本山参り）バス見積り依頼",
    charset="iso-2022-jp",
    body=f"""青葉運輸 貸切バス営業所 御中

お世話になっております。日の出産業の荻野です。
浄願寺様の本山参り（団体参拝）について、貸切バスのお見積りをお願いします。

　日程：3月18日（火）〜19日（水） 1泊2日
　行程：川越 → 京都（東本願寺・西本願寺）→ 宿泊 → 比叡山 → 川越
　人数：42名 ＋ 添乗1名
　車両：大型 1台（トイレ付き希望）

2月14日までにいただけますと助かります。

{sig("ogino", 4)}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="宛先 aoba-unyu-co.jp は取引先 aoba-unyu.co.jp のドットをハイフンにした類似ドメイン",
)

# 068 — 白川法律事務所の類似ドメイン（TLD 違い .com）へ 墓地承継の紛争
_d068 = people(2)
add(
    expect="stop",
    sender=frm("ishibashi"),
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.com>"],
    subject="緑ヶ丘霊園 西1区-08 承継をめぐるご相談",
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。日の出産業の石橋です。
西1区-08の墓地使用権の承継について、ご兄弟お二人から別々に申出があり、困っております。

　① 兄：{_d068[0]["name"]} 様　{_d068[0]["addr"]}　{_d068[0]["tel"]}
　② 妹：{_d068[1]["name"]} 様　{_d068[1]["addr"]}　{_d068[1]["mob"]}

お父様（使用者）は遺言を残されておらず、祭祀承継者の指定もありません。
霊園使用規則では「使用者の親族で祭祀を主宰する者」とだけあります。
当社としてどちらの申出を受け付けるべきか、ご意見をお聞かせください。

{sig("ishibashi", 0)}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="宛先 shirakawa-law.com は取引先 shirakawa-law.jp の TLD 違いの類似ドメイン",
)

# 069 — 石材店へ 空き区画の在庫表 XLSX（区画・面積・価格のみ）
add(
    expect="pass",
    sender=frm("ishibashi"),
    to=["株式会社 丸武石材 <sales@marutake-sekizai.co.jp>"],
    subject="緑ヶ丘霊園 空き区画一覧（11月1日現在）",
    charset="iso-2022-jp",
    body=f"""丸武石材 御中

お世話になっております。日の出産業 霊園管理課の石橋です。
11月1日現在の空き区画一覧をお送りします。お客様へのご案内にお使いください。
価格は永代使用料（税なし）と年間管理料です。

{sig("ishibashi", 1)}
""",
    attachments=[{
        "kind": "xlsx", "name": "akikukaku_20241101.xlsx",
        "sheets": {"空き区画": [["緑ヶ丘霊園 空き区画一覧（2024/11/1現在）"], [],
                                ["区画番号", "区域", "面積(㎡)", "永代使用料", "年間管理料", "日当たり", "備考"]] + [
            [f"{z}-{rng.randint(1, 30):02d}-{rng.randint(1, 20):02d}", z, a, a * 480000, 12000,
             rng.choice(["良", "普通", "南向き"]), rng.choice(["", "角地", "通路沿い", "階段近く"])]
            for z, a in [("東2区", 2.0), ("東2区", 3.0), ("西1区", 1.5), ("西3区", 4.0), ("南1区", 2.0),
                         ("南1区", 2.5), ("北4区", 1.0)]],
            "凡例": [["区域", "説明"], ["東", "正門側・平坦"], ["西", "丘側・眺望良"], ["南", "駐車場近く"]]},
    }],
    entities=[],
    detectors=[],
    note="区画の在庫と価格のみで、人の情報なし",
)

# 070 — 暗号化なし ZIP（寺報原稿 DOCX＋行事表 XLSX）。寄進者は企業名のみ
add(
    expect="pass",
    sender=frm("onodera"),
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="寺報「浄願」新年号 原稿一式",
    charset="iso-2022-jp",
    body=f"""錦印刷 制作部 御中

お世話になっております。日の出産業の小野寺です。
浄願寺様の寺報 新年号の原稿一式を ZIP でお送りします（パスワードはかけておりません）。
・原稿（住職 年頭挨拶、本堂修復のご報告、ご寄進企業の御礼）
・行事予定表
写真は別途ギガファイル便でお送りします。

{sig("onodera", 0)}
""",
    attachments=[{
        "kind": "zip", "name": "jouganshinnen_genkou.zip",
        "files": [
            {"kind": "docx", "name": "原稿_新年号.docx",
             "paragraphs": ["年頭のご挨拶　住職 釈 宗円",
                            "新年あけましておめでとうございます。昨年は本堂修復に多大なるご協力を賜り、誠にありがとうございました。",
                            "本堂修復のご報告：屋根瓦の葺き替えと耐震補強が11月に完了いたしました。",
                            "ご寄進を賜りました企業・団体（五十音順・敬称略）"],
             "tables": [[["企業・団体名", "所在地", "ご寄進額"],
                         ["今村酒造株式会社", "川越市仲町", "1,000,000円"],
                         ["川越信用組合", "川越市元町", "500,000円"],
                         ["有限会社 小江戸建設", "川越市連雀町", "300,000円"],
                         ["ひので商店街振興組合", "川越市元町", "200,000円"],
                         ["株式会社 丸武石材", "八王子市横山町", "100,000円"]]]},
            {"kind": "xlsx", "name": "行事予定_2025.xlsx",
             "sheets": {"行事": [["月日", "行事"], ["1/1", "修正会"], ["1/16", "御正忌報恩講"],
                                  ["3/20", "春彼岸会"], ["8/14", "盂蘭盆会"]]}},
        ],
    }],
    entities=[],
    detectors=[],
    note="ZIPの中身は寺報原稿と行事表。寄進者一覧は企業・団体で、個人の名簿ではない",
)

# 071 — 巡礼の班長3名（フリーメール2名＋会社アドレス1名）を To に並べる
add(
    expect="stop",
    sender=frm("ogino"),
    to=["藤堂 清 <kiyoshi.todo@docomo.ne.jp>", "槙野 昭子 <makino.akiko@ezweb.ne.jp>",
        "早乙女 正人 <saotome@saotome-koumuten.co.jp>"],
    subject="四国遍路 第3回 班長の皆様へ（集合場所のご連絡）",
    charset="iso-2022-jp",
    body=f"""班長の皆様

いつもお世話になっております。日の出産業の荻野です。
11月5日の出発について、集合場所と時間が確定しましたのでお知らせします。

　集合：11月5日（火）6:40　JR川越駅 西口 ロータリー（観光バス乗降場）
　出発：7:00（遅れる場合は荻野の携帯 080-4471-2040 まで）

各班の皆様へのご連絡をお願いいたします。
白衣・輪袈裟・納経帳は、バスの中でお渡しします。

{sig("ogino", 0)}
""",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="社外の3者（個人2名のフリーメールと会社1社）が To で互いのアドレスを見られる",
)

# 072 — 写真館へ 七五三 祈祷申込の子ども7名（生年月日・保護者電話）
_d072 = people(7, child=True)
add(
    expect="stop",
    sender=frm("miyashita"),
    to=["寿写真館 <studio@kotobuki-photo.jp>"],
    subject="日枝台八幡宮 七五三 記念撮影 11/10 午前の枠",
    charset="cp932",
    body=f"""寿写真館 御中

お世話になっております。日の出産業 催事課の宮下です。
11月10日（日）午前の七五三ご祈祷で、記念撮影を申し込まれたご家族の一覧です。
撮影順の調整のため、お子様の生年月日（数え年の確認用）と保護者の連絡先を載せています。

時間   お子様（よみ）                  生年月日     保護者連絡先
-----  ------------------------------  -----------  -------------
""" + "\n".join(
        f"{t}  {pad(p['name'] + '（' + p['kana'] + '）', 30)}  {p['dob']}   {p['mob']}"
        for t, p in zip(["09:30", "09:30", "10:00", "10:00", "10:30", "11:00", "11:00"], _d072)) + f"""

着付けは境内の参集殿で9:00から行います。

{sig("miyashita", 2)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="子ども7名の氏名・生年月日と保護者の電話をスペース揃えの表で社外へ",
)

# 073 — 写真館へ 稚児行列の子ども3名（年齢・保護者電話）— 3名なので通す
_d073 = people(3, child=True)
add(
    expect="pass",
    sender=frm("onodera"),
    to=["寿写真館 <studio@kotobuki-photo.jp>"],
    subject="慈光寺 花まつり 稚児行列の個別撮影（3組）",
    charset="iso-2022-jp",
    body=f"""寿写真館 御中

日の出産業の小野寺です。4月8日の花まつりで、稚児行列の個別撮影のお申込みが3組ありました。

""" + "\n".join(f"{i + 1}) {p['name']}ちゃん（{2025 - p['y']}歳）　保護者携帯 {p['mob']}"
                for i, p in enumerate(_d073)) + f"""

撮影は行列のあと11:30頃から、山門前でお願いいたします。

{sig("onodera", 2)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="3名（5名未満）の名前と保護者の電話のみ",
)

# 074 — 錦印刷へ 厄除け祈祷のDM宛先（氏子の生年・住所）をカンマ区切りで本文に
_d074 = []
for _i in range(11):
    _p = person()
    _d074.append(_p)
add(
    expect="stop",
    sender=frm("miyashita"),
    to=["中西 健吾 <nakanishi.kengo@nishiki-insatsu.co.jp>"],
    subject="厄除け祈祷のご案内はがき 宛名（本厄・前厄の方）",
    charset="iso-2022-jp",
    body=f"""中西様

お世話になっております。宮下です。
来年が厄年にあたる氏子の方へ、厄除け祈祷のご案内はがきを送ります。
文面は前年どおりで、厄の種別ごとに一文を差し替えてください（生年で判定しています）。
宛名データを以下に貼り付けます。

氏名,生年月日,厄,郵便番号,住所
""" + "\n".join(
        f"{p['name']},{wareki(p['y'], p['m'], p['d'], 1)},{rng.choice(['本厄', '前厄', '後厄'])},{p['zip']},{p['addr']}"
        for p in _d074) + f"""

部数は余部込みで20枚でお願いします。

{sig("miyashita", 0)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="氏子11名の氏名・生年月日（和暦）・住所をカンマ区切りで社外へ",
)

# 075 — 会計事務所へ 出仕僧侶3名の支払調書（PDF 内にマイナンバー）
_d075 = people(3)
add(
    expect="stop",
    sender=frm("murase"),
    to=["みなと会計事務所 <info@minato-kaikei.jp>"],
    subject="報酬の支払調書（案）ご確認のお願い",
    charset="iso-2022-jp",
    body=f"""みなと会計事務所 御中

いつもお世話になっております。日の出産業の村瀬です。
今年、法要の出仕をお願いした僧侶3名の支払調書（案）を PDF でお送りします。
記載内容にお気づきの点があればご指摘ください。

{sig("murase", 2)}
""",
    attachments=[{
        "kind": "pdf", "name": "shiharai_chosho_draft.pdf",
        "lines": ["令和6年分 報酬、料金、契約金及び賞金の支払調書（案）", "支払者：日の出産業株式会社", ""],
        "table": [["支払を受ける者", "住所", "個人番号", "区分", "支払金額", "源泉徴収税額"]] + [
            [p["name"], p["addr"], _mn(), "出仕謝礼", f"{a:,}", f"{int(a * 0.1021):,}"]
            for p, a in zip(_d075, [360000, 240000, 180000])],
    }],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="添付PDFに3名のマイナンバー。社外へ",
)

# 076 — 白川法律事務所と 個人情報の取扱規程の打合せ（言及のみ、免責文あり）
add(
    expect="pass",
    sender=frm("sakakibara"),
    to=["白川 恭子 <shirakawa@shirakawa-law.jp>"],
    subject="檀家情報の取扱規程の見直し（打合せのお願い）",
    charset="iso-2022-jp",
    body=f"""白川先生

いつも大変お世話になっております。日の出産業の榊原でございます。

受託している寺院・神社・教会の名簿の取扱いについて、規程を見直したいと考えております。
特に、以下の点についてご相談させてください。

1. 檀家・信徒であることが「信条」に当たるか（要配慮個人情報の該当性）
2. 印刷会社・仕出し業者へ委託する際の覚書（委託先の監督、秘密保持条項）の雛形
3. 過去帳の閲覧・複写の制限（宗派の取扱いに合わせる）
4. 寺院との業務委託契約における機密保持条項の範囲

来週後半でご都合のよい日時をお知らせいただけますでしょうか。

{sig("sakakibara", 1)}

{DISC_JA}
""",
    entities=[],
    detectors=[],
    note="要配慮個人情報・秘密保持についての相談（言及のみ）と定型の免責文",
)

# 077 — 決済代行会社へ オンライン献金の照合CSV（カード番号が生のまま）
_d077 = people(6, young=True)
add(
    expect="stop",
    sender=frm("murase"),
    to=["ペイブリッジ カスタマーサポート <support@paybridge.co.jp>"],
    subject="オンライン献金 二重計上の照合依頼（加盟店ID HS-20931）",
    charset="utf-8",
    body=f"""ペイブリッジ株式会社
カスタマーサポート ご担当者様

お世話になっております。加盟店ID HS-20931（みなと聖ペテロ教会 オンライン献金）の
事務を受託しております、日の出産業の村瀬です。

10月分の入金明細と、教会側の献金記録が6件合いません。
教会の記録を CSV で添付しますので、売上データとの照合をお願いいたします。

{sig("murase", 0)}
""",
    attachments=[{
        "kind": "csv", "name": "kenkin_mismatch_202410.csv", "encoding": "utf-8",
        "rows": [["受付日時", "献金者", "メール", "カード番号", "金額", "教会側の記録"]] + [
            [f"2024-10-{rng.randint(1, 28):02d} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", p["name"], p["mail"],
             _card(), rng.choice([3000, 5000, 10000, 30000]), rng.choice(["二重", "未着", "金額相違"])]
            for p in _d077],
    }],
    entities=["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="添付CSVにカード番号（6件）と献金者の氏名・メール",
)

# 078 — 壊れた PDF（奉納者名簿）を神社へ
add(
    expect="stop",
    sender=frm("miyashita"),
    to=["日枝台八幡宮 社務所 <shamusho@hiedai-hachimangu.or.jp>"],
    subject="例大祭 奉納者名簿（確認用）",
    charset="iso-2022-jp",
    body=f"""日枝台八幡宮 社務所 御中

お世話になっております。宮下です。
奉納者名簿の確認用 PDF をお送りします。
芳名板の表記に誤りがないか、ご確認をお願いいたします。

{sig("miyashita", 2)}
""",
    attachments=[{"kind": "corrupt", "name": "奉納者名簿_確認用.pdf"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="添付PDFが壊れていて検査できない",
)

# 079 — 錦印刷へ 発注書 PDF（当社の登録番号・見積番号）
_t079 = corp_no("010401089236")
add(
    expect="pass",
    sender=frm("onodera"),
    to=["錦印刷 営業部 中西様 <nakanishi.kengo@nishiki-insatsu.co.jp>"],
    subject="発注書送付：寺報「慈光」秋号（御見積 NK-24-0588）",
    charset="iso-2022-jp",
    body=f"""中西様

お世話になっております。小野寺です。
御見積 NK-24-0588 の内容で発注いたします。発注書を添付しますのでご確認ください。

{sig("onodera", 0)}
""",
    attachments=[{
        "kind": "pdf", "name": "hatchu_PO-2024-1187.pdf", "title": "発注書 PO-2024-1187",
        "lines": ["発 注 書　　No. PO-2024-1187", "錦印刷株式会社 御中", "",
                  "日の出産業株式会社 寺社サービス事業部",
                  "〒103-0027 東京都中央区日本橋2-14-8 日の出ビル6F　TEL 03-5205-7781",
                  f"登録番号 T{_t079}", ""],
        "table": [["品名", "仕様", "数量", "単価", "金額"],
                  ["寺報「慈光」秋号", "A4 8頁 4色 中綴じ", "1,200", "148", "177,600"],
                  ["封筒（長3）", "1色 慈光寺ロゴ", "1,200", "12", "14,400"],
                  ["", "", "", "小計", "192,000"], ["", "", "", "消費税", "19,200"],
                  ["", "", "", "合計", "211,200"]],
    }],
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="会社の発注書（登録番号・見積番号）。個人データなし",
)

# 080 — 氏子への一斉連絡を Bcc で（To は自分）: 神賑行事の中止のお知らせ
add(
    expect="pass",
    sender=frm("miyashita"),
    to=[frm("miyashita")],
    bcc=["t.kanzaki55@gmail.com", "hiedai.seinen@yahoo.co.jp", "m-sugiura@ezweb.ne.jp",
         "asahina.k@icloud.com", "yoshiko.n1960@outlook.jp", "kurumada@softbank.ne.jp",
         "ishizuka.family@gmail.com", "n.kobori@docomo.ne.jp"],
    subject="【日枝台八幡宮】10/6 神賑行事（山車巡行）中止のお知らせ",
    charset="iso-2022-jp",
    body=f"""氏子青年会・町会役員の皆様

（本メールは Bcc で一斉にお送りしています）

日枝台八幡宮 例大祭事務局の宮下です。
台風の接近に伴い、10月6日（日）の山車巡行は中止と決定いたしました。
神社での例大祭の神事は予定どおり執り行います（10:00〜、関係者のみ）。

山車の格納作業は10月8日（火）19時から行います。
ご協力いただける方は、社務所前にお集まりください。

{sig("miyashita", 1)}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="一斉連絡を正しく Bcc で送っており、受信者同士は見えない。本文に個人データなし",
)

# 081 — 返信の新しい本文で 団体参拝の宿泊者6名（生年月日・電話）を追加
_d081 = people(6)
add(
    expect="stop",
    sender=frm("ogino"),
    to=["さくらホテル 団体予約 <group@sakura-hotel.jp>"],
    subject="Re: 3/18 浄願寺様 団体ご宿泊 宿泊者名簿のお願い",
    charset="iso-2022-jp",
    body=f"""さくらホテル 団体予約 ご担当者様

お世話になっております。日の出産業の荻野です。
ご依頼の宿泊者名簿のうち、先に確定している役員の方6名分をお送りします。
残りの36名は2月末までにお送りします。

No 氏名（フリガナ）　　　　　　　　　生年月日　　　電話
""" + "\n".join(
        f"{i + 1:>2} {pad(p['name'] + '（' + p['kana'] + '）', 34)}{p['dob']}　{p['tel']}"
        for i, p in enumerate(_d081)) + f"""

{sig("ogino", 2)}

> 日の出産業 荻野様
> 3月18日のご宿泊につき、旅館業法に基づく宿泊者名簿の事前ご提出をお願いいたします。
> 氏名・生年月日・ご連絡先をご記入のうえ、ご返送ください。
> さくらホテル 団体予約 三木
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="引用部分ではなく新しい本文に6名の氏名・生年月日・電話",
)

# 082 — 石材店へ 墓誌の追加彫刻（故人1名＋施主の電話）
_p082 = person()
add(
    expect="pass",
    sender=frm("ishibashi"),
    to=["石匠おおつか 大塚様 <otsuka@ishisho-otsuka.co.jp>"],
    subject="墓誌 追加彫刻のお願い（東2区-11-04）",
    charset="iso-2022-jp",
    body=f"""大塚様

お世話になっております。石橋です。
東2区-11-04の墓誌に、下記のとおり追加彫刻をお願いいたします。
四十九日（11月30日）の納骨に間に合わせたいとのことです。

　戒名：釋 浄信（しゃく じょうしん）
　俗名：{_p082["sei"]} 武雄
　没年月日：令和6年10月12日　行年 八十九歳

原稿の確認は施主の{_p082["name"]}様（{_p082["mob"]}）に直接お願いします。

{sig("ishibashi", 2)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="故人1名の墓誌情報と施主1名の電話のみ（通常の工事依頼）",
)

# 083 — 寄附者本人（フリーメール）へ 寄附金受領証明書（寺院の法人番号つき）
_p083 = person()
_c083 = corp_no("030005012284")
add(
    expect="pass",
    sender=frm("murase"),
    to=[f"{_p083['name']} <{_p083['roma'].split()[1].lower()}{rng.randint(10, 99)}@yahoo.co.jp>"],
    subject="【慈光寺】本堂修復ご寄進の受領証明書について",
    charset="iso-2022-jp",
    body=f"""{_p083["name"]} 様

このたびは慈光寺 本堂修復へのご寄進を賜り、誠にありがとうございました。
寺務を受託しております日の出産業の村瀬でございます。
受領証明書を下記の内容で作成し、本日郵送いたしました。

　寄附者：{_p083["name"]} 様
　ご住所：{_p083["zip"]} {_p083["addr"]}
　金額：金 300,000円
　受領日：令和6年9月27日
　受領者：宗教法人 慈光寺（法人番号 {_c083}）

なお、宗教法人への寄附は、原則として寄附金控除の対象外となりますのでご了承ください。

{sig("murase", 1)}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_CORPORATE_NUMBER"],
    detectors=["freemail_recipient", "personal_data"],
    note="寄附者本人に本人の情報を確認する1名分のメール（寺院の法人番号つき）",
)

# 084 — XLSX: 1枚目は人数集計だけ、2枚目に参列者名簿40名（仕出し業者は人数だけ必要）
_d084 = people(40)
add(
    expect="stop",
    sender=frm("muto"),
    to=["北国フーズ 法事仕出し係 <hoji@kitaguni-foods.co.jp>"],
    subject="11/3 護持会総会 懇親会の人数（確定）",
    charset="iso-2022-jp",
    body=f"""北国フーズ 法事仕出し係 御中

お世話になっております。武藤です。
11月3日の護持会総会後の懇親会、人数が確定しました。
添付の「集計」シートをご覧ください。精進対応とお子様の数も入れています。

{sig("muto", 0)}
""",
    attachments=[{
        "kind": "xlsx", "name": "gojikai_soukai_shukei.xlsx",
        "sheets": {
            "集計": [["護持会総会 懇親会 人数集計"], [], ["区分", "人数"], ["大人（通常）", 33],
                     ["大人（精進対応）", 4], ["お子様", 3], ["合計", 40]],
            "出欠名簿": [["会員番号", "氏名", "住所", "電話", "出欠", "食事"]] + [
                [f"G{7000 + i * 4}", p["name"], p["addr"], p["tel"], "出席",
                 "精進" if i % 10 == 3 else ("子" if i % 13 == 5 else "通常")] for i, p in enumerate(_d084)],
        },
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="1枚目は集計だが2枚目のシートに40名の氏名・住所・電話。社外へ",
)

# 085 — 霊園の使用者一覧に「宗旨・宗派」列（信条）: 石材店へ
_d085 = people(8)
add(
    expect="stop",
    sender=frm("ishibashi"),
    to=["みささぎ石材工業 <info@misasagi-sekizai.co.jp>"],
    subject="西3区 墓石建立予定の使用者（宗派別の墓石デザイン用）",
    charset="utf-8",
    body=f"""みささぎ石材工業 御中

日の出産業の石橋です。
西3区で来春までに墓石を建立予定の使用者様です。
宗派によって墓石正面の文字や家紋の入れ方が異なるため、宗旨・宗派の列を付けています。
ご提案の際のご参考にしてください。

区画\t使用者\t宗旨・宗派\t電話
""" + "\n".join(
        f"西3区-{rng.randint(1, 25):02d}\t{p['name']}\t{s}\t{p['tel']}" for p, s in zip(
            _d085, ["浄土真宗本願寺派", "日蓮宗", "創価学会", "カトリック", "曹洞宗", "天理教", "真言宗豊山派",
                    "無宗教（本人申告）"])) + f"""

{sig("ishibashi", 2)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="8名の氏名・電話に加えて宗教（信条＝要配慮個人情報）の列。社外へ",
)

# 086 — みどり銀行へ 雅楽奏者4名への謝礼振込（口座4件）— 4名なので通す
_d086 = people(4, young=True)
add(
    expect="pass",
    sender=frm("murase"),
    to=["みどり銀行 日本橋支店 為替係 <kawase@midori-ginko.co.jp>"],
    subject="総合振込の明細（依頼書番号 FK-1131）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 日本橋支店 為替係 御中

お世話になっております。日の出産業の村瀬です。
本日窓口に提出した総合振込依頼書（FK-1131）の明細です。例大祭の雅楽奏者への謝礼4件です。

""" + "\n".join(f"{i + 1}. {p['name']}（{p['kana']}）　{p['bank']} {p['branch']} {p['acct']}　{a:,}円"
                for i, (p, a) in enumerate(zip(_d086, [89790, 89790, 44895, 44895]))) + f"""

振込指定日は10月25日です。よろしくお願いいたします。

{sig("murase", 2)}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="4名（5名未満）の振込先口座のみ。取引銀行への通常の依頼",
)

# 087 — 石材店へ 過去帳からの抜粋（故人のみ6名: 戒名・俗名・没年月日）
add(
    expect="either",
    sender=frm("ishibashi"),
    to=["石匠おおつか 大塚様 <otsuka@ishisho-otsuka.co.jp>"],
    subject="墓誌 新設（北1区-03-07 鷲尾家）彫刻原稿",
    charset="iso-2022-jp",
    body=f"""大塚様

石橋です。北1区-03-07 鷲尾家の墓誌新設について、慈光寺の過去帳から彫刻内容を書き出しました。
旧墓石に刻まれていた分と合わせて6霊です。

戒名　　　　　　　　　俗名　　　　　没年月日　　　　　行年
寂照院釋妙蓮大姉　　　鷲尾 ハツ　　昭和21年3月9日　　　七十二歳
釋浄観信士　　　　　　鷲尾 寅吉　　昭和34年11月2日　　 八十一歳
慈光院釋妙華大姉　　　鷲尾 キヨ　　昭和58年6月17日　　 八十八歳
釋善勝信士　　　　　　鷲尾 勝治　　平成4年1月30日　　　七十五歳
釋尼妙信　　　　　　　鷲尾 フサ　　平成19年8月8日　　　九十一歳
釋浄顕居士　　　　　　鷲尾 利夫　　令和5年12月4日　　　八十七歳

施主様には原稿を郵送で確認いただく予定です。

{sig("ishibashi", 2)}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="過去帳からの6名分だが全員故人（個人情報保護法の対象外）。過去帳の扱いとして判断が分かれる",
)

# 088 — 社内のみ: 社外秘の資料を部内で共有
add(
    expect="pass",
    sender=frm("sakakibara"),
    to=[frm("onodera"), frm("ishibashi"), frm("miyashita"), frm("muto")],
    subject="【社外秘】来期 受託料改定の交渉方針",
    charset="iso-2022-jp",
    body=f"""各位

榊原です。来期の受託料改定について、交渉方針をまとめました（社外秘）。
寺院・神社への説明は私から行いますので、各課からの個別の説明は控えてください。

・慈光寺：基本料8%改定（下限5%）。霊園一括受託を交換条件に
・浄願寺：据え置き。納骨堂の販売手数料を2%上げる
・日枝台八幡宮：例大祭の運営費を実費精算に切替え
・みなと聖ペテロ教会：据え置き

{sig("sakakibara", 2)}
""",
    attachments=[{
        "kind": "docx", "name": "受託料改定_交渉方針.docx", "page_header": "社外秘",
        "paragraphs": ["受託料改定 交渉方針（部内限り）", "各寺社の採算と改定幅は別表のとおり。"],
        "tables": [[["寺社", "現行（月額）", "改定案", "下限"], ["慈光寺", "180,000", "194,400", "189,000"],
                    ["浄願寺", "150,000", "150,000", "150,000"]]],
    }],
    entities=[],
    detectors=[],
    note="社外秘の表示があるが宛先はすべて社内",
)

# 089 — 相手のメールの引用部分にだけ【社外秘】: ツバサシステムへの返信
add(
    expect="pass",
    sender=frm("horinouchi"),
    to=["ツバサシステム 森川様 <morikawa@tsubasa-system.jp>"],
    subject="Re: 【社外秘】檀信ナビ 次期バージョンのロードマップ",
    charset="iso-2022-jp",
    body=f"""森川様

ロードマップのご共有ありがとうございます。堀之内です。
「過去帳の閲覧権限の細分化」が来年4月のリリースに入っているのはありがたいです。
当社の寺院では住職と寺務員で見せる範囲を分けたいという要望が多いため、
ベータ版の検証にぜひ参加させてください。

{sig("horinouchi", 2)}

> 【社外秘】本資料は貴社限りでお取り扱いください。
> 日の出産業 堀之内様
> 檀信ナビ 次期バージョンのロードマップを共有いたします。
>  2025/4  過去帳の閲覧権限の細分化、墓地台帳の地図表示
>  2025/10 オンライン寄進（クレジット決済）連携
>  2026/4  多言語対応（英・中・越）
> ツバサシステム 森川
""",
    entities=[],
    detectors=[],
    note="社外秘の表示は送り主（受信者）自身のメールの引用部分にのみある",
)

# 090 — 巡礼トラベルへ 札所寺院の一覧（寺院名・住職名・寺院の代表電話）
add(
    expect="pass",
    sender=frm("ogino"),
    to=["巡礼トラベル 企画課 <kikaku@junrei-travel.co.jp>"],
    subject="秩父札所めぐり 法話をお願いする寺院の一覧",
    charset="iso-2022-jp",
    body=f"""巡礼トラベル 企画課 御中

日の出産業の荻野です。来春の秩父札所めぐりで、法話をお願いできることになった寺院の一覧です。
各寺院へのご連絡は寺務所（代表電話）にお願いします。

・第1番 四萬部寺　　住職 高野 智燈 師　寺務所 0494-22-4xxx（受付 9時〜16時）
・第4番 金昌寺　　　住職 岩田 慈眼 師　寺務所 0494-23-1xxx
・第13番 慈眼寺　　 住職 片岡 円照 師　寺務所 0494-23-6xxx
・第17番 定林寺　　 住職 浅見 恵心 師　寺務所 0494-22-6xxx
・第34番 水潜寺　　 住職 新井 了玄 師　寺務所 0494-75-0xxx

法話は各15分程度、謝礼は各寺院1万円で了承いただいています。

{sig("ogino", 0)}
""",
    entities=[],
    detectors=[],
    note="寺院（事業者）の一覧と寺務所の代表電話。住職名は業務上の連絡先で個人の名簿ではない",
)

# 091 — 市役所へ 改葬許可の手続きの一般的な問い合わせ
add(
    expect="pass",
    sender=frm("ishibashi"),
    to=["南川市 市民課 <shimin@city.minamikawa.lg.jp>"],
    subject="改葬許可申請書の様式について（問い合わせ）",
    charset="iso-2022-jp",
    body=f"""南川市 市民課 御中

緑ヶ丘霊園（南川市緑ヶ丘4丁目）を管理しております、日の出産業の石橋と申します。
改葬許可申請について、2点お伺いします。

1. 1件の申請で複数の遺骨を改葬する場合、申請書は1霊ごとに必要でしょうか。
2. 申請者が遠方に住んでいる場合、郵送での申請は可能でしょうか。
   可能な場合、返信用封筒の切手代の目安を教えてください。

市のホームページの様式（令和5年改訂版）を使う予定です。
お忙しいところ恐れ入りますが、よろしくお願いいたします。

{sig("ishibashi", 0)}
""",
    entities=[],
    detectors=[],
    note="自治体への一般的な手続きの問い合わせ。個人データなし",
)

# 092 — 英語: 社内メモ（INTERNAL ONLY の表示）をそのまま海外の旅行会社へ
add(
    expect="stop",
    sender=frm("imaizumi"),
    to=["Bookings <groups@lourdes-pilgrimtours.com>"],
    subject="Lourdes pilgrimage May 2025 - our position on the quote",
    charset="utf-8",
    body=f"""Dear Mr. Lefèvre,

Thank you for the revised quote. Please see our notes below.

----------------------------------------------------------------
INTERNAL ONLY - Hinode Sangyo / Temple & Shrine Services
Pilgrimage pricing memo, Lourdes May 2025
- Quote from Lourdes Pilgrim Tours: EUR 2,140 per person (land only)
- Our selling price to the parish: JPY 598,000 per person
- Target margin: 18 %; walk-away price EUR 2,050
- Alternative supplier: Via Lucis Voyages (EUR 1,990, weaker hotel)
----------------------------------------------------------------

We would be grateful if you could review the hotel category in Lourdes.

Best regards,
Lisa Imaizumi

{sig("imaizumi", 3)}
""",
    entities=[],
    detectors=["confidential_marking"],
    note="INTERNAL ONLY と表示された社内メモ（原価・交渉下限）を本文に貼って社外へ",
)

# 093 — 英語: ルルド巡礼の参加者6名の旅券番号・生年月日を海外の旅行会社へ
_d093 = people(6)
add(
    expect="stop",
    sender=frm("imaizumi"),
    to=["Bookings <groups@lourdes-pilgrimtours.com>"],
    subject="Lourdes pilgrimage May 2025 - passenger details (first 6)",
    charset="utf-8",
    body=f"""Dear Mr. Lefèvre,

As requested for the hotel registration and the Sanctuary's group booking, here are the
details of the first six pilgrims from Minato St. Peter's parish.

Surname / Given name      Date of birth   Passport No.   Expiry
""" + "\n".join(
        f"{pad(p['roma'].split()[1] + ' / ' + p['roma'].split()[0], 26)}{p['y']}-{p['m']:02d}-{p['d']:02d}      "
        f"T{rng.choice('KRSZ')}{rng.randint(1000000, 9999999)}      20{rng.randint(28, 34)}-{rng.randint(1, 12):02d}"
        for p in _d093) + f"""

The remaining 14 names will follow next week.

Kind regards,
Lisa Imaizumi

{sig("imaizumi", 3)}
""",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="6名の旅券番号・生年月日を海外の旅行会社へ",
)

# 094 — 英語: ルルドの旅行会社へ 行程の確認（団長1名の氏名・携帯）
add(
    expect="pass",
    sender=frm("imaizumi"),
    to=["Bookings <groups@lourdes-pilgrimtours.com>"],
    subject="Lourdes pilgrimage May 2025 - itinerary confirmed",
    charset="utf-8",
    body=f"""Dear Mr. Lefèvre,

We confirm the itinerary below (group of 20 + 1 priest + 1 escort):

  12 May  Arrive Toulouse AF7784 13:05, coach to Lourdes
  13 May  Grotto Mass 09:30 (booked by the Sanctuary), baths, torchlight procession
  14 May  Bartrès, Cachot, Way of the Cross (Espélugues)
  15 May  Free morning, coach to Toulouse, depart 17:40

Our group leader on the ground will be Mr. Shunsuke Tachibana (mobile +81 90-3382-5716).
Please send the coach driver's number to him directly the day before arrival.

Kind regards,
Lisa Imaizumi

{sig("imaizumi", 3)}

{DISC_EN}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="行程の確認と団長1名の連絡先のみ。英文の定型免責文",
)

# 095 — 設計事務所と教会（2組織）、社内 cc: 現地調査の日程
add(
    expect="pass",
    sender=frm("imaizumi"),
    to=["みなと聖ペテロ教会 事務室 <office@minato-stpeter.or.jp>", "有馬設計室 有馬様 <arima@arima-sekkei.jp>"],
    cc=[frm("sakakibara")],
    subject="会堂改修 第2回現地調査（11/20）のご案内",
    charset="iso-2022-jp",
    body=f"""みなと聖ペテロ教会 事務室 御中
有馬設計室 有馬様

お世話になっております。日の出産業の今泉です。
会堂改修の第2回現地調査を、下記のとおり行います。

　日時：11月20日（水）13:30〜16:00
　内容：屋根裏の小屋組み、オルガン周辺の床下、聖具室の雨漏り箇所
　立会い：教会側 信徒会長、当社 榊原・今泉、有馬設計室 2名

水曜午後は聖堂の利用がないと伺っていますが、念のためご確認をお願いします。

{sig("imaizumi", 0)}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外2組織（教会と設計事務所）の通常の日程連絡",
)

# 096 — 2組織＋寺院の住職の個人 gmail（寺院と同じ当事者か別人扱いか）
add(
    expect="either",
    sender=frm("onodera"),
    to=["慈光寺 寺務所 <jimusho@jikoji.or.jp>", "中西 健吾 <nakanishi.kengo@nishiki-insatsu.co.jp>"],
    cc=["大隈 玄道 <gendo.ohkuma@gmail.com>"],
    subject="寺報 秋号 最終校正のご確認（本日中）",
    charset="iso-2022-jp",
    body=f"""慈光寺 寺務所 御中
錦印刷 中西様
（cc：ご住職 個人アドレス）

お世話になっております。小野寺です。
寺報 秋号の最終校正です。本日17時までにご返信がなければ、このまま校了といたします。
ご住職は本日ご出張のため、ご指示により個人のアドレスにもお送りしています。

修正箇所：P3 法話の引用（正法眼蔵「現成公案」）の出典表記のみ

{sig("onodera", 2)}
""",
    entities=[],
    detectors=["multiple_external_domains", "freemail_recipient", "external_recipients_visible"],
    note="社外2組織＋寺院の住職の個人gmail。住職を寺院と同じ当事者とみるかで2者か3者か判断が分かれる",
)

# 097 — 錦印刷へ 御朱印デザイン案（PNG）
add(
    expect="pass",
    sender=frm("miyashita"),
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="限定御朱印（紅葉）デザイン案",
    charset="iso-2022-jp",
    body=f"""錦印刷 制作部 御中

宮下です。11月限定の書置き御朱印のデザイン案です。
紅葉の箔押しは金ではなく朱でお願いしたいそうです。
色校を2パターンいただけますか。

{sig("miyashita", 2)}
""",
    attachments=[{"kind": "png", "name": "goshuin_momiji_draft.png"}],
    entities=[],
    detectors=[],
    note="デザイン画像の送付のみ",
)

# 098 — 錦印刷へ 年忌法要のご案内（過去帳の抜粋＋施主の氏名・住所）
_d098 = people(14)
_kaimyo = ["釋浄心", "慈雲院妙光大姉", "清風院正道居士", "釋尼妙華", "光明院法寿信士", "釋顕真",
           "妙香院蓮華大姉", "釋善照", "真月院智海居士", "釋尼妙順", "寂光院慈恩大姉", "釋静観",
           "瑞雲院光山居士", "釋尼妙蓮"]
add(
    expect="stop",
    sender=frm("onodera"),
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="来年の年忌法要 ご案内状（14件）差込データ",
    charset="cp932",
    body=f"""錦印刷 制作部 御中

いつもお世話になっております。日の出産業の小野寺です。
浄願寺様から、来年に年忌を迎えるご家庭へのご案内状の差込データが届きました。
文面の「○○様 □回忌」の部分に差し込んでください。

{sig("onodera", 0)}
""",
    attachments=[{
        "kind": "xlsx", "name": "nenki_annai_2025.xlsx",
        "sheets": {"差込": [["浄願寺 令和7年 年忌法要 ご案内状 差込データ"],
                            ["法名", "故人 俗名", "命日", "回忌", "施主", "郵便番号", "施主住所"]] + [
            [k, f"{p['sei']} {rng.choice(['勇', 'ツル', '正雄', 'ヨシ', '辰男', 'ハナ'])}",
             f"{rng.choice(['平成', '令和'])}{rng.randint(1, 30)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
             rng.choice(["一周忌", "三回忌", "七回忌", "十三回忌", "十七回忌", "二十三回忌", "三十三回忌"]),
             p["name"], p["zip"], p["addr"]] for k, p in zip(_kaimyo, _d098)]},
    }],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="施主14名の氏名・住所（過去帳の抜粋つき）のXLSXを社外の印刷会社へ",
)

# 099 — 警備会社へ 例大祭の露店出店業者の一覧（事業者の代表番号）テキスト＋HTML
_stalls = [("（株）浜屋商事", "たこ焼き・焼きそば", "048-822-3310"), ("有限会社 丸金", "綿菓子・くじ", "048-861-2045"),
           ("関東露店協同組合 第3支部", "金魚すくい・射的", "03-3891-6627"), ("（株）ひので食品", "焼き鳥・フランクフルト", "048-833-7719"),
           ("甘味処 松風堂", "かき氷・今川焼", "049-222-0381"), ("さいたま縁日企画（株）", "ヨーヨー釣り", "048-711-5590")]
add(
    expect="pass",
    sender=frm("miyashita"),
    to=["セキュア警備保障 山内様 <yamauchi@secure-keibi.co.jp>"],
    subject="例大祭 露店出店業者一覧と配置図",
    charset="utf-8",
    body="山内様\n\n宮下です。例大祭の露店出店業者の一覧です（各社の事務所代表番号）。\n\n" + "\n".join(
        f"{i + 1}. {n}／{k}／{t}" for i, (n, k, t) in enumerate(_stalls)) +
        "\n\n火気使用は1・4番のみです。消火器の位置は配置図をご覧ください。\n\n宮下\n",
    html="<p>山内様</p><p>宮下です。例大祭の露店出店業者の一覧です（各社の事務所代表番号）。</p><table border='1'>"
         "<tr><th>No</th><th>業者名</th><th>品目</th><th>代表電話</th></tr>" + "".join(
             f"<tr><td>{i + 1}</td><td>{n}</td><td>{k}</td><td>{t}</td></tr>" for i, (n, k, t) in enumerate(_stalls)) +
         "</table><p>火気使用は1・4番のみです。消火器の位置は配置図をご覧ください。</p><p>宮下</p>",
    attachments=[{"kind": "pdf", "name": "roten_haichizu.pdf",
                  "lines": ["例大祭 露店配置図", "参道東側：1〜3番　参道西側：4〜6番", "消火器：各ブロック端に1本"]}],
    entities=[],
    detectors=[],
    note="出店事業者の社名と代表電話の一覧。個人の名簿ではない",
)

# 100 — 保険会社へ 氏子総代会の役員6名（全角数字・和暦の生年月日・電話）
_d100 = people(6)
add(
    expect="stop",
    sender=frm("miyashita"),
    to=["ときわ損保 代理店営業課 <dairiten@tokiwa-sonpo.co.jp>"],
    subject="氏子総代会 役員賠償責任保険 被保険者の届出",
    charset="iso-2022-jp",
    body=f"""ときわ損害保険株式会社
代理店営業課 ご担当者様

いつもお世話になっております。日の出産業 催事課の宮下です。
日枝台八幡宮 氏子総代会の役員が改選されましたので、被保険者の変更をお届けします。

""" + "\n".join(
        f"{r}　{p['name']}　生年月日：{wareki(p['y'], p['m'], p['d'], 3 if i % 2 else 2)}　電話：{zen(p['mob'] if i % 2 else p['tel'])}"
        for i, (r, p) in enumerate(zip(["総代長", "副総代長", "副総代長", "会計", "会計監査", "書記"], _d100))) + f"""

保険期間は４月１日からでお願いいたします。

{sig("miyashita", 0)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="役員6名の氏名・生年月日（全角・和暦）・電話を社外の保険会社へ",
)
