"""Blind evaluation corpus — area: kenpo (日の出産業健康保険組合, the company's health
insurance society).

The mail of the society's staff: dependants' eligibility checks (被扶養者資格再確認),
被保険者証 / 資格確認書 記号・番号, high-cost medical expense claims (高額療養費),
specific health guidance referrals (特定保健指導), medical-fee statement audits with an
outsourced reviewer (レセプト点検), sickness allowance (傷病手当金), notices printed and
mailed by a printing vendor, a call-centre contractor, and plain administrative mail.

Every person, number, address and organisation other than those named in BRIEF.md is
invented; any resemblance to real people is coincidental.  My Numbers and card numbers
come from build.my_number / build.card_number.  This file was written blind, from
BRIEF.md, build.py and SPEC.md only (no code, rules or tests of the product were read).
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

SEED = 16001
R = random.Random(SEED)

# --------------------------------------------------------------------------------------
# invented people
# --------------------------------------------------------------------------------------

SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤原", "フジワラ", "Fujiwara"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("東海林", "ショウジ", "Shoji"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("百目鬼", "ドウメキ", "Domeki"),
    ("御手洗", "ミタライ", "Mitarai"), ("漆原", "ウルシハラ", "Urushihara"),
    ("瀬戸口", "セトグチ", "Setoguchi"), ("比嘉", "ヒガ", "Higa"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("九十九", "ツクモ", "Tsukumo"), ("五十嵐", "イガラシ", "Igarashi"),
    ("長谷部", "ハセベ", "Hasebe"), ("薬師寺", "ヤクシジ", "Yakushiji"), ("風間", "カザマ", "Kazama"),
    ("舘野", "タテノ", "Tateno"), ("鬼頭", "キトウ", "Kito"), ("宍戸", "シシド", "Shishido"),
    ("桧垣", "ヒガキ", "Higaki"), ("又吉", "マタヨシ", "Matayoshi"), ("蛭田", "ヒルタ", "Hiruta"),
    ("千葉", "チバ", "Chiba"), ("菅野", "カンノ", "Kanno"), ("熊谷", "クマガイ", "Kumagai"),
]
MEI_M = [
    ("拓也", "タクヤ", "Takuya"), ("健一", "ケンイチ", "Kenichi"), ("大輔", "ダイスケ", "Daisuke"),
    ("翔太", "ショウタ", "Shota"), ("誠", "マコト", "Makoto"), ("浩二", "コウジ", "Koji"),
    ("隆之", "タカユキ", "Takayuki"), ("悠斗", "ユウト", "Yuto"), ("陽向", "ヒナタ", "Hinata"),
    ("蓮", "レン", "Ren"), ("和也", "カズヤ", "Kazuya"), ("修", "オサム", "Osamu"),
    ("慎吾", "シンゴ", "Shingo"), ("直樹", "ナオキ", "Naoki"), ("湊", "ミナト", "Minato"),
    ("康弘", "ヤスヒロ", "Yasuhiro"), ("剛", "ツヨシ", "Tsuyoshi"), ("颯", "ハヤテ", "Hayate"),
    ("伸也", "シンヤ", "Shinya"), ("善治", "ゼンジ", "Zenji"), ("樹", "イツキ", "Itsuki"),
]
MEI_F = [
    ("智子", "トモコ", "Tomoko"), ("由美", "ユミ", "Yumi"), ("陽菜", "ヒナ", "Hina"),
    ("美咲", "ミサキ", "Misaki"), ("恵", "メグミ", "Megumi"), ("真由美", "マユミ", "Mayumi"),
    ("彩花", "アヤカ", "Ayaka"), ("結衣", "ユイ", "Yui"), ("千尋", "チヒロ", "Chihiro"),
    ("さくら", "サクラ", "Sakura"), ("紬", "ツムギ", "Tsumugi"), ("芽依", "メイ", "Mei"),
    ("直美", "ナオミ", "Naomi"), ("久美子", "クミコ", "Kumiko"), ("綾乃", "アヤノ", "Ayano"),
    ("静香", "シズカ", "Shizuka"), ("凛", "リン", "Rin"), ("朋美", "トモミ", "Tomomi"),
    ("佳奈", "カナ", "Kana"), ("葵", "アオイ", "Aoi"), ("澄江", "スミエ", "Sumie"),
]

AREAS = [
    ("東京都", "世田谷区", ["桜丘", "太子堂", "経堂", "用賀", "上北沢"], "154", "03"),
    ("東京都", "八王子市", ["めじろ台", "長房町", "散田町"], "193", "042"),
    ("東京都", "江東区", ["大島", "東砂", "南砂"], "136", "03"),
    ("神奈川県", "横浜市港北区", ["日吉", "綱島西", "大倉山", "菊名"], "223", "045"),
    ("神奈川県", "川崎市中原区", ["小杉町", "木月", "井田"], "211", "044"),
    ("神奈川県", "相模原市南区", ["相模大野", "上鶴間本町"], "252", "042"),
    ("埼玉県", "さいたま市浦和区", ["常盤", "高砂", "岸町"], "330", "048"),
    ("埼玉県", "川口市", ["芝新町", "並木", "西川口"], "332", "048"),
    ("千葉県", "船橋市", ["本町", "前原西", "習志野台"], "273", "047"),
    ("千葉県", "柏市", ["豊四季", "旭町", "松葉町"], "277", "04"),
    ("大阪府", "豊中市", ["桜の町", "曽根東町", "上野西"], "560", "06"),
    ("愛知県", "名古屋市昭和区", ["御器所", "八事本町", "川名山町"], "466", "052"),
    ("兵庫県", "西宮市", ["甲子園口", "今津山中町"], "663", "0798"),
    ("宮城県", "仙台市青葉区", ["上杉", "国見", "八幡"], "980", "022"),
    ("静岡県", "浜松市中央区", ["富塚町", "高丘東", "佐鳴台"], "432", "053"),
    ("福岡県", "福岡市東区", ["香椎", "箱崎", "千早"], "812", "092"),
]
BUILDINGS = ["", "", "", "", "ハイツ桜", "コーポ青葉", "メゾン緑ヶ丘", "グランシャトー", "サンライズ",
             "パークサイド", "エクセル", "ベルメゾン"]

KIGO = ["1101", "1102", "1205", "2301", "2304", "3108", "3110", "4402", "5102", "5103"]
INSURER_NO = "06137926"          # the society's own 保険者番号 (invented)

FW = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    """ASCII digits and separators to full width."""
    return s.translate(FW)


def hira(kata: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kata)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(n - width(s), 0)


def zpad(s: str, n: int) -> str:
    """pad with full-width spaces (n in display columns)."""
    gap = max(n - width(s), 0)
    return s + "\u3000" * (gap // 2) + (" " if gap % 2 else "")


def table(rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    widths = [max(width(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append((" " * gap).join(pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, k, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, k, y = "平成", "H", d.year - 1988
    else:
        era, k, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{k}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{era}{y}年{d.month}月{d.day}日").replace("昭和", "昭和")
    if style == "zshort":
        return zen(f"{k}{y}.{d.month}.{d.day}").replace(k, chr(ord(k) + 0xFEE0))
    raise ValueError(style)


def ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


class P:
    """one invented person"""

    def __init__(self, sex: str | None = None, age: tuple[int, int] = (22, 63),
                 sei: tuple[str, str, str] | None = None, area=None) -> None:
        self.sex = sex or R.choice("MF")
        s = sei or R.choice(SEI)
        g = R.choice(MEI_M if self.sex == "M" else MEI_F)
        self.sei, self.mei = s[0], g[0]
        self.sei_kana, self.mei_kana = s[1], g[1]
        self.sei_r, self.mei_r = s[2], g[2]
        ref = _dt.date(2026, 10, 1)
        days = R.randint(age[0] * 365 + 10, age[1] * 365 + 300)
        self.dob = ref - _dt.timedelta(days=days)
        a = area or R.choice(AREAS)
        self.pref, self.city = a[0], a[1]
        self.town = R.choice(a[2])
        self.zip = f"{a[3]}-{R.randint(0, 9999):04d}"
        self.chome, self.ban, self.go = R.randint(1, 6), R.randint(1, 30), R.randint(1, 25)
        b = R.choice(BUILDINGS)
        self.bldg = f"{b}{R.randint(1, 5)}0{R.randint(1, 8)}" if b else ""
        mid = {2: R.randint(3000, 6999), 3: R.randint(200, 989), 4: R.randint(20, 98)}[len(a[4])]
        self.tel = f"{a[4]}-{mid}-{R.randint(1000, 9999)}"
        self.mobile = f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
        self.kigo = R.choice(KIGO)
        self.bango = str(R.randint(1, 2999))
        self.mail = f"{self.mei_r.lower()}.{self.sei_r.lower()}{R.randint(1, 99)}@" + R.choice(
            ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp"])

    @property
    def name(self) -> str:
        return f"{self.sei} {self.mei}"

    @property
    def name_nospace(self) -> str:
        return self.sei + self.mei

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    @property
    def romaji(self) -> str:
        return f"{self.mei_r} {self.sei_r.upper()}"

    def addr(self, style: str = "hyphen") -> str:
        base = f"{self.pref}{self.city}{self.town}"
        if style == "hyphen":
            s = f"{base}{self.chome}-{self.ban}-{self.go}"
        elif style == "kanji":
            s = f"{base}{self.chome}丁目{self.ban}番{self.go}号"
        elif style == "zen":
            s = f"{base}{zen(f'{self.chome}-{self.ban}-{self.go}')}"
        else:
            raise ValueError(style)
        return s + (" " + self.bldg if self.bldg else "")

    def age(self, on: _dt.date = _dt.date(2026, 10, 1)) -> int:
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


def people(n: int, **kw) -> list[P]:
    return [P(**kw) for _ in range(n)]


def corporate_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# --------------------------------------------------------------------------------------
# the society's staff and signatures
# --------------------------------------------------------------------------------------

OFFICE = "〒105-0014 東京都港区芝二丁目8番10号 日の出産業ビル5階"
STAFF = {
    "saeki": ("佐伯 由紀子", "saeki.yukiko@hinode-sangyo.co.jp", "適用課", "03-5442-7181"),
    "osone": ("大曽根 拓海", "osone.takumi@hinode-sangyo.co.jp", "給付課", "03-5442-7182"),
    "miyoshi": ("三好 真理", "miyoshi.mari@hinode-sangyo.co.jp", "保健事業課（保健師）", "03-5442-7185"),
    "kadowaki": ("門脇 俊介", "kadowaki.shunsuke@hinode-sangyo.co.jp", "常務理事・事務長", "03-5442-7180"),
    "nonomura": ("野々村 彩", "nonomura.aya@kenpo.hinode-sangyo.co.jp", "給付課", "03-5442-7182"),
    "senga": ("千賀 亮", "senga.ryo@hinode-sangyo.co.jp", "業務課（レセプト担当）", "03-5442-7183"),
    "yoshino": ("吉野 早苗", "yoshino.sanae@hinode-sangyo.co.jp", "総務課", "03-5442-7180"),
    "isurugi": ("石動 健太", "isurugi.kenta@hinode-sangyo.co.jp", "業務課（システム担当）", "03-5442-7186"),
    "hoshina": ("保科 理沙", "hoshina.risa@kenpo.hinode-sangyo.co.jp", "保健事業課", "03-5442-7185"),
}


def frm(key: str) -> str:
    name, addr, _, _ = STAFF[key]
    return f"{name} <{addr}>"


def sig(key: str, style: int = 0) -> str:
    name, addr, dept, tel = STAFF[key]
    if style == 0:
        return (f"\n--\n日の出産業健康保険組合 {dept}\n{name}\n{OFFICE}\n"
                f"TEL {tel} / FAX 03-5442-7190\nE-mail {addr}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━\n日の出産業健康保険組合\n{dept}　{name.replace(' ', '　')}\n"
                f"{OFFICE}\nTEL：{tel}（直通）\n━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n{dept} {name.split()[0]}（内線 7{tel[-3:]}）\n"
    if style == 3:
        romaji = {"saeki": "Yukiko Saeki", "osone": "Takumi Osone", "miyoshi": "Mari Miyoshi",
                  "kadowaki": "Shunsuke Kadowaki", "nonomura": "Aya Nonomura", "senga": "Ryo Senga",
                  "yoshino": "Sanae Yoshino", "isurugi": "Kenta Isurugi", "hoshina": "Risa Hoshina"}[key]
        return (f"\nBest regards,\n\n{romaji}\nHinode Sangyo Health Insurance Society\n"
                f"5F Hinode Sangyo Bldg., 2-8-10 Shiba, Minato-ku, Tokyo 105-0014, Japan\n"
                f"Tel: +81-3-5442-{tel[-4:]}\n")
    raise ValueError(style)


DISCLAIMER = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
              "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. If you "
                 "are not the intended recipient, please notify the sender and delete it.\n")

MESSAGES: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **msg) -> None:
    n = len(MESSAGES) + 1
    MESSAGES.append({"id": f"kenpo-{n:03d}", **msg, "expect": expect, "entities": entities,
                     "detectors": detectors, "note": note})

# ======================================================================================
# 001-055: must stop
# ======================================================================================

# 001 — 被扶養者資格再確認: the first batch to the outsourced BPO, XLSX with two sheets
_p = []
for _i in range(40):
    rel = R.choice(["妻", "妻", "夫", "子", "子", "子", "母", "父"])
    head = P(sex={"妻": "M", "夫": "F"}.get(rel), age=(28, 62))
    if rel in ("子",):
        dep = P(age=(0, 22), sei=(head.sei, head.sei_kana, head.sei_r))
    elif rel in ("母", "父"):
        dep = P(sex="F" if rel == "母" else "M", age=(62, 85), sei=(head.sei, head.sei_kana, head.sei_r))
    else:
        dep = P(sex="F" if rel == "妻" else "M", age=(25, 60), sei=(head.sei, head.sei_kana, head.sei_r))
    _p.append([_i + 1, head.kigo, head.bango, head.name, dep.name, rel, ymd(dep.dob), head.zip,
               head.addr("kanji")])
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "40 dependants with 記号・番号, birth dates and addresses in an XLSX to the outsourced BPO",
    sender=frm("saeki"), to=["宇佐美 様 <usami@advance-bpo.co.jp>"],
    cc=["大曽根 拓海 <osone.takumi@hinode-sangyo.co.jp>"],
    subject="【日の出産業健保】令和8年度 被扶養者資格再確認 対象者データ（第1回）の送付",
    charset="utf-8",
    body=f"""株式会社アドバンスBPO
資格調査センター 宇佐美様

いつもお世話になっております。
日の出産業健康保険組合 適用課の佐伯です。

先日のお打ち合わせで確認させていただいた、令和8年度 被扶養者資格再確認の
対象者データ（第1回分・40名）を添付にてお送りいたします。

・シート「対象者一覧」：被保険者記号・番号、被扶養者氏名、続柄、生年月日、送付先住所
・シート「集計」：事業所別の件数

調査票の発送は10月20日（火）を予定しておりますので、
宛名データの取り込みとテスト印字を今週中にお願いできますと幸いです。
第2回分（関西・九州地区）は来週中にお送りします。

