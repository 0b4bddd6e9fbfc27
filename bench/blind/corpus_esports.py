"""Blind corpus, area: esports.

The mail of 日の出産業株式会社's esports office (広報部 eスポーツ推進室): the sponsored team
「日の出ライジング」 (HINODE RISING) and the tournaments the company runs or enters —
players' contracts and guardians' consent for minors, prize payments to individuals, visas
for foreign players, anti-doping and health checks, streaming platforms, fan-event entry
lists, plus ordinary sponsor, venue and merchandise mail (some of it in English).

Every person, number and address in this file is invented (names, phones, addresses,
accounts, passports, My Numbers, card numbers, domains other than the ones the brief
names).  It was written blind, from BRIEF.md, build.py and SPEC.md only: no code of the
product and no other author's corpus file was read.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from build import card_number, my_number

SEED = 21001
rng = random.Random(SEED)

AREA = "esports"


# -- helpers -----------------------------------------------------------------------------

def mn(k: int) -> str:
    return my_number(SEED + k)


def card(k: int) -> str:
    return card_number(SEED + k)


_FW = {i: i + 0xFEE0 for i in range(0x21, 0x7F)}


def fw(s: str) -> str:
    """ASCII → full-width (digits, hyphens, letters, dots)."""
    return s.translate(_FW)


def mn_valid(s: str) -> bool:
    d = [int(c) for c in s]
    total = 0
    for n in range(1, 12):
        p = d[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return d[11] == (0 if r <= 1 else 11 - r)


def luhn_valid(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def corp_number(base12: str) -> str:
    """法人番号: check digit first, 9 - (Σ P_n·Q_n mod 9), Q_n = 1 (n odd) / 2 (n even)."""
    s = sum(int(c) * (1 if n % 2 == 1 else 2)
            for n, c in enumerate(reversed(base12), start=1))
    return str(9 - s % 9) + base12


def corp_valid(s13: str) -> bool:
    return corp_number(s13[1:]) == s13


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - width(s), 0)


def table(rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    ws = [max(width(str(r[i])) for r in rows if i < len(r)) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        out.append((" " * gap).join(pad(str(c), ws[i]) for i, c in enumerate(r)).rstrip())
        if j == 0 and rule:
            out.append(rule * ((sum(ws) + gap * (len(ws) - 1)) // width(rule)))
    return "\n".join(out)


SURNAMES = [
    ("相葉", "あいば", "Aiba"), ("五十嵐", "いがらし", "Igarashi"), ("鵜飼", "うかい", "Ukai"),
    ("榎本", "えのもと", "Enomoto"), ("大槻", "おおつき", "Otsuki"), ("柏木", "かしわぎ", "Kashiwagi"),
    ("鬼塚", "おにづか", "Onizuka"), ("久遠", "くおん", "Kuon"), ("小鳥遊", "たかなし", "Takanashi"),
    ("東雲", "しののめ", "Shinonome"), ("四十物", "あいもの", "Aimono"),
    ("勅使河原", "てしがわら", "Teshigawara"), ("百目鬼", "どうめき", "Domeki"),
    ("月見里", "やまなし", "Yamanashi"), ("九十九", "つくも", "Tsukumo"),
    ("日下部", "くさかべ", "Kusakabe"), ("三ツ矢", "みつや", "Mitsuya"), ("門脇", "かどわき", "Kadowaki"),
    ("瀬戸口", "せとぐち", "Setoguchi"), ("二階堂", "にかいどう", "Nikaido"), ("八木", "やぎ", "Yagi"),
    ("長谷部", "はせべ", "Hasebe"), ("真田", "さなだ", "Sanada"), ("宇佐美", "うさみ", "Usami"),
    ("早乙女", "さおとめ", "Saotome"), ("釘宮", "くぎみや", "Kugimiya"), ("葛城", "かつらぎ", "Katsuragi"),
    ("安曇", "あずみ", "Azumi"), ("都築", "つづき", "Tsuzuki"), ("仙波", "せんば", "Senba"),
    ("皆川", "みながわ", "Minagawa"), ("湯浅", "ゆあさ", "Yuasa"), ("漆原", "うるしばら", "Urushibara"),
    ("能登", "のと", "Noto"), ("桧山", "ひやま", "Hiyama"), ("茅野", "ちの", "Chino"),
    ("磯貝", "いそがい", "Isogai"), ("赤羽", "あかばね", "Akabane"), ("篠宮", "しのみや", "Shinomiya"),
    ("馬場", "ばば", "Baba"), ("設楽", "したら", "Shitara"), ("纐纈", "こうけつ", "Koketsu"),
    ("目黒", "めぐろ", "Meguro"), ("乙部", "おとべ", "Otobe"), ("宍倉", "ししくら", "Shishikura"),
    ("舘野", "たての", "Tateno"), ("比嘉", "ひが", "Higa"), ("鰐淵", "わにぶち", "Wanibuchi"),
]
GIVEN_M = [
    ("蓮", "れん", "Ren"), ("湊", "みなと", "Minato"), ("陽翔", "はると", "Haruto"),
    ("悠斗", "ゆうと", "Yuto"), ("颯太", "そうた", "Sota"), ("大和", "やまと", "Yamato"),
    ("律", "りつ", "Ritsu"), ("蒼", "あおい", "Aoi"), ("樹", "いつき", "Itsuki"), ("瑛太", "えいた", "Eita"),
    ("奏太", "かなた", "Kanata"), ("拓海", "たくみ", "Takumi"), ("翔", "しょう", "Sho"),
    ("隼", "じゅん", "Jun"), ("慧", "けい", "Kei"), ("航平", "こうへい", "Kohei"),
    ("一輝", "かずき", "Kazuki"), ("聖也", "せいや", "Seiya"), ("壮真", "そうま", "Soma"),
    ("凌", "りょう", "Ryo"), ("匠", "たくみ", "Takumi"), ("晴", "はる", "Haru"),
]
GIVEN_F = [
    ("結衣", "ゆい", "Yui"), ("美桜", "みお", "Mio"), ("陽菜", "ひな", "Hina"),
    ("紬", "つむぎ", "Tsumugi"), ("芽依", "めい", "Mei"), ("咲良", "さくら", "Sakura"),
    ("琴音", "ことね", "Kotone"), ("彩花", "あやか", "Ayaka"), ("凛", "りん", "Rin"),
    ("千夏", "ちなつ", "Chinatsu"), ("真央", "まお", "Mao"), ("遥", "はるか", "Haruka"),
    ("澪", "みお", "Mio"), ("杏", "あん", "An"),
]
_used: set[str] = set()


class P:
    """An invented person."""

    def __init__(self, female: bool | None = None) -> None:
        while True:
            s = rng.choice(SURNAMES)
            f = (rng.random() < 0.3) if female is None else female
            g = rng.choice(GIVEN_F if f else GIVEN_M)
            if s[0] + g[0] not in _used:
                _used.add(s[0] + g[0])
                break
        self.sur, self.giv, self.female = s, g, f
        self.kanji = f"{s[0]} {g[0]}"
        self.kanji_nosp = f"{s[0]}{g[0]}"
        self.kana = f"{s[1]} {g[1]}"
        self.kata = kata(self.kana)
        self.roma = f"{g[2]} {s[2]}"
        self.roma_up = f"{s[2].upper()} {g[2].upper()}"


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def people(n: int, **kw) -> list[P]:
    return [P(**kw) for _ in range(n)]


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def postal() -> str:
    return f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}"


TOWNS = [
    ("東京都", "世田谷区", "桜丘"), ("東京都", "練馬区", "石神井台"), ("東京都", "江東区", "東雲"),
    ("神奈川県", "横浜市港北区", "日吉本町"), ("埼玉県", "さいたま市浦和区", "常盤"),
    ("千葉県", "船橋市", "前原西"), ("大阪府", "大阪市阿倍野区", "阪南町"),
    ("愛知県", "名古屋市千種区", "覚王山通"), ("福岡県", "福岡市早良区", "西新"),
    ("北海道", "札幌市白石区", "本通"), ("宮城県", "仙台市青葉区", "八幡"),
    ("兵庫県", "神戸市灘区", "六甲台町"), ("広島県", "広島市中区", "舟入町"),
    ("静岡県", "浜松市中央区", "佐鳴台"), ("京都府", "京都市左京区", "北白川"),
    ("新潟県", "新潟市中央区", "関屋"), ("茨城県", "つくば市", "竹園"), ("群馬県", "高崎市", "下小鳥町"),
    ("沖縄県", "那覇市", "首里石嶺町"), ("熊本県", "熊本市中央区", "水前寺"),
    ("岡山県", "岡山市北区", "奉還町"), ("長野県", "松本市", "蟻ケ崎"), ("東京都", "杉並区", "高井戸東"),
]


def address(style: int = 0) -> str:
    pref, city, town = rng.choice(TOWNS)
    a, b, c = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 22)
    if style == 0:
        return f"{pref}{city}{town}{a}-{b}-{c}"
    if style == 1:
        return f"{pref}{city}{town}{a}丁目{b}番{c}号"
    if style == 2:
        apt = rng.choice(["コーポ若葉", "メゾン緑風", "ハイツ朝日", "グランシャリオ", "パークサイド北"])
        return f"{pref}{city}{town}{a}-{b}-{c} {apt}{rng.randint(1, 5)}0{rng.randint(1, 9)}"
    return f"{city}{town}{fw(f'{a}-{b}-{c}')}"


def dob(y0: int, y1: int) -> date:
    return date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return fw(f"{short}{y}.{d.month}.{d.day}")
    return fw(f"{era}{y}年{d.month}月{d.day}日")


def ymd(d: date, style: str = "slash") -> str:
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "iso":
        return d.isoformat()
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp"]


def free_email(p: P, domain: str | None = None) -> str:
    dom = domain or rng.choice(FREEMAIL)
    g, s = p.giv[2].lower(), p.sur[2].lower()
    local = rng.choice([f"{g}.{s}", f"{s}{g[0]}{rng.randint(1, 99)}", f"{g}_{s}{rng.randint(80, 99)}",
                        f"{s}.{g}{rng.randint(1, 9)}", f"{g[:3]}{s[:4]}{rng.randint(100, 999)}"])
    return f"{local}@{dom}"


BANKS = [("みどり銀行", ["渋谷支店", "新宿西口支店", "横浜駅前支店", "梅田支店", "博多支店"]),
         ("ひかり銀行", ["本店営業部", "池袋支店", "千葉中央支店"]),
         ("北辰信用金庫", ["中央支店", "西町支店"]),
         ("あおぞら台銀行", ["栄支店", "天神支店", "仙台支店"])]


def bank_account() -> tuple[str, str, str, str]:
    b, brs = rng.choice(BANKS)
    return b, rng.choice(brs), rng.choice(["普通", "普通", "普通", "当座"]), f"{rng.randint(0, 9999999):07d}"


def jp_passport() -> str:
    return f"T{rng.choice('KRSZHJ')}{rng.randint(0, 9999999):07d}"


def residence_card() -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"{rng.choice(L)}{rng.choice(L)}{rng.randint(0, 99999999):08d}{rng.choice(L)}{rng.choice(L)}"


def not_my_number() -> str:
    while True:
        s = f"{rng.randint(1, 9)}{rng.randint(0, 10**11 - 1):011d}"
        if not mn_valid(s):
            return s


MESSAGES: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **msg) -> None:
    MESSAGES.append({**msg, "expect": expect, "entities": entities, "detectors": detectors,
                     "note": note})


# -- the office ---------------------------------------------------------------------------

CO = "日の出産業株式会社"
CO_ADDR = "〒105-0022 東京都港区海岸3丁目21番8号 日の出産業ビル12階"
OUR_CORP = corp_number("010401187354")

STAFF = {
    "kiryu": ("桐生 航", "Kiryu Wataru", "広報部 eスポーツ推進室 室長代理",
              "kiryu.wataru@hinode-sangyo.co.jp", "03-6809-4431"),
    "hayase": ("早瀬 美咲", "Hayase Misaki", "広報部 eスポーツ推進室（選手・育成担当）",
               "hayase.misaki@hinode-sangyo.co.jp", "03-6809-4432"),
    "makabe": ("真壁 隼人", "Makabe Hayato", "日の出ライジング チームマネージャー",
               "makabe.hayato@hinode-sangyo.co.jp", "03-6809-4433"),
    "onodera": ("小野寺 彩", "Onodera Aya", "経理部 経理課",
                "onodera.aya@hinode-sangyo.co.jp", "03-6809-4210"),
    "hatori": ("羽鳥 大輔", "Hatori Daisuke", "総務部 総務課",
               "hatori.daisuke@hinode-sangyo.co.jp", "03-6809-4105"),
    "eto": ("江藤 里奈", "Eto Rina", "広報部 ブランド推進課（グッズ・ライセンス）",
            "eto.rina@hinode-sangyo.co.jp", "03-6809-4440"),
    "kuga": ("久我 悠真", "Kuga Yuma", "広報部 eスポーツ推進室（大会・イベント運営）",
             "kuga.yuma@hinode-sangyo.co.jp", "03-6809-4435"),
    "ortega": ("Daniel Ortega", "Daniel Ortega", "International Relations, Esports Office",
               "d.ortega@hinode-sangyo.co.jp", "+81-3-6809-4438"),
    "shishido": ("宍戸 千尋", "Shishido Chihiro", "人事部 健康管理室（産業保健）",
                 "shishido.chihiro@hinode-sangyo.co.jp", "03-6809-4120"),
    "nagumo": ("南雲 健太", "Nagumo Kenta", "営業本部 スポンサー営業課",
               "nagumo.kenta@hinode-sangyo.co.jp", "03-6809-4350"),
}


def frm(k: str) -> str:
    return f"{STAFF[k][0]} <{STAFF[k][3]}>"


def sig(k: str, style: int = 0) -> str:
    name, kana, dept, mail, tel = STAFF[k]
    if style == 0:
        return f"--\n{CO}\n{dept}\n{name}\n{CO_ADDR}\nTEL: {tel}\nE-mail: {mail}"
    if style == 1:
        bar = "━" * 24
        return (f"{bar}\n{CO} {dept}\n{name}（{kana}）\nTEL {tel}  FAX 03-6809-4499\n"
                f"{CO_ADDR}\n{bar}")
    if style == 2:
        return f"\n{name}\n{dept}\n内線 {tel[-4:]}"
    if style == 3:
        return (f"Best regards,\n\n{STAFF[k][1] if k == 'ortega' else kana}\n"
                f"{'Esports Office' if k != 'ortega' else dept}\nHinode Sangyo Co., Ltd.\n"
                f"3-21-8 Kaigan, Minato-ku, Tokyo 105-0022, Japan\nTel: +81-{tel[1:]}\n{mail}")
    return (f"*************************************\n {CO}\n 日の出ライジング運営事務局\n {name}\n"
            f" TEL:{tel}\n Mail:{mail}\n https://www.hinode-sangyo.co.jp/esports/\n"
            f"*************************************")


DISC_JP = ("本メールには機密情報が含まれている場合があります。誤って受信された方は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you have "
           "received it in error, please notify the sender and delete it.")


# == messages ==============================================================================

# -- S01 tournament entry: 6 players with DOB, mobile, mail (XLSX, title row, two sheets)
_pl = people(6, female=False)
_rows = [["RISING CUP 2025 秋季予選　選手登録票　（チーム名：日の出ライジング）"], [],
         ["No", "氏名", "ふりがな", "プレイヤー名", "生年月日", "携帯電話", "メールアドレス"]]
for i, p in enumerate(_pl, 1):
    _rows.append([i, p.kanji, p.kana, rng.choice(["Hiro", "NAGI", "kuroneko", "Zephyr", "tsukasa_", "Blitz",
                                                  "Mocha", "R1ku"]) + str(i),
                  ymd(dob(1998, 2006)), mobile(), free_email(p)])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "six players' records (DOB, mobile, private mail) in an XLSX to the external organiser",
    sender=frm("kiryu"), to=["株式会社ゲームフェス東京 大会事務局 <entry@gamefes-tokyo.jp>"],
    subject="RISING CUP 2025 秋季予選 選手登録票の送付（日の出ライジング）", charset="iso-2022-jp",
    body=f"""株式会社ゲームフェス東京
