"""Blind evaluation corpus — area: kansa (監査対応).

監査法人による会計監査（期末・期中往査、確認状、実証手続のサンプル提出）、内部監査、
ISMS 審査・Pマーク審査、サンプル抽出による給与明細・経費精算・取引先台帳の提出、
指摘事項（マネジメントレター・不適合）への回答、監査スケジュールの調整。

Everything in this file is invented: every person, number, address and external
organisation is fictional (the organisation and partner domains are the fictional ones
named in BRIEF.md).  It was written blind, from BRIEF.md, build.py and SPEC.md only,
without reading mailguard's code, rules, tests or the other corpus files.
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

SEED = 31801
rng = random.Random(SEED)

# -- number helpers -----------------------------------------------------------------------

_mn_k = 0
_card_k = 0


def next_my_number() -> str:
    global _mn_k
    v = my_number(SEED + _mn_k)
    _mn_k += 1
    return v


def next_card() -> str:
    global _card_k
    v = card_number(SEED + _card_k)
    _card_k += 1
    return v


def _mn_valid(s: str) -> bool:
    body = s[:11]
    total = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return (0 if r <= 1 else 11 - r) == int(s[11])


def _luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def not_my_number12() -> str:
    """A 12-digit number (a parcel tracking number) whose My Number check digit fails."""
    while True:
        s = str(rng.randrange(2, 8)) + "".join(str(rng.randrange(10)) for _ in range(11))
        if not _mn_valid(s):
            return s


def not_card16(prefix: str) -> str:
    """A 16-digit order reference that fails Luhn."""
    while True:
        s = prefix + "".join(str(rng.randrange(10)) for _ in range(16 - len(prefix)))
        if not _luhn_ok(s):
            return s


def corp_number() -> str:
    base = [rng.randrange(10) for _ in range(12)]
    base[0] = rng.randrange(1, 10)
    s = sum(d * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(base), start=1))
    return str(9 - (s % 9)) + "".join(map(str, base))


def card_groups(num: str, sep: str = " ") -> str:
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


_FW = str.maketrans("0123456789-/.():, ", "０１２３４５６７８９－／．（）：，　")


def fw(s: str) -> str:
    """Full-width digits and separators (the way some people type them)."""
    return s.translate(_FW)


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def padcols(rows, gap: int = 2, fullwidth: bool = False) -> str:
    """Columns padded with spaces (ASCII or full-width) under their header."""
    ncol = max(len(r) for r in rows)
    widths = [max(dw(str(r[i])) for r in rows if i < len(r)) for i in range(ncol)]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            if i == len(r) - 1:
                cells.append(c)
                continue
            fill = widths[i] - dw(c) + gap
            if fullwidth:
                cells.append(c + "　" * (fill // 2) + " " * (fill % 2))
            else:
                cells.append(c + " " * fill)
        out.append("".join(cells).rstrip())
    return "\n".join(out)


def rule(rows, gap: int = 2, ch: str = "-") -> str:
    ncol = max(len(r) for r in rows)
    widths = [max(dw(str(r[i])) for r in rows if i < len(r)) for i in range(ncol)]
    return (" " * gap).join(ch * w for w in widths)


# -- dates ----------------------------------------------------------------------------------


def rand_date(y0: int, y1: int) -> _dt.date:
    return _dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "abbr":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fwabbr":
        return fw(f"{short}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ")
    return f"{era}{y}年{d.month}月{d.day}日"


def seireki(d: _dt.date, style: str = "slash") -> str:
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.year}.{d.month}.{d.day}"


# -- invented people ------------------------------------------------------------------------

NAMES = [
    ("杉浦 達也", "スギウラ タツヤ", "Tatsuya Sugiura"),
    ("小野寺 美咲", "オノデラ ミサキ", "Misaki Onodera"),
    ("四十物 健司", "アイモノ ケンジ", "Kenji Aimono"),
    ("東海林 麻衣", "ショウジ マイ", "Mai Shoji"),
    ("吉川 昌平", "ヨシカワ ショウヘイ", "Shohei Yoshikawa"),
    ("村瀬 由紀子", "ムラセ ユキコ", "Yukiko Murase"),
    ("九十九 翔", "ツクモ ショウ", "Sho Tsukumo"),
    ("桑原 千夏", "クワバラ チナツ", "Chinatsu Kuwabara"),
    ("大河内 修", "オオコウチ オサム", "Osamu Okochi"),
    ("浜野 彩花", "ハマノ アヤカ", "Ayaka Hamano"),
    ("五百旗頭 亮介", "イオキベ リョウスケ", "Ryosuke Iokibe"),
    ("寺田 美穂", "テラダ ミホ", "Miho Terada"),
    ("砂川 勇気", "スナガワ ユウキ", "Yuki Sunagawa"),
    ("保坂 真理", "ホサカ マリ", "Mari Hosaka"),
    ("仲宗根 一輝", "ナカソネ カズキ", "Kazuki Nakasone"),
    ("辻本 香織", "ツジモト カオリ", "Kaori Tsujimoto"),
    ("米倉 大地", "ヨネクラ ダイチ", "Daichi Yonekura"),
    ("長谷部 智恵", "ハセベ チエ", "Chie Hasebe"),
    ("真壁 拓海", "マカベ タクミ", "Takumi Makabe"),
    ("神田 紗希", "カンダ サキ", "Saki Kanda"),
    ("鬼頭 義明", "キトウ ヨシアキ", "Yoshiaki Kito"),
    ("日下部 瞳", "クサカベ ヒトミ", "Hitomi Kusakabe"),
    ("宇佐美 隼人", "ウサミ ハヤト", "Hayato Usami"),
    ("荻野 舞", "オギノ マイ", "Mai Ogino"),
    ("栗林 浩二", "クリバヤシ コウジ", "Koji Kuribayashi"),
    ("早乙女 玲奈", "サオトメ レナ", "Rena Saotome"),
    ("新垣 剛", "アラカキ ツヨシ", "Tsuyoshi Arakaki"),
    ("雨宮 菜々子", "アマミヤ ナナコ", "Nanako Amamiya"),
    ("稲葉 健太郎", "イナバ ケンタロウ", "Kentaro Inaba"),
    ("門脇 由香", "カドワキ ユカ", "Yuka Kadowaki"),
    ("茂木 崇", "モテギ タカシ", "Takashi Motegi"),
    ("古閑 紀子", "コガ ノリコ", "Noriko Koga"),
    ("笹川 陽介", "ササガワ ヨウスケ", "Yosuke Sasagawa"),
    ("我妻 泉", "ワガツマ イズミ", "Izumi Wagatsuma"),
    ("蓮見 和也", "ハスミ カズヤ", "Kazuya Hasumi"),
    ("井手 沙耶", "イデ サヤ", "Saya Ide"),
    ("城之内 誠", "ジョウノウチ マコト", "Makoto Jonouchi"),
    ("相良 恵", "サガラ メグミ", "Megumi Sagara"),
    ("立花 譲", "タチバナ ユズル", "Yuzuru Tachibana"),
    ("福留 弥生", "フクドメ ヤヨイ", "Yayoi Fukudome"),
    ("勅使河原 博", "テシガワラ ヒロシ", "Hiroshi Teshigawara"),
    ("能登 友美", "ノト トモミ", "Tomomi Noto"),
    ("毛利 智之", "モウリ トモユキ", "Tomoyuki Mori"),
    ("芦田 絢子", "アシダ ジュンコ", "Junko Ashida"),
    ("橘 克己", "タチバナ カツミ", "Katsumi Tachibana"),
    ("比嘉 さくら", "ヒガ サクラ", "Sakura Higa"),
    ("渡會 誠司", "ワタライ セイジ", "Seiji Watarai"),
    ("乙部 奈緒", "オトベ ナオ", "Nao Otobe"),
]

TOWNS = [
    ("176-0012", "東京都", "練馬区", "豊玉北"), ("136-0076", "東京都", "江東区", "南砂"),
    ("223-0065", "神奈川県", "横浜市港北区", "日吉本町"),
    ("252-0206", "神奈川県", "相模原市中央区", "淵野辺"),
    ("330-0061", "埼玉県", "さいたま市浦和区", "常盤"), ("350-1122", "埼玉県", "川越市", "脇田町"),
    ("274-0825", "千葉県", "船橋市", "前原西"), ("270-2261", "千葉県", "松戸市", "常盤平"),
    ("564-0082", "大阪府", "吹田市", "片山町"), ("591-8032", "大阪府", "堺市北区", "百舌鳥梅町"),
    ("663-8104", "兵庫県", "西宮市", "天道町"), ("466-0825", "愛知県", "名古屋市昭和区", "八事本町"),
    ("814-0002", "福岡県", "福岡市早良区", "西新"), ("980-0011", "宮城県", "仙台市青葉区", "上杉"),
    ("062-0051", "北海道", "札幌市豊平区", "月寒東一条"), ("432-8021", "静岡県", "浜松市中央区", "佐鳴台"),
    ("606-8267", "京都府", "京都市左京区", "北白川西町"), ("731-0138", "広島県", "広島市安佐南区", "祇園"),
    ("181-0013", "東京都", "三鷹市", "下連雀"), ("213-0001", "神奈川県", "川崎市高津区", "溝口"),
]

BANKS = ["東都銀行", "みどり銀行", "北陸第一銀行", "あおば信用金庫", "湘南中央銀行", "西海銀行",
         "関東共栄銀行"]
BRANCHES = ["本店営業部", "練馬支店", "船橋駅前支店", "梅田支店", "溝口支店", "浦和支店", "中央支店",
            "西新支店", "仙台支店", "吹田支店"]
DEPTS = ["営業一部", "営業二部", "物流部", "購買部", "経理部", "人事部", "総務部", "情報システム部",
         "製造部 第一課", "品質保証部", "大阪支店 営業課", "名古屋営業所"]


def mobile() -> str:
    return f"0{rng.choice([70, 80, 90])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def landline(area: str = "") -> str:
    area = area or rng.choice(["03", "045", "048", "047", "06", "052", "092", "022", "011"])
    if len(area) == 2:
        return f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    return f"{area}-{rng.randint(200, 899)}-{rng.randint(1000, 9999)}"


def make_address() -> tuple[str, str]:
    z, pref, city, town = rng.choice(TOWNS)
    line = f"{pref}{city}{town}{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    if rng.random() < 0.3:
        line += f" {rng.choice(['コーポ', 'メゾン', 'パークハイツ', 'グランシティ'])}" \
                f"{rng.choice(['桜', '緑ヶ丘', '第2', '若葉'])} {rng.randint(1, 9)}0{rng.randint(1, 8)}"
    return z, line


def bank_account() -> tuple[str, str, str, str]:
    return (rng.choice(BANKS), rng.choice(BRANCHES), rng.choice(["普通", "普通", "普通", "当座"]),
            f"{rng.randint(0, 9999999):07d}")


PEOPLE = []
for _kanji, _kana, _romaji in NAMES:
    _z, _a = make_address()
    PEOPLE.append({
        "name": _kanji, "kana": _kana, "romaji": _romaji,
        "emp": f"H{rng.randint(10010, 29980)}",
        "dob": (_dob := rand_date(1961, 2002)), "hire": rand_date(max(_dob.year + 20, 1990), 2024),
        "zip": _z, "addr": _a, "mobile": mobile(), "bank": bank_account(),
        "dept": rng.choice(DEPTS),
    })


def pick(k: int) -> list[dict]:
    return rng.sample(PEOPLE, k)


# people who are not employees (sole proprietors, individual instructors)
OUTSIDERS = []
for _kanji, _kana in [("沖田 修平", "オキタ シュウヘイ"), ("風間 美和", "カザマ ミワ"), ("鶴見 晃", "ツルミ アキラ"),
                      ("百瀬 梢", "モモセ コズエ"), ("唐沢 俊介", "カラサワ シュンスケ"), ("瀬古 直美", "セコ ナオミ"),
                      ("千葉 大悟", "チバ ダイゴ"), ("柴崎 恵理", "シバサキ エリ"), ("御手洗 聡", "ミタライ サトシ"),
                      ("小鳥遊 結子", "タカナシ ユウコ"), ("堀之内 匠", "ホリノウチ タクミ"), ("八木橋 由美", "ヤギハシ ユミ"),
                      ("野上 剛志", "ノガミ ツヨシ"), ("月岡 あかね", "ツキオカ アカネ")]:
    _z, _a = make_address()
    OUTSIDERS.append({"name": _kanji, "kana": _kana, "zip": _z, "addr": _a, "mobile": mobile(),
                      "bank": bank_account()})


def pick_out(k: int) -> list[dict]:
    return rng.sample(OUTSIDERS, k)


STATION = {"豊玉北": "練馬駅", "南砂": "南砂町駅", "日吉本町": "日吉駅", "淵野辺": "淵野辺駅", "常盤": "浦和駅",
           "脇田町": "川越駅", "前原西": "津田沼駅", "常盤平": "常盤平駅", "片山町": "吹田駅",
           "百舌鳥梅町": "中百舌鳥駅", "天道町": "西宮北口駅", "八事本町": "八事駅", "西新": "西新駅",
           "上杉": "北四番丁駅", "月寒東一条": "福住駅", "佐鳴台": "浜松駅", "北白川西町": "出町柳駅",
           "祇園": "祇園新橋北駅", "下連雀": "三鷹駅", "溝口": "溝の口駅"}


def station_of(addr: str) -> str:
    for town, st in sorted(STATION.items(), key=lambda kv: -len(kv[0])):
        if town in addr:
            return st
    return "最寄駅不明"


def bank_str(b, style: int = 0) -> str:
    bank, branch, kind, acct = b
    if style == 0:
        return f"{bank} {branch} {kind} {acct}"
    if style == 1:
        return f"{bank}／{branch}／{kind}／{acct}"
    return f"{bank}{branch}（{kind}）{acct}"


# -- senders, recipients, signatures ------------------------------------------------------

TAMURA = "田村 誠一 <tamura.seiichi@hinode-sangyo.co.jp>"
OKAJIMA = "岡島 浩 <okajima.hiroshi@hinode-sangyo.co.jp>"
KUBOTA = "久保田 玲子 <kubota.reiko@hinode-sangyo.co.jp>"
NONOMURA = "野々村 亮 <nonomura.ryo@hinode-sangyo.co.jp>"
MIKAMI = "三上 遥 <mikami.haruka@hinode-sangyo.co.jp>"
HOJO = "北条 恵美 <hojo.emi@hinode-sangyo.co.jp>"
SAEKI = "佐伯 光太 <saeki.kota@hinode-sangyo.co.jp>"
IWABUCHI = "岩渕 聡 <iwabuchi.satoshi@hinode-sangyo.co.jp>"
AZUMA = "東 雅人 <azuma.masato@hinode-sangyo.co.jp>"
SAKAGAMI = "坂上 大輔 <sakagami.daisuke@hinode-sangyo.co.jp>"
MIYAKOSHI = "宮越 千尋 <miyakoshi.chihiro@hinode-sangyo.co.jp>"
ICHIKAWA = "市川 望 <ichikawa.nozomi@hinode-sangyo.co.jp>"
KANSA_ML = "監査対応事務局 <kansa-jimukyoku@hinode-sangyo.co.jp>"

MORISHITA = "森下 拓真 <t.morishita@seiryu-kansa.or.jp>"
KATAGIRI = "片桐 沙織 <s.katagiri@seiryu-kansa.or.jp>"
HATTORI = "服部 健吾 <k.hattori@seiryu-kansa.or.jp>"
OSAKO = "大迫 直樹 <n.osako@seiryu-kansa.or.jp>"
OTOMO = "大友 義和 <y.otomo@jmc-cert.or.jp>"
FUJIEDA = "藤枝 真由美 <fujieda@kanto-pmark.or.jp>"
HOSHINO = "星野 亜紀 <hoshino@hoshino-sr.jp>"
ODAGIRI = "小田切 航 <w.odagiri@riskbridge.co.jp>"
SHIRAKAWA = "白川 修一 <s.shirakawa@shirakawa-law.jp>"
KAWAI = "河合 剛 <kawai.tsuyoshi@midori-ginko.co.jp>"

HQ = "〒104-0031 東京都中央区京橋三丁目9番4号 日の出京橋ビル7F"

DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを破棄してください。")
DISC_JA2 = ("※このメールは送信者が意図した受信者のみを対象としています。内容に機密情報が含まれる"
            "可能性がありますので、無断での転送・複製はご遠慮ください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete this "
           "e-mail. Any unauthorised use or disclosure is prohibited.")


def sig_a(name: str, dept: str, mail: str, ext: str) -> str:
    return ("――――――――――――――――――――\n"
            f"日の出産業株式会社 {dept}\n{name}\n{HQ}\n"
            f"TEL 03-5542-7710（代表） 内線{ext}\nMail {mail}@hinode-sangyo.co.jp\n"
            "――――――――――――――――――――")


def sig_b(name: str, dept: str, mail: str, tel: str) -> str:
    return (f"--\n{name}（{dept}）\n日の出産業株式会社\nTEL: {tel} / FAX: 03-5542-7719\n"
            f"E-mail: {mail}@hinode-sangyo.co.jp")


def sig_c(name: str, dept: str, mail: str) -> str:
    return ("＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n"
            f" 日の出産業株式会社\n {dept}\n  {name}\n {HQ}\n"
            f" TEL：03-5542-7710 FAX：03-5542-7719\n {mail}@hinode-sangyo.co.jp\n"
            "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊")


def sig_en(name: str, title: str, mail: str) -> str:
    return (f"Best regards,\n\n{name}\n{title}\nHinode Sangyo Co., Ltd.\n"
            "Kyobashi 3-9-4, Chuo-ku, Tokyo 104-0031, Japan\n"
            f"Tel: +81-3-5542-7710 | {mail}@hinode-sangyo.co.jp")


M: list[dict] = []


def add(**kw) -> None:
    M.append(kw)


# =========================================================================================
# 001 — 期末監査の往査日程（監査法人 1 社のみ）
add(
    sender=TAMURA, to=[MORISHITA], cc=[OKAJIMA],
    subject="【日程調整】2025年3月期 期末監査 往査日程のご相談",
    charset="iso-2022-jp",
    body=f"""有限責任 清流監査法人