どうぞよろしくお願いいたします。
{sig("saeki")}""",
    attachments=[{"kind": "xlsx", "name": "R8_被扶養者資格再確認_対象者_第1回.xlsx",
                  "sheets": {"対象者一覧": [["令和8年度 被扶養者資格再確認 対象者一覧（第1回）"], [],
                                        ["No", "記号", "番号", "被保険者氏名", "被扶養者氏名", "続柄",
                                         "生年月日", "郵便番号", "住所"]] + _p,
                             "集計": [["事業所記号", "件数"], ["1101", 9], ["1102", 6], ["2301", 8],
                                    ["3108", 7], ["5102", 10], ["計", 40]]}}])

# 002 — 特定保健指導 referral: CSV with health check values to the guidance provider
_rows = [["受診券整理番号", "記号", "番号", "氏名カナ", "性別", "生年月日", "連絡先電話", "腹囲",
          "BMI", "HbA1c", "収縮期血圧", "喫煙", "階層化"]]
for _i in range(18):
    q = P(age=(40, 64))
    lvl = R.choice(["積極的支援", "動機付け支援", "積極的支援"])
    _rows.append([f"26{R.randint(10000000, 99999999)}", q.kigo, q.bango, q.kana,
                  "男" if q.sex == "M" else "女", q.dob.strftime("%Y%m%d"), q.mobile,
                  f"{R.randint(86, 104)}.{R.randint(0, 9)}", f"{R.randint(25, 33)}.{R.randint(0, 9)}",
                  f"{R.choice([5.7, 5.9, 6.1, 6.3, 6.6])}", str(R.randint(128, 162)),
                  R.choice(["あり", "なし"]), lvl])
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    ["personal_data"],
    "18 specific-guidance targets with health check results, 記号番号 and phones in a CSV to the provider",
    sender=frm("miyoshi"), to=["松宮 保健師 <matsumiya@wellness-link.jp>"],
    subject="特定保健指導 対象者リスト（10月分）",
    charset="cp932",
    body=f"""ウェルネスリンク
松宮様

お世話になっております。日の出産業健保の三好です。
10月分の特定保健指導対象者リストをお送りします（18名）。

今回から喫煙の有無の列を追加しています。
階層化は当組合で判定済みですが、服薬中の方が混じっていないか
初回面談時にご確認いただけると助かります。

初回面談の案内状は当組合から10/15に発送予定です。
よろしくお願いいたします。

三好
{sig("miyoshi", 2)}""",
    attachments=[{"kind": "csv", "name": "tokuho_taisho_202610.csv", "encoding": "cp932", "rows": _rows}])

# 003 — one member's depression, in running text, to a hospital (no list, no labels)
_q = P(sex="F", age=(30, 45))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named member's diagnosis (うつ病) and birth date in running text to an external hospital",
    sender=frm("osone"), to=["東和中央病院 医事課 <iji@towa-chuo-hp.or.jp>"],
    subject="傷病手当金申請書（療養担当者記入欄）の記載内容について",
    charset="iso-2022-jp",
    body=f"""東和中央病院
医事課 ご担当者様

突然のご連絡失礼いたします。
日の出産業健康保険組合 給付課の大曽根と申します。

当組合の被保険者である{_q.name}様（{wareki(_q.dob)}生）より、
うつ病による休業期間について傷病手当金の支給申請をいただいております。
貴院の精神科にてご記入いただいた療養担当者記入欄のうち、
労務不能と認めた期間の始期が「8月3日」、初診日が「8月10日」となっており、
初診日より前から労務不能とされている点について確認させていただきたく存じます。

お手数ですが、主治医の先生にご確認のうえ、
記載誤りであれば訂正印にてご修正いただけますでしょうか。
書類は本日、返信用封筒を同封して貴院宛に郵送いたしました。

ご多忙のところ恐れ入りますが、よろしくお願い申し上げます。
{sig("osone")}""")

# 004 — reply to a member on free mail: her 記号・番号 and the surgery, new text
_q = P(sex="F", age=(35, 55))
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "new text gives a member's 記号・番号 and her operation (胆のう摘出術) to her free-mail address",
    sender=frm("nonomura"), to=[f"{_q.mail}"],
    subject="Re: 高額療養費の申請について",
    charset="iso-2022-jp",
    body=f"""{_q.sei}様

日の出産業健康保険組合 給付課の野々村でございます。
お問い合わせいただきありがとうございます。

5月に港南総合病院へご入院された分（胆のう摘出術）の高額療養費につきましては、
当組合で自動的に計算し、給与振込口座へお支払いする仕組みとなっております。
ご本人様からの申請は不要です。

　被保険者証 記号：{_q.kigo}　番号：{_q.bango}
　対象診療月：令和8年5月
　支給予定額：87,430円（付加給付を含みます）
　支給予定日：令和8年9月25日

なお、診療月から支給まで3〜4か月ほどかかりますことをご了承ください。

{sig("nonomura", 1)}
--- {_q.sei} {_q.mei} <{_q.mail}> wrote:
> 日の出産業健保 ご担当者様
> 5月に入院・手術をしたのですが、高額療養費の申請書はどこで入手できますか。
> 会社の総務に聞いたら健保に直接聞くよう言われました。
> よろしくお願いします。
""")

# 005 — レセプト点検: a padded plain-text table of six receipts to the outsourced reviewer
_rows = [["診療年月", "レセ管理番号", "記号-番号", "氏名", "医療機関", "主傷病名", "点数", "疑義"]]
_dx = ["2型糖尿病", "高血圧症", "逆流性食道炎", "腰部脊柱管狭窄症", "気管支喘息", "脂質異常症", "不眠症"]
for _i in range(6):
    q = P(age=(20, 75))
    _rows.append([f"R8.{R.randint(4, 7)}", f"R{R.randint(2604, 2607)}-{R.randint(100, 999):05d}",
                  f"{q.kigo}-{q.bango}", q.name, R.choice(["みなと内科", "芝浦整形外科", "大島クリニック",
                                                        "東和中央病院", "かしま眼科"]),
                  R.choice(_dx), str(R.randint(800, 14000)),
                  R.choice(["重複受診", "縦覧点検", "算定要件", "病名漏れ"])])
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"], ["personal_data"],
    "six receipts with names, 記号-番号 and diagnoses pasted in the body to the audit contractor",
    sender=frm("senga"), to=["福永 様 <fukunaga@medreview-japan.co.jp>"],
    cc=["千賀 亮 <senga.ryo@hinode-sangyo.co.jp>"],
    subject="再点検依頼（6件）",
    charset="utf-8",
    body=f"""メディカルレビュー・ジャパン
福永様

いつもお世話になっております。日の出産業健保 業務課の千賀です。
今月の内部点検で引っかかったものを6件、再点検をお願いします。

{table(_rows)}

特に2件目・5件目は同月内に別医療機関でも同一病名での請求がありますので、
縦覧でご確認をお願いします。結果は月末締めのレポートに含めていただければ結構です。

千賀
{sig("senga", 2)}""")

# 006 — mailing data for 医療費のお知らせ to the printing vendor (UTF-8 CSV)
_rows = [["郵便番号", "住所1", "住所2", "氏名", "記号", "番号", "事業所"]]
for _i in range(28):
    q = P()
    _rows.append([q.zip, f"{q.pref}{q.city}{q.town}{q.chome}-{q.ban}-{q.go}", q.bldg, q.name + " 様",
                  q.kigo, q.bango, R.choice(["本社", "川崎工場", "浜松工場", "大阪支店", "福岡営業所"])])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "JP_HEALTH_INSURANCE"], ["personal_data"],
    "28 members' addresses with 記号・番号 in a CSV to the printing vendor",
    sender=frm("yoshino"), to=["錦印刷 梶原様 <kajiwara@nishiki-insatsu.co.jp>"],
    subject="医療費のお知らせ（令和8年度上期）宛名データ 追加分",
    charset="utf-8",
    body=f"""錦印刷株式会社
営業部 梶原様

お世話になっております。日の出産業健保 総務課の吉野です。

医療費のお知らせ（上期）の宛名データについて、
退職者の住所更新が遅れていた28件を追加でお送りします。
本紙の差込は前回お送りした分と同じレイアウトでお願いします。

添付：iryohi_atena_tsuika.csv（UTF-8、28件）

発送日に変更はございません（10/23）。
よろしくお願いいたします。
{sig("yoshino")}{DISCLAIMER}""",
    attachments=[{"kind": "csv", "name": "iryohi_atena_tsuika.csv", "encoding": "utf-8-sig", "rows": _rows}])

# 007 — call-centre callback list, tab separated, with a dialysis patient
_lines = ["受付日時\t氏名（カナ）\t折返し先\t内容"]
_topics = ["人工透析中。特定疾病療養受療証の更新手続きについて",
           "限度額適用認定証の申請書の送付希望",
           "任意継続の保険料の納付書が届かない",
           "出産育児一時金の直接支払制度について（妊娠7か月）",
           "整骨院の施術内容照会の文書について",
           "退職後の扶養加入の手続き",
           "医療費のお知らせの再発行"]
for _i, t in enumerate(_topics):
    q = P()
    _lines.append(f"10/{R.randint(5, 9)} {R.randint(9, 17)}:{R.randint(0, 59):02d}\t{q.kana}\t"
                  f"{R.choice([q.mobile, q.tel])}\t{t}")
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "seven callers' kana names and phone numbers, one on dialysis and one pregnant, to the call centre",
    sender=frm("nonomura"), to=["蔵本 SV <kuramoto@callbridge.co.jp>"],
    subject="折り返し対応のお願い（7件）",
    charset="utf-8",
    body=f"""コールブリッジ 蔵本様

お疲れさまです、日の出産業健保の野々村です。
今週、当組合の窓口に直接入った問い合わせのうち、
コールセンター側で折り返しをお願いしたいものが7件あります。

{chr(10).join(_lines)}

1件目は特定疾病の件なので、回答に迷う場合は私まで転送してください。
対応結果はいつもの日報に追記でお願いします。
{sig("nonomura", 2)}""")

# 008 — look-alike of the printing vendor (nishiki-insatu: a letter dropped)
add("stop", [], ["lookalike_domain"],
    "recipient domain nishiki-insatu.co.jp is a typo of partner nishiki-insatsu.co.jp",
    sender=frm("yoshino"), to=["梶原様 <kajiwara@nishiki-insatu.co.jp>"],
    subject="健保だより秋号 校正戻しの件",
    charset="iso-2022-jp",
    body=f"""錦印刷 梶原様

お世話になっております。吉野です。
健保だより秋号の初校、確認いたしました。

・P2 理事長あいさつ：写真を差し替え（本日夕方に別送します）
・P5 インフルエンザ予防接種補助の金額「2,000円」→「2,500円」
・P8 保養所ページ：さくらホテル箱根の電話番号が旧番号のままです

再校は10/9（金）にいただけますでしょうか。
よろしくお願いします。
{sig("yoshino", 1)}""")

# 009 — three health-check clinics visible to each other in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three external clinics (three organisations) in To: should have been Bcc",
    sender=frm("miyoshi"),
    to=["みなと健診クリニック 健診事業部 <kenshin@minato-kenshin.or.jp>",
        "医療法人社団 鶴見会 <info@tsurumi-kai.or.jp>",
        "さざなみ健康管理センター <contract@sazanami-hc.jp>"],
    subject="令和9年度 健診委託契約の更新について（ご案内）",
    charset="iso-2022-jp",
    body=f"""健診委託先医療機関 ご担当者様

平素より当組合の健診事業にご協力いただき、誠にありがとうございます。
日の出産業健康保険組合 保健事業課でございます。

令和9年度の健診委託契約の更新にあたり、以下のとおりご案内いたします。

１．契約期間　令和9年4月1日〜令和10年3月31日
２．単価表　　11月中旬に健保連の集合契約単価の確定後、改めてお送りします
３．結果データ　XML（特定健診標準様式）での提出を引き続きお願いします
４．提出書類　契約書（2部）、料金表、実施体制届

ご不明点は保健事業課 三好までお問い合わせください。
{sig("miyoshi")}""")

# 010 — 社外秘 stamped business plan sent to the data-analysis vendor
add("stop", [], ["confidential_marking"],
    "attached PDF carries a 社外秘 stamp in its header and goes to an external vendor",
    sender=frm("kadowaki"), to=["データヘルス研究所 井筒様 <izutsu@datahealth-lab.co.jp>"],
    subject="事業計画（案）の共有",
    charset="utf-8",
    body=f"""データヘルス研究所
井筒様

いつもお世話になっております。日の出産業健保の門脇です。

来年度の保健事業の組み立てについてご相談したく、
組合会提出前の事業計画・予算（案）を共有いたします。
特に重症化予防と後発医薬品の使用促進の部分について、
第3期データヘルス計画の評価指標との整合をご意見いただけますと幸いです。

来週どこかで30分ほどお時間をいただけますでしょうか。
{sig("kadowaki")}""",
    attachments=[{"kind": "pdf", "name": "R9_事業計画_予算案_v3.pdf", "title": "令和9年度 事業計画・予算（案）",
                  "page_header": "社外秘", "page_footer": "日の出産業健康保険組合",
                  "lines": ["【社外秘】令和9年度 日の出産業健康保険組合 事業計画（案）", "",
                            "1. 基本方針", "  第3期データヘルス計画の中間年度として、重症化予防を重点とする。",
                            "2. 保健事業", "  特定健診受診率目標 90.0%　特定保健指導実施率目標 60.0%",
                            "  糖尿病性腎症重症化予防プログラム（対象見込 40名）",
                            "3. 予算（案）", "  保険料収入 8,412百万円　保険給付費 4,965百万円",
                            "  納付金 2,870百万円　保健事業費 402百万円",
                            "4. 保険料率", "  一般保険料率 92/1000（据え置き）、介護保険料率 17/1000"]}])

# 011 — PPAP: an encrypted ZIP of receipt data to the reviewer
_rows = [["レセ管理番号", "記号", "番号", "氏名", "傷病名", "点数"]]
for _i in range(12):
    q = P()
    _rows.append([f"R2608-{R.randint(100, 9999):05d}", q.kigo, q.bango, q.name, R.choice(_dx),
                  R.randint(500, 9000)])
add("stop", [], ["unscannable_attachment"],
    "password-protected ZIP (PPAP) to the audit contractor: contents cannot be inspected",
    sender=frm("senga"), to=["点検センター <tenken-center@medreview-japan.co.jp>"],
    subject="8月診療分 点検依頼データ送付",
    charset="cp932",
    body=f"""株式会社メディカルレビュー・ジャパン
点検センター御中

お世話になっております。日の出産業健保 業務課の千賀です。
8月診療分の点検依頼データを送付いたします。

　添付ファイル：tenken_202608.zip
　件数：医科 3,412件／歯科 905件／調剤 2,766件（うち重点点検 12件）

解凍パスワードは別メールにてお送りします。
受領のご連絡をいただけますようお願いいたします。
{sig("senga", 1)}""",
    attachments=[{"kind": "zip", "name": "tenken_202608.zip", "password": "Hk2608#tenken",
                  "files": [{"kind": "csv", "name": "juten_tenken.csv", "rows": _rows}]}])

# 012 — a spouse's My Number to the outside 社労士 office
_h = P(sex="M", age=(30, 45))
_w = P(sex="F", age=(28, 44), sei=(_h.sei, _h.sei_kana, _h.sei_r))
_mn = my_number(SEED + 1)
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a dependant spouse's 個人番号 with name and birth date to an external 社労士 office",
    sender=frm("saeki"), to=["やまぶき社会保険労務士法人 久米様 <kume@yamabuki-sr.jp>"],
    subject="被扶養者（異動）届の件",
    charset="iso-2022-jp",
    body=f"""やまぶき社会保険労務士法人
久米先生

お世話になっております。日の出産業健保 適用課の佐伯です。

