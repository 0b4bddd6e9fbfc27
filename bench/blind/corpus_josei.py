"""Blind corpus, area: josei — 女性の健康支援・両立支援.

Mail of 日の出産業's 人事部 (ダイバーシティ推進課・労務・給与厚生), 健康管理室 (保健師・看護師・
産業医) and 総務部 福利厚生課 as they run programmes for female employees: pregnancy
reports (妊娠報告) and 母性健康管理指導事項連絡カード, maternity health management,
menopause (更年期) and fertility (不妊治療) support, childcare-leave return interviews
(育休復帰面談), and the outside clinics, health-check institutions, 健保組合, 社労士,
nurseries and benefit providers they work with.

Every person, number and address below is invented.  My Numbers come from
``my_number(SEED + k)`` and card numbers from ``card_number(SEED + k)`` with k distinct
(one counter, ``_K``).  The other people are drawn from invented name/address pools with
a fixed random generator, and each message lays them out its own way.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from build import card_number, my_number

SEED = 49601

# -- numbers from the helpers (k distinct across the whole file) --------------------------
_K = iter(range(1, 500))


def _mn() -> str:
    return my_number(SEED + next(_K))


def _cc() -> str:
    return card_number(SEED + next(_K))


def _mn_sp(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _cc_sp(n: str, sep: str = "-") -> str:
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def _corp(base12: str) -> str:
    """A 13-digit 法人番号 with its check digit in front."""
    s = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), start=1))
    return f"{9 - s % 9}{base12}"


# -- invented people ----------------------------------------------------------------------
_SEI = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("渡辺", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山田", "やまだ", "Yamada"),
    ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"),
    ("清水", "しみず", "Shimizu"), ("林", "はやし", "Hayashi"), ("斎藤", "さいとう", "Saito"),
    ("森", "もり", "Mori"), ("池田", "いけだ", "Ikeda"), ("橋本", "はしもと", "Hashimoto"),
    ("石川", "いしかわ", "Ishikawa"), ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"),
    ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"), ("長谷川", "はせがわ", "Hasegawa"),
    ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"), ("坂本", "さかもと", "Sakamoto"),
    ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"), ("西村", "にしむら", "Nishimura"),
    ("福田", "ふくだ", "Fukuda"), ("太田", "おおた", "Ota"), ("三浦", "みうら", "Miura"),
    ("藤井", "ふじい", "Fujii"), ("岡本", "おかもと", "Okamoto"), ("松田", "まつだ", "Matsuda"),
    ("中川", "なかがわ", "Nakagawa"), ("原田", "はらだ", "Harada"), ("小野", "おの", "Ono"),
    ("竹内", "たけうち", "Takeuchi"), ("金子", "かねこ", "Kaneko"), ("和田", "わだ", "Wada"),
    ("中野", "なかの", "Nakano"), ("石井", "いしい", "Ishii"), ("上田", "うえだ", "Ueda"),
    ("森田", "もりた", "Morita"), ("柴田", "しばた", "Shibata"), ("酒井", "さかい", "Sakai"),
    ("工藤", "くどう", "Kudo"), ("横山", "よこやま", "Yokoyama"), ("宮崎", "みやざき", "Miyazaki"),
    ("内田", "うちだ", "Uchida"), ("高木", "たかぎ", "Takagi"), ("安藤", "あんどう", "Ando"),
    ("谷口", "たにぐち", "Taniguchi"), ("丸山", "まるやま", "Maruyama"), ("今井", "いまい", "Imai"),
    ("河野", "こうの", "Kono"), ("藤原", "ふじわら", "Fujiwara"), ("野口", "のぐち", "Noguchi"),
    ("四十物", "あいもの", "Aimono"), ("東海林", "しょうじ", "Shoji"), ("百目鬼", "どうめき", "Domeki"),
    ("小鳥遊", "たかなし", "Takanashi"), ("五百旗頭", "いおきべ", "Iokibe"),
    ("勅使河原", "てしがわら", "Teshigawara"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("月見里", "やまなし", "Yamanashi"), ("九十九", "つくも", "Tsukumo"), ("鬼頭", "きとう", "Kito"),
    ("帯刀", "たてわき", "Tatewaki"), ("忽那", "くつな", "Kutsuna"), ("御手洗", "みたらい", "Mitarai"),
    ("鰐淵", "わにぶち", "Wanibuchi"), ("栗花落", "つゆり", "Tsuyuri"), ("十河", "そごう", "Sogo"),
    ("我妻", "わがつま", "Wagatsuma"), ("甲斐", "かい", "Kai"), ("雲母", "きら", "Kira"),
    ("一尺八寸", "かまつか", "Kamatsuka"), ("左右田", "そうだ", "Soda"), ("目黒", "めぐろ", "Meguro"),
]
_MEI_F = [
    ("美咲", "みさき", "Misaki"), ("陽子", "ようこ", "Yoko"), ("由美", "ゆみ", "Yumi"),
    ("彩", "あや", "Aya"), ("奈々", "なな", "Nana"), ("香織", "かおり", "Kaori"),
    ("沙織", "さおり", "Saori"), ("麻衣", "まい", "Mai"), ("真由子", "まゆこ", "Mayuko"),
    ("恵", "めぐみ", "Megumi"), ("愛", "あい", "Ai"), ("智美", "ともみ", "Tomomi"),
    ("裕子", "ゆうこ", "Yuko"), ("久美子", "くみこ", "Kumiko"), ("理恵", "りえ", "Rie"),
    ("千尋", "ちひろ", "Chihiro"), ("優花", "ゆうか", "Yuka"), ("瞳", "ひとみ", "Hitomi"),
    ("亜希子", "あきこ", "Akiko"), ("早紀", "さき", "Saki"), ("明日香", "あすか", "Asuka"),
    ("葵", "あおい", "Aoi"), ("遥", "はるか", "Haruka"), ("直子", "なおこ", "Naoko"),
    ("典子", "のりこ", "Noriko"), ("真紀", "まき", "Maki"), ("綾乃", "あやの", "Ayano"),
    ("佳奈", "かな", "Kana"), ("美穂", "みほ", "Miho"), ("絵美", "えみ", "Emi"),
    ("弥生", "やよい", "Yayoi"), ("朋子", "ともこ", "Tomoko"), ("里美", "さとみ", "Satomi"),
    ("貴子", "たかこ", "Takako"), ("千夏", "ちなつ", "Chinatsu"), ("史織", "しおり", "Shiori"),
    ("芽衣", "めい", "Mei"), ("小百合", "さゆり", "Sayuri"), ("志保", "しほ", "Shiho"),
    ("晴美", "はるみ", "Harumi"), ("萌", "もえ", "Moe"), ("さくら", "さくら", "Sakura"),
    ("ひかり", "ひかり", "Hikari"), ("真理子", "まりこ", "Mariko"), ("加奈子", "かなこ", "Kanako"),
]
_MEI_M = [
    ("翔太", "しょうた", "Shota"), ("大輔", "だいすけ", "Daisuke"), ("健太", "けんた", "Kenta"),
    ("拓也", "たくや", "Takuya"), ("直樹", "なおき", "Naoki"), ("亮", "りょう", "Ryo"),
    ("雄一", "ゆういち", "Yuichi"), ("和也", "かずや", "Kazuya"), ("隆之", "たかゆき", "Takayuki"),
    ("悠真", "ゆうま", "Yuma"), ("慎吾", "しんご", "Shingo"), ("航", "わたる", "Wataru"),
]
_KIDS = [("陽菜", "ひな"), ("結衣", "ゆい"), ("蓮", "れん"), ("湊", "みなと"), ("芽依", "めい"),
         ("悠人", "はると"), ("紬", "つむぎ"), ("碧", "あお"), ("凛", "りん"), ("大和", "やまと"),
         ("結翔", "ゆいと"), ("杏", "あん"), ("颯", "はやて"), ("澪", "みお"), ("朝陽", "あさひ")]
_PLACES = [
    ("154-0015", "東京都", "世田谷区", "桜新町"), ("166-0004", "東京都", "杉並区", "阿佐谷南"),
    ("135-0061", "東京都", "江東区", "豊洲"), ("177-0041", "東京都", "練馬区", "石神井町"),
    ("144-0052", "東京都", "大田区", "蒲田"), ("140-0011", "東京都", "品川区", "東大井"),
    ("175-0094", "東京都", "板橋区", "成増"), ("183-0022", "東京都", "府中市", "宮西町"),
    ("194-0013", "東京都", "町田市", "原町田"), ("223-0061", "神奈川県", "横浜市港北区", "日吉"),
    ("211-0063", "神奈川県", "川崎市中原区", "小杉町"), ("252-0303", "神奈川県", "相模原市南区", "相模大野"),
    ("251-0037", "神奈川県", "藤沢市", "鵠沼海岸"), ("330-0063", "埼玉県", "さいたま市浦和区", "高砂"),
    ("332-0017", "埼玉県", "川口市", "栄町"), ("359-0021", "埼玉県", "所沢市", "東所沢"),
    ("273-0005", "千葉県", "船橋市", "本町"), ("272-0021", "千葉県", "市川市", "八幡"),
    ("277-0871", "千葉県", "柏市", "若柴"), ("530-0041", "大阪府", "大阪市北区", "天神橋"),
    ("564-0063", "大阪府", "吹田市", "江坂町"), ("663-8152", "兵庫県", "西宮市", "甲子園町"),
    ("464-0850", "愛知県", "名古屋市千種区", "今池"), ("810-0041", "福岡県", "福岡市中央区", "大名"),
]
_BLDG = ["パークハイツ桜", "メゾン若葉", "グランレジデンス", "コーポ青柳", "サンライズ城南",
         "ライオンズ第二", "フォレストコート", "エクセル壱番館", "ハイム緑ヶ丘", "シティテラス"]
_DEPTS = ["営業第一部", "営業第二部", "経理部", "情報システム部", "物流管理部", "品質保証部",
          "総務部", "開発部", "購買部", "大阪支社 営業課", "名古屋営業所", "生産管理部",
          "カスタマーサポート部", "経営企画部", "法務部"]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
_BANKS = [("みどり銀行", ["本店営業部", "新宿支店", "川崎支店", "浦和支店", "船橋支店"]),
          ("東都銀行", ["渋谷支店", "蒲田支店", "町田支店", "武蔵小杉支店"]),
          ("横浜中央銀行", ["日吉支店", "藤沢支店", "相模大野支店"]),
          ("関東しらさぎ信用金庫", ["本店", "柏支店", "市川支店"]),
          ("なにわ中央銀行", ["梅田支店", "江坂支店"])]


def _people(tag: str, n: int, male: int = 0, born: tuple[int, int] = (1978, 1999)) -> list[dict]:
    """n invented people (the last `male` of them men), the same for the same tag."""
    rng = random.Random(f"{SEED}-{tag}")
    out: list[dict] = []
    seen: set[str] = set()
    while len(out) < n:
        is_m = len(out) >= n - male
        sei = rng.choice(_SEI)
        mei = rng.choice(_MEI_M if is_m else _MEI_F)
        if sei[0] in seen:
            continue
        seen.add(sei[0])
        dob = date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
        zp, pref, city, town = rng.choice(_PLACES)
        street = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        bldg = (f" {rng.choice(_BLDG)} {rng.randint(1, 9)}0{rng.randint(1, 9)}号室"
                if rng.random() < 0.55 else "")
        bank, branches = rng.choice(_BANKS)
        kid = rng.choice(_KIDS)
        kid_dob = date(2025, rng.randint(1, 9), rng.randint(1, 28))
        out.append({
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name_nsp": sei[0] + mei[0],
            "kana": f"{sei[1]} {mei[1]}",
            "katakana": "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c
                                for c in f"{sei[1]} {mei[1]}"),
            "romaji": f"{mei[2]} {sei[2]}", "ROMAJI": f"{sei[2].upper()} {mei[2].upper()}",
            "male": is_m, "dob": dob, "age": 2025 - dob.year - (1 if (dob.month, dob.day) > (10, 1) else 0),
            "mobile": f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "zip": zp, "pref": pref, "city": city,
            "addr": f"{pref}{city}{town}{street}{bldg}",
            "email": f"{mei[2].lower()}.{sei[2].lower()}{rng.randint(10, 99)}@{rng.choice(_FREEMAIL)}",
            "work_email": f"{sei[2].lower()}.{mei[2].lower()}@hinode-sangyo.co.jp",
            "empno": f"{rng.choice([1, 2])}{rng.randint(10, 24):02d}{rng.randint(100, 999)}",
            "dept": rng.choice(_DEPTS),
            "bank": f"{bank} {rng.choice(branches)} 普通 {rng.randint(1000000, 9999999)}",
            "hi": (f"{rng.randint(1000, 9999)}", f"{rng.randint(1, 2999)}"),
            "pension": f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}",
            "kid": kid[0], "kid_kana": kid[1], "kid_dob": kid_dob,
            "due": date(2026, rng.randint(1, 8), rng.randint(1, 28)),
            "ext": f"{rng.randint(2, 7)}{rng.randint(100, 999)}",
        })
    return out


_ZEN = str.maketrans("0123456789-.()/:ABCDEFGHIJKLMNOPQRSTUVWXYZ ",
                     "０１２３４５６７８９－．（）／：ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ　")


def _z(s: str) -> str:
    """Full-width digits, letters and separators."""
    return s.translate(_ZEN)


def _wa(d: date, style: str = "kanji") -> str:
    """和暦: kanji 昭和58年4月2日 / abbr S58.4.2 / zen Ｈ２．１１．３."""
    if d >= date(2019, 5, 1):
        era, y, ab = "令和", d.year - 2018, "R"
    elif d >= date(1989, 1, 8):
        era, y, ab = "平成", d.year - 1988, "H"
    else:
        era, y, ab = "昭和", d.year - 1925, "S"
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "abbr":
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == "zen":
        return _z(f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日")
    return _z(f"{ab}{y}.{d.month}.{d.day}")


def _ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def _jd(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _pad(s: str, width: int, full: bool = False) -> str:
    """Pad to a display width (East Asian wide characters count 2)."""
    w = sum(2 if ord(c) > 0xFF else 1 for c in s)
    gap = max(width - w, 0)
    return s + ("　" * (gap // 2) + " " * (gap % 2) if full else " " * gap)


# -- senders and their signatures ---------------------------------------------------------
MINASE = "水無瀬 綾 <minase.aya@hinode-sangyo.co.jp>"
ODAGIRI = "小田切 健吾 <odagiri.kengo@hinode-sangyo.co.jp>"
KUBODERA = "久保寺 真由美 <kubodera.mayumi@hinode-sangyo.co.jp>"
HASUMI = "蓮見 さやか <hasumi.sayaka@hinode-sangyo.co.jp>"
USAMI = "宇佐美 玲奈 <usami.rena@hinode-sangyo.co.jp>"
TAKAMURA = "高村 翔太 <takamura.shota@hinode-sangyo.co.jp>"
IMAIZUMI = "今泉 孝 <imaizumi.takashi@hinode-sangyo.co.jp>"
IWAKI = "岩城 大輔 <iwaki.daisuke@hinode-sangyo.co.jp>"
SAKAKIBARA = "榊原 修 <sakakibara.osamu@hinode-sangyo.co.jp>"
NAGUMO = "南雲 茜 <nagumo.akane@osaka.hinode-sangyo.co.jp>"
FUJIGAYA = "藤ヶ谷 瞳 <fujigaya.hitomi@hinode-sangyo.co.jp>"
KIRA = "吉良 智子 <kira.tomoko@hinode-sangyo.co.jp>"

_ADDR_HQ = "〒105-0014 東京都港区芝二丁目14番5号 日の出ビル"

SIG_MINASE = f"""
――――――――――――――――――――――――
日の出産業株式会社 人事部 ダイバーシティ推進課
課長 水無瀬 綾（みなせ あや）
{_ADDR_HQ}7F
TEL 03-5439-7712（直通） 内線 2714
Mail minase.aya@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_ODAGIRI = f"""
--
日の出産業株式会社
人事部 労務グループ  小田切 健吾
{_ADDR_HQ}7F
TEL: 03-5439-7720 / FAX: 03-5439-7799
odagiri.kengo@hinode-sangyo.co.jp"""

SIG_KUBODERA = f"""
********************************************
 日の出産業株式会社 健康管理室
 保健師 久保寺 真由美
 {_ADDR_HQ}2F
 TEL 03-5439-7650（健康管理室） 内線 2650
********************************************"""

SIG_HASUMI = """
───────────────
日の出産業（株） 健康管理室
看護師 蓮見 さやか
TEL 03-5439-7651 ／ 内線 2651
───────────────"""

SIG_USAMI = f"""
=====================================
日の出産業株式会社 総務部 福利厚生課
宇佐美 玲奈 (Usami Rena)
{_ADDR_HQ}6F
TEL 03-5439-7630 FAX 03-5439-7639
E-mail: usami.rena@hinode-sangyo.co.jp
====================================="""

SIG_TAKAMURA = """
----------------------------------
日の出産業株式会社
人事部 給与厚生グループ
高村 翔太
TEL 03-5439-7724（直通）
----------------------------------"""

SIG_IMAIZUMI = """
日の出産業株式会社 健康管理室
産業医 今泉 孝
TEL 03-5439-7655"""

SIG_IWAKI = """
------------------------------------------------------
日の出産業株式会社 営業第二部 第一課
岩城 大輔 / Daisuke Iwaki
〒105-0014 東京都港区芝2-14-5 日の出ビル4F
TEL 03-5439-7310  携帯 080-4471-2096
------------------------------------------------------"""

SIG_NAGUMO = """
日の出産業株式会社 大阪支社 総務課
南雲 茜
〒530-0001 大阪府大阪市北区梅田3-6-20 梅田スクエア11F
TEL 06-6341-2207"""

SIG_FUJIGAYA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 人事部 採用グループ
藤ヶ谷 瞳
TEL 03-5439-7705
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_EN_MINASE = """
Aya Minase
Manager, Diversity & Inclusion, Human Resources
Hinode Sangyo Co., Ltd.
2-14-5 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel +81-3-5439-7712"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを破棄してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001 出産育児一時金 直接支払 — 出産予定者一覧 CSV (CP932) to the 健保組合
_p = _people("001", 6)
_hosp = ["あおぞらレディースクリニック", "港南総合病院", "ひなた産婦人科医院", "川崎中央病院",
         "みなと台マタニティクリニック", "浦和つばめ産院"]
MESSAGES.append({
    "id": "josei-001",
    "sender": TAKAMURA,
    "to": ["関東機械工業健康保険組合 給付課 <kyufu@kanto-kikai-kenpo.or.jp>"],
    "subject": "出産育児一時金（直接支払制度）利用予定者一覧の送付について（11月分）",
    "charset": "iso-2022-jp",
    "body": f"""関東機械工業健康保険組合
給付課 ご担当者様

いつも大変お世話になっております。
日の出産業 人事部 給与厚生グループの高村でございます。

11月に事業所経由でお届け予定の、出産育児一時金 直接支払制度の利用予定者一覧を
お送りいたします。
添付のCSVに、被保険者証の記号・番号、出産予定日、分娩予定の医療機関を
記載しております。

医療機関側の合意文書は各人から原本で回収済みです。
不足等ございましたらご指摘ください。