森下様

いつも大変お世話になっております。
日の出産業 経理部の田村でございます。

先日ご連絡いただいた期末監査の往査日程につきまして、社内で調整した結果を
ご連絡いたします。

  ・本社往査　　　5月12日（月）～5月16日（金）　7階 第2会議室をご用意します
  ・大阪支店往査　5月15日（木）　支店長の在席日のため、できればこの日でお願いします
  ・監査役ヒアリング　5月20日（火）14:00～15:00

なお、5月13日（火）の午前中は取締役会の準備で経理部長が不在となります。
部長へのご質問はそれ以外の時間帯でお願いできますと幸いです。

依頼資料リスト（PBC）の第1版は4月25日（金）までに共有フォルダへ格納する予定です。
ご不明な点がございましたらお知らせください。

引き続きよろしくお願いいたします。

{sig_a("田村 誠一", "経理部 決算グループ", "tamura.seiichi", "2314")}
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary audit schedule mail to one audit firm; only signature contacts",
)

# 002 — 給与明細サンプル 8 名分（XLSX, 口座つき）を監査法人へ
_p = pick(8)
_rows = []
for p in _p:
    base = rng.randrange(212000, 468000, 500)
    ot = rng.randrange(0, 86000, 10)
    com = rng.randrange(4200, 31800, 10)
    tot = base + ot + com
    kenpo, kosei, koyo = round(tot * 0.0499), round(tot * 0.0915), round(tot * 0.006)
    sho, jum = round(tot * 0.031), rng.randrange(8000, 31000, 100)
    _rows.append([p["emp"], p["name"], p["dept"], base, ot, com, tot, kenpo, kosei, koyo,
                  sho, jum, tot - kenpo - kosei - koyo - sho - jum, bank_str(p["bank"])])
add(
    sender=HOJO, to=[KATAGIRI], cc=[TAMURA],
    subject="RE: 人件費 実証手続サンプルのご提出（3月支給分）",
    charset="utf-8",
    body=f"""片桐様

お世話になっております。人事部給与厚生課の北条です。

ご依頼いただいた人件費のサンプル8件について、3月支給分の給与明細の内容を
Excelに転記しましたので添付にてお送りします。
振込口座は給与マスタの登録内容をそのまま出力しています。

支給控除の内訳で不明な点がございましたら、私までお問い合わせください。

北条

> 日の出産業株式会社 人事部 北条様
>
> 人件費の実証手続として、別紙の社員番号8件を抽出いたしました。
> 3月支給分の給与明細（支給・控除の内訳、振込先）のご提出をお願いいたします。
>
> 清流監査法人 片桐
""",
    attachments=[{
        "kind": "xlsx", "name": "給与明細_監査サンプル_202503.xlsx",
        "sheets": {
            "3月支給分": [["2025年3月支給 給与明細 抽出（監査法人ご依頼分）"], [],
                       ["社員番号", "氏名", "所属", "基本給", "時間外手当", "通勤手当", "総支給額",
                        "健康保険料", "厚生年金", "雇用保険", "所得税", "住民税", "差引支給額",
                        "振込口座"]] + _rows,
            "抽出条件": [["抽出元", "給与システム 月次明細"], ["対象", "監査法人指定の社員番号 8件"],
                      ["作成者", "人事部 北条"]],
        },
    }],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="payslip data of 8 employees with bank accounts sent to the audit firm (list of people)",
)

# 003 — 銀行確認状の案内: みどり銀行の look-alike（letter added）
add(
    sender=TAMURA, to=["河合 剛 <kawai.tsuyoshi@midori-ginkou.co.jp>"],
    subject="銀行確認状の発送について（2025年3月31日基準）",
    charset="iso-2022-jp",
    body=f"""株式会社みどり銀行 法人営業部
河合様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業の田村でございます。

当社の会計監査人である清流監査法人より、2025年3月31日を基準日とする
銀行確認状（残高確認）を4月上旬に貴行あてに直接発送いたします。

お手数をおかけいたしますが、ご回答は同封の返信用封筒にて監査法人へ
直接ご返送いただきますようお願い申し上げます。
対象口座は当座預金・普通預金・定期預金、ならびに借入金・保証の状況です。

何卒よろしくお願いいたします。

{sig_b("田村 誠一", "経理部 決算グループ", "tamura.seiichi", "03-5542-7714")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="bank confirmation notice to midori-ginkou.co.jp, a look-alike of partner midori-ginko.co.jp",
)

# 004 — マネジメントレター指摘事項への回答（引用つき）
add(
    sender=AZUMA, to=[OSAKO], cc=[MORISHITA, OKAJIMA],
    subject="Re: 2024年度 マネジメントレター ご指摘事項への回答",
    charset="iso-2022-jp",
    body=f"""大迫様

いつもお世話になっております。内部統制推進室の東です。
ご指摘いただいた3点について、当社の対応状況を以下のとおりご回答いたします。

1. 固定資産の除却処理の遅延
   → 4月より、現場からの除却申請を月次締めの5営業日前までとするルールに改め、
     経理部で月次のチェックリストに追加しました。

2. 購買システムの権限棚卸
   → 情報システム部にて3月末に全ユーザーの棚卸を実施済みです。
     不要と判断した退職者・異動者のID 14件を削除しております。

3. 売上のカットオフ
   → 期末日前後5営業日の出荷データと売上計上日の突合を、営業管理課の
     手続として文書化しました（手順書は次回往査時にご提示します）。

ご確認のほどよろしくお願いいたします。

東 雅人
経営企画部 内部統制推進室
日の出産業株式会社  TEL 03-5542-7722

> 日の出産業株式会社 東様
>
> 先日お送りしたマネジメントレターについて、以下3点の対応状況を
> 5月9日までにご回答いただけますでしょうか。
>  1. 固定資産の除却処理の遅延
>  2. 購買システムの権限棚卸
>  3. 売上のカットオフ
>
> 清流監査法人 大迫
""",
    expect="pass", entities=[], detectors=[],
    note="answer to management-letter findings to one audit firm; no personal data",
)

# 005 — 源泉徴収票 2 名分（PDF, マイナンバー記載のまま）
_p = pick(2)
_lines = []
for p in _p:
    _lines += ["令和6年分 給与所得の源泉徴収票",
               f"支払を受ける者  住所：〒{p['zip']} {p['addr']}",
               f"  氏名：{p['name']}（{p['kana']}）",
               f"  個人番号：{next_my_number()}",
               f"  生年月日：{wareki(p['dob'])}",
               f"支払金額 {rng.randrange(4200000, 7900000, 1000):,}円   "
               f"源泉徴収税額 {rng.randrange(90000, 310000, 100):,}円",
               "支払者 日の出産業株式会社 東京都中央区京橋三丁目9番4号", ""]
add(
    sender=HOJO, to=[HATTORI],
    subject="源泉徴収票の写し（サンプル2名分）",
    charset="utf-8",
    body=f"""清流監査法人
服部様

お世話になっております。日の出産業 人事部の北条です。
年末調整の検証用にご依頼いただいた源泉徴収票の写し2名分をPDFにてお送りします。

ご確認よろしくお願いいたします。

{sig_c("北条 恵美", "人事部 給与厚生課", "hojo.emi")}
""",
    attachments=[{"kind": "pdf", "name": "源泉徴収票_サンプル2名.pdf",
                  "title": "源泉徴収票（写）", "lines": _lines}],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="withholding slips with unmasked My Numbers of two employees to the audit firm",
)

# 006 — 社内のみ: 内部監査室から人事部へ（住所変更の証跡確認）
_p = pick(6)
_t = [["社員番号", "氏名", "生年月日", "変更後住所", "変更届受付日"]]
for p in _p:
    _t.append([p["emp"], p["name"], seireki(p["dob"]), p["addr"],
               seireki(rand_date(2024, 2024), "slash")])
add(
    sender=NONOMURA, to=[HOJO], cc=[KUBOTA],
    subject="【内部監査】住所変更届の証跡確認（6件）",
    charset="iso-2022-jp",
    body=f"""北条さん

内部監査室の野々村です。
人事マスタ変更の統制テストで、下記6件の住所変更について
変更届（原本）と承認記録を確認させてください。

{padcols(_t)}
{rule(_t)}

来週水曜までに共有フォルダ「内部監査2025\\人事」へPDFを格納いただければ助かります。
よろしくお願いします。

野々村（内線2471）
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=[],
    note="six employees' records, but every recipient is internal",
)

# 007 — 確認状の発送予定を 3 社に To で一斉送信
add(
    sender=TAMURA, to=[MORISHITA, KAWAI, SHIRAKAWA],
    subject="確認状の発送スケジュールのご連絡",
    charset="iso-2022-jp",
    body=f"""関係各位

いつもお世話になっております。日の出産業 経理部の田村です。

2025年3月期の期末監査にあたり、清流監査法人様より以下のとおり確認状が
発送されますのでご連絡いたします。

　・銀行確認状（みどり銀行様あて）　　　　4月7日（月）発送
　・弁護士確認状（白川法律事務所様あて）　4月7日（月）発送
　・回答期限　　　　　　　　　　　　　　　4月25日（金）

ご回答は監査法人様へ直接ご返送をお願いいたします。
ご不明点は田村までお問い合わせください。

{sig_a("田村 誠一", "経理部 決算グループ", "tamura.seiichi", "2314")}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="audit firm, bank and law firm all in To: three external organisations see each other",
)

# 008 — 経費精算サンプル 12 件（CSV, CP932, 振込口座）
_p = pick(12)
_rows = [["申請番号", "社員番号", "申請者", "所属", "精算日", "勘定科目", "金額", "摘要",
          "振込銀行", "支店", "種別", "口座番号"]]
_kamoku = [("旅費交通費", "大阪出張 新幹線"), ("会議費", "取引先打合せ 飲料"),
           ("交際費", "得意先会食"), ("消耗品費", "文具購入"), ("旅費交通費", "タクシー代"),
           ("通信費", "モバイルルーター"), ("研修費", "外部セミナー参加費")]
for i, p in enumerate(_p):
    k, t = rng.choice(_kamoku)
    b = p["bank"]
    _rows.append([f"EX-2503-{rng.randint(1000, 9999)}", p["emp"], p["name"], p["dept"],
                  f"2025/03/{rng.randint(3, 28):02d}", k, rng.randrange(1200, 98000, 10), t,
                  b[0], b[1], b[2], b[3]])
add(
    sender=SAEKI, to=[HATTORI],
    subject="経費精算サンプル（12件）の明細データ",
    charset="shift_jis",
    body=f"""服部様

お世話になっております、経理部の佐伯です。
経費精算のサンプル12件について、精算システムから明細をCSVで出力しました。
証憑（領収書）のスキャンは明日あらためてお送りします。

よろしくお願いいたします。

{sig_b("佐伯 光太", "経理部 経費精算担当", "saeki.kota", "03-5542-7716")}
""",
    attachments=[{"kind": "csv", "name": "経費精算サンプル_12件.csv", "encoding": "cp932",
                  "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="CSV of 12 employees' expense claims with their bank accounts to the audit firm",
)

# 009 — 秘密保持契約書（案）の送付: NDA の話題であって機密表示ではない
add(
    sender=MIKAMI, to=[ODAGIRI],
    subject="秘密保持契約書（案）のご確認のお願い",
    charset="utf-8",
    body=f"""株式会社リスクブリッジ
小田切様

いつもお世話になっております。日の出産業 情報セキュリティ推進課の三上です。

ISMS内部監査の支援業務をお願いするにあたり、当社ひな形による秘密保持契約書の案を
添付いたします。第2条の「機密情報」の範囲と、第7条の返還・廃棄の方法について
貴社のご意見をいただけますと幸いです。

法務確認の都合上、5月16日（金）までにご返信いただけますと助かります。

{sig_a("三上 遥", "総務部 情報セキュリティ推進課", "mikami.haruka", "2540")}

{DISC_JA}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_リスクブリッジ様.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）と株式会社リスクブリッジ（以下「乙」という。）は、"
                      "甲が乙に委託するISMS内部監査支援業務（以下「本業務」という。）に関し、次のとおり契約を締結する。",
                      "第1条（目的）本契約は、本業務の遂行にあたり相手方から開示される情報の取扱いを定めることを目的とする。",
                      "第2条（機密情報）本契約において機密情報とは、甲が乙に開示する技術上・営業上の情報であって、"
                      "開示の際に機密である旨を明示したものをいう。",
                      "第3条（秘密保持義務）乙は、機密情報を善良なる管理者の注意をもって管理し、第三者に開示してはならない。",
                      "第7条（返還・廃棄）乙は、本業務終了後または甲の求めに応じ、機密情報を速やかに返還または廃棄する。",
                      "第10条（有効期間）本契約の有効期間は、締結日から3年間とする。",
                  ]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA with an NDA draft attached; 機密 is the subject matter, not a marking",
)