先日ご依頼いただいた川崎工場の{_h.name}さんの配偶者の扶養認定の件、
届書の個人番号欄が空欄でしたので、人事から回ってきた番号をお知らせします。

　配偶者氏名：{_w.name}（{_w.kana}）
　生年月日：{wareki(_w.dob)}
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}

収入要件の確認書類（退職証明書）は揃っていますので、
番号を追記いただければそのまま受理できます。
{sig("saeki", 2)}""")

# 013 — 傷病手当金 and a disability pension: 基礎年金番号 and grade, to the 社労士 office
_q = P(sex="M", age=(45, 60))
_bn = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
add("stop", ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a member's 基礎年金番号 and his disability pension grade (disability) to the 社労士 office",
    sender=frm("osone"), to=["久米 様 <kume@yamabuki-sr.jp>"],
    cc=["やまぶき社労士法人 事務局 <office@yamabuki-sr.jp>"],
    subject="併給調整（障害厚生年金）についてのご確認",
    charset="utf-8",
    body=f"""久米先生

いつもお世話になっております。給付課の大曽根です。

浜松工場の{_q.name}さんについて、傷病手当金の支給期間中に
障害厚生年金（3級）の受給が決まったとの連絡がありました。
同一傷病（脳梗塞後の左半身麻痺）のため併給調整の対象になります。

　基礎年金番号：{_bn}
　年金額（年額）：約1,180,000円
　受給権発生日：令和8年6月12日

年金証書の写しが手元にないため、会社経由で取り寄せていただけますでしょうか。
差額支給の計算は証書到着後に当方で行います。

大曽根
{sig("osone", 2)}""")

# 014 — English: passport number, birth date and diagnosis to a hospital abroad
_q = P(sex="M", age=(30, 50))
_pp = f"T{R.choice('KRZ')}{R.randint(1000000, 9999999)}"
add("stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "an employee's passport number, birth date and diagnosis to a hospital abroad (海外療養費 check)",
    sender=frm("osone"), to=["Patient Billing <billing@bayview-medical.com.sg>"],
    subject="Verification request - treatment of Mr. " + _q.sei_r,
    charset="utf-8",
    body=f"""Dear Patient Billing Team,

We are the health insurance society of Hinode Sangyo Co., Ltd. in Japan.
One of our insured members has applied for reimbursement of medical expenses
incurred at your hospital, and we would like to verify the following details.

  Patient name : {_q.sei_r.upper()} {_q.mei_r}
  Date of birth: {_q.dob.strftime('%d %b %Y')}
  Passport No. : {_pp}
  Admission    : 14 Aug 2026 - 18 Aug 2026
  Diagnosis    : Acute appendicitis (laparoscopic appendectomy)
  Invoice No.  : BMC-INV-2026-083317, SGD 18,420.00

Could you please confirm that the invoice was issued by your hospital and that
the amount above was paid in full by the patient? A signed consent form from
the patient is attached to our letter sent by post.
{sig("osone", 3)}{DISCLAIMER_EN}""")

# 015 — HTML only: first-interview schedule of six guidance targets
_trs = []
for _i in range(6):
    q = P(age=(40, 64))
    _trs.append(f"<tr><td>{q.name}</td><td>{R.choice(['本社 営業部', '川崎工場 製造2課', '浜松工場 品質保証', '大阪支店'])}</td>"
                f"<td>{q.mobile}</td><td>{R.choice(['積極的支援', '動機付け支援'])}</td>"
                f"<td>11/{R.randint(2, 27)} {R.choice(['10:00', '13:30', '15:00', '16:30'])}</td>"
                f"<td>{R.choice(['オンライン', '対面（本社5F）', '電話'])}</td></tr>")
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "HTML table of six members selected for 特定保健指導 (health check result) with mobiles, to the provider",
    sender=frm("hoshina"), to=["ウェルネスリンク 予約センター <yoyaku@wellness-link.jp>"],
    subject="初回面談 日程確定分（11月）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>ウェルネスリンク 予約センター ご担当者様</p>
<p>お世話になっております。日の出産業健保 保健事業課の保科です。<br>
11月の初回面談、日程が確定した方を以下にまとめました。<br>
前日にリマインドのお電話をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>所属</th><th>携帯</th><th>支援区分</th><th>面談日時</th><th>方法</th></tr>
{"".join(_trs)}
</table>
<p>未確定の方（4名）は来週まとめてご連絡します。</p>
<p>--<br>日の出産業健康保険組合 保健事業課<br>保科 理沙<br>TEL 03-5442-7185</p>
</body></html>""")

# 016 — FW: a member's own mail (herniated disc, 記号番号, phone) forwarded to the 社労士
_q = P(sex="M", age=(30, 50))
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "forward of a member's mail with his diagnosis, surgery, 記号番号 and phone to an external office",
    sender=frm("osone"), to=["久米 様 <kume@yamabuki-sr.jp>"],
    subject="FW: 傷病手当金の申請期間について",
    charset="cp932",
    body=f"""久米先生

下記、本人から直接問い合わせがありました。
会社側の出勤簿の締めとの関係で、申請期間の区切り方をご助言いただけますか。

大曽根

-----Original Message-----
From: {_q.name} <{_q.mail}>
Sent: Monday, October 5, 2026 8:12 AM
To: 日の出産業健保 給付課 <kyufu@hinode-sangyo.co.jp>
Subject: 傷病手当金の申請期間について

日の出産業健保 給付課 御中

大阪支店の{_q.name}です（記号{_q.kigo} 番号{_q.bango}）。
腰椎椎間板ヘルニアで9月7日に手術を受け、現在も自宅療養中です。
主治医からは11月末まで就労不可と言われています。
申請は1か月ごとに出すべきでしょうか、まとめて出すべきでしょうか。
日中は携帯（{_q.mobile}）にご連絡いただけると助かります。
""")

# 017 — DOCX inquiry letter about one person's adjustment disorder, to a mental clinic
_q = P(sex="F", age=(25, 40))
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "DOCX 照会書 with one member's 記号番号, birth date and diagnosis (適応障害) to an external clinic",
    sender=frm("nonomura"), to=["くすのきメンタルクリニック <office@kusunoki-mental.jp>"],
    subject="【日の出産業健康保険組合】傷病手当金に関する照会書の送付",
    charset="iso-2022-jp",
    body=f"""くすのきメンタルクリニック
院長 先生

拝啓　時下ますますご清祥のこととお慶び申し上げます。
当組合被保険者の傷病手当金支給申請に関し、照会書をお送りいたします。
ご多忙のところ誠に恐縮ですが、10月30日までにご回答いただけますと幸いです。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具
{sig("nonomura")}""",
    attachments=[{"kind": "docx", "name": "照会書_傷病手当金.docx", "title": "傷病手当金に関する照会書",
                  "paragraphs": ["傷病手当金に関する照会書", "",
                                 "くすのきメンタルクリニック　院長　殿",
                                 "日の出産業健康保険組合　理事長",
                                 "下記被保険者の療養状況について、ご回答をお願い申し上げます。"],
                  "tables": [[["保険者番号", INSURER_NO], ["記号・番号", f"{_q.kigo}・{_q.bango}"],
                              ["氏名", _q.name], ["生年月日", wareki(_q.dob)],
                              ["傷病名", "適応障害"], ["初診日", "令和8年7月2日"],
                              ["照会事項", "労務不能期間の見込み、復職可否の判断時期"]]]}])

# 018 — PPTX with a 社外秘 footer to the analysis vendor (only aggregates inside)
add("stop", [], ["confidential_marking"],
    "PPTX whose slides carry a 社外秘 footer goes to an external vendor (content is aggregate only)",
    sender=frm("hoshina"), to=["井筒 様 <izutsu@datahealth-lab.co.jp>"],
    cc=["三好 真理 <miyoshi.mari@hinode-sangyo.co.jp>"],
    subject="中間評価 報告資料のたたき台",
    charset="utf-8",
    body=f"""井筒様

お世話になっております。保科です。
理事会向けの中間評価資料のたたき台を作りました。
グラフの見せ方などご意見いただけますと助かります。
{sig("hoshina", 2)}""",
    attachments=[{"kind": "pptx", "name": "データヘルス計画_中間評価_draft.pptx", "page_footer": "社外秘",
                  "slides": [["第3期データヘルス計画 中間評価", "日の出産業健康保険組合", "令和8年11月 理事会"],
                             ["特定健診・特定保健指導", "健診受診率 86.2%（+2.1pt）", "保健指導実施率 48.7%（+9.4pt）"],
                             ["重症化予防", "受診勧奨後の医療機関受診率 61%", "HbA1c 8.0以上の割合 2.3%→2.0%"],
                             ["今後の課題", "被扶養者の健診受診率（54%）", "40代男性の喫煙率"]]}])

# 019 — protected PDF (a benefit decision notice) to a member's iCloud address
_q = P(sex="M", age=(30, 55))
_q.mail = f"{_q.mei_r.lower()}{_q.sei_r.lower()}@icloud.com"
add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "password-protected PDF to a member's free-mail address: cannot be inspected",
    sender=frm("nonomura"), to=[f"{_q.name} <{_q.mail}>"],
    subject="支給決定通知書（PDF）の送付",
    charset="utf-8",
    body=f"""{_q.name}様

日の出産業健康保険組合 給付課の野々村です。
ご依頼のありました支給決定通知書の写しをPDFにてお送りいたします。
ファイルを開く際のパスワードは、ご登録の生年月日（西暦8桁）です。

原本は9月末に勤務先経由でお渡し済みですので、
再発行ではなく写しとしてお取り扱いください。
{sig("nonomura")}""",
    attachments=[{"kind": "pdf", "name": "shikyu_kettei_tsuchi.pdf", "password": _q.dob.strftime("%Y%m%d"),
                  "lines": ["高額療養費 支給決定通知書", f"{_q.name} 様", "支給額 64,210円"]}])

# 020 — a corrupt XLSX to the call centre
add("stop", [], ["unscannable_attachment"],
    "the attached XLSX is corrupt and cannot be read",
    sender=frm("nonomura"), to=["蔵本様 <kuramoto@callbridge.co.jp>"],
    subject="Re: 9月 応対実績レポート",
    charset="utf-8",
    body=f"""蔵本様

レポートありがとうございました。
こちらで体裁を直したものを戻しますので、来月からはこの形式でお願いできますか。
（グラフを1枚目に移し、放棄呼率の列を追加しています）

野々村

> 9月分の応対実績をお送りします。
> 入電 2,184件、応答率 93.1%、平均通話時間 6分12秒でした。
> コールブリッジ 蔵本
""",
    attachments=[{"kind": "corrupt", "name": "応対実績_202609_修正.xlsx"}])

# 021 — plain ZIP of two CSVs: 資格確認書 mailing data for the printing vendor
def _atena(n: int, office: str) -> list[list[str]]:
    rows = [["送付先郵便番号", "送付先住所", "宛名", "記号", "番号", "枝番", "交付区分"]]
    for _ in range(n):
        q = P()
        rows.append([q.zip.replace("-", ""), q.addr("kanji"), q.name, q.kigo, q.bango,
                     f"{R.choice([0, 0, 1, 2])}", R.choice(["新規", "更新", "再交付"])])
    return rows


add("stop", ["PERSON_NAME", "JP_ADDRESS", "JP_HEALTH_INSURANCE"], ["personal_data"],
    "ZIP of two CSVs: 30 members' addresses with 記号・番号 for 資格確認書 mailing, to the printer",
    sender=frm("saeki"), to=["錦印刷 データ入稿窓口 <nyuko@nishiki-insatsu.co.jp>"],
    cc=["梶原様 <kajiwara@nishiki-insatsu.co.jp>"],
    subject="資格確認書 送付データ（10月第2週分）",
    charset="cp932",
    body=f"""錦印刷株式会社 データ入稿ご担当者様

日の出産業健保 適用課 佐伯です。
資格確認書の送付データ（10月第2週分）をzipでお送りします。

　honsha.csv　 … 本社・支店分 18件
　kojo.csv　　 … 工場分 12件

圧着はがきではなく、封書（窓あき）での発送でお願いします。
{sig("saeki", 1)}""",
    attachments=[{"kind": "zip", "name": "shikaku_kakuninsho_1002.zip",
                  "files": [{"kind": "csv", "name": "honsha.csv", "rows": _atena(18, "本社")},
                            {"kind": "csv", "name": "kojo.csv", "rows": _atena(12, "工場")}]}])

# 022 — an internal HR mail about six dependants, attached as .eml and forwarded to the BPO
_inner_rows = []
for _i in range(6):
    h = P(age=(28, 55))
    ev = R.choice(["出生", "出生", "就職により削除", "再加入"])
    d = P(age=(0, 0) if ev == "出生" else (18, 23), sei=(h.sei, h.sei_kana, h.sei_r))
    _inner_rows.append(f"{h.kigo}-{h.bango}　{h.name}　→　{d.name}（{d.kana}）　子　{wareki(d.dob, 'short')}　{ev}")
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"], ["personal_data"],
    "attached internal mail lists six dependants' names, birth dates and the members' 記号番号; it goes to the BPO",
    sender=frm("saeki"), to=["宇佐美 様 <usami@advance-bpo.co.jp>"],
    subject="転送：9月分 扶養異動の連絡",
    charset="utf-8",
    body=f"""宇佐美様

資格再確認の対象から外すべき異動分です。
人事からのメールをそのまま添付しますので、対象者リストから除外をお願いします。

佐伯
{sig("saeki", 2)}""",
    attachments=[{"kind": "eml", "name": "9月分 扶養異動の連絡.eml",
                  "message": {"sender": "人事部 給与厚生G <kyuyo@hinode-sangyo.co.jp>",
                              "to": ["適用課 <tekiyo@hinode-sangyo.co.jp>"],
                              "subject": "9月分 扶養異動の連絡", "charset": "iso-2022-jp",
                              "body": "健保 適用課 御中\n\n9月分の扶養異動をお知らせします。\n\n"
                                      + "\n".join(_inner_rows)
                                      + "\n\n届書原本は社内便で送付済みです。\n人事部 給与厚生G\n"}}])

# 023 — a card number read out by a caller, pasted from the call memo to the call centre
_q = P(age=(30, 60))
_cc = card_number(SEED + 2)
add("stop", ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "a caller's credit card number pasted from the call memo to the call-centre contractor",
    sender=frm("nonomura"), to=["蔵本 SV <kuramoto@callbridge.co.jp>"],
    cc=["品質管理 <qa@callbridge.co.jp>"],
    subject="通話録音の取扱いについて（至急）",
    charset="iso-2022-jp",
    body=f"""蔵本様

野々村です。至急の確認です。

10/6 14:20頃の入電（任意継続の保険料のお問い合わせ、{_q.kana}様、{_q.mobile}）で、
お客様がクレジットカード払いができると思われて番号を読み上げてしまい、
応対メモにそのまま残っていました。

　メモ記載：「カード {_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]} で払いたいとのこと」

当組合ではカード払いは扱っていない旨はご案内済みとのことですが、
応対メモからの削除と、録音データの該当部分の取扱いについて
本日中に対応方針をご連絡ください。
{sig("nonomura", 2)}""")

