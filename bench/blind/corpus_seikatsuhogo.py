"""Blind corpus, area: seikatsuhogo (生活保護).

日の出産業株式会社 as a contractor supporting a city's public-assistance office
(若葉市 福祉事務所 生活福祉課): recipients' household data, incomes and assets, medical
assistance, housing and landlords, employment support, caseworkers, hospitals, debt
counselling.  The city (若葉市, city.wakaba.lg.jp) and every person, number, address and
organisation outside the brief's own list are invented.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 14201
rng = random.Random(SEED)

_mn_counter = iter(range(SEED, SEED + 10_000))
_cn_counter = iter(range(SEED, SEED + 10_000))


def next_my_number() -> str:
    return my_number(next(_mn_counter))


def next_card() -> str:
    return card_number(next(_cn_counter))


# -- invented people ---------------------------------------------------------------------

SURNAMES = [
    ("高畑", "タカハタ"), ("五十嵐", "イガラシ"), ("東海林", "ショウジ"), ("四十物", "アイモノ"),
    ("百目鬼", "ドウメキ"), ("勅使河原", "テシガワラ"), ("小鳥遊", "タカナシ"), ("薬師寺", "ヤクシジ"),
    ("鬼頭", "キトウ"), ("久米", "クメ"), ("栗栖", "クリス"), ("相馬", "ソウマ"),
    ("諸星", "モロボシ"), ("宇佐美", "ウサミ"), ("桧山", "ヒヤマ"), ("篠塚", "シノヅカ"),
    ("乙部", "オトベ"), ("仁科", "ニシナ"), ("嵯峨", "サガ"), ("柘植", "ツゲ"),
    ("大楠", "オオクス"), ("戸張", "トバリ"), ("根本", "ネモト"), ("芦田", "アシダ"),
    ("門脇", "カドワキ"), ("蒔田", "マキタ"), ("漆原", "ウルシバラ"), ("雨宮", "アメミヤ"),
    ("古閑", "コガ"), ("真壁", "マカベ"), ("姥山", "ウバヤマ"), ("廿日出", "ハツカデ"),
    ("砂川", "スナガワ"), ("比嘉", "ヒガ"), ("我妻", "ワガツマ"), ("瀬能", "セノウ"),
    ("木暮", "コグレ"), ("沓掛", "クツカケ"), ("奈良橋", "ナラハシ"), ("市毛", "イチゲ"),
    ("羽賀", "ハガ"), ("舘野", "タテノ"), ("阿久津", "アクツ"), ("土橋", "ドバシ"),
    ("甘粕", "アマカス"), ("坪倉", "ツボクラ"), ("鍋島", "ナベシマ"), ("保坂", "ホサカ"),
    ("米澤", "ヨネザワ"), ("花房", "ハナブサ"), ("井筒", "イヅツ"), ("渋谷", "シブヤ"),
]
GIVEN_M = [
    ("勝利", "カツトシ"), ("弘", "ヒロシ"), ("徹", "トオル"), ("修二", "シュウジ"),
    ("健一", "ケンイチ"), ("正志", "マサシ"), ("隆", "タカシ"), ("大樹", "ダイキ"),
    ("翔", "ショウ"), ("清", "キヨシ"), ("茂雄", "シゲオ"), ("和也", "カズヤ"),
    ("光男", "ミツオ"), ("雅人", "マサト"), ("辰夫", "タツオ"), ("悠斗", "ユウト"),
    ("義春", "ヨシハル"), ("賢治", "ケンジ"), ("浩二", "コウジ"), ("昭", "アキラ"),
]
GIVEN_F = [
    ("幸子", "サチコ"), ("恵美", "エミ"), ("由美子", "ユミコ"), ("千代", "チヨ"),
    ("優奈", "ユウナ"), ("和子", "カズコ"), ("明美", "アケミ"), ("陽子", "ヨウコ"),
    ("さくら", "サクラ"), ("トミ", "トミ"), ("麻衣", "マイ"), ("久美", "クミ"),
    ("節子", "セツコ"), ("弥生", "ヤヨイ"), ("美和", "ミワ"), ("ハル", "ハル"),
]

TOWNS = [
    ("本町", "330-0841"), ("仲町", "330-0845"), ("北町", "330-0851"), ("緑ケ丘", "330-0862"),
    ("栄町", "330-0803"), ("東原", "330-0816"), ("西新田", "330-0827"), ("旭台", "330-0872"),
    ("宮前町", "330-0835"), ("下落合", "330-0888"), ("大和田", "330-0894"), ("桜木町", "330-0808"),
]
BUILDINGS = ["コーポ若葉", "ハイツ本町", "メゾン緑", "第二栄荘", "サンライズ東原", "グリーンハイム",
             "旭台団地", "シャトー宮前", "若葉荘", "レジデンス桜木"]

_used_names: set[str] = set()


def person(sex: str | None = None, born: tuple[int, int] = (1940, 2002)) -> dict:
    """An invented person (unique name across the file)."""
    while True:
        sex_ = sex or rng.choice("MF")
        sur = rng.choice(SURNAMES)
        giv = rng.choice(GIVEN_M if sex_ == "M" else GIVEN_F)
        name = f"{sur[0]} {giv[0]}"
        if name not in _used_names:
            _used_names.add(name)
            break
    y, m, d = rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28)
    town, zipc = rng.choice(TOWNS)
    addr = f"埼玉県若葉市{town}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 20)}"
    bldg = ""
    if rng.random() < 0.6:
        bldg = f"{rng.choice(BUILDINGS)}{rng.randint(1, 3)}0{rng.randint(1, 8)}"
    mobile = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    land = f"048-{rng.randint(600, 699)}-{rng.randint(1000, 9999)}"
    return {
        "name": name, "sur": sur[0], "giv": giv[0], "kana": f"{sur[1]} {giv[1]}",
        "sex": "男" if sex_ == "M" else "女", "y": y, "m": m, "d": d,
        "age": 2025 - y - (1 if (m, d) > (10, 15) else 0),
        "zip": zipc, "addr": addr, "bldg": bldg, "mobile": mobile, "land": land,
        "case": f"W-{rng.randint(1000, 4999):04d}",
    }


def wareki(p: dict, style: str = "kanji") -> str:
    y, m, d = p["y"], p["m"], p["d"]
    if (y, m, d) >= (1989, 1, 8):
        era, ab, ey = "平成", "H", y - 1988
    else:
        era, ab, ey = "昭和", "S", y - 1925
    if style == "short":
        return f"{ab}{ey}.{m}.{d}"
    if style == "kanji" and ey == 1:
        return f"{era}元年{m}月{d}日"
    if style == "slash":
        return f"{era[0]}{ey}/{m:02d}/{d:02d}"
    return f"{era}{ey}年{m}月{d}日"


def seireki(p: dict, sep: str = "/") -> str:
    return f"{p['y']}{sep}{p['m']:02d}{sep}{p['d']:02d}"


_ZEN = str.maketrans("0123456789-./:()", "０１２３４５６７８９－．／：（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int) -> str:
    return s + " " * max(width - w(s), 1)


def bank_acct() -> str:
    return f"{rng.randint(1000000, 9999999)}"


# -- the organisation ----------------------------------------------------------------------

CITY = "city.wakaba.lg.jp"

SIG_NOGUCHI = """
--
日の出産業株式会社 公共サービス事業部
若葉市生活保護業務支援センター　野口 さやか
〒330-0845 埼玉県若葉市仲町3-5-1 若葉第一ビル4F
TEL 048-622-7310（代表）　FAX 048-622-7311
s.noguchi@hinode-sangyo.co.jp
"""

SIG_SAEKI = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
公共サービス事業部 若葉市生活保護業務支援センター
医療扶助チーム　佐伯 美穂（さえき みほ）
〒330-0845 埼玉県若葉市仲町3-5-1 若葉第一ビル4F
TEL: 048-622-7315（直通）
Mail: m.saeki@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_MURASE = """
―――――――――――――――――――
村瀬 健太 / Kenta Murase
日の出産業株式会社 公共サービス事業部
就労支援チーム（若葉市受託）
携帯 080-2291-6604 ／ 事務所 048-622-7318
―――――――――――――――――――
"""

SIG_OIKAWA = """
**************************************
日の出産業(株) 公共サービス事業部
住宅支援・家主対応担当　及川 真理子
〒330-0845 埼玉県若葉市仲町3-5-1
TEL 048-622-7320
**************************************
"""

SIG_HOJO = """
----------------------------------------------------
日の出産業株式会社 公共サービス事業部
若葉市生活保護業務支援センター センター長
北条 大輔
TEL 048-622-7310 ／ 携帯 090-6120-3387
d.hojo@hinode-sangyo.co.jp
----------------------------------------------------
"""

SIG_MIYOSHI = """
======================================
三好 亜希（Aki Miyoshi）
日の出産業株式会社 公共サービス事業部
システム・データ管理担当
TEL 048-622-7325 内線 215
======================================
"""

SIG_TANABE = """
--------------------------------
田辺 祐介
日の出産業株式会社 公共サービス事業部
生活再建・債務相談コーディネーター
TEL 048-622-7330
--------------------------------
"""

SIG_ARAKAWA = """
Best regards,
Kenji Arakawa
Business Planning, Public Services Division
Hinode Sangyo Co., Ltd.
Tel +81-48-622-7340
"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、
お手数ですが送信者までご連絡いただき、本メールを削除してくださいますようお願いいたします。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited.
"""

NOGUCHI = "野口 さやか <s.noguchi@hinode-sangyo.co.jp>"
SAEKI = "佐伯 美穂 <m.saeki@hinode-sangyo.co.jp>"
MURASE = "村瀬 健太 <k.murase@hinode-sangyo.co.jp>"
OIKAWA = "及川 真理子 <mariko.oikawa@hinode-sangyo.co.jp>"
HOJO = "北条 大輔 <d.hojo@hinode-sangyo.co.jp>"
MIYOSHI = "三好 亜希 <a-miyoshi@hinode-sangyo.co.jp>"
TANABE = "田辺 祐介 <y.tanabe@hinode-sangyo.co.jp>"
ARAKAWA = "Kenji Arakawa <k.arakawa@hinode-sangyo.co.jp>"

CW_ISHIGURO = "石黒 健司 <k-ishiguro@city.wakaba.lg.jp>"
CW_MATSUOKA = "松岡 あずさ <a-matsuoka@city.wakaba.lg.jp>"
CITY_HOGO = "若葉市 生活福祉課 保護係 <seikatsu-hogo@city.wakaba.lg.jp>"
CITY_KACHO = "大友 義之 <y-otomo@city.wakaba.lg.jp>"
CITY_IRYO = "若葉市 医療扶助担当 <iryofujo@city.wakaba.lg.jp>"

M: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001 stop: padded-column list of six applicants (和暦 DOB, address, phone) to the city
_p = [person() for _ in range(6)]
_rows = "\n".join(
    f"{1021 + i:<6}  {pad(p['name'], 14)}  {pad(wareki(p), 17)}  {pad(p['addr'] + ' ' + p['bldg'], 44)}  {p['mobile']}"
    for i, p in enumerate(_p))
M.append({
    "id": "seikatsuhogo-001", "expect": "stop", "sender": NOGUCHI, "to": [CW_ISHIGURO],
    "subject": "10月受付分 新規申請世帯の入力確認リスト",
    "charset": "iso-2022-jp",
    "body": f"""石黒様

いつもお世話になっております。日の出産業の野口です。
10月受付分の新規申請のうち、申請書の記載と住民記録で差異があった世帯を下記にまとめました。
原本との突合をお願いできますでしょうか。

受付No  世帯主氏名      生年月日           住所                                          電話
------  --------------  -----------------  --------------------------------------------  -------------
{_rows}

差異の内容は受付No順に別途お電話でご説明します。
よろしくお願いいたします。
{SIG_NOGUCHI}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six applicants' records (name, 和暦 DOB, address, phone) in padded columns to the city: a list of people",
})

# 002 pass: aggregate monthly figures only
M.append({
    "id": "seikatsuhogo-002", "expect": "pass", "sender": HOJO,
    "to": [CITY_KACHO], "cc": [CITY_HOGO],
    "subject": "【月次報告】若葉市生活保護業務支援 10月分実績",
    "charset": "cp932",
    "body": f"""若葉市 福祉事務所 生活福祉課
大友課長

いつも大変お世話になっております。日の出産業の北条でございます。
10月分の業務実績をご報告いたします。詳細は添付の報告書をご参照ください。

■ 主な実績（10月）
  ・新規申請受付補助　　　　 47件（前月比 +5）
  ・収入申告書 入力　　　　　 612件
  ・レセプト点検　　　　　　 1,984件（要確認 38件）
  ・就労支援プログラム参加　 29世帯（うち就労開始 6）
  ・家主・管理会社対応　　　 73件
  ・債務相談コーディネート　 11件

■ 課題
  入力の平均処理日数が 2.4日 → 3.1日 に伸びております。11月から入力担当を1名増員します。

ご確認のほど、よろしくお願い申し上げます。
{SIG_HOJO}""",
    "attachments": [{
        "kind": "pdf", "name": "月次業務報告書_2025年10月.pdf", "title": "月次業務報告書 2025年10月",
        "lines": ["若葉市生活保護業務支援委託 月次業務報告書（2025年10月分）", "",
                  "1. 業務量", "  申請受付補助 47件 / 収入申告入力 612件 / レセプト点検 1,984件",
                  "2. 品質", "  入力誤り 3件（いずれも当月中に訂正済）", "3. 体制",
                  "  常勤 9名、非常勤 4名（11月より常勤 1名増）"],
    }],
    "entities": [], "detectors": [],
    "note": "aggregate monthly figures and a report with no person in it: ordinary business mail",
})

