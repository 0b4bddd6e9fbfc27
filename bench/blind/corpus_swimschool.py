"""Blind corpus — area: swimschool (スイミングスクール・キッズスポーツクラブ).

日の出産業株式会社 runs the ひのでスイミングスクール (船橋校・津田沼校・市川校) and the
ひのでキッズスポーツクラブ: pupils' enrolment, grades and badge tests (進級テスト),
guardians' contacts, bus pick-up lists, accident and first-aid reports, pupils' medical
notes (asthma, epilepsy, ear infections), instructors' shifts and certifications,
competitions with the (fictional) 京葉地区水泳連盟, and monthly fee debits.

Every person, number, address, e-mail address and organisation outside the brief's own
list is invented; any resemblance to real people is accidental.  Generated data come
from random.Random(7601).  my_number()/card_number() seeds start at 7601 (SEED) and go
up by one for each number used (SEED, SEED+1, …).
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

SEED = 7601
_R = random.Random(SEED)
_SEQ = [SEED]


def _seed() -> int:
    s = _SEQ[0]
    _SEQ[0] += 1
    return s


# -- people ------------------------------------------------------------------------------

SUR = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤井", "フジイ", "Fujii"), ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("藤原", "フジワラ", "Fujiwara"), ("岩崎", "イワサキ", "Iwasaki"), ("野口", "ノグチ", "Noguchi"),
    # rare surnames
    ("小鳥遊", "タカナシ", "Takanashi"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("御手洗", "ミタライ", "Mitarai"), ("五百旗頭", "イオキベ", "Iokibe"), ("薬袋", "ミナイ", "Minai"),
    ("十河", "ソゴウ", "Sogo"), ("左右田", "ソウダ", "Soda"), ("鬼頭", "キトウ", "Kito"),
    ("東風谷", "コチヤ", "Kochiya"), ("饗庭", "アイバ", "Aiba"), ("纐纈", "コウケツ", "Koketsu"),
    ("百々", "ドド", "Dodo"), ("栗花落", "ツユリ", "Tsuyuri"), ("九十九", "ツクモ", "Tsukumo"),
    ("興梠", "コウロギ", "Korogi"), ("神門", "ゴウド", "Godo"), ("雲類鷲", "ウルワシ", "Uruwashi"),
]

KID_M = [
    ("陽翔", "ハルト", "Haruto"), ("蓮", "レン", "Ren"), ("湊", "ミナト", "Minato"), ("蒼", "アオイ", "Aoi"),
    ("樹", "イツキ", "Itsuki"), ("大和", "ヤマト", "Yamato"), ("悠真", "ユウマ", "Yuma"),
    ("朝陽", "アサヒ", "Asahi"), ("颯太", "ソウタ", "Sota"), ("律", "リツ", "Ritsu"),
    ("陽太", "ヒナタ", "Hinata"), ("奏太", "カナタ", "Kanata"), ("新", "アラタ", "Arata"),
    ("岳", "ガク", "Gaku"), ("碧", "アオ", "Ao"), ("壮真", "ソウマ", "Soma"), ("晴", "ハル", "Haru"),
]
KID_F = [
    ("陽葵", "ヒマリ", "Himari"), ("凛", "リン", "Rin"), ("結菜", "ユイナ", "Yuina"), ("芽依", "メイ", "Mei"),
    ("紬", "ツムギ", "Tsumugi"), ("澪", "ミオ", "Mio"), ("莉子", "リコ", "Riko"), ("心春", "コハル", "Koharu"),
    ("結衣", "ユイ", "Yui"), ("咲良", "サクラ", "Sakura"), ("杏", "アン", "An"), ("琴音", "コトネ", "Kotone"),
    ("詩", "ウタ", "Uta"), ("ひなた", "ヒナタ", "Hinata"), ("楓", "カエデ", "Kaede"), ("花音", "カノン", "Kanon"),
]
ADULT_M = [
    ("健太", "ケンタ", "Kenta"), ("大輔", "ダイスケ", "Daisuke"), ("拓也", "タクヤ", "Takuya"),
    ("誠", "マコト", "Makoto"), ("直樹", "ナオキ", "Naoki"), ("浩二", "コウジ", "Koji"),
    ("隆", "タカシ", "Takashi"), ("亮介", "リョウスケ", "Ryosuke"), ("翔平", "ショウヘイ", "Shohei"),
    ("和也", "カズヤ", "Kazuya"), ("修", "オサム", "Osamu"), ("雄一", "ユウイチ", "Yuichi"),
]
ADULT_F = [
    ("恵美", "エミ", "Emi"), ("由美子", "ユミコ", "Yumiko"), ("麻衣", "マイ", "Mai"), ("彩", "アヤ", "Aya"),
    ("智子", "トモコ", "Tomoko"), ("愛", "アイ", "Ai"), ("沙織", "サオリ", "Saori"),
    ("真由美", "マユミ", "Mayumi"), ("千尋", "チヒロ", "Chihiro"), ("香織", "カオリ", "Kaori"),
    ("裕子", "ユウコ", "Yuko"), ("綾乃", "アヤノ", "Ayano"), ("久美", "クミ", "Kumi"),
]

TOWNS = [
    ("273-0005", "千葉県船橋市本町"), ("274-0825", "千葉県船橋市前原西"), ("274-0063", "千葉県船橋市習志野台"),
    ("273-0865", "千葉県船橋市夏見"), ("273-0032", "千葉県船橋市葛飾町"), ("275-0016", "千葉県習志野市津田沼"),
    ("275-0026", "千葉県習志野市谷津"), ("275-0021", "千葉県習志野市袖ケ浦"), ("272-0021", "千葉県市川市八幡"),
    ("272-0023", "千葉県市川市南八幡"), ("272-0133", "千葉県市川市行徳駅前"), ("276-0034", "千葉県八千代市八千代台西"),
    ("274-0077", "千葉県船橋市薬円台"), ("262-0032", "千葉県千葉市花見川区幕張町"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "au.com"]


class P:
    """An invented person."""

    def __init__(self, r: random.Random, kind: str = "kid", sex: str | None = None,
                 sur: tuple | None = None, y0: int | None = None, y1: int | None = None):
        self.sex = sex or r.choice("MF")
        self.sur = sur or r.choice(SUR)
        if kind == "kid":
            pool = KID_M if self.sex == "M" else KID_F
            y0, y1 = y0 or 2013, y1 or 2020
        else:
            pool = ADULT_M if self.sex == "M" else ADULT_F
            y0, y1 = y0 or 1976, y1 or 1993
        self.giv = r.choice(pool)
        self.dob = _dt.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
        self.phone = f"0{r.choice('987')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        zipc, town = r.choice(TOWNS)
        self.zip = zipc
        self.town = town
        self.chome = (r.randint(1, 7), r.randint(1, 30), r.randint(1, 25))
        self.bldg = r.choice(["", "", "", f" ハイツ{r.choice(['あおば', 'さくら', 'みなみ'])}{r.randint(1, 3)}0{r.randint(1, 8)}",
                              f" グランメゾン津田沼{r.randint(2, 9)}0{r.randint(1, 9)}号室"])
        self.mail = (f"{self.giv[2].lower()}{r.choice(['', '.', '_'])}{self.sur[2].lower()}"
                     f"{r.choice(['', str(r.randint(1, 99)), str(self.dob.year)[2:]])}@{r.choice(FREEMAIL)}")
        self.member = f"{r.choice(['F', 'T', 'I'])}{r.randint(10000, 99999)}"

    @property
    def name(self) -> str:
        return f"{self.sur[0]} {self.giv[0]}"

    @property
    def name_ns(self) -> str:
        return f"{self.sur[0]}{self.giv[0]}"

    @property
    def kana(self) -> str:
        return f"{self.sur[1]} {self.giv[1]}"

    @property
    def hira(self) -> str:
        return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in self.kana)

    @property
    def romaji(self) -> str:
        return f"{self.giv[2]} {self.sur[2].upper()}"

    def addr(self, style: int = 0) -> str:
        a, b, c = self.chome
        if style == 0:
            return f"{self.town}{a}-{b}-{c}{self.bldg}"
        if style == 1:
            return f"〒{self.zip} {self.town}{a}丁目{b}番{c}号{self.bldg}"
        if style == 2:
            return zen(f"〒{self.zip} {self.town}{a}-{b}-{c}") + self.bldg
        return f"{self.town}{a}丁目{b}-{c}{self.bldg}"

    def grade(self) -> str:
        d = self.dob
        age = 2025 - d.year - (1 if (d.month, d.day) > (4, 1) else 0)
        g = age - 5
        if g <= -1:
            return "年中"
        if g == 0:
            return "年長"
        if g <= 6:
            return f"小{g}"
        return f"中{g - 6}"


def kids(n: int, **kw) -> list[P]:
    out, seen = [], set()
    while len(out) < n:
        p = P(_R, "kid", **kw)
        if p.name in seen:
            continue
        seen.add(p.name)
        out.append(p)
    return out


def adults(n: int, **kw) -> list[P]:
    out, seen = [], set()
    while len(out) < n:
        p = P(_R, "adult", **kw)
        if p.name in seen:
            continue
        seen.add(p.name)
        out.append(p)
    return out


def parent(k: P, sex: str | None = None) -> P:
    return P(_R, "adult", sur=k.sur, sex=sex)


# -- formatting ----------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-/:.()", "０１２３４５６７８９－／：．（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    ys = "元" if y == 1 and style == "kanji" else str(y)
    if style == "kanji":
        return f"{era}{ys}年{d.month}月{d.day}日"
    if style == "zen":
        return zen(f"{era}{y}年{d.month}月{d.day}日")
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zshort":
        return zen(f"{short}{y}.{d.month}.{d.day}").replace("H", "Ｈ").replace("R", "Ｒ").replace("S", "Ｓ")
    raise ValueError(style)


def ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * (w - dw(s))


def grid(rows: list[list], sep: str = "  ", rule: str = "-", rule_under: bool = True) -> str:
    rows = [[str(c) for c in r] for r in rows]
    n = max(len(r) for r in rows)
    widths = [max(dw(r[i]) if i < len(r) else 0 for r in rows) for i in range(n)]
    lines = [sep.join(pad(c, widths[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    if rule_under:
        lines.insert(1, rule * (sum(widths) + len(sep) * (n - 1)) if rule == "-" else rule * ((sum(widths) + len(sep) * (n - 1)) // 2))
    return "\n".join(lines)


def zgrid(rows: list[list]) -> str:
    """Columns padded with full-width spaces, as people do in Outlook."""
    rows = [[str(c) for c in r] for r in rows]
    n = max(len(r) for r in rows)
    widths = [max(dw(r[i]) for r in rows) for i in range(n)]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            gap = widths[i] - dw(c)
            cells.append(c + "　" * (gap // 2) + " " * (gap % 2))
        out.append("　".join(cells).rstrip())
    return "\n".join(out)


def hojin_number(base12: str) -> str:
    """A 13-digit 法人番号 with its check digit in front."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


# -- the organisation ------------------------------------------------------------------

CO = "日の出産業株式会社"
SS = "ひのでスイミングスクール"
KC = "ひのでキッズスポーツクラブ"


def sig(name: str, dept: str, mail: str, tel: str = "047-401-2260", fax: str | None = "047-401-2261",
        branch: str = "船橋校", style: int = 0) -> str:
    if style == 0:
        return (f"--\n{CO}\n{SS} {branch} {dept}\n{name}\n"
                f"〒273-0005 千葉県船橋市本町7-11-2 日の出ビル3F\n"
                f"TEL {tel}" + (f" / FAX {fax}" if fax else "") + f"\nMail {mail}")
    if style == 1:
        return (f"━━━━━━━━━━━━━━━━━━━━\n {CO}　スイミング事業部\n {dept}　{name}\n"
                f" TEL：{tel}\n E-mail：{mail}\n━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return f"{name}（{SS}{branch}／{dept}）\n{tel}"
    if style == 3:
        return (f"＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n{KC}（{CO}）\n{dept} {name}\n"
                f"〒275-0016 千葉県習志野市津田沼4-2-18\nTEL {tel}  {mail}")
    return f"{name} / {dept}\n{CO}\n{mail}"


DISCLAIMER_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISCLAIMER_EN = ("This e-mail and any attachments may contain confidential information. "
                 "If you are not the intended recipient, please notify the sender and delete it.")

MESSAGES: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **m) -> None:
    mid = f"swimschool-{len(MESSAGES) + 1:03d}"
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    MESSAGES.append({"id": mid, "expect": expect, "entities": entities,
                     "detectors": detectors, "note": note, **m})


# senders
SASAKI = "佐々木 美穂 <m-sasaki@hinode-sangyo.co.jp>"
OKOCHI = "大河内 亮 <r-okochi@hinode-sangyo.co.jp>"
SHOJI = "東海林 さやか <s-shoji@hinode-sangyo.co.jp>"
KUBOTA = "久保田 慎吾 <kubota.shingo@hinode-sangyo.co.jp>"
MIYAJI = "宮地 恵 <miyaji@hinode-sangyo.co.jp>"
TESHI = "勅使河原 誠 <teshigawara@hinode-sangyo.co.jp>"
RYAN = "Ryan Mitchell <r.mitchell@hinode-sangyo.co.jp>"
NISHINA = "仁科 葵 <nishina-a@hinode-sangyo.co.jp>"
YUNOKI = "柚木 隆之 <yunoki@hinode-sangyo.co.jp>"
DOMEKI = "百目鬼 玲奈 <domeki@hinode-sangyo.co.jp>"


# =====================================================================================
# 001–020
# =====================================================================================

# 001 — new-enrolment CSV to the membership-system vendor
_k = kids(8)
_rows = [["会員番号", "氏名", "フリガナ", "生年月日", "性別", "保護者氏名", "保護者携帯", "住所", "コース"]]
for k in _k:
    g = parent(k)
    _rows.append([k.member, k.name, k.kana, ymd(k.dob), "男" if k.sex == "M" else "女", g.name,
                  g.phone, k.addr(0), _R.choice(["ベビー", "幼児A", "幼児B", "ジュニア", "ジュニア選手育成"])])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "CSV of 8 new pupils (name, DOB, guardian mobile, address) to the external system vendor",
    charset="iso-2022-jp", sender=SHOJI,
    to=["ツバサシステム 導入サポート 岸本様 <kishimoto@tsubasa-system.jp>"],
    subject="【日の出SS】7月新規入会者データ（会員システム登録用）",
    body=f"""ツバサシステム株式会社
岸本様

いつもお世話になっております。日の出産業の東海林です。

7月度の新規入会者8名分のデータをCSVでお送りいたします。
先月と同じレイアウトで作成しておりますので、会員システムへの一括登録をお願いできますでしょうか。
登録完了のご連絡をいただけましたら、こちらで会員証の発行に進みます。

よろしくお願いいたします。

{sig("東海林 さやか", "本部 会員管理課", "s-shoji@hinode-sangyo.co.jp", style=1)}
""",
    attachments=[{"kind": "csv", "name": "nyukai_202507.csv", "rows": _rows}])

# 002 — bus timetable change to 青葉運輸 (stops and times only)
_stops = [["便", "停留所", "現行", "8/1〜"], ["1便", "前原西二丁目公園前", "14:35", "14:40"],
          ["1便", "薬円台駅ロータリー", "14:48", "14:55"], ["1便", "習志野台四丁目バス停横", "14:58", "15:05"],
          ["2便", "夏見台小学校南門前", "15:40", "15:40"], ["2便", "船橋本町ローソン前", "15:52", "15:55"],
          ["3便", "谷津干潟公園入口", "16:30", "16:35"]]
