"""Blind corpus, area "subsidy": 日の出産業's consulting division that helps small
businesses apply for subsidies, grants and loans (補助金・助成金申請支援).

Client companies and their representatives, employees listed for employment subsidies
(雇用調整助成金, キャリアアップ助成金, 特定求職者雇用開発助成金, 業務改善助成金 …) with hire
dates and wages, certificates, payment bank accounts, government offices (lg.jp / go.jp),
partner 社労士 and 税理士, application deadlines.

Every person, company, number, address and domain in this file is invented.  My Numbers
and card numbers come from build.my_number() / build.card_number() with seeds starting at
6501 (6501, 6502, … in the order they are drawn below).  Other data come from
random.Random(6501).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

MESSAGES: list[dict] = []

R = random.Random(6501)
_SEED = [6501]


def next_my_number() -> str:
    s = _SEED[0]
    _SEED[0] += 1
    return my_number(s)


def next_card() -> str:
    s = _SEED[0]
    _SEED[0] += 1
    return card_number(s)


# -- invented people --------------------------------------------------------------------

SURNAMES = [
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
    ("三浦", "ミウラ", "Miura"), ("藤原", "フジワラ", "Fujiwara"), ("岩崎", "イワサキ", "Iwasaki"),
    ("野口", "ノグチ", "Noguchi"), ("菅原", "スガワラ", "Sugawara"), ("大野", "オオノ", "Ono"),
    ("丸山", "マルヤマ", "Maruyama"), ("新垣", "アラカキ", "Arakaki"), ("比嘉", "ヒガ", "Higa"),
    ("工藤", "クドウ", "Kudo"), ("千葉", "チバ", "Chiba"), ("桑原", "クワバラ", "Kuwabara"),
]
RARE = [
    ("勅使河原", "テシガワラ", "Teshigawara"), ("五百旗頭", "イオキベ", "Iokibe"),
    ("四月一日", "ワタヌキ", "Watanuki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("百目鬼", "ドウメキ", "Domeki"), ("東海林", "ショウジ", "Shoji"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("一寸木", "マスキ", "Masuki"),
    ("九十九", "ツクモ", "Tsukumo"), ("御手洗", "ミタライ", "Mitarai"),
    ("釘宮", "クギミヤ", "Kugimiya"), ("瓜生", "ウリュウ", "Uryu"),
    ("十河", "ソゴウ", "Sogo"), ("我妻", "ワガツマ", "Wagatsuma"),
    ("雲母", "キララ", "Kirara"), ("鴨志田", "カモシダ", "Kamoshida"),
    ("栗栖", "クリス", "Kurisu"), ("左右田", "ソウダ", "Soda"),
]
GIVEN = [
    ("翔太", "ショウタ", "Shota"), ("美咲", "ミサキ", "Misaki"), ("大輔", "ダイスケ", "Daisuke"),
    ("陽菜", "ヒナ", "Hina"), ("健一", "ケンイチ", "Kenichi"), ("由美子", "ユミコ", "Yumiko"),
    ("拓也", "タクヤ", "Takuya"), ("彩", "アヤ", "Aya"), ("隆", "タカシ", "Takashi"),
    ("千尋", "チヒロ", "Chihiro"), ("浩二", "コウジ", "Koji"), ("真由", "マユ", "Mayu"),
    ("誠", "マコト", "Makoto"), ("恵子", "ケイコ", "Keiko"), ("亮", "リョウ", "Ryo"),
    ("さくら", "サクラ", "Sakura"), ("和也", "カズヤ", "Kazuya"), ("奈々", "ナナ", "Nana"),
    ("修", "オサム", "Osamu"), ("裕子", "ユウコ", "Yuko"), ("蓮", "レン", "Ren"),
    ("結衣", "ユイ", "Yui"), ("正樹", "マサキ", "Masaki"), ("智子", "トモコ", "Tomoko"),
    ("悠真", "ユウマ", "Yuma"), ("麻衣", "マイ", "Mai"), ("勝利", "カツトシ", "Katsutoshi"),
    ("静香", "シズカ", "Shizuka"), ("龍之介", "リュウノスケ", "Ryunosuke"), ("かおり", "カオリ", "Kaori"),
    ("伸也", "シンヤ", "Shinya"), ("杏奈", "アンナ", "Anna"), ("敏夫", "トシオ", "Toshio"),
    ("久美", "クミ", "Kumi"), ("大和", "ヤマト", "Yamato"), ("美穂", "ミホ", "Miho"),
    ("幸雄", "ユキオ", "Yukio"), ("梨花", "リカ", "Rika"), ("秀樹", "ヒデキ", "Hideki"),
    ("瑞穂", "ミズホ", "Mizuho"), ("剛", "ツヨシ", "Tsuyoshi"), ("里美", "サトミ", "Satomi"),
]
FOREIGN = [
    ("NGUYEN VAN HUNG", "ベトナム"), ("TRAN THI LAN", "ベトナム"), ("PHAM MINH TUAN", "ベトナム"),
    ("LE THI HOA", "ベトナム"), ("SANTOS MARIA CLARA", "フィリピン"),
    ("DELA CRUZ JOHN PAUL", "フィリピン"), ("GURUNG BIKASH", "ネパール"),
    ("SITI NURAINI", "インドネシア"), ("AUNG KYAW MIN", "ミャンマー"), ("HOANG DUC ANH", "ベトナム"),
]
PLACES = [
    ("東京都", "江東区", "亀戸"), ("東京都", "足立区", "西新井"), ("東京都", "大田区", "蒲田"),
    ("神奈川県", "川崎市中原区", "新丸子町"), ("神奈川県", "相模原市南区", "相模大野"),
    ("埼玉県", "川口市", "芝新町"), ("埼玉県", "越谷市", "蒲生"), ("千葉県", "船橋市", "前原西"),
    ("千葉県", "市原市", "五井"), ("大阪府", "東大阪市", "長田東"), ("愛知県", "一宮市", "今伊勢町"),
    ("静岡県", "浜松市中央区", "葵町"), ("福岡県", "北九州市小倉北区", "片野"),
    ("宮城県", "仙台市若林区", "荒井"), ("新潟県", "長岡市", "千秋"), ("広島県", "福山市", "引野町"),
    ("北海道", "旭川市", "末広"), ("群馬県", "高崎市", "問屋町"), ("岐阜県", "大垣市", "林町"),
    ("熊本県", "熊本市東区", "健軍"), ("茨城県", "つくば市", "研究学園"), ("栃木県", "小山市", "駅南町"),
]
BUILDINGS = ["", "", "", "コーポ若葉 102", "メゾン白樺 203号室", "グランハイツ 5F", "ハイム緑ヶ丘 A-101",
             "サンライズ東 305", "レオパレス桜 112"]
BANKS = [("みどり銀行", "駅前支店"), ("ひかり信用金庫", "本店営業部"), ("東都銀行", "錦糸町支店"),
         ("あすなろ銀行", "北口支店"), ("わかば信用組合", "中央支店"), ("南山銀行", "高崎支店")]


def fw(s: str) -> str:
    """ASCII digits and signs → full-width."""
    return s.translate(str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）"))


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    return f"{short}{y:02d}.{d.month:02d}.{d.day:02d}"


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - width(s), 0)


def text_table(rows: list[list[str]], sep: str = "  ", rule: str = "-") -> str:
    ws = [max(width(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = [sep.join(pad(str(c), ws[i]) for i, c in enumerate(rows[0])).rstrip()]
    out.append(rule * min(sum(ws) + len(sep) * (len(ws) - 1), 100))
    for r in rows[1:]:
        out.append(sep.join(pad(str(c), ws[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


def fw_table(rows: list[list[str]]) -> str:
    """Columns padded with full-width spaces, as pasted from a Word table."""
    ws = [max(width(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            gap = ws[i] - width(c)
            cells.append(c + "\u3000" * (gap // 2) + " " * (gap % 2))
        lines.append("\u3000".join(cells).rstrip())
        if k == 0:
            lines.append("＝" * 30)
    return "\n".join(lines)


def html_table(rows: list[list[str]], border: int = 1) -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows[1:])
    return (f'<table border="{border}" cellspacing="0" cellpadding="4" style="border-collapse:collapse;'
            f'font-size:10pt"><tr style="background:#dde8f3">{head}</tr>\n{body}</table>')


def rand_date(y0: int, y1: int) -> date:
    start = date(y0, 1, 1)
    return start + timedelta(days=R.randrange((date(y1, 12, 31) - start).days))


def mobile() -> str:
    return f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"


def landline() -> str:
    a = R.choice(["03", "045", "048", "047", "06", "052", "027", "0584", "096"])
    mid = 4 - (len(a) - 2) if len(a) < 5 else 2
    return f"{a}-{R.randint(10 ** (mid - 1), 10 ** mid - 1)}-{R.randint(1000, 9999)}"


def address() -> tuple[str, str]:
    pref, city, town = R.choice(PLACES)
    zipc = f"{R.randint(100, 989)}-{R.randint(0, 9999):04d}"
    style = R.randrange(3)
    a, b, c = R.randint(1, 5), R.randint(1, 30), R.randint(1, 25)
    if style == 0:
        street = f"{a}丁目{b}番{c}号"
    elif style == 1:
        street = f"{a}-{b}-{c}"
    else:
        street = f"{R.randint(100, 2999)}番地{R.randint(1, 9)}"
    bld = R.choice(BUILDINGS)
    return zipc, f"{pref}{city}{town}{street}" + (f" {bld}" if bld else "")


def pension_no() -> str:
    return f"{R.randint(1000, 9999)}-{R.randint(0, 999999):06d}"


def bank_account(kana: str) -> dict:
    bank, branch = R.choice(BANKS)
    return {"bank": bank, "branch": branch, "type": "普通",
            "no": f"{R.randint(0, 9999999):07d}", "holder": kana}


def person(rare: bool = False, born: tuple[int, int] = (1962, 2003), hired: tuple[int, int] = (2016, 2025),
           used: set | None = None) -> dict:
    while True:
        sur = R.choice(RARE if rare else SURNAMES)
        giv = R.choice(GIVEN)
        if used is None or (sur[0] + giv[0]) not in used:
            break
    if used is not None:
        used.add(sur[0] + giv[0])
    dob = rand_date(*born)
    hire = rand_date(*hired)
    zipc, addr = address()
    kana = f"{sur[1]} {giv[1]}"
    return {
        "name": f"{sur[0]} {giv[0]}", "sur": sur[0], "kana": kana, "romaji": f"{giv[2]} {sur[2]}",
        "romaji_up": f"{sur[2].upper()} {giv[2].upper()}",
        "dob": dob, "hire": hire, "zip": zipc, "addr": addr, "mobile": mobile(),
        "emp": f"{R.choice(['A', 'K', 'S', ''])}{R.randint(1001, 1999)}",
        "hourly": R.choice([1080, 1100, 1120, 1150, 1180, 1200, 1250, 1300, 1350]),
        "monthly": R.randrange(185000, 320000, 500),
        "mail": f"{giv[2].lower()}.{sur[2].lower()}{R.randint(1, 99)}@{R.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp'])}",
    }


def people(n: int, rare_every: int = 0, **kw) -> list[dict]:
    used: set = set()
    return [person(rare=bool(rare_every) and i % rare_every == rare_every - 1, used=used, **kw)
            for i in range(n)]


def corp_number() -> str:
    """A 13-digit 法人番号 with a valid check digit (first digit)."""
    base = [R.randrange(10) for _ in range(12)]
    base[0] = R.randrange(1, 10)
    total = sum(int(base[11 - (n - 1)]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + "".join(map(str, base))


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def yen(n: int) -> str:
    return f"{n:,}円"


def M(n: int, expect: str, entities: list[str], detectors: list[str], note: str, charset: str,
      sender: str, to: list[str], subject: str, body: str | None = None, html: str | None = None,
      cc: list[str] | None = None, bcc: list[str] | None = None,
      attachments: list[dict] | None = None) -> None:
    m: dict = {"id": f"subsidy-{n:03d}", "expect": expect, "entities": entities,
               "detectors": detectors, "note": note, "charset": charset, "sender": sender,
               "to": to, "cc": cc or [], "bcc": bcc or [], "subject": subject}
    if body is not None:
        m["body"] = body
    if html is not None:
        m["html"] = html
    if attachments:
        m["attachments"] = attachments
    MESSAGES.append(m)


# -- the division's staff and the people they write to ---------------------------------

SAEKI = "佐伯 美咲 <saeki.misaki@hinode-sangyo.co.jp>"
OTAKA = "大鷹 健吾 <otaka.kengo@hinode-sangyo.co.jp>"
ONODERA = "小野寺 恵 <onodera.megumi@hinode-sangyo.co.jp>"
URUSHI = "漆原 拓真 <urushibara.takuma@hinode-sangyo.co.jp>"
TAKAMINE = "高嶺 由香 <takamine.yuka@hinode-sangyo.co.jp>"
TAIRA = "平良 翔 <taira.sho@hinode-sangyo.co.jp>"
IIBOSHI = "Aya Iiboshi <iiboshi.aya@hinode-sangyo.co.jp>"
KUZE = "久世 直人 <kuze.naoto@mail.hinode-sangyo.co.jp>"
TEAM = "補助金申請支援チーム <josei-support@hinode-sangyo.co.jp>"

SIG = {
    "saeki": """
──────────────────────────────
日の出産業株式会社 経営支援コンサルティング部
補助金・助成金申請支援チーム　佐伯 美咲（さえき みさき）
〒105-0013 東京都港区浜松町2-7-19 日の出ビル5F
TEL 03-5401-7720（代表） / FAX 03-5401-7721
Mail: saeki.misaki@hinode-sangyo.co.jp
──────────────────────────────""",
    "otaka": """
--
日の出産業株式会社
経営支援コンサルティング部　シニアコンサルタント
中小企業診断士　大鷹 健吾
TEL: 03-5401-7720  携帯: 080-4417-2093
otaka.kengo@hinode-sangyo.co.jp""",
    "onodera": """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　経営支援コンサルティング部
小野寺 恵
〒105-0013　東京都港区浜松町２－７－１９
ＴＥＬ：０３－５４０１－７７２０
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊""",
    "urushi": """
------------------------------------------
漆原 拓真 / Takuma Urushibara
日の出産業株式会社 経営支援コンサルティング部 融資サポート課
TEL 03-5401-7724（直通）
------------------------------------------""",
    "takamine": """
高嶺 由香
日の出産業株式会社　助成金申請支援チーム
〒105-0013 東京都港区浜松町2-7-19
03-5401-7720""",
    "taira": """
=====================================
日の出産業株式会社 経営支援コンサルティング部
平良 翔（たいら しょう）
TEL 03-5401-7720 / taira.sho@hinode-sangyo.co.jp
=====================================""",
    "iiboshi": """
Best regards,

Aya Iiboshi
Senior Consultant, Business Support Consulting Division
Hinode Sangyo Co., Ltd.
2-7-19 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5401-7720""",
    "kuze": """
久世 直人
日の出産業株式会社 経営支援コンサルティング部 部長
TEL 03-5401-7720""",
    "team": """
────────────────
日の出産業株式会社
経営支援コンサルティング部 補助金・助成金申請支援チーム
josei-support@hinode-sangyo.co.jp / 03-5401-7720
受付時間 平日9:00〜17:30
────────────────""",
}

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してくださいますようお願い申し上げます。"""
DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

