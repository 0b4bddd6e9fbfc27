"""Blind corpus, area: parking — 日の出産業 駐車場・駐輪場管理事業.

Monthly parking / bicycle-parking contracts (users' names, car numbers, addresses),
illegal parking and towing, police requests for camera footage, landowners' lease
payments (地代, 支払調書), gate / pay-station / LPR equipment vendors, accident claims.
100 messages: 55 stop, 42 pass, 3 either.  My Number / card seeds start at 2801.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# invented people, addresses, plates (deterministic)

_SEI = [
    ("東海林", "しょうじ", "shoji"), ("五十嵐", "いがらし", "igarashi"),
    ("百目鬼", "どうめき", "domeki"), ("小鳥遊", "たかなし", "takanashi"),
    ("栗栖", "くりす", "kurisu"), ("釘宮", "くぎみや", "kugimiya"),
    ("薬師寺", "やくしじ", "yakushiji"), ("勅使河原", "てしがわら", "teshigawara"),
    ("一戸", "いちのへ", "ichinohe"), ("目黒", "めぐろ", "meguro"),
    ("榊原", "さかきばら", "sakakibara"), ("宍戸", "ししど", "shishido"),
    ("乙部", "おとべ", "otobe"), ("比嘉", "ひが", "higa"),
    ("鬼頭", "きとう", "kito"), ("猪狩", "いがり", "igari"),
    ("四方田", "よもだ", "yomoda"), ("鰐淵", "わにぶち", "wanibuchi"),
    ("佐々木", "ささき", "sasaki"), ("高橋", "たかはし", "takahashi"),
    ("鈴木", "すずき", "suzuki"), ("渡辺", "わたなべ", "watanabe"),
    ("伊藤", "いとう", "ito"), ("中村", "なかむら", "nakamura"),
    ("小林", "こばやし", "kobayashi"), ("加藤", "かとう", "kato"),
    ("吉田", "よしだ", "yoshida"), ("山口", "やまぐち", "yamaguchi"),
    ("松本", "まつもと", "matsumoto"), ("井上", "いのうえ", "inoue"),
    ("木村", "きむら", "kimura"), ("清水", "しみず", "shimizu"),
    ("森田", "もりた", "morita"), ("橋本", "はしもと", "hashimoto"),
    ("石井", "いしい", "ishii"), ("長谷川", "はせがわ", "hasegawa"),
    ("村上", "むらかみ", "murakami"), ("坂口", "さかぐち", "sakaguchi"),
    ("藤原", "ふじわら", "fujiwara"), ("岡部", "おかべ", "okabe"),
    ("三浦", "みうら", "miura"), ("菅野", "かんの", "kanno"),
    ("大塚", "おおつか", "otsuka"), ("野口", "のぐち", "noguchi"),
    ("千葉", "ちば", "chiba"), ("赤羽", "あかばね", "akabane"),
    ("丹羽", "にわ", "niwa"), ("富樫", "とがし", "togashi"),
    ("真壁", "まかべ", "makabe"), ("御子柴", "みこしば", "mikoshiba"),
]
_MEI = [
    ("大輔", "だいすけ", "daisuke"), ("美咲", "みさき", "misaki"),
    ("健一", "けんいち", "kenichi"), ("陽子", "ようこ", "yoko"),
    ("翔太", "しょうた", "shota"), ("由美子", "ゆみこ", "yumiko"),
    ("誠", "まこと", "makoto"), ("千尋", "ちひろ", "chihiro"),
    ("正樹", "まさき", "masaki"), ("恵", "めぐみ", "megumi"),
    ("和也", "かずや", "kazuya"), ("彩花", "あやか", "ayaka"),
    ("浩二", "こうじ", "koji"), ("真理子", "まりこ", "mariko"),
    ("拓海", "たくみ", "takumi"), ("智子", "ともこ", "tomoko"),
    ("勝利", "かつとし", "katsutoshi"), ("舞", "まい", "mai"),
    ("隆之", "たかゆき", "takayuki"), ("静香", "しずか", "shizuka"),
    ("哲也", "てつや", "tetsuya"), ("沙織", "さおり", "saori"),
    ("悟", "さとる", "satoru"), ("奈々", "なな", "nana"),
    ("功", "いさお", "isao"), ("香織", "かおり", "kaori"),
    ("昇", "のぼる", "noboru"), ("詩織", "しおり", "shiori"),
    ("修", "おさむ", "osamu"), ("綾乃", "あやの", "ayano"),
    ("義明", "よしあき", "yoshiaki"), ("佳代", "かよ", "kayo"),
]
_TOWNS = [
    ("231-0861", "神奈川県横浜市中区元町"), ("222-0011", "神奈川県横浜市港北区菊名"),
    ("210-0005", "神奈川県川崎市川崎区東田町"), ("252-0231", "神奈川県相模原市中央区相模原"),
    ("273-0005", "千葉県船橋市本町"), ("260-0013", "千葉県千葉市中央区中央"),
    ("330-0063", "埼玉県さいたま市浦和区高砂"), ("332-0012", "埼玉県川口市本町"),
    ("143-0016", "東京都大田区大森北"), ("158-0094", "東京都世田谷区玉川"),
    ("120-0034", "東京都足立区千住"), ("181-0013", "東京都三鷹市下連雀"),
    ("192-0083", "東京都八王子市旭町"), ("247-0056", "神奈川県鎌倉市大船"),
    ("238-0008", "神奈川県横須賀市大滝町"), ("224-0003", "神奈川県横浜市都筑区中川中央"),
    ("211-0063", "神奈川県川崎市中原区小杉町"), ("276-0031", "千葉県八千代市八千代台北"),
]
_BLDG = ["コーポ若葉", "ハイツ緑ヶ丘", "メゾン・ド・ソレイユ", "グランシャリオ", "サンライズ壱番館",
         "レジデンス桜木", "ヴィラ潮見", "パークサイド弐番館", "", "", "", ""]
_PLATE_AREA = ["横浜", "川崎", "湘南", "相模", "品川", "世田谷", "足立", "練馬", "千葉", "習志野",
               "船橋", "大宮", "川口", "多摩", "八王子"]
_PLATE_KANA = list("さすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるろれわ")
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
_BANKS = [("みどり銀行", ["本店営業部", "港北支店", "船橋支店", "浦和支店"]),
          ("湘南中央信用金庫", ["大船支店", "藤沢北支店"]),
          ("東都第一銀行", ["川崎支店", "大森支店", "三鷹駅前支店"]),
          ("房総さくら銀行", ["千葉中央支店", "八千代台支店"])]


def _wareki(y: int, m: int, d: int, style: int = 0) -> str:
    if y >= 1989:
        era, short, ey = "平成", "H", y - 1988
    else:
        era, short, ey = "昭和", "S", y - 1925
    if style == 1:
        return f"{short}{ey}.{m}.{d}"
    if style == 2:
        return _fw(f"{era}{ey}年{m}月{d}日")
    return f"{era}{ey}年{m}月{d}日"


def _fw(s: str) -> str:
    """ASCII digits, hyphens and dots to full width."""
    table = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789"}
    table[ord("-")] = "－"
    table[ord(".")] = "．"
    return s.translate(table)


def people(n: int, seed: int) -> list[dict]:
    rng = random.Random(f"parking-people-{seed}")
    out = []
    used: set[str] = set()
    while len(out) < n:
        sei = rng.choice(_SEI)
        mei = rng.choice(_MEI)
        if sei[0] + mei[0] in used:
            continue
        used.add(sei[0] + mei[0])
        zipc, town = rng.choice(_TOWNS)
        bldg = rng.choice(_BLDG)
        addr = f"{town}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 20)}"
        if bldg:
            addr += f" {bldg}{rng.randint(1, 5)}0{rng.randint(1, 8)}"
        y, m, d = rng.randint(1948, 2002), rng.randint(1, 12), rng.randint(1, 28)
        bank, branches = rng.choice(_BANKS)
        out.append({
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}",
            "kana": f"{sei[1]} {mei[1]}",
            "kata": "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c
                            for c in f"{sei[1]} {mei[1]}"),
            "romaji": f"{mei[2].capitalize()} {sei[2].capitalize()}",
            "email": f"{mei[2]}.{sei[2]}{rng.randint(1, 99)}@{rng.choice(_FREEMAIL)}",
            "phone": f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "tel": f"045-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
            "zip": zipc, "addr": addr,
            "dob": f"{y}/{m:02d}/{d:02d}", "dob_w": _wareki(y, m, d, rng.randint(0, 1)),
            "ymd": (y, m, d),
            "plate": f"{rng.choice(_PLATE_AREA)} {rng.choice(['300', '330', '500', '530', '580', '310'])}"
                     f" {rng.choice(_PLATE_KANA)} {rng.randint(10, 99)}-{rng.randint(10, 99)}",
            "bank": bank, "branch": rng.choice(branches),
            "acct": f"{rng.randint(1000000, 9999999)}",
            "bicycle": f"神{rng.randint(10, 99)}-{rng.randint(100000, 999999)}",
        })
    return out


# ---------------------------------------------------------------------------------------
# numbers that look like identifiers but are not (hard passes) and a valid 法人番号


def _mn_check(body11: str) -> int:
    total = 0
    for n in range(1, 12):
        p = int(body11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def not_my_number(seed: int) -> str:
    rng = random.Random(f"nmn-{seed}")
    body = "".join(str(rng.randrange(10)) for _ in range(11))
    bad = (_mn_check(body) + 1 + rng.randrange(8)) % 10
    if bad == _mn_check(body):
        bad = (bad + 1) % 10
    return body + str(bad)


def _luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def not_card(seed: int) -> str:
    rng = random.Random(f"ncard-{seed}")
    while True:
        num = "0" + "".join(str(rng.randrange(10)) for _ in range(15))
        if not _luhn_ok(num):
            return num


def corporate_number(seed: int) -> str:
    rng = random.Random(f"corp-{seed}")
    base = [rng.randrange(10) for _ in range(12)]
    base[0] = rng.randrange(1, 10)
    total = 0
    for n in range(1, 13):
        p = base[12 - n]
        q = 1 if n % 2 == 1 else 2
        total += p * q
    check = 9 - (total % 9)
    return str(check) + "".join(map(str, base))


# ---------------------------------------------------------------------------------------
# layout helpers


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def pad_table(rows: list[list], gap: int = 2, fullwidth: bool = False, rule: str = "-") -> str:
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, row in enumerate(rows):
        cells = []
        for i, cell in enumerate(row):
            cell = str(cell)
            pad = widths[i] - _w(cell)
            if fullwidth:
                cells.append(cell + "\u3000" * (pad // 2) + " " * (pad % 2))
            else:
                cells.append(cell + " " * pad)
        lines.append(((" " * gap) if not fullwidth else "\u3000").join(cells).rstrip())
        if k == 0:
            n = min(sum(widths) + (gap if not fullwidth else 2) * (len(widths) - 1), 96)
            lines.append(rule * (n // _w(rule)))
    return "\n".join(lines)


def tsv(rows: list[list]) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def sig(who: str, style: int = 0) -> str:
    s = SENDERS[who]
    if style == 1:
        return (f"\n--\n{s['name']}（{s['dept']}）\n日の出産業株式会社\n"
                f"TEL: {s['tel']}  Mail: {s['mail']}\n")
    if style == 2:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\n{s['dept']}\n"
                f"{s['name']}\n〒231-0023 神奈川県横浜市中区山下町2-14 日の出ビル5F\n"
                f"TEL {s['tel']}（直通） FAX 045-662-7311\n{s['mail']}\n"
                f"━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 3:
        return (f"\n{s['en']}\n{s['dept_en']}\nHinode Sangyo Co., Ltd.\n"
                f"2-14 Yamashita-cho, Naka-ku, Yokohama 231-0023, Japan\n"
                f"Tel +81-{s['tel'][1:]}  {s['mail']}\n")
    return (f"\n――――――――――――――――――\n日の出産業株式会社 {s['dept']}\n{s['name']}\n"
            f"〒231-0023 横浜市中区山下町2-14 日の出ビル5F\nTEL {s['tel']} / FAX 045-662-7311\n"
            f"E-mail: {s['mail']}\n")


SENDERS = {
    "shinohara": {"name": "篠原 拓真", "en": "Takuma Shinohara", "dept": "駐車場事業部 管理課",
                  "dept_en": "Parking Division, Operations", "tel": "045-662-7310",
                  "mail": "shinohara.t@hinode-sangyo.co.jp"},
    "kuga": {"name": "久我 由香里", "en": "Yukari Kuga", "dept": "駐車場事業部 契約管理グループ",
             "dept_en": "Parking Division, Contracts", "tel": "045-662-7315",
             "mail": "kuga.y@hinode-sangyo.co.jp"},
    "okochi": {"name": "大河内 聡", "en": "Satoshi Okochi", "dept": "駐輪場運営課",
               "dept_en": "Bicycle Parking Operations", "tel": "045-662-7330",
               "mail": "okochi.s@hinode-sangyo.co.jp"},
    "ando": {"name": "安藤 真澄", "en": "Masumi Ando", "dept": "経理部 支払グループ",
             "dept_en": "Accounting", "tel": "045-662-7201",
             "mail": "ando.m@hinode-sangyo.co.jp"},
    "saotome": {"name": "早乙女 亮", "en": "Ryo Saotome", "dept": "駐車場事業部 安全管理室",
                "dept_en": "Parking Division, Safety Office", "tel": "045-662-7340",
                "mail": "saotome.r@hinode-sangyo.co.jp"},
    "minase": {"name": "水無瀬 琴音", "en": "Kotone Minase", "dept": "駐車場事業部 開発営業課",
               "dept_en": "Parking Division, Site Development", "tel": "045-662-7320",
               "mail": "minase.k@hinode-sangyo.co.jp"},
    "hanawa": {"name": "塙 健吾", "en": "Kengo Hanawa", "dept": "設備保守グループ",
               "dept_en": "Equipment Maintenance", "tel": "045-662-7350",
               "mail": "hanawa.k@hinode-sangyo.co.jp"},
    "yuki": {"name": "結城 瑞穂", "en": "Mizuho Yuki", "dept": "法務・コンプライアンス室",
             "dept_en": "Legal & Compliance", "tel": "045-662-7105",
             "mail": "yuki.m@hinode-sangyo.co.jp"},
    "kusunoki": {"name": "楠木 直人", "en": "Naoto Kusunoki", "dept": "情報システム部",
                 "dept_en": "IT Department", "tel": "045-662-7400",
                 "mail": "kusunoki.n@hinode-sangyo.co.jp"},
    "kusakabe": {"name": "日下部 恵理", "en": "Eri Kusakabe", "dept": "人事総務部",
                 "dept_en": "HR & General Affairs", "tel": "045-662-7110",
                 "mail": "kusakabe.e@hinode-sangyo.co.jp"},
}


def frm(who: str) -> str:
    s = SENDERS[who]
    return f"{s['name']} <{s['mail']}>"


DISCLAIMER_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者へご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. "
                 "If you are not the intended recipient, please notify the sender and delete "
                 "this e-mail.\n")

MESSAGES: list[dict] = []

# =======================================================================================
# 001-025

_p = people(6, 1)
MESSAGES.append({
    "id": "parking-001", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("shinohara"),
    "to": ["大西 正人 <m.onishi@maruei-fudosan.co.jp>"],
    "subject": "丸栄第2パーキング 9月末解約予定者の件",
    "body": "丸栄不動産株式会社\n資産管理部 大西様\n\n"
            "いつもお世話になっております。日の出産業の篠原です。\n"
            "先日お電話でご依頼いただいた「丸栄第2パーキング（港北区菊名）」の\n"
            "9月末解約予定の契約者一覧をお送りします。\n\n"
            + pad_table([["区画", "契約者", "車両番号", "連絡先", "解約日"]]
                        + [[f"B-{i * 3 + 2:02d}", p["name"], p["plate"], p["phone"], "2026/09/30"]
                           for i, p in enumerate(_p)]) +
            "\n\nいずれも解約届は受領済みで、リモコン返却を確認後に保証金を精算いたします。\n"
            "後継募集は10月1日から当社サイトに掲載予定です。\n"
            "ご不明点があればご連絡ください。\n" + sig("shinohara"),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "space-padded table of 6 contract holders (name, plate, mobile) in the body to a landowner company",
})

MESSAGES.append({
    "id": "parking-002", "expect": "pass", "charset": "iso-2022-jp",
    "sender": frm("hanawa"),
    "to": ["川崎電機 保守サービス課 <hoshu-service@kawasaki-denki.co.jp>"],
    "subject": "【定期点検】10月分 ゲート・精算機 点検日程のご相談",
    "body": "川崎電機株式会社\n保守サービス課 御中\n\n"
            "いつも大変お世話になっております。日の出産業 設備保守の塙でございます。\n\n"
            "10月の定期点検につきまして、下記日程でお願いできればと存じます。\n\n"
            "  10/6（火） 日の出パーク関内第1   ゲート2基・精算機1台\n"
            "  10/7（水） 日の出パーク新横浜     フラップ板24基・精算機2台\n"
            "  10/9（金） 日の出サイクル菊名駅前 ラック 120台分\n\n"
            "作業時間はいずれも10:00〜15:00を想定しております。\n"
            "新横浜の2号精算機は紙幣識別機のエラー（E-21）が先月3回出ておりますので、\n"
            "交換部品（型番 KD-BV300）のご準備をお願いいたします。\n\n"
            "ご都合の悪い日がございましたらお知らせください。\n\n"
            "よろしくお願いいたします。\n" + sig("hanawa", 2),
    "entities": [], "detectors": [],
    "note": "routine maintenance schedule to a partner vendor; only the sender's signature",
})

_p = people(9, 3)
_rows_a = [["日の出パーク関内第1　月極契約者台帳", "", "", "", "", "", "", ""],
           ["作成日: 2026/08/31", "", "", "", "", "", "", ""],
           ["No", "区画", "氏名", "フリガナ", "生年月日", "住所", "携帯電話", "車両番号"]]
for i, p in enumerate(_p[:6]):
    _rows_a.append([i + 1, f"K1-{i + 11}", p["name"], p["kata"], p["dob"], p["addr"], p["phone"], p["plate"]])
_rows_b = [["日の出パーク関内第2　月極契約者台帳"], ["No", "区画", "氏名", "生年月日", "住所", "連絡先", "車両番号"]]
for i, p in enumerate(_p[6:]):
    _rows_b.append([i + 1, f"K2-{i + 3}", p["name"], p["dob"], p["addr"], p["phone"], p["plate"]])
MESSAGES.append({
    "id": "parking-003", "expect": "stop", "charset": "utf-8",
    "sender": frm("kuga"),
    "to": ["東海パーキングサービス 引継担当 <hikitsugi@tokai-ps.co.jp>"],
    "cc": ["篠原 拓真 <shinohara.t@hinode-sangyo.co.jp>"],
    "subject": "関内エリア 管理業務引継ぎ資料（契約者台帳）",
    "body": "東海パーキングサービス株式会社\n引継ご担当者様\n\n"
            "お世話になっております。日の出産業 契約管理Gの久我です。\n"
            "11月からの管理業務移管に向けて、関内第1・第2の契約者台帳をお送りします。\n"
            "シートごとに駐車場が分かれています。\n\n"
            "鍵・リモコンの貸与状況は別途、現地引継ぎ時にご説明します。\n"
            + sig("kuga", 1),
    "attachments": [{"kind": "xlsx", "name": "関内_契約者台帳_202608.xlsx",
                     "sheets": {"関内第1": _rows_a, "関内第2": _rows_b,
                                "凡例": [["区画記号", "説明"], ["K1", "関内第1 平置き"], ["K2", "関内第2 機械式"]]}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX with two sheets of monthly contract holders (9 people: DOB, address, mobile) to an outside operator",
})

MESSAGES.append({
    "id": "parking-004", "expect": "pass", "charset": "cp932",
    "sender": frm("minase"),
    "to": ["土屋 様 <tsuchiya@hoshino-kosan.co.jp>"],
    "subject": "星野興産様 所有地 駐車場 稼働状況（8月度）",
    "body": "星野興産株式会社\n土屋様\n\n"
            "いつもお世話になっております。日の出産業の水無瀬でございます。\n"
            "8月度の稼働状況をご報告いたします。\n\n"
            + pad_table([["駐車場", "区画数", "月極契約", "稼働率", "時間貸売上(税込)"],
                         ["星野パーク鶴見", "32", "29", "90.6%", "￥412,300"],
                         ["星野パーク生麦", "18", "14", "77.8%", "￥198,700"],
                         ["星野サイクル鶴見", "150", "131", "87.3%", "￥56,400"]]) +
            "\n\n生麦は前月比で月極が2件減っておりますが、9月に1件新規のお申込みがあります。\n"
            "近隣相場との比較資料は来週お持ちいたします。\n" + sig("minase"),
    "entities": [], "detectors": [],
    "note": "occupancy statistics per parking lot to a landowner company, no people",
})

_p = people(1, 5)[0]
MESSAGES.append({
    "id": "parking-005", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("ando"),
    "to": ["小松原税理士事務所 <info@komatsubara-tax.jp>"],
    "subject": "支払調書作成の件（地主様 個人番号）",
    "body": "小松原税理士事務所\n担当 岩城様\n\n"
            "いつもお世話になっております。日の出産業 経理部の安藤です。\n"
            "「不動産の使用料等の支払調書」の作成にあたり、未提出だった地主様1名の\n"
            "個人番号を本日ご本人から受領しましたので、お知らせいたします。\n\n"
            f"  氏名　　：{_p['name']}（{_p['kata']}）\n"
            f"  住所　　：〒{_p['zip']} {_p['addr']}\n"
            f"  個人番号：{my_number(2801)}\n"
            "  物件　　：日の出パーク大船第3（月額地代 180,000円）\n\n"
            "番号確認書類（通知カード写し）は郵送でお送りします。\n"
            "よろしくお願いいたします。\n" + sig("ando"),
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a landowner's My Number with name and address sent to an outside tax office",
})

MESSAGES.append({
    "id": "parking-006", "expect": "pass", "charset": "utf-8",
    "sender": frm("kusunoki"),
    "to": ["ツバサシステム 営業部 沢口様 <sawaguchi@tsubasa-system.jp>"],
    "subject": "Re: LPR（ナンバー認識）実証の秘密保持契約について",
    "body": "ツバサシステム株式会社\n沢口様\n\n"
            "お世話になっております。日の出産業 情報システム部の楠木です。\n\n"
            "ナンバー認識カメラの実証にあたっての秘密保持契約（NDA）ですが、\n"
            "当社法務から以下2点のコメントがありました。\n\n"
            "・第3条「秘密情報」の定義に、撮影画像から得られる車両番号を含める\n"
            "・第8条の有効期間を契約終了後3年 → 5年に延長\n\n"
            "修正版をご用意いただけましたら、電子契約で締結したいと思います。\n"
            "実証の開始は11月第2週を想定しています。\n\n"
            "よろしくお願いいたします。\n" + sig("kusunoki", 1) + DISCLAIMER_JA,
    "entities": [], "detectors": [],
    "note": "mail about an NDA with a partner plus the standard disclaimer; no marking, no personal data",
})

_p = people(1, 7)[0]
MESSAGES.append({
    "id": "parking-007", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("saotome"),
    "to": ["神奈川県警察 港南警察署 刑事課 <konan-keiji@police.pref.kanagawa.lg.jp>"],
    "subject": "防犯カメラ映像の提供について（照会番号 港南刑第1127号）",
    "body": "港南警察署 刑事課\n巡査部長 高杉様\n\n"
            "いつもお世話になっております。日の出産業 安全管理室の早乙女でございます。\n"
            "ご照会いただいた件、日の出パーク上大岡の防犯カメラ映像（9月14日 21:00〜23:30、\n"
            "入口カメラ・場内カメラ2台分）をDVD-Rに保存しましたので、本日簡易書留で発送いたします。\n\n"
            "なお、報道で逮捕が報じられている被疑者と同姓同名の方が当該駐車場の月極契約者に\n"
            "おりましたので、念のため契約情報をお伝えします。\n\n"
            f"  契約者：{_p['name']}\n"
            f"  住所　：{_p['addr']}\n"
            f"  区画　：上大岡 No.14 / 車両 {_p['plate']}\n\n"
            "9月15日以降、当該区画の入出庫はございません。\n"
            "追加でお入り用のものがあればお申し付けください。\n" + sig("saotome", 2),
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named contract holder tied to an arrest (criminal information) sent to the police",
})

_q = people(6, 8)
MESSAGES.append({
    "id": "parking-008", "expect": "pass", "charset": "shift_jis",
    "sender": frm("kuga"),
    "to": ["平松 <hiramatsu@aozora-kanri.co.jp>"],
    "subject": "Re: 駐車場利用者の車庫証明について",
    "body": "平松様\n\nお世話になっております。日の出産業の久我です。\n"
            "ご連絡ありがとうございます。下記6名の方の保管場所使用承諾証明書は、\n"
            "当社で押印のうえ今週金曜日までに返送いたします。\n"
            "手数料（1通 3,300円）は10月分の管理料と相殺させていただきます。\n\n"
            "久我\n\n"
            "> 日の出産業 久我様\n>\n"
            "> いつもお世話になっております。あおぞら管理の平松です。\n"
            "> 車庫証明の承諾書の押印をお願いしたい方は以下の通りです。\n>\n"
            + "\n".join("> " + line for line in pad_table(
                [["氏名", "住所", "電話"]] + [[p["name"], p["addr"], p["phone"]] for p in _q]).split("\n")) +
            "\n>\n> お手数ですがよろしくお願いいたします。\n",
    "entities": [], "detectors": [],
    "note": "the 6-person list only appears in the quoted text of the recipient's own mail; new text has none",
})

_p = people(8, 9)
MESSAGES.append({
    "id": "parking-009", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("ando"),
    "to": ["みどり銀行 法人営業部 口座振替担当 <furikae@midori-ginko.co.jp>"],
    "subject": "口座振替依頼データ（10月分 月極駐車場料金）",
    "body": "みどり銀行 法人営業部\n口座振替ご担当者様\n\n"
            "お世話になっております。日の出産業 経理部の安藤でございます。\n"
            "10月27日振替分のうち、新規登録8件の依頼データを添付いたします。\n"
            "全銀フォーマットに変換前のCSVで恐縮ですが、ご確認をお願いいたします。\n"
            + sig("ando", 1),
    "attachments": [{"kind": "csv", "name": "furikae_shinki_202610.csv", "encoding": "cp932",
                     "rows": [["顧客番号", "預金者名(カナ)", "金融機関", "支店", "種目", "口座番号", "振替金額"]]
                     + [[f"HP{26100 + i}", p["kata"], p["bank"], p["branch"], "普通", p["acct"],
                         str(random.Random(i).choice([16500, 18700, 22000, 27500]))]
                        for i, p in enumerate(_p)]}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of 8 account holders with bank accounts sent to a partner bank",
})

MESSAGES.append({
    "id": "parking-010", "expect": "stop", "charset": "utf-8",
    "sender": frm("hanawa"),
    "to": ["川崎電機 営業部 <eigyo@kawasaki-denki.co.jp>",
           "北斗ゲート工業 営業課 <sales@hokuto-gate.co.jp>",
           "三栄パーキングシステム 見積窓口 <mitsumori@sanei-pks.co.jp>"],
    "subject": "【見積依頼】日の出パーク戸塚 ゲート式への改修（11月中旬締切）",
    "body": "各位\n\n"
            "いつもお世話になっております。日の出産業 設備保守グループの塙です。\n"
            "日の出パーク戸塚（48台）をフラップ式からゲート式に改修する計画があり、\n"
            "下記条件で相見積をお願いしたく、ご連絡いたしました。\n\n"
            "■対象：入口ゲート1基、出口ゲート1基、事前精算機1台、出口精算機1台\n"
            "■要件：QR決済・交通系IC対応、LPR連携（ツバサシステム社製）\n"
            "■工期：2027年1月〜2月（営業しながらの工事）\n"
            "■締切：11月13日（金）17時\n\n"
            "現地調査をご希望の場合は日程をご相談ください。\n" + sig("hanawa"),
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "RFQ to three competing vendors in To: three external organisations see each other",
})

MESSAGES.append({
    "id": "parking-011", "expect": "pass", "charset": "iso-2022-jp",
    "sender": frm("kuga"),
    "to": ["kouhei.tsumura@gmail.com"],
    "subject": "月極駐車場 契約更新のご案内（日の出パーク日吉 No.7）",
    "body": "津村 様\n\n"
            "いつも日の出パーク日吉をご利用いただきありがとうございます。\n"
            "日の出産業 契約管理グループの久我でございます。\n\n"
            "ご契約中の区画（No.7）が11月30日で契約期間満了となります。\n"
            "自動更新となりますので、特にお手続きは不要です。\n"
            "更新後の月額料金は現行どおり 19,800円（税込）です。\n\n"
            "解約をご希望の場合は、11月15日までに当社ウェブサイトの解約フォームから\n"
            "お手続きください。\n\n今後ともよろしくお願いいたします。\n" + sig("kuga", 2),
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "renewal notice to one contract holder on free mail; only the recipient's own name",
})

MESSAGES.append({
    "id": "parking-012", "expect": "stop", "charset": "utf-8",
    "sender": frm("shinohara"),
    "to": ["松永 部長 <matsunaga.k@hinode-sangyou.co.jp>"],
    "subject": "9月度 駐車場事業部 月次速報",
    "body": "松永部長\n\nお疲れさまです。管理課の篠原です。\n9月度の月次速報です。\n\n"
            "・時間貸売上：前年同月比 104.2%\n"
            "・月極稼働率：91.3%（前月 90.8%）\n"
            "・新規開設：日の出パーク十日市場（22台）\n"
            "・不正駐車対応：17件（うちレッカー移動 2件）\n\n"
            "詳細は部会資料でご説明します。\n\n篠原\n",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "internal report sent to hinode-sangyou.co.jp, a look-alike of the company's own domain",
})

MESSAGES.append({
    "id": "parking-013", "expect": "pass", "charset": "cp932",
    "sender": frm("minase"),
    "to": ["錦印刷 営業部 竹内様 <takeuchi@nishiki-insatsu.co.jp>"],
    "subject": "駐車場案内リーフレット 掲載施設一覧（校了前最終版）",
    "body": "錦印刷株式会社\n竹内様\n\n"
            "お世話になっております。日の出産業の水無瀬です。\n"
            "リーフレット裏面に掲載する施設一覧の最終版です。前回から「十日市場」を追加しています。\n\n"
            + pad_table([["施設名", "所在地", "台数", "管理事務所TEL"],
                         ["日の出パーク関内第1", "横浜市中区相生町3-51", "64", "045-662-7360"],
                         ["日の出パーク新横浜", "横浜市港北区新横浜2-8-3", "120", "045-471-2285"],
                         ["日の出パーク上大岡", "横浜市港南区上大岡西1-19", "38", "045-842-6031"],
                         ["日の出パーク十日市場", "横浜市緑区十日市場町801-7", "22", "045-662-7360"],
                         ["日の出サイクル菊名駅前", "横浜市港北区菊名7-1-12", "420", "045-431-9917"],
                         ["日の出サイクル大船東口", "鎌倉市大船1-22-4", "680", "0467-43-2208"]]) +
            "\n\n色校は10月20日（火）午前着でお願いできますでしょうか。\n" + sig("minase"),
    "entities": [], "detectors": [],
    "note": "list of parking facilities (business addresses and office phones), not people",
})

_p = people(6, 14)
MESSAGES.append({
    "id": "parking-014", "expect": "stop", "charset": "utf-8",
    "sender": frm("okochi"),
    "to": ["県立港陽高等学校 生徒指導部 <shidou@koyo-hs.pref-kanagawa.ed.jp>"],
    "subject": "駐輪場 定期利用登録の確認（港陽高校生徒分）",
    "body": "県立港陽高等学校\n生徒指導部 ご担当 先生\n\n"
            "日頃より日の出サイクル菊名駅前をご利用いただきありがとうございます。\n"
            "日の出産業 駐輪場運営課の大河内です。\n\n"
            "学割定期でご登録いただいている生徒さんのうち、在籍確認が取れていない方の名簿を\n"
            "Word でお送りします。在籍の有無をご記入のうえご返送いただけますと幸いです。\n"
            + sig("okochi"),
    "attachments": [{"kind": "docx", "name": "在籍確認依頼_港陽高校.docx",
                     "paragraphs": ["日の出サイクル菊名駅前　学割定期　在籍確認依頼",
                                    "下表の生徒について、在籍状況をご記入ください。"],
                     "tables": [[["No", "氏名", "学年", "住所", "保護者連絡先", "防犯登録番号", "在籍"]]
                                + [[str(i + 1), p["name"], f"{(i % 3) + 1}年", p["addr"], p["phone"],
                                    p["bicycle"], ""] for i, p in enumerate(_p)]]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 6 students with home address and guardian phone sent to a school",
})

_p = people(1, 15)[0]
MESSAGES.append({
    "id": "parking-015", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("kuga"),
    "to": ["ペイネクスト カスタマーサポート <support@paynext.co.jp>"],
    "subject": "カード継続課金の手動登録依頼（加盟店ID HS-00418）",
    "body": "ペイネクスト株式会社 カスタマーサポート御中\n\n"
            "お世話になっております。加盟店 日の出産業（HS-00418）の久我です。\n"
            "月極利用者の方から、Web登録がエラーになるとのことでお電話で申込みを受けました。\n"
            "お手数ですが管理画面から手動登録をお願いできますでしょうか。\n\n"
            f"  名義　　　：{_p['romaji'].upper()}\n"
            f"  カード番号：{card_number(2801)}\n"
            "  有効期限　：08/29\n"
            "  課金額　　：月額 22,000円（毎月27日）\n"
            "  利用者番号：HP-261033\n\n"
            "よろしくお願いいたします。\n" + sig("kuga"),
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a customer's full credit card number typed into the body of an external mail",
})

MESSAGES.append({
    "id": "parking-016", "expect": "pass", "charset": "utf-8",
    "sender": frm("ando"),
    "to": ["川崎電機 経理課 <keiri@kawasaki-denki.co.jp>"],
    "subject": "請求書（No. KD-2026-09-0412）記載内容のご確認",
    "body": "川崎電機株式会社 経理課 御中\n\n"
            "いつもお世話になっております。日の出産業 経理部の安藤です。\n"
            "9月分の請求書（No. KD-2026-09-0412、ご請求額 ¥1,386,000）を受領いたしました。\n"
            f"適格請求書発行事業者の登録番号（T{corporate_number(2801)}）を確認しましたが、\n"
            "明細3行目「ロック板 LK-220 交換 ×6」の単価が見積書（No. Q-0731）と異なっております。\n"
            "見積：¥48,000 / 請求：¥52,000\n\n"
            "お手数ですがご確認のうえ、差替えの請求書をご発行いただけますでしょうか。\n"
            + sig("ando", 2),
    "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "invoice query to a partner vendor: invoice/quote numbers and the vendor's T-number only",
})

MESSAGES.append({
    "id": "parking-017", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("minase"),
    "to": ["コンサルタント 門倉様 <kadokura@rise-advisory.co.jp>"],
    "subject": "【社外秘】2027年度 新規開設候補地リスト（ご意見伺い）",
    "body": "【社外秘】\n\n"
            "ライズアドバイザリー\n門倉様\n\n"
            "お世話になっております。日の出産業の水無瀬です。\n"
            "先日のお打合せでお話しした来期の新規開設候補地について、社内検討中の一覧です。\n"
            "取得条件の妥当性についてご意見をいただけますと幸いです。\n\n"
            "  A案 戸塚駅西口 旧社宅跡地 約620平米 想定賃料 月額85万円 想定40台\n"
            "  B案 鶴見市場 倉庫跡 約410平米 想定賃料 月額48万円 想定26台\n"
            "  C案 本郷台 ロードサイド 約900平米 想定賃料 月額60万円 想定55台\n\n"
            "※競合のタイムズ・リパーク動向は未反映です。\n" + sig("minase"),
    "entities": [], "detectors": ["confidential_marking"],
    "note": "mail stamped 【社外秘】 in subject and body sent to an outside consultant",
})

_p = people(14, 18)
MESSAGES.append({
    "id": "parking-018", "expect": "pass", "charset": "utf-8",
    "sender": frm("ando"),
    "to": ["経理部 支払G <shiharai@hinode-sangyo.co.jp>"],
    "cc": ["小野寺 課長 <onodera.h@hinode-sangyo.co.jp>"],
    "subject": "地主様 個人番号一覧（支払調書用）更新",
    "body": "支払Gの皆さん\n\n"
            "支払調書用の地主様個人番号一覧を更新しました。\n"
            "今年から新たに2名（大船第3、十日市場）が加わっています。\n"
            "閲覧後はローカルに保存しないようお願いします。\n\n"
            + pad_table([["地主名", "住所", "個人番号", "年間地代"]]
                        + [[p["name"], p["addr"], my_number(2802 + i),
                            f"{random.Random(i).randint(8, 40) * 60000:,}"]
                           for i, p in enumerate(_p)]) + "\n\n安藤\n",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], "detectors": [],
    "note": "14 landowners' My Numbers, but every recipient is internal",
})

_p = people(5, 19)
MESSAGES.append({
    "id": "parking-019", "expect": "stop", "charset": "utf-8",
    "sender": frm("saotome"),
    "to": ["関東レッカーサービス 配車センター <haisha@kanto-wrecker.co.jp>"],
    "subject": "無断駐車車両の撤去手配（日の出パーク新横浜）",
    "body": "関東レッカーサービス 配車センター 御中\n\n"
            "お世話になっております。日の出産業 安全管理室の早乙女です。\n"
            "新横浜で長期無断駐車となっている車両5台について、警察への相談と\n"
            "内容証明の送付を終えましたので、撤去の手配をお願いします。\n"
            "登録事項等証明書で判明した所有者情報を PDF にまとめています。\n" + sig("saotome"),
    "attachments": [{"kind": "pdf", "name": "撤去対象車両_所有者一覧.pdf",
                     "title": "撤去対象車両 所有者一覧",
                     "lines": ["日の出パーク新横浜　長期無断駐車車両　所有者一覧（2026年10月2日時点）", ""],
                     "table": [["No", "車両番号", "所有者", "所有者住所", "放置開始", "通知"]]
                     + [[str(i + 1), p["plate"], p["name"], p["addr"], f"2026/0{6 + i % 3}/1{i}", "内容証明済"]
                        for i, p in enumerate(_p)]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF table of 5 vehicle owners with home addresses to a towing company",
})

MESSAGES.append({
    "id": "parking-020", "expect": "pass", "charset": "iso-2022-jp",
    "sender": frm("kuga"),
    "to": ["北国フーズ 総務部 白井様 <shirai@kitaguni-foods.co.jp>"],
    "cc": ["青葉運輸 横浜営業所 小田切様 <odagiri@aoba-unyu.co.jp>"],
    "subject": "日の出パーク本牧 法人契約区画の入替えについて",
    "body": "北国フーズ株式会社 白井様\n青葉運輸株式会社 小田切様\n\n"
            "いつもお世話になっております。日の出産業の久我です。\n"
            "先日三者でお話しした本牧の法人契約区画の入替えについて、整理いたしました。\n\n"
            "・北国フーズ様：No.21〜No.26（6区画）→ No.31〜No.36 へ移動\n"
            "・青葉運輸様　：No.31〜No.34（4区画）→ No.21〜No.24 へ移動（2t車対応）\n"
            "・実施日：11月1日（日）午前中\n\n"
            "各区画のステッカー貼替えは当社で行います。\n"
            "ご確認のほどよろしくお願いいたします。\n" + sig("kuga"),
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "normal three-way mail with two partner organisations in To/Cc",
})

MESSAGES.append({
    "id": "parking-021", "expect": "stop", "charset": "utf-8",
    "sender": frm("kusunoki"),
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "契約者DB移行データ送付（パスワードは別送）",
    "body": "ツバサシステム サポートご担当様\n\n"
            "お世話になっております。日の出産業 情報システム部の楠木です。\n"
            "新管理システムへの移行用データを送付します。\n"
            "ZIP のパスワードは別メールでお送りします。\n\n"
            "よろしくお願いします。\n" + sig("kusunoki", 1),
    "attachments": [{"kind": "zip", "name": "keiyakusha_migration_20261005.zip", "password": "Hs#2026migr",
                     "files": [{"kind": "csv", "name": "keiyakusha.csv", "encoding": "utf-8",
                                "rows": [["id", "name", "tel"]]
                                + [[str(i), p["name"], p["phone"]] for i, p in enumerate(people(12, 21))]}]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP that cannot be scanned",
})

_p = people(1, 22)[0]
MESSAGES.append({
    "id": "parking-022", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("saotome"),
    "to": ["ときわ損害保険 横浜損害サービス課 <yokohama-songai@tokiwa-sonpo.co.jp>"],
    "subject": "施設賠償 事故報告（日の出パーク上大岡 フラップ板接触）",
    "body": "ときわ損害保険株式会社\n横浜損害サービス課 御中\n\n"
            "お世話になっております。日の出産業 安全管理室の早乙女です。\n"
            "証券番号 SB-7731902 の施設賠償責任保険について、事故のご報告をいたします。\n\n"
            "■発生日時：2026年9月28日 18時40分頃\n"
            "■場所：日の出パーク上大岡 No.9 区画\n"
            "■概要：歩行者の方が、上昇途中のフラップ板に足を取られ転倒\n"
            f"■被害者：{_p['name']} 様（{_p['dob_w']}生）\n"
            "■受傷：右足関節捻挫・右手首骨折、〇〇整形外科にて全治6週間の診断\n"
            f"■連絡先：{_p['phone']}\n\n"
            "診断書の写しは被害者の方から届き次第お送りします。\n" + sig("saotome", 2),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an injured person's diagnosis (medical information) with name and phone to an insurer",
})

_p = people(3, 23)
MESSAGES.append({
    "id": "parking-023", "expect": "pass", "charset": "cp932",
    "sender": frm("minase"),
    "to": ["星野興産 土屋様 <tsuchiya@hoshino-kosan.co.jp>"],
    "subject": "鶴見 境界確認立会いの出席者について",
    "body": "土屋様\n\nお世話になっております。日の出産業の水無瀬です。\n"
            "10月17日（土）10時からの境界確認立会いですが、隣地の方も含め出席者が確定しました。\n"
            "当日連絡がつくよう携帯番号を共有させていただきます。\n\n"
            f"・{_p[0]['name']} 様（北側隣地 所有者） {_p[0]['phone']}\n"
            f"・{_p[1]['name']} 様（東側隣地 所有者） {_p[1]['phone']}\n"
            f"・{_p[2]['name']} 様（土地家屋調査士） {_p[2]['phone']}\n"
            "・当社 水無瀬 090-6612-0383\n\n"
            "雨天の場合は前日17時までにご連絡いたします。\n" + sig("minase"),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "three attendees with mobile numbers to one landowner company: under the 5-person threshold",
})

_p = people(7, 24)
_html = ("<html><body style=\"font-family:'Meiryo'\"><p>中央住宅販売株式会社<br>賃貸仲介部 佐伯様</p>"
         "<p>いつもお世話になっております。日の出産業の久我です。<br>"
         "日の出パーク武蔵小杉の空き待ちの方の一覧です。空きが出ましたら上から順にご案内ください。</p>"
         "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
         "<tr><th>順位</th><th>お名前</th><th>電話番号</th><th>メール</th><th>希望車種</th></tr>"
         + "".join(f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['phone']}</td><td>{p['email']}</td>"
                   f"<td>{['軽', 'コンパクト', 'ミニバン', 'SUV'][i % 4]}</td></tr>" for i, p in enumerate(_p))
         + "</table><p>よろしくお願いいたします。</p>"
         "<p>--<br>日の出産業株式会社 契約管理G 久我 由香里<br>TEL 045-662-7315</p></body></html>")
MESSAGES.append({
    "id": "parking-024", "expect": "stop", "charset": "utf-8",
    "sender": frm("kuga"),
    "to": ["佐伯 <saeki@chuo-jutaku.co.jp>"],
    "subject": "武蔵小杉 空き待ちリスト",
    "html": _html,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail whose table lists 7 waiting applicants with phone and e-mail",
})

MESSAGES.append({
    "id": "parking-025", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("hanawa"),
    "to": ["川崎電機 保守サービス課 <hoshu-service@kawasaki-denki.jp>"],
    "subject": "至急：日の出パーク関内第1 出口ゲート バー折損",
    "body": "川崎電機 保守サービス課 御中\n\n"
            "日の出産業の塙です。\n"
            "本日 8:15頃、関内第1の出口ゲートのバーが車両接触により折損しました。\n"
            "現在は手動開放で運用しています。\n\n"
            "・機種：KG-500（製造番号 KG5-19-00771）\n"
            "・バー長：3.0m（LED付き）\n\n"
            "本日中の交換が可能かご確認ください。現地には管理員の伊佐がおります。\n\n"
            "塙\n" + sig("hanawa", 1),
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "sent to kawasaki-denki.jp, a look-alike of partner kawasaki-denki.co.jp (dropped co.)",
})

# =======================================================================================
# 026-050

MESSAGES.append({
    "id": "parking-026", "expect": "pass", "charset": "utf-8",
    "sender": frm("kusunoki"),
    "to": ["Liam Fraser <liam.fraser@optiplate-tech.com>"],
    "subject": "Re: LPR camera firmware 4.2 — night-time recognition rate",
    "body": "Hi Liam,\n\n"
            "Thanks for the quick turnaround on firmware 4.2. We ran it for two weeks at our\n"
            "Shin-Yokohama site (2 entry lanes, 1 exit lane). Results:\n\n"
            "  Daytime recognition:   99.1% (was 98.7%)\n"
            "  Night-time, no rain:   97.4% (was 93.0%)\n"
            "  Night-time, rain:      91.8% (was 84.5%)\n\n"
            "The remaining misses are mostly the green-on-white kei-car plates under the\n"
            "canopy lights. Could your team look at the exposure profile for that lane?\n"
            "Happy to share anonymised sample frames (plates masked) via your portal.\n\n"
            "Best regards,\n" + sig("kusunoki", 3) + DISCLAIMER_EN,
    "entities": [], "detectors": [],
    "note": "English vendor mail with recognition statistics, signature and the standard disclaimer",
})

_p = people(5, 27)
_fwd = ("-------- 転送メッセージ --------\n"
        "差出人: あおぞら管理 平松 <hiramatsu@aozora-kanri.co.jp>\n"
        "宛先: 篠原 拓真 <shinohara.t@hinode-sangyo.co.jp>\n"
        "日付: 2026/10/02 17:41\n件名: 長期滞納者一覧（日の出パーク鴨居）\n\n"
        "篠原様\n\n鴨居の3か月以上滞納者です。督促状は2回送付済みです。\n\n"
        + "\n".join(f"{i + 1}. {p['name']}（{p['kana']}）\n   住所：{p['addr']}\n   TEL：{p['phone']}\n"
                    f"   滞納額：{(i + 3) * 17600:,}円（{i + 3}か月）" for i, p in enumerate(_p))
        + "\n\n以上、よろしくお願いします。\nあおぞら管理株式会社 平松\n")
MESSAGES.append({
    "id": "parking-027", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("yuki"),
    "to": ["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "FW: 長期滞納者一覧（日の出パーク鴨居）",
    "body": "白川先生\n\nいつもお世話になっております。日の出産業 法務の結城です。\n"
            "管理委託先から届いた鴨居の長期滞納者一覧を転送いたします。\n"
            "支払督促申立ての対象として、ご検討いただけますでしょうか。\n\n結城\n\n" + _fwd,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward (new text for the lawyer) of a list of 5 debtors with address and phone",
})

_p = people(1, 28)[0]
MESSAGES.append({
    "id": "parking-028", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("kuga"),
    "to": ["あんしん保証 審査部 <shinsa@anshin-hosho.co.jp>"],
    "subject": "保証審査依頼（月極駐車場 日の出パーク鶴見 No.3）",
    "body": "あんしん保証株式会社 審査部 御中\n\n"
            "お世話になっております。日の出産業 契約管理Gの久我です。\n"
            "下記の方の保証審査をお願いいたします。申込書原本は本日郵送しました。\n\n"
            f"申込者　　　：{_p['name']}（{_p['kata']}）\n"
            f"生年月日　　：{_p['dob_w']}\n"
            f"現住所　　　：〒{_p['zip']} {_p['addr']}\n"
            f"運転免許証　：第{random.Random(28).randint(30, 49)}{random.Random(29).randint(10**9, 10**10 - 1)}号"
            "（有効期限 令和10年3月）\n"
            f"携帯　　　　：{_p['phone']}\n"
            "月額賃料　　：17,600円\n\n"
            "よろしくお願いいたします。\n" + sig("kuga"),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an applicant's driver's licence number with DOB and address to a guarantee company",
})

MESSAGES.append({
    "id": "parking-029", "expect": "pass", "charset": "cp932",
    "sender": frm("minase"),
    "to": ["前田 <maeda@yamabuki-estate.co.jp>"],
    "subject": "Re: 収支計画のご提示について",
    "body": "山吹エステート\n前田様\n\n"
            "お世話になっております。日の出産業の水無瀬です。\n"
            "収支計画書そのものは当社で社外秘扱いとしている資料のため、"
            "ファイルでのお渡しは控えさせてください。\n"
            "代わりに、ご判断に必要な数字を本文でお伝えします。\n\n"
            "・想定区画数：31台（うち軽専用 6台）\n"
            "・一括借上げ賃料：月額 420,000円（税別）\n"
            "・契約期間：5年（以後1年ごと自動更新）\n"
            "・設備工事費：当社負担\n\n"
            "ご不明点は次回お打合せでご説明いたします。\n" + sig("minase"),
    "entities": [], "detectors": [],
    "note": "mentions that a document is 社外秘 but the mail itself carries no marking; business figures only",
})

_p = people(10, 30)
_log = [["timestamp", "lane", "plate_read", "confidence", "contract_id", "holder", "tel", "result"]]
for i, p in enumerate(_p):
    _log.append([f"2026-10-0{1 + i % 5} {7 + i}:{11 + i * 4:02d}:0{i % 10}", f"IN{1 + i % 2}", p["plate"],
                 f"0.{80 + i}", f"HP-{260400 + i * 7}", p["name"], p["phone"],
                 "OPEN" if i % 3 else "REJECT"])
MESSAGES.append({
    "id": "parking-030", "expect": "stop", "charset": "utf-8",
    "sender": frm("kusunoki"),
    "to": ["ツバサシステム 開発部 <dev-support@tsubasa-system.jp>"],
    "subject": "【障害調査】新横浜 月極車両がゲートで弾かれる件 ログ送付",
    "body": "ツバサシステム 開発部 御中\n\n"
            "情報システム部の楠木です。\n"
            "チケット #4471 の件、10/1〜10/5 の入庫ログを抽出しました（TSV）。\n"
            "REJECT になっているのは全て契約車両で、照合信頼度が0.85未満のケースに集中しています。\n"
            "照合ロジックのしきい値をご確認ください。\n" + sig("kusunoki", 1),
    "attachments": [{"kind": "txt", "name": "entry_log_20261001-05.tsv", "encoding": "utf-8", "text": tsv(_log)}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "TSV log attachment with 10 contract holders' names and phones sent to a partner vendor",
})

_p = people(6, 31)
MESSAGES.append({
    "id": "parking-031", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("okochi"),
    "to": ["横浜市港北区役所 地域振興課 <kh-chiiki@city.yokohama.lg.jp>"],
    "subject": "放置自転車 所有者照会結果のご報告（菊名駅東口 9月撤去分）",
    "body": "港北区役所 地域振興課\n自転車対策担当 御中\n\n"
            "いつもお世話になっております。指定管理者 日の出産業の大河内です。\n"
            "9月に撤去した自転車のうち、防犯登録から所有者が判明したものをご報告します。\n"
            "返還通知の発送をお願いいたします。\n\n"
            + "\n".join(f"・{p['name']}　{p['addr']}　{p['phone']}　（防犯登録 {p['bicycle']}）" for p in _p) +
            "\n\n保管期限は12月28日です。\n" + sig("okochi", 2),
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "bullet list of 6 bicycle owners with address and phone sent to a ward office",
})

MESSAGES.append({
    "id": "parking-032", "expect": "pass", "charset": "utf-8",
    "sender": frm("okochi"),
    "to": ["横浜市港北区役所 地域振興課 <kh-chiiki@city.yokohama.lg.jp>"],
    "subject": "菊名駅周辺 放置自転車 撤去・返還実績（上半期）",
    "body": "港北区役所 地域振興課 御中\n\n"
            "日の出産業 駐輪場運営課の大河内です。上半期の実績をご報告します。\n\n"
            "月\t撤去台数\t返還\t処分\t返還率\n"
            "4月\t142\t88\t12\t62.0%\n5月\t131\t79\t20\t60.3%\n6月\t156\t97\t15\t62.2%\n"
            "7月\t118\t74\t9\t62.7%\n8月\t97\t58\t14\t59.8%\n9月\t124\t81\t11\t65.3%\n\n"
            "東口の撤去台数は、駐輪場増設（+80台）以降減少傾向です。\n"
            "詳細は11月の連絡会で報告いたします。\n" + sig("okochi"),
    "entities": [], "detectors": [],
    "note": "aggregate removal statistics, tab-separated but no people",
})

_p = people(7, 33)
MESSAGES.append({
    "id": "parking-033", "expect": "stop", "charset": "shift_jis",
    "sender": frm("ando"),
    "to": ["みどり銀行 横浜支店 法人窓口 <yokohama-houjin@midori-ginko.co.jp>"],
    "subject": "11月分 地代 総合振込データ（事前確認のお願い）",
    "body": "みどり銀行 横浜支店\n法人窓口 ご担当者様\n\n"
            "お世話になっております。日の出産業 経理部の安藤です。\n"
            "11月25日付の地代総合振込ですが、振込先に変更が2件ございますので、\n"
            "念のため事前に明細をご確認いただけますでしょうか（Excel 97-2003形式）。\n" + sig("ando"),
    "attachments": [{"kind": "xls", "name": "jidai_furikomi_202611.xls",
                     "sheets": {"振込明細": [["受取人名", "金融機関", "支店", "種目", "口座番号", "金額", "備考"]]
                                + [[p["kata"], p["bank"], p["branch"], "普通", p["acct"],
                                    (i + 2) * 45000, "変更" if i in (2, 5) else ""] for i, p in enumerate(_p)]}}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "legacy XLS with 7 individual landowners' bank accounts sent to a partner bank",
})

MESSAGES.append({
    "id": "parking-034", "expect": "pass", "charset": "iso-2022-jp",
    "sender": frm("shinohara"),
    "to": ["丸栄不動産 大西様 <m.onishi@maruei-fudosan.co.jp>"],
    "subject": "丸栄第1・第2パーキング 料金改定案（2027年4月〜）",
    "body": "大西様\n\nお世話になっております。日の出産業の篠原です。\n"
            "来年4月からの料金改定案をお送りします。近隣5施設の相場を踏まえています。\n\n"
            "【月極】\n  平置き（普通車）  19,800円 → 20,900円\n"
            "  平置き（軽）      15,400円 → 据置き\n  屋根付き          24,200円 → 25,300円\n\n"
            "【時間貸】\n  8:00-20:00  30分 220円 → 20分 220円\n"
            "  20:00-8:00  60分 110円 → 据置き\n  最大料金（24h）  1,500円 → 1,700円\n\n"
            "ご意見をいただけましたら、契約者への告知文（3か月前告知）を準備いたします。\n"
            + sig("shinohara"),
    "entities": [], "detectors": [],
    "note": "price revision proposal to a landowner company",
})

_p = people(1, 35)[0]
MESSAGES.append({
    "id": "parking-035", "expect": "stop", "charset": "utf-8",
    "sender": frm("kuga"),
    "to": ["あんしん保証 審査部 <shinsa@anshin-hosho.co.jp>"],
    "subject": "保証審査（外国籍の方）追加書類の件",
    "body": "あんしん保証 審査部 森本様\n\n"
            "お世話になっております。日の出産業の久我です。\n"
            "先日ご依頼した審査の件、追加でご指示のあった在留カード情報をお知らせします。\n\n"
            "氏名：NGUYEN VAN THANH（グエン ヴァン タイン）\n"
            "生年月日：1994年7月19日\n"
            "国籍：ベトナム\n"
            "在留カード番号：UH48203917FA\n"
            "在留資格：技術・人文知識・国際業務（在留期限 2028年5月2日）\n"
            f"勤務先：{_p['sei']}設計事務所（横浜市神奈川区）\n\n"
            "カードの表裏コピーは申込書と一緒に郵送済みです。\n" + sig("kuga"),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a foreign applicant's residence card number, DOB and nationality to a guarantee company",
})

_p = people(1, 36)[0]
MESSAGES.append({
    "id": "parking-036", "expect": "pass", "charset": "utf-8",
    "sender": frm("saotome"),
    "to": ["駐車場事業部 部長 <kanbe.t@mail.hinode-sangyo.co.jp>"],
    "cc": ["結城 瑞穂 <yuki.m@hinode-sangyo.co.jp>"],
    "subject": "上大岡 フラップ板転倒事故 その後の経過",
    "body": "神戸部長\n\n安全管理室の早乙女です。9/28の上大岡の事故の経過です。\n\n"
            f"・被害者：{_p['name']} 様（{_p['phone']}）\n"
            "・右手首骨折で10/5に手術、入院は10日程度の見込み\n"
            "・ご本人は持病の糖尿病の影響で回復が遅れる可能性があると主治医から説明あり\n"
            "・保険会社（ときわ損保）の担当と10/9に面会予定\n\n"
            "フラップ板の上昇タイミングについては川崎電機に設定変更を依頼済みです。\n\n早乙女\n",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "health information of an injured person, but only internal recipients (mail. subdomain)",
})

MESSAGES.append({
    "id": "parking-037", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("minase"),
    "to": ["ライズアドバイザリー 門倉様 <kadokura@rise-advisory.co.jp>"],
    "subject": "戸塚案件 提案書ドラフト送付",
    "body": "門倉様\n\nお世話になっております。日の出産業の水無瀬です。\n"
            "戸塚駅西口の地主様向け提案書のドラフトをお送りします。\n"
            "賃料水準の根拠部分について、ご意見をいただけますと助かります。\n" + sig("minase"),
    "attachments": [{"kind": "docx", "name": "戸塚駅西口_土地活用ご提案_draft3.docx",
                     "page_header": "社外秘",
                     "title": "戸塚駅西口 土地活用のご提案",
                     "paragraphs": ["戸塚駅西口 土地活用のご提案（ドラフト）", "1. 事業概要",
                                    "旧社宅跡地（約620㎡）を一括借上げし、40台規模のコインパーキングとして運営します。",
                                    "2. 賃料の考え方",
                                    "周辺10施設の稼働実績から、月額85万円を上限とし、初年度は78万円でご提示します。",
                                    "3. 契約条件", "契約期間10年、中途解約は6か月前通知。"],
                     "tables": [[["年度", "想定売上", "賃料", "営業利益"], ["1年目", "1,380万円", "936万円", "128万円"],
                                 ["2年目", "1,520万円", "1,020万円", "171万円"]]]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "DOCX whose page header is stamped 社外秘, sent to an outside consultant",
})

_q = people(5, 38)
MESSAGES.append({
    "id": "parking-038", "expect": "pass", "charset": "shift_jis",
    "sender": frm("okochi"),
    "to": ["サイクルサポート 野々村 <nonomura@cycle-support.co.jp>"],
    "subject": "RE: 大船東口 定期利用者の更新漏れ",
    "body": "野々村さん\n\nお疲れさまです。大河内です。\n"
            "ご連絡いただいた5名の件、当社システム側で更新処理が止まっていました。\n"
            "本日中に更新済みステッカーを発送しますので、現地での声掛けは不要です。\n"
            "ご迷惑をおかけしました。\n\n大河内\n\n"
            "-----Original Message-----\n"
            "From: 野々村 <nonomura@cycle-support.co.jp>\n"
            "Sent: Monday, October 5, 2026 9:12 AM\n"
            "To: 大河内 聡 <okochi.s@hinode-sangyo.co.jp>\n"
            "Subject: 大船東口 定期利用者の更新漏れ\n\n"
            "大河内様\n\n更新済みなのにステッカーが旧年度のままの方が5名います。\n\n"
            + "\n".join(f"{p['name']}\t{p['phone']}\t{p['addr']}" for p in _q) +
            "\n\nご確認お願いします。\nサイクルサポート 野々村\n",
    "entities": [], "detectors": [],
    "note": "5-person list only in the quoted original under -----Original Message-----; reply text has none",
})

_p = people(6, 39)
_inner = {"sender": "日の出パーク関内第1 管理事務所 <kannai1@hinode-sangyo.co.jp>",
          "to": ["篠原 拓真 <shinohara.t@hinode-sangyo.co.jp>"],
          "subject": "夜間の騒音・たむろに関する苦情（9月分まとめ）", "charset": "iso-2022-jp",
          "body": "篠原さん\n\n9月に管理事務所に寄せられた苦情の連絡先まとめです。\n"
                  "警備会社と共有して夜間巡回を増やしたいです。\n\n"
                  + "\n".join(f"■{p['name']} 様（近隣住民）\n  TEL {p['phone']} / {p['email']}\n"
                              f"  内容：{['深夜のエンジン音', '若者のたむろ', 'ゴミの散乱', '花火', 'クラクション', '喫煙'][i]}"
                              for i, p in enumerate(_p)) + "\n\n管理員 伊佐\n"}
MESSAGES.append({
    "id": "parking-039", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("shinohara"),
    "to": ["あさひ警備保障 横浜中央営業所 <yokohama-chuo@asahi-keibi.co.jp>"],
    "subject": "関内第1 夜間巡回強化のご相談（苦情まとめを添付）",
    "body": "あさひ警備保障 横浜中央営業所 御中\n\n"
            "いつもお世話になっております。日の出産業の篠原です。\n"
            "関内第1で夜間の苦情が増えており、巡回回数を増やしていただけないかご相談です。\n"
            "管理事務所からのまとめメールをそのまま添付します。\n"
            "苦情を寄せた方へのご連絡は不要です（当社から回答済み）。\n" + sig("shinohara"),
    "attachments": [{"kind": "eml", "name": "苦情まとめ_9月.eml", "message": _inner}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "attached mail holding 6 neighbours' names, phones and e-mails sent to a security company",
})

MESSAGES.append({
    "id": "parking-040", "expect": "pass", "charset": "iso-2022-jp",
    "sender": frm("hanawa"),
    "to": ["三栄パーキングシステム 部品センター <parts@sanei-pks.co.jp>"],
    "subject": "注文番号 PO-26-1183 出荷状況の確認",
    "body": "三栄パーキングシステム 部品センター 御中\n\n"
            "お世話になっております。日の出産業 設備保守Gの塙です。\n"
            "10/2に発注した下記部品の出荷状況を教えてください。\n\n"
            "  注文番号：PO-26-1183\n"
            "  品番　　：SP-LK2200-M（ロック板モーターユニット）×4\n"
            "  品番　　：SP-CS-0910（コインセレクタ）×2\n\n"
            "お送りいただいた追跡番号（ヤマト 4821-3390-6712）で照会すると\n"
            "「荷物情報なし」と表示されます。\n\n"
            "よろしくお願いいたします。\n" + sig("hanawa", 1),
    "entities": [], "detectors": [],
    "note": "order number, product codes and a tracking number only",
})

_p = people(5, 41)
MESSAGES.append({
    "id": "parking-041", "expect": "stop", "charset": "utf-8",
    "sender": frm("kuga"),
    "to": ["ペイネクスト 加盟店サポート <merchant@paynext.co.jp>"],
    "subject": "10月度 継続課金エラー分の再請求について",
    "body": "ペイネクスト 加盟店サポート 御中\n\n"
            "日の出産業（HS-00418）の久我です。\n"
            "10月27日の継続課金でエラーとなった5件について、お客様から新しいカード情報を\n"
            "いただいたので、再請求をお願いします。一覧を CSV で添付します。\n" + sig("kuga", 1),
    "attachments": [{"kind": "csv", "name": "saiseikyu_202610.csv", "encoding": "utf-8",
                     "rows": [["利用者番号", "氏名", "メール", "カード番号", "有効期限", "金額"]]
                     + [[f"HP-26{1100 + i * 13}", p["name"], p["email"], card_number(2802 + i),
                         f"{(i % 12) + 1:02d}/{28 + i % 3}", "19800"] for i, p in enumerate(_p)]}],
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV with five customers' card numbers sent to a payment agent",
})

MESSAGES.append({
    "id": "parking-042", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("shinohara"),
    "to": ["y.kamata1975@yahoo.co.jp", "haruka-m@icloud.com", "t-okuno@docomo.ne.jp",
           "sugimoto.ken@gmail.com"],
    "subject": "【日の出パーク中山】舗装工事に伴う区画移動のお願い",
    "body": "日の出パーク中山 月極ご契約者様\n\n"
            "いつもご利用いただきありがとうございます。日の出産業 管理課の篠原です。\n"
            "11月9日（月）〜11月13日（金）に場内の舗装工事を行います。\n"
            "工事期間中、下記の区画のお客様は第2駐車場（徒歩1分）の仮区画をご利用ください。\n\n"
            "  No.3〜No.6 → 第2駐車場 T-1〜T-4\n\n"
            "仮区画の利用料金は不要です。ご不便をおかけしますがご協力をお願いいたします。\n"
            + sig("shinohara"),
    "entities": [], "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "four private contract holders put in To, so they see each other's addresses (should be Bcc)",
})

_p = people(4, 43)
MESSAGES.append({
    "id": "parking-043", "expect": "pass", "charset": "utf-8",
    "sender": frm("shinohara"),
    "to": ["大西 正人 <m.onishi@maruei-fudosan.co.jp>"],
    "subject": "第2パーキング閉鎖に伴う第1への移転者（4名）",
    "body": "大西様\n\nお世話になっております。篠原です。\n"
            "第2パーキング閉鎖に伴い、第1へ移転される4名の方の情報をお送りします。\n"
            "地主様側の名簿更新にお使いください。\n" + sig("shinohara", 1),
    "attachments": [{"kind": "xlsx", "name": "移転者一覧.xlsx",
                     "sheets": {"移転者": [["丸栄第1パーキング 移転者一覧"], [],
                                          ["旧区画", "新区画", "氏名", "住所", "電話"]]
                                + [[f"B-{i + 4:02d}", f"A-{i + 20}", p["name"], p["addr"], p["phone"]]
                                   for i, p in enumerate(_p)]}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "XLSX with four people's records: under the five-person threshold, may be warned",
})

MESSAGES.append({
    "id": "parking-044", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("yuki"),
    "to": ["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
    "subject": "鴨居 滞納案件 契約書写し（PDF）",
    "body": "白川法律事務所 事務局 御中\n\n"
            "日の出産業 法務の結城です。\n"
            "白川先生からご依頼のあった契約書の写しをお送りします。\n"
            "PDFを開くパスワードは、お電話でお伝えした番号です。\n\n結城\n" + sig("yuki", 1),
    "attachments": [{"kind": "pdf", "name": "駐車場賃貸借契約書_鴨居_写し.pdf", "password": "0617kamoi",
                     "lines": ["月極駐車場賃貸借契約書", "契約者：（写し）", "区画：鴨居 No.11"]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF cannot be scanned",
})

_p = people(1, 45)[0]
MESSAGES.append({
    "id": "parking-045", "expect": "stop", "charset": "cp932",
    "sender": frm("shinohara"),
    "to": ["あおぞら管理 平松 <hiramatsu@aozora-kanri.co.jp>"],
    "subject": "鴨居 車いす使用者用区画への変更申請について",
    "body": "平松様\n\nお世話になっております。日の出産業の篠原です。\n"
            "鴨居の月極契約者の方から、区画変更のご相談がありました。\n\n"
            f"契約者：{_p['name']} 様（No.18）\n"
            f"連絡先：{_p['phone']}\n"
            "内容：今年8月の脳梗塞の後遺症で左半身まひとなり、身体障害者手帳（2級）の交付を\n"
            "　　　受けられたとのこと。車いすの乗降ができる幅広区画（No.1）への移動を希望。\n\n"
            "No.1 は現在空いていますので、地主様のご了承をいただければ来月から変更したいと考えています。\n"
            "現地での白線引き直しの段取りをお願いできますでしょうか。\n" + sig("shinohara"),
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named user's illness and disability certificate sent to an outside management company",
})

MESSAGES.append({
    "id": "parking-046", "expect": "pass", "charset": "utf-8",
    "sender": frm("shinohara"),
    "to": ["さくらホテル横浜 フロント 宮坂様 <front-yokohama@sakura-hotel.jp>"],
    "subject": "提携駐車場のご案内図（差し替え版）",
    "body": "さくらホテル横浜\nフロント 宮坂様\n\n"
            "いつもお世話になっております。日の出産業の篠原です。\n"
            "提携駐車場「日の出パーク関内第1」の案内図を、入口移設に合わせて差し替えました。\n"
            "宿泊者様向けの割引（24時間 1,200円）は従来どおりです。\n"
            "フロントでの掲示・配布にご利用ください。\n" + sig("shinohara", 2),
    "attachments": [{"kind": "png", "name": "kannai1_map_v2.png"}],
    "entities": [], "detectors": [],
    "note": "map image to a partner hotel; no people",
})

_p = people(5, 47)
MESSAGES.append({
    "id": "parking-047", "expect": "stop", "charset": "utf-8",
    "sender": frm("minase"),
    "to": ["星野興産 土屋様 <tsuchiya@hoshino-kosan.co.jp>"],
    "subject": "9月度 管理報告書（鶴見・生麦）",
    "body": "土屋様\n\nお世話になっております。水無瀬です。\n"
            "9月度の管理報告書（PowerPoint）をお送りします。\n"
            "今月は生麦で不正利用が続いたため、対応状況のスライドを追加しています。\n" + sig("minase"),
    "attachments": [{"kind": "pptx", "name": "管理報告_202609_星野興産様.pptx",
                     "slides": [["9月度 管理報告", "星野パーク鶴見・生麦", "日の出産業株式会社"],
                                ["稼働状況", "鶴見：29/32台（90.6%）", "生麦：14/18台（77.8%）"],
                                ["不正利用者への対応状況"]
                                + [f"{p['name']}　{p['plate']}　{p['phone']}　警告書{1 + i % 2}回目"
                                   for i, p in enumerate(_p)],
                                ["今後の対応", "警告3回で契約解除・車両撤去を検討"]]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PPTX slide listing 5 violators with plate and phone sent to a landowner company",
})

MESSAGES.append({
    "id": "parking-048", "expect": "pass", "charset": "utf-8",
    "sender": frm("kuga"),
    "to": ["北国フーズ 総務部 白井様 <shirai@kitaguni-foods.co.jp>"],
    "subject": "法人契約のお客様へ：年末年始の営業について",
    "html": "<html><body><p>北国フーズ株式会社<br>総務部 白井様</p>"
            "<p>平素より日の出産業の駐車場をご利用いただき、誠にありがとうございます。</p>"
            "<p>年末年始の管理事務所の営業についてご案内いたします。</p>"
            "<table border=\"1\" cellpadding=\"3\"><tr><th>日付</th><th>管理事務所</th><th>駐車場</th></tr>"
            "<tr><td>12/29〜1/3</td><td>休業</td><td>通常どおり利用可</td></tr>"
            "<tr><td>1/4〜</td><td>通常営業</td><td>通常どおり</td></tr></table>"
            "<p>休業期間中のトラブルは 24時間コールセンター（0120-558-210）へご連絡ください。</p>"
            "<p>日の出産業株式会社 駐車場事業部 契約管理グループ</p></body></html>",
    "entities": [], "detectors": [],
    "note": "HTML-only notice to one corporate customer with a company call-centre number",
})

MESSAGES.append({
    "id": "parking-049", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("ando"),
    "to": ["みどり銀行 法人営業部 口座振替担当 <furikae@midori-glnko.co.jp>"],
    "subject": "Re: 10月分 口座振替結果の件",
    "body": "口座振替ご担当者様\n\n日の出産業 経理部の安藤です。\n"
            "10月27日振替分の結果データ、受領いたしました。\n"
            "振替不能が全体 1,284件中 23件（1.8%）と前月より多いため、\n"
            "不能事由コードの内訳（資金不足／口座解約／依頼書なし）を教えていただけますか。\n\n"
            "よろしくお願いいたします。\n" + sig("ando", 1),
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "recipient domain midori-glnko.co.jp is a homoglyph look-alike of partner midori-ginko.co.jp",
})

_p = people(6, 50)
MESSAGES.append({
    "id": "parking-050", "expect": "stop", "charset": "shift_jis",
    "sender": frm("kuga"),
    "to": ["行政書士 桐生事務所 <kiryu@kiryu-gyosei.jp>"],
    "subject": "車庫証明 代行申請分（10月第2週）",
    "body": "桐生先生\n\nいつもお世話になっております。日の出産業の久我です。\n"
            "10月第2週の車庫証明代行分、6件の申請者情報と配置図をZIPでお送りします。\n"
            "保管場所使用承諾証明書の原本は本日発送いたしました。\n" + sig("kuga"),
    "attachments": [{"kind": "zip", "name": "shako_202610_w2.zip",
                     "files": [{"kind": "csv", "name": "申請者一覧.csv", "encoding": "cp932",
                                "rows": [["申請者", "住所", "電話", "車名", "車台番号", "保管場所"]]
                                + [[p["name"], p["addr"], p["phone"], ["プリウス", "N-BOX", "ノア", "フィット", "CX-5", "タント"][i],
                                    f"ZVW{random.Random(i).randint(30, 60)}-{random.Random(i + 9).randint(1000000, 9999999)}",
                                    f"日の出パーク日吉 No.{i + 8}"] for i, p in enumerate(_p)]},
                               {"kind": "pdf", "name": "配置図_日吉.pdf",
                                "lines": ["日の出パーク日吉 配置図", "No.1〜No.24 平置き", "前面道路 幅員6.0m"]}]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "ZIP containing a CSV of 6 applicants' names, addresses and phones sent to a scrivener",
})

# =======================================================================================
# 051-075

_q = people(5, 51)
MESSAGES.append({
    "id": "parking-051", "expect": "pass", "charset": "utf-8",
    "sender": frm("kuga"),
    "to": ["Hannah Becker <hannah.becker@nordlicht-pharma.com>"],
    "subject": "Re: Parking for our seconded staff from November",
    "body": "Dear Ms Becker,\n\n"
            "Thank you for the list. We have reserved five spaces (No. 41-45) at Hinode Park\n"
            "Minato Mirai for your seconded staff from 1 November. Parking cards will be sent\n"
            "to your office reception, not to the individuals, as you requested.\n\n"
            "The corporate rate is JPY 33,000 per space per month (tax incl.), invoiced monthly.\n\n"
            "Kind regards,\n" + sig("kuga", 3) + "\n"
            "On Tue, 6 Oct 2026 at 10:02, Hannah Becker <hannah.becker@nordlicht-pharma.com> wrote:\n"
            "> Dear Ms Kuga,\n>\n> Please find below the five colleagues who will need a space:\n>\n"
            + "\n".join(f"> {p['romaji']}, mobile {p['phone']}, home: {p['addr']}" for p in _q) +
            "\n>\n> Best,\n> Hannah\n",
    "entities": [], "detectors": [],
    "note": "the five people's details are only in the quoted 'wrote:' block from the recipient",
})

_p = people(1, 52)[0]
MESSAGES.append({
    "id": "parking-052", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("saotome"),
    "to": ["関東機械健康保険組合 給付課 <kyufu@kanto-kikai-kenpo.or.jp>"],
    "subject": "第三者行為による傷病届の件（日の出パーク鶴見 接触事故）",
    "body": "関東機械健康保険組合\n給付課 ご担当者様\n\n"
            "お世話になっております。日の出産業株式会社 安全管理室の早乙女と申します。\n"
            "当社管理駐車場内での接触事故について、被保険者の方から当社あてに\n"
            "「第三者行為による傷病届」の記載事項の確認依頼がありましたので、ご連絡いたします。\n\n"
            f"  被保険者氏名：{_p['name']}\n"
            "  保険証　記号：3712　番号：48\n"
            f"  生年月日　　：{_p['dob_w']}\n"
            "  傷病名　　　：頸椎捻挫、腰部打撲（通院加療 約3週間）\n"
            "  事故日　　　：2026年9月19日\n"
            "  相手方　　　：当社（施設管理者）、損保 ときわ損害保険\n\n"
            "事故発生状況報告書は当社で作成のうえ、被保険者の方へお渡し済みです。\n" + sig("saotome"),
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "health insurance card symbol/number plus diagnosis of one person to an external health insurer",
})

MESSAGES.append({
    "id": "parking-053", "expect": "pass", "charset": "iso-2022-jp",
    "sender": frm("minase"),
    "to": ["星野興産 総務部 <soumu@hoshino-kosan.co.jp>"],
    "cc": ["土屋様 <tsuchiya@hoshino-kosan.co.jp>"],
    "subject": "Re: 担当者変更のお知らせ",
    "body": "星野興産株式会社 総務部 御中\n\n"
            "ご丁寧にご連絡いただきありがとうございます。日の出産業の水無瀬です。\n"
            "11月以降のご担当が下記の方に変わる旨、承知いたしました。社内にも周知いたします。\n\n"
            "  星野興産株式会社 資産運用部\n  課長 設楽 智弘 様\n"
            "  TEL 045-503-2281（直通） / 携帯 080-3319-5520\n"
            "  shitara@hoshino-kosan.co.jp\n\n"
            "土屋様には長らくお世話になりました。引継ぎのご挨拶に一度お伺いできればと存じます。\n"
            + sig("minase", 2),
    "entities": [], "detectors": [],
    "note": "one partner-company business contact (name, direct line, company mail)",
})

_p = people(7, 54)
MESSAGES.append({
    "id": "parking-054", "expect": "stop", "charset": "shift_jis",
    "sender": frm("okochi"),
    "to": ["サイクルサポート 野々村 <nonomura@cycle-support.co.jp>"],
    "subject": "大船東口 定期券 未返却者（現地での声掛けお願い）",
    "body": "野々村さん\n\nお疲れさまです。日の出産業 大河内です。\n"
            "9月末で解約済みなのに、ラックに自転車が残っている方がいます。\n"
            "現地で見かけたら声掛けをお願いします。\n\n"
            + pad_table([["氏名", "電話", "住所", "ラック"]]
                        + [[p["name"], _fw(p["phone"]), p["addr"], f"２階－{i + 11}"] for i, p in enumerate(_p)],
                        fullwidth=True, rule="－") +
            "\n\n10月20日を過ぎても撤去されない場合は、掲示のうえ保管場所へ移動します。\n\n大河内\n"
            + sig("okochi", 1),
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "full-width padded table of 7 users with full-width phone numbers and addresses to a contractor",
})

MESSAGES.append({
    "id": "parking-055", "expect": "stop", "charset": "utf-8",
    "sender": frm("shinohara"),
    "to": ["大西 正人 <m.onishi@maruei-fudosan.co.jp>"],
    "subject": "10月分 収支報告書",
    "body": "大西様\n\nお世話になっております。篠原です。\n"
            "10月分の収支報告書をお送りします。ご査収ください。\n" + sig("shinohara"),
    "attachments": [{"kind": "corrupt", "name": "丸栄パーキング_収支報告_202610.xlsx"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be read",
})

MESSAGES.append({
    "id": "parking-056", "expect": "pass", "charset": "utf-8",
    "sender": frm("hanawa"),
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "精算機 二重引落し疑い（取引ID 3件）",
    "body": "ツバサシステム サポートご担当様\n\n"
            "日の出産業 設備保守Gの塙です。\n"
            "新横浜2号精算機で、同一駐車券に対して2回決済されたように見える取引があります。\n"
            "ジャーナルの該当行を貼ります。\n\n"
            f"  2026-10-04 18:22:07  取引ID {not_my_number(1)}  駐車券 {not_card(1)}  ¥1,500  QR\n"
            f"  2026-10-04 18:22:09  取引ID {not_my_number(2)}  駐車券 {not_card(1)}  ¥1,500  QR\n"
            f"  2026-10-04 19:03:51  取引ID {not_my_number(3)}  駐車券 {not_card(2)}  ¥700   交通系IC\n\n"
            "決済事業者側で1件目か2件目が取消されているか、確認をお願いします。\n"
            "精算機のソフトバージョンは TS-PAY 3.8.1 です。\n" + sig("hanawa", 1),
    "entities": [], "detectors": [],
    "note": "12-digit transaction IDs and 16-digit ticket numbers that fail My Number / Luhn checks",
})

MESSAGES.append({
    "id": "parking-057", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("minase"),
    "to": ["山吹エステート 前田様 <maeda@yamabuki-estate.co.jp>",
           "あおぞら管理 平松様 <hiramatsu@aozora-kanri.co.jp>"],
    "cc": ["久遠設計 久遠様 <kuon@kuon-sekkei.co.jp>"],
    "subject": "十日市場 拡張工事 キックオフ打合せ（10/22）のご案内",
    "body": "関係者各位\n\n"
            "いつもお世話になっております。日の出産業 開発営業課の水無瀬です。\n"
            "十日市場の拡張工事（+14台）のキックオフ打合せを下記のとおり開催いたします。\n\n"
            "日時：10月22日（木）14:00〜15:30\n"
            "場所：日の出産業 本社 5階 第2会議室\n"
            "議題：工程、近隣説明、仮設区画の運用、管理委託範囲\n\n"
            "ご出席の可否を10月16日までにご返信ください。\n" + sig("minase"),
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations in To/Cc can see each other",
})

_p = people(1, 58)[0]
MESSAGES.append({
    "id": "parking-058", "expect": "pass", "charset": "iso-2022-jp",
    "sender": frm("saotome"),
    "to": ["結城 瑞穂 <yuki.m@hinode-sangyo.co.jp>"],
    "cc": ["篠原 拓真 <shinohara.t@hinode-sangyo.co.jp>"],
    "subject": "上大岡 契約者の逮捕報道の件（社内共有）",
    "body": "結城さん、篠原さん\n\n早乙女です。\n"
            "港南署から映像提供の依頼があった件、報道によると被疑者は当社の月極契約者の\n"
            f"{_p['name']} 氏（{_p['addr']}）で、9月15日に窃盗容疑で逮捕されたとのことです。\n"
            "契約は現在も有効で、10月分の賃料は引き落とし済みです。\n\n"
            "契約解除の可否と、区画に残っている車両の扱いについて法務としてのご意見をください。\n\n"
            "早乙女\n",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "arrest information about a named contract holder, but all recipients are internal",
})

_p = people(1, 59)[0]
MESSAGES.append({
    "id": "parking-059", "expect": "stop", "charset": "shift_jis",
    "sender": frm("kusakabe"),
    "to": ["社会保険労務士法人 みなと労務 <tetsuzuki@minato-roumu.jp>"],
    "subject": "資格取得届のお願い（駐車場巡回員 11/1入社）",
    "body": "みなと労務 手続きご担当 様\n\n"
            "いつもお世話になっております。日の出産業 人事総務部の日下部です。\n"
            "11月1日付で駐車場巡回員として1名入社しますので、資格取得届の作成をお願いします。\n\n"
            f"氏名：{_p['name']}（{_p['kata']}）\n"
            f"生年月日：{_wareki(*_p['ymd'])}\n"
            f"住所：〒{_p['zip']} {_p['addr']}\n"
            f"基礎年金番号：{random.Random(59).randint(1000, 9999)}-{random.Random(60).randint(100000, 999999)}\n"
            "雇用形態：パートタイム（週30時間） 月額報酬見込み 168,000円\n\n"
            "扶養家族はいません。よろしくお願いいたします。\n" + sig("kusakabe"),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a new hire's basic pension number, DOB and address to an outside labour consultant",
})

MESSAGES.append({
    "id": "parking-060", "expect": "pass", "charset": "utf-8",
    "sender": frm("ando"),
    "to": ["山吹エステート 経理部 <keiri@yamabuki-estate.co.jp>"],
    "subject": "2026年度上期 売上歩合賃料の計算根拠",
    "body": "山吹エステート 経理部 御中\n\n"
            "お世話になっております。日の出産業 経理部の安藤です。\n"
            "上期の売上歩合賃料の計算根拠を CSV でお送りします。\n"
            "歩合率は契約どおり売上の 12% です。\n" + sig("ando"),
    "attachments": [{"kind": "csv", "name": "buai_2026H1.csv", "encoding": "utf-8",
                     "rows": [["月", "駐車場", "時間貸売上", "月極売上", "合計", "歩合賃料(12%)"],
                              ["2026-04", "山吹パーク港南台", "1,284,300", "412,500", "1,696,800", "203,616"],
                              ["2026-05", "山吹パーク港南台", "1,402,100", "412,500", "1,814,600", "217,752"],
                              ["2026-06", "山吹パーク港南台", "1,190,800", "392,700", "1,583,500", "190,020"],
                              ["2026-07", "山吹パーク港南台", "1,355,000", "392,700", "1,747,700", "209,724"],
                              ["2026-08", "山吹パーク港南台", "1,511,600", "392,700", "1,904,300", "228,516"],
                              ["2026-09", "山吹パーク港南台", "1,276,900", "412,500", "1,689,400", "202,728"]]}],
    "entities": [], "detectors": [],
    "note": "monthly revenue CSV for a lot, no people",
})

_p = people(5, 61)
MESSAGES.append({
    "id": "parking-061", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("kuga"),
    "to": ["あんしん保証 審査部 <shinsa@anshin-hosho.co.jp>"],
    "subject": "保証審査依頼 5件（日の出パーク港南台 新規開設分）",
    "body": "あんしん保証 審査部 御中\n\n"
            "いつもお世話になっております。日の出産業の久我です。\n"
            "港南台の新規開設に伴うお申込み5件の審査をお願いいたします。\n\n"
            + "\n".join(f"【{i + 1}】\n氏名　：{p['name']}（{p['kata']}）\n生年月日：{p['dob_w']}\n"
                        f"住所　：{p['addr']}\n電話　：{p['phone']}\n勤務先：{['会社員', '自営業', '公務員', '会社役員', 'パート'][i]}\n"
                        for i, p in enumerate(_p)) +
            "\n申込書の写しは追って郵送いたします。\n" + sig("kuga", 2),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five applicants, one block each with DOB, address and phone, to a guarantee company",
})

MESSAGES.append({
    "id": "parking-062", "expect": "pass", "charset": "iso-2022-jp",
    "sender": frm("shinohara"),
    "to": ["日の出パーク鶴見 管理 <tsurumi-kanri@hinode-sangyo.co.jp>"],
    "bcc": ["k.sasamori@gmail.com", "ootaki-family@yahoo.co.jp", "n.hirose@outlook.jp",
            "m-ikezawa@ezweb.ne.jp", "takigawa.j@icloud.com", "suenaga0716@softbank.ne.jp"],
    "subject": "【日の出パーク鶴見】精算機入替え工事のお知らせ",
    "body": "日の出パーク鶴見をご利用のお客様へ\n\n"
            "いつもご利用いただきありがとうございます。\n"
            "10月26日（月）10時〜16時、精算機の入替え工事を行います。\n"
            "工事中は出庫時に係員が現金で精算いたします（月極のお客様は通常どおり出庫できます）。\n\n"
            "ご不便をおかけしますが、ご理解のほどお願い申し上げます。\n\n"
            "日の出産業株式会社 駐車場事業部 管理課\nお問い合わせ 0120-558-210（24時間）\n",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "notice to private users sent correctly in Bcc; only an internal address in To",
})

MESSAGES.append({
    "id": "parking-063", "expect": "stop", "charset": "utf-8",
    "sender": frm("kusunoki"),
    "to": ["グリッドワークス 提案担当 <proposal@gridworks-inc.co.jp>"],
    "subject": "駐車場管理システム更改 RFP 添付資料",
    "body": "グリッドワークス株式会社\n提案ご担当者様\n\n"
            "日の出産業 情報システム部の楠木です。\n"
            "先日ご案内した管理システム更改のRFPについて、現行システム構成資料をお送りします。\n"
            "ご提案書の提出期限は11月20日です。\n" + sig("kusunoki"),
    "attachments": [{"kind": "pdf", "name": "現行システム構成_v1.2.pdf",
                     "page_header": "Confidential / 社外秘", "page_footer": "日の出産業株式会社 情報システム部",
                     "title": "現行駐車場管理システム構成",
                     "lines": ["現行駐車場管理システム 構成概要", "",
                               "1. 拠点：駐車場 86拠点、駐輪場 21拠点",
                               "2. 精算機：ツバサシステム TS-PAY（VPN経由でクラウド集計）",
                               "3. LPR：12拠点に設置、照合サーバはオンプレミス（本社サーバ室）",
                               "4. 契約管理：自社開発（2014年稼働、Oracle 11g）",
                               "5. 課題：EOL対応、月極のWeb申込み未対応、帳票の手作業"]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "PDF page header marked Confidential / 社外秘 sent to a non-partner vendor",
})

MESSAGES.append({
    "id": "parking-064", "expect": "pass", "charset": "cp932",
    "sender": frm("kuga"),
    "to": ["錦印刷 営業部 竹内様 <takeuchi@nishiki-insatsu.co.jp>"],
    "subject": "月極駐車場 契約書ひな形（複写式）の印刷依頼",
    "body": "錦印刷 竹内様\n\nお世話になっております。日の出産業の久我です。\n"
            "来年度用の契約書ひな形（3枚複写）を2,000部お願いしたく、原稿をお送りします。\n"
            "記入欄はすべて空欄のままで結構です。\n" + sig("kuga"),
    "attachments": [{"kind": "docx", "name": "月極駐車場賃貸借契約書_ひな形_2027.docx",
                     "paragraphs": ["月極駐車場賃貸借契約書",
                                    "賃貸人 日の出産業株式会社（以下「甲」という）と賃借人（以下「乙」という）は、"
                                    "次のとおり駐車場賃貸借契約を締結する。",
                                    "第1条（目的）甲は乙に対し、下記駐車場の区画を車両の保管場所として賃貸する。",
                                    "第2条（賃料）乙は毎月27日までに翌月分の賃料を甲に支払う。",
                                    "第9条（禁止事項）乙は区画を第三者に転貸してはならない。"],
                     "tables": [[["賃借人氏名", ""], ["住所", ""], ["電話番号", ""], ["車両番号", ""],
                                 ["区画番号", ""], ["月額賃料", "円"]]]}],
    "entities": [], "detectors": [],
    "note": "blank contract template with empty fields",
})

_p = people(1, 65)[0]
MESSAGES.append({
    "id": "parking-065", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("saotome"),
    "to": ["あさひ警備保障 横浜中央営業所 <yokohama-chuo@asahi-keibi.co.jp>"],
    "subject": "日の出パーク新横浜 車上荒らし被害の発生について",
    "body": "あさひ警備保障 横浜中央営業所 御中\n\n"
            "いつもお世話になっております。日の出産業 安全管理室の早乙女です。\n"
            "10月8日深夜、新横浜で車上荒らしが発生しました。\n\n"
            f"被害者：{_p['name']} 様（月極 No.52、{_p['plate']}）\n"
            f"連絡先：{_p['phone']}\n"
            "被害：助手席窓ガラス破損、車内のバッグ（現金約3万円、ノートPC）盗難\n"
            "届出：港北警察署に被害届提出済み（受理番号 港北第3302号）\n\n"
            "巡回記録（10/8 23時〜10/9 5時）をご提出いただけますでしょうか。\n"
            "被害者の方から巡回状況について問い合わせが来る可能性があります。\n" + sig("saotome"),
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named crime victim with phone number sent to an outside security company",
})

_p = people(2, 66)
MESSAGES.append({
    "id": "parking-066", "expect": "pass", "charset": "utf-8",
    "sender": frm("saotome"),
    "to": ["関東レッカーサービス 配車センター <haisha@kanto-wrecker.co.jp>"],
    "subject": "保管車両の引取り予定者（2名）",
    "body": "関東レッカーサービス 配車センター 御中\n\n"
            "日の出産業の早乙女です。\n"
            "先週撤去した車両のうち、所有者と連絡が取れた2名が引取りに伺います。\n"
            "本人確認のうえ、お引渡しをお願いします。\n\n"
            f"  {_p[0]['name']} 様　{_p[0]['plate']}　{_p[0]['phone']}　10/14（水）午前\n"
            f"  {_p[1]['name']} 様　{_p[1]['plate']}　{_p[1]['phone']}　10/15（木）15時頃\n\n"
            "保管料は当社に請求してください。\n" + sig("saotome", 1),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "two people's pickup details to a towing company: below the list threshold",
})

_p = people(1, 67)[0]
MESSAGES.append({
    "id": "parking-067", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("yuki"),
    "to": ["白川 先生 <shirakawa@shirakawa-law.co.jp>"],
    "subject": "少額訴訟の件 被告の住所変更について",
    "body": "白川先生\n\nお世話になっております。日の出産業 法務の結城です。\n"
            "鴨居の滞納案件で、被告の転居先が判明しました。\n\n"
            f"  被告：{_p['name']}\n  新住所：〒{_p['zip']} {_p['addr']}\n"
            "  旧住所宛の特別送達は不送達で戻ってきています。\n\n"
            "訴状の送達先変更の上申書をご準備いただけますでしょうか。\n" + sig("yuki"),
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "sent to shirakawa-law.co.jp, a look-alike of partner shirakawa-law.jp (other TLD)",
})

MESSAGES.append({
    "id": "parking-068", "expect": "pass", "charset": "utf-8",
    "sender": frm("minase"),
    "to": ["山吹エステート 前田様 <maeda@yamabuki-estate.co.jp>"],
    "subject": "港南台第2 土地活用のご提案資料",
    "body": "前田様\n\nお世話になっております。日の出産業の水無瀬です。\n"
            "先日ご相談いただいた港南台第2の区画について、ご提案資料をお送りします。\n"
            "一括借上げ方式と売上歩合方式の2案を比較しています。\n" + sig("minase"),
    "attachments": [{"kind": "pptx", "name": "港南台第2_ご提案_日の出産業.pptx",
                     "slides": [["港南台第2 土地活用のご提案", "日の出産業株式会社 開発営業課"],
                                ["敷地概要", "面積 約380㎡", "前面道路 6m（県道）", "想定 18台"],
                                ["A案 一括借上げ", "月額賃料 28万円（固定）", "設備・運営費は当社負担"],
                                ["B案 売上歩合", "売上の 35% をお支払い", "想定 月額 24〜36万円"],
                                ["スケジュール", "12月 契約 / 2月 工事 / 3月 開業"]]}],
    "entities": [], "detectors": [],
    "note": "proposal deck to a landowner company; business figures only",
})

MESSAGES.append({
    "id": "parking-069", "expect": "stop", "charset": "shift_jis",
    "sender": frm("shinohara"),
    "to": ["門倉 <kadokura@rise-advisory.co.jp>"],
    "subject": "拠点別 原価データ（ご依頼分）",
    "body": "門倉様\n\nお世話になっております。篠原です。\n"
            "ご依頼の拠点別原価データです。社内資料のため取扱いにご注意ください。\n" + sig("shinohara"),
    "attachments": [{"kind": "xlsx", "name": "拠点別原価_2026上期.xlsx", "page_header": "取扱注意",
                     "sheets": {"原価": [["【取扱注意】拠点別原価 2026年度上期"],
                                         ["拠点", "地代", "設備リース", "保守", "人件費", "売上", "粗利率"],
                                         ["関内第1", 5400000, 1320000, 480000, 1900000, 11200000, "18.8%"],
                                         ["新横浜", 7800000, 2100000, 720000, 2300000, 16900000, "23.6%"],
                                         ["上大岡", 2700000, 690000, 260000, 0, 4520000, "19.1%"],
                                         ["鶴見", 3600000, 800000, 310000, 0, 5980000, "21.4%"]]}}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "XLSX stamped 取扱注意 (header and title row) sent to an outside consultant",
})

_p = people(6, 70)
MESSAGES.append({
    "id": "parking-070", "expect": "stop", "charset": "utf-8",
    "sender": frm("ando"),
    "to": ["小松原税理士事務所 岩城様 <iwaki@komatsubara-tax.jp>"],
    "subject": "不動産の使用料等の支払調書（2026年分）確認用PDF",
    "body": "岩城様\n\nお世話になっております。日の出産業 経理部の安藤です。\n"
            "2026年分の支払調書（地主様個人分）の確認用一覧をPDFでお送りします。\n"
            "提出前に金額と個人番号の照合をお願いいたします。\n" + sig("ando", 2),
    "attachments": [{"kind": "pdf", "name": "支払調書_確認用_2026.pdf",
                     "lines": ["不動産の使用料等の支払調書　確認用一覧（2026年分）", "支払者：日の出産業株式会社", ""],
                     "table": [["支払を受ける者", "住所", "個人番号", "物件", "支払金額"]]
                     + [[p["name"], p["addr"], my_number(2820 + i), f"日の出パーク{['大船第3', '十日市場', '日吉', '中山', '鴨居', '港南台'][i]}",
                         f"{(i + 3) * 720000:,}"] for i, p in enumerate(_p)]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of 6 landowners' My Numbers and addresses sent to a tax office",
})

MESSAGES.append({
    "id": "parking-071", "expect": "pass", "charset": "utf-8",
    "sender": frm("kusunoki"),
    "to": ["沢口 <sawaguchi@tsubasa-system.jp>"],
    "cc": ["川崎電機 技術部 真田 <sanada@kawasaki-denki.co.jp>"],
    "subject": "ゲート制御とTS-PAYの連携仕様 三者打合せ（10/20）",
    "body": "沢口様、真田様\n\n"
            "お世話になっております。日の出産業 情報システム部の楠木です。\n"
            "戸塚の改修に向けて、ゲート制御（川崎電機 KG-500）と TS-PAY の連携仕様を\n"
            "三者で確認したく、下記で打合せをお願いできますでしょうか。\n\n"
            "日時：10月20日（火）13:30〜15:00（Teams）\n"
            "議題：接点信号 vs API 連携、停電時のフェイルセーフ、ログの保存先\n\n"
            "よろしくお願いいたします。\n" + sig("kusunoki", 1) + DISCLAIMER_EN,
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two partner organisations in To/Cc, disclaimer at the end",
})

_p = people(5, 72)
_t = [["賞", "お名前", "郵便番号", "ご住所", "電話番号"]] + [
    [["A賞", "A賞", "B賞", "B賞", "B賞"][i], p["name"], p["zip"], p["addr"], p["phone"]] for i, p in enumerate(_p)]
MESSAGES.append({
    "id": "parking-072", "expect": "stop", "charset": "utf-8",
    "sender": frm("minase"),
    "to": ["ギフトロジ 発送センター <hassou@giftlogi.co.jp>"],
    "subject": "利用者アンケート 当選者への賞品発送依頼",
    "body": "ギフトロジ 発送センター御中\n\n日の出産業の水無瀬です。\n"
            "利用者アンケートの当選者5名への発送をお願いします。\n\n"
            + "\n".join("  ".join(r) for r in _t) + "\n\nA賞：QUOカード5,000円分 / B賞：駐車サービス券 3時間分\n"
            + sig("minase", 1),
    "html": "<html><body><p>ギフトロジ 発送センター御中</p><p>日の出産業の水無瀬です。<br>"
            "利用者アンケートの当選者5名への発送をお願いします。</p><table border=\"1\">"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _t)
            + "</table><p>A賞：QUOカード5,000円分 / B賞：駐車サービス券 3時間分</p>"
              "<p>日の出産業株式会社 開発営業課 水無瀬 琴音</p></body></html>",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "text+HTML mail listing 5 prize winners' home addresses and phones to a shipping vendor",
})

MESSAGES.append({
    "id": "parking-073", "expect": "pass", "charset": "iso-2022-jp",
    "sender": frm("hanawa"),
    "to": ["久遠設計 久遠様 <kuon@kuon-sekkei.co.jp>"],
    "subject": "十日市場 現況図面一式",
    "body": "久遠様\n\nお世話になっております。日の出産業の塙です。\n"
            "十日市場の現況図面一式をZIPでお送りします。\n"
            "機器配置は2024年の更新時点のものです。\n" + sig("hanawa"),
    "attachments": [{"kind": "zip", "name": "tokaichiba_genkyo.zip",
                     "files": [{"kind": "pdf", "name": "配置図.pdf",
                                "lines": ["日の出パーク十日市場 現況配置図", "区画 No.1〜No.22", "精算機 1台（北東角）"]},
                               {"kind": "txt", "name": "readme.txt",
                                "text": "図面一覧\n- 配置図.pdf 縮尺1/200\n- 機器リスト: 精算機TS-PAY 1, ロック板LK-220 22\n"}]}],
    "entities": [], "detectors": [],
    "note": "ZIP of drawings and an equipment readme, no people",
})

MESSAGES.append({
    "id": "parking-074", "expect": "stop", "charset": "utf-8",
    "sender": frm("saotome"),
    "to": ["ときわ損害保険 横浜損害サービス課 <yokohama-songai@tokiwa-sonpo.co.jp>"],
    "subject": "Re: 上大岡事故 追加資料（現場写真・見取図）",
    "body": "ときわ損害保険 横浜損害サービス課\n川端様\n\n"
            "お世話になっております。日の出産業の早乙女です。\n"
            "ご依頼の現場見取図をお送りします。\n" + sig("saotome", 1),
    "attachments": [{"kind": "corrupt", "name": "上大岡_事故現場見取図.pdf"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "corrupt PDF attachment that cannot be read",
})

MESSAGES.append({
    "id": "parking-075", "expect": "pass", "charset": "iso-2022-jp",
    "sender": frm("shinohara"),
    "to": ["ryo.imamichi@gmail.com"],
    "subject": "誤ってレッカー移動した件のお詫び",
    "body": "今道 様\n\n"
            "日の出産業 駐車場事業部 管理課の篠原でございます。\n"
            "このたびは、正規にご契約いただいている区画のお車を、当社の確認不足により\n"
            "レッカー移動してしまい、大変申し訳ございませんでした。\n\n"
            "保管場所からのお車の返送費用、代車費用は全額当社で負担いたします。\n"
            "お車に傷等がございましたら、修理費も含めて対応いたしますので、お知らせください。\n\n"
            "再発防止のため、撤去前に契約台帳と照合する手順を追加いたしました。\n"
            "改めてお電話でもお詫び申し上げます。\n" + sig("shinohara", 2),
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "apology to a single private customer on free mail",
})

# =======================================================================================
# 076-100

_p = people(6, 76)
MESSAGES.append({
    "id": "parking-076", "expect": "stop", "charset": "shift_jis",
    "sender": frm("saotome"),
    "to": ["港北警察署 交通課 <kohoku-koutsu@police.pref.kanagawa.lg.jp>"],
    "subject": "ひき逃げ事件に係る照会への回答（日の出パーク新横浜 入庫車両）",
    "body": "港北警察署 交通課 御中\n\n"
            "日の出産業株式会社 安全管理室の早乙女でございます。\n"
            "10月3日付のご照会（港北交第884号）について、10月2日 20時〜22時に\n"
            "新横浜へ入庫した月極契約車両の情報を CSV にまとめましたので回答いたします。\n"
            "時間貸車両については精算機ログのみのため、別途DVDでお渡しします。\n" + sig("saotome", 2),
    "attachments": [{"kind": "csv", "name": "kaito_kohoku884.csv", "encoding": "cp932",
                     "rows": [["入庫時刻", "車両番号", "契約区画", "契約者住所", "連絡先"]]
                     + [[f"20:{10 + i * 17 % 50:02d}", p["plate"], f"No.{30 + i * 3}", p["addr"], p["phone"]]
                        for i, p in enumerate(_p)]}],
    "entities": ["JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV without a name column: 6 rows of plate, home address and phone sent to the police",
})

_p = people(1, 77)[0]
MESSAGES.append({
    "id": "parking-077", "expect": "either", "charset": "iso-2022-jp",
    "sender": frm("yuki"),
    "to": ["戸塚警察署 生活安全課 <totsuka-seian@police.pref.kanagawa.lg.jp>"],
    "subject": "捜査関係事項照会書（戸生第412号）に対する回答",
    "body": "戸塚警察署 生活安全課\n警部補 宇佐美様\n\n"
            "日の出産業株式会社 法務・コンプライアンス室の結城でございます。\n"
            "刑事訴訟法第197条第2項に基づく標記照会について、下記のとおり回答いたします。\n\n"
            "照会対象：日の出パーク戸塚 No.27 区画の契約者\n"
            f"  氏名　：{_p['name']}（{_p['kata']}）\n"
            f"  住所　：{_p['addr']}\n"
            f"  連絡先：{_p['phone']}\n"
            "  契約日：2024年4月1日（現在も契約中）\n\n"
            "回答書の原本は本日郵送いたします。\n" + sig("yuki"),
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one person's contract data in a legal reply to a police enquiry: one record, but the context implies an investigation",
})

MESSAGES.append({
    "id": "parking-078", "expect": "pass", "charset": "utf-8",
    "sender": frm("kusunoki"),
    "to": ["経理部 安藤 <ando.m@hinode-sangyo.co.jp>"],
    "subject": "地主マスタのバックアップ（パスワード付き）",
    "body": "安藤さん\n\n情シスの楠木です。\n"
            "ご依頼の地主マスタのバックアップです。パスワードは Teams のチャットで送りました。\n"
            "共有フォルダには置かないでください。\n\n楠木\n",
    "attachments": [{"kind": "zip", "name": "jinushi_master_20261009.zip", "password": "Jn!20261009",
                     "files": [{"kind": "csv", "name": "jinushi.csv", "encoding": "utf-8",
                                "rows": [["name", "mynumber"]]
                                + [[p["name"], my_number(2830 + i)] for i, p in enumerate(people(5, 78))]}]}],
    "entities": [], "detectors": [],
    "note": "password-protected ZIP, but the only recipient is internal",
})

MESSAGES.append({
    "id": "parking-079", "expect": "stop", "charset": "utf-8",
    "sender": frm("okochi"),
    "to": ["ブルーウェーブ企画 営業部 <eigyo@bluewave-kikaku.co.jp>"],
    "subject": "駐輪場サイネージ広告 企画打合せ資料",
    "body": "ブルーウェーブ企画 ご担当者様\n\n"
            "日の出産業 駐輪場運営課の大河内です。\n"
            "来週の打合せ用に、当社の駐輪場事業の中期計画（抜粋）をお送りします。\n"
            "サイネージ設置候補拠点の選定にお役立てください。\n" + sig("okochi"),
    "attachments": [{"kind": "pptx", "name": "駐輪場事業_中期計画_抜粋.pptx", "page_footer": "部外秘",
                     "slides": [["駐輪場事業 中期計画（2027-2029）", "駐輪場運営課"],
                                ["拠点計画", "2027: 3拠点開設（菊名西口、大船西口、戸塚東口）",
                                 "2028: 指定管理 2件 新規獲得を目標"],
                                ["収益改善", "サイネージ広告収入 年間1,200万円", "定期利用料 5% 改定"]]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "PPTX whose slides carry a 部外秘 footer, sent to an outside agency",
})

MESSAGES.append({
    "id": "parking-080", "expect": "stop", "charset": "utf-8",
    "sender": frm("kuga"),
    "to": ["Ocean Road Campers 予約センター <booking@oceanroad-campers.jp>"],
    "subject": "Re: 長期駐車（キャンピングカー）お客様の本人確認情報",
    "body": "Ocean Road Campers 予約センター御中\n\n"
            "お世話になっております。日の出産業の久我です。\n"
            "ご紹介いただいたお客様の長期駐車（日の出パーク本牧 大型区画）の件、\n"
            "当社の本人確認のため、パスポート情報を共有いたします。\n\n"
            "  Name: Oliver James PEMBERTON\n"
            "  Nationality: Australia\n"
            "  Passport No.: PA4417268\n"
            "  Date of birth: 03 MAR 1979\n"
            "  Stay: 2026/11/02 - 2027/01/15\n\n"
            "保管期間中の鍵のお預かりは貴社でお願いいたします。\n" + sig("kuga"),
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a customer's passport number and date of birth sent to an outside rental company",
})

MESSAGES.append({
    "id": "parking-081", "expect": "pass", "charset": "iso-2022-jp",
    "sender": frm("saotome"),
    "to": ["ときわ損害保険 企業営業部 <kigyo-eigyo@tokiwa-sonpo.co.jp>"],
    "subject": "施設賠償責任保険 更新に向けた事故統計（過去3年）",
    "body": "ときわ損害保険 企業営業部 御中\n\n"
            "お世話になっております。日の出産業 安全管理室の早乙女です。\n"
            "更新の保険料算定用に、過去3年の事故統計をまとめました。\n\n"
            + pad_table([["区分", "2023年度", "2024年度", "2025年度"],
                         ["フラップ板・ロック板による車両損傷", "14", "11", "9"],
                         ["ゲートバー接触", "6", "8", "5"],
                         ["歩行者の転倒", "2", "1", "3"],
                         ["機械式駐車場の誤作動", "1", "0", "0"],
                         ["支払保険金合計（千円）", "3,120", "2,480", "4,050"]]) +
            "\n\n2025年度は転倒事故1件（骨折）の影響で支払額が増えています。\n"
            "フラップ板の段差解消工事を進めている旨、ご考慮いただけますと幸いです。\n" + sig("saotome"),
    "entities": [], "detectors": [],
    "note": "aggregate accident statistics without any identifiable person",
})

_p = people(6, 82)
_inj = ["頸椎捻挫（通院2週間）", "右膝打撲", "左手首骨折（全治8週間）", "むち打ち症、通院中", "外傷なし（車両損傷のみ）", "腰椎捻挫、既往に椎間板ヘルニア"]
MESSAGES.append({
    "id": "parking-082", "expect": "stop", "charset": "utf-8",
    "sender": frm("saotome"),
    "to": ["ときわ損害保険 横浜損害サービス課 川端様 <kawabata@tokiwa-sonpo.co.jp>"],
    "subject": "事故対応履歴（未解決案件）の共有",
    "body": "川端様\n\nお世話になっております。早乙女です。\n"
            "先日の定例でお話しした未解決案件の一覧を Excel でお送りします。\n"
            "示談交渉の進め方について、次回ご相談させてください。\n" + sig("saotome", 1),
    "attachments": [{"kind": "xlsx", "name": "事故対応履歴_未解決_202610.xlsx",
                     "sheets": {"未解決案件": [["事故対応履歴（未解決）　2026/10/09 時点"],
                                              ["受付No", "発生日", "拠点", "相手方", "連絡先", "受傷内容", "状況"]]
                                + [[f"AC-26-{40 + i}", f"2026/0{4 + i}/1{i}", ["上大岡", "新横浜", "鶴見", "関内第1", "日吉", "本牧"][i],
                                    p["name"], p["phone"], _inj[i], ["示談交渉中", "治療中", "後遺障害申請中", "治療中", "見積待ち", "弁護士介入"][i]]
                                   for i, p in enumerate(_p)],
                                "集計": [["状況", "件数"], ["治療中", 2], ["示談交渉中", 1], ["その他", 3]]}}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX with 6 accident counterparties, phones and injury/medical details to an insurer",
})

MESSAGES.append({
    "id": "parking-083", "expect": "pass", "charset": "iso-2022-jp",
    "sender": frm("shinohara"),
    "to": ["あさひ警備保障 横浜中央営業所 <yokohama-chuo@asahi-keibi.co.jp>"],
    "subject": "年末年始 夜間緊急連絡先（当社当番者）",
    "body": "あさひ警備保障 横浜中央営業所 御中\n\n"
            "いつもお世話になっております。日の出産業の篠原です。\n"
            "年末年始の夜間、異常発報時の当社当番者の連絡先です。\n\n"
            "  12/29-30  篠原 拓真　090-4417-2603\n"
            "  12/31-1/1 早乙女 亮　080-2290-7741\n"
            "  1/2-1/3   塙 健吾　　070-6638-1192\n"
            "  予備      神戸 透　　090-8812-0457（部長）\n\n"
            "つながらない場合はコールセンター（0120-558-210）へお願いします。\n" + sig("shinohara"),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "four staff members' mobile numbers to a security company: fewer than five people",
})

_p = people(3, 84)
MESSAGES.append({
    "id": "parking-084", "expect": "stop", "charset": "utf-8",
    "sender": frm("kusunoki"),
    "to": ["ツバサシステム 開発部 <dev-support@tsubasa-systems.jp>"],
    "subject": "Re: チケット #4471 再現データ",
    "body": "開発部 ご担当者様\n\n情報システム部の楠木です。\n"
            "再現に使える契約データを3件だけ抜き出しました（テキスト）。\n"
            "検証後は削除をお願いします。\n" + sig("kusunoki", 1),
    "attachments": [{"kind": "txt", "name": "repro_4471.txt", "encoding": "utf-8",
                     "text": pad_table([["contract_id", "氏名", "車両番号", "電話"]]
                                       + [[f"HP-{260400 + i * 7}", p["name"], p["plate"], p["phone"]] for i, p in enumerate(_p)])}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "sent to tsubasa-systems.jp, a look-alike of partner tsubasa-system.jp (letter added)",
})

MESSAGES.append({
    "id": "parking-085", "expect": "pass", "charset": "utf-8",
    "sender": frm("yuki"),
    "to": ["グリッドワークス 法務 <legal@gridworks-inc.co.jp>"],
    "subject": "秘密保持契約書（押印版）の送付",
    "body": "グリッドワークス株式会社 法務ご担当者様\n\n"
            "お世話になっております。日の出産業 法務・コンプライアンス室の結城です。\n"
            "RFP に先立つ秘密保持契約書について、当社押印済みの PDF をお送りします。\n"
            "貴社にてご押印のうえ、原本1部をご返送ください。\n" + sig("yuki"),
    "attachments": [{"kind": "pdf", "name": "秘密保持契約書_日の出産業_グリッドワークス.pdf",
                     "lines": ["秘密保持契約書", "",
                               "日の出産業株式会社（以下「甲」）とグリッドワークス株式会社（以下「乙」）は、",
                               "駐車場管理システム更改の検討に関し開示される秘密情報の取扱いについて、次のとおり合意する。",
                               "第1条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した",
                               "技術上又は営業上の情報をいう。",
                               "第2条（秘密保持義務）受領者は秘密情報を第三者に開示・漏えいしてはならない。",
                               "第5条（有効期間）本契約の有効期間は締結日から3年間とする。", "",
                               "甲：横浜市中区山下町2-14 日の出産業株式会社 代表取締役 日野 昭彦",
                               "乙：東京都港区芝浦3-9-1 グリッドワークス株式会社 代表取締役"]}],
    "entities": [], "detectors": [],
    "note": "an NDA document talks about 秘密情報 but carries no classification stamp",
})

_p = people(8, 86)
MESSAGES.append({
    "id": "parking-086", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("ando"),
    "to": ["ジャパン債権回収 受託窓口 <jutaku@japan-saiken.co.jp>"],
    "subject": "回収委託案件の追加（月極駐車場 滞納8件）",
    "body": "ジャパン債権回収株式会社\n受託窓口 ご担当者様\n\n"
            "お世話になっております。日の出産業 経理部の安藤です。\n"
            "委託契約に基づき、下記8件の回収をお願いいたします（Excelから貼り付けています）。\n\n"
            + tsv([["契約番号", "氏名", "電話番号", "最終入金日", "滞納額"]]
                  + [[f"HP-25{3300 + i * 11}", p["name"], p["phone"], f"2026/0{2 + i % 4}/27", f"{(i + 4) * 19800}"]
                     for i, p in enumerate(_p)]) +
            "\n\n督促状の控えは郵送いたします。\n" + sig("ando"),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of 8 debtors with phones pasted in the body, to a collection agency",
})

MESSAGES.append({
    "id": "parking-087", "expect": "either", "charset": "utf-8",
    "sender": frm("saotome"),
    "to": ["関東レッカーサービス 配車センター <haisha@kanto-wrecker.co.jp>"],
    "subject": "新横浜 無断駐車 常習車両（ナンバー一覧）",
    "body": "関東レッカーサービス 配車センター 御中\n\n"
            "早乙女です。新横浜で無断駐車を繰り返している車両のナンバーです。\n"
            "巡回時に見かけたら写真を撮ってご連絡ください（撤去はまだ不要です）。\n\n"
            + "\n".join(f"・{p['plate']}（{['白', '黒', '銀', '青', '赤', '白', 'グレー'][i]}・"
                        f"{['ワンボックス', 'セダン', '軽', 'SUV', 'コンパクト', '軽トラ', 'ミニバン'][i]}）　確認{i + 2}回"
                        for i, p in enumerate(people(7, 87))) +
            "\n\nよろしくお願いします。\n" + sig("saotome", 1),
    "entities": [], "detectors": [],
    "note": "7 licence plates with no names or contact data: plates are linkable to owners, so arguable",
})

_p = people(9, 88)
MESSAGES.append({
    "id": "parking-088", "expect": "pass", "charset": "shift_jis",
    "sender": frm("ando"),
    "to": ["経理部 支払G <shiharai@hinode-sangyo.co.jp>"],
    "subject": "地代振込先 マスタ差分（11月反映分）",
    "body": "支払Gの皆さん\n\n11月から振込先が変わる地主様を含めたマスタ差分です。\n"
            "FBデータ作成前に反映をお願いします。\n\n"
            + pad_table([["地主", "金融機関", "支店", "口座番号", "電話"]]
                        + [[p["name"], p["bank"], p["branch"], f"普通 {p['acct']}", p["phone"]] for p in _p]) +
            "\n\n安藤\n",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"], "detectors": [],
    "note": "9 landowners' bank accounts, but every recipient is internal",
})

_p = people(1, 89)[0]
MESSAGES.append({
    "id": "parking-089", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("shinohara"),
    "to": ["丸栄不動産 大西様 <m.onishi@maruei-fudosan.co.jp>"],
    "subject": "第1パーキング 高齢契約者のご家族からのご相談",
    "body": "大西様\n\nお世話になっております。篠原です。\n"
            "第1パーキングの長年の契約者の方について、ご家族からご相談がありましたので共有します。\n\n"
            f"契約者：{_p['name']} 様（A-07、{_p['addr']}）\n"
            "ご家族（ご長男）のお話では、今年に入ってアルツハイマー型認知症と診断され、\n"
            "運転はやめてもらったが、ご本人が車を出そうとして場内で何度か迷われているとのこと。\n"
            "車両は年内に売却し、12月末で解約したいとのご意向です。\n\n"
            "地主様の所有地内ですので、場内で見かけた際のご対応についてご相談させてください。\n"
            + sig("shinohara"),
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named contract holder's dementia diagnosis sent to a landowner company",
})

_p = people(1, 90)[0]
MESSAGES.append({
    "id": "parking-090", "expect": "pass", "charset": "iso-2022-jp",
    "sender": frm("ando"),
    "to": [f"{_p['name']} <{_p['email'].split('@')[0]}@gmail.com>"],
    "subject": "地代お振込先の変更手続き完了のご連絡",
    "body": f"{_p['sei']} 様\n\n"
            "いつも大変お世話になっております。日の出産業 経理部の安藤でございます。\n"
            "先日ご依頼いただいた地代のお振込先変更について、手続きが完了いたしました。\n\n"
            f"  変更後：{_p['bank']} {_p['branch']} 普通 {_p['acct']}\n"
            f"  口座名義：{_p['kata']}\n"
            "  適用：11月25日お振込分から\n\n"
            "お振込額（月額 165,000円）に変更はございません。\n"
            "今後ともよろしくお願い申し上げます。\n" + sig("ando", 2),
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "one landowner's own bank account confirmed to him on free mail: one person, may warn",
})

_p = people(8, 91)
MESSAGES.append({
    "id": "parking-091", "expect": "stop", "charset": "utf-8",
    "sender": frm("okochi"),
    "to": ["まちなかサイクル 運営管理部 <unei@machinaka-cycle.co.jp>"],
    "subject": "大船西口駐輪場 運営引継ぎ資料一式",
    "body": "まちなかサイクル株式会社 運営管理部 御中\n\n"
            "お世話になっております。日の出産業 駐輪場運営課の大河内です。\n"
            "12月からの運営移管に伴う引継ぎ資料を ZIP でお送りします。\n"
            "・定期利用者台帳（Excel）\n・引継書（Word）\n・未返却ステッカー一覧（テキスト）\n"
            + sig("okochi", 2),
    "attachments": [{"kind": "zip", "name": "oofuna_nishi_hikitsugi.zip",
                     "files": [{"kind": "xlsx", "name": "定期利用者台帳.xlsx",
                                "sheets": {"一般": [["区分", "氏名", "住所", "電話", "メール", "期限"]]
                                           + [["一般", p["name"], p["addr"], p["phone"], p["email"], "2027/03/31"] for p in _p[:5]],
                                           "学生": [["区分", "氏名", "住所", "電話", "期限"]]
                                           + [["学生", p["name"], p["addr"], p["phone"], "2027/03/31"] for p in _p[5:]]}},
                               {"kind": "docx", "name": "引継書.docx",
                                "paragraphs": ["大船西口駐輪場 引継書", "1. 施設概要：ラック 680台、管理室1",
                                               "2. 鍵：管理室鍵2本、精算機鍵1本", "3. 定期利用者：別紙台帳のとおり"]},
                               {"kind": "txt", "name": "未返却ステッカー.txt", "encoding": "cp932",
                                "text": pad_table([["氏名", "電話", "ステッカーNo"]]
                                                  + [[p["name"], p["phone"], f"ST-{4100 + i}"] for i, p in enumerate(_p[:6])])}]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ZIP with an XLSX ledger of 8 users, a DOCX and a padded text list of 6 users, to a new operator",
})

MESSAGES.append({
    "id": "parking-092", "expect": "pass", "charset": "iso-2022-jp",
    "sender": frm("hanawa"),
    "to": ["川崎電機 営業部 <eigyo@kawasaki-denki.co.jp>"],
    "subject": "FW: ロック板 見積の件（三栄さんの条件ご参考）",
    "body": "川崎電機 営業部 御中\n\n"
            "お世話になっております。日の出産業の塙です。\n"
            "ロック板の更新について、他社からいただいた条件を参考までに添付します（先方了承済み）。\n"
            "貴社でも同等の条件をご検討いただけますでしょうか。\n" + sig("hanawa"),
    "attachments": [{"kind": "eml", "name": "見積回答_三栄.eml",
                     "message": {"sender": "三栄パーキングシステム 見積窓口 <mitsumori@sanei-pks.co.jp>",
                                 "to": ["塙 健吾 <hanawa.k@hinode-sangyo.co.jp>"],
                                 "subject": "ロック板 LK 互換品 お見積り", "charset": "iso-2022-jp",
                                 "body": "日の出産業 塙様\n\nお見積りいたします。\n\n"
                                         "  SR-220 ロック板（LK-220互換） 単価 44,000円 × 22台\n"
                                         "  撤去・設置工事 一式 380,000円\n"
                                         "  保証 3年\n\n有効期限：2026年12月末\n"
                                         "三栄パーキングシステム株式会社 見積窓口\n"}}],
    "entities": [], "detectors": [],
    "note": "attached mail holds only a competitor's price quote, no people",
})

MESSAGES.append({
    "id": "parking-093", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("saotome"),
    "to": ["ときわ損害保険 川端様 <kawabata@tokiwa-sonpo.co.jp>",
           "ひまわり共済 事故受付 <jiko@himawari-kyosai.or.jp>",
           "misora.akimoto@gmail.com"],
    "subject": "日の出パーク日吉 10/3 接触事故 今後の進め方",
    "body": "関係者各位\n\n"
            "日の出産業 安全管理室の早乙女です。\n"
            "10月3日に日吉で発生した接触事故（ロック板の誤作動による車両損傷）について、\n"
            "当社、双方の保険会社、お客様の三者で進め方を確認させてください。\n\n"
            "1. 当社設備の過失割合については当社保険会社（ときわ損保）から回答\n"
            "2. 修理見積は、お客様の共済（ひまわり共済）経由で取得\n"
            "3. 代車費用は当社が先行負担\n\n"
            "ご異論があればご返信ください。\n" + sig("saotome"),
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "two insurers and a private customer in To: three external parties see each other",
})

MESSAGES.append({
    "id": "parking-094", "expect": "pass", "charset": "utf-8",
    "sender": frm("hanawa"),
    "to": ["川崎電機 営業部 <eigyo@kawasaki-denki.co.jp>"],
    "subject": "2027年度 保守部品 単価表の確認",
    "body": "川崎電機 営業部 御中\n\n"
            "お世話になっております。日の出産業の塙です。\n"
            "2027年度の保守部品単価表（当社控え）を添付します。\n"
            "改定率に相違がないかご確認ください。\n" + sig("hanawa", 2),
    "attachments": [{"kind": "xlsx", "name": "保守部品単価表_2027.xlsx",
                     "sheets": {"ゲート": [["品番", "品名", "2026単価", "2027単価", "改定率"],
                                           ["KG-BAR30L", "ゲートバー3.0m LED付", 68000, 71400, "5.0%"],
                                           ["KG-MTR500", "ゲートモーター", 152000, 159600, "5.0%"],
                                           ["KG-LPS01", "ループコイルセンサー", 23000, 24150, "5.0%"]],
                                "精算機": [["品番", "品名", "2026単価", "2027単価", "改定率"],
                                          ["KD-BV300", "紙幣識別機", 184000, 189500, "3.0%"],
                                          ["KD-PRT20", "レシートプリンタ", 41000, 42230, "3.0%"]]}}],
    "entities": [], "detectors": [],
    "note": "parts price list with product codes, no people",
})

_p = people(1, 95)[0]
MESSAGES.append({
    "id": "parking-095", "expect": "stop", "charset": "shift_jis",
    "sender": frm("saotome"),
    "to": ["湘南ロードサービス 代表 <info@shonan-roadservice.co.jp>"],
    "subject": "ドライバー登録の件（ご確認）",
    "body": "湘南ロードサービス株式会社\n代表 石動様\n\n"
            "お世話になっております。日の出産業 安全管理室の早乙女です。\n"
            "当社駐車場の撤去作業にご登録いただく予定のドライバーの方について、ご確認です。\n\n"
            f"{_p['name']} 氏（{_p['dob_w']}生）について、ご本人の申告によると\n"
            "2019年に業務上過失致傷で執行猶予付きの有罪判決を受けているとのことです。\n"
            "当社の協力会社基準では、5年以内の交通関係の前科がある方は撤去作業に従事できない\n"
            "規定となっております。判決確定日をご確認いただけますでしょうか。\n" + sig("saotome"),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named driver's criminal conviction sent to an outside subcontractor",
})

_p = people(3, 96)
MESSAGES.append({
    "id": "parking-096", "expect": "pass", "charset": "cp932",
    "sender": frm("minase"),
    "to": ["山吹エステート 前田様 <maeda@yamabuki-estate.co.jp>"],
    "subject": "近隣説明会 出席者（自治会役員の方）",
    "body": "前田様\n\nお世話になっております。水無瀬です。\n"
            "港南台第2の近隣説明会に出席される自治会役員3名の方の連絡先を CSV でお送りします。\n"
            "当日の受付でお名前を確認させていただきます。\n" + sig("minase"),
    "attachments": [{"kind": "csv", "name": "setsumeikai_shusseki.csv", "encoding": "cp932",
                     "rows": [["役職", "氏名", "電話"]]
                     + [[["会長", "副会長", "防犯部長"][i], p["name"], p["tel"]] for i, p in enumerate(_p)]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "CSV with three people's phones: below the list threshold",
})

_p = people(1, 97)[0]
MESSAGES.append({
    "id": "parking-097", "expect": "stop", "charset": "iso-2022-jp",
    "sender": frm("kuga"),
    "to": ["契約管理G 共有 <keiyaku-kanri@hinode-sangyo.jp>"],
    "subject": "名義変更申請 受付（日吉 No.12）",
    "body": "契約管理Gの皆さん\n\n久我です。名義変更の申請を受け付けました。台帳の更新をお願いします。\n\n"
            f"新契約者：{_p['name']}（{_p['kata']}）\n"
            f"住所：{_p['addr']}\n携帯：{_p['phone']}\n車両：{_p['plate']}\n"
            "旧契約者：お父様（死亡による承継）\n\n久我\n",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for the internal team but addressed to hinode-sangyo.jp, a look-alike of the own domain",
})

_p = people(10, 98)
MESSAGES.append({
    "id": "parking-098", "expect": "pass", "charset": "utf-8",
    "sender": frm("kuga"),
    "to": ["駐車場事業部 管理課 <kanri@hinode-sangyo.co.jp>"],
    "subject": "11月 新規契約者一覧（現地ステッカー準備用）",
    "html": "<html><body><p>管理課の皆さん</p><p>11月開始の新規契約者です。ステッカーの準備をお願いします。</p>"
            "<table border=\"1\"><tr><th>拠点</th><th>区画</th><th>氏名</th><th>電話</th><th>車両番号</th></tr>"
            + "".join(f"<tr><td>{['日吉', '鶴見', '中山', '新横浜', '鴨居'][i % 5]}</td><td>{i + 3}</td>"
                      f"<td>{p['name']}</td><td>{p['phone']}</td><td>{p['plate']}</td></tr>" for i, p in enumerate(_p))
            + "</table><p>契約管理G 久我</p></body></html>",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": [],
    "note": "HTML table of 10 new contract holders, but internal recipients only",
})

_p = people(5, 99)
MESSAGES.append({
    "id": "parking-099", "expect": "either", "charset": "iso-2022-jp",
    "sender": frm("kuga"),
    "to": ["北国フーズ 総務部 白井様 <shirai@kitaguni-foods.co.jp>"],
    "subject": "本牧 法人区画 利用者登録の確認",
    "body": "白井様\n\nお世話になっております。日の出産業の久我です。\n"
            "本牧の法人区画について、貴社からご登録いただいている利用者の方は以下のとおりです。\n"
            "異動等で変更があればお知らせください。\n\n"
            + "\n".join(f"  No.{31 + i}  {p['name']}（{['営業一課', '営業二課', '物流課', '物流課', '品質管理課'][i]}）"
                        f"  社用携帯 {p['phone']}" for i, p in enumerate(_p)) +
            "\n\n" + sig("kuga", 1),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five of the customer's own employees with company mobiles sent back to that customer: a list, but the recipient's own staff data",
})

_p = people(1, 100)[0]
MESSAGES.append({
    "id": "parking-100", "expect": "stop", "charset": "utf-8",
    "sender": frm("saotome"),
    "to": ["ときわ損害保険 横浜損害サービス課 川端様 <kawabata@tokiwa-sonpo.co.jp>"],
    "subject": "日の出パーク本牧 場内事故 事故報告書（Word）",
    "body": "川端様\n\nお世話になっております。日の出産業の早乙女です。\n"
            "10月11日の本牧での場内事故について、事故報告書を作成しましたのでお送りします。\n" + sig("saotome", 1),
    "attachments": [{"kind": "docx", "name": "事故報告書_本牧_20261011.docx",
                     "paragraphs": ["事故報告書", "作成：日の出産業株式会社 安全管理室 早乙女 亮",
                                    "発生日時：2026年10月11日 9時05分頃",
                                    "場所：日の出パーク本牧 場内通路（No.18付近）",
                                    "概要：出庫車両がバック時に歩行者と接触。"],
                     "tables": [[["項目", "内容"],
                                 ["運転者氏名", _p["name"]],
                                 ["運転者住所", _p["addr"]],
                                 ["運転免許証番号", f"第{random.Random(100).randint(300000000000, 499999999999)}号"],
                                 ["被害者", "歩行者（70代女性、氏名は保険会社様に別途連絡）"],
                                 ["運転者の状況", "てんかんの持病があり服薬中、事故直前に意識が遠のいたと申告"],
                                 ["警察届出", "山手警察署 受理済み"]]]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX accident report with a driver's licence number and medical condition of a named person",
})