add("pass", [], [],
    "bus stop timetable change to the partner bus company: places and times, no people",
    charset="cp932", sender=KUBOTA,
    to=["青葉運輸 配車課 <haisha@aoba-unyu.co.jp>"],
    subject="送迎バス 8月以降の停留所時刻変更について",
    body=f"""青葉運輸株式会社
配車課 ご担当者様

お世話になっております。ひのでスイミングスクールの久保田です。

夏休み期間（8/1〜8/31）は学校の下校時刻が変わるため、送迎バスの時刻を下記のとおり変更させてください。

{grid(_stops)}

※2便は変更なしです。
※9月以降は従来どおりに戻します（別途ご連絡します）。

運行表の差し替え版は来週中にお送りします。
ご確認のほどよろしくお願いいたします。

{sig("久保田 慎吾", "送迎バス担当", "kubota.shingo@hinode-sangyo.co.jp", style=0)}
""")

# 003 — bus pick-up roster pasted in the body to 青葉運輸
_k = kids(7, y0=2014, y1=2019)
_rows = [["停留所", "氏名", "学年", "保護者連絡先"]]
for k in _k:
    _rows.append([_R.choice(["前原西二丁目公園前", "薬円台駅ロータリー", "習志野台四丁目", "夏見台小南門"]),
                  k.name, k.grade(), parent(k).phone])
_rows[1:] = sorted(_rows[1:])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "pick-up roster of 7 children with guardians' mobiles pasted in the body to the bus company",
    charset="utf-8", sender=KUBOTA,
    to=["aoba-unyu 運行管理 <unko@aoba-unyu.co.jp>"],
    subject="Re: 火曜1便 乗車名簿の件",
    body=f"""青葉運輸 運行管理ご担当様

久保田です。お問い合わせいただいた火曜1便の乗車名簿、最新版を貼り付けます。
ドライバーさんの手元用に印刷していただいて構いません。
当日欠席の場合は保護者から直接お電話が入ることがあります。

{grid(_rows)}

よろしくお願いします。
久保田
""")

# 004 — internal: full member list to head office (internal only)
_k = kids(12)
_rows = [["会員番号", "氏名", "ふりがな", "生年月日", "学年", "保護者", "電話", "メール", "住所"]]
for k in _k:
    g = parent(k)
    _rows.append([k.member, k.name, k.hira, ymd(k.dob, "-"), k.grade(), g.name, g.phone, g.mail, k.addr(3)])
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"], [],
    "full pupil list, but every recipient is internal (hinode-sangyo.co.jp)",
    charset="cp932", sender=NISHINA,
    to=["本部 会員管理課 <kaiin@hinode-sangyo.co.jp>"], cc=[SHOJI],
    subject="津田沼校 在籍者名簿（6月末時点）",
    body="""会員管理課 各位

津田沼校の6月末時点の在籍者名簿をお送りします。
退会届の出ている3名は「退会予定」シートに分けてあります。
監査用の保管をお願いします。

仁科
""",
    attachments=[{"kind": "xlsx", "name": "津田沼校_在籍者名簿_202506.xlsx",
                  "sheets": {"在籍者": [["津田沼校 在籍者名簿（2025年6月30日現在）"], []] + _rows[:10],
                             "退会予定": [_rows[0]] + _rows[10:]}}])

# 005 — summer short course notice, 4 guardians visible in To
_g = [parent(k) for k in kids(4)]
_to = [f"{g.name} 様 <{g.mail.split('@')[0]}@{d}>" for g, d in
       zip(_g, ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp"])]
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "four private guardians on free mail can see each other in To: should have been Bcc",
    charset="iso-2022-jp", sender=SASAKI, to=_to,
    subject="夏休み短期教室（7/28〜8/1）集合時間のご案内",
    body=f"""保護者の皆さま

いつもひのでスイミングスクールをご利用いただきありがとうございます。
夏休み短期教室にお申込みいただいた皆さまへ、集合時間のご案内です。

　・集合　　9:40（受付は9:30から）
　・場所　　船橋校 2階ロビー
　・持ち物　水着、キャップ、ゴーグル、バスタオル、水筒

初日は受付で参加票をお渡しします。
ご不明な点は受付（047-401-2260）までお電話ください。

{sig("佐々木 美穂", "受付", "m-sasaki@hinode-sangyo.co.jp", style=2)}
""")

# 006 — reply to one guardian about a make-up lesson (quoted text)
add("pass", [], ["freemail_recipient"],
    "reply to a single guardian on free mail about a make-up lesson; quoted text only",
    charset="utf-8", sender=SASAKI,
    to=["koharu.mama@gmail.com"],
    subject="Re: 振替レッスンについて",
    body=f"""いつもありがとうございます。船橋校受付の佐々木です。

振替の件、承知いたしました。7月12日（土）10:00のクラスでお取りしております。
当日は通常どおり受付でカードをご提示ください。

> 先日は体調不良でお休みしてしまい申し訳ありません。
> 今週土曜日の午前中に振替をお願いできますでしょうか。
> 学年は小2、幼児Bクラスからジュニアに上がったばかりです。
> よろしくお願いいたします。

{sig("佐々木 美穂", "受付", "m-sasaki@hinode-sangyo.co.jp", style=2)}
""")

# 007 — accident report (DOCX) to the sports insurer: one child, diagnosis
_k = kids(1, y0=2015, y1=2016)[0]
_g = parent(_k)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    ["personal_data"],
    "accident report for one identified child with a fracture diagnosis to an external insurer",
    charset="cp932", sender=DOMEKI,
    to=["こどもスポーツ保険 事故受付センター <jiko-uketsuke@kodomo-sports-hoken.co.jp>"],
    subject="事故報告書の送付（ひのでキッズスポーツクラブ／7月5日発生分）",
    body=f"""こどもスポーツ保険株式会社
事故受付センター御中

いつもお世話になっております。
{CO} 安全管理室の百目鬼でございます。

7月5日に当クラブの体操教室で発生した事故につきまして、事故報告書を添付いたします。
保護者の方から保険金請求のご意向を伺っておりますので、手続きのご案内をお願いいたします。

{sig("百目鬼 玲奈", "安全管理室", "domeki@hinode-sangyo.co.jp", style=3)}
""",
    attachments=[{"kind": "docx", "name": "事故報告書_20250705.docx", "title": "事故報告書",
                  "paragraphs": [
                      "事故報告書",
                      "1. 発生日時　2025年7月5日（土）11時20分頃",
                      "2. 発生場所　ひのでキッズスポーツクラブ 津田沼体育館 マット運動エリア",
                      "3. 状況　跳び箱（4段）着地時に右手をついて転倒。",
                      "4. 応急処置　アイシング・三角巾で固定し、保護者へ連絡のうえ近隣の整形外科へ搬送。",
                      f"5. 受診結果　診断名：右橈骨遠位端骨折（全治6週間の見込み）。ギプス固定。",
                      "6. 再発防止策　着地マットの追加、補助者2名体制へ変更。"],
                  "tables": [[["項目", "内容"],
                              ["被保険者氏名", f"{_k.name}（{_k.kana}）"],
                              ["生年月日", wareki(_k.dob)],
                              ["保護者", _g.name],
                              ["住所", _k.addr(1)],
                              ["連絡先", _g.phone]]]}])

# 008 — print order to 錦印刷 (order numbers, quantities)
add("pass", [], [],
    "print order for badge cards and certificates with order numbers; no personal data",
    charset="iso-2022-jp", sender=SHOJI,
    to=["錦印刷 営業部 今泉様 <imaizumi@nishiki-insatsu.co.jp>"],
    subject="進級カード・認定証 増刷のお願い（注文番号 NP-25-0713）",
    body=f"""錦印刷株式会社
営業部 今泉様

お世話になっております。日の出産業の東海林です。
進級カードと認定証の在庫が少なくなってきたため、増刷をお願いいたします。

　注文番号：NP-25-0713
　品目　　　　　　　　　　　 数量　　　 単価
　進級カード（25級〜1級）　　3,000枚　　＠12円
　認定証 A5 賞状用紙　　　　 1,500枚　　＠28円
　封筒 角6（社名入り）　　　 1,000枚　　＠9円

納品先は従来どおり船橋校（〒273-0005 千葉県船橋市本町7-11-2）でお願いします。
納期は8月8日（金）を希望いたします。お見積りと併せてご回答いただけますと幸いです。

{sig("東海林 さやか", "本部 会員管理課", "s-shoji@hinode-sangyo.co.jp", style=1)}
""")

# 009 — account-transfer (口座振替) request data to みどり銀行
_g = adults(12)
_rows = [["顧客番号", "預金者名（カナ）", "銀行コード", "支店コード", "預金種目", "口座番号", "振替金額"]]
for i, g in enumerate(_g):
    _rows.append([f"HS{250700 + i * 7:07d}", g.kana.replace(" ", "　"), "0571",
                  f"{_R.choice([101, 104, 122, 135, 210])}", _R.choice(["1", "1", "1", "2"]),
                  f"{_R.randint(1000000, 9999999)}", _R.choice(["8250", "9350", "7700", "16500"])])
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "direct-debit file of 12 guardians' bank accounts to the bank (external)",
    charset="cp932", sender=MIYAJI,
    to=["みどり銀行 法人営業部 口座振替担当 <furikae@midori-ginko.co.jp>"],
    subject="8月分 口座振替依頼データ送付の件（委託者コード 7731）",
    body=f"""みどり銀行 法人営業部
口座振替ご担当者様

いつも大変お世話になっております。
{CO}経理部の宮地でございます。

8月27日引落し分の口座振替依頼データを添付にてお送りいたします。
件数12件、合計金額は添付のとおりです。
伝送システムの不具合のため、今回のみメールでの送付となります旨ご了承ください。

{sig("宮地 恵", "経理部", "miyaji@hinode-sangyo.co.jp", style=4)}
""",
    attachments=[{"kind": "csv", "name": "FURIKAE_7731_20250827.csv", "rows": _rows}])

# 010 — competition entry of three swimmers to the federation (one record per block)
_k = kids(3, y0=2012, y1=2014)
_blocks = "\n\n".join(
    f"［{i + 1}］{k.name}（{k.kana}）\n　　生年月日：{ymd(k.dob)}\n　　競技者登録番号：{_R.randint(10000000, 99999999)}\n"
    f"　　種目：{_R.choice(['50m自由形', '100m背泳ぎ', '50m平泳ぎ', '100m個人メドレー'])}"
    for i, k in enumerate(_k))
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "competition entry of only three swimmers to the federation: under the list threshold (may warn)",
    charset="utf-8", sender=OKOCHI,
    to=["京葉地区水泳連盟 競技委員会 <entry@keiyo-swim.or.jp>"],
    subject="第32回京葉ジュニア記録会 追加エントリー（ひのでSS）",
    body=f"""京葉地区水泳連盟
競技委員会 エントリー係 御中

ひのでスイミングスクールの大河内です。
締切後で恐縮ですが、下記3名の追加エントリーをお願いできますでしょうか。
参加費は締切分と合わせて8月5日までに振り込みます。

{_blocks}

何卒よろしくお願い申し上げます。

{sig("大河内 亮", "選手コース主任コーチ", "r-okochi@hinode-sangyo.co.jp", style=0)}
""")

# 011 — summer camp: pupils' medical notes to the hotel (XLSX, two sheets)
_k = kids(6, y0=2014, y1=2018)
_notes = ["気管支喘息（発作時は吸入薬使用、本人が携帯）", "てんかん（抗てんかん薬を朝夕服用。発作時は横向きに寝かせ119番）",
          "食物アレルギー：卵（エピペン処方あり）", "滲出性中耳炎で通院中（耳栓使用、潜水不可）",
          "小児喘息の既往あり（夜間に咳が出ることがある）", "熱性けいれんの既往"]
_rows1 = [["No.", "氏名", "学年", "性別", "部屋割り"]] + [
    [i + 1, k.name, k.grade(), "男" if k.sex == "M" else "女", f"{301 + i // 3}"] for i, k in enumerate(_k)]
_rows2 = [["氏名", "持病・既往歴", "服薬", "緊急時の対応"]] + [
    [k.name, _notes[i], _R.choice(["あり", "あり", "なし"]), "引率者から保護者・主治医へ連絡"] for i, k in enumerate(_k)]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "six named children's medical conditions (asthma, epilepsy, ear infection) sent to the camp hotel",
    charset="iso-2022-jp", sender=YUNOKI,
    to=["さくらホテル 宴会・団体予約 <group@sakura-hotel.jp>"],
    subject="8/18-20 ジュニア合宿 参加者一覧と配慮事項",
    body=f"""さくらホテル
団体予約ご担当 野々村様

お世話になっております。ひのでキッズスポーツクラブの柚木です。
8月18日〜20日の合宿につきまして、参加者一覧と健康面の配慮事項をお送りします。
夜間に体調を崩す子がいた場合に備え、フロントの方にも共有いただけますと助かります。

{sig("柚木 隆之", "キッズスポーツクラブ", "yunoki@hinode-sangyo.co.jp", style=3)}
""",
    attachments=[{"kind": "xlsx", "name": "合宿参加者_配慮事項.xlsx",
                  "sheets": {"参加者一覧": [["ジュニア合宿 参加者一覧"], []] + _rows1,
                             "配慮事項": _rows2}}])

# 012 — NDA talk with the system vendor
add("pass", [], ["multiple_external_domains"],
    "mail about signing an NDA (秘密保持契約) with the vendor, law firm in cc: a mention, not a marking",
    charset="cp932", sender=TESHI,
    to=["ツバサシステム 営業部 真壁様 <makabe@tsubasa-system.jp>"],
    cc=["白川法律事務所 <info@shirakawa-law.jp>"],
    subject="保護者向けアプリ開発に関する秘密保持契約書（案）について",
    body=f"""ツバサシステム株式会社
営業部 真壁様

いつもお世話になっております。日の出産業 総務の勅使河原です。

保護者向けアプリ（欠席連絡・振替予約）の開発検討にあたり、
まずは秘密保持契約を締結させていただきたく、弊社ひな形をお送りする予定です。
内容は顧問の白川法律事務所に確認いただいておりますので、cc に入れております。

第5条（秘密情報の範囲）と第9条（有効期間：3年）について御社のご意見を伺えれば幸いです。
来週中にお打ち合わせの時間をいただけますでしょうか。

{sig("勅使河原 誠", "総務部", "teshigawara@hinode-sangyo.co.jp", style=4)}
""")

