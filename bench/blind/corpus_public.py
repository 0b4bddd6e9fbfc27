"""Blind corpus: 日の出産業 の自治体受託業務 (東雲市コールセンター・給付金事務センター) と 保険代理店事業.

Written from bench/blind/BRIEF.md alone.  Every person, number and address below is
invented.  The municipal client is the fictional 千葉県東雲市 (city.shinonome.lg.jp);
insurers are the fictional あさひ損害保険 (asahi-sonpo.co.jp) and ひかり生命
(hikari-seimei.co.jp).  Note: the city is not one of the BRIEF's partner organisations,
so a look-alike of the city's domain is not by itself a stop (rule 5 covers internal and
partner domains only); such messages are labelled on their other merits.
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

# -- invented people ------------------------------------------------------------------

_SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("東海林", "ショウジ", "Shoji"), ("五十嵐", "イガラシ", "Igarashi"), ("百目鬼", "ドウメキ", "Domeki"),
    ("鬼頭", "キトウ", "Kito"), ("御手洗", "ミタライ", "Mitarai"), ("長谷部", "ハセベ", "Hasebe"),
    ("一ノ瀬", "イチノセ", "Ichinose"), ("蓮見", "ハスミ", "Hasumi"), ("砂川", "スナガワ", "Sunagawa"),
    ("比嘉", "ヒガ", "Higa"), ("金城", "キンジョウ", "Kinjo"), ("宇佐美", "ウサミ", "Usami"),
    ("猪狩", "イガリ", "Igari"), ("栗林", "クリバヤシ", "Kuribayashi"), ("真壁", "マカベ", "Makabe"),
    ("穂積", "ホヅミ", "Hozumi"), ("帯刀", "タテワキ", "Tatewaki"), ("九十九", "ツクモ", "Tsukumo"),
    ("纐纈", "コウケツ", "Koketsu"), ("日下部", "クサカベ", "Kusakabe"), ("雑賀", "サイカ", "Saika"),
    ("伊集院", "イジュウイン", "Ijuin"), ("大和田", "オオワダ", "Owada"), ("羽生", "ハニュウ", "Hanyu"),
    ("四月一日", "ワタヌキ", "Watanuki"), ("小鳥遊", "タカナシ", "Takanashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("鮫島", "サメジマ", "Samejima"), ("葛西", "カサイ", "Kasai"), ("舘野", "タテノ", "Tateno"),
    ("桧山", "ヒヤマ", "Hiyama"), ("芦田", "アシダ", "Ashida"), ("塙", "ハナワ", "Hanawa"),
    ("生田目", "ナマタメ", "Namatame"), ("八木橋", "ヤギハシ", "Yagihashi"), ("小野寺", "オノデラ", "Onodera"),
    ("瀬戸口", "セトグチ", "Setoguchi"), ("我妻", "ワガツマ", "Wagatsuma"), ("及川", "オイカワ", "Oikawa"),
]

_MEI = [  # kanji, kana, romaji, sex, generation (o: born before 1960, y: after 1978, a: any)
    ("健一", "ケンイチ", "Kenichi", "m", "a"), ("美咲", "ミサキ", "Misaki", "f", "y"),
    ("翔太", "ショウタ", "Shota", "m", "y"), ("陽子", "ヨウコ", "Yoko", "f", "a"),
    ("大輔", "ダイスケ", "Daisuke", "m", "a"), ("由美子", "ユミコ", "Yumiko", "f", "a"),
    ("拓海", "タクミ", "Takumi", "m", "y"), ("千尋", "チヒロ", "Chihiro", "f", "a"),
    ("誠", "マコト", "Makoto", "m", "a"), ("恵美", "エミ", "Emi", "f", "a"),
    ("直樹", "ナオキ", "Naoki", "m", "a"), ("彩花", "アヤカ", "Ayaka", "f", "y"),
    ("勝利", "カツトシ", "Katsutoshi", "m", "o"), ("トメ", "トメ", "Tome", "f", "o"),
    ("清", "キヨシ", "Kiyoshi", "m", "o"), ("和子", "カズコ", "Kazuko", "f", "o"),
    ("隆", "タカシ", "Takashi", "m", "a"), ("幸子", "サチコ", "Sachiko", "f", "o"),
    ("悠斗", "ユウト", "Yuto", "m", "y"), ("結衣", "ユイ", "Yui", "f", "y"),
    ("正雄", "マサオ", "Masao", "m", "o"), ("節子", "セツコ", "Setsuko", "f", "o"),
    ("蓮", "レン", "Ren", "m", "y"), ("葵", "アオイ", "Aoi", "f", "y"),
    ("ミサヲ", "ミサヲ", "Misawo", "f", "o"), ("茂", "シゲル", "Shigeru", "m", "o"),
    ("静香", "シズカ", "Shizuka", "f", "a"), ("浩之", "ヒロユキ", "Hiroyuki", "m", "a"),
    ("真理子", "マリコ", "Mariko", "f", "a"), ("一郎", "イチロウ", "Ichiro", "m", "a"),
    ("智美", "トモミ", "Tomomi", "f", "a"), ("秀樹", "ヒデキ", "Hideki", "m", "a"),
    ("文子", "フミコ", "Fumiko", "f", "o"), ("亮介", "リョウスケ", "Ryosuke", "m", "y"),
    ("さくら", "サクラ", "Sakura", "f", "y"), ("勇", "イサム", "Isamu", "m", "o"),
    ("久美子", "クミコ", "Kumiko", "f", "a"), ("剛", "ツヨシ", "Tsuyoshi", "m", "a"),
    ("菜々子", "ナナコ", "Nanako", "f", "y"), ("義男", "ヨシオ", "Yoshio", "m", "o"),
    ("光代", "ミツヨ", "Mitsuyo", "f", "o"), ("航", "ワタル", "Wataru", "m", "y"),
]

# 東雲市 (fictional city in 千葉県) and neighbours
_TOWNS = [
    ("東雲市", "若葉町", "28901"), ("東雲市", "汐見台", "28902"), ("東雲市", "桜ケ丘", "28903"),
    ("東雲市", "港南", "28904"), ("東雲市", "本町", "28905"), ("東雲市", "緑が丘", "28906"),
    ("東雲市", "新田", "28907"), ("東雲市", "浜風", "28908"), ("東雲市", "旭町", "28911"),
    ("東雲市", "栄町", "28912"), ("東雲市", "宮前", "28913"), ("東雲市", "松風台", "28914"),
    ("東雲市", "大字北沼", "28915"), ("東雲市", "中央", "28916"),
]
_OTHER_TOWNS = [  # prefecture, city, town, first 5 postcode digits, landline area code
    ("千葉県", "千葉市花見川区", "幕張本郷", "26200", "043"), ("千葉県", "船橋市", "夏見台", "27308", "047"),
    ("東京都", "江東区", "東雲", "13500", "03"), ("神奈川県", "川崎市中原区", "上小田中", "21100", "044"),
    ("埼玉県", "さいたま市南区", "別所", "33600", "048"), ("千葉県", "市原市", "姉崎", "29901", "0436"),
    ("茨城県", "つくば市", "竹園", "30500", "029"), ("千葉県", "佐倉市", "王子台", "28508", "043"),
]
_BUILDINGS = ["", "", "", "", "コーポ若葉201", "シーサイド東雲305号", "グランメール汐見台1102",
              "ハイツ栄102", "メゾン緑が丘B棟4号", "サンライズ本町502", "レオパレス新田203"]

_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "i.softbank.jp", "hotmail.co.jp", "au.com"]

_BANKS = [
    ("みどり銀行", "東雲支店", "0188", "311"), ("みどり銀行", "汐見台出張所", "0188", "318"),
    ("東雲信用金庫", "本店営業部", "1355", "001"), ("東雲信用金庫", "港南支店", "1355", "012"),
    ("房総みなと銀行", "東雲駅前支店", "0529", "146"), ("ちば中央農業協同組合", "東雲支所", "3041", "027"),
    ("ひまわり銀行", "船橋支店", "0301", "205"),
]

_FW = str.maketrans("0123456789-/.:()ABCDEFGHIJKLMNOPQRSTUVWXYZ ",
                    "０１２３４５６７８９－／．：（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ　")


def fw(text: str) -> str:
    """Full-width digits and separators."""
    return str(text).translate(_FW)


_HK_FULL = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー　ヰヱ"
_HK_HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ ｲｴ"
_HK = dict(zip(_HK_FULL, _HK_HALF))


def hk(text: str) -> str:
    """Half-width katakana (as bank transfer files have them)."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if ch == "\u3099":
            out.append("ﾞ")
        elif ch == "\u309a":
            out.append("ﾟ")
        else:
            out.append(_HK.get(ch, ch))
    return "".join(out)


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, ab, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, ab, y = "平成", "H", d.year - 1988
    elif d >= _dt.date(1926, 12, 25):
        era, ab, y = "昭和", "S", d.year - 1925
    else:
        era, ab, y = "大正", "T", d.year - 1911
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "kanji_fw":
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    if style == "short":
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == "short_fw":
        return fw(f"{ab}{y}.{d.month}.{d.day}")
    if style == "pad":
        return f"{era}{y:02d}年{d.month:02d}月{d.day:02d}日"
    raise ValueError(style)


def seireki(d: _dt.date, style: str = "slash") -> str:
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "fw":
        return fw(f"{d.year}/{d.month}/{d.day}")
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    raise ValueError(style)


class P:
    """One invented person."""

    def __init__(self, rng: random.Random, *, old: bool = False, local: bool = True):
        self.sei, self.sei_kana, self.sei_ro = rng.choice(_SEI)
        lo, hi = (1932, 1956) if old else (1941, 2004)
        self.dob = _dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
        gen = "o" if self.dob.year < 1960 else "y" if self.dob.year > 1978 else "m"
        pool = [m for m in _MEI if m[4] == "a" or m[4] == gen]
        self.mei, self.mei_kana, self.mei_ro, self.sex, _ = rng.choice(pool)
        if local:
            city, town, zip5 = rng.choice(_TOWNS)
            self.pref, self.city, self.town, area = "千葉県", city, town, "0436"
        else:
            self.pref, self.city, self.town, zip5, area = rng.choice(_OTHER_TOWNS)
        self.zip = f"{zip5}{rng.randint(10, 99)}"
        self.chome = rng.randint(1, 5)
        self.ban = rng.randint(1, 30)
        self.go = rng.randint(1, 25)
        self.bldg = rng.choice(_BUILDINGS)
        self.mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        if len(area) == 2:
            self.tel = f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
        elif len(area) == 3:
            self.tel = f"{area}-{rng.randint(200, 799)}-{rng.randint(1000, 9999)}"
        else:
            self.tel = f"{area}-{rng.randint(20, 99)}-{rng.randint(1000, 9999)}"
        self.email = (f"{self.mei_ro.lower()}{rng.choice(['.', '_', ''])}{self.sei_ro.lower()}"
                      f"{rng.choice(['', str(rng.randint(1, 99)), str(self.dob.year)[2:]])}@{rng.choice(_FREEMAIL)}")
        bank = rng.choice(_BANKS)
        self.bank, self.branch, self.bank_code, self.branch_code = bank
        self.acct_type = rng.choice(["普通", "普通", "普通", "普通", "貯蓄"])
        self.acct = f"{rng.randint(0, 9999999):07d}"
        self.seed = rng.randint(1, 10**6)

    # names
    @property
    def name(self) -> str:
        return f"{self.sei} {self.mei}"

    @property
    def name_ns(self) -> str:
        return f"{self.sei}{self.mei}"

    @property
    def name_fw(self) -> str:
        return f"{self.sei}　{self.mei}"

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    @property
    def hkana(self) -> str:
        return hk(f"{self.sei_kana} {self.mei_kana}")

    @property
    def romaji(self) -> str:
        return f"{self.sei_ro.upper()} {self.mei_ro}"

    @property
    def romaji_we(self) -> str:
        return f"{self.mei_ro} {self.sei_ro}"

    # addresses
    @property
    def banchi(self) -> str:
        return f"{self.chome}-{self.ban}-{self.go}"

    @property
    def addr(self) -> str:
        b = f" {self.bldg}" if self.bldg else ""
        return f"{self.pref}{self.city}{self.town}{self.banchi}{b}"

    @property
    def addr_nopref(self) -> str:
        b = f" {self.bldg}" if self.bldg else ""
        return f"{self.city}{self.town}{self.banchi}{b}"

    @property
    def addr_kanji(self) -> str:
        return f"{self.pref}{self.city}{self.town}{self.chome}丁目{self.ban}番{self.go}号{self.bldg}"

    @property
    def zipcode(self) -> str:
        return f"{self.zip[:3]}-{self.zip[3:]}"

    @property
    def mynum(self) -> str:
        return my_number(self.seed)

    @property
    def age(self) -> int:
        ref = _dt.date(2025, 4, 1)
        return ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))


def people(seed: str, n: int, **kw) -> list[P]:
    rng = random.Random(seed)
    out, seen = [], set()
    while len(out) < n:
        p = P(rng, **kw)
        if (p.sei, p.mei) in seen:
            continue
        seen.add((p.sei, p.mei))
        out.append(p)
    return out


def pad(text: str, width: int) -> str:
    """Pad to a display width (full-width characters count two)."""
    w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(width - w, 1)


def corporate_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- recurring addresses ----------------------------------------------------------------

CITY_SHIEN = "東雲市 福祉部 生活支援課 給付金担当 <kyufu-shien@city.shinonome.lg.jp>"
CITY_OTSUKI = "大槻 和真 <ohtsuki-k@city.shinonome.lg.jp>"
CITY_SHIMIN = "東雲市 市民課 <shimin@city.shinonome.lg.jp>"
CITY_KEIYAKU = "東雲市 財政部 契約検査課 <keiyaku@city.shinonome.lg.jp>"
CITY_KOHO = "広聴広報課 <kocho@city.shinonome.lg.jp>"
BANK = "谷村 様 <tanimura.s@midori-ginko.co.jp>"
LAW = "白川 弁護士 <shirakawa@shirakawa-law.jp>"
INS = "あさひ損害保険 千葉損害サービス課 <chiba-songai@asahi-sonpo.co.jp>"
LIFE = "ひかり生命 代理店サポート <agency-support@hikari-seimei.co.jp>"

MESSAGES: list[dict] = []


def add(**kw) -> None:
    MESSAGES.append(dict(**kw))


S_HORIUCHI = "堀内 綾 <horiuchi.aya@hinode-sangyo.co.jp>"
S_KASHIWAGI = "柏木 亮 <kashiwagi.ryo@hinode-sangyo.co.jp>"
S_MIKUMO = "三雲 奈央 <mikumo.nao@hinode-sangyo.co.jp>"
S_NEGISHI = "根岸 崇 <negishi.takashi@hinode-sangyo.co.jp>"
S_SAOTOME = "早乙女 紗季 <saotome.saki@hinode-sangyo.co.jp>"
S_SHISHIDO = "宍戸 浩二 <shishido.koji@hinode-sangyo.co.jp>"
S_TOYAMA = "外山 真由 <toyama.mayu@hinode-sangyo.co.jp>"
S_ASARI = "浅利 健吾 <asari.kengo@hinode-sangyo.co.jp>"
S_KOKUBU = "国分 優 <kokubu.yu@hinode-sangyo.co.jp>"
S_CENTER = "東雲市給付金事務センター <shinonome-kyufu@bpo.hinode-sangyo.co.jp>"

# ---------------------------------------------------------------- pub-001
_p = people("pub-001", 7)
_defects = ["本人確認書類の写し未添付", "振込先口座の名義相違", "世帯主欄の記入漏れ", "押印・署名なし",
            "口座番号の桁不足", "生年月日の記載誤り（住基と不一致）", "本人確認書類の有効期限切れ"]
_lines = [pad("受付番号", 12) + pad("氏名", 16) + pad("生年月日", 18) + pad("住所", 44) + "不備内容",
          "-" * 110]
for i, x in enumerate(_p):
    _lines.append(pad(f"K6-{10231 + i * 17}", 12) + pad(x.name, 16) + pad(wareki(x.dob), 18)
                  + pad(x.addr_nopref, 44) + _defects[i])
add(
    id="pub-001",
    sender=S_KASHIWAGI,
    to=[CITY_SHIEN], cc=[CITY_OTSUKI], bcc=[],
    subject="【東雲市物価高騰対策給付金】申請書不備一覧（10月第2週分）",
    charset="iso-2022-jp",
    body="東雲市 福祉部 生活支援課\n給付金担当 御中\n\n"
         "いつも大変お世話になっております。\n"
         "東雲市給付金事務センターの柏木でございます。\n\n"
         "10月第2週受付分のうち、不備があった申請書を下記のとおりご報告いたします。\n"
         "返戻通知の発送可否について、ご確認をお願いできますでしょうか。\n\n"
         + "\n".join(_lines) +
         "\n\n以上7件です。\n"
         "なお、K6-10316 の方は住民基本台帳上の生年月日と1日ずれており、"
         "市民課様への照会が必要と思われます。\n\n"
         "よろしくお願いいたします。\n\n"
         "―――――――――――――――――――――\n"
         "日の出産業株式会社 自治体BPO事業部\n"
         "東雲市給付金事務センター 審査チーム\n"
         "柏木 亮（かしわぎ りょう）\n"
         "〒289-0516 千葉県東雲市本町2-3-1 東雲本町ビル4F\n"
         "TEL 0436-20-5511（センター代表）\n"
         "―――――――――――――――――――――\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="7 applicants with 和暦 DOB and address in a space-padded table to the city",
)

