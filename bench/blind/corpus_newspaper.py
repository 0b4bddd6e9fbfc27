"""Blind evaluation corpus — area: newspaper (新聞販売店).

日の出産業株式会社 runs newspaper delivery agencies (新聞販売店 / 専売所) in 練馬・所沢・新座:
subscribers and their delivery routes (順路帳), subscription contracts and campaign gifts
(景品), delivery staff (students, 新聞奨学生, foreign residents) and their pay, stop/start
requests during travel (一時止め), watch-over (見守り) reports of elderly subscribers who do
not take in the paper, flyer (折込) advertisers, the publisher's sales department (販売局),
complaints.

Every person, number, address, phone number, e-mail address and organisation below is
invented (fictional but plausible).  My Numbers and card numbers come from build.py's
my_number(seed) / card_number(seed) with seeds starting at 7301 (7301, 7302, …).
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

_rng = random.Random(7301)
_seed = [7301]


def _next_seed() -> int:
    s = _seed[0]
    _seed[0] += 1
    return s


def mynum(spaced: bool = False) -> str:
    n = my_number(_next_seed())
    return f"{n[:4]} {n[4:8]} {n[8:]}" if spaced else n


def card(sep: str = "-") -> str:
    n = card_number(_next_seed())
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


_ZEN = str.maketrans("0123456789-()/:.", "０１２３４５６７８９－（）／：．")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def wareki(d: _dt.date, style: str = "long") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "long":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "zen":
        return zen(f"{era}{y}年{d.month}月{d.day}日")
    return f"{short}{y}.{d.month}.{d.day}"


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
    ("近藤", "コンドウ", "Kondo"), ("大塚", "オオツカ", "Otsuka"), ("千葉", "チバ", "Chiba"),
    ("四月一日", "ワタヌキ", "Watanuki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("百目鬼", "ドウメキ", "Domeki"),
    ("九十九", "ツクモ", "Tsukumo"), ("纐纈", "コウケツ", "Koketsu"), ("雑賀", "サイカ", "Saika"),
    ("忽那", "クツナ", "Kutsuna"), ("薬袋", "ミナイ", "Minai"), ("五百旗頭", "イオキベ", "Iokibe"),
    ("鬼頭", "キトウ", "Kito"), ("左右田", "ソウダ", "Soda"), ("一尺八寸", "カマツカ", "Kamatsuka"),
    ("栗花落", "ツユリ", "Tsuyuri"), ("御手洗", "ミタライ", "Mitarai"), ("春夏秋冬", "ヒトトセ", "Hitotose"),
    ("舎利弗", "トドロキ", "Todoroki"), ("上遠野", "カドノ", "Kadono"),
]
GIVEN = [
    ("健一", "ケンイチ", "Kenichi"), ("和子", "カズコ", "Kazuko"), ("節子", "セツコ", "Setsuko"),
    ("正雄", "マサオ", "Masao"), ("幸子", "サチコ", "Sachiko"), ("博", "ヒロシ", "Hiroshi"),
    ("美智子", "ミチコ", "Michiko"), ("茂", "シゲル", "Shigeru"), ("悠斗", "ユウト", "Yuto"),
    ("陽菜", "ヒナ", "Hina"), ("翔太", "ショウタ", "Shota"), ("美咲", "ミサキ", "Misaki"),
    ("大輝", "ダイキ", "Daiki"), ("彩花", "アヤカ", "Ayaka"), ("勝", "マサル", "Masaru"),
    ("トメ", "トメ", "Tome"), ("清", "キヨシ", "Kiyoshi"), ("久美子", "クミコ", "Kumiko"),
    ("隆", "タカシ", "Takashi"), ("千代", "チヨ", "Chiyo"), ("蓮", "レン", "Ren"),
    ("結衣", "ユイ", "Yui"), ("拓海", "タクミ", "Takumi"), ("明美", "アケミ", "Akemi"),
    ("ハル", "ハル", "Haru"), ("康夫", "ヤスオ", "Yasuo"), ("良子", "ヨシコ", "Yoshiko"),
    ("一郎", "イチロウ", "Ichiro"), ("敏子", "トシコ", "Toshiko"), ("智也", "トモヤ", "Tomoya"),
]
FOREIGN = [
    ("グエン・ヴァン・タン", "NGUYEN VAN THANH", "ベトナム"),
    ("チャン・ティ・マイ", "TRAN THI MAI", "ベトナム"),
    ("ファム・ミン・ドゥック", "PHAM MINH DUC", "ベトナム"),
    ("レ・ティ・フオン", "LE THI HUONG", "ベトナム"),
    ("グルン・ビカス", "GURUNG BIKASH", "ネパール"),
    ("シュレスタ・アニタ", "SHRESTHA ANITA", "ネパール"),
    ("ラマ・スニル", "LAMA SUNIL", "ネパール"),
    ("バトバヤル・ガンゾリグ", "BATBAYAR GANZORIG", "モンゴル"),
    ("ワン・レイ", "WANG LEI", "中国"),
    ("ラフマン・モハンマド", "RAHMAN MOHAMMAD", "バングラデシュ"),
    ("ホアン・ヴァン・フン", "HOANG VAN HUNG", "ベトナム"),
    ("タパ・ラジェシュ", "THAPA RAJESH", "ネパール"),
]

AREAS = [
    # (〒, 都道府県, 市区町村+町名, home phone prefix)
    ("177-0041", "東京都", "練馬区石神井町", "03-399"),
    ("177-0045", "東京都", "練馬区石神井台", "03-390"),
    ("178-0063", "東京都", "練馬区東大泉", "03-392"),
    ("178-0065", "東京都", "練馬区西大泉", "03-592"),
    ("177-0052", "東京都", "練馬区関町東", "03-392"),
    ("359-1111", "埼玉県", "所沢市緑町", "04-292"),
    ("359-0044", "埼玉県", "所沢市松葉町", "04-299"),
    ("359-1124", "埼玉県", "所沢市東住吉", "04-292"),
    ("359-1141", "埼玉県", "所沢市小手指町", "04-294"),
    ("352-0011", "埼玉県", "新座市野火止", "048-47"),
    ("352-0001", "埼玉県", "新座市東北", "048-47"),
    ("352-0023", "埼玉県", "新座市堀ノ内", "048-48"),
]
BUILDINGS = ["コーポ若葉", "メゾン石神井", "ハイツ緑", "サンライズ野火止", "グリーンヒル小手指",
             "パークサイド東大泉", "ヴィラ松葉", "第二清風荘", "レジデンス東住吉"]
BANKS = [("みどり銀行", "0179"), ("武蔵野中央信用金庫", "1321"), ("ゆうちょ銀行", "9900"),
         ("東和銀行", "0152"), ("所沢第一信用組合", "2204")]
BRANCHES = [("石神井支店", "231"), ("所沢支店", "118"), ("新座支店", "305"), ("大泉学園支店", "236"),
            ("小手指出張所", "119"), ("志木支店", "307")]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
            "softbank.ne.jp", "outlook.jp"]
PAPERS = ["東都新聞", "東都新聞（朝刊のみ）", "関東日報", "東都スポーツ", "東都新聞＋関東日報"]
GIFTS = ["洗剤3箱", "ビール券4枚", "お米5kg", "ジュース1ケース", "野球観戦券2枚", "タオルセット",
         "商品券3,000円分", "トイレットペーパー2袋"]


def _phone_home(prefix: str) -> str:
    rest = 8 - len(prefix.replace("-", "")) + 2  # digits remaining for a 10-digit number
    digits = "".join(str(_rng.randrange(10)) for _ in range(rest))
    if prefix.startswith("048"):
        return f"{prefix}{digits[0]}-{digits[1:]}"
    return f"{prefix}{digits[0]}-{digits[1:]}"


def _mobile() -> str:
    return f"{_rng.choice(['090', '080', '070'])}-{_rng.randrange(1000, 9999)}-{_rng.randrange(1000, 9999)}"


FEMALE = {"和子", "節子", "幸子", "美智子", "陽菜", "美咲", "彩花", "トメ", "久美子", "千代", "結衣",
          "明美", "ハル", "良子", "敏子"}


def person(age_from: int = 25, age_to: int = 85, foreign: bool = False, female: bool = False,
           surname: tuple | None = None) -> dict:
    area = _rng.choice(AREAS)
    sur = _rng.choice(SURNAMES)
    giv = _rng.choice([g for g in GIVEN if g[0] in FEMALE] if female else GIVEN)
    if surname:
        sur = surname
    year = 2025 - _rng.randint(age_from, age_to)
    dob = _dt.date(year, _rng.randint(1, 12), _rng.randint(1, 28))
    chome = _rng.randint(1, 8)
    ban = _rng.randint(1, 30)
    go = _rng.randint(1, 25)
    bld = ""
    if _rng.random() < 0.35:
        bld = f" {_rng.choice(BUILDINGS)}{_rng.randint(1, 3)}0{_rng.randint(1, 8)}"
    p = {
        "zip": area[0],
        "pref": area[1],
        "town": area[2],
        "street": f"{chome}-{ban}-{go}{bld}",
        "street_kanji": f"{chome}丁目{ban}番{go}号{bld}",
        "tel": _phone_home(area[3]),
        "mobile": _mobile(),
        "dob": dob,
        "age": 2025 - year,
        "sur": sur, "giv": giv,
    }
    if foreign:
        f = _rng.choice(FOREIGN)
        p["name"], p["kana"], p["romaji"], p["nationality"] = f[0], f[0], f[1], f[2]
        p["sur"] = (f[0].split("・")[0], f[0].split("・")[0], f[1].split()[0])
    else:
        p["name"] = f"{sur[0]} {giv[0]}"
        p["kana"] = f"{sur[1]} {giv[1]}"
        p["romaji"] = f"{giv[2]} {sur[2]}"
    local = p["romaji"].lower().replace(" ", _rng.choice([".", "_", ""]))
    p["email"] = f"{local}{_rng.randint(1, 99) if _rng.random() < 0.5 else ''}@{_rng.choice(FREEMAIL)}"
    b = _rng.choice(BANKS)
    br = _rng.choice(BRANCHES)
    p["bank"], p["bank_code"] = b
    p["branch"], p["branch_code"] = br
    p["account"] = f"{_rng.randrange(1000000, 9999999)}"
    p["route"] = f"{_rng.randint(1, 9)}-{_rng.randint(1, 40):02d}"
    return p


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def addr(p: dict, zipped: bool = True, kanji: bool = False) -> str:
    st = p["street_kanji"] if kanji else p["street"]
    return (f"〒{p['zip']} " if zipped else "") + f"{p['pref']}{p['town']}{st}"


def pad(s: str, width: int) -> str:
    """pad to a display width (full-width chars count 2)."""
    w = sum(2 if ord(c) > 0x7F else 1 for c in s)
    return s + " " * max(width - w, 0)


def pension() -> str:
    return f"{_rng.randrange(1000, 9999)}-{_rng.randrange(100000, 999999)}"


def residence_card() -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (_rng.choice(L) + _rng.choice(L) + f"{_rng.randrange(10**7, 10**8)}"
            + _rng.choice(L) + _rng.choice(L))


def license_no(prefix: str = "30") -> str:
    return prefix + f"{_rng.randrange(10**9, 10**10)}"


def ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


# -- people of the organisation -----------------------------------------------------------

ISHIGURO = "石黒 健吾 <ishiguro.k@hinode-sangyo.co.jp>"
KAGAYA = "加賀谷 美咲 <kagaya@hinode-sangyo.co.jp>"
SHOJI = "東海林 亮 <shoji.r@hinode-sangyo.co.jp>"
NONOMURA = "野々村 千尋 <nonomura@hinode-sangyo.co.jp>"
IWABUCHI = "岩渕 大輔 <iwabuchi@hinode-sangyo.co.jp>"
MAKABE = "真壁 さおり <makabe.s@hinode-sangyo.co.jp>"
OWADA = "大和田 徹 <owada@hinode-sangyo.co.jp>"
SAGARA = "相良 直人 <sagara@mail.hinode-sangyo.co.jp>"

SIG_ISHIGURO = """--
東都新聞 練馬中央専売所（日の出産業株式会社）
所長　石黒 健吾
〒177-0041 東京都練馬区石神井町3-18-6
TEL 03-3996-2210 / FAX 03-3996-2219
ishiguro.k@hinode-sangyo.co.jp"""

SIG_KAGAYA = """────────────────────
日の出産業株式会社　所沢東販売所
事務　加賀谷 美咲（かがや みさき）
〒359-1111 埼玉県所沢市緑町2-7-15
TEL：04-2925-0871　FAX：04-2925-0872
────────────────────"""

SIG_SHOJI = """**************************************
日の出産業株式会社 販売部
部長 東海林 亮 (Ryo Shoji)
TEL 03-5933-4100 (代表)  携帯 090-4417-2268
**************************************"""

SIG_NONOMURA = """---------------------------------
日の出産業株式会社 管理部 総務・経理課
野々村 千尋
TEL 03-5933-4102  内線 214
---------------------------------"""

SIG_IWABUCHI = """===
新座南販売所（日の出産業）主任 岩渕
TEL 048-478-3301"""

SIG_MAKABE = """--------------------------------------------
日の出産業株式会社 管理部 人事グループ
真壁 さおり　Saori Makabe
〒177-0041 東京都練馬区石神井町3-18-6 日の出ビル2F
TEL 03-5933-4103　FAX 03-5933-4109
--------------------------------------------"""

SIG_OWADA = """～～～～～～～～～～～～～～～～～～
日の出産業（株）折込広告センター
大和田 徹
TEL 03-5933-4120 ／ FAX 03-5933-4129
～～～～～～～～～～～～～～～～～～"""

SIG_SAGARA = """--
相良 直人 / Naoto Sagara
日の出産業株式会社 管理部 情報システム担当
内線 230"""

DISCLAIMER_JP = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information. If you have
received it in error, please notify the sender and delete it. Thank you."""


def M(expect, entities, detectors, note, charset, sender, to, subject, body=None, html=None,
      cc=None, bcc=None, attachments=None) -> dict:
    m = {"expect": expect, "entities": list(entities), "detectors": list(detectors),
         "note": note, "charset": charset, "sender": sender, "to": list(to),
         "cc": list(cc or []), "bcc": list(bcc or []), "subject": subject}
    if body is not None:
        m["body"] = body
    if html is not None:
        m["html"] = html
    if attachments:
        m["attachments"] = list(attachments)
    return m