# 024 — residence card number of a foreign dependant to the BPO
_q = P(sex="M", age=(30, 45))
_zc = f"{R.choice('ABCDEFGHJKLMN')}{R.choice('ABCDEFGHJKLMN')}{R.randint(10000000, 99999999)}{R.choice('ABCDEF')}{R.choice('ABCDEF')}"
_dob = _dt.date(1991, 3, 17)
add("stop", ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"], ["personal_data"],
    "a foreign spouse's 在留カード number with name and birth date to the outsourced BPO",
    sender=frm("saeki"), to=["usami@advance-bpo.co.jp"],
    subject="国内居住要件の確認（1件）",
    charset="utf-8",
    body=f"""宇佐美様

お疲れさまです。佐伯です。
調査票が「国内居住の確認書類なし」で戻ってきた件、
本人から在留カードの写しが届きましたので内容をお知らせします。

　被保険者：{_q.name}（{_q.kigo}-{_q.bango}）
　被扶養者：NGUYEN THI HOA（グエン・ティ・ホア）　妻
　生年月日：{_dob.year}年{_dob.month}月{_dob.day}日
　在留カード番号：{_zc}
　在留資格：家族滞在　在留期限：2028年3月16日

国内居住が確認できましたので、判定は「継続」で処理してください。
{sig("saeki", 2)}""")

# 025 — 第三者行為 (traffic accident): the other driver's licence number and the injuries, to the insurer
_q = P(sex="F", age=(25, 50))
_o = P(sex="M", age=(25, 60))
_dl = f"{R.choice(['30', '45', '46'])}{R.randint(10, 99)}{R.randint(10000000, 99999999)}"
add("stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"], ["personal_data"],
    "the other driver's licence number and the member's injuries and 記号番号 to a non-life insurer",
    sender=frm("osone"), to=["東光損害保険 保険金サービス課 <sc-kanagawa@toko-sonpo.co.jp>"],
    subject="第三者行為による傷病届 受理のご連絡（事故日 令和8年8月21日）",
    charset="iso-2022-jp",
    body=f"""東光損害保険株式会社
保険金サービス課 ご担当者様

日の出産業健康保険組合 給付課の大曽根でございます。
下記の交通事故について、当組合被保険者より第三者行為による傷病届が提出されましたので
ご連絡いたします。今後、当組合負担分を貴社へ求償させていただく予定です。

【被害者（当組合被保険者）】
　氏名　{_q.name}
　記号・番号　{_q.kigo}・{_q.bango}
　傷病名　頸椎捻挫、右手関節打撲（通院中：芝浦整形外科）

【加害者（貴社契約者）】
　氏名　{_o.name}
　運転免許証番号　{_dl}
　証券番号　TK-8830-2211447

事故証明書の写しは郵送いたします。過失割合が確定しましたらご連絡ください。
{sig("osone")}""")

# 026 — look-alike of the system vendor (tsubasa-sytem.jp)
add("stop", [], ["lookalike_domain"],
    "tsubasa-sytem.jp is a look-alike (letter dropped) of partner tsubasa-system.jp",
    sender=frm("isurugi"), to=["ツバサシステム 石黒様 <ishiguro@tsubasa-sytem.jp>"],
    subject="適用システム 年末調整対応パッチの適用日程",
    charset="utf-8",
    body=f"""ツバサシステム
石黒様

いつもお世話になっております。日の出産業健保 システム担当の石動です。

適用システムのパッチ（v5.12.3）の適用日程について、
11/14（土）9:00〜12:00 で調整させてください。
当日は事務室が閉まっていますので、入館は通用口からお願いします。

あわせて、検証環境の証明書期限が12/1で切れる件もご対応をお願いします。
{sig("isurugi")}""")

# 027 — look-alike of the partner bank (midori-ginkou)
add("stop", [], ["lookalike_domain"],
    "midori-ginkou.co.jp is a look-alike (letter added) of partner midori-ginko.co.jp",
    sender=frm("osone"), to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginkou.co.jp>"],
    subject="10月分 給付金振込データの伝送日について",
    charset="cp932",
    body=f"""みどり銀行 法人営業部 御中

いつも大変お世話になっております。
日の出産業健康保険組合 給付課でございます。

10月分の傷病手当金・高額療養費等の振込につきまして、
総合振込データの伝送を10月21日（水）15時までに行い、
振込指定日を10月23日（金）とさせていただきます。

件数は約240件、総額は約3,100万円の見込みです。
伝送後に承認操作のご連絡をいたします。
{sig("osone", 1)}""")

# 028 — look-alike of the company's own domain (hinode-sangyo.com)
add("stop", [], ["lookalike_domain"],
    "hinode-sangyo.com is the organisation's own name on another TLD (the colleague's typo)",
    sender=frm("kadowaki"), to=["総務部 長尾 <nagao.hiroshi@hinode-sangyo.com>"],
    subject="組合会（臨時）の会場の件",
    charset="iso-2022-jp",
    body=f"""長尾部長

お疲れさまです。健保の門脇です。
11月の臨時組合会ですが、本社7階の大会議室を11/19（木）14時から押さえていただけますでしょうか。
議員は20名、事務局が4名の予定です。
プロジェクターとマイク2本もお願いします。

門脇""")

# 029 — homoglyph look-alike (hinode-sanqyo.co.jp: g → q)
add("stop", [], ["lookalike_domain"],
    "hinode-sanqyo.co.jp imitates the internal domain (g replaced by q)",
    sender=frm("hoshina"), to=["健康経営推進室 <kenko-keiei@hinode-sanqyo.co.jp>"],
    subject="ウォーキングイベント 参加賞の発注について",
    charset="utf-8",
    body=f"""健康経営推進室 ご担当者様

保健事業課の保科です。
秋のウォーキングイベントの参加賞（タオル 800枚）について、
健保側の予算で発注してよいか確認させてください。
見積は錦印刷経由で1枚 420円（名入れ込み）です。
{sig("hoshina", 2)}""")

# 030 — three members (free mail, three domains) in To: should have been Bcc
_a, _b, _c = P(), P(), P()
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "three private persons (free-mail) can see each other's addresses in To",
    sender=frm("saeki"),
    to=[f"{_a.mei_r.lower()}.{_a.sei_r.lower()}@gmail.com", f"{_b.sei_r.lower()}{R.randint(10, 99)}@yahoo.co.jp",
        f"{_c.mei_r.lower()}-{_c.sei_r.lower()}@docomo.ne.jp"],
    subject="【日の出産業健保】任意継続被保険者の皆様へ 保険料納付期限のお知らせ",
    charset="iso-2022-jp",
    body=f"""任意継続被保険者の皆様

日の出産業健康保険組合 適用課です。
11月分保険料の納付期限は 11月10日（火）です。

納付期限までに納付がない場合、資格を喪失することとなりますので
ご注意ください（正当な理由がある場合を除きます）。
口座振替をご利用の方は、前日までに残高のご確認をお願いいたします。

※本メールは送信専用アドレスではありません。ご不明点はご返信ください。
{sig("saeki", 1)}""")

# 031 — three guidance contractors in To/Cc
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three external organisations (guidance contractors) see each other in To/Cc",
    sender=frm("miyoshi"),
    to=["松宮 様 <matsumiya@wellness-link.jp>", "ヘルスアップ・ジャパン 営業部 <sales@healthup-japan.co.jp>"],
    cc=["株式会社ミライ保健指導 <contact@mirai-hokenshido.com>"],
    subject="令和9年度 特定保健指導業務 委託先説明会のご案内",
    charset="utf-8",
    body=f"""関係各社 ご担当者様

お世話になっております。日の出産業健康保険組合 保健事業課の三好でございます。

令和9年度の特定保健指導業務の委託にあたり、説明会を下記のとおり開催いたします。

　日時：令和8年11月12日（木）14:00〜15:30
　場所：日の出産業ビル 5階 健保会議室（オンライン参加可）
　内容：仕様書の説明、実績報告様式の変更点、ICT面談の取扱い

ご参加いただける場合は11/5までにご返信ください。
{sig("miyoshi")}""")

# 032 — unreturned insurance cards: full-width digits, to the call centre for reminder calls
_lines = []
for _i in range(8):
    q = P()
    _lines.append(f"{zpad(q.name_nospace, 12)}{zpad(zen(q.kigo) + '－' + zen(q.bango), 20)}"
                  f"{zpad(zen(R.choice([q.mobile, q.tel])), 28)}{zen(f'{R.randint(7, 9)}/{R.randint(1, 30)}')}")
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"], ["personal_data"],
    "eight former members with 記号－番号 and phones in full-width digits, to the call centre",
    sender=frm("saeki"), to=["コールブリッジ 発信チーム <outbound@callbridge.co.jp>"],
    subject="保険証未返却者への架電依頼",
    charset="cp932",
    body=f"""コールブリッジ 発信チーム御中

いつもお世話になっております。日の出産業健保の佐伯です。
資格喪失後に保険証（旧被保険者証）の返却がない方へ、返却のお願いの架電をお願いします。

氏名　　　　記号－番号　　　　　電話番号　　　　　　　　　喪失日
―――――――――――――――――――――――――――――――――――
{chr(10).join(_lines)}

トークスクリプトは前回（6月）と同じもので結構です。
3回架電してつながらない方は、督促状の発送に切り替えます。
{sig("saeki", 2)}""")

# 033 — kana names and 和暦 birth dates in 「・」 bullets (no labels), to the BPO
_lines = []
for _i in range(6):
    h = P(age=(30, 60))
    d = P(age=(16, 24), sei=(h.sei, h.sei_kana, h.sei_r))
    _lines.append(f"・{hira(d.sei_kana)} {hira(d.mei_kana)}　{wareki(d.dob, R.choice(['kanji', 'short', 'zen']))}　"
                  f"（{h.kigo}-{h.bango} {h.sei}さんの{'長男' if d.sex == 'M' else '長女'}）　"
                  f"{R.choice(['アルバイト収入あり', '学生証未提出', '専門学校在学', '収入証明待ち'])}")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], ["personal_data"],
    "six dependants as hiragana names with 和暦 birth dates and the members' 記号番号, bullets without labels",
    sender=frm("saeki"), to=["宇佐美 様 <usami@advance-bpo.co.jp>"],
    subject="Re: 調査票 未回収・不備リスト",
    charset="iso-2022-jp",
    body=f"""宇佐美様

リストありがとうございます。不備の6名、こちらで電話確認したので状況を書きます。

{chr(10).join(_lines)}

上記は判定保留のままにしておいてください。11月中に書類が揃わなければ削除予定です。

佐伯

> 佐伯様
> 調査票の不備・未回収分のリストを添付します。ご確認ください。
> アドバンスBPO 宇佐美
""")

# 034 — one record per block: refund transfers with bank accounts, to the partner bank
_blocks = []
for _i in range(5):
    q = P()
    _blocks.append(f"■{_i + 1}\n　受取人：{q.name}（{q.kana}）\n　記号番号：{q.kigo}-{q.bango}\n"
                   f"　振込先：{R.choice(['みどり銀行', 'ゆうちょ銀行', '東都信用金庫', 'あおば銀行'])} "
                   f"{R.choice(['芝支店', '川崎支店', '本店営業部', '〇一八店'])} 普通 {R.randint(1000000, 9999999)}\n"
                   f"　金額：{R.randint(20, 180) * 1000 + R.randint(0, 999):,}円")
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "JP_BANK_ACCOUNT"], ["personal_data"],
    "five payees with 記号番号 and bank accounts, one block each, to the partner bank",
    sender=frm("osone"), to=["みどり銀行 芝支店 為替係 <shiba-kawase@midori-ginko.co.jp>"],
    subject="組戻し後の再振込について（5件）",
    charset="utf-8",
    body=f"""みどり銀行 芝支店 為替係 御中

日の出産業健康保険組合 給付課の大曽根です。
先日組戻しとなった5件について、受取人から正しい口座の届出がありましたので、
下記のとおり再振込をお願いいたします。

{chr(10).join(_blocks)}

振込指定日は10月16日（金）でお願いします。振込手数料は当組合負担です。
{sig("osone")}""")

# 035 — one member's health check result in running text, to the external occupational physician
_q = P(sex="M", age=(45, 60))
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named member's health check results (HbA1c, blood pressure, untreated) to an outside clinic",
    sender=frm("miyoshi"), to=["芝浦ファミリークリニック 杉浦先生 <sugiura@shibaura-fc.jp>"],
    subject="受診勧奨の件でご相談",
    charset="iso-2022-jp",
    body=f"""杉浦先生

いつもお世話になっております。日の出産業健保の三好です。
嘱託産業医としてご担当いただいている本社の{_q.sei}{_q.mei}さんの件でご相談です。

今年の健診でHbA1cが8.4、空腹時血糖が172、血圧も168/102と、
昨年からさらに悪化しているのですが、本人は未治療のままです。
健保から2回受診勧奨の通知を出していますが反応がなく、
次回の産業医面談の際に先生から直接お声がけいただけないでしょうか。

面談は11月の第2水曜で調整中と人事から聞いています。
{sig("miyoshi", 2)}""")

# 036 — a dependant's disability certificate in running text, to the BPO
_h = P(sex="F", age=(40, 55))
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named dependant's physical disability certificate grade (disability) to the outsourced BPO",
    sender=frm("saeki"), to=["宇佐美 様 <usami@advance-bpo.co.jp>"],
    subject="収入基準の判定（1件）",
    charset="utf-8",
    body=f"""宇佐美様

佐伯です。お問い合わせの件です。

{_h.sei}{_h.mei}さん（記号{_h.kigo}）の長男 {_h.sei}{R.choice(MEI_M)[0]}さんは、
身体障害者手帳1級（脳性麻痺）をお持ちで、障害基礎年金を受給されています。
このため収入基準は130万円ではなく180万円未満で判定してください。
年金額は約102万円ですので「継続」で問題ありません。

手帳の写しはこちらで保管しています。
{sig("saeki", 2)}""")

# 037 — legacy XLS of medical expense notice data (institutions visited) to the printer
_rows = [["記号", "番号", "受診者", "診療年月", "医療機関名", "区分", "日数", "医療費総額"]]
_inst = ["港南総合病院", "みなと内科", "かしま眼科", "しらゆり産婦人科", "くすのきメンタルクリニック",
         "芝浦整形外科", "あおば歯科", "中央薬局 芝店"]
for _i in range(25):
    q = P()
    _rows.append([q.kigo, q.bango, q.name, f"2026{R.randint(1, 6):02d}", R.choice(_inst),
                  R.choice(["入院", "外来", "外来", "歯科", "調剤"]), R.randint(1, 14), R.randint(1200, 480000)])
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"], ["personal_data"],
    "25 rows of who visited which clinic (incl. mental clinic, obstetrics) with 記号番号, in an XLS to the printer",
    sender=frm("yoshino"), to=["梶原様 <kajiwara@nishiki-insatsu.co.jp>"],
    subject="医療費のお知らせ 明細データ（テスト用）",
    charset="cp932",
    body=f"""梶原様

吉野です。明細部分の印字テスト用データを送ります（25件）。
旧システムから出したのでxls形式ですみません。

明細行が10行を超える方が2名いますので、
2枚目への送り方をテストで確認させてください。
{sig("yoshino", 2)}""",
    attachments=[{"kind": "xls", "name": "iryohi_meisai_test.xls", "sheets": {"明細": _rows}}])