大会事務局 ご担当者様

いつもお世話になっております。
日の出産業 eスポーツ推進室の桐生です。

RISING CUP 2025 秋季予選のエントリーにつきまして、
選手登録票（Excel）を添付にてお送りいたします。

・シート「選手」：登録選手6名
・シート「スタッフ」：監督・アナリスト2名

補欠の登録は締切後の差し替えが可能と伺っておりますので、
変更が出た場合は改めてご連絡いたします。

ご確認のほど、よろしくお願いいたします。

{sig("kiryu", 1)}
""",
    attachments=[{"kind": "xlsx", "name": "選手登録票_日の出ライジング.xlsx",
                  "sheets": {"選手": _rows,
                             "スタッフ": [["役職", "氏名", "連絡先（会社）"],
                                       ["監督", "真壁 隼人", "makabe.hayato@hinode-sangyo.co.jp"],
                                       ["アナリスト", "久我 悠真", "kuga.yuma@hinode-sangyo.co.jp"]]}}])

# -- S02 prize to an individual: My Number in running text to the tax accountant
_w = P()
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "an individual prize winner's My Number and home address sent to an outside tax office",
    sender=frm("onodera"), to=["小林税理士事務所 <office@kobayashi-zeirishi.jp>"],
    subject="日の出杯 個人の部 賞金の支払調書について", charset="cp932",
    body=f"""小林税理士事務所
小林先生

お世話になっております。日の出産業 経理部の小野寺です。

10月の「日の出杯」個人の部で優勝された方へ賞金50万円をお支払いしました。
一時所得扱いではなく当社主催の賞金として、支払調書（報酬、料金、契約金及び賞金）の
提出対象になるかと存じますので、作成をお願いできますでしょうか。

受賞者は{_w.kanji}さん（{address(1)}）で、
個人番号は {mn(1)[:4]} {mn(1)[4:8]} {mn(1)[8:]} です。
番号確認書類（通知カードの写し）と本人確認書類はご本人から郵送で受領済みです。

支払日：2025年10月31日　支払金額：500,000円（源泉徴収税額 51,050円）

ご不明な点がございましたらご連絡ください。

{sig("onodera", 0)}
""")

# -- S03 visas: three foreign players' passport numbers, padded table in the body
_fp = [("SEO DO-HYUN", "韓国", "2001/03/14", f"M{rng.randint(10000000, 99999999)}"),
       ("HAN YE-JIN", "韓国", "2003/11/02", f"M{rng.randint(10000000, 99999999)}"),
       ("TRAN QUOC BAO", "ベトナム", "2000/07/29", f"C{rng.randint(1000000, 9999999)}")]
add("stop", ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "passport numbers of three foreign players (with DOB) sent to an outside visa agent",
    sender=frm("hatori"), to=["田辺行政書士事務所 田辺様 <tanabe@tanabe-gyosei.jp>"],
    subject="在留資格認定証明書交付申請（興行）3名分の基本情報", charset="iso-2022-jp",
    body=f"""田辺行政書士事務所
田辺 様

いつも大変お世話になっております。日の出産業 総務部の羽鳥です。

来季から当社チームに加入予定の海外選手3名について、在留資格認定証明書の
交付申請をお願いしたく、パスポート記載の情報をお送りします。

{table([["氏名（旅券表記）", "国籍", "生年月日", "旅券番号"]] + [list(r) for r in _fp])}

招へい理由書と契約書（案）は来週中に整えてお送りします。
写真データは各選手から届き次第転送いたします。

{sig("hatori", 0)}
""")

# -- S04 anti-doping TUE: a named player's ADHD diagnosis and medication (PDF + body)
_u = P(female=False)
_ud = dob(2001, 2004)
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "one player's diagnosis (ADHD) and medication for a TUE, to an external anti-doping body",
    sender=frm("shishido"), to=["日本スポーツ公正機構 TUE担当 <tue@sportsfair.or.jp>"],
    cc=["真壁 隼人 <makabe.hayato@hinode-sangyo.co.jp>"],
    subject="TUE（治療使用特例）申請書類の提出", charset="utf-8",
    body=f"""日本スポーツ公正機構
TUE担当 御中

日の出産業株式会社 人事部 健康管理室の宍戸でございます。

当社eスポーツチーム所属の{_u.kanji}（{_u.kana}、{ymd(_ud, "kanji")}生）について、
治療使用特例（TUE）の申請書類を提出いたします。

同選手は2019年に注意欠如・多動症（ADHD）と診断され、現在も主治医のもとで
メチルフェニデート塩酸塩徐放錠（1日1回 27mg）を服用しております。
来年2月の国際大会で競技会時検査の対象となる可能性があるため、事前の申請となります。

添付：TUE申請書（主治医記入済み）、診断書

よろしくお願い申し上げます。

{sig("shishido", 0)}
""",
    attachments=[{"kind": "pdf", "name": f"TUE申請書_{_u.kanji_nosp}.pdf", "title": "TUE申請書",
                  "lines": ["治療使用特例（TUE）申請書", "",
                            f"競技者氏名：{_u.kanji}（{_u.kana}）", f"生年月日：{ymd(_ud, 'kanji')}",
                            "競技：eスポーツ（FPS部門）　所属：日の出ライジング", "",
                            "診断名：注意欠如・多動症（ADHD）　初診：2019年6月",
                            "使用物質：メチルフェニデート塩酸塩　用量：27mg/日 経口",
                            "代替治療の検討：非刺激薬で効果不十分のため継続",
                            "", "主治医：さくらが丘メンタルクリニック 院長 印"]}])

# -- S05 fan event entry list for the security company: CSV cp932, 40 rows
_rows = [["整理番号", "氏名", "フリガナ", "電話番号", "同伴者数", "入場区分"]]
for i in range(40):
    p = P()
    _rows.append([f"A-{i + 1:03d}", p.kanji, p.kata, mobile(), rng.choice([0, 0, 1, 1, 2]),
                  rng.choice(["一般", "一般", "ファンクラブ", "プレミアム"])])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "fan-event entry list of 40 people with phones (CSV) to the external security firm",
    sender=frm("kuga"), to=["関東警備保障 イベント警備課 <event@kanto-keibi.co.jp>"],
    subject="11/23 ファンミーティング 入場者リスト（受付用）", charset="cp932",
    body=f"""関東警備保障株式会社
イベント警備課 ご担当者様

お世話になっております。日の出産業の久我です。

11月23日（日）ファンミーティングの受付で照合いただく入場者リストを
CSVでお送りします。当日は整理番号順に入場いただく予定です。
電話番号は、来場されない方への確認連絡用です。

リストは当日終了後に破棄をお願いいたします。

{sig("kuga", 4)}
""",
    attachments=[{"kind": "csv", "name": "入場者リスト_1123.csv", "rows": _rows, "encoding": "cp932"}])

# -- S06 sponsors all in To: four external organisations can see each other
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "four sponsor companies in To can see each other: should have been Bcc",
    sender=frm("nagumo"),
    to=["川崎電機 宣伝部 <senden@kawasaki-denki.co.jp>", "北国フーズ 広報室 <pr@kitaguni-foods.co.jp>",
        "かえでエナジー マーケティング部 <marketing@kaede-energy.co.jp>",
        "Apex Peripherals Japan <japan@apex-peripherals.com>"],
    subject="【ご案内】日の出ライジング 2025シーズン報告会", charset="iso-2022-jp",
    body=f"""スポンサー各社 ご担当者様

平素より日の出ライジングへの格別のご支援を賜り、誠にありがとうございます。
日の出産業 スポンサー営業課の南雲でございます。

2025シーズンの活動報告会を下記のとおり開催いたします。
ご多用中とは存じますが、ご出席賜りますようお願い申し上げます。

　日時：2025年12月12日（金）18:30〜20:30（受付 18:00〜）
　会場：日の出産業ビル 2階 ホール
　内容：シーズン成績のご報告、来季体制発表、選手との懇親会

ご出欠を12月1日（月）までにご返信いただけますと幸いです。

{sig("nagumo", 1)}
""")

# -- S07 partner hotel, wrong TLD (sakura-hotel.co.jp instead of sakura-hotel.jp)
add("stop", [], ["lookalike_domain"],
    "recipient sakura-hotel.co.jp is a TLD look-alike of partner sakura-hotel.jp",
    sender=frm("kuga"), to=["さくらホテル 宿泊予約 <reservation@sakura-hotel.co.jp>"],
    subject="12月 RISING CUP 決勝 出場チーム宿泊の仮押さえ", charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業の久我です。

12月の RISING CUP 決勝大会にあわせ、出場チーム用の客室を仮押さえいただきたく
ご連絡しました。

　期間：12/19（金）チェックイン 〜 12/21（日）チェックアウト（2泊）
　客室：ツイン 12室、シングル 6室
　精算：当社一括請求（請求書宛名：日の出産業株式会社 eスポーツ推進室）

宿泊者名簿は各チームから揃い次第、12/10までにお送りいたします。
会議室（30名程度、ゲーム機材の持ち込みあり）の空き状況もあわせてお知らせください。

{sig("kuga", 0)}
""")

# -- S08 sponsorship proposal stamped 社外秘 (DOCX header)
add("stop", [], ["confidential_marking"],
    "the attached proposal carries a 社外秘 stamp in its header and goes to a sponsor",
    sender=frm("nagumo"), to=["かえでエナジー株式会社 小宮山様 <komiyama@kaede-energy.co.jp>"],
    subject="2026シーズン スポンサーシップのご提案", charset="utf-8",
    body=f"""かえでエナジー株式会社
マーケティング部 小宮山様

お世話になっております。日の出産業の南雲です。
先日はお時間をいただきありがとうございました。

お打ち合わせでお話しした2026シーズンのスポンサーシップについて、
提案書を添付いたします。ユニフォーム胸ロゴ枠とネーミングライツ枠の2案です。

ご検討のほど、よろしくお願いいたします。

{sig("nagumo", 0)}
{DISC_JP}
""",
    attachments=[{"kind": "docx", "name": "2026スポンサーシップ提案書_かえでエナジー様.docx",
                  "title": "2026シーズン スポンサーシップ提案書", "page_header": "社外秘",
                  "paragraphs": ["2026シーズン スポンサーシップ提案書", "日の出産業株式会社 営業本部",
                                 "1. ご提案の趣旨",
                                 "日の出ライジングの国内リーグ・国際大会での露出を通じ、貴社新製品の認知拡大を図ります。",
                                 "2. 協賛プラン"],
                  "tables": [[["プラン", "内容", "年間協賛金（税別）"],
                              ["A：胸ロゴ", "ユニフォーム胸・配信オーバーレイ・SNS月4回", "18,000,000円"],
                              ["B：ネーミングライツ", "チーム名冠・大会冠・選手イベント年2回", "32,000,000円"]]]}])

# -- S09 PPAP: player contract in a password ZIP to the agent
add("stop", [], ["unscannable_attachment"],
    "password-protected ZIP (PPAP) cannot be inspected",
    sender=frm("hayase"), to=["プロゲーマーエージェンシー 浅倉様 <asakura@progamer-agency.com>"],
    subject="選手契約書（2026年度）ご確認のお願い", charset="iso-2022-jp",
    body=f"""株式会社プロゲーマーエージェンシー
浅倉様

お世話になっております。日の出産業の早瀬です。

2026年度の選手契約書（更新分）を、パスワード付きZIPにてお送りします。
パスワードは別途メールにてお知らせいたします。

修正のご要望がございましたら、12月5日までにご連絡いただけますと助かります。

{sig("hayase", 0)}
""",
    attachments=[{"kind": "zip", "name": "選手契約書_2026.zip", "password": "Rs2026#ag",
                  "files": [{"kind": "docx", "name": "選手契約書_2026.docx",
                             "paragraphs": ["選手契約書", "第1条（目的）", "第2条（契約期間）2026年1月1日から12月31日まで",
                                            "第3条（報酬）別紙のとおり"]}]}])

# -- S10 guardian consents of five minors (PDF table) to the league
_rows = [["選手氏名", "生年月日", "学校名", "保護者氏名", "続柄", "保護者連絡先", "住所"]]
for i in range(5):
    c = P()
    g = P(female=rng.random() < 0.6)
    g.kanji = c.sur[0] + " " + g.giv[0]
    _rows.append([c.kanji, wareki(dob(2008, 2011), "kanji"),
                  rng.choice(["桜台高等学校", "港南学園高等部", "青陵中学校", "北斗高等専修学校"]),
                  g.kanji, rng.choice(["父", "母", "母", "祖母"]), mobile(), address(0)])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "five minors' consent records with guardians' phones and addresses (PDF) to the league",
    sender=frm("hayase"), to=["日本eスポーツ競技連盟 登録課 <touroku@esports-renmei.or.jp>"],
    subject="ジュニア選手登録 保護者同意書の提出（5名）", charset="utf-8",
    body=f"""日本eスポーツ競技連盟
登録課 御中

お世話になっております。日の出産業 eスポーツ推進室の早瀬です。

育成チーム「日の出ライジング Jr.」の未成年選手5名について、
保護者同意書の記載内容を一覧にしたPDFを添付いたします。
原本は本日レターパックで発送しました。

ご査収のほどよろしくお願いいたします。

{sig("hayase", 1)}
""",
    attachments=[{"kind": "pdf", "name": "保護者同意書一覧_Jr.pdf", "title": "保護者同意書一覧",
                  "lines": ["日の出ライジング Jr.　未成年選手 保護者同意書 一覧", ""], "table": _rows}])

# -- S11 one player's health findings (diagnosis) to an outside clinic
_t = P(female=False)
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "a named player's diagnosis (tenosynovitis) and check results sent to an outside clinic",
    sender=frm("shishido"), to=["みなとスポーツクリニック リハビリ科 <rehab@minato-sports-clinic.jp>"],
    subject="選手のリハビリプログラムのご相談", charset="iso-2022-jp",
    body=f"""みなとスポーツクリニック
リハビリテーション科 ご担当 先生

いつもお世話になっております。日の出産業 健康管理室の宍戸です。

当社チームの{_t.kanji}選手（21歳）ですが、先月の定期健診後に整形外科を受診し、
右手首のドケルバン病（狭窄性腱鞘炎）と診断されました。あわせて健診では
血圧 148/96 と高めで、再検査を指示されております。

練習量を落としつつ競技を続けたいという本人の希望があり、
貴院でリハビリと練習メニューの調整をご指導いただけないかと考えております。
初回のご相談日程をいくつかいただけますでしょうか。

{sig("shishido", 0)}
""")