# 003 stop: one patient's diagnosis to a hospital
_p = person("M", (1948, 1958))
M.append({
    "id": "seikatsuhogo-003", "expect": "stop", "sender": SAEKI,
    "to": ["若葉中央病院 医事課 <iji@wakaba-chuo-hp.or.jp>"],
    "subject": "医療要否意見書のご提出について（ご依頼）",
    "charset": "utf-8",
    "body": f"""若葉中央病院 医事課
ご担当者様

いつもお世話になっております。
若葉市福祉事務所の委託を受けております、日の出産業の佐伯です。

下記の方について、継続入院に係る医療要否意見書のご提出をお願いいたします。

  患者氏名：{_p['name']} 様（{wareki(_p)}生）
  入院日　：2025年8月19日
  傷病名　：2型糖尿病、糖尿病性腎症（ステージ3）、左足壊疽
  ご依頼内容：11月以降の入院継続の要否、今後の透析導入の見込み

様式は前回お送りしたものをご利用ください。11月10日までにご返送いただけますと助かります。
{SIG_SAEKI}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one identified patient's diagnoses (要配慮個人情報) sent to an external hospital",
})

# 004 pass: list of buildings (not people) to an estate agent
M.append({
    "id": "seikatsuhogo-004", "expect": "pass", "sender": OIKAWA,
    "to": ["若葉不動産 賃貸管理部 <chintai@wakaba-fudosan.co.jp>"],
    "subject": "住宅扶助上限内の空室物件について",
    "charset": "iso-2022-jp",
    "body": f"""若葉不動産株式会社
賃貸管理部 御中

お世話になっております。日の出産業の及川です。
先日ご紹介いただいた空室のうち、住宅扶助の上限（単身 41,000円）に収まる物件を整理しました。
内見の枠をいただけるか、ご確認をお願いできますでしょうか。

物件名              所在地                        間取り  家賃     共益費
------------------  ----------------------------  ------  -------  ------
コーポ緑ケ丘        若葉市緑ケ丘2丁目             1K      38,000   2,000
ハイツ下落合        若葉市下落合4丁目             1DK     40,000   1,000
第三栄荘            若葉市栄町1丁目               1R      33,000   なし
メゾン大和田        若葉市大和田3丁目             1K      39,500   1,500
パークサイド旭台    若葉市旭台5丁目               2K      41,000   なし

車椅子対応が必要な方もいらっしゃるため、1階のお部屋があれば優先的にお願いします。
{SIG_OIKAWA}""",
    "entities": [], "detectors": [],
    "note": "a list of rental buildings with rent figures: businesses/property, no person's data",
})

# 005 stop: CSV list without a name column, 8 rows
_p = [person(born=(1965, 2000)) for _ in range(8)]
M.append({
    "id": "seikatsuhogo-005", "expect": "stop", "sender": MURASE,
    "to": ["若葉就労支援センター 受付 <uketsuke@wakaba-shuro.or.jp>"],
    "subject": "11月開始 就労準備支援プログラム 対象者データ送付",
    "charset": "cp932",
    "body": f"""若葉就労支援センター
受付ご担当様

お世話になっております。日の出産業 就労支援チームの村瀬です。
11月開始コースの対象者データをCSVでお送りします。
氏名はケース番号に置き換えてありますので、初回面談の日程調整にご利用ください。

よろしくお願いします。
{SIG_MURASE}""",
    "attachments": [{
        "kind": "csv", "name": "対象者_202511.csv", "encoding": "cp932",
        "rows": [["ケース番号", "性別", "生年月日", "住所", "携帯電話", "希望職種"]] + [
            [p["case"], p["sex"], wareki(p, "short"), p["addr"], p["mobile"],
             rng.choice(["軽作業", "清掃", "調理補助", "事務補助", "介護補助", "配送助手"])]
            for p in _p],
    }],
    "entities": ["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "eight persons' rows (DOB, address, mobile) in a CSV without a name column: still a list of people",
})

# 006 stop: a My Number in full-width digits, one person
_p = person("F", (1944, 1952))
_mn = next_my_number()
M.append({
    "id": "seikatsuhogo-006", "expect": "stop", "sender": MIYOSHI,
    "to": [CITY_HOGO],
    "subject": "年金照会のエラーについて（宇佐美様分）",
    "charset": "utf-8",
    "body": f"""生活福祉課 保護係 御中

日の出産業の三好です。
情報連携による年金受給状況の照会で1件エラーが返ってきましたのでご報告します。

対象者：{_p['name']}（{_p['kana']}）様　ケース番号 {_p['case']}
個人番号：{zen(_mn[:4] + ' ' + _mn[4:8] + ' ' + _mn[8:])}
エラー内容：「該当する個人番号が見つかりません」

申請書に記載の番号をそのまま転記していますので、番号自体の誤記の可能性があります。
ご本人への確認をお願いできますでしょうか。
{SIG_MIYOSHI}""",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a My Number (full-width digits) of one named recipient to an external office",
})
# fix the surname in the subject to the generated person
M[-1]["subject"] = f"年金照会のエラーについて（{_p['sur']}様分）"

# 007 pass: internal only, full case list with diagnoses
_p = [person() for _ in range(10)]
M.append({
    "id": "seikatsuhogo-007", "expect": "pass", "sender": NOGUCHI,
    "to": [HOJO, "佐伯 美穂 <m.saeki@hinode-sangyo.co.jp>"],
    "subject": "北地区 ケース一覧（引継ぎ用）",
    "charset": "iso-2022-jp",
    "body": f"""北条さん、佐伯さん

北地区の担当替えに伴うケース一覧です。
社内の共有フォルダにも同じものを置いてあります（\\\\fs01\\若葉受託\\引継ぎ\\）。
医療扶助の列は佐伯さんのほうで最新化をお願いします。

野口
""",
    "attachments": [{
        "kind": "xlsx", "name": "北地区ケース一覧_20251101.xlsx",
        "sheets": {"北地区": [["北地区 ケース一覧（2025/11/01 現在）"], [],
                             ["ケース番号", "世帯主", "生年月日", "住所", "電話", "医療扶助", "傷病名"]] + [
            [p["case"], p["name"], seireki(p), p["addr"] + p["bldg"], p["land"],
             rng.choice(["あり", "なし"]),
             rng.choice(["高血圧症", "うつ病", "腰椎椎間板ヘルニア", "C型肝炎", "", "慢性心不全"])]
            for p in _p]},
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a full case list with diagnoses, but every recipient is internal (hinode-sangyo.co.jp)",
})

# 008 stop: three estate agents visible in To
M.append({
    "id": "seikatsuhogo-008", "expect": "stop", "sender": OIKAWA,
    "to": ["若葉不動産 <chintai@wakaba-fudosan.co.jp>",
           "東都住宅管理 若葉営業所 <wakaba@toto-jutaku.co.jp>",
           "みなみホーム 担当者様 <info@minami-home.jp>"],
    "subject": "住宅扶助基準額の改定に伴うご案内",
    "charset": "cp932",
    "body": f"""不動産管理会社 各位

平素より若葉市の生活保護受給者の住まい確保にご協力いただき、誠にありがとうございます。
若葉市生活福祉課の委託により家主対応を行っております、日の出産業の及川でございます。

令和8年1月より、若葉市の住宅扶助の上限額が以下のとおり改定される予定です。

  単身世帯　　 41,000円 → 42,000円
  2人世帯　　　49,000円 → 50,000円
  3～5人世帯　 53,000円（据え置き）

既に入居中の方の契約更新時の取扱いについては、別途ご案内いたします。
ご不明な点は及川までお問い合わせください。
{SIG_OIKAWA}""",
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external companies can see each other in To: should have been Bcc",
})

# 009 pass: two external organisations (city + law office)
M.append({
    "id": "seikatsuhogo-009", "expect": "pass", "sender": TANABE,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "cc": [CW_MATSUOKA, HOJO],
    "subject": "ケースワーカー向け 債務整理勉強会の日程調整",
    "charset": "iso-2022-jp",
    "body": f"""白川法律事務所
白川 先生

いつも大変お世話になっております。日の出産業の田辺です。
CCの若葉市 松岡様とご相談のうえ、ケースワーカー向けの債務整理勉強会を企画しております。
先生に講師をお願いできればと存じますが、下記の候補日でご都合はいかがでしょうか。

  候補1：12月 3日（水）14:00～15:30
  候補2：12月 9日（火）10:00～11:30
  候補3：12月12日（金）15:00～16:30

会場：若葉市役所 本庁舎5階 502会議室（定員30名）
内容：自己破産・個人再生の基礎、保護受給中の返済の考え方、過払い金の扱い など

謝金は当社からお支払いいたします。ご検討のほどよろしくお願いいたします。
{SIG_TANABE}""",
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "a normal three-way mail: the city and a partner law office in To/Cc (two external organisations)",
})

# 010 stop: look-alike of the partner law office (.co.jp instead of .jp), one client
_p = person("M", (1970, 1985))
M.append({
    "id": "seikatsuhogo-010", "expect": "stop", "sender": TANABE,
    "to": ["白川法律事務所 <soudan@shirakawa-law.co.jp>"],
    "subject": "法律相談のご予約（11/14 午後）",
    "charset": "utf-8",
    "body": f"""白川法律事務所 ご予約ご担当様

お世話になっております。日の出産業の田辺です。
債務整理のご相談を1件お願いしたく、ご連絡いたしました。

  相談者　：{_p['name']}（{_p['kana']}）様
  連絡先　：{_p['mobile']}（日中はつながりにくいとのことです）
  希望日時：11月14日（金）13時以降
  概要　　：消費者金融3社、合計約180万円。保護開始前の借入です。

当日は私も同席いたします。ご都合をお知らせください。
{SIG_TANABE}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "recipient domain shirakawa-law.co.jp is a look-alike (other TLD) of partner shirakawa-law.jp",
})

# 011 stop: PDF stamped 取扱注意
M.append({
    "id": "seikatsuhogo-011", "expect": "stop", "sender": HOJO,
    "to": ["若葉市 福祉総務課 監査担当 <kansa-fukushi@city.wakaba.lg.jp>"],
    "subject": "委託業務 内部監査報告書の送付",
    "charset": "cp932",
    "body": f"""福祉総務課 監査ご担当者様

お世話になっております。日の出産業の北条です。
先月実施いたしました委託業務の内部監査の報告書を添付にてお送りします。
指摘事項への対応計画は今月末までに別途ご提出いたします。
{SIG_HOJO}""",
    "attachments": [{
        "kind": "pdf", "name": "内部監査報告書_若葉市受託業務_R7.pdf",
        "title": "内部監査報告書", "page_header": "取扱注意",
        "page_footer": "日の出産業株式会社 内部監査室",
        "lines": ["令和7年度 若葉市生活保護業務支援委託 内部監査報告書", "",
                  "1. 監査期間　令和7年9月22日～10月3日",
                  "2. 指摘事項",
                  "  (1) 書類保管庫の施錠記録に3日分の記入漏れ",
                  "  (2) 退職者アカウントの削除が最長11日遅延",
                  "  (3) 郵送物の二重チェック記録の様式が統一されていない",
                  "3. 総評　重大な指摘はなし。上記3点の是正を求める。"],
    }],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "the attached report is stamped 取扱注意 in its page header: a confidentiality marking going out",
})

# 012 pass: mail about an NDA
M.append({
    "id": "seikatsuhogo-012", "expect": "pass", "sender": MIYOSHI,
    "to": ["ツバサシステム 営業部 宮内様 <miyauchi@tsubasa-system.jp>"],
    "subject": "Re: 秘密保持契約書の更新について",
    "charset": "utf-8",
    "body": f"""ツバサシステム株式会社
宮内様

お世話になっております。日の出産業の三好です。
秘密保持契約書（機密保持契約）の更新案、拝受いたしました。

当社法務で確認したところ、以下の2点のみ修正をお願いしたいとのことです。
  1. 第2条（秘密情報の範囲）に「口頭で開示され、開示後14日以内に書面で特定されたもの」を追加
  2. 第9条の有効期間を「契約終了後3年」から「契約終了後5年」へ

上記を反映した版をいただければ、押印の手続きに進めます。
引き続きよろしくお願いいたします。
{SIG_MIYOSHI}
{DISCLAIMER_JA}""",
    "entities": [], "detectors": [],
    "note": "mail about an NDA (秘密保持契約) plus the standard disclaimer: no marking, no personal data",
})

# 013 stop: password ZIP to the city
_p = [person() for _ in range(9)]
M.append({
    "id": "seikatsuhogo-013", "expect": "stop", "sender": NOGUCHI,
    "to": [CITY_HOGO],
    "subject": "11月1日付 保護変更決定データ",
    "charset": "iso-2022-jp",
    "body": f"""生活福祉課 保護係 御中

日の出産業の野口です。
11月1日付の変更決定データを送付します。
ファイルにはパスワードを設定しています。パスワードは別メールにてお送りします。
{SIG_NOGUCHI}""",
    "attachments": [{
        "kind": "zip", "name": "20251101_henkou.zip", "password": "Wk2511#hogo",
        "files": [{"kind": "xlsx", "name": "変更決定一覧.xlsx",
                   "sheets": {"一覧": [["ケース番号", "氏名", "変更前", "変更後", "理由"]] + [
                       [p["case"], p["name"], rng.randint(60000, 130000), rng.randint(60000, 130000),
                        rng.choice(["収入認定", "加算変更", "世帯員転出"])] for p in _p]}}],
    }],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP): the attachment cannot be inspected",
})

# 014 pass: reply, the patient's data only in quoted lines
_p = person("M", (1950, 1962))
M.append({
    "id": "seikatsuhogo-014", "expect": "pass", "sender": SAEKI,
    "to": [CW_MATSUOKA],
    "subject": f"Re: 通院移送費の件（{_p['sur']}様）",
    "charset": "iso-2022-jp",
    "body": f"""松岡様

承知いたしました。明日中にタクシー会社へ手配し、結果をご連絡いたします。

佐伯

> 佐伯さん
>
> 下記の方の通院移送費、11月分から支給決定しました。手配をお願いします。
>
>   氏名：{_p['name']}（{_p['kana']}）
>   住所：{_p['addr']}{_p['bldg']}
>   電話：{_p['land']}
>   通院先：若葉中央病院 腎臓内科（人工透析 週3回 月・水・金）
>
> 若葉市 生活福祉課 松岡
""",
    "entities": [], "detectors": [],
    "note": "the patient's details and dialysis appear only in the quoted text of the mail being replied to",
})

# 015 stop: a forward of the caseworker's list of five dialysis/psychiatric patients to a taxi company
_p = [person(born=(1942, 1975)) for _ in range(5)]
_list = "\n".join(
    f"{i + 1}. {p['name']}　{p['addr']}{p['bldg']}\n   通院先：{c}　{d}"
    for i, (p, c, d) in enumerate(zip(_p, [
        "若葉中央病院（人工透析）", "若葉こころの病院（精神科デイケア）", "若葉中央病院（人工透析）",
        "みどり台腎クリニック（人工透析）", "若葉こころの病院（統合失調症 外来）"], [
        "月・水・金 8:00迎え", "火・木 9:30迎え", "火・木・土 7:45迎え", "月・水・金 12:30迎え",
        "第2・第4水曜 10:00迎え"])))