# 038 — reply thread: the new text corrects a member's 記号番号 and name reading
_q = P(sex="F")
_old = str(int(_q.bango) + 10)
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE"], ["personal_data"],
    "new reply text gives a member's corrected 記号・番号 and name to the call centre (not just quoting)",
    sender=frm("nonomura"), to=["蔵本様 <kuramoto@callbridge.co.jp>"],
    subject="Re: Re: 本人確認できなかった件",
    charset="cp932",
    body=f"""蔵本様

確認しました。こちらの登録は以下のとおりです。
お客様が番号を読み間違えていたようです。

　{_q.name}（{_q.kana}）様
　記号 {_q.kigo}　番号 {_q.bango}（{_old} ではありません）

本人確認はこの番号と生年月日で再度お願いします。

野々村

> 野々村様
> 10/7午前の入電で、記号{_q.kigo} 番号{_old}とおっしゃる方の本人確認ができませんでした。
> 氏名の読みもシステムと異なるようです。ご確認いただけますか。
> 蔵本
""")

# 039 — a Thai hospital receipt (patient, birth date, dengue) to a translation company, PDF
_q = P(sex="M", age=(28, 50))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "PDF of a foreign hospital receipt with a member's name, birth date and diagnosis to a translator",
    sender=frm("nonomura"), to=["グローバル翻訳センター 受付 <order@gtc-honyaku.com>"],
    subject="翻訳のお見積り依頼（英文診療明細 2ページ）",
    charset="utf-8",
    body=f"""グローバル翻訳センター ご担当者様

日の出産業健康保険組合の野々村と申します。
海外療養費の申請書類として提出された、タイの病院の診療明細書（英文・2ページ）の
和訳をお願いしたく、お見積りをいただけますでしょうか。
納期は10営業日程度を希望します。
{sig("nonomura")}""",
    attachments=[{"kind": "pdf", "name": "bangkok_receipt.pdf",
                  "lines": ["SUKHUMVIT RIVERSIDE HOSPITAL - ITEMIZED RECEIPT",
                            f"Patient: MR. {_q.mei_r.upper()} {_q.sei_r.upper()}    HN: 26-118804",
                            f"Date of Birth: {_q.dob.strftime('%d/%m/%Y')}    Nationality: JAPANESE",
                            "Diagnosis: Dengue fever (A90), thrombocytopenia",
                            "Admission 02/08/2026  Discharge 06/08/2026",
                            "Room & board 4 nights           THB 18,000",
                            "Laboratory (CBC x6, NS1 Ag)     THB  9,450",
                            "IV fluids / medication          THB 12,380",
                            "Physician fee                   THB 14,000",
                            "TOTAL                           THB 53,830  PAID"]}])

# 040 — DOCX with a 取扱注意 header to the audit contractor
add("stop", [], ["confidential_marking"],
    "attached DOCX is stamped 取扱注意 in its header and goes to the external reviewer",
    sender=frm("senga"), to=["福永 様 <fukunaga@medreview-japan.co.jp>"],
    subject="委託業務評価（上期）のフィードバック",
    charset="iso-2022-jp",
    body=f"""福永様

お世話になっております。千賀です。
上期の委託業務評価をまとめましたので共有します。
次回の定例（10/28）で内容についてご説明させてください。
{sig("senga", 2)}""",
    attachments=[{"kind": "docx", "name": "委託業務評価_上期.docx", "page_header": "取扱注意",
                  "paragraphs": ["レセプト点検業務 委託業務評価（令和8年度上期）",
                                 "1. 財政効果額：内容点検 18,420千円（前年同期比 104%）",
                                 "2. 指摘の精度：再審査請求の査定率 61%（目標 65%）",
                                 "3. 改善要望：縦覧点検の報告様式の統一、月次報告の提出遅延（2回）",
                                 "4. 総合評価：B（契約継続、改善計画の提出を求める）"]}])

# 041 — 【極秘】 in the subject: merger study to the partner company
add("stop", [], ["confidential_marking"],
    "subject and body are classified 極秘 and go to an external (partner) organisation",
    sender=frm("kadowaki"), to=["川崎電機健保 準備室 西條様 <saijo.tomoko@kawasaki-denki.co.jp>"],
    subject="【極秘】健保組合合併に係る財政シミュレーション（第2版）",
    charset="utf-8",
    body=f"""西條様

【極秘】本件は両組合の理事長・常務理事限りでお願いいたします。

日の出産業健保の門脇です。
先日の協議を踏まえ、合併後5年間の財政シミュレーションを修正しました。
主な変更点は以下のとおりです。

・保険料率：合併初年度 94/1000、3年目以降 96/1000 の2案
・納付金：前期高齢者納付金の見込みを最新の概算値に更新
・事務所統合：令和10年4月、システム統合費用 1.8億円を計上

詳細な表は次回の協議の場でお示しします。
{sig("kadowaki")}""")

# 042 — English "INTERNAL ONLY" deck to an outside consultant
add("stop", [], ["confidential_marking"],
    "PPTX marked INTERNAL ONLY on every slide goes to an external consultant",
    sender=frm("isurugi"), to=["Daniel Whitmore <d.whitmore@northbridge-consulting.com>"],
    subject="Deck for Thursday's workshop",
    charset="utf-8",
    body=f"""Hi Daniel,

Ahead of Thursday's workshop on our claims-system renewal, please find the
deck we presented to our board last month. Slides 3-4 show the cost estimates.
{sig("isurugi", 3)}""",
    attachments=[{"kind": "pptx", "name": "claims_system_renewal_board.pptx", "page_footer": "INTERNAL ONLY",
                  "slides": [["Claims System Renewal", "Board briefing, September 2026", "INTERNAL ONLY"],
                             ["Current state", "Receipt processing on-prem since 2014", "Vendor support ends 2028-03"],
                             ["Options & cost", "A: package upgrade JPY 210M", "B: cloud service JPY 165M + 28M/yr"],
                             ["Timeline", "RFP Jan 2027", "Go-live Apr 2028"]]}])

# 043 — a corrupt PDF to the 社労士 office
add("stop", [], ["unscannable_attachment"],
    "the attached PDF is corrupt and cannot be inspected",
    sender=frm("osone"), to=["やまぶき社労士法人 事務局 <office@yamabuki-sr.jp>"],
    subject="申請書式（令和8年10月改定版）",
    charset="cp932",
    body=f"""やまぶき社会保険労務士法人 事務局御中

給付課の大曽根です。
傷病手当金の申請書式を10月に改定しましたので、新様式をお送りします。
旧様式も年内は受け付けます。
{sig("osone", 2)}""",
    attachments=[{"kind": "corrupt", "name": "shobyo_teate_yoshiki_202610.pdf"}])

# 044 — PPAP to the call centre, even though the content is just an FAQ
add("stop", [], ["unscannable_attachment"],
    "encrypted ZIP (FAQ update) to the call centre: cannot be inspected",
    sender=frm("nonomura"), to=["コールブリッジ 教育担当 <training@callbridge.co.jp>"],
    subject="FAQ 改訂版（11月施行分）",
    charset="iso-2022-jp",
    body=f"""コールブリッジ 教育担当 御中

日の出産業健保の野々村です。
11月施行分のFAQ改訂版をお送りします。
パスワードはいつものルールで別途お送りします。
{sig("nonomura", 2)}""",
    attachments=[{"kind": "zip", "name": "FAQ_202611.zip", "password": "cb-faq-1111",
                  "files": [{"kind": "txt", "name": "FAQ_202611.txt",
                             "text": "Q. 資格確認書はいつ届きますか\nA. 資格取得日から2週間程度です。\n"}]}])

# 045 — reply-all in a three-party accident case: hospital, insurer and law office in To/Cc
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three external organisations (hospital, insurer, law office) see each other in To/Cc",
    sender=frm("osone"),
    to=["東光損害保険 <sc-kanagawa@toko-sonpo.co.jp>", "白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["東和中央病院 医事課 <iji@towa-chuo-hp.or.jp>"],
    subject="Re: 第三者行為 求償の進め方について",
    charset="utf-8",
    body=f"""関係者各位

日の出産業健保の大曽根です。
皆様ありがとうございます。それでは、次回の打合せは10/27（火）15時からWebで行います。
URLは前日までにお送りします。

病院様には、当日までに9月診療分までの診療報酬明細の写しの件数だけ
お知らせいただければ結構です。
{sig("osone", 2)}""")

# 046 — e-mail addresses of eight voluntary-continuation members to the call centre
_lines = ["No,氏名,メールアドレス,配信区分"]
for _i in range(8):
    q = P()
    _lines.append(f"{_i + 1},{q.name},{q.mail},{R.choice(['納付案内', '納付案内+健保だより'])}")
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
    "eight members' names and private e-mail addresses (comma list) to the call-centre contractor",
    sender=frm("saeki"), to=["蔵本様 <kuramoto@callbridge.co.jp>"],
    subject="メール配信テスト用リスト",
    charset="utf-8",
    body=f"""蔵本様

お疲れさまです。佐伯です。
任意継続の方へのメール配信（納付案内）の試行について、
配信に同意をいただいた方の一覧です。配信システムへの登録をお願いします。

{chr(10).join(_lines)}

本番配信は11/2を予定しています。
{sig("saeki", 2)}""")

# 047 — no name column: 記号・番号, birth date and postcode of 12 people to the reviewer
_rows = [["記号", "番号", "生年月日", "性別", "郵便番号", "照会理由"]]
for _i in range(12):
    q = P()
    _rows.append([q.kigo, q.bango, q.dob.strftime("%Y%m%d"), "1" if q.sex == "M" else "2", q.zip,
                  R.choice(["資格喪失後受診", "資格喪失後受診", "負傷原因照会", "他保険との重複"])])
add("stop", ["JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"], ["personal_data"],
    "12 people's 記号・番号, birth dates and postcodes without a name column, tab list to the reviewer",
    sender=frm("senga"), to=["fukunaga@medreview-japan.co.jp"],
    subject="資格点検 照会対象（12件）",
    charset="utf-8",
    body=f"""福永様

千賀です。資格点検で照会が必要なものを12件、タブ区切りで貼ります。

""" + "\n".join("\t".join(r) for r in _rows) + f"""

返戻・過誤調整の要否をご判断ください。
{sig("senga", 2)}""")

# 048 — 記号・番号 of one person in the subject line, to a clinic
_q = P(sex="M", age=(0, 12))
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE"], ["personal_data"],
    "a member's 記号・番号 appears in the subject line, with the child's name, to an external clinic",
    sender=frm("nonomura"), to=["ひだまり小児科 受付 <uketsuke@hidamari-kids.jp>"],
    subject=f"資格確認のご回答（記号{_q.kigo} 番号{_q.bango}）",
    charset="iso-2022-jp",
    body=f"""ひだまり小児科 受付ご担当者様

お問い合わせいただいた件についてご回答いたします。
{_q.name}様（被扶養者）は、令和8年10月1日現在、当組合の資格を有しております。
オンライン資格確認で「資格なし」と表示された件は、
8月の枝番変更の反映遅れによるものと思われます。

日の出産業健康保険組合 給付課 野々村""")

# 049 — XLSX of five dependants with My Numbers to the BPO
_rows = [["令和8年10月 被扶養者異動（追加）"], [],
         ["記号", "番号", "被扶養者氏名", "フリガナ", "続柄", "生年月日", "個人番号", "異動事由"]]
for _i in range(5):
    h = P(age=(25, 50))
    d = P(age=(0, 3), sei=(h.sei, h.sei_kana, h.sei_r))
    _rows.append([h.kigo, h.bango, d.name, d.kana, "子", wareki(d.dob), my_number(SEED + 10 + _i), "出生"])
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], ["personal_data"],
    "XLSX with five newborn dependants' My Numbers, birth dates and 記号番号 to the outsourced BPO",
    sender=frm("saeki"), to=["アドバンスBPO 入力センター <input@advance-bpo.co.jp>"],
    subject="10月 扶養追加分 入力依頼",
    charset="utf-8",
    body=f"""アドバンスBPO 入力センター御中

日の出産業健保 適用課です。
10月の扶養追加分（5件）の入力をお願いします。
マイナンバーは中間サーバー登録用です。登録後、ファイルは削除をお願いします。
{sig("saeki")}""",
    attachments=[{"kind": "xlsx", "name": "扶養追加_202610.xlsx", "sheets": {"追加": _rows}}])

# 050 — a member's My Number in full-width digits, for a registration fault, to the system partner
_q = P(sex="F", age=(25, 55))
_mn = my_number(SEED + 3)
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "one member's 個人番号 in full-width digits with name and 和暦 birth date to the system partner",
    sender=frm("isurugi"), to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="中間サーバー 紐付けエラー（E-2041）の調査依頼",
    charset="cp932",
    body=f"""ツバサシステム サポートご担当者様

日の出産業健保の石動です。
中間サーバーへの資格情報登録で、1件だけ紐付けエラー（E-2041）が解消しません。
以下のデータで住基照会をかけると「該当なし」になります。

　氏名：{_q.sei}　{_q.mei}（{_q.kana}）
　生年月日：{wareki(_q.dob, 'zen')}
　個人番号：{zen(_mn[:4])}　{zen(_mn[4:8])}　{zen(_mn[8:])}

旧姓のまま登録されている可能性もあるかと思いますが、
照会ログの確認をお願いできますでしょうか。
{sig("isurugi")}""")

# 051 — one person's reason for declining guidance (diabetes under treatment), to the provider
_q = P(sex="M", age=(45, 62))
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named member is under treatment for diabetes (medical information of one person) to the provider",
    sender=frm("hoshina"), to=["松宮 様 <matsumiya@wellness-link.jp>"],
    subject="対象者除外のお願い（1名）",
    charset="iso-2022-jp",
    body=f"""松宮様

保科です。10月リストの{_q.sei}{_q.mei}さん（浜松工場）ですが、
ご本人から連絡があり、8月から糖尿病で内科に通院し、服薬を始めているとのことでした。
服薬中のため保健指導の対象外となりますので、リストから除外をお願いします。
初回面談の予約が入っていたら取り消してください。

保科""")

# 052 — text + HTML: five continuation reviews with diagnoses, to the outside reviewer
_cases = []
for _i in range(5):
    q = P(age=(25, 60))
    _cases.append((q.name, f"{q.kigo}-{q.bango}",
                   R.choice(["うつ病", "双極性感情障害", "乳がん（術後化学療法）", "脳梗塞", "パニック障害",
                             "大腸がん", "統合失調症"]),
                   f"R8.{R.randint(1, 6)}.{R.randint(1, 28)}", f"{R.randint(90, 500)}日"))
_txt = "\n".join(f"{i + 1}. {c[0]}（{c[1]}） {c[2]}　支給開始 {c[3]}　通算 {c[4]}" for i, c in enumerate(_cases))
_html = "".join(f"<tr><td>{i + 1}</td><td>{c[0]}</td><td>{c[1]}</td><td>{c[2]}</td><td>{c[3]}</td><td>{c[4]}</td></tr>"
                for i, c in enumerate(_cases))
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"], ["personal_data"],
    "five long-term sickness-allowance cases with names, 記号番号 and diagnoses to the outside 社労士",
    sender=frm("osone"), to=["久米 様 <kume@yamabuki-sr.jp>"],
    subject="長期支給案件の審査会資料（10月）",
    charset="utf-8",
    body=f"""久米先生

給付課の大曽根です。10月の審査会でご意見をいただきたい長期支給案件です。

{_txt}

審査会は10/22 10時からです。よろしくお願いいたします。
{sig("osone", 2)}""",
    html=f"""<html><body><p>久米先生</p><p>給付課の大曽根です。10月の審査会でご意見をいただきたい長期支給案件です。</p>
<table border="1"><tr><th>#</th><th>氏名</th><th>記号-番号</th><th>傷病名</th><th>支給開始</th><th>通算</th></tr>
{_html}</table><p>審査会は10/22 10時からです。よろしくお願いいたします。</p>
<p>給付課 大曽根（内線 7182）</p></body></html>""")

