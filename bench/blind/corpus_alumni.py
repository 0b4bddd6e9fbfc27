"""Blind corpus, area "alumni": 日の出産業の総務部が事務局を務める技能養成所同窓会「旭陽会」
(会員名簿、期別名簿、同期会・総会の案内、寄付と振込、会場・ケータリング、訃報、名簿印刷、
発送代行) と、会社が支援する「日の出学園PTA」(保護者会) の事務連絡。

Every person, number, address, phone, e-mail, account and document number in this file is
invented (fictional but plausible); any likeness to a real person is coincidence.
Seeds for build.my_number() / build.card_number() start at 5401 (5401, 5402, … in order of
use below).
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 5401
R = random.Random(SEED)

# -- seeds for check-digit-valid numbers: SEED, SEED+1, … ------------------------------
MN_LECTURER = my_number(SEED)          # 5401
CARD_DONOR = card_number(SEED + 1)     # 5402
MN_SPEAKER_A = my_number(SEED + 2)     # 5403
MN_SPEAKER_B = my_number(SEED + 3)     # 5404
CARD_BAZAAR = card_number(SEED + 4)    # 5405
MN_INTERNAL = my_number(SEED + 5)      # 5406


def corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) + 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


NISHIKI_CORP = corp_number("010401087265")

# -- invented people -----------------------------------------------------------------------
SURNAMES = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("渡辺", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山口", "やまぐち", "Yamaguchi"),
    ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"),
    ("清水", "しみず", "Shimizu"), ("池田", "いけだ", "Ikeda"), ("橋本", "はしもと", "Hashimoto"),
    ("石川", "いしかわ", "Ishikawa"), ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"),
    ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"), ("長谷川", "はせがわ", "Hasegawa"),
    ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"), ("坂本", "さかもと", "Sakamoto"),
    ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"), ("西村", "にしむら", "Nishimura"),
    ("福田", "ふくだ", "Fukuda"), ("三浦", "みうら", "Miura"), ("岡本", "おかもと", "Okamoto"),
    ("中川", "なかがわ", "Nakagawa"), ("勅使河原", "てしがわら", "Teshigawara"),
    ("東海林", "しょうじ", "Shoji"), ("小鳥遊", "たかなし", "Takanashi"),
    ("四月一日", "わたぬき", "Watanuki"), ("百目鬼", "どうめき", "Domeki"),
    ("薬袋", "みない", "Minai"), ("栗花落", "つゆり", "Tsuyuri"), ("九十九", "つくも", "Tsukumo"),
    ("御手洗", "みたらい", "Mitarai"), ("五十嵐", "いがらし", "Igarashi"),
    ("月見里", "やまなし", "Yamanashi"), ("鬼頭", "きとう", "Kito"), ("寒河江", "さがえ", "Sagae"),
    ("十文字", "じゅうもんじ", "Jumonji"), ("猪股", "いのまた", "Inomata"),
    ("釜萢", "かまやち", "Kamayachi"), ("比嘉", "ひが", "Higa"), ("我那覇", "がなは", "Ganaha"),
    ("宇佐美", "うさみ", "Usami"), ("纐纈", "こうけつ", "Koketsu"), ("百足", "ももたり", "Momotari"),
    ("阿久津", "あくつ", "Akutsu"), ("舟橋", "ふなはし", "Funahashi"), ("蛭子", "えびす", "Ebisu"),
    ("廿日出", "はつかで", "Hatsukade"), ("柘植", "つげ", "Tsuge"), ("雲雀", "ひばり", "Hibari"),
]
MALE = [
    ("健一", "けんいち", "Kenichi"), ("誠", "まこと", "Makoto"), ("浩二", "こうじ", "Koji"),
    ("隆", "たかし", "Takashi"), ("修", "おさむ", "Osamu"), ("大輔", "だいすけ", "Daisuke"),
    ("直樹", "なおき", "Naoki"), ("哲也", "てつや", "Tetsuya"), ("勝", "まさる", "Masaru"),
    ("茂", "しげる", "Shigeru"), ("和夫", "かずお", "Kazuo"), ("昭", "あきら", "Akira"),
    ("義男", "よしお", "Yoshio"), ("邦彦", "くにひこ", "Kunihiko"), ("光男", "みつお", "Mitsuo"),
    ("賢治", "けんじ", "Kenji"), ("忠", "ただし", "Tadashi"), ("秀樹", "ひでき", "Hideki"),
    ("翔太", "しょうた", "Shota"), ("拓海", "たくみ", "Takumi"), ("悠真", "ゆうま", "Yuma"),
    ("稔", "みのる", "Minoru"), ("剛", "つよし", "Tsuyoshi"), ("正憲", "まさのり", "Masanori"),
]
FEMALE = [
    ("恵子", "けいこ", "Keiko"), ("洋子", "ようこ", "Yoko"), ("美香", "みか", "Mika"),
    ("由美", "ゆみ", "Yumi"), ("千尋", "ちひろ", "Chihiro"), ("直美", "なおみ", "Naomi"),
    ("幸子", "さちこ", "Sachiko"), ("真由美", "まゆみ", "Mayumi"), ("彩", "あや", "Aya"),
    ("陽菜", "ひな", "Hina"), ("結衣", "ゆい", "Yui"), ("さくら", "さくら", "Sakura"),
    ("久美子", "くみこ", "Kumiko"), ("典子", "のりこ", "Noriko"), ("智美", "ともみ", "Tomomi"),
    ("綾乃", "あやの", "Ayano"), ("明美", "あけみ", "Akemi"), ("芽衣", "めい", "Mei"),
]
KIDS_M = [("蒼", "あおい"), ("湊", "みなと"), ("陽翔", "はると"), ("律", "りつ"), ("蓮", "れん"),
          ("大和", "やまと"), ("朝陽", "あさひ"), ("颯", "はやて")]
KIDS_F = [("凛", "りん"), ("紬", "つむぎ"), ("陽葵", "ひまり"), ("澪", "みお"), ("葵", "あおい"),
          ("心春", "こはる"), ("杏", "あん"), ("美桜", "みお")]

PLACES = [
    ("埼玉県", "川口市", "芝新町", "048", "333"), ("埼玉県", "さいたま市浦和区", "常盤", "048", "330"),
    ("東京都", "大田区", "西蒲田", "03", "144"), ("東京都", "練馬区", "石神井町", "03", "177"),
    ("東京都", "府中市", "若松町", "042", "183"), ("神奈川県", "横浜市港北区", "日吉本町", "045", "223"),
    ("神奈川県", "川崎市中原区", "木月", "044", "211"), ("千葉県", "船橋市", "前原西", "047", "274"),
    ("千葉県", "松戸市", "常盤平", "047", "270"), ("茨城県", "つくば市", "竹園", "029", "305"),
    ("栃木県", "宇都宮市", "東宿郷", "028", "321"), ("群馬県", "高崎市", "問屋町", "027", "370"),
    ("静岡県", "浜松市中央区", "富塚町", "053", "432"), ("宮城県", "仙台市青葉区", "上杉", "022", "980"),
    ("大阪府", "吹田市", "千里山東", "06", "565"), ("愛知県", "名古屋市千種区", "今池", "052", "464"),
    ("北海道", "札幌市豊平区", "月寒東", "011", "062"), ("福岡県", "福岡市早良区", "西新", "092", "814"),
    ("新潟県", "長岡市", "城内町", "0258", "940"), ("長野県", "松本市", "深志", "0263", "390"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
BLDG = ["", "", "", "コーポ若葉", "グランメゾン東", "ハイツ松風", "サンライズ浅間", "メゾン桜台"]
KNUM = "〇一二三四五六七八九"
_used: set[str] = set()


def person(sex: str | None = None, born: tuple[int, int] = (1944, 1978),
           domain: str | None = None) -> dict:
    while True:
        s = R.choice(SURNAMES)
        sx = sex or R.choice("MMF")
        g = R.choice(MALE if sx == "M" else FEMALE)
        if s[0] + g[0] not in _used:
            _used.add(s[0] + g[0])
            break
    pref, city, town, ac, z3 = R.choice(PLACES)
    chome, ban, go = R.randint(1, 6), R.randint(1, 28), R.randint(1, 24)
    b = R.choice(BLDG)
    room = R.choice([101, 102, 201, 203, 305, 402])
    tail = f" {b}{room}" if b else ""
    local = f"{R.randint(100, 899)}-{R.randint(1000, 9999)}" if len(ac) <= 3 else \
        f"{R.randint(10, 89)}-{R.randint(1000, 9999)}"
    if ac in ("03", "06"):
        local = f"{R.randint(3000, 6999)}-{R.randint(1000, 9999)}"
    y, m, d = R.randint(*born), R.randint(1, 12), R.randint(1, 28)
    user = R.choice([f"{g[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{y % 100:02d}",
                     f"{g[2][0].lower()}{s[2].lower()}{R.randint(1, 99)}",
                     f"{s[2].lower()}_{g[2].lower()}"])
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
        "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2]}",
        "zip": f"{z3}-{R.randint(0, 9999):04d}",
        "addr": f"{pref}{city}{town}{chome}-{ban}-{go}{tail}",
        "addr_k": f"{pref}{city}{town}{KNUM[chome]}丁目{ban}番{go}号{tail}",
        "pref": pref, "city": city,
        "mobile": f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}",
        "home": f"{ac}-{local}",
        "email": f"{user}@{domain or R.choice(FREEMAIL)}",
        "y": y, "m": m, "d": d, "sex": sx,
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def kid(sex: str | None = None) -> tuple[str, str]:
    sx = sex or R.choice("MF")
    return R.choice(KIDS_M if sx == "M" else KIDS_F)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, e, n = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, e, n = "平成", "H", y - 1988
    else:
        era, e, n = "昭和", "S", y - 1925
    if style == "short":
        return f"{e}{n}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{n}年{m}月{d}日")
    if style == "zenshort":
        return zen(f"{e}{n}.{m}.{d}").replace(".", "．")
    return f"{era}{'元' if n == 1 else n}年{m}月{d}日"


_Z = str.maketrans("0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ", "０１２３４５６７８９－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def zen(s: str) -> str:
    return s.translate(_Z)


def ki(n: int) -> int:
    """旭陽会の期 → 卒業年 (第1期 = 1962年3月卒)."""
    return 1961 + n


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(rows: list[list], gap: int = 2, rule: str = "-") -> str:
    rows = [[str(c) for c in r] for r in rows]
    ws = [max(width(r[i]) for r in rows if i < len(r)) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append((" " * gap).join(c + " " * (ws[i] - width(c)) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(ws) + gap * (len(ws) - 1)))
    return "\n".join(out)


def fwpad(rows: list[list]) -> str:
    """columns padded with full-width spaces (as people do in Outlook)."""
    rows = [[str(c) for c in r] for r in rows]
    ws = [max(width(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            gapw = ws[i] - width(c)
            cells.append(c + "　" * (gapw // 2) + " " * (gapw % 2))
        out.append("　".join(cells).rstrip())
    return "\n".join(out)


# -- the organisation's people and texts ---------------------------------------------------
SAEKI = "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>"
ONODERA = "小野寺 健 <onodera.ken@hinode-sangyo.co.jp>"
FUKUSHI = "福士 彩 <fukushi.aya@hinode-sangyo.co.jp>"
IMAIZUMI = "今泉 崇 <imaizumi.takashi@hinode-sangyo.co.jp>"
KYOKUYO = "旭陽会事務局 <kyokuyokai@hinode-sangyo.co.jp>"
PTA = "日の出学園PTA支援窓口 <pta-support@hinode-sangyo.co.jp>"
KASAI = "葛西 陽介 <kasai.yosuke@hinode-sangyo.co.jp>"
WAKUI = "和久井 紀子 <wakui.noriko@hinode-sangyo.co.jp>"
MOROOKA = "Kenji Morooka <morooka.kenji@hinode-sangyo.co.jp>"

SIG_SAEKI = """
――――――――――――――――――――――――
日の出産業株式会社 総務部
旭陽会（技能養成所同窓会）事務局　佐伯 真理子
〒108-0023 東京都港区芝浦四丁目9番25号 日の出産業ビル6F
TEL 03-5445-7130（直通）／FAX 03-5445-7139
saeki.mariko@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_ONODERA = """
--
日の出産業株式会社
総務部 総務課　小野寺 健（おのでら けん）
TEL: 03-5445-7111（代表）内線 2214
Mobile: 080-3391-5520"""

SIG_FUKUSHI = """
****************************************
日の出産業株式会社 人事部 福利厚生グループ
日の出学園PTA 支援担当　福士 彩
TEL 03-5445-7162 / 内線 2351
fukushi.aya@hinode-sangyo.co.jp
****************************************"""

SIG_IMAIZUMI = """
以上、よろしくお願いいたします。

日の出産業(株) 経理部 出納課
今泉 崇　TEL 03-5445-7188"""

SIG_KYOKUYO = """
━━━━━━━━━━━━━━━━━━━━
旭陽会 事務局（日の出産業株式会社 総務部内）
〒108-0023 東京都港区芝浦4-9-25
電話 03-5445-7130（平日9:00～17:00）
━━━━━━━━━━━━━━━━━━━━"""

SIG_KASAI = """
――
日の出産業株式会社 広報室
旭陽会会報『あさひ』編集担当　葛西 陽介
TEL 03-5445-7140"""

SIG_WAKUI = """
-----------------------------------
日の出産業株式会社 総務部
OB・OG会担当　和久井 紀子
03-5445-7133 / wakui.noriko@hinode-sangyo.co.jp
-----------------------------------"""

SIG_MOROOKA = """
Best regards,
Kenji Morooka
General Affairs Dept. / Kyokuyo-kai Alumni Office
Hinode Sangyo Co., Ltd.
4-9-25 Shibaura, Minato-ku, Tokyo 108-0023, Japan
Tel +81-3-5445-7135"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_JA2 = """
【ご注意】このメールは、宛先に記載された方のみを対象としております。本メールには機密情報が
含まれている場合がありますので、誤送信の場合は破棄していただきますようお願い申し上げます。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

M: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **msg) -> None:
    M.append({"expect": expect, "entities": entities, "detectors": detectors, "note": note, **msg})