M.append({
    "id": "seikatsuhogo-015", "expect": "stop", "sender": SAEKI,
    "to": ["若葉交通 配車センター <haisha@wakaba-kotsu.co.jp>"],
    "subject": "FW: 11月 通院移送 対象者",
    "charset": "utf-8",
    "body": f"""若葉交通 配車センター 御中

いつもお世話になっております。日の出産業の佐伯です。
市の担当者から届いた11月分の対象者を転送いたします。配車の手配をお願いいたします。

---------- 転送メッセージ ----------
From: 松岡 あずさ <a-matsuoka@city.wakaba.lg.jp>
Date: 2025年10月28日(火) 17:12
Subject: 11月 通院移送 対象者
To: 佐伯 美穂 <m.saeki@hinode-sangyo.co.jp>

佐伯さん

11月分の通院移送の対象者です。継続4名、新規1名（5番）です。

{_list}

よろしくお願いします。
松岡
{SIG_SAEKI}""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a forward (new text to the taxi company) of five named patients with addresses and treatments",
})

# 016 pass: one free-mail recipient, a job-fair invitation
M.append({
    "id": "seikatsuhogo-016", "expect": "pass", "sender": MURASE,
    "to": ["t.amemiya.0712@gmail.com"],
    "subject": "合同就職面接会のご案内（11/20）",
    "charset": "cp932",
    "body": f"""雨宮様

日の出産業 就労支援チームの村瀬です。
先日の面談でお話しした合同就職面接会の詳細が決まりましたのでお知らせします。

  日時：11月20日（木）13:00～16:00（受付は15:30まで）
  会場：若葉市民会館 2階 大ホール
  参加企業：18社（物流、清掃、介護、食品製造 など）
  持ち物：履歴書（複数枚あると安心です）、筆記用具

当日は私も会場におりますので、受付を済ませたら声をかけてください。
交通費は後日精算できますので、領収書か経路のメモを残しておいてください。
{SIG_MURASE}""",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient and an event notice, no personal data: may warn, must go",
})

# 017 stop: XLSX receipt-check results, diagnoses per row
_p = [person() for _ in range(7)]
M.append({
    "id": "seikatsuhogo-017", "expect": "stop", "sender": SAEKI,
    "to": [CITY_IRYO], "cc": [CW_MATSUOKA],
    "subject": "9月診療分 レセプト点検結果（要確認分）",
    "charset": "utf-8",
    "body": f"""医療扶助ご担当者様

お世話になっております。日の出産業の佐伯です。
9月診療分のレセプト点検が完了しました。要確認分を添付のとおりまとめています。
重複受診の疑いが2件ありますので、特にご確認をお願いします。
{SIG_SAEKI}""",
    "attachments": [{
        "kind": "xlsx", "name": "レセプト点検結果_R7.09診療分.xlsx",
        "sheets": {
            "集計": [["9月診療分 点検集計"], ["点検件数", 1984], ["要確認", 7], ["過誤調整", 2]],
            "要確認明細": [["9月診療分 レセプト点検 要確認一覧"], [],
                       ["受給者番号", "氏名カナ", "医療機関", "傷病名", "実日数", "点検結果"]] + [
                [p["case"], p["kana"], h, dx, rng.randint(2, 24), r] for p, h, dx, r in zip(_p, [
                    "若葉中央病院", "あおぞら内科", "若葉こころの病院", "みどり台腎クリニック",
                    "ひかり整形外科", "若葉中央病院", "旭台メンタルクリニック"], [
                    "アルコール依存症", "2型糖尿病", "双極性障害", "慢性腎不全", "変形性膝関節症",
                    "肺結核", "うつ病"], [
                    "重複受診の疑い", "頻回受診", "向精神薬の重複処方", "要否意見書 期限切れ",
                    "頻回受診", "公費併用の確認", "重複受診の疑い"])]},
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "seven recipients (kana names) with diagnoses per row in an XLSX sheet below a title row",
})

# 018 pass: HTML-only table of hospitals (businesses)
M.append({
    "id": "seikatsuhogo-018", "expect": "pass", "sender": SAEKI,
    "to": ["若葉市社会福祉協議会 地域福祉係 <chiiki@wakaba-shakyo.or.jp>"],
    "subject": "指定医療機関（精神科・透析）一覧のご送付",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>若葉市社会福祉協議会<br>地域福祉係 ご担当者様</p>
<p>お世話になっております。日の出産業の佐伯です。<br>
先日お問い合わせいただいた、市内の指定医療機関（精神科・人工透析）の一覧をお送りします。
相談窓口でのご案内にお使いください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>医療機関名</th><th>所在地</th><th>代表電話</th><th>診療科</th></tr>
<tr><td>若葉中央病院</td><td>若葉市本町1-2-1</td><td>048-620-1111</td><td>内科・腎臓内科（透析）</td></tr>
<tr><td>若葉こころの病院</td><td>若葉市西新田3-15-8</td><td>048-627-5500</td><td>精神科・心療内科</td></tr>
<tr><td>みどり台腎クリニック</td><td>若葉市緑ケ丘4-1-3</td><td>048-629-2020</td><td>人工透析</td></tr>
<tr><td>旭台メンタルクリニック</td><td>若葉市旭台2-7-11 旭台メディカルビル3F</td><td>048-631-0872</td><td>精神科</td></tr>
<tr><td>あおぞら内科</td><td>若葉市栄町5-3-2</td><td>048-624-8181</td><td>内科</td></tr>
<tr><td>ひかり整形外科</td><td>若葉市宮前町1-9-6</td><td>048-633-4126</td><td>整形外科・リハビリ</td></tr>
</table>
<p>※受付時間は各医療機関にご確認ください。</p>
<p>--<br>日の出産業株式会社 公共サービス事業部<br>医療扶助チーム 佐伯 美穂<br>TEL 048-622-7315</p>
</body></html>""",
    "entities": [], "detectors": [],
    "note": "HTML table of hospitals with switchboard numbers: a list of businesses, not people",
})

# 019 stop: HTML-only table of five debt-counselling clients to the partner law office
_p = [person(born=(1960, 1995)) for _ in range(5)]
_trs = "\n".join(
    f"<tr><td>{p['name']}</td><td>{p['age']}</td><td>{n}社</td><td>{amt}万円</td><td>{p['mobile']}</td><td>{proc}</td></tr>"
    for p, n, amt, proc in zip(_p, [3, 5, 2, 4, 1], [180, 420, 95, 260, 60],
                               ["自己破産", "自己破産", "任意整理", "個人再生 or 破産", "任意整理"]))