# -- S13 residence card of a foreign player to the insurer (one record, block layout)
_c = ("CHOI WOO-JIN", "チェ・ウジン")
add("stop", ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "a foreign player's residence card number, DOB and address to an outside insurer",
    sender=frm("hatori"), to=["ときわ損保 法人営業部 <hojin@tokiwa-sonpo.co.jp>"],
    subject="団体傷害保険 被保険者追加のお願い", charset="utf-8",
    body=f"""ときわ損害保険株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業 総務部の羽鳥です。

団体傷害保険（証券番号 GT-2025-018834）に、下記1名の追加をお願いいたします。

■被保険者
　氏名：{_c[0]}（{_c[1]}）
　生年月日：2002年8月21日
　住所：{address(2)}
　在留カード番号：{residence_card()}
　補償開始日：2025年12月1日

手続き書類がございましたらお送りください。

{sig("hatori", 0)}
""")

# -- S14 HTML-only transfer request: seven winners' bank accounts
_trs = ""
for i in range(7):
    p = P()
    b, br, kind, no = bank_account()
    _trs += (f"<tr><td>{i + 1}</td><td>{p.kata.replace(' ', '　')}</td><td>{b}</td><td>{br}</td>"
             f"<td>{kind}</td><td>{no}</td><td>{rng.choice(['30,000', '50,000', '100,000'])}</td></tr>\n")
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "seven prize winners' personal bank accounts in an HTML table to the bank",
    sender=frm("onodera"), to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    subject="総合振込依頼（日の出杯 賞金 個人7名分）", charset="utf-8",
    html=f"""<html><body>
<p>みどり銀行 法人営業部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 経理部の小野寺です。<br>
日の出杯オープン部門の賞金につき、下記のとおり総合振込をお願いいたします。<br>
振込指定日：2025年11月28日</p>
<table border="1" cellpadding="3">
<tr><th>No</th><th>受取人名（カナ）</th><th>銀行</th><th>支店</th><th>種別</th><th>口座番号</th><th>金額（円）</th></tr>
{_trs}</table>
<p>依頼書原本は本日発送いたします。</p>
<p>日の出産業株式会社 経理部 小野寺 彩<br>TEL 03-6809-4210</p>
</body></html>""")

# -- S15 streamer registration: five players' channels, private mail and phones (TSV in body)
_lines = ["氏名\tチャンネル名\t登録メールアドレス\t電話番号"]
for p in people(5):
    _lines.append(f"{p.kanji}\tRISING_{p.giv[2]}\t{free_email(p)}\t{mobile()}")
_tsv = "\n".join(_lines)
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "five players' private e-mail and phone (tab-separated) to the streaming platform",
    sender=frm("kiryu"), to=["LiveWave パートナーサポート <partner@livewave.com>"],
    subject="パートナープログラム申請：日の出ライジング所属配信者5名", charset="utf-8",
    body=f"""LiveWave パートナーサポート ご担当者様

お世話になっております。日の出産業の桐生です。
先日ご案内いただいたチーム一括でのパートナー申請について、
対象の所属選手5名の情報をお送りします（Excelから貼り付けています）。

{_tsv}

収益の振込先はチーム（当社法人口座）でお願いします。

{sig("kiryu", 0)}
""")

# -- S16 English: two players' passport numbers for an invitation letter
_e1, _e2 = P(female=False), P(female=False)
add("stop", ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "English mail with two players' passport numbers and dates of birth to a US team",
    sender=frm("ortega"), to=["Megan Hollis <megan.hollis@northstar-esports.com>"],
    subject="Invitation letters for the Pacific Invitational - player details", charset="utf-8",
    body=f"""Hi Megan,

Thanks again for hosting us in February. As requested, here are the details of the two
players who still need an invitation letter for their visa interviews:

1. {_e1.roma_up} - born {ymd(dob(2000, 2004), "dmy")} - passport {jp_passport()} (Japan)
2. {_e2.roma_up} - born {ymd(dob(2000, 2004), "dmy")} - passport {jp_passport()} (Japan)

Both will be travelling with our team manager, Hayato Makabe, whose letter you already sent.
Could you issue the letters on Northstar letterhead and email the PDFs to me?

{sig("ortega", 3)}
""")

# -- S17 own domain with "co." dropped: hinode-sangyo.jp
add("stop", [], ["lookalike_domain"],
    "internal colleague addressed at hinode-sangyo.jp (dropped co.): look-alike of the own domain",
    sender=frm("kuga"), to=["真壁 隼人 <makabe.hayato@hinode-sangyo.jp>"],
    subject="来週の練習場使用スケジュール", charset="iso-2022-jp",
    body=f"""真壁さん

お疲れさまです。久我です。
来週の練習場（5階 ゲーミングルーム）の使用枠です。

　月・火：13:00〜21:00 トップチーム
　水　　：休養日（メディア撮影 15:00〜）
　木・金：13:00〜21:00 トップチーム / 17:00〜19:00 Jr.
　土　　：スクリム（対 Northstar、オンライン）10:00〜

機材更新の業者立ち会いが水曜午前に入ります。

{sig("kuga", 2)}
""")

# -- S18 fan meeting attendee list: XLSX, title row, 30 rows with e-mail
_rows = [["ファンミーティング2025 来場者名簿（最終）"], ["作成：日の出産業 eスポーツ推進室"], [],
         ["整理番号", "氏名", "メールアドレス", "チケット種別", "座席"]]
for i in range(30):
    p = P()
    _rows.append([f"FM{i + 1:04d}", p.kanji, free_email(p), rng.choice(["一般", "プレミアム", "FC先行"]), f"{rng.choice('ABCDEF')}-{rng.randint(1, 40)}"])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
    "30 attendees' names and private e-mail addresses in an XLSX to the venue",
    sender=frm("kuga"), to=["ベイサイドアリーナ 運営部 <unei@bayside-arena.co.jp>"],
    subject="Re: 来場者名簿のご提出について", charset="utf-8",
    body=f"""ベイサイドアリーナ 運営部
石原様

お世話になっております。日の出産業の久我です。
ご依頼の来場者名簿（最終版）を添付いたします。30名です。

当日の入場確認でご利用ください。

{sig("kuga", 0)}

> 日の出産業 久我様
> 先日はありがとうございました。前日までに来場者名簿をお送りください。
> ベイサイドアリーナ 運営部 石原
""",
    attachments=[{"kind": "xlsx", "name": "来場者名簿_最終.xlsx", "sheets": {"名簿": _rows}}])

# -- S19 criminal arrest of a named player, to the law firm
_o = P(female=False)
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "a named player's arrest on suspicion of assault (criminal record category) to the law firm",
    sender=frm("kiryu"), to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="至急ご相談：所属選手の件", charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の桐生です。
急ぎご相談させてください。

当社チーム所属の{_o.kanji}が、先週土曜の深夜、渋谷区内の飲食店で口論となった相手を
殴ってけがをさせたとして、傷害の疑いで逮捕されました。月曜に釈放され、
現在は在宅で捜査が続いていると本人から聞いています。

選手契約書第14条（品位保持義務）に基づく契約解除・出場停止が可能か、
また対外的な発表のタイミングについてご助言いただけますでしょうか。
明日の午後でしたら事務所に伺えます。

{sig("kiryu", 0)}
""")

# -- S20 three guardians on free mail in To: can see each other
_g = people(3, female=True)
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "three guardians (private persons on free mail) in To can see each other's addresses",
    sender=frm("hayase"),
    to=[f"{_g[0].kanji} <{free_email(_g[0], 'gmail.com')}>", f"{_g[1].kanji} <{free_email(_g[1], 'yahoo.co.jp')}>",
        f"{_g[2].kanji} <{free_email(_g[2], 'icloud.com')}>"],
    subject="ジュニア育成合宿（8/9〜8/11）のご案内", charset="iso-2022-jp",
    body=f"""保護者の皆さま

いつも日の出ライジング Jr. の活動にご協力いただきありがとうございます。
eスポーツ推進室の早瀬です。

夏の育成合宿について、ご案内いたします。

　日程：8月9日（土）〜11日（月・祝）2泊3日
　場所：さくらホテル 湘南（神奈川県藤沢市）
　集合：8/9 9:00 日の出産業ビル1階ロビー（貸切バスで移動）
　持ち物：保険証の写し、常備薬、着替え、筆記用具

参加同意書を7月25日までにご提出ください。

{sig("hayase", 4)}
""")

# -- S21 FW: clinic's health-check results of six players, forwarded to an outside trainer
_rows = [["氏名", "年齢", "血圧", "BMI", "所見"]]
for p, f in zip(people(6), ["異常なし", "軽度脂肪肝（要経過観察）", "睡眠時無呼吸症候群の疑い（要精査）",
                            "鉄欠乏性貧血", "異常なし", "視力低下（両眼0.3）・眼精疲労"]):
    _rows.append([p.kanji, str(rng.randint(18, 27)), f"{rng.randint(104, 142)}/{rng.randint(62, 92)}",
                  f"{rng.uniform(18.0, 29.5):.1f}", f])
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "forward of six players' health-check findings to an outside trainer: new text to them",
    sender=frm("makabe"), to=["ボディラボ 大迫トレーナー <osako@body-lab.co.jp>"],
    subject="FW: 【結果送付】日の出ライジング 選手健康診断結果（6名）", charset="utf-8",
    body=f"""大迫さん

お世話になっております。真壁です。
クリニックから届いた健診結果を転送します。オフ期間のトレーニングメニュー作成の
参考にしてください。特に3人目と4人目は無理のない範囲でお願いします。

真壁

---------- Forwarded message ---------
From: みなとスポーツクリニック 健診センター <kenshin@minato-sports-clinic.jp>
Date: 2025年11月14日(金) 16:02
Subject: 【結果送付】日の出ライジング 選手健康診断結果（6名）
To: 真壁 隼人 <makabe.hayato@hinode-sangyo.co.jp>

日の出産業株式会社 真壁様

先日受診いただいた6名の健康診断結果をお知らせします。

{table(_rows)}

詳細な結果票は各選手へ郵送しております。
みなとスポーツクリニック 健診センター
""")

# -- S22 corrupt XLSX order sheet
add("stop", [], ["unscannable_attachment"],
    "the attached order sheet is corrupt and cannot be inspected",
    sender=frm("eto"), to=["プリントウェア工房 営業部 <eigyo@printwear-kobo.co.jp>"],
    subject="冬グッズ 発注書の送付", charset="cp932",
    body=f"""株式会社プリントウェア工房
営業部 ご担当者様

お世話になっております。日の出産業 ブランド推進課の江藤です。

冬の新作グッズ（パーカー、マフラータオル、アクリルスタンド）の発注書を
添付いたします。納期は12月12日着でお願いできますでしょうか。

{sig("eto", 1)}
""",
    attachments=[{"kind": "corrupt", "name": "グッズ発注書_2025冬.xlsx"}])

# -- S23 five players' My Numbers (XLSX) to the tax accountant
_rows = [["2025年分 報酬支払 個人番号一覧（選手）"], [],
         ["氏名", "住所", "個人番号", "支払金額（年額）"]]
for k, p in enumerate(people(5), start=10):
    _rows.append([p.kanji, address(0), mn(k), f"{rng.randint(24, 96) * 100000:,}"])
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "five players' My Numbers and addresses in an XLSX to the outside tax office",
    sender=frm("onodera"), to=["小林税理士事務所 担当 三浦様 <miura@kobayashi-zeirishi.jp>"],
    subject="支払調書作成用データ（選手報酬分）", charset="iso-2022-jp",
    body=f"""小林税理士事務所
三浦様

お世話になっております。日の出産業の小野寺です。
選手報酬分の支払調書作成用データを添付いたします。
個人番号は各選手から提出を受けたものを転記しています。

よろしくお願いいたします。

{sig("onodera", 2)}
""",
    attachments=[{"kind": "xlsx", "name": "支払調書用_選手.xlsx", "sheets": {"選手報酬": _rows}}])

# -- S24 driver's licence number of the staff driver, 昭和 date of birth
_d = P(female=False)
add("stop", ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a driver's licence number with name and 昭和 date of birth to a rental car company",
    sender=frm("kuga"), to=["はやてレンタカー 羽田店 <haneda@hayate-rentacar.co.jp>"],
    subject="機材車（ハイエース）予約の運転者登録", charset="iso-2022-jp",
    body=f"""はやてレンタカー 羽田店 御中

お世話になります。日の出産業の久我です。
12/19〜12/21でご予約済みのハイエース（予約番号 HY-77120）について、
運転者の登録をお願いします。

　運転者　{_d.kanji}（{_d.kana}）
　{wareki(dob(1978, 1988), "kanji")}生
　免許証番号　第{rng.randint(30, 62)}{rng.randint(0, 9999999999):010d}号

当日は本人が免許証原本をお持ちします。

{sig("kuga", 0)}
""")

# -- S25 protected PDF contract to the streaming platform
add("stop", [], ["unscannable_attachment"],
    "password-protected PDF cannot be inspected",
    sender=frm("kiryu"), to=["StreamNest 法務部 <legal@streamnest.jp>"],
    subject="配信権契約書（署名済）の送付", charset="utf-8",
    body=f"""StreamNest株式会社
法務部 ご担当者様

お世話になっております。日の出産業の桐生です。
2026年度 配信権契約書の当社署名済みPDFをお送りします。
閲覧パスワードはお電話でお伝えいたします。

{sig("kiryu", 0)}
""",
    attachments=[{"kind": "pdf", "name": "配信権契約書_2026_署名済.pdf", "password": "sn-2026-hs",
                  "lines": ["配信権契約書", "日の出産業株式会社（甲）と StreamNest株式会社（乙）は…"]}])

# -- S26 religion: a named player is Muslim, halal meals and prayer room (to the partner hotel)
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "a named player's religion (Muslim: halal, prayer) to the hotel is 要配慮 (creed)",
    sender=frm("kuga"), to=["さくらホテル 料飲部 <fb@sakura-hotel.jp>"],
    subject="合宿中の食事対応についてのお願い", charset="utf-8",
    body=f"""さくらホテル 料飲部 ご担当者様

いつもお世話になっております。日の出産業の久我です。
来月の合宿（1/12〜1/16、20名）の食事について、個別対応のお願いです。

新加入のインドネシア出身選手 RIZKY PRATAMA（リズキー・プラタマ）さんは
イスラム教徒のため、滞在中の食事をハラール対応としていただけますでしょうか。
豚肉・アルコールを含む調味料は不可とのことです。
また1日5回の礼拝のため、静かな小部屋を1室お借りできると助かります。

対応可否と追加料金をお知らせください。

{sig("kuga", 1)}
""")

# -- S27 crime victim: stalking, police report filed, to the security firm
_v = P(female=True)
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "a named player who is a victim of stalking (police report filed): 要配慮, to the security firm",
    sender=frm("makabe"), to=["関東警備保障 身辺警護課 <shinpen@kanto-keibi.co.jp>"],
    subject="ファンイベント当日の身辺警護のご相談", charset="iso-2022-jp",
    body=f"""関東警備保障株式会社
身辺警護課 ご担当者様

日の出ライジングのマネージャー、真壁でございます。

当チームの{_v.kanji}選手が、今年の夏頃からSNSと自宅付近で特定の人物から
執拗なつきまといを受けており、先月、所轄の警察署に被害届を提出しております。
相手の人物はファンイベントに来場する可能性があるとのことで、
11/23のイベント当日、本人に身辺警護をつけていただけないでしょうか。