# ---------------------------------------------------------------- pub-002
_p = people("pub-002", 22)
_rows = [["受取人名", "銀行ｺｰﾄﾞ", "支店ｺｰﾄﾞ", "預金種目", "口座番号", "振込金額", "顧客番号"]]
for i, x in enumerate(_p):
    _rows.append([x.hkana, x.bank_code, x.branch_code, "1" if x.acct_type != "当座" else "2",
                  x.acct, "30000" if i % 5 else "50000", f"2024{880100 + i * 3}"])
add(
    id="pub-002",
    sender=S_MIKUMO,
    to=["みどり銀行 公務部 <koumu-furikomi@midori-ginko.co.jp>"], cc=[], bcc=[],
    subject="総合振込データ送付（東雲市給付金 第3回支払分）",
    charset="cp932",
    body="みどり銀行 公務部 ご担当者様\n\n"
         "お世話になります。日の出産業の三雲です。\n"
         "東雲市物価高騰対策給付金の第3回支払分の総合振込データをお送りします。\n\n"
         "　指定振込日：11月15日\n"
         "　件数：22件\n"
         "　合計金額：CSVのとおり\n\n"
         "データ形式は前回と同じ（カンマ区切り、ヘッダ1行）です。\n"
         "取込エラー等ございましたらご連絡ください。\n\n"
         "三雲 奈央\n日の出産業株式会社 自治体BPO事業部\nTEL 0436-20-5511 / FAX 0436-20-5519\n",
    attachments=[{"kind": "csv", "name": "furikomi_dai3kai_1115.csv", "rows": _rows, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="benefit transfer file: 22 payees in half-width kana with bank/branch/account, CSV to the bank",
)

# ---------------------------------------------------------------- pub-003
_p = people("pub-003", 16)
_sheet = [["東雲市子育て世帯臨時給付金　振込予定一覧（第4回）"], [],
          ["No.", "申請者氏名", "フリガナ", "金融機関", "支店", "種別", "口座番号", "口座名義", "支給額"]]
for i, x in enumerate(_p, 1):
    _sheet.append([i, x.name, x.kana, x.bank, x.branch, x.acct_type, x.acct, x.kana, 50000])
add(
    id="pub-003",
    sender=S_MIKUMO,
    to=["谷村 様 <tanimura.s@midori-ginkou.co.jp>"], cc=[], bcc=[],
    subject="Re: 第4回振込分のデータについて",
    charset="utf-8",
    body="谷村様\n\nお世話になっております。日の出産業 三雲です。\n"
         "お電話でお話しした第4回分の振込予定一覧、Excelでお送りします。\n"
         "口座名義とフリガナの突合をお願いできれば幸いです。\n\n"
         "よろしくお願いいたします。\n\n--\n三雲 奈央\n日の出産業株式会社 自治体BPO事業部\n",
    attachments=[{"kind": "xlsx", "name": "振込予定一覧_第4回.xlsx",
                  "sheets": {"振込予定": _sheet, "集計": [["区分", "件数", "金額"], ["第4回", 16, 800000]]}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data", "lookalike_domain"],
    note="payee list with accounts to midori-ginkou.co.jp, a look-alike of the partner bank midori-ginko.co.jp",
)

# ---------------------------------------------------------------- pub-004
_p = people("pub-004", 9)
_why = ["宛所に尋ねあたりません", "転居先不明", "あて名不完全", "受取拒否", "保管期間経過",
        "宛所に尋ねあたりません", "転居先不明", "あて名不完全", "宛所に尋ねあたりません"]
_lines = ["通知番号\t宛名\t郵便番号\t送付先住所\t返戻理由"]
for i, x in enumerate(_p):
    _lines.append(f"R{240900 + i * 7}\t{x.name_ns} 様\t{x.zipcode}\t{x.addr}\t{_why[i]}")
add(
    id="pub-004",
    sender=S_HORIUCHI,
    to=[CITY_SHIEN], cc=[], bcc=[],
    subject="返戻郵便のご報告（確認書・9月発送分）",
    charset="iso-2022-jp",
    body="生活支援課 大槻様\n\n"
         "お疲れさまです。給付金事務センターの堀内です。\n"
         "9月に発送した支給要件確認書のうち、本日までに返戻となったものを一覧にしました。\n"
         "（Excelからそのまま貼り付けていますので、タブ区切りになっています）\n\n"
         + "\n".join(_lines) +
         "\n\n住民票上の住所と相違がないか、市民課様でご確認いただけますでしょうか。\n"
         "確認後、再送分は来週まとめて発送いたします。\n\n"
         "堀内\n日の出産業（株）東雲市給付金事務センター\n0436-20-5511\n",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="returned-mail list of 9 residents (name, postcode, address) tab-separated in the body to the city",
)

# ---------------------------------------------------------------- pub-005
_x = people("pub-005", 1)[0]
add(
    id="pub-005",
    sender=S_NEGISHI,
    to=[CITY_OTSUKI], cc=[], bcc=[],
    subject="【エスカレーション】折り返し希望のお問い合わせ（1件）",
    charset="iso-2022-jp",
    body="大槻様\n\nお世話になっております。コールセンターSVの根岸です。\n"
         "本日14時台に受電した件で、市役所からの直接の回答を希望されている方がいらっしゃいます。\n\n"
         "■お問い合わせ者\n"
         f"　{_x.name}様（{_x.kana}）\n"
         f"　連絡先：{_x.mobile}（平日17時以降希望）\n"
         "■内容\n"
         "　給付金の支給決定通知が届いたが、振込予定日を過ぎても入金がない。\n"
         "　コールセンターで振込日程を案内したが、担当課から説明してほしいとのこと。\n\n"
         "お手数ですが、折り返しのご対応をお願いいたします。\n\n"
         "根岸 崇\n日の出産業株式会社 東雲市コールセンター\nTEL 0436-20-5520\n",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one resident's name and mobile handed to the city for a call-back: one person, may warn",
)

# ---------------------------------------------------------------- pub-006
_x = people("pub-006", 1)[0]
add(
    id="pub-006",
    sender=S_SAOTOME,
    to=[CITY_OTSUKI], cc=["障害福祉課 <shogai-fukushi@city.shinonome.lg.jp>"], bcc=[],
    subject="受電内容の共有（障害者手帳をお持ちの方からのご相談）",
    charset="utf-8",
    body="生活支援課 大槻様\n障害福祉課 ご担当者様\n\n"
         "いつもお世話になっております。東雲市コールセンターの早乙女です。\n"
         "本日、以下のご相談をお受けしましたので共有いたします。\n\n"
         f"ご相談者は{_x.city}{_x.town}にお住まいの{_x.sei}{_x.mei}さん（{_x.age}歳）で、"
         "精神障害者保健福祉手帳2級をお持ちとのことです。"
         "統合失調症で東雲メンタルクリニックに月2回通院されており、"
         "申請書の記入が難しいため訪問での支援を希望されています。\n"
         f"ご本人の携帯は {_x.mobile} です（日中は通院で出られないことが多いそうです）。\n\n"
         "代筆支援の対象になるかどうか、ご判断をお願いできますでしょうか。\n\n"
         "早乙女\n東雲市コールセンター（日の出産業株式会社 受託）\n",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named resident's mental disability and diagnosis in prose to the city (要配慮)",
)

# ---------------------------------------------------------------- pub-007
_p = people("pub-007", 14, local=False)
_sheet = [["業務従事者名簿（東雲市コールセンター運営業務委託）", "", "", "", "", "", ""],
          ["提出日：令和6年10月1日", "", "", "", "", "", ""],
          ["No", "氏名", "フリガナ", "生年月日", "現住所", "担当業務", "守秘義務誓約書"]]
_roles = ["センター長", "SV", "SV", "オペレーター", "オペレーター", "オペレーター", "オペレーター",
          "オペレーター", "オペレーター", "オペレーター", "事務", "事務", "オペレーター", "オペレーター"]
for i, x in enumerate(_p, 1):
    _sheet.append([i, x.name, x.kana, seireki(x.dob, "slash"), x.addr, _roles[i - 1], "提出済"])
add(
    id="pub-007",
    sender=S_KOKUBU,
    to=[CITY_KEIYAKU], cc=[CITY_KOHO], bcc=[],
    subject="業務従事者名簿の提出について（契約第12条関係）",
    charset="cp932",
    body="東雲市 財政部 契約検査課 御中\n広聴広報課 御中\n\n"
         "平素より格別のご高配を賜り、厚く御礼申し上げます。\n"
         "日の出産業株式会社 公共営業部の国分でございます。\n\n"
         "標記業務委託契約書第12条に基づき、業務従事者名簿を提出いたします。\n"
         "10月1日付の体制変更（オペレーター2名増員）を反映しております。\n\n"
         "ご査収のほど、よろしくお願い申し上げます。\n\n"
         "日の出産業株式会社 公共営業部\n国分 優\n〒104-0032 東京都中央区八丁堀3-12-8 日の出ビル\n"
         "TEL 03-5543-2100（代表）\n",
    attachments=[{"kind": "xlsx", "name": "業務従事者名簿_20241001.xlsx", "sheets": {"名簿": _sheet}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="roster of 14 contract staff with DOB and home address to the city (list of people)",
)

# ---------------------------------------------------------------- pub-008
add(
    id="pub-008",
    sender=S_KOKUBU,
    to=[CITY_KOHO], cc=[], bcc=[],
    subject="業務実施体制について",
    charset="iso-2022-jp",
    body="東雲市 広聴広報課\n森下様\n\n"
         "いつもお世話になっております。日の出産業の国分です。\n"
         "先日ご依頼のありました業務実施体制について、下記のとおりご連絡いたします。\n\n"
         "　統括責任者　：国分 優（公共営業部）　　TEL 03-5543-2100\n"
         "　現場責任者　：根岸 崇（コールセンターSV）TEL 0436-20-5520\n"
         "　副責任者　　：早乙女 紗季\n"
         "　情報管理責任者：情報システム部 部長 岩城 拓也\n\n"
         "緊急時は現場責任者の根岸までご連絡ください（センター代表番号で平日8:30-20:00受付）。\n"
         "体制図（A4 1枚）は次回定例会でお持ちします。\n\n"
         "日の出産業株式会社\n公共営業部 国分\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="our own staff's roles and business phone numbers: business contacts, not a list of personal data",
)

# ---------------------------------------------------------------- pub-009
_p = people("pub-009", 25, local=False)
_table = [["証券番号", "契約者", "生年月日", "住所", "電話番号", "保険種目", "満期日"]]
_kinds = ["自動車", "火災", "傷害", "自動車", "個人賠償"]
for i, x in enumerate(_p):
    _table.append([f"SA{61200345 + i * 111}", x.name, seireki(x.dob, "slash"), x.addr,
                   x.tel if i % 3 == 0 else x.mobile, _kinds[i % 5], f"2025/{(i % 12) + 1:02d}/01"])
add(
    id="pub-009",
    sender=S_TOYAMA,
    to=[INS], cc=[], bcc=[],
    subject="代理店コード H-0412　契約者一覧（2025年満期分）",
    charset="utf-8",
    body="あさひ損害保険株式会社\n千葉損害サービス課 ご担当者様\n\n"
         "いつもお世話になっております。\n"
         "日の出産業株式会社 保険代理店事業部（代理店コード H-0412）の外山です。\n\n"
         "ご依頼いただいておりました2025年満期分の契約者一覧をPDFにてお送りいたします。\n"
         "更改案内の発送リストとの照合にお使いください。\n\n"
         "以上、よろしくお願いいたします。\n\n"
         "外山 真由\n日の出産業株式会社 保険代理店事業部\nTEL 03-5543-2188\n",
    attachments=[{"kind": "pdf", "name": "契約者一覧_2025満期.pdf",
                  "lines": ["契約者一覧（2025年満期分）", "代理店：日の出産業株式会社（H-0412）", ""],
                  "table": _table}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="25 policyholders with DOB, address, phone as a PDF table to the insurer",
)

# ---------------------------------------------------------------- pub-010
_x = people("pub-010", 1)[0]
add(
    id="pub-010",
    sender=S_ASARI,
    to=["事故受付センター <jiko-uketsuke@asahi-sonpo.co.jp>"], cc=[], bcc=[],
    subject="傷害保険 保険金請求のご連絡（証券番号 SA61877320）",
    charset="iso-2022-jp",
    body="あさひ損害保険 事故受付センター 御中\n\n"
         "お世話になっております。日の出産業 保険代理店事業部の浅利です。\n"
         "下記ご契約につき、保険金請求のご連絡をいたします。\n\n"
         "証券番号：SA61877320（普通傷害保険）\n"
         f"被保険者：{_x.name}様（{wareki(_x.dob, 'short')}生）\n"
         "事故日：令和6年11月3日\n"
         "事故状況：自宅階段で足を踏み外し転倒\n"
         "傷病名：右橈骨遠位端骨折（東雲中央病院 整形外科にて11/4手術）\n"
         "入院：11/4〜11/12（9日間）、以後通院予定\n\n"
         "診断書は後日原本を郵送いたします。\n"
         "請求書類一式のご送付をお願いいたします。\n\n"
         "浅利 健吾\n日の出産業株式会社 保険代理店事業部\nTEL 03-5543-2188　携帯 080-3391-2205\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="claim for one named insured with injury, surgery and hospital stay (要配慮: medical)",
)

# ---------------------------------------------------------------- pub-011
_v = people("pub-011", 3)
add(
    id="pub-011",
    sender=S_ASARI,
    to=["あさひ損害保険 千葉自動車損害サービス <chiba-jidosha@asahi-sonpo.co.jp>"], cc=[], bcc=[],
    subject="事故報告書の送付（人身事故・受付番号 24-J-008812）",
    charset="utf-8",
    body="ご担当者様\n\nお世話になっております。日の出産業 浅利です。\n"
         "11月8日に発生した人身事故（受付番号 24-J-008812）の事故報告書を作成しましたので送付します。\n"
         "相手方の方の治療状況は報告書に記載しております。\n"
         "ご確認のうえ、対人担当の方へ回付をお願いします。\n\n"
         "浅利\n日の出産業株式会社 保険代理店事業部\n",
    attachments=[{"kind": "docx", "name": "事故報告書_24-J-008812.docx",
                  "title": "事故報告書",
                  "paragraphs": [
                      "事故報告書",
                      "受付番号：24-J-008812　　証券番号：SA61540078（総合自動車保険）",
                      f"記名被保険者：{_v[0].name}（{seireki(_v[0].dob, 'kanji')}生）",
                      "事故日時：2024年11月8日 17時40分頃",
                      "事故場所：千葉県東雲市旭町2丁目 市道交差点（信号なし）",
                      "事故状況：被保険者運転の車両が右折時、横断歩道を横断中の歩行者2名に接触した。",
                      "被害者の状況：",
                  ],
                  "tables": [[["被害者", "年齢", "住所", "負傷内容", "搬送先"],
                              [_v[1].name, f"{_v[1].age}歳", _v[1].addr, "頸椎捻挫・左膝挫創（全治2週間）", "東雲中央病院"],
                              [_v[2].name, f"{_v[2].age}歳", _v[2].addr, "左脛骨骨折（入院、全治3か月見込み）", "東雲中央病院"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="accident report DOCX naming two injured victims with their injuries (要配慮) and addresses",
)

# ---------------------------------------------------------------- pub-012
_x = people("pub-012", 1, local=False)[0]
_lic = "30" + f"{random.Random('lic12').randint(0, 10**10 - 1):010d}"
add(
    id="pub-012",
    sender=S_TOYAMA,
    to=["ひまわり損保 新契約課 <shinkeiyaku@himawari-sonpo.co.jp>"], cc=[], bcc=[],
    subject="自動車保険 新規お申込みの件（ノンフリート）",
    charset="cp932",
    body="ひまわり損害保険株式会社\n新契約課 御中\n\n"
         "いつもお世話になっております。\n日の出産業 保険代理店事業部の外山でございます。\n\n"
         "下記の新規お申込みについて、計上前の確認をお願いいたします。\n\n"
         f"　記名被保険者　　{_x.name}（{_x.kana}）\n"
         f"　生年月日　　　　{wareki(_x.dob, 'kanji')}\n"
         f"　運転免許証番号　第{_lic}号（ゴールド、{fw('2027')}年{fw('5')}月まで有効）\n"
         "　車両　　　　　　トヨタ ヤリス（MXPA10）\n"
         "　補償開始日　　　2024年12月1日\n\n"
         "免許証の写しは申込書と一緒に郵送済みです。\n"
         "ご不明点はお知らせください。\n\n"
         "外山 真由\n日の出産業株式会社 保険代理店事業部\nTEL 03-5543-2188\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a customer's driver's licence number with name and DOB to an insurer (identity document)",
)

# ---------------------------------------------------------------- pub-013
_p = people("pub-013", 6)
add(
    id="pub-013",
    sender=S_ASARI,
    to=[f"{x.name}様 <{x.email}>" for x in _p], cc=[], bcc=[],
    subject="【日の出産業 保険窓口】自動車保険 満期のご案内",
    charset="iso-2022-jp",
    body="お客様各位\n\n"
         "平素より日の出産業 保険窓口をご利用いただき、誠にありがとうございます。\n"
         "ご契約中の自動車保険が来月満期を迎えます。\n\n"
         "継続のお手続きは、同封の更改申込書にご記入のうえ返送いただくか、\n"
         "店頭またはお電話（0120-55-2188）でも承っております。\n\n"
         "補償内容の見直しをご希望の方は、お気軽にご相談ください。\n\n"
         "日の出産業株式会社 保険代理店事業部\n担当 浅利\n",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="renewal notice to six private customers all in To (should have been Bcc)",
)

# ---------------------------------------------------------------- pub-014
add(
    id="pub-014",
    sender=S_TOYAMA,
    to=["あさひ損害保険 契約管理課 <keiyaku-kanri@asahi-sonpo.co.jp>"], cc=[], bcc=[],
    subject="異動承認請求書の様式について（SA61204871）",
    charset="cp932",
    body="契約管理課 ご担当者様\n\n"
         "お世話になっております。日の出産業の外山です。\n\n"
         "証券番号 SA61204871 のご契約で、車両入替の異動手続きを予定しております。\n"
         "2024年10月改定後の異動承認請求書（様式 K-22）の最新版はどちらから取得すればよろしいでしょうか。\n"
         "代理店ポータルの書式集には旧版（K-21）しか見当たりませんでした。\n\n"
         "お手数ですがご教示ください。\n\n"
         "外山\n保険代理店事業部\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="a policy number alone in a procedural question: not personal data by itself",
)

# ---------------------------------------------------------------- pub-015
add(
    id="pub-015",
    sender=S_KOKUBU,
    to=["会計課 <kaikei@city.shinonome.lg.jp>"], cc=[], bcc=[],
    subject="10月分委託料 請求書送付のご案内（契約番号 R6-委-0123）",
    charset="utf-8",
    body="東雲市 会計課 御中\n\n"
         "お世話になっております。日の出産業株式会社の国分です。\n\n"
         "東雲市コールセンター運営業務委託（契約番号 R6-委-0123）の10月分委託料について、\n"
         "請求書（請求番号 HS-2410-0871）を本日郵送いたしました。\n\n"
         "　請求金額：4,862,500円（税込）\n"
         "　支払期日：2024年11月30日\n\n"
         "電子請求をご希望の場合は、PDFでもお送りいたします。\n\n"
         "よろしくお願いいたします。\n\n"
         "国分 優\n日の出産業株式会社 公共営業部\n03-5543-2100\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="contract and invoice numbers only: ordinary billing mail to the city",
)

# ---------------------------------------------------------------- pub-016
_offices = [
    ("東雲市役所 本庁舎", "〒289-0516 千葉県東雲市中央1-1-1", "0436-20-1111", "8:30-17:15"),
    ("汐見台支所", "〒289-0221 千葉県東雲市汐見台3-5-2", "0436-24-3100", "8:30-17:15"),
    ("港南支所", "〒289-0408 千葉県東雲市港南1-18-7", "0436-26-4411", "8:30-17:15"),
    ("北沼出張所", "〒289-0155 千葉県東雲市大字北沼1024", "0436-29-0020", "9:00-16:00"),
    ("松風台市民センター", "〒289-0143 千葉県東雲市松風台2-1-1", "0436-27-8800", "9:00-21:00"),
    ("東雲駅前行政サービスコーナー", "〒289-0511 千葉県東雲市本町1-1 駅ビル2F", "0436-21-5050", "10:00-19:00"),
]
add(
    id="pub-016",
    sender=S_NEGISHI,
    to=["ツバサシステム FAQ担当 <faq-support@tsubasa-system.jp>"], cc=[], bcc=[],
    subject="FAQ追加：申請書の提出窓口一覧",
    charset="iso-2022-jp",
    body="ツバサシステム FAQ担当 御中\n\n"
         "お世話になっております。東雲市コールセンターの根岸です。\n"
         "「申請書はどこに持っていけばよいか」という問い合わせが増えているため、\n"
         "ナレッジに窓口一覧を追加していただけますでしょうか。\n\n"
         + "\n".join(f"◆{n}\n　{a}\n　TEL {t}（{h}）" for n, a, t, h in _offices) +
         "\n\n地図画像も添付します。土日は駅前コーナーのみ開庁です。\n\n"
         "根岸\n",
    attachments=[{"kind": "png", "name": "窓口マップ.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="list of city offices with addresses and phones: businesses, not people",
)

# ---------------------------------------------------------------- pub-017
add(
    id="pub-017",
    sender=S_SHISHIDO,
    to=["総務部 関様 <seki@kawasaki-denki.co.jp>"], cc=[], bcc=[],
    subject="団体保険の事故受付窓口（各拠点）のご案内",
    charset="utf-8",
    body="川崎電機株式会社\n総務部 関様\n\n"
         "いつも大変お世話になっております。日の出産業の宍戸です。\n"
         "先日お問い合わせいただいた、各事業所から事故連絡をする際の窓口をまとめました。\n\n"
         "・あさひ損保 東京中央支店　03-3287-4100　東京都千代田区丸の内2-6-1\n"
         "・あさひ損保 横浜支店　　　045-211-7730　神奈川県横浜市西区みなとみらい3-3-1\n"
         "・あさひ損保 千葉支店　　　043-245-1180　千葉県千葉市中央区新町18-10\n"
         "・あさひ損保 大阪北支店　　06-6345-2290　大阪府大阪市北区梅田1-8-3\n"
         "・夜間休日 事故受付センター　0120-981-335（24時間）\n\n"
         "社内掲示用にA4一枚にまとめたものが必要でしたらお申し付けください。\n\n"
         "宍戸 浩二\n日の出産業株式会社 保険代理店事業部 課長\nTEL 03-5543-2188\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="insurer branch directory (offices, switchboards) for a corporate customer",
)

# ---------------------------------------------------------------- pub-018
add(
    id="pub-018",
    sender=S_NEGISHI,
    to=[CITY_KOHO], cc=[CITY_OTSUKI], bcc=[],
    subject="10月度 運営報告書（東雲市コールセンター）",
    charset="cp932",
    body="広聴広報課 森下様\n生活支援課 大槻様\n\n"
         "お世話になっております。根岸です。\n"
         "10月度の運営報告書を添付いたします。定例会（11/12）の資料としてお使いください。\n\n"
         "概況：入電 8,412件（前月比 +12.4%）、応答率 93.1%、平均処理時間 6分42秒。\n"
         "給付金関連が全体の61%を占め、うち「振込日」に関するものが最多でした。\n\n"
         "根岸\n",
    attachments=[{"kind": "pptx", "name": "202410_運営報告.pptx",
                  "slides": [["東雲市コールセンター 10月度運営報告", "日の出産業株式会社", "2024年11月12日 定例会"],
                             ["入電・応答状況", "入電数 8,412件（前月 7,484件）", "応答数 7,832件／応答率 93.1%",
                              "放棄呼 580件（ピーク：10/15 月曜午前）"],
                             ["問い合わせ内容（上位）", "振込日 2,311件", "申請方法 1,487件",
                              "必要書類 902件", "住所変更・転居 377件", "その他 3,335件"],
                             ["課題と対応", "月曜午前の放棄呼 → 10/21よりオペレーター2名増員",
                              "FAQ未掲載の質問 42件 → ナレッジへ追加予定"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate call statistics report (PPTX) to the city: no individual data",
)

# ---------------------------------------------------------------- pub-019
add(
    id="pub-019",
    sender=S_KOKUBU,
    to=["北浜市 総務部 契約課 <nyusatsu@city.kitahama.lg.jp>"], cc=[], bcc=[],
    subject="【質問書】北浜市定額減税補足給付金事務処理業務委託（公告第2024-58号）",
    charset="iso-2022-jp",
    body="北浜市 総務部 契約課 御中\n\n"
         "標記の公募型プロポーザルについて、下記のとおり質問いたします。\n\n"
         "1. 仕様書 4.(2) 「申請受付件数 約38,000件」について、郵送とオンラインの想定比率をご教示ください。\n"
         "2. 仕様書 6.(1) の作業場所は、受託者が市内に確保することが必須でしょうか。\n"
         "3. 様式第3号「業務実績書」には、他自治体の受託実績を何件まで記載できますか。\n"
         "4. 参加資格のプライバシーマーク要件について、ISMS認証での代替は可能でしょうか。\n\n"
         "以上、よろしくお願いいたします。\n\n"
         "日の出産業株式会社 公共営業部\n国分 優\nTEL 03-5543-2100 / FAX 03-5543-2109\n"
         "法人番号 8700110005901\n",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="question on a public tender; only our own corporate number",
)

# ---------------------------------------------------------------- pub-020
add(
    id="pub-020",
    sender=S_KOKUBU,
    to=[LAW], cc=["小田 <m.oda@shirakawa-law.jp>"], bcc=[],
    subject="Re: 委託契約書 秘密保持条項の修正案について",
    charset="utf-8",
    body="白川先生\n\n"
         "ご多忙のところ修正案をお送りいただきありがとうございました。\n"
         "東雲市から提示された委託契約書案の第15条（秘密保持）について、2点ご相談させてください。\n\n"
         "(1) 「機密情報」の定義に、受託者が業務上独自に作成した資料まで含まれる書きぶりになっています。\n"
         "    市の貸与情報と個人情報に限定する修正は可能でしょうか。\n"
         "(2) 契約終了後の秘密保持義務の存続期間が「無期限」となっています。\n"
         "    個人情報以外は5年とする案を市に打診したいと考えております。\n\n"
         "また、再委託先（印刷業者）とは別途NDAを締結する予定ですので、\n"
         "そのひな形もご確認いただけると助かります。\n\n"
         "国分\n日の出産業株式会社 公共営業部\n\n"
         "> 国分様\n> 修正案を添付いたします。第15条第3項は市の標準約款どおりとしました。\n> 白川\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="discussion about a confidentiality clause / NDA with the law firm: the words are no marking",
)

# ---------------------------------------------------------------- pub-021
add(
    id="pub-021",
    sender=S_HORIUCHI,
    to=[CITY_OTSUKI], cc=[], bcc=[],
    subject="業務改善計画書（案）の送付",
    charset="iso-2022-jp",
    body="大槻様\n\n"
         "お世話になっております。堀内です。\n"
         "先週の定例会でお話のあった、審査遅延に関する業務改善計画書（案）をお送りします。\n"
         "修正点があればWordに直接コメントをいただければ反映いたします。\n\n"
         "堀内 綾\n日の出産業株式会社 東雲市給付金事務センター センター長代理\nTEL 0436-20-5511\n",
    attachments=[{"kind": "docx", "name": "業務改善計画書_案_v2.docx",
                  "page_header": "取扱注意　東雲市・日の出産業 関係者限り",
                  "paragraphs": [
                      "東雲市物価高騰対策給付金事務 業務改善計画書（案）",
                      "1. 経緯　10月第1週に審査待ち件数が最大2,140件に達し、標準処理期間（受付から20日）を超過する案件が発生した。",
                      "2. 原因　(1) 二次審査担当の欠員（2名）、(2) 口座不備の差戻し増加、(3) システムの一括取込エラー。",
                      "3. 対策　(1) 審査担当を11月1日付で3名増員、(2) 口座確認の事前チェックリスト導入、(3) ツバサシステムによる取込処理の改修（11月中旬）。",
                      "4. 目標　12月末までに審査待ちを500件以下とし、標準処理期間内の処理率95%以上を回復する。",
                  ]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="取扱注意 stamped only in the page header of the attached DOCX",
)

# ---------------------------------------------------------------- pub-022
add(
    id="pub-022",
    sender=S_KOKUBU,
    to=[CITY_KEIYAKU], cc=[], bcc=[],
    subject="【部外秘】次年度委託料の見直し試算について",
    charset="cp932",
    body="契約検査課 ご担当者様\n\n"
         "お世話になっております。日の出産業の国分です。\n"
         "来年度の契約更新に向けて、委託料の見直し試算をご用意しました。\n\n"
         "　現行単価（1件あたり審査費）　　 820円\n"
         "　見直し案 A（件数据え置き）　　　 865円\n"
         "　見直し案 B（オンライン比率60%）　790円\n\n"
         "最低賃金改定分と郵送料の値上げを反映しています。\n"
         "詳細な内訳は次回の打合せでご説明いたします。\n\n"
         "国分\n",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is classified 【部外秘】 in the subject and goes to an external recipient",
)

# ---------------------------------------------------------------- pub-023
add(
    id="pub-023",
    sender=S_KOKUBU,
    to=["白川 弁護士 <shirakawa@shirakawa-law.co.jp>"], cc=[], bcc=[],
    subject="再委託契約書（印刷業務）ドラフトのご確認依頼",
    charset="utf-8",
    body="白川先生\n\n"
         "いつもお世話になっております。日の出産業の国分です。\n"
         "錦印刷様との再委託契約書のドラフトを添付しました。\n"
         "先日ご指摘いただいた個人情報の取扱い（第8条）と監査条項（第11条）を追記しています。\n"
         "今月中に東雲市へ再委託承認申請を出したいので、来週水曜までにご確認いただけますと幸いです。\n\n"
         "国分 優\n日の出産業株式会社 公共営業部\n",
    attachments=[{"kind": "docx", "name": "再委託契約書_錦印刷_draft3.docx",
                  "paragraphs": ["業務再委託契約書",
                                 "日の出産業株式会社（以下「甲」という。）と錦印刷株式会社（以下「乙」という。）は、"
                                 "甲が東雲市から受託した給付金事務のうち、通知書等の印刷・封入封緘業務の再委託に関し、次のとおり契約を締結する。",
                                 "第8条（個人情報の取扱い）乙は、本業務の遂行上知り得た個人情報を、本業務の目的以外に利用してはならない。",
                                 "第11条（監査）甲は、必要に応じて乙の作業場所に立ち入り、個人情報の管理状況を確認することができる。"]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="addressed to shirakawa-law.co.jp, a look-alike (added co.) of the partner law firm shirakawa-law.jp",
)

# ---------------------------------------------------------------- pub-024
add(
    id="pub-024",
    sender=S_SHISHIDO,
    to=["小田 様 <m.oda@shirakawa-iaw.jp>"], cc=["浅利 <asari.kengo@hinode-sangyo.co.jp>"], bcc=[],
    subject="示談交渉の日程調整（24-J-008812）",
    charset="iso-2022-jp",
    body="白川法律事務所\n小田様\n\n"
         "お世話になっております。日の出産業の宍戸です。\n"
         "先日ご相談した人身事故案件の件、白川先生との打合せ日程の候補をお送りします。\n\n"
         "　・11月20日（水）14:00〜\n"
         "　・11月21日（木）10:00〜\n"
         "　・11月22日（金）16:00〜\n\n"
         "いずれも貴事務所に伺う形で調整いただければ幸いです。\n\n"
         "宍戸\n",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-iaw.jp: homoglyph (l→i) look-alike of the partner shirakawa-law.jp",
)

# ---------------------------------------------------------------- pub-025
_p = people("pub-025", 10)
_rows = [["整理番号", "氏名", "旧住所", "新住所", "転居届日"]]
for i, x in enumerate(_p):
    _rows.append([f"T-{3301 + i}", x.name_ns, x.addr_nopref,
                  f"東雲市{['港南', '本町', '栄町', '旭町', '宮前'][i % 5]}{(i % 4) + 1}-{i + 3}-{(i * 7) % 20 + 1}",
                  wareki(_dt.date(2024, 9, 2 + i * 2), "short")])
add(
    id="pub-025",
    sender=S_KASHIWAGI,
    to=["市民課 住民記録係 <juki@city-shinonome.lg.jp>"], cc=[], bcc=[],
    subject="転居者の住所照会（10件）",
    charset="cp932",
    body="市民課 住民記録係 御中\n\n"
         "お世話になっております。給付金事務センターの柏木です。\n"
         "申請書の送付先住所と住民票の住所が異なる方について、照会をお願いいたします。\n"
         "添付CSVの10名分です。\n\n"
         "柏木\n日の出産業株式会社 東雲市給付金事務センター\n",
    attachments=[{"kind": "csv", "name": "住所照会_1029.csv", "rows": _rows, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="10 residents' old/new addresses to city-shinonome.lg.jp (hyphen for the dot of city.shinonome.lg.jp); stop for the list, the city is not a configured partner",
)

# ---------------------------------------------------------------- pub-026
_p = people("pub-026", 6)
_quoted = "\n".join(f"> {x.name}　{x.addr}　{x.mobile}" for x in _p)
add(
    id="pub-026",
    sender=S_HORIUCHI,
    to=[CITY_OTSUKI], cc=[], bcc=[],
    subject="Re: 至急）訪問確認の対象者について",
    charset="iso-2022-jp",
    body="大槻様\n\n"
         "ご連絡ありがとうございます。承知いたしました。\n"
         "いただいた6名の方については、訪問確認が終わるまで支給決定を保留にしておきます。\n"
         "システム上は「保留（市確認中）」のステータスで管理します。\n\n"
         "堀内\n\n"
         "-----Original Message-----\n"
         "From: 大槻 和真 <ohtsuki-k@city.shinonome.lg.jp>\n"
         "Sent: Tuesday, November 5, 2024 9:12 AM\n"
         "To: 堀内 綾 <horiuchi.aya@hinode-sangyo.co.jp>\n"
         "Subject: 至急）訪問確認の対象者について\n\n"
         "> 堀内様\n>\n> 下記の方々は、民生委員による訪問確認を行うことになりました。\n"
         "> 確認が取れるまで支給決定を止めてください。\n>\n"
         + _quoted +
         "\n>\n> 大槻\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply to the city; the list of six residents is only in the quoted original",
)

# ---------------------------------------------------------------- pub-027
_p = people("pub-027", 8)
_inner = "\n".join(f"{x.name},{x.kana},{seireki(x.dob, 'iso')},{x.addr_nopref},取込エラー(E-204)" for x in _p)
add(
    id="pub-027",
    sender=S_MIKUMO,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"], cc=[], bcc=[],
    subject="FW: 一括取込でエラーになった申請データ",
    charset="utf-8",
    body="ツバサシステム サポートご担当者様\n\n"
         "日の出産業の三雲です。\n"
         "一括取込でE-204エラーが出たデータについて、社内で共有していたメールを転送します。\n"
         "文字コードの問題かと思いますが、原因の調査をお願いできますでしょうか。\n\n"
         "---------- Forwarded message ---------\n"
         "From: 柏木 亮 <kashiwagi.ryo@hinode-sangyo.co.jp>\n"
         "Date: 2024年11月6日(水) 18:02\n"
         "Subject: 一括取込でエラーになった申請データ\n"
         "To: 三雲 奈央 <mikumo.nao@hinode-sangyo.co.jp>\n\n"
         "三雲さん\n\n今日の取込で落ちた8件です。氏名に外字があるものが多い気がします。\n\n"
         "氏名,フリガナ,生年月日,住所,結果\n"
         + _inner +
         "\n\n柏木\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="forward of an internal mail carrying 8 applicants (name, DOB, address) to the system vendor",
)

# ---------------------------------------------------------------- pub-028
add(
    id="pub-028",
    sender=S_SHISHIDO,
    to=["ひかり生命 千葉営業部 <chiba-eigyo@hikari-seimei.co.jp>"], cc=[], bcc=[],
    subject="代理店研修（12月）の出欠について",
    charset="iso-2022-jp",
    body="ひかり生命保険株式会社\n千葉営業部 ご担当者様\n\n"
         "いつもお世話になっております。日の出産業の宍戸です。\n"
         "12月10日の代理店研修（コンプライアンス編）について、当社からは3名で参加いたします。\n"
         "会場の駐車場は利用しません。\n\n"
         "宍戸 浩二\n日の出産業株式会社 保険代理店事業部 課長\n"
         "〒104-0032 東京都中央区八丁堀3-12-8 日の出ビル5F\nTEL 03-5543-2188\n\n"
         "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
         "本メールには機密情報が含まれている場合があります。\n"
         "本メールの宛先に心当たりのない方は、恐れ入りますが送信者までご連絡のうえ、\n"
         "本メールおよび添付ファイルを削除してください。無断での複製・転送を禁じます。\n"
         "This e-mail and any attachments may contain confidential information.\n"
         "If you are not the intended recipient, please notify the sender and delete it.\n"
         "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary mail with the standard confidentiality disclaimer at the end",
)

# ---------------------------------------------------------------- pub-029
_p = people("pub-029", 6)
_trs = "".join(
    f"<tr><td>{x.name}</td><td>{x.kana}</td><td>{x.mobile if i % 2 else x.tel}</td>"
    f"<td>{x.zipcode}</td><td>{x.addr}</td><td>{['未提出', '書類不備', '未提出', '連絡不通', '未提出', '書類不備'][i]}</td></tr>"
    for i, x in enumerate(_p))
add(
    id="pub-029",
    sender=S_SAOTOME,
    to=[CITY_OTSUKI], cc=[], bcc=[],
    subject="督促架電の結果（11/7実施分）",
    charset="utf-8",
    html="<html><body style=\"font-family:'Meiryo UI'\">"
         "<p>大槻様</p><p>お世話になっております。コールセンターの早乙女です。<br>"
         "11/7に実施した督促架電のうち、再度のご案内が必要な方を一覧にしました。</p>"
         "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">"
         "<tr style=\"background:#dde\"><th>お名前</th><th>カナ</th><th>電話</th><th>〒</th><th>住所</th><th>状況</th></tr>"
         + _trs +
         "</table><p>連絡不通の方には、明日もう一度時間帯を変えて架電します。</p>"
         "<p>早乙女 紗季<br>東雲市コールセンター（日の出産業株式会社）<br>TEL 0436-20-5520</p></body></html>",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 6 residents (name, phone, address) to the city",
)

# ---------------------------------------------------------------- pub-030
_p = people("pub-030", 12)
_rows = [["受付番号", "氏名", "生年月日", "電話番号", "審査結果"]]
for i, x in enumerate(_p):
    _rows.append([f"K6-{20410 + i}", x.name, wareki(x.dob), x.mobile, "可" if i % 4 else "否"])
add(
    id="pub-030",
    sender=S_KASHIWAGI,
    to=[CITY_SHIEN], cc=[], bcc=[],
    subject="審査結果一覧（11月第1週）の送付",
    charset="cp932",
    body="生活支援課 給付金担当 御中\n\n"
         "お世話になっております。柏木です。\n"
         "11月第1週の審査結果一覧をパスワード付きZIPにてお送りします。\n"
         "パスワードは別メールにてお知らせいたします。\n\n"
         "柏木 亮\n日の出産業株式会社 東雲市給付金事務センター\n",
    attachments=[{"kind": "zip", "name": "審査結果_20241108.zip", "password": "Kyufu#1108",
                  "files": [{"kind": "xlsx", "name": "審査結果_20241108.xlsx", "sheets": {"結果": _rows}}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the city: content cannot be inspected",
)

# ---------------------------------------------------------------- pub-031
add(
    id="pub-031",
    sender=S_KASHIWAGI,
    to=[CITY_SHIEN], cc=[], bcc=[],
    subject="パスワードのお知らせ（審査結果一覧）",
    charset="iso-2022-jp",
    body="生活支援課 給付金担当 御中\n\n"
         "先ほどお送りした「審査結果_20241108.zip」のパスワードをお知らせします。\n\n"
         "　Kyufu#1108\n\n"
         "※大文字・小文字を区別します。\n\n"
         "柏木\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="the separate password mail: no attachment and no personal data",
)

# ---------------------------------------------------------------- pub-032
add(
    id="pub-032",
    sender=S_MIKUMO,
    to=[BANK], cc=[], bcc=[],
    subject="口座確認依頼（振込不能分）",
    charset="utf-8",
    body="みどり銀行 谷村様\n\n"
         "いつもお世話になっております。日の出産業の三雲です。\n"
         "第3回振込で不能となった分について、口座の状況確認をお願いしたく、\n"
         "一覧のExcelを添付いたします。\n\n"
         "お手数をおかけしますが、よろしくお願いいたします。\n\n"
         "三雲\n",
    attachments=[{"kind": "corrupt", "name": "口座情報_確認用.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be read",
)

# ---------------------------------------------------------------- pub-033
_x = people("pub-033", 1)[0]
_mn = _x.mynum
add(
    id="pub-033",
    sender=S_KASHIWAGI,
    to=[CITY_OTSUKI], cc=[], bcc=[],
    subject="公金受取口座の利用可否について（照会）",
    charset="iso-2022-jp",
    body="大槻様\n\n"
         "お疲れさまです。柏木です。\n"
         "公金受取口座の利用を希望されている申請者について、登録状況の照会をお願いします。\n\n"
         f"　氏名：{_x.name_fw}\n"
         f"　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}\n"
         f"　生年月日：{wareki(_x.dob, 'kanji_fw')}\n\n"
         "マイナポータルでは登録済みと表示されるとのことですが、\n"
         "当センターの照会結果では未登録となっております。\n\n"
         "柏木\n",
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one applicant's My Number (個人番号) with name and DOB to the city",
)

# ---------------------------------------------------------------- pub-034
_p = people("pub-034", 40)
_sheet = [["氏名", "フリガナ", "生年月日", "住所", "電話", "金融機関", "支店", "口座番号", "状況"]]
for i, x in enumerate(_p):
    _sheet.append([x.name, x.kana, seireki(x.dob), x.addr, x.mobile, x.bank, x.branch, x.acct,
                   ["審査中", "決定", "差戻し", "決定"][i % 4]])
add(
    id="pub-034",
    sender=S_HORIUCHI,
    to=["柏木 亮 <kashiwagi.ryo@hinode-sangyo.co.jp>", "三雲 奈央 <mikumo.nao@hinode-sangyo.co.jp>"],
    cc=["センター共有 <shinonome-kyufu@bpo.hinode-sangyo.co.jp>"], bcc=[],
    subject="明日の審査割当（40件）",
    charset="cp932",
    body="柏木さん、三雲さん\n\n"
         "お疲れさまです。明日の審査割当を添付します。\n"
         "上から20件が柏木さん、残り20件が三雲さんでお願いします。\n"
         "差戻しの10件は口座名義の確認からお願いします。\n\n"
         "堀内\n",
    attachments=[{"kind": "xlsx", "name": "審査割当_1112.xlsx", "sheets": {"割当": _sheet}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="full applicant list, but every recipient is internal (incl. bpo. subdomain)",
)

# ---------------------------------------------------------------- pub-035
_p = people("pub-035", 5)
_blocks = []
for i, x in enumerate(_p, 1):
    _blocks.append(f"【{i}】\n　〒{x.zipcode}\n　{x.addr_kanji}\n　{x.name} 様\n　TEL：{x.tel}")
add(
    id="pub-035",
    sender=S_HORIUCHI,
    to=["錦印刷 東雲工場 制作課 <seisaku@nishiki-insatsu.co.jp>"], cc=[], bcc=[],
    subject="再送分の宛名追加のお願い",
    charset="iso-2022-jp",
    body="錦印刷株式会社\n制作課 ご担当者様\n\n"
         "いつもお世話になっております。日の出産業の堀内です。\n"
         "明日発送予定の再送分に、以下の5件を追加していただけますでしょうか。\n"
         "（住所確認が取れた方々です）\n\n"
         + "\n\n".join(_blocks) +
         "\n\n電話番号は封筒には印字不要です。不在票対応用に控えておいてください。\n\n"
         "堀内 綾\n日の出産業株式会社 東雲市給付金事務センター\nTEL 0436-20-5511\n",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five residents as one block each (〒, address, name, phone) to the printer",
)

# ---------------------------------------------------------------- pub-036
add(
    id="pub-036",
    sender=S_HORIUCHI,
    to=["錦印刷 営業部 松浦様 <matsuura@nishiki-insatsu.co.jp>"], cc=[], bcc=[],
    subject="支給決定通知書 印刷・封入のお見積り依頼",
    charset="utf-8",
    body="錦印刷株式会社\n営業部 松浦様\n\n"
         "いつもお世話になっております。日の出産業の堀内です。\n"
         "下記の仕様でお見積りをお願いできますでしょうか。\n\n"
         "  品名　　：支給決定通知書（圧着はがき、V型）\n"
         "  数量　　：約5,000通（12月上旬）、約3,200通（1月中旬）\n"
         "  印字　　：可変印字（宛名・決定額）、データは当社より暗号化して受け渡し\n"
         "  納品　　：郵便局への差出しまで（料金後納・区内特別）\n"
         "  希望納期：12月4日差出し\n\n"
         "前回（見積番号 NQ-24-0613）と同等の仕様です。\n\n"
         "堀内 綾\n日の出産業株式会社 東雲市給付金事務センター\nTEL 0436-20-5511\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="print quotation request: specs, quantities, a quote number; no personal data",
)

# ---------------------------------------------------------------- pub-037
_p = people("pub-037", 30)
_rows = []
for x in _p:
    _rows.append([x.zipcode, f"{x.pref}{x.city}{x.town}{x.banchi}", x.bldg, f"{x.name} 様", f"N{x.seed:07d}"])
add(
    id="pub-037",
    sender=S_MIKUMO,
    to=["錦印刷 制作課 <seisaku@nishiki-insatsu.co.jp>"], cc=[], bcc=[],
    subject="宛名データ（追加30件）",
    charset="cp932",
    body="制作課 御中\n\n日の出産業 三雲です。\n"
         "追加分の宛名データ30件を添付します。\n"
         "列は前回と同じ（郵便番号／住所1／住所2／宛名／管理番号）で、ヘッダ行はありません。\n\n"
         "三雲\n",
    attachments=[{"kind": "csv", "name": "atena_add30.csv", "rows": _rows, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="30 mailing labels (postcode, address, name) in a header-less CSV to the printer",
)

# ---------------------------------------------------------------- pub-038
_p = people("pub-038", 8, local=False)
_rows = [["証券番号", "被保険者名", "性別", "生年月日", "保険金額（万円）", "死亡保険金受取人", "続柄"]]
for i, x in enumerate(_p):
    b = people(f"pub-038-b{i}", 1, local=False)[0]
    _rows.append([f"HK-{7730041 + i * 13}", x.name, "男" if x.sex == "m" else "女", wareki(x.dob, "short"),
                  [500, 1000, 300, 2000][i % 4], f"{x.sei} {b.mei}", ["配偶者", "子", "配偶者", "父母"][i % 4]])
add(
    id="pub-038",
    sender=S_TOYAMA,
    to=[LIFE], cc=[], bcc=[],
    subject="団体定期保険 加入者明細（年次更新分）",
    charset="utf-8",
    body="ひかり生命保険株式会社\n代理店サポートご担当者様\n\n"
         "お世話になっております。日の出産業 保険代理店事業部の外山です。\n"
         "北国フーズ様団体定期保険の年次更新分、加入者明細をお送りします。\n"
         "先方の人事システムから出力したため、旧形式（.xls）になっております。\n\n"
         "外山 真由\n",
    attachments=[{"kind": "xls", "name": "加入者明細_北国フーズ.xls", "sheets": {"明細": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="8 insured persons with DOB, sum insured and beneficiary in a legacy XLS to the insurer",
)

# ---------------------------------------------------------------- pub-039
add(
    id="pub-039",
    sender=S_SHISHIDO,
    to=["あさひ損保 代理店営業課 石渡様 <ishiwata@asahi-sonpo.co.jp>"],
    cc=["ツバサシステム 井口様 <iguchi@tsubasa-system.jp>"], bcc=[],
    subject="代理店システム連携の打合せ（11/19）",
    charset="iso-2022-jp",
    body="石渡様\n井口様\n\n"
         "お世話になっております。日の出産業の宍戸です。\n"
         "代理店システムと契約管理データの連携について、下記で打合せをお願いいたします。\n\n"
         "　日時：11月19日（火）15:00〜16:30\n"
         "　場所：日の出産業 本社 5F 第2会議室（Teams併用）\n"
         "　議題：(1) 連携項目の確認 (2) 送信方式（SFTP／API） (3) スケジュール\n\n"
         "ご都合が悪い場合はお知らせください。\n\n"
         "宍戸\n",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="ordinary meeting mail with two external organisations (insurer + system vendor)",
)

# ---------------------------------------------------------------- pub-040
add(
    id="pub-040",
    sender=S_KOKUBU,
    to=[CITY_OTSUKI, BANK], cc=[LAW, S_HORIUCHI], bcc=[],
    subject="振込不能・過誤払い対応に関する四者打合せのご案内",
    charset="iso-2022-jp",
    body="東雲市 大槻様\nみどり銀行 谷村様\n白川法律事務所 白川先生\n\n"
         "いつもお世話になっております。日の出産業の国分です。\n"
         "第3回振込で発生した過誤払い（重複振込）への対応について、四者で打合せをお願いいたします。\n\n"
         "　日時：11月25日（月）10:00〜11:30\n"
         "　場所：東雲市役所 本庁舎 3階 302会議室\n"
         "　議題：返還請求の手順、銀行側の組戻し可否、法的な整理\n\n"
         "資料は前日までにお送りいたします。\n\n"
         "国分 優\n日の出産業株式会社 公共営業部\n",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (city, bank, law firm) see each other in To/Cc",
)

# ---------------------------------------------------------------- pub-041
add(
    id="pub-041",
    sender=S_SHISHIDO,
    to=["Daniel Hwang <d.hwang@meridian-re.com>"], cc=[], bcc=[],
    subject="Q3 portfolio summary - Hinode Sangyo agency",
    charset="utf-8",
    body="Dear Daniel,\n\n"
         "Thank you for your time on the call last week. As promised, please find below the Q3 summary\n"
         "of the personal-lines portfolio we place through Asahi Sonpo.\n\n"
         "  Line of business      Policies   Written premium (JPY)   Loss ratio\n"
         "  ------------------    --------   ---------------------   ----------\n"
         "  Motor (non-fleet)        1,284             97,412,000        61.2%\n"
         "  Fire / household           806             31,905,000        38.7%\n"
         "  Personal accident          412              6,118,000        22.4%\n"
         "  Liability                  233              2,046,000         9.8%\n\n"
         "Retention on renewal was 91.6% (Q2: 90.3%). No single loss above JPY 10m in the quarter.\n\n"
         "Best regards,\n"
         "Koji Shishido\nManager, Insurance Agency Division\nHinode Sangyo Co., Ltd.\n+81-3-5543-2188\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate portfolio figures in English to a foreign reinsurer",
)

# ---------------------------------------------------------------- pub-042
_p = people("pub-042", 6, local=False)
_dx = ["acute gastroenteritis", "fracture of left wrist", "pneumonia (hospitalised 5 days)",
       "dengue fever", "lumbar sprain", "appendicitis, laparoscopic surgery"]
_lines = []
for i, x in enumerate(_p):
    _lines.append(f"{i + 1}. {x.romaji} (DOB {x.dob.strftime('%d %b %Y')}) - policy TR-{58810 + i * 37}\n"
                  f"   Diagnosis: {_dx[i]}\n"
                  f"   Hospital: {['Bumrungrad', 'Raffles Hospital', 'Queen Mary', 'Siloam', 'Vinmec', 'Cho Ray'][i]}")
add(
    id="pub-042",
    sender=S_ASARI,
    to=["Claims Desk <claims@asia-assist-partners.com>"], cc=[], bcc=[],
    subject="Open travel medical claims - October",
    charset="utf-8",
    body="Hello Claims Desk team,\n\n"
         "Below are the travel medical claims from our customers that are still open with you.\n"
         "Could you send us the status of each and the expected settlement dates?\n\n"
         + "\n".join(_lines) +
         "\n\nMany thanks,\nKengo Asari\nHinode Sangyo Co., Ltd. - Insurance Agency Division\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six named travellers with DOB and diagnoses in English to an overseas assistance company",
)

# ---------------------------------------------------------------- pub-043
_x = people("pub-043", 1)[0]
add(
    id="pub-043",
    sender=S_ASARI,
    to=[f"{_x.name} 様 <{_x.email}>"], cc=[], bcc=[],
    subject="火災保険 更新のご案内（証券番号 SA61402288）",
    charset="cp932",
    body=f"{_x.name} 様\n\n"
         "いつもお世話になっております。日の出産業 保険窓口の浅利です。\n"
         "ご契約中の火災保険（証券番号 SA61402288）が来年1月15日に満期を迎えます。\n\n"
         "更新後の保険料は年額 38,420円（前年 36,900円）となります。\n"
         "料率改定による値上がりですが、補償内容は変わりません。\n\n"
         "ご継続の場合は、同封の申込書に署名のうえご返送ください。\n"
         "ご不明な点はお気軽にご連絡ください。\n\n"
         "浅利 健吾\n日の出産業株式会社 保険代理店事業部\nTEL 03-5543-2188\n",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="renewal notice to the customer himself on free mail: his own policy number and premium",
)

# ---------------------------------------------------------------- pub-044
_h, _w = people("pub-044", 2)
_w.sei, _w.sei_kana, _w.sei_ro = _h.sei, _h.sei_kana, _h.sei_ro
add(
    id="pub-044",
    sender=S_ASARI,
    to=[f"{_h.name} 様 <{_h.mei_ro.lower()}.{_h.sei_ro.lower()}@gmail.com>",
        f"{_w.name} 様 <{_w.mei_ro.lower()}{_w.dob.year % 100:02d}@icloud.com>"], cc=[], bcc=[],
    subject="ご家族の自動車保険 見直しのご提案",
    charset="iso-2022-jp",
    body=f"{_h.sei} 様（ご夫婦様）\n\n"
         "先日は店頭にお越しいただきありがとうございました。\n"
         "お話しいただいた2台の自動車保険について、ノンフリート多数台割引を適用した場合のお見積りです。\n\n"
         "　1台目（証券番号 SA61330914）　年額 71,200円 → 67,640円\n"
         "　2台目（証券番号 SA61330915）　年額 48,900円 → 46,450円\n\n"
         "ご夫婦お二人にお送りしていますので、ご相談のうえご返信ください。\n\n"
         "浅利 健吾\n日の出産業株式会社 保険代理店事業部\n",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="a married couple (two private persons) openly in To: two parties, no third",
)

# ---------------------------------------------------------------- pub-045
_x = people("pub-045", 1)[0]
add(
    id="pub-045",
    sender=S_TOYAMA,
    to=["ひかり生命 保険金部 <hokenkin@hikari-seimei.co.jp>"], cc=[], bcc=[],
    subject="入院給付金 請求書類の送付（HK-7730211）",
    charset="cp932",
    body="保険金部 ご担当者様\n\n"
         "お世話になっております。日の出産業の外山です。\n"
         "証券番号 HK-7730211 の入院給付金請求について、診断書の内容を転記した確認票を添付します。\n"
         "原本は本日発送いたしました。\n\n"
         "外山\n",
    attachments=[{"kind": "pdf", "name": "請求確認票_HK7730211.pdf",
                  "lines": ["入院給付金 請求確認票",
                            f"被保険者：{_x.name}　　生年月日：{wareki(_x.dob, 'pad')}",
                            f"住所：{_x.addr}",
                            "傷病名：2型糖尿病、糖尿病性腎症（第3期）",
                            "入院期間：令和6年9月24日〜令和6年10月18日（25日間）",
                            "医療機関：東雲中央病院 腎臓内科",
                            "手術：なし　　人工透析：導入検討中",
                            "既往症：高血圧（平成28年〜）"]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="diagnosis and medical history of one insured in the attached PDF only (要配慮)",
)

# ---------------------------------------------------------------- pub-046
add(
    id="pub-046",
    sender=S_ASARI,
    to=["あさひ損保 千葉損害サービス 桜井様 <sakurai.m@asahi-sonpo.co.jp>"], cc=[], bcc=[],
    subject="進捗確認：事故受付番号 24-J-007645 / 24-J-007702",
    charset="utf-8",
    body="桜井様\n\n"
         "いつもお世話になっております。日の出産業 浅利です。\n"
         "以下2件、お客様から進捗のお問い合わせをいただいております。\n\n"
         "  ・事故受付番号 24-J-007645（証券 SA61520003）… 修理工場の見積り提出済み、協定待ち\n"
         "  ・事故受付番号 24-J-007702（証券 SA61498870）… 過失割合の交渉中と伺っています\n\n"
         "見通しがわかりましたらご一報いただけますと幸いです。\n\n"
         "浅利\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="claim status request by accident and policy numbers only",
)

# ---------------------------------------------------------------- pub-047
_x = people("pub-047", 1, old=True)[0]
add(
    id="pub-047",
    sender=S_SHISHIDO,
    to=[LAW], cc=[], bcc=[],
    subject="人身事故案件のご相談（被害者様の状況）",
    charset="iso-2022-jp",
    body="白川先生\n\n"
         "いつもお世話になっております。日の出産業の宍戸です。\n"
         "当社代理店で扱っている自動車保険の事故について、示談に向けてご相談させてください。\n\n"
         f"被害者の方は{_x.city}{_x.town}にお住まいの{_x.sei}{_x.mei}様（{_x.age}歳）で、"
         "横断歩道を歩行中に当方契約者の車両と接触し、左大腿骨頸部骨折で東雲中央病院に入院されています。"
         "人工骨頭置換術を受けられ、現在はリハビリ中ですが、ご家族によると軽い認知症の症状も出てきているとのことです。"
         "ご長男から、後遺障害が残った場合の補償について強い要望が出ております。\n\n"
         "来週、面談のお時間をいただけますでしょうか。\n\n"
         "宍戸 浩二\n日の出産業株式会社 保険代理店事業部\n",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named accident victim's injury, surgery and dementia symptoms in prose to the law firm",
)

# ---------------------------------------------------------------- pub-048
add(
    id="pub-048",
    sender=S_SHISHIDO,
    to=[LAW], cc=[], bcc=[],
    subject="Re: 面談日程の件",
    charset="iso-2022-jp",
    body="白川先生\n\n"
         "ご調整ありがとうございます。11月28日（木）15時に伺います。\n"
         "当日は当社から宍戸と浅利の2名、あさひ損保から対人担当の桜井様が同席予定です。\n"
         "相手方代理人の村瀬弁護士からは、まだ書面での回答はございません。\n\n"
         "宍戸\n\n"
         "> 宍戸様\n> 28日15時でいかがでしょうか。\n> 白川\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="meeting confirmation naming attendees and the other side's lawyer, no personal data",
)

# ---------------------------------------------------------------- pub-049
_p = people("pub-049", 3, local=False)
_rng = random.Random("pub-049-lic")
_t = "運転者　　　　　　生年月日　　　　　免許証番号　　　　免許の色\n"
_t += "─" * 40 + "\n"
for x, col in zip(_p, ["ゴールド", "ブルー", "ゴールド"]):
    _t += (pad(x.name, 18) + pad(seireki(x.dob, "kanji"), 18)
           + pad(f"{_rng.choice(['30', '45', '46'])}{_rng.randint(0, 10**10 - 1):010d}", 18)
           + col + "\n")
add(
    id="pub-049",
    sender=S_TOYAMA,
    to=["ひまわり損保 新契約課 <shinkeiyaku@himawari-sonpo.co.jp>"], cc=[], bcc=[],
    subject="運転者家族限定特約の追加（SA61330914）",
    charset="utf-8",
    body="新契約課 ご担当者様\n\n"
         "お世話になっております。日の出産業の外山です。\n"
         "証券番号 SA61330914 に家族限定特約を追加したく、運転される方の情報をお送りします。\n\n"
         + _t +
         "\nご長男が来年1月に21歳になるため、年齢条件の変更も併せてご検討ください。\n\n"
         "外山\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="three drivers' licence numbers (identity documents) with DOB to an insurer",
)

# ---------------------------------------------------------------- pub-050
_p = people("pub-050", 12, local=False)
_rows = [["証券番号", "生年月日", "郵便番号", "住所", "連絡先", "満期日"]]
for i, x in enumerate(_p):
    _rows.append([f"SA6{1700100 + i * 29}", wareki(x.dob, "short"), x.zipcode, x.addr,
                  fw(x.mobile) if i % 3 == 0 else x.mobile, f"R7.{(i % 12) + 1}.1"])
add(
    id="pub-050",
    sender=S_TOYAMA,
    to=["あさひ損害保険 契約管理課 <keiyaku-kanri@asahi-sonpo.co.jp>"], cc=[], bcc=[],
    subject="住所不明で満期案内が戻ってきた契約（12件）",
    charset="cp932",
    body="契約管理課 御中\n\n"
         "お世話になっております。日の出産業の外山です。\n"
         "満期案内が「宛所不明」で返戻された契約12件について、\n"
         "貴社登録の住所・連絡先と相違がないかご確認いただけますでしょうか。\n"
         "一覧を添付いたします。\n\n"
         "外山 真由\n",
    attachments=[{"kind": "csv", "name": "返戻契約一覧.csv", "rows": _rows, "encoding": "cp932"}],
    expect="stop",
    entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="12 policyholder rows (DOB, address, phone) with no name column, CSV to the insurer",
)

# ---------------------------------------------------------------- pub-051
_lines = []
_kinds = ["自動車", "火災", "自動車", "傷害", "火災", "自動車", "個人賠償", "自動車", "火災", "自動車", "傷害", "自動車"]
for i in range(12):
    _lines.append(f"  SA6{1810020 + i * 47}  {_kinds[i]:　<4}  2025-{(i // 3) + 1:02d}-{(i * 5) % 27 + 1:02d}  "
                  f"{[32400, 58100, 71200, 9800, 44500, 66300, 2400, 51900, 29700, 88100, 12600, 60400][i]:>7,}円")
add(
    id="pub-051",
    sender=S_TOYAMA,
    to=["あさひ損害保険 契約管理課 <keiyaku-kanri@asahi-sonpo.co.jp>"], cc=[], bcc=[],
    subject="更改計上漏れの確認（1〜4月満期 12件）",
    charset="iso-2022-jp",
    body="契約管理課 ご担当者様\n\n"
         "お世話になっております。日の出産業の外山です。\n"
         "代理店システム上、更改申込を受けているのに貴社側で未計上になっている契約が12件あります。\n"
         "お手数ですが計上状況をご確認ください。\n\n"
         "  証券番号     種目      満期日       保険料\n"
         "  ----------  --------  ----------  --------\n"
         + "\n".join(_lines) +
         "\n\n外山\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="12 policy numbers with lines, expiry dates and premiums only: no person in the list",
)

# ---------------------------------------------------------------- pub-052
_x = people("pub-052", 1)[0]
add(
    id="pub-052",
    sender=S_KASHIWAGI,
    to=["国保年金課 <kokuho@city.shinonome.lg.jp>"], cc=[], bcc=[],
    subject="世帯情報の確認のお願い",
    charset="iso-2022-jp",
    body="国保年金課 ご担当者様\n\n"
         "東雲市給付金事務センターの柏木です。\n"
         "申請者の世帯構成の確認のため、国民健康保険の加入状況を照会させてください。\n\n"
         f"　世帯主　　{_x.name}（{wareki(_x.dob, 'short_fw')}生）\n"
         "　被保険者証　記号 ７１０２　番号 ３３８４\n"
         "　保険者番号　０１１２９４５８\n\n"
         "申請書では単身世帯となっていますが、添付の保険証写しに扶養者の記載がありました。\n\n"
         "柏木\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one person's health insurance card 記号・番号 (full-width) with name and DOB",
)

# ---------------------------------------------------------------- pub-053
add(
    id="pub-053",
    sender=S_SAOTOME,
    to=["国際交流協会 多言語相談窓口 <soudan@shinonome-kokusai.or.jp>"], cc=[], bcc=[],
    subject="通訳対応のお願い（ベトナム語）",
    charset="utf-8",
    body="東雲市国際交流協会\n多言語相談窓口 ご担当者様\n\n"
         "東雲市コールセンターの早乙女です。\n"
         "給付金の申請について、ベトナム語での説明を希望されている方がいらっしゃいます。\n"
         "三者通話での通訳をお願いできますでしょうか。\n\n"
         "・お名前：NGUYEN THI HOA（グエン ティ ホア）様\n"
         "・在留カード番号：UH48213097ER\n"
         "・在留資格：技能実習（2号）\n"
         "・ご連絡先：080-7412-3958（夜間のみ可）\n\n"
         "申請書の「世帯員」欄の書き方がわからないとのことです。\n\n"
         "早乙女 紗季\n東雲市コールセンター（日の出産業株式会社）\n",
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a foreign resident's residence-card number (romaji name) to an outside association",
)

# ---------------------------------------------------------------- pub-054
_x = people("pub-054", 1, old=True)[0]
add(
    id="pub-054",
    sender=S_HORIUCHI,
    to=["年金事務所 お客様相談室 <soudan-shinonome@shinonome-nenkin.go.jp>"], cc=[], bcc=[],
    subject="年金受給状況の確認について",
    charset="cp932",
    body="ご担当者様\n\n"
         "東雲市より給付金事務を受託しております、日の出産業の堀内と申します。\n"
         f"申請者の{_x.sei}{_x.mei}様（{wareki(_x.dob)}生まれ）から、基礎年金番号 4017-382915 の"
         "年金証書を本人確認書類として提出いただいておりますが、"
         "遺族年金の受給開始時期がわからず、支給要件の判定ができない状況です。\n"
         "ご本人の同意書は取得済みです。照会の手続きをご教示いただけますでしょうか。\n\n"
         "堀内 綾\n日の出産業株式会社 東雲市給付金事務センター\nTEL 0436-20-5511\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one applicant's 基礎年金番号 in running text with name and DOB",
)

# ---------------------------------------------------------------- pub-055
_p = people("pub-055", 9)
add(
    id="pub-055",
    sender="日の出産業 保険窓口 <hoken-madoguchi@hinode-sangyo.co.jp>",
    to=["日の出産業 保険窓口 <hoken-madoguchi@hinode-sangyo.co.jp>"], cc=[],
    bcc=[x.email for x in _p],
    subject="【保険窓口だより】冬の路面凍結と自動車保険のロードサービス",
    charset="utf-8",
    body="お客様各位\n\n"
         "日頃より日の出産業 保険窓口をご愛顧いただきありがとうございます。\n"
         "冬季のご注意事項と、ご契約に付帯しているロードサービスのご案内です。\n\n"
         "■ バッテリー上がり・脱輪は24時間無料で対応します（年1回まで）\n"
         "■ スタッドレスタイヤへの交換費用は補償の対象外です\n"
         "■ 事故の際は、まず安全確保と警察への届出をお願いします\n\n"
         "ご不明な点は 0120-55-2188（平日9:00〜18:00）までお問い合わせください。\n\n"
         "※本メールは配信専用アドレスから送信しています。配信停止はこちらへご返信ください。\n",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="newsletter with the customers correctly in Bcc",
)

# ---------------------------------------------------------------- pub-056
_x = people("pub-056", 1)[0]
add(
    id="pub-056",
    sender=S_HORIUCHI,
    to=[CITY_OTSUKI], cc=["子ども家庭課 <kodomo-katei@city.shinonome.lg.jp>"], bcc=[],
    subject="住所秘匿の申出について",
    charset="iso-2022-jp",
    body="大槻様\n子ども家庭課 ご担当者様\n\n"
         "給付金事務センターの堀内です。\n"
         f"本日、{_x.name}さん（{_x.kana}）から、配偶者からの暴力（DV）を受けて避難中であり、"
         "住民票上の住所には通知を送らないでほしいとの申出がありました。"
         "すでに警察署に被害届を提出済みで、支援措置の対象になっているそうです。\n"
         f"現在の連絡先は {_x.mobile} のみで、避難先の住所はお伺いしていません。\n\n"
         "通知書の送付停止と、支給方法の取り扱いについてご指示ください。\n\n"
         "堀内\n",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named resident who is a DV/crime victim (要配慮) with her phone, to the city",
)

# ---------------------------------------------------------------- pub-057
add(
    id="pub-057",
    sender=S_HORIUCHI,
    to=["青葉運輸 東雲営業所 <shinonome-eigyo@aoba-unyu.co.jp>"], cc=[], bcc=[],
    subject="市役所内の書類配送先（各課）について",
    charset="cp932",
    body="青葉運輸株式会社 東雲営業所 ご担当者様\n\n"
         "お世話になっております。日の出産業の堀内です。\n"
         "来週から開始する庁内便の配送先は以下のとおりです。\n\n"
         "課名　　　　　　　フロア　　内線　　受付時間\n"
         "生活支援課　　　　本庁舎2F　2215　　9:00-17:00\n"
         "市民課　　　　　　本庁舎1F　1104　　8:30-17:15\n"
         "国保年金課　　　　本庁舎1F　1130　　8:30-17:15\n"
         "会計課　　　　　　本庁舎4F　4401　　9:00-16:00\n"
         "契約検査課　　　　本庁舎4F　4420　　9:00-16:00\n"
         "子ども家庭課　　　分庁舎3F　6302　　9:00-17:00\n\n"
         "代表番号は 0436-20-1111 です。集荷は毎日15時でお願いします。\n\n"
         "堀内\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="a directory of city departments (floors, extensions): organisational, not personal",
)

# ---------------------------------------------------------------- pub-058
_rng = random.Random("pub-058")
_cats = ["振込日", "申請方法", "必要書類", "住所変更", "口座変更", "対象要件", "苦情"]
_lines = ["受付日時\t発信者番号\t区分\t対応\t備考"]
for i in range(40):
    num = _rng.choice([f"090-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}",
                       f"080-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}",
                       f"0436-{_rng.randint(20, 99)}-{_rng.randint(1000, 9999)}"])
    _lines.append(f"2024/10/{(i // 4) + 1:02d} {9 + i % 8}:{_rng.randint(0, 59):02d}\t{num}\t"
                  f"{_rng.choice(_cats)}\t{_rng.choice(['完了', '折返し', 'エスカレ'])}\t"
                  f"{_rng.choice(['', '', '高齢の方', '再入電', '70代女性・独居', '申請書紛失'])}")
add(
    id="pub-058",
    sender=S_NEGISHI,
    to=["ツバサシステム 分析チーム <analytics@tsubasa-system.jp>"], cc=[], bcc=[],
    subject="IVR改修の分析用データ（10月上旬分）",
    charset="utf-8",
    body="分析チーム 御中\n\n"
         "東雲市コールセンターの根岸です。\n"
         "IVRのメニュー改修に向けた分析用に、10月1日〜10日の受付履歴を抜粋してお送りします。\n"
         "お客様の氏名は抜いてあります。\n\n"
         "根岸\n",
    attachments=[{"kind": "txt", "name": "受付履歴_1001-1010.txt", "text": "\n".join(_lines), "encoding": "cp932"}],
    expect="stop",
    entities=["PHONE_NUMBER"],
    detectors=["personal_data"],
    note="40 callers' phone numbers with call details in a TSV text file, names removed, to the vendor",
)

# ---------------------------------------------------------------- pub-059
add(
    id="pub-059",
    sender=S_NEGISHI,
    to=["ツバサシステム 分析チーム <analytics@tsubasa-system.jp>"], cc=[], bcc=[],
    subject="Re: IVR改修の分析用データ",
    charset="iso-2022-jp",
    body="分析チーム 御中\n\n"
         "ご指摘ありがとうございます。個別の履歴ではなく、集計値でお送りし直します。\n\n"
         "　区分　　　　件数　　平均通話時間\n"
         "　振込日　　　 612　　4分10秒\n"
         "　申請方法　　 455　　7分02秒\n"
         "　必要書類　　 288　　5分31秒\n"
         "　住所変更　　 102　　8分45秒\n"
         "　口座変更　　　97　　9分12秒\n"
         "　対象要件　　 230　　6分20秒\n"
         "　苦情　　　　　41　 12分05秒\n\n"
         "時間帯別の内訳が必要でしたらお知らせください。\n\n"
         "根岸\n\n"
         "> 根岸様\n> 分析には個票は不要です。区分ごとの件数と通話時間だけで十分です。\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate counts by category: statistics, no individuals",
)

# ---------------------------------------------------------------- pub-060
_p = people("pub-060", 11, local=False)
_lines = ["氏名,携帯,12/2,12/3,12/4,12/5,12/6"]
_rng = random.Random("pub-060s")
for x in _p:
    _lines.append(",".join([x.name, x.mobile] + [_rng.choice(["早", "遅", "休", "通"]) for _ in range(5)]))
add(
    id="pub-060",
    sender=S_NEGISHI,
    to=["フロンティアスタッフ 千葉支店 <chiba@frontier-staff.co.jp>"], cc=[], bcc=[],
    subject="12月第1週 シフト確定のご連絡",
    charset="iso-2022-jp",
    body="フロンティアスタッフ株式会社 千葉支店\nコーディネーター 宮田様\n\n"
         "いつもお世話になっております。東雲市コールセンターの根岸です。\n"
         "12月第1週のシフトが確定しましたので、派遣スタッフの皆さんの分をお送りします。\n"
         "当日欠勤の連絡が取れない場合に備えて、携帯番号も載せています。\n\n"
         + "\n".join(_lines) +
         "\n\n（早=8:30-17:00、遅=11:30-20:00、通=9:00-18:00、休=休み）\n\n"
         "根岸\n",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="11 agency staff with their personal mobiles (comma-separated) to the temp agency",
)

# ---------------------------------------------------------------- pub-061
_p = people("pub-061", 12)
_rng = random.Random("pub-061s")
_lines = []
for x in _p:
    _lines.append(f"・{x.sei}　{' '.join(_rng.choice(['早', '遅', '休', '通']) for _ in range(5))}")
add(
    id="pub-061",
    sender=S_NEGISHI,
    to=["東雲CC オペレーター各位 <shinonome-cc-all@hinode-sangyo.co.jp>"], cc=[], bcc=[],
    subject="12月第1週 シフト確定",
    charset="utf-8",
    body="オペレーターの皆さん\n\nお疲れさまです。根岸です。\n12月第1週（12/2〜12/6）のシフトが確定しました。\n\n"
         + "\n".join(_lines) +
         "\n\n交代希望は水曜までにSVへ。\n根岸\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="internal shift table (surnames and shift codes) to an internal list",
)

# ---------------------------------------------------------------- pub-062
add(
    id="pub-062",
    sender=S_KOKUBU,
    to=[CITY_KEIYAKU], cc=[], bcc=[],
    subject="単価内訳表の送付",
    charset="utf-8",
    body="契約検査課 ご担当者様\n\n"
         "お世話になっております。日の出産業の国分です。\n"
         "見積書の単価内訳表をお送りします。ご確認のほどよろしくお願いいたします。\n\n"
         "国分\n",
    attachments=[{"kind": "xlsx", "name": "単価内訳表_R7.xlsx", "page_header": "社外秘",
                  "sheets": {"内訳": [["東雲市コールセンター運営業務 単価内訳（令和7年度）"], [],
                                      ["項目", "単位", "単価（円）", "数量", "金額（円）"],
                                      ["オペレーター人件費", "人月", 312000, 120, 37440000],
                                      ["SV人件費", "人月", 428000, 24, 10272000],
                                      ["システム利用料", "月", 380000, 12, 4560000],
                                      ["通信費", "月", 95000, 12, 1140000],
                                      ["一般管理費（8%）", "式", "", "", 4265120]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="社外秘 only in the attached workbook's print header",
)

# ---------------------------------------------------------------- pub-063
add(
    id="pub-063",
    sender=S_KOKUBU,
    to=[CITY_KEIYAKU], cc=[], bcc=[],
    subject="Re: 単価内訳表の送付方法について",
    charset="iso-2022-jp",
    body="契約検査課 ご担当者様\n\n"
         "ご連絡ありがとうございます。\n"
         "当社の規程上、社外秘扱いの資料はメールではお送りできないため、\n"
         "内訳表は次回の打合せ（12/3）に紙でお持ちし、その場でご説明いたします。\n"
         "見積書の総額のみ、本メールでお知らせします：56,677,120円（税抜）。\n\n"
         "国分\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions 社外秘 in running text (why not sent); the mail is not itself marked",
)

# ---------------------------------------------------------------- pub-064
add(
    id="pub-064",
    sender=S_HORIUCHI,
    to=[CITY_OTSUKI], cc=[], bcc=[],
    subject="インシデント報告（第一報）",
    charset="cp932",
    body="＜機密区分：機密＞\n\n"
         "東雲市 生活支援課 大槻様\n\n"
         "日の出産業株式会社 東雲市給付金事務センターの堀内です。\n"
         "本日発生した事案について、第一報をご報告いたします。\n\n"
         "1. 発生日時：11月13日 10時頃\n"
         "2. 概要：支給決定通知書の封入作業において、封入物の数量が合わないことを検品時に発見。\n"
         "3. 現状：発送前に全数を回収済み。外部への流出は確認されていません。\n"
         "4. 今後：錦印刷にて封入工程の再点検を実施し、明日中に第二報をお送りします。\n\n"
         "堀内 綾\n",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail carries a classification stamp ＜機密区分：機密＞ at the top",
)

# ---------------------------------------------------------------- pub-065
add(
    id="pub-065",
    sender=S_MIKUMO,
    to=[CITY_OTSUKI], cc=[BANK], bcc=[],
    subject="振込スケジュール（12月〜1月）の共有",
    charset="utf-8",
    body="東雲市 大槻様\nみどり銀行 谷村様\n\n"
         "お世話になっております。日の出産業の三雲です。\n"
         "年末年始を挟む振込スケジュールを共有いたします。\n\n"
         "  第5回　データ送付 12/10　振込日 12/18\n"
         "  第6回　データ送付 12/24　振込日 1/8（年末年始のため通常より1営業日前倒し）\n"
         "  第7回　データ送付 1/21　 振込日 1/29\n\n"
         "変更がある場合は、お手数ですが全員へ返信でお知らせください。\n\n"
         "三雲 奈央\n日の出産業株式会社 自治体BPO事業部\n",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="schedule shared with the city and the bank: two external organisations, normal",
)

# ---------------------------------------------------------------- pub-066
add(
    id="pub-066",
    sender=S_MIKUMO,
    to=["谷村 様 <tanimura.s@midori-ginko.jp>"], cc=[], bcc=[],
    subject="総合振込の受付締切時刻について",
    charset="iso-2022-jp",
    body="みどり銀行 谷村様\n\n"
         "お世話になっております。日の出産業の三雲です。\n"
         "12月の総合振込について、データ受付の締切時刻は通常どおり振込日の2営業日前15時で\n"
         "よろしいでしょうか。年末は繰り上げがあると伺ったので念のため確認させてください。\n\n"
         "三雲\n",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginko.jp: the partner bank's domain with co. dropped",
)

# ---------------------------------------------------------------- pub-067
_p = people("pub-067", 7)
_lines = []
for x in _p:
    _lines.append(f"{x.name}（{seireki(x.dob, 'dot')}）{x.addr_nopref}　{x.acct_type}{x.acct}")
add(
    id="pub-067",
    sender=S_KASHIWAGI,
    to=["三雲 奈央 <mikumo.nao@hinode-sangyo.jp>"], cc=[], bcc=[],
    subject="差戻し7件（口座名義不一致）",
    charset="utf-8",
    body="三雲さん\n\nお疲れさまです。柏木です。\n"
         "口座名義が一致せず差戻しになった7件です。明日の架電リストに入れておいてください。\n\n"
         + "\n".join(_lines) +
         "\n\nよろしくお願いします。\n柏木\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data", "lookalike_domain"],
    note="meant for a colleague but addressed to hinode-sangyo.jp (own domain minus co.), carrying 7 applicants",
)

# ---------------------------------------------------------------- pub-068
_p = people("pub-068", 9, local=False)
_lines = []
for i, x in enumerate(_p, 1):
    _lines.append(f"{i:>2}. " + pad(x.name_ns, 14) + f"自宅 {x.tel}　携帯 {x.mobile}　{x.city}")
add(
    id="pub-068",
    sender=S_NEGISHI,
    to=["東雲CC SV <cc-sv@mail.hinode-sangyo.co.jp>"], cc=["堀内 綾 <horiuchi.aya@hinode-sangyo.co.jp>"], bcc=[],
    subject="緊急連絡網（12月改訂版）",
    charset="cp932",
    body="SVの皆さん\n\n"
         "台風・地震などでセンターを臨時休業する場合の緊急連絡網を更新しました。\n"
         "個人の連絡先ですので、社外への転送や印刷物の持ち出しはしないでください。\n\n"
         + "\n".join(_lines) +
         "\n\n根岸\n",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="staff emergency contact list with home and mobile phones, internal recipients only (mail. subdomain)",
)

# ---------------------------------------------------------------- pub-069
_p = people("pub-069", 5)
_trs = "".join(
    f"<tr><td>{i}</td><td>{x.name}</td><td>{x.bank}　{x.branch}</td><td>{x.acct_type}</td>"
    f"<td>{x.acct}</td><td>{x.kana}</td><td>{['口座なし', '名義相違', '解約済', '取引停止', '名義相違'][i - 1]}</td></tr>"
    for i, x in enumerate(_p, 1))
add(
    id="pub-069",
    sender=S_MIKUMO,
    to=[CITY_SHIEN], cc=[], bcc=[],
    subject="第3回振込 振込不能のご報告（5件）",
    charset="iso-2022-jp",
    html="<html><head><meta charset=\"iso-2022-jp\"></head><body>"
         "<div>生活支援課 給付金担当 御中</div><br>"
         "<div>お世話になっております。日の出産業 三雲です。<br>"
         "第3回振込（11/15）で振込不能となった5件をご報告します。</div><br>"
         "<table border=1><thead><tr><th>#</th><th>申請者</th><th>金融機関</th><th>種別</th>"
         "<th>口座番号</th><th>名義</th><th>不能理由</th></tr></thead><tbody>"
         + _trs +
         "</tbody></table><br><div>口座再確認の通知を発送してよろしいか、ご判断をお願いします。</div>"
         "<div>三雲 奈央</div></body></html>",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="HTML-only table of 5 failed transfers with names and bank accounts to the city",
)

# ---------------------------------------------------------------- pub-070
_p = people("pub-070", 4)
_lines = []
for x in _p:
    _lines.append(f"　・{x.name_ns}様　〒{x.zipcode} {x.addr}（転居先不明）")
add(
    id="pub-070",
    sender=S_HORIUCHI,
    to=[CITY_OTSUKI], cc=[], bcc=[],
    subject="返戻郵便（11/11着分）",
    charset="iso-2022-jp",
    body="大槻様\n\nお疲れさまです。堀内です。\n"
         "本日の返戻は以下の4件でした。\n\n"
         + "\n".join(_lines) +
         "\n\n住民票の異動がないかご確認をお願いします。\n\n堀内\n",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="only four residents' addresses (below the list threshold): may warn, must go",
)

# ---------------------------------------------------------------- pub-071
_p = people("pub-071", 9)
_csv = [["申請ID", "氏名", "カナ", "生年月日", "郵便番号", "住所", "電話番号", "受付経路"]]
for i, x in enumerate(_p):
    _csv.append([f"ON-{550120 + i * 3}", x.name, x.kana, seireki(x.dob, "iso"), x.zipcode, x.addr,
                 x.mobile, "オンライン" if i % 3 else "郵送"])
add(
    id="pub-071",
    sender=S_KASHIWAGI,
    to=[CITY_SHIEN], cc=[], bcc=[],
    subject="重複申請の疑いがある案件（9件）",
    charset="utf-8",
    body="給付金担当 御中\n\n"
         "日の出産業の柏木です。\n"
         "オンライン申請と郵送申請の両方で受け付けている可能性がある案件を抽出しました。\n"
         "一覧（CSV）と、突合結果のメモ（PDF）をZIPにまとめています。\n\n"
         "柏木\n",
    attachments=[{"kind": "zip", "name": "重複疑い_1114.zip",
                  "files": [{"kind": "csv", "name": "重複疑い一覧.csv", "rows": _csv, "encoding": "utf-8-sig"},
                            {"kind": "pdf", "name": "突合メモ.pdf",
                             "lines": ["突合方法：氏名カナ＋生年月日＋郵便番号で完全一致",
                                       "抽出件数：9件（うち同一口座 6件）",
                                       "推奨対応：郵送分を取り下げ扱いとし、申請者へ電話で確認"]}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="unencrypted ZIP holding a CSV of 9 applicants with DOB, address, phone",
)

# ---------------------------------------------------------------- pub-072
add(
    id="pub-072",
    sender=S_KOKUBU,
    to=["北浜市 総務部 契約課 <nyusatsu@city.kitahama.lg.jp>"], cc=[], bcc=[],
    subject="【提出】北浜市定額減税補足給付金事務処理業務委託 企画提案書",
    charset="utf-8",
    body="北浜市 総務部 契約課 御中\n\n"
         "標記プロポーザルにつきまして、企画提案書一式を提出いたします。\n"
         "ファイルサイズの都合上、ZIPにまとめております。\n\n"
         "　1. 企画提案書（様式第5号）\n"
         "　2. 業務実績書（様式第3号）\n"
         "　3. 見積書（様式第6号）\n\n"
         "原本は本日、簡易書留にて発送いたしました（追跡番号 1234-5678-9012）。\n\n"
         "日の出産業株式会社 公共営業部\n国分 優\nTEL 03-5543-2100\n",
    attachments=[{"kind": "zip", "name": "企画提案書一式_日の出産業.zip",
                  "files": [{"kind": "docx", "name": "様式第5号_企画提案書.docx",
                             "paragraphs": ["企画提案書", "1. 業務実施方針",
                                            "申請受付から支給までを一貫して処理し、標準処理期間20日以内を遵守する。",
                                            "2. 実施体制　統括責任者1名、審査担当12名、コールセンター8席。",
                                            "3. 個人情報保護　プライバシーマーク取得済み。作業場所は入退室管理を行う。"]},
                            {"kind": "xlsx", "name": "様式第3号_業務実績書.xlsx",
                             "sheets": {"実績": [["発注者", "業務名", "契約期間", "契約金額（千円）"],
                                                 ["東雲市", "物価高騰対策給付金事務", "R5.11〜R6.12", 182400],
                                                 ["南台町", "臨時特別給付金コールセンター", "R4.2〜R4.9", 31200],
                                                 ["西岬市", "子育て世帯生活支援特別給付金事務", "R3.6〜R4.3", 64800]]}},
                            {"kind": "pdf", "name": "様式第6号_見積書.pdf",
                             "lines": ["見積書", "北浜市長 様", "見積金額 金 98,340,000 円（税込）",
                                       "日の出産業株式会社 代表取締役 日野 昇"]}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="tender submission ZIP (proposal, track record of clients, quote): no personal data",
)

# ---------------------------------------------------------------- pub-073
_p = people("pub-073", 6, local=False)
_inner = "\n".join(f"{x.name}\t{x.kana}\t{wareki(x.dob, 'short')}\t{x.mobile}\t{x.email}" for x in _p)
add(
    id="pub-073",
    sender=S_SHISHIDO,
    to=["あさひ損保 代理店営業課 石渡様 <ishiwata@asahi-sonpo.co.jp>"], cc=[], bcc=[],
    subject="FW: 団体傷害保険 新規加入希望者",
    charset="cp932",
    body="石渡様\n\n"
         "お世話になっております。宍戸です。\n"
         "さくらホテル様の団体傷害保険について、先方総務から届いた加入希望者のメールを\n"
         "そのまま添付で転送します。加入手続きの書類をご準備いただけますか。\n\n"
         "宍戸\n",
    attachments=[{"kind": "eml", "name": "団体傷害保険 加入希望者.eml",
                  "message": {"sender": "総務課 藤代 <fujishiro@sakura-hotel.jp>",
                              "to": ["宍戸 浩二 <shishido.koji@hinode-sangyo.co.jp>"],
                              "subject": "団体傷害保険 加入希望者",
                              "charset": "iso-2022-jp",
                              "body": "日の出産業 宍戸様\n\nお世話になっております。さくらホテル総務課の藤代です。\n"
                                      "団体傷害保険への新規加入希望者は以下の6名です。\n\n"
                                      "氏名\tフリガナ\t生年月日\t携帯\tメール\n" + _inner +
                                      "\n\nよろしくお願いいたします。\n藤代\n"}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward-as-attachment (.eml) of a customer's mail listing 6 employees with DOB, mobile, e-mail",
)

# ---------------------------------------------------------------- pub-074
_p = people("pub-074", 7)
_q = "\n".join(f"{x.name}　{wareki(x.dob)}　{x.addr}" for x in _p)
add(
    id="pub-074",
    sender=S_KASHIWAGI,
    to=[CITY_OTSUKI], cc=[], bcc=[],
    subject="RE: 支給対象外となる方の一覧",
    charset="iso-2022-jp",
    body="大槻様\n\n"
         "一覧の送付ありがとうございました。\n"
         "7名とも、システム上で「対象外（課税世帯）」に変更いたしました。\n"
         "不支給決定通知の文面は、前回と同じ様式でよろしいでしょうか。\n\n"
         "柏木\n\n"
         "差出人: 大槻 和真 <ohtsuki-k@city.shinonome.lg.jp>\n"
         "送信日時: 2024年11月14日 木曜日 16:40\n"
         "宛先: 柏木 亮 <kashiwagi.ryo@hinode-sangyo.co.jp>\n"
         "件名: 支給対象外となる方の一覧\n\n"
         "柏木様\n\n"
         "税務課の確認の結果、以下の方は課税世帯のため支給対象外となります。\n\n"
         + _q +
         "\n\n大槻\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply whose only personal data is the city's own list quoted under 差出人/送信日時",
)

# ---------------------------------------------------------------- pub-075
_p = people("pub-075", 5)
_new = "\n".join(f"- {x.kana}（{x.name}）／{x.mobile}／{x.addr_nopref}" for x in _p)
add(
    id="pub-075",
    sender=S_SAOTOME,
    to=[CITY_OTSUKI], cc=[], bcc=[],
    subject="Re: 代筆支援の希望者",
    charset="iso-2022-jp",
    body="大槻様\n\n"
         "ご返信ありがとうございます。\n"
         "お尋ねの件、今週コールセンターで代筆支援を希望された方は次の5名です。\n\n"
         + _new +
         "\n\n訪問日程の調整は市でお願いできますでしょうか。\n\n早乙女\n\n"
         "> 早乙女様\n> 代筆支援を希望されている方がほかにもいれば、まとめて教えてください。\n> 大槻\n",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="reply whose NEW text lists 5 residents (kana, name, mobile, address); only the question is quoted",
)

# ---------------------------------------------------------------- pub-076
add(
    id="pub-076",
    sender=S_ASARI,
    to=["北国フーズ 総務部 小松様 <komatsu@kitaguni-foods.co.jp>"], cc=[], bcc=[],
    subject="社用車の自動車保険 保険料一覧（フリート契約）",
    charset="cp932",
    body="北国フーズ株式会社\n総務部 小松様\n\n"
         "いつもお世話になっております。日の出産業の浅利です。\n"
         "来期のフリート契約について、車種別の保険料をまとめました。\n\n"
         "┌──────────┬────┬──────┐\n"
         "│車種　　　　　　　　│台数　　│年間保険料　│\n"
         "├──────────┼────┼──────┤\n"
         "│小型貨物（ハイエース）│　14　　│　 92,300円│\n"
         "│軽貨物　　　　　　　│　21　　│　 48,700円│\n"
         "│普通乗用　　　　　　│　 6　　│　 81,500円│\n"
         "│冷凍車（2t）　　　　│　 5　　│　146,200円│\n"
         "└──────────┴────┴──────┘\n"
         "※優良割引 -30%適用後、1台あたりの金額です。\n\n"
         "浅利 健吾\n日の出産業株式会社 保険代理店事業部\nTEL 03-5543-2188\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="a premium price table for a corporate fleet: no personal data",
)

# ---------------------------------------------------------------- pub-077
add(
    id="pub-077",
    sender=S_HORIUCHI,
    to=[CITY_OTSUKI], cc=[], bcc=[],
    subject="申請書原本の返却（発送のご連絡）",
    charset="utf-8",
    body="大槻様\n\n"
         "お世話になっております。堀内です。\n"
         "10月受付分の申請書原本（3箱）を本日青葉運輸にて発送しました。\n\n"
         "  送り状番号：4471-2290-8813（1/3）\n"
         "               4471-2290-8824（2/3）\n"
         "               4471-2290-8835（3/3）\n"
         "  お届け予定：11月16日（土）午前中 → 土曜のため18日（月）午前に変更済み\n\n"
         "箱ごとの受付番号の範囲は、各箱の上面に貼付しています。\n\n"
         "堀内\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="courier tracking numbers for returned documents: no personal data",
)

# ---------------------------------------------------------------- pub-078
_p = people("pub-078", 15, local=False)
_table = [["証券番号", "契約者", "住所", "口座振替口座"]]
for i, x in enumerate(_p):
    _table.append([f"SA6{1900040 + i * 7}", x.name, x.addr, f"{x.bank} {x.branch} {x.acct_type} {x.acct}"])
add(
    id="pub-078",
    sender=S_TOYAMA,
    to=["あさひ損害保険 収納管理課 <shuno@asahi-sonpo.co.jp>"], cc=[], bcc=[],
    subject="口座振替不能契約の明細（10月分）",
    charset="utf-8",
    body="収納管理課 ご担当者様\n\n"
         "日の出産業の外山です。\n"
         "10月分の口座振替不能明細をパスワード付きPDFでお送りします。\n"
         "パスワードは代理店コード＋月（例：H0412xx）です。\n\n"
         "外山\n",
    attachments=[{"kind": "pdf", "name": "振替不能明細_202410.pdf", "password": "H041210",
                  "lines": ["口座振替不能明細（2024年10月）"], "table": _table}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF to the insurer: cannot be inspected",
)

# ---------------------------------------------------------------- pub-079
_x = people("pub-079", 1, local=False)[0]
_cn = card_number(79)
add(
    id="pub-079",
    sender=S_ASARI,
    to=["あさひ損害保険 収納管理課 <shuno@asahi-sonpo.co.jp>"], cc=[], bcc=[],
    subject="クレジットカード払いへの変更（SA61520003）",
    charset="iso-2022-jp",
    body="収納管理課 ご担当者様\n\n"
         "お世話になっております。日の出産業 浅利です。\n"
         "証券番号 SA61520003 の契約者様から、保険料の支払方法をカード払いに変更したいとのお申出がありました。\n"
         "お電話で伺ったカード情報は以下のとおりです。\n\n"
         f"　カード名義：{_x.romaji.upper()}\n"
         f"　カード番号：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}\n"
         "　有効期限：09/27\n\n"
         "変更手続きの可否をご確認ください。\n\n"
         "浅利\n",
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a customer's credit card number in the body to the insurer",
)

# ---------------------------------------------------------------- pub-080
_x = people("pub-080", 1, local=False)[0]
add(
    id="pub-080",
    sender=S_TOYAMA,
    to=["ひまわり損保 海外旅行保険デスク <kaigai@himawari-sonpo.co.jp>"], cc=[], bcc=[],
    subject="海外旅行保険 お申込み（出発 12/20）",
    charset="cp932",
    body="海外旅行保険デスク ご担当者様\n\n"
         "日の出産業 外山です。下記のお申込みをお願いいたします。\n\n"
         f"被保険者　：{_x.name}（{_x.romaji}）\n"
         f"生年月日　：{seireki(_x.dob, 'kanji')}\n"
         "旅券番号　：TK4829175\n"
         "渡航先　　：オーストラリア（シドニー）\n"
         "期間　　　：2024年12月20日〜2025年1月5日（17日間）\n"
         "プラン　　：スタンダードB\n\n"
         "証券は代理店宛に郵送でお願いします。\n\n"
         "外山\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a customer's passport number with name and DOB for travel insurance",
)

# ---------------------------------------------------------------- pub-081
add(
    id="pub-081",
    sender=S_TOYAMA,
    to=["川崎電機 人事部 海外赴任担当 <kaigai-funin@kawasaki-denki.co.jp>"], cc=[], bcc=[],
    subject="海外出張者向け旅行保険プランのご案内",
    charset="iso-2022-jp",
    body="川崎電機株式会社\n人事部 海外赴任ご担当者様\n\n"
         "いつもお世話になっております。日の出産業 保険代理店事業部の外山です。\n"
         "ご相談いただいた海外出張者向けの包括契約について、プランをご案内します。\n\n"
         "　プランA　治療・救援費用 1,000万円／携行品 30万円　　　 1名1日あたり 310円\n"
         "　プランB　治療・救援費用 3,000万円／携行品 30万円　　　 1名1日あたり 420円\n"
         "　プランC　治療・救援費用 無制限　／携行品 50万円・賠償1億円　 1名1日あたり 590円\n\n"
         "年間延べ出張日数をお知らせいただければ、包括契約の保険料を試算いたします。\n"
         "パンフレットは本日郵送しました。\n\n"
         "外山 真由\n日の出産業株式会社 保険代理店事業部\nTEL 03-5543-2188\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="travel insurance plans and prices for a corporate customer",
)

# ---------------------------------------------------------------- pub-082
_p = people("pub-082", 7)
_foreign = [("TRAN", "Van Minh", "Vietnam"), ("SANTOS", "Maria Luisa", "Philippines"),
            ("GURUNG", "Bikash", "Nepal"), ("WANG", "Li", "China"), ("PEREIRA", "Joao", "Brazil"),
            ("SARI", "Dewi", "Indonesia"), ("KHIN", "Myo Thet", "Myanmar")]
_town_ro = {"若葉町": "Wakaba-cho", "汐見台": "Shiomidai", "桜ケ丘": "Sakuragaoka", "港南": "Konan",
            "本町": "Honcho", "緑が丘": "Midorigaoka", "新田": "Nitta", "浜風": "Hamakaze", "旭町": "Asahi-cho",
            "栄町": "Sakae-cho", "宮前": "Miyamae", "松風台": "Matsukazedai", "大字北沼": "Oaza Kitanuma", "中央": "Chuo"}
_trs = "".join(
    f"<tr><td>{s} {g}</td><td>{c}</td><td>{x.mobile}</td><td>{x.chome}-{x.ban}-{x.go} {_town_ro[x.town]}, Shinonome-shi, Chiba {x.zipcode}</td>"
    f"<td>{['Vietnamese', 'Tagalog', 'Nepali', 'Chinese', 'Portuguese', 'Indonesian', 'Burmese'][i]}</td></tr>"
    for i, ((s, g, c), x) in enumerate(zip(_foreign, _p)))
add(
    id="pub-082",
    sender=S_SAOTOME,
    to=["国際交流協会 多言語相談窓口 <soudan@shinonome-kokusai.or.jp>"], cc=[], bcc=[],
    subject="多言語での申請案内 対象者リスト",
    charset="utf-8",
    body="多言語相談窓口 ご担当者様\n\n"
         "東雲市コールセンターの早乙女です。\n"
         "母語での申請案内を希望された方のリストを添付します（HTMLファイル、ブラウザで開けます）。\n"
         "それぞれの言語の相談員の方から、ご連絡いただけますと助かります。\n\n"
         "早乙女\n",
    attachments=[{"kind": "html", "name": "multilingual_list.html",
                  "html": "<html><head><meta charset=\"utf-8\"><title>Applicants needing language support</title></head><body>"
                          "<h3>Applicants needing language support (Shinonome City benefit)</h3>"
                          "<table border=\"1\"><tr><th>Name</th><th>Nationality</th><th>Phone</th><th>Address</th><th>Language</th></tr>"
                          + _trs + "</table></body></html>"}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="7 foreign residents (romaji names, nationality, phone, English-style address) in an HTML attachment",
)

# ---------------------------------------------------------------- pub-083
add(
    id="pub-083",
    sender=S_SAOTOME,
    to=["International Desk <intl-desk@city.shinonome.lg.jp>"], cc=[], bcc=[],
    subject="Call-back request from a resident (English)",
    charset="utf-8",
    body="Dear International Desk,\n\n"
         "This is Saki Saotome from the Shinonome City Call Centre.\n"
         "A resident called today asking for an explanation of the benefit in English.\n\n"
         "  Name: Mr. James O'Connell\n"
         "  Phone: 070-5582-1946 (after 6 pm)\n"
         "  Question: whether his Japanese spouse can apply on behalf of the household\n\n"
         "Our English-speaking operator is off this week, so we would appreciate it if you could call him back.\n\n"
         "Kind regards,\nSaki Saotome\nShinonome City Call Centre (operated by Hinode Sangyo Co., Ltd.)\n",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one resident's name and phone in English for a call-back: one person, may warn",
)

# ---------------------------------------------------------------- pub-084
_p = people("pub-084", 6)
_parts = [f"{x.sei}様（{x.mobile}）" for x in _p]
add(
    id="pub-084",
    sender=S_NEGISHI,
    to=[CITY_OTSUKI], cc=[], bcc=[],
    subject="再申請の受付状況",
    charset="iso-2022-jp",
    body="大槻様\n\n"
         "お疲れさまです。根岸です。\n"
         "今週は、差戻しになった方のうち、"
         + "、".join(_parts[:3]) + "から電話で再申請の意向を確認できました。"
         "また、" + "、".join(_parts[3:]) + "は書類を郵送済みとのことで、"
         "明日以降に到着する見込みです。\n"
         "いずれも港南・栄町地区の方で、説明会に参加されていなかった方々です。\n\n"
         "根岸\n",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six residents with their mobiles woven into running prose (no table, no labels)",
)

# ---------------------------------------------------------------- pub-085
_p = people("pub-085", 3, local=False)
add(
    id="pub-085",
    sender=S_SHISHIDO,
    to=["ひかり生命 千葉営業部 <chiba-eigyo@hikari-seimei.co.jp>"], cc=[], bcc=[],
    subject="Re: 代理店研修（12月）の出欠について",
    charset="cp932",
    body="千葉営業部 ご担当者様\n\n"
         "お世話になっております。宍戸です。\n"
         "参加者の連絡先をとのことでしたので、お知らせします（当日の緊急連絡用）。\n\n"
         + "\n".join(f"　{x.name}　携帯 {x.mobile}" for x in _p) +
         "\n\n以上3名です。\n\n宍戸\n\n"
         "> 宍戸様\n> 当日の緊急連絡先として、参加者の携帯番号をお知らせください。\n",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three attendees' mobiles for a seminar: under the list threshold, may warn",
)

# ---------------------------------------------------------------- pub-086
add(
    id="pub-086",
    sender=S_HORIUCHI,
    to=[CITY_OTSUKI], cc=["生活支援課 課長 <shien-kacho@city-shinonome.lg.jp>"], bcc=[],
    subject="定例会の議事録（11/12）",
    charset="utf-8",
    body="大槻様\n（cc: 課長様）\n\n"
         "お世話になっております。堀内です。\n"
         "11月12日の定例会の議事録をお送りします。\n\n"
         "1. 10月度運営報告（応答率93.1%）→ 了承\n"
         "2. 審査遅延への対応 → 改善計画書を11/20までに提出\n"
         "3. 年末年始の体制 → 12/28〜1/3はコールセンターのみ縮小運営\n\n"
         "修正がありましたらご指摘ください。\n\n"
         "堀内\n",
    expect="either",
    entities=[],
    detectors=["multiple_external_domains"],
    note="Cc to city-shinonome.lg.jp beside the real city.shinonome.lg.jp: a probable misspelt city domain, but the city is not a configured partner",
)

# ---------------------------------------------------------------- pub-087
_p = people("pub-087", 6, local=False)
_qual = ["個人情報保護士", "コンタクトセンター検定（プロフェッショナル）", "社会福祉士", "なし",
         "日商簿記2級", "コンタクトセンター検定（オペレーション）"]
add(
    id="pub-087",
    sender=S_KOKUBU,
    to=[CITY_KOHO], cc=[], bcc=[],
    subject="審査担当者の配置について（12月増員分）",
    charset="iso-2022-jp",
    body="広聴広報課 森下様\n\n"
         "お世話になっております。国分です。\n"
         "12月1日から配置する審査担当者6名をご報告します（仕様書8.(3)に基づく事前報告）。\n\n"
         + "\n".join(f"　{i}. {x.name}　保有資格：{q}" for i, (x, q) in enumerate(zip(_p, _qual), 1)) +
         "\n\n全員、着任前研修（個人情報保護・業務手順）を11月中に受講予定です。\n\n"
         "国分\n",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="six of our staff named with qualifications to the client as contractually required: a list of people with attributes, yet no contact data",
)

# ---------------------------------------------------------------- pub-088
_x = people("pub-088", 1, local=False)[0]
add(
    id="pub-088",
    sender=S_NEGISHI,
    to=[CITY_KOHO], cc=[CITY_OTSUKI], bcc=[],
    subject="従事者の体調不良による救急搬送について（ご報告）",
    charset="iso-2022-jp",
    body="広聴広報課 森下様\n生活支援課 大槻様\n\n"
         "根岸です。本日の事案についてご報告します。\n\n"
         f"本日13時頃、分庁舎の臨時窓口で受付業務に当たっていたオペレーターの{_x.name}（{_x.age}歳）が、"
         "めまいと嘔吐を訴えて倒れ、救急車で東雲中央病院へ搬送されました。"
         "診断は熱中症（II度）で、持病の不整脈の影響もあるとのことで、本日は経過観察のため入院しています。\n"
         "窓口業務は14時から別のスタッフで再開しており、市民の方への影響はありません。\n\n"
         "空調の設定について、改めてご相談させてください。\n\n"
         "根岸 崇\n",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named staff member's diagnosis and chronic condition (要配慮) reported to the client city",
)

# ---------------------------------------------------------------- pub-089
_p = people("pub-089", 8)
_rows = [["受付番号", "生年月日", "住所", "世帯人数", "判定"]]
for i, x in enumerate(_p):
    _rows.append([fw(f"K6-{30500 + i * 9}"), wareki(x.dob, "kanji_fw"), fw(x.addr_kanji), fw(str(i % 4 + 1)),
                  ["要確認", "対象", "対象", "要確認", "対象外", "対象", "要確認", "対象"][i]])
add(
    id="pub-089",
    sender=S_KASHIWAGI,
    to=["税務課 市民税係 <shiminzei@city.shinonome.lg.jp>"], cc=[], bcc=[],
    subject="課税状況の照会（8件）",
    charset="cp932",
    body="税務課 市民税係 御中\n\n"
         "給付金事務センターの柏木です。\n"
         "課税状況の確認が必要な案件を添付のExcelにまとめました。\n"
         "氏名は記載していませんが、生年月日と住所で特定できると思います。\n\n"
         "柏木\n",
    attachments=[{"kind": "xlsx", "name": "課税照会_1115.xlsx", "sheets": {"照会": _rows}}],
    expect="stop",
    entities=["DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="8 rows without a name column: full-width 和暦 DOB and 丁目番号 addresses, XLSX",
)

# ---------------------------------------------------------------- pub-090
add(
    id="pub-090",
    sender=S_NEGISHI,
    to=["ツバサシステム FAQ担当 <faq-support@tsubasa-system.jp>"], cc=[], bcc=[],
    subject="ナレッジ修正依頼（3件）",
    charset="utf-8",
    body="FAQ担当 御中\n\n"
         "根岸です。ナレッジの修正を3件お願いします。\n\n"
         "1) KB-0142「住民票の写しの取り方」\n"
         "   市民課の直通番号が旧番号のままです。誤：0436-20-1100 → 正：0436-20-1104\n"
         "2) KB-0188「口座変更届の提出先」\n"
         "   提出先を「給付金事務センター（〒289-0516 東雲市本町2-3-1 東雲本町ビル4F）」に変更\n"
         "3) KB-0201「問い合わせ受付時間」\n"
         "   年末年始（12/28〜1/3）は 9:00〜17:00 に短縮、と追記\n\n"
         "反映日が決まりましたら教えてください。\n\n"
         "根岸\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="knowledge-base fixes with office phone numbers and an office address: businesses only",
)

# ---------------------------------------------------------------- pub-091
_x = people("pub-091", 1)[0]
add(
    id="pub-091",
    sender=S_HORIUCHI,
    to=[LAW], cc=[], bcc=[],
    subject="不正受給が疑われる案件のご相談",
    charset="utf-8",
    body="白川先生\n\n"
         "いつもお世話になっております。日の出産業の堀内です。\n"
         "東雲市の給付金事務で、不正受給が疑われる案件があり、ご相談させてください。\n\n"
         f"申請者の{_x.name}氏（{_x.city}{_x.town}在住、{wareki(_x.dob)}生）について、"
         "同一口座への振込申請が別名義で3件確認されました。"
         "市の担当者によると、同氏は令和3年に詐欺罪で逮捕され、執行猶予付きの有罪判決を受けているとのことです。\n"
         "当社として市へ報告すべき範囲と、申請者本人への連絡の可否についてご助言をいただけますでしょうか。\n\n"
         "堀内 綾\n日の出産業株式会社 東雲市給付金事務センター\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named applicant's arrest and criminal conviction (要配慮) in prose to the law firm",
)

# ---------------------------------------------------------------- pub-092
add(
    id="pub-092",
    sender=S_HORIUCHI,
    to=[CITY_OTSUKI], cc=[], bcc=[],
    subject="不正受給防止策のご提案",
    charset="iso-2022-jp",
    body="大槻様\n\n"
         "お世話になっております。堀内です。\n"
         "他市で発生した不正受給事案（報道ベース）を踏まえ、当センターで以下の対策を検討しています。\n\n"
         "　(1) 同一口座への複数振込のシステムチェック（名義・世帯をまたぐもの）\n"
         "　(2) 口座名義と申請者のカナ氏名の完全一致チェック\n"
         "　(3) 転入直後の申請に対する住民票の写しの追加提出\n\n"
         "(1)はツバサシステムの改修が必要で、概算で2週間・60万円程度とのことです。\n"
         "次回定例会で方針をご相談させてください。\n\n"
         "堀内\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="general fraud-prevention proposal with no individual",
)

# ---------------------------------------------------------------- pub-093
_p = people("pub-093", 7)
_new_banks = [("みどり銀行", "東雲支店"), ("ゆうちょ銀行", "〇一八店"), ("東雲信用金庫", "港南支店"),
              ("みどり銀行", "汐見台出張所"), ("房総みなと銀行", "東雲駅前支店"), ("東雲信用金庫", "本店営業部"),
              ("みどり銀行", "東雲支店")]
_rng = random.Random("pub-093")
_lines = []
for x, (b, br) in zip(_p, _new_banks):
    _lines.append(f"・{x.name}（{x.kana}）\n　　旧：{x.bank} {x.branch} {x.acct_type} {x.acct}\n"
                  f"　　新：{b} {br} 普通 {_rng.randint(0, 9999999):07d}")
add(
    id="pub-093",
    sender=S_MIKUMO,
    to=[CITY_SHIEN], cc=[], bcc=[],
    subject="振込先口座の変更届（7件）受付のご報告",
    charset="cp932",
    body="生活支援課 給付金担当 御中\n\n"
         "日の出産業の三雲です。\n"
         "今週受け付けた振込先口座の変更届は以下の7件です。\n"
         "次回振込データから新口座で作成してよろしいかご確認ください。\n\n"
         + "\n".join(_lines) +
         "\n\n三雲\n",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="7 residents' old and new bank accounts as 「・」 bullets to the city",
)

# ---------------------------------------------------------------- pub-094
_corp = corporate_number("700110005902")
add(
    id="pub-094",
    sender="日の出産業 経理部 請求担当 <seikyu@hinode-sangyo.co.jp>",
    to=["会計課 <kaikei@city.shinonome.lg.jp>"], cc=[], bcc=[],
    subject="請求書（HS-2411-0912）送付のご案内",
    charset="utf-8",
    body="東雲市 会計課 御中\n\n"
         "平素よりお世話になっております。日の出産業株式会社 経理部です。\n"
         "11月分委託料の請求書をPDFにて添付いたします。\n\n"
         "日の出産業株式会社 経理部\nTEL 03-5543-2111\n",
    attachments=[{"kind": "pdf", "name": "請求書_HS-2411-0912.pdf",
                  "lines": ["請 求 書", "東雲市長 様", "請求番号：HS-2411-0912　発行日：2024年12月2日",
                            "件名：東雲市コールセンター運営業務委託（11月分） 契約番号 R6-委-0123",
                            "請求金額：4,911,300円（うち消費税 446,481円）",
                            "振込先：みどり銀行 本店営業部 当座 0281734 ヒノデサンギョウ（カ",
                            f"日の出産業株式会社　登録番号 T{_corp}",
                            "〒104-0032 東京都中央区八丁堀3-12-8 日の出ビル　TEL 03-5543-2100"]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice PDF with the company's T-number and company bank account: business data only",
)

# ---------------------------------------------------------------- pub-095
_p = people("pub-095", 8)
add(
    id="pub-095",
    sender=S_SAOTOME,
    to=[f"{x.email}" for x in _p], cc=[], bcc=[],
    subject="【東雲市】給付金申請サポート説明会のご案内（11/30）",
    charset="iso-2022-jp",
    body="説明会へのご参加をお申込みいただいた皆様\n\n"
         "東雲市給付金コールセンターです。\n"
         "お申込みいただいた申請サポート説明会の詳細をお知らせします。\n\n"
         "　日時：11月30日（土）10:00〜11:30\n"
         "　会場：松風台市民センター 2階 大会議室\n"
         "　持ち物：申請書、本人確認書類、振込先口座のわかるもの\n\n"
         "当日は会場で個別相談も承ります。\n\n"
         "東雲市給付金コールセンター（受託：日の出産業株式会社）\n0120-310-882\n",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="eight residents' private addresses all visible in To (should have been Bcc)",
)

# ---------------------------------------------------------------- pub-096
_p = people("pub-096", 10)
add(
    id="pub-096",
    sender=S_SAOTOME,
    to=["東雲市給付金コールセンター <shinonome-cc@hinode-sangyo.co.jp>"], cc=[],
    bcc=[x.email for x in _p],
    subject="【東雲市】説明会（12/7）会場変更のお知らせ",
    charset="cp932",
    body="説明会にお申込みの皆様\n\n"
         "12月7日（土）の申請サポート説明会は、会場の設備点検のため\n"
         "「港南支所 1階 多目的室」に変更となりました。時間の変更はありません。\n"
         "ご迷惑をおかけし申し訳ございません。\n\n"
         "東雲市給付金コールセンター（受託：日の出産業株式会社）\n0120-310-882\n",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="notice to residents correctly sent with everyone in Bcc",
)

# ---------------------------------------------------------------- pub-097
_p = people("pub-097", 15)
_detail = [["受付番号", "申請者", "ﾌﾘｶﾞﾅ", "生年月日", "電話", "金融機関", "口座番号", "決定額"]]
for i, x in enumerate(_p):
    _detail.append([f"K6-{41000 + i * 5}", x.name_ns, x.hkana, wareki(x.dob, "short"), x.tel if i % 2 else x.mobile,
                    f"{x.bank}{x.branch}", f"{x.acct_type} {x.acct}", 30000 + (i % 3) * 10000])
add(
    id="pub-097",
    sender=S_KASHIWAGI,
    to=[CITY_SHIEN], cc=[], bcc=[],
    subject="11月支給決定分の実績報告",
    charset="utf-8",
    body="給付金担当 御中\n\n"
         "柏木です。11月支給決定分の実績をお送りします。\n"
         "「集計」シートが報告用です（明細は念のため別シートに付けています）。\n\n"
         "柏木\n",
    attachments=[{"kind": "xlsx", "name": "実績報告_202411.xlsx", "title": "11月支給決定 実績報告",
                  "sheets": {"集計": [["区分", "件数", "金額（円）"], ["3万円", 5, 150000],
                                      ["4万円", 5, 200000], ["5万円", 5, 250000], ["合計", 15, 600000]],
                             "明細": _detail}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="summary sheet first, but a second sheet lists 15 recipients with DOB, phone, account",
)

# ---------------------------------------------------------------- pub-098
_towns = ["若葉町", "汐見台", "桜ケ丘", "港南", "本町", "緑が丘", "新田", "浜風", "旭町", "栄町", "宮前", "松風台", "大字北沼", "中央"]
_rng = random.Random("pub-098")
_rows = [["東雲市物価高騰対策給付金　地区別申請状況（11月15日現在）"], [], ["地区", "対象世帯数", "申請数", "申請率", "支給済"]]
for t in _towns:
    n = _rng.randint(600, 3200)
    a = int(n * _rng.uniform(0.55, 0.92))
    _rows.append([t, n, a, f"{a / n:.1%}", int(a * _rng.uniform(0.7, 0.95))])
add(
    id="pub-098",
    sender=S_KASHIWAGI,
    to=[CITY_SHIEN], cc=[CITY_KOHO], bcc=[],
    subject="地区別の申請状況（11/15時点）",
    charset="iso-2022-jp",
    body="給付金担当 御中\n広聴広報課 御中\n\n"
         "柏木です。地区別の申請状況を集計しました。\n"
         "申請率の低い大字北沼・浜風地区は、広報紙12月号での再周知をご検討ください。\n\n"
         "柏木\n",
    attachments=[{"kind": "xlsx", "name": "地区別申請状況_1115.xlsx", "sheets": {"地区別": _rows}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate counts per town (town names only): statistics to the city",
)

# ---------------------------------------------------------------- pub-099
add(
    id="pub-099",
    sender=S_NEGISHI,
    to=["ツバサシステム 井口様 <iguchi@tsubasa-system.jp>"], cc=[], bcc=[],
    subject="運用手順書（障害時の切替）の送付",
    charset="iso-2022-jp",
    body="井口様\n\n"
         "お世話になっております。根岸です。\n"
         "来週の切替訓練に向けて、当センターの障害時運用手順書をお送りします。\n"
         "システム側の手順と齟齬がないかご確認ください。\n\n"
         "根岸\n",
    attachments=[{"kind": "docx", "name": "障害時運用手順書_v1.3.docx",
                  "page_header": "社外秘", "page_footer": "日の出産業株式会社 東雲市コールセンター",
                  "paragraphs": ["障害時運用手順書（第1.3版）",
                                 "1. CTI停止時：SVは直ちに代表番号の転送先を予備回線（0436-20-5599）へ切り替える。",
                                 "2. 受付システム停止時：紙の受付票（様式CC-7）で受付し、復旧後に入力する。",
                                 "3. 連絡体制：SV→センター長→市広聴広報課→ツバサシステム保守窓口の順に連絡する。"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="社外秘 only in the attached DOCX page header, sent to the system vendor",
)

# ---------------------------------------------------------------- pub-100
add(
    id="pub-100",
    sender=S_SHISHIDO,
    to=["Emily Carter <emily.carter@meridian-re.com>"], cc=[], bcc=[],
    subject="Re: Agency visit in January",
    charset="utf-8",
    body="Dear Emily,\n\n"
         "Thank you for your note. January 21 or 22 works well for us; our office is a 5-minute walk\n"
         "from Hatchobori station. I will ask Mr. Asari from our claims team to join as well.\n\n"
         "Best regards,\n"
         "Koji Shishido\nHinode Sangyo Co., Ltd.\n\n"
         "CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential or\n"
         "privileged information intended only for the named recipient. If you have received it in\n"
         "error, please notify the sender immediately and delete it. Any unauthorised use,\n"
         "disclosure or copying is prohibited.\n\n"
         "On Mon, Dec 2, 2024 at 10:14 AM Emily Carter <emily.carter@meridian-re.com> wrote:\n"
         "> Dear Koji-san, I will be in Tokyo in the week of January 20. Could we meet?\n"
         "> Emily\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="English meeting reply with a standard CONFIDENTIALITY NOTICE disclaimer: not a marking",
)
