"""Blind corpus, area ``membership`` — written from BRIEF.md (and the build.py helpers) alone,
without reading mailguard's code, rules or tests.  It covers the membership services that
日の出産業 runs: the HINODE FIT fitness clubs (入会・休会・退会, 口座振替, パーソナルトレーニング,
健康診断付きプラン), the ひのでポイント loyalty / point card (カード再発行, 加盟店), the official
fan club of the company's volleyball team 日の出サンライズ (会員証, 会報, ファンミーティング,
ツアー), the customer community ひのでラボ (アンバサダー, オフ会) and the prize campaigns run with
partners (応募者・当選者リスト, 景品発送, 懸賞金の支払調書).  Member lists travel in every layout
(padded plain-text tables, tabs, bullets, blocks, HTML tables, CSV, XLSX/XLS, DOCX, PDF, ZIP,
forwarded and attached mail); the pass half is the everyday mail of the same desks that looks
risky but is not (one member's details, a few winners, directories of gyms and shops,
statistics, order and tracking numbers, NDA talk, quoted lists, internal-only mail).
"""

from __future__ import annotations

import random
from datetime import date

from build import card_number, my_number

# -- invented people ------------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("岡本", "オカモト", "Okamoto"),
    ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("中山", "ナカヤマ", "Nakayama"), ("石田", "イシダ", "Ishida"),
    ("上田", "ウエダ", "Ueda"), ("森田", "モリタ", "Morita"), ("柴田", "シバタ", "Shibata"),
    ("酒井", "サカイ", "Sakai"), ("工藤", "クドウ", "Kudo"), ("五十嵐", "イガラシ", "Igarashi"),
    ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"),
    ("勅使河原", "テシガハラ", "Teshigahara"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("四十物", "アイモノ", "Aimono"), ("御手洗", "ミタライ", "Mitarai"), ("砂川", "スナガワ", "Sunagawa"),
    ("比嘉", "ヒガ", "Higa"), ("宮里", "ミヤザト", "Miyazato"), ("鬼頭", "キトウ", "Kito"),
    ("葛西", "カサイ", "Kasai"), ("瀬戸口", "セトグチ", "Setoguchi"), ("一ノ瀬", "イチノセ", "Ichinose"),
    ("六車", "ムグルマ", "Muguruma"), ("釘宮", "クギミヤ", "Kugimiya"), ("舘", "タチ", "Tachi"),
    ("姉帯", "アネタイ", "Anetai"), ("木全", "キマタ", "Kimata"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("日下部", "クサカベ", "Kusakabe"), ("更科", "サラシナ", "Sarashina"), ("猪狩", "イガリ", "Igari"),
]

GIVEN = [
    ("陽菜", "ヒナ", "Hina", "F"), ("結衣", "ユイ", "Yui", "F"), ("美咲", "ミサキ", "Misaki", "F"),
    ("さくら", "サクラ", "Sakura", "F"), ("彩花", "アヤカ", "Ayaka", "F"), ("真由美", "マユミ", "Mayumi", "F"),
    ("恵子", "ケイコ", "Keiko", "F"), ("由美子", "ユミコ", "Yumiko", "F"), ("千尋", "チヒロ", "Chihiro", "F"),
    ("詩織", "シオリ", "Shiori", "F"), ("奈々", "ナナ", "Nana", "F"), ("智子", "トモコ", "Tomoko", "F"),
    ("久美", "クミ", "Kumi", "F"), ("早苗", "サナエ", "Sanae", "F"), ("麻衣", "マイ", "Mai", "F"),
    ("涼子", "リョウコ", "Ryoko", "F"), ("芽衣", "メイ", "Mei", "F"), ("和代", "カズヨ", "Kazuyo", "F"),
    ("紬", "ツムギ", "Tsumugi", "F"), ("瑠美", "ルミ", "Rumi", "F"), ("節子", "セツコ", "Setsuko", "F"),
    ("杏奈", "アンナ", "Anna", "F"), ("珠緒", "タマオ", "Tamao", "F"), ("梓", "アズサ", "Azusa", "F"),
    ("翔太", "ショウタ", "Shota", "M"), ("大輔", "ダイスケ", "Daisuke", "M"), ("健一", "ケンイチ", "Kenichi", "M"),
    ("拓也", "タクヤ", "Takuya", "M"), ("直樹", "ナオキ", "Naoki", "M"), ("悠真", "ユウマ", "Yuma", "M"),
    ("蓮", "レン", "Ren", "M"), ("誠", "マコト", "Makoto", "M"), ("浩二", "コウジ", "Koji", "M"),
    ("隆", "タカシ", "Takashi", "M"), ("翼", "ツバサ", "Tsubasa", "M"), ("和也", "カズヤ", "Kazuya", "M"),
    ("亮介", "リョウスケ", "Ryosuke", "M"), ("修", "オサム", "Osamu", "M"), ("陽向", "ヒナタ", "Hinata", "M"),
    ("勝利", "カツトシ", "Katsutoshi", "M"), ("匠", "タクミ", "Takumi", "M"),
    ("雄一郎", "ユウイチロウ", "Yuichiro", "M"), ("清", "キヨシ", "Kiyoshi", "M"), ("湊", "ミナト", "Minato", "M"),
    ("伸也", "シンヤ", "Shinya", "M"), ("啓介", "ケイスケ", "Keisuke", "M"), ("敏夫", "トシオ", "Toshio", "M"),
    ("健太郎", "ケンタロウ", "Kentaro", "M"),
]

# (postal code, prefecture, city, town, area code of the landline)
PLACES = [
    ("060-0042", "北海道", "札幌市中央区", "大通西", "011"),
    ("980-0811", "宮城県", "仙台市青葉区", "一番町", "022"),
    ("330-0063", "埼玉県", "さいたま市浦和区", "高砂", "048"),
    ("273-0005", "千葉県", "船橋市", "本町", "047"),
    ("260-0013", "千葉県", "千葉市中央区", "中央", "043"),
    ("150-0002", "東京都", "渋谷区", "渋谷", "03"),
    ("167-0051", "東京都", "杉並区", "荻窪", "03"),
    ("180-0004", "東京都", "武蔵野市", "吉祥寺本町", "0422"),
    ("174-0072", "東京都", "板橋区", "南常盤台", "03"),
    ("135-0016", "東京都", "江東区", "東陽", "03"),
    ("192-0083", "東京都", "八王子市", "旭町", "042"),
    ("222-0033", "神奈川県", "横浜市港北区", "新横浜", "045"),
    ("210-0007", "神奈川県", "川崎市川崎区", "駅前本町", "044"),
    ("251-0055", "神奈川県", "藤沢市", "南藤沢", "0466"),
    ("420-0857", "静岡県", "静岡市葵区", "御幸町", "054"),
    ("460-0008", "愛知県", "名古屋市中区", "栄", "052"),
    ("444-0043", "愛知県", "岡崎市", "唐沢町", "0564"),
    ("530-0001", "大阪府", "大阪市北区", "梅田", "06"),
    ("569-0803", "大阪府", "高槻市", "高槻町", "072"),
    ("650-0021", "兵庫県", "神戸市中央区", "三宮町", "078"),
    ("604-8005", "京都府", "京都市中京区", "恵比須町", "075"),
    ("700-0901", "岡山県", "岡山市北区", "本町", "086"),
    ("730-0031", "広島県", "広島市中区", "紙屋町", "082"),
    ("760-0050", "香川県", "高松市", "亀井町", "087"),
    ("810-0001", "福岡県", "福岡市中央区", "天神", "092"),
    ("860-0806", "熊本県", "熊本市中央区", "花畑町", "096"),
    ("900-0015", "沖縄県", "那覇市", "久茂地", "098"),
    ("380-0823", "長野県", "長野市", "南千歳", "026"),
    ("950-0087", "新潟県", "新潟市中央区", "東大通", "025"),
    ("310-0015", "茨城県", "水戸市", "宮町", "029"),
]

BUILDINGS = ["メゾン若葉", "コーポ平和", "グランドール", "サンハイツ", "パークサイド壱番館",
             "ライオンズマンション", "エクセル", "ハイム緑が丘", "リバーコート", "シャトー白樺"]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "au.com", "hotmail.co.jp"]

BANKS = [("みどり銀行", "0581"), ("東都信用金庫", "1356"), ("あおい銀行", "0622"), ("ゆうちょ銀行", "9900"),
         ("北海第一銀行", "0517"), ("さざなみ銀行", "0573")]
BRANCHES = [("本店営業部", "001"), ("渋谷支店", "118"), ("新横浜支店", "231"), ("梅田支店", "402"),
            ("天神支店", "711"), ("船橋支店", "305"), ("栄支店", "520"), ("浦和支店", "264")]


def people(seed: str, n: int, *, young: int = 2006, old: int = 1948) -> list[dict]:
    """n invented members, the same for the same seed."""
    rng = random.Random(f"membership-{seed}")
    out: list[dict] = []
    used: set[tuple[str, str]] = set()
    while len(out) < n:
        s = rng.choice(SURNAMES)
        g = rng.choice(GIVEN)
        if (s[0], g[0]) in used:
            continue
        used.add((s[0], g[0]))
        pc, pref, city, town, area = rng.choice(PLACES)
        if rng.random() < 0.5:
            street = f"{rng.randint(1, 5)}丁目{rng.randint(1, 28)}番{rng.randint(1, 22)}号"
        else:
            street = f"{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 22)}"
        if rng.random() < 0.35:
            street += f" {rng.choice(BUILDINGS)}{rng.randint(1, 9)}0{rng.randint(1, 8)}"
        dob = date(rng.randint(old, young), rng.randint(1, 12), rng.randint(1, 28))
        mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        if len(area) == 2:
            tel = f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
        elif len(area) == 3:
            tel = f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        else:
            tel = f"{area}-{rng.randint(20, 99)}-{rng.randint(1000, 9999)}"
        local = rng.choice([
            f"{g[2].lower()}.{s[2].lower()}",
            f"{s[2].lower()}{g[2][0].lower()}{rng.randint(10, 99)}",
            f"{g[2].lower()}_{rng.randint(100, 999)}",
            f"{s[2].lower()}-{g[2].lower()}{dob.year % 100:02d}",
        ])
        bank, bcode = rng.choice(BANKS)
        branch, brcode = rng.choice(BRANCHES)
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name_nosp": f"{s[0]}{g[0]}",
            "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2].upper()}",
            "sex": "女" if g[3] == "F" else "男", "mf": g[3],
            "dob": dob, "age": 2024 - dob.year - (1 if (dob.month, dob.day) > (10, 1) else 0),
            "mobile": mobile, "tel": tel, "email": f"{local}@{rng.choice(FREEMAIL)}",
            "zip": pc, "pref": pref, "city": city,
            "addr": f"{pref}{city}{town}{street}", "addr_nopref": f"{city}{town}{street}",
            "bank": bank, "bank_code": bcode, "branch": branch, "branch_code": brcode,
            "account": f"{rng.randint(0, 9999999):07d}", "acct_type": rng.choice(["普通", "普通", "普通", "当座"]),
            "n": rng.randint(100000, 999999),
        })
    return out


# -- formats people really type -----------------------------------------------------------

_ZEN = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")
_ZEN_ISO = str.maketrans("0123456789-/.:()", "０１２３４５６７８９−／．：（）")


def zen(s: str, iso: bool = False) -> str:
    """ASCII digits → full-width (− for ISO-2022-JP mail, － for CP932/UTF-8 mail)."""
    return s.translate(_ZEN_ISO if iso else _ZEN)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{short}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ")
    raise ValueError(style)


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def jdate(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def pad(s: str, width: int) -> str:
    """Pad to a display width (full-width characters count 2), as people line up columns."""
    w = sum(1 if ord(c) < 0x2000 or 0xFF61 <= ord(c) <= 0xFF9F else 2 for c in s)
    return s + " " * max(width - w, 1)


def corporate_number(base12: str) -> str:
    """A 13-digit 法人番号 whose leading check digit is valid."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):  # n-th digit from the right of the 12
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- senders' signatures (their own contacts: never counted) -----------------------------

ADDR_HQ = "〒103-0022 東京都中央区日本橋室町4-3-18 日の出産業ビル"

SIG_FUJIWARA = f"""
--
日の出産業株式会社 会員サービス部 会員管理課
藤原 里美（ふじわら さとみ）
{ADDR_HQ} 7F
TEL 03-5202-1180（直通） FAX 03-5202-1189
s-fujiwara@hinode-sangyo.co.jp
"""

SIG_NISHIDA = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
フィットネス事業部　HINODE FIT 運営課
西田　剛
〒150-0043 東京都渋谷区道玄坂1-20-8 HINODE FIT渋谷ビル5F
TEL：03-6416-2250　携帯：080-3362-4410
━━━━━━━━━━━━━━━━━━━━
"""

SIG_OMORI = f"""
---------------------------------
ひのでポイント事業推進室
大森 亜希 / Aki Omori
日の出産業株式会社
{ADDR_HQ} 5F
TEL: 03-5202-1240
---------------------------------
"""

SIG_KUWABARA = """
****************************************
日の出サンライズ 公式ファンクラブ運営事務局
（日の出産業株式会社 スポーツ事業部）
桑原 俊
〒210-0024 神奈川県川崎市川崎区日進町5-1
TEL 044-201-3385 ／ FAX 044-201-3386
****************************************
"""

SIG_MIZUNO = f"""
============================
日の出産業株式会社
販促企画部 キャンペーン事務局
水野 玲奈
{ADDR_HQ} 6F
TEL 03-5202-1311
============================
"""

SIG_MIYAKE = """
--
三宅 光（ひのでラボ コミュニティ運営チーム）
日の出産業株式会社 マーケティング本部
TEL 03-5202-1420 / h-miyake@hinode-sangyo.co.jp
"""

SIG_HOSHINA = f"""
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 ヘルスケア事業部
健康サポート課　保科 由紀（保健師）
{ADDR_HQ} 8F
TEL 03-5202-1502
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_KOIKE = """
--
情報システム部 会員システムG 小池 雅人
日の出産業株式会社  内線 4471 / 03-5202-1471
"""

SIG_EN_NISHIDA = """
Best regards,

Takeshi Nishida
HINODE FIT Operations, Fitness Division
Hinode Sangyo Co., Ltd.
1-20-8 Dogenzaka, Shibuya-ku, Tokyo 150-0043, Japan
Tel: +81-3-6416-2250
"""

SIG_EN_OMORI = """
Kind regards,
Aki Omori
Loyalty Program Office | Hinode Sangyo Co., Ltd.
4-3-18 Nihonbashi-Muromachi, Chuo-ku, Tokyo 103-0022
+81-3-5202-1240
"""

DISCLAIMER_JA = """
――――――――――――――――――――――――――――――
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。
――――――――――――――――――――――――――――――
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited.
"""

FUJIWARA = "藤原 里美 <s-fujiwara@hinode-sangyo.co.jp>"
NISHIDA = "西田 剛 <t-nishida@hinode-sangyo.co.jp>"
OMORI = "大森 亜希 <a-omori@hinode-sangyo.co.jp>"
KUWABARA = "桑原 俊 <s-kuwabara@hinode-sangyo.co.jp>"
MIZUNO = "水野 玲奈 <r-mizuno@hinode-sangyo.co.jp>"
MIYAKE = "三宅 光 <h-miyake@hinode-sangyo.co.jp>"
HOSHINA = "保科 由紀 <y-hoshina@hinode-sangyo.co.jp>"
KOIKE = "小池 雅人 <m-koike@hinode-sangyo.co.jp>"
NISHIDA_EN = "Takeshi Nishida <t-nishida@hinode-sangyo.co.jp>"
OMORI_EN = "Aki Omori <a-omori@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []

# =========================================================================================
# STOP — lists of people (five or more records) in every layout
# =========================================================================================

# 001 — space-padded plain-text table pasted into the body, to the system vendor
_p = people("001", 12, young=2004, old=1958)
_rows = "\n".join(
    f"{pad('F24' + str(10031 + i).zfill(5), 11)}{pad(x['name'], 14)}{pad(x['kana'], 22)}"
    f"{pad(ymd(x['dob']), 13)}{x['mobile']}"
    for i, x in enumerate(_p))
MESSAGES.append({
    "id": "membership-001", "charset": "iso-2022-jp",
    "sender": NISHIDA, "to": ["小野寺 様 <onodera@tsubasa-system.jp>"],
    "cc": ["t-nishida@hinode-sangyo.co.jp"],
    "subject": "【HINODE FIT】新会員システム移行テスト用データ（10月入会者分）",
    "body": f"""ツバサシステム株式会社
小野寺様

いつもお世話になっております。HINODE FIT運営課の西田です。

先日の定例でお話のあった移行テストの件、ダミーデータだと文字化けの再現が
できないとのことでしたので、10月入会者の実データを下記に貼り付けます。
（旧字・長い姓・カナの揺れがあるものを中心に選んでいます）

会員番号   氏名          フリガナ              生年月日     携帯電話
---------- ------------- --------------------- ------------ -------------
{_rows}

テストが終わりましたら、お手数ですがテスト環境からの削除をお願いいたします。
よろしくお願いいたします。
{SIG_NISHIDA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "12 new members' names, birth dates and mobiles pasted as a padded table to the external system vendor",
})