# 053 — look-alike of a partner food company (kitaguni-foods.jp: co. dropped)
add("stop", [], ["lookalike_domain"],
    "kitaguni-foods.jp drops the co. of partner kitaguni-foods.co.jp",
    sender=frm("hoshina"), to=["北国フーズ 法人営業 <hojin@kitaguni-foods.jp>"],
    subject="健康セミナー用 お弁当のご注文",
    charset="utf-8",
    body=f"""北国フーズ 法人営業ご担当者様

いつもお世話になっております。日の出産業健保 保健事業課の保科です。
11/12（木）の健康セミナー用に、減塩ヘルシー弁当を下記のとおり注文いたします。

　商品：ヘルシー御膳（塩分2.0g）　商品コード HB-220
　数量：45食
　お届け：11/12 11:30 日の出産業ビル 1階受付
　請求先：日の出産業健康保険組合

アレルギー対応（えび・かに除去）が2食必要です。
{sig("hoshina")}""")

# 054 — look-alike of the logistics partner (aoba-unyuu.co.jp: letter added)
add("stop", [], ["lookalike_domain"],
    "aoba-unyuu.co.jp adds a letter to partner aoba-unyu.co.jp",
    sender=frm("yoshino"), to=["青葉運輸 芝営業所 <shiba@aoba-unyuu.co.jp>"],
    subject="資格確認書 事業所宛て発送の集荷依頼",
    charset="cp932",
    body=f"""青葉運輸 芝営業所 御中

いつもお世話になっております。日の出産業健保 総務課の吉野です。
資格確認書の事業所宛て発送分について、集荷をお願いいたします。

　集荷日時：10月14日（水）15:00
　個数：段ボール 6箱（各 約8kg）
　配達先：川崎工場、浜松工場、大阪支店、福岡営業所（各事業所 総務担当）

送り状は当方で用意しております。
{sig("yoshino", 1)}""")

# 055 — a member list sent to the sender's own free-mail address to work from home
_rows = []
for _i in range(10):
    q = P(age=(40, 64))
    _rows.append(f"{q.name}\t{q.kigo}-{q.bango}\t{q.mobile}\t{R.choice(['未利用', '初回済', '中断'])}")
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "ten members with 記号番号 and mobiles sent to the staff member's own free-mail address",
    sender=frm("hoshina"), to=["risa.hoshina.0806@gmail.com"],
    subject="週末作業用",
    charset="utf-8",
    body="\n".join(["未利用者フォロー（架電用）", ""] + _rows + ["", "月曜に電話する人から順に"]))

# ======================================================================================
# 056-097: must go
# ======================================================================================

# 056 — internal: sickness-allowance review list with diagnoses, 給付課 → 事務長
_rows = [["記号-番号", "氏名", "傷病名", "支給期間", "判定"]]
for _i in range(9):
    q = P()
    _rows.append([f"{q.kigo}-{q.bango}", q.name, R.choice(["うつ病", "腰椎椎間板ヘルニア", "胃がん", "適応障害",
                                                        "右脛骨骨折", "切迫早産"]),
                  f"9/{R.randint(1, 10)}〜9/30", R.choice(["支給", "支給", "一部不支給", "保留"])])
add("pass", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"], [],
    "all recipients internal: a sensitive list between the society's own staff may go",
    sender=frm("osone"), to=["門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>"],
    cc=["野々村 彩 <nonomura.aya@kenpo.hinode-sangyo.co.jp>"],
    subject="9月分 傷病手当金 決裁一覧",
    charset="iso-2022-jp",
    body=f"""事務長

9月分の傷病手当金の決裁一覧です。保留1件は医師照会中です。

{table(_rows)}

決裁後、10/21の振込データに反映します。
大曽根""")

# 057 — internal: HR sends new hires' dependants with My Numbers to the society (XLSX)
_rows = [["社員番号", "被保険者氏名", "被扶養者氏名", "続柄", "生年月日", "個人番号"]]
for _i in range(7):
    h = P(age=(22, 40))
    d = P(age=(0, 35), sei=(h.sei, h.sei_kana, h.sei_r))
    _rows.append([f"H{R.randint(20000, 29999)}", h.name, d.name, R.choice(["妻", "子", "夫"]),
                  ymd(d.dob, "-"), my_number(SEED + 20 + _i)])
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], [],
    "HR to the society, both on hinode-sangyo.co.jp: My Numbers to internal recipients only",
    sender="人事部 給与厚生G 狩野 <kano.miho@hinode-sangyo.co.jp>",
    to=["佐伯 由紀子 <saeki.yukiko@hinode-sangyo.co.jp>", "適用課 <tekiyo@kenpo.hinode-sangyo.co.jp>"],
    subject="10/1入社者 扶養家族データ",
    charset="utf-8",
    body="""健保 適用課 佐伯さん

人事部の狩野です。10/1入社者の扶養家族データを送ります（7名分）。
届書の原本は社内便で本日発送しました。

狩野
人事部 給与厚生グループ 内線 3312
""",
    attachments=[{"kind": "xlsx", "name": "10月入社_扶養.xlsx", "sheets": {"扶養": _rows}}])

# 058 — internal subdomain: list of lost memberships with 記号番号
_lines = []
for _i in range(11):
    q = P()
    _lines.append(f"{q.kigo}  {q.bango:>5}  {pad(q.name, 14)}  {R.choice(['退職', '退職', '75歳到達', '死亡'])}  "
                  f"R8.9.{R.randint(1, 30)}")
add("pass", ["PERSON_NAME", "JP_HEALTH_INSURANCE"], [],
    "internal subdomain kenpo.hinode-sangyo.co.jp only: list of former members stays inside",
    sender=frm("nonomura"), to=["hoshina.risa@kenpo.hinode-sangyo.co.jp"],
    subject="9月資格喪失者（保健指導の対象から除外してください）",
    charset="cp932",
    body=f"""保科さん

9月に資格喪失した方のうち、保健指導の対象リストに入っている11名です。
除外をお願いします。

記号  番号   氏名            事由      喪失日
----------------------------------------------------
{chr(10).join(_lines)}

野々村""")

# 059 — print specs and a quotation number to the printing vendor
add("pass", [], [],
    "print specification, quantities and quotation numbers: ordinary business mail",
    sender=frm("yoshino"), to=["錦印刷 梶原様 <kajiwara@nishiki-insatsu.co.jp>"],
    subject="医療費のお知らせ（下期）印刷仕様の確認",
    charset="iso-2022-jp",
    body=f"""梶原様

いつもお世話になっております。日の出産業健保の吉野です。
お見積り（見積番号 Q-2026-0412）ありがとうございました。下記の仕様で発注いたします。

　品名：医療費のお知らせ（令和8年度下期）
　仕様：A4 圧着ハガキ（Z折り）、表面モノクロ、裏面2色
　数量：14,800部（予備 200部含む）
　データ入稿：12月8日　発送：12月22日
　単価：@28.5円（税抜）　合計：421,800円（税抜）

正式な発注書は本日郵送いたします。
{sig("yoshino")}{DISCLAIMER}""")

# 060 — aggregated audit results to the reviewer
add("pass", [], [],
    "monthly audit totals by category: no individual data",
    sender=frm("senga"), to=["福永 様 <fukunaga@medreview-japan.co.jp>"],
    subject="Re: 8月分 点検結果報告",
    charset="utf-8",
    body=f"""福永様

8月分のご報告ありがとうございました。数字を確認しました。

区分      点検件数  再審査請求  査定件数  財政効果(円)
--------------------------------------------------------
医科        3,412        48        31       1,284,300
歯科          905         9         6         142,800
調剤        2,766        22        17         318,450
合計        7,083        79        54       1,745,550

歯科の査定率が上がってきていますね。9月分も同じ観点でお願いします。

千賀
{sig("senga", 2)}""")

# 061 — guidance completion rates by establishment (business list) in XLSX
_rows = [["令和8年度 特定保健指導 実施状況（9月末）"], [],
         ["事業所", "事業所記号", "対象者数", "初回面談済", "終了者", "実施率"]]