_ALL: list[dict] = []


def add(m: dict) -> None:
    _ALL.append(m)


# external organisations (fictional)
TOHTO = "tohto-shimbun.co.jp"          # publisher 東都新聞社 販売局
KANTO = "kanto-nippo.co.jp"            # publisher 関東日報社 販売部
OIZUMI = "oizumi-shinbun.jp"           # neighbouring agency (合配先)


# =========================================================================================
# STOP — lists of people
# =========================================================================================

# S01 new-contract report, space-padded table, to the publisher
_p = people(8)
_rows = []
for i, p in enumerate(_p):
    _rows.append(f"{pad(f'10/{_rng.randint(1, 30):02d}', 7)}{pad(p['name'], 14)}"
                 f"{pad(p['town'] + p['street'], 48)}{pad(p['tel'], 15)}"
                 f"{pad(_rng.choice(['6ヶ月', '12ヶ月', '3ヶ月', '24ヶ月']), 8)}{_rng.choice(GIFTS)}")
add(M("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
      "8 new subscribers with address and phone sent to the publisher's sales dept: a list of people",
      "iso-2022-jp", ISHIGURO, [f"吉永 担当員 <yoshinaga.t@{TOHTO}>"],
      "【練馬中央】10月度 新規契約者報告",
      f"""東都新聞社 販売局 第三部
吉永様

いつも大変お世話になっております。練馬中央専売所の石黒です。
10月度の新規契約分をご報告いたします。拡張団経由の分も含めて8件です。

{pad('契約日', 7)}{pad('氏名', 14)}{pad('住所', 48)}{pad('電話', 15)}{pad('期間', 8)}景品
{'-' * 108}
""" + "\n".join(_rows) + f"""

※ 景品は規約の範囲内（6ヶ月分購読料の8％以内）で渡しております。
部数表への反映は来月1日付でお願いいたします。

{SIG_ISHIGURO}
"""))

# S02 口座振替 request file to みどり銀行 (partner)
_p = people(10)
_csv = [["顧客番号", "契約者名（カナ）", "金融機関コード", "支店コード", "預金種目", "口座番号", "振替金額", "摘要"]]
for i, p in enumerate(_p):
    _csv.append([f"NC{20310 + i * 7:06d}", p["kana"].replace(" ", "　"), "0179", p["branch_code"], "1",
                 p["account"], str(_rng.choice([4400, 4400, 3400, 4900, 7800])), "シンブンダイ11ガツ"])
add(M("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
      "direct-debit file: 10 subscribers' bank accounts to the bank — a list of people",
      "cp932", NONOMURA, ["みどり銀行 石神井支店 法人営業課 <furikae-shakujii@midori-ginko.co.jp>"],
      "11月分 口座振替依頼データの送付について",
      f"""みどり銀行 石神井支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業の野々村でございます。
11月27日振替分の口座振替依頼データをお送りいたします。
件数：10件（練馬中央専売所 新規追加分）
既存分は従来どおり伝送サービスで送信済みです。

新規追加分は伝送の登録が間に合わなかったため、今回のみ本メールに添付させていただきました。
ご査収のほどよろしくお願いいたします。

{SIG_NONOMURA}
""",
      attachments=[{"kind": "csv", "name": "furikae_202511_add.csv", "rows": _csv}]))

# S03 one staff member's My Number to the tax accountant
_p = person(19, 23)
_mn = mynum()
add(M("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"], ["personal_data"],
      "a delivery student's My Number (with address and birth date) sent to an outside tax office",
      "utf-8", NONOMURA, ["森本税理士事務所 森本先生 <morimoto@morimoto-tax.jp>"],
      "Re: 扶養控除等申告書の不足分",
      f"""森本先生

お世話になっております。日の出産業の野々村です。
ご指摘いただいた申告書の記載漏れの件、本人に確認が取れましたのでお知らせします。

　氏名　　　：{_p['name']}（{_p['kana']}）
　生年月日　：{ymd(_p['dob'])}
　住所　　　：{addr(_p)}
　個人番号　：{_mn}
　所属　　　：所沢東販売所（朝刊配達・学生）

原本は来週の訪問時にお渡しいたします。
よろしくお願いいたします。

{SIG_NONOMURA}
"""))

# S04 residence card of a foreign delivery worker to an administrative scrivener
_p = person(21, 27, foreign=True)
_rc = residence_card()
add(M("stop", ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
      "residence-card number of a foreign delivery worker to an outside 行政書士",
      "iso-2022-jp", MAKABE, [f"国際行政書士事務所 小野寺様 <onodera@kokusai-gyosei.jp>"],
      "資格外活動許可の更新手続きについて（当社配達スタッフ）",
      f"""国際行政書士事務所
小野寺様

いつもお世話になっております。日の出産業 人事の真壁です。
先日お電話でご相談した件、対象スタッフの情報をお送りします。

■対象者
　氏名（ローマ字）：{_p['romaji']}
　氏名（カナ）　　：{_p['kana']}
　国籍　　　　　　：{_p['nationality']}
　生年月日　　　　：{ymd(_p['dob'], '.')}
　在留カード番号　：{_rc}
　在留資格　　　　：留学（在留期限 2026年3月31日）
　勤務先　　　　　：東都新聞 練馬中央専売所（朝刊配達 週28時間以内）

在学証明書と雇用契約書の写しは郵送いたします。
お手数をおかけしますが、よろしくお願いいたします。

{SIG_MAKABE}
"""))

# S05 watch-over report with a dementia diagnosis to the community support centre
_p = person(80, 88, female=True)
add(M("stop", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
      "見守り report names an elderly subscriber and her dementia diagnosis to the municipal centre: 要配慮個人情報",
      "utf-8", KAGAYA, ["所沢市北部地域包括支援センター <houkatsu-hokubu@tokorozawa-fukushi.lg.jp>"],
      "【見守り協定】新聞の取り込みがないお宅について（緑町）",
      f"""所沢市北部地域包括支援センター
ご担当者様

見守り協定に基づきご連絡いたします。所沢東販売所の加賀谷です。

{_p['town']}{_p['street_kanji']}にお住まいの {_p['name']} 様（{_p['age']}歳・お一人暮らし）の
郵便受けに、11月12日・13日・14日の朝刊が3日分たまったままになっています。
本日14時ごろ配達員がインターホンを鳴らしましたが応答がなく、室内の電気はついていました。

昨年、ご家族（ご長男）から「母は認知症の診断を受けていて、物忘れがひどくなっている」と
伺っており、集金時にも同じお話を繰り返されることがありました。
念のため安否のご確認をお願いできますでしょうか。

ご長男の連絡先は当店では把握しておりません。
何かございましたら下記までご連絡ください。

{SIG_KAGAYA}
"""))

# S06 credit-card application form forwarded as PDF to the payment processor
_p = person()
_cc = card()
add(M("stop", ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
      "scanned-to-PDF credit-card payment application with the full card number sent outside",
      "cp932", KAGAYA, ["ペイステーション 加盟店サポート <support@paystation.jp>"],
      "クレジットカード継続払い申込書の登録依頼（所沢東販売所）",
      f"""ペイステーション 加盟店サポート御中

お世話になっております。加盟店番号 PS-0448213 所沢東販売所の加賀谷です。
お客様から新聞代のクレジットカード払いの申込書をいただきましたので、
内容をPDFにまとめてお送りします。登録をお願いいたします。

{SIG_KAGAYA}
""",
      attachments=[{"kind": "pdf", "name": "card_moushikomi_1108.pdf", "title": "新聞購読料 クレジットカード払い申込書",
                    "lines": ["新聞購読料 クレジットカード継続払い申込書", "",
                              f"お申込者氏名：{_p['name']}（{_p['kana']}）",
                              f"ご住所：{addr(_p)}",
                              f"電話番号：{_p['tel']}",
                              f"カード番号：{_cc}",
                              f"有効期限：{_rng.randint(1, 12):02d}/{_rng.randint(27, 30)}",
                              "カード名義：" + _p['romaji'].upper(),
                              "購読紙：東都新聞　開始月：2025年12月分より",
                              "取扱店：所沢東販売所"]}]))

# S12 social-insurance enrolment workbook (basic pension numbers) to the labour consultant
_p = people(6, age_from=19, age_to=45)
_sheet1 = [["社会保険 資格取得届 作成用一覧（2025年11月入社）"], [],
           ["No", "氏名", "フリガナ", "生年月日", "基礎年金番号", "住所", "報酬月額", "勤務店"]]
for i, p in enumerate(_p, 1):
    _sheet1.append([i, p["name"], p["kana"], wareki(p["dob"], "short"), pension(), addr(p, zipped=False),
                    _rng.choice([118000, 126000, 142000, 165000]),
                    _rng.choice(["練馬中央", "所沢東", "新座南"])])
_sheet2 = [["被扶養者"], ["被保険者", "被扶養者氏名", "続柄", "生年月日"],
           [_p[2]["name"], _p[2]["sur"][0] + " " + _rng.choice(GIVEN)[0], "子", wareki(_dt.date(2019, 6, 3), "short")]]
add(M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"], ["personal_data"],
      "6 new employees with basic pension numbers and birth dates in an XLSX to the labour consultant",
      "iso-2022-jp", MAKABE, ["社会保険労務士法人あおい 担当 湯浅様 <yuasa@aoi-sr.jp>"],
      "11月入社者の資格取得手続きのお願い",
      f"""社会保険労務士法人あおい
湯浅様

お世話になっております。日の出産業の真壁です。
11月入社の配達スタッフ・事務スタッフ6名分について、社会保険の資格取得手続きをお願いいたします。
一覧をExcelで添付しました（被扶養者は1名のみです）。

ご不明点があればご連絡ください。

{SIG_MAKABE}
""",
      attachments=[{"kind": "xlsx", "name": "資格取得_202511.xlsx",
                    "sheets": {"取得者一覧": _sheet1, "被扶養者": _sheet2}}]))

# S13 delivery route book, one record per block, to the system vendor (partner)
_p = people(7)
_notes = ["ポスト右側・雨の日はビニール", "犬注意（玄関前に出ている）", "2階ポスト、オートロック番号は別紙",
          "日曜休刊希望", "門扉の内側に入れる", "集金は月末土曜の午前", "夕刊なし"]
_blocks = []
for i, p in enumerate(_p):
    _blocks.append(f"""順路No. {p['route']}
  氏名　：{p['name']}
  住所　：{p['pref']}{p['town']}{p['street']}
  電話　：{p['tel']}
  購読紙：{_rng.choice(PAPERS)}
  備考　：{_notes[i]}""")
add(M("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
      "7 route-book records (name, address, phone) pasted to the system vendor as sample data",
      "utf-8", SAGARA, ["ツバサシステム 導入支援 谷口様 <taniguchi@tsubasa-system.jp>"],
      "順路帳データの移行サンプル",
      f"""ツバサシステム
谷口様

お世話になっております。日の出産業の相良です。
新システムへの移行テスト用に、現行の順路帳から数件抜き出して貼り付けます。
備考欄の改行や全角スペースの扱いをご確認いただけますでしょうか。

""" + "\n\n".join(_blocks) + f"""

本番データは移行日に別途お渡しします。

{SIG_SAGARA}
"""))

# S14 one-week stop list, tab-separated, to the neighbouring agency that delivers 関東日報
_p = people(6)
_lines = ["氏名\t住所\t止め期間\t再開日\t理由"]
for p in _p:
    d = _rng.randint(1, 20)
    _lines.append(f"{p['name']}\t{p['town']}{p['street']}\t12/{d:02d}～12/{d + _rng.randint(2, 6):02d}\t"
                  f"12/{d + 7:02d}\t{_rng.choice(['旅行', '帰省', '引越し準備', '出張', '旅行（海外）', '帰省'])}")
add(M("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
      "6 subscribers' addresses and absence periods sent to another agency: a list of people",
      "cp932", IWABUCHI, [f"大泉新聞店 配達管理 <haitatsu@{OIZUMI}>"],
      "来週分 一時止め連絡（関東日報 合配分）",
      """大泉新聞店さま

新座南の岩渕です。いつもありがとうございます。
関東日報の合配分で、来週の一時止めが入っています。下記のとおりお願いします。
（Excelから貼り付けたのでずれていたらすみません）

""" + "\n".join(_lines) + f"""

再開日の朝刊から通常どおりでお願いします。

{SIG_IWABUCHI}
"""))

# S15 complaint log about door-to-door sales to the publisher (cc internal)
_p = people(7)
_kinds = ["夜9時過ぎの勧誘", "断ったのに3回来た", "景品の約束が守られていない", "契約期間の説明が違う",
          "高齢の母が勝手に契約させられた", "インターホン越しの口調が威圧的", "解約を受け付けてもらえない"]
_body = []
for i, p in enumerate(_p, 1):
    _body.append(f"{i}. {p['name']} 様　{p['town']}{p['street_kanji']}　TEL {p['tel']}\n"
                 f"　 内容：{_kinds[i - 1]}（{_rng.randint(1, 30)}日受付）")
add(M("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
      "complaint log of 7 named residents with address and phone sent to the publisher",
      "iso-2022-jp", SHOJI, [f"東都新聞社 販売局 お客様対応室 <okyakusama@{TOHTO}>"],
      "9月度 勧誘に関する苦情報告",
      f"""東都新聞社 販売局
お客様対応室 ご担当者様

平素より大変お世話になっております。日の出産業 販売部の東海林でございます。
9月度に当社3店で受け付けた勧誘関係の苦情を取りまとめましたのでご報告いたします。

""" + "\n".join(_body) + f"""

いずれも当日中に所長が訪問しお詫び済みです。拡張員への指導内容は別途書面でご報告します。

{SIG_SHOJI}
""", cc=[ISHIGURO, KAGAYA]))

# S16 HTML-only: gift shipping list to 北国フーズ (partner)
_p = people(6)
_tr = "".join(
    f"<tr><td>{i}</td><td>{p['name']}</td><td>〒{p['zip']}</td><td>{p['pref']}{p['town']}{p['street']}</td>"
    f"<td>{p['tel']}</td><td>{_rng.choice(['新米5kg', '新米10kg', 'りんごジュース24本'])}</td></tr>"
    for i, p in enumerate(_p, 1))
