"""Blind corpus: byoji — 病児保育・ベビーシッター派遣の福利厚生サービス.

日の出産業株式会社 ライフサポート事業部 runs 「ひのでキッズケア」, an employee-benefit
service for client companies: sick-child day care rooms (病児保育室「ひだまりルーム」) and
babysitter dispatch.  The mail here is that business's: parents' registrations, children's
symptoms and doctors' notes (医師連絡票), sitters' schedules, pay and identity checks,
partner paediatric clinics, corporate contracts with client companies, insurance, payroll
and bank transfers, and subsidies from municipalities (病児保育事業補助金).

Every person, child, address, phone number, account, card, My Number, licence, passport,
residence card, pension and insurance number, company, clinic and domain below is
invented (apart from the organisation and partner domains set by BRIEF.md); any likeness
to a real one is chance.  My Numbers and card numbers come from build.py's helpers, seeded
from SEED upward, one seed per call.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 10301
rng = random.Random(SEED)
_next_seed = [SEED]


def mn() -> str:
    v = my_number(_next_seed[0])
    _next_seed[0] += 1
    return v


def cardno() -> str:
    v = card_number(_next_seed[0])
    _next_seed[0] += 1
    return v


def corp_no(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    return s.translate(ZEN)


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - dw(s), 0)


def columns(rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    widths = [max(dw(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append((" " * gap).join(pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)


# -- invented people ----------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
    ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"),
    ("山本", "ヤマモト", "yamamoto"), ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"),
    ("加藤", "カトウ", "kato"), ("吉田", "ヨシダ", "yoshida"), ("山田", "ヤマダ", "yamada"),
    ("佐々木", "ササキ", "sasaki"), ("松本", "マツモト", "matsumoto"), ("井上", "イノウエ", "inoue"),
    ("木村", "キムラ", "kimura"), ("清水", "シミズ", "shimizu"), ("山崎", "ヤマザキ", "yamazaki"),
    ("池田", "イケダ", "ikeda"), ("橋本", "ハシモト", "hashimoto"), ("阿部", "アベ", "abe"),
    ("石川", "イシカワ", "ishikawa"), ("前田", "マエダ", "maeda"), ("藤田", "フジタ", "fujita"),
    ("岡田", "オカダ", "okada"), ("後藤", "ゴトウ", "goto"), ("長谷川", "ハセガワ", "hasegawa"),
    ("村上", "ムラカミ", "murakami"), ("近藤", "コンドウ", "kondo"), ("坂本", "サカモト", "sakamoto"),
    ("遠藤", "エンドウ", "endo"), ("青木", "アオキ", "aoki"), ("西村", "ニシムラ", "nishimura"),
    ("福田", "フクダ", "fukuda"), ("太田", "オオタ", "ota"), ("東海林", "ショウジ", "shoji"),
    ("勅使河原", "テシガワラ", "teshigawara"), ("小鳥遊", "タカナシ", "takanashi"),
    ("四月一日", "ワタヌキ", "watanuki"), ("御手洗", "ミタライ", "mitarai"),
    ("五十嵐", "イガラシ", "igarashi"), ("百目鬼", "ドウメキ", "domeki"),
    ("九十九", "ツクモ", "tsukumo"), ("鬼頭", "キトウ", "kito"), ("猪股", "イノマタ", "inomata"),
    ("舟橋", "フナハシ", "funahashi"), ("栗栖", "クリス", "kurisu"), ("薬師寺", "ヤクシジ", "yakushiji"),
    ("蓮見", "ハスミ", "hasumi"), ("宍戸", "シシド", "shishido"), ("雲母", "キララ", "kirara"),
    ("比嘉", "ヒガ", "higa"), ("上原", "ウエハラ", "uehara"), ("乙部", "オトベ", "otobe"),
]
ADULT = [
    ("美咲", "ミサキ", "misaki"), ("陽子", "ヨウコ", "yoko"), ("直樹", "ナオキ", "naoki"),
    ("健太", "ケンタ", "kenta"), ("彩", "アヤ", "aya"), ("由美", "ユミ", "yumi"),
    ("拓也", "タクヤ", "takuya"), ("真由美", "マユミ", "mayumi"), ("大輔", "ダイスケ", "daisuke"),
    ("麻衣", "マイ", "mai"), ("智子", "トモコ", "tomoko"), ("翔", "ショウ", "sho"),
    ("香織", "カオリ", "kaori"), ("亮介", "リョウスケ", "ryosuke"), ("千尋", "チヒロ", "chihiro"),
    ("和也", "カズヤ", "kazuya"), ("恵理", "エリ", "eri"), ("雄一", "ユウイチ", "yuichi"),
    ("沙織", "サオリ", "saori"), ("浩二", "コウジ", "koji"), ("奈々", "ナナ", "nana"),
    ("聡", "サトシ", "satoshi"), ("里美", "サトミ", "satomi"), ("隆之", "タカユキ", "takayuki"),
    ("瑞穂", "ミズホ", "mizuho"), ("佳奈子", "カナコ", "kanako"), ("忠彦", "タダヒコ", "tadahiko"),
    ("文乃", "フミノ", "fumino"), ("晴美", "ハルミ", "harumi"), ("慎吾", "シンゴ", "shingo"),
]
CHILD = [
    ("陽翔", "ハルト", "haruto"), ("結菜", "ユイナ", "yuina"), ("蓮", "レン", "ren"),
    ("芽依", "メイ", "mei"), ("湊", "ミナト", "minato"), ("紬", "ツムギ", "tsumugi"),
    ("颯太", "ソウタ", "sota"), ("凛", "リン", "rin"), ("樹", "イツキ", "itsuki"),
    ("陽葵", "ヒマリ", "himari"), ("悠真", "ユウマ", "yuma"), ("杏", "アン", "an"),
    ("大和", "ヤマト", "yamato"), ("咲良", "サクラ", "sakura"), ("律", "リツ", "ritsu"),
    ("詩", "ウタ", "uta"), ("朝陽", "アサヒ", "asahi"), ("心春", "コハル", "koharu"),
    ("蒼", "アオイ", "aoi"), ("澪", "ミオ", "mio"), ("琥太郎", "コタロウ", "kotaro"),
    ("月", "ルナ", "runa"),
]
PLACES = [
    ("211", "神奈川県", "川崎市中原区", ["小杉町", "新丸子東", "今井南町", "木月", "上小田中"]),
    ("213", "神奈川県", "川崎市高津区", ["溝口", "久本", "二子", "末長"]),
    ("223", "神奈川県", "横浜市港北区", ["日吉本町", "綱島西", "大倉山", "菊名"]),
    ("230", "神奈川県", "横浜市鶴見区", ["鶴見中央", "豊岡町", "市場下町"]),
    ("140", "東京都", "品川区", ["大井", "西品川", "南大井", "東大井"]),
    ("144", "東京都", "大田区", ["蒲田", "西蒲田", "南蒲田", "大森西"]),
    ("158", "東京都", "世田谷区", ["等々力", "奥沢", "用賀", "玉川田園調布"]),
    ("152", "東京都", "目黒区", ["中町", "碑文谷", "八雲"]),
    ("135", "東京都", "江東区", ["豊洲", "東雲", "有明"]),
    ("210", "神奈川県", "川崎市川崎区", ["砂子", "小川町", "大島", "渡田"]),
]
BUILDINGS = ["コーポ若葉", "メゾン・ド・ソレイユ", "パークハイツ", "グランシティ", "サンライズ",
             "レジデンス青葉台", "ハイツ杉の子", "ベルドミール"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "au.com"]


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def address(building: bool | None = None) -> tuple[str, str]:
    zp, pref, city, towns = rng.choice(PLACES)
    zipcode = f"{zp}-00{rng.randrange(1, 70):02d}"
    text = f"{pref}{city}{rng.choice(towns)}{rng.randrange(1, 6)}丁目{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
    if building or (building is None and rng.random() < 0.45):
        text += f" {rng.choice(BUILDINGS)}{rng.randrange(1, 9)}0{rng.randrange(1, 9)}号室"
    return zipcode, text


def dob(y0: int, y1: int) -> tuple[int, int, int]:
    return (rng.randrange(y0, y1 + 1), rng.randrange(1, 13), rng.randrange(1, 29))


def ymd(d: tuple[int, int, int], style: str = "slash") -> str:
    y, m, dd = d
    if style == "slash":
        return f"{y}/{m:02d}/{dd:02d}"
    if style == "kanji":
        return f"{y}年{m}月{dd}日"
    if style == "dash":
        return f"{y}-{m:02d}-{dd:02d}"
    raise ValueError(style)


def wareki(d: tuple[int, int, int], short: bool = False) -> str:
    y, m, dd = d
    if (y, m, dd) >= (2019, 5, 1):
        era, e, ey = "令和", "R", y - 2018
    elif (y, m, dd) >= (1989, 1, 8):
        era, e, ey = "平成", "H", y - 1988
    else:
        era, e, ey = "昭和", "S", y - 1925
    if short:
        return f"{e}{ey}.{m}.{dd}"
    return f"{era}{'元' if ey == 1 else ey}年{m}月{dd}日"


def person(kind: str = "adult", surname: tuple[str, str, str] | None = None) -> dict:
    s = surname or rng.choice(SURNAMES)
    g = rng.choice(ADULT if kind == "adult" else CHILD)
    zp, ad = address()
    p = {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name2": f"{s[0]}{g[0]}",
        "kana": f"{s[1]} {g[1]}", "mei_kana": g[1], "sei_kana": s[1],
        "romaji": f"{g[2].capitalize()} {s[2].capitalize()}",
        "ro_sei": s[2], "ro_mei": g[2],
        "phone": mobile(), "zip": zp, "addr": ad,
        "email": f"{g[2]}.{s[2]}{rng.randrange(1, 100)}@{rng.choice(FREEMAIL)}",
        "dob": dob(1978, 1996) if kind == "adult" else dob(2020, 2025),
    }
    return p


def people(n: int, kind: str = "adult") -> list[dict]:
    out, seen = [], set()
    while len(out) < n:
        p = person(kind)
        if p["name"] in seen:
            continue
        seen.add(p["name"])
        out.append(p)
    return out


def family() -> tuple[dict, dict]:
    """A parent and a child with the same surname and address."""
    parent = person("adult")
    s = (parent["sei"], parent["sei_kana"], parent["ro_sei"])
    child = person("child", surname=s)
    child["zip"], child["addr"] = parent["zip"], parent["addr"]
    return parent, child


def age_of(d: tuple[int, int, int]) -> int:
    return max(0, 2026 - d[0] - (1 if d[1] > 8 else 0))


SYMPTOMS = [
    "発熱（38.6℃）・咳", "インフルエンザA型", "RSウイルス感染症", "溶連菌感染症",
    "感染性胃腸炎（嘔吐・下痢）", "突発性発疹", "手足口病", "ヘルパンギーナ", "急性中耳炎",
    "気管支喘息（発作後の回復期）", "アデノウイルス感染症", "マイコプラズマ肺炎（回復期）",
    "発熱（37.9℃）・鼻汁", "急性気管支炎", "伝染性膿痂疹（とびひ）",
]
BANKS = [("みどり銀行", ["川崎支店", "武蔵小杉支店", "溝の口支店", "品川支店"]),
         ("かもめ信用金庫", ["本店営業部", "鶴見支店", "日吉支店"]),
         ("あさひの銀行", ["蒲田支店", "大井町支店", "豊洲支店"]),
         ("ゆうちょ銀行", ["〇一八店", "〇二八店", "四〇八店"])]


def bank() -> tuple[str, str, str, str]:
    b, branches = rng.choice(BANKS)
    return b, rng.choice(branches), rng.choice(["普通", "普通", "普通", "当座"]), f"{rng.randrange(1000000, 10000000)}"


# -- the senders ----------------------------------------------------------------------------

CO = "日の出産業株式会社"
DEPT = "ライフサポート事業部 ひのでキッズケア"
ADDR_HQ = "〒210-0024 神奈川県川崎市川崎区日進町7-15 日の出産業川崎ビル4F"

TAKAMIZAWA = "高見沢 梢 <takamizawa.k@hinode-sangyo.co.jp>"
MORINAGA = "森永 拓真 <morinaga.t@hinode-sangyo.co.jp>"
ETO = "江藤 由紀子 <eto.yukiko@hinode-sangyo.co.jp>"
SHIRATORI = "白鳥 恵 <shiratori.megumi@hinode-sangyo.co.jp>"
OKOCHI = "大河内 亮 <okochi.r@hinode-sangyo.co.jp>"
NAGUMO = "南雲 さやか <nagumo.s@hinode-sangyo.co.jp>"
ASHIDA = "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>"
KUBOTA = "久保田 真澄 <kubota.masumi@hinode-sangyo.co.jp>"
MIYASHITA = "宮下 菜摘 <miyashita.n@kids.hinode-sangyo.co.jp>"

SIG_TAKAMIZAWA = f"""──────────────────────
{CO}
{DEPT} 運営課
高見沢 梢（Takamizawa Kozue）
{ADDR_HQ}
TEL 044-210-5531 / FAX 044-210-5532
takamizawa.k@hinode-sangyo.co.jp
──────────────────────"""
SIG_MORINAGA = f"""--
日の出産業株式会社 ライフサポート事業部
法人営業グループ 森永 拓真
TEL: 044-210-5540（直通） 携帯: 080-4417-2093
{ADDR_HQ}
https://www.hinode-sangyo.co.jp/kidscare/"""
SIG_ETO = f"""＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 経理部 経理課
江藤 由紀子
{ADDR_HQ}
TEL 044-210-5500（代） 内線 3127
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""
SIG_SHIRATORI = """***************************************
病児保育室「ひだまりルーム武蔵小杉」
施設長・看護師  白鳥 恵
〒211-0004 神奈川県川崎市中原区新丸子東2-901-3 2F
TEL 044-712-3380 / FAX 044-712-3381
（日の出産業株式会社 ライフサポート事業部）
***************************************"""
SIG_OKOCHI = f"""----
日の出産業株式会社
ひのでキッズケア シッター管理チーム
大河内 亮（おおこうち りょう）
TEL 044-210-5535 / okochi.r@hinode-sangyo.co.jp
{ADDR_HQ}"""
SIG_NAGUMO = f"""━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 ライフサポート事業部
事業企画課（補助金・行政連携担当）
南雲 さやか
{ADDR_HQ}
TEL 044-210-5537
━━━━━━━━━━━━━━━━━━━━"""
SIG_ASHIDA = f"""--
芦田 健吾 / Kengo Ashida
情報システム部 サービス基盤グループ
日の出産業株式会社  {ADDR_HQ}
TEL 044-210-5560"""
SIG_KUBOTA = f"""■――――――――――――――――――■
日の出産業株式会社 ライフサポート事業部 総務担当
久保田 真澄
{ADDR_HQ}
TEL：044-210-5530　FAX：044-210-5532
■――――――――――――――――――■"""
SIG_EN_ASHIDA = f"""--
Kengo Ashida
Service Platform Group, IT Department
Hinode Sangyo Co., Ltd.
7-15 Nisshin-cho, Kawasaki-ku, Kawasaki, Kanagawa 210-0024, Japan
Tel +81-44-210-5560"""

DISC_JA = ("本メールおよび添付ファイルには機密情報が含まれている場合があります。"
           "誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are not "
           "the intended recipient, please notify the sender immediately and delete this e-mail. "
           "Any unauthorised use or disclosure is prohibited.")

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)

# =========================================================================================
# 001–025
# =========================================================================================

# 001 stop: monthly report to a client's HR, space-padded list with children's illnesses
_rows = [["社員番号", "ご利用者", "お子様", "年齢", "利用日", "利用時間", "症状・診断名"]]
for _i in range(6):
    _p, _c = family()
    _rows.append([f"KD{rng.randrange(100000, 999999)}", _p["name"], _c["mei"], f"{age_of(_c['dob'])}歳",
                  f"9/{rng.randrange(1, 29)}", f"{rng.choice(['8:00', '8:30', '9:00'])}-{rng.choice(['17:00', '18:00', '18:30'])}",
                  rng.choice(SYMPTOMS)])
add(
    id="byoji-001",
    sender=TAKAMIZAWA,
    to=["福利厚生チーム 平松様 <hiramatsu.y@kawasaki-denki.co.jp>"],
    subject="【ひのでキッズケア】9月分 病児保育ご利用実績のご報告",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
人事部 福利厚生チーム
平松様

いつもお世話になっております。
日の出産業 ひのでキッズケアの高見沢でございます。

9月分の病児保育室ご利用実績を下記のとおりご報告いたします。
ご請求は月末締めで別途経理よりお送りいたします。

{columns(_rows)}

ご不明点がございましたらお気軽にお問い合わせください。
引き続きよろしくお願い申し上げます。

{SIG_TAKAMIZAWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 employees' rows with their children's diagnoses sent to the client company: list + 要配慮",
)

# 002 pass: same kind of data, internal only (tab separated)
_lines = ["No\t児童名\t年齢\t主訴\t朝の体温\t保護者携帯"]
for _i in range(7):
    _p, _c = family()
    _lines.append(f"{_i + 1}\t{_c['name']}\t{age_of(_c['dob'])}\t{rng.choice(SYMPTOMS)}\t{rng.choice(['37.8', '38.2', '38.9', '37.5', '39.1'])}\t{_p['phone']}")
add(
    id="byoji-002",
    sender=SHIRATORI,
    to=[TAKAMIZAWA],
    cc=["運営課 <kidscare-ops@hinode-sangyo.co.jp>"],
    subject="本日のお預かり状況（ひだまりルーム武蔵小杉）",
    charset="utf-8",
    body="""高見沢さん
