"""Blind corpus: publishing — 日の出産業 広報部・販売促進部.

社内報・広報誌, 読者プレゼント・懸賞の当選者, キャンペーン応募者, 取材の手配とインタビュー対象者,
モニター募集, メディア掲載, 印刷会社・発送代行・制作会社・編集プロダクション・フリーランス
(個人の報酬振込先), 写真の肖像権同意書.

Every person, number and address below is invented.
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# data helpers (fictional people)

_SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("小川", "オガワ", "Ogawa"),
    ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("石井", "イシイ", "Ishii"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("岡本", "オカモト", "Okamoto"),
    ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("中山", "ナカヤマ", "Nakayama"), ("石田", "イシダ", "Ishida"),
    ("上田", "ウエダ", "Ueda"), ("森田", "モリタ", "Morita"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("四月一日", "ワタヌキ", "Watanuki"), ("東海林", "ショウジ", "Shoji"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("纐纈", "コウケツ", "Koketsu"), ("百目鬼", "ドウメキ", "Domeki"),
    ("躑躅森", "ツツジモリ", "Tsutsujimori"), ("一尺八寸", "カマツカ", "Kamatsuka"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("薬袋", "ミナイ", "Minai"), ("栗花落", "ツユリ", "Tsuyuri"),
    ("御手洗", "ミタライ", "Mitarai"), ("鬼頭", "キトウ", "Kito"), ("禰津", "ネヅ", "Nezu"),
    ("宍戸", "シシド", "Shishido"), ("左近司", "サコンジ", "Sakonji"), ("仁科", "ニシナ", "Nishina"),
    ("比嘉", "ヒガ", "Higa"), ("我妻", "ワガツマ", "Wagatsuma"), ("土師", "ハジ", "Haji"),
]
_MEI_M = [
    ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健一", "ケンイチ", "Kenichi"),
    ("拓海", "タクミ", "Takumi"), ("蓮", "レン", "Ren"), ("悠真", "ユウマ", "Yuma"),
    ("誠", "マコト", "Makoto"), ("隆", "タカシ", "Takashi"), ("浩二", "コウジ", "Koji"),
    ("和夫", "カズオ", "Kazuo"), ("修", "オサム", "Osamu"), ("亮介", "リョウスケ", "Ryosuke"),
    ("陽斗", "ハルト", "Haruto"), ("慎吾", "シンゴ", "Shingo"), ("哲也", "テツヤ", "Tetsuya"),
    ("智之", "トモユキ", "Tomoyuki"), ("正志", "マサシ", "Masashi"), ("湊", "ミナト", "Minato"),
]
_MEI_F = [
    ("美咲", "ミサキ", "Misaki"), ("陽子", "ヨウコ", "Yoko"), ("さくら", "サクラ", "Sakura"),
    ("結衣", "ユイ", "Yui"), ("恵子", "ケイコ", "Keiko"), ("由美", "ユミ", "Yumi"),
    ("千尋", "チヒロ", "Chihiro"), ("明美", "アケミ", "Akemi"), ("彩花", "アヤカ", "Ayaka"),
    ("真由美", "マユミ", "Mayumi"), ("葵", "アオイ", "Aoi"), ("菜々子", "ナナコ", "Nanako"),
    ("久美子", "クミコ", "Kumiko"), ("凛", "リン", "Rin"), ("知佳", "チカ", "Chika"),
    ("紗希", "サキ", "Saki"), ("富美子", "フミコ", "Fumiko"), ("いずみ", "イズミ", "Izumi"),
]
_AREAS = [
    ("東京都", "世田谷区", ["桜新町", "経堂", "深沢", "用賀"], "154"),
    ("東京都", "練馬区", ["石神井町", "大泉学園町", "豊玉北"], "177"),
    ("神奈川県", "横浜市港北区", ["日吉本町", "綱島西", "大倉山"], "223"),
    ("神奈川県", "川崎市中原区", ["木月", "新丸子東", "今井南町"], "211"),
    ("埼玉県", "さいたま市浦和区", ["高砂", "常盤", "岸町"], "330"),
    ("千葉県", "船橋市", ["本町", "夏見", "前原西"], "273"),
    ("大阪府", "豊中市", ["岡町", "桜塚", "上野東"], "560"),
    ("愛知県", "名古屋市千種区", ["覚王山通", "仲田", "今池"], "464"),
    ("福岡県", "福岡市早良区", ["西新", "藤崎", "高取"], "814"),
    ("北海道", "札幌市中央区", ["南十条西", "北五条西", "宮の森一条"], "064"),
    ("宮城県", "仙台市青葉区", ["上杉", "木町通", "八幡"], "980"),
    ("京都府", "京都市左京区", ["北白川", "下鴨", "岩倉"], "606"),
    ("兵庫県", "神戸市灘区", ["六甲台町", "篠原本町", "岩屋中町"], "657"),
    ("広島県", "広島市中区", ["白島九軒町", "舟入本町", "江波"], "730"),
    ("静岡県", "浜松市中央区", ["佐鳴台", "富塚町", "高丘東"], "432"),
    ("新潟県", "新潟市中央区", ["学校町通", "上所", "関屋"], "951"),
    ("長野県", "松本市", ["沢村", "蟻ケ崎", "里山辺"], "390"),
    ("熊本県", "熊本市中央区", ["水前寺", "新屋敷", "黒髪"], "862"),
    ("沖縄県", "那覇市", ["首里石嶺町", "小禄", "古島"], "903"),
    ("岡山県", "岡山市北区", ["伊島町", "津島", "奉還町"], "700"),
    ("茨城県", "つくば市", ["吾妻", "竹園", "天久保"], "305"),
]
_BLDG = ["コーポ桜", "メゾン緑ヶ丘", "ハイツ南", "グランシャリオ", "パークヒルズ", "エクセル壱番館",
         "サンライズ", "ベルメゾン", "リバーサイド"]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
_BANKS = ["みどり銀行", "東都銀行", "北斗信用金庫", "しおさい銀行", "あかね銀行", "中央ひかり銀行",
          "やまなみ信用組合"]
_BRANCHES = ["本店営業部", "渋谷支店", "武蔵小杉支店", "梅田支店", "大宮支店", "千種支店", "天神支店",
             "札幌北支店", "吉祥寺支店", "三宮支店"]


def _rng(seed: object) -> random.Random:
    return random.Random(f"publishing-{seed}")


def person(seed: object, young: bool = False) -> dict:
    r = _rng(seed)
    sei = r.choice(_SEI)
    female = r.random() < 0.55
    mei = r.choice(_MEI_F if female else _MEI_M)
    pref, city, towns, zip3 = r.choice(_AREAS)
    town = r.choice(towns)
    zipc = f"{zip3}-{r.randrange(1, 10000):04d}"
    street = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 25)}"
    bldg = ""
    if r.random() < 0.4:
        bldg = f"{r.choice(_BLDG)} {r.randint(1, 6)}0{r.randint(1, 9)}"
    mobile = f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    year = r.randint(1992, 2006) if young else r.randint(1948, 2002)
    dob = _dt.date(year, r.randint(1, 12), r.randint(1, 28))
    local = f"{mei[2].lower()}{r.choice(['.', '_', '', '-'])}{sei[2].lower()}{r.choice(['', str(r.randint(1, 99)), str(year)[2:]])}"
    email = f"{local}@{r.choice(_FREEMAIL)}"
    bank = (r.choice(_BANKS), r.choice(_BRANCHES), "普通" if r.random() < 0.85 else "当座",
            f"{r.randint(1000000, 9999999)}")
    return {
        "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name_n": f"{sei[0]}{mei[0]}",
        "kana": f"{sei[1]} {mei[1]}", "romaji": f"{mei[2]} {sei[2]}",
        "ROMAJI": f"{sei[2].upper()} {mei[2].upper()}", "female": female,
        "gender": "女" if female else "男", "pref": pref, "city": city,
        "zip": zipc, "addr": f"{pref}{city}{town}{street}" + (f" {bldg}" if bldg else ""),
        "addr1": f"{pref}{city}{town}{street}", "addr2": bldg,
        "mobile": mobile, "dob": dob, "email": email, "bank": bank,
        "age": 2025 - dob.year - (1 if (dob.month, dob.day) > (6, 1) else 0),
    }


def people(seed: object, n: int, young: bool = False) -> list[dict]:
    return [person(f"{seed}-{i}", young) for i in range(n)]


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s: str) -> str:
    """Full-width digits and hyphens, as some people type them."""
    return s.translate(_FW)


def wareki(d: _dt.date, style: int = 0) -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == 0:
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == 1:
        return f"{short}{y}.{d.month}.{d.day}"
    if style == 2:
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    return fw(f"{short}{y}.{d.month}.{d.day}").replace(".", "．").translate(
        str.maketrans("SHR", "ＳＨＲ"))


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, w: int, fill: str = " ") -> str:
    n = w - dw(s)
    if fill == "　":
        return s + "　" * (n // 2) + " " * (n % 2)
    return s + " " * n


def ptable(header: list, rows: list, gap: str = "  ", rule: str = "-", fill: str = " ") -> str:
    allr = [[str(c) for c in header]] + [[str(c) for c in r] for r in rows]
    ws = [max(dw(r[i]) for r in allr) for i in range(len(header))]
    lines = [gap.join(_pad(c, ws[i], fill) for i, c in enumerate(r)).rstrip() for r in allr]
    total = sum(ws) + dw(gap) * (len(ws) - 1)
    if rule:
        lines.insert(1, rule * (total // dw(rule)))
    return "\n".join(lines)


def corp_number(seed: object) -> str:
    """A 13-digit 法人番号 with a valid check digit (first digit)."""
    r = _rng(f"corp-{seed}")
    base = [r.randrange(10) for _ in range(12)]
    base[0] = r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9])
    total = 0
    for n in range(1, 13):
        p = base[12 - n]
        q = 1 if n % 2 == 1 else 2
        total += p * q
    check = 9 - (total % 9)
    return str(check) + "".join(map(str, base))


def shop_phone(r: random.Random, area: str = "03") -> str:
    if len(area) == 2:
        return f"{area}-{r.randint(3000, 6999)}-{r.randint(1000, 9999)}"
    return f"{area}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"


# ---------------------------------------------------------------------------------------
# the organisation's own staff and signatures

HQ = "〒103-0027 東京都中央区日本橋2-8-3 日の出ビル7F"

NAKANISHI = "中西 遥 <nakanishi.h@hinode-sangyo.co.jp>"
IWASA = "岩佐 健吾 <iwasa.k@hinode-sangyo.co.jp>"
ISHIGURO = "石黒 真理 <ishiguro.m@hinode-sangyo.co.jp>"
MAKINO = "牧野 亮 <makino.r@hinode-sangyo.co.jp>"
AIZAWA = "相沢 奈央 <aizawa.n@hinode-sangyo.co.jp>"
NONOMURA = "野々村 恭平 <nonomura.k@hinode-sangyo.co.jp>"
USAMI = "宇佐美 彩 <usami.a@hinode-sangyo.co.jp>"
KOUHOU = "日の出産業 広報部 <kouhou@hinode-sangyo.co.jp>"

SIG_NAKANISHI = """
――――――――――――――――――――
日の出産業株式会社　広報部 広報課
中西 遥（Haruka Nakanishi）
""" + HQ + """
TEL：03-3271-4415（直通）　FAX：03-3271-4419
E-mail：nakanishi.h@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_IWASA = """
--
日の出産業(株) 広報部 社内報「日の出通信」編集担当
岩佐 健吾
TEL 03-3271-4416 / 内線 2231
iwasa.k@hinode-sangyo.co.jp"""

SIG_ISHIGURO = """
**************************************
日の出産業株式会社
広報部 メディアリレーション担当
石黒 真理（いしぐろ まり）
""" + HQ + """
代表 03-3271-4410　直通 03-3271-4417
**************************************"""

SIG_MAKINO = """
------------------------------
販売促進部 販促企画課
牧野 亮 / Ryo Makino
日の出産業株式会社
TEL: 03-3271-4420  Mobile: 080-4410-2297
------------------------------"""

SIG_AIZAWA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 販売促進部
キャンペーン・プレゼント担当　相沢 奈央
TEL：03-3271-4421（平日9:30～17:30）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_USAMI = """
――
日の出産業株式会社 販売促進部 モニター企画チーム
宇佐美 彩（Aya Usami）
""" + HQ + """
TEL 03-3271-4422"""

SIG_NONOMURA = """
--------------------------------------------------
日の出産業株式会社 広報部長
野々村 恭平
""" + HQ + """
TEL 03-3271-4410（代表）
--------------------------------------------------"""

SIG_EN = """
Best regards,

Mari Ishiguro
Media Relations, Corporate Communications Dept.
Hinode Sangyo Co., Ltd.
7F Hinode Bldg., 2-8-3 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-3271-4417"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを破棄してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""


MESSAGES: list[dict] = []


def add(n: int, **m) -> None:
    assert n == len(MESSAGES) + 1, n
    m["id"] = f"publishing-{n:03d}"
    MESSAGES.append(m)


# ---------------------------------------------------------------------------------------
# 001 — 読者プレゼント当選者 8名, space-padded table in the body, to the 発送代行

_p = people("m001", 8)
add(1,
    sender=AIZAWA,
    to=["そらの発送サービス 久保田様 <kubota@sorano-hasso.co.jp>"],
    subject="【発送依頼】広報誌「ひので」春号 読者プレゼント当選者（8名）",
    charset="iso-2022-jp",
    body="""そらの発送サービス株式会社
フルフィルメント課　久保田様

いつもお世話になっております。日の出産業 販売促進部の相沢です。

広報誌「ひので」春号の読者プレゼント（オリジナル保冷バッグ）の当選者が確定しましたので、
下記の通り発送をお願いいたします。3月14日（金）着指定でお願いできれば幸いです。

""" + ptable(["No", "氏名", "郵便番号", "住所", "電話番号"],
              [[i + 1, p["name"], p["zip"], p["addr"], p["mobile"]] for i, p in enumerate(_p)]) + """

賞品（保冷バッグ）は先週、御社倉庫に納品済みです。
送り状の品名は「日の出産業 読者プレゼント」としてください。

以上、よろしくお願いいたします。
""" + SIG_AIZAWA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 winners' names, addresses and phones in a padded table to an external shipping agent",
)

# 002 — 入稿スケジュール, ordinary mail to the partner printer

add(2,
    sender=IWASA,
    to=["錦印刷 今井様 <imai@nishiki-insatsu.co.jp>"],
    subject="社内報「日の出通信」7月号 入稿スケジュールのご相談",
    charset="iso-2022-jp",
    body="""錦印刷株式会社
営業部　今井様

お世話になっております。日の出産業 広報部の岩佐です。
7月号の進行について、以下のスケジュールで進めたいと考えております。

・6月10日（火）　初校入稿（InDesignデータ＋リンク画像一式）
・6月17日（火）　初校戻し
・6月24日（火）　再校／色校
・7月1日（火）　 校了
・7月8日（火）　 納品

仕様は前号と同じく、A4・中綴じ・16ページ、本文コート90kg、表紙マットコート110kgです。
納品先と部数：本社 1,200部／大阪支社 350部／名古屋営業所 180部

ご都合の悪い日程がございましたらお知らせください。
お見積り（前号 見積番号 NP-24-0912）と同条件で問題ございません。
""" + SIG_IWASA,
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary schedule and print specs to a partner printer; no personal data",
)

# 003 — 懸賞当選者 30名 CSV (CP932) to the printer for 宛名ラベル

_p = people("m003", 30)
_rows = [["応募番号", "氏名", "フリガナ", "郵便番号", "住所1", "住所2", "電話番号", "コース"]]
for i, p in enumerate(_p):
    _rows.append([f"HS25-{4011 + i * 7}", p["name"], p["kana"], p["zip"], p["addr1"], p["addr2"],
                  p["mobile"] if i % 3 else p["mobile"].replace("-", ""), "Aコース" if i < 5 else "Bコース"])
add(3,
    sender=MAKINO,
    to=["錦印刷 データ出力課 <data-out@nishiki-insatsu.co.jp>"],
    cc=["今井様 <imai@nishiki-insatsu.co.jp>"],
    subject="宛名ラベル印字データ（創業60周年プレゼント当選者）",
    charset="cp932",
    body="""錦印刷 データ出力課 ご担当者様