add(M("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
      "HTML table of 6 subscribers' shipping addresses and phones for campaign gifts, to the food partner",
      "utf-8", ISHIGURO, ["北国フーズ 受注センター <juchu@kitaguni-foods.co.jp>"],
      "購読御礼品 直送分のお届け先（練馬中央）",
      html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>北国フーズ 受注センター 御中</p>
<p>いつもお世話になっております。東都新聞 練馬中央専売所の石黒です。<br>
注文番号 <b>KF-25-11872</b> のうち、お客様宅へ直送いただく分のお届け先は以下のとおりです。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>No</th><th>お名前</th><th>郵便番号</th><th>ご住所</th><th>電話</th><th>品目</th></tr>
{_tr}
</table>
<p>配達指定は11月下旬の午前中でお願いします。のしは「御礼 東都新聞」です。</p>
<p>--<br>東都新聞 練馬中央専売所　所長 石黒 健吾<br>TEL 03-3996-2210</p>
</body></html>"""))

# S20 health check results of delivery staff to the outside occupational physician
_p = people(6, age_from=35, age_to=68)
_findings = [("132/86", "A", "異常なし"), ("168/102", "D", "高血圧 要精密検査"), ("124/78", "B", "軽度脂質異常"),
             ("145/92", "C", "血糖高値 糖尿病の疑い 要再検査"), ("118/70", "A", "異常なし"),
             ("150/95", "C", "肝機能異常（γ-GTP 高値）")]
_sheet = [["2025年度 定期健康診断 結果一覧（配達員・夕刊担当）"],
          ["氏名", "生年月日", "所属", "血圧", "判定", "所見"]]
for p, f in zip(_p, _findings):
    _sheet.append([p["name"], ymd(p["dob"]), _rng.choice(["練馬中央", "所沢東", "新座南"]), f[0], f[1], f[2]])
add(M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
      "health-check results (diagnoses) of 6 named staff to an outside clinic: 要配慮個人情報 and a list",
      "utf-8", MAKABE, ["石神井ファミリークリニック 産業医 浅野先生 <asano@shakujii-fc.jp>"],
      "健康診断結果のご確認（就業判定のお願い）",
      f"""浅野先生

いつも大変お世話になっております。日の出産業の真壁です。
今年度の定期健康診断で C・D 判定となった方を含む一覧をお送りします。
深夜・早朝勤務（朝刊配達）を継続してよいか、就業判定をお願いできますでしょうか。

{SIG_MAKABE}
""",
      attachments=[{"kind": "xlsx", "name": "kenshin_2025_haitatsu.xlsx", "sheets": {"結果一覧": _sheet}}]))

# S22 PDF of unpaid subscription fees to the law firm (partner)
_p = people(8)
_tbl = [["No", "契約者", "住所", "未払期間", "金額(円)"]]
for i, p in enumerate(_p, 1):
    months = _rng.randint(3, 11)
    _tbl.append([str(i), p["name"], addr(p, zipped=False), f"{months}ヶ月", f"{months * 4400:,}"])
add(M("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
      "PDF table of 8 named subscribers with addresses and arrears to the outside law firm",
      "iso-2022-jp", SHOJI, ["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
      "未収購読料の督促についてご相談",
      f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の東海林です。
先日ご相談した未収購読料の件、対象者一覧をPDFにしてお送りします。
いずれも内容証明の送付前の段階です。進め方についてご助言いただけますと幸いです。

{SIG_SHOJI}
""",
      attachments=[{"kind": "pdf", "name": "mishu_ichiran.pdf", "title": "未収購読料 対象者一覧",
                    "lines": ["未収購読料 対象者一覧（2025年10月末現在）", ""], "table": _tbl}]))

# S23 DOCX: newspaper scholarship students to the scholarship foundation
_p = people(5, age_from=18, age_to=21)
_schools = ["東都ビジネス専門学校", "武蔵野情報大学", "練馬デザイン専門学校", "所沢医療福祉専門学校", "東都ビジネス専門学校"]
_tab = [["氏名", "生年月日", "学校名", "携帯電話", "住所（寮）"]]
for p, s in zip(_p, _schools):
    _tab.append([p["name"], wareki(p["dob"]), s, p["mobile"], addr(p)])
add(M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
      "DOCX table of 5 scholarship students (birth date, mobile, address) to the foundation",
      "cp932", MAKABE, ["東都育英会 奨学生課 <shogakusei@tohto-ikueikai.or.jp>"],
      "2026年度 奨学生受入れ状況のご報告",
      f"""東都育英会 奨学生課 御中

いつもお世話になっております。
日の出産業株式会社 人事グループの真壁でございます。

当社各店で受け入れている奨学生の在籍状況報告書を添付いたします。
今年度は5名全員が継続予定です。

{SIG_MAKABE}
""",
      attachments=[{"kind": "docx", "name": "奨学生在籍報告書_日の出産業.docx",
                    "paragraphs": ["奨学生在籍状況報告書", "販売店名：日の出産業株式会社（練馬中央・所沢東・新座南）",
                                   "報告日：令和7年11月20日", ""],
                    "tables": [_tab]}]))

# S24 PPTX for the publisher meeting with a slide of cancelled subscribers
_p = people(6)
_reasons = ["スマホで十分", "購読料の値上げ", "転居", "高齢で読まなくなった", "他紙へ切替", "景品の不満"]
_slide = ["解約者ヒアリング（10月）"] + [f"{p['name']}　{p['tel']}　理由：{r}" for p, r in zip(_p, _reasons)]
add(M("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
      "slide deck for the publisher contains 6 named cancelled subscribers with phone numbers",
      "utf-8", SHOJI, [f"東都新聞社 販売局 第三部 <hanbai3@{TOHTO}>"],
      "販売会議資料（解約防止の取り組み）",
      f"""販売局 第三部 各位

来週の販売会議用の資料をお送りします。
4枚目に実際のヒアリング結果を載せています。

{SIG_SHOJI}
""",
      attachments=[{"kind": "pptx", "name": "kaiyaku_boushi_2025Q3.pptx", "title": "解約防止の取り組み",
                    "slides": [["解約防止の取り組み", "日の出産業株式会社 販売部", "2025年11月"],
                               ["現状", "解約率：月1.8％（前年同月 1.5％）", "主因：購読料改定・高齢化"],
                               ["施策", "電子版セット割の案内", "集金時の声かけ強化", "休読→再開の案内"],
                               _slide]}]))

# S25 plain ZIP with a UTF-8 CSV of new web subscribers to the other publisher
_p = people(9)
_csv = [["申込日", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メールアドレス", "購読開始日"]]
for p in _p:
    _csv.append([f"2025-11-{_rng.randint(1, 28):02d}", p["name"], p["kana"], p["zip"],
                 p["pref"] + p["town"] + p["street"], p["mobile"], p["email"], "2025-12-01"])
add(M("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
      "ZIP holding a CSV of 9 web-applicants with address, mobile and e-mail sent to the publisher",
      "iso-2022-jp", KAGAYA, [f"関東日報社 販売部 岡部様 <okabe@{KANTO}>"],
      "Web申込分（11月）の転送",
      f"""関東日報社 販売部
岡部様

お世話になっております。所沢東販売所の加賀谷です。
御社サイト経由で当店区域に入った11月分のWeb申込を、念のためこちらでまとめ直しました。
購読開始の登録状況の突き合わせにお使いください。

{SIG_KAGAYA}
""",
      attachments=[{"kind": "zip", "name": "web_moushikomi_202511.zip",
                    "files": [{"kind": "csv", "name": "web_moushikomi_202511.csv", "rows": _csv, "encoding": "utf-8"},
                              {"kind": "txt", "name": "readme.txt", "text": "文字コードUTF-8、カンマ区切りです。\n"}]}]))

# S26 forward of an internal staff contact list, attached as .eml, to a staffing agency
_p = people(6, age_from=19, age_to=24)
_inner_lines = "\n".join(f"・{p['name']}（{p['kana']}）　{p['mobile']}　{p['email']}" for p in _p)
_inner = {"charset": "iso-2022-jp", "sender": ISHIGURO, "to": [SHOJI], "subject": "年末年始シフト 学生スタッフ連絡先",
          "body": f"""東海林部長

年末年始の応援要員、学生スタッフの連絡先です。
帰省で抜ける人は含めていません。

{_inner_lines}

石黒
"""}
add(M("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
      "an attached internal mail with 6 students' mobile numbers and e-mails forwarded to a staffing agency",
      "utf-8", SHOJI, ["グローバルワークス 派遣事業部 森様 <mori@globalworks-staff.co.jp>"],
      "FW: 年末年始シフト 学生スタッフ連絡先",
      f"""グローバルワークス
森様

お世話になっております。日の出産業の東海林です。
年末年始の増員の件、当社の学生スタッフの体制は添付のメールのとおりです。
この人数で足りない分（朝刊2名×6日）を派遣でお願いできればと考えております。

{SIG_SHOJI}
""",
      attachments=[{"kind": "eml", "name": "年末年始シフト.eml", "message": _inner}]))

# S34 My Number list of staff for year-end adjustment, CSV, to the tax accountant
_p = people(7, age_from=19, age_to=62)
_csv = [["社員番号", "氏名", "生年月日", "個人番号", "住所"]]
for i, p in enumerate(_p):
    _csv.append([f"H{3100 + i * 3}", p["name"], ymd(p["dob"], "-"), mynum(), addr(p, zipped=False)])
add(M("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
      "CSV with 7 employees' My Numbers for 年末調整 sent to the outside tax accountant",
      "cp932", NONOMURA, ["森本税理士事務所 <office@morimoto-tax.jp>"], "年末調整資料（個人番号一覧）",
      f"""森本税理士事務所
ご担当者様

お世話になっております。日の出産業 総務の野々村です。
年末調整の資料のうち、今年入社した方の個人番号一覧をお送りします。
源泉徴収票の作成にご利用ください。

{SIG_NONOMURA}
""",
      attachments=[{"kind": "csv", "name": "kojin_bango_2025_new.csv", "rows": _csv}]))

# S35 full-width digits, 「・」 bullets, to the publisher
_p = people(5)
_b = "\n".join(f"・{p['name']}様　{zen(p['tel'])}\n　{p['pref']}{p['town']}{zen(p['street'])}" for p in _p)
add(M("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
      "5 subscribers with full-width phone numbers and addresses sent to the publisher: a list of people",
      "iso-2022-jp", IWABUCHI, [f"東都新聞社 販売局 吉永様 <yoshinaga.t@{TOHTO}>"],
      "電子版セット切替希望のお客様",
      f"""吉永さん

新座南の岩渕です。お疲れさまです。
電子版セットへの切替を希望されているお客様です。
ＩＤ発行の案内を本社から直接お送りいただけるとのことでしたので、連絡先をお知らせします。

{_b}

以上５件です。よろしくお願いします。

{SIG_IWABUCHI}
"""))

# S36 watch-over registry with 和暦 birth dates and care levels to the city
_p = people(6, age_from=78, age_to=95)
_care = ["要介護２", "要支援１", "独居・車椅子使用", "要介護１・難聴", "独居", "要介護３（週3回デイサービス）"]
_rows = []
for p, c in zip(_p, _care):
    _rows.append(f"{pad(p['name'], 14)}{pad(wareki(p['dob'], 'zen'), 24)}{pad(p['town'] + p['street'], 46)}"
                 f"{pad(zen(p['tel']), 28)}{c}")
add(M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
      ["personal_data"],
      "registry of 6 elderly subscribers with 和暦 birth dates and care/disability notes to the city",
      "utf-8", KAGAYA, ["所沢市 高齢者支援課 見守り担当 <mimamori@tokorozawa-fukushi.lg.jp>"],
      "見守り協力事業者 対象世帯リストの更新",
      f"""所沢市 高齢者支援課
見守り担当 ご担当者様

いつもお世話になっております。所沢東販売所の加賀谷です。
当店区域の見守り対象のお客様について、リストを更新しましたのでお送りします。
（ご本人・ご家族の同意書は店頭で保管しております）

{pad('氏名', 14)}{pad('生年月日', 24)}{pad('住所', 46)}{pad('電話', 28)}備考
{'－' * 66}
""" + "\n".join(_rows) + f"""

新規追加は下から２件です。

{SIG_KAGAYA}
"""))

# S37 English mail: residence cards of 5 Vietnamese staff to an overseas recruiting partner
_p = people(5, age_from=20, age_to=26, foreign=True)
_en = "\n".join(f"{i}. {p['romaji']:<22} DOB {p['dob'].strftime('%d %b %Y')}   Residence card: {residence_card()}"
                for i, p in enumerate(_p, 1))
add(M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], ["personal_data"],
      "English mail listing 5 workers' residence-card numbers and birth dates to a foreign agency",
      "utf-8", MAKABE, ["Ms. Linh Vo <linh.vo@vietbridge-hr.com>"],
      "Status of your students working at our delivery agencies",
      f"""Dear Ms. Vo,

Thank you for your continued support.
As requested, here is the current status of the students you introduced to us.
All of them are working within the 28-hour limit.

{_en}

Two of them will graduate in March; we would be glad to discuss new candidates for April.

Best regards,
Saori Makabe
HR Group, Hinode Sangyo Co., Ltd.
3-18-6 Shakujii-machi, Nerima-ku, Tokyo 177-0041
Tel +81-3-5933-4103

{DISCLAIMER_EN}
"""))

# S42 reply: quoted request is harmless, the new text adds 6 names and phones
_p = people(6)
_tsv = "\n".join(f"{p['route']}\t{p['name']}\t{p['tel']}\t{_rng.choice(['不在', '留守電', '番号違い', '不在', '拒否'])}"
                 for p in _p)
add(M("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
      "reply whose new text lists 6 subscribers with phone numbers (only the question is quoted) to the publisher",
      "cp932", ISHIGURO, [f"東都新聞社 読者センター 大谷様 <otani@{TOHTO}>"],
      "Re: 読者アンケート 電話調査の不通先",
      f"""大谷様

石黒です。お疲れさまです。
不通先は以下の6件でした（順路No・氏名・電話・結果）。

{_tsv}

よろしくお願いします。

> 石黒所長
> 先週お願いした読者アンケートの電話調査の件、
> つながらなかったお宅があれば一覧でいただけますでしょうか。
> 再度こちらから郵送で依頼します。
> 読者センター 大谷
"""))

