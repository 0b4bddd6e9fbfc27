"""Blind evaluation corpus — area: rentguarantee (家賃保証・賃貸保証事業).

日の出産業株式会社 賃貸保証事業部 のメール: 入居審査、連帯保証人・緊急連絡先の申込（収入・勤務先）、
滞納者リスト、明渡訴訟の弁護士への依頼、不動産仲介・管理会社、家主（オーナー）、督促架電。

Every person and every number in this file is invented: names, companies (other than
those named in the brief), addresses, phone numbers, accounts, card numbers, My Numbers.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

SEED = 11801
rng = random.Random(SEED)

_mn_counter = [SEED]
_cc_counter = [SEED]


def next_my_number() -> str:
    n = _mn_counter[0]
    _mn_counter[0] += 1
    return my_number(n)


def next_card() -> str:
    n = _cc_counter[0]
    _cc_counter[0] += 1
    return card_number(n)


# -- small helpers ----------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-()/.: ", "０１２３４５６７８９－（）／．：　")


def zen(s: str) -> str:
    """ASCII digits and separators → full-width."""
    return s.translate(_ZEN)


def spaced4(num: str) -> str:
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


def not_my_number() -> str:
    """12 digits whose My Number check digit is deliberately wrong (a contract number)."""
    while True:
        body = [rng.randrange(10) for _ in range(11)]
        body[0] = rng.randrange(1, 10)
        total = sum(body[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
        r = total % 11
        check = 0 if r <= 1 else 11 - r
        wrong = (check + 1 + rng.randrange(8)) % 10
        if wrong != check:
            return "".join(map(str, body)) + str(wrong)


def corporate_number(base12: str) -> str:
    """法人番号 (13 digits, leading check digit)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


