"""Blind corpus, area "unkou": fleet and driver management (運行管理) at 日の出産業's logistics arm.

The mail comes from the 物流事業部 of 日の出産業株式会社 and its operating subsidiary
日の出ロジサービス (mail on hinode-sangyo.co.jp and logi.hinode-sangyo.co.jp): 運行管理者 and
配車係 at the 川越・狭山・太田 営業所, the 安全推進課, 整備管理者, the accident / insurance desk,
driver recruiting, and 情報システム.  Their correspondents: subcontracted carriers (青葉運輸 and
others), shippers (北国フーズ, 川崎電機), the 運輸支局, insurers and agents, driving schools,
the aptitude-test centre, sleep-apnoea (SAS) and health-check clinics, alcohol-checker and
roll-call (点呼) system vendors, a staffing agency, 社労士 / 行政書士 offices, a 登録支援機関,
hotels, fuel and leasing companies, and foreign telematics vendors (English mail).

Topics: 点呼記録 and alcohol checks, 健康診断 and SAS screening, 適性診断, 運転者台帳 and licences,
accidents, 労災 and insurance claims, 運行管理者の選任届, 改善基準告示 working hours, 協力会社 dispatch,
教習所 enrolments, foreign drivers (在留カード / 旅券), fuel and ETC cards.

Every person, company, address, telephone number, licence, card, My Number and every other
number in this file is invented (My Numbers and card numbers from build.py's helpers, licence
and corporate numbers with valid check digits); any likeness to a real one is chance.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 10801
rng = random.Random(SEED)
_ctr = [SEED]


def _mynum() -> str:
    s = _ctr[0]
    _ctr[0] += 1
    return my_number(s)


def _card() -> str:
    s = _ctr[0]
    _ctr[0] += 1
    return card_number(s)


# -- invented people ----------------------------------------------------------------------

SURNAMES = [
    ("佐野", "サノ", "Sano"), ("久慈", "クジ", "Kuji"), ("槙野", "マキノ", "Makino"),
    ("曽我部", "ソガベ", "Sogabe"), ("飯尾", "イイオ", "Iio"), ("根本", "ネモト", "Nemoto"),
    ("鬼塚", "オニヅカ", "Onizuka"), ("東海林", "ショウジ", "Shoji"), ("五十嵐", "イガラシ", "Igarashi"),
    ("小比類巻", "コヒルイマキ", "Kohiruimaki"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("八木橋", "ヤギハシ", "Yagihashi"),
    ("百目鬼", "ドウメキ", "Domeki"), ("増子", "マシコ", "Mashiko"), ("岡部", "オカベ", "Okabe"),
    ("高野", "タカノ", "Takano"), ("石渡", "イシワタ", "Ishiwata"), ("金城", "キンジョウ", "Kinjo"),
    ("坂東", "バンドウ", "Bando"), ("大和田", "オオワダ", "Owada"), ("戸塚", "トツカ", "Totsuka"),
    ("宮腰", "ミヤコシ", "Miyakoshi"), ("荻野", "オギノ", "Ogino"), ("染谷", "ソメヤ", "Someya"),
    ("福士", "フクシ", "Fukushi"), ("上原", "ウエハラ", "Uehara"), ("関口", "セキグチ", "Sekiguchi"),
    ("竹之内", "タケノウチ", "Takenouchi"), ("樋渡", "ヒワタシ", "Hiwatashi"),
    ("皆川", "ミナガワ", "Minagawa"), ("新谷", "シンタニ", "Shintani"), ("椎名", "シイナ", "Shiina"),
    ("野々村", "ノノムラ", "Nonomura"), ("貫井", "ヌクイ", "Nukui"), ("瀬戸口", "セトグチ", "Setoguchi"),
    ("与那嶺", "ヨナミネ", "Yonamine"), ("伊集院", "イジュウイン", "Ijuin"), ("吉川", "ヨシカワ", "Yoshikawa"),
    ("中山", "ナカヤマ", "Nakayama"), ("田村", "タムラ", "Tamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("鈴木", "スズキ", "Suzuki"), ("村上", "ムラカミ", "Murakami"),
    ("矢作", "ヤハギ", "Yahagi"), ("茂木", "モテギ", "Motegi"), ("猪狩", "イガリ", "Igari"),
    ("沼尻", "ヌマジリ", "Numajiri"), ("寒河江", "サガエ", "Sagae"), ("一戸", "イチノヘ", "Ichinohe"),
    ("鰐部", "ワニベ", "Wanibe"), ("仲宗根", "ナカソネ", "Nakasone"), ("蛭田", "ヒルタ", "Hiruta"),
]
GIVEN_M = [
    ("正臣", "マサオミ", "Masaomi"), ("健太", "ケンタ", "Kenta"), ("翔", "ショウ", "Sho"),
    ("大輔", "ダイスケ", "Daisuke"), ("隆之", "タカユキ", "Takayuki"), ("勝也", "カツヤ", "Katsuya"),
    ("浩一", "コウイチ", "Koichi"), ("一馬", "カズマ", "Kazuma"), ("聡", "サトシ", "Satoshi"),
    ("武志", "タケシ", "Takeshi"), ("和彦", "カズヒコ", "Kazuhiko"), ("康弘", "ヤスヒロ", "Yasuhiro"),
    ("竜也", "タツヤ", "Tatsuya"), ("亮介", "リョウスケ", "Ryosuke"), ("誠二", "セイジ", "Seiji"),
    ("晃", "アキラ", "Akira"), ("友和", "トモカズ", "Tomokazu"), ("剛", "ツヨシ", "Tsuyoshi"),
    ("直樹", "ナオキ", "Naoki"), ("伸吾", "シンゴ", "Shingo"), ("幸雄", "ユキオ", "Yukio"),
    ("拓海", "タクミ", "Takumi"), ("義男", "ヨシオ", "Yoshio"), ("昌平", "ショウヘイ", "Shohei"),
    ("賢治", "ケンジ", "Kenji"), ("光太郎", "コウタロウ", "Kotaro"), ("悠真", "ユウマ", "Yuma"),
]
GIVEN_F = [
    ("千鶴", "チヅル", "Chizuru"), ("由美子", "ユミコ", "Yumiko"), ("美咲", "ミサキ", "Misaki"),
    ("恵", "メグミ", "Megumi"), ("真由", "マユ", "Mayu"), ("沙織", "サオリ", "Saori"),
    ("祥子", "ショウコ", "Shoko"), ("葉月", "ハヅキ", "Hazuki"),
]
# (都道府県, 市区町村, 町名, 郵便番号の上5桁, 公安委員会コード)
AREAS = [
    ("埼玉県", "川越市", "的場", "350-11", 43), ("埼玉県", "狭山市", "入間川", "350-13", 43),
    ("埼玉県", "所沢市", "北野", "359-11", 43), ("埼玉県", "ふじみ野市", "上福岡", "356-00", 43),
    ("埼玉県", "坂戸市", "千代田", "350-02", 43), ("東京都", "練馬区", "大泉学園町", "178-00", 30),
    ("東京都", "東村山市", "久米川町", "189-00", 30), ("群馬県", "太田市", "飯田町", "373-08", 42),
    ("埼玉県", "入間市", "豊岡", "358-00", 43), ("埼玉県", "鶴ヶ島市", "脚折町", "350-22", 43),
    ("埼玉県", "日高市", "高萩", "350-12", 43), ("群馬県", "伊勢崎市", "連取町", "372-08", 42),
    ("埼玉県", "東松山市", "松葉町", "355-00", 43), ("東京都", "西東京市", "ひばりが丘", "202-00", 30),
]

_used: set[str] = set()


def _licence(pref: int, year: int) -> str:
    """12-digit 運転免許証番号: 公安委員会 code, year, serial, check digit, reissue count."""
    base = f"{pref:02d}{year % 100:02d}{rng.randrange(1_000_000):06d}"
    weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    cd = (11 - sum(w * int(c) for w, c in zip(weights, base)) % 11) % 10
    return base + str(cd) + rng.choice("0000001")


def corp_no(base12: str) -> str:
    """13-digit 法人番号 with its leading check digit."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def person(female: bool | None = None, y0: int = 1962, y1: int = 2000,
           avoid: set[str] | None = None) -> dict:
    while True:
        s = rng.choice(SURNAMES)
        fem = (rng.random() < 0.12) if female is None else female
        g = rng.choice(GIVEN_F if fem else GIVEN_M)
        name = f"{s[0]} {g[0]}"
        if name not in _used and (avoid is None or s[0] not in avoid):
            break
    _used.add(name)
    if avoid is not None:
        avoid.add(s[0])
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    pref, city, town, zp, code = rng.choice(AREAS)
    if rng.random() < 0.5:
        street = f"{town}{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 25)}"
    else:
        street = f"{town}{rng.randint(1, 4)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
    if rng.random() < 0.3:
        street += f" {rng.choice(['コーポ', 'ハイツ', 'メゾン', 'グランデ'])}{town[:2]}{rng.randint(1, 3)}0{rng.randint(1, 8)}"
    mobile = f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return {
        "sei": s[0], "mei": g[0], "name": name, "kana": f"{s[1]} {g[1]}",
        "romaji": f"{g[2]} {s[2]}", "sei_r": s[2], "mei_r": g[2],
        "y": y, "m": m, "d": d, "pref": pref, "city": city,
        "zip": f"{zp}{rng.randint(10, 99)}", "addr": f"{pref}{city}{street}",
        "tel": mobile, "lic": _licence(code, min(y + rng.randint(18, 24), 2024)),
        "emp": f"{rng.choice('KSO')}{rng.randint(10, 24):02d}{rng.randint(100, 999)}",
        "fem": fem,
    }


def people(n: int, **kw) -> list[dict]:
    seen: set[str] = set()
    return [person(avoid=seen, **kw) for _ in range(n)]


def age(p: dict, year: int = 2025) -> int:
    return year - p["y"] - (1 if p["m"] > 6 else 0)


def iso(p: dict, sep: str = "/") -> str:
    return f"{p['y']}{sep}{p['m']:02d}{sep}{p['d']:02d}"


def wareki(p: dict, short: bool = False) -> str:
    y, m, d = p["y"], p["m"], p["d"]
    if y < 1989 or (y == 1989 and m == 1 and d < 8):
        era, n, ab = "昭和", y - 1925, "S"
    else:
        era, n, ab = "平成", y - 1988, "H"
    if short:
        return f"{ab}{n}.{m}.{d}"
    return f"{era}{'元' if n == 1 else n}年{m}月{d}日"