# S53 legacy XLS of collection routes to the collection agent
_p = people(12)
_rows = [["集金区域", "氏名", "住所", "電話", "購読料", "集金予定日", "前月"]]
for p in _p:
    _rows.append([p["route"], p["name"], p["town"] + p["street"], p["tel"],
                  _rng.choice([4400, 4400, 3400, 4900]), f"12/{_rng.randint(20, 28)}", _rng.choice(["済", "済", "未"])])
add(M("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
      "legacy XLS of 12 subscribers (address, phone, fee) to an outside collection agent",
      "cp932", IWABUCHI, ["まごころ集金サービス 新座営業所 <niiza@magokoro-shukin.co.jp>"],
      "12月分 集金先リスト（新座南）",
      f"""まごころ集金サービス
新座営業所 御中

新座南販売所の岩渕です。
12月分の集金委託先リストを送ります。前月「未」のお宅は2か月分の集金になります。

{SIG_IWABUCHI}
""",
      attachments=[{"kind": "xls", "name": "shukin_12gatsu.xls", "sheets": {"集金先": _rows}}]))

# S55 salary transfer file for delivery staff to the bank (partner)
_p = people(9, age_from=19, age_to=60)
_csv = [["受取人名（カナ）", "銀行コード", "支店コード", "科目", "口座番号", "金額"]]
for p in _p:
    _csv.append([p["kana"].replace(" ", " "), p["bank_code"], p["branch_code"], "普通", p["account"],
                 str(_rng.randrange(48000, 182000, 100))])
add(M("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
      "payroll transfer CSV with 9 delivery staff bank accounts sent to the bank by mail",
      "utf-8", NONOMURA, ["みどり銀行 法人サービス部 <sogo-furikomi@midori-ginko.co.jp>"],
      "総合振込データ（11月25日支払分）再送",
      f"""みどり銀行 法人サービス部 御中

日の出産業の野々村です。
先ほどインターネットバンキングでのアップロードがエラーになったため、
ご指示どおりデータをメールでお送りします。件数9件です。

{SIG_NONOMURA}
""",
      attachments=[{"kind": "csv", "name": "sogo_furikomi_1125.csv", "rows": _csv, "encoding": "cp932"}]))

# =========================================================================================
# STOP — identity numbers, card numbers, sensitive data of one person
# =========================================================================================

# S17 accident report with a diagnosis to the insurer
_p = person(20, 24)
add(M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
      "accident report gives a named delivery student's fracture diagnosis to the insurer: 要配慮個人情報",
      "iso-2022-jp", ISHIGURO, ["東和損保 練馬損害サービス課 <songai-nerima@towa-sonpo.co.jp>"],
      "配達中の転倒事故のご報告（証券番号 TW-2218-330415）",
      f"""東和損害保険株式会社
練馬損害サービス課 御中

お世話になっております。東都新聞 練馬中央専売所の石黒です。
当店配達員が朝刊配達中に転倒した件、事故の概要をご報告いたします。

■被保険者（配達員）
　氏名：{_p['name']}（{_p['age']}歳・大学生）
　生年月日：{_p['dob'].year}年{_p['dob'].month}月{_p['dob'].day}日
　住所：{addr(_p, kanji=True)}
■事故日時：11月18日 午前3時40分ごろ
■場所：練馬区石神井台5丁目の坂道（凍結あり）
■状況：配達用バイクでカーブを曲がる際にスリップし転倒
■受診：石神井整形外科　診断名「右橈骨遠位端骨折」全治8週間、手術予定

労災の手続きと並行して進めております。必要書類をお知らせください。

{SIG_ISHIGURO}
"""))

# S18 driver's licence number to the scooter-lease company
_p = person(19, 30)
add(M("stop", ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
      "a delivery worker's driver's licence number sent to the scooter-lease company",
      "cp932", IWABUCHI, ["モトリース関東 契約課 <keiyaku@motolease-kanto.co.jp>"],
      "追加運転者の登録（新座南 3号車）",
      f"""モトリース関東 契約課 御中

新座南販売所の岩渕です。
リース車両（新座南3号車・スーパーカブ50）の追加運転者登録をお願いします。

運転者氏名　　{_p['name']}
生年月日　　　{wareki(_p['dob'], 'short')}
免許証番号　　第{license_no('43')}号
免許の種類　　原付・普通
有効期限　　　令和9年{_p['dob'].month}月{_p['dob'].day}日まで

免許証のコピーが必要でしたらFAXします。

{SIG_IWABUCHI}
"""))

# S19 health-insurance card numbers for a health-check booking
_p = people(3, age_from=40, age_to=66)
_lines = "\n".join(
    f"　{i}) {p['name']}　{ymd(p['dob'])}生　保険者番号 0613{_rng.randrange(1000, 9999)}　記号 {_rng.randrange(1000, 9999)}　番号 {_rng.randrange(10, 999)}"
    for i, p in enumerate(_p, 1))
add(M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], ["personal_data"],
      "health-insurance card numbers of 3 staff sent to the health-check centre (ID numbers)",
      "utf-8", MAKABE, ["所沢健診センター 予約係 <yoyaku@tokorozawa-kenshin.or.jp>"],
      "生活習慣病予防健診の予約（3名）",
      f"""所沢健診センター 予約係 御中

いつもお世話になっております。日の出産業の真壁です。
協会けんぽの生活習慣病予防健診を、下記3名分予約させてください。
希望日は12月の平日午前（朝刊配達後のため10時以降）です。

{_lines}

{SIG_MAKABE}
"""))

# S21 passport number of a foreign student to the language school
_p = person(20, 25, foreign=True)
add(M("stop", ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
      "a student's passport number and birth date sent to the Japanese-language school",
      "iso-2022-jp", MAKABE, ["和光日本語学院 留学生課 <ryugakusei@wako-nihongo.ac.jp>"],
      "アルバイト就労状況の確認書について",
      f"""和光日本語学院 留学生課
ご担当者様

いつもお世話になっております。日の出産業 人事の真壁です。
貴校在籍の学生さんの就労状況確認書を作成しました。記載内容の確認をお願いいたします。

　学生氏名：{_p['romaji']}（{_p['kana']}）
　国籍：{_p['nationality']}
　生年月日：{ymd(_p['dob'])}
　旅券番号：{_rng.choice('BCN')}{_rng.randrange(1000000, 9999999)}
　勤務内容：朝刊配達（午前2時30分～5時30分）、週6日
　週労働時間：約21時間

確認後、学校印を押してご返送ください。

{SIG_MAKABE}
"""))

# S38 arrest of a delivery worker reported to the publisher
_p = person(22, 40)
add(M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
      "names a delivery worker arrested on suspicion of theft (criminal record) to the publisher",
      "iso-2022-jp", SHOJI, [f"東都新聞社 販売局 第三部 部長 <hanbai3-bucho@{TOHTO}>"],
      "【至急】当社配達員の逮捕について",
      f"""東都新聞社 販売局 第三部
部長 各務様

日の出産業の東海林です。取り急ぎご報告いたします。

当社新座南販売所の配達員 {_p['name']}（{_p['age']}歳）が、昨日夕方、
配達区域内のマンション駐輪場での自転車窃盗の容疑で新座警察署に逮捕されました。
本人は勤務時間外の出来事と説明しているとのことです。

本日付で出勤停止とし、同人の担当区域（{_p['route']}）は主任の岩渕が代配しております。
報道対応が必要になった場合のご相談をさせてください。

{SIG_SHOJI}
"""))

# S39 a delivery worker who was robbed — crime victim — to the insurer
_p = person(19, 23)
add(M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
      "a named collector who was the victim of a robbery, with injuries, reported to the insurer",
      "utf-8", KAGAYA, ["東和損保 所沢支社 <tokorozawa@towa-sonpo.co.jp>"],
      "集金中の強盗被害について（動産総合保険）",
      f"""東和損保 所沢支社 御中

所沢東販売所の加賀谷です。
昨夜、集金中のスタッフがひったくり（強盗）の被害に遭いましたのでご連絡します。

被害者：{_p['name']}（集金スタッフ、{ymd(_p['dob'])}生）
日時：11月21日 19時50分ごろ
場所：所沢市東住吉の路上
被害：集金カバン（現金 約86,000円、領収書控え）
負傷：転倒時に左膝を打撲、所沢中央病院で受診（通院見込み2週間）
警察：所沢警察署に被害届提出済み（受理番号 第1121-044号）

保険金請求に必要な書類を教えていただけますでしょうか。

{SIG_KAGAYA}
"""))

# S40 religion tied to a named subscriber, to the publisher
_p = person(45, 80)
add(M("stop", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
      "a named subscriber's religious affiliation sent to the publisher: 信条 is 要配慮個人情報",
      "cp932", ISHIGURO, [f"東都新聞社 読者センター <dokusha@{TOHTO}>"],
      "購読中止のお申し出（宗教上の理由）",
      f"""東都新聞社 読者センター 御中

練馬中央専売所の石黒です。
{_p['town']}{_p['street_kanji']} の {_p['name']} 様より、購読中止のお申し出がありました。

ご本人のお話では、ご自身が信仰されている「天光真道会」の教えに反する記事が
日曜版に掲載されたことが理由とのことです（11月9日付 生活面の記事）。
紙面へのご意見として編集局にも伝えてほしいとのご希望でしたので、共有いたします。

契約は12月分までで終了処理をいたします。

{SIG_ISHIGURO}
"""))

# S41 disability tied to a named subscriber, to the publisher
_p = person(60, 85)
add(M("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
      "a subscriber's visual disability (障害者手帳) with name, address and phone sent to the publisher",
      "iso-2022-jp", IWABUCHI, [f"東都新聞社 デジタル推進部 <digital@{TOHTO}>"],
      "音声読み上げサービスのご案内希望",
      f"""デジタル推進部 ご担当者様

新座南販売所の岩渕と申します。
当店のお客様で、音声読み上げ版のご案内を希望されている方がいらっしゃいます。

お名前：{_p['name']} 様
ご住所：{addr(_p)}
お電話：{_p['tel']}
状況：緑内障が進行して身体障害者手帳（視覚障害2級）を取得され、紙面が読めなくなったため。
　　　紙の購読は続けたいが、音声でも聞きたいとのことです。

ご本人は電話のほうが良いとのことです。ご連絡いただけますと助かります。

{SIG_IWABUCHI}
"""))

# S54 card number typed in the body (full-width) to the payment processor
_p = person(40, 75)
_cc = card()
add(M("stop", ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
      "a subscriber's card number taken over the phone and typed into the mail (full-width digits)",
      "iso-2022-jp", KAGAYA, ["ペイステーション 加盟店サポート <support@paystation.jp>"],
      "カード番号変更の登録について",
      f"""ペイステーション ご担当者様

所沢東販売所の加賀谷です。
お客様からお電話でカードの切替の連絡がありました。登録変更をお願いします。

契約者：{_p['name']} 様（お客様番号 TZ-{_rng.randrange(10000, 99999)}）
連絡先：{zen(_p['tel'])}
新しいカード番号：{zen(_cc)}
有効期限：{zen(f'{_rng.randint(1, 12):02d}/{_rng.randint(28, 31)}')}

旧カードは有効期限切れとのことです。

{SIG_KAGAYA}
"""))

# =========================================================================================
# STOP — recipients, look-alike domains, markings, unreadable attachments
# =========================================================================================

# S07 three advertisers visible to each other
add(M("stop", [], ["external_recipients_visible", "multiple_external_domains"],
      "three advertiser companies in To can see each other's addresses: should have been Bcc",
      "iso-2022-jp", OWADA,
      ["スーパーまるとみ 販促課 <hansoku@marutomi-super.co.jp>",
       "くすりのハトヤ 本部 <chirashi@hatoya-drug.co.jp>",
       "大泉不動産 <info@oizumi-fudosan.co.jp>"],
      "年末年始の折込受付締切について",
      f"""各位

平素は折込広告のご用命をいただき、誠にありがとうございます。
日の出産業 折込広告センターの大和田でございます。

年末年始は休刊日の関係で、折込の受付締切が通常と異なります。

　12/31（水）朝刊折込 … 12/26（金）正午 搬入締切
　 1/ 1（木）元日版   … 12/24（水）正午 搬入締切（元日版は部数増のため枚数にご注意ください）
　 1/ 2（金）         … 休刊日
　 1/ 3（土）朝刊折込 … 12/27（土）正午 搬入締切

元日版の部数は 練馬中央 4,180部／所沢東 3,920部／新座南 2,760部 を予定しております。
ご不明な点は折込広告センターまでお問い合わせください。

{SIG_OWADA}
"""))

# S08 look-alike of the printing partner (nishiki-insatsu → nishiki-insatu)
add(M("stop", [], ["lookalike_domain"],
      "recipient domain nishiki-insatu.co.jp drops a letter of the partner nishiki-insatsu.co.jp",
      "cp932", OWADA, ["錦印刷 営業部 松井様 <matsui@nishiki-insatu.co.jp>"],
      "12/6（土）折込 区域別部数のご連絡",
      f"""錦印刷株式会社
営業部 松井様

いつもお世話になっております。日の出産業の大和田です。
12月6日（土）朝刊折込の「まるとみ歳末セール」B3チラシについて、区域別の部数をお知らせします。

  練馬中央  4,050枚
  所沢東    3,800枚
  新座南    2,700枚
  ------------------
  合計     10,550枚

納品は12月4日（木）15時までに各店へお願いいたします。

{SIG_OWADA}
"""))

# S09 XLSX stamped 社外秘 sent to the publisher
_sheet = [["社外秘　区域別 部数推移（2025年4月～10月）"], [],
          ["区域", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "増減"]]
for r in ["石神井町", "石神井台", "東大泉", "緑町", "松葉町", "野火止", "東北"]:
    base = _rng.randint(380, 900)
    vals = [base - _rng.randint(0, 6) * k for k in range(7)]
    _sheet.append([r] + vals + [vals[-1] - vals[0]])
