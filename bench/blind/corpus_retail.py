"""Blind corpus — 日の出産業 店舗運営 (shops and restaurants).

Written from bench/blind/BRIEF.md only.  Part-timer rosters, hiring, payroll transfers,
membership customers, reservations with allergies, complaints, lost property, store
directories, supplier orders, food safety, POS exports, mis-addressed customer mail,
look-alike partner domains, reply threads, forwards, disclaimers, 部外秘 manuals.
"""

import random

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# invented people and helpers
# ---------------------------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("石井", "イシイ", "Ishii"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"),
    ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
    ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
    ("中山", "ナカヤマ", "Nakayama"), ("石田", "イシダ", "Ishida"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("五百旗頭", "イオキベ", "Iokibe"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("東海林", "ショウジ", "Shoji"), ("薬袋", "ミナイ", "Minai"),
    ("百目鬼", "ドウメキ", "Domeki"), ("纐纈", "コウケツ", "Koketsu"), ("番匠", "バンショウ", "Bansho"),
    ("鬼頭", "キトウ", "Kito"), ("九十九", "ツクモ", "Tsukumo"), ("籾山", "モミヤマ", "Momiyama"),
    ("我孫子", "アビコ", "Abiko"), ("左右田", "ソウダ", "Soda"), ("四十物", "アイモノ", "Aimono"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("栗花落", "ツユリ", "Tsuyuri"), ("御手洗", "ミタライ", "Mitarai"),
    ("上遠野", "カドノ", "Kadono"), ("宍戸", "シシド", "Shishido"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("比嘉", "ヒガ", "Higa"), ("喜屋武", "キャン", "Kyan"), ("陶山", "スヤマ", "Suyama"),
    ("猪狩", "イガリ", "Igari"), ("門脇", "カドワキ", "Kadowaki"), ("雲類鷲", "ウルワシ", "Uruwashi"),
]

GIVEN = [
    ("翔太", "ショウタ", "Shota"), ("大輝", "ダイキ", "Daiki"), ("健太", "ケンタ", "Kenta"),
    ("拓海", "タクミ", "Takumi"), ("蓮", "レン", "Ren"), ("悠斗", "ユウト", "Yuto"),
    ("陽向", "ヒナタ", "Hinata"), ("和也", "カズヤ", "Kazuya"), ("誠", "マコト", "Makoto"),
    ("隆", "タカシ", "Takashi"), ("浩二", "コウジ", "Koji"), ("修", "オサム", "Osamu"),
    ("颯", "ハヤテ", "Hayate"), ("直樹", "ナオキ", "Naoki"), ("康平", "コウヘイ", "Kohei"),
    ("美咲", "ミサキ", "Misaki"), ("陽菜", "ヒナ", "Hina"), ("葵", "アオイ", "Aoi"),
    ("結衣", "ユイ", "Yui"), ("さくら", "サクラ", "Sakura"), ("真由美", "マユミ", "Mayumi"),
    ("恵子", "ケイコ", "Keiko"), ("由美子", "ユミコ", "Yumiko"), ("彩花", "アヤカ", "Ayaka"),
    ("七海", "ナナミ", "Nanami"), ("千尋", "チヒロ", "Chihiro"), ("美穂", "ミホ", "Miho"),
    ("綾乃", "アヤノ", "Ayano"), ("凛", "リン", "Rin"), ("芽衣", "メイ", "Mei"),
    ("舞", "マイ", "Mai"), ("和子", "カズコ", "Kazuko"), ("智子", "トモコ", "Tomoko"),
    ("理沙", "リサ", "Risa"), ("莉子", "リコ", "Riko"), ("湊", "ミナト", "Minato"),
    ("一郎", "イチロウ", "Ichiro"), ("勝", "マサル", "Masaru"), ("里美", "サトミ", "Satomi"),
    ("亮介", "リョウスケ", "Ryosuke"), ("優奈", "ユウナ", "Yuna"), ("大和", "ヤマト", "Yamato"),
]

FOREIGN = [
    ("NGUYEN THI LAN", "グエン・ティ・ラン", "ベトナム"),
    ("TRAN VAN MINH", "チャン・ヴァン・ミン", "ベトナム"),
    ("PHAM THI HOA", "ファム・ティ・ホア", "ベトナム"),
    ("RAI BIKASH", "ライ・ビカス", "ネパール"),
    ("GURUNG SITA", "グルン・シタ", "ネパール"),
    ("SANTOS MARIA CRISTINA", "サントス・マリア・クリスティーナ", "フィリピン"),
    ("DELA CRUZ ANGELICA", "デラクルス・アンジェリカ", "フィリピン"),
    ("LI WEI", "リ・ウェイ", "中国"),
    ("AUNG KO KO", "アウン・コ・コ", "ミャンマー"),
    ("KIM SOYEON", "キム・ソヨン", "韓国"),
    ("SHRESTHA ANIL", "シュレスタ・アニル", "ネパール"),
    ("HOANG DUC ANH", "ホアン・ドゥック・アイン", "ベトナム"),
]

PLACES = [
    ("154-0004", "東京都世田谷区太子堂"), ("166-0003", "東京都杉並区高円寺南"),
    ("211-0005", "神奈川県川崎市中原区新丸子町"), ("330-0061", "埼玉県さいたま市浦和区常盤"),
    ("273-0005", "千葉県船橋市本町"), ("530-0041", "大阪府大阪市北区天神橋"),
    ("561-0858", "大阪府豊中市服部西町"), ("663-8113", "兵庫県西宮市甲子園口"),
    ("060-0063", "北海道札幌市中央区南三条西"), ("980-0811", "宮城県仙台市青葉区一番町"),
    ("464-0850", "愛知県名古屋市千種区今池"), ("812-0018", "福岡県福岡市博多区住吉"),
    ("606-8203", "京都府京都市左京区田中関田町"), ("177-0041", "東京都練馬区石神井町"),
    ("136-0072", "東京都江東区大島"), ("223-0061", "神奈川県横浜市港北区日吉"),
    ("332-0031", "埼玉県川口市青木"), ("121-0816", "東京都足立区梅島"),
    ("272-0021", "千葉県市川市八幡"), ("192-0904", "東京都八王子市子安町"),
    ("180-0004", "東京都武蔵野市吉祥寺本町"), ("230-0051", "神奈川県横浜市鶴見区鶴見中央"),
    ("194-0013", "東京都町田市原町田"), ("003-0023", "北海道札幌市白石区南郷通"),
]
BUILDINGS = ["", "", "", " コーポ若葉201", " ハイツ桜102", " メゾン・ド・ソレイユ305",
             " グランパレス703", "-1203", " 第二松風荘2号", " レジデンス東和405", " アーバン88 1F"]

FW_TABLE = str.maketrans("0123456789-/.:()ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                         "０１２３４５６７８９－／．：（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")
FW_TABLE_JIS = str.maketrans("0123456789-/.:()", "０１２３４５６７８９−／．：（）")
HK = str.maketrans({
    "ア": "ｱ", "イ": "ｲ", "ウ": "ｳ", "エ": "ｴ", "オ": "ｵ", "カ": "ｶ", "キ": "ｷ", "ク": "ｸ", "ケ": "ｹ",
    "コ": "ｺ", "サ": "ｻ", "シ": "ｼ", "ス": "ｽ", "セ": "ｾ", "ソ": "ｿ", "タ": "ﾀ", "チ": "ﾁ", "ツ": "ﾂ",
    "テ": "ﾃ", "ト": "ﾄ", "ナ": "ﾅ", "ニ": "ﾆ", "ヌ": "ﾇ", "ネ": "ﾈ", "ノ": "ﾉ", "ハ": "ﾊ", "ヒ": "ﾋ",
    "フ": "ﾌ", "ヘ": "ﾍ", "ホ": "ﾎ", "マ": "ﾏ", "ミ": "ﾐ", "ム": "ﾑ", "メ": "ﾒ", "モ": "ﾓ", "ヤ": "ﾔ",
    "ユ": "ﾕ", "ヨ": "ﾖ", "ラ": "ﾗ", "リ": "ﾘ", "ル": "ﾙ", "レ": "ﾚ", "ロ": "ﾛ", "ワ": "ﾜ", "ヲ": "ｦ",
    "ン": "ﾝ", "ガ": "ｶﾞ", "ギ": "ｷﾞ", "グ": "ｸﾞ", "ゲ": "ｹﾞ", "ゴ": "ｺﾞ", "ザ": "ｻﾞ", "ジ": "ｼﾞ",
    "ズ": "ｽﾞ", "ゼ": "ｾﾞ", "ゾ": "ｿﾞ", "ダ": "ﾀﾞ", "ヂ": "ﾁﾞ", "ヅ": "ﾂﾞ", "デ": "ﾃﾞ", "ド": "ﾄﾞ",
    "バ": "ﾊﾞ", "ビ": "ﾋﾞ", "ブ": "ﾌﾞ", "ベ": "ﾍﾞ", "ボ": "ﾎﾞ", "パ": "ﾊﾟ", "ピ": "ﾋﾟ", "プ": "ﾌﾟ",
    "ペ": "ﾍﾟ", "ポ": "ﾎﾟ", "ャ": "ｬ", "ュ": "ｭ", "ョ": "ｮ", "ッ": "ｯ", "ァ": "ｧ", "ィ": "ｨ", "ゥ": "ｩ",
    "ェ": "ｪ", "ォ": "ｫ", "ー": "ｰ", "ヴ": "ｳﾞ", "・": "･", "　": " ",
})


def fw(s, jis=False):
    """full-width digits (and - / . :); jis=True keeps to what ISO-2022-JP can carry."""
    return s.translate(FW_TABLE_JIS if jis else FW_TABLE)


def hk(s):
    """half-width katakana."""
    return s.translate(HK)


class P:
    """one invented person."""

    def __init__(self, rng, adult=True, young=False):
        s = rng.choice(SURNAMES)
        g = rng.choice(GIVEN)
        self.sei, self.mei = s[0], g[0]
        self.ksei, self.kmei = s[1], g[1]
        self.rsei, self.rmei = s[2], g[2]
        if young:
            self.y = rng.randint(1999, 2007)
        else:
            self.y = rng.randint(1950, 2004)
        self.m = rng.randint(1, 12)
        self.d = rng.randint(1, 28)
        a, b, c = rng.choice(["090", "080", "070"]), rng.randint(1000, 9999), rng.randint(1000, 9999)
        self.tel = f"{a}-{b}-{c}"
        pc, pl = rng.choice(PLACES)
        self.zip = pc
        self.addr = f"{pl}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}{rng.choice(BUILDINGS)}"
        dom = rng.choice(["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
                          "softbank.ne.jp", "outlook.jp", "au.com"])
        self.mail = f"{self.rmei.lower()}.{self.rsei.lower()}{rng.randint(1, 99)}@{dom}"

    @property
    def name(self):
        return f"{self.sei} {self.mei}"

    @property
    def name_ns(self):
        return f"{self.sei}{self.mei}"

    @property
    def kana(self):
        return f"{self.ksei} {self.kmei}"

    @property
    def romaji(self):
        return f"{self.rmei} {self.rsei}"

    @property
    def romaji_up(self):
        return f"{self.rsei.upper()} {self.rmei}"

    def dob(self, style="slash"):
        y, m, d = self.y, self.m, self.d
        if style == "slash":
            return f"{y}/{m:02d}/{d:02d}"
        if style == "hyphen":
            return f"{y}-{m:02d}-{d:02d}"
        if style == "kanji":
            return f"{y}年{m}月{d}日"
        era, ey = wareki(y)
        if style == "wa":
            return f"{era}{ey}年{m}月{d}日"
        if style == "wa_short":
            return f"{dict(昭和='S', 平成='H', 令和='R')[era]}{ey}.{m}.{d}"
        if style == "wa_fw":
            return fw(f"{dict(昭和='S', 平成='H', 令和='R')[era]}{ey}.{m}.{d}")
        if style == "wa_fw_kanji":
            return fw(f"{era}{ey}年{m}月{d}日")
        raise ValueError(style)


def wareki(y):
    if y >= 2019:
        return "令和", y - 2018
    if y >= 1989:
        return "平成", y - 1988
    return "昭和", y - 1925


def people(n, seed, **kw):
    rng = random.Random(f"ret-{seed}")
    out, seen = [], set()
    while len(out) < n:
        p = P(rng, **kw)
        if p.name in seen:
            continue
        seen.add(p.name)
        out.append(p)
    return out


def pad(rows, widths, sep=" "):
    """space-padded columns, counting East Asian wide characters as 2."""
    def w(s):
        return sum(2 if ord(ch) > 0x2E80 and not (0xFF61 <= ord(ch) <= 0xFF9F) else 1 for ch in s)
    lines = []
    for r in rows:
        cells = []
        for cell, width in zip(r, widths):
            cell = str(cell)
            cells.append(cell + " " * max(1, width - w(cell)))
        lines.append(sep.join(cells).rstrip())
    return "\n".join(lines)


BANKS = [("みどり銀行", "渋谷支店", "101"), ("みどり銀行", "新宿西口支店", "118"),
         ("三葉銀行", "吉祥寺支店", "243"), ("ひまわり信用金庫", "本店営業部", "001"),
         ("東都銀行", "武蔵小杉支店", "532"), ("ゆうちょ銀行", "〇一八店", "018"),
         ("あおぞら第一銀行", "梅田支店", "604"), ("北洋みらい銀行", "大通支店", "312")]


def acct(rng):
    return f"{rng.randint(1000000, 9999999)}"


def corp_number(base12):
    """法人番号: check digit + 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_T = "T" + corp_number("010401088321")

SIG_OPS = """――――――――――――――――――――
日の出産業株式会社 店舗運営部
{name}
〒150-0043 東京都渋谷区道玄坂1-22-9 日の出ビル6F
TEL 03-6812-4400 / FAX 03-6812-4401
{mail}
――――――――――――――――――――"""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡の上、本メールを削除してください。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information. If you are
not the intended recipient, please notify the sender and delete this e-mail."""

MESSAGES = []

# ---------------------------------------------------------------------------------------
# 001–012
# ---------------------------------------------------------------------------------------

_p = people(8, 1, young=True)
_rows = [["氏名", "携帯", "12/1(月)", "12/2(火)", "12/3(水)", "12/4(木)", "12/5(金)"],
         ["-" * 12, "-" * 13, "-" * 9, "-" * 9, "-" * 9, "-" * 9, "-" * 9]]
_shifts = ["10-15", "17-22", "休", "11-16", "18-23", "9-14", "休", "15-21"]
for i, p in enumerate(_p):
    _rows.append([p.name, p.tel] + [_shifts[(i + k * 3) % 8] for k in range(5)])
MESSAGES.append(dict(
    id="ret-001",
    sender="堀口 健 <horiguchi@hinode-sangyo.co.jp>",
    to=["スタッフ絆 派遣コーディネート 村瀬様 <murase@staff-kizuna.co.jp>"],
    subject="三軒茶屋店 12月第1週シフト（応援要員のご相談）",
    charset="iso-2022-jp",
    body=f"""株式会社スタッフ絆
村瀬様

いつもお世話になっております。日の出産業 店舗運営部の堀口です。

先日お電話でご相談した、ひので食堂 三軒茶屋店の応援要員の件です。
現行のアルバイトシフトを下記に貼り付けますので、穴の空いている時間帯
（特に火・木の夜）を埋められる方がいらっしゃるかご確認いただけますでしょうか。
急な欠勤があった場合に直接連絡が取れるよう、携帯番号も載せております。

{pad(_rows, [14, 15, 11, 11, 11, 11, 11])}

※「休」は公休、時間は24時間表記です。

お手数をおかけしますが、今週金曜までにご回答いただけますと助かります。
よろしくお願いいたします。

{SIG_OPS.format(name="エリアマネージャー 堀口 健", mail="horiguchi@hinode-sangyo.co.jp")}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="shift roster of 8 part-timers with mobiles, space-padded, to a staffing agency",
))

_p = people(9, 2, young=True)
_lines = "\n".join(f"{p.name}\t{p.tel}\t{s}" for p, s in zip(
    _p, ["早番", "早番", "中番", "遅番", "遅番", "早番", "通し", "遅番", "中番"]))
MESSAGES.append(dict(
    id="ret-002",
    sender="新井 夏美 <arai.natsumi@hinode-sangyo.co.jp>",
    to=["吉祥寺店 店長 <kichijoji-mgr@stores.hinode-sangyo.co.jp>"],
    cc=["堀口 健 <horiguchi@hinode-sangyo.co.jp>"],
    subject="【吉祥寺】年末年始シフト案・連絡網",
    charset="iso-2022-jp",
    body=f"""店長

お疲れさまです、新井です。
年末年始（12/29〜1/3）のシフト案と緊急連絡網をまとめました。
Excelに貼る前の段階なのでタブ区切りのままですみません。

氏名\t携帯\t基本
{_lines}

1/1は休業、12/31は17時閉店で確定です。
問題なければ明日の朝礼で共有します。

新井
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="internal only: roster with mobiles between store and area manager",
))

_p = people(6, 3, young=True)
_sheet = [["アルバイト応募者一覧（2025年11月受付分）", "", "", "", "", "", ""],
          ["受付日", "氏名", "フリガナ", "生年月日", "住所", "電話番号", "希望店舗"]]
for i, p in enumerate(_p):
    _sheet.append([f"11/{3 + i * 4}", p.name_ns, p.kana, p.dob("wa"),
                   f"〒{p.zip} {p.addr}", p.tel, ["三軒茶屋", "吉祥寺", "武蔵小杉"][i % 3]])
MESSAGES.append(dict(
    id="ret-003",
    sender="小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
    to=["baito-navi 掲載担当 <keisai@baito-navi.jp>"],
    subject="応募者データの件",
    charset="utf-8",
    body="""バイトナビ ご担当者様

お世話になっております。日の出産業の小野寺です。

先日ご依頼のあった、11月掲載分の応募者データを添付いたします。
面接日程の自動調整機能のテストにお使いいただくとのことでしたので、
応募フォームから取り込んだ内容をそのままExcelにしております。

ご確認のほどよろしくお願いいたします。

小野寺 真理
日の出産業株式会社 店舗運営部 採用担当
TEL 03-6812-4400
""",
    attachments=[{"kind": "xlsx", "name": "応募者一覧_11月.xlsx", "sheets": {"11月": _sheet}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 applicants' 履歴書 data (和暦 DOB, address, phone) in XLSX with a title row, to a job site",
))

MESSAGES.append(dict(
    id="ret-004",
    sender="小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
    to=["行政書士 桐谷事務所 <info@kiritani-gyosei.jp>"],
    subject="資格外活動許可の確認のお願い（武蔵小杉店 新規採用者）",
    charset="cp932",
    body="""桐谷先生

いつも大変お世話になっております。
日の出産業株式会社 採用担当の小野寺でございます。

日の出マート 武蔵小杉店で採用予定の留学生について、
就労可能な範囲のご確認をお願いしたくご連絡いたしました。

本人から提示された在留カードの記載内容は以下のとおりです。

氏名はTRAN VAN MINH（チャン・ヴァン・ミン）さん、1999年8月14日生まれ、
国籍はベトナム、在留資格は「留学」で、在留カード番号は UH48217395EA、
在留期間の満了日は2026年10月3日となっております。
裏面の資格外活動許可欄には「許可：原則週28時間以内・風俗営業等の従事を除く」
と記載がありました。

レジと品出しで週20時間程度を予定しておりますが、長期休暇中の増枠を
含めて問題がないか、ご見解をいただけますと幸いです。

以上、どうぞよろしくお願いいたします。

小野寺 真理
日の出産業株式会社 店舗運営部
〒150-0043 東京都渋谷区道玄坂1-22-9
TEL：03-6812-4400（代）
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="one foreign hire's 在留カード number in prose to an external 行政書士",
))

_rng = random.Random("ret-005")
_p = people(12, 5)
_rows5 = [["振込日", "銀行名", "支店名", "預金種目", "口座番号", "口座名義（カナ）", "振込金額"]]
for p in _p:
    b = _rng.choice(BANKS)
    _rows5.append(["20251225", b[0], b[1], "普通", acct(_rng), f"{p.ksei} {p.kmei}",
                   str(_rng.randint(38, 142) * 1000 + _rng.randint(0, 999))])
MESSAGES.append(dict(
    id="ret-005",
    sender="久保 まどか <kubo.madoka@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
    subject="12月度 アルバイト給与振込データ送付の件",
    charset="iso-2022-jp",
    body="""みどり銀行 法人営業部
ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 経理部の久保でございます。

12月度のアルバイト給与振込分（店舗運営部 第3グループ）につきまして、
総合振込の依頼データを添付にてお送りいたします。
振込指定日は12月25日でお願いいたします。

ご不明な点がございましたら、下記までご連絡ください。

日の出産業株式会社 経理部 給与担当
久保 まどか
TEL 03-6812-4410
""",
    attachments=[{"kind": "csv", "name": "振込依頼_202512_G3.csv", "rows": _rows5, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="payroll transfer list of 12 part-timers (bank/branch/account/kana) as CP932 CSV to the bank",
))

MESSAGES.append(dict(
    id="ret-006",
    sender="久保 まどか <kubo.madoka@hinode-sangyo.co.jp>",
    to=["みどり銀行 渋谷支店 法人窓口 <shibuya-houjin@midori-ginko.co.jp>"],
    subject="Re: 総合振込の受付完了について",
    charset="iso-2022-jp",
    body="""みどり銀行 渋谷支店
法人窓口 ご担当者様

お世話になっております。日の出産業の久保です。
受付完了のご連絡をありがとうございました。

念のため、当方の控えと照合した結果をお知らせします。

　依頼日　　：2025年12月19日
　振込指定日：2025年12月25日
　件数　　　：28件
　合計金額　：2,418,620円
　引落口座　：渋谷支店 当座 0048213 ヒノデサンギヨウ（カ

いずれも一致しておりました。
組戻しが発生した場合は、従来どおり私宛にご連絡いただけますと幸いです。

久保
日の出産業株式会社 経理部
03-6812-4410
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="totals of a payroll batch and the company's own debit account; no person's data",
))

_p = people(20, 7)
_rows7 = [["会員番号", "氏名", "フリガナ", "郵便番号", "住所", "生年月日", "ランク"]]
for i, p in enumerate(_p):
    _rows7.append([f"HM{7720031 + i * 37}", p.name, p.kana, p.zip, p.addr, p.dob("hyphen"),
                   ["ゴールド", "シルバー", "レギュラー"][i % 3]])
MESSAGES.append(dict(
    id="ret-007",
    sender="三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 根岸様 <negishi@nishiki-insatsu.co.jp>"],
    subject="1月誕生月DM 宛名データ",
    charset="utf-8",
    body="""錦印刷株式会社
根岸様

いつもお世話になっております。日の出産業 販促課の三好です。

1月誕生月の会員様向けバースデーDM（はがき）の宛名データをお送りします。
前回と同じレイアウトで、ランクごとに絵柄を分けて印刷をお願いいたします。
投函は12月26日（金）でお願いできればと思います。

部数：20通（テスト抽出分）
※本番データは年明けにお送りします。

三好 理恵
日の出産業株式会社 店舗運営部 販促課
TEL 03-6812-4420
""",
    attachments=[{"kind": "csv", "name": "bd_dm_202601.csv", "rows": _rows7, "encoding": "utf-8-sig"}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="20 membership customers with address and birthday (UTF-8 BOM CSV) to the printer",
))

MESSAGES.append(dict(
    id="ret-008",
    sender="三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>",
    to=["錦印刷 根岸様 <negishi@nishiki-insatsu.co.jp>"],
    subject="バースデーDM 来期部数の目安",
    charset="cp932",
    body="""根岸様

お世話になっております。三好です。
来期のバースデーDMの部数について、店舗別・月別の見込みを共有いたします。
（会員システムの集計値で、個人の情報は含んでおりません）

店舗　　　　　1月　2月　3月　4月　5月　6月
――――――――――――――――――――――――――――
三軒茶屋　　　412　388　401　395　420　377
吉祥寺　　　　356　341　362　350　349　338
武蔵小杉　　　298　305　311　287　296　301
梅田　　　　　441　430　452　438　447　429
天神　　　　　267　259　270　262　275　258

単価は前回お見積り（No.NS-25-0932）の1通あたり58円で変わらない認識です。
7月以降分は来月お送りします。

三好
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate DM counts by shop and month, a quote number; no people",
))

MESSAGES.append(dict(
    id="ret-009",
    sender="芦田 聡 <ashida@mail.hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>"],
    subject="12/14 会食のご予約について（アレルギー対応のお願い）",
    charset="iso-2022-jp",
    body="""さくらホテル 宴会予約課 御中

いつもお世話になっております。
日の出産業 ひので食堂三軒茶屋店の芦田です。

12月14日（日）18時からの会食（8名様、個室「桔梗」）の件で追加のお願いです。
幹事の水嶋 恭子様（携帯 090-3318-7254）より、ご本人が甲殻類（えび・かに）の
重度のアレルギーをお持ちで、過去にアナフィラキシーで救急搬送されたことがある、
とのご連絡をいただきました。

水嶋様のお料理だけ、甲殻類を一切使わない別メニューでご用意いただけますでしょうか。
ソース・出汁の共用についてもご確認いただけると安心です。

お手数ですがご対応可否をご返信ください。

芦田
日の出産業株式会社 ひので食堂 三軒茶屋店 店長
TEL 03-5432-1187
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named guest's severe allergy and anaphylaxis history (要配慮) to the partner hotel",
))

MESSAGES.append(dict(
    id="ret-010",
    sender="芦田 聡 <ashida@mail.hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>"],
    subject="忘年会（12/20）お料理の最終確認",
    charset="iso-2022-jp",
    body="""さくらホテル 宴会予約課
ご担当者様

お世話になっております。芦田です。
12/20の弊社忘年会（40名、鳳凰の間）のお料理について最終確認です。

・テーブル3：卵アレルギー 1名（つなぎの卵もNG）
・テーブル5：そば 1名
・テーブル7：ベジタリアン対応 2名
・乾杯酒はノンアルコールを6本追加

座席表は当日受付でお渡しします。
お見積書（No.SH-2512-0417）の金額から変更が出る場合はお知らせください。

芦田
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="allergies by table number only, not tied to anyone identifiable",
))

_p = people(7, 11)
_allerg = ["なし", "小麦", "なし", "乳・卵", "なし", "くるみ", "なし"]
_tr = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p.name}</td><td>{p.tel}</td><td>{a}</td></tr>"
    for i, (p, a) in enumerate(zip(_p, _allerg)))
MESSAGES.append(dict(
    id="ret-011",
    sender="新井 夏美 <arai.natsumi@hinode-sangyo.co.jp>",
    to=["さくらホテル レストラン「蒼」 <ao-restaurant@sakura-hotel.jp>"],
    subject="1/18 コラボ試食会 ご招待者リスト",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>さくらホテル レストラン「蒼」<br>ご担当者様</p>
<p>いつもお世話になっております。日の出産業 カフェ・ヒノデ吉祥寺店の新井です。</p>
<p>1月18日のコラボ試食会にご招待する常連のお客様の一覧です。<br>
当日の受付とお料理の準備にご利用ください。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#f3e9d2"><th>No</th><th>お名前</th><th>ご連絡先</th><th>アレルギー</th></tr>
{_tr}
</table>
<p>ご不明点があればお気軽にご連絡ください。</p>
<p>新井 夏美<br>日の出産業株式会社 カフェ・ヒノデ 吉祥寺店<br>TEL 0422-20-5583</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table of 7 invited customers with phones and allergies to the hotel",
))

MESSAGES.append(dict(
    id="ret-012",
    sender="岩崎 香織 <iwasaki-k@hinode-sangyo.co.jp>",
    to=["白川法律事務所 弁護士 白川 亮 先生 <r.shirakawa@shirakawa-law.jp>"],
    subject="ご相談：梅田店でのお客様からの損害賠償請求について",
    charset="cp932",
    body="""白川先生

いつもお世話になっております。
日の出産業株式会社 お客様相談室の岩崎でございます。

麺処ひので 梅田店で発生した件について、ご相談させてください。

11月22日（土）13時頃、来店されたお客様のコートに店員がスープをこぼし、
クリーニング代とは別に、コートの買い替え費用（約18万円）を請求されています。
当方としてはクリーニング代と慰謝料相当の商品券で対応したい意向です。

お客様の情報は以下のとおりです。

　お名前　　：鷲尾 貴之 様
　ご住所　　：大阪府豊中市服部西町3-8-12
　お電話　　：080-6629-1403
　ご来店時刻：11/22 13:05頃（レシートNo.0412-2211-0087）

先方とのやり取りの記録は追ってお送りいたします。
一度お電話でご相談のお時間をいただけますと幸いです。

岩崎 香織
日の出産業株式会社 お客様相談室
TEL 0120-41-2288（相談室直通 03-6812-4430）
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one complaining customer's contact details to the company's law firm: 1 person, may warn",
))

# ---------------------------------------------------------------------------------------
# 013–026
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="ret-013",
    sender="岩崎 香織 <iwasaki-k@hinode-sangyo.co.jp>",
    to=["東海損保 企業賠償課 大江様 <oe.kazuhiro@tokai-sonpo.co.jp>"],
    subject="生産物賠償責任保険 事故報告（ひので食堂 天神店）",
    charset="iso-2022-jp",
    body="""東海損害保険株式会社 企業賠償課
大江様

いつもお世話になっております。日の出産業 お客様相談室の岩崎です。
先日お電話でお伝えした事故の第一報を、メールでもお送りいたします。

■事故概要
11月30日（日）昼、ひので食堂 天神店で「かき フライ定食」を召し上がったお客様
柳生 美和子様（54歳、福岡市博多区住吉4-11-2、電話 092-481-7736）が、
同日夜から嘔吐・下痢の症状を訴え、翌日 博多中央クリニックを受診。
ノロウイルス感染性胃腸炎と診断され、3日間の通院と就労制限の指示を受けられています。

■当社の対応
・12/2 店長と私でご自宅に伺い謝罪、診断書の写しを受領
・保健所に報告済み、同日の同メニュー提供数は41食、他に有症者の申し出なし
・治療費・休業損害のお支払いについて保険適用のご判断をお願いしたい

診断書の写しは郵送いたします。
よろしくお願いいたします。

岩崎 香織
日の出産業株式会社 お客様相談室
03-6812-4430
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's diagnosis (norovirus gastroenteritis) in prose to an insurer",
))

_p = people(7, 14)
_items = ["黒の長財布", "折りたたみ傘（紺）", "ワイヤレスイヤホン片方", "社員証ケース", "子供用水筒",
          "iPhoneケース付スマホ", "ニット帽（グレー）"]
_log = "\n".join(
    f"11/{2 + i * 3}\t{it}\t{['1F', '2F', 'レジ前', 'トイレ', '客席12番', '入口', '2F'][i]}\t返却済\t{p.name}\t{p.tel}"
    for i, (it, p) in enumerate(zip(_items, _p)))
MESSAGES.append(dict(
    id="ret-014",
    sender="芦田 聡 <ashida@mail.hinode-sangyo.co.jp>",
    to=["キャロットタウン三軒茶屋 防災センター <bousai@carrot-town-bm.co.jp>"],
    subject="11月分 拾得物・返却記録のご提出",
    charset="utf-8",
    body=f"""キャロットタウン三軒茶屋
防災センター ご担当者様

お世話になっております。2F ひので食堂の芦田です。
館内ルールに基づき、11月分の拾得物・返却記録を提出いたします。
（Excelが開けないとのことでしたので、テキストで貼り付けます）

拾得日\t品名\t場所\t状態\t受取人氏名\t受取人連絡先
{_log}

警察へ届け出たものは今月はありません。
よろしくお願いいたします。

ひので食堂 三軒茶屋店　芦田
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="lost-property log with 7 claimants' names and mobiles, tab-separated, to building management",
))

MESSAGES.append(dict(
    id="ret-015",
    sender="芦田 聡 <ashida@mail.hinode-sangyo.co.jp>",
    to=["キャロットタウン三軒茶屋 防災センター <bousai@carrot-town-bm.co.jp>"],
    subject="10月分 拾得物記録",
    charset="iso-2022-jp",
    body="""防災センター ご担当者様

お世話になっております。ひので食堂の芦田です。
10月分の拾得物記録です。今月は返却済みの品がなく、すべて保管中です。

　10/04　ビニール傘（透明）　　入口傘立て　保管中
　10/11　ハンカチ（花柄）　　　客席8番　　保管中
　10/19　キーホルダー付きの鍵　レジ前　　　保管中（11/19に警察へ届出予定）
　10/27　文庫本　　　　　　　　カウンター　保管中

保管期限を過ぎた傘は、例月どおり11月末に処分いたします。

芦田
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="lost-property log of items only, no owners",
))

MESSAGES.append(dict(
    id="ret-016",
    sender="松浦 徹 <matsuura.toru@hinode-sangyo.co.jp>",
    to=["青葉運輸 配車センター 長尾様 <nagao@aoba-unyu.co.jp>"],
    subject="新ルート用 店舗一覧（1月から）",
    charset="utf-8",
    body="""青葉運輸株式会社 配車センター
長尾様

お世話になっております。日の出産業 購買の松浦です。
1月から食材の定期便に加わる店舗を含めた一覧です。納品口の情報も添えました。

・ひので食堂 三軒茶屋店
　〒154-0004 東京都世田谷区太子堂4-1-1 キャロットタウン2F
　TEL 03-5432-1187 ／ 納品口：地下搬入口（6:00〜10:00）
・カフェ・ヒノデ 吉祥寺店
　〒180-0004 東京都武蔵野市吉祥寺本町1-15-3
　TEL 0422-20-5583 ／ 納品口：店舗裏口（7:00〜9:30）
・日の出マート 武蔵小杉店
　〒211-0004 神奈川県川崎市中原区新丸子東3-1200
　TEL 044-711-3390 ／ 納品口：B1荷捌き場（5:30〜9:00）
・ひので食堂 高円寺店（1/8オープン）
　〒166-0003 東京都杉並区高円寺南4-27-6
　TEL 03-5356-0712 ／ 納品口：正面（8:00まで）
・麺処ひので 町田店
　〒194-0013 東京都町田市原町田6-6-14
　TEL 042-722-8151 ／ 納品口：ビル北側

時間指定の変更があれば私までご連絡ください。

松浦 徹
日の出産業株式会社 店舗運営部 購買課
TEL 03-6812-4440
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of shops with addresses and shop phone numbers: businesses, not people",
))

_order = [["発注書", "", "", "", "", ""],
          ["発注番号", "KF-251208-0331", "", "発注日", "2025/12/08", ""],
          ["登録番号", HINODE_T, "", "納品先", "セントラルキッチン（川崎）", ""],
          [],
          ["商品コード", "品名", "規格", "数量", "単価", "金額"],
          ["KF-10231", "北海道産 男爵いも", "10kg箱", 12, 2380, 28560],
          ["KF-10477", "玉ねぎ（北見）", "20kg箱", 8, 3150, 25200],
          ["KF-20015", "生乳バター 無塩", "450g×20", 3, 16800, 50400],
          ["KF-31102", "秋鮭フィレ（冷凍）", "1kg×10", 6, 12400, 74400],
          ["KF-31190", "ほたて貝柱 3S", "1kg×6", 2, 21600, 43200],
          ["KF-40088", "十勝小豆", "30kg袋", 1, 27500, 27500],
          [],
          ["", "", "", "", "小計", 249260],
          ["", "", "", "", "消費税(8%)", 19940],
          ["", "", "", "", "合計", 269200]]
MESSAGES.append(dict(
    id="ret-017",
    sender="松浦 徹 <matsuura.toru@hinode-sangyo.co.jp>",
    to=["北国フーズ 受注センター <juchu@kitaguni-foods.co.jp>"],
    subject="【発注】KF-251208-0331 セントラルキッチン向け",
    charset="cp932",
    body="""北国フーズ株式会社
受注センター 御中

いつもお世話になっております。日の出産業 購買課の松浦です。
12/8分の発注書を添付いたします。納品は12/10午前でお願いいたします。

ほたて貝柱は前回欠品があったため、入荷見込みだけ先にご連絡いただけると助かります。

松浦
""",
    attachments=[{"kind": "xlsx", "name": "発注書_KF-251208-0331.xlsx", "sheets": {"発注書": _order}}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="supplier order sheet with product codes and the company's own T-number",
))

MESSAGES.append(dict(
    id="ret-018",
    sender="遠山 浩 <toyama.h@hinode-sangyo.co.jp>",
    to=["世田谷保健所 生活保健課 食品衛生担当 <shokuhin-eisei@city.setagaya-minami.lg.jp>"],
    subject="自主点検結果報告書の提出（ひので食堂 三軒茶屋店）",
    charset="iso-2022-jp",
    body="""世田谷保健所 生活保健課
食品衛生ご担当者様

お世話になっております。日の出産業株式会社 品質管理室の遠山と申します。
先日の立入検査でご指導いただいた事項について、改善後の自主点検結果を
報告書（PDF）にまとめましたので提出いたします。

営業許可番号：世保生第0412号
店舗名：ひので食堂 三軒茶屋店（食品衛生責任者：芦田）

ご確認のほどよろしくお願い申し上げます。

遠山 浩
日の出産業株式会社 品質管理室
TEL 03-6812-4450
""",
    attachments=[{"kind": "pdf", "name": "自主点検結果報告書_三軒茶屋.pdf",
                  "lines": ["自主点検結果報告書", "店舗：ひので食堂 三軒茶屋店", "点検日：2025年12月3日",
                            "点検者：品質管理室 遠山 浩", ""],
                  "table": [["点検項目", "基準", "結果", "備考"],
                            ["冷蔵庫温度（ウォークイン）", "10℃以下", "3.8℃", "適"],
                            ["冷凍庫温度", "-15℃以下", "-19.2℃", "適"],
                            ["手洗い設備の石けん・消毒液", "常備", "常備", "適"],
                            ["まな板の色分け", "用途別", "実施", "指摘事項を改善"],
                            ["排水溝の清掃記録", "毎日", "記録あり", "適"],
                            ["加熱調理の中心温度記録", "75℃1分以上", "記録あり", "適"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="shop-level food safety inspection report to the health centre; only a manager's surname",
))

_pos = [["営業日", "店舗CD", "店舗名", "部門", "売上(税抜)", "客数", "客単価"]]
_rng = random.Random("ret-019")
for day in range(1, 8):
    for cd, nm in [("T011", "三軒茶屋"), ("T014", "吉祥寺"), ("M021", "武蔵小杉")]:
        for dept in ["フード", "ドリンク", "物販"]:
            s = _rng.randint(40, 480) * 1000 + _rng.randint(0, 999)
            c = _rng.randint(30, 420)
            _pos.append([f"2025-12-0{day}", cd, nm, dept, s, c, s // c])
MESSAGES.append(dict(
    id="ret-019",
    sender="大久保 隼人 <okubo.h@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポート 井手様 <ide@tsubasa-system.jp>"],
    subject="POS売上エクスポートの集計ずれについて",
    charset="utf-8",
    body="""ツバサシステム株式会社
井手様

お世話になっております。日の出産業の大久保です。

POSの部門別売上エクスポート（12/1〜12/7）で、本部集計と店舗日報の数字が
武蔵小杉店の物販部門だけ合わない現象が出ています。
エクスポートしたCSVをそのまま添付しますので、ご確認いただけますか。

問い合わせ番号：TSB-INC-20251208-114

大久保 隼人
日の出産業株式会社 店舗開発部
""",
    attachments=[{"kind": "csv", "name": "pos_dept_sales_20251201-07.csv", "rows": _pos, "encoding": "utf-8"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="POS sales export by shop/department/day: no people",
))

_cust = people(8, 20)
MESSAGES.append(dict(
    id="ret-020",
    sender="カフェ・ヒノデ 吉祥寺店 <kichijoji@stores.hinode-sangyo.co.jp>",
    to=[f"{p.name}様 <{p.mail}>" for p in _cust],
    subject="【カフェ・ヒノデ】会員様限定 冬のスイーツ試食会のご案内",
    charset="iso-2022-jp",
    body="""会員の皆さま

いつもカフェ・ヒノデ吉祥寺店をご利用いただき、ありがとうございます。

日頃のご愛顧に感謝して、ゴールド会員さま限定の
「冬のスイーツ試食会」を開催いたします。

　日時：12月21日（日）15:00〜16:30
　場所：カフェ・ヒノデ 吉祥寺店 2F
　参加費：無料（ドリンク1杯付き）

ご参加いただける方は、このメールにご返信ください（先着20名さま）。

カフェ・ヒノデ 吉祥寺店
東京都武蔵野市吉祥寺本町1-15-3　TEL 0422-20-5583
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="8 private customers put in To instead of Bcc",
))

_cust = people(11, 21)
MESSAGES.append(dict(
    id="ret-021",
    sender="日の出マート 武蔵小杉店 <musashikosugi@stores.hinode-sangyo.co.jp>",
    to=["日の出マート 武蔵小杉店 <musashikosugi@stores.hinode-sangyo.co.jp>"],
    bcc=[p.mail for p in _cust],
    subject="【重要】年末年始の営業時間とポイントカード切替のお知らせ",
    charset="iso-2022-jp",
    body="""ポイントカード会員の皆さまへ

日頃より日の出マート武蔵小杉店をご利用いただき、誠にありがとうございます。
年末年始の営業時間についてお知らせいたします。

　12月31日（水）　9:00〜18:00
　1月1日（木）　　休業
　1月2日（金）〜　通常営業（9:00〜22:00）

また、1月15日より新しいアプリ会員証への切り替えを開始します。
旧ポイントカードは3月末までご利用いただけます。

※本メールは送信専用アドレスから、会員の皆さまにBccでお送りしております。

日の出マート 武蔵小杉店
TEL 044-711-3390
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="customer announcement correctly sent Bcc; To is the shop itself",
))

MESSAGES.append(dict(
    id="ret-022",
    sender="松浦 徹 <matsuura.toru@hinode-sangyo.co.jp>",
    to=["北国フーズ 営業部 堤様 <tsutsumi@kitaguni-food.co.jp>"],
    subject="春メニュー用 食材サンプルのお願い",
    charset="utf-8",
    body="""北国フーズ株式会社
営業部 堤様

いつもお世話になっております。日の出産業 購買課の松浦です。

春メニュー（3月〜）の検討用に、以下のサンプルをお送りいただけますでしょうか。

・アスパラガス（北海道産）L 1kg
・新じゃがいも（きたあかり）5kg
・春鮭（時鮭）フィレ 2枚

送付先はいつものセントラルキッチン（川崎）宛で問題ございません。
試作は1/20の週を予定しています。

松浦
日の出産業株式会社 購買課
TEL 03-6812-4440
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner kitaguni-foods.co.jp mistyped as kitaguni-food.co.jp (letter dropped)",
))

MESSAGES.append(dict(
    id="ret-023",
    sender="大久保 隼人 <okubo.h@hinode-sangyo.co.jp>",
    to=["さくらホテル 営業企画 永井様 <nagai@sakura-hotel.co.jp>"],
    subject="ロビーラウンジ出店の契約条件について",
    charset="iso-2022-jp",
    body="""さくらホテル 営業企画部
永井様

お世話になっております。日の出産業 店舗開発の大久保です。

ロビーラウンジへのカフェ・ヒノデ出店の件、先日のお打ち合わせでいただいた
条件（固定賃料＋売上歩合）について社内で検討いたしました。
歩合率と最低保証額について、いくつかご相談したい点がございますので、
来週中にお時間をいただけますでしょうか。

　候補：12/16（火）14時〜、12/17（水）10時〜、12/18（木）16時〜

よろしくお願いいたします。

大久保 隼人
日の出産業株式会社 店舗開発部
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner sakura-hotel.jp written as sakura-hotel.co.jp (TLD swap)",
))

MESSAGES.append(dict(
    id="ret-024",
    sender="三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約課 今井様 <imai@sakura-hotel.jp>"],
    subject="Re: 新年会 ご出席者のご確認",
    charset="cp932",
    body="""今井様

お世話になっております。三好です。
ご確認ありがとうございます。下記のリストで相違ございません。
当日は17:30に私が先に伺います。

よろしくお願いいたします。

三好

-----Original Message-----
From: 今井 <imai@sakura-hotel.jp>
Sent: Tuesday, December 9, 2025 11:02 AM
To: 三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>
Subject: 新年会 ご出席者のご確認

日の出産業株式会社
三好様

いつもお世話になっております。さくらホテル宴会予約課の今井でございます。
1/9新年会のご出席者について、頂戴した内容を以下のとおり控えております。

> 1. 五十嵐 剛　　090-2231-4408　卵アレルギー
> 2. 比嘉 里美　　080-6617-0923　なし
> 3. 門脇 亮介　　070-1184-5530　なし
> 4. 九十九 智子　090-8802-1176　甲殻類
> 5. 雲類鷲 湊　　080-4417-2209　なし
> 6. 長谷川 舞　　090-5561-3384　なし

お間違いがなければご返信ください。

さくらホテル 宴会予約課 今井
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the attendee list (with allergies) is only in the quoted original from the hotel",
))

MESSAGES.append(dict(
    id="ret-025",
    sender="新井 夏美 <arai.natsumi@hinode-sangyo.co.jp>",
    to=["おおくらケータリング 調理部 <chef@okura-catering.co.jp>"],
    subject="FW: 誕生日ケーキの予約について（乳アレルギー）",
    charset="iso-2022-jp",
    body="""おおくらケータリング 調理部 ご担当者様

お世話になっております。カフェ・ヒノデ吉祥寺店の新井です。
お客様から下記のご依頼をいただきました。乳製品不使用のケーキの製造が
可能かどうか、ご確認をお願いできますでしょうか。

新井

---------- 転送メッセージ ----------
From: 森下 佳織 <kaori.morishita77@gmail.com>
Date: 2025年12月6日(土) 21:14
Subject: 誕生日ケーキの予約について
To: kichijoji@stores.hinode-sangyo.co.jp

カフェ・ヒノデ 吉祥寺店 御中

いつも利用させていただいています、森下と申します。
12月27日に娘（森下 ひなた、5歳）の誕生日ケーキを予約したいのですが、
娘は牛乳アレルギーで、乳を含むものを食べると全身に蕁麻疹が出てしまい、
小児科で食物アレルギーと診断されています。
乳製品を使わないケーキは作っていただけますでしょうか。

連絡先：090-4471-2638（森下）
住所：東京都武蔵野市中町2-9-14

よろしくお願いいたします。
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward of a customer's mail: a named child's diagnosed milk allergy, phone, address, to a caterer",
))

MESSAGES.append(dict(
    id="ret-026",
    sender="大久保 隼人 <okubo.h@hinode-sangyo.co.jp>",
    to=["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    subject="POS端末 定期保守の日程調整（1月）",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
保守窓口 ご担当者様

いつもお世話になっております。日の出産業の大久保です。

1月のPOS端末定期保守について、各店舗の営業に影響の少ない日程で
調整させていただきたく、ご連絡いたしました。

・三軒茶屋店（端末4台）：1/13（火）22:30以降
・吉祥寺店（端末2台）　：1/14（水）21:00以降
・武蔵小杉店（端末6台）：1/15（木）22:00以降

保守契約番号：TS-MNT-2024-0877
ファームウェア更新（v5.12）もあわせてお願いできればと思います。

大久保 隼人
日の出産業株式会社 店舗開発部
TEL 03-6812-4460

{DISCLAIMER_JA}
{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="maintenance scheduling with the standard confidentiality disclaimers",
))

# ---------------------------------------------------------------------------------------
# 027–040
# ---------------------------------------------------------------------------------------

_manual = ["閉店後清掃 作業手順書（第3版）",
           "1. 目的",
           "本手順書は、ひので食堂各店の閉店後清掃を委託先が安全かつ衛生的に行うための手順を定める。",
           "2. 作業開始前",
           "・防災センターで入館手続きを行い、店舗の鍵を受け取る。",
           "・厨房の火気がすべて停止していることを確認する。",
           "3. 厨房",
           "・グリストラップは週2回（火・金）に清掃し、記録表に記入する。",
           "・フライヤーの油は店舗スタッフが処理済みのため触れない。",
           "・床はアルカリ洗剤（希釈1:50）で洗浄後、水切りする。",
           "4. 客席・トイレ",
           "・テーブル、椅子はアルコールで拭き上げる。",
           "・トイレは便器・床・手洗い器の順に清掃し、消耗品を補充する。",
           "5. 作業終了",
           "・セキュリティを所定の手順で設定し、鍵を防災センターへ返却する。"]
MESSAGES.append(dict(
    id="ret-027",
    sender="遠山 浩 <toyama.h@hinode-sangyo.co.jp>",
    to=["クリーンメイト 業務課 <gyomu@clean-mate.co.jp>"],
    subject="閉店後清掃の手順書（改訂版）送付",
    charset="cp932",
    body="""株式会社クリーンメイト
業務課 ご担当者様

お世話になっております。日の出産業 品質管理室の遠山です。

1月から委託範囲に高円寺店が加わりますので、手順書を改訂しました。
作業員の皆さまへの周知をお願いいたします。
グリストラップの清掃頻度が週2回に変わっている点にご注意ください。

遠山 浩
日の出産業株式会社 品質管理室
TEL 03-6812-4450
""",
    attachments=[{"kind": "docx", "name": "閉店後清掃手順書_v3.docx", "paragraphs": _manual,
                  "page_header": "部外秘　日の出産業株式会社 店舗運営部", "page_footer": "無断複製・転載禁止"}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="部外秘 stamp only in the attached DOCX page header, sent to a contractor",
))

MESSAGES.append(dict(
    id="ret-028",
    sender="遠山 浩 <toyama.h@hinode-sangyo.co.jp>",
    to=["店長各位 <tencho-all@hinode-sangyo.co.jp>"],
    subject="【部外秘】衛生管理マニュアル 2026年版",
    charset="iso-2022-jp",
    body="""店長各位

品質管理室の遠山です。
衛生管理マニュアルを2026年版に改訂しました。部外秘扱いですので、
店舗外への持ち出し・社外への転送はしないでください。

主な変更点
　・HACCP記録表の様式統一
　・ノロウイルス対策（嘔吐物処理キット）の配置場所
　・アレルゲン表示の確認手順

1月の店長会議で読み合わせを行います。

遠山
""",
    attachments=[{"kind": "docx", "name": "衛生管理マニュアル_2026.docx",
                  "paragraphs": ["衛生管理マニュアル 2026年版", "第1章 総則", "第2章 個人衛生",
                                 "第3章 HACCPに沿った衛生管理", "第4章 アレルゲン管理"],
                  "page_header": "部外秘"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="部外秘 manual sent to internal store managers only",
))

def _keibi_sheet(seed, store):
    ps = people(5, seed, young=True)
    rows = [[f"{store} 夜間入館登録者", "", "", ""], ["氏名", "携帯番号", "入館カードNo.", "登録区分"]]
    for i, p in enumerate(ps):
        rows.append([p.name, p.tel, f"CK-{seed}{i:03d}", "アルバイト（閉店作業）"])
    return rows
MESSAGES.append(dict(
    id="ret-029",
    sender="堀口 健 <horiguchi@hinode-sangyo.co.jp>",
    to=["平和警備保障 機械警備課 <kikai-keibi@heiwa-keibi.co.jp>"],
    subject="夜間入館者の登録更新（3店舗分）",
    charset="utf-8",
    body="""平和警備保障株式会社
機械警備課 御中

いつもお世話になっております。日の出産業の堀口です。

閉店作業でセキュリティ解除・設定を行うアルバイトの登録を更新します。
店舗ごとにシートを分けております。旧登録者は全員削除でお願いします。

反映日：12月15日

堀口
""",
    attachments=[{"kind": "xlsx", "name": "夜間入館者登録_202512.xlsx",
                  "sheets": {"三軒茶屋": _keibi_sheet(291, "三軒茶屋店"),
                             "吉祥寺": _keibi_sheet(292, "吉祥寺店"),
                             "武蔵小杉": _keibi_sheet(293, "武蔵小杉店")}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with 3 sheets of part-timers (15 people) and mobiles to a security company",
))

_rng = random.Random("ret-030")
_p = people(10, 30)
_csvl = "\n".join(
    f"{7700000 + _rng.randint(1000, 99999)},{p.tel},{p.dob('slash')},{p.zip},{_rng.randint(3, 180) * 1000}"
    for p in _p)
MESSAGES.append(dict(
    id="ret-030",
    sender="三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>",
    to=["データ解析ラボ 分析チーム 小西様 <konishi@data-kaiseki.co.jp>"],
    subject="購買分析のサンプルデータ",
    charset="iso-2022-jp",
    body=f"""データ解析ラボ
小西様

お世話になっております。日の出産業 販促課の三好です。
先日お話しした会員の購買分析について、サンプルを10件お送りします。
氏名は抜いてありますので、このまま形式のご確認をお願いします。

member_id,tel,birthday,zip,total_2025
{_csvl}

本番は約4万件になる見込みです。

三好
""",
    expect="stop",
    entities=["PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="10 member rows without a name column (phone, birthday, zip) comma-separated in the body",
))

MESSAGES.append(dict(
    id="ret-031",
    sender="三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>",
    to=["データ解析ラボ 小西様 <konishi@data-kaiseki.co.jp>"],
    subject="秘密保持契約書（案）へのコメント",
    charset="cp932",
    body="""小西様

お世話になっております。三好です。

秘密保持契約書（案）について、弊社法務からのコメントをお伝えします。

１．第2条（秘密情報の定義）に、会員の個人情報を「個人データ」として明記したい
２．第6条の返還・廃棄について、廃棄証明書の提出を義務としたい
３．第9条の有効期間を、契約終了後3年から5年に延ばしたい
４．再委託する場合は事前の書面承諾とする

修正版をお送りいただければ、社内の押印手続きに回します。
データの受け渡しは、契約締結後に御社のセキュアストレージ経由で行う想定です。

どうぞよろしくお願いいたします。

三好 理恵
日の出産業株式会社 店舗運営部 販促課
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA (秘密保持契約) with comments; no data, no marking",
))

MESSAGES.append(dict(
    id="ret-032",
    sender="小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
    to=["スタッフ絆 村瀬様 <murase@staff-kizuna.co.jp>"],
    subject="【送付】面接予定者の履歴書",
    charset="iso-2022-jp",
    body="""株式会社スタッフ絆
村瀬様

お世話になっております。日の出産業の小野寺です。

来週面接予定の方の履歴書（スキャンPDF、5名分）をzipでお送りします。
パスワードは別メールにてお知らせいたします。

小野寺
""",
    attachments=[{"kind": "zip", "name": "rirekisho_1215.zip", "password": "Hnd#1215rk",
                  "files": [{"kind": "pdf", "name": f"履歴書_{i}.pdf",
                             "lines": ["履歴書", f"氏名 {p.name}", f"生年月日 {p.dob('wa')}",
                                       f"現住所 {p.addr}", f"電話 {p.tel}"]}
                            for i, p in enumerate(people(5, 32), 1)]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP of résumés (PPAP): unreadable attachment",
))

MESSAGES.append(dict(
    id="ret-033",
    sender="三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>",
    to=["錦印刷 根岸様 <negishi@nishiki-insatsu.co.jp>"],
    subject="再送：会員名簿（DM用）",
    charset="utf-8",
    body="""根岸様

三好です。先ほどのファイルが開けなかったとのことで、再送いたします。
念のため保存し直しましたが、また開けないようでしたらお知らせください。

三好
""",
    attachments=[{"kind": "corrupt", "name": "会員名簿_DM用.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="a damaged XLSX (member list) that cannot be inspected",
))

MESSAGES.append(dict(
    id="ret-034",
    sender="小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
    to=["<yuka.hanazawa0321@gmail.com>"],
    subject="面接日程のご案内（カフェ・ヒノデ 吉祥寺店）",
    charset="iso-2022-jp",
    body="""花沢 由香 様

このたびはカフェ・ヒノデ吉祥寺店のアルバイト募集にご応募いただき、
誠にありがとうございます。日の出産業 採用担当の小野寺です。

面接を下記のとおり設定いたしましたので、ご確認ください。

　日時：12月12日（金）16:00〜（30分程度）
　場所：カフェ・ヒノデ 吉祥寺店（武蔵野市吉祥寺本町1-15-3）
　持ち物：筆記用具（履歴書は不要です）

ご都合が悪い場合は、このメールにご返信いただくか
店舗（0422-20-5583）までお電話ください。

当日お会いできることを楽しみにしております。

日の出産業株式会社 店舗運営部 採用担当
小野寺 真理
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one applicant on free mail, interview schedule addressed to her",
))

_p = people(5, 35, young=True)
_eval = ["A（即戦力・キッチン経験2年）", "B（接客経験あり、土日のみ）", "A（大学生、週4可）",
         "C（通勤1時間以上）", "B（ブランク有、早朝可）"]
_blocks = "\n\n".join(
    f"◆{p.name}（{2025 - p.y}歳）\n　連絡先：{p.tel}\n　面接日：12/{8 + i}　評価：{e}"
    for i, (p, e) in enumerate(zip(_p, _eval)))
MESSAGES.append(dict(
    id="ret-035",
    sender="芦田 聡 <ashida@mail.hinode-sangyo.co.jp>",
    to=["スタッフ絆 村瀬様 <murase@staff-kizuna.co.jp>"],
    subject="ご紹介いただいた方の面接結果",
    charset="iso-2022-jp",
    body=f"""村瀬様

お世話になっております。三軒茶屋店の芦田です。
ご紹介いただいた5名の面接結果をお知らせします。

{_blocks}

A評価の2名は採用で進めたいと思います。Bの方は年明けのシフト次第で
改めてご連絡します。Cの方は今回見送りとさせてください。

芦田
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="5 candidates, one block per person with age, phone and evaluation, to the agency",
))

_p = people(4, 36)
MESSAGES.append(dict(
    id="ret-036",
    sender="堀口 健 <horiguchi@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約課 今井様 <imai@sakura-hotel.jp>"],
    subject="1/22 店長研修 会場利用者のご連絡",
    charset="utf-8",
    body=f"""今井様

お世話になっております。日の出産業の堀口です。
1/22（木）の会議室「楓」利用について、当日の出席者と連絡先をお知らせします。
遅れる者がいた場合はこちらにご連絡ください。

　{_p[0].name}（三軒茶屋店）　{_p[0].tel}
　{_p[1].name}（吉祥寺店）　　{_p[1].tel}
　{_p[2].name}（武蔵小杉店）　{_p[2].tel}
　{_p[3].name}（高円寺店）　　{_p[3].tel}

プロジェクターとホワイトボードのご用意をお願いいたします。

堀口
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="4 attendees with mobiles to the partner hotel: under the five-person threshold, may warn",
))

_p = people(5, 37)
_t = pad([["氏名", "フリガナ", "生年月日", "携帯"]] +
         [[p.name, p.kana, p.dob("wa_short"), p.tel] for p in _p], [14, 22, 12, 14])
MESSAGES.append(dict(
    id="ret-037",
    sender="新井 夏美 <arai.natsumi@hinode-sangyo.co.jp>",
    to=["みなと旅行 法人営業 <houjin@minato-travel.co.jp>"],
    subject="吉祥寺店 慰安旅行 参加者名簿（旅行保険用）",
    charset="cp932",
    body=f"""みなと旅行 法人営業部
ご担当者様

お世話になっております。日の出産業 カフェ・ヒノデ吉祥寺店の新井です。
2月の慰安旅行（箱根1泊）の参加者が確定しましたので、国内旅行保険の
加入手続き用に名簿をお送りします。

{_t}

お見積りNo.MT-26-0113 の人数を6名から5名に変更してください。

新井
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="5 staff with 和暦 short DOB and mobiles (threshold exactly five) to a travel agency",
))

MESSAGES.append(dict(
    id="ret-038",
    sender="Hayato Okubo <okubo.h@hinode-sangyo.co.jp>",
    to=["Lena Hoffmann <l.hoffmann@bakehaus-gmbh.de>"],
    subject="Training visit to Munich - participants",
    charset="utf-8",
    body="""Dear Ms. Hoffmann,

Thank you for agreeing to host our bakery staff at your Munich workshop
from 9 to 13 February.

As requested for the factory access registration, here are the details
of the two participants:

1) Ms. Rin KITO
   Date of birth: 14 March 1996
   Passport No.: TR4418273 (Japan), expires 2031-05-20
2) Mr. Kohei SUYAMA
   Date of birth: 2 November 1991
   Passport No.: TZ9035516 (Japan), expires 2029-08-11

They will arrive at MUC on 8 February (LH 715). Please let me know if
you need anything else for the security office.

Best regards,

Hayato Okubo
Store Development, Hinode Sangyo Co., Ltd.
Tel: +81-3-6812-4460
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="two staff members' passport numbers in an English mail to a foreign partner",
))

MESSAGES.append(dict(
    id="ret-039",
    sender="Hayato Okubo <okubo.h@hinode-sangyo.co.jp>",
    to=["Lena Hoffmann <l.hoffmann@bakehaus-gmbh.de>"],
    subject="Re: Pretzel pilot - first month results",
    charset="iso-2022-jp",
    body="""Dear Lena,

Thanks for your note. Here is a short summary of the first month of the
pretzel pilot in our Cafe Hinode shops (November 2025):

  Shop            Units sold   Waste rate   Avg. price (JPY)
  Kichijoji           3,412        4.1%          320
  Sangenjaya          2,876        5.8%          320
  Musashi-Kosugi      1,904        7.2%          300

Kichijoji is doing best, mostly in the morning. We would like to add the
cheese variant (item code BH-PZ-022) from January. Could you send a
quotation for 2,000 pieces per month?

Best regards,
Hayato

> Hi Hayato, how is the pilot going? Any numbers yet?
> Lena
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English mail with per-shop sales figures and an item code",
))

MESSAGES.append(dict(
    id="ret-040",
    sender="松浦 徹 <matsuura.toru@hinode-sangyo.co.jp>",
    to=["北国フーズ 堤様 <tsutsumi@kitaguni-foods.co.jp>",
        "青葉運輸 長尾様 <nagao@aoba-unyu.co.jp>"],
    cc=["錦印刷 根岸様 <negishi@nishiki-insatsu.co.jp>"],
    subject="高円寺店オープンに伴う納品・販促物搬入の段取り",
    charset="utf-8",
    body="""北国フーズ 堤様
青葉運輸 長尾様
（cc：錦印刷 根岸様）

お世話になっております。日の出産業 購買課の松浦です。

1/8の高円寺店オープンに向けて、搬入の段取りを皆さまに共有いたします。

・1/6（火）10:00　錦印刷さま：メニュー表・ポスター搬入
・1/7（水）06:30　北国フーズさま食材を青葉運輸さまの定期便で搬入
・1/7（水）14:00　試運転（スタッフ研修）

搬入口は正面のみ、8時以降は歩行者が多いため台車の使用にご注意ください。
ご不明点は私までお願いします。

松浦 徹
日の出産業株式会社 購買課
TEL 03-6812-4440
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external partner companies can see each other in To/Cc",
))

# ---------------------------------------------------------------------------------------
# 041–054
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="ret-041",
    sender="松浦 徹 <matsuura.toru@hinode-sangyo.co.jp>",
    to=["北国フーズ 物流課 坂上様 <sakagami@kitaguni-foods.co.jp>"],
    cc=["青葉運輸 配車センター 長尾様 <nagao@aoba-unyu.co.jp>"],
    subject="冷凍品の温度逸脱（12/4便）打合せの件",
    charset="iso-2022-jp",
    body="""北国フーズ 坂上様
（cc：青葉運輸 長尾様）

お世話になっております。日の出産業 購買課の松浦です。

12/4便で武蔵小杉店に納品された冷凍品（伝票No.AU-1204-55821）の一部で、
受入時の品温が-12℃と基準（-15℃以下）を外れておりました。
原因の確認と再発防止について、三社でお打ち合わせをお願いできますでしょうか。

　候補日：12/11（木）15時〜／12/12（金）10時〜
　場所：弊社本社6F 会議室B（オンライン参加も可）

該当品はロット番号 KF-3110-2512A で、店舗で隔離保管しております。

松浦
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external partners in To/Cc for a normal three-way meeting; slip and lot numbers",
))

_cc = card_number(4201)
MESSAGES.append(dict(
    id="ret-042",
    sender="岩崎 香織 <iwasaki-k@hinode-sangyo.co.jp>",
    to=["ペイブリッジ 加盟店サポート <kameiten@pay-bridge.co.jp>"],
    subject="二重決済の返金処理について（加盟店ID: HB-220381）",
    charset="iso-2022-jp",
    body=f"""ペイブリッジ株式会社
加盟店サポート ご担当者様

お世話になっております。日の出産業 お客様相談室の岩崎です。

12月5日、ひので食堂 梅田店でお客様のカード決済が二重に処理されてしまいました。
お客様（北条 千夏様）からお電話をいただき、カード明細で二重計上を確認しています。
お客様から伺ったカード番号は {_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}、
有効期限 08/28 です。

取引日時：2025/12/05 12:41（2件とも）
金額：3,260円 × 2
端末番号：UME-03

片方の取消をお願いできますでしょうか。
お客様には1週間程度で返金される旨をお伝えしております。

岩崎 香織
日の出産業株式会社 お客様相談室
""",
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a customer's full credit card number in prose to the payment processor",
))

MESSAGES.append(dict(
    id="ret-043",
    sender="岩崎 香織 <iwasaki-k@hinode-sangyo.co.jp>",
    to=["ペイブリッジ 加盟店サポート <kameiten@pay-bridge.co.jp>"],
    subject="返金処理のお願い（受付番号 PB-REF-118024）",
    charset="cp932",
    body="""ペイブリッジ株式会社
加盟店サポート ご担当者様

お世話になっております。日の出産業 お客様相談室の岩崎です。
下記の取引について、一部返金をお願いいたします。

　加盟店ID　：HB-220381
　承認番号　：0418825
　カード番号：****-****-****-7731（マスク表示）
　取引日　　：2025/11/28
　返金額　　：1,480円（商品の提供漏れのため）

お手数ですが、処理完了後にご連絡ください。

岩崎
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="masked card number and transaction references only",
))

_p = people(14, 44)
_tbl = [["会員No.", "氏名", "生年月日", "電話", "ご住所"]]
for i, p in enumerate(_p):
    _tbl.append([f"{2200 + i * 13}", p.name_ns, p.dob("kanji"), p.tel, p.addr])
MESSAGES.append(dict(
    id="ret-044",
    sender="三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>",
    to=["イベント晴れ屋 企画部 <kikaku@event-hareya.co.jp>"],
    subject="周年感謝祭 ご招待会員リスト",
    charset="utf-8",
    body="""イベント晴れ屋
企画部 ご担当者様

お世話になっております。日の出産業 販促課の三好です。

麺処ひので 10周年感謝祭（2/7）にご招待するプレミアム会員のリストです。
受付名簿と記念品の発送にお使いください。
当日誕生月の方には、別途バースデープレートをご用意いただけますでしょうか。

三好
""",
    attachments=[{"kind": "pdf", "name": "招待会員リスト.pdf",
                  "lines": ["麺処ひので 10周年感謝祭 ご招待会員リスト", "2026年2月7日（土）", ""],
                  "table": _tbl}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="14 members with birthday, phone, address in a PDF table to an event company",
))

_p = people(9, 45)
_fwrows = "\n".join(
    f"{fw(str(410230 + i * 7), jis=True)}　{p.sei}　{p.mei}{'　' * (4 - len(p.sei) - len(p.mei))}　"
    f"{fw(p.zip, jis=True)}　{fw(p.tel, jis=True)}　{fw(p.dob('wa_short'), jis=True)}"
    for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="ret-045",
    sender="三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>",
    to=["錦印刷 データ入力課 <nyuryoku@nishiki-insatsu.co.jp>"],
    subject="手書き申込書の入力結果の照合",
    charset="iso-2022-jp",
    body=f"""錦印刷 データ入力課 ご担当者様

お世話になっております。日の出産業の三好です。

先日入力をお願いした会員申込書（紙）のうち、住所の照合が取れなかった分です。
申込書の原本と見比べて、郵便番号の誤りがないかご確認ください。

会員番号　氏名　　　　郵便番号　　電話番号　　　　　生年月日
―――――――――――――――――――――――――――――――――――
{_fwrows}

修正があれば、このリストに追記してご返信ください。

三好
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="9 members in a full-width-digit, full-width-space padded table to the printer",
))

_p = people(12, 46)
_l46 = "\n".join(f"・{p.name}（{p.kana}）{p.tel}　{p.dob('slash')}生" for p in _p)
MESSAGES.append(dict(
    id="ret-046",
    sender="芦田 聡 <ashida@mail.hinode-sangyo.co.jp>",
    to=["三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>"],
    subject="三軒茶屋店 ゴールド会員の紙申込分（システム未登録）",
    charset="utf-8",
    body=f"""三好さん

お疲れさまです、芦田です。
システム障害の日に紙で受け付けたゴールド会員の申込分です。
お手数ですが本部で一括登録をお願いします。

{_l46}

原本は店の金庫に保管しています。来週の巡回時にお渡しします。

芦田
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=[],
    note="internal only: member list from a shop to head office",
))

_rng = random.Random("ret-047")
_p = people(8, 47)
_fixed = []
for p in _p:
    kana = hk(f"{p.ksei} {p.kmei}")
    _fixed.append(f"2{_rng.choice(['0401', '0158', '1351', '0009'])}{_rng.randint(100, 799)}1"
                  f"{acct(_rng)}{kana:<24}{_rng.randint(40000, 160000):010d}")
MESSAGES.append(dict(
    id="ret-047",
    sender="久保 まどか <kubo.madoka@hinode-sangyo.co.jp>",
    to=["給与計算代行センター 担当 藤堂様 <todo@kyuyo-daiko.co.jp>"],
    subject="【至急】振込データの口座名義エラー箇所",
    charset="cp932",
    body=f"""給与計算代行センター
藤堂様

お世話になっております。日の出産業 経理部の久保です。

11月分の振込データで銀行から名義相違のエラーが返ってきた8件です。
全銀フォーマットのデータレコード部分をそのまま貼ります。
半角ｶﾅの濁点の扱いが原因かと思いますので、ご確認お願いします。

{chr(10).join(_fixed)}

（レコード区分1・銀行コード4・支店コード3・預金種目1(普通)・口座番号7・受取人名・金額10）

久保
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="8 transfer records (bank code, account, half-width kana names) in a fixed-width body",
))

_p = people(6, 48)
_rel = ["母", "父", "配偶者", "母", "兄", "配偶者"]
_b48 = "\n".join(
    f"""【{i + 1}】{p.name}
　住所：{p.addr}
　携帯：{p.tel}
　緊急連絡先：{q.sei} {q.mei}（{r}）{q.tel}"""
    for i, (p, q, r) in enumerate(zip(_p, people(6, 480), _rel)))
MESSAGES.append(dict(
    id="ret-048",
    sender="堀口 健 <horiguchi@hinode-sangyo.co.jp>",
    to=["やまびこフーズ 店舗管理部 <tenpo-kanri@yamabiko-foods.co.jp>"],
    subject="応援スタッフの緊急連絡先（FC梅田駅前店）",
    charset="utf-8",
    body=f"""やまびこフーズ株式会社
店舗管理部 ご担当者様

お世話になっております。日の出産業 エリアマネージャーの堀口です。

12/20〜1/5の期間、FC梅田駅前店へ応援に入る弊社スタッフの緊急連絡先です。
万一の事故・体調不良時にご利用ください。

{_b48}

以上6名です。よろしくお願いいたします。

堀口 健
日の出産業株式会社 店舗運営部
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 staff, one block each with address, mobile and family emergency contact, to a franchisee",
))

MESSAGES.append(dict(
    id="ret-049",
    sender="芦田 聡 <ashida@mail.hinode-sangyo.co.jp>",
    to=["川崎電機 サービス課 <service@kawasaki-denki.co.jp>"],
    subject="製氷機の修理依頼（ひので食堂 三軒茶屋店）",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
サービス課 御中

いつもお世話になっております。日の出産業 ひので食堂三軒茶屋店の芦田です。

製氷機（型番 KD-IM230A、製造番号 23A07719）が、昨晩から氷を作らなくなりました。
エラー表示は「E-14」です。

修理のご訪問をお願いできますでしょうか。
店は10時から23時まで営業しておりますが、ランチ（11:30〜14:00）以外で
お願いできると助かります。

当日の連絡は店舗（03-5432-1187）か、私の社用携帯 080-5521-0917 まで。

芦田 聡
ひので食堂 三軒茶屋店 店長
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="repair request with model/serial numbers and the sender's own business mobile",
))

MESSAGES.append(dict(
    id="ret-050",
    sender="小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
    to=["田辺社会保険労務士事務所 <office@tanabe-sr.jp>"],
    subject="労災（療養補償給付）の手続きのお願い",
    charset="iso-2022-jp",
    body="""田辺社会保険労務士事務所
田辺先生

いつもお世話になっております。日の出産業の小野寺です。

武蔵小杉店のアルバイトが業務中に負傷しましたので、労災の手続きをお願いします。

被災者：東海林 颯（ショウジ ハヤテ）　平成14年6月9日生
所属　：日の出マート 武蔵小杉店（惣菜部門）
発生日時：12月3日 16:20頃
状況　：フライヤーの油を交換する際、油が跳ねて右前腕に付着
傷病名：右前腕部熱傷（II度）　※川崎南総合病院 形成外科で診断
休業　：医師の指示により12/4〜12/17の2週間

様式第5号の記載内容を確認いただいたうえで、提出をお願いできますでしょうか。
病院の領収書と診断書の写しは本日郵送しました。

小野寺
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named part-timer's injury diagnosis and DOB for a workers' comp claim to an external 社労士",
))

MESSAGES.append(dict(
    id="ret-051",
    sender="松浦 徹 <matsuura.toru@hinode-sangyo.co.jp>",
    to=["北国フーズ 営業部 堤様 <tsutsumi@kitaguni-foods.co.jp>"],
    subject="Re: 1月からの価格改定のご案内",
    charset="utf-8",
    body="""堤様

お世話になっております。松浦です。
価格改定のご案内、承知いたしました。社内で確認しましたところ、
下記3品目については数量を増やすことで単価の据え置きをご相談したいです。

| 商品コード | 品名 | 現行単価 | 改定後 | ご相談 |
|---|---|---|---|---|
| KF-10231 | 男爵いも 10kg | 2,380 | 2,620 | 月40→60箱で据え置き |
| KF-20015 | 無塩バター 450g×20 | 16,800 | 18,200 | 月3→5箱 |
| KF-31102 | 秋鮭フィレ 1kg×10 | 12,400 | 13,900 | 据え置き希望 |

ご検討のほど、よろしくお願いいたします。

松浦

> 日の出産業株式会社 松浦様
> 原材料・物流費の高騰を受け、1月納品分より一部商品の価格を改定させていただきます。
> 詳細は添付の価格表をご確認ください。
> 北国フーズ 営業部 堤
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="price negotiation with product codes in a markdown-like table",
))

_p = people(5, 52)
_cmp = [["受付日", "店舗", "お客様氏名", "電話番号", "内容", "対応状況"]]
_txt = ["異物混入（髪の毛）の申し出", "会計の二重請求", "店員の言葉遣い", "予約の取り違え",
        "駐車場での接触事故"]
for i, (p, t) in enumerate(zip(_p, _txt)):
    _cmp.append([f"11/{4 + i * 5}", ["梅田", "天神", "三軒茶屋", "吉祥寺", "武蔵小杉"][i],
                 p.name, p.tel, t, ["示談済", "返金済", "謝罪済", "継続", "保険対応中"][i]])
MESSAGES.append(dict(
    id="ret-052",
    sender="岩崎 香織 <iwasaki-k@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <r.shirakawa@shirakawa-law.jp>"],
    cc=["白川法律事務所 事務局 <jimu@shirakawa-law.jp>"],
    subject="11月度 クレーム対応報告書",
    charset="utf-8",
    body="""白川先生

お世話になっております。お客様相談室の岩崎です。
顧問契約に基づく月次のご報告として、11月度のクレーム対応報告書をお送りします。
「継続」案件について、次回の定例でご意見をいただけますと幸いです。

岩崎
""",
    attachments=[{"kind": "docx", "name": "クレーム対応報告書_2025年11月.docx",
                  "paragraphs": ["クレーム対応報告書（2025年11月度）", "お客様相談室", "",
                                 "1. 件数：5件（前月比 -2件）", "2. 一覧"],
                  "tables": [_cmp]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of 5 complaints with customer names and phones to the law firm",
))

MESSAGES.append(dict(
    id="ret-053",
    sender="岩崎 香織 <iwasaki-k@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <r.shirakawa@shirakawa-law.jp>"],
    subject="2025年度上期 お客様の声 集計",
    charset="iso-2022-jp",
    body="""白川先生

お世話になっております。岩崎です。
定例会の資料として、上期のお客様の声の集計をお送りします。

　分類　　　　　件数　前年同期
　接客態度　　　　38　　　45
　商品・品質　　　27　　　31
　異物混入　　　　 6　　　 9
　会計・決済　　　14　　　12
　設備・店舗　　　11　　　 8
　その他　　　　　19　　　22
　合計　　　　　 115　　 127

訴訟に発展した案件はなく、示談が2件です。詳細は当日ご説明いたします。

岩崎
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate complaint statistics, no individuals",
))

_p = people(6, 54, young=True)
_slides = [["FC梅田駅前店 オープン支援計画", "日の出産業株式会社 店舗運営部", "2025年12月"],
           ["スケジュール", "12/20 応援開始", "1/5 応援終了・引継ぎ", "1/10 振り返り会"],
           ["応援スタッフ紹介"] + [f"{p.name}　{['キッチン', 'ホール', 'キッチン', 'ホール', 'レジ', 'ホール'][i]}　携帯 {p.tel}"
                                  for i, p in enumerate(_p)],
           ["KPI", "客数 1日350名", "客単価 1,050円", "廃棄率 3%以下"]]
MESSAGES.append(dict(
    id="ret-054",
    sender="堀口 健 <horiguchi@hinode-sangyo.co.jp>",
    to=["やまびこフーズ 代表取締役 山彦 剛 様 <t.yamabiko@yamabiko-foods.co.jp>"],
    subject="オープン支援計画（明日の打合せ資料）",
    charset="cp932",
    body="""山彦社長

お世話になっております。日の出産業の堀口です。
明日の打合せで使う資料をお送りします。事前にお目通しいただけますと幸いです。

堀口
""",
    attachments=[{"kind": "pptx", "name": "FC梅田駅前店_オープン支援計画.pptx", "slides": _slides}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PPTX slide listing 6 staff with mobile numbers, to a franchisee company",
))

# ---------------------------------------------------------------------------------------
# 055–068
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="ret-055",
    sender="松浦 徹 <matsuura.toru@hinode-sangyo.co.jp>",
    to=["北国フーズ 営業部 堤様 <tsutsumi@kitaguni-foods.co.jp>"],
    subject="上期お取引の振り返り資料",
    charset="cp932",
    body="""堤様

いつもお世話になっております。松浦です。
来週の定例で使う、上期のお取引振り返り資料をお送りします。
欠品率のスライドについて、御社側の数字と相違がないかご確認ください。

松浦
""",
    attachments=[{"kind": "pptx", "name": "上期振り返り_北国フーズ様.pptx",
                  "slides": [["2025年度上期 お取引振り返り", "日の出産業株式会社 購買課"],
                             ["仕入実績", "総額 4,812万円（前年比 108%）", "主要品目：じゃがいも・乳製品・鮭"],
                             ["欠品・遅延", "欠品 14件（うち ほたて 9件）", "遅延 3件（天候要因）"],
                             ["下期のお願い", "冷凍品の温度管理の徹底", "新店（高円寺・町田）の追加"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="PPTX of purchase volumes and shortages for a supplier: no people",
))

_p = people(16, 56)
_inner_rows = [["会員ID", "氏名", "カナ", "〒", "住所", "TEL", "誕生日"]] + [
    [f"K{88100 + i}", p.name, p.kana, p.zip, p.addr, p.tel, f"{p.m}/{p.d}"] for i, p in enumerate(_p)]
MESSAGES.append(dict(
    id="ret-056",
    sender="三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>",
    to=["錦印刷 根岸様 <negishi@nishiki-insatsu.co.jp>"],
    subject="FW: 天神店 会員データ（DM追加分）",
    charset="iso-2022-jp",
    body="""根岸様

お世話になっております。三好です。
天神店から届いた追加分のデータを、メールごと転送します。
2月のDMに追加していただけますでしょうか。

三好
""",
    attachments=[{"kind": "eml", "name": "天神店 会員データ（DM追加分）.eml",
                  "message": dict(
                      sender="天神店 店長 藍原 <tenjin-mgr@stores.hinode-sangyo.co.jp>",
                      to=["三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>"],
                      subject="天神店 会員データ（DM追加分）",
                      charset="iso-2022-jp",
                      body="三好さん\n\nお疲れさまです。天神店の藍原です。\nDM追加分の会員データを送ります。\n\n藍原\n",
                      attachments=[{"kind": "csv", "name": "tenjin_add.csv", "rows": _inner_rows,
                                    "encoding": "cp932"}])}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="internal mail with a 16-member CSV forwarded as an attached .eml to the printer",
))

MESSAGES.append(dict(
    id="ret-057",
    sender="松浦 徹 <matsuura.toru@hinode-sangyo.co.jp>",
    to=["青葉運輸 配車センター 長尾様 <nagao@aoba-unyu.co.jp>"],
    subject="FW: 出荷案内（北国フーズ）",
    charset="utf-8",
    body="""長尾様

お世話になっております。松浦です。
北国フーズさんからの出荷案内を添付で転送します。
パレット数が通常より多いので、12/11便の車格の確認をお願いします。

松浦
""",
    attachments=[{"kind": "eml", "name": "出荷案内.eml",
                  "message": dict(
                      sender="北国フーズ 物流課 <butsuryu@kitaguni-foods.co.jp>",
                      to=["松浦 徹 <matsuura.toru@hinode-sangyo.co.jp>"],
                      subject="出荷案内（12/11着）",
                      charset="iso-2022-jp",
                      body="""日の出産業株式会社 購買課 松浦様

いつもお世話になっております。北国フーズ物流課です。
下記のとおり出荷いたしましたのでご案内申し上げます。

受注番号：KF-251208-0331
出荷日　：12/9
パレット：冷凍 4 / 冷蔵 2 / 常温 3
送り状番号：4471-2290-5518、4471-2290-5529

北国フーズ株式会社 物流課
""")}],
    expect="pass",
    entities=[],
    detectors=[],
    note="forwarded supplier shipping notice (order and waybill numbers) as .eml",
))

_p = people(6, 58, young=True)
_r58 = "\n".join(f"{p.name}, {p.tel}, {p.mail}" for p in _p)
MESSAGES.append(dict(
    id="ret-058",
    sender="新井 夏美 <arai.natsumi@hinode-sangyo.co.jp>",
    to=["堀口 健 <horiguchi@hinode-sangyo.jp>"],
    subject="吉祥寺店 新人アルバイト連絡先（研修用）",
    charset="utf-8",
    body=f"""堀口さん

お疲れさまです。新井です。
1月の新人研修に参加するアルバイトの連絡先です。
研修の案内メールはこちらから個人アドレスに送ってください。

{_r58}

よろしくお願いします。
新井
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but sent to hinode-sangyo.jp (co. dropped); 6 part-timers' contacts",
))

MESSAGES.append(dict(
    id="ret-059",
    sender="芦田 聡 <ashida@mail.hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約課 今井様 <imai@sakura-hote1.jp>"],
    subject="1/9 新年会 ご請求先の件",
    charset="iso-2022-jp",
    body="""今井様

お世話になっております。日の出産業の芦田です。

1/9の新年会のご請求書は、本社経理部宛にお送りいただけますでしょうか。

　〒150-0043 東京都渋谷区道玄坂1-22-9 日の出ビル6F
　日の出産業株式会社 経理部 御中

前回と同様、振込期日は翌月末でお願いいたします。

芦田
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hotel.jp spoofed by sakura-hote1.jp (digit one for letter l)",
))

MESSAGES.append(dict(
    id="ret-060",
    sender="松浦 徹 <matsuura.toru@hinode-sangyo.co.jp>",
    to=["北国フーズ 受注センター <juchu@kitaguni.foods.co.jp>"],
    subject="【追加発注】KF-251210-0352",
    charset="cp932",
    body="""北国フーズ株式会社
受注センター 御中

お世話になっております。日の出産業 購買課の松浦です。
年末の需要増に伴い、以下を追加でお願いいたします。

　KF-10477　玉ねぎ（北見）20kg箱　　×4
　KF-20015　生乳バター 無塩 450g×20　×2
　KF-40088　十勝小豆 30kg袋　　　　　×1

納品希望：12/23（火）午前　セントラルキッチン（川崎）

松浦
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="order to kitaguni.foods.co.jp: the partner's hyphen turned into a dot",
))

MESSAGES.append(dict(
    id="ret-061",
    sender="遠山 浩 <toyama.h@hinode-sangyo.co.jp>",
    to=["北国フーズ 品質保証部 <qa@kitagunifoods.co.jp>"],
    subject="規格書のご提出依頼（新規取扱い3品目）",
    charset="utf-8",
    body="""北国フーズ株式会社
品質保証部 ご担当者様

お世話になっております。日の出産業 品質管理室の遠山です。

1月から取り扱いを開始する下記3品目について、商品規格書（アレルゲン・
原産地・添加物を含む）のご提出をお願いいたします。

1. KF-50112 ほっけ開き（冷凍）
2. KF-50230 いかめし
3. KF-60018 北海道チーズケーキ

12/19までにいただけますと、店舗のアレルゲン表示の更新に間に合います。

遠山 浩
日の出産業株式会社 品質管理室
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-foods.co.jp without its hyphen (kitagunifoods.co.jp)",
))

MESSAGES.append(dict(
    id="ret-062",
    sender="三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会セールス 大林様 <obayashi@banquet.sakura-hotel.jp>"],
    subject="春の会員様向けランチ会 会場のご相談",
    charset="iso-2022-jp",
    body="""さくらホテル 宴会セールス
大林様

お世話になっております。日の出産業 販促課の三好です。

4月に会員様向けのランチ会（60名規模）を検討しております。
以下の候補日で、ご宴会場の空き状況を教えていただけますでしょうか。

　・4/12（日）11:30〜14:00
　・4/19（日）11:30〜14:00

立食ではなく着席のコースを想定しております。
ご予算感もあわせてご教示いただければ幸いです。

三好
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a real subdomain of the partner sakura-hotel.jp (banquet.sakura-hotel.jp); ordinary request",
))

_fr = [FOREIGN[i] for i in (0, 3, 8)]
_rc = ["AB70213365CD", "MN44180927EF", "TQ05591286JP"]
_exp = ["2026/04/30", "2027/01/15", "2026/09/02"]
MESSAGES.append(dict(
    id="ret-063",
    sender="小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
    to=["グローバル人材サポート 佐野様 <sano@global-jinzai.co.jp>"],
    subject="在留期間更新の対象者（1〜4月）",
    charset="iso-2022-jp",
    body=f"""グローバル人材サポート株式会社
佐野様

お世話になっております。日の出産業の小野寺です。
1〜4月に在留期間の満了を迎える弊社スタッフは以下の3名です。
更新申請のサポートをお願いいたします。

No.  氏名（ローマ字）          国籍        在留カード番号    満了日
---  ------------------------  ----------  ----------------  ----------
1    {_fr[0][0]:<24}  {_fr[0][2]}    {_rc[0]}      {_exp[0]}
2    {_fr[1][0]:<24}  {_fr[1][2]}    {_rc[1]}      {_exp[1]}
3    {_fr[2][0]:<24}  {_fr[2][2]}  {_rc[2]}      {_exp[2]}

いずれも在留資格は「特定技能1号（外食業）」です。

小野寺
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="3 foreign staff with residence card numbers in a padded table to a support agency",
))

MESSAGES.append(dict(
    id="ret-064",
    sender="小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
    to=["グローバル人材サポート 佐野様 <sano@global-jinzai.co.jp>"],
    subject="特定技能（外食業）での受入れについてのご相談",
    charset="cp932",
    body="""佐野様

お世話になっております。日の出産業の小野寺です。

来年度、セントラルキッチンで特定技能（外食業）の方を3〜4名受け入れたいと
考えております。つきましては、以下についてご教示いただけますでしょうか。

①登録支援機関として御社に委託する場合の費用（月額）
②技能測定試験の合格者のご紹介が可能な時期
③住居の確保（社宅借上げ）についてのサポート範囲

１月中旬に一度お打ち合わせの機会をいただければ幸いです。

小野寺 真理
日の出産業株式会社 店舗運営部 採用担当
TEL 03-6812-4400
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="general questions about hiring foreign workers; no person's data",
))

MESSAGES.append(dict(
    id="ret-065",
    sender="久保 まどか <kubo.madoka@hinode-sangyo.co.jp>",
    to=["税理士法人 みさき会計 給与チーム <kyuyo@misaki-kaikei.jp>"],
    subject="年末調整：中途入社者の個人番号のご連絡",
    charset="utf-8",
    body=f"""みさき会計 給与チーム
ご担当者様

お世話になっております。日の出産業 経理部の久保です。

11月に中途入社したアルバイトの源泉徴収票の作成に必要とのことで、
個人番号をお知らせいたします。

　氏名：百目鬼 七海（ドウメキ ナナミ）
　生年月日：2001年11月23日
　個人番号：{my_number(6501)}

前職の源泉徴収票は郵送にてお送りします。

久保 まどか
日の出産業株式会社 経理部
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="one part-timer's My Number to the external tax accountant",
))

_p = people(4, 66)
MESSAGES.append(dict(
    id="ret-066",
    sender="久保 まどか <kubo.madoka@hinode-sangyo.co.jp>",
    to=["小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>"],
    subject="マイナンバー未提出者（年末調整）",
    charset="iso-2022-jp",
    body=f"""小野寺さん

お疲れさまです。久保です。
年末調整で個人番号が未回収の方が4名います。店長経由で督促をお願いできますか。
うち1名は番号だけ口頭で聞いていますが、確認書類がまだです。

　{_p[0].name}（三軒茶屋）
　{_p[1].name}（吉祥寺）　番号 {my_number(6601)}（本人確認書類未提出）
　{_p[2].name}（武蔵小杉）
　{_p[3].name}（天神）

期限は12/19です。

久保
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="internal only: My Number follow-up between payroll and HR",
))

MESSAGES.append(dict(
    id="ret-067",
    sender="小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
    to=["田辺社会保険労務士事務所 <office@tanabe-sr.jp>"],
    subject="社保加入（週30時間への変更者）",
    charset="iso-2022-jp",
    body="""田辺先生

お世話になっております。日の出産業の小野寺です。

1月1日付で週30時間勤務に変わるアルバイトの社会保険加入手続きをお願いします。

　氏名：籾山 悠斗（モミヤマ ユウト）
　生年月日：平成１２年３月２７日
　住所：東京都練馬区石神井町3-14-8 ハイツ桜102
　基礎年金番号：4417-285093
　（前勤務先の健康保険証：記号 31020418　番号 77）

前勤務先の資格喪失証明書はPDFでいただいておりますので、必要でしたらお送りします。

小野寺
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a part-timer's 基礎年金番号 and health insurance 記号・番号 to the external 社労士",
))

_p = people(11, 68)
MESSAGES.append(dict(
    id="ret-068",
    sender="三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>",
    to=["錦印刷 根岸様 <negishi@nishiki-insatsu.co.jp>"],
    subject="会員カード再発行分の入稿データ",
    charset="utf-8",
    body="""根岸様

お世話になっております。三好です。
紛失・破損による会員カード再発行分の入稿データをzipにまとめました。
カード面への印字データ（CSV）と、同封する案内状（PDF）が入っています。

発送は1/9までにお願いいたします。

三好
""",
    attachments=[{"kind": "zip", "name": "card_reissue_202512.zip", "files": [
        {"kind": "csv", "name": "reissue.csv", "encoding": "cp932",
         "rows": [["会員番号", "氏名（ローマ字）", "氏名", "郵便番号", "住所", "電話"]] +
                 [[f"HM{7731200 + i * 91}", p.romaji_up, p.name, p.zip, p.addr, p.tel]
                  for i, p in enumerate(_p)]},
        {"kind": "pdf", "name": "案内状.pdf",
         "lines": ["会員カード再発行のお知らせ", "新しい会員カードをお送りいたします。",
                   "旧カードは本日以降ご利用いただけません。"]}]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="plain ZIP holding a CSV of 11 members (address, phone) for card reissue to the printer",
))

# ---------------------------------------------------------------------------------------
# 069–082
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="ret-069",
    sender="三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>",
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="春メニュー表 入稿（ひので食堂 全店）",
    charset="utf-8",
    body="""錦印刷株式会社
制作部 ご担当者様

お世話になっております。日の出産業 販促課の三好です。
春メニュー表の入稿データをzipでお送りします。
店舗ごとに価格が異なるため、ファイル名の店舗コードをご確認ください。

・A4三つ折り　各店300部
・卓上POP　各店40部
・納品：2/20（金）各店着

三好
""",
    attachments=[{"kind": "zip", "name": "spring_menu_2026.zip", "files": [
        {"kind": "pdf", "name": "menu_T011.pdf", "lines": ["ひので食堂 春メニュー", "菜の花と桜えびのかき揚げ丼 980円",
                                                           "新じゃがの肉じゃが定食 1,080円", "春鮭の西京焼き定食 1,180円"]},
        {"kind": "pdf", "name": "menu_T014.pdf", "lines": ["ひので食堂 春メニュー（吉祥寺）", "菜の花と桜えびのかき揚げ丼 1,000円"]},
        {"kind": "png", "name": "pop_sakura.png"},
        {"kind": "txt", "name": "入稿メモ.txt", "text": "フォント：アウトライン化済み\n特色：なし\n塗り足し：3mm\n"}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="ZIP of menu PDFs, an image and a memo for the printer; no people",
))

MESSAGES.append(dict(
    id="ret-070",
    sender="久保 まどか <kubo.madoka@hinode-sangyo.co.jp>",
    to=["<hinata.soda0611@gmail.com>"],
    subject="11月分 給与明細の再送（左右田さん）",
    charset="cp932",
    body="""左右田 陽向 さん

お疲れさまです。日の出産業 経理部の久保です。
店舗でお渡しした11月分の給与明細を紛失されたとのことで、PDFで再送します。
パスワードはご本人の生年月日（8桁）です。

不明点があれば経理部（03-6812-4410）までご連絡ください。

久保
""",
    attachments=[{"kind": "pdf", "name": "給与明細_202511_左右田.pdf", "password": "20020611",
                  "lines": ["給与明細書 2025年11月分", "氏名 左右田 陽向", "総支給額 98,420円",
                            "控除額 3,120円", "差引支給額 95,300円"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected payslip PDF to the employee's private gmail: cannot be inspected",
))

MESSAGES.append(dict(
    id="ret-071",
    sender="小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
    to=["纐纈 大和 <yamato.koketsu@yahoo.co.jp>"],
    subject="Re: アルバイト応募について",
    charset="iso-2022-jp",
    body="""纐纈 大和 様

ご応募ありがとうございます。日の出産業 採用担当の小野寺です。
履歴書の内容を拝見しました。ぜひ一度面接にお越しください。
ご都合のよい日時を、12/15〜12/19の間でいくつかお知らせいただけますか。

よろしくお願いいたします。

小野寺

2025年12月8日(月) 22:47 纐纈 大和 <yamato.koketsu@yahoo.co.jp>:
> 日の出産業 採用ご担当者様
>
> 求人サイトで麺処ひので町田店の募集を拝見し、応募いたしました。
> 纐纈 大和（コウケツ ヤマト）と申します。
> 生年月日：2004年7月30日
> 住所：東京都町田市原町田2-11-4 レジデンス東和405
> 電話：080-3927-4461
> 大学2年生で、平日夜と土日に勤務可能です。
> よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one applicant on free mail; his data appears only in the quoted original",
))

_p = people(5, 72)
_n72 = "\n".join(f"　{i + 1}. {p.name}　{p.tel}" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="ret-072",
    sender="堀口 健 <horiguchi@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約課 今井様 <imai@sakura-hotel.jp>"],
    subject="Re: Re: 1/22 店長研修 会場利用者のご連絡",
    charset="iso-2022-jp",
    body=f"""今井様

お世話になっております。堀口です。
出席者が1名増えましたので、改めて全員分をお送りします。

{_n72}

お手数をおかけしますが、受付名簿の差し替えをお願いいたします。

堀口

-----Original Message-----
From: 今井 <imai@sakura-hotel.jp>
Sent: Wednesday, December 10, 2025 9:15 AM
To: 堀口 健 <horiguchi@hinode-sangyo.co.jp>
Subject: Re: 1/22 店長研修 会場利用者のご連絡

堀口様
ご連絡ありがとうございます。4名様で承りました。
プロジェクターとホワイトボードをご用意いたします。
さくらホテル 今井
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="reply whose NEW text lists 5 attendees with mobiles; the quote holds nothing",
))

_p = people(6, 73, young=True)
_s73 = "\n".join(f"{p.name}　{d}" for p, d in zip(
    _p, ["月・水・金 22:00〜23:30", "火・木 22:00〜23:30", "土・日 23:00〜24:00",
         "月・火 22:00〜23:30", "水・土 22:30〜24:00", "金・日 22:00〜23:30"]))
MESSAGES.append(dict(
    id="ret-073",
    sender="芦田 聡 <ashida@mail.hinode-sangyo.co.jp>",
    to=["クリーンメイト 業務課 <gyomu@clean-mate.co.jp>"],
    subject="閉店作業の担当者（1月）",
    charset="utf-8",
    body=f"""クリーンメイト 業務課 ご担当者様

お世話になっております。三軒茶屋店の芦田です。
1月に閉店作業を担当する当店アルバイトと曜日です。
清掃員の方が入店される際、この者に声をかけてください。

{_s73}

よろしくお願いいたします。
芦田
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="6 part-timers' names with their shift days only (no contact data) to a contractor: arguable",
))

MESSAGES.append(dict(
    id="ret-074",
    sender="新井 夏美 <arai.natsumi@hinode-sangyo.co.jp>",
    to=["武蔵野東警察署 会計課 遺失物係 <ishitsubutsu@police-musashino-higashi.lg.jp>"],
    subject="拾得物の届出について（カフェ・ヒノデ吉祥寺店）",
    charset="cp932",
    body="""武蔵野東警察署 会計課 遺失物係 御中

お世話になっております。カフェ・ヒノデ吉祥寺店の新井と申します。
本日店内で財布の落とし物があり、持ち主と連絡がつかないため届出いたします。
明日午前中に現物をお持ちします。

　拾得日時：12月9日（火）19:40頃
　拾得場所：店内 2F 窓際席
　品　　名：茶色の革製二つ折り財布
　内 容 物：現金 8,420円、キャッシュカード2枚、ポイントカード数枚、
　　　　　　運転免許証（氏名：我孫子 和子、昭和４７年２月１８日生、
　　　　　　番号：第３０１８７６５４３２１０号、住所：東京都武蔵野市中町1-9-3）

店舗連絡先：0422-20-5583（新井）

よろしくお願いいたします。
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="lost wallet report quoting the owner's driving licence number, DOB and address",
))

MESSAGES.append(dict(
    id="ret-075",
    sender="カフェ・ヒノデ 吉祥寺店 <kichijoji@stores.hinode-sangyo.co.jp>",
    to=["<tsuyuri.mei@icloud.com>"],
    subject="Re: 傘の忘れ物について",
    charset="utf-8",
    body="""栗花落様

カフェ・ヒノデ吉祥寺店でございます。お問い合わせありがとうございます。
お問い合わせの紺色の折りたたみ傘（持ち手が木製のもの）、
12月7日に2F席でお預かりしております。

営業時間内（8:00〜21:00）にご来店の際、スタッフにお声がけください。
保管期限は1月7日までとなっております。

カフェ・ヒノデ 吉祥寺店
TEL 0422-20-5583

> 12/7の夕方に2階の席で紺色の折りたたみ傘を忘れたかもしれません。
> 届いていませんでしょうか。栗花落
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one customer on free mail about her lost umbrella",
))

_p = people(10, 76)
_rng = random.Random("ret-076")
_tr76 = "\n".join(
    f"<tr><td align=right>{i + 1}</td><td>{p.name}</td><td>{_rng.randint(100000, 999999):,}</td>"
    f"<td>{p.tel}</td><td>{p.mail}</td></tr>" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="ret-076",
    sender="三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>",
    to=["マーケティングパートナーズ 藤木様 <fujiki@mk-partners.co.jp>"],
    subject="VIPインタビュー候補者",
    charset="iso-2022-jp",
    html=f"""<html><body>
<p>マーケティングパートナーズ<br>藤木様</p>
<p>お世話になっております。日の出産業 販促課の三好です。</p>
<p>ブランド調査のインタビュー候補として、年間購入額の上位10名の会員様を抽出しました。<br>
ご連絡は御社から直接お願いいたします（会員規約上の同意は取得済みです）。</p>
<table border=1>
<tr><th>順位</th><th>氏名</th><th>年間購入額(円)</th><th>電話</th><th>メール</th></tr>
{_tr76}
</table>
<p>謝礼は1名あたり5,000円の商品券を想定しています。</p>
<p>三好 理恵<br>日の出産業株式会社 店舗運営部 販促課</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only table of 10 top members with phone and e-mail to a marketing agency",
))

MESSAGES.append(dict(
    id="ret-077",
    sender="三好 理恵 <r-miyoshi@hinode-sangyo.co.jp>",
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="会員向けニュースレター1月号 原稿",
    charset="utf-8",
    html="""<html><body>
<p>錦印刷 制作部 ご担当者様</p>
<p>お世話になっております。三好です。ニュースレター1月号の原稿です。レイアウトをお願いします。</p>
<hr>
<h2>ひので通信 2026年1月号</h2>
<p>新年あけましておめでとうございます。本年もひので各店をよろしくお願いいたします。</p>
<h3>新店オープンのお知らせ</h3>
<table border="1" cellpadding="3">
<tr><th>店舗</th><th>オープン日</th><th>住所</th><th>電話</th></tr>
<tr><td>ひので食堂 高円寺店</td><td>1/8</td><td>東京都杉並区高円寺南4-27-6</td><td>03-5356-0712</td></tr>
<tr><td>麺処ひので 町田店</td><td>1/22</td><td>東京都町田市原町田6-6-14</td><td>042-722-8151</td></tr>
<tr><td>カフェ・ヒノデ 横浜鶴見店</td><td>2/5</td><td>神奈川県横浜市鶴見区鶴見中央1-3-2</td><td>045-502-6610</td></tr>
</table>
<h3>1月の会員特典</h3>
<ul><li>お誕生月の方はドリンク1杯無料</li><li>ポイント2倍デー：毎週水曜</li></ul>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only newsletter draft with a table of new shops: businesses, not people",
))

MESSAGES.append(dict(
    id="ret-078",
    sender="大久保 隼人 <okubo.h@hinode-sangyo.co.jp>",
    to=["リテール経営研究所 宮坂様 <miyasaka@retail-keiei.jp>"],
    subject="来期出店計画のたたき台",
    charset="utf-8",
    body="""宮坂様

お世話になっております。日の出産業の大久保です。
来週のワークショップに向けて、来期の出店計画のたたき台をお送りします。
エリア別の売上見込みについてご意見をいただければと思います。

大久保
""",
    attachments=[{"kind": "xlsx", "name": "出店計画_FY2026_draft.xlsx", "page_header": "社外秘",
                  "title": "FY2026 出店計画",
                  "sheets": {"出店計画": [["FY2026 出店計画（案）", "", "", ""],
                                         ["エリア", "業態", "出店数", "初年度売上見込(百万円)"],
                                         ["城南", "ひので食堂", 2, 210],
                                         ["多摩", "麺処ひので", 1, 95],
                                         ["横浜", "カフェ・ヒノデ", 3, 180],
                                         ["大阪", "麺処ひので", 1, 120]],
                             "閉店候補": [["店舗", "理由"], ["天神西通り店", "賃料改定"], ["町田北口店", "契約満了"]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="社外秘 only in the attached XLSX print header, sent to an outside consultant",
))

MESSAGES.append(dict(
    id="ret-079",
    sender="大久保 隼人 <okubo.h@hinode-sangyo.co.jp>",
    to=["リテール経営研究所 宮坂様 <miyasaka@retail-keiei.jp>"],
    subject="Re: 既存店の損益データについて",
    charset="cp932",
    body="""宮坂様

お世話になっております。大久保です。

店舗別の損益データは社内で社外秘扱いとなっており、そのままの形では
お渡しできないことになりました。申し訳ございません。
代わりに、業態別に合算した数字であれば共有可能です。

　業態　　　　　店舗数　売上高（百万円）　営業利益率
　ひので食堂　　　12　　　　1,840　　　　　 6.2%
　麺処ひので　　　 8　　　　　960　　　　　 8.1%
　カフェ・ヒノデ　 9　　　　　710　　　　　 4.4%

秘密保持契約の締結後であれば、個店データも検討いたします。

大久保
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="merely mentions 社外秘 and an NDA; aggregated figures only",
))

MESSAGES.append(dict(
    id="ret-080",
    sender="大久保 隼人 <okubo.h@hinode-sangyo.co.jp>",
    to=["東和不動産 テナント営業部 原口様 <haraguchi@towa-fudosan.co.jp>"],
    subject="【極秘】横浜エリア出店候補物件の条件",
    charset="iso-2022-jp",
    body="""東和不動産株式会社
テナント営業部 原口様

お世話になっております。日の出産業 店舗開発の大久保です。

横浜エリアでの出店について、弊社の希望条件をお伝えします。
本件は社内でもまだ一部の者しか知らない計画ですので、お取り扱いにご注意ください。

　・業態：カフェ・ヒノデ（40〜50席）
　・面積：25〜35坪、1階路面
　・賃料：坪2.2万円以下
　・希望開業：2026年秋

候補物件がありましたら資料をお送りください。

大久保
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject stamped 【極秘】 on mail to an external real-estate agent",
))

MESSAGES.append(dict(
    id="ret-081",
    sender="堀口 健 <horiguchi@hinode-sangyo.co.jp>",
    to=["エリアマネージャー各位 <area-mgr@hinode-sangyo.co.jp>"],
    cc=["大久保 隼人 <okubo.h@hinode-sangyo.co.jp>"],
    subject="12月店長会議 議事録",
    charset="iso-2022-jp",
    body="""エリアマネージャー各位

堀口です。12月店長会議の議事録をお送りします（社外秘）。
各店の店長への共有は口頭でお願いします。

堀口
""",
    attachments=[{"kind": "pdf", "name": "店長会議議事録_202512.pdf", "page_header": "社外秘",
                  "lines": ["12月店長会議 議事録", "日時：2025年12月5日 14:00〜17:00", "出席：店長29名、本部6名",
                            "1. 11月実績：既存店売上 前年比102.4%", "2. 年末年始の営業体制",
                            "3. 閉店候補店舗の検討状況", "4. 人件費率の改善策"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 minutes sent to internal managers only",
))

_p = people(6, 82)
for _i, _q in enumerate(_p):
    _q.m, _q.d = 1, [3, 6, 9, 14, 21, 27][_i]
_pr = "、".join(f"{p.name}様（{p.m}月{p.d}日、{p.addr}）" for p in _p[:3])
_pr2 = "、".join(f"{p.name}様（{p.m}月{p.d}日、{p.addr}）" for p in _p[3:])
MESSAGES.append(dict(
    id="ret-082",
    sender="新井 夏美 <arai.natsumi@hinode-sangyo.co.jp>",
    to=["フラワーショップ花音 <order@flower-kanon.jp>"],
    subject="1月のお誕生日ブーケ配達のお願い",
    charset="cp932",
    body=f"""フラワーショップ花音 ご担当者様

いつもお世話になっております。カフェ・ヒノデ吉祥寺店の新井です。
1月お誕生日のプラチナ会員様へのミニブーケ配達を、今月もお願いいたします。

今月の対象は6名で、{_pr}の3名は上旬に、
{_pr2}の3名は中旬以降にお届けいただけますと幸いです。

遠方の方は例月どおり御社の提携店経由でお願いいたします。
メッセージカードは例月どおり「いつもありがとうございます　カフェ・ヒノデ」で
お願いします。ご請求は月末締めでお送りください。

新井 夏美
カフェ・ヒノデ 吉祥寺店 副店長
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="6 members' birthdays and home addresses written as prose to a flower shop",
))

# ---------------------------------------------------------------------------------------
# 083–100
# ---------------------------------------------------------------------------------------

_rng = random.Random("ret-083")
_temp = [["日付", "時刻", "冷蔵庫1(℃)", "冷蔵庫2(℃)", "冷凍庫(℃)", "記録者", "異常時の措置"]]
for d in range(1, 15):
    for t in ("09:00", "15:00", "21:00"):
        _temp.append([f"2025/12/{d:02d}", t, round(_rng.uniform(2.0, 6.5), 1), round(_rng.uniform(2.0, 7.0), 1),
                      round(_rng.uniform(-21.0, -17.0), 1), _rng.choice(["A", "K", "M", "S"]), ""])
_temp[20][6] = "扉の閉め忘れ。5分後に再測定し4.2℃"
MESSAGES.append(dict(
    id="ret-083",
    sender="遠山 浩 <toyama.h@hinode-sangyo.co.jp>",
    to=["HACCPサポート 指導員 瀬戸様 <seto@haccp-support.co.jp>"],
    subject="温度記録表（武蔵小杉店 12月前半）のご確認",
    charset="utf-8",
    body="""瀬戸様

お世話になっております。日の出産業 品質管理室の遠山です。
前回の巡回でご指摘いただいた温度記録について、12月前半分をお送りします。
異常時の措置欄の書き方がこれで十分か、ご意見をいただけますか。

記録者欄はイニシャル運用にしております。

遠山
""",
    attachments=[{"kind": "xlsx", "name": "温度記録_武蔵小杉_202512前半.xlsx", "sheets": {"温度記録": _temp}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="HACCP temperature log with recorder initials only, to a consultant",
))

_p = people(7, 84)
_res = ["陰性", "陰性", "陰性", "サルモネラ属菌 陽性", "陰性", "陰性", "陰性"]
_r84 = "\n".join(f"{p.name},{p.dob('wa_short')},{['キッチン', 'ホール'][i % 2]},12/02,{r}"
                 for i, (p, r) in enumerate(zip(_p, _res)))
MESSAGES.append(dict(
    id="ret-084",
    sender="遠山 浩 <toyama.h@hinode-sangyo.co.jp>",
    to=["HACCPサポート 指導員 瀬戸様 <seto@haccp-support.co.jp>"],
    subject="検便結果（天神店）と今後の対応のご相談",
    charset="cp932",
    body=f"""瀬戸様

お世話になっております。品質管理室の遠山です。

天神店の12月定期検便で陽性者が1名出ました。検査機関からの結果をそのまま貼ります。

氏名,生年月日,担当,採取日,結果
{_r84}

陽性者は本日から調理業務を外し、再検査の予定です。
他のスタッフへの二次検査の要否と、店舗消毒の範囲について
ご助言をいただけますでしょうか。

遠山 浩
日の出産業株式会社 品質管理室
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="7 named staff with DOB and stool test results (one positive): health data to an outside consultant",
))

MESSAGES.append(dict(
    id="ret-085",
    sender="遠山 浩 <toyama.h@hinode-sangyo.co.jp>",
    to=["関東衛生検査センター 受付 <uketsuke@kanto-eiken.or.jp>"],
    subject="1月定期検便 採便キットの発注",
    charset="iso-2022-jp",
    body="""関東衛生検査センター
受付ご担当者様

いつもお世話になっております。日の出産業 品質管理室の遠山です。
1月定期検便の採便キットを下記のとおり発注いたします。

　店舗コード　店舗名　　　　　　　　キット数
　T011　　　　ひので食堂 三軒茶屋店　　 18
　T014　　　　カフェ・ヒノデ吉祥寺店　　12
　M021　　　　日の出マート武蔵小杉店　　26
　U031　　　　麺処ひので 梅田店　　　　 15
　F041　　　　ひので食堂 天神店　　　　 14
　合計　　　　　　　　　　　　　　　　　85

検査項目は従来どおり（赤痢菌・サルモネラ・O157）でお願いします。
契約番号：KEK-2023-0419

遠山
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="order of test kits by shop, counts only",
))

_fr = [FOREIGN[i] for i in (1, 2, 4, 5, 7, 11)]
_rng = random.Random("ret-086")
_b86 = "\n".join(
    f"- {n[0].title()} ({n[2]}), mobile 0{_rng.choice([90, 80, 70])}-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}, "
    f"{n[0].split()[0].lower()}.{_rng.randint(10, 99)}@{_rng.choice(['gmail.com', 'yahoo.co.jp', 'outlook.jp'])}, "
    f"JLPT {_rng.choice(['N4', 'N3', 'N3', 'N2'])}"
    for n in _fr)
MESSAGES.append(dict(
    id="ret-086",
    sender="小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
    to=["ひかり日本語学院 法人研修担当 <corporate@hikari-nihongo.ac.jp>"],
    subject="接客日本語コース 受講者登録",
    charset="utf-8",
    body=f"""ひかり日本語学院
法人研修ご担当者様

お世話になっております。日の出産業 採用担当の小野寺です。
2月開講の「接客日本語コース」に、弊社の外国籍スタッフ6名を登録させてください。
受講案内は各自の連絡先に直接お送りいただいて構いません。

{_b86}

受講料のご請求は弊社宛にお願いいたします。

小野寺 真理
日の出産業株式会社 店舗運営部
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="6 foreign staff with romaji names, mobiles and private e-mails as bullets to a language school",
))

MESSAGES.append(dict(
    id="ret-087",
    sender="小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>",
    to=["ことばブリッジ 通訳手配 <haken@kotoba-bridge.co.jp>"],
    subject="面接時の通訳手配のお願い（ネパール語）",
    charset="cp932",
    body="""ことばブリッジ 通訳手配ご担当者様

お世話になっております。日の出産業の小野寺です。
下記の面接に、ネパール語の通訳の方の同席をお願いできますでしょうか。

　日時：12月18日（木）10:00〜11:00
　場所：麺処ひので 梅田店（大阪市北区天神橋3-4-11）
　面接者：SHRESTHA ANIL さん（携帯 070-6281-3305）

ご本人は日本語での日常会話は可能ですが、雇用条件の説明のため通訳をお願いしたく存じます。

小野寺
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one applicant's romaji name and mobile to an interpreter agency: single person, may warn",
))

_p = people(8, 88)
_diet = ["なし", "ハラール（イスラム教のため豚・アルコール不可）", "卵アレルギー", "なし",
         "なし", "そばアレルギー（重度）", "ハラール（イスラム教）", "なし"]
_g88 = [["No.", "お名前", "ご連絡先", "食事制限・アレルギー"]] + [
    [str(i + 1), p.name, p.tel, d] for i, (p, d) in enumerate(zip(_p, _diet))]
MESSAGES.append(dict(
    id="ret-088",
    sender="新井 夏美 <arai.natsumi@hinode-sangyo.co.jp>",
    to=["寿ケータリング 宴会課 <enkai@kotobuki-catering.co.jp>"],
    subject="2/14 貸切パーティー 参加者と食事制限",
    charset="utf-8",
    body="""寿ケータリング 宴会課 ご担当者様

お世話になっております。カフェ・ヒノデ吉祥寺店の新井です。

2/14の貸切パーティー（結婚式二次会）の参加者リストを幹事様からいただきました。
食事制限のある方のお料理は個別にご用意いただきたく、Wordのまま添付します。
ハラール対応のお二人は、調理器具も分けていただけますと幸いです。

新井
""",
    attachments=[{"kind": "docx", "name": "2月14日_参加者リスト.docx",
                  "paragraphs": ["貸切パーティー 参加者リスト", "日時：2026年2月14日（土）18:30〜",
                                 "会場：カフェ・ヒノデ 吉祥寺店（貸切）"],
                  "tables": [_g88]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX guest list: names, phones, religion (halal, Islam) and allergies to a caterer",
))

MESSAGES.append(dict(
    id="ret-089",
    sender="岩崎 香織 <iwasaki-k@hinode-sangyo.co.jp>",
    to=["東海損保 企業賠償課 大江様 <oe.kazuhiro@tokai-sonpo.co.jp>"],
    subject="店内での転倒事故の第一報",
    charset="iso-2022-jp",
    body="""大江様

お世話になっております。日の出産業 お客様相談室の岩崎です。
昨日、店内で転倒事故がありましたので第一報をお送りします。

12月8日（月）11時50分頃、日の出マート武蔵小杉店の青果売場で、
70代の男性のお客様が濡れた床で足を滑らせて転倒されました。
頭部を打たれて一時意識がもうろうとされていたため救急要請し、
川崎南総合病院へ搬送されています。当日は奥様が付き添われました。
お名前とご連絡先は、ご家族のご了承をいただいてから改めてお伝えします。

床の清掃記録、監視カメラ映像は保全済みです。
施設賠償責任保険の対象となるか、ご確認をお願いいたします。

岩崎
""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=[],
    note="injury of an unnamed customer, identifiable only by time/place/age: arguable",
))

_shops = [["店舗コード", "店舗名", "業態", "郵便番号", "住所", "電話番号", "営業時間", "定休日"]]
_rng = random.Random("ret-090")
_brands = ["ひので食堂", "麺処ひので", "カフェ・ヒノデ", "日の出マート"]


def _shop_tel(pl, rng):
    for key, code, n in [("八王子", "042", 3), ("町田", "042", 3), ("武蔵野", "0422", 2), ("東京都", "03", 4),
                         ("川崎", "044", 3), ("横浜", "045", 3), ("埼玉", "048", 3), ("千葉", "047", 3),
                         ("大阪", "06", 4), ("兵庫", "0798", 2), ("北海道", "011", 3), ("宮城", "022", 3),
                         ("愛知", "052", 3), ("福岡", "092", 3), ("京都", "075", 3)]:
        if key in pl:
            return f"{code}-{rng.randint(10 ** (n - 1) * 2, 10 ** n - 1)}-{rng.randint(1000, 9999)}"
    raise ValueError(pl)


for i, (pc, pl) in enumerate(PLACES):
    br = _brands[i % 4]
    area = pl.split("市")[-1].split("区")[-1][:3] if "市" in pl or "区" in pl else pl[-3:]
    _shops.append([f"{'TMCF'[i % 4]}{100 + i}", f"{br} {area}店", br, pc,
                   f"{pl}{_rng.randint(1, 6)}-{_rng.randint(1, 30)}-{_rng.randint(1, 20)}",
                   _shop_tel(pl, _rng),
                   ["11:00-22:00", "8:00-21:00", "9:00-22:00"][i % 3], ["なし", "火曜", "水曜"][i % 3]])
MESSAGES.append(dict(
    id="ret-090",
    sender="大久保 隼人 <okubo.h@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 井手様 <ide@tsubasa-system.jp>"],
    subject="店舗マスタ（最新版）",
    charset="utf-8",
    body="""井手様

お世話になっております。大久保です。
新POSの店舗マスタ登録用に、最新の店舗一覧をお送りします。
高円寺・町田・横浜鶴見の3店は開業日以降に有効化してください。

大久保
""",
    attachments=[{"kind": "xlsx", "name": "店舗マスタ_20251210.xlsx",
                  "sheets": {"店舗一覧": _shops, "更新履歴": [["日付", "内容"], ["2025/12/10", "3店追加"]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="directory of 24 shops with addresses and shop phone numbers: businesses",
))

_rng = random.Random("ret-091")
_p = people(5, 91)
_b91 = "\n\n".join(
    f"""■ {p.name_ns}（社員番号 P{_rng.randint(10000, 99999)}）
変更後：{b[0]} {b[1]}　普通　{acct(_rng)}
口座名義：{p.ksei} {p.kmei}
適用：{['12月', '12月', '1月', '12月', '1月'][i]}支給分から"""
    for i, (p, b) in enumerate(zip(_p, [_rng.choice(BANKS) for _ in range(5)])))
MESSAGES.append(dict(
    id="ret-091",
    sender="久保 まどか <kubo.madoka@hinode-sangyo.co.jp>",
    to=["給与計算代行センター 担当 藤堂様 <todo@kyuyo-daiko.co.jp>"],
    subject="給与振込口座の変更（5名）",
    charset="cp932",
    body=f"""藤堂様

いつもお世話になっております。日の出産業 経理部の久保です。
振込口座の変更届が5名分出ておりますので、マスタの更新をお願いいたします。

{_b91}

以上です。よろしくお願いいたします。

久保 まどか
日の出産業株式会社 経理部 給与担当
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="5 staff bank account changes, one block each, to the payroll outsourcer",
))

MESSAGES.append(dict(
    id="ret-092",
    sender="久保 まどか <kubo.madoka@hinode-sangyo.co.jp>",
    to=["給与計算代行センター 担当 藤堂様 <todo@kyuyo-daiko.co.jp>"],
    subject="12月の締め日程と口座変更1件",
    charset="cp932",
    body="""藤堂様

お世話になっております。久保です。

12月は年末のため、勤怠の締めを12/20（土）、データ送付を12/22（月）と
させてください。振込日は12/25で変わりません。

あわせて、口座変更が1件あります。
　鬼頭 凛（社員番号 P40217）
　東都銀行 武蔵小杉支店　普通 6620418　キトウ リン
12月支給分からお願いします。

久保
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="one employee's bank account change to the payroll outsourcer: single person, may warn",
))

_c = people(3, 93)
MESSAGES.append(dict(
    id="ret-093",
    sender="日の出マート 武蔵小杉店 <musashikosugi@stores.hinode-sangyo.co.jp>",
    to=[f"{_c[0].name} 様 <{_c[0].mail.split('@')[0]}@gmail.com>",
        f"{_c[1].name} 様 <{_c[1].mail.split('@')[0]}@yahoo.co.jp>"],
    cc=[f"{_c[2].name} 様 <{_c[2].mail.split('@')[0]}@docomo.ne.jp>"],
    subject="おせち料理のお届け遅延に関するお詫び",
    charset="utf-8",
    body="""お客様各位

日の出マート武蔵小杉店でございます。
このたびはご予約いただいたおせち料理のお届けが、配送車両の故障により
12月31日の夜にずれ込んでしまいましたこと、心よりお詫び申し上げます。

お詫びとして、ご購入代金の20%を返金させていただきます。
返金方法につきましては、改めて担当よりお電話いたします。

重ねてお詫び申し上げます。

日の出マート 武蔵小杉店 店長 猪狩
TEL 044-711-3390
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="apology to three private customers in To/Cc who can see each other's addresses",
))

MESSAGES.append(dict(
    id="ret-094",
    sender="岩崎 香織 <iwasaki-k@hinode-sangyo.co.jp>",
    to=["鷲尾 貴之 様 <t.washio.1968@ezweb.ne.jp>"],
    cc=["白川法律事務所 白川先生 <r.shirakawa@shirakawa-law.jp>"],
    subject="合意書（案）の送付について",
    charset="iso-2022-jp",
    body="""鷲尾 貴之 様

日の出産業株式会社 お客様相談室の岩崎でございます。
先日はお時間をいただき、誠にありがとうございました。

お話し合いの内容に基づき、合意書（案）を作成いたしましたので
郵送にてお送りいたしました。内容をご確認のうえ、ご不明な点がございましたら
当社顧問弁護士の白川（本メールのCC）または私までお問い合わせください。

このたびはご迷惑をおかけし、誠に申し訳ございませんでした。

日の出産業株式会社 お客様相談室
岩崎 香織
TEL 03-6812-4430
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="one customer (carrier mail) and the company's lawyer in Cc: two external parties",
))

_sl = [["万引き・不審行為 記録簿（武蔵小杉店）", "", "", "", "", ""],
       ["発生日", "被疑者氏名", "年齢", "住所", "被害品・金額", "処置"],
       ["2025/10/03", "大河内 誠", "47", "川崎市中原区新丸子東2-8-1", "酒類 3,280円", "警察へ引渡し（中原署）"],
       ["2025/10/19", "芳賀 修", "71", "川崎市高津区溝口4-2-9", "惣菜 1,140円", "買取・警告"],
       ["2025/11/02", "三上 理沙", "34", "横浜市港北区日吉3-12-5", "化粧品 6,900円", "警察へ引渡し・逮捕"],
       ["2025/11/21", "小宮 大輝", "19", "川崎市中原区木月1-30-2", "菓子 820円", "保護者連絡・警察通報"],
       ["2025/12/06", "堀田 一郎", "66", "川崎市中原区今井南町9-14", "精肉 4,410円", "警察へ引渡し（中原署）"]]
MESSAGES.append(dict(
    id="ret-095",
    sender="新井 夏美 <arai.natsumi@hinode-sangyo.co.jp>",
    to=["平和警備保障 常駐警備課 <jochu-keibi@heiwa-keibi.co.jp>"],
    subject="武蔵小杉店 万引き記録の共有（保安員配置の検討用）",
    charset="cp932",
    body="""平和警備保障 常駐警備課 ご担当者様

お世話になっております。日の出産業の新井です（今月から武蔵小杉店を兼務しております）。
保安員の配置時間帯を検討するにあたり、直近の記録簿をお送りします。
古いExcelの形式ですみません。再来店時の声かけの参考にもしてください。

新井
""",
    attachments=[{"kind": "xls", "name": "万引き記録簿_武蔵小杉.xls", "sheets": {"記録簿": _sl}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="legacy XLS of 5 named shoplifting suspects with addresses, arrests and police handovers",
))

MESSAGES.append(dict(
    id="ret-096",
    sender="芦田 聡 <ashida@mail.hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約課 今井様 <imai@sakura-hotel.jp>"],
    subject="1/9 新年会 お席のご配慮のお願い",
    charset="iso-2022-jp",
    body="""今井様

お世話になっております。芦田です。
1/9の新年会について、1点ご配慮をお願いしたく存じます。

ご招待するお取引先の 五百旗頭 勝 様は、脊髄損傷により車椅子をご利用で、
身体障害者手帳（1級）をお持ちです。
会場入口に近いお席と、車椅子でそのまま着席できるテーブル高のご用意、
多目的トイレの場所のご案内をお願いできますでしょうか。

ご本人にはご了承をいただいております。

芦田
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named guest's disability (spinal injury, 障害者手帳1級) to the partner hotel",
))

_order97 = [["品番", "品名", "入数", "発注数"], ["KF-10231", "男爵いも 10kg", 1, 20],
            ["KF-31102", "秋鮭フィレ 1kg×10", 1, 4], ["KF-50230", "いかめし 10尾", 1, 6]]
MESSAGES.append(dict(
    id="ret-097",
    sender="松浦 徹 <matsuura.toru@hinode-sangyo.co.jp>",
    to=["北国フーズ 受注センター <juchu@kitaguni-foods.jp>"],
    subject="【発注】KF-251215-0370 梅田店直送分",
    charset="utf-8",
    body="""北国フーズ株式会社
受注センター 御中

お世話になっております。日の出産業 購買課の松浦です。
梅田店直送分の発注書を添付いたします。
納品は12/18（木）午前、麺処ひので梅田店の地下搬入口までお願いします。

松浦
""",
    attachments=[{"kind": "csv", "name": "order_KF-251215-0370.csv", "rows": _order97, "encoding": "utf-8"}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="order sent to kitaguni-foods.jp: the partner's domain with co. dropped",
))

MESSAGES.append(dict(
    id="ret-098",
    sender="松浦 徹 <matsuura.toru@hinode-sangyo.co.jp>",
    to=["北国フーズ 物流課 坂上様 <sakagami@kitaguni-foods.co.jp>"],
    subject="Re: 出荷案内（12/11着）",
    charset="cp932",
    body="""坂上様

お世話になっております。松浦です。
12/11着分、武蔵小杉店・セントラルキッチンともに受領いたしました。

ただ、送り状番号 4471-2290-5529 の荷物のうち、KF-20015（無塩バター）が
1ケース不足しておりました（伝票上は3ケース、実着2ケース）。
お手数ですが、次便での補填をお願いできますでしょうか。

受領書は本日FAX（03-6812-4401）でお送りしました。

松浦
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="shipment discrepancy with waybill and product codes; no people",
))

_p = people(7, 99, young=True)
_r99 = pad([["ﾌﾘｶﾞﾅ", "携帯", "12/22", "12/23", "12/24", "12/25"],
            ["-" * 16, "-" * 16, "-" * 5, "-" * 5, "-" * 5, "-" * 5]] +
           [[hk(f"{p.ksei} {p.kmei}"), fw(p.tel), *["○", "×", "○", "△", "○", "×", "○"][i:i + 4],
             *(["○"] * max(0, i + 4 - 7))][:6] for i, p in enumerate(_p)], [18, 28, 6, 6, 6, 6])
MESSAGES.append(dict(
    id="ret-099",
    sender="堀口 健 <horiguchi@hinode-sangyo.co.jp>",
    to=["テンポラリー東京 派遣課 <haken@temporary-tokyo.co.jp>"],
    subject="クリスマス週の出勤可否（梅田店）",
    charset="cp932",
    body=f"""テンポラリー東京 派遣課 ご担当者様

お世話になっております。日の出産業の堀口です。
クリスマス週の梅田店アルバイトの出勤可否です（勤怠システムの出力で、氏名は半角カナのままです）。
×の日を派遣スタッフで補っていただきたく、ご手配をお願いします。

{_r99}

○=出勤可　△=夕方のみ　×=不可

堀口
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7 part-timers in half-width kana with full-width mobile numbers, space-padded, to an agency",
))

MESSAGES.append(dict(
    id="ret-100",
    sender="岩崎 香織 <iwasaki-k@hinode-sangyo.co.jp>",
    to=["遠山 浩 <toyama.h@hinode-sangyo.co.jp>"],
    cc=["品質管理室 <qa-team@hinode-sangyo.co.jp>"],
    subject="FW: 異物混入のお申し出（ひので食堂 天神店）",
    charset="utf-8",
    body="""遠山さん

お疲れさまです。岩崎です。
天神店から上がってきた件です。現物は本日中に本社へ送ってもらいます。
異物の分析をお願いできますか。

---------- Forwarded message ---------
From: 天神店 藍原 <tenjin-mgr@stores.hinode-sangyo.co.jp>
Date: 2025年12月9日 20:31
Subject: 異物混入のお申し出

お客様相談室 岩崎さん

本日のお申し出です。
・お客様：猪狩 美穂 様（090-6614-2278、福岡市中央区薬院2-4-18）
・12:20頃ご来店、唐揚げ定食の中から金属片（約5mm）
・お怪我なし、代金返金済み、後日お電話する約束をしています

藍原
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="internal only: forward of a complaint with a customer's details to the QA team",
))