運営課各位

お疲れさまです。白鳥です。
本日のお預かりは7名、定員いっぱいです。隔離室は1室使用中。
午後の回診は佐藤先生が14時に来られる予定です。

""" + "\n".join(_lines) + f"""

明日分の予約はすでに5件入っています。キャンセル待ちの方へのご連絡は運営課でお願いします。

{SIG_SHIRATORI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="children's symptoms and parents' mobiles, but every recipient is internal",
)

# 003 stop: sitters' My Numbers to the tax accountant (XLSX, title row, two sheets)
_sheet = [["令和7年分 報酬・料金等 支払先一覧（ベビーシッター業務委託）"], [],
          ["No", "氏名", "フリガナ", "住所", "個人番号", "支払金額", "源泉徴収税額"]]
_total = 0
for _i, _p in enumerate(people(8)):
    amt = rng.randrange(300, 1900) * 1000
    _total += amt
    _sheet.append([_i + 1, _p["name"], _p["kana"], f"〒{_p['zip']} {_p['addr']}", mn(), amt, int(amt * 0.1021)])
add(
    id="byoji-003",
    sender=ETO,
    to=["山吹会計事務所 菅沼様 <suganuma@yamabuki-kaikei.jp>"],
    subject="支払調書作成用データの送付（シッター委託分）",
    charset="iso-2022-jp",
    body=f"""山吹会計事務所
菅沼様

いつも大変お世話になっております。日の出産業 経理の江藤です。

先日ご依頼いただきました、報酬・料金等の支払調書作成用のデータを
添付にてお送りいたします。
ベビーシッター業務委託先8名分、年間の支払金額と源泉税額を入れてあります。

集計シートの合計金額は総勘定元帳と突合済みです。
内容をご確認いただき、不足があればご連絡ください。

{SIG_ETO}
""",
    attachments=[{"kind": "xlsx", "name": "支払調書データ_シッター委託_R7.xlsx",
                  "sheets": {"支払先一覧": _sheet,
                             "集計": [["区分", "人数", "支払金額合計"], ["ベビーシッター委託", 8, _total]]}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="eight sitters' My Numbers and addresses in an XLSX to an outside accounting firm",
)

# 004 pass: list of partner paediatric clinics (businesses), tab separated
add(
    id="byoji-004",
    sender=MORINAGA,
    to=["青葉運輸 人事総務部 木嶋様 <kijima@aoba-unyu.co.jp>"],
    subject="Re: 提携小児科の一覧について",
    charset="utf-8",
    body=f"""青葉運輸株式会社
人事総務部 木嶋様

お世話になっております。日の出産業の森永です。
先日お問い合わせいただいた、病児保育室の回診・受診でご協力いただいている
提携小児科クリニックの一覧をお送りします。社内ポータルへの掲載もご自由にどうぞ。

クリニック名\t所在地\t電話\t受付時間
あおぞらこどもクリニック\t川崎市中原区小杉町3-264\t044-722-1150\t9:00-12:00/15:00-18:30
さとう小児科医院\t川崎市高津区溝口1-8-12\t044-811-4702\t9:00-12:30/15:30-19:00
ひまわりキッズクリニック\t横浜市港北区日吉本町4-2-7 2F\t045-561-0093\t8:30-12:00/14:30-18:00
品川ファミリー小児科\t品川区大井1-22-5\t03-5742-8816\t9:00-13:00/15:00-18:00
蒲田こども診療所\t大田区西蒲田7-3-1\t03-3731-2245\t9:30-12:30/16:00-19:00
とよすベイ小児科\t江東区豊洲3-5-9\t03-6219-4470\t9:00-12:00/14:00-17:30

※ 受付時間は変更になる場合がありますので、受診前に各クリニックへご確認ください。
※ 病児保育室のご予約は従来どおり専用ダイヤル（0120-41-8873）で承ります。

{SIG_MORINAGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of clinics (businesses) with their public phones and addresses: no people",
)

# 005 stop: one employee's child's diagnosis told to the employer in running text
_p, _c = family()
add(
    id="byoji-005",
    sender=TAKAMIZAWA,
    to=["北国フーズ 総務部 <soumu-kosei@kitaguni-foods.co.jp>"],
    subject="Re: 病児保育ご利用に関するお問い合わせ",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社 総務部
厚生担当 ご担当者様

お世話になっております。ひのでキッズケアの高見沢です。

お問い合わせの件、確認いたしました。
営業二課の{_p['name']}様のお子様（{_c['mei']}ちゃん・{age_of(_c['dob'])}歳）は、10月6日から8日まで
3日間続けて病児保育室をご利用になっています。
かかりつけ医の医師連絡票では「{rng.choice(['溶連菌感染症', 'RSウイルス感染症', 'インフルエンザB型'])}」との診断で、
登園許可が出るまで当室でお預かりしたものです。
お休みの理由の確認にお使いになるとのことでしたので、取り急ぎご回答いたします。

以上、よろしくお願いいたします。

{SIG_TAKAMIZAWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's child's diagnosis (要配慮) in running text to the employer: one person is enough",
)

# 006 stop: four client companies in To
add(
    id="byoji-006",
    sender=MORINAGA,
    to=["平松 様 <hiramatsu.y@kawasaki-denki.co.jp>", "木嶋 様 <kijima@aoba-unyu.co.jp>",
        "総務部 <soumu-kosei@kitaguni-foods.co.jp>", "丸富建設 人事課 <jinji@marufuji-kensetsu.co.jp>"],
    subject="【ひのでキッズケア】年末年始の開室日のお知らせ",
    charset="iso-2022-jp",
    body=f"""ご契約企業 ご担当者各位

平素よりひのでキッズケアをご利用いただき、誠にありがとうございます。
年末年始の病児保育室の開室日についてお知らせいたします。

・12月29日（月）〜1月3日（土）：全室休室
・12月27日（土）、28日（日）：武蔵小杉のみ開室（8:00〜18:00）
・1月4日（日）より通常どおり

ベビーシッター派遣は期間中も承りますが、年末年始料金（1.5倍）となります。
社員の皆さまへの周知にご協力いただけますと幸いです。

{SIG_MORINAGA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four client companies' contacts in To see each other: should have been Bcc",
)

# 007 pass: NDA draft with a new client, lawyer in Cc (two external organisations)
add(
    id="byoji-007",
    sender=MORINAGA,
    to=["丸富建設 総務部 川端様 <kawabata@marufuji-kensetsu.co.jp>"],
    cc=["白川法律事務所 三輪先生 <miwa@shirakawa-law.jp>"],
    subject="秘密保持契約書（案）のご確認のお願い",
    charset="utf-8",
    body=f"""丸富建設株式会社
総務部 川端様
（cc：白川法律事務所 三輪先生）

お世話になっております。日の出産業の森永です。

先日のお打合せで申し上げたとおり、ご導入検討にあたって社員数や勤務形態などの
情報をご提供いただく前に、秘密保持契約を締結させていただきたく存じます。
弊社顧問の三輪先生に確認いただいた案を添付いたします。

主な内容は次のとおりです。
 1. 秘密情報の範囲（口頭で開示したものは30日以内に書面で特定）
 2. 目的外利用の禁止
 3. 有効期間：締結日から2年間、終了後も3年間は秘密保持義務が存続
 4. 個人情報の取扱いは別途の業務委託契約で定める

貴社法務ご担当のご意見をいただけましたら、三輪先生と調整いたします。
どうぞよろしくお願いいたします。

{SIG_MORINAGA}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_丸富建設様.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "丸富建設株式会社（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                                 "甲が乙の提供する福利厚生サービスの導入を検討するにあたり、相互に開示する情報の取扱いについて、"
                                 "次のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した技術上"
                                 "又は営業上の情報をいう。",
                                 "第2条（秘密保持義務）受領者は、秘密情報を厳重に管理し、開示者の事前の書面による承諾なく"
                                 "第三者に開示又は漏えいしてはならない。",
                                 "第3条（有効期間）本契約の有効期間は締結日から2年間とする。"]}],
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="mail about an NDA to a client with its lawyer in Cc: two external organisations, nothing marked",
)

# 008 stop: invoice to a look-alike of kawasaki-denki.co.jp (dropped 'co.')
add(
    id="byoji-008",
    sender=ETO,
    to=["川崎電機 経理部 支払担当 <shiharai@kawasaki-denki.jp>"],
    subject="10月分ご請求書の送付（ひのでキッズケア）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
経理部 支払ご担当者様

いつもお世話になっております。日の出産業 経理の江藤でございます。

10月分の病児保育・ベビーシッター利用料のご請求書をお送りいたします。
 請求書番号：HK-2510-0418
 ご請求金額：1,284,700円（税込）
 お支払期限：11月30日

お手数ですが、ご査収のほどよろしくお願いいたします。

{SIG_ETO}
""",
    attachments=[{"kind": "pdf", "name": "請求書_HK-2510-0418.pdf",
                  "lines": ["御請求書", "川崎電機株式会社 御中", "請求書番号 HK-2510-0418",
                            "病児保育室 利用料（10月分）  842,000円", "ベビーシッター派遣 利用料（10月分） 325,909円",
                            "消費税（10%） 116,791円", "合計 1,284,700円"]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki-denki.jp is a look-alike of the partner kawasaki-denki.co.jp (co. dropped)",
)

# 009 stop: 社外秘 stamp only in the DOCX header
add(
    id="byoji-009",
    sender=MORINAGA,
    to=["青葉運輸 木嶋様 <kijima@aoba-unyu.co.jp>"],
    subject="次年度のご契約更新について",
    charset="utf-8",
    body=f"""青葉運輸株式会社
人事総務部 木嶋様

お世話になっております。森永です。
次年度のご契約更新について、弊社からのご提案をまとめましたので添付にてお送りします。
ご利用回数の実績を踏まえ、基本料金の見直し案を2パターンご用意しました。

来週中にお電話でご説明の時間をいただけますと幸いです。

{SIG_MORINAGA}
""",
    attachments=[{"kind": "docx", "name": "契約更新ご提案_青葉運輸様.docx",
                  "page_header": "社外秘",
                  "paragraphs": ["次年度 ご契約更新のご提案",
                                 "1. 現行契約：ベーシックプラン（年額 3,600,000円、利用枠 年間240日）",
                                 "2. 実績：利用 211日（充足率 88%）",
                                 "3. 提案A：ベーシック継続、シッター派遣枠を100時間追加（年額 3,780,000円）",
                                 "4. 提案B：プレミアムプランへ移行（年額 4,200,000円、利用枠無制限）",
                                 "5. 社内原価：病児保育 1日あたり 11,400円、粗利率目標 22%（提案Aで 19.5%）",
                                 "6. 値引き余地：最大 5% まで事業部長決裁で可"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached proposal is stamped 社外秘 in its page header (and shows internal cost and margin)",
)

# 010 stop: password ZIP (PPAP) to the city's subsidy office
add(
    id="byoji-010",
    sender=NAGUMO,
    to=["あさひの市 こども未来局 保育課 <hoiku-hojo@city.asahino.lg.jp>"],
    subject="病児保育事業補助金 交付申請書類の提出について",
    charset="iso-2022-jp",
    body=f"""あさひの市 こども未来局 保育課
補助金ご担当 様

いつもお世話になっております。
日の出産業株式会社 ライフサポート事業部の南雲でございます。

令和8年度 病児保育事業補助金の交付申請書類一式を添付にてお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別のメールにてお知らせします。

 ・交付申請書（様式第1号）
 ・事業計画書、収支予算書
 ・職員配置表、看護師免許の写し
 ・施設の平面図

原本は本日郵送いたしました。よろしくお願いいたします。

{SIG_NAGUMO}
""",
    attachments=[{"kind": "zip", "name": "交付申請書類_ひだまりルーム.zip", "password": "Hid4m@ri2026",
                  "files": [{"kind": "docx", "name": "交付申請書.docx", "paragraphs": ["交付申請書", "事業者名 日の出産業株式会社"]},
                            {"kind": "xlsx", "name": "職員配置表.xlsx",
                             "sheets": {"配置": [["職種", "氏名", "資格"], ["看護師", "白鳥 恵", "看護師"]]}}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): its contents cannot be inspected",
)

# 011 pass: reply to a parent on free mail; her symptoms text is only quoted
_p, _c = family()
add(
    id="byoji-011",
    sender=TAKAMIZAWA,
    to=[f"{_p['name']} <{_p['ro_mei']}_{_p['ro_sei']}{rng.randrange(10, 99)}@yahoo.co.jp>"],
    subject="Re: 明日の病児保育の予約について",
    charset="iso-2022-jp",
    body=f"""{_p['sei']}様

ご連絡ありがとうございます。ひのでキッズケアの高見沢です。
明日8時から18時まで、ひだまりルーム武蔵小杉でお預かりいたします。
当日の朝、お熱と様子をお伺いしてからの最終確定となりますのでご了承ください。

お持ちいただくもの：着替え2組、おむつ、飲み慣れた飲み物、お薬（処方されている場合）
医師連絡票は当日の受診後でも構いません。

{SIG_TAKAMIZAWA}

> 高見沢様
> いつもお世話になっております。{_p['name']}です。
> 娘の{_c['mei']}（{age_of(_c['dob'])}歳）が昨晩から{rng.choice(['39度の熱', '嘔吐と下痢', '咳と38度台の熱'])}で、
> 今朝{rng.choice(['溶連菌', '胃腸炎', 'RSウイルス'])}と言われました。明日どうしても仕事を休めないので、
> 8時から18時でお願いできますでしょうか。
> よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="the child's diagnosis appears only in the parent's own quoted mail; new text has none",
)

# 012 stop: CSV (CP932) of 12 sitters to the insurer
_csv = [["氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話番号", "加入区分"]]
for _p in people(12):
    _csv.append([_p["name"], _p["kana"], ymd(_p["dob"]), _p["zip"], _p["addr"], _p["phone"],
                 rng.choice(["新規", "新規", "継続"])])
add(
    id="byoji-012",
    sender=OKOCHI,
    to=["ほいく損保 法人営業部 <hojin-eigyo@hoiku-sonpo.co.jp>"],
    subject="ベビーシッター賠償責任保険 加入者追加のお願い（11月分）",
    charset="cp932",
    body=f"""ほいく損害保険株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業の大河内です。
11月から稼働を開始するシッター12名について、賠償責任保険の被保険者追加をお願いします。
貴社指定のフォーマットでCSVを作成しました。

保険料の請求は従来どおり月末締めでお願いいたします。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "csv", "name": "被保険者追加_202511.csv", "encoding": "cp932", "rows": _csv}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of 12 sitters with birth dates, addresses and phones to the insurer",
)

# 013 stop: list without a name column, pipe-delimited, to the system vendor
_lines = ["| 会員番号 | 児童生年月日 | 保護者携帯 | 住所 |", "|---|---|---|---|"]
for _i in range(7):
    _p, _c = family()
    _lines.append(f"| HK{rng.randrange(10000, 99999)} | {ymd(_c['dob'], 'dash')} | {_p['phone']} | {_p['addr']} |")
add(
    id="byoji-013",
    sender=ASHIDA,
    to=["ツバサシステム 開発部 楠本様 <kusumoto@tsubasa-system.jp>"],
    subject="移行リハーサルで不整合が出たレコード",
    charset="utf-8",
    body=f"""楠本さん

お世話になっております。日の出産業 情シスの芦田です。
昨日の移行リハーサルで、新予約システム側の取り込みに失敗したレコードを貼ります。
住所の番地部分に全角ハイフンが混じっているものと、生年月日が未来日付扱いになったものです。

""" + "\n".join(_lines) + f"""

原因がわかりましたら、変換スクリプトの修正版をいただけますか。
本番移行は11/15（土）の予定のままです。

{SIG_ASHIDA}
""",
    expect="stop",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="seven members' records (birth date, mobile, address) without a name column to the vendor",
)

# 014 pass: sitters' bank accounts, blocks, internal only
_blocks = []
for _p in people(6):
    b, br, kind, no = bank()
    _blocks.append(f"■ {_p['name']}（{_p['kana']}）\n  振込先：{b} {br} {kind} {no}\n  10月分報酬：{rng.randrange(80, 260) * 1000:,}円")
add(
    id="byoji-014",
    sender=OKOCHI,
    to=[ETO],
    subject="10月分シッター報酬 振込先の変更・追加",
    charset="utf-8",
    body="""江藤さん

お疲れさまです。大河内です。
10月分のシッター報酬のうち、振込先の変更・新規追加があった6名分をお送りします。
残りの方は先月と同じ口座です。

""" + "\n\n".join(_blocks) + f"""

振込日は11/10でお願いします。

{SIG_OKOCHI}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="six sitters' bank accounts, but only to the internal accounting colleague",
)

# 015 stop: transfer data to the bank as a password ZIP
_rows = [["受取人名（カナ）", "銀行", "支店", "種目", "口座番号", "金額"]]
for _p in people(9):
    b, br, kind, no = bank()
    _rows.append([_p["kana"], b, br, kind, no, rng.randrange(50, 300) * 1000])
add(
    id="byoji-015",
    sender=ETO,
    to=["みどり銀行 川崎支店 法人営業課 <kawasaki-hojin@midori-ginko.co.jp>"],
    subject="総合振込データ送付の件（11/10実行分）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 川崎支店
法人営業課 御中

いつもお世話になっております。日の出産業 経理の江藤です。
インターネットバンキングの障害のため、11/10実行分の総合振込データを
ご指示どおりメールにてお送りします。ファイルは暗号化してあります。
解凍用のパスワードはお電話でお伝えいたします。

{SIG_ETO}
""",
    attachments=[{"kind": "zip", "name": "sogofurikomi_20251110.zip", "password": "mdr-1110",
                  "files": [{"kind": "csv", "name": "furikomi.csv", "rows": _rows}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted ZIP to the bank: cannot be inspected (it holds sitters' accounts)",
)

# 016 pass: price list and brochure to a prospective client
add(
    id="byoji-016",
    sender=MORINAGA,
    to=["東海精密工業 人事部 上杉様 <uesugi@tokai-seimitsu.co.jp>"],
    subject="ひのでキッズケア 料金プランのご案内",
    charset="utf-8",
    body=f"""東海精密工業株式会社
人事部 上杉様

先日はお時間をいただきありがとうございました。日の出産業の森永です。
ご説明した法人向けプランの料金を改めてお送りします。

【法人契約プラン（年額・税別）】
  ライト      1,200,000円  病児保育 年80日まで／シッター派遣 50時間
  ベーシック  3,600,000円  病児保育 年240日まで／シッター派遣 150時間
  プレミアム  4,200,000円  病児保育 無制限／シッター派遣 200時間
【社員様の自己負担】
  病児保育 1日 2,000円（昼食・おやつ代込み）
  シッター 1時間 500円（超過分は 1時間 2,800円）

詳細はパンフレット（PDF）をご覧ください。導入時の社員説明会も無料で実施しております。

{SIG_MORINAGA}
""",
    attachments=[{"kind": "pdf", "name": "ひのでキッズケア_法人向けご案内.pdf",
                  "lines": ["ひのでキッズケア 法人向けご案内", "働く親御さんを、病気の日も支えます。",
                            "・看護師常駐の病児保育室（川崎・横浜・品川）", "・研修を受けたシッターの自宅派遣",
                            "・提携小児科による回診", "お問い合わせ 044-210-5540"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="price list and brochure to a prospective client: ordinary business mail",
)

# 017 stop: a foreign sitter's residence card number to the agency
_p = person()
_rc = f"{rng.choice(['AB', 'CE', 'LP', 'UH'])}{rng.randrange(10000000, 99999999)}{rng.choice(['FA', 'JC', 'PR'])}"
add(
    id="byoji-017",
    sender=OKOCHI,
    to=["ナニーリンク 登録管理 <touroku@nanny-link.co.jp>"],
    subject="登録シッター候補の在留資格確認について",
    charset="utf-8",
    body=f"""株式会社ナニーリンク
登録管理ご担当 様

お世話になっております。日の出産業の大河内です。
貴社からご紹介いただいたシッター候補のうち、1名の在留資格について確認をお願いします。

  氏名：Maria Santos Dela Cruz（マリア サントス デラクルス）
  生年月日：1991年7月14日
  在留資格：日本人の配偶者等
  在留カード番号：{_rc}
  在留期間満了日：2027年3月2日

就労制限の有無について、貴社で原本を確認済みかどうか教えてください。
確認が取れ次第、研修日程をご案内します。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a residence card number (identity document) of one person to an outside agency",
)

# 018 pass: meeting with the system vendor and a client (two organisations)
add(
    id="byoji-018",
    sender=ASHIDA,
    to=["楠本様 <kusumoto@tsubasa-system.jp>"],
    cc=["川崎電機 情報システム部 岩城様 <iwaki.t@kawasaki-denki.co.jp>"],
    subject="予約システムのSSO連携 打合せ日程のご相談",
    charset="iso-2022-jp",
    body=f"""ツバサシステム 楠本様
川崎電機 岩城様（cc）

お世話になっております。日の出産業の芦田です。
川崎電機様の社員ポータルから、ひのでキッズケアの予約画面へSSOで遷移させる件について、
三社で一度お打合せをさせてください。

候補日：
  11/18（火）14:00〜15:00
  11/19（水）10:00〜11:00
  11/21（金）16:00〜17:00
場所：オンライン（Teams、招待は弊社からお送りします）

議題：SAML連携の方式、属性（社員番号のみ連携予定）、テスト環境の準備

ご都合をお知らせください。

{SIG_ASHIDA}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="three-way meeting mail with two external organisations: a normal case",
)

# 019 stop: HTML-only mail with a table of six parents' emergency contacts
_trs = []
for _i in range(6):
    _p, _c = family()
    _trs.append(f"<tr><td>{_c['name']}</td><td>{_p['name']}</td><td>{rng.choice(['川崎電機', '青葉運輸', '北国フーズ', '丸富建設'])}</td>"
                f"<td>{_p['phone']}</td><td>{_p['email']}</td></tr>")
add(
    id="byoji-019",
    sender=TAKAMIZAWA,
    to=["そらいろ保育園 園長 戸塚様 <totsuka@sorairo-hoiku.or.jp>"],
    subject="連携開始に伴う緊急連絡先のご共有",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>社会福祉法人そらいろ会 そらいろ保育園<br>園長 戸塚様</p>
<p>いつもお世話になっております。ひのでキッズケアの高見沢です。</p>
<p>11月からの体調不良児の送迎連携にあたり、対象となるお子様の保護者緊急連絡先を共有いたします。
お迎え要請の際はこちらへご連絡ください。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#fde9d9"><th>お子様</th><th>保護者</th><th>勤務先</th><th>携帯電話</th><th>メール</th></tr>
{''.join(_trs)}
</table>
<p>変更があれば都度お知らせいたします。</p>
<p>──────────────────────<br>日の出産業株式会社 ライフサポート事業部<br>ひのでキッズケア 運営課 高見沢 梢<br>TEL 044-210-5531</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML table of six parents' mobiles and e-mails to an outside nursery",
)

# 020 pass: one family's booking details to a sitter on free mail
_p, _c = family()
add(
    id="byoji-020",
    sender=OKOCHI,
    to=[f"シッター 蓮見さん <hasumi.chika.sitter@gmail.com>"],
    subject="【ご依頼】11/12（水）17:30〜21:00 お迎え・夕食サポート",
    charset="utf-8",
    body=f"""蓮見さん

お疲れさまです。シッター管理の大河内です。
下記のご依頼、お引き受けいただけるとのことでありがとうございます。

■日時：11/12（水）17:30〜21:00
■内容：保育園お迎え（そらいろ保育園 17:45）→ ご自宅で夕食・入浴・寝かしつけ
■ご依頼者：{_p['name']} 様（川崎電機にお勤め）
■ご住所：〒{_p['zip']} {_p['addr']}
■ご連絡先：{_p['phone']}
■お子様：{_c['mei']}ちゃん（{age_of(_c['dob'])}歳）
■鍵：保育園のお迎え時に保護者様から直接お受け取りください

終了後はアプリから業務報告をお願いします。

{SIG_OKOCHI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="one family's address and phone to the assigned sitter (free mail): one record, may warn",
)

# 021 stop: a parent's full card number in running text to the payment processor
_p = person()
_card = cardno()
add(
    id="byoji-021",
    sender=ETO,
    to=["ペイゲート カスタマーサポート <support@paygate-jp.com>"],
    subject="決済エラーの調査依頼（加盟店ID: HNK-30418）",
    charset="iso-2022-jp",
    body=f"""株式会社ペイゲート
カスタマーサポート ご担当者様

お世話になっております。加盟店ID HNK-30418 日の出産業の江藤です。
個人利用分の月額決済で、下記のお客様のみ3か月続けてエラーになっています。

お客様名：{_p['name']} 様
カード番号：{_card[:4]}-{_card[4:8]}-{_card[8:12]}-{_card[12:]}
有効期限：{rng.randrange(1, 13):02d}/{rng.randrange(27, 31)}
エラーコード：G12（カード会社取引拒否）

お客様からはカード会社に問い合わせても問題ないと言われたとのことです。
貴社側で原因がわかるか調査いただけますか。

{SIG_ETO}
""",
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a customer's full credit card number sent outside",
)

# 022 stop: a child's developmental disability to the sitter agency
_p, _c = family()
add(
    id="byoji-022",
    sender=TAKAMIZAWA,
    to=["ナニーリンク 手配センター <tehai@nanny-link.co.jp>"],
    subject="シッター手配のご依頼（特別な配慮が必要なお子様）",
    charset="utf-8",
    body=f"""株式会社ナニーリンク
手配センター 御中

お世話になっております。ひのでキッズケアの高見沢です。
弊社登録シッターで対応が難しいため、貴社へ手配をお願いしたい案件がございます。

お子様：{_c['name']}（{_c['kana']}）くん　7歳（小学1年生）
お住まい：{_p['addr']}
保護者：{_p['name']} 様
ご依頼：毎週火・木 16:00〜19:00（放課後等デイサービス終了後）
配慮事項：自閉スペクトラム症の診断があり、療育手帳（B2）をお持ちです。
          大きな音が苦手で、予定の変更があるとパニックになることがあります。
          発達障害児の保育経験のあるシッターさんを希望されています。

可否と概算料金をお知らせいただけますと幸いです。

{SIG_TAKAMIZAWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child's disability (自閉スペクトラム症, 療育手帳) sent to an outside agency",
)

# 023 pass: venue booking with the standard disclaimer
add(
    id="byoji-023",
    sender=KUBOTA,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="1/24 シッター研修会 会場仮予約の件",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業株式会社の久保田です。
先日お電話でご相談した研修会の会場について、下記で仮予約をお願いいたします。

 日時：2026年1月24日（土）9:30〜17:00（設営 8:30〜）
 人数：40名（スクール形式）
 備品：プロジェクター、マイク2本、ホワイトボード
 昼食：幕の内弁当 40個（うちアレルギー対応は後日連絡）

見積書をお送りいただけましたら、社内で決裁を取ります。

{SIG_KUBOTA}

{DISC_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary venue booking; the confidentiality disclaimer is boilerplate, not a marking",
)

# 024 stop: 取扱注意 as the classification of the mail itself
add(
    id="byoji-024",
    sender=MORINAGA,
    to=["北国フーズ 総務部長 大槻様 <otsuki@kitaguni-foods.co.jp>"],
    subject="【取扱注意】ご契約条件の特別措置について",
    charset="utf-8",
    body=f"""━━━━━━━━━━━━━━━━
　取扱注意
━━━━━━━━━━━━━━━━
北国フーズ株式会社
総務部長 大槻様

いつもお世話になっております。森永です。
先日ご相談いただいた件、社内で検討のうえ、次のとおり特別措置をご提示いたします。

・2026年度の年額料金を据え置き（3,600,000円）
・シッター派遣の追加枠 50時間を無償付与
・他社様には同条件をご提示しておりませんので、貴社内でも限られた方のみでご共有ください

正式な覚書は来週お持ちいたします。

{SIG_MORINAGA}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail is stamped 取扱注意 in the subject and at the top of the body",
)

# 025 stop: corrupt XLSX to a client
add(
    id="byoji-025",
    sender=TAKAMIZAWA,
    to=["丸富建設 人事課 <jinji@marufuji-kensetsu.co.jp>"],
    subject="上期ご利用実績（4月〜9月）",
    charset="iso-2022-jp",
    body=f"""丸富建設株式会社
人事課 ご担当者様

お世話になっております。ひのでキッズケアの高見沢です。
上期（4月〜9月）のご利用実績をExcelでお送りします。
部署別の集計と月別推移のシートを付けております。

{SIG_TAKAMIZAWA}
""",
    attachments=[{"kind": "corrupt", "name": "上期利用実績_丸富建設様.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be read",
)
# =========================================================================================
# 026–050
# =========================================================================================

# 026 stop: forward of a parent's mail (medical history) to a partner clinic
_p, _c = family()
add(
    id="byoji-026",
    sender=SHIRATORI,
    to=["あおぞらこどもクリニック 院長 榊原先生 <sakakibara@aozora-kodomo-cl.jp>"],
    subject="FW: 明日の利用について（既往歴のご相談）",
    charset="iso-2022-jp",
    body=f"""榊原先生

いつもお世話になっております。ひだまりルーム武蔵小杉の白鳥です。
明日お預かり予定のお子様について、保護者様から下記のメールをいただきました。
既往歴があるため、念のため明日の回診時に診ていただけますでしょうか。

{SIG_SHIRATORI}

-----Original Message-----
From: {_p['name']} <{_p['email']}>
Sent: Tuesday, November 11, 2025 9:42 PM
To: hidamari-kosugi@hinode-sangyo.co.jp
Subject: 明日の利用について

ひだまりルーム 白鳥様

明日お世話になる{_c['name']}（{wareki(_c['dob'])}生）の母です。
息子は1歳のときに川崎病で入院し、冠動脈の経過観察中です。
また熱性けいれんを2回起こしたことがあり、ダイアップ座薬を処方されています。
今回は昨日から38度台の発熱で、小児科ではアデノウイルスと言われました。
座薬は持参しますので、けいれん時の対応をお願いできますでしょうか。
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forward is new text: a named child's medical history (川崎病, 熱性けいれん) to an outside clinic",
)

# 027 pass: reply to HR; their list of registrants is only quoted
_q = []
for _p in people(6):
    _q.append(f"> {_p['name']}\t{rng.choice(['設計部', '品質保証部', '生産技術部', '営業本部'])}\t{_p['ro_mei']}.{_p['ro_sei']}@kawasaki-denki.co.jp\t{_p['phone']}")
add(
    id="byoji-027",
    sender=TAKAMIZAWA,
    to=["平松様 <hiramatsu.y@kawasaki-denki.co.jp>"],
    subject="Re: 11月の新規登録者について",
    charset="utf-8",
    body=f"""平松様

お世話になっております。高見沢です。
6名分のリスト、確かに受領いたしました。
今週中に各社員様へ登録用URLをお送りし、登録が済み次第ご報告いたします。

{SIG_TAKAMIZAWA}

2025年11月4日(火) 10:12 平松 由香 <hiramatsu.y@kawasaki-denki.co.jp>:
> 高見沢様
>
> お世話になっております。川崎電機の平松です。
> 11月の新規登録希望者は以下の6名です。登録案内をお願いいたします。
>
> 氏名\t所属\tメール\t携帯
""" + "\n".join(_q) + """
>
> よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the list of six employees is only in the quoted mail from the same recipient",
)

# 028 stop: XLSX with 20 members' addresses to the printer for mailing
_sheet = [["ひのでキッズケア 会員証発送リスト（2025年11月発送分）"], ["作成：ライフサポート事業部 総務"],
          ["会員番号", "氏名", "郵便番号", "住所", "電話番号", "契約企業"]]
for _p in people(20):
    _sheet.append([f"M{rng.randrange(100000, 999999)}", _p["name"], _p["zip"], _p["addr"], _p["phone"],
                   rng.choice(["川崎電機", "青葉運輸", "北国フーズ", "丸富建設"])])
add(
    id="byoji-028",
    sender=KUBOTA,
    to=["錦印刷 営業部 梶原様 <kajiwara@nishiki-insatsu.co.jp>"],
    subject="会員証 封入・発送用の宛名データ",
    charset="cp932",
    body=f"""錦印刷株式会社
営業部 梶原様

いつもお世話になっております。日の出産業の久保田です。
先日ご発注した会員証の封入・発送について、宛名データをお送りします。
今回は20名分です。「宛名」シートの3行目が見出しです。

発送予定日は11/20でお願いいたします。

{SIG_KUBOTA}
""",
    attachments=[{"kind": "xlsx", "name": "会員証発送_宛名_202511.xlsx",
                  "sheets": {"宛名": _sheet,
                             "発送区分": [["区分", "件数"], ["ゆうメール", 18], ["簡易書留", 2]]}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX of 20 members' names, addresses and phones to the printing partner",
)

# 029 pass: brochure proof to the printer
add(
    id="byoji-029",
    sender=KUBOTA,
    to=["梶原様 <kajiwara@nishiki-insatsu.co.jp>"],
    subject="Re: パンフレット初校のご確認",
    charset="iso-2022-jp",
    body=f"""梶原様

初校ありがとうございました。久保田です。
以下の修正をお願いします。

 p.2 「看護師常駐」→「看護師・保育士常駐」
 p.3 料金表の「ライト」プランの金額 1,000,000円 → 1,200,000円
 p.4 地図の最寄り駅表記「武蔵小杉駅 徒歩5分」→「徒歩6分」
 裏表紙 問い合わせ先 0120-41-8873（受付 7:00〜20:00）

部数は当初どおり3,000部、納品は12/5（金）でお願いいたします。
注文番号：NP-25-11873

{SIG_KUBOTA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="proof corrections with an order number and a service phone number: ordinary business",
)

# 030 stop: three sitters on free mail in To
add(
    id="byoji-030",
    sender=OKOCHI,
    to=["蓮見 千佳 <hasumi.chika.sitter@gmail.com>", "宍戸 晴美 <harumi-s.0412@docomo.ne.jp>",
        "栗栖 文乃 <fumino.kurisu@icloud.com>"],
    subject="12月シフト希望の提出のお願い",
    charset="utf-8",
    body=f"""シッターの皆さま

いつもありがとうございます。シッター管理の大河内です。
12月のシフト希望を11/20（木）までにアプリから提出してください。
年末（12/27〜12/31）は依頼が集中しますので、対応可能な日があればぜひお願いします。
年末年始手当として、期間中は時給に500円を加算します。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons' addresses visible to each other in To: should have been Bcc",
)

# 031 either: roster of six sitters with qualifications, no contact details
_rows = [["氏名", "保有資格", "対応エリア", "経験年数", "英語対応"]]
for _p in people(6):
    _rows.append([_p["name"], rng.choice(["保育士", "保育士・看護師", "幼稚園教諭", "認定ベビーシッター"]),
                  rng.choice(["川崎市中原区・高津区", "横浜市港北区", "品川区・大田区", "世田谷区・目黒区"]),
                  f"{rng.randrange(2, 16)}年", rng.choice(["可", "—"])])
add(
    id="byoji-031",
    sender=OKOCHI,
    to=["平松様 <hiramatsu.y@kawasaki-denki.co.jp>"],
    subject="指名可能なシッターのご紹介",
    charset="utf-8",
    body=f"""川崎電機 平松様

お世話になっております。大河内です。
社員様から「同じシッターさんに継続してお願いしたい」とのご要望が多いとのことで、
指名予約に対応できるシッターを6名ご紹介します。社内掲示にお使いください。

{columns(_rows, rule="=")}

指名料は1回 500円（社員様ご負担）です。

{SIG_OKOCHI}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="six sitters' names with qualifications and areas but no contact data: a privacy officer could go either way",
)

# 032 stop: a child's health insurance card number to a clinic
_p, _c = family()
add(
    id="byoji-032",
    sender=SHIRATORI,
    to=["さとう小児科医院 受付 <uketsuke@sato-shonika.com>"],
    subject="回診前の事前登録のお願い",
    charset="iso-2022-jp",
    body=f"""さとう小児科医院
受付ご担当者様

いつもお世話になっております。ひだまりルーム武蔵小杉の白鳥です。
明日の回診で初めて診ていただくお子様の事前登録をお願いいたします。

 氏名：{_c['name']}（{_c['kana']}）
 生年月日：{ymd(_c['dob'], 'kanji')}
 保護者：{_p['name']} 様
 健康保険証：記号 {rng.randrange(10000000, 99999999)}　番号 {rng.randrange(1, 300)}（家族）
 保険者番号：{rng.choice(['06', '01'])}{rng.randrange(130000, 149999)}
 乳幼児医療証：川崎市 受給者番号 {rng.randrange(1000000, 9999999)}

保険証の写しは明日、回診時にお渡しします。

{SIG_SHIRATORI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a child's health insurance card 記号・番号 to an outside clinic",
)

# 033 pass: doctor's note contents, internal (kids. subdomain) only
_p, _c = family()
add(
    id="byoji-033",
    sender=SHIRATORI,
    to=["高見沢 梢 <takamizawa.k@kids.hinode-sangyo.co.jp>"],
    cc=["宮下 菜摘 <miyashita.n@kids.hinode-sangyo.co.jp>"],
    subject="医師連絡票の記載内容（{0}ちゃん）".format(_c["mei"]),
    charset="utf-8",
    body=f"""高見沢さん、宮下さん

お疲れさまです。白鳥です。
明日から3日間ご予約の{_c['name']}ちゃん（{age_of(_c['dob'])}歳）の医師連絡票が届きました。

 診断名：マイコプラズマ肺炎
 処方：クラリスロマイシン DS 1日2回（朝・夕）、カルボシステイン 1日3回
 医師所見：解熱後2日は安静。咳が強い場合は隔離室で。
 記載医：さとう小児科医院 佐藤先生

咳が続いているので隔離室の予約に切り替えてください。
保護者の{_p['sei']}様には私から連絡済みです。

{SIG_SHIRATORI}
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="a child's diagnosis and prescriptions, but To/Cc are internal (kids.hinode-sangyo.co.jp subdomain)",
)

# 034 stop: internal memo mis-addressed to a look-alike of the own domain
add(
    id="byoji-034",
    sender=OKOCHI,
    to=["高見沢 梢 <takamizawa.k@hinode-sangyou.co.jp>"],
    subject="来週のシッター配置（武蔵小杉・溝の口）",
    charset="iso-2022-jp",
    body=f"""高見沢さん

お疲れさまです。大河内です。
来週のシッター配置の案です。病児保育室の応援に2名入れています。

 11/17（月） 武蔵小杉：蓮見、栗栖 ／ 溝の口：宍戸
 11/18（火） 武蔵小杉：蓮見 ／ 溝の口：宍戸、乙部
 11/19（水） 武蔵小杉：栗栖、上原 ／ 溝の口：乙部
 11/20（木）〜21（金） 通常体制

インフルエンザの流行状況を見て、木曜以降も応援を延長するか判断します。
ご意見あれば金曜までにください。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyou.co.jp is a look-alike of the own domain (letter added): internal memo going outside",
)

# 035 pass: subsidy inquiry with aggregate numbers only
add(
    id="byoji-035",
    sender=NAGUMO,
    to=["ひかりが丘市 子ども家庭部 保育課 <hoikuka@city.hikarigaoka.lg.jp>"],
    subject="病児保育事業補助金の対象経費についてのお問い合わせ",
    charset="iso-2022-jp",
    body=f"""ひかりが丘市 子ども家庭部 保育課
ご担当者様

いつもお世話になっております。
日の出産業株式会社 ライフサポート事業部の南雲と申します。

貴市内で運営しております病児保育室「ひだまりルーム日吉」について、
来年度の補助金申請に向けて2点お伺いしたくご連絡いたしました。

1. 看護師の派遣会社経由の人件費は、補助対象経費に含めてよろしいでしょうか。
2. 今年度の延べ利用児童数は 312人（うち市外在住 41人）の見込みです。
   市外在住児の利用分は、基準額の算定から除く必要がありますでしょうか。

お手すきの際にご教示いただけますと幸いです。

{SIG_NAGUMO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="question to a city office with aggregate counts only",
)

# 036 stop: subsidy report XLSX listing 15 children with diagnoses
_sheet = [["令和7年度 病児保育事業 利用児童一覧（ひだまりルーム 第2四半期）"], [],
          ["No", "児童氏名", "生年月日", "住所", "利用日", "利用日数", "病名"]]
for _i in range(15):
    _p, _c = family()
    _sheet.append([_i + 1, _c["name"], wareki(_c["dob"], short=True), _p["addr"],
                   f"{rng.randrange(7, 10)}/{rng.randrange(1, 29)}", rng.randrange(1, 4), rng.choice(SYMPTOMS)])
add(
    id="byoji-036",
    sender=NAGUMO,
    to=["あさひの市 保育課 補助金担当 <hoiku-hojo@city.asahino.lg.jp>"],
    subject="第2四半期 実績報告書の提出",
    charset="utf-8",
    body=f"""あさひの市 こども未来局 保育課
補助金ご担当 様

お世話になっております。日の出産業の南雲です。
第2四半期（7〜9月）の実績報告書を提出いたします。
ご指示のとおり、市内在住確認のため利用児童一覧を別シートで添付しております。

{SIG_NAGUMO}
""",
    attachments=[{"kind": "xlsx", "name": "実績報告_R7Q2_ひだまりルーム.xlsx",
                  "sheets": {"報告書": [["実績報告書（第2四半期）"], ["延べ利用児童数", 96], ["開所日数", 64],
                                       ["うち市内在住", 81]],
                             "利用児童一覧": _sheet}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="15 children's names, birth dates, addresses and illnesses in an XLSX to the city",
)

# 037 pass: English mail to a foreign partner, with disclaimer
add(
    id="byoji-037",
    sender=ASHIDA,
    to=["Priya Raman <priya.raman@carebridge.com>"],
    subject="Sandbox access for the booking API",
    charset="utf-8",
    body=f"""Hi Priya,

Thanks for the call yesterday. To recap what we agreed:

- You will issue sandbox credentials for our staging environment by Nov 21.
- We will send the OpenAPI spec of our availability endpoint (v2) this week.
- Webhooks: booking.created and booking.cancelled only, signed with HMAC-SHA256.
- No production data will be exchanged until the data processing agreement is signed.

Our staging callback URL will be https://stg-kidscare.hinode-sangyo.co.jp/hooks/carebridge.

Best regards,
{SIG_EN_ASHIDA}

{DISC_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="technical English mail with the standard confidentiality disclaimer: ordinary",
)

# 038 stop: five pilot sitters with phone and e-mail, English
_lines = []
for _p in people(5):
    _lines.append(f"{_p['romaji']:<22} {_p['phone'].replace('0', '+81 ', 1) if rng.random() < 0.5 else _p['phone']:<18} {_p['email']}")
add(
    id="byoji-038",
    sender=OKOCHI,
    to=["Daniel Okafor <d.okafor@carebridge.com>"],
    subject="Pilot sitters for the CareBridge app trial",
    charset="utf-8",
    body="""Hi Daniel,

As discussed, here are the five sitters who will take part in the app trial in December.
Please create their accounts and send the invitation links directly to them.

Name                   Mobile             E-mail
""" + "\n".join(_lines) + f"""

They have all completed our safeguarding training. Let me know once the accounts are ready.

Kind regards,
Ryo Okochi
Sitter Management Team, Hinode Sangyo Co., Ltd.
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five people's names, mobiles and private e-mails to a foreign partner",
)

# 039 pass: four staff contacts to the hotel for the event day
_ps = people(4)
add(
    id="byoji-039",
    sender=KUBOTA,
    to=["さくらホテル 宴会予約 田代様 <banquet@sakura-hotel.jp>"],
    subject="Re: 1/24 研修会 当日の連絡先",
    charset="utf-8",
    body=f"""田代様

お世話になっております。久保田です。
当日の弊社側の連絡先は以下の4名です。搬入時はまず久保田へご連絡ください。

・久保田 真澄（総括）　　{_ps[0]['phone']}
・{_ps[1]['name']}（受付）　　{_ps[1]['phone']}
・{_ps[2]['name']}（講師アテンド）　{_ps[2]['phone']}
・{_ps[3]['name']}（機材）　　{_ps[3]['phone']}

よろしくお願いいたします。

{SIG_KUBOTA}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four people's mobiles for event logistics: under five records, may warn",
)

# 040 stop: five visitors in bullets to building management
_lines = []
for _p in people(5):
    _lines.append(f"・{_p['name']}（{_p['kana']}）　携帯 {_p['phone']}　来館 {rng.choice(['10:00', '10:30', '13:30'])}")
add(
    id="byoji-040",
    sender=TAKAMIZAWA,
    to=["多摩川ビル管理 防災センター <bousai@tamagawa-bldg.co.jp>"],
    subject="11/22（土）見学会 入館者の事前登録",
    charset="iso-2022-jp",
    body="""多摩川ビル管理株式会社
防災センター ご担当者様

いつもお世話になっております。2Fテナントの日の出産業（ひだまりルーム）でございます。
土曜日に保護者様向けの施設見学会を行いますので、入館者の事前登録をお願いいたします。

""" + "\n".join(_lines) + f"""

当日は弊社スタッフが1Fエントランスでお迎えいたします。

{SIG_TAKAMIZAWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five parents' names and mobiles as bullets to building management: a list of five",
)

# 041 stop: PDF table of eight children with symptoms to a clinic
_table = [["氏名", "月齢/年齢", "主訴", "体温", "アレルギー", "保護者確認"]]
for _i in range(8):
    _c = person("child")
    _table.append([_c["name"], f"{age_of(_c['dob'])}歳", rng.choice(SYMPTOMS), rng.choice(["37.6", "38.1", "38.7", "39.0"]),
                   rng.choice(["なし", "卵", "乳", "小麦", "なし"]), "済"])
add(
    id="byoji-041",
    sender=SHIRATORI,
    to=["榊原先生 <sakakibara@aozora-kodomo-cl.jp>"],
    subject="本日の回診依頼（8名）",
    charset="utf-8",
    body=f"""榊原先生

お世話になっております。白鳥です。
本日14時の回診でお願いしたい8名の一覧をPDFでお送りします。
うち2名は隔離室です。よろしくお願いいたします。

{SIG_SHIRATORI}
""",
    attachments=[{"kind": "pdf", "name": "回診依頼_1112.pdf", "title": "回診依頼",
                  "lines": ["回診依頼表　ひだまりルーム武蔵小杉　11月12日"], "table": _table}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of eight named children with symptoms and allergies to a clinic",
)

# 042 pass: My Numbers of three part-time staff, internal only
_ps = people(3)
add(
    id="byoji-042",
    sender=ETO,
    to=["人事部 給与担当 <kyuyo@hinode-sangyo.co.jp>"],
    subject="パート採用3名 個人番号の登録依頼",
    charset="iso-2022-jp",
    body=f"""給与担当 各位

お疲れさまです。経理の江藤です。
12月からパート雇用に切り替わる病児保育室スタッフ3名の個人番号を、
本人確認書類で確認済みのため登録をお願いします。

 {_ps[0]['name']}　{mn()}
 {_ps[1]['name']}　{mn()}
 {_ps[2]['name']}　{mn()}

登録後、このメールは削除してください。

{SIG_ETO}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="My Numbers, but only to the internal payroll team",
)

# 043 stop: contract as a password-protected PDF
add(
    id="byoji-043",
    sender=MORINAGA,
    to=["東海精密工業 人事部 上杉様 <uesugi@tokai-seimitsu.co.jp>"],
    subject="業務委託契約書（ご署名用）の送付",
    charset="utf-8",
    body=f"""東海精密工業株式会社
人事部 上杉様

お世話になっております。森永です。
ご導入のご決定、誠にありがとうございます。
業務委託契約書をPDFでお送りします。社内規程により閲覧用パスワードを設定しております。
パスワードは別途お電話でお伝えします。

{SIG_MORINAGA}
""",
    attachments=[{"kind": "pdf", "name": "業務委託契約書_東海精密工業様.pdf", "password": "tk2025!",
                  "lines": ["業務委託契約書", "東海精密工業株式会社（甲）と日の出産業株式会社（乙）は…"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF: cannot be inspected",
)

# 044 pass: interview scheduling with a sitter applicant on free mail
add(
    id="byoji-044",
    sender=OKOCHI,
    to=["乙部 佳奈子 <kanako.otobe.88@gmail.com>"],
    subject="面接日程のご案内（ベビーシッター登録）",
    charset="iso-2022-jp",
    body=f"""乙部 佳奈子 様

このたびはひのでキッズケアのシッター登録にご応募いただき、ありがとうございます。
日の出産業 シッター管理チームの大河内です。

面接を下記の日程で行いたいと存じます。
 日時：11月19日（水）14:00〜15:00
 場所：日の出産業川崎ビル 4F 会議室B（JR川崎駅 東口から徒歩7分）
 持ち物：保育士証の写し、筆記用具

ご都合が合わない場合はご返信ください。お会いできるのを楽しみにしております。

{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one applicant on free mail, no personal data beyond her own address",
)

# 045 stop: a candidate's driving licence number for a background check
_p = person()
add(
    id="byoji-045",
    sender=OKOCHI,
    to=["トラストチェック 調査部 <chousa@trust-check.co.jp>"],
    subject="本人確認調査のご依頼（案件番号 TC-8841）",
    charset="utf-8",
    body=f"""株式会社トラストチェック
調査部 御中

お世話になっております。日の出産業の大河内です。
シッター登録候補者1名について、本人確認調査をお願いします。

氏名：{_p['name']}（{_p['kana']}）
生年月日：{wareki(_p['dob'])}
住所：〒{_p['zip']} {_p['addr']}
運転免許証番号：第{rng.randrange(30, 50)}{rng.randrange(10, 99)}{rng.randrange(10000000, 99999999)}号（神奈川県公安委員会）
有効期限：2028年{rng.randrange(1, 13)}月{rng.randrange(1, 28)}日

結果は1週間以内にいただけますと助かります。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a driving licence number with birth date and address sent outside",
)

# 046 pass: supplies order with order and tracking numbers
add(
    id="byoji-046",
    sender=KUBOTA,
    to=["メディサプライ 受注センター <juchu@medisupply.co.jp>"],
    subject="追加発注（得意先コード 40217）",
    charset="cp932",
    body=f"""メディサプライ株式会社
受注センター 御中

いつもお世話になっております。日の出産業の久保田です。
下記を追加で発注いたします。納品先は前回と同じ武蔵小杉の施設です。

 品番 MS-TH220　非接触体温計　　　　　　 3台
 品番 MS-OS500　経口補水液 500ml　　　 48本
 品番 MS-MK050　幼児用マスク（50枚入）　10箱
 品番 MS-GL100　ニトリル手袋 M　　　　　20箱

前回分（注文番号 MS-2510-77342）は、追跡番号 4521-7780-3316 で
配達完了になっておりますが、手袋が1箱不足していました。ご確認ください。

{SIG_KUBOTA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="product codes, order and tracking numbers: business data only",
)

# 047 stop: tab-separated hours and contacts of eight sitters to a payroll outsourcer
_lines = ["シッターID\t氏名\t携帯\tメール\t稼働時間\t時給\t報酬額"]
for _p in people(8):
    h = rng.randrange(20, 120)
    w = rng.choice([1500, 1600, 1700, 1850])
    _lines.append(f"S{rng.randrange(1000, 9999)}\t{_p['name']}\t{_p['phone']}\t{_p['email']}\t{h}\t{w}\t{h * w}")
add(
    id="byoji-047",
    sender=OKOCHI,
    to=["給与パートナーズ 受託第二課 <juta2@kyuyo-partners.co.jp>"],
    subject="10月稼働実績（ひのでキッズケア）",
    charset="utf-8",
    body="""給与パートナーズ株式会社
受託第二課 御中

お世話になっております。日の出産業の大河内です。
10月の稼働実績です。今月から新規の方が2名います（S4xxx台）。
支払明細の送付先メールも併記しました。

""" + "\n".join(_lines) + f"""

明細の作成をよろしくお願いします。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="tab-separated list of eight sitters with mobiles and private e-mails to an outsourcer",
)

# 048 stop: comma-separated, no names: employee numbers, children's birth dates, illnesses
_lines = ["社員番号,お子様生年月日,利用日,症状・病名,利用日数"]
for _i in range(6):
    _c = person("child")
    _lines.append(f"AU{rng.randrange(20000, 29999)},{ymd(_c['dob'])},10/{rng.randrange(1, 31)},{rng.choice(SYMPTOMS)},{rng.randrange(1, 4)}")
add(
    id="byoji-048",
    sender=TAKAMIZAWA,
    to=["木嶋様 <kijima@aoba-unyu.co.jp>"],
    subject="Re: 10月の利用明細（社員番号別）",
    charset="iso-2022-jp",
    body="""木嶋様

お世話になっております。高見沢です。
ご依頼の社員番号別の利用明細です。氏名は外しておりますが、
そのままExcelに貼り付けられるようカンマ区切りにしています。

""" + "\n".join(_lines) + f"""

よろしくお願いいたします。

{SIG_TAKAMIZAWA}
""",
    expect="stop",
    entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six rows keyed by employee number with children's birth dates and illnesses: identifiable list, no name column",
)

# 049 pass: HTML-only table of facilities (businesses)
add(
    id="byoji-049",
    sender=MORINAGA,
    to=["北国フーズ 総務部 <soumu-kosei@kitaguni-foods.co.jp>"],
    subject="ご利用いただける病児保育室の一覧",
    charset="utf-8",
    html=f"""<html><body>
<p>北国フーズ株式会社 総務部 ご担当者様</p>
<p>お世話になっております。日の出産業の森永です。<br>
社員の皆さまにご案内いただく病児保育室の一覧です。社内報にご掲載ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>施設名</th><th>所在地</th><th>電話</th><th>定員</th><th>開室時間</th></tr>
<tr><td>ひだまりルーム武蔵小杉</td><td>川崎市中原区新丸子東2-901-3 2F</td><td>044-712-3380</td><td>8名</td><td>7:30-18:30</td></tr>
<tr><td>ひだまりルーム溝の口</td><td>川崎市高津区溝口2-4-11 3F</td><td>044-820-6614</td><td>6名</td><td>8:00-18:00</td></tr>
<tr><td>ひだまりルーム日吉</td><td>横浜市港北区日吉本町1-19-8</td><td>045-563-2207</td><td>6名</td><td>8:00-18:00</td></tr>
<tr><td>ひだまりルーム大井町</td><td>品川区大井1-31-2 ステーションビル5F</td><td>03-5743-9120</td><td>10名</td><td>7:30-19:00</td></tr>
<tr><td>ひだまりルーム豊洲（提携）</td><td>江東区豊洲5-6-36 2F</td><td>03-6228-1184</td><td>5名</td><td>8:30-17:30</td></tr>
</table>
<p>予約専用ダイヤル：0120-41-8873（前日20時まで、当日は7時から）</p>
<p>--<br>日の出産業株式会社 ライフサポート事業部 法人営業グループ 森永 拓真<br>TEL 044-210-5540</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML table of day-care facilities with their phones: a list of businesses, not people",
)

# 050 stop: look-alike of midori-ginko.co.jp (other TLD)
add(
    id="byoji-050",
    sender=ETO,
    to=["みどり銀行 川崎支店 <kawasaki-hojin@midori-ginko.com>"],
    subject="口座振替依頼書の返送について",
    charset="iso-2022-jp",
    body=f"""みどり銀行 川崎支店
法人営業課 御中

お世話になっております。日の出産業 経理の江藤です。
個人利用料金の口座振替サービスについて、依頼書の控えを本日返送いたしました。
委託者番号 73-0418 の登録完了のご連絡をお待ちしております。

{SIG_ETO}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginko.com is a look-alike of the partner midori-ginko.co.jp (TLD swapped)",
)
# =========================================================================================
# 051–075
# =========================================================================================

# 051 pass: the real bank domain, the company's own account
add(
    id="byoji-051",
    sender=ETO,
    to=["みどり銀行 川崎支店 法人営業課 <kawasaki-hojin@midori-ginko.co.jp>"],
    subject="振込手数料の優遇適用について",
    charset="utf-8",
    body=f"""みどり銀行 川崎支店
法人営業課 御中

いつもお世話になっております。日の出産業株式会社 経理の江藤です。
弊社の下記口座について、シッター報酬の振込件数が月300件を超える見込みとなりました。
振込手数料の優遇プランの適用条件をお教えいただけますでしょうか。

 口座：みどり銀行 川崎支店 当座 0048217
 名義：ニツシユツサンギヨウ（カ
 現在の月間振込件数：約240件

お手数ですがよろしくお願いいたします。

{SIG_ETO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the company's own account to the real partner bank: business data",
)

# 052 stop: DOCX table of six sitter candidates with addresses and phones
_table = [["氏名", "住所", "携帯電話", "面談日", "評価", "備考"]]
for _p in people(6):
    _table.append([_p["name"], _p["addr"], _p["phone"], f"11/{rng.randrange(1, 15)}", rng.choice(["A", "B", "B", "C"]),
                   rng.choice(["保育士", "子育て経験あり", "英語可", "夜間可", ""])])
add(
    id="byoji-052",
    sender=OKOCHI,
    to=["ナニーリンク 登録管理 <touroku@nanny-link.co.jp>"],
    subject="面談結果のご報告（11月前半）",
    charset="iso-2022-jp",
    body=f"""株式会社ナニーリンク
登録管理ご担当 様

お世話になっております。大河内です。
11月前半にご紹介いただいた候補者6名の面談結果をWordでまとめました。
B評価以上の方は研修へ進んでいただく予定です。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "docx", "name": "面談結果_202511前半.docx",
                  "paragraphs": ["シッター候補者 面談結果（2025年11月前半）", "評価基準：A 即戦力／B 研修後に稼働／C 見送り"],
                  "tables": [_table]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of six candidates' addresses and mobiles sent outside",
)

# 053 stop: one child's religion-based diet to the caterer
_p, _c = family()
add(
    id="byoji-053",
    sender=SHIRATORI,
    to=["給食ひかり 献立担当 <kondate@kyushoku-hikari.co.jp>"],
    subject="来週の昼食 個別対応のお願い",
    charset="utf-8",
    body=f"""株式会社給食ひかり
献立ご担当 様

いつもお世話になっております。ひだまりルーム武蔵小杉の白鳥です。
来週月曜から利用される{_c['name']}ちゃん（{age_of(_c['dob'])}歳）について、
ご家庭がイスラム教を信仰されているため、豚肉・ラード・みりん等のアルコールを含む調味料を
除いた昼食をお願いできますでしょうか。ハラール認証品でなくても構わないとのことです。

ご対応可能かどうか、金曜までにお返事をいただけますと助かります。

{SIG_SHIRATORI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child's family religion (信条, 要配慮) to the caterer",
)

# 054 pass: password ZIP, but to an internal colleague only
add(
    id="byoji-054",
    sender=ETO,
    to=["内部監査室 桐山 <kiriyama.s@hinode-sangyo.co.jp>"],
    subject="監査資料：シッター報酬の支払記録（暗号化）",
    charset="iso-2022-jp",
    body=f"""桐山さん

お疲れさまです。経理の江藤です。
ご依頼のシッター報酬の支払記録（4〜9月）を暗号化ZIPでお送りします。
パスワードはTeamsのチャットでお伝えします。

{SIG_ETO}
""",
    attachments=[{"kind": "zip", "name": "シッター報酬_支払記録_上期.zip", "password": "kansa-2025",
                  "files": [{"kind": "xlsx", "name": "支払記録.xlsx",
                             "sheets": {"4-9月": [["支払日", "シッターID", "金額"], ["2025-05-10", "S2201", 184000]]}}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="encrypted ZIP but the only recipient is internal: whatever it carries, it may go",
)

# 055 stop: plain ZIP with a UTF-8 CSV of ten registrants to the vendor
_csv = [["member_id", "parent_name", "email", "mobile", "child_birthdate", "company"]]
for _i in range(10):
    _p, _c = family()
    _csv.append([f"HK{rng.randrange(10000, 99999)}", _p["name"], _p["email"], _p["phone"], ymd(_c["dob"], "dash"),
                 rng.choice(["川崎電機", "青葉運輸", "北国フーズ"])])
add(
    id="byoji-055",
    sender=ASHIDA,
    to=["楠本様 <kusumoto@tsubasa-system.jp>"],
    subject="通知メールが届かない会員のデータ",
    charset="utf-8",
    body=f"""楠本さん

お世話になっております。芦田です。
予約確定の通知メールが届かないと問い合わせがあった会員10名分のデータを
ZIPにまとめて送ります。メールアドレスの形式に共通点がないか見ていただけますか。

{SIG_ASHIDA}
""",
    attachments=[{"kind": "zip", "name": "notify_ng_members.zip",
                  "files": [{"kind": "csv", "name": "members_ng.csv", "encoding": "utf-8", "rows": _csv}]}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="ZIP (not encrypted) with a CSV of ten parents' e-mails, mobiles and children's birth dates",
)

# 056 pass: bug report with a screenshot
add(
    id="byoji-056",
    sender=ASHIDA,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="【不具合報告】予約カレンダーで祝日が空き枠表示になる",
    charset="utf-8",
    body=f"""ツバサシステム サポートご担当者様

日の出産業 情報システム部の芦田です。
予約システム（テナントID: hinode-kids）で以下の事象が発生しています。

事象：11/24（振替休日）が予約カレンダー上で「空きあり」と表示される
再現手順：会員画面 > 予約 > 施設「武蔵小杉」> 11月を表示
期待値：休室日としてグレーアウト
バージョン：v4.12.3（11/10 リリース）
エラーログ：HolidayCalendarService: source=jp-holidays-2025.csv rows=16 (expected 17)

スクリーンショットを添付します。祝日マスタの更新漏れではないかと思います。

{SIG_ASHIDA}
""",
    attachments=[{"kind": "png", "name": "calendar_1124.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="bug report to the vendor: technical data only",
)

# 057 stop: city office in To, two client companies in Cc
add(
    id="byoji-057",
    sender=NAGUMO,
    to=["あさひの市 保育課 <hoiku-hojo@city.asahino.lg.jp>"],
    cc=["平松様 <hiramatsu.y@kawasaki-denki.co.jp>", "木嶋様 <kijima@aoba-unyu.co.jp>"],
    subject="企業向け病児保育 合同説明会の開催について",
    charset="iso-2022-jp",
    body=f"""あさひの市 保育課 ご担当者様
（cc：川崎電機 平松様、青葉運輸 木嶋様）

お世話になっております。日の出産業の南雲です。
市内企業向けの病児保育合同説明会について、市のご後援をいただけることになり、
ありがとうございます。ご登壇いただく企業のご担当者様もccに入れております。

 日時：12月10日（水）15:00〜16:30
 会場：あさひの市産業振興会館 第2会議室
 内容：市の補助制度のご紹介／導入企業の事例紹介（川崎電機様・青葉運輸様）

当日の進行表は来週お送りします。

{SIG_NAGUMO}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (city, two clients) see each other in To/Cc",
)

# 058 pass: announcement to seven clients, correctly in Bcc
add(
    id="byoji-058",
    sender=MORINAGA,
    to=[MORINAGA],
    bcc=["hiramatsu.y@kawasaki-denki.co.jp", "kijima@aoba-unyu.co.jp", "soumu-kosei@kitaguni-foods.co.jp",
         "jinji@marufuji-kensetsu.co.jp", "uesugi@tokai-seimitsu.co.jp", "kosei@sanwa-logi.co.jp",
         "hr-benefit@minato-chemical.co.jp"],
    subject="【ひのでキッズケア】インフルエンザ流行期の予約受付について",
    charset="utf-8",
    body=f"""ご契約企業 ご担当者各位
（本メールはBCCにてお送りしております）

平素より大変お世話になっております。日の出産業の森永です。
インフルエンザの流行期に入り、病児保育室のご予約が大変混み合っております。
12月から2月までの間、次のとおり予約受付を変更いたします。

・前日予約の受付開始を 19時 → 17時 に前倒し
・隔離室のご予約は1家庭あたり連続3日まで
・キャンセル待ちの方には当日7時から順次ご連絡

社員の皆さまへのご周知をお願い申し上げます。

{SIG_MORINAGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="seven client companies only in Bcc: nobody sees anyone else",
)

# 059 stop: a foreign nanny's passport number to the insurer
add(
    id="byoji-059",
    sender=OKOCHI,
    to=["ほいく損保 法人営業部 <hojin-eigyo@hoiku-sonpo.co.jp>"],
    subject="被保険者追加（外国籍ナニー1名）",
    charset="utf-8",
    body=f"""ほいく損害保険株式会社 法人営業部 御中

お世話になっております。大河内です。
英語対応のナニーとして12月から稼働する方を被保険者に追加してください。
在留カード発行前のため、旅券で登録をお願いしたいとのことでしたので、以下のとおりです。

  Name: Emily Jane HARGREAVES
  Date of birth: 1994-02-17
  Nationality: United Kingdom
  Passport No.: {rng.choice(['54', '12', '80'])}{rng.randrange(1000000, 9999999)}
  Date of expiry: 2031-08-09

在留カードが交付され次第、番号を差し替えます。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a passport number with birth date sent outside",
)

# 060 pass: assigned and backup sitter to a parent at a client's business address
_ps = people(2)
add(
    id="byoji-060",
    sender=OKOCHI,
    to=["鬼頭 様 <kito.m@kawasaki-denki.co.jp>"],
    subject="明日のシッター派遣について",
    charset="iso-2022-jp",
    body=f"""鬼頭 様

ひのでキッズケアの大河内です。明日のご依頼、手配が完了しました。

 担当シッター：{_ps[0]['name']}（携帯 {_ps[0]['phone']}）
 予備シッター：{_ps[1]['name']}（携帯 {_ps[1]['phone']}）
 時間：8:30〜18:00

担当シッターが急な体調不良等で伺えない場合は、予備シッターからご連絡いたします。

{SIG_OKOCHI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two sitters' mobiles to the client's employee: two records, may warn",
)

# 061 stop: five reservations as blocks with symptoms and parents' mobiles to a clinic
_blocks = []
for _i in range(5):
    _p, _c = family()
    _blocks.append(f"【{_i + 1}】{_c['name']}（{age_of(_c['dob'])}歳{rng.choice(['', '', 'か月'])}）\n"
                   f"　主訴：{rng.choice(SYMPTOMS)}\n"
                   f"　保護者：{_p['name']}　{_p['phone']}\n"
                   f"　かかりつけ：{rng.choice(['さとう小児科医院', 'あおぞらこどもクリニック', '蒲田こども診療所', 'なし'])}")
add(
    id="byoji-061",
    sender=SHIRATORI,
    to=["佐藤先生 <dr.sato@sato-shonika.com>"],
    subject="明日（11/14）の予約者について",
    charset="utf-8",
    body="""佐藤先生

いつもお世話になっております。白鳥です。
明日の予約者5名です。朝の受け入れ時に状態が悪い子がいたら先生にご連絡します。

""" + "\n\n".join(_blocks) + f"""

よろしくお願いいたします。

{SIG_SHIRATORI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five blocks of named children with symptoms and parents' mobiles to an outside clinic",
)

# 062 pass: round schedule with doctors' names only
add(
    id="byoji-062",
    sender=SHIRATORI,
    to=["さとう小児科医院 事務長 <jimu@sato-shonika.com>"],
    subject="12月の回診スケジュール（案）",
    charset="iso-2022-jp",
    body=f"""さとう小児科医院
事務長様

いつもお世話になっております。白鳥です。
12月の回診スケジュール案です。ご都合の悪い日があればお知らせください。

 12/1（月）14:00  佐藤院長
 12/3（水）14:00  山根先生
 12/8（月）14:00  佐藤院長
 12/10（水）13:30 山根先生（午後休診のため前倒し）
 12/15（月）14:00 佐藤院長
 12/17（水）14:00 山根先生
 12/22（月）14:00 佐藤院長
 12/24（水）      回診なし

回診料は従来どおり月末締めで請求書をお送りください。

{SIG_SHIRATORI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a schedule with doctors' names and no personal data",
)

# 063 stop: XLSX with 極秘 in its title row, client terms to a consultant
add(
    id="byoji-063",
    sender=MORINAGA,
    to=["みらいコンサルティング 藤堂様 <todo@mirai-consulting.jp>"],
    subject="価格戦略のご相談 資料送付",
    charset="utf-8",
    body=f"""みらいコンサルティング
藤堂様

お世話になっております。日の出産業の森永です。
来週のワークショップに向けて、現行の法人契約条件をまとめた表をお送りします。
事前にお目通しいただけますと幸いです。

{SIG_MORINAGA}
""",
    attachments=[{"kind": "xlsx", "name": "法人契約条件一覧_2025.xlsx",
                  "sheets": {"契約条件": [["【極秘】法人契約 条件一覧（2025年10月時点）"], [],
                                       ["契約企業", "プラン", "年額（税別）", "割引率", "更新月", "備考"],
                                       ["川崎電機", "プレミアム", 4000000, "5%", "4月", "3年契約"],
                                       ["青葉運輸", "ベーシック", 3600000, "0%", "4月", ""],
                                       ["北国フーズ", "ベーシック", 3600000, "0%", "10月", "据置の特別措置"],
                                       ["丸富建設", "ライト", 1140000, "5%", "7月", ""],
                                       ["東海精密工業", "ベーシック", 3420000, "5%", "12月", "新規"]],
                             "原価": [["項目", "1日あたり"], ["看護師人件費", 6200], ["保育士人件費", 3900],
                                     ["施設費", 1300]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached workbook is classified 【極秘】 in its title row",
)

# 064 pass: the word 社外秘 is only mentioned
add(
    id="byoji-064",
    sender=MORINAGA,
    to=["上杉様 <uesugi@tokai-seimitsu.co.jp>"],
    subject="Re: 他社様の導入事例について",
    charset="iso-2022-jp",
    body=f"""上杉様

お世話になっております。森永です。
他社様の導入事例の詳細資料は社外秘扱いのためお渡しできないのですが、
公開可能な範囲で概要をお伝えします。

・製造業A社（従業員約2,400名）：導入1年目の利用 延べ410日、
  子の看護休暇の取得日数が前年比で約3割減
・物流B社（従業員約900名）：夜間シフトの社員向けにシッター派遣を中心にご利用

詳しくは次回のお打合せでご説明いたします。

{SIG_MORINAGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 is mentioned in a sentence, not a classification of this mail; figures are anonymous",
)

# 065 stop: suspected abuse report to the child guidance centre
_p, _c = family()
add(
    id="byoji-065",
    sender=SHIRATORI,
    to=["あさひの市 児童相談所 相談課 <soudan@jidousoudan.city.asahino.lg.jp>"],
    subject="お預かり児童の身体所見についてのご相談",
    charset="utf-8",
    body=f"""あさひの市 児童相談所
相談課 ご担当者様

病児保育室「ひだまりルーム武蔵小杉」施設長の白鳥です。
本日お電話でご相談した件、記録をお送りします。

 児童：{_c['name']}（{_c['kana']}）
 生年月日：{wareki(_c['dob'])}
 住所：{_p['addr']}
 保護者：{_p['name']}（父）

11/12 の受け入れ時の視診で、左上腕と背部に複数の円形の皮下出血を確認しました。
本人は「パパにやられた」と話しています。医師の回診時にも確認いただき、
写真を記録しております。虐待の疑いとして通告いたします。

{SIG_SHIRATORI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child's injuries and suspected abuse (victim of a crime, 要配慮) sent outside",
)

# 066 pass: incident report, internal only
_p, _c = family()
add(
    id="byoji-066",
    sender=SHIRATORI,
    to=["ライフサポート事業部長 相馬 <soma.t@hinode-sangyo.co.jp>"],
    cc=[TAKAMIZAWA, "品質管理室 <hinshitsu@hinode-sangyo.co.jp>"],
    subject="【事故報告】11/13 転倒による頭部打撲",
    charset="iso-2022-jp",
    body=f"""相馬事業部長

お疲れさまです。ひだまりルーム武蔵小杉の白鳥です。
本日発生した事故についてご報告します。

 対象児：{_c['name']}（{age_of(_c['dob'])}歳）
 発生日時：11/13 10:40頃
 状況：プレイマットの端につまずき転倒、棚の角で前額部を打撲
 対応：冷却、10:55 あおぞらこどもクリニック受診。頭部CTで異常なし、経過観察
 保護者対応：{_p['sei']}様（母）へ 10:45 電話連絡、お迎え時に施設長から説明

再発防止策として、プレイマットの固定と棚のコーナーガード追加を本日中に行います。

{SIG_SHIRATORI}
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="an injury and examination of a named child, but every recipient is internal",
)

# 067 stop: forward of an internal mail with six sitters' health check results to the insurer
_lines = []
for _p in people(6):
    _lines.append(f"> {_p['name']}（{ymd(_p['dob'])}生）：{rng.choice(['異常なし', '要再検査（血圧）', '要精密検査（胸部X線）', '経過観察（貧血）', '要治療（糖尿病）', '異常なし'])}")
add(
    id="byoji-067",
    sender=OKOCHI,
    to=["ほいく損保 引受審査課 <hikiuke@hoiku-sonpo.co.jp>"],
    subject="FW: シッター健康診断結果の取りまとめ",
    charset="utf-8",
    body=f"""引受審査課 ご担当者様

お世話になっております。日の出産業の大河内です。
傷害保険の団体契約の告知について、社内で取りまとめた健康診断の結果を転送します。

{SIG_OKOCHI}

---------- Forwarded message ---------
From: 宮下 菜摘 <miyashita.n@kids.hinode-sangyo.co.jp>
Date: 2025年11月7日(金) 17:02
Subject: シッター健康診断結果の取りまとめ
To: 大河内 亮 <okochi.r@hinode-sangyo.co.jp>

大河内さん
今年度の健診結果です（所見ありの方を含む6名）。
""" + "\n".join(_lines).replace("> ", "") + """
要精密・要治療の方には受診勧奨済みです。
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forward is new text: six named sitters' health check results with birth dates to an insurer",
)

# 068 pass: forward of a clinic's business notice to a client
add(
    id="byoji-068",
    sender=TAKAMIZAWA,
    to=["北国フーズ 総務部 <soumu-kosei@kitaguni-foods.co.jp>"],
    subject="FW: 【お知らせ】年末年始の診療日について",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社 総務部 ご担当者様

お世話になっております。高見沢です。
提携クリニックから年末年始の診療についてお知らせがありましたので、転送いたします。
社員様へのご案内にお役立てください。

{SIG_TAKAMIZAWA}

-----Original Message-----
From: あおぞらこどもクリニック <info@aozora-kodomo-cl.jp>
Sent: Monday, November 10, 2025 11:20 AM
Subject: 【お知らせ】年末年始の診療日について

関係各位
当院の年末年始の診療は以下のとおりです。
 12/29（月）午前のみ 9:00〜12:00
 12/30（火）〜1/3（土）休診
 1/5（月）より通常診療
休診中の急病は、川崎市こども急病センター（044-711-0099）をご利用ください。
あおぞらこどもクリニック 事務局
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="forward of a clinic's public notice: business information only",
)

# 069 stop: look-alike of tsubasa-system.jp (letter dropped)
add(
    id="byoji-069",
    sender=ASHIDA,
    to=["楠本様 <kusumoto@tsubasa-sytem.jp>"],
    subject="本番環境メンテナンスの日程確定",
    charset="utf-8",
    body=f"""楠本さん

お世話になっております。芦田です。
本番環境のメンテナンス日程、社内調整がつきましたので確定でお願いします。

 日時：11/29（土）22:00 〜 11/30（日）4:00
 作業：DBのメジャーバージョンアップ、証明書更新
 告知：会員様向けのお知らせは弊社から11/22に出します

切り戻し判断は 2:30 時点で行いましょう。

{SIG_ASHIDA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp is a look-alike of the partner tsubasa-system.jp (letter dropped)",
)

# 070 pass: sitter contact list to an internal subdomain (looks external, is not)
_rows = [["氏名", "携帯", "メール", "担当エリア"]]
for _p in people(9):
    _rows.append([_p["name"], _p["phone"], _p["email"], rng.choice(["中原区", "高津区", "港北区", "品川区", "大田区"])])
add(
    id="byoji-070",
    sender=OKOCHI,
    to=["本社 危機管理室 <kiki-kanri@hq.hinode-sangyo.co.jp>"],
    subject="災害時連絡網（シッター）の更新版",
    charset="utf-8",
    body=f"""危機管理室 ご担当者様

シッター管理チームの大河内です。
災害時の安否確認用に、稼働中シッターの連絡先を更新しました。
BCP文書の別表2の差し替えをお願いします。

{columns(_rows)}

{SIG_OKOCHI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="nine sitters' contacts, but hq.hinode-sangyo.co.jp is an internal subdomain",
)

# 071 pass: memorandum with both companies' corporate numbers
_cn_hinode = corp_no("020001048732")
_cn_aoba = corp_no("010401093355")
add(
    id="byoji-071",
    sender=MORINAGA,
    to=["木嶋様 <kijima@aoba-unyu.co.jp>"],
    subject="契約更新の覚書（案）",
    charset="iso-2022-jp",
    body=f"""木嶋様

お世話になっております。森永です。
先日合意いたしました内容で、契約更新の覚書案を作成しました。
当事者欄に両社の法人番号を記載しております。ご確認をお願いいたします。

{SIG_MORINAGA}
""",
    attachments=[{"kind": "docx", "name": "覚書_契約更新_青葉運輸様.docx",
                  "paragraphs": ["覚書",
                                 f"青葉運輸株式会社（法人番号 {_cn_aoba}、以下「甲」）と日の出産業株式会社"
                                 f"（法人番号 {_cn_hinode}、以下「乙」）は、2023年4月1日付 福利厚生サービス業務委託契約"
                                 "（以下「原契約」）について、次のとおり合意する。",
                                 "第1条 原契約の期間を2027年3月31日まで延長する。",
                                 "第2条 委託料は年額3,780,000円（税別）とする。",
                                 "第3条 その他の条項は原契約のとおりとする。"]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="a contract memorandum with two companies' 法人番号: business data, not people",
)

# 072 stop: legacy XLS of ten registrants to a client
_rows = [["社員番号", "氏名", "所属", "メールアドレス", "携帯電話", "子の人数"]]
for _p in people(10):
    _rows.append([f"MF{rng.randrange(1000, 9999)}", _p["name"], rng.choice(["土木部", "建築部", "管理部", "設計部"]),
                  _p["email"], _p["phone"], rng.randrange(1, 4)])
add(
    id="byoji-072",
    sender=TAKAMIZAWA,
    to=["丸富建設 人事課 <jinji@marufuji-kensetsu.co.jp>"],
    subject="登録申請者一覧（本人確認のお願い）",
    charset="cp932",
    body=f"""丸富建設株式会社
人事課 ご担当者様

お世話になっております。ひのでキッズケアの高見沢です。
貴社の社員様として会員登録の申請があった10名の一覧をお送りします。
在籍確認のうえ、該当しない方がいればお知らせください。
（貴社ご指定のExcel 97-2003形式で作成しています）

{SIG_TAKAMIZAWA}
""",
    attachments=[{"kind": "xls", "name": "登録申請者一覧_1110.xls", "sheets": {"申請者": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS of ten applicants with private e-mails and mobiles to the client",
)

# 073 pass: daily log with symptoms, internal subdomain list
_lines = []
for _i in range(5):
    _c = person("child")
    _lines.append(f"{_c['kana']}（{age_of(_c['dob'])}）{rng.choice(SYMPTOMS)} — {rng.choice(['午睡良好', '食欲やや低下', '15時に解熱', '嘔吐1回', '機嫌良好'])}")
add(
    id="byoji-073",
    sender=SHIRATORI,
    to=["ひだまり全スタッフ <hidamari-staff@kids.hinode-sangyo.co.jp>"],
    subject="保育日誌 11/13（木）",
    charset="utf-8",
    body="""スタッフ各位

本日の保育日誌です。

""" + "\n".join(_lines) + f"""

明日は隔離室2室とも予約あり。消毒当番は宮下さんです。

{SIG_SHIRATORI}
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="children's symptoms in the daily log to an internal staff list",
)

# 074 stop: one sitter's My Number in running text to the tax accountant
_p = person()
_mn = mn()
add(
    id="byoji-074",
    sender=ETO,
    to=["菅沼様 <suganuma@yamabuki-kaikei.jp>"],
    subject="Re: 支払調書作成用データの送付（シッター委託分）",
    charset="utf-8",
    body=f"""菅沼様

お世話になっております。江藤です。
先日のデータに1名漏れがございました。申し訳ございません。
{_p['name']}さん（住所：{_p['addr']}）の個人番号は {_mn[:4]} {_mn[4:8]} {_mn[8:]}、
年間の支払金額は 412,000円、源泉徴収税額は 42,065円です。

お手数をおかけしますが、追加をお願いいたします。

{SIG_ETO}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="one person's My Number in running text to an outside firm",
)

# 075 pass: aggregate report PDF to the city
add(
    id="byoji-075",
    sender=NAGUMO,
    to=["ひかりが丘市 保育課 <hoikuka@city.hikarigaoka.lg.jp>"],
    subject="上半期 利用状況（集計）のご報告",
    charset="iso-2022-jp",
    body=f"""ひかりが丘市 子ども家庭部 保育課
ご担当者様

お世話になっております。日の出産業の南雲です。
ひだまりルーム日吉の上半期の利用状況（集計値）をPDFでお送りします。
個別の利用児童の情報は含めておりません。

{SIG_NAGUMO}
""",
    attachments=[{"kind": "pdf", "name": "利用状況_上半期_日吉.pdf", "title": "利用状況（上半期）",
                  "lines": ["ひだまりルーム日吉 上半期 利用状況"],
                  "table": [["月", "開所日数", "延べ利用児童数", "市内在住", "平均利用率"],
                            ["4月", 21, 58, 49, "46%"], ["5月", 20, 71, 60, "59%"], ["6月", 21, 84, 70, "67%"],
                            ["7月", 22, 66, 55, "50%"], ["8月", 20, 39, 33, "33%"], ["9月", 20, 62, 51, "52%"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate monthly counts only, no individual",
)
# =========================================================================================
# 076–100
# =========================================================================================

# 076 stop: PPTX review deck with a slide listing six heavy users
_slide = ["ご利用の多い社員様（上位6名）"]
for _p in people(6):
    _slide.append(f"{_p['name']}（{rng.choice(['物流センター', '商品開発部', '札幌工場', '営業本部'])}）"
                  f" 利用{rng.randrange(6, 19)}回／お子様{rng.randrange(1, 6)}歳・{rng.randrange(1, 4)}歳")
add(
    id="byoji-076",
    sender=MORINAGA,
    to=["大槻様 <otsuki@kitaguni-foods.co.jp>"],
    subject="四半期レビュー資料（7〜9月）",
    charset="utf-8",
    body=f"""大槻様

お世話になっております。森永です。
明日の四半期レビューの資料をお送りします。
利用傾向のページに、ご利用の多い社員様の一覧を入れております。

{SIG_MORINAGA}
""",
    attachments=[{"kind": "pptx", "name": "四半期レビュー_北国フーズ様_Q2.pptx",
                  "slides": [["北国フーズ様 ひのでキッズケア 四半期レビュー", "2025年7月〜9月", "日の出産業株式会社"],
                             ["ご利用サマリー", "病児保育 延べ58日", "シッター派遣 112時間", "満足度 4.6 / 5.0"],
                             _slide,
                             ["次四半期に向けて", "インフルエンザ流行期の予約枠拡大", "札幌地区の提携施設開拓"]]}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="a slide listing six named employees with departments, usage counts and children's ages: a list of people",
)

# 077 pass: anonymised service deck to a prospect
add(
    id="byoji-077",
    sender=MORINAGA,
    to=["三和ロジスティクス 人事部 <kosei@sanwa-logi.co.jp>"],
    subject="サービスご紹介資料の送付",
    charset="utf-8",
    body=f"""三和ロジスティクス株式会社
人事部 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 ライフサポート事業部の森永と申します。
先日の展示会ではブースにお立ち寄りいただき、ありがとうございました。
ご紹介資料をお送りいたします。導入企業様の事例は匿名化して掲載しております。

{SIG_MORINAGA}
""",
    attachments=[{"kind": "pptx", "name": "ひのでキッズケア_サービスご紹介.pptx",
                  "slides": [["ひのでキッズケア", "病児保育 × ベビーシッター の福利厚生サービス"],
                             ["導入事例：製造業A社", "従業員 2,400名", "利用 延べ410日／年", "子の看護休暇 取得日数 約3割減"],
                             ["導入事例：物流B社", "夜勤シフトの社員向けにシッター派遣", "離職率 1.8ポイント改善"],
                             ["料金", "ライト／ベーシック／プレミアムの3プラン", "詳細はお問い合わせください"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="sales deck with anonymous case studies",
)

# 078 stop: client HR in To, two parents' private addresses in Cc
_a, _b = people(2)
add(
    id="byoji-078",
    sender=TAKAMIZAWA,
    to=["平松様 <hiramatsu.y@kawasaki-denki.co.jp>"],
    cc=[f"{_a['name']} <{_a['ro_mei']}.{_a['ro_sei']}@gmail.com>",
        f"{_b['name']} <{_b['ro_sei']}-{_b['ro_mei']}@icloud.com>"],
    subject="施設見学会の日程について",
    charset="iso-2022-jp",
    body=f"""平松様
（cc：見学をご希望の社員様）

お世話になっております。ひのでキッズケアの高見沢です。
見学をご希望の社員様お二人から、私用アドレスへの連絡をご希望とのことでしたので、
ccに入れてご案内いたします。

 日時：11月22日（土）10:00〜11:00
 場所：ひだまりルーム武蔵小杉（新丸子東2-901-3 2F）
 持ち物：特にございません。お子様連れでも大丈夫です。

ご参加可否をご返信ください。

{SIG_TAKAMIZAWA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="a client contact and two private persons (three parties) see each other's addresses in To/Cc",
)

# 079 pass: registration completion to one parent on free mail
_p = person()
add(
    id="byoji-079",
    sender=TAKAMIZAWA,
    to=[f"{_p['name']} <{_p['ro_sei']}.{_p['ro_mei']}{rng.randrange(1, 99)}@outlook.jp>"],
    subject="【ひのでキッズケア】会員登録完了のお知らせ",
    charset="utf-8",
    body=f"""{_p['name']} 様

ひのでキッズケアへの会員登録が完了しました。
 会員番号：HK{rng.randrange(10000, 99999)}
 ご契約企業：青葉運輸株式会社

会員サイト（https://kidscare.hinode-sangyo.co.jp/login）からログインし、
お子様の情報とかかりつけ医の登録をお願いいたします。
初回ご利用の前日までに、保険証の写しを施設へお持ちいただく必要はございません（当日で結構です）。

ご不明点は 0120-41-8873（7:00〜20:00）までお問い合わせください。

{SIG_TAKAMIZAWA}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="registration notice to the member herself on free mail: nothing sensitive",
)

# 080 stop: attached mail (.eml) carrying six sitters' addresses and phones
_lines = []
for _p in people(6):
    _lines.append(f"{_p['name']} / 〒{_p['zip']} {_p['addr']} / {_p['phone']}")
add(
    id="byoji-080",
    sender=OKOCHI,
    to=["ナニーリンク 手配センター <tehai@nanny-link.co.jp>"],
    subject="応援シッターの件（経緯のメールを添付します）",
    charset="utf-8",
    body=f"""手配センター ご担当者様

お世話になっております。大河内です。
12月の応援シッターの件、社内でのやりとりを添付しますので経緯をご確認ください。
添付メールにある6名のうち、貴社から派遣可能な方を教えていただけますか。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "eml", "name": "応援シッター候補.eml",
                  "message": {"sender": MIYASHITA, "to": [OKOCHI],
                              "subject": "応援シッター候補（ナニーリンク経由で登録歴あり）",
                              "charset": "iso-2022-jp",
                              "body": "大河内さん\n\n過去にナニーリンク経由で応援に来てくれた方々の連絡先です。\n"
                                      "住所は交通費計算用に控えていたものです。\n\n" + "\n".join(_lines) +
                                      "\n\n宮下"}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="an attached internal mail (.eml) lists six people's addresses and mobiles; it goes outside",
)

# 081 pass: English reply, the user list is only quoted
_q = []
for _p in people(5):
    _q.append(f"> {_p['romaji']}, {_p['email']}, last login 2025-11-{rng.randrange(1, 12):02d}")
add(
    id="byoji-081",
    sender=ASHIDA,
    to=["Priya Raman <priya.raman@carebridge.com>"],
    subject="Re: Test accounts that failed to sync",
    charset="utf-8",
    body=f"""Hi Priya,

Thanks, we found the cause: those accounts were created before we enabled the e-mail
normalisation step, so the addresses still had trailing spaces in our DB. We've fixed
them on our side and re-triggered the sync. Could you check again tomorrow?

Best,
Kengo

On Wed, Nov 12, 2025 at 6:04 PM Priya Raman <priya.raman@carebridge.com> wrote:
> Hi Kengo,
> The following pilot users failed to sync overnight:
""" + "\n".join(_q) + """
> Could you check whether their profiles are complete on your side?
> Thanks,
> Priya
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the five users appear only in the quoted mail of the recipient",
)

# 082 stop: full-width digits, wareki birth dates: six children for the security company
_lines = []
for _i in range(6):
    _p, _c = family()
    _lines.append(f"{_c['kana']}　{zen(wareki(_c['dob'], short=True))}生　保護者 {_p['sei']}　ＴＥＬ {zen(_p['phone'])}")
add(
    id="byoji-082",
    sender=SHIRATORI,
    to=["あんしん警備保障 川崎営業所 <kawasaki@anshin-keibi.co.jp>"],
    subject="入退室管理システムへの登録依頼（お迎え者照合用）",
    charset="cp932",
    body="""あんしん警備保障株式会社
川崎営業所 御中

いつもお世話になっております。ひだまりルーム武蔵小杉の白鳥です。
お迎え時の本人照合のため、12月から継続利用されるお子様の情報を登録してください。

""" + "\n".join(_lines) + f"""

登録完了後、テスト照合の日程をご相談させてください。

{SIG_SHIRATORI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six children's kana names, 和暦 birth dates and parents' full-width phone numbers to a security company",
)

# 083 pass: nurse to the facility head, internal, one child's medical history
_c = person("child")
add(
    id="byoji-083",
    sender=MIYASHITA,
    to=[SHIRATORI],
    subject="明日の{0}くん 熱性けいれんの既往について".format(_c["mei"]),
    charset="iso-2022-jp",
    body=f"""白鳥さん

お疲れさまです。宮下です。
明日お預かりの{_c['name']}くん、登録票を見直したら熱性けいれんの既往が2回ありました。
ダイアップ座薬の指示書も保護者から預かっています（37.5℃以上で1本）。
明日は私が担当に入りますが、念のため共有します。

宮下
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="a child's medical history between two internal staff",
)

# 084 stop: corrupt DOCX doctor's note to a clinic
add(
    id="byoji-084",
    sender=SHIRATORI,
    to=["さとう小児科医院 受付 <uketsuke@sato-shonika.com>"],
    subject="医師連絡票の記入漏れについて",
    charset="utf-8",
    body=f"""さとう小児科医院
受付ご担当者様

お世話になっております。白鳥です。
本日お預かりしたお子様の医師連絡票に、登園可否欄の記入漏れがありました。
スキャンしたものをWordに貼り付けて添付しますので、ご確認をお願いします。

{SIG_SHIRATORI}
""",
    attachments=[{"kind": "corrupt", "name": "医師連絡票_1113.docx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached DOCX is corrupt: cannot be inspected (and would hold a doctor's note)",
)

# 085 pass: blank form template to a clinic
add(
    id="byoji-085",
    sender=SHIRATORI,
    to=["榊原先生 <sakakibara@aozora-kodomo-cl.jp>"],
    subject="医師連絡票 様式改定のご案内",
    charset="iso-2022-jp",
    body=f"""榊原先生

いつもお世話になっております。白鳥です。
12月から医師連絡票の様式を改定いたします。主な変更点は、
「隔離の要否」欄と「与薬指示」欄の追加です。新様式を添付いたします。
旧様式も当面はご利用いただけます。

{SIG_SHIRATORI}
""",
    attachments=[{"kind": "docx", "name": "医師連絡票_新様式.docx",
                  "paragraphs": ["医師連絡票（病児保育室 ひだまりルーム）",
                                 "児童氏名：＿＿＿＿＿＿＿＿　　生年月日：＿＿年＿＿月＿＿日",
                                 "診断名：＿＿＿＿＿＿＿＿＿＿＿＿",
                                 "隔離の要否：　要 ・ 不要",
                                 "与薬指示：＿＿＿＿＿＿＿＿＿＿＿＿",
                                 "医療機関名・医師名：＿＿＿＿＿＿＿＿　　記入日：＿＿年＿＿月＿＿日"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a blank form: labels for name, birth date and diagnosis but no data",
)

# 086 stop: PDF with a CONFIDENTIAL footer to the foreign partner
add(
    id="byoji-086",
    sender=ASHIDA,
    to=["Priya Raman <priya.raman@carebridge.com>"],
    subject="Our system architecture overview",
    charset="utf-8",
    body=f"""Hi Priya,

Ahead of next week's design review, please find attached the architecture overview
of our booking platform, including the network zones and the data flows to the clinics.

Best regards,
{SIG_EN_ASHIDA}
""",
    attachments=[{"kind": "pdf", "name": "kidscare_architecture_v3.pdf",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Use Only",
                  "lines": ["Hinode Kids Care booking platform - architecture overview v3",
                            "1. Zones: public (CDN, WAF), app (k8s), data (PostgreSQL 15, encrypted)",
                            "2. Admin access via bastion 10.20.4.11, MFA enforced",
                            "3. Clinic data flow: SFTP drop, nightly, PGP encrypted",
                            "4. Known gaps: audit log retention 90 days (target 1 year)"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached PDF carries a CONFIDENTIAL / Internal Use Only footer on every page",
)

# 087 pass: English mail about signing a mutual NDA
add(
    id="byoji-087",
    sender=MORINAGA,
    to=["Daniel Okafor <d.okafor@carebridge.com>"],
    subject="Mutual NDA before the pricing discussion",
    charset="utf-8",
    body=f"""Dear Daniel,

Thank you for your proposal on the revenue-share model. Before we share our client
volumes and pricing, our legal team would like us to sign a mutual non-disclosure
agreement. We can use your template; our counsel at Shirakawa Law Office only asked for
Japanese law as governing law and Tokyo District Court as the venue.

Could you send the draft in Word format?

Best regards,
Takuma Morinaga
Corporate Sales, Life Support Division
Hinode Sangyo Co., Ltd.  Tel +81-44-210-5540

{DISC_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with the standard disclaimer: nothing confidential is sent",
)

# 088 stop: reply with a new list of five employees' children with birth dates
_rows = [["社員氏名", "お子様", "生年月日", "登録状況"]]
for _i in range(5):
    _p, _c = family()
    _rows.append([_p["name"], _c["name"], ymd(_c["dob"], "kanji"), rng.choice(["登録済", "登録済", "書類待ち"])])
add(
    id="byoji-088",
    sender=TAKAMIZAWA,
    to=["上杉様 <uesugi@tokai-seimitsu.co.jp>"],
    subject="Re: 登録状況の確認",
    charset="utf-8",
    body=f"""上杉様

お世話になっております。高見沢です。
先行登録いただいた5名の社員様の状況は以下のとおりです。

{columns(_rows, gap=3)}

書類待ちの方には弊社から再度ご案内いたします。

{SIG_TAKAMIZAWA}

> 高見沢様
> 先行登録をお願いした社員の登録状況を教えていただけますか。
> 東海精密工業 上杉
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="new text (not quoted) lists five employees with their children's names and birth dates",
)

# 089 pass: three unregistered employees' work e-mails to their own HR
_ps = people(3)
add(
    id="byoji-089",
    sender=TAKAMIZAWA,
    to=["丸富建設 人事課 <jinji@marufuji-kensetsu.co.jp>"],
    subject="登録案内メールが不達の社員様について",
    charset="iso-2022-jp",
    body=f"""丸富建設株式会社 人事課 ご担当者様

お世話になっております。高見沢です。
以下の3名様への登録案内メールが、宛先不明で戻ってまいりました。
正しいアドレスをお教えいただけますでしょうか。

 ・{_ps[0]['name']} 様　{_ps[0]['ro_mei']}.{_ps[0]['ro_sei']}@marufuji-kensetsu.co.jp
 ・{_ps[1]['name']} 様　{_ps[1]['ro_sei']}-{_ps[1]['ro_mei']}@marufuji-kensetsu.co.jp
 ・{_ps[2]['name']} 様　{_ps[2]['ro_mei'][0]}{_ps[2]['ro_sei']}@marufuji-kensetsu.co.jp

{SIG_TAKAMIZAWA}
""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="three employees' work addresses back to their own employer: under five, may warn",
)

# 090 stop: look-alike of shirakawa-law.jp (homoglyph 1 for l)
add(
    id="byoji-090",
    sender=KUBOTA,
    to=["三輪先生 <miwa@shirakawa-1aw.jp>"],
    subject="誤送信事案についてのご相談",
    charset="utf-8",
    body=f"""白川法律事務所
三輪先生

いつもお世話になっております。日の出産業の久保田です。
昨日、当事業部の職員が、ある契約企業宛ての利用実績を別の契約企業へ誤って送信する事案が
発生しました。受信側には削除を依頼し、削除済みとの回答を得ております。

個人情報保護委員会への報告の要否と、ご本人への通知の範囲について、
ご相談のお時間をいただけますでしょうか。

{SIG_KUBOTA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-1aw.jp imitates the partner shirakawa-law.jp (digit 1 for l)",
)

# 091 pass: contract template review with the real law firm
add(
    id="byoji-091",
    sender=KUBOTA,
    to=["三輪先生 <miwa@shirakawa-law.jp>"],
    subject="シッター業務委託契約書のリーガルチェックのお願い",
    charset="iso-2022-jp",
    body=f"""三輪先生

いつもお世話になっております。久保田です。
ベビーシッターとの業務委託契約書のひな形を改定しました。
主な改定点は、再委託の禁止、守秘義務の存続期間、損害賠償の上限の3点です。
ご確認のほどよろしくお願いいたします。

{SIG_KUBOTA}
""",
    attachments=[{"kind": "docx", "name": "業務委託契約書ひな形_シッター_v5.docx",
                  "paragraphs": ["ベビーシッター業務委託契約書（ひな形）",
                                 "日の出産業株式会社（以下「委託者」）と　　　　（以下「受託者」）は、次のとおり契約する。",
                                 "第8条（再委託の禁止）受託者は、本業務を第三者に再委託してはならない。",
                                 "第12条（秘密保持）受託者は、業務上知り得た利用者の情報を、契約終了後も第三者に開示してはならない。",
                                 "第15条（損害賠償）賠償額の上限は、直近6か月の報酬総額とする。"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="contract template (no parties filled in) to the real partner law firm",
)

# 092 stop: one person's basic pension number to a labour consultant
_p = person()
add(
    id="byoji-092",
    sender=KUBOTA,
    to=["小林社会保険労務士事務所 <info@sharoushi-kobayashi.jp>"],
    subject="社会保険 資格取得届の作成依頼（1名）",
    charset="utf-8",
    body=f"""小林社会保険労務士事務所
ご担当者様

お世話になっております。日の出産業の久保田です。
業務委託のシッターから12/1付で正社員（保育スタッフ）に登用する方の
資格取得届の作成をお願いいたします。

 氏名：{_p['name']}（{_p['kana']}）
 生年月日：{wareki(_p['dob'])}
 基礎年金番号：{rng.randrange(1000, 9999)}-{rng.randrange(100000, 999999)}
 報酬月額：265,000円
 扶養家族：なし

よろしくお願いいたします。

{SIG_KUBOTA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a basic pension number (social insurance identifier) sent outside",
)

# 093 stop: PPTX with 社外秘 in the footer of each slide
add(
    id="byoji-093",
    sender=MORINAGA,
    to=["平松様 <hiramatsu.y@kawasaki-denki.co.jp>"],
    subject="来期の料金改定についてのご説明資料",
    charset="iso-2022-jp",
    body=f"""平松様

お世話になっております。森永です。
来期の料金改定について、来週のご説明で使う資料を先にお送りします。
社内でのご検討にお使いください。

{SIG_MORINAGA}
""",
    attachments=[{"kind": "pptx", "name": "料金改定のご説明_川崎電機様.pptx", "page_footer": "社外秘",
                  "slides": [["料金改定のご説明", "2026年4月〜"],
                             ["改定の背景", "看護師人件費の上昇（前年比 +7%）", "利用日数の増加"],
                             ["改定案", "プレミアム 4,000,000円 → 4,280,000円", "3年契約の場合は据置"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached deck is stamped 社外秘 in a footer on every slide",
)

# 094 pass: qualified invoice with the T-number
_t = corp_no("020001048732")
add(
    id="byoji-094",
    sender=ETO,
    to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    subject="10月分 適格請求書の送付",
    charset="utf-8",
    body=f"""北国フーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理の江藤です。
10月分の適格請求書をお送りいたします。

 請求書番号：HK-2510-0422
 登録番号：T{_t}
 ご請求金額：396,000円（うち消費税 36,000円）
 お振込先：みどり銀行 川崎支店 当座 0048217 ニツシユツサンギヨウ（カ
 お支払期限：2025年11月30日

{SIG_ETO}
""",
    attachments=[{"kind": "pdf", "name": "適格請求書_HK-2510-0422.pdf",
                  "lines": ["適格請求書", "北国フーズ株式会社 御中", f"登録番号 T{_t}", "日の出産業株式会社",
                            "病児保育室 利用料（10月分）  360,000円", "消費税（10%）  36,000円", "合計  396,000円"]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="an invoice with the company's T-number and own bank account: business data",
)

# 095 either: parent's own child's illness told to the parent's free mail
_p, _c = family()
add(
    id="byoji-095",
    sender=TAKAMIZAWA,
    to=[f"{_p['name']} <{_p['email'].split('@')[0]}@gmail.com>"],
    subject="【予約確定】11/17（月）ひだまりルーム武蔵小杉",
    charset="utf-8",
    body=f"""{_p['name']} 様

ご予約が確定しましたのでお知らせします。

 お子様：{_c['name']}ちゃん
 日時：11/17（月）8:00〜18:00
 お部屋：隔離室B（医師連絡票の「水痘（みずぼうそう）」の診断に基づき、他のお子様と分けてお預かりします）

発疹の状態によっては、当日朝の看護師確認でお預かりできない場合があります。

{SIG_TAKAMIZAWA}
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="the child's diagnosis sent back to the parent who reported it, on free mail: defensible either way",
)

# 096 stop: XLSX without names: sitter IDs, birth dates and bank accounts
_sheet = [["シッター報酬 振込先マスタ（給与パートナーズ様 取込用）"], ["シッターID", "生年月日", "金融機関", "支店", "種目", "口座番号"]]
for _i in range(10):
    _p = person()
    b, br, kind, no = bank()
    _sheet.append([f"S{rng.randrange(1000, 9999)}", ymd(_p["dob"]), b, br, kind, no])
add(
    id="byoji-096",
    sender=ETO,
    to=["給与パートナーズ 受託第二課 <juta2@kyuyo-partners.co.jp>"],
    subject="振込先マスタの更新ファイル",
    charset="iso-2022-jp",
    body=f"""給与パートナーズ株式会社
受託第二課 御中

お世話になっております。日の出産業 経理の江藤です。
振込先マスタの更新ファイルをお送りします。
氏名は貴社システムの既存データと紐付くため、シッターIDと生年月日のみとしています。

{SIG_ETO}
""",
    attachments=[{"kind": "xlsx", "name": "振込先マスタ_更新_1114.xlsx", "sheets": {"更新分": _sheet}}],
    expect="stop",
    entities=["DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="ten rows of birth dates and bank accounts without a name column, sent outside",
)

# 097 pass: CSV of client companies (businesses) for greeting cards
add(
    id="byoji-097",
    sender=KUBOTA,
    to=["錦印刷 梶原様 <kajiwara@nishiki-insatsu.co.jp>"],
    subject="年末ご挨拶状の宛名データ（法人宛て）",
    charset="utf-8",
    body=f"""梶原様

いつもお世話になっております。久保田です。
年末のご挨拶状の宛名データ（契約企業・提携先 6件、すべて法人宛て）をお送りします。
印刷・投函まで12/15着でお願いいたします。

{SIG_KUBOTA}
""",
    attachments=[{"kind": "csv", "name": "挨拶状宛名_法人.csv", "encoding": "cp932",
                  "rows": [["会社名", "部署", "郵便番号", "住所", "代表電話"],
                           ["川崎電機株式会社", "人事部 御中", "210-0005", "神奈川県川崎市川崎区東田町8-1", "044-201-1100"],
                           ["青葉運輸株式会社", "人事総務部 御中", "230-0051", "神奈川県横浜市鶴見区鶴見中央4-33-5", "045-501-2700"],
                           ["北国フーズ株式会社", "総務部 御中", "060-0042", "北海道札幌市中央区大通西9-3-10", "011-231-4400"],
                           ["丸富建設株式会社", "人事課 御中", "144-0051", "東京都大田区西蒲田5-21-6", "03-3734-8100"],
                           ["東海精密工業株式会社", "人事部 御中", "211-0063", "神奈川県川崎市中原区小杉町1-403", "044-733-5200"],
                           ["あおぞらこどもクリニック", "院長 御中", "211-0063", "神奈川県川崎市中原区小杉町3-264", "044-722-1150"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="CSV of companies and a clinic with switchboard numbers: a business list",
)

# 098 stop: three partner clinics in To
add(
    id="byoji-098",
    sender=SHIRATORI,
    to=["さとう小児科医院 <jimu@sato-shonika.com>", "あおぞらこどもクリニック <info@aozora-kodomo-cl.jp>",
        "蒲田こども診療所 <office@kamata-kodomo.jp>"],
    subject="【回診当番表】12月分の変更について",
    charset="iso-2022-jp",
    body=f"""提携クリニック 各位

いつもお世話になっております。ひだまりルームの白鳥です。
12月の回診当番表に変更がありましたのでお知らせいたします。

 12/10（水） 武蔵小杉：さとう小児科 → あおぞらこどもクリニック
 12/18（木） 大井町：蒲田こども診療所（変更なし、時間のみ 14:00 → 13:30）
 12/24（水） 全施設：回診なし

ご不明点は白鳥までお電話ください。

{SIG_SHIRATORI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three outside clinics see each other's addresses in To: should have been Bcc",
)

# 099 either: aggregate report with a cell of one identifiable employee
add(
    id="byoji-099",
    sender=TAKAMIZAWA,
    to=["平松様 <hiramatsu.y@kawasaki-denki.co.jp>"],
    subject="10月 部署別ご利用状況",
    charset="utf-8",
    body=f"""平松様

お世話になっております。高見沢です。
10月の部署別ご利用状況です（氏名は記載しておりません）。

 設計部　　　　 利用 9日（発熱 5、胃腸炎 3、その他 1）
 生産技術部　　 利用 6日（発熱 4、インフルエンザ 2）
 品質保証部　　 利用 5日（RSウイルス 5 ※お一人・お子様4歳の連続利用）
 営業本部　　　 利用 3日（発熱 3）

品質保証部の連続利用については、医師の登園許可待ちによるものです。

{SIG_TAKAMIZAWA}
""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="aggregate counts, but one cell singles out one employee's child's illness in a small department",
)

# 100 stop: CSV of six parents' card numbers to the payment processor
_csv = [["会員番号", "カード名義", "カード番号", "有効期限", "請求額"]]
for _p in people(6):
    _csv.append([f"HK{rng.randrange(10000, 99999)}", f"{_p['ro_mei'].upper()} {_p['ro_sei'].upper()}", cardno(),
                 f"{rng.randrange(1, 13):02d}/{rng.randrange(27, 31)}", rng.choice([2000, 4000, 6000, 8400])])
add(
    id="byoji-100",
    sender=ETO,
    to=["ペイゲート 加盟店サポート <support@paygate-jp.com>"],
    subject="再決済の手動実行依頼（10月分エラー6件）",
    charset="utf-8",
    body=f"""株式会社ペイゲート
加盟店サポート ご担当者様

お世話になっております。加盟店ID HNK-30418 日の出産業の江藤です。
10月分の月額決済でシステムエラーとなった6件について、手動での再決済をお願いします。
対象をCSVにまとめました。

{SIG_ETO}
""",
    attachments=[{"kind": "csv", "name": "再決済依頼_202510.csv", "encoding": "utf-8", "rows": _csv}],
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="CSV of six card holders with full card numbers sent outside",
)
