# -*- coding: utf-8 -*-
"""Blind corpus — 人事・総務 (HR and general affairs) of 日の出産業株式会社.

Every person, number and address below is invented.  Rows are built by small helpers
from a fixed seed per message so that each list is stable from one build to the next.
"""
import datetime as _dt
import hashlib
import random

from build import card_number, my_number

# -- invented people ----------------------------------------------------------------------
# (姓, 名, セイ, メイ, romaji "Given Family", sex)
_PEOPLE = [
    ("勅使河原", "圭吾", "テシガワラ", "ケイゴ", "Keigo Teshigawara", "M"),
    ("百目鬼", "美月", "ドウメキ", "ミツキ", "Mitsuki Domeki", "F"),
    ("四月一日", "陽太", "ワタヌキ", "ヨウタ", "Yota Watanuki", "M"),
    ("小鳥遊", "莉子", "タカナシ", "リコ", "Riko Takanashi", "F"),
    ("東海林", "浩二", "ショウジ", "コウジ", "Koji Shoji", "M"),
    ("五十嵐", "千尋", "イガラシ", "チヒロ", "Chihiro Igarashi", "F"),
    ("我孫子", "大輔", "アビコ", "ダイスケ", "Daisuke Abiko", "M"),
    ("九十九", "彩花", "ツクモ", "アヤカ", "Ayaka Tsukumo", "F"),
    ("鬼頭", "健太郎", "キトウ", "ケンタロウ", "Kentaro Kito", "M"),
    ("仁平", "真由美", "ニヘイ", "マユミ", "Mayumi Nihei", "F"),
    ("相良", "拓海", "サガラ", "タクミ", "Takumi Sagara", "M"),
    ("宇佐美", "奈々", "ウサミ", "ナナ", "Nana Usami", "F"),
    ("薬師寺", "修", "ヤクシジ", "オサム", "Osamu Yakushiji", "M"),
    ("皆川", "悠", "ミナガワ", "ユウ", "Yu Minagawa", "F"),
    ("比嘉", "翔", "ヒガ", "ショウ", "Sho Higa", "M"),
    ("榎本", "里奈", "エノモト", "リナ", "Rina Enomoto", "F"),
    ("御手洗", "誠", "ミタライ", "マコト", "Makoto Mitarai", "M"),
    ("橘", "早苗", "タチバナ", "サナエ", "Sanae Tachibana", "F"),
    ("長谷部", "亮介", "ハセベ", "リョウスケ", "Ryosuke Hasebe", "M"),
    ("蓮見", "紗希", "ハスミ", "サキ", "Saki Hasumi", "F"),
    ("雲林院", "信也", "ウジイ", "シンヤ", "Shinya Ujii", "M"),
    ("一ノ瀬", "葵", "イチノセ", "アオイ", "Aoi Ichinose", "F"),
    ("三ツ木", "和也", "ミツギ", "カズヤ", "Kazuya Mitsugi", "M"),
    ("能登", "香織", "ノト", "カオリ", "Kaori Noto", "F"),
    ("真壁", "隆之", "マカベ", "タカユキ", "Takayuki Makabe", "M"),
    ("有馬", "優奈", "アリマ", "ユウナ", "Yuna Arima", "F"),
    ("坂上", "哲也", "サカガミ", "テツヤ", "Tetsuya Sakagami", "M"),
    ("朝比奈", "瑞穂", "アサヒナ", "ミズホ", "Mizuho Asahina", "F"),
    ("氷室", "剛", "ヒムロ", "ツヨシ", "Tsuyoshi Himuro", "M"),
    ("野々村", "由佳", "ノノムラ", "ユカ", "Yuka Nonomura", "F"),
    ("金城", "勇気", "キンジョウ", "ユウキ", "Yuki Kinjo", "M"),
    ("若狭", "恵", "ワカサ", "メグミ", "Megumi Wakasa", "F"),
    ("柘植", "和彦", "ツゲ", "カズヒコ", "Kazuhiko Tsuge", "M"),
    ("月岡", "ひかり", "ツキオカ", "ヒカリ", "Hikari Tsukioka", "F"),
    ("砂田", "直樹", "スナダ", "ナオキ", "Naoki Sunada", "M"),
    ("嵯峨", "祐子", "サガ", "ユウコ", "Yuko Saga", "F"),
    ("日下部", "悟", "クサカベ", "サトル", "Satoru Kusakabe", "M"),
    ("乙部", "明日香", "オトベ", "アスカ", "Asuka Otobe", "F"),
    ("馬場", "俊介", "ババ", "シュンスケ", "Shunsuke Baba", "M"),
    ("大和田", "麻衣", "オオワダ", "マイ", "Mai Owada", "F"),
    ("丸岡", "秀樹", "マルオカ", "ヒデキ", "Hideki Maruoka", "M"),
    ("甲斐", "沙織", "カイ", "サオリ", "Saori Kai", "F"),
    ("新発田", "昇", "シバタ", "ノボル", "Noboru Shibata", "M"),
    ("寒川", "杏奈", "サムカワ", "アンナ", "Anna Samukawa", "F"),
    ("猪股", "幸平", "イノマタ", "コウヘイ", "Kohei Inomata", "M"),
    ("藤ヶ谷", "舞", "フジガヤ", "マイ", "Mai Fujigaya", "F"),
    ("入江", "雅人", "イリエ", "マサト", "Masato Irie", "M"),
    ("瀬戸口", "結衣", "セトグチ", "ユイ", "Yui Setoguchi", "F"),
    ("千葉", "正義", "チバ", "マサヨシ", "Masayoshi Chiba", "M"),
    ("柳生", "朋美", "ヤギュウ", "トモミ", "Tomomi Yagyu", "F"),
    ("稗田", "卓", "ヒエダ", "スグル", "Suguru Hieda", "M"),
    ("春日", "詩織", "カスガ", "シオリ", "Shiori Kasuga", "F"),
    ("八木橋", "康弘", "ヤギハシ", "ヤスヒロ", "Yasuhiro Yagihashi", "M"),
    ("羽生", "玲奈", "ハニュウ", "レイナ", "Reina Hanyu", "F"),
    ("尾花", "誠司", "オバナ", "セイジ", "Seiji Obana", "M"),
    ("冨樫", "千夏", "トガシ", "チナツ", "Chinatsu Togashi", "F"),
    ("宮路", "達也", "ミヤジ", "タツヤ", "Tatsuya Miyaji", "M"),
    ("設楽", "恵理", "シタラ", "エリ", "Eri Shitara", "F"),
    ("畦地", "良太", "アゼチ", "リョウタ", "Ryota Azechi", "M"),
    ("南雲", "佳織", "ナグモ", "カオリ", "Kaori Nagumo", "F"),
    ("渡邉", "大地", "ワタナベ", "ダイチ", "Daichi Watanabe", "M"),
    ("眞鍋", "楓", "マナベ", "カエデ", "Kaede Manabe", "F"),
    ("釜石", "竜也", "カマイシ", "タツヤ", "Tatsuya Kamaishi", "M"),
    ("雨宮", "桃子", "アメミヤ", "モモコ", "Momoko Amemiya", "F"),
    ("鷲尾", "公平", "ワシオ", "コウヘイ", "Kohei Washio", "M"),
    ("糸川", "夏美", "イトカワ", "ナツミ", "Natsumi Itokawa", "F"),
]

_TOWNS = [
    ("東京都", "練馬区", "石神井町", "177-0041"), ("東京都", "世田谷区", "経堂", "156-0052"),
    ("東京都", "江東区", "南砂", "136-0076"), ("東京都", "府中市", "白糸台", "183-0011"),
    ("東京都", "大田区", "久が原", "146-0085"), ("東京都", "杉並区", "阿佐谷南", "166-0004"),
    ("東京都", "板橋区", "成増", "175-0094"), ("東京都", "調布市", "国領町", "182-0022"),
    ("東京都", "品川区", "戸越", "142-0041"), ("東京都", "足立区", "綾瀬", "120-0005"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223-0062"),
    ("神奈川県", "川崎市中原区", "新丸子町", "211-0005"),
    ("神奈川県", "相模原市南区", "相南", "252-0344"), ("神奈川県", "藤沢市", "鵠沼海岸", "251-0037"),
    ("埼玉県", "さいたま市浦和区", "岸町", "330-0064"), ("埼玉県", "川口市", "芝新町", "333-0851"),
    ("埼玉県", "所沢市", "小手指町", "359-1141"), ("千葉県", "船橋市", "前原西", "274-0825"),
    ("千葉県", "市川市", "八幡", "272-0021"), ("千葉県", "松戸市", "常盤平", "270-2261"),
    ("茨城県", "取手市", "戸頭", "302-0034"), ("神奈川県", "横須賀市", "追浜本町", "237-0061"),
]
_BUILDINGS = ["コーポ{t}", "ハイツ{t}", "グランメール{t}", "メゾン・ド・{t}", "{t}レジデンス",
              "パークサイド{t}", "サンライズ{t}"]

_BANKS = [
    ("みどり銀行", "0168", [("本店営業部", "001"), ("芝支店", "023"), ("新宿西口支店", "047"),
                           ("横浜駅前支店", "112"), ("大宮支店", "208"), ("船橋支店", "315")]),
    ("東和銀行", "0531", [("浦和支店", "104"), ("川口支店", "117"), ("所沢支店", "122")]),
    ("北斗信用金庫", "1387", [("本店", "001"), ("調布支店", "009"), ("府中支店", "014")]),
    ("かもめ銀行", "0592", [("横須賀支店", "201"), ("藤沢支店", "214"), ("日吉支店", "236")]),
]

_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]

_HW = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ"))
_DAKU = {"ガ": "ｶﾞ", "ギ": "ｷﾞ", "グ": "ｸﾞ", "ゲ": "ｹﾞ", "ゴ": "ｺﾞ", "ザ": "ｻﾞ", "ジ": "ｼﾞ",
         "ズ": "ｽﾞ", "ゼ": "ｾﾞ", "ゾ": "ｿﾞ", "ダ": "ﾀﾞ", "ヂ": "ﾁﾞ", "ヅ": "ﾂﾞ", "デ": "ﾃﾞ",
         "ド": "ﾄﾞ", "バ": "ﾊﾞ", "ビ": "ﾋﾞ", "ブ": "ﾌﾞ", "ベ": "ﾍﾞ", "ボ": "ﾎﾞ", "パ": "ﾊﾟ",
         "ピ": "ﾋﾟ", "プ": "ﾌﾟ", "ペ": "ﾍﾟ", "ポ": "ﾎﾟ", "ヴ": "ｳﾞ", "　": " ", " ": " "}


def hankaku(s):
    """Full-width katakana → half-width (as bank transfer files carry 口座名義)."""
    return "".join(_DAKU.get(c) or _HW.get(c, c) for c in s)


_FW = str.maketrans("0123456789-/.()", "０１２３４５６７８９－／．（）")
_FWJ = str.maketrans("0123456789-/.()", "０１２３４５６７８９−／．（）")   # JIS-safe minus


def fw(s, jis=False):
    """ASCII digits and separators → full width (jis=True for ISO-2022-JP text)."""
    return s.translate(_FWJ if jis else _FW)


def pad(s, width):
    """Pad to a display width (full-width characters count 2)."""
    w = sum(2 if ord(c) > 0xff and not (0xff61 <= ord(c) <= 0xff9f) else 1 for c in s)
    return s + " " * max(width - w, 0)


def wareki(d, style="kanji"):
    if d >= _dt.date(2019, 5, 1):
        era, k, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, k, y = "平成", "H", d.year - 1988
    else:
        era, k, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{k}{y}.{d.month}.{d.day}"
    if style == "fwshort":
        return fw(f"{k}{y}.{d.month}.{d.day}").translate(str.maketrans("SHR", "ＳＨＲ"))
    if style == "kanji_fw":
        return f"{era}{fw(str(y))}年{fw(str(d.month))}月{fw(str(d.day))}日"
    raise ValueError(style)


def seireki(d, style="slash"):
    return {"slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
            "kanji": f"{d.year}年{d.month}月{d.day}日",
            "iso": d.isoformat(),
            "dot": f"{d.year}.{d.month}.{d.day}",
            "compact": f"{d.year}{d.month:02d}{d.day:02d}"}[style]


def people(seed, n, sex=None):
    pool = [p for p in _PEOPLE if sex is None or p[5] == sex]
    return random.Random(f"people-{seed}").sample(pool, n)


def recs(seed, n, lo=1962, hi=2002, sex=None):
    """n invented people with every attribute a roster might carry."""
    r = random.Random(f"recs-{seed}")
    out = []
    for i, p in enumerate(people(seed, n, sex)):
        d = dict(sei=p[0], mei=p[1], ksei=p[2], kmei=p[3], roma=p[4], sex=p[5])
        d["name"] = f"{p[0]} {p[1]}"
        d["name_fw"] = f"{p[0]}　{p[1]}"
        d["kana"] = f"{p[2]} {p[3]}"
        d["hkana"] = hankaku(f"{p[2]} {p[3]}")
        d["dob"] = _dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
        d["tel"] = f"{r.choice(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        fam, given = p[4].split()[1].lower(), p[4].split()[0].lower()
        d["pmail"] = r.choice([f"{given}.{fam}{r.randint(1, 99)}", f"{fam}_{given[:3]}{r.randint(80, 99)}",
                               f"{given[0]}{fam}{r.randint(100, 999)}"]) + "@" + r.choice(_FREEMAIL)
        d["cmail"] = f"{given[0]}-{fam}@hinode-sangyo.co.jp"
        pref, city, town, zipc = r.choice(_TOWNS)
        bld = r.choice(_BUILDINGS).format(t=town[:2]) + f" {r.randint(1, 9)}0{r.randint(1, 8)}"
        d["zip"] = zipc
        d["pref"], d["city"], d["town"] = pref, city, town
        d["banchi"] = f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
        d["bld"] = bld if r.random() < 0.6 else ""
        d["addr"] = f"{pref}{city}{town}{d['banchi']}" + (f" {d['bld']}" if d["bld"] else "")
        bank, bcode, branches = r.choice(_BANKS)
        br, brcode = r.choice(branches)
        d["bank"], d["bcode"], d["branch"], d["brcode"] = bank, bcode, br, brcode
        d["acct"] = f"{r.randint(1000000, 9999999)}"
        d["empno"] = f"{r.choice([1, 2])}{r.randint(0, 9)}{r.randint(100, 999)}"
        d["pension"] = f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}"
        d["hi_kigo"] = f"{r.randint(10, 99)}"
        d["hi_bango"] = f"{r.randint(100, 2999)}"
        d["license"] = f"{r.choice(['30', '45', '46', '50'])}{r.randint(10, 22):02d}{r.randint(100000, 999999)}{r.randint(0, 9)}{r.randint(0, 9)}"
        d["passport"] = f"T{r.choice('KRSZHU')}{r.randint(1000000, 9999999)}"
        d["mynum"] = my_number(int(hashlib.md5(str(seed).encode()).hexdigest()[:6], 16) * 100 + i)
        d["age"] = 2025 - d["dob"].year - (1 if (d["dob"].month, d["dob"].day) > (4, 1) else 0)
        out.append(d)
    return out


def corp_number(base12):
    """法人番号: check digit + 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


# -- senders and their signatures ---------------------------------------------------------
YAMAGISHI = "山岸 奈緒 <n-yamagishi@hinode-sangyo.co.jp>"
TOTSUKA = "戸塚 研一 <totsuka@hinode-sangyo.co.jp>"
SHIMIZU = "清水 恭子 <k-shimizu@hinode-sangyo.co.jp>"
OKUBO = "大久保 雅彦 <okubo.m@hinode-sangyo.co.jp>"
SERIZAWA = "芹沢 航 <serizawa@hinode-sangyo.co.jp>"
IWASA = "岩佐 典子 <iwasa@hinode-sangyo.co.jp>"
MATSUURA = "松浦 亜紀 <a-matsuura@hinode-sangyo.co.jp>"
KOMORI = "小森 智史 <komori@mail.hinode-sangyo.co.jp>"
OKADA = "岡田 瑞希 <okada.mizuki@hinode-sangyo.co.jp>"
NAKAHARA = "Ken Nakahara <k.nakahara@hinode-sangyo.co.jp>"

SIG_YAMAGISHI = """
――――――――――――――――――――――――
日の出産業株式会社　人事部 人事課
山岸 奈緒（やまぎし なお）
〒105-0014 東京都港区芝2-18-5 日の出ビル7F
TEL 03-5442-7810（直通）／FAX 03-5442-7819
n-yamagishi@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_TOTSUKA = """
--
日の出産業株式会社 総務部 総務課
戸塚 研一
TEL: 03-5442-7800(代) 内線 214
〒105-0014 東京都港区芝2-18-5"""

SIG_SHIMIZU = """
*************************************
 日の出産業株式会社
 人事部 給与厚生課　清水 恭子
 〒105-0014 東京都港区芝二丁目18番5号
 TEL 03-5442-7812  FAX 03-5442-7819
*************************************"""

SIG_OKUBO = """
日の出産業株式会社
取締役 人事部長　大久保 雅彦
03-5442-7800（代表）"""

SIG_SERIZAWA = """
━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 採用グループ
芹沢 航 (Wataru Serizawa)
TEL 03-5442-7815 / 携帯 080-3391-7706
https://www.hinode-sangyo.co.jp/recruit/
━━━━━━━━━━━━━━━━━━"""

SIG_IWASA = """
日の出産業株式会社 健康管理室
保健師　岩佐 典子
内線 330 ／ 直通 03-5442-7830"""

SIG_MATSUURA = """
------------------------------------------
日の出産業株式会社　総務部
松浦 亜紀 (Aki Matsuura)
〒105-0014 東京都港区芝2-18-5 日の出ビル
TEL 03-5442-7800 / FAX 03-5442-7809
------------------------------------------"""

SIG_KOMORI = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社 総務部 施設グループ
小森 智史
TEL 03-5442-7806　携帯 070-2218-4460
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_OKADA = """
----
日の出産業(株) 人事部 人材開発グループ
岡田 瑞希
TEL 03-5442-7817"""

SIG_NAKAHARA = """
Ken Nakahara
Global HR, Human Resources Dept.
Hinode Sangyo Co., Ltd.
2-18-5 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel +81-3-5442-7818"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES = []


# =========================================================================================
# hr-001 … : messages
# =========================================================================================

# hr-001 — 給与振込データ (CSV, 半角カナ名義) to the bank
_r = recs("001", 14)
MESSAGES.append(dict(
    id="hr-001",
    sender=SHIMIZU,
    to=["みどり銀行 法人営業部 堀内様 <horiuchi.t@midori-ginko.co.jp>"],
    subject="12月分 給与振込データ送付の件（日の出産業）",
    charset="iso-2022-jp",
    body="""みどり銀行 法人営業部
