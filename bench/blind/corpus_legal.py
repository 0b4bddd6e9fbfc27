"""Blind corpus, area ``legal``: written from BRIEF.md alone (with build.py's helpers and
SPEC.md's detector and entity names), without reading mailguard's code or the other
corpora.  It covers the mail 日の出産業's 総務・法務・人事・経理 staff exchange with outside
professionals and authorities: 司法書士 (役員変更・本店移転・株式の相続による名義書換の登記),
行政書士 (在留資格・許認可), 社会保険労務士 (資格取得・算定・労災・傷病手当金・障害者雇用),
税理士 (法定調書・年末調整・相続税評価), 弁護士 (債権回収・労務トラブル・内部通報・訴訟資料・
litigation hold), the 株主名簿管理人 and 市役所 — with shareholder registers, officer and heir
lists, debtor lists, My Numbers and ID documents, 要配慮個人情報 of one employee,
confidential-stamped memos, PPAP zips and look-alike law-firm domains among the stops, and
business lists, single contacts, NDA talk, quoted replies, case numbers and internal-only
mail among the passes.
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# invented people and helpers
# ---------------------------------------------------------------------------------------

SEI = [
    ("四月一日", "ワタヌキ", "Watanuki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("東海林", "ショウジ", "Shoji"),
    ("五十嵐", "イガラシ", "Igarashi"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("佐々木", "ササキ", "Sasaki"), ("渡邊", "ワタナベ", "Watanabe"),
    ("齋藤", "サイトウ", "Saito"), ("栗林", "クリバヤシ", "Kuribayashi"),
    ("百目鬼", "ドウメキ", "Domeki"), ("一青", "ヒトト", "Hitoto"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("御手洗", "ミタライ", "Mitarai"),
    ("鬼頭", "キトウ", "Kito"), ("比嘉", "ヒガ", "Higa"), ("金城", "キンジョウ", "Kinjo"),
    ("宇佐美", "ウサミ", "Usami"), ("仲村渠", "ナカンダカリ", "Nakandakari"),
    ("神宮寺", "ジングウジ", "Jingūji"), ("安曇", "アズミ", "Azumi"),
    ("村主", "スグリ", "Suguri"), ("秋葉", "アキバ", "Akiba"), ("野々村", "ノノムラ", "Nonomura"),
    ("丹羽", "ニワ", "Niwa"), ("帯刀", "タテワキ", "Tatewaki"), ("南雲", "ナグモ", "Nagumo"),
    ("寒川", "サムカワ", "Samukawa"), ("菅野", "カンノ", "Kanno"), ("伊集院", "イジュウイン", "Ijuin"),
    ("小野寺", "オノデラ", "Onodera"), ("千葉", "チバ", "Chiba"), ("今泉", "イマイズミ", "Imaizumi"),
    ("柳田", "ヤナギダ", "Yanagida"), ("能登", "ノト", "Noto"), ("蓮見", "ハスミ", "Hasumi"),
    ("大庭", "オオバ", "Oba"), ("日下部", "クサカベ", "Kusakabe"), ("設楽", "シタラ", "Shitara"),
    ("水無瀬", "ミナセ", "Minase"), ("土師", "ハジ", "Haji"), ("若狭", "ワカサ", "Wakasa"),
    ("保坂", "ホサカ", "Hosaka"), ("真壁", "マカベ", "Makabe"), ("鷲見", "スミ", "Sumi"),
    ("宍戸", "シシド", "Shishido"), ("須藤", "スドウ", "Sudo"), ("桑原", "クワハラ", "Kuwahara"),
    ("堀之内", "ホリノウチ", "Horinouchi"), ("久米", "クメ", "Kume"), ("大城", "オオシロ", "Oshiro"),
    ("工藤", "クドウ", "Kudo"), ("瀬戸口", "セトグチ", "Setoguchi"), ("早乙女", "サオトメ", "Saotome"),
    ("戸田", "トダ", "Toda"), ("国分", "コクブ", "Kokubu"), ("浅利", "アサリ", "Asari"),
    ("梶原", "カジワラ", "Kajiwara"), ("生田目", "ナマタメ", "Namatame"), ("三ツ矢", "ミツヤ", "Mitsuya"),
    ("相楽", "サガラ", "Sagara"), ("我妻", "ワガツマ", "Wagatsuma"), ("羽生", "ハニュウ", "Hanyu"),
]

MEI_M = [
    ("健太", "ケンタ", "Kenta"), ("大輔", "ダイスケ", "Daisuke"), ("翔", "ショウ", "Sho"),
    ("隆之", "タカユキ", "Takayuki"), ("誠一", "セイイチ", "Seiichi"), ("和也", "カズヤ", "Kazuya"),
    ("悠真", "ユウマ", "Yuma"), ("正樹", "マサキ", "Masaki"), ("俊介", "シュンスケ", "Shunsuke"),
    ("浩二", "コウジ", "Koji"), ("拓海", "タクミ", "Takumi"), ("英明", "ヒデアキ", "Hideaki"),
    ("剛", "ツヨシ", "Tsuyoshi"), ("勇人", "ハヤト", "Hayato"), ("信吾", "シンゴ", "Shingo"),
    ("徹", "トオル", "Toru"), ("龍之介", "リュウノスケ", "Ryunosuke"), ("茂", "シゲル", "Shigeru"),
    ("義男", "ヨシオ", "Yoshio"), ("蒼", "アオイ", "Aoi"),
]
MEI_F = [
    ("美咲", "ミサキ", "Misaki"), ("陽子", "ヨウコ", "Yoko"), ("彩", "アヤ", "Aya"),
    ("由美子", "ユミコ", "Yumiko"), ("真央", "マオ", "Mao"), ("千尋", "チヒロ", "Chihiro"),
    ("恵", "メグミ", "Megumi"), ("沙織", "サオリ", "Saori"), ("結衣", "ユイ", "Yui"),
    ("香織", "カオリ", "Kaori"), ("智子", "トモコ", "Tomoko"), ("幸恵", "サチエ", "Sachie"),
    ("菜々子", "ナナコ", "Nanako"), ("静香", "シズカ", "Shizuka"), ("芳江", "ヨシエ", "Yoshie"),
    ("凛", "リン", "Rin"), ("晴美", "ハルミ", "Harumi"), ("亜希", "アキ", "Aki"),
]

PLACES = [
    ("埼玉県", "さいたま市浦和区", "岸町", "330-0064"), ("埼玉県", "川口市", "芝新町", "333-0851"),
    ("埼玉県", "所沢市", "小手指町", "359-1141"), ("埼玉県", "越谷市", "千間台東", "343-0041"),
    ("東京都", "板橋区", "常盤台", "174-0071"), ("東京都", "練馬区", "石神井台", "177-0045"),
    ("東京都", "世田谷区", "経堂", "156-0052"), ("東京都", "府中市", "若松町", "183-0005"),
    ("東京都", "北区", "赤羽西", "115-0055"), ("神奈川県", "横浜市港北区", "日吉本町", "223-0062"),
    ("神奈川県", "川崎市中原区", "木月", "211-0025"), ("神奈川県", "相模原市南区", "相模大野", "252-0303"),
    ("千葉県", "船橋市", "前原西", "274-0825"), ("千葉県", "松戸市", "常盤平", "270-2261"),
    ("千葉県", "柏市", "豊四季", "277-0863"), ("群馬県", "高崎市", "上並榎町", "370-0801"),
    ("栃木県", "宇都宮市", "今泉町", "321-0966"), ("茨城県", "つくば市", "竹園", "305-0032"),
    ("静岡県", "浜松市中央区", "佐鳴台", "432-8021"), ("宮城県", "仙台市青葉区", "八幡", "980-0871"),
    ("大阪府", "吹田市", "千里山西", "565-0851"), ("愛知県", "名古屋市昭和区", "八事本町", "466-0825"),
    ("新潟県", "長岡市", "学校町", "940-0055"), ("沖縄県", "那覇市", "首里当蔵町", "903-0812"),
]
BLDG = ["メゾン", "コーポ", "グランハイツ", "サンライズ", "パークサイド", "ルミエール"]
BLDG2 = ["桜", "欅", "青葉", "若草", "日吉", "南台"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp"]
BANKS = [("みどり銀行", ["大宮支店", "浦和支店", "川越支店"]), ("東武信用金庫", ["本店営業部", "越谷支店"]),
         ("ゆうちょ銀行", ["〇一八店", "〇二八店"]), ("さきたま銀行", ["所沢支店", "熊谷支店"]),
         ("関東中央銀行", ["新宿支店", "池袋支店", "赤羽支店"])]

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")
_ZEN_ISO = str.maketrans("0123456789-", "０１２３４５６７８９−")


def zen(s: str, iso: bool = False) -> str:
    """Full-width digits; '－' (cp932/utf-8) or '−' (encodable in ISO-2022-JP)."""
    return str(s).translate(_ZEN_ISO if iso else _ZEN)


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, abbr, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, abbr, y = "平成", "H", d.year - 1988
    else:
        era, abbr, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "zen":
        return f"{era}{zen(y)}年{zen(d.month)}月{zen(d.day)}日"
    if style == "abbr":
        return f"{abbr}{y}.{d.month}.{d.day}"
    if style == "abbrzen":
        return f"{'ＲＨＳ'['RHS'.index(abbr)]}{zen(y)}．{zen(d.month)}．{zen(d.day)}"
    raise ValueError(style)


def corp_number(seed: int) -> str:
    """A 13-digit 法人番号 with a valid leading check digit."""
    r = random.Random(f"corp-{seed}")
    body = [r.randrange(10) for _ in range(12)]
    body[0] = r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9])
    total = 0
    for n in range(1, 13):  # n-th digit from the right
        total += body[12 - n] * (1 if n % 2 else 2)
    return str(9 - total % 9) + "".join(map(str, body))


def license_number(seed: int) -> str:
    """運転免許証番号: 12 digits, 11th a modulus-11 check digit over the first ten."""
    r = random.Random(f"dl-{seed}")
    head = "30"  # 東京都公安委員会
    digits = [int(c) for c in head] + [r.randrange(10) for _ in range(8)]
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(a * b for a, b in zip(digits, w)) % 11
    c = 0 if c >= 10 else c
    return "".join(map(str, digits)) + str(c) + str(r.choice([0, 0, 0, 1]))


class P:
    """An invented private person."""

    def __init__(self, seed: str, sei=None, female=None, year_range=(1955, 2001)):
        r = random.Random(f"legal-person-{seed}")
        self.r = r
        s = sei or r.choice(SEI)
        if female is None:
            female = r.random() < 0.45
        m = r.choice(MEI_F if female else MEI_M)
        self.female = female
        self.sei, self.sei_kana, self.sei_ro = s
        self.mei, self.mei_kana, self.mei_ro = m
        self.name = f"{self.sei} {self.mei}"
        self.name_nospace = f"{self.sei}{self.mei}"
        self.kana = f"{self.sei_kana} {self.mei_kana}"
        self.romaji = f"{self.mei_ro} {self.sei_ro.upper()}"
        self.dob = _dt.date(r.randint(*year_range), r.randint(1, 12), r.randint(1, 28))
        pref, city, town, zipc = r.choice(PLACES)
        self.pref, self.city, self.town, self.zip = pref, city, town, zipc
        self.chome, self.ban, self.go = r.randint(1, 5), r.randint(1, 30), r.randint(1, 25)
        self.bldg = ""
        if r.random() < 0.35:
            self.bldg = f"{r.choice(BLDG)}{r.choice(BLDG2)}{r.randint(1, 6)}0{r.randint(1, 9)}"
        self.mobile = f"{r.choice(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        self.home = f"0{r.choice(['48', '3', '4', '42', '47'])}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"
        if self.home.startswith("03") or self.home.startswith("04-"):
            self.home = f"03-{r.randint(3000, 6999)}-{r.randint(1000, 9999)}"
        self.email = (f"{self.mei_ro.lower().replace('ū', 'u')}.{self.sei_ro.lower().replace('ū', 'u')}"
                      f"{r.randint(1, 98)}@{r.choice(FREEMAIL)}")
        bank, branches = r.choice(BANKS)
        self.bank = f"{bank} {r.choice(branches)} 普通 {r.randint(1000000, 9999999)}"
        self.emp_no = f"H{r.randint(10, 26):02d}{r.randint(100, 999)}"
        self.pension = f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}"
        self.koyo = f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}-{r.randint(0, 9)}"

    def addr(self, with_zip: bool = False, chome_kanji: bool = False) -> str:
        if chome_kanji:
            kan = "〇一二三四五"[self.chome]
            a = f"{self.pref}{self.city}{self.town}{kan}丁目{self.ban}番{self.go}号"
        else:
            a = f"{self.pref}{self.city}{self.town}{self.chome}-{self.ban}-{self.go}"
        if self.bldg:
            a += f" {self.bldg}"
        return (f"〒{self.zip} " + a) if with_zip else a

    def dob_iso(self) -> str:
        return self.dob.strftime("%Y/%m/%d")


def people(tag: str, n: int, **kw) -> list[P]:
    """n people with distinct surnames (as far as the list allows)."""
    r = random.Random(f"legal-people-{tag}")
    surnames = r.sample(SEI, min(n, len(SEI)))
    while len(surnames) < n:
        surnames.append(r.choice(SEI))
    return [P(f"{tag}-{i}", sei=surnames[i], **kw) for i in range(n)]


def family(tag: str, sei: tuple, spec: list) -> list[P]:
    """Heirs: spec is a list of (keeps the surname?, female?, birth-year range)."""
    out = []
    for i, (same, female, yr) in enumerate(spec):
        out.append(P(f"{tag}-{i}", sei=sei if same else None, female=female, year_range=yr))
    return out


def pad(s: str, width: int) -> str:
    """Left-justify to a display width (full-width characters count two)."""
    w = sum(2 if ord(c) > 0x7F else 1 for c in s)
    return s + " " * max(width - w, 0)


# ---------------------------------------------------------------------------------------
# who writes, and to whom
# ---------------------------------------------------------------------------------------

OWN = "hinode-sangyo.co.jp"

MIWA = "三輪 真琴 <miwa.makoto@hinode-sangyo.co.jp>"
IIBOSHI = "飯干 陽介 <iiboshi.yosuke@hinode-sangyo.co.jp>"
SOMA = "相馬 りえ <soma.rie@hinode-sangyo.co.jp>"
URUNO = "宇留野 哲 <uruno.satoshi@hinode-sangyo.co.jp>"
TOKANO = "戸叶 恭子 <tokano.kyoko@hinode-sangyo.co.jp>"
OKONOGI = "小此木 萌 <okonogi.moe@hinode-sangyo.co.jp>"
HIWATASHI = "樋渡 篤志 <hiwatashi.atsushi@hinode-sangyo.co.jp>"
KAMEI = "Kenji Kamei <kamei.kenji@hinode-sangyo.co.jp>"
OWADA = "大和田 修 <owada.osamu@hinode-sangyo.co.jp>"

SIG_MIWA = """
――――――――――――――――――――
日の出産業株式会社　総務部 法務課
三輪 真琴（Miwa Makoto）
〒330-0854 埼玉県さいたま市大宮区桜木町4-2-15
TEL 048-640-7215 ／ FAX 048-640-7299
miwa.makoto@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_IIBOSHI = """
--
日の出産業(株) 人事部 労務グループ
飯干 陽介
TEL: 048-640-7302(直通) 内線 3302
iiboshi.yosuke@hinode-sangyo.co.jp"""

SIG_SOMA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
経理部 税務チーム　相馬 りえ
TEL 048-640-7240
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_URUNO = """
------------------------------------------
日の出産業株式会社 総務部 株式・機関担当
宇留野 哲（うるの さとし）
〒330-0854 さいたま市大宮区桜木町4-2-15
Tel 048-640-7218 / uruno.satoshi@hinode-sangyo.co.jp
------------------------------------------"""

SIG_TOKANO = """
日の出産業株式会社
法務部長　戸叶 恭子
TEL 048-640-7210"""

SIG_OKONOGI = """
----
人事部 給与・社会保険チーム
小此木 萌 (おこのぎ もえ)
日の出産業株式会社
TEL 048-640-7305"""

SIG_HIWATASHI = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
コンプライアンス推進室　樋渡 篤志
TEL 048-640-7260（内線 2260）
━━━━━━━━━━━━━━━━━━━━"""

SIG_KAMEI = """
Kenji Kamei
Legal Department, Hinode Sangyo Co., Ltd.
4-2-15 Sakuragi-cho, Omiya-ku, Saitama 330-0854, Japan
Tel: +81-48-640-7212"""

SIG_OWADA = """
日の出産業株式会社 総務部長
大和田 修
TEL 048-640-7200"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited."""