SEI = [
    ("佐々木", "ササキ", "Sasaki"), ("東海林", "ショウジ", "Shoji"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("五十嵐", "イガラシ", "Igarashi"), ("百目鬼", "ドウメキ", "Domeki"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("榎本", "エノモト", "Enomoto"), ("宍戸", "シシド", "Shishido"), ("比嘉", "ヒガ", "Higa"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("我妻", "ワガツマ", "Wagatsuma"), ("鬼頭", "キトウ", "Kito"),
    ("柘植", "ツゲ", "Tsuge"), ("上遠野", "カドノ", "Kadono"), ("猪狩", "イガリ", "Igari"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("長谷部", "ハセベ", "Hasebe"), ("桐谷", "キリタニ", "Kiritani"),
    ("御手洗", "ミタライ", "Mitarai"), ("一ノ瀬", "イチノセ", "Ichinose"), ("古謝", "コジャ", "Koja"),
    ("保坂", "ホサカ", "Hosaka"), ("大庭", "オオバ", "Oba"), ("真栄田", "マエダ", "Maeda"),
    ("相馬", "ソウマ", "Soma"), ("及川", "オイカワ", "Oikawa"), ("羽生田", "ハニュウダ", "Hanyuda"),
    ("四十物", "アイモノ", "Aimono"), ("雲雀", "ヒバリ", "Hibari"), ("海老原", "エビハラ", "Ebihara"),
    ("砂川", "スナガワ", "Sunagawa"), ("舟橋", "フナハシ", "Funahashi"), ("塙", "ハナワ", "Hanawa"),
    ("蛭田", "ヒルタ", "Hiruta"), ("今野", "コンノ", "Konno"), ("安齋", "アンザイ", "Anzai"),
    ("若狭", "ワカサ", "Wakasa"), ("栗栖", "クリス", "Kurisu"), ("武藤", "ムトウ", "Muto"),
    ("甲斐", "カイ", "Kai"), ("設楽", "シタラ", "Shitara"), ("瀬戸口", "セトグチ", "Setoguchi"),
    ("木暮", "コグレ", "Kogure"), ("八木橋", "ヤギハシ", "Yagihashi"), ("蓮見", "ハスミ", "Hasumi"),
    ("門脇", "カドワキ", "Kadowaki"), ("檜山", "ヒヤマ", "Hiyama"), ("日比野", "ヒビノ", "Hibino"),
]
MEI = [
    ("翔太", "ショウタ", "Shota"), ("美咲", "ミサキ", "Misaki"), ("大輔", "ダイスケ", "Daisuke"),
    ("千尋", "チヒロ", "Chihiro"), ("健一", "ケンイチ", "Kenichi"), ("由香里", "ユカリ", "Yukari"),
    ("陸", "リク", "Riku"), ("彩乃", "アヤノ", "Ayano"), ("隆之", "タカユキ", "Takayuki"),
    ("恵", "メグミ", "Megumi"), ("拓真", "タクマ", "Takuma"), ("奈緒", "ナオ", "Nao"),
    ("修", "オサム", "Osamu"), ("葵", "アオイ", "Aoi"), ("勝也", "カツヤ", "Katsuya"),
    ("里美", "サトミ", "Satomi"), ("悠人", "ユウト", "Yuto"), ("紗希", "サキ", "Saki"),
    ("正樹", "マサキ", "Masaki"), ("瑞穂", "ミズホ", "Mizuho"), ("和也", "カズヤ", "Kazuya"),
    ("朋子", "トモコ", "Tomoko"), ("蒼", "ソウ", "So"), ("亜希子", "アキコ", "Akiko"),
    ("義男", "ヨシオ", "Yoshio"), ("香織", "カオリ", "Kaori"), ("直樹", "ナオキ", "Naoki"),
    ("小百合", "サユリ", "Sayuri"), ("航", "ワタル", "Wataru"), ("智恵", "チエ", "Chie"),
]

PLACES = [
    ("東京都", "板橋区", "成増"), ("東京都", "足立区", "西新井栄町"), ("東京都", "江戸川区", "葛西"),
    ("東京都", "中野区", "鷺宮"), ("東京都", "八王子市", "めじろ台"), ("神奈川県", "川崎市中原区", "新丸子町"),
    ("神奈川県", "横浜市鶴見区", "生麦"), ("神奈川県", "相模原市南区", "相模大野"),
    ("埼玉県", "川口市", "芝新町"), ("埼玉県", "所沢市", "東所沢和田"), ("千葉県", "船橋市", "前原西"),
    ("千葉県", "松戸市", "常盤平"), ("大阪府", "大阪市東淀川区", "淡路"), ("大阪府", "堺市北区", "中百舌鳥町"),
    ("愛知県", "名古屋市中村区", "則武"), ("福岡県", "福岡市東区", "箱崎"), ("北海道", "札幌市白石区", "本郷通"),
    ("宮城県", "仙台市若林区", "卸町"), ("兵庫県", "尼崎市", "塚口本町"), ("京都府", "京都市伏見区", "深草"),
]
BLDG = ["メゾン", "コーポ", "ハイツ", "レジデンス", "グランシャトー", "パレス", "サンハイム", "ロイヤルコート",
        "フォレスト", "エクセル"]
BLDG2 = ["若葉", "ひまわり", "松風", "第2桜台", "アルカディア", "翠明", "青雲", "エスポワール", "楓", "北斗"]
EMPLOYERS = ["株式会社丸栄精機", "有限会社たちばな運送", "医療法人社団 桂会", "株式会社フジミ食品工業",
             "社会福祉法人 ことぶき会", "株式会社オオツカ電設", "東和ビルサービス株式会社", "株式会社ミナセ物流",
             "合同会社グリーンリーフ", "株式会社サンワ工務店", "株式会社ヤマブキ商事", "学校法人 白鷺学園",
             "株式会社トーヨー警備保障", "株式会社ひなた介護サービス", "大成テクノ株式会社"]
BANKS = [("みどり銀行", "本店営業部"), ("みどり銀行", "川口支店"), ("ひばり信用金庫", "成増支店"),
         ("東都中央銀行", "新宿西口支店"), ("ゆうちょ銀行", "〇一八店"), ("あさひ信用組合", "船橋支店"),
         ("浪速第一銀行", "淡路支店"), ("北辰銀行", "白石支店")]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "icloud.com",
            "outlook.jp"]


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def landline(area: str = "03") -> str:
    if len(area) == 2:
        return f"{area}-{rng.randrange(3000, 7000)}-{rng.randrange(1000, 10000)}"
    return f"{area}-{rng.randrange(200, 990)}-{rng.randrange(1000, 10000)}"


def dob(lo: int = 1950, hi: int = 2003) -> _dt.date:
    return _dt.date(rng.randrange(lo, hi), rng.randrange(1, 13), rng.randrange(1, 29))


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zen":
        return f"{era}{'元' if y == 1 else zen(str(y))}年{zen(str(d.month))}月{zen(str(d.day))}日"
    if style == "zenshort":
        return zen(f"{short}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ")
    raise ValueError(style)


def address(with_zip: bool = True) -> str:
    pref, city, town = rng.choice(PLACES)
    bld = f"{rng.choice(BLDG)}{rng.choice(BLDG2)} {rng.randrange(1, 5)}0{rng.randrange(1, 9)}号室"
    a = f"{pref}{city}{town}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)} {bld}"
    if with_zip:
        return f"〒{rng.randrange(100, 999)}-{rng.randrange(0, 10000):04d} {a}"
    return a


def bank_account() -> str:
    b, s = rng.choice(BANKS)
    return f"{b} {s} 普通 {rng.randrange(1000000, 9999999)}"


_used: set[int] = set()


def person() -> dict:
    while True:
        i, j = rng.randrange(len(SEI)), rng.randrange(len(MEI))
        if i * 100 + j not in _used:
            _used.add(i * 100 + j)
            break
    s, m = SEI[i], MEI[j]
    return {
        "name": f"{s[0]} {m[0]}", "kana": f"{s[1]} {m[1]}", "romaji": f"{m[2]} {s[2]}",
        "ROMAJI": f"{s[2].upper()} {m[2]}", "sei": s[0],
        "phone": mobile(), "dob": dob(),
        "email": f"{m[2].lower()}.{s[2].lower()}{rng.randrange(10, 99)}@{rng.choice(FREEMAIL)}",
        "addr": address(), "employer": rng.choice(EMPLOYERS),
        "income": rng.randrange(180, 720) * 10000, "bank": bank_account(),
        "arrears": rng.randrange(2, 9) * rng.choice([52000, 61000, 68500, 74000, 83000, 95000]),
        "contract": f"HG-{rng.randrange(2019, 2026)}-{rng.randrange(10000, 99999)}",
    }


def people(n: int) -> list[dict]:
    return [person() for _ in range(n)]


def yen(v: int) -> str:
    return f"{v:,}"


# -- senders and signatures --------------------------------------------------------------

D = "hinode-sangyo.co.jp"
KITAMURA = f"北村 遥 <h.kitamura@{D}>"          # 保証審査課
HORINOUCHI = f"堀之内 豪 <g.horinouchi@{D}>"   # 債権管理課
MAKABE = f"真壁 理沙 <r.makabe@{D}>"           # 法務・訴訟管理
HAYASE = f"早瀬 拓海 <t.hayase@{D}>"           # 営業推進課（不動産会社担当）
ASHIDA = f"芦田 和美 <k.ashida@{D}>"           # 督促コールセンター SV
MIZOGUCHI = f"溝口 聡 <s.mizoguchi@{D}>"       # 経理（家主送金）
KASHIWAGI = f"柏木 悠 <y.kashiwagi@{D}>"       # 情報システム
NONOMURA = f"野々村 紀子 <n.nonomura@{D}>"     # 保証審査課 課長
TAKAKURA = f"Ryo Takakura <r.takakura@{D}>"    # 海外・外国籍入居者デスク

SIG_KITAMURA = """
--
日の出産業株式会社 賃貸保証事業部 保証審査課
北村 遥（きたむら はるか）
〒103-0027 東京都中央区日本橋2-14-9 日の出日本橋ビル6F
TEL 03-6225-4810（審査直通） FAX 03-6225-4811
h.kitamura@hinode-sangyo.co.jp"""

SIG_HORI = """
────────────────────────
日の出産業株式会社
賃貸保証事業部 債権管理課　堀之内 豪
〒103-0027 東京都中央区日本橋2-14-9
TEL：03-6225-4830　携帯：080-4471-2206
────────────────────────"""

SIG_MAKABE = """
-- 
真壁 理沙 / Risa Makabe
日の出産業株式会社 賃貸保証事業部 法務グループ（訴訟・明渡担当）
TEL 03-6225-4850 / FAX 03-6225-4851"""

SIG_HAYASE = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　賃貸保証事業部
営業推進課　早瀬 拓海
TEL 03-6225-4820 ／ 携帯 090-2718-5530
〒103-0027 東京都中央区日本橋2-14-9 日の出日本橋ビル6F
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_ASHIDA = """
***********************************
日の出産業(株) 家賃保証コールセンター
SV 芦田 和美
フリーダイヤル 0120-418-066（平日9:00-20:00）
***********************************"""

SIG_MIZO = """
日の出産業株式会社 賃貸保証事業部 業務課（送金担当）
溝口 聡　TEL 03-6225-4870"""

SIG_TAKAKURA = """
Ryo Takakura
International Tenant Desk, Rent Guarantee Division
Hinode Sangyo Co., Ltd.
2-14-9 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel +81-3-6225-4890"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを破棄してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

MESSAGES: list[dict] = []


def add(**kw) -> None:
    kw = {"id": f"rentguarantee-{len(MESSAGES) + 1:03d}", **kw}
    kw.setdefault("cc", [])
    kw.setdefault("bcc", [])
    kw.setdefault("attachments", [])
    kw.setdefault("charset", "utf-8")
    MESSAGES.append(kw)


def _w(s: str) -> int:
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int) -> str:
    return s + " " * max(width - _w(s), 0)


def columns(rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    """Rows as plain-text columns padded with spaces, a rule under the header."""
    widths = [max(_w(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append((" " * gap).join(pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)

# ======================================================================================
# 001–020
# ======================================================================================

# 001 stop: arrears list in plain-text columns to the eviction lawyers
_p = people(8)
_rows = [["No", "保証番号", "契約者", "物件所在地", "携帯", "滞納額(円)", "滞納月数"]]
for k, p in enumerate(_p, 1):
    _rows.append([str(k), p["contract"], p["name"], p["addr"].split(" ", 1)[1], p["phone"],
                  yen(p["arrears"]), f"{rng.randrange(3, 9)}ヶ月"])
add(
    expect="stop",
    sender=MAKABE,
    to=["白川法律事務所 大和田先生 <owada@shirakawa-law.jp>"],
    subject="【明渡訴訟ご依頼】第3四半期 対象契約8件の送付",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
大和田 先生

いつも大変お世話になっております。日の出産業 法務グループの真壁です。

先日の定例でお話しした、今期の建物明渡請求訴訟のご依頼対象（8件）を下記に
お送りいたします。いずれも催告書送付済み・内容証明到達済みです。
契約書写しと家賃台帳は別途レターパックで本日発送いたしました。

{columns(_rows)}

※No.5・No.7は連帯保証人が死亡済みのため、相続人調査が必要です。
ご確認のほど、よろしくお願いいたします。
{SIG_MAKABE}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 tenants' name/address/mobile/arrears in padded columns to an outside law firm: a list of people",
)

# 002 pass: NDA talk with a new agency
add(
    expect="pass",
    sender=HAYASE,
    to=["けやきホーム 店長 桑原様 <kuwabara@keyaki-home.jp>"],
    subject="Re: 提携に先立つ秘密保持契約書（NDA）について",
    charset="iso-2022-jp",
    body=f"""株式会社けやきホーム
桑原 様

お世話になっております。日の出産業の早瀬です。

秘密保持契約書のドラフトを拝見しました。弊社法務からのコメントは次の2点です。
　・第4条（秘密情報の範囲）に「入居申込者の個人情報」を明記したい
　・第9条の有効期間を契約終了後3年→5年に延長したい

修正版を来週中にお送りします。締結後、保証委託契約の取次業務について
改めてご説明に伺います。

> 先日はありがとうございました。NDAの件、弊社ひな形でよろしければ
> 添付のとおりです。ご確認ください。
> 桑原
{SIG_HAYASE}
{DISCLAIMER_JA}
""",
    entities=[],
    detectors=[],
    note="mail about an NDA with a standard disclaimer: ordinary business mail",
)

# 003 stop: CSV without a name column to a servicer
_p = people(15)
_rows = [["契約番号", "生年月日", "携帯電話", "現住所", "滞納額", "最終入金日"]]
for p in _p:
    _rows.append([p["contract"], wareki(p["dob"], "short"), p["phone"], p["addr"],
                  str(p["arrears"]), f"R{rng.randrange(6, 8)}.{rng.randrange(1, 13)}.{rng.randrange(1, 29)}"])
add(
    expect="stop",
    sender=HORINOUCHI,
    to=["ひかり債権回収株式会社 受託管理部 <jutaku@hikari-servicer.co.jp>"],
    subject="回収委託債権 追加分（15件）データ送付",
    charset="cp932",
    body=f"""ひかり債権回収株式会社
受託管理部 御中

お世話になっております。日の出産業 債権管理課の堀之内です。
今月の追加委託分15件のデータを添付いたします（CP932 / CSV）。
氏名は別送の委託明細書と契約番号で突合をお願いします。

よろしくお願いいたします。
{SIG_HORI}
""",
    attachments=[{"kind": "csv", "name": "itaku_tsuika_15.csv", "encoding": "cp932", "rows": _rows}],
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of 15 debtors (DOB in 和暦, mobile, address) without a name column to a servicer",
)

# 004 pass: internal weekly arrears list
_p = people(9)
_sheet = [["週次 滞納者一覧（債権管理課 内部用）"], [],
          ["保証番号", "氏名", "フリガナ", "電話", "滞納額", "担当", "次回アクション"]]
for p in _p:
    _sheet.append([p["contract"], p["name"], p["kana"], p["phone"], p["arrears"],
                   rng.choice(["堀之内", "芦田", "小西"]), rng.choice(["再架電", "訪問", "催告書", "法務移管検討"])])
add(
    expect="pass",
    sender=HORINOUCHI,
    to=[f"債権管理課 <saiken-ka@{D}>"],
    cc=[ASHIDA, f"小西 亮 <r.konishi@{D}>"],
    subject="週次滞納者一覧（10/3時点）",
    body=f"""課内各位

今週分の滞納者一覧です。法務移管検討の2件は金曜の会議で判断します。
架電結果はいつもどおり共有フォルダの記録表に入力してください。

堀之内
""",
    attachments=[{"kind": "xlsx", "name": "滞納者一覧_1003.xlsx", "sheets": {"一覧": _sheet}}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="a list of debtors, but every recipient is internal",
)

# 005 stop: My Number retyped into a reply to the agent
_ap = person()
_mn = next_my_number()
add(
    expect="stop",
    sender=KITAMURA,
    to=["みなと不動産 蒲田店 受付 <kamata@minato-fudosan.co.jp>"],
    subject="Re: 保証審査 申込No.A-58213 書類不備のご連絡",
    charset="iso-2022-jp",
    body=f"""みなと不動産 蒲田店
ご担当者様

いつもお世話になっております。日の出産業 保証審査課の北村でございます。

申込No.A-58213（{_ap['name']} 様）の提出書類につきまして、
添付いただいた住民票に個人番号が記載されておりました。
（記載の個人番号：{spaced4(_mn)}）
弊社では個人番号をお預かりできないため、お手数ですが
「個人番号の記載を省略した住民票」を再取得いただくよう
お客様へお伝えいただけますでしょうか。

頂いた画像は弊社にて削除いたしました。
{SIG_KITAMURA}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="an applicant's My Number retyped into the mail to the agency: any My Number stops",
)

# 006 pass: one tenant's contact to the lawyer
_t = person()
add(
    expect="pass",
    sender=MAKABE,
    to=["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
    charset="iso-2022-jp",
    subject="Re: 令和7年(ワ)第1183号 被告連絡先の件",
    body=f"""白川法律事務所 事務局 御中

お世話になっております。日の出産業の真壁です。
お問い合わせの被告の現在の連絡先は次のとおりです（本日、管理会社に確認済み）。

　氏名　　：{_t['name']}（{_t['kana']}）
　携帯　　：{_t['phone']}
　転居先　：{address()}

期日前の和解打診は当方では行っておりません。
引き続きよろしくお願いいたします。
{SIG_MAKABE}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one defendant's contact details to the firm handling the case: one person, may be warned",
)

# 007 stop: five agencies visible in To
add(
    expect="stop",
    sender=HAYASE,
    to=["みなと不動産 <info@minato-fudosan.co.jp>", "けやきホーム <contact@keyaki-home.jp>",
        "第一賃貸管理 <kanri@daiichi-chintai.com>", "星空エステート <office@hoshizora-estate.co.jp>",
        "丸八住宅 <chintai@maruhachi-jutaku.co.jp>"],
    subject="【ご案内】2026年1月以降の保証料改定について",
    charset="iso-2022-jp",
    body=f"""提携不動産会社 各位

平素より弊社家賃保証サービスをお取次ぎいただき、誠にありがとうございます。

2026年1月1日お申込み分より、下記のとおり保証料を改定いたします。
　・スタンダードプラン　初回保証料　月額賃料等の50％ → 55％
　・年間更新料　　　　　10,000円（据え置き）
　・月額プラン　　　　　月額賃料等の1.0％ → 1.2％

詳細資料は担当営業よりお届けいたします。何卒ご理解賜りますようお願い申し上げます。
{SIG_HAYASE}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five agencies in To can see each other: should have been Bcc",
)

# 008 pass: same kind of notice, done right with Bcc
add(
    expect="pass",
    sender=HAYASE,
    to=[HAYASE],
    bcc=["みなと不動産 <info@minato-fudosan.co.jp>", "けやきホーム <contact@keyaki-home.jp>",
         "第一賃貸管理 <kanri@daiichi-chintai.com>", "礎不動産 <uketsuke@ishizue-fudosan.jp>",
         "あおぞら管理 <info@aozora-kanri.co.jp>", "サンライズ管理 <front@sunrise-kanri.co.jp>"],
    subject="年末年始の審査受付について",
    body=f"""提携不動産会社 各位
（本メールはBCCにてお送りしております）

いつもお世話になっております。日の出産業 賃貸保証事業部です。
年末年始の保証審査受付は以下のとおりとなります。

　12月27日（土）　通常受付（審査回答は17時まで）
　12月28日（日）〜1月4日（日）　WEB受付のみ（審査回答は1月5日以降）
　1月5日（月）　通常営業

期間中の緊急連絡はコールセンター（0120-418-066）までお願いいたします。
{SIG_HAYASE}
""",
    entities=[],
    detectors=[],
    note="announcement to many agencies with all of them in Bcc: nothing visible, nothing personal",
)

# 009 stop: look-alike of the partner law firm (.com for .jp)
add(
    expect="stop",
    sender=MAKABE,
    to=["大和田 弁護士 <owada@shirakawa-law.com>"],
    subject="訴訟委任状（原本）送付のご連絡",
    charset="iso-2022-jp",
    body=f"""大和田先生

お世話になっております。真壁です。
ご依頼いただいておりました訴訟委任状3通、本日レターパックプラスにて発送しました。
お問い合わせ番号：3318-6620-4471

到着しましたらご一報いただけますと幸いです。
{SIG_MAKABE}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-law.com is a TLD swap of the partner shirakawa-law.jp",
)

# 010 stop: one tenant's illness in a sentence to the management company
_t = person()
add(
    expect="stop",
    sender=ASHIDA,
    to=["サンライズ管理 賃貸管理部 井筒様 <izutsu@sunrise-kanri.co.jp>"],
    charset="iso-2022-jp",
    subject="ライフコート翠明302号室 ご入居者様の状況について",
    body=f"""サンライズ管理株式会社
井筒 様

お世話になっております。日の出産業 コールセンターの芦田です。

302号室 {_t['name']} 様の件、本日ようやく緊急連絡先のお姉様と連絡が取れました。
ご本人は8月末に脳梗塞で倒れ、現在も市内の病院に入院中で、右半身にまひが残る
見込みとのことです。9月・10月分の家賃は弊社で立替済みです。
退院の目処が立つまで督促架電は一時停止いたします。

お部屋の今後（解約・残置物）については、お姉様から改めて管理会社様へ
ご連絡いただけるそうです。
{SIG_ASHIDA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named tenant's medical condition (stroke, hospitalised) to an outside company: 要配慮個人情報",
)

# 011 pass: HTML-only price table
add(
    expect="pass",
    sender=HAYASE,
    to=["礎不動産 営業部 <eigyo@ishizue-fudosan.jp>"],
    subject="保証プラン料金表（2026年版）",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif">
<p>礎不動産株式会社<br>営業部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の早瀬です。<br>
ご依頼いただいた2026年版の料金表をお送りします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>プラン</th><th>対象</th><th>初回保証料</th><th>更新料</th><th>月額</th></tr>
<tr><td>スタンダード</td><td>個人・居住用</td><td>賃料等の55%</td><td>10,000円/年</td><td>—</td></tr>
<tr><td>ライト</td><td>個人・居住用</td><td>賃料等の30%</td><td>—</td><td>賃料等の1.2%</td></tr>
<tr><td>法人</td><td>法人契約</td><td>賃料等の40%</td><td>賃料等の20%/年</td><td>—</td></tr>
<tr><td>事業用</td><td>店舗・事務所</td><td>賃料等の100%</td><td>賃料等の30%/年</td><td>—</td></tr>
</table>
<p>※最低保証料 25,000円（税込）。学生・高齢者プランは別紙をご覧ください。</p>
<p>日の出産業株式会社 賃貸保証事業部 営業推進課<br>早瀬 拓海 TEL 03-6225-4820</p>
</body></html>""",
    entities=[],
    detectors=[],
    note="a price list in an HTML table: no people",
)

# 012 stop: XLSX with a title row and two sheets to a management company
_p = people(12)
_s1 = [["延滞状況報告（2025年9月末）　第一賃貸管理様 管理物件分"], ["作成：日の出産業 債権管理課"],
       ["物件名", "号室", "契約者名", "連絡先", "月額賃料", "延滞額", "延滞月数", "備考"]]
for p in _p:
    _s1.append([f"{rng.choice(BLDG)}{rng.choice(BLDG2)}", f"{rng.randrange(1, 6)}0{rng.randrange(1, 9)}",
                p["name"], p["phone"], rng.choice([58000, 64000, 71000, 83000]), p["arrears"],
                rng.randrange(1, 6), rng.choice(["", "分納中", "連絡不通", "訪問予定", ""])])
_s2 = [["集計"], ["区分", "件数", "延滞額合計"], ["1ヶ月", 5, 351000], ["2ヶ月以上", 7, 1840500]]
add(
    expect="stop",
    sender=HORINOUCHI,
    to=["第一賃貸管理 管理部 <kanri@daiichi-chintai.com>"],
    subject="9月末 延滞状況報告の送付",
    charset="iso-2022-jp",
    body=f"""株式会社第一賃貸管理
管理部 ご担当者様

いつもお世話になっております。日の出産業の堀之内です。
9月末時点の延滞状況報告をお送りします。
「連絡不通」の物件について、現地確認のご協力をお願いできますと幸いです。
{SIG_HORI}
""",
    attachments=[{"kind": "xlsx", "name": "延滞状況報告_202509.xlsx",
                  "sheets": {"明細": _s1, "集計": _s2}}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX (title row, two sheets) listing 12 tenants with phone and arrears to an outside company",
)

# 013 pass: reply whose only list is quoted from the lawyer's own mail
_p = people(5)
_q = "\n".join(f"> {k}. {p['name']}　{p['phone']}　{p['addr'].split(' ', 1)[1]}" for k, p in enumerate(_p, 1))
add(
    expect="pass",
    sender=MAKABE,
    to=["大和田 <owada@shirakawa-law.jp>"],
    subject="Re: 送達不能者の現住所調査結果",
    body=f"""大和田先生

ご調査ありがとうございます。5件とも拝受しました。
再送達の申立てについて、次回打合せ（10/21 14時）でご相談させてください。

真壁

> 真壁様
>
> 送達不能となっていた5名の現住所調査結果です。
>
{_q}
>
> 以上、よろしくお願いします。
> 白川法律事務所 大和田
""",
    entities=[],
    detectors=[],
    note="the five-person list is only quoted from the recipient's own mail; new text has no data",
)

# 014 stop: a card number to the payment processor
_c = next_card()
_ap = person()
add(
    expect="stop",
    sender=KITAMURA,
    to=["スマートペイ決済 加盟店サポート <support@smartpay-kessai.jp>"],
    subject="カード決済エラーの調査依頼（初回保証料）",
    body=f"""スマートペイ決済 加盟店サポート ご担当者様

加盟店ID：HS-20411（日の出産業株式会社）の北村です。
初回保証料のカード決済が「与信NG（G12）」で3回続けて失敗しております。
お客様はカード会社側では問題ないとおっしゃっているため、調査をお願いします。

　申込者　：{_ap['name']}
　カード番号：{spaced4(_c)}
　有効期限：{rng.randrange(1, 13):02d}/{rng.randrange(27, 31)}
　決済金額：38,500円
　エラー日時：10月6日 11:42 / 11:48 / 13:05

よろしくお願いいたします。
{SIG_KITAMURA}
""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a full card number sent to an outside processor: a card number always stops",
)

# 015 pass: payment notice with the company's T-number and bank account
_tno = corporate_number("30100104" + f"{rng.randrange(1000, 9999)}")
add(
    expect="pass",
    sender=MIZOGUCHI,
    to=["星空エステート 経理ご担当 <keiri@hoshizora-estate.co.jp>"],
    subject="9月分 取次手数料 支払通知書",
    charset="iso-2022-jp",
    body=f"""株式会社星空エステート
経理ご担当者様

平素よりお世話になっております。日の出産業 業務課の溝口です。
9月分の保証取次手数料を下記のとおりお支払いいたします。

　対象件数　　：23件
　手数料合計　：184,000円（税込）
　支払予定日　：10月31日
　支払番号　　：PAY-2509-0077

なお、インボイス制度に基づく弊社登録番号は T{_tno} です。
お振込名義は「ヒノデサンギヨウ（カ」となります。
{SIG_MIZO}
""",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="a payment notice with the company's own T-number: business data only",
)

# 016 stop: DOCX table of guarantor applications to a co-guarantor company
_p = people(5)
_tbl = [["申込No", "連帯保証人氏名", "続柄", "勤務先", "年収（万円）", "携帯電話"]]
for k, p in enumerate(_p):
    _tbl.append([f"A-6{rng.randrange(1000, 9999)}", p["name"], rng.choice(["父", "母", "兄", "叔父", "姉"]),
                 p["employer"], str(p["income"] // 10000), p["phone"]])
add(
    expect="stop",
    sender=NONOMURA,
    to=["共栄信用保証 審査部 <shinsa@kyoei-shinyo.co.jp>"],
    subject="再保証 事前審査のお願い（5件）",
    body=f"""共栄信用保証株式会社
審査部 御中

いつもお世話になっております。日の出産業 保証審査課の野々村です。
高額物件（賃料20万円超）の再保証について、事前審査をお願いいたします。
連帯保証人の情報を添付の審査依頼書にまとめております。

回答期限：10月15日（水）
{SIG_KITAMURA.replace('北村 遥（きたむら はるか）', '課長 野々村 紀子').replace('h.kitamura', 'n.nonomura')}
""",
    attachments=[{"kind": "docx", "name": "再保証事前審査依頼書.docx", "title": "再保証 事前審査依頼書",
                  "paragraphs": ["再保証 事前審査依頼書", "依頼日：2025年10月8日　依頼元：日の出産業株式会社",
                                 "以下の連帯保証人について与信をお願いします。"],
                  "tables": [_tbl]}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of five guarantors (employer, income, mobile) to another company",
)

# 017 stop: password ZIP (PPAP)
add(
    expect="stop",
    sender=KITAMURA,
    to=["けやきホーム 桑原様 <kuwabara@keyaki-home.jp>"],
    subject="審査結果通知書の送付（パスワード別送）",
    charset="iso-2022-jp",
    body=f"""株式会社けやきホーム
桑原 様

お世話になっております。日の出産業の北村です。
10月分の審査結果通知書をZIPファイルにてお送りします。
解凍パスワードは別メールにてお知らせいたします。
{SIG_KITAMURA}
""",
    attachments=[{"kind": "zip", "name": "shinsa_kekka_202510.zip", "password": "Hnd#2510kz",
                  "files": [{"kind": "pdf", "name": "審査結果通知書_202510.pdf",
                             "lines": ["審査結果通知書", "けやきホーム 御中", "申込No.A-59102 承認",
                                       "申込No.A-59117 条件付承認（連帯保証人追加）"]}]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP to an outside agency: cannot be inspected",
)

# 018 pass: two external organisations (agency + law firm) for a handover appointment
add(
    expect="pass",
    sender=MAKABE,
    to=["白川法律事務所 大和田先生 <owada@shirakawa-law.jp>"],
    cc=["礎不動産 管理課 外山様 <toyama@ishizue-fudosan.jp>"],
    subject="【日程調整】コーポ楓 105号室 明渡し執行の立会い",
    body=f"""大和田先生
礎不動産 外山様

お世話になっております。日の出産業の真壁です。
コーポ楓105号室の強制執行（断行）について、執行官との調整の結果、
候補日が以下となりました。立会い可能な日をお知らせください。

　① 11月12日（水）10:00〜
　② 11月14日（金）13:30〜
　③ 11月19日（水）10:00〜

当日は鍵業者・搬出業者を弊社で手配いたします。
現地集合は建物1階エントランス前でお願いします。
{SIG_MAKABE}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="a normal three-way mail: two external organisations in To/Cc, no personal data",
)

# 019 stop: kana names, full-width phones and 和暦 birth dates in bullets to a landlord on free mail
_p = people(6)
_lines = "\n".join(
    f"・{p['kana']}　{wareki(p['dob'], 'zen')}生　ＴＥＬ {zen(p['phone'])}　{rng.randrange(1, 4)}0{k}号室"
    for k, p in enumerate(_p, 1))
add(
    expect="stop",
    sender=HAYASE,
    to=["宮内 清 <kiyoshi.miyauchi1952@gmail.com>"],
    subject="宮内ハイツ ご入居者様一覧（保証加入者）",
    charset="cp932",
    body=f"""宮内 清 様

いつもお世話になっております。日の出産業の早瀬です。
先日お電話でご依頼いただいた、宮内ハイツで弊社保証にご加入の
ご入居者様の一覧をお送りいたします。

{_lines}

火災保険の更新案内にご利用いただくとのこと、承知いたしました。
{SIG_HAYASE}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="six tenants (kana names, 和暦 birthdays, full-width phones) in bullets to a landlord's gmail",
)

# 020 either: welfare recipient named to the municipal welfare office
_t = person()
add(
    expect="either",
    sender=HORINOUCHI,
    to=["南野市 福祉事務所 生活支援課 <seikatsu-shien@city.minamino.lg.jp>"],
    subject="住宅扶助の代理納付に関するご相談",
    body=f"""南野市福祉事務所 生活支援課
ケースワーカー 宇佐美様

お世話になっております。日の出産業 債権管理課の堀之内です。

生活保護を受給されている {_t['name']} 様（ハイツ若葉202号室）につきまして、
7月分以降の家賃が3か月分（計 {yen(rng.randrange(3, 5) * 46000)} 円）未納となっております。
ご本人とはお電話がつながらない状況のため、住宅扶助の代理納付への切替えを
ご検討いただけないでしょうか。

必要書類がございましたらお知らせください。
{SIG_HORI}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="welfare receipt of one named tenant told to the welfare office handling the case: not an APPI sensitive category, but close",
)

# ======================================================================================
# 021–040
# ======================================================================================

# 021 pass: internal escalation (subdomain) carrying a licence number
_ap = person()
_lic = f"{rng.randrange(30, 63)}{rng.randrange(10, 99)}{rng.randrange(10**7, 10**8)}"
add(
    expect="pass",
    sender=KITAMURA,
    to=[f"野々村課長 <n.nonomura@mail.{D}>"],
    subject="【要判断】申込No.A-59340 本人確認書類の相違",
    body=f"""野々村課長

お疲れさまです。北村です。
申込No.A-59340 の申込者について、申込書と免許証の記載に相違があります。

　申込書記載　：{_ap['name']}　生年月日 {_ap['dob']:%Y/%m/%d}
　運転免許証　：{_ap['name']}　生年月日 {(_ap['dob'] + _dt.timedelta(days=365)):%Y/%m/%d}
　免許証番号　：第{_lic}号

単純な記入ミスか、なりすましの可能性があるかご判断をお願いします。
仲介店（みなと不動産 蒲田店）には「確認中」とだけ伝えています。

北村
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=[],
    note="licence number and DOB, but only to an internal subdomain address",
)

# 022 stop: driver's licence number to the management company
_ap = person()
_lic = f"{rng.randrange(30, 63)}{rng.randrange(10, 99)}{rng.randrange(10**7, 10**8)}"
add(
    expect="stop",
    sender=KITAMURA,
    to=["あおぞら管理 契約課 <keiyaku@aozora-kanri.co.jp>"],
    subject="本人確認完了のご報告（グランシャトー北斗 401）",
    charset="iso-2022-jp",
    body=f"""あおぞら管理株式会社
契約課 ご担当者様

お世話になっております。日の出産業 保証審査課の北村です。
グランシャトー北斗401号室のお申込者様について、本人確認が完了しました。

　お名前：{_ap['name']} 様
　確認書類：運転免許証（番号 {_lic}、有効期限 令和10年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日まで）
　確認方法：オンライン（eKYC）

保証委託契約書は明日発送いたします。
{SIG_KITAMURA}
""",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME"],
    detectors=["personal_data"],
    note="an applicant's driver's licence number to an outside management company",
)

# 023 stop: look-alike of the own domain (hinode-sangyou)
add(
    expect="stop",
    sender=HORINOUCHI,
    to=["小西 亮 <r.konishi@hinode-sangyou.co.jp>"],
    subject="月次 債権レポート（9月）",
    body="""小西さん

9月の月次レポートです。数字だけ先に共有します。

　新規延滞発生　　 142件
　回収完了　　　　 118件
　法務移管　　　　　 9件
　代位弁済残高　　 48,220,500円（前月比 -3.1%）

会議資料は明朝までに仕上げます。

堀之内
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyou.co.jp has an added letter: look-alike of the own domain",
)

# 024 pass: one landlord on free mail, rooms only
add(
    expect="pass",
    sender=MIZOGUCHI,
    to=["大槻 <otsuki.heights@yahoo.co.jp>"],
    charset="cp932",
    subject="代位弁済（立替払い）実施のご報告",
    body=f"""大槻 様

いつもお世話になっております。日の出産業 業務課の溝口です。
大槻ハイツにつきまして、10月分の家賃の立替払いを実施いたしましたのでご報告します。

　203号室　賃料・共益費　 66,000円
　305号室　賃料・共益費　 71,500円
　合計　　　　　　　　　　137,500円
　お振込日：10月10日（ご登録口座へ）

入居者様への請求は弊社にて行います。ご不明点はお気軽にお問い合わせください。
{SIG_MIZO}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="one private landlord on free mail, amounts per room, no tenant data",
)

# 025 stop: residence card number in English to an agency
_ap = person()
_rc = f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randrange(10**7, 10**8)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
add(
    expect="stop",
    sender=TAKAKURA,
    to=["Global Nest Realty <leasing@globalnest-realty.com>"],
    subject="Guarantee application GN-3391 - residence card check",
    body=f"""Dear Ms. Carter,

Thank you for forwarding the application for Unit 702, Sakura Residence Shinagawa.
We checked the applicant's residence card and found that the period of stay ends
before the lease start date.

  Applicant: NGUYEN Van Thanh
  Residence card No.: {_rc}
  Status: Engineer/Specialist in Humanities/International Services
  Period of stay: until 2025/12/14

Could you ask him to send us the receipt of his renewal application
(在留期間更新許可申請の受付票)? We can approve the guarantee once we have it.

Best regards,
{SIG_TAKAKURA}
{DISCLAIMER_EN}
""",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a residence card number in English mail to an outside agency",
)

# 026 stop: PDF table of eviction defendants to another law firm
_p = people(6)
_tbl = [["No", "氏名", "生年月日", "物件住所", "延滞額", "保証番号"]]
for k, p in enumerate(_p, 1):
    _tbl.append([str(k), p["name"], f"{p['dob']:%Y/%m/%d}", p["addr"].split(" ", 1)[1], yen(p["arrears"]),
                 p["contract"]])
add(
    expect="stop",
    sender=MAKABE,
    to=["楠法律事務所 岩城先生 <iwaki@kusunoki-law.jp>"],
    subject="関西エリア 明渡請求案件のご依頼",
    body=f"""楠法律事務所
岩城 先生

はじめてご依頼させていただきます。日の出産業 法務グループの真壁です。
白川法律事務所の大和田先生よりご紹介いただきました。

関西エリアの明渡請求案件6件について、案件一覧をPDFでお送りします。
ご受任の可否をご検討いただけますと幸いです。
{SIG_MAKABE}
""",
    attachments=[{"kind": "pdf", "name": "明渡請求案件一覧_関西.pdf", "title": "明渡請求案件一覧",
                  "lines": ["明渡請求案件一覧（関西エリア）", "2025年10月 日の出産業株式会社 法務グループ", ""],
                  "table": _tbl}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDF table of six defendants with DOB and address to a law firm",
)

# 027 pass: call script without personal data to the call-centre vendor
add(
    expect="pass",
    sender=ASHIDA,
    to=["コールネクスト 運用チーム <ops@callnext.co.jp>"],
    subject="督促トークスクリプト改訂版（v3.2）",
    body=f"""コールネクスト株式会社
運用チーム 御中

お世話になっております。日の出産業 コールセンターの芦田です。
貸金業法・ガイドラインの見直しに合わせてトークスクリプトを改訂しました。
主な変更点：
　・架電可能時間帯を 8:00〜21:00 に明記
　・勤務先への架電は本人同意がある場合のみ
　・第三者への債務の告知禁止の注意書きを冒頭に追加

11月1日架電分から切り替えをお願いします。
{SIG_ASHIDA}
""",
    attachments=[{"kind": "docx", "name": "督促トークスクリプト_v3.2.docx",
                  "paragraphs": ["督促トークスクリプト v3.2", "1. 本人確認：「○○様ご本人でいらっしゃいますか」",
                                 "2. 名乗り：「日の出産業 家賃保証の○○と申します」",
                                 "3. 用件：「○月分のお家賃のお立替えについてご連絡いたしました」",
                                 "4. 約束：入金予定日・金額を確認し、復唱する",
                                 "禁止事項：大声・威圧的な言動、21時以降の架電、第三者への告知"]}],
    entities=[],
    detectors=[],
    note="a call script template: no personal data",
)

# 028 stop: call log CSV (UTF-8) to the call-centre vendor
_p = people(24)
_rows = [["保証番号", "契約者カナ", "電話番号", "架電日時", "結果", "約束日"]]
for p in _p:
    _rows.append([p["contract"], p["kana"], p["phone"],
                  f"2025-10-{rng.randrange(1, 10):02d} {rng.randrange(9, 20)}:{rng.randrange(0, 60):02d}",
                  rng.choice(["不在", "約束", "留守電", "番号不通", "本人拒否", "約束"]),
                  rng.choice(["", "10/15", "10/20", "10/25", ""])])
add(
    expect="stop",
    sender=ASHIDA,
    to=["コールネクスト 運用チーム <ops@callnext.co.jp>"],
    subject="架電リスト引継ぎ（10月第2週分）",
    body=f"""コールネクスト 運用チーム 各位

10月第1週の架電結果と、第2週の架電対象を添付します（UTF-8）。
「約束」の方は約束日の翌営業日に入金確認をお願いします。
{SIG_ASHIDA}
""",
    attachments=[{"kind": "csv", "name": "kaden_list_w2.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="call list of 24 debtors (kana names, phones) to the outsourced call centre",
)

# 029 stop: 社外秘 stamp on screening criteria sent to an agency
add(
    expect="stop",
    sender=NONOMURA,
    to=["丸八住宅 賃貸営業部 塩見様 <shiomi@maruhachi-jutaku.co.jp>"],
    subject="審査基準の目安について",
    charset="iso-2022-jp",
    body=f"""【社外秘】
─────────────────
丸八住宅株式会社
塩見 様

先日お問い合わせいただいた審査の目安を、参考までにお送りします。
　・賃料年収比率：原則 30％以内（法人契約は除く）
　・勤続年数：1年未満の場合は連帯保証人必須
　・自営業：確定申告書 直近2期分
　・他社保証会社での事故歴：照会結果により個別判断
取扱いにはご注意いただき、社内限りでお願いいたします。

日の出産業 保証審査課 野々村
""",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is stamped 【社外秘】 and goes to an outside agency",
)

# 030 pass: 機密 mentioned, not a marking
add(
    expect="pass",
    sender=f"総務 永井 <soumu-nagai@{D}>",
    to=["ミヤコ文書サービス 営業部 <sales@miyako-bunsho.co.jp>"],
    subject="機密文書の溶解処理 回収日のご相談",
    body="""ミヤコ文書サービス株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業 総務の永井です。
保存期間が満了した保証委託契約書など、機密文書の溶解処理をお願いしたく
ご連絡しました。

　量　　：保存箱 約40箱
　場所　：東京都中央区日本橋2-14-9 日の出日本橋ビル B1倉庫
　希望日：11月第2週のいずれか（午前）

溶解証明書の発行もあわせてお願いします。お見積りをいただけますでしょうか。

日の出産業株式会社 総務部 永井
TEL 03-6225-4800
""",
    entities=[],
    detectors=[],
    note="the word 機密 describes documents to destroy; not a marking on the mail",
)

# 031 stop: forward of a landlord's mail revealing a tenant's diagnosis
_t = person()
add(
    expect="stop",
    sender=MAKABE,
    to=["白川法律事務所 大和田先生 <owada@shirakawa-law.jp>"],
    subject="FW: 204号室の入居者について（家主様より）",
    body=f"""大和田先生

家主様から下記の連絡がありました。明渡し交渉の進め方について、
ご意見を伺えますでしょうか。

真壁

---------- Forwarded message ---------
From: 瀬川 宗一 <segawa.soichi@outlook.jp>
Date: 2025年10月7日(火) 21:14
Subject: 204号室の入居者について
To: 日の出産業 真壁様

真壁様
204号室の{_t['name']}さんですが、ご家族の話では重いうつ病と診断されていて、
春から精神科に通院しているそうです。仕事も辞めたと聞きました。
家賃のことで強く言うのもためらわれますが、このままでは困ります。
どうしたらよいでしょうか。
瀬川
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forward (new text to the firm) naming a tenant with a psychiatric diagnosis",
)

# 032 pass: the sensitive sentence is only in the quoted part, reply to its writer
_g = person()
add(
    expect="pass",
    sender=KITAMURA,
    to=["みなと不動産 蒲田店 遠藤様 <endo@minato-fudosan.co.jp>"],
    subject="RE: 申込No.A-59288 連帯保証人の変更について",
    charset="cp932",
    body=f"""遠藤様

ご連絡ありがとうございます。承知いたしました。
新しい連帯保証人様の申込書が届き次第、再審査いたします。
審査は通常1〜2営業日です。

北村

差出人: 遠藤 彩 <endo@minato-fudosan.co.jp>
送信日時: 2025年10月9日 10:52
宛先: 北村 遥 <h.kitamura@hinode-sangyo.co.jp>
件名: 申込No.A-59288 連帯保証人の変更について

北村様
お世話になっております。申込No.A-59288の件です。
連帯保証人の{_g['name']}様（お父様）が先月がんで入院され、
保証人をお引き受けできなくなったとのことで、お兄様に変更したいそうです。
手続きをご教示ください。
遠藤
""",
    entities=[],
    detectors=[],
    note="the illness is only in the quoted mail from the recipient herself; the new text holds none",
)

# 033 stop: corrupt XLSX
add(
    expect="stop",
    sender=HAYASE,
    to=["サンライズ管理 井筒様 <izutsu@sunrise-kanri.co.jp>"],
    subject="保証加入状況一覧（管理物件別）",
    body=f"""井筒様

お世話になっております。早瀬です。
管理物件別の保証加入状況を添付いたします。ご確認ください。
{SIG_HAYASE}
""",
    attachments=[{"kind": "corrupt", "name": "保証加入状況_管理物件別.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be inspected",
)

# 034 stop: basic pension number of a retired guarantor
_g = person()
_bp = f"{rng.randrange(1000, 9999)}-{rng.randrange(100000, 999999)}"
add(
    expect="stop",
    sender=KITAMURA,
    to=["礎不動産 外山様 <toyama@ishizue-fudosan.jp>"],
    subject="連帯保証人様の収入確認書類について",
    charset="iso-2022-jp",
    body=f"""礎不動産 外山様

お世話になっております。北村です。
連帯保証人の{_g['name']}様（年金受給者）の収入確認として、年金振込通知書の
写しをいただきました。ただ、基礎年金番号（{_bp}）が見える状態でしたので、
次回からはマスキングしたうえでご提出いただくようお伝えください。

年金額は年額 {yen(rng.randrange(150, 260) * 10000)} 円で確認できましたので、審査は進めます。
{SIG_KITAMURA}
""",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a guarantor's 基礎年金番号 written into the mail to an agency",
)

# 035 pass: tab-separated list of management company branches
add(
    expect="pass",
    sender=HAYASE,
    to=["コールネクスト 運用チーム <ops@callnext.co.jp>"],
    subject="管理会社 店舗連絡先一覧（鍵・残置物の問い合わせ用）",
    body="""コールネクスト 運用チーム 各位

入居者様から鍵や設備の問い合わせがあった場合の案内先です。
各社の代表番号のみ記載しています。

会社名\t店舗\t代表電話\t住所
サンライズ管理\t本社\t03-5980-2210\t東京都豊島区東池袋1-31-5
サンライズ管理\t川口店\t048-255-7731\t埼玉県川口市栄町3-8-12
第一賃貸管理\t本店\t045-320-1188\t神奈川県横浜市西区北幸2-4-1
あおぞら管理\t船橋センター\t047-433-9020\t千葉県船橋市本町6-2-10
礎不動産\t管理課\t06-6325-4417\t大阪府大阪市淀川区西中島5-9-3
丸八住宅\t賃貸営業部\t052-451-6609\t愛知県名古屋市中村区名駅南1-20-8

営業推進課 早瀬
""",
    entities=[],
    detectors=[],
    note="a list of businesses (branches, switchboards): not people",
)

# 036 stop: tab-separated direct-debit list with bank accounts to the bank
_p = people(7)
_rows = "\n".join(
    f"{p['contract']}\t{p['kana']}\t{p['bank'].split(' ')[0]}\t{p['bank'].split(' ')[1]}\t普通\t{p['bank'].split(' ')[-1]}\t{rng.choice([58000, 64000, 71000, 83000])}"
    for p in _p)
add(
    expect="stop",
    sender=MIZOGUCHI,
    to=["みどり銀行 収納サービス部 <shuno-service@midori-ginko.co.jp>"],
    subject="口座振替 再振替依頼（11月分）",
    body=f"""みどり銀行 収納サービス部 御中

いつもお世話になっております。日の出産業 業務課の溝口です。
10月27日の振替で残高不足となった7件について、再振替をお願いします。

保証番号\t口座名義（カナ）\t金融機関\t支店\t種目\t口座番号\t金額
{_rows}

再振替日：11月10日
{SIG_MIZO}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="seven account holders with bank account numbers, tab-separated, to the bank",
)

# 037 stop: three external organisations visible (English)
add(
    expect="stop",
    sender=TAKAKURA,
    to=["Global Nest Realty <leasing@globalnest-realty.com>",
        "Tokai Gakuin University International Office <intl-housing@tokai-gakuin.ac.jp>"],
    cc=["Relo Bridge Japan <support@relobridge.jp>"],
    subject="Housing guarantee for incoming exchange students (Spring 2026)",
    body=f"""Dear all,

Thank you for joining last week's call. As agreed, Hinode Sangyo will offer the
student guarantee plan for the Spring 2026 intake:

  - Initial guarantee fee: 30% of monthly rent (minimum JPY 15,000)
  - No Japanese guarantor required; the university acts as emergency contact
  - Applications through Global Nest Realty only, from January 6

Relo Bridge will handle the move-in support as before. Please let me know if the
timeline works for everyone.

Best regards,
{SIG_TAKAKURA}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations can see each other in To/Cc",
)

# 038 pass: English API mail to the partner system vendor, disclaimer only
add(
    expect="pass",
    sender=KASHIWAGI,
    to=["Tsubasa System Dev Team <dev-support@tsubasa-system.jp>"],
    subject="Screening API v2 - webhook retry behaviour",
    body=f"""Hello Tsubasa team,

We are seeing duplicate webhook calls from the screening API v2 (endpoint
/v2/screening/result) when our side answers within 3 seconds but with HTTP 202.
Request IDs for reference: 7f3a9c10-22b1, 7f3a9c10-22b7, 7f3a9d02-0e41.

Could you confirm whether 202 is treated as a failure and retried? If so we will
switch to 200. Staging logs are on the shared bucket as before.

Thanks,
Yu Kashiwagi
IT Systems, Hinode Sangyo Co., Ltd.
{DISCLAIMER_EN}
""",
    entities=[],
    detectors=[],
    note="technical mail to a partner with an English disclaimer: nothing personal, no marking",
)

# 039 stop: five emergency contacts, one block per person
_p = people(5)
_blocks = "\n\n".join(
    f"■申込No.A-6{rng.randrange(1000, 9999)}\n　緊急連絡先：{p['name']}（{rng.choice(['母', '父', '兄', '妹', '友人', '叔母'])}）\n"
    f"　住所：{p['addr']}\n　電話：{p['phone']}\n　勤務先：{p['employer']}"
    for p in _p)
add(
    expect="stop",
    sender=KITAMURA,
    to=["星空エステート 賃貸仲介課 <chukai@hoshizora-estate.co.jp>"],
    subject="緊急連絡先 確認結果（5件）",
    charset="cp932",
    body=f"""星空エステート 賃貸仲介課 御中

お世話になっております。日の出産業の北村です。
今週お申込みの5件について、緊急連絡先への確認結果をお送りします。
いずれも連絡がつき、緊急連絡先となることにご承諾いただいています。

{_blocks}

以上です。よろしくお願いいたします。
{SIG_KITAMURA}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five emergency contacts, one block each with address, phone and employer",
)

# 040 pass: three people with phone numbers for an on-site appointment
_a, _b = person(), person()
add(
    expect="pass",
    sender=MAKABE,
    to=["礎不動産 外山様 <toyama@ishizue-fudosan.jp>"],
    subject="11/14 明渡し立会い 当日の連絡先",
    body=f"""外山様

11/14（金）13:30 の立会い、当日の連絡先をお知らせします。

　・白川法律事務所　大和田弁護士　　090-3312-7754
　・開錠業者（アンロック東京）　{_a['name']}様　{_a['phone']}
　・弊社　真壁（携帯）　080-5520-1934

当日遅れる場合は真壁までお電話ください。
{SIG_MAKABE}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three contacts' phone numbers for an appointment: under five people, may be warned",
)

# ======================================================================================
# 041–060
# ======================================================================================

# 041 stop: look-alike of the partner bank (dropped co.)
add(
    expect="stop",
    sender=MIZOGUCHI,
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.jp>"],
    subject="口座振替サービス 委託者番号の追加について",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業 業務課の溝口です。
来年度から月額プランの保証料も口座振替で収納したく、委託者番号の追加発行を
お願いできますでしょうか。必要書類をお知らせください。
{SIG_MIZO}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginko.jp drops the co. of the partner bank's midori-ginko.co.jp",
)

# 042 pass: internal only, marked and encrypted
add(
    expect="pass",
    sender=NONOMURA,
    to=[f"保証審査課 <shinsa-ka@{D}>", f"堀之内 豪 <g.horinouchi@{D}>"],
    subject="【社外秘】2026年度 審査スコアリング見直し案",
    body="""審査課・債権管理課の皆さん

【社外秘】
来期のスコアリング見直し案です（パスワードは朝会で伝えます）。
延滞実績との突合結果を踏まえ、勤続年数の配点を下げています。
金曜までにコメントをください。

野々村
""",
    attachments=[{"kind": "zip", "name": "scoring_2026_draft.zip", "password": "shinsa2026",
                  "files": [{"kind": "xlsx", "name": "scoring_2026.xlsx",
                             "sheets": {"配点": [["項目", "現行", "案"], ["勤続年数", 20, 12],
                                                 ["賃料年収比", 30, 35]]}}]}],
    entities=[],
    detectors=[],
    note="marked 社外秘 and encrypted, but every recipient is internal",
)

# 043 stop: one tenant's arrest in a sentence
_t = person()
add(
    expect="stop",
    sender=HORINOUCHI,
    to=["あおぞら管理 管理課 本多様 <honda@aozora-kanri.co.jp>"],
    charset="cp932",
    subject="メゾン松風 103号室の件（ご連絡）",
    body=f"""あおぞら管理株式会社
本多 様

お世話になっております。日の出産業の堀之内です。
103号室の{_t['name']}様について、緊急連絡先のお母様から連絡があり、
ご本人は9月末に窃盗の容疑で警察に逮捕され、現在勾留中とのことです。
今後の家賃のお支払いと、お部屋の扱いについてお母様と協議を始めます。

管理会社様で把握されている情報があれば共有いただけますと助かります。
{SIG_HORI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named tenant's arrest: criminal record/arrest is 要配慮個人情報, even for one person",
)

# 044 stop: HTML-only table of screening results with income and employer
_p = people(6)
_tr = "\n".join(
    f"<tr><td>A-6{rng.randrange(1000, 9999)}</td><td>{p['name']}</td><td>{p['employer']}</td>"
    f"<td>{yen(p['income'])}</td><td>{p['phone']}</td><td>{rng.choice(['承認', '承認', '条件付', '否決'])}</td></tr>"
    for p in _p)
add(
    expect="stop",
    sender=KITAMURA,
    to=["みなと不動産 本社 賃貸事業部 <chintai-jigyo@minato-fudosan.co.jp>"],
    subject="今週の審査結果まとめ（本社ご報告用）",
    html=f"""<html><body>
<p>みなと不動産株式会社<br>賃貸事業部 御中</p>
<p>いつもお世話になっております。日の出産業 保証審査課の北村です。<br>
今週の審査結果をまとめました。</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>申込No</th><th>申込者</th><th>勤務先</th><th>年収</th><th>携帯</th><th>結果</th></tr></thead>
<tbody>
{_tr}
</tbody></table>
<p>否決分の理由は個別に店舗様へご連絡済みです。</p>
<p>-- <br>日の出産業株式会社 保証審査課 北村 遥<br>TEL 03-6225-4810</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table of six applicants with employer, income and mobile",
)

# 045 pass: contract numbers and tracking numbers, no people
_nums = [not_my_number() for _ in range(5)]
_lines = "\n".join(
    f"　{n}　　{rng.choice(BLDG)}{rng.choice(BLDG2)} {rng.randrange(1, 5)}0{rng.randrange(1, 9)}"
    for n in _nums)
add(
    expect="pass",
    sender=KITAMURA,
    to=["けやきホーム 事務センター <jimu@keyaki-home.jp>"],
    subject="保証委託契約書（原本）返送のお知らせ",
    charset="cp932",
    body=f"""けやきホーム 事務センター 御中

お世話になっております。日の出産業の北村です。
押印済みの保証委託契約書（原本）5件分を本日返送いたしました。

　保証契約番号　　　　　物件
{_lines}

　配送：ゆうパック　お問い合わせ番号 {rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}

到着まで1〜2日ほどかかります。よろしくお願いいたします。
{SIG_KITAMURA}
""",
    entities=[],
    detectors=[],
    note="12-digit contract numbers (not My Numbers) with buildings and a tracking number: no personal data",
)

# 046 stop: PPTX training deck whose case slides use real tenants
_p = people(5)
_slides = [["管理会社様向け 滞納初期対応研修", "日の出産業株式会社 賃貸保証事業部", "2025年11月"],
           ["滞納発生から代位弁済まで", "1. 入金確認（毎月27日）", "2. 初回督促（SMS・架電）",
            "3. 代位弁済・求償", "4. 法的手続き"]]
for p in _p:
    _slides.append([f"事例：{p['name']} 様", f"連絡先 {p['phone']}", f"延滞額 {yen(p['arrears'])} 円",
                    rng.choice(["分納合意で解決", "連帯保証人から回収", "明渡訴訟へ移行", "自主退去で解決"])])
add(
    expect="stop",
    sender=HAYASE,
    to=["サンライズ管理 研修担当 <kenshu@sunrise-kanri.co.jp>"],
    subject="11/20 研修資料（ドラフト）",
    body=f"""サンライズ管理 研修ご担当者様

お世話になっております。早瀬です。
11/20の研修資料ドラフトをお送りします。事例スライドは社内の実例から作りました。
構成にご意見があればお知らせください。
{SIG_HAYASE}
""",
    attachments=[{"kind": "pptx", "name": "滞納初期対応研修_draft.pptx", "slides": _slides}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="training deck whose case slides carry five real tenants' names and phones",
)

# 047 stop: forwarded .eml from a landlord with a tenant list
_p = people(6)
_inner = "\n".join(f"{k}0{k}号室　{p['name']}　{p['phone']}　{p['email']}" for k, p in enumerate(_p, 1))
add(
    expect="stop",
    sender=HAYASE,
    to=["丸八住宅 塩見様 <shiomi@maruhachi-jutaku.co.jp>"],
    subject="FW: 入居者連絡先（コーポ青雲）",
    body=f"""塩見様

オーナーの桂木様から届いた入居者連絡先を転送します。
管理移管の際に必要とのことでしたので、ご利用ください。

早瀬
""",
    attachments=[{"kind": "eml", "name": "入居者連絡先（コーポ青雲）.eml", "message": {
        "sender": "桂木 良平 <katsuragi.ryohei@icloud.com>",
        "to": [HAYASE],
        "subject": "入居者連絡先（コーポ青雲）",
        "charset": "iso-2022-jp",
        "body": f"早瀬さん\n\nコーポ青雲の入居者の連絡先です。\n\n{_inner}\n\n桂木\n"}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a forwarded mail (attached .eml) listing six tenants with phones and e-mails",
)

# 048 pass: reply to one tenant on free mail about her own account
add(
    expect="pass",
    sender=ASHIDA,
    to=["<momo.hiyama0721@docomo.ne.jp>"],
    subject="Re: 振込先を教えてください",
    body=f"""檜山 様

お問い合わせありがとうございます。日の出産業 家賃保証コールセンターの芦田です。
10月分のお立替え分のお振込先は下記のとおりです。

　金額　　：68,500円
　振込先　：みどり銀行 本店営業部 普通 0084417
　口座名義：ヒノデサンギヨウ（カ　ヤチンホシヨウグチ
　※振込依頼人名の前に保証番号「HG-2023-40718」をご入力ください。

お支払いの目処が立たない場合はご相談ください。
{SIG_ASHIDA}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="a tenant's own balance and the company's account sent to her free-mail address",
)

# 049 stop: three private landlords visible in To
add(
    expect="stop",
    sender=HAYASE,
    to=["<s.kuroiwa.owner@gmail.com>", "稲垣 <inagaki-apart@yahoo.co.jp>", "<mfujie_1960@icloud.com>"],
    subject="オーナー様向け説明会のご案内（11/29）",
    body=f"""オーナー様

いつも弊社家賃保証をご利用いただきありがとうございます。
相続・空室対策をテーマにしたオーナー様向け説明会を開催します。

　日時：11月29日（土）14:00〜16:00
　会場：日の出日本橋ビル 8F会議室
　参加費：無料（要予約）

ご参加の場合は本メールへのご返信でお知らせください。
{SIG_HAYASE}
""",
    entities=[],
    detectors=["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
    note="three private persons on free mail see each other's addresses in To",
)

# 050 stop: a tenant who is a stalking victim
_t = person()
add(
    expect="stop",
    sender=ASHIDA,
    to=["第一賃貸管理 管理部 白石様 <shiraishi@daiichi-chintai.com>"],
    subject="至急：鍵交換のご相談（エクセル楓 206号室）",
    charset="iso-2022-jp",
    body=f"""第一賃貸管理 白石様

日の出産業 コールセンターの芦田です。
206号室の{_t['name']}様から、元交際相手によるストーカー被害を受けており、
警察に被害届を出したとの連絡がありました。合鍵を持ち出されている可能性が
あるため、至急鍵交換をお願いしたいとのことです。

費用は当面弊社の緊急対応費で立て替えます。業者手配をお願いできますでしょうか。
{SIG_ASHIDA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named tenant as a crime victim (stalking, report filed): 要配慮個人情報",
)

# 051 pass: aggregate statistics to the industry association
add(
    expect="pass",
    sender=NONOMURA,
    to=["一般社団法人 賃貸保証機構 調査部 <chosa@chintai-hosho.or.jp>"],
    subject="2025年度上期 延滞率調査へのご回答",
    body="""一般社団法人 賃貸保証機構
調査部 御中

標記調査につき、弊社の回答を下記のとおりお送りします。

　地域　　　保有件数　　1ヶ月延滞率　　3ヶ月以上延滞率
　--------------------------------------------------------
　首都圏　　48,210　　　4.1%　　　　　0.9%
　関西　　　12,905　　　4.8%　　　　　1.2%
　中部　　　 6,331　　　3.6%　　　　　0.7%
　その他　　 4,120　　　5.2%　　　　　1.4%

ご不明点は保証審査課 野々村までお問い合わせください。
日の出産業株式会社 賃貸保証事業部
""",
    entities=[],
    detectors=[],
    note="aggregate figures by region: no person in it",
)

# 052 stop: plain ZIP holding a UTF-8 CSV of deposit refunds with bank accounts
_p = people(10)
_rows = [["保証番号", "解約者", "返金額", "振込先"]]
for p in _p:
    _rows.append([p["contract"], p["name"], str(rng.randrange(5, 90) * 1000), p["bank"]])
add(
    expect="stop",
    sender=MIZOGUCHI,
    to=["あおぞら管理 経理課 <keiri@aozora-kanri.co.jp>"],
    subject="解約精算 返金先一覧（10月解約分）",
    body=f"""あおぞら管理 経理課 御中

10月解約分の精算で、保証会社側の返金が発生する10件の振込先一覧です。
圧縮して添付しております（パスワードはかけていません）。
{SIG_MIZO}
""",
    attachments=[{"kind": "zip", "name": "henkin_202510.zip",
                  "files": [{"kind": "csv", "name": "henkin_202510.csv", "encoding": "utf-8", "rows": _rows}]}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="ZIP → CSV with ten people's bank accounts to an outside company",
)

# 053 stop: legacy XLS list of guarantors to the insurer
_p = people(6)
_rows = [["保証番号", "連帯保証人", "フリガナ", "生年月日", "勤務先", "年収"]]
for p in _p:
    _rows.append([p["contract"], p["name"], p["kana"], wareki(p["dob"]), p["employer"], p["income"]])
add(
    expect="stop",
    sender=NONOMURA,
    to=["平和損害保険 保証保険部 <hosho-hoken@heiwa-sonpo.co.jp>"],
    subject="保証保険 付保対象の報告（10月）",
    body=f"""平和損害保険株式会社
保証保険部 御中

10月の付保対象（連帯保証人付き契約）を旧形式のExcelで添付いたします。
システム更改までこの形式でご容赦ください。

日の出産業株式会社 保証審査課 野々村
""",
    attachments=[{"kind": "xls", "name": "fuho_taisho_202510.xls", "sheets": {"10月": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="legacy XLS of six guarantors with 和暦 DOB, employer and income to an insurer",
)

# 054 pass: applicant and guarantor (two people) to the agency
_a, _g = person(), person()
add(
    expect="pass",
    sender=KITAMURA,
    to=["けやきホーム 桑原様 <kuwabara@keyaki-home.jp>"],
    subject="審査結果：申込No.A-59410 条件付承認",
    body=f"""桑原様

お世話になっております。北村です。
申込No.A-59410 の審査結果をご連絡します。

【申込者】{_a['name']}（{_a['employer']}、年収 {_a['income'] // 10000} 万円）
【連帯保証人】{_g['name']}（{_g['employer']}、年収 {_g['income'] // 10000} 万円、携帯 {_g['phone']}）

結果：条件付承認（初回保証料 賃料等の70％）
連帯保証人様へは弊社から意思確認のお電話をいたします。
{SIG_KITAMURA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two people's data (applicant and guarantor) to the agency handling them: under five",
)

# 055 stop: 取扱注意 in the header of a DOCX draft contract
add(
    expect="stop",
    sender=MAKABE,
    to=["ひかり債権回収 法務部 <homu@hikari-servicer.co.jp>"],
    subject="債権回収業務委託契約書（案）の送付",
    body=f"""ひかり債権回収株式会社 法務部 御中

お世話になっております。日の出産業 法務グループの真壁です。
契約更新に伴う業務委託契約書の弊社案をお送りします。
修正箇所は変更履歴でお示ししています。
{SIG_MAKABE}
""",
    attachments=[{"kind": "docx", "name": "債権回収業務委託契約書_案.docx", "page_header": "取扱注意",
                  "paragraphs": ["債権回収業務委託契約書（案）",
                                 "日の出産業株式会社（以下「甲」）とひかり債権回収株式会社（以下「乙」）は…",
                                 "第1条（目的）甲は、甲が保有する求償債権の管理回収業務を乙に委託する。",
                                 "第7条（委託手数料）回収額の18％とする。"]}],
    entities=[],
    detectors=["confidential_marking"],
    note="the attached draft carries 取扱注意 in its page header",
)

# 056 stop: health insurance card symbol and number
_ap = person()
add(
    expect="stop",
    sender=KITAMURA,
    to=["丸八住宅 名駅店 <meieki@maruhachi-jutaku.co.jp>"],
    charset="cp932",
    subject="本人確認書類の再提出について",
    body=f"""丸八住宅 名駅店 ご担当者様

お世話になっております。日の出産業の北村です。
{_ap['name']}様の本人確認書類として健康保険証（記号 {rng.randrange(10, 99)}{rng.randrange(100, 999)}　番号 {rng.randrange(1, 300)}）の
写しをいただきましたが、保険者番号の部分が不鮮明で判読できませんでした。
可能であれば運転免許証またはマイナンバーカード（表面のみ）での再提出をお願いします。
{SIG_KITAMURA}
""",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named applicant's health insurance 記号・番号 to an agency",
)

# 057 pass: English reply quoting the customer's own card number
_c = next_card()
add(
    expect="pass",
    sender=TAKAKURA,
    to=["Emma Lindqvist <e.lindqvist@nordvik-tech.com>"],
    subject="Re: Payment of guarantee fee - Unit 1203",
    body=f"""Dear Ms. Lindqvist,

Thank you for your message. For your security we did not use the card details below
and have deleted them from our system. Please pay through the secure link we sent on
Monday (valid until October 20), or by bank transfer.

Best regards,
Ryo Takakura

On Tue, Oct 14, 2025 at 9:02 AM Emma Lindqvist <e.lindqvist@nordvik-tech.com> wrote:
> Hello Mr. Takakura,
> Please charge the guarantee fee to my corporate card:
> {spaced4(_c)}, exp 08/28.
> Kind regards, Emma
""",
    entities=[],
    detectors=[],
    note="the card number is only in the quoted mail from the same recipient; the new text has none",
)

# 058 stop: homoglyph look-alike of the printing partner
add(
    expect="stop",
    sender=HORINOUCHI,
    to=["錦印刷 営業部 <eigyo@nishiki-lnsatsu.co.jp>"],
    subject="督促状（圧着はがき）11月分の仕様確認",
    charset="iso-2022-jp",
    body=f"""錦印刷 営業部 御中

お世話になっております。日の出産業の堀之内です。
11月分の圧着はがきの仕様は10月分と同じでお願いします。
　・数量：約1,800通
　・データ入稿：11月4日（火）
　・差出日：11月7日（金）
見積書を改めてお送りいただけますでしょうか。
{SIG_HORI}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-lnsatsu.co.jp swaps i for l: look-alike of the partner nishiki-insatsu.co.jp",
)

# 059 stop: XLSX mailing data of dunning postcards to the printer (partner domain)
_p = people(20)
_rows = [["督促状 差込データ（11月分）"], ["郵便番号", "住所", "宛名", "保証番号", "請求額", "支払期限"]]
for p in _p:
    zipc, rest = p["addr"].split(" ", 1)
    _rows.append([zipc.lstrip("〒"), rest, f"{p['name']} 様", p["contract"], p["arrears"], "2025/11/20"])
add(
    expect="stop",
    sender=HORINOUCHI,
    to=["錦印刷 データ入稿窓口 <nyuko@nishiki-insatsu.co.jp>"],
    subject="【入稿】督促状 差込データ 11月分（テスト20件）",
    body=f"""錦印刷 データ入稿窓口 御中

日の出産業の堀之内です。
11月分の差込データのうち、レイアウト確認用の20件を先にお送りします。
本データ（約1,800件）は11/4にSFTPでアップロードします。
{SIG_HORI}
""",
    attachments=[{"kind": "xlsx", "name": "tokusoku_sashikomi_test.xlsx", "sheets": {"差込": _rows}}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="twenty debtors' names and addresses to the printing partner: partner, but external",
)

# 060 pass: landlord on free mail asks about a tenant's health; nothing disclosed
add(
    expect="pass",
    sender=ASHIDA,
    to=["瀬川 宗一 <segawa.soichi@outlook.jp>"],
    subject="Re: 204号室の入居者について",
    body=f"""瀬川 様

ご連絡ありがとうございます。日の出産業の芦田です。
ご入居者様の体調やご家庭の事情につきましては、個人情報のため
弊社からお伝えすることができません。ご了承ください。

家賃につきましては保証契約に基づき弊社がお立替えしておりますので、
オーナー様への送金が滞ることはございません。
今後の対応は弊社法務の真壁からご連絡いたします。
{SIG_ASHIDA}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one landlord on free mail that discloses nothing about the tenant",
)

# ======================================================================================
# 061–080
# ======================================================================================

# 061 stop: a landlord's My Number in full-width digits to the tax accountant
_mn = next_my_number()
add(
    expect="stop",
    sender=MIZOGUCHI,
    to=["たちばな税理士事務所 <info@tachibana-zeirishi.jp>"],
    subject="支払調書作成用 オーナー様情報の追加",
    charset="cp932",
    body=f"""たちばな税理士事務所
担当 田丸様

お世話になっております。日の出産業 業務課の溝口です。
「不動産の使用料等の支払調書」の作成対象に、オーナー様1名を追加してください。

　氏名　　　：大槻 正継
　住所　　　：埼玉県所沢市東所沢和田３－１１－８
　個人番号　：{zen(spaced4(_mn))}
　支払金額　：年間 ２，１４５，０００円

番号確認書類の写しは書留で郵送いたします。
{SIG_MIZO}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a landlord's My Number in full-width digits to an outside tax office",
)

# 062 pass: internal forward of a tenant's medical certificate
_t = person()
add(
    expect="pass",
    sender=ASHIDA,
    to=[f"堀之内 豪 <g.horinouchi@{D}>"],
    cc=[f"法務グループ <homu@{D}>"],
    subject="FW: 診断書の送付（{0}）".format(_t["name"]),
    body=f"""堀之内さん、法務の皆さん

{_t['name']}様（保証番号 {_t['contract']}）から診断書が届きました。
双極性障害で休職中、傷病手当金の受給開始が12月からとのことです。
分納の相談に乗るべきか、明渡し手続きを止めるべきかご判断ください。

芦田

-----Original Message-----
From: {_t['romaji'].lower().replace(' ', '.')}@gmail.com
Sent: Wednesday, October 15, 2025 8:12 PM
Subject: 診断書の送付

日の出産業 芦田様
先日お電話で話した診断書の写真を送ります。
{_t['name']}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="a tenant's diagnosis, forwarded only to internal colleagues",
)

# 063 stop: romaji list of foreign tenants in English
_p = people(6)
_rows = ["Unit   Name                      Nationality   Mobile          Visa until",
         "-----  ------------------------  ------------  --------------  ----------"]
_nat = ["Vietnam", "Nepal", "Philippines", "Sri Lanka", "Indonesia", "Myanmar"]
_fn = ["TRAN Thi Hoa", "GURUNG Bikash", "SANTOS Maria Luz", "PERERA Nuwan", "WIBOWO Adi", "AUNG Kyaw Min"]
_visa = ["2026/02/11", "2026/05/30", "2026/07/04", "2026/08/19", "2026/10/01", "2026/11/27"]
for k, (p, nm) in enumerate(zip(_p, _fn)):
    _rows.append(f"{k + 1}0{k + 2}    {nm:<26}{_nat[k]:<14}{p['phone']:<16}{_visa[k]}")
add(
    expect="stop",
    sender=TAKAKURA,
    to=["Global Nest Realty <leasing@globalnest-realty.com>"],
    subject="Sakura Residence Shinagawa - tenants with visa renewal due",
    body="""Hi Olivia,

Below are the tenants in Sakura Residence Shinagawa whose period of stay ends within
the next 12 months. Could your team remind them to send us the new residence card
after renewal? Our guarantee requires a valid status of residence.

""" + "\n".join(_rows) + f"""

Thanks a lot,
{SIG_TAKAKURA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six foreign tenants in romaji with mobile and visa expiry, in columns",
)

# 064 pass: a household of four in one application
_h = person()
_dobs = [dob(1978, 1986), dob(1979, 1988), dob(2010, 2016), dob(2016, 2021)]
_given = ["健一", "真由美", "湊", "ひなた"]
_rel = ["本人", "妻", "長男", "長女"]
_lines = "\n".join(f"　{_rel[k]}　{_h['sei']} {_given[k]}　{wareki(_dobs[k])}生" for k in range(4))
add(
    expect="pass",
    sender=KITAMURA,
    to=["あおぞら管理 契約課 <keiyaku@aozora-kanri.co.jp>"],
    subject="申込No.A-59502 入居者情報の確認",
    body=f"""あおぞら管理 契約課 御中

お世話になっております。北村です。
申込No.A-59502 の入居予定者について、申込書の記載を以下のとおり確認しました。
賃貸借契約書の入居者欄とご相違がないかご確認ください。

{_lines}

相違がなければ、本日中に保証開始の手続きをいたします。
{SIG_KITAMURA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one household of four people (names, 和暦 birth dates): fewer than five, may be warned",
)

# 065 stop: corrupt PDF to the lawyer
add(
    expect="stop",
    sender=MAKABE,
    to=["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
    subject="判決正本スキャンデータの送付（令和7年(ワ)第1183号）",
    body=f"""白川法律事務所 事務局 御中

お世話になっております。真壁です。
判決正本のスキャンデータをお送りします。執行文付与の申立てにご利用ください。
{SIG_MAKABE}
""",
    attachments=[{"kind": "corrupt", "name": "hanketsu_R7wa1183.pdf"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the PDF is corrupt: cannot be inspected",
)

# 066 stop: protected PDF to a landlord on free mail
add(
    expect="stop",
    sender=MIZOGUCHI,
    to=["宮内 清 <kiyoshi.miyauchi1952@gmail.com>"],
    subject="送金明細書（10月分）",
    body=f"""宮内 様

いつもお世話になっております。日の出産業の溝口です。
10月分の送金明細書をお送りします。PDFを開く際のパスワードは、
ご登録の電話番号の下4桁です。
{SIG_MIZO}
""",
    attachments=[{"kind": "pdf", "name": "送金明細書_202510_宮内様.pdf", "password": "5521",
                  "lines": ["送金明細書（2025年10月分）", "宮内ハイツ", "送金額合計 412,500円"]}],
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected PDF: cannot be inspected",
)

# 067 pass: two partner organisations in To/Cc, system meeting minutes
add(
    expect="pass",
    sender=KASHIWAGI,
    to=["ツバサシステム 三好様 <miyoshi@tsubasa-system.jp>"],
    cc=["共栄信用保証 システム部 <system@kyoei-shinyo.co.jp>"],
    subject="議事録：再保証データ連携 打合せ（10/16）",
    charset="iso-2022-jp",
    body="""ツバサシステム 三好様
共栄信用保証 システム部 ご担当者様

本日はありがとうございました。議事録を共有します。

1. 連携方式：SFTP（日次バッチ）→ 2026年4月に API 方式へ移行
2. 項目定義：共栄様の項目定義書 v1.4 をベースに、弊社側で差分を洗い出す
3. テスト：12月にダミーデータで結合テスト（本番データは使用しない）
4. 次回：11月6日（木）15:00〜 オンライン

以上、認識違いがあればご指摘ください。

日の出産業株式会社 情報システム 柏木
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc, meeting minutes without personal data",
)

# 068 stop: look-alike of the system partner (letter dropped)
add(
    expect="stop",
    sender=KASHIWAGI,
    to=["三好 <miyoshi@tsubasa-sytem.jp>"],
    subject="Re: 審査システム 保守契約の更新見積",
    body="""三好様

お見積りありがとうございました。
オンサイト保守の回数を年4回から年2回に減らした場合の金額も
いただけますでしょうか。稟議に両案を載せたいと考えています。

柏木
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp drops a letter of the partner tsubasa-system.jp",
)

# 069 pass: list of hotels for a training trip
add(
    expect="pass",
    sender=f"総務 永井 <soumu-nagai@{D}>",
    to=["さくらホテル 法人営業 <corporate@sakura-hotel.jp>"],
    subject="11月 大阪研修の宿泊手配について",
    body="""さくらホテル 法人営業 ご担当者様

お世話になっております。日の出産業 総務の永井です。
11月の大阪研修（11/26〜27）で、以下のいずれかのホテルに8室をお願いできますか。

・さくらホテル 新大阪　　　大阪市淀川区西中島5-15-2　06-6305-2211
・さくらホテル 梅田東　　　大阪市北区太融寺町3-8　　06-6314-0810
・さくらホテル 天満橋　　　大阪市中央区京橋1-2-5　　06-6944-3377

シングル・禁煙・朝食付きで、法人料金の適用をお願いします。
宿泊者名簿は確定後にお送りします。

日の出産業株式会社 総務部 永井
""",
    entities=[],
    detectors=[],
    note="a list of hotels (businesses), not people",
)

# 070 stop: a reply whose NEW text carries seven applicants for employment checks
_p = people(7)
_lines = "\n".join(
    f"{k}. {p['name']}（{p['kana']}）／{p['employer']}／勤務先TEL {landline(rng.choice(['03', '045', '048', '06']))}"
    for k, p in enumerate(_p, 1))
add(
    expect="stop",
    sender=KITAMURA,
    to=["在籍チェック代行センター <order@zaiseki-check.co.jp>"],
    subject="Re: 10月分 在籍確認のご依頼について",
    charset="cp932",
    body=f"""在籍チェック代行センター ご担当者様

ご案内ありがとうございます。さっそく本日分の7件をお願いします。

{_lines}

結果は明日12時までにご返信ください。
北村

> 日の出産業 北村様
> 10月分のご依頼は、これまでどおり本メールへの返信で承ります。
> 1件あたり 800円（税別）です。
> 在籍チェック代行センター 受付
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="the new text of a reply lists seven applicants with employers; the quote is harmless",
)

# 071 pass: employment check for one guarantor at the employer
_g = person()
add(
    expect="pass",
    sender=KITAMURA,
    to=["北国フーズ 人事部 <jinji@kitaguni-foods.co.jp>"],
    subject="ご在籍確認のお願い",
    body=f"""北国フーズ株式会社
人事部 ご担当者様

突然のご連絡失礼いたします。日の出産業 保証審査課の北村と申します。
賃貸住宅の連帯保証人のお申込みにあたり、ご本人の同意をいただいたうえで
ご在籍の確認をお願いしております。

　お名前　：{_g['name']} 様
　生年月日：{_g['dob']:%Y年%m月%d日}

ご在籍の有無のみご回答いただければ結構です。
お手数をおかけしますが、よろしくお願いいたします。
{SIG_KITAMURA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one guarantor's name and DOB to his employer for a consented employment check",
)

# 072 stop: Confidential footer on a business plan PDF to the bank
add(
    expect="stop",
    sender=NONOMURA,
    to=["みどり銀行 法人営業部 竹中様 <takenaka@midori-ginko.co.jp>"],
    subject="融資ご相談資料（事業計画）",
    body=f"""みどり銀行 竹中様

いつもお世話になっております。日の出産業の野々村です。
先日ご相談した運転資金の件、事業計画の資料をお送りします。
{SIG_KITAMURA.replace('北村 遥（きたむら はるか）', '課長 野々村 紀子').replace('h.kitamura', 'n.nonomura')}
""",
    attachments=[{"kind": "pdf", "name": "賃貸保証事業_中期計画.pdf", "page_footer": "Confidential",
                  "lines": ["賃貸保証事業 中期計画（2026〜2028）", "1. 保有件数 75,000件 → 110,000件",
                            "2. 代位弁済率 3.8% → 3.2%", "3. 必要運転資金 15億円"]}]
    ,
    entities=[],
    detectors=["confidential_marking"],
    note="the attached plan carries a Confidential footer and goes to the bank",
)

# 073 stop: Internal Only footer on slides sent to the vendor
add(
    expect="stop",
    sender=KASHIWAGI,
    to=["ツバサシステム 三好様 <miyoshi@tsubasa-system.jp>"],
    subject="次期審査システム 要件整理（社内レビュー版）",
    body="""三好様

社内レビューに使った要件整理のスライドです。
RFP作成の参考にしてください。

柏木
""",
    attachments=[{"kind": "pptx", "name": "次期審査システム_要件整理.pptx", "page_footer": "Internal Only",
                  "slides": [["次期審査システム 要件整理", "情報システム / 保証審査課"],
                             ["現状の課題", "手入力の二重化", "反社チェックの外部連携なし"],
                             ["要件", "申込Web化", "スコアリングエンジン", "反社DB連携"]]}],
    entities=[],
    detectors=["confidential_marking"],
    note="the slides carry an Internal Only footer and go to an outside vendor",
)

# 074 pass: English mail about a confidentiality agreement, not a marking
add(
    expect="pass",
    sender=TAKAKURA,
    to=["Daniel Okafor <d.okafor@brightkey-living.com>"],
    subject="Mutual confidentiality agreement - our comments",
    body=f"""Dear Daniel,

Thank you for sending the draft mutual confidentiality agreement. Our legal team has
two comments:

  1. Clause 3: personal data of applicants should be excluded from "Confidential
     Information" and handled under a separate data processing addendum.
  2. Clause 8: we would prefer Tokyo District Court as the exclusive jurisdiction.

If these are acceptable, we can sign electronically next week.

Kind regards,
{SIG_TAKAKURA}
{DISCLAIMER_EN}
""",
    entities=[],
    detectors=[],
    note="mail about a confidentiality agreement with a disclaimer: no marking, no personal data",
)

# 075 stop: 【極秘】 in the subject
add(
    expect="stop",
    sender=NONOMURA,
    to=["共栄信用保証 経営企画部 <keikaku@kyoei-shinyo.co.jp>"],
    subject="【極秘】関西エリア保証債権の譲渡に関するご相談",
    charset="iso-2022-jp",
    body="""共栄信用保証株式会社
経営企画部 御中

先日の面談ではありがとうございました。
関西エリアの保証契約（約12,900件）の譲渡について、弊社取締役会で
前向きに検討することとなりました。条件面のご相談のため、次回は
当社役員も同席させていただきたく存じます。

日の出産業株式会社 賃貸保証事業部 野々村
""",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail is classified 【極秘】 in its subject and goes outside",
)

# 076 stop: one guarantor's disability
_g = person()
add(
    expect="stop",
    sender=KITAMURA,
    to=["星空エステート 賃貸仲介課 鳴海様 <narumi@hoshizora-estate.co.jp>"],
    charset="iso-2022-jp",
    subject="申込No.A-59611 連帯保証人について",
    body=f"""鳴海様

お世話になっております。北村です。
申込No.A-59611 の連帯保証人 {_g['name']} 様ですが、身体障害者手帳（1級）をお持ちで
現在は就労されておらず、障害年金が主な収入とのことでした。
保証人としての要件を満たさないため、別の方への変更か、
保証人不要プランへの切替えをご検討いただけますでしょうか。
{SIG_KITAMURA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named guarantor's disability in a sentence: 要配慮個人情報",
)

# 077 stop: a tenant's religion to the landlord on free mail
_t = person()
add(
    expect="stop",
    sender=HAYASE,
    to=["稲垣 <inagaki-apart@yahoo.co.jp>"],
    subject="Re: 101号室の集会について",
    body=f"""稲垣様

ご連絡ありがとうございます。日の出産業の早瀬です。
101号室の{_t['name']}様に確認したところ、ご本人はある新宗教の信者で、
毎週日曜に同じ信者の方々がお部屋に集まって礼拝をしているとのことでした。
騒音については配慮するとおっしゃっています。

契約上の用途違反にあたるかは管理会社様とご相談ください。
{SIG_HAYASE}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named tenant's religion told to the landlord: 要配慮個人情報 of one person",
)

# 078 pass: case numbers and amounts only
add(
    expect="pass",
    sender=MAKABE,
    to=["白川法律事務所 大和田先生 <owada@shirakawa-law.jp>"],
    subject="上期 訴訟案件の進捗確認",
    body=f"""大和田先生

上期にご依頼した案件の進捗を、弊社の台帳ベースで整理しました。
相違があればご指摘ください。

事件番号                 状況        判決日       認容額（円）
-----------------------  ----------  -----------  ------------
令和7年(ワ)第1183号      判決        2025/09/18       612,000
令和7年(ワ)第1290号      和解        2025/08/04       388,500
令和7年(ワ)第1356号      係属中      —                    —
令和7年(ワ)第1402号      取下げ      —                    —
令和7年(ワ)第1477号      判決        2025/10/02       941,000

真壁
""",
    entities=[],
    detectors=[],
    note="case numbers, dates and amounts, no names: not personal data",
)

# 079 stop: new text of a reply lists five people whose renewal fee is unpaid
_p = people(5)
_lines = "\n".join(f"{m} {p['name']}様　{p['phone']}　更新保証料 10,000円"
                   for m, p in zip("①②③④⑤", _p))
add(
    expect="stop",
    sender=ASHIDA,
    to=["サンライズ管理 川口店 <kawaguchi@sunrise-kanri.co.jp>"],
    subject="Re: 更新保証料の未払いについて",
    body=f"""サンライズ管理 川口店 御中

お問い合わせの件、現時点で更新保証料が未払いの方は以下の5名です。
店舗様からもお声がけいただけますと助かります。

{_lines}

芦田

> 川口店の物件で、更新保証料の未払いの方がいれば教えてください。
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people with phones in the new text (①…⑤) to an outside company",
)

# 080 pass: demand letter to one guarantor on a carrier address
add(
    expect="pass",
    sender=HORINOUCHI,
    to=["<t-hibino55@ezweb.ne.jp>"],
    subject="保証債務のお支払いについてのご連絡",
    body=f"""日比野 様

突然のご連絡失礼いたします。日の出産業 債権管理課の堀之内です。
日比野様が連帯保証人となっている賃貸借契約（保証番号 HG-2022-31876）につき、
主債務者様の家賃が3か月分未払いとなっております。
ご本人と連絡が取れないため、一度お電話（03-6225-4830）をいただけますでしょうか。
{SIG_HORI}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="one guarantor, on a carrier address, about his own obligation",
)

# ======================================================================================
# 081–100
# ======================================================================================

# 081 either: employment-check results keyed by application number, no names
_rows = [["申込No", "勤務先", "雇用形態", "在籍確認", "確認日"]]
for _st in ["確認済", "確認済", "不在（再確認）", "確認済", "在籍なし", "確認済"]:
    _rows.append([f"A-6{rng.randrange(1000, 9999)}", rng.choice(EMPLOYERS), rng.choice(["正社員", "契約社員", "派遣", "パート"]),
                  _st, f"10/{rng.randrange(14, 18)}"])
add(
    expect="either",
    sender=KITAMURA,
    to=["みなと不動産 蒲田店 遠藤様 <endo@minato-fudosan.co.jp>"],
    subject="在籍確認の結果（今週分）",
    body=f"""遠藤様

お世話になっております。北村です。
今週お申込み分の在籍確認の結果です。

{columns(_rows, gap=3, rule='=')}

「在籍なし」の1件は、申込書の勤務先が誤っていないかご確認ください。
{SIG_KITAMURA}
""",
    entities=[],
    detectors=[],
    note="six applicants' employer and employment status keyed by application no. only: people's attributes, but no identifier the recipient lacks",
)

# 082 stop: hyphen for dot in the internal subdomain
add(
    expect="stop",
    sender=HORINOUCHI,
    to=["債権管理課 共有 <saiken-share@mail-hinode-sangyo.co.jp>"],
    subject="明日の朝会アジェンダ",
    body="""各位

明日の朝会アジェンダです。
　1. 10月の回収率（速報）
　2. コールネクストへの委託範囲拡大について
　3. 年末の架電体制

堀之内
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="mail-hinode-sangyo.co.jp puts a hyphen for the dot of mail.hinode-sangyo.co.jp: a look-alike",
)

# 083 pass: landlord on free mail and the management company: two parties
add(
    expect="pass",
    sender=HAYASE,
    to=["桂木 良平 <katsuragi.ryohei@icloud.com>"],
    cc=["丸八住宅 塩見様 <shiomi@maruhachi-jutaku.co.jp>"],
    subject="コーポ青雲 管理移管後の保証契約について",
    body=f"""桂木様
（cc：丸八住宅 塩見様）

お世話になっております。日の出産業の早瀬です。
12月1日付の管理移管に伴い、保証契約の管理会社欄を丸八住宅様に変更いたします。
入居者様への通知文は弊社から郵送いたしますので、オーナー様のお手続きは不要です。
送金先口座に変更がある場合のみ、11月20日までにお知らせください。
{SIG_HAYASE}
""",
    entities=[],
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="a landlord on free mail plus one company: two external parties, nothing personal",
)

# 084 pass: one tenant's guarantee contract PDF to the agency that handles it
_t = person()
add(
    expect="pass",
    sender=KITAMURA,
    to=["礎不動産 外山様 <toyama@ishizue-fudosan.jp>"],
    subject="保証委託契約書（控）の送付：グランシャトー楓 202",
    body=f"""外山様

お世話になっております。北村です。
グランシャトー楓202号室の保証委託契約書（控）をPDFでお送りします。
原本はお客様へ直接郵送済みです。
{SIG_KITAMURA}
""",
    attachments=[{"kind": "pdf", "name": "保証委託契約書_控_GCK202.pdf", "title": "保証委託契約書（控）",
                  "lines": ["保証委託契約書（控）", f"保証番号：{_t['contract']}",
                            f"契約者：{_t['name']}（{_t['kana']}）", f"生年月日：{_t['dob']:%Y年%m月%d日}",
                            f"現住所：{_t['addr']}", f"電話：{_t['phone']}",
                            "物件：グランシャトー楓 202号室　月額賃料等 78,000円",
                            "保証期間：2025年11月1日〜2027年10月31日"]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one tenant's contract copy to the agency that brokered it: one person, may be warned",
)

# 085 pass: 社外秘 mentioned, not stamped
add(
    expect="pass",
    sender=HAYASE,
    to=["あおぞら管理 営業企画 <kikaku@aozora-kanri.co.jp>"],
    subject="Re: 審査通過率のデータについて",
    body=f"""あおぞら管理 営業企画 ご担当者様

お問い合わせありがとうございます。
ご依頼の審査通過率の内訳は社外秘の扱いとなっておりお渡しできないのですが、
公開している年次レポート（通過率は全体で約82％）のPDFをお送りします。
個別の物件での通過状況は、担当営業からご説明に伺います。
{SIG_HAYASE}
""",
    attachments=[{"kind": "pdf", "name": "annual_report_2025.pdf",
                  "lines": ["日の出産業 家賃保証 年次レポート2025", "保有件数 71,566件", "審査通過率 約82%"]}],
    entities=[],
    detectors=[],
    note="社外秘 is mentioned as a reason not to share, the mail is not stamped",
)

# 086 stop: 部外秘 inside a DOCX inside a ZIP
add(
    expect="stop",
    sender=ASHIDA,
    to=["コールネクスト 研修担当 <training@callnext.co.jp>"],
    subject="新人オペレーター向け資料一式",
    body=f"""コールネクスト 研修ご担当者様

来月から増員いただくオペレーター向けの資料一式をZIPでお送りします。
{SIG_ASHIDA}
""",
    attachments=[{"kind": "zip", "name": "operator_kit.zip", "files": [
        {"kind": "pdf", "name": "サービス概要.pdf", "lines": ["家賃保証サービス概要", "立替→求償の流れ"]},
        {"kind": "docx", "name": "督促対応マニュアル.docx", "page_header": "部外秘",
         "paragraphs": ["督促対応マニュアル（債権管理課）", "1. 分納交渉の上限：最大6回",
                        "2. 法務移管の基準：3か月以上・連絡不通30日", "3. 減額提案の権限：SV以上"]}]}],
    entities=[],
    detectors=["confidential_marking"],
    note="a DOCX inside the ZIP is stamped 部外秘 in its header",
)

# 087 pass: building list in XLSX to an agency
_rows = [["提携物件 空室状況（11月1日時点）"], [],
         ["物件名", "所在地", "総戸数", "空室", "保証加入必須"]]
for _ in range(9):
    pref, city, town = rng.choice(PLACES)
    _rows.append([f"{rng.choice(BLDG)}{rng.choice(BLDG2)}", f"{pref}{city}{town}{rng.randrange(1, 6)}丁目",
                  rng.randrange(8, 60), rng.randrange(0, 6), rng.choice(["○", "○", "—"])])
add(
    expect="pass",
    sender=HAYASE,
    to=["星空エステート 賃貸仲介課 <chukai@hoshizora-estate.co.jp>"],
    subject="提携物件の空室状況（11月）",
    body=f"""星空エステート 賃貸仲介課 御中

提携オーナー様物件の空室状況をお送りします。客付けのご参考にどうぞ。
{SIG_HAYASE}
""",
    attachments=[{"kind": "xlsx", "name": "空室状況_202511.xlsx", "sheets": {"空室": _rows}}],
    entities=[],
    detectors=[],
    note="a list of buildings and vacancies: no people",
)

# 088 stop: a card number in full-width digits to a company-housing agent
_c = next_card()
add(
    expect="stop",
    sender=MIZOGUCHI,
    to=["社宅パートナーズ 契約管理部 <keiyaku@shataku-partners.co.jp>"],
    subject="法人契約 保証料の決済カード変更完了のご連絡",
    charset="iso-2022-jp",
    body=f"""社宅パートナーズ株式会社
契約管理部 御中

お世話になっております。日の出産業の溝口です。
ご依頼のあった更新保証料の決済カードを、下記に変更いたしました。

　対象契約　：北国フーズ株式会社 社宅（12件）
　カード番号：{zen(spaced4(_c))}
　名義　　　：KITAGUNI FOODS CO LTD
　初回決済日：12月1日

ご確認のほどよろしくお願いいたします。
{SIG_MIZO}
""",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a full card number (full-width digits) sent outside: any card number stops",
)

# 089 pass: change of contact person
add(
    expect="pass",
    sender=HAYASE,
    to=["第一賃貸管理 管理部 白石様 <shiraishi@daiichi-chintai.com>"],
    charset="iso-2022-jp",
    subject="弊社担当者変更のお知らせ",
    body=f"""第一賃貸管理 白石様

いつもお世話になっております。日の出産業の早瀬です。
12月1日より、御社の担当を下記の者に引き継ぐこととなりました。

　新担当：営業推進課 宇津木 萌
　直通　：03-6225-4822
　メール：m.utsugi@hinode-sangyo.co.jp

在任中は大変お世話になりました。引き続きよろしくお願いいたします。
{SIG_HAYASE}
""",
    entities=[],
    detectors=[],
    note="the company's own new contact person: a business contact, not a record",
)

# 090 stop: comma-separated records in the body to a judicial scrivener
_p = people(6)
_lines = "\n".join(f"{p['name']},{p['addr'].split(' ', 1)[1]},{p['phone']},{p['arrears']}" for p in _p)
add(
    expect="stop",
    sender=MAKABE,
    to=["森田司法書士事務所 <office@morita-shihoshoshi.jp>"],
    charset="cp932",
    subject="支払督促申立て（6件）のご依頼",
    body=f"""森田先生

いつもお世話になっております。日の出産業の真壁です。
少額の求償債権6件について、支払督促の申立てをお願いいたします。
債務者情報をカンマ区切りで貼り付けます（氏名,住所,電話,請求額）。

{_lines}

委任状は本日郵送します。
{SIG_MAKABE}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six debtors comma-separated in the body to a judicial scrivener",
)

# 091 pass: two heirs' addresses to the law firm on the case
_h1, _h2 = person(), person()
add(
    expect="pass",
    sender=MAKABE,
    to=["楠法律事務所 岩城先生 <iwaki@kusunoki-law.jp>"],
    subject="Re: 堺 中百舌鳥の案件 相続人の所在",
    body=f"""岩城先生

戸籍調査の結果、相続人は次の2名と判明しました。

　長男　{_h1['name']}　{_h1['addr']}
　長女　{_h2['name']}　{_h2['addr']}

相続放棄の有無は家庭裁判所に照会中です。
真壁
""",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="two heirs' names and addresses to the firm on the case: under five, may be warned",
)

# 092 stop: a DOCX report about one tenant's alcoholism
_t = person()
add(
    expect="stop",
    sender=MAKABE,
    to=["白川法律事務所 大和田先生 <owada@shirakawa-law.jp>"],
    subject="経緯報告書の送付（メゾン北斗 301）",
    body=f"""大和田先生

ご依頼の経緯報告書をお送りします。ご確認ください。
{SIG_MAKABE}
""",
    attachments=[{"kind": "docx", "name": "経緯報告書_メゾン北斗301.docx", "title": "経緯報告書",
                  "paragraphs": ["経緯報告書", f"対象：メゾン北斗301号室　契約者 {_t['name']}（保証番号 {_t['contract']}）",
                                 "2025年6月　家賃の遅れが始まる",
                                 "2025年7月　近隣から深夜の騒音苦情（管理会社経由）",
                                 "2025年8月　緊急連絡先の兄より、本人がアルコール依存症で専門病院に入院したとの連絡",
                                 "2025年9月　退院後も連絡が取れず、現在に至る"]}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="the attached report ties one named tenant to alcoholism and hospitalisation",
)

# 093 pass: forward of a harmless agency notice
add(
    expect="pass",
    sender=HAYASE,
    to=["けやきホーム 桑原様 <kuwabara@keyaki-home.jp>"],
    subject="FW: 【協会通知】賃貸保証契約書の標準様式の改訂について",
    body=f"""桑原様

協会から届いた通知を転送します。来年4月から契約書の様式が変わりますので、
店舗の皆さまにも共有いただけますと幸いです。

早瀬

-------- 転送メッセージ --------
差出人: 一般社団法人 賃貸保証機構 <info@chintai-hosho.or.jp>
件名: 【協会通知】賃貸保証契約書の標準様式の改訂について

会員各位
民法改正後の運用実態を踏まえ、賃貸保証委託契約書の標準様式を改訂しました。
主な改訂点：極度額の記載例の追加、求償の範囲の明確化、解除条項の整理。
施行日：2026年4月1日
""",
    entities=[],
    detectors=[],
    note="a forward, but of an association notice with nothing personal in it",
)

# 094 stop: lawyer, agency and a private landlord all visible
add(
    expect="stop",
    sender=MAKABE,
    to=["大和田 <owada@shirakawa-law.jp>", "瀬川 宗一 <segawa.soichi@outlook.jp>"],
    cc=["サンライズ管理 井筒様 <izutsu@sunrise-kanri.co.jp>"],
    subject="204号室 明渡し交渉の方針について",
    body=f"""大和田先生、瀬川様、井筒様

お世話になっております。日の出産業の真壁です。
204号室の件、先日の打合せを踏まえ、当面は任意の明渡し交渉を続け、
12月末までに合意できない場合は訴訟を提起する方針といたします。
交渉窓口は大和田先生に一本化いたしますので、入居者様から直接連絡が
あった場合は先生へおつなぎください。
{SIG_MAKABE}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="a law firm, a management company and a private landlord see each other: three external parties",
)

# 095 pass: service flyer PDF to a university housing office
add(
    expect="pass",
    sender=TAKAKURA,
    to=["東海学院大学 学生支援課 <housing@tokai-gakuin.ac.jp>"],
    subject="留学生向け家賃保証プランのご案内",
    body=f"""東海学院大学 学生支援課 御中

先日はお時間をいただきありがとうございました。
留学生向け家賃保証プランのパンフレット（日・英）をお送りします。
学内の掲示やオリエンテーションでご活用いただけますと幸いです。
{SIG_TAKAKURA}
""",
    attachments=[{"kind": "pdf", "name": "student_plan_flyer.pdf",
                  "lines": ["留学生向け家賃保証プラン / Student Guarantee Plan",
                            "日本人の保証人は不要 / No Japanese guarantor needed",
                            "初回保証料 賃料の30% / Initial fee: 30% of rent",
                            "お問い合わせ 03-6225-4890 / intl@hinode-sangyo.co.jp"]}],
    entities=[],
    detectors=[],
    note="a service flyer to a university: no personal data",
)

# 096 either: law firm, its affiliated scrivener and an agency in To/Cc
add(
    expect="either",
    sender=MAKABE,
    to=["大和田 <owada@shirakawa-law.jp>", "森田司法書士事務所 <office@morita-shihoshoshi.jp>"],
    cc=["礎不動産 外山様 <toyama@ishizue-fudosan.jp>"],
    subject="コーポ楓105 強制執行後の残置物保管について",
    body=f"""大和田先生、森田先生、外山様

強制執行後の残置物は、執行官の指示により1か月間保管することになりました。
保管場所は礎不動産様の倉庫をお借りできることになり、ありがとうございます。
売却手続きは森田先生にお願いする予定です（大和田先生とご相談済み）。
{SIG_MAKABE}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external domains, but the law firm and its scrivener work as one team on the case",
)

# 097 stop: TXT (CP932) trace list of absconded tenants to a search company
_p = people(5)
_txt = "所在調査依頼リスト\n\n" + "\n".join(
    f"[{k}] {p['name']}（{p['kana']}）\n    生年月日: {wareki(p['dob'], 'short')}\n    最終住所: {p['addr']}\n"
    f"    旧携帯: {p['phone']}\n    旧勤務先: {p['employer']}\n"
    for k, p in enumerate(_p, 1))
add(
    expect="stop",
    sender=HORINOUCHI,
    to=["所在リサーチ株式会社 <irai@shozai-research.co.jp>"],
    charset="iso-2022-jp",
    subject="所在調査のご依頼（5件）",
    body=f"""所在リサーチ株式会社 御中

いつもお世話になっております。日の出産業の堀之内です。
夜逃げ等で所在不明となった債務者5名の所在調査をお願いします。
詳細は添付のテキストファイルをご覧ください。
{SIG_HORI}
""",
    attachments=[{"kind": "txt", "name": "shozai_irai.txt", "encoding": "cp932", "text": _txt}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a CP932 text attachment with five people's DOB, last address, phone and employer",
)

# 098 pass: ordering envelopes from the printing partner
add(
    expect="pass",
    sender=HORINOUCHI,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="窓付き封筒の追加発注",
    charset="iso-2022-jp",
    body=f"""錦印刷 営業部 御中

お世話になっております。日の出産業の堀之内です。
以下のとおり追加発注いたします。

　品番　　　　 品名　　　　　　　　　数量　　単価
　ENV-W402　　 長3窓付き封筒（青）　　5,000　 4.8円
　ENV-K220　　 角2封筒（社名入り）　　1,000　 12.5円

納品先：東京都中央区日本橋2-14-9 日の出日本橋ビル6F 債権管理課
希望納期：11月14日
{SIG_HORI}
""",
    entities=[],
    detectors=[],
    note="an order with product codes and prices to a partner",
)

# 099 pass: removal request to the partner mover
add(
    expect="pass",
    sender=MAKABE,
    to=["青葉運輸 引越センター 法人窓口 <hojin@aoba-unyu.co.jp>"],
    subject="残置物搬出のお見積り依頼（コーポ楓105）",
    body=f"""青葉運輸株式会社
引越センター 法人窓口 御中

お世話になっております。日の出産業 法務グループの真壁です。
強制執行に伴う残置物の搬出・保管について、お見積りをお願いします。

　現場　：コーポ楓 105号室（1K・約25㎡）
　日時　：11月14日（金）13:30〜（執行官立会い）
　作業　：搬出、礎不動産様倉庫への運搬・保管（1か月）
　備考　：エレベーターなし、2tトラック1台想定

下見が必要でしたら日程をご調整ください。
{SIG_MAKABE}
""",
    entities=[],
    detectors=[],
    note="an ordinary request for a quote to a partner: property, no personal data",
)

# 100 pass: SMS template review with the SMS vendor
add(
    expect="pass",
    sender=ASHIDA,
    to=["SMSリンク サポート <support@sms-link.jp>"],
    subject="督促SMS 文面テンプレートの審査依頼",
    body=f"""SMSリンク サポート ご担当者様

お世話になっております。日の出産業 コールセンターの芦田です。
新しい督促SMSの文面テンプレートについて、キャリア審査をお願いします。

【テンプレートA】
{{氏名}}様 日の出産業家賃保証です。{{月}}月分のお家賃のお立替えについてご確認ください。0120-418-066

【テンプレートB】
日の出産業家賃保証です。お約束の{{約束日}}にご入金が確認できておりません。お電話ください。0120-418-066

配信開始は11月10日を予定しています。
{SIG_ASHIDA}
""",
    entities=[],
    detectors=[],
    note="SMS templates with placeholders only: no personal data",
)