よろしくお願いいたします。
{SIG_TAKAMURA}
""",
    "attachments": [{
        "kind": "csv", "name": "出産予定者一覧_202511.csv", "encoding": "cp932",
        "rows": [["社員番号", "氏名", "フリガナ", "生年月日", "被保険者証記号", "被保険者証番号",
                  "出産予定日", "分娩予定医療機関"]]
        + [[p["empno"], p["name"], p["katakana"], _ymd(p["dob"]), p["hi"][0], p["hi"][1],
            _ymd(p["due"]), _hosp[i]] for i, p in enumerate(_p)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "6名の出産予定者リスト（生年月日・保険証記号番号）を外部の健保組合へ: 名簿かつ保険証番号",
})

# ---------------------------------------------------------------------------------------
# 002 更年期オンライン相談 利用登録 — XLSX (title row, two sheets) to the femtech provider
_p = _people("002", 7, born=(1968, 1982))
_sym = ["ホットフラッシュ・発汗、夜間の中途覚醒", "月経不順、気分の落ち込み",
        "婦人科でホルモン補充療法（HRT）中。副作用の相談希望", "頭痛・めまい、動悸",
        "不眠。心療内科で睡眠導入剤を処方されている", "関節痛・肩こり、イライラ",
        "子宮筋腫の経過観察中。過多月経による貧血"]
MESSAGES.append({
    "id": "josei-002",
    "sender": KUBODERA,
    "to": ["フェムケアリンク株式会社 法人窓口 <corporate@femcarelink.co.jp>"],
    "cc": ["水無瀬 綾 <minase.aya@hinode-sangyo.co.jp>"],
    "subject": "【日の出産業】更年期オンライン相談 第1期 利用登録者のご連絡",
    "charset": "utf-8",
    "body": f"""フェムケアリンク株式会社
法人窓口 ご担当者様

お世話になっております。日の出産業 健康管理室の久保寺です。

先日ご案内いただいた「更年期オンライン相談」第1期の社内募集を締め切りましたので、
利用登録者の一覧をお送りします。
申込時に本人が記入した相談希望内容もそのまま転記していますので、
初回の相談員割り当ての参考にしてください。

アカウント発行のご案内は、登録者本人のメールアドレス宛に直接お送りいただいて
差し支えありません（本人同意済み）。

以上、よろしくお願いいたします。
{SIG_KUBODERA}
""",
    "attachments": [{
        "kind": "xlsx", "name": "更年期相談_利用登録_第1期.xlsx",
        "sheets": {
            "登録者": [["フェムケアリンク 法人利用登録申請書（日の出産業株式会社）"], [],
                       ["No", "氏名", "メールアドレス", "携帯電話", "生年月日", "相談希望内容"]]
            + [[i + 1, p["name"], p["email"], p["mobile"], _ymd(p["dob"], "-"), _sym[i]]
               for i, p in enumerate(_p)],
            "記入要領": [["項目", "説明"], ["メールアドレス", "アカウント発行通知の送付先"],
                         ["相談希望内容", "自由記述。初回相談員の割り当てに使用"]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "7名の登録者名簿（連絡先・生年月日）に症状・治療内容（要配慮）を付けて外部事業者へ",
})

# ---------------------------------------------------------------------------------------
# 003 不妊治療費補助 申請者 — padded columns (full-width spaces) in the body, CP932
_p = _people("003", 5)
_tr = ["体外受精（採卵1回）", "顕微授精・凍結胚移植", "人工授精（3回目）", "体外受精（移植2回）",
       "タイミング法→人工授精"]
_cl = ["新橋ARTクリニック", "浦和レディース不妊センター", "みなと台クリニック", "川崎生殖医療センター",
       "船橋ウィメンズクリニック"]
_rows = "\n".join(
    _pad(p["empno"], 10) + _pad(p["name_nsp"], 14, True) + _pad(_tr[i], 26, True)
    + _pad(_cl[i], 28, True) + p["bank"] for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-003",
    "sender": USAMI,
    "to": ["コウノトリ・ベネフィット 精算センター <seisan@kounotori-benefit.jp>"],
    "subject": "不妊治療費補助（10月受付分）申請者一覧",
    "charset": "cp932",
    "body": f"""株式会社コウノトリ・ベネフィット
精算センター 御中

いつもお世話になっております。
日の出産業 総務部 福利厚生課の宇佐美です。

10月受付分の不妊治療費補助の申請者一覧です。領収書の写しは別途郵送いたします。
補助金は各人の給与振込口座へのお振込みでお願いします。

{_pad("社員番号", 10)}{_pad("氏名", 14, True)}{_pad("治療内容", 26, True)}{_pad("医療機関", 28, True)}振込先
{"-" * 100}
{_rows}

合計 5件です。よろしくお願いいたします。
{SIG_USAMI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "不妊治療の内容（要配慮）と口座を含む5名の一覧を本文で外部の福利厚生代行へ",
})

# ---------------------------------------------------------------------------------------
# 004 企業主導型保育所 入園申込 — tab-separated, pasted from Excel
_p = _people("004", 6, male=1)
_tsv = "\n".join("\t".join([p["name"], p["empno"], f"{p['sei']} {p['kid']}", _ymd(p["kid_dob"]),
                            p["addr"], p["mobile"]]) for p in _p)
MESSAGES.append({
    "id": "josei-004",
    "sender": MINASE,
    "to": ["キッズフィールド 入園受付 <nyuen@kidsfield.co.jp>"],
    "subject": "2026年4月入園 申込者リスト（日の出産業 従業員枠）",
    "charset": "utf-8",
    "body": f"""キッズフィールド株式会社
入園受付ご担当 様

お世話になっております。日の出産業の水無瀬です。
来年4月に育休から復帰予定の従業員のうち、芝浦園の従業員枠を希望している者の
一覧をお送りします（Excelから貼り付けていますので、列がずれていたらすみません）。

保護者氏名\t社員番号\tお子さま氏名\tお子さま生年月日\t住所\t携帯電話
{_tsv}

面談日程のご連絡は、各保護者の携帯へ直接お願いできればと思います。
{SIG_MINASE}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6家族分の氏名・子の生年月日・住所・携帯のタブ区切り名簿を外部の保育事業者へ",
})

# ---------------------------------------------------------------------------------------
# 005 育児休業給付金 初回申請 — HTML-only table with My Numbers, to the 社労士
_p = _people("005", 5, male=2)
_tr = "".join(
    f"<tr><td>{p['name']}</td><td>{_wa(p['dob'])}</td><td>{_mn_sp(_mn())}</td>"
    f"<td>{p['empno']}</td><td>{_jd(p['kid_dob'] + timedelta(days=57))}</td>"
    f"<td>{p['bank']}</td></tr>" for p in _p)
MESSAGES.append({
    "id": "josei-005",
    "sender": ODAGIRI,
    "to": ["森岡社会保険労務士事務所 森岡先生 <morioka@morioka-sr.jp>"],
    "cc": ["森岡社会保険労務士事務所 事務局 <office@morioka-sr.jp>"],
    "subject": "育児休業給付金 初回申請（5名分）の手続きご依頼",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>森岡社会保険労務士事務所<br>森岡 先生</p>
<p>いつもお世話になっております。日の出産業 人事部の小田切です。</p>
<p>育児休業給付金の初回申請をお願いしたい5名分の情報をお送りします。<br>
ハローワークへの申請にマイナンバーの記載が必要とのことでしたので、個人番号も併記しています。</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde7f3"><th>氏名</th><th>生年月日</th><th>個人番号</th><th>社員番号</th>
<th>育休開始日</th><th>振込先口座</th></tr>
{_tr}
</table>
<p>賃金台帳の写しは明日、共有フォルダにアップロードいたします。<br>
お手数ですが、よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 労務グループ 小田切 健吾<br>TEL: 03-5439-7720</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "5名分のマイナンバー・生年月日・口座をHTML表で外部社労士へ（マイナンバーと名簿）",
})

# ---------------------------------------------------------------------------------------
# 006 妊娠報告の受付状況 — internal only, list with symptoms
_p = _people("006", 6)
_st = ["つわり強く、時差出勤中", "切迫流産で1週間自宅安静の指示あり（母健カード提出済）",
       "特記なし", "妊娠糖尿病の疑いで再検査予定", "貧血あり。立ち作業の軽減を上長に依頼済",
       "特記なし（母健カード未提出）"]
_lst = "\n".join(f"・{p['name']}（{p['dept']}） 予定日 {p['due'].month}/{p['due'].day}  {_st[i]}"
                 for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-006",
    "sender": KUBODERA,
    "to": ["水無瀬 綾 <minase.aya@hinode-sangyo.co.jp>"],
    "cc": ["今泉 孝 <imaizumi.takashi@hinode-sangyo.co.jp>"],
    "subject": "妊娠報告 受付状況（10月末時点）",
    "charset": "iso-2022-jp",
    "body": f"""水無瀬課長

お疲れさまです。久保寺です。
10月末時点で健康管理室が把握している妊娠中の従業員と、配慮事項の一覧です。

{_lst}

切迫流産の件は今泉先生にも共有済みです。
母健カード未提出の方には私から個別に声をかけます。

久保寺
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "宛先がすべて社内（人事・産業医）。健康情報入りの一覧だが社外に出ない",
})

# ---------------------------------------------------------------------------------------
# 007 婦人科健診 受診予約者 — DOCX table to the clinic, with last year's findings
_p = _people("007", 6, born=(1972, 1992))
_fd = ["子宮筋腫（経過観察）", "異常なし", "子宮頸部細胞診 ASC-US 要再検", "卵巣のう腫 術後",
       "乳腺症（経過観察）", "異常なし"]