# 013 — competition entry sheet for 9 swimmers (XLSX, title row) to the federation
_k = kids(9, y0=2010, y1=2015)
_rows = [["No.", "氏名", "フリガナ", "性別", "生年月日", "学年", "登録番号", "種目1", "エントリータイム"]]
for i, k in enumerate(_k):
    _rows.append([i + 1, k.name, k.kana, "男" if k.sex == "M" else "女", ymd(k.dob, "."), k.grade(),
                  f"{_R.randint(10000000, 99999999)}", _R.choice(["50Fr", "100Fr", "50Ba", "50Br", "100IM"]),
                  f"{_R.randint(30, 59)}.{_R.randint(10, 99)}"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "entry sheet of 9 swimmers with dates of birth to the federation: a list of people",
    charset="utf-8", sender=OKOCHI,
    to=["keiyo-swim.or.jp エントリー <entry@keiyo-swim.or.jp>"],
    cc=["大河内 亮 <r-okochi@hinode-sangyo.co.jp>"],
    subject="秋季記録会エントリー表（ひのでスイミングスクール）",
    body="""競技委員会 御中

秋季記録会のエントリー表を提出いたします。
計9名、うちリレーはありません。

ご査収のほどよろしくお願いいたします。
ひのでSS 大河内
""",
    attachments=[{"kind": "xlsx", "name": "entry_autumn_hinodeSS.xlsx",
                  "sheets": {"エントリー": [["第18回 京葉秋季記録会　エントリー表", "", "", "", "団体名：ひのでスイミングスクール"], []] + _rows}}])

# 014 — internal: instructors' shift table with mobiles (internal subdomain)
_a = adults(9, y0=1985, y1=2004)
_rows = [["コーチ", "携帯", "月", "火", "水", "木", "金", "土"]]
for a in _a:
    _rows.append([a.name, a.phone] + [_R.choice(["早", "遅", "休", "通", "早", "遅"]) for _ in range(6)])
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "instructors' shift table with mobiles, sent only to an internal subdomain address",
    charset="iso-2022-jp", sender=NISHINA,
    to=["津田沼校 コーチ一同 <tsudanuma-coach@swim.hinode-sangyo.co.jp>"],
    subject="8月第1週 シフト表（確定）",
    body=f"""コーチの皆さん

8月第1週のシフトが確定しました。
早＝9:00-15:00、遅＝14:00-21:00、通＝9:00-21:00（休憩2h）です。
急な欠勤はLINEではなく必ず電話で連絡してください。

{grid(_rows, sep=" | ")}

仁科
""")

# 015 — look-alike of the bus company's domain (.jp instead of .co.jp)
add("stop", [], ["lookalike_domain"],
    "recipient domain aoba-unyu.jp is a look-alike of partner aoba-unyu.co.jp (dropped co.)",
    charset="cp932", sender=KUBOTA,
    to=["青葉運輸 配車課 <haisha@aoba-unyu.jp>"],
    subject="9月の運行カレンダー",
    body=f"""青葉運輸 配車課 御中

お世話になっております。久保田です。
9月の送迎バス運行カレンダーをお知らせします。

・運休日：9/15（月・祝）、9/23（火・祝）
・振替運行：9/27（土）は土曜ダイヤ＋臨時4便（記録会送迎）
・台数：平日3台、土曜2台（変更なし）

臨時4便の発着は船橋校前→市民プール（往復）です。
以上、ご確認をお願いします。

{sig("久保田 慎吾", "送迎バス担当", "kubota.shingo@hinode-sangyo.co.jp", style=2)}
""")

# 016 — a guardian's credit card passed to the payment service
_g = adults(1)[0]
_cn = card_number(_seed())
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a guardian's full credit card number and expiry sent in the body to the payment agent",
    charset="utf-8", sender=MIYAJI,
    to=["スマートペイ決済 加盟店サポート <support@smartpay-kessai.co.jp>"],
    subject="月謝カード払い 手動登録のお願い（加盟店ID HS-0442）",
    body=f"""スマートペイ決済
加盟店サポートご担当者様

日の出産業 経理部の宮地です。
保護者の方がWeb登録画面でエラーになってしまうとのことで、お電話でカード情報を伺いました。
お手数ですが、管理画面から手動で継続課金の登録をお願いできますでしょうか。

　カード名義：{_g.giv[2].upper()} {_g.sur[2].upper()}（{_g.name} 様）
　カード番号：{_cn[:4]} {_cn[4:8]} {_cn[8:12]} {_cn[12:]}
　有効期限　：{_R.randint(1, 12):02d}/{_R.randint(27, 30)}
　課金額　　：月額 8,250円（税込）毎月27日

登録完了後、ご連絡いただけますと幸いです。

宮地
""")

# 017 — snack order to 北国フーズ, with the company disclaimer
add("pass", [], [],
    "ordinary order for event snacks with the standard disclaimer at the end",
    charset="iso-2022-jp", sender=YUNOKI,
    to=["北国フーズ 受注センター <order@kitaguni-foods.co.jp>"],
    subject="8/24 キッズ運動会 補食のご注文",
    body=f"""北国フーズ株式会社
受注センター ご担当者様

いつもお世話になっております。ひのでキッズスポーツクラブの柚木です。
8月24日（日）のキッズ運動会用に、補食を下記のとおり注文いたします。

　・ミニおにぎりセット（鮭・昆布）　　120セット
　・ゼリー飲料 180g　　　　　　　　　150本
　・バナナ　　　　　　　　　　　　　　 5ケース

お届け：8月24日（日）8:30まで
場所：習志野市総合体育館 搬入口（守衛室にお声がけください）

アレルギー表示のある商品は、ラベルをそのまま残していただけると助かります。

{sig("柚木 隆之", "キッズスポーツクラブ", "yunoki@hinode-sangyo.co.jp", style=3)}

{DISCLAIMER_JA}
""")

# 018 — lifesaving certification renewal list (PDF table) to the training body
_a = adults(6, y0=1978, y1=2002)
_tab = [["氏名", "生年月日", "住所", "電話", "資格番号"]]
for a in _a:
    _tab.append([a.name, ymd(a.dob), a.addr(0), a.phone, f"LS-{_R.randint(100000, 999999)}"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "PDF of 6 instructors' DOB, home address and phone to an external certification body",
    charset="cp932", sender=TESHI,
    to=["水上安全普及協会 講習事務局 <koshu@suijo-anzen.or.jp>"],
    subject="救助員資格 更新講習 受講申込（日の出産業 6名）",
    body=f"""水上安全普及協会
講習事務局 御中

いつもお世話になっております。
9月の救助員資格更新講習に、弊社インストラクター6名の受講を申し込みます。
申込書（PDF）を添付いたしますのでご確認ください。
受講料は請求書を頂戴できましたらお振込みいたします。

{sig("勅使河原 誠", "総務部", "teshigawara@hinode-sangyo.co.jp", style=4)}
""",
    attachments=[{"kind": "pdf", "name": "更新講習申込書_日の出産業.pdf", "title": "更新講習 受講申込書",
                  "lines": ["救助員資格 更新講習 受講申込書", "申込団体：日の出産業株式会社（ひのでスイミングスクール）",
                            "申込日：2025年7月14日", ""],
                  "table": _tab}])

# 019 — reply to a guardian; the asthma detail is only in the quoted text
add("pass", [], ["freemail_recipient"],
    "reply to one guardian on free mail; the child's asthma appears only in the quoted original",
    charset="utf-8", sender=SASAKI,
    to=["w.saori1983@yahoo.co.jp"],
    subject="Re: 喘息の件でご相談",
    body=f"""ご連絡ありがとうございます。船橋校の佐々木です。

承知いたしました。担当コーチにも伝えまして、レッスン中は無理をさせず、
プールサイドで休憩できるよう配慮いたします。吸入器はロッカーではなく
コーチ控室でお預かりすることもできますので、当日お声がけください。

引き続きよろしくお願いいたします。

-----Original Message-----
From: 四月一日 沙織 <w.saori1983@yahoo.co.jp>
Sent: Tuesday, July 8, 2025 9:14 PM
To: 船橋校 受付
Subject: 喘息の件でご相談

いつもお世話になっております。ジュニアクラスの四月一日湊の母です。
湊は小児喘息があり、先週末から少し咳が出ています。
レッスンは参加させたいのですが、苦しそうなときは休ませていただけますか。
吸入器を持たせます。
""")

# 020 — My Number of a new instructor to the 社労士 office
_a = adults(1, y0=1996, y1=2003)[0]
_mn = my_number(_seed())
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "a new instructor's My Number (個人番号) with name and DOB sent in the body to the outside 社労士",
    charset="iso-2022-jp", sender=TESHI,
    to=["星野社会保険労務士事務所 <office@sr-hoshino.jp>"],
    subject="雇用保険 資格取得届の件（8/1入社 インストラクター）",
    body=f"""星野社会保険労務士事務所
星野先生

いつもお世話になっております。日の出産業の勅使河原です。
8月1日付で入社するインストラクター1名の雇用保険資格取得届の作成をお願いいたします。

　氏名　　　　：{_a.name}（{_a.kana}）
　生年月日　　：{wareki(_a.dob)}
　住所　　　　：{_a.addr(1)}
　個人番号　　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　雇用形態　　：パートタイム（週20時間）
　賃金　　　　：時給1,250円

通知カードの写しは郵送でお送りします。

{sig("勅使河原 誠", "総務部", "teshigawara@hinode-sangyo.co.jp", style=4)}
""")


# =====================================================================================
# 021–040
# =====================================================================================

# 021 — to the guardian herself: her own child's ear infection and swimming ban
_k = kids(1, y0=2017, y1=2018, sex="F")[0]
_g = parent(_k)
add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "the child's ear-infection diagnosis goes only to her own guardian: sensitive, but to the data subject's parent",
    charset="iso-2022-jp", sender=SASAKI,
    to=[f"{_g.name} <{_g.mail}>"],
    subject="レッスン再開の目安について",
    body=f"""{_g.name} 様

船橋校の佐々木です。お電話ではありがとうございました。

{_k.giv[0]}ちゃんの件、耳鼻科の先生から「急性中耳炎のため2週間は水泳禁止」と
診断されたとのこと、承知いたしました。7月19日（土）までお休み扱いとし、
その間の月謝は振替対応（最大4回）とさせていただきます。

再開の際は、医師から水泳許可が出たことを受付でお知らせください。
耳栓の使用も可能です。

お大事になさってください。

{sig("佐々木 美穂", "受付", "m-sasaki@hinode-sangyo.co.jp", style=2)}
""")

# 022 — pool closure notice, eight guardians visible in Cc
_g = [parent(k) for k in kids(8)]
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "eight guardians' private addresses exposed to each other in Cc",
    charset="utf-8", sender=NISHINA,
    to=["津田沼校 <tsudanuma@hinode-sangyo.co.jp>"],
    cc=[g.mail for g in _g],
    subject="【休館のお知らせ】7/16（水）設備点検のため臨時休館",
    body=f"""保護者各位

いつもひのでスイミングスクール津田沼校をご利用いただきありがとうございます。

ろ過装置の緊急点検のため、7月16日（水）は臨時休館とさせていただきます。
水曜日クラスの方は、7月17日（木）〜7月26日（土）の間でお好きなクラスに振替が可能です。
振替のご予約は受付またはWeb予約からお願いいたします。

ご迷惑をおかけし申し訳ございません。

{CO}
{SS} 津田沼校 校長 仁科 葵
TEL 047-470-5518
""")

# 023 — camp logistics with the bus company and the hotel (two organisations)
add("pass", [], ["multiple_external_domains"],
    "three-way logistics mail with two partner organisations in To; no personal data",
    charset="cp932", sender=YUNOKI,
    to=["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>", "さくらホテル 団体予約 <group@sakura-hotel.jp>"],
    subject="8/18 合宿 到着時刻とバス駐車場の件",
    body=f"""青葉運輸 貸切バス課 ご担当者様
さくらホテル 団体予約 野々村様

ひのでキッズスポーツクラブの柚木です。お世話になっております。
8/18（月）の合宿初日、バスの到着時刻と駐車場所について両社に共有させてください。

1. 船橋校 出発 8:00 → さくらホテル 到着 11:15 予定（中型バス1台、乗車32名）
2. 駐車場：ホテル北側の大型車用スペース（野々村様より2台分確保済みと伺っています）
3. 帰路：8/20（水）14:00 ホテル出発

到着が30分以上遅れる場合は、乗務員の方から直接ホテルフロント（0460-83-1122）へご連絡をお願いします。

{sig("柚木 隆之", "キッズスポーツクラブ", "yunoki@hinode-sangyo.co.jp", style=3)}
""")

# 024 — enrolment CSV to a look-alike of the system vendor's domain
_k = kids(6)
_rows = [["member_no", "name", "kana", "birth", "guardian_tel", "guardian_mail"]]
for k in _k:
    g = parent(k)
    _rows.append([k.member, k.name, k.kana, ymd(k.dob, "-"), g.phone, g.mail])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["lookalike_domain", "personal_data"],
    "pupil CSV (6 rows) to tsubasa-systems.jp, a look-alike of partner tsubasa-system.jp",
    charset="iso-2022-jp", sender=SHOJI,
    to=["kishimoto@tsubasa-systems.jp"],
    subject="Re: 市川校 データ移行テスト用ファイル",
    body="""岸本様

東海林です。移行テスト用のファイルを添付します。
市川校の一部会員（6名）分です。文字コードはUTF-8にしました。

よろしくお願いします。
""",
    attachments=[{"kind": "csv", "name": "ichikawa_test_6.csv", "encoding": "utf-8", "rows": _rows}])

# 025 — branch list (business contacts) to a local advertising agency
_br = [["校名", "住所", "電話", "営業時間"],
       ["船橋校", "千葉県船橋市本町7-11-2 日の出ビル", "047-401-2260", "10:00-21:00（日曜休）"],
       ["津田沼校", "千葉県習志野市津田沼4-2-18", "047-470-5518", "10:00-21:00（月曜休）"],
       ["市川校", "千葉県市川市八幡2-9-30 市川サンプラザ4F", "047-330-7781", "10:00-20:30（日曜休）"],
       ["キッズスポーツクラブ 津田沼", "千葉県習志野市津田沼4-2-18 別館", "047-470-5520", "14:00-20:00"]]