# =========================================================================================
# 1  名簿印刷の入稿データ (XLSX, 期別シート) → 錦印刷
_sheets = {}
for k in (30, 31, 32, 33):
    rows = [[f"旭陽会 会員名簿 2025年版　第{k}期（{wareki(ki(k), 3, 1).split('年')[0]}年3月卒）"], [],
            ["氏名", "ふりがな", "郵便番号", "住所", "電話", "勤務先・備考"]]
    for p in people(R.randint(6, 9), born=(ki(k) - 19, ki(k) - 18)):
        rows.append([p["name"], p["kana"], p["zip"], p["addr"], R.choice([p["home"], p["mobile"]]),
                     R.choice(["", "日の出産業 川口工場", "自営", "元 日の出産業", "川崎電機", "―"])])
    _sheets[f"第{k}期"] = rows
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "member directory (4 sheets, ~30 people with address/phone) sent to the printer",
    charset="iso-2022-jp", sender=SAEKI,
    to=["錦印刷株式会社 石黒様 <ishiguro.t@nishiki-insatsu.co.jp>"],
    cc=["小野寺 健 <onodera.ken@hinode-sangyo.co.jp>"],
    subject="旭陽会 会員名簿（2025年版）入稿データ 第30～33期分",
    body="""錦印刷株式会社
営業部 石黒様

いつも大変お世話になっております。日の出産業 旭陽会事務局の佐伯でございます。

先日お打ち合わせいたしました会員名簿2025年版につきまして、
第30期～第33期分の入稿データがまとまりましたので添付にてお送りいたします。
残りの期（第34期以降）は来週中にお送りする予定です。

・期ごとにシートを分けております
・住所の表記ゆれ（丁目／ハイフン）は誌面で統一していただけますと幸いです
・勤務先欄が「―」の方は空欄で組んでください

初校は11月第2週を目途にいただけますでしょうか。
ご不明点があればご連絡ください。
""" + SIG_SAEKI,
    attachments=[{"kind": "xlsx", "name": "旭陽会名簿2025_入稿_第30-33期.xlsx", "sheets": _sheets,
                  "title": "旭陽会 会員名簿 2025年版 入稿データ"}])

# 2  会場の仮予約 (ホテル) — 業務連絡のみ
add("pass", [], [], "venue booking details with a partner hotel; no personal data",
    charset="utf-8", sender=ONODERA,
    to=["さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>"],
    subject="【仮予約】旭陽会 定期総会・懇親会（2026年5月16日）",
    body="""さくらホテル 宴会予約課
森下様

お世話になっております。日の出産業の小野寺です。
お電話でご相談しました件、下記のとおり仮予約をお願いいたします。

  日時　　2026年5月16日（土）総会 14:00～15:00／懇親会 15:30～17:30
  会場　　総会：3F 鳳凰の間（スクール形式）、懇親会：同室を転換（立食）
  人数　　120名前後（4月末に確定）
  料理　　立食プラン 8,000円（税サ込）を基本に、飲み放題追加
  その他　受付用の長机2本、マイク2本、プロジェクター

例年どおり、ご請求は日の出産業株式会社 総務部宛てでお願いします。
見積書をPDFでいただけますと助かります。
""" + SIG_ONODERA)

# 3  宛名ラベル用CSV → 発送代行
_rows = [["郵便番号", "住所1", "住所2", "氏名", "敬称", "期", "会員区分"]]
for p in people(42, born=(1945, 1975)):
    a = p["addr"].split(" ")
    _rows.append([p["zip"], a[0], a[1] if len(a) > 1 else "", p["name"], "様",
                  R.randint(1, 40), R.choice(["正会員", "正会員", "正会員", "終身会員"])])
add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "42 members' postal addresses (label data) sent to the mailing house as a plain CSV",
    charset="cp932", sender=KYOKUYO,
    to=["関東ダイレクトメール 発送センター 畑中様 <hatanaka@kanto-dm.co.jp>"],
    subject="会報『あさひ』第58号 発送データ（一次分）",
    body="""関東ダイレクトメール株式会社
発送センター　畑中様

いつもお世話になっております。旭陽会事務局です。
会報58号の発送データ（一次分42件）を添付いたします。
封入物は会報・総会案内・払込取扱票の3点です。
残りは名簿の確認が終わり次第、追ってお送りします。

発送予定日：12月3日（水）
""" + SIG_KYOKUYO,
    attachments=[{"kind": "csv", "name": "asahi58_hassou_1.csv", "rows": _rows}])

# 4  社内のみ: 事務局内で名簿マスタを共有
_rows = [["会員番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話", "メール", "期"]]
for i, p in enumerate(people(25, born=(1950, 1980)), start=1201):
    k = p["y"] - 1961 + 18
    _rows.append([f"K{i:05d}", p["name"], p["kana"], f"{p['y']}/{p['m']:02d}/{p['d']:02d}", p["zip"],
                  p["addr"], p["mobile"], p["email"], k])
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "full member master, but every recipient is internal",
    charset="utf-8", sender=SAEKI,
    to=["総務部長 鷲尾 <washio.h@hinode-sangyo.co.jp>"],
    cc=["小野寺 健 <onodera.ken@hinode-sangyo.co.jp>", "kyokuyokai@hinode-sangyo.co.jp"],
    subject="名簿マスタ更新（11月分）のご確認",
    body="""鷲尾部長

お疲れさまです。佐伯です。
11月分の名簿マスタ更新が終わりましたので、差分25件を添付します。
住所変更14件、新規入会6件、メール登録5件です。
共有フォルダの正本にも反映済みです。

佐伯""",
    attachments=[{"kind": "xlsx", "name": "名簿マスタ差分_2025-11.xlsx",
                  "sheets": {"差分": _rows, "集計": [["区分", "件数"], ["住所変更", 14], ["新規", 6], ["メール登録", 5]]}}])

# 5  同期会の案内を全員 To で送ってしまった (gmail 6名)
_to = [f"{p['name']} <{p['email'].split('@')[0]}@gmail.com>" for p in people(6, born=(1958, 1959))]
add("stop", [], ["external_recipients_visible", "freemail_recipient"],
    "reunion invitation with six private members visible to each other in To",
    charset="iso-2022-jp", sender=SAEKI, to=_to,
    subject="第16期 同期会のご案内（卒業50周年）",
    body="""第16期の皆様

ご無沙汰しております。旭陽会事務局の佐伯です。
幹事の百目鬼さんからのご依頼で、同期会のご案内をお送りします。

　日時：2026年3月14日（土）12:00～15:00
　会場：さくらホテル 2F「葵の間」（JR田町駅 徒歩5分）
　会費：7,000円（当日受付にて）

ご出欠は2月20日までに、このメールへの返信でお知らせください。
お会いできるのを楽しみにしております。
""" + SIG_SAEKI)

# 6  講師謝金: マイナンバーを外部税理士へ
_p = person(sex="M", born=(1952, 1952))
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "lecturer's My Number and home address sent to an outside tax accountant",
    charset="cp932", sender=IMAIZUMI,
    to=["上野会計事務所 上野先生 <ueno@ueno-kaikei.jp>"],
    subject="支払調書作成用情報（旭陽会 記念講演 講師謝金）",
    body=f"""上野会計事務所
上野先生

いつもお世話になっております。日の出産業 経理部の今泉です。
旭陽会の記念講演（10月18日）で講師をお願いした方の謝金について、
支払調書作成に必要な情報をお送りします。

　氏名　　：{_p['name']}（{_p['kana']}）
　住所　　：〒{_p['zip']} {_p['addr_k']}
　個人番号：{MN_LECTURER[:4]} {MN_LECTURER[4:8]} {MN_LECTURER[8:]}
　支払額　：100,000円（源泉徴収税額 10,210円）
　支払日　：2025年10月31日

本人確認書類の写しは別途郵送いたします。
""" + SIG_IMAIZUMI)

# 7  ケータリング注文確認 (注文番号)
add("pass", [], [], "caterer order confirmation with order number and prices only",
    charset="iso-2022-jp", sender=ONODERA,
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    subject="Re: ご注文確認（受注番号 KF-251104-0387）",
    body="""北国フーズ株式会社
ケータリング事業部 御中

お世話になっております。日の出産業の小野寺です。
受注番号 KF-251104-0387 の内容、確認いたしました。

　・オードブル盛合せ（大）×6
　・北海道ちらし寿司 桶 ×4
　・ソフトドリンク 2L ×12
　・配膳スタッフ 2名（15:00～18:00）

お届け先：日の出産業 川口工場 厚生棟2F 多目的ホール
お届け時間：11月22日（土）14:30
当日の受け取りは総務課の窓口（048-256-3100 代表）までお願いします。

合計金額 198,000円（税込）、請求書は月末締めで結構です。
""" + SIG_ONODERA)

# 8  look-alike: 錦印刷の s 抜け
add("stop", [], ["lookalike_domain"],
    "printer's domain typed without an s (nishiki-insatu.co.jp): look-alike of a partner",
    charset="utf-8", sender=KASAI,
    to=["錦印刷 制作部 <seisaku@nishiki-insatu.co.jp>"],
    subject="会報『あさひ』第58号 入稿（本文・表紙）",
    body="""錦印刷株式会社 制作部 御中

お世話になっております。日の出産業 広報室の葛西です。
会報『あさひ』第58号の入稿データをお送りします。

　体裁：A4・中綴じ・16ページ（表紙4C／本文1C）
　部数：2,300部
　納品：11月28日（金）関東ダイレクトメール様へ直送

表紙写真は解像度が足りるか一度ご確認ください。
""" + SIG_KASAI,
    attachments=[{"kind": "pdf", "name": "asahi58_hyoshi_honbun.pdf",
                  "lines": ["会報 あさひ 第58号", "特集：技能養成所 開所65周年に寄せて", "会長あいさつ",
                            "支部だより（東北・中部・九州）", "事務局からのお知らせ"]}])

# 9  第28期クラス名簿を幹事(gmail)へ — スペース区切り
_ps = people(8, born=(1970, 1971))
_tbl = pad([["氏名", "電話", "メール", "備考"]] +
           [[p["name"], p["mobile"], p["email"], R.choice(["", "住所不明", "幹事", "", "海外赴任中"])]
            for p in _ps])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data", "freemail_recipient"],
    "class list of 8 people with phone and e-mail pasted for a class organiser on gmail",
    charset="cp932", sender=SAEKI,
    to=["九十九 浩二 <tsukumo.koji.28@gmail.com>"],
    subject="28期の連絡先一覧です",
    body=f"""九十九様

お世話になっております。旭陽会事務局の佐伯です。
同期会の幹事を引き受けてくださりありがとうございます。
事務局で把握している28期の方の連絡先を以下にまとめました。

{_tbl}

※名簿登録時から変わっている方もいるかもしれません。
　つながらない方がいれば事務局までお知らせください。
""" + SIG_SAEKI)

# 10  総会案内: 会員は Bcc
_bcc = [p["email"] for p in people(9)]
add("pass", [], ["freemail_recipient"],
    "general-meeting notice sent correctly with members in Bcc; no personal data",
    charset="iso-2022-jp", sender=KYOKUYO, to=["kyokuyokai@hinode-sangyo.co.jp"], bcc=_bcc,
    subject="【旭陽会】2026年度 定期総会・懇親会のご案内",
    body="""旭陽会 会員各位

拝啓　向寒の候、皆様にはますますご清祥のこととお慶び申し上げます。
平素より旭陽会の活動にご理解とご協力を賜り、厚く御礼申し上げます。

さて、2026年度定期総会および懇親会を下記のとおり開催いたします。
ご多用中とは存じますが、万障お繰り合わせのうえご出席くださいますようご案内申し上げます。

　　　　　　　　　　　　　記
一、日時　2026年5月16日（土）14:00～
一、会場　さくらホテル 3F 鳳凰の間
一、会費　懇親会 8,000円
一、出欠　同封の返信はがき、または本メールへの返信にて4月24日まで

※本メールは一斉送信のため、宛先を非表示にしております。
　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具
""" + SIG_KYOKUYO)

# 11  訃報 (病名あり) → 幹事 yahoo
_p = person(sex="M", born=(1948, 1948))
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "death notice naming the member and his diagnosis (pancreatic cancer) to a private address",
    charset="iso-2022-jp", sender=WAKUI,
    to=[f"寒河江 様 <sagae_t1950@yahoo.co.jp>"],
    subject="訃報（第5期 " + _p["name"] + " 様）",
    body=f"""寒河江様

第5期幹事としていつもお世話になっております。OB・OG会担当の和久井です。
悲しいお知らせをお伝えしなければなりません。

第5期の{_p['name']}様が、11月8日に永眠されました。享年77歳でした。
奥様によると、昨年春に膵臓がん（ステージ4）と診断され、抗がん剤治療を続けて
おられたとのことです。最後は自宅で、ご家族に見守られて旅立たれたそうです。

通夜・告別式はご家族のみで執り行われました。
同期の皆様へのご連絡は寒河江様にお任せしてもよろしいでしょうか。
病気のことはご家族も広くは伝えていないとのことですので、その点ご配慮ください。
""" + SIG_WAKUI)

# 12  返信: 名簿の校正 — 引用部分のみ
_ps = people(6, born=(1960, 1962))
_q = "\n".join(f"> {i}. {p['name']}　〒{p['zip']} {p['addr']}　{p['home']}" for i, p in enumerate(_ps, 1))
add("pass", [], [], "reply to the printer; the member list appears only as quoted text",
    charset="cp932", sender=SAEKI,
    to=["錦印刷 石黒 <ishiguro.t@nishiki-insatsu.co.jp>"],
    subject="Re: 名簿 初校（第19期）ご確認のお願い",
    body=f"""石黒様

初校ありがとうございました。
第19期のページ、事務局の原稿どおりで問題ございません。このまま再校へお進めください。

佐伯

2025/11/12 10:41、石黒 俊 のメッセージ:
> 佐伯様
>
> 名簿の初校（第19期）をお送りします。以下6名分、
> 原稿から住所の表記を統一しておりますのでご確認ください。
>
{_q}
>
> 錦印刷株式会社 営業部 石黒
""")

