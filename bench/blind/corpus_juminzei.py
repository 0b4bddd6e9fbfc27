"""Blind evaluation corpus — area: juminzei (給与課の住民税・年末調整チーム).

The payroll tax team of 日の出産業株式会社: 住民税の特別徴収, 給与支払報告書 to
municipalities, employees' My Numbers and addresses, municipal notices of tax amounts
(特別徴収税額決定通知書), the tax accountants (税理士法人), the payroll outsourcer and
year-end adjustment (年末調整) documents.

Every person, number, address, municipality domain and organisation outside the brief's
list is invented; any resemblance to a real person or number is accidental.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 13001
rng = random.Random(SEED)

_serial = SEED


def next_mn() -> str:
    """A check-digit-valid My Number; n counts up from SEED."""
    global _serial
    v = my_number(_serial)
    _serial += 1
    return v


def next_card() -> str:
    """A Luhn-valid card number; n counts up from SEED (shared counter)."""
    global _serial
    v = card_number(_serial)
    _serial += 1
    return v


def corp_number(base12: str) -> str:
    """法人番号: check digit (9 - Σ P_n·Q_n mod 9) in front of the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP = corp_number("010001187342")     # 日の出産業株式会社
PAYBRIDGE_CORP = corp_number("011001203958")  # 株式会社ペイブリッジ (outsourcer)
MINATO_CORP = corp_number("020005044716")     # 税理士法人みなと総合会計
NISHIKI_CORP = corp_number("010401066183")    # 錦印刷


# -- formatting helpers -------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-.:/() ", "０１２３４５６７８９－．：／（）　")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" and not c.isascii() else 1
               for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(n - width(s), 0)


def zpad(s: str, n: int) -> str:
    """pad with full-width spaces (n in full-width cells)."""
    cells = (width(s) + 1) // 2
    return s + "　" * max(n - cells, 0)


