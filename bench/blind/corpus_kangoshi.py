"""Blind corpus — area: kangoshi (看護師・介護職の人材派遣・紹介事業).

日の出産業株式会社 メディカルスタッフ事業部: registrants' licences and careers, health
checks and vaccinations, placements at hospitals and care homes, timesheets and pay,
complaints and incidents.

Every person, number, address, hospital and care home here is invented; any likeness to
a real person or facility is accidental.  My Numbers and card numbers come from the
check-digit helpers of build.py.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

SEED = 15401
rng = random.Random(SEED)
_counter = [SEED]


def _next_n() -> int:
    n = _counter[0]
    _counter[0] += 1
    return n


def mynum() -> str:
    return my_number(_next_n())


def card() -> str:
    return card_number(_next_n())


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def new_corp_number() -> str:
    return corp_number("".join(str(rng.randrange(10)) for _ in range(12)))


# -- people -----------------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
    ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"),
    ("中川", "ナカガワ", "Nakagawa"), ("東海林", "ショウジ", "Shoji"), ("五百旗頭", "イオキベ", "Iokibe"),
    ("百目鬼", "ドウメキ", "Domeki"), ("小鳥遊", "タカナシ", "Takanashi"), ("十文字", "ジュウモンジ", "Jumonji"),
    ("鬼頭", "キトウ", "Kito"), ("我如古", "ガネコ", "Ganeko"), ("比嘉", "ヒガ", "Higa"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("金城", "キンジョウ", "Kinjo"), ("一ノ瀬", "イチノセ", "Ichinose"),
    ("宇佐美", "ウサミ", "Usami"), ("小野寺", "オノデラ", "Onodera"), ("千葉", "チバ", "Chiba"),
    ("菅原", "スガワラ", "Sugawara"), ("今泉", "イマイズミ", "Imaizumi"), ("神田", "カンダ", "Kanda"),
    ("日比野", "ヒビノ", "Hibino"), ("若林", "ワカバヤシ", "Wakabayashi"), ("安達", "アダチ", "Adachi"),
]
GIVEN_F = [
    ("美咲", "ミサキ", "Misaki"), ("由美", "ユミ", "Yumi"), ("恵", "メグミ", "Megumi"),
    ("裕子", "ユウコ", "Yuko"), ("直美", "ナオミ", "Naomi"), ("智子", "トモコ", "Tomoko"),
    ("愛", "アイ", "Ai"), ("彩", "アヤ", "Aya"), ("真由美", "マユミ", "Mayumi"),
    ("明美", "アケミ", "Akemi"), ("千尋", "チヒロ", "Chihiro"), ("遥", "ハルカ", "Haruka"),
    ("沙織", "サオリ", "Saori"), ("舞", "マイ", "Mai"), ("香織", "カオリ", "Kaori"),
    ("陽子", "ヨウコ", "Yoko"), ("久美子", "クミコ", "Kumiko"), ("奈々", "ナナ", "Nana"),
    ("瞳", "ヒトミ", "Hitomi"), ("結衣", "ユイ", "Yui"), ("美穂", "ミホ", "Miho"),
    ("紀子", "ノリコ", "Noriko"), ("加奈子", "カナコ", "Kanako"), ("理恵", "リエ", "Rie"),
    ("里美", "サトミ", "Satomi"), ("早苗", "サナエ", "Sanae"), ("律子", "リツコ", "Ritsuko"),
    ("葵", "アオイ", "Aoi"), ("芽衣", "メイ", "Mei"), ("静香", "シズカ", "Shizuka"),
]
GIVEN_M = [
    ("浩二", "コウジ", "Koji"), ("健太", "ケンタ", "Kenta"), ("大輔", "ダイスケ", "Daisuke"),
    ("翔", "ショウ", "Sho"), ("隆", "タカシ", "Takashi"), ("誠", "マコト", "Makoto"),
    ("和也", "カズヤ", "Kazuya"), ("亮", "リョウ", "Ryo"), ("悠真", "ユウマ", "Yuma"),
    ("拓海", "タクミ", "Takumi"), ("達也", "タツヤ", "Tatsuya"), ("修", "オサム", "Osamu"),
]
PLACES = [
    ("東京都", "世田谷区", "桜新町", "154-0015"), ("神奈川県", "横浜市港北区", "日吉本町", "223-0062"),
    ("埼玉県", "さいたま市浦和区", "高砂", "330-0063"), ("千葉県", "船橋市", "本町", "273-0005"),
    ("東京都", "練馬区", "石神井町", "177-0041"), ("神奈川県", "川崎市中原区", "小杉町", "211-0063"),
    ("東京都", "足立区", "梅島", "121-0816"), ("東京都", "八王子市", "南大沢", "192-0364"),
    ("埼玉県", "川口市", "芝新町", "333-0851"), ("千葉県", "松戸市", "常盤平", "270-2261"),
    ("東京都", "江戸川区", "西葛西", "134-0088"), ("神奈川県", "相模原市南区", "相模大野", "252-0303"),
    ("東京都", "杉並区", "阿佐谷南", "166-0004"), ("埼玉県", "所沢市", "東町", "359-1124"),
    ("千葉県", "市川市", "八幡", "272-0021"), ("東京都", "大田区", "蒲田", "144-0052"),
    ("神奈川県", "藤沢市", "鵠沼海岸", "251-0037"), ("東京都", "町田市", "原町田", "194-0013"),
    ("東京都", "北区", "赤羽西", "115-0055"), ("埼玉県", "越谷市", "南越谷", "343-0845"),
]
STATIONS = ["田園都市線 桜新町", "東横線 日吉", "京浜東北線 浦和", "総武線 船橋", "西武池袋線 石神井公園",
            "南武線 武蔵小杉", "東武スカイツリーライン 梅島", "京王相模原線 南大沢", "京浜東北線 川口",
            "新京成線 常盤平", "東西線 西葛西", "小田急線 相模大野", "中央線 阿佐ケ谷", "西武新宿線 所沢",
            "総武線 本八幡", "京浜東北線 蒲田", "小田急江ノ島線 鵠沼海岸", "横浜線 町田", "埼京線 北赤羽",
            "武蔵野線 南越谷"]
BANKS = [("みどり銀行", "0591"), ("ひので信用金庫", "1387"), ("東都銀行", "0632"),
         ("武蔵野中央銀行", "0544"), ("湘南しおさい信用金庫", "1296"), ("房総ひまわり銀行", "0617")]
BRANCHES = [("本店営業部", "001"), ("浦和支店", "112"), ("船橋支店", "205"), ("新宿支店", "310"),
            ("横浜駅前支店", "418"), ("町田支店", "226"), ("川口支店", "137"), ("蒲田支店", "351"),
            ("所沢支店", "144"), ("藤沢支店", "429")]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
_used_names: set[str] = set()


def _dob(lo: int = 1966, hi: int = 2002) -> _dt.date:
    while True:
        d = _dt.date(rng.randrange(lo, hi + 1), rng.randrange(1, 13), rng.randrange(1, 29))
        if not (_dt.date(1989, 1, 1) <= d <= _dt.date(1989, 1, 10)):
            return d


def person(sex: str | None = None, lo: int = 1966, hi: int = 2002) -> dict:
    sex = sex or ("F" if rng.random() < 0.8 else "M")
    while True:
        s = rng.choice(SURNAMES)
        g = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
        if s[0] + g[0] not in _used_names:
            _used_names.add(s[0] + g[0])
            break
    k = rng.randrange(len(PLACES))
    pref, city, town, zipc = PLACES[k]
    dob = _dob(lo, hi)
    age = 2026 - dob.year - ((dob.month, dob.day) > (9, 20))
    bank, bcode = rng.choice(BANKS)
    branch, brcode = rng.choice(BRANCHES)
    bldg = rng.choice(["", "", f" コーポ{rng.choice(['さくら', '若葉', '緑風', 'ひまわり'])} {rng.randrange(1, 4)}0{rng.randrange(1, 9)}",
                       f" {rng.choice(['グランレジデンス', 'メゾン', 'パークハイツ', 'サンライズ'])}{rng.choice(['桜', '東', '南'])} {rng.randrange(2, 9)}0{rng.randrange(1, 6)}号室"])
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name_nosp": s[0] + g[0],
        "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2].upper()}",
        "sex": sex, "dob": dob, "age": age,
        "phone": f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}",
        "email": f"{g[2].lower()}{rng.choice(['.', '_', '', '-'])}{s[2].lower()}{rng.randrange(1, 99)}@{rng.choice(FREEMAIL)}",
        "zip": zipc, "pref": pref, "city": city,
        "addr": f"{pref}{city}{town}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}{bldg}",
        "station": STATIONS[k],
        "bank": bank, "bank_code": bcode, "branch": branch, "branch_code": brcode,
        "account": f"{rng.randrange(1000000, 9999999)}",
        "license": f"{rng.randrange(1100000, 1999999)}",
        "exp": rng.randrange(1, max(2, min(age - 21, 30))),
    }


def people(k: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(k)]


FOREIGN = [
    ("NGUYEN THI LAN", "ベトナム", "C"), ("TRAN VAN HUNG", "ベトナム", "C"), ("PHAM THI MAI", "ベトナム", "C"),
    ("LE THI HOA", "ベトナム", "C"), ("VO THANH TAM", "ベトナム", "C"), ("DO THI THU TRANG", "ベトナム", "C"),
    ("SANTOS MARIA CRISTINA", "フィリピン", "P"), ("REYES JOHN PAUL", "フィリピン", "P"),
    ("DELA CRUZ ANGELICA", "フィリピン", "P"), ("GARCIA MARK ANTHONY", "フィリピン", "P"),
    ("SITI NURHALIZA", "インドネシア", "B"), ("DEWI LESTARI", "インドネシア", "B"),
    ("AHMAD FAUZI", "インドネシア", "B"), ("NUR AINI", "インドネシア", "B"),
    ("GURUNG SITA", "ネパール", "PA"), ("THIN THIN AYE", "ミャンマー", "MD"),
    ("RAI BIKASH", "ネパール", "PA"), ("AUNG MYO THANT", "ミャンマー", "MD"),
]
_foreign_pool = list(FOREIGN)
rng.shuffle(_foreign_pool)


def foreigner() -> dict:
    name, nat, pp = _foreign_pool.pop()
    dob = _dob(1990, 2003)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    rc = (rng.choice(L) + rng.choice(L) + f"{rng.randrange(10**7, 10**8)}" + rng.choice(L) + rng.choice(L))
    return {"name": name, "nat": nat, "dob": dob, "residence_card": rc,
            "passport": f"{pp}{rng.randrange(10**6, 10**7)}{'A' if pp == 'P' else ''}",
            "expiry": _dt.date(rng.choice([2027, 2028]), rng.randrange(1, 13), rng.randrange(1, 29)),
            "phone": f"{rng.choice(['080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"}


# -- formatting -------------------------------------------------------------------------

_FW = str.maketrans("0123456789-.:/()", "０１２３４５６７８９－．：／（）")


def fw(s: str) -> str:
    return str(s).translate(_FW)


def wareki(d: _dt.date, style: str = "long") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return f"{era}{fw(str(y))}年{fw(str(d.month))}月{fw(str(d.day))}日"
    if style == "fwshort":
        return fw(f"{short}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ")
    return f"{era}{y}年{d.month}月{d.day}日"


def ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def columns(rows: list[list], gap: int = 2, indent: str = "") -> str:
    """Plain-text columns padded with ASCII spaces, a dashed rule under the header."""
    widths = [max(_w(str(r[i])) for r in rows) + gap for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append(indent + "".join(str(c) + " " * (w - _w(str(c))) for c, w in zip(r, widths)).rstrip())
        if k == 0:
            out.append(indent + "-" * (sum(widths) - gap))
    return "\n".join(out)


def fw_columns(rows: list[list]) -> str:
    """Columns padded with full-width spaces (as typed in a Japanese IME)."""
    widths = [max(len(str(r[i])) for r in rows) + 1 for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append("".join(str(c) + "　" * (w - len(str(c))) for c, w in zip(r, widths)).rstrip("　"))
    return "\n".join(out)


def tsv(rows: list[list]) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


# -- senders, signatures, disclaimers --------------------------------------------------

D = "hinode-sangyo.co.jp"
ISHII = f"石井 真理子 <ishii.mariko@{D}>"
OMORI = f"大森 健一 <omori.kenichi@{D}>"
NOGUCHI = f"野口 さやか <noguchi.sayaka@{D}>"
KUWABARA = f"桑原 徹 <kuwabara.toru@{D}>"
MIYAWAKI = f"宮脇 由香 <miyawaki.yuka@{D}>"
SHIBATA = f"柴田 聡 <shibata.satoshi@{D}>"
ARAI = f"Kenji Arai <arai.kenji@{D}>"
MIKAMI = f"三上 恵理 <mikami.eri@{D}>"
ONODERA = f"小野寺 隆 <onodera.takashi@{D}>"
HAYASE = f"早瀬 実 <hayase.minoru@{D}>"

ADDR = "〒105-0012 東京都港区芝大門2-5-8 日の出産業ビル6F"


def sig(name: str, kana: str, title: str, mail: str, style: int = 0, mobile: str = "") -> str:
    if style == 0:
        return (f"\n──────────────────────────\n日の出産業株式会社\nメディカルスタッフ事業部 {title}\n"
                f"{name}（{kana}）\n{ADDR}\nTEL 03-5432-7781（代表）／FAX 03-5432-7790\n"
                + (f"携帯 {mobile}\n" if mobile else "") + f"Mail: {mail}\n──────────────────────────")
    if style == 1:
        return (f"\n--\n{name}\n日の出産業株式会社 メディカルスタッフ事業部\n{title}\n"
                f"TEL: 03-5432-7781  FAX: 03-5432-7790\n{mail}\nhttps://www.{D}/medical/")
    if style == 2:
        return (f"\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n　日の出産業株式会社\n　メディカルスタッフ事業部　{title}\n"
                f"　{name}\n　{ADDR}\n　ＴＥＬ：03-5432-7781　ＦＡＸ：03-5432-7790\n"
                + (f"　携帯：{mobile}\n" if mobile else "") + f"　E-mail：{mail}\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊")
    return (f"\n=====================================\n{name} / {kana}\n{title}\n"
            f"Hinode Sangyo Co., Ltd. Medical Staff Division\n2-5-8 Shiba-Daimon, Minato-ku, Tokyo 105-0012\n"
            f"Tel +81-3-5432-7781  {mail}\n=====================================")


SIG_ISHII = sig("石井 真理子", "いしい まりこ", "看護師紹介グループ コーディネーター", f"ishii.mariko@{D}", 0, "080-4417-2956")
SIG_OMORI = sig("大森 健一", "おおもり けんいち", "営業第二課 課長代理", f"omori.kenichi@{D}", 2, "090-3318-6620")
SIG_NOGUCHI = sig("野口 さやか", "のぐち さやか", "登録管理課", f"noguchi.sayaka@{D}", 1)
SIG_KUWABARA = sig("桑原 徹", "くわばら とおる", "業務管理課（勤怠・給与）", f"kuwabara.toru@{D}", 0)
SIG_MIYAWAKI = sig("宮脇 由香", "みやわき ゆか", "安全衛生・健康管理担当（保健師）", f"miyawaki.yuka@{D}", 1)
SIG_SHIBATA = sig("柴田 聡", "しばた さとし", "事業部長", f"shibata.satoshi@{D}", 2)
SIG_ARAI = sig("Kenji Arai", "新井 健二", "International Recruitment Manager", f"arai.kenji@{D}", 3)
SIG_MIKAMI = sig("三上 恵理", "みかみ えり", "品質管理室（苦情・事故対応）", f"mikami.eri@{D}", 0)
SIG_HAYASE = sig("早瀬 実", "はやせ みのる", "介護人材グループ コーディネーター", f"hayase.minoru@{D}", 1)

DISC_JA = ("\n\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。"
           "本メールの無断転載・複製・転送は固くお断りいたします。")
DISC_EN = ("\n\nThis e-mail and any attachments may contain confidential information intended solely "
           "for the addressee. If you have received it in error, please notify the sender and delete it. "
           "Any unauthorised use or disclosure is prohibited.")

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001 — five candidates in padded columns, 和暦 DOB, to a hospital
_c = people(5, sex="F", lo=1972, hi=1998)
_wards = ["急性期内科", "整形外科", "ICU/HCU", "回復期リハ", "外来"]
_rows = [["No", "氏名", "年齢", "生年月日", "経験", "希望", "携帯"]]
for i, p in enumerate(_c, 1):
    _rows.append([str(i), p["name"], f"{p['age']}歳", wareki(p["dob"]), f"{p['exp']}年",
                  _wards[i - 1], p["phone"]])
MESSAGES.append({
    "id": "kangoshi-001", "expect": "stop",
    "sender": ISHII, "to": ["港南中央病院 看護部 採用ご担当 <kango-saiyo@konan-chuo-hp.or.jp>"],
    "subject": "【ご紹介】常勤看護師 候補者5名のご案内（11月入職希望）",
    "charset": "iso-2022-jp",
    "body": f"""港南中央病院
看護部 採用ご担当 各位

いつも大変お世話になっております。
日の出産業 メディカルスタッフ事業部の石井でございます。

先日ご依頼いただきました常勤看護師（正看護師）の件、
現時点でご紹介可能な候補者を下記のとおりまとめました。

{columns(_rows)}

いずれも11月1日以降の入職が可能です。
面接をご希望の方がいらっしゃいましたら、候補日を2～3いただけますと幸いです。
ご本人の携帯へ直接ご連絡いただいても差し支えございません。