# 13  PPAP: パスワード付きZIP
add("stop", [], ["unscannable_attachment"],
    "encrypted ZIP of the directory data (password to follow): cannot be inspected",
    charset="iso-2022-jp", sender=SAEKI,
    to=["錦印刷 石黒様 <ishiguro.t@nishiki-insatsu.co.jp>"],
    subject="【名簿データ送付】第34～40期（パスワードは別送）",
    body="""石黒様

お世話になっております。佐伯です。
第34期～第40期の名簿データをZIPで添付いたします。
解凍パスワードは、この後のメールで別途お送りします。

よろしくお願いいたします。
""" + SIG_SAEKI,
    attachments=[{"kind": "zip", "name": "meibo_34-40.zip", "password": "Asahi#2025",
                  "files": [{"kind": "csv", "name": "meibo_34-40.csv",
                             "rows": [["氏名", "住所", "電話"]] +
                             [[p["name"], p["addr"], p["home"]] for p in people(12)]}]}])

# 14  社外秘の実施計画書 → ホテル
add("stop", [], ["confidential_marking"],
    "plan document stamped 社外秘 in its header sent to the hotel",
    charset="utf-8", sender=ONODERA,
    to=["さくらホテル 宴会予約課 森下様 <morishita@sakura-hotel.jp>"],
    subject="創立65周年記念式典 実施計画書（案）",
    body="""森下様

いつもお世話になっております。日の出産業の小野寺です。
記念式典の段取りについて社内で検討中の計画書を添付します。
会場レイアウトと進行の部分（5～7ページ）をご確認いただき、
ホテル様側で対応が難しい点があればご指摘ください。
""" + SIG_ONODERA,
    attachments=[{"kind": "docx", "name": "65周年記念式典_実施計画書_v3.docx",
                  "page_header": "社外秘",
                  "title": "技能養成所開所65周年記念式典 実施計画書",
                  "paragraphs": ["技能養成所開所65周年記念式典 実施計画書（第3版）", "1. 目的",
                                 "旭陽会会員、在籍者、関係者を招き、開所65周年を記念する式典を開催する。",
                                 "2. 予算", "総額 9,800,000円（うち会社負担 6,000,000円、同窓会負担 3,800,000円）",
                                 "3. 来賓", "市長、商工会議所会頭ほか（調整中）",
                                 "4. 進行", "開式、社長式辞、会長挨拶、功労者表彰、記念講演、祝宴"]}])

# 15  either: 子どもの食物アレルギー (2名) → ケータリング
_k1, _k2 = kid("M"), kid("F")
add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "two named children's food allergies to the caterer: health data, but needed for the meal",
    charset="cp932", sender=FUKUSHI,
    to=["グリル銀杏 ケータリング担当 <order@ginnan-catering.jp>"],
    subject="親子ふれあい昼食会（12/6）アレルギー対応のお願い",
    body=f"""グリル銀杏
ケータリングご担当者様

お世話になっております。日の出学園PTAの福士です。
12月6日の親子ふれあい昼食会（お子様32食・大人40食）について、
アレルギー対応をお願いしたいお子様が2名いらっしゃいます。

　・2年1組　鬼頭 {_k1[0]}（{_k1[1]}）くん：卵・乳（アナフィラキシーの既往あり、エピペン携帯）
　・4年2組　猪股 {_k2[0]}（{_k2[1]}）さん：小麦

お弁当にお名前のシールを貼っていただけると取り違えが防げて助かります。
""" + SIG_FUKUSHI)

# 16  3者打合せ: ホテル + ケータリング (2社)
add("pass", [], ["multiple_external_domains"],
    "ordinary three-way meeting with two partner organisations; no personal data",
    charset="iso-2022-jp", sender=ONODERA,
    to=["さくらホテル 森下様 <morishita@sakura-hotel.jp>",
        "北国フーズ 岩渕様 <iwabuchi@kitaguni-foods.co.jp>"],
    cc=["佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>"],
    subject="記念式典 祝宴の持込み料理について（打合せのお願い）",
    body="""さくらホテル 森下様
北国フーズ 岩渕様

お世話になっております。日の出産業の小野寺です。
記念式典の祝宴で、北国フーズ様の道産食材コーナーを設ける件について、
一度三者でお打合せの時間をいただけないでしょうか。

候補日：11月25日（火）15時／27日（木）10時／28日（金）14時
場所：さくらホテル 1F ラウンジ（またはオンライン）

持込み料や搬入動線、衛生面の取り決めなどをご相談できればと存じます。
""" + SIG_ONODERA)

# 17  会費の返金先口座一覧 (TAB区切り) → 銀行
_ps = people(7)
_banks = ["みどり銀行", "武蔵野信用金庫", "ゆうちょ銀行", "みどり銀行", "さきたま銀行"]
_lines = ["氏名\t金融機関\t支店\t種別\t口座番号\t返金額"]
for p in _ps:
    b = R.choice(_banks)
    _lines.append(f"{p['name']}\t{b}\t{R.choice(['川口', '本店', '浦和', '〇一八', '蒲田'])}\t普通\t"
                  f"{R.randint(1000000, 9999999)}\t{R.choice([3000, 3000, 6000, 10000])}")
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "seven members' personal bank accounts for refunds, tab-separated, sent to the bank",
    charset="utf-8", sender=IMAIZUMI,
    to=["みどり銀行 法人営業部 水谷様 <mizutani.k@midori-ginko.co.jp>"],
    subject="総合振込の件（旭陽会 年会費 二重払い分の返金）",
    body="""みどり銀行 法人営業部
水谷様

いつも大変お世話になっております。日の出産業 経理部の今泉です。
旭陽会口座からの返金振込について、下記7件を11月20日付で処理したく、
総合振込の手続き方法をご教示いただけますでしょうか。

""" + "\n".join(_lines) + """

件数7件／合計はExcelで別途集計しております。
""" + SIG_IMAIZUMI)

# 18  NDA の相談 → 発送代行
add("pass", [], [], "mail about signing an NDA with the mailing house; the word 機密 is not a marking",
    charset="iso-2022-jp", sender=ONODERA,
    to=["関東ダイレクトメール 営業部 <eigyo@kanto-dm.co.jp>"],
    subject="機密保持契約書（発送業務委託）の締結について",
    body="""関東ダイレクトメール株式会社
営業部 ご担当者様

お世話になっております。日の出産業 総務部の小野寺です。
来年度から旭陽会会報の発送業務を正式にお願いするにあたり、
業務委託契約とあわせて機密保持契約（NDA）を締結させていただきたく存じます。

弊社ひな形をベースに、以下の点をご確認ください。
　1. 個人情報の取扱い（第5条）：再委託の禁止、作業後のデータ消去証明
　2. 有効期間：契約終了後3年間
　3. 管轄裁判所：東京地方裁判所

ご意見があれば修正案を反映した版をお送りします。
""" + SIG_ONODERA + DISC_JA)

# 19  PTA役員の連絡先 (・箇条書き) → 学園の先生
_ps = people(6, sex="F", born=(1982, 1990))
_bul = "\n".join(f"・{r}：{p['name']}（{c}）　携帯 {p['mobile']}　{p['email']}"
                 for r, p, c in zip(["会長", "副会長", "副会長", "書記", "会計", "会計監査"], _ps,
                                    ["5年2組", "3年1組", "1年3組", "6年1組", "2年2組", "4年1組"]))
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "six PTA officers' mobile numbers and e-mails sent to a teacher at the (external) school",
    charset="cp932", sender=FUKUSHI,
    to=["日の出学園 教頭 篠塚先生 <shinozuka@hinode-gakuen.ed.jp>"],
    subject="来年度PTA役員の連絡先について",
    body=f"""日の出学園
篠塚教頭先生

いつもお世話になっております。PTA支援担当の福士です。
来年度の役員が決まりましたので、緊急時の連絡先をお知らせします。

{_bul}

年度替わりの引継ぎ会（3月）の日程は改めてご相談させてください。
""" + SIG_FUKUSHI)

# 20  物故会員 + 遺族連絡先 (1件1ブロック) → デザイン会社
_blocks = []
for p in people(6, sex="M", born=(1940, 1950)):
    fam = person(sex="F", born=(1945, 1955))
    _blocks.append(f"■{p['name']}様（第{R.randint(1, 9)}期）\n"
                   f"　ご逝去：{wareki(2025, R.randint(1, 10), R.randint(1, 28))}\n"
                   f"　ご遺族：{p['sei']} {fam['mei']}様（妻）\n"
                   f"　ご住所：〒{fam['zip']} {fam['addr_k']}\n"
                   f"　お電話：{fam['home']}")
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "six deceased members with surviving families' addresses and phones, one block each, to a designer",
    charset="iso-2022-jp", sender=KASAI,
    to=["デザイン工房あおぞら 関口様 <sekiguchi@aozora-design.jp>"],
    subject="会報58号「物故会員のお知らせ」原稿",
    body="""関口様

お世話になっております。日の出産業 広報室の葛西です。
会報58号の「物故会員のお知らせ」ページの原稿をお送りします。
誌面には氏名・期・ご逝去日のみを掲載し、ご遺族の欄は掲載しません
（弔慰状の発送用に事務局で使うため一緒に書いてあります）。

""" + "\n\n".join(_blocks) + "\n\n謹んでご冥福をお祈り申し上げます。\n" + SIG_KASAI)

# 21  住所変更の確認 (本人1名, freemail)
_p = person(domain="outlook.jp")
add("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "confirms one member's own new address back to him: a single record, may be warned",
    charset="utf-8", sender=KYOKUYO,
    to=[f"{_p['name']} <{_p['email']}>"],
    subject="住所変更を承りました（旭陽会）",
    body=f"""{_p['name']} 様

旭陽会事務局です。住所変更のご連絡ありがとうございました。
以下の内容で会員名簿を更新いたしました。

　お名前：{_p['name']}（{_p['kana']}）
　新住所：〒{_p['zip']} {_p['addr']}
　電話　：{_p['mobile']}

次号の会報（12月発送予定）から新住所へお届けします。
内容に誤りがございましたら、お手数ですがご返信ください。
""" + SIG_KYOKUYO)

# 22  ボランティア名簿 (HTMLのみ, 生年月日) → 損保
_ps = people(9, born=(1955, 1992))
_tr = "".join(f"<tr><td>{i}</td><td>{p['name']}</td><td>{p['y']}年{p['m']}月{p['d']}日</td>"
              f"<td>{p['mobile']}</td><td>{R.choice(['受付', '誘導', '清掃', '受付', '救護補助'])}</td></tr>"
              for i, p in enumerate(_ps, 1))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "HTML-only table of nine volunteers with birth dates and mobiles sent to an insurer",
    charset="utf-8", sender=ONODERA,
    to=["ひまわり損害保険 団体営業課 <dantai@himawari-sonpo.co.jp>"],
    subject="ボランティア行事保険 加入者名簿（旭陽会 清掃奉仕活動）",
    html=f"""<html><body>
<p>ひまわり損害保険株式会社<br>団体営業課 御中</p>
<p>お世話になっております。日の出産業 総務部の小野寺です。<br>
11月29日（土）の旭陽会「荒川河川敷 清掃奉仕活動」のボランティア行事保険について、
加入者名簿をお送りします。</p>
<table border="1" cellpadding="4">
<tr><th>No.</th><th>氏名</th><th>生年月日</th><th>携帯電話</th><th>担当</th></tr>
{_tr}
</table>
<p>保険料の請求書は日の出産業 総務部宛にお願いいたします。</p>
<p>日の出産業株式会社 総務部 総務課　小野寺 健<br>TEL 03-5445-7111（代表）</p>
</body></html>""")

# 23  請求書への支払連絡 (登録番号 T+法人番号)
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "payment notice for a printer's invoice quoting the company's registration number; business data only",
    charset="cp932", sender=IMAIZUMI,
    to=["錦印刷 経理課 <keiri@nishiki-insatsu.co.jp>"],
    subject="お支払いのご連絡（請求書No. NP-2025-10-0452）",
    body=f"""錦印刷株式会社
経理課 御中

いつもお世話になっております。日の出産業 経理部の今泉です。
下記ご請求につき、11月28日にお振込みいたしますのでご連絡申し上げます。

　請求書番号：NP-2025-10-0452
　件名　　　：旭陽会 会報『あさひ』第57号 印刷・製本
　金額　　　：¥462,000（税込）
　貴社登録番号：T{NISHIKI_CORP}
　お振込先　：みどり銀行 芝浦支店 当座 0087412 ニシキインサツ（カ

振込手数料は弊社にて負担いたします。
""" + SIG_IMAIZUMI + DISC_JA2)

# 24  懇親会 出席者名簿 (DOCX表) → ホテル (席次用)
_ps = people(12, born=(1958, 1975))
_tbl = [["No.", "氏名", "期", "勤務先", "携帯電話", "備考"]] + \
    [[str(i), p["name"], f"第{R.randint(15, 35)}期", R.choice(["日の出産業", "川崎電機", "自営", "青葉運輸", "退職"]),
      p["mobile"], R.choice(["", "乾杯挨拶", "", "遅れて参加", ""])] for i, p in enumerate(_ps, 1)]
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "twelve attendees with mobile numbers in a DOCX table sent to the hotel for seating",
    charset="iso-2022-jp", sender=SAEKI,
    to=["さくらホテル 宴会サービス <banquet-service@sakura-hotel.jp>"],
    subject="11/29 旭陽会役員懇親会　出席者名簿と席次のご相談",
    body="""さくらホテル 宴会サービス ご担当者様

お世話になっております。日の出産業の佐伯です。
11月29日の役員懇親会の出席者名簿を添付いたします（12名）。
円卓2卓でお願いし、席札の作成もお願いできますでしょうか。
当日急な変更があった場合は、名簿の携帯番号へ直接ご連絡いただいて構いません。
""" + SIG_SAEKI,
    attachments=[{"kind": "docx", "name": "役員懇親会_出席者名簿.docx",
                  "paragraphs": ["旭陽会 役員懇親会 出席者名簿", "2025年11月29日（土）18:00～ さくらホテル 2F 椿の間"],
                  "tables": [_tbl]}])