相手の特徴などは警察からの情報を含め、お打ち合わせの場でお伝えします。

{sig("makabe", 0)}
""")

# -- S28 transfer-negotiation memo stamped 取扱注意 (DOCX)
add("stop", [], ["confidential_marking"],
    "the DOCX memo is stamped 取扱注意 in its header and goes to an outside agency",
    sender=frm("kiryu"), to=["プロゲーマーエージェンシー 浅倉様 <asakura@progamer-agency.com>"],
    subject="移籍交渉の条件整理（メモ）", charset="iso-2022-jp",
    body=f"""浅倉様

お世話になっております。桐生です。
先日の電話での内容を、当社側でメモに整理しました。相違がないかご確認ください。

{sig("kiryu", 2)}
""",
    attachments=[{"kind": "docx", "name": "移籍交渉メモ_20251118.docx", "page_header": "取扱注意",
                  "paragraphs": ["移籍交渉 条件整理メモ（2025/11/18）",
                                 "・移籍金：2,000万円を上限に協議（分割2回）",
                                 "・契約期間：2年＋1年オプション",
                                 "・発表時期：オフシーズン発表会（12/12）にて",
                                 "・先方チームへの通知はエージェント経由"]}])

# -- S29 homoglyph partner domain midori-glnko.co.jp (i → l)
add("stop", [], ["lookalike_domain"],
    "midori-glnko.co.jp (l for i) is a look-alike of partner midori-ginko.co.jp",
    sender=frm("onodera"), to=["みどり銀行 渋谷支店 法人課 <hojin-shibuya@midori-glnko.co.jp>"],
    subject="大会賞金プール用口座の入金予定", charset="cp932",
    body=f"""みどり銀行 渋谷支店
法人課 ご担当者様

いつもお世話になっております。日の出産業 経理部の小野寺です。

RISING CUP 2025 の賞金プール用として開設いただいた当社名義口座に、
12月1日付でスポンサー各社から協賛金の入金が予定されています（合計 1,200万円程度）。
入金確認の連絡は経理部代表宛にお願いいたします。

{sig("onodera", 0)}
""")

# -- S30 reply with NEW list: eight high-school players, 和暦 DOB with full-width digits
_rows = [["氏名", "学校", "学年", "生年月日", "緊急連絡先（保護者）"]]
for p in people(8):
    _rows.append([p.kanji, rng.choice(["県立若葉台高", "私立明星学園", "市立港北高", "県立青嵐高"]),
                  rng.choice(["１年", "２年", "３年"]), wareki(dob(2007, 2010), "fw"), fw(mobile())])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "new text of a reply lists eight students with 和暦 DOB and guardians' phones (full-width)",
    sender=frm("hayase"), to=["日本eスポーツ競技連盟 高校大会事務局 <koukou@esports-renmei.or.jp>"],
    subject="Re: 高校生eスポーツ大会 参加者情報のご提出依頼", charset="utf-8",
    body=f"""高校大会事務局 ご担当者様

お世話になっております。日の出産業の早瀬です。
当社が支援している高校生チームの参加者情報をお送りします。

{table(_rows, gap=2, rule="－")}

以上8名です。よろしくお願いします。

早瀬

-----Original Message-----
From: 高校大会事務局 <koukou@esports-renmei.or.jp>
Sent: Monday, November 10, 2025 10:15 AM
Subject: 高校生eスポーツ大会 参加者情報のご提出依頼

支援団体ご担当者様
参加者の氏名・学校・学年・生年月日・緊急連絡先を11/20までにご提出ください。
""")

# -- S31 health-insurance card symbols/numbers of two players, for a check-up booking
_h = people(2, female=False)
add("stop", ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "two players' 健康保険証 記号・番号 with DOB sent to an outside clinic",
    sender=frm("shishido"), to=["みなとスポーツクリニック 予約センター <yoyaku@minato-sports-clinic.jp>"],
    subject="メディカルチェック予約（2名）", charset="iso-2022-jp",
    body=f"""みなとスポーツクリニック 予約センター御中

日の出産業 健康管理室の宍戸です。
12/3（水）午前のメディカルチェックに、下記2名の予約をお願いします。
事前登録に保険証の情報が必要とのことでしたので記載します。

{_h[0].kanji}　{ymd(dob(1999, 2004), "kanji")}生
　保険者番号 06{rng.randint(100000, 999999)}　記号 {rng.randint(1000, 9999)}　番号 {rng.randint(1, 399)}
{_h[1].kanji}　{ymd(dob(1999, 2004), "kanji")}生
　保険者番号 06{rng.randint(100000, 999999)}　記号 {rng.randint(1000, 9999)}　番号 {rng.randint(1, 399)}

当日は本人が保険証を持参します。

{sig("shishido", 2)}
""")

# -- S32 English: CSV of 12 giveaway winners (name, postal address, phone) to the sponsor
_rows = [["Name", "Name (kana)", "Postal code", "Address", "Phone", "Prize"]]
for p in people(12):
    _rows.append([p.roma, p.kata, postal(), address(rng.choice([0, 2])), mobile(),
                  rng.choice(["APX-K7 keyboard", "APX-M3 mouse", "APX-H9 headset"])])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "twelve giveaway winners' home addresses and phones (CSV) to a sponsor, in English",
    sender=frm("ortega"), to=["Lucas Brennan <l.brennan@apex-peripherals.com>"],
    subject="Giveaway winners - shipping list", charset="utf-8",
    body=f"""Hi Lucas,

Here is the shipping list for the Rising Cup stream giveaway (12 winners).
Your fulfilment team can ship directly from the Osaka warehouse.
Please make sure everything goes out before December 15.

{sig("ortega", 3)}
""",
    attachments=[{"kind": "csv", "name": "giveaway_winners.csv", "rows": _rows, "encoding": "utf-8"}])

# -- S33 disability of one named fan, to the venue
_f = P()
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one fan's disability (wheelchair, spinal cord injury, 手帳1級) with phone to the venue",
    sender=frm("kuga"), to=["ベイサイドアリーナ 運営部 石原様 <ishihara@bayside-arena.co.jp>"],
    subject="車いすでご来場のお客様について", charset="cp932",
    body=f"""石原様

お世話になっております。日の出産業の久我です。

11/23のファンミーティングに、{_f.kanji}様が車いすでご来場予定です。
脊髄損傷で身体障害者手帳1級をお持ちとのことで、介助者1名が同伴されます。
車いす席とスロープ側入口のご案内をお願いできますでしょうか。
当日、会場周辺でお困りの際はご本人の携帯（{mobile()}）へ連絡してよいと
ご了承いただいております。

{sig("kuga", 0)}
""")

# -- S34 press release to four media outlets, all visible
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "press release to four media companies in To/Cc: they can see each other",
    sender=frm("eto"),
    to=["ゲームニュースWeb 編集部 <news@gamenews-web.jp>", "eSports Times <desk@esports-times.com>",
        "電波新聞 デジタル編集部 <digital@denpa-press.co.jp>"],
    cc=["LiveWave 広報 <pr@livewave.com>"],
    subject="【プレスリリース】日の出ライジング、RISING CUP 2025 決勝大会の開催を発表", charset="utf-8",
    body=f"""報道関係者各位

いつもお世話になっております。日の出産業 広報部の江藤です。
本日、下記のプレスリリースを配信いたしましたのでお知らせいたします。

━━━━━━━━━━━━━━━━━━━━
日の出ライジング、RISING CUP 2025 決勝大会を12月20日・21日に開催
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社は、国内トップ8チームが出場する「RISING CUP 2025」決勝大会を
ベイサイドアリーナで開催します。賞金総額は1,000万円。LiveWaveで全試合を生配信します。

取材のお申し込みは12月10日までに本メールへご返信ください。

{sig("eto", 1)}
""")

# -- S35 plain ZIP: XLSX of ten minors (camp insurance) with guardians and addresses
_rows = [["ジュニア合宿 傷害保険 加入者名簿"], [],
         ["氏名", "フリガナ", "生年月日", "住所", "保護者氏名", "保護者電話"]]
for p in people(10):
    _rows.append([p.kanji, p.kata, ymd(dob(2009, 2013)), address(0), p.sur[0] + " " +
                  rng.choice(["敏行", "由美子", "直樹", "香織", "健二", "真理"]), mobile()])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "ten minors' records (DOB, address, guardian phone) in an XLSX inside a plain ZIP to the insurer",
    sender=frm("hatori"), to=["ときわ損保 法人営業部 <hojin@tokiwa-sonpo.co.jp>"],
    subject="ジュニア合宿 傷害保険（加入者名簿）", charset="iso-2022-jp",
    body=f"""ときわ損害保険株式会社
法人営業部 ご担当者様

お世話になっております。羽鳥です。
8月のジュニア合宿の国内旅行傷害保険について、加入者名簿をZIPでお送りします。
（容量の都合で圧縮しています。パスワードはかけていません。）

{sig("hatori", 0)}
""",
    attachments=[{"kind": "zip", "name": "ジュニア合宿_保険.zip",
                  "files": [{"kind": "xlsx", "name": "加入者名簿.xlsx", "sheets": {"名簿": _rows}},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "加入期間：2025/8/9〜8/11\n人数：10名\n問い合わせ：総務部 羽鳥"}]}])

# -- S36 mental-health diagnosis of one named player, to a sponsor
_m = P(female=False)
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "a named player's diagnosis (adjustment disorder) told to a sponsor",
    sender=frm("nagumo"), to=["かえでエナジー株式会社 小宮山様 <komiyama@kaede-energy.co.jp>"],
    subject="12月の広告撮影について（出演選手の変更）", charset="utf-8",
    body=f"""かえでエナジー株式会社
小宮山様

お世話になっております。南雲です。
12月の広告撮影について、出演選手の変更をお願いしたくご連絡しました。

出演予定だった{_m.kanji}ですが、先週、医師から適応障害との診断を受け、
年内は活動を休止して療養することになりました。ご本人の意向もあり、
公式には「コンディション不良のため休養」とのみ発表する予定です。

代わりに同じポジションの選手で撮影させていただけないでしょうか。
ご迷惑をおかけし申し訳ございません。

{sig("nagumo", 0)}
""")

# -- S37 basic pension number for social-insurance enrolment, to the 社労士
_sp = P()
add("stop", ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a player's 基礎年金番号 with DOB to an outside labour-and-social-security attorney",
    sender=frm("hatori"), to=["中井社会保険労務士事務所 <info@nakai-sr.jp>"],
    subject="資格取得届のお願い（12月1日入社 選手1名）", charset="cp932",
    body=f"""中井社会保険労務士事務所
中井先生

いつもお世話になっております。日の出産業 総務部の羽鳥です。

12月1日付で、プロ選手1名を契約社員として雇用いたします。
健康保険・厚生年金の資格取得届の作成をお願いいたします。

氏名：{_sp.kanji}（{_sp.kata}）
生年月日：{wareki(dob(1999, 2003), "kanji")}
基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
標準報酬月額の算定基礎：月額 350,000円

{sig("hatori", 0)}
""")

# -- S38 doping-control list: six players with current medication, padded
_rows = [["氏名", "生年月日", "服用中の薬（申告）", "備考"]]
for p, med in zip(people(6), ["なし", "抗アレルギー薬（フェキソフェナジン）", "睡眠導入剤（ゾルピデム）",
                              "喘息吸入薬（サルブタモール）", "なし", "抗うつ薬（セルトラリン）"]):
    _rows.append([p.kanji, ymd(dob(1998, 2005)), med, rng.choice(["", "", "医師処方あり"])])
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "six players' declared medications (health data) with DOB to the anti-doping body",
    sender=frm("shishido"), to=["日本スポーツ公正機構 検査課 <kensa@sportsfair.or.jp>"],
    subject="競技会時検査 対象選手の服用薬申告", charset="utf-8",
    body=f"""日本スポーツ公正機構 検査課 御中

日の出産業 健康管理室の宍戸です。
RISING CUP 決勝の競技会時検査に向け、登録選手の服用薬申告を取りまとめました。

{table(_rows)}

処方箋の写しが必要な場合はお知らせください。

{sig("shishido", 0)}
""")

# -- S39 own domain with hyphen for a dot: hinode-sangyo-co.jp
add("stop", [], ["lookalike_domain"],
    "hinode-sangyo-co.jp (hyphen for a dot) is a look-alike of the own domain",
    sender=frm("eto"), to=["桐生 航 <kiryu.wataru@hinode-sangyo-co.jp>"],
    cc=["久我 悠真 <kuga.yuma@hinode-sangyo.co.jp>"],
    subject="グッズサンプル写真（アクスタ・タオル）", charset="iso-2022-jp",
    body=f"""桐生さん、久我さん

お疲れさまです。江藤です。
プリントウェア工房からアクリルスタンドとマフラータオルのサンプルが届きました。
写真を添付します。タオルの赤が少し暗いので、色校をもう一度出してもらう予定です。

ご意見あれば金曜までにください。

{sig("eto", 2)}
""",
    attachments=[{"kind": "png", "name": "sample_towel.png"}, {"kind": "png", "name": "sample_acst.png"}])

# -- S40 English deck with a CONFIDENTIAL footer on every slide
add("stop", [], ["confidential_marking"],
    "PPTX partnership deck carries a CONFIDENTIAL footer on each slide, sent to a sponsor",
    sender=frm("ortega"), to=["Lucas Brennan <l.brennan@apex-peripherals.com>"],
    subject="2026 partnership proposal - deck", charset="utf-8",
    body=f"""Hi Lucas,

As promised, attached is our 2026 partnership deck. Pages 4-5 show the two package options
and the revenue share on co-branded peripherals. Happy to walk your team through it next week.

{sig("ortega", 3)}

{DISC_EN}
""",
    attachments=[{"kind": "pptx", "name": "HINODE_RISING_2026_Partnership.pptx",
                  "title": "2026 Partnership Proposal", "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                  "slides": [["2026 Partnership Proposal", "HINODE RISING x Apex Peripherals"],
                             ["Audience", "1.8M followers across platforms", "Avg. 42k concurrent viewers"],
                             ["Package A", "Jersey sleeve logo", "JPY 12M / year"],
                             ["Package B", "Co-branded gear line", "Revenue share 8%"]]}])

# -- S41 fan-club member list (CSV UTF-8) to the shipping partner: 25 rows, full records
_rows = [["会員番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メール", "誕生日"]]
for i in range(25):
    p = P()
    _rows.append([f"HR{rng.randint(100000, 999999)}", p.kanji, p.kata, postal(), address(rng.choice([0, 1, 2])),
                  mobile(), free_email(p), ymd(dob(1975, 2008), "iso")])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    ["personal_data"],
    "25 fan-club members' full records (CSV) to the shipping partner",
    sender=frm("eto"), to=["青葉運輸 法人物流センター <butsuryu@aoba-unyu.co.jp>"],
    subject="ファンクラブ会員向け 年末ギフト発送データ", charset="utf-8",
    body=f"""青葉運輸株式会社
法人物流センター ご担当者様

いつもお世話になっております。日の出産業の江藤です。
ファンクラブ「RISERS」プレミアム会員向けの年末ギフトの発送データをお送りします。
出荷は12月18日、お届けは12月20日〜22日指定でお願いします。

