"""Blind corpus — area: eyeclinic.

日の出産業株式会社 眼科・コンタクトレンズ事業部 (ひので眼科クリニック 新宿本院・吉祥寺分院,
ひのでコンタクト各店, オンラインショップ「ひのでレンズ通販」): 患者の処方・眼疾患
(緑内障, 白内障手術), 予約一覧, レンズ仕入先, 通販の注文とカード決済, 学校眼科検診,
運転免許用の視力証明.  Written blind from BRIEF.md; every person, number and address is
invented.  My Number / card seeds start at 5001.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# invented people
# ---------------------------------------------------------------------------------------

_SEI = [
    ("相良", "サガラ", "Sagara"), ("乙部", "オトベ", "Otobe"), ("柘植", "ツゲ", "Tsuge"),
    ("蓮見", "ハスミ", "Hasumi"), ("宍戸", "シシド", "Shishido"), ("甘粕", "アマカス", "Amakasu"),
    ("檜山", "ヒヤマ", "Hiyama"), ("巽", "タツミ", "Tatsumi"), ("仙波", "センバ", "Senba"),
    ("芦田", "アシダ", "Ashida"), ("久我", "クガ", "Kuga"), ("真壁", "マカベ", "Makabe"),
    ("鮎川", "アユカワ", "Ayukawa"), ("東海林", "ショウジ", "Shoji"), ("百瀬", "モモセ", "Momose"),
    ("鴫原", "シギハラ", "Shigihara"), ("糸井", "イトイ", "Itoi"), ("須藤", "スドウ", "Sudo"),
    ("入江", "イリエ", "Irie"), ("大貫", "オオヌキ", "Onuki"), ("小野寺", "オノデラ", "Onodera"),
    ("栗栖", "クリス", "Kurisu"), ("万代", "マンダイ", "Mandai"), ("春日", "カスガ", "Kasuga"),
    ("猪股", "イノマタ", "Inomata"), ("曽我", "ソガ", "Soga"), ("日比野", "ヒビノ", "Hibino"),
    ("米倉", "ヨネクラ", "Yonekura"), ("狩野", "カノウ", "Kano"), ("都築", "ツヅキ", "Tsuzuki"),
    ("砂川", "スナガワ", "Sunagawa"), ("比嘉", "ヒガ", "Higa"), ("奥寺", "オクデラ", "Okudera"),
    ("三反田", "サンタンダ", "Santanda"), ("我妻", "ワガツマ", "Wagatsuma"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("及川", "オイカワ", "Oikawa"),
    ("田淵", "タブチ", "Tabuchi"), ("木暮", "コグレ", "Kogure"), ("佐久間", "サクマ", "Sakuma"),
    ("秋庭", "アキバ", "Akiba"), ("井筒", "イヅツ", "Izutsu"), ("平良", "タイラ", "Taira"),
    ("五味", "ゴミ", "Gomi"), ("浜中", "ハマナカ", "Hamanaka"), ("富樫", "トガシ", "Togashi"),
    ("榎本", "エノモト", "Enomoto"), ("薬師寺", "ヤクシジ", "Yakushiji"), ("猿渡", "サワタリ", "Sawatari"),
    ("関口", "セキグチ", "Sekiguchi"), ("羽生", "ハニュウ", "Hanyu"), ("越智", "オチ", "Ochi"),
]

_MEI_NEW = [
    ("翔太", "ショウタ", "Shota", "男"), ("美咲", "ミサキ", "Misaki", "女"),
    ("陽菜", "ヒナ", "Hina", "女"), ("蒼", "アオイ", "Aoi", "男"), ("悠真", "ユウマ", "Yuma", "男"),
    ("千尋", "チヒロ", "Chihiro", "女"), ("大輝", "ダイキ", "Daiki", "男"), ("莉子", "リコ", "Riko", "女"),
    ("湊", "ミナト", "Minato", "男"), ("結衣", "ユイ", "Yui", "女"), ("拓海", "タクミ", "Takumi", "男"),
    ("彩花", "アヤカ", "Ayaka", "女"), ("陸", "リク", "Riku", "男"), ("凛", "リン", "Rin", "女"),
    ("颯太", "ソウタ", "Sota", "男"), ("美波", "ミナミ", "Minami", "女"), ("紗希", "サキ", "Saki", "女"),
    ("栞", "シオリ", "Shiori", "女"), ("康平", "コウヘイ", "Kohei", "男"), ("俊介", "シュンスケ", "Shunsuke", "男"),
    ("芽衣", "メイ", "Mei", "女"), ("樹", "イツキ", "Itsuki", "男"), ("心春", "コハル", "Koharu", "女"),
    ("蓮", "レン", "Ren", "男"), ("葵", "アオイ", "Aoi", "女"), ("晴斗", "ハルト", "Haruto", "男"),
]
_MEI_OLD = [
    ("智子", "トモコ", "Tomoko", "女"), ("健一", "ケンイチ", "Kenichi", "男"),
    ("和夫", "カズオ", "Kazuo", "男"), ("絹代", "キヌヨ", "Kinuyo", "女"), ("正治", "マサハル", "Masaharu", "男"),
    ("由美子", "ユミコ", "Yumiko", "女"), ("達也", "タツヤ", "Tatsuya", "男"), ("恵", "メグミ", "Megumi", "女"),
    ("勝", "マサル", "Masaru", "男"), ("早苗", "サナエ", "Sanae", "女"), ("修", "オサム", "Osamu", "男"),
    ("節子", "セツコ", "Setsuko", "女"), ("義男", "ヨシオ", "Yoshio", "男"), ("ミツ", "ミツ", "Mitsu", "女"),
    ("浩二", "コウジ", "Koji", "男"), ("真由美", "マユミ", "Mayumi", "女"), ("徹", "トオル", "Toru", "男"),
    ("芳江", "ヨシエ", "Yoshie", "女"), ("昭", "アキラ", "Akira", "男"), ("久美子", "クミコ", "Kumiko", "女"),
    ("秀樹", "ヒデキ", "Hideki", "男"), ("幸子", "サチコ", "Sachiko", "女"), ("茂", "シゲル", "Shigeru", "男"),
    ("典子", "ノリコ", "Noriko", "女"), ("博之", "ヒロユキ", "Hiroyuki", "男"), ("淳子", "ジュンコ", "Junko", "女"),
]

_PLACES = [
    ("176-0005", "東京都", "練馬区旭丘", "03"), ("181-0013", "東京都", "三鷹市下連雀", "0422"),
    ("180-0004", "東京都", "武蔵野市吉祥寺本町", "0422"), ("164-0001", "東京都", "中野区中野", "03"),
    ("166-0003", "東京都", "杉並区高円寺南", "03"), ("169-0075", "東京都", "新宿区高田馬場", "03"),
    ("182-0024", "東京都", "調布市布田", "042"), ("185-0012", "東京都", "国分寺市本町", "042"),
    ("223-0052", "神奈川県", "横浜市港北区綱島東", "045"), ("211-0063", "神奈川県", "川崎市中原区小杉町", "044"),
    ("252-0303", "神奈川県", "相模原市南区相模大野", "042"), ("359-1111", "埼玉県", "所沢市緑町", "04"),
    ("330-0063", "埼玉県", "さいたま市浦和区高砂", "048"), ("274-0063", "千葉県", "船橋市習志野台", "047"),
    ("270-0034", "千葉県", "松戸市新松戸", "047"), ("206-0033", "東京都", "多摩市落合", "042"),
    ("190-0012", "東京都", "立川市曙町", "042"), ("177-0041", "東京都", "練馬区石神井町", "03"),
    ("165-0026", "東京都", "中野区新井", "03"), ("167-0051", "東京都", "杉並区荻窪", "03"),
    ("203-0053", "東京都", "東久留米市本町", "042"), ("229-0039", "神奈川県", "相模原市中央区中央", "042"),
    ("350-1123", "埼玉県", "川越市脇田本町", "049"), ("260-0013", "千葉県", "千葉市中央区中央", "043"),
]

_BLDG = ["コーポ若葉", "グランメゾン", "サンハイツ", "メゾン緑風", "パークサイド", "ライオンズ", "エクセル", "ひかり荘"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "hotmail.co.jp", "au.com", "nifty.com"]

TODAY = date(2026, 9, 1)

_FWT = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def fw(s: str) -> str:
    """ASCII digits and separators → full width, as some staff type them."""
    return s.translate(_FWT)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, y, ab = "令和", d.year - 2018, "R"
    elif d >= date(1989, 1, 8):
        era, y, ab = "平成", d.year - 1988, "H"
    else:
        era, y, ab = "昭和", d.year - 1925, "S"
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "abbr":
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == "fwkanji":
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    if style == "fwabbr":
        return fw(f"{ab}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ").replace("R", "Ｒ")
    raise ValueError(style)


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def _tel(rng: random.Random, area: str) -> str:
    if area == "03" or area == "04":
        return f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    if len(area) == 4:
        return f"{area}-{rng.randint(20, 79)}-{rng.randint(1000, 9999)}"
    return f"{area}-{rng.randint(300, 799)}-{rng.randint(1000, 9999)}"


def people(n: int, seed: str, age: tuple[int, int] = (22, 82)) -> list[dict]:
    """n invented people, deterministic for a seed."""
    rng = random.Random(f"eyeclinic-people-{seed}")
    seis = rng.sample(_SEI, n)
    out = []
    used_mei: set[str] = set()
    for sei in seis:
        a = rng.randint(*age)
        pool = _MEI_OLD if a >= 48 else _MEI_NEW
        mei = rng.choice([m for m in pool if m[0] not in used_mei] or pool)
        used_mei.add(mei[0])
        dob = TODAY - timedelta(days=a * 365 + rng.randint(0, 364))
        zc, pref, city, area = rng.choice(_PLACES)
        if rng.random() < 0.5:
            street = f"{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
        else:
            street = f"{rng.randint(1, 5)}丁目{rng.randint(1, 28)}番{rng.randint(1, 19)}号"
        if rng.random() < 0.35:
            street += f" {rng.choice(_BLDG)}{rng.randint(1, 5)}0{rng.randint(1, 8)}"
        local = rng.choice([
            f"{mei[2].lower()}.{sei[2].lower()}{rng.randint(1, 99)}",
            f"{sei[2].lower()}_{mei[2].lower()[:3]}",
            f"{mei[2].lower()}{dob.month:02d}{dob.day:02d}",
            f"{sei[2][0].lower()}{mei[2].lower()}{rng.randint(100, 999)}",
        ])
        out.append({
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "zname": f"{sei[0]}　{mei[0]}",
            "kana": f"{sei[1]} {mei[1]}", "romaji": f"{mei[2]} {sei[2]}", "ROMAJI": f"{sei[2].upper()} {mei[2].upper()}",
            "sex": mei[3], "age": a, "dob": dob,
            "mobile": f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "tel": _tel(rng, area), "zip": zc, "pref": pref,
            "addr": f"{pref}{city}{street}", "city": f"{pref}{city}",
            "email": f"{local}@{rng.choice(_FREE)}",
            "pid": f"{rng.randint(1, 2)}{rng.randint(0, 999999):06d}",
            "member": f"HL{rng.randint(100000, 999999)}",
        })
    return out


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int) -> str:
    return s + " " * max(width - _w(s), 1)


def table(rows: list[list[str]], rule: str = "-") -> str:
    """Columns padded with ASCII spaces, header then a rule line."""
    widths = [max(_w(str(r[i])) for r in rows) + 2 for i in range(len(rows[0]))]
    lines = ["".join(pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    lines.insert(1, rule * (sum(widths) - 2))
    return "\n".join(lines)


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# ---------------------------------------------------------------------------------------
# signatures (the sender's own contacts do not count)
# ---------------------------------------------------------------------------------------

def sig_clinic(name: str, romaji: str, mail: str, dept: str = "医事課", ext: str = "2410") -> str:
    return f"""
--
ひので眼科クリニック 新宿本院 {dept}
{name}（{romaji}）
〒160-0022 東京都新宿区新宿3-17-9 ひのでメディカルビル4F
TEL 03-5363-{ext} / FAX 03-5363-2411
{mail}@hinode-sangyo.co.jp
"""


def sig_company(name: str, mail: str, dept: str, tel: str = "03-5363-2400") -> str:
    return f"""
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
眼科・コンタクトレンズ事業部 {dept}
{name}
〒160-0022 東京都新宿区新宿3-17-9
TEL：{tel}　Mail：{mail}@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""


def sig_shop(name: str, mail: str, shop: str = "吉祥寺店") -> str:
    shops = {
        "吉祥寺店": ("〒180-0004 東京都武蔵野市吉祥寺本町1-11-5 2F", "0422-21-6620"),
        "新宿東口店": ("〒160-0022 東京都新宿区新宿3-24-1 5F", "03-5363-2470"),
        "立川店": ("〒190-0012 東京都立川市曙町2-8-3 3F", "042-524-8851"),
        "横浜西口店": ("〒220-0005 神奈川県横浜市西区南幸2-14-9 4F", "045-311-7702"),
    }
    addr, tel = shops[shop]
    return f"""
----------------------------------
ひのでコンタクト {shop}
{name}
{addr}
TEL {tel}
{mail}@hinode-sangyo.co.jp
----------------------------------
"""


def sig_ec(name: str, mail: str) -> str:
    return f"""
==================================
日の出産業株式会社 EC運営課（ひのでレンズ通販）
{name}
TEL 03-5363-2480（平日10:00-18:00）
{mail}@hinode-sangyo.co.jp
https://lens.hinode-sangyo.co.jp/
==================================
"""


DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited.
"""

_M: list[dict] = []


def add(**m) -> None:
    _M.append(m)


# =======================================================================================
# STOP — lists of people in the body
# =======================================================================================

_p = people(6, "s01", (38, 84))
_kinds = ["白内障術前検査", "緑内障 定期(視野)", "白内障術後1ヶ月", "緑内障 眼圧測定", "糖尿病網膜症 眼底", "白内障術前検査"]
_rows = [["予約日時", "患者ID", "氏名", "電話", "予約区分"]]
for i, (p, k) in enumerate(zip(_p, _kinds)):
    _rows.append([f"9/{8 + i // 3} {9 + (i % 3)}:{'00' if i % 2 else '30'}", p["pid"], p["name"], p["tel"], k])
add(
    sender="田辺 和美 <k.tanabe@hinode-sangyo.co.jp>",
    to=["杉浦 様 <sugiura@tsubasa-system.jp>"],
    subject="予約データ移行テストで取り込みエラーになった件",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
杉浦様

いつもお世話になっております。ひので眼科クリニックの田辺です。

昨日の移行リハーサルで、旧予約台帳から取り込めなかった予約が6件ありました。
区分名に全角スペースが入っているものと、午前枠の重複のようです。
実データをそのまま貼りますので、原因の確認をお願いできますでしょうか。

{table(_rows)}

来週火曜の定例までに見ていただけると助かります。
よろしくお願いいたします。
{sig_clinic("田辺 和美", "Tanabe Kazumi", "k.tanabe")}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 patients' appointments (name, phone, 緑内障/白内障 visit type) pasted as a padded table to the system vendor",
)

_p = people(5, "s02", (25, 70))
_lines = []
for p in _p:
    _lines.append(f"{pad(p['zname'], 14)}〒{fw(p['zip'])}　{p['addr']}　{fw(p['mobile'])}")
add(
    sender="EC運営課 木下 <kinoshita.y@hinode-sangyo.co.jp>",
    to=["青葉運輸 東京営業所 配車係 <haisha-tokyo@aoba-unyu.co.jp>"],
    subject="【定期便】9月分 お届け先変更のご連絡（5件）",
    charset="shift_jis",
    body=f"""青葉運輸株式会社
東京営業所　配車係　御中

いつも大変お世話になっております。
ひのでレンズ通販の木下でございます。

コンタクトレンズ定期便のお客様より、お届け先変更のご連絡が５件ございました。
９月１０日出荷分より、下記へのお届けに切り替えをお願いいたします。

お名前　　　　　新しいお届け先　　　　　　　　　　　　　　　　　　　ご連絡先
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
{chr(10).join(_lines)}

旧住所宛の伝票が既に発行済みの場合はご一報ください。
何卒よろしくお願い申し上げます。
{sig_ec("木下 由佳", "kinoshita.y")}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="5 customers' names, new addresses and mobiles (full-width) in the body to the carrier partner",
)