# 25  寄付のクレジット決済 (全角のカード番号) → 決済代行
_p = person(sex="F", born=(1955, 1960))
_c = CARD_DONOR
_cz = zen(f"{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}")
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a donor's credit card number (full-width digits) forwarded to the payment processor by mail",
    charset="cp932", sender=IMAIZUMI,
    to=["スマート決済サービス 加盟店サポート <support@smart-kessai.co.jp>"],
    subject="電話受付分の寄付金 カード決済処理のお願い",
    body=f"""スマート決済サービス
加盟店サポート御中

加盟店ID：HS-004187（旭陽会 記念事業募金）の今泉です。
お電話で寄付のお申し出があった方について、管理画面からのカード登録が
うまくいかないため、代行での決済処理をお願いできますでしょうか。

　ご寄付者：{_p['name']} 様
　カード番号：{_cz}
　有効期限：０８／２８
　金額：５０，０００円（一括）

処理完了後にご連絡いただけますと幸いです。
""" + SIG_IMAIZUMI)

# 26  訃報 (病名なし) を Bcc で一斉送付
add("pass", [], ["freemail_recipient"],
    "death notice to members in Bcc: name and funeral hall only, no health detail",
    charset="iso-2022-jp", sender=KYOKUYO, to=["kyokuyokai@hinode-sangyo.co.jp"],
    bcc=[p["email"] for p in people(7)],
    subject="【訃報】旭陽会 元会長 東海林 茂 様",
    body="""旭陽会 会員各位

旭陽会元会長（第3期）東海林 茂 様が、11月10日に逝去されました。
ここに生前のご厚誼を深謝し、謹んでお知らせ申し上げます。

　通夜　　11月14日（金）18:00～
　告別式　11月15日（土）10:30～11:30
　式場　　やすらぎ典礼 川口会館（川口市本町2丁目・代表 048-222-0000）
　喪主　　東海林 典子 様（奥様）

旭陽会として供花をお出しします。
ご香典・ご供花はご遺族のご意向により辞退されております。
""" + SIG_KYOKUYO)

# 27  卒業生名簿 昭和60年度 (PDF表) → 印刷校正
_ps = people(14, born=(1967, 1968))
_tbl = [["氏名", "ふりがな", "郵便番号", "住所", "自宅電話"]] + \
    [[p["name"], p["kana"], p["zip"], p["addr"], p["home"]] for p in _ps]
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "PDF class list (14 graduates with address and phone) returned to the printer for proofing",
    charset="utf-8", sender=SAEKI,
    to=["錦印刷 石黒 <ishiguro.t@nishiki-insatsu.co.jp>"],
    subject="再校戻し（第25期 昭和60年度卒）",
    body="""石黒様

再校の戻しをお送りします。赤字は3か所です（PDFに書き込みました）。
・2行目　ふりがなの誤り
・8行目　番地の数字
・13行目　電話番号の市外局番
念校は不要ですので、このまま責了でお願いします。

佐伯""",
    attachments=[{"kind": "pdf", "name": "meibo_ki25_saikou.pdf",
                  "title": "旭陽会名簿 第25期（昭和60年度卒）再校",
                  "lines": ["旭陽会 会員名簿 2025年版", "第25期（昭和60年度 卒業）", ""],
                  "table": _tbl}])

# 28  look-alike: さくらホテルを .co.jp で
add("stop", [], ["lookalike_domain"],
    "hotel partner is sakura-hotel.jp; mail went to sakura-hotel.co.jp (another TLD)",
    charset="cp932", sender=ONODERA,
    to=["さくらホテル 森下様 <morishita@sakura-hotel.co.jp>"],
    subject="Re: 【仮予約】旭陽会 定期総会・懇親会（2026年5月16日）",
    body="""森下様

お見積りありがとうございました。
立食プランはB（9,000円）に変更し、乾杯用のスパークリングワインを追加でお願いします。
人数は現時点で125名の見込みです。

小野寺""")

# 29  追跡番号 → 運送会社
add("pass", [], [], "tracking numbers for parcels of newsletters: business data",
    charset="iso-2022-jp", sender=KASAI,
    to=["青葉運輸 法人営業所 <houjin@aoba-unyu.co.jp>"],
    subject="支部宛て会報の配送状況確認のお願い",
    body="""青葉運輸株式会社 法人営業所 御中

いつもお世話になっております。日の出産業 広報室の葛西です。
11月18日に発送した会報（支部宛て3口）のうち、下記がまだ到着していないとのことです。
配送状況をご確認いただけますでしょうか。

　お問合せ番号 4417-2290-8813（仙台支部宛て）
　お問合せ番号 4417-2290-8824（福岡支部宛て）

もう1口（4417-2290-8802 名古屋支部宛て）は到着済みです。
""" + SIG_KASAI)

# 30  相見積り: 印刷会社3社を To に並べた
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "request for quotation sent to three competing printers who can see each other in To",
    charset="utf-8", sender=KASAI,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>",
        "北斗プリント 営業課 <sales@hokuto-print.co.jp>",
        "朝霧印刷 見積窓口 <mitsumori@asagiri-insatsu.jp>"],
    subject="【見積依頼】旭陽会 会員名簿2025年版 印刷・製本",
    body="""各位

お世話になっております。日の出産業 広報室の葛西です。
下記仕様にて、お見積りをお願いいたします。

　品名：旭陽会 会員名簿 2025年版
　仕様：A5判 無線綴じ 本文200ページ（1C）表紙4C
　部数：1,500部／2,000部 の2パターン
　納期：2026年2月末
　提出期限：11月28日（金）

ご不明点は葛西までお問い合わせください。
""" + SIG_KASAI)

# 31  新役員紹介 (PPTX) — 各役員の携帯・住所
_ps = people(5, sex="M", born=(1950, 1965))
_slides = [["旭陽会 2026年度 新役員のご紹介", "2026年5月 定期総会 資料（案）"]]
for role, p in zip(["会長", "副会長", "副会長", "幹事長", "会計"], _ps):
    _slides.append([f"{role}　{p['name']}", f"第{R.randint(8, 25)}期 卒業", f"住所：{p['addr']}",
                    f"携帯：{p['mobile']}", "ひとこと：皆様のお力添えをお願いいたします"])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "slides introducing five officers with home address and mobile each, to an outside designer",
    charset="iso-2022-jp", sender=SAEKI,
    to=["デザイン工房あおぞら 関口様 <sekiguchi@aozora-design.jp>"],
    subject="総会資料（新役員紹介）のデザインご依頼",
    body="""関口様

いつもありがとうございます。佐伯です。
総会で投影する新役員紹介のスライドをお送りします。
中身はこのままで、デザインだけ整えていただけますでしょうか。
写真は後日お送りします。
""" + SIG_SAEKI,
    attachments=[{"kind": "pptx", "name": "新役員紹介_原稿.pptx", "slides": _slides}])

# 32  社内のみ: PTA緊急連絡網 CSV
_rows = [["学年", "組", "児童名", "保護者名", "電話", "連絡順"]]
for i in range(18):
    p = person(sex=R.choice("MF"), born=(1980, 1990))
    k = kid()
    _rows.append([R.randint(1, 6), R.randint(1, 3), f"{p['sei']} {k[0]}", p["name"], p["mobile"], i + 1])
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "PTA phone tree of 18 families, but sent only to internal colleagues",
    charset="cp932", sender=FUKUSHI,
    to=["人事部 福利厚生G <fukuri@hinode-sangyo.co.jp>"],
    cc=["宮坂 <miyasaka.r@hinode-sangyo.co.jp>"],
    subject="PTA連絡網（社員家庭分）更新版",
    body="""福利厚生Gの皆さん

お疲れさまです。福士です。
日の出学園に通うお子さんのいる社員家庭分の連絡網を更新しました。
災害時の安否確認用に、グループ共有フォルダにも格納しています。

福士""",
    attachments=[{"kind": "csv", "name": "renrakumou_2025.csv", "rows": _rows}])

# 33  名簿システム移行データ (暗号化なしZIP) → システム会社
_ps = people(20, born=(1950, 1985))
_csv = [["member_id", "name", "kana", "birth", "zip", "address", "tel", "email"]] + \
    [[f"{i:06d}", p["name"], p["kana"], f"{p['y']}-{p['m']:02d}-{p['d']:02d}", p["zip"], p["addr"],
      p["mobile"], p["email"]] for i, p in enumerate(_ps, 3001)]
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "unencrypted ZIP with 20 member records (birth date, address, phone, mail) for a system vendor",
    charset="utf-8", sender=ONODERA,
    to=["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    subject="会員管理システム移行 テストデータ送付",
    body="""ツバサシステム株式会社
導入支援チーム 御中

お世話になっております。日の出産業の小野寺です。
会員管理システムの移行テスト用に、現行システムから抽出したデータをお送りします。
（実データから20件を抜き出したものです）

・members_sample.csv：UTF-8、ヘッダ行あり
・項目定義.xlsx：各列の桁数と必須区分

取込みエラーがあればログをお送りください。
""" + SIG_ONODERA,
    attachments=[{"kind": "zip", "name": "migration_test_20251120.zip",
                  "files": [{"kind": "csv", "name": "members_sample.csv", "rows": _csv, "encoding": "utf-8"},
                            {"kind": "xlsx", "name": "項目定義.xlsx",
                             "sheets": {"定義": [["項目", "桁", "必須"], ["member_id", 6, "○"], ["name", 40, "○"],
                                                ["birth", 10, ""], ["email", 100, ""]]}}]}])

# 34  英語: 海外支部の代表へ (gmail 1名)
add("pass", [], ["freemail_recipient"],
    "English mail to one overseas chapter contact on gmail about the reunion schedule",
    charset="utf-8", sender=MOROOKA,
    to=["Daniel Lim <daniel.lim.sg@gmail.com>"],
    subject="Kyokuyo-kai reunion 2026 - dates for the Singapore chapter",
    body="""Dear Daniel,

Thank you for your message and for organising the Singapore chapter again this year.

The general meeting will be held on Saturday 16 May 2026 at Sakura Hotel, Tokyo,
starting at 14:00, followed by a reception at 15:30. If any members of your chapter
plan to fly in, please let us know by the end of March so that we can reserve seats.

We will also stream the meeting online; the link will be sent a week before.

Looking forward to seeing you again.
""" + SIG_MOROOKA)

# 35  転送: 幹事からのクラス名簿を別の期の幹事へ
_ps = people(7, born=(1963, 1964))
_lst = "\n".join(f"{p['name']}，{p['email']}，{p['mobile']}" for p in _ps)
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "forward of a class organiser's mail with seven classmates' contacts to another organiser",
    charset="iso-2022-jp", sender=SAEKI,
    to=["舟橋 様 <funahashi.m@outlook.jp>"],
    subject="FW: 21期 連絡先まとめ",
    body=f"""舟橋様

22期の同期会の参考に、21期幹事の柘植さんがまとめた連絡先一覧を転送します。
合同開催の件、柘植さんとも直接やり取りいただければと思います。

佐伯

-----Forwarded Message-----
From: 柘植 邦彦 <tsuge.kunihiko@gmail.com>
To: saeki.mariko@hinode-sangyo.co.jp
Subject: 21期 連絡先まとめ

佐伯さん

21期で連絡が取れた人の一覧です。

{_lst}

よろしくお願いします。
柘植""")

# 36  eml添付: 寄付者一覧の入った転送メール → 法律事務所
_ps = people(8, born=(1948, 1970))
_inner = {
    "charset": "utf-8", "sender": KYOKUYO, "to": ["kyokuyokai@hinode-sangyo.co.jp"],
    "subject": "記念事業募金 高額寄付者一覧（10月末）",
    "body": "事務局内で共有します。\n\n" + pad([["氏名", "住所", "電話", "寄付額"]] +
                                            [[p["name"], p["addr"], p["home"], f"{R.choice([10, 30, 50, 100])}万円"]
                                             for p in _ps]),
}
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "attached mail (eml) carrying a list of eight donors with addresses, sent to the law firm",
    charset="utf-8", sender=WAKUI,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="寄付者情報の取扱いについてのご相談",
    body="""白川先生

いつもお世話になっております。日の出産業 総務部の和久井です。
同窓会の記念事業募金で、高額寄付者の一覧を会報に掲載したいという意見が役員会で出ております。
事務局内で共有しているメールを添付しますので、掲載可否と本人同意の取り方について
ご助言をいただけますでしょうか。
""" + SIG_WAKUI,
    attachments=[{"kind": "eml", "name": "高額寄付者一覧.eml", "message": _inner}])

# 37  PTA: 行事予定のおたより → 学園
add("pass", [], [], "PTA newsletter schedule to the school; no personal data",
    charset="cp932", sender=PTA,
    to=["日の出学園 事務室 <jimu@hinode-gakuen.ed.jp>"],
    subject="PTAだより12月号 行事予定の確認",
    body="""日の出学園 事務室 御中

いつもお世話になっております。PTA支援窓口です。
PTAだより12月号に掲載する行事予定をお送りしますので、学校側の予定と
ずれがないかご確認ください。

　12/ 6（土）親子ふれあい昼食会（体育館）
　12/13（土）資源回収（午前）
　12/20（土）PTA役員会（会議室B）
　 1/17（土）書き初め展 保護者見学

修正があれば12月1日までにご返信いただけますと助かります。
""" + SIG_FUKUSHI)

# 38  XLS (旧形式) 緊急連絡網 → 学童クラブ (NPO)
_rows = [["児童名", "学年", "保護者", "続柄", "緊急連絡先1", "緊急連絡先2"]]
for _ in range(11):
    p = person(born=(1982, 1991))
    k = kid()
    _rows.append([f"{p['sei']} {k[0]}", R.randint(1, 3), p["name"], R.choice(["母", "父"]),
                  p["mobile"], p["home"]])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "legacy XLS emergency contact sheet of 11 families sent to an after-school NPO",
    charset="iso-2022-jp", sender=FUKUSHI,
    to=["NPO法人あさひ学童クラブ <info@asahi-gakudo.or.jp>"],
    subject="冬休み学童 利用児童の緊急連絡先",
    body="""あさひ学童クラブ
指導員の皆様

お世話になっております。日の出学園PTA 支援担当の福士です。
冬休み期間（12/24～1/7）に利用する児童の緊急連絡先一覧を添付します。
古いExcel形式ですが開けない場合はお知らせください。
""" + SIG_FUKUSHI,
    attachments=[{"kind": "xls", "name": "kinkyu_renraku_fuyuyasumi.xls", "sheets": {"一覧": _rows}}])