{sig("eto", 0)}
""",
    attachments=[{"kind": "csv", "name": "RISERS_gift_2025.csv", "rows": _rows, "encoding": "utf-8"}])

# -- S42 a fan's card number in full-width digits, for a refund
_cf = P()
_cn = card(1)
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a fan's full credit-card number (full-width digits) sent to the payment processor",
    sender=frm("eto"), to=["ペイブリッジ 加盟店サポート <support@pay-bridge.co.jp>"],
    subject="返金処理のお願い（オンラインショップ 注文 HS-25-008812）", charset="utf-8",
    body=f"""ペイブリッジ株式会社
加盟店サポート ご担当者様

いつもお世話になっております。日の出産業（加盟店ID 4410029）の江藤です。

オンラインショップの注文 HS-25-008812 について、在庫切れのため全額返金をお願いします。
お客様から「カード明細で確認したい」とのことで、番号をいただいています。

　{_cf.kata}様
　{fw(_cn[:4])}　{fw(_cn[4:8])}　{fw(_cn[8:12])}　{fw(_cn[12:])}
　ご利用日 2025/11/02　金額 8,800円

お手数ですがよろしくお願いいたします。

{sig("eto", 1)}
""")

# -- S43 FW of a player's own mail (attached .eml) with passport and residence card
_k = ("LIM JAE-SEOK", "イム・ジェソク")
_inner = {"sender": "Lim Jae-seok <jaeseok.lim0907@gmail.com>",
          "to": ["羽鳥 大輔 <hatori.daisuke@hinode-sangyo.co.jp>"],
          "subject": "在留期間更新の書類です", "charset": "utf-8",
          "body": f"""羽鳥さん

お疲れさまです。イムです。
在留期間の更新に必要と言われた情報を送ります。

パスポート番号 M{rng.randint(10000000, 99999999)}（2031年4月まで）
在留カード {residence_card()}
生年月日 1999年9月7日
今の住所は {address(2)} です。

よろしくお願いします。
Lim Jae-seok
"""}
add("stop", ["JP_PASSPORT", "JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    ["personal_data"],
    "forwarded player mail (.eml) with passport, residence card, DOB and address to the visa agent",
    sender=frm("hatori"), to=["田辺行政書士事務所 田辺様 <tanabe@tanabe-gyosei.jp>"],
    subject="転送：在留期間更新の書類です（{}選手）".format(_k[1]), charset="iso-2022-jp",
    body=f"""田辺様

お世話になっております。羽鳥です。
{_k[1]}選手の在留期間更新の件、本人から届いたメールをそのまま転送します。
申請書の作成をお願いいたします。

{sig("hatori", 2)}
""",
    attachments=[{"kind": "eml", "name": "在留期間更新の書類です.eml", "message": _inner}])

# -- S44 contract review: five minors, one record per block
_blocks = []
for i, p in enumerate(people(5), 1):
    _blocks.append(f"""【{i}】{p.kanji}（{p.kana}）
　生年月日：{wareki(dob(2008, 2010), "short")}
　住所：{address(1)}
　保護者：{p.sur[0]} {rng.choice(['伸也', '恵', '隆', '佳代子', '修'])}（{rng.choice(['父', '母'])}）　TEL {mobile()}""")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "five minors' records in blocks (DOB, address, guardian phone) to the law firm",
    sender=frm("hayase"), to=["白川法律事務所 河野先生 <kono@shirakawa-law.jp>"],
    subject="育成選手契約（未成年5名）のリーガルチェック", charset="utf-8",
    body=f"""白川法律事務所
河野先生

お世話になっております。日の出産業の早瀬です。
育成選手契約書のリーガルチェックにあたり、対象となる未成年選手5名の情報をお送りします。
法定代理人の同意欄の記載確認にお使いください。

""" + "\n\n".join(_blocks) + f"""

契約書ドラフトは別途お送りしたものからの変更はありません。

{sig("hayase", 0)}
""")

# -- S45 organiser in To, venue and streaming platform in Cc: three external organisations
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three external organisations in To/Cc can see each other",
    sender=frm("kuga"), to=["ゲームフェス東京 制作部 <seisaku@gamefes-tokyo.jp>"],
    cc=["ベイサイドアリーナ 運営部 <unei@bayside-arena.co.jp>", "LiveWave 制作 <production@livewave.com>"],
    subject="決勝大会 搬入・配信設営スケジュール（案）", charset="iso-2022-jp",
    body=f"""関係各位

お世話になっております。日の出産業の久我です。
決勝大会の搬入・設営スケジュール案を共有します。

　12/19（金） 8:00 搬入開始（ステージ・照明）
　　　　　　 14:00 配信卓・回線工事（LiveWave様）
　12/20（土） 9:00 リハーサル、12:00 開場、13:00 本番

各社のご都合と合わない点があればご返信ください。

{sig("kuga", 0)}
""")

# -- S46 corrupt PDF to the winner on free mail
_wn = P()
add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "corrupt PDF attachment; recipient is a private person on free mail",
    sender=frm("kuga"), to=[f"{_wn.kanji} <{free_email(_wn, 'gmail.com')}>"],
    subject="日の出杯 優勝賞状（データ）のお送り", charset="utf-8",
    body=f"""{_wn.kanji}様

日の出杯 個人の部 優勝、おめでとうございます。
ご希望いただいた賞状のデータ版をお送りします。原本は表彰式でお渡ししたものです。

今後のご活躍をお祈りしております。

{sig("kuga", 4)}
""",
    attachments=[{"kind": "corrupt", "name": "賞状_日の出杯2025.pdf"}])

# -- S47 partner look-alike with a letter added: kawasaki-dennki.co.jp
add("stop", [], ["lookalike_domain"],
    "kawasaki-dennki.co.jp (letter added) is a look-alike of partner kawasaki-denki.co.jp",
    sender=frm("makabe"), to=["川崎電機 ゲーミングPC事業部 <gaming-pc@kawasaki-dennki.co.jp>"],
    subject="練習用PC 10台の仕様確認", charset="cp932",
    body=f"""川崎電機株式会社
ゲーミングPC事業部 ご担当者様

お世話になっております。日の出ライジングの真壁です。
来季の機材提供についてお見積りのとおり進めたく、仕様を確認させてください。

　・CPU：16コア以上
　・GPU：最新世代ハイエンド
　・メモリ：32GB、SSD：2TB
　・モニター：27インチ 360Hz（10台）

納品は1月第2週を希望しています。

{sig("makabe", 0)}
""")

# -- S48 subject and first line marked 【極秘】
add("stop", [], ["confidential_marking"],
    "mail classified 【極秘】 in subject and body goes to a sponsor",
    sender=frm("nagumo"), to=["北国フーズ 広報室 長嶺様 <nagamine@kitaguni-foods.co.jp>"],
    subject="【極秘】次期スポンサー契約条件（案）", charset="iso-2022-jp",
    body=f"""【極秘】

北国フーズ株式会社
広報室 長嶺様

お世話になっております。南雲です。
次期（2026〜2027）のスポンサー契約条件の案をお送りします。
正式発表まで社内でも限られた方のみでのご検討をお願いいたします。

　・契約期間：2年
　・協賛金：年額 2,400万円（前年比 +20%）
　・権利：チーム公式ドリンク呼称、選手出演CM 年2本、ファンイベント冠

{sig("nagumo", 0)}
""")

# -- S50 one minor's medical-check finding to the guardian (carrier mail)
_jr = P(female=False)
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data", "freemail_recipient"],
    "a minor's medical finding (arrhythmia) to the guardian: 要配慮 of one person, external",
    sender=frm("hayase"), to=[f"{_jr.sur[0]} 由紀 <{free_email(_jr, 'docomo.ne.jp')}>"],
    subject="メディカルチェック結果のご連絡", charset="iso-2022-jp",
    body=f"""{_jr.sur[0]}様

いつもお世話になっております。日の出ライジング Jr. の早瀬です。

先日のメディカルチェックで、{_jr.giv[0]}さんの心電図に心室性期外収縮（不整脈）の所見があり、
医師から専門医での精密検査をおすすめするとのことでした。
日常生活や練習に直ちに支障があるものではないと伺っていますが、
念のため受診いただき、結果をお知らせいただけますと幸いです。

ご不明な点はお気軽にご連絡ください。

{sig("hayase", 0)}
""")

# -- S51 legacy XLS: four casters' fees with My Numbers
_rows = [["氏名", "役割", "住所", "個人番号", "報酬（税込）"]]
for k, p in enumerate(people(4), start=20):
    _rows.append([p.kanji, rng.choice(["実況", "解説", "解説", "MC"]), address(1), mn(k),
                  rng.choice([110000, 165000, 220000])])
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "four casters' My Numbers and addresses in a legacy XLS to an outside accounting office",
    sender=frm("onodera"), to=["吉野会計事務所 <info@yoshino-kaikei.jp>"],
    subject="実況・解説者への報酬（支払調書用）", charset="cp932",
    body=f"""吉野会計事務所 御中

日の出産業 経理部の小野寺です。
RISING CUP 本戦の実況・解説者4名への報酬について、支払調書用の一覧をお送りします。

{sig("onodera", 0)}
""",
    attachments=[{"kind": "xls", "name": "報酬支払一覧_キャスター.xls", "sheets": {"2025": _rows}}])

# -- S52 English: three trial players on three free-mail domains in To
_tp = people(3, female=False)
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "three private persons (free mail) in To can see each other's addresses",
    sender=frm("ortega"),
    to=["Jordan Pike <jpike.fps@gmail.com>", "Mateo Ruiz <mateo.r.gaming@icloud.com>",
        "Kenji Alvarez <kenji.alvarez@outlook.com>"],
    subject="HINODE RISING tryouts - schedule", charset="utf-8",
    body=f"""Hi all,

Thanks for applying to the HINODE RISING open tryouts. You have been selected for the
online stage:

- Dec 2, 19:00 JST: scrim block 1 (5v5, custom lobby)
- Dec 4, 19:00 JST: scrim block 2 + short interview with our coach

Please join our Discord server with the invite you received and check your ping to Tokyo.

{sig("ortega", 3)}
""")

# -- S53 partner look-alike with swapped letters: tusbasa-system.jp
add("stop", [], ["lookalike_domain"],
    "tusbasa-system.jp (letters swapped) is a look-alike of partner tsubasa-system.jp",
    sender=frm("kiryu"), to=["ツバサシステム 配信基盤チーム <haishin@tusbasa-system.jp>"],
    subject="決勝大会 配信サーバー構成の確認", charset="utf-8",
    body=f"""ツバサシステム株式会社
配信基盤チーム ご担当者様

お世話になっております。日の出産業の桐生です。
決勝大会の配信構成について、以下で確定としたいと思います。

　・エンコーダー：2系統（メイン／バックアップ）
　・回線：会場専用線 1Gbps ×2
　・配信先：LiveWave、StreamNest（同時配信）

当日のオンサイト要員は2名でお願いします。

{sig("kiryu", 0)}
""")

# -- S54 budget workbook with 部外秘 in the page header and title row
add("stop", [], ["confidential_marking"],
    "XLSX budget marked 部外秘 (page header and title row) to the printing partner",
    sender=frm("eto"), to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="販促物のお見積り依頼（予算表添付）", charset="iso-2022-jp",
    body=f"""錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業の江藤です。
決勝大会の販促物について、当社の予算表を添付しますので、
この範囲に収まるようお見積りをお願いいたします。

{sig("eto", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "2025決勝_販促物予算.xlsx", "page_header": "部外秘",
                  "sheets": {"予算": [["【部外秘】2025 決勝大会 販促物予算"], [],
                                    ["品目", "数量", "予算単価", "予算額"],
                                    ["B2ポスター", 500, 180, 90000], ["パンフレット A4 16P", 3000, 220, 660000],
                                    ["うちわ", 5000, 45, 225000], ["バックパネル 3×6m", 2, 180000, 360000]]}}])

# -- S55 HTML-only: nine pre-order customers for direct shipping
_trs = ""
for p in people(9):
    _trs += (f"<tr><td>{p.kanji}</td><td>〒{postal()}</td><td>{address(rng.choice([0, 2]))}</td>"
             f"<td>{mobile()}</td><td>{rng.choice(['HR-HD-25-BK-L', 'HR-HD-25-BK-M', 'HR-JSY-25-XL'])}</td></tr>\n")
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "nine customers' addresses and phones in an HTML table to the manufacturer for direct shipping",
    sender=frm("eto"), to=["プリントウェア工房 出荷担当 <shukka@printwear-kobo.co.jp>"],
    subject="予約販売分 直送先リスト", charset="utf-8",
    html=f"""<html><body>
<p>プリントウェア工房 出荷ご担当者様</p>
<p>お世話になっております。日の出産業の江藤です。<br>
予約販売分（第1次）の直送先です。完成次第、各お客様へ直接発送をお願いします。</p>
<table border="1">
<tr><th>お名前</th><th>郵便番号</th><th>ご住所</th><th>電話</th><th>品番</th></tr>
{_trs}</table>
<p>--<br>日の出産業株式会社 広報部 江藤 里奈</p>
</body></html>""")

# -- S57 race / ethnic origin of a named player in an interview brief to the platform
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "a named player's ethnic origin and past racist abuse (race/origin) to the streaming crew",
    sender=frm("eto"), to=["LiveWave 制作 番組ディレクター 堀様 <hori@livewave.com>"],
    subject="決勝配信 選手インタビューのNG事項", charset="utf-8",
    body=f"""LiveWave 制作
堀様

お世話になっております。日の出産業 広報の江藤です。
決勝配信の選手インタビューについて、NG事項をお伝えします。

・赤羽 ケイン 樹 選手：お父様がガーナ出身で、過去に肌の色についての差別的な
　書き込みを受けたことがあります。ルーツ・人種・外見に関する質問は避けてください。
・全選手共通：移籍・契約金に関する質問はNGです。

台本の確認は12/17までにお願いします。

{sig("eto", 0)}
""")