堀内様

いつも大変お世話になっております。
日の出産業の清水でございます。

12月分給与の振込データをお送りいたします。
総合振込サービスの障害の件、ご対応ありがとうございました。
復旧までの間は本メールでの受付と伺っておりますので、添付のCSVにて
お手続きをお願いできますでしょうか。

　振込指定日：2024年12月25日（水）
　件数　　　：14件
　合計金額　：4,318,650円
　依頼人　　：ヒノデサンギョウ（カ

金額の確認は、別途FAXの振込依頼書（押印済み）と突合いただけますと幸いです。
ご不明点がございましたら、清水までご連絡ください。

どうぞよろしくお願いいたします。
""" + SIG_SHIMIZU,
    attachments=[dict(kind="csv", name="kyuyo_202412.csv", encoding="cp932", rows=[
        ["社員番号", "受取人名", "銀行コード", "銀行名", "支店コード", "支店名", "預金種目", "口座番号", "振込金額"],
    ] + [[p["empno"], p["hkana"], p["bcode"], p["bank"], p["brcode"], p["branch"], "1", p["acct"],
          str(random.Random(p["acct"]).randint(218000, 412000))] for p in _r])],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="payroll transfer CSV of 14 employees (half-width kana names, accounts) sent to the bank by mail",
))

# hr-002 — 扶養控除: My Numbers of dependants in a space-padded table, to the 社労士
_r = recs("002", 3, lo=1975, hi=1992)
_rows = []
for _i, _p in enumerate(_r):
    _dep = ["さやか", "悠真", "美咲"][_i]
    _rel = ["配偶者", "長男", "長女"][_i]
    _d = [_dt.date(1986, 3, 12), _dt.date(2012, 6, 13), _dt.date(2015, 9, 14)][_i]
    _rows.append(f"{_p['empno']}   {pad(_p['name'], 14)}{pad(_rel, 8)}{pad(_p['sei'] + ' ' + _dep, 16)}{seireki(_d)}   "
                 + " ".join(my_number(2000 + _i)[k:k + 4] for k in (0, 4, 8)))
MESSAGES.append(dict(
    id="hr-002",
    sender=SHIMIZU,
    to=["岡部社会保険労務士事務所 岡部先生 <okabe@okabe-sr-office.jp>"],
    cc=["事務所 受付 <info@okabe-sr-office.jp>"],
    subject="扶養控除等申告書　個人番号の不足分（3名分）",
    charset="cp932",
    body="""岡部先生

お世話になっております。日の出産業の清水です。
先日ご指摘いただいた扶養控除等申告書の個人番号未記載の件、
本人から回収できましたので下記のとおりお知らせいたします。

社員番号 氏名          続柄    扶養親族氏名    生年月日     個人番号
--------------------------------------------------------------------------------
""" + "\n".join(_rows) + """
--------------------------------------------------------------------------------

原本（番号確認書類の写し）は、来週の訪問時にお渡しいたします。
お手数をおかけしますが、年末調整の計算に反映をお願いいたします。
""" + SIG_SHIMIZU,
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="three dependants' My Numbers with names and birth dates in a padded table to the external labour consultant",
))

# hr-003 — diabetes of one employee, prose, to the external 産業医
MESSAGES.append(dict(
    id="hr-003",
    sender=IWASA,
    to=["高輪産業医事務所 菅野先生 <kanno@takanawa-sangyoi.jp>"],
    subject="定期健診後のフォローについて（製造部1名）",
    charset="utf-8",
    body="""菅野先生

いつもお世話になっております。日の出産業 健康管理室の岩佐です。

来週の面談日（11/14）の前に、1名だけ先にご相談させてください。

製造部 第二製造課の我孫子大輔さん（社員番号21033、42歳）ですが、
今年の定期健康診断で空腹時血糖 168、HbA1c 8.2% と昨年より大きく悪化していました。
本人に確認したところ、2年前に2型糖尿病と診断されて以降、通院を自己中断していたそうです。
先週から近所の内科で治療を再開し、内服薬が処方されたとのことです。

夜勤（3交替）のシフトに入っているため、低血糖のリスクも含めて
就業上の配慮が必要かどうか、先生のご意見をいただけますでしょうか。
面談枠は14日の15:30からを仮で押さえております。

よろしくお願いいたします。
""" + SIG_IWASA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="diagnosis and health-check values of one named employee in prose to an external occupational physician",
))

# hr-004 — rooming list with religious dietary needs, to the partner hotel
_r = sorted(recs("004", 14, lo=1968, hi=2001), key=lambda p: p["sex"])
_diet = {2: "ハラール対応（宗教上の理由により豚肉・アルコール不可）", 7: "ベジタリアン（ヒンドゥー教のため牛肉不可）",
         11: "乳製品不可"}
_lines = []
for _i, _p in enumerate(_r):
    _room = 501 + _i // 2
    _lines.append(f"・{_room}号室　{_p['name']}（{'男' if _p['sex'] == 'M' else '女'}）"
                  + (f"　※{_diet[_i]}" if _i in _diet else ""))
MESSAGES.append(dict(
    id="hr-004",
    sender=MATSUURA,
    to=["さくらホテル 宴会予約 大西様 <banquet@sakura-hotel.jp>"],
    subject="【日の出産業】社員旅行 ご宿泊者名簿とお食事のご要望",
    charset="iso-2022-jp",
    body="""さくらホテル 宴会予約
大西様

いつもお世話になっております。
日の出産業 総務部の松浦です。

11月22日（金）〜23日（土）の社員旅行（技術本部 14名）につきまして、
お部屋割りとお食事のご要望をお送りします。

""" + "\n".join(_lines) + """

※印の3名はご夕食・ご朝食とも個別のご対応をお願いしたく存じます。
特にハラール対応の方は、調理器具の共用も避けていただけると助かります。
難しい点がありましたら、事前にご相談ください。

当日の幹事は私（松浦）が務めます。
何卒よろしくお願いいたします。
""" + SIG_MATSUURA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="14-person rooming list with religion-based dietary needs tied to named staff, to a hotel",
))

# hr-005 — bus passenger list, tab separated, to a bus company
_r = recs("005", 20, lo=1965, hi=2003)
_stops = ["本社前", "本社前", "品川駅港南口", "川崎工場"]
MESSAGES.append(dict(
    id="hr-005",
    sender=MATSUURA,
    to=["ひかり観光バス 営業所 <eigyo@hikari-kankobus.co.jp>"],
    subject="乗車名簿の件（11/22 日の出産業様 貸切2号車）",
    charset="cp932",
    body="""ひかり観光バス　ご担当者様

お世話になっております。日の出産業の松浦です。
先日ご依頼のあった2号車の乗車名簿をお送りします。
緊急時の連絡用に携帯番号も入れております。

No\t氏名\tふりがな\t携帯番号\t乗車地
""" + "\n".join(f"{i + 1}\t{p['name']}\t{p['kana']}\t{p['tel']}\t{_stops[i % 4]}" for i, p in enumerate(_r)) + """

以上20名です。添乗は総務の戸塚が同乗いたします。
よろしくお願いいたします。
""" + SIG_MATSUURA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="20 passengers with mobile numbers, tab-separated in the body, to a bus company",
))

# hr-006 — 資格取得届: one new hire's 基礎年金番号 to the 社労士
_p = recs("006", 1, lo=1999, hi=2001)[0]
MESSAGES.append(dict(
    id="hr-006",
    sender=YAMAGISHI,
    to=["みなと社会保険労務士事務所 <tetsuzuki@minato-sr.jp>"],
    subject="健康保険・厚生年金 資格取得届の作成依頼（12/1入社 1名）",
    charset="utf-8",
    body=f"""みなと社会保険労務士事務所
ご担当者様

お世話になっております。日の出産業 人事部の山岸です。
12月1日付の中途入社者1名について、資格取得届の作成をお願いいたします。

【被保険者】
氏名：{_p['name']}（{_p['kana']}）
性別：{'男' if _p['sex'] == 'M' else '女'}
生年月日：{wareki(_p['dob'])}
住所：〒{_p['zip']} {_p['addr']}
基礎年金番号：{_p['pension']}
資格取得日：令和6年12月1日
報酬月額：285,000円（通勤手当 12,400円を含む）
被扶養者：なし

前職の健康保険証は11/30で返却済みとのことです。
ご不明点があればご連絡ください。よろしくお願いいたします。
""" + SIG_YAMAGISHI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one new hire's basic pension number, birth date and address to an external 社労士",
))

# hr-007 — lost health insurance card, 記号・番号 of one employee, to the 健保組合
_p = recs("007", 1, lo=1980, hi=1990, sex="F")[0]
MESSAGES.append(dict(
    id="hr-007",
    sender=SHIMIZU,
    to=["関東機械工業健康保険組合 適用課 <tekiyo@kanto-kikai-kenpo.or.jp>"],
    subject="被保険者証 再交付申請について",
    charset="iso-2022-jp",
    body=f"""関東機械工業健康保険組合
適用課 御中

いつもお世話になっております。
日の出産業株式会社（事業所記号 0412）給与厚生課の清水です。

弊社被保険者1名が保険証を紛失したため、再交付申請書を本日郵送いたしました。
念のため、対象者の情報をお知らせいたします。

　被保険者氏名　{_p['name_fw']}
　生年月日　　　{wareki(_p['dob'], 'kanji_fw')}
　記号　{fw(_p['hi_kigo'], True)}　　番号　{fw(_p['hi_bango'], True)}
　紛失日　　　　令和６年１０月２７日頃（通勤途中）
　警察への届出　遺失届 提出済み（受理番号は申請書に記載）

再交付までの間に受診の予定があるとのことで、資格確認書の発行が可能かどうかも
併せてご教示いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_SHIMIZU,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one employee's health insurance card 記号・番号 (full-width) and birth date to the external insurer",
))

# hr-008 — interview schedule xlsx with 6 candidates' contacts, back to the agency
_r = recs("008", 6, lo=1985, hi=1998)
MESSAGES.append(dict(
    id="hr-008",
    sender=SERIZAWA,
    to=["キャリアブリッジ 中谷様 <nakatani@careerbridge.co.jp>"],
    subject="RE: 生産技術職（中途）ご推薦の件 一次面接日程",
    charset="utf-8",
    body="""キャリアブリッジ株式会社
中谷様

お世話になっております。日の出産業の芹沢です。
ご推薦いただいた6名の方、一次面接の日程を添付のとおり確定いたしました。
当日の連絡先は、ご本人の携帯に直接ご連絡する場合がありますので、
一覧の番号・メールに誤りがないかご確認いただけますでしょうか。

会場は本社7F 第3会議室です（Web希望の方はTeamsのURLを前日までにお送りします）。

引き続きよろしくお願いいたします。
""" + SIG_SERIZAWA,
    attachments=[dict(kind="xlsx", name="一次面接日程_生産技術.xlsx", sheets={
        "日程": [["一次面接 日程表（生産技術職・中途）"], [],
                 ["面接日時", "氏名", "フリガナ", "年齢", "現職", "携帯電話", "メールアドレス", "形式"]]
        + [[f"1月{15 + i // 2}日 {['10:00', '14:00'][i % 2]}", p["name"], p["kana"], p["age"],
            ["自動車部品メーカー", "精密機器商社", "化学メーカー", "設備保全会社", "家電メーカー", "SIer"][i],
            p["tel"], p["pmail"], "対面" if i % 3 else "Web"] for i, p in enumerate(_r)],
        "面接官": [["日付", "面接官"], ["1月15日", "技術本部 馬場・人事 芹沢"], ["1月16日", "技術本部 丸岡・人事 芹沢"],
                  ["1月17日", "技術本部 馬場・人事 山岸"]],
    })],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="reply whose new attachment lists 6 candidates with mobiles and private e-mails, to the agency",
))

# hr-009 — arrest record of a candidate, to the background-check firm
MESSAGES.append(dict(
    id="hr-009",
    sender=OKUBO,
    to=["リサーチワン 調査部 伊勢様 <ise@research-one.co.jp>"],
    subject="採用前調査のご依頼（追加確認事項）",
    charset="cp932",
    body="""リサーチワン株式会社
調査部　伊勢様

平素より大変お世話になっております。日の出産業の大久保でございます。

先般ご依頼いたしました経理部長候補　柘植 和彦 様（昭和54年生）の件で、
追加で確認をお願いしたい事項がございます。

同氏の前職関係者から、2019年頃に業務上横領の容疑で逮捕され、
その後不起訴となったらしいとの情報が非公式に寄せられました。
事実関係（逮捕の有無、処分結果）を確認いただくことは可能でしょうか。
可能な範囲・方法と追加費用の概算をお知らせください。

なお、本件は役員面接の前（12月第2週）までに判断したいと考えております。
お忙しいところ恐縮ですが、よろしくお願い申し上げます。
""" + SIG_OKUBO,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named candidate's alleged arrest (criminal record, 要配慮) in prose to an external firm",
))

# hr-010 — high-stress list (no name column) as PDF, to the EAP provider
_rr = random.Random("010")
_tbl = [["社員番号", "所属", "性別", "年代", "ストレス要因", "心身の反応", "周囲の支援", "判定", "医師面接"]]
for _i in range(9):
    _tbl.append([f"{_rr.randint(10, 29)}{_rr.randint(100, 999)}", _rr.choice(["営業一部", "営業二部", "製造部", "品質保証部", "経理部", "情報システム部"]),
                 _rr.choice(["男", "女"]), _rr.choice(["20代", "30代", "40代", "50代"]), str(_rr.randint(30, 52)),
                 str(_rr.randint(78, 112)), str(_rr.randint(14, 30)), "高ストレス", _rr.choice(["希望", "希望しない", "未回答"])])
MESSAGES.append(dict(
    id="hr-010",
    sender=IWASA,
    to=["こころケアパートナーズ 相談窓口 <eap-desk@kokoro-care.co.jp>"],
    subject="2024年度ストレスチェック 高ストレス者一覧（面接調整用）",
    charset="utf-8",
    body="""こころケアパートナーズ
ご担当者様

お世話になっております。日の出産業 健康管理室の岩佐です。
今年度のストレスチェックで高ストレスと判定された方の一覧をお送りします。
医師面接を「希望」とした方から順に、日程調整をお願いできればと思います。

氏名は伏せておりますので、ご連絡の際は社員番号でお知らせください。
ご本人への連絡は当室から行います。

よろしくお願いいたします。
""" + SIG_IWASA,
    attachments=[dict(kind="pdf", name="高ストレス者一覧_2024.pdf",
                      lines=["2024年度 ストレスチェック 高ストレス者一覧", "日の出産業株式会社 健康管理室", ""],
                      table=_tbl)],
    expect="stop",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="stress-check scores of 9 employees by employee number (no names) in a PDF table to an outside EAP",
))

# hr-011 — disability grades of two employees, to the employment-support body
MESSAGES.append(dict(
    id="hr-011",
    sender=YAMAGISHI,
    to=["ともに雇用支援センター 相談員 北条様 <hojo@tomoni-koyo.or.jp>"],
    subject="職場定着支援のご相談（2名）",
    charset="iso-2022-jp",
    body="""ともに雇用支援センター
北条様

先日はお電話でありがとうございました。日の出産業 人事部の山岸です。
ご相談した2名について、概要をお送りします。

１．春日 詩織さん（品質保証部、2022年入社）
　　精神障害者保健福祉手帳 3級（双極性障害）。通院は月1回。
　　最近、残業が続くと翌日欠勤することが増えており、業務量の調整方法についてご助言いただきたいです。

２．釜石 竜也さん（物流センター、2019年入社）
　　身体障害者手帳 2級（右下肢機能障害）。
　　倉庫の配置換えに伴い、移動距離が長くなったことへの対応を検討中です。

ジョブコーチの派遣が可能かどうかも含め、一度ご訪問いただけますと幸いです。
よろしくお願いいたします。
""" + SIG_YAMAGISHI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="disability certificates and diagnosis of two named employees to an outside support centre",
))