# client companies, partners, offices (all invented)
KASAI = "葛西社会保険労務士事務所 葛西 典子 <kasai@kasai-sr.jp>"
MINATO = "社会保険労務士法人みなと労務 相良 様 <sagara@minato-roumu.jp>"
MORIOKA = "森岡税理士事務所 <morioka@morioka-tax.jp>"
SEIREI = "税理士法人青嶺会計 田所 <tadokoro@seirei-kaikei.co.jp>"
MARUKI = "丸喜製麺 丸山 喜一郎 <k.maruyama@marukiseimen.co.jp>"
KOMOREBI = "株式会社こもれびケアサービス 総務部 <soumu@komorebi-care.co.jp>"
YAMASE = "合同会社ヤマセ木工 <yamase@yamase-mokko.jp>"
SHIOSAI = "潮騒水産 事務所 <jimu@shiosai-suisan.co.jp>"
BAYSIDE = "ベイサイド整備 総務 <office@bayside-seibi.co.jp>"
HANAIKADA = "旅館 花筏 女将 <okami@hanaikada.jp>"
ALPEN = "アルペン精密工業 総務部 <somu@alpen-seimitsu.co.jp>"
BAKERY = "山ノ内ベーカリー 山ノ内 様 <yamanouchi.bakery@gmail.com>"
KIRARA = "雲母デザイン事務所 <kirara.design.office@yahoo.co.jp>"
ROUDOU = "北関東労働局 助成金センター <josei-center@kitakanto-roudou.go.jp>"
CITY = "旭ヶ丘市 産業振興課 <sangyo-shinko@city.asahigaoka.lg.jp>"
PREF = "南山県 商工労働部 経営支援課 <keiei-shien@pref.minamiyama.lg.jp>"
KOKO = "政策金融公庫 南山支店 融資課 <yushi-minamiyama@seisaku-koko.go.jp>"
CGC = "南山県信用保証協会 <hosho-madoguchi@minamiyama-cgc.or.jp>"
GYOSEI = "橘行政書士事務所 <office@tachibana-gyosei.jp>"
MIDORI = "みどり銀行 法人営業部 坪井 <tsuboi.h@midori-ginko.co.jp>"
SHIRAKAWA = "白川法律事務所 弁護士 白川 <shirakawa@shirakawa-law.jp>"
TSUBASA = "ツバサシステム 営業部 <sales@tsubasa-system.jp>"

HINODE_CORP = corp_number()   # 日の出産業's own 法人番号 (invented)


# ======================================================================================
# 001–020
# ======================================================================================

# 001 — キャリアアップ助成金 正社員化コース: 8 people pasted as a padded table → 社労士
_p = people(8, rare_every=4, born=(1975, 2001), hired=(2021, 2024))
_rows = [["No", "氏名", "生年月日", "有期雇入日", "正社員転換日", "転換前(月額)", "転換後(月額)"]]
for i, p in enumerate(_p, 1):
    conv = p["hire"] + timedelta(days=R.randint(200, 500))
    _rows.append([str(i), p["name"], ymd(p["dob"]), ymd(p["hire"]), ymd(conv), yen(p["monthly"]),
                  yen(int(p["monthly"] * 1.04) // 100 * 100)])
M(1, "stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
  "8 employees' names, birth dates, hire dates and wages to an external 社労士: a list of people",
  "iso-2022-jp", SAEKI, [KASAI], "【アルペン精密工業様】キャリアアップ助成金 正社員化コース 対象者一覧",
  f"""葛西先生

いつも大変お世話になっております。日の出産業の佐伯です。

アルペン精密工業様のキャリアアップ助成金（正社員化コース）の件、
先方総務部より対象者の情報をいただきましたので、以下に貼り付けます。
転換後6か月分の賃金支払いが完了した方から順次、支給申請の準備をお願いできればと存じます。

{text_table(_rows)}

※転換後の賃金は3%以上の増額要件を満たしている認識ですが、念のため賃金台帳と
　突合いただけますと幸いです。
※就業規則の転換制度の規定は前回お送りした改定版（第12条）をご参照ください。

どうぞよろしくお願いいたします。
{SIG['saeki']}""")

# 002 — 公募締切リマインド (no personal data)
M(2, "pass", [], [],
  "deadline reminder to one client company; no personal data",
  "cp932", OTAKA, [MARUKI], "ものづくり補助金（第19次）締切まで残り10日となりました",
  """丸喜製麺株式会社
代表取締役 丸山 様

いつもお世話になっております。日の出産業の大鷹です。

ものづくり・商業・サービス生産性向上促進補助金（第19次公募）の電子申請締切が
来週金曜日の17:00に迫ってまいりました。現時点の進捗は以下のとおりです。

　1. 事業計画書（本文10ページ）……最終稿レビュー中（明日お戻しします）
　2. 見積書（製麺機・乾燥ライン）……2社相見積 受領済み
　3. 決算書（直近2期分）……受領済み
　4. 賃金引上げ計画の表明書……未受領 ★ご署名のうえPDFでお送りください
　5. GビズIDプライム……取得済み（ログイン確認をお願いします）

電子申請は締切当日にシステムが混み合うため、前々日（水曜日）までの提出を目標に
させてください。ご不明点があればお電話でも構いません。

引き続きよろしくお願いいたします。
""" + SIG["otaka"])

# 003 — 雇用調整助成金 休業実績 (12 people) in a two-sheet XLSX → 社労士法人
_p = people(12, rare_every=5, hired=(2008, 2023))
_sheet = [["令和6年10月分　休業等実施状況一覧（株式会社潮騒水産）"], [],
          ["社員番号", "氏名", "雇用保険被保険者番号", "所定労働日数", "休業日数", "休業手当額", "備考"]]
for p in _p:
    days = R.randint(3, 12)
    _sheet.append([p["emp"], p["name"], f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}-{R.randint(0, 9)}",
                   21, days, p["monthly"] // 21 * days * 6 // 10, R.choice(["", "", "短時間休業含む", "教育訓練1日"])])
M(3, "stop", ["PERSON_NAME"], ["personal_data"],
  "12 employees' names, insurance numbers and leave payments in an XLSX to an external 社労士法人",
  "utf-8", TAKAMINE, [MINATO], "潮騒水産様 雇調金 10月分 休業実績のご送付",
  """社会保険労務士法人みなと労務
相良様

お世話になっております。日の出産業の高嶺です。
潮騒水産様の雇用調整助成金（10月判定基礎期間分）について、先方からいただいた
休業実績を整理しましたのでお送りします。
集計シートの休業延日数と、出勤簿の写し（別送）の整合をご確認いただけますでしょうか。

支給申請の期限は判定基礎期間の末日の翌日から2か月以内ですので、
12月末までの提出でお願いできればと思います。
""" + SIG["takamine"],
  attachments=[{"kind": "xlsx", "name": "潮騒水産_休業実績_R6-10.xlsx",
                "sheets": {"休業実績": _sheet,
                           "集計": [["項目", "値"], ["対象者数", 12], ["休業延日数", "=SUM(休業実績!E4:E15)"],
                                    ["判定基礎期間", "R6.10.1〜R6.10.31"]]}}])

# 004 — 代表者の個人番号 in the body → 税理士
_mn = next_my_number()
M(4, "stop", ["JP_MY_NUMBER", "PERSON_NAME"], ["personal_data"],
  "the client representative's My Number written out to an external tax office",
  "cp932", URUSHI, [MORIOKA], "ヤマセ木工様 代表者個人番号の件",
  f"""森岡先生

お世話になっております。日の出産業の漆原でございます。

ヤマセ木工様の事業承継補助金の件で、先生の方で代表者様の準確定申告の書類を
作成いただく際に必要とのことでしたので、先方から伺った個人番号をお知らせします。

　代表社員　瓜生 勝利 様
　個人番号　{_mn[:4]} {_mn[4:8]} {_mn[8:]}

通知カードの写しは本日中に郵送いたします。
ご確認のほどよろしくお願いいたします。
""" + SIG["urushi"])

# 005 — internal only: the whole employee roster of a client (CSV), shared inside the team
_p = people(15, rare_every=6)
_rows = [["氏名", "フリガナ", "生年月日", "郵便番号", "住所", "金融機関", "支店", "口座番号"]]
for p in _p:
    b = bank_account(p["kana"])
    _rows.append([p["name"], p["kana"], ymd(p["dob"], "-"), p["zip"], p["addr"], b["bank"], b["branch"], b["no"]])
M(5, "pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BANK_ACCOUNT"], [],
  "a full employee roster, but every recipient is internal",
  "iso-2022-jp", ONODERA, ["高嶺 由香 <takamine.yuka@hinode-sangyo.co.jp>", "平良 翔 <taira.sho@hinode-sangyo.co.jp>"],
  "【社内共有】こもれびケア様 従業員名簿（雇調金申請用）",
  """高嶺さん、平良さん

こもれびケアサービス様から従業員名簿（CSV）を受け取りましたので共有します。
チームの共有フォルダ（\\\\fs01\\consult\\2024\\こもれび）にも同じものを置きました。
社労士さんへ出すのは集計後の実績表だけにして、この名簿そのものは外に出さないでください。

小野寺
""",
  attachments=[{"kind": "csv", "name": "komorebi_meibo.csv", "rows": _rows}])

# 006 — deadline notice with four client companies visible in To
M(6, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
  "four client companies put in To: they all see each other's addresses",
  "iso-2022-jp", TEAM,
  [YAMASE, SHIOSAI, BAYSIDE, "花筏 <okami@hanaikada.jp>"],
  "【ご案内】小規模事業者持続化補助金 第16回 受付締切について",
  """各位

平素より大変お世話になっております。
日の出産業 補助金・助成金申請支援チームでございます。

小規模事業者持続化補助金（一般型）第16回の受付締切が近づいてまいりましたので
ご案内申し上げます。

　■ 申請受付締切：令和6年5月27日（月）17:00
　■ 事業支援計画書（様式4）発行の受付締切：令和6年5月17日（金）
　　※商工会・商工会議所への依頼が必要です。お早めにご準備ください。

弊社でご支援中の皆様には、個別に担当者からご連絡差し上げます。
ご不明な点はお気軽にお問い合わせください。
""" + SIG["team"])

# 007 — the same kind of notice done right: clients in Bcc (one of them on free mail)
M(7, "pass", [], ["freemail_recipient"],
  "announcement with the client companies in Bcc; one Bcc is a free-mail address",
  "cp932", TEAM, ["josei-support@hinode-sangyo.co.jp"],
  "業務改善助成金 令和6年度 申請受付開始のお知らせ",
  """お客様各位

いつも日の出産業をご利用いただきありがとうございます。

事業場内最低賃金を引き上げ、設備投資等を行った中小企業に対する「業務改善助成金」の
令和6年度申請受付が始まりました。主な変更点は次のとおりです。

・事業場内最低賃金と地域別最低賃金の差額要件：50円以内
・引上げ額のコース：30円／45円／60円／90円
・賃金引上げ計画の事前提出が必要（交付決定前の引上げは対象外となるためご注意ください）

申請をご検討の場合は、担当コンサルタントまでご連絡ください。
無料の事前診断（30分・オンライン）も承っております。

※本メールはBCCにてお送りしております。
""" + SIG["team"],
  bcc=[YAMASE, BAYSIDE, "kirara.design.office@yahoo.co.jp", MARUKI])

# 008 — look-alike of the partner bank's domain (midori-ginkou)
M(8, "stop", [], ["lookalike_domain"],
  "recipient domain midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp",
  "utf-8", URUSHI, ["みどり銀行 法人営業部 坪井様 <tsuboi.h@midori-ginkou.co.jp>"],
  "Re: ベイサイド整備様 設備資金ご融資の件（決算書送付）",
  """みどり銀行 法人営業部
坪井様

お世話になっております。日の出産業の漆原です。
先日お打ち合わせいたしましたベイサイド整備様の設備資金（リフト3基入替）の件、
ご依頼のありました決算書3期分を添付にてお送りいたします。

事業再構築補助金の交付決定通知は来週中に届く見込みですので、
つなぎ融資の実行時期について改めてご相談させてください。
""" + SIG["urushi"],
  attachments=[{"kind": "pdf", "name": "ベイサイド整備_決算書_3期分.pdf", "title": "決算報告書",
                "lines": ["株式会社ベイサイド整備　決算報告書（第21期〜第23期）", "",
                          "売上高　　 第21期 184,220千円 / 第22期 201,945千円 / 第23期 213,070千円",
                          "営業利益　 第21期   6,310千円 / 第22期   8,902千円 / 第23期   9,455千円",
                          "純資産　　 第21期  41,200千円 / 第22期  47,815千円 / 第23期  54,030千円",
                          "借入金残高 第23期末 62,400千円（うち長期 55,900千円）"]}])

# 009 — meeting with the client and its 社労士: two external organisations
M(9, "pass", [], ["multiple_external_domains"],
  "an ordinary three-way meeting mail: client and its 社労士, two external organisations",
  "iso-2022-jp", SAEKI, [YAMASE], "人材開発支援助成金 打合せ日程のご相談", cc=[KASAI],
  body="""合同会社ヤマセ木工
ご担当者様
（cc：葛西社会保険労務士事務所 葛西先生）

お世話になっております。日の出産業の佐伯です。

人材開発支援助成金（人への投資促進コース）の訓練計画届について、
三者でのお打ち合わせの日程を調整させてください。候補日は以下のとおりです。

　① 6月11日（火）14:00〜15:00
　② 6月12日（水）10:00〜11:00
　③ 6月14日（金）16:00〜17:00

場所はヤマセ木工様の事務所（2階会議室）を想定しております。
オンライン参加をご希望の場合はZoomのURLをお送りします。

訓練開始日の6か月前から1か月前までに計画届の提出が必要ですので、
8月開講の場合は6月末がリミットになります。ご都合をお知らせください。
""" + SIG["saeki"])

# 010 — 特定求職者雇用開発助成金: one person's disability grade → 社労士法人
_p = person(born=(1979, 1990), hired=(2024, 2024))
M(10, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
  "one new hire's disability (身体障害者手帳 2級) with name and birth date: 要配慮個人情報",
  "cp932", TAKAMINE, [MINATO], "特開金（障害者）対象者の件／アルペン精密工業様",
  f"""相良様

いつもお世話になっております。日の出産業の高嶺です。

アルペン精密工業様で、ハローワーク紹介により障害のある方を1名雇い入れられましたので、
特定求職者雇用開発助成金（特定就職困難者コース）の第1期申請をお願いしたく存じます。

　氏名　　　：{_p['name']}（{_p['kana']}）
　生年月日　：{wareki(_p['dob'])}
　雇入日　　：{wareki(_p['hire'])}
　障害の状況：身体障害者手帳 2級（下肢機能障害）、重度に該当
　雇用形態　：正社員（週40時間）、月給{yen(_p['monthly'])}
　紹介元　　：ハローワーク高崎

第1期の支給対象期は雇入れから6か月ですので、申請はその翌日から2か月以内となります。
紹介状の写しと雇用契約書は来週お持ちします。
""" + SIG["takamine"])

# 011 — reply that only quotes the client's list; the new text carries nothing
_p = people(6, hired=(2023, 2024))
_quoted = "\n".join(f"> {p['name']}\t{ymd(p['dob'])}\t{ymd(p['hire'])}\t時給{p['hourly']}円" for p in _p)
M(11, "pass", [], [],
  "reply whose only list is quoted from the client's own mail; the new text has no personal data",
  "iso-2022-jp", ONODERA, [ALPEN], "Re: キャリアアップ助成金 対象者リスト送付の件",
  f"""アルペン精密工業株式会社
総務部 ご担当者様

お世話になっております。日の出産業の小野寺です。
対象者リストを確かに受領いたしました。ありがとうございます。

6名とも有期雇用期間が6か月以上あることを確認しました。
転換時期が揃っている方から順に、社労士の先生と申請準備を進めます。
何か追加で必要な書類が出てきましたら改めてご連絡します。

{SIG['onodera']}

アルペン精密工業 総務部 wrote:
> 日の出産業 小野寺様
>
> お世話になっております。ご依頼の対象者リストを下記にお送りします。
>
{_quoted}
>
> 以上6名です。よろしくお願いいたします。
""")

# 012 — PPAP: password ZIP of the application set
_app_files = [
    {"kind": "docx", "name": "様式第1号_支給申請書.docx",
     "paragraphs": ["両立支援等助成金（出生時両立支援コース）支給申請書", "事業主：株式会社こもれびケアサービス"]},
    {"kind": "xlsx", "name": "育休取得者一覧.xlsx",
     "sheets": {"一覧": [["氏名", "育休開始日", "育休終了日"], ["（別紙参照）", "", ""]]}},
]
M(12, "stop", [], ["unscannable_attachment"],
  "password-protected ZIP (PPAP): the attachment cannot be inspected",
  "utf-8", TAKAMINE, [KOMOREBI], "【申請書類一式】両立支援等助成金（出生時両立支援コース）",
  """株式会社こもれびケアサービス
総務部 ご担当者様

いつもお世話になっております。日の出産業の高嶺です。

両立支援等助成金（出生時両立支援コース）の申請書類一式を作成しましたので、
添付にてお送りします。内容をご確認のうえ、代表者印の押印をお願いいたします。

添付ファイルのパスワードは別メールにてお送りします。
""" + SIG["takamine"],
  attachments=[{"kind": "zip", "name": "申請書類一式_こもれび.zip", "password": "Kmrb#2024sg", "files": _app_files}])

# 013 — the password mail that follows (no attachment, no personal data)
M(13, "pass", [], [],
  "the separate password notice: no attachment, no personal data",
  "utf-8", TAKAMINE, [KOMOREBI], "パスワードのお知らせ（申請書類一式）",
  """株式会社こもれびケアサービス
総務部 ご担当者様

先ほどお送りした「申請書類一式_こもれび.zip」のパスワードをお知らせします。

　Kmrb#2024sg

次回以降は、弊社のファイル共有サービス（ダウンロードURL方式）でのお受け渡しに
切り替えさせていただく予定です。ご不便をおかけしますがよろしくお願いいたします。

高嶺
""")

# 014 — 6 employees' salary-transfer accounts (CSV, CP932) → 税理士法人
_p = people(6, rare_every=3)
_rows = [["社員番号", "氏名", "フリガナ", "振込銀行", "支店", "種別", "口座番号", "9月支給額"]]
for p in _p:
    b = bank_account(p["kana"].replace(" ", "　"))
    _rows.append([p["emp"], p["name"], b["holder"], b["bank"], b["branch"], b["type"], b["no"], str(p["monthly"])])
M(14, "stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
  "six employees' salary bank accounts in a CSV to an external 税理士法人",
  "cp932", SAEKI, [SEIREI], "賃金支払実績（振込口座一覧）のご送付／花筏様",
  """税理士法人青嶺会計
田所様

お世話になっております。日の出産業の佐伯です。

旅館 花筏様の業務改善助成金の実績報告に、賃金の支払いを証する書類として
振込実績を添付する必要があります。先方から受け取った振込データをCSVにしましたので、
総勘定元帳の給与手当の計上額と一致しているかご確認いただけますでしょうか。
""" + SIG["saeki"],
  attachments=[{"kind": "csv", "name": "hanaikada_furikomi_202409.csv", "rows": _rows}])

# 015 — invoice: our own bank account and T-number (company data only)
M(15, "pass", ["JP_CORPORATE_NUMBER"], ["personal_data"],
  "an invoice with the company's own bank account and registration (T) number; no person's data",
  "iso-2022-jp", TEAM, [HANAIKADA], "ご請求書送付のご案内（請求番号 HS-24-0918）",
  f"""旅館 花筏
女将 様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
業務改善助成金 申請支援業務の着手金につきまして、下記のとおりご請求申し上げます。

　請求番号　　：HS-24-0918
　ご請求金額　：110,000円（税込、うち消費税10,000円）
　お支払期限　：2024年10月31日

【お振込先】
　みどり銀行 浜松町支店　普通 3318260
　口座名義　ヒノデサンギョウ（カ

【適格請求書発行事業者登録番号】T{HINODE_CORP}

成功報酬分は交付決定後に別途ご請求いたします。
""" + SIG["team"])

# 016 — 在留カード numbers of three foreign workers → 行政書士
_fw = R.sample(FOREIGN, 3)
_lines = []
for name, nat in _fw:
    rc = f"{R.choice('ABCDEFGHJKLMN')}{R.choice('ABCDEFGHJKLMN')}{R.randint(10000000, 99999999)}{R.choice('ABCDEFGH')}{R.choice('ABCDEFGH')}"
    dob = rand_date(1995, 2003)
    _lines.append(f"・{name}（{nat}）　生年月日 {ymd(dob)}　在留カード番号 {rc}　在留資格「特定技能1号」")
M(16, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], ["personal_data"],
  "three foreign workers' residence card numbers: identity document numbers",
  "utf-8", TAIRA, [GYOSEI], "人材確保等支援助成金（外国人労働者就労環境整備）対象者の件",
  """橘行政書士事務所 御中

お世話になっております。日の出産業の平良です。
潮騒水産様の人材確保等支援助成金（外国人労働者就労環境整備助成コース）について、
就労環境整備措置の対象となる外国人労働者3名の情報をお送りします。
在留期間更新の手続きと合わせてご確認いただけますと助かります。

""" + "\n".join(_lines) + """

在留カードの写し（両面）は、先方から届き次第お送りします。
""" + SIG["taira"])

# 017 — English mail to a foreign consultancy about IT subsidies (no personal data)
M(17, "pass", [], [],
  "English business mail about a subsidy programme; no personal data",
  "utf-8", IIBOSHI, ["Daniel Hurst <d.hurst@brightwell-consulting.com>"],
  "Re: Japan IT Introduction Subsidy - eligibility for your SaaS",
  """Dear Daniel,

Thank you for your call yesterday. As promised, here is a short summary of how the
IT Introduction Subsidy (IT導入補助金) works for an overseas SaaS vendor:

1. The subsidy is paid to the Japanese SME that buys the tool, not to the vendor.
2. The tool must be registered in advance by an "IT support provider" (IT導入支援事業者)
   with a presence in Japan. Your distributor can take that role.
3. Subsidy rate: 1/2 (up to 2/3 for small firms raising wages), ceiling JPY 4.5 million
   for the standard track.
4. The next application window closes on 12 July, 5 p.m. JST.

If your distributor is interested, we would be glad to support the registration of the
tool. Our fee schedule is attached to my previous mail.
""" + SIG["iiboshi"] + "\n" + DISCLAIMER_EN)

# 018 — 両立支援（治療と仕事）: one employee's cancer treatment → 社労士
_p = person(born=(1970, 1985))
M(18, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "an identified employee's diagnosis and treatment (乳がん, 抗がん剤治療): medical history",
  "iso-2022-jp", SAEKI, [KASAI], "治療と仕事の両立支援（環境整備コース）ご相談",
  f"""葛西先生

お世話になっております。日の出産業の佐伯です。

丸喜製麺様で、両立支援制度の導入を検討されています。
きっかけは、製造課の{_p['name']}さん（{_p['hire'].year}年入社）が昨年乳がんと診断され、
現在も通院で抗がん剤治療を続けながら短時間勤務をされていることだそうです。

社長としては{_p['sur']}さんのケースを念頭に、時間単位の有給休暇と通院休暇の規定を
整備したいとのことです。どのコースで申請できそうか、一度ご意見をいただけますでしょうか。
""" + SIG["saeki"])

# 019 — list of support offices (businesses) with switchboard numbers
M(19, "pass", [], [],
  "a list of public support offices and their switchboards: businesses, not people",
  "cp932", ONODERA, [HANAIKADA], "事業支援計画書の発行窓口一覧",
  """花筏 女将様

先日お問い合わせいただいた、持続化補助金の「事業支援計画書（様式4）」の発行窓口です。
花筏様の所在地ですと、商工会の管轄になります。

　窓口　　　　　　　　　　電話　　　　　　　受付時間
　--------------------------------------------------------
　旭ヶ丘町商工会　　　　　0276-52-3011　　平日 8:30〜17:15
　南山県よろず支援拠点　　027-210-8840　　平日 9:00〜17:00
　旭ヶ丘商工会議所　　　　0276-45-1120　　平日 9:00〜17:30（参考）

発行まで1〜2週間かかりますので、予約のうえ早めにご訪問ください。
""" + SIG["onodera"])

# 020 — forward of the client's mail with six employees' phones and addresses
_p = people(6, rare_every=3)
_blk = "\n".join(f"{i}. {p['name']}　〒{p['zip']} {p['addr']}　携帯 {p['mobile']}" for i, p in enumerate(_p, 1))
M(20, "stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
  "forward of a client's mail listing six employees' addresses and mobiles: new text to the 社労士",
  "iso-2022-jp", OTAKA, [KASAI], "FW: 65歳超雇用推進助成金 対象者連絡先",
  f"""葛西先生

ベイサイド整備様からの下記メールを転送します。
無期雇用転換の対象者6名の連絡先です。面談日程の調整にお使いください。

大鷹

---------- 転送メッセージ ----------
差出人: ベイサイド整備 総務 <office@bayside-seibi.co.jp>
日付: 2024年9月3日 15:42
件名: 65歳超雇用推進助成金 対象者連絡先
宛先: otaka.kengo@hinode-sangyo.co.jp

大鷹様

ご依頼の件、対象者の連絡先をお送りします。

{_blk}

以上、よろしくお願いします。
ベイサイド整備 総務 吉岡
""")


# ======================================================================================
# 021–040
# ======================================================================================

# 021 — internal know-how DOCX stamped 社外秘 sent to a client
M(21, "stop", [], ["confidential_marking"],
  "attached DOCX carries a 社外秘 stamp in its header and first line",
  "cp932", OTAKA, [BAYSIDE], "事業再構築補助金 事業計画書の書き方ポイント",
  """ベイサイド整備
ご担当者様

お世話になっております。大鷹です。
先日の打合せでお話しした、事業計画書で審査員に伝わりやすくするポイントを
まとめた資料をお送りします。計画書の作成時にご参照ください。
""" + SIG["otaka"],
  attachments=[{"kind": "docx", "name": "再構築_計画書作成ポイント_v3.docx", "page_header": "社外秘",
                "title": "事業再構築補助金 計画書作成ポイント（社外秘）",
                "paragraphs": ["【社外秘】日の出産業 経営支援コンサルティング部 内部資料",
                               "1. 採択事例の傾向（2023〜2024年度、当部支援案件 48件の分析）",
                               "2. 審査項目ごとの加点ポイントと減点されやすい記載",
                               "3. 市場規模の根拠データの示し方",
                               "4. 付加価値額の年率3%以上増加の算定シート使用方法"],
                "tables": [[["審査項目", "当部採択率", "主な指摘"], ["事業化点", "71%", "販路の裏付け不足"],
                            ["再構築点", "64%", "既存事業との差異が曖昧"], ["政策点", "58%", "地域波及効果の記載漏れ"]]]}])

# 022 — mail about an NDA, with the draft attached (no marking, no personal data)
M(22, "pass", [], [],
  "mail about a 秘密保持契約 with the draft contract attached: talk about an NDA, not a marking",
  "iso-2022-jp", KUZE, [ALPEN], "秘密保持契約書（案）のご送付",
  """アルペン精密工業株式会社
総務部 ご担当者様

いつもお世話になっております。日の出産業の久世でございます。

ものづくり補助金の申請支援に先立ち、御社の製造工程や原価情報をお預かりするため、
秘密保持契約を締結させていただきたく、契約書（案）をお送りいたします。
第3条（秘密情報の範囲）と第8条（有効期間）について、ご意見があれば
修正いたしますのでお知らせください。
""" + SIG["kuze"],
  attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_アルペン精密工業.docx",
                "paragraphs": ["秘密保持契約書（案）",
                               "アルペン精密工業株式会社（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                               "補助金申請支援業務に関し、以下のとおり秘密保持契約を締結する。",
                               "第1条（目的）本契約は、甲が乙に開示する秘密情報の取扱いを定めることを目的とする。",
                               "第3条（秘密情報）本契約において秘密情報とは、甲が乙に開示した技術上又は営業上の情報をいう。",
                               "第8条（有効期間）本契約の有効期間は、締結日から3年間とする。"]}])