# outside professionals (invented)
SHIRAKAWA = "白川 宗一郎 <shirakawa@shirakawa-law.jp>"
TSUGE = "柘植 美沙 <tsuge@shirakawa-law.jp>"
NEGORO = "根來 志保 <negoro@shirakawa-law.jp>"
HAMASAKI = "浜崎 航 <hamasaki@minato-touki.jp>"
MINATO_JIMU = "みなと登記事務所 <info@minato-touki.jp>"
KUJI = "久慈 典子 <kuji@aozora-kaikei.jp>"
AOZORA2 = "宮古 大地 <miyako@aozora-kaikei.jp>"
MIYASHIRO = "宮代 奈緒 <miyashiro@himawari-roumu.jp>"
HIMAWARI2 = "ひまわり労務 手続担当 <tetsuzuki@himawari-roumu.jp>"
TAKANE = "高嶺 仁 <takane@takane-gyosei.jp>"
OSUGA = "大須賀 孝 <osuga@toto-servicer.co.jp>"
ISURUGI = "石動 佳奈 <isurugi.kana@daiko.chuo-shintaku.co.jp>"
HIBARI = "雲雀 一馬 <hibari@kodama-sogo-law.jp>"
WHITCOMBE = "Daniel Whitcombe <dwhitcombe@harperlowe.com>"
TAN = "Melissa Tan <melissa.tan@tanreyes.com.sg>"
NAGISA = "渚 孝之 <nagisa@nagisa-cpa.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"legal-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# ---------------------------------------------------------------------------------------
# the messages
# ---------------------------------------------------------------------------------------

# 1 — shareholder register (XLSX, title row, two sheets) to the 司法書士
_sh = people("kabunushi", 27)
_sh_rows = [["日の出産業株式会社　株主名簿（2026年9月30日現在）"], [],
            ["株主番号", "氏名又は名称", "住所", "所有株式数", "取得年月日", "備考"]]
for _i, _p in enumerate(_sh):
    _sh_rows.append([f"{_i + 1:04d}", _p.name, _p.addr(with_zip=True), (_i * 37 % 900) + 100,
                     f"20{_i % 20 + 5:02d}/0{_i % 9 + 1}/15", "相続により取得" if _i == 11 else ""])
_sh_rows += [["0028", "日の出産業従業員持株会", "埼玉県さいたま市大宮区桜木町4-2-15", 4200, "2008/04/01", ""],
             ["0029", "みどり銀行株式会社", "東京都千代田区丸の内1-6-1", 6000, "1998/07/10", ""],
             ["0030", "川崎電機株式会社", "神奈川県川崎市幸区堀川町72-3", 5500, "2001/11/20", ""]]
add(
    expect="stop", charset="utf-8", sender=URUNO, to=[HAMASAKI],
    subject="株主名簿（9/30現在）送付の件／名義書換および臨時株主総会の件",
    body=f"""みなと登記事務所
司法書士 浜崎 様

いつも大変お世話になっております。
日の出産業の宇留野です。

先日ご相談いたしました、株式の相続による名義書換および11月の臨時株主総会の件で、
最新の株主名簿（2026年9月30日現在）をお送りいたします。
株主番号0012の方が相続により取得された株式です（備考欄に記載しております）。

「集計」シートに個人・法人別の株主数も入れておりますので、
総会の定足数の確認にお使いください。

招集通知の文案は来週前半にお送りする予定です。
何卒よろしくお願いいたします。
{SIG_URUNO}
""",
    attachments=[{"kind": "xlsx", "name": "株主名簿_20260930.xlsx",
                  "sheets": {"株主名簿": _sh_rows,
                             "集計": [["区分", "株主数", "所有株式数"], ["個人", 27, 14210],
                                      ["法人", 2, 11500], ["持株会", 1, 4200], ["合計", 30, 29910]]}}],
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="株主名簿（個人株主27名の氏名・住所）のXLSXを社外の司法書士へ: 人の一覧",
)

# 2 — 役員全員の重任: plain-text table padded with spaces, 和暦 dates, ISO-2022-JP
_yak = [P("daihyo", sei=("辰巳", "タツミ", "Tatsumi"), female=False, year_range=(1958, 1962))]
_yak += people("yakuin", 5, year_range=(1950, 1975))
_titles = ["代表取締役", "取締役", "取締役", "取締役", "常勤監査役", "監査役"]
_lines = [pad("役職", 12) + pad("氏名", 14) + pad("生年月日", 20) + "住所",
          "-" * 90]
for _t, _p in zip(_titles, _yak):
    _lines.append(pad(_t, 12) + pad(_p.name, 14) + pad(wareki(_p.dob), 20) + _p.addr(chome_kanji=True))