add("pass", [], [],
    "list of the company's own branches (business addresses and switchboards) for an advert",
    charset="utf-8", sender=SHOJI,
    to=["タウンガイド京葉 広告制作部 <seisaku@townguide-keiyo.co.jp>"],
    subject="秋号掲載原稿：校舎一覧の確認",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>タウンガイド京葉<br>広告制作部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の東海林です。<br>
秋号の広告原稿、校舎一覧は下記の内容でお願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
{''.join('<tr>' + ''.join(f'<td>{c}</td>' for c in r) + '</tr>' for r in _br)}
</table>
<p>ロゴは前回入稿のものをお使いください。<br>
キャッチコピー「泳げた！がいっぱい。」は変更ありません。</p>
<p>--<br>日の出産業株式会社 本部 会員管理課<br>東海林 さやか<br>TEL 047-401-2260</p>
</body></html>""")

# 026 — 【社外秘】 fee revision plan sent to the printer too early
add("stop", [], ["confidential_marking"],
    "DOCX stamped 社外秘 in the header and title sent to the external printer",
    charset="cp932", sender=SHOJI,
    to=["錦印刷 今泉様 <imaizumi@nishiki-insatsu.co.jp>"],
    subject="来年度チラシの件（参考資料）",
    body=f"""今泉様

お世話になっております。東海林です。
来年度の入会案内チラシの件、料金表の参考に社内資料をお送りします。
レイアウトのイメージを先にご検討いただけますでしょうか。

{sig("東海林 さやか", "本部 会員管理課", "s-shoji@hinode-sangyo.co.jp", style=4)}
""",
    attachments=[{"kind": "docx", "name": "2026年度_月謝改定案.docx", "title": "【社外秘】2026年度 月謝改定案",
                  "page_header": "社外秘　取締役会資料",
                  "paragraphs": ["【社外秘】2026年度 月謝改定案（経営会議 7/10 決議前）",
                                 "水道光熱費・人件費の上昇を受け、2026年4月より月謝を改定する。",
                                 "改定幅は週1回コースで+550円、選手コースで+1,100円を想定。",
                                 "公表は2026年1月の保護者説明会とする。"],
                  "tables": [[["コース", "現行（税込）", "改定案（税込）"],
                              ["幼児（週1）", "7,700円", "8,250円"], ["ジュニア（週1）", "8,250円", "8,800円"],
                              ["ジュニア（週2）", "12,100円", "12,980円"], ["選手育成", "15,400円", "16,500円"]]]}])

# 027 — English mail to the Australian swim academy about the camp schedule
add("pass", [], [],
    "English scheduling mail to an overseas academy; no personal data",
    charset="utf-8", sender=RYAN,
    to=["Bronwyn Clarke <bronwyn@goldcoast-swimacademy.com.au>"],
    subject="Spring camp 2026 - proposed schedule",
    body=f"""Hi Bronwyn,

Thanks for the call yesterday. As discussed, here is our proposed outline for the
spring camp (23-29 March 2026):

  Day 1    Arrival, pool orientation, light session (1.5 km)
  Day 2-3  Technique blocks: starts and turns, underwater kicking
  Day 4    Rest day / beach safety session with your lifeguards
  Day 5-6  Time trials (50 m and 100 m, long course)
  Day 7    Departure

Group size: 14 swimmers aged 11-15 and 3 coaches. We would like two lanes
for the morning sessions if possible. Could you send over the lane hire rates
and the insurance requirements for visiting clubs?

Cheers,
Ryan Mitchell
Head Coach, Hinode Swimming School (Hinode Sangyo Co., Ltd.)
r.mitchell@hinode-sangyo.co.jp | +81-47-401-2260

{DISCLAIMER_EN}
""")

# 028 — PPAP: password-protected ZIP of the member data to the vendor
add("stop", [], ["unscannable_attachment"],
    "encrypted ZIP (PPAP) whose content cannot be inspected",
    charset="iso-2022-jp", sender=SHOJI,
    to=["ツバサシステム 岸本様 <kishimoto@tsubasa-system.jp>"],
    subject="【送付】市川校 会員データ一式",
    body="""ツバサシステム株式会社
岸本様

お世話になっております。東海林です。
市川校の会員データ一式をZIPにまとめて添付いたします。
解凍用パスワードは別メールにてお送りします。

東海林
""",
    attachments=[{"kind": "zip", "name": "ichikawa_kaiin_20250715.zip", "password": "Hinode#0715",
                  "files": [{"kind": "csv", "name": "kaiin.csv",
                             "rows": [["会員番号", "氏名", "電話"]] + [[k.member, k.name, parent(k).phone] for k in kids(20)]}]}])

# 029 — the team manager's (one person's) contact to the federation
_a = adults(1, y0=1986, y1=1992)[0]
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "one staff member's contact given as team manager for the meet: a single person (may warn)",
    charset="cp932", sender=OKOCHI,
    to=["京葉地区水泳連盟 事務局 <jimukyoku@keiyo-swim.or.jp>"],
    subject="記録会当日の引率責任者について",
    body=f"""京葉地区水泳連盟 事務局 御中

ひのでスイミングスクールの大河内です。
9月27日の記録会当日、私が別大会の引率のため不在となります。
当日の引率責任者は下記の者が務めますので、緊急時はこちらへご連絡ください。

　引率責任者：{_a.name}（コーチ）
　当日連絡先：{_a.phone}
　メール　　：{_a.sur[2].lower()}.{_a.giv[2].lower()}@hinode-sangyo.co.jp

よろしくお願いいたします。

{sig("大河内 亮", "選手コース主任コーチ", "r-okochi@hinode-sangyo.co.jp", style=1)}
""")

# 030 — a damaged XLSX to the federation
add("stop", [], ["unscannable_attachment"],
    "the attached XLSX is corrupt and cannot be read",
    charset="utf-8", sender=OKOCHI,
    to=["entry@keiyo-swim.or.jp"],
    subject="Fw: リレーオーダー用紙（再送）",
    body="""競技委員会 ご担当者様

先ほどのメールで添付が漏れておりましたので再送いたします。
リレーオーダー用紙です。

ひのでSS 大河内
""",
    attachments=[{"kind": "corrupt", "name": "relay_order_hinodeSS.xlsx"}])

# 031 — one child's epilepsy told to the coach of another club
_k = kids(1, y0=2015, y1=2016, sex="M")[0]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named child's epilepsy and medication told to an outside club's coach (要配慮個人情報, one person)",
    charset="iso-2022-jp", sender=YUNOKI,
    to=["みなとFC ジュニア監督 <kantoku@minato-fc.jp>"],
    subject="合同練習の参加者について（ご配慮のお願い）",
    body=f"""みなとFC
秋元監督

いつもありがとうございます。ひのでキッズスポーツクラブの柚木です。
来週の合同練習に参加する{_k.name}くん（{_k.grade()}）について、事前にお伝えさせてください。

{_k.sur[0]}くんは、てんかんの持病があり、抗てんかん薬を服用しています。
ここ1年ほど発作はありませんが、強い日差しと疲労が重なると発作のリスクがあるとのことです。
万一の際は、周囲の物をどけて横向きに寝かせ、時間を計って私にお知らせください。
5分以上続く場合は119番をお願いします。

保護者の方からは、先方の指導者にも伝えてほしいと言われています。
よろしくお願いいたします。

柚木
""")

# 032 — newsletter to guardians in Bcc
_g = [parent(k).mail for k in kids(15)]
add("pass", [], ["freemail_recipient"],
    "guardians correctly put in Bcc (To is the school itself); free-mail recipients only warn",
    charset="utf-8", sender=SASAKI,
    to=["船橋校 受付 <funabashi@hinode-sangyo.co.jp>"], bcc=_g,
    subject="ひのでSS船橋校だより 8月号",
    body=f"""保護者の皆さま

船橋校だより8月号をお届けします。

■ 8月の進級テスト
　8月21日（木）〜8月26日（火）の各クラス内で実施します。
■ お盆休み
　8月13日（水）〜8月16日（土）は休館です。
■ 忘れ物のお願い
　名前のないゴーグル・キャップが増えています。持ち物には必ずお名前をお書きください。
■ 夏の短期教室
　残り枠わずかです。詳細は受付まで。

暑い日が続きます。プール後の水分補給を忘れずに！

{SS} 船橋校
TEL 047-401-2260
※このメールは送信専用ではありません。ご返信いただくと受付に届きます。
""")

# 033 — five pupils' ear problems (tab-separated) to an outsourced instructor company
_k = kids(5, y0=2016, y1=2020)
_cond = ["中耳炎（通院中・潜水不可）", "鼓膜チューブ留置中（耳栓必須）", "外耳炎治療中",
         "滲出性中耳炎の既往（顔つけ練習は様子を見て）", "急性中耳炎（8/2まで水泳禁止）"]
_lines = "\n".join(f"{k.name}\t{k.grade()}\t{c}" for k, c in zip(_k, _cond))
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "tab-separated list of 5 named children with ear diseases sent to an outside staffing company",
    charset="cp932", sender=NISHINA,
    to=["アクアスタッフ 派遣コーディネーター 三ツ矢様 <mitsuya@aqua-staff.co.jp>"],
    subject="土曜午前 幼児クラス 代行コーチへの申し送り",
    body=f"""アクアスタッフ株式会社
三ツ矢様

お世話になっております。津田沼校の仁科です。
今週土曜の幼児クラスに入っていただく代行コーチの方へ、耳のトラブルがある子の一覧を
お伝えします（エクセルから貼り付けです）。

氏名\t学年\t注意事項
{_lines}

該当の子は耳栓を持参しています。水中に顔をつける練習は無理にさせないでください。
よろしくお願いします。

仁科（津田沼校）
""")

# 034 — filtration maintenance with 川崎電機
add("pass", [], [],
    "equipment maintenance scheduling with a partner; business contacts only",
    charset="iso-2022-jp", sender=NISHINA,
    to=["川崎電機 サービス部 <service@kawasaki-denki.co.jp>"],
    subject="ろ過ポンプ点検日程の件（津田沼校・管理番号 KD-P-2281）",
    body=f"""川崎電機株式会社
サービス部 御中

お世話になっております。ひのでスイミングスクール津田沼校の仁科です。

先日異音が出ていたろ過ポンプ（管理番号 KD-P-2281）の点検について、
7月16日（水）終日休館としましたので、当日9時から作業いただけますでしょうか。
機械室の鍵は守衛室でお渡しします。

作業後、塩素濃度計の校正もあわせてお願いできれば助かります。

{sig("仁科 葵", "校長", "nishina-a@hinode-sangyo.co.jp", tel="047-470-5518", fax=None, branch="津田沼校")}
""")

# 035 — FW: a guardian's mail (asthma, health-insurance card) forwarded to the insurer
_k = kids(1, y0=2014, y1=2015)[0]
_g = parent(_k, "M")
_hk = f"{_R.randint(1000000, 9999999):08d}"
_hn = f"{_R.randint(1, 99)}"
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    ["personal_data"],
    "forward of a guardian's mail with the child's asthma attack and health-insurance card number to the insurer",
    charset="utf-8", sender=DOMEKI,
    to=["事故受付センター <jiko-uketsuke@kodomo-sports-hoken.co.jp>"],
    subject="FW: 先日のレッスン中の発作について",
    body=f"""事故受付センター ご担当者様

日の出産業 安全管理室の百目鬼です。
保護者の方から下記のメールをいただきました。通院費の請求が可能か確認いただけますでしょうか。

---------- 転送メッセージ ----------
From: {_g.name} <{_g.mail}>
Date: 2025年7月9日 22:41
Subject: 先日のレッスン中の発作について

ひのでスイミングスクール 御中

{_k.name}（{wareki(_k.dob)}生）の父です。
7月7日のレッスン中に喘息の発作を起こし、その日のうちに小児科を受診しました。
診断は気管支喘息の急性増悪で、吸入と点滴を受け、今も通院しています。
スポーツ保険の対象になるようでしたら手続きをお願いしたいです。
保険証は 記号 {_hk} 番号 {_hn}（被扶養者）です。
日中は {_g.phone} にお願いします。
""")

# 036 — price list for a corporate welfare partner
add("pass", [], [],
    "corporate price list (月謝・法人割引) to a prospective partner; no people",
    charset="cp932", sender=TESHI,
    to=["ふくりプラス 提携推進部 <teikei@fukuri-plus.co.jp>"],
    subject="福利厚生サービス掲載用 料金表のご送付",
    body=f"""株式会社ふくりプラス
提携推進部 ご担当者様

先日はお打ち合わせの機会をいただきありがとうございました。
会員企業様向けの掲載用料金表をお送りします。

{grid([["コース", "通常月謝", "会員企業様価格"], ["ベビー（0〜3歳）", "6,600円", "5,940円"],
       ["幼児（週1）", "7,700円", "6,930円"], ["ジュニア（週1）", "8,250円", "7,425円"],
       ["成人フィットネス", "9,900円", "8,910円"], ["入会金", "5,500円", "0円"]], sep="   ")}

※価格はすべて税込です。
※入会金無料は2026年3月末入会分まで。

{sig("勅使河原 誠", "総務部", "teshigawara@hinode-sangyo.co.jp", style=4)}
""")

# 037 — trial-lesson applicants, one record per block, to a marketing agency
_k = kids(5, y0=2017, y1=2021)
_blocks = []
for i, k in enumerate(_k):
    g = parent(k)
    _blocks.append(f"■{i + 1}件目\n申込者：{g.name}（{g.kana}）\nお子さま：{k.giv[0]}（{k.grade()}）\n"
                   f"電話：{g.phone}\nメール：{g.mail}\n希望日：7月{_R.randint(19, 31)}日 "
                   f"{_R.choice(['10:00', '15:30', '16:30'])}")
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "five trial-lesson applicants' names, phones and e-mails (one block each) to an ad agency",
    charset="iso-2022-jp", sender=SASAKI,
    to=["PRウェーブ 反響対応チーム <hankyo@prwave.co.jp>"],
    subject="体験レッスン申込 7月第3週分（架電フォローのお願い）",
    body=f"""PRウェーブ 反響対応チーム 御中

お世話になっております。ひのでSS船橋校の佐々木です。
今週Webから申込があった体験レッスンの5件です。
受付で連絡がつかなかった方ばかりですので、フォローのお電話をお願いいたします。

""" + "\n\n".join(_blocks) + """

結果は来週月曜までにスプレッドシートへご記入ください。
佐々木
""")

# 038 — internal: failed debits to accounting (internal only)
_g = adults(7)
_rows = [["保護者名", "電話", "金額", "不能理由"]]
for g in _g:
    _rows.append([g.name, g.phone, _R.choice(["8,250", "9,350", "16,500"]), _R.choice(["資金不足", "資金不足", "取引なし", "預金者の都合"])])
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "list of 7 guardians whose debit failed, but sent internally (船橋校 → 経理部) only",
    charset="utf-8", sender=SASAKI,
    to=["宮地 恵 <miyaji@hinode-sangyo.co.jp>"],
    cc=["経理部 <keiri@hinode-sangyo.co.jp>"],
    subject="Re: 7月分 振替不能者の件",
    body=f"""宮地さん

お疲れさまです。佐々木です。
船橋校分の振替不能者、受付から電話連絡した結果を追記しました。

{grid(_rows)}

うち2名は来校時に現金でいただく予定です。
残りは8月分と合わせて再振替でお願いします。

佐々木
""")

# 039 — HTML-only mail: badge-test results with home addresses to the printer
_k = kids(6)
_trs = "\n".join(
    f"<tr><td>{k.name}</td><td>{_R.choice(['10級', '9級', '8級', '7級', '6級'])}</td><td>{k.zip}</td>"
    f"<td>{k.town}{k.chome[0]}-{k.chome[1]}-{k.chome[2]}{k.bldg}</td></tr>" for k in _k)
add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "HTML table of 6 children's names and home addresses for certificate mailing to the printer",
    charset="utf-8", sender=SHOJI,
    to=["錦印刷 発送センター <hassou@nishiki-insatsu.co.jp>"],
    subject="認定証の個別発送リスト（市川校 7月合格者）",
    html=f"""<html><body>
<p>錦印刷 発送センター ご担当者様</p>
<p>いつもお世話になっております。日の出産業の東海林です。<br>
市川校は夏休み中のため、7月の合格者には認定証をご自宅へ直接発送していただけますでしょうか。</p>
<table border="1" style="border-collapse:collapse">
<tr><th>氏名</th><th>合格級</th><th>郵便番号</th><th>住所</th></tr>
{_trs}
</table>
<p>送料は月末請求に含めてください。<br>よろしくお願いいたします。</p>
<p>東海林 さやか（本部 会員管理課）</p>
</body></html>""")

# 040 — reply to the bus company; their roster is only quoted
_k = kids(6)
_quoted = "\n".join(f"> {k.name}　{_R.choice(['前原西', '薬円台', '習志野台'])}　乗車" for k in _k)
add("pass", [], [],
    "short confirmation; the roster appears only in the quoted mail from the bus company",
    charset="cp932", sender=KUBOTA,
    to=["青葉運輸 運行管理 <unko@aoba-unyu.co.jp>"],
    subject="RE: 【確認】水曜2便 乗車実績",
    body=f"""運行管理ご担当様

久保田です。乗車実績、こちらの記録と一致しました。ありがとうございました。
来週からも同じ運用でお願いします。

-----Original Message-----
From: 青葉運輸 運行管理 [mailto:unko@aoba-unyu.co.jp]
Sent: Wednesday, July 9, 2025 6:02 PM
To: 久保田 慎吾
Subject: 【確認】水曜2便 乗車実績

久保田様

本日の水曜2便の乗車実績です。ご確認ください。
{_quoted}

青葉運輸 運行管理
""")


# =====================================================================================
# 041–060
# =====================================================================================

# 041 — PDF roster of bus route 2 (10 children, addresses, guardians' phones)
_k = kids(10, y0=2013, y1=2019)
_tab = [["No", "氏名", "ふりがな", "学年", "乗車場所（自宅前）", "保護者携帯"]]
for i, k in enumerate(_k):
    _tab.append([i + 1, k.name, k.hira, k.grade(), k.addr(3), parent(k).phone])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "PDF roster of 10 children with home addresses and guardians' mobiles to the bus company",
    charset="iso-2022-jp", sender=KUBOTA,
    to=["青葉運輸 ドライバー班長 坂巻様 <sakamaki@aoba-unyu.co.jp>"],
    subject="2号車（自宅前送迎コース）名簿 差し替え版",
    body=f"""坂巻様

お疲れさまです。ひのでSSの久保田です。
2号車の自宅前送迎コースの名簿、8月からの差し替え版をPDFでお送りします。
新しく2名追加になっています（No.9、No.10）。
車内保管のものと入れ替えて、旧版は破棄をお願いします。

{sig("久保田 慎吾", "送迎バス担当", "kubota.shingo@hinode-sangyo.co.jp", style=0)}
""",
    attachments=[{"kind": "pdf", "name": "2gousha_meibo_202508.pdf", "title": "2号車 送迎名簿",
                  "page_header": "ひのでスイミングスクール 送迎バス", "page_footer": "2025年8月版",
                  "lines": ["2号車　自宅前送迎コース　乗車名簿（月・水・金）", ""], "table": _tab}])

# 042 — the word 社外秘 only mentioned, no marking
add("pass", [], [],
    "mentions that internal (社外秘) material will not be shared; the mail itself carries no marking",
    charset="utf-8", sender=TESHI,
    to=["ツバサシステム 真壁様 <makabe@tsubasa-system.jp>"],
    subject="Re: 要件定義のための資料ご提供のお願い",
    body=f"""真壁様

お世話になっております。勅使河原です。
ご依頼の件、社内の運用マニュアルは社外秘扱いのため原本はお渡しできませんが、
アプリに関係する部分の要点を以下にまとめました。

1. 欠席連絡はレッスン開始30分前まで受け付け
2. 振替は月4回まで、翌月末まで有効
3. 進級テストの結果は保護者に翌週お知らせ（紙の進級カード併用）
4. 送迎バスの乗車連絡は前日18時締め

不足があればお知らせください。

> 要件定義を進めるにあたり、現在の運用ルールがわかる資料を
> ご提供いただけますでしょうか。
""")

# 043 — PPTX for a federation safety meeting with a named child's concussion
_k = kids(1, y0=2012, y1=2013, sex="F")[0]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "slides for an external meeting naming a child and her concussion diagnosis",
    charset="cp932", sender=DOMEKI,
    to=["京葉地区水泳連盟 安全委員会 <anzen@keiyo-swim.or.jp>"],
    subject="安全委員会 事例報告スライド（ひのでSS）",
    body="""安全委員会 御中

8月の安全委員会で報告予定の事例スライドをお送りします。
当日はこちらを投影させていただきます。

日の出産業 安全管理室 百目鬼
""",
    attachments=[{"kind": "pptx", "name": "事例報告_飛び込み事故.pptx", "title": "事例報告 飛び込み時の事故",
                  "slides": [["事例報告：スタート練習中の事故", "ひのでスイミングスクール 安全管理室", "2025年8月 安全委員会"],
                             ["発生状況", "2025年6月14日（土）選手コース練習中",
                              f"{_k.name}さん（{_k.grade()}）がスタート台から飛び込んだ際、水深1.2mの浅い側でプール底に頭部を接触",
                              "意識あり、会話可能"],
                             ["受診結果", "救急搬送後、脳震盪と診断", "頸椎に異常なし。2週間の運動制限"],
                             ["再発防止策", "浅水域でのスタート練習禁止", "スタート台使用時はコーチが水深を確認し合図"]]}])

# 044 — staff-training rooms at さくらホテル
add("pass", [], [],
    "ordinary hotel booking for a staff training: room counts and times, no personal records",
    charset="iso-2022-jp", sender=TESHI,
    to=["さくらホテル 宿泊予約 <yoyaku@sakura-hotel.jp>"],
    subject="10/6-7 社内研修 宿泊・会議室のご予約",
    body=f"""さくらホテル 宿泊予約ご担当者様

日の出産業株式会社 総務部の勅使河原でございます。
インストラクター研修のため、下記のとおり予約をお願いいたします。

　日程：2025年10月6日（月）〜7日（火） 1泊
　宿泊：ツイン 6室、シングル 2室（計14名）
　会議室：6日 13:00〜18:00、7日 9:00〜12:00（スクール形式 16席）
　食事：6日夕食（懇親会形式）、7日朝食

参加者名簿は確定次第、前日までにお送りいたします。
お見積りをいただけますと幸いです。

{sig("勅使河原 誠", "総務部", "teshigawara@hinode-sangyo.co.jp", style=4)}
""")

# 045 — unencrypted ZIP with a member CSV and a readme to the vendor
_k = kids(11)
_rows = [["会員番号", "氏名", "カナ", "生年月日", "保護者メール", "保護者電話"]]
for k in _k:
    g = parent(k)
    _rows.append([k.member, k.name, k.kana, ymd(k.dob), g.mail, g.phone])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "ZIP (not encrypted) holding a CSV of 11 pupils and guardians' contacts, to the vendor",
    charset="utf-8", sender=SHOJI,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="[問合せ#4471] 会員インポートエラーの再現データ",
    body="""ツバサシステム サポートご担当者様

問合せ#4471の件、エラーが再現したファイルをZIPで添付します。
11行目で文字化けが起きているようです（旧字体の「髙」のため？）。
中身は実データのままです。調査後は削除をお願いします。

日の出産業 東海林
""",
    attachments=[{"kind": "zip", "name": "import_error_4471.zip",
                  "files": [{"kind": "csv", "name": "import_0715.csv", "encoding": "utf-8", "rows": _rows},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "インポート画面で「取込」を押すと11行目でエラー。\nブラウザ: Edge 126\n"}]}])

# 046 — trial lesson confirmation to one guardian (carrier mail)
add("pass", [], ["freemail_recipient"],
    "booking confirmation to a single guardian on a carrier address; no personal records",
    charset="cp932", sender=SASAKI,
    to=["m-hana.0412@docomo.ne.jp"],
    subject="【ひのでSS】体験レッスンご予約の確認",
    body="""このたびは体験レッスンにお申込みいただきありがとうございます。
ご予約内容は以下のとおりです。

　日時：7月26日（土）10:00〜10:45
　クラス：幼児クラス（年中〜年長）
　持ち物：水着・キャップ（貸出あり）・タオル

開始15分前までに2階受付へお越しください。
ご都合が悪くなった場合は、047-401-2260までお電話ください。

ひのでスイミングスクール 船橋校 受付 佐々木
""")

# 047 — forwarded internal staff list (attached .eml) to a staffing agency
_a = adults(7, y0=1980, y1=2004)
_inner = "\n".join(f"{a.name}　{a.phone}　{a.addr(0)}" for a in _a)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "attached internal mail (.eml) lists 7 staff with mobiles and home addresses; forwarded outside",
    charset="iso-2022-jp", sender=NISHINA,
    to=["アクアスタッフ 三ツ矢様 <mitsuya@aqua-staff.co.jp>"],
    subject="FW: 夏季シフト 緊急連絡網",
    body="""三ツ矢様

お世話になっております。仁科です。
夏季の代行手配の参考に、社内の緊急連絡網のメールを添付で転送します。
どのコーチが近くに住んでいるかの目安にしてください。

仁科
""",
    attachments=[{"kind": "eml", "name": "夏季シフト緊急連絡網.eml", "message": {
        "charset": "iso-2022-jp", "sender": NISHINA,
        "to": ["津田沼校 コーチ一同 <tsudanuma-coach@swim.hinode-sangyo.co.jp>"],
        "subject": "夏季シフト 緊急連絡網",
        "body": f"津田沼校コーチ各位\n\n夏季期間の緊急連絡網です。台風等で休館判断する際はこの順で電話を回してください。\n\n{_inner}\n\n仁科"}}])

# 048 — names and grades only, for certificate printing
_k = kids(6)
_names = "\n".join(f"{k.name}　{_R.choice(['5級', '4級', '3級', '2級'])}　{_R.choice(['クロール25m', '背泳ぎ25m', '平泳ぎ25m', 'バタフライ25m'])}" for k in _k)
add("either", ["PERSON_NAME"], ["personal_data"],
    "six children's names with the grade passed, for printing their certificates: names plus a harmless attribute",
    charset="utf-8", sender=SHOJI,
    to=["錦印刷 今泉様 <imaizumi@nishiki-insatsu.co.jp>"],
    subject="認定証 名入れ印刷のお願い（船橋校 選手コース）",
    body=f"""今泉様

お世話になっております。東海林です。
船橋校の選手コースで上位級に合格した6名分の認定証、名入れ印刷をお願いします。
毛筆体でお願いします。

{_names}

8月8日の納品に合わせていただけますと助かります。
東海林
""")

# 049 — passports of five swimmers to the overseas academy (English)
_k = kids(5, y0=2010, y1=2013)
_pp = "\n".join(f"{i + 1}. {k.romaji:<22} DOB {k.dob.strftime('%d %b %Y')}   Passport No. T{_R.choice('KRSZ')}{_R.randint(1000000, 9999999)}"
                f"   exp. {_R.randint(2028, 2034)}-{_R.randint(1, 12):02d}" for i, k in enumerate(_k))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], ["personal_data"],
    "passport numbers and dates of birth of five children sent overseas",
    charset="utf-8", sender=RYAN,
    to=["Bronwyn Clarke <bronwyn@goldcoast-swimacademy.com.au>"],
    cc=["Ryan Mitchell <r.mitchell@hinode-sangyo.co.jp>"],
    subject="Spring camp - swimmer details for pool access passes",
    body=f"""Hi Bronwyn,

As requested for the council pool access passes, here are the details of the
first five swimmers confirmed for the March camp:

{_pp}

The remaining nine will follow once their parents return the consent forms.

Thanks,
Ryan
""")

# 050 — four staff members' emergency numbers to the venue
_a = adults(4, y0=1982, y1=2000)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "four staff members' on-the-day phone numbers to the venue: under five people (may warn)",
    charset="iso-2022-jp", sender=YUNOKI,
    to=["習志野市総合体育館 管理事務所 <kanri@narashino-sogotaiikukan.jp>"],
    subject="8/24 キッズ運動会 当日スタッフ連絡先",
    body=f"""習志野市総合体育館 管理事務所 御中

ひのでキッズスポーツクラブの柚木です。
8月24日（日）の運動会当日、会場内で連絡がつくスタッフは次の4名です。

""" + "\n".join(f"・{a.name}　{a.phone}" for a in _a) + f"""

搬入は8:00開始、撤収は16:30完了予定です。
よろしくお願いいたします。

{sig("柚木 隆之", "キッズスポーツクラブ", "yunoki@hinode-sangyo.co.jp", style=3)}
""")

# 051 — a foreign instructor's residence card to the staffing firm
_rc = f"{_R.choice(['AB', 'EF', 'UH', 'PL'])}{_R.randint(10000000, 99999999)}{_R.choice(['CD', 'GH', 'JA', 'KN'])}"
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], ["personal_data"],
    "a foreign instructor's residence card number, nationality and DOB to an outside staffing firm",
    charset="utf-8", sender=TESHI,
    to=["グローバルワークス 就労支援課 <shien@globalworks-hr.jp>"],
    subject="就労資格の確認依頼（英語コーチ候補）",
    body=f"""グローバルワークス株式会社
就労支援課 ご担当者様

日の出産業 総務部の勅使河原です。
英語で指導できるコーチとして採用を予定している方について、就労資格の確認をお願いします。

　Name: Lucas OLIVEIRA SANTOS（ルーカス オリベイラ サントス）
　国籍：ブラジル
　生年月日：1996年3月14日
　在留カード番号：{_rc}
　在留資格：定住者　在留期限：2027年11月30日

カードの両面コピーは明日郵送します。

{sig("勅使河原 誠", "総務部", "teshigawara@hinode-sangyo.co.jp", style=4)}
""")

# 052 — delivery tracking numbers to the goods supplier
add("pass", [], [],
    "delivery status with tracking and order numbers to a supplier; no personal data",
    charset="cp932", sender=SASAKI,
    to=["アクアギア 受注課 <juchu@aquagear.co.jp>"],
    subject="Re: スクール水着・キャップ 発送状況（注文 AG-771203）",
    body=f"""アクアギア株式会社 受注課 御中

船橋校の佐々木です。発送のご連絡ありがとうございました。
下記3口のうち、2口目がまだ届いておりません。配送状況をご確認いただけますか。

　伝票番号 4401-2287-3365　スクール水着 男子 120〜150　… 受領済
　伝票番号 4401-2287-3376　スクール水着 女子 120〜150　… 未着
　伝票番号 4401-2287-3387　シリコンキャップ（紺）　　　… 受領済

> 本日、ご注文番号AG-771203の商品を3口に分けて発送いたしました。

{sig("佐々木 美穂", "受付", "m-sasaki@hinode-sangyo.co.jp")}
""")

# 053 — the minibus driver's licence to the insurance agency
_a = adults(1, y0=1965, y1=1975, sex="M")[0]
_lic = f"4{_R.randint(0, 9)}{_R.randint(10, 99)}{_R.randint(100000, 999999)}{_R.randint(0, 9)}0"
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], ["personal_data"],
    "a driver's licence number with name and DOB (identity document) to the insurance agency",
    charset="iso-2022-jp", sender=KUBOTA,
    to=["ハートフル保険サービス <jidosha@heartful-hoken.co.jp>"],
    subject="マイクロバス 運転者追加の件",
    body=f"""ハートフル保険サービス ご担当者様

いつもお世話になっております。日の出産業の久保田です。
キッズクラブ用マイクロバス（習志野 200 さ 12-34）の運転者限定特約に、1名追加をお願いします。

　氏名：{_a.name}
　生年月日：{wareki(_a.dob)}
　運転免許証番号：第{_lic}号
　免許の色：ゴールド

追加は8月1日からでお願いします。保険料の差額はご連絡ください。

{sig("久保田 慎吾", "送迎バス担当", "kubota.shingo@hinode-sangyo.co.jp", style=2)}
""")

# 054 — internal: My Numbers collected from instructors (internal only)
_a = adults(3, y0=1990, y1=2004)
_lines = "\n".join(f"{a.name}\t{my_number(_seed())}" for a in _a)
add("pass", ["JP_MY_NUMBER", "PERSON_NAME"], [],
    "My Numbers of three instructors sent from a branch to HR, all recipients internal",
    charset="cp932", sender=NISHINA,
    to=["勅使河原 誠 <teshigawara@hinode-sangyo.co.jp>"],
    subject="年末調整用 個人番号（津田沼校 新人3名）",
    body=f"""勅使河原さん

津田沼校の新人3名分の個人番号です。本人確認書類は確認済みです。
このメールは確認後に削除します。

{_lines}

仁科
""")

# 055 — 基礎年金番号 of a new hire to the 社労士
_a = adults(1, y0=1988, y1=1995, sex="F")[0]
add("stop", ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"], ["personal_data"],
    "a new hire's basic pension number with name and DOB to the outside 社労士 office",
    charset="utf-8", sender=TESHI,
    to=["星野社会保険労務士事務所 <office@sr-hoshino.jp>"],
    subject="社会保険 資格取得（9/1入社 事務職）",
    body=f"""星野先生

お世話になっております。勅使河原です。
9月1日入社の事務職1名について、社会保険の資格取得手続きをお願いします。

氏名：{_a.name}（{_a.kana}）
生年月日：{wareki(_a.dob, 'short')}
基礎年金番号：{_R.randint(1000, 9999)}-{_R.randint(100000, 999999)}
標準報酬月額：220千円見込み
扶養：なし

よろしくお願いいたします。
勅使河原
""")

# 056 — internal HTML table: badge test results
_k = kids(8)
_trs = "".join(f"<tr><td>{k.name}</td><td>{k.grade()}</td><td>{_R.choice(['合格', '合格', '再テスト'])}</td></tr>" for k in _k)
add("pass", ["PERSON_NAME"], [],
    "test results of 8 pupils shared internally only",
    charset="utf-8", sender=OKOCHI,
    to=["船橋校 受付 <funabashi@hinode-sangyo.co.jp>"],
    subject="7月 進級テスト結果（火曜17時クラス）",
    html=f"""<html><body><p>受付の皆さん</p>
<p>火曜17時クラスの進級テスト結果です。進級カードへの記入をお願いします。</p>
<table border="1"><tr><th>氏名</th><th>学年</th><th>結果</th></tr>{_trs}</table>
<p>大河内</p></body></html>""")

# 057 — emergency contacts without names (member no. only), tab-separated, to the venue
_k = kids(7, y0=2012, y1=2016)
_lines = "\n".join(f"{k.member}\t{ymd(k.dob)}\t{parent(k).phone}\t{_R.choice(['父', '母', '母', '祖母'])}" for k in _k)
add("stop", ["DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "seven pupils' rows (member no., DOB, guardian phone) without a name column, to an outside venue",
    charset="iso-2022-jp", sender=OKOCHI,
    to=["市民プール 大会運営係 <taikai@funabashi-shimin-pool.jp>"],
    subject="記録会当日の緊急連絡先（ひのでSS分）",
    body=f"""市民プール 大会運営係 御中

ひのでSSの大河内です。
記録会の参加申込書に記載漏れがあった緊急連絡先をお送りします。
会員番号は申込書の番号と対応しています。

会員番号\t生年月日\t緊急連絡先\t続柄
{_lines}

よろしくお願いします。
大河内
""")

# 058 — debit schedule change with the bank (no people)
add("pass", [], [],
    "agreement on a debit-date change with the partner bank; no customer data",
    charset="cp932", sender=MIYAJI,
    to=["みどり銀行 法人営業部 口座振替担当 <furikae@midori-ginko.co.jp>"],
    subject="口座振替日変更のご相談（委託者コード 7731）",
    body=f"""みどり銀行 法人営業部 ご担当者様

日の出産業 経理部の宮地です。いつもお世話になっております。
2026年1月分より、月謝の振替日を毎月27日から毎月10日へ変更したいと考えております。

・データ伝送期限（振替日の5営業日前）に変更はないか
・保護者への通知文の文例をご提供いただけるか
・変更に伴う手数料の有無

以上3点についてご教示いただけますでしょうか。

{sig("宮地 恵", "経理部", "miyaji@hinode-sangyo.co.jp", style=4)}

{DISCLAIMER_JA}
""")

# 059 — full-width digits and 和暦 DOBs for 5 swimmers to the federation
_k = kids(5, y0=2011, y1=2015)
_rows = [["氏名", "生年月日", "学年", "種目"]] + [
    [k.name, wareki(k.dob, "zen"), k.grade(), _R.choice(["５０ｍ自由形", "５０ｍ背泳ぎ", "１００ｍ平泳ぎ"])] for k in _k]
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "five swimmers with 和暦 dates of birth in full-width digits to the federation",
    charset="iso-2022-jp", sender=OKOCHI,
    to=["京葉地区水泳連盟 記録会係 <kirokukai@keiyo-swim.or.jp>"],
    subject="市民記録会　参加者届（ひのでスイミングスクール）",
    body=f"""京葉地区水泳連盟
記録会係　御中

標記の件、下記５名の参加を届け出ます。

{zgrid(_rows)}

以上、よろしくお願いいたします。

{sig("大河内 亮", "選手コース主任コーチ", "r-okochi@hinode-sangyo.co.jp", style=1)}
""")

# 060 — terms-of-use review with the law firm
add("pass", [], [],
    "legal review request for the school's terms; business only, with disclaimer",
    charset="utf-8", sender=TESHI,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="会員規約（2026年改定版）のリーガルチェックのお願い",
    body=f"""白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業の勅使河原でございます。

スイミングスクール会員規約の改定案について、リーガルチェックをお願いしたくご連絡いたしました。
主な改定点は以下のとおりです。

・第8条：休会規定（最長3か月→6か月）
・第12条：レッスン中の事故に関する免責条項の見直し
・第15条：写真・動画の撮影および掲載に関する同意

改定案のWordファイルは明日お送りします。9月中旬までにご意見を頂戴できますと幸いです。

{sig("勅使河原 誠", "総務部", "teshigawara@hinode-sangyo.co.jp", style=4)}

{DISCLAIMER_JA}
""")


# =====================================================================================
# 061–080
# =====================================================================================

# 061 — 「・」bullets: five children's allergies and asthma to the caterer
_k = kids(5, y0=2015, y1=2020)
_al = ["卵・乳（エピペン携帯）", "小麦アレルギー", "気管支喘息（運動誘発性）、ナッツ類不可", "えび・かに", "そば（アナフィラキシー既往）"]
_bul = "\n".join(f"・{k.name}（{k.grade()}）……{a}" for k, a in zip(_k, _al))
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "five named children's allergies and asthma (health data) listed for the outside caterer",
    charset="cp932", sender=YUNOKI,
    to=["北国フーズ 受注センター 佐伯様 <saeki@kitaguni-foods.co.jp>"],
    subject="Re: 8/24 補食のアレルギー対応について",
    body=f"""佐伯様

柚木です。ご確認ありがとうございます。
アレルギー対応が必要な参加者は以下の5名です。個別包装で名前シールを貼っていただけると助かります。

{_bul}

よろしくお願いいたします。

> アレルギー対応が必要なお子さまがいらっしゃいましたら、
> お名前と除去品目をお知らせください。個別にご用意いたします。
""")

# 062 — federation meeting minutes (PDF) with no personal data
add("pass", [], [],
    "meeting minutes of clubs and officials' roles, no personal records",
    charset="iso-2022-jp", sender=OKOCHI,
    to=["京葉地区水泳連盟 事務局 <jimukyoku@keiyo-swim.or.jp>"],
    subject="第2回 加盟クラブ連絡会 議事録（案）",
    body=f"""事務局 御中

第2回加盟クラブ連絡会の議事録（案）を作成しましたので添付いたします。
修正点がありましたら7月25日までにお知らせください。

{sig("大河内 亮", "選手コース主任コーチ", "r-okochi@hinode-sangyo.co.jp")}
""",
    attachments=[{"kind": "pdf", "name": "連絡会議事録_第2回.pdf", "title": "第2回 加盟クラブ連絡会 議事録",
                  "lines": ["第2回 加盟クラブ連絡会 議事録（案）", "日時：2025年7月12日（土）18:30〜20:00",
                            "場所：船橋市民プール 会議室", "出席：加盟12クラブ、連盟事務局",
                            "1. 秋季記録会の日程（9/27 確定）と役員割当", "2. 熱中症対策：屋外待機場所にテント4張を設置",
                            "3. 公認記録の申請手続き変更（オンライン化）について",
                            "4. 次回：10月18日（土）18:30〜"]}])

# 063 — a reply whose NEW text adds five children's addresses and guardians' numbers
_k = kids(5, y0=2014, y1=2019)
_new = "\n".join(f"{i + 1}) {k.name}　{k.addr(0)}　保護者 {parent(k).phone}" for i, k in enumerate(_k))
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "reply whose new text (not the quote) lists 5 children with addresses and guardians' phones",
    charset="utf-8", sender=KUBOTA,
    to=["青葉運輸 運行管理 <unko@aoba-unyu.co.jp>"],
    subject="Re: 新規乗車希望者の乗車位置について",
    body=f"""運行管理ご担当様

久保田です。お待たせしました。新規で乗車する5名の乗車位置（自宅）です。

{_new}

ルート案をいただけましたら保護者へ案内します。

2025年7月11日(金) 10:22 青葉運輸 運行管理 <unko@aoba-unyu.co.jp>:
> 久保田様
> 9月から乗車予定の5名について、乗車位置がわかればルートを検討いたします。
> よろしくお願いいたします。
""")

# 064 — job posting to a job site
add("pass", [], [],
    "job advert for instructors sent to a job-board company; no personal data",
    charset="cp932", sender=TESHI,
    to=["ジョブナビ千葉 掲載窓口 <keisai@jobnavi-chiba.jp>"],
    subject="求人原稿の掲載依頼（スイミングインストラクター）",
    body=f"""ジョブナビ千葉 掲載窓口 ご担当者様

日の出産業 総務部の勅使河原です。下記の原稿で掲載をお願いいたします。

【職種】スイミングインストラクター（アルバイト）
【勤務地】船橋校／津田沼校／市川校
【時給】1,200円〜1,500円（経験・資格による）
【勤務時間】平日14:00〜21:00、土日9:00〜17:00 のうち週2日〜
【資格】不問（救助員資格取得支援あり）
【応募方法】Web応募フォームより

掲載期間は8月1日〜8月31日、プランはスタンダードで結構です。

{sig("勅使河原 誠", "総務部", "teshigawara@hinode-sangyo.co.jp", style=4)}
""")

# 065 — a child's developmental disability told to the partner club's coach
_k = kids(1, y0=2016, y1=2017, sex="M")[0]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named child's ADHD diagnosis and 療育手帳 (disability) told to an outside club",
    charset="iso-2022-jp", sender=YUNOKI,
    to=["秋元監督 <kantoku@minato-fc.jp>"],
    subject="夏の合同キャンプ 参加児童についてのご相談",
    body=f"""秋元監督

お世話になっております。柚木です。
合同キャンプに参加予定の{_k.name}くん（{_k.grade()}）についてご相談です。

{_k.giv[0]}くんはADHDの診断を受けていて、療育手帳も持っています。
集団での待ち時間が長いと離れてしまうことがあるので、
グループ分けの際に当クラブのスタッフと同じ班にしていただけないでしょうか。
保護者の方の了解はいただいています。

柚木（ひのでキッズスポーツクラブ）
""")

# 066 — reply to a guardian; her details are only in the quoted text
add("pass", [], ["freemail_recipient"],
    "reply to one guardian on free mail; personal details only in the quoted part",
    charset="utf-8", sender=OKOCHI,
    to=["emi.takanashi@icloud.com"],
    subject="Re: 選手コースの練習日について",
    body="""小鳥遊様

大河内です。ご連絡ありがとうございます。
中学の部活動との両立、よくご相談いただく内容です。水曜と土曜の週2回でも
選手コースの在籍は可能ですので、9月からはその形で調整しましょう。

2025年7月10日(木) 21:05 小鳥遊 恵美 <emi.takanashi@icloud.com>:
> いつもお世話になっております。選手コースの小鳥遊陽葵の母です。
> 9月から中学の部活が始まるため、練習を週4回から週2回に減らしたいと考えています。
> 連絡先が変わりましたので、今後は 090-4418-2750 にお願いします。
> ご検討よろしくお願いいたします。
""")

# 067 — three outside organisations visible to each other
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three external organisations (federation, another club, a venue) in To/Cc: should have been Bcc",
    charset="cp932", sender=OKOCHI,
    to=["京葉地区水泳連盟 事務局 <jimukyoku@keiyo-swim.or.jp>",
        "マリンスイミングクラブ 八千代校 <yachiyo@marine-sc.co.jp>"],
    cc=["市民プール 大会運営係 <taikai@funabashi-shimin-pool.jp>"],
    subject="秋季記録会 役員打合せの日程調整",
    body=f"""関係者各位

ひのでSSの大河内です。
秋季記録会の役員打合せについて、下記の候補日でご都合をお聞かせください。

　① 8月30日（土）18:30〜
　② 9月 3日（水）19:00〜
　③ 9月 6日（土）18:30〜

会場は市民プールの会議室をお借りできる見込みです。
8月22日（金）までにご返信をお願いします。

{sig("大河内 亮", "選手コース主任コーチ", "r-okochi@hinode-sangyo.co.jp", style=1)}
""")

# 068 — both parents of one pupil (same family, same free-mail domain)
add("pass", [], ["freemail_recipient"],
    "one family (both parents, same free-mail domain) about their own child's class move; no records",
    charset="iso-2022-jp", sender=SASAKI,
    to=["kouketsu.naoki@gmail.com", "kouketsu.ayano@gmail.com"],
    subject="クラス変更のご案内（9月から）",
    body="""纐纈様

いつもありがとうございます。船橋校の佐々木です。
先日の進級テストで合格されましたので、9月から火曜17:00のジュニアBクラスへ移っていただけます。
時間帯のご希望がありましたら、8月20日までにお知らせください。

ご家族お二人にお送りしています。

ひのでスイミングスクール 船橋校 受付 佐々木
""")

# 069 — shift table with staff mobiles to a look-alike of the company's own domain
_a = adults(8, y0=1984, y1=2004)
_rows = [["名前", "携帯", "8/4", "8/5", "8/6", "8/7", "8/8"]] + [
    [a.name, a.phone] + [_R.choice(["○", "×", "午前", "午後"]) for _ in range(5)] for a in _a]
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "staff mobiles for 8 people sent to hinode-sangyo.com, a look-alike of the company's own domain",
    charset="utf-8", sender=NISHINA,
    to=["市川校 校長 <ichikawa-kocho@hinode-sangyo.com>"],
    subject="応援シフト（8/4〜8/8）",
    body=f"""市川校 校長

津田沼校の仁科です。市川校への応援に出せるコーチの一覧です。
○は終日可、午前・午後は半日のみ可です。直接連絡を取ってもらって構いません。

{grid(_rows, sep=" ")}

仁科
""")

# 070 — internal English mail
add("pass", [], [],
    "internal English mail between coaches; nothing leaves the organisation",
    charset="utf-8", sender=RYAN,
    to=["大河内 亮 <r-okochi@hinode-sangyo.co.jp>", "仁科 葵 <nishina-a@hinode-sangyo.co.jp>"],
    subject="Squad selection for the autumn meet",
    body="""Hi Okochi-san, Nishina-san,

I've drafted the squad for the autumn meet: 9 swimmers from Funabashi and 4 from
Tsudanuma. I'd like to hold a short time trial on 23 August to settle the last two
places in the 11-12 age group. Could we use lanes 5-6 at Tsudanuma from 9 to 11?

Also, the new stopwatches arrived - I left them in the coaches' room.

Thanks,
Ryan
""")

# 071 — debit data to a look-alike of the bank's domain
_g = adults(6)
_rows = [["預金者名", "支店", "種目", "口座番号", "金額"]] + [
    [g.kana, _R.choice(["船橋支店", "津田沼支店", "市川支店"]), "普通", f"{_R.randint(1000000, 9999999)}",
     _R.choice(["8,250", "9,350", "16,500"])] for g in _g]
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["lookalike_domain", "personal_data"],
    "six guardians' bank accounts sent to midori-ginkou.co.jp, a look-alike of the partner bank",
    charset="cp932", sender=MIYAJI,
    to=["口座振替担当 <furikae@midori-ginkou.co.jp>"],
    subject="再振替分データ（8月）",
    body=f"""みどり銀行 口座振替ご担当者様

日の出産業 経理の宮地です。7月分で振替不能となった6件の再振替をお願いします。

{grid(_rows, sep="  ")}

よろしくお願いいたします。
宮地
""")

# 072 — invoice (PDF) to a corporate client, with the company's T-number
_t = "T" + hojin_number("402011087213")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "invoice with the company's own 適格請求書 registration number and bank account: business data, not personal",
    charset="iso-2022-jp", sender=MIYAJI,
    to=["京葉ケミカル 総務部 福利厚生担当 <fukuri@keiyo-chemical.co.jp>"],
    subject="【請求書送付】法人会員 団体レッスン料（2025年7月分）",
    body=f"""京葉ケミカル株式会社
総務部 福利厚生ご担当者様

いつもお世話になっております。日の出産業 経理部の宮地です。
7月分の法人会員団体レッスン料の請求書をお送りいたします。
お支払期限は8月31日です。

{sig("宮地 恵", "経理部", "miyaji@hinode-sangyo.co.jp", style=4)}
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2507-0193.pdf", "title": "請求書 INV-2507-0193",
                  "lines": ["請求書", "京葉ケミカル株式会社 御中", "請求番号：INV-2507-0193　発行日：2025年7月31日",
                            f"日の出産業株式会社　登録番号：{_t}", "〒273-0005 千葉県船橋市本町7-11-2",
                            "振込先：みどり銀行 船橋支店 普通 1234567 ヒノデサンギヨウ（カ", ""],
                  "table": [["品目", "数量", "単価", "金額"], ["団体レッスン（成人・週1）", "18名", "5,500", "99,000"],
                            ["施設利用料", "1式", "22,000", "22,000"], ["小計", "", "", "121,000"],
                            ["消費税(10%)", "", "", "12,100"], ["合計", "", "", "133,100"]]}])