MESSAGES.append({
    "id": "josei-007",
    "sender": HASUMI,
    "to": ["あおぞらレディースクリニック 健診予約係 <kenshin@aozora-ladies.jp>"],
    "subject": "婦人科健診 11/18 受診予約者のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""あおぞらレディースクリニック
健診予約係 御中

お世話になっております。日の出産業 健康管理室の蓮見です。
11月18日（火）の婦人科健診の受診予約者を添付のとおりお知らせいたします。
昨年度の所見も記載しておりますので、問診の際にご参照ください。

当日の連絡先は各人の携帯電話です。
{SIG_HASUMI}
""",
    "attachments": [{
        "kind": "docx", "name": "婦人科健診_受診予約者_1118.docx",
        "title": "婦人科健診 受診予約者一覧",
        "paragraphs": ["婦人科健診 受診予約者一覧", "実施日：2025年11月18日（火） 9:00～12:00",
                       "日の出産業株式会社 健康管理室"],
        "tables": [[["受付時刻", "氏名", "生年月日", "携帯電話", "前年度所見"]]
                   + [[f"{9 + i // 2}:{'00' if i % 2 == 0 else '30'}", p["name"],
                       _wa(p["dob"], "abbr"), p["mobile"], _fd[i]] for i, p in enumerate(_p)]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "6名の受診者名簿（生年月日・携帯）に前年度の健診所見（要配慮）付きDOCXを外部クリニックへ",
})

# ---------------------------------------------------------------------------------------
# 008 レディース検診オプションの見積依頼 — no people, standard disclaimer
MESSAGES.append({
    "id": "josei-008",
    "sender": HASUMI,
    "to": ["健診プラザ港南 営業課 <eigyo@kenshin-konan.or.jp>"],
    "subject": "来年度 レディース検診オプションのお見積りのお願い",
    "charset": "cp932",
    "body": f"""健診プラザ港南
営業課 ご担当者様

いつもお世話になっております。
日の出産業 健康管理室の蓮見でございます。

来年度の定期健康診断にあわせ、女性従業員向けのオプション検査を拡充する方向で
検討しております。つきましては、以下の項目について1名あたりの単価と、
会社負担で一括契約した場合の条件をお見積りいただけますでしょうか。

　1. 乳がん検診（マンモグラフィ／乳腺エコー）
　2. 子宮頸がん検診（細胞診、HPV併用）
　3. 骨密度検査
　4. 甲状腺機能（TSH・FT4）

想定人数は約180名（本社・川崎工場合計）です。
12月中旬までにご回答いただけますと幸いです。

何卒よろしくお願いいたします。
{SIG_HASUMI}
{DISC_JA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "健診オプションの見積依頼。個人情報なし、末尾は定型の免責文のみ",
})

# ---------------------------------------------------------------------------------------
# 009 乳がん・子宮頸がん検診 受診者名簿 — PDF table with 保険証の記号・番号
_p = _people("009", 8, born=(1970, 1995))
MESSAGES.append({
    "id": "josei-009",
    "sender": HASUMI,
    "to": ["健診プラザ港南 受付センター <uketsuke@kenshin-konan.or.jp>"],
    "subject": "がん検診（乳・子宮頸）受診者名簿 送付",
    "charset": "iso-2022-jp",
    "body": f"""健診プラザ港南 受付センター
ご担当者様

お世話になっております。日の出産業 健康管理室 蓮見です。
12月2日実施分の乳がん・子宮頸がん検診の受診者名簿をPDFでお送りします。
健保組合の補助対象のため、被保険者証の記号・番号を記載しています。

ご査収のほどよろしくお願いいたします。
{SIG_HASUMI}
""",
    "attachments": [{
        "kind": "pdf", "name": "がん検診受診者名簿_1202.pdf", "title": "がん検診 受診者名簿",
        "lines": ["がん検診（乳がん・子宮頸がん） 受診者名簿", "実施日 2025年12月2日  日の出産業株式会社", ""],
        "table": [["No", "氏名", "カナ", "生年月日", "保険証 記号", "番号", "検査"]]
        + [[str(i + 1), p["name"], p["katakana"], _ymd(p["dob"], "."), p["hi"][0], p["hi"][1],
            ["乳・頸", "乳のみ", "頸のみ"][i % 3]] for i, p in enumerate(_p)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "8名の受診者名簿（生年月日・健康保険証の記号番号）PDFを外部健診機関へ",
})

# ---------------------------------------------------------------------------------------
# 010 ベビーシッター割引券 — ZIP of a blank form and the scheme leaflet (no people)
MESSAGES.append({
    "id": "josei-010",
    "sender": USAMI,
    "to": ["ウェルビーサポート 法人営業部 <houjin@wellbe-support.co.jp>"],
    "subject": "Re: ベビーシッター割引券 導入資料のご確認",
    "charset": "utf-8",
    "body": f"""ウェルビーサポート株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業 福利厚生課の宇佐美です。

社内向けに作成した申込書のひな形と、制度説明のリーフレット案をZIPにまとめて
お送りします。貴社の利用規約と食い違う表現がないかご確認いただけますでしょうか。
（申込書は空欄のテンプレートで、記入済みのものは含まれていません）

ご確認のほど、よろしくお願いいたします。
{SIG_USAMI}

> 宇佐美様
> 導入にあたり、御社で配布される資料の表現を事前に確認させていただけますと幸いです。
> ウェルビーサポート 法人営業部 堀之内
""",
    "attachments": [{
        "kind": "zip", "name": "シッター割引券_社内資料.zip",
        "files": [
            {"kind": "docx", "name": "申込書_ひな形.docx",
             "paragraphs": ["ベビーシッター派遣事業割引券 利用申込書", "申込日：　　年　　月　　日"],
             "tables": [[["所属", ""], ["氏名", ""], ["お子さまの年齢", ""], ["利用予定月", ""],
                         ["必要枚数", ""]]]},
            {"kind": "pdf", "name": "制度案内_リーフレット案.pdf",
             "lines": ["ベビーシッター割引券のご案内", "1枚 4,400円分の割引（1日2枚まで）",
                       "対象：未就学児を養育する従業員", "申込：毎月10日までに福利厚生課へ",
                       "お問い合わせ：総務部 福利厚生課 内線2630"]},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "空欄の申込書ひな形と制度案内のZIP（パスワードなし）。個人情報なし",
})

# ---------------------------------------------------------------------------------------
# 011 産前産後休業 申出書一式 — PPAP (password ZIP) to the 社労士
_p = _people("011", 3)
MESSAGES.append({
    "id": "josei-011",
    "sender": ODAGIRI,
    "to": ["森岡社会保険労務士事務所 <office@morioka-sr.jp>"],
    "subject": "産前産後休業取得者申出書 一式（12月提出分）",
    "charset": "iso-2022-jp",
    "body": f"""森岡社会保険労務士事務所
ご担当者様

お世話になっております。日の出産業 人事部 小田切です。

12月に年金事務所へ提出予定の、産前産後休業取得者申出書 一式を
お送りいたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

お手数をおかけしますが、よろしくお願いいたします。
{SIG_ODAGIRI}
""",
    "attachments": [{
        "kind": "zip", "name": "sanzen_sango_202512.zip", "password": "Hn7#kq2025",
        "files": [{"kind": "xlsx", "name": "産前産後休業取得者申出書_12月.xlsx",
                   "sheets": {"申出書": [["氏名", "生年月日", "基礎年金番号", "出産予定日"]]
                              + [[p["name"], _ymd(p["dob"]), p["pension"], _ymd(p["due"])]
                                 for p in _p]}}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "パスワード付きZIP（PPAP）で中身を検査できない。本文に個人情報はない",
})

# ---------------------------------------------------------------------------------------
# 012 入園内定のご連絡 — one family's record to the nursery (may warn, must go)
_p = _people("012", 1)[0]
MESSAGES.append({
    "id": "josei-012",
    "sender": MINASE,
    "to": ["キッズフィールド 芝浦園 園長 <shibaura@kidsfield.co.jp>"],
    "subject": "Re: 4月入園内定者の面談日程について",
    "charset": "iso-2022-jp",
    "body": f"""キッズフィールド 芝浦園
村瀬園長

お世話になっております。日の出産業の水無瀬です。
ご連絡ありがとうございます。内定者の保護者の連絡先をお伝えします。

　保護者：{_p['name']}（{_p['kana']}）
　携帯　：{_p['mobile']}
　お子さま：{_p['kid']}ちゃん（{_jd(_p['kid_dob'])}生まれ）

ご本人には、園から直接お電話がある旨を伝えております。
平日の日中は会議が多いため、17時以降だとつながりやすいとのことです。

引き続きよろしくお願いいたします。
{SIG_MINASE}

----- Original Message -----
From: 村瀬 <shibaura@kidsfield.co.jp>
Sent: Wednesday, November 5, 2025 10:12 AM
Subject: 4月入園内定者の面談日程について

水無瀬様
従業員枠の内定者1名様について、入園前面談の日程を保護者の方と直接調整したく、
ご連絡先を教えていただけますでしょうか。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "保護者1名の携帯と子の生年月日のみ（1件の記録）。警告はありうるが止めるべきでない",
})

# ---------------------------------------------------------------------------------------
# 013 FW: 産業医面談結果 — forwarding the contracted clinic's mail (with list) to the EAP
_p = _people("013", 5, born=(1975, 1996))
_res = ["妊娠28週。妊娠高血圧症候群の診断。残業禁止・通勤緩和を継続",
        "産後10か月で復職。睡眠障害あり、心療内科通院中。短時間勤務を推奨",
        "更年期症状（ほてり・抑うつ）。婦人科でHRT開始。就業制限なし",
        "不妊治療（体外受精）中。通院のため時間単位の休暇を推奨",
        "妊娠14週。重症妊娠悪阻で点滴通院。2週間の休業が相当"]
_blk = "\n".join(f"{i + 1}. {p['name']}（{p['dept']}／{p['age']}歳）\n   {_res[i]}"
                 for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-013",
    "sender": KUBODERA,
    "to": ["こころテラス 相談員 大槻 <otsuki@kokoro-terrace.co.jp>"],
    "subject": "FW: 【みなと台クリニック】10月度 産業医面談結果のご報告",
    "charset": "utf-8",
    "body": f"""大槻様

お世話になっております。日の出産業 健康管理室の久保寺です。
来月からカウンセリングをお願いする方々について、経緯がわかるよう
10月の産業医面談結果をそのまま転送いたします。

どうぞよろしくお願いいたします。
{SIG_KUBODERA}

-----Original Message-----
From: みなと台クリニック 産業保健部 <sangyo@minatodai-clinic.jp>
Sent: Friday, October 31, 2025 6:05 PM
To: kubodera.mayumi@hinode-sangyo.co.jp
Subject: 【みなと台クリニック】10月度 産業医面談結果のご報告

日の出産業株式会社 健康管理室 久保寺様

10月度の面談結果を以下のとおりご報告いたします。

{_blk}

以上
みなと台クリニック 産業保健部
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "転送（FW）は新たな開示。5名の氏名と診断・治療内容（要配慮）を外部EAPへ",
})

# ---------------------------------------------------------------------------------------
# 014 営業担当が取引先へ — one colleague's hospitalisation reason
MESSAGES.append({
    "id": "josei-014",
    "sender": IWAKI,
    "to": ["川崎電機 購買部 松浦様 <matsuura.k@kawasaki-denki.co.jp>"],
    "subject": "担当変更のお知らせ（急ぎ）",
    "charset": "cp932",
    "body": f"""川崎電機株式会社
購買部 松浦様

いつも大変お世話になっております。日の出産業の岩城です。

御社を担当しておりました佐々木 千晶ですが、妊娠30週で切迫早産と診断され、
昨日から港南総合病院に入院しております。医師からは出産まで絶対安静と言われており、
このまま産休に入る見込みです。

急なことで大変ご迷惑をおかけいたしますが、当面は私が窓口を引き継ぎます。
12月納期分の見積もりは今週中にお送りいたします。

今後ともよろしくお願いいたします。
{SIG_IWAKI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "同僚1名の診断（切迫早産・入院）を取引先へ。要配慮個人情報は1名でも止める",
})

# ---------------------------------------------------------------------------------------
# 015 担当者の産休と後任のご紹介 — no health details, business contact only
MESSAGES.append({
    "id": "josei-015",
    "sender": "中川 沙也加 <nakagawa.sayaka@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 総務部 西田様 <nishida@kitaguni-foods.co.jp>"],
    "cc": ["後藤 陽介 <goto.yosuke@hinode-sangyo.co.jp>"],
    "subject": "担当者交代のご挨拶",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社
総務部 西田様

いつもお世話になっております。日の出産業 総務部の中川です。

私事で恐縮ですが、12月19日をもって産前休業に入らせていただくことになりました。
在任中は大変お世話になり、ありがとうございました。

12月以降の社有地の管理・共同備蓄の件は、同じ総務部の後藤が担当いたします。
後藤の連絡先は以下のとおりです（本メールのCCに入れております）。

　日の出産業株式会社 総務部 後藤 陽介
　TEL 03-5439-7628 ／ goto.yosuke@hinode-sangyo.co.jp

来週、後藤とあらためてご挨拶に伺えればと存じます。
引き続きよろしくお願いいたします。

日の出産業株式会社 総務部
中川 沙也加
TEL 03-5439-7627
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "本人が自分の産休と後任（会社の連絡先）を取引先に伝える通常の挨拶。健康情報の詳細なし",
})

# ---------------------------------------------------------------------------------------
# 016 紹介状 — 保健師 refers one employee to an outside gynaecologist (DOCX + body)
_p = _people("016", 1, born=(1972, 1976))[0]
MESSAGES.append({
    "id": "josei-016",
    "sender": KUBODERA,
    "to": ["ひなた産婦人科医院 外来 <gairai@hinata-sanfujinka.jp>"],
    "subject": "受診のご相談（紹介状の送付）",
    "charset": "iso-2022-jp",
    "body": f"""ひなた産婦人科医院
外来ご担当 様

日の出産業 健康管理室の保健師 久保寺と申します。
当社従業員 {_p['name']}（{_wa(_p['dob'])}生、{_p['age']}歳）の受診についてご相談です。

9月頃からほてり・発汗と不眠が続き、最近は抑うつ気分で欠勤が増えております。
既往に甲状腺機能低下症があり、近医で内服治療中です。
産業医の今泉より、更年期障害の可能性も含めて専門医の診察を受けるよう勧めております。

産業医の紹介状を添付いたしますので、初診のご予約が可能な日をお知らせください。
{SIG_KUBODERA}
""",
    "attachments": [{
        "kind": "docx", "name": "紹介状.docx", "title": "診療情報提供書",
        "paragraphs": ["診療情報提供書", "ひなた産婦人科医院 担当医 御侍史",
                       f"患者氏名：{_p['name']}　　生年月日：{_wa(_p['dob'])}（{_p['age']}歳）",
                       "紹介目的：更年期障害の精査・加療のお願い",
                       "既往歴：甲状腺機能低下症（レボチロキシン内服中）",
                       "現病歴：2025年9月頃よりほてり、発汗、入眠困難。10月より抑うつ気分、"
                       "月4日程度の欠勤あり。",
                       "日の出産業株式会社 健康管理室 産業医 今泉 孝"],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "従業員1名の病歴・症状（要配慮）と生年月日を外部医療機関へ。1名でも止める",
})

# ---------------------------------------------------------------------------------------
# 017 異業種女性ネットワーク交流会 — three partner companies visible in To
MESSAGES.append({
    "id": "josei-017",
    "sender": MINASE,
    "to": ["川崎電機 人事部 森下様 <morishita@kawasaki-denki.co.jp>",
           "北国フーズ 人事総務部 小宮様 <komiya@kitaguni-foods.co.jp>",
           "青葉運輸 人財開発課 田淵様 <tabuchi.m@aoba-unyu.co.jp>"],
    "subject": "第3回 異業種女性ネットワーク交流会のご案内",
    "charset": "iso-2022-jp",
    "body": f"""各社ご担当者様

いつもお世話になっております。日の出産業の水無瀬です。

第3回 異業種女性ネットワーク交流会を下記のとおり開催いたします。
各社から5名程度、管理職候補の女性社員のご推薦をお願いできれば幸いです。

　日時：2026年1月23日（金）15:00～18:00（終了後 懇親会）
　会場：日の出ビル 12F 大会議室
　テーマ：「ライフイベントとキャリアの両立 ―先輩管理職との対話―」

ご推薦者のお名前は、12月19日までに私宛にお知らせください。
{SIG_MINASE}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "社外3社の担当者がTo欄で互いに見える（Bccにすべき）。内容は個人情報なし",
})

# ---------------------------------------------------------------------------------------
# 018 育休中の社員（私用アドレス）3名を To に並べた座談会案内
MESSAGES.append({
    "id": "josei-018",
    "sender": "吉良 智子 <kira.tomoko@hinode-sangyo.co.jp>",
    "to": ["hinata.haruka0312@gmail.com", "sa-ori.m@yahoo.co.jp", "kana_tkd@icloud.com"],
    "cc": ["水無瀬 綾 <minase.aya@hinode-sangyo.co.jp>"],
    "subject": "【育休中の方へ】復帰前オンライン座談会のお知らせ",
    "charset": "utf-8",
    "body": """育休中の皆さま

ご無沙汰しております。ダイバーシティ推進課の吉良です。
お子さんとの毎日、いかがお過ごしでしょうか。

春に復帰予定の方を対象に、オンライン座談会を開きます。
先輩ママ・パパ社員3名が、保育園の慣らし保育や時短勤務の実際をお話しします。

　日時：12月11日（木）10:30～11:30（お子さん同伴・途中退出OK）
　方法：Teams（前日にリンクをお送りします）

参加される方は、このメールにご返信ください。

吉良 智子
人事部 ダイバーシティ推進課
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "私用アドレスの個人3名がTo欄で互いに見える（3者）。Bccにすべき",
})

# ---------------------------------------------------------------------------------------
# 019 look-alike of the own domain (letter added) — 母性健康管理の措置一覧
_p = _people("019", 5)
_ms = ["妊娠高血圧（医師指導：通勤緩和・休憩の延長）", "つわり（医師指導：勤務時間の短縮）",
       "切迫流産の既往（医師指導：立ち作業の制限）", "腰痛・むくみ（医師指導：作業の制限）",
       "妊娠貧血（医師指導：休憩の延長）"]
_rows = "\n".join(f"{p['name']}／{p['dept']}／{_ms[i]}" for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-019",
    "sender": KUBODERA,
    "to": ["南雲 茜 <nagumo.akane@hinode-sangyou.co.jp>"],
    "subject": "母性健康管理 措置対象者（大阪支社分）",
    "charset": "iso-2022-jp",
    "body": f"""南雲さん

お疲れさまです。本社健康管理室の久保寺です。
大阪支社で母性健康管理指導事項連絡カードが提出されている方と、
実施中の措置の一覧です。支社側での勤務調整にご活用ください。

{_rows}

不明点があれば内線でお気軽にどうぞ。
{SIG_KUBODERA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "宛先が自社ドメインの類似（hinode-sangyou.co.jp、1文字追加）。5名の医師指導内容（要配慮）",
})

# ---------------------------------------------------------------------------------------
# 020 行動計画（案） — DOCX with 社外秘 in the page header, to the consultant
MESSAGES.append({
    "id": "josei-020",
    "sender": MINASE,
    "to": ["ダイバーシティ・ラボ 戸川様 <togawa@diversity-lab.co.jp>"],
    "subject": "一般事業主行動計画（案）のご確認依頼",
    "charset": "utf-8",
    "body": f"""ダイバーシティ・ラボ
戸川様

お世話になっております。日の出産業の水無瀬です。
次期（2026～2028年度）の女性活躍推進法・次世代法に基づく一般事業主行動計画の
案を作成しましたので、お目通しいただけますでしょうか。

特に、管理職比率の目標値（12%→18%）が現実的かどうか、
ご意見をいただけると助かります。
{SIG_MINASE}
""",
    "attachments": [{
        "kind": "docx", "name": "一般事業主行動計画_案_v3.docx", "page_header": "社外秘",
        "title": "一般事業主行動計画（案）",
        "paragraphs": ["一般事業主行動計画（案）", "計画期間：2026年4月1日～2029年3月31日",
                       "1. 当社の課題", "・女性管理職比率 11.8%（2025年4月）",
                       "・男性の育児休業取得率 46%、平均取得日数 19日",
                       "2. 目標", "・女性管理職比率を18%以上とする",
                       "・男性の育児休業取得率を85%以上、平均取得日数を30日以上とする",
                       "3. 取組内容", "・管理職候補者向け研修（年2回）",
                       "・育休復帰者の面談制度の全社展開"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付DOCXのヘッダーに「社外秘」の区分表示。社外コンサルへ送付",
})

# ---------------------------------------------------------------------------------------
# 021 秘密保持契約の締結について — mail about an NDA, draft attached (no marking)
MESSAGES.append({
    "id": "josei-021",
    "sender": USAMI,
    "to": ["フェムケアリンク株式会社 法務担当 <legal@femcarelink.co.jp>"],
    "subject": "秘密保持契約書（案）の送付",
    "charset": "iso-2022-jp",
    "body": f"""フェムケアリンク株式会社
法務ご担当者様

お世話になっております。日の出産業 総務部 福利厚生課の宇佐美です。

更年期オンライン相談サービスの本契約に先立ち、秘密保持契約（NDA）を
締結させていただきたく、当社ひな形をベースにした案をお送りします。
第5条（個人情報の取扱い）は、相談内容を当社に開示しない旨を追記しております。

修正のご要望があれば、変更履歴付きでお戻しください。
{SIG_USAMI}
""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_案_フェムケアリンク.docx", "title": "秘密保持契約書",
        "paragraphs": [
            "秘密保持契約書",
            "日の出産業株式会社（以下「甲」という。）とフェムケアリンク株式会社（以下「乙」という。）は、"
            "甲の従業員向け健康相談サービスの検討に関し、次のとおり秘密保持契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、開示当事者が相手方に開示した技術上・営業上の情報をいう。",
            "第2条（秘密保持）受領当事者は、秘密情報を第三者に開示してはならない。",
            "第5条（個人情報の取扱い）乙は、相談者の相談内容を本人の同意なく甲に開示しない。",
            "第9条（有効期間）本契約の有効期間は締結日から3年間とする。",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "秘密保持契約（NDA）についてのメールと契約書案。機密区分の表示ではなく、個人情報もない",
})

# ---------------------------------------------------------------------------------------
# 022 出産手当金 — one person's My Number in the body
_p = _people("022", 1)[0]
_n = _mn()
MESSAGES.append({
    "id": "josei-022",
    "sender": TAKAMURA,
    "to": ["森岡社会保険労務士事務所 平野様 <hirano@morioka-sr.jp>"],
    "subject": "出産手当金の申請について（追加情報）",
    "charset": "iso-2022-jp",
    "body": f"""森岡社会保険労務士事務所
平野様

お世話になっております。日の出産業 高村です。
先日ご依頼した出産手当金の件、申請書に記入が必要とのことでしたので
追加でお知らせします。

　被保険者氏名：{_p['name']}
　個人番号　　：{_n}
　出産日　　　：{_jd(_p['kid_dob'])}

本人からマイナンバーカードの写しも回収済みですので、必要でしたら郵送します。
{SIG_TAKAMURA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "マイナンバー（1名分）を本文で外部の社労士へ。マイナンバーは1件でも止める",
})

# ---------------------------------------------------------------------------------------
# 023 セミナー会場費の支払い — corporate card number to the hotel
_c = _cc()
MESSAGES.append({
    "id": "josei-023",
    "sender": FUJIGAYA,
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "1/30 両立支援セミナー 会場費のお支払いについて",
    "charset": "utf-8",
    "body": f"""さくらホテル 宴会予約ご担当 様

いつもお世話になっております。日の出産業 人事部の藤ヶ谷です。
1月30日「仕事と育児・介護の両立支援セミナー」の会場費（お見積り No.SH-25-1184）は、
クレジットカード決済でお願いいたします。

　カード番号：{_cc_sp(_c, ' ')}
　有効期限　：08/28
　名義　　　：HITOMI FUJIGAYA

お手数ですが、決済後に領収書を人事部宛にお送りください。
{SIG_FUJIGAYA}
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "クレジットカード番号（有効期限・名義付き）をメール本文でホテルへ",
})

# ---------------------------------------------------------------------------------------
# 024 在留期間更新 — residence card number of an employee on childcare leave
_n2 = "UH48213957EA"
MESSAGES.append({
    "id": "josei-024",
    "sender": ODAGIRI,
    "to": ["ことのは行政書士事務所 <info@kotonoha-gyosei.jp>"],
    "subject": "在留期間更新申請のご依頼（育児休業中の従業員）",
    "charset": "cp932",
    "body": f"""ことのは行政書士事務所
長尾先生

お世話になっております。日の出産業 人事部の小田切です。
育児休業中の従業員の在留期間更新について、申請取次をお願いしたくご連絡しました。

■対象者
　氏名　　　：グエン・ティ・ラン（NGUYEN THI LAN）
　生年月日　：1994年7月18日
　在留カード番号：{_n2}
　在留期限　：2026年2月14日
　在留資格　：技術・人文知識・国際業務
　育児休業期間：2025年6月2日～2026年5月31日

休業中も雇用契約は継続している旨の証明書は当社で作成いたします。
必要書類のリストをお送りいただけますと助かります。
{SIG_ODAGIRI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "在留カード番号（本人確認書類の番号）を外部の行政書士へ",
})

# ---------------------------------------------------------------------------------------
# 025 三者打合せ — two external organisations in To/Cc
MESSAGES.append({
    "id": "josei-025",
    "sender": "情報システム部 吉川 <yoshikawa.t@hinode-sangyo.co.jp>",
    "to": ["フェムケアリンク 開発部 柳田様 <yanagida@femcarelink.co.jp>"],
    "cc": ["ツバサシステム 導入支援 坂井様 <sakai.r@tsubasa-system.jp>",
           "水無瀬 綾 <minase.aya@hinode-sangyo.co.jp>"],
    "subject": "【三者打合せ】相談予約画面のSSO連携について",
    "charset": "iso-2022-jp",
    "body": """フェムケアリンク 柳田様
ツバサシステム 坂井様

お世話になっております。日の出産業 情報システム部の吉川です。

従業員ポータル（ツバサ人事）から、フェムケアリンク様の相談予約画面へ
シングルサインオンで遷移させる件について、三者で打合せをお願いできればと思います。

　候補日：11/26（水）14:00～15:00、11/27（木）10:00～11:00
　場所　：Teams

論点（案）
　1. SAML連携の可否と、連携する属性（社員番号のみで足りるか）
　2. 相談履歴は当社側に一切連携しない前提の確認
　3. テスト環境の準備スケジュール

ご都合をお知らせください。

日の出産業株式会社 情報システム部
吉川 達也
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "社外2社を含む三者打合せの日程調整。2組織はBcc不要の通常業務",
})

# ---------------------------------------------------------------------------------------
# 026 更年期実態調査 個票 — comma-separated rows without names, to a university
_rng = random.Random(f"{SEED}-026")
_sym2 = ["ほてり;不眠", "頭痛;肩こり", "抑うつ;不安", "動悸;めまい", "月経不順", "関節痛;疲労感"]
_vis = ["婦人科通院中(HRT)", "未受診", "心療内科通院中", "婦人科受診1回", "未受診", "漢方処方"]
_csv = "\n".join(f"{_rng.choice([1, 2])}{_rng.randint(10, 24):02d}{_rng.randint(100, 999)},"
                 f"{_DEPTS[i * 2]},{_rng.randint(44, 56)},{_sym2[i]},{_vis[i]},"
                 f"{_rng.choice(['あり', 'なし'])}" for i in range(6))
MESSAGES.append({
    "id": "josei-026",
    "sender": KUBODERA,
    "to": ["東洋女子大学 看護学部 森川研究室 <morikawa-lab@toyo-joshi.ac.jp>"],
    "subject": "共同研究：更年期症状と就労に関する調査 データ（第1回分）",
    "charset": "utf-8",
    "body": f"""東洋女子大学 看護学部
森川先生

お世話になっております。日の出産業 健康管理室の久保寺です。
共同研究の調査について、回収できた分から先にお送りします。
データ形式がまだ固まっていないので、ひとまずCSV形式で本文に貼り付けます。

社員番号,所属,年齢,主な症状,受診状況,欠勤の有無
{_csv}

残りの回答は今月末までにまとめてお送りします。
{SIG_KUBODERA}
""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名はないが社員番号・所属・年齢で個人を特定できる6行に症状・通院状況（要配慮）",
})

# ---------------------------------------------------------------------------------------
# 027 同じ調査の集計結果 — aggregate only, XLSX
MESSAGES.append({
    "id": "josei-027",
    "sender": KUBODERA,
    "to": ["東洋女子大学 看護学部 森川研究室 <morikawa-lab@toyo-joshi.ac.jp>"],
    "subject": "Re: 共同研究 集計表の送付",
    "charset": "iso-2022-jp",
    "body": f"""森川先生

お世話になっております。久保寺です。
ご指摘を受けて、個人が特定されないよう年代別の集計値のみの形式に改めました。
個票は社内に保管し、外部には出さない運用といたします。

集計表を添付しますのでご確認ください。
{SIG_KUBODERA}

> 久保寺様
> 個人情報保護の観点から、次回以降は集計値でいただければ十分です。
> 森川
""",
    "attachments": [{
        "kind": "xlsx", "name": "更年期調査_年代別集計.xlsx",
        "sheets": {"年代別": [["更年期症状と就労に関する調査（日の出産業）年代別集計"], [],
                              ["年代", "回答数", "症状あり", "受診経験あり", "欠勤経験あり"],
                              ["40-44歳", 38, 17, 5, 3], ["45-49歳", 52, 33, 12, 9],
                              ["50-54歳", 41, 30, 14, 11], ["55歳以上", 19, 11, 6, 2],
                              ["合計", 150, 91, 37, 25]],
                   "症状別": [["症状", "件数"], ["ほてり・発汗", 44], ["不眠", 31], ["肩こり・頭痛", 52],
                              ["気分の落ち込み", 27], ["その他", 15]]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "年代別の集計値のみ（個人を特定できない）。「個人情報」は言及だけ",
})

# ---------------------------------------------------------------------------------------
# 028 出産祝い品の発送依頼 — one record per block, 6 recipients
_p = _people("028", 6, male=1)
_blk = "\n\n".join(
    f"【{i + 1}】{p['name']} 様\n　〒{p['zip']}\n　{p['addr']}\n　TEL {p['mobile']}\n"
    f"　品目：{['A', 'B', 'A', 'C', 'B', 'A'][i]}コース（のし：御出産御祝／日の出産業株式会社）"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-028",
    "sender": USAMI,
    "to": ["ギフトマルシェ 法人ギフト担当 <hojin@giftmarche.co.jp>"],
    "subject": "出産祝い品 発送のご依頼（11月分 6件）",
    "charset": "cp932",
    "body": f"""株式会社ギフトマルシェ
法人ギフトご担当様

いつもお世話になっております。日の出産業 福利厚生課の宇佐美です。
11月分の出産祝い品の発送をお願いいたします。お届け先はご自宅です。

{_blk}

ご請求は通常どおり月末締めでお願いいたします。
{SIG_USAMI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6名の自宅住所・電話を1件ずつブロックで並べた名簿を外部業者へ",
})

# ---------------------------------------------------------------------------------------
# 029 発送完了のご連絡への返信 — order numbers and tracking numbers only
MESSAGES.append({
    "id": "josei-029",
    "sender": USAMI,
    "to": ["ギフトマルシェ 法人ギフト担当 <hojin@giftmarche.co.jp>"],
    "subject": "Re: 【発送完了】ご注文 GM-2511-0347",
    "charset": "utf-8",
    "body": f"""ギフトマルシェ 法人ギフトご担当様

ご連絡ありがとうございます。宇佐美です。
念のため、社内管理用に伝票番号を控えさせていただきました。

　明細1　GM-2511-0347-01　ヤマト 4821-3390-1176
　明細2　GM-2511-0347-02　ヤマト 4821-3390-1187
　明細3　GM-2511-0347-03　佐川 5290-6618-4402
　明細4　GM-2511-0347-04　ヤマト 4821-3390-1198

明細4のみ「お届け日指定：12/6」となっていますが、これはご依頼どおりです。
ありがとうございました。
{SIG_USAMI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "注文番号と配送伝票番号のみ。個人の住所・氏名なし",
})

# ---------------------------------------------------------------------------------------
# 030 look-alike (hyphen for dot) — an internal reply that goes to hinode-sangyo-co.jp
MESSAGES.append({
    "id": "josei-030",
    "sender": MINASE,
    "to": ["南雲 茜 <nagumo.akane@hinode-sangyo-co.jp>"],
    "subject": "Re: 大阪支社の育休復帰面談 日程",
    "charset": "iso-2022-jp",
    "body": """南雲さん

お疲れさまです。水無瀬です。
大阪支社分の復帰面談ですが、12月8日（月）の午後で調整をお願いします。
当日は私がTeamsで入りますので、会議室の予約だけお願いできますか。

よろしくお願いします。
水無瀬

> 水無瀬課長
> 大阪支社の復帰面談、12月第2週でいかがでしょうか。
> 南雲
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "宛先ドメインが自社の類似（hinode-sangyo-co.jp、ドットをハイフンに）。社内向けの返信が外へ",
})

# ---------------------------------------------------------------------------------------
# 031 精密検査の依頼書 — password-protected PDF to the clinic
_p = _people("031", 1, born=(1980, 1985))[0]
MESSAGES.append({
    "id": "josei-031",
    "sender": HASUMI,
    "to": ["あおぞらレディースクリニック 地域連携室 <renkei@aozora-ladies.jp>"],
    "subject": "精密検査のご依頼（依頼書送付）",
    "charset": "utf-8",
    "body": f"""あおぞらレディースクリニック
地域連携室 御中

お世話になっております。日の出産業 健康管理室の蓮見です。
先日の婦人科健診で要精密検査となった従業員1名について、依頼書をお送りします。
PDFにはパスワードを設定しています。パスワードは別途お電話でお伝えします。

よろしくお願いいたします。
{SIG_HASUMI}
""",
    "attachments": [{
        "kind": "pdf", "name": "精密検査依頼書.pdf", "password": "aozora1125",
        "lines": ["精密検査依頼書", f"氏名：{_p['name']}　生年月日：{_ymd(_p['dob'])}",
                  "検査項目：子宮頸部細胞診 HSIL → コルポスコピー・組織診をお願いします"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "パスワード保護されたPDFで中身を検査できない",
})

# ---------------------------------------------------------------------------------------
# 032 産業医の交代に伴う面談記録の引継ぎ — XLSX, 8 rows with findings
_p = _people("032", 8, male=1, born=(1970, 1997))
_kb = ["妊娠中", "産後", "更年期", "不妊治療", "妊娠中", "産後", "更年期", "育児・睡眠"]
_sh = ["妊娠20週、切迫早産の既往あり", "産後うつ（EPDS 14点）、精神科通院中", "ホットフラッシュ・不眠、HRT中",
       "体外受精中。ホルモン注射の副作用で倦怠感", "妊娠悪阻で体重減少", "乳腺炎を反復、授乳中",
       "抑うつ気分、睡眠薬内服", "夜間授乳による睡眠不足、高血圧で内服開始"]
_sc = ["時間外労働禁止", "短時間勤務（6h）", "就業制限なし", "時間単位休暇の活用", "在宅勤務中心",
       "就業制限なし", "深夜業禁止", "時間外月20h以内"]
MESSAGES.append({
    "id": "josei-032",
    "sender": IMAIZUMI,
    "to": ["ひまわり産業医事務所 有馬先生 <arima@himawari-oh.jp>"],
    "cc": ["久保寺 真由美 <kubodera.mayumi@hinode-sangyo.co.jp>"],
    "subject": "嘱託産業医ご交代に伴う面談記録の引継ぎ",
    "charset": "iso-2022-jp",
    "body": f"""ひまわり産業医事務所
有馬 先生

はじめてご連絡いたします。日の出産業 健康管理室の今泉です。
1月から川崎工場の嘱託産業医をお引き受けいただけるとのこと、ありがとうございます。

現在フォロー中の方の面談記録を引継ぎ用にまとめましたので、お送りいたします。
「措置継続中」のシートに、就業上の措置が継続している方を抜き出しています。

ご不明の点は何なりとお尋ねください。
{SIG_IMAIZUMI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "面談記録_引継ぎ_川崎工場.xlsx",
        "sheets": {
            "面談記録": [["川崎工場 フォロー対象者 面談記録（2025年度上期）"],
                         ["社員番号", "氏名", "年齢", "最終面談日", "区分", "所見", "就業上の措置"]]
            + [[p["empno"], p["name"], p["age"], f"2025/{7 + i % 4}/{3 + i * 3}", _kb[i], _sh[i], _sc[i]]
               for i, p in enumerate(_p)],
            "措置継続中": [["社員番号", "氏名", "措置", "次回面談"]]
            + [[p["empno"], p["name"], _sc[i], "2026/1"] for i, p in enumerate(_p)
               if _sc[i] != "就業制限なし"],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "8名の面談記録（診断・通院・措置＝要配慮）を外部の産業医事務所へ",
})

# ---------------------------------------------------------------------------------------
# 033 出産手当金の申請準備 — internal only, XLSX with My Numbers
_p = _people("033", 5)
MESSAGES.append({
    "id": "josei-033",
    "sender": TAKAMURA,
    "to": ["小田切 健吾 <odagiri.kengo@hinode-sangyo.co.jp>"],
    "subject": "出産手当金 12月申請分の準備",
    "charset": "cp932",
    "body": f"""小田切さん

お疲れさまです。高村です。
12月申請分の出産手当金の対象者をまとめました。
個人番号は本人提出の通知カードと照合済みです。
申請書の作成は明日午前に進めます。

高村
""",
    "attachments": [{
        "kind": "xlsx", "name": "出産手当金_12月申請.xlsx",
        "sheets": {"対象者": [["社員番号", "氏名", "生年月日", "個人番号", "出産日", "産前休業開始"]]
                   + [[p["empno"], p["name"], _wa(p["dob"], "abbr"), _mn(), _ymd(p["kid_dob"]),
                       _ymd(p["kid_dob"] - timedelta(days=42))] for p in _p]},
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "宛先は社内のみ。マイナンバー入りの一覧でも社外に出ない",
})

# ---------------------------------------------------------------------------------------
# 034 規程改定案 — 【部外秘】 in the subject and at the top of the body
MESSAGES.append({
    "id": "josei-034",
    "sender": ODAGIRI,
    "to": ["森岡社会保険労務士事務所 森岡先生 <morioka@morioka-sr.jp>"],
    "subject": "【部外秘】育児・介護休業規程 改定案（2026年4月施行分）",
    "charset": "iso-2022-jp",
    "body": f"""【部外秘】

森岡先生

お世話になっております。日の出産業 小田切です。
2026年4月施行分の育児・介護休業規程の改定案をお送りします。
経営会議での承認前の案のため、取扱いにご注意ください。

主な改定点
　1. 子の看護等休暇の対象を小学校3年生修了までに拡大（取得事由に入園式等を追加）
　2. 3歳未満の子を養育する従業員へのテレワーク努力義務の明文化
　3. 育休取得状況の公表（従業員300人超）に関する規定の追加
　4. 当社独自：不妊治療休暇（年5日・有給）の新設

条文ごとにご意見をいただけますと幸いです。
{SIG_ODAGIRI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "件名と本文冒頭に「部外秘」の区分表示。社外の社労士へ",
})

# ---------------------------------------------------------------------------------------
# 035 APAC cohort — four participants' contacts to the programme partner (English)
_p = _people("035", 4, born=(1983, 1992))
_lst = "\n".join(f"  {i + 1}. {p['romaji']} ({p['dept']}) - {p['work_email']} / +81-{p['mobile'][1:]}"
                 for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-035",
    "sender": "Aya Minase <minase.aya@hinode-sangyo.co.jp>",
    "to": ["Grace Tan <grace.tan@lotus-wellness.com>"],
    "subject": "APAC Women in Leadership 2026 - participants from Japan",
    "charset": "utf-8",
    "body": f"""Dear Grace,

Thank you for the kick-off call last week.
Here are the four participants from Hinode Sangyo Japan for the 2026 cohort:

{_lst}

They will all join the opening session in Singapore on 3 March.
Please send the pre-reading materials to them directly.

Best regards,
{SIG_EN_MINASE}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "研修参加者4名の連絡先（4件以下）。警告はありうるが止めない",
})

# ---------------------------------------------------------------------------------------
# 036 fertility benefit design — no people, English disclaimer
MESSAGES.append({
    "id": "josei-036",
    "sender": "Aya Minase <minase.aya@hinode-sangyo.co.jp>",
    "to": ["Daniel Reyes <d.reyes@maplebenefits.com>"],
    "subject": "Fertility benefit for Japan - plan design questions",
    "charset": "utf-8",
    "body": f"""Hi Daniel,

Following up on our call, a few questions on the fertility benefit you proposed
for our Japanese employees:

1. Since April 2022, IVF and ICSI are covered by Japan's public health insurance
   (up to age 43, with a cap on the number of transfers). Could the plan cover the
   out-of-pocket 30% and the advanced treatments that are not covered?
2. Egg freezing for non-medical reasons: is it part of the standard tier?
3. Can employees use the concierge service in Japanese?
4. What reporting would we receive? We only want aggregated utilisation, never
   anything on individual members.

Our budget cycle closes in January, so a revised quote by mid-December would be great.

Thanks,
Aya
{SIG_EN_MINASE}
{DISC_EN}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "制度設計の質問のみで個人情報なし。末尾は定型の英文免責文",
})

# ---------------------------------------------------------------------------------------
# 037 出張手配 — passport number and pregnancy details to the travel agency
_p = _people("037", 1, born=(1988, 1991))[0]
MESSAGES.append({
    "id": "josei-037",
    "sender": "総務部 出張手配 <shuccho@hinode-sangyo.co.jp>",
    "to": ["たびプランナー 法人デスク <corp-desk@tabi-planner.co.jp>"],
    "subject": "シンガポール出張 航空券・保険の手配（1名）",
    "charset": "iso-2022-jp",
    "body": f"""たびプランナー 法人デスク 御中

いつもお世話になっております。日の出産業 総務部の出張手配担当です。
下記1名のシンガポール出張の手配をお願いします。

　氏名（旅券記載）：{_p['ROMAJI']}
　生年月日　　　　：{_ymd(_p['dob'])}
　旅券番号　　　　：TZ4821739
　日程　　　　　　：2026年1月19日～1月22日

本人は出張時点で妊娠24週となります。主治医の渡航許可（診断書）は取得済みですが、
妊娠高血圧の経過観察中のため、通路側の座席と、妊娠中の治療も補償される海外旅行保険の
プランをご提案ください。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "旅券番号（本人確認書類）と妊娠中の病状（要配慮）を外部の旅行会社へ",
})

# ---------------------------------------------------------------------------------------
# 038 産前産後休業 保険料免除 — legacy XLS with 基礎年金番号
_p = _people("038", 5)
MESSAGES.append({
    "id": "josei-038",
    "sender": ODAGIRI,
    "to": ["森岡社会保険労務士事務所 平野様 <hirano@morioka-sr.jp>"],
    "subject": "産前産後休業 保険料免除の対象者（Excel）",
    "charset": "cp932",
    "body": f"""平野様

いつもお世話になっております。日の出産業の小田切です。
産前産後休業期間中の社会保険料免除の申出をお願いしたい5名分を、
旧形式のExcelでお送りします（給与システムから出力したままの形式です）。

お手数ですが、よろしくお願いいたします。
{SIG_ODAGIRI}
""",
    "attachments": [{
        "kind": "xls", "name": "hokenryo_menjo_202512.xls",
        "sheets": {"Sheet1": [["氏名", "生年月日", "基礎年金番号", "産前休業開始日", "出産予定日"]]
                   + [[p["name"], _wa(p["dob"]), p["pension"], _ymd(p["due"] - timedelta(days=42)),
                       _ymd(p["due"])] for p in _p]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "5名の基礎年金番号・生年月日の一覧（XLS）を外部の社労士へ",
})

# ---------------------------------------------------------------------------------------
# 039 社用車の運転者登録 — one person's driver's licence number
_p = _people("039", 1)[0]
MESSAGES.append({
    "id": "josei-039",
    "sender": "総務部 車両管理 <sharyo@hinode-sangyo.co.jp>",
    "to": ["グリーンリース 契約管理課 <keiyaku@green-lease.co.jp>"],
    "subject": "運転者追加登録のお願い（育休復帰者）",
    "charset": "utf-8",
    "body": f"""グリーンリース株式会社
契約管理課 ご担当者様

お世話になっております。日の出産業 総務部 車両管理担当です。
育児休業から復帰した営業担当者1名を、リース車両（品川300 ね 41-07）の
運転者として追加登録したく、ご手配をお願いします。

　氏名　　　　：{_p['name']}
　生年月日　　：{_wa(_p['dob'], 'kanji')}
　運転免許証番号：第 3012 0483 7215 号
　免許の有効期限：2028年{_p['dob'].month}月{_p['dob'].day}日まで

保育園の送迎時間の関係で直行直帰が多くなるため、
任意保険の運転者限定も合わせてご確認ください。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "運転免許証番号（本人確認書類）を外部のリース会社へ",
})

# ---------------------------------------------------------------------------------------
# 040 育休中の社員（私用アドレス1件）との復帰面談日程
MESSAGES.append({
    "id": "josei-040",
    "sender": MINASE,
    "to": ["akiko.tsukuba88@gmail.com"],
    "subject": "復帰前面談の日程について",
    "charset": "iso-2022-jp",
    "body": f"""筑波 亜希子さん

ご無沙汰しています。ダイバーシティ推進課の水無瀬です。
会社のメールが休業中は見られないとのことでしたので、こちらにご連絡します。

4月復帰に向けた面談を、1月中に30分ほどお願いしたいと思っています。
下記から都合のよい枠をお知らせください（オンライン・来社どちらでも可）。

　1/13（火）10:00　／　1/15（木）14:00　／　1/20（火）11:00

お子さん連れでも大丈夫です。
{SIG_MINASE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "私用（フリーメール）宛て1件、日程調整のみ。通常業務",
})

# ---------------------------------------------------------------------------------------
# 041 EAPへの返信 — the new text names one employee and her diagnosis
MESSAGES.append({
    "id": "josei-041",
    "sender": KUBODERA,
    "to": ["こころテラス 相談員 大槻 <otsuki@kokoro-terrace.co.jp>"],
    "subject": "Re: 個別カウンセリングのご依頼について",
    "charset": "iso-2022-jp",
    "body": f"""大槻様

ご返信ありがとうございます。久保寺です。
ご質問の件、対象の方は経理部の 羽生 七海さん（32歳）です。

今年3月に第一子を出産後、7月に復職しましたが、9月に心療内科で産後うつ病と
診断され、現在も通院・服薬中です。主治医からは就労は可能との意見が出ていますが、
本人が職場での人間関係に強い不安を訴えています。

初回は12月上旬でお願いできますでしょうか。
本人の連絡先は、ご本人の同意が取れ次第お伝えします。
{SIG_KUBODERA}

> 久保寺様
>
> お世話になっております。こころテラスの大槻です。
> ご依頼の件、お引き受けできます。
> 差し支えない範囲で、対象の方の状況を教えていただけますでしょうか。
>
> こころテラス株式会社 大槻
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "返信の新しい本文で1名の氏名と診断・通院（要配慮）を外部EAPへ（引用部ではない）",
})

# ---------------------------------------------------------------------------------------
# 042 社労士への返信 — their list is only in the quoted text
_p = _people("042", 5)
_q = "\n".join(f"> {p['name']}　{_wa(p['dob'], 'abbr')}　支給決定額 {180000 + i * 23400:,}円"
               for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-042",
    "sender": ODAGIRI,
    "to": ["森岡社会保険労務士事務所 平野様 <hirano@morioka-sr.jp>"],
    "subject": "Re: 育児休業給付金 支給決定のお知らせ（10月分）",
    "charset": "cp932",
    "body": f"""平野様

ご連絡ありがとうございます。小田切です。
支給決定の内容、確認いたしました。各人への通知は当社から行います。
2回目以降の申請も引き続きよろしくお願いいたします。

小田切

> 日の出産業 小田切様
>
> 10月申請分の育児休業給付金について、以下のとおり支給決定がありました。
>
{_q}
>
> 森岡社会保険労務士事務所 平野
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "5名の一覧は返信の引用部（>）のみで、相手がすでに持っている情報。新しい本文に個人データなし",
})

# ---------------------------------------------------------------------------------------
# 043 look-alike of the partner's domain (letter dropped) — 休業者フラグ一括登録 CSV
_p = _people("043", 7, male=2)
MESSAGES.append({
    "id": "josei-043",
    "sender": "情報システム部 吉川 <yoshikawa.t@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    "subject": "休業者区分の一括登録データ（本番反映依頼）",
    "charset": "utf-8",
    "body": """ツバサシステム サポートご担当者様

お世話になっております。日の出産業 情報システム部の吉川です。
ツバサ人事の「休業区分」を一括で更新したく、取込用CSVをお送りします。
12月1日付での本番反映をお願いいたします。

日の出産業株式会社 情報システム部
吉川 達也
""",
    "attachments": [{
        "kind": "csv", "name": "kyugyo_kubun_20251201.csv", "encoding": "utf-8",
        "rows": [["EMP_NO", "NAME", "NAME_KANA", "KUBUN", "START", "END_PLAN"]]
        + [[p["empno"], p["name"], p["katakana"], "育児休業" if p["male"] or i % 2 else "産前産後休業",
            _ymd(p["kid_dob"] - timedelta(days=40), "-"), _ymd(p["kid_dob"] + timedelta(days=330), "-")]
           for i, p in enumerate(_p)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "宛先がパートナー tsubasa-system.jp の類似（sytem、1文字脱落）。7名の休業情報の一覧も含む",
})

# ---------------------------------------------------------------------------------------
# 044 復職面談スケジュール — text + HTML alternative, with mobiles and conditions
_p = _people("044", 5, male=1)
_cond = ["産後うつで心療内科通院中", "帝王切開後の創部痛、重い物の運搬不可", "不眠（睡眠薬服用）",
         "妊娠糖尿病の既往、血糖フォロー中", "パニック障害の既往、満員電車不可"]
_slot = ["12/2 10:00", "12/2 11:00", "12/3 14:00", "12/4 10:00", "12/4 15:00"]
_txt = "\n".join(f"{_slot[i]}  {p['name']}  {p['mobile']}  {_cond[i]}" for i, p in enumerate(_p))
_html = "".join(f"<tr><td>{_slot[i]}</td><td>{p['name']}</td><td>{p['mobile']}</td><td>{_cond[i]}</td></tr>"
                for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-044",
    "sender": KUBODERA,
    "to": ["こころテラス 予約センター <yoyaku@kokoro-terrace.co.jp>"],
    "subject": "12月 復職面談（カウンセラー同席分）のスケジュール",
    "charset": "utf-8",
    "body": f"""こころテラス 予約センター 御中

お世話になっております。日の出産業 健康管理室の久保寺です。
12月の復職面談のうち、カウンセラーの同席をお願いしたい5件です。

{_txt}

面談前日にカウンセラーの方から本人へ確認のお電話をお願いします。
久保寺
""",
    "html": f"""<html><body>
<p>こころテラス 予約センター 御中</p>
<p>お世話になっております。日の出産業 健康管理室の久保寺です。<br>
12月の復職面談のうち、カウンセラーの同席をお願いしたい5件です。</p>
<table border="1" cellpadding="3"><tr><th>日時</th><th>氏名</th><th>携帯</th><th>状況</th></tr>
{_html}</table>
<p>面談前日にカウンセラーの方から本人へ確認のお電話をお願いします。<br>久保寺</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "5名の氏名・携帯・病状（要配慮）の表をテキスト＋HTMLで外部EAPへ",
})

# ---------------------------------------------------------------------------------------
# 045 更年期外来の受診状況 — HTML-only, internal only, with an HTML attachment
_p = _people("045", 6, born=(1966, 1980))
_h = "".join(f"<tr><td>{p['name']}</td><td>{p['dept']}</td><td>{p['age']}</td>"
             f"<td>{['HRT開始', '漢方（加味逍遙散）', '経過観察', '抗うつ薬併用', 'HRT継続', '骨密度低下で治療'][i]}</td></tr>"
             for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-045",
    "sender": HASUMI,
    "to": ["今泉 孝 <imaizumi.takashi@hinode-sangyo.co.jp>", "久保寺 真由美 <kubodera.mayumi@hinode-sangyo.co.jp>"],
    "subject": "提携更年期外来 受診者の状況（11月）",
    "charset": "utf-8",
    "html": f"""<html><body>
<p>今泉先生、久保寺さん</p>
<p>お疲れさまです。蓮見です。提携外来を受診した方の11月時点の状況です。</p>
<table border="1"><tr><th>氏名</th><th>所属</th><th>年齢</th><th>治療</th></tr>{_h}</table>
<p>同じ表を添付のHTMLファイルにも保存しています（健康管理室フォルダ用）。</p>
</body></html>""",
    "attachments": [{"kind": "html", "name": "konenki_202511.html",
                     "html": f"<html><body><table>{_h}</table></body></html>"}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "社内（健康管理室内）だけの宛先。治療状況の一覧でも社外に出ない",
})

# ---------------------------------------------------------------------------------------
# 046 利用実績ファイル — a corrupt XLSX to the benefit provider
MESSAGES.append({
    "id": "josei-046",
    "sender": USAMI,
    "to": ["ウェルビーサポート 精算課 <seisan@wellbe-support.co.jp>"],
    "subject": "10月分 シッター割引券 利用実績",
    "charset": "cp932",
    "body": f"""ウェルビーサポート 精算課 御中

お世話になっております。日の出産業 福利厚生課 宇佐美です。
10月分の利用実績を添付いたします。ご確認ください。
{SIG_USAMI}
""",
    "attachments": [{"kind": "corrupt", "name": "利用実績_202510.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "添付XLSXが壊れていて中身を検査できない",
})

# ---------------------------------------------------------------------------------------
# 047 見積依頼を2院へ同報 — two external organisations only
MESSAGES.append({
    "id": "josei-047",
    "sender": HASUMI,
    "to": ["あおぞらレディースクリニック 事務長 <jimu@aozora-ladies.jp>",
           "ひなた産婦人科医院 事務局 <jimu@hinata-sanfujinka.jp>"],
    "subject": "社内出張型 婦人科相談会 のお見積り依頼",
    "charset": "iso-2022-jp",
    "body": f"""あおぞらレディースクリニック 事務長様
ひなた産婦人科医院 事務局ご担当者様

突然のご連絡失礼いたします。日の出産業 健康管理室の蓮見です。
来年度、本社にて婦人科医による出張相談会（年4回、各回3時間）を計画しており、
2院にお見積りをお願いしております。

　・実施形式：個別相談（1枠20分）、医師1名・看護師1名
　・対象：女性従業員 約420名（予約制）
　・ご提示いただきたい内容：1回あたりの費用、交通費、予約管理の方法

12月12日（金）までにご回答いただけますと幸いです。
{SIG_HASUMI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "社外2組織への同報（3者未満）。個人情報なし",
})

# ---------------------------------------------------------------------------------------
# 048 託児ルームの利用者 — four families to the hotel (boundary: four records)
_p = _people("048", 4)
_l = "\n".join(f"　{p['name']}様（お子さま {2 + i}歳）　当日連絡先 {p['mobile']}" for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-048",
    "sender": FUJIGAYA,
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "Re: 1/30 セミナー 託児ルームのご利用人数",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 宴会予約ご担当様

お世話になっております。日の出産業の藤ヶ谷です。
託児ルームのご利用者は以下の4名です。保育スタッフの方の手配をお願いします。

{_l}

お迎えが遅れる場合などは、上記の携帯に直接ご連絡ください。
{SIG_FUJIGAYA}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "託児利用者4名の氏名と携帯（4件以下）。警告はありうるが止めない",
})

# ---------------------------------------------------------------------------------------
# 049 ナニー派遣の事前登録 — 「・」 bullets, 8 families, one allergy
_p = _people("049", 8, male=2)
_al = ["", "", "卵アレルギー（エピペン所持）", "", "", "", "", ""]
_b = "\n".join(f"・{p['name']}（{p['kana']}）／{p['mobile']}／{p['kid']}ちゃん {1 + i % 4}歳"
               + (f"／{_al[i]}" if _al[i] else "") for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-049",
    "sender": "吉良 智子 <kira.tomoko@hinode-sangyo.co.jp>",
    "to": ["ナニーステーション 法人受付 <corp@nannystation.jp>"],
    "subject": "社員向けファミリーデー 臨時託児 事前登録",
    "charset": "utf-8",
    "body": f"""ナニーステーション 法人受付ご担当様

お世話になっております。日の出産業 ダイバーシティ推進課の吉良です。
12月13日のファミリーデー（本社）の臨時託児について、事前登録者をお送りします。

{_b}

当日はよろしくお願いいたします。

吉良 智子
日の出産業株式会社 人事部 ダイバーシティ推進課
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "8名の氏名・携帯の「・」箇条書き名簿（子の食物アレルギー＝病歴も1件）を外部業者へ",
})

# ---------------------------------------------------------------------------------------
# 050 benchmark report — PDF stamped CONFIDENTIAL, English
MESSAGES.append({
    "id": "josei-050",
    "sender": "Aya Minase <minase.aya@hinode-sangyo.co.jp>",
    "to": ["Grace Tan <grace.tan@lotus-wellness.com>"],
    "subject": "Women's health benefits - our internal benchmark",
    "charset": "utf-8",
    "body": f"""Hi Grace,

As discussed, attached is our internal benchmark of women's health benefits in Japan.
It compares what we offer today with eight peer companies.
Happy to walk you through it next week.

Best,
Aya
{SIG_EN_MINASE}
""",
    "attachments": [{
        "kind": "pdf", "name": "WomensHealth_Benchmark_FY2025.pdf", "page_header": "CONFIDENTIAL",
        "page_footer": "Hinode Sangyo Co., Ltd. - Confidential - Do not distribute",
        "title": "Women's Health Benefits Benchmark FY2025",
        "lines": ["Women's Health Benefits Benchmark FY2025", "",
                  "1. Menopause support: 3 of 8 peers offer online consultation",
                  "2. Fertility treatment leave: 5 of 8 peers (3-10 days/year)",
                  "3. Subsidy for fertility treatment: average JPY 200,000 / year",
                  "4. Return-to-work interviews: 8 of 8 peers"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付PDFのヘッダー・フッターに CONFIDENTIAL の区分表示。社外へ",
})

# ---------------------------------------------------------------------------------------
# 051 提携クリニック一覧 — a list of businesses (CSV), not people
MESSAGES.append({
    "id": "josei-051",
    "sender": USAMI,
    "to": ["ウェルビーサポート 法人営業部 <houjin@wellbe-support.co.jp>"],
    "subject": "提携医療機関リストの掲載依頼",
    "charset": "iso-2022-jp",
    "body": f"""ウェルビーサポート 法人営業部 御中

お世話になっております。日の出産業 福利厚生課の宇佐美です。
会員サイトの当社専用ページに、当社が独自に提携している婦人科・健診機関の
一覧を掲載していただきたく、CSVでお送りします。

掲載イメージができましたらご共有ください。
{SIG_USAMI}
""",
    "attachments": [{
        "kind": "csv", "name": "teikei_iryokikan.csv", "encoding": "cp932",
        "rows": [["医療機関名", "診療科", "住所", "電話番号", "受付時間", "当社割引"],
                 ["あおぞらレディースクリニック", "婦人科", "東京都港区芝浦3-9-14 芝浦スクエア5F",
                  "03-5765-2210", "9:00-18:00", "初診料無料"],
                 ["ひなた産婦人科医院", "産婦人科", "神奈川県川崎市中原区新丸子町915-3",
                  "044-711-3806", "9:00-17:30", "健診10%引"],
                 ["健診プラザ港南", "健診", "東京都港区港南2-16-1 品川イーストビル3F",
                  "03-6718-4400", "8:30-16:00", "オプション20%引"],
                 ["新橋ARTクリニック", "生殖医療", "東京都港区新橋2-5-8 新橋MTビル7F",
                  "03-3591-0827", "8:30-19:00", "説明会無料"],
                 ["なにわウィメンズクリニック", "婦人科", "大阪府大阪市北区梅田1-2-2 大阪駅前第2ビル6F",
                  "06-6345-7788", "10:00-19:00", "初診料無料"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "医療機関（事業者）の一覧で、個人の記録ではない",
})

# ---------------------------------------------------------------------------------------
# 052 マタハラ相談 — an old internal mail (with a list) attached as .eml, to the law firm
_p = _people("052", 5)
_inner = "\n".join(f"  {p['name']}（{p['dept']}） 提出日 {8 + i}/{10 + i * 3}  指導事項：{x}"
                   for i, (p, x) in enumerate(zip(_p, ["通勤緩和", "休憩の延長（切迫早産の疑い）",
                                                       "作業の制限（妊娠高血圧）", "勤務時間の短縮（つわり）",
                                                       "休業（重症妊娠悪阻）"])))
MESSAGES.append({
    "id": "josei-052",
    "sender": SAKAKIBARA,
    "to": ["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "ご相談：物流管理部における母性健康管理措置の運用について",
    "charset": "iso-2022-jp",
    "body": """白川先生

いつもお世話になっております。日の出産業 人事部長の榊原です。
先日お電話でご相談した件、物流管理部で母健カードに基づく措置が
適切に運用されていなかったのではないか、という内部通報についてです。

経緯がわかるよう、当時健康管理室から各部に回覧されたメールを添付いたします。
来週のお打合せでご意見をいただけますと幸いです。

日の出産業株式会社 人事部長
榊原 修
TEL 03-5439-7700
""",
    "attachments": [{
        "kind": "eml", "name": "母健カード提出状況の回覧.eml",
        "message": {
            "sender": KUBODERA,
            "to": ["物流管理部 部長 <butsuryu-bucho@hinode-sangyo.co.jp>"],
            "subject": "【回覧】母性健康管理指導事項連絡カード 提出状況（上期）",
            "charset": "iso-2022-jp",
            "body": f"""物流管理部 各課長

健康管理室の久保寺です。
上期に母健カードが提出された方と、医師の指導事項は以下のとおりです。
各職場で必ず措置を講じてください。

{_inner}

健康管理室 久保寺
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "添付メール（.eml）の中に5名の母健カードの指導事項（要配慮）。外部の法律事務所へ",
})

# ---------------------------------------------------------------------------------------
# 053 look-alike of the law firm (TLD swap) — one employee's case
MESSAGES.append({
    "id": "josei-053",
    "sender": SAKAKIBARA,
    "to": ["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.com>"],
    "subject": "Re: ご相談：物流管理部の件（相談者の状況）",
    "charset": "cp932",
    "body": """白川先生

ご回答ありがとうございます。榊原です。
ご質問のあった相談者の状況について補足いたします。

相談者は物流管理部の 海老原 紗季（29歳）です。
妊娠12週の時点で切迫流産と診断され、母健カードで「立ち作業の制限」の指導が出ていましたが、
所属課長が措置を講じず、倉庫でのピッキング作業を続けさせていたとのことです。
本人は10月に流産しており、現在は適応障害の診断で休職中です。

ご本人は会社の対応次第では労働局への申立ても考えているとのことです。

榊原
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "宛先がパートナー shirakawa-law.jp の類似（.com）。さらに1名の診断内容（要配慮）",
})

# ---------------------------------------------------------------------------------------
# 054 研修講師の依頼 — to the real law firm, nothing personal
MESSAGES.append({
    "id": "josei-054",
    "sender": FUJIGAYA,
    "to": ["白川法律事務所 秘書室 <hisho@shirakawa-law.jp>"],
    "subject": "管理職向けハラスメント防止研修 講師ご依頼の件",
    "charset": "utf-8",
    "body": f"""白川法律事務所 秘書室 御中

いつもお世話になっております。日の出産業 人事部の藤ヶ谷です。
例年お願いしている管理職向けハラスメント防止研修について、
今年度は妊娠・出産・育児休業等に関するハラスメント（いわゆるマタハラ・パタハラ）を
中心にご講義いただけないか、白川先生にご相談させてください。

　日程候補：2026年2月17日（火）または2月24日（火） 14:00～16:00
　対象：課長職以上 約90名（本社会場＋オンライン）
　謝礼：例年どおり

社内で起きた個別の事案は取り上げず、一般的な裁判例・行政指導例でお願いできればと
考えております。ご検討のほどよろしくお願いいたします。
{SIG_FUJIGAYA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "パートナー法律事務所（正しいドメイン）への研修講師依頼。個人情報なし",
})

# ---------------------------------------------------------------------------------------
# 055 復帰面談シートのまとめ — plain ZIP of a DOCX table and a PDF
_p = _people("055", 6, male=1)
_rows = [["氏名", "所属", "復帰予定日", "勤務形態の希望", "保育園", "携帯", "住所"]] + [
    [p["name"], p["dept"], _ymd(p["kid_dob"] + timedelta(days=300)),
     ["時短6h", "フルタイム", "時短7h", "時短6h＋在宅", "フルタイム（残業なし）", "時短6h"][i],
     ["認可・内定", "認証・申込中", "企業主導型", "認可・待機", "認可・内定", "未定"][i],
     p["mobile"], p["addr"]] for i, p in enumerate(_p)]
MESSAGES.append({
    "id": "josei-055",
    "sender": MINASE,
    "to": ["ダイバーシティ・ラボ キャリア相談チーム <career@diversity-lab.co.jp>"],
    "subject": "1月 復帰面談の対象者資料（6名）",
    "charset": "iso-2022-jp",
    "body": f"""ダイバーシティ・ラボ
キャリア相談チーム ご担当者様

お世話になっております。日の出産業 水無瀬です。
1月にお願いする育休復帰面談（外部キャリアコンサルタントとの面談）の
対象者資料をZIPでお送りします。面談シートのまとめ（Word）と、
社内制度の早見表（PDF）が入っています。

面談のご案内は、各人の携帯へ直接お電話いただいて構いません。
{SIG_MINASE}
""",
    "attachments": [{
        "kind": "zip", "name": "fukki_mendan_202601.zip",
        "files": [
            {"kind": "docx", "name": "面談シート_まとめ.docx", "paragraphs": ["育休復帰面談 対象者一覧（2026年1月）"],
             "tables": [_rows]},
            {"kind": "pdf", "name": "両立支援制度_早見表.pdf",
             "lines": ["両立支援制度 早見表", "短時間勤務：子が小学校3年生修了まで",
                       "子の看護等休暇：年5日（2人以上10日）", "在宅勤務：週3日まで"]},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ZIP内のDOCXに6名の携帯・住所・復帰予定の一覧。外部コンサルへ",
})

# ---------------------------------------------------------------------------------------
# 056 女性管理職候補研修の受講者 — full-width digits and 和暦 dates, UTF-8
_p = _people("056", 6, born=(1982, 1993))
_l = "\n".join(f"{_z(str(i + 1))}．{p['name']}（{p['katakana']}）\n"
               f"　　生年月日：{_wa(p['dob'], 'zen')}　携帯：{_z(p['mobile'])}\n"
               f"　　メール：{p['work_email']}" for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-056",
    "sender": FUJIGAYA,
    "to": ["キャリアブルーム 研修事務局 <jimukyoku@career-bloom.co.jp>"],
    "subject": "次世代女性リーダー研修 受講者名簿の送付",
    "charset": "utf-8",
    "body": f"""株式会社キャリアブルーム
研修事務局 御中

お世話になっております。日の出産業 人事部 採用グループの藤ヶ谷です。
「次世代女性リーダー研修（第５期）」の当社受講者は以下の６名です。
研修保険の加入手続きに生年月日が必要とのことでしたので、併記しております。

{_l}

よろしくお願いいたします。
{SIG_FUJIGAYA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "6名の生年月日（全角和暦）・携帯（全角）・メールの名簿を外部研修会社へ",
})

# ---------------------------------------------------------------------------------------
# 057 大阪支社（社内サブドメイン）への共有 — internal only
_p = _people("057", 5)
_l = "\n".join(f"{p['name']}\t{_ymd(p['due'])}\t{x}" for p, x in
               zip(_p, ["切迫早産で入院歴あり、時差出勤", "つわり（休憩延長）", "妊娠高血圧、残業禁止",
                        "双胎妊娠のため早めの産休を希望", "特になし"]))
MESSAGES.append({
    "id": "josei-057",
    "sender": KUBODERA,
    "to": ["南雲 茜 <nagumo.akane@osaka.hinode-sangyo.co.jp>"],
    "subject": "大阪支社 妊娠中の従業員と措置内容",
    "charset": "cp932",
    "body": f"""南雲さん

お疲れさまです。久保寺です。
大阪支社の妊娠中の方と、母健カードに基づく措置の一覧を共有します。

氏名\t出産予定日\t状況・措置
{_l}

支社の管理職への伝え方は、先日お話しした方針でお願いします。
{SIG_KUBODERA}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "宛先は社内サブドメイン（osaka.hinode-sangyo.co.jp）のみ。社外送信ではない",
})

# ---------------------------------------------------------------------------------------
# 058 卵子凍結プランの申込 — an employee's own card number and medical history, forwarded
_p = _people("058", 1, born=(1988, 1990))[0]
_c = _cc()
MESSAGES.append({
    "id": "josei-058",
    "sender": USAMI,
    "to": ["コウノトリ・ベネフィット 申込受付 <moushikomi@kounotori-benefit.jp>"],
    "subject": "FW: 卵子凍結サポートプラン 申込書",
    "charset": "utf-8",
    "body": f"""コウノトリ・ベネフィット 申込受付 ご担当者様

お世話になっております。日の出産業 福利厚生課の宇佐美です。
従業員から紙で提出された申込書の内容を、下記のとおり転記してお送りします。
自己負担分はご本人のカード払いとのことです。

――――― 申込書の内容 ―――――
申込者氏名　：{_p['name']}（{_p['katakana']}）
生年月日　　：{_ymd(_p['dob'])}
連絡先　　　：{_p['mobile']}
既往歴　　　：卵巣のう腫（2021年 腹腔鏡手術）、子宮内膜症で通院中
お支払い　　：クレジットカード {_cc_sp(_c)}（有効期限 11/27）
――――――――――――――――

ご確認のほどよろしくお願いいたします。
{SIG_USAMI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "CREDIT_CARD", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "クレジットカード番号と既往歴（要配慮）を含む1名分の申込内容を外部事業者へ",
})

# ---------------------------------------------------------------------------------------
# 059 「機密性の高い情報」 in passing — asks the nursery NOT to use mail
MESSAGES.append({
    "id": "josei-059",
    "sender": MINASE,
    "to": ["キッズフィールド 運営本部 <honbu@kidsfield.co.jp>"],
    "subject": "面談記録の共有方法について",
    "charset": "iso-2022-jp",
    "body": f"""キッズフィールド株式会社 運営本部 御中

お世話になっております。日の出産業の水無瀬です。

入園前面談の記録の共有方法についてのご提案、ありがとうございます。
お子さまの発達やご家庭の状況など機密性の高い情報が含まれますので、
メールへの添付ではなく、貴社の保護者ポータル経由でのご共有をお願いできますでしょうか。
当社人事部では個人の面談記録はお預かりしない方針です。

また、来年度の従業員枠は引き続き8名分でお願いいたします。
{SIG_MINASE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "「機密性の高い情報」「個人の面談記録」は言及のみ。個人情報も区分表示もない",
})

# ---------------------------------------------------------------------------------------
# 060 健診結果票 — a corrupt PDF to the new occupational physician
MESSAGES.append({
    "id": "josei-060",
    "sender": HASUMI,
    "to": ["ひまわり産業医事務所 事務 <office@himawari-oh.jp>"],
    "subject": "川崎工場 健診事後措置の資料",
    "charset": "utf-8",
    "body": f"""ひまわり産業医事務所 御中

日の出産業 健康管理室の蓮見です。
有馬先生にご確認いただく健診事後措置の資料（PDF）をお送りします。
開けない場合はお知らせください。
{SIG_HASUMI}
""",
    "attachments": [{"kind": "corrupt", "name": "健診事後措置_川崎工場.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "添付PDFが壊れていて中身を検査できない",
})

# ---------------------------------------------------------------------------------------
# 061 English reply with "On ... wrote:" quote — logistics only
MESSAGES.append({
    "id": "josei-061",
    "sender": "Aya Minase <minase.aya@hinode-sangyo.co.jp>",
    "to": ["Daniel Reyes <d.reyes@maplebenefits.com>"],
    "subject": "Re: Revised quote - Fertility & Family Benefit (Japan)",
    "charset": "utf-8",
    "body": f"""Hi Daniel,

Thanks for the revised quote (ref. MB-JP-2025-0419). The per-member price works for us.
Two small points before I take it to our HR committee on 16 December:

- Please state in the contract that you will only report aggregated data
  (no member names, no treatment details).
- Could the Japanese-language helpline run until 21:00 JST?

I'll come back to you after the committee.

Best regards,
Aya

On Tue, Nov 25, 2025 at 9:14 AM Daniel Reyes <d.reyes@maplebenefits.com> wrote:
> Hi Aya,
> Please find our revised quote attached: USD 38 per member per month for the
> Japan population (approx. 1,900 employees), including the concierge service
> in Japanese and the egg-freezing add-on.
> Best, Daniel
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "見積条件のやり取り（英文）。個人情報なし",
})

# ---------------------------------------------------------------------------------------
# 062 就労支援機関へ — one employee's disability certificate and diagnosis
_p = _people("062", 1, born=(1987, 1990))[0]
MESSAGES.append({
    "id": "josei-062",
    "sender": ODAGIRI,
    "to": ["ひかり就労支援センター ジョブコーチ 三宅様 <miyake@hikari-shuro.or.jp>"],
    "subject": "職場復帰支援（ジョブコーチ支援）のご相談",
    "charset": "cp932",
    "body": f"""ひかり就労支援センター
ジョブコーチ 三宅様

お世話になっております。日の出産業 人事部の小田切です。
先日お電話でご相談した従業員の職場復帰について、概要をお送りします。

　氏名：{_p['name']}（{_p['dept']}）
　障害者手帳：精神障害者保健福祉手帳 2級（双極性障害）
　経緯：2024年に第二子を出産後、症状が悪化し入院。育児休業を経て、
　　　　2026年2月に短時間勤務での復職を予定。

ご本人の希望で、復職後3か月程度、ジョブコーチ支援をお願いしたいと考えております。
一度、ご本人も交えてお打合せの機会をいただけますでしょうか。
{SIG_ODAGIRI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "1名の障害・病名（要配慮）を外部の就労支援機関へ",
})

# ---------------------------------------------------------------------------------------
# 063 webinar invitation — three external organisations in To (English)
MESSAGES.append({
    "id": "josei-063",
    "sender": "Aya Minase <minase.aya@hinode-sangyo.co.jp>",
    "to": ["Grace Tan <grace.tan@lotus-wellness.com>", "Daniel Reyes <d.reyes@maplebenefits.com>",
           "Yanagida Kei <yanagida@femcarelink.co.jp>"],
    "subject": "Invitation: panel on menopause at work (Feb 2026)",
    "charset": "utf-8",
    "body": f"""Dear Grace, Daniel and Yanagida-san,

We would be delighted to have each of you on the panel of our internal webinar
"Menopause at Work: what employers can do" on 26 February 2026, 12:00-13:00 JST.

The session will be in English with Japanese interpretation, for about 300 employees.
Each panellist would speak for about 10 minutes, followed by Q&A.

Could you let me know by 19 December whether you can join?

Kind regards,
{SIG_EN_MINASE}
""",
    "html": f"""<html><body>
<p>Dear Grace, Daniel and Yanagida-san,</p>
<p>We would be delighted to have each of you on the panel of our internal webinar
<b>&quot;Menopause at Work: what employers can do&quot;</b> on 26 February 2026, 12:00-13:00 JST.</p>
<p>The session will be in English with Japanese interpretation, for about 300 employees.
Each panellist would speak for about 10 minutes, followed by Q&amp;A.</p>
<p>Could you let me know by 19 December whether you can join?</p>
<p>Kind regards,<br>Aya Minase<br>Manager, Diversity &amp; Inclusion, Hinode Sangyo Co., Ltd.</p>
</body></html>""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "社外3組織の宛先がTo欄で互いに見える（Bccにすべき）",
})

# ---------------------------------------------------------------------------------------
# 064 社労士の質問への返信 — the new text is a list of five fathers on leave
_p = _people("064", 5, male=5, born=(1985, 1996))
_l = "\n".join(f"{_pad(p['name'], 14)}{_pad(_ymd(p['dob']), 12)}子の出生日 {_ymd(p['kid_dob'])}  "
               f"休業 {_ymd(p['kid_dob'] + timedelta(days=3 + i))}～{_ymd(p['kid_dob'] + timedelta(days=30 + 7 * i))}"
               for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-064",
    "sender": ODAGIRI,
    "to": ["森岡社会保険労務士事務所 平野様 <hirano@morioka-sr.jp>"],
    "subject": "Re: 出生時育児休業給付金の対象者について",
    "charset": "iso-2022-jp",
    "body": f"""平野様

お世話になっております。小田切です。
ご質問の出生時育児休業（産後パパ育休）の取得者は、今年度上期で以下の5名です。

{_pad('氏名', 14)}{_pad('生年月日', 12)}
{"-" * 78}
{_l}

2名は分割取得の予定があるため、2回目の期間が決まり次第お知らせします。

小田切

-----Original Message-----
From: 平野 <hirano@morioka-sr.jp>
Sent: Monday, November 17, 2025 4:40 PM
To: odagiri.kengo@hinode-sangyo.co.jp
Subject: 出生時育児休業給付金の対象者について

小田切様
出生時育児休業給付金の申請準備のため、今年度上期の取得者の
氏名・生年月日・お子さまの出生日・休業期間をお知らせいただけますでしょうか。
平野
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "返信の新しい本文に5名の生年月日・休業期間の一覧（引用部ではない）。外部社労士へ",
})

# ---------------------------------------------------------------------------------------
# 065 社内でのパスワード付きZIPの転送 — internal only
MESSAGES.append({
    "id": "josei-065",
    "sender": ODAGIRI,
    "to": ["高村 翔太 <takamura.shota@hinode-sangyo.co.jp>"],
    "subject": "FW: 産前産後休業取得者申出書 一式（12月提出分）",
    "charset": "iso-2022-jp",
    "body": """高村さん

先ほど社労士事務所に送ったファイルの控えです。
パスワードはいつものルールです（口頭で伝えます）。

小田切

-----Original Message-----
From: 小田切 健吾
To: 森岡社会保険労務士事務所
Subject: 産前産後休業取得者申出書 一式（12月提出分）

12月に年金事務所へ提出予定の、産前産後休業取得者申出書 一式をお送りいたします。
""",
    "attachments": [{
        "kind": "zip", "name": "sanzen_sango_202512.zip", "password": "Hn7#kq2025",
        "files": [{"kind": "txt", "name": "readme.txt", "text": "申出書一式（控え）"}],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "宛先は社内のみ。暗号化ZIPでも社外に出ない",
})

# ---------------------------------------------------------------------------------------
# 066 利用状況の集計 — XLSX with 取扱注意 in the page footer
MESSAGES.append({
    "id": "josei-066",
    "sender": USAMI,
    "to": ["ウェルビーサポート 法人営業部 <houjin@wellbe-support.co.jp>"],
    "subject": "福利厚生メニュー 利用状況（上期）の共有",
    "charset": "utf-8",
    "body": f"""ウェルビーサポート 法人営業部 御中

お世話になっております。宇佐美です。
来期の契約更新の参考として、当社側で集計した上期の利用状況を共有します。
経営会議資料から抜粋したものですので、社内資料の体裁のままになっています。
{SIG_USAMI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "福利厚生_利用状況_上期.xlsx", "page_footer": "取扱注意",
        "page_header": "日の出産業株式会社 総務部 【取扱注意】",
        "sheets": {"サマリー": [["福利厚生メニュー 利用状況（2025年度上期）【取扱注意】"], [],
                                ["メニュー", "利用者数", "利用件数", "会社負担額（円）"],
                                ["ベビーシッター割引券", 37, 212, 932800],
                                ["不妊治療費補助", 9, 14, 1260000],
                                ["更年期オンライン相談", 22, 41, 328000],
                                ["出産祝い品", 31, 31, 465000]],
                   "月別": [["月", "シッター券", "不妊治療補助", "更年期相談"], ["4月", 31, 2, 5],
                            ["5月", 35, 3, 6], ["6月", 38, 1, 7], ["7月", 40, 4, 8],
                            ["8月", 29, 2, 6], ["9月", 39, 2, 9]]},
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付XLSXの表題・ヘッダー・フッターに「取扱注意」の区分表示。社外へ（個人情報はない）",
})

# ---------------------------------------------------------------------------------------
# 067 look-alike (homoglyph 0 for o) — one pregnancy report forwarded to "HQ"
_p = _people("067", 1)[0]
MESSAGES.append({
    "id": "josei-067",
    "sender": NAGUMO,
    "to": ["久保寺 真由美 <kubodera.mayumi@hinode-sangy0.co.jp>"],
    "subject": "大阪支社 妊娠報告（1件）",
    "charset": "iso-2022-jp",
    "body": f"""久保寺さん

お疲れさまです。大阪支社 総務の南雲です。
本日、支社の従業員から妊娠の報告がありましたので共有します。

　氏名：{_p['name']}（{_p['dept']}）
　出産予定日：{_jd(_p['due'])}
　状況：つわりが重く、産婦人科で妊娠悪阻と診断。点滴のため週2回通院中。
　　　　母健カードは来週提出予定。

本人は上司以外にはまだ知られたくないとのことです。
{SIG_NAGUMO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "宛先が自社ドメインの類似（hinode-sangy0、oを0に）。1名の診断・通院（要配慮）",
})

# ---------------------------------------------------------------------------------------
# 068 社内報の取材 — two interviewees' mobiles to the printer/editor
_p = _people("068", 2, male=1)
MESSAGES.append({
    "id": "josei-068",
    "sender": "広報室 本多 <honda.mio@hinode-sangyo.co.jp>",
    "to": ["錦印刷 編集制作部 杉山様 <sugiyama@nishiki-insatsu.co.jp>"],
    "subject": "社内報1月号「両立のリアル」取材対象者のご連絡",
    "charset": "cp932",
    "body": f"""錦印刷 編集制作部
杉山様

いつもお世話になっております。日の出産業 広報室の本多です。
社内報1月号の特集「両立のリアル」の取材対象者が決まりました。

　1）{_p[0]['name']}さん（{_p[0]['dept']}）　育休から復帰して1年、時短勤務中
　　　当日連絡先：{_p[0]['mobile']}
　2）{_p[1]['name']}さん（{_p[1]['dept']}）　男性育休を3か月取得
　　　当日連絡先：{_p[1]['mobile']}

取材は12月9日（火）13時～、本社12F会議室でお願いします。
カメラマンの方の入館手続きは当方で行います。

日の出産業株式会社 広報室
本多 美緒  TEL 03-5439-7150
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "取材対象者2名の氏名と携帯（4件以下）。警告はありうるが止めない",
})

# ---------------------------------------------------------------------------------------
# 069 団体保険の給付請求 — PDF table with diagnoses, five claimants
_p = _people("069", 5, born=(1970, 1992))
_dg = ["子宮筋腫（腹腔鏡下筋腫核出術）", "乳がん（乳房部分切除術）", "帝王切開", "卵巣のう腫（摘出術）",
       "切迫早産（管理入院）"]
MESSAGES.append({
    "id": "josei-069",
    "sender": TAKAMURA,
    "to": ["つくば生命保険 団体保険部 <dantai@tsukuba-life.co.jp>"],
    "subject": "女性疾病保障特約 給付請求（5件）",
    "charset": "iso-2022-jp",
    "body": f"""つくば生命保険株式会社
団体保険部 ご担当者様

お世話になっております。日の出産業 人事部 給与厚生グループの高村です。
団体医療保険（女性疾病保障特約）の給付請求5件分の一覧をお送りします。
診断書の原本は本日付で郵送いたしました。

よろしくお願いいたします。
{SIG_TAKAMURA}
""",
    "attachments": [{
        "kind": "pdf", "name": "給付請求一覧_202511.pdf",
        "lines": ["団体医療保険 女性疾病保障特約 給付請求一覧", "契約者：日の出産業株式会社  証券番号 G-55021-07", ""],
        "table": [["被保険者氏名", "生年月日", "傷病名（手術名）", "入院期間"]]
        + [[p["name"], _wa(p["dob"], "abbr"), _dg[i], f"2025/{6 + i}/{4 + i}～{6 + i}/{10 + 2 * i}"]
           for i, p in enumerate(_p)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "5名の傷病名・入院期間（要配慮）と生年月日のPDFを外部の保険会社へ",
})

# ---------------------------------------------------------------------------------------
# 070 両立支援ハンドブックの入稿 — PDF + logo image, switchboard numbers only
MESSAGES.append({
    "id": "josei-070",
    "sender": "吉良 智子 <kira.tomoko@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "両立支援ハンドブック 2026年版 入稿データ",
    "charset": "utf-8",
    "body": """錦印刷株式会社 営業部 御中

お世話になっております。日の出産業 ダイバーシティ推進課の吉良です。
両立支援ハンドブック2026年版の入稿データをお送りします。
A5・24ページ、1,500部でお願いします。表紙のロゴ画像も添付します。

裏表紙の相談窓口の電話番号は、部署の代表番号ですので修正不要です。

吉良 智子
日の出産業株式会社 人事部 ダイバーシティ推進課
""",
    "attachments": [
        {"kind": "pdf", "name": "ryoritsu_handbook_2026.pdf", "title": "両立支援ハンドブック 2026",
         "lines": ["両立支援ハンドブック 2026", "", "1. 妊娠がわかったら", "　・健康管理室へ報告（任意・秘密厳守）",
                   "　・母性健康管理指導事項連絡カードの活用", "2. 産前産後休業・育児休業",
                   "3. 復帰に向けて：復帰前面談、保育園、短時間勤務", "4. 不妊治療・更年期のサポート",
                   "", "相談窓口", "　人事部 ダイバーシティ推進課 03-5439-7710",
                   "　健康管理室 03-5439-7650", "　社外相談窓口（こころテラス） 0120-556-118"]},
        {"kind": "png", "name": "hinode_logo.png"},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "制度説明の冊子と部署代表番号のみ。個人情報なし",
})

# ---------------------------------------------------------------------------------------
# 071 離職分析 — 「機密区分：極秘」 header on the mail itself
MESSAGES.append({
    "id": "josei-071",
    "sender": SAKAKIBARA,
    "to": ["ダイバーシティ・ラボ 代表 戸川様 <togawa@diversity-lab.co.jp>"],
    "subject": "女性社員の離職要因分析（経営会議報告用）",
    "charset": "iso-2022-jp",
    "body": """━━━━━━━━━━━━━━━━━━━━
機密区分：極秘　（経営会議 限り）
━━━━━━━━━━━━━━━━━━━━

戸川様

いつもお世話になっております。日の出産業の榊原です。
経営会議に報告予定の、女性社員の離職要因分析の骨子です。
結論部分の書きぶりについてご助言をいただきたく、お送りいたします。

1. 直近3年の女性社員の離職者 61名のうち、出産・育児を理由とする者 23名（38%）
2. 育休復帰後1年以内の離職率 14%（男性の育休復帰後は 3%）
3. 40代後半の離職理由として「体調（更年期症状を含む）」が増加傾向
4. 離職者の68%が「上司への相談のしにくさ」を挙げている

提言（案）
　・復帰後1年間の定期面談の義務化
　・管理職評価に部下の両立支援の項目を追加

日の出産業株式会社 人事部長 榊原 修
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "本文冒頭に「機密区分：極秘」の区分表示。社外コンサルへ（個人情報はない集計）",
})

# ---------------------------------------------------------------------------------------
# 072 FW: an internal mail about system settings — no people, 「個人情報」 in passing
MESSAGES.append({
    "id": "josei-072",
    "sender": "情報システム部 吉川 <yoshikawa.t@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 導入支援 坂井様 <sakai.r@tsubasa-system.jp>"],
    "subject": "FW: 休業区分マスタの追加について",
    "charset": "utf-8",
    "body": """坂井様

お世話になっております。日の出産業の吉川です。
人事部からの依頼内容を転送しますので、マスタ追加の可否と費用感を教えてください。

吉川

---------- Forwarded message ---------
From: 水無瀬 綾 <minase.aya@hinode-sangyo.co.jp>
Date: 2025年11月20日(木) 9:48
Subject: 休業区分マスタの追加について
To: 吉川 達也 <yoshikawa.t@hinode-sangyo.co.jp>

吉川さん

ツバサ人事の休業区分に、以下の3区分を追加したいです。
　・出生時育児休業（産後パパ育休）
　・不妊治療休暇（2026年4月新設）
　・母性健康管理措置による休業

区分名は画面上「特別休暇A/B/C」のように表示して、内容は人事部と健康管理室だけが
見られるようにしてください。病気に関わる個人情報なので、一般の管理職画面には
出したくありません。

水無瀬
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "転送だが中身はマスタ設定の要望のみ。「個人情報」は言及だけで個人の記録はない",
})

# ---------------------------------------------------------------------------------------
# 073 セミナー資料のたたき台 — PPTX without people, to the lecturer's company
MESSAGES.append({
    "id": "josei-073",
    "sender": FUJIGAYA,
    "to": ["キャリアブルーム 講師 真壁様 <makabe@career-bloom.co.jp>"],
    "subject": "「更年期と働き方」セミナー 構成案",
    "charset": "cp932",
    "body": f"""真壁様

お世話になっております。日の出産業の藤ヶ谷です。
2月のセミナーの構成案をパワーポイントで作ってみました。
社内の制度紹介のスライド（4枚目）は当社で用意します。
全体の流れについてご意見をいただけますと幸いです。
{SIG_FUJIGAYA}
""",
    "attachments": [{
        "kind": "pptx", "name": "更年期と働き方_構成案.pptx", "title": "更年期と働き方",
        "slides": [["更年期と働き方", "2026年2月 日の出産業 社内セミナー", "講師：キャリアブルーム 真壁 氏"],
                   ["更年期とは", "閉経前後の約10年間", "症状の個人差が大きい", "男性にも更年期がある"],
                   ["職場でできること", "体調を言い出しやすい雰囲気づくり", "温度調節・休憩の工夫",
                    "管理職の理解"],
                   ["当社の制度", "更年期オンライン相談（無料）", "時間単位の有給休暇", "健康管理室への相談"],
                   ["Q&A", ""]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "一般的なセミナー構成案のPPTX。個人情報も区分表示もない",
})

# ---------------------------------------------------------------------------------------
# 074 look-alike (letters swapped) + PPTX with "Internal Only" footer
MESSAGES.append({
    "id": "josei-074",
    "sender": MINASE,
    "to": ["川崎電機 人事部 森下様 <morishita@kawasaki-dneki.co.jp>"],
    "subject": "合同フォーラム 当社発表資料（ドラフト）",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機 人事部
森下様

お世話になっております。日の出産業の水無瀬です。
3月の合同フォーラムで当社が発表する資料のドラフトをお送りします。
社内向けに作った資料をベースにしていますので、数値は後日差し替えます。
{SIG_MINASE}
""",
    "attachments": [{
        "kind": "pptx", "name": "joint_forum_hinode_draft.pptx", "page_footer": "Internal Only",
        "slides": [["日の出産業の両立支援", "ダイバーシティ推進課"],
                   ["男性育休の推進", "取得率 46% → 目標 85%", "平均取得日数 19日"],
                   ["復帰者面談制度", "復帰前・復帰後3か月・1年の3回", "外部キャリアコンサルタントの活用"],
                   ["課題", "管理職の理解のばらつき", "代替要員の確保"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain", "confidential_marking"],
    "note": "宛先がパートナー kawasaki-denki の類似（dneki、文字の入れ替わり）。添付に Internal Only の表示",
})

# ---------------------------------------------------------------------------------------
# 075 健診機関の案内メールを提携先へ転送 — attached .eml, business content
MESSAGES.append({
    "id": "josei-075",
    "sender": HASUMI,
    "to": ["北国フーズ 人事総務部 健康推進担当 <kenko@kitaguni-foods.co.jp>"],
    "subject": "ご参考：HPVワクチン キャッチアップ接種の職域実施のご案内",
    "charset": "iso-2022-jp",
    "body": f"""北国フーズ 健康推進ご担当者様

先日の健康経営勉強会ではありがとうございました。日の出産業の蓮見です。
お話に出ていた職域でのHPVワクチン接種について、当社が利用している健診機関からの
案内メールを添付いたします。ご参考になれば幸いです。
{SIG_HASUMI}
""",
    "attachments": [{
        "kind": "eml", "name": "健診プラザ港南_職域接種のご案内.eml",
        "message": {
            "sender": "健診プラザ港南 営業課 <eigyo@kenshin-konan.or.jp>",
            "to": ["hasumi.sayaka@hinode-sangyo.co.jp"],
            "subject": "【ご案内】HPVワクチン キャッチアップ接種 職域実施プラン",
            "charset": "utf-8",
            "body": """企業健康管理ご担当者様

健診プラザ港南です。
HPVワクチンのキャッチアップ接種について、職域での集団接種プランをご用意しました。

　・対象：1997年度～2008年度生まれの女性（公費対象は自治体の案内をご確認ください）
　・実施：貴社会議室へ医師・看護師が出張（20名以上）
　・費用：公費対象外の方は1回 17,600円（税込）

お問い合わせ：健診プラザ港南 営業課 03-6718-4400
""",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "健診機関の案内メール（添付.eml）を提携先へ。事業者の案内で個人情報なし",
})

# ---------------------------------------------------------------------------------------
# 076 市の保育所入所調整 — one employee's postnatal depression
_p = _people("076", 1, born=(1990, 1994))[0]
MESSAGES.append({
    "id": "josei-076",
    "sender": MINASE,
    "to": ["ひなた市 こども未来部 保育課 <hoiku@city.hinata.lg.jp>"],
    "subject": "保育所入所の優先調整に関するご相談（当社従業員）",
    "charset": "utf-8",
    "body": f"""ひなた市 こども未来部 保育課 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の水無瀬と申します。
当社従業員 {_p['name']}（{_p['addr']}在住）の保育所入所について、ご相談させてください。

ご本人は本年5月に出産後、産後うつ病と診断され現在も通院治療中です。
主治医より、日中の育児負担を軽減するため早期の保育所利用が望ましいとの意見書が出ております。
会社としても、4月の短時間勤務での復職を支援したいと考えております。

優先調整の対象となり得るか、また必要な書類についてご教示いただけますでしょうか。
{SIG_MINASE}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "1名の住所と診断・通院（要配慮）を市役所へ。要配慮個人情報は1名でも止める",
})

# ---------------------------------------------------------------------------------------
# 077 就労証明書 — one employee's certificate to the city (no health data)
_p = _people("077", 1, born=(1989, 1993))[0]
MESSAGES.append({
    "id": "josei-077",
    "sender": TAKAMURA,
    "to": ["ひなた市 こども未来部 保育課 <hoiku@city.hinata.lg.jp>"],
    "subject": "就労証明書の送付（電子提出）",
    "charset": "iso-2022-jp",
    "body": f"""ひなた市 こども未来部 保育課 御中

お世話になっております。日の出産業株式会社 人事部の高村です。
保育所の入所申請に係る就労証明書を、市のご案内に従い電子データで提出いたします。
1名分です。ご査収ください。
{SIG_TAKAMURA}
""",
    "attachments": [{
        "kind": "pdf", "name": "就労証明書.pdf", "title": "就労証明書",
        "lines": ["就労証明書（標準様式）", "事業所名：日の出産業株式会社  代表者：代表取締役 日野 正隆",
                  "所在地：東京都港区芝2-14-5  電話：03-5439-7000", "",
                  f"本人氏名：{_p['name']}（{_p['katakana']}）",
                  f"生年月日：{_jd(_p['dob'])}",
                  f"住所：{_p['addr']}",
                  "雇用形態：正社員  就労時間：9:00～16:00（短時間勤務）  月20日",
                  f"育児休業期間：{_jd(_p['kid_dob'] + timedelta(days=57))}～2026年3月31日",
                  "復職予定日：2026年4月1日"],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "従業員1名分の就労証明書（氏名・生年月日・住所）。1件のみで要配慮情報なし、警告にとどめる",
})

# ---------------------------------------------------------------------------------------
# 078 three nursery operators in To + a list of five families
_p = _people("078", 5, male=1)
_l = "\n".join(f"{i + 1}　{p['name']}　{p['kid']}（{_ymd(p['kid_dob'])}生）　{p['mobile']}"
               for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-078",
    "sender": MINASE,
    "to": ["キッズフィールド 入園受付 <nyuen@kidsfield.co.jp>",
           "サニー保育 法人窓口 <houjin@sunny-hoiku.jp>",
           "みらいキッズ 提携窓口 <teikei@mirai-kids.co.jp>"],
    "subject": "【3社ご担当者様】2026年度 提携枠の空き状況照会",
    "charset": "cp932",
    "body": f"""各社ご担当者様

お世話になっております。日の出産業の水無瀬です。
来年4月入園を希望している従業員の一覧です。提携枠に空きがある園があれば、
お子さまの月齢に合わせてご提案いただけますでしょうか。

No　保護者氏名　お子さま（生年月日）　連絡先
{_l}

ご提案は12月10日までにいただけますと幸いです。
{SIG_MINASE}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "personal_data"],
    "note": "社外3社がTo欄で互いに見えるうえ、5家族の氏名・子の生年月日・携帯の名簿",
})

# ---------------------------------------------------------------------------------------
# 079 内定者（フリーメール）への返信 — a list of nurseries (businesses)
MESSAGES.append({
    "id": "josei-079",
    "sender": FUJIGAYA,
    "to": ["momoka.ishiguro@yahoo.co.jp"],
    "subject": "Re: 入社後の保育園について",
    "charset": "iso-2022-jp",
    "body": f"""石黒 桃花 様

ご質問ありがとうございます。人事部 採用グループの藤ヶ谷です。
当社が提携している本社近くの保育施設は以下のとおりです。
入園の申込はご自身で各園へお願いしますが、提携枠の利用は人事部から園へ連絡いたします。

{_pad('園名', 28)}{_pad('所在地', 30)}電話
{"-" * 76}
{_pad('キッズフィールド芝浦園', 28)}{_pad('港区芝浦3-4-1', 30)}03-5730-1122
{_pad('サニー保育 田町駅前', 28)}{_pad('港区芝5-29-11', 30)}03-6435-8810
{_pad('みらいキッズ 浜松町', 28)}{_pad('港区浜松町1-22-5', 30)}03-3436-2095

ほかにもご不明な点があれば、お気軽にお問い合わせください。
{SIG_FUJIGAYA}

> 入社後、子どもを保育園に預けたいと考えています。
> 会社の近くで提携している園があれば教えていただけますか。
> 石黒
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "フリーメールの内定者1名へ、保育施設（事業者）の一覧。個人の記録ではない",
})

# ---------------------------------------------------------------------------------------
# 080 password ZIP (English) to the overseas partner
MESSAGES.append({
    "id": "josei-080",
    "sender": "Aya Minase <minase.aya@hinode-sangyo.co.jp>",
    "to": ["Grace Tan <grace.tan@lotus-wellness.com>"],
    "subject": "Participant files - APAC Women in Leadership",
    "charset": "utf-8",
    "body": f"""Hi Grace,

Attached are the participant files for the Japan group, zipped and encrypted
according to our company rules. I will send the password in a separate email.

Best,
Aya
{SIG_EN_MINASE}
""",
    "attachments": [{
        "kind": "zip", "name": "participants_japan.zip", "password": "Lotus!2026jp",
        "files": [{"kind": "csv", "name": "participants.csv", "encoding": "utf-8",
                   "rows": [["name", "email"], ["(see list)", ""]]}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "暗号化ZIPで中身を検査できない（英文）",
})

# ---------------------------------------------------------------------------------------
# 081 社内で壊れたDOCXを送ってしまった — internal only
MESSAGES.append({
    "id": "josei-081",
    "sender": HASUMI,
    "to": ["久保寺 真由美 <kubodera.mayumi@hinode-sangyo.co.jp>"],
    "subject": "母健カード運用マニュアル 修正版",
    "charset": "iso-2022-jp",
    "body": """久保寺さん

修正版のマニュアルです。保存の途中でPCが固まったので、開けなかったら言ってください。
共有フォルダにも同じものを置いておきます。

蓮見
""",
    "attachments": [{"kind": "corrupt", "name": "母健カード運用マニュアル_v2.docx"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "宛先は社内のみ。添付が壊れていても社外に出ない",
})

# ---------------------------------------------------------------------------------------
# 082 請求書受領の連絡 — the provider's registration number (法人番号ベースのT番号)
_t = "T" + _corp("010401098765")
MESSAGES.append({
    "id": "josei-082",
    "sender": "経理部 支払担当 <shiharai@hinode-sangyo.co.jp>",
    "to": ["ウェルビーサポート 経理部 <keiri@wellbe-support.co.jp>"],
    "cc": ["宇佐美 玲奈 <usami.rena@hinode-sangyo.co.jp>"],
    "subject": "請求書受領のご連絡（WS-2510-0881）",
    "charset": "cp932",
    "body": f"""ウェルビーサポート株式会社 経理部 御中

いつもお世話になっております。日の出産業 経理部 支払担当です。
下記の請求書を受領いたしました。

　請求書番号：WS-2510-0881（10月分 福利厚生サービス利用料）
　ご請求金額：1,284,360円（税込）
　登録番号　：{_t}
　お支払予定日：2025年11月28日
　お振込先　：みどり銀行 丸の内支店 普通 0418822 ウエルビーサポート（カ

インボイスの記載事項に不備はございませんでした。
今後ともよろしくお願いいたします。

日の出産業株式会社 経理部 支払担当
TEL 03-5439-7400
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "取引先の請求書番号・登録番号（法人番号）・会社の振込口座のみ。個人のデータではない",
})

# ---------------------------------------------------------------------------------------
# 083 要精密検査者リスト — CSV (UTF-8) with results + a readme text file, to the 健保組合
_p = _people("083", 6, born=(1966, 1990))
_res = [("乳房X線", "C-4 カテゴリー4 要精密"), ("子宮頸部細胞診", "LSIL 要精密"),
        ("乳腺エコー", "腫瘤 要精密"), ("子宮頸部細胞診", "ASC-H 要精密"),
        ("骨密度", "YAM 68% 要医療"), ("乳房X線", "C-3 要精密")]
MESSAGES.append({
    "id": "josei-083",
    "sender": KUBODERA,
    "to": ["関東機械工業健康保険組合 保健事業課 <hoken@kanto-kikai-kenpo.or.jp>"],
    "subject": "女性がん検診 要精密検査者の受診勧奨について",
    "charset": "iso-2022-jp",
    "body": f"""関東機械工業健康保険組合
保健事業課 ご担当者様

お世話になっております。日の出産業 健康管理室の久保寺です。
健保組合の受診勧奨事業の対象となる要精密検査者の一覧をお送りします。
受診勧奨の文書は組合から本人宛にご送付いただく理解でよろしいでしょうか。
{SIG_KUBODERA}
""",
    "attachments": [
        {"kind": "csv", "name": "yoseimitsu_list_2025.csv", "encoding": "utf-8",
         "rows": [["氏名", "生年月日", "記号", "番号", "検査項目", "判定"]]
         + [[p["name"], _ymd(p["dob"]), p["hi"][0], p["hi"][1], _res[i][0], _res[i][1]]
            for i, p in enumerate(_p)]},
        {"kind": "txt", "name": "readme.txt", "encoding": "utf-8",
         "text": "yoseimitsu_list_2025.csv について\n・文字コード UTF-8\n・判定は健診機関の判定区分のまま\n"},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "6名の健診結果（要配慮）・保険証記号番号・生年月日のCSVを外部の健保組合へ",
})

# ---------------------------------------------------------------------------------------
# 084 健診機関への返信 — their list of re-test cases only in the Outlook-style quote
_p = _people("084", 5)
_q = "\n".join(f"  {p['name']}様（{_ymd(p['dob'])}生） {x}" for p, x in
               zip(_p, ["子宮頸部細胞診 再検査", "乳腺エコー 再検査", "貧血 要医療", "乳房X線 要精密",
                        "子宮頸部細胞診 再検査"]))
MESSAGES.append({
    "id": "josei-084",
    "sender": HASUMI,
    "to": ["健診プラザ港南 結果担当 <kekka@kenshin-konan.or.jp>"],
    "subject": "RE: 【健診プラザ港南】再検査対象者のご連絡",
    "charset": "cp932",
    "body": f"""健診プラザ港南 結果ご担当者様

ご連絡ありがとうございます。日の出産業の蓮見です。
内容確認いたしました。対象者には健康管理室から個別に受診をご案内します。
再検査の予約枠を12月に確保いただけますと助かります。

蓮見

差出人: 健診プラザ港南 結果担当 <kekka@kenshin-konan.or.jp>
送信日時: 2025年11月21日 金曜日 15:22
宛先: 蓮見 さやか <hasumi.sayaka@hinode-sangyo.co.jp>
件名: 【健診プラザ港南】再検査対象者のご連絡

日の出産業株式会社 健康管理室 蓮見様

11月実施分のレディース検診で、再検査等が必要となった方は以下のとおりです。

{_q}

健診プラザ港南 結果担当
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "5名の一覧は返信で引用した相手のメール（差出人/送信日時以下）のみ。新しい本文に個人データなし",
})

# ---------------------------------------------------------------------------------------
# 085 fertility programme enrolment — five members with treatment, English, to the US provider
_p = _people("085", 5, male=1, born=(1984, 1993))
_tx = ["IVF (2nd cycle)", "egg freezing", "ICSI, frozen embryo transfer", "IUI", "male factor - TESE"]
_t = "\n".join(f"{p['ROMAJI']:<22}{_ymd(p['dob'], '-'):<13}{p['work_email']:<40}{_tx[i]}"
               for i, p in enumerate(_p))
MESSAGES.append({
    "id": "josei-085",
    "sender": "Aya Minase <minase.aya@hinode-sangyo.co.jp>",
    "to": ["Maple Benefits Enrollment <enrollment@maplebenefits.com>"],
    "subject": "Early enrolment - Fertility & Family Benefit (Japan pilot)",
    "charset": "utf-8",
    "body": f"""Hello Enrollment team,

Ahead of the January launch, five employees asked to be enrolled early because their
treatment is already under way. Their details are below.

{'NAME':<22}{'DOB':<13}{'EMAIL':<40}TREATMENT
{_t}

Please confirm when their accounts are active.

Kind regards,
{SIG_EN_MINASE}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "5名の生年月日・メールに不妊治療の内容（要配慮）を付けた一覧を海外事業者へ（英文）",
})

# ---------------------------------------------------------------------------------------
# 086 two overseas partners on one call — two external organisations
MESSAGES.append({
    "id": "josei-086",
    "sender": "Aya Minase <minase.aya@hinode-sangyo.co.jp>",
    "to": ["Daniel Reyes <d.reyes@maplebenefits.com>"],
    "cc": ["Grace Tan <grace.tan@lotus-wellness.com>"],
    "subject": "Intro call: Maple Benefits x Lotus Wellness x Hinode Sangyo",
    "charset": "utf-8",
    "body": f"""Hi Daniel, hi Grace,

As mentioned to each of you, I think it would be useful for the three of us to talk
about how the fertility benefit and the leadership programme could be presented
together to our employees in Singapore and Japan.

Would Thursday 4 December, 9:00 SGT / 10:00 JST / 20:00 EST (Wed) work?
I'll send a Teams invite once you confirm.

Best,
Aya
{SIG_EN_MINASE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "社外2組織（To と Cc）との三者打合せの日程調整。通常業務",
})

# ---------------------------------------------------------------------------------------
# 087 ウェビナー申込者 — XLSX (title row, two sheets), 9 registrants, to the platform company
_p = _people("087", 9, male=2, born=(1970, 2000))
MESSAGES.append({
    "id": "josei-087",
    "sender": FUJIGAYA,
    "to": ["イベントストリーム 配信サポート <support@event-stream.jp>"],
    "subject": "2/26ウェビナー 参加者の事前登録データ",
    "charset": "cp932",
    "body": f"""イベントストリーム株式会社
配信サポート ご担当者様

お世話になっております。日の出産業の藤ヶ谷です。
2月26日の社内ウェビナー「女性の健康と働き方」の事前登録データをお送りします。
視聴URLの個別発行をお願いいたします。

ほかの拠点分は来週まとめてお送りします。
{SIG_FUJIGAYA}
""",
    "attachments": [{
        "kind": "xlsx", "name": "webinar_0226_touroku.xlsx",
        "sheets": {
            "本社": [["ウェビナー「女性の健康と働き方」事前登録者（本社）"], [],
                     ["No", "氏名", "所属", "メールアドレス", "電話（日中連絡先）"]]
            + [[i + 1, p["name"], p["dept"], p["work_email"], p["mobile"]] for i, p in enumerate(_p[:6])],
            "川崎工場": [["No", "氏名", "所属", "メールアドレス", "電話（日中連絡先）"]]
            + [[i + 1, p["name"], "川崎工場 " + p["dept"], p["work_email"], p["mobile"]]
               for i, p in enumerate(_p[6:])],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "9名の氏名・メール・電話の登録者名簿（XLSX、2シート）を外部配信業者へ",
})

# ---------------------------------------------------------------------------------------
# 088 申込者数だけを伝える — 「個人情報」 in passing
MESSAGES.append({
    "id": "josei-088",
    "sender": FUJIGAYA,
    "to": ["イベントストリーム 営業部 谷様 <tani@event-stream.jp>"],
    "subject": "Re: 2/26ウェビナー 視聴者管理の方法について",
    "charset": "utf-8",
    "body": f"""谷様

お世話になっております。日の出産業の藤ヶ谷です。

社内で検討した結果、参加者の個人情報は当社の社内ポータルで管理し、
貴社には申込人数のみをお伝えする形にしたいと考えております。
視聴URLは共通URL＋社内認証でお願いできますでしょうか。

現時点の申込状況は以下のとおりです。
　本社 142名／川崎工場 38名／大阪支社 27名（計 207名）

ご対応可否をお知らせください。
{SIG_FUJIGAYA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "「個人情報」は言及のみで、拠点別の人数だけを伝えている",
})

# ---------------------------------------------------------------------------------------
# 089 事例紹介スライド — PPTX naming three employees and their treatments
_p = _people("089", 3, born=(1975, 1990))
MESSAGES.append({
    "id": "josei-089",
    "sender": MINASE,
    "to": ["ダイバーシティ・ラボ 戸川様 <togawa@diversity-lab.co.jp>"],
    "subject": "講演用 事例スライドのご確認",
    "charset": "iso-2022-jp",
    "body": f"""戸川様

お世話になっております。水無瀬です。
来月の講演で使う「当社の支援事例」のスライドを作りました。
具体性があった方が伝わると思い、実名で書いています（ご本人の了解は口頭で取っています）。
表現が適切かどうか、見ていただけますでしょうか。
{SIG_MINASE}
""",
    "attachments": [{
        "kind": "pptx", "name": "支援事例_講演用.pptx",
        "slides": [["当社の支援事例", "ダイバーシティ推進課"],
                   [f"事例1：{_p[0]['name']}さん（{_p[0]['dept']}・{_p[0]['age']}歳）",
                    "不妊治療（体外受精）を2年間継続", "時間単位休暇と在宅勤務で通院と両立",
                    "昨年、第一子を出産"],
                   [f"事例2：{_p[1]['name']}さん（{_p[1]['dept']}・{_p[1]['age']}歳）",
                    "更年期障害で一時休職", "HRTと短時間勤務で復職し、現在は課長代理"],
                   [f"事例3：{_p[2]['name']}さん（{_p[2]['dept']}・{_p[2]['age']}歳）",
                    "妊娠中に妊娠高血圧症候群を発症", "母健カードで時差出勤・残業免除",
                    "産後は保育園入園まで在宅勤務"]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "3名を実名で病名・治療（要配慮）とともに紹介するPPTXを社外コンサルへ",
})

# ---------------------------------------------------------------------------------------
# 090 復帰面談の対象者3名 — one block per person (three records)
_p = _people("090", 3)
_b = "\n\n".join(f"■ {p['name']}（{p['kana']}）\n　所属：{p['dept']}\n"
                 f"　復帰日：{_jd(p['kid_dob'] + timedelta(days=320))}\n　社用携帯：{p['mobile']}"
                 for p in _p)
MESSAGES.append({
    "id": "josei-090",
    "sender": "吉良 智子 <kira.tomoko@hinode-sangyo.co.jp>",
    "to": ["ダイバーシティ・ラボ キャリア相談チーム <career@diversity-lab.co.jp>"],
    "subject": "2月 復帰後3か月面談（3名）",
    "charset": "utf-8",
    "body": f"""ダイバーシティ・ラボ キャリア相談チーム御中

お世話になっております。日の出産業の吉良です。
2月の復帰後3か月面談は、以下の3名でお願いします。

{_b}

日程調整は社用携帯宛にショートメッセージでお願いします。

吉良 智子
日の出産業株式会社 人事部 ダイバーシティ推進課
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "面談対象者3名の氏名・社用携帯（4件以下）。警告はありうるが止めない",
})

# ---------------------------------------------------------------------------------------
# 091 被扶養者（異動）届 — DOCX with the newborn's and the employee's My Numbers
_p = _people("091", 1, male=1, born=(1988, 1992))[0]
_n_emp, _n_kid = _mn(), _mn()
MESSAGES.append({
    "id": "josei-091",
    "sender": TAKAMURA,
    "to": ["関東機械工業健康保険組合 適用課 <tekiyo@kanto-kikai-kenpo.or.jp>"],
    "subject": "被扶養者（異動）届の提出（出生による追加 1件）",
    "charset": "cp932",
    "body": f"""関東機械工業健康保険組合
適用課 御中

お世話になっております。日の出産業 人事部 給与厚生グループの高村です。
出生による被扶養者の追加届を、Word形式でお送りいたします。
原本は本日、社内便にて発送いたしました。

ご確認のほどよろしくお願いいたします。
{SIG_TAKAMURA}
""",
    "attachments": [{
        "kind": "docx", "name": "被扶養者異動届_出生.docx", "title": "健康保険 被扶養者（異動）届",
        "paragraphs": ["健康保険 被扶養者（異動）届", "事業所名称：日の出産業株式会社", "異動の種別：該当（出生）"],
        "tables": [[["区分", "氏名", "生年月日", "個人番号", "被保険者証 記号・番号"],
                    ["被保険者", _p["name"], _wa(_p["dob"]), _n_emp, f"{_p['hi'][0]}・{_p['hi'][1]}"],
                    ["被扶養者（長女）", f"{_p['sei']} {_p['kid']}", _wa(_p["kid_dob"]), _n_kid, "（新規）"]]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "被保険者と新生児のマイナンバー・保険証記号番号を載せたDOCXを外部の健保組合へ",
})

# ---------------------------------------------------------------------------------------
# 092 健保への一般的な質問 — no people, disclaimer
MESSAGES.append({
    "id": "josei-092",
    "sender": TAKAMURA,
    "to": ["関東機械工業健康保険組合 給付課 <kyufu@kanto-kikai-kenpo.or.jp>"],
    "subject": "付加給付（出産育児一時金の上乗せ）についてのお問い合わせ",
    "charset": "iso-2022-jp",
    "body": f"""関東機械工業健康保険組合
給付課 ご担当者様

いつもお世話になっております。日の出産業の高村です。
社内の両立支援ハンドブックを改訂するにあたり、確認させてください。

　1. 出産育児一時金の付加給付（組合独自の上乗せ）は、来年度も継続予定でしょうか。
　2. 出産費用の保険適用が始まった場合、付加給付の扱いはどうなる見込みでしょうか。
　3. 不妊治療（先進医療）に対する組合独自の補助の予定はありますでしょうか。

現時点で決まっている範囲で結構です。よろしくお願いいたします。
{SIG_TAKAMURA}
{DISC_JA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "制度についての一般的な問い合わせ。個人情報なし、定型の免責文のみ",
})

# ---------------------------------------------------------------------------------------
# 093 講師プロフィールの送付 — our physician's public profile, business only
MESSAGES.append({
    "id": "josei-093",
    "sender": FUJIGAYA,
    "to": ["キャリアブルーム 研修事務局 <jimukyoku@career-bloom.co.jp>"],
    "subject": "Re: 合同セミナー 登壇者プロフィールのご提出",
    "charset": "iso-2022-jp",
    "body": f"""キャリアブルーム 研修事務局 御中

お世話になっております。日の出産業の藤ヶ谷です。
合同セミナーで当社から登壇する産業医のプロフィールをお送りします。
告知ページにそのまま掲載していただいて問題ありません。

――――――
今泉 孝（いまいずみ たかし）
日の出産業株式会社 健康管理室 統括産業医。日本産業衛生学会 指導医。
大学病院の内科勤務を経て2012年より現職。女性従業員の健康支援、
両立支援の仕組みづくりに取り組む。
――――――

ご質問などございましたら、人事部 藤ヶ谷までご連絡ください。
{SIG_FUJIGAYA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "登壇者（当社産業医）の公開用の職歴プロフィール。連絡先や個人の記録はない",
})

# ---------------------------------------------------------------------------------------
# 094 外部講師（個人・フリーメール）への連絡
MESSAGES.append({
    "id": "josei-094",
    "sender": FUJIGAYA,
    "to": ["助産師 沖田 さわこ <sawako.okita.midwife@gmail.com>"],
    "subject": "プレママ・プレパパ講座 講師のご依頼",
    "charset": "utf-8",
    "body": f"""沖田 さわこ 様

はじめてご連絡いたします。日の出産業株式会社 人事部の藤ヶ谷と申します。
北国フーズの小宮様よりご紹介いただき、ご連絡いたしました。

当社では来年度から、出産を控えた従業員とそのパートナーを対象に
「プレママ・プレパパ講座」（年3回、各90分）を開催したいと考えております。
沐浴や抱っこの実習も含めて、沖田様に講師をお願いできないでしょうか。

謝礼は1回あたり5万円（交通費別）を想定しております。
ご興味をお持ちいただけましたら、一度オンラインでお話しさせてください。
{SIG_FUJIGAYA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "フリーメールの外部講師1名への講師依頼。個人情報なし",
})

# ---------------------------------------------------------------------------------------
# 095 研修日程表 — legacy XLS with dates and rooms only, to the hotel
MESSAGES.append({
    "id": "josei-095",
    "sender": FUJIGAYA,
    "to": ["さくらホテル 法人営業 <corporate@sakura-hotel.jp>"],
    "subject": "来年度 両立支援研修の会場 仮押さえのお願い",
    "charset": "cp932",
    "body": f"""さくらホテル 法人営業ご担当者様

いつもお世話になっております。日の出産業の藤ヶ谷です。
来年度の両立支援研修の日程案をお送りしますので、会場の仮押さえをお願いできますでしょうか。
（古いExcel形式ですみません）
{SIG_FUJIGAYA}
""",
    "attachments": [{
        "kind": "xls", "name": "kensyu_nittei_2026.xls",
        "sheets": {"日程": [["研修名", "日付", "時間", "人数", "希望会場", "託児"],
                            ["育休復帰者研修", "2026/5/21", "13:00-17:00", 25, "桜の間", "要"],
                            ["管理職向け両立支援研修", "2026/7/9", "14:00-17:00", 60, "芙蓉の間", "不要"],
                            ["プレママ・プレパパ講座", "2026/9/12", "10:00-11:30", 30, "桜の間", "要"],
                            ["更年期と働き方セミナー", "2026/11/18", "12:00-13:00", 80, "芙蓉の間", "不要"]]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "研修の日程・人数・会場のみのXLS。個人情報なし",
})

# ---------------------------------------------------------------------------------------
# 096 HTML-only newsletter — partners in Bcc (not visible to each other)
MESSAGES.append({
    "id": "josei-096",
    "sender": MINASE,
    "to": ["水無瀬 綾 <minase.aya@hinode-sangyo.co.jp>"],
    "bcc": ["morishita@kawasaki-denki.co.jp", "komiya@kitaguni-foods.co.jp", "tabuchi.m@aoba-unyu.co.jp",
            "togawa@diversity-lab.co.jp", "yanagida@femcarelink.co.jp"],
    "subject": "【異業種女性ネットワーク通信 Vol.7】交流会のご報告",
    "charset": "utf-8",
    "html": """<html><body style="font-family:sans-serif">
<h2 style="color:#c05080">異業種女性ネットワーク通信 Vol.7</h2>
<p>関係各社の皆さま（Bccにて失礼いたします）</p>
<p>先日の第3回交流会には、4社から計22名の方にご参加いただきました。ありがとうございました。</p>
<h3>当日のハイライト</h3>
<ul>
<li>先輩管理職パネル：「両立の壁をどう越えたか」</li>
<li>グループ対話：更年期・介護・育児、それぞれの悩み</li>
<li>アンケート満足度：4.6 / 5.0</li>
</ul>
<p>次回は2026年6月、北国フーズ様の札幌本社での開催を予定しています。</p>
<p>日の出産業株式会社 人事部 ダイバーシティ推進課 水無瀬</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外の宛先はすべてBccで互いに見えない。To/Ccは社内のみ、内容も個人情報なし",
})

# ---------------------------------------------------------------------------------------
# 097 社内報の記事原稿 — general text about fertility treatment, no individual
MESSAGES.append({
    "id": "josei-097",
    "sender": "広報室 本多 <honda.mio@hinode-sangyo.co.jp>",
    "to": ["錦印刷 編集制作部 杉山様 <sugiyama@nishiki-insatsu.co.jp>"],
    "subject": "社内報2月号 コラム原稿（不妊治療と仕事の両立）",
    "charset": "iso-2022-jp",
    "body": """杉山様

お世話になっております。広報室の本多です。
2月号の健康コラムの原稿をお送りします。1ページ、イラスト1点でお願いします。

日の出産業株式会社 広報室 本多
""",
    "attachments": [{
        "kind": "docx", "name": "社内報2月号_健康コラム.docx",
        "paragraphs": ["【健康コラム】不妊治療と仕事の両立",
                       "不妊治療を受けたことがある夫婦は、およそ4.4組に1組といわれています。",
                       "2022年4月から、体外受精などの基本的な治療は保険適用となりました。",
                       "一方で、通院の回数が多く、予定が直前まで決まらないことが両立の難しさにつながります。",
                       "当社では2026年4月から不妊治療休暇（年5日）を新設します。",
                       "相談は健康管理室（内線2650）へ。相談内容が上司に伝わることはありません。"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "不妊治療についての一般的なコラム。特定の個人の情報ではない",
})

# ---------------------------------------------------------------------------------------
# 098 EITHER: pseudonymised consultation with the contracted physician's office
_rng = random.Random(f"{SEED}-098")
MESSAGES.append({
    "id": "josei-098",
    "sender": IMAIZUMI,
    "to": ["ひまわり産業医事務所 有馬先生 <arima@himawari-oh.jp>"],
    "subject": "ご意見伺い（川崎工場 事例）",
    "charset": "utf-8",
    "body": f"""有馬先生

今泉です。引継ぎ前ですが、1件ご意見を伺えますでしょうか。

社員番号 {_rng.randint(110000, 224999)}（川崎工場 製造課、40代後半・女性）
　更年期症状（ほてり・動悸）でHRT開始後、交替勤務の夜勤で動悸が増悪。
　本人は日勤への固定を希望しています。

就業上の措置として日勤固定が妥当か、先生のお考えをお聞かせください。
氏名は引継ぎの際にお伝えします。
{SIG_IMAIZUMI}
""",
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名はないが社員番号・所属・年代で社内では特定可能な健康情報を、契約先の産業医へ。判断が分かれる",
})

# ---------------------------------------------------------------------------------------
# 099 EITHER: an employee's own health record, to her own private address
_p = _people("099", 1)[0]
MESSAGES.append({
    "id": "josei-099",
    "sender": HASUMI,
    "to": [f"{_p['name']} <{_p['email'].split('@')[0]}@gmail.com>"],
    "subject": "母健カードの内容の控え（ご本人宛）",
    "charset": "iso-2022-jp",
    "body": f"""{_p['name']}さん

健康管理室の蓮見です。
休業中で社内メールが見られないとのことでしたので、ご希望どおり
ご本人の私用アドレスにお送りします。

　主治医の指導事項：妊娠高血圧症候群のため、勤務時間の短縮（1日6時間）
　措置期間　　　　：2025年11月25日～産前休業開始まで
　次回の母健カード提出：12月の妊婦健診後

ご不明な点があればご連絡ください。
{SIG_HASUMI}
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "本人の健康情報を本人の私用（フリーメール）アドレスへ。本人への送付で、判断が分かれる",
})

# ---------------------------------------------------------------------------------------
# 100 EITHER: names only (with departments) of a fertility-seminar's attendees
_p = _people("100", 6, male=2)
_l = "、".join(f"{p['name']}（{p['dept']}）" for p in _p)
MESSAGES.append({
    "id": "josei-100",
    "sender": FUJIGAYA,
    "to": ["キャリアブルーム 講師 真壁様 <makabe@career-bloom.co.jp>"],
    "subject": "12/12「仕事と不妊治療の両立」少人数セミナー 出席者",
    "charset": "utf-8",
    "body": f"""真壁様

お世話になっております。日の出産業の藤ヶ谷です。
12月12日の少人数セミナー（座談会形式）の出席者は、以下の6名です。
当日、名札の準備をお願いできますでしょうか。

{_l}

よろしくお願いいたします。
{SIG_FUJIGAYA}
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "連絡先のない氏名・所属だけの6名だが、不妊治療セミナーの出席が治療を推測させる。判断が分かれる",
})