# hr-012 — PPAP zip of 源泉徴収票, to the tax accountant
MESSAGES.append(dict(
    id="hr-012",
    sender=SHIMIZU,
    to=["青山税理士法人 大谷様 <otani@aoyama-zeirishi.jp>"],
    subject="退職者分 源泉徴収票（2024年分）の送付",
    charset="cp932",
    body="""青山税理士法人
大谷様

お世話になっております。日の出産業の清水です。
2024年中の退職者分の源泉徴収票をお送りします。
添付ファイルはパスワード付きZIPです。パスワードは別メールでお送りします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_SHIMIZU,
    attachments=[dict(kind="zip", name="gensen_taishokusha_2024.zip", password="Hnd#2024tx", files=[
        dict(kind="pdf", name="源泉徴収票_退職者.pdf", lines=["令和6年分 給与所得の源泉徴収票（退職者分）"],
             table=[["氏名", "個人番号", "支払金額"]] + [[p["name"], p["mynum"], "1,842,000"] for p in recs("012", 6)]),
    ])],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an outside tax accountant: cannot be inspected",
))

# hr-013 — look-alike of the partner hotel (.co.jp instead of .jp), 3 attendees
_r = recs("013", 3, lo=1990, hi=2000)
MESSAGES.append(dict(
    id="hr-013",
    sender=OKADA,
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.co.jp>"],
    subject="1/23-24 研修宿泊 ご予約者の変更",
    charset="iso-2022-jp",
    body="""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業 人材開発グループの岡田です。
1月23日〜24日の若手研修のご宿泊について、3名分の変更をお願いします。

""" + "\n".join(f"　{p['name']}　様（連絡先：{p['tel']}）" for p in _r) + """

上記3名はチェックインが21時過ぎになる見込みです。
到着が遅れる場合は、ご本人の携帯へご連絡ください。

よろしくお願いいたします。
""" + SIG_OKADA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="partner sakura-hotel.jp mistyped as sakura-hotel.co.jp (another TLD); carries 3 guests' mobiles",
))

# hr-014 — look-alike of the own domain (hinode-sangyou), bonus list meant for 経理
_r = recs("014", 8)
MESSAGES.append(dict(
    id="hr-014",
    sender=SHIMIZU,
    to=["経理部 今井 <imai@hinode-sangyou.co.jp>"],
    subject="冬季賞与 口座変更者の一覧",
    charset="utf-8",
    body="""今井さん

お疲れ様です、清水です。
冬季賞与の支給にあたり、10月以降に振込口座を変更した8名の一覧です。
支払データ作成の際に反映をお願いします。

社員番号 | 氏名 | 銀行 | 支店 | 種別 | 口座番号 | 支給額
""" + "\n".join(f"{p['empno']} | {p['name']} | {p['bank']} | {p['branch']} | 普通 | {p['acct']} | "
                + f"{random.Random(p['empno']).randint(380, 920) * 1000:,}" for p in _r) + """

よろしくお願いします。
""" + SIG_SHIMIZU,
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="internal mail sent to hinode-sangyou.co.jp (own domain with a letter added): 8 employees' accounts leave the company",
))

# hr-015 — three external trainers from three organisations in To
MESSAGES.append(dict(
    id="hr-015",
    sender=OKADA,
    to=["ビジネスアカデミア 村瀬様 <murase@biz-academia.co.jp>",
        "安全衛生コンサルタント 堀田様 <hotta@anzen-lab.jp>",
        "株式会社リードワークス 宮腰様 <miyakoshi@leadworks.co.jp>"],
    subject="新任管理職研修（2月）講師打合せの日程調整",
    charset="cp932",
    body="""講師の皆様

いつもお世話になっております。日の出産業 人材開発グループの岡田です。
2月に実施する新任管理職研修について、講師の皆様と事前打合せの場を設けたく、
ご都合をお伺いできますでしょうか。

候補日（いずれもオンライン、60分程度）
　・1月20日（月）16:00〜
　・1月22日（水）10:00〜
　・1月24日（金）15:00〜

研修のプログラム案は打合せ前にお送りします。
ご都合のよい日を1月15日までにご返信いただけますと幸いです。

何卒よろしくお願いいたします。
""" + SIG_OKADA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external trainers of three organisations can see each other's addresses in To",
))

# hr-016 — five future hires on free mail, all in To
MESSAGES.append(dict(
    id="hr-016",
    sender=SERIZAWA,
    to=["r.takanashi0512@gmail.com", "hasebe_ryo98@yahoo.co.jp", "aoi.ichinose@icloud.com",
        "s-kusakabe.0707@docomo.ne.jp", "mizuho.a2002@gmail.com"],
    subject="【日の出産業】内定式のご案内",
    charset="iso-2022-jp",
    body="""内定者の皆さま

こんにちは。日の出産業 人事部 採用グループの芹沢です。
いよいよ10月1日に内定式を迎えます。下記のとおりご案内いたしますので、
ご出欠を9月20日（金）までにこのメールへの返信でお知らせください。

　日時：2024年10月1日（火）13:30〜17:00（受付13:00〜）
　会場：本社ビル 10F 大会議室（東京都港区芝2-18-5）
　服装：スーツ
　持ち物：内定承諾書（未提出の方のみ）、筆記用具、印鑑

式のあとに懇親会（18:00〜、会費無料）を予定しています。
遠方の方の交通費は規定に基づき支給しますので、領収書をお持ちください。

皆さまにお会いできるのを楽しみにしております。
""" + SIG_SERIZAWA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five private persons (future hires) on free mail can see each other's addresses in To: should be Bcc",
))

# hr-017 — 社外秘 only in the header of the attached DOCX, to the 社労士
MESSAGES.append(dict(
    id="hr-017",
    sender=YAMAGISHI,
    to=["みなと社会保険労務士事務所 佐伯先生 <saeki@minato-sr.jp>"],
    subject="就業規則改定案のご確認のお願い",
    charset="utf-8",
    body="""佐伯先生

いつもお世話になっております。日の出産業の山岸です。
先日の打合せを踏まえて、就業規則（第4章 勤務、第6章 休暇）の改定案を作成しました。
添付にてお送りしますので、法令上の問題がないかご確認いただけますでしょうか。

主な変更点は以下のとおりです。
・フレックスタイム制の対象部署を拡大（第28条）
・年次有給休暇の時間単位取得（年5日まで）を新設（第41条の2）
・リモートワーク時の中抜けの取扱い（第30条）

1月の労使協議会に諮りたいため、12月20日頃までにコメントをいただけると助かります。
よろしくお願いいたします。
""" + SIG_YAMAGISHI,
    attachments=[dict(kind="docx", name="就業規則改定案_v3.docx", page_header="社外秘",
                      page_footer="日の出産業株式会社 人事部", title="就業規則改定案",
                      paragraphs=["就業規則 改定案（第3版）", "第4章 勤務",
                                  "第28条（フレックスタイム制）　会社は、労使協定により、次の部署に属する従業員についてフレックスタイム制を適用する。",
                                  "第30条（在宅勤務時の中抜け）　在宅勤務中に私用のため業務を中断する場合は、あらかじめ所属長に申し出るものとする。",
                                  "第6章 休暇",
                                  "第41条の2（時間単位の年次有給休暇）　年次有給休暇のうち年5日を限度として、時間単位で取得することができる。"],
                      tables=[[["条項", "現行", "改定案"], ["第28条", "開発部のみ", "開発部・企画部・管理部門"],
                               ["第41条の2", "（新設）", "時間単位年休 年5日まで"]]])],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached DOCX carries a 社外秘 page header; the mail text never mentions it",
))

# hr-018 — corrupt xlsx to the bus company
MESSAGES.append(dict(
    id="hr-018",
    sender=TOTSUKA,
    to=["ひかり観光バス 配車係 <haisha@hikari-kankobus.co.jp>"],
    subject="乗車名簿（最終版）",
    charset="cp932",
    body="""ひかり観光バス 配車係 御中

お世話になります。日の出産業 総務の戸塚です。
11/22の貸切バス（1号車・2号車）の乗車名簿の最終版を添付します。
前回お送りしたものから3名入れ替わっていますので、差し替えをお願いします。

よろしくお願いいたします。
""" + SIG_TOTSUKA,
    attachments=[dict(kind="corrupt", name="乗車名簿_最終版.xlsx")],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="passenger list attachment is a damaged XLSX that cannot be read",
))

# hr-019 — HTML-only mail, table of 8 employees for group insurance
_r = recs("019", 8, lo=1960, hi=1998)
_trs = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['kana']}</td><td>{seireki(p['dob'], 'kanji')}</td>"
    f"<td>{'男' if p['sex'] == 'M' else '女'}</td><td>〒{p['zip']}<br>{p['addr']}</td><td>{['A', 'B', 'A', 'C', 'B', 'A', 'A', 'B'][i]}</td></tr>"
    for i, p in enumerate(_r))
MESSAGES.append(dict(
    id="hr-019",
    sender=SHIMIZU,
    to=["東邦生命保険 団体営業部 小野寺様 <onodera@toho-seimei.co.jp>"],
    subject="団体定期保険 中途加入者（8名）のご連絡",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>東邦生命保険株式会社<br>団体営業部　小野寺様</p>
<p>いつもお世話になっております。日の出産業 給与厚生課の清水です。<br>
1月1日付で団体定期保険に中途加入する8名の情報をお送りします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No.</th><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>性別</th><th>住所</th><th>加入口数</th></tr>
{_trs}
</table>
<p>告知書の原本は社内便でまとめて回収のうえ、月末にご送付いたします。<br>
ご確認のほど、よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 給与厚生課<br>清水 恭子<br>TEL 03-5442-7812</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 8 employees' birth dates and home addresses to an insurer",
))

# hr-020 — PDF attendee list (10) with emergency contacts, to a training venue
_r = recs("020", 10, lo=2000, hi=2002)
_rr = random.Random("020e")
MESSAGES.append(dict(
    id="hr-020",
    sender=OKADA,
    to=["ホテル潮騒 研修センター 営業課 <seminar@hotel-shiosai.jp>"],
    subject="4月 新入社員合宿研修 参加者名簿の送付",
    charset="iso-2022-jp",
    body="""ホテル潮騒 研修センター
営業課 ご担当者様

お世話になっております。日の出産業 人材開発グループの岡田です。
4月8日〜12日の新入社員合宿研修につきまして、参加者名簿（PDF）を添付いたします。
体調不良等でフロントからご連絡いただく場合に備え、緊急連絡先も記載しております。

お部屋割りは前回お送りしたとおりで変更ございません。
引き続きよろしくお願いいたします。
""" + SIG_OKADA,
    attachments=[dict(kind="pdf", name="参加者名簿_新入社員研修.pdf",
                      lines=["2025年度 新入社員合宿研修 参加者名簿", "研修期間：2025年4月8日〜4月12日　会場：ホテル潮騒 研修センター", ""],
                      table=[["No", "氏名", "配属予定", "携帯電話", "緊急連絡先（続柄）"]]
                      + [[str(i + 1), p["name"], _rr.choice(["営業一部", "製造部", "技術本部", "経理部"]), p["tel"],
                          f"0{_rr.randint(3, 9)}-{_rr.randint(1000, 9999)}-{_rr.randint(1000, 9999)}（{_rr.choice(['父', '母'])}）"]
                         for i, p in enumerate(_r)])],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of 10 new hires with mobiles and family emergency numbers to a hotel",
))

# hr-021 — CSV without a name column: birth dates and addresses, to the insurer
_r = recs("021", 12, lo=1964, hi=2000)
MESSAGES.append(dict(
    id="hr-021",
    sender=SHIMIZU,
    to=["あおぞら損害保険 法人営業課 <hojin-eigyo@aozora-sonpo.co.jp>"],
    subject="団体傷害保険 被保険者データ（追加分）",
    charset="cp932",
    body="""あおぞら損害保険株式会社
法人営業課 ご担当者様

お世話になっております。日の出産業株式会社 給与厚生課の清水です。
団体傷害保険の追加被保険者分のデータをお送りします。
フォーマットは前回ご指定いただいたものに合わせております。

ご確認よろしくお願いいたします。
""" + SIG_SHIMIZU,
    attachments=[dict(kind="csv", name="hihokensha_tsuika.csv", encoding="cp932", rows=[
        ["被保険者番号", "生年月日", "性別", "郵便番号", "住所", "職種級別", "保険金額(万円)"]]
        + [[f"HN-{2400 + i:05d}", wareki(p["dob"], "short"), "1" if p["sex"] == "M" else "2", p["zip"],
            p["addr"], "A" if i % 3 else "B", "500"] for i, p in enumerate(_r)])],
    expect="stop",
    entities=["DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="12 insured persons' birth dates (S58.4.2 style) and home addresses in a CSV with no name column",
))

# hr-022 — forward of an internal roster to the caterer's look-alike domain
_r = recs("022", 9)
MESSAGES.append(dict(
    id="hr-022",
    sender=MATSUURA,
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-food.co.jp>"],
    subject="FW: 忘年会 出席者まとめ",
    charset="utf-8",
    body="""北国フーズ ケータリングご担当者様

お世話になっております。日の出産業の松浦です。
12/20の忘年会（本社10F）の出席者を社内で取りまとめましたので、転送いたします。
当日、配達時に会場が分からない場合は幹事の携帯にご連絡いただければと思います。

よろしくお願いいたします。
松浦

---------- Forwarded message ---------
From: 戸塚 研一 <totsuka@hinode-sangyo.co.jp>
Date: 2024年12月9日(月) 17:42
Subject: 忘年会 出席者まとめ
To: 松浦 亜紀 <a-matsuura@hinode-sangyo.co.jp>

松浦さん
出席者まとめました。幹事は★の2名です。

""" + "\n".join(f"{'★' if i < 2 else '　'}{p['name']}（{['総務', '人事', '経理', '営業一部', '営業二部', '情シス'][i % 6]}）{p['tel']}"
                for i, p in enumerate(_r)) + """

以上9名、全員参加です。
戸塚
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="forward of an internal list of 9 staff with mobiles, to kitaguni-food.co.jp (partner kitaguni-foods.co.jp minus a letter)",
))

# hr-023 — one foreign employee's residence card, to the 行政書士
MESSAGES.append(dict(
    id="hr-023",
    sender=NAKAHARA,
    to=["杉並行政書士事務所 橋爪先生 <hashizume@suginami-gyosei.jp>"],
    subject="在留期間更新許可申請の件（グエン・ヴァン・ミン）",
    charset="iso-2022-jp",
    body="""橋爪先生

いつもお世話になっております。日の出産業 人事部の中原です。
下記社員の在留期間更新の申請取次を、今回もお願いできますでしょうか。

　氏名　　　：NGUYEN VAN MINH（グエン・ヴァン・ミン）
　国籍　　　：ベトナム
　生年月日　：1994年8月17日
　在留資格　：技術・人文知識・国際業務
　在留カード番号：UH48213076ER
　在留期限　：2025年2月28日
　所属　　　：技術本部 設計二課（2020年4月入社）

雇用契約書の写しと、直近の源泉徴収票は来週郵送いたします。
ご不明点がございましたらご連絡ください。
""" + SIG_NAKAHARA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="one employee's residence card number and birth date to an outside administrative scrivener",
))

# hr-024 — four passport numbers for an overseas training trip, to the travel agency
_r = recs("024", 4, lo=1975, hi=1996)
MESSAGES.append(dict(
    id="hr-024",
    sender=OKADA,
    to=["ワールドブリッジトラベル 法人旅行課 西川様 <nishikawa@worldbridge-travel.co.jp>"],
    subject="ハノイ工場研修 航空券手配（4名）",
    charset="utf-8",
    body="""ワールドブリッジトラベル
西川様

いつもお世話になっております。日の出産業の岡田です。
3月のハノイ工場研修について、航空券の手配をお願いします。
パスポート記載どおりの情報は以下のとおりです。

""" + "\n\n".join(
        f"■{i + 1}人目\n  氏名（ローマ字）: {p['roma'].split()[1].upper()} {p['roma'].split()[0].upper()}\n"
        f"  生年月日: {seireki(p['dob'], 'slash')}\n  性別: {p['sex']}\n  旅券番号: {p['passport']}\n"
        f"  有効期限: {2027 + i}/{(i * 4) % 12 + 1:02d}/15"
        for i, p in enumerate(_r)) + """

往路：3/9（日）羽田発 ハノイ行き、復路：3/15（土）ハノイ発 羽田着
マイレージ番号は各自で登録するとのことです。

お見積りをいただけましたら社内決裁を回します。よろしくお願いいたします。
""" + SIG_OKADA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="passport numbers and birth dates of four travellers, one block each, to a travel agency",
))

# hr-025 — drivers' licence numbers (xlsx) to the car-lease company
_r = recs("025", 6, lo=1966, hi=1995)
MESSAGES.append(dict(
    id="hr-025",
    sender=TOTSUKA,
    to=["日比谷オートリース 保険サービス課 <hoken@hibiya-autolease.co.jp>"],
    subject="社用車 運転者登録の追加（6名）",
    charset="cp932",
    body="""日比谷オートリース株式会社
保険サービス課 御中

いつもお世話になっております。
日の出産業の戸塚です。

営業車の運転者限定特約について、運転者を6名追加したく、
登録用の一覧を添付いたします。免許証の写しは本人確認済みです。

適用開始日は12月1日でお願いできればと存じます。
よろしくお願いいたします。
""" + SIG_TOTSUKA,
    attachments=[dict(kind="xlsx", name="運転者登録_追加分.xlsx", title="運転者登録一覧", sheets={
        "追加分": [["社用車 運転者登録（追加）", "", "", "", "", "", "2024/11/18 総務部"],
                   ["氏名", "生年月日", "運転免許証番号", "免許の色", "有効期限", "所属", "使用車両"]]
        + [[p["name"], wareki(p["dob"]), p["license"], ["ゴールド", "ブルー", "ゴールド"][i % 3],
            f"令和{8 + i % 3}年{(i * 5) % 12 + 1}月{10 + i}日", ["営業一部", "営業二部", "物流センター"][i % 3],
            f"品川 300 さ {1200 + i * 37}"] for i, p in enumerate(_r)]})],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="XLSX with six employees' driving licence numbers and birth dates to a car-lease company",
))

# hr-026 — bonus transfer xlsx with two sheets and a title row, to the bank
_r = recs("026", 16)
MESSAGES.append(dict(
    id="hr-026",
    sender=SHIMIZU,
    to=["みどり銀行 芝支店 法人担当 <shiba-hojin@midori-ginko.co.jp>"],
    subject="賞与振込依頼（12/10支給分）",
    charset="iso-2022-jp",
    body="""みどり銀行 芝支店
法人ご担当者様

お世話になっております。日の出産業 給与厚生課の清水です。
12月10日支給の冬季賞与につき、振込明細を添付のとおりお送りします。
本社分・川崎工場分でシートを分けております。

振込資金は前日までに当座預金へ入金いたします。
よろしくお願い申し上げます。
""" + SIG_SHIMIZU,
    attachments=[dict(kind="xlsx", name="賞与振込明細_202412.xlsx", sheets={
        "本社": [["冬季賞与 振込明細（本社）　支給日 2024年12月10日"],
                 ["No", "受取人（カナ）", "金融機関", "支店", "科目", "口座番号", "振込額"]]
        + [[i + 1, p["kana"], p["bank"], p["branch"], "普通", p["acct"], random.Random(p["acct"]).randint(400, 1100) * 1000]
           for i, p in enumerate(_r[:9])],
        "川崎工場": [["冬季賞与 振込明細（川崎工場）　支給日 2024年12月10日"],
                     ["No", "受取人（カナ）", "金融機関", "支店", "科目", "口座番号", "振込額"]]
        + [[i + 1, p["kana"], p["bank"], p["branch"], "普通", p["acct"], random.Random(p["acct"]).randint(350, 900) * 1000]
           for i, p in enumerate(_r[9:])],
    })],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="bonus transfer workbook (two sheets, title rows) with 16 payees' accounts to the bank",
))

# hr-027 — English: visa support, five expats' passports, to a relocation firm
_r = recs("027", 5, lo=1970, hi=1990)
MESSAGES.append(dict(
    id="hr-027",
    sender=NAKAHARA,
    to=["Linda Marsh <linda.marsh@pacreloc.com>"],
    subject="Work permit applications - Hinode Sangyo assignees (5)",
    charset="utf-8",
    body="""Dear Linda,

Thank you for the call yesterday. As discussed, please find below the details of
our five assignees to the Penang plant, for the employment pass applications.

Name                  Date of birth   Passport no.   Position             Start
----------------------------------------------------------------------------------
""" + "\n".join(f"{pad(p['roma'].split()[1].upper() + ', ' + p['roma'].split()[0], 22)}{seireki(p['dob'], 'iso')}      {p['passport']}      "
                f"{pad(['Plant Manager', 'QA Engineer', 'Process Engineer', 'Finance Lead', 'HR Coordinator'][i], 21)}2025-04-01"
                for i, p in enumerate(_r)) + """

All five hold Japanese passports valid beyond 2027. Scans of the passport bio pages
will follow by courier, as agreed.

Could you confirm the expected processing time and whether dependants can be
included in the same submission?

Best regards,
""" + SIG_NAKAHARA + "\n" + DISCLAIMER_EN,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="English mail with a padded table of 5 employees' passport numbers and birth dates to a relocation firm",
))