# 073 — rooming list to a homoglyph of the hotel's domain (capital I for l)
_k = kids(12, y0=2012, y1=2017)
_rows = [["部屋", "氏名", "性別", "学年"]] + [
    [f"{401 + i // 4}", k.name, "男" if k.sex == "M" else "女", k.grade()] for i, k in enumerate(sorted(_k, key=lambda x: x.sex))]
add("stop", ["PERSON_NAME"], ["lookalike_domain", "personal_data"],
    "rooming list of 12 children sent to sakura-hoteI.jp (capital I), a homoglyph of partner sakura-hotel.jp",
    charset="utf-8", sender=YUNOKI,
    to=["団体予約 野々村様 <group@sakura-hoteI.jp>"],
    subject="合宿 部屋割り表",
    body="""野々村様

柚木です。合宿の部屋割り表をお送りします。
引率スタッフは別途お伝えした305・306号室です。

""" + grid(_rows) + """

よろしくお願いいたします。
""")

# 074 — sponsorship request to 川崎電機
add("pass", [], [],
    "sponsorship request with event outline to a partner company",
    charset="cp932", sender=YUNOKI,
    to=["川崎電機 広報部 <koho@kawasaki-denki.co.jp>"],
    subject="キッズ運動会 協賛のお願い",
    body=f"""川崎電機株式会社
広報部 ご担当者様

平素より大変お世話になっております。
ひのでキッズスポーツクラブの柚木でございます。

本年も8月24日（日）に「ひのでキッズ運動会2025」を開催いたします。
昨年に続き、ご協賛を賜れませんでしょうか。

　・参加見込み：園児・小学生 約280名、保護者 約400名
　・協賛内容：参加賞（タオル）へのロゴ掲出、会場内バナー掲示
　・協賛金：1口 50,000円

詳細資料は改めてお持ちいたします。ご検討のほどよろしくお願い申し上げます。

{sig("柚木 隆之", "キッズスポーツクラブ", "yunoki@hinode-sangyo.co.jp", style=3)}
""")