# -- S58 media kit PPTX: five player profiles with dates of birth
_slides = [["日の出ライジング 2025 選手プロフィール", "広告キャンペーン用資料"]]
for p in people(5, female=False):
    d = dob(1999, 2005)
    _slides.append([f"{p.kanji}（{p.roma}）", f"生年月日：{ymd(d, 'kanji')}",
                    f"出身：{rng.choice(['北海道', '大阪府', '福岡県', '宮城県', '愛知県', '沖縄県'])}",
                    f"ポジション：{rng.choice(['IGL', 'エントリー', 'サポート', 'スナイパー'])}"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "five players' profiles with full dates of birth (PPTX) to a sponsor: five records",
    sender=frm("nagumo"), to=["川崎電機 宣伝部 三宅様 <miyake@kawasaki-denki.co.jp>"],
    subject="広告キャンペーン用 選手プロフィール資料", charset="iso-2022-jp",
    body=f"""川崎電機株式会社
宣伝部 三宅様

お世話になっております。南雲です。
広告キャンペーン用に、出演選手5名のプロフィール資料をお送りします。
誕生日企画にもお使いいただけるよう、生年月日を入れております。

{sig("nagumo", 1)}
""",
    attachments=[{"kind": "pptx", "name": "選手プロフィール_2025.pptx", "slides": _slides}])


# == pass =================================================================================

# -- P01 venue booking confirmation
add("pass", [], [],
    "ordinary venue booking mail: times, halls, prices, no personal data",
    sender=frm("kuga"), to=["ベイサイドアリーナ 営業部 石原様 <ishihara@bayside-arena.co.jp>"],
    subject="Re: 12/20・21 メインアリーナ ご利用確定のご連絡", charset="iso-2022-jp",
    body=f"""ベイサイドアリーナ
営業部 石原様

ご連絡ありがとうございます。日の出産業の久我です。
下記の内容で確定とさせてください。

　12/19（金）　設営日　　メインアリーナ全面＋控室A〜D　　8:00〜22:00
　12/20（土）　本番1日目　メインアリーナ全面＋控室A〜D　　8:00〜22:00
　12/21（日）　本番2日目　同上　　　　　　　　　　　　　　8:00〜23:00（撤去含む）

ご提示の見積額（会場費 4,860,000円＋付帯設備 1,212,000円、税別）で問題ございません。
申込書は押印のうえ本日郵送いたします。

{sig("kuga", 0)}

> 日の出産業株式会社 久我様
> 12/19〜21 のメインアリーナにつき、仮予約を本予約に切り替えました。
> 内容をご確認のうえ、ご返信ください。
""")

# -- P02 merchandise order with product codes and our T-number
add("pass", ["JP_CORPORATE_NUMBER"], ["personal_data"],
    "merch order: product codes, quantities, the company's own T-number; no person's data",
    sender=frm("eto"), to=["プリントウェア工房 営業部 木島様 <kijima@printwear-kobo.co.jp>"],
    subject="注文書 PO-2025-1147（2026ユニフォームレプリカ）", charset="cp932",
    body=f"""株式会社プリントウェア工房
営業部 木島様

お世話になっております。日の出産業の江藤です。
2026シーズンのレプリカユニフォームを下記のとおり発注いたします。

注文番号：PO-2025-1147
{table([["品番", "品名", "サイズ", "数量", "単価"],
        ["HR-JSY-26-H-S", "レプリカユニフォーム HOME", "S", "120", "6,800"],
        ["HR-JSY-26-H-M", "レプリカユニフォーム HOME", "M", "300", "6,800"],
        ["HR-JSY-26-H-L", "レプリカユニフォーム HOME", "L", "300", "6,800"],
        ["HR-JSY-26-H-XL", "レプリカユニフォーム HOME", "XL", "150", "6,800"],
        ["HR-JSY-26-A-M", "レプリカユニフォーム AWAY", "M", "200", "6,800"]])}

納品先：日の出産業株式会社 物流倉庫（千葉県市川市塩浜4-2-11）
納期：2026年1月23日
請求書には当社の登録番号 T{OUR_CORP} をご記載ください。

{sig("eto", 0)}
""")

# -- P03 streaming schedule to the platform
add("pass", [], [],
    "broadcast schedule for the streaming platform: channels and times only",
    sender=frm("kiryu"), to=["LiveWave 編成部 <hensei@livewave.com>"],
    subject="RISING CUP 決勝 配信編成表（最終）", charset="utf-8",
    body=f"""LiveWave 編成部 ご担当者様

お世話になっております。日の出産業の桐生です。
決勝大会の配信編成表（最終版）です。

DAY1 12/20（土）
  12:30  事前番組「RISING CUP PRE-SHOW」（メインch）
  13:00  準々決勝 4試合（メインch / サブch 並行）
  19:00  ハイライト（アーカイブ公開）
DAY2 12/21（日）
  13:00  準決勝 2試合（メインch）
  17:30  決勝（メインch、同時視聴配信を許可）
  20:30  表彰式・エンディング

同時視聴配信の許諾条件は前回と同じです。

{sig("kiryu", 1)}
""")

# -- P04 one staff member's mobile as the on-site contact
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one staff member's mobile as on-site contact: one person, may be warned",
    sender=frm("kuga"), to=["ベイサイドアリーナ 運営部 <unei@bayside-arena.co.jp>"],
    subject="搬入当日の連絡先について", charset="iso-2022-jp",
    body=f"""ベイサイドアリーナ 運営部 ご担当者様

お世話になっております。日の出産業の久我です。
12/19の搬入日は私が別会場対応のため、現場の責任者はチームマネージャーの真壁になります。
当日の連絡は真壁の携帯 080-4417-2290 へお願いいたします。

搬入車両は4t車2台、ハイエース1台の予定です。

{sig("kuga", 0)}
""")

# -- P05 business list: partner internet cafés hosting viewing parties
_cafes = [["店舗名", "住所", "電話"],
          ["コミックバスター 渋谷道玄坂店", "東京都渋谷区道玄坂2-19-3 5F", "03-3464-0721"],
          ["ネットルーム ひかり 新宿東口店", "東京都新宿区新宿3-31-6 B1", "03-3354-1180"],
          ["e-LOUNGE 池袋", "東京都豊島区東池袋1-40-2", "03-5979-2231"],
          ["ゲーミングカフェ RAIZ 秋葉原", "東京都千代田区外神田3-7-14", "03-3253-8890"],
          ["コミックバスター 横浜西口店", "神奈川県横浜市西区南幸2-5-18", "045-321-7765"],
          ["ネットルーム ひかり 大宮店", "埼玉県さいたま市大宮区大門町1-9", "048-643-2209"],
          ["e-LOUNGE 梅田", "大阪府大阪市北区角田町6-3", "06-6313-4407"],
          ["ゲーミングカフェ RAIZ 名古屋栄", "愛知県名古屋市中区栄3-12-5", "052-241-5560"],
          ["コミックバスター 天神店", "福岡県福岡市中央区天神2-8-20", "092-713-6648"],
          ["e-LOUNGE 札幌すすきの", "北海道札幌市中央区南4条西3-1", "011-522-3301"]]
add("pass", [], [],
    "list of ten internet cafés (shops, switchboards): a business list, not people",
    sender=frm("kiryu"), to=["LiveWave コミュニティ担当 <community@livewave.com>"],
    subject="決勝パブリックビューイング実施店舗一覧（告知用）", charset="utf-8",
    body=f"""LiveWave コミュニティ担当 ご担当者様

お世話になっております。桐生です。
決勝当日のパブリックビューイング実施店舗が確定しましたので、告知用にお送りします。
配信の概要欄への掲載をお願いします。

{table(_cafes)}

各店舗とも先着順・予約不要です。

{sig("kiryu", 0)}
""")

# -- P06 three-way meeting: organiser in To, platform in Cc
add("pass", [], ["multiple_external_domains"],
    "two external organisations in To/Cc: a normal three-way meeting mail",
    sender=frm("kiryu"), to=["ゲームフェス東京 制作部 佐伯様 <saeki@gamefes-tokyo.jp>"],
    cc=["LiveWave 制作 堀様 <hori@livewave.com>"],
    subject="三社定例（11/27）のアジェンダ", charset="iso-2022-jp",
    body=f"""佐伯様、堀様

お世話になっております。日の出産業の桐生です。
11/27（木）15:00からの三社定例のアジェンダです。

1. 決勝大会 進行台本の確認
2. 配信オーバーレイ（スポンサーロゴ差し替え）
3. 観客席カメラの位置
4. 次回日程

会議URLは前回と同じです。

{sig("kiryu", 2)}
""")

# -- P07 one adult player on free mail: practice schedule
_pp = P(female=False)
add("pass", [], ["freemail_recipient"],
    "schedule to one player's private free-mail address: one free-mail recipient, no data",
    sender=frm("makabe"), to=[f"{_pp.kanji} <{free_email(_pp, 'gmail.com')}>"],
    subject="オフ明けの練習開始について", charset="utf-8",
    body=f"""{_pp.giv[0]}さん

お疲れさま。真壁です。
オフ明けの練習は1/6（火）13時からです。初日は体力測定とミーティングのみ。
新しいマウスパッドが届いているので、当日ロッカーで受け取ってください。

何かあればいつでも。

真壁
""")

# -- P08 internal: My Numbers of all players to accounting (all recipients internal)
_rows = [["氏名", "住所", "個人番号"]]
for k, p in enumerate(people(6), start=30):
    _rows.append([p.kanji, address(0), mn(k)])
add("pass", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], [],
    "My Numbers of six players, but every recipient is internal",
    sender=frm("hayase"), to=["小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>"],
    cc=["経理部 <keiri@hinode-sangyo.co.jp>"],
    subject="選手の個人番号（回収分）", charset="iso-2022-jp",
    body=f"""小野寺さん

お疲れさまです。早瀬です。
選手から回収した個人番号を一覧にしました。支払調書の作成にお使いください。
原本（番号確認書類の写し）は金庫に保管しています。

{table(_rows)}

{sig("hayase", 2)}
""")

# -- P09 reply that only quotes the organiser's participant list
_q = []
for p in people(7):
    _q.append(f"> {pad(p.kanji, 14)}{mobile()}   {free_email(p)}")
add("pass", [], [],
    "participant list appears only as quoted text ('>') from the organiser's own mail",
    sender=frm("hayase"), to=["日本eスポーツ競技連盟 登録課 <touroku@esports-renmei.or.jp>"],
    subject="Re: 【確認依頼】日の出ライジングJr. 登録内容", charset="iso-2022-jp",
    body=f"""登録課 ご担当者様

お世話になっております。早瀬です。
登録内容を確認しました。すべて相違ございません。
ご対応ありがとうございました。

早瀬

2025年11月12日(水) 11:40 日本eスポーツ競技連盟 登録課 <touroku@esports-renmei.or.jp>:
> 日の出産業株式会社 早瀬様
> 下記の登録内容にお間違いがないかご確認ください。
>
""" + "\n".join(_q) + """
>
> 日本eスポーツ競技連盟 登録課
""")

# -- P10 NDA draft for review + standard disclaimer
add("pass", [], [],
    "mail about an NDA with the NDA draft attached and the standard disclaimer: no marking",
    sender=frm("kiryu"), to=["StreamNest 事業開発部 大江様 <oe@streamnest.jp>"],
    subject="秘密保持契約書（案）のご確認", charset="utf-8",
    body=f"""StreamNest株式会社
事業開発部 大江様

お世話になっております。日の出産業の桐生です。
共同配信企画の検討に先立ち、秘密保持契約を締結させていただきたく、
当社ひな形の案を添付いたします。修正のご要望があれば変更履歴でお願いします。

{sig("kiryu", 0)}

{DISC_JP}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_StreamNest.docx", "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」）とStreamNest株式会社（以下「乙」）は、"
                                 "共同配信企画の検討（以下「本目的」）に関して開示される秘密情報の取扱いについて、"
                                 "次のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、開示当事者が秘密である旨を明示して開示した情報をいう。",
                                 "第2条（秘密保持）受領当事者は、秘密情報を本目的以外に使用してはならない。",
                                 "第3条（有効期間）本契約の有効期間は締結日から2年間とする。"]}])

# -- P11 invoice PDF with the company bank account and T-number
add("pass", ["JP_CORPORATE_NUMBER"], ["personal_data"],
    "invoice to the organiser: company bank account and T-number are business data",
    sender=frm("onodera"), to=["ゲームフェス東京 経理部 <keiri@gamefes-tokyo.jp>"],
    subject="請求書送付（INV-2025-0932 チーム出場料）", charset="cp932",
    body=f"""株式会社ゲームフェス東京
経理部 ご担当者様

お世話になっております。日の出産業 経理部の小野寺です。
RISING CUP 秋季予選のチーム出場料の請求書をお送りします。
お支払期日は12月末日です。

{sig("onodera", 1)}
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2025-0932.pdf", "title": "請求書",
                  "lines": ["請求書", "株式会社ゲームフェス東京 御中", "",
                            "請求番号：INV-2025-0932　発行日：2025年11月20日",
                            f"日の出産業株式会社　登録番号：T{OUR_CORP}", "",
                            "品目：RISING CUP 2025 秋季予選 チーム出場料（ゲスト枠）",
                            "金額：300,000円　消費税（10%）：30,000円　合計：330,000円", "",
                            "振込先：みどり銀行 本店営業部 当座 0184426 ヒノデサンギヨウ（カ"]}])

# -- P12 English scrim schedule
add("pass", [], [],
    "English scrim scheduling with a foreign team: no personal data",
    sender=frm("ortega"), to=["Megan Hollis <megan.hollis@northstar-esports.com>"],
    subject="Re: Scrims in December", charset="utf-8",
    body=f"""Hi Megan,

Works for us. Let's lock in:

  Tue Dec 9   10:00 PST / 03:00 JST(Wed)  - Bo3, maps TBD
  Thu Dec 11  10:00 PST / 03:00 JST(Fri)  - Bo3
  Sat Dec 13  17:00 PST / 10:00 JST(Sun)  - Bo5, tournament rules

Our coach will send the lobby settings the day before. Server: US-West is fine.

{sig("ortega", 3)}

On Mon, Nov 24, 2025 at 9:12 AM Megan Hollis <megan.hollis@northstar-esports.com> wrote:
> Hey Daniel, are you guys up for three scrim blocks the week of Dec 8?
> We can adapt to your timezone for at least one of them.
""")

# -- P13 twelve-digit tracking numbers that are not My Numbers
_tr = "\n".join(f"  {i}. 箱{i}（{c}）　送り状番号 {n[:4]}-{n[4:8]}-{n[8:]}"
                for i, (c, n) in enumerate(zip(["PC本体×2", "PC本体×2", "モニター×3", "モニター×3",
                                               "周辺機器一式", "配信機材"],
                                              [not_my_number() for _ in range(6)]), 1))