# 39  運転免許証番号 (2名) → 損保
_d1, _d2 = person(sex="M", born=(1960, 1966)), person(sex="M", born=(1958, 1964))
_lic = [f"{R.choice(['30', '43', '45'])}{R.randint(10, 99)}{R.randint(10000000, 99999999)}" for _ in range(2)]
add("stop", ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "two volunteer drivers' licence numbers and birth dates sent to the insurer",
    charset="utf-8", sender=ONODERA,
    to=["ひまわり損害保険 自動車保険課 <jidousha@himawari-sonpo.co.jp>"],
    subject="送迎ボランティア 運転者限定特約の追加",
    body=f"""ひまわり損害保険 自動車保険課 御中

日の出産業 総務部の小野寺です（証券番号 HM-88-204517）。
旭陽会の総会当日、駅と会場間の送迎を会員2名が社用車で行うため、
運転者の追加をお願いいたします。

1) {_d1['name']}　生年月日 {wareki(_d1['y'], _d1['m'], _d1['d'])}
   運転免許証番号 {_lic[0]}（ゴールド）
2) {_d2['name']}　生年月日 {wareki(_d2['y'], _d2['m'], _d2['d'])}
   運転免許証番号 {_lic[1]}

期間は2026年5月16日の1日限りです。
""" + SIG_ONODERA)

# 40  旅券番号 (3名) → 旅行会社
_ps = people(3, born=(1948, 1956))
_pp = "\n".join(f"  {p['ROMAJI']} / {p['name']}  DOB {p['y']}.{p['m']:02d}.{p['d']:02d}  "
                f"Passport No. T{R.choice('KRZ')}{R.randint(1000000, 9999999)}  exp. 20{R.randint(28, 34)}"
                for p in _ps)
add("stop", ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "three members' passport numbers and birth dates for an alumni tour sent to the travel agency",
    charset="iso-2022-jp", sender=WAKUI,
    to=["はるか旅行 団体旅行センター <dantai@haruka-travel.co.jp>"],
    subject="旭陽会 台湾研修旅行 追加参加者の旅券情報",
    body=f"""はるか旅行 団体旅行センター
ご担当 若林様

お世話になっております。日の出産業の和久井です。
台湾研修旅行（3/5～3/8）に追加で参加される3名の旅券情報です。

{_pp}

航空券の手配をよろしくお願いいたします。
""" + SIG_WAKUI)

# 41  当日の幹事連絡先 (1名) → ホテル
_p = person(sex="M", born=(1966, 1970))
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one organiser's mobile given to the venue as the day's contact: a single person",
    charset="utf-8", sender=SAEKI,
    to=["さくらホテル 森下様 <morishita@sakura-hotel.jp>"],
    subject="3/14 第16期同期会 当日の連絡先",
    body=f"""森下様

お世話になっております。佐伯です。
3月14日の第16期同期会は、事務局の私は伺えないため、
当日は幹事の方が窓口になります。

　当日窓口：{_p['name']} 様（幹事）　携帯 {_p['mobile']}

人数の最終確定は3月10日に幹事から直接ご連絡いたします。
""" + SIG_SAEKI)

# 42  英語: 海外在住会員一覧 (ローマ字) → 海外支部 gmail
_ps = people(6, born=(1965, 1985))
_cities = ["Singapore", "Bangkok", "Jakarta", "Ho Chi Minh City", "Kuala Lumpur", "Manila"]
_tbl = pad([["Name", "Class", "City", "Mobile", "E-mail"]] +
           [[p["romaji"], str(R.randint(20, 45)), c, f"+65 {R.randint(8000, 9999)} {R.randint(1000, 9999)}"
             if c == "Singapore" else "+81 " + p["mobile"][1:], p["email"]] for p, c in zip(_ps, _cities)])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data", "freemail_recipient"],
    "English list of six overseas members with mobile and e-mail sent to a chapter contact on gmail",
    charset="utf-8", sender=MOROOKA,
    to=["Daniel Lim <daniel.lim.sg@gmail.com>"],
    subject="Members living in South-East Asia (for the Singapore gathering)",
    body=f"""Hi Daniel,

As promised, here are the members we have on file in the region. Could you invite them
to the Singapore gathering in February?

{_tbl}

Some numbers may be out of date, so please let me know which ones bounce.
""" + SIG_MOROOKA)

# 43  集合写真の送付先 (全角・読点区切り) → 写真館
_ps = people(7, born=(1958, 1960))
_lst = "\n".join(zen(f"{p['name']}、〒{p['zip']}、{p['addr_k']}、{p['home']}") for p in _ps)
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "seven attendees' addresses and phones (full-width) sent to the photo studio for mailing prints",
    charset="cp932", sender=SAEKI,
    to=["フォトスタジオ光 <order@studio-hikari.co.jp>"],
    subject="集合写真の直送先リスト（第１６期同期会）",
    body=f"""フォトスタジオ光　ご担当者様

先日の第１６期同期会では撮影ありがとうございました。
集合写真（六切・台紙付き）を、下記の方へ直接お送りいただけますでしょうか。

{_lst}

送料は事務局にまとめてご請求ください。
""" + SIG_SAEKI)

# 44  喜寿・米寿お祝い (和暦の生年月日) → 花屋
_ps = people(6, born=(1938, 1949))
_lst = "\n".join(f"{i}. {p['name']}様　{wareki(p['y'], p['m'], p['d'], R.choice(['kanji', 'short', 'zenshort']))}生"
                 f"　お届け先 {p['addr']}" for i, p in enumerate(_ps, 1))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "six members' 和暦 birth dates and home addresses sent to a florist for celebration flowers",
    charset="iso-2022-jp", sender=WAKUI,
    to=["フラワーショップ花音 <kanon@kanon-flower.jp>"],
    subject="長寿お祝いのお花 配達先（旭陽会）",
    body=f"""フラワーショップ花音 様

いつもお世話になっております。日の出産業 総務部の和久井です。
今年、喜寿・米寿を迎えられる会員の方へお祝いのアレンジメント（5,500円）を
お届けいただきたく、配達先をお送りします。お誕生日の前後でお願いします。

{_lst}

メッセージカードは「旭陽会一同」でお願いいたします。
""" + SIG_WAKUI)

# 45  寄付者 礼状発送用 (XLSX) → 発送代行
_ps = people(15, born=(1945, 1975))
_rows = [["記念事業募金 ご寄付者（礼状発送用）10月受付分"], ["受付No.", "氏名", "期", "郵便番号", "住所", "金額"]]
for i, p in enumerate(_ps, 1):
    _rows.append([f"D-{1040 + i}", p["name"], R.randint(1, 40), p["zip"], p["addr"], R.choice([10000, 30000, 50000, 5000])])
add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "15 donors' names, addresses and gift amounts sent to the mailing house for thank-you letters",
    charset="utf-8", sender=KYOKUYO,
    to=["関東ダイレクトメール 畑中様 <hatanaka@kanto-dm.co.jp>"],
    subject="寄付者礼状の発送（10月受付分）",
    body="""畑中様

いつもありがとうございます。旭陽会事務局です。
10月受付分の寄付者への礼状発送をお願いいたします。
礼状はこちらで印刷済みのものを明日お届けします。封入・宛名印字をお願いします。
（金額の列は宛名には使いません）
""" + SIG_KYOKUYO,
    attachments=[{"kind": "xlsx", "name": "reijou_10gatsu.xlsx", "sheets": {"10月": _rows}}])

# 46  受付担当4名の携帯 → ホテル
_ps = people(4, born=(1975, 1988))
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "four reception volunteers' mobiles to the hotel: under five people, may be warned",
    charset="cp932", sender=ONODERA,
    to=["さくらホテル 宴会サービス <banquet-service@sakura-hotel.jp>"],
    subject="総会当日の受付担当者",
    body="""宴会サービス ご担当者様

5月16日の総会当日、受付を担当する会員は下記4名です。
13:00に3F前室へ集合しますので、受付机の準備をお願いいたします。

""" + "\n".join(f"　{p['name']}（{p['mobile']}）" for p in _ps) + "\n" + SIG_ONODERA)

# 47  遠足バス: 児童かな名 + 保護者携帯 → 運送
_lines = []
for i in range(1, 10):
    p = person(born=(1982, 1990))
    k = kid()
    _lines.append(f"{i:>2}  {p['kana'].split()[0]} {k[1]}  保護者 {p['kana']}  {p['mobile']}")
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "nine children (kana) with guardians' mobiles sent to the bus company",
    charset="utf-8", sender=FUKUSHI,
    to=["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
    subject="PTA親子遠足 乗車名簿（2号車）",
    body="""青葉運輸 貸切バス課 御中

日の出学園PTAの福士です。11月30日の親子遠足、2号車の乗車名簿です。
乗務員の方の点呼用にお使いください（ひらがな表記です）。

""" + "\n".join(_lines) + "\n\n1号車分は引率の先生から別途お送りします。\n" + SIG_FUKUSHI)

# 48  返信の新しい本文に修正済み名簿を書いた
_ps = people(5, born=(1962, 1963))
_new = "\n".join(f"{p['name']}　〒{p['zip']} {p['addr']}　TEL {p['home']}" for p in _ps)
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "reply whose new text (not the quote) lists five corrected member records for the printer",
    charset="iso-2022-jp", sender=SAEKI,
    to=["錦印刷 石黒 <ishiguro.t@nishiki-insatsu.co.jp>"],
    subject="Re: 第20期 住所不明者の確認",
    body=f"""石黒様

ご指摘の5名、会員本人に確認が取れましたので、正しい情報を下記に記載します。

{_new}

以上で第20期は確定です。

佐伯

> 佐伯様
> 第20期のうち、郵便番号と住所が一致しない方が5名いらっしゃいます。
> お手数ですがご確認をお願いします。
> 錦印刷 石黒
""")

# 49  出欠未回答者 3名 → 幹事 docomo (少人数)
_ps = people(3, born=(1970, 1971))
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "three unanswered classmates' phones to the organiser on a carrier address: under five people",
    charset="cp932", sender=SAEKI,
    to=["比嘉 様 <higa.28ki@docomo.ne.jp>"],
    subject="出欠未回答の方（3名）",
    body="""比嘉様

お疲れさまです。事務局の佐伯です。
同期会の出欠がまだの方が3名いらっしゃいます。
お電話でひと声かけていただけますと助かります。

""" + "\n".join(f"・{p['name']}さん　{p['mobile']}" for p in _ps) + """

締切は今週金曜です。よろしくお願いします。
佐伯""")

# 50  会費口座振替 (UTF-8 CSV) → 収納代行
_rows = [["委託者番号", "顧客番号", "預金者名(カナ)", "銀行コード", "支店コード", "預金種目", "口座番号", "引落金額"]]
for i in range(24):
    p = person()
    _rows.append(["4021873", f"{i + 1:05d}", p["kana"], R.choice(["0158", "9900", "0397"]),
                  f"{R.randint(1, 499):03d}", "1", f"{R.randint(1000000, 9999999)}", "3000"])
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "direct-debit file with 24 members' bank accounts sent as a plain CSV to the collection agent",
    charset="utf-8", sender=IMAIZUMI,
    to=["ゆうせい収納サービス 口座振替係 <furikae@yusei-shuno.co.jp>"],
    subject="2026年度年会費 口座振替データ（旭陽会）",
    body="""ゆうせい収納サービス株式会社
口座振替係 御中

委託者番号4021873 旭陽会（日の出産業株式会社 経理部）の今泉です。
2026年度年会費の口座振替依頼データ24件を添付いたします。
引落日は2026年4月27日でお願いいたします。
""" + SIG_IMAIZUMI,
    attachments=[{"kind": "csv", "name": "furikae_2026.csv", "rows": _rows, "encoding": "utf-8"}])

# 51  Original Message 以下に住所一覧 → 発送代行への返信
_ps = people(6)
_q = "\n".join(f"{p['name']} 様　〒{p['zip']} {p['addr']}" for p in _ps)
add("pass", [], [], "reply to the mailing house; addresses only in the quoted original below",
    charset="iso-2022-jp", sender=KYOKUYO,
    to=["関東ダイレクトメール 畑中 <hatanaka@kanto-dm.co.jp>"],
    subject="RE: 宛先不明で戻った会報（6件）",
    body=f"""畑中様

ご連絡ありがとうございます。
6件とも事務局で住所を確認し、再発送の要否は来週お知らせします。
戻った現物は事務局宛にまとめてご返送ください。

旭陽会事務局

-----Original Message-----
From: 畑中 <hatanaka@kanto-dm.co.jp>
Sent: Thursday, November 20, 2025 4:12 PM
To: kyokuyokai@hinode-sangyo.co.jp
Subject: 宛先不明で戻った会報（6件）

旭陽会事務局 御中

会報58号のうち、以下6件が宛所不明で返戻されました。

{_q}

関東ダイレクトメール 畑中""")

# 52  英語の返信 "On ... wrote:" 以下に会員情報
_ps = people(5, born=(1970, 1985))
_q = "\n".join(f"> {p['romaji']} - {p['email']} - +81 {p['mobile'][1:]}" for p in _ps)
add("pass", [], ["freemail_recipient"],
    "English reply; the member list is only in the quoted part written by the recipient",
    charset="utf-8", sender=MOROOKA,
    to=["Daniel Lim <daniel.lim.sg@gmail.com>"],
    subject="Re: Updated contacts after the Singapore gathering",
    body=f"""Hi Daniel,

Thanks a lot - I have updated our records with the details below. It was great to hear
the gathering went well.

Kenji

On Mon, Dec 8, 2025 at 9:14 AM Daniel Lim <daniel.lim.sg@gmail.com> wrote:
> Hi Kenji,
> Here are the updated contacts from the people who came on Saturday:
{_q}
> Cheers, Daniel
""")