どうぞよろしくお願いいたします。
{SIG_ISHII}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five candidates' name, 和暦 DOB and mobile in padded columns to an external hospital",
})

# 002 — reply to a hospital, their job requirements quoted with '>'
MESSAGES.append({
    "id": "kangoshi-002", "expect": "pass",
    "sender": OMORI, "to": ["医療法人社団青葉会 みなみ台病院 人事課 <jinji@minamidai-hp.jp>"],
    "subject": "Re: 求人票送付の件（病棟看護師・夜勤専従）",
    "charset": "iso-2022-jp",
    "body": f"""みなみ台病院 人事課
小田切様

いつもお世話になっております。日の出産業の大森です。
求人票2件、確かに受領いたしました。ありがとうございます。

夜勤専従については月8回以上可能な方を中心に、今週中に
登録者へ打診を始めます。進捗は来週金曜までに一度ご報告いたします。

引き続きよろしくお願いいたします。
{SIG_OMORI}

> 日の出産業株式会社
> 大森様
>
> お世話になっております。みなみ台病院 人事課の小田切です。
> 下記2件の求人票を添付にてお送りします。
>
> ・病棟看護師（常勤）　2名　4階東病棟（内科・消化器）
> ・夜勤専従看護師　　　1名　月8～10回、16:30～翌9:00
>
> 給与条件は前回と同様です。不明点はご連絡ください。
> 人事課　小田切 由紀子
> TEL 042-718-5521（内線 214）
""",
    "entities": [], "detectors": [],
    "note": "ordinary reply; the hospital's own requirements and contact are quoted with '>'",
})

# 003 — payroll CSV (cp932) with bank accounts to the payroll vendor (partner)
_s = people(15)
_rows = [["スタッフNo", "氏名", "フリガナ", "勤務日数", "日勤", "夜勤", "総労働時間", "時給",
          "交通費", "銀行名", "支店名", "種別", "口座番号"]]
for i, p in enumerate(_s):
    d = rng.randrange(8, 21)
    n = rng.randrange(0, 6)
    _rows.append([f"HS{26000 + rng.randrange(100, 999)}", p["name"], p["kana"], d, d - n, n,
                  f"{(d - n) * 8 + n * 16}:00", rng.choice([1850, 2000, 2100, 2250, 1400, 1500]),
                  rng.randrange(3, 22) * 1000, p["bank"], p["branch"], "普通", p["account"]])