# 023 — seminar venue booking with a corporate card number
_card = next_card()
M(23, "stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
  "a credit card number (with the holder's name) written into a booking mail to a hotel",
  "utf-8", ONODERA, ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
  "補助金活用セミナー 会場予約（11/20 桜の間）",
  f"""さくらホテル 宴会予約係 御中

お世話になっております。日の出産業の小野寺と申します。
先ほどお電話で仮押さえをお願いした件、正式に予約をお願いいたします。

　日時：11月20日（水）13:30〜17:00（設営13:00〜）
　会場：桜の間（スクール形式 40名）
　備品：プロジェクター、マイク2本、受付用長机1台
　名称：「中小企業のための補助金活用セミナー2024」

保証用のカード情報は以下のとおりです。
　カード番号：{_card[:4]}-{_card[4:8]}-{_card[8:12]}-{_card[12:]}
　有効期限：08/27
　名義：MEGUMI ONODERA

請求書は弊社宛てに発行いただけますと幸いです。
""" + SIG["onodera"])

# 024 — three people for 正社員化 to the 社労士 (1–4 people: may be warned)
_p = people(3, born=(1988, 2000), hired=(2022, 2023))
_b = "\n".join(f"・{p['name']}（{wareki(p['dob'], 'short')}生）　有期雇入 {wareki(p['hire'], 'short')}　"
               f"時給{p['hourly']:,}円 → 月給{p['monthly']:,}円" for p in _p)
M(24, "pass", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
  "three employees' details to the 社労士: below the five-person list threshold",
  "cp932", TAKAMINE, [MINATO], "潮騒水産様 正社員転換予定者（3名）",
  f"""相良様

お世話になっております。高嶺です。
潮騒水産様で、来月1日付で正社員に転換予定の方は以下の3名です。

{_b}

キャリアアップ計画書は提出済み（受理日 令和6年4月8日）です。
転換後の就業規則の適用についてご確認をお願いいたします。
""" + SIG["takamine"])

# 025 — DOCX table: five older workers with 基礎年金番号 → 社労士
_p = people(5, born=(1956, 1962), hired=(2001, 2015))
_t = [["氏名", "生年月日", "基礎年金番号", "雇入日", "現在の雇用形態", "転換後"]]
for p in _p:
    _t.append([p["name"], wareki(p["dob"]), pension_no(), wareki(p["hire"]), "嘱託（1年更新）", "無期雇用"])
M(25, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], ["personal_data"],
  "five employees' 基礎年金番号 and birth dates in a DOCX table to an external 社労士",
  "iso-2022-jp", OTAKA, [KASAI], "65歳超雇用推進助成金（高年齢者無期雇用転換コース）対象者",
  """葛西先生

お世話になっております。大鷹です。
ベイサイド整備様の高年齢者無期雇用転換コースの対象者一覧をWordでお送りします。
年金の受給状況を確認したいとのことでしたので、基礎年金番号も入れてあります。
""" + SIG["otaka"],
  attachments=[{"kind": "docx", "name": "無期転換対象者一覧_ベイサイド整備.docx",
                "paragraphs": ["高年齢者無期雇用転換コース　対象労働者一覧", "事業主：株式会社ベイサイド整備"],
                "tables": [_t]}])