M.append({
    "id": "seikatsuhogo-019", "expect": "stop", "sender": TANABE,
    "to": ["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
    "subject": "11月 法律相談 予約者一覧",
    "charset": "utf-8",
    "html": f"""<html><body>
<p>白川法律事務所 事務局 御中</p>
<p>いつもお世話になっております。日の出産業の田辺です。<br>
11月の出張法律相談（11/18 若葉市役所）の予約者は下表の5名です。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>氏名</th><th>年齢</th><th>債権者数</th><th>負債総額</th><th>連絡先</th><th>希望手続</th></tr>
{_trs}
</table>
<p>法テラスの援助申込書は当日持参します。よろしくお願いいたします。</p>
<p>田辺 祐介<br>日の出産業株式会社 公共サービス事業部</p>
</body></html>""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five named persons with phone numbers and debts in an HTML-only table to a partner: list of people",
})

# 020 pass: one applicant's details to a rental agent
_p = person("F", (1975, 1990))
M.append({
    "id": "seikatsuhogo-020", "expect": "pass", "sender": OIKAWA,
    "to": ["東都住宅管理 若葉営業所 入居審査ご担当 <wakaba@toto-jutaku.co.jp>"],
    "subject": "ハイツ下落合 102号室 入居申込について",
    "charset": "iso-2022-jp",
    "body": f"""東都住宅管理株式会社 若葉営業所
入居審査ご担当様

お世話になっております。日の出産業の及川です。
先日内見させていただいたハイツ下落合102号室について、下記の方が入居を希望されています。

  申込者　　：{_p['name']} 様
  現住所　　：{_p['addr']}{_p['bldg']}
  連絡先　　：{_p['mobile']}
  入居希望日：12月1日

家賃は代理納付（市から管理会社様口座へ直接振込）となります。
審査に必要な書類がございましたらお知らせください。
{SIG_OIKAWA}""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one applicant's contact details to a rental agent: one person's record may warn, must go",
})

# 021 stop: one tenant's alcohol-dependence treatment in a sentence, to a property manager
_p = person("M", (1958, 1966))
M.append({
    "id": "seikatsuhogo-021", "expect": "stop", "sender": OIKAWA,
    "to": ["みなみホーム 管理課 坂口様 <sakaguchi@minami-home.jp>"],
    "subject": "グリーンハイム203号室の件",
    "charset": "cp932",
    "body": f"""みなみホーム株式会社
管理課 坂口様

お世話になっております。日の出産業の及川です。
お問い合わせのありましたグリーンハイム203号室の件でご連絡いたします。

ご入居の{_p['name']}様ですが、先月からアルコール依存症の治療のため若葉こころの病院に入院されており、
退院は12月中旬の予定と伺っております。郵便物が溜まっているのはそのためです。
入院中も家賃は引き続き代理納付となりますので、ご心配には及びません。

ご近所からのお問い合わせには「しばらく留守にしている」とだけお伝えいただけますと幸いです。
{SIG_OIKAWA}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named tenant's hospitalisation for alcohol dependence in a sentence: 要配慮個人情報 of one person",
})

# 022 stop: bullets with full-width digits, five candidates
_p = [person(born=(1975, 2001)) for _ in range(5)]
_b = "\n".join(
    f"・{p['name'].replace(' ', '　')}（{p['kana'].replace(' ', '　')}）　{zen(wareki(p))}生　{zen(p['mobile'])}"
    for p in _p)
M.append({
    "id": "seikatsuhogo-022", "expect": "stop", "sender": MURASE,
    "to": ["北国フーズ 人事課 <jinji@kitaguni-foods.co.jp>"],
    "subject": "若葉工場 見学・面接の参加者について",
    "charset": "iso-2022-jp",
    "body": f"""北国フーズ株式会社
人事課 ご担当者様

いつもお世話になっております。日の出産業の村瀬です。
１１月２５日（火）の若葉工場見学・面接会の参加者が確定しましたのでお知らせします。

{_b}

当日は９：４５に正門前に集合し、私が引率いたします。
当日の欠席連絡は各自から御社受付へ入れるよう伝えてあります。
{SIG_MURASE}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five candidates with kana, 和暦 DOB and phones all in full-width digits, as 「・」 bullets",
})

# 023 pass: price quotation for appliances, product codes
M.append({
    "id": "seikatsuhogo-023", "expect": "pass", "sender": NOGUCHI,
    "to": ["川崎電機 法人営業部 岩永様 <iwanaga@kawasaki-denki.co.jp>"],
    "subject": "Re: 【見積】家具什器 一時扶助向け 家電セット（Q-2025-1187）",
    "charset": "cp932",
    "body": f"""川崎電機株式会社
法人営業部 岩永様

お世話になっております。日の出産業の野口です。
お見積り（Q-2025-1187）ありがとうございました。市の基準額内に収まることを確認しました。

  品番          品名                         単価（税込）
  KD-R138W      冷蔵庫 138L 2ドア            32,800
  KD-W60A       全自動洗濯機 6kg             29,800
  KD-MW17       電子レンジ 17L               9,980
  KD-FH12       石油ファンヒーター           12,500
  配送・設置    若葉市内                     3,300／件

今年度は上記セットで年間30件程度を想定しています。
発注は案件ごとに注文書（PO番号 HS-W-xxxx）でお送りいたします。
{SIG_NOGUCHI}""",
    "entities": [], "detectors": [],
    "note": "a partner's quotation with product codes and prices: ordinary business mail",
})

# 024 stop: DOCX table of six tenants on proxy rent payment
_p = [person() for _ in range(6)]
M.append({
    "id": "seikatsuhogo-024", "expect": "stop", "sender": OIKAWA,
    "to": ["若葉不動産 経理 <keiri@wakaba-fudosan.co.jp>"],
    "subject": "代理納付 対象者一覧（12月分より）",
    "charset": "utf-8",
    "body": f"""若葉不動産株式会社
経理ご担当者様

お世話になっております。日の出産業の及川です。
12月分から代理納付に切り替わる入居者の一覧を添付いたします。
入金の照合にお使いください。
{SIG_OIKAWA}""",
    "attachments": [{
        "kind": "docx", "name": "代理納付対象者一覧_202512.docx", "title": "代理納付対象者一覧",
        "paragraphs": ["若葉市 住宅扶助 代理納付 対象者一覧（令和7年12月分～）", "",
                       "以下の入居者の家賃は、若葉市から貴社指定口座へ直接振り込まれます。"],
        "tables": [[["物件所在地", "号室", "入居者氏名", "家賃", "住宅扶助額", "開始月"]] + [
            [p["addr"], f"{rng.randint(1, 3)}0{rng.randint(1, 6)}", p["name"],
             f"{rng.randint(33, 41)},000", "41,000", "R7.12"] for p in _p]],
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six named tenants with their home addresses in a DOCX table to an estate agent",
})

# 025 stop: PPTX case study naming a person with a disability and diagnosis
_p = person("M", (1970, 1976))
M.append({
    "id": "seikatsuhogo-025", "expect": "stop", "sender": MURASE,
    "to": ["若葉大学 社会福祉学部 前川教授 <maekawa@wakaba-u.ac.jp>"],
    "subject": "事例検討会（12/4）の資料について",
    "charset": "utf-8",
    "body": f"""前川先生

いつもお世話になっております。日の出産業の村瀬です。
12月4日の事例検討会で取り上げる事例の資料を作成しましたのでお送りします。
ご助言いただける点があればお知らせください。
{SIG_MURASE}""",
    "attachments": [{
        "kind": "pptx", "name": "事例検討会_20251204.pptx", "title": "事例検討会資料",
        "slides": [
            ["事例検討：長期離職者の就労準備支援", "若葉市生活保護業務支援センター 就労支援チーム"],
            ["対象者の概要", f"{_p['name']} 氏（{_p['age']}歳・男性・単身）",
             "精神障害者保健福祉手帳 2級（うつ病）", "2019年に倉庫作業を退職後、就労歴なし",
             "若葉こころの病院に月2回通院、服薬継続中"],
            ["支援経過", "2025年4月 就労準備支援プログラム参加", "2025年7月 週2日の清掃ボランティア開始",
             "2025年9月 体調悪化により2週間休止"],
            ["検討したい点", "主治医意見と本人希望（フルタイム）のずれ", "障害者雇用枠の活用の可否"],
        ],
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "slides name one recipient with his disability certificate and depression: 要配慮個人情報 to a university",
})

# 026 either: a pseudonymised but detailed case
M.append({
    "id": "seikatsuhogo-026", "expect": "either", "sender": MURASE,
    "to": ["若葉大学 社会福祉学部 前川研究室 <maekawa-lab@wakaba-u.ac.jp>"],
    "subject": "ゼミ用の事例（匿名化済み）",
    "charset": "utf-8",
    "body": f"""前川研究室 ご担当様

日の出産業の村瀬です。ゼミでお使いになる事例を匿名化してお送りします。

【事例A】
Aさん（40代・男性・単身）。若葉市北部の市営住宅に居住。
元タクシー運転手。2022年にうつ病で休職し、そのまま退職。
2023年から保護受給、精神科に月2回通院。
2025年春から就労準備支援に参加、現在は週2日の清掃ボランティア。
本人の希望は「もう一度ハンドルを握りたい」。

地域や職歴を少しぼかしたほうがよければ、ご指示ください。
{SIG_MURASE}""",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "pseudonymised case ('Aさん') with diagnosis, area, former job: identifiability is arguable",
})

# 027 stop: PDF table of eight recipients' bank accounts to the partner bank
_p = [person() for _ in range(8)]
M.append({
    "id": "seikatsuhogo-027", "expect": "stop", "sender": NOGUCHI,
    "to": ["みどり銀行 若葉支店 公金担当 <wakaba-kokin@midori-ginko.co.jp>"],
    "subject": "保護費 口座振込 新規登録分（12月支給から）",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 若葉支店
公金ご担当者様

いつもお世話になっております。日の出産業の野口です。
12月支給分から口座振込に切り替わる受給者の口座情報を添付いたします。
口座の有効性確認（名義照合）をお願いいたします。
{SIG_NOGUCHI}""",
    "attachments": [{
        "kind": "pdf", "name": "口座振込新規登録_202512.pdf", "title": "口座振込 新規登録",
        "lines": ["保護費口座振込 新規登録一覧（令和7年12月支給分～）", ""],
        "table": [["受給者番号", "口座名義（カナ）", "銀行", "支店", "種目", "口座番号"]] + [
            [p["case"], p["kana"], "みどり銀行", rng.choice(["若葉支店", "若葉駅前支店", "旭台出張所"]),
             "普通", bank_acct()] for p in _p],
    }],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "eight persons' account holders and account numbers in a PDF table to the partner bank",
})

# 028 pass: the company's own account for the invoice
M.append({
    "id": "seikatsuhogo-028", "expect": "pass", "sender": HOJO,
    "to": ["みどり銀行 法人営業部 堀内様 <horiuchi@midori-ginko.co.jp>"],
    "subject": "委託料 入金口座の変更について",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 法人営業部
堀内様

お世話になっております。日の出産業の北条です。
若葉市からの委託料の入金口座を、来年度より下記に変更したく存じます。

  みどり銀行 若葉支店（店番 214）
  当座 0037715
  口座名義 ヒノデサンギヨウ（カ

手続きに必要な書類をご教示いただけますでしょうか。
{SIG_HOJO}""",
    "entities": [], "detectors": [],
    "note": "the company's own bank account for its invoices: business data, not a person's",
})

# 029 stop: plain ZIP with a UTF-8 CSV of ten basic-pension numbers
_p = [person(born=(1940, 1962)) for _ in range(10)]
M.append({
    "id": "seikatsuhogo-029", "expect": "stop", "sender": NOGUCHI,
    "to": ["あおぞら社労士事務所 <office@aozora-sr.jp>"],
    "subject": "年金受給権調査 対象者データ",
    "charset": "utf-8",
    "body": f"""あおぞら社労士事務所
ご担当者様

お世話になっております。日の出産業の野口です。
ご依頼しております年金受給権（任意加入・追納の可能性含む）の調査対象者データを送付します。
ZIPを解凍してご利用ください。
{SIG_NOGUCHI}""",
    "attachments": [{
        "kind": "zip", "name": "nenkin_chosa_202511.zip",
        "files": [{"kind": "csv", "name": "nenkin_chosa.csv", "encoding": "utf-8",
                   "rows": [["氏名", "フリガナ", "生年月日", "基礎年金番号", "備考"]] + [
                       [p["name"], p["kana"], seireki(p), f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}",
                        rng.choice(["", "未納期間あり", "障害年金の可能性", "外国籍期間あり", ""])]
                       for p in _p]}],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "ten basic pension numbers with names and DOBs in a CSV inside an unencrypted ZIP",
})

# 030 stop: corrupt XLSX
M.append({
    "id": "seikatsuhogo-030", "expect": "stop", "sender": NOGUCHI,
    "to": [CW_ISHIGURO],
    "subject": "収入申告 集計表（10月分）",
    "charset": "cp932",
    "body": f"""石黒様

お疲れさまです。日の出産業の野口です。
10月分の収入申告の集計表を添付します。
ファイルが開けない場合はお知らせください。
{SIG_NOGUCHI}""",
    "attachments": [{"kind": "corrupt", "name": "収入申告集計_202510.xlsx"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "a corrupt XLSX that cannot be read: unscannable attachment to an external recipient",
})

# 031 pass: internal password ZIP
M.append({
    "id": "seikatsuhogo-031", "expect": "pass", "sender": MIYOSHI,
    "to": [NOGUCHI],
    "subject": "変更決定データ（作業用）",
    "charset": "utf-8",
    "body": """野口さん

作業用の変更決定データです。パスワードはいつもの共有ルールのものです。
市に送る前に件数の突合だけお願いします。

三好
""",
    "attachments": [{
        "kind": "zip", "name": "henkou_work.zip", "password": "hinode-work-25",
        "files": [{"kind": "txt", "name": "memo.txt", "text": "件数: 43\n"}],
    }],
    "entities": [], "detectors": [],
    "note": "password ZIP between two colleagues: every recipient is internal",
})

# 032 stop: one person's former health-insurance symbol and number to a hospital
_p = person("F", (1962, 1972))
M.append({
    "id": "seikatsuhogo-032", "expect": "stop", "sender": SAEKI,
    "to": ["若葉中央病院 医事課 窓口 <madoguchi@wakaba-chuo-hp.or.jp>"],
    "subject": "保護開始に伴う保険証切替のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""若葉中央病院 医事課 窓口ご担当様

日の出産業の佐伯です。いつもお世話になっております。
外来通院中の下記の方が11月1日付で保護開始となり、国民健康保険の資格を喪失しました。
11月受診分からは医療券での請求となりますので、切替をお願いいたします。

  氏名　　　　：{_p['name']}（{_p['kana']}）様
  旧保険証　　：若葉市国民健康保険　記号 若葉０３　番号 ５１７２６
  喪失日　　　：令和7年11月1日
  医療券番号　：R7-11-0382

ご不明な点は佐伯までお問い合わせください。
{SIG_SAEKI}""",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "one named person's health insurance 記号・番号 (full-width) sent to a hospital",
})

# 033 stop: English mail marked CONFIDENTIAL
M.append({
    "id": "seikatsuhogo-033", "expect": "stop", "sender": ARAKAWA,
    "to": ["Rachel Hume <r.hume@northbridge-consulting.com>"],
    "subject": "[CONFIDENTIAL] Draft operations review - Wakaba welfare support contract",
    "charset": "utf-8",
    "body": f"""CONFIDENTIAL - NOT FOR DISTRIBUTION

Dear Rachel,

As discussed, here is the first draft of our operations review for the Wakaba City
public-assistance support contract, ahead of next year's re-tender.

Key points:
  - Cost per case handled fell 7% year on year, mainly from the receipt-check tooling.
  - Backlog in income-declaration entry rose to 3.1 days in October.
  - We propose to bid for the employment-support lot separately.
  - Margin target for the re-tender: 11-12%.

Please do not share this outside your engagement team.
{SIG_ARAKAWA}""",
    "entities": [], "detectors": ["confidential_marking"],
    "note": "the mail itself is classified CONFIDENTIAL (subject and banner) and goes to an external consultant",
})

# 034 pass: English agenda with the standard disclaimer
M.append({
    "id": "seikatsuhogo-034", "expect": "pass", "sender": ARAKAWA,
    "to": ["Rachel Hume <r.hume@northbridge-consulting.com>"],
    "subject": "Agenda for Thursday's workshop",
    "charset": "utf-8",
    "body": f"""Hi Rachel,

Thanks for your time last week. Proposed agenda for Thursday (14:00-16:00 JST, our Saitama office):

  1. Recap of the current service scope (15 min)
  2. Benchmarks from other municipal BPO contracts (30 min)
  3. Process mapping: receipt checks and income declarations (45 min)
  4. Next steps and timeline (30 min)

Mr. Hojo, our centre manager, will join for items 3 and 4.
Let me know if you would like to add anything.
{SIG_ARAKAWA}
{DISCLAIMER_EN}""",
    "entities": [], "detectors": [],
    "note": "ordinary English business mail ending in the standard confidentiality disclaimer",
})

# 035 stop: forwarded .eml with six households' visit schedule
_p = [person(born=(1935, 1955)) for _ in range(6)]
_visits = "\n".join(
    f"{t}  {p['name']}様  {p['addr']}{p['bldg']}  TEL {p['land']}"
    for t, p in zip(["10:00", "10:45", "11:30", "13:30", "14:15", "15:00"], _p))
M.append({
    "id": "seikatsuhogo-035", "expect": "stop", "sender": NOGUCHI,
    "to": ["NPOひだまり 見守り訪問担当 <mimamori@hidamari-npo.or.jp>"],
    "subject": "FW: 11/12 同行訪問の予定",
    "charset": "iso-2022-jp",
    "body": f"""NPOひだまり
見守り訪問ご担当様

お世話になっております。日の出産業の野口です。
11月12日の同行訪問について、市の担当者からの連絡を添付で転送いたします。
ボランティアの方の割り振りをお願いできますでしょうか。
{SIG_NOGUCHI}""",
    "attachments": [{
        "kind": "eml", "name": "11月12日 同行訪問の予定.eml",
        "message": {
            "sender": CW_ISHIGURO, "to": [NOGUCHI], "subject": "11/12 同行訪問の予定",
            "charset": "iso-2022-jp",
            "body": f"""野口さん

11/12（水）の高齢世帯の同行訪問の予定です。見守りボランティアの手配をお願いします。

{_visits}

石黒
""",
        },
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forwarded mail (attached .eml) listing six households' names, addresses, phones: new to the NPO",
})

# 036 pass: forwarded .eml of a briefing notice, no personal data
M.append({
    "id": "seikatsuhogo-036", "expect": "pass", "sender": MIYOSHI,
    "to": ["ツバサシステム 導入支援 <donyu@tsubasa-system.jp>"],
    "subject": "FW: 生活保護システム標準化 説明会のご案内",
    "charset": "utf-8",
    "body": f"""ツバサシステム 導入支援ご担当様

日の出産業の三好です。
市から標準化対応の説明会の案内が届きましたので、ご参考に転送します（添付）。
御社からもご参加いただけるか、市に確認してみます。
{SIG_MIYOSHI}""",
    "attachments": [{
        "kind": "eml", "name": "説明会のご案内.eml",
        "message": {
            "sender": "若葉市 情報政策課 <johoseisaku@city.wakaba.lg.jp>", "to": [MIYOSHI],
            "subject": "生活保護システム標準化 説明会のご案内", "charset": "iso-2022-jp",
            "body": """関係事業者 各位

若葉市情報政策課です。
生活保護システムの標準化（ガバメントクラウド移行）に関する説明会を下記のとおり開催します。

  日時：12月5日（金）10:00～12:00
  会場：若葉市役所 本庁舎7階 大会議室（オンライン併用）
  申込：12月1日までに本メールへご返信ください

若葉市 総務部 情報政策課
""",
        },
    }],
    "entities": [], "detectors": [],
    "note": "forward of a city briefing notice: no personal data, no marking",
})

# 037 stop: a residence-card number of one person to an interpreter service
M.append({
    "id": "seikatsuhogo-037", "expect": "stop", "sender": MURASE,
    "to": ["つうやくサポート若葉 派遣窓口 <haken@tsuyaku-support.jp>"],
    "subject": "通訳派遣のお願い（11/19 面談）",
    "charset": "utf-8",
    "body": f"""つうやくサポート若葉
派遣窓口ご担当様

日の出産業 就労支援チームの村瀬です。
下記の面談にベトナム語の通訳の方をお願いしたく、ご連絡しました。

  日時：11月19日（水）14:00～15:00
  場所：若葉市役所 本庁舎2階 相談室3
  対象者：NGUYEN THI LAN（グエン ティ ラン）さん
  生年月日：1991年4月23日
  在留カード番号：UH48213957EA
  内容：就労支援プログラムの説明、求職票の記入

本人確認のため在留カード番号もお伝えしておきます。
{SIG_MURASE}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a residence-card number of one named person: an identity-document number to an external party",
})

# 038 stop: romaji names, English, five persons
M.append({
    "id": "seikatsuhogo-038", "expect": "stop", "sender": MURASE,
    "to": ["Interpreter Desk <desk@tsuyaku-support.jp>"],
    "subject": "Interpreter bookings for December",
    "charset": "utf-8",
    "body": f"""Hello,

This is Murase from Hinode Sangyo (employment support, Wakaba City).
Could you arrange interpreters for the following clients in December?

Name                   Language     DOB          Mobile          Date
---------------------  -----------  -----------  --------------  ----------
SANTOS Maria Luisa     Tagalog      1979-08-14   080-5521-3374   12/02 10:00
TRAN Van Duc           Vietnamese   1986-01-30   070-3386-1195   12/02 14:00
GURUNG Bishnu          Nepali       1990-11-05   090-8402-7731   12/04 10:00
LI Xiuying             Chinese      1968-06-22   080-1176-4089   12/05 13:30
PEREIRA Joao Carlos    Portuguese   1974-03-09   090-2250-6618   12/09 11:00

All sessions take place at Wakaba City Hall, 2F consultation room 3.
Thank you.
{SIG_MURASE}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five clients with romaji names, DOBs and mobiles in an English padded table",
})

# 039 pass: meeting minutes naming one business contact
M.append({
    "id": "seikatsuhogo-039", "expect": "pass", "sender": NOGUCHI,
    "to": ["若葉市社会福祉協議会 生活支援係 <seikatsushien@wakaba-shakyo.or.jp>"],
    "subject": "11/6 連絡会議 議事メモ",
    "charset": "iso-2022-jp",
    "body": f"""若葉市社会福祉協議会
生活支援係 各位

先日の連絡会議、ありがとうございました。議事メモをお送りします。

1. 貸付制度（緊急小口資金）の案内フロー
   ・保護申請前の相談者には社協窓口を案内する。窓口は土屋様（生活支援係 048-624-3100 内線21）。
2. フードバンクの在庫状況
   ・米・レトルトが不足。年末に向けて企業寄付を呼びかける。
3. 次回日程
   ・12月11日（木）15:00～ 社協2階会議室

修正があればお知らせください。
{SIG_NOGUCHI}""",
    "entities": [], "detectors": [],
    "note": "minutes with one business contact (the partner's own staff extension): ordinary business mail",
})

# 040 stop: a driver's-licence number of one candidate to a partner haulier
_p = person("M", (1980, 1992))
M.append({
    "id": "seikatsuhogo-040", "expect": "stop", "sender": MURASE,
    "to": ["青葉運輸 総務部 採用担当 <saiyo@aoba-unyu.co.jp>"],
    "subject": "配送助手 採用予定者の免許情報",
    "charset": "cp932",
    "body": f"""青葉運輸株式会社
総務部 採用ご担当様

お世話になっております。日の出産業の村瀬です。
先日内定をいただいた{_p['name']}さんの運転免許証の情報をお送りします。
社用車の保険登録にご利用ください。

  氏名　　　　：{_p['name']}
  免許証番号　：第 3012 4587 2906 号
  種類　　　　：普通（準中型5t限定）
  有効期限　　：令和10年{_p['m']}月{_p['d']}日まで

入社日は12月1日の予定で変更ありません。
{SIG_MURASE}""",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "one named person's driver's licence number: an identity-document number to an external party",
})

# 041 stop: tab-separated list of five candidates to a partner
_p = [person(born=(1970, 1999)) for _ in range(5)]
_tsv = "\n".join(f"{p['name']}\t{p['age']}\t{p['mobile']}\t{s}\t{h}" for p, s, h in zip(
    _p, ["若葉駅", "東原駅", "若葉駅", "旭台駅", "下落合駅"],
    ["日勤のみ", "早朝可", "週3日", "夜間可", "日勤のみ"]))
M.append({
    "id": "seikatsuhogo-041", "expect": "stop", "sender": MURASE,
    "to": ["青葉運輸 若葉センター 小池所長 <koike@aoba-unyu.co.jp>"],
    "subject": "仕分けスタッフ 応募希望者（5名）",
    "charset": "utf-8",
    "body": f"""青葉運輸 若葉センター
小池所長

お世話になっております。村瀬です。
年末繁忙期の仕分けスタッフの件、応募を希望している方が5名います。
Excelから貼り付けたので見づらかったらすみません。

氏名\t年齢\t携帯\t最寄駅\t希望
{_tsv}

面接日程をいくつかいただければ、こちらで本人と調整します。
{SIG_MURASE}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five named candidates with ages and mobiles pasted tab-separated into the body",
})

# 042 pass: a partner's job posting
M.append({
    "id": "seikatsuhogo-042", "expect": "pass", "sender": MURASE,
    "to": ["青葉運輸 総務部 採用担当 <saiyo@aoba-unyu.co.jp>"],
    "subject": "Re: 求人票（若葉センター 仕分け）の確認",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸 総務部 採用ご担当様

お世話になっております。日の出産業の村瀬です。
求人票の内容、確認いたしました。以下の理解で合っていますでしょうか。

  職種　　：荷物の仕分け・積込み（若葉センター）
  勤務時間：①6:00～10:00 ②9:00～18:00（休憩60分） ③22:00～翌5:00
  時給　　：1,120円（深夜 1,400円）、交通費 上限 月15,000円
  雇用形態：パート（3か月更新、正社員登用あり）
  その他　：未経験可、50代以上の採用実績あり

問題なければ、このまま就労支援センターの求人掲示板に掲載いたします。
{SIG_MURASE}""",
    "entities": [], "detectors": [],
    "note": "a partner's job posting (wages, hours): ordinary business mail",
})

# 043 stop: four volunteers on free mail visible in To
M.append({
    "id": "seikatsuhogo-043", "expect": "stop", "sender": NOGUCHI,
    "to": ["h.tsuchiya1958@gmail.com", "midori-kai_kobayashi@yahoo.co.jp",
           "sato.kazuo.0417@docomo.ne.jp", "m_fujinami@icloud.com"],
    "subject": "見守りボランティア研修会のご案内（12/6）",
    "charset": "iso-2022-jp",
    "body": f"""見守りボランティアの皆様

いつもご協力いただき、ありがとうございます。日の出産業の野口です。
年に一度の研修会を下記のとおり開催いたします。

  日時：12月6日（土）10:00～12:00
  会場：若葉市福祉センター 3階 研修室
  内容：①冬場の見守りで気をつけること（社協 土屋様）
        ②個人情報の取扱いについて
  出欠：11月28日までにこのメールへご返信ください

寒くなってまいりましたので、どうぞご自愛ください。
{SIG_NOGUCHI}""",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "four private persons on free mail can see each other's addresses in To: should have been Bcc",
})

# 044 pass: the same kind of volunteers, properly in Bcc
M.append({
    "id": "seikatsuhogo-044", "expect": "pass", "sender": NOGUCHI,
    "to": [NOGUCHI],
    "bcc": ["h.tsuchiya1958@gmail.com", "midori-kai_kobayashi@yahoo.co.jp",
            "sato.kazuo.0417@docomo.ne.jp", "m_fujinami@icloud.com", "kenji.ohara@ezweb.ne.jp"],
    "subject": "年末の見守り訪問 ご協力のお願い",
    "charset": "cp932",
    "body": f"""見守りボランティアの皆様（BCCにて失礼いたします）

日の出産業の野口です。
今年も年末年始（12/27～1/4）の安否確認訪問へのご協力をお願いしたく、ご連絡いたしました。
ご協力いただける日を、このメールへの返信でお知らせください。
担当世帯は、ご返信いただいた方に個別にお電話でお伝えします。
{SIG_NOGUCHI}""",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "free-mail volunteers in Bcc, not visible to each other; no personal data",
})

# 045 stop: look-alike of the company's own domain
M.append({
    "id": "seikatsuhogo-045", "expect": "stop", "sender": HOJO,
    "to": ["野口 さやか <s.noguchi@hinode-sangyou.co.jp>"],
    "subject": "来週のシフト表",
    "charset": "iso-2022-jp",
    "body": """野口さん

来週のシフト表です。水曜の窓口応援に1名足りないので、調整をお願いします。

  月　北条・三好・佐伯
  火　村瀬・及川・田辺
  水　北条・（未定）
  木　野口・佐伯・三好
  金　全員（月末処理）

北条
""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "hinode-sangyou.co.jp is a look-alike (letter added) of the own domain hinode-sangyo.co.jp",
})

# 046 pass: internal subdomain, CSV with My Numbers
_p = [person() for _ in range(12)]
M.append({
    "id": "seikatsuhogo-046", "expect": "pass", "sender": MIYOSHI,
    "to": ["data-team@mail.hinode-sangyo.co.jp"], "cc": [HOJO],
    "subject": "個人番号 突合用データ（社内作業）",
    "charset": "utf-8",
    "body": """データチーム各位

情報連携の突合作業用のデータです。作業は隔離端末でのみ行い、終わったら削除してください。

三好
""",
    "attachments": [{
        "kind": "csv", "name": "mynumber_match.csv", "encoding": "utf-8",
        "rows": [["ケース番号", "氏名", "生年月日", "個人番号"]] + [
            [p["case"], p["name"], seireki(p, "-"), next_my_number()] for p in _p],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Numbers of twelve persons, but only to internal addresses (a subdomain of hinode-sangyo.co.jp)",
})

# 047 stop: no names, 和暦 DOBs in full-width, addresses, to the city
_p = [person(born=(1950, 1951)) for _ in range(6)]
_r = "\n".join(f"　{p['case']}　　{zen(wareki(p, 'short')).replace('S', 'Ｓ')}　　{p['addr']}{p['bldg']}" for p in _p)
M.append({
    "id": "seikatsuhogo-047", "expect": "stop", "sender": NOGUCHI,
    "to": [CW_MATSUOKA],
    "subject": "来年度 年齢到達世帯の確認",
    "charset": "cp932",
    "body": f"""松岡様

日の出産業の野口です。
来年度中に75歳に到達し、介護保険・後期高齢者医療の切替えが必要になる世帯を抽出しました。
住所は住基の最新と照合済みです。

　世帯番号　　生年月日　　　　住所
　－－－－　　－－－－－　　　－－－－－－－－－－－－－－－－－－
{_r}

切替の案内文の送付時期についてご指示ください。
{SIG_NOGUCHI}""",
    "entities": ["DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six persons' rows (Ｓ-era full-width DOB, home address) without names: still a list of people",
})

# 048 pass: envelope printing order
M.append({
    "id": "seikatsuhogo-048", "expect": "pass", "sender": NOGUCHI,
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "長3窓付き封筒 追加発注のお願い",
    "charset": "iso-2022-jp",
    "body": f"""錦印刷株式会社
営業部 ご担当者様

お世話になっております。日の出産業の野口です。
若葉市生活福祉課の通知用封筒を、下記のとおり追加発注いたします。

  品番：N-203W（長3・窓付き・グラシン）　5,000枚
  品番：N-101 （角2・返信用・料金受取人払）2,000枚
  納期：11月21日（金）
  納品先：若葉市役所 本庁舎1階 生活福祉課
  発注番号：HS-W-2025-0455

版は前回（HS-W-2025-0318）から変更ありません。
{SIG_NOGUCHI}""",
    "entities": [], "detectors": [],
    "note": "a printing order with product codes and order numbers to a partner",
})

# 049 stop: CP932 CSV address data for mailing the decision notices
_p = [person() for _ in range(12)]
M.append({
    "id": "seikatsuhogo-049", "expect": "stop", "sender": NOGUCHI,
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "保護決定通知 宛名データ（12月発送分）",
    "charset": "cp932",
    "body": f"""錦印刷 制作部 ご担当者様

日の出産業の野口です。
12月発送分の宛名データをお送りします。前回と同じレイアウトで宛名印字をお願いします。
{SIG_NOGUCHI}""",
    "attachments": [{
        "kind": "csv", "name": "宛名データ_202512.csv", "encoding": "cp932",
        "rows": [["郵便番号", "住所1", "住所2", "氏名", "敬称"]] + [
            [p["zip"], p["addr"], p["bldg"], p["name"], "様"] for p in _p],
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "mailing data (postcode, address, name) of twelve recipients in a CP932 CSV to a printer",
})

# 050 stop: look-alike of the partner printer (letter dropped)
M.append({
    "id": "seikatsuhogo-050", "expect": "stop", "sender": NOGUCHI,
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatu.co.jp>"],
    "subject": "封筒デザイン 校正戻し",
    "charset": "utf-8",
    "body": f"""錦印刷 制作部 ご担当者様

お世話になっております。日の出産業の野口です。
封筒デザインの校正、確認しました。修正点を添付のPDFに書き込んでいます。
  ・差出人の課名を「生活福祉課」に統一
  ・裏面の問合せ先電話番号のフォントを1段大きく
再校をお待ちしております。
{SIG_NOGUCHI}""",
    "attachments": [{
        "kind": "pdf", "name": "封筒校正_修正指示.pdf",
        "lines": ["長3窓付き封筒 校正（2校）修正指示", "1. 表面 差出人：若葉市 福祉事務所 生活福祉課",
                  "2. 裏面 問合せ先：048-620-0001（代表）フォント 10pt → 12pt"],
    }],
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp drops a letter of partner nishiki-insatsu.co.jp: look-alike domain",
})

# 051 pass: city and the system vendor in To, colleague in Cc
M.append({
    "id": "seikatsuhogo-051", "expect": "pass", "sender": MIYOSHI,
    "to": ["若葉市 情報政策課 桑原様 <kuwabara@city.wakaba.lg.jp>",
           "ツバサシステム 宮内様 <miyauchi@tsubasa-system.jp>"],
    "cc": [HOJO],
    "subject": "ケース管理システム更改 第3回打合せのご案内",
    "charset": "iso-2022-jp",
    "body": f"""若葉市 情報政策課 桑原様
ツバサシステム株式会社 宮内様

お世話になっております。日の出産業の三好です。
第3回打合せを下記のとおり設定させていただきました。

  日時：11月26日（水）15:00～16:30
  場所：若葉市役所 本庁舎7階 小会議室B ／ Teams併用
  議題：データ移行方針（項目対応表）、並行稼働期間、研修計画

資料は前日までに共有フォルダへ格納いたします。
{SIG_MIYOSHI}""",
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To (a normal three-way meeting mail)",
})

# 052 pass: city in To, vendor in Cc, council in Bcc: only two visible
M.append({
    "id": "seikatsuhogo-052", "expect": "pass", "sender": MIYOSHI,
    "to": ["若葉市 生活福祉課 <seikatsu-hogo@city.wakaba.lg.jp>"],
    "cc": ["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    "bcc": ["若葉市社会福祉協議会 <chiiki@wakaba-shakyo.or.jp>"],
    "subject": "【お知らせ】11/29（土）ケース管理システム 計画停止",
    "charset": "utf-8",
    "body": f"""関係者各位

日の出産業の三好です。
サーバ機器の入替えに伴い、ケース管理システムを下記のとおり停止します。

  停止日時：11月29日（土）8:00～20:00
  影響範囲：ケース記録の参照・登録、帳票出力、社協様向け照会画面
  代替手段：緊急時は生活福祉課の紙台帳をご利用ください

作業の進捗は当日16時に一度ご連絡します。
{SIG_MIYOSHI}""",
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "city in To and vendor in Cc (two organisations visible); the third party is in Bcc",
})

# 053 stop: "test data" with real-looking My Numbers to the vendor
_p = [person() for _ in range(5)]
M.append({
    "id": "seikatsuhogo-053", "expect": "stop", "sender": MIYOSHI,
    "to": ["ツバサシステム 移行チーム <ikou@tsubasa-system.jp>"],
    "subject": "移行リハーサル用データ（先行5件）",
    "charset": "utf-8",
    "body": f"""ツバサシステム 移行チーム 各位

日の出産業の三好です。
移行リハーサル用に、本番データから先行5件を抽出しました。
個人番号の桁チェックでエラーになった件の再現にお使いください。
{SIG_MIYOSHI}""",
    "attachments": [{
        "kind": "xlsx", "name": "移行リハーサル_先行5件.xlsx",
        "sheets": {
            "説明": [["移行リハーサル用データ"], ["抽出元", "本番DB 2025/11/10 時点"], ["件数", 5]],
            "データ": [["世帯番号", "氏名", "カナ", "生年月日", "住所", "個人番号"]] + [
                [p["case"], p["name"], p["kana"], seireki(p), p["addr"], next_my_number()] for p in _p],
        },
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "My Numbers with names, DOBs and addresses in an XLSX sent to the system vendor",
})

# 054 pass: bug report with a log excerpt, case IDs only
M.append({
    "id": "seikatsuhogo-054", "expect": "pass", "sender": MIYOSHI,
    "to": ["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    "subject": "【障害報告】帳票出力でタイムアウト（問合せ番号 TS-88213）",
    "charset": "utf-8",
    "body": f"""ツバサシステム 保守窓口 御中

日の出産業の三好です。
本日 9:40 頃から、保護決定通知書の一括出力がタイムアウトします。ログを添付します。

  発生日時：2025-11-12 09:41～
  画面　　：帳票 > 決定通知書 > 一括出力
  件数　　：約320件を指定すると失敗、50件ずつなら成功
  端末　　：WKB-PC-0412（Windows 11 / Edge）

至急ご確認をお願いします。
{SIG_MIYOSHI}""",
    "attachments": [{
        "kind": "txt", "name": "app_error_20251112.log",
        "text": """2025-11-12 09:41:07,332 ERROR [report-batch-3] ReportService - timeout after 120000ms
  job=NOTICE_BULK_20251112_0941 cases=318 template=KETTEI_V4
2025-11-12 09:41:07,335 WARN  [report-batch-3] PdfRenderer - font cache miss: IPAexMincho
2025-11-12 09:43:55,910 ERROR [report-batch-1] ReportService - timeout after 120000ms
  job=NOTICE_BULK_20251112_0943 cases=320 template=KETTEI_V4
2025-11-12 09:52:13,004 INFO  [report-batch-2] ReportService - done job=NOTICE_BULK_20251112_0952 cases=50 elapsed=31.2s
""",
    }],
    "entities": [], "detectors": [],
    "note": "a bug report with an application log: job ids and counts, no personal data",
})

# 055 either: five partner staff as a training roster with their business contacts
M.append({
    "id": "seikatsuhogo-055", "expect": "either", "sender": NOGUCHI,
    "to": [CW_ISHIGURO],
    "subject": "合同研修 外部参加者名簿",
    "charset": "iso-2022-jp",
    "body": f"""石黒様

日の出産業の野口です。12/6の合同研修の外部参加者名簿です（会場の入館手続き用）。

  氏名        所属                          役職        連絡先（勤務先）
  土屋 明子   若葉市社会福祉協議会          主任        048-624-3100 内21 / tsuchiya@wakaba-shakyo.or.jp
  坂口 隆介   みなみホーム株式会社          管理課長    048-631-2288 / sakaguchi@minami-home.jp
  宮内 悠     ツバサシステム株式会社        SE          03-5412-7780 / miyauchi@tsubasa-system.jp
  小池 正樹   青葉運輸株式会社 若葉センター 所長        048-640-5511 / koike@aoba-unyu.co.jp
  白川 玲子   白川法律事務所                弁護士      048-620-8877 / shirakawa@shirakawa-law.jp

以上5名です。入館証の発行をお願いします。
{SIG_NOGUCHI}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five people's business contacts (work phone/e-mail) as a roster: a list of people or business contacts, arguable",
})

# 056 stop: one person's dementia diagnosis and care level to a care agency
_p = person("F", (1938, 1945))
M.append({
    "id": "seikatsuhogo-056", "expect": "stop", "sender": SAEKI,
    "to": ["ひだまりケアプランセンター ケアマネジャー 今井様 <imai@hidamari-care.co.jp>"],
    "subject": "新規ケースのご相談",
    "charset": "cp932",
    "body": f"""ひだまりケアプランセンター
今井様

お世話になっております。日の出産業の佐伯です。
市の担当ケースワーカーからの依頼で、下記の方のケアプラン作成をお願いできないかご相談です。

  ご本人：{_p['name']} 様（{_p['age']}歳・独居）
  ご住所：{_p['addr']}{_p['bldg']}
  要介護度：要介護2（令和7年10月認定）
  主な疾患：アルツハイマー型認知症、骨粗鬆症（腰椎圧迫骨折の既往）
  状況：服薬管理が難しく、火の不始末が2回あったとのことです

一度、担当ケースワーカーと同行訪問させていただければと存じます。
{SIG_SAEKI}""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named person's dementia diagnosis, care level and address to an external care agency",
})

# 057 pass: scheduling a meeting by case number only
M.append({
    "id": "seikatsuhogo-057", "expect": "pass", "sender": SAEKI,
    "to": ["ひだまりケアプランセンター 今井様 <imai@hidamari-care.co.jp>"],
    "subject": "Re: サービス担当者会議の日程",
    "charset": "utf-8",
    "body": f"""今井様

ご連絡ありがとうございます。佐伯です。
ケース番号 W-2291 の件、11月27日（木）14時からで承知いたしました。
市の担当ケースワーカーも同席できるとのことです。会場はご自宅でよろしいでしょうか。

佐伯
""",
    "entities": [], "detectors": [],
    "note": "scheduling by case number only: no personal data",
})

# 058 stop: a person's criminal record to a housing NPO
_p = person("M", (1966, 1975))
M.append({
    "id": "seikatsuhogo-058", "expect": "stop", "sender": OIKAWA,
    "to": ["きぼうハウス 入所相談 <soudan@kibou-house.or.jp>"],
    "subject": "入所のご相談（12月出所予定の方）",
    "charset": "iso-2022-jp",
    "body": f"""NPO法人きぼうハウス
入所相談ご担当様

お世話になっております。日の出産業の及川です。
保護観察所と若葉市から相談を受けている方について、入所の可否をご検討いただけないでしょうか。

{_p['name']}さん（{_p['age']}歳）は、窃盗罪で現在服役中で、12月9日に満期出所の予定です。
身寄りがなく、出所後すぐに住まいが必要です。
前刑も窃盗で、今回が2回目の服役とのことです。

出所後は若葉市で保護申請を行う予定です。面談の日程をご相談させてください。
{SIG_OIKAWA}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named person's criminal record (服役・窃盗) in the body: 要配慮個人情報 of one person",
})

# 059 pass: room block booking with a partner hotel
M.append({
    "id": "seikatsuhogo-059", "expect": "pass", "sender": OIKAWA,
    "to": ["さくらホテル若葉 予約課 <reserve-wakaba@sakura-hotel.jp>"],
    "subject": "年末年始 緊急宿泊枠のご予約（予約番号 SK-25-12877）",
    "charset": "cp932",
    "body": f"""さくらホテル若葉
予約課 ご担当者様

いつもお世話になっております。日の出産業の及川です。
今年も年末年始の緊急一時宿泊枠を下記のとおりお願いいたします。

  期間：12月28日（日）～1月4日（日）7泊
  部屋：シングル 5室（禁煙）
  料金：1泊 5,800円（素泊まり・市の単価契約どおり）
  請求先：日の出産業株式会社（月末締め）

利用者の氏名は、宿泊が決まり次第、チェックイン当日までにお電話でお伝えします。
{SIG_OIKAWA}""",
    "entities": [], "detectors": [],
    "note": "a partner hotel booking with a reservation number and no guest data",
})

# 060 stop: one-record-per-block guest list for emergency lodging
_p = [person(born=(1950, 1998)) for _ in range(6)]
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）\n　　生年月日：{wareki(p)}\n　　前住所　：{p['addr']}\n　　連絡先　：{p['mobile']}"
    for i, p in enumerate(_p))
M.append({
    "id": "seikatsuhogo-060", "expect": "stop", "sender": OIKAWA,
    "to": ["さくらホテル若葉 フロント <front-wakaba@sakura-hotel.jp>"],
    "subject": "本日チェックインの緊急宿泊者（6名）",
    "charset": "utf-8",
    "body": f"""さくらホテル若葉 フロント ご担当者様

及川です。本日チェックイン予定の緊急宿泊者6名をお知らせします。
宿泊者名簿への事前記入にお使いください。

{_blocks}

到着は16時～18時の見込みです。よろしくお願いいたします。
{SIG_OIKAWA}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six guests, one record per block (name, 和暦 DOB, former address, mobile), to a partner hotel",
})

# 061 stop: one person is a domestic-violence victim, to a rental agent
_p = person("F", (1985, 1995))
M.append({
    "id": "seikatsuhogo-061", "expect": "stop", "sender": OIKAWA,
    "to": ["東都住宅管理 若葉営業所 <wakaba@toto-jutaku.co.jp>"],
    "subject": "ご入居者の情報の取扱いについて（お願い）",
    "charset": "iso-2022-jp",
    "body": f"""東都住宅管理株式会社 若葉営業所
ご担当者様

お世話になっております。日の出産業の及川です。
先月サンライズ東原にご入居いただいた{_p['name']}様について、お願いがございます。

{_p['sur']}様は配偶者からの暴力（DV）の被害を受けて避難されている方で、現在、警察にも相談済みです。
元配偶者が住所を探している可能性がありますので、第三者から入居の有無や連絡先の問合せがあっても、
一切お答えにならないようお願いいたします。表札・郵便受けの名前も出さない形でご了承いただいています。

不審な問合せがあった場合は、及川（048-622-7320）までご一報ください。
{SIG_OIKAWA}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named tenant is a DV (crime) victim: 要配慮個人情報 of one person to an external agent",
})

# 062 pass: internal discussion of the same kind of case
_p = person("F", (1985, 1995))
M.append({
    "id": "seikatsuhogo-062", "expect": "pass", "sender": OIKAWA,
    "to": [HOJO], "cc": [SAEKI],
    "subject": "DV避難ケースの住まい確保について（相談）",
    "charset": "utf-8",
    "body": f"""北条さん

{_p['name']}さん（{_p['age']}歳、子2人）の件、ご相談です。
DV被害で11月5日から一時保護所に入所中で、退所後の住まいを探しています。
元夫は若葉市内在住で、本人は不安障害で旭台メンタルクリニックに通院中（佐伯さん把握済み）。

物件は市外の方が安全ですが、市外だと移管の手続きが必要になります。
明日の朝会で5分ほど時間をください。

及川
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "DV and mental-health details of one person, but the mail stays inside hinode-sangyo.co.jp",
})

# 063 stop: religious creed of one patient to a hospital
_p = person("F", (1950, 1960))
M.append({
    "id": "seikatsuhogo-063", "expect": "stop", "sender": SAEKI,
    "to": ["若葉中央病院 地域医療連携室 <renkei@wakaba-chuo-hp.or.jp>"],
    "subject": "手術前のご連絡（ケース番号 " + _p["case"] + "）",
    "charset": "utf-8",
    "body": f"""若葉中央病院 地域医療連携室 ご担当者様

日の出産業 医療扶助チームの佐伯です。
来週、整形外科で人工股関節置換術を予定されている{_p['name']}様について、事前にお伝えいたします。

ご本人は某キリスト教系団体の信者で、宗教上の理由から輸血を一切拒否されています。
ご本人署名の「輸血拒否に関する意思表示カード」の写しは、入院時にお持ちになるとのことです。
無輸血での手術が可能かどうか、主治医の先生にご確認いただけますでしょうか。
{SIG_SAEKI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named patient's religious belief (and surgery): 要配慮個人情報 to an external hospital",
})

# 064 stop: five persons with disability certificates, one per block
_p = [person(born=(1975, 2003)) for _ in range(5)]
_cert = ["療育手帳 B", "精神障害者保健福祉手帳 3級", "身体障害者手帳 4級（右上肢機能障害）",
         "精神障害者保健福祉手帳 2級", "療育手帳 A"]
_blk = "\n".join(
    f"■{p['name']}（{p['sex']}）\n  生年月日 {seireki(p, '.')} ／ 携帯 {p['mobile']}\n  手帳：{c}\n"
    for p, c in zip(_p, _cert))
M.append({
    "id": "seikatsuhogo-064", "expect": "stop", "sender": MURASE,
    "to": ["あすなろワークス 相談支援 <soudan@asunaro-works.or.jp>"],
    "subject": "就労継続支援B型 体験利用のお願い（5名）",
    "charset": "cp932",
    "body": f"""あすなろワークス
相談支援ご担当者様

お世話になっております。日の出産業 就労支援チームの村瀬です。
12月の体験利用について、下記5名をお願いできますでしょうか。

{_blk}
いずれもご本人の同意は得ています。体験日の候補をお知らせください。
{SIG_MURASE}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "five people's records with disability certificates (要配慮) one block each, to an external provider",
})

# 065 pass: list of welfare employers (businesses)
M.append({
    "id": "seikatsuhogo-065", "expect": "pass", "sender": MURASE,
    "to": ["若葉就労支援センター 相談員各位 <soudanin@wakaba-shuro.or.jp>"],
    "subject": "市内の就労継続支援事業所 一覧（11月更新）",
    "charset": "iso-2022-jp",
    "body": f"""相談員の皆様

村瀬です。市内の就労継続支援事業所の一覧を更新しました。見学の案内などにお使いください。

事業所名　　　　　　　　種別　所在地　　　　　　　　　電話　　　　　　定員
あすなろワークス　　　　Ｂ型　若葉市栄町２－８－１　　０４８－６２４－７７０１　２０
わかば福祉工房　　　　　Ｂ型　若葉市東原１－３－５　　０４８－６２６－１２３０　３０
コスモス作業所　　　　　Ｂ型　若葉市北町４－１１－２　０４８－６２８－５５８９　１５
ワークサポートみどり　　Ａ型　若葉市緑ケ丘３－２－９　０４８－６２９－３３１０　２０
ひまわりベーカリー　　　Ａ型　若葉市仲町１－１７－４　０４８－６２２－８８０６　１０
はたらく広場あさひ　　　Ｂ型　若葉市旭台１－５－２２　０４８－６３１－４４５０　２５

※定員は11月1日現在です。空き状況は各事業所にお問い合わせください。
{SIG_MURASE}""",
    "entities": [], "detectors": [],
    "note": "a list of welfare workshops with office phones and addresses (full-width): businesses, not people",
})

# 066 stop: one candidate's health-check results to an employer
_p = person("M", (1972, 1985))
M.append({
    "id": "seikatsuhogo-066", "expect": "stop", "sender": MURASE,
    "to": ["北国フーズ 若葉工場 総務 <wakaba-somu@kitaguni-foods.co.jp>"],
    "subject": "Re: 体験実習の開始日について",
    "charset": "utf-8",
    "body": f"""北国フーズ 若葉工場 総務ご担当様

お世話になっております。村瀬です。
体験実習予定の{_p['name']}さんですが、先日の健康診断で HbA1c 9.2%、空腹時血糖 186mg/dL と
要精密検査の結果が出ました。来週、若葉中央病院で糖尿病の精密検査を受ける予定です。

主治医の意見が出るまで、実習開始を12月8日から12月15日に延期させていただけないでしょうか。
立ち仕事や夜勤の制限がつくかどうかは、分かり次第ご連絡します。
{SIG_MURASE}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named person's health-check results and suspected diabetes sent to an employer",
})

# 067 pass: employer schedule with one contact person
M.append({
    "id": "seikatsuhogo-067", "expect": "pass", "sender": MURASE,
    "to": ["北国フーズ 若葉工場 総務 <wakaba-somu@kitaguni-foods.co.jp>"],
    "subject": "職場体験 受入れスケジュールの確認",
    "charset": "cp932",
    "body": f"""北国フーズ 若葉工場 総務ご担当様

村瀬です。職場体験の受入れスケジュール、以下で確定とさせてください。

  12/ 8（月） 9:00 オリエンテーション（会議室A）
  12/ 8（月）10:00 ライン見学、衛生講習
  12/ 9（火）～12/12（金） 包装ラインでの実習（9:00～15:00）
  12/12（金）15:00 振り返り面談

当日の窓口は御社の工場総務 矢島様（内線 305）と伺っております。
衛生靴のサイズは前日までにお伝えします。
{SIG_MURASE}""",
    "entities": [], "detectors": [],
    "note": "a schedule with the partner's own contact person: ordinary business mail",
})

# 068 pass: one client's record plus a list of creditor companies
_p = person("F", (1968, 1980))
M.append({
    "id": "seikatsuhogo-068", "expect": "pass", "sender": TANABE,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "自己破産申立て準備（債権者一覧）",
    "charset": "iso-2022-jp",
    "body": f"""白川先生

いつもお世話になっております。田辺です。
先日ご相談した方の債権者一覧を整理しました。

【依頼者】
  氏名　　：{_p['name']}（{_p['kana']}）
  生年月日：{wareki(_p)}
  住所　　：{_p['addr']}{_p['bldg']}
  携帯　　：{_p['mobile']}

【債権者】
  No  債権者名                      最終取引日    残高（円）
  1   アイリスカード株式会社         2024/03/11    482,300
  2   株式会社マルヨシクレジット     2024/02/27    915,000
  3   みらいローン株式会社           2023/12/05    300,120
  4   ふたばファイナンス株式会社     2024/01/18    178,640
  5   若葉商工信用組合（保証）       2022/09/30    1,020,000

受任通知の発送をお願いできればと存じます。
{SIG_TANABE}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one client's record (may warn) and a list of creditor companies (businesses): must go",
})

# 069 stop: XLSX without a name column, two monthly sheets with title rows
_p = [person(born=(1960, 1995)) for _ in range(7)]
M.append({
    "id": "seikatsuhogo-069", "expect": "stop", "sender": TANABE,
    "to": ["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
    "subject": "債務相談 受付状況（10月・11月）",
    "charset": "utf-8",
    "body": f"""白川法律事務所 事務局 御中

田辺です。10月・11月の債務相談の受付状況をExcelでお送りします。
受任のご判断の参考にしてください。
{SIG_TANABE}""",
    "attachments": [{
        "kind": "xlsx", "name": "債務相談受付_2025年10-11月.xlsx",
        "sheets": {
            "10月": [["債務相談 受付一覧（2025年10月）"], ["作成：日の出産業 田辺"], [],
                    ["受付番号", "年齢", "性別", "住所", "携帯", "借入総額（万円）"]] + [
                [f"D-10{i + 1:02d}", p["age"], p["sex"], p["addr"], p["mobile"], rng.randint(40, 600)]
                for i, p in enumerate(_p[:3])],
            "11月": [["債務相談 受付一覧（2025年11月）"], [],
                    ["受付番号", "年齢", "性別", "住所", "携帯", "借入総額（万円）"]] + [
                [f"D-11{i + 1:02d}", p["age"], p["sex"], p["addr"], p["mobile"], rng.randint(40, 600)]
                for i, p in enumerate(_p[3:])],
        },
    }],
    "entities": ["JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven persons' rows (address, mobile) across two sheets, no name column: a list of people",
})

# 070 pass: Outlook-style reply, client details only in the quoted original
_p = person("M", (1970, 1985))
M.append({
    "id": "seikatsuhogo-070", "expect": "pass", "sender": TANABE,
    "to": ["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
    "subject": "RE: 面談日程のご確認",
    "charset": "cp932",
    "body": f"""白川法律事務所 事務局 中西様

田辺です。11月21日（金）10時で承知しました。ご本人にも伝えてあります。
当日は私が事務所までお連れします。

-----Original Message-----
差出人: 中西 里美 <jimukyoku@shirakawa-law.jp>
送信日時: 2025年11月13日 16:02
宛先: 田辺 祐介 <y.tanabe@hinode-sangyo.co.jp>
件名: 面談日程のご確認

田辺様

白川法律事務所の中西です。
{_p['name']}様（{wareki(_p)}生、携帯 {_p['mobile']}、住所 {_p['addr']}）の面談ですが、
11月21日（金）10時からでいかがでしょうか。
源泉徴収票と通帳の写しをお持ちいただくようお伝えください。
""",
    "entities": [], "detectors": [],
    "note": "the client's details appear only under -----Original Message----- of the mail being answered",
})

# 071 stop: reply that adds a new diagnosis above the quote
_p = person("M", (1975, 1990))
M.append({
    "id": "seikatsuhogo-071", "expect": "stop", "sender": SAEKI,
    "to": [CW_ISHIGURO],
    "subject": "Re: 訪問記録の件",
    "charset": "iso-2022-jp",
    "body": f"""石黒様

承知しました。訪問記録は本日中に入力いたします。

追記：{_p['name']}さんですが、本日ご本人からお電話があり、統合失調症の症状が悪化したため
若葉こころの病院への通院を再開したとのことでした。次回の訪問は体調を見て調整したいそうです。

佐伯

> 佐伯さん
> 先週の訪問記録がまだシステムに入っていないようです。確認をお願いします。
> 石黒
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the new text of a reply names a person with schizophrenia; only the short quote is old",
})

# 072 pass: training agenda PDF
M.append({
    "id": "seikatsuhogo-072", "expect": "pass", "sender": HOJO,
    "to": [CW_MATSUOKA],
    "subject": "新任ケースワーカー研修 次第（案）",
    "charset": "utf-8",
    "body": f"""松岡様

北条です。新任ケースワーカー研修の次第（案）をお送りします。
講師の割り振りについてご意見をいただけますと幸いです。
{SIG_HOJO}""",
    "attachments": [{
        "kind": "pdf", "name": "新任CW研修_次第案.pdf", "title": "新任ケースワーカー研修 次第",
        "lines": ["新任ケースワーカー研修（令和8年4月）次第（案）", "",
                  "1日目  生活保護制度の概要 / 面接技法 / 記録の書き方",
                  "2日目  医療扶助とレセプト / 就労支援の進め方",
                  "3日目  債務整理の基礎（白川法律事務所）/ 家主対応 / 振り返り"],
    }],
    "entities": [], "detectors": [],
    "note": "a training agenda PDF with no personal data or marking",
})

# 073 stop: PDF manual with 部外秘 footer to a staffing agency
M.append({
    "id": "seikatsuhogo-073", "expect": "stop", "sender": HOJO,
    "to": ["きずなスタッフ 派遣営業 <haken-eigyo@kizuna-staff.co.jp>"],
    "subject": "派遣スタッフ様向け 業務手順書",
    "charset": "cp932",
    "body": f"""きずなスタッフ株式会社
派遣営業ご担当者様

お世話になっております。日の出産業の北条です。
12月から来ていただく入力スタッフの方向けに、業務手順書をお送りします。
初日までにご一読いただくようお伝えください。
{SIG_HOJO}""",
    "attachments": [{
        "kind": "pdf", "name": "入力業務手順書_v3.2.pdf", "title": "入力業務手順書",
        "page_footer": "部外秘　日の出産業株式会社 公共サービス事業部",
        "lines": ["若葉市受託 収入申告書入力 業務手順書 v3.2", "",
                  "1. 入館・端末ログイン手順", "2. 申告書の受付と仕分け", "3. 入力画面の操作",
                  "4. 二重チェックの手順", "5. 書類の保管と返却", "6. 事故発生時の連絡先"],
    }],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "the attached manual carries 部外秘 in its page footer and goes to an external agency",
})

# 074 pass: mentions 社外秘 without being marked
M.append({
    "id": "seikatsuhogo-074", "expect": "pass", "sender": HOJO,
    "to": ["きずなスタッフ 派遣営業 <haken-eigyo@kizuna-staff.co.jp>"],
    "subject": "Re: 手順書の事前送付について",
    "charset": "iso-2022-jp",
    "body": f"""きずなスタッフ 派遣営業ご担当者様

北条です。手順書の件、社内で確認しました。
手順書そのものは社外秘の扱いのため事前にお渡しできず、初日に当センター内で読んでいただく形になります。
代わりに、事前にお伝えしておきたいポイントを以下に書いておきます。

  ・私物のスマートフォンは執務室に持ち込めません（ロッカーあり）
  ・入力は二人一組で、読み上げと確認を交代で行います
  ・初日は9時に1階受付へお越しください

ご理解のほどよろしくお願いいたします。
{SIG_HOJO}""",
    "entities": [], "detectors": [],
    "note": "the word 社外秘 is only mentioned (why a manual cannot be sent), no marked document: must go",
})

# 075 stop: DOCX headed 極秘 naming a suspected fraud case
_p = person("M", (1965, 1980))
M.append({
    "id": "seikatsuhogo-075", "expect": "stop", "sender": HOJO,
    "to": [CITY_KACHO],
    "subject": "収入未申告の疑いに関する調査結果",
    "charset": "utf-8",
    "body": f"""大友課長

北条です。ご指示のありました件の調査結果を添付いたします。
ご確認のうえ、今後の対応についてご指示ください。
{SIG_HOJO}""",
    "attachments": [{
        "kind": "docx", "name": "調査結果報告_" + _p["case"] + ".docx", "title": "調査結果報告",
        "page_header": "極秘",
        "paragraphs": [
            "収入未申告の疑いに関する調査結果報告", "",
            f"対象世帯：{_p['case']}　世帯主 {_p['name']}（{_p['age']}歳）",
            f"住所：{_p['addr']}{_p['bldg']}",
            "1. 課税調査の結果、令和6年中に市外の建設会社から約142万円の給与支払報告あり。",
            "2. 同期間の収入申告はいずれも「収入なし」。",
            "3. 本人への聞き取りは未実施。法第78条の適用について検討を要する。"],
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["confidential_marking", "personal_data"],
    "note": "a DOCX whose page header says 極秘, naming one household: marking going to an external office",
})

# 076 stop: bank inquiry (法29条) for seven persons, one block each
_p = [person() for _ in range(7)]
_q = "\n".join(
    f"【照会{i + 1}】\n 氏名（カナ）：{p['kana']}\n 生年月日　　：{p['y']}年{p['m']}月{p['d']}日\n 住所　　　　：{p['addr']}\n"
    for i, p in enumerate(_p))
M.append({
    "id": "seikatsuhogo-076", "expect": "stop", "sender": NOGUCHI,
    "to": ["みどり銀行 事務集中部 照会担当 <shokai@midori-ginko.co.jp>"],
    "subject": "生活保護法第29条に基づく預貯金等の照会（11月分）",
    "charset": "cp932",
    "body": f"""みどり銀行 事務集中部
照会ご担当者様

いつもお世話になっております。若葉市福祉事務所の委託先、日の出産業の野口です。
生活保護法第29条に基づき、下記の方の預貯金の有無について照会いたします。
正式な照会書は市から郵送いたしますが、事前の確認のため先にお送りします。

{_q}
ご回答は12月5日までにお願いいたします。
{SIG_NOGUCHI}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "seven persons (kana name, DOB, address), one block each, in a bank inquiry to a partner",
})

# 077 pass: bank inquiry procedure, no persons
M.append({
    "id": "seikatsuhogo-077", "expect": "pass", "sender": NOGUCHI,
    "to": ["みどり銀行 事務集中部 照会担当 <shokai@midori-ginko.co.jp>"],
    "subject": "Re: 29条照会の電子化について",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 事務集中部
照会ご担当者様

野口です。ご案内ありがとうございます。
預貯金照会の電子化（照会システム経由）について、市の担当とも確認しました。

  ・来年4月から電子照会に切り替える方向で、市が利用申込を行います
  ・移行期間中（4～6月）は紙の照会書と併用
  ・回答期限はこれまでどおり照会日から2週間

利用申込書の様式をお送りいただけますでしょうか。
{SIG_NOGUCHI}""",
    "entities": [], "detectors": [],
    "note": "procedural mail to a partner bank, no person's data",
})

# 078 stop: look-alike of the partner bank (co. dropped), one person's inquiry
_p = person("F", (1955, 1970))
M.append({
    "id": "seikatsuhogo-078", "expect": "stop", "sender": NOGUCHI,
    "to": ["みどり銀行 照会担当 <shokai@midori-ginko.jp>"],
    "subject": "預金照会（追加1件）",
    "charset": "utf-8",
    "body": f"""みどり銀行 照会ご担当者様

野口です。先日の照会に1件追加をお願いいたします。

  氏名：{_p['kana']}
  生年月日：{seireki(_p)}
  住所：{_p['addr']}

回答は他の照会と同じ期限で構いません。
{SIG_NOGUCHI}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "midori-ginko.jp drops the co. of partner midori-ginko.co.jp: look-alike domain",
})

# 079 stop: homoglyph look-alike of the partner electronics company
_p = person("M", (1950, 1965))
M.append({
    "id": "seikatsuhogo-079", "expect": "stop", "sender": NOGUCHI,
    "to": ["川崎電機 配送センター <haiso@kawasaki-denkl.co.jp>"],
    "subject": "配送・設置のご依頼（PO HS-W-0461）",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機 配送センター ご担当者様

日の出産業の野口です。注文書 HS-W-0461 の配送先をお知らせします。

  お届け先：{_p['name']} 様
  住所　　：{_p['addr']}{_p['bldg']}
  電話　　：{_p['land']}
  品目　　：KD-R138W（冷蔵庫）、KD-FH12（石油ファンヒーター）
  希望日　：11月28日（金）午前

古い冷蔵庫の引取りもお願いします（リサイクル料金は当社請求で）。
{SIG_NOGUCHI}""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "kawasaki-denkl.co.jp swaps i for l (homoglyph) of partner kawasaki-denki.co.jp",
})

# 080 pass: the correct partner, one delivery address
_p = person("F", (1945, 1960))
M.append({
    "id": "seikatsuhogo-080", "expect": "pass", "sender": NOGUCHI,
    "to": ["川崎電機 配送センター <haiso@kawasaki-denki.co.jp>"],
    "subject": "配送・設置のご依頼（PO HS-W-0462）",
    "charset": "cp932",
    "body": f"""川崎電機 配送センター
ご担当者様

お世話になっております。日の出産業の野口です。
注文書 HS-W-0462 について、配送先は下記のとおりです。

お届け先　{_p['name']} 様
〒{_p['zip']} {_p['addr']}{_p['bldg']}
TEL {_p['mobile']}
品目　KD-W60A（洗濯機）1台
日時　12月2日（火）14時～16時

エレベーターのない3階のお部屋ですので、2名での作業をお願いいたします。
{SIG_NOGUCHI}""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one delivery recipient's address and phone to the partner: a single person's record may warn, must go",
})

# 081 stop: legacy XLS of six delivery addresses to the partner
_p = [person(born=(1940, 1990)) for _ in range(6)]
M.append({
    "id": "seikatsuhogo-081", "expect": "stop", "sender": NOGUCHI,
    "to": ["川崎電機 配送センター <haiso@kawasaki-denki.co.jp>"],
    "subject": "12月分 配送先一覧（6件）",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機 配送センター ご担当者様

野口です。12月分の配送先をまとめてお送りします（市の様式がxlsのため、そのまま添付します）。
日時のご希望は備考欄をご覧ください。
{SIG_NOGUCHI}""",
    "attachments": [{
        "kind": "xls", "name": "haisosaki_202512.xls",
        "sheets": {"配送先": [["PO番号", "氏名", "郵便番号", "住所", "電話", "品目", "備考"]] + [
            [f"HS-W-04{70 + i}", p["name"], p["zip"], p["addr"] + p["bldg"], p["land"],
             rng.choice(["KD-R138W", "KD-W60A", "KD-FH12", "KD-MW17"]),
             rng.choice(["午前希望", "午後希望", "平日のみ", "要事前電話", ""])]
            for i, p in enumerate(_p)]},
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six delivery recipients (name, address, phone) in a legacy XLS to a partner",
})

# 082 pass: internal forward of a hospital's mail with a diagnosis
_p = person("M", (1955, 1968))
M.append({
    "id": "seikatsuhogo-082", "expect": "pass", "sender": SAEKI,
    "to": [HOJO],
    "subject": "FW: 退院調整について（若葉中央病院）",
    "charset": "cp932",
    "body": f"""北条さん

病院から退院調整の連絡が来ました。住まいの確保が間に合わないので、
及川さんとも相談したいです。

---------- Forwarded message ---------
From: 若葉中央病院 地域医療連携室 <renkei@wakaba-chuo-hp.or.jp>
Date: 2025年11月14日(金) 11:20
Subject: 退院調整について

日の出産業 佐伯様

{_p['name']}様（{_p['age']}歳）は、脳梗塞後の左片麻痺でリハビリを継続してまいりましたが、
11月末で退院可能と主治医が判断しました。
杖歩行は可能ですが、以前のアパート（2階・階段のみ）への退院は難しい状況です。
退院先のご調整をお願いいたします。

地域医療連携室 MSW 吉川
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "forward of a hospital mail with a diagnosis, but only to an internal colleague",
})

# 083 stop: a passport number of one person for repatriation support
M.append({
    "id": "seikatsuhogo-083", "expect": "stop", "sender": MURASE,
    "to": ["グローバルブリッジ 帰国支援デスク <kikoku@global-bridge.or.jp>"],
    "subject": "帰国支援のご相談（フィリピン国籍の方）",
    "charset": "utf-8",
    "body": f"""NPO法人グローバルブリッジ
帰国支援デスク ご担当者様

日の出産業 就労支援チームの村瀬です。
帰国を希望されている方について、航空券手配の支援をお願いできないかご相談です。

  氏名：DELA CRUZ Rowena（デラクルス ロウェナ）
  生年月日：1972年12月3日
  旅券番号：P4471902B
  旅券有効期限：2027年6月30日
  帰国先：マニラ

旅券はご本人が保管しており、原本の確認はいつでも可能です。
{SIG_MURASE}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a passport number of one named person: an identity-document number to an external NPO",
})

# 084 stop: a credit card number of one client to the partner law office
_p = person("M", (1975, 1988))
_card = next_card()
M.append({
    "id": "seikatsuhogo-084", "expect": "stop", "sender": TANABE,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "カード会社の特定について",
    "charset": "iso-2022-jp",
    "body": f"""白川先生

田辺です。{_p['name']}さんの債権者のうち、ご本人が社名を覚えていなかったカードの件です。
財布に残っていたカードの番号は以下のとおりでした。

  {_card[:4]}-{_card[4:8]}-{_card[8:12]}-{_card[12:]}（有効期限 08/27）

国際ブランドから発行会社を特定していただけますでしょうか。
リボ残高は本人の記憶では40万円前後とのことです。
{SIG_TANABE}""",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a full credit card number of a named client in the body: must stop even for one person",
})

# 085 pass: document delivery with a tracking number
M.append({
    "id": "seikatsuhogo-085", "expect": "pass", "sender": NOGUCHI,
    "to": [CITY_HOGO],
    "subject": "収入申告書 原本の返却（発送のご連絡）",
    "charset": "utf-8",
    "body": f"""生活福祉課 保護係 御中

日の出産業の野口です。
入力を終えた10月分の収入申告書（原本）を本日発送いたしました。

  発送方法：書留ゆうパック
  お問い合わせ番号：3318-4420-7165
  箱数：2箱（612件）
  到着予定：11月14日（金）午前

受領書にご押印のうえ、次回の集荷時にお渡しください。
{SIG_NOGUCHI}""",
    "entities": [], "detectors": [],
    "note": "a parcel tracking number and counts: ordinary business mail",
})


def _corporate_number(base12: str) -> str:
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_tnum = "T" + _corporate_number(f"{rng.randint(10 ** 11, 10 ** 12 - 1)}")

# 086 pass: invoice with the company's registration (T) number
M.append({
    "id": "seikatsuhogo-086", "expect": "pass", "sender": HOJO,
    "to": ["若葉市 生活福祉課 庶務係 <shomu-fukushi@city.wakaba.lg.jp>"],
    "subject": "10月分 委託料の請求書送付",
    "charset": "cp932",
    "body": f"""生活福祉課 庶務係 ご担当者様

お世話になっております。日の出産業の北条です。
10月分の委託料の請求書をPDFでお送りします。原本は本日郵送いたしました。

  請求書番号：INV-WKB-2510
  請求金額　：6,138,000円（うち消費税 558,000円）
  登録番号　：{_tnum}
  お支払期限：12月10日

ご査収のほどよろしくお願いいたします。
{SIG_HOJO}""",
    "attachments": [{
        "kind": "pdf", "name": "請求書_INV-WKB-2510.pdf", "title": "請求書",
        "lines": ["請求書", "若葉市長 様", "", "日の出産業株式会社", f"登録番号 {_tnum}",
                  "件名：若葉市生活保護業務支援委託（令和7年10月分）",
                  "金額：6,138,000円（税込）", "振込先：みどり銀行 若葉支店 当座 0037715"],
    }],
    "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "an invoice with the company's own T-number and bank account: business data, not personal",
})

# 087 stop: four patients only, but each row carries a diagnosis
_p = [person(born=(1940, 1970)) for _ in range(4)]
_r = "\n".join(f"{p['name']} / {p['addr']} / {c} / {t}" for p, c, t in zip(_p, [
    "人工透析", "精神科（統合失調症）", "人工透析", "がん化学療法（外来）"], [
    "月水金 7:30", "隔週木 9:00", "火木土 12:00", "毎週火 8:45"]))
M.append({
    "id": "seikatsuhogo-087", "expect": "stop", "sender": SAEKI,
    "to": ["若葉交通 配車センター <haisha@wakaba-kotsu.co.jp>"],
    "subject": "12月からの通院移送 追加分",
    "charset": "utf-8",
    "body": f"""若葉交通 配車センター 御中

佐伯です。12月から通院移送の対象が4名追加になります。

氏名 / 住所 / 通院内容 / 迎車
{_r}

請求は従来どおり月末締めでお願いいたします。
{SIG_SAEKI}""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "only four people, but each row carries treatment/diagnosis (要配慮個人情報)",
})

# 088 pass: four attendees' phones to a venue
_p = [person(born=(1970, 2000)) for _ in range(4)]
_r = "\n".join(f"{i + 1}) {p['name']}  {p['mobile']}" for i, p in enumerate(_p))
M.append({
    "id": "seikatsuhogo-088", "expect": "pass", "sender": MURASE,
    "to": ["若葉市民会館 施設予約係 <yoyaku@wakaba-kaikan.jp>"],
    "subject": "11/20 面接会 当日スタッフの連絡先",
    "charset": "iso-2022-jp",
    "body": f"""若葉市民会館 施設予約係 ご担当者様

日の出産業の村瀬です。11/20の合同面接会（2階大ホール）について、
当日の搬入・受付を手伝う当社アルバイトスタッフ4名の連絡先をお知らせします。
搬入口の開錠時に連絡がつかない場合は、以下へお電話ください。

{_r}

搬入は8:30開始の予定です。よろしくお願いいたします。
{SIG_MURASE}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's names and phones: under the five-person threshold, may warn, must go",
})

# 089 stop: exactly five attendees in a UTF-8 CSV
_p = [person(born=(1970, 2000)) for _ in range(5)]
M.append({
    "id": "seikatsuhogo-089", "expect": "stop", "sender": MURASE,
    "to": ["北国フーズ 人事課 <jinji@kitaguni-foods.co.jp>"],
    "subject": "説明会参加者リスト（12/10）",
    "charset": "utf-8",
    "body": f"""北国フーズ 人事課 ご担当者様

村瀬です。12/10の会社説明会の参加者リストを添付します。
説明会後の連絡は、各自へ直接いただいて構いません（本人了承済み）。
{SIG_MURASE}""",
    "attachments": [{
        "kind": "csv", "name": "setsumeikai_20251210.csv", "encoding": "utf-8",
        "rows": [["No", "氏名", "ふりがな", "携帯電話", "メール"]] + [
            [i + 1, p["name"], p["kana"], p["mobile"],
             f"{rng.choice(['hk', 'ty', 'mm', 'sn', 'ka'])}{rng.randint(100, 999)}.{rng.choice(['wakaba', 'hope', 'job'])}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com'])}"]
            for i, p in enumerate(_p)],
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "exactly five persons with phones and private e-mail addresses in a CSV: a list of people",
})

# 090 pass: XLSX of cooperating estate agents (businesses)
M.append({
    "id": "seikatsuhogo-090", "expect": "pass", "sender": OIKAWA,
    "to": [CW_MATSUOKA],
    "subject": "協力不動産業者リスト（令和7年度版）",
    "charset": "iso-2022-jp",
    "body": f"""松岡様

及川です。住まい探しに協力いただける不動産業者のリストを更新しました。
窓口でのご案内にお使いください。エリア別にシートを分けています。
{SIG_OIKAWA}""",
    "attachments": [{
        "kind": "xlsx", "name": "協力不動産業者リスト_R7.xlsx",
        "sheets": {
            "北部": [["協力不動産業者（北部）"], ["社名", "所在地", "電話", "窓口", "備考"],
                   ["若葉不動産株式会社", "若葉市北町1-2-3", "048-628-1001", "賃貸管理部", "代理納付可"],
                   ["北町ハウジング", "若葉市北町3-8-10", "048-628-4410", "店頭", "高齢者可"],
                   ["みなみホーム株式会社 北町店", "若葉市北町2-14-1", "048-628-7722", "管理課", ""]],
            "南部": [["協力不動産業者（南部）"], ["社名", "所在地", "電話", "窓口", "備考"],
                   ["東都住宅管理 若葉営業所", "若葉市栄町4-1-2", "048-624-5500", "入居審査", "保証会社必須"],
                   ["さかえ不動産", "若葉市栄町1-9-7", "048-624-3181", "店頭", "ペット可物件あり"],
                   ["旭台エステート", "若葉市旭台4-2-18", "048-631-9090", "賃貸課", "車椅子対応物件あり"]],
        },
    }],
    "entities": [], "detectors": [],
    "note": "an XLSX list of estate agents (company names, office phones): businesses, not people",
})

# 091 stop: private individual landlords with home addresses and bank accounts
_p = [person(born=(1940, 1965)) for _ in range(6)]
_r = "\n".join(
    f"| {p['name']} | {p['addr']} | みどり銀行 {rng.choice(['若葉支店', '本店営業部', '旭台出張所'])} 普通 {bank_acct()} | {p['kana']} |"
    for p in _p)
M.append({
    "id": "seikatsuhogo-091", "expect": "stop", "sender": OIKAWA,
    "to": ["若葉市 会計課 支払係 <shiharai@city.wakaba.lg.jp>"],
    "subject": "代理納付 振込先（個人家主分）の登録依頼",
    "charset": "utf-8",
    "body": f"""会計課 支払係 ご担当者様

日の出産業の及川です。
1月分から代理納付となる個人家主さんの振込先を、債権者登録用にお知らせします。

| 家主氏名 | 住所 | 振込先 | 口座名義 |
|---|---|---|---|
{_r}

登録が完了しましたらご一報ください。
{SIG_OIKAWA}""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "six private landlords (persons, not companies) with home addresses and bank accounts",
})

# 092 pass: scheduling with one city contact
M.append({
    "id": "seikatsuhogo-092", "expect": "pass", "sender": OIKAWA,
    "to": [CW_MATSUOKA],
    "subject": "家主説明会の会場について",
    "charset": "cp932",
    "body": f"""松岡様

及川です。1月の家主説明会の会場の件、住宅課の須藤様（内線 4412）に確認したところ、
市役所本庁舎5階の502会議室が1月22日午後に空いているとのことでした。
仮押さえをしていただけるとのことなので、日程が決まり次第、須藤様へ直接ご連絡をお願いします。
{SIG_OIKAWA}""",
    "entities": [], "detectors": [],
    "note": "ordinary scheduling naming one city staff member and extension",
})

# 093 stop: subject classified 社外秘
M.append({
    "id": "seikatsuhogo-093", "expect": "stop", "sender": HOJO,
    "to": [CITY_KACHO],
    "subject": "【社外秘】次年度 受託体制案（ドラフト）",
    "charset": "iso-2022-jp",
    "body": f"""大友課長

北条です。非公式のご相談として、次年度の体制案のドラフトをお送りします。

  ・常勤 9名 → 11名（医療扶助 +1、就労支援 +1）
  ・非常勤 4名 → 3名
  ・入力業務の一部をOCR化し、月あたり約120時間を削減
  ・委託料は前年比 +6.5% を想定

まだ社内決裁前のため、課内限りでご覧いただけますと幸いです。
{SIG_HOJO}""",
    "entities": [], "detectors": ["confidential_marking"],
    "note": "the subject carries the classification 【社外秘】 and the mail goes to an external office",
})

# 094 stop: password-protected PDF
_p = [person() for _ in range(5)]
M.append({
    "id": "seikatsuhogo-094", "expect": "stop", "sender": NOGUCHI,
    "to": [CW_ISHIGURO],
    "subject": "11月支給 支給明細（再発行分）",
    "charset": "utf-8",
    "body": f"""石黒様

野口です。再発行のご依頼があった支給明細をPDFにまとめました。
PDFには開封パスワードを設定しています（いつもの形式です）。
{SIG_NOGUCHI}""",
    "attachments": [{
        "kind": "pdf", "name": "支給明細_再発行_202511.pdf", "password": "wk202511",
        "lines": ["11月支給 支給明細（再発行）"],
        "table": [["ケース番号", "氏名", "生活扶助", "住宅扶助", "合計"]] + [
            [p["case"], p["name"], f"{rng.randint(60, 80)},{rng.randint(100, 999)}",
             f"{rng.randint(33, 41)},000", "-"] for p in _p],
    }],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "a password-protected PDF: the attachment cannot be inspected",
})

# 095 pass: aggregate statistics CSV by district
M.append({
    "id": "seikatsuhogo-095", "expect": "pass", "sender": HOJO,
    "to": ["若葉市 福祉総務課 統計担当 <tokei-fukushi@city.wakaba.lg.jp>"],
    "subject": "地区別 被保護世帯数（10月末）",
    "charset": "utf-8",
    "body": f"""福祉総務課 統計ご担当者様

北条です。10月末時点の地区別の世帯数・人員をCSVでお送りします。
{SIG_HOJO}""",
    "attachments": [{
        "kind": "csv", "name": "chikubetsu_202510.csv", "encoding": "utf-8",
        "rows": [["地区", "世帯数", "人員", "高齢者世帯", "母子世帯", "障害者世帯", "その他"],
                 ["北部", 812, 1044, 431, 58, 149, 174], ["中部", 1125, 1502, 602, 77, 201, 245],
                 ["南部", 698, 921, 350, 49, 133, 166], ["合計", 2635, 3467, 1383, 184, 483, 585]],
    }],
    "entities": [], "detectors": [],
    "note": "aggregate counts by district: no individual is identifiable",
})

# 096 pass: image attachment with a viewing appointment
M.append({
    "id": "seikatsuhogo-096", "expect": "pass", "sender": OIKAWA,
    "to": ["さかえ不動産 店長 <tencho@sakae-fudosan.jp>"],
    "subject": "内見のお願い（第三栄荘 1R）",
    "charset": "iso-2022-jp",
    "body": f"""さかえ不動産 店長様

及川です。先日お電話でお話しした第三栄荘の1Rについて、
11月22日（土）11時に内見をお願いできますでしょうか。
当日は私と、市のケースワーカーの2名で伺います。
駐車場の場所を地図に印を付けて添付しましたので、違っていたら教えてください。
{SIG_OIKAWA}""",
    "attachments": [{"kind": "png", "name": "map_sakaecho.png"}],
    "entities": [], "detectors": [],
    "note": "a viewing appointment with a map image: ordinary business mail",
})

# 097 stop: a family member on free mail told a relative's diagnosis
_p = person("F", (1938, 1948))
M.append({
    "id": "seikatsuhogo-097", "expect": "stop", "sender": SAEKI,
    "to": ["yumi.k-0323@icloud.com"],
    "subject": "お母様のご入院について",
    "charset": "utf-8",
    "body": f"""{_p['sur']} 由美様

突然のご連絡失礼いたします。若葉市福祉事務所の委託を受けている日の出産業の佐伯です。
お電話がつながらなかったため、市からお伺いしていたアドレスにご連絡しております。

お母様の{_p['name']}様が、11月15日に脳梗塞で若葉中央病院に救急搬送され、現在入院中です。
意識ははっきりされていますが、右半身に麻痺が残る見込みと主治医から伺っています。
入院の手続きと今後のことについてご相談したく、ご都合のよいときにお電話をいただけますでしょうか。
（佐伯 直通 048-622-7315）
{SIG_SAEKI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a named person's stroke and paralysis sent to a relative's free-mail address",
})

# 098 either: the recipient's own medical details to the recipient's own carrier mail
M.append({
    "id": "seikatsuhogo-098", "expect": "either", "sender": SAEKI,
    "to": ["morohoshi-k.1964@ezweb.ne.jp"],
    "subject": "12月の医療券について",
    "charset": "iso-2022-jp",
    "body": f"""諸星 和也様

日の出産業の佐伯です。ご本人様からのご依頼により、メールでご連絡いたします。
12月分の医療券は、以下のとおり発行済みです。

  医療機関：若葉こころの病院（精神科）
  傷病名　：双極性障害
  有効期間：令和7年12月1日～12月31日

医療券は病院に直接送付しておりますので、受診時に受付でお名前をお伝えください。
{SIG_SAEKI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a diagnosis sent, at his request, to the person concerned on his own carrier mail: arguable",
})

# 099 pass: English mail to an overseas researcher, aggregate figures only
M.append({
    "id": "seikatsuhogo-099", "expect": "pass", "sender": ARAKAWA,
    "to": ["Prof. Anna Lindqvist <a.lindqvist@norrvik-university.se>"],
    "subject": "Re: Request for figures on employment support outcomes",
    "charset": "utf-8",
    "body": f"""Dear Professor Lindqvist,

Thank you for your interest in the employment-support programme we run for Wakaba City.
With the City's permission, here are the aggregate figures for FY2024:

  Participants enrolled ............ 214
  Completed the 12-week programme .. 151
  Entered employment (any) ......... 63
  Still employed after 6 months .... 41
  Average age ...................... 47.8

We cannot share case-level data, but we would be glad to discuss the programme design
in a video call. Would any afternoon in the week of 8 December suit you (CET morning)?
{SIG_ARAKAWA}""",
    "entities": [], "detectors": [],
    "note": "aggregate programme statistics to a foreign researcher: no individual data",
})

# 100 stop: ZIP of a handover memo (DOCX) and a case list (XLSX)
_p = [person() for _ in range(8)]
M.append({
    "id": "seikatsuhogo-100", "expect": "stop", "sender": NOGUCHI,
    "to": [CW_MATSUOKA], "cc": [HOJO],
    "subject": "東地区 担当替えの引継ぎ資料",
    "charset": "cp932",
    "body": f"""松岡様

日の出産業の野口です。
12月からの東地区の担当替えに向けて、引継ぎ資料一式をZIPにまとめました。
・引継ぎメモ.docx（全体の注意点）
・東地区_世帯一覧.xlsx（世帯ごとの連絡先と扶助の種類）
新任の方にお渡しください。
{SIG_NOGUCHI}""",
    "attachments": [{
        "kind": "zip", "name": "東地区_引継ぎ資料.zip",
        "files": [
            {"kind": "docx", "name": "引継ぎメモ.docx",
             "paragraphs": ["東地区 引継ぎメモ", "・訪問は午前中を避けてほしい世帯が多い",
                            "・家主対応は及川（日の出産業）経由で", "・年末は灯油代の相談が増える"]},
            {"kind": "xlsx", "name": "東地区_世帯一覧.xlsx",
             "sheets": {"世帯一覧": [["東地区 世帯一覧（令和7年11月末）"],
                                  ["世帯番号", "世帯主（カナ）", "住所", "電話", "扶助の種類", "世帯人員"]] + [
                 [p["case"], p["kana"], p["addr"] + p["bldg"], p["land"],
                  rng.choice(["生活・住宅", "生活・住宅・教育", "生活", "生活・住宅・介護"]),
                  rng.randint(1, 4)] for p in _p]}},
        ],
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a ZIP holding an XLSX of eight households (kana name, address, phone) to the city",
})

# A Japanese mail client sending ISO-2022-JP maps the CP932-only characters it cannot
# encode (～ －, circled digits) to their JIS X 0208 counterparts.
_JIS = str.maketrans({"～": "〜", "－": "−", "①": "(1)", "②": "(2)", "③": "(3)"})
for _m in M:
    if _m["charset"] == "iso-2022-jp":
        for _k in ("subject", "body", "html"):
            if _m.get(_k):
                _m[_k] = _m[_k].translate(_JIS)

MESSAGES = M