# 075 — 【極秘】 accident response policy to the law firm, naming the injured child
_k = kids(1, y0=2015, y1=2016, sex="M")[0]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["confidential_marking", "personal_data"],
    "mail stamped 【極秘】 to the outside law firm, naming a child and his injury diagnosis",
    charset="iso-2022-jp", sender=DOMEKI,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["勅使河原 誠 <teshigawara@hinode-sangyo.co.jp>"],
    subject="【極秘】プールサイド転倒事故の対応方針について",
    body=f"""【極秘】

白川先生

日の出産業 安全管理室の百目鬼です。
6月28日に船橋校で発生した事故について、保護者の方から損害賠償の請求を示唆されております。

被害児童：{_k.name}（{_k.grade()}）
状況：レッスン終了後、プールサイドを走って転倒し、前歯2本を破折。
診断：歯冠破折（上顎中切歯）、口唇裂傷（3針縫合）
当方の対応：監視員1名が更衣室誘導中で、プールサイドが一時無人となっていました。

賠償責任保険の適用範囲と、保護者への説明内容についてご助言をいただけますでしょうか。

百目鬼
""")

# 076 — PPTX proposal on the parents' app (no data)
add("pass", [], [],
    "app feature proposal slides to the vendor, no personal data",
    charset="utf-8", sender=TESHI,
    to=["ツバサシステム 真壁様 <makabe@tsubasa-system.jp>"],
    subject="保護者アプリ 要望一覧（打合せ資料）",
    body="""真壁様

明日の打合せ資料をお送りします。画面イメージは手書きで恐縮です。

勅使河原
""",
    attachments=[{"kind": "pptx", "name": "保護者アプリ要望.pptx",
                  "slides": [["保護者アプリ 要望一覧", "日の出産業株式会社 総務部", "2025年7月"],
                             ["欠席・振替", "ワンタップで欠席連絡", "振替候補クラスの空き状況を表示"],
                             ["進級テスト", "結果をプッシュ通知", "次の級の合格基準を動画で確認"],
                             ["送迎バス", "乗車・降車の通知", "遅延時の一斉連絡"]]}])