add("pass", [], [],
    "shipping tracking numbers (12 digits, not My Numbers) to the carrier: business data",
    sender=frm("makabe"), to=["青葉運輸 羽田営業所 <haneda@aoba-unyu.co.jp>"],
    subject="機材返送分の送り状番号", charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 羽田営業所 御中

お世話になっております。日の出ライジングの真壁です。
本日集荷いただいた機材返送分の送り状番号をお知らせします。

{_tr}

精密機器のため取扱いにご注意ください。配達完了の連絡は不要です。

{sig("makabe", 0)}
""")

# -- P14 one guardian (free mail): consent form about her own child
_ch = P(female=False)
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data", "freemail_recipient"],
    "consent form naming one minor with DOB, sent to that child's guardian: one person",
    sender=frm("hayase"), to=[f"{_ch.sur[0]} 智子 <{free_email(_ch, 'yahoo.co.jp')}>"],
    subject="育成契約に関する保護者同意書のお願い", charset="iso-2022-jp",
    body=f"""{_ch.sur[0]} 智子 様

いつもお世話になっております。日の出ライジング Jr. の早瀬です。

{_ch.giv[0]}さんの育成契約（2026年1月〜12月）について、保護者同意書をお送りします。
記載内容をご確認のうえ、ご署名・ご捺印をお願いいたします。

　選手氏名：{_ch.kanji}
　生年月日：{wareki(dob(2009, 2010), "kanji")}
　契約区分：育成選手（報酬なし・交通費実費支給）

返送用封筒を同封した原本も郵送しております。

{sig("hayase", 0)}
""")

# -- P15 three staff attendees with mobiles to a sponsor's event
_st = [("真壁 隼人", "080-4417-2290"), ("江藤 里奈", "090-6628-3175"), ("南雲 健太", "070-2281-9043")]
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three staff attendees with mobile numbers: fewer than five records, may be warned",
    sender=frm("nagumo"), to=["かえでエナジー 販促部 <hansoku@kaede-energy.co.jp>"],
    subject="新商品発表会 当社出席者のご連絡", charset="utf-8",
    body=f"""かえでエナジー株式会社
販促部 ご担当者様

お世話になっております。南雲です。
12/3の新商品発表会には、当社から下記3名が出席いたします（選手の出演は別途）。

・{_st[0][0]}（チームマネージャー）　携帯 {_st[0][1]}
・{_st[1][0]}（広報）　携帯 {_st[1][1]}
・{_st[2][0]}（スポンサー営業）　携帯 {_st[2][1]}

当日はどうぞよろしくお願いいたします。

{sig("nagumo", 2)}
""")

# -- P16 rooming list of four players with mobiles to the partner hotel
_rl = ["部屋タイプ\t氏名\t携帯\tIN\tOUT"]
for p in people(4, female=False):
    _rl.append(f"ツイン\t{p.kanji}\t{mobile()}\t1/12\t1/16")
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "rooming list of four players with mobiles to the partner hotel: under five records",
    sender=frm("makabe"), to=["さくらホテル フロント 宿泊課 <front@sakura-hotel.jp>"],
    subject="1月合宿 先乗り4名のルーミングリスト", charset="utf-8",
    body=f"""さくらホテル 宿泊課 ご担当者様

お世話になっております。日の出ライジングの真壁です。
1月合宿の先乗りメンバー4名分のルーミングリストです。到着が22時を過ぎる場合があり、
フロントから本人へ直接連絡いただけるよう携帯番号を記載しています。

{chr(10).join(_rl)}

残り16名分は1/5までにお送りします。

{sig("makabe", 0)}
""")

# -- P17 internal: health-check findings to HR (internal only)
_rows = [["氏名", "生年月日", "所見", "判定"]]
for p, f in zip(people(5), ["異常なし", "高尿酸血症", "異常なし", "腰椎椎間板ヘルニア（通院中）", "不眠症（服薬中）"]):
    _rows.append([p.kanji, ymd(dob(1998, 2005)), f, "A" if f == "異常なし" else "C"])
add("pass", ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"], [],
    "players' health findings, but the mail stays inside the company",
    sender=frm("shishido"), to=["真壁 隼人 <makabe.hayato@hinode-sangyo.co.jp>"],
    cc=["人事部 労務課 <roumu@hinode-sangyo.co.jp>"],
    subject="【要対応】選手健診 有所見者のフォロー", charset="utf-8",
    body=f"""真壁さん

健康管理室の宍戸です。
今年の選手健診の結果、フォローが必要な方を含む一覧です。判定Cの方は面談を設定します。

{table(_rows)}

練習量の調整が必要な場合はご相談ください。

{sig("shishido", 2)}
""")

# -- P18 the word 機密 in running text, not a marking
add("pass", [], [],
    "mentions 機密保持 in running text; no classification marking and no personal data",
    sender=frm("makabe"), to=["ゲームフェス東京 競技運営部 <kyougi@gamefes-tokyo.jp>"],
    subject="Re: 決勝大会 競技ルールに関する質問への回答", charset="iso-2022-jp",
    body=f"""競技運営部 ご担当者様

お世話になっております。真壁です。
ご質問いただいた件、以下のとおり回答します。

1. 試合前の作戦資料の扱い
　機密保持の観点から、作戦資料は選手のPC内にのみ保存し、会場の共有端末には
　持ち込まない運用としています。
2. 控室でのスマートフォン使用
　試合中は回収袋に入れ、コーチが管理します。
3. 周辺機器の事前チェック
　12/19 16:00からの機材チェックに全選手分を持参します。

{sig("makabe", 0)}
""")

# -- P19 JAN codes and product codes to a retailer (13-digit codes that are not 法人番号)
def _jan() -> str:
    while True:
        body = "49" + f"{rng.randint(0, 10**10 - 1):010d}"
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        code = body + str((10 - s % 10) % 10)
        if not corp_valid(code):
            return code


_items = [["品番", "JANコード", "商品名", "上代（税込）", "入数"]]
for code, name, price in [("HR-TWL-25", "マフラータオル 2025", "2,500"),
                          ("HR-ACS-25-A", "アクリルスタンド A", "1,800"),
                          ("HR-ACS-25-B", "アクリルスタンド B", "1,800"),
                          ("HR-CAP-25", "キャップ", "4,200"),
                          ("HR-HD-25-BK", "パーカー ブラック", "8,800"),
                          ("HR-MPD-25", "マウスパッド XL", "5,500")]:
    _items.append([code, _jan(), name, price, rng.choice(["10", "20", "50"])])
add("pass", [], [],
    "product codes and 13-digit JAN codes for a retailer: business data",
    sender=frm("eto"), to=["ゲームショップあかり 商品部 <shohin@gameshop-akari.co.jp>"],
    subject="公式グッズ 商品マスタ登録用データ", charset="cp932",
    body=f"""ゲームショップあかり
商品部 ご担当者様

お世話になっております。日の出産業 ブランド推進課の江藤です。
年末の店頭販売分について、商品マスタ登録用のデータをお送りします。

{table(_items)}

掛率は前回と同じ 65% でお願いいたします。

{sig("eto", 0)}
""")

# -- P20 banner sizes to the printer, with images
add("pass", [], [],
    "ordinary print-production mail with image attachments",
    sender=frm("eto"), to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="会場バナー 入稿データ", charset="iso-2022-jp",
    body=f"""錦印刷株式会社
制作部 ご担当者様

いつもお世話になっております。江藤です。
決勝大会の会場バナーの入稿データ（プレビュー）をお送りします。
本データはギガファイル便でお送りしました。

　・ステージ横バナー　W900×H3600mm　2枚
　・エントランス懸垂幕　W1200×H5000mm　1枚
　・スポンサーボード　W6000×H2400mm　1枚

色味は前回の「日の出レッド（DIC 156）」に合わせてください。

{sig("eto", 1)}
""",
    attachments=[{"kind": "png", "name": "stage_banner_preview.png"},
                 {"kind": "png", "name": "sponsor_board_preview.png"}])

# -- P21 tournament bracket: teams, not people
_teams = ["日の出ライジング", "KAWASAKI VOLT", "Northstar Esports", "青葉ファルコンズ", "TSUBASA Gaming",
          "北国ブリザード", "ARC Nemesis", "Team Kaede"]
add("pass", [], [],
    "bracket and seeding of eight teams (organisations), no person's data",
    sender=frm("kuga"), to=["ゲームフェス東京 競技運営部 <kyougi@gamefes-tokyo.jp>"],
    subject="決勝トーナメント 組み合わせ（抽選結果）", charset="utf-8",
    body=f"""競技運営部 ご担当者様

お世話になっております。久我です。
本日の抽選結果をExcelにまとめました。配信用グラフィックの作成にお使いください。

{sig("kuga", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "決勝トーナメント表.xlsx",
                  "sheets": {"組み合わせ": [["RISING CUP 2025 決勝トーナメント"], [],
                                        ["試合", "日時", "チームA", "チームB", "ステージ"],
                                        ["QF1", "12/20 13:00", _teams[0], _teams[7], "A"],
                                        ["QF2", "12/20 13:00", _teams[3], _teams[4], "B"],
                                        ["QF3", "12/20 15:30", _teams[1], _teams[6], "A"],
                                        ["QF4", "12/20 15:30", _teams[2], _teams[5], "B"]],
                             "シード": [["シード", "チーム"]] + [[i + 1, t] for i, t in enumerate(_teams)]}}])

# -- P22 internal: a foreign player's passport details for general affairs
_ip = ("NGUYEN MINH KHOA", "グエン・ミン・コア")
add("pass", ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], [],
    "a player's passport number and DOB, but only to internal colleagues",
    sender=frm("makabe"), to=["羽鳥 大輔 <hatori.daisuke@hinode-sangyo.co.jp>"],
    subject="コア選手のパスポート情報（航空券手配用）", charset="utf-8",
    body=f"""羽鳥さん

お疲れさまです。真壁です。
2月の海外遠征の航空券手配用に、{_ip[1]}選手のパスポート情報です。

　{_ip[0]}
　生年月日 2002/05/30
　旅券番号 C{rng.randint(1000000, 9999999)}（ベトナム、2032/01/14 まで）

旅行会社へは羽鳥さんから直接お願いします。

{sig("makabe", 2)}
""")

# -- P23 reply: the clinic's injury details are only quoted ("wrote:")
_iq = P(female=False)
add("pass", [], [],
    "the diagnosis appears only in the quoted clinic mail; new text is scheduling",
    sender=frm("shishido"), to=["みなとスポーツクリニック 整形外科 外来 <seikei@minato-sports-clinic.jp>"],
    subject="Re: 受診結果のご報告", charset="iso-2022-jp",
    body=f"""ご連絡ありがとうございます。宍戸です。
次回の受診は12/8（月）14:00でお願いいたします。本人にも伝えました。

2025年11月28日(金) 17:21 みなとスポーツクリニック 整形外科 <seikei@minato-sports-clinic.jp>:
> 日の出産業 宍戸様
> 本日受診された{_iq.kanji}様ですが、左手関節の三角線維軟骨複合体（TFCC）損傷と診断しました。
> 2週間の固定の後、リハビリを開始します。次回受診日をご調整ください。
""")

# -- P24 viewership report to a sponsor
add("pass", [], [],
    "aggregate viewership numbers for a sponsor: no personal data",
    sender=frm("nagumo"), to=["北国フーズ 広報室 長嶺様 <nagamine@kitaguni-foods.co.jp>"],
    subject="秋季予選 配信実績のご報告", charset="utf-8",
    body=f"""北国フーズ株式会社
広報室 長嶺様

お世話になっております。南雲です。
秋季予選の配信実績をご報告します。

{table([["指標", "DAY1", "DAY2", "合計"],
        ["最大同時視聴者数", "38,410", "51,276", "-"],
        ["総視聴時間（時間）", "212,880", "287,940", "500,820"],
        ["ロゴ露出回数（オーバーレイ）", "146", "188", "334"],
        ["SNSインプレッション", "1.2M", "1.9M", "3.1M"]])}

詳細レポートは月末にPDFでお送りします。

{sig("nagumo", 0)}
""")

# -- P25 ticket sales summary (HTML attachment): counts only
add("pass", [], [],
    "daily ticket sales counts in an HTML attachment: aggregates only",
    sender=frm("kuga"), to=["チケットゲート 興行営業部 <kogyo@ticket-gate.jp>"],
    subject="決勝大会 販売状況の確認", charset="utf-8",
    body=f"""チケットゲート株式会社
興行営業部 ご担当者様

お世話になっております。久我です。
当社で集計した販売状況を添付します。貴社管理画面の数字と差異がないかご確認ください。

{sig("kuga", 0)}
""",
    attachments=[{"kind": "html", "name": "sales_summary_1125.html",
                  "html": "<html><body><h3>決勝大会 販売状況（11/25時点）</h3><table border=1>"
                          "<tr><th>券種</th><th>DAY1</th><th>DAY2</th><th>2日通し</th></tr>"
                          "<tr><td>SS席</td><td>180</td><td>200</td><td>120</td></tr>"
                          "<tr><td>S席</td><td>1,420</td><td>1,860</td><td>640</td></tr>"
                          "<tr><td>A席</td><td>2,310</td><td>2,775</td><td>-</td></tr>"
                          "</table></body></html>"}])

# -- P26 HTML-only list of qualifier venues (businesses)
add("pass", [], [],
    "HTML table of regional qualifier venues with their switchboards: businesses only",
    sender=frm("kuga"), to=["ゲームフェス東京 大会事務局 <entry@gamefes-tokyo.jp>"],
    subject="地方予選 会場一覧（確定）", charset="utf-8",
    html="""<html><body>
<p>大会事務局 ご担当者様</p>
<p>お世話になっております。日の出産業の久我です。地方予選の会場が確定しました。</p>
<table border="1" cellpadding="4">
<tr><th>地区</th><th>会場</th><th>所在地</th><th>代表電話</th><th>日程</th></tr>
<tr><td>北海道</td><td>札幌コンベンションプラザ</td><td>北海道札幌市白石区東札幌6条1-1-1</td><td>011-817-2200</td><td>1/17</td></tr>
<tr><td>東北</td><td>仙台イベントホール青葉</td><td>宮城県仙台市青葉区中央4-2-9</td><td>022-264-8811</td><td>1/24</td></tr>
<tr><td>中部</td><td>名古屋栄ホール</td><td>愛知県名古屋市中区栄5-3-20</td><td>052-261-4500</td><td>1/31</td></tr>
<tr><td>関西</td><td>なにわメッセ</td><td>大阪府大阪市住之江区南港北1-5-102</td><td>06-6612-3300</td><td>2/7</td></tr>
<tr><td>中国・四国</td><td>広島ベイホール</td><td>広島県広島市南区宇品海岸2-8-1</td><td>082-250-7710</td><td>2/14</td></tr>
<tr><td>九州</td><td>博多ポートアリーナ</td><td>福岡県福岡市博多区築港本町4-1</td><td>092-271-6620</td><td>2/21</td></tr>
</table>
<p>久我 悠真<br>日の出産業株式会社 広報部 eスポーツ推進室</p>
</body></html>""")

# -- P27 invoice with a 16-digit reception number that is not a card number
while True:
    _rcpt = "4" + f"{rng.randint(0, 10**15 - 1):015d}"
    if not luhn_valid(_rcpt):
        break
add("pass", [], [],
    "16-digit reception number (fails Luhn) and order numbers: business identifiers, not a card",
    sender=frm("eto"), to=["ゲームショップあかり 経理部 <keiri@gameshop-akari.co.jp>"],
    subject="納品書・請求書の送付（受付番号のご案内）", charset="iso-2022-jp",
    body=f"""ゲームショップあかり
経理部 ご担当者様

お世話になっております。日の出産業の江藤です。
11月納品分の請求書を発行しました。電子請求システムの受付番号は下記のとおりです。

　受付番号：{_rcpt[:4]} {_rcpt[4:8]} {_rcpt[8:12]} {_rcpt[12:]}
　請求番号：INV-2025-1018
　対象注文：SO-25-3301、SO-25-3307、SO-25-3315
　請求金額：1,284,690円（税込）

お支払いは月末締め翌月末払いでお願いいたします。

{sig("eto", 0)}
""")

# -- P28 English: sponsor in To, IT partner in Cc (two external organisations)
add("pass", [], ["multiple_external_domains"],
    "English mail to two external organisations (To + Cc): a normal three-way thread",
    sender=frm("ortega"), to=["Lucas Brennan <l.brennan@apex-peripherals.com>"],
    cc=["ツバサシステム 配信基盤チーム <haishin@tsubasa-system.jp>"],
    subject="Overlay integration for the finals", charset="utf-8",
    body=f"""Hi Lucas,

I'm copying Tsubasa System, who run our broadcast infrastructure. For the finals we'd like to
show live APM and mouse DPI stats from your software in the overlay.

Could your dev team share the API spec with Tsubasa directly? They need it by Dec 10 to test.

{sig("ortega", 3)}
""")