# 53  基礎年金番号 → 社労士 (OB会の年金相談会)
_p = person(sex="M", born=(1960, 1960))
_pen = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
add("stop", ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a retired member's basic pension number and birth date sent to an outside labour consultant",
    charset="cp932", sender=WAKUI,
    to=["みなと社会保険労務士事務所 <info@minato-sr.jp>"],
    subject="OB会 年金相談会 事前相談票（1名）",
    body=f"""みなと社会保険労務士事務所
三田先生

お世話になっております。日の出産業 総務部の和久井です。
12月のOB会年金相談会に先立ち、事前に年金記録の確認をご希望の方がおられます。

　お名前：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(_p['y'], _p['m'], _p['d'], 'zen')}
　基礎年金番号：{_pen}
　ご相談内容：在職中の厚生年金の加入記録に空白期間があるかどうか

当日までに確認いただけますと幸いです。
""" + SIG_WAKUI)

# 54  健康保険証の記号番号 + けがの内容 → 損保
_p = person(sex="F", born=(1984, 1988))
_k = kid("M")
add("stop", ["JP_HEALTH_INSURANCE", "PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "insurance claim for a child's fracture with the health insurance card symbol/number",
    charset="iso-2022-jp", sender=FUKUSHI,
    to=["ひまわり損害保険 保険金サービス課 <hokenkin@himawari-sonpo.co.jp>"],
    subject="PTA行事中の事故 保険金請求（証券番号 PT-55-10923）",
    body=f"""ひまわり損害保険 保険金サービス課 御中

日の出学園PTA（支援窓口：日の出産業 福士）です。
11月16日の親子運動会において、下記のとおり事故が発生しましたのでご報告します。

　被保険者：{_p['sei']} {_k[0]}（{_k[1]}）くん　小学3年
　保護者　：{_p['name']}
　事故内容：綱引き競技中に転倒し、右手首を骨折（橈骨遠位端骨折、全治6週間）
　受診先　：旭丘中央病院 整形外科
　健康保険証：記号 3210 番号 4587（被扶養者）

請求書類一式の送付をお願いいたします。
""" + SIG_FUKUSHI)

# 55  在留カード番号 (留学生奨学金) → 銀行
_rc = f"{R.choice(['AB', 'EF', 'UH'])}{R.randint(10000000, 99999999)}{R.choice(['CD', 'FA', 'ZX'])}"
add("stop", ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a scholarship student's residence card number and birth date sent to the bank",
    charset="utf-8", sender=IMAIZUMI,
    to=["みどり銀行 芝浦支店 <shibaura@midori-ginko.co.jp>"],
    subject="旭陽会奨学金 受給者の口座開設について",
    body=f"""みどり銀行 芝浦支店
窓口ご担当者様

日の出産業 経理部の今泉です。
旭陽会奨学金の受給者となった留学生の方が、奨学金受取用の口座開設に伺います。
事前にお伝えしておくようご指示がありましたので、以下ご確認ください。

　氏名：NGUYEN VAN THANH（グエン・ヴァン・タン）
　生年月日：2003年7月19日
　在留カード番号：{_rc}
　在留資格：留学（在留期限 2027年3月31日）
　来店予定：12月2日（火）午後

よろしくお願いいたします。
""" + SIG_IMAIZUMI)

# 56  マイナンバー (DOCX表, 2名) → 税理士法人
_a, _b = person(sex="M", born=(1955, 1965)), person(sex="F", born=(1960, 1970))
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "DOCX table with two speakers' My Numbers and addresses sent to a tax firm",
    charset="cp932", sender=IMAIZUMI,
    to=["北斗税理士法人 <office@hokuto-tax.jp>"],
    subject="報酬の支払調書用資料（シンポジウム講師2名）",
    body="""北斗税理士法人 ご担当者様

お世話になっております。日の出産業 経理部の今泉です。
旭陽会シンポジウムの講師2名分の支払調書用資料をWordでお送りします。
""" + SIG_IMAIZUMI,
    attachments=[{"kind": "docx", "name": "支払調書用_講師情報.docx",
                  "paragraphs": ["旭陽会 シンポジウム（2025年9月27日）講師報酬"],
                  "tables": [[["氏名", "住所", "個人番号", "支払額"],
                              [_a["name"], _a["addr"], MN_SPEAKER_A, "50,000"],
                              [_b["name"], _b["addr"], MN_SPEAKER_B, "50,000"]]]}])

# 57  障害のある児童の配慮事項 → 引率のNPO
_p = person(sex="F", born=(1983, 1987))
_k = kid("M")
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named child's developmental disability diagnosis shared with an outside NPO",
    charset="utf-8", sender=FUKUSHI,
    to=["NPO法人そよかぜ野外活動支援 <staff@soyokaze-outdoor.or.jp>"],
    subject="デイキャンプ参加児童の配慮事項について",
    body=f"""そよかぜ野外活動支援 スタッフの皆様

日の出学園PTAの福士です。デイキャンプの引率ではお世話になります。
保護者の{_p['name']}様から、事前にお伝えしてほしいとご依頼がありました。

{_p['sei']} {_k[0]}くん（4年1組）は、自閉スペクトラム症（ASD）の診断を受けており、
療育手帳をお持ちです。大きな音や予定の急な変更が苦手なため、
活動の切り替え時には事前に声をかけていただけると落ち着いて参加できるそうです。

よろしくお願いいたします。
""" + SIG_FUKUSHI)

# 58  除名 (逮捕歴) → 法律事務所
_p = person(sex="M", born=(1968, 1972))
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "names a member arrested for fraud (criminal record) in a mail to outside counsel",
    charset="iso-2022-jp", sender=WAKUI,
    to=["白川法律事務所 <info@shirakawa-law.jp>"],
    cc=["総務部長 鷲尾 <washio.h@hinode-sangyo.co.jp>"],
    subject="会員の除名手続きについてのご相談",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の和久井です。
旭陽会の会員（第29期）{_p['name']}氏が、10月に詐欺の容疑で埼玉県警に逮捕され、
その後起訴されたと報道されました。会員から会費の預り金を集めていた件とも
関係がある可能性があり、役員会では会則第12条による除名を検討しています。

判決確定前に除名することの可否、会員への説明の範囲についてご助言をお願いします。
""" + SIG_WAKUI)

# 59  登山行事: 健康診断結果 → 旅行会社
_ps = people(2, born=(1950, 1958))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "two participants' health conditions (diabetes, hypertension) with birth dates sent to a travel agency",
    charset="cp932", sender=WAKUI,
    to=["はるか旅行 団体旅行センター 若林様 <wakabayashi@haruka-travel.co.jp>"],
    subject="尾瀬ハイキング 参加者の健康状態について",
    body=f"""若林様

お世話になっております。和久井です。
来月の尾瀬ハイキングについて、健康調査票で申告のあった2名をお知らせします。
ガイドの方と共有のうえ、コース設定をご検討ください。

■{_ps[0]['name']}様（{wareki(_ps[0]['y'], _ps[0]['m'], _ps[0]['d'], 'short')}生）
　2型糖尿病でインスリン使用中。低血糖時用にブドウ糖を携帯。
■{_ps[1]['name']}様（{wareki(_ps[1]['y'], _ps[1]['m'], _ps[1]['d'], 'short')}生）
　高血圧・心房細動で通院中（抗凝固薬服用）。健診で要精密検査の指摘あり。
""" + SIG_WAKUI)

# 60  特殊詐欺の被害者 → 幹事 gmail
_p = person(sex="F", born=(1946, 1950))
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "identifies a member as the victim of a fraud crime in a warning to an organiser's gmail",
    charset="utf-8", sender=WAKUI,
    to=["我那覇 様 <ganaha.shigeru@gmail.com>"],
    subject="同窓会を名乗る不審電話について",
    body=f"""我那覇様

いつもお世話になっております。OB・OG会担当の和久井です。
先月、第7期の{_p['name']}様が「旭陽会の記念品代金」を名目にした電話を受け、
現金30万円をだまし取られる被害に遭われました。川口警察署に被害届を出されています。

同じ手口の電話が他の会員にもかかる恐れがありますので、
期の皆様に「事務局が電話で現金を求めることはない」とお伝えいただけますか。
なお、{_p['sei']}様のお名前は伏せてお伝えください。
""" + SIG_WAKUI)

# 61  入院中の会員へのお見舞い (病名) → 花屋
_p = person(sex="M", born=(1944, 1950))
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "names a hospitalised member and his condition (stroke, rehabilitation ward) to a florist",
    charset="iso-2022-jp", sender=KYOKUYO,
    to=["フラワーショップ花音 <kanon@kanon-flower.jp>"],
    subject="お見舞いのお花（病院へのお届け）",
    body=f"""花音様

旭陽会事務局です。いつもお世話になっております。
前会長の{_p['name']}様が脳梗塞で入院され、現在は回復期リハビリ病棟に移られています。
お見舞いのお花をお届けいただきたくご連絡しました。

　お届け先：旭丘リハビリテーション病院 4階 回復期病棟 ナースステーション気付
　ご予算：5,000円（香りの強い花・鉢植えは避けてください）
　立札：旭陽会一同

病棟は生花の持込みに制限があるため、事前に病院へご確認をお願いします。
""" + SIG_KYOKUYO)

# 62  合同慰霊祭: 宗派と遺族連絡先の一覧 → 寺院
_rows = [["故人", "期", "宗旨・宗派", "遺族代表", "電話"]]
for _ in range(6):
    p = person(sex="M", born=(1938, 1948))
    f = person(born=(1965, 1978))
    while f["mei"] == p["mei"]:
        f = person(born=(1965, 1978))
    _rows.append([p["name"], R.randint(1, 8), R.choice(["浄土真宗本願寺派", "曹洞宗", "日蓮宗", "真言宗豊山派",
                                                    "カトリック", "天理教"]),
                  f"{p['sei']} {f['mei']}", f["mobile"]])
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], ["personal_data"],
    "list of six deceased members with their religion and next-of-kin phones sent to a temple",
    charset="utf-8", sender=WAKUI,
    to=["光明寺 寺務所 <jimusho@koumyouji.or.jp>"],
    subject="旭陽会 物故者合同慰霊祭 ご回向のお願い",
    body="""光明寺 寺務所 御中

日の出産業 総務部の和久井です。今年もお世話になります。
11月23日の旭陽会物故者合同慰霊祭で、本年ご回向いただく方の一覧をお送りします。
宗派が異なる方もいらっしゃるため、念のため記載しております。

""" + pad(_rows, rule="=") + """

ご遺族のご出席は各1～2名の予定です。
""" + SIG_WAKUI)

# 63  PTA: 保護者4名(同じキャリア)を To に並べた
_to = [f"{p['name']} <{p['email'].split('@')[0]}@docomo.ne.jp>" for p in people(4, sex="F", born=(1983, 1990))]
add("stop", [], ["external_recipients_visible", "freemail_recipient"],
    "four parents' private carrier addresses visible to each other in To",
    charset="cp932", sender=PTA, to=_to,
    subject="バザー係の打合せ日程",
    body="""バザー係の皆さま

いつもありがとうございます。PTA支援窓口です。
12月のバザーに向けて、係の打合せを下記で行いたいと思います。

　11月22日（土）10:00～11:00　学園会議室B

ご都合の悪い方は返信でお知らせください。
""" + SIG_FUKUSHI)

# 64  ケータリング3社を Cc に並べて比較見積
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three competing caterers visible to each other (To + Cc)",
    charset="iso-2022-jp", sender=ONODERA,
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    cc=["グリル銀杏 <order@ginnan-catering.jp>", "デリカ四季彩 <info@delica-shikisai.com>",
        "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>"],
    subject="記念式典 祝宴ケータリング お見積りのお願い",
    body="""ケータリングご担当者様

お世話になっております。日の出産業 総務部の小野寺です。
記念式典の祝宴（2026年10月10日・約300名・立食）について、
お見積りをお願いいたします。

　会場：日の出産業 川口工場 体育館（調理設備なし）
　予算：1名あたり5,000～6,000円（飲物別）
　提出：12月12日まで

現地下見をご希望の場合は日程を調整いたします。
""" + SIG_ONODERA)

# 65  English: 3 private gmail addresses in To/Cc
add("stop", [], ["external_recipients_visible", "freemail_recipient"],
    "three private gmail recipients (overseas members) can see each other in To/Cc",
    charset="utf-8", sender=MOROOKA,
    to=["Priya Raman <priya.raman.hk@gmail.com>"],
    cc=["Tomas Reyes <tomas.reyes.ph@gmail.com>", "Ahmad Fauzi <ahmad.fauzi.kl@gmail.com>"],
    subject="Kyokuyo-kai overseas members' online meeting",
    body="""Dear all,

Thank you for volunteering as contact persons for the overseas members.
Shall we have a short online meeting to plan next year's activities?

Proposed: Thursday 11 December, 19:00 Japan time (18:00 HK/KL/Manila), 45 minutes.
I will send a video call link once the time is fixed.
""" + SIG_MOROOKA)

# 66  look-alike: みどり銀行 ginkou
add("stop", [], ["lookalike_domain"],
    "bank partner is midori-ginko.co.jp; this went to midori-ginkou.co.jp",
    charset="cp932", sender=IMAIZUMI,
    to=["みどり銀行 法人営業部 水谷様 <mizutani.k@midori-ginkou.co.jp>"],
    subject="記念事業募金口座の開設書類",
    body="""水谷様

お世話になっております。日の出産業 経理部の今泉です。
旭陽会の記念事業募金専用口座について、開設に必要な書類一式の確認をお願いします。
（規約の写し、役員会議事録、代表者の選任書）

来店は12月4日（木）10時を予定しております。
""" + SIG_IMAIZUMI)

# 67  look-alike: 自社ドメインの co. 抜け (+ 名簿)
_ps = people(6, born=(1960, 1970))
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data", "lookalike_domain"],
    "meant for a colleague but addressed to hinode-sangyo.jp (co. dropped), carrying six members' contacts",
    charset="iso-2022-jp", sender=SAEKI,
    to=["小野寺 健 <onodera.ken@hinode-sangyo.jp>"],
    subject="支部長の連絡先（総会案内用）",
    body="""小野寺さん

お疲れさまです。佐伯です。
総会案内に載せる支部長の連絡先、最新版です。

""" + "\n".join(f"{b}支部長　{p['name']}　{p['mobile']}　{p['email']}"
                for b, p in zip(["北海道", "東北", "北関東", "中部", "関西", "九州"], _ps)) + """