# 077 — 取扱注意 stamped DOCX to the federation
add("stop", [], ["confidential_marking"],
    "DOCX marked 取扱注意 in header and title sent to the federation",
    charset="cp932", sender=DOMEKI,
    to=["京葉地区水泳連盟 安全委員会 <anzen@keiyo-swim.or.jp>"],
    subject="緊急時対応マニュアル（改訂案）",
    body="""安全委員会 御中

委員会で共有予定の当校の緊急時対応マニュアル改訂案です。
ご意見をいただければ反映いたします。

百目鬼
""",
    attachments=[{"kind": "docx", "name": "緊急時対応マニュアル_改訂案.docx", "title": "取扱注意 緊急時対応マニュアル",
                  "page_header": "取扱注意", "page_footer": "日の出産業株式会社 安全管理室",
                  "paragraphs": ["取扱注意", "緊急時対応マニュアル（改訂案 第3版）",
                                 "1. 溺水発生時：発見者は笛を3回鳴らし、監視台の者がAEDを持参する。",
                                 "2. 119番通報は受付責任者が行い、救急車の誘導は事務員が担う。",
                                 "3. 保護者への連絡は校長または主任コーチが行う。",
                                 "4. 報道機関からの問い合わせには本部総務部が一元対応する。"]}])

# 078 — lane timetable for the venue (coach surnames only)
_sched = [["曜日", "時間", "レーン", "内容", "担当"],
          ["土", "9:00-10:30", "1-2", "ジュニア育成", "大河内"],
          ["土", "10:30-12:00", "1-3", "選手コース", "Ryan"],
          ["日", "9:00-11:00", "4-6", "記録会前調整", "大河内"],
          ["日", "11:00-12:00", "1", "成人マスターズ", "仁科"]]
add("pass", [], [],
    "lane-hire timetable for a public pool with only the coaches' surnames",
    charset="iso-2022-jp", sender=OKOCHI,
    to=["市民プール 施設予約係 <yoyaku@funabashi-shimin-pool.jp>"],
    subject="9月 専用利用申請（ひのでスイミングスクール）",
    body="""施設予約係 御中

9月の専用利用申請書を添付いたします。前月と同じ枠での申請です。

ひのでSS 大河内
""",
    attachments=[{"kind": "xlsx", "name": "専用利用申請_202509.xlsx",
                  "sheets": {"9月": [["専用利用申請書（2025年9月分）", "", "", "", "団体：ひのでスイミングスクール"], []] + _sched}}])

# 079 — CONFIDENTIAL header on a spreadsheet to the vendor
add("stop", [], ["confidential_marking"],
    "XLSX with a CONFIDENTIAL page header and title sent to the vendor",
    charset="utf-8", sender=TESHI,
    to=["ツバサシステム 真壁様 <makabe@tsubasa-system.jp>"],
    subject="Re: 料金体系の前提資料",
    body="""真壁様

料金体系の前提として、社内の収支モデルを添付します。
アプリの課金設計の参考にしてください。

勅使河原
""",
    attachments=[{"kind": "xlsx", "name": "revenue_model_FY2026.xlsx", "title": "CONFIDENTIAL - Revenue model FY2026",
                  "page_header": "CONFIDENTIAL", "page_footer": "Hinode Sangyo - Internal Only",
                  "sheets": {"Model": [["CONFIDENTIAL - Revenue model FY2026"], [],
                                       ["Branch", "Members", "Avg fee", "Monthly revenue"],
                                       ["Funabashi", 820, 8400, 6888000], ["Tsudanuma", 640, 8250, 5280000],
                                       ["Ichikawa", 510, 8100, 4131000]]}}])

# 080 — ZIP with a flyer PDF and images to the printer
add("pass", [], [],
    "print materials (flyer PDF and images) zipped for the printer; nothing personal",
    charset="cp932", sender=SHOJI,
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="秋の入会キャンペーン チラシ入稿データ",
    body="""錦印刷 制作部 御中

秋の入会キャンペーンのチラシ入稿データをZIPでお送りします。
写真2点は保護者の掲載同意を取得済みです。
A4両面カラー、10,000部でお願いします。

日の出産業 東海林
""",
    attachments=[{"kind": "zip", "name": "autumn_campaign_flyer.zip",
                  "files": [{"kind": "pdf", "name": "flyer_A4.pdf",
                             "lines": ["秋の入会キャンペーン", "入会金0円＋9月分月謝半額", "無料体験レッスン受付中",
                                       "ひのでスイミングスクール 船橋校 047-401-2260"]},
                            {"kind": "png", "name": "photo_pool.png"},
                            {"kind": "png", "name": "photo_kids.png"}]}])


# =====================================================================================
# 081–100
# =====================================================================================

# 081 — three instructors' health-check findings to an outside clinic
_a = adults(3, y0=1975, y1=1990)
_find = ["血圧高値（要精密検査）、γ-GTP 128", "空腹時血糖 132（糖尿病疑い・要受診）", "心電図 完全右脚ブロック（経過観察）"]
_rows = [["氏名", "生年月日", "所見"]] + [[a.name, ymd(a.dob), f] for a, f in zip(_a, _find)]
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "health-check findings of three named instructors (要配慮) to an outside clinic",
    charset="iso-2022-jp", sender=TESHI,
    to=["みなみ台内科クリニック 産業保健担当 <sangyo@minamidai-naika.jp>"],
    subject="定期健康診断 有所見者の就業判定のお願い",
    body=f"""みなみ台内科クリニック
産業保健ご担当 先生

いつもお世話になっております。日の出産業 総務部の勅使河原です。
今年度の定期健康診断で所見のあったインストラクター3名について、
プール指導（監視業務を含む）の就業可否のご判定をお願いできますでしょうか。

{grid(_rows, sep="   ")}

判定結果は本人にも伝える予定です。

{sig("勅使河原 誠", "総務部", "teshigawara@hinode-sangyo.co.jp", style=4)}
""")

# 082 — insurer: claim number only
add("pass", [], [],
    "follow-up to the insurer citing only a claim number; no personal data",
    charset="cp932", sender=DOMEKI,
    to=["事故受付センター <jiko-uketsuke@kodomo-sports-hoken.co.jp>"],
    subject="Re: 受付番号 KS-2507-00418 の書類不足について",
    body="""事故受付センター ご担当者様

安全管理室の百目鬼です。
受付番号 KS-2507-00418 の件、不足していた「施設管理者の証明欄」を記入のうえ、
本日郵送いたしました。到着は明後日の見込みです。

引き続きよろしくお願いいたします。

> 受付番号 KS-2507-00418 につきまして、事故証明書の施設管理者欄が未記入でした。
> お手数ですがご記入のうえご返送ください。
""")

# 083 — an applicant's criminal record check result to the staffing agency
_a = adults(1, y0=1990, y1=1998, sex="M")[0]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named applicant's criminal record (前科) sent to an outside staffing agency",
    charset="utf-8", sender=TESHI,
    to=["アクアスタッフ 三ツ矢様 <mitsuya@aqua-staff.co.jp>"],
    subject="ご紹介いただいた候補者の件",
    body=f"""三ツ矢様

勅使河原です。先日ご紹介いただいた{_a.name}さんの件でご連絡します。

ご本人からの申告と提出書類により、{_a.sur[0]}さんに児童に対するわいせつ行為での
罰金刑の前科があることが確認されました。
当社は子どもと接する業務のため、今回は採用を見送らせていただきます。

今後のご紹介の際は、性犯罪歴の確認（こども性暴力防止法の運用開始を見据え）を
事前にお願いできますと助かります。

{sig("勅使河原 誠", "総務部", "teshigawara@hinode-sangyo.co.jp", style=4)}
""")

# 084 — forward of the bus company's road-closure notice to the hotel
add("pass", [], [],
    "forward of a partner's road-closure notice to the hotel: no personal data",
    charset="iso-2022-jp", sender=YUNOKI,
    to=["さくらホテル 団体予約 <group@sakura-hotel.jp>"],
    subject="FW: 【青葉運輸】8/18 国道135号 通行止めに伴う到着遅延の可能性",
    body="""野々村様

柚木です。青葉運輸さんから下記の連絡がありましたので共有します。
到着が最大45分遅れる可能性があります。昼食の開始を12:00に変更できますでしょうか。

-------- Forwarded Message --------
件名: 8/18 国道135号 通行止めに伴う到着遅延の可能性
差出人: 青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>

ひのでキッズスポーツクラブ 柚木様

8月18日は国道135号の一部区間で工事に伴う通行止めが予定されております。
迂回ルートを使用するため、到着が30〜45分程度遅れる可能性がございます。
出発時刻の前倒し（7:30）もご検討ください。

青葉運輸株式会社 貸切バス課
""")

# 085 — a child as crime victim, reported to the police
_k = kids(1, y0=2014, y1=2015, sex="F")[0]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named child identified as victim of a crime (voyeurism) in mail to the police station",
    charset="cp932", sender=NISHINA,
    to=["習志野警察署 生活安全課 <seian@narashino-ps.police.pref.chiba.lg.jp>"],
    subject="7/12 更衣室盗撮事案 追加情報の提供",
    body=f"""習志野警察署 生活安全課
担当 岸田様

ひのでスイミングスクール津田沼校の仁科でございます。
先日ご相談した女子更衣室での盗撮事案について、追加の情報をお送りします。

被害に遭ったのは、当校ジュニアクラスの{_k.name}さん（{_k.grade()}）で、
7月12日（土）17時台の利用時に撮影された可能性が高いとのことです。
保護者の方は被害届を提出する意向とのことです。

防犯カメラ映像（17:00〜18:30）はDVDに保存済みで、署にお持ちします。

{sig("仁科 葵", "校長", "nishina-a@hinode-sangyo.co.jp", tel="047-470-5518", fax=None, branch="津田沼校")}
""")