# 002 — tab-separated rows, card reissue, to the printer
_p = people("002", 15)
_rows = "\n".join(
    f"HP{3301200450 + i * 37}\t{x['name']}\t{x['zip']}\t{x['addr']}\t{x['tel'] if i % 3 else x['mobile']}"
    for i, x in enumerate(_p))
MESSAGES.append({
    "id": "membership-002", "charset": "shift_jis",
    "sender": OMORI, "to": ["錦印刷 カード製造課 <card-seizo@nishiki-insatsu.co.jp>"],
    "subject": "ひのでポイントカード 再発行分（磁気不良）送付先のご連絡",
    "body": f"""錦印刷株式会社
カード製造課 ご担当者様

お世話になっております。ひのでポイント事業推進室の大森です。

10月ロットの磁気不良の件で、店頭から交換申請が上がってきた会員様の
再発行・直送をお願いいたします。エクセルから貼り付けたのでタブ区切りです。

会員番号\t氏名\t郵便番号\t住所\t電話番号
{_rows}

封入物は通常の再発行セット（台紙・お詫び状）でお願いします。
発送予定日が決まりましたらご一報ください。
{SIG_OMORI}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "15 point-card members with postal address and phone, tab-separated in the body, to the printer",
})

# 003 — 「・」 bullets, campaign winners, to the carrier
_p = people("003", 10)
_rows = "\n".join(
    f"・{x['name']} 様　〒{x['zip']} {x['addr']}　TEL {x['mobile']}" for x in _p)
MESSAGES.append({
    "id": "membership-003", "charset": "iso-2022-jp",
    "sender": MIZUNO, "to": ["青葉運輸 法人営業 <houjin@aoba-unyu.co.jp>"],
    "subject": "秋の収穫祭キャンペーン B賞 発送先リスト",
    "body": f"""青葉運輸株式会社
法人営業部 御中

いつも大変お世話になっております。日の出産業 キャンペーン事務局の水野でございます。

B賞（北海道産新米 5kg）の当選者様10名分の発送先をお送りします。
お届け日の指定はございませんが、11月20日までに到着するよう手配をお願いいたします。

{_rows}

伝票番号が確定しましたら、一覧でご返信いただけますと幸いです。
何卒よろしくお願い申し上げます。
{SIG_MIZUNO}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "10 prize winners as bullet lines with address and mobile, to the shipping partner",
})

# 004 — one block per person, fan club, to the event agency
_p = people("004", 7, young=2006, old=1970)
_blocks = "\n\n".join(
    f"■当選者{i + 1}\n　氏名：{x['name']}（{x['kana']}）\n　会員番号：SR-{x['n']}\n"
    f"　生年月日：{ymd(x['dob'])}\n　電話：{x['mobile']}\n　メール：{x['email']}"
    for i, x in enumerate(_p))
MESSAGES.append({
    "id": "membership-004", "charset": "utf-8",
    "sender": KUWABARA, "to": ["大沢 様 <osawa@stagelink-promo.co.jp>"],
    "subject": "バックステージツアー当選者情報（入館証作成用）",
    "body": f"""ステージリンク・プロモーション
大沢様

お疲れさまです。ファンクラブ事務局の桑原です。
12/7ホーム最終戦のバックステージツアー、当選者が確定しましたので共有します。
入館証の作成と当日の本人確認にお使いください。

{_blocks}

未成年の方が1名いますので、保護者同伴の確認をお願いします。
以上、よろしくお願いします。
{SIG_KUWABARA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "7 fan club winners, one block each with birth date, mobile and e-mail, to the event agency",
})

# 005 — HTML-only mail with a table, community ambassadors
_p = people("005", 8, young=2000, old=1965)
_nick = ["ぽんず", "hina_run", "くまごろう", "もふ母", "takuya.camp", "ゆずこしょう", "pikopiko", "朝活おじさん"]
_tr = "\n".join(
    f"<tr><td>{_nick[i]}</td><td>{x['name']}</td><td>{x['email']}</td><td>{x['mobile']}</td>"
    f"<td>{x['pref']}</td><td>{40 + i * 17}</td></tr>"
    for i, x in enumerate(_p))
MESSAGES.append({
    "id": "membership-005", "charset": "utf-8",
    "sender": MIYAKE, "to": ["早瀬 様 <hayase@kumo-marketing.co.jp>"],
    "subject": "ひのでラボ アンバサダー候補のご共有",
    "html": f"""<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>株式会社クモマーケティング<br>早瀬様</p>
<p>いつもお世話になっております。ひのでラボ運営の三宅です。</p>
<p>来期アンバサダー施策の候補者を、投稿数の多い順に8名ピックアップしました。<br>
打診のご連絡は御社からお願いできればと思います。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>ニックネーム</th><th>氏名</th><th>メールアドレス</th><th>電話番号</th><th>都道府県</th><th>投稿数</th></tr>
{_tr}
</table>
<p>ご不明点があればお知らせください。</p>
<p>--<br>三宅 光（ひのでラボ コミュニティ運営チーム）<br>日の出産業株式会社 マーケティング本部<br>
TEL 03-5202-1420</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8 community members with real names, e-mail and phone in an HTML-only table, to a marketing agency",
})

# 006 — CSV (CP932) of bank accounts for direct debit, to the bank
_p = people("006", 20, young=2002)
_rows = [["会員番号", "契約者名（カナ）", "銀行コード", "支店コード", "預金種目", "口座番号", "引落金額"]]
for i, x in enumerate(_p):
    _rows.append([f"F24{20100 + i * 3:05d}", x["kana"].replace(" ", "　"), x["bank_code"], x["branch_code"],
                  "1" if x["acct_type"] == "普通" else "2", x["account"], "9680" if i % 4 else "7480"])