原稿に反映お願いします。
佐伯""")

# 68  look-alike: 北国フーズ o 抜け
add("stop", [], ["lookalike_domain"],
    "caterer partner kitaguni-foods.co.jp misspelt as kitaguni-fods.co.jp",
    charset="utf-8", sender=FUKUSHI,
    to=["北国フーズ <catering@kitaguni-fods.co.jp>"],
    subject="親子ふれあい昼食会 数量変更",
    body="""北国フーズ ケータリング事業部 御中

日の出学園PTAの福士です。
12月6日の昼食会、お子様用を32食→35食、大人用を40食→38食へ変更をお願いします。
お届け時間は11:30で変わりません。
""" + SIG_FUKUSHI)

# 69  look-alike: 青葉運輸の TLD 違い
add("stop", [], ["lookalike_domain"],
    "transport partner aoba-unyu.co.jp addressed as aoba-unyu.com (TLD swap)",
    charset="iso-2022-jp", sender=KASAI,
    to=["青葉運輸 法人営業所 <houjin@aoba-unyu.com>"],
    subject="会報59号 支部宛て発送の集荷依頼",
    body="""青葉運輸 法人営業所 御中

日の出産業 広報室の葛西です。
3月10日（火）15時に、芝浦本社1F 搬入口へ集荷をお願いします。
支部宛て3口（各段ボール2箱）です。伝票は当方で用意しております。
""" + SIG_KASAI)

# 70  件名に【取扱注意】＋名簿抜粋 3名 → 印刷
_ps = people(3, born=(1975, 1980))
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["confidential_marking", "personal_data"],
    "mail classified 【取扱注意】 in subject and body header, sent to the printer",
    charset="cp932", sender=SAEKI,
    to=["錦印刷 石黒 <ishiguro.t@nishiki-insatsu.co.jp>"],
    subject="【取扱注意】名簿掲載不可の会員について",
    body="""━━━━━━━━━━━━━━
　取扱注意（旭陽会事務局）
━━━━━━━━━━━━━━
石黒様

名簿2025年版について、本人の申し出により「住所・電話を掲載しない」方が3名います。
データから削除漏れがないか、再校で必ずご確認ください。

""" + "\n".join(f"・{p['name']}（{p['addr']} / {p['home']}）" for p in _ps) + """

氏名と期のみ掲載、住所・電話欄は空欄でお願いします。
佐伯""")

# 71  英語PDF, フッターに Confidential → 海外の印刷会社
add("stop", [], ["confidential_marking"],
    "PDF whose every page footer reads 'Confidential - Internal Use Only', sent overseas",
    charset="utf-8", sender=MOROOKA,
    to=["Lion Print Pte Ltd <quotes@lionprint.com.sg>"],
    subject="Quotation request - 65th anniversary commemorative booklet",
    body="""Dear Sir or Madam,

We are planning a commemorative booklet for the 65th anniversary of our company's
training school alumni association. Please find attached the specification and our
budget outline, and let us know whether you could provide a quotation by 15 January.
""" + SIG_MOROOKA,
    attachments=[{"kind": "pdf", "name": "booklet_spec_budget.pdf",
                  "page_footer": "Confidential - Internal Use Only",
                  "title": "65th anniversary booklet - specification and budget",
                  "lines": ["65th Anniversary Commemorative Booklet", "Format: A4, 48 pages, full colour",
                            "Quantity: 3,000 copies", "Budget ceiling: JPY 2,400,000 (excluding tax)",
                            "Delivery: Tokyo, by 31 August 2026"]}])

# 72  部外秘 のヘッダー付きXLSX → 学園
add("stop", [], ["confidential_marking"],
    "PTA board minutes workbook with 部外秘 page header sent to the school",
    charset="iso-2022-jp", sender=FUKUSHI,
    to=["日の出学園 教頭 篠塚先生 <shinozuka@hinode-gakuen.ed.jp>"],
    subject="11月PTA役員会 議事メモ",
    body="""篠塚先生

PTA支援担当の福士です。11月役員会の議事メモをお送りします。
学校側にご判断いただきたい事項は「検討事項」シートにまとめています。
""" + SIG_FUKUSHI,
    attachments=[{"kind": "xlsx", "name": "PTA役員会_2025-11.xlsx", "page_header": "部外秘",
                  "sheets": {"議事": [["日の出学園PTA 11月役員会 議事メモ"], ["議題", "結論"],
                                      ["バザー収益の使途", "図書購入に充てる（案）"],
                                      ["会費の改定", "次年度から年額2,400円→3,000円（総会に諮る）"]],
                             "検討事項": [["項目", "内容"], ["校外学習の引率", "保護者ボランティアの保険加入を学校で行えるか"]]}}])

# 73  本文冒頭に【機密】 → 銀行
add("stop", [], ["confidential_marking"],
    "body stamped 【機密】 as a classification of the fundraising targets, sent to the bank",
    charset="utf-8", sender=IMAIZUMI,
    to=["みどり銀行 法人営業部 水谷様 <mizutani.k@midori-ginko.co.jp>"],
    subject="記念事業募金の運用についてのご相談",
    body="""【機密】
────────────────────────
水谷様

いつもお世話になっております。日の出産業 経理部の今泉です。
記念事業募金は、役員会で以下の目標・運用方針が内定しました（未公表）。

　目標額：5,000万円（会社拠出 3,000万円を含む）
　募集期間：2026年1月～2027年3月
　運用：元本保証の定期預金を中心に

運用商品のご提案をいただけますでしょうか。
""" + SIG_IMAIZUMI)

# 74  パスワード付きPDF → 発送代行
add("stop", [], ["unscannable_attachment"],
    "password-protected PDF (member card proofs) cannot be inspected",
    charset="cp932", sender=KYOKUYO,
    to=["関東ダイレクトメール 畑中様 <hatanaka@kanto-dm.co.jp>"],
    subject="会員証 差込み印刷データ",
    body="""畑中様

会員証（新入会員分）の差込み印刷データをPDFでお送りします。
PDFにはパスワードを設定しておりますので、お電話でお伝えいたします。
""" + SIG_KYOKUYO,
    attachments=[{"kind": "pdf", "name": "kaiinsho_shinki.pdf", "password": "hinode1108",
                  "lines": ["旭陽会 会員証", "会員番号 K01288", "会員番号 K01289"]}])

# 75  壊れたXLSX → ホテル
add("stop", [], ["unscannable_attachment"],
    "attached seating workbook is corrupt and cannot be read",
    charset="iso-2022-jp", sender=SAEKI,
    to=["さくらホテル 宴会サービス <banquet-service@sakura-hotel.jp>"],
    subject="総会 座席表（最新版）",
    body="""宴会サービス ご担当者様

総会の座席表を最新版に差し替えます。
前回お送りしたものは破棄してください。

佐伯""",
    attachments=[{"kind": "corrupt", "name": "zasekihyo_v5.xlsx"}])

# 76  壊れたDOCX → デザイン会社
add("stop", [], ["unscannable_attachment"],
    "attached manuscript DOCX is damaged and cannot be inspected",
    charset="utf-8", sender=KASAI,
    to=["デザイン工房あおぞら 関口様 <sekiguchi@aozora-design.jp>"],
    subject="会報59号 原稿（会長挨拶・支部だより）",
    body="""関口様

お世話になっております。葛西です。
59号の原稿のうち、会長挨拶と支部だよりをお送りします。
写真は別便で。
""" + SIG_KASAI,
    attachments=[{"kind": "corrupt", "name": "asahi59_genkou.docx"}])

# 77  社内のみ: 物故者の病状を含む報告
_p = person(sex="M", born=(1947, 1947))
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "death report with the cause of death, but only to internal colleagues",
    charset="iso-2022-jp", sender=WAKUI,
    to=["総務部長 鷲尾 <washio.h@hinode-sangyo.co.jp>"],
    cc=["佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>"],
    subject="元副会長ご逝去の件（ご報告）",
    body=f"""鷲尾部長

お疲れさまです。和久井です。
元副会長（第4期）の{_p['name']}様が11月12日に亡くなられました。
ご長男のお話では、数年前から肺気腫と肺がんで入退院を繰り返しておられたとのことです。

弔電と供花（旭陽会名義）を手配済みです。会社名義での弔電も必要かご指示ください。

和久井""")

# 78  社内のみ (サブドメイン): 講師のマイナンバーを経理へ
_p = person(sex="F", born=(1970, 1975))
add("pass", ["JP_MY_NUMBER", "PERSON_NAME"], [],
    "My Number passed to the accounting team on an internal subdomain only",
    charset="cp932", sender=ONODERA,
    to=["経理部 源泉担当 <gensen@mail.hinode-sangyo.co.jp>"],
    subject="講師謝金 個人番号の回付",
    body=f"""経理部 源泉担当 各位

お疲れさまです。総務の小野寺です。
12月の旭陽会ミニ講座講師 {_p['name']} 様の個人番号を回付します。
本人確認（マイナンバーカード表裏）は総務で済ませています。

　個人番号：{MN_INTERNAL}

取扱区域外への転記はしないでください。
小野寺""")

# 79  社内のみ: 社外秘の予算書
add("pass", [], [], "budget marked 社外秘 but sent only inside the company",
    charset="utf-8", sender=ONODERA,
    to=["鷲尾 <washio.h@hinode-sangyo.co.jp>", "今泉 崇 <imaizumi.takashi@hinode-sangyo.co.jp>"],
    subject="【社外秘】65周年 会社負担額の内訳",
    body="""鷲尾部長、今泉さん

お疲れさまです。65周年記念式典の会社負担額の内訳を添付します。
来週の経営会議資料に使う予定です。

小野寺""",
    attachments=[{"kind": "docx", "name": "65周年_会社負担内訳.docx", "page_header": "社外秘",
                  "paragraphs": ["65周年記念式典 会社負担額 内訳（案）"],
                  "tables": [[["項目", "金額"], ["会場・飲食", "3,200,000"], ["記念品", "1,500,000"],
                              ["記念誌", "800,000"], ["予備費", "500,000"]]]}])

# 80  印刷見積依頼 (1社) → 錦印刷
add("pass", [], [], "single-printer quotation request with specifications",
    charset="iso-2022-jp", sender=KASAI,
    to=["錦印刷 営業部 石黒様 <ishiguro.t@nishiki-insatsu.co.jp>"],
    subject="お見積りのお願い（総会案内状・返信はがき）",
    body="""石黒様

いつもお世話になっております。日の出産業 広報室の葛西です。
総会のご案内一式について、お見積りをお願いできますでしょうか。

　・案内状　A4 両面1C 2,300部
　・返信はがき　往復はがき（私製）2,300部　宛名面は事務局住所を印刷
　・封筒　長3 窓付き 2,300枚

納期は3月13日（金）です。過去の見積番号 NQ-2024-0218 を参考にしてください。
""" + SIG_KASAI)

# 81  会場候補のホテル一覧 (事業者のみ) → 幹事 gmail
add("pass", [], ["freemail_recipient"],
    "list of candidate venues with their switchboards (businesses, not people) to an organiser",
    charset="cp932", sender=SAEKI,
    to=["柘植 邦彦 <tsuge.kunihiko@gmail.com>"],
    subject="同期会 会場候補（事務局の利用実績）",
    body="""柘植様

お問い合わせの会場候補、事務局で利用実績のあるところを挙げます。

""" + pad([["会場", "最寄駅", "代表電話", "備考"],
           ["さくらホテル", "田町", "03-5440-0000", "30名～の個室あり"],
           ["ホテル芝浦グランド", "芝浦ふ頭", "03-5443-1200", "昼の会席が人気"],
           ["川口リリアンホール", "川口", "048-258-2000", "工場OBの会に実績多数"],
           ["割烹 みやま", "西川口", "048-252-7711", "20名まで"],
           ["浦和 ロイヤルパインズ亭", "浦和", "048-827-1000", "土日は早めの予約要"]]) + """

予約時に「日の出産業 旭陽会」とお伝えいただくと団体料金になる会場もあります。
""" + SIG_SAEKI)

# 82  ケータリング業者比較 (事業者のみ) → イベント会社
add("pass", [], [], "comparison of caterers (companies and prices) sent to an event planner",
    charset="utf-8", sender=ONODERA,
    to=["イベントプラン東京 企画部 <kikaku@eventplan-tokyo.co.jp>"],
    subject="祝宴ケータリング 3社比較（ご参考）",
    body="""イベントプラン東京 企画部
久保田様

式典全体の進行をお願いしている関係で、祝宴のケータリング候補をご共有します。

業者名,1名単価,最低人数,備考
北国フーズ,5800,100,道産食材・配膳スタッフ込み
グリル銀杏,5200,50,洋食中心・器は使い捨て
デリカ四季彩,6000,80,和洋折衷・アレルギー対応可

ご意見をいただければ、12月中に1社に絞ります。
""" + SIG_ONODERA)

# 83  寄付の振込先 (同窓会の口座) → 会員 icloud
add("pass", [], ["freemail_recipient"],
    "the association's own bank account for donations, to one member: not personal data",
    charset="iso-2022-jp", sender=KYOKUYO,
    to=["宇佐美 様 <usami.kazuo@icloud.com>"],
    subject="Re: 記念事業募金の振込先",
    body="""宇佐美様

お問い合わせありがとうございます。旭陽会事務局です。
記念事業募金の振込先は下記のとおりです。

　みどり銀行 芝浦支店　普通預金 3318270
　口座名義　旭陽会 記念事業募金（キヨクヨウカイ キネンジギヨウボキン）

お振込みの際は、お名前の前に期（例：15キ ウサミカズオ）を入れていただけますと
照合がスムーズです。受領書は後日郵送いたします。

> 寄付をしたいのですが、振込先を教えてください。
> 第15期 宇佐美
""" + SIG_KYOKUYO)

# 84  ボランティア2名 (氏名と電話) → 損保
_ps = people(2, born=(1960, 1975))
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "two volunteers' names and phones added to the insurer's list: fewer than five people",
    charset="cp932", sender=ONODERA,
    to=["ひまわり損害保険 団体営業課 <dantai@himawari-sonpo.co.jp>"],
    subject="Re: ボランティア行事保険 加入者の追加（2名）",
    body=f"""団体営業課 ご担当者様