_p = people(7, "s03", (19, 55))
_tsv = "会員ID\t氏名\tメールアドレス\t電話番号\t最終購入日\n" + "\n".join(
    f"{p['member']}\t{p['name']}\t{p['email']}\t{p['mobile']}\t2026/0{7 + i % 2}/{10 + i}" for i, p in enumerate(_p))
add(
    sender="Sato Rina <r.sato@hinode-sangyo.co.jp>",
    to=["ミライ広告 運用チーム 佐野様 <sano@mirai-koukoku.co.jp>"],
    subject="Re: リタゲ配信の除外リストについて",
    charset="utf-8",
    body=f"""佐野さん

お世話になっております、EC運営課の佐藤です。
ご依頼の「配信除外」対象（定期便を解約済み・クレーム対応中のお客様）です。
管理画面からエクスポートしたものをそのまま貼っています。タブ区切りです。

{_tsv}

ハッシュ化して媒体にアップロードいただく想定で大丈夫です。
よろしくお願いします。

佐藤 里奈 / EC運営課
日の出産業株式会社
03-5363-2480
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7 online-shop members (name, e-mail, mobile) as a TSV paste to the ad agency",
)

_p = people(6, "s04", (7, 12))
_find = ["裸眼 右0.3 左0.4　近視進行の疑い", "裸眼 右0.7 左0.2　不同視、弱視の疑い", "右1.0 左1.0　間欠性外斜視の疑い",
         "裸眼 右0.2 左0.2　眼鏡不適合", "右0.9 左0.6　アレルギー性結膜炎", "裸眼 右0.4 左0.9　色覚検査要再検"]
_bul = "\n".join(f"・{3 + i // 2}年{1 + i % 3}組　{p['zname']}（{p['kana']}）　{f}" for i, (p, f) in enumerate(zip(_p, _find)))
add(
    sender="学校検診担当 小池 <koike.m@hinode-sangyo.co.jp>",
    to=["北浜市教育委員会 学校保健係 <gakko-hoken@city.kitahama.lg.jp>"],
    subject="北浜市立みなと小学校 眼科検診 要精密検査者のご報告",
    charset="iso-2022-jp",
    body=f"""北浜市教育委員会
学校保健係　ご担当者様

いつもお世話になっております。
学校医として検診を担当しております、ひので眼科クリニックの小池です。

8月28日に実施したみなと小学校の眼科検診のうち、要精密検査と判定した児童は以下のとおりです。
保護者様への受診勧告書の発行をお願いいたします。

{_bul}

受診先の指定はございませんが、当院でも予約枠を確保しております。
{sig_clinic("小池 美和", "Koike Miwa", "koike.m", dept="学校保健担当", ext="2415")}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 named children with school eye-check findings (health check results) as bullets to the city board",
)

_p = people(5, "s05", (18, 45))
_blocks = []
for i, p in enumerate(_p):
    r = ["1.2", "0.9", "0.7", "1.0", "0.8"][i]
    _blocks.append(f"""【{i + 1}】{p['zname']}（{p['kana']}）
　生年月日：{wareki(p['dob'])}
　視力：右 裸眼0.{3 + i} 矯正{r}／左 裸眼0.{2 + i} 矯正{r}
　両眼：{'1.2' if i != 2 else '0.6'}　色覚：{'異常なし' if i != 3 else '赤緑の識別 一部困難'}　深視力：平均誤差 {1.1 + i * 0.4:.1f}cm
　連絡先：{p['mobile']}""")
add(
    sender="ひので眼科クリニック 受付 大野 <ohno.s@hinode-sangyo.co.jp>",
    to=["ひなた自動車学校 教務課 <kyomu@hinata-ds.co.jp>"],
    subject="視力証明書発行分（9月第1週）のご連絡",
    charset="shift_jis",
    body=f"""ひなた自動車学校
教務課　ご担当者様

いつもお世話になっております。ひので眼科クリニック受付の大野です。
貴校からご紹介いただいた入校予定者の視力検査が終わりましたので、結果をお知らせいたします。
証明書の原本はご本人にお渡ししております。

{chr(10).join(_blocks)}

【3】の方は両眼視力が基準に届きませんでしたので、眼鏡の作り直し後に再検査となります。
ご不明点がございましたら受付までお電話ください。
{sig_clinic("大野 沙織", "Ohno Saori", "ohno.s", dept="受付")}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="5 applicants' vision certificate results with 和暦 DOB and mobile, one record per block, to the driving school",
)

_p = people(7, "s13", (30, 86))
_kinds13 = ["CL定期検査", "緑内障 経過観察", "白内障術後1週", "初診（飛蚊症）", "緑内障 視野検査", "CL定期検査", "黄斑変性 注射"]
_tr = "\n".join(
    f"<tr><td>{9 + i // 2}:{'00' if i % 2 == 0 else '30'}</td><td>{p['name']}</td><td>{p['kana']}</td>"
    f"<td>{p['tel']}</td><td>{'初診' if '初診' in k else '再診'}</td><td>{k}</td></tr>"
    for i, (p, k) in enumerate(zip(_p, _kinds13)))
add(
    sender="吉祥寺分院 受付 <kichijoji-uketsuke@hinode-sangyo.co.jp>",
    to=["メディスタッフ 派遣コーディネーター 江口様 <eguchi@medistaff.co.jp>"],
    subject="明日(9/3)午前の予約一覧　※代替スタッフ様への引継ぎ用",
    charset="utf-8",
    html=f"""<html><body>
<p>メディスタッフ株式会社<br>江口様</p>
<p>いつもお世話になっております。ひので眼科 吉祥寺分院の受付です。<br>
明日急きょ来ていただく代替スタッフの方に、午前の予約を事前に見ておいていただきたく、お送りします。<br>
スタッフの方へ転送をお願いいたします。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>時間</th><th>患者名</th><th>カナ</th><th>電話</th><th>初/再</th><th>内容</th></tr>
{_tr}
</table>
<p>9:00の方は車椅子でお見えになります。<br>よろしくお願いいたします。</p>
<p>--<br>ひので眼科クリニック 吉祥寺分院 受付<br>TEL 0422-21-6600</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only mail: table of 7 patients (name, phone, glaucoma/cataract visit) to a staffing agency",
)

_p = people(6, "s15", (23, 58))
_fwd = "\n".join(
    f"{i + 1}. {p['name']}（{p['sex']}） 生年月日 {ymd(p['dob'])}  携帯 {p['mobile']}"
    for i, p in enumerate(_p))
add(
    sender="人事総務課 永井 <nagai.t@hinode-sangyo.co.jp>",
    to=["さくらホテル 宿泊予約課 <reserve@sakura-hotel.jp>"],
    subject="FW: 10月 視能訓練士研修 参加者一覧",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約課 御中

いつもお世話になっております。日の出産業の永井です。
先日お電話でご相談した団体予約（10/14-15、6名）の宿泊者名簿です。
社内で回ってきたメールをそのまま転送いたしますので、ご確認ください。

---------- 転送メッセージ ----------
From: 研修担当 野口 <noguchi.h@hinode-sangyo.co.jp>
To: 人事総務課 永井 <nagai.t@hinode-sangyo.co.jp>
Date: 2026/08/27 17:42
Subject: 10月 視能訓練士研修 参加者一覧

永井さん
ホテル手配用の参加者リストです。ホテル側から生年月日も必要と言われたので入れています。

{_fwd}

以上6名、全員ツインでなくシングル希望です。
野口
---------- 転送ここまで ----------

よろしくお願いいたします。
{sig_company("永井 智也", "nagai.t", "人事総務課")}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forwarded internal mail (new text to the hotel) listing 6 staff with DOB and mobile",
)

_p = people(8, "s31", (20, 60))
_txt = "\n".join(
    f"  {pad(p['member'], 10)}{pad(p['mobile'], 15)}{pad(p['email'], 32)}{pad(ymd(p['dob'], '-'), 12)}{p['pref']}"
    for p in _p)