add(M("stop", [], ["confidential_marking"],
      "the attached workbook is stamped 社外秘 (header and title row) and goes to the publisher",
      "utf-8", SHOJI, [f"東都新聞社 販売局 第三部 吉永様 <yoshinaga.t@{TOHTO}>"],
      "区域別部数推移の資料",
      f"""吉永様

お世話になっております。東海林です。
先日の打合せでお話しした区域別の部数推移、当社の内部資料ですが参考までにお送りします。
取扱いにはご配慮ください。

{SIG_SHOJI}
""",
      attachments=[{"kind": "xlsx", "name": "busu_suii_2025.xlsx", "page_header": "社外秘",
                    "title": "社外秘 区域別部数推移", "sheets": {"部数推移": _sheet}}]))

# S10 password-protected ZIP (PPAP) to the publisher; password to follow
_p = people(15)
_rows = [["氏名", "住所", "電話", "購読紙"]] + [[p["name"], addr(p), p["tel"], _rng.choice(PAPERS)] for p in _p]
add(M("stop", [], ["unscannable_attachment"],
      "encrypted ZIP cannot be inspected (password sent in a separate mail)",
      "iso-2022-jp", KAGAYA, [f"関東日報社 販売部 岡部様 <okabe@{KANTO}>"],
      "購読者台帳（所沢東・関東日報分）",
      f"""岡部様

所沢東販売所の加賀谷です。
ご依頼の台帳をパスワード付きZIPでお送りします。
パスワードは別メールでお知らせいたします。

{SIG_KAGAYA}
""",
      attachments=[{"kind": "zip", "name": "daicho_kanto_tokorozawa.zip", "password": "Tz2025#kn",
                    "files": [{"kind": "xlsx", "name": "daicho.xlsx", "sheets": {"台帳": _rows}}]}]))

# S11 corrupt workbook to the transport partner
add(M("stop", [], ["unscannable_attachment"],
      "the attached workbook is damaged and cannot be read",
      "utf-8", IWABUCHI, ["青葉運輸 輸送課 <yuso@aoba-unyu.co.jp>"],
      "Re: 年末の輸送便 時刻表",
      f"""青葉運輸 輸送課 御中

新座南の岩渕です。
ご依頼の年末年始の受け取り時刻表を添付します。元日版は2便に分かれる想定です。

{SIG_IWABUCHI}

> 年末年始の各店到着時刻の希望を表でいただけますか。
> 青葉運輸 輸送課
""",
      attachments=[{"kind": "corrupt", "name": "nenmatsu_jikokuhyo.xlsx"}]))

# S27 forward of a 見守り incident with a diagnosis to a 民生委員 on free mail
_p = person(78, 90)
add(M("stop", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
      "forward to a welfare volunteer's free-mail address names a subscriber and her stroke: 要配慮個人情報",
      "iso-2022-jp", ISHIGURO, ["岸本 民生委員 <kishimoto.minsei@yahoo.co.jp>"],
      "FW: 【見守り】石神井台のお客様 救急搬送の件",
      f"""岸本様

練馬中央専売所の石黒です。先日はありがとうございました。
社内で共有した報告を、そのまま転送いたします。地区の見守り会議でご活用ください。

---------- 転送メッセージ ----------
From: 石黒 健吾 <ishiguro.k@hinode-sangyo.co.jp>
To: 東海林 亮 <shoji.r@hinode-sangyo.co.jp>
件名: 【見守り】石神井台のお客様 救急搬送の件

東海林部長

本日朝、配達員から「新聞が2日分たまっている」と連絡があり、
{_p['town']}{_p['street']} の {_p['name']} 様（{_p['age']}歳）宅を訪問しました。
応答がなく、大家さんに開錠してもらったところ居間で倒れておられ、119番通報しました。
搬送先の練馬総合病院で脳梗塞と診断され、現在入院中とのことです。

石黒
"""))

# S28 four students on free mail visible to each other
add(M("stop", [], ["external_recipients_visible", "freemail_recipient"],
      "four students' private addresses in To can see each other: should have been Bcc",
      "utf-8", ISHIGURO,
      ["yuto.kutsuna@gmail.com", "hina0412.m@gmail.com", "daiki.saika21@gmail.com", "ren_tsukumo@gmail.com"],
      "台風接近時の配達について（重要）",
      f"""学生スタッフのみなさん

所長の石黒です。
今週末、台風が関東に接近する予報です。以下のとおりお願いします。

・土曜朝刊は通常より30分早く、2時から積み込みを始めます
・風が強い場合はバイクを使わず、台車＋徒歩で回ります（危険なお宅は飛ばしてOK）
・無理は絶対にしないこと。判断に迷ったら店に電話（03-3996-2210）

全員、金曜の夜までに「了解」とだけ返信してください。

石黒
"""))

# S29 look-alike of the own domain in Cc, with two staff phones
_p = people(2, age_from=19, age_to=24)
add(M("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
      "Cc address hinode-sangyou.co.jp adds a letter to the company's own domain",
      "cp932", KAGAYA, [NONOMURA], "12月シフト変更の件",
      cc=["真壁 さおり <makabe.s@hinode-sangyou.co.jp>"],
      body=f"""野々村さん（cc 真壁さん）

お疲れさまです。加賀谷です。
12月から以下の2名が夕刊担当に移ります。給与の時間単価の変更をお願いします。

　{_p[0]['name']}　{_p[0]['mobile']}　朝刊→夕刊（12/1～）
　{_p[1]['name']}　{_p[1]['mobile']}　朝刊→朝夕刊（12/8～）

{SIG_KAGAYA}
"""))

# S30 look-alike of the bank partner (co. dropped)
add(M("stop", [], ["lookalike_domain"],
      "midori-ginko.jp drops the co. of the partner bank's midori-ginko.co.jp",
      "iso-2022-jp", NONOMURA, ["みどり銀行 石神井支店 高田様 <takada@midori-ginko.jp>"],
      "口座振替の振替日変更について",
      f"""みどり銀行 石神井支店
高田様

お世話になっております。日の出産業の野々村です。
来年1月分より、新聞購読料の口座振替日を毎月27日から26日に変更したいと考えております。
委託者コード 4410-2236 の設定変更に必要な手続きをお教えいただけますでしょうか。

{SIG_NONOMURA}
"""))

# S31 DOCX memo with a 取扱注意 header to the tax accountant
add(M("stop", [], ["confidential_marking"],
      "the attached memo carries a 取扱注意 header and goes to an outside tax office",
      "utf-8", SHOJI, ["森本税理士事務所 森本先生 <morimoto@morimoto-tax.jp>"],
      "店舗統合に伴う税務上の論点（ご相談）",
      f"""森本先生

いつもお世話になっております。東海林です。
来期に予定している店舗統合について、社内でまとめたメモをお送りします。
次回の月次訪問の際にご意見をいただけますと幸いです。

{SIG_SHOJI}
""",
      attachments=[{"kind": "docx", "name": "店舗統合メモ_2026.docx", "page_header": "取扱注意",
                    "title": "店舗統合に関するメモ",
                    "paragraphs": ["店舗統合に関するメモ（案）", "1. 新座南販売所を所沢東販売所に統合（2026年4月予定）",
                                   "2. 新座南の店舗は賃貸借契約を解約、原状回復費用 約180万円を見込む",
                                   "3. 配達員は全員所沢東へ移籍、通勤距離が延びる者には手当を支給",
                                   "4. 論点：固定資産（バイク・什器）の除却損、繰越欠損金の扱い"],
                    "tables": [["項目", "金額（千円）"], ["原状回復", "1,800"], ["バイク除却", "420"],
                               ["移転費用", "650"]]}]))

# S32 極秘 in the subject and stamped at the top of the body
add(M("stop", [], ["confidential_marking"],
      "the mail itself is marked 【極秘】 and goes to the publisher",
      "iso-2022-jp", SHOJI, [f"東都新聞社 販売局長 <kyokucho@{TOHTO}>"],
      "【極秘】来期の区域再編について",
      f"""【極秘】

販売局長 桐生様

日の出産業の東海林でございます。
先般ご内示いただいた区域再編の件、当社としての考え方を申し上げます。

1. 石神井台5・6丁目を隣接の大泉新聞店へ移管することには同意いたします。
2. その代わりとして、新座市東北2丁目の一部区域を当社へ編入いただきたく存じます。
3. 移管に伴う部数減（約310部）の補助について、ご配慮をお願いいたします。

正式な発表まで、当社内でも役員以外には伏せております。

{SIG_SHOJI}
"""))

# S33 password-protected PDF invoice to an advertiser
add(M("stop", [], ["unscannable_attachment"],
      "the PDF invoice is password-protected and cannot be inspected",
      "cp932", OWADA, ["くすりのハトヤ 経理部 <keiri@hatoya-drug.co.jp>"],
      "11月分 折込料金ご請求書の送付",
      f"""くすりのハトヤ株式会社
経理部 御中

いつもお世話になっております。日の出産業 折込広告センターの大和田です。
11月分の折込料金のご請求書をお送りいたします。
PDFにはパスワードを設定しております。パスワードは従来どおり御社の取引先コードです。

請求書番号：ORI-2511-0087
ご請求金額：482,130円（税込）
お支払期日：12月25日

{SIG_OWADA}
""",
      attachments=[{"kind": "pdf", "name": "seikyu_ORI-2511-0087.pdf", "password": "HT0087",
                    "lines": ["御請求書", "くすりのハトヤ株式会社 御中", "折込料金 11月分 482,130円"]}]))

# S43 five advertisers in To/Cc, one of them on free mail
add(M("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
      "five advertisers (one on gmail) visible to each other in To/Cc",
      "utf-8", OWADA,
      ["スーパーまるとみ <hansoku@marutomi-super.co.jp>", "進学塾ブレイン <info@juku-brain.jp>",
       "石神井ファミリークリニック <jimu@shakujii-fc.jp>"],
      "【ご案内】2026年4月 折込料金改定のお知らせ",
      f"""お取引先各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 折込広告センターでございます。

用紙代・人件費の上昇に伴い、2026年4月1日搬入分より折込料金を改定させていただきます。

　サイズ　　　現行　→　改定後（1枚あたり）
　B4　　　　　3.3円　→　3.6円
　B3　　　　　3.9円　→　4.3円
　B2　　　　　6.2円　→　6.8円

何卒ご理解を賜りますようお願い申し上げます。

{SIG_OWADA}
""",
      cc=["大泉不動産 <info@oizumi-fudosan.co.jp>", "そろばん教室 ひがし <higashi.soroban@gmail.com>"]))

# S44 year-end party invitation to three other agencies in To
add(M("stop", [], ["external_recipients_visible", "multiple_external_domains"],
      "three other agencies' addresses in To: visible recipients that should have been Bcc",
      "iso-2022-jp", SHOJI,
      [f"大泉新聞店 <office@{OIZUMI}>", "富士見販売所 <fujimi@fujimi-hanbai.co.jp>",
       "石神井新聞センター <center@shakujii-nc.jp>"],
      "東都会 新年賀詞交歓会のご案内",
      f"""東都会 会員各店 所長様

新年の賀詞交歓会を下記のとおり開催いたします。幹事店の日の出産業 東海林です。

日時：2026年1月16日（金）12:00～14:00（夕刊前に終わります）
会場：さくらホテル練馬 2階「桜の間」
会費：8,000円

出欠を1月9日までにご返信ください。

{SIG_SHOJI}
""", cc=[ISHIGURO]))

# S45 homoglyph look-alike of 川崎電機 (i → l)
add(M("stop", [], ["lookalike_domain"],
      "kawasaki-denkl.co.jp swaps i for l in the partner kawasaki-denki.co.jp",
      "utf-8", IWABUCHI, ["川崎電機 法人営業 <hojin@kawasaki-denkl.co.jp>"],
      "電動バイク用 充電器の追加見積",
      f"""川崎電機 法人営業部 ご担当者様

新座南販売所の岩渕です。いつもお世話になっております。
配達用電動バイク（EV-50）の急速充電器を2台追加したく、見積をお願いします。
設置場所は店舗裏の駐輪場で、既設の200V分電盤から分岐予定です。

品番：QC-200S ×2
希望納期：12月中旬

{SIG_IWABUCHI}
"""))

# S47 swapped letters look-alike of ツバサシステム
add(M("stop", [], ["lookalike_domain"],
      "tsubasa-sysetm.jp swaps two letters of the partner tsubasa-system.jp",
      "iso-2022-jp", SAGARA, ["ツバサシステム サポート <support@tsubasa-sysetm.jp>"],
      "配達管理システム ログインできない件（問合せ番号 TS-48812）",
      f"""ツバサシステム サポートご担当者様

日の出産業の相良です。
本日朝から所沢東販売所の端末で配達管理システムにログインできません。
エラー表示は「E-1043 ライセンス認証に失敗しました」です。
他の2店は問題なく使えています。

至急ご確認をお願いいたします。

{SIG_SAGARA}
"""))

# S48 TLD swap look-alike of さくらホテル (.jp → .co.jp)
add(M("stop", [], ["lookalike_domain"],
      "sakura-hotel.co.jp is the partner sakura-hotel.jp under another TLD",
      "cp932", ISHIGURO, ["さくらホテル練馬 フロント <front-nerima@sakura-hotel.co.jp>"],
      "客室配布用 朝刊の部数変更",
      f"""さくらホテル練馬
フロント ご担当者様

いつもお世話になっております。東都新聞 練馬中央専売所の石黒です。
12月の客室配布用の朝刊について、以下のとおり部数を変更いたします。

　東都新聞　　　 60部 → 45部
　東都スポーツ　 10部 → 10部（変更なし）
　関東日報　　　 15部 → 12部

配達時刻は従来どおり 5:30 までに通用口へお届けします。

{SIG_ISHIGURO}
"""))

# S49 hyphen-for-dot look-alike of 北国フーズ
add(M("stop", [], ["lookalike_domain"],
      "kitaguni-foods-co.jp puts a hyphen for the dot of the partner kitaguni-foods.co.jp",
      "utf-8", ISHIGURO, ["北国フーズ 営業部 <eigyo@kitaguni-foods-co.jp>"],
      "新春キャンペーン景品の発注",
      f"""北国フーズ 営業部 御中

練馬中央専売所の石黒です。
新春キャンペーン用の景品を下記のとおり発注いたします。

品目　　　　　　　　　　数量　　単価
北海道産ゆめぴりか2kg　 200袋　 1,180円
りんごジュース詰合せ　　 80箱　 1,450円

納品：12月26日（金）練馬中央専売所へ

{SIG_ISHIGURO}
"""))