先日お送りした加入者名簿に、2名追加をお願いします。

　10. {_ps[0]['name']}　{_ps[0]['home']}
　11. {_ps[1]['name']}　{_ps[1]['mobile']}

追加保険料は当初の請求に合算してください。
""" + SIG_ONODERA)

# 85  PTA役員3名の氏名と役職のみ → 学園
add("pass", [], [], "names and roles of three PTA officers only (no contact data) to the school",
    charset="utf-8", sender=FUKUSHI,
    to=["日の出学園 事務室 <jimu@hinode-gakuen.ed.jp>"],
    subject="卒業式 PTA来賓の出席者",
    body="""日の出学園 事務室 御中

卒業式（3月19日）にPTAから来賓として出席する役員は以下の3名です。

　会長　　栗花落 千尋
　副会長　阿久津 美香
　副会長　十文字 綾乃

来賓席のご用意をお願いいたします。
""" + SIG_FUKUSHI)

# 86  旧友の連絡先照会へのお断り (gmail)
add("pass", [], ["freemail_recipient"],
    "declines to give out a classmate's contact details; no personal data in the mail",
    charset="iso-2022-jp", sender=KYOKUYO,
    to=["廿日出 様 <hatsukade.m@gmail.com>"],
    subject="Re: 同期の連絡先を教えてください",
    body="""廿日出様

お問い合わせありがとうございます。旭陽会事務局です。
大変申し訳ございませんが、会員の連絡先は個人情報保護の観点から、
ご本人の同意なくお伝えすることができません。

代わりに、事務局から先方へ「廿日出様が連絡を取りたいとおっしゃっている」旨と
廿日出様のメールアドレスをお伝えし、先方からご連絡いただく形ではいかがでしょうか。
ご了承いただけましたら、このメールにご返信ください。
""" + SIG_KYOKUYO)

# 87  ホテルからの宴会プラン案内を幹事へ転送 (事業者情報のみ)
add("pass", [], ["freemail_recipient"],
    "forward of the hotel's plan mail (business content only) to one organiser on yahoo",
    charset="cp932", sender=SAEKI,
    to=["寒河江 様 <sagae_t1950@yahoo.co.jp>"],
    subject="FW: 【さくらホテル】2026年春 同窓会プランのご案内",
    body="""寒河江様

5期の集まりの会場探しの参考に、さくらホテルからの案内を転送します。
旭陽会の会員は「法人提携料金」が使えるそうです。

佐伯

---------- 転送メッセージ ----------
From: さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>
Subject: 【さくらホテル】2026年春 同窓会プランのご案内

日の出産業株式会社 旭陽会事務局 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
2026年春の同窓会プランをご案内いたします。

・お昼の会席プラン　6,500円（2時間飲み放題付）20名様～
・ビュッフェプラン　7,500円（2.5時間）30名様～
・記念撮影（集合写真1枚付き）サービス

ご予約・お問い合わせ：宴会予約課 03-5440-0000（10:00～19:00）
""")

# 88  写真館への注文 (注文番号)
add("pass", [], [], "photo order referencing order numbers; no personal data",
    charset="iso-2022-jp", sender=SAEKI,
    to=["フォトスタジオ光 <order@studio-hikari.co.jp>"],
    subject="追加焼増しのお願い（ご注文番号 HK-25-3391）",
    body="""フォトスタジオ光 ご担当者様

先日の集合写真（ご注文番号 HK-25-3391）について、焼増しを追加でお願いします。

　六切 台紙付き　5枚追加（計45枚）
　データ（高解像度JPEG）　1式

お届けは事務局（日の出産業 総務部）宛にまとめてで結構です。
請求書は旭陽会 事務局宛でお願いします。
""" + SIG_SAEKI)

# 89  32期の同期会案内 (yahoo 1名)
add("pass", [], ["freemail_recipient"],
    "reunion announcement to a single member on a free-mail address",
    charset="utf-8", sender=SAEKI,
    to=["阿久津 正憲 <akutsu32@yahoo.co.jp>"],
    subject="第32期 同期会のご案内",
    body="""阿久津様

ご無沙汰しております。旭陽会事務局の佐伯です。
32期の同期会が決まりましたのでお知らせします。

　日時：2026年2月21日（土）18:00～
　会場：川口リリアンホール 2F「けやき」
　会費：6,000円

出欠は2月10日までにご返信ください。
懐かしい顔ぶれが集まる予定です。ぜひお越しください。
""" + SIG_SAEKI)

# 90  アレルゲン表 (メニュー) → ケータリング
add("pass", [], [], "menu allergen chart (dishes, not people) exchanged with the caterer",
    charset="cp932", sender=FUKUSHI,
    to=["北国フーズ ケータリング事業部 岩渕様 <iwabuchi@kitaguni-foods.co.jp>"],
    subject="Re: 昼食会メニューのアレルゲン表",
    body="""岩渕様

アレルゲン表をありがとうございました。PTAだよりに掲載して事前周知します。
念のため、こちらで書き起こした内容をご確認ください。

メニュー　　　　　卵　乳　小麦　えび　かに　落花生
------------------------------------------------------
ミニハンバーグ　　○　○　○　　－　　－　　－
ポテトサラダ　　　○　－　－　　－　　－　　－
おにぎり(鮭)　　　－　－　－　　－　　－　　－
フルーツゼリー　　－　－　－　　－　　－　　－

誤りがなければ、このまま掲載いたします。
""" + SIG_FUKUSHI)

# 91  葬儀社への供花手配
add("pass", [], [], "flower order to the funeral home: deceased's name and hall only",
    charset="iso-2022-jp", sender=WAKUI,
    to=["やすらぎ典礼 川口会館 <kawaguchi@yasuragi-tenrei.co.jp>"],
    subject="供花のご注文（故 東海林 茂 様 葬儀）",
    body="""やすらぎ典礼 川口会館 御中

日の出産業 総務部の和久井です。
11月15日告別式の故 東海林 茂 様のご葬儀に、供花を1基お願いいたします。

　名札：旭陽会 会長 舟橋 光男
　価格：16,500円（税込）
　ご請求：日の出産業株式会社 総務部 宛

ご遺族様のご意向で供花をお受けしない場合はご連絡ください。
""" + SIG_WAKUI)

# 92  周年事業計画 (PPTX) → デザイン会社
add("pass", [], [], "anniversary plan slides with no personal data or marking",
    charset="utf-8", sender=KASAI,
    to=["デザイン工房あおぞら 関口様 <sekiguchi@aozora-design.jp>"],
    subject="記念誌の構成案（スライド）",
    body="""関口様

記念誌の構成案をスライドにまとめました。
ページ割りとテイストのご提案をいただけますでしょうか。
""" + SIG_KASAI,
    attachments=[{"kind": "pptx", "name": "kinenshi_kousei.pptx",
                  "slides": [["技能養成所65年史（仮）構成案", "A4変型・48ページ・フルカラー"],
                             ["第1章 あゆみ", "1961年 開所", "1988年 新校舎竣工", "2020年 オンライン実習導入"],
                             ["第2章 卒業生の声", "各年代から1名ずつ寄稿（依頼中）"],
                             ["第3章 資料編", "歴代所長", "卒業生数の推移（グラフ）"]]}])

# 93  案内状の版下 (PDF) → 印刷
add("pass", [], [], "invitation artwork PDF (no personal data) for printing",
    charset="cp932", sender=KASAI,
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="総会案内状 版下データ",
    body="""制作部 御中

総会案内状の版下データをお送りします。見積番号 NQ-2025-0311 の件です。
""" + SIG_KASAI,
    attachments=[{"kind": "pdf", "name": "soukai_annai_hanshita.pdf",
                  "lines": ["旭陽会 2026年度 定期総会・懇親会のご案内", "日時 2026年5月16日（土）14時",
                            "会場 さくらホテル 3F 鳳凰の間", "会費 8,000円", "旭陽会 会長 舟橋 光男"]}])

# 94  「社外秘」は言葉として出てくるだけ → 会員 gmail
add("pass", [], ["freemail_recipient"],
    "mentions that the directory is handled as 社外秘 but carries no marking or data",
    charset="iso-2022-jp", sender=KYOKUYO,
    to=["雲雀 様 <hibari.takumi@gmail.com>"],
    subject="Re: 会員名簿のデータをいただけますか",
    body="""雲雀様

旭陽会事務局です。お問い合わせありがとうございます。
会員名簿は冊子でのみ配布しており、データは社外秘の扱いとしているため
メールでお送りすることはできかねます。申し訳ございません。

冊子版（2025年版）は2026年3月に発行予定です。
購読をご希望の場合は、1部1,000円で承ります。
""" + SIG_KYOKUYO)

# 95  印刷会社 + 発送代行 (2社) の納品調整
add("pass", [], ["multiple_external_domains"],
    "delivery schedule agreed with the printer and the mailing house (two organisations)",
    charset="utf-8", sender=KASAI,
    to=["錦印刷 石黒様 <ishiguro.t@nishiki-insatsu.co.jp>", "関東ダイレクトメール 畑中様 <hatanaka@kanto-dm.co.jp>"],
    subject="会報58号 納品・発送スケジュール",
    body="""石黒様、畑中様

お世話になっております。日の出産業の葛西です。
会報58号のスケジュールを下記で確定させていただきます。

　11/28（金）午前　錦印刷様 → 関東DM様 発送センターへ直接納品（2,300部）
　12/ 2（火）　　　封入・封緘
　12/ 3（水）　　　差出（料金別納）

発送データは事務局から畑中様へ別途お送りします。
""" + SIG_KASAI)

# 96  either: 名札用 氏名・期・出欠のみ (5名) → ホテル
add("either", ["PERSON_NAME"], ["personal_data"],
    "five names with class and attendance only, for name badges: a list, but no contact data",
    charset="cp932", sender=SAEKI,
    to=["さくらホテル 宴会サービス <banquet-service@sakura-hotel.jp>"],
    subject="名札の作成をお願いします（来賓席）",
    body="""宴会サービス ご担当者様

総会の来賓席用に、名札の作成をお願いいたします。

　第1期　薬袋 義男　　出席
　第2期　御手洗 昭　　出席
　第3期　纐纈 忠　　　出席
　第5期　百足 稔　　　出席
　第6期　釜萢 光男　　欠席（名札不要）

名札は「期・氏名」の2段でお願いします。
""" + SIG_SAEKI)

# 97  社内のみ: 印刷会社からの住所確認依頼を社内転送
_ps = people(7)
add("pass", ["PERSON_NAME", "JP_ADDRESS"], [],
    "forward of a printer's address query (seven members) to an internal colleague only",
    charset="iso-2022-jp", sender=SAEKI,
    to=["小野寺 健 <onodera.ken@hinode-sangyo.co.jp>"],
    subject="FW: 住所表記の確認（第26期）",
    body="""小野寺さん

錦印刷さんから下記の確認依頼が来ています。
旧システムの住所で照合してもらえますか。

佐伯

-----Original Message-----
From: 石黒 俊 <ishiguro.t@nishiki-insatsu.co.jp>
Subject: 住所表記の確認（第26期）

""" + "\n".join(f"{p['name']}  〒{p['zip']}  {p['addr']}" for p in _ps) + "\n\n上記7名、番地の表記をご確認ください。\n")

# 98  社内のみ: 多数の社内宛 (To) で PTA 当番表
_ps = people(10, sex="F", born=(1982, 1990))
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "PTA duty roster with mobiles to many colleagues, all internal",
    charset="utf-8", sender=FUKUSHI,
    to=[f"{n} <{a}@hinode-sangyo.co.jp>" for n, a in
        [("宮坂 涼", "miyasaka.r"), ("堀内 真紀", "horiuchi.m"), ("長尾 拓", "nagao.t"),
         ("梶原 由佳", "kajiwara.y"), ("瀬川 翼", "segawa.t")]],
    subject="バザー当番表（社員保護者分）",
    body="""社員保護者の皆さん

お疲れさまです。福士です。12月13日のバザー当番表を共有します。
交代のご相談は当番同士で直接お願いします。

""" + "\n".join(f"{t}  {p['name']}  {p['mobile']}" for t, p in
                zip(["9:00", "9:00", "10:00", "10:00", "11:00", "11:00", "12:00", "12:00", "13:00", "13:00"], _ps)) +
    "\n\n福士")

# 99  英語: 海外支部(団体)への寄付送金案内 + 英文ディスクレーマー
add("pass", [], [], "association's own SWIFT details to one partner organisation, with a standard disclaimer",
    charset="utf-8", sender=MOROOKA,
    to=["Kyokuyo Alumni Thailand <secretary@kyokuyo-th.org>"],
    subject="Bank details for the chapter's donation",
    body="""Dear Secretary,

Thank you very much for the Thailand chapter's kind offer to contribute to the
65th anniversary fund. Please use the following account of the association:

  Bank: Midori Bank, Shibaura Branch
  SWIFT: MIDOJPJT
  Account: 3318270 (Kyokuyo-kai Anniversary Fund)

Please send us the remittance advice so that we can issue an official receipt.
""" + SIG_MOROOKA + "\n" + DISC_EN)

# 100  会報インタビュー原稿 → デザイン会社
add("pass", [], [], "interview article draft for the newsletter; a name with quotes, no personal data",
    charset="iso-2022-jp", sender=KASAI,
    to=["デザイン工房あおぞら 関口様 <sekiguchi@aozora-design.jp>"],
    subject="会報59号「先輩に聞く」原稿",
    body="""関口様

「先輩に聞く」の原稿です。写真は2点（工場前・旋盤の前）を別便でお送りします。

――――――――――――――――
先輩に聞く　第12回　五十嵐 剛さん（第18期）
――――――――――――――――
「養成所で最初に叩き込まれたのは、図面を最後まで読むことでした」。
そう笑う五十嵐さんは、川口工場で40年間、精密加工一筋に歩んできた。
後輩へのメッセージを聞くと「道具を大切に。道具は裏切らない」と一言。
――――――――――――――――

文字数は本文820字です。レイアウトでご調整ください。
""" + SIG_KASAI)

# =========================================================================================
MESSAGES: list[dict] = []
for _i, _m in enumerate(M, 1):
    MESSAGES.append({"id": f"alumni-{_i:03d}", **_m})