add(
    sender="EC運営課 佐藤 <r.sato@hinode-sangyo.co.jp>",
    to=["リサーチアイ 発送センター <hassou@research-i.co.jp>"],
    subject="アンケートキャンペーン 当選者データ（ギフト発送用）",
    charset="utf-8",
    body=f"""リサーチアイ 発送センター ご担当者様

お世話になっております。日の出産業 EC運営課の佐藤です。
夏のアンケートキャンペーンの当選者分（デジタルギフト送付先）です。
会員IDで管理しているので氏名は入れていません。

  会員ID    携帯電話       メールアドレス                  生年月日    都道府県
  --------------------------------------------------------------------------------
{_txt}

ギフトURLはSMSかメールのどちらか届く方でお願いします。

佐藤
""",
    expect="stop",
    entities=["PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="8 customers' records without a name column (ID, mobile, e-mail, DOB) in a padded table to an outside vendor",
)

# =======================================================================================
# STOP — lists of people in attachments
# =======================================================================================

_p = people(40, "s06a", (18, 64))[:20] + people(40, "s06b", (18, 64))[:20]
_csv = [["会員番号", "氏名", "フリガナ", "メールアドレス", "生年月日", "都道府県", "最終購入日", "メルマガ"]]
for i, p in enumerate(_p):
    _csv.append([p["member"], p["name"], p["kana"], p["email"], ymd(p["dob"]), p["pref"],
                 f"2026/0{5 + i % 4}/{1 + i % 27:02d}", "1"])
add(
    sender="EC運営課 木下 <kinoshita.y@hinode-sangyo.co.jp>",
    to=["mirai-koukoku CRM担当 <crm-team@mirai-koukoku.co.jp>"],
    subject="9月メルマガ配信リストの送付",
    charset="iso-2022-jp",
    body=f"""ミライ広告株式会社
CRMご担当各位

お世話になっております。ひのでレンズ通販の木下です。
9月の「乱視用ワンデー値下げ」メルマガの配信リストをお送りします。
誕生月クーポンの出し分けに生年月日を使ってください。

添付：mailmag_202609.csv（Shift_JIS）

配信予約は9/5(土)10:00でお願いいたします。
{sig_ec("木下 由佳", "kinoshita.y")}""",
    attachments=[{"kind": "csv", "name": "mailmag_202609.csv", "encoding": "cp932", "rows": _csv}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="CP932 CSV of 40 shop members (name, kana, e-mail, DOB) to the marketing agency",
)

_p = people(30, "s07", (20, 75))
_csv = [["顧客番号", "氏名", "郵便番号", "住所", "電話番号", "商品コード", "数量", "お届け周期"]]
for i, p in enumerate(_p):
    _csv.append([f"C{20260000 + i * 37}", p["name"], p["zip"], p["addr"], p["mobile"] if i % 3 else p["tel"],
                 ["HL-1D-AS30", "HL-2W-06", "HL-1D-TR30", "HL-1M-CL"][i % 4], str(2 + i % 3), ["1ヶ月", "2ヶ月", "3ヶ月"][i % 3]])
add(
    sender="物流管理 原田 <harada.k@hinode-sangyo.co.jp>",
    to=["北斗ロジスティクス 移管PJ 石黒様 <ishiguro@hokuto-logi.co.jp>"],
    subject="定期便顧客データ（移管テスト用）",
    charset="utf-8",
    body=f"""北斗ロジスティクス株式会社
石黒様

お世話になっております。日の出産業 物流管理の原田です。
10月からの倉庫移管に向けて、定期便のお客様データ（先頭30件）をお送りします。
出荷指示データとの突合テストにお使いください。文字コードはUTF-8です。

残りの約2,800件は本番切替の前週にお送りする予定です。

原田 健吾
日の出産業株式会社 眼科・コンタクトレンズ事業部 物流管理
TEL 03-5363-2490
""",
    attachments=[{"kind": "csv", "name": "teiki_customers_test30.csv", "encoding": "utf-8", "rows": _csv}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 30 subscription customers (name, address, phone) to a new 3PL",
)

_a = people(18, "s08a", (45, 88))
_b = people(14, "s08b", (45, 88))
_dx = ["原発開放隅角緑内障", "正常眼圧緑内障", "続発緑内障", "緑内障疑い", "原発閉塞隅角緑内障"]


def _recall(ps, clinic):
    rows = [[f"緑内障定期検査 未来院者リスト（{clinic}／2026年8月末抽出）"], [],
            ["患者ID", "氏名", "カナ", "生年月日", "電話", "最終来院日", "病名", "点眼"]]
    for i, p in enumerate(ps):
        rows.append([p["pid"], p["name"], p["kana"], ymd(p["dob"]), p["tel"] if i % 2 else p["mobile"],
                     f"2026/0{2 + i % 4}/{3 + i:02d}", _dx[i % 5], ["ラタノプロスト", "チモロール", "2剤併用", "なし"][i % 4]])
    return rows


add(
    sender="医事課 田辺 <k.tanabe@hinode-sangyo.co.jp>",
    to=["コールブリッジ 医療チーム <medical-team@callbridge.co.jp>"],
    subject="【ご依頼】緑内障リコール架電 対象者リスト",
    charset="iso-2022-jp",
    body=f"""株式会社コールブリッジ
医療チーム　ご担当者様

お世話になっております。ひので眼科クリニック医事課の田辺です。
先日お打合せした、緑内障で通院が途切れている患者様へのリコール架電の対象者リストを添付します。
新宿本院・吉祥寺分院でシートを分けています。

トークスクリプトは前回お渡ししたものから
「点眼を中断すると視野が戻らない」の一文を追加した版でお願いします。
{sig_clinic("田辺 和美", "Tanabe Kazumi", "k.tanabe")}""",
    attachments=[{"kind": "xlsx", "name": "glaucoma_recall_202608.xlsx",
                  "sheets": {"新宿本院": _recall(_a, "新宿本院"), "吉祥寺分院": _recall(_b, "吉祥寺分院"),
                             "架電結果コード": [["コード", "意味"], ["A", "予約取得"], ["B", "不在"], ["C", "他院通院中"], ["D", "辞退"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX (title rows, 3 sheets) of 32 glaucoma patients with DOB, phone, diagnosis to a call centre",
)

_p = people(6, "s09", (58, 88))
_doc = [["手術日", "患者名", "年齢", "眼", "IOLモデル", "度数(D)", "備考"]]
for i, p in enumerate(_p):
    _doc.append([f"9/{15 + (i // 3) * 7}", p["name"], f"{p['age']}歳", "右" if i % 2 else "左",
                 ["LM-601", "LM-601T3", "LM-MF20"][i % 3], f"+{18.5 + i * 0.5:.1f}",
                 ["", "糖尿病あり", "抗凝固薬内服", "", "緑内障手術既往", "チン小帯脆弱"][i]])
add(
    sender="手術室 看護師長 坂東 <bando.e@hinode-sangyo.co.jp>",
    to=["ルミナ医科 東京営業所 小田切様 <odagiri@lumina-ika.co.jp>"],
    subject="9月後半 白内障手術分 IOL発注（預託在庫の補充）",
    charset="shift_jis",
    body=f"""ルミナ医科株式会社
小田切様

いつもお世話になっております。ひので眼科 手術室の坂東です。
9月後半の白内障手術予定分のIOLについて、添付の手術予定表のとおり補充をお願いいたします。
トーリック（T3）は預託在庫にないため、9/12までに納品いただけると助かります。

坂東 恵理子
ひので眼科クリニック 新宿本院 手術室
TEL 03-5363-2430（手術室直通）
""",
    attachments=[{"kind": "docx", "name": "9月後半_手術予定表.docx",
                  "paragraphs": ["2026年9月後半 白内障手術予定表（IOL手配用）", "ひので眼科クリニック 新宿本院 手術室"],
                  "tables": [_doc]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX table of 6 cataract-surgery patients (name, age, eye, comorbidities) to the IOL maker",
)

_p = people(7, "s10", (21, 52))
_slide = ["緊急連絡網（開業準備期間中）"] + [f"{p['name']}（{['院長', '事務長', '視能訓練士', '視能訓練士', '受付リーダー', '受付', 'CL販売'][i]}）　携帯 {p['mobile']}　{p['email']}" for i, p in enumerate(_p)]
add(
    sender="新店舗準備室 宮原 <miyahara.j@hinode-sangyo.co.jp>",
    to=["ハコ設計 現場監督 大島様 <oshima@hako-sekkei.co.jp>"],
    subject="立川分院 内装工事 キックオフ資料",
    charset="utf-8",
    body=f"""ハコ設計株式会社
大島様

お世話になっております。日の出産業 新店舗準備室の宮原です。
明日のキックオフで使う資料をお送りします。
最後のページに当院側スタッフの緊急連絡網を入れていますので、職人さんにも共有いただいて構いません。

宮原 純一
日の出産業株式会社 新店舗準備室
TEL 03-5363-2405
""",
    attachments=[{"kind": "pptx", "name": "立川分院_内装KO_20260902.pptx",
                  "slides": [["立川分院 内装工事キックオフ", "2026年9月2日", "日の出産業株式会社 新店舗準備室"],
                             ["工程", "9/7 解体・墨出し", "9/21 設備配管", "10/12 検査機器搬入（川崎電機）", "10/26 引渡し"],
                             ["注意事項", "暗室（視野検査室）の遮光を優先", "手術室は今期対象外"],
                             _slide]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="PPTX slide with an emergency contact list of 7 staff (personal mobiles and e-mails) to the fit-out contractor",
)

_p = people(25, "s11", (9, 12))
_pdf = [["学年組", "番号", "氏名", "視力(右)", "視力(左)", "所見", "判定"]]
_fnd = ["異常なし", "異常なし", "近視", "異常なし", "アレルギー性結膜炎", "異常なし", "斜視の疑い", "異常なし", "眼瞼炎", "近視"]
for i, p in enumerate(_p):
    f = _fnd[i % 10]
    _pdf.append([f"{4 + i // 13}-{1 + (i // 5) % 3}", str(1 + i % 30), p["name"], ["A", "B", "C", "A", "D"][i % 5],
                 ["A", "A", "C", "B", "D"][(i + 1) % 5], f, "受診勧告" if f != "異常なし" else "―"])
add(
    sender="学校検診担当 小池 <koike.m@hinode-sangyo.co.jp>",
    to=["さくら台小学校 保健室 <hokenshitsu@sakuradai-es.ed.jp>"],
    subject="眼科検診結果一覧（4・5年生）",
    charset="iso-2022-jp",
    body=f"""さくら台小学校
養護教諭　森先生

いつもお世話になっております。ひので眼科の小池です。
先週の眼科検診（4・5年生）の結果一覧をPDFでお送りします。
受診勧告の児童には、お手紙の配布をお願いいたします。
{sig_clinic("小池 美和", "Koike Miwa", "koike.m", dept="学校保健担当", ext="2415")}""",
    attachments=[{"kind": "pdf", "name": "sakuradai_ganka_kenshin_4-5.pdf", "title": "眼科検診結果一覧",
                  "lines": ["令和8年度 眼科検診結果一覧（さくら台小学校 4・5年）", "実施日：2026年8月25日　学校医：ひので眼科クリニック", ""],
                  "table": _pdf}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of 25 named pupils with eye-check results and findings to the school",
)

_s = people(12, "s12a", (18, 70))
_k = people(10, "s12b", (18, 70))
_c1 = [["顧客ID", "氏名", "電話", "メール", "生年月日", "来店店舗"]] + [
    [f"S{1000 + i}", p["name"], p["mobile"], p["email"], ymd(p["dob"], "-"), "新宿東口店"] for i, p in enumerate(_s)]
_x1 = {"吉祥寺店": [["顧客ID", "氏名", "フリガナ", "電話", "メール", "生年月日"]] + [
    [f"K{2000 + i}", p["name"], p["kana"], p["tel"], p["email"], wareki(p["dob"])] for i, p in enumerate(_k)]}
add(
    sender="情報システム課 吉岡 <yoshioka.d@hinode-sangyo.co.jp>",
    to=["ツバサシステム POS導入チーム <pos-team@tsubasa-system.jp>"],
    subject="新POS 顧客マスタ取込サンプル（2店舗分）",
    charset="utf-8",
    body=f"""ツバサシステム
POS導入チームの皆様

お世話になっております。日の出産業 情報システム課の吉岡です。
顧客マスタ取込のサンプルとして、新宿東口店（CSV）と吉祥寺店（Excel）の実データをZIPにまとめました。
店舗ごとにフォーマットがばらばらなのが今回の課題です。

吉岡 大地
日の出産業株式会社 情報システム課
内線 2460 / 03-5363-2460
""",
    attachments=[{"kind": "zip", "name": "pos_customer_sample.zip",
                  "files": [{"kind": "csv", "name": "shinjuku_higashiguchi.csv", "encoding": "cp932", "rows": _c1},
                            {"kind": "xlsx", "name": "kichijoji.xlsx", "sheets": _x1}]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="plain ZIP with a CSV and an XLSX of 22 shop customers (phone, e-mail, DOB) to the POS vendor",
)

_p = people(6, "s14", (22, 66))
_inner = "\n".join(f"{i + 1}) {p['name']} 様\n   〒{p['zip']} {p['addr']}\n   TEL {p['mobile']}\n   {['ワンデー乱視用 BC8.6 -2.25/-0.75/180 ×2', 'ワンデー -4.50 ×4', '2ウィーク -3.00 ×2', '遠近両用 +1.50 ×2', 'ワンデー -6.00 ×6', 'マンスリー -2.75 ×1'][i]}"
                   for i, p in enumerate(_p))
add(
    sender="EC運営課 木下 <kinoshita.y@hinode-sangyo.co.jp>",
    to=["光陽コンタクト 受注センター <juchu@koyo-contact.co.jp>"],
    subject="メーカー直送分のお願い（添付メール参照）",
    charset="iso-2022-jp",
    body=f"""光陽コンタクト株式会社
受注センター　ご担当者様

いつもお世話になっております。ひのでレンズ通販の木下です。
当社倉庫の欠品分について、メーカー様からお客様へ直送をお願いしたく存じます。
社内の依頼メールを添付いたしますので、お届け先はそちらをご参照ください。

伝票番号が出ましたらご連絡ください。
{sig_ec("木下 由佳", "kinoshita.y")}""",
    attachments=[{"kind": "eml", "name": "直送依頼_0901.eml", "message": {
        "sender": "EC運営課 佐藤 <r.sato@hinode-sangyo.co.jp>",
        "to": ["EC運営課 木下 <kinoshita.y@hinode-sangyo.co.jp>"],
        "subject": "欠品6件 メーカー直送にしてください",
        "charset": "iso-2022-jp",
        "body": f"木下さん\n\n光陽さんの欠品分、直送に切り替えたいので依頼お願いします。\n\n{_inner}\n\n佐藤\n"}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="attached internal mail (message/rfc822) with 6 customers' addresses and phones to the lens supplier",
)

_p = people(20, "s16", (30, 90))
_dx16 = ["白内障", "緑内障", "ドライアイ", "糖尿病網膜症", "加齢黄斑変性", "結膜炎", "白内障", "網膜静脈閉塞症", "近視", "緑内障"]
_xls = [["患者番号", "氏名", "性別", "生年月日", "住所", "電話", "主病名", "初診日"]]
for i, p in enumerate(_p):
    _xls.append([p["pid"], p["name"], p["sex"], wareki(p["dob"], "abbr"), p["addr"], p["tel"], _dx16[i % 10],
                 f"20{10 + i % 15}/{1 + i % 12:02d}/{1 + i:02d}"])
add(
    sender="情報システム課 吉岡 <yoshioka.d@hinode-sangyo.co.jp>",
    to=["杉浦 様 <sugiura@tsubasa-system.jp>"],
    cc=["医事課 田辺 <k.tanabe@hinode-sangyo.co.jp>"],
    subject="Re: 旧カルテシステムの患者台帳エクスポート形式",
    charset="shift_jis",
    body=f"""杉浦様

吉岡です。
旧カルテ（2009年導入のもの）から出せる形式はXLS(Excel97-2003)のみでした。
患者台帳の先頭20件を出力したものを添付します。和暦の略記(S/H)になっている点にご注意ください。

> 出力可能な形式と、日付の書式が分かるサンプルを頂けますか。
> 杉浦

吉岡
""",
    attachments=[{"kind": "xls", "name": "kanja_daicho_sample.xls", "sheets": {"患者台帳": _xls}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="legacy XLS export of 20 patients (DOB, address, phone, main diagnosis) to the system vendor",
)

_p = people(9, "s17", (20, 70))
_log = "受付ログ 2026-08-31 吉祥寺店\n" + "=" * 60 + "\n" + "\n".join(
    f"{10 + i}:{15 + i * 3:02d}  {pad(p['kana'], 18)}{pad(p['mobile'], 15)}{pad(p['email'], 30)}{['新規', '再来', '再来'][i % 3]}"
    for i, p in enumerate(_p))
add(
    sender="ひのでコンタクト 吉祥寺店 蓮見 <hasumi.n@hinode-sangyo.co.jp>",
    to=["support@qlinereserve.jp"],
    subject="受付端末のログ（お問い合わせ番号 QR-58214）",
    charset="utf-8",
    body=f"""Qライン予約 サポートセンター御中

お問い合わせ番号 QR-58214 の件です。
受付端末で二重受付になる現象の確認用に、昨日のログを添付します。
{sig_shop("蓮見 直子", "hasumi.n")}""",
    attachments=[{"kind": "txt", "name": "uketsuke_log_20260831.txt", "encoding": "utf-8", "text": _log}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="TXT log of 9 customers (kana name, mobile, e-mail) attached to a vendor's support desk",
)

# =======================================================================================
# STOP — My Number, card numbers, ID documents
# =======================================================================================

_p = people(1, "s18", (24, 30))[0]
add(
    sender="人事総務課 永井 <nagai.t@hinode-sangyo.co.jp>",
    to=["大川社会保険労務士事務所 <info@okawa-sr.jp>"],
    subject="9月入職者 資格取得届の件（視能訓練士1名）",
    charset="iso-2022-jp",
    body=f"""大川社会保険労務士事務所
大川先生

いつもお世話になっております。日の出産業の永井です。
9月1日付で入職した視能訓練士1名の社会保険資格取得届をお願いいたします。

氏名　　：{_p['zname']}（{_p['kana']}）
生年月日：{wareki(_p['dob'])}
個人番号：{my_number(5001)}
住所　　：〒{_p['zip']} {_p['addr']}
報酬月額：285,000円
勤務先　：ひので眼科クリニック 吉祥寺分院

扶養家族はおりません。
よろしくお願いいたします。
{sig_company("永井 智也", "nagai.t", "人事総務課")}""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one new hire's My Number with DOB and address to the labour-law consultant",
)

_p = people(3, "s19", (20, 62))
_sh = [["令和8年分 扶養控除等申告 パート職員（眼科受付）"], [],
       ["氏名", "フリガナ", "生年月日", "個人番号", "配偶者", "備考"]]
for i, p in enumerate(_p):
    _sh.append([p["name"], p["kana"], ymd(p["dob"]), my_number(5002 + i), ["あり", "なし", "あり"][i], ["", "学生", "103万円以内"][i]])
add(
    sender="経理課 高杉 <takasugi.m@hinode-sangyo.co.jp>",
    to=["桂木税理士法人 担当 宇野様 <uno@katsuragi-tax.jp>"],
    subject="年末調整準備：パート職員3名の扶養控除申告",
    charset="shift_jis",
    body=f"""桂木税理士法人
宇野様

お世話になっております。日の出産業 経理課の高杉です。
眼科受付のパート職員3名分、扶養控除等申告書の内容をExcelにまとめましたので送付します。
原本は月末に郵送いたします。

高杉 美穂
日の出産業株式会社 経理課
TEL 03-5363-2420
""",
    attachments=[{"kind": "xlsx", "name": "fuyou_part_3mei.xlsx", "sheets": {"扶養控除": _sh}}],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="XLSX with three part-timers' My Numbers to the tax accountant",
)

_p = people(1, "s20", (30, 50))[0]
_cn = card_number(5001)
add(
    sender="EC運営課 佐藤 <r.sato@hinode-sangyo.co.jp>",
    to=["ペイネクスト 加盟店サポート <merchant-support@paynext.co.jp>"],
    subject="与信NGが続くお客様について調査のお願い（注文番号 HL-2608-33174）",
    charset="utf-8",
    body=f"""ペイネクスト 加盟店サポート ご担当者様

いつもお世話になっております。ひのでレンズ通販（加盟店ID: M0048821）の佐藤です。
下記のお客様の決済が3回続けて与信NGになっています。
お客様はカード会社に問題ないと確認済みとのことで、ゲートウェイ側で何か止まっていないかご確認いただけますか。

注文番号：HL-2608-33174
カード番号：{_cn}
有効期限：11/29
名義：{_p['ROMAJI']}
エラーコード：G12

お客様からは電話でカード番号を再確認しています。
よろしくお願いします。
{sig_ec("佐藤 里奈", "r.sato")}""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a customer's full card number and holder name in the body to the payment processor",
)

_p = people(1, "s21", (60, 80))[0]
_cn = card_number(5002)
_cn_sp = " ".join(_cn[i:i + 4] for i in range(0, 16, 4))
add(
    sender="ひのでコンタクト 立川店 <tachikawa@hinode-sangyo.co.jp>",
    to=["コールブリッジ 受注代行 <order-desk@callbridge.co.jp>"],
    subject="電話注文の代行入力をお願いします",
    charset="shift_jis",
    body=f"""コールブリッジ 受注代行ご担当者様

立川店です。店頭のPCが通販システムに入れないため、電話で受けた注文の入力をお願いします。

お名前：{_p['name']} 様（{_p['kana']}）
電話：{_p['tel']}
お届け先：〒{_p['zip']} {_p['addr']}
商品：ひのでワンデー 遠近両用 +1.75 / 2箱
お支払い：クレジット一括
カード番号：{_cn_sp}
有効期限：08/28

入力が終わったら受注番号だけ返信ください。
{sig_shop("店長 宮坂", "tachikawa", "立川店")}""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a phone order with the customer's card number (4-4-4-4), address and phone to an order-entry outsourcer",
)

_p = people(4, "s22", (25, 60))
_cb = [["受付日", "注文番号", "カード番号", "名義", "金額", "理由"]]
for i, p in enumerate(_p):
    _cb.append([f"2026/08/{5 + i * 6:02d}", f"HL-2607-{28100 + i * 713}", card_number(5003 + i), p["ROMAJI"],
                str([7980, 15400, 4980, 23760][i]), ["身に覚えのない請求", "商品未着", "二重請求", "身に覚えのない請求"][i]])
add(
    sender="EC運営課 佐藤 <r.sato@hinode-sangyo.co.jp>",
    to=["ペイネクスト チャージバック窓口 <chargeback@paynext.co.jp>"],
    subject="8月分 チャージバック照会の回答",
    charset="iso-2022-jp",
    body=f"""ペイネクスト チャージバック窓口 御中

お世話になっております。ひのでレンズ通販の佐藤です。
8月にご照会いただいた4件について、出荷記録と配達完了の証跡を準備しました。
対象の一覧をCSVで添付します。配達完了のスクリーンショットは別便でお送りします。
{sig_ec("佐藤 里奈", "r.sato")}""",
    attachments=[{"kind": "csv", "name": "chargeback_202608.csv", "encoding": "cp932", "rows": _cb}],
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="CSV with four full card numbers and holder names to the payment processor",
)

_p = people(1, "s23", (35, 60))[0]
add(
    sender="ひので眼科 健診担当 松浦 <matsuura.r@hinode-sangyo.co.jp>",
    to=["青葉運輸 安全管理課 <anzen@aoba-unyu.co.jp>"],
    subject="乗務員視力検査の結果（運転記録証明と併せてご確認ください）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
安全管理課　ご担当者様

いつもお世話になっております。ひので眼科クリニック 健診担当の松浦です。
ご依頼のあった乗務員の方の視力検査結果をお知らせします。

氏名：{_p['zname']}
免許証番号：第{fw('3025') + fw('14') + fw('708893')}号
免許の種類：大型・中型・準中型・普通
視力：右 裸眼0.5／矯正1.0　左 裸眼0.3／矯正0.9
深視力：平均誤差 2.8cm（基準2cm以内　→　再検査推奨）
所見：初期の白内障を認めます。夜間運転時のまぶしさの訴えあり。

大型免許の更新には深視力の基準を満たす必要がありますので、眼鏡の調整後の再検査をお勧めします。
{sig_clinic("松浦 涼子", "Matsuura Ryoko", "matsuura.r", dept="健診担当", ext="2416")}""",
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a driver's licence number (full-width) with his vision results and early cataract finding to his employer",
)

_p = people(1, "s24", (40, 70))[0]
add(
    sender="医事課 レセプト担当 岩城 <iwaki.h@hinode-sangyo.co.jp>",
    to=["北国フーズ健康保険組合 適用課 <tekiyo@kitaguni-kenpo.or.jp>"],
    subject="資格確認のお願い（8月診療分 返戻）",
    charset="shift_jis",
    body=f"""北国フーズ健康保険組合
適用課　ご担当者様

平素よりお世話になっております。ひので眼科クリニック医事課の岩城と申します。
8月診療分のレセプトが資格喪失で返戻となった被保険者様について、資格の確認をお願いしたくご連絡いたしました。

保険者番号：06137214
記号・番号：1207・3318（枝番 01）
氏名：{_p['name']}（{_p['kana']}）
生年月日：{wareki(_p['dob'], 'fwkanji')}
受診日：2026年8月6日、8月20日

ご本人は継続して在籍しているとのことです。お手数ですがご確認をお願いいたします。
{sig_clinic("岩城 英子", "Iwaki Hideko", "iwaki.h", ext="2412")}""",
    expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a patient's health-insurance 記号・番号 with name and 和暦 DOB to the insurer",
)

_p = people(1, "s25", (28, 40))[0]
add(
    sender="医事課 田辺 <k.tanabe@hinode-sangyo.co.jp>",
    to=["東和損保 海外旅行保険 メディカルデスク <medicaldesk@towa-sonpo.co.jp>"],
    subject="Claim support / 保険金請求書類の件（{0}様）".format(_p["name"]),
    charset="utf-8",
    body=f"""東和損害保険株式会社
海外旅行保険 メディカルデスク ご担当者様

お世話になっております。ひので眼科クリニック 医事課の田辺です。
帰国後に当院を受診された下記の方について、保険金請求に必要な情報をお送りします。

被保険者：{_p['name']}（{_p['ROMAJI']}）
生年月日：{ymd(_p['dob'])}
旅券番号：TR4829106
証券番号：OT-2026-0719-5521
傷病名：右眼 裂孔原性網膜剥離（渡航先での外傷後）
治療内容：2026年8月18日 硝子体手術、入院5日間

診断書の原本は本人経由で提出予定です。
{sig_clinic("田辺 和美", "Tanabe Kazumi", "k.tanabe")}""",
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a patient's passport number, DOB and retinal-detachment diagnosis to the travel insurer",
)

add(
    sender="人事総務課 永井 <nagai.t@hinode-sangyo.co.jp>",
    to=["森下行政書士事務所 森下先生 <morishita@morishita-gyosei.jp>"],
    subject="在留期間更新申請のご依頼（受付スタッフ NGUYEN さん）",
    charset="iso-2022-jp",
    body=f"""森下行政書士事務所
森下先生

お世話になっております。日の出産業の永井です。
吉祥寺分院の受付スタッフの在留期間更新をお願いしたく、ご連絡いたしました。

氏名：NGUYEN THI LAN（グエン・ティ・ラン）
国籍：ベトナム
生年月日：1998年3月14日
在留カード番号：UH48203917EA
在留資格：技術・人文知識・国際業務
在留期限：2026年11月30日

雇用契約書と直近の源泉徴収票はスキャンして別途お送りします。
{sig_company("永井 智也", "nagai.t", "人事総務課")}""",
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a foreign employee's residence-card number and DOB to the immigration lawyer",
)

_p = people(2, "s27", (30, 55))
add(
    sender="人事総務課 永井 <nagai.t@hinode-sangyo.co.jp>",
    to=["大川社会保険労務士事務所 <info@okawa-sr.jp>"],
    subject="Re: 年金手帳の番号について",
    charset="shift_jis",
    body=f"""大川先生

永井です。ご連絡ありがとうございます。
お問い合わせの2名の基礎年金番号、本人に確認しました。

{_p[0]['name']}　基礎年金番号 {fw('4512-839204')}
{_p[1]['name']}　基礎年金番号 {fw('1038-571146')}

{_p[1]['sei']}さんは前職で別の番号が付いていたそうで、統合済みとのことです。
よろしくお願いいたします。

永井
""",
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="two staff members' basic pension numbers (full-width) to the consultant",
)

# =======================================================================================
# STOP — 要配慮個人情報 of one person
# =======================================================================================

_p = people(1, "s28", (55, 70))[0]
add(
    sender="ひので眼科 院長 久保田 <kubota.s@hinode-sangyo.co.jp>",
    to=["東都医科大学 眼科 緑内障外来 <glaucoma-clinic@toto-med.ac.jp>"],
    subject="ご紹介：進行性緑内障の患者様（手術適応のご相談）",
    charset="iso-2022-jp",
    body=f"""東都医科大学病院 眼科
緑内障外来　ご担当先生　御侍史

いつも大変お世話になっております。ひので眼科クリニックの久保田です。
下記の患者様について、手術適応のご判断をお願いしたくご紹介申し上げます。

患者氏名：{_p['name']} 様（{_p['sex']}性）
生年月日：{wareki(_p['dob'])}
病名：両眼 原発開放隅角緑内障
経過：2019年より点眼3剤で加療。眼圧は右18〜22mmHg、左16〜19mmHg。
　　　HFA 30-2 MD値 右 -14.2dB（1年で -2.1dB 進行）、左 -6.8dB。
既往：2型糖尿病（HbA1c 7.4%）、高血圧

ご多忙のところ恐縮ですが、ご高診のほどよろしくお願い申し上げます。
紹介状原本と検査データのCDは患者様にお持ちいただきます。

ひので眼科クリニック 院長 久保田 聡
TEL 03-5363-2400
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="referral of one named glaucoma patient with DOB, test values and comorbidities to a university hospital",
)

_p = people(1, "s29", (75, 82))[0]
add(
    sender="手術室 看護師長 坂東 <bando.e@hinode-sangyo.co.jp>",
    to=["ルミナ医科 品質保証部 <qa@lumina-ika.co.jp>"],
    subject="【不具合報告】LM-601 挿入時のハプティクス破損について",
    charset="shift_jis",
    body=f"""ルミナ医科株式会社
品質保証部　ご担当者様

ひので眼科クリニック 手術室の坂東です。
9月1日の白内障手術で、下記のとおり挿入時にハプティクスが破損する事象がありました。

製品：LM-601 +21.0D　ロット：L26-0412-77
手術日：2026年9月1日
患者：{_p['name']} 様（{_p['age']}歳・{_p['sex']}性）左眼
経過：インジェクターから挿入した際、後方ハプティクスが破断。予備のレンズに入れ替えて手術は終了。
　　　術翌日の眼圧上昇（32mmHg）があり、現在点眼で経過観察中です。

破損したレンズは回収袋に保管しています。引取りの日程をご連絡ください。

坂東 恵理子
ひので眼科クリニック 新宿本院 手術室
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="device complaint naming the cataract-surgery patient and her post-operative course to the manufacturer",
)

_p = people(1, "s30", (7, 9))[0]
_par = people(1, "s30p", (35, 42))[0]
add(
    sender="ひので眼科 視能訓練士 乙部 <otobe.k@hinode-sangyo.co.jp>",
    to=[f"{_par['name']} <{_par['email']}>"],
    subject=f"{_p['mei']}さんの精密検査結果について",
    charset="iso-2022-jp",
    body=f"""{_par['sei']} 様

ひので眼科クリニックの視能訓練士、乙部です。
先日は学校検診後の精密検査にお越しいただきありがとうございました。
お電話でお伝えした内容を、メールでもお送りいたします。

お子様：{_p['name']}さん（{_p['age']}歳）
結果：右眼 不同視弱視（矯正視力 右0.5／左1.2）
今後：眼鏡を常用し、1日2時間の健眼遮閉（アイパッチ）を開始します。
次回：9月26日（土）10:30　視力検査と眼鏡の確認

ご不明な点があればお気軽にお問い合わせください。
{sig_clinic("乙部 佳奈", "Otobe Kana", "otobe.k", dept="視能訓練室", ext="2418")}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a child's amblyopia diagnosis sent to the parent's free-mail address",
)

_p = people(1, "s31b", (30, 45))[0]
add(
    sender="人事総務課 永井 <nagai.t@hinode-sangyo.co.jp>",
    to=["しごと支援センターみなみ <info@minami-shuro.or.jp>"],
    subject="職場定着支援の面談日程について",
    charset="utf-8",
    body=f"""しごと支援センターみなみ
ジョブコーチ　平井様

いつもお世話になっております。日の出産業の永井です。
4月からコンタクト事業部の物流チームで勤務している{_p['name']}さん（身体障害者手帳2級・視覚障害）の定着支援面談の件です。

最近、拡大読書器の画面が暗く作業効率が落ちていると本人から相談があり、
ご同席いただける日程で面談を設定したいと考えております。
9/9(水)、9/11(金)の午後でご都合いかがでしょうか。

永井 智也
日の出産業株式会社 人事総務課
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an employee's disability (visual impairment, handbook grade) named to an outside support centre",
)

_p = people(1, "s32", (65, 78))[0]
add(
    sender="事業部長 清水 <shimizu.k@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["院長 久保田 <kubota.s@hinode-sangyo.co.jp>"],
    subject="ご相談：白内障手術後のクレーム（訴訟の示唆あり）",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の清水です。
標記の件、至急ご相談させていただきたくご連絡いたしました。

患者：{_p['name']}様（{_p['age']}歳）　連絡先 {_p['tel']}
経緯：2026年6月に右眼白内障手術（多焦点眼内レンズ）。術後、夜間のハロー・グレアと
　　　視力低下（0.6）を訴え、「説明を受けていない」として手術費用の返還と慰謝料を要求。
　　　8月末に「弁護士に相談している」との電話あり。
当院の見解：術前に多焦点レンズの副作用は説明済み（同意書あり）。術後に後発白内障を認め、
　　　YAGレーザーを提案したが拒否されている。

同意書とカルテの写しはお打合せ時にお持ちします。
今週中に一度お時間をいただけますでしょうか。

清水 健司
日の出産業株式会社 眼科・コンタクトレンズ事業部長
TEL 03-5363-2401
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named patient's surgery, complications and dispute sent to the (partner) law firm — external, sensitive",
)

_p = people(1, "s33", (50, 70))[0]
add(
    sender="ひので眼科 視能訓練士 乙部 <otobe.k@hinode-sangyo.co.jp>",
    to=["めがねの光堂 ロービジョン相談室 <lowvision@hikarido-megane.co.jp>"],
    subject="ロービジョンエイドのご相談（診療情報提供書を添付します）",
    charset="shift_jis",
    body=f"""めがねの光堂
ロービジョン相談室　ご担当者様

いつもお世話になっております。ひので眼科の乙部です。
当院通院中の患者様で、遮光眼鏡と拡大鏡の選定をお願いしたい方がいらっしゃいます。
院長作成の診療情報提供書を添付いたしますのでご確認ください。
ご本人からは来週中に直接お電話が入る予定です。
{sig_clinic("乙部 佳奈", "Otobe Kana", "otobe.k", dept="視能訓練室", ext="2418")}""",
    attachments=[{"kind": "docx", "name": "診療情報提供書_ロービジョン.docx", "title": "診療情報提供書",
                  "paragraphs": ["診療情報提供書", "めがねの光堂 ロービジョン相談室 御中",
                                 f"患者氏名：{_p['name']}　{_p['sex']}　生年月日：{wareki(_p['dob'])}",
                                 "傷病名：両眼 網膜色素変性症",
                                 "視力：右 0.08（矯正不能）　左 0.2（0.3×-1.25D）",
                                 "視野：両眼とも中心10度以内の求心性視野狭窄",
                                 "依頼事項：遮光眼鏡（羞明対策）および拡大鏡の選定をお願いいたします。",
                                 "ひので眼科クリニック 院長 久保田 聡"]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX referral letter with one patient's diagnosis (retinitis pigmentosa), DOB and visual data to an optician",
)

# =======================================================================================
# STOP — three or more external parties visible
# =======================================================================================

add(
    sender="学校検診担当 小池 <koike.m@hinode-sangyo.co.jp>",
    to=["さくら台小学校 保健室 <hokenshitsu@sakuradai-es.ed.jp>",
        "みなと小学校 養護教諭 <yogo@minato-es.ed.jp>",
        "北浜第二中学校 保健室 <hoken@kitahama2-jh.ed.jp>",
        "あおい台中学校 <hokenshitsu@aoidai-jh.ed.jp>"],
    subject="令和8年度2学期 眼科検診の日程調整について",
    charset="iso-2022-jp",
    body=f"""各校 養護教諭の先生方

いつもお世話になっております。学校医を務めております、ひので眼科クリニックの小池です。
2学期の眼科検診（就学時健診を含む）の日程について、候補日をお知らせいたします。

　10月 6日（火）午後
　10月 8日（木）午前
　10月15日（木）午前・午後
　10月20日（火）午後

ご希望の日程を第3希望まで、9月11日（金）までにご返信ください。
色覚検査をご希望の学校は、あわせてお知らせください。
{sig_clinic("小池 美和", "Koike Miwa", "koike.m", dept="学校保健担当", ext="2415")}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four schools' addresses visible to each other in To — should have been Bcc",
)

add(
    sender="購買担当 西尾 <nishio.a@hinode-sangyo.co.jp>",
    to=["光陽コンタクト 営業部 <eigyo@koyo-contact.co.jp>",
        "シーウェーブ光学 東京支店 <tokyo@seawave-optics.jp>",
        "アイリスレンズ 法人営業 <b2b@irislens.co.jp>"],
    subject="2027年度 コンタクトレンズ仕入条件のお見積り依頼",
    charset="shift_jis",
    body=f"""お取引先各位

平素より大変お世話になっております。
日の出産業株式会社 眼科・コンタクトレンズ事業部 購買担当の西尾でございます。

2027年度（2027年4月〜）の仕入条件について、各社様にお見積りをお願いしたくご連絡いたしました。
対象は1日使い捨て（球面・乱視用・遠近両用）および2週間交換タイプで、
年間想定数量は別紙の要項にてお知らせいたします。

ご提出期限：2026年10月9日（金）
提出先：本メール返信にて

なお、ご提示いただいた条件は社内の比較検討のみに使用いたします。
何卒よろしくお願い申し上げます。
{sig_company("西尾 亜希子", "nishio.a", "購買担当", "03-5363-2440")}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing lens suppliers can see each other in To (RFQ should use Bcc)",
)

add(
    sender="ひので眼科 オルソK外来 <orthok@hinode-sangyo.co.jp>",
    to=["yuki.tanimura@gmail.com", "kenta-ohashi@yahoo.co.jp", "mama.of.rin@icloud.com",
        "h.kusumi0812@docomo.ne.jp"],
    subject="【ひので眼科】9/12 オルソケラトロジー説明会のご案内（リマインド）",
    charset="iso-2022-jp",
    body="""保護者の皆様

ひので眼科クリニック オルソケラトロジー外来です。
先日お申込みいただいた「お子様の近視進行抑制 説明会」のリマインドをお送りします。

日時：9月12日（土）14:00〜15:30
場所：ひので眼科クリニック 新宿本院 4F 待合ホール
持ち物：お子様の直近の眼鏡処方箋（あれば）

当日はお子様もご一緒にお越しください。簡単な角膜形状の測定を行います。
駐車場はございませんので、公共交通機関をご利用ください。

ひので眼科クリニック 新宿本院
TEL 03-5363-2400
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four private persons (parents on free mail) can see each other's addresses in To",
)

add(
    sender="マーケティング課 長谷部 <hasebe.r@hinode-sangyo.co.jp>",
    to=["ツバサシステム 杉浦様 <sugiura@tsubasa-system.jp>"],
    cc=["錦印刷 営業部 浅野様 <asano@nishiki-insatsu.co.jp>", "ミライ広告 佐野様 <sano@mirai-koukoku.co.jp>"],
    subject="新診察券（QRコード付き）仕様の三者打合せについて",
    charset="utf-8",
    body=f"""ツバサシステム 杉浦様
（cc：錦印刷 浅野様、ミライ広告 佐野様）

いつもお世話になっております。日の出産業 マーケティング課の長谷部です。
来年1月から切り替える新診察券について、QRの仕様（予約システム側）、印刷、
院内ポスターのデザインをまとめて決めたく、三社様合同で打合せをお願いできればと思います。

候補：9/16(水) 15:00〜、9/17(木) 10:00〜　いずれも新宿本院4F会議室
議題：QRに載せる情報の範囲、カード素材と納期、告知物のスケジュール

ご都合をお知らせください。

長谷部 礼子
日の出産業株式会社 マーケティング課
03-5363-2450
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (two partners and an agency) visible in To/Cc",
)

# =======================================================================================
# STOP — look-alike domains
# =======================================================================================

add(
    sender="医事課 岩城 <iwaki.h@hinode-sangyo.co.jp>",
    to=["新宿本院 受付 <shinjuku-uketsuke@hinode-sangy0.co.jp>"],
    subject="来週のシフト変更と院内掲示の差し替え",
    charset="iso-2022-jp",
    body="""受付の皆さん

医事課の岩城です。
来週9/14(月)は院長が学会出張のため午後休診です。
院内掲示と電話の自動音声を差し替えましたので、問い合わせには「15日から通常どおり」とご案内ください。

シフトは早番・遅番を入れ替えています。共有フォルダの最新版を見てください。

岩城
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain hinode-sangy0.co.jp imitates the company's own domain (zero for o)",
)

add(
    sender="情報システム課 吉岡 <yoshioka.d@hinode-sangyo.co.jp>",
    to=["杉浦 様 <sugiura@tsubasa-sytem.jp>"],
    subject="Re: 予約システム 本番切替リハーサルの日程",
    charset="utf-8",
    body="""杉浦様

吉岡です。リハーサル日程の件、9/26(土)診療終了後の19時開始で院内調整がつきました。
当日は医事課から2名、情報システム課から私が立ち会います。
VPN接続のアカウントは前回と同じものをお使いください。

> 本番切替のリハーサルを9月最終週の土曜夜に実施したいのですが、ご都合いかがでしょうか。

吉岡
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp drops a letter of partner tsubasa-system.jp",
)

add(
    sender="物流管理 原田 <harada.k@hinode-sangyo.co.jp>",
    to=["青葉運輸 東京営業所 <tokyo-eigyo@aoba-unyu.jp>"],
    subject="9月の集荷時間変更について",
    charset="shift_jis",
    body="""青葉運輸株式会社
東京営業所　御中

いつもお世話になっております。日の出産業 物流管理の原田です。
9月14日より、新宿倉庫の集荷時間を16:00から17:30に変更していただきたくお願い申し上げます。
通販の当日出荷締め時刻を延長するためです。
便数は現状どおり1日2便でお願いいたします。

原田 健吾
日の出産業株式会社 物流管理
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the 'co.' of partner aoba-unyu.co.jp",
)

add(
    sender="マーケティング課 長谷部 <hasebe.r@hinode-sangyo.co.jp>",
    to=["錦印刷 浅野様 <asano@nishiki-insatsu.com>"],
    subject="秋のキャンペーンチラシ 入稿データ",
    charset="iso-2022-jp",
    body="""錦印刷 浅野様

いつもお世話になっております。長谷部です。
秋の「カラコン・乱視用 まとめ買いキャンペーン」チラシの入稿データを、いつものストレージにアップしました。
A4両面・コート紙90kg・12,000部、9/25納品でお願いします。
色校は1回でお願いできれば助かります。

長谷部
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatsu.com: partner nishiki-insatsu.co.jp under another TLD",
)

add(
    sender="経理課 高杉 <takasugi.m@hinode-sangyo.co.jp>",
    to=["みどり銀行 新宿支店 法人営業 <hojin-shinjuku@midori-ginko-co.jp>"],
    subject="口座振替（クリニック窓口のデビット決済）入金サイクルの件",
    charset="shift_jis",
    body="""みどり銀行 新宿支店
法人営業ご担当者様

いつもお世話になっております。日の出産業 経理課の高杉です。
先日ご提案いただいたクリニック窓口のデビット決済について、入金サイクルを月2回にできるか
ご確認いただけますでしょうか。手数料率は前回ご提示の条件で問題ございません。

高杉 美穂
日の出産業株式会社 経理課
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginko-co.jp replaces a dot with a hyphen in partner midori-ginko.co.jp",
)

add(
    sender="人事総務課 永井 <nagai.t@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 <banquet@sakura-hote1.jp>"],
    subject="10月 学術講演会の会場予約について",
    charset="iso-2022-jp",
    body="""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業の永井です。
10月24日（土）の「地域眼科医療連携 学術講演会」の件、80名規模のスクール形式で
「桜の間」を仮押さえいただけますでしょうか。
講演後の情報交換会（立食、60名）も同フロアで検討しております。

永井
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hote1.jp uses the digit 1 for the l of partner sakura-hotel.jp",
)

add(
    sender="ひので眼科 検査室 主任 水野 <mizuno.y@hinode-sangyo.co.jp>",
    to=["川崎電機 メディカル機器サービス <service@kawasaki-dennki.co.jp>"],
    subject="OCT装置の定期点検日程について",
    charset="utf-8",
    body="""川崎電機株式会社
メディカル機器サービス ご担当者様

いつもお世話になっております。ひので眼科クリニック 検査室の水野です。
新宿本院のOCT（型番 KD-OCT7000、シリアル K7-22581）の年次点検について、
9月第4週の木曜午後で調整いただけますでしょうか。
先月から起動時にファンの異音があるため、あわせてご確認をお願いします。

水野 陽子
ひので眼科クリニック 検査室
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki-dennki.co.jp adds a letter to partner kawasaki-denki.co.jp",
)

add(
    sender="ひのでコンタクト 新宿東口店 <shinjuku-higashi@hinode-sangyo.co.jp>",
    to=["EC運営課 <ec-unei@hinode-sanygo.co.jp>"],
    subject="店頭受取の注文 3件 入荷済みです",
    charset="shift_jis",
    body="""EC運営課 ご担当者様

新宿東口店です。
店頭受取で注文が入っていた下記3件、本日入荷しました。
お客様への入荷通知メールの送信をお願いします。

受注番号：HL-2608-33412 / HL-2608-33480 / HL-2609-00127

新宿東口店
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sanygo.co.jp swaps two letters of the company's own domain",
)

# =======================================================================================
# STOP — confidentiality markings
# =======================================================================================

add(
    sender="新店舗準備室 宮原 <miyahara.j@hinode-sangyo.co.jp>",
    to=["東邦リアルティ 店舗開発部 <tenpo@toho-realty.co.jp>"],
    subject="出店候補物件の検討状況について",
    charset="iso-2022-jp",
    body="""【社外秘】

東邦リアルティ株式会社
店舗開発部　金子様

いつもお世話になっております。日の出産業 新店舗準備室の宮原です。
ご紹介いただいた候補物件について、社内検討の結果をお伝えします。

1. 町田駅前（3F 42坪）　… 第一候補。眼科併設型で申請予定。賃料は坪1.6万円までなら可。
2. 海老名（路面 28坪）　… コンタクト単独店として検討継続。
3. 府中（2F 55坪）　　 … 今期は見送り。

2027年度は眼科併設型2店舗、コンタクト単独店3店舗の出店を計画しています。
町田の件、オーナー様との条件交渉を進めていただけますと幸いです。

宮原 純一
日の出産業株式会社 新店舗準備室
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="mail stamped 【社外秘】 with the store-opening plan sent to a real-estate agent",
)

add(
    sender="購買担当 西尾 <nishio.a@hinode-sangyo.co.jp>",
    to=["シーウェーブ光学 東京支店 柴田様 <shibata@seawave-optics.jp>"],
    subject="取引基本契約の改定案について",
    charset="shift_jis",
    body=f"""シーウェーブ光学株式会社
東京支店　柴田様

いつもお世話になっております。日の出産業の西尾でございます。
先日の協議を踏まえ、取引基本契約の改定案（当社案）を添付いたします。
主な変更点はリベート条件（第8条）と返品期限（第11条）です。
社内法務の確認前のドラフトのため、取扱いにはご注意ください。
{sig_company("西尾 亜希子", "nishio.a", "購買担当", "03-5363-2440")}""",
    attachments=[{"kind": "docx", "name": "取引基本契約_改定案_v3.docx", "page_header": "社外秘",
                  "title": "取引基本契約書（改定案）",
                  "paragraphs": ["取引基本契約書（改定案）", "第8条（リベート）年間仕入額が3億円を超えた場合、超過額の2.5%を翌期首に返戻する。",
                                 "第11条（返品）未開封品に限り、納品後180日以内の返品を認める。",
                                 "第15条（有効期間）本契約の有効期間は2027年4月1日から1年間とし、以後自動更新とする。"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX contract draft whose page header carries a 社外秘 stamp, to the supplier",
)

add(
    sender="Nishio Akiko <nishio.a@hinode-sangyo.co.jp>",
    to=["Marcus Tan <marcus.tan@clearview-optics.com.sg>"],
    subject="Volume forecast and current buying prices (FY2027)",
    charset="utf-8",
    body=f"""Dear Marcus,

Thank you for the call yesterday. As promised, please find attached our volume forecast
for FY2027 together with the buying prices we currently get from our domestic suppliers,
so that you can see where your offer needs to be.

We would appreciate your revised quotation by 30 September.

Best regards,
Akiko Nishio
Purchasing, Eye Care & Contact Lens Division
Hinode Sangyo Co., Ltd.
3-17-9 Shinjuku, Shinjuku-ku, Tokyo 160-0022, Japan
Tel: +81-3-5363-2440
""",
    attachments=[{"kind": "xlsx", "name": "FY2027_forecast_prices.xlsx", "page_header": "Confidential",
                  "sheets": {"Forecast": [["Hinode Sangyo - FY2027 volume forecast"], [],
                                          ["Category", "Boxes/year", "Current price (JPY)"],
                                          ["Daily spherical 30p", 182000, 1180], ["Daily toric 30p", 64000, 1720],
                                          ["Daily multifocal 30p", 21000, 2050], ["2-week 6p", 48000, 980]],
                             "Notes": [["Prices excl. tax, delivered Tokyo DC"]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX whose page header is marked Confidential sent to an overseas supplier",
)

add(
    sender="経理課 高杉 <takasugi.m@hinode-sangyo.co.jp>",
    to=["みどり銀行 新宿支店 融資課 <yushi-shinjuku@midori-ginko.co.jp>"],
    subject="設備資金のご相談（立川分院 開業資金）資料送付",
    charset="iso-2022-jp",
    body=f"""みどり銀行 新宿支店
融資課　山中様

いつもお世話になっております。日の出産業 経理課の高杉です。
先日ご相談いたしました立川分院の設備資金について、事業計画書を送付いたします。
ご検討のほど、よろしくお願い申し上げます。

高杉 美穂
日の出産業株式会社 経理課
TEL 03-5363-2420
""",
    attachments=[{"kind": "pdf", "name": "立川分院_事業計画書.pdf", "page_footer": "取扱注意",
                  "title": "立川分院 事業計画書",
                  "lines": ["立川分院 事業計画書（2026年9月）", "日の出産業株式会社 眼科・コンタクトレンズ事業部", "",
                            "1. 設備投資額：1億8,400万円（OCT・視野計・手術顕微鏡ほか）",
                            "2. 開業後3年間の患者数見込み：初年度 1日平均85名、3年目 140名",
                            "3. 売上計画：初年度 2.1億円、3年目 3.8億円", "4. 資金計画：自己資金6,000万円、借入1億2,400万円"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF business plan with a 取扱注意 footer on every page, sent to the (partner) bank",
)

add(
    sender="マーケティング課 長谷部 <hasebe.r@hinode-sangyo.co.jp>",
    to=["ミライ広告 佐野様 <sano@mirai-koukoku.co.jp>"],
    subject="下期販促計画（たたき台）",
    charset="utf-8",
    body=f"""佐野さん

長谷部です。下期の販促計画のたたき台を送ります。
来週の定例で媒体配分の相談をさせてください。

長谷部
""",
    attachments=[{"kind": "pptx", "name": "下期販促計画_draft.pptx", "page_footer": "部外秘",
                  "slides": [["2026年下期 販促計画（案）", "眼科・コンタクトレンズ事業部 マーケティング課"],
                             ["重点施策", "乱視用ワンデーの価格改定（11月）", "定期便の紹介キャンペーン", "オルソケラトロジーの認知拡大"],
                             ["予算", "Web広告 4,200万円", "店頭販促 1,100万円", "院内掲示・紙媒体 600万円"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX promotion plan with a 部外秘 footer on every slide to the ad agency",
)

add(
    sender="事業部長 清水 <shimizu.k@hinode-sangyo.co.jp>",
    to=["ブリッジキャピタル 本田様 <honda@bridge-cap.co.jp>"],
    subject="【極秘】譲受候補クリニックの件",
    charset="iso-2022-jp",
    body="""ブリッジキャピタル株式会社
本田様

お世話になっております。日の出産業の清水です。
先日ご紹介いただいた多摩地区の眼科クリニック（案件名「プロジェクト・アイリス」）について、
社内の役員会で前向きに検討することになりました。

・譲受価格の目線：3.5〜4億円
・院長先生の残留期間：最低2年を希望
・スタッフは全員継続雇用の方針

次のステップとして、簡易デューデリジェンスの進め方をご相談させてください。

清水 健司
日の出産業株式会社 眼科・コンタクトレンズ事業部長
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject classified 【極秘】 (M&A target) to an outside advisor",
)

# =======================================================================================
# STOP — attachments that cannot be read
# =======================================================================================

_p = people(15, "s52", (30, 80))
add(
    sender="医事課 田辺 <k.tanabe@hinode-sangyo.co.jp>",
    to=["杉浦 様 <sugiura@tsubasa-system.jp>"],
    subject="予約データ（8月分）の送付",
    charset="iso-2022-jp",
    body=f"""ツバサシステム
杉浦様

お世話になっております。田辺です。
8月分の予約データをパスワード付きZIPでお送りします。
パスワードは別メールでお知らせします。
{sig_clinic("田辺 和美", "Tanabe Kazumi", "k.tanabe")}""",
    attachments=[{"kind": "zip", "name": "yoyaku_202608.zip", "password": "Hnd#2608yk",
                  "files": [{"kind": "csv", "name": "yoyaku_202608.csv", "encoding": "cp932",
                             "rows": [["日付", "患者ID", "氏名", "電話", "区分"]] + [
                                 [f"2026/08/{1 + i:02d}", p["pid"], p["name"], p["tel"], "再診"] for i, p in enumerate(_p)]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the vendor: contents cannot be inspected",
)

add(
    sender="ひので眼科 視能訓練士 乙部 <otobe.k@hinode-sangyo.co.jp>",
    to=["めがねの光堂 ロービジョン相談室 <lowvision@hikarido-megane.co.jp>"],
    subject="検査結果（視野・視力）の送付",
    charset="shift_jis",
    body=f"""めがねの光堂
ロービジョン相談室　ご担当者様

お世話になっております。ひので眼科の乙部です。
先日ご相談した患者様の視野・視力検査の結果をPDFでお送りします。
PDFにはパスワードを設定しています。パスワードはお電話でお伝えします。
{sig_clinic("乙部 佳奈", "Otobe Kana", "otobe.k", dept="視能訓練室", ext="2418")}""",
    attachments=[{"kind": "pdf", "name": "kensa_kekka_0902.pdf", "password": "0902lv",
                  "lines": ["検査結果報告書", "視野：両眼 求心性狭窄", "視力：右0.08 左0.2"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted PDF of examination results: the guard cannot read it",
)

add(
    sender="ひのでコンタクト 横浜西口店 <yokohama-nishi@hinode-sangyo.co.jp>",
    to=["光陽コンタクト 受注センター <juchu@koyo-contact.co.jp>"],
    subject="追加発注書（横浜西口店）",
    charset="iso-2022-jp",
    body=f"""光陽コンタクト 受注センター御中

いつもお世話になっております。横浜西口店です。
追加発注書を添付いたします。9/8着でお願いいたします。
{sig_shop("副店長 檜山", "yokohama-nishi", "横浜西口店")}""",
    attachments=[{"kind": "corrupt", "name": "hacchu_yokohama_0903.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX order form is corrupt and cannot be scanned",
)

add(
    sender="マーケティング課 長谷部 <hasebe.r@hinode-sangyo.co.jp>",
    to=["錦印刷 浅野様 <asano@nishiki-insatsu.co.jp>"],
    subject="院内ポスター 修正版PDF",
    charset="utf-8",
    body="""浅野様

長谷部です。院内ポスター（白内障手術説明会の告知）の修正版です。
日付の誤植を直しました。こちらで校了とさせてください。

長谷部
""",
    attachments=[{"kind": "corrupt", "name": "poster_cataract_seminar_v4.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached PDF is truncated/corrupt: unscannable attachment to a partner",
)

# =======================================================================================
# EITHER — a privacy officer could judge these both ways
# =======================================================================================

_p = people(1, "e01", (35, 55))[0]
add(
    sender="ひのでコンタクト 吉祥寺店 蓮見 <hasumi.n@hinode-sangyo.co.jp>",
    to=["光陽コンタクト 特注レンズ課 <tokuchu@koyo-contact.co.jp>"],
    subject="特注トーリックのご依頼（吉祥寺店）",
    charset="iso-2022-jp",
    body=f"""光陽コンタクト株式会社
特注レンズ課　ご担当者様

いつもお世話になっております。ひのでコンタクト吉祥寺店の蓮見です。
既製品の度数範囲外のため、特注トーリックの製作をお願いいたします。

お客様名：{_p['name']} 様
R：BC 8.4 / PWR -7.25 / CYL -2.75 / AX 170
L：BC 8.4 / PWR -6.50 / CYL -2.25 / AX 10
DIA 14.2、2週間交換タイプ 各6枚

処方は当店併設の眼科医によるものです。納期の目安を教えてください。
{sig_shop("蓮見 直子", "hasumi.n")}""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named customer's lens prescription to the maker: a doctor's prescription may or may not count as 要配慮",
)

add(
    sender="学校検診担当 小池 <koike.m@hinode-sangyo.co.jp>",
    to=["さくら台小学校 保健室 <hokenshitsu@sakuradai-es.ed.jp>"],
    subject="Re: 色覚検査の保護者説明について",
    charset="shift_jis",
    body=f"""森先生

ひので眼科の小池です。ご相談の件、お返事いたします。

4年2組の出席番号12番の児童については、検診時の石原表で読み誤りが多く、
先天色覚異常（第2色覚）の可能性が高いと考えています。
保護者の方への説明は、学校からではなく当院の外来で行うほうがよいと思いますので、
受診を勧めるお手紙だけお渡しいただけますでしょうか。

よろしくお願いいたします。
{sig_clinic("小池 美和", "Koike Miwa", "koike.m", dept="学校保健担当", ext="2415")}""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a pupil identified only by class and seat number with a suspected colour-vision deficiency: identifiable to the school only",
)

add(
    sender="マーケティング課 長谷部 <hasebe.r@hinode-sangyo.co.jp>",
    to=["びょういんナビ 掲載担当 <keisai@byoin-navi.jp>"],
    subject="医師紹介ページの原稿（ひので眼科 新宿本院）",
    charset="utf-8",
    body="""びょういんナビ 掲載ご担当者様

お世話になっております。日の出産業 マーケティング課の長谷部です。
医師紹介ページの原稿をお送りします。写真は別途データ便でお送りします。

■ 久保田 聡（院長）
　専門：緑内障、白内障手術　／　東都医科大学卒、眼科専門医、医学博士
　外来：月・火・木・土
■ 小池 美和
　専門：小児眼科、斜視・弱視　／　北浜大学卒、眼科専門医
　外来：水・金
■ 谷中 慎吾
　専門：網膜硝子体　／　東都医科大学卒、眼科専門医
　外来：火・金（午後）
■ 宇佐美 玲奈
　専門：角膜、ドライアイ、コンタクトレンズ　／　湘南医科大学卒
　外来：月・水・土
■ 石動 剛
　専門：神経眼科　／　北浜大学卒、眼科専門医　（非常勤）
　外来：第2・第4木曜

修正があれば来週中にご連絡します。
長谷部
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="five doctors' public professional profiles for a listing site: staff data, but meant for publication",
)

# =======================================================================================
# PASS — ordinary business mail, business contacts, disclaimers, NDA talk
# =======================================================================================

add(
    sender="ひのでコンタクト 新宿東口店 <shinjuku-higashi@hinode-sangyo.co.jp>",
    to=["光陽コンタクト 受注センター <juchu@koyo-contact.co.jp>"],
    subject="定期発注（新宿東口店）PO-2026-08812",
    charset="shift_jis",
    body=f"""光陽コンタクト株式会社
受注センター　御中

いつもお世話になっております。新宿東口店です。
下記のとおり発注いたします。

発注番号：PO-2026-08812
納品希望：9月7日（月）午前

  商品コード          品名                       数量
  -----------------------------------------------------
  KC-1D-S-0300        ワンデー球面 -3.00 30枚     30箱
  KC-1D-S-0350        ワンデー球面 -3.50 30枚     30箱
  KC-1D-T-0275-18     ワンデー乱視 -2.75/-0.75/180 12箱
  KC-2W-S-0500        2ウィーク -5.00 6枚         20箱
  KC-SOL-360          ケア用品 MPS 360ml          48本

よろしくお願いいたします。
{sig_shop("店長 曽根", "shinjuku-higashi", "新宿東口店")}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="routine purchase order with product codes and the shop's signature",
)

add(
    sender="マーケティング課 長谷部 <hasebe.r@hinode-sangyo.co.jp>",
    to=["錦印刷 浅野様 <asano@nishiki-insatsu.co.jp>"],
    subject="吉祥寺店 店頭POPの件（窓口変更のお知らせ）",
    charset="iso-2022-jp",
    body="""錦印刷 浅野様

いつもお世話になっております。長谷部です。
吉祥寺店の店頭POPの件、今後の細かい確認は店長と直接やり取りいただけますでしょうか。

　ひのでコンタクト 吉祥寺店 店長　蓮見 直子
　TEL 0422-21-6620（店舗）　携帯 080-6214-3378
　hasumi.n@hinode-sangyo.co.jp

設置日は店舗の定休日（水曜）でお願いします。
よろしくお願いいたします。

長谷部 礼子
日の出産業株式会社 マーケティング課
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="one business contact (a shop manager's work details) handed to a printing partner",
)

add(
    sender="購買担当 西尾 <nishio.a@hinode-sangyo.co.jp>",
    to=["シーウェーブ光学 東京支店 柴田様 <shibata@seawave-optics.jp>"],
    subject="サンプル受領のご連絡",
    charset="iso-2022-jp",
    body=f"""シーウェーブ光学株式会社
柴田様

お世話になっております。日の出産業の西尾です。
新製品「SW Daily Moist Toric」のトライアルレンズ一式、本日受領いたしました。
各店に振り分けて、10月末までに装用感のフィードバックをまとめてお送りします。

取り急ぎ受領のご連絡まで。
{sig_company("西尾 亜希子", "nishio.a", "購買担当", "03-5363-2440")}{DISCLAIMER_JA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary acknowledgement ending with the standard 機密情報 disclaimer",
)

add(
    sender="情報システム課 吉岡 <yoshioka.d@hinode-sangyo.co.jp>",
    to=["ツバサシステム 法務 <legal@tsubasa-system.jp>"],
    cc=["杉浦 様 <sugiura@tsubasa-system.jp>"],
    subject="秘密保持契約書（当社ひな形）のご確認のお願い",
    charset="utf-8",
    body="""ツバサシステム株式会社
法務ご担当者様

お世話になっております。日の出産業 情報システム課の吉岡です。
予約システム更改プロジェクトの開始にあたり、秘密保持契約を締結させていただきたく、
当社ひな形を添付いたします。
患者情報を取り扱う可能性があるため、第5条（個人情報の取扱い）を追加しております。

修正のご要望があれば変更履歴付きでお戻しください。

吉岡 大地
日の出産業株式会社 情報システム課
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ひな形_日の出産業.docx", "title": "秘密保持契約書",
                  "paragraphs": ["秘密保持契約書",
                                 "日の出産業株式会社（以下「甲」という）とツバサシステム株式会社（以下「乙」という）は、次のとおり秘密保持契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した技術上・営業上の情報をいう。",
                                 "第5条（個人情報の取扱い）乙は、業務上知り得た患者の個人情報を、本件業務以外の目的に利用してはならない。",
                                 "第9条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with its template attached; no marking, no personal data",
)

_p = people(6, "p05", (8, 11))
_q = "\n".join(f"> {4 + i // 3}年{1 + i % 3}組 {p['name']}　検診時 右{['0.3', '0.5', '0.2', '0.7', '0.4', '0.6'][i]} 左{['0.4', '0.3', '0.3', '0.6', '0.2', '0.5'][i]}　{['近視', '不同視', '近視', '斜視疑い', '近視', '結膜炎'][i]}"
               for i, p in enumerate(_p))
add(
    sender="学校検診担当 小池 <koike.m@hinode-sangyo.co.jp>",
    to=["さくら台小学校 保健室 <hokenshitsu@sakuradai-es.ed.jp>"],
    subject="Re: 精密検査受診予定の児童について",
    charset="iso-2022-jp",
    body=f"""森先生

ひので眼科の小池です。名簿をお送りいただきありがとうございます。
9月19日（土）の午前に小児枠を6名分確保いたしました。
保護者の方には、当日は保険証・医療証と学校からのお手紙をお持ちいただくようお伝えください。

小池

森 より:
> ひので眼科 小池先生
>
> いつもお世話になっております。さくら台小の森です。
> 精密検査の受診を希望している児童の名簿です。9月中に受診させたいとのことです。
>
{_q}
>
> よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the pupils' list appears only in '>' quoted text from the school's own mail; new text has no personal data",
)

_p = people(5, "p06", (22, 45))
_q = "\n".join(f"{p['name']}　{['月・水・金', '火・木', '月〜金', '土のみ', '水・土'][i]}　携帯 {p['mobile']}" for i, p in enumerate(_p))
add(
    sender="吉祥寺分院 受付リーダー 三好 <miyoshi.a@hinode-sangyo.co.jp>",
    to=["メディスタッフ 江口様 <eguchi@medistaff.co.jp>"],
    subject="RE: 10月派遣スタッフの勤務予定",
    charset="shift_jis",
    body=f"""江口様

いつもお世話になっております。吉祥寺分院の三好です。
10月の勤務予定、承知いたしました。この内容でシフトを組みます。
初日のオリエンテーションは各自9:00に受付へお越しいただくようお伝えください。

三好

-----Original Message-----
From: 江口 <eguchi@medistaff.co.jp>
Sent: Tuesday, September 1, 2026 4:18 PM
To: 三好 <miyoshi.a@hinode-sangyo.co.jp>
Subject: 10月派遣スタッフの勤務予定

三好様

メディスタッフの江口です。10月から吉祥寺分院にお伺いするスタッフ5名の勤務予定です。

{_q}

当日の連絡は各自の携帯にお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the staffing agency's own list of 5 staff is only quoted under -----Original Message----- back to them",
)

_p = people(5, "p07", (28, 50))
_q = "\n".join(f"> - {p['romaji']}, Product Trainer, {p['romaji'].split()[0].lower()}.{p['romaji'].split()[1].lower()}@clearview-optics.com.sg, "
               f"+65 {['9182 7364', '8734 2210', '9021 5587', '8866 3014', '9347 1126'][i]}"
               for i, p in enumerate(_p))
add(
    sender="Nishio Akiko <nishio.a@hinode-sangyo.co.jp>",
    to=["Marcus Tan <marcus.tan@clearview-optics.com.sg>"],
    subject="Re: Trainers for the Tokyo product workshop",
    charset="utf-8",
    body=f"""Hi Marcus,

Thanks, noted. We have booked the training room on the 5th floor of our Shinjuku office
for 14 and 15 October, and we will arrange the visitor passes for your team.
Lunch will be provided on both days.

Best regards,
Akiko

On Tue, 1 Sep 2026 at 11:02, Marcus Tan <marcus.tan@clearview-optics.com.sg> wrote:
> Dear Akiko,
>
> Here are the trainers who will fly in for the workshop:
>
{_q}
>
> Please let me know if you need passport details for building access.
> Marcus
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply; the partner's list of its own trainers is only in 'On … wrote:' quoted text",
)

_shops = [("新宿東口店", "160-0022", "東京都新宿区新宿3-24-1 5F", "03-5363-2470", "10:00-20:00"),
          ("吉祥寺店", "180-0004", "東京都武蔵野市吉祥寺本町1-11-5 2F", "0422-21-6620", "10:00-20:00"),
          ("立川店", "190-0012", "東京都立川市曙町2-8-3 3F", "042-524-8851", "10:00-19:30"),
          ("横浜西口店", "220-0005", "神奈川県横浜市西区南幸2-14-9 4F", "045-311-7702", "10:00-20:00"),
          ("町田店", "194-0013", "東京都町田市原町田6-3-8 2F", "042-727-5510", "10:00-19:30"),
          ("川崎店", "210-0007", "神奈川県川崎市川崎区駅前本町9-2 3F", "044-211-3390", "10:00-20:00"),
          ("大宮店", "330-0853", "埼玉県さいたま市大宮区錦町6-10 4F", "048-641-2275", "10:00-20:00"),
          ("船橋店", "273-0005", "千葉県船橋市本町4-2-15 2F", "047-422-9016", "10:00-19:00"),
          ("池袋店", "171-0021", "東京都豊島区西池袋1-20-4 6F", "03-3985-4412", "10:00-21:00"),
          ("中野店", "164-0001", "東京都中野区中野5-62-1 2F", "03-5345-7781", "10:00-20:00"),
          ("ひので眼科 新宿本院", "160-0022", "東京都新宿区新宿3-17-9 4F", "03-5363-2400", "9:00-18:00（日祝休）"),
          ("ひので眼科 吉祥寺分院", "180-0004", "東京都武蔵野市吉祥寺本町1-11-5 3F", "0422-21-6600", "9:00-18:00（水日休）")]
add(
    sender="マーケティング課 長谷部 <hasebe.r@hinode-sangyo.co.jp>",
    to=["錦印刷 浅野様 <asano@nishiki-insatsu.co.jp>"],
    subject="秋チラシ裏面の店舗一覧（確定版）",
    charset="shift_jis",
    body="浅野様\n\n長谷部です。チラシ裏面の店舗一覧、確定版です。町田店の階数が変わっています。\n\n"
         + "\n".join(f"■{n}\n　〒{z} {a}\n　TEL {t}　営業時間 {h}" for n, z, a, t, h in _shops)
         + "\n\nよろしくお願いします。\n長谷部\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of 12 shops and clinics (business addresses and numbers), not people",
)

_p = people(3, "p09", (24, 55))
add(
    sender="人事総務課 永井 <nagai.t@hinode-sangyo.co.jp>",
    to=["さくらホテル 宿泊予約課 <reserve@sakura-hotel.jp>"],
    subject="9/18 ご宿泊者（3名）のご連絡",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約課 御中

いつもお世話になっております。日の出産業の永井です。
9月18日（金）1泊、法人契約にて下記3名の宿泊をお願いいたします。

　{_p[0]['name']}　携帯 {_p[0]['mobile']}
　{_p[1]['name']}　携帯 {_p[1]['mobile']}
　{_p[2]['name']}　携帯 {_p[2]['mobile']}

チェックインは21時頃になる見込みです。請求は会社宛でお願いします。
{sig_company("永井 智也", "nagai.t", "人事総務課")}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three guests with mobile numbers to the hotel partner: under five people (may warn)",
)

_p = people(4, "p10", (25, 50))
add(
    sender="ひのでコンタクト 立川店 <tachikawa@hinode-sangyo.co.jp>",
    to=["シーウェーブ光学 学術セミナー事務局 <seminar@seawave-optics.jp>"],
    subject="10/7 フィッティングセミナー 参加申込",
    charset="utf-8",
    body=f"""シーウェーブ光学 学術セミナー事務局 御中

ひのでコンタクト立川店です。10月7日のトーリックレンズ フィッティングセミナーに、下記4名で申し込みます。

| 氏名 | 所属 | 連絡先（当日） |
|---|---|---|
| {_p[0]['name']} | 立川店 | {_p[0]['mobile']} |
| {_p[1]['name']} | 立川店 | {_p[1]['mobile']} |
| {_p[2]['name']} | 吉祥寺店 | {_p[2]['mobile']} |
| {_p[3]['name']} | 吉祥寺店 | {_p[3]['mobile']} |

受講票は店舗宛にお送りください。
{sig_shop("店長 宮坂", "tachikawa", "立川店")}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four staff with mobiles registered for a supplier seminar: up to four records, may warn",
)

# =======================================================================================
# PASS — internal only, whatever it carries
# =======================================================================================

_a = people(12, "p11", (50, 88))
_rows = [["患者ID", "氏名", "生年月日", "電話", "病名", "最終来院"]] + [
    [p["pid"], p["name"], ymd(p["dob"]), p["tel"], ["開放隅角緑内障", "正常眼圧緑内障", "緑内障疑い"][i % 3], f"2026/0{3 + i % 4}/{2 + i:02d}"]
    for i, p in enumerate(_a)]
add(
    sender="医事課 田辺 <k.tanabe@hinode-sangyo.co.jp>",
    to=["吉祥寺分院 受付 <kichijoji-uketsuke@hinode-sangyo.co.jp>"],
    cc=["院長 久保田 <kubota.s@hinode-sangyo.co.jp>"],
    subject="緑内障 来院中断者リスト（吉祥寺分院分）",
    charset="iso-2022-jp",
    body=f"""吉祥寺分院 受付の皆さん

医事課の田辺です。
緑内障で半年以上来院が途切れている方のリストです（吉祥寺分院分12名）。
手の空いた時間で電話をかけ、予約の案内をお願いします。
結果はシートのF列の右に入力してください。

田辺
""",
    attachments=[{"kind": "xlsx", "name": "緑内障_来院中断_吉祥寺.xlsx", "sheets": {"対象者": _rows}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="glaucoma patient list with DOB and phone, but every recipient is internal",
)

_p = people(2, "p12", (25, 40))
add(
    sender="ひので眼科 吉祥寺分院 事務長 <jimucho-kichijoji@hinode-sangyo.co.jp>",
    to=["人事総務課 <jinji@mail.hinode-sangyo.co.jp>"],
    subject="新入職者2名のマイナンバー提出",
    charset="shift_jis",
    body=f"""人事総務課 御中

吉祥寺分院事務長です。9月入職の2名分、個人番号を本人確認のうえ預かりました。

{_p[0]['name']}　個人番号 {my_number(5008)}
{_p[1]['name']}　個人番号 {my_number(5009)}

通知カードのコピーは社内便で送ります。
吉祥寺分院 事務長
""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=[],
    note="My Numbers sent only to the internal HR mailbox on an internal subdomain",
)

_p = people(1, "p13", (30, 60))[0]
add(
    sender="EC運営課 佐藤 <r.sato@hinode-sangyo.co.jp>",
    to=["経理課 高杉 <takasugi.m@hinode-sangyo.co.jp>"],
    subject="返金処理のお願い（二重決済）",
    charset="utf-8",
    body=f"""高杉さん

EC運営課の佐藤です。二重決済になったお客様の返金をお願いします。
ゲートウェイの管理画面でカード番号検索が必要なので、お客様から聞いた番号を書いておきます。

注文番号：HL-2608-33901（重複：HL-2608-33902）
お名前：{_p['name']} 様
カード番号：{card_number(5008)}
返金額：6,380円

処理後はこのメールを削除してください。
佐藤
""",
    expect="pass",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=[],
    note="a card number mailed between two internal staff: internal only",
)

add(
    sender="事業部長 清水 <shimizu.k@hinode-sangyo.co.jp>",
    to=["経営企画 <keiki@hinode-sangyo.co.jp>", "院長 久保田 <kubota.s@hinode-sangyo.co.jp>"],
    cc=["新店舗準備室 宮原 <miyahara.j@mail.hinode-sangyo.co.jp>"],
    subject="【社外秘】2027年度 出店・設備投資計画（役員会資料）",
    charset="iso-2022-jp",
    body="""関係者各位

清水です。来週の役員会に出す出店・設備投資計画の最終版です。
社外秘の扱いでお願いします。外部の業者には数字を出さないでください。

清水
""",
    attachments=[{"kind": "pptx", "name": "2027出店計画_役員会.pptx", "page_footer": "社外秘",
                  "slides": [["2027年度 出店・設備投資計画", "眼科・コンタクトレンズ事業部"],
                             ["出店", "町田（眼科併設）", "海老名（CL単独）", "川越（CL単独）"],
                             ["設備投資", "総額 4.6億円", "手術室増設（新宿本院）1.2億円"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 deck sent only to internal addresses (including an internal subdomain)",
)

# =======================================================================================
# PASS — two external organisations, one free-mail recipient
# =======================================================================================

add(
    sender="ひので眼科 検査室 主任 水野 <mizuno.y@hinode-sangyo.co.jp>",
    to=["杉浦 様 <sugiura@tsubasa-system.jp>", "川崎電機 メディカル営業 <medical@kawasaki-denki.co.jp>"],
    subject="検査機器と電子カルテの連携について（打合せ日程）",
    charset="shift_jis",
    body="""ツバサシステム 杉浦様
川崎電機 メディカル営業 ご担当者様

いつもお世話になっております。ひので眼科クリニック 検査室の水野です。
視野計・OCTの検査結果を電子カルテに自動取込する件で、三者で打合せをさせてください。
9/10(木) 14時 または 9/11(金) 10時、新宿本院の会議室を押さえています。

連携方式（DICOM / ファイル連携）のメリット・デメリットをご説明いただけると助かります。

水野 陽子
ひので眼科クリニック 検査室
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two partner organisations in To for a normal three-way meeting",
)

add(
    sender="物流管理 原田 <harada.k@hinode-sangyo.co.jp>",
    to=["光陽コンタクト 物流部 岡部様 <okabe@koyo-contact.co.jp>"],
    cc=["青葉運輸 東京営業所 <tokyo-eigyo@aoba-unyu.co.jp>"],
    subject="メーカー直送分の集荷ルート見直しについて",
    charset="iso-2022-jp",
    body="""光陽コンタクト 岡部様
（cc：青葉運輸 東京営業所様）

お世話になっております。日の出産業 物流管理の原田です。
メーカー直送分の集荷を、10月から青葉運輸さんの定期便にまとめられないかご相談です。
光陽さん埼玉DCの出荷締め時刻と、青葉運輸さんの集荷可能時刻をすり合わせたく、
一度三者でオンライン会議をさせてください。

原田
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations (supplier and carrier partner) in To/Cc: normal",
)

add(
    sender="ひのでレンズ通販 カスタマーサポート <support-lens@hinode-sangyo.co.jp>",
    to=["m.hoshino1988@gmail.com"],
    subject="Re: 在庫の確認（乱視用ワンデー -4.25）",
    charset="iso-2022-jp",
    body="""星野様

ひのでレンズ通販 カスタマーサポートです。お問い合わせありがとうございます。

お探しの「ひのでワンデー 乱視用 -4.25 / -1.25 / 180°」は、現在メーカー欠品中で、
9月15日頃に入荷予定です。入荷次第、順次発送となります。
ご予約注文も承っておりますので、マイページよりご注文いただけます。

今後ともひのでレンズ通販をよろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━
ひのでレンズ通販 カスタマーサポート
TEL 0120-41-6630（平日10:00-18:00）
━━━━━━━━━━━━━━━━━━━━
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="a stock answer to one customer on free mail; no personal data beyond the salutation",
)

add(
    sender="人事総務課 採用担当 <saiyo@hinode-sangyo.co.jp>",
    to=["aya.kuwahara@yahoo.co.jp"],
    subject="面接日程のご案内（視能訓練士 募集）",
    charset="shift_jis",
    body="""桑原 彩 様

この度は日の出産業株式会社 視能訓練士の募集にご応募いただき、誠にありがとうございます。
書類選考の結果、ぜひ面接にお越しいただきたく、ご連絡いたしました。

日時：9月10日（木）15:00〜16:00
場所：ひので眼科クリニック 新宿本院 4F 会議室
持ち物：視能訓練士免許証の写し、筆記用具

ご都合が悪い場合は、本メールにご返信ください。

日の出産業株式会社 人事総務課 採用担当
TEL 03-5363-2403
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="interview invitation to one applicant on free mail",
)

# =======================================================================================
# PASS — statistics, codes, invoices, price lists, business lists
# =======================================================================================

add(
    sender="経営企画 平田 <hirata.n@hinode-sangyo.co.jp>",
    to=["メディカルビジョン総研 コンサルタント 三輪様 <miwa@mv-soken.co.jp>"],
    subject="上期の診療実績データ（集計値）",
    charset="utf-8",
    body="""三輪様

お世話になっております。日の出産業 経営企画の平田です。
ベンチマーク分析用の上期（3〜8月）実績です。院別・月別の集計値のみです。

月     白内障手術  うち多焦点  緑内障新患  OCT件数  CL処方(新規)
------------------------------------------------------------------
3月          62          9          41      1,280          315
4月          58         11          37      1,204          402
5月          71         12          44      1,356          288
6月          66          8          39      1,310          251
7月          74         14          48      1,422          297
8月          52          7          35      1,118          243

年齢階級別（白内障手術・上期計 383件）
  60歳未満 31件 / 60代 96件 / 70代 171件 / 80歳以上 85件

平田 紀子
日の出産業株式会社 経営企画
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate surgery and patient counts by month and age band: statistics, no individuals",
)

add(
    sender="学校検診担当 小池 <koike.m@hinode-sangyo.co.jp>",
    to=["北浜市教育委員会 学校保健係 <gakko-hoken@city.kitahama.lg.jp>"],
    subject="令和8年度 眼科検診 集計結果（市内小学校7校）",
    charset="iso-2022-jp",
    body="""北浜市教育委員会
学校保健係　ご担当者様

ひので眼科クリニックの小池です。
令和8年度の眼科検診の集計結果をご報告いたします（個人名は含みません）。

　受診者数　　　　　　3,412名
　裸眼視力 A（1.0以上）　1,704名（49.9%）
　　　　　 B（0.7〜0.9）　 612名（17.9%）
　　　　　 C（0.3〜0.6）　 683名（20.0%）
　　　　　 D（0.3未満）　　413名（12.1%）
　要精密検査　　　　　 287名（8.4%）
　主な所見：近視 221名、アレルギー性結膜炎 38名、斜視の疑い 17名、その他 11名

昨年度と比べ、C・D判定の割合が2.3ポイント増加しています。
学校保健委員会の資料としてお使いください。

小池 美和（学校医）
ひので眼科クリニック
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="school eye-check statistics for seven schools without any identifiable pupil",
)

add(
    sender="ひのでレンズ通販 カスタマーサポート <support-lens@hinode-sangyo.co.jp>",
    to=["takumi.aizawa@icloud.com"],
    subject="【ひのでレンズ通販】ご返金手続き完了のお知らせ（ご注文番号 HL-2608-32877）",
    charset="utf-8",
    body="""相沢 拓海 様

ひのでレンズ通販をご利用いただき、誠にありがとうございます。
ご注文番号 HL-2608-32877 のキャンセルに伴うご返金手続きが完了いたしました。

ご返金額：4,980円（税込）
お支払い方法：クレジットカード（VISA ****-****-****-4417）
ご返金日：2026年9月2日

カード会社の締め日により、ご利用明細への反映は翌月または翌々月となる場合がございます。

またのご利用をお待ちしております。
ひのでレンズ通販 カスタマーサポート
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="refund notice to one customer on free mail with only the masked last four card digits",
)

add(
    sender="物流管理 原田 <harada.k@hinode-sangyo.co.jp>",
    to=["光陽コンタクト 物流部 岡部様 <okabe@koyo-contact.co.jp>"],
    subject="9/1入荷分 誤納品のご連絡",
    charset="shift_jis",
    body="""光陽コンタクト 岡部様

お世話になっております。原田です。
9月1日入荷分で、発注と異なる商品が混入していました。

発注番号：PO-2026-08790
送り状番号：4419-2287-6631
誤納品：KC-1D-S-0425（JAN 4589012345678）12箱
正：KC-1D-S-0450（JAN 4589012345685）12箱
ロット：KL260812B

引取りと正品の再送をお願いいたします。引取伝票は同梱でお願いします。

原田 健吾
日の出産業株式会社 物流管理
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="order number, tracking number, JAN codes and lot: long digit strings that are not personal data",
)

_t = corp_number("010401092837")
add(
    sender="経理課 高杉 <takasugi.m@hinode-sangyo.co.jp>",
    to=["北国フーズ 総務部 厚生担当 <kosei@kitaguni-foods.co.jp>"],
    subject="出張眼科検診（8月実施分）ご請求書",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
総務部 厚生ご担当者様

いつもお世話になっております。日の出産業 経理課の高杉です。
8月に実施いたしました出張眼科検診のご請求書をお送りします。

　請求番号：INV-2026-0918
　件名：従業員眼科検診（本社・埼玉工場）
　受診者数：214名 × 3,300円
　ご請求金額：776,940円（税込）
　お振込期日：2026年9月30日
　お振込先：みどり銀行 新宿支店 普通 3318027 ヒノデサンギヨウ（カ
　登録番号：T{_t}

ご不明な点がございましたらご連絡ください。

高杉 美穂
日の出産業株式会社 経理課
TEL 03-5363-2420
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="invoice with the company's T-number and company bank account: business data, no people",
)

add(
    sender="購買担当 西尾 <nishio.a@hinode-sangyo.co.jp>",
    to=["めがねの光堂 仕入担当 <shiire@hikarido-megane.co.jp>"],
    subject="卸価格表（2026年10月改定）",
    charset="shift_jis",
    body="""めがねの光堂
仕入ご担当者様

いつもお世話になっております。日の出産業の西尾です。
10月1日出荷分からの卸価格表をお送りします。乱視用ワンデーを値下げしております。

西尾
""",
    attachments=[{"kind": "pdf", "name": "卸価格表_202610.pdf", "title": "卸価格表",
                  "lines": ["ひのでオリジナルレンズ 卸価格表（2026年10月1日改定）", "日の出産業株式会社 眼科・コンタクトレンズ事業部", ""],
                  "table": [["品番", "品名", "入数", "卸単価(税抜)"],
                            ["HL-1D-S30", "ひのでワンデー 球面", "30枚", "1,050円"],
                            ["HL-1D-T30", "ひのでワンデー 乱視用", "30枚", "1,480円"],
                            ["HL-1D-M30", "ひのでワンデー 遠近両用", "30枚", "1,850円"],
                            ["HL-2W-06", "ひので2ウィーク", "6枚", "890円"],
                            ["HL-SOL-360", "ひのでMPS 360ml", "1本", "520円"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a wholesale price list PDF to a retail partner",
)

add(
    sender="情報システム課 吉岡 <yoshioka.d@hinode-sangyo.co.jp>",
    to=["Qライン予約 サポート <support@qlinereserve.jp>"],
    subject="Re: 二重受付の件（お問い合わせ番号 QR-58214）",
    charset="iso-2022-jp",
    body="""Qライン予約 サポートセンター
ご担当者様

日の出産業 情報システム課の吉岡です。
「該当の受付データをCSVでお送りください」とのことですが、患者様の情報は機密性が高いため、
当社規程によりメールでお送りすることはできません。
御社のリモート保守で、当社の端末を直接ご確認いただく形でお願いできますでしょうか。

接続可能な時間帯：平日 18:30以降、土曜 13:00以降

吉岡 大地
日の出産業株式会社 情報システム課
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the word 機密 used in a sentence (refusing to send data), not a document marking",
)

_p = people(4, "p26", (24, 50))
add(
    sender="ひので眼科 健診担当 松浦 <matsuura.r@hinode-sangyo.co.jp>",
    to=["北国フーズ 総務部 厚生担当 <kosei@kitaguni-foods.co.jp>"],
    subject="10/8 出張検診 当日スタッフのご連絡",
    charset="utf-8",
    body=f"""北国フーズ株式会社
総務部 厚生ご担当者様

お世話になっております。ひので眼科 健診担当の松浦です。
10月8日の埼玉工場での出張検診、当日伺うスタッフ4名の一覧を添付します。
入構証の発行をお願いいたします。車両は1台（品川 300 さ 12-34）です。
{sig_clinic("松浦 涼子", "Matsuura Ryoko", "matsuura.r", dept="健診担当", ext="2416")}""",
    attachments=[{"kind": "xlsx", "name": "出張検診_当日スタッフ.xlsx",
                  "sheets": {"スタッフ": [["10/8 出張検診 当日スタッフ"], [], ["氏名", "職種", "当日連絡先"]] + [
                      [p["name"], ["眼科医", "視能訓練士", "視能訓練士", "看護師"][i], p["mobile"]] for i, p in enumerate(_p)]}}],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four staff with mobiles in an XLSX to the client partner: four records only, may warn",
)

add(
    sender="ひので眼科 地域連携室 <renkei@hinode-sangyo.co.jp>",
    to=["あさひ内科クリニック <info@asahi-naika.jp>"],
    subject="糖尿病患者様の眼科紹介先一覧（ご依頼の件）",
    charset="shift_jis",
    body="""あさひ内科クリニック
朝比奈先生

いつもお世話になっております。ひので眼科クリニック 地域連携室です。
先生からご依頼のあった、糖尿病網膜症の眼底検査をお願いできる眼科の一覧です。
当院が混み合う場合は、下記の連携医療機関もご案内ください。

医療機関名                   所在地                         電話            土曜診療
---------------------------------------------------------------------------------------
ひので眼科クリニック 新宿本院 新宿区新宿3-17-9             03-5363-2400    ○
ひので眼科クリニック 吉祥寺分院 武蔵野市吉祥寺本町1-11-5   0422-21-6600    ○
中野みずき眼科                中野区中野2-14-6              03-5342-8871    午前のみ
高円寺アイクリニック          杉並区高円寺南4-27-3          03-3318-5506    ×
東都医科大学病院 眼科         文京区本郷7-2-11              03-3815-7100    ×（紹介状要）

地域連携室
ひので眼科クリニック
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of clinics and hospitals (businesses), not people",
)

add(
    sender="Nishio Akiko <nishio.a@hinode-sangyo.co.jp>",
    to=["Sales Admin <sales.admin@clearview-optics.com.sg>"],
    subject="Shipment CV-SG-26-0944: customs documents",
    charset="utf-8",
    body=f"""Dear Sales Admin team,

Thank you for the shipment notice. Our customs broker asks for the following documents
for shipment CV-SG-26-0944 (AWB 618-40273315), arriving at Narita on 9 September:

 - Commercial invoice with HS codes (9001.30)
 - Packing list by lot number
 - Certificate of origin

Please send them by Friday so the lenses can be cleared before the weekend.

Kind regards,
Akiko Nishio
Purchasing, Eye Care & Contact Lens Division
Hinode Sangyo Co., Ltd.
Tel: +81-3-5363-2440 | nishio.a@hinode-sangyo.co.jp
{DISCLAIMER_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English logistics mail with an AWB number, signature and the standard English disclaimer",
)

_p = people(9, "p29", (20, 60))
add(
    sender="EC運営課 木下 <kinoshita.y@hinode-sangyo.co.jp>",
    to=["マーケティング課 長谷部 <hasebe.r@hinode-sangyo.co.jp>"],
    cc=["ec-unei@mail.hinode-sangyo.co.jp"],
    subject="FW: レビュー投稿キャンペーン当選者",
    charset="iso-2022-jp",
    body="""長谷部さん

木下です。レビューキャンペーンの当選者、社内で確定したので転送します。
インタビュー記事のお声がけはマーケ課からお願いします。

-------- Forwarded Message --------
件名: レビュー投稿キャンペーン当選者
差出人: EC運営課 佐藤

""" + "\n".join(f"{i + 1}. {p['name']}  {p['email']}  {p['mobile']}" for i, p in enumerate(_p)) + "\n\n佐藤\n",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="forwarded list of 9 customers, but all recipients are internal",
)

_p = people(1, "p30", (55, 75))[0]
add(
    sender="ひので眼科 院長 久保田 <kubota.s@hinode-sangyo.co.jp>",
    to=["東都医科大学 眼科 緑内障外来 <glaucoma-clinic@toto-med.ac.jp>"],
    subject="RE: ご紹介患者様の手術のご報告",
    charset="iso-2022-jp",
    body=f"""東都医科大学病院 眼科
真田先生

ご丁寧なご報告をありがとうございました。
術後の管理につきまして、承知いたしました。
3か月後以降は当院で経過を拝見いたします。今後ともよろしくお願い申し上げます。

ひので眼科クリニック 久保田

差出人: 東都医科大学病院 眼科 真田 <glaucoma-clinic@toto-med.ac.jp>
送信日時: 2026年8月31日 9:47
宛先: 久保田 <kubota.s@hinode-sangyo.co.jp>
件名: ご紹介患者様の手術のご報告

ひので眼科クリニック
久保田先生

先日ご紹介いただきました{_p['name']}様（{wareki(_p['dob'])}生）について、ご報告申し上げます。
8月24日に右眼 線維柱帯切除術を施行し、術後眼圧は10mmHg前後で安定しております。
術後3か月までは当院で経過を見させていただき、その後は貴院でのフォローをお願いいたします。

東都医科大学病院 眼科 真田
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the patient's surgery report is only in the Outlook-style quote (差出人/送信日時) of the hospital's own mail",
)

add(
    sender="ひので眼科 地域連携室 <renkei@hinode-sangyo.co.jp>",
    to=["めがねの光堂 ロービジョン相談室 <lowvision@hikarido-megane.co.jp>"],
    subject="ご紹介窓口の変更について",
    charset="utf-8",
    body="""めがねの光堂
ロービジョン相談室 ご担当者様

いつもお世話になっております。ひので眼科クリニック 地域連携室です。
10月より、ロービジョンのご紹介に関する窓口を下記に変更いたします。

　視能訓練士　乙部 佳奈（おとべ かな）
　直通 03-5363-2418　／ otobe.k@hinode-sangyo.co.jp
　対応時間：平日 9:00〜17:00

引き続きよろしくお願いいたします。

ひので眼科クリニック 地域連携室
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="one staff member's business contact details given to a partner",
)

add(
    sender="ひので眼科 健診担当 松浦 <matsuura.r@hinode-sangyo.co.jp>",
    to=["北国フーズ 総務部 厚生担当 <kosei@kitaguni-foods.co.jp>"],
    subject="2027年度 出張眼科検診メニューのご案内",
    charset="utf-8",
    html="""<html><body>
<p>北国フーズ株式会社<br>総務部 厚生ご担当者様</p>
<p>いつもお世話になっております。ひので眼科クリニック 健診担当の松浦です。<br>
2027年度の出張眼科検診メニューと料金をご案内いたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>コース</th><th>内容</th><th>料金（1名・税込）</th></tr>
<tr><td>ベーシック</td><td>視力・眼圧</td><td>2,200円</td></tr>
<tr><td>スタンダード</td><td>視力・眼圧・眼底写真</td><td>3,300円</td></tr>
<tr><td>40歳以上向け</td><td>スタンダード＋OCT（緑内障スクリーニング）</td><td>5,500円</td></tr>
<tr><td>VDT作業者向け</td><td>スタンダード＋ドライアイ検査</td><td>4,400円</td></tr>
</table>
<p>50名以上で出張費は無料です。ご検討のほどよろしくお願いいたします。</p>
<p>--<br>ひので眼科クリニック 健診担当 松浦 涼子<br>TEL 03-5363-2416</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only mail with a price table of check-up courses: no people",
)

add(
    sender="マーケティング課 長谷部 <hasebe.r@hinode-sangyo.co.jp>",
    to=["ツバサシステム 杉浦様 <sugiura@tsubasa-system.jp>"],
    cc=["錦印刷 浅野様 <asano@nishiki-insatsu.co.jp>"],
    subject="9/16 新診察券打合せ 議事録",
    charset="shift_jis",
    body="""杉浦様、浅野様

先日はありがとうございました。長谷部です。
打合せの議事録を添付いたします。修正点があれば今週中にお知らせください。

長谷部
""",
    attachments=[{"kind": "docx", "name": "議事録_新診察券_0916.docx",
                  "paragraphs": ["新診察券（QRコード付き）打合せ 議事録", "日時：2026年9月16日 15:00〜16:10　場所：新宿本院4F会議室",
                                 "出席者：ツバサシステム 杉浦様、錦印刷 浅野様、日の出産業 長谷部・吉岡・田辺",
                                 "決定事項：QRには診察券番号のみを格納し、氏名・生年月日は載せない。",
                                 "宿題：錦印刷様 PET素材の見積（9/25）、ツバサシステム様 読取りテスト環境（10/2）"]}],
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="minutes naming attendees without other data, sent to two partner organisations",
)

_p = people(2, "p34", (30, 70))
add(
    sender="EC運営課 木下 <kinoshita.y@hinode-sangyo.co.jp>",
    to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    subject="住所不備による持ち戻り2件の再配達依頼",
    charset="shift_jis",
    body=f"""青葉運輸 お客様センター 御中

ひのでレンズ通販の木下です。
住所不備で持ち戻りになっていた2件、お客様に正しい住所を確認しました。再配達をお願いします。

送り状 5521-0931-4476
　{_p[0]['name']} 様　〒{_p[0]['zip']} {_p[0]['addr']}　{_p[0]['mobile']}
送り状 5521-0931-4483
　{_p[1]['name']} 様　〒{_p[1]['zip']} {_p[1]['addr']}　{_p[1]['tel']}

どちらも夜間（19-21時）指定でお願いします。
{sig_ec("木下 由佳", "kinoshita.y")}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two customers' corrected delivery addresses to the carrier partner: below five, may warn",
)

add(
    sender="人事総務課 採用担当 <saiyo@hinode-sangyo.co.jp>",
    to=["ジョブメディカ 掲載審査 <keisai@job-medica.jp>"],
    subject="求人原稿（視能訓練士・CL販売スタッフ）入稿",
    charset="iso-2022-jp",
    body="""ジョブメディカ 掲載審査ご担当者様

日の出産業 採用担当です。10月掲載分の求人原稿をお送りします。

【職種】視能訓練士（正職員）
【勤務地】ひので眼科クリニック 新宿本院（東京都新宿区新宿3-17-9）
　　　　　ひので眼科クリニック 吉祥寺分院（東京都武蔵野市吉祥寺本町1-11-5）
【給与】月給26万〜34万円（経験による）
【休日】4週8休、夏季・年末年始

【職種】コンタクトレンズ販売スタッフ（パート）
【勤務地】ひのでコンタクト 立川店・横浜西口店・船橋店
【時給】1,250円〜

応募受付：saiyo@hinode-sangyo.co.jp / TEL 03-5363-2403（採用担当）

よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="job ad with workplace addresses and the recruiting contact: business information only",
)

add(
    sender="EC運営課 佐藤 <r.sato@hinode-sangyo.co.jp>",
    to=["モールワン 出店サポート <shop-support@mall-one.jp>"],
    subject="新商品の商品登録データ（画像・価格）",
    charset="utf-8",
    body="""モールワン 出店サポート ご担当者様

ひのでレンズ通販（店舗ID: hinodelens）の佐藤です。
10月発売の新商品3点の商品画像と価格データをZIPでお送りします。登録をお願いいたします。

佐藤
""",
    attachments=[{"kind": "zip", "name": "new_items_202610.zip",
                  "files": [{"kind": "png", "name": "HL-1D-UV30_main.png"},
                            {"kind": "png", "name": "HL-1D-UV30_sub1.png"},
                            {"kind": "png", "name": "HL-1D-BL30_main.png"},
                            {"kind": "csv", "name": "items.csv", "encoding": "utf-8",
                             "rows": [["商品コード", "商品名", "JAN", "販売価格", "ポイント"],
                                      ["HL-1D-UV30", "ひのでワンデーUV 30枚", "4589012346002", "1980", "1%"],
                                      ["HL-1D-BL30", "ひのでワンデー ブルーライトカット 30枚", "4589012346019", "2180", "1%"],
                                      ["HL-1D-UV90", "ひのでワンデーUV 90枚", "4589012346026", "5480", "2%"]]}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="unencrypted ZIP of product images and a product CSV to the marketplace",
)

add(
    sender="ひので眼科 白内障手術説明会 <seminar@hinode-sangyo.co.jp>",
    to=["ひので眼科 白内障手術説明会 <seminar@hinode-sangyo.co.jp>"],
    bcc=["k.ishizuka55@yahoo.co.jp", "fumiko-hayama@nifty.com", "tomo.2741@gmail.com",
         "s-oguri@ezweb.ne.jp", "morimoto.t1949@outlook.jp", "yoshiko_k@icloud.com"],
    subject="【ひので眼科】白内障手術説明会 会場変更のお知らせ",
    charset="iso-2022-jp",
    body="""白内障手術説明会にお申込みの皆様

ひので眼科クリニックです。
9月19日（土）の白内障手術説明会について、参加者数が増えたため会場を変更いたします。

変更前：新宿本院 4F 待合ホール
変更後：さくらホテル新宿 2F「楓の間」（新宿本院から徒歩3分）

時間（14:00〜15:30）に変更はございません。
ご不明な点は 03-5363-2400 までお電話ください。

ひので眼科クリニック
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="announcement to several private persons, all in Bcc (To is the sender's own mailbox): nobody sees the others",
)

add(
    sender="EC運営課 佐藤 <r.sato@hinode-sangyo.co.jp>",
    to=["リサーチアイ 分析チーム 宮下様 <miyashita@research-i.co.jp>"],
    subject="顧客満足度アンケート 集計表",
    charset="shift_jis",
    body="""宮下様

お世話になっております。EC運営課の佐藤です。
アンケートの単純集計です。クロス集計のご提案をお待ちしております。

回答数：1,286件（回収率 18.4%）

Q1 総合満足度　　　非常に満足 31% / 満足 46% / ふつう 17% / 不満 5% / 非常に不満 1%
Q2 購入理由（複数）価格 68% / 定期便が便利 44% / 度数が揃っている 39% / ポイント 22%
Q3 年代　　　　　　10代 6% / 20代 29% / 30代 27% / 40代 21% / 50代以上 17%
Q4 装用タイプ　　　1日使い捨て 72% / 2週間 21% / 1か月 5% / ハード 2%

自由記述は個人が特定できる内容を削除してから別途お送りします。

佐藤
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="survey results as percentages only: statistics without people",
)

add(
    sender="ひのでコンタクト 船橋店 <funabashi@hinode-sangyo.co.jp>",
    to=["青葉運輸 船橋営業所 <funabashi@aoba-unyu.co.jp>"],
    subject="店舗間移動の荷物 4個口の追跡について",
    charset="iso-2022-jp",
    body="""青葉運輸 船橋営業所 御中

ひのでコンタクト船橋店です。
昨日、横浜西口店から発送した店舗間移動の荷物4個口がまだ届いていません。
追跡番号は下記のとおりです。状況をご確認いただけますでしょうか。

　5521-0928-1102
　5521-0928-1119
　5521-0928-1126
　5521-0928-1133

中身はレンズの在庫（約120箱）です。

船橋店
TEL 047-422-9016
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="four tracking numbers between shops: digit strings, no personal data",
)

add(
    sender="ひので眼科 医局秘書 内田 <uchida.m@hinode-sangyo.co.jp>",
    to=["Dr. 谷中 <shingo.yanaka.md@gmail.com>"],
    subject="10月の外来担当表（非常勤の先生方へ）",
    charset="shift_jis",
    body="""谷中先生

いつもお世話になっております。ひので眼科クリニック 医局秘書の内田です。
10月の外来担当表が確定しましたのでお知らせいたします。

谷中先生のご担当：10/2（金）、10/9（金）、10/16（金）、10/23（金）、10/30（金）いずれも午後
10/16は硝子体注射の予約を多めに入れております。

ご都合が悪い日がございましたら、早めにお知らせくださいますと助かります。

内田 真理
ひので眼科クリニック 医局秘書
TEL 03-5363-2404
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="schedule to one part-time doctor on a personal free-mail address",
)

add(
    sender="情報システム課 吉岡 <yoshioka.d@hinode-sangyo.co.jp>",
    to=["日本情報審査機構 審査部 <shinsa@jisa-cert.or.jp>"],
    subject="ISMS維持審査の事前資料について",
    charset="utf-8",
    body="""日本情報審査機構
審査部 ご担当審査員様

お世話になっております。日の出産業 情報システム課の吉岡です。
10月の維持審査に向けて、事前にご確認いただく資料の一覧をお送りします。

1. 情報セキュリティ基本方針（改定版）
2. 文書分類規程（「社外秘」「部外秘」の区分と表示ルールを今年度追加）
3. 患者情報の持出し申請フロー
4. 前回審査の指摘事項への対応状況

資料そのものは審査当日に閲覧いただく形とさせてください。

吉岡 大地
日の出産業株式会社 情報システム課
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions 社外秘/部外秘 as names of classification levels, not a marking on this mail",
)

# ---------------------------------------------------------------------------------------
# ids: a fixed shuffle so that labels are not grouped by section
# ---------------------------------------------------------------------------------------

_order = list(range(len(_M)))
random.Random("eyeclinic-order").shuffle(_order)
MESSAGES: list[dict] = []
for _n, _i in enumerate(_order, 1):
    MESSAGES.append({"id": f"eyeclinic-{_n:03d}", **_M[_i]})