_ZEN = str.maketrans("0123456789-./:()", "０１２３４５６７８９－．／：（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - width(s), 1)


def lic_fmt(lic: str) -> str:
    return f"第{lic}号"


# -- senders and their signatures -------------------------------------------------------

IWASA = "岩佐 拓也 <iwasa.takuya@hinode-sangyo.co.jp>"
SIG_IWASA = """
--
日の出産業株式会社 物流事業部 川越営業所
運行管理者　岩佐 拓也（いわさ たくや）
〒350-1124 埼玉県川越市新宿町5-12-3
TEL 049-241-5580　FAX 049-241-5581
iwasa.takuya@hinode-sangyo.co.jp
"""

OKOCHI = "大河内 由紀 <okochi.yuki@hinode-sangyo.co.jp>"
SIG_OKOCHI = """
――――――――――――――――――――――――
日の出産業株式会社
物流事業部 安全推進課　大河内 由紀
〒170-0013 東京都豊島区東池袋2-41-8 日の出ビル6F
TEL：03-5911-2270（直通）
――――――――――――――――――――――――
"""

KUMAGAI = "熊谷 健吾 <kumagai.kengo@logi.hinode-sangyo.co.jp>"
SIG_KUMAGAI = """
******************************************
日の出ロジサービス株式会社（日の出産業グループ）
総務課　熊谷 健吾
〒350-1331 埼玉県狭山市新狭山3-8-20
TEL 04-2955-3100 / kumagai.kengo@logi.hinode-sangyo.co.jp
******************************************
"""

KAI = "甲斐 正樹 <kai.masaki@hinode-sangyo.co.jp>"
SIG_KAI = """
日の出産業（株）物流事業部 車両管理グループ
整備管理者　甲斐 正樹
TEL 049-241-5583（工場直通）
"""

NIIBORI = "新堀 里美 <niibori.satomi@hinode-sangyo.co.jp>"
SIG_NIIBORI = """
-------------------------------------------
日の出産業株式会社 物流事業部 狭山営業所 配車係
新堀 里美
〒350-1331 埼玉県狭山市新狭山3-8-20
TEL 04-2955-3102 / FAX 04-2955-3109
-------------------------------------------
"""

SAOTOME = "早乙女 亮 <saotome.ryo@hinode-sangyo.co.jp>"
SIG_SAOTOME = """
日の出産業株式会社 物流事業部
太田営業所 所長　早乙女 亮
〒373-0015 群馬県太田市東新町811-4
TEL 0276-40-7720
"""

USAMI = "宇佐美 香織 <usami.kaori@hinode-sangyo.co.jp>"
SIG_USAMI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 人事部 採用グループ（乗務員採用担当）
宇佐美 香織
TEL 03-5911-2205　usami.kaori@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

KIRYU = "桐生 誠 <kiryu.makoto@hinode-sangyo.co.jp>"
SIG_KIRYU = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 物流事業部 安全推進課
事故・保険担当　桐生 誠
TEL 03-5911-2274 / 携帯（社用）080-4410-2274
━━━━━━━━━━━━━━━━━━━━━━
"""

ANDO = "Emily Ando <ando.emily@hinode-sangyo.co.jp>"
SIG_ANDO = """
Best regards,
Emily Ando
Fleet Systems, Logistics Division
Hinode Sangyo Co., Ltd.
6F Hinode Bldg., 2-41-8 Higashi-Ikebukuro, Toshima-ku, Tokyo 170-0013, Japan
Tel +81-3-5911-2290
"""

MATSUNAGA = "松永 浩二 <matsunaga.koji@hinode-sangyo.co.jp>"
SIG_MATSUNAGA = """
--
日の出産業株式会社 情報システム部
松永 浩二　内線 2318 / 03-5911-2318
"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、送信者にご連絡の上、
本メールを削除してください。内容の無断転載・複製を禁じます。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail. Any
unauthorised use, disclosure or copying is prohibited.
"""

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# =========================================================================================
# 001-020
# =========================================================================================

_p = people(6, y0=1968, y1=1998)
_kinds = ["大型", "中型", "大型", "中型(8t限定)", "大型", "準中型"]
_rows = "\n".join(
    f"{i + 1:>2}  {pad(p['name'], 14)}{p['tel']}     {p['lic']}      {k}"
    for i, (p, k) in enumerate(zip(_p, _kinds)))
add(
    id="unkou-001", expect="stop", charset="iso-2022-jp",
    sender=IWASA, to=["須藤 様 <sudo@aoba-unyu.co.jp>"],
    subject="北国フーズ様 冷凍便 応援乗務員のご連絡（6/9～）",
    body=f"""青葉運輸株式会社 配車課
須藤 様

いつもお世話になっております。日の出産業 川越営業所の岩佐です。

来週月曜（6/9）からの北国フーズ様 冷凍便の応援につきまして、
当社から出す乗務員を下記のとおりお知らせいたします。
御社センターの入構証発行に免許証番号が必要とのことでしたので併記しております。

No  氏名          携帯              免許証番号        免許種類
--  ------------  ----------------  ----------------  ------------
{_rows}

入構証の発行が済みましたら、ご一報いただけますと幸いです。
引き続きよろしくお願いいたします。
{SIG_IWASA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="six drivers with mobile numbers and licence numbers in padded columns to a partner carrier",
)

add(
    id="unkou-002", expect="pass", charset="iso-2022-jp",
    sender=NIIBORI, to=["aoba-haisha@aoba-unyu.co.jp"],
    cc=["岩佐 拓也 <iwasa.takuya@hinode-sangyo.co.jp>"],
    subject="【配車依頼】6/12（木）北国フーズ 狭山DC発 2台",
    body=f"""青葉運輸株式会社
配車ご担当者様

お世話になっております。日の出産業 狭山営業所 配車係の新堀です。
下記の通り、傭車を2台お願いできますでしょうか。

■日付　　：6月12日（木）
■荷主　　：北国フーズ株式会社 様
■積地　　：北国フーズ 狭山DC（埼玉県狭山市柏原工業団地内）　積込 5:30
■卸地①　：スーパーみやび 東松山店　　　　　　　　　　　着 8:00
■卸地②　：スーパーみやび 坂戸にっさい店　　　　　　　　　着 9:15
■車両　　：4t ウイング 冷凍（-20℃設定）×2台
■荷姿　　：パレット 各8枚（ロールボックス不可）
■運賃　　：1台あたり 38,000円（高速代別・税別）
■伝票番号：KF-250612-0081 / KF-250612-0082

当日は当社の乗務員（佐野）が先行で入っておりますので、
積込時に不明点があれば構内で声をかけてください。

ご確認のほど、よろしくお願いいたします。
{SIG_NIIBORI}""",
    entities=[], detectors=[],
    note="routine dispatch request to a partner carrier: vehicles, times, slip numbers; a colleague named without data",
)

_p = people(8, y0=1963, y1=1995)
_odi = [4.1, 18.7, 6.3, 31.2, 2.8, 12.5, 22.9, 5.0]
_sas_rows = []
for i, (p, o) in enumerate(zip(_p, _odi)):
    j = "A" if o < 5 else ("B" if o < 15 else "C")
    rem = {"A": "", "B": "経過観察・生活指導", "C": "要精密検査（PSG）"}[j]
    _sas_rows.append([i + 1, p["name"], iso(p), age(p), rng.choice(["川越", "狭山", "太田"]),
                      o, j, rem])
add(
    id="unkou-003", expect="stop",
    sender=OKOCHI, to=["川越すいみんクリニック 受付 <uketsuke@kawagoe-suimin.jp>"],
    subject="SASスクリーニング結果の送付と精密検査のご予約について",
    body=f"""川越すいみんクリニック
ご担当者様

いつもお世話になっております。日の出産業 安全推進課の大河内でございます。

先月実施いたしました乗務員のSAS簡易検査（パルスオキシメータ）の結果を添付にてお送りします。
判定Cの者につきまして、PSG（終夜睡眠ポリグラフ検査）の予約枠をご相談させてください。
乗務の都合上、金曜夜～土曜朝の枠ですと調整しやすいです。

ご確認のほど、何卒よろしくお願い申し上げます。
{SIG_OKOCHI}""",
    attachments=[{
        "kind": "xlsx", "name": "SAS簡易検査結果_2025.xlsx",
        "sheets": {
            "結果一覧": [["2025年度 睡眠時無呼吸症候群 簡易スクリーニング結果（物流事業部）"], [],
                       ["No", "氏名", "生年月日", "年齢", "営業所", "3%ODI", "判定", "備考"]] + _sas_rows,
            "判定基準": [["判定", "基準", "対応"], ["A", "ODI 5未満", "異常なし"],
                       ["B", "ODI 5以上15未満", "経過観察"], ["C", "ODI 15以上", "精密検査"]],
        },
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX of eight drivers' sleep-apnoea screening results with names and birth dates sent to a clinic",
)

_p = people(12, y0=1960, y1=1999)
_lines = []
for i, p in enumerate(_p):
    alc = "0.00" if i not in (6,) else "0.05"
    cond = rng.choice(["良好", "良好", "良好", "やや寝不足", "良好", "風邪気味（服薬なし）"])
    _lines.append(f"{p['emp']}\t{p['name']}\t{rng.randint(4, 6)}:{rng.randint(10, 55)}\t{alc}\t{cond}\t{rng.choice(['対面', '対面', 'IT点呼'])}")
add(
    id="unkou-004", expect="pass",
    sender=IWASA, to=["大河内 由紀 <okochi.yuki@hinode-sangyo.co.jp>"],
    cc=["kawagoe-unkou@hinode-sangyo.co.jp"],
    subject="6/4 乗務前点呼 記録（川越）と検知1件の報告",
    body=f"""大河内さん

お疲れさまです。岩佐です。
本日6/4の川越営業所 乗務前点呼の記録を貼り付けます（点呼システムから出力したものです）。

社員番号\t氏名\t点呼時刻\tアルコール(mg/L)\t体調申告\t方法
{chr(10).join(_lines)}

7行目の者は 0.05 を検知したため乗務停止とし、30分後の再測定で 0.00 を確認しています。
前夜の飲酒について本人から聴取済み、始末書を提出させます。
詳細は明日の安全会議で報告します。

岩佐
""",
    entities=["PERSON_NAME"], detectors=[],
    note="twelve drivers' roll-call and alcohol readings, but every recipient is internal",
)

_p = person(y0=1976, y1=1980)
add(
    id="unkou-005", expect="stop",
    sender=SAOTOME, to=["高梨内科クリニック 高梨先生 <takanashi@takanashi-naika.jp>"],
    subject="乗務員の就業判定についてご相談",
    body=f"""高梨先生

いつも産業医として大変お世話になっております。
日の出産業 太田営業所の早乙女です。

先日の定期健康診断で、当営業所の大型乗務員 {_p['name']}（{age(_p)}歳）が
血圧 186/112 mmHg、空腹時血糖 214 mg/dL で「要治療」の判定となりました。
本人は3年ほど前から高血圧で服薬していたものの、ここ半年は通院が途切れていたようです。

乗務を継続させてよいか、あるいは一時的に構内作業へ配置換えすべきか、
先生のご意見（就業判定）をいただきたく存じます。
来週中に本人を連れて伺うことも可能です。

お忙しいところ恐縮ですが、ご検討のほどよろしくお願いいたします。
{SIG_SAOTOME}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named driver's blood pressure, blood sugar and treatment history in running text to an outside doctor",
)

add(
    id="unkou-006", expect="pass", charset="iso-2022-jp",
    sender=KIRYU, to=["東雲損害保険 川越損害サービス課 <sc-kawagoe@shinonome-sonpo.co.jp>"],
    subject="事故受付のお願い（物損・自損） 証券番号 FL-2208815",
    body=f"""東雲損害保険株式会社
川越損害サービス課 御中

いつもお世話になっております。日の出産業 安全推進課の桐生です。
下記の物損事故につきまして、事故受付をお願いいたします。

【証券番号】FL-2208815（フリート契約）
【発生日時】2025年6月2日（月）14時20分頃
【発生場所】北国フーズ株式会社 狭山DC 構内 第3バース付近
【車両】　　大宮 100 か 48-21（4t 冷凍ウイング、2019年式）
【状況】　　バック進入時に左後部をバースのシャッター支柱に接触。人身なし。
【損害】　　当方車両：左リアバンパー・テールランプ破損
　　　　　　相手物：シャッター支柱（北国フーズ様所有）の曲損
【警察届出】狭山警察署に届出済み（受理番号は追ってご連絡します）

北国フーズ様の施設管理ご担当から修理見積が届き次第、転送いたします。
当方車両は中島モータース（川越市）に入庫予定です。

何卒よろしくお願いいたします。
{SIG_KIRYU}""",
    entities=[], detectors=[],
    note="property-damage accident report to the insurer: policy, vehicle plate, place; no person's data",
)

add(
    id="unkou-007", expect="stop",
    sender=NIIBORI, to=["須藤 様 <sudo@aoba-unyuu.co.jp>"],
    subject="Re: 6/12 傭車2台の件",
    body=f"""須藤様

お世話になっております。日の出産業の新堀です。
早速のご手配ありがとうございます。車番の件、承知いたしました。

・1台目：所沢 130 あ 11-07
・2台目：所沢 130 あ 26-54

当日の積込順は1台目→2台目でお願いします。
積込完了後、出発時刻だけお電話いただけると助かります（狭山営業所 04-2955-3102）。

以上、よろしくお願いいたします。
{SIG_NIIBORI}""",
    entities=[], detectors=["lookalike_domain"],
    note="reply goes to aoba-unyuu.co.jp, an extra-letter look-alike of partner aoba-unyu.co.jp",
)

add(
    id="unkou-008", expect="stop",
    sender=NIIBORI,
    to=["丸八急送 配車センター <haisha@maruhachi-kyuso.co.jp>",
        "東和トランスポート 営業部 <eigyo@towa-trans.co.jp>",
        "松浦運送 松浦様 <matsuura@matsuura-unso.jp>"],
    subject="【お願い】お盆期間（8/8～8/17）傭車のご協力について",
    body=f"""協力会社各位

平素より大変お世話になっております。
日の出産業 物流事業部 狭山営業所の新堀でございます。

例年どおり、お盆期間は北国フーズ様・川崎電機様の出荷が集中するため、
下記期間の傭車のご協力をお願いしたく、ご連絡いたしました。

　期間：8月8日（金）～8月17日（日）
　車格：4t ウイング／10t ウイング（冷凍・常温いずれも）
　台数：1日あたり最大 6台程度
　運賃：昨年度単価に 5% 上乗せ（別途単価表をお送りします）

ご対応可能な日と台数を、7月11日（金）までにご返信いただけますでしょうか。
ご多忙の折恐縮ですが、何卒よろしくお願い申し上げます。
{SIG_NIIBORI}""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three subcontracted carriers (three external organisations) visible to each other in To; should be Bcc",
)

add(
    id="unkou-009", expect="pass",
    sender=IWASA,
    to=["小野寺 様 <onodera@kitaguni-foods.co.jp>"],
    cc=["須藤 様 <sudo@aoba-unyu.co.jp>"],
    subject="7月からの冷凍便 定期便化に関する打合せ日程",
    body=f"""北国フーズ株式会社 物流部 小野寺様
（cc：青葉運輸株式会社 須藤様）

お世話になっております。日の出産業の岩佐です。

先日ご相談いただいた冷凍便の定期便化（週3便→週5便）について、
青葉運輸様にもご同席いただき、三社で打合せをさせていただければと存じます。

候補日：
　① 6月17日（火）10:00～11:00
　② 6月18日（水）14:00～15:00
　③ 6月20日（金）10:00～11:00
場所：北国フーズ様 狭山DC 会議室（またはTeams）

議題：
　・便数と車格（4t冷凍×2台体制の可否）
　・積込時間の前倒し（5:30→5:00）
　・繁忙期の応援体制と料金

ご都合のよい日時をお知らせください。
{SIG_IWASA}""",
    entities=[], detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail: a shipper and a partner carrier, two external organisations",
)

_p = people(5, y0=1996, y1=2004)
add(
    id="unkou-010", expect="stop", charset="cp932",
    sender=USAMI, to=["若葉台自動車教習所 法人窓口 <houjin@wakabadai-ds.jp>"],
    subject="中型免許 取得支援制度 受講者の申込（5名）",
    body=f"""若葉台自動車教習所
法人窓口 ご担当者様

いつもお世話になっております。
日の出産業 人事部の宇佐美です。

4月入社の乗務員候補者のうち、中型免許取得支援制度の対象となった5名の
入校申込書類一式（申込者情報）をCSVにてお送りします。
入校日は7月7日（月）でお願いできればと存じます。

費用は従前どおり当社宛のご請求でお願いいたします。
不足書類等ございましたらご連絡ください。
{SIG_USAMI}""",
    attachments=[{
        "kind": "csv", "name": "入校申込_中型_202507.csv", "encoding": "cp932",
        "rows": [["氏名", "フリガナ", "生年月日", "郵便番号", "住所", "携帯電話", "現有免許"]] + [
            [p["name"], p["kana"], iso(p), p["zip"], p["addr"], p["tel"],
             rng.choice(["普通（AT限定なし）", "準中型", "普通（AT限定）"])] for p in _p],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CP932 CSV of five new hires (name, kana, birth date, address, mobile) to a driving school",
)

_p = person(y0=2000, y1=2003)
add(
    id="unkou-011", expect="pass",
    sender=USAMI, to=["若葉台自動車教習所 法人窓口 <houjin@wakabadai-ds.jp>"],
    subject="Re: 中型免許 受講者の追加（1名）",
    body=f"""若葉台自動車教習所 ご担当者様

お世話になっております。宇佐美です。
先日の5名に加えて、1名追加で入校をお願いしたく存じます。

　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{iso(_p)}
　連絡先：{_p['tel']}

他の5名と同じく7月7日入校が難しい場合は、翌週でも差し支えございません。
よろしくお願いいたします。
{SIG_USAMI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one trainee's name, birth date and phone to the driving school: one person, may warn",
)

_p = person(y0=1985, y1=1990)
add(
    id="unkou-012", expect="stop",
    sender=KAI, to=["ひなたリース 法人営業 <fleet@hinata-lease.co.jp>"],
    subject="リース車両（品川 800 は 33-18）運転者登録の追加",
    body=f"""ひなたリース株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業の甲斐です。

リース契約 No.HL-40771 の車両（品川 800 は 33-18）につきまして、
運転者限定特約の登録運転者を1名追加したく、ご連絡いたしました。

　追加運転者：{_p['name']}
　生年月日：{wareki(_p)}
　運転免許証番号：{lic_fmt(_p['lic'])}
　免許の色：ゴールド

免許証の写しが必要でしたら、別途お送りします。
手続き完了のご連絡をいただけますと幸いです。
{SIG_KAI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="one driver's licence number (identity document) with name and birth date to a leasing company",
)

add(
    id="unkou-013", expect="stop",
    sender=OKOCHI, to=["あおい安全コンサルティング 村瀬様 <murase@aoi-anzen.co.jp>"],
    subject="安全管理規程 改定案のご確認のお願い",
    body=f"""あおい安全コンサルティング
村瀬 様

いつもお世話になっております。日の出産業の大河内です。

Gマーク更新に向けて改定中の安全管理規程（案）をPDFでお送りします。
第4章（運行管理の実施体制）と第7章（事故時の対応）を中心に、
ご意見をいただけますと幸いです。

6月末までにコメントをいただけると助かります。
{SIG_OKOCHI}""",
    attachments=[{
        "kind": "pdf", "name": "安全管理規程_改定案_v3.pdf", "title": "安全管理規程（改定案）",
        "page_header": "社外秘", "page_footer": "日の出産業株式会社 物流事業部",
        "lines": ["安全管理規程（改定案 第3版）", "",
                  "第1章 総則",
                  "第1条（目的）本規程は、貨物自動車運送事業法に基づき、輸送の安全を確保するため…",
                  "第4章 運行管理の実施体制",
                  "第18条 運行管理者は、各営業所に乗務員数に応じた人数を選任する。",
                  "第19条 点呼は対面を原則とし、IT点呼は認定営業所間に限る。",
                  "第7章 事故時の対応",
                  "第41条 重大事故が発生した場合、運行管理者は直ちに安全統括管理者へ報告する。"],
    }],
    entities=[], detectors=["confidential_marking"],
    note="the PDF's page header carries a 社外秘 stamp; the mail text does not",
)

add(
    id="unkou-014", expect="pass",
    sender=OKOCHI, to=["あおい安全コンサルティング 村瀬様 <murase@aoi-anzen.co.jp>"],
    subject="Re: 参考資料のご依頼について",
    body=f"""村瀬様

お世話になっております。大河内です。

ご依頼いただいた事故防止の取組資料ですが、社内で「社外秘」扱いとしている
事故分析の詳細版はお渡しできないことになりましたので、
Gマーク申請時に提出した公開用の概要版（当社ホームページ掲載のもの）でご容赦ください。

　https://www.hinode-sangyo.co.jp/logistics/safety/

概要版でも、過去3年の事故件数の推移と主な対策は確認いただけるかと思います。
ご不明点があればお知らせください。
{SIG_OKOCHI}""",
    entities=[], detectors=[],
    note="mentions that 社外秘 material will NOT be sent; no marking on this mail",
)

add(
    id="unkou-015", expect="stop",
    sender=KIRYU, to=["片桐 様 <katagiri@shinonome-sonpo.co.jp>"],
    subject="事故報告書一式の送付（6/2 狭山市内 人身事故）",
    body=f"""東雲損害保険株式会社
片桐 様

お世話になっております。日の出産業の桐生です。

6月2日に狭山市内で発生した人身事故について、事故報告書・乗務記録・
ドライブレコーダーの静止画をまとめてZIPでお送りします。
パスワードは別メールにてお送りいたします。

ご査収のほど、よろしくお願いいたします。
{SIG_KIRYU}""",
    attachments=[{
        "kind": "zip", "name": "事故報告書一式_20250602.zip", "password": "Kg7#tw4Q",
        "files": [
            {"kind": "docx", "name": "事故報告書.docx",
             "paragraphs": ["事故報告書", "発生日時：2025年6月2日 8時05分", "被害者：歩行者1名 負傷"]},
            {"kind": "txt", "name": "乗務記録.txt", "text": "6/2 出庫 5:40 …"},
        ],
    }],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the insurer: contents cannot be inspected",
)

add(
    id="unkou-016", expect="pass",
    sender=KIRYU, to=["片桐 様 <katagiri@shinonome-sonpo.co.jp>"],
    subject="パスワードのご連絡",
    body="""片桐様

先ほどお送りした「事故報告書一式_20250602.zip」のパスワードをお知らせします。

　Kg7#tw4Q

よろしくお願いいたします。
桐生（日の出産業 安全推進課）
""",
    entities=[], detectors=[],
    note="the separate password mail: no attachment, no personal data",
)

add(
    id="unkou-017", expect="stop",
    sender=KUMAGAI, to=["柳田 様 <yanagida.h@aoba-unyu.co.jp>"],
    subject="協力会社 乗務員台帳の様式について",
    body=f"""青葉運輸株式会社 安全管理課
柳田 様

お世話になっております。日の出ロジサービス 総務課の熊谷です。

先日お話しした協力会社向けの乗務員台帳ですが、当社で使っている様式に
記入例を入れたものを添付いたします。御社の様式と項目を揃えていただけると、
構内入構時の確認がスムーズになるかと存じます。

ご確認をお願いいたします。
{SIG_KUMAGAI}""",
    attachments=[{"kind": "corrupt", "name": "乗務員台帳_記入例.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be read",
)

_p = people(7, y0=1965, y1=1997)
_fw = "\n".join(
    f"  {p['emp']}  {pad(p['name'], 12)} {rng.choice(['5:02', '5:10', '5:14', '5:21', '5:33', '5:48', '6:05'])}  "
    f"{rng.choice(['E-201', 'E-204'])}  {v}"
    for p, v in zip(_p, ["0.00", "0.12(再0.00)", "0.00", "エラー", "0.09(再0.00)", "0.00", "0.15(再0.00)"]))
add(
    id="unkou-018", expect="stop",
    sender=IWASA, to=["アルコセーフ サポート <support@alcosafe.co.jp>"],
    subject="FW: 【要確認】アルコール検知器 E-204 の誤検知について",
    body=f"""アルコセーフ株式会社
サポートセンター ご担当者様

いつもお世話になっております。日の出産業 川越営業所の岩佐です。
E-204 の端末で、再測定すると 0.00 になる「検知」が続いています。
社内で共有した記録を転送しますので、端末の点検をお願いできますでしょうか。

-------- 転送メッセージ --------
差出人: 点呼担当 小松 <komatsu.n@hinode-sangyo.co.jp>
日時: 2025年6月5日 7:12
宛先: 岩佐 拓也 <iwasa.takuya@hinode-sangyo.co.jp>
件名: 【要確認】アルコール検知器 E-204 の誤検知について

岩佐さん

今朝の乗務前点呼の結果です。E-204 で検知→再測定で0.00のケースが3件ありました。
本人たちは前夜飲酒していないと申告しています。

  社員番号 氏名         時刻   端末   測定値(mg/L)
{_fw}

念のため E-201 で測り直したものは全員 0.00 でした。
小松
""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="forward to the checker vendor of seven drivers' alcohol readings with names and employee numbers",
)

_p = people(6, y0=1999, y1=2004)
_q = "\n".join(f"> {p['name']}様　{p['tel']}　技能検定 {r}" for p, r in
               zip(_p, ["合格", "合格", "不合格（再検定 6/24）", "合格", "合格", "合格"]))
add(
    id="unkou-019", expect="pass",
    sender=USAMI, to=["北野ドライビングスクール 法人課 <hojin@kitano-ds.co.jp>"],
    subject="Re: 【ご報告】卒業検定の結果について",
    body=f"""北野ドライビングスクール
法人課 ご担当者様

ご連絡ありがとうございます。宇佐美です。
結果の件、承知いたしました。再検定となった1名には、当社からも声をかけておきます。
6/24 の再検定の時間が決まりましたら、また教えてください。
{SIG_USAMI}
2025年6月10日(火) 16:40 北野ドライビングスクール 法人課 <hojin@kitano-ds.co.jp>:
> 日の出産業株式会社
> 宇佐美様
>
> いつもお世話になっております。北野ドライビングスクール法人課です。
> 御社からお預かりしております受講生の卒業検定の結果をご報告いたします。
>
{_q}
>
> 不合格の方は6/24に再検定を予定しております。
""",
    entities=[], detectors=[],
    note="short reply; the list of trainees with phones is only in quoted text from the school",
)

_p = people(6, y0=1955, y1=2003)
_kind = ["適齢診断" if age(p) >= 65 else ("初任診断" if age(p) < 30 else ("特定診断Ⅰ" if i == 3 else "一般診断"))
         for i, p in enumerate(_p)]
_trs = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['kana']}</td><td>{wareki(p)}</td>"
    f"<td>{age(p)}</td><td>{k}</td><td>{rng.choice(['6/16 AM', '6/16 PM', '6/23 AM'])}</td></tr>"
    for i, (p, k) in enumerate(zip(_p, _kind)))
add(
    id="unkou-020", expect="stop",
    sender=OKOCHI, to=["自動車安全診断センター 埼玉支所 <saitama@anzen-shindan.or.jp>"],
    subject="適性診断 受診申込（6月分・6名）",
    html=f"""<html><body>
<p>自動車安全診断センター 埼玉支所<br>受付ご担当者様</p>
<p>いつもお世話になっております。日の出産業株式会社 安全推進課の大河内です。<br>
6月分の適性診断の受診を下記のとおり申し込みます。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>年齢</th><th>診断種別</th><th>希望日時</th></tr>
{_trs}
</table>
<p>受診料は月末締めでご請求ください。<br>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 物流事業部 安全推進課 大河内 由紀<br>TEL：03-5911-2270</p>
</body></html>""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="HTML-only mail with a table of six drivers (name, kana, 和暦 birth date, age) to the aptitude-test centre",
)

# =========================================================================================
# 021-040
# =========================================================================================

add(
    id="unkou-021", expect="pass",
    sender=NIIBORI, to=["川崎電機 物流管理課 <butsuryu@kawasaki-denki.co.jp>"],
    subject="当社営業所一覧（緊急時連絡先）の更新版",
    body=f"""川崎電機株式会社
物流管理課 御中

いつもお世話になっております。日の出産業の新堀です。
4月の組織変更に伴い、営業所の連絡先一覧を更新しましたのでお送りします。
夜間・休日の緊急連絡は各営業所の運行管理者直通（24時間）へお願いいたします。

営業所        住所                                  代表電話        運行管理者直通（24h）
------------  ------------------------------------  --------------  ---------------------
川越営業所    埼玉県川越市新宿町5-12-3              049-241-5580    049-241-5590
狭山営業所    埼玉県狭山市新狭山3-8-20              04-2955-3100    04-2955-3190
太田営業所    群馬県太田市東新町811-4               0276-40-7720    0276-40-7790
練馬デポ      東京都練馬区高松6-31-2                03-5910-4416    049-241-5590（川越転送）

※ 練馬デポは夜間無人のため、川越営業所に転送されます。
{SIG_NIIBORI}""",
    entities=[], detectors=[],
    note="a list of the company's own branches with office addresses and switchboards: businesses, not people",
)

_p = person(y0=1979, y1=1983)
_mn = _mynum()
add(
    id="unkou-022", expect="stop", charset="iso-2022-jp",
    sender=KUMAGAI, to=["三国社会保険労務士事務所 三国先生 <mikuni@mikuni-sr.jp>"],
    subject="労災申請（様式第5号・第8号）の作成依頼",
    body=f"""三国社会保険労務士事務所
三国 先生

いつもお世話になっております。日の出ロジサービス 総務課の熊谷です。

先週、荷降ろし中の事故で負傷した乗務員の労災申請をお願いしたく、必要事項をお送りします。

　被災者　　：{_p['name']}（{_p['kana']}）
　生年月日　：{wareki(_p)}
　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　職種　　　：大型トラック乗務員（入社2016年）
　発生日時　：2025年6月3日 10時40分頃
　発生場所　：川崎電機株式会社 熊谷工場 荷受場
　傷病名　　：右足関節 脱臼骨折（手術予定）、左手関節捻挫
　医療機関　：熊谷中央病院 整形外科（入院中）

休業は2か月程度の見込みと医師から説明を受けています。
休業補償給付（第8号）は、賃金台帳を揃えてから改めてお送りします。
{SIG_KUMAGAI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an injured driver's My Number, birth date and injury diagnosis to an outside 社労士",
)

_cn = _card()
add(
    id="unkou-023", expect="stop",
    sender=KAI, to=["ひなたリース 業務部 <gyomu@hinata-lease.co.jp>"],
    subject="燃料・ETC立替分の精算カード変更について",
    body=f"""ひなたリース株式会社 業務部 ご担当者様

お世話になっております。日の出産業 車両管理グループの甲斐です。

リース車両の燃料代・ETC利用分の請求先カードを、7月分から下記の法人カードに変更してください。

　カード会社：ミライカード（Visa）
　カード番号：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}
　有効期限　：09/28
　名義　　　：HINODE SANGYO CO LTD

旧カード（末尾 4471）は6月末で解約予定です。
お手数ですが、ご対応のほどよろしくお願いいたします。
{SIG_KAI}""",
    entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a full credit card number with expiry in the body to a leasing company",
)

add(
    id="unkou-024", expect="pass",
    sender=KAI, to=["ひなたリース 業務部 <gyomu@hinata-lease.co.jp>"],
    subject="Re: 5月分 ETC利用明細の照合結果",
    body=f"""ひなたリース 業務部 ご担当者様

お世話になっております。甲斐です。
5月分のETC利用明細、当社の運行記録と照合しました。

車両番号          ETCカード（下4桁）  利用件数  金額(円)   照合
----------------  ------------------  --------  ---------  -----------
大宮 100 か 48-21  ****-1182            41       186,420   一致
大宮 100 か 51-09  ****-1190            37       152,880   一致
所沢 100 え 20-33  ****-2216            29        98,310   差異あり ※
品川 800 は 33-18  ****-0407            12        21,640   一致

※ 5/22 の圏央道 狭山日高→白岡菖蒲 2,310円が運行記録にありません。
　カード盗用の可能性は低いと思いますが、利用時刻の詳細をいただけますか。
{SIG_KAI}""",
    entities=[], detectors=[],
    note="ETC statement reconciliation with masked card numbers and vehicle plates only",
)

add(
    id="unkou-025", expect="stop",
    sender=USAMI,
    to=["hiroki.t1993@gmail.com", "kusano.driver@gmail.com", "m.ebisawa0415@gmail.com"],
    subject="【日の出産業】乗務員採用 二次面接のご案内",
    body=f"""応募者の皆様

この度は日の出産業株式会社 乗務員募集にご応募いただき、誠にありがとうございます。
人事部採用グループの宇佐美です。

一次選考の結果、二次面接にお進みいただくこととなりましたので、ご案内いたします。

　日時：6月21日（土）10:00～（受付 9:45）
　場所：日の出産業 狭山営業所 2F 会議室（埼玉県狭山市新狭山3-8-20）
　持ち物：運転免許証、筆記用具
　内容：面接（30分）、適性検査、構内での運転実技（普通車）

ご都合が悪い場合は、6月18日までにご連絡ください。
当日お会いできることを楽しみにしております。
{SIG_USAMI}""",
    entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private applicants on free mail see each other's addresses in To; should be Bcc",
)

add(
    id="unkou-026", expect="pass",
    sender=USAMI, to=["ebisawa.masato@yahoo.co.jp"],
    subject="Re: 二次面接の日程変更について",
    body=f"""海老沢 様

ご連絡ありがとうございます。日の出産業 人事部の宇佐美です。

6月21日のご都合が悪いとのこと、承知いたしました。
代わりに下記の日程はいかがでしょうか。

　・6月24日（火）14:00～
　・6月26日（木）10:00～

場所・持ち物は前回のご案内と同じです。
ご返信をお待ちしております。
{SIG_USAMI}""",
    entities=[], detectors=["freemail_recipient"],
    note="one applicant on free mail, rescheduling an interview; no personal data beyond the recipient himself",
)

_v = person(female=True, y0=1951, y1=1954)
add(
    id="unkou-027", expect="stop",
    sender=KIRYU, to=["片桐 様 <katagiri@shinonome-sonpo.co.jp>"],
    subject="6/2 人身事故 被害者様の状況（続報）",
    body=f"""東雲損害保険 片桐様

お世話になっております。桐生です。
6/2 の狭山市内の人身事故について、被害者様の状況が分かりましたのでご報告します。

被害者の{_v['name']}様（{age(_v)}歳）は、搬送先の狭山総合病院で
右大腿骨頸部骨折と診断され、6/4 に人工骨頭置換術を受けられました。
入院は1か月程度、その後リハビリ病院へ転院の見込みとのことです。
もともと骨粗しょう症の治療中だったそうで、ご家族は後遺障害を心配されています。

ご連絡先（ご長男様経由を希望されています）：
　ご自宅：{_v['addr']}
　ご長男 携帯：{person()['tel']}

当社からは所長と私で6/6にお見舞いに伺い、お詫びを申し上げました。
今後の対人賠償のご対応について、進め方をご相談させてください。
{SIG_KIRYU}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="accident victim's name, age, diagnosis, surgery and medical history with home address to the insurer",
)

add(
    id="unkou-028", expect="pass", charset="iso-2022-jp",
    sender=KIRYU, to=["片桐 様 <katagiri@shinonome-sonpo.co.jp>"],
    subject="Re: 車両損害 修理見積の件（事故番号 2506-SK-01183）",
    body=f"""片桐様

お世話になっております。桐生です。
事故番号 2506-SK-01183（6/2 北国フーズ様構内の物損）について、
修理見積が揃いましたのでお知らせします。

1. 当方車両（大宮 100 か 48-21）
   中島モータース株式会社 見積 No.NM-25-0391　　　 342,650円（税込）
2. 相手物（シャッター支柱）
   北国フーズ様 指定業者 見積 No.Q-88120　　　　　 418,000円（税込）

当方車両は6/16入庫、6/27完成予定です。代車は不要です。
免責5万円の扱いについては、従来どおり当社負担で結構です。

よろしくお願いいたします。
{SIG_KIRYU}""",
    entities=[], detectors=[],
    note="claim follow-up with accident and estimate numbers and amounts; nothing personal",
)

_p = people(5, y0=1964, y1=1990)
_rows = [["No", "氏名", "生年月日", "資格者証番号", "所属営業所", "選任年月日", "区分"]]
for i, p in enumerate(_p):
    _rows.append([str(i + 1), p["name"], wareki(p), f"第{rng.randint(10, 99)}{rng.randint(10000, 99999)}号",
                  ["川越", "川越", "狭山", "狭山", "太田"][i] + "営業所",
                  f"令和7年{rng.choice([4, 5])}月{rng.randint(1, 28)}日", ["運行管理者", "補助者", "運行管理者", "補助者", "運行管理者"][i]])
add(
    id="unkou-029", expect="stop",
    sender=OKOCHI, to=["埼玉運輸支局 輸送・監査部門 <yuso-kansa@saitama-tb.mlit.go.jp>"],
    subject="運行管理者選任届出書の提出について（日の出産業株式会社）",
    body=f"""埼玉運輸支局 輸送・監査部門 御中

お世話になっております。
日の出産業株式会社 物流事業部 安全推進課の大河内と申します。

4月の人事異動に伴う運行管理者（及び補助者）の選任届出書を提出いたします。
選任者の一覧を別紙（Word）として添付しておりますので、ご査収ください。
原本は本日付で郵送いたしました。

　事業者番号：関自貨第 1288 号
　届出営業所：川越営業所、狭山営業所、太田営業所

不備等ございましたらご指摘いただけますと幸いです。
{SIG_OKOCHI}""",
    attachments=[{
        "kind": "docx", "name": "別紙_運行管理者選任一覧.docx", "title": "運行管理者選任一覧",
        "paragraphs": ["別紙　運行管理者等 選任一覧", "日の出産業株式会社", ""],
        "tables": [_rows],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="DOCX table of five managers with 和暦 birth dates and certificate numbers to the transport bureau",
)

add(
    id="unkou-030", expect="pass",
    sender=OKOCHI, to=["埼玉運輸支局 輸送・監査部門 <yuso-kansa@saitama-tb.mlit.go.jp>"],
    subject="事業計画変更（営業所の新設）の手続きに関するお問い合わせ",
    body=f"""埼玉運輸支局 輸送・監査部門 ご担当者様

お世話になっております。日の出産業株式会社 安全推進課の大河内です。

来年度、坂戸市内に営業所（車両10台規模）の新設を計画しております。
つきましては、以下の点についてご教示いただけますでしょうか。

1. 事業計画変更認可申請の標準処理期間（概ね3～4か月と理解しておりますが、現状の目安）
2. 車庫が営業所から直線で2km程度離れる場合の要件
3. 法令試験の実施日程（今年度下期）

お手数をおかけしますが、よろしくお願いいたします。
{SIG_OKOCHI}""",
    entities=[], detectors=[],
    note="procedural question to the transport bureau; no personal data",
)

_p = people(3, y0=1970, y1=1995)
add(
    id="unkou-031", expect="stop",
    sender=SAOTOME, to=["佐藤 健 <sato.ken@hinode-sangyo.jp>"],
    subject="今週末の休日出勤シフト（太田）",
    body=f"""佐藤さん

お疲れさまです。早乙女です。
今週末の太田営業所の休日出勤シフトです。本社側の配車表にも反映をお願いします。

6/14（土）　{_p[0]['name']}（{_p[0]['tel']}）　川崎電機 熊谷工場便
6/14（土）　{_p[1]['name']}（{_p[1]['tel']}）　同上 2便目
6/15（日）　{_p[2]['name']}（{_p[2]['tel']}）　北国フーズ 狭山DC 応援

緊急時は私の携帯へ。
早乙女
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but addressed to hinode-sangyo.jp (dropped co.), a look-alike of the own domain",
)

_p = people(20, y0=1960, y1=2001)
add(
    id="unkou-032", expect="pass",
    sender=KUMAGAI, to=["本社総務部 <soumu@hinode-sangyo.co.jp>"],
    cc=["岩佐 拓也 <iwasa.takuya@hinode-sangyo.co.jp>", "unkou-kanri@logi.hinode-sangyo.co.jp"],
    subject="乗務員台帳（2025年6月1日現在）の送付",
    body=f"""総務部 各位

日の出ロジサービス総務課の熊谷です。
監査対応用に、乗務員台帳の6月1日時点のデータをCSVで共有します。
社内共有フォルダにも同じものを置いています（\\\\fs01\\logi\\台帳\\）。

取扱いにはご注意ください。
{SIG_KUMAGAI}""",
    attachments=[{
        "kind": "csv", "name": "jomuin_daicho_20250601.csv", "encoding": "utf-8",
        "rows": [["社員番号", "氏名", "フリガナ", "生年月日", "住所", "携帯", "免許証番号", "免許有効期限", "営業所"]] + [
            [p["emp"], p["name"], p["kana"], iso(p, "-"), p["addr"], p["tel"], p["lic"],
             f"{rng.randint(2025, 2029)}-{p['m']:02d}-{p['d']:02d}", rng.choice(["川越", "狭山", "太田"])]
            for p in _p],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=[],
    note="full driver ledger of twenty people, but To and Cc are all internal (incl. a subdomain)",
)

_p = people(9, y0=1962, y1=1999)
_rows = [[p["emp"], iso(p), rng.choice(["大型", "中型", "大型", "準中型"]), p["lic"],
          f"{rng.randint(2025, 2029)}/{p['m']:02d}/{p['d']:02d}", rng.choice(["ゴールド", "ブルー", "ブルー"])]
         for p in _p]
add(
    id="unkou-033", expect="stop",
    sender=KIRYU, to=["ひかり保険サービス 森岡様 <morioka@hikari-hoken.co.jp>"],
    subject="フリート契約 更改用 運転者データ（太田営業所分）",
    body=f"""ひかり保険サービス株式会社
森岡 様

いつもお世話になっております。日の出産業の桐生です。
フリート契約の更改手続きに必要な運転者データのうち、太田営業所分をお送りします。
氏名は社内規程により社員番号に置き換えております。

川越・狭山分は来週お送りします。
{SIG_KIRYU}""",
    attachments=[{
        "kind": "xlsx", "name": "運転者データ_太田.xlsx",
        "sheets": {
            "表紙": [["フリート契約更改 運転者データ"], ["日の出産業株式会社 太田営業所"], ["作成日", "2025/06/09"]],
            "運転者": [["運転者一覧（太田営業所）"], ["社員番号", "生年月日", "免許種類", "免許証番号", "有効期限", "免許の色"]] + _rows,
        },
    }],
    entities=["DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="XLSX of nine drivers without a name column: employee number, birth date, licence number",
)

_p = people(2, y0=1975, y1=1992)
add(
    id="unkou-034", expect="pass",
    sender=IWASA, to=["小野寺 様 <onodera@kitaguni-foods.co.jp>"],
    subject="6/12 冷凍便 当日の乗務員について",
    body=f"""小野寺様

お世話になっております。日の出産業の岩佐です。
6/12 の冷凍便、当日の担当乗務員は以下の2名です。
構内で何かあれば直接ご連絡いただいて構いません。

　1便：{_p[0]['name']}　{_p[0]['tel']}
　2便：{_p[1]['name']}　{_p[1]['tel']}

よろしくお願いいたします。
{SIG_IWASA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two drivers' names and mobiles to the shipper for the delivery day: under five people, may warn",
)

_p = people(5, y0=1970, y1=1998)
_bul = "\n".join(f"・{p['name']}（{p['kana']}）　携帯 {p['tel']}" for p in _p)
add(
    id="unkou-035", expect="stop", charset="iso-2022-jp",
    sender=SAOTOME, to=["川崎電機 熊谷工場 守衛室 <shuei-kumagaya@kawasaki-denki.co.jp>"],
    subject="構内入構者の事前登録（7月分）",
    body=f"""川崎電機株式会社 熊谷工場
守衛室 ご担当者様

いつもお世話になっております。日の出産業 太田営業所の早乙女です。
7月に御社熊谷工場へ入構する当社乗務員の事前登録をお願いいたします。

{_bul}

車両は前月と同じ（群馬 100 か 12-03、群馬 100 か 12-77）です。
よろしくお願いいたします。
{SIG_SAOTOME}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="bulleted list of five drivers with kana and mobile numbers to a shipper's gatehouse",
)

_p = people(6, y0=1961, y1=1996)
_notes = ["良好", "降圧剤服用（医師指示どおり）", "良好", "睡眠時無呼吸症候群 CPAP使用済", "良好", "痛風 通院中・痛み止め服用"]
add(
    id="unkou-036", expect="stop",
    sender=OKOCHI, to=["あおい安全コンサルティング 村瀬様 <murase@aoi-anzen.co.jp>"],
    subject="点呼記録のサンプル（IT点呼導入検討用）",
    body=f"""村瀬様

お世話になっております。大河内です。
IT点呼の導入検討にあたり、現行の点呼システムの出力サンプルがほしいとのことでしたので、
狭山営業所の1日分をZIPにまとめてお送りします。

記録項目の過不足についてご意見をいただけると助かります。
{SIG_OKOCHI}""",
    attachments=[{
        "kind": "zip", "name": "tenko_sample_0605.zip",
        "files": [{
            "kind": "csv", "name": "tenko_20250605_sayama.csv", "encoding": "utf-8",
            "rows": [["日付", "社員番号", "氏名", "点呼区分", "時刻", "アルコール", "体温", "睡眠時間", "疾病・服薬", "点呼者"]] + [
                ["2025-06-05", p["emp"], p["name"], "乗務前", f"0{rng.randint(4, 6)}:{rng.randint(10, 59)}", "0.00",
                 f"36.{rng.randint(1, 8)}", f"{rng.randint(5, 8)}h", n, "新堀"] for p, n in zip(_p, _notes)],
        }],
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="ZIP with a roll-call CSV of six named drivers including illnesses and medication",
)

add(
    id="unkou-037", expect="stop",
    sender=KIRYU,
    to=["片桐 様 <katagiri@shinonome-sonpo.co.jp>", "白川法律事務所 辻先生 <tsuji@shirakawa-law.jp>"],
    cc=["中島モータース 工場長 <kojo@nakajima-motors.co.jp>"],
    subject="6/2 事故 車両検証の立会い日程について",
    body=f"""関係各位

お世話になっております。日の出産業の桐生です。

6/2 の人身事故について、相手方代理人から車両の検証を求められております。
ついては、入庫中の当該車両（大宮 100 か 51-09）の検証に、保険会社様・弁護士の先生・
整備工場様に立ち会っていただきたく、日程調整をお願いいたします。

　候補：6月19日（木）13:00～ ／ 6月20日（金）10:00～
　場所：中島モータース株式会社 本社工場（川越市）

ご都合をお知らせください。
{SIG_KIRYU}""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="insurer, law firm and repair shop (three external organisations) together in To/Cc",
)

add(
    id="unkou-038", expect="pass",
    sender=ANDO, to=["Lars Nyberg <lars.nyberg@nordtrack.se>"],
    subject="Re: API access for trip data export",
    body=f"""Hi Lars,

Thanks for the quick answer. To confirm our understanding:

- We will pull trip summaries (vehicle ID, start/end time, distance, idle minutes)
  from the v2 REST endpoint once per night.
- Driver identifiers will NOT be included in the export for now; we map vehicle IDs to
  our own dispatch records internally.
- Rate limit of 600 requests/hour is fine for our 84 vehicles.

Could you send the sandbox credentials to me and my colleague Matsunaga
(matsunaga.koji@hinode-sangyo.co.jp)? We would like to start testing next week.
{SIG_ANDO}{DISCLAIMER_EN}
On Tue, 10 Jun 2025 at 09:14, Lars Nyberg <lars.nyberg@nordtrack.se> wrote:
> Hi Emily,
> The export endpoint supports JSON and CSV. Driver IDs are optional fields.
> Best, Lars
""",
    entities=[], detectors=[],
    note="English mail to a foreign telematics vendor with the standard confidentiality disclaimer; no data",
)

_p = people(6, y0=1970, y1=1999)
add(
    id="unkou-039", expect="stop",
    sender=ANDO, to=["Fleetwise Onboarding <onboarding@fleetwise.com>"],
    subject="Driver accounts for the dashcam coaching pilot (Sayama depot)",
    body=f"""Hello Fleetwise team,

Please find attached the driver list for the coaching app pilot at our Sayama depot.
Each driver needs an app account; invitations should go to the e-mail addresses listed
(their mobile numbers are for SMS verification).

Pilot start: July 1. Vehicles: 6 units (cameras already installed).
{SIG_ANDO}""",
    attachments=[{
        "kind": "csv", "name": "sayama_pilot_drivers.csv", "encoding": "utf-8",
        "rows": [["employee_id", "first_name", "last_name", "email", "mobile", "vehicle"]] + [
            [p["emp"], p["mei_r"], p["sei_r"], f"{p['sei_r'].lower()}.{p['mei_r'][0].lower()}{rng.randint(1, 99)}@gmail.com",
             "+81-" + p["tel"][1:], f"SYM-{rng.randint(10, 99)}"] for p in _p],
    }],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="English mail with a CSV of six drivers' names, private e-mails and mobiles to a foreign vendor",
)

_p = person(y0=1996, y1=1999)
_rc = f"{rng.choice(['UH', 'AB', 'PK', 'EN'])}{rng.randint(10000000, 99999999)}{rng.choice(['FA', 'CE', 'JB'])}"
_vn = {"sei": "NGUYEN", "mei": "VAN THANH"}
add(
    id="unkou-040", expect="stop",
    sender=USAMI, to=["グローバルブリッジ協同組合 支援担当 <shien@globalbridge.or.jp>"],
    subject="特定技能（自動車運送業）候補者の在留資格変更について",
    body=f"""グローバルブリッジ協同組合
支援ご担当 様

お世話になっております。日の出産業 人事部の宇佐美です。
内定を出した特定技能（トラック運送）候補者について、在留資格変更許可申請の準備をお願いいたします。

　氏名　　　　：NGUYEN VAN THANH（グエン・ヴァン・タン）
　国籍　　　　：ベトナム
　生年月日　　：1997年{_p['m']}月{_p['d']}日
　在留カード番号：{_rc}
　現在の在留資格：技能実習2号（2025年10月満了）
　日本の運転免許：外免切替済（中型）

雇用契約書と支援計画書の案は、来週中にお送りします。
{SIG_USAMI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="a foreign driver candidate's residence card number, nationality and birth date to a support organisation",
)

# =========================================================================================
# 041-060
# =========================================================================================

_rc2 = f"{rng.choice(['UH', 'AB', 'PK'])}{rng.randint(10000000, 99999999)}{rng.choice(['FA', 'CE'])}"
add(
    id="unkou-041", expect="pass",
    sender=USAMI, to=["熊谷 健吾 <kumagai.kengo@logi.hinode-sangyo.co.jp>"],
    cc=["労務グループ <roumu@hinode-sangyo.co.jp>"],
    subject="特定技能ドライバー 入社手続きの情報共有",
    body=f"""熊谷さん

お疲れさまです。人事の宇佐美です。
10月入社予定の特定技能ドライバーの情報を共有します。社会保険の取得手続きの準備をお願いします。

　氏名：TRAN MINH KHOA（チャン・ミン・コア）
　生年月日：1998年3月14日
　在留カード番号：{_rc2}（在留期限 2025/11/30、変更申請中）
　住所予定：会社借上げ寮（狭山市新狭山2丁目 日の出寮205）
　運転免許：外免切替済（中型）、免許証の写しは人事フォルダにあります

入社時研修（初任診断・初任者指導）の日程は安全推進課と調整中です。
宇佐美
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=[],
    note="a residence card number of a new hire, but sent only inside the company (incl. subdomain)",
)

_p = person(y0=1983, y1=1987)
add(
    id="unkou-042", expect="stop", charset="iso-2022-jp",
    sender=KUMAGAI, to=["熊谷中央病院 医事課 <iji@kumagaya-chuo-hp.or.jp>"],
    subject="入院患者（当社従業員）の労災扱いへの切替について",
    body=f"""熊谷中央病院 医事課 ご担当者様

お世話になっております。日の出ロジサービス株式会社 総務課の熊谷と申します。
6月3日から貴院整形外科に入院しております当社従業員の件でご連絡いたしました。

受診時に本人が健康保険証を提示しておりましたが、業務中の負傷のため労災扱いに切り替えていただきたく存じます。
照合のため、提示した保険証の情報をお知らせします。

　患者氏名：{_p['name']}（{iso(_p, '.')}生）
　保険者番号：06{rng.randint(100000, 999999)}
　記号：{rng.randint(1000, 9999)}　番号：{rng.randint(10, 999)}
　傷病名：右足関節脱臼骨折

様式第5号は本日、事業主証明をして本人のご家族にお渡ししています。
精算方法についてご教示いただけますと幸いです。
{SIG_KUMAGAI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one employee's health-insurance card symbol and number plus his injury to a hospital",
)

add(
    id="unkou-043", expect="pass",
    sender=MATSUNAGA, to=["ツバサシステム 営業部 石原様 <ishihara@tsubasa-system.jp>"],
    subject="秘密保持契約書（案）へのコメント",
    body=f"""ツバサシステム株式会社
石原 様

お世話になっております。日の出産業 情報システム部の松永です。

点呼記録システムの連携開発に先立つ秘密保持契約書（案）について、
当社法務からのコメントを反映した版を添付いたします。

主な修正点：
　・第2条「機密情報」の定義に、口頭で開示した情報は30日以内に書面で特定する旨を追加
　・第6条 有効期間を「契約終了後3年」→「契約終了後5年」に変更
　・第9条 管轄裁判所を東京地方裁判所に変更

ご確認のうえ、問題なければ押印版を郵送いたします。
{SIG_MATSUNAGA}""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_日の出コメント.docx", "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
            "点呼記録システム連携開発（以下「本件」という。）に関し、次のとおり契約を締結する。",
            "第1条（目的）本契約は、本件の検討及び実施のために相互に開示される情報の取扱いを定める。",
            "第2条（機密情報）本契約において機密情報とは、開示者が書面により機密である旨を明示して開示した情報をいう。"
            "口頭で開示した情報は、開示後30日以内に書面で特定したものに限る。",
            "第3条（秘密保持義務）受領者は、機密情報を善良な管理者の注意をもって管理し、第三者に開示しない。",
            "第6条（有効期間）本契約の有効期間は締結日から2年間とし、秘密保持義務は契約終了後5年間存続する。",
            "第9条（管轄）本契約に関する紛争は、東京地方裁判所を第一審の専属的合意管轄裁判所とする。",
        ],
    }],
    entities=[], detectors=[],
    note="mail about an NDA whose clauses define 機密情報: talk about confidentiality, not a marking",
)

add(
    id="unkou-044", expect="stop",
    sender=OKOCHI, to=["あおい安全コンサルティング 村瀬様 <murase@aoi-anzen.co.jp>"],
    subject="【取扱注意】巡回指導の指摘事項と是正計画（案）",
    body=f"""【取扱注意】

村瀬様

お世話になっております。大河内です。
先月の適正化事業実施機関による巡回指導で、狭山営業所について下記の指摘を受けました。
是正計画の案を作りましたので、ご意見をいただけますでしょうか。

指摘事項：
　1. 乗務後点呼の記録漏れ（5月 計11件）
　2. 拘束時間が月284時間を超過した乗務員が2名
　3. 初任運転者に対する特別な指導の記録が一部不備

是正計画（案）：
　1. 点呼システムに未実施アラートを設定（7月～）
　2. 配車段階での拘束時間シミュレーション導入、月次で所長確認
　3. 指導記録の様式を統一し、安全推進課で月次点検

評価が下がるとGマーク更新に影響しかねないため、早めに手当てしたいと考えております。
{SIG_OKOCHI}""",
    entities=[], detectors=["confidential_marking"],
    note="the mail is stamped 【取扱注意】 in subject and body and goes to an outside consultant",
)

add(
    id="unkou-045", expect="pass",
    sender=KAI, to=["タイヤショップ大栄 法人営業 <houjin@taiei-tire.co.jp>"],
    subject="スタッドレスタイヤ 早期発注の見積依頼",
    body=f"""タイヤショップ大栄
法人営業ご担当者様

いつもお世話になっております。日の出産業 車両管理グループの甲斐です。
今冬のスタッドレスタイヤについて、早期発注での見積をお願いいたします。

　・11R22.5 16PR（大型用）　　　　48本
　・245/70R19.5 136/134J（中型用）　36本
　・205/85R16 117/115L（2t用）　　24本
　・組替え・バランス・廃タイヤ処分込み、太田営業所は出張作業希望

納期は11月第2週までを希望します。
ご多忙のところ恐縮ですが、6月末までにご回答いただけますと幸いです。
{SIG_KAI}{DISCLAIMER_JA}""",
    entities=[], detectors=[],
    note="quotation request for tyres ending in the standard Japanese confidentiality disclaimer",
)

_p = people(12, y0=1960, y1=1998)
_res = []
for p in _p:
    sbp, dbp = rng.randint(112, 178), rng.randint(70, 108)
    hba = round(rng.uniform(5.1, 8.4), 1)
    j = "A" if sbp < 140 and hba < 6.0 else ("C" if sbp > 160 or hba > 7.0 else "B")
    _res.append([p["emp"], p["name"], iso(p), "男" if not p["fem"] else "女", f"{sbp}/{dbp}", hba,
                 rng.choice(["異常なし", "異常なし", "心電図 軽度ST低下", "眼底 要再検", "肝機能 要経過観察"]), j])
add(
    id="unkou-046", expect="stop",
    sender=SAOTOME, to=["高梨内科クリニック 高梨先生 <takanashi@takanashi-naika.jp>"],
    subject="太田営業所 定期健康診断結果（産業医確認用）",
    body=f"""高梨先生

いつもお世話になっております。日の出産業 太田営業所の早乙女です。
今年度の定期健康診断の結果（太田営業所12名分）をお送りします。
判定C の者について、就業上の措置のご意見をいただけますでしょうか。
{SIG_SAOTOME}""",
    attachments=[{
        "kind": "zip", "name": "健診結果_太田_2025.zip",
        "files": [{
            "kind": "csv", "name": "kenshin_ota_2025.csv", "encoding": "cp932",
            "rows": [["社員番号", "氏名", "生年月日", "性別", "血圧", "HbA1c", "所見", "総合判定"]] + _res,
        }],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="ZIP holding a CSV of twelve drivers' health-check results to the outside industrial doctor",
)

_p = people(6, y0=2000, y1=2005)
_fw = "\n".join(f"　{i + 1}. {p['name']}（{p['kana']}）　{p['tel']}　学科 {rng.choice(['済', '済', '未'])}　技能 {rng.randint(8, 16)}時限"
                for i, p in enumerate(_p))
add(
    id="unkou-047", expect="stop",
    sender=USAMI, to=["柳田 様 <yanagida.h@aoba-unyu.co.jp>"],
    subject="FW: 準中型・中型 受講状況のご報告（6月第2週）",
    body=f"""柳田様

お世話になっております。宇佐美です。
合同で教習所に通わせている件、教習所から届いた受講状況を転送します。
御社の2名（5・6番）も含まれていますのでご確認ください。

---------- Forwarded message ---------
From: 若葉台自動車教習所 法人窓口 <houjin@wakabadai-ds.jp>
Date: 2025年6月13日(金) 17:02
Subject: 準中型・中型 受講状況のご報告（6月第2週）
To: 宇佐美 香織 <usami.kaori@hinode-sangyo.co.jp>

日の出産業株式会社 宇佐美様

いつもお世話になっております。若葉台自動車教習所です。
受講生の皆様の受講状況をお知らせします。

{_fw}

欠席が続いている方には、教習所からも連絡いたします。
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="forward of the school's list of six trainees with mobiles to a partner carrier: forwarded text counts",
)

_p = people(5, y0=1972, y1=1995)
_q = "\n".join(f"{p['name']}　{p['tel']}　{rng.choice(['大型', '中型'])}　経験{rng.randint(3, 20)}年" for p in _p)
add(
    id="unkou-048", expect="pass", charset="cp932",
    sender=NIIBORI, to=["ドライバーズスタッフ 狭山支店 <sayama@driver-staff.jp>"],
    subject="RE: 7月 派遣ドライバーのご紹介",
    body=f"""ドライバーズスタッフ株式会社 狭山支店
ご担当者様

お世話になっております。日の出産業の新堀です。
ご紹介いただいた皆さま、全員受入れで問題ございません。
初日は7/1 8:30に狭山営業所へお越しいただくようお伝えください（初任者教育を行います）。

よろしくお願いいたします。
{SIG_NIIBORI}
差出人: ドライバーズスタッフ 狭山支店 <sayama@driver-staff.jp>
送信日時: 2025年6月16日 月曜日 11:25
宛先: 新堀 里美 <niibori.satomi@hinode-sangyo.co.jp>
件名: 7月 派遣ドライバーのご紹介

日の出産業株式会社
新堀様

いつもお世話になっております。ドライバーズスタッフ狭山支店です。
7月からご依頼の派遣ドライバーについて、下記5名をご紹介いたします。

{_q}

ご検討のほどよろしくお願いいたします。
""",
    entities=[], detectors=[],
    note="a reply whose only list of people is the agency's own mail quoted below 差出人/送信日時",
)

add(
    id="unkou-049", expect="stop", charset="iso-2022-jp",
    sender=IWASA, to=["小野寺 様 <onodera@kitaguni-food.co.jp>"],
    subject="Re: 6月第4週の納品スケジュール",
    body=f"""小野寺様

お世話になっております。岩佐です。
第4週のスケジュール、承知しました。6/26 は2便目の出発を30分繰り下げます。

　6/23（月）4t冷凍×2　通常
　6/24（火）4t冷凍×2　通常
　6/25（水）4t冷凍×3　増便（東松山店 改装オープン）
　6/26（木）4t冷凍×2　2便目 6:00発
　6/27（金）4t冷凍×2　通常

ほか変更がありましたらご連絡ください。
{SIG_IWASA}""",
    entities=[], detectors=["lookalike_domain"],
    note="addressed to kitaguni-food.co.jp, a dropped-letter look-alike of partner kitaguni-foods.co.jp",
)

_v = person(y0=1960, y1=1970)
add(
    id="unkou-050", expect="stop",
    sender=KIRYU, to=["みどり銀行 川越支店 法人営業 <kawagoe-houjin@midori-ginkou.co.jp>"],
    subject="示談金のお振込み手続きについて",
    body=f"""みどり銀行 川越支店
法人営業ご担当者様

いつもお世話になっております。日の出産業株式会社 安全推進課の桐生です。
先日ご相談した、事故の示談金の振込について、振込先が確定しましたのでお知らせします。

　振込先：さくら信用金庫 所沢支店（店番 214）
　口座：普通 {rng.randint(1000000, 9999999)}
　口座名義：{_v['kana']}
　金額：1,250,000円
　振込予定日：6月30日（月）

当社口座（当座 0071145）からの振替でお願いいたします。
必要書類がございましたらお知らせください。
{SIG_KIRYU}""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["lookalike_domain", "personal_data"],
    note="midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp; carries a private person's bank account",
)

add(
    id="unkou-051", expect="pass",
    sender=KUMAGAI, to=["みどり銀行 川越支店 法人営業 <kawagoe-houjin@midori-ginko.co.jp>"],
    subject="6月末 協力会社支払（総合振込）データ送付のご連絡",
    body=f"""みどり銀行 川越支店 法人営業 ご担当者様

いつもお世話になっております。日の出ロジサービス総務課の熊谷です。
6月末の協力会社への総合振込につきまして、本日法人インターネットバンキングにて
データを送信いたしました。内容は以下のとおりです。

振込先                    金融機関・支店              口座            金額(円)
------------------------  --------------------------  --------------  -----------
青葉運輸株式会社          みどり銀行 狭山支店         普通 3318204     2,846,300
丸八急送株式会社          武蔵野銀行 入間支店         当座 0102277     1,124,800
東和トランスポート株式会社 さいたま信金 本店           普通 5520913       968,150
有限会社松浦運送          群馬中央銀行 太田南支店     普通 0841166       412,500

合計 4件 5,351,750円　振込指定日 6/30

承認が完了しましたら、念のためご連絡いたします。
{SIG_KUMAGAI}""",
    entities=[], detectors=[],
    note="payment run to four carrier companies with company bank accounts: businesses, not people",
)

_t_own = corp_no("011101049221")
_t_aoba = corp_no("030001077615")
add(
    id="unkou-052", expect="pass",
    sender=KUMAGAI, to=["青葉運輸 経理課 <keiri@aoba-unyu.co.jp>"],
    subject="5月度 傭車料 支払通知書の送付",
    body=f"""青葉運輸株式会社
経理課 御中

いつもお世話になっております。日の出ロジサービス総務課の熊谷です。
5月度の傭車料の支払通知書（適格請求書対応）をお送りします。

　支払者：日の出ロジサービス株式会社（登録番号 T{_t_own}）
　受領者：青葉運輸株式会社（登録番号 T{_t_aoba}）
　対象期間：2025年5月1日～5月31日
　件数：62運行
　金額：2,587,545円（税抜）／消費税 258,755円／合計 2,846,300円
　支払予定日：2025年6月30日

内容に相違がございましたら、6月20日までにご連絡ください。
{SIG_KUMAGAI}""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="payment notice to a partner with two companies' invoice registration (T) numbers; no person's data",
)

_p = people(7, y0=1962, y1=1998)
_acc = [
    ["2024/08/19", "追突（低速）", "物損", "100:0", "なし"],
    ["2024/11/02", "バック時接触", "物損", "100:0", "なし"],
    ["2025/01/15", "交差点右折時 歩行者接触", "人身（軽傷）", "80:20", "安全運転義務違反"],
    ["2024/06/30", "なし", "-", "-", "速度超過（25km/h）"],
    ["2025/03/08", "信号待ち中に被追突", "物損", "0:100", "なし"],
    ["2024/12/21", "自損（ガードレール）", "物損", "100:0", "酒気帯び運転で検挙・罰金刑（私用車・休日）"],
    ["2025/04/11", "車線変更時接触", "物損", "70:30", "なし"],
]
add(
    id="unkou-053", expect="stop",
    sender=KIRYU, to=["ひかり保険サービス 森岡様 <morioka@hikari-hoken.co.jp>"],
    subject="フリート更改 過去1年の事故・違反歴（川越）",
    body=f"""森岡様

お世話になっております。桐生です。
更改時の安全評価資料として、川越営業所の乗務員別の事故・違反歴をPDFでお送りします。
社内の事故審査会資料から抜粋したものです。
{SIG_KIRYU}""",
    attachments=[{
        "kind": "pdf", "name": "事故違反歴_川越_2025.pdf", "title": "乗務員別 事故・違反歴",
        "lines": ["乗務員別 事故・違反歴（2024年6月～2025年5月）　日の出産業 川越営業所", ""],
        "table": [["氏名", "社員番号", "事故日", "事故内容", "区分", "過失割合", "違反・処分"]] + [
            [p["name"], p["emp"]] + a for p, a in zip(_p, _acc)],
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="PDF table of seven named drivers' accident and violation history, one with a drink-driving conviction",
)

_veh = []
for i in range(15):
    _veh.append([f"{rng.choice(['大宮', '所沢', '群馬', '川越'])} {rng.choice(['100', '130', '800'])} {rng.choice('かえあ')} {rng.randint(10, 99)}-{rng.randint(10, 99)}",
                 f"{rng.choice(['FV50', 'FRR90', 'FK62', 'QKG-FR'])}-{rng.randint(100000, 999999)}",
                 f"{rng.randint(2016, 2024)}/{rng.randint(1, 12):02d}", rng.choice(["普通貨物", "普通貨物", "小型貨物"]),
                 rng.choice(["冷凍ウイング", "ウイング", "平ボディ", "冷凍バン"]), rng.choice(["川越", "狭山", "太田"])])
add(
    id="unkou-054", expect="pass",
    sender=KIRYU, to=["ひかり保険サービス 森岡様 <morioka@hikari-hoken.co.jp>"],
    subject="フリート更改 車両明細（追加・入替分）",
    body=f"""森岡様

お世話になっております。桐生です。
更改時の車両明細のうち、昨年度から追加・入替となった15台分をExcelでお送りします。
車両保険の付帯は従来どおり（初度登録5年以内の車両のみ）でお願いします。
{SIG_KIRYU}""",
    attachments=[{
        "kind": "xlsx", "name": "車両明細_追加入替_2025.xlsx",
        "sheets": {"車両明細": [["フリート契約 車両明細（追加・入替分）"], [],
                               ["登録番号", "車台番号", "初度登録", "用途", "車体形状", "使用営業所"]] + _veh,
                   "集計": [["営業所", "台数"], ["川越", 6], ["狭山", 5], ["太田", 4]]},
    }],
    entities=[], detectors=[],
    note="XLSX of fifteen vehicles (plates, chassis numbers) for fleet insurance: vehicles, not people",
)

_p = person(y0=1971, y1=1975)
add(
    id="unkou-055", expect="stop",
    sender=SAOTOME, to=["川崎電機 物流管理課 <butsuryu@kawasaki-denki.co.jp>"],
    subject="危険物（リチウム電池）輸送 専属乗務員の届出",
    body=f"""川崎電機株式会社 物流管理課 御中

お世話になっております。日の出産業 太田営業所の早乙女です。
7月から開始するリチウムイオン電池製品の専属便について、
御社の輸送安全基準に基づく専属乗務員の届出書類（運転者台帳）をお送りします。
{SIG_SAOTOME}""",
    attachments=[{
        "kind": "docx", "name": "運転者台帳_専属便.docx", "title": "運転者台帳",
        "paragraphs": ["運転者台帳", "日の出産業株式会社 太田営業所"],
        "tables": [[
            ["氏名", _p["name"]], ["フリガナ", _p["kana"]], ["生年月日", wareki(_p)],
            ["住所", _p["addr"]], ["運転免許証番号", _p["lic"]], ["免許の種類", "大型・けん引"],
            ["選任年月日", "2016年4月1日"], ["健康状態", "高血圧（服薬中、コントロール良好）"],
            ["過去3年の事故歴", "なし"], ["適性診断", "一般診断 2024年9月 受診済"],
        ]],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX driver ledger of one driver: address, licence number and a medical condition to a shipper",
)

add(
    id="unkou-056", expect="pass",
    sender=KUMAGAI, to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="運転者台帳（複写式）印刷の見積依頼",
    body=f"""錦印刷株式会社 営業部 ご担当者様

いつもお世話になっております。日の出ロジサービス総務課の熊谷です。
運転者台帳の様式を改訂しましたので、複写式（2枚綴り）での印刷見積をお願いいたします。
版下はWordで添付いたします。

　仕様：A4 2枚複写（1枚目 白・2枚目 ピンク）、50組綴り、左綴じ
　数量：40冊
　納期：7月末
{SIG_KUMAGAI}""",
    attachments=[{
        "kind": "docx", "name": "運転者台帳_様式_改訂版.docx", "title": "運転者台帳（様式）",
        "paragraphs": ["運転者台帳（様式第3号）", "※太枠内は運行管理者が記入すること"],
        "tables": [[["氏名", ""], ["生年月日", "　　年　　月　　日"], ["住所", ""],
                    ["運転免許証番号", "第　　　　　　　　　　　　号"], ["免許の種類", "大型・中型・準中型・普通"],
                    ["選任年月日", ""], ["事故・違反歴", ""], ["健康状態", ""], ["写真", "（縦3cm×横2.4cm）"]]],
    }],
    entities=[], detectors=[],
    note="a blank form: field labels such as 氏名・生年月日・免許証番号 with no values, to a printer",
)

_p = people(5, y0=1966, y1=1994)
_blk = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）様\n　携帯：{p['tel']}\n　車両：{v}（全長12m・駐車場要）\n　宿泊：{d}"
    for i, (p, v, d) in enumerate(zip(_p, ["大宮 100 か 48-21", "大宮 100 か 51-09", "所沢 100 え 20-33",
                                            "群馬 100 か 12-03", "群馬 100 か 12-77"],
                                       ["7/8～7/10（2泊）", "7/8～7/10（2泊）", "7/9～7/10（1泊）", "7/8～7/9（1泊）", "7/8～7/10（2泊）"])))
add(
    id="unkou-057", expect="stop",
    sender=NIIBORI, to=["さくらホテル 仙台港 予約係 <sendai-ko@sakura-hotel.jp>"],
    subject="7/8～ 長距離便 乗務員の宿泊予約（5名・大型車駐車）",
    body=f"""さくらホテル仙台港
予約係 ご担当者様

いつもお世話になっております。日の出産業 狭山営業所の新堀です。
7月の長距離便の乗務員宿泊について、以下のとおり予約をお願いいたします。
到着が深夜（23時以降）になる場合がありますので、当日は本人から直接ご連絡させます。

{_blk}

お支払いは従来どおり、当社への一括請求でお願いいたします。
{SIG_NIIBORI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one block per guest: five drivers' names, kana and mobile numbers to a hotel",
)

_p = people(3, y0=1970, y1=1992)
add(
    id="unkou-058", expect="pass",
    sender=NIIBORI, to=["さくらホテル 仙台港 予約係 <sendai-ko@sakura-hotel.jp>"],
    subject="8/5 宿泊予約（3名）",
    body=f"""さくらホテル仙台港 予約係 様

いつもお世話になっております。日の出産業の新堀です。
8/5（火）1泊、シングル3室の予約をお願いいたします。

　{_p[0]['name']} 様
　{_p[1]['name']} 様
　{_p[2]['name']} 様

代表連絡先：{_p[0]['name']}（携帯 {_p[0]['tel']}）
大型車（10t）2台の駐車をお願いします。到着は22時頃の予定です。
{SIG_NIIBORI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="hotel booking for three named drivers with one contact mobile: under five people",
)

_p = people(7, y0=1965, y1=2000)
_tab = "\n".join(f"{p['emp']}\t{p['name']}\t{p['kana']}\t{p['tel']}\t{p['sei_r'].lower()}.{p['mei_r'].lower()}@{rng.choice(['gmail.com', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp'])}"
                 for p in _p)
add(
    id="unkou-059", expect="stop",
    sender=MATSUNAGA, to=["テンコクラウド 導入支援 <kickoff@tenko-cloud.jp>"],
    subject="【狭山営業所】ドライバーアカウント一括登録のお願い",
    body=f"""テンコクラウド株式会社
導入支援チーム ご担当者様

お世話になっております。日の出産業 情報システム部の松永です。
狭山営業所のスマホ点呼（中間点呼）用のドライバーアカウントを一括登録していただきたく、
対象者の一覧を貼り付けます（Excelからのコピーです）。

社員番号\t氏名\tフリガナ\t携帯番号\tメール（通知先）
{_tab}

登録完了後、各自のメールに招待を送っていただけますでしょうか。
{SIG_MATSUNAGA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="tab-separated list of seven drivers with mobiles and private e-mails pasted in the body to a SaaS vendor",
)

add(
    id="unkou-060", expect="pass",
    sender=MATSUNAGA, to=["テンコクラウド 開発窓口 <dev-support@tenko-cloud.jp>"],
    subject="Re: CSVインポートの項目定義について",
    body=f"""テンコクラウド 開発窓口 ご担当者様

お世話になっております。松永です。
乗務員マスタのCSVインポートについて、当社側で想定している項目定義は以下のとおりです。
実データはまだ送っておりません（テスト用のダミーも不要とのことでしたので）。

列  項目名            型        必須  備考
--  ----------------  --------  ----  ------------------------------
1   社員番号          文字列    ○    英字1桁+数字5桁
2   氏名              文字列    ○    姓と名の間は半角スペース
3   フリガナ          文字列          全角カナ
4   生年月日          日付            YYYY-MM-DD
5   免許証番号        文字列          12桁、有効期限アラート用
6   免許有効期限      日付      ○
7   所属営業所コード  文字列    ○    KWG / SYM / OTA
8   携帯番号          文字列          中間点呼の呼出し用

免許証番号は保持せず、有効期限だけ持つ案も検討中です。ご意見をください。
{SIG_MATSUNAGA}""",
    entities=[], detectors=[],
    note="a CSV field definition naming 氏名・生年月日・免許証番号 but holding no one's data",
)

# =========================================================================================
# 061-080
# =========================================================================================

_p = people(6, y0=1963, y1=1990)
_fl = "\n".join(
    f"{zen(str(i + 1))}．{pad(p['name'], 14)}{pad(wareki(p), 18)}{zen(p['tel'])}　{rng.choice(['７／８（火）', '７／９（水）', '７／１０（木）'])}"
    for i, p in enumerate(_p))
add(
    id="unkou-061", expect="stop", charset="cp932",
    sender=KUMAGAI, to=["東都健診センター 企業健診課 <kigyo@toto-kenshin.or.jp>"],
    subject="深夜業従事者 特定業務健診の予約（６名）",
    body=f"""東都健診センター
企業健診課　ご担当者様

いつもお世話になっております。
日の出ロジサービス株式会社　総務課の熊谷でございます。

深夜業に従事する乗務員の特定業務従事者健診（６か月毎）につきまして、
下記６名の予約をお願いいたします。
当日の連絡は本人携帯へお願いします（夜勤明けのため時間がずれる場合がございます）。

氏名          生年月日          携帯番号          希望日
------------------------------------------------------------------
{_fl}

請求書は従来どおり当社総務課宛にお願いいたします。
{SIG_KUMAGAI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="Shift_JIS mail: six drivers with 和暦 birth dates and full-width mobile numbers to a health-check centre",
)

_p = people(5, y0=1970, y1=1996)
_ev = [("A", 0, "丁寧。荷主からの評価も高い"), ("B", 1, "点呼時の報告がやや不足"),
       ("C", 4, "遅刻4回、うち1回は無断。継続不可"), ("B", 0, "車両の扱いが荒い（日常点検の記録漏れ2回）"),
       ("A", 0, "特に問題なし。直接雇用を打診したい")]
_evl = "\n".join(f"{p['name']}\t{e[0]}\t遅刻 {e[1]}回\t{e[2]}" for p, e in zip(_p, _ev))
add(
    id="unkou-062", expect="stop",
    sender=NIIBORI, to=["ドライバーズスタッフ 狭山支店 <sayama@driver-staff.jp>"],
    subject="派遣ドライバー 6月度 評価と8月以降の更新について",
    body=f"""ドライバーズスタッフ 狭山支店 ご担当者様

お世話になっております。日の出産業 狭山営業所の新堀です。
6月度の派遣ドライバーの評価をお送りします。8月以降の契約更新のご参考にしてください。

氏名\t評価\t遅刻\tコメント
{_evl}

評価Cの方は7月末で契約終了とさせてください。
ご本人への伝え方はお任せいたしますが、ご配慮をお願いします。
{SIG_NIIBORI}""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="five named temp drivers with performance ratings and attendance records to the staffing agency",
)

_p = person(y0=1994, y1=1998)
add(
    id="unkou-063", expect="stop",
    sender=USAMI, to=["北野ドライビングスクール 法人課 <hojin@kitano-ds.co.jp>"],
    subject="受講生への配慮のお願い",
    body=f"""北野ドライビングスクール 法人課 ご担当者様

お世話になっております。日の出産業の宇佐美です。
来月から準中型の教習を受ける当社社員の{_p['name']}（{_p['kana']}）について、
事前にご相談させてください。

本人は先天性の感音性難聴（身体障害者手帳 6級）があり、補聴器を使用しています。
運転免許の聴覚要件は補聴器使用で満たしていますが、車内での口頭指示が聞き取りにくい
場合があるとのことです。学科・技能教習で、筆談やホワイトボードでの補足など
ご配慮いただけますと大変ありがたく存じます。

本人も了承のうえでご連絡しております。
{SIG_USAMI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's hearing disability and disability certificate grade in running text",
)

add(
    id="unkou-064", expect="pass",
    sender=OKOCHI, to=["北野ドライビングスクール 法人課 <hojin@kitano-ds.co.jp>"],
    subject="企業向け安全運転講習（秋季）のお申込み",
    body=f"""北野ドライビングスクール 法人課 御中

いつもお世話になっております。日の出産業 安全推進課の大河内です。
秋季の企業向け安全運転講習について、以下の内容でお申込みいたします。

　コース：大型車 危険予測・後退時安全確認コース（半日）
　日程　：9月27日（土）・10月4日（土）　各回 8名
　料金　：1名 18,700円（税込）× 16名 = 299,200円
　備考　：当社車両（10t ウイング）の持込みを希望

参加者の名簿は9月上旬にお送りします。
{SIG_OKOCHI}""",
    entities=[], detectors=[],
    note="course booking with dates, headcount and prices; the attendee list is promised later, not sent",
)

_p = person(y0=1972, y1=1976)
add(
    id="unkou-065", expect="stop", charset="iso-2022-jp",
    sender=IWASA, to=["小野寺 様 <onodera@kitaguni-foods.co.jp>"],
    subject="冷凍便 担当乗務員の交代について",
    body=f"""小野寺様

お世話になっております。日の出産業の岩佐です。
7月から冷凍便1便の担当乗務員を交代させていただきます。

これまで担当していた{_p['name']}ですが、先日の精密検査で重度の睡眠時無呼吸症候群
（AHI 42）と診断され、CPAP治療を始めました。治療の効果が確認できるまで（2～3か月）
早朝便からは外し、日中の近距離便に配置換えとしております。

後任は同じ川越営業所の佐野が務めます。小野寺様とは何度かお会いしているかと思います。
ご迷惑をおかけしますが、引き続きよろしくお願いいたします。
{SIG_IWASA}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named driver's sleep-apnoea diagnosis and treatment explained to the shipper",
)

add(
    id="unkou-066", expect="pass",
    sender=IWASA, to=["小野寺 様 <onodera@kitaguni-foods.co.jp>"],
    subject="8月からの担当乗務員について",
    body=f"""小野寺様

お世話になっております。日の出産業の岩佐です。
社内の配置見直しに伴い、8月から冷凍便2便の担当乗務員が交代いたします。
後任は太田営業所から異動してくる者で、冷凍便の経験は5年ほどございます。

7月最終週に一度、前任と同乗して構内の動線を確認させる予定です。
引き続きよろしくお願いいたします。
{SIG_IWASA}""",
    entities=[], detectors=[],
    note="driver change announced without naming anyone or giving a reason",
)

_p = person(y0=1960, y1=1961)
add(
    id="unkou-067", expect="stop",
    sender=KUMAGAI, to=["三国社会保険労務士事務所 <office@mikuni-sr.jp>"],
    subject="定年退職者の資格喪失・継続再雇用の手続きについて",
    body=f"""三国社会保険労務士事務所 御中

いつもお世話になっております。日の出ロジサービスの熊谷です。
今月末で定年を迎え、翌日から嘱託として再雇用する乗務員の手続きをお願いいたします。

　氏名：{_p['name']}
　生年月日：{wareki(_p)}
　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　定年退職日：2025年6月30日
　再雇用日：2025年7月1日（月給 318,000円 → 246,000円）

同日得喪の手続きと、高年齢雇用継続給付の申請をお願いできればと存じます。
{SIG_KUMAGAI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="one retiring driver's basic pension number and birth date to an outside 社労士",
)

_pp = f"{rng.choice(['C', 'B', 'N'])}{rng.randint(1000000, 9999999)}"
add(
    id="unkou-068", expect="stop",
    sender=USAMI, to=["芦田行政書士事務所 芦田先生 <ashida@ashida-gyosei.jp>"],
    subject="在留資格認定証明書交付申請（特定技能・自動車運送業）の件",
    body=f"""芦田先生

お世話になっております。日の出産業の宇佐美です。
インドネシアから招へい予定の特定技能ドライバー候補について、申請書類作成をお願いします。

Name (as in passport): SETIAWAN BUDI PRATAMA
Date of birth: 12 MAR 1996
Passport No.: {_pp}
Date of expiry: 05 SEP 2031

日本の外免切替は入国後に実施予定です（インドネシア免許 SIM B1 Umum 保有）。
雇用条件書の案は来週お送りします。
{SIG_USAMI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="a candidate's passport number, name and birth date to an outside immigration lawyer",
)

_v = person(female=True, y0=1953, y1=1954)
add(
    id="unkou-069", expect="pass",
    sender=KIRYU, to=["法務部 <houmu@hinode-sangyo.co.jp>"],
    cc=["大河内 由紀 <okochi.yuki@hinode-sangyo.co.jp>", "早乙女 亮 <saotome.ryo@hinode-sangyo.co.jp>"],
    subject="6/2 人身事故 被害者様の容体と示談方針（社内共有）",
    body=f"""法務部 各位

桐生です。6/2 の人身事故の状況を共有します（社内限り）。

・被害者：{_v['name']}様（{age(_v)}歳）、{_v['addr']}在住
・傷病：右大腿骨頸部骨折（人工骨頭置換術済）、入院中。骨粗しょう症の既往あり
・当方乗務員：過失を認めている。ドラレコ映像あり
・保険：東雲損害保険 対人無制限。担当 片桐様
・ご家族：ご長男が窓口。後遺障害の認定を気にされている

相手方が弁護士を立てる可能性があるため、白川法律事務所への相談を検討しています。
ご意見をお願いします。
桐生
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=[],
    note="victim's injuries and medical history, but every recipient is internal",
)

_v = person(y0=1980, y1=1988)
add(
    id="unkou-070", expect="stop",
    sender=KIRYU, to=["法務部 <houmu@hinode-sangyo.co.jp>"],
    cc=["ひかり保険サービス 森岡様 <morioka@hikari-hoken.co.jp>"],
    subject="6/20 追突事故 相手方運転者の負傷について",
    body=f"""法務部 各位
（cc：ひかり保険サービス 森岡様）

桐生です。6/20 に関越道下り（鶴ヶ島IC付近）で発生した追突事故の続報です。

相手方運転者の{_v['name']}さん（{age(_v)}歳、会社員）は、頸椎捻挫・腰椎捻挫で
全治3週間の診断、通院加療となりました。既往に椎間板ヘルニアがあり、
症状の長期化を主張される可能性があります。

当方乗務員（大型）は前方不注意を認めています。
森岡様には、東雲損保への事故受付の進捗をご確認いただけますと幸いです。
{SIG_KIRYU}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="mostly internal, but an insurance agent in Cc receives a named person's injuries and medical history",
)

add(
    id="unkou-071", expect="pass",
    sender=OKOCHI, to=["大河内 由紀 <okochi.yuki@hinode-sangyo.co.jp>"],
    bcc=["haisha@maruhachi-kyuso.co.jp", "eigyo@towa-trans.co.jp", "matsuura@matsuura-unso.jp",
         "yanagida.h@aoba-unyu.co.jp"],
    subject="【ご案内】協力会社 安全連絡会（7月25日）",
    body=f"""協力会社 各位
（Bccにて失礼いたします）

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業 物流事業部 安全推進課の大河内でございます。

下記のとおり、協力会社安全連絡会を開催いたします。

　日時：2025年7月25日（金）14:00～16:30
　場所：日の出産業 狭山営業所 2F 大会議室
　内容：上期の事故発生状況と傾向
　　　　改善基準告示（2024年4月改正）の運用状況
　　　　熱中症対策・夏季の荷役作業の注意点
　　　　意見交換

出欠を7月11日（金）までにご返信ください。各社2名様までご参加いただけます。
{SIG_OKOCHI}""",
    entities=[], detectors=[],
    note="announcement to four carriers correctly sent in Bcc (To is the sender herself)",
)

add(
    id="unkou-072", expect="stop",
    sender=SAOTOME, to=["川崎電機 物流管理課 <butsuryu@kawasaki-denki.co.jp>"],
    subject="上期 輸送品質報告会の資料送付",
    body=f"""川崎電機株式会社 物流管理課 御中

お世話になっております。日の出産業 太田営業所の早乙女です。
来週の輸送品質報告会の資料（PowerPoint）をお送りします。
当日はこちらを投影しながらご説明いたします。
{SIG_SAOTOME}""",
    attachments=[{
        "kind": "pptx", "name": "輸送品質報告_2025上期.pptx", "title": "輸送品質報告 2025上期",
        "page_footer": "Confidential - Hinode Sangyo Internal Only",
        "slides": [
            ["輸送品質報告 2025年度上期", "日の出産業株式会社 太田営業所", "2025年7月"],
            ["KPI", "定時到着率 98.6%（目標 98%）", "貨物事故 2件（破損1・誤配1）", "車両事故 1件（物損）"],
            ["改善の取組", "積付け手順書の改訂", "出発前の荷締め確認をダブルチェック化", "ドラレコ映像による月次指導"],
            ["当社内部コスト構造", "燃料費 前年比 +7.2%", "人件費 前年比 +5.1%", "下期の運賃改定のお願い（別途）"],
        ],
    }],
    entities=[], detectors=["confidential_marking"],
    note="every slide of the PPTX carries a 'Confidential - Internal Only' footer; sent to a shipper",
)

add(
    id="unkou-073", expect="pass",
    sender=OKOCHI, to=["武蔵野トラック協会 事業部 <jigyo@musashino-truck.or.jp>"],
    subject="安全大会 事例発表資料の送付",
    body=f"""武蔵野トラック協会 事業部 ご担当者様

お世話になっております。日の出産業の大河内です。
9月の安全大会で発表する事例の資料をお送りします。事故件数などは全て営業所単位の集計で、
個人が特定できる情報は含めておりません。
{SIG_OKOCHI}""",
    attachments=[{
        "kind": "pptx", "name": "安全大会_事例発表_日の出産業.pptx", "title": "ドラレコ活用による事故削減",
        "slides": [
            ["ドラレコ活用による事故削減の取組", "日の出産業株式会社 物流事業部"],
            ["事故件数の推移", "2022年度 23件", "2023年度 17件", "2024年度 11件（前年比 -35%）"],
            ["取組内容", "ヒヤリハット映像の月次共有", "AI判定による急ブレーキ・わき見の抽出", "営業所対抗の無事故表彰"],
            ["今後の課題", "後退時事故の比率が依然高い（全体の45%）", "高齢乗務員向け指導の充実"],
        ],
    }],
    entities=[], detectors=[],
    note="presentation of aggregated accident statistics per year: no person, no marking",
)

add(
    id="unkou-074", expect="stop",
    sender=IWASA, to=["埼玉運輸支局 輸送・監査部門 <yuso-kansa@saitama-tb.mlit.go.jp>"],
    subject="Re: 監査に関する資料提出依頼（点呼記録簿）",
    body=f"""埼玉運輸支局 輸送・監査部門
ご担当者様

お世話になっております。日の出産業 川越営業所の岩佐です。
ご依頼のありました5月分の点呼記録簿（川越営業所）をPDFにてお送りいたします。
原本は営業所に保管しておりますので、必要でしたらお持ちいたします。
{SIG_IWASA}""",
    attachments=[{"kind": "corrupt", "name": "点呼記録簿_川越_202505.pdf"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the PDF sent to the transport bureau is corrupt and cannot be inspected",
)

add(
    id="unkou-075", expect="pass",
    sender=NIIBORI, to=["小野寺 様 <onodera@kitaguni-foods.co.jp>"],
    subject="7月 冷凍便 運行計画表",
    body=f"""小野寺様

お世話になっております。新堀です。
7月の冷凍便の運行計画表をPDFでお送りします。祝日（7/21）は休配です。
{SIG_NIIBORI}""",
    attachments=[{
        "kind": "pdf", "name": "運行計画表_冷凍便_202507.pdf", "title": "運行計画表 2025年7月",
        "lines": ["北国フーズ様 冷凍便 運行計画表（2025年7月）　日の出産業株式会社 狭山営業所", ""],
        "table": [["便", "車両", "積地発", "卸地", "着予定", "帰庫", "運行日"],
                  ["1便", "大宮 100 か 48-21", "5:30", "東松山店→坂戸にっさい店", "8:00/9:15", "11:30", "月～金"],
                  ["2便", "大宮 100 か 51-09", "5:45", "所沢北野店→入間豊岡店", "7:40/8:50", "11:00", "月～金"],
                  ["3便", "所沢 100 え 20-33", "6:00", "日高店→鶴ヶ島店", "7:50/8:40", "10:30", "月・水・金"],
                  ["予備", "大宮 100 か 60-12", "-", "-", "-", "-", "待機"]],
    }],
    entities=[], detectors=[],
    note="PDF delivery plan with plates, stores and times: no people",
)

add(
    id="unkou-076", expect="stop",
    sender=OKOCHI, to=["川越すいみんクリニック 受付 <uketsuke@kawagoe-suimin.jp>"],
    subject="PSG検査 対象者一覧の送付",
    body=f"""川越すいみんクリニック ご担当者様

お世話になっております。日の出産業の大河内です。
PSG検査の対象者一覧を、パスワード付きPDFでお送りします。
パスワードはお電話でお伝えいたします。
{SIG_OKOCHI}""",
    attachments=[{
        "kind": "pdf", "name": "PSG対象者一覧.pdf", "password": "sas2025kw",
        "lines": ["PSG検査 対象者一覧", "（本文は暗号化されています）"],
    }],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF to a clinic: cannot be inspected",
)

add(
    id="unkou-077", expect="pass",
    sender=OKOCHI, to=["埼玉運輸支局 輸送・監査部門 <yuso-kansa@saitama-tb.mlit.go.jp>"],
    subject="事業報告書・事業実績報告書の提出（令和6年度）",
    body=f"""埼玉運輸支局 輸送・監査部門 御中

お世話になっております。日の出産業株式会社 安全推進課の大河内です。
令和6年度の事業報告書及び事業実績報告書を、ZIPにまとめて提出いたします。
（電子申請システムの不具合により、メールでの提出とのご指示をいただいております）
{SIG_OKOCHI}""",
    attachments=[{
        "kind": "zip", "name": "事業報告_令和6年度_日の出産業.zip",
        "files": [
            {"kind": "xlsx", "name": "事業実績報告書.xlsx",
             "sheets": {"実績": [["事業実績報告書（令和6年4月1日～令和7年3月31日）"],
                                ["項目", "数値"], ["事業用自動車数（期末）", 84], ["従業員数", 131],
                                ["うち運転者数", 102], ["走行キロ（千km）", 6120], ["輸送トン数（千t）", 412],
                                ["営業収入（百万円）", 2285], ["事故件数（交通事故）", 11], ["重大事故件数", 0]]}},
            {"kind": "pdf", "name": "事業報告書.pdf",
             "lines": ["事業報告書　日の出産業株式会社", "損益明細表・人件費明細表・事業概況報告書"]},
        ],
    }],
    entities=[], detectors=[],
    note="ZIP of company-level annual reports (counts and revenue) to the transport bureau",
)

_p = people(6, y0=1968, y1=1999)
_inner = "\n".join(f"{p['name']} / {p['tel']} / {p['sei_r'].lower()}{rng.randint(10, 99)}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'au.com'])}"
                   for p in _p)
add(
    id="unkou-078", expect="stop",
    sender=SAOTOME, to=["柳田 様 <yanagida.h@aoba-unyu.co.jp>"],
    subject="FW: 太田 夏季応援メンバーの連絡先",
    body=f"""柳田様

お世話になっております。早乙女です。
8月の応援で御社センターに入るメンバーの連絡先です。社内向けのメールをそのまま添付します。
当日の連絡調整は直接本人とやりとりしていただいて構いません。
{SIG_SAOTOME}""",
    attachments=[{
        "kind": "eml", "name": "太田 夏季応援メンバーの連絡先.eml",
        "message": {
            "sender": SAOTOME, "to": ["ota-all@hinode-sangyo.co.jp"],
            "subject": "太田 夏季応援メンバーの連絡先",
            "body": f"""太田営業所 各位

8/4～8/22 の青葉運輸様センター応援メンバーと連絡先です（氏名 / 携帯 / メール）。

{_inner}

早乙女
""",
        },
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="an internal mail with six drivers' mobiles and private e-mails attached as .eml to a partner",
)

add(
    id="unkou-079", expect="pass",
    sender=NIIBORI,
    to=["須藤 様 <sudo@aoba-unyu.co.jp>", "丸八急送 配車センター 大隅様 <osumi@maruhachi-kyuso.co.jp>"],
    subject="川崎電機様 共同配送（熊谷→太田）の運用ルール確認",
    body=f"""青葉運輸 須藤様
丸八急送 大隅様

お世話になっております。日の出産業の新堀です。
8月から三社で行う川崎電機様の共同配送について、運用ルールの案をまとめました。

1. 積込順：日の出 → 青葉 → 丸八（各社 20分枠）
2. 荷札：各社の色分け（日の出＝青、青葉＝緑、丸八＝橙）
3. 事故・破損時：発見した会社が荷主へ一次報告、その後当社で取りまとめ
4. 請求：各社から川崎電機様へ直接（按分表は当社で作成）

ご意見があれば7/4までにお願いいたします。
{SIG_NIIBORI}""",
    entities=[], detectors=["multiple_external_domains"],
    note="two partner carriers in To (two external organisations): a normal coordination mail",
)

add(
    id="unkou-080", expect="stop",
    sender=OKOCHI,
    to=["武蔵野トラック協会 事業部 <jigyo@musashino-truck.or.jp>",
        "北野ドライビングスクール 法人課 <hojin@kitano-ds.co.jp>"],
    cc=["元木 様 <motoki.instructor@gmail.com>"],
    subject="安全運転研修会（9/13）講師・会場の件",
    body=f"""関係各位

お世話になっております。日の出産業 安全推進課の大河内です。
9月13日の安全運転研修会について、講師と会場の調整状況を共有いたします。

・会場：北野ドライビングスクール コース及び第2教室（午前：実技、午後：座学）
・講師：元木様（元 大型乗務員・交通安全指導員）、北野DS 指導員2名
・協会様：後援名義と案内チラシの配布をお願いしております

当日のタイムテーブル案は、来週あらためてお送りします。
{SIG_OKOCHI}""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two external organisations plus a private person on gmail (three parties) in To/Cc",
)

# =========================================================================================
# 081-100
# =========================================================================================

_sched = [["登録番号", "車種", "点検区分", "入庫日", "完成予定", "代車", "備考"]]
for i in range(12):
    _sched.append([f"{rng.choice(['大宮', '所沢', '群馬'])} 100 {rng.choice('かえ')} {rng.randint(10, 99)}-{rng.randint(10, 99)}",
                   rng.choice(["10t ウイング", "4t 冷凍", "4t ウイング", "2t 平"]),
                   rng.choice(["3か月点検", "3か月点検", "車検（12か月）", "3か月点検"]),
                   f"7/{rng.randint(1, 28)}", f"7/{rng.randint(2, 31)}", rng.choice(["不要", "要", "不要"]),
                   rng.choice(["", "", "ブレーキライニング摩耗", "テールゲート異音", "エアコン効き悪い"])])
add(
    id="unkou-081", expect="pass",
    sender=KAI, to=["中島モータース 工場長 <kojo@nakajima-motors.co.jp>"],
    subject="7月 定期点検・車検の入庫予定",
    body=f"""中島モータース株式会社
工場長 様

いつもお世話になっております。日の出産業の甲斐です。
7月の定期点検・車検の入庫予定をお送りします。
代車「要」の車両は、4t冷凍の代車確保をお願いします。
{SIG_KAI}""",
    attachments=[{"kind": "xlsx", "name": "入庫予定_202507.xlsx",
                  "sheets": {"7月": [["2025年7月 入庫予定表（日の出産業）"]] + _sched}}],
    entities=[], detectors=[],
    note="maintenance schedule of twelve vehicles to the repair shop: vehicles, not people",
)

_p = people(8, y0=1965, y1=1997)
_hours = [[p["emp"], p["name"], rng.choice(["川越", "狭山", "太田"]), rng.randint(238, 312), rng.randint(40, 118),
           rng.randint(0, 4), "超過" if h > 284 else ""] for p, h in zip(_p, [rng.randint(238, 312) for _ in _p])]
for r in _hours:
    r[6] = "超過" if r[3] > 284 else ""
add(
    id="unkou-082", expect="stop",
    sender=KUMAGAI, to=["三国社会保険労務士事務所 三国先生 <mikuni@mikuni-sr.jp>"],
    subject="改善基準告示 遵守状況（5月）のご相談",
    body=f"""三国先生

いつもお世話になっております。熊谷です。
5月の拘束時間・時間外労働の状況をまとめました。
月284時間を超えた乗務員について、36協定の特別条項の運用上問題がないかご確認ください。
{SIG_KUMAGAI}""",
    attachments=[{
        "kind": "xlsx", "name": "拘束時間集計_202505.xlsx",
        "sheets": {
            "サマリー": [["2025年5月 拘束時間集計"], ["営業所", "乗務員数", "平均拘束(h)", "284h超"],
                      ["川越", 38, 251, 2], ["狭山", 41, 247, 1], ["太田", 23, 239, 0]],
            "乗務員別": [["乗務員別 拘束時間（上位抜粋）"],
                     ["社員番号", "氏名", "営業所", "拘束時間(h)", "時間外(h)", "休日出勤(日)", "判定"]] + _hours,
        },
    }],
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="XLSX whose second sheet lists eight named drivers' working hours and overtime to an outside 社労士",
)

add(
    id="unkou-083", expect="pass",
    sender=KUMAGAI, to=["三国社会保険労務士事務所 三国先生 <mikuni@mikuni-sr.jp>"],
    subject="Re: 改善基準告示 遵守状況（6月・営業所別）",
    body=f"""三国先生

お世話になっております。熊谷です。
先日のご指摘を踏まえ、6月分は営業所別の集計のみお送りします。

営業所    乗務員数  平均拘束(h)  最大拘束(h)  284h超  310h超  休息11h未満(回)
--------  --------  -----------  -----------  ------  ------  ---------------
川越         38        246          291          1       0          3
狭山         41        243          279          0       0          1
太田         23        236          268          0       0          0

川越の1名は、ルート変更により7月から解消見込みです。
{SIG_KUMAGAI}""",
    entities=[], detectors=[],
    note="working-hour statistics per branch only: no individual",
)

_p = person(y0=1978, y1=1984)
add(
    id="unkou-084", expect="stop",
    sender=SAOTOME, to=["川崎電機 物流管理課 <butsuryu@kawasaki-denki.co.jp>"],
    subject="【お詫び】当社乗務員の不祥事について（ご報告）",
    body=f"""川崎電機株式会社 物流管理課 御中

平素より大変お世話になっております。日の出産業 太田営業所の早乙女でございます。

誠に申し上げにくいことながら、御社専属便を担当しておりました当社乗務員
{_p['name']}（{age(_p)}歳）が、6月22日（日）の休日に私用車で酒気帯び運転をし、
群馬県警に検挙されました。その後、略式起訴により罰金刑が確定する見込みです。

業務中の事案ではございませんが、御社の輸送を担う立場として誠に遺憾であり、
深くお詫び申し上げます。当該乗務員は6月23日付で乗務から外し、社内規程に基づき処分を検討しております。
後任の選任と再発防止策については、別途ご説明に伺います。
{SIG_SAOTOME}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named driver's arrest and criminal penalty (要配慮: criminal record) reported to a shipper",
)

add(
    id="unkou-085", expect="pass",
    sender=SAOTOME, to=["人事部 労務グループ <roumu@hinode-sangyo.co.jp>"],
    cc=["大河内 由紀 <okochi.yuki@hinode-sangyo.co.jp>"],
    subject="太田営業所 乗務員の酒気帯び運転（私用車）について",
    body=f"""人事部 労務グループ 各位

早乙女です。先ほど電話でお伝えした件、経緯をまとめます。

・対象者：太田営業所 大型乗務員 {_p['name']}（社員番号 {_p['emp']}）
・6/22（日）私用車で酒気帯び運転、群馬県警に検挙（呼気 0.25mg/L）
・本人は事実を認めている。略式起訴・罰金の見込み
・6/23 付で乗務停止、構内作業に従事させている
・免許停止処分（90日）の見込み

懲戒処分の程度について、就業規則 第58条の運用をご相談させてください。
早乙女
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="the same arrest discussed with HR: every recipient internal",
)

add(
    id="unkou-086", expect="stop",
    sender=MATSUNAGA, to=["ツバサシステム サポート <support@tsubasa-systern.jp>"],
    subject="点呼記録システム ログイン不可の件（問合せ番号 TS-55821）",
    body=f"""ツバサシステム サポートご担当者様

お世話になっております。日の出産業 情報システム部の松永です。
本日 5:00 頃から、太田営業所の端末で点呼記録システムにログインできない状態です。
エラーメッセージは「認証サーバーに接続できません（E-4031）」です。

川越・狭山の端末は正常です。太田営業所のみ、先週ルーターを入れ替えています。
至急ご確認いただけますでしょうか。暫定的に紙の点呼記録簿で運用しています。
{SIG_MATSUNAGA}""",
    entities=[], detectors=["lookalike_domain"],
    note="tsubasa-systern.jp uses 'rn' for 'm': a homoglyph look-alike of partner tsubasa-system.jp",
)

add(
    id="unkou-087", expect="pass",
    sender=MATSUNAGA, to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="Re: 点呼記録システム ログイン不可の件（問合せ番号 TS-55821）",
    body=f"""ツバサシステム サポートご担当者様

お世話になっております。松永です。
ご案内いただいたとおり、ルーターのファイアウォールで 8443番ポートを許可したところ、
太田営業所の端末からもログインできるようになりました。

念のため、管理者アカウント（hinode-admin01）のパスワードも変更しております。
本件はクローズで結構です。迅速なご対応ありがとうございました。
{SIG_MATSUNAGA}""",
    entities=[], detectors=[],
    note="support follow-up to the real partner domain: ports and an admin account ID, nothing personal",
)

_p = people(5, y0=1975, y1=2002)
_acc2 = ["後退時 駐車車両に接触（5/12）", "交差点左折時 自転車と接触・軽傷（4/28）", "車線変更時 側面接触（5/30）",
         "構内 シャッター接触（6/2）", "追突（低速、6/20）"]
_trs = "\n".join(f"<tr><td>{p['name']}</td><td>{p['emp']}</td><td>{age(p)}</td><td>{a}</td><td>{p['tel']}</td></tr>"
                 for p, a in zip(_p, _acc2))
add(
    id="unkou-088", expect="stop",
    sender=OKOCHI, to=["北野ドライビングスクール 法人課 <hojin@kitano-ds.co.jp>"],
    subject="事故惹起運転者の特別指導（実技）受講者について",
    html=f"""<html><body>
<div>北野ドライビングスクール 法人課 御中</div>
<div><br></div>
<div>いつもお世話になっております。日の出産業 安全推進課の大河内です。</div>
<div>事故惹起運転者に対する特別な指導のうち、実技部分を下記5名についてお願いいたします。
日程調整は本人携帯へ直接ご連絡ください。</div>
<div><br></div>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>氏名</th><th>社員番号</th><th>年齢</th><th>事故概要</th><th>携帯</th></tr></thead>
<tbody>
{_trs}
</tbody></table>
<div><br></div>
<div>受講後、指導記録（様式自由）をご返送いただけますと助かります。</div>
<div>--<br>日の出産業株式会社 安全推進課 大河内 由紀 / 03-5911-2270</div>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only table of five drivers with their accidents and mobile numbers to a driving school",
)

add(
    id="unkou-089", expect="pass",
    sender=NIIBORI, to=["松浦運送 松浦様 <matsuura@matsuura-unso.jp>"],
    subject="夜間の受付窓口（営業所別）のご案内",
    html="""<html><body>
<p>有限会社松浦運送<br>松浦 様</p>
<p>お世話になっております。日の出産業 狭山営業所の新堀です。<br>
8月から御社に夜間便をお願いするにあたり、各営業所の夜間受付窓口をご案内します。</p>
<table border="1" cellpadding="3">
<tr><th>営業所</th><th>夜間受付</th><th>電話</th><th>FAX</th><th>受付時間</th></tr>
<tr><td>川越営業所</td><td>運行管理室</td><td>049-241-5590</td><td>049-241-5581</td><td>24時間</td></tr>
<tr><td>狭山営業所</td><td>点呼場</td><td>04-2955-3190</td><td>04-2955-3109</td><td>22:00～7:00</td></tr>
<tr><td>太田営業所</td><td>運行管理室</td><td>0276-40-7790</td><td>0276-40-7721</td><td>24時間</td></tr>
<tr><td>北国フーズ 狭山DC</td><td>入荷事務所</td><td>04-2900-6611</td><td>-</td><td>3:00～18:00</td></tr>
</table>
<p>ご不明点はお気軽にお問い合わせください。</p>
<p>日の出産業株式会社 狭山営業所 配車係 新堀 里美<br>TEL 04-2955-3102</p>
</body></html>""",
    entities=[], detectors=[],
    note="HTML-only table of branch and customer-site night desks: business contacts, not people",
)

_p = people(10, y0=1962, y1=2001)
add(
    id="unkou-090", expect="stop",
    sender=IWASA, to=["アルコセーフ 法人サポート <corporate@alcosafe.co.jp>"],
    subject="携帯型アルコール検知器 使用者登録（川越営業所 追加10台）",
    body=f"""アルコセーフ株式会社
法人サポート ご担当者様

お世話になっております。日の出産業 川越営業所の岩佐です。
長距離便の中間点呼用に追加購入した携帯型検知器10台について、
クラウド連携のための使用者登録をお願いいたします。登録データをCSVで添付します。
測定結果の通知メールは各乗務員と運行管理者宛に送信される設定でお願いします。
{SIG_IWASA}""",
    attachments=[{
        "kind": "csv", "name": "alc_users_kawagoe.csv", "encoding": "utf-8",
        "rows": [["device_serial", "user_name", "user_kana", "employee_no", "notify_email"]] + [
            [f"AS-M3-{rng.randint(100000, 999999)}", p["name"], p["kana"], p["emp"],
             f"{p['mei_r'].lower()}.{p['sei_r'].lower()}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'softbank.ne.jp'])}"]
            for p in _p],
    }],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="UTF-8 CSV of ten drivers' names, kana and private e-mail addresses to the checker vendor",
)

_dev = [["端末ID", "シリアル", "設置場所", "導入日", "センサー交換期限", "状態"]]
for i in range(9):
    _dev.append([f"E-2{i:02d}", f"AS-D7-{rng.randint(100000, 999999)}", rng.choice(["川越 点呼場", "狭山 点呼場", "太田 点呼場"]),
                 f"2023/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}", f"2025/{rng.randint(7, 12):02d}", rng.choice(["正常", "正常", "要校正"])])
_devtxt = "\n".join("  ".join(str(c) for c in r) for r in _dev)
add(
    id="unkou-091", expect="pass",
    sender=IWASA, to=["アルコセーフ 法人サポート <corporate@alcosafe.co.jp>"],
    subject="据置型検知器のセンサー交換（下期分）の見積依頼",
    body=f"""アルコセーフ 法人サポート ご担当者様

お世話になっております。岩佐です。
据置型検知器のセンサー交換時期が近づいておりますので、下期分の見積をお願いします。
現在の登録状況は以下のとおりです。

{_devtxt}

E-204 は先日ご相談した誤検知の件もあり、交換を優先してください。
{SIG_IWASA}""",
    entities=[], detectors=[],
    note="device registry (IDs, serials, locations, dates) of alcohol checkers: no person",
)

_p = person(y0=1982, y1=1990)
_cn2 = _card()
add(
    id="unkou-092", expect="stop", charset="iso-2022-jp",
    sender=SAOTOME, to=["東日本エネルギー販売 法人カード事務局 <fleetcard@higashi-energy.co.jp>"],
    subject="給油代の二重請求について（返金のお願い）",
    body=f"""東日本エネルギー販売株式会社
法人カード事務局 ご担当者様

お世話になっております。日の出産業 太田営業所の早乙女です。

6月18日、御社 上信越道 藤岡SS にて当社乗務員が給油した際、法人カードが読み取れず、
乗務員個人のクレジットカードで立替払いをしました。ところが後日、法人カード側にも
同じ給油（軽油 182L、31,486円）が計上されており、二重請求となっております。

　立替者：{_p['name']}
　立替に使用したカード：{' '.join(_cn2[i:i + 4] for i in range(0, 16, 4))}
　利用日時：2025/06/18 21:44
　レシート番号：FJ-0618-2217

個人カード側の売上を取り消していただけますでしょうか。
{SIG_SAOTOME}""",
    entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="a driver's personal credit card number in full, with his name, to a fuel company",
)

add(
    id="unkou-093", expect="pass",
    sender=KAI, to=["東日本エネルギー販売 法人カード事務局 <fleetcard@higashi-energy.co.jp>"],
    subject="6月分 給油明細の確認結果",
    body=f"""法人カード事務局 ご担当者様

お世話になっております。日の出産業の甲斐です。
6月分の給油明細を確認しました。車両別の集計は以下のとおりで、二重請求の1件を除き相違ありません。

車両                 給油回数   数量(L)    金額(円)
大宮 100 か 48-21       14      2,612     452,180
大宮 100 か 51-09       12      2,207     382,060
群馬 100 か 12-03       16      3,104     537,350
群馬 100 か 12-77       15      2,958     512,070

請求書番号：HE-202506-00871
支払予定日：7月31日
{SIG_KAI}""",
    entities=[], detectors=[],
    note="fuel statement per vehicle with invoice number: nothing personal",
)

_p = people(5, y0=1960, y1=1975)
add(
    id="unkou-094", expect="stop",
    sender=OKOCHI, to=["武蔵野トラック協会 事業部 <jigyo@musashino-truck.or.jp>"],
    subject="優良運転者表彰 推薦書の提出",
    body=f"""武蔵野トラック協会 事業部 御中

お世話になっております。日の出産業の大河内です。
本年度の優良運転者表彰の推薦書（5名分）をExcel（xls）で提出いたします。
無事故年数は当社の事故記録、違反歴は運転記録証明書で確認済みです。
{SIG_OKOCHI}""",
    attachments=[{
        "kind": "xls", "name": "優良運転者推薦書_日の出産業.xls",
        "sheets": {"推薦者": [["優良運転者表彰 推薦者一覧"], ["事業者名", "日の出産業株式会社"], [],
                            ["氏名", "ふりがな", "生年月日", "勤続年数", "無事故年数", "自宅住所"]] + [
            [p["name"], p["kana"], wareki(p, short=True), rng.randint(15, 32), rng.randint(12, 30), p["addr"]]
            for p in _p]},
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="legacy XLS of five drivers with 和暦 birth dates (S45.3.2 style) and home addresses to an association",
)

_p = person(y0=1980, y1=1990)
add(
    id="unkou-095", expect="either",
    sender=IWASA, to=["小野寺 様 <onodera@kitaguni-foods.co.jp>"],
    subject="本日の1便 到着遅れのお詫び",
    body=f"""小野寺様

お世話になっております。日の出産業の岩佐です。
本日の冷凍便1便ですが、担当の{_p['name']}が乗務前点呼で体調不良を申し出たため、
代わりの乗務員を手配し、出発が40分遅れました。東松山店様への到着は8:40頃の見込みです。

{_p['sei']}は念のため本日は休ませ、明日の点呼で改めて体調を確認いたします。
ご迷惑をおかけし、誠に申し訳ございません。
{SIG_IWASA}""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="a named driver's 'feeling unwell' to the shipper: vague health information, not a diagnosis",
)

_p = person(y0=1975, y1=1990)
add(
    id="unkou-096", expect="either",
    sender=IWASA, to=["柳田 様 <yanagida.h@aoba-unyu.co.jp>"],
    subject="御社乗務員のアルコール検知について（ご報告）",
    body=f"""青葉運輸株式会社 安全管理課
柳田様

お世話になっております。日の出産業 川越営業所の岩佐です。

本日 5:20、当社センターでの応援業務前に実施している点呼で、
御社乗務員の{_p['name']}様から呼気 0.08mg/L のアルコールが検知されました。
20分後の再測定でも 0.06mg/L であったため、本日の乗務はお断りし、
御社配車課の須藤様に連絡のうえ、代替車両を手配いただいております。

本人は前夜23時頃まで飲酒していたと話しております。
御社での今後のご指導について、ご報告をいただけますと幸いです。
{SIG_IWASA}""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="one named driver's alcohol reading reported to his own employer: a privacy officer could go either way",
)

_p = people(5, y0=1970, y1=1995)
add(
    id="unkou-097", expect="either",
    sender=OKOCHI, to=["武蔵野トラック協会 研修係 <kenshu@musashino-truck.or.jp>"],
    subject="運行管理者 一般講習 受講申込（5名）",
    body=f"""武蔵野トラック協会 研修係 ご担当者様

お世話になっております。日の出産業の大河内です。
8月開催の運行管理者一般講習に、以下5名の受講を申し込みます。

　{_p[0]['name']}（川越営業所・運行管理者）
　{_p[1]['name']}（川越営業所・補助者）
　{_p[2]['name']}（狭山営業所・運行管理者）
　{_p[3]['name']}（狭山営業所・補助者）
　{_p[4]['name']}（太田営業所・運行管理者）

受講料は当社に一括でご請求ください。
{SIG_OKOCHI}""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="five staff names with branch and role only (no contact data) to a trucking association",
)

add(
    id="unkou-098", expect="stop", charset="iso-2022-jp",
    sender=OKOCHI,
    to=["若葉台自動車教習所 法人窓口 <houjin@wakabadai-ds.jp>",
        "北野ドライビングスクール 法人課 <hojin@kitano-ds.co.jp>",
        "南狭山自動車学校 企業研修係 <kenshu@minamisayama-ds.jp>"],
    subject="大型免許取得支援（来年度）のお見積り依頼",
    body=f"""教習所 ご担当者様

いつもお世話になっております。日の出産業株式会社 安全推進課の大河内でございます。
来年度の大型免許取得支援（中型→大型、年間12名程度）について、お見積りをお願いいたします。

　・中型免許保有者の大型免許取得（一種）
　・平日夜間・土日中心の通学
　・年間12名程度、4月・10月の2回に分けて入校
　・企業割引・助成金（人材開発支援助成金）活用の可否

7月末までにご提示いただけますと幸いです。
{SIG_OKOCHI}""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing driving schools (three external organisations) see each other in To",
)

_v = person(y0=1980, y1=1988)
add(
    id="unkou-099", expect="pass",
    sender=KIRYU, to=["片桐 様 <katagiri@shinonome-sonpo.co.jp>"],
    subject="RE: 6/20 追突事故 相手方の治療状況について",
    body=f"""片桐様

ご連絡ありがとうございます。桐生です。
治療状況の件、承知いたしました。示談交渉は引き続き御社にお任せいたします。
当社からご本人へ直接連絡することは控えます。

何かあればお知らせください。
{SIG_KIRYU}
-----Original Message-----
From: 片桐 <katagiri@shinonome-sonpo.co.jp>
Sent: Monday, July 7, 2025 3:18 PM
To: 桐生 誠 <kiryu.makoto@hinode-sangyo.co.jp>
Subject: 6/20 追突事故 相手方の治療状況について

日の出産業 桐生様

東雲損保の片桐です。6/20 の追突事故の相手方、{_v['name']}様の治療状況をご報告します。
頸椎捻挫で週3回の通院を継続中、MRIで椎間板ヘルニアの悪化が指摘されております。
ご本人は休業損害の請求も検討されているとのことです。
""",
    entities=[], detectors=[],
    note="short reply; the injured person's details are only in the insurer's own mail quoted under Original Message",
)

_p = person(y0=1984, y1=1988)
add(
    id="unkou-100", expect="stop",
    sender=KIRYU, to=["白川法律事務所 辻先生 <tsuji@shirakawa-law.jp>"],
    subject="【機密】乗務員の懲戒処分と損害賠償請求の可否について",
    body=f"""【機密】

白川法律事務所
辻 先生

いつもお世話になっております。日の出産業の桐生です。
事故を繰り返している乗務員への対応について、ご相談させてください。

　対象者：{_p['name']}（{iso(_p, '.')}生、2019年入社、大型乗務員）
　事故歴：直近1年で物損事故4件（いずれも過失100%）、修理費合計 約186万円

社内では、①降格（乗務員→構内作業）、②修理費の一部（自己負担上限10万円）の請求、
を検討しています。②について、労働基準法第16条や判例に照らして問題がないか、
ご意見を伺えますでしょうか。

面談のご都合をお知らせいただけますと幸いです。
{SIG_KIRYU}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["confidential_marking", "personal_data"],
    note="subject and body stamped 【機密】 to an outside law firm; also one driver's record",
)