# S50 PDF with a CONFIDENTIAL footer to the system partner
add(M("stop", [], ["confidential_marking"],
      "the attached specification is marked CONFIDENTIAL on every page and goes to the vendor",
      "utf-8", SAGARA, ["ツバサシステム 谷口様 <taniguchi@tsubasa-system.jp>"],
      "顧客管理システム 要件定義書 v0.9",
      f"""谷口様

お世話になっております。相良です。
要件定義書の v0.9 をお送りします。前回の指摘事項を反映しました。
帳票（集金カード・順路帳）のレイアウトは別紙で追ってお送りします。

{SIG_SAGARA}
""",
      attachments=[{"kind": "pdf", "name": "youken_teigi_v0.9.pdf", "title": "顧客管理システム 要件定義書",
                    "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. Internal Use Only",
                    "lines": ["顧客管理システム 要件定義書 v0.9", "", "1. 目的", "  3店舗の購読者台帳・順路帳・集金を一元管理する。",
                              "2. 対象業務", "  契約管理／一時止め／景品管理／集金／口座振替連携",
                              "3. 非機能要件", "  店舗端末からの同時接続 15、バックアップ日次"]}]))

# S51 corrupt PDF to the publisher
add(M("stop", [], ["unscannable_attachment"],
      "the attached PDF is damaged and cannot be inspected",
      "iso-2022-jp", KAGAYA, [f"東都新聞社 販売局 第三部 <hanbai3@{TOHTO}>"],
      "11月度 販売報告書（所沢東）",
      f"""販売局 第三部 御中

所沢東販売所の加賀谷です。
11月度の販売報告書をPDFでお送りします。ご確認をお願いいたします。

{SIG_KAGAYA}
""",
      attachments=[{"kind": "corrupt", "name": "hanbai_houkoku_202511_tokorozawa.pdf"}]))

# S52 PPAP to the law firm, password in the same mail
add(M("stop", [], ["unscannable_attachment"],
      "password-protected ZIP (password in the same mail) cannot be scanned",
      "cp932", SHOJI, ["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
      "契約トラブル案件の資料送付",
      f"""白川法律事務所 事務局 御中

日の出産業の東海林です。
来週ご相談予定の契約トラブル案件について、経緯書と契約書の写しをお送りします。

添付ファイルのパスワード：Hnd-8841
（セキュリティのため、パスワード付きZIPとしております）

{SIG_SHOJI}
""",
      attachments=[{"kind": "zip", "name": "keiyaku_trouble_shiryo.zip", "password": "Hnd-8841",
                    "files": [{"kind": "docx", "name": "経緯書.docx", "paragraphs": ["経緯書", "…"]},
                              {"kind": "pdf", "name": "keiyakusho_copy.pdf", "lines": ["購読契約書（写）"]}]}]))

# S56 homoglyph look-alike of the law firm (l → 1)
add(M("stop", [], ["lookalike_domain"],
      "shirakawa-1aw.jp uses the digit 1 for the l of the partner shirakawa-law.jp",
      "iso-2022-jp", SHOJI, ["白川先生 <shirakawa@shirakawa-1aw.jp>"],
      "Re: 顧問契約の更新について",
      f"""白川先生

東海林です。ご連絡ありがとうございます。
顧問契約の更新、従来どおりの条件でお願いいたします。
契約書は2部押印のうえ郵送いたします。

{SIG_SHOJI}

-----Original Message-----
From: 白川 <shirakawa@shirakawa-law.jp>
Sent: Monday, November 17, 2025 10:12 AM
Subject: 顧問契約の更新について

東海林様
顧問契約が来年1月で満了となります。更新のご意向をお聞かせください。
"""))

# =========================================================================================
# PASS — ordinary mail of the area
# =========================================================================================

# P01 flyer price list to a new advertiser
add(M("pass", [], [],
      "flyer price list to a prospective advertiser: business information only",
      "iso-2022-jp", OWADA, ["進学塾ブレイン 石神井校 教室長 <shakujii@juku-brain.jp>"],
      "折込広告料金のご案内",
      f"""進学塾ブレイン 石神井校
教室長 様

先ほどはお電話ありがとうございました。日の出産業 折込広告センターの大和田です。
ご依頼の折込料金表をお送りいたします。

  サイズ     1枚単価   最低部数
  --------   --------  --------
  B5         3.0円      1,000
  B4         3.3円      1,000
  B3         3.9円      1,000
  B2         6.2円      2,000

・搬入は折込日の2日前正午まで
・区域指定（町丁目単位）も承ります
・春期講習のチラシは2月下旬～3月上旬が効果的です

お見積りが必要でしたら、部数と区域をお知らせください。

{SIG_OWADA}
"""))

# P02 gift order to the food partner with order number and product codes
add(M("pass", [], [],
      "purchase order with order number and product codes to a partner: no personal data",
      "cp932", KAGAYA, ["北国フーズ 受注センター <juchu@kitaguni-foods.co.jp>"],
      "発注書 HS-2025-0931（所沢東販売所）",
      f"""北国フーズ株式会社
受注センター 御中

いつもお世話になっております。所沢東販売所の加賀谷です。
下記のとおり発注いたします。

発注番号：HS-2025-0931
　KF-1021　洗濯用洗剤 詰替 3個パック　　　120セット
　KF-2210　北海道産新米 5kg　　　　　　　　 40袋
　KF-3302　ティッシュ5箱パック　　　　　　 200パック
納品先：所沢東販売所（埼玉県所沢市緑町2-7-15）
納品希望日：12月3日（水）午後

請求書は月末締めでお願いいたします。

{SIG_KAGAYA}
"""))

# P03 internal: full subscriber list XLSX among colleagues
_p = people(20)
_rows = [["練馬中央 購読者台帳（抜粋）"], ["順路", "氏名", "住所", "電話", "購読紙", "契約満了"]]
for p in _p:
    _rows.append([p["route"], p["name"], addr(p, zipped=False), p["tel"], _rng.choice(PAPERS),
                  f"2026/{_rng.randint(1, 12):02d}"])
add(M("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], [],
      "subscriber list of 20 people shared only with internal colleagues",
      "utf-8", ISHIGURO, [SHOJI, "営業推進 <suishin@hinode-sangyo.co.jp>"],
      "満了予定者リスト（継続勧誘用）",
      f"""東海林部長、営業推進チーム各位

石黒です。来年満了のお客様の台帳抜粋を添付します。
継続の声かけは12月の集金時から始めます。

{SIG_ISHIGURO}
""",
      attachments=[{"kind": "xlsx", "name": "manryo_2026_nerima.xlsx", "sheets": {"満了予定": _rows}}]))

# P04 internal: My Number collection status to the HR colleague (subdomain)
_p = people(5, age_from=19, age_to=50)
_lines = "\n".join(f"{p['name']}\t{mynum()}\t回収済" for p in _p)
add(M("pass", ["PERSON_NAME", "JP_MY_NUMBER"], [],
      "My Numbers of 5 staff sent between internal colleagues only (mail. subdomain is internal)",
      "cp932", NONOMURA, [MAKABE, "総務共有 <soumu@mail.hinode-sangyo.co.jp>"],
      "個人番号 回収状況（新規入社分）",
      f"""真壁さん

野々村です。新規入社分の個人番号の回収状況です。
番号確認・身元確認とも済んでいます。台帳へは私のほうで登録します。

{_lines}

{SIG_NONOMURA}
"""))

# P05 reply quoting the publisher's list; the new text has no data
_p = people(6)
_quoted = "\n".join(f"> {p['route']}  {p['name']}様  {p['tel']}" for p in _p)
add(M("pass", [], [],
      "only the quoted text (the publisher's own list) carries data; the new text is a short confirmation",
      "iso-2022-jp", ISHIGURO, [f"東都新聞社 読者センター 大谷様 <otani@{TOHTO}>"],
      "Re: 紙面へのご意見（読者センター受付分）",
      f"""大谷様

石黒です。ご連絡ありがとうございます。
6件とも今週中に配達時にお声がけし、結果をご報告いたします。

{SIG_ISHIGURO}

> 練馬中央専売所 石黒所長
> 読者センターに紙面へのご意見をお寄せいただいた方のうち、
> 販売店からのお礼訪問を希望された方です。
{_quoted}
> よろしくお願いします。
"""))

# P06 NDA discussion with the system partner
add(M("pass", [], [],
      "mail about an NDA (秘密保持契約) with the vendor: talk about confidentiality, not a marking",
      "utf-8", SAGARA, ["ツバサシステム 営業部 宮下様 <miyashita@tsubasa-system.jp>"],
      "秘密保持契約書のドラフトについて",
      f"""宮下様

お世話になっております。日の出産業の相良です。
秘密保持契約書のドラフトを拝見しました。当社法務（顧問弁護士）の確認結果をお伝えします。

1. 第2条「秘密情報」の定義に、購読者の個人情報を明示的に含めていただきたい
2. 第7条の返還・廃棄について、廃棄証明書の提出を追記したい
3. 有効期間は契約終了後3年とさせてください

修正版をいただければ、社内決裁に回します。

{SIG_SAGARA}
"""))

# P07 flyer volume by area to the printer, with a disclaimer
add(M("pass", [], [],
      "flyer volumes per area to the printing partner, standard disclaimer at the end",
      "cp932", OWADA, ["錦印刷 営業部 松井様 <matsui@nishiki-insatsu.co.jp>"],
      "1月折込 区域別枚数（確定版）",
      f"""錦印刷株式会社
松井様

お世話になっております。大和田です。
1月分の区域別枚数が確定しましたのでお知らせします。

練馬中央,4050
所沢東,3800
新座南,2700
予備,150

先月より予備を50枚増やしています。よろしくお願いいたします。

{SIG_OWADA}

{DISCLAIMER_JP}
"""))

# P08 one subscriber's stop request to the neighbouring agency
_p = person(55, 80)
add(M("pass", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
      "one subscriber's travel stop request (name, address) to the agency that delivers the other paper",
      "iso-2022-jp", IWABUCHI, [f"大泉新聞店 配達管理 <haitatsu@{OIZUMI}>"],
      "一時止め1件（関東日報）",
      f"""大泉新聞店さま

新座南の岩渕です。一時止め1件お願いします。

{_p['name']}様　{_p['town']}{_p['street']}
12/27～1/4 帰省のため止め、1/5朝刊から再開

{SIG_IWABUCHI}
"""))

# P09 meeting with the publisher and the printer (two organisations)
add(M("pass", [], ["multiple_external_domains"],
      "three-way meeting mail: two external organisations in To is normal",
      "utf-8", OWADA, [f"東都新聞社 広告局 三浦様 <miura@{TOHTO}>", "錦印刷 松井様 <matsui@nishiki-insatsu.co.jp>"],
      "元日版 折込の打合せ日程",
      f"""三浦様、松井様

お世話になっております。日の出産業の大和田です。
元日版の折込について、3社での打合せをお願いしたく、候補日をお送りします。

・12月2日（火）14:00～
・12月3日（水）10:00～
・12月4日（木）15:00～

場所は当社本社会議室（練馬区石神井町3-18-6 日の出ビル2F）を予定しています。
ご都合をお知らせください。

{SIG_OWADA}
"""))

# P10 reply to a subscriber on free mail
add(M("pass", [], ["freemail_recipient"],
      "reply to one subscriber's own free-mail address confirming the start of delivery",
      "iso-2022-jp", KAGAYA, ["aya.tsuyuri@yahoo.co.jp"],
      "Re: 購読開始日について",
      f"""栗花落様

このたびは東都新聞のご購読をお申し込みいただき、誠にありがとうございます。
所沢東販売所の加賀谷でございます。

ご希望どおり、12月1日（月）の朝刊からお届けいたします。
集金は月末に担当者が伺います。口座振替をご希望の場合は、申込用紙をお持ちします。

今後ともよろしくお願いいたします。

{SIG_KAGAYA}

> 12月から新聞をとりたいのですが、何日から届きますか。
> 栗花落
"""))

# P11 interview schedule to an applicant on gmail
add(M("pass", [], ["freemail_recipient"],
      "interview arrangement with one applicant on free mail",
      "utf-8", ISHIGURO, ["kadono.takumi.0923@gmail.com"],
      "配達スタッフ面接のご案内",
      f"""上遠野 拓海 様

このたびは東都新聞 練馬中央専売所の配達スタッフ募集にご応募いただき、ありがとうございます。
所長の石黒です。

面接日時：11月29日（土）10:00～（30分程度）
場所：練馬中央専売所（西武池袋線 石神井公園駅 徒歩6分）
持ち物：筆記用具、写真付き履歴書

原付免許をお持ちでなくても、自転車での配達区域がありますのでご安心ください。
当日ご都合が悪くなった場合は、店の電話（03-3996-2210）までご連絡ください。

{SIG_ISHIGURO}
"""))

# P12 list of agencies (businesses) to the publisher
add(M("pass", [], [],
      "list of agencies with office phones and addresses: businesses, not people",
      "cp932", SHOJI, [f"東都新聞社 販売局 第三部 <hanbai3@{TOHTO}>"],
      "当社販売店 連絡先一覧（更新）",
      f"""販売局 第三部 御中

日の出産業の東海林です。12月1日付で新座南の電話番号が変わりますので、一覧を更新しました。

店名                  電話            FAX             所在地
--------------------  --------------  --------------  --------------------------------
練馬中央専売所        03-3996-2210    03-3996-2219    東京都練馬区石神井町3-18-6
所沢東販売所          04-2925-0871    04-2925-0872    埼玉県所沢市緑町2-7-15
新座南販売所          048-478-3301    048-478-3302    埼玉県新座市野火止4-11-2
本社（販売部）        03-5933-4100    03-5933-4109    東京都練馬区石神井町3-18-6 2F

{SIG_SHOJI}
"""))

# P13 HTML-only: hotel delivery counts per branch (businesses)
add(M("pass", [], [],
      "HTML table of hotel branches and copy counts: a list of businesses",
      "utf-8", ISHIGURO, ["さくらホテル 総務部 購買課 <kobai@sakura-hotel.jp>"],
      "客室配布用新聞 12月の部数",
      html=f"""<html><body>
<p>さくらホテル 総務部 購買課 御中</p>
<p>いつもお世話になっております。練馬中央専売所の石黒です。<br>12月の客室配布部数をお送りします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>ホテル</th><th>住所</th><th>電話</th><th>東都新聞</th><th>関東日報</th></tr>
<tr><td>さくらホテル練馬</td><td>東京都練馬区練馬1-5-3</td><td>03-3994-8800</td><td>60</td><td>15</td></tr>
<tr><td>さくらホテル石神井公園</td><td>東京都練馬区石神井町2-14-1</td><td>03-3996-7711</td><td>35</td><td>10</td></tr>
<tr><td>さくらホテル所沢</td><td>埼玉県所沢市日吉町8-2</td><td>04-2928-5500</td><td>48</td><td>12</td></tr>
</table>
<p>請求は従来どおり本部一括でお願いいたします。</p>
<p>東都新聞 練馬中央専売所 石黒</p>
</body></html>"""))

# P14 four training attendees with mobiles to the publisher
_p = people(4, age_from=22, age_to=50)
_att = "\n".join(f"　{p['name']}（{_rng.choice(['練馬中央', '所沢東', '新座南'])}）　携帯 {p['mobile']}" for p in _p)
add(M("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
      "four training attendees with their mobiles: a short list, may be warned",
      "iso-2022-jp", SHOJI, [f"東都新聞社 販売局 研修担当 <kenshu@{TOHTO}>"],
      "販売店従業員研修 参加者のご連絡",
      f"""研修担当 ご担当者様

日の出産業の東海林です。12月10日の従業員研修（個人情報保護・訪問販売のルール）に
当社から4名参加いたします。当日の緊急連絡先として携帯番号を添えます。

{_att}

よろしくお願いいたします。

{SIG_SHOJI}
"""))

# P15 English mail to the language school about a recruiting seminar
add(M("pass", [], [],
      "English mail to a school about a recruiting seminar: no personal data",
      "utf-8", MAKABE, ["International Office <intl@wako-nihongo.ac.jp>"],
      "Part-time job seminar for your students (newspaper delivery)",
      f"""Dear International Office,

Thank you for your cooperation last spring.
We would like to hold another short seminar for students who are interested in part-time
work delivering newspapers in Nerima and Tokorozawa.

  Date:  Wednesday, January 21, 2026, 16:00-17:00
  Place: your school, Room 302 (if available)
  Topics: working hours within the 28-hour rule, pay (from 1,250 yen/hour for early
          morning), dormitory, bicycle/scooter training, safety

Could you let us know whether the date works for you?

Kind regards,
Saori Makabe
HR Group, Hinode Sangyo Co., Ltd.
Tel +81-3-5933-4103

{DISCLAIMER_EN}
"""))

# P16 invoice and tracking numbers to the transport partner
add(M("pass", [], [],
      "invoice and tracking numbers with the transport partner: business data",
      "iso-2022-jp", NONOMURA, ["青葉運輸 経理課 <keiri@aoba-unyu.co.jp>"],
      "10月分ご請求書の件（請求No. AU-251031-118）",
      f"""青葉運輸株式会社
経理課 御中

日の出産業の野々村です。
10月分ご請求書（請求No. AU-251031-118）について、1点確認させてください。

10/19（日）の臨時便（問合せ番号 7741-2208-5316）が2回計上されているようです。
明細の12行目と15行目が同じ内容になっておりますので、ご確認いただけますでしょうか。

差額 18,700円（税込）を差し引いたお支払いでよろしければ、その旨ご返信ください。

{SIG_NONOMURA}
"""))

# P17 flyer schedule XLSX to the printer (advertisers = businesses)
_sheet = [["2025年12月 折込スケジュール（日の出産業 3店）"], [],
          ["折込日", "広告主", "サイズ", "枚数", "区域"]]
for d, adv, size in [("12/05", "スーパーまるとみ", "B3"), ("12/06", "くすりのハトヤ", "B4"),
                     ("12/06", "大泉不動産", "B4"), ("12/12", "スーパーまるとみ", "B2"),
                     ("12/13", "進学塾ブレイン", "B4"), ("12/19", "ホームセンター石神井", "B3"),
                     ("12/20", "スーパーまるとみ", "B2"), ("12/27", "くすりのハトヤ", "B3")]:
    _sheet.append([d, adv, size, _rng.choice([10550, 8000, 4050, 6500]), _rng.choice(["全域", "練馬中央のみ", "所沢東・新座南"])])
add(M("pass", [], [],
      "flyer schedule of advertisers (businesses) to the printing partner",
      "utf-8", OWADA, ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
      "12月 折込スケジュール",
      f"""錦印刷 営業部 御中

大和田です。12月の折込スケジュールを添付します。
12/20のまるとみB2は、前日夕方の搬入でも間に合います。

{SIG_OWADA}
""",
      attachments=[{"kind": "xlsx", "name": "orikomi_schedule_202512.xlsx", "sheets": {"12月": _sheet}}]))

# P18 forward of one complaint to the publisher
_p = person(35, 70)
add(M("pass", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
      "forward of one resident's complaint with her contact details: one person, may be warned",
      "cp932", ISHIGURO, [f"東都新聞社 お客様対応室 <okyakusama@{TOHTO}>"],
      "FW: 不着のご連絡",
      f"""お客様対応室 御中

練馬中央の石黒です。
読者センター経由で店に届いた不着のご連絡です。本日お詫びに伺い、再発防止を約束しました。
経過のご報告まで。

-------- Forwarded Message --------
件名: 不着のご連絡
送信元: 東都新聞 読者センター 受付フォーム

お名前：{_p['name']}
ご住所：{addr(_p)}
お電話：{_p['tel']}
内容：今週2回、朝刊が届いていません（11/18・11/20）。朝の楽しみなので困ります。
"""))

# P19 internal: watch-over incident with health information
_p = person(80, 92)
add(M("pass", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], [],
      "watch-over incident with a diagnosis reported to internal recipients only",
      "iso-2022-jp", KAGAYA, [SHOJI], cc=[MAKABE],
      subject="【見守り】緑町のお客様 入院の件（社内共有）",
      body=f"""東海林部長（cc 真壁さん）

加賀谷です。社内共有です。
{_p['town']}{_p['street']} の {_p['name']} 様（{_p['age']}歳）、
新聞が溜まっていたため地域包括に連絡し、職員の方と訪問したところ、
脱水症状で動けなくなっていました。救急搬送され、心不全で入院とのことです。

配達は本日から一時止めにしています。再開はご家族から連絡をいただく予定です。

{SIG_KAGAYA}
"""))