# 010 — 情報資産台帳（社外秘の表示あり）を審査機関へ
add(
    sender=MIKAMI, to=[OTOMO],
    subject="ISMS維持審査 事前提出資料（情報資産台帳・リスク評価結果）",
    charset="iso-2022-jp",
    body=f"""一般財団法人 日本マネジメント認証機構
大友様

お世話になっております。日の出産業の三上でございます。
6月の維持審査に向けた事前提出資料として、情報資産台帳（抜粋）と
リスク評価結果をお送りいたします。

ご査収のほどよろしくお願い申し上げます。

{sig_a("三上 遥", "総務部 情報セキュリティ推進課", "mikami.haruka", "2540")}
""",
    attachments=[{"kind": "docx", "name": "情報資産台帳_抜粋_2025.docx",
                  "title": "情報資産台帳（抜粋）", "page_header": "社外秘",
                  "page_footer": "日の出産業株式会社 情報セキュリティ委員会",
                  "paragraphs": ["情報資産台帳（抜粋） 2025年4月版", "機密区分：社外秘",
                                 "本台帳は情報セキュリティ委員会の承認を得たものである。"],
                  "tables": [[["資産ID", "資産名", "管理部門", "機密性", "完全性", "可用性", "保管場所"],
                              ["IA-001", "給与システム", "人事部", "3", "3", "2", "社内DC"],
                              ["IA-014", "販売管理DB", "情報システム部", "3", "3", "3", "クラウド（東京R）"],
                              ["IA-022", "取引先台帳", "購買部", "2", "2", "2", "ファイルサーバ"],
                              ["IA-031", "監査調書（受領分）", "経理部", "3", "2", "1", "キャビネットB"],
                              ["IA-047", "入退室ログ", "総務部", "2", "3", "2", "入退室管理サーバ"]]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached document is stamped 社外秘 (page header and classification line) and goes to the ISMS body",
)

# 011 — PPAP: パスワード付き ZIP
_p = pick(10)
add(
    sender=HOJO, to=[KATAGIRI],
    subject="【パスワード別送】給与関連資料一式",
    charset="iso-2022-jp",
    body="""清流監査法人 片桐様

お世話になっております。日の出産業 人事部の北条です。
ご依頼の給与関連資料一式を圧縮ファイルにてお送りします。
パスワードは別メールにてお知らせいたします。

北条 恵美
日の出産業株式会社 人事部 給与厚生課
TEL 03-5542-7718
""",
    attachments=[{"kind": "zip", "name": "給与関連資料一式.zip", "password": "Hs2025!kansa",
                  "files": [{"kind": "xlsx", "name": "給与台帳_2025年3月.xlsx",
                             "sheets": {"台帳": [["社員番号", "氏名", "総支給額"]] +
                                        [[p["emp"], p["name"], rng.randrange(250000, 600000)]
                                         for p in _p]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the attachment cannot be inspected",
)

# 012 — パスワード通知メール（別送）
add(
    sender=HOJO, to=[KATAGIRI],
    subject="【パスワード通知】給与関連資料一式",
    charset="iso-2022-jp",
    body="""片桐様

先ほどお送りした「給与関連資料一式.zip」のパスワードをお知らせします。

　パスワード：Hs2025!kansa

よろしくお願いいたします。
北条
""",
    expect="pass", entities=[], detectors=[],
    note="the separate password mail: no personal data, no attachment",
)

# 013 — 個人事業主の支払先マスタ（タブ区切りを本文に貼り付け）
_p = pick_out(6)
_yago = ["オキタ設計事務所", "", "スタジオ・ミワ", "", "T&Sデザイン", "ちば企画"]
_lines = ["取引先CD\t氏名\t屋号\t住所\t電話\t振込口座"]
for p, y in zip(_p, _yago):
    _lines.append(f"V9{rng.randint(1000, 9999)}\t{p['name']}\t{y}\t{p['addr']}\t{p['mobile']}\t"
                  f"{bank_str(p['bank'], 1)}")
_tsv = "\n".join(_lines)
add(
    sender=IWABUCHI, to=[MORISHITA, HATTORI],
    subject="支払先マスタ（個人事業主）の抽出結果",
    charset="utf-8",
    body=f"""森下様、服部様

お世話になっております。購買部の岩渕です。
支払先の実在性確認用に、個人事業主として登録している外注先6件の
マスタ情報をご依頼いただいておりましたので、下記に貼り付けます。
（システムからコピーしたままなので見づらくてすみません）

{_tsv}

契約書の写しは追ってお送りします。

岩渕
購買部 取引先管理課 / 内線2630
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six sole proprietors' names, home addresses, phones and bank accounts pasted tab-separated",
)

# 014 — 仕入先マスタ（法人のみ、法人番号つき）
_cos = ["株式会社丸栄化成", "東邦パッケージ株式会社", "有限会社みなと精工", "株式会社北斗物産",
        "三和ケミカル株式会社", "川崎電機株式会社", "青葉運輸株式会社", "錦印刷株式会社",
        "株式会社オオミヤ電材", "日進ロジテック株式会社", "株式会社サンライズ工業", "中部樹脂工業株式会社",
        "株式会社アルファ梱包", "北国フーズ株式会社", "株式会社ミヤビ商会", "東洋計器サービス株式会社",
        "株式会社ツバサシステム", "有限会社タカノ塗装"]
_rows = [["仕入先マスタ 抽出（2025/3/31時点）"], [],
         ["取引先CD", "取引先名", "法人番号", "本店所在地", "代表電話", "取引開始日", "支払条件"]]
for i, c in enumerate(_cos):
    z, pref, city, town = rng.choice(TOWNS)
    _rows.append([f"S{1001 + i * 7}", c, corp_number(), f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 20)}",
                  landline(), seireki(rand_date(1998, 2023)), rng.choice(["月末締め翌月末払", "20日締め翌月10日払"])])
add(
    sender=IWABUCHI, to=[HATTORI],
    subject="仕入先マスタ一覧の送付",
    charset="shift_jis",
    body=f"""服部様

いつもお世話になっております。
日の出産業 購買部の岩渕でございます。

仕入先の網羅性確認用として、2025年3月末時点の仕入先マスタ一覧（法人のみ18社）を
お送りいたします。個人の外注先は別途お送りした一覧をご参照ください。

よろしくお願い申し上げます。

{sig_c("岩渕 聡", "購買部 取引先管理課", "iwabuchi.satoshi")}
""",
    attachments=[{"kind": "xlsx", "name": "仕入先マスタ_20250331.xlsx",
                  "sheets": {"仕入先": _rows, "凡例": [["項目", "説明"], ["法人番号", "国税庁公表の13桁"]]}}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="a list of companies (corporate numbers, head-office addresses, switchboards), not people",
)

# 015 — 社内あてのつもりが look-alike（hinode-sangyou.co.jp）
add(
    sender=NONOMURA, to=["久保田 玲子 <kubota.reiko@hinode-sangyou.co.jp>"],
    subject="大阪支店 内部監査 往査メモ（ドラフト）",
    charset="iso-2022-jp",
    body="""室長

お疲れさまです。野々村です。
昨日の大阪支店往査のメモ（ドラフト）をまとめました。

・現金実査：差異なし（手許現金 142,350円）
・小口現金出納帳：3月分の承認印漏れ 2件
・在庫の実地棚卸：倉庫B棚の保管区分表示が一部未更新
・購買稟議：少額案件の事後承認が散見される（5件）

報告書案は金曜までに作成します。ご確認のほどお願いいたします。

野々村
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="meant for a colleague but addressed to hinode-sangyou.co.jp, a look-alike of the own domain",
)

# 016 — 監査法人＋システムベンダー（2 社）で ITGC ウォークスルー
add(
    sender=SAKAGAMI, to=[MORISHITA, "坂口 彩 <a.sakaguchi@tsubasa-system.jp>"], cc=[AZUMA],
    subject="IT全般統制ウォークスルーの日程（5/8 14時～）",
    charset="utf-8",
    body=f"""清流監査法人 森下様
株式会社ツバサシステム 坂口様

お世話になっております。日の出産業 情報システム部の坂上です。

IT全般統制（変更管理・アクセス管理）のウォークスルーについて、
以下の日程で確定させていただきます。

　日時：5月8日（木）14:00～16:00
　場所：当社本社 7階 第1会議室（Web参加も可）
　内容：販売管理システムのリリース手順、特権IDの貸出記録の確認

ツバサシステム様には、運用保守の立場から変更管理の実務をご説明いただく予定です。
当日はどうぞよろしくお願いいたします。

{sig_b("坂上 大輔", "情報システム部", "sakagami.daisuke", "03-5542-7730")}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="a normal three-way meeting mail: two external organisations in To",
)

# 017 — 二次検査未受診者の所見一覧を産業医クリニックへ（要配慮）
_p = pick(5)
_findings = ["血圧高値（要精密検査）", "HbA1c高値・糖尿病の疑い", "心電図異常（要再検）",
             "肝機能障害（要治療）", "胸部X線 要精密検査"]
_t = [["社員番号", "氏名", "生年月日", "健診日", "判定", "所見"]]
for p, f in zip(_p, _findings):
    _t.append([p["emp"], p["name"], seireki(p["dob"], "slash"), "2024/10/" + str(rng.randint(10, 30)),
               rng.choice(["D", "C", "E"]), f])
add(
    sender=ICHIKAWA, to=["石黒 医師 <ishiguro@hanamizuki-clinic.jp>"],
    subject="二次検査未受診者のフォローについて（ご相談）",
    charset="iso-2022-jp",
    body=f"""はなみずきクリニック
石黒先生

いつも大変お世話になっております。日の出産業 総務部の市川です。

社内の内部監査で、昨年度の定期健康診断で要精密検査となった社員のうち
二次検査が未受診のまま放置されている者がいるとの指摘を受けました。
該当者は下記5名です。産業医面談の設定についてご相談させてください。

{padcols(_t)}

面談は6月の産業医訪問日にまとめて実施できればと考えております。

市川 望
日の出産業株式会社 総務部 安全衛生担当
TEL 03-5542-7725
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health-check findings (要配慮個人情報) of five named employees sent to an outside clinic",
)

# 018 — Pマーク審査日程の変更依頼（和文ディスクレーマー）
add(
    sender=MIYAKOSHI, to=[FUJIEDA],
    subject="プライバシーマーク更新審査（現地審査）の日程変更のお願い",
    charset="iso-2022-jp",
    body=f"""一般社団法人 関東個人情報保護審査センター
審査員 藤枝様

いつもお世話になっております。
日の出産業株式会社 個人情報保護管理者の宮越でございます。

7月3日（木）に予定しておりました現地審査につきまして、当日に代表者の出張が
入ってしまったため、誠に恐縮ながら日程の変更をお願いできますでしょうか。

候補日：7月9日（水）、7月10日（木）、7月15日（火）

お手数をおかけして申し訳ございませんが、ご検討のほどよろしくお願いいたします。

宮越 千尋
日の出産業株式会社 総務部（個人情報保護管理者）
{HQ}
TEL 03-5542-7710（代表）

{DISC_JA}
""",
    expect="pass", entities=[], detectors=[],
    note="schedule change to the Privacy Mark assessor; the legal disclaimer is not a marking",
)

# 019 — 委託先 5 社に To で一斉送信（Bcc にすべき）
add(
    sender=MIYAKOSHI,
    to=["営業部 ご担当者様 <eigyo@nishiki-insatsu.co.jp>", "品質管理部 <quality@aoba-unyu.co.jp>",
        "坂口 彩 <a.sakaguchi@tsubasa-system.jp>", "管理部 <kanri@dataport-s.co.jp>",
        "コンプライアンス室 <compliance@higashi-call.co.jp>"],
    subject="【ご依頼】個人情報取扱い委託先 自己点検チェックシートのご提出について",
    charset="iso-2022-jp",
    body="""委託先各位

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 個人情報保護管理者の宮越でございます。

当社はプライバシーマークの運用にあたり、個人情報の取扱いを委託している
事業者様に対して年1回の委託先監査（書面点検）を実施しております。

つきましては、添付のチェックシートにご記入のうえ、6月13日（金）までに
ご返送くださいますようお願い申し上げます。

ご不明な点がございましたら、宮越までお問い合わせください。

日の出産業株式会社 総務部
個人情報保護管理者 宮越 千尋
TEL 03-5542-7710（代表）
""",
    attachments=[{"kind": "xlsx", "name": "委託先自己点検チェックシート_2025.xlsx",
                  "sheets": {"チェックシート": [["委託先自己点検チェックシート（2025年度）"], [],
                                             ["No", "点検項目", "回答（はい/いいえ）", "備考"],
                                             [1, "個人情報の取扱責任者を定めているか", "", ""],
                                             [2, "従業者への教育を年1回以上実施しているか", "", ""],
                                             [3, "再委託の有無と当社承認の取得", "", ""],
                                             [4, "受領した個人情報の廃棄記録を保管しているか", "", ""]]}}],
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five outside contractors in To can see each other's addresses: should have been Bcc",
)

# 020 — 扶養控除等申告書の確認（本人・配偶者のマイナンバーを本文に）
_p = pick(1)[0]
_sp_dob = rand_date(1968, 1995)
add(
    sender=HOJO, to=[HOSHINO],
    subject="扶養控除等申告書の記載内容について確認のお願い",
    charset="utf-8",
    body=f"""星野先生

いつもお世話になっております。日の出産業 人事部の北条です。

社内の内部監査で、扶養控除等申告書の記載と給与システムの登録内容に
不一致があるとの指摘を受けました。下記の社員について、申告書の取扱いを
ご確認いただけますでしょうか。

　社員番号：{_p['emp']}
　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{seireki(_p['dob'], 'kanji')}
　個人番号：{next_my_number()}
　控除対象配偶者：{_p['name'].split()[0]} 久美子（{seireki(_sp_dob, 'kanji')}生）
　配偶者の個人番号：{next_my_number()}

配偶者の年間所得見積額が申告書では0円、システム上は給与収入ありとなっております。

お手数ですが、どうぞよろしくお願いいたします。

{sig_c("北条 恵美", "人事部 給与厚生課", "hojo.emi")}
""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="My Numbers of an employee and spouse written in the body to an outside labour consultant",
)

# 021 — 監査法人からの指摘メール（口座の不一致 5 名）を引用して返信するだけ
_p = pick(5)
_q = "\n".join(f"{i + 1}. {p['emp']} {p['name']}  {bank_str(p['bank'])}" for i, p in enumerate(_p))
add(
    sender=HOJO, to=[KATAGIRI], cc=[TAMURA],
    subject="RE: 給与振込口座の不一致について",
    charset="iso-2022-jp",
    body=f"""片桐様

お世話になっております。北条です。
ご指摘の件、承知いたしました。
いずれも3月中に口座変更の届出があった方で、変更届の原本を確認のうえ
明日中に回答いたします。

取り急ぎ受領のご連絡まで。

北条

-----Original Message-----
From: 片桐 沙織 <s.katagiri@seiryu-kansa.or.jp>
Sent: Wednesday, April 23, 2025 6:12 PM
To: 北条 恵美 <hojo.emi@hinode-sangyo.co.jp>
Cc: 田村 誠一 <tamura.seiichi@hinode-sangyo.co.jp>
Subject: 給与振込口座の不一致について

北条様

給与の実証手続において、以下5名の振込口座が給与マスタの登録口座と
一致しませんでした。変更の経緯をご教示ください。

{_q}

清流監査法人 片桐
""",
    expect="pass", entities=[], detectors=[],
    note="the five employees' accounts appear only in the quoted mail from the auditor",
)

# 022 — HTML のみ: 退職者 6 名の一覧（退職給付の検証）
_p = pick(6)
_tr = "".join(
    f"<tr><td>{p['emp']}</td><td>{p['name']}</td><td>{seireki(p['dob'], 'slash')}</td>"
    f"<td>2025/03/{rng.choice([15, 20, 31])}</td><td>{p['addr']}</td>"
    f"<td style='text-align:right'>{rng.randrange(800000, 14000000, 1000):,}</td></tr>"
    for p in _p)
add(
    sender=HOJO, to=[KATAGIRI],
    subject="2024年度 退職者一覧（退職金支給額）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>清流監査法人<br>片桐様</p>
<p>お世話になっております。日の出産業 人事部の北条です。<br>
退職給付の検証用に、2024年度の退職者と退職金支給額の一覧をお送りします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>社員番号</th><th>氏名</th><th>生年月日</th><th>退職日</th><th>住所（退職時）</th><th>退職金支給額（円）</th></tr>
{_tr}
</table>
<p>ご確認のほど、よろしくお願いいたします。</p>
<p>--<br>北条 恵美<br>日の出産業株式会社 人事部 給与厚生課<br>TEL 03-5542-7718</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of six leavers' birth dates, addresses and severance pay",
)

# 023 — English: group reporting timeline to the component auditor
add(
    sender=TAMURA, to=["Pimchanok Srisuwan <pimchanok.s@siamaudit.co.th>"], cc=[OKAJIMA],
    subject="FY2024 group reporting package – timeline",
    charset="utf-8",
    body=f"""Dear Ms. Pimchanok,

Thank you for your call yesterday. As discussed, please find the timeline for the FY2024
group reporting package of Hinode Sangyo (Thailand) Co., Ltd. below.

  - 18 April: trial balance and consolidation package (draft) from the subsidiary
  - 25 April: your clearance memo on the significant risk areas
  - 2 May: final package and the signed representation letter
  - 9 May: call with the group engagement team (Seiryu Audit)

Could you also let us know whether the inventory count observation at the Rayong
warehouse is still planned for 31 March?

{sig_en("Seiichi Tamura", "Manager, Accounting Dept.", "tamura.seiichi")}

{DISC_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="English timeline mail to the component auditor; standard confidentiality disclaimer only",
)

# 024 — English: draft responses marked CONFIDENTIAL
add(
    sender=AZUMA, to=["Pimchanok Srisuwan <pimchanok.s@siamaudit.co.th>"],
    subject="CONFIDENTIAL – draft management responses (Thai subsidiary)",
    charset="utf-8",
    body=f"""CLASSIFICATION: CONFIDENTIAL – DO NOT FORWARD

Dear Ms. Pimchanok,

Attached below are our draft responses to the two control deficiencies you reported for
Hinode Sangyo (Thailand). These have not yet been reviewed by the audit committee.

1. Segregation of duties in the purchasing module
   Response: the subsidiary will remove the vendor master maintenance right from the
   two buyers by 30 June; interim compensating review by the finance manager.

2. Manual journal entries without second approval
   Response: the ERP workflow will require approval for all manual entries above
   THB 200,000 from the July close.

{sig_en("Masato Azuma", "Internal Control Office", "azuma.masato")}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="mail itself carries a CONFIDENTIAL classification stamp and goes outside",
)

# 025 — 壊れた XLSX
add(
    sender=TAMURA, to=[HATTORI],
    subject="固定資産台帳（3月末）",
    charset="iso-2022-jp",
    body="""服部様

お世話になっております。田村です。
3月末時点の固定資産台帳をお送りします。
減価償却費の再計算にお使いください。

田村
""",
    attachments=[{"kind": "corrupt", "name": "固定資産台帳_0331.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be read",
)

# 026 — 仕訳サンプルへの回答（伝票番号・金額のみ）
_jv = [[f"JV-2503-{rng.randint(100000, 999999)}", f"2025/03/{rng.randint(1, 31):02d}",
        rng.choice(["売掛金", "買掛金", "未払費用", "前払費用", "仮払金"]),
        f"{rng.randrange(120000, 48000000, 1000):,}", rng.choice(["請求書", "納品書・検収書", "契約書", "稟議書"])]
       for _ in range(7)]
_t = [["伝票番号", "計上日", "科目", "金額(円)", "証憑"]] + _jv
add(
    sender=TAMURA, to=[HATTORI],
    subject="Re: 仕訳テスト サンプル7件の証憑について",
    charset="shift_jis",
    body=f"""服部様

お世話になっております。田村です。
仕訳テストのサンプル7件について、証憑の種類と格納先を整理しました。

{padcols(_t)}

証憑のPDFは共有フォルダ「05_仕訳テスト」に伝票番号のファイル名で格納済みです。
不足がございましたらご連絡ください。

--
田村 誠一（経理部 決算グループ）
日の出産業株式会社 TEL 03-5542-7714
""",
    expect="pass", entities=[], detectors=[],
    note="voucher numbers, dates and amounts only: no people",
)

# 027 — 法人カード利用明細（カード番号・会員名つき PDF）
_p = pick(1)[0]
_card = next_card()
_lines = ["法人カード ご利用代金明細書（2025年3月分）",
          f"カード会員名：{_p['kana']} 様（{_p['dept']}）",
          f"カード番号：{card_groups(_card, '-')}",
          "お支払日：2025年4月10日", "",
          "ご利用日    ご利用先                       ご利用金額"]
for _ in range(6):
    _lines.append(f"2025/03/{rng.randint(1, 28):02d}  "
                  f"{rng.choice(['ＪＲ東海 エクスプレス予約', 'ホテルニューヨシノ', '日本橋タクシー', 'アマゾン ウェブ サービス', 'カフェ・ド・ミナト', 'ＡＮＡ国内線'])}"
                  f"    {rng.randrange(1500, 68000, 10):,}円")
add(
    sender=SAEKI, to=[HATTORI], cc=[TAMURA],
    subject="法人カード利用明細（サンプルNo.4）",
    charset="iso-2022-jp",
    body=f"""服部様

いつもお世話になっております。佐伯です。
経費サンプルNo.4（法人カード払い）の裏付けとして、カード会社の利用明細を
PDFでお送りします。

よろしくお願いいたします。

{sig_b("佐伯 光太", "経理部 経費精算担当", "saeki.kota", "03-5542-7716")}
""",
    attachments=[{"kind": "pdf", "name": "法人カード利用明細_202503_No4.pdf", "lines": _lines}],
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="card statement with an employee's full card number and name to the audit firm",
)

# 028 — 元社員 1 名（フリーメール）にヒアリング日程の連絡
add(
    sender=KUBOTA, to=["koji.kuri1974@gmail.com"],
    subject="ヒアリングのお願い（日の出産業 内部監査室）",
    charset="iso-2022-jp",
    body=f"""栗林様

ご無沙汰しております。日の出産業 内部監査室の久保田です。
先日はお電話にてありがとうございました。

在職中にご担当いただいていた名古屋営業所の販売促進費の件で、
30分ほどお話をうかがえればと存じます。
5月21日（水）または22日（木）の午後でご都合のよい時間をお知らせください。
オンライン（Teams）でも、当社本社にお越しいただく形でも結構です。

お手数をおかけしますが、よろしくお願いいたします。

{sig_a("久保田 玲子", "内部監査室 室長", "kubota.reiko", "2470")}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one former employee on free mail; no personal data beyond the salutation",
)

# 029 — 個人の業務委託者 3 名に To で一斉送信（gmail）
add(
    sender=NONOMURA,
    to=["r.hasumi.design@gmail.com", "ide.saya.works@gmail.com", "tsukumo.sho.pm@gmail.com"],
    subject="業務委託契約の内容確認について（内部監査）",
    charset="utf-8",
    body="""業務委託先の皆様

いつもお世話になっております。日の出産業株式会社 内部監査室の野々村です。

現在、当社では業務委託契約の運用状況について内部監査を行っております。
つきましては、2024年度の委託業務の内容・稼働時間・請求額について、
当社の記録との照合にご協力をお願いできますでしょうか。

別途、各位の契約ごとに確認書をお送りします。内容に相違がなければ、
署名のうえ5月30日までにご返送ください。

日の出産業株式会社 内部監査室
野々村 亮
TEL 03-5542-7710（代表） 内線2471
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons in To can see each other's addresses: should have been Bcc",
)

# 030 — 社内のみ: 社外秘の内部監査報告書を取締役へ（サブドメイン含む）
add(
    sender=KUBOTA,
    to=["代表取締役 日野 <hino.takeshi@hinode-sangyo.co.jp>", "常勤監査役 <kansayaku@hinode-sangyo.co.jp>"],
    cc=["大阪支店長 <osaka-shitencho@mail.hinode-sangyo.co.jp>", NONOMURA],
    subject="【社外秘】2024年度 第4回 内部監査報告書（大阪支店）",
    charset="iso-2022-jp",
    body="""社長、監査役

内部監査室の久保田です。
大阪支店の内部監査報告書を添付のとおりご報告いたします。
重要な指摘事項は2件（小口現金の承認漏れ、購買稟議の事後承認）です。
支店長には改善計画の提出を6月末までに依頼しております。

久保田
""",
    attachments=[{"kind": "docx", "name": "内部監査報告書_大阪支店_2024-4.docx",
                  "page_header": "社外秘", "title": "内部監査報告書",
                  "paragraphs": ["内部監査報告書（大阪支店）", "機密区分：社外秘",
                                 "1. 監査の概要", "2. 指摘事項（重要度：高 2件、中 3件）",
                                 "3. 改善提案", "4. 前回指摘事項のフォローアップ状況"]}],
    expect="pass", entities=[], detectors=[],
    note="社外秘 report, but every recipient is internal (including a subdomain)",
)

# 031 — 弁護士確認状の依頼: 白川法律事務所の look-alike（.co.jp）
add(
    sender=TAMURA, to=["白川 修一 <s.shirakawa@shirakawa-law.co.jp>"],
    subject="弁護士確認状のご回答のお願い",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業の田村でございます。

当社会計監査人の清流監査法人より、係争事件等に関する弁護士確認状が
先生あてに発送されております。現在ご依頼している案件
（元取引先との売買代金請求訴訟、東京地裁 令和6年(ワ)第1xxxx号）を含め、
3月31日現在の状況についてご回答をお願いできますでしょうか。

ご回答期限は4月25日となっております。
ご多忙のところ恐縮ですが、何卒よろしくお願い申し上げます。

{sig_a("田村 誠一", "経理部 決算グループ", "tamura.seiichi", "2314")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp is a look-alike of partner shirakawa-law.jp (co. added)",
)

# 032 — 外国籍社員の在留カード番号 5 名（XLSX）を社労士へ
_foreign = [("グエン・ヴァン・タイン", "ベトナム"), ("チャン・ティ・ホア", "ベトナム"),
            ("サントス マリア ルイサ", "フィリピン"), ("王 麗華", "中国"), ("アディ プラセティヨ", "インドネシア")]
_rows = [["在留資格・在留期限 管理表（雇用状況監査用）"], [],
         ["社員番号", "氏名", "国籍・地域", "生年月日", "在留資格", "在留カード番号", "在留期限"]]
for n, c in _foreign:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
    _rows.append([f"H{rng.randint(20000, 29999)}", n, c, seireki(rand_date(1988, 2003), "slash"),
                  rng.choice(["特定技能1号", "技術・人文知識・国際業務", "技能実習2号"]),
                  f"{letters[:2]}{rng.randint(10000000, 99999999)}{letters[2:]}",
                  seireki(rand_date(2025, 2027), "slash")])
add(
    sender=HOJO, to=[HOSHINO],
    subject="外国籍社員の在留資格管理表（内部監査のご指摘対応）",
    charset="utf-8",
    body=f"""星野先生

お世話になっております。北条です。
内部監査で「在留期限の管理が属人的」との指摘を受けましたので、
管理表を作り直しました。項目に過不足がないか見ていただけますか。

{sig_b("北条 恵美", "人事部 給与厚生課", "hojo.emi", "03-5542-7718")}
""",
    attachments=[{"kind": "xlsx", "name": "在留資格管理表_2025.xlsx",
                  "sheets": {"管理表": _rows, "更新予定": [["更新申請予定月", "人数"], ["2025年8月", 2]]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="residence card numbers of five foreign employees sent to an outside labour consultant",
)

# 033 — 往査先の拠点一覧（事業所の住所と代表番号）
add(
    sender=TAMURA, to=[MORISHITA],
    subject="往査対象拠点の所在地一覧",
    charset="iso-2022-jp",
    body=f"""森下様

お世話になっております。田村です。
期中往査の候補拠点の所在地と代表電話を以下にまとめました。

■本社
　〒104-0031 東京都中央区京橋三丁目9番4号　TEL 03-5542-7710
■大阪支店
　〒541-0053 大阪府大阪市中央区本町二丁目4番11号　TEL 06-6263-5180
■名古屋営業所
　〒460-0008 愛知県名古屋市中区栄四丁目1番8号　TEL 052-242-3370
■川越物流センター
　〒350-1155 埼玉県川越市下赤坂字大野原621　TEL 049-266-8802
■福岡営業所
　〒812-0011 福岡県福岡市博多区博多駅前三丁目22番5号　TEL 092-472-6615
■仙台出張所
　〒980-0021 宮城県仙台市青葉区中央二丁目7番30号　TEL 022-716-9040

各拠点の責任者には、往査日程が決まり次第こちらから連絡いたします。

{sig_a("田村 誠一", "経理部 決算グループ", "tamura.seiichi", "2314")}
""",
    expect="pass", entities=[], detectors=[],
    note="a list of the company's own offices with switchboards: businesses, not people",
)

# 034 — 取扱注意のヘッダーつき XLSX（未払費用の計上根拠）
add(
    sender=TAMURA, to=[HATTORI],
    subject="未払費用の計上根拠資料",
    charset="shift_jis",
    body="""服部様

お世話になっております。田村です。
ご依頼の未払費用（3月末）の計上根拠資料を添付します。
賞与引当金の計算シートも同じファイルの2枚目に入れています。

田村
""",
    attachments=[{"kind": "xlsx", "name": "未払費用_計上根拠_202503.xlsx",
                  "page_header": "取扱注意", "title": "未払費用 計上根拠（取扱注意）",
                  "sheets": {
                      "未払費用": [["【取扱注意】未払費用 計上根拠 2025年3月末"], [],
                               ["科目", "相手先", "内容", "金額(円)", "根拠"],
                               ["未払費用", "青葉運輸株式会社", "3月分 運送費", 18422000, "請求書（4/5着）"],
                               ["未払費用", "錦印刷株式会社", "カタログ印刷", 2310000, "検収書"],
                               ["未払費用", "東京電力（本社ビル）", "3月分 電気料", 1285400, "検針票"]],
                      "賞与引当金": [["支給見込額", 412000000], ["対象期間", "2024/12～2025/3"],
                                 ["繰入額", 274666667]]}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="workbook stamped 取扱注意 (page header and title row) sent outside",
)

# 035 — キックオフ議事録（DOCX、出席者の氏名・役職のみ）
add(
    sender=AZUMA, to=[OSAKO], cc=[MORISHITA, TAMURA],
    subject="期末監査キックオフ 議事録の送付",
    charset="utf-8",
    body=f"""大迫様

先日のキックオフミーティングの議事録を作成しましたので、お送りします。
修正点があればお知らせください。

東
--
東 雅人 / 経営企画部 内部統制推進室
日の出産業株式会社 TEL 03-5542-7722
""",
    attachments=[{"kind": "docx", "name": "議事録_期末監査キックオフ_0410.docx",
                  "paragraphs": ["2025年3月期 期末監査 キックオフミーティング 議事録",
                                 "日時：2025年4月10日（木）10:00～11:30　場所：本社7階 第2会議室",
                                 "1. 監査計画の説明（清流監査法人）",
                                 "2. 重点領域：収益認識、棚卸資産の評価、固定資産の減損",
                                 "3. 依頼資料リストの提出期限：4月25日",
                                 "4. 次回打合せ：5月12日（往査初日）"],
                  "tables": [[["出席者", "所属", "役職"],
                              ["大迫 直樹", "清流監査法人", "マネージャー"],
                              ["森下 拓真", "清流監査法人", "主査"],
                              ["岡島 浩", "日の出産業 経理部", "部長"],
                              ["田村 誠一", "日の出産業 経理部", "課長代理"],
                              ["東 雅人", "日の出産業 内部統制推進室", "室長"]]]}],
    expect="pass", entities=[], detectors=[],
    note="minutes with attendees' names and titles only: no personal data",
)

# 036 — FW: 緊急連絡網（7 名の携帯・住所）を監査法人へ転送
_p = pick(7)
_t = [["氏名", "部署", "携帯電話", "自宅住所"]] + [[p["name"], p["dept"], p["mobile"], p["addr"]] for p in _p]
add(
    sender=SAKAGAMI, to=[MORISHITA],
    subject="FW: 【更新】情報システム部 緊急連絡網（2025年4月版）",
    charset="iso-2022-jp",
    body=f"""森下様

お世話になっております。坂上です。
ご依頼のあった「障害時連絡体制が更新されていることの証跡」として、
人事部からの配信メールを転送いたします。

坂上

-------- 転送メッセージ --------
差出人: 人事部 北条 恵美 <hojo.emi@hinode-sangyo.co.jp>
送信日時: 2025年4月2日 9:41
宛先: 情報システム部 各位
件名: 【更新】情報システム部 緊急連絡網（2025年4月版）

情報システム部の皆さま

4月の人事異動を反映した緊急連絡網です。各自確認をお願いします。

{padcols(_t)}

人事部 北条
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a forwarded internal call tree with seven employees' mobiles and home addresses: new text to the auditor",
)

# 037 — English reply; the list is only in the quoted part
_p = pick(5)
_q = "\n".join(f"> {p['romaji']:<22} {p['emp']}  DOB {seireki(p['dob'], 'iso')}  {p['mobile']}" for p in _p)
add(
    sender=TAMURA, to=["Pimchanok Srisuwan <pimchanok.s@siamaudit.co.th>"],
    subject="Re: Secondee payroll – sample confirmation",
    charset="utf-8",
    body=f"""Dear Ms. Pimchanok,

Thank you. We confirm that all five secondees on your list were on the Japanese payroll
for the whole of FY2024, and that their salaries were recharged to the subsidiary
monthly. The recharge invoices will be uploaded to the portal by Friday.

Best regards,
Seiichi Tamura

On Mon, 14 Apr 2025 at 16:02, Pimchanok Srisuwan <pimchanok.s@siamaudit.co.th> wrote:
> Dear Tamura-san,
>
> Please confirm the payroll status of the following secondees:
>
{_q}
>
> Kind regards,
> Pimchanok
""",
    expect="pass", entities=[], detectors=[],
    note="five people's data appear only in the quoted original mail",
)

# 038 — 社用車運転者の運転免許証番号 5 名（内部監査 → 保険代理店）
_p = pick(5)
_lines = []
for p in _p:
    _lines.append(f"{p['name']}　免許証番号 {rng.randint(10, 63)}{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}"
                  f"　有効期限 {wareki(rand_date(2025, 2028), 'kanji')}　{p['dept']}")
add(
    sender=ICHIKAWA, to=["常盤損保代理店 北野様 <kitano@tokiwa-agency.co.jp>"],
    subject="社用車 運転者の追加登録について",
    charset="iso-2022-jp",
    body=f"""北野様

いつもお世話になっております。日の出産業 総務部の市川です。

社内の内部監査（車両管理）で、社用車を運転している社員のうち
自動車保険の運転者登録がされていない者がいると指摘を受けました。
下記5名を追加登録いただけますでしょうか。

""" + "\n".join(_lines) + """

お手数をおかけしますが、手続きに必要な書類があればお知らせください。

市川 望
日の出産業株式会社 総務部
TEL 03-5542-7725
""",
    expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="driving licence numbers of five employees sent to an insurance agency",
)

# 039 — マネジメントレビュー資料（PPTX, Internal Only）をコンサルへ
add(
    sender=MIKAMI, to=[ODAGIRI],
    subject="マネジメントレビュー資料（ドラフト）のレビュー依頼",
    charset="utf-8",
    body=f"""小田切様

お世話になっております。三上です。
来週のマネジメントレビューで使用する資料のドラフトを添付します。
内部監査結果のまとめ方について、ご意見をいただけますと幸いです。

{sig_b("三上 遥", "総務部 情報セキュリティ推進課", "mikami.haruka", "03-5542-7740")}
""",
    attachments=[{"kind": "pptx", "name": "ISMS_マネジメントレビュー_2025.pptx",
                  "page_footer": "Internal Only – 日の出産業株式会社",
                  "slides": [["ISMS マネジメントレビュー 2025", "情報セキュリティ委員会", "2025年5月"],
                             ["内部監査結果", "不適合 3件（軽微）", "観察事項 7件", "改善の機会 4件"],
                             ["インシデント", "メール誤送信 2件", "USBメモリ紛失 1件（暗号化済み）"],
                             ["来期目標", "標的型メール訓練の開封率 10%未満", "委託先監査の実施率 100%"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="slides carry an 'Internal Only' footer on every page and go to an outside consultant",
)

# 040 — ISMS 内部監査チェックリスト（空のひな形）
add(
    sender=MIKAMI, to=[ODAGIRI],
    subject="内部監査チェックリスト（ひな形）の共有",
    charset="iso-2022-jp",
    body="""小田切様

お世話になっております。三上です。
先日の打合せでお話しした内部監査チェックリストのひな形をお送りします。
附属書Aの管理策ごとの質問例を追記いただけると助かります。

三上 遥
日の出産業 総務部 情報セキュリティ推進課
""",
    attachments=[{"kind": "xlsx", "name": "ISMS内部監査チェックリスト_ひな形.xlsx",
                  "sheets": {"チェックリスト": [["ISMS 内部監査チェックリスト（2025年度）"], [],
                                             ["管理策", "質問", "確認した証跡", "結果", "備考"],
                                             ["5.15 アクセス制御", "", "", "", ""],
                                             ["5.23 クラウドサービス", "", "", "", ""],
                                             ["6.3 教育・訓練", "", "", "", ""],
                                             ["8.13 バックアップ", "", "", "", ""]],
                             "記入要領": [["結果欄は 適合 / 観察 / 不適合 のいずれか"]]}}],
    expect="pass", entities=[], detectors=[],
    note="a blank checklist template: no personal data, no marking",
)

# 041 — 海外出張者 2 名の旅券番号（本文）
_p = pick(2)
_pp = "\n".join(
    f"　{i + 1}）{p['name']}（{p['romaji'].upper()}）　旅券番号：T{rng.choice('KRSZ')}{rng.randint(1000000, 9999999)}"
    f"　生年月日：{seireki(p['dob'], 'slash')}" for i, p in enumerate(_p))
add(
    sender=SAEKI, to=[HATTORI],
    subject="海外出張旅費サンプル（No.9、No.11）の補足",
    charset="utf-8",
    body=f"""服部様

お世話になっております。佐伯です。
海外出張旅費のサンプル2件について、出張の実在性を示す資料として
航空券の予約記録にある旅券情報を下記にお知らせします。

{_pp}

搭乗券の控えは本人から回収中のため、来週お送りします。

佐伯
""",
    expect="stop", entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="passport numbers of two employees in the body (identity document numbers)",
)

# 042 — 残高確認の回答状況（HTML 添付、取引先＝法人のみ）
_cos = ["川崎電機株式会社", "北国フーズ株式会社", "錦印刷株式会社", "株式会社丸栄化成",
        "東邦パッケージ株式会社", "株式会社北斗物産", "日進ロジテック株式会社"]
_tr = "".join(f"<tr><td>{c}</td><td>{rng.choice(['売掛金', '買掛金'])}</td>"
              f"<td align='right'>{rng.randrange(3000000, 180000000, 1000):,}</td>"
              f"<td>{rng.choice(['回答済・一致', '回答済・差異あり', '未回答'])}</td></tr>" for c in _cos)
add(
    sender=TAMURA, to=[MORISHITA],
    subject="残高確認の回答状況（4/28時点）",
    charset="iso-2022-jp",
    body="""森下様

お世話になっております。田村です。
残高確認の回答状況を社内で集計しましたので、一覧をお送りします。
差異ありの2社については、差異分析を今週中にお送りします。

田村
""",
    attachments=[{"kind": "html", "name": "残高確認_回答状況_0428.html",
                  "html": "<html><meta charset='utf-8'><body><h3>残高確認 回答状況（2025/4/28）</h3>"
                          "<table border='1'><tr><th>相手先</th><th>科目</th><th>帳簿残高</th><th>状況</th></tr>"
                          + _tr + "</table></body></html>"}],
    expect="pass", entities=[], detectors=[],
    note="confirmation status by company: a list of businesses, not people",
)

# 043 — 退職給付計算基礎データ（氏名なし、30 行）を年金数理人と監査法人へ
_rows = [["社員番号", "性別", "生年月日", "入社年月日", "職種区分", "基準給与", "退職金ポイント"]]
for _ in range(30):
    dob = rand_date(1963, 2002)
    _rows.append([f"{rng.randint(100000, 399999)}", rng.choice(["男", "女"]), seireki(dob, "slash"),
                  seireki(rand_date(max(dob.year + 18, 1985), 2024), "slash"),
                  rng.choice(["総合職", "一般職", "技能職"]), rng.randrange(198000, 520000, 100),
                  rng.randint(20, 980)])
add(
    sender=HOJO, to=["数理計算担当 吉岡様 <yoshioka@tokyo-actuary.co.jp>"], cc=[KATAGIRI],
    subject="退職給付債務計算 基礎データ（2025年3月末）",
    charset="utf-8",
    body=f"""東京アクチュアリー・コンサルティング
吉岡様

（cc：清流監査法人 片桐様）

いつもお世話になっております。日の出産業 人事部の北条です。
2025年3月末の退職給付債務計算用の基礎データをお送りします。
氏名は削除し、社員番号のみとしています。監査法人様にも同じデータを共有いたします。

{sig_c("北条 恵美", "人事部 給与厚生課", "hojo.emi")}
""",
    attachments=[{"kind": "csv", "name": "退職給付_基礎データ_20250331.csv", "encoding": "utf-8",
                  "rows": _rows}],
    expect="stop", entities=["DATE_OF_BIRTH"],
    detectors=["personal_data", "multiple_external_domains"],
    note="30 employee rows (birth dates, hire dates, pay) without a name column: still a list of people",
)

# 044 — 社内のみ: マイナンバー管理の内部監査で 4 名分の番号を照合
_p = pick(4)
_body = "\n".join(f"  {p['emp']}  {p['name']:　<8}  {next_my_number()}  （本人確認書類：{rng.choice(['通知カード＋運転免許証', 'マイナンバーカード'])}）"
                  for p in _p)
add(
    sender=NONOMURA, to=["マイナンバー事務取扱担当 <mynumber-tanto@hinode-sangyo.co.jp>"], cc=[KUBOTA],
    subject="【内部監査】特定個人情報の登録内容照合（4件）",
    charset="utf-8",
    body=f"""事務取扱担当者各位

内部監査室の野々村です。
特定個人情報の取扱状況監査で、抽出した4件について
システム登録値と本人確認書類の写しとの照合をお願いします。

{_body}

照合結果は監査室フォルダ（アクセス権限：監査室・事務取扱担当者のみ）に
記録してください。本メールは照合後に削除をお願いします。

野々村
""",
    expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=[],
    note="My Numbers inside an internal-only mail between the audit office and the My Number handlers",
)

# 045 — ツバサシステムの look-alike（tsubasa-sytem.jp, letter dropped）
add(
    sender=SAKAGAMI, to=["坂口 彩 <a.sakaguchi@tsubasa-sytem.jp>"],
    subject="特権IDの操作ログ提出のお願い（監査対応）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム
坂口様

お世話になっております。日の出産業 情報システム部の坂上です。

監査法人によるIT全般統制の評価で、販売管理サーバの特権ID操作ログ
（2025年1月～3月分）の提出を求められております。
お手数ですが、4月30日までにご提供いただけますでしょうか。

{sig_b("坂上 大輔", "情報システム部", "sakagami.daisuke", "03-5542-7730")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp is a look-alike of partner tsubasa-system.jp",
)

# 046 — 社員の逮捕（刑事事件）に関する相談を顧問弁護士へ（1 名、要配慮）
_p = pick(1)[0]
add(
    sender=KUBOTA, to=[SHIRAKAWA],
    subject="社員の刑事事件に関するご相談（内部監査室）",
    charset="iso-2022-jp",
    body=f"""白川先生

いつも大変お世話になっております。日の出産業 内部監査室の久保田です。

経費精算の内部監査を進めていたところ、下記社員が先週、業務とは別の
窃盗事件で警察に逮捕されたことが判明しました。

　氏名：{_p['name']}（{_p['dept']}、社員番号 {_p['emp']}）
　生年月日：{seireki(_p['dob'], 'kanji')}
　状況：4月18日に逮捕、現在勾留中（家族からの連絡による）

当該社員の過去の経費精算にも不審な点があるため、懲戒手続と
監査の進め方について、一度ご相談の時間をいただけますでしょうか。

{sig_a("久保田 玲子", "内部監査室 室長", "kubota.reiko", "2470")}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="arrest of one named employee (要配慮個人情報: criminal matter) sent outside, even to the company's lawyer",
)

# 047 — マイナンバーという語は出るが番号はない（Pマーク指摘への回答）
add(
    sender=MIYAKOSHI, to=[FUJIEDA],
    subject="Re: 現地審査での指摘事項（是正報告）",
    charset="iso-2022-jp",
    body="""藤枝様

お世話になっております。日の出産業の宮越です。
先日の現地審査でご指摘いただいた事項について、是正内容をご報告いたします。

【指摘1】マイナンバー（個人番号）を含む書類の保管期限管理が不十分
　→ 特定個人情報の管理台帳に「廃棄予定日」欄を追加し、毎月の点検項目に
　　組み込みました。退職者の扶養控除等申告書は法定保存期間経過後、
　　速やかに溶解処理することを手順書に明記しました。

【指摘2】個人情報保護教育の未受講者へのフォロー
　→ 未受講者12名に対し、5月中にeラーニングでの受講を完了させました。

是正の証跡は次回審査時にご確認いただけるよう準備しております。
よろしくお願いいたします。

宮越
""",
    expect="pass", entities=[], detectors=[],
    note="talks about My Number handling but carries no number and no person's data",
)

# 048 — 個人の研修講師 5 名（1 名 1 ブロック）を監査法人へ
_p = pick_out(5)
_blocks = []
for i, p in enumerate(_p, 1):
    _blocks.append(f"【{i}】\n氏名：{p['name']}（{p['kana']}）\n住所：〒{p['zip']} {p['addr']}\n"
                   f"電話：{p['mobile']}\n振込先：{bank_str(p['bank'], 2)}\n"
                   f"委託内容：{rng.choice(['新入社員研修 講師', '管理職研修 講師', '安全衛生教育 講師', 'Excel研修 講師', '英会話研修 講師'])}")
add(
    sender=SAEKI, to=[HATTORI],
    subject="研修費の支払先（個人講師）について",
    charset="shift_jis",
    body=f"""服部様

お世話になっております。経理部の佐伯です。
研修費サンプルの支払先について、個人の講師5名の登録情報を
お知らせします。源泉徴収の対象者です。

""" + "\n\n".join(_blocks) + """

以上、よろしくお願いいたします。
佐伯
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="five individual instructors, one block each, with addresses, phones and bank accounts",
)

# 049 — 原本送付の追跡番号（12 桁、個人番号ではない）
_tr1, _tr2 = not_my_number12(), not_my_number12()
add(
    sender=TAMURA, to=[MORISHITA],
    subject="契約書原本の送付について（追跡番号）",
    charset="iso-2022-jp",
    body=f"""森下様

お世話になっております。田村です。
ご依頼の契約書原本（3件）を本日宅配便にて発送いたしました。

　1箱目：お問い合わせ伝票番号 {_tr1[:4]}-{_tr1[4:8]}-{_tr1[8:]}
　2箱目：お問い合わせ伝票番号 {_tr2}

到着は明日午前の予定です。ご確認後、6月上旬までにご返却いただけますと幸いです。

--
田村 誠一（経理部 決算グループ）
日の出産業株式会社 TEL 03-5542-7714
""",
    expect="pass", entities=[], detectors=[],
    note="12-digit parcel tracking numbers, not My Numbers",
)

# 050 — 壊れた PDF（証憑スキャン）
add(
    sender=SAEKI, to=[HATTORI],
    subject="証憑スキャン（3月分）",
    charset="utf-8",
    body="""服部様

佐伯です。3月分の証憑スキャンをお送りします。
容量の関係で1ファイルにまとめています。

佐伯
""",
    attachments=[{"kind": "corrupt", "name": "証憑スキャン_3月分.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt: it cannot be inspected",
)

# 051 — Pマーク審査機関＋コンサル（2 社）
add(
    sender=MIYAKOSHI, to=[FUJIEDA], cc=[ODAGIRI],
    subject="更新審査の事前打合せについて",
    charset="iso-2022-jp",
    body="""藤枝様
（cc：リスクブリッジ 小田切様）

いつもお世話になっております。日の出産業の宮越です。

更新審査に向けた事前打合せの件、6月18日（水）10時からでお願いいたします。
当社の運用支援をお願いしているリスクブリッジの小田切様にも同席いただく予定です。

当日はオンライン（Zoom）で、URLは前日までにお送りします。

宮越
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations (assessor and consultant): a normal three-way mail",
)

# 052 — 障害者雇用の状況（障害種別・等級）5 名を社労士へ
_p = pick(5)
_kinds = [("身体障害（下肢）", "3級"), ("精神障害", "2級"), ("知的障害", "B2"), ("身体障害（聴覚）", "4級"),
          ("精神障害（発達障害）", "3級")]
_lines = ["No,氏名,所属,障害の種別,等級,手帳交付日,勤務時間"]
for i, (p, (k, g)) in enumerate(zip(_p, _kinds), 1):
    _lines.append(f"{i},{p['name']},{p['dept']},{k},{g},{seireki(rand_date(2005, 2022), 'slash')},"
                  f"{rng.choice(['週30時間', '週20時間', 'フルタイム'])}")
add(
    sender=HOJO, to=[HOSHINO],
    subject="障害者雇用状況報告の確認依頼",
    charset="utf-8",
    body=f"""星野先生

お世話になっております。北条です。
内部監査で障害者雇用率の算定根拠の確認を求められたため、
現在の在籍者の状況を整理しました。カウント方法に誤りがないか
ご確認いただけますでしょうか。

""" + "\n".join(_lines) + f"""

※短時間労働者の算定（0.5カウント）の扱いも併せてご教示ください。

{sig_b("北条 恵美", "人事部 給与厚生課", "hojo.emi", "03-5542-7718")}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="disability type and grade of five named employees (要配慮個人情報) to an outside consultant",
)

# 053 — さくらホテルへ往査チームの宿泊予約（事業者への手配）
add(
    sender=TAMURA, to=["予約センター <reserve@sakura-hotel.jp>"],
    subject="宿泊予約のお願い（5/14～5/16 大阪 3名）",
    charset="iso-2022-jp",
    body=f"""さくらホテル大阪本町
ご予約ご担当者様

いつもお世話になっております。日の出産業株式会社の田村です。
法人契約にて、下記のとおり宿泊の手配をお願いいたします。

　宿泊日：5月14日（水）～5月16日（金）2泊
　人数：3名（シングル3室、禁煙）
　ご宿泊者：清流監査法人 森下様、片桐様、服部様
　お支払い：当社あて請求書払い（法人コード HS-0417）

確認書は田村あてにお送りください。

{sig_a("田村 誠一", "経理部 決算グループ", "tamura.seiichi", "2314")}
""",
    expect="pass", entities=[], detectors=[],
    note="hotel booking for three auditors: names only, no personal data about them",
)

# 054 — 給与台帳（旧形式 XLS）12 名
_p = pick(12)
_rows = [["社員番号", "氏名", "フリガナ", "生年月日", "入社日", "扶養人数", "基本給", "役職手当", "家族手当"]]
for p in _p:
    _rows.append([p["emp"], p["name"], p["kana"], seireki(p["dob"], "slash"), seireki(p["hire"], "slash"),
                  rng.randint(0, 4), rng.randrange(205000, 460000, 500), rng.choice([0, 0, 20000, 45000]),
                  rng.choice([0, 10000, 15000, 25000])])
add(
    sender=HOJO, to=[KATAGIRI],
    subject="給与台帳（2024年度）抜粋",
    charset="shift_jis",
    body="""片桐様

お世話になっております。北条です。
ご依頼の給与台帳の抜粋（サンプル12名）をお送りします。
システムの出力形式の関係で .xls になっております。

北条
人事部 給与厚生課 03-5542-7718
""",
    attachments=[{"kind": "xls", "name": "給与台帳_2024_抜粋.xls", "sheets": {"台帳": _rows}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="legacy .xls payroll ledger of 12 employees with birth dates",
)

# 055 — ZIP（暗号化なし）: 経費精算 CSV（10 名の口座）＋手順書 PDF
_p = pick(10)
_rows = [["申請番号", "申請者", "社員番号", "金額", "振込先"]]
for p in _p:
    _rows.append([f"EX-2502-{rng.randint(1000, 9999)}", p["name"], p["emp"], rng.randrange(3000, 120000, 10),
                  bank_str(p["bank"])])
add(
    sender=SAEKI, to=[HATTORI],
    subject="2月分 経費精算データ（期中監査）",
    charset="iso-2022-jp",
    body="""服部様

佐伯です。
2月分の経費精算データと、抽出手順の説明をZIPにまとめてお送りします。
（パスワードはかけておりません）

佐伯
""",
    attachments=[{"kind": "zip", "name": "経費精算_2月分.zip",
                  "files": [{"kind": "csv", "name": "経費精算_202502.csv", "encoding": "utf-8", "rows": _rows},
                            {"kind": "pdf", "name": "抽出手順.pdf",
                             "lines": ["経費精算データの抽出手順", "1. 精算システムにログイン",
                                       "2. 対象月を指定してCSV出力", "3. 金額0円の行を除外"]}]}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="plain ZIP holding a CSV of ten employees with bank accounts",
)

# 056 — 監査報酬の見積書（PDF、事務所の振込先のみ）
add(
    sender=OKAJIMA, to=[OSAKO],
    subject="Re: 2025年度 監査報酬のお見積りについて",
    charset="iso-2022-jp",
    body="""大迫様

お世話になっております。経理部の岡島です。
お見積書を拝受いたしました。ありがとうございます。

前年比で監査時間が120時間増となっている点について、
内訳（IT監査、連結子会社の追加手続）を次回の打合せでご説明いただけますでしょうか。
社内の決裁は6月の取締役会を予定しております。

岡島 浩
日の出産業株式会社 経理部長
""",
    attachments=[{"kind": "pdf", "name": "見積書_2025年度監査報酬_清流監査法人.pdf",
                  "lines": ["御見積書", "日の出産業株式会社 御中", "件名：2025年度 金融商品取引法・会社法監査",
                            "監査報酬（税抜）：42,000,000円", "うち IT監査：3,600,000円",
                            "お振込先：みどり銀行 本店営業部 普通 0123456 有限責任清流監査法人",
                            "登録番号：T" + corp_number()]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="audit fee quote; the firm's own bank account and T-number are business data",
)

# 057 — 転送メールを添付（eml）: 健康保険証の記号・番号 5 名
_p = pick(5)
_t = [["氏名", "生年月日", "記号", "番号", "資格取得日"]]
for p in _p:
    _t.append([p["name"], seireki(p["dob"], "kanji"), f"{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}",
               str(rng.randint(1, 399)), f"2025/04/{rng.choice([1, 1, 1, 7, 14]):02d}"])
add(
    sender=HOJO, to=[HOSHINO],
    subject="FW: 資格取得届の提出状況（健康保険）",
    charset="utf-8",
    body="""星野先生

お世話になっております。北条です。
内部監査で、中途入社者の社会保険の資格取得届が遅れているとの指摘がありました。
社内でやり取りしたメールを添付しますので、状況をご確認ください。

北条
""",
    attachments=[{"kind": "eml", "name": "資格取得届の提出状況.eml",
                  "message": {"sender": "人事部 労務担当 <romu@hinode-sangyo.co.jp>", "to": [HOJO],
                              "subject": "資格取得届の提出状況（健康保険）", "charset": "utf-8",
                              "body": "北条さん\n\n4月入社者の健康保険証の発行状況です。\n\n"
                                      + padcols(_t) + "\n\n上の2名は届出が5日遅れでした。\n労務担当"}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="attached (forwarded) mail lists five employees' health insurance card symbols and numbers",
)

# 058 — 経費精算 1 名分の明細（口座つき）: 1 名なので通す
_p = pick(1)[0]
add(
    sender=SAEKI, to=[HATTORI],
    subject="Re: サンプルNo.7 の立替金について",
    charset="iso-2022-jp",
    body=f"""服部様

お世話になっております。佐伯です。
サンプルNo.7の立替精算について、ご質問の件を回答いたします。

　申請者：{_p['name']}（{_p['dept']}）
　精算額：86,420円（展示会出展時の備品立替）
　振込日：2025年3月25日
　振込先：{bank_str(_p['bank'])}

振込先は本人の給与振込口座と同一であることを確認済みです。

佐伯
""",
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="one employee's bank account in a reply to the auditor: a single person's record, may be warned",
)

# 059 — 仮払金の未精算者一覧（全角スペースで桁揃え、全角数字の携帯）6 名
_p = pick(6)
_t = [["氏名", "社員番号", "仮払日", "金額", "携帯"]]
for p in _p:
    _t.append([p["name"].replace(" ", "　"), fw(p["emp"][1:]), fw(f"3/{rng.randint(1, 28)}"),
               fw(f"{rng.randrange(30000, 300000, 1000):,}"), fw(p["mobile"])])
add(
    sender=SAEKI, to=[MORISHITA],
    subject="仮払金（未精算）の明細",
    charset="iso-2022-jp",
    body=f"""森下様

お世話になっております。佐伯です。
3月末時点で未精算となっている仮払金の明細です。
本人へは精算を督促済みですが、必要であれば直接ご確認いただいても構いません。

{padcols(_t, fullwidth=True)}

佐伯
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six employees with full-width mobile numbers in full-width padded columns",
)

# 060 — 全角のカード番号（立替精算の説明で個人カード番号を記載）
_p = pick(1)[0]
_card = next_card()
add(
    sender=SAEKI, to=[HATTORI],
    subject="Re: 個人カードでの立替について",
    charset="utf-8",
    body=f"""服部様

佐伯です。ご質問の件、本人に確認しました。
法人カードの限度額に達していたため、{_p['name']}さんが個人のカードで
ホテル代を立て替えたとのことです。カード会社の明細に記載の番号は以下です。

　カード番号：{fw(card_groups(_card, '-'))}
　ご利用日：２０２５年２月１８日
　金額：４８，６００円

領収書の原本は経理で保管しております。

佐伯
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="an employee's personal card number written in full-width digits",
)

# 061 — 表示ルールの説明（「社外秘」「Confidential」に言及するだけ）
add(
    sender=MIKAMI, to=[OTOMO],
    subject="Re: 不適合（情報の分類）に対する是正処置のご報告",
    charset="iso-2022-jp",
    body="""大友様

お世話になっております。三上です。
ご指摘の「情報のラベル付けが規程どおりに行われていない」件につき、
是正処置をご報告します。

・情報分類規程を改定し、文書のヘッダーに表示する区分を
　「社外秘」「部外秘」「公開」の3区分に整理しました（英文文書では
　Confidential / Internal / Public と表記）。
・メール本文に区分を表示する運用はやめ、添付文書側で表示することとしました。
・全社員向けに分類ルールの説明会を5月に2回実施しました。

改訂後の規程は次回審査時にご確認いただけます。

三上
""",
    expect="pass", entities=[], detectors=[],
    note="explains the classification labels; mentions 社外秘/Confidential without marking this mail",
)

# 062 — 川崎電機の look-alike（kawasaki-denkl.co.jp, homoglyph）
add(
    sender=TAMURA, to=["経理部 売掛金ご担当 <urikake@kawasaki-denkl.co.jp>"],
    subject="残高確認書ご返送のお願い",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
経理部 ご担当者様

平素より大変お世話になっております。日の出産業 経理部の田村でございます。

先日、当社の監査法人より2025年3月31日現在の債権債務残高確認書を
お送りしております。お手数ですが、4月25日までにご返送いただけますよう
お願い申し上げます。

{sig_c("田村 誠一", "経理部 決算グループ", "tamura.seiichi")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kawasaki-denkl.co.jp (l for i) is a homoglyph look-alike of partner kawasaki-denki.co.jp",
)

# 063 — 社内のみ（サブドメイン）: 二次検査の受診状況
_p = pick(3)
add(
    sender=ICHIKAWA, to=["人事部長 <jinji-bucho@hinode-sangyo.co.jp>"],
    cc=["産業保健スタッフ <sangyo-hoken@mail.hinode-sangyo.co.jp>"],
    subject="二次検査の受診状況（内部監査指摘のフォロー）",
    charset="iso-2022-jp",
    body="\n".join([
        "部長", "", "総務部の市川です。内部監査で指摘のあった二次検査未受診者のうち、",
        "下記3名はまだ受診が確認できていません。", "",
        *[f"・{p['name']}（{p['dept']}）　所見：{f}" for p, f in
          zip(_p, ["高血圧（要精密検査）", "糖尿病の疑い", "心電図異常"])],
        "", "所属長経由で受診勧奨を行います。", "", "市川"]),
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="health findings of named employees, but all recipients are internal",
)

# 064 — English: secondee allowance sample (romaji names, DOB, home address, bank)
_p = pick(6)
_rows = [["FY2024 Expatriate allowance – sample for component audit"], [],
         ["Name", "Employee No.", "Date of birth", "Home address (Japan)", "Bank account (Japan)",
          "Monthly allowance (THB)"]]
for p in _p:
    b = p["bank"]
    _rows.append([p["romaji"], p["emp"], seireki(p["dob"], "iso"), p["addr"],
                  f"{b[0]} {b[1]} {b[3]}", rng.randrange(45000, 120000, 500)])
add(
    sender=HOJO, to=["Pimchanok Srisuwan <pimchanok.s@siamaudit.co.th>"], cc=[TAMURA],
    subject="Expatriate allowance – requested sample (6 employees)",
    charset="utf-8",
    body=f"""Dear Ms. Pimchanok,

As requested by Mr. Tamura, please find attached the expatriate allowance details for
the six secondees in your sample, including the Japanese bank accounts to which the
home-country portion is paid.

{sig_en("Emi Hojo", "Payroll & Benefits, HR Dept.", "hojo.emi")}
""",
    attachments=[{"kind": "xlsx", "name": "Expat_allowance_sample_FY2024.xlsx",
                  "sheets": {"Sample": _rows, "Notes": [["Source", "HR payroll system, March 2025"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six secondees' romaji names, birth dates, home addresses and bank accounts to a foreign auditor",
)

# 065 — 依頼資料リスト（PBC）の進捗（資料名のみ）
add(
    sender=TAMURA, to=[MORISHITA], cc=[HATTORI],
    subject="依頼資料リスト（PBC）進捗 第3版",
    charset="utf-8",
    body="""森下様

田村です。依頼資料リストの進捗を更新しました（第3版）。
未提出は残り6件で、うち4件は5月9日までに格納予定です。

田村
""",
    attachments=[{"kind": "xlsx", "name": "PBC_進捗_第3版.xlsx",
                  "sheets": {"PBC": [["依頼資料リスト 進捗管理（第3版 4/30）"], [],
                                     ["No", "資料名", "担当部署", "期限", "状況"],
                                     [1, "試算表（3月末）", "経理部", "4/25", "提出済"],
                                     [2, "固定資産台帳", "経理部", "4/25", "再提出予定"],
                                     [3, "棚卸集計表", "物流部", "4/28", "提出済"],
                                     [4, "賞与引当金計算シート", "人事部", "5/2", "作成中"],
                                     [5, "取締役会議事録（1～3月）", "総務部", "5/9", "未着手"],
                                     [6, "ITGC 変更管理台帳", "情報システム部", "5/9", "作成中"]]}}],
    expect="pass", entities=[], detectors=[],
    note="a request-list tracker: document names and departments only",
)

# 066 — 残高確認の事前案内: 取引先 5 社を Cc に入れてしまった
add(
    sender=TAMURA, to=["経理ご担当 <keiri@kitaguni-foods.co.jp>"],
    cc=["経理部 <keiri@kawasaki-denki.co.jp>", "総務経理課 <soumu@nishiki-insatsu.co.jp>",
        "経理課 <accounting@maruei-kasei.co.jp>", "財務部 <zaimu@toho-package.co.jp>"],
    subject="残高確認書送付の事前のご案内",
    charset="iso-2022-jp",
    body="""お取引先各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 経理部でございます。

当社の会計監査人である有限責任 清流監査法人より、2025年3月31日現在の
債権債務残高確認書が4月上旬に貴社あてに発送されます。
お手数ではございますが、記載の残高をご確認のうえ、監査法人あてに
直接ご返送くださいますようお願い申し上げます。

日の出産業株式会社 経理部 決算グループ
TEL 03-5542-7714
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five customer/supplier companies in To/Cc see each other: should have been Bcc",
)

# 067 — 家族手当の検証: 扶養家族一覧（和暦の生年月日、CSV UTF-8 BOM）7 名
_p = pick(7)
_rows = [["社員番号", "社員氏名", "扶養家族氏名", "続柄", "生年月日", "家族手当"]]
_given = ["陽菜", "蒼", "結衣", "湊", "美智子", "悠真", "紬", "健一"]
for p in _p:
    rel = rng.choice(["子", "子", "配偶者", "父", "母"])
    if rel == "子":
        d = rand_date(max(p["dob"].year + 22, 2003), 2020)
    elif rel == "配偶者":
        d = rand_date(p["dob"].year - 4, p["dob"].year + 5)
    else:
        d = rand_date(p["dob"].year - 34, p["dob"].year - 24)
    _rows.append([p["emp"], p["name"], p["name"].split()[0] + " " + rng.choice(_given), rel,
                  wareki(d, rng.choice(["kanji", "abbr"])), rng.choice([5000, 10000, 15000])])
add(
    sender=HOJO, to=[KATAGIRI],
    subject="家族手当の支給対象者一覧",
    charset="utf-8",
    body="""片桐様

お世話になっております。北条です。
家族手当の検証用に、支給対象の扶養家族一覧をCSVでお送りします。
生年月日はシステムの仕様上、和暦表記になっております。

北条
""",
    attachments=[{"kind": "csv", "name": "家族手当_支給対象者.csv", "encoding": "utf-8-sig", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="seven employees' dependants with 和暦 birth dates in a CSV",
)

# 068 — 審査当日の連絡先（社員 2 名の携帯）
add(
    sender=MIKAMI, to=[OTOMO],
    subject="維持審査当日の連絡先",
    charset="iso-2022-jp",
    body="""大友様

お世話になっております。三上です。
審査当日（6月11日）の受付・連絡先をお知らせします。

　当日連絡先１：坂上 大輔（情報システム部）　080-4471-9025
　当日連絡先２：能登 友美（総務部）　　　　　090-3318-2764
　※私は午前中、別件の立会いで席を外しております。

正面玄関の受付で「ISMS審査」とお伝えください。

三上
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two colleagues' mobile numbers as day-of contacts: fewer than five people, may be warned",
)

# 069 — 労災事故 1 名（診断名つき）を社労士へ
_p = pick(1)[0]
add(
    sender=ICHIKAWA, to=[HOSHINO],
    subject="労災事故報告の遅延について（ご相談）",
    charset="utf-8",
    body=f"""星野先生

いつもお世話になっております。日の出産業 総務部の市川です。

内部監査で、昨年11月に川越物流センターで発生した労災事故について
労働者死傷病報告の提出が遅れていたことが判明しました。

　被災者：{_p['name']}（{_p['dept']}、{seireki(_p['dob'], 'kanji')}生）
　発生日：2024年11月7日
　傷病名：右脛骨骨折、腰椎捻挫（診断書より）
　休業日数：42日

遅延理由書の書き方についてご指導いただけますでしょうか。

市川 望
日の出産業株式会社 総務部 安全衛生担当 / TEL 03-5542-7725
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's injury diagnosis (health information) sent outside",
)

# 070 — 集計値のみ（部署別人員・平均給与）
add(
    sender=HOJO, to=[KATAGIRI],
    subject="部署別 人員・人件費の集計",
    charset="shift_jis",
    body=f"""片桐様

北条です。分析的手続用に部署別の集計値をお送りします。

部署            人員  平均月額給与  時間外(h/月)
--------------  ----  ------------  ------------
営業部            84      412,300          18.4
物流部            57      356,800          24.9
製造部           112      338,100          21.2
管理部門          46      398,700          12.6
合計/平均        299      368,900          20.1

前年からの平均給与の増加（+3.2%）は4月のベースアップによるものです。

北条
""",
    expect="pass", entities=[], detectors=[],
    note="aggregated headcount and pay by department: no individual",
)

# 071 — 自社ドメインの look-alike（hinode-sangyo-co.jp, hyphen for dot）
add(
    sender=AZUMA, to=["東 雅人 <azuma.masato@hinode-sangyo-co.jp>"],
    subject="J-SOX 評価範囲の検討メモ（自宅作業用）",
    charset="utf-8",
    body="""（自分宛て）

評価範囲の検討メモ、週末に見直す分。
・全社的な内部統制：連結子会社2社を追加
・業務プロセス：売上高の2/3基準で本社・大阪支店
・決算財務報告プロセス：前年どおり

月曜に室内で共有する。
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp (hyphen for a dot) is a look-alike of the own domain",
)

# 072 — パスワード保護 PDF（源泉徴収簿）
add(
    sender=HOJO, to=[HATTORI],
    subject="源泉徴収簿（2024年分）",
    charset="iso-2022-jp",
    body="""服部様

北条です。2024年分の源泉徴収簿をPDFでお送りします。
閲覧パスワードは前回と同じです。

北条
""",
    attachments=[{"kind": "pdf", "name": "源泉徴収簿_2024.pdf", "password": "hinode0331",
                  "lines": ["源泉徴収簿 2024年分", "（本文は暗号化されています）"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF: it cannot be inspected",
)

# 073 — 入館手続のための来訪者 4 名（監査法人のメンバー、氏名のみ）
add(
    sender=TAMURA, to=[MORISHITA],
    subject="往査時の入館手続について",
    charset="iso-2022-jp",
    body="""森下様

田村です。往査期間中の入館証を発行しますので、来訪者のお名前に
誤りがないかご確認ください。

　森下 拓真 様
　片桐 沙織 様
　服部 健吾 様
　大迫 直樹 様（5/16のみ）

初日は9時に1階受付へお越しください。

田村
""",
    expect="pass", entities=[], detectors=[],
    note="names of four visiting auditors for building passes; no other data about them",
)

# 074 — either: ヒアリング対象者 6 名（社員番号・氏名・所属のみ）
_p = pick(6)
_t = [["社員番号", "氏名", "所属"]] + [[p["emp"], p["name"], p["dept"]] for p in _p]
add(
    sender=AZUMA, to=[MORISHITA],
    subject="Re: 統制運用テストのヒアリング対象者",
    charset="iso-2022-jp",
    body=f"""森下様

東です。ご依頼のヒアリング対象者（承認者）6名は以下のとおりです。

{padcols(_t)}

各自のスケジュールを確認のうえ、時間割をお送りします。

東
""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="six employees with staff numbers and departments only: an identifier list or just business contacts",
)

# 075 — Pマーク審査: 要配慮個人情報の取得記録サンプル（PDF 表）5 名
_p = pick(5)
_tbl = [["No", "氏名", "取得日", "取得した要配慮個人情報", "取得目的", "本人同意"]]
for i, (p, s) in enumerate(zip(_p, ["既往歴（喘息）", "通院歴（うつ病）", "障害の状況（聴覚）", "既往歴（心疾患）",
                                      "健康診断結果（要再検）"]), 1):
    _tbl.append([str(i), p["name"], seireki(rand_date(2024, 2024), "slash"), s,
                 rng.choice(["就業上の配慮", "休職・復職判定", "合理的配慮の検討"]), "書面同意あり"])
add(
    sender=MIYAKOSHI, to=[FUJIEDA],
    subject="要配慮個人情報の取得記録（サンプル提出）",
    charset="utf-8",
    body="""藤枝様

お世話になっております。宮越です。
審査で確認したいとのことでしたので、要配慮個人情報の取得記録から
5件を抜粋してPDFにしました。同意書の写しは当日ご覧いただけます。

宮越
""",
    attachments=[{"kind": "pdf", "name": "要配慮個人情報_取得記録_抜粋.pdf",
                  "lines": ["要配慮個人情報 取得記録（抜粋）", ""], "table": _tbl}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="medical history of five named employees in a PDF table sent to the Privacy Mark assessor",
)

# 076 — 監査法人の指摘（マイナンバーのマスキング漏れ）を引用して返信
_p = pick(1)[0]
_mn = next_my_number()
add(
    sender=HOJO, to=[HATTORI], cc=[MIYAKOSHI],
    subject="Re: 提出資料における個人番号の記載について",
    charset="iso-2022-jp",
    body=f"""服部様

ご指摘ありがとうございます。大変失礼いたしました。
該当の源泉徴収票の写しは当方でも削除し、個人番号をマスキングしたものを
あらためて共有フォルダに格納いたしました。お手元の受領分は破棄をお願いいたします。

今後、監査法人様への提出資料は、個人番号欄を必ずマスキングしてから
ダブルチェックのうえ提出する手順に改めます。

北条

> 北条様
>
> 先日ご提出いただいた源泉徴収票の写しのうち、1名分について
> 個人番号がマスキングされずに記載されておりました。
>   {_p['name']}様　個人番号 {_mn[:4]} {_mn[4:8]} {_mn[8:]}
> 監査上、個人番号は不要ですので、マスキング済みのものへの差し替えと
> 当方受領分の破棄についてご指示ください。
>
> 清流監査法人 服部
""",
    expect="pass", entities=[], detectors=[],
    note="the My Number appears only in the auditor's quoted mail (lines starting with >)",
)

# 077 — 健康保険証の記号・番号（1 名）を本文に
_p = pick(1)[0]
add(
    sender=HOJO, to=[HOSHINO],
    subject="被保険者証の再発行手続について",
    charset="iso-2022-jp",
    body=f"""星野先生

お世話になっております。北条です。
内部監査の過程で、下記社員の被保険者証が氏名変更後も旧姓のままになっている
ことが分かりました。再発行の手続をお願いできますでしょうか。

　氏名（新）：{_p['name']}
　旧姓：小池
　健康保険被保険者証　記号 {rng.randint(1000000, 9999999)}　番号 {rng.randint(10, 250)}
　生年月日：{wareki(_p['dob'], 'abbr')}

婚姻による氏名変更届は4月1日付で受理済みです。

北条
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one employee's health insurance card symbol and number: a social insurance number",
)

# 078 — 基礎年金番号の一覧（XLSX 複数シート）5 名
_p = pick(5)
_rows = [["厚生年金 資格取得者一覧（2025年4月入社）"], [],
         ["社員番号", "氏名", "生年月日", "基礎年金番号", "資格取得日", "標準報酬月額"]]
for p in _p:
    _rows.append([p["emp"], p["name"], seireki(p["dob"], "slash"),
                  f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}", "2025/04/01",
                  rng.choice([240000, 260000, 280000, 300000])])
add(
    sender=HOJO, to=[HOSHINO],
    subject="4月入社者の資格取得届（確認用データ）",
    charset="utf-8",
    body="""星野先生

北条です。4月入社者5名分の資格取得届の作成用データをお送りします。
内部監査で届出期限（5日以内）の遵守を確認されるため、
本日中に電子申請いただけますと助かります。

北条
""",
    attachments=[{"kind": "xlsx", "name": "資格取得者一覧_202504.xlsx",
                  "sheets": {"一覧": _rows, "集計": [["対象者数", 5], ["提出期限", "2025/04/07"]],
                             "変更履歴": [["日付", "内容"], ["2025/04/02", "初版"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="basic pension numbers of five new hires in a workbook sent outside",
)

# 079 — 個人で活動する審査員（outlook.jp）1 名へ日程連絡
add(
    sender=MIKAMI, to=["伊達 審査員 <date.shinsa.office@outlook.jp>"],
    subject="ISMS内部監査（外部監査員）の実施日程について",
    charset="iso-2022-jp",
    body=f"""伊達様

お世話になっております。日の出産業の三上です。
今年度の内部監査で外部監査員としてご参加いただく件、ありがとうございます。

　実施日：6月3日（火）、4日（水）　各日 9:30～17:00
　対象部署：情報システム部、人事部、物流部
　集合場所：本社7階 第3会議室

監査計画書は来週お送りします。

{sig_a("三上 遥", "総務部 情報セキュリティ推進課", "mikami.haruka", "2540")}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient (a freelance auditor); ordinary schedule mail",
)

# 080 — 人事マスタ変更の統制評価: 12 名の一覧（DOCX 表）をコンサルへ
_p = pick(12)
_tbl = [["No", "氏名", "入社日", "生年月日", "住所", "変更区分"]]
for i, p in enumerate(_p, 1):
    _tbl.append([str(i), p["name"], seireki(p["hire"], "slash"), wareki(p["dob"], "kanji"), p["addr"],
                 rng.choice(["住所変更", "氏名変更", "扶養変更", "口座変更"])])
add(
    sender=AZUMA, to=[ODAGIRI],
    subject="人事マスタ変更の統制評価（母集団とサンプル）",
    charset="utf-8",
    body="""小田切様

お世話になっております。東です。
J-SOXの評価支援の件、人事マスタ変更の母集団から抽出した12件を
Word の表にしてお送りします。評価手続の妥当性をご確認ください。

東 雅人
日の出産業株式会社 内部統制推進室
""",
    attachments=[{"kind": "docx", "name": "人事マスタ変更_サンプル12件.docx",
                  "paragraphs": ["人事マスタ変更 統制評価 サンプル一覧（2024年10月～2025年3月）"],
                  "tables": [_tbl]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of 12 employees with birth dates and home addresses to an outside consultant",
)

# 081 — 監査法人との秘密保持に関する確認書（NDA の話題のみ）
add(
    sender=OKAJIMA, to=[OSAKO],
    subject="秘密保持に関する確認書の締結について",
    charset="iso-2022-jp",
    body="""大迫様

お世話になっております。岡島です。
子会社の監査で当社のクラウドストレージを共有するにあたり、
秘密保持に関する確認書を取り交わしたいと法務部から申し出がありました。

当社押印済みのPDFを添付いたしますので、内容をご確認のうえ
貴法人でもご押印いただけますでしょうか。
機密保持契約の条項自体は監査契約書の第12条と同じ内容です。

岡島
""",
    attachments=[{"kind": "pdf", "name": "秘密保持に関する確認書_押印済.pdf",
                  "lines": ["秘密保持に関する確認書", "",
                            "日の出産業株式会社と有限責任清流監査法人は、監査業務の遂行にあたり",
                            "相互に開示する情報の取扱いについて、以下のとおり確認する。",
                            "1. 受領した情報を監査業務以外の目的に使用しない。",
                            "2. 法令に基づく場合を除き、第三者に開示しない。",
                            "2025年5月1日  日の出産業株式会社 代表取締役 日野 剛"]}],
    expect="pass", entities=[], detectors=[],
    note="about a confidentiality agreement; the PDF is the agreement itself, not marked material",
)

# 082 — 【極秘】不正調査の中間報告（件名と本文に区分表示）
add(
    sender=KUBOTA, to=[SHIRAKAWA],
    subject="【極秘】名古屋営業所 販売促進費に関する調査 中間報告",
    charset="iso-2022-jp",
    body="""機密区分：極秘（関係者限り）

白川先生

内部監査室の久保田です。
名古屋営業所の販売促進費に関する特別調査について、中間報告をお送りします。

・2022年度～2024年度の販促費支出 計412件のうち、証憑に不備があるもの 37件
・特定の代理店への支出が2023年度以降に急増（前年比 約3.1倍）
・代理店の登記上の所在地が実在しない可能性あり（現地確認予定）

関与者の特定は現時点では行っておりません。
次回の打合せで、調査範囲の拡大と公表の要否についてご助言をお願いいたします。

久保田
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="subject and body carry a 極秘 classification: marked material going outside",
)

# 083 — 改善計画書（責任者の氏名のみ）
add(
    sender=AZUMA, to=[OSAKO],
    subject="改善計画書（マネジメントレター対応）の送付",
    charset="shift_jis",
    body="""大迫様

東です。マネジメントレターの指摘事項に対する改善計画書をお送りします。
各項目の責任者と完了予定時期を記載しています。

東
""",
    attachments=[{"kind": "xlsx", "name": "改善計画書_2025.xlsx",
                  "sheets": {"改善計画": [["改善計画書（2025年5月）"], [],
                                         ["No", "指摘事項", "改善内容", "責任者", "完了予定"],
                                         [1, "固定資産の除却処理の遅延", "月次チェックリストへの追加", "経理部 岡島", "2025/06"],
                                         [2, "購買システムの権限棚卸", "四半期ごとの棚卸", "情報システム部 坂上", "2025/07"],
                                         [3, "売上のカットオフ", "手続の文書化", "営業管理課 宇佐美", "2025/06"]]}}],
    expect="pass", entities=[], detectors=[],
    note="improvement plan naming the responsible managers only",
)

# 084 — 通勤手当の検証: 「・」箇条書きで 5 名の住所と経路
_p = pick(5)
_body = "\n".join(
    f"・{p['emp']} {p['name']}／{p['addr']}／最寄 {station_of(p['addr'])}／月額 {rng.randrange(6000, 42000, 10):,}円"
    for p in _p)
add(
    sender=SAEKI, to=[KATAGIRI],
    subject="通勤手当サンプルの住所と経路",
    charset="utf-8",
    body=f"""片桐様

お世話になっております。佐伯です。
通勤手当の妥当性検証用に、サンプル5名の届出住所・最寄駅・支給額を
まとめました。

{_body}

定期券の写しは人事部から別途お送りします。

佐伯
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="five employees' home addresses in 「・」 bullets",
)

# 085 — 16 桁の注文番号・請求番号（カード番号ではない）
_o = [not_card16("2025") for _ in range(3)]
add(
    sender=TAMURA, to=[HATTORI],
    subject="売上サンプルの受注番号について",
    charset="iso-2022-jp",
    body=f"""服部様

田村です。売上のサンプル3件について、受注システム上の番号を補足します。

　サンプル1：受注番号 {_o[0]}　川崎電機株式会社様　12,480,000円
　サンプル2：受注番号 {_o[1]}　北国フーズ株式会社様　3,920,400円
　サンプル3：受注番号 {_o[2]}　株式会社丸栄化成様　　 786,500円

受注番号の先頭8桁は受注日（YYYYMMDD）です。

田村
""",
    expect="pass", entities=[], detectors=[],
    note="16-digit order numbers (not card numbers) and customer companies",
)

# 086 — 錦印刷の look-alike（nishiki-insatsu.jp, dropped co.）
add(
    sender=MIYAKOSHI, to=["品質管理課 <hinkan@nishiki-insatsu.jp>"],
    subject="委託先監査（実地）の結果ご報告",
    charset="iso-2022-jp",
    body="""錦印刷株式会社
品質管理課 ご担当者様

先日は実地監査にご対応いただき、ありがとうございました。
結果を以下のとおりご報告いたします。

・ダイレクトメール印刷データの受領・廃棄記録：適切
・作業エリアへの私物スマートフォン持込み：一部で確認（改善依頼）
・再委託先（封入作業）の管理：契約書の更新が未了（改善依頼）

改善計画を6月末までにご提出いただきますようお願いいたします。

日の出産業株式会社 個人情報保護管理者 宮越
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatsu.jp is a look-alike of partner nishiki-insatsu.co.jp (co. dropped)",
)

# 087 — 給与振込口座の変更ログ（氏名列なし、TXT 添付）6 件
_rows = ["変更日\t社員番号\t変更前口座\t変更後口座\t承認者"]
for _ in range(6):
    _rows.append(f"2025/0{rng.randint(1, 3)}/{rng.randint(1, 28):02d}\t{rng.randint(100000, 399999)}\t"
                 f"{bank_str(bank_account())}\t{bank_str(bank_account())}\t{rng.choice(['HR-MGR01', 'HR-MGR02'])}")
add(
    sender=SAKAGAMI, to=[MORISHITA],
    subject="給与マスタ 口座変更ログ（ITGC サンプル）",
    charset="utf-8",
    body="""森下様

坂上です。給与システムの口座変更ログ（1～3月、6件）を抽出しました。
テキスト（タブ区切り）でお送りします。

坂上
""",
    attachments=[{"kind": "txt", "name": "口座変更ログ_2025Q1.txt", "encoding": "utf-8",
                  "text": "\n".join(_rows) + "\n"}],
    expect="stop", entities=["JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="six employees' old and new salary accounts keyed by staff number, no name column",
)

# 088 — 取引先台帳（法人 10 社＋個人 2 名）: 個人は 2 名なので通す
_rows = [["取引先台帳（外注費 支払先）"], [],
         ["CD", "名称", "区分", "法人番号", "所在地", "電話", "振込口座"]]
for c in ["株式会社北斗物産", "日進ロジテック株式会社", "株式会社サンライズ工業", "有限会社タカノ塗装",
          "株式会社アルファ梱包", "中部樹脂工業株式会社", "株式会社ミヤビ商会", "東洋計器サービス株式会社",
          "株式会社オオミヤ電材", "三和ケミカル株式会社"]:
    z, pref, city, town = rng.choice(TOWNS)
    _rows.append([f"G{rng.randint(100, 999)}", c, "法人", corp_number(),
                  f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 20)}", landline(),
                  bank_str(bank_account())])
for p in pick_out(2):
    _rows.append([f"G{rng.randint(100, 999)}", p["name"], "個人", "", p["addr"], p["mobile"], bank_str(p["bank"])])
add(
    sender=IWABUCHI, to=[HATTORI],
    subject="外注費 支払先の取引先台帳",
    charset="utf-8",
    body="""服部様

岩渕です。外注費の支払先12件の取引先台帳をお送りします。
うち2件は個人の外注先です。

岩渕
""",
    attachments=[{"kind": "xlsx", "name": "取引先台帳_外注費.xlsx", "sheets": {"台帳": _rows}}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="mostly companies; only two individuals' records (fewer than five people), may be warned",
)

# 089 — 審査機関・コンサル・ベンダーの 3 社を To に
add(
    sender=MIKAMI, to=[OTOMO, ODAGIRI, "坂口 彩 <a.sakaguchi@tsubasa-system.jp>"],
    subject="データセンター実地審査の立会いについて",
    charset="utf-8",
    body="""大友様、小田切様、坂口様

お世話になっております。日の出産業の三上です。

維持審査2日目（6月12日）のデータセンター実地審査について、
以下のとおり調整させていただきました。

　集合：6月12日（木）13:00　ツバサシステム様 横浜データセンター 受付
　立会い：ツバサシステム様（運用責任者）、リスクブリッジ様、当社 三上・坂上
　確認事項：入退館管理、ラック施錠、バックアップ媒体の保管

ご不明点があればお知らせください。

三上
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations in To see each other's addresses",
)

# 090 — 社内のみ: パスワード付き ZIP を内部監査室へ
add(
    sender=HOJO, to=[NONOMURA],
    subject="特定個人情報の管理台帳（パスワード付き）",
    charset="iso-2022-jp",
    body="""野々村さん

北条です。監査でご依頼の管理台帳をパスワード付きZIPでお送りします。
パスワードは内線でお伝えします。

北条
""",
    attachments=[{"kind": "zip", "name": "特定個人情報_管理台帳.zip", "password": "mn-Audit#25",
                  "files": [{"kind": "csv", "name": "管理台帳.csv", "encoding": "cp932",
                             "rows": [["社員番号", "取得日", "利用目的"], ["H10234", "2016/01/12", "源泉徴収"]]}]}],
    expect="pass", entities=[], detectors=[],
    note="encrypted ZIP, but the only recipient is internal",
)

# 091 — ハラスメント調査: 被害者（暴行被害）1 名を外部調査委員へ
_p = pick(2)
add(
    sender=KUBOTA, to=["外部調査委員 吉野弁護士 <yoshino@minato-sogo-law.jp>"],
    subject="ハラスメント事案の調査について（資料送付）",
    charset="utf-8",
    body=f"""吉野先生

日の出産業 内部監査室の久保田です。
外部調査委員をお引き受けいただき、ありがとうございます。
事案の概要を以下にまとめます。

　申告者（被害者）：{_p[0]['name']}（{_p[0]['dept']}）
　行為者とされる者：{_p[1]['name']}（同部 課長）
　概要：2025年2月の部内懇親会の帰路、行為者から暴行を受け、
　　　　申告者は翌日警察に被害届を提出（現在捜査中）。
　　　　申告者は全治2週間の打撲と診断されている。

関係者のヒアリング記録は次便でお送りします。

{sig_a("久保田 玲子", "内部監査室 室長", "kubota.reiko", "2470")}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee who was a crime victim, with injury: 要配慮個人情報 of one person",
)

# 092 — English: user access review results (counts only)
add(
    sender=SAKAGAMI, to=["Daniel Hargreaves <d.hargreaves@seiryu-kansa.or.jp>"], cc=[MORISHITA],
    subject="User access review – Q4 results",
    charset="utf-8",
    body="""Hi Daniel,

As discussed at the IT walkthrough, here is the summary of the Q4 user access review:

  System            Active IDs   Reviewed   Removed   Privileged
  ----------------  ----------   --------   -------   ----------
  Sales (SAP SD)           412        412        9            6
  Payroll                   38         38        1            2
  Purchasing               127        127        4            3

All removals were completed by 31 March. The review sign-off sheets are in folder
07_ITGC on the portal.

Regards,
Daisuke Sakagami
IT Dept., Hinode Sangyo Co., Ltd.
""",
    expect="pass", entities=[], detectors=[],
    note="counts only, to the audit firm's IT auditor",
)

# 093 — 在籍確認 15 名（PDF 表、フッターに社外秘）
_p = pick(15)
_tbl = [["社員番号", "氏名", "所属", "生年月日", "入社日"]]
for p in _p:
    _tbl.append([p["emp"], p["name"], p["dept"], seireki(p["dob"], "slash"), seireki(p["hire"], "slash")])
add(
    sender=HOJO, to=[KATAGIRI],
    subject="在籍確認リスト（給与サンプル15名）",
    charset="iso-2022-jp",
    body="""片桐様

北条です。給与の実在性テスト用に、サンプル15名の在籍確認リストを
PDFでお送りします。

北条
""",
    attachments=[{"kind": "pdf", "name": "在籍確認リスト_15名.pdf", "page_footer": "社外秘",
                  "lines": ["在籍確認リスト（2025年3月31日現在）", ""], "table": _tbl}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data", "confidential_marking"],
    note="15 employees with birth dates in a PDF whose footer is stamped 社外秘",
)

# 094 — 棚卸立会の調整（青葉運輸 1 社、和文ディスクレーマー）
add(
    sender=TAMURA, to=["倉庫管理課 村井様 <murai@aoba-unyu.co.jp>"],
    subject="期末棚卸の立会い（監査法人）について",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
倉庫管理課 村井様

いつもお世話になっております。日の出産業の田村です。

3月31日（月）の期末棚卸に、当社の監査法人（清流監査法人）が立会いを
行います。2名が9時に川越倉庫へ伺いますので、入構手続をお願いできますでしょうか。
車両は1台（品川ナンバー、白のセダン）です。

何卒よろしくお願いいたします。

{sig_b("田村 誠一", "経理部 決算グループ", "tamura.seiichi", "03-5542-7714")}

{DISC_JA2}
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary arrangement with one partner; the disclaimer is not a marking",
)

# 095 — either: ヒアリング担当の交代（「体調不良で休職中」）
_p = pick(2)
add(
    sender=AZUMA, to=[MORISHITA],
    subject="ヒアリング対応者の変更について",
    charset="iso-2022-jp",
    body=f"""森下様

東です。来週予定している購買プロセスのヒアリングについて、
当初予定していた購買部の{_p[0]['name']}は体調不良のため3月から休職しており、
代わりに{_p[1]['name']}が対応いたします。

時間・場所に変更はございません。よろしくお願いいたします。

東
""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee on sick leave for 'poor health': vague health information, judgement call",
)

# 096 — 自社ドメインの homoglyph（hinode-sangy0.co.jp）
add(
    sender=TAMURA, to=["岡島 浩 <okajima.hiroshi@hinode-sangy0.co.jp>"],
    subject="Fwd: 往査日程の確定",
    charset="iso-2022-jp",
    body="""部長

監査法人から往査日程の確定連絡がありましたので転送します。
5/12～5/16 本社、5/15 大阪支店です。

田村

---------- Forwarded message ---------
From: 森下 拓真 <t.morishita@seiryu-kansa.or.jp>
Subject: 往査日程の確定

田村様
ご調整ありがとうございました。上記日程で確定とさせていただきます。
清流監査法人 森下
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="hinode-sangy0.co.jp (zero for o) is a homoglyph look-alike of the own domain",
)

# 097 — 是正報告書（PDF、個人データなし）を審査機関へ
add(
    sender=MIKAMI, to=[OTOMO], cc=[SAKAGAMI],
    subject="是正処置報告書の提出",
    charset="utf-8",
    body="""大友様

お世話になっております。三上です。
先般の維持審査で検出された軽微な不適合2件について、
是正処置報告書を提出いたします。ご確認をお願いいたします。

三上 遥
日の出産業株式会社 総務部 情報セキュリティ推進課
""",
    attachments=[{"kind": "pdf", "name": "是正処置報告書_2025.pdf",
                  "lines": ["是正処置報告書", "不適合No.1：退職者アカウントの削除遅延",
                            "  原因：人事部からの退職連絡が情報システム部に届いていなかった",
                            "  是正：人事システムと連携した自動通知を導入（5/20）",
                            "不適合No.2：サーバ室入退室記録の記入漏れ",
                            "  原因：ICカード導入後も紙の記録を併用していた",
                            "  是正：紙の記録を廃止し、ICカードログに一本化（5/1）"]}],
    expect="pass", entities=[], detectors=[],
    note="corrective action report with no personal data and no marking",
)

# 098 — either: 監査対応窓口一覧（社員 6 名の内線・社用携帯・メール）
_p = pick(6)
_t = [["担当領域", "氏名", "内線", "社用携帯", "メール"]]
for p, area in zip(_p, ["売上・売掛金", "仕入・買掛金", "棚卸資産", "固定資産", "人件費", "IT全般統制"]):
    local = p["romaji"].split()[1].lower() + "." + p["romaji"].split()[0].lower()
    _t.append([area, p["name"], str(rng.randint(2200, 2899)), mobile(), f"{local}@hinode-sangyo.co.jp"])
add(
    sender=KANSA_ML, to=[MORISHITA, KATAGIRI, HATTORI],
    subject="監査対応窓口一覧（2025年3月期）",
    charset="utf-8",
    body=f"""清流監査法人 ご担当者様

監査対応事務局です。今期の監査対応窓口を以下のとおりお知らせします。

{padcols(_t)}

窓口の変更があった場合は、本事務局より改めてご連絡いたします。

日の出産業株式会社 監査対応事務局（経理部内）
""",
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six staff members' business contacts (extensions, company mobiles): a people list or business contacts",
)

# 099 — マイナンバー収集状況（XLSX、6 名分の番号入り）を社労士へ
_p = pick(6)
_rows = [["個人番号 収集状況一覧（扶養親族の追加届出分）"], [],
         ["社員番号", "氏名", "生年月日", "個人番号", "本人確認", "収集日"]]
for p in _p:
    _rows.append([p["emp"], p["name"], wareki(p["dob"], "abbr"), next_my_number(),
                  rng.choice(["番号確認済・身元確認済", "身元確認 未了"]), seireki(rand_date(2025, 2025), "slash")])
add(
    sender=HOJO, to=[HOSHINO],
    subject="個人番号の収集状況（内部監査の指摘対応）",
    charset="utf-8",
    body="""星野先生

いつもお世話になっております。北条です。
内部監査で「個人番号の本人確認記録が一部未了」と指摘を受けました。
現状の収集状況一覧をお送りしますので、身元確認未了者への対応方法について
ご助言をお願いいたします。

北条
""",
    attachments=[{"kind": "xlsx", "name": "個人番号収集状況_2025.xlsx",
                  "sheets": {"収集状況": _rows}}],
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="six employees' My Numbers in a workbook sent to an outside consultant",
)

# 100 — 監査完了のお礼と来期の予定（署名ロゴ画像つき）
add(
    sender=OKAJIMA, to=[OSAKO], cc=[MORISHITA, TAMURA],
    subject="期末監査のお礼と来期スケジュールについて",
    charset="iso-2022-jp",
    body=f"""大迫様
森下様

経理部の岡島です。
このたびは期末監査にご尽力いただき、誠にありがとうございました。
監査報告書（原本）も本日受領いたしました。

来期は、四半期レビューの廃止に伴い期中の往査を9月・12月の2回とし、
期末の往査を今年同様5月中旬とする方向で社内調整を進めております。
詳細は6月の打合せでご相談させてください。

引き続きどうぞよろしくお願いいたします。

{sig_a("岡島 浩", "経理部 部長", "okajima.hiroshi", "2301")}
""",
    attachments=[{"kind": "png", "name": "image001.png"}],
    expect="pass", entities=[], detectors=[],
    note="thank-you and next year's schedule to the audit firm; a logo image",
)

# -- ids ------------------------------------------------------------------------------------
MESSAGES = []
for _i, _m in enumerate(M, 1):
    MESSAGES.append({"id": f"kansa-{_i:03d}", **_m})