（cc: 営業 今井様）

日の出産業 販売促進部の牧野です。
創業60周年記念プレゼントの当選者分、宛名ラベルの印字データをお送りします。
添付CSV（Shift_JIS）30件、ラベルはA4 12面（前回と同じ品番）でお願いします。
住所2が空欄の行はそのまま空けておいてください。

出力見本をPDFでいただけましたら、こちらで確認のうえ本番に進めます。
""" + SIG_MAKINO,
    attachments=[{"kind": "csv", "name": "宛名ラベル_60周年当選者.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of 30 prize winners (name, kana, address, phone) to the printer for labels",
)

# 004 — キャンペーン当選者 XLSX, several sheets with title rows, to the campaign office

_a = people("m004a", 5)
_b = people("m004b", 20)
_h = people("m004c", 5)


def _sheet(title, ps, start):
    rows = [[title], [], ["当選No", "氏名", "生年月日", "メールアドレス", "電話番号", "郵便番号", "住所"]]
    for i, p in enumerate(ps):
        rows.append([start + i, p["name"], p["dob"].strftime("%Y/%m/%d"), p["email"], p["mobile"],
                     p["zip"], p["addr"]])
    return rows


add(4,
    sender=AIZAWA,
    to=["プレゼントデスク 遠山様 <toyama@present-desk.co.jp>"],
    subject="夏のありがとうキャンペーン 当選者データ送付",
    body="""株式会社プレゼントデスク
キャンペーン事務局　遠山様

お世話になっております。日の出産業の相沢です。
抽選結果を確定しましたので、当選者データをお送りします。

　・A賞（旅行券5万円分）　5名
　・B賞（北国フーズ詰め合わせ）20名
　・補欠　5名

A賞は20歳以上が条件のため、生年月日も入れてあります。
当選通知メールの送信は7/22（火）10時でお願いします。
""" + SIG_AIZAWA,
    attachments=[{
        "kind": "xlsx", "name": "夏のありがとうCP_当選者_確定版.xlsx",
        "sheets": {
            "A賞": _sheet("夏のありがとうキャンペーン　A賞当選者（5名）", _a, 1),
            "B賞": _sheet("夏のありがとうキャンペーン　B賞当選者（20名）", _b, 101),
            "補欠": _sheet("補欠（繰り上げ順）", _h, 901),
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="30 winners with birth dates, e-mail, phone and address in a 3-sheet XLSX to an external office",
)

# 005 — the full winner list, but internal only (総務・経理)

_p = people("m005", 25)
_rows = [["氏名", "郵便番号", "住所", "電話", "賞品", "賞品価格"]]
for i, p in enumerate(_p):
    _rows.append([p["name"], p["zip"], p["addr"], p["mobile"], "旅行券" if i < 5 else "食品ギフト",
                  50000 if i < 5 else 5000])
add(5,
    sender=AIZAWA,
    to=["総務部 <soumu@hinode-sangyo.co.jp>"],
    cc=["経理部 榊原さん <sakakibara.t@hinode-sangyo.co.jp>"],
    subject="夏CP 当選者一覧（景品費計上用）",
    body="""総務部 ご担当各位
cc: 経理 榊原さん

販促の相沢です。夏のありがとうキャンペーンの当選者一覧を共有します（25名）。
景品費の計上と、旅行券（5万円）の一時所得に関する確認にお使いください。
社内共有フォルダにも同じファイルを置いています。

相沢""",
    attachments=[{"kind": "csv", "name": "summer_cp_winners.csv", "encoding": "utf-8", "rows": _rows}],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="25 winners' records, but every recipient is internal",
)

# 006 — suspicious entries, no name column, tab-separated, to an analytics vendor

_p = people("m006", 12)
_lines = ["応募ID\tメールアドレス\t電話番号\t年代\t性別\t購入店舗"]
_shops = ["ひので堂 吉祥寺店", "マルシェ駅前店", "ECサイト", "スーパーさかえ 本店", "ECサイト"]
for i, p in enumerate(_p):
    _lines.append(f"W{208113 + i * 31}\t{p['email']}\t{p['mobile']}\t{(p['age'] // 10) * 10}代\t"
                  f"{p['gender']}\t{_shops[i % 5]}")
add(6,
    sender=MAKINO,
    to=["みらいアナリティクス 三上様 <mikami@mirai-analytics.co.jp>"],
    subject="RE: 重複応募チェックのご依頼",
    body="""みらいアナリティクス株式会社
三上様

お世話になっております。日の出産業の牧野です。
先日ご相談した重複応募の件、同一人物と思われる応募を抜き出しました。
下記をExcelに貼り付けてご確認いただけますでしょうか（タブ区切りです）。

""" + "\n".join(_lines) + """

メールアドレスの表記ゆれ（ドットの有無など）も同一とみなす方向でお願いします。
判定結果は今週中にいただけると助かります。
""" + SIG_MAKINO,
    expect="stop",
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="12 applicants' e-mail and phone rows without a name column, tab-separated, to an external vendor",
)

# 007 — 健康食品モニター応募者 with 既往歴, XLSX to the research company

_p = people("m007", 9)
_hist = ["高血圧（降圧剤服用中）", "なし", "2型糖尿病（食事療法のみ）", "脂質異常症", "なし",
         "痛風（3年前に発作）", "甲状腺機能低下症（チラーヂン服用）", "なし", "逆流性食道炎"]
_rows = [["「ひので青汁プラス」8週間モニター　応募者一覧（一次選考用）"], ["抽出日：2025/05/09"], [],
         ["応募No", "氏名", "年齢", "性別", "電話番号", "既往歴・服薬", "応募動機"]]
for i, p in enumerate(_p):
    _rows.append([f"M-{1201 + i}", p["name"], p["age"], p["gender"], p["mobile"], _hist[i],
                  ["健康診断の数値が気になる", "家族にすすめられて", "野菜不足なので", "通勤中に広告を見て"][i % 4]])
add(7,
    sender=USAMI,
    to=["ことのはリサーチ 高森様 <takamori@kotonoha-research.co.jp>"],
    subject="青汁モニター 応募者一覧（一次選考）",
    body="""ことのはリサーチ株式会社
高森様

いつもお世話になっております。日の出産業 販売促進部の宇佐美です。
青汁モニターの応募者一覧（一次選考分 9名）をお送りします。
服薬中の方を除外するかどうか、監修の先生のご意見も伺いたく、既往歴の欄もそのまま残しています。

選考基準のすり合わせを来週の定例でお願いできればと思います。
""" + SIG_USAMI,
    attachments=[{"kind": "xlsx", "name": "青汁モニター_応募者_一次.xlsx", "sheets": {"応募者": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="monitor applicants with medical history per named row sent outside",
)

# 008 — mail about an NDA with the editorial production, NDA draft attached

add(8,
    sender=IWASA,
    to=["編集工房あおぞら 稲垣様 <inagaki@henshu-kobo-aozora.co.jp>"],
    subject="秘密保持契約書（ドラフト）のご確認のお願い",
    charset="iso-2022-jp",
    body="""株式会社編集工房あおぞら
稲垣様

お世話になっております。日の出産業 広報部の岩佐です。
先日はお打合せのお時間をいただきありがとうございました。

社内報の制作業務を正式にご依頼するにあたり、弊社法務より秘密保持契約書（NDA）の
ドラフトが届きましたので、添付にてお送りします。
第4条（秘密情報の返還・廃棄）と第7条（有効期間）について、ご意見があれば
修正履歴を付けてお戻しください。

契約締結後、過去号のデータと取材先リストの受け渡し方法をご相談させてください。
""" + SIG_IWASA + DISC_JA,
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_ドラフト_v2.docx",
        "paragraphs": [
            "秘密保持契約書",
            "日の出産業株式会社（以下「甲」という）と株式会社編集工房あおぞら（以下「乙」という）は、"
            "甲の社内報制作業務（以下「本業務」という）に関し、次のとおり契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、本業務に関して開示された技術上・営業上の情報"
            "及び個人情報をいう。ただし、公知の情報を除く。",
            "第2条（秘密保持）乙は、秘密情報を善良な管理者の注意をもって管理し、第三者に開示してはならない。",
            "第3条（目的外使用の禁止）乙は、秘密情報を本業務以外の目的に使用してはならない。",
            "第4条（返還・廃棄）乙は、本業務終了後又は甲の請求があった場合、秘密情報を速やかに返還又は廃棄する。",
            "第7条（有効期間）本契約の有効期間は締結日から3年間とする。",
            "（以下、記名押印欄）",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with the NDA draft attached; talk of 秘密情報 is not a marking",
)

# 009 — one freelancer's My Number to the tax accountant

_p = person("m009")
_mn = my_number(9001)
add(9,
    sender=IWASA,
    to=["神田会計事務所 堀口様 <horiguchi@kanda-tax.jp>"],
    subject="支払調書の作成について（写真家 1名分）",
    body=f"""神田会計事務所
堀口様

お世話になっております。日の出産業 広報部の岩佐です。
年末の支払調書の件、広報部で契約しているフリーの写真家の方の情報をお送りします。

　氏名　　：{_p['name']}（{_p['kana']}）
　住所　　：{_p['zip']} {_p['addr']}
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　支払金額：1,320,000円（源泉徴収税額 134,772円）
　区分　　：写真の撮影料（社内報・広報誌）

ご本人から個人番号カードの写しもいただいておりますので、必要でしたらお知らせください。
""" + SIG_IWASA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a freelancer's My Number (with name and address) to an external accountant",
)

# 010 — 社内報 interview draft; the interviewee's depression mentioned in passing

add(10,
    sender=IWASA,
    to=["編集工房あおぞら 稲垣様 <inagaki@henshu-kobo-aozora.co.jp>"],
    subject="「この人に聞く」9月号 原稿の確認",
    body="""稲垣様

お世話になっております。岩佐です。
「この人に聞く」9月号の初稿、ありがとうございました。全体的にとても読みやすいです。

いくつか修正のお願いです。
1. リード文の「入社12年目」は「入社13年目」に訂正をお願いします。
2. 品質保証部の薬袋 千尋さんについて、一昨年うつ病で半年休職されて復職した経緯は
   ご本人と相談のうえ、段落ごと削除させてください。「しばらく現場を離れた時期があり」
   程度の表現であれば差し支えないとのことです。
3. 写真キャプションの部署名は「品質保証部 第二課」が正式名称です。

再稿は来週水曜までにいただけると助かります。
""" + SIG_IWASA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's depression and sick leave stated in passing to an external editor",
)

# 011 — reply; the returned-mail list is only in the quoted part

_p = people("m011", 6)
_q = "\n".join(f"> {i + 1}. {p['name']}様　〒{p['zip']} {p['addr']}" for i, p in enumerate(_p))
add(11,
    sender=AIZAWA,
    to=["そらの発送サービス 久保田様 <kubota@sorano-hasso.co.jp>"],
    subject="Re: 【ご報告】宛所不明による返送（6件）",
    body="""久保田様

ご連絡ありがとうございます。相沢です。
返送分6件、承知しました。応募時のデータと照合のうえ、正しい住所が分かり次第
あらためて再発送をお願いします。今週中にはご連絡できる見込みです。

よろしくお願いいたします。
""" + SIG_AIZAWA + """

> 日の出産業株式会社
> 相沢様
>
> いつもお世話になっております。そらの発送サービスの久保田です。
> 春号読者プレゼントのうち、以下6件が宛所不明で返送されてまいりました。
>
""" + _q + """
>
> 再発送の要否についてご指示いただけますでしょうか。
> 久保田""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the six addresses are only in text quoted from the recipient's own mail",
)

# 012 — look-alike of the partner printer's domain (letter dropped)

add(12,
    sender=IWASA,
    to=["今井様 <imai@nishiki-insatu.co.jp>"],
    subject="色校確認の日程について",
    charset="iso-2022-jp",
    body="""錦印刷株式会社
今井様

お世話になっております。日の出産業の岩佐です。
7月号の色校ですが、6月24日（火）の午後に御社で立ち会いをさせていただけますでしょうか。
表紙の肌色が前号よりやや赤く出ていたので、その点を中心に確認したいと思っております。

14時以降でしたらいつでも伺えます。
""" + SIG_IWASA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain nishiki-insatu.co.jp is a look-alike of partner nishiki-insatsu.co.jp",
)

# 013 — 座談会: three private persons on different free mail, all in To

add(13,
    sender=NAKANISHI,
    to=["早瀬 かおり <kaori.hayase.write@gmail.com>",
        "宍戸 昭彦 <shishido_photo@yahoo.co.jp>",
        "汐見 まどか <madoka.shiomi@icloud.com>"],
    subject="【広報誌】若手社員座談会 当日のご案内",
    body="""早瀬様（ライター）、宍戸様（撮影）、汐見様（司会）

お世話になっております。日の出産業 広報部の中西です。
来週の若手社員座談会について、当日の段取りをお送りします。

日時：6月12日（木）14:00～16:30（13:30 ロビー集合）
場所：弊社本社 7階 会議室A
流れ：14:00 趣旨説明 → 14:10 座談会（約80分）→ 15:40 集合写真・個別カット

参加社員は5名の予定です。お昼はご用意しておりませんのでご了承ください。
ご不明点がありましたら中西までご連絡ください。
""" + SIG_NAKANISHI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private persons on free mail see each other's addresses in To; should have been Bcc",
)

# 014 — three-way meeting: two external organisations in To/Cc

add(14,
    sender=NAKANISHI,
    to=["錦印刷 今井様 <imai@nishiki-insatsu.co.jp>"],
    cc=["かざみどりデザイン 芹沢様 <serizawa@kazamidori-design.jp>", "岩佐 健吾 <iwasa.k@hinode-sangyo.co.jp>"],
    subject="会社案内リニューアル 三者お打合せのご案内",
    body="""錦印刷 今井様
かざみどりデザイン 芹沢様

お世話になっております。日の出産業 広報部の中西です。
会社案内リニューアルの件、デザインと印刷仕様をまとめて決めたく、
三者でのお打合せをお願いできればと存じます。

候補日：
　① 5月20日（火）10:00～11:00
　② 5月21日（水）15:00～16:00
　③ 5月23日（金）13:00～14:00
場所：弊社本社 7階 会議室B（オンライン参加も可）

ご都合のよい日時をお知らせください。
""" + SIG_NAKANISHI,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail: two external organisations in To/Cc",
)

# 015 — magazine draft PDF carrying a 社外秘 stamp only inside the attachment