# hr-028 — a project member's mental-health leave explained to a client
MESSAGES.append(dict(
    id="hr-028",
    sender="園田 和人 <sonoda@hinode-sangyo.co.jp>",
    to=["川崎電機 調達部 小林様 <kobayashi.k@kawasaki-denki.co.jp>"],
    subject="担当者変更のお知らせ（基板検査装置案件）",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
調達部　小林様

いつも大変お世話になっております。日の出産業 技術本部の園田でございます。

基板検査装置の案件でご担当させていただいておりました弊社の真壁ですが、
医師から適応障害との診断を受け、11月18日より3か月間休職することとなりました。
急なご連絡となり、大変申し訳ございません。

後任は同じ設計二課の鷲尾が担当いたします。
引継ぎは完了しておりますので、納期・仕様に影響はございません。
近日中に鷲尾とともにご挨拶に伺えればと存じます。

今後ともよろしくお願い申し上げます。

日の出産業株式会社 技術本部 設計二課
園田 和人
TEL 03-5442-7840
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="tells a client that a named engineer was diagnosed with adjustment disorder (要配慮) — one person is enough",
))

# hr-029 — office move: on-site staff with mobiles, to the partner mover
_r = recs("029", 6, lo=1970, hi=1995)
MESSAGES.append(dict(
    id="hr-029",
    sender=KOMORI,
    to=["青葉運輸 法人移転営業部 玉井様 <tamai@aoba-unyu.co.jp>"],
    subject="事務所移転（3/15・16）当日の立会者について",
    charset="cp932",
    body="""青葉運輸株式会社
法人移転営業部　玉井様

お世話になっております。日の出産業 施設グループの小森です。
川崎事業所の移転作業（3月15日・16日）当日の立会者を以下のとおりご連絡します。
フロアごとに責任者を置きますので、作業中の確認事項は各担当へ直接お願いします。

　担当フロア　　氏名　　　　　　携帯
　―――――――――――――――――――――――――――――
""" + "\n".join(f"　{pad(f, 14)}{pad(p['name'], 16)}{fw(p['tel'])}" for f, p in zip(
        ["旧 3F（総務）", "旧 4F（営業）", "旧 5F（技術）", "新 7F", "新 8F", "搬入口・EV"], _r)) + """

全体の責任者は私（小森）です。
養生の範囲について、前日にビル管理会社と最終確認する予定です。
""" + SIG_KOMORI,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six staff with full-width mobile numbers in a padded table, to the moving company",
))

# hr-030 — year-end adjustment workbook in a plain ZIP, My Numbers of staff and family
_r = recs("030", 5, lo=1972, hi=1994)
_ymt = [["年末調整 個人番号一覧（令和6年分）"], ["社員番号", "氏名", "生年月日", "本人個人番号", "扶養親族", "続柄", "扶養親族 個人番号"]]
for _i, _p in enumerate(_r):
    _ymt.append([_p["empno"], _p["name"], wareki(_p["dob"], "short"), _p["mynum"],
                 f"{_p['sei']} {['陽菜', '蒼', '咲良', '湊', '結菜'][_i]}", ["長女", "長男", "長女", "長男", "二女"][_i],
                 my_number(3000 + _i)])
MESSAGES.append(dict(
    id="hr-030",
    sender=SHIMIZU,
    to=["青山税理士法人 大谷様 <otani@aoyama-zeirishi.jp>"],
    subject="年末調整 追加5名分の資料",
    charset="utf-8",
    body="""大谷様

お世話になっております。日の出産業の清水です。
年末調整の資料のうち、提出が遅れていた5名分をまとめてお送りします。
（ZIPにまとめていますが、パスワードはかけておりません）

よろしくお願いいたします。
""" + SIG_SHIMIZU,
    attachments=[dict(kind="zip", name="年末調整_追加分.zip", files=[
        dict(kind="xlsx", name="個人番号一覧_追加5名.xlsx", sheets={"一覧": _ymt}),
        dict(kind="txt", name="メモ.txt", encoding="cp932",
             text="・5名とも保険料控除申告書は原本を郵送済み\n・住宅借入金等特別控除は該当なし\n"),
    ])],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="plain ZIP holding an XLSX of 5 employees' and their children's My Numbers, to the tax accountant",
))

# hr-031 — a card number for a hotel guarantee
MESSAGES.append(dict(
    id="hr-031",
    sender=OKADA,
    to=["ホテル潮騒 予約センター <yoyaku@hotel-shiosai.jp>"],
    subject="Re: ご予約の保証について（12/5 日の出産業 勅使河原様）",
    charset="iso-2022-jp",
    body=f"""ホテル潮騒 予約センター御中

ご連絡ありがとうございます。日の出産業の岡田です。
12月5日ご宿泊の勅使河原の予約保証について、下記カードでお願いいたします。

　カード会社：VISA（法人カード）
　カード番号：{' '.join(card_number(31)[k:k + 4] for k in (0, 4, 8, 12))}
　有効期限　：09/27
　名義　　　：KEIGO TESHIGAWARA

当日のお支払いはチェックアウト時に本人が同カードで行います。
よろしくお願いいたします。
""" + SIG_OKADA,
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a credit-card number with expiry and holder name sent to a hotel in clear text",
))

# hr-032 — uniform order with names, sizes and mobiles, full-width padded, to the supplier
_r = recs("032", 7, lo=2001, hi=2003)
_sz = ["M", "L", "S", "LL", "M", "L", "S"]
MESSAGES.append(dict(
    id="hr-032",
    sender=TOTSUKA,
    to=["丸善ユニフォーム 営業部 <order@maruzen-uniform.co.jp>"],
    subject="作業服 追加発注（新入社員７名分）",
    charset="cp932",
    body="""丸善ユニフォーム株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業の戸塚です。
４月入社の新入社員７名分の作業服をお願いします。
今回は各工場へ直送いただき、受取は本人とのことですので、
配送業者さんからの連絡先として携帯番号を記載しています。

氏　名　　　　　　上着　ズボン　配属先　　　　　携帯
""" + "\n".join(f"{pad(p['name_fw'], 18)}{pad(_sz[i], 6)}{pad(str(76 + (i % 4) * 3), 7)}{pad(['川崎工場', '相模原工場', '川崎工場', '本社'][i % 4], 16)}{fw(p['tel'])}"
                for i, p in enumerate(_r)) + """

品番はいつもの「HS-2210（上下セット・紺）」です。
納期は３月２８日着でお願いできますでしょうか。
""" + SIG_TOTSUKA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7 new hires' names and full-width mobile numbers in a space-padded table to the uniform supplier",
))

# hr-033 — DOCX table of retirees' 基礎年金番号, to the pension fund
_r = recs("033", 5, lo=1958, hi=1964)
MESSAGES.append(dict(
    id="hr-033",
    sender=SHIMIZU,
    to=["全国機械企業年金基金 給付課 <kyufu@kikai-kikin.or.jp>"],
    subject="資格喪失者（定年退職5名）の届出について",
    charset="utf-8",
    body="""全国機械企業年金基金
給付課 ご担当者様

いつもお世話になっております。
日の出産業株式会社（事業所番号 1207）の清水です。

本年度上期の定年退職者5名について、資格喪失届の添付資料を送付いたします。
年金の請求手続きについては、各人あてにご案内をお送りいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_SHIMIZU,
    attachments=[dict(kind="docx", name="資格喪失者一覧_2024上期.docx", paragraphs=[
        "資格喪失者一覧（2024年度上期 定年退職）", "事業所名：日の出産業株式会社"],
        tables=[[["氏名", "生年月日", "基礎年金番号", "資格喪失日", "退職事由"]]
                + [[p["name"], wareki(p["dob"]), p["pension"], f"令和6年{4 + i}月1日", "定年"] for i, p in enumerate(_r)]])],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of 5 retirees with basic pension numbers and birth dates to the pension fund",
))

# hr-034 — returned insurance cards of five leavers, bullets, to the 健保組合
_r = recs("034", 5)
MESSAGES.append(dict(
    id="hr-034",
    sender=SHIMIZU,
    to=["関東機械工業健康保険組合 適用課 <tekiyo@kanto-kikai-kenpo.or.jp>"],
    subject="資格喪失に伴う保険証の返却（10月退職者）",
    charset="iso-2022-jp",
    body="""関東機械工業健康保険組合 適用課 御中

お世話になっております。日の出産業の清水です。
10月末退職者の保険証を本日簡易書留にて返送いたしました。
内訳は以下のとおりです。

""" + "\n".join(f"・{p['name']}　記号{p['hi_kigo']} 番号{p['hi_bango']}（本人分1枚＋被扶養者分{i % 3}枚）" for i, p in enumerate(_r)) + """

なお、5人目の方の被扶養者分1枚は紛失のため、滅失届を同封しております。
ご査収のほどよろしくお願いいたします。
""" + SIG_SHIMIZU,
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="five leavers' health insurance 記号・番号 as bullets to the insurer",
))

# hr-035 — agency mail with applicant CSV, forwarded as an attachment to an outside interviewer
_r = recs("035", 7, lo=1980, hi=1996)
MESSAGES.append(dict(
    id="hr-035",
    sender=SERIZAWA,
    to=["人財コンサルティング蒼 代表 青柳様 <aoyagi@ao-hrc.co.jp>"],
    subject="FW: 【ネクストリンク】営業職 ご推薦者一覧（7名）",
    charset="cp932",
    body="""青柳様

いつもお世話になっております。日の出産業の芹沢です。
来週の書類選考会に向けて、エージェントから届いた推薦者一覧を転送いたします。
事前にお目通しいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_SERIZAWA,
    attachments=[dict(kind="eml", name="営業職 ご推薦者一覧.eml", message=dict(
        sender="ネクストリンク 島袋 <shimabukuro@nextlink-agent.jp>",
        to=["芹沢様 <serizawa@hinode-sangyo.co.jp>"],
        subject="【ネクストリンク】営業職 ご推薦者一覧（7名）",
        charset="iso-2022-jp",
        body="""日の出産業株式会社
芹沢様

いつもお世話になっております。ネクストリンクの島袋です。
営業職のポジションにて、7名をご推薦いたします。
詳細は添付の一覧をご確認ください。

ネクストリンク株式会社 島袋
""",
        attachments=[dict(kind="csv", name="推薦者一覧.csv", encoding="utf-8", rows=[
            ["候補者ID", "氏名", "生年月日", "電話番号", "メール", "最終学歴", "現年収"]]
            + [[f"NL-{7731 + i}", p["name"], seireki(p["dob"], "slash"), p["tel"], p["pmail"],
                ["明和大学 経済学部", "東邦工業大学", "港南学院大学 商学部", "北斗大学 法学部", "専門学校", "青葉大学", "南海大学"][i],
                f"{450 + i * 30}万円"] for i, p in enumerate(_r)])],
    ))],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="agency mail attached as .eml; its CSV lists 7 applicants with birth dates, phones and e-mails; forwarded outside",
))

# hr-036 — reply: quoted agency text plus a NEW list of 5 offers with birth dates and salaries
_r = recs("036", 5, lo=1984, hi=1997)
MESSAGES.append(dict(
    id="hr-036",
    sender=SERIZAWA,
    to=["キャリアブリッジ 中谷様 <nakatani@careerbridge.co.jp>"],
    subject="Re: 最終面接の結果について",
    charset="utf-8",
    body="""中谷様

お世話になっております。芹沢です。
最終面接の結果、以下の5名に内定を出すことになりました。
条件提示の内容は次のとおりですので、ご本人への伝達をお願いいたします。

""" + "\n".join(f"{p['name']}様（{seireki(p['dob'], 'kanji')}生）… 提示年収 {520 + i * 35}万円／入社予定 {['2月1日', '3月1日', '4月1日'][i % 3]}"
                for i, p in enumerate(_r)) + """

お手数ですが、回答期限は1月31日とさせてください。

芹沢

> 芹沢様
> いつもお世話になっております。キャリアブリッジの中谷です。
> 先日は最終面接の機会をいただき、ありがとうございました。
> 結果のご連絡をお待ちしております。
> なお、候補者のうち1名は他社の選考も進んでいるとのことです。
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="the reply's own new text lists 5 candidates with birth dates and offered salaries (the quote is harmless)",
))

# hr-037 — hotel, bus company and caterer all in To/Cc
MESSAGES.append(dict(
    id="hr-037",
    sender=MATSUURA,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>", "ひかり観光バス 営業所 <eigyo@hikari-kankobus.co.jp>"],
    cc=["北国フーズ ケータリング <catering@kitaguni-foods.co.jp>"],
    subject="11/22 社員旅行 当日のタイムスケジュール共有",
    charset="iso-2022-jp",
    body="""関係各社 ご担当者様

お世話になっております。日の出産業 総務部の松浦です。
11月22日の社員旅行について、当日のタイムスケジュールを共有いたします。

　 8:00　本社前 集合・出発（バス2台）
　10:30　休憩（海老名SA）
　12:00　昼食（北国フーズ様 お弁当をバス車内に積込み）
　15:00　ホテル到着・チェックイン
　18:30　宴会（2F 鳳凰の間）

変更がありましたら、このメールに返信でご連絡ください。
よろしくお願いいたします。
""" + SIG_MATSUURA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external companies (hotel, bus, caterer) visible to each other in To/Cc",
))

# hr-038 — 【社外秘】 stamp in the subject and the body, to an HR consultant
MESSAGES.append(dict(
    id="hr-038",
    sender=OKUBO,
    to=["リードワークス 宮腰様 <miyakoshi@leadworks.co.jp>"],
    subject="【社外秘】人事評価制度 見直し案（役員会資料ドラフト）",
    charset="cp932",
    body="""━━━━━━━━━━━━━━
　　社外秘／取扱注意
━━━━━━━━━━━━━━

リードワークス株式会社
宮腰様

お世話になっております。日の出産業の大久保です。
来期からの人事評価制度見直しについて、役員会に諮る前のドラフトを本文にてお送りします。

１．等級制度：現行７等級 → ６等級に統合（主任・係長を統合）
２．評価：MBOとコンピテンシー評価の比率を 7:3 → 5:5
３．賞与：業績連動部分を全社業績 40%・部門業績 30%・個人 30% に
４．移行措置：2年間の調整給を設定

ご意見を12月6日までにいただけますと幸いです。
""" + SIG_OKUBO,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is stamped 【社外秘】／取扱注意 and goes to an outside consultant",
))

# hr-039 — look-alike of the partner bank (dropped "co."), one account change
_p = recs("039", 1)[0]
MESSAGES.append(dict(
    id="hr-039",
    sender=SHIMIZU,
    to=["みどり銀行 芝支店 法人担当 <shiba-hojin@midori-ginko.jp>"],
    subject="給与振込口座の訂正について",
    charset="utf-8",
    body=f"""みどり銀行 芝支店 法人ご担当者様

お世話になっております。日の出産業の清水です。
先日お送りした11月分給与データのうち、1件の振込先に誤りがございました。
大変お手数ですが、下記のとおり訂正をお願いいたします。

　受取人：{_p['kana']}（{_p['name']}）
　誤）{_p['bank']} {_p['branch']} 普通 {_p['acct'][:-1]}{(int(_p['acct'][-1]) + 3) % 10}
　正）{_p['bank']} {_p['branch']} 普通 {_p['acct']}

ご迷惑をおかけし申し訳ございません。
""" + SIG_SHIMIZU,
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="partner domain midori-ginko.co.jp mistyped as midori-ginko.jp (co. dropped); one payee's account",
))

# hr-040 — look-alike of the IT partner (letter added), account requests for 4 new hires
_r = recs("040", 4, lo=2001, hi=2003)
MESSAGES.append(dict(
    id="hr-040",
    sender="情報システム部 相沢 <aizawa.t@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポートデスク <support@tsubasa-systems.jp>"],
    subject="[依頼] 勤怠システム アカウント発行（4月入社 4名）",
    charset="iso-2022-jp",
    body="""ツバサシステム サポートデスク御中

いつもお世話になっております。日の出産業 情報システム部の相沢です。
勤怠管理システムのアカウント発行をお願いします。

""" + "\n".join(f"{p['empno']}　{p['name']}　{p['cmail']}　{['製造部', '営業一部', '技術本部', '経理部'][i]}" for i, p in enumerate(_r)) + """

権限はいずれも「一般社員」で、有効開始日は4/1です。
よろしくお願いします。

日の出産業株式会社 情報システム部 相沢 俊 (内線 501)
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="partner tsubasa-system.jp mistyped as tsubasa-systems.jp (letter added); 4 staff names and addresses",
))

# hr-041 — PPTX introducing 8 trainees with birth dates and mobiles, to a training firm
_r = recs("041", 8, lo=1978, hi=1988)
MESSAGES.append(dict(
    id="hr-041",
    sender=OKADA,
    to=["ビジネスアカデミア 村瀬様 <murase@biz-academia.co.jp>"],
    subject="新任管理職研修 受講者紹介資料",
    charset="cp932",
    body="""村瀬様

お世話になっております。日の出産業の岡田です。
2月の新任管理職研修の受講者紹介資料（PowerPoint）をお送りします。
グループ分けの参考にしていただければと思います。
研修中の緊急連絡用に携帯番号も載せています。

よろしくお願いいたします。
""" + SIG_OKADA,
    attachments=[dict(kind="pptx", name="受講者紹介_新任管理職研修.pptx", slides=[
        ["2025年 新任管理職研修 受講者紹介", "日の出産業株式会社 人事部 人材開発グループ", "受講者 8名"],
        ["受講者一覧（1/2）"] + [f"{p['name']}　{wareki(p['dob'])}生　{['営業一部', '製造部', '品質保証部', '経理部'][i % 4]}　{p['tel']}" for i, p in enumerate(_r[:4])],
        ["受講者一覧（2/2）"] + [f"{p['name']}　{wareki(p['dob'])}生　{['技術本部', '物流センター', '総務部', '営業二部'][i % 4]}　{p['tel']}" for i, p in enumerate(_r[4:])],
        ["グループ分けの希望", "・同じ部署の受講者は別グループに", "・営業系と技術系を混ぜる"],
    ])],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PPTX slides list 8 trainees with 和暦 birth dates and mobiles, sent to a training company",
))