# 026 — internal only: checking a representative's My Number against the notice
_mn = next_my_number()
M(26, "pass", ["JP_MY_NUMBER", "PERSON_NAME"], [],
  "a representative's My Number, but the mail stays inside the company",
  "iso-2022-jp", URUSHI, [KUZE],
  "【要確認】十河様の個人番号 転記ミスの有無",
  f"""久世部長

花筏様の件で1点確認させてください。
先方からいただいた通知カード写しの番号と、こちらで転記した番号が一致しているか
ダブルチェックをお願いできますでしょうか。

　十河 浩二 様　{_mn}

原本の写しは金庫（B-3）のクリアファイルに入っています。
確認後、この番号は私の方で申請システム以外からは削除します。

漆原
""")

# 027 — corrupt XLSX to a client
M(27, "stop", [], ["unscannable_attachment"],
  "the attached workbook is damaged and cannot be read",
  "cp932", TAIRA, [YAMASE], "経費明細表の差し替え版",
  """ヤマセ木工 ご担当者様

お世話になっております。平良です。
先ほどの経費明細表に計算誤りがありましたので、差し替え版をお送りします。
お手数ですが、前のファイルは破棄してください。

平良
""",
  attachments=[{"kind": "corrupt", "name": "経費明細表_差替.xlsx"}])

# 028 — question to the 労働局 (go.jp): no personal data
M(28, "pass", [], [],
  "inquiry to a labour bureau about requirements; reference numbers only",
  "iso-2022-jp", SAEKI, [ROUDOU], "支給要件に関する照会（受付番号 24-CU-03318）",
  """北関東労働局 職業対策課 助成金センター
ご担当者様

いつもお世話になっております。
日の出産業株式会社 経営支援コンサルティング部の佐伯と申します。
事業主（株式会社アルペン精密工業）から委任を受け、下記の申請について照会いたします。

　受付番号：24-CU-03318（キャリアアップ助成金 正社員化コース）

転換後6か月間の賃金について、賞与を支給対象期に含めて計算してよいか、
また、固定残業代を含めた額で3%以上増額の判定をしてよいかをご教示ください。

お忙しいところ恐縮ですが、よろしくお願い申し上げます。
""" + SIG["saeki"])

# 029 — seminar invitation with three parties visible (one company, two free-mail owners)
M(29, "stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  "a company and two private business owners on free mail all visible in To",
  "cp932", ONODERA, [ALPEN, BAKERY, "雲母 様 <kirara.design.office@yahoo.co.jp>"],
  "11/20 補助金活用セミナーのご案内",
  """皆さま

いつもお世話になっております。日の出産業の小野寺です。
11月20日（水）にさくらホテルにて「中小企業のための補助金活用セミナー2024」を開催します。
日頃ご支援させていただいている皆さまに、優先してご案内しております。

　第1部　2025年度 補助金・助成金の動向（中小企業診断士 大鷹）
　第2部　採択される事業計画書のつくり方
　第3部　個別相談会（事前予約制・1社20分）

参加ご希望の方は、このメールにご返信ください。
""" + SIG["onodera"])

# 030 — one private business owner on free mail (no personal data)
M(30, "pass", [], ["freemail_recipient"],
  "one free-mail client (sole proprietor); no personal data",
  "iso-2022-jp", TAIRA, [BAKERY], "持続化補助金 申請までの流れ",
  """山ノ内ベーカリー
山ノ内様

先日はお時間をいただきありがとうございました。日の出産業の平良です。
小規模事業者持続化補助金の申請までの流れを、あらためてまとめました。

１．GビズIDプライムの取得（2〜3週間かかります。まずこちらからお願いします）
２．経営計画書・補助事業計画書の作成（私が下書きを作り、山ノ内様に確認いただきます）
３．商工会で事業支援計画書（様式4）の発行を依頼
４．電子申請（締切の1週間前を目標）

補助対象として、新しいオーブンの導入費と、チラシ・ホームページの制作費を想定しています。
オーブンの見積書が届きましたら写真で構いませんので送ってください。
""" + SIG["taira"])

# 031 — HTML-only table of seven part-timers with phones → 社労士法人
_p = people(7, rare_every=4, hired=(2023, 2024))
_rows = [["No.", "氏名", "雇入日", "時給", "週所定労働時間", "連絡先"]]
for i, p in enumerate(_p, 1):
    _rows.append([str(i), p["name"], ymd(p["hire"], "."), f"{p['hourly']:,}円", f"{R.choice([20, 24, 25, 30])}時間", p["mobile"]])