MESSAGES.append({
    "id": "membership-006", "charset": "shift_jis",
    "sender": "関口 和宏 <k-sekiguchi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 収納代行センター <shuno-center@midori-ginko.co.jp>"],
    "subject": "口座振替 新規登録データ（HINODE FIT 11月分）",
    "body": """みどり銀行 収納代行センター 御中

いつもお世話になっております。
日の出産業 経理部の関口でございます。

HINODE FIT会費の口座振替について、11月新規登録分のデータを添付にてお送りいたします。
伝送システムの更新作業中とのことで、今月はメール添付で、とのご指示をいただいております。

・ファイル：kouza_shinki_202411.csv（20件）
・振替日：12月27日

受領のご連絡をいただけますと幸いです。

日の出産業株式会社 経理部 出納課
関口 和宏
TEL 03-5202-1090
""",
    "attachments": [{"kind": "csv", "name": "kouza_shinki_202411.csv", "encoding": "cp932", "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of 20 members' bank accounts for direct debit, sent as an attachment to the bank",
})

# 007 — CSV (UTF-8) survey respondents for gift sending
_p = people("007", 18)
_rows = [["回答ID", "氏名", "メールアドレス", "郵便番号", "住所", "年代", "謝礼"]]
for i, x in enumerate(_p):
    _rows.append([f"Q3-{1200 + i * 7}", x["name"], x["email"], x["zip"], x["addr"], f"{x['age'] // 10 * 10}代",
                  "QUOカード500円"])
MESSAGES.append({
    "id": "membership-007", "charset": "utf-8",
    "sender": FUJIWARA, "to": ["なぎさリサーチ 村井様 <murai@nagisa-research.co.jp>"],
    "subject": "Re: 会員満足度調査 謝礼発送リストについて",
    "body": f"""なぎさリサーチ
村井様

お世話になっております。日の出産業の藤原です。
ご依頼のありました謝礼発送用のリストを作成しましたので添付いたします。
自由記述で「謝礼不要」と回答された方は除いております（18名）。

発送完了後はリストの破棄をお願いいたします。
{SIG_FUJIWARA}
> 村井です。
> 謝礼の発送は弊社で代行いたしますので、発送先のリストをお送りいただけますでしょうか。
> 形式はCSVで結構です。
""",
    "attachments": [{"kind": "csv", "name": "謝礼発送リスト_会員満足度調査.csv", "encoding": "utf-8", "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of 18 survey respondents with e-mail and home address to the research firm",
})

# 008 — XLSX, several sheets, title row above the header: suspended / cancelled members
_p = people("008", 22, young=2003)
_rs_kyu = ["転勤のため", "仕事多忙", "出産・育児", "引越し予定", "長期出張", "費用面", "学業"]
_rs_tai = ["他社ジムへ移籍", "転居", "料金改定", "利用頻度が低い", "自宅トレーニングに切替"]
_s1 = [["2024年度上期 休会者一覧（HINODE FIT 全店）"], [],
       ["会員番号", "氏名", "性別", "生年月日", "電話番号", "所属店舗", "休会開始", "理由"]]
for i, x in enumerate(_p[:12]):
    _s1.append([f"F{2300000 + x['n'] % 90000}", x["name"], x["sex"], ymd(x["dob"]), x["mobile"],
                ["渋谷", "船橋", "新横浜", "梅田"][i % 4], f"2024/{4 + i % 6:02d}/01", _rs_kyu[i % 7]])
_s2 = [["2024年度上期 退会者一覧"], [],
       ["会員番号", "氏名", "性別", "生年月日", "電話番号", "所属店舗", "退会日", "理由"]]
for i, x in enumerate(_p[12:]):
    _s2.append([f"F{2100000 + x['n'] % 90000}", x["name"], x["sex"], ymd(x["dob"]), x["tel"],
                ["渋谷", "船橋", "新横浜", "梅田"][i % 4], f"2024/{4 + i % 6:02d}/30", _rs_tai[i % 5]])
MESSAGES.append({
    "id": "membership-008", "charset": "iso-2022-jp",
    "sender": NISHIDA, "to": ["空コンサルティング 柚木様 <yuki@sora-consulting.co.jp>"],
    "subject": "退会防止施策ご検討用データの送付",
    "body": f"""株式会社空コンサルティング
柚木様

いつもお世話になっております。日の出産業の西田です。
先日お打ち合わせした退会防止施策の件、分析用のデータをお送りします。

　・休会者シート（12名）
　・退会者シート（10名）
　・集計シート

個票が必要とのことでしたので、抽出したままの形でお渡ししています。
ヒアリング対象の選定もあわせてご相談させてください。
{SIG_NISHIDA}""",
    "attachments": [{"kind": "xlsx", "name": "休会退会者_2024上期.xlsx", "sheets": {
        "休会者": _s1, "退会者": _s2,
        "集計": [["区分", "4月", "5月", "6月", "7月", "8月", "9月"], ["休会", 31, 28, 40, 35, 29, 33],
                 ["退会", 52, 47, 61, 58, 44, 50]]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX with title rows and sheets of 22 suspended/cancelled members (birth date, phone) to a consultant",
})

# 009 — legacy XLS address labels for the fan club bulletin
_p = people("009", 25)
_rows = [["会員番号", "郵便番号", "住所1", "住所2", "氏名", "敬称"]]
for x in _p:
    _rows.append([f"{x['n']}", x["zip"], x["pref"] + x["city"], x["addr_nopref"][len(x["city"]):], x["name"], "様"])
MESSAGES.append({
    "id": "membership-009", "charset": "shift_jis",
    "sender": KUWABARA, "to": ["錦印刷 営業部 堀内様 <horiuchi@nishiki-insatsu.co.jp>"],
    "subject": "会報「SUNRISE PRESS」冬号 宛名データ",
    "body": f"""錦印刷株式会社
営業部 堀内様

お世話になっております。サンライズFC事務局の桑原です。
冬号の宛名データをお送りします。
旧システムからの出力のため .xls 形式になっております。申し訳ありません。
今回は紙会報希望の方のみ（25件）です。

入稿スケジュールは前回と同じで問題ございません。
よろしくお願いいたします。
{SIG_KUWABARA}""",
    "attachments": [{"kind": "xls", "name": "sunrise_press_atena_winter.xls", "sheets": {"宛名": _rows}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of 25 fan club members' names and home addresses for the bulletin mailing, to the printer",
})

# 010 — DOCX table: fan meeting participants, to the hotel
_p = people("010", 9, young=2005)
_t = [["No.", "氏名", "フリガナ", "電話番号", "同伴者"]]
for i, x in enumerate(_p):
    _t.append([str(i + 1), x["name"], x["kana"], x["mobile"], "あり（1名）" if i % 3 == 0 else "なし"])
MESSAGES.append({
    "id": "membership-010", "charset": "utf-8",
    "sender": KUWABARA, "to": ["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"],
    "subject": "12/14 ファンミーティング 参加者名簿（受付用）",
    "body": f"""さくらホテル 宴会予約ご担当 竹中様

いつもお世話になっております。
日の出サンライズ ファンクラブ事務局の桑原でございます。

12月14日（土）「鳳凰の間」でのファンミーティングにつきまして、
受付用の参加者名簿をWordでお送りいたします。
当日は受付にて名簿と照合のうえ、リストバンドをお渡しいただく流れでお願いします。
{SIG_KUWABARA}""",
    "attachments": [{"kind": "docx", "name": "ファンミーティング参加者名簿_1214.docx",
                     "paragraphs": ["日の出サンライズ ファンミーティング 参加者名簿", "2024年12月14日（土）14:00〜 さくらホテル 鳳凰の間"],
                     "tables": [_t]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 9 fan meeting participants with phone numbers to the hotel",
})

# 011 — PDF table: metal membership cards, to the card maker
_p = people("011", 14, young=1995)
_t = [["会員番号", "刻印名", "生年月日", "有効期限"]]
for i, x in enumerate(_p):
    _t.append([f"P-{700100 + i * 13}", x["ROMAJI"], ymd(x["dob"], "-"), "2027/12"])
MESSAGES.append({
    "id": "membership-011", "charset": "iso-2022-jp",
    "sender": OMORI, "to": ["カードワークス・ジャパン 製造管理 <seizo@cardworks-japan.co.jp>"],
    "subject": "プラチナ会員証（メタルカード）製造依頼 第3弾",
    "body": f"""株式会社カードワークス・ジャパン
製造管理ご担当者様

お世話になっております。ひのでポイント事業推進室の大森です。
プラチナランク到達者のメタルカード製造をお願いいたします。
刻印内容は添付PDFの通りです（14名分）。
裏面に生年月日の刻印はございません。照合用としてご利用ください。

納期：12月16日（月）弊社着
{SIG_OMORI}""",
    "attachments": [{"kind": "pdf", "name": "metal_card_order_03.pdf", "title": "メタルカード製造依頼",
                     "lines": ["プラチナ会員証 製造依頼書（第3弾）", "日の出産業株式会社 ひのでポイント事業推進室", ""],
                     "table": _t}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "PDF table of 14 platinum members' names and birth dates to the card manufacturer",
})

# 012 — ZIP (not encrypted) with CSV + XLSX, monthly data to the analytics vendor
_p = people("012", 16)
_csv = [["member_id", "name", "gender", "birth_date", "zip", "address", "email"]]
for i, x in enumerate(_p):
    _csv.append([f"M{x['n']}", x["name"], x["mf"], ymd(x["dob"], "-"), x["zip"], x["addr"], x["email"]])
_pts = [["ポイント履歴 2024年9月"], ["member_id", "日付", "店舗コード", "付与pt", "利用pt"]]
for i, x in enumerate(_p):
    _pts.append([f"M{x['n']}", f"2024-09-{1 + i:02d}", f"S{100 + i % 7}", 12 * (i + 1), 0 if i % 3 else 300])
MESSAGES.append({
    "id": "membership-012", "charset": "utf-8",
    "sender": OMORI, "to": ["data-team@datanest-analytics.co.jp"], "cc": ["a-omori@hinode-sangyo.co.jp"],
    "subject": "月次データ連携（2024年9月分）",
    "body": f"""データネスト・アナリティクス
データチーム各位

お世話になっております。大森です。
9月分の月次データをzipでお送りします。
今月から会員マスタに住所列を追加しています（エリア分析用）。

・members_202409.csv
・point_history_202409.xlsx

よろしくお願いします。
{SIG_OMORI}""",
    "attachments": [{"kind": "zip", "name": "hinode_point_202409.zip", "files": [
        {"kind": "csv", "name": "members_202409.csv", "encoding": "utf-8", "rows": _csv},
        {"kind": "xlsx", "name": "point_history_202409.xlsx", "sheets": {"履歴": _pts}}]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "unencrypted ZIP with a member master CSV of 16 people (birth date, address, e-mail) to an analytics vendor",
})

# 013 — forward (FW:) of a store mail whose body lists trial applicants
_p = people("013", 8, young=2004)
_rows = "\n".join(f"{i + 1}. {x['name']}（{x['age']}）{x['mobile']}　希望：{['平日夜', '土日午前', '平日昼', '土日午後'][i % 4]}"
                  for i, x in enumerate(_p))
MESSAGES.append({
    "id": "membership-013", "charset": "iso-2022-jp",
    "sender": NISHIDA, "to": ["フィットプロ 配属担当 <haizoku@fitpro-trainers.jp>"],
    "subject": "FW: 【渋谷店】パーソナル体験 申込者（11/11〜11/17）",
    "body": f"""フィットプロ 配属ご担当者様

お世話になっております。HINODE FITの西田です。
渋谷店からの連絡を転送しますので、トレーナーの割り振りをお願いできますでしょうか。
電話での日程調整は御社トレーナーから直接お願いします。

-----Original Message-----
From: 渋谷店 フロント <shibuya-front@hinode-sangyo.co.jp>
Sent: Monday, November 18, 2024 9:12 AM
To: 西田 剛 <t-nishida@hinode-sangyo.co.jp>
Subject: 【渋谷店】パーソナル体験 申込者（11/11〜11/17）

西田さん

お疲れ様です。渋谷店 森です。
先週分のパーソナル体験申込者です。

{_rows}

よろしくお願いします。
{SIG_NISHIDA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward of an internal store mail listing 8 trial applicants with mobiles to an external trainer firm: new text to them",
})

# 014 — store manager's mail attached as .eml, forwarded to the franchise consultant
_p = people("014", 10, young=2003)
_inner_rows = "\n".join(f"{x['name']}　{x['age']}歳　{x['mobile']}　{x['email']}" for x in _p)
MESSAGES.append({
    "id": "membership-014", "charset": "shift_jis",
    "sender": NISHIDA, "to": ["FCパートナーズ 岸本様 <kishimoto@fc-partners.co.jp>"],
    "subject": "転送：船橋店 入会キャンペーン申込状況",
    "body": """FCパートナーズ
岸本様

お世話になっております。西田です。
船橋店の店長から上がってきた報告を添付で転送いたします。
入会に至らなかった方へのフォロー方法について、次回ご助言いただければ幸いです。

西田
""",
    "attachments": [{"kind": "eml", "name": "船橋店_入会キャンペーン申込状況.eml", "message": {
        "charset": "shift_jis", "sender": "船橋店 店長 今井 <funabashi-mgr@hinode-sangyo.co.jp>",
        "to": [NISHIDA], "subject": "船橋店 入会キャンペーン申込状況",
        "body": f"""西田さん

お疲れ様です。船橋店 今井です。
11月の入会キャンペーン申込者のうち、見学のみで未入会の方の一覧です。

{_inner_rows}

電話フォローは今週中に店舗で実施します。
今井
"""}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "attached .eml (forward) carries 10 prospects' ages, mobiles and e-mails, to an external consultant",
})

# 015 — English, padded list of top-tier members to an overseas hotel partner
_p = people("015", 8, young=1998, old=1955)
_rows = "\n".join(
    f"{pad(x['romaji'], 22)}{pad(x['email'], 34)}{pad(x['dob'].strftime('%d %b %Y'), 14)}SR-PL{x['n']}"
    for x in _p)
MESSAGES.append({
    "id": "membership-015", "charset": "utf-8",
    "sender": OMORI_EN, "to": ["Grace Liu <grace.liu@harbor-hotels.com>"],
    "subject": "Sunrise Club Platinum – welcome amenity list for December",
    "body": f"""Hi Grace,

Thank you for setting up the birthday amenity for our Platinum members staying at
Harbor Hotels in December. As agreed, here is the list so your front desk can match
them at check-in:

Name                  E-mail                            Date of birth Member no.
--------------------  --------------------------------  ------------  -----------
{_rows}

Please let me know if you need anything else from our side.
{SIG_EN_OMORI}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "English mail listing 8 loyalty members' names, e-mails and birth dates to an overseas hotel",
})

# 016 — comma-separated rows in the body, no name column
_p = people("016", 12)
_rows = "\n".join(f"{x['n']},{ymd(x['dob'])},{x['sex']},{x['mobile']},{x['zip']}" for x in _p)
MESSAGES.append({
    "id": "membership-016", "charset": "shift_jis",
    "sender": OMORI, "to": ["data-team@datanest-analytics.co.jp"],
    "subject": "解約予測モデル 検証用サンプル",
    "body": f"""データネスト 各位

大森です。検証用のサンプル12件、メール本文に貼ります。
氏名は外してありますので、このまま使っていただいて大丈夫です。

会員ID,生年月日,性別,携帯番号,郵便番号
{_rows}

本番データは来月、連携フォルダ経由でお渡しします。
{SIG_OMORI}""",
    "expect": "stop",
    "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "12 comma-separated member rows without names but with birth date and mobile: still a list of people",
})

# 017 — full-width padded columns, 和暦 birth dates, group accident insurance
_p = people("017", 11, young=1962, old=1940)
_rows = "\n".join(
    f"{x['name'].replace(' ', '　'):　<7}　{zen(wareki(x['dob']), iso=True):　<11}　{zen(x['addr'], iso=True)}"
    for x in _p)
MESSAGES.append({
    "id": "membership-017", "charset": "iso-2022-jp",
    "sender": HOSHINA, "to": ["あさひ損保代理店 野口様 <noguchi@asahi-sonpo-agency.co.jp>"],
    "subject": "シニアウォーキング会 団体傷害保険 加入者名簿",
    "body": f"""あさひ損保代理店
野口様

いつもお世話になっております。
日の出産業ヘルスケア事業部の保科でございます。

１２月のシニアウォーキング会（全３回）の団体傷害保険について、
加入者名簿をお送りいたします。手書き名簿から打ち直したものです。

氏名　　　　　　　生年月日　　　　　　　住所
―――――――――――――――――――――――――――――――――――――――
{_rows}

保険料のご請求は、いつも通り弊社宛てでお願いいたします。
{SIG_HOSHINA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "11 senior members with 和暦 birth dates and addresses in full-width digits, to an insurance agency",
})

# 018 — XLSX: every entrant of the joint campaign, to the co-sponsor
_p = people("018", 45)
_web = [["北国フーズ×日の出産業 冬のごちそうキャンペーン 応募者一覧（Web）"],
        ["応募番号", "氏名", "メールアドレス", "郵便番号", "住所", "年齢", "希望賞品"]]
for i, x in enumerate(_p[:30]):
    _web.append([f"W{24000 + i * 11}", x["name"], x["email"], x["zip"], x["addr"], x["age"], "ABC"[i % 3] + "賞"])
_post = [["応募者一覧（はがき）"], ["受付番号", "氏名", "電話番号", "住所", "年齢", "希望賞品"]]
for i, x in enumerate(_p[30:]):
    _post.append([f"P{3100 + i}", x["name"], x["tel"], f"〒{x['zip']} {x['addr']}", x["age"], "AB"[i % 2] + "賞"])
MESSAGES.append({
    "id": "membership-018", "charset": "utf-8",
    "sender": MIZUNO, "to": ["北国フーズ 販促課 工藤様 <kudo@kitaguni-foods.co.jp>"],
    "subject": "【共同キャンペーン】応募者データ（全件）",
    "body": f"""北国フーズ株式会社
販促課 工藤様

いつもお世話になっております。日の出産業の水野でございます。
締切までの応募者データ（Web・はがき 全件）をお送りいたします。
抽選は御社にて実施いただく段取りと伺っておりますので、
当選者が決まりましたら当選者番号のみご連絡ください。
{SIG_MIZUNO}""",
    "attachments": [{"kind": "xlsx", "name": "冬のごちそうCP_応募者一覧.xlsx",
                     "sheets": {"Web応募": _web, "はがき応募": _post}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX of 45 campaign entrants (web and postcard sheets) with contacts and addresses to the co-sponsor",
})

# 019 — a reply whose NEW text carries the list (quoted part is harmless)
_p = people("019", 6)
_rows = "\n".join(f"{i + 1}）{x['name']}様　{x['addr']}　{x['mobile']}" for i, x in enumerate(_p))
MESSAGES.append({
    "id": "membership-019", "charset": "shift_jis",
    "sender": KUWABARA, "to": ["さくらホテル 宿泊予約 <shukuhaku@sakura-hotel.jp>"],
    "subject": "Re: 【ご依頼】宿泊者名簿のご提出について",
    "body": f"""さくらホテル 宿泊予約ご担当 松井様

お世話になっております。サンライズFC事務局の桑原です。
ご依頼の宿泊者名簿、下記のとおりお送りいたします。
（アウェイ遠征応援ツアー 1/25泊 6名様）

{_rows}

部屋割りは前回同様、ツイン3室でお願いいたします。
{SIG_KUWABARA}
-----Original Message-----
From: さくらホテル 宿泊予約 <shukuhaku@sakura-hotel.jp>
Sent: Tuesday, January 7, 2025 4:03 PM
Subject: 【ご依頼】宿泊者名簿のご提出について

日の出産業 桑原様

いつもご利用ありがとうございます。
旅館業法に基づき、ご宿泊の皆様の氏名・住所・連絡先を事前にご提出いただけますでしょうか。
お手数をおかけしますが、よろしくお願いいたします。

さくらホテル 宿泊予約 松井
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reply whose new text (not the quote) lists 6 tour members' addresses and mobiles to the hotel",
})

# 020 — PDF: long overdue membership fees, to the debt collection servicer
_p = people("020", 9, young=1995)
_t = [["会員番号", "氏名", "住所", "電話番号", "未納額", "最終入金日"]]
for i, x in enumerate(_p):
    _t.append([f"F{1900000 + x['n'] % 90000}", x["name"], x["addr"], x["mobile"],
               f"{(i % 5 + 3) * 9680:,}円", f"2024/{(i % 6) + 1:02d}/27"])
MESSAGES.append({
    "id": "membership-020", "charset": "iso-2022-jp",
    "sender": "関口 和宏 <k-sekiguchi@hinode-sangyo.co.jp>",
    "to": ["かえで債権回収 受託管理部 <jutaku@kaede-saiken.co.jp>"],
    "subject": "会費長期未納者の回収委託について（第2四半期分）",
    "body": """かえで債権回収株式会社
受託管理部 御中

平素より大変お世話になっております。
日の出産業株式会社 経理部の関口でございます。

HINODE FITの月会費について、督促後も３か月以上未納となっている会員の一覧を
添付PDFにてお送りいたします。委託契約第4条に基づき回収をお願いいたします。

日の出産業株式会社 経理部 出納課
関口 和宏
TEL 03-5202-1090
""",
    "attachments": [{"kind": "pdf", "name": "未納者一覧_2024Q2.pdf",
                     "lines": ["会費長期未納者一覧（2024年度第2四半期）", "日の出産業株式会社 経理部", ""],
                     "table": _t}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF of 9 members in arrears with address and mobile to a collection servicer",
})

# 021 — DOCX, one paragraph block per person: interview candidates for a magazine
_p = people("021", 5, young=1996, old=1960)
_jobs = ["看護師", "会社員（IT）", "主婦", "公務員", "自営業（カフェ経営）"]
_paras = ["ランニングクラブ会員 取材候補者（5名）", ""]
for i, x in enumerate(_p):
    _paras += [f"【候補{i + 1}】{x['name']}さん（{x['age']}歳・{_jobs[i]}）",
               f"携帯：{x['mobile']}　メール：{x['email']}",
               f"コメント：入会{i + 2}年目。{['フルマラソン完走が目標', '朝ラン派', '親子で参加', '大会入賞経験あり', '60kg減量に成功'][i]}。",
               ""]
MESSAGES.append({
    "id": "membership-021", "charset": "shift_jis",
    "sender": NISHIDA, "to": ["月刊ランナーズ編集部 白石様 <shiraishi@runners-magazine.jp>"],
    "subject": "会員インタビュー企画　候補者のご紹介",
    "body": f"""月刊ランナーズ編集部
白石様

先日はありがとうございました。HINODE FITの西田です。
会員インタビュー企画の候補者を5名ご紹介します（詳細はWordにまとめました）。
ご本人には編集部から直接ご連絡が行く旨、伝えてあります。
{SIG_NISHIDA}""",
    "attachments": [{"kind": "docx", "name": "取材候補者リスト.docx", "paragraphs": _paras}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DOCX with one block per member: 5 people with mobile and e-mail, to a magazine editor",
})

# 022 — XLSX with exactly five winners, to the co-sponsor who ships the prize
_p = people("022", 5)
_rows = [["A賞 当選者（発送先）"], ["No", "氏名", "郵便番号", "住所", "電話番号"]]
for i, x in enumerate(_p):
    _rows.append([i + 1, x["name"], x["zip"], x["addr"], x["mobile"]])
MESSAGES.append({
    "id": "membership-022", "charset": "iso-2022-jp",
    "sender": MIZUNO, "to": ["北国フーズ 販促課 工藤様 <kudo@kitaguni-foods.co.jp>"],
    "subject": "A賞（特選カニセット）当選者 発送先のご連絡",
    "body": f"""北国フーズ株式会社
工藤様

お世話になっております。水野です。
A賞は御社倉庫から直送いただけるとのことで、当選者5名分の発送先を添付いたします。
冷凍便でのお届けになる旨、同梱のご案内にご記載ください。
{SIG_MIZUNO}""",
    "attachments": [{"kind": "xlsx", "name": "A賞当選者.xlsx", "sheets": {"A賞": _rows}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "exactly five winners' names, addresses and phones in an XLSX: the threshold of a list",
})

# 023 — ZIP holding a PDF and a DOCX: returned membership cards and their new addresses
_p = people("023", 7)
_pdf_t = [["会員番号", "氏名", "旧住所", "返戻理由"]]
_docx_t = [["氏名", "新住所", "電話番号"]]
_new = people("023-new", 7)
for i, x in enumerate(_p):
    _pdf_t.append([f"SR-{x['n']}", x["name"], x["addr"], ["あて所に尋ねあたりません", "転居先不明", "受取拒否"][i % 3]])
    _docx_t.append([x["name"], f"〒{_new[i]['zip']} {_new[i]['addr']}", _new[i]["tel"]])
MESSAGES.append({
    "id": "membership-023", "charset": "utf-8",
    "sender": KUWABARA, "to": ["錦印刷 発送センター <hassou@nishiki-insatsu.co.jp>"],
    "subject": "会員証 返戻分の再送について",
    "body": f"""錦印刷 発送センター ご担当者様

お疲れさまです。サンライズFC事務局の桑原です。
新年度会員証のうち、宛先不明で戻ってきたものの一覧と、
会員様に確認が取れた再送先をまとめてzipでお送りします。

 ・返戻一覧.pdf
 ・再送先.docx

再送は通常の定形郵便で結構です。
{SIG_KUWABARA}""",
    "attachments": [{"kind": "zip", "name": "会員証_返戻再送.zip", "files": [
        {"kind": "pdf", "name": "返戻一覧.pdf", "lines": ["会員証 返戻一覧", ""], "table": _pdf_t},
        {"kind": "docx", "name": "再送先.docx", "paragraphs": ["会員証 再送先一覧"], "tables": [_docx_t]}]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "ZIP (no password) of a PDF and a DOCX listing 7 fan club members' old and new addresses, to the printer",
})

# 024 — text + HTML alternative: corporate members' usage, back to the client company's HR
_p = people("024", 12, young=2001, old=1964)
_uses = [14, 3, 0, 22, 8, 1, 11, 5, 0, 17, 9, 2]
_lines = "\n".join(f"  {pad(x['name'], 14)}{pad('C' + str(x['n']), 10)}{pad(str(_uses[i]) + '回', 6)}"
                   f"{x['email']}  {x['mobile']}" for i, x in enumerate(_p))
_tr = "".join(f"<tr><td>{x['name']}</td><td>C{x['n']}</td><td>{_uses[i]}回</td><td>{x['email']}</td>"
              f"<td>{x['mobile']}</td></tr>" for i, x in enumerate(_p))
MESSAGES.append({
    "id": "membership-024", "charset": "utf-8",
    "sender": NISHIDA, "to": ["港興業 人事部 福利厚生G <fukuri@minato-kogyo.co.jp>"],
    "subject": "法人会員プラン ご利用状況（10月）",
    "body": f"""港興業株式会社
人事部 福利厚生グループ 御中

いつもHINODE FIT法人会員プランをご利用いただきありがとうございます。
10月のご利用状況を従業員様ごとにお知らせいたします。

  氏名          会員番号  利用回数  登録メール / 携帯
{_lines}

利用のない方へのご案内チラシもご用意できますのでお申し付けください。
{SIG_NISHIDA}""",
    "html": f"""<html><body><p>港興業株式会社<br>人事部 福利厚生グループ 御中</p>
<p>いつもHINODE FIT法人会員プランをご利用いただきありがとうございます。<br>
10月のご利用状況を従業員様ごとにお知らせいたします。</p>
<table border="1" cellpadding="3"><tr><th>氏名</th><th>会員番号</th><th>利用回数</th><th>登録メール</th><th>携帯</th></tr>
{_tr}</table>
<p>利用のない方へのご案内チラシもご用意できますのでお申し付けください。</p>
<p>日の出産業株式会社 フィットネス事業部 HINODE FIT 運営課 西田 剛<br>TEL：03-6416-2250</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "text+HTML mail listing 12 corporate members' e-mails, mobiles and usage to the client's HR (external)",
})

# =========================================================================================
# STOP — My Number, card numbers, identity documents (even of one person)
# =========================================================================================

# 025 — My Number of a cash-prize winner, for the 支払調書, to the outside tax accountant
_w = people("025", 1, young=1985, old=1960)[0]
_mn = my_number(2501)
MESSAGES.append({
    "id": "membership-025", "charset": "iso-2022-jp",
    "sender": "関口 和宏 <k-sekiguchi@hinode-sangyo.co.jp>",
    "to": ["加藤税理士事務所 加藤先生 <kato@zeirishi-kato.jp>"],
    "subject": "懸賞金（特賞100万円）の支払調書作成について",
    "body": f"""加藤税理士事務所
加藤先生

いつもお世話になっております。日の出産業 経理部の関口です。

先日ご相談した周年記念キャンペーン特賞（賞金100万円）の件、
当選者様から個人番号のご提出がありましたので、支払調書の作成をお願いいたします。

　氏名　　：{_w['name']}（{_w['kana']}）
　住所　　：〒{_w['zip']} {_w['addr']}
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　支払日　：2024年12月10日
　支払金額：1,000,000円

番号確認書類（通知カードの写し）は郵送でお送りします。
よろしくお願いいたします。

日の出産業株式会社 経理部 出納課 関口 和宏
TEL 03-5202-1090
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a prize winner's 個人番号 (valid check digit) with name and address to an outside tax accountant",
})

# 026 — a member's credit card number typed into mail to the payment processor
_w = people("026", 1)[0]
_cc = card_number(2601)
MESSAGES.append({
    "id": "membership-026", "charset": "shift_jis",
    "sender": NISHIDA, "to": ["ペイゲート サポートデスク <support@paygate-j.co.jp>"],
    "subject": "継続課金 カード変更の代行登録のお願い（会員番号F2311870）",
    "body": f"""ペイゲート サポートデスク御中

お世話になっております。HINODE FIT運営課の西田です。
会員様がマイページからカード変更できないとのことで、お電話でカード情報を伺いました。
管理画面からの代行登録ができないため、御社側で差し替えをお願いできますでしょうか。

会員番号：F2311870
カード名義：{_w['ROMAJI']}
カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
有効期限：09/28

12月分の課金日（12/5）までに反映いただけると助かります。
{SIG_NISHIDA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "one member's full credit card number and name typed into mail to the payment processor",
})

# 027 — driver's licence number, duplicate-enrolment check with the franchisor
_w = people("027", 1, young=1990, old=1970)[0]
MESSAGES.append({
    "id": "membership-027", "charset": "utf-8",
    "sender": NISHIDA, "to": ["ウェルフィット・ジャパン 加盟店サポート <fc-support@wellfit-japan.co.jp>"],
    "subject": "【照会】他店舗での強制退会歴の有無について",
    "body": f"""ウェルフィット・ジャパン
加盟店サポート御中

お世話になっております。HINODE FIT（加盟店No.0127）の西田です。
本日入会申込のあった方について、他の加盟店で規約違反による強制退会歴がないか
照会をお願いいたします。本人確認書類の内容は以下のとおりです。

氏名：{_w['name']}
生年月日：{jdate(_w['dob'])}
住所：{_w['addr']}
運転免許証番号：第{3010 + _w['n'] % 900:04d}{_w['n'] % 10000:04d}{(_w['n'] * 7) % 10000:04d}号

ご回答は入会手続き前（今週金曜）までにいただけますと幸いです。
{SIG_NISHIDA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "an applicant's driver's licence number with birth date and address sent to the franchisor for a check",
})

# 028 — health insurance card 記号・番号 for the health-check plan, to the clinic
_w = people("028", 1, young=1985, old=1962)[0]
MESSAGES.append({
    "id": "membership-028", "charset": "iso-2022-jp",
    "sender": HOSHINA, "to": ["ひかり健診センター 予約係 <yoyaku@hikari-kenshin.or.jp>"],
    "subject": "健康診断付きプラン 受診予約（1名）",
    "body": f"""ひかり健診センター
予約係 ご担当者様

いつもお世話になっております。日の出産業ヘルスケア事業部の保科です。
健康診断付きプランにお申込みの会員様1名の受診予約をお願いいたします。

　氏名　　　　：{_w['name']}（{_w['kana']}）
　生年月日　　：{wareki(_w['dob'])}
　電話番号　　：{_w['mobile']}
　保険者番号　：06139052
　被保険者証　：記号 2741　番号 318
　希望日　　　：1月15日（水）午前、または1月22日（水）午前

受診票は会員様のご自宅へ直接ご送付いただけますでしょうか。
{SIG_HOSHINA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "one member's health insurance card 保険者番号・記号・番号 with birth date to the external clinic",
})

# 029 — residence card number of a foreign member, ticket name change
_w = people("029", 1)[0]
MESSAGES.append({
    "id": "membership-029", "charset": "utf-8",
    "sender": KUWABARA, "to": ["チケットゲート 本人確認窓口 <kyc@tix-gate.jp>"],
    "subject": "FC先行チケット 名義変更の本人確認について",
    "body": f"""チケットゲート 本人確認窓口 御中

お世話になっております。日の出サンライズFC事務局の桑原です。
FC先行で購入された会員様のチケット名義変更の件、本人確認書類として
在留カードをご提示いただきましたので、内容をお知らせします。

  Name: NGUYEN THI LAN (グエン・ティ・ラン)
  Date of birth: 1996-08-21
  在留カード番号: UH48271536FA
  FC会員番号: SR-884120

名義変更後のチケットはアプリ内で再発行されるとの理解でよろしいでしょうか。
{SIG_KUWABARA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a foreign member's 在留カード number and birth date sent to the ticketing company",
})

# 030 — passport numbers of three tour participants, to the travel agency
_p = people("030", 3, young=2000, old=1965)
_pp = ["TR4419027", "TK8836154", "TZ1750386"]
_rows = "\n".join(f"{i + 1}. {x['ROMAJI']}　旅券番号 {_pp[i]}　生年月日 {ymd(x['dob'])}　有効期限 {2029 + i}/0{3 + i}/1{i}"
                  for i, x in enumerate(_p))
MESSAGES.append({
    "id": "membership-030", "charset": "shift_jis",
    "sender": KUWABARA, "to": ["ほしぞらトラベル 団体旅行課 <dantai@hoshizora-travel.co.jp>"],
    "subject": "台北ファンミーティングツアー 追加申込者の旅券情報",
    "body": f"""ほしぞらトラベル
団体旅行課 藤森様

お世話になっております。サンライズFC事務局の桑原です。
台北ファンミーティングツアー（2/14〜16）のキャンセル待ちから3名繰り上がりましたので、
航空券手配用の旅券情報をお送りします。

{_rows}

座席はなるべく並びでお願いできればと思います。
{SIG_KUWABARA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "passport numbers of only three members, but identity documents stop even below the list threshold",
})

# 031 — basic pension number typed into a support ticket to the system vendor
_w = people("031", 1, young=1958, old=1944)[0]
MESSAGES.append({
    "id": "membership-031", "charset": "iso-2022-jp",
    "sender": KOIKE, "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "【障害】シニア割 本人確認書類登録でエラー（E-4102）",
    "body": f"""ツバサシステム サポート御中

日の出産業 情報システム部の小池です。
会員管理システムのシニア割登録画面で、本人確認書類に「年金手帳」を選ぶと
E-4102で登録できない事象が発生しています。再現データを記載します。

　会員番号　：F1822093
　氏名　　　：{_w['name']}
　生年月日　：{wareki(_w['dob'], 'short')}
　基礎年金番号：4120-538716
　書類種別　：年金手帳

番号欄に「-」を含めても含めなくても同じエラーになります。
至急ご確認をお願いします。
{SIG_KOIKE}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a real member's 基礎年金番号 pasted as 'reproduction data' into a bug report to the vendor",
})

# =========================================================================================
# STOP — 要配慮個人情報 of even one person
# =========================================================================================

# 032 — medical history of a new personal-training member, to the trainer contractor
MESSAGES.append({
    "id": "membership-032", "charset": "utf-8",
    "sender": NISHIDA, "to": ["フィットプロ 配属担当 <haizoku@fitpro-trainers.jp>"],
    "subject": "新規パーソナル会員の引継ぎ（新横浜店）",
    "body": f"""フィットプロ 配属ご担当者様

お世話になっております。西田です。
新横浜店で新たにパーソナル契約された会員様の引継ぎです。

・氏名：葛西 敏夫 様（67歳）
・契約：週1回×60分
・既往歴：2年前に心筋梗塞でステント留置、現在も抗血小板薬を服用中
・主治医からは心拍数120以下での有酸素運動のみ許可

初回は血圧測定からお願いします。担当トレーナーが決まりましたら教えてください。
{SIG_NISHIDA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named member's medical history (heart attack, medication) sent to an external trainer company",
})

# 033 — health check results of a member on the health-check plan, to a nutritionist
_w = people("033", 1, young=1975, old=1958)[0]
MESSAGES.append({
    "id": "membership-033", "charset": "iso-2022-jp",
    "sender": HOSHINA, "to": ["えいようサポート 管理栄養士 日高様 <hidaka@eiyou-support.jp>"],
    "subject": "食事指導のご依頼（健康診断付きプラン会員）",
    "body": f"""えいようサポート
日高様

お世話になっております。保科です。
健康診断付きプランの会員様について、健診結果を受けて食事指導をお願いしたく、
必要な情報をお送りいたします。

【会員様】{_w['name']} 様（{_w['sex']}性、{wareki(_w['dob'])}生）
【健診日】2024年10月8日
【主な結果】
　HbA1c　　7.2％（H）
　空腹時血糖　138 mg/dL（H）
　LDLコレステロール　162 mg/dL（H）
　総合判定：要精密検査（2型糖尿病の疑い）

ご本人には栄養指導の同意をいただいております。
初回面談の候補日をいくつかいただけますでしょうか。
{SIG_HOSHINA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's health check results and suspected diabetes sent to an outside nutritionist",
})

# 034 — disability of one member, accessible room request to the hotel
MESSAGES.append({
    "id": "membership-034", "charset": "shift_jis",
    "sender": KUWABARA, "to": ["さくらホテル 宿泊予約 <shukuhaku@sakura-hotel.jp>"],
    "subject": "遠征応援ツアー　ユニバーサルルームのご相談",
    "body": f"""さくらホテル 宿泊予約 松井様

いつもお世話になっております。サンライズFC事務局の桑原です。

1/25ご宿泊のツアー参加者のうち、比嘉 珠緒 様（携帯 090-4417-2863）が
身体障害者手帳1級（下肢機能障害）をお持ちで、車いすをご利用です。
ユニバーサルルームのご用意と、会場までの移動ルートについてご相談させてください。
ご本人から直接ホテルへお問い合わせいただく場合もございます。
{SIG_KUWABARA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named member's physical disability grade and mobile sent to the hotel",
})

# 035 — arrest of a fan club member, consulting the law firm about expulsion
_w = people("035", 1, young=1990, old=1975)[0]
MESSAGES.append({
    "id": "membership-035", "charset": "iso-2022-jp",
    "sender": KUWABARA, "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "cc": ["legal@hinode-sangyo.co.jp"],
    "subject": "ファンクラブ会員の除名処分についてのご相談",
    "body": f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業スポーツ事業部の桑原です。

当チーム選手へのつきまといで、当クラブ会員が11月20日にストーカー規制法違反の
容疑で逮捕されたとの報道がありました。会員情報は以下のとおりです。

　会員番号　SR-{_w['n']}
　氏名　　　{_w['name']}（{_w['age']}歳）
　住所　　　{_w['addr']}

会員規約第12条（除名）の適用と、今後の来場制限の可否について
ご意見をいただけますでしょうか。
{SIG_KUWABARA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's arrest (criminal matter) with address sent to the outside law firm",
})

# 036 — religion of a member, dietary request to the hotel banquet
MESSAGES.append({
    "id": "membership-036", "charset": "utf-8",
    "sender": KUWABARA, "to": ["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"],
    "subject": "ファンミーティング懇親会 お食事のご配慮について",
    "body": f"""さくらホテル 宴会予約ご担当 竹中様

お世話になっております。桑原です。
懇親会のお料理について、2点ご相談です。

1. 会員の アフマド・ユースフ 様（会員番号 SR-772031）はイスラム教を信仰されており、
   豚肉・アルコールを含まないハラール対応のお食事をお願いしたいとのことです。
   礼拝のため、15時頃に空いている小部屋をお借りできればありがたいです。
2. ベジタリアンの方が2名いらっしゃいます（お名前は当日お伝えします）。

対応可否と追加料金をお知らせください。
{SIG_KUWABARA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's religion (Islam) disclosed to the hotel with his member number",
})

# 037 — DV victim: address concealment request to the system vendor
MESSAGES.append({
    "id": "membership-037", "charset": "shift_jis",
    "sender": FUJIWARA, "to": ["ツバサシステム 小野寺様 <onodera@tsubasa-system.jp>"],
    "subject": "【至急】会員情報の閲覧制限設定について",
    "body": f"""ツバサシステム
小野寺様

お世話になっております。藤原です。至急のご相談です。

ひのでポイント会員の 御手洗 早苗 様 が配偶者からのDV被害に遭われており、
警察にも相談済みで、転居先を加害者に知られないよう強く求められています。
転居後の住所は 〒420-0857 静岡県静岡市葵区御幸町3丁目8番2号 です。

店舗端末・コールセンター画面のどちらからも住所が表示されないよう、
閲覧制限フラグの設定方法を教えていただけますでしょうか。
{SIG_FUJIWARA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member as a DV (crime) victim, with her new address, sent to the system vendor",
})

# 038 — XLSX list with a 配慮事項 column (health conditions), to the event company
_p = people("038", 14, young=2016, old=2011)
_care = ["", "食物アレルギー（卵）", "", "てんかん発作の既往あり（服薬中）", "", "", "喘息", "",
         "発達障害（ASD）のため声かけに配慮", "", "", "1型糖尿病（インスリン持参）", "", ""]
_rows = [["親子サッカー教室（12/21）参加者一覧"], [],
         ["No", "お子さま氏名", "生年月日", "保護者連絡先", "配慮事項"]]
for i, x in enumerate(_p):
    _rows.append([i + 1, x["name"], ymd(x["dob"]), x["mobile"], _care[i]])
MESSAGES.append({
    "id": "membership-038", "charset": "utf-8",
    "sender": MIYAKE, "to": ["ステージリンク・プロモーション 大沢様 <osawa@stagelink-promo.co.jp>"],
    "subject": "親子サッカー教室 参加者一覧（当日スタッフ共有用）",
    "body": f"""大沢様

お世話になっております。三宅です。
12/21の親子サッカー教室、参加者一覧をお送りします。
配慮事項の欄は当日の救護スタッフにも共有いただけますでしょうか。
{SIG_MIYAKE}""",
    "attachments": [{"kind": "xlsx", "name": "親子サッカー教室_参加者.xlsx", "sheets": {"参加者": _rows}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX of 14 children with birth dates, parents' phones and health conditions (epilepsy, diabetes…)",
})

# =========================================================================================
# STOP — three or more external parties visible to each other
# =========================================================================================

MESSAGES.append({
    "id": "membership-039", "charset": "iso-2022-jp",
    "sender": MIZUNO,
    "to": ["mayu.k0412@gmail.com", "takashi-n@yahoo.co.jp", "haru.haru@docomo.ne.jp",
           "s.ikeda77@icloud.com", "koji_o@ezweb.ne.jp", "nanami.f@outlook.jp"],
    "subject": "【当選のお知らせ】秋の収穫祭キャンペーン C賞",
    "body": f"""このたびは「秋の収穫祭キャンペーン」にご応募いただき、誠にありがとうございました。
厳正なる抽選の結果、C賞（ひのでポイント3,000pt）にご当選されましたので、お知らせいたします。

ポイントは12月上旬に、ご登録のポイントカードへ付与いたします。
お手続きは不要です。

今後とも日の出産業をよろしくお願いいたします。
{SIG_MIZUNO}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "winner notice with six private persons in To: every winner sees the others' addresses (should be Bcc)",
})

MESSAGES.append({
    "id": "membership-040", "charset": "utf-8",
    "sender": MIYAKE,
    "to": ["yuzu.kosho@gmail.com", "kumagoro.1980@yahoo.co.jp", "asakatsu-oji@icloud.com"],
    "cc": ["pikopiko.m@gmail.com", "mofu-haha@softbank.ne.jp"],
    "subject": "ひのでラボ 関西オフ会（1/18）幹事さんへのご連絡",
    "body": f"""関西オフ会 幹事の皆さま

ひのでラボ運営の三宅です。いつもありがとうございます。
1/18（土）のオフ会について、会場（梅田）の予約が確定しました。

・時間：13:00〜16:00
・会場：梅田クリエイティブスペース 3F 会議室B
・参加予定：28名

当日の受付は 10 分前集合でお願いします。
飲み物は運営側で用意します。
{SIG_MIYAKE}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "five community members on free mail in To/Cc see each other's private addresses",
})

MESSAGES.append({
    "id": "membership-041", "charset": "shift_jis",
    "sender": OMORI,
    "to": ["ひまわり薬局 本部 <honbu@himawari-ph.co.jp>", "カフェ・ド・ミナミ <info@cafe-de-minami.jp>",
           "ベーカリー麦の穂 <mugi@muginoho-bakery.jp>", "北国フーズ 販促課 <hansoku@kitaguni-foods.co.jp>",
           "クリーニング白鳥 <office@hakucho-cleaning.co.jp>"],
    "subject": "【ひのでポイント加盟店各位】2025年4月 ポイント付与率改定のお知らせ",
    "body": f"""ひのでポイント加盟店 ご担当者各位

平素よりひのでポイントにご協力いただき、誠にありがとうございます。
2025年4月1日より、ポイント付与率および加盟店手数料を下記のとおり改定いたします。

　・基本付与率：200円につき1pt → 100円につき1pt
　・加盟店手数料：付与ポイント相当額の1.2倍 → 1.1倍
　・精算サイクル：月末締め翌月20日払い（変更なし）

説明会を2月に開催予定です。詳細は追ってご案内いたします。
{SIG_OMORI}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "announcement to five separate member-shop companies all in To: they see each other (should be Bcc)",
})

MESSAGES.append({
    "id": "membership-042", "charset": "utf-8",
    "sender": NISHIDA_EN,
    "to": ["Daniel Ortiz <d.ortiz@fitzone-mx.com>", "Priya Nair <priya@activelife-sg.com>"],
    "cc": ["Tom Becker <tbecker@kraftwerk-gym.de>", "Grace Liu <grace.liu@harbor-hotels.com>"],
    "subject": "Reciprocal access programme – 2025 terms",
    "body": f"""Dear partners,

Thank you all for another year of the reciprocal club access programme. From 1 April
2025 HINODE FIT members will be able to use your clubs up to 8 times a year (currently 6),
and your members will have the same access to our 14 clubs in Japan.

The revised terms sheet will follow next week. Please send any comments by 20 January.
{SIG_EN_NISHIDA}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four unrelated overseas partner companies in To/Cc of one mail: should have been Bcc",
})

MESSAGES.append({
    "id": "membership-043", "charset": "iso-2022-jp",
    "sender": NISHIDA,
    "to": ["港興業 福利厚生G <fukuri@minato-kogyo.co.jp>", "青葉運輸 総務部 <soumu@aoba-unyu.co.jp>",
           "三ツ星電装 人事課 <jinji@mitsuboshi-denso.co.jp>"],
    "subject": "【HINODE FIT 法人会員各位】年末年始の営業について",
    "body": f"""法人会員ご担当者各位

平素はHINODE FIT法人会員プランをご利用いただき、誠にありがとうございます。
年末年始の営業時間を下記のとおりご案内いたします。従業員の皆様へのご周知をお願いいたします。

　12月29日（日）〜12月31日（火）　10:00〜18:00
　1月1日（水）〜1月3日（金）　　　休館
　1月4日（土）以降　　　　　　　　通常営業
{SIG_NISHIDA}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three corporate client companies in To see each other: a circular that should have gone Bcc",
})

# =========================================================================================
# STOP — look-alike recipient domains (content harmless)
# =========================================================================================

MESSAGES.append({
    "id": "membership-044", "charset": "iso-2022-jp",
    "sender": KOIKE, "to": ["小野寺 様 <onodera@tsubasa-sytem.jp>"],
    "subject": "会員マスタCSV出力の文字コードについて",
    "body": f"""ツバサシステム
小野寺様

お世話になっております。日の出産業 情報システム部の小池です。

会員マスタのCSV出力ですが、現在UTF-8（BOMなし）で出力されています。
経理側の取込ツールがShift_JISのみ対応のため、出力時に文字コードを選べるように
できないでしょうか。改修のお見積りをいただけますと幸いです。
{SIG_KOIKE}""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "recipient domain tsubasa-sytem.jp is a typo of the partner tsubasa-system.jp",
})

MESSAGES.append({
    "id": "membership-045", "charset": "shift_jis",
    "sender": KUWABARA, "to": ["堀内 様 <horiuchi@nishiki-insatsu.jp>"],
    "subject": "会報 春号 入稿スケジュールのご確認",
    "body": f"""錦印刷
堀内様

お世話になっております。桑原です。
会報「SUNRISE PRESS」春号の入稿スケジュールについて確認させてください。

　2/10（月）　原稿入稿
　2/17（月）　初校戻し
　2/24（月）　校了
　3/7（金）　発送

上記で問題なければ、このまま進めさせていただきます。
{SIG_KUWABARA}""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "nishiki-insatsu.jp drops the co. of the partner nishiki-insatsu.co.jp",
})

MESSAGES.append({
    "id": "membership-046", "charset": "utf-8",
    "sender": OMORI, "to": ["藤原 里美 <s-fujiwara@hinode-sangyo.com>"],
    "subject": "ひのでポイント 会員数速報（11月末）",
    "body": """藤原さん

お疲れさまです。大森です。
11月末の会員数速報です。

　有効会員数　1,284,310人（前月比 +0.8%）
　新規入会　　　 18,442人
　退会　　　　　　 7,915人
　アプリ連携率　　 61.3%

部長報告用の資料は明日までに共有フォルダに置きます。
大森
""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "a colleague addressed at hinode-sangyo.com: a TLD swap of the company's own domain",
})

MESSAGES.append({
    "id": "membership-047", "charset": "iso-2022-jp",
    "sender": KUWABARA, "to": ["竹中 様 <takenaka@sakura-hote1.jp>"],
    "subject": "ファンミーティング会場 下見日程のご相談",
    "body": f"""さくらホテル
竹中様

お世話になっております。サンライズFC事務局の桑原です。
12/14のファンミーティングに向けて、会場の下見をお願いしたく存じます。
11/26（火）または11/28（木）の午後でご都合はいかがでしょうか。
音響・照明のご担当の方にもご同席いただけますと助かります。
{SIG_KUWABARA}""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "sakura-hote1.jp uses the digit 1 for l: a homoglyph of the partner sakura-hotel.jp",
})

# =========================================================================================
# STOP — confidentiality markings on the document or the mail
# =========================================================================================

MESSAGES.append({
    "id": "membership-048", "charset": "utf-8",
    "sender": MIYAKE, "to": ["早瀬 様 <hayase@kumo-marketing.co.jp>"],
    "subject": "会員動向サマリー（上期）",
    "body": f"""早瀬様

お世話になっております。三宅です。
来期の施策検討に向けて、上期の会員動向サマリーを共有いたします。
数値の見方でご不明点があればお知らせください。
{SIG_MIYAKE}""",
    "attachments": [{"kind": "xlsx", "name": "会員動向サマリー_2024上期.xlsx", "page_header": "社外秘",
                     "sheets": {"サマリー": [
                         ["【社外秘】会員動向サマリー 2024年度上期"], [],
                         ["指標", "4月", "5月", "6月", "7月", "8月", "9月"],
                         ["ひのでラボ登録者数", 48210, 48977, 49650, 50412, 51020, 51873],
                         ["月間アクティブ率", "22.1%", "21.8%", "23.4%", "24.0%", "20.9%", "22.7%"],
                         ["投稿数", 8123, 7940, 9012, 9533, 7210, 8844],
                         ["退会数", 311, 298, 354, 330, 287, 301]],
                         "年代別": [["年代", "構成比"], ["10代", "4%"], ["20代", "18%"], ["30代", "27%"],
                                    ["40代", "26%"], ["50代", "17%"], ["60代以上", "8%"]]}}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "XLSX stamped 社外秘 (page header and title) sent to an agency; no personal data",
})

MESSAGES.append({
    "id": "membership-049", "charset": "utf-8",
    "sender": OMORI_EN, "to": ["Ryan Cole <ryan.cole@wellfit-global.com>"],
    "subject": "Draft: new tier structure for Hinode Points",
    "body": f"""Hi Ryan,

As discussed on Tuesday, please find attached our draft of the new tier structure.
It has not been approved by our board yet, so please keep it within your team.
I would appreciate your comments on the benchmark section before our call next week.
{SIG_EN_OMORI}""",
    "attachments": [{"kind": "docx", "name": "Hinode_Points_Tier_Draft_v3.docx",
                     "page_header": "CONFIDENTIAL – Internal Only",
                     "paragraphs": ["Hinode Points – proposed tier structure (draft v3)",
                                    "Tiers: Regular / Silver (30,000 pts) / Gold (80,000 pts) / Platinum (200,000 pts)",
                                    "Point expiry extended from 12 to 24 months for Gold and above.",
                                    "Benchmark: three domestic programmes, two overseas programmes."],
                     "tables": [[["Tier", "Threshold", "Earn rate", "Perks"],
                                 ["Silver", "30,000", "1.2x", "Birthday coupon"],
                                 ["Gold", "80,000", "1.5x", "Free shipping"],
                                 ["Platinum", "200,000", "2.0x", "Lounge access"]]]}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "DOCX with a 'CONFIDENTIAL – Internal Only' page header sent to an overseas partner",
})

MESSAGES.append({
    "id": "membership-050", "charset": "iso-2022-jp",
    "sender": NISHIDA, "to": ["空コンサルティング 柚木様 <yuki@sora-consulting.co.jp>"],
    "subject": "【部外秘】2025年度 料金プラン改定案",
    "body": f"""柚木様

お世話になっております。西田です。
来週の打ち合わせ用に、料金プラン改定案を本文に貼り付けます。

━━━━━━━━━━━━━━━━━━━━━━━━
【部外秘】HINODE FIT 2025年度 料金プラン改定案（経営会議前）
━━━━━━━━━━━━━━━━━━━━━━━━
　レギュラー会員　　 9,680円 → 10,450円
　デイタイム会員　　 7,480円 → 7,980円
　ナイト会員　　　　 7,980円 → 8,580円
　健康診断付きプラン 14,800円（新設）
　入会金　　　　　　 廃止（2025年4月〜）
━━━━━━━━━━━━━━━━━━━━━━━━

競合他社との比較表は別途お送りします。
{SIG_NISHIDA}""",
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "subject and pasted document stamped 【部外秘】 going to an external consultant",
})

MESSAGES.append({
    "id": "membership-051", "charset": "shift_jis",
    "sender": FUJIWARA, "to": ["空コンサルティング 柚木様 <yuki@sora-consulting.co.jp>"],
    "subject": "解約理由の集計結果",
    "body": f"""柚木様

いつもお世話になっております。藤原です。
ポイント会員の解約理由アンケートの集計結果をPDFでお送りします。
個人が特定できる情報は含めておりません。
{SIG_FUJIWARA}""",
    "attachments": [{"kind": "pdf", "name": "解約理由集計_2024.pdf", "page_footer": "取扱注意　日の出産業株式会社",
                     "lines": ["ひのでポイント 解約理由アンケート集計（2024年1月〜10月）", "回答数：3,412件", ""],
                     "table": [["解約理由", "件数", "構成比"], ["利用店舗が少ない", "1,022", "30.0%"],
                               ["アプリが使いにくい", "716", "21.0%"], ["ポイントが貯まりにくい", "683", "20.0%"],
                               ["他社ポイントに一本化", "512", "15.0%"], ["その他", "479", "14.0%"]]}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "PDF whose page footer stamps 取扱注意 on every page, sent outside (aggregate data only)",
})

# =========================================================================================
# STOP — attachments that cannot be read
# =========================================================================================

_p = people("052", 20)
MESSAGES.append({
    "id": "membership-052", "charset": "iso-2022-jp",
    "sender": MIZUNO, "to": ["青葉運輸 法人営業 <houjin@aoba-unyu.co.jp>"],
    "subject": "C賞 発送先リスト（パスワード付き）",
    "body": f"""青葉運輸株式会社
法人営業部 御中

お世話になっております。水野です。
C賞の発送先リストをお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りいたします。
{SIG_MIZUNO}""",
    "attachments": [{"kind": "zip", "name": "C賞発送先.zip", "password": "Hnd#2024c",
                     "files": [{"kind": "xlsx", "name": "C賞発送先.xlsx", "sheets": {"発送先": [
                         ["氏名", "郵便番号", "住所", "電話"]] + [[x["name"], x["zip"], x["addr"], x["mobile"]] for x in _p]}}]}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) of a winners' list: the contents cannot be inspected",
})

MESSAGES.append({
    "id": "membership-053", "charset": "utf-8",
    "sender": NISHIDA, "to": ["港興業 人事部 福利厚生G <fukuri@minato-kogyo.co.jp>"],
    "subject": "法人会員 11月ご利用明細（PDF・パスワード付き）",
    "body": f"""港興業株式会社
人事部 福利厚生グループ 御中

いつもお世話になっております。HINODE FITの西田です。
11月分のご利用明細をお送りいたします。
PDFを開く際のパスワードは、ご契約時にお知らせした法人コードです。
{SIG_NISHIDA}""",
    "attachments": [{"kind": "pdf", "name": "利用明細_202411_港興業.pdf", "password": "MK20190401",
                     "lines": ["法人会員 ご利用明細（2024年11月）", "港興業株式会社 様"],
                     "table": [["氏名", "会員番号", "利用回数"]] + [[x["name"], f"C{x['n']}", str(i + 2)]
                                                               for i, x in enumerate(people("053", 12))]}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "encrypted PDF statement: the guard cannot read what it contains",
})

MESSAGES.append({
    "id": "membership-054", "charset": "shift_jis",
    "sender": KOIKE, "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "Re: 取込エラーのファイル送付",
    "body": f"""ツバサシステム サポート御中

小池です。ご依頼のあった、取込でエラーになったファイルを添付します。
こちらでもExcelで開こうとすると「ファイルが破損しています」と表示されます。
原因の調査をお願いいたします。
{SIG_KOIKE}
> 恐れ入りますが、エラーとなったファイルをお送りいただけますでしょうか。
""",
    "attachments": [{"kind": "corrupt", "name": "member_import_20241120.xlsx"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "a corrupt member-import XLSX sent outside: it cannot be inspected",
})

MESSAGES.append({
    "id": "membership-055", "charset": "utf-8",
    "sender": OMORI_EN, "to": ["Ryan Cole <ryan.cole@wellfit-global.com>"],
    "subject": "Member migration file (encrypted)",
    "body": f"""Hi Ryan,

Attached is the member migration file for the joint app pilot. The archive is
encrypted; I will send you the password by SMS.
{SIG_EN_OMORI}""",
    "attachments": [{"kind": "zip", "name": "pilot_members.zip", "password": "Pilot!2025",
                     "files": [{"kind": "csv", "name": "pilot_members.csv", "encoding": "utf-8", "rows": [
                         ["id", "name", "email"]] + [[f"M{x['n']}", x["romaji"], x["email"]] for x in people("055", 30)]}]}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "AES-encrypted ZIP of a member file to an overseas partner: unreadable to the guard",
})

# =========================================================================================
# PASS — internal-only recipients, whatever the mail carries
# =========================================================================================

_p = people("056", 40)
_rows = [["HINODE FIT 会員マスタ抽出（2024/11/30時点）"],
         ["会員番号", "氏名", "フリガナ", "性別", "生年月日", "携帯", "メール", "住所", "所属店舗"]]
for i, x in enumerate(_p):
    _rows.append([f"F{2000000 + x['n']}", x["name"], x["kana"], x["sex"], ymd(x["dob"]), x["mobile"], x["email"],
                  x["addr"], ["渋谷", "船橋", "新横浜", "梅田", "天神"][i % 5]])
MESSAGES.append({
    "id": "membership-056", "charset": "utf-8",
    "sender": NISHIDA, "to": ["経営企画部 データ分析G <data-analysis@hinode-sangyo.co.jp>"],
    "cc": ["t-nishida@hinode-sangyo.co.jp"],
    "subject": "会員マスタ抽出データ（分析依頼の件）",
    "body": f"""データ分析G 各位

お疲れさまです。西田です。
ご依頼の会員マスタ抽出、サンプル40件を先にお送りします。
全件は社内の共有ドライブ（\\\\fs01\\fitness\\分析用）に置いてあります。
{SIG_NISHIDA}""",
    "attachments": [{"kind": "xlsx", "name": "会員マスタ抽出_サンプル.xlsx", "sheets": {"抽出": _rows}}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    "detectors": [],
    "note": "a 40-member master extract, but every recipient is internal",
})

_p = people("057", 12)
_rows = "\n".join(f"{x['name']}\t{x['zip']}\t{x['addr']}\t{x['mobile']}\t{'AB'[i % 2]}賞" for i, x in enumerate(_p))
MESSAGES.append({
    "id": "membership-057", "charset": "iso-2022-jp",
    "sender": MIZUNO, "to": ["総務部 発送センター <hassou-center@hinode-sangyo.co.jp>"],
    "subject": "社内発送依頼：キャンペーン景品（12件）",
    "body": f"""発送センター 御中

お疲れさまです。キャンペーン事務局の水野です。
今回の景品は社内在庫からの発送になりますので、下記12件の手配をお願いします。

氏名\t郵便番号\t住所\t電話\t賞
{_rows}

伝票控えは事務局までお戻しください。
水野
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "12 winners' addresses, tab-separated, but sent only to the internal shipping centre",
})

_w = people("058", 1, young=1980, old=1960)[0]
MESSAGES.append({
    "id": "membership-058", "charset": "shift_jis",
    "sender": HOSHINA, "to": ["健康サポート課 <kenko-support@hinode-sangyo.co.jp>"],
    "cc": ["産業医 面談調整 <sangyoui@mail.hinode-sangyo.co.jp>"],
    "subject": "要精密検査 会員のフォローについて",
    "body": f"""健康サポート課 各位

保科です。健康診断付きプランで要精密検査となった会員様のフォロー方針です。

　{_w['name']} 様（{_w['age']}歳）
　判定：心電図異常（心房細動の疑い）、要精密検査
　対応：12/3 に電話で受診勧奨済み。紹介状を郵送予定。
　トレーニング：精密検査の結果が出るまで高強度メニューは中止。

店舗スタッフへの共有範囲は「運動制限あり」のみとしてください。
{SIG_HOSHINA}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a member's health check finding, but recipients are internal (including a subdomain)",
})

_w = people("059", 1, young=1985)[0]
_mn = my_number(5901)
MESSAGES.append({
    "id": "membership-059", "charset": "iso-2022-jp",
    "sender": MIZUNO, "to": ["経理部 出納課 関口さん <k-sekiguchi@hinode-sangyo.co.jp>"],
    "subject": "特賞当選者の個人番号について（経理部限り）",
    "body": f"""関口さん

お疲れさまです。水野です。
特賞当選者の方から個人番号の届出が郵送で届きましたので、転記してお送りします。
原本は本日中に経理部の金庫へお持ちします。

　{_w['name']} 様
　個人番号：{_mn}

転記後、事務局側の控えは破棄します。
水野
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "a winner's My Number, but sent only to the internal accounting staff",
})

MESSAGES.append({
    "id": "membership-060", "charset": "utf-8",
    "sender": OMORI, "to": ["ポイント事業推進室 <point-promo@mail.hinode-sangyo.co.jp>"],
    "subject": "【社外秘】来期ポイント施策 予算案",
    "body": f"""推進室の皆さん

大森です。来期の予算案（ドラフト）です。社外秘ですので取扱いにご注意ください。

━━━━━━━━━━━━━━
【社外秘】2025年度 ポイント施策予算案
━━━━━━━━━━━━━━
・ポイント原資　　　 4億2,000万円
・加盟店開拓　　　　 3,800万円
・アプリ改修　　　　 6,500万円
・キャンペーン販促　 1億1,000万円

金曜の室会で議論します。
{SIG_OMORI}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "marked 社外秘 but addressed to an internal subdomain only",
})

# =========================================================================================
# PASS — one to four people's records to an external recipient (may be warned)
# =========================================================================================

_w = people("061", 1)[0]
MESSAGES.append({
    "id": "membership-061", "charset": "iso-2022-jp",
    "sender": OMORI, "to": ["錦印刷 カード製造課 <card-seizo@nishiki-insatsu.co.jp>"],
    "subject": "カード再発行（1件）のお願い",
    "body": f"""錦印刷株式会社
カード製造課 ご担当者様

お世話になっております。大森です。
破損によるカード再発行を1件お願いいたします。

　会員番号：HP3301209981
　氏名：{_w['name']} 様
　送付先：〒{_w['zip']} {_w['addr']}
　電話：{_w['mobile']}

いつもの再発行セットでお願いします。
{SIG_OMORI}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one member's address and phone for a single card reissue: below the list threshold (may warn)",
})

_p = people("062", 3)
_rows = "\n".join(f"　{['①', '②', '③'][i]} {x['name']} 様　〒{x['zip']} {x['addr']}　{x['tel']}" for i, x in enumerate(_p))
MESSAGES.append({
    "id": "membership-062", "charset": "shift_jis",
    "sender": MIZUNO, "to": ["青葉運輸 法人営業 <houjin@aoba-unyu.co.jp>"],
    "subject": "B賞 追加発送3件のお願い",
    "body": f"""青葉運輸株式会社
法人営業部 御中

お世話になっております。水野です。
先日の発送分のうち、長期不在で返送された3件について、住所確認が取れましたので
再発送をお願いいたします。

{_rows}

よろしくお願いいたします。
{SIG_MIZUNO}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three winners' addresses to the carrier: under five people (may warn)",
})

_p = people("063", 4, young=1995, old=1970)
_rows = "\n".join(f"- {x['name']}（{x['kana']}） {x['mobile']}" for x in _p)
MESSAGES.append({
    "id": "membership-063", "charset": "utf-8",
    "sender": KUWABARA, "to": ["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"],
    "subject": "ファンミーティング 当日運営ボランティアの入館について",
    "body": f"""竹中様

お世話になっております。桑原です。
当日、会員ボランティア4名が設営から入ります（11:00入館予定）。
従業員通用口からの入館で差し支えなければ、下記の方々をお通しください。

{_rows}

緊急時の連絡は私の携帯（080-5521-9034）までお願いします。
{SIG_KUWABARA}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four volunteers' names and mobiles to the hotel: a short attendee list, below five",
})

_p = people("064", 2, young=2012, old=2009)
MESSAGES.append({
    "id": "membership-064", "charset": "iso-2022-jp",
    "sender": KUWABARA, "to": ["大沢 様 <osawa@stagelink-promo.co.jp>"],
    "subject": "ホーム開幕戦 始球式（始サーブ）担当の会員",
    "body": f"""大沢様

お疲れさまです。桑原です。
開幕戦の始サーブは、ジュニア会員から抽選で選ばれた下記2名にお願いすることになりました。

　{_p[0]['name']} さん（{_p[0]['age']}歳）　保護者連絡先 {_p[0]['mobile']}
　{_p[1]['name']} さん（{_p[1]['age']}歳）　保護者連絡先 {_p[1]['mobile']}

リハーサルの時間が決まりましたら、保護者の方へ直接ご連絡ください。
{SIG_KUWABARA}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two junior members with a parent's phone each, to the event agency: few people (may warn)",
})

# =========================================================================================
# PASS — lists of businesses, not people
# =========================================================================================

MESSAGES.append({
    "id": "membership-065", "charset": "iso-2022-jp",
    "sender": NISHIDA, "to": ["錦印刷 営業部 堀内様 <horiuchi@nishiki-insatsu.co.jp>"],
    "subject": "会員誌 巻末「提携施設一覧」差し替え原稿",
    "body": f"""堀内様

お世話になっております。西田です。
会員誌巻末の提携施設一覧、1月号から下記に差し替えをお願いします。

施設名                      住所                                    電話
--------------------------  --------------------------------------  -------------
湯けむりの里 八王子         東京都八王子市旭町12-3                  042-645-2100
スパ・リゾート南藤沢        神奈川県藤沢市南藤沢21-8                0466-26-7711
ホットヨガスタジオLumi栄    愛知県名古屋市中区栄3-15-27 栄ビル4F    052-262-3380
天然温泉 梅田の湯           大阪府大阪市北区梅田1-9-20              06-6343-1126
整体院こころ 天神           福岡県福岡市中央区天神2-5-11            092-711-4802

※会員証の提示で各施設の割引が受けられます。
{SIG_NISHIDA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a directory of partner facilities (business addresses and switchboards), not people",
})

_rows = [["加盟店コード", "店舗名", "業種", "郵便番号", "住所", "電話番号", "営業時間"],
         ["S101", "ひまわり薬局 荻窪店", "ドラッグストア", "167-0051", "東京都杉並区荻窪5-28-10", "03-3391-5520", "9:00-21:00"],
         ["S102", "カフェ・ド・ミナミ 吉祥寺", "カフェ", "180-0004", "東京都武蔵野市吉祥寺本町2-4-6", "0422-21-7788", "8:00-20:00"],
         ["S103", "ベーカリー麦の穂 新横浜", "ベーカリー", "222-0033", "神奈川県横浜市港北区新横浜2-6-13", "045-474-3021", "7:00-19:00"],
         ["S104", "クリーニング白鳥 浦和高砂店", "クリーニング", "330-0063", "埼玉県さいたま市浦和区高砂1-12-1", "048-822-6410", "10:00-19:00"],
         ["S105", "ひまわり薬局 船橋本町店", "ドラッグストア", "273-0005", "千葉県船橋市本町4-3-1", "047-431-9902", "9:00-22:00"],
         ["S106", "北国フーズ直営 きたぐに市場 栄", "食品", "460-0008", "愛知県名古屋市中区栄3-5-1", "052-251-0870", "10:00-20:00"],
         ["S107", "カフェ・ド・ミナミ 梅田", "カフェ", "530-0001", "大阪府大阪市北区梅田3-1-3", "06-6345-2231", "7:30-21:00"]]
MESSAGES.append({
    "id": "membership-066", "charset": "shift_jis",
    "sender": OMORI, "to": ["ウェブクラフト 制作部 <seisaku@webcraft-design.jp>"],
    "subject": "加盟店マップ更新用データ（12月追加分）",
    "body": f"""ウェブクラフト 制作部 ご担当者様

お世話になっております。大森です。
アプリ内「加盟店マップ」の更新データをCSVでお送りします（7店舗）。
公開日は12/16（月）でお願いします。
{SIG_OMORI}""",
    "attachments": [{"kind": "csv", "name": "kameiten_202412.csv", "encoding": "cp932", "rows": _rows}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "CP932 CSV of member shops with addresses and store phones: a list of businesses",
})

MESSAGES.append({
    "id": "membership-067", "charset": "utf-8",
    "sender": KUWABARA, "to": ["ほしぞらトラベル 団体旅行課 <dantai@hoshizora-travel.co.jp>"],
    "subject": "来季アウェイ遠征ツアー 宿泊候補ホテル",
    "body": f"""藤森様

お世話になっております。桑原です。
来季のアウェイ遠征応援ツアーの宿泊先候補です。いずれも会場から徒歩圏内です。

・さくらホテル仙台一番町　　〒980-0811 宮城県仙台市青葉区一番町3-2-5　TEL 022-211-8800
・さくらホテル名古屋栄　　　〒460-0008 愛知県名古屋市中区栄4-1-1　　TEL 052-238-4400
・ホテルみなと神戸三宮　　　〒650-0021 兵庫県神戸市中央区三宮町1-8-1　TEL 078-391-5151
・さくらホテル熊本花畑町　　〒860-0806 熊本県熊本市中央区花畑町9-18　TEL 096-356-2222

各ホテルの団体料金のお見積りをお願いできますでしょうか。
{SIG_KUWABARA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "hotel addresses and switchboards for a tour: business data, no people",
})

# =========================================================================================
# PASS — ordinary business mail with disclaimers, NDA talk, orders, prices, numbers
# =========================================================================================

MESSAGES.append({
    "id": "membership-068", "charset": "iso-2022-jp",
    "sender": KUWABARA, "to": ["錦印刷 営業部 堀内様 <horiuchi@nishiki-insatsu.co.jp>"],
    "subject": "会報 冬号 色校のご確認",
    "body": f"""錦印刷株式会社
堀内様

お世話になっております。サンライズFC事務局の桑原です。
冬号の色校、拝見しました。表紙の選手写真がやや暗いので、
明るめに補正いただけますでしょうか。それ以外は問題ございません。
再校は不要ですので、補正後そのまま本機へお進めください。
{SIG_KUWABARA}{DISCLAIMER_JA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary printing proof mail ending with the standard 機密情報 disclaimer",
})

MESSAGES.append({
    "id": "membership-069", "charset": "utf-8",
    "sender": OMORI_EN, "to": ["Support <support@loyaltyhub.io>"],
    "subject": "API rate limit for point balance endpoint",
    "body": f"""Hello LoyaltyHub support,

We are seeing HTTP 429 responses from GET /v2/members/{{id}}/balance during our evening
peak (around 19:00–21:00 JST), roughly 300 requests per second. Our contract tier
should allow 500 rps. Could you check whether our tenant (tenant id: hinode-prod-jp)
has the right limit configured?
{SIG_EN_OMORI}{DISCLAIMER_EN}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "technical question to a vendor with the standard English confidentiality disclaimer",
})

MESSAGES.append({
    "id": "membership-070", "charset": "shift_jis",
    "sender": OMORI, "to": ["データネスト 営業部 根岸様 <negishi@datanest-analytics.co.jp>"],
    "subject": "秘密保持契約書（案）のご確認",
    "body": f"""データネスト・アナリティクス株式会社
根岸様

お世話になっております。大森です。
会員データの分析委託に先立ち、秘密保持契約を締結させていただきたく、
弊社ひな形をベースにした契約書案を添付いたします。

主な修正点：
・第3条（秘密情報の範囲）に「会員の個人情報」を明記
・第7条（再委託）を事前の書面承諾制に変更
・第11条（返還・廃棄）に廃棄証明書の提出を追加

ご確認のうえ、修正のご要望があればお知らせください。
{SIG_OMORI}""",
    "attachments": [{"kind": "docx", "name": "秘密保持契約書_案_20241122.docx",
                     "paragraphs": ["秘密保持契約書（案）",
                                    "日の出産業株式会社（以下「甲」という。）とデータネスト・アナリティクス株式会社（以下「乙」という。）は、"
                                    "甲が乙に委託する会員データ分析業務に関し、以下のとおり秘密保持契約を締結する。",
                                    "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                                    "第3条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上・営業上の情報（会員の個人情報を含む）をいう。",
                                    "第7条（再委託）乙は、甲の事前の書面による承諾なく、本業務を第三者に再委託してはならない。",
                                    "第11条（返還・廃棄）乙は、本契約終了時、秘密情報を返還または廃棄し、廃棄証明書を甲に提出する。"]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a draft NDA (秘密保持契約) attached: talk about confidentiality, not a confidential marking",
})

MESSAGES.append({
    "id": "membership-071", "charset": "utf-8",
    "sender": NISHIDA_EN, "to": ["Ryan Cole <ryan.cole@wellfit-global.com>"],
    "subject": "Mutual NDA – our comments",
    "body": f"""Hi Ryan,

Thanks for sending the mutual NDA. Our legal team is fine with most of it; two comments:

1. Clause 4 (Term): we would like confidentiality obligations to survive for 3 years
   after termination rather than 1.
2. Clause 9 (Governing law): we propose Japanese law with the Tokyo District Court as
   the court of first instance, or alternatively arbitration in Singapore.

If you can accept these, we can sign electronically next week.
{SIG_EN_NISHIDA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "English mail negotiating an NDA's terms: the word confidential is not a marking",
})

_p = people("072", 8)
_q = "\n".join(f"No.{i + 1}　{x['name']}　{x['addr']}　{x['tel']}" for i, x in enumerate(_p))
MESSAGES.append({
    "id": "membership-072", "charset": "iso-2022-jp",
    "sender": MIZUNO, "to": ["北国フーズ 販促課 工藤様 <kudo@kitaguni-foods.co.jp>"],
    "subject": "RE: 【北国フーズ】A賞 当選者の確定について",
    "body": f"""工藤様

お世話になっております。水野です。
当選者のご連絡、ありがとうございます。拝受いたしました。
当選通知メールは弊社から12/2（月）に送信いたします。

引き続きよろしくお願いいたします。
{SIG_MIZUNO}
差出人: 工藤 <kudo@kitaguni-foods.co.jp>
送信日時: 2024年11月28日 17:42
宛先: 水野 玲奈 <r-mizuno@hinode-sangyo.co.jp>
件名: 【北国フーズ】A賞 当選者の確定について

日の出産業 水野様

抽選の結果、A賞の当選者が下記のとおり確定しました。
{_q}

当選通知のご送付をお願いいたします。
北国フーズ 工藤
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the winners' list sits only in the quoted Outlook header block of the partner's own mail",
})

_p = people("073", 10)
_q = "\n".join(f"{x['name']}　様　　{x['mobile']}　　{'ツイン' if i % 2 else 'シングル'}" for i, x in enumerate(_p))
MESSAGES.append({
    "id": "membership-073", "charset": "shift_jis",
    "sender": KUWABARA, "to": ["さくらホテル 宿泊予約 <shukuhaku@sakura-hotel.jp>"],
    "subject": "RE: 宿泊者リストのご確認",
    "body": f"""松井様

お世話になっております。桑原です。
ご確認ありがとうございます。リストの内容で相違ございません。
チェックインは17時頃に一括でお願いいたします。

桑原

-----Original Message-----
From: さくらホテル 宿泊予約 <shukuhaku@sakura-hotel.jp>
Sent: Thursday, January 9, 2025 11:20 AM
To: 桑原 俊 <s-kuwabara@hinode-sangyo.co.jp>
Subject: 宿泊者リストのご確認

桑原様

いつもありがとうございます。
1/25ご宿泊の皆様、下記の内容で承っております。ご確認ください。

{_q}

さくらホテル 宿泊予約 松井
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "10 guests' mobiles only inside the quoted -----Original Message----- from the hotel itself",
})

_p = people("074", 9, young=1995)
_q = "\n".join(f"> {x['romaji']:<22} {x['email']:<34} {x['mobile']}" for x in _p)
MESSAGES.append({
    "id": "membership-074", "charset": "utf-8",
    "sender": NISHIDA_EN, "to": ["Priya Nair <priya@activelife-sg.com>"],
    "subject": "Re: Visiting members from Japan – January",
    "body": f"""Hi Priya,

Thanks a lot, that list matches ours. Please go ahead and issue the guest passes.
Our members will show their HINODE FIT app card at your front desk.

Best,
Takeshi

On Wed, 8 Jan 2025 at 10:14, Priya Nair <priya@activelife-sg.com> wrote:
> Hi Takeshi,
>
> We have received the following reciprocal-access requests for January:
>
{_q}
>
> Could you confirm these are all active HINODE FIT members?
> Priya
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "English reply; the 9-member list is only in the partner's quoted text (> lines)",
})

MESSAGES.append({
    "id": "membership-075", "charset": "iso-2022-jp",
    "sender": OMORI, "to": ["錦印刷 営業部 堀内様 <horiuchi@nishiki-insatsu.co.jp>"],
    "subject": "ポイントカード・台紙 追加発注（注文番号 PO-2024-1187）",
    "body": f"""堀内様

いつもお世話になっております。大森です。
下記の通り追加発注いたします。

注文番号：PO-2024-1187
品番            品名                          数量      単価      金額
--------------  ----------------------------  --------  --------  ------------
HPC-STD-03      ひのでポイントカード（標準）  50,000    18.5円    925,000円
HPC-KIDS-01     ひのでポイントカード（キッズ） 5,000    21.0円    105,000円
HPD-MOUNT-02    カード台紙（二つ折り）        55,000     6.2円    341,000円
                                                        小計    1,371,000円
                                                        消費税    137,100円
                                                        合計    1,508,100円

納品先：弊社物流センター（〒272-0002 千葉県市川市二俣新町18-4）
納期：1月20日
{SIG_OMORI}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "purchase order with product codes, quantities and prices; the delivery address is a warehouse",
})

_tno = corporate_number("010401082736")
MESSAGES.append({
    "id": "membership-076", "charset": "shift_jis",
    "sender": "関口 和宏 <k-sekiguchi@hinode-sangyo.co.jp>",
    "to": ["港興業 経理部 <keiri@minato-kogyo.co.jp>"],
    "subject": "請求書送付のご案内（INV-FIT-2412-0042）",
    "body": f"""港興業株式会社
経理部 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
HINODE FIT法人会員プラン 12月分のご請求書をお送りいたします。

　請求書番号：INV-FIT-2412-0042
　ご請求金額：1,064,800円（税込）
　お支払期日：2025年1月31日
　振込先　　：みどり銀行 日本橋支店 普通 3318204 ヒノデサンギョウ（カ
　登録番号　：T{_tno}

ご査収のほどよろしくお願い申し上げます。

日の出産業株式会社 経理部 出納課 関口 和宏
TEL 03-5202-1090
""",
    "expect": "pass", "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "invoice mail: invoice number, company bank account and the company's own T-number (法人番号)",
})

MESSAGES.append({
    "id": "membership-077", "charset": "utf-8",
    "sender": MIZUNO, "to": ["北国フーズ 販促課 工藤様 <kudo@kitaguni-foods.co.jp>"],
    "subject": "B賞 発送完了のご報告（お問い合わせ番号一覧）",
    "body": f"""工藤様

お世話になっております。水野です。
B賞の発送がすべて完了しましたのでご報告いたします。
問い合わせ番号は下記のとおりです（青葉運輸）。

  当選番号   お問い合わせ番号   発送日
  W24011     4417-2280-3391     11/18
  W24055     4417-2280-3402     11/18
  W24132     4417-2280-3413     11/18
  W24198     4417-2280-3424     11/19
  W24203     4417-2280-3435     11/19
  W24276     4417-2280-3446     11/19
  P3104      4417-2280-3457     11/20
  P3111      4417-2280-3468     11/20

お客様からのお問い合わせがあった際にご活用ください。
{SIG_MIZUNO}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "entry numbers and parcel tracking numbers only; no names or contacts",
})

MESSAGES.append({
    "id": "membership-078", "charset": "iso-2022-jp",
    "sender": HOSHINA, "to": ["ひかり健診センター 営業部 <eigyo@hikari-kenshin.or.jp>"],
    "subject": "健康診断付きプラン 2025年度単価のご相談",
    "body": f"""ひかり健診センター
営業部 ご担当者様

いつもお世話になっております。保科です。
2025年度の健康診断付きプランについて、下記単価でのご提示をいただけますでしょうか。

　コース　　　　　　　　現行単価　　ご相談単価
　ベーシック健診　　　　 8,800円　　 8,500円
　生活習慣病予防健診　　14,300円　　13,800円
　オプション：腹部エコー 4,400円　　 4,000円
　オプション：骨密度　　 2,200円　　 2,200円

想定受診者数は年間約1,200名です。
{SIG_HOSHINA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a price negotiation for health-check courses; no person is named",
})

MESSAGES.append({
    "id": "membership-079", "charset": "utf-8",
    "sender": NISHIDA, "to": ["空コンサルティング 柚木様 <yuki@sora-consulting.co.jp>"],
    "subject": "会員構成データ（集計値）",
    "body": f"""柚木様

お世話になっております。西田です。
ご依頼の会員構成データ（全店合計・11月末）です。

■年代別
  10代  3.1%   20代 17.8%   30代 24.6%
  40代 25.2%   50代 18.0%   60代以上 11.3%

■性別  男性 54.2% / 女性 45.4% / 回答なし 0.4%

■在籍期間
  1年未満 31%、1〜3年 38%、3年以上 31%

■月次退会率（直近6か月平均）2.9%

個票は出せませんが、クロス集計が必要でしたらお知らせください。
{SIG_NISHIDA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "aggregate membership statistics without any individual",
})

MESSAGES.append({
    "id": "membership-080", "charset": "shift_jis",
    "sender": MIZUNO, "to": ["北国フーズ 販促課 工藤様 <kudo@kitaguni-foods.co.jp>"],
    "subject": "冬のごちそうキャンペーン 応募状況（都道府県別）",
    "body": f"""工藤様

お世話になっております。水野です。
11/30締切時点の応募状況を都道府県別にまとめました。

　都道府県　　Web　　はがき　　計
　北海道　　　1,204　　 311　1,515
　東京都　　　3,882　　 402　4,284
　神奈川県　　2,115　　 198　2,313
　愛知県　　　1,430　　 155　1,585
　大阪府　　　2,007　　 220　2,227
　福岡県　　　　988　　 131　1,119
　その他　　　6,411　1,087　7,498
　合計　　　 18,037　2,504 20,541

前回比で約1.4倍です。詳細は来週の定例でご報告いたします。
{SIG_MIZUNO}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "campaign entry counts by prefecture: statistics, no people",
})

# =========================================================================================
# PASS — recipients: two organisations, one or two private persons, Bcc
# =========================================================================================

MESSAGES.append({
    "id": "membership-081", "charset": "iso-2022-jp",
    "sender": KOIKE, "to": ["小野寺 様 <onodera@tsubasa-system.jp>"],
    "cc": ["堀内 様 <horiuchi@nishiki-insatsu.co.jp>", "s-fujiwara@hinode-sangyo.co.jp"],
    "subject": "会員証QRコード仕様変更の三者打ち合わせ日程",
    "body": f"""ツバサシステム 小野寺様
錦印刷 堀内様

お世話になっております。日の出産業の小池です。
会員証のQRコード仕様変更について、三者で打ち合わせの場を設けたく存じます。

候補日：12/10（火）14:00〜、12/11（水）10:00〜、12/12（木）16:00〜
場所：弊社本社 7F 会議室（Teams併用）

ご都合のよい日時をお知らせください。
{SIG_KOIKE}""",
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external partner organisations in To/Cc: a normal three-way meeting mail",
})

MESSAGES.append({
    "id": "membership-082", "charset": "utf-8",
    "sender": FUJIWARA, "to": ["kasumi.m0819@gmail.com"],
    "subject": "Re: 休会手続きについて",
    "body": f"""お問い合わせいただいた会員様

このたびはHINODE FITをご利用いただき、ありがとうございます。
会員サービス部の藤原でございます。

休会のお手続きは、毎月10日までにマイページまたは店頭でお申し出いただくと、
翌月1日から休会となります。休会中は月額1,100円の休会費がかかります。
最長6か月まで休会いただけます。

ご不明な点がございましたら、お気軽にお問い合わせください。
{SIG_FUJIWARA}
> 来月から3か月ほど休会したいのですが、手続き方法を教えてください。
""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "reply to one member on free mail about suspension rules; no other personal data",
})

_w = people("083", 1)[0]
MESSAGES.append({
    "id": "membership-083", "charset": "iso-2022-jp",
    "sender": MIZUNO, "to": [f"{_w['name']} 様 <{_w['email'].split('@')[0]}@docomo.ne.jp>"],
    "subject": "【日の出産業】A賞ご当選 お届け先のご確認",
    "body": f"""{_w['name']} 様

このたびは「冬のごちそうキャンペーン」にご応募いただき、誠にありがとうございます。
厳正なる抽選の結果、A賞にご当選されました。おめでとうございます。

ご応募時にご登録いただいた下記のお届け先へ、12月中旬に発送いたします。

　お名前：{_w['name']} 様
　ご住所：〒{_w['zip']} {_w['addr']}
　お電話：{_w['mobile']}

変更がある場合は、12月6日までに本メールへご返信ください。
{SIG_MIZUNO}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a winner's own delivery details sent to that winner alone (one person, carrier mail)",
})

MESSAGES.append({
    "id": "membership-084", "charset": "shift_jis",
    "sender": KUWABARA, "to": ["サンライズFC事務局 <fc-office@hinode-sangyo.co.jp>"],
    "bcc": ["mayu.k0412@gmail.com", "takashi-n@yahoo.co.jp", "haru.haru@docomo.ne.jp", "s.ikeda77@icloud.com",
            "koji_o@ezweb.ne.jp", "nanami.f@outlook.jp", "rin-rin@softbank.ne.jp", "yamato.t@gmail.com"],
    "subject": "【サンライズFC】ファンミーティング 当日のご案内",
    "body": f"""日の出サンライズ ファンクラブ会員の皆さま

いつも日の出サンライズへの熱いご声援をありがとうございます。
12月14日（土）のファンミーティングについて、当日のご案内をお送りします。

　受付開始：13:15（さくらホテル 2F 鳳凰の間前）
　開演　　：14:00
　お持ち物：デジタル会員証（アプリ）

※本メールは参加お申込みの皆さまにBCCでお送りしています。
{SIG_KUWABARA}""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "circular to members correctly sent Bcc: recipients cannot see each other",
})

MESSAGES.append({
    "id": "membership-085", "charset": "utf-8",
    "sender": KOIKE, "to": ["クラウドポイント 導入支援 <onboarding@cloudpoint.co.jp>"],
    "subject": "セキュリティチェックシートの回答について",
    "body": f"""クラウドポイント株式会社
導入支援ご担当者様

お世話になっております。日の出産業 情報システム部の小池です。
ご送付いただいたセキュリティチェックシートに回答しましたので、返送いたします。

なお、弊社では会員情報を機密性の高い情報として扱っており、以下の点を確認させてください。
・保存データの暗号化方式（AES-256相当か）
・管理画面へのアクセスにIP制限と多要素認証が設定できるか
・障害時のログ保管期間

お手数ですが、ご回答をお願いいたします。
{SIG_KOIKE}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "mentions 機密性 in a security questionnaire: a mention, not a marking",
})

MESSAGES.append({
    "id": "membership-086", "charset": "iso-2022-jp",
    "sender": MIZUNO, "to": ["加藤税理士事務所 加藤先生 <kato@zeirishi-kato.jp>"],
    "subject": "懸賞金の当選者からのマイナンバー収集方法について",
    "body": f"""加藤先生

お世話になっております。日の出産業の水野です。
来年の周年キャンペーンで賞金50万円超の賞を設ける予定のため、
当選者からのマイナンバー（個人番号）の収集方法をご相談させてください。

・当選通知に提出書類（番号確認書類・身元確認書類）の案内を同封する
・提出は簡易書留での郵送のみとし、メールでの受付は行わない
・受領後は経理部で保管し、支払調書提出後7年で廃棄

上記の運用で法令上の問題がないか、ご確認いただけますでしょうか。
{SIG_MIZUNO}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "talks about collecting My Numbers but carries none",
})

MESSAGES.append({
    "id": "membership-087", "charset": "shift_jis",
    "sender": HOSHINA, "to": ["ひかり健診センター 営業部 <eigyo@hikari-kenshin.or.jp>"],
    "subject": "健康診断付きプラン パンフレット原稿のご確認",
    "body": f"""ひかり健診センター 営業部 ご担当者様

お世話になっております。保科です。
会員向けパンフレットの検査項目欄の原稿です。医学的な表現に誤りがないか、
ご確認いただけますでしょうか。

────────────────
■ベーシック健診
　身体計測（身長・体重・BMI・腹囲）、血圧、視力、聴力、胸部X線、心電図、
　血液検査（肝機能・脂質・血糖・HbA1c）、尿検査
■生活習慣病予防健診
　ベーシック健診の全項目＋胃部X線、便潜血（2日法）、腹部エコー
※結果は受診後約3週間でご自宅へ郵送します。
※要精密検査となった方には、提携医療機関をご紹介します。
────────────────
{SIG_HOSHINA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a brochure's list of health-check items: medical words but about no person",
})

MESSAGES.append({
    "id": "membership-088", "charset": "utf-8",
    "sender": OMORI_EN, "to": ["Grace Liu <grace.liu@harbor-hotels.com>"],
    "subject": "Hinode Points x Harbor Hotels – earning rules",
    "body": f"""Hi Grace,

Here is a summary of the earning rules we proposed for the partnership:

- Members earn 1 Hinode Point per JPY 100 spent on room charges (excluding tax).
- Gold members and above earn a 50% bonus.
- Points are credited within 7 days of check-out.
- Conversion: 1 point = JPY 1 at any participating shop; minimum redemption 500 points.

We will settle monthly on the 20th of the following month (JPY, bank transfer).
Let me know if your finance team prefers quarterly settlement.
{SIG_EN_OMORI}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "English business terms of a loyalty partnership; no personal data",
})

_w = people("089", 1)[0]
MESSAGES.append({
    "id": "membership-089", "charset": "iso-2022-jp",
    "sender": OMORI, "to": ["さくらホテル 宿泊予約 <shukuhaku@sakura-hotel.jp>"],
    "subject": "プラチナ会員特典 宿泊予約のお願い（1名様）",
    "body": f"""さくらホテル 宿泊予約 ご担当者様

お世話になっております。ひのでポイント事業推進室の大森です。
プラチナ会員特典の無料宿泊について、下記のとおりご予約をお願いいたします。

　ご宿泊者：{_w['name']} 様（{_w['kana']}）
　会員番号：P-700298
　ご連絡先：{_w['mobile']}
　日程　　：2025年2月8日（土）1泊
　お部屋　：デラックスツイン

ご請求は弊社宛てでお願いいたします。
{SIG_OMORI}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a single member's booking with name, kana and mobile: one person (may warn)",
})

MESSAGES.append({
    "id": "membership-090", "charset": "utf-8",
    "sender": MIZUNO, "to": ["錦印刷 営業部 堀内様 <horiuchi@nishiki-insatsu.co.jp>"],
    "subject": "北国フーズご担当者のご紹介",
    "body": f"""堀内様

お世話になっております。水野です。
共同キャンペーンのチラシ制作について、北国フーズ様から直接デザインの
ご相談をしたいとのことですので、ご担当者をご紹介します。

  北国フーズ株式会社 販促課
  課長 工藤 亮介 様
  〒060-0042 北海道札幌市中央区大通西8-2-1 北国ビル
  TEL 011-222-4510 / kudo@kitaguni-foods.co.jp

工藤様からご連絡が行くかと思いますので、よろしくお願いいたします。
{SIG_MIZUNO}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "introduces one partner's business contact (office address and phone): not personal data to count",
})

_p = people("091", 15)
_rows = "\n".join(f"{x['name']}，{x['mobile']}，{x['email']}" for x in _p)
MESSAGES.append({
    "id": "membership-091", "charset": "shift_jis",
    "sender": MIYAKE, "to": ["r-mizuno@hinode-sangyo.co.jp"], "cc": ["community-team@hinode-sangyo.co.jp"],
    "subject": "FW: モニター応募者リスト（クモマーケ経由）",
    "body": f"""水野さん

お疲れさまです。三宅です。
クモマーケティングさんから届いたモニター応募者リストを転送します。
社内での選考用です。社外には出さないでください。

---------- Forwarded message ---------
From: 早瀬 <hayase@kumo-marketing.co.jp>
Date: 2024年11月29日(金) 15:08
Subject: モニター応募者リスト

三宅様

モニター応募者15名のリストです。
{_rows}

早瀬
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "forward of a 15-person list, but only to internal colleagues",
})

MESSAGES.append({
    "id": "membership-092", "charset": "iso-2022-jp",
    "sender": KUWABARA, "to": ["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"],
    "subject": "ファンミーティング 当日タイムテーブル（最終版）",
    "body": f"""竹中様

お世話になっております。桑原です。
当日のタイムテーブル最終版をお送りします。

　11:00　設営開始（事務局・ボランティア）
　12:30　音響・照明リハーサル
　13:15　受付開始
　14:00　開演（司会：小鳥遊アナウンサー）
　14:10　選手トークショー（宮里選手・一ノ瀬選手・釘宮選手）
　15:00　じゃんけん大会
　15:40　写真撮影会
　16:30　終演・撤収

当日の事務局責任者は私、桑原が務めます。
{SIG_KUWABARA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "timetable naming an MC and players, with no other data about them",
})

MESSAGES.append({
    "id": "membership-093", "charset": "utf-8",
    "sender": FUJIWARA, "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "ひのでポイント会員規約 改定案のリーガルチェックのお願い",
    "body": f"""白川先生

いつもお世話になっております。日の出産業 会員サービス部の藤原です。
ひのでポイント会員規約の改定案について、リーガルチェックをお願いいたします。

主な改定点：
1. 第8条：ポイント有効期限を「最終利用日から1年」→「最終利用日から2年」に変更
2. 第15条：退会時の残ポイントの扱い（失効）を明記
3. 第21条：個人情報の共同利用先に加盟店を追加し、利用目的を列挙
4. 第24条：規約変更の周知方法（アプリ内通知）を追加

改定の施行は2025年4月1日を予定しております。
1月中旬までにご意見をいただけますと幸いです。
{SIG_FUJIWARA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "terms-of-membership review with the partner law firm; no individual data",
})

MESSAGES.append({
    "id": "membership-094", "charset": "shift_jis",
    "sender": KOIKE, "to": ["ツバサシステム 小野寺様 <onodera@tsubasa-system.jp>"],
    "subject": "会員一括登録CSV 項目定義のご確認",
    "body": f"""小野寺様

お世話になっております。小池です。
会員一括登録CSVの項目定義、下記で合意とさせてください。

　No　項目名　　　　型　　　　桁数　必須
　1　 会員番号　　　半角英数　10　　○
　2　 氏名（漢字）　全角　　　40　　○
　3　 氏名（カナ）　全角カナ　40　　○
　4　 生年月日　　　日付　　　8　　 ○（YYYYMMDD）
　5　 電話番号　　　半角数字　11　　○（ハイフンなし）
　6　 メールアドレス 半角　　 256　 −
　7　 郵便番号　　　半角数字　7　　 −
　8　 住所　　　　　全角　　　120　 −

文字コードはShift_JIS、改行コードはCRLFでお願いします。
{SIG_KOIKE}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a CSV column definition naming personal fields, with no values in it",
})

MESSAGES.append({
    "id": "membership-095", "charset": "utf-8",
    "sender": FUJIWARA, "to": ["ryota.mimura@gmail.com", "emi.mimura@icloud.com"],
    "subject": "家族会員へのお切り替えについて",
    "body": f"""三村様ご夫妻

いつもHINODE FITをご利用いただき、ありがとうございます。
会員サービス部の藤原でございます。

先日お問い合わせいただいた家族会員プランへのお切り替えですが、
1月1日付で手続きが完了する予定です。月会費はお二人で合計15,800円となります。
ご登録の口座からの引き落としに変更はございません。

今後ともよろしくお願いいたします。
{SIG_FUJIWARA}""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient", "multiple_external_domains"],
    "note": "a married couple, two private persons, on one mail: only two external parties",
})

MESSAGES.append({
    "id": "membership-096", "charset": "shift_jis",
    "sender": OMORI, "to": ["北国フーズ 通販事業部 <tsuhan@kitaguni-foods.co.jp>"],
    "subject": "ポイント交換商品 2025年春のラインナップ",
    "body": f"""北国フーズ 通販事業部 ご担当者様

お世話になっております。大森です。
ポイント交換カタログ春号に掲載する御社商品を下記で確定させてください。

　交換コード　商品名　　　　　　　　　　JANコード　　　　必要pt
　KF-2501　　北海道ラーメン5食セット　　4901234567894　　1,800pt
　KF-2502　　いくら醤油漬け 250g　　　　4901234567900　　5,500pt
　KF-2503　　夕張メロンゼリー 6個入　　 4901234567917　　2,400pt
　KF-2504　　十勝ハム詰合せ　　　　　　 4901234567924　　4,200pt

在庫の上限数がありましたらお知らせください。
{SIG_OMORI}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "product codes, JAN codes and point prices: numbers that are not personal data",
})

MESSAGES.append({
    "id": "membership-097", "charset": "utf-8",
    "sender": NISHIDA_EN, "to": ["Franchise Reporting <reporting@wellfit-global.com>"],
    "subject": "HINODE FIT – Q3 royalty report",
    "body": f"""Dear WellFit reporting team,

Please find below our Q3 figures for the royalty calculation.

  Club            Active members  New joins  Cancellations  Revenue (JPY)
  Shibuya                  3,412        288            196     98,214,000
  Funabashi                2,105        171            140     57,903,000
  Shin-Yokohama            2,688        203            151     74,420,000
  Umeda                    3,020        245            188     86,117,000
  Total                   11,225        907            675    316,654,000

Royalty (4.5%): JPY 14,249,430. The invoice can be addressed as usual.
{SIG_EN_NISHIDA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "English franchise figures per club: statistics without people",
})

# =========================================================================================
# EITHER — a privacy officer could honestly judge these both ways
# =========================================================================================

_p = people("098", 20)
_rows = "\n".join(f"　{x['pref']}　{x['romaji'].split()[1][0]}.{x['romaji'].split()[0][0]}様" for x in _p)
MESSAGES.append({
    "id": "membership-098", "charset": "iso-2022-jp",
    "sender": MIZUNO, "to": ["ウェブクラフト 制作部 <seisaku@webcraft-design.jp>"],
    "subject": "当選者発表ページ 掲載原稿",
    "body": f"""ウェブクラフト 制作部 ご担当者様

お世話になっております。水野です。
キャンペーンサイトの当選者発表ページに、下記の原稿を掲載してください。
（応募規約で「都道府県とイニシャルを公表」と告知済みです）

【A賞・B賞 当選者（20名）】
{_rows}

公開は12/2（月）10:00でお願いします。
{SIG_MIZUNO}""",
    "expect": "either", "entities": [], "detectors": [],
    "note": "20 winners as prefecture + initials for publication: hardly identifiable, yet a list of real people",
})

MESSAGES.append({
    "id": "membership-099", "charset": "utf-8",
    "sender": NISHIDA, "to": ["フィットプロ 配属担当 <haizoku@fitpro-trainers.jp>"],
    "subject": "梅田店 パーソナル担当変更の件",
    "body": f"""フィットプロ 配属ご担当者様

お世話になっております。西田です。
梅田店の 仲宗根 和代 様 の担当トレーナー変更をお願いします。
ご本人より「かかりつけの先生から膝に負担をかけないよう言われている」と伺っていますので、
下半身の高負荷メニューを避けられる方だと助かります。
{SIG_NISHIDA}""",
    "expect": "either", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one named member's doctor-advised restriction without a diagnosis: health data or not is debatable",
})

_p = people("100", 8)
_rows = "\n".join(f"{x['name']}　SR-{x['n']}　{chr(65 + i // 4)}-{i % 4 + 1}" for i, x in enumerate(_p))
MESSAGES.append({
    "id": "membership-100", "charset": "shift_jis",
    "sender": KUWABARA, "to": ["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"],
    "subject": "懇親会 座席表（受付用）",
    "body": f"""竹中様

お世話になっております。桑原です。
懇親会の招待席（選手テーブル）の座席表です。受付でお名前を確認のうえご案内ください。

氏名　会員番号　座席
{_rows}

{SIG_KUWABARA}""",
    "expect": "either", "entities": ["PERSON_NAME"], "detectors": ["personal_data"],
    "note": "8 members' names with member numbers and seats only: a list, but no contact or sensitive data",
})