# -- P29 a player's own contract sent to that player's private address
_pc = P(female=False)
_pcd = dob(2000, 2004)
add("pass", ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"], ["personal_data", "freemail_recipient"],
    "one player's own contract (address, DOB) sent to that player on free mail: one person",
    sender=frm("hayase"), to=[f"{_pc.kanji} <{free_email(_pc, 'icloud.com')}>"],
    subject="2026年度 選手契約書（ご本人控え）", charset="utf-8",
    body=f"""{_pc.giv[0]}さん

お疲れさまです。早瀬です。
先日署名いただいた2026年度の選手契約書、ご本人控えのデータを送ります。
住所変更などがあれば早めに教えてください。

{sig("hayase", 2)}
""",
    attachments=[{"kind": "docx", "name": f"選手契約書_2026_{_pc.kanji_nosp}.docx",
                  "paragraphs": ["選手契約書（2026年度）", "日の出産業株式会社（以下「甲」）と下記選手（以下「乙」）は…"],
                  "tables": [[["氏名", _pc.kanji], ["生年月日", ymd(_pcd, "kanji")],
                              ["住所", address(2)], ["契約期間", "2026年1月1日〜2026年12月31日"]]]}])

# -- P30 sponsor event invitation naming two guests by company
add("pass", [], [],
    "names of two business guests with their companies: no personal data beyond business role",
    sender=frm("nagumo"), to=["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"],
    subject="12/12 報告会 懇親会の追加人数", charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約 ご担当者様

お世話になっております。南雲です。
12/12の懇親会について、出席者が2名増えましたのでご連絡します（合計 62名）。

　・川崎電機株式会社 宣伝部長 三宅様
　・北国フーズ株式会社 広報室 長嶺様

席次表は前日までにお送りします。

{sig("nagumo", 0)}
""")

# -- P31 one caster's bank account to the caster's agency
_cs = P()
_b = bank_account()
add("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "one caster's personal bank account: a single person's record, may be warned",
    sender=frm("onodera"), to=["ボイスアーク マネジメント部 <management@voice-ark.co.jp>"],
    subject="出演料お振込み先の確認", charset="cp932",
    body=f"""株式会社ボイスアーク
マネジメント部 ご担当者様

お世話になっております。日の出産業 経理部の小野寺です。
RISING CUP 実況ご出演の{_cs.kanji}様への出演料について、
ご本人口座へ直接振込とのことでしたので、口座情報の確認をお願いします。

　{_b[0]} {_b[1]} {_b[2]} {_b[3]}　名義 {_cs.kata}

相違なければ12/10にお振込みいたします。

{sig("onodera", 0)}
""")

# -- P32 security plan: numbers and positions only
add("pass", [], [],
    "security staffing plan: posts and headcounts, no personal data",
    sender=frm("kuga"), to=["関東警備保障 イベント警備課 <event@kanto-keibi.co.jp>"],
    subject="Re: 決勝大会 警備計画（第2版）", charset="iso-2022-jp",
    body=f"""イベント警備課 ご担当者様

第2版を拝見しました。久我です。
以下2点だけ修正をお願いします。

1. 一般入場口の配置を 6名 → 8名 に（開場直後の混雑対策）
2. 選手動線（搬入口〜控室）の立哨を 12:00〜21:00 の通しに

それ以外は第2版のとおりで問題ありません。

{sig("kuga", 2)}
""")

# -- P33 internal mail stamped 社外秘
add("pass", [], [],
    "社外秘 material, but only internal recipients",
    sender=frm("nagumo"), to=["桐生 航 <kiryu.wataru@hinode-sangyo.co.jp>"],
    cc=["営業本部 <eigyo-honbu@hinode-sangyo.co.jp>"],
    subject="【社外秘】2026 スポンサー収入見込み", charset="utf-8",
    body=f"""【社外秘】

桐生さん

2026年のスポンサー収入見込みです（11月末時点）。
確度Aのみで 1億1,200万円、B含めて 1億5,800万円です。
川崎電機は増額の可能性あり、かえでエナジーは更新の回答待ちです。

{sig("nagumo", 2)}
""")

# -- P34 reply quoting the ticketing company's purchaser list under -----Original Message-----
_ql = []
for p in people(10):
    _ql.append(f"{p.kanji}　{mobile()}　{rng.choice(['SS', 'S', 'A'])}席")
add("pass", [], [],
    "the purchaser list is only in the quoted original message; new text is a short reply",
    sender=frm("kuga"), to=["チケットゲート 興行営業部 <kogyo@ticket-gate.jp>"],
    subject="RE: 座席変更対象のお客様について", charset="cp932",
    body=f"""チケットゲート 興行営業部
ご担当者様

ご連絡ありがとうございます。久我です。
対象のお客様10名への座席変更のご案内は、貴社からのご連絡でお願いいたします。
振替先はS席ブロック中央で問題ございません。

-----Original Message-----
From: チケットゲート 興行営業部 <kogyo@ticket-gate.jp>
Sent: Wednesday, November 26, 2025 3:40 PM
To: 久我 悠真 <kuga.yuma@hinode-sangyo.co.jp>
Subject: 座席変更対象のお客様について

日の出産業 久我様
カメラ位置変更に伴い、下記のお客様の座席変更が必要です。

""" + "\n".join(_ql) + """

チケットゲート株式会社
""")

# -- P35 press release draft to the PR agency (one external)
add("pass", [], [],
    "press release draft to the PR agency: public information only",
    sender=frm("eto"), to=["ひかりPR 坂上様 <sakagami@hikari-pr.co.jp>"],
    subject="リリース原稿（新体制発表）のご確認", charset="utf-8",
    body=f"""ひかりPR
坂上様

お世話になっております。江藤です。
12/12に配信予定のリリース原稿です。表現のチェックをお願いします。

―――――――――――――――――
日の出ライジング、2026シーズンの新体制を発表
国内リーグ連覇と世界大会出場を目標に、新コーチ・新加入選手2名を迎え入れ
―――――――――――――――――
日の出産業株式会社（本社：東京都港区）が運営するeスポーツチーム「日の出ライジング」は、
2026シーズンの新体制を発表しました。新加入選手の詳細は12/12の報告会にて発表します。

{sig("eto", 0)}
""")

# -- P36 announcement to six sponsors in Bcc (To: self)
add("pass", [], [],
    "six sponsors in Bcc, To is the sender: external recipients cannot see each other",
    sender=frm("nagumo"), to=["南雲 健太 <nagumo.kenta@hinode-sangyo.co.jp>"],
    bcc=["川崎電機 宣伝部 <senden@kawasaki-denki.co.jp>", "北国フーズ 広報室 <pr@kitaguni-foods.co.jp>",
         "かえでエナジー <marketing@kaede-energy.co.jp>", "Apex Peripherals Japan <japan@apex-peripherals.com>",
         "みどり銀行 広報部 <koho@midori-ginko.co.jp>", "青葉運輸 総務部 <soumu@aoba-unyu.co.jp>"],
    subject="【御礼】RISING CUP 2025 決勝大会 終了のご報告", charset="iso-2022-jp",
    body=f"""スポンサー各社 ご担当者様
（本メールはBCCにて一斉にお送りしております）

RISING CUP 2025 決勝大会は、2日間で延べ 9,800名のご来場、
配信の最大同時視聴者数 12万人を記録し、盛況のうちに終了いたしました。
皆さまのご支援に心より御礼申し上げます。

詳細な実施報告書は1月中旬にお送りいたします。

{sig("nagumo", 1)}
""")

# -- P37 reply to one fan on free mail about a refund (order number only)
_fan = P()
add("pass", [], ["freemail_recipient"],
    "reply to one fan's private address with an order number: one free-mail recipient",
    sender=frm("eto"), to=[f"{_fan.kana} <{free_email(_fan, 'icloud.com')}>"],
    subject="Re: 注文キャンセルについて（HS-25-009120）", charset="utf-8",
    body=f"""{_fan.kanji}様

日の出ライジング公式オンラインショップです。
ご注文（注文番号 HS-25-009120）のキャンセルを承りました。
ご返金はクレジットカード会社経由で、1〜2か月後のご請求から相殺されます。

またのご利用をお待ちしております。

日の出ライジング公式オンラインショップ
運営：日の出産業株式会社 広報部
shop-support@hinode-sangyo.co.jp

> キャンセルをお願いします。パーカーのサイズを間違えました。
""")

# -- P38 English: transfer-fee terms to a Korean agency (team-level terms)
add("pass", [], [],
    "English negotiation of team-level transfer terms: no personal data, no marking",
    sender=frm("ortega"), to=["Park Sung-ho <sungho.park@hanbit-ent.co.kr>"],
    subject="Re: Buyout terms", charset="utf-8",
    body=f"""Dear Mr. Park,

Thank you for the quick reply. We can accept the buyout in two instalments
(60% on signing, 40% on March 31), provided the work visa is granted by then.
If the visa is refused, the first instalment would be refunded within 30 days.

We will send a draft of the transfer agreement early next week.

{sig("ortega", 3)}
""")

# -- P39 general anti-doping guidance, no individual
add("pass", [], [],
    "general anti-doping and supplement guidance; health words but no person",
    sender=frm("shishido"), to=["ニュートリ・プラン 管理栄養士 相良様 <sagara@nutri-plan.jp>"],
    subject="サプリメント指導のお願い（チーム向け講習）", charset="iso-2022-jp",
    body=f"""ニュートリ・プラン
相良様

お世話になっております。日の出産業 健康管理室の宍戸です。
来年から選手も競技会時検査の対象となるため、チーム向けに1時間ほどの講習をお願いできますか。

　・市販の風邪薬・サプリメントに含まれうる禁止物質
　・エナジードリンクとカフェインの摂取量
　・睡眠薬・ADHD治療薬など処方薬を使う場合の TUE の流れ（一般論で）

日程は1月第3週で調整させてください。

{sig("shishido", 0)}
""")

# -- P40 local government co-host: permits
add("pass", [], [],
    "permits and road use with a municipal office: no personal data",
    sender=frm("kuga"), to=["うみべ市 観光振興課 <kanko@city.umibe.lg.jp>"],
    subject="うみべeスポーツフェス 道路使用・公園占用の申請について", charset="iso-2022-jp",
    body=f"""うみべ市役所
観光振興課 ご担当者様

いつもお世話になっております。日の出産業の久我です。
3月の「うみべeスポーツフェス」について、申請書類の準備状況をご報告します。

　・公園占用許可申請：2/2 提出予定
　・道路使用許可（キッチンカー搬入路）：所轄警察署と事前協議済み
　・仮設電源：電力会社と協議中

市の後援名義使用の承認書は受領しました。ありがとうございます。

{sig("kuga", 0)}
""")

# -- P41 school league: participating schools with switchboards (no persons)
add("pass", [], [],
    "list of participating schools with their main numbers: organisations, not people",
    sender=frm("hayase"), to=["日本eスポーツ競技連盟 高校大会事務局 <koukou@esports-renmei.or.jp>"],
    subject="日の出カップ（高校の部）参加校一覧", charset="utf-8",
    body=f"""高校大会事務局 ご担当者様

お世話になっております。早瀬です。
日の出カップ（高校の部）の参加校一覧です。連絡は各校の代表番号から顧問の先生宛にお願いします。

{table([["学校名", "所在地", "代表電話", "チーム数"],
        ["県立若葉台高等学校", "神奈川県横浜市旭区若葉台3-1-1", "045-921-0301", "2"],
        ["私立明星学園高等学校", "東京都三鷹市井の頭5-7-7", "0422-43-2197", "1"],
        ["市立港北高等学校", "神奈川県横浜市港北区大倉山7-3-1", "045-541-2301", "1"],
        ["県立青嵐高等学校", "埼玉県川越市今福1-20-2", "049-244-5223", "2"],
        ["北斗高等専修学校", "千葉県千葉市中央区弁天2-8-4", "043-254-9911", "1"],
        ["桜台高等学校", "東京都練馬区桜台6-15-1", "03-3991-7431", "3"]])}

{sig("hayase", 0)}
""")

# -- P42 English reply: the passport numbers are only in the quoted text
_qp = [P(female=False), P(female=False)]
add("pass", [], [],
    "passport details appear only in the quoted text of the partner's mail",
    sender=frm("ortega"), to=["Megan Hollis <megan.hollis@northstar-esports.com>"],
    subject="Re: Invitation letters - please double-check", charset="utf-8",
    body=f"""Hi Megan,

Checked both letters - the details are correct. Thank you!
The boys will book their embassy interviews this week.

Daniel

On Fri, Nov 21, 2025 at 4:05 PM Megan Hollis <megan.hollis@northstar-esports.com> wrote:
> Hi Daniel,
> Letters attached. Please double-check the details before we sign:
> - {_qp[0].roma_up}, passport {jp_passport()}, DOB {ymd(dob(2000, 2004), "iso")}
> - {_qp[1].roma_up}, passport {jp_passport()}, DOB {ymd(dob(2000, 2004), "iso")}
> Megan
""")


# == either ================================================================================

# -- E1 a named player withdraws "due to illness (fever)" — thin health detail
_e = P(female=False)
add("either", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "one named player 'unwell with a fever': health detail too thin to be sure it is 病歴",
    sender=frm("makabe"), to=["ゲームフェス東京 競技運営部 <kyougi@gamefes-tokyo.jp>"],
    subject="本日の試合 出場選手変更のお届け", charset="iso-2022-jp",
    body=f"""競技運営部 ご担当者様

日の出ライジングの真壁です。
本日の準々決勝ですが、{_e.kanji}が昨夜から体調不良（38度台の発熱）のため欠場し、
控えの選手と交代いたします。登録変更届は受付に提出済みです。

急な変更で申し訳ございません。

{sig("makabe", 2)}
""")

# -- E2 five lottery winners: names and SNS handles only, for an on-air announcement
_lw = "\n".join(f"・{p.kanji} さん（@{p.giv[2].lower()}_{rng.randint(100, 999)}）" for p in people(5))
add("either", ["PERSON_NAME"], ["personal_data"],
    "five winners' names with SNS handles only, for public announcement: list or not is arguable",
    sender=frm("eto"), to=["北国フーズ 広報室 長嶺様 <nagamine@kitaguni-foods.co.jp>"],
    subject="コラボキャンペーン 当選者（配信内発表用）", charset="utf-8",
    body=f"""長嶺様

お世話になっております。江藤です。
コラボキャンペーンの抽選を行いました。配信内で発表する当選者5名です。
（ご本人にはX上で発表の同意をいただいています）

{_lw}

賞品の発送はDMで住所を伺ったうえで当社から行います。

{sig("eto", 2)}
""")

# -- E3 fan-site production agency on a domain that embeds the company's name
add("either", [], ["lookalike_domain"],
    "hinode-sangyo-esports.jp contains the own domain's name: a real agency site or a look-alike",
    sender=frm("eto"), to=["ファンサイト制作チーム <web@hinode-sangyo-esports.jp>"],
    subject="ファンサイト 12月更新分の原稿", charset="utf-8",
    body=f"""制作チームの皆さま

お世話になっております。江藤です。
ファンサイトの12月更新分（ニュース3本、スケジュール、グッズ）の原稿をお送りします。
公開は12/5 18:00でお願いします。

1. 決勝大会チケット一般販売開始のお知らせ
2. 新グッズ（冬コレクション）発売
3. 報告会ライブ配信のお知らせ

{sig("eto", 0)}
""")


# == ids ===================================================================================

_order = list(range(len(MESSAGES)))
rng.shuffle(_order)
MESSAGES = [MESSAGES[i] for i in _order]
for _n, _m in enumerate(MESSAGES, 1):
    _m["id"] = f"{AREA}-{_n:03d}"
    MESSAGES[_n - 1] = {"id": _m.pop("id"), **_m}