# 086 — internal: accident report with diagnosis (internal only)
_k = kids(1, y0=2016, y1=2018)[0]
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], [],
    "accident report with a diagnosis, sent only to internal addresses",
    charset="utf-8", sender=NISHINA,
    to=["百目鬼 玲奈 <domeki@hinode-sangyo.co.jp>"],
    cc=["安全管理室 <anzen@hinode-sangyo.co.jp>"],
    subject="ヒヤリハット・事故報告（津田沼校 7/14）",
    body=f"""百目鬼さん

津田沼校で本日発生した事故の第一報です。

■対象者　{_k.name}（{wareki(_k.dob, 'short')}生・{_k.grade()}）
■発生　7月14日 16:20頃　幼児プール
■内容　プールサイドの排水溝のふたに足を取られて転倒、左膝を打撲
■処置　冷却、保護者迎え後に整形外科受診 → 左膝挫傷、骨に異常なし
■今後　排水溝ふたのガタつきを業者に連絡済み

詳細は明日報告書にまとめます。
仁科
""")

# 087 — a named child's religion to the swimwear supplier
_k = kids(1, y0=2015, y1=2017, sex="F")[0]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named pupil's religion (Muslim) disclosed to an outside supplier",
    charset="utf-8", sender=SASAKI,
    to=["アクアギア 受注課 <juchu@aquagear.co.jp>"],
    subject="特注水着（長袖・レギンス型）のお見積り",
    body=f"""アクアギア株式会社 受注課 御中

船橋校の佐々木です。いつもありがとうございます。
在籍している{_k.name}さん（{_k.grade()}）がイスラム教を信仰されているため、
保護者の方から肌を覆うタイプの水着（長袖・レギンス・フード付き）を
スクール指定色で作れないかとのご相談がありました。

サイズ140で1着、お見積りをお願いできますでしょうか。

{sig("佐々木 美穂", "受付", "m-sasaki@hinode-sangyo.co.jp", style=2)}
""")

# 088 — event report to the local paper with a photo (no names)
add("pass", [], [],
    "press release about an event, photo attached, no children named",
    charset="iso-2022-jp", sender=SHOJI,
    to=["京葉タイムス 編集部 <henshu@keiyo-times.co.jp>"],
    subject="【ご案内】ひのでキッズ運動会 開催報告",
    body=f"""京葉タイムス 編集部 御中

いつもお世話になっております。日の出産業の東海林です。
8月24日に開催した「ひのでキッズ運動会2025」の開催報告をお送りします。
地域面でご紹介いただけましたら幸いです。

・参加者：園児・小学生 276名、保護者 約410名
・会場：習志野市総合体育館
・内容：かけっこ、親子リレー、ドッジボール、水泳選手コースによるデモンストレーション
・写真：添付の1点は保護者の掲載同意を得ています（お子さまの氏名の掲載はご遠慮ください）

{sig("東海林 さやか", "本部 広報担当", "s-shoji@hinode-sangyo.co.jp", style=1)}
""",
    attachments=[{"kind": "png", "name": "undokai2025.png"}])

# 089 — legacy XLS of unpaid fees to a collection agency
_g = adults(7)
_rows = [["顧客番号", "保護者氏名", "電話", "住所", "滞納月", "滞納額"]] + [
    [f"C-{_R.randint(10000, 99999)}", g.name, g.phone, g.addr(0), _R.choice(["4-6月", "5-6月", "3-6月"]),
     _R.choice([16500, 24750, 33000])] for g in _g]
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "XLS of 7 guardians with unpaid fees (name, phone, address) to a collection agency",
    charset="cp932", sender=MIYAJI,
    to=["サンライズ債権回収 受託課 <jutaku@sunrise-servicer.co.jp>"],
    subject="月謝滞納債権の回収委託（7月分リスト）",
    body=f"""サンライズ債権回収株式会社
受託課 ご担当者様

日の出産業 経理部の宮地です。
契約に基づき、3か月以上滞納となっている7件の回収をお願いいたします。
一覧を旧形式のExcelで添付します。

{sig("宮地 恵", "経理部", "miyaji@hinode-sangyo.co.jp", style=4)}
""",
    attachments=[{"kind": "xls", "name": "滞納リスト_202507.xls", "sheets": {"滞納": _rows}}])

# 090 — an unnamed child's condition described to a clinic (identifiable?)
add("either", ["SENSITIVE_CATEGORY"], ["personal_data"],
    "epilepsy of an unnamed child, but branch, class slot and grade could identify her: arguable",
    charset="utf-8", sender=NISHINA,
    to=["つだぬま小児科 院長 <inquiry@tsudanuma-shonika.jp>"],
    subject="プール指導上の注意点についてのご相談",
    body=f"""つだぬま小児科
院長先生

ひのでスイミングスクール津田沼校の仁科と申します。
当校の水曜16時の幼児クラスに通う年長の女の子について、保護者の方から
「最近てんかんと診断され、先生にプールのことは相談してよいと言われた」と伺いました。
保護者の了解のもと、指導上の注意点（潜水、水温、休憩の取り方など）を
一般的な範囲で教えていただけますでしょうか。

{sig("仁科 葵", "校長", "nishina-a@hinode-sangyo.co.jp", tel="047-470-5518", fax=None, branch="津田沼校")}
""")

# 091 — guardians' e-mail addresses, comma-separated, to the photo studio
_k = kids(9)
_pairs = ", ".join(f"{g.name} <{g.mail}>" for g in map(parent, _k))
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
    "nine guardians' names and private e-mails (comma-separated) to an outside photo studio",
    charset="iso-2022-jp", sender=SHOJI,
    to=["フォトスタジオ・アオ 撮影部 <satsuei@photo-ao.jp>"],
    subject="記録会写真のダウンロード案内の送付先",
    body=f"""フォトスタジオ・アオ 撮影部 御中

日の出産業の東海林です。
記録会の写真を購入希望された保護者の方の送付先です。
ダウンロード案内のメールをこちらへ直接お送りください。

{_pairs}

よろしくお願いいたします。
""")

# 092 — practice-match schedule with the partner football club
add("pass", [], [],
    "fixture schedule with one outside club; no personal data",
    charset="cp932", sender=YUNOKI,
    to=["みなとFC 秋元監督 <kantoku@minato-fc.jp>"],
    subject="9月の練習試合日程（案）",
    body=f"""秋元監督

いつもありがとうございます。柚木です。
9月の練習試合の日程案です。

　9/6（土）　U-8・U-10　会場：津田沼第二グラウンド　9:00〜12:00
　9/20（土） U-10のみ　会場：みなと公園球技場　13:00〜16:00
　9/28（日） 雨天予備日

審判はそれぞれのチームから1名ずつ出す形でお願いします。

柚木（ひのでキッズスポーツクラブ）
""")

# 093 — a damaged DOCX to a guardian
add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "the DOCX sent to a guardian is corrupt and cannot be inspected",
    charset="iso-2022-jp", sender=SASAKI,
    to=["ritsu.papa@ezweb.ne.jp"],
    subject="休会届の書式をお送りします",
    body="""ご連絡ありがとうございます。船橋校の佐々木です。
休会届の書式を添付いたします。ご記入のうえ、受付までお持ちください。

ひのでスイミングスクール 船橋校 受付
""",
    attachments=[{"kind": "corrupt", "name": "休会届.docx"}])

# 094 — meet results to four guardians (3 in To, 1 in Cc)
_g = [parent(k) for k in kids(4)]
_ad = [f"{g.mail.split('@')[0]}@{d}" for g, d in zip(_g, ["gmail.com", "softbank.ne.jp", "yahoo.co.jp", "outlook.jp"])]
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "four guardians' private addresses visible to each other in To and Cc",
    charset="utf-8", sender=OKOCHI,
    to=_ad[:3], cc=[_ad[3]],
    subject="記録会おつかれさまでした",
    body="""保護者の皆さま

選手コースの大河内です。本日は応援ありがとうございました。
子どもたちは全員が完泳し、4人中3人が自己ベストを更新しました。
公式記録は連盟のサイトに来週掲載されます。

次回の練習は火曜日からです。ゆっくり休ませてあげてください。

大河内
""")

# 095 — health-insurance card numbers of two children to the hotel
_k = kids(2, y0=2014, y1=2017)
_ins = "\n".join(
    f"{k.name}（{wareki(k.dob)}生）　保険者番号 {_R.choice(['01', '06', '31'])}{_R.randint(100000, 999999)}　"
    f"記号 {_R.randint(1000, 9999)}　番号 {_R.randint(1, 999)}" for k in _k)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], ["personal_data"],
    "two children's health-insurance card numbers with DOB sent to the hotel",
    charset="cp932", sender=YUNOKI,
    to=["さくらホテル フロント <front@sakura-hotel.jp>"],
    subject="合宿中の夜間受診時の保険証情報",
    body=f"""さくらホテル フロント ご担当者様

柚木です。合宿期間中、夜間に受診が必要になった場合に備え、保険証を持参できなかった
2名分の保険証情報をお伝えしておきます。提携の救急病院への連絡の際にお使いください。

{_ins}

よろしくお願いいたします。
""")

# 096 — password-protected PDF (accident report) to the insurer
add("stop", [], ["unscannable_attachment"],
    "the accident report PDF is password-protected and cannot be inspected",
    charset="utf-8", sender=DOMEKI,
    to=["事故受付センター <jiko-uketsuke@kodomo-sports-hoken.co.jp>"],
    subject="事故報告書（パスワード付きPDF）送付",
    body="""事故受付センター ご担当者様

安全管理室の百目鬼です。7月14日発生分の事故報告書をお送りします。
PDFにはパスワードを設定しています（お電話でお伝えした番号です）。

百目鬼
""",
    attachments=[{"kind": "pdf", "name": "事故報告書_20250714.pdf", "password": "0714hinode",
                  "lines": ["事故報告書", "発生日：2025年7月14日", "場所：津田沼校 幼児プール"]}])

# 097 — My Numbers in a PDF 扶養控除等申告書 to the tax accountant
_a = adults(1, y0=1980, y1=1986, sex="M")[0]
_sp = P(_R, "adult", sex="F", sur=_a.sur)
_ch = P(_R, "kid", sur=_a.sur, y0=2010, y1=2012)
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "PDF tax form with the employee's and dependants' My Numbers to an outside tax accountant",
    charset="iso-2022-jp", sender=TESHI,
    to=["笠井税理士事務所 <info@kasai-tax.jp>"],
    subject="中途入社者の扶養控除等申告書（PDF）",
    body=f"""笠井税理士事務所
笠井先生

日の出産業の勅使河原です。
7月入社の主任コーチの扶養控除等申告書をスキャンしたPDFをお送りします。
今月の源泉徴収計算にご利用ください。

{sig("勅使河原 誠", "総務部", "teshigawara@hinode-sangyo.co.jp", style=4)}
""",
    attachments=[{"kind": "pdf", "name": "fuyo_kojo_shinkokusho.pdf", "title": "給与所得者の扶養控除等（異動）申告書",
                  "lines": ["令和7年分 給与所得者の扶養控除等（異動）申告書",
                            f"氏名：{_a.name}　生年月日：{wareki(_a.dob)}",
                            f"個人番号：{my_number(_seed())}",
                            f"住所：{_a.addr(1)}", ""],
                  "table": [["区分", "氏名", "続柄", "生年月日", "個人番号"],
                            ["源泉控除対象配偶者", _sp.name, "妻", wareki(_sp.dob), my_number(_seed())],
                            ["控除対象扶養親族", _ch.name, "長男" if _ch.sex == "M" else "長女", wareki(_ch.dob), my_number(_seed())]]}])

# 098 — PPAP ZIP with the password in the same mail
add("stop", [], ["unscannable_attachment"],
    "encrypted ZIP (password even given in the same mail): content cannot be inspected",
    charset="cp932", sender=KUBOTA,
    to=["青葉運輸 運行管理 <unko@aoba-unyu.co.jp>"],
    subject="3号車 乗車名簿（パスワード付き）",
    body="""運行管理ご担当様

久保田です。3号車の9月からの乗車名簿を送ります。
社内ルールでパスワード付きにしています。

パスワード：aoba2025bus

よろしくお願いします。
""",
    attachments=[{"kind": "zip", "name": "3gousha_meibo.zip", "password": "aoba2025bus",
                  "files": [{"kind": "xlsx", "name": "3gousha.xlsx",
                             "sheets": {"名簿": [["氏名", "停留所", "保護者携帯"]] + [
                                 [k.name, "夏見台小南門", parent(k).phone] for k in kids(8)]}}]}])

# 099 — DOCX list of six incidents with children's injuries to the insurer
_k = kids(6, y0=2014, y1=2020)
_inj = ["右足首捻挫", "左手中指骨折", "眼瞼裂傷（2針縫合）", "前歯の亜脱臼", "頭部打撲（CT異常なし）", "鼓膜穿孔（飛び込み時）"]
_tbl = [["No.", "発生日", "氏名", "学年", "校舎", "診断名"]] + [
    [i + 1, f"2025/{_R.randint(4, 6)}/{_R.randint(1, 28)}", k.name, k.grade(), _R.choice(["船橋", "津田沼", "市川"]), d]
    for i, (k, d) in enumerate(zip(_k, _inj))]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "DOCX table of six named children with injury diagnoses to the insurer",
    charset="utf-8", sender=DOMEKI,
    to=["こどもスポーツ保険 法人営業部 <hojin@kodomo-sports-hoken.co.jp>"],
    subject="第1四半期 事故発生状況のご報告（契約更新資料）",
    body=f"""こどもスポーツ保険株式会社
法人営業部 ご担当者様

日の出産業 安全管理室の百目鬼です。
契約更新の審査資料として、第1四半期（4〜6月）の事故発生状況を添付にてお送りします。

{sig("百目鬼 玲奈", "安全管理室", "domeki@hinode-sangyo.co.jp", style=3)}
""",
    attachments=[{"kind": "docx", "name": "事故発生状況_2025Q1.docx",
                  "paragraphs": ["2025年度 第1四半期 事故発生状況", "対象：ひのでスイミングスクール全3校、ひのでキッズスポーツクラブ",
                                 "保険請求に至った事故は以下の6件です。"],
                  "tables": [_tbl]}])

# 100 — forwarded guardian mail (attached .eml) about epilepsy medication to the pool venue
_k = kids(1, y0=2013, y1=2014, sex="M")[0]
_g = parent(_k, "F")
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], ["personal_data"],
    "guardian's mail about her son's epilepsy and medication, attached as .eml and sent to the venue",
    charset="iso-2022-jp", sender=OKOCHI,
    to=["市民プール 大会運営係 <taikai@funabashi-shimin-pool.jp>"],
    subject="FW: 記録会当日の服薬について",
    body="""大会運営係 御中

ひのでSSの大河内です。
記録会に出場する選手の保護者から下記の相談がありました（元のメールを添付します）。
当日、救護室で薬をお預かりいただくことは可能でしょうか。

大河内
""",
    attachments=[{"kind": "eml", "name": "記録会当日の服薬について.eml", "message": {
        "charset": "iso-2022-jp", "sender": f"{_g.name} <{_g.mail}>",
        "to": [OKOCHI], "subject": "記録会当日の服薬について",
        "body": f"""大河内コーチ

いつもお世話になっております。{_k.name}の母です。
{_k.giv[0]}はてんかんで、デパケンを朝晩服用しています。
記録会の日は帰りが遅くなるので、夕方の分を会場で飲ませていただきたいです。
万一発作が起きた場合は、すぐに私の携帯（{_g.phone}）へご連絡ください。

{_g.name}"""}}])