MESSAGES.append({
    "id": "kangoshi-003", "expect": "stop",
    "sender": KUWABARA, "to": ["ツバサシステム 給与計算センター <payroll-center@tsubasa-system.jp>"],
    "cc": [f"業務管理課 <gyomu-kanri@{D}>"],
    "subject": "9月度 派遣スタッフ勤怠・給与計算データのご送付",
    "charset": "cp932",
    "body": f"""ツバサシステム株式会社
給与計算センター ご担当者様

いつもお世話になっております。日の出産業 業務管理課の桑原です。

9月度（9/1～9/30）の派遣スタッフ分の勤怠確定データを添付いたします。
振込指定日は10月23日（金）でお願いいたします。
夜勤手当は従来どおり1回あたり8,000円の定額で計算をお願いします。

ご確認のほどよろしくお願いいたします。
{SIG_KUWABARA}""",
    "attachments": [{"kind": "csv", "name": "202609_kintai_haken.csv", "encoding": "cp932", "rows": _rows}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "15 staff rows with names and bank accounts in a CP932 CSV to the payroll vendor",
})

# 004 — one nurse's HBs antigen result in a sentence, to the hospital
_p = person(sex="F")
MESSAGES.append({
    "id": "kangoshi-004", "expect": "stop",
    "sender": MIYAWAKI, "to": ["城東リハビリテーション病院 感染対策室 <ict@joto-reha.or.jp>"],
    "subject": "派遣予定者の健康状態についてご相談",
    "charset": "utf-8",
    "body": f"""城東リハビリテーション病院
感染対策室 ご担当者様

お世話になっております。日の出産業 健康管理担当の宮脇です。

10月5日から3病棟へ派遣予定の看護師 {_p['name']} さんですが、当社の雇入時健診で
HBs抗原が陽性と判定されました。ご本人は無症状で、かかりつけ医からは
「標準予防策の遵守で就業制限は不要」との意見書をいただいております。

貴院の職員感染対策の規程上、受入れに支障がないかご確認いただけますでしょうか。
意見書の写しが必要でしたらお知らせください。
{SIG_MIYAWAKI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named nurse's health check result (HBs antigen positive) in a sentence to a hospital",
})

# 005 — internal: registrant master XLSX with My Numbers to HR (all internal)
_s = people(8)
_rows = [["登録者台帳（2026年9月末）"], [],
         ["登録No", "氏名", "フリガナ", "生年月日", "住所", "電話", "個人番号", "振込先"]]
for i, p in enumerate(_s):
    _rows.append([f"R-{40100 + i * 7}", p["name"], p["kana"], ymd(p["dob"]), p["addr"], p["phone"],
                  mynum(), f"{p['bank']} {p['branch']} 普通 {p['account']}"])
MESSAGES.append({
    "id": "kangoshi-005", "expect": "pass",
    "sender": NOGUCHI, "to": [f"人事総務部 <jinji-soumu@{D}>"], "cc": [KUWABARA],
    "subject": "【社内】登録者台帳 9月末更新分",
    "charset": "utf-8",
    "body": f"""人事総務部 各位

登録管理課の野口です。9月末時点の登録者台帳（新規8名分）を添付します。
個人番号を含みますので、閲覧後は所定の共有フォルダへ格納のうえ
メール添付は削除をお願いします。
{SIG_NOGUCHI}""",
    "attachments": [{"kind": "xlsx", "name": "登録者台帳_202609_新規.xlsx", "sheets": {"新規登録": _rows}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "all recipients internal: a registrant list with My Numbers may go",
})

# 006 — three hospitals visible in To
MESSAGES.append({
    "id": "kangoshi-006", "expect": "stop",
    "sender": OMORI,
    "to": ["さいたま北総合医療センター 看護部 <kangobu@saitama-kita-mc.jp>",
           "東和大学病院 看護部 人材開発室 <nurse-hr@towa-u.ac.jp>",
           "城東リハビリテーション病院 人事課 <jinji@joto-reha.or.jp>"],
    "subject": "「看護職 合同就職相談会 2026秋」出展のご案内",
    "charset": "iso-2022-jp",
    "body": f"""各病院 看護部・人事ご担当者様

平素より大変お世話になっております。日の出産業の大森でございます。

本年も下記のとおり合同就職相談会を開催いたします。
出展をご検討いただけますと幸いです。

　日時：2026年11月14日（土）13:00～17:00
　会場：さいたまスーパーアリーナ けやきひろば 1F 展示ホール
　出展料：1ブース 55,000円（税込）
　申込締切：10月16日（金）

ご不明点は大森までお気軽にお問い合わせください。
{SIG_OMORI}""",
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external hospitals can see each other in To; should have been Bcc",
})

# 007 — look-alike of the own domain (letters swapped)
MESSAGES.append({
    "id": "kangoshi-007", "expect": "stop",
    "sender": KUWABARA, "to": ["経理部 村井 <murai.kazuhiro@hinode-sanygo.co.jp>"],
    "subject": "9月度 派遣売上の締めについて",
    "charset": "iso-2022-jp",
    "body": f"""経理部 村井さん

お疲れさまです。業務管理課の桑原です。
9月度の派遣売上、施設別の確定額は以下のとおりです。

　港南中央病院　　　　　　4,812,300円
　みなみ台病院　　　　　　2,960,400円
　ひだまりの里（特養）　　1,733,250円
　ことぶきの杜　　　　　　1,208,900円

請求書は10月2日に発行予定です。差異があればご連絡ください。
{SIG_KUWABARA}""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "recipient domain hinode-sanygo.co.jp is a swapped-letter look-alike of the own domain",
})

# 008 — antibody titres XLSX (title row, two sheets) for 8 nurses, to a hospital ICT
_s = people(8, sex="F")
_ab = [["派遣看護師 抗体価検査結果一覧（2026年9月現在）"], ["日の出産業株式会社 メディカルスタッフ事業部"], [],
       ["No", "氏名", "生年月日", "麻疹(EIA)", "風疹(HI)", "水痘(EIA)", "ムンプス(EIA)", "HBs抗体(mIU/mL)", "判定"]]
_vx = [["氏名", "ワクチン", "接種日", "ロット"]]
for i, p in enumerate(_s, 1):
    hbs = rng.choice([3.2, 8.7, 12.5, 56.0, 140.3, 512.0, 1000.0])
    mea = rng.choice([1.8, 4.1, 12.6, 16.2, 22.0])
    _ab.append([i, p["name"], ymd(p["dob"]), mea, rng.choice(["8倍", "16倍", "32倍", "64倍"]),
                rng.choice([2.3, 4.4, 8.0, 12.5]), rng.choice([1.2, 3.8, 5.5, 9.1]), hbs,
                "要追加接種" if hbs < 10 or mea < 4 else "基準充足"])
    if hbs < 10:
        _vx.append([p["name"], "B型肝炎（ビームゲン）", ymd(_dt.date(2026, rng.randrange(6, 10), rng.randrange(1, 28))), "HB" + str(rng.randrange(100, 999))])
    _vx.append([p["name"], "インフルエンザHA", "2025/10/" + str(rng.randrange(10, 30)), "FL" + str(rng.randrange(100, 999))])
MESSAGES.append({
    "id": "kangoshi-008", "expect": "stop",
    "sender": MIYAWAKI, "to": ["東和大学病院 感染制御部 <icd-office@towa-u.ac.jp>"],
    "subject": "派遣看護師 抗体価・ワクチン接種状況のご提出",
    "charset": "utf-8",
    "body": f"""東和大学病院 感染制御部 御中

お世話になっております。日の出産業の宮脇です。
10月から貴院へ派遣予定の看護師8名分について、抗体価とワクチン接種状況を
ご指定の様式に沿ってまとめましたので添付いたします。

基準未達の2名は追加接種を予約済みで、接種後に改めてご報告いたします。
{SIG_MIYAWAKI}""",
    "attachments": [{"kind": "xlsx", "name": "抗体価一覧_日の出産業_202609.xlsx",
                     "sheets": {"抗体価": _ab, "ワクチン接種歴": _vx}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "antibody titre results of 8 named nurses (health check results) in an XLSX to a hospital",
})

# 009 — price list in padded columns
_rows = [["職種", "時間帯", "請求単価（税抜）", "備考"],
         ["介護福祉士", "日勤 9:00-18:00", "2,950円/時", "実働8h"],
         ["介護福祉士", "夜勤 16:30-翌9:30", "38,000円/回", "仮眠2h含む"],
         ["初任者研修修了", "日勤", "2,450円/時", ""],
         ["初任者研修修了", "早番・遅番", "2,550円/時", "早7:00 / 遅11:00"],
         ["看護師（正）", "日勤", "3,900円/時", "施設看護"],
         ["准看護師", "日勤", "3,500円/時", ""]]
MESSAGES.append({
    "id": "kangoshi-009", "expect": "pass",
    "sender": HAYASE, "to": ["有料老人ホーム ことぶきの杜 事務長 <jimucho@kotobuki-mori.co.jp>"],
    "subject": "2026年度下期 介護職派遣 料金表のご送付",
    "charset": "cp932",
    "body": f"""ことぶきの杜
事務長 堀内様

いつもお世話になっております。日の出産業の早瀬です。
先日お打合せの際にご依頼いただいた下期の料金表をお送りします。

{columns(_rows, gap=3)}

※交通費は実費（上限 1日1,500円）を別途ご請求いたします。
※年末年始（12/29～1/3）は上記単価の125％となります。

ご不明な点がございましたらお申し付けください。
{SIG_HAYASE}""",
    "entities": [], "detectors": [],
    "note": "a price list by job type: business data, no people",
})

# 010 — one foreign caregiver's residence card number, to a group home
_f = foreigner()
MESSAGES.append({
    "id": "kangoshi-010", "expect": "stop",
    "sender": HAYASE, "to": ["グループホームあおぞら 管理者 <kanri@aozora-gh.com>"],
    "subject": "特定技能スタッフ 受入れ書類（在留カード情報）",
    "charset": "utf-8",
    "body": f"""グループホームあおぞら
管理者 戸倉様

お世話になっております。日の出産業の早瀬です。
来月から勤務開始となる特定技能スタッフについて、届出書類作成に必要な
在留カード記載事項をお送りします。

　氏名　　　　：{_f['name']}
　国籍・地域　：{_f['nat']}
　生年月日　　：{_f['dob'].year}年{_f['dob'].month}月{_f['dob'].day}日
　在留カード番号：{_f['residence_card']}
　在留資格　　：特定技能1号（介護）
　在留期間満了日：{_f['expiry'].year}年{_f['expiry'].month}月{_f['expiry'].day}日

原本は初日にご本人が持参いたします。
{SIG_HAYASE}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a caregiver's residence card number (identity document) to a group home",
})

# 011 — one nurse's start-day contact (one person): may be warned
_p = person(sex="F")
MESSAGES.append({
    "id": "kangoshi-011", "expect": "pass",
    "sender": ISHII, "to": ["みなみ台病院 看護部 教育担当 <kango-kyoiku@minamidai-hp.jp>"],
    "subject": "11/1入職 看護師の初日ご案内について",
    "charset": "iso-2022-jp",
    "body": f"""みなみ台病院 看護部
教育担当 須藤様

お世話になっております。日の出産業の石井です。
11月1日入職予定の件、初日のご案内ありがとうございました。ご本人にも転送済みです。

当日の集合に遅れる等の連絡が必要な場合に備え、ご本人の連絡先をお伝えします。
　氏名：{_p['name']}（{_p['kana']}）
　携帯：{_p['phone']}

引き続きどうぞよろしくお願いいたします。
{SIG_ISHII}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one placed nurse's name and mobile to the hospital: a single person's contact",
})

# 012 — PPAP: password-protected ZIP of CVs
_c = people(3, sex="F")
MESSAGES.append({
    "id": "kangoshi-012", "expect": "stop",
    "sender": ISHII, "to": ["さいたま北総合医療センター 人事課 <jinji@saitama-kita-mc.jp>"],
    "subject": "推薦書類一式のご送付（パスワード別送）",
    "charset": "iso-2022-jp",
    "body": f"""さいたま北総合医療センター
人事課 ご担当者様

お世話になっております。日の出産業の石井です。
ご依頼の候補者3名分の推薦状・履歴書・職務経歴書をZIPにまとめてお送りします。
解凍用パスワードは別メールにてお送りいたします。
{SIG_ISHII}""",
    "attachments": [{"kind": "zip", "name": "推薦書類_20260924.zip", "password": "Hn2609#kS",
                     "files": [{"kind": "docx", "name": f"履歴書_{p['sei']}.docx",
                                "paragraphs": ["履歴書", f"氏名 {p['name']}", f"生年月日 {ymd(p['dob'])}",
                                               f"住所 {p['addr']}", f"電話 {p['phone']}"]} for p in _c]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) cannot be inspected",
})

# 013 — NDA talk with an NDA draft (no marking)
MESSAGES.append({
    "id": "kangoshi-013", "expect": "pass",
    "sender": SHIBATA, "to": ["港南中央病院 総務課 契約担当 <somu-keiyaku@konan-chuo-hp.or.jp>"],
    "subject": "秘密保持契約書（案）のご確認のお願い",
    "charset": "iso-2022-jp",
    "body": f"""港南中央病院 総務課
契約ご担当 様

いつもお世話になっております。日の出産業の柴田でございます。

来年度からの紹介予定派遣の開始に先立ち、秘密保持契約（NDA）を締結させて
いただきたく、弊社ひな形をお送りいたします。
患者情報の取扱いに関する条項（第4条）は、貴院の個人情報保護規程に合わせて
修正いただいて構いません。

ご確認のうえ、修正案があれば10月末までにご返送いただけますと幸いです。
{SIG_SHIBATA}""",
    "attachments": [{"kind": "docx", "name": "秘密保持契約書_案_日の出産業.docx", "title": "秘密保持契約書（案）",
                     "paragraphs": ["秘密保持契約書（案）",
                                    "港南中央病院（以下「甲」という）と日の出産業株式会社（以下「乙」という）は、"
                                    "看護職員の紹介予定派遣に関し、以下のとおり秘密保持契約を締結する。",
                                    "第1条（秘密情報）本契約において秘密情報とは、開示の方法を問わず、相手方から開示された"
                                    "技術上・営業上の情報及び患者に関する一切の情報をいう。",
                                    "第2条（秘密保持義務）甲及び乙は、秘密情報を第三者に開示又は漏えいしてはならない。",
                                    "第3条（目的外使用の禁止）乙は、秘密情報を本件業務の遂行以外の目的に使用しない。",
                                    "第4条（患者情報）乙及び乙の派遣労働者は、業務上知り得た患者情報を在職中及び退職後も漏らさない。",
                                    "第5条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    "entities": [], "detectors": [],
    "note": "mail about an NDA with an NDA draft; 秘密/機密 words are the subject matter, not a marking",
})

# 014 — 【社外秘】 stamp on the mail, sent to a care home
MESSAGES.append({
    "id": "kangoshi-014", "expect": "stop",
    "sender": HAYASE, "to": ["社会福祉法人ひだまり会 法人本部 <honbu@hidamari-kai.or.jp>"],
    "subject": "【社外秘】紹介手数料体系の改定について（2027年1月～）",
    "charset": "iso-2022-jp",
    "body": f"""━━━━━━━━━━━━━━━━━━━━
　社外秘　／　取扱い：メディカルスタッフ事業部内限り
━━━━━━━━━━━━━━━━━━━━

1. 改定の趣旨
　介護職の有料職業紹介について、競合他社の料率上昇を踏まえ、
　2027年1月紹介分より下記のとおり改定する。

2. 新料率（理論年収に対する割合）
　介護福祉士　　　　　20％ → 25％
　初任者研修修了　　　18％ → 22％
　ケアマネジャー　　　25％ → 30％

3. 大口取引先の例外
　ひだまり会・ことぶきの杜は据置き（最低料率20％）とし、
　交渉で25％まで引上げを目指す。値引き上限は3ポイント。

以上
{SIG_HAYASE}""",
    "entities": [], "detectors": ["confidential_marking"],
    "note": "an internal document stamped 社外秘 sent to a client care home",
})

# 015 — HTML-only table of six nurses with mobile and e-mail, to a clinic
_s = people(6, sex="F")
_tr = "\n".join(
    f"<tr><td>{p['name']}</td><td>{rng.choice(['看護師', '看護師', '准看護師'])}</td><td>{p['exp']}年</td>"
    f"<td>{p['phone']}</td><td>{p['email']}</td><td>{rng.choice(['土日', '平日午前', '水・金', '月～金', '不定期（要相談）'])}</td></tr>"
    for p in _s)
MESSAGES.append({
    "id": "kangoshi-015", "expect": "stop",
    "sender": ISHII, "to": ["月島ファミリークリニック 事務長 <jimu@tsukishima-fc.jp>"],
    "subject": "インフルエンザ予防接種 スポット勤務可能な看護師のご案内",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>月島ファミリークリニック<br>事務長 吉川様</p>
<p>いつもお世話になっております。日の出産業の石井です。<br>
10月～12月の予防接種外来でスポット勤務が可能な看護師を下記にまとめました。<br>
シフトのご希望を直接ご本人とご調整いただいて構いません。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f5"><th>氏名</th><th>資格</th><th>経験</th><th>携帯</th><th>メール</th><th>勤務可能日</th></tr>
{_tr}
</table>
<p>時給は前回と同じく 2,300円（交通費別）です。</p>
<p>--<br>日の出産業株式会社 メディカルスタッフ事業部<br>石井 真理子<br>TEL 03-5432-7781</p>
</body></html>""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of six nurses with mobile and private e-mail to a clinic",
})

# 016 — a list of client facilities (businesses), tab-separated, to the system partner
_fac = [["施設コード", "施設名", "種別", "代表電話", "所在地"],
        ["F0101", "港南中央病院", "一般病院", "045-832-1100", "神奈川県横浜市港南区上大岡西3-8-1"],
        ["F0102", "みなみ台病院", "一般病院", "042-718-5500", "東京都町田市南大谷1-22-5"],
        ["F0108", "城東リハビリテーション病院", "回復期", "03-3681-2270", "東京都江戸川区平井4-11-3"],
        ["F0113", "さいたま北総合医療センター", "急性期", "048-665-3011", "埼玉県さいたま市北区宮原町2-51-7"],
        ["F0201", "特別養護老人ホーム ひだまりの里", "特養", "0470-22-6180", "千葉県館山市北条1901-4"],
        ["F0204", "有料老人ホーム ことぶきの杜", "有料", "046-255-0391", "神奈川県大和市中央林間2-9-12"],
        ["F0207", "介護老人保健施設 すずらん", "老健", "04-2921-8844", "埼玉県所沢市小手指町3-15-2"],
        ["F0210", "グループホームあおぞら", "GH", "047-394-2177", "千葉県市川市大野町2-1188"]]
MESSAGES.append({
    "id": "kangoshi-016", "expect": "pass",
    "sender": ONODERA, "to": ["ツバサシステム 導入支援 <onboarding@tsubasa-system.jp>"],
    "subject": "勤怠クラウド 派遣先マスタ登録用データ",
    "charset": "utf-8",
    "body": f"""ツバサシステム株式会社
導入支援チーム 御中

日の出産業 情報システム課の小野寺です。
派遣先マスタの初期登録用データをタブ区切りで貼り付けます。
（施設コードは弊社の基幹システムの値をそのまま使っています）

{tsv(_fac)}

取込後、テスト環境のURLをお知らせください。

--
小野寺 隆 / 日の出産業株式会社 管理本部 情報システム課
TEL 03-5432-7785""",
    "entities": [], "detectors": [],
    "note": "a list of hospitals and care homes with switchboards and addresses: businesses, not people",
})

# 017 — My Numbers of a registrant and her spouse to a labour-and-social-security office
_p = person(sex="F", lo=1980, hi=1995)
_sp = person(sex="M", lo=1978, hi=1993)
MESSAGES.append({
    "id": "kangoshi-017", "expect": "stop",
    "sender": KUWABARA, "to": ["社会保険労務士法人ひかり 手続担当 <tetsuzuki@hikari-sr.jp>"],
    "subject": "扶養控除等申告書の個人番号記載について（登録スタッフ1名）",
    "charset": "iso-2022-jp",
    "body": f"""社会保険労務士法人ひかり
手続ご担当 様

お世話になっております。日の出産業の桑原です。
10月から長期派遣となるスタッフの扶養控除等申告書について、
個人番号欄が空欄のまま提出されていたため、本人に確認した番号をお知らせします。

　本人　　{_p['name']}（{ymd(_p['dob'], '.')}生）
　　個人番号　{mynum()}
　配偶者　{_sp['name']}（{ymd(_sp['dob'], '.')}生）
　　個人番号　{mynum()}

申告書への転記をお願いできますでしょうか。
{SIG_KUWABARA}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two My Numbers (registrant and spouse) in the body to an external office",
})

# 018 — DOCX incident report: a named resident's dementia and fall
_p = person(sex="F")
MESSAGES.append({
    "id": "kangoshi-018", "expect": "stop",
    "sender": MIKAMI, "to": ["特別養護老人ホームひだまりの里 施設長 <shisetsucho@hidamari-kai.or.jp>"],
    "subject": "事故報告書（9/18 居室内転倒）のご確認のお願い",
    "charset": "utf-8",
    "body": f"""ひだまりの里
施設長 浅野様

平素よりお世話になっております。日の出産業 品質管理室の三上でございます。

9月18日夜間に発生いたしました転倒事故につきまして、弊社派遣職員からの聞き取りを
もとに事故報告書を作成いたしましたので添付いたします。
貴施設の記録と相違がございましたらご指摘ください。

このたびはご迷惑をおかけし、誠に申し訳ございません。
{SIG_MIKAMI}""",
    "attachments": [{"kind": "docx", "name": "事故報告書_20260918_ひだまりの里.docx", "title": "事故報告書",
                     "paragraphs": ["事故報告書", "報告日：2026年9月22日　報告者：日の出産業株式会社 品質管理室 三上",
                                    "1. 事故の概要",
                                    "9月18日 2:40頃、巡回中の派遣介護職員がベッド脇の床に座り込んでいる利用者を発見した。",
                                    "2. 経過と対応",
                                    "バイタル測定後、看護職員へ報告。翌朝、協力医療機関にて左大腿骨頸部骨折と診断された。",
                                    "3. 再発防止策",
                                    "センサーマットの設置、夜間巡回を2時間毎から1時間毎へ変更。"],
                     "tables": [[["項目", "内容"],
                                 ["利用者氏名", "百目鬼 トメ 様（92歳・女性）"],
                                 ["居室", "2階 207号室"],
                                 ["要介護度", "要介護3"],
                                 ["既往歴", "アルツハイマー型認知症、骨粗鬆症、高血圧症"],
                                 ["服薬", "ドネペジル 5mg、アムロジピン 5mg"],
                                 ["発見者（派遣職員）", _p["name"]]]]}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "incident report DOCX naming a resident with her dementia diagnosis and fracture",
})

# 019 — reply under -----Original Message----- quoting the hospital's note on a nurse's illness
MESSAGES.append({
    "id": "kangoshi-019", "expect": "pass",
    "sender": ISHII, "to": ["港南中央病院 看護部 副部長 <fukubucho@konan-chuo-hp.or.jp>"],
    "subject": "RE: 6階病棟 派遣看護師の欠勤について",
    "charset": "iso-2022-jp",
    "body": f"""杉浦様

お世話になっております。日の出産業の石井です。
ご連絡ありがとうございます。承知いたしました。

代替要員は10月7日（水）から1名ご用意できる見込みです。
確定し次第、氏名と経歴をお送りいたします。
{SIG_ISHII}

-----Original Message-----
From: 杉浦 典子 <fukubucho@konan-chuo-hp.or.jp>
Sent: Tuesday, September 29, 2026 6:12 PM
To: 石井 真理子 <ishii.mariko@{D}>
Subject: 6階病棟 派遣看護師の欠勤について

石井様

6階病棟に来ていただいている長谷川 遥さんですが、本日ご本人から、
腰椎椎間板ヘルニアの手術のため1か月ほど休みたいとの申し出がありました。
代わりの方の手配をお願いできますか。

港南中央病院 看護部 副部長 杉浦""",
    "entities": [], "detectors": [],
    "note": "the health detail is only in quoted text from the recipient's own mail; new text is benign",
})

# 020 — look-alike of the payroll partner's domain (letters swapped), no personal data
MESSAGES.append({
    "id": "kangoshi-020", "expect": "stop",
    "sender": ONODERA, "to": ["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    "subject": "勤怠CSV出力項目の追加について（問い合わせ）",
    "charset": "utf-8",
    "body": """ツバサシステム サポートご担当者様

日の出産業 情報システム課の小野寺です。
勤怠クラウドのCSV出力について2点お伺いします。

1) 「夜勤回数」を独立した列として出力できますか（現在は備考欄に含まれています）。
2) 派遣先コードを8桁にゼロ埋めして出力する設定はありますか。

契約番号：TS-2024-08831
お手数ですがご回答をお願いいたします。

--
小野寺 隆
日の出産業株式会社 管理本部 情報システム課""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "tsubasa-sytem.jp is a swapped-letter look-alike of the partner tsubasa-system.jp",
})

# 021 — five registrants in blocks: katakana names, full-width phones, 和暦 DOB
_s = people(5)
_blocks = "\n\n".join(
    f"■{fw(str(i))}\n　フリガナ：{p['kana']}\n　生年月日：{wareki(p['dob'], 'fw')}\n"
    f"　携帯電話：{fw(p['phone'])}\n　資格：{rng.choice(['介護福祉士', '介護福祉士', '実務者研修修了', '初任者研修修了'])}"
    f"　夜勤：月{fw(str(rng.randrange(4, 11)))}回まで"
    for i, p in enumerate(_s, 1))
MESSAGES.append({
    "id": "kangoshi-021", "expect": "stop",
    "sender": HAYASE, "to": ["介護老人保健施設すずらん 相談員 <soudan@suzuran-roken.jp>"],
    "subject": "夜勤専従 介護スタッフのご紹介（5名）",
    "charset": "iso-2022-jp",
    "body": f"""介護老人保健施設すずらん
支援相談員 門脇様

お世話になっております。日の出産業の早瀬です。
夜勤専従のご依頼について、条件に合う登録スタッフを5名ピックアップしました。
（漢字氏名は面談確定後にお知らせします）

{_blocks}

面談日程のご希望をお知らせいただければ、こちらで調整いたします。
{SIG_HAYASE}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five records with katakana names, full-width mobiles and 和暦 DOBs, one block each",
})

# 022 — English mail to an overseas partner, no personal data
MESSAGES.append({
    "id": "kangoshi-022", "expect": "pass",
    "sender": ARAI, "to": ["Ma. Lourdes Villanueva <lvillanueva@bayanihan-staffing.com.ph>"],
    "subject": "Caregiver program FY2027 - interview schedule",
    "charset": "utf-8",
    "body": f"""Dear Ms. Villanueva,

Thank you for the call last week. As agreed, here is our proposed schedule for the
FY2027 caregiver program:

  - Online briefing for candidates ........ 19 Oct 2026, 14:00 PHT
  - Japanese language screening (N4) ...... 2-6 Nov 2026
  - Interviews with host facilities ........ 24-26 Nov 2026 (Manila)
  - Offers issued ........................... by 11 Dec 2026

We expect 12 positions across four care homes in Saitama and Chiba. Please let me
know if the interview week clashes with any holidays on your side.

Best regards,
{SIG_ARAI}""",
    "entities": [], "detectors": [],
    "note": "English business mail to one overseas partner: schedule only",
})

# 023 — password-protected PDF payslip to a registrant's free-mail address
_p = person(sex="F")
MESSAGES.append({
    "id": "kangoshi-023", "expect": "stop",
    "sender": KUWABARA, "to": [f"{_p['name']} <{_p['email'].split('@')[0]}@gmail.com>"],
    "subject": "9月分 給与明細書の送付について",
    "charset": "iso-2022-jp",
    "body": f"""{_p['name']} 様

いつもお仕事お疲れさまです。日の出産業 業務管理課の桑原です。
9月分の給与明細書（PDF）をお送りします。
パスワードは、ご登録の生年月日8桁（西暦）です。

ご不明点がありましたら、業務管理課までお問い合わせください。
{SIG_KUWABARA}""",
    "attachments": [{"kind": "pdf", "name": "給与明細_202609.pdf", "password": ymd(_p["dob"], ""),
                     "lines": ["給与明細書 2026年9月分", f"氏名 {_p['name']}", "基本給 312,000円"]}],
    "entities": [], "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "encrypted PDF cannot be inspected; recipient is a free-mail address",
})

# 024 — six records without a name column: reg. no., DOB, address, phone (tab-separated)
_s = people(6)
_rows = [["登録番号", "生年月日", "現住所", "最寄駅", "電話番号"]]
for p in _s:
    _rows.append([f"N{rng.randrange(10000, 99999)}", ymd(p["dob"]), p["addr"], p["station"], p["phone"]])
MESSAGES.append({
    "id": "kangoshi-024", "expect": "stop",
    "sender": NOGUCHI, "to": ["城東リハビリテーション病院 人事課 <jinji@joto-reha.or.jp>"],
    "subject": "通勤手当の算定用データ（10月派遣開始分）",
    "charset": "cp932",
    "body": f"""城東リハビリテーション病院 人事課 ご担当者様

お世話になっております。日の出産業 登録管理課の野口です。
紹介予定派遣の6名について、通勤手当の試算用に住所と最寄駅をお送りします。
（お名前は登録番号で代えさせていただいています）

{tsv(_rows)}

よろしくお願いいたします。
{SIG_NOGUCHI}""",
    "entities": ["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six people's DOB, home address and phone with no name column, tab-separated",
})

# 025 — one free-mail recipient: an interview reminder to a registrant
MESSAGES.append({
    "id": "kangoshi-025", "expect": "pass",
    "sender": ISHII, "to": ["mayumi-t.0412@yahoo.co.jp"],
    "subject": "面接日程のご確認（10/3 港南中央病院）",
    "charset": "iso-2022-jp",
    "body": f"""高田 真由美 様

日の出産業の石井です。面接日程が確定しましたのでお知らせします。

　日時：10月3日（土）10:30～（30分程度）
　場所：港南中央病院 本館2階 看護部事務室
　持ち物：看護師免許証の原本、筆記用具
　服装：スーツまたはオフィスカジュアル

当日は私も同席いたします。10:15に1階総合案内前でお待ちしております。
何かあれば下記の携帯までご連絡ください。
{SIG_ISHII}""",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "one registrant on free mail gets her own interview details; only the sender's contacts",
})

# 026 — a named caregiver's arrest, in an apology to a care home
_p = person(sex="M", lo=1985, hi=2000)
MESSAGES.append({
    "id": "kangoshi-026", "expect": "stop",
    "sender": SHIBATA, "to": ["有料老人ホーム ことぶきの杜 施設長 <shisetsucho@kotobuki-mori.co.jp>"],
    "cc": [MIKAMI],
    "subject": "弊社派遣スタッフの件（ご報告とお詫び）",
    "charset": "iso-2022-jp",
    "body": f"""ことぶきの杜
施設長 堀内 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 メディカルスタッフ事業部の柴田でございます。

貴施設へ派遣しておりました介護職員 {_p['name']}（{_p['age']}歳）につきまして、
9月20日、窃盗の容疑で大和警察署に逮捕されたとの連絡を、ご家族より受けました。
現時点では貴施設の入居者様の金品との関係は確認されておりませんが、
念のため、貴施設でも居室内の貴重品の状況をご確認いただけますでしょうか。

同人の派遣は本日付で終了とし、後任は明日中にご提案いたします。
多大なるご心配とご迷惑をおかけし、誠に申し訳ございません。
{SIG_SHIBATA}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named worker's arrest (criminal record / arrest is 要配慮個人情報) to a client",
})

# 027 — XLSX with 部外秘 in the page header and a classification row, to a hospital
_rows = [["取扱区分：部外秘（営業第二課内限り）"], ["派遣単価・粗利分析（2026年度上期）"], [],
         ["派遣先", "職種", "請求単価", "支払時給", "粗利/h", "粗利率", "次期交渉方針"],
         ["みなみ台病院", "看護師", 3900, 2250, 1650, "42.3%", "据置き"],
         ["みなみ台病院", "准看護師", 3500, 1950, 1550, "44.3%", "+100円打診"],
         ["港南中央病院", "看護師", 4100, 2400, 1700, "41.5%", "+150円打診"],
         ["城東リハ", "看護師", 3800, 2200, 1600, "42.1%", "据置き"],
         ["ひだまりの里", "介護福祉士", 2950, 1500, 1450, "49.2%", "値下げ要請に注意"]]
MESSAGES.append({
    "id": "kangoshi-027", "expect": "stop",
    "sender": OMORI, "to": ["みなみ台病院 事務部長 <jimubucho@minamidai-hp.jp>"],
    "subject": "次年度の派遣単価についてご相談資料",
    "charset": "iso-2022-jp",
    "body": f"""みなみ台病院
事務部長 北条様

いつもお世話になっております。日の出産業の大森です。
来週のお打合せに先立ち、次年度単価のご相談資料をお送りいたします。
当日はこちらをもとにご説明させていただきます。
{SIG_OMORI}""",
    "attachments": [{"kind": "xlsx", "name": "単価分析_2026上期.xlsx", "page_header": "部外秘",
                     "sheets": {"分析": _rows}}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "the attached workbook is classified 部外秘 (page header and first row)",
})

# 028 — a hospital and the partner vendor in To/Cc: a normal three-way meeting mail
MESSAGES.append({
    "id": "kangoshi-028", "expect": "pass",
    "sender": ONODERA,
    "to": ["港南中央病院 情報システム室 <it-office@konan-chuo-hp.or.jp>"],
    "cc": ["ツバサシステム 営業部 新堂 <shindo@tsubasa-system.jp>", KUWABARA],
    "subject": "勤怠連携（打刻データ受渡し）の打合せ日程について",
    "charset": "cp932",
    "body": """港南中央病院 情報システム室 ご担当者様
（Cc：ツバサシステム 新堂様）

お世話になっております。日の出産業 情報システム課の小野寺です。

派遣看護師の打刻データを貴院の勤怠システムから弊社へ連携する件で、
三者でのお打合せをお願いしたく、下記候補日をお送りします。

　① 10月13日（火）14:00～15:00
　② 10月15日（木）10:00～11:00
　③ 10月16日（金）16:00～17:00

オンライン（Teams）を想定しております。ご都合をお知らせください。

--
小野寺 隆 / 日の出産業株式会社 管理本部 情報システム課""",
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc is a normal meeting mail",
})

# 029 — bulk-transfer data (UTF-8 CSV, kana names) to the partner bank
_s = people(20)
_rows = [["振込指定日", "銀行コード", "支店コード", "預金種目", "口座番号", "受取人名", "振込金額"]]
for p in _s:
    _rows.append(["20261023", p["bank_code"], p["branch_code"], "1", p["account"],
                  p["kana"].replace(" ", " "), rng.randrange(95, 420) * 1000 + rng.randrange(0, 999)])
MESSAGES.append({
    "id": "kangoshi-029", "expect": "stop",
    "sender": KUWABARA, "to": ["みどり銀行 芝支店 法人営業課 <shiba-houjin@midori-ginko.co.jp>"],
    "subject": "10月23日支払分 総合振込データの件",
    "charset": "utf-8",
    "body": f"""みどり銀行 芝支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業の桑原です。
ファームバンキングの障害により伝送ができないため、ご案内に従い
10月23日支払分の総合振込データ（20件）をCSVでお送りいたします。
依頼書原本は本日中に窓口へ持参いたします。
{SIG_KUWABARA}""",
    "attachments": [{"kind": "csv", "name": "sogo_furikomi_20261023.csv", "encoding": "utf-8", "rows": _rows}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "20 staff bank accounts with kana names in a UTF-8 CSV, even though the bank is a partner",
})

# 030 — inline forward of a colleague's mail listing six registrants, to a job-ad agency
_s = people(6)
_lines = "\n".join(f"・{p['name']}　{p['phone']}　{p['email']}　希望：{p['pref']}{p['city']}周辺" for p in _s)
MESSAGES.append({
    "id": "kangoshi-030", "expect": "stop",
    "sender": NOGUCHI, "to": ["ジョブメディアプラス 営業 <sales@jobmedia-plus.co.jp>"],
    "subject": "FW: 休眠登録者の掘り起こし対象",
    "charset": "iso-2022-jp",
    "body": f"""ジョブメディアプラス 柳田様

お世話になっております。日の出産業の野口です。
先日ご提案いただいた「休眠登録者向けリターゲティング配信」の件、
前任者が社内向けに整理していた対象者のメールを転送します。
配信リストのイメージ作成にお使いください。

---------- Forwarded message ---------
From: 仁科 早紀 <nishina.saki@{D}>
Date: 2026年9月2日(水) 17:48
Subject: 休眠登録者の掘り起こし対象
To: 野口 さやか <noguchi.sayaka@{D}>

野口さん

半年以上稼働のない登録者のうち、再稼働の見込みがありそうな方です。

{_lines}

よろしくお願いします。
仁科""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a forwarded internal mail listing six registrants' phones and e-mails is new text to the agency",
})

# 031 — internal only (incl. a subdomain): a needlestick incident with health details
_p = person(sex="F")
MESSAGES.append({
    "id": "kangoshi-031", "expect": "pass",
    "sender": MIYAWAKI, "to": [MIKAMI], "cc": [f"compliance@mail.{D}", SHIBATA],
    "subject": "【社内限】針刺し事故の発生報告（港南中央病院）",
    "charset": "iso-2022-jp",
    "body": f"""三上さん
（Cc：コンプライアンス窓口、柴田部長）

宮脇です。本日、港南中央病院に派遣中の看護師で針刺し事故が発生しました。

　対象者：{_p['name']}（{_p['age']}歳）
　発生　：9月28日 10:20頃、採血後のリキャップ時
　汚染源：HCV抗体陽性の入院患者
　対応　：院内で当日ベースライン採血済（HBs抗体陽性、HCV抗体陰性、HIV陰性）
　今後　：1・3・6か月後にフォロー採血。労災申請の準備を進めます。

社外への報告は病院側と調整のうえ、改めて相談させてください。
{SIG_MIYAWAKI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "all recipients internal (one on mail.hinode-sangyo.co.jp): health data may go",
})

# 032 — look-alike of the partner bank (co. dropped)
MESSAGES.append({
    "id": "kangoshi-032", "expect": "stop",
    "sender": KUWABARA, "to": ["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.jp>"],
    "subject": "給与振込データの伝送締切時刻の確認",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 法人営業部 ご担当者様

お世話になっております。日の出産業の桑原です。
年末の給与振込について、12月25日（金）支払分のデータ伝送締切は
前営業日の15時で変わりないか確認させてください。

また、年末年始の臨時の締切前倒しがあればお知らせください。
{SIG_KUWABARA}""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "midori-ginko.jp drops the co. of the partner midori-ginko.co.jp",
})

# 033 — needlestick follow-up results of a named nurse, to the hospital's infection control
_p = person(sex="F")
MESSAGES.append({
    "id": "kangoshi-033", "expect": "stop",
    "sender": MIYAWAKI, "to": ["東和大学病院 感染制御部 <icd-office@towa-u.ac.jp>"],
    "subject": "針刺し事故後のフォロー検査結果について",
    "charset": "utf-8",
    "body": f"""東和大学病院 感染制御部
中西先生

お世話になっております。日の出産業の宮脇です。
8月に貴院で発生した針刺し事故について、派遣看護師のフォロー検査結果をご報告します。

【対象者】{_p['name']}（看護師・{_p['age']}歳）
【事故日】2026年8月17日
【検査結果（1か月後・9月16日採血）】
　・HCV抗体：陰性
　・HCV-RNA：検出せず
　・AST 21 / ALT 18（基準内）
　・HIV抗原抗体：陰性

3か月後の検査は11月中旬に当社提携クリニックで実施予定です。
貴院側の記録との突合が必要でしたらお知らせください。
{SIG_MIYAWAKI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named nurse's blood test results after a needlestick injury to a hospital",
})

# 034 — CP932 CSV of facilities for a brochure, to the printing partner
_rows = [["施設名", "種別", "所在地", "代表電話", "募集職種", "雇用形態"],
         ["港南中央病院", "一般病院（312床）", "横浜市港南区", "045-832-1100", "看護師", "常勤・紹介予定派遣"],
         ["みなみ台病院", "一般病院（180床）", "町田市", "042-718-5500", "看護師・准看護師", "常勤"],
         ["城東リハビリテーション病院", "回復期（120床）", "江戸川区", "03-3681-2270", "看護師", "常勤・夜勤専従"],
         ["ひだまりの里", "特別養護老人ホーム", "館山市", "0470-22-6180", "介護職", "派遣"],
         ["ことぶきの杜", "介護付有料老人ホーム", "大和市", "046-255-0391", "介護職・看護職", "派遣・パート"],
         ["すずらん", "介護老人保健施設", "所沢市", "04-2921-8844", "介護職（夜勤）", "派遣"],
         ["つばき訪問看護ステーション", "訪問看護", "川崎市高津区", "044-860-3318", "看護師", "常勤"]]
MESSAGES.append({
    "id": "kangoshi-034", "expect": "pass",
    "sender": OMORI, "to": ["錦印刷 企画制作部 <kikaku@nishiki-insatsu.co.jp>"],
    "subject": "求人パンフレット（冬号）掲載施設リストのご送付",
    "charset": "iso-2022-jp",
    "body": f"""錦印刷株式会社
企画制作部 仲村様

お世話になっております。日の出産業の大森です。
冬号パンフレットの掲載施設リストをCSVでお送りします。
各施設の写真データは来週火曜までにお届けします。
{SIG_OMORI}""",
    "attachments": [{"kind": "csv", "name": "掲載施設リスト_冬号.csv", "encoding": "cp932", "rows": _rows}],
    "entities": [], "detectors": [],
    "note": "a list of facilities with switchboards: businesses, not people",
})

# 035 — one visiting nurse's driving licence number, to a visiting-nursing station
_p = person(sex="F")
_dl = f"{rng.choice(['30', '45', '46', '50'])}{rng.randrange(10, 25)}{rng.randrange(100000, 999999)}{rng.randrange(0, 10)}0"
MESSAGES.append({
    "id": "kangoshi-035", "expect": "stop",
    "sender": ISHII, "to": ["つばき訪問看護ステーション 管理者 <kanri@tsubaki-houmon.jp>"],
    "subject": "社用車使用にあたっての運転免許証情報",
    "charset": "cp932",
    "body": f"""つばき訪問看護ステーション
管理者 大迫様

お世話になっております。日の出産業の石井です。
訪問用の社用車使用申請に必要とのことで、運転免許証の記載事項をお知らせします。

　氏名：{_p['name']}
　免許証番号：{_dl}
　有効期限：{_dt.date(2029, _p['dob'].month, _p['dob'].day).year}年{_p['dob'].month}月{_p['dob'].day}日まで
　免許の条件等：AT車に限る
　種類：普通

自動車保険の運転者登録もよろしくお願いいたします。
{SIG_ISHII}""",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "one nurse's driving licence number (identity document) to a visiting-nursing station",
})

# 036 — plain ZIP with an applicant XLSX (10 rows) and a readme, to a job-ad agency
_s = people(10)
_rows = [["看護師求人 応募者一覧（9月受付分）"], [],
         ["応募日", "氏名", "生年月日", "住所", "電話", "メール", "保有資格"]]
for p in _s:
    _rows.append([f"2026/09/{rng.randrange(1, 29):02d}", p["name"], ymd(p["dob"]), p["addr"], p["phone"], p["email"],
                  rng.choice(["看護師", "看護師・保健師", "准看護師", "看護師・助産師"])])
MESSAGES.append({
    "id": "kangoshi-036", "expect": "stop",
    "sender": NOGUCHI, "to": ["ジョブメディアプラス 効果測定チーム <report@jobmedia-plus.co.jp>"],
    "subject": "9月掲載分 応募者データ（効果測定用）",
    "charset": "iso-2022-jp",
    "body": f"""ジョブメディアプラス
効果測定チーム ご担当者様

お世話になっております。日の出産業の野口です。
9月掲載分の応募者データをZIPでお送りします。
媒体経由かどうかの突合をお願いいたします。
{SIG_NOGUCHI}""",
    "attachments": [{"kind": "zip", "name": "oubo_202609.zip",
                     "files": [{"kind": "xlsx", "name": "応募者一覧_202609.xlsx", "sheets": {"9月": _rows}},
                               {"kind": "txt", "name": "readme.txt",
                                "text": "応募者一覧_202609.xlsx：9月1日～28日受付分（10件）\n突合結果は列Hに記入してください。"}]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ten applicants' full records in an XLSX inside an unencrypted ZIP",
})

# 037 — contract renewal notice with the standard JA disclaimer
MESSAGES.append({
    "id": "kangoshi-037", "expect": "pass",
    "sender": HAYASE, "to": ["介護老人保健施設すずらん 事務長 <jimucho@suzuran-roken.jp>"],
    "subject": "労働者派遣基本契約 更新のご案内",
    "charset": "iso-2022-jp",
    "body": f"""介護老人保健施設すずらん
事務長 高村様

平素より大変お世話になっております。日の出産業の早瀬でございます。

現在締結しております労働者派遣基本契約が、本年12月31日をもって期間満了となります。
つきましては、従前と同一条件での自動更新とさせていただきたく、ご案内申し上げます。
条件変更のご希望がございましたら、11月30日までにお申し付けください。

また、派遣法改正に伴う同一労働同一賃金の労使協定方式について、
2027年度の協定書（写）を12月上旬にお届けする予定です。

今後ともよろしくお願い申し上げます。
{SIG_HAYASE}{DISC_JA}""",
    "entities": [], "detectors": [],
    "note": "ordinary contract mail ending in the standard confidentiality disclaimer",
})

# 038 — five registrants on free mail visible to each other in To
_s = people(5)
MESSAGES.append({
    "id": "kangoshi-038", "expect": "stop",
    "sender": HAYASE,
    "to": [f"{p['email'].split('@')[0]}@{dom}" for p, dom in
           zip(_s, ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "outlook.jp"])],
    "subject": "【急募】10/4(日) 夜勤1回 代替スタッフ募集",
    "charset": "iso-2022-jp",
    "body": f"""登録スタッフの皆さま

日の出産業の早瀬です。急なお願いで恐縮です。
下記の夜勤に欠員が出たため、勤務可能な方を募集します。

　日時：10月4日（日）16:30～10月5日（月）9:30
　場所：介護老人保健施設すずらん（所沢市）2階認知症専門棟
　時給：夜勤1回 28,000円（交通費別途支給）

ご対応可能な方は、本日18時までにこのメールへ返信をお願いします。
先着1名で締め切らせていただきます。
{SIG_HAYASE}""",
    "entities": [], "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "five private persons can see each other's addresses in To; should have been Bcc",
})

# 039 — invoice mail with a qualified-invoice registration number (corporate number)
_cn = new_corp_number()
MESSAGES.append({
    "id": "kangoshi-039", "expect": "pass",
    "sender": KUWABARA, "to": ["港南中央病院 経理課 <keiri@konan-chuo-hp.or.jp>"],
    "subject": "ご請求書送付のご案内（INV-2026-0912）",
    "charset": "utf-8",
    "body": f"""港南中央病院 経理課 御中

いつもお世話になっております。日の出産業 業務管理課の桑原です。
9月分の看護師派遣料のご請求書を下記のとおり発行いたしました。

　請求書番号：INV-2026-0912
　ご請求金額：4,812,300円（うち消費税 437,481円）
　お支払期日：2026年10月31日
　振込先　　：みどり銀行 芝支店 当座 0028114 ヒノデサンギヨウ（カ
　登録番号　：T{_cn}

原本は本日郵送いたしました。ご査収のほどよろしくお願いいたします。
{SIG_KUWABARA}""",
    "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "invoice number, company bank account and T-number: business data",
})

# 040 — PPTX whose slides and footer carry 極秘, to a partner
MESSAGES.append({
    "id": "kangoshi-040", "expect": "stop",
    "sender": SHIBATA, "to": ["川崎電機 人事部 健康管理室 <kenkou-kanri@kawasaki-denki.co.jp>"],
    "subject": "産業看護職 派遣サービスのご提案資料",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社
人事部 健康管理室 御中

いつもお世話になっております。日の出産業の柴田でございます。
先日はお時間を頂戴しありがとうございました。
ご提案資料を添付いたしますので、ご査収ください。
{SIG_SHIBATA}""",
    "attachments": [{"kind": "pptx", "name": "産業看護職派遣_提案_川崎電機様.pptx",
                     "page_footer": "極秘　経営会議資料　持出禁止",
                     "slides": [["産業看護職 派遣事業の拡大方針【極秘】", "2027年度 売上目標 4.2億円", "重点顧客：川崎電機・北国フーズ"],
                                ["川崎電機様 攻略方針", "現行業者（他社）の契約満了 2027年3月", "初年度は原価割れ価格で受注し、2年目に15％値上げ"],
                                ["想定体制", "産業看護師 3名（常駐）", "保健師 1名（巡回）"]]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "a board deck marked 極秘 on every slide, attached to a partner by mistake",
})

# 041 — reply: one named nurse's depression diagnosis; the hospital's question quoted below
_p = person(sex="F")
MESSAGES.append({
    "id": "kangoshi-041", "expect": "stop",
    "sender": ISHII, "to": ["みなみ台病院 看護部長 <kangobucho@minamidai-hp.jp>"],
    "subject": "Re: 5階西病棟 派遣看護師の勤務について",
    "charset": "iso-2022-jp",
    "body": f"""看護部長 藤枝様

お世話になっております。日の出産業の石井です。
お問い合わせの件、ご本人の同意を得ましたのでご報告いたします。

{_p['name']} さんは先週、心療内科でうつ病と診断され、主治医から
2か月程度の休養が必要との診断書が出ております。
10月分のシフトはすべて外していただけますでしょうか。
後任は今週中に候補者をご提案いたします。
{SIG_ISHII}

> 石井様
> 5階西の派遣の方、今週3日続けてお休みされています。
> 体調などご存じでしたら教えてください。
> 看護部長 藤枝""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "new text gives a named nurse's depression diagnosis; the quoted part is harmless",
})

# 042 — English reply; the partner's candidate list appears only in the quoted text
MESSAGES.append({
    "id": "kangoshi-042", "expect": "pass",
    "sender": ARAI, "to": ["Dewi Pratiwi <dewi.pratiwi@nusantara-caregiver.co.id>"],
    "subject": "Re: Candidate list for December interviews",
    "charset": "utf-8",
    "body": f"""Dear Ms. Pratiwi,

Thank you for the list. We have shared it with the two host facilities and will come
back to you with the interview slots by Friday.

One question: could you confirm whether all candidates have passed JFT-Basic, or
only the first three?

Kind regards,
{SIG_ARAI}

On Mon, 28 Sep 2026 at 09:41, Dewi Pratiwi <dewi.pratiwi@nusantara-caregiver.co.id> wrote:
> Dear Mr. Arai,
>
> Please find our candidates for the December interviews:
>
> 1. SITI RAHMAWATI    F  1999-03-12  Passport C4471902  JFT-Basic passed
> 2. AHMAD SUBAGYO     M  1997-11-02  Passport C3358210  JFT-Basic passed
> 3. RINA KURNIASIH    F  2001-06-25  Passport C5520917  JFT-Basic passed
> 4. YULIANA PUTRI     F  2000-01-08  Passport C4099713  N4
> 5. BAYU SANTOSO      M  1998-08-19  Passport C3812466  N4
>
> Best regards,
> Dewi Pratiwi
> PT Nusantara Caregiver Indonesia""",
    "entities": [], "detectors": [],
    "note": "the candidate list with passports is only in text quoted from the recipient's own mail",
})

# 043 — a corrupt XLSX shift roster, to a group home
MESSAGES.append({
    "id": "kangoshi-043", "expect": "stop",
    "sender": HAYASE, "to": ["グループホームあおぞら 管理者 <kanri@aozora-gh.com>"],
    "subject": "10月 シフト表（確定版）",
    "charset": "iso-2022-jp",
    "body": f"""あおぞら 戸倉様

お世話になっております。早瀬です。
10月の派遣スタッフのシフト表（確定版）を添付します。
前回版から 10/12・10/19 の夜勤者を入れ替えています。
{SIG_HAYASE}""",
    "attachments": [{"kind": "corrupt", "name": "10月シフト表_あおぞら_確定.xlsx"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be inspected",
})

# 044 — English mail listing six candidates' romaji names, DOB and passport numbers
_fs = [foreigner() for _ in range(6)]
_ISO = {"ベトナム": "VNM", "フィリピン": "PHL", "インドネシア": "IDN", "ネパール": "NPL", "ミャンマー": "MMR"}
_lines = "\n".join(f"  {i}. {f['name']:<24} {_ISO[f['nat']]:<4} DOB {f['dob'].isoformat()}   Passport No. {f['passport']}"
                   for i, f in enumerate(_fs, 1))
MESSAGES.append({
    "id": "kangoshi-044", "expect": "stop",
    "sender": ARAI, "to": ["Admissions <admissions@sakura-nihongo-academy.jp>"],
    "subject": "Enrolment of caregiver trainees - January 2027 intake",
    "charset": "utf-8",
    "body": f"""Dear Admissions Office,

Further to our agreement, please enrol the following six caregiver trainees in the
intensive Japanese course starting 12 January 2027. Their visa applications are in
progress, so please issue the certificates of enrolment in the names below.

{_lines}

Tuition will be invoiced to Hinode Sangyo as before.

Best regards,
{SIG_ARAI}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "six romaji names with DOB and passport numbers to a language school",
})

# 045 — four visitors' names and phones in bullets: below the list threshold
_s = people(4)
MESSAGES.append({
    "id": "kangoshi-045", "expect": "pass",
    "sender": ISHII, "to": ["城東リハビリテーション病院 看護部 <kangobu@joto-reha.or.jp>"],
    "subject": "10/8 病院見学 参加者のご連絡（4名）",
    "charset": "cp932",
    "body": f"""城東リハビリテーション病院 看護部
事務ご担当 様

お世話になっております。日の出産業の石井です。
10月8日（木）14時からの病院見学会の参加者をお知らせします。

""" + "\n".join(f"・{p['name']}（看護師・経験{p['exp']}年）　携帯 {p['phone']}" for p in _s) + f"""

当日は私が引率いたします。遅刻等の連絡は私の携帯へ入る予定です。
{SIG_ISHII}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four visitors' names and mobiles: under five people, may be warned",
})

# 046 — one staff member's basic pension number, 和暦 DOB, to a labour-and-social-security office
_p = person(lo=1990, hi=2000)
MESSAGES.append({
    "id": "kangoshi-046", "expect": "stop",
    "sender": KUWABARA, "to": ["中町社会保険労務士事務所 <info@sr-nakamachi.jp>"],
    "subject": "健康保険・厚生年金保険 資格取得届の作成依頼（1名）",
    "charset": "cp932",
    "body": f"""中町社会保険労務士事務所
中町先生

お世話になっております。日の出産業の桑原です。
10月1日付で社会保険加入となる派遣スタッフ1名の資格取得届の作成をお願いします。

　氏名　　　　：{_p['name']}（{_p['kana']}）
　生年月日　　：{wareki(_p['dob'])}
　基礎年金番号：{rng.randrange(1000, 9999)}-{rng.randrange(100000, 999999)}
　住所　　　　：〒{_p['zip']} {_p['addr']}
　報酬月額　　：312,000円（通勤手当 14,800円含む）
　資格取得日　：令和8年10月1日

被扶養者はおりません。よろしくお願いいたします。
{SIG_KUWABARA}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one person's basic pension number with 和暦 DOB and address to an external office",
})

# 047 — refusal that merely mentions 社外秘 (no marking)
MESSAGES.append({
    "id": "kangoshi-047", "expect": "pass",
    "sender": HAYASE, "to": ["有料老人ホーム ことぶきの杜 事務長 <jimucho@kotobuki-mori.co.jp>"],
    "subject": "Re: 他施設様の派遣単価について",
    "charset": "iso-2022-jp",
    "body": f"""堀内様

お世話になっております。日の出産業の早瀬です。

ご照会いただいた近隣他施設様の派遣単価につきましては、各施設様との契約上
社外秘の扱いとなっており、個別の金額をお示しすることはいたしかねます。
何卒ご了承ください。

代わりに、公開されている地域の平均時給（介護職・派遣）の推移をまとめた資料を
来週お持ちいたします。
{SIG_HAYASE}""",
    "entities": [], "detectors": [],
    "note": "社外秘 is only mentioned as the reason for refusing; no document is marked",
})

# 048 — one nurse's health insurance card symbol/number, to a hospital's medical affairs
_p = person(sex="F")
MESSAGES.append({
    "id": "kangoshi-048", "expect": "stop",
    "sender": KUWABARA, "to": ["港南中央病院 医事課 <ijika@konan-chuo-hp.or.jp>"],
    "subject": "派遣看護師の受診時 保険証情報について",
    "charset": "iso-2022-jp",
    "body": f"""港南中央病院 医事課 ご担当者様

お世話になっております。日の出産業の桑原です。
昨日、勤務中の転倒で貴院救急外来を受診した弊社派遣看護師について、
保険証を持参していなかったため、被保険者情報をお知らせいたします。

　氏名　　　：{_p['name']}
　生年月日　：{ymd(_p['dob'])}
　保険者番号：06{rng.randrange(100000, 999999)}
　記号・番号：{rng.randrange(1000, 9999)}・{rng.randrange(10, 999)}

なお、業務中の負傷のため労災での切替えを予定しております。
様式第5号は後日お届けいたします。
{SIG_KUWABARA}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "one nurse's health insurance symbol and number to a hospital",
})

# 049 — look-alike of the own domain (.com for .co.jp)
MESSAGES.append({
    "id": "kangoshi-049", "expect": "stop",
    "sender": OMORI, "to": ["柴田 聡 <shibata.satoshi@hinode-sangyo.com>"],
    "subject": "9月 営業第二課 月次報告",
    "charset": "utf-8",
    "body": f"""柴田部長

お疲れさまです。大森です。9月の月次報告です。

・新規成約：紹介 4件（看護師3、介護福祉士1）、派遣 2施設
・稼働人数：看護師 41名（前月比 +3）、介護職 57名（同 -2）
・失注：さいたま北総合医療センター（夜勤専従・単価面で他社）
・来月重点：川崎電機様 産業看護職の提案（10/14 訪問）

詳細は共有フォルダの月次シートを更新済みです。
{SIG_OMORI}""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "hinode-sangyo.com is a TLD-swapped look-alike of the own domain",
})

# 050 — internal reminder about submitting My Numbers (no numbers)
MESSAGES.append({
    "id": "kangoshi-050", "expect": "pass",
    "sender": NOGUCHI, "to": [f"medical-coordinators@{D}"],
    "subject": "【依頼】新規登録者のマイナンバー回収状況の確認",
    "charset": "iso-2022-jp",
    "body": f"""コーディネーター各位

登録管理課の野口です。
年末調整に向け、9月までに稼働した新規登録者のマイナンバー回収状況を確認しています。

未回収の方が担当に12名います（一覧は共有フォルダ「登録管理/個人番号/未回収.xlsx」）。
回収はマイナンバー提出専用フォームでお願いし、メールや写真での受領は
絶対にしないよう、ご本人にもご案内ください。

期限：10月16日（金）
{SIG_NOGUCHI}""",
    "entities": [], "detectors": [],
    "note": "internal reminder about My Number collection; no numbers, all recipients internal",
})

# 051 — religion of a named caregiver, to a care home
MESSAGES.append({
    "id": "kangoshi-051", "expect": "stop",
    "sender": HAYASE, "to": ["特別養護老人ホームひだまりの里 介護主任 <kaigo-shunin@hidamari-kai.or.jp>"],
    "subject": "インドネシア人介護職員の受入れにあたってのお願い",
    "charset": "utf-8",
    "body": f"""ひだまりの里
介護主任 緒方様

お世話になっております。日の出産業の早瀬です。
11月から勤務を開始する INDAH PERMATASARI さん（26歳）について、
事前に共有させていただきたい点がございます。

・ご本人はイスラム教徒で、勤務中に1回（10分程度）お祈りの時間が必要です。
　休憩室の一角をお借りできると助かります。
・ヒジャブ（頭髪を覆うスカーフ）を着用して勤務します。衛生面の問題がないよう、
　インナーキャップタイプのものを用意しています。
・豚肉を含む食事の介助自体は問題ありませんが、ご本人の食事（検食等）は
　対象外としていただけますでしょうか。

ご不明な点があればお知らせください。
{SIG_HAYASE}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named caregiver's religion (要配慮個人情報) to a care home",
})

# 052 — aggregated health check statistics, no individuals
MESSAGES.append({
    "id": "kangoshi-052", "expect": "pass",
    "sender": MIYAWAKI, "to": ["花見川県看護協会 ナースセンター <nursecenter@hanamigawa-kango.or.jp>"],
    "subject": "派遣看護職の健康診断受診状況（集計）のご報告",
    "charset": "iso-2022-jp",
    "body": f"""花見川県看護協会 ナースセンター 御中

お世話になっております。日の出産業 健康管理担当の宮脇です。
ご依頼のあった調査について、弊社登録の派遣看護職の集計値をお送りします。

　区分　　　　　　対象者　受診者　受診率　有所見率
　看護師（常勤派遣）　 41　　 41　100.0%　 31.7%
　看護師（スポット）　 88　　 63　 71.6%　 27.0%
　准看護師　　　　　　 19　　 17　 89.5%　 35.3%
　合計　　　　　　　　148　　121　 81.8%　 29.8%

※有所見の内訳（脂質・肝機能・血圧）は別紙の割合でのみご提供可能です。
　個人が特定される形での提供はいたしかねますのでご了承ください。
{SIG_MIYAWAKI}""",
    "entities": [], "detectors": [],
    "note": "aggregate health check figures only: no identifiable person",
})

# 053 — DOCX roster of ten caregivers for disaster relief, to a city office
_s = people(10)
_tbl = [["No", "氏名", "住所", "携帯電話", "資格", "派遣可能期間"]]
for i, p in enumerate(_s, 1):
    _tbl.append([str(i), p["name"], p["addr"], p["phone"],
                 rng.choice(["介護福祉士", "介護福祉士", "初任者研修", "看護師"]), rng.choice(["3日", "1週間", "2週間", "要相談"])])
MESSAGES.append({
    "id": "kangoshi-053", "expect": "stop",
    "sender": HAYASE, "to": ["花見川市 高齢福祉課 <koreifukushi@city.hanamigawa.lg.jp>"],
    "subject": "災害時 介護職員応援派遣 登録者名簿の提出について",
    "charset": "iso-2022-jp",
    "body": f"""花見川市 福祉部 高齢福祉課 御中

いつもお世話になっております。日の出産業の早瀬です。
「災害時における福祉避難所への介護職員派遣に関する協定」に基づき、
応援派遣に協力可能な登録者の名簿を提出いたします。
{SIG_HAYASE}""",
    "attachments": [{"kind": "docx", "name": "応援派遣登録者名簿_日の出産業.docx", "title": "応援派遣登録者名簿",
                     "paragraphs": ["災害時介護職員応援派遣 登録者名簿", "提出日：令和8年10月1日　日の出産業株式会社"],
                     "tables": [_tbl]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "ten caregivers' addresses and mobiles in a DOCX table to a city office",
})

# 054 — a corporate card number in the body, to a seminar company
_cc = card()
MESSAGES.append({
    "id": "kangoshi-054", "expect": "stop",
    "sender": MIYAWAKI, "to": ["メディカルセミナー 申込受付 <entry@medical-seminar.jp>"],
    "subject": "「感染管理実践セミナー」受講申込（カード決済）",
    "charset": "iso-2022-jp",
    "body": f"""メディカルセミナー 申込受付 ご担当者様

日の出産業の宮脇と申します。
11月21日開催の「感染管理実践セミナー（看護職向け）」に3名で申し込みます。
Webフォームでの決済がエラーになるため、こちらでカード情報をお送りします。

　カード番号：{_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
　有効期限　：08/29
　名義　　　：YUKA MIYAWAKI
　受講料　　：16,500円 × 3名 = 49,500円

受付完了のご連絡をお待ちしております。
{SIG_MIYAWAKI}""",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a credit card number sent in plain text",
})

# 055 — one business contact of a hospital passed to the partner vendor
MESSAGES.append({
    "id": "kangoshi-055", "expect": "pass",
    "sender": ONODERA, "to": ["ツバサシステム 営業部 新堂 <shindo@tsubasa-system.jp>"],
    "subject": "港南中央病院様 システム窓口のご紹介",
    "charset": "iso-2022-jp",
    "body": """新堂様

お世話になっております。日の出産業の小野寺です。
勤怠連携の件、港南中央病院様の技術窓口は下記の方です。
先方にも新堂様からご連絡が行く旨お伝え済みです。

　港南中央病院 情報システム室 係長　宍戸 様
　TEL 045-832-1100（代表）内線 3302
　it-office@konan-chuo-hp.or.jp

よろしくお願いいたします。

--
小野寺 隆 / 日の出産業株式会社 管理本部 情報システム課""",
    "entities": [], "detectors": [],
    "note": "one customer business contact (switchboard + extension + role address)",
})

# 056 — a named nurse was a crime victim, to the hospital's general affairs
_p = person(sex="F", lo=1990, hi=2000)
MESSAGES.append({
    "id": "kangoshi-056", "expect": "stop",
    "sender": MIKAMI, "to": ["城東リハビリテーション病院 総務課 <somu@joto-reha.or.jp>"],
    "subject": "夜勤明けの帰宅時の安全対策についてご相談",
    "charset": "utf-8",
    "body": f"""城東リハビリテーション病院
総務課 ご担当者様

お世話になっております。日の出産業 品質管理室の三上です。

大変申し上げにくいご報告ですが、貴院に派遣中の看護師 {_p['name']} さんが
9月26日の夜勤前、通用口から駐輪場へ向かう途中で見知らぬ男に抱きつかれる
被害に遭い、翌日、小松川警察署に被害届を提出しました。
ご本人は現在、自宅で休養しております。

つきましては、通用口付近の照明と防犯カメラの状況をご確認いただけますでしょうか。
当面、同じ時間帯に勤務する弊社スタッフにはタクシー利用を認める予定です。
{SIG_MIKAMI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named nurse having been a crime victim (要配慮個人情報) to a hospital",
})

# 057 — newsletter with registrants in Bcc
_bcc = [f"{p['email'].split('@')[0]}@{dom}" for p, dom in
        zip(people(8), ["gmail.com", "yahoo.co.jp", "icloud.com", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "outlook.jp", "docomo.ne.jp"])]
MESSAGES.append({
    "id": "kangoshi-057", "expect": "pass",
    "sender": f"日の出メディカル通信 <medical-news@{D}>", "to": [f"medical-news@{D}"], "bcc": _bcc,
    "subject": "【日の出メディカル通信】10月号 ─ 冬の求人特集・インフル予防接種のご案内",
    "charset": "utf-8",
    "body": """登録スタッフの皆さま

いつもありがとうございます。日の出産業 メディカルスタッフ事業部です。

■ 冬の求人特集
　・夜勤専従（月8回～）の求人が港北・町田エリアで増えています
　・年末年始のスポット勤務は時給20％アップ

■ インフルエンザ予防接種（無料）
　登録スタッフの方は、10/15～11/30 に提携クリニックで無料接種できます。
　予約はマイページの「健康サポート」から。

■ 登録情報の更新のお願い
　住所・電話番号に変更のあった方は、マイページから更新をお願いします。

配信停止をご希望の方は、このメールにその旨ご返信ください。
──
日の出産業株式会社 メディカルスタッフ事業部
https://www.hinode-sangyo.co.jp/medical/""",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "newsletter with the registrants in Bcc: nobody sees another address",
})

# 058 — PDF table: twelve nurses' licence registration numbers and DOB, to a hospital
_s = people(12)
_tbl = [["No", "氏名", "生年月日", "免許種別", "籍登録番号", "登録年月日"]]
for i, p in enumerate(_s, 1):
    reg = _dt.date(p["dob"].year + rng.randrange(21, 24), rng.randrange(4, 7), rng.randrange(1, 28))
    _tbl.append([str(i), p["name"], wareki(p["dob"]), rng.choice(["看護師", "看護師", "保健師", "助産師"]),
                 f"第{p['license']}号", wareki(reg) if reg.year < 2026 else "令和8年5月1日"])
MESSAGES.append({
    "id": "kangoshi-058", "expect": "stop",
    "sender": NOGUCHI, "to": ["さいたま北総合医療センター 看護部 <kangobu@saitama-kita-mc.jp>"],
    "subject": "派遣看護師 免許確認一覧（12名）",
    "charset": "iso-2022-jp",
    "body": f"""さいたま北総合医療センター
看護部 ご担当者様

お世話になっております。日の出産業 登録管理課の野口です。
10月配属の派遣看護師12名について、免許証の原本確認結果を一覧にしました。
写しが必要な方がいらっしゃればお知らせください。
{SIG_NOGUCHI}""",
    "attachments": [{"kind": "pdf", "name": "免許確認一覧_202610.pdf", "title": "免許確認一覧",
                     "lines": ["派遣看護師 免許確認一覧（2026年10月配属）", "確認者：日の出産業 登録管理課", ""],
                     "table": _tbl}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "twelve nurses' names, 和暦 DOBs and licence registration numbers in a PDF table",
})

# 059 — hotel booking for two trainees at the partner hotel
MESSAGES.append({
    "id": "kangoshi-059", "expect": "pass",
    "sender": MIYAWAKI, "to": ["さくらホテル 宿泊予約課 <reservation@sakura-hotel.jp>"],
    "subject": "法人契約 宿泊予約のお願い（10/19-10/21 2名）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 宿泊予約課 御中

いつもお世話になっております。日の出産業の宮脇です。
法人契約（契約番号 SH-C-0721）にて、下記のとおり予約をお願いいたします。

　宿泊日　：10月19日（月）～10月21日（水）2泊
　部屋　　：シングル（禁煙）× 2室、朝食付
　宿泊者　：日の出産業 研修参加者 2名（大橋 様、杉山 様）
　精算　　：後日請求書払い

確認書を本メールアドレス宛にお送りください。
{SIG_MIYAWAKI}""",
    "entities": [], "detectors": [],
    "note": "hotel booking with two guests' surnames only; business mail to a partner",
})

# 060 — seminar co-hosting request to a nurses' association
MESSAGES.append({
    "id": "kangoshi-060", "expect": "pass",
    "sender": SHIBATA, "to": ["花見川県看護協会 事業部 <jigyo@hanamigawa-kango.or.jp>"],
    "subject": "「看護職の多様な働き方セミナー」共催のお願い",
    "charset": "iso-2022-jp",
    "body": f"""花見川県看護協会 事業部 御中

平素より大変お世話になっております。日の出産業の柴田でございます。

昨年度に引き続き、潜在看護職の復職支援を目的としたセミナーを下記のとおり
企画しております。本年度も貴会に共催をお願いできればと存じます。

　名称　：第3回 看護職の多様な働き方セミナー
　日時　：2027年2月6日（土）13:30～16:30
　会場　：花見川県看護会館 2階 大研修室（定員120名）
　内容　：基調講演「ブランクからの復職」、採血・点滴の技術演習、個別相談会

ご検討のほど、よろしくお願い申し上げます。
{SIG_SHIBATA}""",
    "entities": [], "detectors": [],
    "note": "event proposal to an association: no personal data",
})

# 061 — a named registrant's disability certificate, to a care home
_p = person(sex="M", lo=1988, hi=1999)
MESSAGES.append({
    "id": "kangoshi-061", "expect": "stop",
    "sender": HAYASE, "to": ["有料老人ホーム ことぶきの杜 介護課長 <kaigo@kotobuki-mori.co.jp>"],
    "subject": "障害者雇用枠でのご紹介スタッフについて（配慮事項）",
    "charset": "cp932",
    "body": f"""ことぶきの杜
介護課長 宮坂様

お世話になっております。日の出産業の早瀬です。
障害者雇用枠でご紹介する {_p['name']} さんの配慮事項をお伝えします。

{_p['sei']}さんは精神障害者保健福祉手帳（2級）をお持ちで、双極性障害の治療中です。
服薬でコンディションは安定していますが、以下をご配慮いただけますと幸いです。
　・夜勤は不可、日勤のみ（週4日・1日6時間から開始）
　・月1回の通院日（第2木曜午後）の休み
　・指示は口頭に加えてメモでいただけると安心とのこと

定着支援として、最初の3か月は私が月2回訪問いたします。
{SIG_HAYASE}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named registrant's disability certificate and diagnosis to a client",
})

# 062 — reply under 差出人/送信日時: the complaint with names is quoted only
MESSAGES.append({
    "id": "kangoshi-062", "expect": "pass",
    "sender": MIKAMI, "to": ["介護老人保健施設すずらん 事務長 <jimucho@suzuran-roken.jp>"],
    "subject": "RE: 派遣職員の対応に関するご家族からのご意見",
    "charset": "cp932",
    "body": f"""高村様

日の出産業 品質管理室の三上でございます。
ご連絡いただきありがとうございます。ご家族様には大変ご不快な思いをおかけし、
誠に申し訳ございません。

本人への聞き取りは明日実施し、金曜日までに経緯と再発防止策を書面でご報告いたします。
あわせて、10月の同フロアの勤務は別のスタッフに交替させていただきます。
{SIG_MIKAMI}

差出人: 高村 幸雄 <jimucho@suzuran-roken.jp>
送信日時: 2026年9月30日 水曜日 16:05
宛先: 三上 恵理 <mikami.eri@{D}>
件名: 派遣職員の対応に関するご家族からのご意見

三上様

3階の入所者 大貫 キヨ様（要介護4、パーキンソン病）のご長女から、
夜勤の派遣職員（若林さん）の言葉遣いが乱暴だったとのご意見がありました。
ご本人は軽度の認知症もあり、不安が強くなっているとのことです。
対応をご相談させてください。

すずらん 事務長 高村""",
    "entities": [], "detectors": [],
    "note": "the resident's diagnosis is only in the quoted mail from the recipient himself",
})

# 063 — a hospital, a care home and a registrant's free mail all visible: three parties
MESSAGES.append({
    "id": "kangoshi-063", "expect": "stop",
    "sender": ISHII,
    "to": ["港南中央病院 看護部 <kango-saiyo@konan-chuo-hp.or.jp>",
           "社会福祉法人ひだまり会 人事 <jinji@hidamari-kai.or.jp>"],
    "cc": ["rie.hibino88@gmail.com"],
    "subject": "10/10 合同施設見学会 集合場所のご案内",
    "charset": "iso-2022-jp",
    "body": f"""関係者各位

日の出産業の石井です。10月10日（土）の合同施設見学会の集合場所をお知らせします。

　9:30　JR大船駅 東口 改札前 集合（弊社スタッフが「日の出産業」の札を持っています）
　10:00～11:30　港南中央病院 見学
　13:30～15:00　ひだまり会 湘南事業所 見学

雨天決行です。よろしくお願いいたします。
{SIG_ISHII}""",
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "two organisations and a private person see each other in To/Cc: three external parties",
})

# 064 — uniform shipment tracking number via the partner carrier
MESSAGES.append({
    "id": "kangoshi-064", "expect": "pass",
    "sender": HAYASE, "to": ["青葉運輸 法人窓口 <houjin@aoba-unyu.co.jp>"],
    "subject": "ユニフォーム発送分の配達状況の確認",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸株式会社 法人窓口 ご担当者様

お世話になっております。日の出産業の早瀬です。
9月28日に弊社から発送した下記の荷物が、まだ届いていないと先方から連絡がありました。
配達状況をご確認いただけますでしょうか。

　お問合せ番号：4417-2208-9931
　発送日　　　：2026年9月28日
　届け先　　　：グループホームあおぞら（市川市大野町）
　品名　　　　：介護用ユニフォーム（20着）
　お客様コード：AB-73015

よろしくお願いいたします。
{SIG_HAYASE}""",
    "entities": [], "detectors": [],
    "note": "a tracking number and a customer code to the partner carrier",
})

# 065 — XLSX (two monthly sheets, title row) with staff codes, DOB and bank accounts, no names
_codes = [f"K{rng.randrange(1000, 9999)}" for _ in range(7)]
_s = people(7)
_sheets = {}
for mon in ("8月", "9月"):
    rows = [[f"派遣スタッフ 支給明細一覧（2026年{mon}）"], [],
            ["スタッフコード", "生年月日", "時給", "勤務時間", "総支給額", "振込口座"]]
    for c, p in zip(_codes, _s):
        h = rng.randrange(60, 170)
        w = rng.choice([1400, 1500, 1650, 2100, 2250])
        rows.append([c, ymd(p["dob"]), w, h, w * h, f"{p['bank']} {p['branch']} 普通 {p['account']}"])
    _sheets[mon] = rows
MESSAGES.append({
    "id": "kangoshi-065", "expect": "stop",
    "sender": KUWABARA, "to": ["税理士法人かえで 監査担当 <audit@kaede-tax.jp>"],
    "subject": "源泉所得税 監査資料のご送付（8・9月分）",
    "charset": "iso-2022-jp",
    "body": f"""税理士法人かえで
監査ご担当 様

お世話になっております。日の出産業の桑原です。
ご依頼の源泉所得税のサンプル監査資料（8・9月分、7名）を添付いたします。
氏名はスタッフコードに置き換えてあります。
{SIG_KUWABARA}""",
    "attachments": [{"kind": "xlsx", "name": "支給明細一覧_8-9月.xlsx", "sheets": _sheets}],
    "entities": ["DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "seven staff rows (DOB, pay, bank account) on two sheets without a name column",
})

# 066 — DOCX with 機密 classification in the header, to a hospital
MESSAGES.append({
    "id": "kangoshi-066", "expect": "stop",
    "sender": OMORI, "to": ["さいたま北総合医療センター 事務局 <jimukyoku@saitama-kita-mc.jp>"],
    "subject": "紹介予定派遣に関する取引条件（案）",
    "charset": "utf-8",
    "body": f"""さいたま北総合医療センター
事務局 御中

お世話になっております。日の出産業の大森です。
紹介予定派遣の取引条件（案）をお送りいたします。
ご検討のほど、よろしくお願いいたします。
{SIG_OMORI}""",
    "attachments": [{"kind": "docx", "name": "取引条件案_さいたま北.docx", "page_header": "機密区分：機密（社内限り）",
                     "page_footer": "日の出産業株式会社 営業第二課",
                     "paragraphs": ["紹介予定派遣 取引条件（案）",
                                    "1. 派遣期間：最長6か月",
                                    "2. 請求単価：看護師 4,000円/時、准看護師 3,550円/時",
                                    "3. 直接雇用時の紹介手数料：理論年収の20％（派遣期間3か月超で15％）",
                                    "【社内メモ】先方予算上限は4,100円と推定。3,900円までは値引き可（部長決裁済み）。"]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "the attached DOCX carries 機密（社内限り） in its page header",
})

# 067 — job ad copy PDF to a job-ad agency
MESSAGES.append({
    "id": "kangoshi-067", "expect": "pass",
    "sender": NOGUCHI, "to": ["ジョブメディアプラス 原稿制作 <genko@jobmedia-plus.co.jp>"],
    "subject": "11月掲載 求人原稿（看護師・夜勤専従）のご確認",
    "charset": "iso-2022-jp",
    "body": f"""ジョブメディアプラス 原稿制作ご担当者様

お世話になっております。日の出産業の野口です。
11月掲載分の求人原稿をPDFでお送りします。
お問い合わせ先の電話番号は、応募専用ダイヤルに差し替えをお願いします。
{SIG_NOGUCHI}""",
    "attachments": [{"kind": "pdf", "name": "求人原稿_夜勤専従_11月.pdf",
                     "lines": ["【看護師】夜勤専従 月8回～／横浜市港南区の総合病院",
                               "給与：夜勤1回 38,000円～（交通費全額支給）",
                               "勤務：16:30～翌9:00（休憩2時間）",
                               "資格：看護師免許（ブランク可・研修あり）",
                               "応募：日の出産業 メディカル応募ダイヤル 0120-551-780（平日9-18時）"]}],
    "entities": [], "detectors": [],
    "note": "job advertisement copy with a toll-free number: business data",
})

# 068 — CP932 CSV of seven caregivers' health check results, to a care home
_s = people(7)
_rows = [["氏名", "年齢", "受診日", "血圧", "胸部X線", "AST", "ALT", "γ-GTP", "HbA1c", "総合判定"]]
for p in _s:
    _rows.append([p["name"], p["age"], f"2026/09/{rng.randrange(1, 29):02d}",
                  f"{rng.randrange(108, 162)}/{rng.randrange(66, 98)}", rng.choice(["異常なし", "異常なし", "要精検（右上肺野）", "陳旧性病変"]),
                  rng.randrange(14, 58), rng.randrange(10, 72), rng.randrange(12, 140), round(rng.uniform(5.0, 7.4), 1),
                  rng.choice(["A", "B", "C", "D"])])
MESSAGES.append({
    "id": "kangoshi-068", "expect": "stop",
    "sender": MIYAWAKI, "to": ["介護老人保健施設すずらん 看護長 <kangocho@suzuran-roken.jp>"],
    "subject": "派遣介護職員 定期健康診断結果の写し",
    "charset": "cp932",
    "body": f"""すずらん 看護長 岩渕様

お世話になっております。日の出産業の宮脇です。
貴施設の実地指導対応用に、派遣中の介護職員7名の定期健診結果をCSVでお送りします。
判定C・Dの方は二次検査の受診を指示済みです。
{SIG_MIYAWAKI}""",
    "attachments": [{"kind": "csv", "name": "健診結果_すずらん派遣者_2026.csv", "encoding": "cp932", "rows": _rows}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "seven named caregivers' health check results in a CP932 CSV",
})

# 069 — look-alike of the partner law firm (1 for l), anonymised content
MESSAGES.append({
    "id": "kangoshi-069", "expect": "stop",
    "sender": MIKAMI, "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-1aw.jp>"],
    "subject": "派遣先からの損害賠償請求についてのご相談",
    "charset": "iso-2022-jp",
    "body": f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 品質管理室の三上です。

派遣先の介護施設から、弊社派遣職員の過失により備品（介護用リフト）が破損したとして、
修理費用 約68万円の請求書が届きました。
派遣契約書第14条の損害賠償条項の解釈についてご相談させてください。

来週中にお打合せのお時間をいただけますと幸いです。
{SIG_MIKAMI}""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "shirakawa-1aw.jp uses the digit 1 for l: a homoglyph of the partner shirakawa-law.jp",
})

# 070 — English mail with the standard disclaimer, to an overseas hospital group
MESSAGES.append({
    "id": "kangoshi-070", "expect": "pass",
    "sender": ARAI, "to": ["Rachel Tan <rachel.tan@meridian-healthgroup.com>"],
    "subject": "Thank you for hosting our study tour",
    "charset": "utf-8",
    "body": f"""Dear Rachel,

On behalf of our team, thank you for hosting the study tour at Meridian East Hospital
last Thursday. The session on your float-pool model was particularly useful for us, as
we are designing a similar pool for night shifts in Yokohama.

As discussed, I will send you our draft MoU on nurse exchange by the end of October.

Warm regards,
{SIG_ARAI}{DISC_EN}""",
    "entities": [], "detectors": [],
    "note": "ordinary English mail ending in the standard confidentiality disclaimer",
})

# 071 — forwarded .eml in which a registrant sent her My Number, to the payroll partner
_p = person(sex="F")
_mn = mynum()
MESSAGES.append({
    "id": "kangoshi-071", "expect": "stop",
    "sender": NOGUCHI, "to": ["ツバサシステム 給与計算センター <payroll-center@tsubasa-system.jp>"],
    "subject": "FW: マイナンバーの提出について",
    "charset": "iso-2022-jp",
    "body": f"""給与計算センター ご担当者様

日の出産業の野口です。
登録スタッフ1名がフォームではなくメールで個人番号を送ってきたため、
元メールを添付で転送します。年末調整データへの反映をお願いします。
{SIG_NOGUCHI}""",
    "attachments": [{"kind": "eml", "name": "マイナンバーの提出について.eml", "message": {
        "sender": f"{_p['name']} <{_p['email']}>", "to": [NOGUCHI],
        "subject": "マイナンバーの提出について", "charset": "iso-2022-jp",
        "body": f"""日の出産業 野口様

いつもお世話になっております。{_p['name']}です。
フォームがうまく開けなかったので、メールで失礼します。

個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
住所：〒{_p['zip']} {_p['addr']}

よろしくお願いします。"""}}],
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a My Number inside a forwarded .eml attachment",
})

# 072 — meeting minutes with a hospital: headcounts only
MESSAGES.append({
    "id": "kangoshi-072", "expect": "pass",
    "sender": OMORI, "to": ["港南中央病院 看護部 副部長 <fukubucho@konan-chuo-hp.or.jp>"],
    "subject": "9/25 定例会 議事録の送付",
    "charset": "utf-8",
    "body": f"""杉浦様

お世話になっております。日の出産業の大森です。
9月25日の定例会の議事録をお送りします。修正点があればお知らせください。
{SIG_OMORI}""",
    "attachments": [{"kind": "docx", "name": "議事録_20260925_港南中央病院.docx",
                     "paragraphs": ["港南中央病院・日の出産業 定例会 議事録",
                                    "日時：2026年9月25日（金）15:00～16:00　場所：港南中央病院 第2会議室",
                                    "出席：港南中央病院 看護部 杉浦副部長、人事課 福永課長／日の出産業 大森、石井",
                                    "1. 派遣稼働状況：看護師 14名（うち夜勤専従 4名）。10月は +2名の要望。",
                                    "2. 紹介予定派遣：3名中2名が12月に直接雇用へ移行予定。",
                                    "3. 課題：6階病棟の夜勤帯の欠員。11月までに夜勤専従 2名を追加提案する。",
                                    "次回：10月23日（金）15:00"]}],
    "entities": [], "detectors": [],
    "note": "minutes with headcounts and attendees' names/roles only",
})

# 073 — text + HTML: a named nurse's latent TB result, to a hospital
_p = person(sex="F")
_txt = f"""みなみ台病院 感染対策室 御中

お世話になっております。日の出産業の宮脇です。
11月から派遣予定の {_p['name']} さんについて、入職前のIGRA検査（T-SPOT）が陽性でした。
胸部CTでは活動性の所見はなく、呼吸器内科で潜在性結核感染症（LTBI）と診断され、
イソニアジドの内服（6か月）を開始しています。主治医からは就業可能との意見です。

受入れ可否についてご判断をお願いいたします。
{SIG_MIYAWAKI}"""
MESSAGES.append({
    "id": "kangoshi-073", "expect": "stop",
    "sender": MIYAWAKI, "to": ["みなみ台病院 感染対策室 <ict@minamidai-hp.jp>"],
    "subject": "派遣予定看護師のIGRA検査結果について",
    "charset": "iso-2022-jp",
    "body": _txt,
    "html": "<html><body><div style=\"font-family:'MS PGothic'\">" + _txt.replace("\n", "<br>\n") + "</div></body></html>",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named nurse's TB test result and treatment in text and HTML parts",
})

# 074 — internal complaint report DOCX (all internal)
_p = person()
MESSAGES.append({
    "id": "kangoshi-074", "expect": "pass",
    "sender": MIKAMI, "to": [SHIBATA, f"quality@{D}"],
    "subject": "苦情報告書（すずらん・ご家族からのご意見）",
    "charset": "iso-2022-jp",
    "body": f"""柴田部長
品質管理室各位

三上です。すずらん様から寄せられた苦情の報告書を添付します。
来週の品質会議で再発防止策を検討させてください。
{SIG_MIKAMI}""",
    "attachments": [{"kind": "docx", "name": "苦情報告書_2026-031.docx", "page_header": "社外秘",
                     "paragraphs": ["苦情報告書 No.2026-031",
                                    "受付日：2026年9月30日　申出者：入所者ご家族（長女）",
                                    "対象入所者：大貫 キヨ 様（要介護4、パーキンソン病、軽度認知症）",
                                    f"対象職員：{_p['name']}（派遣・夜勤）",
                                    "内容：夜間のおむつ交換時の言葉遣いが乱暴で、本人が怯えている。",
                                    "対応：10/1 本人聞き取り。10月は同フロア勤務から外す。接遇研修を再受講させる。"]}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "all recipients internal: a 社外秘 complaint report with health data may go",
})

# 075 — enquiry to a pay-advance service vendor, no personal data
MESSAGES.append({
    "id": "kangoshi-075", "expect": "pass",
    "sender": KUWABARA, "to": ["ペイデイナウ 法人営業 <sales@payday-now.jp>"],
    "subject": "給与前払いサービスの導入検討について（ご質問）",
    "charset": "utf-8",
    "body": f"""株式会社ペイデイナウ 法人営業ご担当者様

日の出産業 業務管理課の桑原と申します。
派遣スタッフ向けの給与前払いサービスの導入を検討しており、以下をお教えください。

1. 勤怠データ連携は ツバサシステム社の勤怠クラウド に対応していますか。
2. 利用者負担の手数料体系（定額／定率）と、会社負担にした場合の月額費用。
3. 前払い上限を「確定勤務分の70％」のように設定できますか。
4. 対象人数 約300名の場合の導入スケジュールの目安。

資料をお送りいただけますと幸いです。
{SIG_KUWABARA}""",
    "entities": [], "detectors": [],
    "note": "vendor enquiry with no personal data",
})

# 076 — two nurses' emergency contacts for night shifts: two people's records
_s = people(2, sex="F")
MESSAGES.append({
    "id": "kangoshi-076", "expect": "pass",
    "sender": ISHII, "to": ["城東リハビリテーション病院 3病棟 師長 <3byoto@joto-reha.or.jp>"],
    "subject": "夜勤時の緊急連絡先（派遣看護師2名）",
    "charset": "cp932",
    "body": f"""3病棟 師長 平井様

お世話になっております。日の出産業の石井です。
10月から夜勤に入る派遣看護師2名の緊急連絡先をお知らせします。
（夜間は弊社の電話がつながらないため、ご本人へ直接ご連絡ください）

　{_s[0]['name']}　携帯 {_s[0]['phone']}
　{_s[1]['name']}　携帯 {_s[1]['phone']}

弊社の夜間緊急窓口（0120-551-790、24時間）もご利用いただけます。
{SIG_ISHII}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two nurses' names and mobiles: a short contact list, may be warned",
})

# 077 — a corrupt PDF work report, to a hospital
MESSAGES.append({
    "id": "kangoshi-077", "expect": "stop",
    "sender": KUWABARA, "to": ["城東リハビリテーション病院 人事課 <jinji@joto-reha.or.jp>"],
    "subject": "9月分 派遣勤務実績報告書のご確認",
    "charset": "iso-2022-jp",
    "body": f"""城東リハビリテーション病院 人事課 ご担当者様

お世話になっております。日の出産業の桑原です。
9月分の勤務実績報告書をお送りします。ご確認のうえ、ご承認をお願いいたします。
{SIG_KUWABARA}""",
    "attachments": [{"kind": "corrupt", "name": "勤務実績報告書_202609_城東リハ.pdf"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the attached PDF is corrupt and cannot be inspected",
})

# 078 — proposal PDF to the partner food company (genuine domain)
MESSAGES.append({
    "id": "kangoshi-078", "expect": "pass",
    "sender": SHIBATA, "to": ["北国フーズ 総務部 <somu@kitaguni-foods.co.jp>"],
    "subject": "産業看護師派遣のご提案（札幌工場・千歳工場）",
    "charset": "iso-2022-jp",
    "body": f"""北国フーズ株式会社
総務部 御中

いつもお世話になっております。日の出産業の柴田でございます。
先日ご相談いただいた工場の健康管理体制について、ご提案書をお送りいたします。
{SIG_SHIBATA}""",
    "attachments": [{"kind": "pdf", "name": "ご提案書_産業看護師派遣_北国フーズ様.pdf",
                     "lines": ["産業看護師派遣のご提案", "北国フーズ株式会社 御中", "",
                               "1. 体制：札幌工場 常駐1名（週5日）、千歳工場 巡回1名（週2日）",
                               "2. 業務：健康相談、健診事後措置、ストレスチェック実施補助、衛生委員会への参加",
                               "3. 費用：月額 680,000円（税別）／名",
                               "4. 開始時期：2027年4月（3月中に引継ぎ期間）"]}],
    "entities": [], "detectors": [],
    "note": "a proposal to the genuine partner domain kitaguni-foods.co.jp",
})

# 079 — holiday notice to four hospitals in Bcc only
MESSAGES.append({
    "id": "kangoshi-079", "expect": "pass",
    "sender": OMORI, "to": [OMORI],
    "bcc": ["kango-saiyo@konan-chuo-hp.or.jp", "jinji@minamidai-hp.jp", "jinji@joto-reha.or.jp",
            "kangobu@saitama-kita-mc.jp"],
    "subject": "年末年始の営業日のお知らせ",
    "charset": "iso-2022-jp",
    "body": f"""お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
誠に勝手ながら、弊社の年末年始の営業日を下記のとおりとさせていただきます。

　休業期間：2026年12月29日（火）～2027年1月3日（日）
　※派遣スタッフの緊急連絡は、夜間緊急窓口（0120-551-790）で24時間承ります。

来年も変わらぬご愛顧のほど、よろしくお願い申し上げます。
{SIG_OMORI}""",
    "entities": [], "detectors": [],
    "note": "several hospitals, but all in Bcc: nobody sees the others",
})

# 080 — company introduction PPTX, no individuals
MESSAGES.append({
    "id": "kangoshi-080", "expect": "pass",
    "sender": OMORI, "to": ["東和大学病院 看護部 人材開発室 <nurse-hr@towa-u.ac.jp>"],
    "subject": "会社案内資料のご送付（先日のお電話の件）",
    "charset": "iso-2022-jp",
    "body": f"""東和大学病院 看護部 人材開発室
ご担当者様

先日はお電話にてありがとうございました。日の出産業の大森でございます。
弊社メディカルスタッフ事業部の会社案内をお送りいたします。
{SIG_OMORI}""",
    "attachments": [{"kind": "png", "name": "hinode_medical_logo.png"},
                    {"kind": "pptx", "name": "会社案内_メディカルスタッフ事業部.pptx",
                     "slides": [["日の出産業 メディカルスタッフ事業部", "看護師・介護職の派遣／紹介／紹介予定派遣"],
                                ["実績", "登録者数 4,800名（看護職 2,100名）", "取引施設 320施設（1都3県）"],
                                ["サービスの特長", "24時間の夜間緊急窓口", "入職後6か月の定着フォロー", "感染対策研修を全員に実施"]]}],
    "entities": [], "detectors": [],
    "note": "company introduction slides: no personal data, no marking",
})

# 081 — legacy XLS: residence card numbers of six specified-skilled caregivers
_fs = [foreigner() for _ in range(6)]
_rows = [["在留期限管理表（特定技能1号・介護）", "", "", "", "", ""],
         ["氏名", "国籍", "生年月日", "在留カード番号", "在留期限", "更新申請予定"]]
for f in _fs:
    _rows.append([f["name"], f["nat"], f["dob"].isoformat(), f["residence_card"], f["expiry"].isoformat(),
                  (f["expiry"] - _dt.timedelta(days=90)).isoformat()])
MESSAGES.append({
    "id": "kangoshi-081", "expect": "stop",
    "sender": HAYASE, "to": ["グローバルケアサポート 支援担当 <shien@global-care-support.jp>"],
    "subject": "支援対象者の在留期限一覧（10月更新）",
    "charset": "utf-8",
    "body": f"""グローバルケアサポート
支援ご担当 様

お世話になっております。日の出産業の早瀬です。
支援委託している特定技能外国人6名の在留期限一覧を更新しました。
更新申請の書類準備のスケジュールをご確認ください。
{SIG_HAYASE}""",
    "attachments": [{"kind": "xls", "name": "在留期限管理表_202610.xls", "sheets": {"在留期限": _rows}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "six romaji names with residence card numbers in a legacy XLS",
})

# 082 — invoice PDF with the company's bank account and T-number
_cn = new_corp_number()
MESSAGES.append({
    "id": "kangoshi-082", "expect": "pass",
    "sender": KUWABARA, "to": ["グループホームあおぞら 事務 <jimu@aozora-gh.com>"],
    "subject": "9月分 ご請求書（PDF）の送付",
    "charset": "iso-2022-jp",
    "body": f"""グループホームあおぞら 事務ご担当者様

いつもお世話になっております。日の出産業の桑原です。
9月分の派遣料金のご請求書をPDFにてお送りいたします。
ご確認のほどよろしくお願いいたします。
{SIG_KUWABARA}""",
    "attachments": [{"kind": "pdf", "name": "請求書_INV-2026-0931.pdf", "title": "請求書",
                     "lines": ["請求書", "グループホームあおぞら 御中", "請求書番号 INV-2026-0931　発行日 2026年9月30日",
                               f"日の出産業株式会社　登録番号 T{_cn}", "〒105-0012 東京都港区芝大門2-5-8　TEL 03-5432-7781", ""],
                     "table": [["品目", "数量", "単価", "金額"],
                               ["介護職派遣（日勤）", "168h", "2,950", "495,600"],
                               ["介護職派遣（夜勤）", "9回", "38,000", "342,000"],
                               ["交通費", "1式", "", "24,300"],
                               ["小計", "", "", "861,900"], ["消費税（10%）", "", "", "86,190"],
                               ["合計", "", "", "948,090"],
                               ["振込先", "みどり銀行 芝支店", "当座 0028114", "ヒノデサンギヨウ（カ"]]}],
    "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "invoice PDF with the company's own account and T-number: business data",
})

# 083 — five nurses in full-width padded columns with full-width mobiles
_s = people(5, sex="F")
_rows = [["氏名", "最寄駅", "携帯電話", "夜勤可能回数"]]
for p in _s:
    _rows.append([p["name_nosp"], p["station"].split(" ")[-1] + "駅", fw(p["phone"]), f"月{fw(str(rng.randrange(4, 10)))}回"])
MESSAGES.append({
    "id": "kangoshi-083", "expect": "stop",
    "sender": ISHII, "to": ["さいたま北総合医療センター 夜勤管理 <yakin@saitama-kita-mc.jp>"],
    "subject": "11月 夜勤可能な派遣看護師一覧",
    "charset": "cp932",
    "body": f"""さいたま北総合医療センター
夜勤管理ご担当 様

お世話になっております。日の出産業の石井です。
11月に夜勤可能な派遣看護師をまとめました。急な欠員の際は直接ご連絡いただいて構いません。

{fw_columns(_rows)}

よろしくお願いいたします。
{SIG_ISHII}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five nurses' full-width mobiles in columns padded with full-width spaces",
})

# 084 — interview reminder naming the agency's own staff and their company mobiles
MESSAGES.append({
    "id": "kangoshi-084", "expect": "pass",
    "sender": OMORI, "to": ["東和大学病院 看護部 人材開発室 <nurse-hr@towa-u.ac.jp>"],
    "subject": "10/9 ご面談の件（リマインド）",
    "charset": "iso-2022-jp",
    "body": f"""東和大学病院 看護部 人材開発室
ご担当者様

お世話になっております。日の出産業の大森です。
10月9日（金）15時からのご面談、どうぞよろしくお願いいたします。

当日は弊社から2名で伺います。
　大森 健一（営業第二課）社用携帯 090-3318-6620
　石井 真理子（コーディネーター）社用携帯 080-4417-2956

正門横の守衛室で受付をすればよろしいでしょうか。
{SIG_OMORI}""",
    "entities": [], "detectors": [],
    "note": "only the agency's own staff and their company mobiles: signature-level business contacts",
})

# 085 — four care homes visible in To/Cc
MESSAGES.append({
    "id": "kangoshi-085", "expect": "stop",
    "sender": HAYASE,
    "to": ["ひだまり会 人事 <jinji@hidamari-kai.or.jp>"],
    "cc": ["ことぶきの杜 事務長 <jimucho@kotobuki-mori.co.jp>", "すずらん 事務長 <jimucho@suzuran-roken.jp>",
           "あおぞら 管理者 <kanri@aozora-gh.com>"],
    "subject": "介護職員等処遇改善加算 説明会のご案内",
    "charset": "iso-2022-jp",
    "body": f"""お取引先施設 ご担当者各位

いつもお世話になっております。日の出産業の早瀬です。
派遣職員に係る処遇改善加算の取扱いについて、説明会を開催いたします。

　日時：10月22日（木）14:00～15:30
　形式：オンライン（Zoom）※URLは前日にお送りします
　内容：派遣料金への反映方法、賃金改善実績報告書の記載例

ご出席の可否を10月15日までにご返信ください。
{SIG_HAYASE}""",
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four client care homes can see each other in To/Cc",
})

# 086 — six nurses' dorm registration with S/H-style 和暦 DOBs, addresses and phones, to the partner hotel
_s = people(6)
_lines = "\n".join(f"・{p['name']}（{wareki(p['dob'], 'short' if i % 2 else 'fwshort')}生）{p['addr']}　TEL {p['phone']}"
                   for i, p in enumerate(_s))
MESSAGES.append({
    "id": "kangoshi-086", "expect": "stop",
    "sender": MIYAWAKI, "to": ["さくらホテル 長期滞在プラン窓口 <longstay@sakura-hotel.jp>"],
    "subject": "応援看護師 長期滞在（11/1～1/31）宿泊者名簿",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 長期滞在プラン ご担当者様

お世話になっております。日の出産業の宮脇です。
11月からの応援派遣に伴う長期滞在について、宿泊者名簿のご提出をお願いされておりましたので
下記のとおりお送りいたします。

{_lines}

チェックインは全員11月1日（日）15時以降の予定です。
{SIG_MIYAWAKI}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six people's DOB (S58.4.2 style), address and phone in bullets, even to a partner",
})

# 087 — signed NDA returned to the partner law firm
MESSAGES.append({
    "id": "kangoshi-087", "expect": "pass",
    "sender": SHIBATA, "to": ["白川法律事務所 <office@shirakawa-law.jp>"],
    "subject": "機密保持契約書（締結版）の送付",
    "charset": "iso-2022-jp",
    "body": f"""白川法律事務所 白川先生

いつもお世話になっております。日の出産業の柴田です。
港南中央病院様との機密保持契約が締結となりましたので、締結版のPDFを共有いたします。
第4条（患者情報）は先生にご修正いただいた文言のまま合意に至りました。
ありがとうございました。
{SIG_SHIBATA}""",
    "attachments": [{"kind": "pdf", "name": "機密保持契約書_締結版_港南中央病院.pdf",
                     "lines": ["機密保持契約書", "港南中央病院（甲）と日の出産業株式会社（乙）は、以下のとおり契約する。",
                               "第1条（目的）紹介予定派遣の実施に際し開示される情報の取扱いを定める。",
                               "第4条（患者情報）乙は、派遣労働者に対し患者情報の守秘を誓約させる。",
                               "第9条（有効期間）締結日から3年間。", "",
                               "2026年10月1日　甲 港南中央病院 院長　乙 日の出産業株式会社 代表取締役"]}],
    "entities": [], "detectors": [],
    "note": "an executed NDA sent to the partner law firm: about confidentiality, not marked",
})

# 088 — DOCX health declaration of one nurse (vaccines, titres, asthma), to a hospital
_p = person(sex="F")
MESSAGES.append({
    "id": "kangoshi-088", "expect": "stop",
    "sender": MIYAWAKI, "to": ["港南中央病院 職員健康管理室 <kenkou@konan-chuo-hp.or.jp>"],
    "subject": "派遣看護師 健康情報申告書のご提出（1名）",
    "charset": "iso-2022-jp",
    "body": f"""港南中央病院 職員健康管理室 御中

お世話になっております。日の出産業の宮脇です。
11月1日から派遣予定の看護師1名の健康情報申告書を添付いたします。
{SIG_MIYAWAKI}""",
    "attachments": [{"kind": "docx", "name": f"健康情報申告書_{_p['sei']}.docx",
                     "paragraphs": ["健康情報申告書（派遣職員用）", "港南中央病院 職員健康管理室 宛"],
                     "tables": [[["氏名", _p["name"]], ["生年月日", wareki(_p["dob"])],
                                 ["既往歴", "気管支喘息（小児期より、現在吸入薬で管理）"],
                                 ["麻疹抗体（EIA）", "14.2（陽性）"], ["風疹抗体（HI）", "32倍"],
                                 ["HBs抗体", "8.1 mIU/mL（陰性）→ 追加接種予定"],
                                 ["インフルエンザ", "2025年10月接種済"], ["新型コロナ", "5回接種済"]]]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one nurse's medical history and antibody results in a DOCX",
})

# 089 — HTML-only table of working conditions, no people
MESSAGES.append({
    "id": "kangoshi-089", "expect": "pass",
    "sender": HAYASE, "to": ["社会福祉法人ひだまり会 人事 <jinji@hidamari-kai.or.jp>"],
    "subject": "派遣スタッフ向け 勤務条件の確認",
    "charset": "utf-8",
    "html": """<html><body>
<p>ひだまり会 人事ご担当者様</p>
<p>お世話になっております。日の出産業の早瀬です。<br>
11月からの派遣について、勤務条件を下表のとおり理解しております。相違があればご指摘ください。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>勤務</th><th>時間</th><th>休憩</th><th>人数</th><th>単価</th></tr>
<tr><td>早番</td><td>7:00-16:00</td><td>60分</td><td>2</td><td>2,550円/h</td></tr>
<tr><td>日勤</td><td>9:00-18:00</td><td>60分</td><td>3</td><td>2,450円/h</td></tr>
<tr><td>遅番</td><td>11:00-20:00</td><td>60分</td><td>2</td><td>2,550円/h</td></tr>
<tr><td>夜勤</td><td>16:30-翌9:30</td><td>120分</td><td>1</td><td>38,000円/回</td></tr>
</table>
<p>日の出産業株式会社 メディカルスタッフ事業部 早瀬 実<br>TEL 03-5432-7781</p>
</body></html>""",
    "entities": [], "detectors": [],
    "note": "HTML table of shifts and rates: no people",
})

# 090 — unencrypted ZIP of business documents
MESSAGES.append({
    "id": "kangoshi-090", "expect": "pass",
    "sender": OMORI, "to": ["城東リハビリテーション病院 事務部 <jimubu@joto-reha.or.jp>"],
    "subject": "新規お取引に関する書類一式",
    "charset": "iso-2022-jp",
    "body": f"""城東リハビリテーション病院 事務部 御中

お世話になっております。日の出産業の大森です。
新規お取引にあたっての書類一式をZIPでお送りします（パスワードはかけておりません）。
　・料金表（2026年度下期）
　・労働者派遣事業許可証の写し
　・個人情報の取扱いに関する誓約書（ひな形）
{SIG_OMORI}""",
    "attachments": [{"kind": "zip", "name": "取引書類一式_日の出産業.zip", "files": [
        {"kind": "xlsx", "name": "料金表_2026下期.xlsx",
         "sheets": {"料金表": [["職種", "区分", "単価"], ["看護師", "日勤", 3900], ["看護師", "夜勤", 42000],
                              ["准看護師", "日勤", 3500], ["介護福祉士", "日勤", 2950]]}},
        {"kind": "pdf", "name": "派遣事業許可証_写し.pdf",
         "lines": ["労働者派遣事業許可証", "許可番号 派13-318822", "日の出産業株式会社", "有効期間 2025年4月1日～2030年3月31日"]},
        {"kind": "docx", "name": "誓約書_ひな形.docx",
         "paragraphs": ["個人情報の取扱いに関する誓約書", "私は、派遣先において知り得た患者及び職員の個人情報を、"
                        "在職中及び退職後も第三者に漏らさないことを誓約します。", "氏名：＿＿＿＿＿＿　日付：＿＿＿＿"]}]}],
    "entities": [], "detectors": [],
    "note": "an unencrypted ZIP of a price list, a licence copy and a blank pledge form",
})

# 091 — thank-you mail naming one nurse without other data
MESSAGES.append({
    "id": "kangoshi-091", "expect": "pass",
    "sender": ISHII, "to": ["みなみ台病院 看護部 教育担当 <kango-kyoiku@minamidai-hp.jp>"],
    "subject": "御礼（入職1か月面談）",
    "charset": "utf-8",
    "body": f"""須藤様

お世話になっております。日の出産業の石井です。
本日は入職1か月面談のお時間をいただき、ありがとうございました。

杉浦さんご本人も「プリセプターの方が丁寧に教えてくださるので安心して働けている」と
話しておりました。引き続きよろしくお願いいたします。
次回の3か月面談は1月中旬を予定しております。
{SIG_ISHII}""",
    "entities": [], "detectors": [],
    "note": "a nurse is named with no personal data about her: ordinary thank-you mail",
})

# 092 — forward to a caregiver's free mail: a resident's diagnosis and insulin regime
MESSAGES.append({
    "id": "kangoshi-092", "expect": "stop",
    "sender": HAYASE, "to": ["shizuka.imaizumi31@ezweb.ne.jp"],
    "subject": "転送：ご家族からのご要望（週末の食事介助について）",
    "charset": "iso-2022-jp",
    "body": f"""今泉さん

お疲れさまです。早瀬です。
ことぶきの杜さんから下記の連絡がありました。今週末の勤務前に目を通しておいてください。

-------- 転送メッセージ --------
件名: 入居者様ご家族からのご要望
日付: 2026/10/01 11:24
差出人: ことぶきの杜 介護課 宮坂
宛先: 日の出産業 早瀬様

早瀬様

203号室の 十文字 ハル 様（88歳）のご家族から、週末の食事介助についてご要望がありました。
ハル様は2型糖尿病でインスリン注射（朝・夕）を受けておられ、食事量が半分以下の場合は
看護職員に報告して夕の単位数を調整しています。
週末の派遣の方にも、食事量を必ず記録して看護職員へ報告するようお伝えください。

ことぶきの杜 介護課 宮坂
{SIG_HAYASE}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a forward of a named resident's diabetes treatment to a worker's carrier address",
})

# 093 — timesheet confirmation with six named staff's hours to the client hospital
_s = people(6)
_rows = [["氏名", "勤務日数", "日勤", "夜勤", "実働時間", "残業"]]
for p in _s:
    d = rng.randrange(10, 21)
    n = rng.randrange(0, 5)
    _rows.append([p["name"], d, d - n, n, f"{(d - n) * 8 + n * 14}h", f"{rng.randrange(0, 9)}h"])
MESSAGES.append({
    "id": "kangoshi-093", "expect": "either",
    "sender": KUWABARA, "to": ["港南中央病院 人事課 <jinji@konan-chuo-hp.or.jp>"],
    "subject": "9月分 派遣看護師 勤務実績のご確認",
    "charset": "iso-2022-jp",
    "body": f"""港南中央病院 人事課 ご担当者様

お世話になっております。日の出産業の桑原です。
9月分の派遣看護師の勤務実績を下記のとおり集計しました。
貴院のタイムカードと相違がないかご確認のうえ、ご承認をお願いいたします。

{columns(_rows)}

ご承認いただき次第、請求書を発行いたします。
{SIG_KUWABARA}""",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "six names with hours worked, sent to the very hospital they work at: list or routine timesheet?",
})

# 094 — UTF-8 CSV of eight trainees' e-mails and phones, to a training company
_s = people(8)
_rows = [["受講者番号", "氏名", "フリガナ", "メールアドレス", "電話番号", "受講コース"]]
for i, p in enumerate(_s, 1):
    _rows.append([f"2611-{i:03d}", p["name"], p["kana"], p["email"], p["phone"],
                  rng.choice(["喀痰吸引等研修（第2号）", "認知症介護基礎研修", "喀痰吸引等研修（第2号）"])])
MESSAGES.append({
    "id": "kangoshi-094", "expect": "stop",
    "sender": HAYASE, "to": ["ケアスキルアップ 研修事務局 <jimukyoku@care-skillup.co.jp>"],
    "subject": "11月開講 研修受講者名簿のご提出",
    "charset": "utf-8",
    "body": f"""ケアスキルアップ株式会社
研修事務局 御中

お世話になっております。日の出産業の早瀬です。
11月開講の研修に受講させる登録スタッフ8名の名簿をお送りします。
受講案内は各受講者へ直接メールでお送りいただけますでしょうか。
{SIG_HAYASE}""",
    "attachments": [{"kind": "csv", "name": "受講者名簿_202611.csv", "encoding": "utf-8", "rows": _rows}],
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "eight trainees' names, private e-mails and phones in a UTF-8 CSV",
})

# 095 — reply to a registrant about her own pay, her question quoted
MESSAGES.append({
    "id": "kangoshi-095", "expect": "pass",
    "sender": KUWABARA, "to": ["kaori.t-nurse@icloud.com"],
    "subject": "Re: 9月分のお給料について",
    "charset": "iso-2022-jp",
    "body": f"""お問い合わせありがとうございます。日の出産業 業務管理課の桑原です。

9月分が前月より少ない件、内訳は以下のとおりです。
　・夜勤回数：8月 7回 → 9月 5回（夜勤手当 −16,000円）
　・9月から雇用保険料率の変更あり（−312円）
　・通勤手当は定期代のため変動なし

計算に誤りはございませんでしたが、ご不明点があればお気軽にご連絡ください。
{SIG_KUWABARA}

> 日の出産業 給与ご担当様
> 9月分の振込額が8月より2万円近く少ないのですが、
> 何か間違いがないか確認していただけますか。
> 竹内 香織""",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "a registrant's own pay breakdown sent back to her; one free-mail recipient",
})

# 096 — a named nurse's pregnancy and request to be exempted from night shifts
_p = person(sex="F", lo=1990, hi=1998)
MESSAGES.append({
    "id": "kangoshi-096", "expect": "either",
    "sender": ISHII, "to": ["さいたま北総合医療センター 看護部 <kangobu@saitama-kita-mc.jp>"],
    "subject": "派遣看護師の勤務配慮のお願い",
    "charset": "iso-2022-jp",
    "body": f"""さいたま北総合医療センター 看護部 ご担当者様

お世話になっております。日の出産業の石井です。
7階病棟に派遣中の {_p['name']} さんから、現在妊娠14週であるとの報告があり、
12月以降の夜勤を免除していただきたいとの申し出がございました。
（母子健康管理指導事項連絡カードは後日ご本人から提出いたします）

夜勤分の補充は別のスタッフで調整いたしますので、ご検討をお願いいたします。
{SIG_ISHII}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named nurse's pregnancy: health information or an ordinary work-arrangement request?",
})

# 097 — look-alike: a hyphen for the dot of the internal subdomain
MESSAGES.append({
    "id": "kangoshi-097", "expect": "stop",
    "sender": ONODERA, "to": ["経理システム管理 <keiri-admin@mail-hinode-sangyo.co.jp>"],
    "subject": "給与計算システム 10月メンテナンスの影響について",
    "charset": "iso-2022-jp",
    "body": """経理システム管理 ご担当各位

情報システム課の小野寺です。
10月17日（土）22:00～翌6:00に給与計算システムのメンテナンスを実施します。
この間、勤怠データの取込とFBデータ作成ができませんのでご注意ください。

影響：10/23支払分の作成は10/16（金）中に完了をお願いします。

--
小野寺 隆 / 管理本部 情報システム課 内線 7785""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "mail-hinode-sangyo.co.jp puts a hyphen for the dot of mail.hinode-sangyo.co.jp",
})

# 098 — internal (subdomain) antibody list of twenty staff
_s = people(20)
_rows = [["氏名", "生年月日", "麻疹", "風疹", "水痘", "ムンプス", "HBs抗体", "要対応"]]
for p in _s:
    hb = rng.choice(["陽性", "陽性", "陽性", "陰性"])
    _rows.append([p["name"], ymd(p["dob"]), rng.choice(["陽性", "陽性", "境界"]), rng.choice(["陽性", "陽性", "陰性"]),
                  "陽性", rng.choice(["陽性", "境界"]), hb, "追加接種" if hb == "陰性" else ""])
MESSAGES.append({
    "id": "kangoshi-098", "expect": "pass",
    "sender": MIYAWAKI, "to": [f"kenkou-kanri@mail.{D}"], "cc": [NOGUCHI],
    "subject": "派遣看護師 抗体価確認表（10月配属分）",
    "charset": "utf-8",
    "body": f"""健康管理チーム各位

宮脇です。10月配属の派遣看護師20名の抗体価確認表です。
陰性・境界の方には今週中に追加接種の案内を出します。
{SIG_MIYAWAKI}""",
    "attachments": [{"kind": "xlsx", "name": "抗体価確認表_10月配属.xlsx", "sheets": {"抗体価": _rows}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "all recipients internal (mail.hinode-sangyo.co.jp is internal): health list may go",
})

# 099 — two named nurses' influenza vaccination dates only
_s = people(2, sex="F")
MESSAGES.append({
    "id": "kangoshi-099", "expect": "either",
    "sender": MIYAWAKI, "to": ["城東リハビリテーション病院 感染対策室 <ict@joto-reha.or.jp>"],
    "subject": "派遣看護師のインフルエンザ予防接種状況",
    "charset": "iso-2022-jp",
    "body": f"""感染対策室 ご担当者様

お世話になっております。日の出産業の宮脇です。
ご照会いただいた派遣看護師2名の今シーズンの予防接種状況です。

　{_s[0]['name']}　インフルエンザHAワクチン　10月12日 接種済
　{_s[1]['name']}　インフルエンザHAワクチン　10月20日 接種予定

接種済証の写しが必要でしたらお送りします。
{SIG_MIYAWAKI}""",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "two named nurses' vaccination dates: arguably health information, arguably routine",
})

# 100 — CSV whose first row is a 【取扱注意】 classification, to an outside consultant
_rows = [["【取扱注意】経営企画室限り"], ["施設別 売上・粗利（2026年4月～9月）"],
         ["施設", "区分", "売上", "原価", "粗利", "粗利率"],
         ["港南中央病院", "派遣", 28874000, 16652000, 12222000, "42.3%"],
         ["みなみ台病院", "派遣", 17762400, 10120000, 7642400, "43.0%"],
         ["城東リハ", "派遣+紹介", 15320000, 7981000, 7339000, "47.9%"],
         ["ひだまり会", "派遣", 10399500, 5278000, 5121500, "49.2%"],
         ["ことぶきの杜", "派遣", 7253400, 3697000, 3556400, "49.0%"]]
MESSAGES.append({
    "id": "kangoshi-100", "expect": "stop",
    "sender": SHIBATA, "to": ["みらい経営コンサルティング 佐伯 <saeki@mirai-consulting.co.jp>"],
    "subject": "中期計画ご支援の件 データ共有",
    "charset": "iso-2022-jp",
    "body": f"""みらい経営コンサルティング
佐伯様

お世話になっております。日の出産業の柴田です。
中期計画の検討用に、上期の施設別収益データをCSVでお送りします。
次回打合せでご意見をいただけますと幸いです。
{SIG_SHIBATA}""",
    "attachments": [{"kind": "csv", "name": "施設別収益_2026上期.csv", "encoding": "utf-8", "rows": _rows}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "the attached CSV is stamped 【取扱注意】 in its first row",
})


# What an ISO-2022-JP mailer actually sends: JIS X 0208 has no U+FF5E / U+FF0D, so the
# wave dash and the full-width hyphen typed in an IME go out as 〜 (U+301C) and − (U+2212).
_JIS = str.maketrans({"～": "〜", "－": "−"})
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("subject", "body", "html"):
            if isinstance(_m.get(_k), str):
                _m[_k] = _m[_k].translate(_JIS)