# hr-042 — DOCX table: health-check bookings with insurance card numbers, to the clinic
_r = recs("042", 10, lo=1965, hi=1990)
MESSAGES.append(dict(
    id="hr-042",
    sender=IWASA,
    to=["芝浦健診クリニック 予約係 <yoyaku@shibaura-kenshin.or.jp>"],
    subject="人間ドック（35歳以上）受診者名簿",
    charset="utf-8",
    body="""芝浦健診クリニック 予約係 御中

いつもお世話になっております。日の出産業 健康管理室の岩佐です。
今年度の人間ドック受診者（第2陣・10名）の名簿をお送りします。
保険証の記号・番号も記載しておりますので、事前登録にご利用ください。

受診日の割り振りは、決まり次第ご連絡をお願いいたします。
""" + SIG_IWASA,
    attachments=[dict(kind="docx", name="受診者名簿_第2陣.docx", paragraphs=["人間ドック受診者名簿（第2陣）", "日の出産業株式会社 健康管理室"],
                      tables=[[["No.", "氏名", "生年月日", "性別", "保険証 記号", "保険証 番号", "オプション"]]
                              + [[str(i + 1), p["name"], seireki(p["dob"], "slash"), "男" if p["sex"] == "M" else "女",
                                  p["hi_kigo"], p["hi_bango"], ["胃カメラ", "脳ドック", "なし", "乳がん検診" if p["sex"] == "F" else "なし"][i % 4]]
                                 for i, p in enumerate(_r)]])],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="DOCX table of 10 employees with birth dates and insurance card 記号・番号 to a clinic",
))

# hr-043 — workplace injury report (fracture, hospitalisation) to the 社労士
_p = recs("043", 1, lo=1970, hi=1980, sex="M")[0]
MESSAGES.append(dict(
    id="hr-043",
    sender=YAMAGISHI,
    to=["みなと社会保険労務士事務所 佐伯先生 <saeki@minato-sr.jp>"],
    subject="労災（休業）の手続きについてご相談",
    charset="iso-2022-jp",
    body=f"""佐伯先生

お世話になっております。日の出産業の山岸です。
昨日、川崎工場で労働災害が発生しましたので、休業補償の手続きをお願いしたくご連絡しました。

・被災者：{_p['name']}（{_p['kana']}）　{wareki(_p['dob'])}生
・住所：{_p['addr']}
・発生日時：令和6年11月12日 14時20分頃
・状況：第2倉庫で脚立（高さ1.8m）から転落
・傷病：右手首骨折（橈骨遠位端骨折）、腰部打撲。川崎中央病院に入院中（手術予定）
・休業見込み：約6週間

様式第8号の作成に必要な賃金台帳は、本日中にお送りします。
よろしくお願いいたします。
""" + SIG_YAMAGISHI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one injured employee's diagnosis, hospitalisation, birth date and address to the labour consultant",
))

# hr-044 — long hours + hypertension treatment of one employee, to the occupational physician
MESSAGES.append(dict(
    id="hr-044",
    sender=IWASA,
    to=["高輪産業医事務所 菅野先生 <kanno@takanawa-sangyoi.jp>"],
    cc=["高輪産業医事務所 事務局 <office@takanawa-sangyoi.jp>"],
    subject="長時間労働者 面接指導のお願い（10月分）",
    charset="cp932",
    body="""菅野先生

いつもありがとうございます。健康管理室の岩佐です。
10月の時間外が100時間を超えた方が1名おりましたので、面接指導をお願いいたします。

対象：情報システム部　稗田 卓さん（37歳）
時間外労働：10月 108時間（9月 86時間）
既往歴・治療中：高血圧（降圧剤服用中）、昨年から不眠で睡眠導入剤を処方されているとのこと
本人の自覚症状：頭痛、朝起きられない

システム更改の山場が年内続く見込みで、上長とも業務調整を検討しています。
面接後、就業上の措置についてご意見をいただけますと幸いです。
""" + SIG_IWASA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's medical history (hypertension, sleeping pills) to an outside physician",
))

# hr-045 — legacy XLS address book for New Year cards, to the partner printer
_r = recs("045", 20, lo=1955, hi=1975)
MESSAGES.append(dict(
    id="hr-045",
    sender=MATSUURA,
    to=["錦印刷 営業部 桑原様 <kuwabara@nishiki-insatsu.co.jp>"],
    subject="年賀状 宛名印刷のお願い（社長名義分）",
    charset="utf-8",
    body="""錦印刷株式会社
桑原様

いつもお世話になっております。日の出産業 総務部の松浦です。
例年お願いしている社長名義の年賀状のうち、OB・役員のご自宅宛て分の
宛名データをお送りします（Excel 97-2003形式です）。

印刷枚数は20枚、12月20日頃の納品でお願いできますでしょうか。
""" + SIG_MATSUURA,
    attachments=[dict(kind="xls", name="年賀状宛名_2025.xls", sheets={
        "宛名": [["郵便番号", "住所1", "住所2", "氏名", "連名", "敬称"]]
        + [[p["zip"], f"{p['pref']}{p['city']}{p['town']}{p['banchi']}", p["bld"], p["name"],
            ["", "令子", "", "", "千代"][i % 5], "様"] for i, p in enumerate(_r)]})],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="legacy XLS with 20 retirees' and executives' home addresses to the printer",
))

# hr-046 — password-protected PDF payslip to a former employee's free-mail address
MESSAGES.append(dict(
    id="hr-046",
    sender=SHIMIZU,
    to=["羽生 玲奈 様 <reina.hanyu.88@gmail.com>"],
    subject="最終月の給与明細書の送付について",
    charset="iso-2022-jp",
    body="""羽生 玲奈 様

ご無沙汰しております。日の出産業 給与厚生課の清水です。
在職中は大変お世話になりました。

お問い合わせいただいた最終月（9月分）の給与明細書を、PDFにてお送りします。
ファイルにはパスワードを設定しております。
パスワードは、ご登録の生年月日8桁（西暦）です。

源泉徴収票は、来年1月中旬にご自宅へ郵送いたします。
ご不明な点がございましたら、お気軽にご連絡ください。
""" + SIG_SHIMIZU,
    attachments=[dict(kind="pdf", name="給与明細_2024年9月.pdf", password="19880714",
                      lines=["給与明細書 2024年9月分", "羽生 玲奈 様", "差引支給額 231,480円"])],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="encrypted PDF to a private free-mail address: the attachment cannot be inspected",
))

# hr-047 — own domain with a dot for the hyphen (hinode.sangyo.co.jp), no personal data
MESSAGES.append(dict(
    id="hr-047",
    sender=OKADA,
    to=["研修チーム <kenshu-team@hinode.sangyo.co.jp>"],
    subject="OJT指導員研修の議事メモ",
    charset="utf-8",
    body="""研修チームの皆さん

お疲れさまです、岡田です。本日の打合せの議事メモを共有します。

1. 指導員研修の日程：2月6日(木) 13:00-17:00 で確定
2. 講師：社内（製造部 課長クラス2名）＋外部講師1名
3. テキスト：昨年版を改訂（ハラスメント防止の章を追加）
4. アンケート：Formsで作成、研修当日に回収

次回は1月23日(木) 10:00から、第5会議室です。
よろしくお願いします。
""" + SIG_OKADA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="internal team address typed as hinode.sangyo.co.jp (dot for the hyphen): a look-alike outside domain",
))

# hr-048 — forwarded-as-attachment emergency contact list, to the building manager
_r = recs("048", 8)
MESSAGES.append(dict(
    id="hr-048",
    sender=KOMORI,
    to=["芝ビルマネジメント 防災センター <bousai@shiba-bm.co.jp>"],
    subject="FW: 【更新】自衛消防隊 緊急連絡網",
    charset="cp932",
    body="""芝ビルマネジメント 防災センター御中

お世話になっております。日の出ビル7F・8Fテナントの日の出産業 小森です。
自衛消防隊の編成を更新しましたので、社内に展開したメールを添付で転送します。
夜間・休日の緊急時は、連絡網の順にご連絡ください。

よろしくお願いいたします。
""" + SIG_KOMORI,
    attachments=[dict(kind="eml", name="【更新】自衛消防隊 緊急連絡網.eml", message=dict(
        sender=KOMORI, to=["自衛消防隊員 <jieishobo@hinode-sangyo.co.jp>"],
        subject="【更新】自衛消防隊 緊急連絡網", charset="cp932",
        body="""隊員各位

4月の異動に伴い、自衛消防隊の編成と緊急連絡網を更新しました。
夜間・休日は下記の順に連絡してください（つながらない場合は次の人へ）。

""" + "\n".join(f"{i + 1}. {['隊長', '副隊長', '通報連絡班', '通報連絡班', '初期消火班', '初期消火班', '避難誘導班', '避難誘導班'][i]}　"
                f"{p['name']}　自宅 0{random.Random(p['name']).randint(3, 4)}-{random.Random(p['tel']).randint(3000, 6999)}-{random.Random(p['kana']).randint(1000, 9999)}　携帯 {p['tel']}"
                for i, p in enumerate(_r)) + """

小森
""")),
    ],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="attached .eml holds 8 staff with home and mobile numbers; forwarded to the building manager",
))

# hr-049 — one block per candidate (5), to an outside interviewer
_r = recs("049", 5, lo=1978, hi=1993)
_blocks = []
for _i, _p in enumerate(_r):
    _blocks.append(f"""【候補者{'ABCDE'[_i]}】
氏名　　：{_p['name']}（{_p['age']}歳）
現住所　：{_p['addr']}
連絡先　：{_p['tel']}
最終学歴：{['東邦工業大学 大学院 機械工学専攻 修了', '北斗大学 経営学部 卒', '港南学院大学 理工学部 卒', '明和大学 法学部 卒', '青葉大学 商学部 卒'][_i]}
現職　　：{['産業機械メーカー 設計課長', '物流会社 拠点長', '電子部品メーカー 品質管理', '人材サービス 法人営業', '食品メーカー 生産管理'][_i]}""")
MESSAGES.append(dict(
    id="hr-049",
    sender=OKUBO,
    to=["人財コンサルティング蒼 青柳様 <aoyagi@ao-hrc.co.jp>"],
    subject="12/12 最終面接 候補者プロフィールの送付",
    charset="iso-2022-jp",
    body="""青柳様

いつもお世話になっております。日の出産業の大久保でございます。
12月12日の最終面接では、外部面接官としてご同席いただきありがとうございます。
候補者5名のプロフィールを下記にまとめました。

""" + "\n\n".join(_blocks) + """

当日は13時から順に面接を行います。
よろしくお願い申し上げます。
""" + SIG_OKUBO,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five candidate profiles, one block each, with home addresses and phones, to an outside interviewer",
))

# hr-050 — law firm look-alike (.co.jp instead of .jp), no personal data
MESSAGES.append(dict(
    id="hr-050",
    sender=OKUBO,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.co.jp>"],
    subject="労働審判 第1回期日の件",
    charset="utf-8",
    body="""白川先生

いつもお世話になっております。日の出産業の大久保です。
先日ご連絡いただいた労働審判の第1回期日（1月28日 10:30）について、
当社からは私と人事課長の山岸が出席いたします。

答弁書の案は1月10日までにいただけるとのことで承知しました。
事前の打合せは1月14日（火）午後でご都合いかがでしょうか。

よろしくお願いいたします。
""" + SIG_OKUBO,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner shirakawa-law.jp typed as shirakawa-law.co.jp (another TLD); the mail itself is harmless",
))

# hr-051 — one employee's religion (halal) for a training lunch, to the partner caterer
MESSAGES.append(dict(
    id="hr-051",
    sender=OKADA,
    to=["北国フーズ ケータリング 武藤様 <muto@kitaguni-foods.co.jp>"],
    subject="1/16 研修 昼食のお弁当について",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社
武藤様

お世話になっております。日の出産業の岡田です。
1月16日の研修（32名）のお弁当について、1点ご相談です。

受講者のうち、インドネシア出身のハリム・スティアワンさんがイスラム教徒のため、
豚肉・アルコール（みりん等の調味料を含む）を使わないお弁当を1つご用意いただけますでしょうか。
ハラール認証品でなくても構いません。
また、研修中に礼拝の時間が必要とのことで、会場側には別途相談しております。

残り31個は通常の幕の内弁当でお願いします。
""" + SIG_OKADA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named trainee's religion (Muslim) disclosed to a caterer: 要配慮 even for one person",
))

# hr-052 — an employee who is a stalking victim, to the building manager (with a photo)
MESSAGES.append(dict(
    id="hr-052",
    sender=KOMORI,
    to=["芝ビルマネジメント 管理事務所 宮本様 <miyamoto@shiba-bm.co.jp>"],
    subject="入館管理のご協力のお願い（至急）",
    charset="cp932",
    body="""芝ビルマネジメント株式会社
管理事務所　宮本様

お世話になっております。日の出産業の小森です。
急ぎのご相談で失礼いたします。

弊社社員の瀬戸口 結衣（経理部、8F勤務）が、元交際相手からストーカー被害を受けており、
先週、三田警察署に被害届を提出し、受理されました。
相手の男性が先日ビルのエントランス付近で待ち伏せしていたことがあり、
防災センターでの警戒をお願いできないでしょうか。

本人から提供を受けた相手の写真を添付いたします。
見かけた場合は、弊社総務（03-5442-7806）までご一報いただけますと幸いです。
本件は社内でも限られた者のみで共有しております。お取扱いにはご配慮ください。
""" + SIG_KOMORI,
    attachments=[dict(kind="png", name="photo_20241119.png")],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee as a crime victim (stalking, police report) disclosed to the building manager",
))

# hr-053 — residence cards of five foreign employees (xlsx), to the 行政書士
_fr = [("NGUYEN THI HOA", "ベトナム", _dt.date(1996, 3, 4), "SH28471093VN", "技能実習2号", "2025/06/30"),
       ("WANG LEI", "中国", _dt.date(1990, 11, 21), "AB63015827CN", "技術・人文知識・国際業務", "2025/08/14"),
       ("SANTOS MARIA CLARA", "フィリピン", _dt.date(1988, 7, 9), "UK40386215PH", "永住者の配偶者等", "2025/05/02"),
       ("PARK JIHOON", "韓国", _dt.date(1993, 1, 30), "EG75820463KR", "技術・人文知識・国際業務", "2025/09/30"),
       ("RAHMAN ABDUL", "バングラデシュ", _dt.date(1991, 5, 17), "RN19473658BD", "特定技能1号", "2025/07/21")]
MESSAGES.append(dict(
    id="hr-053",
    sender=NAKAHARA,
    to=["杉並行政書士事務所 <office@suginami-gyosei.jp>"],
    subject="2025年上期 在留期限到来者の一覧",
    charset="utf-8",
    body="""杉並行政書士事務所
橋爪先生、事務局ご担当者様

お世話になっております。日の出産業の中原です。
2025年上期に在留期限を迎える外国籍社員5名の一覧を添付します。
更新申請のスケジュール（必要書類の回収時期）をご提案いただけますと助かります。

Ken Nakahara
""",
    attachments=[dict(kind="xlsx", name="在留期限一覧_2025上期.xlsx", sheets={
        "在留期限": [["氏名（ローマ字）", "国籍", "生年月日", "在留カード番号", "在留資格", "在留期限", "所属"]]
        + [[n, c, d.isoformat(), rc, q, exp, ["川崎工場", "技術本部", "物流センター", "技術本部", "相模原工場"][i]]
           for i, (n, c, d, rc, q, exp) in enumerate(_fr)]})],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="XLSX of 5 foreign employees' residence card numbers and birth dates to an outside scrivener",
))

# hr-054 — e-learning onboarding: 30 names and work e-mails (UTF-8 CSV with BOM)
_r = recs("054", 30)
MESSAGES.append(dict(
    id="hr-054",
    sender=OKADA,
    to=["まなびクラウド 導入支援チーム <onboarding@manabi-cloud.jp>"],
    subject="受講者アカウント一括登録用データ（日の出産業）",
    charset="utf-8",
    body="""まなびクラウド 導入支援チーム 御中

お世話になっております。日の出産業 人材開発グループの岡田です。
情報セキュリティ研修（e-ラーニング）の受講者データを、指定のフォーマットでお送りします。
初回ログインの案内メールは、各自のアドレスに直接配信いただく想定です。

よろしくお願いいたします。
""" + SIG_OKADA,
    attachments=[dict(kind="csv", name="users_import.csv", encoding="utf-8-sig", rows=[
        ["login_id", "last_name", "first_name", "email", "department", "role"]]
        + [[f"hs{p['empno']}", p["sei"], p["mei"], p["cmail"],
            ["営業一部", "営業二部", "製造部", "技術本部", "経理部", "総務部"][i % 6], "learner"] for i, p in enumerate(_r)])],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of 30 employees' names and e-mail addresses to an e-learning vendor",
))

# hr-055 — a spouse's My Number in full-width digits, in prose, to the tax accountant
MESSAGES.append(dict(
    id="hr-055",
    sender=SHIMIZU,
    to=["青山税理士法人 大谷様 <otani@aoyama-zeirishi.jp>"],
    subject="配偶者控除の件（経理部 月岡）",
    charset="iso-2022-jp",
    body=f"""大谷様

お世話になっております。清水です。
お問い合わせの経理部 月岡ひかりさんの配偶者控除の件、本人に確認しました。

配偶者の月岡 亮一さん（昭和６１年２月９日生）は、今年の６月に退職されており、
給与収入は約９８万円の見込みとのことです。
配偶者の個人番号は {fw(my_number(55), True)} です。

申告書の訂正は、本人に記入してもらったうえで郵送いたします。
""" + SIG_SHIMIZU,
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a spouse's My Number in full-width digits with name and 和暦 birth date, in running text",
))

# hr-056 — 8 future hires (university, mobile) in an attached HTML file, to a training firm
_r = recs("056", 8, lo=2002, hi=2003)
_univ = ["明和大学", "東邦工業大学", "港南学院大学", "北斗大学", "青葉大学", "南海大学", "城北大学", "東邦工業大学"]
MESSAGES.append(dict(
    id="hr-056",
    sender=OKADA,
    to=["ビジネスアカデミア 研修運営 <unei@biz-academia.co.jp>"],
    subject="内定者研修（2/18）参加者リスト",
    charset="cp932",
    body="""ビジネスアカデミア 研修運営ご担当者様

お世話になっております。日の出産業の岡田です。
2月18日の内定者研修（ビジネスマナー）の参加者リストを、
社内システムから出力したHTMLのままで恐縮ですが添付いたします。

当日の欠席連絡は、ご本人から直接そちらへ入る場合があります。
よろしくお願いいたします。
""" + SIG_OKADA,
    attachments=[dict(kind="html", name="内定者一覧.html", html="""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>内定者一覧</title></head><body>
<h2>2025年度 内定者一覧（研修参加者）</h2>
<table border="1"><thead><tr><th>#</th><th>氏名</th><th>かな</th><th>出身校</th><th>携帯</th><th>メール</th></tr></thead><tbody>
""" + "\n".join(f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['kana']}</td><td>{_univ[i]}</td><td>{p['tel']}</td><td>{p['pmail']}</td></tr>"
                for i, p in enumerate(_r)) + """
</tbody></table></body></html>""")],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="attached HTML table of 8 future hires with mobiles and private e-mails to a training company",
))

# hr-057 — mostly internal, but the 社労士 is in Cc: six new joiners' birth dates and addresses
_r = recs("057", 6, lo=1988, hi=2002)
MESSAGES.append(dict(
    id="hr-057",
    sender=YAMAGISHI,
    to=["給与厚生課 清水 <k-shimizu@hinode-sangyo.co.jp>", "総務 戸塚 <totsuka@hinode-sangyo.co.jp>"],
    cc=["みなと社会保険労務士事務所 <tetsuzuki@minato-sr.jp>"],
    subject="1月入社者 6名の情報（社保・通勤手当）",
    charset="utf-8",
    body="""清水さん、戸塚さん
（cc: みなと社労士事務所様）

お疲れ様です。山岸です。
1月6日入社の6名の情報をまとめました。
社保の手続きは社労士事務所さんにお願いするのでccに入れています。

""" + "\n".join(f"{i + 1}) {p['name']}　{seireki(p['dob'], 'dot')}生　〒{p['zip']} {p['addr']}" for i, p in enumerate(_r)) + """

通勤経路は各自の申請が揃い次第、戸塚さんに回します。
""" + SIG_YAMAGISHI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="internal-looking mail with an external 社労士 in Cc: six joiners' birth dates and home addresses leave",
))

# hr-058 — separation notice with the reason (epilepsy), to the 社労士
_p = recs("058", 1, lo=1985, hi=1995, sex="M")[0]
MESSAGES.append(dict(
    id="hr-058",
    sender=YAMAGISHI,
    to=["岡部社会保険労務士事務所 岡部先生 <okabe@okabe-sr-office.jp>"],
    subject="離職証明書の作成依頼（11/30退職 1名）",
    charset="iso-2022-jp",
    body=f"""岡部先生

お世話になっております。日の出産業 人事部の山岸です。
11月30日付の退職者について、離職証明書の作成をお願いいたします。

　氏名：{_p['name']}
　生年月日：{wareki(_p['dob'], 'fwshort')}
　住所：{_p['addr']}
　離職理由：自己都合（持病のてんかん発作が増え、医師から運転業務の中止を指示されたため）

本人は、正当な理由のある自己都合退職（特定理由離職者）に該当しないかを気にしています。
主治医の意見書の写しは本人から受け取っておりますので、必要であればお送りします。
""" + SIG_YAMAGISHI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a leaver's illness (epilepsy) as the separation reason, with birth date and address, to the 社労士",
))

# =========================================================================================
# messages that must go
# =========================================================================================

# hr-059 — payroll transfer CSV to the internal accounting team
_r = recs("059", 15)
MESSAGES.append(dict(
    id="hr-059",
    sender=SHIMIZU,
    to=["経理部 資金グループ <shikin@hinode-sangyo.co.jp>"],
    cc=["人事部長 大久保 <okubo.m@hinode-sangyo.co.jp>"],
    subject="11月分 給与振込一覧（本社・出向者分）",
    charset="iso-2022-jp",
    body="""資金グループ各位

お疲れ様です。給与厚生課の清水です。
11月分給与のうち、本社・出向者分（15名）の振込一覧を添付します。
FBデータ作成前に、金額合計が支払予定表と一致しているかご確認ください。

　振込日：11月25日（月）
　件数：15件

よろしくお願いします。
""" + SIG_SHIMIZU,
    attachments=[dict(kind="csv", name="振込一覧_202411_本社.csv", encoding="cp932", rows=[
        ["社員番号", "氏名", "口座名義", "銀行", "支店", "種別", "口座番号", "差引支給額"]]
        + [[p["empno"], p["name"], p["hkana"], p["bank"], p["branch"], "普通", p["acct"],
            random.Random(p["empno"] + "x").randint(198000, 455000)] for p in _r])],
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="payroll list with 15 accounts, but every recipient is internal (hinode-sangyo.co.jp)",
))

# hr-060 — My Number workbook to a colleague on the internal subdomain
_r = recs("060", 12)
MESSAGES.append(dict(
    id="hr-060",
    sender=SHIMIZU,
    to=["給与厚生課 津田 <tsuda@mail.hinode-sangyo.co.jp>"],
    subject="個人番号 収集状況（12/2時点）",
    charset="cp932",
    body="""津田さん

お疲れさまです。清水です。
年末調整用の個人番号の収集状況をまとめました。
未提出の4名には、今週中に督促をお願いします（シート「未提出」参照）。

ファイルは共有フォルダではなく、給与厚生課の鍵付きフォルダに保存してください。
""" + SIG_SHIMIZU,
    attachments=[dict(kind="xlsx", name="個人番号収集状況_1202.xlsx", sheets={
        "提出済": [["社員番号", "氏名", "個人番号", "確認書類", "受領日"]]
        + [[p["empno"], p["name"], p["mynum"], ["通知カード＋免許証", "マイナンバーカード"][i % 2], f"2024/11/{10 + i}"]
           for i, p in enumerate(_r[:8])],
        "未提出": [["社員番号", "氏名", "所属", "督促回数"]] + [[p["empno"], p["name"], "川崎工場", 1] for p in _r[8:]],
    })],
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=[],
    note="My Numbers of 8 employees sent to mail.hinode-sangyo.co.jp — an internal subdomain",
))

# hr-061 — short reply to the bus company; the roster is only in the quoted text
_r = recs("061", 12)
MESSAGES.append(dict(
    id="hr-061",
    sender=MATSUURA,
    to=["ひかり観光バス 営業所 <eigyo@hikari-kankobus.co.jp>"],
    subject="Re: 乗車名簿のご確認",
    charset="iso-2022-jp",
    body="""ひかり観光バス ご担当者様

ご確認ありがとうございます。
内容に相違ございません。当日はどうぞよろしくお願いいたします。

松浦

> 日の出産業 松浦様
>
> お世話になっております。ひかり観光バスです。
> いただいた乗車名簿を以下のとおり登録いたしました。
> 相違がないかご確認ください。
>
""" + "\n".join(f"> {i + 1:2d}. {pad(p['name'], 14)} {p['tel']}" for i, p in enumerate(_r)) + """
>
> ひかり観光バス株式会社 営業所
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply whose only list (12 passengers with mobiles) is '>'-quoted from the bus company's own mail",
))