def mn_fmt(mn: str, style: str = "space") -> str:
    if style == "space":
        return f"{mn[:4]} {mn[4:8]} {mn[8:]}"
    if style == "hyphen":
        return f"{mn[:4]}-{mn[4:8]}-{mn[8:]}"
    if style == "zen":
        return zen(f"{mn[:4]} {mn[4:8]} {mn[8:]}")
    return mn


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, base, ab = "令和", 2018, "R"
    elif (y, m, d) >= (1989, 1, 8):
        era, base, ab = "平成", 1988, "H"
    else:
        era, base, ab = "昭和", 1925, "S"
    n = y - base
    if style == "kanji":
        return f"{era}{'元' if n == 1 else n}年{m}月{d}日"
    if style == "abbr":
        return f"{ab}{n}.{m}.{d}"
    if style == "zen":
        return f"{era}{zen(str(n))}年{zen(str(m))}月{zen(str(d))}日"
    if style == "zenabbr":
        return zen(f"{ab}{n}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    return f"{era}{n:02d}/{m:02d}/{d:02d}"


# -- invented people ----------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("森田", "モリタ", "Morita"), ("長谷川", "ハセガワ", "Hasegawa"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西田", "ニシダ", "Nishida"),
    ("菅原", "スガワラ", "Sugawara"), ("平良", "タイラ", "Taira"), ("比嘉", "ヒガ", "Higa"),
    ("東海林", "ショウジ", "Shoji"), ("五月女", "ソウトメ", "Sotome"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("四十物", "アイモノ", "Aimono"), ("栗花落", "ツユリ", "Tsuyuri"), ("九十九", "ツクモ", "Tsukumo"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("御手洗", "ミタライ", "Mitarai"),
    ("百目鬼", "ドウメキ", "Domeki"), ("鬼頭", "キトウ", "Kito"), ("神宮寺", "ジングウジ", "Jinguji"),
    ("鵜飼", "ウカイ", "Ukai"), ("纐纈", "コウケツ", "Koketsu"), ("薬袋", "ミナイ", "Minai"),
    ("正親町", "オオギマチ", "Ogimachi"), ("八月一日", "ホズミ", "Hozumi"), ("我那覇", "ガナハ", "Ganaha"),
]
GIVEN = [
    ("翔太", "ショウタ", "Shota", "M"), ("大輔", "ダイスケ", "Daisuke", "M"),
    ("健一", "ケンイチ", "Kenichi", "M"), ("拓海", "タクミ", "Takumi", "M"), ("蓮", "レン", "Ren", "M"),
    ("悠真", "ユウマ", "Yuma", "M"), ("誠", "マコト", "Makoto", "M"), ("和也", "カズヤ", "Kazuya", "M"),
    ("直樹", "ナオキ", "Naoki", "M"), ("隆之", "タカユキ", "Takayuki", "M"), ("一真", "カズマ", "Kazuma", "M"),
    ("修", "オサム", "Osamu", "M"), ("雄介", "ユウスケ", "Yusuke", "M"), ("浩二", "コウジ", "Koji", "M"),
    ("陽菜", "ヒナ", "Hina", "F"), ("美咲", "ミサキ", "Misaki", "F"), ("結衣", "ユイ", "Yui", "F"),
    ("真由美", "マユミ", "Mayumi", "F"), ("恵子", "ケイコ", "Keiko", "F"), ("彩花", "アヤカ", "Ayaka", "F"),
    ("千夏", "チナツ", "Chinatsu", "F"), ("裕子", "ユウコ", "Yuko", "F"), ("優奈", "ユウナ", "Yuna", "F"),
    ("由紀", "ユキ", "Yuki", "F"), ("菜々子", "ナナコ", "Nanako", "F"), ("静香", "シズカ", "Shizuka", "F"),
    ("朋美", "トモミ", "Tomomi", "F"), ("沙織", "サオリ", "Saori", "F"),
]
ADDRS = [
    ("東京都", "世田谷区", "経堂", "156-0052"), ("東京都", "練馬区", "石神井町", "177-0041"),
    ("東京都", "江東区", "南砂", "136-0076"), ("東京都", "杉並区", "高円寺南", "166-0003"),
    ("東京都", "大田区", "池上", "146-0082"), ("東京都", "八王子市", "めじろ台", "193-0833"),
    ("神奈川県", "川崎市中原区", "新丸子町", "211-0005"), ("神奈川県", "横浜市港北区", "日吉本町", "223-0062"),
    ("神奈川県", "相模原市南区", "相模大野", "252-0303"), ("埼玉県", "さいたま市浦和区", "常盤", "330-0061"),
    ("埼玉県", "川口市", "芝新町", "333-0851"), ("千葉県", "船橋市", "前原西", "274-0825"),
    ("千葉県", "市川市", "行徳駅前", "272-0133"), ("千葉県", "柏市", "豊四季", "277-0863"),
    ("茨城県", "つくば市", "竹園", "305-0032"), ("大阪府", "吹田市", "千里山西", "565-0851"),
    ("大阪府", "大阪市淀川区", "十三本町", "532-0024"), ("兵庫県", "西宮市", "甲子園口", "663-8113"),
    ("愛知県", "名古屋市千種区", "覚王山通", "464-0841"), ("福岡県", "福岡市東区", "香椎駅前", "813-0013"),
]
# invented municipalities (the recipients of 給与支払報告書 in this corpus)
CITY_TOWNS = {
    "aobadai": ("神奈川県", "青葉台市", [("緑ケ丘", "227-0041"), ("桜台", "227-0052"),
                                       ("すすき野", "227-0033"), ("若草町", "227-0068")]),
    "shirasagi": ("埼玉県", "白鷺市", [("本町", "349-1102"), ("鷺山", "349-1115"),
                                     ("東大沼", "349-1127"), ("新田", "349-1131")]),
    "kamome": ("千葉県", "かもめ市", [("港町", "299-0211"), ("汐見台", "299-0224"),
                                    ("浜野", "299-0236")]),
}
BUILDINGS = ["コーポ清風", "ハイツ若葉", "メゾン・ド・ソレイユ", "レジデンス桜坂", "グランシャトー",
             "サンハイム", "パークサイド", "ベルヴィ"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp"]
_used_names: set[str] = set()


def person(sex: str | None = None, born: tuple[int, int] = (1962, 2002),
           city: str | None = None) -> dict:
    while True:
        s = rng.choice(SURNAMES)
        g = rng.choice([x for x in GIVEN if sex is None or x[3] == sex])
        if s[0] + g[0] not in _used_names:
            _used_names.add(s[0] + g[0])
            break
    y, m, d = rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28)
    if city:
        pref, cty, towns = CITY_TOWNS[city]
        town, zipc = rng.choice(towns)
    else:
        pref, cty, town, zipc = rng.choice(ADDRS)
    c, b, g2 = rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 19)
    bld = ""
    if rng.random() < 0.4:
        bld = f"{rng.choice(BUILDINGS)}{rng.randint(1, 9)}0{rng.randint(1, 8)}"
    addr = f"{pref}{cty}{town}{c}丁目{b}番{g2}号" + (f" {bld}号室" if bld else "")
    addr2 = f"{pref}{cty}{town}{c}-{b}-{g2}" + (f" {bld}" if bld else "")
    annual = rng.randrange(48000, 520000, 100)
    later = annual // 12 // 100 * 100
    first = annual - later * 11
    local = f"{g[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}"
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name2": f"{s[0]}{g[0]}",
        "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2].upper()}",
        "romaji_last": f"{s[2].upper()} {g[2]}", "sex": g[3],
        "y": y, "m": m, "d": d, "dob": f"{y}/{m:02d}/{d:02d}", "dob_iso": f"{y}-{m:02d}-{d:02d}",
        "dob_w": wareki(y, m, d), "dob_a": wareki(y, m, d, "abbr"),
        "zip": zipc, "addr": addr, "addr2": addr2, "pref": pref, "city": cty,
        "tel": f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        "mail": f"{local}@{rng.choice(FREEMAIL)}",
        "emp": str(rng.randint(10000, 39999)), "atena": str(rng.randint(10**9, 10**10 - 1)),
        "annual": annual, "first": first, "later": later,
        "pay": rng.randrange(2800000, 9800000, 1000),
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def yen(v: int) -> str:
    return f"{v:,}"


def pension() -> str:
    return f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"


def license_no() -> str:
    return f"30{rng.randint(10, 99)}{rng.randint(10**6, 10**7 - 1)}{rng.randint(0, 2)}"


def passport_no() -> str:
    return rng.choice(["TR", "TK", "MZ", "TS"]) + str(rng.randint(1000000, 9999999))


def zairyu_no() -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (rng.choice(letters) + rng.choice(letters) + str(rng.randint(10**7, 10**8 - 1))
            + rng.choice(letters) + rng.choice(letters))


def account() -> str:
    return str(rng.randint(1000000, 9999999))


# -- senders, signatures, partners ---------------------------------------------------------

MURASE = "村瀬 千尋 <c-murase@hinode-sangyo.co.jp>"
OTSUKI = "大槻 浩二 <k-otsuki@hinode-sangyo.co.jp>"
AZUMA = "東 さやか <s-azuma@hinode-sangyo.co.jp>"
ONODERA = "小野寺 亮 <r-onodera@hinode-sangyo.co.jp>"
HOTTA = "堀田 恵美 <e-hotta@hinode-sangyo.co.jp>"
PAYROLL = "日の出産業 給与課 <payroll@hinode-sangyo.co.jp>"

PB_NISHIMURA = "西村 葵 <a-nishimura@paybridge.co.jp>"
PB_AIKAWA = "相川 様 <aikawa@paybridge.co.jp>"
PB_TEAM = "ペイブリッジ 日の出産業様担当チーム <hinode-team@paybridge.co.jp>"
MZ_ISHIHARA = "石原 健一 <ishihara@minato-kaikei.jp>"
MZ_SAKUMA = "佐久間 <sakuma@minato-kaikei.jp>"
HOSHINO = "星野社会保険労務士事務所 <office@hoshino-sr.jp>"
AOBADAI = "青葉台市 市民税課 <shiminzei@city.aobadai.lg.jp>"
SHIRASAGI = "白鷺市 税務課 市民税係 <zeimu@city.shirasagi.lg.jp>"
KAMOME = "かもめ市 住民税課 <juminzei@city.kamome.lg.jp>"
HANASAKI = "花咲町 税務住民課 <zeimu@town.hanasaki.lg.jp>"

SIG = {
    "murase": """--
日の出産業株式会社 人事部 給与課
村瀬 千尋（むらせ ちひろ）
〒103-0027 東京都中央区日本橋2-14-8 日の出ビル5F
TEL 03-5201-7740（代表）／内線 2315
Mail c-murase@hinode-sangyo.co.jp""",
    "otsuki": """━━━━━━━━━━━━━━━━━━━━━━
 日の出産業株式会社
 人事部 給与課 課長　大槻 浩二
 〒103-0027 東京都中央区日本橋2丁目14番8号
 TEL：03-5201-7741　FAX：03-5201-7799
━━━━━━━━━━━━━━━━━━━━━━""",
    "azuma": """Sayaka Azuma（東 さやか）
Payroll, HR Department / 人事部 給与課
Hinode Sangyo Co., Ltd.
2-14-8 Nihonbashi, Chuo-ku, Tokyo 103-0027 Japan
Tel: +81-3-5201-7740""",
    "onodera": """－－－－－－－－－－－－－－－
日の出産業(株)　人事部給与課
小野寺 亮（Onodera Ryo）
内線 2318／03-5201-7740
－－－－－－－－－－－－－－－""",
    "hotta": """*************************************
日の出産業株式会社 経理部 税務グループ
堀田 恵美
〒103-0027 東京都中央区日本橋2-14-8
TEL 03-5201-7760 / FAX 03-5201-7798
*************************************""",
    "payroll": """====
日の出産業株式会社 人事部 給与課（共有アドレス）
payroll@hinode-sangyo.co.jp　TEL 03-5201-7740
受付時間 平日 9:00～17:30
====""",
}
DISC_JA = ("このメールには機密情報が含まれている場合があります。宛先に心当たりのない方は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you "
           "are not the intended recipient, please notify the sender and delete this e-mail.")

MESSAGES: list[dict] = []


def add(expect: str, sender: str, to: list[str], subject: str, *, body: str | None = None,
        html: str | None = None, cc: list[str] | None = None, bcc: list[str] | None = None,
        charset: str = "iso-2022-jp", attachments: list[dict] | None = None,
        entities: list[str] | None = None, detectors: list[str] | None = None,
        note: str = "") -> None:
    m: dict = {
        "id": f"juminzei-{len(MESSAGES) + 1:03d}",
        "expect": expect, "sender": sender, "to": to, "cc": cc or [], "bcc": bcc or [],
        "subject": subject, "charset": charset,
        "attachments": attachments or [],
        "entities": entities or [], "detectors": detectors or [], "note": note,
    }
    if body is not None:
        m["body"] = body
    if html is not None:
        m["html"] = html
    MESSAGES.append(m)


# ==========================================================================================
# 001  stop — 給与支払報告書 訂正分 CSV (My Numbers) to a municipality
_p = people(8, city="aobadai")
_rows = [["提出区分", "受給者番号", "個人番号", "氏名", "フリガナ", "郵便番号", "住所",
          "生年月日", "支払金額", "源泉徴収税額"]]
for p in _p:
    _rows.append(["訂正", p["emp"], next_mn(), p["name"], p["kana"], p["zip"], p["addr"],
                  p["dob_w"], str(p["pay"]), str(p["pay"] // 31)])
add("stop", MURASE, [AOBADAI],
    "【日の出産業】給与支払報告書（個人別明細書）訂正分の送付について",
    body=f"""青葉台市役所 税務部 市民税課
特別徴収担当 御中

いつもお世話になっております。
日の出産業株式会社 人事部給与課の村瀬でございます。

先日お電話でご指摘いただきました、令和8年度 給与支払報告書（個人別明細書）の
記載誤り（住所・生年月日の転記漏れ）につきまして、訂正分をCSVにて送付いたします。
対象は下記8名分です。eLTAXでの再提出が期限に間に合わないため、
ご担当者様のご指示どおりメールにてお送りしております。

　特別徴収義務者指定番号：00231457
　法人番号　　　　　　　：{HINODE_CORP}
　提出区分　　　　　　　：訂正（8名）

お手数をおかけしますが、ご査収のほどよろしくお願いいたします。

{SIG['murase']}
""",
    attachments=[{"kind": "csv", "name": "給与支払報告書_訂正_青葉台市.csv", "encoding": "cp932",
                  "rows": _rows}],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="8 employees' My Numbers, addresses, 和暦 DOB in a CP932 CSV to a municipality")

# 002  pass — internal: 退職者の異動届 tab list, all recipients internal
_p = people(12)
_lines = "\n".join(f"{p['emp']}\t{p['name']}\t{p['zip']}\t{p['addr2']}\t{p['later']}"
                   for p in _p)
add("pass", ONODERA, [OTSUKI], "3月末退職者 異動届出書の作成状況",
    body=f"""大槻課長

お疲れさまです。小野寺です。
3月末退職者12名分の給与所得者異動届出書、下書きまで終わりました。
退職後住所が未回収の人は総務経由で確認中です（現在の住所で仮入力しています）。

社員番号\t氏名\t〒\t退職後住所\t月割額
{_lines}

一括徴収の希望者は今のところ3名です。明日の朝会で確認させてください。

{SIG['onodera']}
""",
    charset="cp932",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="12 employees' addresses, but every recipient is internal")

# 003  stop — PPAP zip (扶養控除等申告書) to the payroll outsourcer
add("stop", AZUMA, [PB_NISHIMURA], "扶養控除等申告書（本社回収分）送付の件",
    body=f"""株式会社ペイブリッジ
西村様

いつもお世話になっております。日の出産業の東です。

本社回収分の令和8年分 給与所得者の扶養控除等（異動）申告書 スキャンデータを
お送りいたします。個人番号の記載があるため、ZIPにパスワードを設定しております。
パスワードは別途メールにてお知らせいたします。

・ファイル：fuyo_honsha_0115.zip（PDF 64件）
・未回収：営業本部 3名（回収次第お送りします）

ご確認よろしくお願いいたします。

{SIG['azuma']}
""",
    attachments=[{"kind": "zip", "name": "fuyo_honsha_0115.zip", "password": "Hn#0115fy",
                  "files": [{"kind": "pdf", "name": "fuyo_001.pdf",
                             "lines": ["給与所得者の扶養控除等（異動）申告書", "（スキャン画像）"]}]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP to an external outsourcer cannot be inspected")

# 004  pass — the password follow-up mail
add("pass", AZUMA, [PB_NISHIMURA], "パスワードのお知らせ（扶養控除等申告書 送付の件）",
    body=f"""西村様

日の出産業の東です。
先ほどお送りしたファイルのパスワードをお知らせいたします。

　Hn#0115fy

お手数ですがよろしくお願いいたします。

{SIG['azuma']}
""",
    charset="utf-8",
    note="PPAP password notice: no personal data, no attachment")

# 005  stop — reply with padded columns of 5 new hires (和暦 DOB), quote of request
_p = people(5, born=(1995, 2003))
_tbl = pad("氏名", 16) + pad("生年月日", 16) + "現住所\n" + "-" * 78 + "\n"
_tbl += "\n".join(pad(p["name"], 16) + pad(p["dob_a"], 16) + p["addr"] for p in _p)
add("stop", MURASE, [PB_NISHIMURA], "Re: 4月入社者の住民税（特別徴収）手続きについて",
    body=f"""西村様

お世話になっております。日の出産業 村瀬です。
ご依頼の4月入社者（新卒5名）の情報を以下にお送りします。
前職がないため、いずれも普通徴収からの切替はなく、6月から特別徴収となる見込みです。

{_tbl}

※生年月日は社内システムの表記のまま（H＝平成）です。

よろしくお願いいたします。
村瀬

> 村瀬様
>
> お世話になっております。ペイブリッジの西村です。
> 4月入社の方の住民税手続きのため、氏名・生年月日・現住所をご連絡いただけますでしょうか。
> 個人番号は別途、収集システムから取得いたします。
>
> 西村
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="new text carries 5 new hires' addresses and 和暦 DOB in padded columns")

# 006  pass — business list of municipalities (送付先一覧) to the outsourcer
_cities = [
    ("141003", "青葉台市", "市民税課 特別徴収係", "〒227-8501 神奈川県青葉台市中央1-1-1", "045-981-1111", "00231457"),
    ("112241", "白鷺市", "税務課 市民税係", "〒349-1192 埼玉県白鷺市本町2-3-5", "0480-72-1311", "7003150"),
    ("122459", "かもめ市", "住民税課", "〒299-0292 千葉県かもめ市港町5-10", "0438-41-2111", "K-000882"),
    ("084521", "花咲町", "税務住民課", "〒300-1392 茨城県稲穂郡花咲町大字花咲123", "0297-62-1212", "1045"),
    ("131121", "世田谷区", "課税課 特別徴収担当", "〒154-8504 東京都世田谷区役所通1-7-1", "03-5432-2111", "60081342"),
    ("131202", "練馬区", "税務課 特別徴収係", "〒176-8501 東京都練馬区豊玉中4-2-5", "03-3993-1111", "2210944"),
    ("141305", "川崎市", "市民税課（中原）", "〒211-8570 神奈川県川崎市中原区小杉町3-245", "044-744-3111", "88410231"),
    ("112038", "川口市", "市民税課", "〒332-8601 埼玉県川口市青木2-1-8", "048-258-1110", "0047721"),
    ("122041", "船橋市", "市民税課", "〒273-8501 千葉県船橋市湊町2-10-30", "047-436-2111", "30115822"),
    ("272051", "吹田市", "市民税課", "〒564-8550 大阪府吹田市泉町1-3-41", "06-6384-1231", "00988710"),
]
_rows = "\n".join(f"{c[0]},{c[1]},{c[2]},{c[3]},{c[4]},{c[5]}" for c in _cities)
add("pass", ONODERA, [PB_TEAM], "特別徴収 送付先一覧（市区町村）更新版",
    body=f"""ペイブリッジ ご担当者様

お世話になっております。日の出産業 給与課の小野寺です。
令和8年度の特別徴収税額決定通知書の送付先（市区町村）一覧を更新しましたので共有します。
所在地変更があったのは川崎市と船橋市です。

団体コード,市区町村,担当課,送付先,電話,指定番号
{_rows}

以上、よろしくお願いいたします。

{SIG['onodera']}
""",
    charset="cp932",
    note="list of municipalities' offices and phone numbers: businesses, not people")

# 007  stop — one employee's My Number in a sentence to the tax accountant
_p = person(sex="M", born=(1970, 1985))
_mn = next_mn()
add("stop", HOTTA, [MZ_ISHIHARA], "役員の個人番号の件（法定調書）",
    body=f"""みなと総合会計
石原先生

いつもお世話になっております。日の出産業 経理部の堀田です。

法定調書合計表の件で、取締役 {_p['name']} の個人番号の記載が漏れておりました。
申し訳ございません。同氏の個人番号は {mn_fmt(_mn, 'hyphen')} です。
支払調書への追記をお願いできますでしょうか。

また、同氏の住民税は引き続き特別徴収（本社所在地ではなく住所地の市区町村）で相違ございません。

よろしくお願いいたします。

{SIG['hotta']}

{DISC_JA}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="one director's My Number written in a sentence to the tax accountant")

# 008  pass — reply whose only data is in quoted ">" lines
_p = people(6)
_q = "\n".join(f"> {i + 1}. {p['name']}　{p['addr']}　借入残高 {yen(rng.randrange(12000000, 38000000, 10000))}円"
               for i, p in enumerate(_p))
add("pass", HOTTA, [MZ_SAKUMA], "Re: 住宅借入金等特別控除 対象者の確認",
    body=f"""佐久間様

お世話になっております。堀田です。
一覧のご確認ありがとうございます。6名とも当社の把握と一致しております。
2年目以降の方の証明書原本は来週月曜に社内便で回収し、まとめてお送りします。

堀田

-----
> 堀田様
>
> みなと総合会計の佐久間です。住宅ローン控除の対象者を下記のとおり把握しております。
{_q}
>
> 相違があればお知らせください。
""",
    charset="utf-8",
    note="the list of 6 people is only in the quoted text the recipient sent")

# 009  stop — employee's own My Number to their private gmail
_p = person(sex="F", born=(1988, 1996))
_mn = next_mn()
_gm = _p["mail"].split("@")[0] + "@gmail.com"
add("stop", MURASE, [f"{_p['name']} <{_gm}>"], "Re: 個人番号の確認について",
    body=f"""{_p['sei']}さん

給与課の村瀬です。育休中のところご連絡ありがとうございます。
ご依頼の件、会社に届け出ていただいている内容は以下のとおりです。

　氏名　　：{_p['name']}
　個人番号：{mn_fmt(_mn)}
　住所　　：{_p['addr']}

児童手当の手続きでお使いとのことですが、通知カードの再発行については
お住まいの区役所にもご確認ください。

村瀬

差出人: {_p['name']} <{_gm}>
送信日時: 月曜日 10:12
件名: 個人番号の確認について

給与課 村瀬様
育休中の{_p['sei']}です。マイナンバーの通知カードを紛失してしまい、会社に届けた番号を教えていただけますか。
""",
    charset="utf-8",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="an employee's own My Number sent to her free-mail address: any My Number stops")

# 010  stop — three municipalities visible in To (no personal data)
add("stop", OTSUKI,
    [AOBADAI, SHIRASAGI, KAMOME],
    "特別徴収義務者の所在地・連絡先変更のお知らせ（日の出産業株式会社）",
    body=f"""各市区町村 住民税ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 人事部給与課の大槻でございます。

このたび本社移転に伴い、特別徴収義務者の所在地および連絡先が変更となりますので、
下記のとおりお知らせいたします。

　■変更日　　　令和8年4月1日
　■法人番号　　{HINODE_CORP}
　■新所在地　　〒103-0027 東京都中央区日本橋2-14-8 日の出ビル5F
　■新電話番号　03-5201-7740（給与課）
　■旧所在地　　〒105-0014 東京都港区芝3-8-2

各市区町村様の指定番号は変更ございません。
変更届出書（様式）の提出が必要な場合は、お手数ですがご指示いただけますと幸いです。

{SIG['otsuki']}
""",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three municipalities (three external organisations) visible to each other in To")

# 011  pass — the same notice done right: Bcc
add("pass", PAYROLL, ["日の出産業 給与課 <payroll@hinode-sangyo.co.jp>"],
    "【所在地変更】特別徴収義務者 日の出産業株式会社",
    bcc=[AOBADAI, SHIRASAGI, KAMOME, HANASAKI,
         "世田谷区 課税課 <kazei-tokucho@city.setagaya-demo.lg.jp>",
         "練馬区 税務課 <zeimu@city.nerima-demo.lg.jp>"],
    body=f"""住民税特別徴収ご担当者様
（本メールは関係する市区町村様へBccで一斉にお送りしております）

日の出産業株式会社（法人番号 {HINODE_CORP}）は、令和8年4月1日付で下記へ本社を移転いたします。
通知書等の送付先のご変更をお願い申し上げます。

新住所：〒103-0027 東京都中央区日本橋2丁目14番8号 日の出ビル5階
担当　：人事部 給与課　TEL 03-5201-7740 / FAX 03-5201-7799

{SIG['payroll']}
""",
    charset="cp932",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="municipalities in Bcc only, company data only")

# 012  stop — look-alike internal domain (letter dropped) for a year-end schedule
add("stop", ONODERA, ["東 さやか <s-azuma@hinode-sanyo.co.jp>"], "年末調整スケジュール（案）",
    body=f"""東さん

お疲れさまです。小野寺です。
年調のスケジュール案を作ったので見てもらえますか。

　10/20　申告書配付（Web年調の案内メール）
　11/14　提出締切
　11/28　ペイブリッジへデータ連携
　12/10　過不足額確定
　12/25　12月給与で精算

扶養控除の異動が多い部署には個別に声かけする予定です。

{SIG['onodera']}
""",
    detectors=["lookalike_domain"],
    note="colleague's address typed as hinode-sanyo.co.jp (missing 'g'): look-alike of own domain")

# 013  stop — PDF stamped 社外秘 (company totals only) to the tax accountant
add("stop", HOTTA, [MZ_ISHIHARA], "住民税 納付実績集計（令和7年度）のご送付",
    body=f"""石原先生

お世話になっております。堀田です。
令和7年度の住民税特別徴収の納付実績を市区町村別に集計しました。
決算のご確認用にお送りしますので、ご査収ください。

堀田

{SIG['hotta']}
""",
    attachments=[{"kind": "pdf", "name": "住民税納付実績_R7.pdf", "page_header": "社外秘",
                  "title": "住民税 納付実績集計 令和7年度",
                  "lines": ["住民税（特別徴収）納付実績 令和7年6月～令和8年5月",
                            "日の出産業株式会社 経理部", ""],
                  "table": [["市区町村", "対象人数", "年税額合計", "納付済"],
                            ["世田谷区", "48", "6,912,300", "済"],
                            ["練馬区", "31", "4,207,800", "済"],
                            ["川崎市", "57", "7,880,100", "済"],
                            ["青葉台市", "22", "2,640,000", "済"],
                            ["その他（84団体）", "391", "49,118,400", "済"]]}],
    detectors=["confidential_marking"],
    note="attachment stamped 社外秘 in its page header goes to an external tax accountant")

# 014  pass — talk about an NDA with a candidate outsourcer
add("pass", OTSUKI, ["ゆいまーる給与サービス 金城様 <kinjo@yuimaru-payroll.co.jp>"],
    "秘密保持契約の締結について（年末調整代行のご提案）",
    body=f"""ゆいまーる給与サービス株式会社
営業部 金城様

いつもお世話になっております。日の出産業の大槻です。
先日は年末調整代行のご提案をいただき、ありがとうございました。

詳細なお見積りのため従業員数や扶養状況の概要をお渡しする前に、
まずは秘密保持契約（NDA）を締結させていただきたく存じます。
当社法務のひな形を使用したいのですが、貴社のひな形がある場合はそちらでも構いません。
特に個人番号の取扱い（特定個人情報の委託）に関する条項は別途覚書とする想定です。

機密情報の範囲や有効期間についてご意見があれば、あわせてお聞かせください。

{SIG['otsuki']}
""",
    note="mail about an NDA; mentions 機密情報 but carries no marking or data")

# 015  stop — XLSX several sheets (title row) of tax amounts + addresses
_sheets = {}
for key, label in (("aobadai", "青葉台市"), ("shirasagi", "白鷺市"), ("kamome", "かもめ市")):
    ps = people(rng.randint(3, 5), city=key)
    rows = [[f"令和8年度 特別徴収税額一覧（{label}）", "", "", "", "", ""],
            ["宛名番号", "氏名（カナ）", "住所", "年税額", "6月分", "7月分以降"]]
    rows += [[p["atena"], p["kana"], p["addr"], p["annual"], p["first"], p["later"]] for p in ps]
    _sheets[label] = rows
add("stop", MURASE, [PB_TEAM], "R8 特別徴収税額一覧（決定通知書受領分）",
    body=f"""ペイブリッジ 日の出産業様担当チーム 御中

お世話になっております。日の出産業の村瀬です。
決定通知書が届いた3団体分の税額を一覧にしましたので、6月給与からの控除設定をお願いします。
シートは市区町村ごとに分けています。

残りの団体分は届き次第、順次お送りします。

{SIG['murase']}
""",
    attachments=[{"kind": "xlsx", "name": "R8_特別徴収税額一覧_第1便.xlsx", "sheets": _sheets}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX (3 sheets, title rows) of 9+ employees' kana names, addresses and tax amounts")

# 016  stop — HTML-only table: 6 retirees with new address and phone, to a municipality
_p = people(6, born=(1958, 1966))
_trs = "\n".join(
    f"<tr><td>{p['atena']}</td><td>{p['name']}</td><td>令和8年3月31日</td>"
    f"<td>〒{p['zip']} {p['addr']}</td><td>{p['tel']}</td><td>普通徴収へ切替</td></tr>"
    for p in _p)
add("stop", ONODERA, [SHIRASAGI], "給与所得者異動届出書（定年退職者6名）の事前送付",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>白鷺市 税務課 市民税係 御中</p>
<p>いつもお世話になっております。日の出産業株式会社 給与課の小野寺です。<br>
3月末で定年退職となる下記6名について、異動届出書の原本は郵送いたしますが、
事前に内容をお送りいたします。いずれも退職後は普通徴収への切替を希望しております。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde7f3"><th>宛名番号</th><th>氏名</th><th>退職日</th><th>退職後の住所</th><th>連絡先</th><th>徴収方法</th></tr>
{_trs}
</table>
<p>特別徴収義務者指定番号：7003150<br>ご確認のほどよろしくお願いいたします。</p>
<p style="color:#555">日の出産業株式会社 人事部給与課　小野寺 亮<br>TEL 03-5201-7740（内線2318）</p>
</body></html>""",
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table of 6 retirees' addresses and phone numbers to a municipality")

# 017  pass — HTML-only table of seminar sessions by office (business list)
_sites = [("本社", "東京都中央区日本橋2-14-8 日の出ビル5F 大会議室", "03-5201-7740", "10/21(火) 14:00"),
          ("横浜営業所", "神奈川県横浜市西区北幸1-6-9 北幸ビル3F", "045-314-2280", "10/22(水) 10:00"),
          ("大宮営業所", "埼玉県さいたま市大宮区桜木町2-4-1", "048-641-5520", "10/22(水) 15:00"),
          ("大阪支店", "大阪府大阪市北区梅田3-2-14 梅田NKビル8F", "06-6345-1870", "10/24(金) 13:30"),
          ("名古屋営業所", "愛知県名古屋市中村区名駅4-11-2", "052-561-0933", "10/27(月) 10:00"),
          ("福岡営業所", "福岡県福岡市博多区博多駅前3-5-7", "092-472-6611", "10/28(火) 14:00")]
_trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in _sites)
add("pass", AZUMA, [PB_NISHIMURA], "年末調整説明会 会場一覧",
    html=f"""<div>西村様<br><br>
お世話になっております。日の出産業の東です。<br>
説明会の会場と日時が確定しましたので、一覧をお送りします。各会場とも講師1名のご派遣をお願いいたします。<br><br>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>事業所</th><th>会場</th><th>事業所代表電話</th><th>日時</th></tr></thead>
<tbody>{_trs}</tbody></table><br>
プロジェクタは各会場にございます。<br>東</div>""",
    charset="utf-8",
    note="HTML table of offices, addresses and switchboards: a business list")

# 018  stop — forward of an internal mail: a dependent's disability (要配慮)
_e = person(sex="M", born=(1972, 1982))
_dep = person(sex="F", born=(2005, 2012))
add("stop", AZUMA, [PB_NISHIMURA], "FW: 扶養親族の障害者控除（特別障害者）について",
    body=f"""西村様

お世話になっております。東です。
営業部の{_e['sei']}さんから下記の連絡がありました。年調での障害者控除の区分変更をお願いします。

---------- Forwarded message ---------
From: {_e['name']} <{_e['emp']}@hinode-sangyo.co.jp>
To: 給与課 <payroll@hinode-sangyo.co.jp>
Subject: 扶養親族の障害者控除について

給与課 ご担当者様

営業一課の{_e['name']}です（社員番号 {_e['emp']}）。
扶養している長女 {_dep['name']}（{_dep['dob_w']}生）が、今年8月に身体障害者手帳1級の交付を受けました
（先天性の心疾患による心臓機能障害です）。
扶養控除等申告書の「特別障害者」に該当すると思いますので、手帳のコピーを社内便でお送りします。
同居しています。
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="forwarded text names an employee's daughter and her disability/diagnosis: 要配慮, one person")

# 019  stop — DOCX 異動届出書 for one person with My Number to a municipality
_p = person(sex="M", born=(1980, 1992), city="kamome")
_mn = next_mn()
add("stop", ONODERA, [KAMOME], "給与所得者異動届出書（転勤による特別徴収継続）",
    body=f"""かもめ市 住民税課 ご担当者様

いつもお世話になっております。日の出産業株式会社 給与課の小野寺です。
当社従業員1名が子会社から転籍となりましたので、異動届出書（Word）をお送りいたします。
押印済みの原本は本日郵送いたしました。

何卒よろしくお願い申し上げます。

{SIG['onodera']}
""",
    attachments=[{"kind": "docx", "name": "異動届出書_かもめ市.docx", "title": "給与所得者異動届出書",
                  "paragraphs": ["給与所得者異動届出書", "かもめ市長 様",
                                 f"特別徴収義務者：日の出産業株式会社（法人番号 {HINODE_CORP}）",
                                 "異動事由：転籍（特別徴収の継続）"],
                  "tables": [[["項目", "内容"],
                              ["氏名", _p["name"]], ["フリガナ", _p["kana"]],
                              ["個人番号", _mn], ["生年月日", _p["dob_w"]],
                              ["住所", f"〒{_p['zip']} {_p['addr']}"],
                              ["年税額", yen(_p["annual"])], ["徴収済額", yen(_p["first"] + _p["later"] * 3)],
                              ["未徴収税額", yen(_p["later"] * 8)]]]}],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="one employee's My Number, address and DOB in a DOCX table to a municipality")

# 020  pass — four employees' new addresses (under five) to the outsourcer
_p = people(4)
_lst = "\n".join(f"・{p['name']}（社員番号{p['emp']}）\n　新住所：{p['addr']}　（{rng.randint(1, 28)}日転居）"
                 for p in _p)
add("pass", MURASE, [PB_AIKAWA], "住所変更者（10月分）のご連絡",
    body=f"""ペイブリッジ 相川様

お世話になっております。日の出産業 村瀬です。
10月中に住所変更の届出があった社員は以下の4名です。
通勤手当の再計算と、来年の給与支払報告書の提出先確認をお願いします。

{_lst}

以上です。よろしくお願いします。

{SIG['murase']}
""",
    charset="cp932",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="four people's addresses to the outsourcer: under five, may be warned")

# 021  stop — corrupt XLSX to the outsourcer
add("stop", ONODERA, [PB_TEAM], "12月精算 過不足額一覧の送付",
    body=f"""ペイブリッジ ご担当者様

お世話になっております。日の出産業の小野寺です。
12月給与での年調精算に使う過不足額一覧をお送りします。
先日のものから、中途入社3名分を差し替えています。

{SIG['onodera']}
""",
    attachments=[{"kind": "corrupt", "name": "年調過不足額一覧_1205.xlsx"}],
    detectors=["unscannable_attachment"],
    note="attached XLSX is corrupt and cannot be inspected")

# 022  stop — password-protected PDF (源泉徴収票) to a yahoo address
_p = person(sex="M", born=(1985, 1995))
add("stop", MURASE, [f"{_p['name']} <{_p['mail'].split('@')[0]}@yahoo.co.jp>"],
    "源泉徴収票の送付（再発行）",
    body=f"""{_p['name']}様

お世話になっております。日の出産業株式会社 給与課の村瀬です。
ご依頼いただいた令和7年分 給与所得の源泉徴収票（再発行分）をPDFでお送りします。
パスワードは入社時にお届けいただいた生年月日8桁です。

住宅ローンのお手続き、うまくいきますように。

{SIG['murase']}
""",
    attachments=[{"kind": "pdf", "name": "gensen_R7.pdf", "password": _p["dob"].replace("/", ""),
                  "lines": ["令和7年分 給与所得の源泉徴収票", f"氏名 {_p['name']}",
                            f"住所 {_p['addr']}", f"支払金額 {yen(_p['pay'])}"]}],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="encrypted PDF to a free-mail address: the attachment cannot be inspected")

# 023  pass — one retiree's 源泉徴収票 (no My Number) to a carrier address
_p = person(sex="F", born=(1959, 1963))
_cm = f"{_p['mail'].split('@')[0]}@docomo.ne.jp"
add("pass", MURASE, [_cm], "源泉徴収票のお送りと住民税（普通徴収）について",
    body=f"""{_p['name']} 様

ご無沙汰しております。日の出産業 給与課の村瀬です。
先日お電話でお話しした源泉徴収票をPDFでお送りします（個人番号は記載していません）。
確定申告にお使いください。

また、退職後の住民税は普通徴収に切り替わっていますので、
6月頃にお住まいの市役所から納付書が届きます。

ご不明点があればいつでもご連絡ください。
村瀬
""",
    charset="utf-8",
    attachments=[{"kind": "pdf", "name": "源泉徴収票_令和7年分.pdf",
                  "lines": ["令和7年分 給与所得の源泉徴収票（受給者交付用）",
                            f"住所　{_p['addr']}", f"氏名　{_p['name']}（{_p['kana']}）",
                            "種別　給料・賞与",
                            f"支払金額　{yen(_p['pay'] // 4)}　源泉徴収税額　{yen(_p['pay'] // 160)}",
                            f"生年月日　{_p['dob_w']}",
                            f"支払者　日の出産業株式会社　{HINODE_CORP}",
                            "東京都中央区日本橋2-14-8　TEL 03-5201-7740"]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "JP_CORPORATE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="one retiree's own certificate (no My Number) to her own carrier mail: may warn")

# 024  stop — tab list without a name column: emp no / DOB / zip / address (7 rows)
_p = people(7)
_l = "\n".join(f"{p['emp']}\t{p['dob']}\t{p['zip']}\t{p['addr2']}" for p in _p)
add("stop", ONODERA, [PB_TEAM], "住所地不明者の照合用データ",
    body=f"""ペイブリッジ ご担当者様

日の出産業 小野寺です。
給与支払報告書の提出先が判定できなかった7件について、社員番号・生年月日・住所を抜き出しました。
人事システムの最新値です。提出先の再判定をお願いします。

社員番号\t生年月日\t郵便番号\t住所
{_l}

よろしくお願いします。
小野寺
""",
    charset="cp932",
    entities=["DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="7 employee records (DOB + address) without a name column")

# 025  stop — English: expatriates' residence card numbers to a foreign payroll vendor
_p = people(5, born=(1975, 1993))
_rc = [zairyu_no() for _ in _p]
_en = "\n".join(f"{i + 1}) {p['romaji_last']}\n   Residence card: {rc}\n   DOB: {p['dob_iso']}\n"
                f"   Address: {p['addr2']}" for i, (p, rc) in enumerate(zip(_p, _rc)))
add("stop", AZUMA, ["Laura Chen <laura.chen@globalpay-partners.com>"],
    "Inbound assignees - Japan resident tax set-up",
    body=f"""Hi Laura,

As discussed on our call, here are the five inbound assignees who will be on the Japan
payroll from April. Residence card numbers are needed for the municipal registration
(resident tax will be withheld from June).

{_en}

Please note the names are written as on the residence cards (family name first).

Best regards,
{SIG['azuma']}

{DISC_EN}
""",
    charset="utf-8",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five expatriates' residence card numbers, DOB and addresses in romaji blocks")

# 026  pass — English tax calendar to the same vendor (disclaimer only)
add("pass", AZUMA, ["Laura Chen <laura.chen@globalpay-partners.com>"],
    "Japan payroll calendar - resident tax and year-end adjustment",
    body=f"""Hi Laura,

Below are the key Japan payroll dates for your planning:

  - Jan 31   Salary payment reports (kyuyo shiharai hokokusho) filed to each municipality
  - May 31   Municipalities issue the resident tax notices to employers
  - Jun 10   First resident tax deduction remitted (June payroll)
  - Oct-Nov  Year-end adjustment (nenmatsu chosei) forms collected
  - Dec 25   Year-end adjustment settled in December payroll

Resident tax is withheld in 12 monthly instalments (June to May). Assignees who leave
Japan before May need a tax agent (nozei kanrinin) or a lump-sum deduction.

Happy to walk your team through this on a call.

Kind regards,
Sayaka

{DISC_EN}
""",
    charset="utf-8",
    note="a calendar and a standard English disclaimer: no data, one external domain")

# 027  stop — kana names + 基礎年金番号 + abbreviated 和暦 DOB to a labour consultant
_p = people(6, born=(1960, 1990))
_l = "\n".join(zpad(p["kana"], 12) + pad(pension(), 14) + p["dob_a"] for p in _p)
add("stop", ONODERA, [HOSHINO], "基礎年金番号の照会結果（中途入社6名）",
    body=f"""星野先生

お世話になっております。日の出産業の小野寺です。
資格取得届に必要な基礎年金番号、本人確認が取れた6名分をお送りします。

氏名（カナ）　　　　　　基礎年金番号　生年月日
──────────────────────────────
{_l}

残り2名は年金手帳が見つからないとのことで、ねんきん定期便で確認してもらっています。

{SIG['onodera']}
""",
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="six people's 基礎年金番号 with kana names and S/H dates")

# 028  stop — look-alike of the partner bank (letter added)
add("stop", HOTTA, ["みどり銀行 日本橋支店 法人営業 <hojin-nihonbashi@midori-ginkou.co.jp>"],
    "住民税 一括納付（5月分）のお願い",
    body=f"""みどり銀行 日本橋支店
法人営業ご担当者様

いつもお世話になっております。日の出産業 経理部の堀田です。
5月分の住民税（特別徴収）につきまして、例月どおり当社口座からの一括納付をお願いいたします。

　納付対象団体数：94団体
　納付合計額　　：6,214,500円
　引落口座　　　：みどり銀行 日本橋支店 当座 0123456（名義 日の出産業株式会社）
　納付期限　　　：6月10日

納付書は本日夕方、ご担当者様宛に持参いたします。

{SIG['hotta']}
""",
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp is a look-alike of the partner midori-ginko.co.jp")

# 029  pass — the partner bank, correct domain: per-municipality totals
_munis = [("世田谷区", 528100), ("練馬区", 341900), ("川崎市", 672300), ("横浜市", 911000),
          ("青葉台市", 214700), ("白鷺市", 98600), ("かもめ市", 77300), ("さいたま市", 305200)]
_l = "\n".join(f"　{pad(n, 12)}{yen(v):>10} 円" for n, v in _munis)
add("pass", HOTTA, ["みどり銀行 日本橋支店 法人営業 <hojin-nihonbashi@midori-ginko.co.jp>"],
    "6月分 住民税納付の明細（主要団体分）",
    body=f"""みどり銀行 日本橋支店
法人営業 ご担当者様

お世話になっております。日の出産業の堀田です。
6月分の住民税納付について、金額の大きい団体の内訳をお知らせします（残り86団体は納付書のとおり）。

{_l}

引落口座は例月と同じく当座 0123456 です。
よろしくお願いいたします。

{SIG['hotta']}
""",
    charset="cp932",
    note="amounts per municipality and the company's own account: no people")

# 030  stop — one new hire's 健康保険証 記号・番号 to the outsourcer
_p = person(sex="F", born=(1990, 1999))
add("stop", MURASE, [PB_AIKAWA], "中途入社者の被保険者証情報",
    body=f"""相川様

お世話になっております。村瀬です。
11/1入社の{_p['name']}さんの健康保険証が届きましたので、マスタ登録をお願いします。

　氏名　　：{_p['name']}（{_p['kana']}）
　生年月日：{_p['dob']}
　被保険者証　記号 {rng.randint(10000000, 99999999)}　番号 {rng.randint(1, 450)}
　標準報酬月額：{yen(rng.choice([260000, 280000, 300000, 320000]))}円

住民税は前職で一括徴収済みとのことで、来年6月から特別徴収の予定です。

村瀬
""",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a health insurance card 記号・番号 of one person: an insurance identifier stops")

# 031  stop — 運転免許証 number for identity verification of one employee
_p = person(sex="M", born=(1978, 1998))
add("stop", ONODERA, [PB_TEAM], "マイナンバー収集：身元確認書類の件（1名）",
    body=f"""ペイブリッジ マイナンバー収集窓口 ご担当者様

日の出産業 給与課の小野寺です。
収集システムで画像アップロードがエラーになる社員が1名いるため、
身元確認書類（運転免許証）の記載内容をテキストでお送りします。

　氏名　　　　　{_p['name']}
　生年月日　　　{_p['dob_w']}
　免許証番号　　第 {license_no()} 号
　有効期限　　　令和10年{_p['m']}月{_p['d']}日まで

番号確認書類（通知カード）は本人から再提出させます。

{SIG['onodera']}
""",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a driver's licence number of one employee (identity document)")

# 032  stop — PPTX with a Confidential footer to the outsourcer
add("stop", OTSUKI, [PB_NISHIMURA, PB_AIKAWA], "年末調整 業務改善のご提案資料（定例会用）",
    body=f"""西村様、相川様

いつもお世話になっております。大槻です。
来週の定例会で議論したい、年調業務の改善案の資料をお送りします。
事前にお目通しいただけますと幸いです。

{SIG['otsuki']}
""",
    attachments=[{"kind": "pptx", "name": "年調業務改善案_v3.pptx", "page_footer": "Confidential - Hinode Sangyo",
                  "title": "年末調整 業務改善案",
                  "slides": [["年末調整 業務改善案", "日の出産業株式会社 人事部給与課", "2025年9月"],
                             ["現状の課題", "紙の申告書が全体の38%", "差戻し率 21%（主に保険料控除）",
                              "問合せ対応 延べ160時間"],
                             ["改善案", "Web年調の必須化（紙は例外申請）", "保険会社の電子証明書の取込",
                              "FAQの拡充とチャットボット"],
                             ["スケジュール", "10月 説明会", "11月 回収・チェック", "12月 精算"]]}],
    detectors=["confidential_marking"],
    note="PPTX carries a 'Confidential' footer on every slide, sent outside")

# 033  pass — PPTX seminar deck without marking
add("pass", AZUMA, [PB_NISHIMURA], "説明会資料（ドラフト）のご確認",
    body=f"""西村様

お世話になっております。東です。
年末調整説明会の資料ドラフトです。修正点があればコメントをお願いします。
3枚目の「よくある誤り」は昨年の差戻し事例から作りました（個人が特定されないよう一般化しています）。

東
""",
    charset="utf-8",
    attachments=[{"kind": "pptx", "name": "年末調整説明会_2025.pptx",
                  "slides": [["2025年 年末調整のご案内", "人事部 給与課"],
                             ["今年の変更点", "基礎控除の見直し", "特定親族特別控除の創設",
                              "扶養親族の所得要件"],
                             ["よくある誤り", "生命保険料控除：旧・新の区分違い",
                              "配偶者の所得見積りの記入漏れ", "住宅ローン控除：2年目以降の証明書の添付漏れ"],
                             ["提出期限", "Web年調：11月14日（金）まで"]]}],
    note="seminar slides with general rules only")

# 034  stop — plain ZIP with a UTF-8 CSV holding 10 My Numbers
_p = people(10)
_rows = [["社員番号", "氏名", "個人番号", "生年月日", "住所"]]
_rows += [[p["emp"], p["name"], next_mn(), p["dob_iso"], p["addr"]] for p in _p]
add("stop", MURASE, [PB_TEAM], "個人番号データ（10月入社・転籍者）",
    body=f"""ペイブリッジ ご担当者様

日の出産業 村瀬です。
10月の入社者・転籍者10名分の個人番号データをZIPでお送りします。
給与システムへの取込をお願いいたします。

村瀬
""",
    charset="utf-8",
    attachments=[{"kind": "zip", "name": "mynumber_202510.zip",
                  "files": [{"kind": "csv", "name": "mynumber_202510.csv", "encoding": "utf-8",
                             "rows": _rows}]}],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="unencrypted ZIP → CSV of 10 employees' My Numbers, DOB and addresses")

# 035  stop — forwarded .eml from a municipality with 5 employees' changed tax amounts
_p = people(5, city="shirasagi")
_inner = "\n".join(f"　{p['atena']}　{p['name']}　{p['addr']}　変更後月額 {yen(p['later'])}円"
                   for p in _p)
add("stop", ONODERA, [PB_TEAM], "FW: 税額変更通知（白鷺市）",
    body=f"""ペイブリッジ ご担当者様

小野寺です。白鷺市から税額変更の連絡がメールで来ましたので転送します。
7月給与から変更後の額で控除をお願いします。

{SIG['onodera']}
""",
    attachments=[{"kind": "eml", "name": "白鷺市_税額変更通知.eml",
                  "message": {"sender": SHIRASAGI,
                              "to": ["日の出産業株式会社 給与ご担当 <payroll@hinode-sangyo.co.jp>"],
                              "subject": "特別徴収税額の変更について（指定番号7003150）",
                              "charset": "iso-2022-jp",
                              "body": f"""日の出産業株式会社
給与事務ご担当者様

白鷺市税務課市民税係です。
下記の方について、修正申告により特別徴収税額が変更となりました。
変更通知書は後日郵送いたします。

{_inner}

白鷺市 税務課 市民税係
TEL 0480-72-1311（内線 214）
"""}}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a forwarded municipality mail (.eml) lists 5 employees' addresses and tax amounts")

# 036  pass — forwarded .eml: a municipality's general notice (no personal data)
add("pass", ONODERA, [PB_TEAM], "FW: 【かもめ市】特別徴収税額通知の電子化について",
    body=f"""ペイブリッジ ご担当者様

小野寺です。かもめ市から下記の案内が届きました。
来年度から通知が電子（eLTAX経由）のみになるとのことなので、受領フローの変更をご検討ください。

小野寺
""",
    attachments=[{"kind": "eml", "name": "かもめ市からのお知らせ.eml",
                  "message": {"sender": KAMOME, "to": ["特別徴収義務者各位 <undisclosed-recipients:;>"],
                              "subject": "特別徴収税額決定通知書（特別徴収義務者用）の電子化について",
                              "charset": "iso-2022-jp",
                              "body": """特別徴収義務者 各位

日頃より市税行政にご理解とご協力を賜り、厚く御礼申し上げます。
令和9年度より、特別徴収税額決定通知書（特別徴収義務者用）は、
eLTAXを利用して給与支払報告書を提出された事業所様には電子データでのみ送付いたします。
書面での送付を希望される場合は、令和9年1月末までに申出書をご提出ください。

かもめ市 住民税課 特別徴収担当
TEL 0438-41-2111
"""}}],
    note="forwarded municipal circular with only office contacts: nothing personal")

# 037  stop — three employees on private gmail visible in To
_p = people(3, sex="F", born=(1987, 1996))
add("stop", MURASE,
    [f"{p['name']} <{p['mail'].split('@')[0]}@gmail.com>" for p in _p],
    "育児休業中の住民税のお支払いについて",
    body=f"""育児休業中の皆さま

いつもお疲れさまです。給与課の村瀬です。
育休期間中は給与の支給がないため、住民税を給与から差し引くことができません。
つきましては、以下のいずれかをお選びいただき、今月20日までにご返信ください。

　① 会社が立て替えて、復職後の給与から精算する
　② 普通徴収に切り替えて、ご自身で納付する（市区町村から納付書が届きます）
　③ 会社指定口座へ毎月お振込みいただく

ご不明な点は村瀬までお気軽にどうぞ。
村瀬（給与課）
""",
    charset="utf-8",
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons (three parties) visible to each other in To: should have been Bcc")

# 038  pass — announcement to many private addresses in Bcc only
_p = people(9)
add("pass", PAYROLL, ["日の出産業 給与課 <payroll@hinode-sangyo.co.jp>"],
    "【休職・育休中の方へ】年末調整書類の提出方法",
    bcc=[p["mail"] for p in _p],
    body=f"""休職中・育児休業中の社員の皆さま

給与課です。社用メールを確認できない方のため、ご登録の個人アドレスへBccでお送りしています。

今年の年末調整は、以下のいずれかで提出してください。
　・Web年調（自宅のPC・スマートフォンからログイン可能）
　・紙の申告書を給与課宛に郵送（返信用封筒を10月末にご自宅へ送付します）

提出期限：11月14日（金）必着

{SIG['payroll']}
""",
    charset="iso-2022-jp",
    detectors=["freemail_recipient"],
    note="private addresses only in Bcc, no data: free-mail warning only")

# 039  stop — one employee's depression leave, to the outsourcer (要配慮, one person)
_p = person(sex="M", born=(1984, 1994))
add("stop", MURASE, [PB_AIKAWA], "休職者の住民税徴収方法の変更",
    body=f"""相川様

お世話になっております。村瀬です。
技術部の{_p['name']}さん（社員番号 {_p['emp']}）が、うつ病の診断により
11月1日から傷病休職に入りました（産業医面談済み、期間は当面3か月）。
休職中は給与が出ないため、住民税は本人の希望により普通徴収への切替とします。
12月支給分から控除を止めてください。異動届は当社から提出します。

村瀬
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's diagnosis (depression) in a sentence: 要配慮 of one person")

# 040  either — vague health wording about a named employee, to a municipality
_p = person(sex="F", born=(1970, 1980), city="aobadai")
add("either", ONODERA, [AOBADAI], "普通徴収への切替について（1名）",
    body=f"""青葉台市 市民税課 ご担当者様

お世話になっております。日の出産業 給与課の小野寺です。
貴市在住の従業員 {_p['name']}（宛名番号 {_p['atena']}）が、体調を崩して長期休養に入っており、
当面給与の支給がございません。つきましては普通徴収への切替をお願いしたく、
異動届出書を本日郵送いたしました。

未徴収税額は {yen(_p['later'] * 7)} 円です。よろしくお願いいたします。

{SIG['onodera']}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="'体調を崩して長期休養' of a named person: health-related but no diagnosis; judgement call")

# 041  stop — arrest of an employee (criminal record, 要配慮) to the outsourcer
_p = person(sex="M", born=(1975, 1990))
add("stop", OTSUKI, [PB_NISHIMURA], "懲戒解雇者の最終給与・住民税の取扱い",
    body=f"""西村様

大槻です。急ぎご相談です。
物流センターの{_p['name']}（社員番号 {_p['emp']}）が、先月業務上横領の容疑で逮捕され、
本日付で懲戒解雇となりました。報道はされていません。
最終給与は今月25日に通常どおり支払いますが、住民税の残額 {yen(_p['later'] * 6)} 円は
一括徴収とし、退職金は不支給です。
給与計算上の処理と、異動届の記載方法をご確認いただけますか。

{SIG['otsuki']}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's arrest (criminal record) told to an outsider")

# 042  stop — DV victim (crime victim) and address restriction, to the outsourcer
_p = person(sex="F", born=(1980, 1992))
add("stop", MURASE, [PB_AIKAWA], "【重要】住所情報の取扱い制限のお願い（1名）",
    body=f"""相川様

村瀬です。お手数ですが、以下の対応をお願いできますでしょうか。

総務部の{_p['name']}さん（社員番号 {_p['emp']}）は、元配偶者からのDV被害により
住民票の閲覧制限（DV等支援措置）を受けています。
転居先の住所は給与システム上「会社住所」で登録し、源泉徴収票・住民税関係の書類も
すべて会社気付で発行してください。給与支払報告書の提出先は現住所地の市で変わりません。

加害者からの問い合わせがあった場合は、在籍の有無も含めて一切回答しないようお願いします。

村瀬
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee having been a crime (DV) victim: 要配慮 of one person")

# 043  stop — subject classified 【社外秘】 (executive pay change) to the tax accountant
add("stop", HOTTA, [MZ_ISHIHARA], "【社外秘】役員報酬改定に伴う源泉・住民税の確認",
    body=f"""石原先生

お世話になっております。堀田です。
6月の株主総会で役員報酬の改定が決議される予定です（取締役3名、月額 +80,000円〜+150,000円）。
定期同額給与の要件と、7月以降の源泉徴収税額の確認をお願いしたく、
改定前後の総額を下記にまとめました。

　改定前　月額合計 4,850,000円
　改定後　月額合計 5,230,000円（7月支給分から）

決議前の情報のため、取扱いにはご留意ください。

{SIG['hotta']}
""",
    detectors=["confidential_marking"],
    note="the mail itself is classified 【社外秘】 in the subject and goes outside")

# 044  pass — mentions 機密 and a tracking number, no marking or data
add("pass", ONODERA, [SHIRASAGI], "給与支払報告書（紙）の発送について",
    body=f"""白鷺市 税務課 市民税係 ご担当者様

お世話になっております。日の出産業株式会社 給与課の小野寺です。
本年分の給与支払報告書（総括表1枚、個人別明細書23枚）を本日発送いたしました。
個人情報を含む機密性の高い書類のため、簡易書留でお送りしております。

　追跡番号：1234-5678-9012-3
　到着予定：1月24日（金）

到着のご確認がとれましたら、ご一報いただけますと幸いです。

{SIG['onodera']}
""",
    note="mentions 機密性の高い書類 and gives a postal tracking number: no marking, no data")

# 045  either — the company's health insurance society: own-name domain, one person's address
_p = person(sex="M", born=(1965, 1985))
add("either", MURASE, ["日の出産業健康保険組合 適用課 <tekiyo@hinode-sangyo-kenpo.or.jp>"],
    "被保険者住所変更のご連絡",
    body=f"""日の出産業健康保険組合 適用課 ご担当者様

いつもお世話になっております。人事部給与課の村瀬です。
下記被保険者の住所変更がありましたのでご連絡いたします。

　被保険者氏名：{_p['name']}
　新住所　　　：〒{_p['zip']} {_p['addr']}
　変更日　　　：10月{_p['d']}日

よろしくお願いいたします。

{SIG['murase']}
""",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data", "lookalike_domain"],
    note="hinode-sangyo-kenpo.or.jp is a real sister body but resembles the own domain; one person")

# 046  pass — partner (correct domain): two seconded employees' tax amounts
_p = people(2, sex="M", born=(1970, 1985))
add("pass", ONODERA, ["川崎電機 人事課 野々村様 <nonomura@kawasaki-denki.co.jp>"],
    "出向者の住民税（特別徴収）引継ぎについて",
    body=f"""川崎電機株式会社 人事課
野々村様

お世話になっております。日の出産業 給与課の小野寺です。
4月1日付で貴社へ出向となる2名について、住民税の特別徴収を貴社で継続いただくため、
異動届出書の記載内容を事前に共有します。

　{_p[0]['name']}　月額 {yen(_p[0]['later'])}円（未徴収 2か月分）
　{_p[1]['name']}　月額 {yen(_p[1]['later'])}円（未徴収 2か月分）

異動届は当社で下段まで記入し、3月25日までに郵送いたします。

{SIG['onodera']}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="two people's tax amounts to a known partner: under five records")

# 047  stop — homoglyph of the law-firm partner domain (l → i), wage garnishment
_p = person(sex="M", born=(1968, 1988))
add("stop", OTSUKI, ["白川法律事務所 三好先生 <miyoshi@shirakawa-iaw.jp>"],
    "債権差押命令（給与）の対応について",
    body=f"""白川法律事務所
三好先生

いつもお世話になっております。日の出産業の大槻です。
昨日、東京地方裁判所から当社従業員 {_p['name']}（{_p['dob_w']}生）に係る
債権差押命令が送達されました。差押債権額は 1,842,000円です。
住民税・社会保険料控除後の手取額を基準に差押可能額を計算する理解でよいか、
ご確認いただけますでしょうか。陳述書の提出期限は2週間後です。

{SIG['otsuki']}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["lookalike_domain", "personal_data"],
    note="shirakawa-iaw.jp imitates partner shirakawa-law.jp (l→i homoglyph)")

# 048  stop — partner on another TLD: seconded employee's certificate data
_p = person(sex="F", born=(1980, 1995))
add("stop", MURASE, ["青葉運輸 総務部 給与ご担当 <kyuyo@aoba-unyu.com>"],
    "出向者の年末調整結果（源泉徴収票データ）",
    body=f"""青葉運輸株式会社 総務部 給与ご担当者様

お世話になっております。日の出産業 給与課の村瀬です。
貴社へ出向中の{_p['name']}さんの年末調整結果をお送りします。
貴社で合算される場合の参考にしてください。

　住所　　　　　{_p['addr']}
　生年月日　　　{_p['dob_w']}
　支払金額　　　{yen(_p['pay'])}円
　給与所得控除後 {yen(int(_p['pay'] * 0.72))}円
　所得控除の額　{yen(rng.randrange(900000, 1800000, 1000))}円
　源泉徴収税額　{yen(_p['pay'] // 35)}円

{SIG['murase']}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["lookalike_domain", "personal_data"],
    note="aoba-unyu.com: partner aoba-unyu.co.jp on another TLD; one person's data")

# 049  stop — hyphen for a dot (kitaguni-foods-co.jp) + 8 rows of payroll deductions
_p = people(8)
_l = "\n".join(f"{p['emp']}  {pad(p['name'], 14)}{rng.randrange(2400, 9800, 20):>6}" for p in _p)
add("stop", AZUMA, ["北国フーズ 食堂事業部 <shokudo@kitaguni-foods-co.jp>"],
    "社員食堂 9月分 給与控除額の突合",
    body=f"""北国フーズ 食堂事業部 ご担当者様

日の出産業の東です。いつもお世話になっております。
9月分の食事代の給与控除について、貴社の請求と差異があった8名分をお送りします。
当社側の控除額は以下のとおりです。

社員番号 氏名          控除額
{_l}

ICカードの利用履歴と照合いただけますでしょうか。

東
""",
    entities=["PERSON_NAME"],
    detectors=["lookalike_domain", "personal_data"],
    note="kitaguni-foods-co.jp (hyphen for the dot of co.jp) imitates a partner; 8 employee rows")

# 050  pass — the real partner domain: totals per site, no persons
add("pass", AZUMA, ["北国フーズ 食堂事業部 <shokudo@kitaguni-foods.co.jp>"],
    "10月分 食事代控除の集計",
    body=f"""北国フーズ 食堂事業部 ご担当者様

日の出産業の東です。10月分の控除集計です。

　本社食堂　　　　 1,284,640円（利用者 211名）
　大宮センター食堂　 402,180円（利用者 74名）
　合計　　　　　　 1,686,820円

請求書は20日までに経理部宛にお送りください。

東 さやか
""",
    charset="cp932",
    note="totals per canteen only, to the real partner domain")

# 051  stop — dependents of several employees, full-width padded columns (和暦, 別居住所)
_emps = people(3, sex="M", born=(1965, 1985))
_deps = []
_relsex = {"妻": "F", "長男": "M", "長女": "F", "次男": "M", "母": "F", "父": "M"}
for e in _emps:
    for rel in rng.sample(["妻", "長男", "長女", "次男", "母", "父"], 2):
        born = (1940, 1958) if rel in ("母", "父") else ((1966, 1988) if rel == "妻" else (2004, 2018))
        d = person(sex=_relsex[rel], born=born)
        while any(d["mei"] == x[2]["mei"] for x in _deps if x[0] is e) or d["mei"] == e["mei"]:
            d = person(sex=_relsex[rel], born=born)
        live = "同居" if rng.random() < 0.6 else d["addr"]
        _deps.append((e, rel, d, live))
_l = "\n".join(zpad(e["sei"] + e["mei"], 7) + zpad(rel, 3) + zpad(e["sei"] + d["mei"], 7)
               + zpad(wareki(d["y"], d["m"], d["d"], "zen"), 12) + live
               for e, rel, d, live in _deps)
add("stop", AZUMA, [PB_NISHIMURA], "扶養親族の異動（年調反映分）",
    body=f"""西村様

お世話になっております。東です。
年末調整で扶養親族に異動があった方の一覧です（申告書の記載をそのまま転記しています）。
別居の方は住所を記載しています。

社員氏名　　　続柄　親族氏名　　　生年月日　　　　　　　同居／別居住所
{_l}

ご確認よろしくお願いいたします。
東
""",
    charset="cp932",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six dependents' names and full-width 和暦 DOB (some addresses), full-width padded columns")

# 052  stop — three people's My Numbers in full-width digits, one block each
_p = people(3, born=(1955, 1975))
_blocks = "\n\n".join(f"【{i + 1}】{p['name']}（{p['kana']}）\n　個人番号　{mn_fmt(next_mn(), 'zen')}\n"
                      f"　役職　　　{pos}"
                      for i, (p, pos) in enumerate(zip(_p, ["代表取締役", "専務取締役", "常勤監査役"])))
add("stop", HOTTA, [MZ_SAKUMA], "役員の個人番号（給与所得の源泉徴収票 税務署提出用）",
    body=f"""佐久間様

お世話になっております。堀田です。
税務署提出用の源泉徴収票（役員分）に記載する個人番号をお送りします。
本人確認は当社で実施済みです。

{_blocks}

お手数ですが、提出後は本メールの削除をお願いいたします。

{SIG['hotta']}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="three officers' My Numbers written in full-width digits")

# 053  stop — bullets: 5 people who have not submitted, 和暦 DOB + mobile numbers
_p = people(5, born=(1970, 2000))
_l = "\n".join(f"・{p['name']}　{wareki(p['y'], p['m'], p['d'], 'zenabbr')}生　携帯 {zen(p['tel'])}"
               for p in _p)
add("stop", MURASE, [PB_AIKAWA], "年調申告書 未提出者への架電のお願い",
    body=f"""相川様

村瀬です。督促の件、ありがとうございます。
Web年調が未提出の現場社員5名について、電話での督促をお願いできますか。
社用メールを持っていない人たちなので、人事台帳の携帯番号を記載します。

{_l}

本人確認のため生年月日も添えました。よろしくお願いします。

村瀬
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's mobile numbers and 和暦 DOB, all in full-width digits, as bullets")

# 054  stop — UTF-8 CSV of six new hires' salary bank accounts
_p = people(6, born=(1996, 2003))
_banks = [("みどり銀行", "0397", "日本橋支店", "112"), ("はやて銀行", "0561", "新宿支店", "204"),
          ("ひかり信用金庫", "1345", "本店営業部", "001"), ("みどり銀行", "0397", "横浜駅前支店", "318")]
_rows = [["社員番号", "氏名", "カナ", "銀行名", "銀行コード", "支店名", "支店コード", "種別", "口座番号"]]
for p in _p:
    b = rng.choice(_banks)
    _rows.append([p["emp"], p["name"], p["kana"], b[0], b[1], b[2], b[3], "普通", account()])
add("stop", MURASE, [PB_TEAM], "新入社員 給与振込口座の登録依頼",
    body=f"""ペイブリッジ ご担当者様

日の出産業 村瀬です。
4月入社の新入社員6名の給与振込口座をCSVでお送りします。
初回給与（4/25）から振込となるよう登録をお願いします。

村瀬
""",
    charset="utf-8",
    attachments=[{"kind": "csv", "name": "furikomi_koza_2026new.csv", "encoding": "utf-8",
                  "rows": _rows}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="CSV of six people's bank accounts")

# 055  stop — legacy XLS from a municipality, re-sent to the outsourcer
_p = people(12, city="aobadai")
_rows = [["指定番号 00231457", "", "", "", ""],
         ["宛名番号", "氏名", "住所", "年税額", "月割額（7月～）"]]
_rows += [[p["atena"], p["name"], p["addr"], p["annual"], p["later"]] for p in _p]
add("stop", ONODERA, [PB_TEAM], "青葉台市 決定通知データ（xls）",
    body=f"""ペイブリッジ ご担当者様

小野寺です。
青葉台市は今年も紙ではなくxlsで通知データを提供してくれたので、そのまま添付します。
12名分です。取込をお願いします。

小野寺
""",
    charset="cp932",
    attachments=[{"kind": "xls", "name": "tokucho_R8_aobadai.xls", "sheets": {"通知": _rows}}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="legacy XLS of 12 residents' names, addresses and tax amounts")

# 056  stop — DOCX manual with a 部外秘 header (no personal data)
add("stop", OTSUKI, [PB_NISHIMURA], "住民税事務 手順書（改訂版）の共有",
    body=f"""西村様

大槻です。
来年度から御社に移管する住民税事務の社内手順書を共有します。
当社固有の例外処理（出向者・海外赴任者）も含めています。

{SIG['otsuki']}
""",
    attachments=[{"kind": "docx", "name": "住民税事務手順書_v5.docx", "page_header": "部外秘",
                  "title": "住民税事務手順書",
                  "paragraphs": ["住民税（特別徴収）事務手順書　第5版", "1. 決定通知書の受領と税額登録",
                                 "2. 異動届出書の作成（退職・休職・出向）",
                                 "3. 海外赴任者：出国前に一括徴収または納税管理人の届出",
                                 "4. 納付：毎月10日までに一括納付サービスで納付"],
                  "tables": [[["業務", "担当", "期限"], ["通知書受領", "給与課", "5月末"],
                              ["税額登録", "給与課", "6月5日"], ["納付", "経理部", "毎月10日"]]]}],
    detectors=["confidential_marking"],
    note="DOCX stamped 部外秘 in its page header, sent to an outsourcer")

# 057  stop — XLSX with 取扱注意 header and 5 leavers' data
_p = people(5)
_rows = [["退職者一覧（11月末）", "", "", "", ""],
         ["社員番号", "氏名", "生年月日", "退職後住所", "徴収方法"]]
_rows += [[p["emp"], p["name"], p["dob"], p["addr"], rng.choice(["一括徴収", "普通徴収", "転職先で継続"])]
          for p in _p]
add("stop", ONODERA, [PB_AIKAWA], "11月末退職者の住民税処理",
    body=f"""相川様

小野寺です。11月末退職者5名の一覧を添付します。
徴収方法は本人の希望を確認済みです。

小野寺
""",
    attachments=[{"kind": "xlsx", "name": "退職者_住民税_11月.xlsx", "page_header": "取扱注意",
                  "sheets": {"退職者": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["confidential_marking", "personal_data"],
    note="XLSX marked 取扱注意 with five leavers' DOB and addresses")

# 058  stop — forwarded employee mail about cancer treatment (medical, one person)
_p = person(sex="F", born=(1966, 1978))
add("stop", AZUMA, [PB_NISHIMURA], "転送：医療費控除について（社員からの質問）",
    body=f"""西村様

東です。社員から下記の質問がありました。
医療費控除は年調では対応できない旨を回答したいのですが、補足があれば教えてください。

-------- 転送メッセージ --------
差出人: {_p['name']} <{_p['emp']}@hinode-sangyo.co.jp>
件名: 医療費控除について

給与課 東さん

経理の{_p['sei']}です。今年の春に乳がんが見つかり、{_p['m']}月に手術、その後抗がん剤治療を続けています。
入院費と通院費で80万円ほどかかりました。
年末調整で医療費控除を受けることはできますか？ 高額療養費の還付分はどう扱えばよいでしょうか。
""",
    charset="utf-8",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded text (new to the recipient) names an employee and her cancer treatment")

# 059  stop — a corporate card number for paying resident tax online
_cc = next_card()
add("stop", HOTTA, [PB_NISHIMURA], "住民税のクレジットカード納付について",
    body=f"""西村様

お世話になっております。堀田です。
今月分から、地方税お支払サイトでの納付代行をお願いすることになりました。
使用する当社の法人カードは以下のとおりです。

　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限　：09/28
　名義　　　：HINODE SANGYO CO LTD

決済手数料は当社負担で構いません。

{SIG['hotta']}
""",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a full credit card number (even a corporate one) is sent outside")

# 060  stop — an expatriate's passport number for a tax treaty filing
_p = person(sex="M", born=(1975, 1990))
add("stop", AZUMA, [MZ_ISHIHARA], "租税条約に関する届出書（短期滞在者）",
    body=f"""石原先生

東です。シンガポール子会社から短期で受け入れる技術者1名について、
租税条約の届出書の作成をお願いいたします。

　氏名（旅券記載）：{_p['romaji_last']}
　旅券番号　　　　：{passport_no()}
　生年月日　　　　：{_p['dob_iso']}
　滞在予定　　　　：2026年4月1日～9月30日

住民税は1月1日時点で国内に住所がないため課税されない理解です。

{SIG['azuma']}
""",
    charset="utf-8",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one person's passport number and DOB to the tax accountant")

# 061  stop — three external organisations visible (To + Cc), meeting only
add("stop", OTSUKI, [MZ_ISHIHARA],
    "年末調整・法定調書 三者打合せの日程調整",
    cc=[PB_NISHIMURA, "星野 先生 <hoshino@hoshino-sr.jp>"],
    body=f"""石原先生
（cc：ペイブリッジ 西村様、星野社会保険労務士事務所 星野先生）

いつもお世話になっております。日の出産業の大槻です。
今年の年末調整と法定調書について、三者で一度打合せをさせていただきたく、
下記の候補日からご都合をお知らせいただけますでしょうか。

　①10月7日（火）14:00～15:30
　②10月9日（木）10:00～11:30
　③10月10日（金）16:00～17:30

場所は当社5F会議室、またはTeamsでも結構です。

{SIG['otsuki']}
""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations can see each other in To/Cc")

# 062  pass — two external organisations (normal three-way meeting mail)
add("pass", HOTTA, [PB_NISHIMURA], "Re: 法定調書のデータ受け渡し方法",
    cc=[MZ_SAKUMA],
    body=f"""西村様
（cc：みなと総合会計 佐久間様）

お世話になっております。堀田です。
法定調書のデータは、ペイブリッジ様から直接みなと総合会計様へ
共有フォルダ経由でお渡しいただく形でお願いできますでしょうか。
当社は完成版の確認のみ行います。

フォルダのアクセス権は各社2名まででお願いします。

堀田

> 堀田様
> 源泉徴収票・支払調書のデータは、例年どおり御社経由でよろしいでしょうか。
> 西村
""",
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way mail")

# 063  stop — unencrypted PDF table: 8 employees (katakana) with addresses and tax
_p = people(8, city="kamome")
_tab = [["宛名番号", "氏名（カナ）", "住所", "年税額", "6月", "7月～5月"]]
_tab += [[p["atena"], p["kana"], p["addr"], yen(p["annual"]), yen(p["first"]), yen(p["later"])]
         for p in _p]
add("stop", MURASE, [PB_TEAM], "かもめ市 決定通知書（PDF化したもの）",
    body=f"""ペイブリッジ ご担当者様

村瀬です。かもめ市の決定通知書（特別徴収義務者用）が紙で届いたので、
表の部分を書き起こしてPDFにしました。8名分です。

村瀬
""",
    attachments=[{"kind": "pdf", "name": "kamome_R8_kettei.pdf",
                  "lines": ["令和8年度 特別徴収税額の決定通知書（特別徴収義務者用）　かもめ市",
                            "特別徴収義務者：日の出産業株式会社　指定番号 K-000882", ""],
                  "table": _tab}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDF table of 8 residents (katakana names, addresses, tax amounts)")

# 064  stop — ZIP of a DOCX cover and an XLSX with a 社外秘 header and 6 rows
_p = people(6)
_rows = [["社員番号", "氏名", "生年月日", "住所", "前職支払額", "前職源泉税額"]]
_rows += [[p["emp"], p["name"], p["dob"], p["addr"], p["pay"] // 3, p["pay"] // 90] for p in _p]
add("stop", ONODERA, [PB_TEAM], "中途入社者 前職分データ一式",
    body=f"""ペイブリッジ ご担当者様

小野寺です。中途入社者の前職分データ一式をZIPでお送りします（パスワードなし）。
送付状と明細の2ファイルです。

小野寺
""",
    attachments=[{"kind": "zip", "name": "zenshoku_2025.zip",
                  "files": [{"kind": "docx", "name": "送付状.docx",
                             "paragraphs": ["送付状", "株式会社ペイブリッジ 御中",
                                            "中途入社者の前職源泉徴収票データを送付いたします。", "日の出産業株式会社 給与課"]},
                            {"kind": "xlsx", "name": "前職源泉_明細.xlsx", "page_header": "社外秘",
                             "sheets": {"明細": _rows}}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["confidential_marking", "personal_data"],
    note="inside a plain ZIP, an XLSX stamped 社外秘 with six people's DOB and addresses")

# 065  stop — PPAP: password ZIP of 給与支払報告書 data to a municipality
add("stop", ONODERA, [HANASAKI], "給与支払報告書データの提出（日の出産業株式会社）",
    body=f"""花咲町 税務住民課 ご担当者様

お世話になっております。日の出産業株式会社 給与課の小野寺と申します。
先日お電話でご案内いただいたとおり、給与支払報告書（総括表・個人別明細書 4名分）の
データをパスワード付きZIPにてお送りいたします。パスワードは別メールでお送りします。

　法人番号：{HINODE_CORP}
　指定番号：1045（貴町より付番済み）

{SIG['onodera']}
""",
    attachments=[{"kind": "zip", "name": "kyuyo_houkoku_hanasaki.zip", "password": "hanasaki-2026",
                  "files": [{"kind": "csv", "name": "kojinbetsu.csv",
                             "rows": [["氏名", "住所"], ["（暗号化）", ""]]}]}],
    entities=["JP_CORPORATE_NUMBER"],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP to a town office cannot be inspected")

# 066  pass — the password mail to the town office (different wording)
add("pass", ONODERA, [HANASAKI], "【別送】パスワードについて",
    body=f"""花咲町 税務住民課 ご担当者様

日の出産業の小野寺です。
先ほどお送りした「給与支払報告書データの提出」のファイルを開くためのパスワードです。

　hanasaki-2026

開けない場合はお電話（03-5201-7740 内線2318）でお知らせください。
""",
    charset="cp932",
    note="password notice only")

# 067  stop — one block per person: 5 mid-career hires' previous-employer data
_p = people(5, born=(1975, 1997))
_blk = "\n".join(f"""■ {p['name']}（{p['kana']}）
　生年月日：{p['dob_w']}
　住所　　：{p['addr']}
　前職支払金額：{yen(p['pay'] // 2)}円　／　前職源泉徴収税額：{yen(p['pay'] // 70)}円
""" for p in _p)
add("stop", HOTTA, [MZ_SAKUMA], "前職源泉徴収票の内容（年調合算分）",
    body=f"""佐久間様

堀田です。年調で前職分を合算する5名の内容です。
原本は後日お送りしますが、先に数字だけ共有します。

{_blk}
以上5名です。

{SIG['hotta']}
""",
    charset="utf-8",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five records, one block each, with DOB and address")

# 068  stop — a My Number in the subject line
_p = person(sex="M", born=(1980, 1995), city="shirasagi")
_mn = next_mn()
add("stop", ONODERA, [SHIRASAGI],
    f"個人番号訂正のお願い（{_p['name']} 正：{_mn}）",
    body=f"""白鷺市 税務課 市民税係 ご担当者様

日の出産業株式会社 給与課の小野寺です。
先日提出した給与支払報告書のうち、件名の方の個人番号に誤りがございました。
正しい番号は件名のとおりです。お手数をおかけし申し訳ございません。
訂正分の個人別明細書は eLTAX で再提出いたします。

{SIG['onodera']}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a My Number and name in the Subject header")

# 069  stop — a residence card number of one foreign employee leaving Japan
_rc = zairyu_no()
add("stop", AZUMA, [AOBADAI], "納税管理人の届出について（帰国する従業員）",
    body=f"""青葉台市 市民税課 ご担当者様

お世話になっております。日の出産業株式会社 給与課の東です。
当社従業員の NGUYEN VAN MINH（グエン ヴァン ミン）さんが3月末で帰国するため、
納税管理人（当社 人事部長）の届出をさせていただきたく、事前にご連絡いたします。

　在留カード番号：{_rc}
　住所：神奈川県青葉台市桜台2丁目7番11号 ハイツ若葉203号室
　出国予定日：令和8年3月29日

届出書の様式をお送りいただけますでしょうか。

{SIG['azuma']}
""",
    charset="utf-8",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one foreign employee's residence card number and address to a municipality")

# 070  stop — CP932 CSV: private e-mails and mobiles of 5 employees (Web 年調 accounts)
_p = people(5)
_rows = [["社員番号", "氏名", "ログイン用メールアドレス", "SMS認証用携帯番号"]]
_rows += [[p["emp"], p["name"], p["mail"], p["tel"]] for p in _p]
add("stop", AZUMA, [PB_AIKAWA], "Web年調アカウント作成（社用メールなしの方）",
    body=f"""相川様

東です。Web年調のアカウント作成をお願いします。
社用メールを持っていない工場勤務の5名は、本人が届け出た個人アドレスと携帯番号で作成してください。
一覧を添付します。

東
""",
    charset="cp932",
    attachments=[{"kind": "csv", "name": "web_nencho_account.csv", "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of five employees' private e-mail addresses and mobile numbers")

# 071  stop — own domain without co. (hinode-sangyo.jp) with five employees' data
_p = people(5, born=(1970, 1995))
_l = "\n".join(f"{p['emp']} / {p['name']} / {p['addr2']} / 月額{yen(p['later'])}" for p in _p)
add("stop", MURASE, ["大阪支店 総務 中西 <nakanishi@hinode-sangyo.jp>"], "Re: 大阪転勤者の住民税について",
    body=f"""中西さん

給与課の村瀬です。お問い合わせの件です。
4月に大阪へ転勤した5名は、1月1日の住所地（東京）の住民税を引き続き特別徴収しています。
大阪の市区町村からの通知は来年度からになります。

{_l}

支店で本人から質問があれば、このとおり回答してください。
村瀬
""",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo.jp (co. dropped) is a look-alike of the own domain; five employees' addresses")

# 072  stop — list of 5 employees with disability grades (要配慮 in a list)
_p = people(5)
_kinds = ["身体障害者手帳 4級", "精神障害者保健福祉手帳 2級", "療育手帳 B2", "身体障害者手帳 2級（特別障害者）",
          "身体障害者手帳 6級"]
_l = "\n".join(f"{i + 1}. {p['name']}（{p['emp']}）… {k}" for i, (p, k) in enumerate(zip(_p, _kinds)))
add("stop", AZUMA, [PB_NISHIMURA], "本人障害者控除の対象者（今年度）",
    body=f"""西村様

東です。今年度の年調で、本人が障害者控除の対象となる社員は以下の5名です。
手帳の写しで確認済みです。

{_l}

障害者雇用納付金の申告とも突合していますので、漏れはないはずです。
東
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five named employees with their disability (手帳 kinds and grades)")

# 073  stop — reply: the corrected list is new text above the quote
_p = people(5, city="aobadai")
_l = "\n".join(f"  {p['atena']}  {pad(p['name'], 14)}{p['addr']}" for p in _p)
add("stop", ONODERA, [AOBADAI], "Re: 宛名番号の照合について",
    body=f"""青葉台市 市民税課 ご担当者様

お世話になっております。日の出産業の小野寺です。
ご照会の5名につき、当社の登録内容を確認しましたところ、住所が以下のとおり更新されておりました。
（いずれも1月1日以降の転居です）

{_l}

お手数をおかけします。よろしくお願いいたします。
小野寺

-----Original Message-----
From: 青葉台市 市民税課 <shiminzei@city.aobadai.lg.jp>
Sent: Tuesday, June 3, 2026 4:51 PM
Subject: 宛名番号の照合について

日の出産業株式会社 給与ご担当者様
通知書が返戻となった方が5名おります。最新の住所をご教示ください。
""",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five residents' addresses in the new text of a reply (not in the quote)")

# 074  stop — XLSX: 総括表 sheet (法人番号) + 明細 sheet with 8 My Numbers to a municipality
_p = people(8, city="shirasagi")
_sheet1 = [["給与支払報告書（総括表）", ""], ["給与支払者", "日の出産業株式会社"],
           ["法人番号", HINODE_CORP], ["指定番号", "7003150"], ["報告人員", "8"],
           ["所在地", "東京都中央区日本橋2-14-8"], ["連絡者", "給与課 小野寺 03-5201-7740"]]
_sheet2 = [["個人別明細", "", "", "", "", ""],
           ["氏名", "フリガナ", "個人番号", "生年月日", "住所", "支払金額"]]
_sheet2 += [[p["name"], p["kana"], next_mn(), p["dob_w"], p["addr"], p["pay"]] for p in _p]
add("stop", ONODERA, [SHIRASAGI], "eLTAX障害時の代替提出（給与支払報告書）",
    body=f"""白鷺市 税務課 市民税係 ご担当者様

日の出産業の小野寺です。
eLTAXの障害で提出できないため、ご案内いただいたとおりExcelで提出いたします。
総括表と個人別明細を別シートにしています。

{SIG['onodera']}
""",
    attachments=[{"kind": "xlsx", "name": "給与支払報告書_白鷺市.xlsx",
                  "sheets": {"総括表": _sheet1, "個人別明細": _sheet2}}],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX second sheet holds 8 My Numbers, DOB and addresses")

# 075  pass — internal only: full My Number list
_p = people(20)
_l = "\n".join(f"{p['emp']},{p['name']},{next_mn()},{p['dob']}" for p in _p)
add("pass", MURASE, [OTSUKI], "個人番号 未登録者の一覧（社内確認用）",
    cc=[HOTTA],
    body=f"""大槻課長
cc 堀田さん

村瀬です。給与システムで個人番号が未連携になっていた20名を、収集システムから抽出しました。
明日中に手入力で登録します。ダブルチェックをお願いします。

社員番号,氏名,個人番号,生年月日
{_l}

村瀬
""",
    charset="cp932",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="20 My Numbers, but every recipient is internal")

# 076  pass — internal subdomain: XLSX of 30 employees' tax amounts and addresses
_p = people(30)
_rows = [["大阪支店 住民税月額一覧（R8）", "", "", ""], ["社員番号", "氏名", "住所", "月額"]]
_rows += [[p["emp"], p["name"], p["addr"], p["later"]] for p in _p]
add("pass", ONODERA, ["大阪支店 総務課 <soumu@osaka.hinode-sangyo.co.jp>"],
    "大阪支店分 住民税月額一覧",
    body=f"""大阪支店 総務課 各位

本社給与課の小野寺です。
6月からの住民税月額の一覧（大阪支店所属30名）を送ります。
問い合わせ対応用にお使いください。支店外への転送はしないでください。

{SIG['onodera']}
""",
    attachments=[{"kind": "xlsx", "name": "大阪支店_住民税月額.xlsx", "sheets": {"一覧": _rows}}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="recipient is an internal subdomain (osaka.hinode-sangyo.co.jp)")

# 077  pass — reply; the My Number is only in the quoted original
_p = person(sex="M", born=(1960, 1970))
_mn = next_mn()
add("pass", HOTTA, [MZ_ISHIHARA], "RE: 役員の個人番号の件（法定調書）",
    body=f"""石原先生

ご対応ありがとうございました。
支払調書の控えは、来週の訪問時に頂戴できれば結構です。

引き続きよろしくお願いいたします。
堀田

-----Original Message-----
From: 石原 健一 <ishihara@minato-kaikei.jp>
Sent: Wednesday, January 21, 2026 11:03 AM
To: 堀田 恵美 <e-hotta@hinode-sangyo.co.jp>
Subject: RE: 役員の個人番号の件（法定調書）

堀田様

いただいた個人番号（{_p['name']}様：{mn_fmt(_mn)}）を支払調書に追記し、
本日電子申告いたしました。
""",
    entities=[],
    detectors=[],
    note="the My Number appears only in the quoted original that the recipient wrote")

# 078  pass — 差出人/送信日時 quoted block holds a 6-person list; new text is thanks
_p = people(6)
_q = "\n".join(f"{p['name']}\t{p['dob']}\t{p['addr']}" for p in _p)
add("pass", MURASE, [PB_NISHIMURA], "RE: 住所相違者の確認依頼",
    body=f"""西村様

ご確認ありがとうございます。
6名とも、いただいた住所で人事システムを更新しました。
給与支払報告書はこの住所で作成をお願いします。

村瀬

差出人: 西村 葵 <a-nishimura@paybridge.co.jp>
送信日時: 2026年1月8日 17:20
宛先: 村瀬 千尋 <c-murase@hinode-sangyo.co.jp>
件名: 住所相違者の確認依頼

村瀬様

マイナンバー収集システムの住所と給与マスタの住所が異なる方が6名います。
収集システム側（本人申告）の住所は以下のとおりです。

{_q}

どちらを正とするかご指示ください。
""",
    charset="utf-8",
    note="the list is only in the quoted original below 差出人/送信日時")

# 079  pass — invoice from the outsourcer: T-number and company bank account
add("pass", HOTTA, [PB_NISHIMURA], "Re: 請求書送付のご案内（年末調整代行 2025年度）",
    body=f"""西村様

お世話になっております。堀田です。
請求書（No. PB-2025-11874）を受領いたしました。
下記の内容で、12月末日に振込予定です。

　請求金額　：1,936,000円（税込）
　登録番号　：T{PAYBRIDGE_CORP}
　振込先　　：みどり銀行 神田支店 普通 2468013 カ）ペイブリッジ

内訳の「追加対応（中途入社者 42名）」の単価について、別途ご相談させてください。

{SIG['hotta']}
""",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice number, the vendor's T-number and company account: business data only")

# 080  pass — internal: an employee's dependent with a disability (要配慮) stays inside
_e = person(sex="F", born=(1975, 1985))
add("pass", AZUMA, [OTSUKI], "障害者控除の確認（営業二課 社員の母）",
    body=f"""大槻課長

東です。営業二課の{_e['name']}さんのお母様が要介護4で、
医師の診断（認知症）に基づき市から障害者控除対象者認定書が出ているそうです。
特別障害者として扱ってよいか、判断をお願いします。認定書の写しは私の手元にあります。

東
""",
    charset="utf-8",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="sensitive data of one person, but the mail stays internal")

# 081  pass — internal forward of a municipal notice listing 15 employees
_p = people(15, city="kamome")
_l = "\n".join(f"{p['atena']} {p['name']} {p['addr']} {yen(p['annual'])}" for p in _p)
add("pass", ONODERA, [MURASE, AZUMA], "FW: かもめ市から税額の照会",
    body=f"""村瀬さん、東さん

かもめ市から、下記15名の税額についてメールで照会がありました。
給与支払報告書の控えと照合しておいてもらえますか。

---------- Forwarded message ---------
From: かもめ市 住民税課 <juminzei@city.kamome.lg.jp>
Subject: 特別徴収税額の確認

{_l}

以上
""",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="forward of a list of 15 residents, to internal colleagues only")

# 082  pass — anonymous question to a municipality
add("pass", MURASE, [KAMOME], "年度途中入社者の特別徴収開始時期についての質問",
    body=f"""かもめ市 住民税課 ご担当者様

いつもお世話になっております。日の出産業株式会社 給与課の村瀬です。
一般的な手続きについて教えていただきたく、ご連絡いたしました。

前職で特別徴収されていた方が9月に当社へ入社し、前職の会社から異動届出書が届いていない場合、
当社から先に「特別徴収への切替申請書」を提出しても差し支えないでしょうか。
その場合、何月分から当社で徴収することになりますか。

ご教示いただけますと幸いです。

{SIG['murase']}

{DISC_JA}
""",
    note="a procedural question about an unnamed case, with the standard disclaimer")

# 083  pass — XLSX list of offices (指定番号 per site): a business list
_rows = [["事業所別 特別徴収義務者情報", "", "", "", ""],
         ["事業所", "所在地", "代表電話", "給与支払者区分", "備考"],
         ["本社", "東京都中央区日本橋2-14-8", "03-5201-7700", "本社一括", ""],
         ["大阪支店", "大阪府大阪市北区梅田3-2-14", "06-6345-1870", "本社一括", ""],
         ["名古屋営業所", "愛知県名古屋市中村区名駅4-11-2", "052-561-0933", "本社一括", ""],
         ["大宮センター", "埼玉県さいたま市大宮区桜木町2-4-1", "048-641-5520", "本社一括", "物流"],
         ["福岡営業所", "福岡県福岡市博多区博多駅前3-5-7", "092-472-6611", "本社一括", ""],
         ["仙台営業所", "宮城県仙台市青葉区中央1-9-3", "022-263-4410", "本社一括", "R8新設"]]
add("pass", ONODERA, [PB_TEAM], "事業所一覧（給与支払者情報）の更新",
    body=f"""ペイブリッジ ご担当者様

小野寺です。仙台営業所の新設に伴い、事業所一覧を更新しました。
給与支払者はすべて本社一括のままです。

小野寺
""",
    charset="utf-8",
    attachments=[{"kind": "xlsx", "name": "事業所一覧_2026.xlsx", "sheets": {"事業所": _rows}}],
    note="XLSX list of the company's own offices: businesses, not people")

# 084  pass — PDF 総括表 with company data and headcount only
add("pass", ONODERA, [AOBADAI], "総括表の記載内容のご確認",
    body=f"""青葉台市 市民税課 ご担当者様

お世話になっております。日の出産業株式会社の小野寺です。
お問い合わせいただいた総括表の記載内容を PDF にてお送りいたします。
法人番号の記載誤りは、添付のとおり訂正いたしました。

{SIG['onodera']}
""",
    attachments=[{"kind": "pdf", "name": "soukatsu_aobadai.pdf",
                  "lines": ["給与支払報告書（総括表）　青葉台市長 あて",
                            "給与支払者　日の出産業株式会社", f"法人番号　{HINODE_CORP}",
                            "所在地　東京都中央区日本橋2-14-8", "指定番号　00231457",
                            "報告人員　特別徴収 22名　普通徴収 3名（退職者）",
                            "連絡者　人事部給与課 小野寺 亮　TEL 03-5201-7740",
                            "給与の支払方法及びその期日　月給　毎月25日"]}],
    entities=["JP_CORPORATE_NUMBER"],
    note="summary sheet with the company's own data and headcounts only")

# 085  pass — blank form (様式) PDF to the outsourcer
add("pass", AZUMA, [PB_AIKAWA], "特別徴収切替申請書の様式（各市区町村共通）",
    body=f"""相川様

東です。今年から全国統一様式になった「特別徴収切替申請書」の空の様式を送ります。
中途入社者の手続き用にお使いください。

東
""",
    charset="utf-8",
    attachments=[{"kind": "pdf", "name": "kirikae_shinseisho_blank.pdf",
                  "lines": ["特別徴収切替申請書（普通徴収からの切替）", "",
                            "特別徴収義務者　所在地：＿＿＿＿＿＿　名称：＿＿＿＿＿＿",
                            "指定番号：＿＿＿＿＿＿　法人番号：＿＿＿＿＿＿＿＿＿＿＿＿＿",
                            "納税義務者　氏名：＿＿＿＿＿＿　生年月日：＿＿年＿＿月＿＿日",
                            "住所：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
                            "個人番号：□□□□□□□□□□□□"]}],
    note="a blank form: field labels without data")

# 086  pass — two people's housing-loan deduction details to the tax accountant
_p = people(2, born=(1978, 1990))
add("pass", HOTTA, [MZ_SAKUMA], "住宅ローン控除 初年度の方（2名）の確認",
    body=f"""佐久間様

堀田です。今年から年調で住宅ローン控除を受ける2名について、控除額の確認をお願いします。

　1. {_p[0]['name']}　居住開始 令和6年{_p[0]['m']}月　年末残高 {yen(rng.randrange(21000000, 40000000, 10000))}円（認定長期優良住宅）
　2. {_p[1]['name']}　居住開始 令和6年{_p[1]['m']}月　年末残高 {yen(rng.randrange(15000000, 30000000, 10000))}円（一般住宅・中古）

住民税からの控除（控除しきれなかった額）の試算もあわせていただけると助かります。

堀田
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="two named people's loan balances to the tax accountant: under five, may warn")

# 087  pass — aggregates per municipality to the tax accountant, internal cc
_agg_rows = [("世田谷区", 48, 6912300), ("川崎市", 57, 7880100), ("横浜市", 66, 9104900),
             ("練馬区", 31, 4207800), ("青葉台市", 22, 2640000), ("その他84団体", 391, 49118400)]
_rule = "-" * 14 + "  " + "-" * 5 + "  " + "-" * 12
_agg = "\n".join([pad("団体名", 16) + pad("人数", 7) + "年税額合計", _rule]
                 + [pad(n, 16) + f"{c:>5}  {yen(v):>12}" for n, c, v in _agg_rows]
                 + [_rule, pad("合計", 16) + f"{sum(c for _, c, _ in _agg_rows):>5}  "
                    f"{yen(sum(v for _, _, v in _agg_rows)):>12}"])
add("pass", HOTTA, [MZ_ISHIHARA], "住民税 市区町村別の人数・税額（集計表）",
    cc=[OTSUKI],
    body=f"""石原先生

堀田です。ご依頼の集計表です（個人別ではなく団体別の合計です）。

{_agg}

堀田
""",
    charset="utf-8",
    note="aggregate counts and totals per municipality: no individuals")

# 088  pass — an NDA draft (秘密保持契約書) as DOCX: a heading, not a marking
add("pass", OTSUKI, [PB_NISHIMURA], "秘密保持契約書（特定個人情報の取扱いに関する覚書）の修正案",
    body=f"""西村様

大槻です。先日いただいた秘密保持契約書案について、当社法務の修正を反映した版をお送りします。
主な変更は、第5条（再委託の禁止）と第8条（特定個人情報の返還・削除）です。
問題なければ押印手続きに進めさせてください。

{SIG['otsuki']}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_修正案_日の出産業.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と株式会社ペイブリッジ（以下「乙」という。）は、"
                                 "甲が乙に委託する給与計算・年末調整業務に関し、次のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する一切の情報をいう。",
                                 "第5条（再委託）乙は甲の書面による事前の承諾なく、本業務を第三者に再委託してはならない。",
                                 "第8条（返還・削除）乙は業務終了後、特定個人情報を速やかに削除し、その証明書を甲に提出する。"]}],
    note="an NDA draft: the words 秘密情報 are its subject, not a confidentiality stamp")

# 089  pass — four leavers (under five) to a municipality, plain text
_p = people(4, city="kamome")
_l = "\n".join(f"{i + 1}) {p['name']}　{p['addr']}　退職日 令和8年{rng.randint(1, 3)}月末　一括徴収"
               for i, p in enumerate(_p))
add("pass", ONODERA, [KAMOME], "退職者（4名）の一括徴収について",
    body=f"""かもめ市 住民税課 ご担当者様

日の出産業株式会社の小野寺です。
下記4名が退職し、残額を一括徴収いたしましたので、異動届出書の送付に先立ちご連絡します。

{_l}

一括徴収分は来月10日までに納入いたします。

{SIG['onodera']}
""",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="four residents' addresses to their municipality: under five records, may warn")

# 090  pass — plain ZIP of templates and a list of municipalities' offices
add("pass", AZUMA, [PB_TEAM], "住民税関係の様式とテンプレート一式",
    body=f"""ペイブリッジ ご担当者様

東です。引継ぎ用に、住民税関係の様式と当社で使っているテンプレートをZIPにまとめました。
個人データは含めていません。

東
""",
    charset="utf-8",
    attachments=[{"kind": "zip", "name": "juminzei_templates.zip",
                  "files": [{"kind": "docx", "name": "異動届出書_記入例.docx",
                             "paragraphs": ["給与所得者異動届出書 記入例",
                                            "氏名欄：住民票の氏名（旧字体に注意）", "異動事由：退職・転勤・休職",
                                            "徴収方法：一括徴収／普通徴収／特別徴収継続"]},
                            {"kind": "csv", "name": "municipality_offices.csv", "encoding": "cp932",
                             "rows": [["団体名", "担当課", "電話"],
                                      ["青葉台市", "市民税課", "045-981-1111"],
                                      ["白鷺市", "税務課", "0480-72-1311"],
                                      ["かもめ市", "住民税課", "0438-41-2111"],
                                      ["花咲町", "税務住民課", "0297-62-1212"],
                                      ["世田谷区", "課税課", "03-5432-2111"]]}]}],
    note="templates and municipal office numbers: no personal data")

# 091  pass — the outsourcer's price list discussed in a reply
add("pass", OTSUKI, [PB_NISHIMURA], "Re: 2026年度 料金表のご提示",
    body=f"""西村様

料金表ありがとうございます。社内で検討しました。
以下の項目について、もう少しご相談させてください。

　・年末調整代行（基本）　1名あたり 2,400円 → 2,200円でご検討いただけないか
　・住民税異動届作成　　　1件あたり 800円（このままで可）
　・給与支払報告書電子提出 1団体あたり 500円（このままで可）

来週の定例会でお話しできればと思います。

大槻

> 2026年度の料金表をお送りします（別紙PDF）。
> 年調代行は、Web年調の利用率が8割を超える場合、単価を見直す余地がございます。
""",
    charset="iso-2022-jp",
    note="price negotiation with the outsourcer")

# 092  pass — one employee's private gmail, instructions only
add("pass", MURASE, ["大野 様 <t.oono.1983@gmail.com>"], "年末調整の書類について（ご自宅宛）",
    body=f"""大野さん

給与課の村瀬です。ご連絡ありがとうございます。
療養中とのことでご無理なさらないでください。

年末調整の書類は、ご自宅に郵送いたします。
記入いただいたら、同封の返信用封筒で12月5日までにご返送ください。
保険料控除証明書は原本を同封してください。

村瀬
""",
    charset="utf-8",
    detectors=["freemail_recipient"],
    note="one free-mail recipient; no record, no diagnosis (just '療養中' to the person himself)")

# 093  pass — internal only, with a password ZIP
add("pass", MURASE, [HOTTA], "法定調書用データ（パスワード付き）",
    cc=["給与課 <payroll@hinode-sangyo.co.jp>"],
    body=f"""堀田さん

村瀬です。法定調書用のデータをパスワード付きZIPで送ります。
パスワードはいつもの共有パスワードです。

村瀬
""",
    attachments=[{"kind": "zip", "name": "houtei_chousho_2025.zip", "password": "kyuyo#share",
                  "files": [{"kind": "csv", "name": "gensen.csv", "rows": [["x"]]}]}],
    note="encrypted ZIP, but all recipients are internal")

# 094  pass — English reply; the expatriate list is only in the quoted "wrote:" part
_p = people(5, born=(1975, 1990))
_q = "\n".join(f"> {p['romaji']}, {p['dob_iso']}, {p['addr2']}" for p in _p)
add("pass", AZUMA, ["Laura Chen <laura.chen@globalpay-partners.com>"],
    "Re: Resident tax for returning assignees",
    body=f"""Hi Laura,

Thanks, the list matches ours. All five will be on Japan payroll from July,
so resident tax starts the following June as you said.

Best,
Sayaka

On Mon, Mar 2, 2026 at 9:14 AM Laura Chen <laura.chen@globalpay-partners.com> wrote:
> Hi Sayaka,
> These are the returning assignees we have on file:
{_q}
> Could you confirm their addresses in Japan?
""",
    charset="utf-8",
    note="the five-person list is only in the quoted original (On ... wrote:)")

# 095  pass — a procedure mail with a sample (invalid) number in the 記入例
add("pass", AZUMA, [PB_AIKAWA], "扶養控除等申告書の記入例（個人番号欄）",
    body=f"""相川様

東です。社員向けFAQに載せる記入例を作りました。ご確認ください。

　【記入例】
　　個人番号欄：1234 5678 9012（※架空の番号です）
　　・12桁を左詰めで記入してください
　　・扶養親族の番号も同様に記入してください
　　・前年と異動がない場合は「前年と同じ」と記入できます（当社は記入を省略可としています）

東
""",
    charset="iso-2022-jp",
    note="a made-up sample number in a form example (fails the check digit): no one's My Number")

# 096  either — named municipal tax staff with their direct lines (business contacts, 6 people)
_staff = [("青葉台市 市民税課", "草野", "045-981-2231"), ("白鷺市 税務課", "根本", "0480-72-1314"),
          ("かもめ市 住民税課", "宇佐美", "0438-41-2150"), ("花咲町 税務住民課", "飯塚", "0297-62-1230"),
          ("世田谷区 課税課", "滝沢", "03-5432-2178"), ("川崎市 市民税課", "宍戸", "044-744-3190")]
_l = "\n".join(f"・{a}　{b}様　直通 {c}" for a, b, c in _staff)
add("either", ONODERA, [PB_TEAM], "市区町村の住民税ご担当者（直通）",
    body=f"""ペイブリッジ ご担当者様

小野寺です。問い合わせ先として、各市区町村で当社を担当してくださっている方の直通番号をまとめました。
業務移管後はこちらへ直接ご連絡ください。

{_l}

小野寺
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six named public officials with direct office lines: business contacts, but a list of people")

# 097  pass — printer partner: schedule for the tax-certificate mailing, no data
add("pass", AZUMA, ["錦印刷 営業部 長尾様 <nagao@nishiki-insatsu.co.jp>"],
    "源泉徴収票 封入封緘作業のスケジュール",
    body=f"""錦印刷株式会社
営業部 長尾様

いつもお世話になっております。日の出産業の東です。
今年も源泉徴収票の封入封緘をお願いいたします。予定は以下のとおりです。

　12月19日（金）　宛名データのお渡し（SFTP）
　12月22日（月）　印刷・封入
　12月24日（水）　発送（約640通）

データ受け渡しは例年どおりSFTPでお願いします（メールでは送りません）。

東
""",
    charset="iso-2022-jp",
    note="a schedule with a business partner; the data goes by SFTP, not in this mail")

# 098  stop — printer partner: address-label CSV for 40 employees
_p = people(40)
_rows = [["No", "郵便番号", "住所", "氏名", "社員番号"]]
_rows += [[str(i + 1), p["zip"], p["addr"], p["name"] + " 様", p["emp"]] for i, p in enumerate(_p)]
add("stop", AZUMA, ["錦印刷 営業部 長尾様 <nagao@nishiki-insatsu.co.jp>"],
    "【至急】宛名データ（SFTP不調のため）",
    body=f"""長尾様

東です。SFTPにつながらないため、先に本社分の宛名データだけメールでお送りします。
残りはSFTP復旧後にお渡しします。

東
""",
    charset="cp932",
    attachments=[{"kind": "csv", "name": "atena_honsha.csv", "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of 40 employees' home addresses for mailing labels, sent to an external printer")

# 099  pass — payroll system vendor: an error about one employee number
add("pass", ONODERA, ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "【問合せ】住民税月額の一括取込でエラー",
    body=f"""ツバサシステム サポートご担当者様

日の出産業株式会社の小野寺です（保守契約番号 TS-H-00412）。
住民税月額の一括取込で、1件だけ下記のエラーが出ます。

　ERR-3104 社員番号 21877：徴収開始月が不正です（値: 2026/13）

取込ファイルの該当行を確認したところ、徴収開始月が「202613」になっていました。
こちらの入力誤りと思われますが、取込時にチェックで止める設定は可能でしょうか。

{SIG['onodera']}
""",
    note="a support question with one employee number and no personal details")

# 100  stop — payroll system vendor: DB extract with My Numbers for troubleshooting
_p = people(6)
_dump = "\n".join(f"{p['emp']}|{p['kana']}|{next_mn()}|{p['dob_iso']}|{p['later']}|{p['zip']}" for p in _p)
add("stop", ONODERA, ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "Re: 【問合せ】住民税月額の一括取込でエラー（再現データ）",
    body=f"""ツバサシステム サポートご担当者様

小野寺です。ご依頼の再現データです。
社員マスタから該当6件を抜き出しました（区切りはパイプです）。

EMP_NO|NAME_KANA|MY_NUMBER|BIRTH_DATE|JUMIN_MONTHLY|ZIP
{_dump}

よろしくお願いいたします。

> 再現のため、エラーとなった社員のマスタデータをお送りいただけますでしょうか。
""",
    charset="utf-8",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="pipe-separated master extract with six My Numbers sent to a system vendor")