# P20 mere mention of 社外秘
add(M("pass", [], [],
      "mentions 社外秘 in a sentence (declining to send such material): not a marking",
      "utf-8", SHOJI, [f"東都新聞社 販売局 吉永様 <yoshinaga.t@{TOHTO}>"],
      "Re: 他紙の動向について",
      f"""吉永様

東海林です。
お問い合わせの件、他紙販売店の部数はこちらでも正確にはつかめておりません。
また、同業組合の資料は社外秘扱いのため、私のほうからお渡しすることはできません。
組合の月例会で口頭で聞いた範囲では、どこも前年比3～5％減とのことでした。

取り急ぎご返信まで。

{SIG_SHOJI}
"""))

# P21 Japanese disclaimer to the other publisher
add(M("pass", [], [],
      "routine mail to the publisher ending with the standard confidentiality disclaimer",
      "cp932", KAGAYA, [f"関東日報社 販売部 岡部様 <okabe@{KANTO}>"],
      "年末年始の休刊日について",
      f"""岡部様

所沢東の加賀谷です。
年末年始の休刊日と、元日版の搬入時刻について確認させてください。
元日版は例年どおり午前1時着の予定でよろしいでしょうか。
また、1月2日の休刊日に号外の予定があれば事前にお知らせいただけると助かります。

{SIG_KAGAYA}

{DISCLAIMER_JP}
"""))

# P22 circulation figures per area to the publisher
_lines = []
for area in ["石神井町", "石神井台", "東大泉", "西大泉", "関町東"]:
    a, b = _rng.randint(300, 900), _rng.randint(0, 40)
    _lines.append(f"{pad(area, 12)}{a:>6}{b:>6}{_rng.randint(0, 30):>6}{a - b + _rng.randint(0, 30):>7}")
add(M("pass", [], [],
      "monthly circulation figures per area: numbers, no people",
      "iso-2022-jp", ISHIGURO, [f"東都新聞社 販売局 第三部 <hanbai3@{TOHTO}>"],
      "11月度 部数報告（練馬中央）",
      f"""販売局 第三部 御中

練馬中央専売所の石黒です。11月度の部数をご報告します。

{pad('区域', 12)}{'前月':>5}{'減紙':>5}{'増紙':>5}{'当月':>6}
{'-' * 44}
""" + "\n".join(_lines) + f"""

減紙の主な理由は転居と高齢によるものです。

{SIG_ISHIGURO}
"""))

# P23 English reply; personal data is only in the quoted text
_p = people(3, age_from=20, age_to=25, foreign=True)
_q = "\n".join(f"> - {p['romaji']}, born {p['dob'].strftime('%d/%m/%Y')}, phone {p['mobile']}" for p in _p)
add(M("pass", [], [],
      "English reply: the candidates' details are only in the quoted text the partner sent",
      "utf-8", MAKABE, ["Ms. Linh Vo <linh.vo@vietbridge-hr.com>"],
      "Re: New candidates for April",
      f"""Dear Ms. Vo,

Thank you for introducing the three candidates.
We would like to hold online interviews on December 9 or 10, 10:00-12:00 JST.
Please let us know which day suits them.

Best regards,
Saori Makabe
Hinode Sangyo Co., Ltd.

On Mon, Nov 24, 2025 at 9:15 AM Linh Vo <linh.vo@vietbridge-hr.com> wrote:
> Dear Ms. Makabe,
> Please find below three candidates for April:
{_q}
> Best regards, Linh
"""))

# P24 notice to advertisers in Bcc only
add(M("pass", [], [],
      "notice to many advertisers put in Bcc (To is the sender): recipients cannot see each other",
      "iso-2022-jp", OWADA, ["折込広告センター <owada@hinode-sangyo.co.jp>"],
      "【お知らせ】折込広告センター 年末年始の営業日",
      f"""お取引先各位

平素より大変お世話になっております。
日の出産業 折込広告センターの年末年始の営業日をお知らせいたします。

　12月29日（月）～1月4日（日）　休業
　1月5日（月）より通常営業

休業期間中の折込は、12月26日（金）までにお申し込みください。

{SIG_OWADA}
""", bcc=["hansoku@marutomi-super.co.jp", "chirashi@hatoya-drug.co.jp", "info@oizumi-fudosan.co.jp",
           "shakujii@juku-brain.jp", "jimu@shakujii-fc.jp", "koukoku@homecenter-shakujii.co.jp"]))

# P25 campaign plan PPTX to the publisher
add(M("pass", [], [],
      "campaign plan deck with figures and no personal data to the publisher",
      "utf-8", SHOJI, [f"東都新聞社 販売局 第三部 吉永様 <yoshinaga.t@{TOHTO}>"],
      "新春キャンペーン企画案",
      f"""吉永様

東海林です。新春キャンペーンの企画案をお送りします。
景品の上限（6か月分購読料の8％）の範囲で組んでいます。

{SIG_SHOJI}
""",
      attachments=[{"kind": "pptx", "name": "shinshun_campaign_2026.pptx",
                    "slides": [["新春キャンペーン 2026", "日の出産業株式会社"],
                               ["ねらい", "電子版セットの新規 150件", "休読からの再開 80件"],
                               ["景品", "お米2kg（1,180円）", "ジュース詰合せ（1,450円）", "上限 2,112円／6か月契約"],
                               ["スケジュール", "1/5～2/28", "折込チラシ 1/10・1/24"]]}]))

# P26 recruitment flyer order with a PDF proof
add(M("pass", [], [],
      "order for a staff-recruitment flyer with a PDF proof: only the shop's own contact",
      "cp932", MAKABE, ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
      "配達スタッフ募集チラシ 校正OK",
      f"""錦印刷 制作部 御中

日の出産業の真壁です。
配達スタッフ募集チラシの校正、添付のとおり2点修正で校了とします。
・時給「1,200円～」→「1,250円～」
・QRコードの下に「LINEでも応募できます」を追加

{SIG_MAKABE}
""",
      attachments=[{"kind": "pdf", "name": "boshu_chirashi_kousei2.pdf",
                    "lines": ["朝の2時間、街を走るお仕事。", "新聞配達スタッフ募集！",
                              "時給 1,250円～（深夜・早朝手当込み）", "学生・主婦・シニア・外国籍の方 歓迎",
                              "東都新聞 練馬中央専売所 TEL 03-3996-2210",
                              "所沢東販売所 TEL 04-2925-0871", "新座南販売所 TEL 048-478-3301"]}]))

# P27 two staff contacts to the hotel for an event
_p = people(2, age_from=30, age_to=55)
add(M("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
      "two staff on-site contacts for the party venue: a short list, may be warned",
      "iso-2022-jp", SHOJI, ["さくらホテル練馬 宴会予約 <enkai-nerima@sakura-hotel.jp>"],
      "1/16 賀詞交歓会 当日の担当者",
      f"""さくらホテル練馬 宴会予約ご担当者様

日の出産業の東海林です。1月16日の賀詞交歓会（予約番号 B-260116-07）の件です。
当日の会場責任者は以下2名です。何かあればこちらへご連絡ください。

　{_p[0]['name']}　{_p[0]['mobile']}
　{_p[1]['name']}　{_p[1]['mobile']}

人数は62名で確定です。

{SIG_SHOJI}
"""))

# P28 one unpaid-fee case to the law firm (partner)
_p = person(40, 70)
add(M("pass", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
      "one subscriber's arrears case to the firm's lawyer: one person, may be warned",
      "utf-8", SHOJI, ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
      "未収金1件のご相談",
      f"""白川先生

東海林です。先日の一覧とは別に、1件だけ急ぎでご相談させてください。

契約者：{_p['name']} 様
住所：{addr(_p, kanji=True)}
未収：2025年3月～10月分（8か月、35,200円）
経緯：集金に伺っても「契約した覚えはない」の一点張り。契約書（本人署名あり）は当店保管。

内容証明の文案をご検討いただけますでしょうか。

{SIG_SHOJI}
"""))