# hr-062 — reply under -----Original Message----- with the hotel's rooming list
_r = recs("062", 10)
MESSAGES.append(dict(
    id="hr-062",
    sender=OKADA,
    to=["さくらホテル 宿泊予約 江口様 <eguchi@sakura-hotel.jp>"],
    subject="RE: 【さくらホテル】ご宿泊者名簿のご確認",
    charset="utf-8",
    body="""江口様

ご丁寧にありがとうございます。日の出産業の岡田です。
お部屋割りはこちらで問題ございません。
チェックインは当日15時頃、全員まとめてになる予定です。

引き続きよろしくお願いいたします。
岡田

-----Original Message-----
From: 江口 <eguchi@sakura-hotel.jp>
Sent: Wednesday, January 15, 2025 4:12 PM
To: 岡田 瑞希 <okada.mizuki@hinode-sangyo.co.jp>
Subject: 【さくらホテル】ご宿泊者名簿のご確認

日の出産業株式会社
岡田様

いつもご利用ありがとうございます。さくらホテルの江口でございます。
1月23日ご宿泊分の名簿を以下のとおり承っております。

""" + "\n".join(f"{610 + i // 2}号室　{p['name']}様　{seireki(p['dob'], 'slash')}　{p['tel']}" for i, p in enumerate(_r)) + """

ご確認のほどよろしくお願い申し上げます。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the 10-guest list sits under -----Original Message----- quoted from the hotel's own mail",
))

# hr-063 — plain scheduling mail with a long legal disclaimer, to the 社労士
MESSAGES.append(dict(
    id="hr-063",
    sender=YAMAGISHI,
    to=["岡部社会保険労務士事務所 岡部先生 <okabe@okabe-sr-office.jp>"],
    subject="次回定例のご確認",
    charset="cp932",
    body="""岡部先生

お世話になっております。日の出産業の山岸です。
次回の定例打合せですが、12月17日（火）14時から弊社7F会議室でお願いできますでしょうか。
議題は、算定基礎届の振り返りと、来年度の法改正対応（育児・介護休業法）です。

ご都合が悪い場合は、代替日をお知らせください。
""" + SIG_YAMAGISHI + "\n" + DISCLAIMER_JA + """
また、本メールの内容の全部または一部を無断で複製・転載・転送することを禁じます。""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary scheduling mail; the standard 機密情報 disclaimer is not a confidentiality stamp",
))

# hr-064 — NDA with a recruiting agency, contract draft attached (no personal data)
MESSAGES.append(dict(
    id="hr-064",
    sender=SERIZAWA,
    to=["ネクストリンク 法務担当 <legal@nextlink-agent.jp>"],
    subject="秘密保持契約書（案）の送付",
    charset="utf-8",
    body="""ネクストリンク株式会社
法務ご担当者様

お世話になっております。日の出産業 採用グループの芹沢です。
人材紹介基本契約の締結に先立ち、秘密保持契約書（案）をお送りします。
第3条（秘密情報の範囲）と第7条（返還・廃棄）について、貴社ご意見をいただけますと幸いです。

押印は電子契約（クラウドサイン）を予定しております。
""" + SIG_SERIZAWA,
    attachments=[dict(kind="docx", name="秘密保持契約書_案_ネクストリンク.docx", title="秘密保持契約書（案）", paragraphs=[
        "秘密保持契約書",
        "日の出産業株式会社（以下「甲」という。）とネクストリンク株式会社（以下「乙」という。）は、次のとおり秘密保持契約を締結する。",
        "第1条（目的）　本契約は、甲乙間の人材紹介に関する取引の検討のために開示される秘密情報の取扱いを定める。",
        "第3条（秘密情報の範囲）　秘密情報とは、開示者が相手方に開示した技術上・営業上の情報であって、開示の際に秘密である旨を明示したものをいう。候補者の個人情報を含む。",
        "第5条（目的外使用の禁止）　受領者は、秘密情報を本目的以外に使用してはならない。",
        "第7条（返還・廃棄）　受領者は、開示者の請求があった場合、秘密情報を速やかに返還又は廃棄する。",
        "第10条（有効期間）　本契約の有効期間は締結日から3年間とする。",
    ])],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA; the draft talks about 秘密情報 but is not itself marked confidential",
))

# hr-065 — one contact person (the trip organiser's mobile) to the hotel
MESSAGES.append(dict(
    id="hr-065",
    sender=MATSUURA,
    to=["さくらホテル 宴会予約 大西様 <banquet@sakura-hotel.jp>"],
    subject="当日の連絡先について",
    charset="iso-2022-jp",
    body="""大西様

お世話になっております。松浦です。
当日、私は別行動で遅れて到着するため、現地の窓口は同じ総務部の戸塚が務めます。

　当日連絡先：戸塚 研一（携帯 090-4172-3386）

何かございましたら、戸塚までご連絡ください。
よろしくお願いいたします。
""" + SIG_MATSUURA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a single colleague's mobile number as the on-site contact: one person, may be warned",
))

# hr-066 — three attendees with phones, to the bus company
_r = recs("066", 3)
MESSAGES.append(dict(
    id="hr-066",
    sender=TOTSUKA,
    to=["ひかり観光バス 配車係 <haisha@hikari-kankobus.co.jp>"],
    subject="途中乗車の3名について",
    charset="iso-2022-jp",
    body="""配車係　ご担当者様

お世話になります。日の出産業の戸塚です。
11/22の2号車ですが、以下の3名は海老名SAから合流します。

""" + "\n".join(f"　{p['name']}（{p['tel']}）" for p in _r) + """

到着が遅れる場合は、本人から直接ドライバーさんに連絡するよう伝えております。
""" + SIG_TOTSUKA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="only three attendees with phone numbers: under the list threshold, may be warned",
))

# hr-067 — list of the company's sites (business addresses and switchboards) to the mover
MESSAGES.append(dict(
    id="hr-067",
    sender=KOMORI,
    to=["青葉運輸 法人移転営業部 玉井様 <tamai@aoba-unyu.co.jp>"],
    subject="什器回収の対象拠点について",
    charset="iso-2022-jp",
    body="""玉井様

お世話になっております。日の出産業の小森です。
不要什器の回収をお願いしたい拠点は以下の5か所です。

拠点名　　　　　住所　　　　　　　　　　　　　　　　　　　代表電話
本社　　　　　　東京都港区芝2-18-5 日の出ビル　　　　　　03-5442-7800
川崎工場　　　　神奈川県川崎市川崎区浅野町4-12　　　　　044-366-2210
相模原工場　　　神奈川県相模原市中央区田名3-8-1　　　　 042-763-5120
大阪営業所　　　大阪府大阪市淀川区西中島5-6-13 新大阪第2ビル4F　06-6305-4471
物流センター　　埼玉県三郷市高州2-240　　　　　　　　　 048-951-8030

回収日の候補を各拠点の総務担当と調整のうえ、あらためてご連絡します。
""" + SIG_KOMORI,
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of the company's own sites with switchboard numbers: businesses, not people",
))

# hr-068 — candidate hotels for a training camp, to a travel agent
MESSAGES.append(dict(
    id="hr-068",
    sender=OKADA,
    to=["ワールドブリッジトラベル 国内団体課 <kokunai@worldbridge-travel.co.jp>"],
    subject="研修会場の候補（お見積り依頼）",
    charset="utf-8",
    body="""国内団体課 ご担当者様

お世話になっております。日の出産業の岡田です。
5月の中堅社員研修（40名・2泊3日）の会場として、以下のホテルで見積りをお願いします。

1. ホテル潮騒 研修センター（静岡県熱海市）TEL 0557-81-2260
2. さくらホテル 箱根（神奈川県足柄下郡箱根町）TEL 0460-85-7711
3. 森のリゾート八ヶ岳（山梨県北杜市）TEL 0551-38-4410
4. レイクサイド研修所 河口湖（山梨県南都留郡富士河口湖町）TEL 0555-72-9031

条件：大会議室（スクール形式40名）＋分科会室4室、全室シングルまたはツイン、
夕食は1日目のみ宴会形式。バスの手配も併せてお願いできれば幸いです。
""" + SIG_OKADA,
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of hotels with their public phone numbers: businesses, not people",
))

# hr-069 — a normal meeting mail to two external organisations (partner + IT vendor)
MESSAGES.append(dict(
    id="hr-069",
    sender=YAMAGISHI,
    to=["川崎電機 人事部 石黒様 <ishiguro@kawasaki-denki.co.jp>"],
    cc=["ツバサシステム 導入コンサル 片桐様 <katagiri@tsubasa-system.jp>"],
    subject="出向者の勤怠連携についての打合せ",
    charset="iso-2022-jp",
    body="""川崎電機株式会社 石黒様
（cc：ツバサシステム 片桐様）

お世話になっております。日の出産業の山岸です。
来年度から貴社へ出向する社員の勤怠データ連携について、
三社で一度お打合せの場を設けたく、ご連絡いたしました。

候補日：12月10日（火）15時〜／12月12日（木）10時〜
場所：弊社本社 7F 第2会議室（Web参加も可）

ご都合をお知らせいただけますと幸いです。
""" + SIG_YAMAGISHI,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="a three-company meeting mail: two external organisations in To/Cc is normal",
))

# hr-070 — one future hire on free mail, procedures only
MESSAGES.append(dict(
    id="hr-070",
    sender=SERIZAWA,
    to=["有馬 優奈 様 <yuna.arima0302@gmail.com>"],
    subject="入社手続き書類のご案内",
    charset="utf-8",
    body="""有馬 優奈 様

こんにちは。日の出産業 人事部の芹沢です。
先日は内定式へのご出席ありがとうございました。

入社手続きに必要な書類を、本日ご自宅宛てに郵送いたしました。
届きましたら、同封のチェックリストに沿ってご記入のうえ、
2月14日（金）までに返信用封筒でご返送ください。

※個人番号（マイナンバー）は、メールでは送らないでください。
　入社日に専用の封筒で回収いたします。

ご不明点があれば、いつでもご連絡ください。
""" + SIG_SERIZAWA,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one future hire on gmail; procedures only, no personal data of anyone",
))

# hr-071 — all-staff announcement of the health-check schedule (internal only)
MESSAGES.append(dict(
    id="hr-071",
    sender=IWASA,
    to=["本社全社員 <all-honsha@hinode-sangyo.co.jp>"],
    cc=["川崎工場 総務 <kawasaki-soumu@hinode-sangyo.co.jp>"],
    subject="【全社員】2025年度 定期健康診断の日程について",
    charset="iso-2022-jp",
    body="""社員各位

健康管理室の岩佐です。
2025年度の定期健康診断の日程が決まりましたのでお知らせします。

■本社
　6月10日（火）〜12日（木）　9:00〜11:30　本社10F 大会議室（検診車）
■川崎工場
　6月17日（火）〜18日（水）　8:30〜11:00　工場厚生棟

・前日21時以降は絶食（水・お茶は可）でお越しください。
・35歳以上の方は、胃部X線または胃カメラを選択できます（申込は5月16日まで）。
・既往歴や服薬の申告は、当日の問診票にご記入ください。

受診できない日がある方は、健康管理室（内線330）までご連絡ください。
""" + SIG_IWASA,
    expect="pass",
    entities=[],
    detectors=[],
    note="internal all-staff notice; no personal data, all recipients internal",
))

# hr-072 — uniform order by product code and size counts only
MESSAGES.append(dict(
    id="hr-072",
    sender=TOTSUKA,
    to=["丸善ユニフォーム 営業部 <order@maruzen-uniform.co.jp>"],
    subject="夏季作業服 発注書（注文番号 HS-2025-0417）",
    charset="cp932",
    body="""丸善ユニフォーム株式会社 御中

いつもお世話になっております。日の出産業の戸塚です。
夏季作業服を下記のとおり発注いたします。

注文番号：HS-2025-0417
品番　　　品名　　　　　　　　　Ｓ　 Ｍ　 Ｌ　 LL　3L　 単価　　 小計
HS-3105　半袖ブルゾン（紺）　　 12　 38　 41　 17　 5　 2,980円　336,740円
HS-3205　スラックス（紺）　　　 10　 35　 44　 19　 6　 3,450円　393,300円
HS-9001　ネームワッペン　　　　 ―　 ―　 ―　 ―　 ―　 　180円　  20,340円

納品先：川崎工場 総務課（神奈川県川崎市川崎区浅野町4-12）
希望納期：5月23日

請求書は本社総務部宛てにお願いいたします。
""" + SIG_TOTSUKA,
    expect="pass",
    entities=[],
    detectors=[],
    note="purchase order with product codes, size counts and a factory address: no personal data",
))