for name, k in [("本社", "1101"), ("本社 営業本部", "1102"), ("川崎工場", "2301"), ("川崎第二工場", "2304"),
                ("浜松工場", "3108"), ("浜松物流センター", "3110"), ("大阪支店", "4402"), ("福岡営業所", "5102")]:
    t = R.randint(20, 160)
    f = R.randint(t // 3, t)
    e = R.randint(f // 2, f)
    _rows.append([name, k, t, f, e, f"{e / t:.1%}"])
add("pass", [], [],
    "completion rates per establishment (a business list, aggregate figures) to the provider",
    sender=frm("miyoshi"), to=["松宮 様 <matsumiya@wellness-link.jp>"],
    subject="事業所別 実施状況（9月末）",
    charset="utf-8",
    body=f"""松宮様

三好です。9月末時点の事業所別の実施状況です。
浜松物流センターの初回面談が伸びていないので、
出張面談の日程を追加できないか相談させてください。
{sig("miyoshi", 2)}""",
    attachments=[{"kind": "xlsx", "name": "実施状況_事業所別_0930.xlsx", "sheets": {"9月末": _rows}}])

# 062 — FAQ / talk script update to the call centre (no personal data)
add("pass", [], [],
    "talk-script update for the call centre: procedures only",
    sender=frm("nonomura"), to=["コールブリッジ 教育担当 <training@callbridge.co.jp>"],
    cc=["蔵本 SV <kuramoto@callbridge.co.jp>"],
    subject="トークスクリプト修正（限度額適用認定証）",
    charset="utf-8",
    body=f"""教育担当 ご担当者様

日の出産業健保の野々村です。
マイナ保険証の利用が増えてきたため、限度額適用認定証のスクリプトを修正します。

【修正前】
「限度額適用認定証の申請書をお送りしますので、ご記入のうえご返送ください。」

【修正後】
「マイナ保険証で受診される場合は、医療機関の窓口で限度額情報の提供に同意いただければ、
認定証がなくても自己負担限度額までのお支払いとなります。
マイナ保険証をお使いでない場合は、申請書をお送りいたします。」

11月1日からの適用でお願いします。
{sig("nonomura", 2)}""")

# 063 — contracted resort hotels: rates (business information) to the partner hotel
add("pass", [], [],
    "rates for contracted hotel plans: a list of hotels and prices, no people",
    sender=frm("yoshino"), to=["さくらホテル 法人営業 <corporate@sakura-hotel.jp>"],
    subject="令和9年度 契約保養所 料金のご確認",
    charset="iso-2022-jp",
    body=f"""さくらホテル 法人営業ご担当者様

お世話になっております。日の出産業健保 総務課の吉野です。
来年度の契約料金について、下記の内容でよろしいかご確認をお願いいたします。

　施設名　　　　　　　　　　電話　　　　　　　平日　　　休前日
　さくらホテル箱根　　　　　0460-85-3311　　13,200円　17,600円
　さくらホテル伊豆高原　　　0557-51-2280　　12,100円　16,500円
　さくらホテル軽井沢　　　　0267-42-6100　　14,300円　19,800円
　（1泊2食・1名様・税込、組合補助 3,000円を差し引く前の額）

健保だよりの保養所ページにも掲載しますので、
変更がある場合は11月末までにお知らせください。
{sig("yoshino", 1)}""")

# 064 — list of health-check institutions (CSV of clinics) to the provider
_rows = [["機関名", "郵便番号", "所在地", "電話", "契約区分"],
         ["みなと健診クリニック", "105-0022", "東京都港区海岸1-9-3", "03-5403-1180", "健保連集合契約"],
         ["さざなみ健康管理センター", "210-0007", "神奈川県川崎市川崎区駅前本町11-2", "044-211-8870", "個別契約"],
         ["医療法人社団 鶴見会 鶴見健診プラザ", "230-0062", "神奈川県横浜市鶴見区豊岡町2-1", "045-570-3322", "個別契約"],
         ["浜松中央健診センター", "430-0929", "静岡県浜松市中央区中央3-8-15", "053-450-7710", "個別契約"],
         ["なにわ総合健診センター", "530-0047", "大阪府大阪市北区西天満4-4-8", "06-6361-0909", "健保連集合契約"],
         ["博多ヘルスケアクリニック", "812-0011", "福岡県福岡市博多区博多駅前2-6-1", "092-471-5511", "個別契約"]]
add("pass", [], [],
    "a list of clinics (businesses) with addresses and switchboards, not people",
    sender=frm("hoshina"), to=["松宮 様 <matsumiya@wellness-link.jp>"],
    subject="健診機関一覧（最新版）",
    charset="cp932",
    body=f"""松宮様

保科です。ご依頼の健診機関一覧を添付します（令和8年10月時点）。
面談会場の候補としてお使いください。
{sig("hoshina", 2)}""",
    attachments=[{"kind": "csv", "name": "kenshin_kikan_list.csv", "encoding": "cp932", "rows": _rows}])

# 065 — one new contact person introduced to a vendor
add("pass", [], [],
    "introduces one new staff contact with a work phone and address: a single business contact",
    sender=frm("senga"), to=["福永 様 <fukunaga@medreview-japan.co.jp>"],
    subject="担当者変更のお知らせ",
    charset="iso-2022-jp",
    body=f"""福永様

いつもお世話になっております。千賀です。
11月1日付で、レセプト点検の窓口を下記の者に引き継ぐことになりました。

　業務課　宮越 遥（みやこし はるか）
　TEL 03-5442-7184（直通）
　E-mail miyakoshi.haruka@hinode-sangyo.co.jp

10月中は私も同席して引継ぎを行います。引き続きよろしくお願いいたします。
{sig("senga")}""")

# 066 — reply: the quoted part (">") has the member's data, the new text does not
_q = P(sex="F")
add("pass", [], [],
    "the 記号番号 and diagnosis are only in the quoted text the hospital itself sent",
    sender=frm("nonomura"), to=["東和中央病院 医事課 <iji@towa-chuo-hp.or.jp>"],
    subject="Re: 限度額適用認定証の確認について",
    charset="iso-2022-jp",
    body=f"""東和中央病院 医事課 ご担当者様

ご連絡ありがとうございます。
ご照会の件、本日付で認定証を発行し、ご本人宛に郵送いたしました。
到着まで数日かかりますので、今回の入院分は区分のみ先にお伝えします（区分エ）。

日の出産業健保 給付課 野々村

> 日の出産業健康保険組合 給付課 御中
> 貴組合の被保険者 {_q.name} 様（記号{_q.kigo} 番号{_q.bango}）が、
> 10月5日より子宮筋腫の手術のため入院されています。
> 限度額適用認定証の提示がないため、所得区分をご教示いただけますでしょうか。
> 東和中央病院 医事課
""")

# 067 — reply above an Original Message that held a list: new text only thanks
_q_lines = []
for _i in range(6):
    q = P()
    _q_lines.append(f"{q.name}　{q.kigo}-{q.bango}　{q.zip} {q.addr()}")
add("pass", [], [],
    "the list of six is only quoted under -----Original Message----- from the vendor's own mail",
    sender=frm("yoshino"), to=["梶原様 <kajiwara@nishiki-insatsu.co.jp>"],
    subject="RE: 宛先不明で戻ってきた通知",
    charset="cp932",
    body=f"""梶原様

ご連絡ありがとうございます。
6件とも、こちらで事業所経由で新住所を確認いたします。
確認でき次第、再送の手配をご相談させてください。

吉野

-----Original Message-----
From: 梶原 <kajiwara@nishiki-insatsu.co.jp>
Sent: Thursday, October 8, 2026 10:02 AM
To: 吉野 早苗 <yoshino.sanae@hinode-sangyo.co.jp>
Subject: 宛先不明で戻ってきた通知

吉野様
健保だより同封の通知で、宛先不明で返戻されたものが6件ありました。

{chr(10).join(_q_lines)}

原本はこちらで保管しております。
""")

# 068 — English reply: the passport detail appears only in the quoted original
add("pass", [], [],
    "English reply; the patient's passport number is only in the hospital's quoted message",
    sender=frm("osone"), to=["Patient Billing <billing@bayview-medical.com.sg>"],
    subject="Re: Verification request - treatment of Mr. Kazama",
    charset="utf-8",
    body=f"""Dear Ms. Tan,

Thank you very much for your prompt confirmation. This completes our
verification and we will proceed with the reimbursement to our member.
{sig("osone", 3)}
On Tue, 13 Oct 2026 at 16:40, Patient Billing <billing@bayview-medical.com.sg> wrote:
> Dear Mr. Osone,
> We confirm that invoice BMC-INV-2026-083317 (SGD 18,420.00) was issued to
> Mr. KAZAMA Shingo, passport TZ4418207, and was settled in full on 18 Aug 2026.
> Best regards, Grace Tan, Patient Billing
""")

# 069 — two external organisations in To/Cc (reviewer and system partner)
add("pass", [], ["multiple_external_domains"],
    "two external organisations in To/Cc: a normal three-way meeting mail",
    sender=frm("isurugi"), to=["福永 様 <fukunaga@medreview-japan.co.jp>"],
    cc=["ツバサシステム 石黒様 <ishiguro@tsubasa-system.jp>"],
    subject="点検データ連携の仕様確認（打合せ日程）",
    charset="utf-8",
    body=f"""福永様
（cc：ツバサシステム 石黒様）

お世話になっております。日の出産業健保の石動です。
来年度からの点検データ連携（SFTP化）について、三者で仕様確認の打合せをお願いしたく存じます。

候補日：10/20（火）14時、10/22（木）10時、10/23（金）15時
場所：Web（Teams）

ファイルレイアウト案（v0.3）は打合せ前日までに共有します。
{sig("isurugi")}""")

# 070 — one member on free mail: general procedure, no personal data
add("pass", [], ["freemail_recipient"],
    "one free-mail recipient; only the general procedure, no data about her",
    sender=frm("nonomura"), to=["hina.takanashi22@yahoo.co.jp"],
    subject="Re: 出産育児一時金について",
    charset="iso-2022-jp",
    body=f"""小鳥遊様

日の出産業健康保険組合 給付課の野々村です。
お問い合わせありがとうございます。

出産育児一時金は、出産される医療機関で「直接支払制度」を利用される場合、
健保から医療機関へ直接お支払いしますので、窓口では差額のみのお支払いとなります。
出産費用が50万円を下回った場合は、差額を後日ご請求いただけます。
（申請書は当組合ホームページの「申請書ダウンロード」にございます）

そのほかご不明な点がありましたら、お気軽にお問い合わせください。
{sig("nonomura", 1)}""")

# 071 — the standard disclaimer (機密情報) at the foot of an ordinary mail
add("pass", [], [],
    "ordinary delivery mail; 機密情報 appears only in the standard disclaimer",
    sender=frm("yoshino"), to=["青葉運輸 芝営業所 <shiba@aoba-unyu.co.jp>"],
    subject="集荷時間の変更のお願い",
    charset="cp932",
    body=f"""青葉運輸 芝営業所 御中

お世話になっております。日の出産業健保の吉野です。
10/14（水）の集荷ですが、15時から16時30分に変更をお願いできますでしょうか。
個数（6箱）に変更はございません。
{sig("yoshino")}{DISCLAIMER}""")

# 072 — mail about the NDA with the call-centre contractor
add("pass", [], [],
    "mail about renewing the 秘密保持契約 (NDA): a mention, not a marking",
    sender=frm("kadowaki"), to=["コールブリッジ 法務部 <legal@callbridge.co.jp>"],
    subject="業務委託契約および秘密保持契約の更新について",
    charset="utf-8",
    body=f"""株式会社コールブリッジ 法務部 御中

いつもお世話になっております。日の出産業健康保険組合の門脇でございます。

来年3月末で満了となる業務委託契約の更新にあたり、
秘密保持契約書（個人情報の取扱いに関する特記事項を含む）を改定したく存じます。
主な改定点は次のとおりです。

・再委託先の事前承認手続きの明確化
・個人情報の漏えい等発生時の報告期限（発覚後24時間以内）
・委託終了時のデータ消去証明書の提出

ドラフトは来週お送りいたします。ご確認のほどよろしくお願いいたします。
{sig("kadowaki")}""")

# 073 — payment notice with the vendor's registration number (a company number, not a person)
_cn = corporate_number("010401088231")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "payment notice quoting the vendor's T-number (法人番号): business data, no people",
    sender=frm("yoshino"), to=["錦印刷 経理部 <keiri@nishiki-insatsu.co.jp>"],
    subject="お支払いのご案内（請求書 No.NI-26-09-0418）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社 経理部 御中

日の出産業健康保険組合 総務課でございます。
下記請求書につきまして、支払手続きが完了いたしましたのでご案内いたします。

　請求書番号：NI-26-09-0418
　登録番号：T{_cn}
　件名：健保だより秋号 印刷・発送
　支払金額：1,284,360円（税込）
　支払日：令和8年10月30日
　振込先：みどり銀行 本店営業部 当座 0012345 ニシキインサツ（カ

ご確認のほどよろしくお願いいたします。
{sig("yoshino", 1)}""")

# 074 — tracking numbers per establishment (business parcels)
add("pass", [], [],
    "parcel tracking numbers per establishment: no people",
    sender=frm("yoshino"), to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    subject="配達状況の確認（4口）",
    charset="utf-8",
    body=f"""青葉運輸 お客様センター御中

日の出産業健保 総務課の吉野です。
10/14に発送した下記の荷物のうち、浜松工場宛てが未着とのことで、配達状況を確認いただけますか。

　お問合せ番号　　　　配達先
　4421-0983-3017　　川崎工場 総務課
　4421-0983-3028　　浜松工場 総務課　← 未着
　4421-0983-3039　　大阪支店 総務担当
　4421-0983-3040　　福岡営業所

よろしくお願いいたします。
{sig("yoshino", 2)}""")

# 075 — form codes and quantities to the printer
add("pass", [], [],
    "form codes and stock quantities for reprinting: product codes, no people",
    sender=frm("yoshino"), to=["kajiwara@nishiki-insatsu.co.jp"],
    subject="帳票の増刷依頼",
    charset="cp932",
    body=f"""梶原様

吉野です。在庫が少なくなってきた帳票の増刷をお願いします。

帳票コード   品名                          数量
KF-0312     被扶養者（異動）届              3,000
KF-0415     傷病手当金支給申請書（4枚組）   2,000
KF-0502     高額療養費支給申請書            1,000
KF-0716     第三者行為による傷病届          500
ENV-N3-W    長3窓あき封筒（親展なし）       10,000

納期は11月中旬で結構です。
{sig("yoshino", 2)}""")

# 076 — three staff attendees with mobiles to a seminar organiser (under five people)
_att = [("佐伯 由紀子", "適用課"), ("千賀 亮", "業務課"), ("保科 理沙", "保健事業課")]
_lines = [f"　{n}（{d}）　当日連絡先 {P().mobile}" for n, d in _att]
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three attendees with mobile numbers: fewer than five people, may be warned",
    sender=frm("yoshino"), to=["健保連関東連合会 研修係 <kenshu@kenporen-kanto.or.jp>"],
    subject="実務担当者研修会 参加申込",
    charset="iso-2022-jp",
    body=f"""健康保険組合連合会 関東連合会 研修係 御中

日の出産業健康保険組合 総務課の吉野でございます。
11月18日（水）の実務担当者研修会に、下記3名が参加いたします。

{chr(10).join(_lines)}

参加費は請求書をいただき次第お振込みいたします。
{sig("yoshino", 1)}""")

# 077 — four returned notices: names and new addresses to the printer (fewer than five)
_lines = []
for _i in range(4):
    q = P()
    _lines.append(f"{_i + 1}) {q.name} 様　〒{q.zip} {q.addr('kanji')}")
add("pass", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "four people's names and addresses for re-sending: under five records, may be warned",
    sender=frm("yoshino"), to=["梶原様 <kajiwara@nishiki-insatsu.co.jp>"],
    subject="Re: 宛先不明で戻ってきた通知 → 再送先",
    charset="utf-8",
    body=f"""梶原様

先日の返戻分のうち、新住所が確認できた4件です。再送をお願いします。

{chr(10).join(_lines)}

残り2件は確認中です。
吉野""")

# 078 — English: the general overseas medical expense process to a partner abroad
add("pass", [], [],
    "English mail on the general reimbursement process: no individual data",
    sender=frm("osone"), to=["Claims Desk <claims@asia-assist.com>"],
    subject="Overseas medical expenses - documents we require",
    charset="utf-8",
    body=f"""Dear Claims Desk,

Thank you for your inquiry about how our members can claim overseas medical
expenses (kaigai ryoyohi). In general we require the following documents:

  1. Itemised bill and receipt from the hospital (original)
  2. Medical certificate (Form A) completed by the attending physician
  3. Japanese translations of 1 and 2
  4. A copy of the member's passport pages showing the travel dates
  5. Our consent form for us to contact the hospital

Reimbursement is calculated at the amount the treatment would have cost in
Japan, converted at the exchange rate on the payment date.
{sig("osone", 3)}{DISCLAIMER_EN}""")

# 079 — HTML only: newsletter draft to the printer
add("pass", [], [],
    "HTML newsletter draft: health tips and contacts of the society, no personal data",
    sender=frm("hoshina"), to=["梶原様 <kajiwara@nishiki-insatsu.co.jp>"],
    subject="健保だより冬号 原稿（P3〜P4）",
    charset="utf-8",
    html="""<html><body>
<p>梶原様</p>
<p>保健事業課の保科です。冬号のP3〜P4の原稿です。レイアウトはお任せします。</p>
<hr>
<h2>冬こそ「かくれ脱水」に注意！</h2>
<p>寒い季節はのどの渇きを感じにくく、知らないうちに水分不足になりがちです。
1日1.2リットルを目安に、こまめな水分補給を心がけましょう。</p>
<h3>インフルエンザ予防接種の補助</h3>
<table border="1"><tr><th>対象</th><th>補助額</th><th>申請期限</th></tr>
<tr><td>被保険者・被扶養者</td><td>1回 2,500円まで</td><td>令和9年1月31日</td></tr></table>
<h3>お問い合わせ</h3>
<p>日の出産業健康保険組合 保健事業課　TEL 03-5442-7185（平日 9:00〜17:00）</p>
<hr>
<p>保科</p>
</body></html>""")

# 080 — aggregated disease statistics to the analysis vendor
add("pass", [], [],
    "disease-group statistics (aggregates, no person) to the analysis vendor",
    sender=frm("hoshina"), to=["井筒 様 <izutsu@datahealth-lab.co.jp>"],
    subject="疾病分類別医療費（令和7年度）",
    charset="utf-8",
    body=f"""井筒様

保科です。ご依頼の令和7年度 疾病分類別医療費の上位10位です。

順位  疾病分類（中分類）              医療費(千円)  患者数
 1    腎不全                             182,440       41
 2    糖尿病                             160,215      892
 3    その他の悪性新生物                 148,930      117
 4    高血圧性疾患                       121,002    1,410
 5    歯肉炎及び歯周疾患                 118,775    3,960
 6    統合失調症・気分障害等              96,310      233
 7    喘息                                72,880      611
 8    脂質異常症                          70,115    1,122
 9    屈折及び調節の障害                  44,260    2,104
10    乳房の悪性新生物                    41,970       38

患者数が少ない区分（10名未満）は表に含めていません。
{sig("hoshina", 2)}""")

# 081 — mentions 社外秘 but is not marked: only a summary is given
add("pass", [], [],
    "mentions that 社外秘 material cannot be sent; the mail itself is not marked",
    sender=frm("senga"), to=["福永 様 <fukunaga@medreview-japan.co.jp>"],
    subject="Re: 監査報告書の共有について",
    charset="iso-2022-jp",
    body=f"""福永様

ご依頼の監事監査報告書ですが、社外秘の扱いとなっておりますので
原本をお送りすることはできません。申し訳ございません。
点検業務に関係する指摘事項は次の2点のみでしたので、概要のみお伝えします。

・再審査請求の結果の記録が月遅れになっている月がある
・委託先からの月次報告の受領日の記録が不十分

いずれも当組合側の事務の問題ですので、貴社への対応依頼はございません。

千賀
{sig("senga", 2)}""")

# 082 — envelope spec with a 親展 print (about the envelope, not a marking of the mail)
add("pass", [], [],
    "specification of envelopes printed 親展: talks about the product, the mail is not classified",
    sender=frm("yoshino"), to=["錦印刷 梶原様 <kajiwara@nishiki-insatsu.co.jp>"],
    subject="封筒デザインの修正",
    charset="cp932",
    body=f"""梶原様

封筒の件、以下の修正をお願いします。

・長3窓あき封筒の表面左下に「親展」の赤枠スタンプを追加
・差出人表示を「日の出産業健康保険組合」に統一（「健保」の略称は不可）
・裏面の問い合わせ先電話番号を 03-5442-7180 に変更
・料金後納の表示は芝郵便局のもの（承認番号はこれまでと同じ）

修正版の版下PDFを来週中にいただけますと助かります。
{sig("yoshino", 2)}""")

# 083 — call-centre line numbers and IVR codes (service numbers, not people)
add("pass", [], [],
    "free-dial and IVR numbers of the service: business phone numbers, no people",
    sender=frm("isurugi"), to=["コールブリッジ システム担当 <sys@callbridge.co.jp>"],
    subject="IVR 分岐の追加",
    charset="utf-8",
    body=f"""コールブリッジ システムご担当者様

日の出産業健保の石動です。11/1からIVRの分岐を1つ追加します。

　代表番号：0120-310-847（健保相談ダイヤル）
　　1 → 保険証・資格確認書　　　キュー KP-Q01
　　2 → 医療費・給付　　　　　　キュー KP-Q02
　　3 → 健診・保健指導　　　　　キュー KP-Q03
　　4 → 任意継続（新設）　　　　キュー KP-Q04
　　9 → オペレーター
　夜間・休日：0120-310-848（メンタルヘルス相談 外部委託先へ転送）

設定変更の作業日をご連絡ください。
{sig("isurugi", 2)}""")

# 084 — establishment codes (事業所記号) list to the system partner: a business list
add("pass", [], [],
    "establishment codes (事業所記号) with business addresses: a list of sites, not of people",
    sender=frm("saeki"), to=["ツバサシステム 石黒様 <ishiguro@tsubasa-system.jp>"],
    subject="事業所マスタの更新依頼",
    charset="iso-2022-jp",
    body=f"""石黒様

適用課の佐伯です。事業所マスタの更新をお願いします。

事業所記号,事業所名,所在地,電話
1101,日の出産業株式会社 本社,東京都港区芝2-8-10,03-5442-7000
2301,日の出産業株式会社 川崎工場,神奈川県川崎市川崎区浮島町12-4,044-288-5100
2304,日の出産業株式会社 川崎第二工場,神奈川県川崎市川崎区千鳥町7-1,044-266-3300
3110,日の出ロジスティクス株式会社 浜松物流センター,静岡県浜松市中央区篠原町24000-1,053-448-2611
4402,日の出産業株式会社 大阪支店,大阪府大阪市中央区本町3-5-7,06-6263-0400

3110は11/1付で日の出ロジスティクスに移管（新規適用）となります。
{sig("saeki", 2)}""")

# 085 — internal: one member's diagnosis to the HR department (internal only)
_q = P(sex="M")
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "one employee's diagnosis, but HR and the society are both internal",
    sender=frm("osone"), to=["人事部 労務G 江藤 <eto.kazuki@hinode-sangyo.co.jp>"],
    subject="休職中の方の傷病手当金について",
    charset="utf-8",
    body=f"""江藤さん

健保の大曽根です。
{_q.sei}{_q.mei}さん（川崎工場）の件、主治医の意見書では「うつ病、12月末まで休業要」とのことでした。
会社からの休職期間中の給与支払いがない旨の証明（事業主記入欄）を
11月分の申請時にお願いします。

大曽根""")

# 086 — internal HTML table of guidance targets between the society's staff
_trs = "".join(f"<tr><td>{q.name}</td><td>{q.kigo}-{q.bango}</td><td>{R.randint(27, 34)}.{R.randint(0, 9)}</td>"
               f"<td>{R.choice(['6.0', '6.2', '6.5', '7.1'])}</td></tr>" for q in people(7, age=(40, 64)))
add("pass", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"], [],
    "health values of seven members in an HTML table, to colleagues on the internal domains only",
    sender=frm("miyoshi"), to=["保科 理沙 <hoshina.risa@kenpo.hinode-sangyo.co.jp>"],
    cc=["門脇 俊介 <kadowaki.shunsuke@hinode-sangyo.co.jp>"],
    subject="重症化予防プログラム 候補者",
    charset="utf-8",
    html=f"""<html><body><p>保科さん</p><p>重症化予防プログラムの候補者です。未治療の方を優先でお願いします。</p>
<table border="1"><tr><th>氏名</th><th>記号-番号</th><th>BMI</th><th>HbA1c</th></tr>{_trs}</table>
<p>三好</p></body></html>""")

# 087 — the call-centre supervisor's number given to the printer: one business contact
add("pass", [], [],
    "one business contact of a partner (call-centre supervisor) for printing on notices",
    sender=frm("nonomura"), to=["梶原様 <kajiwara@nishiki-insatsu.co.jp>"],
    subject="通知文の問い合わせ先の差し替え",
    charset="iso-2022-jp",
    body=f"""梶原様

野々村です。任意継続の納付案内の問い合わせ先を、下記に差し替えてください。

　日の出産業健保 任意継続専用ダイヤル（株式会社コールブリッジ 運営）
　0120-310-849（平日 9:00〜18:00）
　責任者：コールブリッジ SV 蔵本

よろしくお願いいたします。
{sig("nonomura", 2)}""")

# 088 — receipt management numbers only (no names, no 記号番号)
add("pass", [], [],
    "receipt control numbers and amounts only: no person identifiable from the mail",
    sender=frm("senga"), to=["点検センター <tenken-center@medreview-japan.co.jp>"],
    subject="再審査請求の結果（7月受付分）",
    charset="utf-8",
    body=f"""点検センター御中

千賀です。7月に再審査請求した分の結果が出ましたので共有します。

レセ管理番号     結果      査定点数
R2605-00345     原審通り        0
R2605-01218     査定         -412
R2605-01907     査定       -1,080
R2606-00076     取下げ          -
R2606-00533     査定          -96

原審通りの1件は、症状詳記の添付があったためとのことです。
{sig("senga", 2)}""")

# 089 — two people's refund bank accounts to the partner bank (fewer than five)
_lines = []
for _i in range(2):
    q = P()
    _lines.append(f"　{q.name}（{q.kana}）　みどり銀行 {R.choice(['芝支店', '川崎支店'])} 普通 {R.randint(1000000, 9999999)}　"
                  f"{R.randint(12, 60) * 1000:,}円")
add("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "two people's refund accounts (overpaid premiums, nothing medical): under five records, may be warned",
    sender=frm("saeki"), to=["みどり銀行 芝支店 為替係 <shiba-kawase@midori-ginko.co.jp>"],
    subject="保険料還付 振込依頼（2件）",
    charset="cp932",
    body=f"""みどり銀行 芝支店 為替係 御中

日の出産業健保 適用課の佐伯です。
任意継続保険料の過誤納分の還付として、下記2件の振込をお願いいたします。

{chr(10).join(_lines)}

振込指定日：10月20日（火）
{sig("saeki", 1)}""")

# 090 — seminar notice: To the society itself, members' free-mail addresses in Bcc
add("pass", [], ["freemail_recipient"],
    "free-mail members are in Bcc only (they cannot see each other); a plain announcement",
    sender=frm("hoshina"), to=["日の出産業健保 保健事業課 <hoken@hinode-sangyo.co.jp>"],
    bcc=["mayumi.kanno33@gmail.com", "igarashi_shingo@yahoo.co.jp", "aoi.higa@icloud.com"],
    subject="【日の出産業健保】オンライン禁煙プログラム 参加者募集",
    charset="utf-8",
    body=f"""任意継続被保険者・ご家族の皆様

日の出産業健康保険組合 保健事業課です。
オンライン禁煙プログラムの参加者を募集しています。

　期間：令和8年12月〜令和9年3月（全6回のオンライン面談）
　費用：無料（禁煙補助薬の費用も健保が負担します）
　申込：11月20日までに健保ホームページの申込フォームから

ご家族の方もお申し込みいただけます。
{sig("hoshina")}""")

# 091 — two external organisations (printer and carrier) in To/Cc
add("pass", [], ["multiple_external_domains"],
    "printer and carrier (two organisations) in To/Cc about a shipment schedule",
    sender=frm("yoshino"), to=["梶原様 <kajiwara@nishiki-insatsu.co.jp>"],
    cc=["青葉運輸 芝営業所 <shiba@aoba-unyu.co.jp>"],
    subject="資格確認書 事業所宛て発送のスケジュール",
    charset="iso-2022-jp",
    body=f"""錦印刷 梶原様
（cc：青葉運輸 芝営業所様）

日の出産業健保の吉野です。
資格確認書の事業所宛て発送について、段取りを共有します。

　10/13（火）　錦印刷様にて封入封緘・事業所別に箱詰め（6箱）
　10/14（水）15:00　錦印刷様 川崎工場にて青葉運輸様が集荷
　10/15（木）　各事業所に午前着

箱には事業所名と「健保書類在中」の表示をお願いします。
{sig("yoshino", 1)}""")

# 092 — print proofs in a ZIP with dummy sample data
add("pass", [], [],
    "proofs with an obvious dummy sample (見本 日出 太郎, ＸＸＸＸ): no real person",
    sender=frm("saeki"), to=["錦印刷 梶原様 <kajiwara@nishiki-insatsu.co.jp>"],
    subject="資格確認書 台紙 校正（見本データ入り）",
    charset="utf-8",
    body=f"""梶原様

佐伯です。資格確認書の台紙の校正を戻します。
見本データの印字位置を2mm右へずらしてください。
{sig("saeki", 2)}""",
    attachments=[{"kind": "zip", "name": "kousei_daishi_v2.zip",
                  "files": [{"kind": "pdf", "name": "daishi_omote.pdf",
                             "lines": ["資格確認書（見本）", "保険者番号 ＸＸＸＸＸＸＸＸ",
                                       "記号 ＸＸＸＸ　番号 ＸＸ　枝番 ＸＸ", "氏名　日出　太郎（見本）",
                                       "有効期限　令和ＸＸ年ＸＸ月ＸＸ日", "日の出産業健康保険組合"]},
                            {"kind": "txt", "name": "修正指示.txt",
                             "text": "1. 見本データの印字位置を2mm右へ\n2. 問い合わせ先の電話番号を最新に\n"}]}])

# 093 — English: plan codes and dates to an overseas consultant
add("pass", [], [],
    "English mail with plan codes, dates and budget figures: no personal data",
    sender=frm("isurugi"), to=["Daniel Whitmore <d.whitmore@northbridge-consulting.com>"],
    subject="Re: RFP timeline",
    charset="utf-8",
    body=f"""Hi Daniel,

Thanks for the revised timeline. A few comments:

- WP-02 (requirements) should finish by 2026-12-18, not 2027-01-08, because
  our board meets on 2027-01-14.
- Please split line item C-114 (data migration) into C-114a (receipts,
  approx. 9.2 million records) and C-114b (membership master).
- Budget code HK-IT-27-003 is correct.

Let's discuss on Thursday.
{sig("isurugi", 3)}""")

# 094 — the society's own insurer number for an online eligibility setting (not a person)
add("pass", [], [],
    "only the society's own 保険者番号 and configuration values: no individual",
    sender=frm("isurugi"), to=["support@tsubasa-system.jp"],
    subject="オンライン資格確認 接続設定の確認",
    charset="cp932",
    body=f"""ツバサシステム サポートご担当者様

石動です。オンライン資格確認の接続設定について確認させてください。

　保険者番号：{INSURER_NO}
　接続先：本番環境（IP-VPN 経由）
　証明書の更新期限：2027/03/31
　夜間バッチの開始時刻：22:30（現行 23:00 から変更希望）

バッチ時刻の変更に伴う影響範囲を教えてください。
{sig("isurugi", 2)}""")

# 095 — one caller's kana name and phone for a callback (one person, nothing sensitive)
_q = P()
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one caller's name and phone for a callback about a bank transfer form: a single person, may be warned",
    sender=frm("nonomura"), to=["蔵本 SV <kuramoto@callbridge.co.jp>"],
    subject="折り返しのお願い（1件）",
    charset="iso-2022-jp",
    body=f"""蔵本様

野々村です。1件だけ折り返しをお願いします。

　{_q.kana}様　{zen(_q.mobile)}
　内容：任意継続保険料の口座振替依頼書の書き方（銀行印の欄について）
　希望時間帯：平日18時以降

よろしくお願いします。""")

# 096 — budget figures in XLSX to the external auditor
add("pass", [], [],
    "budget execution figures to the auditing firm: organisation data only",
    sender=frm("kadowaki"), to=["あおぞら監査法人 堀江様 <horie@aozora-audit.jp>"],
    subject="上期 予算執行状況の資料",
    charset="utf-8",
    body=f"""堀江様

お世話になっております。日の出産業健保の門脇です。
期中監査でご依頼のあった上期の予算執行状況をお送りします。
{sig("kadowaki")}""",
    attachments=[{"kind": "xlsx", "name": "R8上期_予算執行状況.xlsx",
                  "sheets": {"収入": [["科目", "予算額(千円)", "執行額(千円)", "執行率"],
                                     ["健康保険収入", 8_150_000, 4_102_330, "50.3%"],
                                     ["国庫負担金収入", 12_000, 5_880, "49.0%"],
                                     ["雑収入", 30_000, 11_204, "37.3%"]],
                             "支出": [["科目", "予算額(千円)", "執行額(千円)", "執行率"],
                                     ["保険給付費", 4_880_000, 2_501_118, "51.3%"],
                                     ["納付金", 2_840_000, 1_420_000, "50.0%"],
                                     ["保健事業費", 395_000, 151_760, "38.4%"],
                                     ["事務費", 212_000, 99_310, "46.8%"]]}}])

# 097 — DOCX minutes with board members' names only
add("pass", [], [],
    "meeting minutes naming board members (names only, no data about them)",
    sender=frm("kadowaki"), to=["久米 様 <kume@yamabuki-sr.jp>"],
    subject="理事会議事録（案）のご確認",
    charset="iso-2022-jp",
    body=f"""久米先生

門脇です。先日の理事会の議事録（案）です。
規約改正の部分の表現をご確認いただけますでしょうか。
{sig("kadowaki", 2)}""",
    attachments=[{"kind": "docx", "name": "理事会議事録_案_1009.docx",
                  "paragraphs": ["日の出産業健康保険組合 第142回理事会 議事録（案）",
                                 "日時：令和8年10月9日（金）10:00〜11:30　場所：本社7階会議室",
                                 "出席理事：長尾 弘（理事長）、門脇 俊介、石渡 和彦、近衛 玲子、藤堂 誠",
                                 "第1号議案 規約の一部改正（付加給付の見直し）　原案どおり可決",
                                 "第2号議案 令和8年度上期事業報告　承認",
                                 "議長は以上をもって閉会を宣した。"]}])

# ======================================================================================
# 098-100: either
# ======================================================================================

# 098 — six committee members: names and departments only, to the event company
_lines = []
for _i in range(6):
    q = P()
    _lines.append(f"・{q.name}（{R.choice(['本社 総務部', '川崎工場 製造1課', '浜松工場 生産管理課', '大阪支店 営業2課', '福岡営業所', '本社 経理部'])}）")
add("either", ["PERSON_NAME"], ["personal_data"],
    "six employees' names with departments only (no contact data): a list of people or just names?",
    sender=frm("hoshina"), to=["イベントプラス 企画部 <kikaku@eventplus.co.jp>"],
    subject="健康づくり推進委員 研修会の名札作成",
    charset="utf-8",
    body=f"""イベントプラス 企画部 ご担当者様

日の出産業健保の保科です。研修会の名札をお願いしたい委員の方です。

{chr(10).join(_lines)}

名札はフルネーム・所属入りでお願いします。
{sig("hoshina", 2)}""")

# 099 — pseudonymous receipts: control number, age, sex and diagnosis, to the reviewer
_rows = [["レセ管理番号", "年齢", "性別", "主傷病名", "医療機関コード"]]
for _i in range(7):
    _rows.append([f"R2607-{R.randint(100, 9999):05d}", str(R.randint(20, 74)), R.choice(["男", "女"]),
                  R.choice(["2型糖尿病", "うつ病", "慢性腎臓病", "関節リウマチ", "C型慢性肝炎"]),
                  f"13{R.randint(10000000, 99999999)}"])
add("either", ["SENSITIVE_CATEGORY"], ["personal_data"],
    "diagnoses per receipt with age and sex but no names or 記号番号: pseudonymous health data to the reviewer",
    sender=frm("senga"), to=["福永 様 <fukunaga@medreview-japan.co.jp>"],
    subject="高額レセプトの傾向分析用データ",
    charset="utf-8",
    body=f"""福永様

千賀です。分析用に、7月診療分の高額上位7件の概要です（氏名・記号番号は外しています）。

{table(_rows, rule='=')}

同一医療機関からの請求に偏りがないかの観点でご確認ください。
{sig("senga", 2)}""")

# 100 — five names who applied for sickness allowance (no diagnosis), to the 社労士 office
_lines = []
for _i in range(5):
    q = P()
    _lines.append(f"{q.name}　{R.choice(['川崎工場', '本社', '浜松工場', '大阪支店'])}　受付 10/{R.randint(1, 9)}")
add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "five named employees on sick leave (sickness-allowance applicants) without diagnoses: health data or not?",
    sender=frm("osone"), to=["やまぶき社労士法人 事務局 <office@yamabuki-sr.jp>"],
    subject="傷病手当金 申請受付済みの方（事業主証明の依頼先）",
    charset="iso-2022-jp",
    body=f"""やまぶき社会保険労務士法人 事務局御中

給付課の大曽根です。
10月受付の傷病手当金申請のうち、事業主証明欄が未記入だった5名です。
会社への証明依頼の取りまとめをお願いします。

{chr(10).join(_lines)}

{sig("osone", 2)}""")