# P29 ZIP of flyer images to the printer (no text content)
add(M("pass", [], [],
      "plain ZIP of flyer images to the printing partner: nothing personal",
      "utf-8", OWADA, ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
      "まるとみ歳末セール 入稿データ",
      f"""錦印刷 制作部 御中

大和田です。まるとみ様の歳末セールチラシの入稿データをお送りします。
表・裏の画像2点です。解像度が足りない場合はご連絡ください。

{SIG_OWADA}
""",
      attachments=[{"kind": "zip", "name": "marutomi_saimatsu.zip",
                    "files": [{"kind": "png", "name": "omote.png"}, {"kind": "png", "name": "ura.png"}]}]))

# P30 invoice with the company's registration (corporate) number
_cn = corp_number("010401178023")
add(M("pass", ["JP_CORPORATE_NUMBER"], [],
      "invoice to an advertiser with the company's T-number (法人番号): business data",
      "iso-2022-jp", OWADA, ["大泉不動産 経理ご担当 <keiri@oizumi-fudosan.co.jp>"],
      "11月分 折込料金のご請求",
      f"""大泉不動産株式会社
経理ご担当者様

いつもありがとうございます。日の出産業 折込広告センターの大和田です。
11月分のご請求内容をお知らせします（請求書原本は郵送いたします）。

請求書番号　ORI-2511-0112
11/08 B4 6,500枚 × 3.3円 = 21,450円
11/22 B4 6,500枚 × 3.3円 = 21,450円
小計 42,900円　消費税 4,290円　合計 47,190円

振込先：みどり銀行 石神井支店 普通 1184302 ヒノデサンギヨウ（カ
適格請求書発行事業者登録番号：T{_cn}

{SIG_OWADA}
"""))

# P31 internal: residence card check of a new foreign worker
_p = person(20, 26, foreign=True)
add(M("pass", ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"], [],
      "residence-card details of a new worker shared with internal HR only",
      "utf-8", ISHIGURO, [MAKABE],
      "新人スタッフ 在留カード確認",
      f"""真壁さん

石黒です。来週から入る新人の在留カードを確認しました。

氏名：{_p['romaji']}
生年月日：{ymd(_p['dob'])}
在留カード番号：{residence_card()}
在留資格：留学／資格外活動許可あり（裏面スタンプ確認済）
在留期限：2027年4月15日

コピーは店の金庫に保管しています。雇用契約書の準備をお願いします。

石黒
"""))

# P32 gift delivery to one subscriber through the transport partner
_p = person(50, 80)
add(M("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
      "one gift shipment to one subscriber's address via the transport partner: may be warned",
      "cp932", KAGAYA, ["青葉運輸 所沢営業所 <tokorozawa@aoba-unyu.co.jp>"],
      "配送依頼1件（所沢東販売所）",
      f"""青葉運輸 所沢営業所 御中

所沢東の加賀谷です。配送を1件お願いします。

お届け先：{_p['name']} 様
　　　　　{addr(_p)}
　　　　　TEL {_p['tel']}
品物：お米5kg×1（購読御礼品）
日時指定：12/2 午前中

送り状は店でお渡しします。集荷は明日の午後でお願いします。

{SIG_KAGAYA}
"""))

# P33 watch-over agreement renewal with the city (no person)
add(M("pass", [], [],
      "agreement renewal with the city, no individual named",
      "iso-2022-jp", SHOJI, ["練馬区 高齢者支援課 <koureisha@nerima-fukushi.lg.jp>"],
      "高齢者見守りネットワーク協定の更新について",
      f"""練馬区 高齢者支援課 御中

平素よりお世話になっております。日の出産業株式会社 販売部の東海林でございます。
「高齢者見守りネットワーク事業に関する協定」の更新書類を拝受いたしました。

当社3店（練馬中央・所沢東・新座南）のうち、区内は練馬中央専売所のみが対象と理解しております。
押印のうえ、12月5日までに返送いたします。

また、配達員向けの見守り研修（年1回）を来年も開催いただけるとありがたく存じます。

{SIG_SHOJI}
"""))

# P34 subscriber on iCloud: please don't send card numbers by mail
add(M("pass", [], ["freemail_recipient"],
      "reply to one subscriber advising her not to e-mail card details: no data in the mail",
      "utf-8", KAGAYA, ["kumiko.iokibe@icloud.com"],
      "Re: クレジットカードの変更",
      f"""五百旗頭様

所沢東販売所の加賀谷でございます。ご連絡ありがとうございます。

大変恐れ入りますが、セキュリティの観点から、カード番号はメールでお送りいただかないよう
お願いしております。お手数ですが、以下のいずれかでお手続きください。

・決済会社の変更専用ページ（集金票の裏面にQRコードがございます）
・担当者が書面をお持ちする（ご都合の良い日時をお知らせください）

ご不便をおかけしますが、よろしくお願いいたします。

{SIG_KAGAYA}
"""))

# P35 route map image to the transport partner
add(M("pass", [], [],
      "route map image to the transport partner",
      "iso-2022-jp", IWABUCHI, ["青葉運輸 輸送課 <yuso@aoba-unyu.co.jp>"],
      "新座南 荷受け場所の変更（地図添付）",
      f"""青葉運輸 輸送課 御中

新座南の岩渕です。
12月1日から、店舗前の道路工事のため荷受け場所を裏の駐車場に変更します。
地図を添付しますので、ドライバーさんへの周知をお願いします。

{SIG_IWABUCHI}
""",
      attachments=[{"kind": "png", "name": "niuke_map.png"}]))

# P36 printer and advertiser in To/Cc (two organisations)
add(M("pass", [], ["multiple_external_domains"],
      "printer and one advertiser on the same thread: two external organisations",
      "cp932", OWADA, ["スーパーまるとみ 販促課 <hansoku@marutomi-super.co.jp>"],
      "Re: 12/12 B2チラシの納品日",
      f"""まるとみ 販促課 様（cc 錦印刷 松井様）

大和田です。
12/12折込のB2チラシ、錦印刷さんから12/10（水）午前に各店へ直接納品いただけることになりました。
まるとみ様からの搬入は不要です。

{SIG_OWADA}
""", cc=["錦印刷 松井様 <matsui@nishiki-insatsu.co.jp>"]))

# P37 reply: a list of 6 is only in the Original Message
_p = people(6)
_orig = "\n".join(f"{p['name']}　{p['town']}{p['street']}　{p['tel']}" for p in _p)
add(M("pass", [], [],
      "the six subscribers are only in the publisher's original message below; the reply adds nothing",
      "cp932", IWABUCHI, [f"東都新聞社 販売局 吉永様 <yoshinaga.t@{TOHTO}>"],
      "RE: 電子版ID未登録のお客様",
      f"""吉永さん

岩渕です。承知しました。
今週の集金時に、ID登録のご案内チラシをお渡しします。

{SIG_IWABUCHI}

-----Original Message-----
From: 吉永 <yoshinaga.t@{TOHTO}>
Sent: Tuesday, November 25, 2025 4:02 PM
To: 岩渕 <iwabuchi@hinode-sangyo.co.jp>
Subject: 電子版ID未登録のお客様

岩渕さん
電子版セットでまだIDを登録していないお客様です。お声がけをお願いします。
{_orig}
"""))

# P38 internal: payroll CSV with bank accounts to accounting
_p = people(8, age_from=19, age_to=60)
_csv = [["氏名", "銀行", "支店", "口座番号", "支給額"]]
for p in _p:
    _csv.append([p["name"], p["bank"], p["branch"], p["account"], _rng.randrange(52000, 190000, 100)])
add(M("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], [],
      "payroll CSV with staff bank accounts sent only to internal accounting",
      "utf-8", IWABUCHI, [NONOMURA, "経理 <keiri@mail.hinode-sangyo.co.jp>"],
      "11月分 給与振込データ（新座南）",
      f"""野々村さん

岩渕です。新座南の11月分給与振込データを送ります。
今月から入った2名の口座を追加しています。

{SIG_IWABUCHI}
""",
      attachments=[{"kind": "csv", "name": "kyuyo_niiza_202511.csv", "rows": _csv}]))

# P39 student worker on free mail about his own shift
add(M("pass", [], ["freemail_recipient"],
      "mail to one student worker's private address about his shift",
      "iso-2022-jp", ISHIGURO, ["domeki.ren@docomo.ne.jp"],
      "12月のシフトについて",
      f"""百目鬼くん

石黒です。12月のシフト表ができました。
百目鬼くんは 12/1～12/28 の月・水・金・土（朝刊 7区）で組んでいます。
12/24・25 はテスト期間とのことだったので外しました。

変更があれば今週中に連絡ください。

石黒
"""))

# P40 subscription price and campaign terms with the publisher
add(M("pass", [], [],
      "discussion of subscription prices and campaign rules with the publisher",
      "utf-8", SHOJI, [f"東都新聞社 販売局 第三部 吉永様 <yoshinaga.t@{TOHTO}>"],
      "購読料改定時の案内文について",
      f"""吉永様

東海林です。
4月の購読料改定（朝夕刊セット 4,400円→4,800円、朝刊のみ 3,400円→3,700円）に伴う
お客様向けの案内文ですが、販売店名の差し込み欄を2か所にしていただけますでしょうか。

また、長期契約中のお客様の扱い（契約時の料金を維持するか）について、
本社の方針が決まりましたら早めにお知らせください。集金担当への説明が必要です。

{SIG_SHOJI}
"""))

# P41 English mail to a route-optimisation vendor
add(M("pass", [], [],
      "English mail to a software vendor about a trial: no personal data",
      "utf-8", SAGARA, ["Sales Team <sales@routewise.com>"],
      "Trial of RouteWise for newspaper delivery",
      f"""Hello RouteWise team,

We run three newspaper delivery agencies in the north-west of Tokyo (about 11,000 copies a
day, 60 routes, bicycles and 50cc scooters). We are interested in a 30-day trial of your
route optimisation service.

Questions:
1. Can routes be fixed in a given order (our customers expect the paper at the same time)?
2. Can stop/restart dates (holds during travel) be imported from CSV?
3. Is the data stored in Japan?

Best regards,
Naoto Sagara
IT, Hinode Sangyo Co., Ltd.
"""))

# P42 forward of the publisher's circular to one neighbouring agency
add(M("pass", [], [],
      "forward of a general circular (no personal data) to one other agency",
      "iso-2022-jp", SHOJI, ["富士見販売所 所長 <fujimi@fujimi-hanbai.co.jp>"],
      "FW: 【通達】訪問販売における景品提供の遵守事項",
      f"""富士見販売所 所長様

東海林です。先日お話しした通達、まだ届いていないとのことでしたので転送します。

---------- Forwarded message ----------
From: 東都新聞社 販売局 <hanbai-info@{TOHTO}>
Subject: 【通達】訪問販売における景品提供の遵守事項

販売店各位
景品表示法および新聞業における景品類の提供に関する公正競争規約に基づき、
景品の提供は「6か月分の購読料の8％」を上限とします。
また、特定商取引法に基づき、契約書面の交付とクーリング・オフの説明を徹底してください。
以上
"""))

# =========================================================================================
# EITHER — a privacy officer could judge these either way
# =========================================================================================

# E1 watch-over call to the subscriber's daughter with a mild health remark
_p = person(80, 90, female=True, surname=("一尺八寸", "カマツカ", "Kamatsuka"))
add(M("either", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data", "freemail_recipient"],
      "watch-over notice to the subscriber's own daughter; mentions the mother's bad legs — borderline health data",
      "utf-8", IWABUCHI, ["michiko.kamatsuka@gmail.com"],
      "お母様のご様子について（新座南販売所）",
      f"""一尺八寸 様

突然のご連絡失礼いたします。東都新聞 新座南販売所の岩渕と申します。
以前、お母様から緊急時の連絡先としてこちらのアドレスを伺っておりました。

{_p['town']}{_p['street']} のお母様（{_p['name']} 様）宅で、昨日・今日と朝刊が郵便受けに残っております。
インターホンにご応答がなく、以前から足がお悪いと伺っていたため心配しております。
お手数ですが、ご様子をご確認いただけますでしょうか。

{SIG_IWABUCHI}
"""))

# E2 names with route and gift status, no contact data
_p = people(5)
_l = "\n".join(f"　{p['route']}　{p['name']}様　{_rng.choice(GIFTS)}　{_rng.choice(['不在', '辞退', '在庫切れ'])}" for p in _p)
add(M("either", ["PERSON_NAME"], [],
      "five subscribers' names with route numbers and gift status but no contact data: borderline list",
      "cp932", KAGAYA, [f"東都新聞社 販売局 第三部 <hanbai3@{TOHTO}>"],
      "景品未渡し分のご報告（所沢東）",
      f"""販売局 第三部 御中

所沢東の加賀谷です。10月契約分のうち、景品をまだお渡しできていないお客様です。

{_l}

在庫切れ分は12月入荷次第お届けします。

{SIG_KAGAYA}
"""))

# E3 a staff member's 'poor health' absence to the staffing agency
_p = person(20, 30)
add(M("either", ["PERSON_NAME"], [],
      "tells the staffing agency a named dispatched worker is off for poor health — vague, borderline health data",
      "iso-2022-jp", ISHIGURO, ["グローバルワークス 派遣事業部 森様 <mori@globalworks-staff.co.jp>"],
      "派遣スタッフの欠勤について",
      f"""グローバルワークス
森様

練馬中央の石黒です。
派遣いただいている {_p['name']} さんですが、体調不良とのことで今週いっぱいお休みになります。
来週の出勤可否が分かり次第ご連絡ください。代わりの方の手配が可能でしたらお願いします。

{SIG_ISHIGURO}
"""))

# -----------------------------------------------------------------------------------------
# ids: a fixed shuffle so that labels are not grouped by position
_order = list(range(len(_ALL)))
random.Random(7301).shuffle(_order)
MESSAGES: list[dict] = []
for _n, _i in enumerate(_order, 1):
    MESSAGES.append({"id": f"newspaper-{_n:03d}", **_ALL[_i]})