add(15,
    sender=IWASA,
    to=["編集工房あおぞら 稲垣様 <inagaki@henshu-kobo-aozora.co.jp>"],
    subject="夏号 特集ページの差し替え原稿",
    body="""稲垣様

お疲れさまです。岩佐です。
夏号の特集「新工場ができるまで」、経営企画から差し替えの原稿が届きましたので添付します。
P4-5の数字まわりが変わっています。レイアウトへの反映をお願いします。

岩佐""",
    attachments=[{
        "kind": "pdf", "name": "夏号_特集_差替原稿.pdf", "page_header": "社外秘",
        "lines": ["広報誌「ひので」夏号　特集：新工場ができるまで（差替原稿）",
                  "",
                  "2026年春の稼働を目指す北上工場（岩手県）は、総投資額約86億円、",
                  "延床面積2万4,000平方メートルの規模となる。生産能力は現行の1.6倍を見込む。",
                  "初年度の採用予定は約120名。地元高校・高専との連携も進めている。",
                  "（写真：建設中の工場外観、2025年4月撮影）"],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached PDF carries a 社外秘 page header; the mail body does not mention it",
)

# 016 — password ZIP of the winner list (PPAP)

add(16,
    sender=AIZAWA,
    to=["そらの発送サービス 久保田様 <kubota@sorano-hasso.co.jp>"],
    subject="当選者リスト（夏号プレゼント）送付",
    body="""久保田様

お世話になっております。日の出産業の相沢です。
夏号プレゼントの当選者リストをお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせします。

発送予定日：8月5日（火）
""" + SIG_AIZAWA,
    attachments=[{
        "kind": "zip", "name": "当選者リスト_夏号.zip", "password": "Sorano#0805hn",
        "files": [{"kind": "xlsx", "name": "当選者リスト_夏号.xlsx",
                   "sheets": {"当選者": [["氏名", "住所", "電話"]] +
                              [[p["name"], p["addr"], p["mobile"]] for p in people("m016", 15)]}}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected",
)

# 017 — the password follow-up mail

add(17,
    sender=AIZAWA,
    to=["そらの発送サービス 久保田様 <kubota@sorano-hasso.co.jp>"],
    subject="【パスワード】当選者リスト（夏号プレゼント）",
    charset="iso-2022-jp",
    body="""久保田様

先ほどお送りしたファイルのパスワードをお知らせします。

　Sorano#0805hn

よろしくお願いいたします。
日の出産業 相沢""",
    expect="pass",
    entities=[],
    detectors=[],
    note="just a ZIP password to the same vendor; no personal data, no attachment",
)

# 018 — 肖像権同意書 collected from six models (some minors), DOCX table

_p = people("m018", 6, young=True)
_rows = [["氏名", "生年月日", "住所", "電話", "使用範囲", "保護者"]]
for i, p in enumerate(_p):
    guardian = ""
    dob = p["dob"]
    if i in (2, 4):
        dob = _dt.date(2012 + i, dob.month, dob.day)
        guardian = f"{p['sei']} {['恵子', '浩二'][i // 4]}（母）" if i == 2 else f"{p['sei']} 浩二（父）"
    _rows.append([p["name"], wareki(dob), f"{p['zip']} {p['addr']}", p["mobile"],
                  "会社案内・Web・SNS", guardian])
add(18,
    sender=NAKANISHI,
    to=["かざみどりデザイン 芹沢様 <serizawa@kazamidori-design.jp>"],
    subject="会社案内撮影 肖像権同意書の回収状況",
    body="""芹沢様

お世話になっております。日の出産業の中西です。
5/18の会社案内撮影でご協力いただいた一般モデルの方の同意書、全員分回収できました。
一覧にまとめましたので、写真の使用範囲のご確認にお使いください。
未成年の方（2名）は保護者の署名もいただいています。

原本は弊社で保管します。
""" + SIG_NAKANISHI,
    attachments=[{"kind": "docx", "name": "肖像権同意書_回収一覧.docx",
                  "paragraphs": ["肖像権使用同意書 回収一覧", "撮影日：2025年5月18日　会社案内撮影（一般モデル）"],
                  "tables": [_rows]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six models' birth dates, addresses and phones (DOCX table) to an external design firm",
)

# 019 — blank consent form template

add(19,
    sender=NAKANISHI,
    to=["スタジオこもれび 大庭様 <ooba@studio-komorebi.jp>"],
    subject="撮影用 肖像権同意書のひな形",
    body="""大庭様

お世話になっております。日の出産業 広報部の中西です。
来週の撮影で使う肖像権同意書のひな形をお送りします。
当日、モデルの方に受付で記入いただく形にしたいので、A4で10部ほど印刷してお持ちいただけますか。

よろしくお願いいたします。
""" + SIG_NAKANISHI,
    attachments=[{"kind": "docx", "name": "肖像権使用同意書_ひな形.docx",
                  "paragraphs": ["肖像権使用同意書", "日の出産業株式会社 御中",
                                 "私は、下記撮影において撮影された私の肖像を、貴社が下記の範囲で使用することに同意します。",
                                 "使用範囲：会社案内、Webサイト、SNS、展示会パネル",
                                 "使用期間：撮影日から5年間"],
                  "tables": [[["撮影日", "　　年　　月　　日"], ["氏名（自署）", ""], ["生年月日", "　　年　　月　　日"],
                              ["住所", "〒"], ["電話番号", ""], ["保護者署名（未成年の場合）", ""]]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="an empty consent form template: field labels, no one's data",
)

# 020 — freelancers' 報酬振込先, one record per block, to the payroll outsourcer

_p = people("m020", 7)
_blocks = []
for i, p in enumerate(_p):
    b = p["bank"]
    _blocks.append(f"""【{i + 1}】{p['name']}（{['ライター', 'カメラマン', 'イラストレーター', 'ライター', '校正', 'カメラマン', 'デザイナー'][i]}）
　金融機関：{b[0]}　{b[1]}
　口座種別：{b[2]}　口座番号：{b[3]}
　口座名義：{p['kana']}
　今月支払額：{[88000, 132000, 55000, 66000, 27500, 110000, 44000][i]:,}円（税込・源泉前）""")
add(20,
    sender=IWASA,
    to=["ビズサポート東京 支払代行チーム <payment@bizsupport-tokyo.co.jp>"],
    subject="6月分 外部スタッフ報酬のお振込み依頼（7名）",
    body="""ビズサポート東京 支払代行チーム ご担当者様

いつもお世話になっております。日の出産業 広報部の岩佐です。
社内報・広報誌の外部スタッフ6月分の報酬について、お振込みをお願いします。
振込日は7月10日、振込手数料は当社負担です。

""" + "\n\n".join(_blocks) + """

請求書の原本は本日郵送いたしました。
""" + SIG_IWASA,
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="seven freelancers' personal bank accounts, one block each, to an external payment agent",
)

# 021 — one freelancer's own bank account, confirmed to her (free mail)

add(21,
    sender=IWASA,
    to=["早瀬 かおり <kaori.hayase.write@gmail.com>"],
    subject="報酬お振込先のご確認",
    body="""早瀬 かおり 様

いつもお世話になっております。日の出産業 広報部の岩佐です。
6月号の原稿料につきまして、下記口座へ7月10日にお振込みいたします。
口座に変更がございましたら、7月3日までにお知らせください。

　お振込先：みどり銀行 武蔵小杉支店　普通　4417285
　口座名義：ハヤセ カオリ
　お支払額：88,000円（源泉徴収税額 8,984円を差し引いてお振込みします）

引き続きよろしくお願いいたします。
""" + SIG_IWASA,
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data", "freemail_recipient"],
    note="one freelancer's own bank account sent back to her: one person, may warn",
)

# 022 — forward of a reader's letter (breast cancer), new text to the editor

_p = person("m022")
add(22,
    sender=NAKANISHI,
    to=["編集工房あおぞら 稲垣様 <inagaki@henshu-kobo-aozora.co.jp>"],
    subject="FW: 広報誌「ひので」へのお便り",
    body=f"""稲垣様

お疲れさまです。中西です。
読者の方からとても心のこもったお便りが届きました。秋号の「読者の声」欄に
掲載できないか検討いただけますか。掲載可否はご本人に確認済みです（匿名希望）。

-------- Forwarded Message --------
件名: 広報誌「ひので」へのお便り
日付: 2025年6月3日 21:14
差出人: お問い合わせフォーム <form@hinode-sangyo.co.jp>

【お名前】{_p['name']}
【ご住所】〒{_p['zip']} {_p['addr']}
【ご年齢】{_p['age']}歳
【内容】
いつも楽しみに拝読しております。昨年、乳がんの手術を受け、抗がん剤治療で
入院していた間、病室で「ひので」の工場見学の記事を読んで、元気になったら
家族で行ってみたいと思いながら治療を乗り越えました。
先月、ようやく主人と見学に伺うことができました。ありがとうございました。
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded reader letter: a named reader's cancer treatment with her address, sent to an external editor",
)

# 023 — reply thread; the new text has six winners' phones, the quote has none

_p = people("m023", 6)
add(23,
    sender=AIZAWA,
    to=["青葉運輸 配車センター 桑原様 <kuwabara@aoba-unyu.co.jp>"],
    subject="Re: クール便の配達連絡先について",
    body="""桑原様

お世話になっております。相沢です。
ご依頼の件、クール便6件分のお届け先電話番号です。

""" + "\n".join(f"・{p['name']} 様　{fw(p['mobile']) if i % 2 else p['mobile']}" for i, p in enumerate(_p)) + """

不在が続く場合は、弊社（相沢 03-3271-4421）までご連絡ください。

相沢

-----Original Message-----
From: 桑原 <kuwabara@aoba-unyu.co.jp>
Sent: Tuesday, July 8, 2025 9:41 AM
To: 相沢 奈央 <aizawa.n@hinode-sangyo.co.jp>
Subject: クール便の配達連絡先について

日の出産業 相沢様

青葉運輸の桑原です。
本日集荷予定のクール便6件について、送り状に電話番号の記載がございませんでした。
冷凍品のため不在時の連絡が必要となります。お届け先の電話番号をお知らせいただけますでしょうか。
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six named winners' phone numbers in the new (unquoted) reply text",
)

# 024 — distribution list of shops (businesses, not people)

_r = _rng("m024")
_shops = [("ひので堂書店 本店", "東京都千代田区神田神保町2-14", "03"), ("ブックスあさひ 中野店", "東京都中野区中野5-52-15", "03"),
          ("文栄堂 川崎駅前店", "神奈川県川崎市川崎区駅前本町11-2", "044"), ("まるいち書房", "埼玉県川越市新富町1-8-3", "049"),
          ("書林ひかり 船橋店", "千葉県船橋市本町4-2-1", "047"), ("大阪ブックセンター", "大阪府大阪市北区角田町6-9", "06"),
          ("梅田文庫堂", "大阪府大阪市北区梅田1-3-1", "06"), ("名古屋書林 栄店", "愛知県名古屋市中区栄3-4-5", "052"),
          ("天神ブックス", "福岡県福岡市中央区天神2-5-35", "092"), ("札幌北書房", "北海道札幌市中央区北四条西3-1", "011"),
          ("仙台駅前書店", "宮城県仙台市青葉区中央1-6-1", "022"), ("京都三条書房", "京都府京都市中京区三条通河原町東入ル中島町78", "075"),
          ("神戸元町ブックス", "兵庫県神戸市中央区元町通1-7-2", "078"), ("広島本通り書店", "広島県広島市中区本通6-11", "082"),
          ("スーパーさかえ 本店（サービスカウンター）", "静岡県浜松市中央区鍛冶町100-1", "053"),
          ("日の出産業 大阪支社 受付", "大阪府大阪市中央区本町3-5-7", "06"), ("日の出産業 名古屋営業所", "愛知県名古屋市中村区名駅4-2-28", "052"),
          ("道の駅 ひので", "長野県松本市里山辺2950", "0263"), ("マルシェ駅前店", "茨城県つくば市吾妻1-8-10", "029"),
          ("那覇国際通りブックス", "沖縄県那覇市牧志2-2-30", "098")]
_rows = [["広報誌「ひので」秋号　配布先一覧（店頭設置）"], [],
         ["配布先コード", "店舗名", "郵便番号", "住所", "電話番号", "部数"]]
for i, (n, a, ar) in enumerate(_shops):
    _rows.append([f"D{301 + i}", n, f"{_r.randint(100, 999)}-{_r.randint(1000, 9999)}", a, shop_phone(_r, ar),
                  _r.choice([50, 80, 100, 150, 200])])
add(24,
    sender=AIZAWA,
    to=["そらの発送サービス 久保田様 <kubota@sorano-hasso.co.jp>"],
    subject="秋号 店頭配布分の発送先リスト",
    body="""久保田様

お世話になっております。日の出産業の相沢です。
秋号の店頭配布分（20か所）の発送先リストを添付します。
部数は配布先ごとに異なりますので、ご確認のうえ梱包をお願いします。
""" + SIG_AIZAWA,
    attachments=[{"kind": "xlsx", "name": "秋号_配布先一覧.xlsx", "sheets": {"配布先": _rows}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of shops and branch offices (business addresses and switchboards), not people",
)

# 025 — HTML-only mail with a table of monitor applicants

_p = people("m025", 7)
_tr = "\n".join(
    f"<tr><td>{p['name']}</td><td>{(p['age'] // 10) * 10}代</td><td>{p['pref']}</td>"
    f"<td>{p['email']}</td><td>{p['mobile']}</td></tr>" for p in _p)
add(25,
    sender=USAMI,
    to=["ことのはリサーチ 高森様 <takamori@kotonoha-research.co.jp>"],
    subject="ホームベーカリー 自宅モニター 当選者（7名）",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>ことのはリサーチ株式会社<br>高森様</p>
<p>お世話になっております。日の出産業 販売促進部の宇佐美です。<br>
ホームベーカリー自宅モニターの当選者が決まりましたので、ご連絡先をお送りします。<br>
製品の発送とアンケートURLのご案内をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>年代</th><th>都道府県</th><th>メールアドレス</th><th>携帯電話</th></tr>
""" + _tr + """
</table>
<p>モニター期間：8月1日～8月31日<br>よろしくお願いいたします。</p>
<p>――<br>日の出産業株式会社 販売促進部 モニター企画チーム<br>宇佐美 彩<br>TEL 03-3271-4422</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of seven monitors' e-mail and mobile numbers to an external firm",
)

# 026 — raw survey answers CSV (UTF-8), e-mail per row, no names

_p = people("m026", 15)
_r = _rng("m026r")
_rows = [["回答ID", "回答日時", "メールアドレス", "年齢", "性別", "都道府県", "満足度", "自由記述"]]
_free = ["工場見学の記事がよかった", "文字が小さくて読みにくい", "", "レシピのページを増やしてほしい",
         "社員紹介が面白い", "", "プレゼントの種類を増やしてほしい", "毎号楽しみにしています"]
for i, p in enumerate(_p):
    _rows.append([f"R{50021 + i}", f"2025-04-{_r.randint(1, 28):02d} {_r.randint(8, 23):02d}:{_r.randint(0, 59):02d}",
                  p["email"], p["age"], p["gender"], p["pref"], _r.randint(1, 5), _free[i % 8]])
add(26,
    sender=NAKANISHI,
    to=["集計ラボ 大和田様 <owada@shuukei-lab.jp>"],
    subject="読者アンケート 回答データ（春号）",
    body="""集計ラボ
大和田様

お世話になっております。日の出産業 広報部の中西です。
春号の読者アンケートの回答データ（Webフォーム出力そのまま）をお送りします。
クロス集計（年代×満足度、都道府県別）と自由記述の分類をお願いいたします。
納期は5月末でお願いできれば幸いです。
""" + SIG_NAKANISHI,
    attachments=[{"kind": "csv", "name": "reader_survey_spring_raw.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop",
    entities=["EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="15 survey rows each with a respondent's e-mail, age and sex, no name column, to an external vendor",
)

# 027 — press release: To is the sender's own box, journalists in Bcc

add(27,
    sender=KOUHOU,
    to=[KOUHOU],
    bcc=["keizai-desk@keizai-tsushin.jp", "kikaku@nichinichi-shimbun.co.jp", "news@tokai-tv.co.jp",
         "henshu@monthly-kurashi.jp", "release@sangyo-times.co.jp", "desk@kahoku-news.co.jp",
         "info@food-business-online.jp", "press@retail-weekly.jp", "news@kansai-keizai.co.jp",
         "release@pr-wire-japan.com", "editor@packaging-today.jp", "desk@chubu-nippo.co.jp"],
    subject="【プレスリリース】日の出産業、北上工場の起工式を実施",
    body="""報道関係者各位

2025年5月12日
日の出産業株式会社

日の出産業、北上工場の起工式を実施
～2026年春の稼働を目指し、東北エリアの供給体制を強化～

日の出産業株式会社（本社：東京都中央区、代表取締役社長：日野 正臣）は、
5月10日、岩手県北上市において新工場の起工式を執り行いましたのでお知らせします。

■新工場の概要
　所在地：岩手県北上市（北上南部工業団地内）
　延床面積：約24,000㎡
　稼働予定：2026年4月

【本件に関するお問い合わせ】
日の出産業株式会社 広報部（担当：石黒）
TEL 03-3271-4417　E-mail kouhou@hinode-sangyo.co.jp
""",
    attachments=[{"kind": "pdf", "name": "20250512_起工式リリース.pdf",
                  "lines": ["プレスリリース", "日の出産業、北上工場の起工式を実施",
                            "2026年春の稼働を目指し、東北エリアの供給体制を強化"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="press release with all media in Bcc; nobody external can see anyone else",
)

# 028 — gift recipients, one record per block, to the partner food company

_p = people("m028", 5)
_blocks = []
for i, p in enumerate(_p):
    _blocks.append(f"""■お届け先{fw(str(i + 1))}
　お名前：{p['name']} 様
　ご住所：〒{p['zip']}　{p['addr']}
　お電話：{p['mobile']}
　お届け希望：{['8/9 午前', '指定なし', '8/10 18-20時', '指定なし', '8/12 午前'][i]}""")
add(28,
    sender=AIZAWA,
    to=["北国フーズ ギフト課 佐伯様 <saeki@kitaguni-foods.co.jp>"],
    subject="お中元キャンペーン 特賞ギフトの直送のお願い",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社
ギフト課　佐伯様

いつも大変お世話になっております。日の出産業 販売促進部の相沢でございます。
お中元キャンペーンの特賞「北海道海の幸セット」につきまして、
下記5名様への直送をお願いいたします。のしは「御中元」、贈り主は弊社名でお願いします。

""" + "\n\n".join(_blocks) + """

ご請求は弊社販売促進部宛にまとめてお送りください。
""" + SIG_AIZAWA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five winners' addresses and phones in per-person blocks to a partner company",
)

# 029 — forwarded applicant mail with a full card number

_p = person("m029")
_cn = card_number(29)
add(29,
    sender=MAKINO,
    to=["プレゼントデスク 遠山様 <toyama@present-desk.co.jp>"],
    subject="FW: レシート応募の件（購入証明について）",
    body=f"""遠山様

お世話になっております。牧野です。
応募者の方から、レシートを紛失したため別の方法で購入を証明したいとの連絡がありました。
事務局での対応方針を確認させてください。

---------- Forwarded message ---------
From: {_p['name']} <{_p['email']}>
Date: 2025年7月15日(火) 22:03
Subject: レシート応募の件
To: <campaign@hinode-sangyo.co.jp>

キャンペーン事務局御中

ネットスーパーで御社の商品を購入したのですが、レシートが届かず応募できません。
購入時に使ったクレジットカードの番号を書いておきますので、確認してもらえませんか。

カード番号：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}
有効期限：09/28
購入日：7月12日　購入金額：3,218円

{_p['name']}
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded applicant mail carrying a full credit card number",
)

# 030 — quotation request with product codes and prices (XLSX)

add(30,
    sender=MAKINO,
    to=["錦印刷 今井様 <imai@nishiki-insatsu.co.jp>"],
    subject="販促ツール お見積りのお願い（秋冬キャンペーン）",
    body="""今井様

お世話になっております。日の出産業 販売促進部の牧野です。
秋冬キャンペーン用の販促ツールについて、添付の仕様でお見積りをお願いします。
納期は9月20日、納品先は弊社物流センター（川口）です。
""" + SIG_MAKINO,
    attachments=[{"kind": "xlsx", "name": "見積依頼_秋冬CP販促ツール.xlsx", "sheets": {
        "見積依頼": [["見積依頼書", "", "", "", "依頼No. HS-Q-25-0331"], [],
                 ["品目コード", "品名", "仕様", "数量", "希望単価"],
                 ["PT-2501", "店頭POP（A4）", "コート135kg 片面4C", 5000, 18],
                 ["PT-2502", "応募はがき付きリーフレット", "A4 三つ折り 両面4C", 120000, 6.5],
                 ["PT-2503", "棚帯", "W900×H60 合成紙", 3000, 35],
                 ["PT-2504", "のぼり", "W600×H1800 ポンジ", 400, 780],
                 ["PT-2505", "ステッカー", "φ50 ユポ", 20000, 4]],
        "納品先": [["納品先", "住所", "電話"], ["日の出産業 川口物流センター", "埼玉県川口市領家5-14-3", "048-226-7781"]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="quotation request: product codes, specs, prices, a company delivery address",
)

# 031 — grand-prize car winner: driver's licence number to the dealer

_p = person("m031")
add(31,
    sender=MAKINO,
    to=["ひなたモータース 営業部 矢吹様 <yabuki@hinata-motors.co.jp>"],
    subject="特賞（コンパクトカー）当選者の名義登録情報",
    body=f"""ひなたモータース株式会社
矢吹様

お世話になっております。日の出産業の牧野です。
創業60周年キャンペーン特賞の車両につき、当選者様の名義登録に必要な情報をお送りします。

氏名：{_p['name']}（{_p['kana']}）
生年月日：{wareki(_p['dob'], 0)}
住所：〒{_p['zip']} {_p['addr']}
運転免許証番号：第{_rng('m031l').randint(10, 99)}{_rng('m031m').randint(1000000000, 9999999999)}号
連絡先：{_p['mobile']}

車庫証明の書類はご本人から直接御社へ郵送いただく予定です。
""" + SIG_MAKINO,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a winner's driver's licence number with birth date and address to an external dealer",
)

# 032 — passport data of the photographer for an overseas shoot (travel agency)

_p = person("m032")
add(32,
    sender=NAKANISHI,
    to=["スカイトラベル 法人営業 金城様 <kinjo@sky-travel.co.jp>"],
    subject="台湾取材 航空券手配（同行カメラマン分）",
    body=f"""スカイトラベル株式会社
金城様

お世話になっております。日の出産業 広報部の中西です。
台湾・台中工場の取材（9/16～9/19）について、同行するカメラマンの方の航空券も
あわせて手配をお願いいたします。旅券情報は以下のとおりです。

　氏名（ローマ字）：{_p['ROMAJI']}
　性別：{'F' if _p['female'] else 'M'}
　生年月日：{_p['dob'].strftime('%Y/%m/%d')}
　旅券番号：T{chr(65 + _rng('m032').randint(0, 25))}{_rng('m032p').randint(1000000, 9999999)}
　有効期限：2031/03/08

弊社社員2名分は先日お送りした内容から変更ありません。
""" + SIG_NAKANISHI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a photographer's passport number and birth date to a travel agency",
)

# 033 — English mail to an overseas studio, schedule only

add(33,
    sender="Mari Ishiguro <ishiguro.m@hinode-sangyo.co.jp>",
    to=["Kevin Lim <kevin.lim@harbourlight-studio.com>"],
    subject="Photo shoot at our Singapore office - schedule",
    body="""Dear Kevin,

Thank you for your quick reply. We would like to confirm the shoot at our Singapore
office as follows:

  Date:     Wednesday, 17 September 2025
  Time:     09:30 - 15:00 (setup from 09:00)
  Location: Hinode Sangyo Singapore Pte. Ltd., 8 Marina View, #21-05
  Shots:    office interior, 6 staff portraits, team photo

Our local coordinator will meet you at the reception. Please send us your quotation
(ref. HS-SG-0917) by the end of next week.
""" + SIG_EN + "\n" + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English schedule mail to a foreign studio with signature and disclaimer",
)

# 034 — foreign translator's residence card number to the payroll outsourcer

add(34,
    sender=IWASA,
    to=["ビズサポート東京 源泉担当 <gensen@bizsupport-tokyo.co.jp>"],
    subject="英語版社内報 翻訳者の居住者区分について",
    body="""ビズサポート東京 源泉担当 ご担当者様

いつもお世話になっております。日の出産業 広報部の岩佐です。
英語版社内報の翻訳をお願いしているフリーランスの方について、源泉徴収の区分（居住者扱い）の
確認をお願いしたく、ご本人の在留カードの情報をお送りします。

　氏名：NGUYEN THI LAN（グエン ティ ラン）
　在留カード番号：UH48201735NA
　在留資格：技術・人文知識・国際業務
　在留期間（満了日）：2027年11月30日
　住所：東京都江戸川区西葛西6-17-9 グリーンハイツ西葛西 302

来月から月2回程度の発注を予定しています。
""" + SIG_IWASA,
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a translator's residence card number and address to an external payroll firm",
)

# 035 — unencrypted ZIP holding an applicant XLSX and a memo

_p = people("m035", 14)
add(35,
    sender=AIZAWA,
    to=["CPサポート 森下様 <morishita@cp-support.co.jp>"],
    subject="6月分 応募データ",
    body="""森下様

お世話になっております。相沢です。
6月分のはがき応募のデータ化が終わりましたのでお送りします（ZIPにまとめています）。
抽選は7/3にお願いします。

相沢（日の出産業 販売促進部）""",
    attachments=[{"kind": "zip", "name": "応募データ_0601-0630.zip", "files": [
        {"kind": "xlsx", "name": "はがき応募者_6月.xlsx", "sheets": {"6月": [
            ["応募番号", "氏名", "電話", "メール", "郵便番号", "住所"]] + [
            [f"P6-{i + 1:04d}", p["name"], p["mobile"], p["email"] if i % 3 else "", p["zip"], p["addr"]]
            for i, p in enumerate(_p)]}},
        {"kind": "txt", "name": "メモ.txt", "text": "6月分 はがき応募 14件（うち無効2件は除外済み）\n入力者：派遣 桐生\n"},
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="14 applicants' records in an XLSX inside a plain ZIP to an external campaign office",
)

# 036 — 社外秘 draft, but all recipients internal

add(36,
    sender=NONOMURA,
    to=["広報部 <kouhou@hinode-sangyo.co.jp>"],
    cc=["経営企画部 坪井さん <tsuboi.s@hinode-sangyo.co.jp>"],
    subject="【社外秘】新ブランド発表 広報計画（案）",
    body="""広報部各位
cc: 経営企画 坪井さん

野々村です。
新ブランド「HINODE GREEN」の発表に向けた広報計画（案）を共有します。
【社外秘】解禁日（10/1）まで社外には一切出さないよう、取扱いに注意してください。

1. 9/中旬　主要紙へ個別ブリーフィング（要：経営企画と調整）
2. 10/1　プレスリリース配信・記者発表会（さくらホテル）
3. 10/2以降　業界誌インタビュー、SNS展開

来週月曜の部会で議論します。
""" + SIG_NONOMURA,
    expect="pass",
    entities=[],
    detectors=[],
    note="a 社外秘 marking, but every recipient is internal",
)

# 037 — DOCX list of five individual customers to interview, to the design firm

_p = people("m037", 5)
_rows = [["No.", "お名前", "ご住所", "ご連絡先", "取材希望日", "備考"]]
for i, p in enumerate(_p):
    _rows.append([str(i + 1), p["name"], p["addr"], p["mobile"],
                  ["9/2 午前", "9/3 午後", "9/4 終日", "9/5 午前", "9/8 午後"][i],
                  ["ご自宅キッチンで撮影可", "お子様同席", "ペットあり", "駅まで送迎希望", ""][i]])
add(37,
    sender=NAKANISHI,
    to=["かざみどりデザイン 芹沢様 <serizawa@kazamidori-design.jp>"],
    subject="「お客様の声」取材先候補（5名）",
    body="""芹沢様

お世話になっております。中西です。
Webサイト「お客様の声」コーナーの取材先候補が5名決まりました。
ライターさん・カメラマンさんとの日程調整をお願いできますでしょうか。
候補者の一覧を添付します。

""" + SIG_NAKANISHI,
    attachments=[{"kind": "docx", "name": "お客様の声_取材先候補.docx",
                  "paragraphs": ["「お客様の声」取材先候補一覧（2025年8月）", "※いずれもご本人より取材承諾済み"],
                  "tables": [_rows]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five private customers' home addresses and phones in a DOCX table to a design firm",
)

# 038 — 社内報 new-hire page as a PDF table, to the printer

_p = people("m038", 9, young=True)
_depts = ["営業一部", "経理部", "北上工場 製造課", "情報システム部", "品質保証部", "営業二部", "物流センター", "広報部", "研究開発部"]
_tbl = [["氏名", "配属", "生年月日", "出身地", "趣味", "ひとこと"]]
for i, p in enumerate(_p):
    _tbl.append([p["name"], _depts[i], wareki(_dt.date(2001 + i % 3, p["dob"].month, p["dob"].day), 0),
                 p["pref"], ["登山", "カメラ", "料理", "ゲーム", "ランニング", "読書", "釣り", "ピアノ", "サウナ"][i],
                 "よろしくお願いします！"])
add(38,
    sender=IWASA,
    to=["錦印刷 今井様 <imai@nishiki-insatsu.co.jp>"],
    subject="4月号 新入社員紹介ページ（差し替え）",
    body="""今井様

お世話になっております。岩佐です。
4月号P10-11の新入社員紹介ページ、配属先の変更があったため差し替えデータをお送りします。
（PDFの表の内容で組版をお願いします。写真は変更ありません）
""" + SIG_IWASA,
    attachments=[{"kind": "pdf", "name": "日の出通信4月号_新入社員紹介_差替.pdf",
                  "lines": ["日の出通信 4月号　P10-11　ようこそ！新入社員のみなさん", ""], "table": _tbl}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="nine new hires' names with 和暦 birth dates in a PDF table to the external printer",
)

# 039 — reply under -----Original Message-----; the applicant list is quoted

_p = people("m039", 7)
_q = "\n".join(f"{p['name']}　{p['mobile']}　{p['addr']}" for p in _p)
add(39,
    sender=AIZAWA,
    to=["プレゼントデスク 遠山様 <toyama@present-desk.co.jp>"],
    subject="RE: 当選辞退・連絡不通者について",
    body="""遠山様

ご確認ありがとうございます。相沢です。
7名とも補欠からの繰り上げで進めていただいて問題ございません。
繰り上げ当選者のリストは、確定後に事務局のシステム上で共有いただければ結構です。

相沢

-----Original Message-----
差出人: 遠山 <toyama@present-desk.co.jp>
送信日時: 2025年7月29日 17:22
宛先: 相沢 奈央 <aizawa.n@hinode-sangyo.co.jp>
件名: 当選辞退・連絡不通者について

日の出産業 相沢様

B賞当選者のうち、下記7名が辞退または2週間連絡がつかない状況です。

""" + _q + """

補欠からの繰り上げでよろしいでしょうか。
プレゼントデスク 遠山""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the seven people's data is only in the quoted original from the recipient",
)

# 040 — essay manuscript (DOCX) with a named employee's stroke recovery

add(40,
    sender=IWASA,
    to=["ペンクラフト編集室 海老名様 <ebina@pencraft-edit.co.jp>"],
    subject="リレーエッセイ 10月号原稿",
    body="""海老名様

いつもお世話になっております。日の出産業の岩佐です。
リレーエッセイ10月号の原稿が届きましたので、校正と見出し案をお願いします。
文字数がやや多いので、700字程度に整えていただけると助かります。
""" + SIG_IWASA,
    attachments=[{"kind": "docx", "name": "リレーエッセイ_10月号_原稿.docx",
                  "paragraphs": ["リレーエッセイ「わたしの転機」第34回",
                                 "設備管理課　五百旗頭 修",
                                 "3年前の冬、夜勤明けに自宅で倒れ、脳梗塞と診断されました。右半身にまひが残り、"
                                 "約半年の入院とリハビリを経て職場に戻りました。",
                                 "復帰当初は工具を握ることもままならず、仲間に助けられてばかりでした。"
                                 "今では左手での作業にもすっかり慣れ、後輩の指導役を任されています。",
                                 "次回は、同じ設備管理課の御手洗さんにバトンを渡します。"]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX essay: a named employee's stroke and disability, sent to an external editor",
)

# 041 — English HTML + text: journalists' personal mobiles and e-mails to an overseas PR firm

_j = [("Yuki Tachibana", "Nichinichi Shimbun (Business desk)", "090-3318-7702", "y.tachibana@nichinichi-shimbun.co.jp"),
      ("Sho Kirishima", "Keizai Tsushin", "080-6402-1195", "kirishima.sho@keizai-tsushin.jp"),
      ("Emi Kurosawa", "Tokai TV (News)", "070-2291-8834", "emi.kurosawa.tv@gmail.com"),
      ("Daigo Amamiya", "Food Business Online", "090-7715-3360", "amamiya@food-business-online.jp"),
      ("Natsuki Hoshino", "Monthly Kurashi", "080-1247-5581", "hoshino.natsuki@monthly-kurashi.jp"),
      ("Takeru Onodera", "Sangyo Times (freelance)", "090-9920-4417", "t.onodera.press@outlook.jp")]
_txt = "\n".join(f"  {n:<18}{o:<36}{m:<15}{e}" for n, o, m, e in _j)
_html = "".join(f"<tr><td>{n}</td><td>{o}</td><td>{m}</td><td>{e}</td></tr>" for n, o, m, e in _j)
add(41,
    sender="Mari Ishiguro <ishiguro.m@hinode-sangyo.co.jp>",
    to=["Rachel Tan <rachel.tan@pacificbridge-pr.com>"],
    subject="Japanese media contacts for the Singapore launch press tour",
    body="""Hi Rachel,

As discussed, here are the Japanese journalists who have confirmed the press tour to
Singapore (Oct 7-9). Please contact them directly about hotel and flights.

  Name              Outlet                              Mobile         E-mail
  ----------------  ----------------------------------  -------------  ------------------------------
""" + _txt + """

Most of them prefer LINE or phone to e-mail on the road.
""" + SIG_EN,
    html="""<html><body><p>Hi Rachel,</p>
<p>As discussed, here are the Japanese journalists who have confirmed the press tour to Singapore (Oct 7-9).
Please contact them directly about hotel and flights.</p>
<table border="1"><tr><th>Name</th><th>Outlet</th><th>Mobile</th><th>E-mail</th></tr>""" + _html + """</table>
<p>Most of them prefer LINE or phone to e-mail on the road.</p>
<p>Best regards,<br>Mari Ishiguro<br>Hinode Sangyo Co., Ltd.</p></body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six journalists' personal mobiles and e-mails (text + HTML table) to an overseas PR firm",
)

# 042 — the word 社外秘 only mentioned; disclaimer at the end

add(42,
    sender=ISHIGURO,
    to=["プリズムPR 梶原様 <kajiwara@prism-pr.co.jp>"],
    subject="会社概要資料の送付（メディア説明用）",
    body="""プリズムPR株式会社
梶原様

お世話になっております。日の出産業 広報部の石黒です。
来週のメディアキャラバン用に、会社概要の資料をお送りします。
添付はすべてWebサイトと統合報告書で公開済みの情報で、社外秘の内容は含まれておりませんので、
記者の方にそのままお渡しいただいて構いません。

ご不明点がございましたらお気軽にお問い合わせください。
""" + SIG_ISHIGURO + DISC_JA,
    attachments=[{"kind": "pdf", "name": "日の出産業_会社概要2025.pdf",
                  "lines": ["日の出産業株式会社　会社概要", "設立：1965年4月", "資本金：48億円",
                            "従業員数：2,341名（連結）", "事業内容：食品・生活関連製品の製造販売",
                            "本社：東京都中央区日本橋2-8-3"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 only mentioned in a sentence ('not included'), public company profile, standard disclaimer",
)

# 043 — media list of 12 journalists (CSV CP932) to the PR agency

_r = _rng("m043")
_p = people("m043", 12)
_media = ["日日新聞 経済部", "経済通信社 産業班", "東海テレビ 報道部", "月刊くらし 編集部", "産業タイムズ",
          "フードビジネスオンライン", "河北ニュース", "リテールウィークリー", "関西経済新聞", "パッケージングトゥデイ",
          "中部日報 経済部", "フリー（食品業界）"]
_dom = ["nichinichi-shimbun.co.jp", "keizai-tsushin.jp", "tokai-tv.co.jp", "monthly-kurashi.jp", "sangyo-times.co.jp",
        "food-business-online.jp", "kahoku-news.co.jp", "retail-weekly.jp", "kansai-keizai.co.jp", "packaging-today.jp",
        "chubu-nippo.co.jp", None]
_rows = [["媒体", "記者名", "携帯", "メール", "担当分野", "前回接触"]]
for i, p in enumerate(_p):
    mail = p["email"] if _dom[i] is None else f"{p['romaji'].split()[1].lower()}.{p['romaji'].split()[0][0].lower()}@{_dom[i]}"
    _rows.append([_media[i], p["name"], p["mobile"], mail, _r.choice(["食品", "流通", "製造業", "地域経済", "生活"]),
                  f"2025/0{_r.randint(1, 6)}/{_r.randint(10, 28)}"])
add(43,
    sender=ISHIGURO,
    to=["プリズムPR 梶原様 <kajiwara@prism-pr.co.jp>"],
    subject="記者リスト（最新版）の共有",
    charset="cp932",
    body="""梶原様

お世話になっております。石黒です。
10/1の記者発表会のご案内先として、弊社で管理している記者リストの最新版をお送りします。
携帯番号は個別取材の調整時のみご使用ください。

""" + SIG_ISHIGURO,
    attachments=[{"kind": "csv", "name": "記者リスト_2025.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="12 journalists' names, mobiles and e-mails in a CP932 CSV to the PR agency",
)

# 044 — four winners on different carriers / free mail, all in To

add(44,
    sender="日の出産業 キャンペーン事務局 <campaign@hinode-sangyo.co.jp>",
    to=["m.kadota1984@gmail.com", "yoshie_haga@yahoo.co.jp", "tomo-niikura@docomo.ne.jp",
        "sakuramochi.77@icloud.com"],
    subject="【当選のお知らせ】日の出産業 春の新生活応援キャンペーン",
    body="""当選者の皆さま

このたびは「春の新生活応援キャンペーン」にご応募いただき、誠にありがとうございました。
厳正なる抽選の結果、B賞「ひのでキッチン家電セット」にご当選されましたので、お知らせいたします。

賞品の発送のため、4月25日（金）までに本メールへのご返信にて
①お名前 ②ご住所 ③お電話番号 をお知らせください。
期限までにご返信がない場合は、当選を無効とさせていただきます。

日の出産業株式会社 キャンペーン事務局
TEL 0120-41-0720（平日10:00～17:00）""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="four private winners on four free-mail/carrier domains exposed to each other in To",
)

# 045 — tracking numbers for shipments to branches

_r = _rng("m045")
_rows = [[f"{_r.randint(1000, 9999)}-{_r.randint(1000, 9999)}-{_r.randint(1000, 9999)}", b, _r.randint(1, 6)]
         for b in ["大阪支社", "名古屋営業所", "福岡営業所", "札幌営業所", "仙台営業所", "広島営業所", "北上工場", "川口物流センター"]]
add(45,
    sender=IWASA,
    to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    subject="配達状況の確認のお願い（社内報 7月号）",
    body="""青葉運輸 お客様センター ご担当者様

日の出産業 広報部の岩佐です。
7月8日に発送した社内報の配達状況を確認させてください。
大阪支社と福岡営業所から「まだ届いていない」と連絡がありました。

""" + ptable(["送り状番号", "届け先", "個口"], _rows) + """

よろしくお願いいたします。
""" + SIG_IWASA,
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers and company branches only",
)

# 046 — monitor health data, ID-only rows, full-width padded table

_r = _rng("m046")
_rows = []
for i in range(8):
    _rows.append([f"ＭＮ－{fw(str(301 + i))}", fw(str(_r.randint(32, 68))), _r.choice(["男", "女"]),
                  fw(str(_r.randint(118, 162))), fw(str(_r.randint(72, 102))), fw(f"{_r.uniform(5.4, 7.2):.1f}"),
                  _r.choice(["なし", "降圧剤", "なし", "スタチン", "なし"])])
add(46,
    sender=USAMI,
    to=["ウェルネス研究所 松永先生 <matsunaga@wellness-lab.or.jp>"],
    subject="青汁モニター 開始時の健診データ（8名分）",
    body="""ウェルネス研究所
松永先生

いつもご指導いただきありがとうございます。日の出産業の宇佐美です。
青汁モニター参加者の開始時データ（健康診断結果）をお送りします。
8週間後の測定結果と比較していただく予定です。

""" + ptable(["モニターＩＤ", "年齢", "性別", "収縮期血圧", "拡張期血圧", "ＨｂＡ１ｃ", "服薬"], _rows,
             gap="　", rule="―", fill="　") + """

氏名と連絡先は弊社で管理しており、IDで照合できます。
""" + SIG_USAMI,
    expect="stop",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health check results per list row (ID, age, sex, blood pressure, HbA1c, medication) to an outside lab",
)

# 047 — look-alike of the partner food company (letter dropped), 3 gift recipients

_p = people("m047", 3)
add(47,
    sender=AIZAWA,
    to=["北国フーズ 佐伯様 <saeki@kitaguni-food.co.jp>"],
    subject="追加の直送3件のお願い",
    body="""佐伯様

お世話になっております。相沢です。
先日お願いした特賞ギフトに、繰り上げ当選の3名様を追加させてください。

""" + "\n".join(f"{i + 1}) {p['name']} 様 / 〒{p['zip']} {p['addr']} / TEL {p['mobile']}" for i, p in enumerate(_p)) + """

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_AIZAWA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="kitaguni-food.co.jp is a look-alike of partner kitaguni-foods.co.jp (three winners' addresses)",
)

# 048 — three cast members' phones to the photo studio (under the list threshold)

add(48,
    sender=NAKANISHI,
    to=["スタジオこもれび 大庭様 <ooba@studio-komorebi.jp>"],
    subject="6/20 撮影 出演者の当日連絡先",
    body="""大庭様

お世話になっております。中西です。
6/20の採用パンフレット撮影に出演する社員3名の当日の連絡先です。
遅れる場合などは直接ご連絡いただいて構いません。

・営業一部　仁科 湊　　　080-2214-6637
・経理部　　我妻 紗希　　090-5580-1923
・北上工場　土師 正志　　070-4418-2250

集合は10:00、スタジオ1階受付でお願いします。
""" + SIG_NAKANISHI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three people's phones to a studio: under five records, may warn",
)

# 049 — look-alike of the partner carrier (co. dropped)

add(49,
    sender=MAKINO,
    to=["青葉運輸 集荷受付 <shuka@aoba-unyu.jp>"],
    subject="集荷のお願い（7/18 川口物流センター）",
    charset="iso-2022-jp",
    body="""青葉運輸 集荷受付 ご担当者様

いつもお世話になっております。日の出産業 販売促進部の牧野です。
下記のとおり集荷をお願いいたします。

集荷日時：7月18日（金）14:00～16:00
集荷場所：日の出産業 川口物流センター 2番バース
荷物：販促ツール（段ボール 120サイズ × 46個口）
届け先：全国の営業所 8か所（別途送り状を発行済み）
""" + SIG_MAKINO,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the co. of partner aoba-unyu.co.jp",
)

# 050 — list of media companies (editorial desks, switchboards): businesses, not people

_r = _rng("m050")
_m = [("日日新聞社", "経済部", "東京都千代田区大手町1-7-2"), ("経済通信社", "産業ニュース部", "東京都港区新橋4-10-3"),
      ("東海テレビ放送", "報道部", "愛知県名古屋市東区東桜1-14-27"), ("くらし出版", "月刊くらし編集部", "東京都文京区音羽2-1-9"),
      ("産業タイムズ社", "編集局", "東京都中央区銀座7-13-6"), ("河北ニュース社", "報道部", "宮城県仙台市青葉区五橋1-2-28"),
      ("関西経済新聞社", "編集局", "大阪府大阪市北区堂島浜1-4-16"), ("中部日報社", "経済部", "愛知県名古屋市中区栄1-6-1"),
      ("リテールウィークリー", "編集部", "東京都新宿区西新宿3-7-1"), ("パッケージングトゥデイ", "編集部", "東京都台東区蔵前2-5-4")]
_lines = [f"{i + 1:>2}. {a}　{b}　代表 {shop_phone(_r, '03' if '東京' in c else '052' if '名古屋' in c else '022' if '仙台' in c else '06')}　{c}"
          for i, (a, b, c) in enumerate(_m)]
add(50,
    sender=ISHIGURO,
    to=["プリズムPR 梶原様 <kajiwara@prism-pr.co.jp>"],
    subject="記者発表会の案内状 送付先（媒体一覧）",
    body="""梶原様

石黒です。記者発表会の案内状（紙）の送付先として、媒体の編集部宛の一覧をお送りします。
個人宛ではなく編集部宛でお願いします。

""" + "\n".join(_lines) + """

案内状の発送は9/10を目安にお願いいたします。
""" + SIG_ISHIGURO,
    expect="pass",
    entities=[],
    detectors=[],
    note="media companies' editorial desks with switchboards and office addresses: a business list",
)

# 051 — look-alike of the partner bank (TLD swapped), one freelancer transfer

_p = person("m051")
add(51,
    sender=IWASA,
    to=["みどり銀行 日本橋支店 法人営業 <nihonbashi-houjin@midori-ginko.com>"],
    subject="組戻し分の再振込のお願い（個人宛）",
    body=f"""みどり銀行 日本橋支店 法人営業ご担当者様

いつもお世話になっております。日の出産業 広報部の岩佐です。
先日お電話でご相談した、フリーのイラストレーターの方への振込について、
組戻しになってしまった件の再振込先をお知らせします。

　受取人：{_p['kana']}（{_p['name']}）
　振込先：{_p['bank'][0]} {_p['bank'][1]} {_p['bank'][2]} {_p['bank'][3]}
　金額　：55,000円

お手続きのほど、よろしくお願いいたします。
""" + SIG_IWASA,
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="midori-ginko.com is a TLD-swapped look-alike of partner midori-ginko.co.jp",
)

# 052 — interviewee's disability discussed, recipients on an internal subdomain

add(52,
    sender=IWASA,
    to=["佐藤 由美 <sato.y@mail.hinode-sangyo.co.jp>"],
    cc=["人事部 障がい者雇用推進室 <diversity@hinode-sangyo.co.jp>"],
    subject="社内報 特集「ともに働く」取材の進め方",
    body="""佐藤さん
cc: 障がい者雇用推進室

岩佐です。特集「ともに働く」の取材候補の件です。
物流センターの栗花落 蓮さんは聴覚障害（身体障害者手帳2級）があり、取材は手話通訳の方に
同席いただく形で進めたいと考えています。ご本人は実名・写真掲載とも了承済みです。
もう一名、統合失調症で通院しながら勤務されている方については、匿名での掲載を希望されています。

推進室からの補足があればお願いします。

岩佐""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="disability of a named employee, but all recipients are internal (subdomain included)",
)

# 053 — campaign form spec: field names only, to the correct partner domain

add(53,
    sender=MAKINO,
    to=["ツバサシステム 竹中様 <takenaka@tsubasa-system.jp>"],
    subject="キャンペーン応募フォームの改修仕様",
    body="""ツバサシステム株式会社
竹中様

いつもお世話になっております。日の出産業の牧野です。
秋冬キャンペーンの応募フォームについて、以下のとおり改修をお願いします。

【入力項目】
　1. 氏名（漢字）／フリガナ　… 必須
　2. 郵便番号・住所　… 必須（郵便番号から住所を自動補完）
　3. 電話番号　… 必須（ハイフンなしで保存）
　4. メールアドレス　… 必須（確認用に2回入力）
　5. 生年月日　… 任意（20歳未満は酒類賞品の対象外とする判定に使用）
　6. レシート画像　… 必須（5MBまで）

【その他】
　・個人情報の取扱いへの同意チェックボックスを送信ボタンの直前に配置
　・応募完了メールの差出人は campaign@hinode-sangyo.co.jp

公開は9/1を予定しています。工数のお見積りをお願いします。
""" + SIG_MAKINO,
    expect="pass",
    entities=[],
    detectors=[],
    note="form specification naming personal-data fields, but carrying nobody's data",
)

# 054 — look-alike of the partner hotel (another TLD)

add(54,
    sender=ISHIGURO,
    to=["さくらホテル 宴会セールス 西条様 <saijo@sakura-hotel.co.jp>"],
    subject="10/1 記者発表会 会場仮押さえのお願い",
    body="""さくらホテル
宴会セールス　西条様

お世話になっております。日の出産業 広報部の石黒です。
10月1日（水）に新ブランドの記者発表会を予定しており、会場の仮押さえをお願いできますでしょうか。

　日時：10月1日（水）13:00～15:00（設営 10:00～）
　人数：記者・関係者 約80名
　形式：スクール形式、ステージ・プロジェクター2面
　控室：1室（登壇者用）

お見積りもあわせていただけますと幸いです。
""" + SIG_ISHIGURO,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hotel.co.jp is a TLD variant of partner sakura-hotel.jp",
)

# 055 — ZIP of print-ready data: images and article text only

add(55,
    sender=IWASA,
    to=["錦印刷 今井様 <imai@nishiki-insatsu.co.jp>"],
    subject="7月号 入稿データ一式",
    body="""今井様

お世話になっております。岩佐です。
7月号の入稿データ一式をZIPでお送りします（画像・テキスト・指示書）。
画像は差し替えがあるかもしれませんので、その際は個別にお送りします。
""" + SIG_IWASA,
    attachments=[{"kind": "zip", "name": "日の出通信7月号_入稿.zip", "files": [
        {"kind": "png", "name": "images/cover.png"},
        {"kind": "png", "name": "images/p04_factory.png"},
        {"kind": "txt", "name": "text/p02_社長メッセージ.txt",
         "text": "社長メッセージ\n上半期の業績は計画を上回り、新工場の建設も順調に進んでいます。\n"
                 "暑さの厳しい季節です。安全第一で、体調管理にも気を配りましょう。\n"},
        {"kind": "txt", "name": "指示書.txt",
         "text": "P2 社長メッセージ：前号と同じレイアウト\nP4-5 特集：写真は p04_factory を左ページ全面\nP16 編集後記\n"},
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="print data ZIP (images, article text, instructions) with no personal data",
)

# 056 — homoglyph look-alike of a partner (l for i) — joint press release

add(56,
    sender=ISHIGURO,
    to=["川崎電機 広報室 芦田様 <ashida@kawasaki-denkl.co.jp>"],
    subject="共同プレスリリース（案）のご確認",
    body="""川崎電機株式会社
広報室　芦田様

お世話になっております。日の出産業 広報部の石黒です。
省エネ型製造ラインの共同開発に関するプレスリリース案をお送りします。
御社のご担当役員のコメント部分（2段落目）をご確認・ご修正いただけますでしょうか。
配信は両社同時刻（9/25 11:00）を予定しております。
""" + SIG_ISHIGURO,
    attachments=[{"kind": "docx", "name": "共同リリース案_0925.docx",
                  "paragraphs": ["日の出産業と川崎電機、省エネ型製造ラインを共同開発",
                                 "（コメント）川崎電機株式会社 取締役 ○○○○",
                                 "本ラインは従来比で消費電力を約30％削減します。"]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki-denkl.co.jp swaps i for l: a homoglyph of partner kawasaki-denki.co.jp",
)

# 057 — look-alike of the partner law firm

add(57,
    sender=NAKANISHI,
    to=["白川法律事務所 永瀬先生 <nagase@shirakawa-iaw.jp>"],
    subject="広報誌掲載写真の肖像権についてご相談",
    body="""白川法律事務所
永瀬先生

いつもお世話になっております。日の出産業 広報部の中西です。
広報誌に掲載した工場見学イベントの写真について、写り込んだ来場者の方から
「掲載を承諾していない」とのお申し出がありました。

・撮影時は会場に「撮影を行います」と掲示していた
・個別の同意書はいただいていない
・Web版は既に差し替え済み、紙版は配布済み（約3,000部）

今後の対応と、イベント撮影時の同意取得の方法についてご助言をいただけますでしょうか。
""" + SIG_NAKANISHI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-iaw.jp (l→i) is a look-alike of partner shirakawa-law.jp",
)

# 058 — look-alike of the organisation's own domain (hyphen for a dot)

add(58,
    sender=MAKINO,
    to=["黒田 智之 <kuroda.t@hinode-sangyo-co.jp>"],
    subject="大阪支社分 販促物の在庫確認",
    charset="iso-2022-jp",
    body="""黒田さん

お疲れさまです。販促の牧野です。
大阪支社で保管している秋冬キャンペーンの販促物、残数を教えてもらえますか。
特にのぼり（PT-2504）と棚帯（PT-2503）が足りなくなりそうです。

金曜までに追加発注をかけたいので、よろしくお願いします。

牧野""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp puts a hyphen for the dot of the own domain hinode-sangyo.co.jp",
)

# 059 — English reply; the journalist list is only in the quoted "wrote:" part

_q = "\n".join(f"> - {n} ({o}) {m}" for n, o, m, _ in _j[:5])
add(59,
    sender="Mari Ishiguro <ishiguro.m@hinode-sangyo.co.jp>",
    to=["Rachel Tan <rachel.tan@pacificbridge-pr.com>"],
    subject="Re: Hotel rooming list for the Japanese journalists",
    body="""Hi Rachel,

Thanks a lot, that all looks right. Two of them asked for a late check-out on the 9th;
I will let them know you arranged it.

Best,
Mari

On Mon, 29 Sep 2025 at 16:05, Rachel Tan <rachel.tan@pacificbridge-pr.com> wrote:
> Hi Mari,
>
> We have booked single rooms at the Marina Crest Hotel for the following guests:
>
""" + _q + """
>
> Please let me know if anything needs to be changed.
> Rachel""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the journalists' names and mobiles are only in the quoted text of the recipient's own mail",
)

# 060 — ad plan XLSX whose page header says 部外秘

add(60,
    sender=MAKINO,
    to=["第一広告社 営業局 須藤様 <sudo@koukoku-daiichi.co.jp>"],
    subject="下期 広告出稿計画（ドラフト）",
    body="""須藤様

お世話になっております。日の出産業の牧野です。
下期の広告出稿計画のドラフトを添付します。
媒体別の配分について、来週のお打合せでご提案をいただけますと幸いです。
""" + SIG_MAKINO,
    attachments=[{"kind": "xlsx", "name": "下期_広告出稿計画_draft.xlsx", "page_header": "部外秘",
                  "sheets": {
                      "媒体別予算": [["下期 広告出稿計画（ドラフト）"], [], ["媒体", "10月", "11月", "12月", "1月", "2月", "3月", "合計"],
                                ["TVスポット", 1200, 1500, 2000, 0, 800, 800, 6300],
                                ["新聞（全国紙）", 300, 0, 450, 300, 0, 0, 1050],
                                ["Web広告", 400, 400, 600, 400, 400, 500, 2700],
                                ["交通広告", 0, 250, 250, 0, 0, 250, 750]],
                      "スケジュール": [["施策", "開始", "終了"], ["秋冬キャンペーン", "10/1", "12/25"],
                                  ["新ブランド認知", "10/1", "3/31"]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX carries a 部外秘 page header; only visible inside the attachment",
)

# 061 — 機密区分：極秘 stamped at the top of the mail (earnings release draft)

add(61,
    sender=NONOMURA,
    to=["プリズムPR 梶原様 <kajiwara@prism-pr.co.jp>"],
    cc=["石黒 真理 <ishiguro.m@hinode-sangyo.co.jp>"],
    subject="第2四半期決算 リリース文案",
    body="""━━━━━━━━━━━━━━━━━━━━
機密区分：極秘（開示 8月8日 15:00 まで）
━━━━━━━━━━━━━━━━━━━━

梶原様

日の出産業の野々村です。
第2四半期決算の開示にあわせて配信するリリースの文案です。
見出しとリードの表現について、記者の関心を引く案をいくつかいただけますか。

【見出し案】上期営業利益、前年同期比18％増　北上工場の稼働前倒しも発表
【リード】売上高 812億円（前年同期比 6.4％増）、営業利益 57億円（同 18.1％増）。
　　　　　通期予想を上方修正し、営業利益 118億円（従来予想 105億円）とする。

開示前のため、取り扱いには十分ご注意ください。
""" + SIG_NONOMURA,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is stamped 機密区分：極秘 and goes to an outside PR agency",
)

# 062 — English press kit, DOCX footer "CONFIDENTIAL - INTERNAL ONLY"

add(62,
    sender="Mari Ishiguro <ishiguro.m@hinode-sangyo.co.jp>",
    to=["Rachel Tan <rachel.tan@pacificbridge-pr.com>"],
    subject="Press kit draft - HINODE GREEN (for translation check)",
    body="""Hi Rachel,

Attached is the draft press kit for HINODE GREEN. Could your team check the English
and suggest headlines that would work for Singapore and Malaysian media?

We would appreciate your comments by Friday.
""" + SIG_EN,
    attachments=[{"kind": "docx", "name": "HINODE_GREEN_presskit_draft.docx",
                  "page_footer": "CONFIDENTIAL - INTERNAL ONLY",
                  "paragraphs": ["HINODE GREEN - Press Kit (draft v0.3)",
                                 "Hinode Sangyo launches HINODE GREEN, a plant-based line of everyday foods.",
                                 "Launch date: 1 October 2025 (Japan), Q1 2026 (Singapore, Malaysia).",
                                 "Key message: good for you, good for the planet, good value."]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX footer marks the kit CONFIDENTIAL - INTERNAL ONLY; sent to an overseas agency",
)

# 063 — promotion plan PPTX with a 取扱注意 footer

add(63,
    sender=MAKINO,
    to=["かざみどりデザイン 芹沢様 <serizawa@kazamidori-design.jp>"],
    subject="秋冬キャンペーン 企画書（クリエイティブ依頼用）",
    body="""芹沢様

お世話になっております。牧野です。
秋冬キャンペーンの企画書をお送りします。
キービジュアルのラフを3案、9/5までにいただけますでしょうか。
""" + SIG_MAKINO,
    attachments=[{"kind": "pptx", "name": "秋冬CP_企画書_v2.pptx", "page_footer": "取扱注意",
                  "slides": [["秋冬キャンペーン企画書", "日の出産業 販売促進部", "2025年8月"],
                             ["キャンペーン概要", "期間：10/1～12/25", "対象：ひのでシリーズ全品", "賞品総額：1,200万円"],
                             ["ターゲット", "30～40代の共働き世帯", "平日の時短ニーズ"],
                             ["クリエイティブ方針", "「あったか、ひので。」", "冬の食卓のぬくもり"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="every slide of the PPTX carries a 取扱注意 footer",
)

# 064 — interview request to a partner company: one name and title, no data

add(64,
    sender=NAKANISHI,
    to=["川崎電機 広報室 <koho@kawasaki-denki.co.jp>"],
    subject="広報誌「ひので」取材のお願い",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
広報室 御中

突然のご連絡失礼いたします。日の出産業株式会社 広報部の中西と申します。
弊社広報誌「ひので」秋号の特集「ものづくりのパートナー」にて、
御社 生産技術部の鳴海 隆 部長にお話を伺えないかと考え、ご連絡いたしました。

　取材時間：60分程度（写真撮影を含む）
　取材方法：御社ご訪問、またはオンライン
　掲載予定：秋号（10月発行、発行部数 約12,000部）

掲載前には原稿を必ずご確認いただきます。ご検討のほどよろしくお願いいたします。
""" + SIG_NAKANISHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="interview request naming one manager with no other data about him",
)

# 065 — password ZIP of a manuscript to a freelance writer (free mail)

add(65,
    sender=IWASA,
    to=["早瀬 かおり <kaori.hayase.write@gmail.com>"],
    subject="取材メモと修正原稿",
    body="""早瀬様

お世話になっております。岩佐です。
先日の取材メモと、こちらで赤を入れた原稿をお送りします。
社内の規定でパスワード付きにしております。パスワードは別途お送りします。
""" + SIG_IWASA,
    attachments=[{"kind": "zip", "name": "取材メモ_修正原稿.zip", "password": "Hy-2025-0611",
                  "files": [{"kind": "docx", "name": "修正原稿.docx", "paragraphs": ["（修正原稿）"]},
                            {"kind": "txt", "name": "取材メモ.txt", "text": "取材メモ\n"}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="encrypted ZIP cannot be inspected; recipient on free mail",
)

# 066 — password-protected PDF of scanned consent forms

add(66,
    sender=NAKANISHI,
    to=["かざみどりデザイン 芹沢様 <serizawa@kazamidori-design.jp>"],
    subject="同意書スキャン（5/22撮影分）",
    body="""芹沢様

中西です。5/22撮影分の肖像権同意書をスキャンしたPDFです。
パスワードはいつものものです。
""" + SIG_NAKANISHI,
    attachments=[{"kind": "pdf", "name": "肖像権同意書_scan_0522.pdf", "password": "kzm0522",
                  "lines": ["肖像権使用同意書", "氏名：", "住所：", "生年月日："]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be read",
)

# 067 — corrupt XLSX

add(67,
    sender=AIZAWA,
    to=["そらの発送サービス 久保田様 <kubota@sorano-hasso.co.jp>"],
    subject="Re: 発送リスト（最終版）",
    body="""久保田様

失礼しました、先ほどのファイルが開けないとのこと、再送いたします。
こちらで開けるか確認できていないので、もし開けなければお電話ください。

相沢""",
    attachments=[{"kind": "corrupt", "name": "発送リスト_最終版.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# 068 — campaign office's mail forwarded as an attachment (.eml) to the gift maker

_p = people("m068", 6)
_inner = {
    "sender": "プレゼントデスク 遠山 <toyama@present-desk.co.jp>",
    "to": [AIZAWA],
    "subject": "C賞当選者（雑貨セット）6名の発送先",
    "body": "相沢様\n\nC賞当選者6名の発送先をお送りします。\n\n" + "\n".join(
        f"{p['name']}／{p['mobile']}／{p['email']}／〒{p['zip']} {p['addr']}" for p in _p) +
        "\n\nプレゼントデスク 遠山",
}
add(68,
    sender=AIZAWA,
    to=["つむぎ雑貨 出荷担当 <shukka@tsumugi-zakka.co.jp>"],
    subject="FW: C賞当選者（雑貨セット）6名の発送先",
    body="""つむぎ雑貨 出荷ご担当者様

日の出産業の相沢です。
C賞の雑貨セットは御社から直送いただくことになりましたので、
事務局から届いた発送先のメールを添付で転送します。
""" + SIG_AIZAWA,
    attachments=[{"kind": "eml", "name": "C賞当選者_発送先.eml", "message": _inner}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="attached forwarded mail lists six winners' phones, e-mails and addresses",
)

# 069 — inline forward of back-number requests, ・ bullets, to the shipping agent

_p = people("m069", 5)
add(69,
    sender=NAKANISHI,
    to=["そらの発送サービス 久保田様 <kubota@sorano-hasso.co.jp>"],
    subject="Fwd: バックナンバー送付希望（5件）",
    body="""久保田様

お世話になっております。中西です。
お客様相談室に届いたバックナンバーの送付希望です。春号を各1部ずつお送りください。

---------- Forwarded message ---------
From: お客様相談室 <soudan@hinode-sangyo.co.jp>
Date: 2025年6月16日(月) 11:20
Subject: バックナンバー送付希望（5件）
To: 広報部 <kouhou@hinode-sangyo.co.jp>

広報部 ご担当者様

先週お電話でいただいた「ひので」春号のバックナンバー送付希望です。

""" + "\n".join(f"・{p['name']} 様　〒{p['zip']}　{p['addr']}" for p in _p) + """

ご対応よろしくお願いします。
お客様相談室 江口
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a forward (new text to the recipient) with five readers' home addresses",
)

# 070 — one interviewee's contacts to a freelance photographer (free mail)

add(70,
    sender=NAKANISHI,
    to=["宍戸 昭彦 <shishido_photo@yahoo.co.jp>"],
    subject="「お客様の声」撮影 取材先のご連絡先",
    body="""宍戸様

お世話になっております。中西です。
9/3の撮影先の方のご連絡先です。当日、道に迷われた場合などはこちらへ直接どうぞ。

　お名前：纐纈 いずみ 様
　携帯：090-6721-3398
　メール：izumi.koketsu@outlook.jp
　最寄り駅：東急東横線 綱島駅（徒歩8分）

ご本人には宍戸さんからご連絡が行くことをお伝えしています。
""" + SIG_NAKANISHI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="one interviewee's contact details to one photographer on free mail: may warn",
)

# 071 — model injured at a shoot: health insurance card and injury, to the insurer

_p = person("m071", young=True)
add(71,
    sender=NAKANISHI,
    to=["だいち損保 事故受付 三宅様 <miyake@daichi-sonpo.co.jp>"],
    subject="【事故報告】撮影中の負傷（イベント保険 証券番号 EV-2025-118842）",
    body=f"""だいち損害保険株式会社
事故受付　三宅様

お世話になっております。日の出産業 広報部の中西です。
先日お電話でご報告した撮影中の事故について、被保険者（出演モデル）の情報をお送りします。

■被害者
　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(_p['dob'], 1)}
　住所：{_p['zip']} {_p['addr']}
　健康保険証：記号 {fw(str(_rng('m071').randint(1000000, 9999999)))}　番号 {fw(str(_rng('m071n').randint(10, 99)))}

■事故の状況
　6月20日 15時頃、スタジオ内で脚立から降りる際に転倒。
　搬送先の病院で「右橈骨遠位端骨折」と診断、全治6週間。

■通院先
　港北みなと整形外科（横浜市港北区）

必要書類をご教示いただけますでしょうか。
""" + SIG_NAKANISHI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a model's health insurance card number and injury diagnosis to an external insurer",
)

# 072 — part-time editor's basic pension number to the labour consultant

_p = person("m072")
_bp = f"{_rng('m072').randint(1000, 9999)}-{_rng('m072b').randint(100000, 999999)}"
add(72,
    sender=IWASA,
    to=["みなと社労士事務所 相良様 <sagara@sr-minato.jp>"],
    subject="嘱託社員（社内報編集）の資格取得手続き",
    body=f"""みなと社労士事務所
相良様

いつもお世話になっております。日の出産業 広報部の岩佐です。
人事部から依頼があり、10月1日付で広報部に嘱託として入社する社内報編集担当の方の
社会保険の資格取得手続きをお願いいたします。

{ptable(['項目', '内容'], [['氏名', _p['name']], ['フリガナ', _p['kana']], ['生年月日', wareki(_p['dob'], 0)],
                           ['基礎年金番号', _bp], ['住所', _p['zip'] + ' ' + _p['addr']],
                           ['勤務', '週4日・1日6時間']], rule='=')}

扶養家族はいないとのことです。
""" + SIG_IWASA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a new part-timer's basic pension number and birth date to an external consultant",
)

# 073 — long-service award list for the commemorative booklet, XLSX by sheet

_ws = {}
_k = 0
for years, n in (("30年", 4), ("20年", 6), ("10年", 8)):
    rows = [[f"永年勤続表彰（勤続{years}）　2025年度"], [],
            ["社員番号", "氏名", "ふりがな", "所属", "入社年月日", "生年月日"]]
    for i, p in enumerate(people(f"m073{years}", n)):
        _k += 1
        ent = 2025 - int(years[:2])
        rows.append([f"{_rng(_k).randint(10000, 99999)}", p["name"], p["kana"],
                     _rng(_k + 50).choice(["営業一部", "北上工場", "経理部", "物流センター", "研究開発部", "大阪支社"]),
                     f"{ent}/04/01", f"{ent - _rng(_k + 90).randint(18, 30)}/{p['dob'].month:02d}/{p['dob'].day:02d}"])
    _ws[f"勤続{years}"] = rows
add(73,
    sender=IWASA,
    to=["錦印刷 今井様 <imai@nishiki-insatsu.co.jp>"],
    subject="永年勤続表彰 記念冊子の掲載者データ",
    body="""今井様

お世話になっております。岩佐です。
永年勤続表彰の記念冊子に掲載する表彰者のデータです（勤続年数ごとにシートを分けています）。
生年月日は冊子には載せず、並び順の確認用です。
""" + SIG_IWASA,
    attachments=[{"kind": "xlsx", "name": "永年勤続表彰_2025_掲載者.xlsx", "sheets": _ws}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="18 employees with employee numbers and birth dates over three sheets to the printer",
)

# 074 — four guests' names and phones to the partner hotel (boundary: four)

add(74,
    sender=ISHIGURO,
    to=["さくらホテル 宿泊予約 西条様 <saijo@sakura-hotel.jp>"],
    subject="10/1 記者発表会 登壇者のご宿泊（4名）",
    body="""西条様

お世話になっております。日の出産業の石黒です。
記者発表会の前泊（9/30）で、下記4名のご宿泊をお願いいたします。

　1. 日野 正臣　　　080-3321-0458
　2. 比嘉 久美子　　090-1176-5530
　3. 左近司 哲也　　070-8842-1167
　4. 月見里 凛　　　090-2254-7718

お部屋はいずれもシングル禁煙、請求は弊社宛でお願いします。
""" + SIG_ISHIGURO,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four guests' names and phones to a partner hotel: under five records, may warn",
)

# 075 — three external parties (newspaper, partner, free-mail photographer) in To/Cc

add(75,
    sender=NAKANISHI,
    to=["日日新聞 経済部 立花様 <y.tachibana@nichinichi-shimbun.co.jp>",
        "川崎電機 広報室 芦田様 <ashida@kawasaki-denki.co.jp>"],
    cc=["宍戸 昭彦 <shishido_photo@yahoo.co.jp>"],
    subject="共同開発ライン 取材の段取りについて",
    body="""日日新聞 立花様
川崎電機 芦田様
（cc：撮影 宍戸様）

お世話になっております。日の出産業 広報部の中西です。
9/26の北上工場での取材について、当日の段取りをご連絡します。

10:30 北上駅 集合（弊社の車でご案内します）
11:00 工場見学（ライン撮影は指定エリアのみ）
12:00 両社担当者へのインタビュー
13:00 終了

宍戸さんには弊社広報誌用の撮影をお願いしております。
""" + SIG_NAKANISHI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three external parties (a newspaper, a partner, a free-mail photographer) visible to each other",
)

# 076 — comma-separated shipping rows without names, to a new shipping vendor

_p = people("m076", 10)
add(76,
    sender=AIZAWA,
    to=["クイック発送 受付 <uketsuke@quick-hasso.jp>"],
    subject="試供品の発送依頼（10件・テスト）",
    body="""クイック発送 ご担当者様

初めてご依頼いたします、日の出産業 販売促進部の相沢です。
先日のお見積りのとおり、まずは試験的に10件の発送をお願いします。
お届け先のお名前は御社の送り状システムに応募IDで登録済みですので、下記は住所・電話の照合用です。
応募IDは送り状の備考欄に入れてください。

応募ID,郵便番号,住所,電話番号
""" + "\n".join(f"S{70120 + i},{p['zip']},{p['addr']},{p['mobile'].replace('-', '')}" for i, p in enumerate(_p)) + """

問題なければ来月から本格的にお願いする予定です。
""" + SIG_AIZAWA,
    expect="stop",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ten home addresses and phones as CSV lines in the body, no name column, to an external vendor",
)

# 077 — payment records with My Numbers of eight freelancers, XLSX

_p = people("m077", 8)
_rows = [["令和7年分 報酬、料金、契約金及び賞金の支払調書 作成用データ"], ["支払者：日の出産業株式会社 広報部"], [],
         ["No", "氏名", "住所", "個人番号", "区分", "支払金額", "源泉徴収税額"]]
for i, p in enumerate(_p):
    amt = _rng(f"m077{i}").randint(20, 180) * 10000
    _rows.append([i + 1, p["name"], p["addr"], my_number(7700 + i), ["原稿料", "撮影料", "デザイン料", "校正料"][i % 4],
                  amt, int(amt * 0.1021)])
add(77,
    sender=IWASA,
    to=["神田会計事務所 堀口様 <horiguchi@kanda-tax.jp>"],
    subject="支払調書データ（広報部 外部スタッフ8名）",
    body="""堀口様

お世話になっております。岩佐です。
広報部で今年報酬をお支払いした外部スタッフ8名分の支払調書用データをお送りします。
個人番号は各人から提出いただいたものを転記しています。
""" + SIG_IWASA,
    attachments=[{"kind": "xlsx", "name": "支払調書_広報部_R7.xlsx", "sheets": {"支払調書": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="eight freelancers' My Numbers and addresses in an XLSX to an external accountant",
)

# 078 — anti-fraud campaign article: a named crime victim

add(78,
    sender=NAKANISHI,
    to=["編集工房あおぞら 稲垣様 <inagaki@henshu-kobo-aozora.co.jp>"],
    subject="防犯キャンペーン記事 取材メモ",
    body="""稲垣様

中西です。地域貢献ページ「みんなで防ごう特殊詐欺」の取材メモです。
記事化をお願いします（800字程度）。

・取材日：7/14　北上市内の公民館にて
・お話を伺った方：東海林 和夫さん（78）、北上市在住
・昨年11月、息子を名乗る電話で「会社の金を使い込んだ」と言われ、現金300万円を
　だまし取られた。警察に被害届を出し、犯人グループの一部は逮捕されたが、お金は戻っていない。
・「自分だけは大丈夫と思っていた」「家族で合言葉を決めておけばよかった」
・ご本人は実名での掲載を了承。ただし写真は後ろ姿のみ。

よろしくお願いします。
""" + SIG_NAKANISHI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person's having been a fraud victim, stated in interview notes to an external editor",
)

# 079 — reply whose new text states an interviewee's religion

add(79,
    sender=IWASA,
    to=["ペンクラフト編集室 海老名様 <ebina@pencraft-edit.co.jp>"],
    subject="Re: 「ふるさと便り」原稿の確認事項",
    body="""海老名様

岩佐です。ご質問の件、本人に確認しました。
躑躅森 慎吾さんはご実家が浄土真宗のお寺で、ご本人も得度して僧籍をお持ちです。
週末は実家の寺の法務を手伝っているそうです。
ただ、宗派や寺の名前まで出すのは控えてほしいとのことなので、
「週末は実家の家業を手伝っている」程度の表現にしていただけますか。

岩佐

> 岩佐様
>
> 「ふるさと便り」の原稿で1点確認させてください。
> 取材音源の中で「週末は実家の手伝い」とありましたが、
> 具体的にどのようなお手伝いか、記事に書いてよい範囲を教えていただけますか。
>
> ペンクラフト編集室 海老名""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="new reply text states a named employee's religion (僧籍) to an external editor",
)

# 080 — interview brief to a freelance writer: a named employee's hearing disability

add(80,
    sender=IWASA,
    to=["大江 真由美 <mayumi.oe.writer@outlook.jp>"],
    subject="特集「ともに働く」取材のご依頼",
    body="""大江様

お世話になっております。日の出産業 広報部の岩佐です。
社内報の特集「ともに働く」の取材・執筆をお願いしたく、ご連絡いたしました。

取材対象：物流センター　栗花落 蓮さん（入社5年目）
　・聴覚障害があり（身体障害者手帳2級）、普段は筆談と手話で仕事をしています。
　・取材には手話通訳の方が同席します。
取材日：9月10日（水）14:00～（1時間）
文字数：2,000字程度、原稿料 50,000円（税別）

お引き受けいただけるかどうか、ご返信いただけますと幸いです。
""" + SIG_IWASA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named employee's disability sent to a freelance writer on free mail",
)

# 081 — supplier list with corporate / invoice numbers (businesses) to the auditor

_sup = [("錦印刷株式会社", "印刷"), ("株式会社かざみどりデザイン", "デザイン制作"), ("そらの発送サービス株式会社", "発送代行"),
        ("株式会社編集工房あおぞら", "社内報制作"), ("プリズムPR株式会社", "PR代行"), ("株式会社第一広告社", "広告出稿"),
        ("株式会社プレゼントデスク", "キャンペーン事務局")]
_lines = [f"{n:<22}\t{k}\tT{corp_number(f'm081-{i}')}\t{_rng(f'm081a{i}').randint(300, 9800) * 10000:,}円"
          for i, (n, k) in enumerate(_sup)]
add(81,
    sender=NAKANISHI,
    to=["けいゆう監査法人 宮坂様 <miyasaka@keiyu-audit.or.jp>"],
    subject="広告宣伝費・販売促進費の主要取引先一覧",
    body="""けいゆう監査法人
宮坂様

いつもお世話になっております。日の出産業 広報部の中西です。
ご依頼いただいた上期の主要取引先（広報部・販売促進部分）の一覧をお送りします。
取引先名、取引内容、適格請求書発行事業者の登録番号、上期の取引額です。

""" + "\n".join(_lines) + """

残高確認状の送付先は各社の経理ご担当宛でお願いいたします。
""" + SIG_NAKANISHI,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="a list of supplier companies with invoice registration (corporate) numbers: businesses, not people",
)

# 082 — one winner on free mail, no personal data in the body

add(82,
    sender="日の出産業 キャンペーン事務局 <campaign@hinode-sangyo.co.jp>",
    to=["ryo.kanzaki@yahoo.co.jp"],
    subject="【日の出産業】賞品発送のご案内",
    charset="iso-2022-jp",
    body="""神崎 様

このたびは「春の新生活応援キャンペーン」にご当選おめでとうございます。
ご返信いただいたご住所宛てに、本日賞品を発送いたしました。
5月2日（金）ごろのお届けを予定しております。

お届けまでいましばらくお待ちください。

日の出産業株式会社 キャンペーン事務局
TEL 0120-41-0720（平日10:00～17:00）""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one winner on free mail, shipping notice with no personal data",
)

# 083 — monitor recruitment text: health terms as conditions, tied to nobody

add(83,
    sender=USAMI,
    to=["かざみどりデザイン 芹沢様 <serizawa@kazamidori-design.jp>"],
    subject="モニター募集ページの原稿",
    body="""芹沢様

お世話になっております。宇佐美です。
Webのモニター募集ページの原稿をお送りします。デザインへの流し込みをお願いします。

━━━━━━━━━━━━━━━━
「ひので青汁プラス」8週間モニター大募集！
━━━━━━━━━━━━━━━━
■募集人数：30名
■応募条件：
　・30～69歳の男女
　・8週間毎日お飲みいただき、週1回のWebアンケートにご回答いただける方
　・現在、高血圧・糖尿病などで通院・服薬中の方、妊娠中・授乳中の方はご遠慮ください
■謝礼：QUOカード 5,000円分
■応募締切：5月31日（土）
■お問い合わせ：日の出産業 モニター事務局 0120-41-0730

個人情報の取扱いについてのリンクは、既存のキャンペーンページと同じものを設定してください。
""" + SIG_USAMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="a recruitment text naming illnesses as exclusion criteria, tied to no person",
)

# 084 — media coverage report (outlets, dates, ad equivalents)

_r = _rng("m084")
_rows = [[f"{_r.randint(5, 9)}/{_r.randint(1, 28)}", m, t, f"{_r.randint(15, 480) * 10000:,}"]
         for m, t in [("日日新聞 朝刊 経済面", "北上工場 起工式"), ("経済通信 Web", "北上工場 起工式"),
                      ("東海テレビ 夕方ニュース", "共同開発ライン"), ("月刊くらし 9月号", "ひので青汁プラス 紹介"),
                      ("フードビジネスオンライン", "新ブランド予告"), ("産業タイムズ", "共同開発ライン")]]
add(84,
    sender=ISHIGURO,
    to=["プリズムPR 梶原様 <kajiwara@prism-pr.co.jp>"],
    subject="上期 メディア掲載実績のまとめ",
    body="""梶原様

石黒です。上期のメディア掲載実績をまとめました。下期の施策検討の参考にしてください。

""" + ptable(["掲載日", "媒体", "内容", "広告換算額（円）"], _rows) + """

特に東海テレビの反響が大きく、問い合わせが通常の3倍ありました。
""" + SIG_ISHIGURO,
    expect="pass",
    entities=[],
    detectors=[],
    note="coverage report of outlets, dates and ad-equivalent values; no people's data",
)

# 085 — HTML-only web newsletter announcement to a partner

add(85,
    sender=KOUHOU,
    to=["ツバサシステム 竹中様 <takenaka@tsubasa-system.jp>"],
    subject="広報誌「ひので」Web版 夏号公開のお知らせ",
    html="""<html><body>
<p>ツバサシステム株式会社<br>竹中様</p>
<p>いつもお世話になっております。日の出産業 広報部です。<br>
広報誌「ひので」Web版の夏号を公開いたしました。今号の主な記事は以下のとおりです。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>ページ</th><th>タイトル</th><th>カテゴリ</th></tr>
<tr><td>P2</td><td>社長メッセージ「次の60年へ」</td><td>トップメッセージ</td></tr>
<tr><td>P4</td><td>特集：新工場ができるまで</td><td>特集</td></tr>
<tr><td>P10</td><td>ひのでキッチン 夏の冷製レシピ</td><td>暮らし</td></tr>
<tr><td>P14</td><td>読者プレゼント（応募締切 8/31）</td><td>お知らせ</td></tr>
</table>
<p>公開URL：https://www.hinode-sangyo.co.jp/hinode-mag/2025summer/</p>
<p>サイトの表示確認で不具合がございましたらご連絡ください。</p>
<p>日の出産業株式会社 広報部<br>TEL 03-3271-4415</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only announcement with a table of articles",
)

# 086 — 社内報 PDF with the list of offices (business addresses and phones)

_offices = [["本社", "〒103-0027 東京都中央区日本橋2-8-3", "03-3271-4410"],
            ["大阪支社", "〒541-0053 大阪府大阪市中央区本町3-5-7", "06-6251-3320"],
            ["名古屋営業所", "〒450-0002 愛知県名古屋市中村区名駅4-2-28", "052-581-7745"],
            ["福岡営業所", "〒812-0011 福岡県福岡市博多区博多駅前2-1-1", "092-431-6602"],
            ["札幌営業所", "〒060-0001 北海道札幌市中央区北一条西4-2", "011-221-8804"],
            ["仙台営業所", "〒980-0021 宮城県仙台市青葉区中央2-9-10", "022-262-1187"],
            ["北上工場", "〒024-0004 岩手県北上市村崎野17-63", "0197-66-2210"],
            ["川口物流センター", "〒332-0004 埼玉県川口市領家5-14-3", "048-226-7781"]]
add(86,
    sender=IWASA,
    to=["錦印刷 今井様 <imai@nishiki-insatsu.co.jp>"],
    subject="10月号 裏表紙（拠点一覧）の更新",
    body="""今井様

お世話になっております。岩佐です。
10月号の裏表紙の拠点一覧、仙台営業所の移転に伴い更新しました。
PDFの内容で差し替えをお願いします。
""" + SIG_IWASA,
    attachments=[{"kind": "pdf", "name": "10月号_裏表紙_拠点一覧.pdf",
                  "lines": ["日の出産業株式会社　拠点一覧（2025年10月現在）", ""],
                  "table": [["拠点", "所在地", "電話番号"]] + _offices}],
    expect="pass",
    entities=[],
    detectors=[],
    note="company offices with addresses and switchboards: a business list",
)

# 087 — reply confirming an interview slot; the journalist's quoted signature

add(87,
    sender=ISHIGURO,
    to=["日日新聞 経済部 立花様 <y.tachibana@nichinichi-shimbun.co.jp>"],
    subject="Re: 社長インタビューのお願い",
    body="""立花様

お世話になっております。日の出産業 広報部の石黒です。
社長インタビューの件、10月15日（水）15:00～16:00で調整がつきました。
場所は弊社本社 8階 応接室です。当日は1階受付で私の名前をお伝えください。

事前に質問項目をいただけますと、資料をご用意できます。
""" + SIG_ISHIGURO + """

> 日の出産業株式会社
> 広報部 石黒様
>
> 日日新聞 経済部の立花です。
> 新ブランドの発表にあわせ、日野社長に30分ほどお話を伺えないでしょうか。
> 10月中旬の平日でご都合のよい日時をお知らせください。
>
> 日日新聞社 経済部 記者　立花 由紀
> 携帯 090-3318-7702""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary reply to one journalist; his contact is only in the quoted text",
)

# 088 — commission request to a freelance writer on free mail

add(88,
    sender=NAKANISHI,
    to=["一尺八寸 紗希 <saki.kamatsuka@icloud.com>"],
    subject="広報誌「ひので」冬号 原稿のご依頼",
    body="""一尺八寸様

はじめまして。日の出産業株式会社 広報部の中西と申します。
編集工房あおぞらの稲垣様からご紹介いただき、ご連絡いたしました。

冬号の特集「あったか、ひので。」で、冬の食卓にまつわるエッセイを
ご執筆いただけないかと考えております。

　文字数：1,600字程度
　締切：11月7日（金）
　原稿料：40,000円（税別）
　掲載：広報誌「ひので」冬号（12月発行）およびWeb版

ご検討いただけますと幸いです。
""" + SIG_NAKANISHI,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="commission request to one writer on free mail; no personal data",
)

# 089 — aggregated applicant counts by prefecture and age band (CSV)

_r = _rng("m089")
_prefs = ["北海道", "宮城県", "埼玉県", "千葉県", "東京都", "神奈川県", "愛知県", "大阪府", "兵庫県", "福岡県", "その他"]
_rows = [["都道府県", "20代", "30代", "40代", "50代", "60代以上", "合計"]]
for pf in _prefs:
    v = [_r.randint(40, 900) for _ in range(5)]
    _rows.append([pf] + v + [sum(v)])
add(89,
    sender=AIZAWA,
    to=["プレゼントデスク 遠山様 <toyama@present-desk.co.jp>"],
    subject="夏CP 応募数の集計（都道府県×年代）",
    body="""遠山様

お世話になっております。相沢です。
夏のありがとうキャンペーンの応募数を、都道府県×年代で集計したものを添付します。
次回の当選枠の地域配分の参考にしたいので、ご意見をいただけますか。
""" + SIG_AIZAWA,
    attachments=[{"kind": "csv", "name": "summer_cp_応募数集計.csv", "encoding": "utf-8", "rows": _rows}],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate counts only; no individual records",
)

# 090 — regional winner list to an internal subdomain and the main domain only

_p = people("m090", 12)
add(90,
    sender=AIZAWA,
    to=["大阪支社 営業企画 <osaka-eigyo@mail.hinode-sangyo.co.jp>"],
    cc=["名古屋営業所 <nagoya@hinode-sangyo.co.jp>"],
    subject="関西・東海エリア 当選者（手渡しイベント用）",
    body="""大阪支社・名古屋営業所の皆さま

販促の相沢です。9/13の「手渡し贈呈イベント」に招待する関西・東海エリアの当選者です。
来場確認の電話をお願いします。

""" + ptable(["氏名", "ふりがな", "電話", "住所"],
             [[p["name"], p["kana"], fw(p["mobile"]), p["addr"]] for p in _p], gap="　", fill="　") + """

相沢""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="12 winners' records, but recipients are internal (mail.hinode-sangyo.co.jp is a subdomain)",
)

# 091 — two external organisations in To/Cc, internal boss in Bcc

add(91,
    sender=MAKINO,
    to=["プリズムPR 梶原様 <kajiwara@prism-pr.co.jp>"],
    cc=["ツバサシステム 竹中様 <takenaka@tsubasa-system.jp>"],
    bcc=["野々村 恭平 <nonomura.k@hinode-sangyo.co.jp>"],
    subject="キャンペーンサイト公開前の最終確認会",
    body="""梶原様、竹中様

お世話になっております。日の出産業の牧野です。
秋冬キャンペーンサイトの公開（10/1）に先立ち、最終確認会を開催させてください。

日時：9月26日（金）16:00～17:00
場所：オンライン（Teamsの招待を別途お送りします）
議題：
　1. 応募フォームの動作確認結果
　2. SNS告知のスケジュール
　3. 問い合わせ対応フロー

資料は前日までに共有します。
""" + SIG_MAKINO,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc (normal three-way meeting); Bcc is internal",
)

# 092 — English mail about a mutual NDA, with the standard disclaimer

add(92,
    sender="Mari Ishiguro <ishiguro.m@hinode-sangyo.co.jp>",
    to=["Kevin Lim <kevin.lim@harbourlight-studio.com>"],
    subject="Mutual NDA before the HINODE GREEN shoot",
    body="""Dear Kevin,

Before we share the product samples and the creative brief for the HINODE GREEN shoot,
our legal team asks that we sign a mutual non-disclosure agreement.

Could you let us know who at Harbourlight should sign, and whether your company has
its own NDA template you would prefer to use? Otherwise we will send ours; it covers
confidential information disclosed by either party for 3 years.
""" + SIG_EN + "\n" + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA plus the standard English disclaimer: no marking",
)

# 093 — campaign terms with privacy wording

add(93,
    sender=AIZAWA,
    to=["プレゼントデスク 遠山様 <toyama@present-desk.co.jp>"],
    subject="秋冬CP 応募規約（法務確認済み）",
    body="""遠山様

お世話になっております。相沢です。
法務の確認が終わった応募規約をお送りします。応募サイトへの掲載をお願いします。

――――――――――
【応募規約（抜粋）】
第5条（個人情報の取扱い）
1. ご応募いただいた氏名、住所、電話番号、メールアドレス等の個人情報は、
   当選者への賞品発送および本キャンペーンに関するご連絡にのみ利用します。
2. 賞品発送のため、発送業務委託先に個人情報を預託することがあります。
3. 当社は、法令に基づく場合を除き、ご本人の同意なく個人情報を第三者に提供しません。
第6条（お問い合わせ）
　日の出産業株式会社 キャンペーン事務局 0120-41-0720
――――――――――
""" + SIG_AIZAWA,
    expect="pass",
    entities=[],
    detectors=[],
    note="terms that talk about personal data but carry none",
)

# 094 — one model's consent details to the design firm (one person)

_p = person("m094", young=True)
add(94,
    sender=NAKANISHI,
    to=["かざみどりデザイン 芹沢様 <serizawa@kazamidori-design.jp>"],
    subject="追加撮影モデルの同意書内容",
    body=f"""芹沢様

中西です。6/3の追加撮影に来ていただいたモデルの方の同意書の内容です。
使用範囲が他の方と異なる（SNS不可）ので、ご注意ください。

氏名：{_p['name']}
生年月日：{_p['dob'].strftime('%Y年%m月%d日')}
住所：{_p['zip']} {_p['addr']}
電話：{_p['mobile']}
使用範囲：会社案内・Webサイト（SNSは不可）
""" + SIG_NAKANISHI,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one model's consent details: a single person's record, may warn",
)

# 095 — monitor results, aggregated

add(95,
    sender=USAMI,
    to=["ことのはリサーチ 高森様 <takamori@kotonoha-research.co.jp>"],
    subject="Re: ホームベーカリーモニター 結果速報",
    body="""高森様

速報ありがとうございました。宇佐美です。
社内報告用に、いただいた数値を以下のようにまとめました。誤りがないかご確認ください。

　回答者数：　　　　　 28名（配布30名、回収率93.3％）
　総合満足度（5段階）：4.2
　「また使いたい」：　　 86％
　不満点の上位：　　　　①音が大きい（9名）②パンの耳が硬い（6名）

最終レポートは9月19日着でお願いします。
""" + SIG_USAMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregated monitor results, no individual records",
)

# 096 — day-of contact list of five PR staff (company mobiles) to the event agency

add(96,
    sender=ISHIGURO,
    to=["イベントはる 進行管理 <shinko@event-haru.co.jp>"],
    subject="10/1 記者発表会 当日の連絡体制",
    body="""イベントはる 進行管理ご担当者様

石黒です。当日の弊社側の連絡体制です。
何かあれば下記の社用携帯までご連絡ください。

役割　　　　　氏名　　　　　社用携帯
――――――――――――――――――――――――
統括　　　　　野々村 恭平　080-4410-2201
受付　　　　　中西 遥　　　080-4410-2214
記者対応　　　石黒 真理　　080-4410-2217
登壇者アテンド 岩佐 健吾　　080-4410-2231
物販・配布物　相沢 奈央　　080-4410-2221
""" + SIG_ISHIGURO,
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five staff with company-issued mobiles: business contacts or a list of people — could go either way",
)

# 097 — interviewee's hay fever mentioned in passing (medical? borderline)

add(97,
    sender=NAKANISHI,
    to=["早瀬 かおり <kaori.hayase.write@gmail.com>"],
    subject="春号 表紙撮影の日程について",
    body="""早瀬様

お世話になっております。中西です。
春号の表紙に登場いただく営業二部の小鳥遊 結衣さんですが、かなりひどい花粉症とのことで、
3月の屋外撮影は避けたいというご希望がありました。
2月中旬に前倒しするか、屋内のスタジオに変更するか、宍戸さんとも相談させてください。

取材（インタビュー）は予定どおり2/20でお願いします。
""" + SIG_NAKANISHI,
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named employee's hay fever: a minor health condition; a privacy officer could judge either way",
)

# 098 — legacy XLS of branch offices and distributors (business list)

_r = _rng("m098")
_ag = [("日の出産業 大阪支社", "大阪府大阪市中央区本町3-5-7", "06"), ("日の出産業 名古屋営業所", "愛知県名古屋市中村区名駅4-2-28", "052"),
       ("有限会社みちのく商事", "宮城県仙台市宮城野区榴岡4-2-3", "022"), ("株式会社かんさい食品流通", "兵庫県尼崎市潮江1-3-22", "06"),
       ("九州ひので販売株式会社", "福岡県福岡市博多区東比恵3-5-2", "092"), ("北海ひので株式会社", "北海道札幌市白石区本通1-2-10", "011"),
       ("しなの食品サービス", "長野県長野市中御所1-16-11", "026"), ("株式会社せとうちフーズ", "岡山県岡山市北区駅元町1-6", "086"),
       ("琉球ひので商会", "沖縄県浦添市城間1-35-9", "098")]
_rows = [["販促物 発送先（営業所・代理店）", "", "", "", ""], ["発送先コード", "名称", "住所", "電話", "のぼり", "POP"]]
for i, (n, a, ar) in enumerate(_ag):
    _rows.append([f"A{110 + i}", n, a, shop_phone(_r, ar), _r.randint(5, 40), _r.randint(50, 400)])
add(98,
    sender=MAKINO,
    to=["つむぎ雑貨 出荷担当 <shukka@tsumugi-zakka.co.jp>"],
    subject="ノベルティ（エコバッグ）の分納先",
    body="""つむぎ雑貨 出荷ご担当者様

日の出産業の牧野です。
ノベルティのエコバッグ、添付の営業所・代理店へ分納をお願いします。
（古いExcel形式ですみません。社内システムからの出力です）
""" + SIG_MAKINO,
    attachments=[{"kind": "xls", "name": "分納先一覧.xls", "sheets": {"分納先": _rows}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="branch offices and distributor companies with business addresses: not people",
)

# 099 — password ZIP, but only to internal colleagues

add(99,
    sender=IWASA,
    to=["中西 遥 <nakanishi.h@hinode-sangyo.co.jp>"],
    cc=["人事部 研修担当 <kenshu@hinode-sangyo.co.jp>"],
    subject="新入社員アンケート（社内報用）の回答",
    body="""中西さん
cc: 人事研修担当

岩佐です。新入社員アンケートの回答をZIPにまとめました。
パスワードはTeamsで送ります。

岩佐""",
    attachments=[{"kind": "zip", "name": "新入社員アンケート回答.zip", "password": "Iwasa0415!",
                  "files": [{"kind": "xlsx", "name": "回答.xlsx", "sheets": {"回答": [["氏名", "回答"], ["a", "b"]]}}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="an encrypted ZIP, but every recipient is internal",
)

# 100 — employee family photo contest entrants (PDF table) to an outside judge on free mail

_p = people("m100", 10)
_tbl = [["No", "応募者", "所属", "作品タイトル", "携帯", "賞品送付先"]]
_titles = ["はじめての海", "じいじと畑", "夕焼けの帰り道", "雪の日の朝", "ねこと昼寝", "運動会", "花火", "ひまわり畑",
           "おばあちゃんの手", "七五三"]
for i, p in enumerate(_p):
    _tbl.append([str(i + 1), p["name"], _rng(f"m100{i}").choice(["営業一部", "北上工場", "経理部", "研究開発部"]),
                 _titles[i], p["mobile"], p["addr"]])
add(100,
    sender=IWASA,
    to=["御手洗 哲也 <t.mitarai.photo@icloud.com>"],
    subject="社員家族フォトコンテスト 審査のお願い",
    body="""御手洗先生

いつもお世話になっております。日の出産業 広報部の岩佐です。
今年も社員家族フォトコンテストの審査をお引き受けいただき、ありがとうございます。
応募作品10点の一覧をお送りします（作品データは別途ギガファイル便でお送りします）。
入賞者への賞品は先生の事務所から直接お送りいただける、とのことでしたので
送付先も入れております。

審査結果は10月10日までにいただけますと幸いです。
""" + SIG_IWASA,
    attachments=[{"kind": "pdf", "name": "フォトコンテスト2025_応募一覧.pdf",
                  "lines": ["社員家族フォトコンテスト2025　応募作品一覧", ""], "table": _tbl}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="ten employees' mobiles and home addresses in a PDF table to an outside judge on free mail",
)

assert len(MESSAGES) == 100