# hr-073 — 社外秘 mentioned in prose, not stamped
MESSAGES.append(dict(
    id="hr-073",
    sender=OKUBO,
    to=["リードワークス 宮腰様 <miyakoshi@leadworks.co.jp>"],
    subject="来週の打合せについて",
    charset="utf-8",
    body="""宮腰様

お世話になっております。大久保です。
来週の打合せの件、ありがとうございます。

お問い合わせの現行の等級別人員構成ですが、社内規程上「社外秘」扱いの資料のため、
メールでお送りすることができません。恐れ入りますが、当日会議室でご覧いただく形でお願いできますでしょうか。
概略だけ申し上げると、管理職比率は約18%で、同業他社と比べるとやや高めです。

当日は人事課長の山岸も同席いたします。
""" + SIG_OKUBO,
    expect="pass",
    entities=[],
    detectors=[],
    note="the word 社外秘 appears only in prose explaining why a document is NOT sent: no marking",
))

# hr-074 — general question about handling sensitive data, no person
MESSAGES.append(dict(
    id="hr-074",
    sender=IWASA,
    to=["みなと社会保険労務士事務所 佐伯先生 <saeki@minato-sr.jp>"],
    subject="健康情報の取扱規程について（ご相談）",
    charset="iso-2022-jp",
    body="""佐伯先生

いつもお世話になっております。健康管理室の岩佐です。
「事業場における労働者の健康情報等の取扱規程」の整備について、ご相談させてください。

現在、健診結果やストレスチェックの結果、病歴などの要配慮個人情報は健康管理室のみで保管していますが、
就業上の措置を検討する際に、所属長へどこまで共有してよいかの線引きが曖昧になっています。

・所属長に伝えるのは「就業上の措置の内容」のみとし、診断名は伝えない
・本人の同意を書面で取得する
という運用を考えていますが、規程のひな形があれば拝見したく存じます。
""" + SIG_IWASA,
    expect="pass",
    entities=[],
    detectors=[],
    note="talks about 要配慮個人情報 in general; no identifiable person",
))

# hr-075 — sick leave with diagnosis, internal only
MESSAGES.append(dict(
    id="hr-075",
    sender=IWASA,
    to=["人事部長 大久保 <okubo.m@hinode-sangyo.co.jp>"],
    cc=["人事課 山岸 <n-yamagishi@hinode-sangyo.co.jp>"],
    subject="【人事限り】休職者の状況報告（11月）",
    charset="cp932",
    body="""大久保部長
（cc 山岸さん）

お疲れさまです。岩佐です。11月時点の休職者の状況をご報告します。

・営業二部　冨樫 千夏さん：うつ病。12/1から短時間勤務で復職予定（主治医意見書あり）。
・製造部　　砂田 直樹さん：腰椎椎間板ヘルニアの手術後、リハビリ中。復職は1月中旬の見込み。
・経理部　　皆川 悠さん　：乳がんの治療中。休職期間満了は来年3月末。

復職判定の面談日程は、産業医と調整中です。
""" + SIG_IWASA,
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="diagnoses of three named staff, but every recipient is internal",
))

# hr-076 — stress-check list with names, to the internal nurse team
_r = recs("076", 7)
MESSAGES.append(dict(
    id="hr-076",
    sender="健康管理室 小田切 <odagiri@hinode-sangyo.co.jp>",
    to=["健康管理室 岩佐 <iwasa@hinode-sangyo.co.jp>"],
    subject="高ストレス者リスト（面接未実施分）",
    charset="utf-8",
    body="""岩佐さん

お疲れさまです。小田切です。
高ストレス判定のうち、まだ医師面接をしていない方のリストです。
今週中にご本人へ再案内のメールを送る予定です。

小田切
""",
    attachments=[dict(kind="xlsx", name="高ストレス_面接未実施.xlsx", sheets={
        "未実施": [["社員番号", "氏名", "所属", "合計点", "判定", "案内回数"]]
        + [[p["empno"], p["name"], ["営業一部", "製造部", "情報システム部"][i % 3], 92 + i * 3, "高ストレス", 1 + i % 2]
           for i, p in enumerate(_r)]})],
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="named stress-check results of 7 staff, exchanged inside the health office (internal only)",
))

# hr-077 — health-check head counts per site, no individuals, to the clinic
MESSAGES.append(dict(
    id="hr-077",
    sender=IWASA,
    to=["芝浦健診クリニック 法人健診課 <hojin@shibaura-kenshin.or.jp>"],
    subject="2025年度 定期健診 受診予定人数",
    charset="iso-2022-jp",
    body="""芝浦健診クリニック 法人健診課 御中

お世話になっております。日の出産業 健康管理室の岩佐です。
2025年度の定期健康診断の受診予定人数をお知らせします。

拠点　　　　　男性　女性　合計　うち35歳以上
本社　　　　　 142　  96　 238　　　 171
川崎工場　　　 205　  38　 243　　　 158
相模原工場　　  88　  17　 105　　　  69
合計　　　　　 435　 151　 586　　　 398

胃部検査の選択（X線／内視鏡）は5月中旬に確定いたします。
お見積りを拠点別にいただけますと助かります。
""" + SIG_IWASA,
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate head counts per site: no identifiable person",
))

# hr-078 — disability employment rate, aggregates only, to the support centre
MESSAGES.append(dict(
    id="hr-078",
    sender=YAMAGISHI,
    to=["ともに雇用支援センター 北条様 <hojo@tomoni-koyo.or.jp>"],
    subject="障害者雇用状況のご報告（6/1時点）",
    charset="iso-2022-jp",
    body="""北条様

お世話になっております。日の出産業の山岸です。
6月1日時点の障害者雇用状況（ロクイチ報告の数値）をお知らせします。

　常用労働者数　　：612.5人
　法定雇用障害者数：15人（法定雇用率2.5%）
　雇用障害者数　　：14.5人（身体 9、知的 2、精神 3.5）
　実雇用率　　　　：2.37%

不足分の解消に向けて、物流センターでの職域開拓をご相談させてください。
""" + SIG_YAMAGISHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate disability employment figures: no person can be identified",
))

# hr-079 — job posting details to an agency
MESSAGES.append(dict(
    id="hr-079",
    sender=SERIZAWA,
    to=["キャリアブリッジ 中谷様 <nakatani@careerbridge.co.jp>"],
    subject="求人票のご送付（品質保証・中途）",
    charset="utf-8",
    body="""中谷様

いつもお世話になっております。日の出産業の芹沢です。
新たに品質保証職の募集を開始しますので、求人内容をお送りします。

【職種】品質保証（車載電装部品）
【勤務地】川崎工場（神奈川県川崎市川崎区）
【業務内容】顧客対応（品質問題の解析・報告）、工程監査、ISO/IATF 16949 の維持運用
【必須】品質保証または品質管理の実務経験3年以上
【歓迎】FMEA・なぜなぜ分析の実務経験、英語での顧客対応
【年収】480万円〜720万円（経験・能力を考慮）
【休日】年間休日 123日（土日祝、夏季・年末年始）
【選考】書類 → 一次面接（Web可） → 適性検査 → 最終面接

ご推薦をお待ちしております。
""" + SIG_SERIZAWA,
    expect="pass",
    entities=[],
    detectors=[],
    note="job posting to an agency: salary range and requirements, no personal data",
))

# hr-080 — three candidates' interview slots, names only, to the agency
MESSAGES.append(dict(
    id="hr-080",
    sender=SERIZAWA,
    to=["ネクストリンク 島袋様 <shimabukuro@nextlink-agent.jp>"],
    subject="Re: 営業職 一次面接の日程",
    charset="iso-2022-jp",
    body="""島袋様

お世話になっております。芹沢です。
一次面接の日程、以下で確定とさせてください。

　1月21日（火）10:00〜　宮路様
　1月21日（火）13:30〜　糸川様
　1月22日（水）16:00〜　雨宮様（Web）

場所は本社7F受付にお越しいただくようお伝えください。
""" + SIG_SERIZAWA,
    expect="pass",
    entities=[],
    detectors=[],
    note="three candidates' surnames with interview times: no contact data, the agency's own candidates",
))

# hr-081 — paying the 社労士's invoice; their registration (T) number is quoted
MESSAGES.append(dict(
    id="hr-081",
    sender="経理部 早瀬 <hayase@hinode-sangyo.co.jp>",
    to=["みなと社会保険労務士事務所 経理 <keiri@minato-sr.jp>"],
    subject="ご請求書（No. MSR-2411-0087）お支払いについて",
    charset="utf-8",
    body=f"""みなと社会保険労務士事務所
経理ご担当者様

お世話になっております。日の出産業 経理部の早瀬です。
11月分顧問料のご請求書（請求書番号 MSR-2411-0087）を拝受いたしました。

インボイス制度の対応上、ご請求書に記載の登録番号
T{corp_number('010405007731')} を確認させていただきました。
お支払いは12月27日に、ご指定の口座（みどり銀行 芝支店）へお振込みいたします。

　顧問料（11月分）　55,000円（税込）
　算定基礎届 作成報酬　88,000円（税込）
　合計　143,000円

よろしくお願いいたします。

日の出産業株式会社 経理部 早瀬 透
TEL 03-5442-7850
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice payment mail: an office's T-number and invoice number, no personal data",
))

# hr-082 — office-move notice to many business partners, all in Bcc
MESSAGES.append(dict(
    id="hr-082",
    sender=KOMORI,
    to=["日の出産業 総務部 <soumu@hinode-sangyo.co.jp>"],
    bcc=[f"{x}" for x in [
        "eigyo@kawasaki-denki.co.jp", "info@aoba-unyu.co.jp", "soumu@tsubasa-system.jp", "sales@nishiki-insatsu.co.jp",
        "info@kitaguni-foods.co.jp", "reception@sakura-hotel.jp", "contact@shirakawa-law.jp", "info@minato-sr.jp",
        "info@okabe-sr-office.jp", "order@maruzen-uniform.co.jp", "info@hikari-kankobus.co.jp", "info@biz-academia.co.jp",
        "info@careerbridge.co.jp", "info@nextlink-agent.jp", "soumu@toho-seimei.co.jp", "info@aozora-sonpo.co.jp",
        "somu@fujimi-kogyo.co.jp", "kobai@sanwa-seiki.co.jp", "info@meiho-tsusho.co.jp", "soumu@kanto-plastic.co.jp",
        "info@yamabiko-densi.co.jp", "soumu@tokai-koki.co.jp", "contact@hoshizora-design.jp", "info@shinsei-kako.co.jp",
        "soumu@chiyoda-buhin.co.jp", "eigyo@minami-shoji.co.jp", "info@takara-pack.co.jp", "soumu@seiryu-eng.co.jp",
        "info@kasumi-tech.jp", "soumu@hokuyo-metal.co.jp"]],
    subject="川崎事業所 移転のお知らせ",
    charset="iso-2022-jp",
    body="""お取引先各位

拝啓　時下ますますご清栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、このたび弊社川崎事業所は、業務拡大に伴い下記へ移転することとなりました。
これを機に社員一同より一層業務に精励いたす所存でございますので、
今後とも変わらぬご愛顧を賜りますようお願い申し上げます。

敬具

記
新住所：〒210-0007 神奈川県川崎市川崎区駅前本町11-2 川崎フロンティアビル7F・8F
新電話番号：044-201-7700（代表）　FAX：044-201-7709
業務開始日：2025年3月17日（月）

※旧事務所の電話番号は3月14日（金）をもって使用を停止いたします。

以上

日の出産業株式会社 総務部
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="move announcement to 30 business partners, all in Bcc (the To is internal): nobody sees anyone",
))

# hr-083 — English reply; the assignee table is only in the quoted "On … wrote:" part
_r = recs("083", 5, lo=1970, hi=1990)
MESSAGES.append(dict(
    id="hr-083",
    sender=NAKAHARA,
    to=["Linda Marsh <linda.marsh@pacreloc.com>"],
    subject="Re: Employment pass status - Hinode assignees",
    charset="utf-8",
    body="""Hi Linda,

Many thanks for the update - good to hear that four of the five are already approved.
For the remaining one, I will ask the employee to send the additional document
to you directly by Friday.

Best regards,
Ken

On Tue, 11 Feb 2025 at 09:14, Linda Marsh <linda.marsh@pacreloc.com> wrote:
> Dear Ken,
>
> Please see the current status below:
>
""" + "\n".join(f"> {pad(p['roma'].split()[1].upper() + ', ' + p['roma'].split()[0], 22)} {seireki(p['dob'], 'iso')}  {p['passport']}  "
                f"{'APPROVED' if i != 3 else 'PENDING - degree certificate required'}" for i, p in enumerate(_r)) + """
>
> Kind regards,
> Linda Marsh | Pacific Relocation Services
""" + "\n" + DISCLAIMER_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="passport list of 5 is only in the quoted part of an English reply ('On … wrote:' with '>')",
))