M(31, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "HTML table of seven part-timers' names, wages and mobile numbers to an external 社労士法人",
  "utf-8", SAEKI, [MINATO], "社会保険適用拡大（短時間労働者）対象者一覧",
  html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>社会保険労務士法人みなと労務<br>相良様</p>
<p>お世話になっております。日の出産業の佐伯です。<br>
丸喜製麺様の短時間労働者の社会保険加入（キャリアアップ助成金 短時間労働者労働時間延長支援コース）の
対象者を一覧にしました。週所定労働時間の延長後の契約書は、各人と面談のうえ作成予定です。</p>
{html_table(_rows)}
<p>面談日程の調整でご本人へ直接ご連絡いただく場合は、上記の携帯番号へお願いします。</p>
<p>日の出産業株式会社 経営支援コンサルティング部<br>佐伯 美咲<br>TEL 03-5401-7720</p>
</body></html>""")

# 032 — HTML-only newsletter: programmes and deadlines
_rows = [["制度", "対象", "補助率・上限", "締切"],
         ["ものづくり補助金（第19次）", "設備投資", "1/2（小規模2/3）・750万〜2,500万円", "7/26"],
         ["IT導入補助金（通常枠 3次）", "ソフトウェア・クラウド", "1/2・450万円", "7/12"],
         ["持続化補助金（第17回）", "販路開拓", "2/3・50万〜250万円", "9/13"],
         ["業務改善助成金", "賃上げ＋設備投資", "3/4〜4/5・600万円", "12/27"]]
M(32, "pass", [], [],
  "HTML newsletter to one client: a table of programmes and deadlines, no personal data",
  "utf-8", TEAM, [SHIOSAI], "【日の出産業】補助金・助成金カレンダー 2024年7月号",
  html=f"""<html><body>
<h3 style="color:#c0392b">補助金・助成金カレンダー 2024年7月号</h3>
<p>潮騒水産 ご担当者様<br>いつもお世話になっております。今月の主な公募情報をお届けします。</p>
{html_table(_rows)}
<p>※締切はいずれも電子申請の受付締切です。準備期間として1か月以上を見込んでください。<br>
※個別のご相談は担当コンサルタントまでお気軽にどうぞ。</p>
<hr><p style="font-size:8pt">日の出産業株式会社 経営支援コンサルティング部<br>
配信停止をご希望の方は josei-support@hinode-sangyo.co.jp までご連絡ください。</p>
</body></html>""")

# 033 — representative's health-insurance card details for the bank's identity check
_p = person(born=(1964, 1972))
M(33, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"], ["personal_data"],
  "the representative's 健康保険証 記号・番号 with birth date and home address to the bank",
  "cp932", URUSHI, [MIDORI], "潮騒水産様 代表者さま本人確認書類の件",
  f"""みどり銀行 法人営業部
坪井様

お世話になっております。日の出産業の漆原です。
潮騒水産様のつなぎ融資（補助金入金までの運転資金）の件で、代表者様の本人確認書類について
運転免許証をお持ちでないため、健康保険証で対応したいとのことです。記載内容は以下のとおりです。

　氏名　　：{_p['name']}
　生年月日：{wareki(_p['dob'])}
　住所　　：{_p['addr']}
　保険者　：全国健康保険協会 南山支部
　記号　　：{R.randint(10000000, 99999999)}　番号：{R.randint(1, 99)}

写しの原本は次回ご訪問時にお持ちします。
""" + SIG["urushi"])

# 034 — representative's driver's licence number → 信用保証協会
M(34, "stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE"], ["personal_data"],
  "the representative's driver's licence number to the credit guarantee corporation",
  "iso-2022-jp", URUSHI, [CGC], "保証申込書 添付書類の補足（ヤマセ木工）",
  f"""南山県信用保証協会
保証課 ご担当者様

いつもお世話になっております。日の出産業株式会社の漆原でございます。
ヤマセ木工様の保証申込につきまして、申込書別紙の本人確認欄が空欄となっておりました。
大変失礼いたしました。以下のとおり補足いたします。

　代表社員　瓜生 勝利
　運転免許証番号　第{R.randint(10, 99)}{R.randint(1000000000, 9999999999)}号
　有効期限　令和9年8月12日まで

何卒よろしくお願い申し上げます。
""" + SIG["urushi"])

# 035 — reply whose licence number sits only in the quoted original
_lic = f"{R.randint(10, 99)}{R.randint(1000000000, 9999999999)}"
M(35, "pass", [], [],
  "the licence number appears only in the quoted earlier mail; the new text has none",
  "iso-2022-jp", URUSHI, [CGC], "RE: 保証申込書 添付書類の補足（ヤマセ木工）",
  f"""南山県信用保証協会
保証課 三ツ矢様

ご連絡ありがとうございます。
審査に入っていただけたとのこと、承知いたしました。
面談日は10月8日（火）10時で先方にも確定のご連絡をいたしました。当日は私も同席いたします。

漆原

-----Original Message-----
From: 南山県信用保証協会 <hosho-madoguchi@minamiyama-cgc.or.jp>
Sent: Thursday, October 3, 2024 4:18 PM
To: urushibara.takuma@hinode-sangyo.co.jp
Subject: RE: 保証申込書 添付書類の補足（ヤマセ木工）

日の出産業 漆原様

補足ありがとうございます。以下の内容で受け付けました。
　代表社員　瓜生 勝利 様　運転免許証番号　第{_lic}号
代表者様との面談を10月8日（火）10時でお願いできますでしょうか。

南山県信用保証協会 保証課 三ツ矢
""")

# 036 — attached (forwarded) mail with eight part-timers' addresses
_p = people(8, rare_every=3, hired=(2024, 2024))
_inner = "\n\n".join(f"【{i}】{p['name']}（{p['kana']}）\n　住所：〒{p['zip']} {p['addr']}\n　雇入日：{ymd(p['hire'])}"
                     for i, p in enumerate(_p, 1))
M(36, "stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
  "an attached client mail with eight new part-timers' home addresses, sent on to the 社労士",
  "cp932", TAKAMINE, [KASAI], "FW: トライアル雇用 対象者（8名）の住所",
  """葛西先生

こもれびケアサービス様からのメールを添付で転送いたします。
トライアル雇用助成金の対象者8名の住所です（ハローワーク紹介状と照合済み）。

高嶺
""",
  attachments=[{"kind": "eml", "name": "トライアル雇用対象者.eml",
                "message": {"charset": "iso-2022-jp", "sender": "こもれびケア 総務部 <soumu@komorebi-care.co.jp>",
                            "to": ["takamine.yuka@hinode-sangyo.co.jp"],
                            "subject": "トライアル雇用 対象者の住所",
                            "body": "高嶺様\n\nお世話になっております。対象者の住所をお送りします。\n\n" + _inner +
                                    "\n\n以上8名です。\nこもれびケアサービス 総務部 新垣\n"}}])

# 037 — three seminar attendees with mobiles to the hotel (below the list threshold)
_p = people(3)
M(37, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "three attendees' names and mobiles to the venue: fewer than five people",
  "utf-8", ONODERA, ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
  "11/20 セミナー 登壇者・スタッフの件",
  f"""さくらホテル 宴会予約係 ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
11/20の桜の間のご利用に関して、当日の控室（楓の間）を使用する登壇者・スタッフは以下の3名です。
当日の緊急連絡先として携帯番号を記載しております。

　{_p[0]['name']}（登壇者） {_p[0]['mobile']}
　{_p[1]['name']}（登壇者） {_p[1]['mobile']}
　{_p[2]['name']}（受付）　 {_p[2]['mobile']}

よろしくお願いいたします。
""" + SIG["onodera"])

# 038 — meant for a colleague, sent to a look-alike of our own domain
_p = people(4)
M(38, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
  "recipient domain hinode-sangyou.co.jp imitates our own hinode-sangyo.co.jp",
  "iso-2022-jp", TAIRA, ["高嶺 由香 <takamine.yuka@hinode-sangyou.co.jp>"],
  "明日の面談対象者（こもれびケア様）",
  "高嶺さん\n\n明日のこもれびケア様訪問で面談する方の連絡先です。遅れる場合は直接連絡してください。\n\n"
  + "\n".join(f"{p['name']}　{p['mobile']}" for p in _p) + "\n\n平良\n")

# 039 — internal only: a 社外秘 analysis shared inside the team
M(39, "pass", [], [],
  "a document marked 社外秘, but all recipients are internal",
  "cp932", KUZE, ["josei-support@hinode-sangyo.co.jp"], "【社外秘】2024年度上期 採択実績と報酬単価の見直し",
  """チーム各位

上期の採択実績をまとめました。【社外秘】ですので、顧客への転送は厳禁です。

　ものづくり補助金　　申請 22件／採択 14件（63.6%）
　事業再構築補助金　　申請  9件／採択  5件（55.6%）
　持続化補助金　　　　申請 31件／採択 24件（77.4%）
　IT導入補助金　　　　申請 17件／採択 15件（88.2%）

下期から、再構築の成功報酬率を12%→10%に下げ、着手金を5万円上げる案を検討しています。
来週の定例でご意見ください。

久世
""",
  attachments=[{"kind": "xlsx", "name": "採択実績_2024上期.xlsx", "page_header": "社外秘",
                "sheets": {"実績": [["制度", "申請", "採択", "採択率"], ["ものづくり", 22, 14, 0.636],
                                   ["再構築", 9, 5, 0.556], ["持続化", 31, 24, 0.774], ["IT導入", 17, 15, 0.882]]}}])

# 040 — password-protected PDF to a client
M(40, "stop", [], ["unscannable_attachment"],
  "the PDF is password-protected: it cannot be inspected",
  "iso-2022-jp", SAEKI, [MARUKI], "申請書控え（PDF）のご送付",
  """丸喜製麺株式会社
丸山様

お世話になっております。佐伯です。
ものづくり補助金の電子申請が完了しましたので、申請書の控えをお送りします。
PDFを開く際のパスワードは、いつものとおり御社の電話番号下4桁です。

申請番号：MONO19-0027714
採択発表は9月下旬の予定です。
""" + SIG["saeki"],
  attachments=[{"kind": "pdf", "name": "申請書控え_MONO19-0027714.pdf", "password": "5512",
                "lines": ["ものづくり・商業・サービス生産性向上促進補助金 申請書（控）", "申請者：丸喜製麺株式会社"]}])


# ======================================================================================
# 041–060
# ======================================================================================

# 041 — a vendor's quotation (PDF) passed on to the client: company data only
_kc = corp_number()
M(41, "pass", ["JP_CORPORATE_NUMBER"], ["personal_data"],
  "a supplier's quotation with its T-number and product codes: business data only",
  "cp932", OTAKA, [ALPEN], "川崎電機様 見積書（5軸加工機）のご共有",
  """アルペン精密工業 総務部 ご担当者様

お世話になっております。大鷹です。
ものづくり補助金の相見積の1社目として、川崎電機様から見積書が届きましたので共有いたします。
2社目（他メーカー）は来週届く予定です。仕様が揃っているかご確認ください。
""" + SIG["otaka"],
  attachments=[{"kind": "pdf", "name": "御見積書_KD-Q24-1187.pdf", "title": "御見積書",
                "lines": ["御見積書　No. KD-Q24-1187", "アルペン精密工業株式会社 御中", "",
                          f"川崎電機株式会社　登録番号 T{_kc}",
                          "神奈川県川崎市幸区堀川町580-3　TEL 044-511-2200（代表）", "",
                          "有効期限：発行日より60日"],
                "table": [["品番", "品名", "数量", "単価", "金額"],
                          ["KD-5AX-600", "5軸制御マシニングセンタ", "1", "28,600,000", "28,600,000"],
                          ["KD-OP-117", "自動工具交換装置（60本）", "1", "2,150,000", "2,150,000"],
                          ["SV-INST", "据付・試運転調整費", "1", "980,000", "980,000"],
                          ["", "小計", "", "", "31,730,000"], ["", "消費税（10%）", "", "", "3,173,000"]]}])

# 042 — PPTX for the training company with six trainees' birth dates
_p = people(6, rare_every=3, born=(1985, 2002))
_slide = ["受講者一覧（6名）"] + [f"{p['name']}（{p['kana']}）　{ymd(p['dob'])}生　製造部" for p in _p]
M(42, "stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
  "a PPTX slide lists six trainees with birth dates, sent to an external training company",
  "utf-8", SAEKI, ["まなびや研修 企画営業部 <kenshu@manabiya-training.co.jp>"],
  "人材開発支援助成金 訓練実施計画（丸喜製麺様）",
  """まなびや研修株式会社
企画営業部 ご担当者様

お世話になっております。日の出産業の佐伯です。
丸喜製麺様向けOFF-JT（品質管理基礎 20時間）の訓練実施計画をスライドにまとめました。
受講者の年齢により助成率が変わるため、受講者一覧も載せています。
受講日程の確定をお願いいたします。
""" + SIG["saeki"],
  attachments=[{"kind": "pptx", "name": "訓練実施計画_丸喜製麺.pptx", "title": "訓練実施計画",
                "slides": [["人材開発支援助成金 訓練実施計画", "事業主：丸喜製麺株式会社", "コース：人材育成支援コース"],
                           ["訓練概要", "訓練名：品質管理基礎（HACCP対応）", "時間：20時間（5日間×4時間）",
                            "実施機関：まなびや研修株式会社"],
                           _slide,
                           ["スケジュール", "計画届提出：8/30まで", "訓練実施：10/7〜10/11", "支給申請：訓練終了後2か月以内"]]}])

# 043 — PPTX overview deck for a client (no personal data)
M(43, "pass", [], [],
  "a general overview deck for a client; no personal data",
  "iso-2022-jp", OTAKA, [SHIOSAI], "本日のご説明資料（使える補助金・助成金の整理）",
  """潮騒水産 ご担当者様

本日はお時間をいただきありがとうございました。
ご説明に使用した資料をお送りします。社内でのご検討にお役立てください。

次回は冷凍設備の入替スケジュールを伺ったうえで、ものづくり補助金と
省力化投資補助金のどちらが有利か比較表をお持ちします。
""" + SIG["otaka"],
  attachments=[{"kind": "pptx", "name": "潮騒水産様_補助金整理_20240612.pptx", "page_footer": "© Hinode Sangyo",
                "slides": [["潮騒水産様　活用可能な補助金・助成金", "2024年6月12日　日の出産業株式会社"],
                           ["設備投資系", "ものづくり補助金（冷凍設備・加工ライン）", "中小企業省力化投資補助金（カタログ型）"],
                           ["人材系", "業務改善助成金（賃上げ＋設備）", "人材開発支援助成金（技能実習・OFF-JT）"],
                           ["次のステップ", "見積取得（2社）", "事業計画の骨子作成", "GビズIDの確認"]]}])

# 044 — client's business plan stamped 極秘 sent to the tax accountant
M(44, "stop", [], ["confidential_marking"],
  "attached business plan carries a 極秘 stamp in its page header",
  "cp932", URUSHI, [SEIREI], "事業再構築補助金 事業計画書（数値計画のご確認依頼）",
  """税理士法人青嶺会計
田所様

お世話になっております。日の出産業の漆原です。
ベイサイド整備様の事業計画書（第4版）をお送りします。
5か年の付加価値額・給与支給総額の計画値が、決算の実績値と整合しているか
ご確認いただけますでしょうか。今週中にいただけると助かります。
""" + SIG["urushi"],
  attachments=[{"kind": "docx", "name": "ベイサイド整備_事業計画書_v4.docx", "page_header": "極秘",
                "title": "事業計画書（極秘）",
                "paragraphs": ["極秘　株式会社ベイサイド整備　事業再構築補助金 事業計画書（第4版）",
                               "1. 現在の事業の状況と課題：車検・一般整備（売上比率 82%）",
                               "2. 新事業：EV・ハイブリッド車専用の整備・バッテリー診断サービス",
                               "3. 投資計画：EV対応リフト、絶縁工具一式、診断機（総額 3,420万円）"],
                "tables": [[["年度", "売上高", "付加価値額", "給与支給総額"],
                            ["基準年", "213,070", "88,410", "61,200"], ["1年目", "224,000", "92,300", "63,100"],
                            ["3年目", "262,500", "104,900", "67,800"], ["5年目", "301,800", "118,600", "72,400"]]]}])

# 045 — business plan draft to the client (no marking, only the representative's name)
M(45, "pass", [], [],
  "a business plan draft to the client; only the representative's name, no marking",
  "utf-8", OTAKA, [MARUKI], "事業計画書（ドラフト第2版）",
  """丸山社長

お世話になっております。大鷹です。
事業計画書のドラフト第2版をお送りします。前回いただいたコメント（乾燥工程の歩留まり、
新規販路の飲食チェーン2社）を反映しました。黄色マーカー部分をご確認ください。
""" + SIG["otaka"],
  attachments=[{"kind": "docx", "name": "丸喜製麺_事業計画書_draft2.docx",
                "paragraphs": ["ものづくり補助金 事業計画書（ドラフト第2版）",
                               "申請者：丸喜製麺株式会社　代表取締役 丸山 喜一郎",
                               "1. 補助事業の目的：乾燥工程の自動化による生産性向上と冷凍生麺の新商品化",
                               "2. 課題：乾燥工程の歩留まり 91.2%、繁忙期の残業時間 月平均38時間",
                               "3. 導入設備：連続式麺乾燥機、急速冷凍機（スパイラル式）",
                               "4. 効果：歩留まり 97%以上、労働生産性 年率4.1%向上"]}])

# 046 — a new hire's criminal record / probation (協力雇用主) → 社労士
_p = person(born=(1990, 1999), hired=(2024, 2024))
M(46, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "an identified new hire's criminal record and probation status: 要配慮個人情報",
  "iso-2022-jp", TAKAMINE, [KASAI], "刑務所出所者等の雇入れに係る支援制度の確認",
  f"""葛西先生

お世話になっております。高嶺です。
ヤマセ木工様が協力雇用主として、{wareki(_p['hire'])}付で1名を雇い入れられました。

　氏名：{_p['name']}（{_p['hire'].year - _p['dob'].year}歳）
　経緯：窃盗罪で服役後、本年3月に仮釈放。現在保護観察中（保護観察所の紹介）
　職種：木工職人見習い（正社員）

トライアル雇用助成金と、保護観察所の就労奨励金の両方が使えるかどうか、
併給調整の点を含めてご確認いただけますでしょうか。
""" + SIG["takamine"])

# 047 — TXT attachment: seven employees' hourly wages before/after (業務改善助成金)
_p = people(7, rare_every=3, hired=(2015, 2023))
_txt = "業務改善助成金　賃金引上げ対象労働者（旅館 花筏）\n\n"
for p in _p:
    _txt += f"{p['name']}\t雇入 {ymd(p['hire'])}\t引上げ前 {p['hourly']}円\t引上げ後 {p['hourly'] + 60}円\n"
_txt += "\n引上げ日：2024年11月1日（就業規則 賃金規程 第5条改定）\n"
M(47, "stop", ["PERSON_NAME"], ["personal_data"],
  "a TXT file listing seven employees' hire dates and wages, sent to an external 税理士法人",
  "utf-8", SAEKI, [SEIREI], "花筏様 賃金引上げ対象者（テキスト）",
  """田所様

お世話になっております。佐伯です。
花筏様の賃上げ対象者をテキストで整理しました。賃金台帳との照合をお願いします。
（Excelが開けない環境とのことでしたのでテキストにしています）

佐伯
""",
  attachments=[{"kind": "txt", "name": "hanaikada_chinage_taisho.txt", "text": _txt}])

# 048 — plain ZIP: CSV of ten employees (addresses, birth dates) + cover letter → 社労士法人
_p = people(10, rare_every=4)
_rows = [["氏名", "生年月日", "性別", "郵便番号", "住所", "雇用形態", "入社日"]]
for p in _p:
    _rows.append([p["name"], ymd(p["dob"]), R.choice(["男", "女"]), p["zip"], p["addr"],
                  R.choice(["正社員", "パート", "契約社員"]), ymd(p["hire"])])
M(48, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
  "a (not encrypted) ZIP holding a CSV of ten employees' addresses and birth dates",
  "cp932", TAIRA, [MINATO], "こもれびケア様 労働者名簿一式（ZIP）",
  """社会保険労務士法人みなと労務
相良様

お世話になっております。平良です。
こもれびケアサービス様の労働者名簿と送付状をZIPにまとめてお送りします。
人材確保等支援助成金（介護福祉機器助成コース）の計画申請に添付する分です。
""" + SIG["taira"],
  attachments=[{"kind": "zip", "name": "komorebi_roudousha_meibo.zip",
                "files": [{"kind": "csv", "name": "労働者名簿.csv", "rows": _rows, "encoding": "utf-8"},
                          {"kind": "docx", "name": "送付状.docx",
                           "paragraphs": ["送付状", "社会保険労務士法人みなと労務 御中", "労働者名簿 1部"]}]}])

# 049 — ZIP of blank forms (no personal data)
M(49, "pass", [], [],
  "ZIP of blank application forms; nothing personal",
  "iso-2022-jp", TAKAMINE, [BAYSIDE], "様式一式（記入用）のご送付",
  """ベイサイド整備 総務 ご担当者様

お世話になっております。高嶺です。
65歳超雇用推進助成金の申請に使う様式一式（記入用）をZIPでお送りします。
黄色のセルだけご記入いただければ、残りはこちらで作成します。
""" + SIG["takamine"],
  attachments=[{"kind": "zip", "name": "様式一式_65歳超.zip",
                "files": [{"kind": "docx", "name": "様式第1号_計画書.docx",
                           "paragraphs": ["65歳超雇用推進助成金 高年齢者無期雇用転換計画書", "事業主名：", "所在地：", "代表者氏名："]},
                          {"kind": "xlsx", "name": "様式第2号_対象者一覧.xlsx",
                           "sheets": {"様式2": [["No", "氏名", "生年月日", "雇入日", "転換日"], [1, "", "", "", ""],
                                                [2, "", "", "", ""], [3, "", "", "", ""]]}}]}])

# 050 — EITHER: an employee's father's care level and dementia (介護離職防止支援)
_p = person(born=(1972, 1982))
M(50, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "the health (要介護3, 認知症) is the employee's father's, named only by relation: arguably identifiable",
  "cp932", SAEKI, [KASAI], "介護離職防止支援コース 対象者の状況",
  f"""葛西先生

お世話になっております。佐伯です。
こもれびケアサービス様で、介護離職防止支援コースの対象になりそうな方がいらっしゃいます。

　対象者：{_p['name']}さん（介護職・正社員）
　状況　：同居のお父様が要介護3（認知症の進行あり）、来月から介護休業を1か月取得予定
　その後：短時間勤務（6時間）で復職の意向

介護支援プランの作成と面談記録の様式について、先生のひな形を使わせていただけますか。
""" + SIG["saeki"])

# 051 — full-width padded table, 和暦 birth dates, ten trainees (雇調金 教育訓練)
_p = people(10, rare_every=3, born=(1960, 1999))
_rows = [["氏名", "生年月日", "訓練日", "訓練内容"]]
for p in _p:
    _rows.append([p["name"], wareki(p["dob"], "fw"), fw(f"{R.randint(10, 11)}/{R.randint(1, 28)}"),
                  R.choice(["安全衛生教育", "フォークリフト講習", "品質管理研修", "ＰＣ基礎"])])
M(51, "stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
  "ten employees with 和暦 birth dates in a full-width padded table to an external 社労士",
  "iso-2022-jp", OTAKA, [KASAI], "雇調金（教育訓練）受講者一覧",
  f"""葛西先生

お世話になっております。大鷹です。
ベイサイド整備様で休業に代えて実施した教育訓練の受講者一覧です。
先方がWordで作った表をそのまま貼り付けていますので、見づらい点はご容赦ください。

{fw_table(_rows)}

訓練日の出勤簿と、受講レポートは別途郵送します。
""" + SIG["otaka"])

# 052 — full-width digits and 和暦, nothing personal
M(52, "pass", [], [],
  "amounts, dates and application numbers in full-width digits; no personal data",
  "cp932", TAIRA, [YAMASE], "交付決定のお知らせ（事業承継・引継ぎ補助金）",
  """合同会社ヤマセ木工
ご担当者様

お世話になっております。平良です。
本日、事務局より交付決定通知が届きましたのでお知らせします。

　申請番号　　：ＪＳ５－００４１８２
　交付決定日　：令和６年７月１９日
　交付決定額　：４，０００，０００円（補助率２／３）
　事業実施期間：交付決定日〜令和７年１月３１日

交付決定日より前に発注・契約したものは補助対象外となりますので、
設備の発注はこれからお願いします。実績報告の期限は令和７年２月１０日です。
""" + SIG["taira"])

# 053 — one record per block: five new hires aged 60+ (特開金)
_p = people(5, rare_every=2, born=(1957, 1964), hired=(2024, 2024))
_blocks = "\n\n".join(
    f"■{p['name']}（{p['kana']}）\n　生年月日：{wareki(p['dob'])}\n　住所：〒{p['zip']}　{p['addr']}\n"
    f"　電話：{p['mobile']}\n　雇入日：{wareki(p['hire'])}　職種：{R.choice(['清掃', '配送助手', '調理補助', '検品'])}"
    for p in _p)
M(53, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
  "five new hires, one block each, with birth date, home address and phone, to an external 社労士法人",
  "utf-8", TAKAMINE, [MINATO], "特開金（特定就職困難者コース・60歳以上）新規雇入れ5名の情報",
  f"""相良様

お世話になっております。高嶺です。
丸喜製麺様で60歳以上の方を5名、ハローワークの紹介で雇い入れました。雇入れ時点の年齢要件の確認をお願いします。

{_blocks}

以上です。ハローワークの紹介状はすべて揃っています。
""" + SIG["takamine"])

# 054 — four people in blocks (below the threshold)
_p = people(4, born=(1990, 2004), hired=(2024, 2024))
_blocks = "\n".join(f"（{i}）{p['name']}　{wareki(p['dob'], 'short')}生　TEL {p['mobile']}"
                    for i, p in enumerate(_p, 1))
M(54, "pass", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
  "four new hires' details to the 社労士: fewer than five people",
  "iso-2022-jp", ONODERA, [KASAI], "トライアル雇用 開始者（4名）",
  f"""葛西先生

いつもお世話になっております。小野寺です。
潮騒水産様でトライアル雇用を開始した4名です。開始日はいずれも10月1日です。

{_blocks}

実施計画書は開始日から2週間以内にハローワークへ提出が必要ですので、
今週中に先生の事務所へお届けします。
""" + SIG["onodera"])

# 055 — tab-separated payroll excerpt, nine part-timers → 税理士法人
_p = people(9, rare_every=4)
_tsv = "氏名\t所属\t9月労働時間\t時給\t総支給額\n" + "\n".join(
    f"{p['name']}\t{R.choice(['客室', '厨房', 'フロント', '清掃'])}\t{R.randint(60, 130)}\t{p['hourly']}\t{p['hourly'] * R.randint(60, 130):,}"
    for p in _p)
M(55, "stop", ["PERSON_NAME"], ["personal_data"],
  "a tab-separated payroll excerpt of nine part-timers sent to an external 税理士法人",
  "cp932", SAEKI, [SEIREI], "Re: 花筏様 9月分賃金台帳の抜粋",
  f"""田所様

ご依頼の9月分、パートタイマーの賃金台帳の抜粋です。Excelからそのまま貼り付けています。

{_tsv}

フルタイムの方の分は明日お送りします。
佐伯

> 9月分の賃金台帳のうち、パートの方の分だけ先にいただけますか。
> 田所
""")

# 056 — tab-separated list of client companies (businesses) with corporate numbers
_rows = []
for name, pref, prog, due in [("株式会社あかね工務店", "南山県旭ヶ丘市", "省力化投資補助金", "10/31"),
                              ("有限会社ひばり商店", "南山県北山町", "持続化補助金", "9/13"),
                              ("株式会社タカセ製作所", "群馬県高崎市", "ものづくり補助金", "7/26"),
                              ("合同会社ミナミ農園", "南山県南浜市", "業務改善助成金", "12/27"),
                              ("株式会社オーシャンリネン", "千葉県市原市", "事業再構築補助金", "申請済"),
                              ("有限会社大泉運送", "埼玉県越谷市", "IT導入補助金", "7/12"),
                              ("株式会社さつき薬局", "南山県旭ヶ丘市", "IT導入補助金", "申請済"),
                              ("株式会社ウエダ精工", "岐阜県大垣市", "ものづくり補助金", "7/26")]:
    _rows.append(f"{name}\t{corp_number()}\t{pref}\t{prog}\t{due}")
M(56, "pass", ["JP_CORPORATE_NUMBER"], ["personal_data"],
  "a list of companies with 法人番号 and programmes: businesses, not people",
  "iso-2022-jp", KUZE, [MORIOKA], "ご紹介いただいた顧問先様の進捗一覧",
  """森岡先生

いつも顧問先様をご紹介いただきありがとうございます。久世です。
ご紹介いただいた8社の進捗を一覧にしました。

会社名\t法人番号\t所在地\t制度\t締切
""" + "\n".join(_rows) + """

タカセ製作所様とウエダ精工様は、決算書の最新期が未着ですので、
お手すきの際に先生からもお声がけいただけますと助かります。
""" + SIG["kuze"])

# 057 — comma-separated: six trainees' mobiles and e-mails to the training company
_p = people(6, rare_every=3)
_csvtext = "氏名,フリガナ,携帯電話,メールアドレス\n" + "\n".join(
    f"{p['name']},{p['kana']},{p['mobile']},{p['mail']}" for p in _p)
M(57, "stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
  "six trainees' private mobiles and e-mail addresses pasted as CSV to an external training company",
  "utf-8", TAIRA, ["まなびや研修 受付 <uketsuke@manabiya-training.co.jp>"],
  "eラーニング受講者のアカウント登録依頼（アルペン精密工業様）",
  f"""まなびや研修株式会社
受付ご担当者様

お世話になっております。日の出産業の平良です。
人材開発支援助成金（事業展開等リスキリング支援コース）で受講するeラーニングの
アカウント登録をお願いします。受講者6名の情報は以下のとおりです。

{_csvtext}

ログイン情報は各自のメールアドレスに直接お送りください。
""" + SIG["taira"])

# 058 — comma list of support offices (businesses) to a free-mail client
M(58, "pass", [], ["freemail_recipient"],
  "a list of public support offices with their switchboards, to one free-mail client",
  "iso-2022-jp", ONODERA, [KIRARA], "無料相談窓口のご案内",
  """雲母デザイン事務所
雲母様

先日はセミナーにご参加いただきありがとうございました。小野寺です。
ご質問のあった、無料で相談できる公的窓口を一覧にしました。

窓口,所在地,電話,備考
南山県よろず支援拠点,南山市中央2-1,027-210-8840,予約制・何度でも無料
旭ヶ丘商工会議所,旭ヶ丘市本町4-3,0276-45-1120,会員以外も相談可
南山県事業承継・引継ぎ支援センター,南山市中央2-1,027-210-8852,承継のご相談
中小企業119（専門家派遣）,オンライン,0570-00-0119,3回まで無料
旭ヶ丘市産業振興課,旭ヶ丘市役所3階,0276-40-1111,市独自の補助金

弊社へのご依頼でなくても構いませんので、まずはお気軽にご活用ください。
""" + SIG["onodera"])

# 059 — 「・」bullets: five employees' wage increases, sent to the labour bureau
_p = people(5, rare_every=2, hired=(2012, 2022))
_b = "\n".join(f"・{p['name']}（雇入 {wareki(p['hire'], 'short')}）時給 {p['hourly']}円 → {p['hourly'] + 45}円" for p in _p)
M(59, "stop", ["PERSON_NAME"], ["personal_data"],
  "bullet list of five named employees' hire dates and wages, to the labour bureau (still external)",
  "cp932", SAEKI, [ROUDOU], "業務改善助成金 交付申請の事前確認（賃金引上げ対象者）",
  f"""北関東労働局 雇用環境・均等室
業務改善助成金 ご担当者様

お世話になっております。日の出産業株式会社の佐伯でございます。
旭ヶ丘市の潮騒水産（事業場番号 10-3-05-112）の交付申請に先立ち、
賃金引上げの対象労働者について事前にご確認をお願いしたく、ご連絡いたしました。

{_b}

事業場内最低賃金は現在 {min(p['hourly'] for p in _p)}円です。45円コースでの申請を予定しております。
""" + SIG["saeki"])

# 060 — 「・」bullets: a checklist of documents (nothing personal)
M(60, "pass", [], [],
  "a checklist of required documents; no personal data",
  "utf-8", TAKAMINE, [KOMOREBI], "支給申請に必要な書類のご案内",
  """株式会社こもれびケアサービス
総務部 ご担当者様

お世話になっております。高嶺です。
人材確保等支援助成金（介護福祉機器助成コース）の支給申請に向けて、
以下の書類のご準備をお願いします。

・導入した機器の納品書、請求書、領収書（振込控え）の写し
・機器の設置写真（設置場所がわかるもの）
・導入効果の把握のためのアンケート（様式第5号、職員の回答分）
・離職率の算定に使う雇用保険の資格取得・喪失の届出の控え
・就業規則（機器導入後の改定箇所があれば）

提出期限は、導入効果の把握期間の末日から2か月以内（3月31日）です。
ご不明点はお気軽にどうぞ。
""" + SIG["takamine"])


# ======================================================================================
# 061–080
# ======================================================================================

# 061 — legacy XLS: six people with rare surnames and kana, basic pay revision
_p = people(6, rare_every=2, born=(1968, 1998))
_rows = [["キャリアアップ助成金（賃金規定等改定コース）対象労働者"], ["氏名", "フリガナ", "生年月日", "改定前基本給", "改定後基本給"]]
for p in _p:
    _rows.append([p["name"], p["kana"], wareki(p["dob"], "short"), p["monthly"], int(p["monthly"] * 1.05)])
M(61, "stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
  "legacy XLS listing six employees with kana, birth dates and pay to an external 社労士法人",
  "cp932", ONODERA, [MINATO], "賃金規定等改定コース 対象者（xls）",
  """相良様

お世話になっております。小野寺です。
ヤマセ木工様の賃金規定等改定コースの対象者です。先方のパソコンが古く、
xls形式で届いたものをそのままお送りします。5%以上の増額で申請予定です。

小野寺
""",
  attachments=[{"kind": "xls", "name": "chingin_kaitei_taisho.xls", "sheets": {"対象者": _rows}}])

# 062 — five foreign workers' passport numbers in romaji → 行政書士
_fw = R.sample(FOREIGN, 5)
_tbl = [["Name", "Nationality", "Date of birth", "Passport No.", "Expiry"]]
for name, nat in _fw:
    _tbl.append([name, nat, ymd(rand_date(1994, 2004), "-"), f"{R.choice(['C', 'P', 'B', 'EC'])}{R.randint(1000000, 9999999)}",
                 ymd(rand_date(2027, 2033), "-")])
M(62, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], ["personal_data"],
  "five foreign workers' passport numbers and birth dates to an external 行政書士",
  "utf-8", TAIRA, [GYOSEI], "技能実習生5名の旅券情報（潮騒水産様）",
  f"""橘行政書士事務所
橘先生

お世話になっております。平良です。
潮騒水産様で来月受け入れる技能実習生5名の旅券情報です。
在留資格認定証明書交付申請と、人材開発支援助成金の訓練計画で使用します。

{text_table(_tbl)}

旅券の写し（顔写真ページ）は監理団体から直接先生宛てに郵送されます。
""" + SIG["taira"])

# 063 — English: introducing one client contact to a foreign partner (one person)
M(63, "pass", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
  "one contact person's business details in an introduction mail: one person, may be warned",
  "utf-8", IIBOSHI, ["Daniel Hurst <d.hurst@brightwell-consulting.com>"],
  "Introduction: Alpen Seimitsu (precision machining) - contact person",
  """Dear Daniel,

As discussed, I would like to introduce you to our client Alpen Seimitsu Kogyo, a precision
machining company in Gunma that is considering a US sales office. Their contact person is:

  Mr. Kenichi Hashimoto, General Manager, Overseas Business
  E-mail: k.hashimoto@alpen-seimitsu.co.jp
  Direct line: +81-27-361-4418 / Mobile: +81-90-6612-3097

He speaks English and is expecting your e-mail. The company plans to apply for the
JETRO-related export promotion subsidy next spring, so the timing of your market study matters.
""" + SIG["iiboshi"] + "\n" + DISCLAIMER_EN)

# 064 — English: six employees' birth dates and salaries to a foreign parent company
_p = people(6, born=(1980, 2000))
_lines = "\n".join(f"  {i}. {p['romaji']:<22} DOB {ymd(p['dob'], '-')}   base salary JPY {p['monthly']:,}/month"
                   for i, p in enumerate(_p, 1))
M(64, "stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
  "English mail listing six employees' birth dates and salaries to an overseas parent company",
  "utf-8", IIBOSHI, ["Priya Raman <priya.raman@lionpeak-holdings.com>"],
  "Career-up subsidy - employees to be converted (Lionpeak Japan)",
  f"""Dear Priya,

For the Career-up Subsidy application of Lionpeak Japan K.K., the Tokyo office has proposed
the following six fixed-term employees for conversion to permanent (seishain) status from 1 April:

{_lines}

To qualify, each base salary must rise by at least 3% after conversion. Could you approve the
new salary bands by 15 March, so that we can file the plan with the labour bureau in time?
""" + SIG["iiboshi"])

# 065 — scheduling a call; the Japanese disclaimer mentions 機密情報 (not a marking)
M(65, "pass", [], [],
  "a scheduling mail whose standard disclaimer mentions 機密情報: not a marking",
  "iso-2022-jp", KUZE, [ALPEN], "オンライン面談のお願い（ものづくり補助金 採択後の手続き）",
  """アルペン精密工業株式会社
総務部 ご担当者様

いつもお世話になっております。日の出産業の久世です。
このたびはものづくり補助金の採択、誠におめでとうございます。

今後、交付申請・発注・実績報告と手続きが続きますので、一度オンラインで
全体スケジュールをご説明させてください。下記いずれかでご都合はいかがでしょうか。

　・9月30日（月）15:00〜
　・10月1日（火）11:00〜
　・10月2日（水）14:00〜

所要時間は45分程度です。
""" + SIG["kuze"] + "\n" + DISCLAIMER_JA)

# 066 — 【機密】 stamped on the mail itself (M&A-related application)
M(66, "stop", [], ["confidential_marking"],
  "the mail is stamped 【機密】 in its subject and first line, to an external tax office",
  "cp932", KUZE, [MORIOKA], "【機密】事業承継・引継ぎ補助金（M&A）対象案件について",
  """【機密】
森岡先生

お世話になっております。久世です。
先生の顧問先である有限会社ひばり商店様の株式譲渡の件、事業承継・引継ぎ補助金
（専門家活用枠）の申請準備を始めます。譲受側は株式会社あかね工務店様の予定です。

従業員・取引先にはまだ公表前ですので、お取扱いにはくれぐれもご注意ください。
デューデリジェンス費用の見積は来週お送りします。
""" + SIG["kuze"])

# 067 — the word 社外秘 only mentioned in passing
M(67, "pass", [], [],
  "社外秘 is only mentioned (the client would not hand over a document), not a marking",
  "iso-2022-jp", OTAKA, [KASAI], "Re: 就業規則の最新版について",
  """葛西先生

お世話になっております。大鷹です。
ベイサイド整備様の就業規則の件、先方に確認したところ、現行版は社内の規程集と一体になっており
「社外秘扱いのため原本のコピーは出せない」とのことでした。
助成金に関係する条文（第12条、第35条〜第38条）だけ抜粋して送っていただくよう
お願いしましたので、届き次第転送いたします。

大鷹

> ベイサイド整備様の就業規則の最新版をいただけますか。
> 無期転換の規定の確認に必要です。
> 葛西
""")

# 068 — three parties visible: 社労士, 税理士 and a free-mail sole proprietor
M(68, "stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  "two firms and a private owner on gmail all in To: three external parties visible to each other",
  "utf-8", TAIRA, [KASAI, MORIOKA, BAKERY], "山ノ内ベーカリー様 パート雇入れと助成金の件",
  """葛西先生、森岡先生、山ノ内様

お世話になっております。日の出産業の平良です。
山ノ内ベーカリー様で初めてパートさんを雇われるにあたり、
雇用保険の加入手続き（葛西先生）と、給与計算・年末調整（森岡先生）の
役割分担を一度整理させてください。

キャリアアップ助成金を使うには、雇入れ前にキャリアアップ計画の提出が必要なため、
来週中に三者でお電話できればと思います。ご都合のよい時間をお知らせください。
""" + SIG["taira"])

# 069 — two external organisations (client in Cc)
M(69, "pass", [], ["multiple_external_domains"],
  "the tax office in To and the client in Cc: two external organisations, a normal three-way mail",
  "cp932", SAEKI, [SEIREI], "花筏様 実績報告の提出スケジュール", cc=[HANAIKADA],
  body="""税理士法人青嶺会計 田所様
（cc：旅館 花筏 女将様）

お世話になっております。佐伯です。
業務改善助成金の実績報告の期限（事業完了日から1か月以内、または翌年度4月10日のいずれか早い日）に
向けて、以下の段取りで進めたいと思います。

　11/8　　設備（食器洗浄機）の納品・支払完了
　11/15　 田所様より支払証憑・元帳の写しをご送付
　11/22　 弊社で実績報告書を作成、女将様にご確認
　11/29　 労働局へ提出

ご都合の悪い日程があればお知らせください。
""" + SIG["saeki"])

# 070 — XLSX: three disabled employees incl. mental-health certificate → 社労士法人
_p = people(3, born=(1975, 2000), hired=(2023, 2024))
_grades = ["精神障害者保健福祉手帳 2級（うつ病）", "療育手帳 B2", "身体障害者手帳 4級（聴覚）"]
_rows = [["障害者雇用 対象者一覧（株式会社アルペン精密工業）"], ["氏名", "生年月日", "雇入日", "障害の種別・等級", "週所定"]]
for p, g in zip(_p, _grades):
    _rows.append([p["name"], ymd(p["dob"]), ymd(p["hire"]), g, "30時間"])
M(70, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
  "three named employees' disabilities and a diagnosis (うつ病) in an XLSX to an external 社労士法人",
  "iso-2022-jp", TAKAMINE, [MINATO], "障害者雇用 対象者一覧（特開金・障害者職場定着）",
  """相良様

お世話になっております。高嶺です。
アルペン精密工業様の障害者雇用に関する助成金の対象者一覧をお送りします。
特開金と、障害者雇用安定助成金（職場定着支援コース）のどちらが適用できるか
ご検討いただけますでしょうか。
""" + SIG["takamine"],
  attachments=[{"kind": "xlsx", "name": "障害者雇用_対象者一覧.xlsx", "sheets": {"対象者": _rows}}])

# 071 — internal only: the same kind of sensitive list stays inside
_p = people(3, born=(1975, 2000))
M(71, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
  "disability details of named employees, but only internal recipients",
  "cp932", TAKAMINE, [SAEKI, KUZE], "【社内】アルペン精密様 障害者雇用の対象者メモ",
  f"""佐伯さん、久世部長

明日のアルペン精密様の打合せ前の共有です（社外には出しません）。

・{_p[0]['name']}さん：精神障害者保健福祉手帳2級、通院のため月2回半休
・{_p[1]['name']}さん：療育手帳B2、ジョブコーチ支援を希望
・{_p[2]['name']}さん：身体障害者手帳4級（聴覚）、筆談ボード導入済み

助成金の対象判定は社労士法人みなと労務の相良さんに依頼中です。

高嶺
""")

# 072 — CSV with ten employees' My Numbers → 社労士
_p = people(10, rare_every=5)
_rows = [["従業員番号", "氏名", "生年月日", "住所", "個人番号"]]
for p in _p:
    _rows.append([p["emp"], p["name"], ymd(p["dob"]), p["addr"], next_my_number()])
M(72, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"], ["personal_data"],
  "a CSV with ten employees' My Numbers, birth dates and addresses to an external 社労士",
  "utf-8", ONODERA, [KASAI], "雇用保険 資格取得届用データ（潮騒水産様）",
  """葛西先生

お世話になっております。小野寺です。
潮騒水産様の新規加入者10名分、資格取得届の作成用データをお送りします。
個人番号欄も埋めてあります。

小野寺
""",
  attachments=[{"kind": "csv", "name": "shikaku_shutoku_shiosai.csv", "rows": _rows, "encoding": "utf-8"}])

# 073 — talking about My Numbers without writing any
M(73, "pass", [], [],
  "mail about how My Numbers will be handed over; no number in it",
  "iso-2022-jp", ONODERA, [KASAI], "Re: 個人番号の受け渡し方法について",
  """葛西先生

ご指摘ありがとうございます。小野寺です。
先日の資格取得届のデータに個人番号を入れてお送りしてしまった件、大変失礼いたしました。
社内でも報告し、今後マイナンバーはメールでは一切送らず、
先生の事務所でお使いのマイナンバー管理システムへ先方から直接登録いただく運用に改めます。

お手数ですが、先日のメールと添付ファイルの削除をお願いできますでしょうか。

> 小野寺様
> データ受領しました。ただ、個人番号はメールではなく別の方法でお願いします。
> 葛西
""")

# 074 — look-alike of the partner law firm (.co.jp instead of .jp)
M(74, "stop", [], ["lookalike_domain"],
  "shirakawa-law.co.jp is a look-alike (TLD swap) of the partner shirakawa-law.jp",
  "cp932", URUSHI, ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.co.jp>"],
  "補助金返還条項に関するご相談（ベイサイド整備様）",
  """白川法律事務所
白川先生

いつもお世話になっております。日の出産業の漆原です。
ベイサイド整備様が事業再構築補助金で取得する設備について、みどり銀行から
譲渡担保設定の打診がありました。補助金の財産処分制限との関係で問題がないか、
ご意見を伺えますでしょうか。金銭消費貸借契約書の案を添付いたします。
""" + SIG["urushi"],
  attachments=[{"kind": "docx", "name": "金銭消費貸借契約書（案）.docx",
                "paragraphs": ["金銭消費貸借契約書（案）", "貸主：株式会社みどり銀行　借主：株式会社ベイサイド整備",
                               "第7条（担保）借主は、本契約に基づく債務の担保として、別紙記載の設備に譲渡担保を設定する。"]}])

# 075 — the real partner law firm, same kind of request
M(75, "pass", [], [],
  "the real partner law firm domain; contract talk, no personal data",
  "iso-2022-jp", URUSHI, [SHIRAKAWA], "Re: 補助金返還条項に関するご相談（ベイサイド整備様）",
  """白川先生

ご回答ありがとうございました。
財産処分承認申請を事前に行えば、譲渡担保の設定自体は可能との点、承知いたしました。
事務局への承認申請書の作成は弊社で進め、ドラフトができましたら改めてご確認をお願いします。

漆原

> 漆原様
> 取得財産等管理台帳の作成と、担保設定前の承認申請が必要です。
> 承認前に設定すると交付決定取消・返還の対象になり得ますのでご注意ください。
> 白川
""")

# 076 — look-alike of the IT vendor (letter dropped), with the client's corporate number
_cn = corp_number()
M(76, "stop", ["JP_CORPORATE_NUMBER"], ["lookalike_domain", "personal_data"],
  "tsubasa-sytem.jp (letter dropped) imitates the partner tsubasa-system.jp",
  "utf-8", TAIRA, ["ツバサシステム 営業部 <sales@tsubasa-sytem.jp>"],
  "IT導入補助金 交付申請（潮騒水産様）申請者情報",
  f"""ツバサシステム株式会社
営業部 ご担当者様

お世話になっております。日の出産業の平良です。
潮騒水産様のIT導入補助金（通常枠）交付申請について、申請者情報をお送りします。
申請マイページの招待をお願いいたします。

　事業者名：株式会社潮騒水産
　法人番号：{_cn}
　導入ツール：在庫・出荷管理クラウド「TS-Logi」（見積番号 TS-2407-0331）
""" + SIG["taira"])

# 077 — the real IT vendor, with the client's corporate number
_cn = corp_number()
M(77, "pass", ["JP_CORPORATE_NUMBER"], ["personal_data"],
  "the real partner domain; the client's 法人番号 and a quotation number only",
  "cp932", TAIRA, [TSUBASA], "IT導入補助金 交付申請（ヤマセ木工様）申請マイページ招待のお願い",
  f"""ツバサシステム株式会社
営業部 ご担当者様

お世話になっております。平良です。
ヤマセ木工様の交付申請の件、申請マイページへの招待をお願いします。

　事業者名　：合同会社ヤマセ木工
　法人番号　：{_cn}
　導入ツール：生産管理クラウド「TS-Factory」ライト版（見積番号 TS-2407-0412）
　申請枠　　：通常枠（1プロセス以上）

招待メールの送信先は、先方の代表アドレス（yamase@yamase-mokko.jp）でお願いします。
""" + SIG["taira"])

# 078 — forward of the 社労士's calculation with seven employees' leave allowances
_p = people(7, rare_every=3)
_calc = "\n".join(f"{p['emp']:<6}{p['name']}　休業{R.randint(4, 10)}日　休業手当 {R.randint(28000, 90000):,}円" for p in _p)
M(78, "stop", ["PERSON_NAME"], ["personal_data"],
  "forward of a calculation listing seven named employees' leave allowances to the tax office",
  "iso-2022-jp", TAKAMINE, [SEIREI], "転送: 雇調金 休業手当の計算結果（アルペン精密工業様）",
  f"""田所様

社労士法人みなと労務の相良様から届いた計算結果を転送します。
休業手当の額が給与計算の結果と合っているか、ご確認をお願いできますでしょうか。

高嶺

-------- 転送メッセージ --------
From: 社会保険労務士法人みなと労務 相良 <sagara@minato-roumu.jp>
Subject: 雇調金 休業手当の計算結果（アルペン精密工業様）

高嶺様

休業手当（平均賃金の60%以上）の計算結果です。

{_calc}

以上7名分です。
""")

# 079 — forward of a payment decision to the client: company amounts only
M(79, "pass", [], [],
  "forwarded payment decision with company-level amounts only",
  "utf-8", SAEKI, [ALPEN], "支給決定のお知らせ（キャリアアップ助成金）",
  """アルペン精密工業株式会社
総務部 ご担当者様

お世話になっております。佐伯です。
労働局から支給決定の連絡がありましたので、お知らせいたします。

　支給決定日：令和6年12月6日
　コース　　：正社員化コース（有期→正規）
　支給対象　：4名分
　支給額　　：3,200,000円（800,000円×4名）
　入金予定　：決定日から2〜3週間後、届出の法人口座へ振込

支給決定通知書の原本は御社宛てに郵送されます。成功報酬のご請求書は別途お送りします。
""" + SIG["saeki"])

# 080 — an employee who was a crime victim (犯罪被害者等休暇) → 社労士
_p = person(born=(1985, 1998))
M(80, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "names an employee who was the victim of an assault and is on crime-victim leave: 要配慮個人情報",
  "cp932", SAEKI, [KASAI], "特別休暇制度（犯罪被害者等休暇）の規定整備について",
  f"""葛西先生

お世話になっております。佐伯です。
花筏様で、フロント担当の{_p['name']}さんが8月に帰宅途中で傷害事件の被害に遭われ、
現在、公判への出廷やカウンセリングのため休みが必要な状況です。

女将としては、これを機に犯罪被害者等のための特別休暇を就業規則に設けたいとのことです。
規定例と、関連して使える助成金（働き方改革推進支援助成金等）があればご教示ください。
""" + SIG["saeki"])


# ======================================================================================
# 081–100
# ======================================================================================

# 081 — text + HTML calendar of deadlines to one client
_cal = [["日付", "内容", "担当"], ["1/10", "就業規則改定案のご確認", "御社"], ["1/17", "計画届（訓練）提出", "日の出産業"],
        ["2/3", "訓練開始", "御社・まなびや研修"], ["3/28", "訓練終了・出勤簿締め", "御社"], ["5/27", "支給申請期限", "日の出産業"]]
M(81, "pass", [], [],
  "a schedule of deadlines in text and HTML; no personal data",
  "iso-2022-jp", TAKAMINE, [KOMOREBI], "今後のスケジュール（人材開発支援助成金）",
  body="""こもれびケアサービス 総務部 ご担当者様

お世話になっております。高嶺です。今後のスケジュールをお送りします。

""" + text_table(_cal) + """

5/27の支給申請期限を過ぎると助成金を受け取れませんので、ご注意ください。
""" + SIG["takamine"],
  html=f"""<html><body><p>こもれびケアサービス 総務部 ご担当者様</p>
<p>お世話になっております。高嶺です。今後のスケジュールをお送りします。</p>
{html_table(_cal)}
<p><b style="color:red">5/27の支給申請期限</b>を過ぎると助成金を受け取れませんので、ご注意ください。</p>
<p>日の出産業株式会社 助成金申請支援チーム 高嶺 由香</p></body></html>""")

# 082 — text + HTML: five employees' birth dates and addresses → 社労士法人
_p = people(5, rare_every=5)
_rows = [["氏名", "生年月日", "住所"]] + [[p["name"], wareki(p["dob"]), f"〒{p['zip']} {p['addr']}"] for p in _p]
M(82, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
  "five employees' birth dates and home addresses, in both text and HTML parts, to an external 社労士法人",
  "utf-8", ONODERA, [MINATO], "通勤手当の見直し対象者（住所確認）",
  body="相良様\n\nお世話になっております。小野寺です。\n"
       "ヤマセ木工様で通勤手当を見直す5名の住所です（賃金規定等共通化コースの検討用）。\n\n"
       + "\n".join(" / ".join(r) for r in _rows) + "\n\n小野寺\n",
  html=f"""<html><body><p>相良様</p><p>お世話になっております。小野寺です。<br>
ヤマセ木工様で通勤手当を見直す5名の住所です（賃金規定等共通化コースの検討用）。</p>
{html_table(_rows)}<p>小野寺</p></body></html>""")

# 083 — XLSX with three sheets of eligible expenses (no personal data)
M(83, "pass", [], [],
  "a three-sheet workbook of eligible expenses and quotations; no personal data",
  "cp932", OTAKA, [SHIOSAI], "補助対象経費の整理表（省力化投資補助金）",
  """潮騒水産 ご担当者様

お世話になっております。大鷹です。
省力化投資補助金の補助対象経費を整理しました。シート「対象外」に移した項目について、
他の補助金で拾えないか引き続き検討します。
""" + SIG["otaka"],
  attachments=[{"kind": "xlsx", "name": "補助対象経費整理表.xlsx", "title": "補助対象経費整理表",
                "sheets": {"対象経費": [["潮騒水産様　補助対象経費整理表"], [],
                                       ["区分", "品名", "型番", "金額（税抜）"],
                                       ["機械装置", "自動計量包装機", "SK-AP300", 8420000],
                                       ["機械装置", "急速凍結庫", "RF-2400", 6150000],
                                       ["システム", "出荷管理ソフト", "TS-Logi", 1380000]],
                           "対象外": [["品名", "理由"], ["フォークリフト", "汎用性が高い"], ["事務所エアコン", "補助事業に直接関係しない"]],
                           "見積比較": [["品名", "A社", "B社", "採用"], ["自動計量包装機", 8420000, 8960000, "A社"],
                                       ["急速凍結庫", 6150000, 6080000, "B社（納期で再検討）"]]}}])

# 084 — XLSX, several sheets: six workers' 基礎年金番号 and health-insurance numbers
_p = people(6, rare_every=3, born=(1957, 1963))
_s1 = [["高年齢者評価制度等雇用管理改善コース　対象者"], ["氏名", "生年月日", "基礎年金番号", "健保記号", "健保番号"]]
for p in _p:
    _s1.append([p["name"], wareki(p["dob"], "short"), pension_no(), str(R.randint(10000000, 99999999)), str(R.randint(1, 150))])
M(84, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"], ["personal_data"],
  "six workers' pension numbers and health-insurance numbers in an XLSX to an external 社労士",
  "iso-2022-jp", OTAKA, [KASAI], "健康診断制度導入に伴う対象者データ",
  """葛西先生

お世話になっております。大鷹です。
丸喜製麺様の65歳超雇用推進助成金（高年齢者評価制度等雇用管理改善コース）の件、
対象者の社会保険関係のデータをまとめました。シート2は制度導入のスケジュールです。
""" + SIG["otaka"],
  attachments=[{"kind": "xlsx", "name": "対象者データ_丸喜製麺.xlsx", "page_header": "丸喜製麺株式会社",
                "sheets": {"対象者": _s1,
                           "スケジュール": [["項目", "時期"], ["雇用管理整備計画 提出", "7月"], ["制度導入（人間ドック補助）", "10月"],
                                          ["支給申請", "翌年4月"]]}}])

# 085 — English reply: the list is only in the quoted message
_p = people(5)
_q = "\n".join(f"> - {p['romaji']}, base JPY {p['monthly']:,}" for p in _p)
M(85, "pass", [], [],
  "English reply; the salary list appears only in the quoted earlier mail",
  "utf-8", IIBOSHI, ["Priya Raman <priya.raman@lionpeak-holdings.com>"],
  "Re: Career-up subsidy - approved salary bands",
  f"""Dear Priya,

Thank you for the quick approval. We will file the conversion plan with the Tokyo Labour
Bureau on Monday and send you the stamped receipt as soon as we have it.

One reminder: the conversions must not take effect before the plan is accepted, so please
keep the 1 April start date as it is.
{SIG['iiboshi']}

On Tue, 11 Mar 2025 at 09:12, Priya Raman <priya.raman@lionpeak-holdings.com> wrote:
> Hi Aya,
> Approved as below (3.5% uplift for all):
{_q}
> Regards, Priya
""")

# 086 — reply whose NEW text adds five people (the quote is harmless)
_p = people(5, rare_every=2, born=(1990, 2003), hired=(2024, 2024))
_new = "\n".join(f"　{p['name']}　{ymd(p['dob'])}生　{p['mobile']}" for p in _p)
M(86, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
  "reply whose new text lists five new hires with birth dates and mobiles",
  "cp932", SAEKI, [MINATO], "Re: 追加の対象者はいますか？",
  f"""相良様

お世話になっております。佐伯です。
追加の対象者がいらっしゃいました。4月1日入社の以下5名です。

{_new}

いずれも有期契約（6か月更新）で、来年4月の正社員転換を予定しています。

佐伯

----- 元のメッセージ -----
差出人: 社会保険労務士法人みなと労務 相良
送信日時: 2024年5月8日 10:03
件名: 追加の対象者はいますか？

佐伯様
潮騒水産様の正社員化コースで、先日の3名以外に対象者はいらっしゃいますか。
相良
""")

# 087 — EITHER: five employees' names and departments only, for name tags
_p = people(5)
M(87, "either", ["PERSON_NAME"], ["personal_data"],
  "five names with only their department, for name tags: a list of people, but almost no data",
  "iso-2022-jp", TAIRA, ["まなびや研修 受付 <uketsuke@manabiya-training.co.jp>"], "研修当日の名札作成のお願い",
  "まなびや研修 受付ご担当者様\n\nお世話になっております。日の出産業の平良です。\n"
  "10/7の品質管理基礎研修（丸喜製麺様）の名札を、以下のとおりご用意いただけますでしょうか。\n\n"
  + "\n".join(f"・{p['name']}（{R.choice(['製造部', '品質管理課', '出荷課'])}）" for p in _p)
  + "\n\nよろしくお願いいたします。\n" + SIG["taira"])

# 088 — DOCX 役員名簿: five officers' home addresses and birth dates → 公庫 (go.jp)
_p = people(5, born=(1950, 1980))
_t = [["役職", "氏名", "生年月日", "住所"]]
for role, p in zip(["代表取締役", "専務取締役", "取締役", "取締役", "監査役"], _p):
    _t.append([role, p["name"], wareki(p["dob"]), f"〒{p['zip']} {p['addr']}"])
M(88, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
  "a DOCX list of five officers' home addresses and birth dates sent to a government lender",
  "utf-8", URUSHI, [KOKO], "融資申込書類のご送付（株式会社アルペン精密工業）",
  """政策金融公庫 南山支店 融資課
ご担当者様

いつもお世話になっております。日の出産業株式会社の漆原でございます。
株式会社アルペン精密工業様の設備資金（ものづくり補助金の自己負担分）のお申込みに際し、
ご依頼のありました役員名簿をお送りいたします。

企業概要書と試算表は先日郵送いたしました。ご査収のほどよろしくお願い申し上げます。
""" + SIG["urushi"],
  attachments=[{"kind": "docx", "name": "役員名簿_アルペン精密工業.docx",
                "paragraphs": ["役員名簿", "株式会社アルペン精密工業（令和6年9月1日現在）"], "tables": [_t]}])

# 089 — three lenders visible to each other in To/Cc
M(89, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
  "a government lender, a guarantee corporation and a bank all visible in To/Cc: three external parties",
  "iso-2022-jp", URUSHI, [KOKO, CGC], "協調融資の実行日程について（潮騒水産様）", cc=[MIDORI],
  body="""政策金融公庫 南山支店 ご担当者様
南山県信用保証協会 ご担当者様
（cc：みどり銀行 坪井様）

いつもお世話になっております。日の出産業の漆原です。
潮騒水産様の冷凍設備投資に係る協調融資について、実行日を下記で揃えたいと考えております。

　公庫（設備資金）　　　　　：11月15日
　みどり銀行（保証付・つなぎ）：11月15日
　設備代金の支払日　　　　　：11月20日

各機関のご都合を伺えますでしょうか。
""" + SIG["urushi"])

# 090 — a kick-off mail with the 社労士, the tax office and the client all visible
M(90, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
  "社労士, 税理士法人 and the client company in To/Cc: three external organisations see each other",
  "cp932", OTAKA, [KASAI], "【キックオフ】アルペン精密工業様 賃上げ関連助成金の進め方", cc=[SEIREI, ALPEN],
  body="""葛西先生
（cc：青嶺会計 田所様、アルペン精密工業 総務部様）

お世話になっております。日の出産業の大鷹です。
アルペン精密工業様の賃上げに関連する助成金（業務改善助成金、キャリアアップ助成金
賃金規定等改定コース）について、役割分担を下記のとおり整理しました。

　・就業規則・賃金規程の改定、労働局への申請　　：葛西先生
　・賃金台帳・元帳など支払証憑のご準備　　　　　：田所様
　・全体スケジュール管理、設備の見積・計画書　　：日の出産業

来週月曜までに、ご意見があればお知らせください。
""" + SIG["otaka"])

# 091 — internal only: a client's mail with a staff list forwarded as an attachment
_p = people(9, rare_every=3)
_inner = "\n".join(f"{p['name']}, {ymd(p['dob'])}, {p['mobile']}, {p['addr']}" for p in _p)
M(91, "pass", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], [],
  "a forwarded staff list, but the only recipient is a colleague inside the company",
  "utf-8", KUZE, ["高嶺 由香 <takamine.yuka@hinode-sangyo.co.jp>"], "FW: 従業員一覧（花筏）",
  "高嶺さん\n\n花筏の女将から届いたメールを添付で回します。雇調金の対象者の洗い出しに使ってください。\n社外の方（社労士・税理士）に出すときは必要な列だけに絞ってください。\n\n久世\n",
  attachments=[{"kind": "eml", "name": "従業員一覧.eml",
                "message": {"charset": "utf-8", "sender": "花筏 女将 <okami@hanaikada.jp>",
                            "to": ["kuze.naoto@mail.hinode-sangyo.co.jp"], "subject": "従業員一覧",
                            "body": "久世様\n\nお世話になっております。従業員の一覧です。\n\n" + _inner + "\n\n花筏\n"}}])

# 092 — corrupt PDF to the city office (lg.jp)
M(92, "stop", [], ["unscannable_attachment"],
  "the attached PDF is damaged and cannot be read",
  "iso-2022-jp", TAIRA, [CITY], "旭ヶ丘市 中小企業設備投資補助金 申請書の提出",
  """旭ヶ丘市 産業振興課 ご担当者様

いつもお世話になっております。日の出産業株式会社の平良と申します。
株式会社潮騒水産様の代理として、旭ヶ丘市中小企業設備投資補助金の申請書を提出いたします。
委任状の原本は本日郵送いたしました。

ご確認のほど、よろしくお願い申し上げます。
""" + SIG["taira"],
  attachments=[{"kind": "corrupt", "name": "設備投資補助金_申請書_潮騒水産.pdf"}])

# 093 — a screenshot (image only) to a client
M(93, "pass", [], [],
  "an image-only attachment (screenshot of the application portal) with an ordinary mail",
  "cp932", ONODERA, [HANAIKADA], "jGrantsの入力画面について",
  """花筏 女将様

お電話ありがとうございました。小野寺です。
ご質問のあった画面のスクリーンショットを添付します。
「事業者情報」タブの右上にある「次へ」ボタンを押すと、計画書のアップロード画面に進みます。
エラーが出る場合は、ブラウザをChromeかEdgeに変えてお試しください。

小野寺
""",
  attachments=[{"kind": "png", "name": "jgrants_screen.png"}])

# 094 — kana-only names, phones, S-style birth dates, addresses → city office (lg.jp)
_p = people(6, born=(1965, 2003), hired=(2024, 2024))
_rows = [["フリガナ", "生年月日", "電話番号", "住所"]]
for p in _p:
    _rows.append([p["kana"], wareki(p["dob"], "short"), p["mobile"], p["addr"]])
M(94, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
  "six new hires (kana names) with birth dates, phones and addresses, to a city office: a list of people",
  "cp932", TAKAMINE, [CITY], "旭ヶ丘市 地元雇用奨励金 対象者の報告",
  f"""旭ヶ丘市 産業振興課
ご担当者様

お世話になっております。日の出産業の高嶺です。
潮騒水産様の地元雇用奨励金について、本年度の新規雇用者の一覧をご報告いたします。

{text_table(_rows, sep='   ')}

雇用契約書の写しは申請書とともに窓口へ提出いたします。
""" + SIG["takamine"])

# 095 — the city office's section contact passed on to the client (no personal data)
M(95, "pass", [], [],
  "passes on a city section's switchboard and office hours; no personal data",
  "utf-8", TAIRA, [SHIOSAI], "市の設備投資補助金 問い合わせ先",
  """潮騒水産 ご担当者様

お世話になっております。平良です。
旭ヶ丘市の設備投資補助金について、市役所の担当部署は以下のとおりです。
現地確認の日程調整は市から御社へ直接連絡が入るそうです。

　旭ヶ丘市 産業振興課 商工振興係
　TEL 0276-40-1111（代表）内線 3215
　受付 平日 8:30〜17:15

よろしくお願いします。
""" + SIG["taira"])

# 096 — English PDF with a "Confidential" footer on every page
M(96, "stop", [], ["confidential_marking"],
  "the attached PDF report is stamped Confidential on every page",
  "utf-8", IIBOSHI, ["Priya Raman <priya.raman@lionpeak-holdings.com>"],
  "Subsidy strategy report FY2025 (Lionpeak Japan)",
  """Dear Priya,

Please find attached our subsidy strategy report for Lionpeak Japan for FY2025.
The key recommendations are on page 2. Happy to walk you through it next week.
""" + SIG["iiboshi"],
  attachments=[{"kind": "pdf", "name": "Lionpeak_Japan_Subsidy_Strategy_FY2025.pdf",
                "page_footer": "CONFIDENTIAL - Hinode Sangyo / Lionpeak Japan", "page_header": "Confidential",
                "title": "Subsidy Strategy FY2025",
                "lines": ["Subsidy Strategy Report FY2025 - Lionpeak Japan K.K.", "",
                          "1. Career-up Subsidy: six conversions planned (est. JPY 4.8m)",
                          "2. Human Resource Development Subsidy: reskilling track (est. JPY 2.1m)",
                          "3. IT Introduction Subsidy: ERP migration (est. JPY 3.0m)",
                          "4. Risks: timing of plan filing, wage uplift evidence"]}])

# 097 — look-alike of our own domain (co. dropped) in Cc, on a congratulation mail
M(97, "stop", [], ["lookalike_domain", "multiple_external_domains"],
  "Cc goes to hinode-sangyo.jp, a look-alike of our own hinode-sangyo.co.jp",
  "iso-2022-jp", SAEKI, [ALPEN], "【採択のお知らせ】ものづくり補助金 第18次",
  cc=["大鷹 健吾 <otaka.kengo@hinode-sangyo.jp>"],
  body="""アルペン精密工業株式会社
総務部 ご担当者様

いつもお世話になっております。日の出産業の佐伯です。
本日、ものづくり補助金（第18次）の採択結果が公表され、御社の申請が採択されました。
誠におめでとうございます。

　申請番号：MONO18-0019233
　補助金額（申請額）：12,500,000円

今後は交付申請（採択日から約2か月以内）が必要です。手続きの詳細は改めてご連絡します。
（cc：弊社 大鷹）
""" + SIG["saeki"])

# 098 — XLSX wage ledger: twelve employees, two months, to the prefecture (lg.jp)
_p = people(12, rare_every=4)
_hdr = [["株式会社丸喜製麺　賃金台帳（抜粋）"], ["社員番号", "氏名", "基本給", "時間外手当", "通勤手当", "総支給額"]]
_m = {}
for mon in ["2024年9月", "2024年10月"]:
    rows = [r[:] for r in _hdr]
    for p in _p:
        ot = R.randrange(0, 60000, 500)
        rows.append([p["emp"], p["name"], p["monthly"], ot, 8200, p["monthly"] + ot + 8200])
    _m[mon] = rows
M(98, "stop", ["PERSON_NAME"], ["personal_data"],
  "a two-sheet wage ledger of twelve named employees sent to a prefectural office",
  "cp932", SAEKI, [PREF], "南山県 賃上げ促進支援金 申請書類（賃金台帳）",
  """南山県 商工労働部 経営支援課
ご担当者様

お世話になっております。日の出産業株式会社の佐伯でございます。
丸喜製麺株式会社様の南山県賃上げ促進支援金の申請につき、
賃上げ前後の賃金台帳（9月・10月分）をお送りいたします。
""" + SIG["saeki"],
  attachments=[{"kind": "xlsx", "name": "賃金台帳_丸喜製麺_202409-10.xlsx", "page_header": "丸喜製麺株式会社 賃金台帳",
                "sheets": _m}])

# 099 — EITHER: the representative is "in hospital" (no diagnosis), named, to the secretariat
M(99, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "says the named representative is hospitalised (no diagnosis): health information of a sort, borderline",
  "utf-8", OTAKA, ["ものづくり補助金事務局 <info@monozukuri-hojo.jp>"],
  "実績報告期限の延長についてのご相談（MONO17-0008812）",
  """ものづくり補助金事務局 御中

いつもお世話になっております。認定支援機関の日の出産業株式会社 大鷹と申します。

申請番号 MONO17-0008812（丸喜製麺株式会社）の実績報告について、
代表取締役の丸山喜一郎様が先月から体調を崩して入院されており、
支払証憑の確認と代表者印の押印が期限（12月10日）までに間に合わない見込みです。

期限の延長、または専務取締役による代理提出が可能かどうか、ご教示いただけますでしょうか。
""" + SIG["otaka"])

# 100 — UTF-8 CSV of fifteen trainees with e-mails, to the 社労士法人 with the client in Cc
_p = people(15, rare_every=5, born=(1975, 2003))
_rows = [["No", "氏名", "フリガナ", "生年月日", "メールアドレス", "受講コース"]]
for i, p in enumerate(_p, 1):
    _rows.append([i, p["name"], p["kana"], ymd(p["dob"], "-"), p["mail"], R.choice(["DX基礎", "生産管理", "リーダー研修"])])
M(100, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], ["personal_data", "multiple_external_domains"],
  "fifteen trainees' birth dates and private e-mails in a CSV to the 社労士法人, client in Cc",
  "iso-2022-jp", SAEKI, [MINATO], "リスキリング支援コース 受講者名簿（CSV）", cc=[ALPEN],
  body="""相良様
（cc：アルペン精密工業 総務部様）

お世話になっております。佐伯です。
人材開発支援助成金（事業展開等リスキリング支援コース）の受講者名簿をCSVでお送りします。
訓練計画届の別紙に転記をお願いいたします。
""" + SIG["saeki"],
  attachments=[{"kind": "csv", "name": "reskilling_jukosha.csv", "rows": _rows, "encoding": "utf-8"}])