add(
    expect="stop", charset="iso-2022-jp", sender=MIWA, to=[HAMASAKI], cc=[TOKANO],
    subject="役員重任登記のご依頼（定時株主総会後）",
    body=f"""浜崎先生

お世話になっております。日の出産業 法務課の三輪でございます。

先般の定時株主総会にて取締役・監査役の全員が任期満了により重任となりましたので、
役員変更登記をお願いしたく、ご連絡いたしました。
登記申請に必要となる各役員の情報を下記にまとめております。

{chr(10).join(_lines)}

※住所はいずれも住民票の記載どおりです。
※就任承諾書・議事録の原本は本日レターパックにて発送いたしました。

ご不明な点がございましたらお知らせください。
よろしくお願いいたします。
{SIG_MIWA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="役員6名の氏名・和暦生年月日・住所を空白揃えの表で司法書士へ: 5名以上の一覧",
)

# 3 — pass: only the officers' names, schedule of the registration
add(
    expect="pass", charset="iso-2022-jp", sender=MIWA, to=[HAMASAKI],
    subject="Re: 役員重任登記のご依頼（定時株主総会後）",
    body=f"""浜崎先生

ご連絡ありがとうございます。三輪です。

申請日について、10月14日（火）で問題ございません。
登記完了後の履歴事項全部証明書は3通お願いできますでしょうか。
（金融機関提出用に2通、社内保管用に1通です）

なお、代表取締役の辰巳は当日終日出張のため、
ご確認のお電話は私宛てにいただけますと幸いです。

引き続きよろしくお願いいたします。
{SIG_MIWA}

> 日の出産業株式会社
> 三輪 様
>
> 書類一式、本日受領いたしました。
> 申請日は10月14日を予定しておりますがよろしいでしょうか。
> 登記完了まではおおむね1週間から10日ほどです。
>
> 司法書士法人みなと登記事務所
> 司法書士 浜崎 航
""",
    entities=[], detectors=[],
    note="登記申請日の調整と証明書の通数のみ。代表者名は氏名だけで他の情報なし",
)

# 4 — 算定基礎届: CSV (CP932) of 40 employees with 基礎年金番号 to the 社労士
_emp = people("santei", 40)
_csv = [["社員番号", "氏名", "フリガナ", "生年月日", "基礎年金番号", "4月報酬", "5月報酬", "6月報酬", "従前標準報酬月額"]]
for _i, _p in enumerate(_emp):
    _base = 220000 + (_i * 7919) % 260000
    _csv.append([_p.emp_no, _p.name, _p.kana, _p.dob_iso(), _p.pension,
                 _base + 3100, _base - 800, _base + 12400, (_base // 10000) * 10000])
add(
    expect="stop", charset="shift_jis", sender=OKONOGI, to=[MIYASHIRO], cc=[HIMAWARI2],
    subject="【算定基礎届】対象者データ送付",
    body=f"""ひまわり労務
宮代様

お世話になっております。日の出産業の小此木です。
算定基礎届の作成用に、対象者40名分のデータをCSVでお送りします。

・4〜6月の支払実績（通勤手当含む）
・従前の標準報酬月額
・基礎年金番号（資格取得時の届出内容から転記しています）

6月に育休から復帰した者が1名おりますが、備考は別途お電話でご説明します。
提出期限が近く恐縮ですが、ご確認よろしくお願いいたします。
{SIG_OKONOGI}
""",
    attachments=[{"kind": "csv", "name": "santei_2026.csv", "encoding": "cp932", "rows": _csv}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="40名の基礎年金番号・生年月日入りCSV(CP932)を社労士へ: 一覧かつ基礎年金番号",
)

# 5 — 資格取得届: two new hires, one block each, My Number in the body
_nh = people("shutoku", 2, year_range=(1997, 2003))
_blocks = []
for _k, _p in enumerate(_nh):
    _blocks.append(f"""【{_k + 1}】{_p.name}（{_p.kana}）
　生年月日：{wareki(_p.dob, 'zen')}
　個人番号：{zen(my_number(500 + _k), iso=True)}
　住所：{_p.addr(with_zip=True)}
　資格取得日：令和８年１０月１日
　報酬月額：{zen(215000 + _k * 8000, iso=True)}円""")
add(
    expect="stop", charset="iso-2022-jp", sender=IIBOSHI, to=[HIMAWARI2],
    subject="10/1入社者 資格取得届の件",
    body=f"""ひまわり労務　手続ご担当者様

いつもお世話になっております。
日の出産業 人事部の飯干です。

10月1日付の中途入社者2名について、健康保険・厚生年金保険の資格取得届を
お願いいたします。基礎年金番号が不明のため、個人番号で届出いただけますでしょうか。

{chr(10).join(_blocks)}

被扶養者はいずれもおりません。
雇用保険の手続きも併せてお願いできれば幸いです。
{SIG_IIBOSHI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="入社者2名のマイナンバーを全角数字で本文に: マイナンバーは1件でも停止",
)

# 6 — pass: one new hire's details, no number
_p1 = P("one-hire", female=True, year_range=(1990, 1998))
add(
    expect="pass", charset="utf-8", sender=IIBOSHI, to=[MIYASHIRO],
    subject="11/1入社 1名 雇用保険のみの手続きについて",
    body=f"""宮代様

お世話になっております。日の出産業の飯干です。

11月1日付でパートタイマー（週20時間）を1名採用いたします。
社会保険は対象外、雇用保険のみ加入となる見込みですので、手続きをお願いします。

氏名：{_p1.name}（{_p1.kana}）
生年月日：{_p1.dob.year}年{_p1.dob.month}月{_p1.dob.day}日
住所：{_p1.addr(with_zip=True)}
電話：{_p1.mobile}
前職：株式会社ヤマブキ商会（2026年7月退職）

雇用保険被保険者証は本人から回収済みで、明日郵送いたします。
よろしくお願いいたします。
{SIG_IIBOSHI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="入社者1名の連絡先・生年月日のみ（番号類なし）を顧問社労士へ: 1名分は警告どまり",
)

# 7 — 法定調書: XLSX with My Numbers of outside lecturers to the 税理士
_lect = people("koushi", 8)
_rows = [["令和8年分 報酬、料金、契約金及び賞金の支払調書 作成用データ"],
         ["支払者：日の出産業株式会社"], [],
         ["No", "支払を受ける者 氏名", "住所", "個人番号", "区分", "支払金額", "源泉徴収税額"]]
for _i, _p in enumerate(_lect):
    _amt = 60000 + _i * 45000
    _rows.append([_i + 1, _p.name, _p.addr(), my_number(700 + _i), "講演料" if _i % 3 else "原稿料",
                  _amt, int(_amt * 0.1021)])
add(
    expect="stop", charset="utf-8", sender=SOMA, to=[KUJI],
    subject="支払調書用データ（報酬・料金）ご送付",
    body=f"""あおぞら会計
久慈先生

いつもお世話になっております。日の出産業 経理部の相馬でございます。
法定調書（報酬、料金、契約金及び賞金の支払調書）の作成用データをお送りいたします。

対象は社外講師・執筆者の8名です。個人番号は本人から提供を受けた番号を
そのまま入力しております。
提出枚数の判定（5万円超）はまだ行っておりませんので、ご確認いただけますと幸いです。

よろしくお願いいたします。
{SIG_SOMA}
""",
    attachments=[{"kind": "xlsx", "name": "支払調書_報酬料金_R8.xlsx", "sheets": {"報酬": _rows}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="社外講師8名の個人番号・住所入りXLSXを税理士へ: マイナンバーかつ一覧",
)

# 8 — pass: invoice from the 税理士, reply about T-number and invoice number
add(
    expect="pass", charset="shift_jis", sender=SOMA, to=[AOZORA2],
    subject="Re: 9月分顧問料 ご請求書送付のご案内",
    body=f"""あおぞら会計　宮古様

お世話になっております。日の出産業の相馬です。
請求書（請求番号 AZ-2026-0917）を受領いたしました。

支払処理のため、適格請求書発行事業者の登録番号を確認させてください。
請求書には「T{corp_number(81)}」と記載されておりますが、
国税庁の公表サイトで照会したところ問題ございませんでした。
10月末日に、下記のとおりお振込みいたします。

　顧問料（9月分）　　　　 55,000円（税込）
　決算申告準備 追加作業　 33,000円（税込）
　合計　　　　　　　　　　88,000円

引き続きよろしくお願いいたします。
{SIG_SOMA}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="顧問料請求書の番号・登録番号（法人番号）・金額のみ: 通常の経理連絡",
)

# 9 — 債権回収: tab-separated list of individual customers in arrears to the lawyer
_deb = people("mishu", 12)
_tsv = ["顧客番号\t氏名\t住所\t電話\t未収額\t最終入金日"]
for _i, _p in enumerate(_deb):
    _tsv.append(f"C{30211 + _i * 17}\t{_p.name}\t{_p.addr()}\t{_p.mobile if _i % 2 else _p.home}"
                f"\t{(_i * 3371) % 90000 + 18000:,}\t2026/0{_i % 6 + 1}/2{_i % 9}")
add(
    expect="stop", charset="utf-8", sender=MIWA, to=[TSUGE], cc=[SHIRAKAWA],
    subject="未収金（個人顧客）回収のご相談：対象者一覧",
    body=f"""白川法律事務所
柘植先生

お世話になっております。日の出産業の三輪です。
先日お打合せいたしました、リフォーム部門の個人顧客向け未収金の件で、
督促状の送付を検討している対象者の一覧をお送りします。
（社内システムからコピーしたため、タブ区切りのままで失礼いたします）

{chr(10).join(_tsv)}

いずれも当社から2回以上書面で請求しておりますが、反応がない状況です。
内容証明の文案とあわせて、支払督促か少額訴訟かのご判断をいただけますと幸いです。
{SIG_MIWA}
{DISCLAIMER_JA}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="個人顧客12名の氏名・住所・電話・未収額をタブ区切りで弁護士へ: 人の一覧（免責文は無関係）",
)

# 10 — pass: list of debtor companies with 法人番号 (business list)
_co = [("株式会社ナガレ工務店", "埼玉県川越市新宿町3-14-2", 1_284_000),
       ("有限会社丸富設備", "東京都足立区千住旭町22-8", 652_300),
       ("株式会社コスモ住建", "千葉県松戸市松戸1139-2", 2_410_500),
       ("合同会社イーストリンク", "埼玉県草加市高砂2-9-1", 318_000),
       ("株式会社みやび内装", "東京都江戸川区中葛西5-33-7", 975_800),
       ("株式会社北斗ハウジング", "群馬県高崎市栄町16-11", 1_702_000)]
_lines = ["No  取引先名                 法人番号        本店所在地                        未収残高",
          "--  -----------------------  -------------   --------------------------------  ----------"]
for _i, (_n, _a, _m) in enumerate(_co):
    _lines.append(f"{_i + 1:<3} {pad(_n, 24)} {corp_number(200 + _i)}   {pad(_a, 33)} {_m:>10,}")
add(
    expect="pass", charset="iso-2022-jp", sender=MIWA, to=[TSUGE],
    subject="法人取引先の売掛金回収について（一覧）",
    body=f"""柘植先生

いつもお世話になっております。三輪です。
法人取引先6社について、売掛金の回収が滞っております。一覧を下記に記載します。

{chr(10).join(_lines)}

このうちコスモ住建は民事再生の申立てをしたとの情報があり、
債権届出の要否もあわせてご相談させてください。
{SIG_MIWA}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="債務者は法人6社（社名・法人番号・本店所在地・残高）: 事業者の一覧で個人データなし",
)

# 11 — 労務トラブル: one employee's diagnosis to the lawyer (要配慮, one person)
_a = P("utsu", sei=("帯刀", "タテワキ", "Tatewaki"), female=False, year_range=(1984, 1990))
add(
    expect="stop", charset="iso-2022-jp", sender=IIBOSHI, to=[SHIRAKAWA], cc=[TOKANO],
    subject="休職中社員の復職可否に関するご相談",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 人事部の飯干でございます。
法務部長の戸叶からご紹介いただいた件で、ご相談させてください。

営業二課の{_a.name}（{2026 - _a.dob.year}歳、社員番号{_a.emp_no}）が、
本年3月から休職しております。主治医の診断書には「うつ病、適応障害の疑い」とあり、
休職期間は来年1月末で満了となります。

先週、本人から「復職可」とする主治医の診断書が提出されましたが、
産業医面談では「時期尚早」との意見で、判断が分かれております。
また、本人は休職の原因が上司のパワハラであると主張しており、
代理人弁護士を通じた連絡がくる可能性もございます。

つきましては、
　・休職期間満了による退職扱いとした場合のリスク
　・産業医意見と主治医診断書が食い違う場合の会社の判断の在り方
についてご意見を伺えますでしょうか。
診断書の写しは面談の際にお持ちいたします。
{SIG_IIBOSHI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="特定の社員1名の病名（うつ病・適応障害）を弁護士へ: 要配慮個人情報は1名でも停止",
)

# 12 — 内部通報: harassment report with the victim's treatment, to the outside hotline lawyer
_v = P("tsuho-victim", sei=("能登", "ノト", "Noto"), female=True, year_range=(1995, 2000))
_x = P("tsuho-accused", sei=("真壁", "マカベ", "Makabe"), female=False, year_range=(1970, 1975))
add(
    expect="stop", charset="utf-8", sender=HIWATASHI, to=[HIBARI],
    subject="通報案件 2026-07 事実調査のお願い",
    body=f"""こだま総合法律事務所
雲雀先生

お世話になっております。コンプライアンス推進室の樋渡です。
先週、社内窓口に寄せられた通報について、外部調査をお願いしたくご連絡しました。

■通報者（被害申告者）
　物流センター 事務課　{_v.name}（入社4年目）
■行為者とされる者
　物流センター 課長　{_x.name}
■概要
　昨年末から、課内の会議や業務チャットで繰り返し人格を否定する発言を受けたとの申告。
　本人は9月から心療内科に通院しており、「適応障害」と診断され、
　現在は短時間勤務としています（診断書の写しを室で保管）。

本人は匿名を希望しておらず、調査への協力に同意しています。
ヒアリングの日程は、本人の通院日（毎週木曜）を避けていただけますと助かります。

よろしくお願いいたします。
{SIG_HIWATASHI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="ハラスメント通報で被害申告者の通院・診断名（適応障害）を外部弁護士へ: 要配慮個人情報",
)

# 13 — pass: NDA review
add(
    expect="pass", charset="utf-8", sender=MIWA, to=[TSUGE],
    subject="秘密保持契約書（北国フーズ様向け）レビューのお願い",
    body=f"""柘植先生

お世話になっております。三輪です。
北国フーズ様との共同商品開発に先立ち、秘密保持契約（NDA）を締結する予定です。
先方ひな形をベースに当社修正案を作成しましたので、レビューをお願いできますでしょうか。

主な論点は次の3点です。
１．「秘密情報」の定義：口頭開示の情報を含めるか（当社案は書面化を条件）
２．有効期間：先方案は契約終了後5年、当社案は3年
３．目的外使用の禁止と、従業員・委託先への開示範囲

機密保持の対象に試作品のレシピ情報が含まれるため、
返還・廃棄条項は先方案より厳しめにしております。

修正案（Word、変更履歴付き）は弊社の共有フォルダにアップロードしました。
リンクは別途お送りします。10月20日頃までにご意見をいただけますと幸いです。
{SIG_MIWA}
""",
    entities=[], detectors=[],
    note="秘密保持契約についての相談（「秘密情報」「機密保持」は話題であり表示ではない）",
)

# 14 — 労災: one worker's injury and diagnosis to the 社労士 (CP932)
_w = P("rousai", sei=("宍戸", "シシド", "Shishido"), female=False, year_range=(1966, 1972))
add(
    expect="stop", charset="shift_jis", sender=IIBOSHI, to=[MIYASHIRO],
    subject="労災（休業補償）手続きのお願い：物流センター",
    body=f"""宮代様

いつもお世話になっております。日の出産業の飯干です。
昨日、物流センターで労災事故が発生しましたので、手続きをお願いいたします。

－－－－－－－－－－－－－－－－
被災者：{_w.name}（{_w.kana}）
生年月日：{wareki(_w.dob, 'zen')}
住所：{_w.addr()}
所属：物流センター 入出庫課（フォークリフト運転）
発生日時：令和８年１０月７日　午前１０時２０分頃
状況：パレットの積み下ろし中、荷崩れした段ボールが右手に当たり転倒
傷病名：右橈骨遠位端骨折、右手関節捻挫（さいたま中央病院 整形外科）
見込み：全治８週間、当面は休業
－－－－－－－－－－－－－－－－

療養補償給付（様式第5号）は病院に提出済みです。
休業補償給付の請求書作成をお願いできますでしょうか。
平均賃金の計算用に、直近3か月の賃金台帳は明日お送りします。
{SIG_IIBOSHI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="被災者1名の傷病名（骨折）と生年月日・住所を社労士へ: 要配慮個人情報（病歴）",
)

# 15 — 社員の逮捕: criminal matter of one employee to the lawyer
_c = P("taiho", sei=("生田目", "ナマタメ", "Namatame"), female=False, year_range=(1988, 1993))
add(
    expect="stop", charset="utf-8", sender=TOKANO, to=[SHIRAKAWA],
    subject="【至急】従業員の逮捕に関するご相談",
    body=f"""白川先生

お世話になっております。戸叶です。
急ぎご相談させてください。

本日朝、所沢営業所の{_c.name}（営業職、入社8年目）の家族から、
昨夜、本人が酒気帯び運転の疑いで所沢警察署に逮捕されたとの連絡がありました。
私用車での帰宅途中とのことで、業務との関係はありませんが、
本人は物損事故も起こしているようです。

伺いたい点は以下です。
・勾留が続いた場合の欠勤の扱い（年休充当の可否）
・就業規則の懲戒事由（「会社の名誉を害する行為」）の適用の可否と時期
・報道された場合の対外対応

本人とは接見できておりません。明日午前にお電話でご相談できますでしょうか。
{SIG_TOKANO}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="特定社員の逮捕（犯罪の嫌疑）を弁護士へ: 要配慮個人情報は1名でも停止",
)

# 16 — pass: reply; the heirs' list is only in the quoted text from the 司法書士
_h = family("souzoku-quote", ("鷲見", "スミ", "Sumi"), [(True, True, (1950, 1955)), (True, False, (1975, 1980)),
                                       (False, True, (1977, 1982)), (True, False, (1980, 1985)),
                                       (False, True, (1983, 1988))])
_quoted = "\n".join(f"> 　{_p.name}　{_p.addr()}　{_p.mobile}" for _p in _h)
add(
    expect="pass", charset="iso-2022-jp", sender=URUNO, to=[HAMASAKI],
    subject="Re: 故・鷲見様ご所有株式の名義書換に関する相続人の確認",
    body=f"""浜崎先生

ご連絡ありがとうございます。宇留野です。
相続人5名様の記載内容、当社で把握している情報と相違ございません。
遺産分割協議書の写しを受領次第、名義書換の手続きを進めます。

株券不発行会社のため、名義書換請求書は相続人代表者様お一人の署名で
足りるという理解でよろしいでしょうか。
{SIG_URUNO}

-----Original Message-----
From: 浜崎 航 <hamasaki@minato-touki.jp>
Sent: Wednesday, October 8, 2026 4:12 PM
Subject: 故・鷲見様ご所有株式の名義書換に関する相続人の確認

> 宇留野様
> 戸籍の収集が完了し、相続人は以下の5名と確認できました。
{_quoted}
> 遺産分割協議により、株式は長男の方が単独で取得される予定です。
""",
    entities=[], detectors=[],
    note="相続人5名の一覧は司法書士本人から届いた引用部分のみ。新しい本文に個人データなし",
)

# 17 — three outside firms plus an heir on free mail, all in To/Cc
add(
    expect="stop", charset="iso-2022-jp", sender=TOKANO,
    to=[SHIRAKAWA, HAMASAKI, KUJI], cc=["辰巳 和子 <kazuko.tatsumi1952@gmail.com>"],
    subject="故 辰巳相談役の自社株承継に関する打合せ日程",
    body=f"""関係各位

いつもお世話になっております。日の出産業の戸叶でございます。

先月ご逝去された当社相談役 辰巳の保有株式の承継につきまして、
遺言の内容確認、相続税の申告、名義書換・登記の段取りを一度に整理したく、
関係者の皆様にお集まりいただく打合せを設定させていただきたく存じます。

候補日：
　10月21日（火）14:00〜16:00
　10月23日（木）10:00〜12:00
場所：当社本社 7階 役員会議室（オンライン併用可）

ご都合をお知らせください。
ご遺族の辰巳和子様にもご同席いただく予定です。
{SIG_TOKANO}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains",
                            "freemail_recipient"],
    note="弁護士・司法書士・税理士の3事務所と遺族個人がTo/Ccで互いに見える: 4者、Bccにすべき",
)

# 18 — pass: two outside firms in To (normal three-way meeting)
add(
    expect="pass", charset="utf-8", sender=MIWA, to=[SHIRAKAWA, HAMASAKI],
    subject="本店移転登記と契約書住所変更の件 打合せのご案内",
    body=f"""白川先生、浜崎先生

お世話になっております。日の出産業の三輪です。
来年4月の本店移転（さいたま市大宮区 → さいたま市中央区）に向けて、
登記と取引基本契約書の住所変更通知の進め方を三者でご相談させてください。

日時：11月5日（水）15:00〜16:00
方法：Teams（URLは前日までにお送りします）

議題
 1) 取締役会決議・定款変更の要否（定款の本店所在地は「さいたま市」のため不要の見込み）
 2) 移転登記の申請日と管轄
 3) 主要取引先への通知文の文案

よろしくお願いいたします。
{SIG_MIWA}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="社外2事務所（弁護士・司法書士）の三者打合せ: 2組織は通常の業務",
)

# 19 — look-alike of the partner law firm (l → i)
add(
    expect="stop", charset="utf-8", sender=MIWA, to=["柘植 美沙 <tsuge@shirakawa-iaw.jp>"],
    subject="準備書面（第3）ドラフトのご確認",
    body=f"""柘植先生

お世話になっております。三輪です。
令和7年(ワ)第1182号 請負代金請求事件について、
準備書面（第3）の事実関係部分に当社からのコメントを入れました。

・第2の3項：納品日の記載を「6月12日」→「6月19日」に修正
・第3の1項：検収書の日付は甲第14号証のとおり
・別紙の工程表：最新版に差し替え

次回期日（11月12日）の1週間前までに提出と伺っておりますので、
修正版をお送りいただければ社内で最終確認いたします。
{SIG_MIWA}
""",
    attachments=[{"kind": "docx", "name": "準備書面3_当社コメント.docx",
                  "paragraphs": ["令和7年(ワ)第1182号 請負代金請求事件", "準備書面（3）",
                                 "第1 被告の主張に対する認否", "第2 原告の主張の補充",
                                 "1 本件工事の納品日は令和7年6月19日である（甲第14号証）。",
                                 "2 被告は検収後も何ら異議を述べていない。"]}],
    entities=[], detectors=["lookalike_domain"],
    note="送信先 shirakawa-iaw.jp は顧問先 shirakawa-law.jp の l→i の紛らわしいドメイン",
)

# 20 — pass: shareholder register, internal only
_sh2 = people("kabunushi-int", 9)
_rows = [["株主番号", "氏名", "住所", "株式数"]] + [
    [f"{_i + 1:04d}", _p.name, _p.addr(), 300 + _i * 50] for _i, _p in enumerate(_sh2)]
add(
    expect="pass", charset="utf-8", sender=URUNO,
    to=[OWADA, "総務部 株式担当 <kabushiki@hinode-sangyo.co.jp>"],
    cc=[TOKANO],
    subject="臨時総会 議決権行使書の発送先リスト（確認用）",
    body=f"""大和田部長、株式担当各位

議決権行使書の発送先リストを添付します。
住所変更の届出があった3名（0004, 0006, 0009）は反映済みです。
発送は10月24日を予定しています。
{SIG_URUNO}
""",
    attachments=[{"kind": "xlsx", "name": "発送先リスト.xlsx", "sheets": {"発送先": _rows}}],
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=[],
    note="株主9名の住所リストだが宛先はすべて社内ドメイン: 何を含んでも送信可",
)

# 21 — investigation report stamped 極秘 (DOCX header) to the outside lawyer
add(
    expect="stop", charset="iso-2022-jp", sender=HIWATASHI, to=[HIBARI],
    subject="調査報告書（中間）のご送付",
    body=f"""雲雀先生

お世話になっております。樋渡です。
通報案件2026-05（経費精算の不正疑い）について、社内調査の中間報告書を添付いたします。
証憑との突合は9月分まで完了しています。
ご講評いただいたうえで、最終報告の構成についてご助言をお願いいたします。
{SIG_HIWATASHI}
""",
    attachments=[{"kind": "docx", "name": "調査報告書_中間_2026-05.docx", "page_header": "極秘",
                  "page_footer": "日の出産業株式会社 コンプライアンス推進室　複製・転送禁止",
                  "title": "調査報告書（中間）",
                  "paragraphs": ["調査報告書（中間）", "通報案件番号：2026-05",
                                 "1. 調査の経緯", "2. 調査の方法（証憑突合、関係者ヒアリング）",
                                 "3. 判明した事実：架空のタクシー代精算が計17件、合計184,300円",
                                 "4. 今後の調査予定"],
                  "tables": [[["項目", "件数", "金額"], ["タクシー代", "12", "121,800"],
                              ["会議費", "5", "62,500"]]]}],
    entities=[], detectors=["confidential_marking"],
    note="添付DOCXのヘッダーに「極秘」の区分表示: 社外の弁護士宛てでも秘密区分の文書は停止",
)

# 22 — PPAP: password ZIP of 年末調整 data to the 税理士
_ne = people("nencho", 14)
_rows = [["社員番号", "氏名", "個人番号", "配偶者", "扶養人数"]] + [
    [_p.emp_no, _p.name, my_number(900 + _i), "有" if _i % 2 else "無", _i % 4]
    for _i, _p in enumerate(_ne)]
add(
    expect="stop", charset="shift_jis", sender=SOMA, to=[KUJI],
    subject="年末調整データ（役員・管理職分）",
    body=f"""久慈先生

お世話になっております。相馬です。
年末調整のうち、先生の事務所で計算をお願いしている役員・管理職分のデータを
お送りします。ファイルにはパスワードを設定しております。
パスワードは別メールにてお送りいたします。
{SIG_SOMA}
""",
    attachments=[{"kind": "zip", "name": "nencho_R8_kanri.zip", "password": "Hnd#2026nc",
                  "files": [{"kind": "xlsx", "name": "年末調整_管理職.xlsx",
                             "sheets": {"一覧": _rows}}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="パスワード付きZIP（PPAP）で中身を検査できない: 読めない添付は停止",
)

# 23 — pass: list of branches (business addresses) for a registration
_br = [("札幌支店", "060-0042", "北海道札幌市中央区大通西7-2-1 大通ビル5F", "011-231-4470"),
       ("仙台支店", "980-0811", "宮城県仙台市青葉区一番町3-6-9", "022-212-0815"),
       ("名古屋支店", "460-0008", "愛知県名古屋市中区栄2-4-18 栄第一ビル3F", "052-201-7731"),
       ("大阪支店", "530-0001", "大阪府大阪市北区梅田1-11-4", "06-6344-2208"),
       ("福岡支店", "812-0011", "福岡県福岡市博多区博多駅前3-2-8", "092-472-6650")]
add(
    expect="pass", charset="iso-2022-jp", sender=MIWA, to=[HAMASAKI],
    subject="支店所在地一覧（支店登記の確認用）",
    body=f"""浜崎先生

いつもお世話になっております。三輪です。
現在登記されている支店の所在地一覧です。名古屋支店は11月にビル内で移転予定のため、
支店移転の登記をお願いする予定です（新住所は確定次第ご連絡します）。

""" + "\n".join(f"・{_n}　〒{_z}　{_a}　TEL {_t}" for _n, _z, _a, _t in _br) + f"""

登記事項と相違がないか、念のためご確認いただけますと幸いです。
{SIG_MIWA}
""",
    entities=[], detectors=[],
    note="自社支店5か所の所在地・代表電話: 事業所の一覧で人の情報ではない",
)

# 24 — 在留カード and passport of one foreign employee to the 行政書士
add(
    expect="stop", charset="utf-8", sender=IIBOSHI, to=[TAKANE],
    subject="在留期間更新許可申請（技術・人文知識・国際業務）の件",
    body=f"""高嶺先生

お世話になっております。日の出産業 人事部の飯干です。
海外営業部の社員について、在留期間の更新申請をお願いしたくご連絡いたしました。

氏名：NGUYEN THI LAN（グエン・ティ・ラン）
国籍：ベトナム
生年月日：1996年7月14日
在留カード番号：UH48203917KA
在留期限：2026年12月20日
旅券番号：C7319458
勤務先での職務：海外営業（ベトナム向け輸出の営業・通訳）

必要書類（源泉徴収票、住民税の課税・納税証明書、雇用契約書の写し）は
本人から回収次第お送りします。申請取次のご対応をよろしくお願いいたします。
{SIG_IIBOSHI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="外国人社員1名の在留カード番号・旅券番号を行政書士へ: 身分証番号は1名でも停止",
)

# 25 — pass: hotline statistics, no people
add(
    expect="pass", charset="utf-8", sender=HIWATASHI, to=[HIBARI],
    subject="内部通報制度 運用状況（上期）のご報告",
    body=f"""雲雀先生

お世話になっております。樋渡です。
上期（4〜9月）の内部通報制度の運用状況をご報告いたします。

| 区分                   | 件数 | うち外部窓口経由 | 調査完了 |
|------------------------|------|------------------|----------|
| ハラスメント           |    9 |                3 |        7 |
| 労働時間・賃金         |    4 |                1 |        4 |
| 経費・会計             |    2 |                2 |        1 |
| 取引先との関係         |    1 |                0 |        1 |
| その他                 |    3 |                1 |        3 |
| 合計                   |   19 |                7 |       16 |

前年同期（12件）から増加していますが、6月の研修以降に相談が増えたもので、
制度の認知が進んだ結果と受け止めています。
年度末の取締役会報告に向けて、通報者保護の観点からのご助言をお願いいたします。
{SIG_HIWATASHI}
""",
    entities=[], detectors=[],
    note="通報件数の区分別統計のみで個人は特定されない",
)

# 26 — unpaid overtime claim: HTML-only table of 15 former employees to the lawyer
_ot = people("zangyo", 15, year_range=(1975, 1999))
_trs = "\n".join(
    f"<tr><td>{_i + 1}</td><td>{_p.name}</td><td>{_p.addr()}</td><td>{_p.mobile}</td>"
    f"<td>{2015 + _i % 8}/04/01</td><td>{2024 + _i % 2}/{_i % 12 + 1:02d}/末</td>"
    f"<td style='text-align:right'>{(_i * 52371) % 1500000 + 200000:,}</td></tr>" for _i, _p in enumerate(_ot))
add(
    expect="stop", charset="utf-8", sender=IIBOSHI, to=[TSUGE], cc=[SHIRAKAWA],
    subject="未払残業代請求（元従業員）の件：請求者一覧",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>柘植先生</p>
<p>お世話になっております。日の出産業 人事部の飯干です。<br>
元従業員側代理人から届いた通知書に記載の請求者15名について、当社の記録をまとめました。<br>
請求額は先方の試算額をそのまま転記しています。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>住所（退職時）</th><th>携帯電話</th><th>入社日</th><th>退職日</th><th>請求額（円）</th></tr>
{_trs}
</table>
<p>当社の勤怠記録との照合は来週中に終える予定です。<br>
引き続きよろしくお願いいたします。</p>
<p>--<br>日の出産業(株) 人事部 労務グループ<br>飯干 陽介<br>TEL: 048-640-7302(直通)</p>
</body></html>""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="元従業員15名の住所・携帯・在籍期間をHTMLのみのメールの表で弁護士へ: 人の一覧",
)

# 27 — heirs' list in a DOCX table to the 司法書士
_hs = family("souzoku-docx", ("安曇", "アズミ", "Azumi"), [(True, True, (1948, 1952)), (True, False, (1972, 1975)),
                                      (False, True, (1974, 1977)), (False, True, (1978, 1981)),
                                      (True, False, (2002, 2005)), (True, True, (2004, 2007))])
_rel = ["妻", "長男", "長女", "二女", "孫（二男の長男・代襲相続人）", "孫（二男の長女・代襲相続人）"]
_tbl = [["続柄", "氏名", "生年月日", "住所", "連絡先"]] + [
    [_r, _p.name, wareki(_p.dob), _p.addr(), _p.mobile] for _r, _p in zip(_rel, _hs)]
add(
    expect="stop", charset="iso-2022-jp", sender=URUNO, to=[HAMASAKI],
    subject="相続関係説明図の作成にあたって（株主 故 安曇様）",
    body=f"""浜崎先生

お世話になっております。宇留野です。
当社株主であった故 安曇様の株式について、ご遺族から名義書換のご依頼をいただきました。
ご遺族から伺った相続人の情報をWordにまとめましたので、
相続関係説明図の作成と戸籍の収集をお願いできますでしょうか。

二男の方は既に亡くなっており、お子様お二人が代襲相続人になると伺っております。
{SIG_URUNO}
""",
    attachments=[{"kind": "docx", "name": "相続人一覧_安曇様.docx",
                  "paragraphs": ["被相続人　故 安曇 義男（令和8年8月2日死亡）", "相続人一覧（ご遺族聴取による）"],
                  "tables": [_tbl]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="相続人6名の生年月日・住所・携帯をDOCXの表で司法書士へ: 人の一覧",
)

# 28 — pass: one bereaved family member on free mail
add(
    expect="pass", charset="iso-2022-jp", sender=OKONOGI,
    to=["早乙女 静香 様 <shizuka.saotome@yahoo.co.jp>"],
    subject="死亡退職金のお手続きについて",
    body=f"""早乙女 静香 様

このたびはご主人様のご逝去に際し、心よりお悔やみ申し上げます。
日の出産業 人事部の小此木でございます。

先日お電話でご説明いたしました死亡退職金のお手続きについて、
ご用意いただく書類を改めてお知らせいたします。

　１．死亡退職金支払請求書（当社書式、同封済み）
　２．戸籍謄本（ご主人様の出生から死亡までの連続したもの）
　３．受取人様の印鑑登録証明書
　４．振込先口座がわかるもの（通帳の写しなど）

書類がそろいましたら、同封の返信用封筒でお送りください。
ご不明な点は、いつでも私までお電話ください（048-640-7305）。
{SIG_OKONOGI}
""",
    entities=[], detectors=["freemail_recipient"],
    note="遺族1名（フリーメール）への手続き案内で個人データの記載なし",
)

# 29 — witness candidates: PDF table of 7 employees with mobiles to the law firm
_wt = people("shonin", 7, year_range=(1968, 1995))
_tbl = [["No", "氏名", "所属（当時）", "現所属", "携帯電話", "連絡可能時間"]]
_depts = ["工事部", "工事部", "営業一課", "購買課", "工事部", "品質保証課", "営業一課"]
for _i, _p in enumerate(_wt):
    _tbl.append([str(_i + 1), _p.name, _depts[_i], "退職" if _i == 3 else _depts[(_i + 2) % 7],
                 _p.mobile, "平日18時以降" if _i % 2 else "終日可"])
add(
    expect="stop", charset="utf-8", sender=MIWA, to=[NEGORO], cc=[TSUGE],
    subject="証人尋問候補者の連絡先（請負代金請求事件）",
    body=f"""根來様

お世話になっております。日の出産業の三輪です。
柘植先生からご依頼のあった、陳述書作成・証人尋問候補者の一覧をPDFでお送りします。
4番の方は既に退職しておりますが、本人の了解を得て携帯番号を記載しています。

ヒアリングの日程調整は、直接ご本人とご連絡いただいて差し支えございません。
{SIG_MIWA}
""",
    attachments=[{"kind": "pdf", "name": "証人候補者一覧.pdf",
                  "lines": ["令和7年(ワ)第1182号 証人候補者一覧", "作成：日の出産業株式会社 総務部法務課", ""],
                  "table": _tbl}],
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="社員・元社員7名の氏名と個人携帯をPDFの表で法律事務所へ: 5名以上の一覧",
)

# 30 — ZIP (no password) with a CSV and a DOCX: 9 leavers for 離職票
_lv = people("rishoku", 9)
_csv = [["社員番号", "氏名", "生年月日", "住所", "雇用保険被保険者番号", "離職日", "離職理由"]]
_why = ["自己都合", "自己都合", "契約期間満了", "自己都合", "定年", "自己都合", "会社都合（事業所閉鎖）",
        "会社都合（事業所閉鎖）", "自己都合"]
for _i, _p in enumerate(_lv):
    _csv.append([_p.emp_no, _p.name, _p.dob_iso(), _p.addr(), _p.koyo, f"2026/09/{10 + _i * 2}", _why[_i]])
add(
    expect="stop", charset="utf-8", sender=OKONOGI, to=[HIMAWARI2],
    subject="9月退職者 離職票発行のお願い（9名）",
    body=f"""ひまわり労務 ご担当者様

いつもお世話になっております。日の出産業の小此木です。
9月末までの退職者9名分の資料をzipにまとめてお送りします。

　・退職者一覧.csv（UTF-8）
　・賃金支払状況.docx（離職前6か月分）

うち2名は熊谷倉庫の閉鎖に伴う会社都合退職です。
離職票の本人への送付は、当社経由でお願いいたします。
{SIG_OKONOGI}
""",
    attachments=[{"kind": "zip", "name": "離職票資料_202609.zip",
                  "files": [{"kind": "csv", "name": "退職者一覧.csv", "encoding": "utf-8", "rows": _csv},
                            {"kind": "docx", "name": "賃金支払状況.docx",
                             "paragraphs": ["離職前6か月の賃金支払状況"],
                             "tables": [[["氏名", "4月", "5月", "6月", "7月", "8月", "9月"]] + [
                                 [_p.name] + [f"{241000 + _i * 3000 + _m * 150:,}" for _m in range(6)]
                                 for _i, _p in enumerate(_lv)]]}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="退職者9名の生年月日・住所・雇用保険番号のCSVをZIP（暗号化なし）で社労士へ: 一覧",
)

# 31 — pass: case numbers and hearing dates
add(
    expect="pass", charset="iso-2022-jp", sender=MIWA, to=[NEGORO],
    subject="Re: 係属中事件の期日一覧（10月更新）",
    body=f"""根來様

期日一覧の更新版、ありがとうございます。三輪です。
社内カレンダーに反映いたしました。念のため、当社側の出席予定を記載します。

　令和7年(ワ)第1182号（さいたま地裁）　11/12 10:30 弁論準備　… 三輪・工事部長
　令和8年(ワ)第305号（東京地裁）　　　 11/27 13:15 口頭弁論　… 出席なし（先生のみ）
　令和8年(ノ)第41号（大宮簡裁 調停）　 12/3  14:00 第2回調停　… 戸叶

1182号の弁論準備は、ウェブ会議での参加でも差し支えないでしょうか。
{SIG_MIWA}

> 日の出産業株式会社　三輪様
> 係属中の3件の期日を更新しましたので、ご確認ください。
> 白川法律事務所　パラリーガル　根來
""",
    entities=[], detectors=[],
    note="事件番号と期日・出席者の役職名だけの連絡",
)

# 32 — forward (attached .eml) of an internal list of employees on sick leave, with diagnoses
_sk = people("kyushoku", 6, year_range=(1970, 1998))
_dx = ["うつ病", "腰椎椎間板ヘルニア（手術後療養）", "乳がん（化学療法中）", "適応障害",
       "脳梗塞後のリハビリ", "双極性障害"]
_inner = "\n".join(f"{_p.emp_no}　{_p.name}　{_d}　休職開始 2026/{(_i * 2) % 9 + 1:02d}/01"
                   for _i, (_p, _d) in enumerate(zip(_sk, _dx)))
add(
    expect="stop", charset="utf-8", sender=OKONOGI, to=[MIYASHIRO],
    subject="FW: 休職者の状況（10月）",
    body=f"""宮代様

お世話になっております。小此木です。
傷病手当金の申請状況の確認のため、社内で共有された休職者の一覧を転送します。
2番と5番の方は、支給期間の通算についてもご確認いただけますでしょうか。
{SIG_OKONOGI}
""",
    attachments=[{"kind": "eml", "name": "休職者の状況（10月）.eml", "message": {
        "charset": "utf-8", "sender": IIBOSHI, "to": [OKONOGI, OWADA],
        "subject": "休職者の状況（10月）",
        "body": f"""小此木さん、大和田部長

10月1日時点の休職者は以下の6名です（傷病名は診断書による）。

{_inner}

復職面談は11月に産業医と調整中です。
飯干""",
    }}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="休職者6名の傷病名の社内メールを社労士へ転送（添付eml）: 要配慮個人情報の一覧",
)

# 33 — pass: 社外秘 only mentioned
add(
    expect="pass", charset="shift_jis", sender=TOKANO, to=[SHIRAKAWA],
    subject="Re: 取締役会議事録のご提供について",
    body=f"""白川先生

ご依頼いただいた過去の取締役会議事録の件ですが、
当社規程上、社外秘扱いの文書のため、メールでのお送りは控えさせてください。
次回のお打合せの際に当社会議室にてご閲覧いただく形でいかがでしょうか。

該当するのは2024年6月、2025年3月、2025年11月の3回分です。
必要箇所の抜粋（決議事項のみ）であれば、書面でお渡しできます。
{SIG_TOKANO}
""",
    entities=[], detectors=[],
    note="「社外秘扱いのため送れない」という言及のみで、文書に区分表示が付いているわけではない",
)

# 34 — 運転免許証 number of the representative for the 司法書士's identity check
_rep = P("daihyo", sei=("辰巳", "タツミ", "Tatsumi"), female=False, year_range=(1958, 1962))
add(
    expect="stop", charset="iso-2022-jp", sender=MIWA, to=[HAMASAKI],
    subject="本人確認書類の件（代表取締役 辰巳）",
    body=f"""浜崎先生

お世話になっております。三輪でございます。
本店移転登記の委任にあたり、代表取締役の本人確認情報をお送りいたします。
原本は次回ご来社の際にご確認いただければと存じます。

　氏名：{_rep.name}
　生年月日：{wareki(_rep.dob)}
　住所：{_rep.addr()}
　運転免許証番号：第{license_number(34)}号
　有効期限：令和１０年３月２日まで

よろしくお願いいたします。
{SIG_MIWA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="代表者1名の運転免許証番号を司法書士へ: 身分証番号は1名でも停止",
)

# 35 — pass: English mail to foreign counsel, standard disclaimer
add(
    expect="pass", charset="utf-8", sender=KAMEI, to=[WHITCOMBE],
    subject="Re: Distribution agreement - call next week",
    body=f"""Dear Daniel,

Thank you for your comments on the draft distribution agreement with our Californian
distributor. Tuesday, October 21 at 5 pm PT (Wednesday 9 am JST) works for us.

On the two open points:
- Governing law: we can accept California law if disputes go to JAMS arbitration in
  San Francisco rather than to court.
- Minimum purchase commitment: our sales team proposes USD 1.2 million for year one,
  with a 10% tolerance.

I will circulate a Teams link on Monday.

Best regards,
{SIG_KAMEI}
{DISCLAIMER_EN}
""",
    entities=[], detectors=[],
    note="海外弁護士との日程調整。Confidential は定型の免責文の中だけ",
)

# 36 — English litigation hold: 8 custodians with personal mobiles and e-mail
_cu = people("custodian", 8, year_range=(1965, 1992))
_titles = ["General Manager, Overseas Sales", "Sales Manager (US)", "Sales Representative",
           "Logistics Coordinator", "Quality Assurance Manager", "Former Sales Manager (left 2025)",
           "Accounting Staff", "IT Administrator"]
_lines = []
for _i, (_p, _t) in enumerate(zip(_cu, _titles)):
    _lines.append(f"{_i + 1}. {_p.mei_ro} {_p.sei_ro.replace('ū', 'u')} — {_t}\n"
                  f"   mobile +81-{_p.mobile[1:]} / personal e-mail {_p.email}")
add(
    expect="stop", charset="utf-8", sender=KAMEI, to=[WHITCOMBE], cc=["Rachel Osei <rosei@harperlowe.com>"],
    subject="Litigation hold - custodian list (Pacific Trading v. Hinode)",
    body=f"""Dear Daniel, dear Rachel,

As requested, please find below the custodians for the litigation hold notice in the
Pacific Trading matter. Several of them used personal phones and private e-mail for
messages with the distributor, so I have included those as well for the collection vendor.

{chr(10).join(_lines)}

Custodian 6 has left the company; we still hold his mailbox and laptop image.
Please let me know if you need the org chart.

Best regards,
{SIG_KAMEI}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="Eight custodians with personal mobiles and private e-mail to US counsel: a list of people",
)

# 37 — five business partners visible in To for a head-office move notice
add(
    expect="stop", charset="iso-2022-jp", sender=MIWA,
    to=["川崎電機 契約管理ご担当 <keiyaku@kawasaki-denki.co.jp>",
        "青葉運輸 総務部 <soumu@aoba-unyu.co.jp>",
        "北国フーズ 法務ご担当 <legal@kitaguni-foods.co.jp>",
        "錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>",
        "ツバサシステム 管理部 <kanri@tsubasa-system.jp>"],
    subject="本店移転に伴う契約書記載住所の変更について（ご通知）",
    body=f"""お取引先各位

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 総務部法務課の三輪でございます。

このたび当社は、2027年4月1日付で本店を下記へ移転いたします。
これに伴い、締結済みの取引基本契約書等に記載の当社住所につきましては、
別紙「住所変更に関する覚書」をもって変更させていただきたく存じます。

　新本店所在地：〒338-0001 埼玉県さいたま市中央区上落合二丁目5番20号

覚書は11月中に郵送いたしますので、ご記名・ご捺印のうえご返送ください。
何卒よろしくお願い申し上げます。
{SIG_MIWA}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="取引先5社の宛先をToに並べて送信（Bccにすべき）: 3者以上の社外が互いに見える",
)

# 38 — pass: convocation to individual shareholders, all in Bcc
_bs = people("bcc-kabu", 7)
add(
    expect="pass", charset="iso-2022-jp", sender=URUNO, to=[URUNO],
    bcc=[f"{_p.name} <{_p.email}>" for _p in _bs],
    subject="臨時株主総会招集ご通知の発送について",
    body=f"""株主各位

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 総務部の宇留野でございます。

2026年11月18日開催の臨時株主総会の招集ご通知を、本日郵送にて発送いたしました。
メールでのご案内をご希望いただいた株主様には、本メールにてお知らせいたします。

　日時：2026年11月18日（水）午前10時
　場所：当社本社 7階 大会議室
　議案：定款一部変更の件／取締役1名選任の件

ご欠席の場合は、同封の議決権行使書にご記入のうえご返送ください。
{SIG_URUNO}
""",
    entities=[], detectors=["freemail_recipient"],
    note="個人株主7名はBccのみで互いに見えない。本文に個人データなし",
)

# 39 — look-alike of the company's own domain (other TLD) among internal recipients
add(
    expect="stop", charset="utf-8", sender=IIBOSHI,
    to=[TOKANO], cc=["大和田 修 <owada.osamu@hinode-sangyo.jp>"],
    subject="懲戒委員会（11/4）資料案",
    body=f"""戸叶部長
（cc: 大和田部長）

11月4日の懲戒委員会の資料案を添付します。
就業規則第58条の適用と処分の量定について、過去3件の事例と比較しています。
弁明の機会の付与は10月28日に実施予定です。

ご確認のほど、よろしくお願いいたします。
{SIG_IIBOSHI}
""",
    attachments=[{"kind": "docx", "name": "懲戒委員会資料案_1104.docx",
                  "paragraphs": ["懲戒委員会 資料（案）", "1. 事案の概要：私用車による業務外の交通事故",
                                 "2. 適用条文：就業規則第58条第1項第5号",
                                 "3. 過去の処分例との比較（2019年・2022年・2024年）",
                                 "4. 処分案：出勤停止5日"]}],
    entities=[], detectors=["lookalike_domain"],
    note="Ccの hinode-sangyo.jp は自社 hinode-sangyo.co.jp の co. 抜けの紛らわしいドメイン（社外）",
)

# 40 — pass: internal only, a hotline case with a diagnosis
add(
    expect="pass", charset="shift_jis", sender=HIWATASHI,
    to=[TOKANO], cc=["人事部長 鬼頭 <kito.tsuyoshi@hinode-sangyo.co.jp>"],
    subject="通報案件2026-07 経過報告（社内限り）",
    body=f"""戸叶部長、鬼頭部長

通報案件2026-07の経過です。
被害申告者の能登さんは、9月から心療内科に通院し「適応障害」との診断を受けています。
現在は1日6時間の短時間勤務で、物流センター長の了解を得ています。
行為者とされる真壁課長へのヒアリングは、外部の雲雀弁護士が10月30日に実施予定です。

本件は関係者限りでお願いいたします。
{SIG_HIWATASHI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="要配慮個人情報を含むが宛先はすべて社内: 送信可",
)

# 41 — health insurance card symbol/number of an employee and two dependents (CP932)
_hi = P("hoken-main", sei=("我妻", "ワガツマ", "Wagatsuma"), female=False, year_range=(1983, 1986))
_sp = P("hoken-sp", sei=("我妻", "ワガツマ", "Wagatsuma"), female=True, year_range=(1985, 1988))
_ch = P("hoken-ch", sei=("我妻", "ワガツマ", "Wagatsuma"), female=False)
add(
    expect="stop", charset="shift_jis", sender=OKONOGI, to=[MIYASHIRO],
    subject="被扶養者異動届（出生）のお願い",
    body=f"""宮代様

お世話になっております。小此木です。
下記社員に第二子が誕生しましたので、被扶養者（異動）届をお願いいたします。
あわせて、配偶者が10月末で退職するため、配偶者の扶養追加も必要となります。

■被保険者
　氏名：{_hi.name}
　健康保険証　記号：３１０７０２４１　番号：１８６
　生年月日：{wareki(_hi.dob, 'zen')}

■追加する被扶養者
　（１）{_sp.mei}（配偶者）　{wareki(_sp.dob, 'zen')}生　令和８年１１月１日から
　（２）{_ch.mei}（長男）　令和８年１０月９日生　出生日から

配偶者の退職証明書は届き次第お送りします。
{SIG_OKONOGI}
""",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="健康保険証の記号・番号と家族の生年月日を社労士へ: 被保険者記号番号は1名でも停止",
)

# 42 — bullets: six people involved in an investigation, extensions and mobiles
_inv = people("chosa-kankei", 6, year_range=(1968, 1996))
_roles = ["通報者", "行為者とされる者", "同僚（目撃者）", "同僚（目撃者）", "前任の課長", "派遣社員（目撃者）"]
_bul = "\n".join(
    f"・{_p.name}（{_r}）　所属：第二工場 製造課　内線 {4100 + _i * 7}　携帯 {_p.mobile}"
    for _i, (_p, _r) in enumerate(zip(_inv, _roles)))
add(
    expect="stop", charset="iso-2022-jp", sender=HIWATASHI, to=[HIBARI],
    subject="ヒアリング対象者と連絡先（通報案件2026-09）",
    body=f"""雲雀先生

いつもお世話になっております。樋渡です。
第二工場の通報案件について、ヒアリング対象者6名の連絡先をお送りします。

{_bul}

夜勤明けの者もおりますので、携帯へのご連絡は午後にお願いいたします。
通報者にはヒアリングの順番が最後になる旨を説明済みです。
{SIG_HIWATASHI}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="調査関係者6名の氏名と携帯を「・」箇条書きで弁護士へ: 5名以上の一覧",
)

# 43 — pass: two new directors' addresses and birth dates for the registration
_nd = people("shinnin", 2, year_range=(1962, 1972))
add(
    expect="pass", charset="utf-8", sender=MIWA, to=[HAMASAKI],
    subject="取締役の補欠選任（臨時株主総会）に伴う登記の件",
    body=f"""浜崎先生

お世話になっております。三輪です。
11月18日の臨時株主総会で取締役1名を選任し、同日付で1名が辞任する予定です。
登記に必要な情報をお送りします。

［就任］
　{_nd[0].name}（{_nd[0].kana}）
　{_nd[0].dob.year}年{_nd[0].dob.month}月{_nd[0].dob.day}日生
　{_nd[0].addr(with_zip=True)}

［辞任］
　{_nd[1].name}
　{_nd[1].addr()}

就任承諾書と印鑑証明書は、総会後に本人から回収してお送りします。
{SIG_MIWA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="就任・辞任の役員2名の住所（と1名の生年月日）: 1〜4名分は警告どまり",
)

# 44 — look-alike of the partner bank (co. dropped), garnishment statement
_g = P("sashiosae", sei=("保坂", "ホサカ", "Hosaka"), female=False)
add(
    expect="stop", charset="iso-2022-jp", sender=SOMA,
    to=["みどり銀行 法務室 <houmu@midori-ginko.jp>"],
    subject="債権差押命令に関する陳述書の件（ご照会）",
    body=f"""みどり銀行 法務室 ご担当者様

いつもお世話になっております。日の出産業 経理部の相馬です。
当社従業員の給与について、貴行を債権者とする債権差押命令の送達を受けました。
第三債務者としての陳述書を作成するにあたり、一点確認させてください。

　事件番号：令和8年(ル)第2207号
　債務者：{_g.name}
　差押債権：給料債権（手取額の4分の1）

賞与（12月支給予定）も差押えの対象に含まれるとの理解でよろしいでしょうか。
陳述書の提出期限は10月24日です。
{SIG_SOMA}
""",
    entities=["PERSON_NAME"], detectors=["lookalike_domain"],
    note="宛先 midori-ginko.jp は取引銀行 midori-ginko.co.jp の co. 抜けの紛らわしいドメイン",
)

# 45 — 【社外秘】 marked mail body (litigation strategy)
add(
    expect="stop", charset="utf-8", sender=TOKANO, to=[SHIRAKAWA], cc=[TSUGE],
    subject="【社外秘】和解方針について（ツバサシステム様案件）",
    body=f"""【社外秘】

白川先生、柘植先生

お世話になっております。戸叶です。
標記案件について、昨日の経営会議での議論を踏まえ、当社の和解方針をお伝えします。

・当社の譲歩上限：請求額1,840万円のうち、1,100万円までの減額に応じる
・分割払いは最長12回まで可
・今後の取引継続を条件とすることは求めない
・口外禁止条項は必須

次回期日前の裁判所の和解勧試では、まず1,500万円からご提示ください。
上限額は先方に悟られないようご配慮をお願いします。
{SIG_TOKANO}
""",
    entities=[], detectors=["confidential_marking"],
    note="本文冒頭に【社外秘】の区分表示がある和解方針メモ: 秘密区分の表示は停止",
)

# 46 — pass: one individual debtor to the lawyer
_d1 = P("debtor-one", sei=("梶原", "カジワラ", "Kajiwara"), female=False)
add(
    expect="pass", charset="shift_jis", sender=MIWA, to=[TSUGE],
    subject="少額訴訟の件（個人のお客様1件）",
    body=f"""柘植先生

お世話になっております。三輪です。
先日の一覧のうち、金額の大きい1件を先行して少額訴訟の対象にしたいと考えています。

　顧客番号：C30262
　氏名：{_d1.name}
　住所：{_d1.addr(with_zip=True)}
　電話：{_d1.home}
　未収額：588,000円（外壁塗装工事代金、2026年3月完工）

工事完了確認書には本人の署名があります。訴状の作成をお願いできますでしょうか。
{SIG_MIWA}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="債務者1名の住所・電話を顧問弁護士へ: 1名分は警告どまり",
)

# 47 — CSV (UTF-8) of 25 debtors with bank accounts and phones to the servicer
_sv = people("servicer", 25)
_csv = [["契約番号", "債務者氏名", "カナ", "生年月日", "住所", "電話番号", "引落口座", "延滞額", "延滞月数"]]
for _i, _p in enumerate(_sv):
    _csv.append([f"LS-{480120 + _i * 3}", _p.name, _p.kana, _p.dob_iso(), _p.addr(with_zip=True),
                 _p.mobile, _p.bank, (_i * 7127) % 300000 + 24000, _i % 6 + 3])
add(
    expect="stop", charset="utf-8", sender=MIWA, to=[OSUGA],
    subject="債権回収業務委託：対象債権データ送付（第2回）",
    body=f"""東都債権回収株式会社
回収部 大須賀様

いつもお世話になっております。日の出産業の三輪でございます。
業務委託契約に基づき、第2回分の対象債権データ（25件）をお送りします。
前回と同じ項目・形式（UTF-8のCSV）です。

3か月以上延滞している住宅設備リース契約が対象です。
着手は11月1日からでお願いいたします。
{SIG_MIWA}
""",
    attachments=[{"kind": "csv", "name": "taisho_saiken_02.csv", "encoding": "utf-8", "rows": _csv}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="延滞債務者25名の生年月日・住所・電話・口座のCSVを債権回収会社へ: 人の一覧",
)

# 48 — pass: registered-mail tracking numbers
add(
    expect="pass", charset="iso-2022-jp", sender=MIWA, to=[TSUGE],
    subject="内容証明郵便の発送報告",
    body=f"""柘植先生

お世話になっております。三輪です。
ご作成いただいた催告書を、本日配達証明付き内容証明郵便で発送しました。

　宛先１：株式会社コスモ住建　　　お問い合わせ番号 1183-4402-9915
　宛先２：有限会社丸富設備　　　　お問い合わせ番号 1183-4402-9926
　宛先３：株式会社みやび内装　　　お問い合わせ番号 1183-4402-9930

配達証明書が戻りましたらスキャンしてお送りします。
{SIG_MIWA}
""",
    entities=[], detectors=[],
    note="法人宛て内容証明の追跡番号のみ",
)

# 49 — password-protected PDF (signed minutes) to the 司法書士
add(
    expect="stop", charset="utf-8", sender=MIWA, to=[HAMASAKI],
    subject="取締役会議事録（押印済みPDF）",
    body=f"""浜崎先生

お世話になっております。三輪です。
本店移転を決議した取締役会の議事録（押印済み）をPDFでお送りします。
社内規程によりパスワードを設定しておりますので、パスワードはお電話でお伝えします。
{SIG_MIWA}
""",
    attachments=[{"kind": "pdf", "name": "取締役会議事録_20261009.pdf", "password": "hs1009",
                  "lines": ["取締役会議事録", "1. 日時 2026年10月9日 午前10時",
                            "2. 議案 本店移転の件", "3. 決議 全員一致で可決"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="パスワード保護されたPDFは中身を検査できない: 読めない添付は停止",
)

# 50 — 障害者雇用: XLSX listing employees' disability types and grades (要配慮 list)
_sy = people("shogai", 7)
_kinds = [("身体（肢体不自由）", "3級"), ("身体（聴覚）", "4級"), ("知的", "B2"), ("精神", "2級"),
          ("身体（内部・心臓）", "1級"), ("精神", "3級"), ("身体（視覚）", "5級")]
_rows = [["障害者雇用状況 内訳（2026年6月1日現在）"], [],
         ["社員番号", "氏名", "生年月日", "障害の種別", "手帳等級", "週所定労働時間", "算定カウント"]]
for _i, (_p, (_k, _gr)) in enumerate(zip(_sy, _kinds)):
    _rows.append([_p.emp_no, _p.name, _p.dob_iso(), _k, _gr, 40 if _i % 3 else 25,
                  2 if _gr in ("1級", "2級") and _k.startswith("身体") else (0.5 if _i % 3 == 0 else 1)])
add(
    expect="stop", charset="shift_jis", sender=IIBOSHI, to=[MIYASHIRO],
    subject="障害者雇用状況報告書の内訳資料",
    body=f"""宮代様

お世話になっております。飯干です。
障害者雇用状況報告書の作成にあたり、算定対象者の内訳をExcelでお送りします。
精神障害の方のうち1名は週25時間勤務ですが、特例で1カウントとなるか確認をお願いします。

来年度は法定雇用率の引き上げがありますので、採用計画のご相談もさせてください。
{SIG_IIBOSHI}
""",
    attachments=[{"kind": "xlsx", "name": "障害者雇用_内訳_2026.xlsx",
                  "sheets": {"内訳": _rows, "集計": [["区分", "人数", "カウント"], ["身体", 4, 5.5],
                                                  ["知的", 1, 1], ["精神", 2, 1.5]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="社員7名の障害種別・手帳等級のXLSXを社労士へ: 要配慮個人情報の一覧",
)

# 51 — pass: one former employee on a carrier address, her own bank account read back
_fm = P("moto-shain", sei=("浅利", "アサリ", "Asari"), female=True, year_range=(1990, 1995))
add(
    expect="pass", charset="iso-2022-jp", sender=OKONOGI, to=[f"{_fm.name} <{_fm.email.split('@')[0]}@docomo.ne.jp>"],
    subject="未払賃金のお支払いについて",
    body=f"""{_fm.name} 様

日の出産業 人事部の小此木です。
先日ご指摘いただいた7月分の時間外手当の未払いについて、
再計算の結果、下記のとおりお支払いいたします。ご迷惑をおかけし申し訳ございませんでした。

　お支払額：42,816円（遅延損害金を含みます）
　お支払日：10月31日
　振込先：{_fm.bank.replace('普通', '普通預金')}（ご登録の口座）

口座が変わっている場合は、10月24日までにお知らせください。
{SIG_OKONOGI}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["freemail_recipient", "personal_data"],
    note="元社員本人（携帯キャリアのアドレス1件）に本人の口座を確認: 1名分で送信可",
)

# 52 — PPAP to the law firm: evidence ZIP, password in a separate mail
add(
    expect="stop", charset="iso-2022-jp", sender=MIWA, to=[NEGORO],
    subject="証拠資料（メール・チャット履歴）の送付",
    body=f"""根來様

お世話になっております。三輪です。
柘植先生からご依頼のあった証拠資料（担当者間のメール・チャット履歴の出力）を
ZIPファイルにまとめてお送りします。
解凍用のパスワードは、この後別のメールでお送りします。

ファイル容量が大きいため、届かない場合はお知らせください。
{SIG_MIWA}
""",
    attachments=[{"kind": "zip", "name": "shoko_chat_log.zip", "password": "Sk-7781-hnd",
                  "files": [{"kind": "txt", "name": "chat_export.txt",
                             "text": "2025/06/12 10:14 工事部 ○○: 納品日は19日で先方了承済みです\n" * 40},
                            {"kind": "pdf", "name": "mail_export.pdf", "lines": ["メール出力"] * 30}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="パスワード付きZIP（PPAP）は中身を検査できない",
)

# 53 — pass: internal only, My Numbers in a CSV (sub-domain address)
_mn = people("mn-internal", 6)
add(
    expect="pass", charset="shift_jis", sender=SOMA,
    to=["給与計算 <kyuyo@mail.hinode-sangyo.co.jp>"], cc=[OKONOGI],
    subject="扶養控除等申告書 個人番号の転記分",
    body=f"""給与計算ご担当各位

扶養控除等申告書から転記した個人番号（本人分）を添付します。
源泉徴収票の作成時に使用してください。作業後はファイルを削除をお願いします。
相馬
""",
    attachments=[{"kind": "csv", "name": "kojin_bango.csv", "encoding": "cp932",
                  "rows": [["社員番号", "氏名", "個人番号"]] +
                  [[_p.emp_no, _p.name, my_number(1300 + _i)] for _i, _p in enumerate(_mn)]}],
    entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=[],
    note="マイナンバー入りCSVだが宛先は社内（mail.サブドメインも社内）: 送信可",
)

# 54 — corrupt XLSX to the 社労士
add(
    expect="stop", charset="utf-8", sender=IIBOSHI, to=[MIYASHIRO],
    subject="就業規則変更届 添付資料（意見書・新旧対照表）",
    body=f"""宮代様

お世話になっております。飯干です。
就業規則変更届の添付資料として、新旧対照表と過半数代表者の意見書の内容を
Excelにまとめたものをお送りします。
労基署への提出をよろしくお願いいたします。
{SIG_IIBOSHI}
""",
    attachments=[{"kind": "corrupt", "name": "新旧対照表_就業規則.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="添付XLSXが壊れていて開けない: 検査できない添付は停止",
)

# 55 — three private persons (job offerees) visible to each other
_nt = people("naitei", 3, year_range=(2002, 2004))
add(
    expect="stop", charset="utf-8", sender=IIBOSHI,
    to=[f"{_p.name} <{_p.email}>" for _p in _nt],
    subject="入社時期の変更に関するご説明会のご案内",
    body=f"""内定者の皆様

日の出産業 人事部の飯干です。
先日お電話でお伝えしたとおり、熊谷倉庫の閉鎖に伴い、
皆様の配属予定先と入社時期について変更をお願いすることとなりました。
ご心配をおかけし、誠に申し訳ございません。

変更の内容と今後の選択肢（配属先の変更、入社時期の延期、内定の辞退とその場合の補償）について、
ご説明の場を設けさせていただきます。

　日時：10月25日（土）13:30〜15:00
　場所：本社 5階 第一会議室（オンライン参加も可能です）

ご出席の可否を、このメールへの返信でお知らせください。
個別のご相談も承ります。
{SIG_IIBOSHI}
""",
    entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="個人（フリーメール）3名をToに並べており互いのアドレスが見える: 3者以上",
)

# 56 — look-alike of a partner (i → l)
add(
    expect="stop", charset="shift_jis", sender=SOMA,
    to=["川崎電機 経理部 <keiri@kawasaki-denkl.co.jp>"],
    subject="売掛金・買掛金残高確認のお願い（9月末）",
    body=f"""川崎電機株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業 経理部の相馬です。
監査法人の残高確認に先立ち、9月末時点の債権債務残高の照合をお願いいたします。

　当社売掛金（貴社買掛金）：12,483,200円
　当社買掛金（貴社売掛金）： 3,906,750円
　相殺予定額：　　　　　　　 3,906,750円

差異がございましたら、10月20日までにご連絡をお願いいたします。
{SIG_SOMA}
""",
    entities=[], detectors=["lookalike_domain"],
    note="kawasaki-denkl.co.jp は取引先 kawasaki-denki.co.jp の i→l の紛らわしいドメイン",
)

# 57 — pass: inheritance-tax valuation of the company's shares (no personal data)
add(
    expect="pass", charset="iso-2022-jp", sender=SOMA, to=[KUJI],
    subject="自社株評価資料（類似業種比準価額の算定用）",
    body=f"""久慈先生

お世話になっております。相馬です。
故 辰巳相談役の相続税申告に向けた自社株評価の資料として、直前3期の数値をお送りします。

　　　　　　　　　　 第６５期　　 第６６期　　 第６７期
　売上高（百万円）　 ８，４１２　 ８，９０６　 ９，２３１
　利益金額（千円）　 ３１２，５００ ３４８，１００ ２９７，８００
　配当金額（千円）　 ２９，９１０ ２９，９１０ ３５，８９２
　純資産価額（千円） ４，１０２，３３０ ４，３８８，９１０ ４，６０１，２２０

発行済株式数は29,910株（自己株式なし）です。
会社規模の判定は「大会社」になるとの理解です。
{SIG_SOMA}
""",
    entities=[], detectors=[],
    note="会社の決算数値と株式数のみ。故人は氏名に触れるだけ",
)

# 58 — credit card number of a customer, in a fraud matter sent to the lawyer
add(
    expect="stop", charset="utf-8", sender=MIWA, to=[TSUGE],
    subject="オンラインショップでのカード不正利用について",
    body=f"""柘植先生

お世話になっております。三輪です。
当社オンラインショップで、第三者によるクレジットカードの不正利用が疑われる注文がありました。
カード会社からチャージバックの通知が届いており、警察への被害届の要否についてご相談させてください。

　注文番号：HS-EC-2026-0918-0447
　注文日時：2026/9/18 02:41
　商品：業務用食洗機 DW-5500（税込 486,200円）
　使用カード番号：{card_number(62)}（有効期限 08/29）
　カード名義：HAYATO MITSUYA
　配送先：埼玉県川口市芝新町8-22 コーポ若草203（名義人の住所とは異なる）

名義人ご本人からは、注文に覚えがないとの申し出がカード会社経由で来ています。
{SIG_MIWA}
""",
    entities=["CREDIT_CARD", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="顧客のクレジットカード番号（Luhn有効）を本文に記載: カード番号は1件でも停止",
)

# 59 — pass: a company profile PDF for a licence renewal (business data)
add(
    expect="pass", charset="utf-8", sender=MIWA, to=[TAKANE],
    subject="建設業許可更新：会社概要と営業所一覧",
    body=f"""高嶺先生

お世話になっております。日の出産業の三輪です。
建設業許可（般-3）更新申請の資料として、会社概要と営業所一覧をPDFでお送りします。
専任技術者の資格証の写しは、別途郵送いたします。
{SIG_MIWA}
""",
    attachments=[{"kind": "pdf", "name": "会社概要_2026.pdf",
                  "lines": ["日の出産業株式会社　会社概要", f"法人番号　{corp_number(59)}",
                            "本店　埼玉県さいたま市大宮区桜木町四丁目2番15号",
                            "資本金　4億8,000万円　　従業員数　612名（2026年4月1日現在）",
                            "許可番号　埼玉県知事許可（般-3）第41287号", "", "営業所一覧"],
                  "table": [["営業所", "所在地", "電話"],
                            ["本店", "さいたま市大宮区桜木町4-2-15", "048-640-7200"],
                            ["所沢営業所", "所沢市日吉町12-3", "04-2921-5540"],
                            ["川越営業所", "川越市脇田本町21-7", "049-241-8801"],
                            ["熊谷営業所", "熊谷市筑波2-117", "048-521-3366"]]}],
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="会社概要（法人番号・本店・資本金）と営業所の代表電話の一覧: 事業所の情報のみ",
)

# 60 — 要配慮: employee assaulted on the way home (crime victim + injury) to the 社労士
_cv = P("higai", sei=("国分", "コクブ", "Kokubu"), female=True, year_range=(1993, 1997))
add(
    expect="stop", charset="iso-2022-jp", sender=IIBOSHI, to=[MIYASHIRO],
    subject="通勤災害に該当するかのご相談",
    body=f"""宮代様

いつもお世話になっております。飯干です。
通勤災害の該当性について、ご意見をいただけますでしょうか。

経理部の{_cv.name}さんが、10月3日の帰宅途中、最寄り駅からの通常の経路上で
見知らぬ男に背後から突き飛ばされ、顔面打撲と左手首の骨折を負いました。
本人は翌日大宮警察署に被害届を提出し、現在捜査中とのことです。

通勤経路からの逸脱・中断はありません。
第三者行為災害届も必要になるかと思いますが、加害者が特定されていない場合の
書き方も教えていただけると助かります。
{SIG_IIBOSHI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="特定社員の犯罪被害と負傷（病歴）を社労士へ: 要配慮個人情報は1名でも停止",
)

# 61 — pass: internal only, a 社外秘-stamped litigation memo
add(
    expect="pass", charset="iso-2022-jp", sender=MIWA, to=[TOKANO, OWADA],
    subject="【社外秘】請負代金請求事件 訴訟対応メモ（第3回期日後）",
    body=f"""戸叶部長、大和田部長

第3回期日後の状況をメモにまとめました。社外秘としてお取り扱いください。

１．裁判所の心証：納品日の争点は当社有利との印象
２．和解勧試の可能性：次回期日で打診がありうる
３．当社の和解上限（経営会議で要承認）：未定
４．次回までの準備：工程表の原本確認、工事部長の陳述書

柘植先生との打合せは10月22日です。
{SIG_MIWA}
""",
    attachments=[{"kind": "docx", "name": "訴訟対応メモ_第3回期日後.docx", "page_header": "社外秘",
                  "paragraphs": ["訴訟対応メモ", "令和7年(ワ)第1182号", "第3回期日（弁論準備）の概要"]}],
    entities=[], detectors=[],
    note="社外秘の表示があるが宛先はすべて社内: 送信可",
)

# 62 — corrupt DOCX contract draft to the 行政書士
add(
    expect="stop", charset="shift_jis", sender=MIWA, to=[TAKANE],
    subject="産業廃棄物処理委託契約書（案）のご確認",
    body=f"""高嶺先生

お世話になっております。三輪です。
新しい収集運搬業者との産業廃棄物処理委託契約書（案）をお送りします。
法定記載事項の漏れがないか、ご確認をお願いできますでしょうか。
許可証の写しは先方から取り寄せ中です。
{SIG_MIWA}
""",
    attachments=[{"kind": "corrupt", "name": "産廃委託契約書_案_v2.docx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="添付DOCXが破損していて読めない: 検査できない添付は停止",
)

# 63 — pass: fee quote from the 社労士, accepted (price table in XLSX)
add(
    expect="pass", charset="utf-8", sender=OWADA, to=[MIYASHIRO],
    subject="Re: 顧問契約更新のお見積り",
    body=f"""宮代先生

お見積りをありがとうございました。大和田です。
社内で確認し、添付の内容で来年度も顧問契約を更新させていただくことになりました。
念のため、当社で整理した内訳表をお付けします。相違がないかご確認ください。

契約書は従前どおり2部郵送いただけますと幸いです。
{SIG_OWADA}
""",
    attachments=[{"kind": "xlsx", "name": "顧問料内訳_2027.xlsx",
                  "sheets": {"内訳": [["2027年度 社会保険労務士 顧問料 内訳"], [],
                                      ["項目", "単価（税抜）", "数量", "金額（税抜）"],
                                      ["月額顧問料（従業員600名規模）", 120000, 12, 1440000],
                                      ["算定基礎届・月額変更届", 180000, 1, 180000],
                                      ["労働保険年度更新", 100000, 1, 100000],
                                      ["就業規則改定（スポット）", 250000, 1, 250000],
                                      ["合計", "", "", 1970000]]}}],
    entities=[], detectors=[],
    note="顧問料の見積内訳（価格表）のみ",
)

# 64 — four private heirs in To, each able to see the others
_hv = family("souzoku-visible", ("安曇", "アズミ", "Azumi"), [(True, True, (1948, 1952)), (True, False, (1972, 1975)),
                                          (False, True, (1974, 1977)), (False, True, (1978, 1981))])
add(
    expect="stop", charset="iso-2022-jp", sender=URUNO,
    to=[f"{_p.name} <{_p.email}>" for _p in _hv],
    subject="故 安曇義男様ご所有の当社株式について",
    body=f"""相続人の皆様

突然のご連絡失礼いたします。
日の出産業株式会社 総務部の宇留野と申します。

故 安曇義男様がご所有の当社株式（普通株式 1,200株）につきまして、
名義書換のお手続きに関するご案内をお送りいたします。
当社は株式の譲渡に取締役会の承認を要する会社のため、
相続による取得の場合も、相続人等に対する売渡請求の規定（定款第12条）がございます。

詳しくは、添付のご案内をご覧のうえ、
ご不明な点は私までお問い合わせください。
{SIG_URUNO}
""",
    attachments=[{"kind": "pdf", "name": "株式の相続手続きのご案内.pdf",
                  "lines": ["株式の相続手続きのご案内", "1. 必要書類", "2. 名義書換請求書の記入方法",
                            "3. 売渡請求について（定款第12条）", "4. お問い合わせ先：総務部 株式・機関担当"]}],
    entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="個人の相続人4名（フリーメール）がToで互いに見える: 3者以上、Bccにすべき",
)

# 65 — pass: list of overdue corporate invoices in a CP932 CSV
add(
    expect="pass", charset="shift_jis", sender=SOMA, to=[TSUGE],
    subject="支払督促申立て用：未払請求書の明細",
    body=f"""柘植先生

お世話になっております。経理部の相馬です。
株式会社コスモ住建に対する未払請求書の明細をCSVでお送りします。
支払督促の申立書の請求の趣旨にご利用ください。
{SIG_SOMA}
""",
    attachments=[{"kind": "csv", "name": "cosmo_mibarai.csv", "encoding": "cp932",
                  "rows": [["請求書番号", "請求日", "支払期日", "品目", "金額（税込）"],
                           ["INV-2026-03318", "2026/03/31", "2026/04/30", "システムキッチン KS-210 ×6", "1,062,600"],
                           ["INV-2026-04402", "2026/04/30", "2026/05/31", "ユニットバス UB-1616 ×2", "871,200"],
                           ["INV-2026-05127", "2026/05/31", "2026/06/30", "給湯器 GX-24 ×4", "476,700"],
                           ["合計", "", "", "", "2,410,500"]]}],
    entities=[], detectors=[],
    note="法人相手の請求書番号・品目・金額のみのCSV",
)

# 66 — look-alike: hyphen dropped from the partner law firm's domain
_k1 = P("lookalike-ll", sei=("相楽", "サガラ", "Sagara"), female=True, year_range=(1980, 1985))
add(
    expect="stop", charset="utf-8", sender=IIBOSHI, to=["白川 宗一郎 <shirakawa@shirakawalaw.jp>"],
    subject="解雇予告通知書（案）のご確認",
    body=f"""白川先生

お世話になっております。人事部の飯干です。
先日ご相談した件で、解雇予告通知書の案を作成しました。ご確認をお願いいたします。

　対象者：{_k1.name}（社員番号 {_k1.emp_no}）
　解雇予定日：2026年11月30日
　理由：就業規則第61条第2号（勤務成績不良、改善指導後も改善なし）

改善指導の記録（2025年10月〜2026年8月、計6回）は別途共有フォルダにあります。
{SIG_IIBOSHI}
""",
    entities=["PERSON_NAME"], detectors=["lookalike_domain"],
    note="shirakawalaw.jp は顧問先 shirakawa-law.jp のハイフン抜けの紛らわしいドメイン",
)

# 67 — PPTX board report stamped 取扱注意, to an outside auditor
add(
    expect="stop", charset="utf-8", sender=HIWATASHI, to=[NAGISA],
    subject="10月取締役会 報告資料（コンプライアンス）",
    body=f"""渚先生

いつもお世話になっております。コンプライアンス推進室の樋渡です。
10月取締役会で報告予定のコンプライアンス関係資料を事前にお送りします。
ご質問があれば、取締役会の前日までにお知らせいただけますと幸いです。
{SIG_HIWATASHI}
""",
    attachments=[{"kind": "pptx", "name": "取締役会報告_コンプライアンス_202610.pptx",
                  "page_footer": "取扱注意　日の出産業株式会社",
                  "slides": [["コンプライアンス報告（2026年度上期）", "内部通報：19件（前年同期12件）",
                              "重大案件：1件（経費精算の不正、調査中）"],
                             ["是正措置の状況", "物流センター：管理職向けハラスメント研修を実施",
                              "経費精算：承認フローの見直し（11月施行）"]]}],
    entities=[], detectors=["confidential_marking"],
    note="添付PPTXの各スライドに「取扱注意」の区分表示、社外監査役の事務所ドメイン宛て",
)

# 68 — pass: reply; 基礎年金番号 list only in quoted text from the 社労士 (差出人: 送信日時:)
_qp = people("quoted-pension", 5)
_qt = "\n".join(f"{_p.name}　{_p.pension}" for _p in _qp)
add(
    expect="pass", charset="shift_jis", sender=OKONOGI, to=[MIYASHIRO],
    subject="RE: 基礎年金番号の照合結果について",
    body=f"""宮代様

ご確認ありがとうございます。小此木です。
ご指摘の5名については、本人に年金手帳（または基礎年金番号通知書）の再確認を依頼しました。
回答がそろい次第、まとめてご連絡いたします。

{SIG_OKONOGI}

差出人: 宮代 奈緒 <miyashiro@himawari-roumu.jp>
送信日時: 2026年10月14日 17:02
宛先: 小此木 萌 <okonogi.moe@hinode-sangyo.co.jp>
件名: 基礎年金番号の照合結果について

小此木様

日本年金機構の記録と照合したところ、以下5名の基礎年金番号が一致しませんでした。

{_qt}

ご本人への確認をお願いできますでしょうか。
ひまわり労務　宮代
""",
    entities=[], detectors=[],
    note="基礎年金番号5名分は社労士からのメールの引用部分のみ（差出人:/送信日時:の下）",
)

# 69 — 宗教: one employee's religion, accommodation dispute, to the lawyer
_rl = P("shukyo", sei=("大城", "オオシロ", "Oshiro"), female=False, year_range=(1985, 1990))
add(
    expect="stop", charset="iso-2022-jp", sender=IIBOSHI, to=[TSUGE],
    subject="宗教上の理由による休日勤務拒否について",
    body=f"""柘植先生

お世話になっております。人事部の飯干です。
労務管理上の判断について、ご相談させてください。

製造部の{_rl.name}（入社5年目）から、所属する教会の礼拝に出席するため、
日曜日の休日出勤（年4回の棚卸）を今後すべて免除してほしいとの申し出がありました。
本人は、入社後に洗礼を受けたキリスト教（プロテスタント）の信者であると説明しています。

これまで棚卸は全員出勤を原則としており、他の社員からは不公平だとの声も出ています。
業務命令として出勤を求めることの可否、代替日の設定など配慮の範囲について、
ご意見をいただけますでしょうか。
{SIG_IIBOSHI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="特定社員の信仰（信条）を弁護士へ: 要配慮個人情報は1名でも停止",
)

# 70 — pass: four heirs' contact details (below the list threshold)
_h4 = family("souzoku-4b", ("鷲見", "スミ", "Sumi"), [(True, True, (1950, 1955)), (False, True, (1977, 1982)),
                                      (True, False, (1975, 1980)), (False, True, (1983, 1988))])
_h4rel = ["妻", "長女", "長男", "二女"]
add(
    expect="pass", charset="utf-8", sender=URUNO, to=[HAMASAKI],
    subject="故 鷲見様の相続人ご連絡先",
    body=f"""浜崎先生

お世話になっております。宇留野です。
遺産分割協議書へのご署名のお願いにあたり、相続人の皆様のご連絡先をお知らせします。
（二男の方とは先生が直接やり取りされていると伺っていますので、残る4名様です。
　いずれもご本人から、先生にお伝えすることのご了解をいただいています）

""" + "\n".join(f"{_r}　{_p.name}様　{_p.addr()}　TEL {_p.mobile}"
                 for _r, _p in zip(_h4rel, _h4)) + f"""

長男の方は平日日中はお電話に出られないとのことです。
{SIG_URUNO}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="相続人4名の住所・電話: 5名未満で一覧にあたらず警告どまり",
)

# 71 — XLSX with a 部外秘 page header (damages calculation) to the law firm
add(
    expect="stop", charset="shift_jis", sender=SOMA, to=[TSUGE], cc=[MIWA],
    subject="損害額の計算資料（反訴対応）",
    body=f"""柘植先生

お世話になっております。経理部の相馬です。
反訴における当社の損害額について、計算資料を作成しましたのでお送りします。
逸失利益は直近3期の粗利率を基に算定しています。
{SIG_SOMA}
""",
    attachments=[{"kind": "xlsx", "name": "損害額計算_反訴.xlsx", "page_header": "部外秘",
                  "sheets": {"損害額": [["部外秘　損害額計算（反訴）", "", ""], [],
                                        ["項目", "金額（円）", "根拠"],
                                        ["追加工事費用", 4_820_000, "乙第7号証"],
                                        ["工期遅延による違約金", 2_150_000, "契約書第18条"],
                                        ["逸失利益", 6_300_000, "粗利率 23.4%"],
                                        ["合計", 13_270_000, ""]],
                             "粗利率": [["期", "売上", "粗利", "粗利率"], ["65期", 8412, 1960, 0.233],
                                        ["66期", 8906, 2093, 0.235], ["67期", 9231, 2160, 0.234]]}}],
    entities=[], detectors=["confidential_marking"],
    note="添付XLSXの表題行・ヘッダーに「部外秘」の区分表示: 社外宛ては停止",
)

# 72 — pass: internal only, a password ZIP
add(
    expect="pass", charset="utf-8", sender=OKONOGI, to=[IIBOSHI],
    subject="賃金台帳（熊谷倉庫分）パスワード付き",
    body=f"""飯干さん

熊谷倉庫の閉鎖に伴う退職者の賃金台帳をzipで送ります。
パスワードはTeamsで送りました。
小此木
""",
    attachments=[{"kind": "zip", "name": "chingin_kumagaya.zip", "password": "kmg2026!",
                  "files": [{"kind": "xlsx", "name": "賃金台帳_熊谷.xlsx",
                             "sheets": {"台帳": [["氏名", "基本給"], ["(省略)", 0]]}}]}],
    entities=[], detectors=[],
    note="パスワード付きZIPだが宛先は社内のみ: 送信可",
)

# 73 — English DD memo stamped CONFIDENTIAL (PDF) to Singapore counsel
add(
    expect="stop", charset="utf-8", sender=KAMEI, to=[TAN],
    subject="Project Kingfisher - legal DD findings (draft)",
    body=f"""Dear Melissa,

Thank you for the call yesterday. As promised, attached is our internal summary of the
legal due diligence findings on the target's Japanese subsidiary, for your review
alongside your Singapore-law report.

The key items are the change-of-control clause in the supply agreement with
Kawasaki Denki and the pending labour claim by two former employees.

Kind regards,
{SIG_KAMEI}
""",
    attachments=[{"kind": "pdf", "name": "Kingfisher_DD_summary_draft.pdf",
                  "page_header": "CONFIDENTIAL - ATTORNEY-CLIENT PRIVILEGED",
                  "title": "Project Kingfisher - Legal DD Summary",
                  "lines": ["Project Kingfisher - Legal Due Diligence Summary (Draft)",
                            "1. Corporate: shares validly issued; no pledges registered.",
                            "2. Material contracts: change-of-control clause (supply agreement).",
                            "3. Labour: unpaid overtime claim by two former employees (JPY 4.1m).",
                            "4. Licences: all permits valid until 2028."]}],
    entities=[], detectors=["confidential_marking"],
    note="The attached PDF carries a CONFIDENTIAL / privileged stamp on every page",
)

# 74 — pass: paying the lawyer's retainer; the law firm's (business) account
add(
    expect="pass", charset="iso-2022-jp", sender=SOMA, to=[NEGORO],
    subject="着手金のお振込みについて",
    body=f"""白川法律事務所
根來様

お世話になっております。日の出産業 経理部の相馬です。
ご請求いただいた着手金（ツバサシステム様案件）を、本日下記のとおりお振込みいたしました。

　振込先：みどり銀行 さいたま支店 普通 3810447 シラカワホウリツジムシヨ
　金額：　1,100,000円（消費税込み、源泉所得税 102,100円控除後 997,900円）
　請求書番号：SLO-2026-112

源泉徴収税額の計算にご確認をお願いいたします。
{SIG_SOMA}
""",
    entities=[], detectors=[],
    note="法律事務所（事業者）の振込先口座と請求書番号: 個人データではない",
)

# 75 — look-alike by homoglyph (rn for m) of a partner
add(
    expect="stop", charset="utf-8", sender=MIWA, to=["ツバサシステム 法務部 <legal@tsubasa-systern.jp>"],
    subject="和解条項案についての当社修正",
    body=f"""ツバサシステム株式会社
法務部 ご担当者様

お世話になっております。日の出産業 法務課の三輪です。
先日ご提示いただいた和解条項案について、当社の修正案をお送りします。

・第2項：支払期限を「2026年12月末日」から「2027年1月末日」へ
・第5項：口外禁止条項の対象に「両社の従業員」を明記
・第6項：清算条項に「本件に関し」を追加

ご確認のうえ、ご意見をいただけますと幸いです。
{SIG_MIWA}
""",
    entities=[], detectors=["lookalike_domain"],
    note="tsubasa-systern.jp は取引先 tsubasa-system.jp の m→rn の紛らわしいドメイン",
)

# 76 — 健康診断: one employee's check-up results, safety-duty question to the lawyer
_hc = P("kenshin", sei=("土師", "ハジ", "Haji"), female=False, year_range=(1964, 1968))
add(
    expect="stop", charset="utf-8", sender=IIBOSHI, to=[SHIRAKAWA],
    subject="健診結果を踏まえた就業制限と安全配慮義務について",
    body=f"""白川先生

お世話になっております。人事部の飯干です。
安全配慮義務との関係で、判断に迷っている事案がございます。

トラック運転業務に従事している{_hc.name}（{2026 - _hc.dob.year}歳）の定期健康診断で、
血圧 182/114、空腹時血糖 168 で「要精密検査」、心電図で「要治療（心房細動の疑い）」と
判定されました。産業医からは、精密検査の結果が出るまで運転業務を控えるよう意見が出ています。

本人は受診を拒んでおり、運転業務から外すと手当が減ることに強く反発しています。
就業制限を命じることの可否と、受診命令の根拠について伺えますでしょうか。
{SIG_IIBOSHI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="特定社員の健康診断結果（血圧・血糖・心電図所見）を弁護士へ: 要配慮個人情報",
)

# 77 — pass: English reply; the custodian list is only in the quoted "On … wrote:" part
_cq = people("custodian-quoted", 6)
add(
    expect="pass", charset="utf-8", sender=KAMEI, to=[WHITCOMBE],
    subject="Re: Collection schedule for custodians",
    body=f"""Dear Daniel,

Thanks - the schedule works. Our IT team will prepare the laptops on the days you listed,
and I will be on site for the first two sessions.

Best regards,
Kenji

On Thu, Oct 16, 2026 at 9:12 AM Daniel Whitcombe <dwhitcombe@harperlowe.com> wrote:
> Kenji,
> Here is the proposed collection schedule with the mobile numbers you gave us:
""" + "\n".join(f"> - Oct {20 + _i}: {_p.mei_ro} {_p.sei_ro.replace('ū', 'u')}, +81-{_p.mobile[1:]}"
               for _i, _p in enumerate(_cq)) + """
> Please confirm.
> Daniel
""",
    entities=[], detectors=[],
    note="Custodians' mobiles appear only in the quoted text of counsel's own mail",
)

# 78 — 傷病手当金: three employees with diagnoses (CP932)
_st = people("shobyo", 3, year_range=(1975, 1995))
_sd = ["急性虫垂炎（腹腔鏡手術）", "統合失調症", "頸椎症性脊髄症"]
add(
    expect="stop", charset="shift_jis", sender=OKONOGI, to=[HIMAWARI2],
    subject="傷病手当金支給申請書（事業主記入欄）3名分",
    body=f"""ひまわり労務 手続ご担当者様

お世話になっております。小此木です。
傷病手当金の申請3名分、事業主記入欄に必要な勤怠と賃金の情報をお送りします。

""" + "\n".join(
        f"({_i + 1}) {_p.name}　{_p.dob_iso()}生　傷病名：{_d}　"
        f"休業期間：2026/9/{_i * 5 + 1}〜2026/9/30　9月支給額：{238000 + _i * 11000:,}円"
        for _i, (_p, _d) in enumerate(zip(_st, _sd))) + f"""

医師の意見欄はそれぞれ本人が記入済みの申請書を郵送します。
{SIG_OKONOGI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="社員3名の傷病名と生年月日を社労士へ: 要配慮個人情報（人数に関係なく停止）",
)

# 79 — pass: question to the 行政書士 about required documents (no numbers)
add(
    expect="pass", charset="iso-2022-jp", sender=IIBOSHI, to=[TAKANE],
    subject="特定技能への変更申請に必要な書類について",
    body=f"""高嶺先生

お世話になっております。人事部の飯干です。
来春、技能実習2号を修了する実習生を、特定技能1号として引き続き雇用する予定です。
変更申請にあたって、会社側で準備すべき書類を教えていただけますでしょうか。

特に、
　・協議会への加入手続きのタイミング
　・支援計画を登録支援機関に委託する場合の契約書
　・直近の労働保険料の納付証明の取り方
について知りたいと考えております。

対象者は6名で、個別の情報は正式にご依頼する際にお送りします。
{SIG_IIBOSHI}
""",
    entities=[], detectors=[],
    note="必要書類についての質問のみで、個人の情報は含まない",
)

# 80 — passports of three employees for business visas, to the 行政書士
_ps = people("passport", 3, year_range=(1970, 1992))
_pn = ["TZ4418203", "TR7720519", "MU2093471"]
_ptable = ["氏名（ローマ字）            生年月日     旅券番号     有効期限",
           "--------------------------  -----------  -----------  ----------"]
for _p, _n in zip(_ps, _pn):
    _ptable.append(f"{_p.sei_ro.upper():<13}{_p.mei_ro.upper():<15}{_p.dob_iso():<13}{_n:<13}2031/0{_ps.index(_p) + 3}/15")
add(
    expect="stop", charset="utf-8", sender=IIBOSHI, to=[TAKANE],
    subject="インド出張者の業務ビザ申請（3名）",
    body=f"""高嶺先生

お世話になっております。飯干です。
12月のインド・チェンナイ工場の立上げ支援で、3名が出張いたします。
業務ビザ（e-Business Visa）の申請代行をお願いできますでしょうか。

{chr(10).join(_ptable)}

渡航予定：2026年12月1日〜12月19日
招へい元：Chennai Hinode Components Pvt. Ltd.

旅券の写し（顔写真ページ）は本人から集め次第お送りします。
{SIG_IIBOSHI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="社員3名の旅券番号を空白揃えの表で行政書士へ: 旅券番号は人数に関係なく停止",
)

# 81 — five technical intern trainees, one block each with 在留カード numbers
_tr = [("TRAN VAN HUNG", "チャン・ヴァン・フン", "1999/03/12", "RK71029384VN"),
       ("NGUYEN DUC ANH", "グエン・ドゥック・アイン", "2000/11/02", "RK71029401VN"),
       ("PHAM THI HOA", "ファム・ティ・ホア", "2001/06/27", "RK71029415VN"),
       ("LE MINH TUAN", "レ・ミン・トゥアン", "1998/01/19", "RK71029422VN"),
       ("VO THANH NAM", "ヴォ・タイン・ナム", "2000/08/08", "RK71029436VN")]
_blk = "\n\n".join(f"""■ {_n}（{_k}）
　生年月日　{_d}
　在留カード番号　{_c}
　在留資格　技能実習第2号ロ　在留期限　2027/03/{10 + _i}
　配属　第二工場 溶接課"""
                  for _i, (_n, _k, _d, _c) in enumerate(_tr))
add(
    expect="stop", charset="utf-8", sender=IIBOSHI, to=[TAKANE],
    subject="技能実習生5名 在留資格変更（特定技能1号）のご依頼",
    body=f"""高嶺先生

先日はご回答ありがとうございました。人事部の飯干です。
正式に、技能実習生5名の特定技能1号への変更申請をお願いいたします。
（当初6名の予定でしたが、1名は帰国を希望したため5名となりました）

{_blk}

各人の技能検定3級の合格証の写しは、来週お送りします。
{SIG_IIBOSHI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="実習生5名の在留カード番号を1人1ブロックで行政書士へ: 身分証番号かつ一覧",
)

# 82 — pass: anonymised overtime dispute, no identifiable person
add(
    expect="pass", charset="shift_jis", sender=IIBOSHI, to=[SHIRAKAWA],
    subject="管理監督者の該当性に関するご相談",
    body=f"""白川先生

お世話になっております。人事部の飯干です。
一般論として、当社の「店長」職の管理監督者性についてご意見をいただきたく存じます。

現状の店長職の処遇は次のとおりです。
　・役職手当 月45,000円、時間外手当の支給なし
　・シフト作成権限あり、採用・人事評価の権限はなし
　・出退勤はタイムカードで管理、繁忙期は自らもレジ・品出しに従事

退職した元店長の方から時間外手当の請求を受ける可能性があり、
他の現役店長（18名）への影響も含めて整理したいと考えております。
{SIG_IIBOSHI}
""",
    entities=[], detectors=[],
    note="店長職の処遇の一般的な相談で、特定の個人の情報はない",
)

# 83 — 基礎年金番号 of one officer to the 社労士 (ISO-2022-JP, full-width)
_of = P("yakuin-nenkin", sei=("伊集院", "イジュウイン", "Ijuin"), female=False, year_range=(1959, 1961))
add(
    expect="stop", charset="iso-2022-jp", sender=OKONOGI, to=[MIYASHIRO],
    subject="在職老齢年金の試算のお願い（常務）",
    body=f"""宮代様

いつもお世話になっております。小此木です。
来年65歳になる常務取締役について、役員報酬の改定に先立ち、
在職老齢年金による支給停止額の試算をお願いできますでしょうか。

　氏名：{_of.name}
　生年月日：{wareki(_of.dob, 'zen')}
　基礎年金番号：{zen(_of.pension, iso=True)}
　現在の役員報酬：月額１，２５０，０００円（賞与なし）

ねんきん定期便の写しは本人から預かっておりますので、必要でしたらお送りします。
{SIG_OKONOGI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="役員1名の基礎年金番号を全角で社労士へ: 社会保険の番号は1名でも停止",
)

# 84 — pass: three staff contacts for the shareholders' meeting day (below threshold)
_st3 = people("sokai-staff", 3, year_range=(1975, 1995))
_jobs = ["受付責任者", "議事進行補佐", "議決権集計"]
add(
    expect="pass", charset="iso-2022-jp", sender=URUNO, to=[ISURUGI],
    subject="臨時株主総会 当日の連絡体制",
    body=f"""中央信託銀行 証券代行部
石動様

お世話になっております。宇留野です。
11月18日の臨時株主総会当日、貴行の派遣スタッフの方との連絡窓口を下記のとおりといたします。

""" + "\n".join(f"　{_j}：{_p.name}（携帯 {_p.mobile}）" for _j, _p in zip(_jobs, _st3)) + f"""

当日は8時30分に会場入りいたします。よろしくお願いいたします。
{SIG_URUNO}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="当日の担当者3名の携帯のみ: 1〜4名は警告どまり",
)

# 85 — ZIP (not encrypted): dividend payment reports with shareholders' My Numbers
_dv = people("haito", 11)
_rows = [["令和8年 配当、剰余金の分配及び基金利息の支払調書 作成データ"], [],
         ["株主番号", "氏名", "住所", "個人番号", "所有株式数", "配当金額", "源泉徴収税額"]]
for _i, _p in enumerate(_dv):
    _sh_n = 200 + _i * 90
    _rows.append([f"{_i + 1:04d}", _p.name, _p.addr(), my_number(1700 + _i), _sh_n,
                  _sh_n * 1200, int(_sh_n * 1200 * 0.20315)])
add(
    expect="stop", charset="shift_jis", sender=SOMA, to=[AOZORA2], cc=[KUJI],
    subject="配当の支払調書データ一式",
    body=f"""あおぞら会計　宮古様

お世話になっております。相馬です。
6月に支払った期末配当について、支払調書の作成データをzipでお送りします。
個人株主11名分（個人番号の提供を受けた方のみ）と、法人株主分の2ファイルです。
{SIG_SOMA}
""",
    attachments=[{"kind": "zip", "name": "haito_shiharai_chosho_R8.zip",
                  "files": [{"kind": "xlsx", "name": "配当支払調書_個人株主.xlsx", "sheets": {"個人": _rows}},
                            {"kind": "csv", "name": "配当支払調書_法人株主.csv", "encoding": "cp932",
                             "rows": [["株主番号", "名称", "法人番号", "配当金額"],
                                      ["0029", "みどり銀行株式会社", corp_number(851), 7_200_000],
                                      ["0030", "川崎電機株式会社", corp_number(852), 6_600_000]]}]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="個人株主11名の個人番号入りXLSXを暗号化なしZIPで税理士へ: マイナンバーかつ一覧",
)

# 86 — pass: the hotline rules revision, in general terms only
add(
    expect="pass", charset="utf-8", sender=HIWATASHI, to=[HIBARI],
    subject="内部通報規程の改定案について",
    body=f"""雲雀先生

お世話になっております。樋渡です。
公益通報者保護法の改正を踏まえた、内部通報規程の改定案についてご相談させてください。

主な改定点：
　1. 通報者の範囲に退職後1年以内の者、役員を追加
　2. 通報者を特定させる情報の共有範囲を「調査担当者に限る」と明記
　3. 不利益取扱いの禁止に、配置転換・降格・懲戒を例示
　4. メンタル不調やハラスメントの相談を受けた場合の産業保健スタッフとの連携手順
　5. 調査結果の通報者へのフィードバック期限（原則30日以内）

当社としては、4. の連携手順で、相談者の同意なく健康情報を共有しない旨を
どこまで具体的に書くべきか迷っています。
{SIG_HIWATASHI}
""",
    entities=[], detectors=[],
    note="規程改定の一般論。「メンタル不調」等の語はあるが特定の人に結びつかない",
)

# 87 — inline forward of an internal mail listing five employees facing discipline
_dp = people("choukai", 5, year_range=(1972, 1998))
_act = ["勤怠データの改ざん", "勤怠データの改ざん（指示）", "私用での社用車使用", "経費の二重請求", "勤怠データの改ざん"]
_fw = "\n".join(f"  {_p.emp_no}  {pad(_p.name, 12)}  第二工場 製造課  {pad(_a, 28)}  {_p.mobile}"
                for _p, _a in zip(_dp, _act))
add(
    expect="stop", charset="iso-2022-jp", sender=TOKANO, to=[SHIRAKAWA],
    subject="転送: 懲戒処分対象者の一覧（第二工場）",
    body=f"""白川先生

戸叶です。人事部長からの社内連絡を転送いたします。
処分の量定が妥当か、また弁明の機会の付与の進め方について、
来週のご面談でご意見をいただければ幸いです。

---------- 転送メッセージ ----------
From: 鬼頭 剛 <kito.tsuyoshi@hinode-sangyo.co.jp>
Date: 2026年10月15日(木) 18:40
Subject: 懲戒処分対象者の一覧（第二工場）
To: 戸叶 恭子 <tokano.kyoko@hinode-sangyo.co.jp>

戸叶部長

第二工場の調査結果を踏まえた懲戒処分の対象者は以下の5名です。
自宅待機中のため、連絡は各人の携帯にお願いします。

  社員番号  氏名          所属             事由                          携帯
{_fw}

鬼頭
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="懲戒対象者5名の社員番号・携帯を含む社内メールを社外弁護士へ転送: 転送は新たな本文",
)

# 88 — pass: 36協定 filing receipt, through the 社労士
add(
    expect="pass", charset="shift_jis", sender=IIBOSHI, to=[MIYASHIRO],
    subject="Re: 36協定届 電子申請の完了について",
    body=f"""宮代様

電子申請の完了のご連絡、ありがとうございました。飯干です。
到達番号 20261016-1234-5678-9012 の控えを社内の共有フォルダに保存しました。

各事業場での周知は、10月中に掲示とイントラネットで行います。
特別条項の発動回数の管理表も、前年度と同じ様式で作成いたします。
{SIG_IIBOSHI}

> 日の出産業株式会社　飯干様
> 本日、所轄労働基準監督署へ36協定届（本社・第二工場・物流センター）の
> 電子申請が完了しました。到達番号は 20261016-1234-5678-9012 です。
> ひまわり労務　宮代
""",
    entities=[], detectors=[],
    note="官公庁への届出の到達番号のやりとりのみ",
)

# 89 — legacy XLS: 住民税 特別徴収 change notices for 20 employees, to the city office
_jm = people("juminzei", 20)
_rows = [["給与所得者異動届出書 添付一覧（特別徴収→退職・転勤）"],
         ["特別徴収義務者：日の出産業株式会社　指定番号 00218843"],
         ["No", "受給者番号", "氏名", "フリガナ", "生年月日", "住所（1月1日現在）", "異動事由", "異動日", "未徴収税額"]]
for _i, _p in enumerate(_jm):
    _rows.append([_i + 1, f"{30100 + _i * 13}", _p.name, _p.kana, _p.dob_iso(), _p.addr(),
                  "退職" if _i % 3 else "転勤", f"2026/09/{_i + 1:02d}", (_i * 2911) % 60000 + 8000])
add(
    expect="stop", charset="shift_jis", sender=OKONOGI,
    to=["さいたま南市役所 市民税課 特別徴収係 <tokucho@city.saitama-minami.lg.jp>"],
    subject="給与所得者異動届出書の提出について（日の出産業株式会社）",
    body=f"""さいたま南市役所
市民税課 特別徴収係 御中

いつもお世話になっております。
日の出産業株式会社 人事部の小此木と申します。

熊谷倉庫の閉鎖に伴い、特別徴収対象者20名に異動が生じましたので、
給与所得者異動届出書の添付一覧をお送りいたします。
届出書の原本は本日郵送いたしました。
一括徴収と普通徴収への切替えの区分は、一覧の備考のとおりです。
{SIG_OKONOGI}
""",
    attachments=[{"kind": "xls", "name": "idou_todoke_ichiran.xls", "sheets": {"一覧": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="社員20名の生年月日・住所の一覧（旧形式XLS）を市役所へ: 官公庁宛てでも人の一覧",
)

# 90 — pass: English note on the Singapore subsidiary (company data only)
add(
    expect="pass", charset="utf-8", sender=KAMEI, to=[TAN],
    subject="Hinode Sangyo Singapore - annual return and director change",
    body=f"""Dear Melissa,

Please find below the corporate details you asked for, for the annual return of our
Singapore subsidiary.

  Company:        Hinode Sangyo (Singapore) Pte. Ltd.
  UEN:            201734518K
  Registered office: 10 Anson Road, #21-07 International Plaza, Singapore 079903
  Parent:         Hinode Sangyo Co., Ltd. (Japan Corporate Number {corp_number(90)})
  Financial year end: 31 March

The board resolution appointing our new resident director will follow once she has
signed the consent to act. Could you let us know the filing deadline?

Best regards,
{SIG_KAMEI}
{DISCLAIMER_EN}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="Company registration data of the subsidiary and parent only; disclaimer is boilerplate",
)

# 91 — proxies received: full-width space-padded table of shareholders to the transfer agent
_px = people("ininjo", 8)
_ptab = ["株主番号　氏名　　　　　　　住所　　　　　　　　　　　　　　　　　　議決権数　代理人"]
_ptab.append("――――――――――――――――――――――――――――――――――――――――")
for _i, _p in enumerate(_px):
    _ptab.append(f"{zen(f'{_i * 3 + 2:04d}')}　{_p.name}{'　' * max(1, 8 - len(_p.name))}"
                 f"{_p.addr(chome_kanji=True)}　{zen(3 + _i * 2)}個　{'株主' if _i % 3 else '同居の長男'}")
add(
    expect="stop", charset="shift_jis", sender=URUNO, to=[ISURUGI],
    subject="委任状提出株主の一覧（臨時株主総会）",
    body=f"""石動様

お世話になっております。宇留野です。
本日までに当社へ直接届いた委任状8通分の一覧をお送りします。
議決権行使書との重複がないか、貴行の集計と突合をお願いいたします。

{chr(10).join(_ptab)}

原本は明日、社内便ではなく簡易書留で貴行宛てに発送します。
{SIG_URUNO}
""",
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="株主8名の氏名・住所を全角スペース揃えの表で証券代行へ: 人の一覧",
)

# 92 — pass: the 司法書士's fee estimate accepted (prices only)
add(
    expect="pass", charset="iso-2022-jp", sender=MIWA, to=[MINATO_JIMU],
    subject="Re: 本店移転登記 お見積りの件",
    body=f"""みなと登記事務所　ご担当者様

お見積りをありがとうございました。日の出産業の三輪です。
以下の内容で正式にご依頼いたします。

　登録免許税（本店移転・管轄外）　　 60,000円
　司法書士報酬（本店移転登記）　　　 45,000円
　同（支店所在地の変更登記 5支店）　 30,000円
　登記事項証明書取得（3通）　　　　　 1,800円
　消費税　　　　　　　　　　　　　　　 7,500円
　合計　　　　　　　　　　　　　　　 144,300円

請求書は登記完了後に、経理部 相馬宛てにお送りください。
{SIG_MIWA}
""",
    entities=[], detectors=[],
    note="登記費用の見積額のみ",
)

# 93 — pass: city tax office question with the company's 法人番号
add(
    expect="pass", charset="utf-8", sender=SOMA,
    to=["さいたま南市役所 市民税課 法人市民税係 <hojin@city.saitama-minami.lg.jp>"],
    subject="法人市民税の均等割（事業所の廃止）についてのお尋ね",
    body=f"""さいたま南市役所
市民税課 法人市民税係 御中

日の出産業株式会社 経理部の相馬と申します（法人番号 {corp_number(93)}）。

当社は2026年9月末で熊谷倉庫を閉鎖いたしましたが、
同月中に市内の営業所は引き続き存続しております。
この場合、均等割の従業者数の算定や事業所等の廃止の届出が必要かどうか、
ご教示いただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。
{SIG_SOMA}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="自社の法人番号を添えた市役所への照会: 会社の情報のみ",
)

# 94 — Gmail-style forward of an internal mail with a bullet list of address changes
_ac = people("jusho-henko", 6)
_bl = "\n".join(f"・株主番号{_i * 4 + 3:04d} {_p.name}\n　新住所：{_p.addr(with_zip=True)}\n　電話：{_p.home}"
                for _i, _p in enumerate(_ac))
add(
    expect="stop", charset="utf-8", sender=URUNO, to=[ISURUGI],
    subject="Fwd: 株主の住所変更届（10月受付分）",
    body=f"""石動様

お世話になっております。宇留野です。
10月に当社窓口で受け付けた株主様の住所変更届を、取りまとめた社内メールごと転送します。
株主名簿への反映をお願いいたします。

---------- Forwarded message ---------
From: 総務部 株式担当 <kabushiki@hinode-sangyo.co.jp>
Date: 2026年10月17日(金) 11:05
Subject: 株主の住所変更届（10月受付分）
To: 宇留野 哲 <uruno.satoshi@hinode-sangyo.co.jp>

宇留野さん

10月受付分の住所変更は以下の6件です。届出書原本はキャビネットにあります。

{_bl}

以上です。
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="株主6名の新住所・電話の箇条書きを含む社内メールを証券代行へ転送: 人の一覧",
)

# 95 — pass: record date notice check with the transfer agent
add(
    expect="pass", charset="iso-2022-jp", sender=URUNO, to=[ISURUGI],
    subject="基準日設定公告の掲載日について",
    body=f"""石動様

いつもお世話になっております。宇留野です。
臨時株主総会の基準日（2026年10月3日）の設定公告について、
電子公告の掲載日は9月17日で手配済みと理解しております。
調査機関の調査報告書は、掲載終了後に当社宛てにお送りいただけますでしょうか。

また、総会後の株主数・株式数の集計表は、例年どおりの様式でお願いいたします。
{SIG_URUNO}
""",
    entities=[], detectors=[],
    note="公告の日程と集計様式の確認のみ",
)

# 96 — pass: proof of claim to a bankruptcy trustee (one company)
add(
    expect="pass", charset="shift_jis", sender=MIWA,
    to=["破産管財人 弁護士 五百旗頭 透 <iokibe@iokibe-law.jp>"],
    subject="株式会社コスモ住建 破産事件 債権届出書の提出について",
    body=f"""破産者 株式会社コスモ住建
破産管財人 弁護士 五百旗頭 透 先生

日の出産業株式会社 総務部法務課の三輪と申します。
令和8年(フ)第1093号 破産事件につきまして、当社の債権届出書を本日郵送いたしました。
念のため、届出の概要をお知らせいたします。

　債権者：日の出産業株式会社（法人番号 {corp_number(96)}）
　届出債権額：2,410,500円（売掛金、請求書 INV-2026-03318 ほか2件）
　別除権・相殺：なし

債権者集会（12月9日）には、当社法務課の者が出席する予定です。
何卒よろしくお願い申し上げます。
{SIG_MIWA}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="破産管財人への債権届出の概要（法人間の債権・法人番号）のみ",
)

# 97 — pass: work rules revision meeting with the 社労士 (no people)
add(
    expect="pass", charset="utf-8", sender=IIBOSHI, to=[MIYASHIRO], cc=[OWADA],
    subject="育児・介護休業規程の改定打合せ（論点整理）",
    body=f"""宮代様

お世話になっております。人事部の飯干です。
来年4月施行分の育児・介護休業規程の改定について、打合せ前に論点を整理しました。

1) 子の看護等休暇：対象を小学校3年生修了までに拡大、取得事由に入園式等を追加
2) 残業免除：対象を小学校就学前の子を養育する者に拡大
3) 介護離職防止：40歳到達時の情報提供の方法（メールか書面か）
4) テレワーク：3歳未満の子を養育する者への努力義務の取扱い

労使協定の締結が必要な除外規定（入社1年未満の者など）は現行どおり維持の予定です。
打合せは10月29日（水）15時からでお願いいたします。
{SIG_IIBOSHI}
""",
    entities=[], detectors=[],
    note="規程改定の論点のみで、個人の情報はない",
)

# 98 — either: a deceased employee's cause of death, for a karoshi assessment
_dd = P("karoshi", sei=("瀬戸口", "セトグチ", "Setoguchi"), female=False, year_range=(1978, 1980))
add(
    expect="either", charset="iso-2022-jp", sender=IIBOSHI, to=[MIYASHIRO],
    subject="元社員のご遺族からの労災申請の意向について",
    body=f"""宮代様

お世話になっております。飯干です。
8月に亡くなった営業三課の{_dd.name}さん（享年{2026 - _dd.dob.year}歳）について、
ご遺族から労災（過労死）として申請したいとの意向が伝えられました。

死亡診断書上の死因は「急性心筋梗塞」です。
勤怠記録では、亡くなる前6か月の時間外労働は月平均72時間、最大の月で98時間でした。

会社としての証明欄の記載と、労基署の調査への対応について、
一度ご相談の時間をいただけますでしょうか。
{SIG_IIBOSHI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="死因は健康情報だが本人は死亡しており個人情報保護法の対象外とも言える: 判断が分かれる",
)

# 99 — either: the ten largest shareholders, names and holdings only
_top = people("daikabunushi", 7, year_range=(1940, 1975))
_tt = [("日の出産業従業員持株会", 4200), ("みどり銀行株式会社", 6000), ("川崎電機株式会社", 5500)]
_tt += [(_p.name, 2400 - _i * 230) for _i, _p in enumerate(_top)]
_tt.sort(key=lambda t: -t[1])
add(
    expect="either", charset="utf-8", sender=URUNO, to=[NAGISA],
    subject="大株主の状況（上位10名）",
    body=f"""渚先生

お世話になっております。宇留野です。
事業報告の「大株主の状況」に記載する上位10名をお送りします。
持株比率は自己株式を除いて算出しています。

""" + "\n".join(f"{_i + 1:>2}. {pad(_n, 28)}{_s:>6,}株  {_s / 29910 * 100:5.2f}%"
                 for _i, (_n, _s) in enumerate(_tt)) + f"""

株主総会の招集通知に掲載する予定です。
{SIG_URUNO}
""",
    entities=["PERSON_NAME"], detectors=[],
    note="個人株主7名の氏名と持株数のみ（連絡先なし）、事業報告で開示される情報: 判断が分かれる",
)

# 100 — either: an 'anonymised' employee who is easy to identify, with a diagnosis
add(
    expect="either", charset="shift_jis", sender=TOKANO, to=[SHIRAKAWA],
    subject="休職者（社員A）の取扱いに関するご相談",
    body=f"""白川先生

お世話になっております。戸叶です。
次回の定例打合せで、以下の事案についてもご相談させてください。

社員A（物流センター事務課、20代女性、入社4年目）は、
現在「適応障害」の診断で短時間勤務をしております。
主治医からは、配置転換を検討するよう意見が出ておりますが、
本人は現部署での勤務継続を希望しています。

会社として配置転換を命じることの可否について、ご意見をいただけますでしょうか。
{SIG_TOKANO}
""",
    entities=["SENSITIVE_CATEGORY"], detectors=[],
    note="氏名は伏せているが部署・年代・入社年で社内では特定可能な病名: 判断が分かれる",
)