# hr-084 — applicant list forwarded to internal interviewers only
_r = recs("084", 6, lo=1985, hi=1997)
MESSAGES.append(dict(
    id="hr-084",
    sender=SERIZAWA,
    to=["技術本部 馬場 <baba.s@hinode-sangyo.co.jp>", "技術本部 設計二課 鷲尾 <washio@hinode-sangyo.co.jp>"],
    subject="FW: 【キャリアブリッジ】設計職 推薦者6名",
    charset="cp932",
    body="""馬場さん、鷲尾さん

お疲れさまです。芹沢です。
エージェントから推薦が来ましたので共有します。
書類選考の結果を今週金曜までにいただけると助かります。

-------- Forwarded Message --------
件名: 【キャリアブリッジ】設計職 推薦者6名
日付: Mon, 13 Jan 2025 11:02:37 +0900
差出人: 中谷 <nakatani@careerbridge.co.jp>
宛先: 芹沢様 <serizawa@hinode-sangyo.co.jp>

芹沢様
設計職のポジションで6名ご推薦いたします。

""" + "\n".join(f"{i + 1}. {p['name']}（{p['age']}歳）{p['tel']} / {p['pmail']}" for i, p in enumerate(_r)) + """

職務経歴書は別途お送りします。
キャリアブリッジ 中谷
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="forward of an agency's 6-candidate list, but only to internal interviewers",
))

# hr-085 — meal counts including religious needs, no names, to the caterer
MESSAGES.append(dict(
    id="hr-085",
    sender=MATSUURA,
    to=["北国フーズ ケータリング 武藤様 <muto@kitaguni-foods.co.jp>"],
    subject="2/7 懇親会 お料理の数量確定",
    charset="iso-2022-jp",
    body="""武藤様

お世話になっております。日の出産業の松浦です。
2月7日の懇親会（本社10F）のお料理の数量が確定しましたのでご連絡します。

　参加人数：52名
　通常メニュー：48名分
　ハラール対応：2名分
　ベジタリアン（卵・乳製品は可）：2名分

ハラール・ベジタリアンのお料理は、取り分けずに個別のお皿でご用意いただけると助かります。
搬入は17時、撤収は21時でお願いいたします。
""" + SIG_MATSUURA,
    expect="pass",
    entities=[],
    detectors=[],
    note="dietary counts (ハラール 2, ベジタリアン 2) with no names: nobody can be identified",
))

# hr-086 — room allocation for four, names and gender only, to the hotel
_r = recs("086", 4)
MESSAGES.append(dict(
    id="hr-086",
    sender=OKADA,
    to=["さくらホテル 宿泊予約 江口様 <eguchi@sakura-hotel.jp>"],
    subject="2/20 ご宿泊 部屋割りの件",
    charset="cp932",
    body="""江口様

お世話になっております。日の出産業の岡田です。
2月20日のご宿泊（ツイン2室）の部屋割りをお知らせします。

　ツイン①：""" + f"{_r[0]['name']}（{'男性' if _r[0]['sex'] == 'M' else '女性'}）、{_r[1]['name']}（{'男性' if _r[1]['sex'] == 'M' else '女性'}）" + """
　ツイン②：""" + f"{_r[2]['name']}（{'男性' if _r[2]['sex'] == 'M' else '女性'}）、{_r[3]['name']}（{'男性' if _r[3]['sex'] == 'M' else '女性'}）" + """

いずれも禁煙ルームでお願いいたします。
""" + SIG_OKADA,
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="four guests' names and gender for a room allocation: under five people, may be warned",
))

# hr-087 — condolence telegram order (no sensitive data)
MESSAGES.append(dict(
    id="hr-087",
    sender=TOTSUKA,
    to=["でんぽっぽ 法人受付 <hojin@denpoppo.jp>"],
    subject="弔電のお申込み（日の出産業）",
    charset="iso-2022-jp",
    body="""でんぽっぽ 法人受付 御中

いつもお世話になっております。日の出産業 総務部の戸塚です。
下記のとおり弔電を申し込みます。

　お届け先：セレモニーホール港南（東京都港区港南3-4-10）
　お届け日時：12月14日（土）午前中（告別式 13:00〜）
　宛名：喪主　甲斐 沙織 様
　差出人：日の出産業株式会社 代表取締役社長 日野 章
　文例：No.305（台紙：蓮・紫）

請求書は総務部宛てでお願いいたします。
""" + SIG_TOTSUKA,
    expect="pass",
    entities=[],
    detectors=[],
    note="telegram order: one addressee's name at a funeral hall (a business address); no personal records",
))

# hr-088 — English mail to an overseas partner, only a disclaimer is "confidential"
MESSAGES.append(dict(
    id="hr-088",
    sender=NAKAHARA,
    to=["Arjun Mehta <arjun.mehta@vanguard-comp.com>"],
    subject="Visit of our trainees to your Pune plant - agenda",
    charset="utf-8",
    body="""Dear Arjun,

Thank you for agreeing to host our group of trainees in March.
Here is the draft agenda we discussed:

  Day 1 (10 Mar)  Plant tour, safety induction, welcome dinner
  Day 2 (11 Mar)  SMT line and AOI inspection, kaizen workshop
  Day 3 (12 Mar)  Supplier quality audit (observation), wrap-up

The group will be eight engineers plus one coordinator from HR (myself).
We will share the final list of names by 20 February, as your security
office requested.

Best regards,
""" + SIG_NAKAHARA + "\n" + DISCLAIMER_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English business mail; the only 'confidential' is the standard disclaimer",
))

# hr-089 — childcare-leave question about an anonymised case
MESSAGES.append(dict(
    id="hr-089",
    sender=YAMAGISHI,
    to=["岡部社会保険労務士事務所 岡部先生 <okabe@okabe-sr-office.jp>"],
    subject="育児休業の延長に関するご質問",
    charset="iso-2022-jp",
    body="""岡部先生

お世話になっております。山岸です。
育児休業の延長について、一般論として教えていただきたい点がございます。

社員から、保育所に入れなかった場合に1歳6か月まで延長できるか、
さらにその後2歳まで再延長できるかとの問い合わせがありました。
入所保留通知書の日付と、延長申出の期限の関係について整理したいと考えています。

また、令和7年4月からの「出生後休業支援給付」について、
社内規程の改定が必要かどうかもご教示いただけますと幸いです。
""" + SIG_YAMAGISHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="general question on childcare leave; the employee is not identified",
))

# hr-090 — documents sent by Letter Pack, tracking number only
MESSAGES.append(dict(
    id="hr-090",
    sender=YAMAGISHI,
    to=["みなと社会保険労務士事務所 <tetsuzuki@minato-sr.jp>"],
    subject="書類発送のご連絡（算定基礎届 関係）",
    charset="iso-2022-jp",
    body="""みなと社会保険労務士事務所 ご担当者様

お世話になっております。日の出産業の山岸です。
ご依頼の算定基礎届関係の書類を、本日レターパックプラスで発送いたしました。

　お問い合わせ番号：3284-6107-9952
　内容：賃金台帳（4〜6月分）一式、勤怠集計表

明日午前中には到着する見込みです。
ご確認のほど、よろしくお願いいたします。
""" + SIG_YAMAGISHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="only a parcel tracking number: no personal data",
))

# hr-091 — training deck with content only, to the training firm
MESSAGES.append(dict(
    id="hr-091",
    sender=OKADA,
    to=["ビジネスアカデミア 村瀬様 <murase@biz-academia.co.jp>"],
    subject="ハラスメント防止研修 社内向けスライドのご確認",
    charset="utf-8",
    body="""村瀬様

お世話になっております。岡田です。
先日ご提案いただいた内容をもとに、社内向けのスライドを作りました。
事例の部分に誤りや不適切な表現がないか、ご確認をお願いできますでしょうか。
""" + SIG_OKADA,
    attachments=[dict(kind="pptx", name="ハラスメント防止研修_2025.pptx", slides=[
        ["ハラスメント防止研修", "日の出産業株式会社 人事部", "2025年2月"],
        ["本日の内容", "1. ハラスメントの定義と種類", "2. 事例で考える", "3. 相談窓口の使い方"],
        ["パワーハラスメントの3要素", "優越的な関係を背景とした言動", "業務上必要かつ相当な範囲を超えたもの", "労働者の就業環境が害されるもの"],
        ["事例：会議での叱責", "上司Aが、部下Bを会議の場で繰り返し大声で叱責した。", "→ どこに問題があるか、グループで話し合ってください。"],
        ["相談窓口", "社内：人事部 相談窓口（内線 250）", "社外：こころケアパートナーズ（匿名相談可）"],
    ])],
    expect="pass",
    entities=[],
    detectors=[],
    note="training slides with fictional cases (上司A/部下B) and a hotline: no personal data",
))

# hr-092 — course schedule workbook, no personal data
MESSAGES.append(dict(
    id="hr-092",
    sender=OKADA,
    to=["ホテル潮騒 研修センター 営業課 <seminar@hotel-shiosai.jp>"],
    subject="4月 新入社員研修 会場利用スケジュール",
    charset="iso-2022-jp",
    body="""ホテル潮騒 研修センター 営業課 御中

お世話になっております。日の出産業の岡田です。
新入社員研修の会場利用スケジュール（Excel）をお送りします。
会場のレイアウトと機材のご準備の参考にしてください。
""" + SIG_OKADA,
    attachments=[dict(kind="xlsx", name="研修会場スケジュール.xlsx", sheets={
        "会場": [["日付", "時間", "プログラム", "会場", "レイアウト", "機材"],
                 ["4/8", "13:00-17:00", "オリエンテーション", "大研修室", "スクール 40名", "プロジェクター・マイク2"],
                 ["4/9", "9:00-17:00", "ビジネスマナー", "大研修室", "島型 8班", "ホワイトボード4"],
                 ["4/10", "9:00-17:00", "安全衛生・品質基礎", "大研修室", "スクール 40名", "プロジェクター"],
                 ["4/11", "9:00-12:00", "グループ発表準備", "分科会室A〜D", "島型", "模造紙・マーカー"],
                 ["4/11", "13:00-17:00", "グループ発表", "大研修室", "シアター", "プロジェクター・マイク2"],
                 ["4/12", "9:00-11:00", "振り返り・閉講式", "大研修室", "スクール 40名", "マイク1"]],
        "食事": [["日付", "朝食", "昼食", "夕食"], ["4/8", "-", "-", "40"], ["4/9", "40", "40", "40"],
                 ["4/10", "40", "40", "40（懇親会）"], ["4/11", "40", "40", "40"], ["4/12", "40", "-", "-"]],
    })],
    expect="pass",
    entities=[],
    detectors=[],
    note="venue schedule and meal counts in an XLSX: no people",
))

# hr-093 — promotion candidates stamped 社外秘, internal only
_r = recs("093", 9, lo=1978, hi=1990)
MESSAGES.append(dict(
    id="hr-093",
    sender=OKUBO,
    to=["役員各位 <yakuin@hinode-sangyo.co.jp>"],
    cc=["人事課 山岸 <n-yamagishi@hinode-sangyo.co.jp>"],
    subject="【社外秘】2025年4月 管理職昇格候補者",
    charset="cp932",
    body="""役員各位

【社外秘・取扱注意】

人事部の大久保です。
2025年4月付の管理職昇格候補者（9名）を以下のとおりご報告します。
1月の経営会議でご審議いただく予定です。

氏名　　　　　　所属　　　　　　入社年　直近3年評価
""" + "\n".join(f"{pad(p['name'], 16)}{pad(['営業一部', '営業二部', '製造部', '技術本部', '品質保証部', '経理部'][i % 6], 16)}{2002 + i}年  "
                f"{['A/A/S', 'A/B/A', 'S/A/A', 'A/A/A', 'B/A/S'][i % 5]}" for i, p in enumerate(_r)) + """

候補者への内示は、経営会議の承認後に行います。
""" + SIG_OKUBO,
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="社外秘 stamp and a list of 9 named staff with ratings, but only internal recipients",
))

# hr-094 — two external organisations, four attendees with phones
_r = recs("094", 4)
MESSAGES.append(dict(
    id="hr-094",
    sender=MATSUURA,
    to=["さくらホテル 宴会予約 大西様 <banquet@sakura-hotel.jp>"],
    cc=["ひかり観光バス 営業所 <eigyo@hikari-kankobus.co.jp>"],
    subject="下見の参加者について（12/3）",
    charset="utf-8",
    body="""大西様
（cc：ひかり観光バス様）

お世話になっております。日の出産業の松浦です。
12月3日の会場下見には、以下の4名で伺います。
バスの乗降場所の確認も兼ねておりますので、ひかり観光バス様にもccしております。

""" + "\n".join(f"・{p['name']}　{p['tel']}" for p in _r) + """

当日は11時にロビーでお待ち合わせでお願いいたします。
""" + SIG_MATSUURA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["multiple_external_domains", "personal_data"],
    note="two external organisations (normal) and four people's phones (under five): may be warned, must go",
))

# hr-095 — reply to the clinic; the test result is only in the quoted text
MESSAGES.append(dict(
    id="hr-095",
    sender=IWASA,
    to=["芝浦健診クリニック 保健指導室 <shido@shibaura-kenshin.or.jp>"],
    subject="Re: 二次検査のご案内について",
    charset="iso-2022-jp",
    body="""芝浦健診クリニック 保健指導室 御中

ご連絡ありがとうございます。
ご本人には本日、二次検査の受診を勧奨いたしました。予約は本人から直接入れるとのことです。

日の出産業 健康管理室 岩佐

差出人: 芝浦健診クリニック 保健指導室 <shido@shibaura-kenshin.or.jp>
送信日時: 2024年11月20日 10:05
宛先: 岩佐 典子 <iwasa@hinode-sangyo.co.jp>
件名: 二次検査のご案内について

日の出産業株式会社 健康管理室 岩佐様

先日受診された能登 香織様（受診番号 24-11873）の結果について、
肝機能（AST 88、ALT 121、γ-GTP 264）が要精密検査となっております。
早めの二次検査受診をお勧めいただけますと幸いです。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the health result sits under the quoted 差出人/送信日時 block from the clinic's own mail",
))

# hr-096 — in-house newsletter introducing new hires (internal)
_r = recs("096", 6, lo=2001, hi=2003)
MESSAGES.append(dict(
    id="hr-096",
    sender=OKADA,
    to=["社内報編集部 <shanaiho@hinode-sangyo.co.jp>"],
    subject="社内報5月号 新入社員紹介の原稿",
    charset="utf-8",
    body="""編集部の皆さん

お疲れさまです。岡田です。新入社員紹介の原稿です。

""" + "\n".join(f"◆{p['name']}（{['製造部', '営業一部', '技術本部', '経理部', '品質保証部', '物流センター'][i]}）\n"
                f"　出身：{['北海道', '沖縄県', '長野県', '福岡県', '宮城県', '静岡県'][i]}　趣味：{['登山', 'ギター', 'サウナ巡り', '将棋', 'パン作り', '釣り'][i]}\n"
                f"　ひとこと：{['早く一人前になれるよう頑張ります！', '現場で多くを学びたいです。', '製品づくりの最前線で働きたいです。', '数字に強い社会人を目指します。', '品質で会社を支えます。', '物流の効率化に挑戦したいです。'][i]}"
                for i, p in enumerate(_r)) + """

写真は共有フォルダ「社内報/2025-05」に入れてあります。
""" + SIG_OKADA,
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="new-hire profiles for the in-house newsletter, sent to an internal address only",
))

# hr-097 — overtime statistics per department for the 36協定, to the 社労士
MESSAGES.append(dict(
    id="hr-097",
    sender=YAMAGISHI,
    to=["みなと社会保険労務士事務所 佐伯先生 <saeki@minato-sr.jp>"],
    subject="36協定 特別条項の見直し（時間外実績）",
    charset="iso-2022-jp",
    body="""佐伯先生

お世話になっております。山岸です。
36協定の更新に向けて、部署別の時間外労働の実績（2024年4月〜10月）をお送りします。

部署　　　　　平均(h/月)　最大(h/月)　45h超の延べ人数
営業一部　　　　 22.4　　　 61.5　　　　 7
営業二部　　　　 18.9　　　 48.0　　　　 2
製造部　　　　　 27.1　　　 74.0　　　　15
技術本部　　　　 31.6　　　 79.5　　　　21
情報システム部　 29.8　　　 96.0　　　　 9
管理部門　　　　 12.3　　　 38.5　　　　 0

特別条項の上限（月80時間）を超えそうな部署があり、運用の見直しについてご相談させてください。
""" + SIG_YAMAGISHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="department-level overtime statistics: no individual",
))

# hr-098 — My Number collection procedure with a vendor, no numbers
MESSAGES.append(dict(
    id="hr-098",
    sender=SHIMIZU,
    to=["ツバサシステム 導入コンサル 片桐様 <katagiri@tsubasa-system.jp>"],
    subject="マイナンバー収集機能の設定について",
    charset="utf-8",
    body="""片桐様

お世話になっております。日の出産業の清水です。
マイナンバー収集機能の設定について、いくつか確認させてください。

1. 社員がスマートフォンから個人番号カードを撮影して提出する場合、
   画像はいつ・どのように削除されますか。
2. 扶養親族の個人番号は、本人の申告のみで登録できますか（番号確認書類の扱い）。
3. 個人番号の閲覧権限を、給与厚生課の2名に限定する設定は可能でしょうか。
4. 退職者の個人番号は、法定保存期間経過後に自動削除できますか。

テスト環境ではダミーの番号を使って確認する予定です。
""" + SIG_SHIMIZU,
    expect="pass",
    entities=[],
    detectors=[],
    note="discusses マイナンバー handling in a system, without a single number",
))

# hr-099 — each site's receiving contact (business phones), to the supplier
MESSAGES.append(dict(
    id="hr-099",
    sender=TOTSUKA,
    to=["丸善ユニフォーム 配送センター <haiso@maruzen-uniform.co.jp>"],
    subject="納品先ごとの受取担当について",
    charset="cp932",
    body="""丸善ユニフォーム 配送センター 御中

お世話になっております。日の出産業の戸塚です。
今回の作業服は拠点ごとの直送となりますので、受取窓口をお知らせします。

・本社（港区芝）　　　　総務課 窓口　　TEL 03-5442-7800（代表）
・川崎工場　　　　　　　総務課 小野田　TEL 044-366-2210（代表）内線 102
・相模原工場　　　　　　総務課 若林　　TEL 042-763-5120（代表）
・大阪営業所　　　　　　事務 受付　　　TEL 06-6305-4471
・物流センター　　　　　センター事務所　TEL 048-951-8030

納品時間は平日9時〜16時でお願いいたします。
""" + SIG_TOTSUKA,
    expect="pass",
    entities=[],
    detectors=[],
    note="sites with switchboard numbers and a desk name each: business contacts, not personal records",
))

# hr-100 — reply with corrections for two people; the full list is quoted
_r = recs("100", 11)
MESSAGES.append(dict(
    id="hr-100",
    sender=OKADA,
    to=["ホテル潮騒 研修センター 営業課 <seminar@hotel-shiosai.jp>"],
    subject="Re: 参加者名簿のご確認",
    charset="iso-2022-jp",
    body=f"""営業課 ご担当者様

ご確認ありがとうございます。岡田です。
2点だけ訂正をお願いします。

・No.4 {_r[3]['name']} 様：携帯番号は {_r[3]['tel'][:-1]}{(int(_r[3]['tel'][-1]) + 1) % 10} が正しいです
・No.9 {_r[8]['name']} 様：参加取消（代わりの参加者はおりません）

それ以外は相違ございません。

> 日の出産業 岡田様
> 参加者名簿を以下のとおり承りました。
""" + "\n".join(f"> No.{i + 1} {p['name']} 様 {p['tel']}" for i, p in enumerate(_r)) + """
> ご確認をお願いいたします。
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="new text corrects two people only; the 11-person list is quoted from the venue's mail",
))

# hr-101 — password ZIP between two internal colleagues
MESSAGES.append(dict(
    id="hr-101",
    sender=SHIMIZU,
    to=["給与厚生課 津田 <tsuda@hinode-sangyo.co.jp>"],
    subject="住民税 特別徴収税額通知（電子）まとめ",
    charset="utf-8",
    body="""津田さん

お疲れさまです。清水です。
eLTAXから取得した特別徴収税額通知をZIPにまとめました。
パスワードはいつもの課内ルールのものです。

給与システムへの取込は来週月曜にお願いします。
""" + SIG_SHIMIZU,
    attachments=[dict(kind="zip", name="特別徴収税額通知_R7.zip", password="kyuyo-R7-0520", files=[
        dict(kind="csv", name="tokucho_R7.csv", encoding="cp932",
             rows=[["社員番号", "氏名", "市区町村", "年税額", "6月", "7月以降"]]
             + [[p["empno"], p["name"], p["city"], "168,400", "14,400", "14,000"] for p in recs("101", 6)]),
    ])],
    expect="pass",
    entities=[],
    detectors=[],
    note="encrypted ZIP, but sender and recipient are both internal",
))

# hr-102 — company briefing for a university career centre, with a map image
MESSAGES.append(dict(
    id="hr-102",
    sender=SERIZAWA,
    to=["明和大学 キャリアセンター 求人担当 <kyujin@career.meiwa-u.ac.jp>"],
    subject="学内企業説明会 参加のお申込み",
    charset="iso-2022-jp",
    body="""明和大学 キャリアセンター
求人ご担当者様

いつもお世話になっております。日の出産業 採用グループの芹沢です。
3月5日の学内企業説明会に参加を申し込みます。

　参加者：人事部 芹沢、技術本部 若手社員1名（同校OB）
　ブース：1区画（電源使用あり）
　配布物：会社案内パンフレット 150部

あわせて、弊社本社での会社見学会（3月12日）のご案内を掲示いただけますと幸いです。
アクセスマップを添付いたします。
""" + SIG_SERIZAWA,
    attachments=[dict(kind="png", name="access_map.png")],
    expect="pass",
    entities=[],
    detectors=[],
    note="event application to a university with a map image: no personal data",
))

# =========================================================================================
# honest grey zone
# =========================================================================================

# hr-103 — business-card print order for six employees (business contacts only)
_r = recs("103", 6)
MESSAGES.append(dict(
    id="hr-103",
    sender=MATSUURA,
    to=["錦印刷 営業部 桑原様 <kuwabara@nishiki-insatsu.co.jp>"],
    subject="名刺 新規作成のお願い（4月異動者 6名）",
    charset="utf-8",
    body="""桑原様

いつもお世話になっております。日の出産業の松浦です。
4月の異動者6名分の名刺をお願いします（各100枚、いつものテンプレートで）。

""" + "\n".join(f"{i + 1}) {p['name']}（{p['roma']}）／{['営業一部 課長', '営業二部 主任', '技術本部 設計一課', '品質保証部 係長', '川崎工場 製造課', '大阪営業所 所長'][i]}／"
                f"携帯 {p['tel']}／{p['cmail']}" for i, p in enumerate(_r)) + """

会社の代表番号・住所は従来どおりです。校正はPDFでお送りください。
""" + SIG_MATSUURA,
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six staff's business-card data (company mobiles and e-mails meant for publication) to the partner printer: grey",
))

# hr-104 — a role that identifies one person, with a cancer diagnosis, to a client
MESSAGES.append(dict(
    id="hr-104",
    sender="営業二部 部長 <eigyo2-bucho@hinode-sangyo.co.jp>",
    to=["川崎電機 調達部 小林様 <kobayashi.k@kawasaki-denki.co.jp>"],
    subject="窓口変更のお知らせ",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
小林様

いつもお世話になっております。日の出産業 営業二部の部長でございます。

貴社をご担当しております営業二課の課長ですが、がんの治療に専念するため、
しばらくの間お休みをいただくことになりました。
その間の窓口は、私が直接務めさせていただきます。

ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。
""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="no name, but the client knows who 'our section manager' is; a cancer diagnosis: identifiable or not is a judgement call",
))

# hr-105 — entry-card request: five names with departments only, to building management
_r = recs("105", 5)
MESSAGES.append(dict(
    id="hr-105",
    sender=KOMORI,
    to=["芝ビルマネジメント 管理事務所 <kanri@shiba-bm.co.jp>"],
    subject="入館カード発行のお願い（5名）",
    charset="cp932",
    body="""芝ビルマネジメント 管理事務所 御中

お世話になっております。日の出ビル7F・8Fの日の出産業 小森です。
4月1日入社の社員5名について、入館カードの発行をお願いします。

""" + "\n".join(f"　{pad(p['name'], 16)}{['総務部', '経理部', '営業一部', '営業一部', '情報システム部'][i]}（{['7F', '7F', '8F', '8F', '8F'][i]}）" for i, p in enumerate(_r)) + """

カードは3月28日までに総務部でまとめて受け取ります。
""" + SIG_KOMORI,
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="five names with department and floor only, to the building manager: a list of people, but hardly any data",
))
