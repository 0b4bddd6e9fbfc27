"""Blind corpus: 日の出産業 財務・株式・グループ会社管理 (fin-001 … fin-100).

Shareholder registers, dividend payee lists, stock options, 持株会, loan guarantors,
group officers, audit working papers, corporate cards, bank reconciliations, FX tables,
board minutes, IR mail, look-alike domains, reply threads, overseas auditors.
Every person, number and address below is invented.
"""

from __future__ import annotations

import datetime as _dt
import random as _random

from build import card_number, my_number

# --------------------------------------------------------------------------------------
# small local helpers (invented people; each message lays them out its own way)
# --------------------------------------------------------------------------------------

_SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"),
    ("三浦", "ミウラ", "Miura"), ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"),
    ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("小野", "オノ", "Ono"), ("四月一日", "ワタヌキ", "Watanuki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"),
    ("勘解由小路", "カデノコウジ", "Kadenokoji"), ("御手洗", "ミタライ", "Mitarai"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("鬼頭", "キトウ", "Kito"), ("猪狩", "イガリ", "Igari"),
    ("左近司", "サコンジ", "Sakonji"), ("一ノ瀬", "イチノセ", "Ichinose"), ("八木橋", "ヤギハシ", "Yagihashi"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("十河", "ソゴウ", "Sogo"), ("栗花落", "ツユリ", "Tsuyuri"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("九十九", "ツクモ", "Tsukumo"), ("比嘉", "ヒガ", "Higa"),
    ("宇喜多", "ウキタ", "Ukita"), ("能登谷", "ノトヤ", "Notoya"), ("舟越", "フナコシ", "Funakoshi"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("我妻", "ワガツマ", "Wagatsuma"), ("不破", "フワ", "Fuwa"),
    ("祖父江", "ソブエ", "Sobue"), ("日下部", "クサカベ", "Kusakabe"), ("纐纈", "コウケツ", "Koketsu"),
    ("須賀", "スガ", "Suga"), ("阿久津", "アクツ", "Akutsu"), ("真田", "サナダ", "Sanada"),
]
_MEI = [
    ("健太", "ケンタ", "Kenta"), ("大輔", "ダイスケ", "Daisuke"), ("翔", "ショウ", "Sho"),
    ("拓也", "タクヤ", "Takuya"), ("浩二", "コウジ", "Koji"), ("修", "オサム", "Osamu"),
    ("隆", "タカシ", "Takashi"), ("勇気", "ユウキ", "Yuki"), ("蓮", "レン", "Ren"),
    ("悠真", "ユウマ", "Yuma"), ("和彦", "カズヒコ", "Kazuhiko"), ("正樹", "マサキ", "Masaki"),
    ("晃", "アキラ", "Akira"), ("剛", "ツヨシ", "Tsuyoshi"), ("直人", "ナオト", "Naoto"),
    ("伸也", "シンヤ", "Shinya"), ("英明", "ヒデアキ", "Hideaki"), ("清", "キヨシ", "Kiyoshi"),
    ("勝", "マサル", "Masaru"), ("茂", "シゲル", "Shigeru"), ("陽子", "ヨウコ", "Yoko"),
    ("美咲", "ミサキ", "Misaki"), ("由美", "ユミ", "Yumi"), ("恵", "メグミ", "Megumi"),
    ("直美", "ナオミ", "Naomi"), ("彩", "アヤ", "Aya"), ("千尋", "チヒロ", "Chihiro"),
    ("真由美", "マユミ", "Mayumi"), ("さくら", "サクラ", "Sakura"), ("裕子", "ユウコ", "Yuko"),
    ("麻衣", "マイ", "Mai"), ("智子", "トモコ", "Tomoko"), ("久美子", "クミコ", "Kumiko"),
    ("和代", "カズヨ", "Kazuyo"), ("ひとみ", "ヒトミ", "Hitomi"), ("志保", "シホ", "Shiho"),
    ("葵", "アオイ", "Aoi"), ("結衣", "ユイ", "Yui"), ("文子", "フミコ", "Fumiko"),
    ("トメ", "トメ", "Tome"), ("キヨ", "キヨ", "Kiyo"), ("昭一", "ショウイチ", "Shoichi"),
    ("忠雄", "タダオ", "Tadao"), ("良平", "リョウヘイ", "Ryohei"), ("雅人", "マサト", "Masato"),
    ("七海", "ナナミ", "Nanami"), ("樹", "イツキ", "Itsuki"), ("航", "ワタル", "Wataru"),
]
_ADDR = [
    ("150-0011", "東京都", "渋谷区", "東"), ("167-0051", "東京都", "杉並区", "荻窪"),
    ("223-0061", "神奈川県", "横浜市港北区", "日吉"), ("330-0063", "埼玉県", "さいたま市浦和区", "高砂"),
    ("260-0013", "千葉県", "千葉市中央区", "中央"), ("460-0008", "愛知県", "名古屋市中区", "栄"),
    ("530-0041", "大阪府", "大阪市北区", "天神橋"), ("604-8005", "京都府", "京都市中京区", "恵比須町"),
    ("650-0021", "兵庫県", "神戸市中央区", "三宮町"), ("812-0011", "福岡県", "福岡市博多区", "博多駅前"),
    ("980-0811", "宮城県", "仙台市青葉区", "一番町"), ("060-0042", "北海道", "札幌市中央区", "大通西"),
    ("730-0011", "広島県", "広島市中区", "基町"), ("420-0857", "静岡県", "静岡市葵区", "御幸町"),
    ("370-0849", "群馬県", "高崎市", "八島町"), ("950-0087", "新潟県", "新潟市中央区", "東大通"),
    ("900-0015", "沖縄県", "那覇市", "久茂地"), ("310-0015", "茨城県", "水戸市", "宮町"),
    ("920-0853", "石川県", "金沢市", "本町"), ("790-0001", "愛媛県", "松山市", "一番町"),
    ("182-0024", "東京都", "調布市", "布田"), ("270-1166", "千葉県", "我孫子市", "我孫子"),
    ("359-1111", "埼玉県", "所沢市", "緑町"), ("248-0012", "神奈川県", "鎌倉市", "御成町"),
    ("515-0084", "三重県", "松阪市", "日野町"), ("192-0083", "東京都", "八王子市", "旭町"),
    ("214-0014", "神奈川県", "川崎市多摩区", "登戸"), ("566-0001", "大阪府", "摂津市", "千里丘"),
    ("862-0950", "熊本県", "熊本市中央区", "水前寺"), ("020-0022", "岩手県", "盛岡市", "大通"),
]
_BLDG = ["", "", "", "", " メゾンドール201", " グランハイツ502", " コーポ松風103", " パークサイド1205",
         " ライオンズマンション708", " サンハイム101", " ベルテ3F", " 第二若葉荘2号"]
_BANKS = [
    ("みどり銀行", "本店営業部"), ("みどり銀行", "日本橋支店"), ("みどり銀行", "横浜駅前支店"),
    ("東都銀行", "新宿西口支店"), ("関東中央銀行", "大宮支店"), ("あおば信用金庫", "本店"),
    ("なにわ商工銀行", "梅田支店"), ("北陸第一銀行", "金沢駅前支店"), ("しらぎく信用組合", "中野支店"),
    ("瀬戸内銀行", "松山支店"), ("杜の都銀行", "一番町支店"), ("九州みらい銀行", "博多支店"),
]

_FW = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")
_FW_ISO = str.maketrans("0123456789-/.:()", "０１２３４５６７８９−／．：（）")


def fw(s: str, iso: bool = False) -> str:
    """Full-width digits; ISO-2022-JP has no U+FF0D, so use U+2212 there (as mailers do)."""
    return s.translate(_FW_ISO if iso else _FW)


def _era(d: _dt.date) -> tuple[str, str, int]:
    if d >= _dt.date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= _dt.date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    return "昭和", "S", d.year - 1925


def wareki(d: _dt.date, style: str = "kanji") -> str:
    name, letter, y = _era(d)
    if style == "kanji":
        return f"{name}{y}年{d.month}月{d.day}日"
    if style == "letter":
        return f"{letter}{y}.{d.month}.{d.day}"
    if style == "fwletter":
        return fw(f"{letter}{y}.{d.month}.{d.day}").replace(letter, chr(ord(letter) + 0xFEE0))
    if style == "pad":
        return f"{letter}{y:02d}.{d.month:02d}.{d.day:02d}"
    if style == "fwkanji":
        return f"{name}{fw(str(y))}年{fw(str(d.month))}月{fw(str(d.day))}日"
    raise ValueError(style)


def seireki(d: _dt.date, style: str = "slash") -> str:
    return {
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "slash1": f"{d.year}/{d.month}/{d.day}",
        "dash": d.isoformat(),
        "kanji": f"{d.year}年{d.month}月{d.day}日",
        "dot": f"{d.year}.{d.month}.{d.day}",
        "compact": d.strftime("%Y%m%d"),
        "us": d.strftime("%d %b %Y"),
    }[style]


def license_number(seed: int) -> str:
    """12-digit 運転免許証番号: 公安委員会 code, year, serial, check digit, reissue count."""
    rng = _random.Random(f"lic-{seed}")
    head = rng.choice(["30", "45", "62", "50", "40", "23", "61"]) + f"{rng.randrange(80, 100):02d}" \
        + f"{rng.randrange(0, 999999):06d}"
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = sum(int(a) * b for a, b in zip(head, w)) % 11
    c = 0 if c >= 10 else c
    return head + str(c) + str(rng.randrange(0, 3))


def corp_number(base12: str) -> str:
    """法人番号 (13 digits, leading check digit)."""
    digits = [int(x) for x in base12]
    s = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 else 2
        s += p * q
    return str(9 - s % 9) + base12


HINODE_CORP = corp_number("010401087712")


def people(seed: int, n: int, born=(1950, 2000)) -> list[dict]:
    """n invented people, reproducible from seed."""
    rng = _random.Random(f"fin-people-{seed}")
    out, used = [], set()
    while len(out) < n:
        sei = rng.choice(_SEI)
        mei = rng.choice(_MEI)
        if (sei[0], mei[0]) in used:
            continue
        used.add((sei[0], mei[0]))
        dob = _dt.date(rng.randrange(*born), rng.randrange(1, 13), rng.randrange(1, 29))
        z, pref, city, town = rng.choice(_ADDR)
        banchi = rng.choice([
            f"{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}",
            f"{rng.randrange(1, 6)}丁目{rng.randrange(1, 30)}番{rng.randrange(1, 20)}号",
            f"{rng.randrange(100, 2000)}-{rng.randrange(1, 20)}",
        ])
        bank, branch = rng.choice(_BANKS)
        mob = f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"
        area = rng.choice(["03", "045", "06", "052", "092", "011", "048", "043", "0466", "0422"])
        if len(area) == 2:
            land = f"{area}-{rng.randrange(3000, 6000)}-{rng.randrange(1000, 10000)}"
        elif len(area) == 3:
            land = f"{area}-{rng.randrange(200, 999)}-{rng.randrange(1000, 10000)}"
        else:
            land = f"{area}-{rng.randrange(20, 99)}-{rng.randrange(1000, 10000)}"
        mail_user = f"{mei[2].lower()}.{sei[2].lower()}{rng.randrange(10, 99)}"
        out.append(dict(
            sei=sei[0], mei=mei[0], kana=f"{sei[1]} {mei[1]}", kana_sei=sei[1], kana_mei=mei[1],
            romaji=f"{mei[2]} {sei[2]}", romaji_jp=f"{sei[2].upper()} {mei[2]}",
            name=f"{sei[0]} {mei[0]}", name0=f"{sei[0]}{mei[0]}", name_fs=f"{sei[0]}　{mei[0]}",
            dob=dob, zip=z, pref=pref, city=city, town=town, banchi=banchi,
            bldg=rng.choice(_BLDG),
            addr=f"{pref}{city}{town}{banchi}", mob=mob, land=land,
            mail=f"{mail_user}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'outlook.jp', 'docomo.ne.jp'])}",
            bank=bank, branch=branch, kind=rng.choice(["普通", "普通", "普通", "当座"]),
            acct=f"{rng.randrange(0, 10000000):07d}", holder=f"{sei[1]} {mei[1]}",
            emp=f"{rng.randrange(10, 99)}{rng.randrange(0, 10000):04d}",
            shares=rng.choice([100, 200, 300, 500, 800, 1000, 1200, 1500, 2000, 3000, 4700, 10000]),
            rng=rng.randrange(1 << 30),
        ))
    return out


def pad(s: str, width: int) -> str:
    """Pad to a display width (full-width characters count 2), as people do in plain text."""
    w = sum(2 if ord(c) > 0x2E7F else 1 for c in s)
    return s + " " * max(width - w, 1)


def hankana(s: str) -> str:
    """Full-width katakana to half-width, as bank systems print 口座名義."""
    table = {
        "ア": "ｱ", "イ": "ｲ", "ウ": "ｳ", "エ": "ｴ", "オ": "ｵ", "カ": "ｶ", "キ": "ｷ", "ク": "ｸ", "ケ": "ｹ",
        "コ": "ｺ", "サ": "ｻ", "シ": "ｼ", "ス": "ｽ", "セ": "ｾ", "ソ": "ｿ", "タ": "ﾀ", "チ": "ﾁ", "ツ": "ﾂ",
        "テ": "ﾃ", "ト": "ﾄ", "ナ": "ﾅ", "ニ": "ﾆ", "ヌ": "ﾇ", "ネ": "ﾈ", "ノ": "ﾉ", "ハ": "ﾊ", "ヒ": "ﾋ",
        "フ": "ﾌ", "ヘ": "ﾍ", "ホ": "ﾎ", "マ": "ﾏ", "ミ": "ﾐ", "ム": "ﾑ", "メ": "ﾒ", "モ": "ﾓ", "ヤ": "ﾔ",
        "ユ": "ﾕ", "ヨ": "ﾖ", "ラ": "ﾗ", "リ": "ﾘ", "ル": "ﾙ", "レ": "ﾚ", "ロ": "ﾛ", "ワ": "ﾜ", "ヲ": "ｦ",
        "ン": "ﾝ", "ッ": "ｯ", "ャ": "ｬ", "ュ": "ｭ", "ョ": "ｮ", "ァ": "ｧ", "ィ": "ｨ", "ゥ": "ｩ", "ェ": "ｪ",
        "ォ": "ｫ", "ー": "ｰ", " ": " ", "ガ": "ｶﾞ", "ギ": "ｷﾞ", "グ": "ｸﾞ", "ゲ": "ｹﾞ", "ゴ": "ｺﾞ",
        "ザ": "ｻﾞ", "ジ": "ｼﾞ", "ズ": "ｽﾞ", "ゼ": "ｾﾞ", "ゾ": "ｿﾞ", "ダ": "ﾀﾞ", "ヂ": "ﾁﾞ", "ヅ": "ﾂﾞ",
        "デ": "ﾃﾞ", "ド": "ﾄﾞ", "バ": "ﾊﾞ", "ビ": "ﾋﾞ", "ブ": "ﾌﾞ", "ベ": "ﾍﾞ", "ボ": "ﾎﾞ", "パ": "ﾊﾟ",
        "ピ": "ﾋﾟ", "プ": "ﾌﾟ", "ペ": "ﾍﾟ", "ポ": "ﾎﾟ", "ヴ": "ｳﾞ",
    }
    return "".join(table.get(c, c) for c in s)


def yen(n: int) -> str:
    return f"{n:,}"


# senders (all internal)
USAMI = "宇佐美 奈緒 <n-usami@hinode-sangyo.co.jp>"          # 総務部 株式・IR課
HASEBE = "長谷部 俊介 <hasebe.s@hinode-sangyo.co.jp>"        # 経理財務部 財務課
KIRYU = "桐生 圭 <kei.kiryu@hinode-sangyo.co.jp>"            # 経営企画部 IR室
MAKABE = "真壁 朋子 <makabe@hinode-sangyo.co.jp>"            # 内部監査室
ONODERA = "小野寺 誠 <onodera.m@hinode-sangyo.co.jp>"        # 経理財務部 経理課
MAKINO = "槙野 亜希 <makino-a@hinode-sangyo.co.jp>"          # 総務部 (持株会事務局)
AMOU = "天羽 隆之 <amou.t@hinode-sangyo.co.jp>"              # 法務・コンプライアンス室 (取締役会事務局)
KATSURAGI = "Mina Katsuragi <m.katsuragi@hinode-sangyo.co.jp>"  # Global Finance
ASHIDA = "芦田 健吾 <ashida@mail.hinode-sangyo.co.jp>"        # 財務課
YOSHIMI = "吉見 和也 <yoshimi.k@hinode-sangyo.co.jp>"        # 総務部

SIG_USAMI = """──────────────────────
日の出産業株式会社 総務部 株式・IR課
宇佐美 奈緒（うさみ なお）
〒104-0031 東京都中央区京橋2-8-5 日の出京橋ビル
TEL 03-5250-7810（代） / 内線 2315
──────────────────────"""

SIG_HASEBE = """--
日の出産業株式会社
経理財務部 財務課 課長　長谷部 俊介
TEL: 03-5250-7842  FAX: 03-5250-7849
Mail: hasebe.s@hinode-sangyo.co.jp"""

SIG_KIRYU = """****************************************
日の出産業株式会社 経営企画部 IR室
桐生 圭 / Kei Kiryu
〒104-0031 東京都中央区京橋2-8-5
TEL 03-5250-7866  ir@hinode-sangyo.co.jp
****************************************"""

SIG_MAKABE = """―――――――――――――――
日の出産業株式会社　内部監査室
真壁 朋子
内線 2901 / 03-5250-7901
―――――――――――――――"""

SIG_ONODERA = """========================================
 日の出産業株式会社 経理財務部 経理課
 小野寺 誠  Makoto Onodera
 TEL 03-5250-7845 (直通)
========================================"""

SIG_AMOU = """――――――――――――――――――――――
日の出産業株式会社
法務・コンプライアンス室（取締役会事務局）
天羽 隆之
〒104-0031 東京都中央区京橋2-8-5
TEL 03-5250-7880
――――――――――――――――――――――"""

SIG_KATSURAGI = """--
Mina Katsuragi
Global Finance, Hinode Sangyo Co., Ltd.
2-8-5 Kyobashi, Chuo-ku, Tokyo 104-0031, Japan
Tel +81-3-5250-7851"""

SIG_ASHIDA = """芦田 健吾
日の出産業(株) 経理財務部 財務課
03-5250-7843"""

SIG_MAKINO = """+++++++++++++++++++++++++++++++
日の出産業従業員持株会 事務局
（総務部 厚生グループ）槙野 亜希
TEL 03-5250-7822 内線2240
+++++++++++++++++++++++++++++++"""

SIG_YOSHIMI = """-----
総務部 吉見 和也
日の出産業株式会社 TEL 03-5250-7820"""

DISCLAIMER_JA = """
本メールおよび添付ファイルには、機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。
本メールの無断転載・複製・転送を禁じます。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use, disclosure or copying is prohibited."""

MESSAGES: list[dict] = []

# ======================================================================================
# fin-001 … fin-020
# ======================================================================================

_p = people(1, 8, born=(1932, 1975))
_rows = "\n".join(
    pad(f"{30000 + i * 137 + 12:08d}", 11) + pad(p["name_fs"], 18) + pad(p["zip"], 10)
    + pad(p["addr"] + p["bldg"], 58) + f"{p['shares']:>7,}"
    for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fin-001",
    sender=USAMI,
    to=["東邦信託銀行 証券代行部 望月様 <mochizuki.r@toho-shintaku.co.jp>"],
    subject="招集通知 返戻分の株主名簿照合のお願い（8名）",
    charset="iso-2022-jp",
    body=f"""東邦信託銀行
証券代行部 株主名簿管理課
望月 様

いつも大変お世話になっております。
日の出産業 株式・IR課の宇佐美でございます。

先日発送いたしました第78回定時株主総会招集通知のうち、
「宛所に尋ねあたりません」で返戻された8通について、
当社控えの株主名簿（6月末基準）の登録内容を下記に抜き出しました。
貴行の最新データと相違がないかご確認いただけますでしょうか。

株主番号   氏名              〒        住所                                                        株式数
---------------------------------------------------------------------------------------------------------------
{_rows}
---------------------------------------------------------------------------------------------------------------

相違があるものについては、貴行側の登録に合わせて再送いたします。
お忙しいところ恐縮ですが、来週水曜までにご回答いただけますと幸いです。

{SIG_USAMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="8 individual shareholders (name, 〒, home address, shares) in a space-padded table to the transfer agent",
))

_p = people(2, 12, born=(1940, 1990))
_csv = [["株主番号", "株主名", "フリガナ", "金融機関", "支店", "種目", "口座番号", "口座名義", "所有株式数", "配当金額(円)", "源泉税(円)"]]
for i, p in enumerate(_p):
    gross = p["shares"] * 42
    _csv.append([f"A{10452 + i * 31:06d}", p["name"], p["kana"], p["bank"], p["branch"], p["kind"],
                 p["acct"], hankana(p["holder"]), str(p["shares"]), str(gross), str(int(gross * 0.20315))])
MESSAGES.append(dict(
    id="fin-002",
    sender=ASHIDA,
    to=["みどり銀行 証券代行事務センター <daiko-jimu@midori-ginko.co.jp>"],
    subject="期末配当 振込指定先の追加分（12件）",
    charset="cp932",
    body=f"""みどり銀行 証券代行事務センター
ご担当者様

お世話になっております。日の出産業の芦田です。

第78期期末配当（基準日3月31日、効力発生日6月26日）につきまして、
振込指定の届出が遅れて当社に直接届いた12件分を添付のとおりまとめました。
既存データへの追加登録をお願いいたします。

添付：追加振込指定_12件.csv（CP932）

よろしくお願いいたします。

{SIG_ASHIDA}
""",
    attachments=[{"kind": "csv", "name": "追加振込指定_12件.csv", "rows": _csv, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="12 shareholders' names with their bank accounts (dividend payee list) in a CP932 CSV to the paying bank",
))

_p = people(3, 9, born=(1966, 1992))
_depts = ["営業本部", "生産技術部", "経営企画部", "情報システム部", "海外事業部", "品質保証部", "経理財務部", "研究開発センター", "人事部"]
_titles = ["部長", "部長", "室長", "次長", "課長", "課長", "課長", "主任研究員", "課長"]
_sheet = [["第9回新株予約権（2026年8月発行）割当対象者一覧", "", "", "", "", "", "", ""],
          ["", "", "", "", "", "", "", ""],
          ["No.", "社員番号", "氏名", "Name", "所属", "役職", "生年月日", "割当個数"]]
for i, p in enumerate(_p):
    _sheet.append([i + 1, p["emp"], p["name"], p["romaji_jp"], _depts[i], _titles[i],
                   seireki(p["dob"], "slash"), [30, 30, 25, 20, 15, 15, 15, 10, 10][i]])
MESSAGES.append(dict(
    id="fin-003",
    sender=USAMI,
    to=["一ツ橋証券 ストックオプション管理デスク <so-desk@hitotsubashi-sec.co.jp>"],
    cc=["長谷部 俊介 <hasebe.s@hinode-sangyo.co.jp>"],
    subject="第9回新株予約権 割当対象者データ送付",
    charset="utf-8",
    body=f"""一ツ橋証券株式会社
ストックオプション管理デスク 御中

いつもお世話になっております。
日の出産業株式会社の宇佐美です。

8月1日の取締役会で決議された第9回新株予約権について、
割当対象者9名のデータを添付いたします。権利行使口座の開設案内の送付準備にお使いください。

・割当日：2026年8月18日
・割当個数合計：170個（1個あたり100株）
・行使価額：1株あたり2,318円

ご不明点があればご連絡ください。

{SIG_USAMI}
""",
    attachments=[{"kind": "xlsx", "name": "第9回SO_割当対象者.xlsx",
                  "sheets": {"対象者": _sheet, "集計": [["区分", "人数", "個数"], ["部長級", 3, 85], ["課長級", 6, 85], ["計", 9, 170]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="stock option grantees: 9 employees with employee no., name, date of birth in an XLSX (title row above header) to the securities firm",
))

_p = people(4, 3, born=(1985, 2003))
_lines = "\n".join(
    f"{88310 + i}\t{p['name0']}\t{p['kana']}\t{wareki(p['dob'], 'letter')}\t{my_number(400 + i)}\t{[5, 10, 3][i]}口"
    for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fin-004",
    sender=MAKINO,
    to=["ほしぞら証券 持株会センター <mochikabu-center@hoshizora-sec.co.jp>"],
    subject="【日の出産業従業員持株会】9月度 新規入会者3名",
    charset="iso-2022-jp",
    body=f"""ほしぞら証券株式会社 持株会センター
ご担当者様

お世話になっております。日の出産業従業員持株会事務局の槙野です。
9月度の新規入会者は3名です。入会申込書の内容を転記します。
（配当の非課税処理のため個人番号もあわせてお送りします）

会員番号\t氏名\tフリガナ\t生年月日\t個人番号\t拠出口数
{_lines}

原本は本日レターパックで発送いたしました。
ご確認のほどよろしくお願いいたします。

{SIG_MAKINO}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="three new ESOP members with their My Numbers (tab-separated) to the securities firm: any My Number stops",
))

_p = people(5, 16, born=(1962, 2002))
_sheet = [["会員番号", "社員番号", "氏名", "生年月日", "個人番号", "拠出口数", "奨励金率", "入会日"]]
for i, p in enumerate(_p):
    _sheet.append([f"{87001 + i * 7}", p["emp"], p["name"], wareki(p["dob"], "kanji"), my_number(500 + i),
                   [3, 5, 10, 2, 5, 20, 1, 5, 10, 3, 8, 5, 2, 10, 5, 4][i], "10%",
                   seireki(_dt.date(2010 + i % 15, (i % 12) + 1, 1), "slash1")])
MESSAGES.append(dict(
    id="fin-005",
    sender=MAKINO,
    to=["小野寺 誠 <onodera.m@hinode-sangyo.co.jp>", "給与チーム <payroll@hinode-sangyo.co.jp>"],
    subject="持株会 会員台帳（9月控除分）",
    charset="cp932",
    body=f"""小野寺さん、給与チームの皆さま

お疲れさまです。持株会事務局の槙野です。
9月給与から控除する会員台帳を添付します（会員16名、個人番号列あり）。
個人番号列は年末の支払調書作成用ですので、給与システムには取り込まないでください。
共有フォルダ（\\\\fs01\\総務\\持株会\\2026）にも同じものを置いています。

{SIG_MAKINO}
""",
    attachments=[{"kind": "xlsx", "name": "持株会会員台帳_202609.xlsx", "sheets": {"会員台帳": _sheet}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=[],
    note="ESOP member ledger with My Numbers, but every recipient is internal",
))

_g = people(6, 1, born=(1958, 1962))[0]
_lic = license_number(6)
MESSAGES.append(dict(
    id="fin-006",
    sender=HASEBE,
    to=["みどり銀行 法人融資部 岩城様 <iwaki.t@midori-ginko.co.jp>"],
    subject="設備資金借入れ 連帯保証人届出書（ご確認用）",
    charset="utf-8",
    body=f"""みどり銀行 法人融資部
岩城 様

いつもお世話になっております。日の出産業の長谷部です。

ご依頼のありました連帯保証人届出書を、記入済みの状態で添付いたします。
押印済みの原本と印鑑証明書は、来週月曜のご来社時にお渡しいたします。
記載内容に不足がございましたらご指摘ください。

{SIG_HASEBE}
""",
    attachments=[{"kind": "docx", "name": "連帯保証人届出書_日の出産業.docx",
                  "paragraphs": ["連帯保証人届出書", "株式会社みどり銀行 御中",
                                 "主たる債務者　日の出産業株式会社（東京都中央区京橋2-8-5）",
                                 "下記の者が、令和8年8月締結予定の金銭消費貸借契約（設備資金 4億5,000万円）に係る連帯保証人となることを届け出ます。"],
                  "tables": [[["項目", "内容"],
                              ["氏名", _g["name"]],
                              ["フリガナ", _g["kana"]],
                              ["生年月日", wareki(_g["dob"], "kanji")],
                              ["住所", f"〒{_g['zip']} {_g['addr']}"],
                              ["電話（自宅）", _g["land"]],
                              ["本人確認書類", f"運転免許証　第{_lic}号"],
                              ["主債務者との関係", "代表取締役会長"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="loan guarantor form (one person) with a driving licence number and home address in a DOCX to the bank",
))

MESSAGES.append(dict(
    id="fin-007",
    sender=YOSHIMI,
    to=["錦印刷 制作部 中條様 <chujo@nishiki-insatsu.co.jp>"],
    subject="会社案内2027年版 グループ役員一覧の差し替え原稿",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社 制作部
中條 様

お世話になっております。日の出産業 総務部の吉見です。
会社案内のP.18「グループ会社と経営陣」の原稿を、7月の役員改選を反映して差し替えます。

■日の出産業株式会社
　・代表取締役社長　　三雲 正隆
　・取締役副社長　　　奈良橋 宏
　・常務取締役　　　　木佐貫 由紀子
　・社外取締役　　　　ハリス 恵美
■日の出ロジスティクス株式会社
　・代表取締役社長　　千本木 義則
　・取締役　　　　　　戸来 拓実
■日の出テクノサービス株式会社
　・代表取締役社長　　蒲生 亮介
■HINODE SANGYO (THAILAND) CO., LTD.
　・Managing Director　Somchai Rattanakorn

肩書の表記（「代表取締役社長」の全角スペース等）は前年版に合わせてください。
色校は8月下旬で結構です。

{SIG_YOSHIMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="public list of group-company officers (names and titles only) to the printer for the company brochure",
))

_p = people(8, 9, born=(1948, 1972))
_roles = ["代表取締役社長", "取締役副社長", "常務取締役", "取締役", "取締役", "社外取締役", "社外取締役", "常勤監査役", "社外監査役"]
_tbl = [["役職名", "氏名", "生年月日", "略歴", "任期", "所有株式数(千株)"]]
for i, p in enumerate(_p):
    _tbl.append([_roles[i], p["name"], wareki(p["dob"], "kanji") + "生", f"{1975 + i * 2}年4月 当社入社 …", "(注)3", str(p["shares"] // 10)])
MESSAGES.append(dict(
    id="fin-008",
    sender=AMOU,
    to=["ディスクロ印刷 開示支援部 <kaiji-support@disclo-print.co.jp>"],
    subject="有価証券報告書 「役員の状況」差替え原稿（第2校）",
    charset="utf-8",
    body=f"""ディスクロ印刷株式会社
開示支援部 ご担当者様

お世話になっております。日の出産業の天羽です。
有価証券報告書 第4【提出会社の状況】4(2)「役員の状況」の第2校を添付します。
新任の社外取締役2名の略歴と、所有株式数を更新しています。
EDINET提出は6月27日を予定しておりますので、組版のほどよろしくお願いいたします。

{SIG_AMOU}
""",
    attachments=[{"kind": "docx", "name": "役員の状況_第2校.docx",
                  "paragraphs": ["(2)【役員の状況】", "男性7名 女性2名 (役員のうち女性の比率22.2%)"],
                  "tables": [_tbl]}],
    expect="either",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="9 officers with dates of birth: a list of people, but the very text that is published in the annual securities report",
))

_p = people(9, 25, born=(1965, 2002))
_kamoku = ["旅費交通費", "会議費", "交際費", "消耗品費", "旅費交通費", "通信費", "交際費", "旅費交通費"]
_sheet = [["経費精算 サンプルテスト（母集団：2026年4月〜6月 承認済精算 4,812件／抽出25件）"], [],
          ["サンプルNo", "伝票番号", "申請日", "社員番号", "申請者", "所属", "勘定科目", "金額", "摘要", "承認者", "証憑"]]
for i, p in enumerate(_p):
    d = _dt.date(2026, 4 + i % 3, 1 + (i * 7) % 28)
    _sheet.append([f"S-{i + 1:02d}", f"EX26{40000 + i * 193}", seireki(d, "slash"), p["emp"], p["name"],
                   _depts[i % 9], _kamoku[i % 8], (i * 3917) % 48000 + 1200,
                   ["新幹線 東京-大阪", "取引先打合せ 昼食", "○○商事様 会食", "トナー", "タクシー",
                    "モバイルWi-Fi", "手土産", "出張宿泊"][i % 8], "課長", "有"])
MESSAGES.append(dict(
    id="fin-009",
    sender=MAKABE,
    to=["青嵐監査法人 桑原様 <kuwahara.t@seiran-kansa.jp>"],
    cc=["小野寺 誠 <onodera.m@hinode-sangyo.co.jp>"],
    subject="第1四半期レビュー 経費精算サンプル（25件）",
    charset="cp932",
    body=f"""青嵐監査法人
桑原様

いつもお世話になっております。日の出産業 内部監査室の真壁です。
ご依頼いただいた経費精算のサンプル抽出結果をお送りします。
抽出方法は前期と同じ（乱数表による無作為抽出）です。
証憑のPDFは共有ストレージにアップロードしますので、URLは別途ご連絡します。

{SIG_MAKABE}
""",
    attachments=[{"kind": "xlsx", "name": "Q1経費精算サンプル_25件.xlsx",
                  "sheets": {"サンプル": _sheet, "抽出方法": [["母集団", 4812], ["抽出数", 25], ["シード", 20260712]]}}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="audit working paper: 25 employees' expense claims (employee no., name, department, amounts) to the external auditor",
))

_p = people(10, 5, born=(1960, 1990))
_cards = "\n".join(
    f"（{i + 1}）{p['name']}（{['経営企画部', '営業本部', '海外事業部', '社長室', '購買部'][i]}）\n"
    f"　　カード番号：{' '.join(card_number(1000 + i)[j:j + 4] for j in range(0, 16, 4))}\n"
    f"　　7月利用額：{yen([184320, 62150, 411800, 96000, 23870][i])}円"
    for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fin-010",
    sender=ONODERA,
    to=["青嵐監査法人 堀切様 <horikiri@seiran-kansa.jp>"],
    subject="コーポレートカード 7月利用分の明細について",
    charset="iso-2022-jp",
    body=f"""青嵐監査法人
堀切様

お世話になっております。経理課の小野寺です。
コーポレートカードの利用明細について、カード会社のWeb明細から
使用者別に書き写したものを下記にお送りします。

{_cards}

利用明細の原本（カード会社発行PDF）は、往査の際にご覧ください。

{SIG_ONODERA}
""",
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="full corporate card numbers of five cardholders in the body to the auditor",
))

_sheet = [["銀行勘定調整表　2026年6月30日現在"], [],
          ["口座", "みどり銀行 本店営業部 当座 0481526 ﾋﾉﾃﾞｻﾝｷﾞｮｳ(ｶ"], [],
          ["項目", "金額（円）", "備考"],
          ["銀行残高証明書残高", 1284663210, ""],
          ["(加算) 未取付小切手", 3820000, "No.A1204 錦印刷株式会社 6/28振出"],
          ["(加算) 未取付小切手", 1155000, "No.A1207 青葉運輸株式会社 6/30振出"],
          ["(減算) 時間外預入", -2400000, "6/30 夜間金庫"],
          ["(減算) 未記帳 振込手数料", -4840, "7/1 銀行通知"],
          ["帳簿残高", 1287233370, "一致"]]
MESSAGES.append(dict(
    id="fin-011",
    sender=ONODERA,
    to=["青嵐監査法人 桑原様 <kuwahara.t@seiran-kansa.jp>"],
    subject="6月末 銀行勘定調整表のご送付",
    charset="utf-8",
    body=f"""桑原様

お世話になっております。日の出産業 経理課の小野寺です。
6月末の銀行勘定調整表（当座預金・みどり銀行本店営業部）を添付いたします。
未取付小切手2件は7月3日までに取付済みであることを確認しております。

{SIG_ONODERA}
""",
    attachments=[{"kind": "xlsx", "name": "銀行勘定調整表_202606.xlsx", "sheets": {"当座_みどり本店": _sheet}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="bank reconciliation of the company's own current account (business account, payees are companies)",
))

MESSAGES.append(dict(
    id="fin-012",
    sender=ASHIDA,
    to=["Hinode Vietnam 経理 Nguyen様 <nguyen.thu@hinode-vn.com.vn>"],
    cc=["HINODE THAILAND Accounting <account@hinode-th.co.th>"],
    subject="8月末 換算レートのご連絡（連結パッケージ用）",
    charset="cp932",
    body=f"""Nguyen様
（CC: タイ子会社 経理ご担当各位）

お疲れさまです。本社財務課の芦田です。
8月末の連結パッケージで使用する換算レートをお知らせします。

　通貨　　期末日レート(TTM)　　期中平均レート
　──────────────────────────
　USD　　　　146.82　　　　　　　148.15
　THB　　　　　4.31　　　　　　　　 4.27
　VND(100)　　 0.5612　　　　　　　 0.5680
　EUR　　　　159.40　　　　　　　160.02
　CNY　　　　 20.44　　　　　　　 20.61

※みどり銀行公表のTTMを使用しています。
※パッケージ提出期限：9月8日（月）17:00（日本時間）

よろしくお願いします。

{SIG_ASHIDA}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="FX rate table to two overseas subsidiaries (two external domains, no personal data)",
))

MESSAGES.append(dict(
    id="fin-013",
    sender=AMOU,
    to=["白川法律事務所 白川先生 <k.shirakawa@shirakawa-law.jp>"],
    cc=["白川法律事務所 秘書 <secretary@shirakawa-law.jp>"],
    subject="8月度臨時取締役会 議事録案のご確認",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川 先生

平素より大変お世話になっております。日の出産業の天羽でございます。

8月22日開催の臨時取締役会の議事録案を添付いたします。
第2号議案（資本業務提携の件）の記載について、
特に「特別利害関係を有する取締役」の扱いの書きぶりをご確認いただけますと幸いです。

ご多用のところ恐れ入りますが、9月2日頃までにコメントを頂戴できれば助かります。

{SIG_AMOU}
""",
    attachments=[{"kind": "docx", "name": "20260822_臨時取締役会議事録案.docx",
                  "page_header": "極秘",
                  "paragraphs": ["臨時取締役会議事録",
                                 "1. 日時　2026年8月22日（土）午前10時00分",
                                 "2. 場所　当社本店 第1会議室",
                                 "3. 出席取締役 7名（全員）、出席監査役 3名（全員）",
                                 "第1号議案　短期借入枠の設定の件 … 原案どおり承認可決",
                                 "第2号議案　北辰化成株式会社との資本業務提携の件 … 取締役奈良橋宏は特別利害関係人として決議に参加せず",
                                 "以上の決議を明確にするため本議事録を作成し、出席取締役及び監査役が記名押印する。"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="board minutes whose DOCX page header is stamped 極秘, to the (partner) law firm; the mail itself says nothing",
))

MESSAGES.append(dict(
    id="fin-014",
    sender=AMOU,
    to=["三ツ木司法書士事務所 <office@mitsugi-shihou.jp>"],
    subject="代表取締役の異動登記 添付書類（議事録）",
    charset="utf-8",
    body=f"""三ツ木先生

お世話になっております。日の出産業の天羽です。
先日ご相談した代表取締役の異動登記について、取締役会議事録のWordファイルをお送りします。
就任承諾書と印鑑証明書は本日発送しました。

登記申請のご準備をよろしくお願いいたします。

{SIG_AMOU}
""",
    attachments=[{"kind": "docx", "name": "取締役会議事録_20260905.docx",
                  "title": "【極秘】第3回臨時取締役会議事録",
                  "paragraphs": ["取締役会議事録",
                                 "2026年9月5日午後3時より当社本店会議室において取締役会を開催した。",
                                 "議案　代表取締役選定の件",
                                 "議長は、代表取締役三雲正隆より辞任の申出があった旨を報告し、後任の代表取締役の選定を諮ったところ、"
                                 "全員一致をもって取締役奈良橋宏を代表取締役に選定した。被選定者は即時就任を承諾した。"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="board minutes whose DOCX title property is 【極秘】…, sent to the judicial scrivener",
))

MESSAGES.append(dict(
    id="fin-015",
    sender=KIRYU,
    to=["丸の内証券 調査部 石動様 <isurugi@marunouchi-sec.co.jp>",
        "関東キャピタル 田部井様 <tabei.h@kanto-capital.jp>",
        "Orbis Research <jp-coverage@orbisresearch.com>",
        "みなと投信 運用部 <fm-team@minato-am.co.jp>",
        "北斗証券 リサーチ <research@hokuto-sec.co.jp>"],
    subject="【日の出産業】2027年3月期 第1四半期決算説明会のご案内",
    charset="iso-2022-jp",
    body=f"""アナリスト・機関投資家の皆さま

平素より当社IR活動にご理解を賜り、誠にありがとうございます。
日の出産業株式会社 IR室の桐生でございます。

2027年3月期 第1四半期の決算説明会を下記のとおり開催いたします。

　日時：2026年8月7日（金）16:00〜17:00
　形式：オンライン（Zoomウェビナー）
　説明者：代表取締役社長 三雲 正隆、取締役CFO 木佐貫 由紀子

参加をご希望の方は、8月5日（水）までに本メールにご返信ください。
接続URLは前日にお送りいたします。

{SIG_KIRYU}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="IR invitation with five analysts of five firms in To: they can see each other (should have been Bcc)",
))

MESSAGES.append(dict(
    id="fin-016",
    sender=KIRYU,
    to=["日の出産業 IR室 <ir@hinode-sangyo.co.jp>"],
    bcc=["isurugi@marunouchi-sec.co.jp", "tabei.h@kanto-capital.jp", "jp-coverage@orbisresearch.com",
         "fm-team@minato-am.co.jp", "research@hokuto-sec.co.jp", "yamabuki@keizai-shinpo.co.jp"],
    subject="【日の出産業】決算説明会 資料掲載のお知らせ",
    charset="iso-2022-jp",
    body=f"""関係者各位
（本メールはBCCにて一斉送信しております）

いつも大変お世話になっております。日の出産業 IR室でございます。

本日開催いたしました2027年3月期 第1四半期決算説明会の資料および
質疑応答要旨を、当社IRサイトに掲載いたしました。

　https://www.hinode-sangyo.co.jp/ir/library/

次回の第2四半期決算発表は11月7日を予定しております。
引き続きよろしくお願い申し上げます。

{SIG_KIRYU}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="IR notice to analysts and a journalist correctly in Bcc; To is internal",
))

MESSAGES.append(dict(
    id="fin-017",
    sender=ASHIDA,
    to=["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.jp>"],
    subject="外国送金依頼書の件（9月分）",
    charset="cp932",
    body=f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業の芦田です。
9月分の外国送金について、依頼書を本日中にインターネットバンキングで登録いたします。

　送金先：HINODE SANGYO (THAILAND) CO., LTD.
　金額　：USD 380,000.00
　送金日：9月12日（金）

承認後、送金番号をお知らせいただけますと助かります。

{SIG_ASHIDA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain midori-ginko.jp drops the co. of the partner bank midori-ginko.co.jp",
))

MESSAGES.append(dict(
    id="fin-018",
    sender=AMOU,
    to=["白川法律事務所 久我先生 <kuga@shirakawa-law.co.jp>"],
    subject="定時株主総会 想定問答集（案）のご確認のお願い",
    charset="utf-8",
    body=f"""久我先生

お世話になっております。日の出産業の天羽です。
今年の定時株主総会の想定問答集（案）がまとまりましたので、
会社法上の説明義務の範囲に照らして問題がないかご確認をお願いできますでしょうか。

特にQ14（政策保有株式の縮減方針）とQ22（役員報酬の決定方針）について
ご意見をいただきたく存じます。

資料はいつものファイル共有サービスにアップロードしました。

{SIG_AMOU}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp is another TLD of the partner law firm shirakawa-law.jp",
))

_p = people(19, 6, born=(1935, 1970))
_quoted = "\n".join(
    f"> {p['name']}様　〒{p['zip']} {p['addr']}{p['bldg']}　（{p['shares']:,}株）" for p in _p)
MESSAGES.append(dict(
    id="fin-019",
    sender=USAMI,
    to=["東邦信託銀行 望月様 <mochizuki.r@toho-shintaku.co.jp>"],
    subject="Re: 返戻分の照合結果",
    charset="iso-2022-jp",
    body=f"""望月様

ご確認ありがとうございます。
6名とも住所変更届が未提出とのこと、承知いたしました。
当社からは再送せず、貴行から住所確認のご案内を送っていただく方向で結構です。

宇佐美

2026/07/14 11:02、望月 亮 <mochizuki.r@toho-shintaku.co.jp> のメール:
> 日の出産業 宇佐美様
>
> お世話になっております。東邦信託銀行の望月です。
> ご照会の8名のうち、以下6名は当方データも同一住所でした。
>
{_quoted}
>
> 残り2名は6月中に住所変更済みでしたので、新住所で再送をお願いします。
> 望月
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the shareholder list is only in the quoted text of the transfer agent's own mail; new text has no personal data",
))

_p = people(20, 12, born=(1965, 1998))
_csv = [["Sample", "Claim ID", "Employee ID", "Employee name", "Date", "Category", "Amount (JPY)", "Reimbursed to (bank / branch / type / account / holder)"]]
for i, p in enumerate(_p):
    _csv.append([str(i + 1), f"TH-EXP-{7100 + i * 17}", p["emp"], p["romaji"],
                 seireki(_dt.date(2026, 5 + i % 2, 2 + i * 2), "dash"),
                 ["Travel", "Per diem", "Entertainment", "Travel", "Hotel", "Visa fee"][i % 6],
                 str(18000 + (i * 7771) % 90000),
                 f"{p['bank']} {p['branch']} {p['kind']} {p['acct']} {hankana(p['holder'])}"])
MESSAGES.append(dict(
    id="fin-020",
    sender=KATSURAGI,
    to=["Tan Wei Ling <tan.weiling@brightwater-assurance.com.sg>"],
    subject="Hinode Thailand audit - secondee expense claims (sample of 12)",
    charset="utf-8",
    body=f"""Dear Wei Ling,

Thank you for your time on the call yesterday.

As requested, please find attached the 12 expense claims you selected from the
population of claims filed by Japanese secondees to Hinode Thailand between May and June.
The file shows, for each claim, the employee, the amount and the Japanese bank account
the reimbursement was paid into, so that you can agree it to the payment run.

Please let me know if you need the receipts as well.

Best regards,
{SIG_KATSURAGI}
{DISCLAIMER_EN}
""",
    attachments=[{"kind": "csv", "name": "secondee_expense_sample.csv", "rows": _csv, "encoding": "utf-8"}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="English mail to an overseas auditor with 12 employees' names and personal bank accounts in a CSV",
))

# ======================================================================================
# fin-021 … fin-040
# ======================================================================================

MESSAGES.append(dict(
    id="fin-021",
    sender=KATSURAGI,
    to=["James Whitcombe <j.whitcombe@marlowefinch.com>"],
    subject="RE: Group audit instructions FY2026 - timetable",
    charset="utf-8",
    body=f"""Dear James,

Thank you for sending the draft group audit instructions.
We have reviewed the timetable and can confirm the following dates on our side:

  - Reporting package (Hinode Sangyo UK Ltd.):   8 May 2027
  - Consolidation schedules to Tokyo:             15 May 2027
  - Component auditor clearance memo:             22 May 2027
  - Board approval of the annual report:          26 May 2027

The only item we would like to move is the inventory observation at the Coventry
warehouse: could it take place on 31 March rather than 1 April (a Thursday)?

Kind regards,
{SIG_KATSURAGI}
{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English mail with the overseas auditor about dates; the only 'confidential' is the standard disclaimer",
))

_p = people(22, 6, born=(1930, 1965))
_bul = "\n\n".join(
    f"・株主番号{fw(str(41233 + i * 58), iso=True)}　{p['name_fs']}様\n"
    f"　　旧：{p['addr']}\n"
    f"　　新：〒{fw(_ADDR[(i * 7) % 30][0], iso=True)}　{_ADDR[(i * 7) % 30][1]}{_ADDR[(i * 7) % 30][2]}{_ADDR[(i * 7) % 30][3]}{fw(str(i + 2), iso=True)}−{fw(str(10 + i * 3), iso=True)}\n"
    f"　　連絡先：{fw(p['land'], iso=True) if i % 2 else p['mob']}"
    for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fin-022",
    sender=USAMI,
    to=["東邦信託銀行 証券代行部 <daiko-henko@toho-shintaku.co.jp>"],
    subject="当社に直接届いた住所変更届（6件）の転送",
    charset="iso-2022-jp",
    body=f"""東邦信託銀行 証券代行部
住所変更ご担当 各位

お世話になっております。日の出産業の宇佐美です。
株主さまから当社宛に直接郵送された住所変更届が6件ありましたので、
内容を書き起こしてお送りします。原本は後日まとめて簡易書留で送付します。

{_bul}

以上、名簿への反映をよろしくお願いいたします。

{SIG_USAMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six shareholders' old/new home addresses and phones as 「・」 bullets (full-width digits) to the transfer agent",
))

_p = people(23, 7, born=(1928, 1960))
_trs = "\n".join(
    f"<tr><td>{p['name']}</td><td>{p['zip']}</td><td>{p['addr']}{p['bldg']}</td>"
    f"<td style='text-align:right'>{yen(p['shares'] * 38)}</td><td>第{74 + i % 3}期期末</td><td>{2029 + i % 3}/06/{24 + i % 3}</td></tr>"
    for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fin-023",
    sender=USAMI,
    to=["東邦信託銀行 配当金係 <haito@toho-shintaku.co.jp>"],
    subject="未受領配当金のご案内 再送対象（7名）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>東邦信託銀行 配当金係 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の宇佐美です。<br>
除斥期間が近い未受領配当金について、再案内の対象者を下表のとおり決定しました。<br>
案内状の発送手配をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>株主名</th><th>〒</th><th>住所</th><th>未受領額(円)</th><th>対象配当</th><th>除斥期限</th></tr>
{_trs}
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 総務部 株式・IR課<br>宇佐美 奈緒<br>TEL 03-5250-7810</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail: table of 7 shareholders with home addresses and unclaimed dividend amounts",
))

_p = people(24, 15, born=(1940, 1990))
_sheet = [["2026年度 株主優待 お米ギフト 発送リスト（第1便）"], ["基準日：2026年3月31日　100株以上保有の株主さま"], [],
          ["No", "株主番号", "お名前", "郵便番号", "ご住所", "電話番号", "コース", "備考"]]
for i, p in enumerate(_p):
    _sheet.append([i + 1, f"{52000 + i * 211}", p["name"] + " 様", "〒" + p["zip"], p["addr"] + p["bldg"],
                   p["land"] if i % 3 else p["mob"], ["A（2kg）", "B（5kg）", "C（10kg）"][i % 3],
                   "不在時宅配ボックス可" if i % 5 == 2 else ""])
MESSAGES.append(dict(
    id="fin-024",
    sender=USAMI,
    to=["北国フーズ ギフト事業部 <gift-order@kitaguni-foods.co.jp>"],
    subject="株主優待ギフト 発送リスト（第1便15件）",
    charset="cp932",
    body=f"""北国フーズ株式会社 ギフト事業部
ご担当　工藤様

いつもお世話になっております。日の出産業 株式・IR課の宇佐美です。

今年度の株主優待（北海道産ゆめぴりか）の第1便、15件分の発送リストを添付します。
お届け日指定はございませんので、10月上旬の新米入荷後に順次発送をお願いいたします。
第2便（約1,200件）は来週、東邦信託銀行さまから直接データが届く予定です。

よろしくお願いいたします。

{SIG_USAMI}
""",
    attachments=[{"kind": "xlsx", "name": "株主優待発送リスト_第1便.xlsx", "sheets": {"第1便": _sheet}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="15 shareholders' names, home addresses and phones in an XLSX to the (partner) gift supplier",
))

_p = people(25, 6, born=(1960, 1999))
_tbl = [["会員番号", "氏名", "退会日", "退会事由", "精算方法", "振込先"]]
for i, p in enumerate(_p):
    _tbl.append([f"{86400 + i * 13}", p["name"], f"2026/08/{10 + i * 3}", ["退職", "退職", "自己都合", "退職", "定年", "自己都合"][i],
                 "単元未満株 現金精算" if i % 2 else "株式引出し＋端数精算",
                 f"{p['bank']} {p['branch']} {p['kind']} {p['acct']}"])
MESSAGES.append(dict(
    id="fin-025",
    sender=MAKINO,
    to=["ほしぞら証券 持株会センター 鶴見様 <tsurumi@hoshizora-sec.co.jp>"],
    subject="8月度 退会者精算依頼書（PDF）",
    charset="iso-2022-jp",
    body=f"""ほしぞら証券 持株会センター
鶴見様

お世話になっております。日の出産業従業員持株会の槙野です。
8月度の退会者6名分の精算依頼書をPDFでお送りします。
振込先はいずれも本人名義の口座です。

ご処理のほどよろしくお願いいたします。

{SIG_MAKINO}
""",
    attachments=[{"kind": "pdf", "name": "退会精算依頼_202608.pdf",
                  "lines": ["日の出産業従業員持株会　退会者精算依頼書（2026年8月度）", "", "ほしぞら証券株式会社 御中", ""],
                  "table": _tbl, "page_footer": "日の出産業従業員持株会 事務局"}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six ESOP leavers with their personal bank accounts in a PDF table to the securities firm",
))

_p = people(26, 5, born=(1963, 1985))
_tbl = [["行使者氏名", "生年月日", "住所", "行使個数", "払込金額（円）", "払込元口座"]]
for i, p in enumerate(_p):
    _tbl.append([p["name"], wareki(p["dob"], "pad"), p["addr"], str([10, 5, 8, 3, 12][i]),
                 yen([10, 5, 8, 3, 12][i] * 100 * 1480), f"{p['bank']}／{p['branch']}／{p['kind']}／{p['acct']}"])
MESSAGES.append(dict(
    id="fin-026",
    sender=HASEBE,
    to=["一ツ橋証券 SO管理デスク <so-desk@hitotsubashi-sec.co.jp>"],
    subject="第6回新株予約権 権利行使の取りまとめ（9月受付分）",
    charset="utf-8",
    body=f"""一ツ橋証券 SO管理デスク ご担当者様

お世話になっております。日の出産業 財務課の長谷部です。
9月受付分の第6回新株予約権の行使請求について、一覧を添付いたします。
払込金は各人の口座から当社払込取扱口座（みどり銀行本店営業部）へ振込済みです。

新株の記録は9月30日付でお願いいたします。

{SIG_HASEBE}
""",
    attachments=[{"kind": "docx", "name": "第6回SO_行使者一覧_9月.docx",
                  "paragraphs": ["第6回新株予約権 行使者一覧（2026年9月受付）", "行使価額：1株あたり1,480円"],
                  "tables": [_tbl]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="five option holders exercising: DOB (和暦), home address and bank account in a DOCX table",
))

_p = people(27, 8, born=(1968, 2000))
_rows = [["給与サンプル（2026年6月支給分）"], ["社員番号", "氏名", "等級", "基本給", "諸手当", "総支給額", "控除計", "差引支給額", "振込銀行", "支店", "口座番号"]]
for i, p in enumerate(_p):
    base = 228000 + i * 31500
    allow = 18000 + (i * 4100) % 40000
    ded = int((base + allow) * 0.215)
    _rows.append([p["emp"], p["name"], f"G{3 + i % 4}", base, allow, base + allow, ded, base + allow - ded, p["bank"], p["branch"], p["acct"]])
MESSAGES.append(dict(
    id="fin-027",
    sender=ONODERA,
    to=["青嵐監査法人 堀切様 <horikiri@seiran-kansa.jp>"],
    subject="人件費テスト用 給与サンプル8名分",
    charset="cp932",
    body=f"""堀切様

お世話になっております。経理課の小野寺です。
人件費の実証手続用にご指定の8名分、6月支給の給与データを抜き出しました。
給与システムの出力形式の関係で .xls になっております。ご容赦ください。

{SIG_ONODERA}
""",
    attachments=[{"kind": "xls", "name": "給与サンプル_202606.xls", "sheets": {"サンプル": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="8 employees' salaries and salary bank accounts in a legacy .xls to the auditor",
))

_p = people(28, 6, born=(1970, 1998))
_stations = ["JR武蔵野線 新松戸", "東急東横線 日吉", "京王線 調布", "JR京浜東北線 浦和", "小田急線 登戸", "西武池袋線 所沢"]
_homes = ["千葉県松戸市新松戸4-112-3 コーポ松風103", "東京都大田区田園調布2-31-7",
          "東京都調布市布田1丁目12番4号", "埼玉県さいたま市浦和区高砂3-8-21",
          "神奈川県川崎市多摩区登戸2714-5 サンハイム202", "埼玉県所沢市緑町2-5-18"]
for _h, _q in zip(_homes, _p):
    _q["addr"] = _h
_blocks = "\n\n".join(
    f"【サンプル{n}】伝票 TR-2026-{3300 + n * 41}\n"
    f"　申請者：{p['name']}（社員番号 {p['emp']}）\n"
    f"　届出住所：{p['addr']}\n"
    f"　最寄駅：{_stations[i]}　定期代（6か月）{yen(52000 + i * 9870)}円\n"
    f"　所見：{['経路は最短、問題なし', '届出住所と最寄駅が整合しない（要確認）', '問題なし', '定期区間が通勤経路より長い', '問題なし', '転居届の提出日が支給後'][i]}"
    for i, (n, p) in enumerate(zip([3, 7, 11, 14, 19, 22], _p)))
MESSAGES.append(dict(
    id="fin-028",
    sender=MAKABE,
    to=["青嵐監査法人 桑原様 <kuwahara.t@seiran-kansa.jp>", "青嵐監査法人 堀切様 <horikiri@seiran-kansa.jp>"],
    subject="通勤手当の検証結果（内部監査）の共有",
    charset="iso-2022-jp",
    body=f"""桑原様、堀切様

お世話になっております。内部監査室の真壁です。
先日お話しした通勤手当の内部監査について、指摘のあったサンプルを含めて
検証結果を共有いたします（全24件中、所見のある6件を含む抜粋）。

{_blocks}

最終報告書は10月の監査役会後にお渡しする予定です。

{SIG_MAKABE}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one block per employee: name, employee no., home address, commute findings for six people to the auditor",
))

_p = people(29, 30, born=(1935, 1995))
_csv = [["株主番号", "郵便番号", "住所１", "住所２", "電話番号", "所有株式数"]]
for i, p in enumerate(_p):
    _csv.append([f"{60001 + i * 97}", p["zip"], p["pref"] + p["city"] + p["town"], p["banchi"] + p["bldg"],
                 p["land"] if i % 4 else "", str(p["shares"])])
MESSAGES.append(dict(
    id="fin-029",
    sender=USAMI,
    to=["錦印刷 データ制作課 <data-seisaku@nishiki-insatsu.co.jp>"],
    subject="決議通知 宛名データ（住所更新分のみ）",
    charset="utf-8",
    body="""錦印刷株式会社 データ制作課 御中

お世話になっております。日の出産業の宇佐美です。
決議通知の宛名データのうち、住所が更新された30件分をお送りします。
お名前は先月お渡ししたマスタから変わっておりませんので、株主番号で突合してください。

よろしくお願いいたします。
宇佐美
""",
    attachments=[{"kind": "csv", "name": "宛名更新_住所のみ.csv", "rows": _csv, "encoding": "utf-8-sig"}],
    expect="stop",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="30 shareholders' home addresses and phones keyed by shareholder no., no name column (UTF-8 BOM CSV) to the printer",
))

_p = people(30, 40, born=(1930, 1998))
_csv = [["No.", "氏名", "〒", "住所", "株数"]] + [
    [str(i + 1), p["name0"], p["zip"], p["addr"] + p["bldg"], str(p["shares"])] for i, p in enumerate(_p)]
MESSAGES.append(dict(
    id="fin-030",
    sender=USAMI,
    to=["錦印刷 中條様 <chujo@nishiki-insatsu.co.jp>"],
    subject="株主通信 秋号 発送データ（単元未満株主分）",
    charset="cp932",
    body=f"""中條様

お世話になっております。宇佐美です。
株主通信 秋号のうち、単元未満株主40名分の発送データをZIPでお送りします。
（東邦信託銀行のデータには含まれない層のため、当社から直接お渡しします）

・発送データ_単元未満.csv
・作業指示書.txt

{SIG_USAMI}
""",
    attachments=[{"kind": "zip", "name": "株主通信秋号_単元未満.zip",
                  "files": [{"kind": "csv", "name": "発送データ_単元未満.csv", "rows": _csv, "encoding": "cp932"},
                            {"kind": "txt", "name": "作業指示書.txt", "encoding": "cp932",
                             "text": "封入物：株主通信秋号、アンケートはがき\n封筒：長3 窓付き\n発送日：10月15日"}]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="plain ZIP with a CSV of 40 shareholders' names and home addresses inside",
))

MESSAGES.append(dict(
    id="fin-031",
    sender=USAMI,
    to=["錦印刷 中條様 <chujo@nishiki-insatsu.co.jp>"],
    subject="【暗号化ZIP】招集通知 発送データ一式",
    charset="iso-2022-jp",
    body=f"""中條様

お世話になっております。宇佐美です。
招集通知の発送データ一式を暗号化ZIPにてお送りします。
パスワードは別メールでお知らせいたします。

{SIG_USAMI}
""",
    attachments=[{"kind": "zip", "name": "招集通知_発送データ.zip", "password": "Kb7#q2Lx",
                  "files": [{"kind": "csv", "name": "発送データ.csv", "encoding": "cp932",
                             "rows": [["株主番号", "氏名", "住所"]] + [[str(70000 + i), p["name"], p["addr"]] for i, p in enumerate(people(31, 20))]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the content cannot be inspected",
))

MESSAGES.append(dict(
    id="fin-032",
    sender=USAMI,
    to=["錦印刷 中條様 <chujo@nishiki-insatsu.co.jp>"],
    subject="パスワードのご連絡",
    charset="iso-2022-jp",
    body="""中條様

先ほどお送りした「招集通知_発送データ.zip」のパスワードをお知らせします。

　Kb7#q2Lx

宇佐美
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the separate password mail of a PPAP pair: no personal data, nothing to hold",
))

_p = people(33, 7, born=(1972, 2001))
_fwd = "\n".join(f"{p['emp']}　{p['name']}　{seireki(p['dob'], 'dot')}　{a}口 → {b}口"
                 for p, (a, b) in zip(_p, [(3, 5), (5, 10), (10, 2), (2, 4), (1, 3), (8, 8), (4, 1)]))
MESSAGES.append(dict(
    id="fin-033",
    sender=MAKINO,
    to=["ほしぞら証券 持株会センター <mochikabu-center@hoshizora-sec.co.jp>"],
    subject="FW: 持株会 口数変更者（10月拠出分）",
    charset="utf-8",
    body=f"""ほしぞら証券 持株会センター ご担当者様

お世話になっております。持株会事務局の槙野です。
給与チームから届いた10月拠出分の口数変更者リストを転送いたします。
システムへの登録をお願いします。

-------- Forwarded Message --------
From: 給与チーム <payroll@hinode-sangyo.co.jp>
Date: 2026/09/16 9:41
To: 槙野 亜希 <makino-a@hinode-sangyo.co.jp>
Subject: 持株会 口数変更者（10月拠出分）

槙野さん
10月拠出から口数を変更する7名です（社員番号／氏名／生年月日／変更前→変更後）。

{_fwd}

給与チーム 三瓶
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="forward (FW) of an internal list of 7 ESOP members with dates of birth to the securities firm: forwarded text counts",
))

_p = people(34, 5, born=(1938, 1972))
_inner = "\n".join(f"{i + 1}. {p['name']}（{p['kana']}）{p['addr']}{p['bldg']}　TEL {p['land']}"
                   for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fin-034",
    sender=ASHIDA,
    to=["東邦信託銀行 配当金係 <haito@toho-shintaku.co.jp>"],
    subject="配当金領収証の再発行依頼（転送）",
    charset="iso-2022-jp",
    body=f"""東邦信託銀行 配当金係 御中

お世話になっております。日の出産業の芦田です。
配当金領収証の紛失による再発行依頼が当社窓口に5件寄せられました。
受付担当からのメールを添付で転送いたしますので、再発行の手続きをお願いいたします。

{SIG_ASHIDA}
""",
    attachments=[{"kind": "eml", "name": "再発行依頼の受付.eml",
                  "message": dict(sender="受付センター 西門 <nishikado@hinode-sangyo.co.jp>",
                                  to=["芦田 健吾 <ashida@mail.hinode-sangyo.co.jp>"],
                                  subject="配当金領収証 再発行依頼 5件",
                                  charset="iso-2022-jp",
                                  body=f"芦田さん\n\n電話で受け付けた再発行依頼です。\n\n{_inner}\n\n西門")}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="attached .eml (forward as attachment) lists 5 shareholders with addresses and phones",
))

_p = people(35, 6, born=(1965, 1995))
_sheet = [["法人カード 追加発行申込者一覧"], [],
          ["氏名（漢字）", "氏名（ローマ字・カード表記）", "生年月日", "自宅住所", "携帯電話", "所属", "利用限度額"]]
for i, p in enumerate(_p):
    _sheet.append([p["name"], p["romaji_jp"].upper(), seireki(p["dob"], "kanji"), p["addr"],
                   fw(p["mob"]) if i % 2 else p["mob"], _depts[i], ["50万円", "30万円", "100万円", "30万円", "50万円", "30万円"][i]])
MESSAGES.append(dict(
    id="fin-035",
    sender=ONODERA,
    to=["中央カードサービス 法人営業部 <corporate@chuo-card.co.jp>"],
    subject="法人カード追加発行の申込み（6名）",
    charset="cp932",
    body=f"""中央カードサービス株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業㈱ 経理課の小野寺です。
法人カードの追加発行を6名分お願いいたします。申込者一覧を添付いたします。
カードは本社経理課宛にまとめて送付してください。

{SIG_ONODERA}
""",
    attachments=[{"kind": "xlsx", "name": "追加発行申込者一覧.xlsx", "sheets": {"申込者": _sheet}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six card applicants with DOB, home address and mobile in an XLSX to the card company",
))

_g = people(36, 2, born=(1950, 1966))
MESSAGES.append(dict(
    id="fin-036",
    sender=HASEBE,
    to=["みどり銀行 法人融資部 岩城様 <iwaki.t@midori-ginko.co.jp>"],
    subject="Re: 保証人の記載事項について",
    charset="utf-8",
    body=f"""岩城様

お世話になっております。長谷部です。
お問い合わせの保証人お二人の記載事項は以下のとおりです。

1) {_g[0]['name']}（代表取締役会長）
   生年月日：{seireki(_g[0]['dob'], 'kanji')}
   住所：{_g[0]['addr']}
2) {_g[1]['name']}（代表取締役社長）
   生年月日：{seireki(_g[1]['dob'], 'kanji')}
   住所：{_g[1]['addr']}{_g[1]['bldg']}

届出書の原本は来週お持ちします。

{SIG_HASEBE}

-----Original Message-----
From: 岩城 拓 <iwaki.t@midori-ginko.co.jp>
Sent: Tuesday, September 1, 2026 5:12 PM
Subject: 保証人の記載事項について

長谷部様
保証人お二人の生年月日とご住所を念のためメールでもお知らせいただけますか。
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="two guarantors' DOB and addresses to the bank that asked: under five people, no ID number (may warn)",
))

_g = people(37, 1, born=(1955, 1960))[0]
MESSAGES.append(dict(
    id="fin-037",
    sender=HASEBE,
    to=["日和リース 審査部 <shinsa@hiyori-lease.co.jp>"],
    subject="リース契約 連帯保証人の本人確認事項",
    charset="iso-2022-jp",
    body=f"""日和リース株式会社 審査部 御中

お世話になっております。日の出産業の長谷部です。
物流センター向けフォークリフトのリース契約につき、連帯保証人（代表取締役）の
本人確認事項をお知らせします。

　氏名　　　：{_g['name']}
　生年月日　：{wareki(_g['dob'], 'fwkanji')}
　本人確認書類：健康保険被保険者証
　　保険者番号 06139955　記号 4120　番号 87

写しは契約書類一式と一緒に郵送いたします。

{SIG_HASEBE}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="guarantor's health insurance card number (保険者番号・記号・番号) with name and DOB to a leasing company",
))

MESSAGES.append(dict(
    id="fin-038",
    sender=KATSURAGI,
    to=["Client Onboarding <onboarding@straitsmerchant.com.sg>"],
    subject="KYC documents - Hinode Sangyo (Singapore) Pte. Ltd. - authorised signatory",
    charset="utf-8",
    body=f"""Dear Onboarding Team,

Further to your request for the new authorised signatory of Hinode Sangyo (Singapore)
Pte. Ltd., please find his details below. A certified copy of the passport will follow
by courier.

  Full name:        KISANUKI Yoshiro
  Date of birth:    14 February 1971
  Nationality:      Japan
  Passport number:  TR4827715
  Date of expiry:   09 Nov 2033
  Residential addr: 3-11-4 Higashi-Azabu, Minato-ku, Tokyo 106-0044, Japan

Please let me know if anything else is needed to complete the onboarding.

Best regards,
{SIG_KATSURAGI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="English KYC mail with a director's passport number, DOB and home address to an overseas bank",
))

MESSAGES.append(dict(
    id="fin-039",
    sender=ASHIDA,
    to=["みどり銀行 日本橋支店 預金課 <nihonbashi-yokin@midori-ginko.co.jp>"],
    subject="役員個人口座開設の件（タイ子会社より赴任）",
    charset="cp932",
    body=f"""みどり銀行 日本橋支店 預金課
ご担当者様

いつもお世話になっております。日の出産業 財務課の芦田です。
タイ子会社から本社執行役員として赴任したソムチャイ氏の給与振込口座開設について、
ご来店前に確認事項をお送りします。

　氏名：RATTANAKORN SOMCHAI（ラッタナコーン ソムチャイ）
　生年月日：1979年11月3日
　国籍：タイ
　在留カード番号：ＡＢ４８２１５５７３ＣＤ
　在留期限：2029年9月30日
　住所：〒１０４－００６１　東京都中央区銀座１－２２－８－１１０５

来店予約は9月24日（木）14時でお願いしております。

{SIG_ASHIDA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="residence card number (full-width) of a foreign executive with DOB and address to the bank",
))

MESSAGES.append(dict(
    id="fin-040",
    sender=YOSHIMI,
    to=["はるかぜ社会保険労務士法人 <info@harukaze-sr.jp>"],
    subject="新任常勤監査役の社会保険資格取得について",
    charset="iso-2022-jp",
    body=f"""はるかぜ社会保険労務士法人
ご担当　日比野様

いつもお世話になっております。日の出産業 総務部の吉見です。
6月の株主総会で選任された常勤監査役について、資格取得届の作成をお願いします。

監査役 能登谷 良平 さん（昭和39年8月21日生）
基礎年金番号は 4102−336815 です。前職（北辰化成）で厚生年金加入、
被扶養者は配偶者1名です。

報酬月額は別途、役員報酬規程の抜粋とあわせてお送りします。

{SIG_YOSHIMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a new auditor's basic pension number in prose, with name and DOB, to a social-insurance office",
))

# ======================================================================================
# fin-041 … fin-060
# ======================================================================================

MESSAGES.append(dict(
    id="fin-041",
    sender=MAKINO,
    to=["ほしぞら証券 持株会センター 鶴見様 <tsurumi@hoshizora-sec.co.jp>"],
    subject="Re: 一時払出しの特例適用について（会員番号86533）",
    charset="utf-8",
    body=f"""鶴見様

お世話になっております。持株会事務局の槙野です。
お問い合わせの件、会員番号86533の須賀 七海さんについて補足いたします。

須賀さんは昨年末からうつ病で休職されており、現在は傷病手当金を受給中です。
療養費の工面のため、規約第18条の「やむを得ない事由」による一部引出しを希望されています。
主治医の診断書（適応障害・うつ病エピソード）の写しは事務局で確認済みです。

特例の適用可否について、ご判断をいただけますと幸いです。

{SIG_MAKINO}

> 槙野様
> 会員番号86533の方の引出し事由について、もう少し具体的に教えていただけますか。
> 鶴見
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named ESOP member's depression and sick leave (medical information) told to the securities firm",
))

MESSAGES.append(dict(
    id="fin-042",
    sender=AMOU,
    to=["白川法律事務所 久我先生 <kuga@shirakawa-law.jp>"],
    subject="社外取締役候補者の適格性についてご相談",
    charset="iso-2022-jp",
    body=f"""久我先生

いつもお世話になっております。天羽です。
来年の株主総会に向けて社外取締役候補として検討している方について、ご相談させてください。

候補者：百目鬼 忠雄 氏（元 東邦物産 常務執行役員）

社内の反社・風評チェックの過程で、同氏が2014年に業務上横領の容疑で
逮捕されていた（その後不起訴処分）との報道記事が見つかりました。
不起訴である以上、会社法上の欠格事由には当たらないと理解していますが、
招集通知での開示の要否や、機関投資家の議決権行使への影響について
先生のご見解を伺えれば幸いです。

来週どこかで30分ほどお時間をいただけますでしょうか。

{SIG_AMOU}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named director candidate's past arrest (criminal record, 要配慮個人情報) described in prose to the law firm",
))

MESSAGES.append(dict(
    id="fin-043",
    sender=MAKABE,
    to=["青嵐監査法人 桑原様 <kuwahara.t@seiran-kansa.jp>"],
    subject="通勤手当サンプルNo.17の補足",
    charset="cp932",
    body=f"""桑原様

お世話になっております。真壁です。
昨日ご質問のあった通勤手当サンプルNo.17（社員番号 33-0817 舟越 樹さん）について補足します。

舟越さんは身体障害者手帳（下肢機能障害 2級）をお持ちのため、
通勤規程第9条の特例により、最短経路ではなくエレベーター設置駅を経由する経路で
定期代を支給しております。人事部の承認記録（2024年4月）も確認済みです。

以上、例外として整理いただけますと幸いです。

{SIG_MAKABE}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="audit follow-up: a named employee's disability (身体障害者手帳 2級) to the external auditor",
))

MESSAGES.append(dict(
    id="fin-044",
    sender=HASEBE,
    to=["常盤生命 法人営業部 <houjin@tokiwa-seimei.co.jp>"],
    subject="経営者保険 告知事項のご連絡",
    charset="utf-8",
    body=f"""常盤生命保険株式会社 法人営業部
ご担当　真鍋様

いつもお世話になっております。日の出産業 財務課の長谷部です。
役員退職慰労金の原資として検討中の経営者保険について、被保険者の告知事項を
事前にお知らせいたします。

被保険者：三雲 正隆（代表取締役社長）　昭和36年5月9日生
・直近の健康診断（2026年5月）：血圧 152/94、HbA1c 7.1%、要精密検査
・既往歴：2019年に急性心筋梗塞でステント留置、現在も通院・服薬中（抗血小板薬）
・喫煙：なし

この内容で引受けが可能か、また条件付きとなる場合の保険料の目安を
ご教示いただけますと幸いです。

{SIG_HASEBE}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="CEO's health check results and medical history (心筋梗塞) sent to an insurer",
))

_cf = [["資金繰り表（2026年10月〜2027年3月）", "", "", "", "", "", ""],
       ["（単位：百万円）", "10月", "11月", "12月", "1月", "2月", "3月"],
       ["前月繰越", 4120, 3884, 3512, 4310, 3950, 3702],
       ["売上入金", 6830, 6410, 7920, 5880, 6120, 8240],
       ["仕入支払", -4910, -4620, -5330, -4400, -4550, -5810],
       ["人件費", -1210, -1190, -1850, -1200, -1180, -1240],
       ["設備投資", -380, -420, -150, -90, -310, -880],
       ["借入返済", -250, -250, -250, -250, -250, -250],
       ["新規借入", 0, 0, 450, 0, 0, 0],
       ["月末残高", 3884, 3512, 4310, 3950, 3702, 3760]]
MESSAGES.append(dict(
    id="fin-045",
    sender=ASHIDA,
    to=["みどり銀行 法人営業部 杉浦様 <sugiura.k@midori-ginko.co.jp>"],
    subject="下期資金繰り表のご送付",
    charset="cp932",
    body=f"""杉浦様

いつもお世話になっております。日の出産業の芦田です。
先日の面談でご依頼いただいた下期の資金繰り表をお送りします。
12月の新規借入4.5億円は、先日ご相談した設備資金の実行を前提にしています。

ご確認のほどよろしくお願いいたします。

{SIG_ASHIDA}
""",
    attachments=[{"kind": "xlsx", "name": "資金繰り表_2026下期.xlsx", "sheets": {"資金繰り": _cf},
                  "page_header": "社外秘"}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="cash-flow forecast whose XLSX print header is 社外秘, to the partner bank; nothing in the mail says so",
))

MESSAGES.append(dict(
    id="fin-046",
    sender=HASEBE,
    to=["北斗アドバイザリー 片桐様 <katagiri@hokuto-advisory.co.jp>"],
    subject="【機密】Project Kestrel 株式価値算定の前提条件について",
    charset="iso-2022-jp",
    body=f"""北斗アドバイザリー株式会社
片桐様

いつもお世話になっております。日の出産業の長谷部です。
Project Kestrel（対象会社：北辰化成）の株式価値算定について、
当社側の前提条件を以下のとおり整理しました。

　・事業計画：対象会社提示の中期計画から売上成長率を年1.5pt引下げ
　・シナジー：コスト面のみ織り込み（年間3.2億円、3年目から全額）
　・割引率：WACC 7.0〜8.0%のレンジ
　・基準日：2026年9月30日

DCF法と類似会社比較法の結果を、10月中旬の取締役会資料に間に合うように
ご提出いただけますと助かります。

{SIG_HASEBE}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the subject carries the classification 【機密】 on an M&A valuation mail to an outside advisor",
))

MESSAGES.append(dict(
    id="fin-047",
    sender=KATSURAGI,
    to=["James Whitcombe <j.whitcombe@marlowefinch.com>"],
    cc=["Priya Raman <p.raman@marlowefinch.com>"],
    subject="Management letter points - our responses (draft)",
    charset="utf-8",
    body=f"""CONFIDENTIAL - DRAFT FOR DISCUSSION ONLY

Dear James, dear Priya,

Please find below our draft responses to the three points raised in your management
letter for Hinode Sangyo UK Ltd.

1. Segregation of duties in the purchase-to-pay cycle
   We agree. From November the vendor master will be maintained by the Tokyo shared
   service centre and no longer by the UK accounts payable clerk.

2. Inventory provisioning for slow-moving spare parts
   We partially agree. The 24-month rule will be applied from FY2027; the effect on
   FY2026 is estimated at GBP 41k and has been booked as a post-closing adjustment.

3. IT general controls - user access reviews
   We agree. Quarterly reviews have been scheduled, the first in December.

We would be grateful for your comments before we finalise them with the UK board.

Kind regards,
{SIG_KATSURAGI}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail opens with the classification 'CONFIDENTIAL - DRAFT' (a marking, not a disclaimer) to the overseas auditor",
))

MESSAGES.append(dict(
    id="fin-048",
    sender=ONODERA,
    to=["早乙女税理士事務所 早乙女先生 <saotome@saotome-tax.jp>"],
    subject="借入金明細と支払利息の内訳（法人税申告用）",
    charset="cp932",
    body=f"""早乙女先生

いつもお世話になっております。日の出産業 経理課の小野寺です。
法人税申告書の別表作成用に、借入金の明細と支払利息の内訳をPDFでお送りします。
勘定科目内訳明細書の「借入金及び支払利子の内訳書」にそのまま転記できる形にしてあります。

{SIG_ONODERA}
""",
    attachments=[{"kind": "pdf", "name": "借入金明細_2026年3月期.pdf", "page_header": "取扱注意",
                  "lines": ["借入金及び支払利子の内訳（2026年3月31日現在）", ""],
                  "table": [["借入先", "期末残高(千円)", "期中支払利子(千円)", "利率", "担保"],
                            ["みどり銀行 本店営業部", "1,850,000", "14,216", "0.78%", "本社土地建物"],
                            ["東都銀行 新宿西口支店", "620,000", "5,580", "0.90%", "無"],
                            ["関東中央銀行 大宮支店", "300,000", "3,150", "1.05%", "無"],
                            ["日本政策金融公庫", "180,000", "1,206", "0.67%", "工場機械"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="loan schedule (companies only) whose PDF page header is stamped 取扱注意, to the tax accountant",
))

MESSAGES.append(dict(
    id="fin-049",
    sender=HASEBE,
    to=["みどり銀行 岩城様 <iwaki.t@midori-gink0.co.jp>"],
    subject="金銭消費貸借契約書（案）へのコメント",
    charset="iso-2022-jp",
    body=f"""岩城様

お世話になっております。長谷部です。
契約書（案）を拝見しました。当社からのコメントは2点です。

　1. 第12条（財務制限条項）：純資産維持の基準を「前期末の75%」から「70%」へ
　2. 第15条（期限の利益喪失）：催告期間を「5営業日」から「10営業日」へ

ご検討のほどよろしくお願いいたします。

{SIG_HASEBE}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-gink0.co.jp: digit zero for the letter o in the partner bank's domain",
))

MESSAGES.append(dict(
    id="fin-050",
    sender=ASHIDA,
    to=["杉浦 様 <sugiura.k@midoriginko.co.jp>"],
    subject="Re: 残高証明書の発行依頼",
    charset="utf-8",
    body=f"""杉浦様

お世話になっております。芦田です。
9月末基準の残高証明書を、以下の口座について各2通ずつお願いいたします。

- 本店営業部 当座 0481526
- 本店営業部 普通 1275530
- 日本橋支店 普通 3360418

いずれも名義は日の出産業株式会社です。監査法人への提出用です。

{SIG_ASHIDA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midoriginko.co.jp drops the hyphen of the partner bank's domain (company accounts only, no personal data)",
))

MESSAGES.append(dict(
    id="fin-051",
    sender=AMOU,
    to=["白川法律事務所 白川先生 <k.shirakawa@shirakawa-law.com>"],
    subject="株式取扱規程の改定案について",
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。天羽でございます。
株式取扱規程の改定案（単元未満株式の買増請求の受付停止期間の見直し）について、
新旧対照表を作成いたしました。ファイル共有サービスにてご覧いただけます。

取締役会付議は11月を予定しております。

{SIG_AMOU}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-law.com: TLD swap of the partner law firm shirakawa-law.jp",
))

MESSAGES.append(dict(
    id="fin-052",
    sender=USAMI,
    to=["白川法律事務所 <info@shirakwa-law.jp>"],
    subject="株主提案権行使書面の受領について（ご相談）",
    charset="cp932",
    body=f"""白川法律事務所
久我先生

いつもお世話になっております。日の出産業の宇佐美です。
本日、個人株主の方から株主提案権の行使書面が内容証明郵便で届きました。
提案内容は剰余金処分（増配）と定款一部変更の2議題です。
行使要件（300個以上・6か月保有）の確認方法についてご相談したく、
明日以降でお電話の時間をいただけますでしょうか。

{SIG_USAMI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakwa-law.jp: one letter dropped from the partner law firm's domain",
))

MESSAGES.append(dict(
    id="fin-053",
    sender=ONODERA,
    to=["経理課 <keiri@hinode-sanngyo.co.jp>"],
    subject="9月度月次決算スケジュール",
    charset="utf-8",
    body=f"""経理課の皆さん

お疲れさまです。小野寺です。
9月度（上期末）の月次決算スケジュールです。

  10/1（木） 売上・仕入締め
  10/5（月） 経費精算締め、未払計上
  10/7（水） 子会社パッケージ受領
  10/9（金） 連結仕訳、試算表確定
  10/13（火） 部長レビュー

上期末のため、棚卸差異の説明資料も10/9までにお願いします。

{SIG_ONODERA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="meant for the internal team, but the domain hinode-sanngyo.co.jp has an extra n: a look-alike of the own domain",
))

MESSAGES.append(dict(
    id="fin-054",
    sender=KIRYU,
    to=["経済新報社 編集局 <news-desk@keizai-shinpo.co.jp>",
        "東西通信 経済部 <keizai@tozai-tsushin.jp>",
        "産業タイムズ 記者クラブ担当 <club@sangyo-times.jp>",
        "日刊ものづくり新聞 <henshu@monozukuri-np.co.jp>",
        "関東テレビ 報道局 経済班 <keizai-han@kanto-tv.co.jp>",
        "ウェブメディア Market Lens <tips@marketlens.jp>"],
    subject="【プレスリリース】北辰化成株式会社との資本業務提携に関するお知らせ",
    charset="iso-2022-jp",
    body=f"""報道関係各位

平素より大変お世話になっております。
日の出産業株式会社 IR室でございます。

本日15時に東京証券取引所で開示いたしました「北辰化成株式会社との
資本業務提携に関するお知らせ」を送付いたします。
リリース本文は当社ウェブサイトのニュースページをご参照ください。

　https://www.hinode-sangyo.co.jp/news/2026/0930.html

本件に関するお問い合わせは、IR室（03-5250-7866）までお願いいたします。

{SIG_KIRYU}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="press release sent to six media outlets all in To: the journalists see each other's addresses",
))

MESSAGES.append(dict(
    id="fin-055",
    sender=USAMI,
    to=["kazuyo.sobue55@gmail.com", "tadao-domeki@yahoo.co.jp", "h.yagihashi@icloud.com"],
    subject="株主総会 会場変更のお知らせ（ご来場予定の株主さまへ）",
    charset="utf-8",
    body=f"""株主の皆さま

日の出産業株式会社 株式・IR課の宇佐美でございます。
事前にご来場のご連絡をいただいた株主さまにお知らせいたします。

第78回定時株主総会の会場を、改修工事のため以下に変更いたします。

　変更前：日の出京橋ビル 2階 大会議室
　変更後：さくらホテル東京 3階「桜の間」（東京都中央区八丁堀3-4-1）

日時（6月25日（木）午前10時）に変更はございません。
ご不便をおかけし申し訳ございません。

{SIG_USAMI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three individual shareholders (free mail) in To can see each other's private addresses",
))

MESSAGES.append(dict(
    id="fin-056",
    sender=HASEBE,
    to=["青嵐監査法人 桑原様 <kuwahara.t@seiran-kansa.jp>",
        "早乙女税理士事務所 早乙女先生 <saotome@saotome-tax.jp>",
        "白川法律事務所 久我先生 <kuga@shirakawa-law.jp>",
        "みどり銀行 岩城様 <iwaki.t@midori-ginko.co.jp>"],
    subject="会社分割（物流事業）に関する四者打合せの日程調整",
    charset="cp932",
    body=f"""関係者各位

お世話になっております。日の出産業 財務課の長谷部です。
物流事業の会社分割（新設分割）について、会計・税務・法務・融資の各観点から
一度に論点を確認させていただきたく、四者での打合せをお願いできればと存じます。

候補日：
　①10月14日（水）14:00〜16:00
　②10月16日（金）10:00〜12:00
　③10月20日（火）15:00〜17:00

ご都合のよい日程を10月7日までにご返信ください。場所は当社本社を予定しています。

{SIG_HASEBE}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external organisations (auditor, tax office, law firm, bank) in To: three or more parties visible",
))

_p = people(57, 8, born=(1975, 2003))
_txt = "\n".join(f"{p['name']:<8}\t{seireki(p['dob'], 'slash')}\t〒{p['zip']} {p['addr']}" for p in _p)
_trs = "\n".join(f"<tr><td>{p['name']}</td><td>{seireki(p['dob'], 'slash')}</td><td>〒{p['zip']}</td><td>{p['addr']}</td></tr>" for p in _p)
MESSAGES.append(dict(
    id="fin-057",
    sender=MAKINO,
    to=["ほしぞら証券 持株会センター <mochikabu-center@hoshizora-sec.co.jp>"],
    subject="特別奨励金キャンペーン 案内送付先（新入会員8名）",
    charset="iso-2022-jp",
    body=f"""ほしぞら証券 持株会センター ご担当者様

お世話になっております。持株会事務局の槙野です。
創立80周年の特別奨励金キャンペーンについて、案内状のご自宅宛て送付をお願いする8名です。

氏名\t生年月日\t住所
{_txt}

よろしくお願いいたします。
槙野
""",
    html=f"""<html><body>
<p>ほしぞら証券 持株会センター ご担当者様</p>
<p>お世話になっております。持株会事務局の槙野です。<br>
創立80周年の特別奨励金キャンペーンについて、案内状のご自宅宛て送付をお願いする8名です。</p>
<table border="1"><tr><th>氏名</th><th>生年月日</th><th>〒</th><th>住所</th></tr>
{_trs}
</table>
<p>よろしくお願いいたします。<br>槙野</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="8 ESOP members with DOB and home address, as tab text and HTML table (multipart/alternative)",
))

_p = people(58, 5, born=(1940, 1975))
MESSAGES.append(dict(
    id="fin-058",
    sender=KIRYU,
    to=["IRブリッジ コンサルティング 花房様 <hanafusa@irbridge.co.jp>"],
    subject="総会当日のご質問株主へのフォローについて",
    charset="utf-8",
    body=f"""花房様

お世話になっております。IR室の桐生です。
総会当日にご質問をいただいた個人株主さまへのフォローレターの件、
ご相談したとおり文面の作成をお願いできればと思います。対象は5名です。

最初は{_p[0]['addr']}にお住まいの{_p[0]['name']}様で、配当性向の引上げについてのご質問でした。
お電話（{_p[0]['land']}）でも一度お話ししています。
次に{_p[1]['name']}様（{_p[1]['addr']}{_p[1]['bldg']}）からは株主優待の拡充、
{_p[2]['name']}様（{_p[2]['city']}{_p[2]['town']}{_p[2]['banchi']}、{_p[2]['mob']}）からは女性役員比率、
{_p[3]['name']}様からは政策保有株式の縮減についてご質問があり、この方のご住所は{_p[3]['addr']}です。
最後の{_p[4]['name']}様は{_p[4]['pref']}{_p[4]['city']}の方で、電話は{_p[4]['mob']}、
工場の環境対策についてのご意見でした。

レターは来月中旬の発送を考えています。

{SIG_KIRYU}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five shareholders' names, home addresses and phones woven into prose, no table, to an IR consultant",
))

_p = people(59, 7, born=(1970, 1998))
_rows = "\n".join(f"{p['romaji']}\t{p['dob'].strftime('%d/%m/%Y')}\t{p['mail']}\t{[400, 250, 250, 150, 150, 100, 100][i]}"
                  for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fin-059",
    sender=KATSURAGI,
    to=["Harbour Trust Equity Plans <equityplans@harbourtrust.co.uk>"],
    subject="RSU grant 2026 - UK participants (7)",
    charset="utf-8",
    body=f"""Hello,

Please set up the following participants of Hinode Sangyo UK Ltd. for the 2026 RSU grant
(grant date 1 October 2026, vesting in three equal tranches). These are Japanese
secondees, so we are giving you their private e-mail addresses for the portal invitation.

Name\tDate of birth\tPersonal e-mail\tUnits
{_rows}

Many thanks,
{SIG_KATSURAGI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="English, tab-separated: 7 employees' romaji names, DOB and private e-mails to a UK plan administrator",
))

_p = people(60, 8, born=(1950, 1975))
_slides = [["役員 緊急連絡先（安否確認サービス登録用）", "日の出産業株式会社 取締役会事務局", "2026年10月版"]]
for i in range(0, 8, 2):
    s = ["登録対象者 " + str(i + 1) + "〜" + str(i + 2)]
    for p in _p[i:i + 2]:
        s.append(f"{p['name']}（{p['kana']}）")
        s.append(f"  携帯：{p['mob']}　自宅：{p['land']}")
        s.append(f"  自宅住所：{p['addr']}{p['bldg']}")
    _slides.append(s)
MESSAGES.append(dict(
    id="fin-060",
    sender=AMOU,
    to=["あんぴネット 導入支援 <support@anpi-net.jp>"],
    subject="安否確認サービス 役員8名の登録データ",
    charset="cp932",
    body=f"""あんぴネット株式会社
導入支援ご担当者様

お世話になっております。日の出産業 取締役会事務局の天羽です。
役員8名の登録データを、社内で作成したスライドのまま添付いたします。
お手数ですがシステムへの初期登録をお願いいたします。

{SIG_AMOU}
""",
    attachments=[{"kind": "pptx", "name": "役員緊急連絡先_登録用.pptx", "slides": _slides}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="8 officers' private mobiles, home phones and home addresses in PPTX slides to a service vendor",
))

# ======================================================================================
# fin-061 … fin-080
# ======================================================================================

MESSAGES.append(dict(
    id="fin-061",
    sender=USAMI,
    to=["東邦信託銀行 望月様 <mochizuki.r@toho-shintaku.co.jp>"],
    subject="9月末 株主名簿（当社加工版）",
    charset="cp932",
    body="""望月様

お世話になっております。宇佐美です。
先ほどお電話でお話しした、当社で加工した9月末の株主名簿をお送りします。
（所有株式数別の分布シートを追加しています）

よろしくお願いいたします。
宇佐美
""",
    attachments=[{"kind": "corrupt", "name": "株主名簿_202609_加工版.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
))

MESSAGES.append(dict(
    id="fin-062",
    sender=ONODERA,
    to=["早乙女税理士事務所 <saotome@saotome-tax.jp>"],
    subject="配当金計算書（源泉徴収税額の内訳）",
    charset="iso-2022-jp",
    body=f"""早乙女先生

いつもお世話になっております。経理課の小野寺です。
「配当等とみなす金額に関する支払調書」の作成用に、配当金計算書をPDFでお送りします。
スキャナの調子が悪く、読みにくい箇所があればご連絡ください。

{SIG_ONODERA}
""",
    attachments=[{"kind": "corrupt", "name": "配当金計算書_第78期.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached PDF is damaged: the guard cannot read it",
))

MESSAGES.append(dict(
    id="fin-063",
    sender=ONODERA,
    to=["早乙女税理士事務所 早乙女先生 <saotome@saotome-tax.jp>"],
    subject="報酬、料金等の支払調書（控）",
    charset="utf-8",
    body=f"""早乙女先生

お世話になっております。小野寺です。
社外役員・顧問等への報酬の支払調書（控）を、パスワード付きPDFにてお送りします。
パスワードはいつものルールです（当社の法人番号の下6桁）。

{SIG_ONODERA}
""",
    attachments=[{"kind": "pdf", "name": "支払調書_控_2026.pdf", "password": "087712",
                  "lines": ["報酬、料金、契約金及び賞金の支払調書（控）"],
                  "table": [["支払を受ける者", "個人番号", "支払金額"],
                            ["ハリス 恵美", my_number(6301), "9,600,000"],
                            ["葛西 陽一", my_number(6302), "4,800,000"]]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF: cannot be inspected (it holds My Numbers, invisible to the scanner)",
))

_p = people(64, 5, born=(1936, 1968))
_tbl = [["株主番号", "氏名", "住所", "個人番号", "届出日"]]
for i, p in enumerate(_p):
    _tbl.append([f"{20150 + i * 311}", p["name"], p["addr"], " ".join([my_number(6400 + i)[:4], my_number(6400 + i)[4:8], my_number(6400 + i)[8:]]),
                 wareki(_dt.date(2026, 7, 3 + i * 4), "letter")])
MESSAGES.append(dict(
    id="fin-064",
    sender=USAMI,
    to=["東邦信託銀行 証券代行部 マイナンバー受付 <mynumber-uketsuke@toho-shintaku.co.jp>"],
    subject="当社窓口で受け付けた個人番号届出（5件）",
    charset="cp932",
    body=f"""東邦信託銀行 証券代行部
マイナンバー受付ご担当者様

お世話になっております。日の出産業の宇佐美です。
株主さまから当社窓口に提出された個人番号の届出が5件ありましたので、
一覧にしてお送りします。本人確認書類の写しは別途郵送いたします。

{SIG_USAMI}
""",
    attachments=[{"kind": "pdf", "name": "個人番号届出_当社受付分.pdf",
                  "lines": ["株主さま 個人番号届出一覧（当社受付分）", ""], "table": _tbl}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="five shareholders' My Numbers (spaced 4-4-4) with names and addresses in a PDF table",
))

MESSAGES.append(dict(
    id="fin-065",
    sender=ONODERA,
    to=["早乙女税理士事務所 <saotome@saotome-tax.jp>"],
    subject="Re: 社外取締役の個人番号について",
    charset="iso-2022-jp",
    body=f"""早乙女先生

お世話になっております。小野寺です。
漏れていた社外取締役1名分の個人番号をお知らせします。
ハリス恵美さんの番号は {my_number(6501)} です（番号確認は通知カードの写しで実施済み）。
身元確認書類の写しは社内で保管しております。

これで支払調書5名分がそろうかと思います。

{SIG_ONODERA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="one outside director's My Number in a sentence to the tax accountant",
))

_p = people(66, 8, born=(1970, 1995))
_firms = ["丸の内証券", "関東キャピタル", "Orbis Research", "みなと投信", "北斗証券", "丸の内証券", "さつき生命 運用部", "Orbis Research"]
_list = "\n".join(f"  {_firms[i]}　{p['name']} 様" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fin-066",
    sender=KIRYU,
    to=["さくらホテル東京 宴会営業 小田切様 <banquet@sakura-hotel.jp>"],
    subject="10/22 スモールミーティング 名札作成のお願い",
    charset="utf-8",
    body=f"""さくらホテル東京
宴会営業 小田切様

お世話になっております。日の出産業 IR室の桐生です。
10月22日（木）「桜の間」でのスモールミーティングについて、
受付用の名札（会社名・お名前）の作成をお願いいたします。

{_list}

当社出席者（社長・CFO・IR室2名）の名札は当社で用意します。
当日は15:30に会場入りいたします。

{SIG_KIRYU}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="8 analysts' names with their employers for name badges: no contact data, but a list of people (judgement call)",
))

MESSAGES.append(dict(
    id="fin-067",
    sender=KIRYU,
    to=["IRブリッジ コンサルティング 花房様 <hanafusa@irbridge.co.jp>"],
    subject="統合報告書 「大株主の状況」の原稿",
    charset="iso-2022-jp",
    body="""花房様

お世話になっております。桐生です。
統合報告書のデータ集ページに載せる「大株主の状況」の原稿です。
有価証券報告書と同じ数字です。

　株主名　　　　　　　　　　　　　　　住所　　　　　　　所有株式数(千株)　比率(%)
　日本カストディ信託口　　　　　　　　東京都中央区　　　　　4,812　　　　 11.72
　日の出産業取引先持株会　　　　　　　東京都中央区　　　　　2,230　　　　　5.43
　三雲 正隆　　　　　　　　　　　　　東京都世田谷区　　　　1,904　　　　　4.64
　みどり銀行　　　　　　　　　　　　　東京都千代田区　　　　1,650　　　　　4.02
　三雲 文子　　　　　　　　　　　　　神奈川県鎌倉市　　　　1,210　　　　　2.95
　日の出産業従業員持株会　　　　　　　東京都中央区　　　　　1,108　　　　　2.70
　奈良橋 宏　　　　　　　　　　　　　東京都杉並区　　　　　　 902　　　　　2.20
　STATE STREET BANK AND TRUST 505001　 BOSTON, U.S.A.　　　　　871　　　　　2.12

桐生
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="major-shareholder table (published in the annual report): only three individuals, city-level addresses, rest are companies",
))

MESSAGES.append(dict(
    id="fin-068",
    sender=AMOU,
    to=["白川法律事務所 久我先生 <kuga@shirakawa-law.jp>"],
    subject="北辰化成との秘密保持契約書（案）へのコメント",
    charset="iso-2022-jp",
    body=f"""久我先生

いつもお世話になっております。天羽です。
北辰化成から提示された秘密保持契約書（案）について、当社の修正希望をまとめました。

1. 第2条（秘密情報の定義）
　「秘密である旨を明示した情報」に加え、口頭開示の場合は開示後30日以内に
　書面で特定したものに限る旨を追記したい。
2. 第5条（目的外使用の禁止）
　「本件検討」の定義が広すぎるため、資本業務提携の検討に限定したい。
3. 第9条（有効期間）
　相手方案の5年は長いので、3年（残存条項は2年）を提案したい。

機密情報の返還・廃棄条項については相手方案のままで問題ないと考えています。
ご意見をいただけますでしょうか。

{SIG_AMOU}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA (秘密保持契約, 機密情報): talk about confidentiality, not a marking",
))

MESSAGES.append(dict(
    id="fin-069",
    sender=KIRYU,
    to=["IRブリッジ コンサルティング 花房様 <hanafusa@irbridge.co.jp>"],
    subject="上期決算説明資料 ドラフト（デザイン調整のお願い）",
    charset="utf-8",
    body=f"""花房様

お世話になっております。桐生です。
上期決算説明資料のドラフトを添付します。
グラフの配色とP.6の表のレイアウトを、昨年の統合報告書のトーンに合わせて
整えていただけますでしょうか。数字は開示日まで変わる可能性があります。

{SIG_KIRYU}
""",
    attachments=[{"kind": "pptx", "name": "2027年3月期_上期決算説明資料_draft.pptx",
                  "slides": [["2027年3月期 第2四半期 決算説明資料", "日の出産業株式会社", "2026年11月7日"],
                             ["上期ハイライト", "売上高 842億円（前年同期比 +4.8%）", "営業利益 51億円（同 +9.1%）", "受注残は過去最高水準"],
                             ["セグメント別", "産業機器 512億円", "物流ソリューション 218億円", "その他 112億円"],
                             ["通期見通し", "売上高 1,720億円（据え置き）", "営業利益 108億円（上方修正）", "年間配当 86円（予想）"]]},
                 {"kind": "png", "name": "segment_chart.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="IR presentation draft (PPTX + chart image): business figures only, no marking, no personal data",
))

MESSAGES.append(dict(
    id="fin-070",
    sender=ONODERA,
    to=["青嵐監査法人 堀切様 <horikiri@seiran-kansa.jp>"],
    subject="残高確認の対象口座一覧",
    charset="cp932",
    body=f"""堀切様

お世話になっております。小野寺です。
期末の銀行残高確認状の発送対象口座は下記のとおりです（すべて当社名義）。

　金融機関　　　　　　　支店　　　　　　種目　　口座番号
　─────────────────────────────
　みどり銀行　　　　　　本店営業部　　　当座　　0481526
　みどり銀行　　　　　　本店営業部　　　普通　　1275530
　みどり銀行　　　　　　日本橋支店　　　普通　　3360418
　東都銀行　　　　　　　新宿西口支店　　普通　　2094471
　関東中央銀行　　　　　大宮支店　　　　当座　　0057736
　あおば信用金庫　　　　本店　　　　　　定期　　8812004

借入金は上記のうちみどり銀行・東都銀行・関東中央銀行の3行です。
確認状の宛先は各支店の融資課でお願いします。

{SIG_ONODERA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of the company's own bank accounts for the audit confirmation: business accounts, not people",
))

MESSAGES.append(dict(
    id="fin-071",
    sender=ONODERA,
    to=["川崎電機 経理部 売掛金ご担当 <urikake@kawasaki-denki.co.jp>"],
    subject="債権債務残高確認書ご返送のお願い（9月末）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業 経理課の小野寺です。
9月30日現在の債権債務残高について、当社帳簿上の残高をお知らせします。

　当社　：日の出産業株式会社（法人番号 {HINODE_CORP}）
　貴社宛買掛金残高：48,211,530円
　貴社宛未払金残高：　1,320,000円

相違がない場合は、添付の確認書に押印のうえPDFでご返送ください。
相違がある場合は、内訳をお知らせいただけますと幸いです。

{SIG_ONODERA}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="balance confirmation to a partner with the company's own corporate number: no personal data",
))

MESSAGES.append(dict(
    id="fin-072",
    sender=ONODERA,
    to=["青嵐監査法人 業務管理部 <billing@seiran-kansa.jp>"],
    subject="請求書の登録番号の記載について",
    charset="utf-8",
    body=f"""青嵐監査法人 業務管理部 御中

お世話になっております。日の出産業 経理課の小野寺です。
9月26日付でいただいた監査報酬の請求書（No. SK-2026-0918）について、
適格請求書発行事業者の登録番号が記載されていないようでした。

当社の登録番号は T{HINODE_CORP} ですが、貴法人の番号を追記のうえ
再発行いただけますでしょうか。支払予定日（10月末）に変更はございません。

{SIG_ONODERA}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice query with a T-number (company registration), invoice number: ordinary business mail",
))

MESSAGES.append(dict(
    id="fin-073",
    sender=HASEBE,
    to=["みどり銀行 岩城様 <iwaki.t@midori-ginko.co.jp>"],
    cc=["白川法律事務所 久我先生 <kuga@shirakawa-law.jp>"],
    subject="シンジケートローン契約書の読み合わせ日程",
    charset="iso-2022-jp",
    body=f"""岩城様
（cc：久我先生）

お世話になっております。日の出産業の長谷部です。
シンジケートローン契約書（最終案）の読み合わせについて、
10月19日（月）15時から当社本社会議室で実施させていただければと思います。

出席予定：
　みどり銀行さま（アレンジャー）2名
　白川法律事務所さま 1名
　当社 財務課 2名

ご都合が悪い場合はお知らせください。

{SIG_HASEBE}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="normal three-way meeting mail: two external organisations (bank and law firm)",
))

MESSAGES.append(dict(
    id="fin-074",
    sender=YOSHIMI,
    to=["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    subject="年末の書類発送先（グループ各社）",
    charset="cp932",
    body=f"""青葉運輸株式会社 法人営業ご担当者様

いつもお世話になっております。日の出産業 総務部の吉見です。
年末の決算書類の一括発送について、グループ各社の届け先は下記のとおりです。

■日の出ロジスティクス株式会社 本社
　〒３３０－０８５４ 埼玉県さいたま市大宮区桜木町４－２４２　TEL ０４８－６４１－２２１０
■日の出テクノサービス株式会社
　〒４６０－０００３ 愛知県名古屋市中区錦２－１５－１９　TEL ０５２－２１８－７７４０
■日の出産業 大阪支店
　〒５３０－０００１ 大阪府大阪市北区梅田３－４－５ 梅田第一ビル８F　TEL ０６－６３４５－８８０１
■日の出産業 九州営業所
　〒８１２－００１３ 福岡県福岡市博多区博多駅東２－６－２３　TEL ０９２－４７２－３３１５
■日の出産業 仙台営業所
　〒９８０－００２１ 宮城県仙台市青葉区中央１－６－３５　TEL ０２２－２６２－５０９０

いずれも平日9時〜17時の受取でお願いします。

{SIG_YOSHIMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="addresses and switchboards of group companies and branches (full-width): businesses, not people",
))

_p = people(75, 20, born=(1965, 2002))
_csv = [["No", "伝票番号", "社員番号", "氏名", "金額", "結果"]] + [
    [str(i + 1), f"EX26{51000 + i * 77}", p["emp"], p["name"], str(2400 + (i * 5113) % 60000), "OK" if i % 6 else "要確認"]
    for i, p in enumerate(_p)]
MESSAGES.append(dict(
    id="fin-075",
    sender=MAKABE,
    to=["小野寺 誠 <onodera.m@hinode-sangyo.co.jp>"],
    cc=["内部監査室 <audit@hinode-sangyo.co.jp>"],
    subject="経費精算サンプルの検証結果（社内共有）",
    charset="utf-8",
    body="""小野寺さん

お疲れさまです。内部監査室の真壁です。
監査法人に出す前の、経費精算サンプル20件の検証結果です。
「要確認」の4件について、証憑の再確認をお願いできますか。

真壁
""",
    attachments=[{"kind": "csv", "name": "経費サンプル検証_社内.csv", "rows": _csv, "encoding": "utf-8"}],
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="internal-only audit working paper with 20 employees' claims: every recipient is internal",
))

MESSAGES.append(dict(
    id="fin-076",
    sender=AMOU,
    to=["取締役各位 <board-members@hinode-sangyo.co.jp>"],
    cc=["監査役室 <kansayaku@hinode-sangyo.co.jp>"],
    subject="10月度定例取締役会 資料の事前送付",
    charset="iso-2022-jp",
    body=f"""取締役各位

取締役会事務局の天羽です。
10月度定例取締役会（10月23日）の資料を事前送付いたします。
第3号議案（北辰化成株式の追加取得）はインサイダー情報を含みますので、
取扱いにご留意ください。

{SIG_AMOU}
""",
    attachments=[{"kind": "docx", "name": "10月度取締役会資料.docx", "page_header": "極秘",
                  "paragraphs": ["第1号議案　2026年度上期決算承認の件", "第2号議案　政策保有株式の売却の件",
                                 "第3号議案　北辰化成株式会社株式の追加取得の件（公開買付けの実施）"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="board papers stamped 極秘 sent only to internal addresses",
))

_p = people(77, 6, born=(1960, 1990))
_txt = "\n".join(f"{p['name']}　{card_number(7700 + i)}　限度額{[50, 100, 30, 50, 30, 100][i]}万円" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fin-077",
    sender=ONODERA,
    to=["経理課 <keiri@hinode-sangyo.co.jp>"],
    subject="法人カード 新カード番号一覧（更新分）",
    charset="cp932",
    body=f"""経理課各位

お疲れさまです。小野寺です。
法人カードの更新に伴い、カード番号が変わった6名分です。
経費精算システムのカードマスタの更新をお願いします（作業後はこのメールを削除してください）。

{_txt}

小野寺
""",
    expect="pass",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=[],
    note="card numbers of six cardholders, but only to the internal accounting team",
))

MESSAGES.append(dict(
    id="fin-078",
    sender=USAMI,
    to=["tsukumo.shigeru1951@yahoo.co.jp"],
    subject="Re: 配当金の受取方法について",
    charset="utf-8",
    body=f"""九十九 茂 様

このたびはお問い合わせいただき、ありがとうございます。
日の出産業株式会社 株式・IR課の宇佐美でございます。

配当金の受取方法を「配当金領収証」から「銀行口座への振込」に変更されるご希望とのこと、
承知いたしました。お手続きは株主名簿管理人である東邦信託銀行で承っております。

　東邦信託銀行 証券代行部　フリーダイヤル 0120-377-114（平日9:00〜17:00）

お電話で「配当金振込指定書」をご請求いただければ、ご自宅へ郵送されます。
なお、次回（中間配当）の支払開始日は12月3日を予定しております。

今後とも当社をよろしくお願い申し上げます。

{SIG_USAMI}

> 日の出産業 株主係 御中
> 株主番号 30412 の九十九です。配当金を口座振込にしたいのですが、
> どうすればよいでしょうか。
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one individual shareholder on free mail; only the agent's toll-free number, no new personal data",
))

MESSAGES.append(dict(
    id="fin-079",
    sender=KIRYU,
    to=["丸の内証券 調査部 石動様 <isurugi@marunouchi-sec.co.jp>"],
    subject="RE: 決算説明会 参加登録",
    charset="iso-2022-jp",
    body="""石動様

ご登録ありがとうございます。IR室の桐生です。
石動様を含め、貴社からの3名様のご参加を承りました。
接続URLは前日にお送りいたします。

桐生

差出人: 石動 貴之 <isurugi@marunouchi-sec.co.jp>
送信日時: 2026年8月3日 18:22
宛先: 桐生 圭 <kei.kiryu@hinode-sangyo.co.jp>
件名: RE: 決算説明会 参加登録

桐生様

弊社からは以下3名で参加いたします。

　石動 貴之　調査部 シニアアナリスト　TEL 03-6212-4410　isurugi@marunouchi-sec.co.jp
　小暮 麻里　調査部 アナリスト　　　　TEL 03-6212-4417　kogure@marunouchi-sec.co.jp
　郡司 慎一　機関投資家営業部　　　　TEL 03-6212-4502　gunji.s@marunouchi-sec.co.jp

よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply to one analyst; the attendee list is only in the quoted 差出人/送信日時 block of his own mail",
))

MESSAGES.append(dict(
    id="fin-080",
    sender=KATSURAGI,
    to=["James Whitcombe <j.whitcombe@marlowefinch.com>"],
    subject="Re: Payroll analytics - Hinode Sangyo UK",
    charset="utf-8",
    body="""Hi James,

Here are the aggregated payroll figures for Hinode Sangyo UK for the analytical review.
As agreed, we are not sending employee-level data.

  Month      Headcount   Gross pay (GBP)   Employer NI (GBP)
  ---------  ---------   ---------------   -----------------
  Apr 2026          48         186,420            22,105
  May 2026          48         187,015            22,190
  Jun 2026          49         191,880            22,760
  Jul 2026          51         198,302            23,540
  Aug 2026          51         197,964            23,498
  Sep 2026          50         214,770            25,630   (incl. annual bonus)

The movement in September is the bonus paid to the sales team.

Best,
Mina

On Wed, 7 Oct 2026 at 09:14, James Whitcombe <j.whitcombe@marlowefinch.com> wrote:
> Mina, could you send monthly headcount and gross pay for April to September?
> Aggregates are fine.
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English: aggregated payroll table (headcount and totals), no individual data",
))

# ======================================================================================
# fin-081 … fin-100
# ======================================================================================

MESSAGES.append(dict(
    id="fin-081",
    sender=ASHIDA,
    to=["みどり銀行 法人営業部 杉浦様 <sugiura.k@midori-ginko.co.jp>"],
    subject="Re: 中期経営計画の資料について",
    charset="cp932",
    body=f"""杉浦様

お世話になっております。芦田です。
ご依頼の中期経営計画の詳細資料ですが、社内規程上「社外秘」扱いの資料のため、
メールやファイル共有でのお渡しは控えさせていただいております。
恐れ入りますが、10月28日のご来社の際に会議室で閲覧いただく形でよろしいでしょうか。
公表済みの概要版は当社IRサイトに掲載しております。

{SIG_ASHIDA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions 社外秘 only to explain why a document is NOT sent: a mention, not a marking",
))

MESSAGES.append(dict(
    id="fin-082",
    sender=ASHIDA,
    to=["東邦信託銀行 配当金係 <haito@toho-shintaku.co.jp>"],
    subject="中間配当 支払スケジュールの確認",
    charset="iso-2022-jp",
    body=f"""東邦信託銀行 配当金係 ご担当者様

お世話になっております。日の出産業 財務課の芦田です。
第79期中間配当のスケジュールについて、当社側の予定は以下のとおりです。

　・取締役会決議　　　　11月7日（金）
　・配当金計算書の確定　11月14日（金）
　・支払資金の入金　　　12月2日（火）　みどり銀行本店営業部より
　・支払開始日　　　　　12月3日（水）
　・1株当たり配当金　　 43円（前年同期 40円）

相違がございましたらご指摘ください。

{SIG_ASHIDA}
{DISCLAIMER_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="dividend schedule with the standard Japanese confidentiality disclaimer at the end",
))

MESSAGES.append(dict(
    id="fin-083",
    sender=KIRYU,
    to=["IRブリッジ コンサルティング 花房様 <hanafusa@irbridge.co.jp>"],
    subject="配当実績の推移（統合報告書 P.52用）",
    charset="utf-8",
    body=f"""花房様

桐生です。統合報告書の財務ハイライト用に、配当実績の推移をお送りします。

| 決算期        | 中間 | 期末 | 年間 | 配当性向 | 株価(期末) |
|---------------|------|------|------|----------|------------|
| 2022年3月期   | 30円 | 32円 | 62円 | 31.2%    | 1,684円    |
| 2023年3月期   | 32円 | 34円 | 66円 | 30.8%    | 1,902円    |
| 2024年3月期   | 35円 | 37円 | 72円 | 32.5%    | 2,215円    |
| 2025年3月期   | 38円 | 40円 | 78円 | 33.0%    | 2,090円    |
| 2026年3月期   | 40円 | 42円 | 82円 | 34.1%    | 2,318円    |

2027年3月期は年86円（予想）です。グラフは棒グラフでお願いします。

{SIG_KIRYU}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="dividend and share-price table (markdown style): figures only",
))

MESSAGES.append(dict(
    id="fin-084",
    sender=HASEBE,
    to=["みどり銀行 法人融資部 岩城様 <iwaki.t@midori-ginko.co.jp>"],
    subject="設備資金 借入条件の最終確認",
    charset="iso-2022-jp",
    body=f"""岩城様

お世話になっております。長谷部です。
設備資金の借入条件について、社内決裁が下りましたので最終確認させてください。

　借入金額　：450,000,000円
　借入日　　：2026年12月1日
　返済方法　：2027年6月末より元金均等 毎月末 7,500,000円（60回）
　利率　　　：TIBOR 3M ＋ 0.45%（変動）
　資金使途　：松阪工場 第3ライン増設
　入金口座　：みどり銀行 本店営業部 当座 0481526 日の出産業株式会社
　返済口座　：同上

稟議書番号は FIN-2026-114 です。

{SIG_HASEBE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="loan terms with the company's own current account (business account)",
))

MESSAGES.append(dict(
    id="fin-085",
    sender=USAMI,
    to=["一ツ橋証券 SO管理デスク <so-desk@hitotsubashi-sec.co.jp>"],
    subject="第10回新株予約権 発行概要（取締役会付議前）",
    charset="iso-2022-jp",
    body=f"""一ツ橋証券 SO管理デスク ご担当者様

お世話になっております。日の出産業の宇佐美です。
来年1月発行予定の第10回新株予約権（有償ストックオプション）について、
発行要項のたたき台をお送りします。個人別の割当は取締役会決議後にお知らせします。

　対象区分　　　　　　人数　　個数
　当社取締役　　　　　　6名　　300個
　当社執行役員　　　　 12名　　240個
　子会社取締役　　　　　9名　　 90個
　合計　　　　　　　　 27名　　630個

　行使価額：割当日前日終値の105%
　行使期間：2029年2月1日〜2034年1月31日
　業績条件：2028年3月期 営業利益120億円以上

{SIG_USAMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="stock option plan outline aggregated by category (head counts), no individuals",
))

MESSAGES.append(dict(
    id="fin-086",
    sender=MAKINO,
    to=["ほしぞら証券 持株会センター 鶴見様 <tsurumi@hoshizora-sec.co.jp>"],
    subject="奨励金率の変更（2027年4月拠出分から）",
    charset="utf-8",
    body=f"""鶴見様

お世話になっております。持株会事務局の槙野です。
9月の理事会で、奨励金率の変更が承認されました。

- 現行：拠出金の10%
- 変更後：拠出金の15%（2027年4月拠出分から）
- 1口あたり拠出金：1,000円（変更なし）
- 拠出口数の上限：50口（変更なし）

会員向けのお知らせ文案は来週お送りします。規約改定の届出についても
ご指導いただけますと助かります。

{SIG_MAKINO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ESOP incentive-rate change: plan terms only",
))

_p = people(87, 3, born=(1960, 1976))
MESSAGES.append(dict(
    id="fin-087",
    sender=AMOU,
    to=["三ツ木司法書士事務所 三ツ木先生 <office@mitsugi-shihou.jp>"],
    subject="役員変更登記（新任取締役3名）の情報",
    charset="cp932",
    body=f"""三ツ木先生

お世話になっております。日の出産業の天羽です。
6月の定時株主総会で選任された新任取締役3名の登記用情報です。

①{_p[0]['name']}（{_p[0]['kana']}）
　生年月日 {wareki(_p[0]['dob'], 'kanji')}
　住所 {_p[0]['addr']}
②{_p[1]['name']}（{_p[1]['kana']}）
　生年月日 {wareki(_p[1]['dob'], 'kanji')}
　住所 {_p[1]['addr']}{_p[1]['bldg']}
③{_p[2]['name']}（{_p[2]['kana']}）
　生年月日 {wareki(_p[2]['dob'], 'kanji')}
　住所 {_p[2]['addr']}

就任承諾書と本人確認証明書（住民票）は本日郵送しました。

{SIG_AMOU}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="three new directors' DOB and addresses for registration: under five people, no ID numbers (may warn)",
))

MESSAGES.append(dict(
    id="fin-088",
    sender=USAMI,
    to=["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    subject="株主優待品 センター間輸送の送り状番号",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 法人営業ご担当者様

お世話になっております。日の出産業の宇佐美です。
北国フーズ様の倉庫から各配送センターへの株主優待品の輸送について、
送り状番号は以下のとおりです。

　札幌DC　行　送り状 4418-2290-5531　パレット 3
　仙台DC　行　送り状 4418-2290-5542　パレット 5
　東京DC　行　送り状 4418-2290-5553　パレット 14
　名古屋DC行　送り状 4418-2290-5564　パレット 6
　大阪DC　行　送り状 4418-2290-5575　パレット 9
　福岡DC　行　送り状 4418-2290-5586　パレット 4

各センター到着後の個別配送は、北国フーズ様から直接データが届きます。

{SIG_USAMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers of pallet shipments between distribution centres: no people",
))

MESSAGES.append(dict(
    id="fin-089",
    sender=MAKABE,
    to=["青嵐監査法人 桑原様 <kuwahara.t@seiran-kansa.jp>"],
    subject="RE: 追加サンプル5件の証憑について",
    charset="utf-8",
    body=f"""桑原様

お世話になっております。真壁です。
ご指定の追加サンプル5件について、証憑のPDFを共有フォルダ
「/監査法人共有/2026Q2/追加サンプル」に格納しました。
S-26の領収書のみ原本が電子化されておらず、写しになっております。

{SIG_MAKABE}

-----Original Message-----
From: 桑原 剛 <kuwahara.t@seiran-kansa.jp>
Sent: Monday, October 12, 2026 4:40 PM
To: 真壁 朋子 <makabe@hinode-sangyo.co.jp>
Subject: 追加サンプル5件の証憑について

真壁様
以下の5件について証憑をご提示ください。

S-26　伝票 EX2641862　社員番号 37-2214　鶴巻 俊哉　交際費　38,500円
S-27　伝票 EX2642015　社員番号 41-0093　瓜生 静香　旅費交通費　62,180円
S-28　伝票 EX2642377　社員番号 29-1187　千葉 大吾　会議費　12,400円
S-29　伝票 EX2642901　社員番号 44-3306　朝比奈 梢　交際費　27,600円
S-30　伝票 EX2643120　社員番号 35-0761　羽生田 聡　旅費交通費　91,240円

桑原
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the sample list (5 employees) is only in the auditor's own quoted Original Message; new text has none",
))

MESSAGES.append(dict(
    id="fin-090",
    sender=KATSURAGI,
    to=["Tan Wei Ling <tan.weiling@brightwater-assurance.com.sg>"],
    subject="Re: Confirmation of director remuneration - Hinode Sangyo (Singapore)",
    charset="utf-8",
    body="""Dear Wei Ling,

Confirmed - the figures in your table agree with our records and with the board
resolution of 14 May 2026. The only difference is rounding on Mr Lim's benefits in kind
(SGD 1 difference), which we are happy to leave as is.

Best regards,
Mina

On Thu, 15 Oct 2026 at 11:02, Tan Wei Ling <tan.weiling@brightwater-assurance.com.sg> wrote:
> Dear Mina,
> Please confirm the remuneration of the directors of Hinode Sangyo (Singapore) Pte. Ltd.
>
>   Director            Fees (SGD)   Salary (SGD)   BIK (SGD)   NRIC/FIN
>   Lim Boon Kiat           -          214,000       12,406      S7712458D
>   Kisanuki Yoshiro        -          186,500        8,220      G5518832K
>   Rachel Ong          30,000              -            -       S8123377J
>   Hiroshi Narahashi   20,000              -            -       -
>   Tan Chee Meng       30,000              -            -       S6904412B
>
> Kind regards, Wei Ling
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply: the directors' table with IDs is only in the auditor's quoted 'On … wrote:' text",
))

MESSAGES.append(dict(
    id="fin-091",
    sender=HASEBE,
    to=["みどり銀行 法人営業部 杉浦様 <sugiura.k@midori-ginko.co.jp>"],
    subject="財務課 担当者変更のご連絡",
    charset="iso-2022-jp",
    body=f"""杉浦様

いつもお世話になっております。日の出産業 財務課の長谷部です。
10月1日付の人事異動により、貴行とのお取引の窓口担当が変わりますのでご連絡いたします。

　新担当：財務課 主任　鷲尾 賢治（わしお けんじ）
　直通　：03-5250-7847
　携帯　：080-4716-2093（業務用）
　メール：washio.k@hinode-sangyo.co.jp

前任の芦田は引き続き財務課に在籍し、資金繰りを担当いたします。
今後ともよろしくお願いいたします。

{SIG_HASEBE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="one colleague's business contact (work mobile, direct line) given to the bank: a single business contact",
))

_p = people(92, 6, born=(1955, 1970))
_cos = ["日の出ロジスティクス株式会社", "日の出テクノサービス株式会社", "日の出エンジニアリング株式会社",
        "HINODE SANGYO (THAILAND) CO., LTD.", "Hinode Vietnam Co., Ltd.", "日の出不動産管理株式会社"]
_doms = ["hinode-logi.co.jp", "hinode-techno.co.jp", "hinode-eng.co.jp", "hinode-th.co.th", "hinode-vn.com.vn", "hinode-fudosan.co.jp"]
_tels = ["048-641-2211", "052-218-7741", "045-470-3388", "+66-2-254-8810", "+84-28-3822-5471", "03-5250-7690"]
_ttl = ["代表取締役社長", "代表取締役社長", "代表取締役社長", "Managing Director", "General Director", "代表取締役"]
_lst = "\n".join(f"{_cos[i]}\n　{_ttl[i]} {p['name']}\n　{p['romaji'].split()[0].lower()}.{p['romaji'].split()[1].lower()}@{_doms[i]}　直通 {_tels[i]}\n"
                 for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fin-092",
    sender=HASEBE,
    to=["ガバナンス・パートナーズ 千石様 <sengoku@gov-partners.co.jp>"],
    subject="グループ報酬制度見直し ヒアリング対象者のご連絡",
    charset="iso-2022-jp",
    body=f"""千石様

お世話になっております。日の出産業の長谷部です。
グループ会社の役員報酬制度見直しのヒアリング対象者（各社社長6名）の連絡先です。
日程調整は各社長と直接お願いいたします。

{_lst}
{SIG_HASEBE}
""",
    expect="either",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six group presidents' business e-mails and direct lines to a consultant: a list of people, but business contacts",
))

MESSAGES.append(dict(
    id="fin-093",
    sender=ASHIDA,
    to=["HINODE THAILAND Accounting <account@hinode-th.co.th>"],
    cc=["財務課 <zaimu@hinode-sangyo.co.jp>"],
    subject="9月末 換算レート / Month-end rates (September)",
    charset="utf-8",
    html="""<html><body style="font-family:Arial,'Meiryo',sans-serif">
<p>Dear Accounting team,<br>経理ご担当者様</p>
<p>Please use the following rates for the September reporting package.<br>
9月の連結パッケージでは以下のレートをご使用ください。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Currency</th><th>Closing (TTM)</th><th>Average (Apr-Sep)</th></tr>
<tr><td>USD/JPY</td><td align="right">147.35</td><td align="right">148.02</td></tr>
<tr><td>THB/JPY</td><td align="right">4.33</td><td align="right">4.28</td></tr>
<tr><td>EUR/JPY</td><td align="right">160.11</td><td align="right">160.08</td></tr>
<tr><td>GBP/JPY</td><td align="right">189.47</td><td align="right">188.90</td></tr>
<tr><td>SGD/JPY</td><td align="right">113.62</td><td align="right">113.05</td></tr>
</table>
<p>Deadline: 8 October, 17:00 JST.</p>
<p>Kengo Ashida<br>Finance Section, Hinode Sangyo Co., Ltd.</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only FX rate table to one subsidiary: no personal data",
))

_p = people(94, 4, born=(1975, 1995))
MESSAGES.append(dict(
    id="fin-094",
    sender=KIRYU,
    to=["さくらホテル東京 宴会営業 小田切様 <banquet@sakura-hotel.jp>"],
    subject="10/22 スモールミーティング 最終人数と当日連絡先",
    charset="cp932",
    body=f"""小田切様

お世話になっております。日の出産業 IR室の桐生です。
10月22日のスモールミーティングの最終人数をご連絡します。

■ご出席の会社（計9社・14名）
　丸の内証券（3名）、関東キャピタル（2名）、Orbis Research（2名）、
　みなと投信（1名）、北斗証券（2名）、さつき生命（1名）、
　ひかり投資顧問（1名）、東和アセット（1名）、Westbay Partners（1名）

■当日、道に迷われた場合などにホテルから直接ご連絡いただく4名
　・{_p[0]['name']}様（丸の内証券）　{fw(_p[0]['mob'])}
　・{_p[1]['name']}様（Orbis Research）　{_p[1]['mob']}
　・{_p[2]['name']}様（北斗証券）　{fw(_p[2]['mob'])}
　・{_p[3]['name']}様（みなと投信）　{_p[3]['mob']}

お飲み物は各席にミネラルウォーターをご用意ください。

{SIG_KIRYU}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="firm list plus four attendees' mobiles to the hotel: under five people (may warn)",
))

MESSAGES.append(dict(
    id="fin-095",
    sender=YOSHIMI,
    to=["日の出ロジスティクス 総務部 <soumu@hinode-logi.co.jp>"],
    subject="グループ役員の兼務状況（2026年7月1日現在）",
    charset="iso-2022-jp",
    body=f"""日の出ロジスティクス 総務部 ご担当者様

お疲れさまです。日の出産業 総務部の吉見です。
関連当事者注記の作成用に、グループ役員の兼務状況をお送りします。

　氏名　　　　　当社役職　　　　　　兼務先・役職
　三雲 正隆　　 代表取締役社長　　　日の出ロジスティクス 取締役（非常勤）
　奈良橋 宏　　 取締役副社長　　　　日の出テクノサービス 取締役会長
　木佐貫 由紀子 常務取締役CFO　　　 日の出不動産管理 監査役（非常勤）
　千本木 義則　 執行役員　　　　　　日の出ロジスティクス 代表取締役社長
　蒲生 亮介　　 執行役員　　　　　　日の出テクノサービス 代表取締役社長

貴社の有価証券届出書の記載とも整合させていますので、ご確認ください。

{SIG_YOSHIMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="public officer cross-directorships (names and titles only) to a group company",
))

_p = people(96, 25, born=(1930, 1998))
_sheet = [["株主番号", "氏名", "郵便番号", "住所", "電話", "所有株式数", "単元未満"]]
for i, p in enumerate(_p):
    _sheet.append([f"{30000 + i * 53}", p["name"], p["zip"], p["addr"] + p["bldg"], p["land"], p["shares"], "有" if i % 7 == 0 else ""])
MESSAGES.append(dict(
    id="fin-096",
    sender=USAMI,
    to=["総務部 部長 <soumu-bucho@hinode-sangyo.co.jp>"],
    cc=["宇佐美 奈緒 <n-usami@hinode-sangyo.co.jp>"],
    subject="個人株主上位25名の一覧（総会前の確認用）",
    charset="cp932",
    body="""部長

お疲れさまです。宇佐美です。
ご依頼の個人株主上位25名の一覧を添付します。
株主総会の受付で、ご来場が多い方を事前に把握するためのものです。
社外への持ち出しはしないでください。

宇佐美
""",
    attachments=[{"kind": "xlsx", "name": "個人株主上位25名.xlsx", "sheets": {"上位25名": _sheet}, "page_header": "社外秘"}],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="25 shareholders with addresses and phones, stamped 社外秘, but sent only inside the company",
))

MESSAGES.append(dict(
    id="fin-097",
    sender=AMOU,
    to=["白川法律事務所 久我先生 <kuga@shirakawa-law.jp>"],
    subject="提訴請求書への対応方針（打合せのお願い）",
    charset="iso-2022-jp",
    body=f"""久我先生

いつもお世話になっております。天羽です。
昨日、株主から監査役宛てに、旧経営陣に対する責任追及の訴えの提起を求める
提訴請求書が届きました（会社法847条1項）。

請求の対象は2021年度の海外子会社への貸付金（約12億円）の回収不能に関する
善管注意義務違反とのことです。監査役会としては60日以内に判断が必要となるため、
調査の進め方について早めにご相談させてください。

来週前半でご都合のよい時間帯をいくつかいただけますと幸いです。

{SIG_AMOU}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="legal consultation about a derivative-suit demand: no personal data, no marking",
))

MESSAGES.append(dict(
    id="fin-098",
    sender=HASEBE,
    to=["三雲 文子 様 <fumiko.mikumo@gmail.com>"],
    subject="保証契約に関するご署名書類のご案内",
    charset="iso-2022-jp",
    body=f"""三雲 文子 様

突然のご連絡失礼いたします。日の出産業 財務課の長谷部でございます。
会長よりご紹介いただき、ご連絡を差し上げました。

みどり銀行との設備資金の契約にあたり、担保提供者としてご署名いただく書類について、
ご準備いただきたいものを以下にまとめました。

　・印鑑登録証明書（発行後3か月以内）1通
　・ご実印
　・ご本人確認書類（運転免許証など）※当日ご持参ください

銀行担当者同席のうえでのご署名となりますので、11月上旬で
ご都合のよい日時をいくつかお知らせいただけますと幸いです。

{SIG_HASEBE}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one private person on free mail gets a checklist of documents: no personal data in the mail",
))

MESSAGES.append(dict(
    id="fin-099",
    sender=KATSURAGI,
    to=["James Whitcombe <j.whitcombe@marlowefinch.com>"],
    cc=["Tan Wei Ling <tan.weiling@brightwater-assurance.com.sg>"],
    subject="FY2027 audit fee proposal - UK and Singapore components",
    charset="utf-8",
    body=f"""Dear James, dear Wei Ling,

Thank you both for the fee proposals for the FY2027 component audits.

  Component                          FY2026 fee     FY2027 proposal
  Hinode Sangyo UK Ltd.              GBP 96,000     GBP 104,500
  Hinode Sangyo (Singapore) Pte.     SGD 88,000     SGD 91,000

We can accept the Singapore proposal as is. For the UK, we would like to understand the
8.9% increase: could you break it down between scope changes (the new ERP) and rate
increases? A call on 28 October would suit us.

Kind regards,
{SIG_KATSURAGI}
{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="English fee discussion with two audit firms (two external organisations) and the standard disclaimer",
))

MESSAGES.append(dict(
    id="fin-100",
    sender=AMOU,
    to=["ハリス 恵美 様 <e.harris@tokai-u.ac.jp>"],
    cc=["葛西 陽一 様 <kasai@kasai-cpa.jp>"],
    subject="【社外役員各位】11月度取締役会の日程と事前説明のご案内",
    charset="iso-2022-jp",
    body=f"""ハリス様
葛西様

いつもお世話になっております。取締役会事務局の天羽です。
11月度定例取締役会の日程をご案内いたします。

　日時：11月20日（金）13:30〜16:30
　場所：当社本社 12階 役員会議室（オンライン併用）

主な議題は上期決算の承認、政策保有株式の売却、内部統制の評価計画です。
事前説明は11月17日（火）または18日（水）にオンラインで実施したく、
ご都合をお知らせください。資料はいつもの取締役会ポータルに掲載いたします。

{SIG_AMOU}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two outside directors at two external organisations (a university and a CPA office): a normal two-party mail",
))
