"""Blind evaluation corpus: fudosankanri (不動産管理 — 日の出産業株式会社 不動産管理部).

The mail of the company's condominium and rental management office: tenants' complaints,
noise disputes, lonely deaths (孤独死) and special cleaning, rent arrears with guarantors and
guarantee companies, emergency key openings with the police, move-out inspections, plus
ordinary contractor mail and reports to owners.

Every person, number and address in this file is invented (fictional but plausible).
Written blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only,
without reading any of mailguard's code, rules, tests or other corpus files.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 20801
R = random.Random(SEED)

AREA = "fudosankanri"

# -- small helpers ------------------------------------------------------------------------


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, n: int, fill: str = " ") -> str:
    if fill == "\u3000":
        return s + "\u3000" * max(0, (n - _w(s) + 1) // 2)
    return s + " " * max(0, n - _w(s))


def table(header, rows, gap=2, rule="-"):
    """Columns padded with spaces under a header and a rule, as people paste them."""
    allrows = [list(map(str, header))] + [list(map(str, r)) for r in rows]
    widths = [max(_w(r[i]) for r in allrows) for i in range(len(header))]
    lines = []
    for k, r in enumerate(allrows):
        lines.append((" " * gap).join(_pad(c, widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            lines.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(lines)


_ZEN = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def spaced_card(num: str) -> str:
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))


SURNAMES = [
    ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("渡部", "ワタナベ"),
    ("伊東", "イトウ"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("山本", "ヤマモト"),
    ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山口", "ヤマグチ"), ("松本", "マツモト"),
    ("井上", "イノウエ"), ("木村", "キムラ"), ("清水", "シミズ"), ("森田", "モリタ"),
    ("池田", "イケダ"), ("橋本", "ハシモト"), ("石川", "イシカワ"), ("前田", "マエダ"),
    ("藤原", "フジワラ"), ("岡本", "オカモト"), ("長谷川", "ハセガワ"), ("村上", "ムラカミ"),
    ("近藤", "コンドウ"), ("坂本", "サカモト"), ("遠藤", "エンドウ"), ("青木", "アオキ"),
    ("藤井", "フジイ"), ("西村", "ニシムラ"), ("福田", "フクダ"), ("太田", "オオタ"),
    ("三浦", "ミウラ"), ("岡田", "オカダ"), ("中野", "ナカノ"), ("原田", "ハラダ"),
    ("小野寺", "オノデラ"), ("勅使河原", "テシガワラ"), ("五百旗頭", "イオキベ"),
    ("東海林", "ショウジ"), ("薬師寺", "ヤクシジ"), ("百目鬼", "ドウメキ"),
    ("釜萢", "カマヤチ"), ("一尾", "イチオ"), ("鬼頭", "キトウ"), ("栗栖", "クリス"),
    ("宍戸", "シシド"), ("蛭田", "ヒルタ"), ("猪俣", "イノマタ"), ("真栄城", "マエシロ"),
    ("比嘉", "ヒガ"), ("及川", "オイカワ"), ("苫米地", "トマベチ"), ("設楽", "シタラ"),
    ("柘植", "ツゲ"), ("仁科", "ニシナ"), ("我妻", "ワガツマ"), ("阿久津", "アクツ"),
]
GIVEN = [
    ("健太", "ケンタ"), ("翔", "ショウ"), ("大輝", "ダイキ"), ("拓也", "タクヤ"),
    ("直樹", "ナオキ"), ("誠", "マコト"), ("浩二", "コウジ"), ("隆", "タカシ"),
    ("修", "オサム"), ("勝利", "カツトシ"), ("悠斗", "ユウト"), ("陽介", "ヨウスケ"),
    ("美咲", "ミサキ"), ("彩花", "アヤカ"), ("真由美", "マユミ"), ("恵子", "ケイコ"),
    ("由美子", "ユミコ"), ("千尋", "チヒロ"), ("早紀", "サキ"), ("陽子", "ヨウコ"),
    ("和子", "カズコ"), ("幸枝", "ユキエ"), ("奈々", "ナナ"), ("理沙", "リサ"),
    ("瑞穂", "ミズホ"), ("智恵", "チエ"), ("光男", "ミツオ"), ("貞夫", "サダオ"),
    ("静香", "シズカ"), ("美穂", "ミホ"), ("亮", "リョウ"), ("純一", "ジュンイチ"),
]
_used: set[str] = set()


def person():
    while True:
        s, sk = R.choice(SURNAMES)
        g, gk = R.choice(GIVEN)
        if s + g not in _used:
            _used.add(s + g)
            return s, g, sk, gk


def mobile() -> str:
    return f"0{R.choice('789')}0-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"


def landline(area: str = "03") -> str:
    if len(area) == 2:
        return f"{area}-{R.randint(3000, 6999)}-{R.randint(1000, 9999)}"
    return f"{area}-{R.randint(20, 99)}-{R.randint(1000, 9999)}"


TOWNS = [
    ("東京都", "練馬区", "桜台"), ("東京都", "杉並区", "西荻北"), ("東京都", "板橋区", "常盤台"),
    ("東京都", "江戸川区", "南小岩"), ("東京都", "北区", "赤羽西"), ("東京都", "足立区", "梅島"),
    ("千葉県", "船橋市", "東船橋"), ("千葉県", "市川市", "行徳駅前"), ("埼玉県", "川口市", "芝新町"),
    ("埼玉県", "さいたま市浦和区", "常盤"), ("神奈川県", "川崎市中原区", "新丸子町"),
    ("神奈川県", "横浜市港北区", "大倉山"), ("東京都", "府中市", "宮西町"),
    ("神奈川県", "相模原市南区", "相南"), ("埼玉県", "所沢市", "星の宮"),
]


def address(building: bool = False) -> str:
    p, c, t = R.choice(TOWNS)
    a = f"{p}{c}{t}{R.randint(1, 5)}-{R.randint(1, 28)}-{R.randint(1, 19)}"
    if building:
        a += f" {R.choice(['メゾン', 'ハイツ', 'パレス', 'コーポ', 'グリーン'])}"
        a += f"{R.choice(['若葉', '白鷺', 'エトワール', '楓', 'ソレイユ'])} {R.randint(1, 5)}0{R.randint(1, 8)}"
    return a


def zipcode() -> str:
    return f"〒{R.randint(100, 359)}-{R.randint(0, 9999):04d}"


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if y >= 1989:
        era, e, n = "平成", "H", y - 1988
    else:
        era, e, n = "昭和", "S", y - 1925
    if style == "short":
        return f"{e}{n}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{n}年{m}月{d}日")
    return f"{era}{n}年{m}月{d}日"


def dob(lo: int = 1945, hi: int = 2001):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


ROOMS = ["101", "102", "103", "201", "202", "203", "205", "301", "302", "303", "305", "401",
         "402", "405", "501", "502", "503", "603", "701", "802"]
BLDGS = ["ヒノデコート桜台", "サンライズ東船橋", "メゾン・ド・ひので", "ヒノデレジデンス川口",
         "コーポ青柳", "ヒノデハイツ常盤台", "サンライズ大倉山"]


_SYL = ["ka", "ki", "ta", "to", "mi", "na", "yu", "ri", "sa", "ko", "ha", "ru", "no", "shi", "ma", "ya"]


def email_local() -> str:
    a = "".join(R.choice(_SYL) for _ in range(R.randint(2, 3)))
    b = "".join(R.choice(_SYL) for _ in range(R.randint(1, 3)))
    return R.choice([f"{a}.{b}", f"{a}{R.randint(1, 99)}", f"{a}_{b}{R.randint(70, 99)}"])


def room() -> str:
    return R.choice(ROOMS)


# -- staff signatures ---------------------------------------------------------------------

OFFICE = "〒170-0013 東京都豊島区東池袋2-41-7 日の出ビル5F"

SIG = {
    "saeki": """――――――――――――――――――――
日の出産業株式会社 不動産管理部 賃貸管理課
佐伯 智明（さえき ともあき）
〒170-0013 東京都豊島区東池袋2-41-7 日の出ビル5F
TEL 03-5944-7120（直通） FAX 03-5944-7129
saeki.tomoaki@hinode-sangyo.co.jp
――――――――――――――――――――""",
    "mochizuki": """--
日の出産業株式会社
不動産管理部 マンション管理課 フロント担当
望月 加奈子
TEL：03-5944-7135 ／ 携帯（業務用）：080-4410-2291
Mail：mochizuki.kanako@hinode-sangyo.co.jp""",
    "kiryu": """*********************************
 日の出産業株式会社 不動産管理部
 賃貸管理課 債権管理担当 桐生 大輔
 TEL 03-5944-7124 / FAX 03-5944-7129
 kiryu.daisuke@hinode-sangyo.co.jp
*********************************""",
    "ogino": """＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社
入居者サポートセンター　荻野 里美
受付時間 9:00～18:00（水曜定休）
TEL 0120-61-4480（フリーダイヤル）
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝""",
    "kubodera": """-------------------------------------------
日の出産業（株） 不動産管理部 建物管理課
久保寺 健  Ken Kubodera
〒170-0013 東京都豊島区東池袋2-41-7
TEL 03-5944-7140  携帯 090-6621-0457
-------------------------------------------""",
    "manabe": """───────────────────
日の出産業株式会社 不動産管理部
オーナーリレーション課 課長代理
真鍋 あずさ
TEL 03-5944-7150 / manabe.azusa@hinode-sangyo.co.jp
───────────────────""",
    "isurugi": """石動 篤
日の出産業株式会社 不動産管理部 管理企画グループ
直通 03-5944-7160""",
    "usami": """Hayato Usami
Property Management Division
Hinode Sangyo Co., Ltd.
5F Hinode Bldg., 2-41-7 Higashi-Ikebukuro, Toshima-ku, Tokyo 170-0013
Tel +81-3-5944-7128 | usami.hayato@hinode-sangyo.co.jp""",
    "okawara": """日の出産業株式会社 管理部 経理課
大河原 千尋
内線 4312 / 外線 03-5944-7001""",
}

FROM = {
    "saeki": "佐伯 智明 <saeki.tomoaki@hinode-sangyo.co.jp>",
    "mochizuki": "望月 加奈子 <mochizuki.kanako@hinode-sangyo.co.jp>",
    "kiryu": "桐生 大輔 <kiryu.daisuke@hinode-sangyo.co.jp>",
    "ogino": "入居者サポートセンター 荻野 <ogino.satomi@hinode-sangyo.co.jp>",
    "kubodera": "久保寺 健 <kubodera.ken@hinode-sangyo.co.jp>",
    "manabe": "真鍋 あずさ <manabe.azusa@hinode-sangyo.co.jp>",
    "isurugi": "石動 篤 <isurugi.atsushi@hinode-sangyo.co.jp>",
    "usami": "Hayato Usami <usami.hayato@hinode-sangyo.co.jp>",
    "okawara": "大河原 千尋 <okawara.chihiro@hinode-sangyo.co.jp>",
}

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []


def add(n: int, **kw) -> None:
    kw["id"] = f"{AREA}-{n:03d}"
    MESSAGES.append(kw)

# == 001-020 ===============================================================================

# 001 — 代位弁済請求: 8 tenants in arrears, padded table, to the guarantee company
_rows = []
for _ in range(8):
    s, g, sk, gk = person()
    m = R.choice([2, 2, 3, 3, 4, 5])
    _rows.append((f"{R.choice(BLDGS)} {room()}", f"{s} {g}", mobile(), f"{m}ヶ月",
                  f"{m * R.choice([68000, 72000, 81500, 59000, 94000]):,}円"))
add(1,
    sender=FROM["kiryu"],
    to=["代位弁済受付 <daii-bensai@anshin-yachin.co.jp>"],
    subject="【代位弁済請求】2025年9月末時点 滞納8件のご請求",
    charset="iso-2022-jp",
    body=f"""あんしん家賃保証株式会社
債権管理部 代位弁済ご担当者様

いつも大変お世話になっております。
日の出産業 賃貸管理課の桐生でございます。

標記の件、9月末時点で2か月以上の滞納となっております下記8件につきまして、
代位弁済のご請求をさせていただきます。
請求書原本（契約ごと）は本日レターパックにて発送いたしました。

{table(["物件・号室", "契約者", "携帯電話", "滞納", "滞納額"], _rows)}

督促経過（架電・訪問記録）は各契約のシステム備考欄に入力済みです。
ご不明点がございましたらご連絡ください。

{SIG["kiryu"]}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="8 tenants' names, mobiles and arrears in the body to an external guarantee company")

# 002 — internal: the same sort of list, tab-separated, with guarantors' addresses
_lines = ["契約者\t号室\t滞納額\t連帯保証人\t続柄\t保証人住所\t保証人TEL"]
for _ in range(6):
    s, g, _, _ = person()
    s2, g2, _, _ = person()
    _lines.append(f"{s} {g}\t{R.choice(BLDGS)}{room()}\t{R.randint(2, 9) * 61000:,}\t"
                  f"{s if R.random() < .6 else s2} {g2}\t{R.choice(['父', '母', '兄', '叔父', '姉'])}\t"
                  f"{address()}\t{R.choice([mobile(), landline('048')])}")
add(2,
    sender=FROM["kiryu"],
    to=["大河原 千尋 <okawara.chihiro@hinode-sangyo.co.jp>"],
    cc=["石動 篤 <isurugi.atsushi@hinode-sangyo.co.jp>"],
    subject="保証人請求予定リスト（10月分）",
    charset="cp932",
    body="""大河原さん
cc 石動さん

お疲れさまです、桐生です。
保証会社を使っていない旧契約分で、連帯保証人さんへ請求をかける予定の6件です。
エクセルからそのまま貼っているのでタブ区切りになっています。
入金があった場合は随時消し込みますので、経理側の未収計上はこのままでお願いします。

""" + "\n".join(_lines) + """

石動さん、上から2件目は内容証明まで行く可能性があります。白川先生へのご相談の際は
別途資料をまとめます。

桐生
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=[],
    note="guarantor list with addresses and phones, but every recipient is internal")

# 003 — lonely death report to a corporate owner, with the cause of death and illness
s, g = "中道", "孝雄"
add(3,
    sender=FROM["manabe"],
    to=["大和田興産 資産管理部 鶴見様 <tsurumi@owada-kosan.co.jp>"],
    subject="ヒノデレジデンス川口 406号室の件（ご報告）",
    charset="iso-2022-jp",
    body=f"""大和田興産株式会社
資産管理部 鶴見様

いつもお世話になっております。日の出産業の真鍋です。
お電話でもお伝えいたしましたが、406号室の件、経過をご報告いたします。

10月14日（火）、新聞が溜まっているとの近隣からの連絡を受け、警察官立会いのもと
開錠したところ、ご入居者の{s} {g}様（昭和２３年５月１８日生、77歳）が室内で
お亡くなりになっているのが発見されました。

警察の検視の結果、事件性はないとのことです。ご長女様から伺ったところでは、
数年前から狭心症で通院されており、検案書上の死因は虚血性心疾患とのことでした。
死亡推定日は10月2日前後で、発見まで約12日経過しております。

今後の対応（予定）
・10/17 特殊清掃業者による現地調査（一次消臭）
・10/20頃 ご長女様と残置物・解約手続きの打合せ
・孤独死保険（家主型）の適用可否を損保会社へ確認中

原状回復費用の見積りが出ましたら改めてご相談させてください。
取り急ぎご報告まで。

{SIG["manabe"]}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named deceased tenant with birth date, illness (狭心症) and cause of death to an owner company")

# 004 — special-cleaning quote request: job site only, no person's data
add(4,
    sender=FROM["kubodera"],
    to=["クリーンリバース株式会社 見積受付 <mitsumori@clean-reverse.co.jp>"],
    subject="特殊清掃のお見積りご依頼（川口市・1K）",
    charset="utf-8",
    body=f"""クリーンリバース株式会社
ご担当者様

お世話になっております。日の出産業 建物管理課の久保寺です。
先日はお電話にてありがとうございました。下記にて現地調査とお見積りをお願いいたします。

■物件　ヒノデレジデンス川口 406号室（1K・25.3㎡、フローリング＋一部畳）
■状況　発見まで推定12日、室温高め。床（ベッド脇）へ体液の浸透あり。臭気強。
　　　　害虫発生あり。残置物は通常量（ご遺族の立会いは不要とのこと）。
■ご希望作業　一次消臭・害虫駆除／汚染部分の撤去／オゾン脱臭（日数ご提案ください）
■現地調査候補　10/17（金）10時～ もしくは 10/18（土）午後
■鍵　メールボックス内キーボックス（番号は当日お電話でお伝えします）

管理人は常駐しておりませんので、到着前に私の携帯までご一報ください。
よろしくお願いいたします。

{SIG["kubodera"]}
""",
    expect="pass", entities=[], detectors=[],
    note="special cleaning job request to a contractor: room and condition only, no person named")

# 005 — key opening with police: tenant record plus epilepsy, to the police station
s, g, sk, gk = "蛭田", "光男", "ヒルタ", "ミツオ"
_sis = person()
y, mo, d = 1957, 11, 3
add(5,
    sender=FROM["ogino"],
    to=["生活安全課 <seian@minami-koiwa-ps.police.lg.jp>"],
    subject="安否確認に伴う開錠立会いのお願い（南小岩・ヒノデハイツ）",
    charset="cp932",
    body=f"""南小岩警察署 生活安全課 御中

お世話になっております。先ほどお電話させていただきました、日の出産業株式会社
入居者サポートセンターの荻野でございます。
ご指示いただいたとおり、概要をメールでお送りいたします。

【物件】江戸川区南小岩7-22-5 ヒノデハイツ南小岩 302号室
【入居者】{s} {g}（{sk} {gk}）様　S32.11.3生　一人暮らし
【連絡が取れなくなった時期】10月9日以降、電話・訪問とも応答なし
【緊急連絡先】妹　{_sis[0]} {_sis[1]}様　{mobile()}（千葉県在住）

妹様によりますと、入居者様はてんかんの持病があり、以前にも自宅で発作を起こして
救急搬送されたことがあるとのことです。郵便受けには5日分ほどの郵便物が溜まって
おります。

本日16時に鍵業者を手配済みです。お手数ですが立会いをお願いできますと幸いです。

{SIG["ogino"]}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="tenant's name, birth date and epilepsy history (要配慮) sent to an external police address")

# 006 — locksmith request: one tenant's name and mobile
s, g = "蛭田", "光男"
add(6,
    sender=FROM["ogino"],
    to=["キーレスキュー東都 手配センター <tehai@keyrescue-toto.jp>"],
    subject="【至急】緊急開錠のご依頼 10/15 16:00 南小岩",
    charset="iso-2022-jp",
    body=f"""キーレスキュー東都 手配センター様

日の出産業の荻野です。お電話の件、念のため文面でもお送りします。

日時：10月15日（水）16:00　現地集合
場所：東京都江戸川区南小岩7-22-5 ヒノデハイツ南小岩 302号室
錠前：MIWA U9 シリンダー（LIX）、ドアガードあり
立会：南小岩警察署の警察官、弊社 荻野
作業：非破壊開錠を優先、不可の場合はシリンダー交換（在庫品 MIWA PR-LA で可）

入居者：{s}様（連絡がつかないため安否確認の開錠です）
　　　　本人携帯 {mobile()} ※万一ご本人から連絡があった場合は中止します

請求先は弊社でお願いします（物件コード HK-0412）。

{SIG["ogino"]}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one tenant's name and mobile to the locksmith: a single person's contact, may be warned")

# 007 — noise dispute, tenant's mental illness and disability card, to a private owner on Yahoo
s, g, _, _ = person()
add(7,
    sender=FROM["saeki"],
    to=["青柳 様 <aoyagi.h1952@yahoo.co.jp>"],
    subject="Re: コーポ青柳 201号室の騒音について（続報）",
    charset="iso-2022-jp",
    body=f"""青柳様

いつもお世話になっております。日の出産業の佐伯でございます。
201号室の騒音の件、その後の状況をご報告いたします。

先週、201号室の{s} {g}様のご実家（お母様）と連絡が取れ、お話を伺いました。
{s}様は昨年から統合失調症の治療を受けておられ、精神障害者保健福祉手帳もお持ち
とのことです。夜間の大声や壁を叩く音は症状の波によるもので、服薬が途切れると
ひどくなるそうです。お母様が主治医と相談のうえ、通院の付き添いを増やすとの
ことでした。

101・202号室の方には、個人の事情には触れずに「改善に向けて対応中」とだけ
お伝えしております。

契約解除等の判断は時期尚早かと存じますが、オーナー様のご意向を伺えればと
思います。ご都合のよいときにお電話いただけますでしょうか。

{SIG["saeki"]}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="named tenant's mental illness and disability certificate (要配慮) sent to an owner's free-mail address")

# 008 — print order for a noise notice: no personal data, partner
add(8,
    sender=FROM["mochizuki"],
    to=["錦印刷 営業部 野々村様 <nonomura@nishiki-insatsu.co.jp>"],
    subject="掲示物印刷のお願い（生活音に関するお願い）",
    charset="cp932",
    body=f"""錦印刷株式会社
野々村様

いつもお世話になっております。日の出産業の望月です。
掲示物の印刷をお願いしたく、データを添付いたします。

・品目：A4 片面カラー 掲示用（品番 NP-A4-110、ラミネート加工）
・部数：40部（各棟エントランス・EV内・ゴミ置場）
・納品先：弊社 不動産管理部（東池袋）
・希望納期：10月24日（金）

文面は「夜間の生活音・足音に関するお願い」で、特定の部屋には触れていない
一般的な内容です。校正は PDF で一度いただけると助かります。

{SIG["mochizuki"]}
""",
    attachments=[{"kind": "docx", "name": "生活音に関するお願い_掲示用.docx",
                  "paragraphs": ["入居者の皆様へ", "生活音に関するお願い",
                                 "最近、夜間の足音や扉の開閉音についてご相談をいただいております。",
                                 "集合住宅では音が思いのほか響きます。特に22時以降は、",
                                 "・室内での飛び跳ね、家具の移動",
                                 "・洗濯機、掃除機のご使用",
                                 "・ドアの強い開閉",
                                 "についてご配慮をお願いいたします。",
                                 "管理会社 日の出産業株式会社 入居者サポートセンター 0120-61-4480"]}],
    expect="pass", entities=[], detectors=[],
    note="print order to a partner for a general notice; no person's data")

# 009 — three contractors visible to each other in To
add(9,
    sender=FROM["kubodera"],
    to=["匠リフォーム 工事部 <koji@takumi-reform.co.jp>",
        "葵建装 見積担当 <estimate@aoi-kenso.co.jp>",
        "丸美内装 <info@marumi-naisou.jp>"],
    subject="原状回復工事 相見積のお願い（サンライズ東船橋 503号室）",
    charset="utf-8",
    body=f"""各位

お世話になっております。日の出産業 建物管理課の久保寺です。
下記住戸の原状回復工事につきまして、相見積をお願いいたします。

物件：サンライズ東船橋 503号室（2LDK／58.2㎡）
退去日：11月2日（日）
工事内容（想定）：
　クロス張替 全面（LDK・洋室2）／CF張替（洗面・トイレ）
　ハウスクリーニング／エアコン洗浄 2台／網戸張替 3枚
　洋室2 フローリング補修（キャスター傷、約1.5㎡）
現地確認：11/4（火）～11/6（木）で各社ご都合をお知らせください。
見積提出期限：11月10日（月）

図面・退去時写真は共有フォルダにアップしております（URLは別途）。
よろしくお願いいたします。

{SIG["kubodera"]}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external contractors in To can see each other: should have been Bcc")

# 010 — year-end notice to contractors sent correctly in Bcc
add(10,
    sender=FROM["kubodera"],
    to=["久保寺 健 <kubodera.ken@hinode-sangyo.co.jp>"],
    bcc=["koji@takumi-reform.co.jp", "estimate@aoi-kenso.co.jp", "info@marumi-naisou.jp",
         "tehai@keyrescue-toto.jp", "eigyo@suido-aid.co.jp", "office@kanto-shoudoku.jp"],
    subject="年末年始休業期間および緊急連絡体制のお知らせ",
    charset="iso-2022-jp",
    body="""協力会社各位（Bccにて失礼いたします）

平素より格別のご協力を賜り、厚く御礼申し上げます。
弊社の年末年始休業期間を下記のとおりお知らせいたします。

　休業期間：2025年12月27日（土）～2026年1月4日（日）

休業期間中の漏水・停電・鍵トラブル等の緊急対応は、従来どおり
24時間コールセンター（0120-61-4499）より各社様へ直接ご依頼いたします。
請求書の締めは12月25日着分までとさせていただきます。

本年も大変お世話になりました。来年もどうぞよろしくお願いいたします。

日の出産業株式会社 不動産管理部 建物管理課
""",
    expect="pass", entities=[], detectors=[],
    note="contractors addressed in Bcc, nothing personal: ordinary notice")

# 011 — look-alike of the partner law firm's domain (.co.jp instead of .jp)
s, g, _, _ = person()
add(11,
    sender=FROM["isurugi"],
    to=["白川法律事務所 松浦先生 <matsuura@shirakawa-law.co.jp>"],
    subject="建物明渡請求のご相談（ヒノデコート桜台 301）",
    charset="cp932",
    body=f"""白川法律事務所
松浦先生

お世話になっております。日の出産業の石動です。
先日お話ししました案件について、概要をお送りいたします。

賃借人：{s} {g}
物件：東京都練馬区桜台3-8-14 ヒノデコート桜台 301号室
賃料：月額 88,000円（管理費込み）
滞納：2025年4月分～9月分（6か月）合計 528,000円
督促経過：電話・訪問・督促状3回、8/20付 内容証明（受領済み・応答なし）

保証会社の付いていない旧契約で、連帯保証人（実父）はすでに他界しております。
明渡訴訟のご依頼を前提に、一度お打合せのお時間をいただけますでしょうか。

{SIG["isurugi"]}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="recipient shirakawa-law.co.jp is a look-alike (TLD swap) of partner shirakawa-law.jp")

# 012 — the real law firm: one tenant and one guarantor
s, g, _, _ = person()
s2, g2, _, _ = person()
add(12,
    sender=FROM["isurugi"],
    to=["松浦 弁護士 <matsuura@shirakawa-law.jp>"],
    cc=["桐生 大輔 <kiryu.daisuke@hinode-sangyo.co.jp>"],
    subject="Re: 内容証明の送達結果について",
    charset="utf-8",
    body=f"""松浦先生

お世話になっております。石動です。
ご依頼いただいていた送達状況、確認が取れましたのでご報告いたします。

・賃借人　{s} {g}様
　送達先　{address(building=True)}
　結果　　10/3 配達済み（本人受領）

・連帯保証人　{s2} {g2}様（賃借人の叔父）
　送達先　{address()}
　結果　　10/6 保管期間経過により返送
　携帯　　{mobile()}（日中はつながりにくいとのこと）

保証人様宛は普通郵便での再送も行っております。
引き続きよろしくお願いいたします。

{SIG["isurugi"]}

> 石動様
> 内容証明の送達結果が分かりましたらお知らせください。
> 白川法律事務所 松浦
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two people (tenant and guarantor) to the partner law firm: under five records, may be warned")

# 013 — residence card number of an applicant to the guarantee company
add(13,
    sender=FROM["saeki"],
    to=["審査部 <shinsa@anshin-yachin.co.jp>"],
    subject="保証審査 追加資料（申込番号 AY-25-103877）",
    charset="iso-2022-jp",
    body=f"""あんしん家賃保証株式会社 審査部 御中

お世話になっております。日の出産業の佐伯です。
申込番号 AY-25-103877 につき、ご指摘の追加情報をお送りします。

申込者氏名：NGUYEN THI THANH HUONG（グエン ティ タン フオン）
生年月日：1998年2月11日
在留カード番号：UH48213957QA
在留期限：2027年3月31日
勤務先：株式会社ミライ介護サービス（介護職・正社員）
携帯：{mobile()}

在留カード表裏の写しは申込システムにアップロード済みです。
ご確認のほどよろしくお願いいたします。

{SIG["saeki"]}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="an applicant's 在留カード number is an identity document number: stops even for one person")

# 014 — application form PDF with a driving licence number
s, g, sk, gk = person()
y, mo, d = dob(1975, 1996)
_lic = f"{R.randint(30, 55)}{R.randint(0, 99):02d}{R.randint(10000000, 99999999)}"
add(14,
    sender=FROM["saeki"],
    to=["全国住宅保証 受付センター <uketsuke@zenkoku-jutakuhosho.co.jp>"],
    subject="入居申込書の送付（ヒノデハイツ常盤台 203）",
    charset="utf-8",
    body=f"""全国住宅保証株式会社
受付センター ご担当者様

お世話になっております。日の出産業 賃貸管理課の佐伯です。
ヒノデハイツ常盤台 203号室の入居申込書（PDF）をお送りします。
本人確認書類の写しは別便でFAXいたします。

審査結果は弊社佐伯宛にご連絡ください。

{SIG["saeki"]}
""",
    attachments=[{"kind": "pdf", "name": "入居申込書_常盤台203.pdf", "title": "入居申込書",
                  "lines": ["入居申込書（個人用）",
                            "物件名：ヒノデハイツ常盤台 203号室　賃料 74,000円　共益費 4,000円",
                            f"申込者氏名：{s} {g}（{sk} {gk}）",
                            f"生年月日：{y}年{mo}月{d}日",
                            f"現住所：{zipcode()} {address(building=True)}",
                            f"携帯電話：{mobile()}",
                            "勤務先：ときわ台総合病院（医療事務）勤続6年　年収 約360万円",
                            f"本人確認書類：運転免許証　番号 第{_lic}号",
                            "入居予定日：2025年11月15日　入居人数：1名",
                            "緊急連絡先：実母（同県在住）"]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="application PDF to an external guarantor carries a driving licence number")

# 015 — forward of a tenant's mail with a card number, to the payment processor
_card = card_number(SEED + 1)
s, g, sk, gk = "正木", "由佳", "MASAKI", "YUKA"
add(15,
    sender=FROM["kiryu"],
    to=["ペイネクスト カスタマーサポート <support@paynext.co.jp>"],
    subject="FW: 家賃のカード払いについて",
    charset="iso-2022-jp",
    body=f"""ペイネクスト株式会社
加盟店サポート ご担当者様

いつもお世話になっております。日の出産業（加盟店ID HS-220871）の桐生です。
入居者様から下記のメールが届きました。カード情報の登録は御社の決済画面からしか
受け付けていない旨を案内済みですが、すでに番号が書かれてしまっているため、
御社側での対応方法（情報の扱い）をご教示いただけますでしょうか。

-------- 転送メッセージ --------
差出人: {s} {g} <masaki.yk0623@icloud.com>
件名: 家賃のカード払いについて

日の出産業 ご担当者様
ヒノデコート桜台 402 の{s}です。
今月から家賃をカードで払いたいので登録をお願いします。
カード番号　{spaced_card(_card)}
有効期限　08/29
名義　{sk} {gk}
よろしくお願いします。
--------------------------------

{SIG["kiryu"]}
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a forward carries a tenant's credit card number to an external processor")

# 016 — reply to a tenant; his new address and phone are only in the quoted text
s, g = "島村", "海斗"
_qaddr = address(building=True)
_qtel = mobile()
add(16,
    sender=FROM["ogino"],
    to=[f"{s} {g} <kaito.shimamura.88@gmail.com>"],
    subject="Re: 退去立会いの日程について",
    charset="utf-8",
    body=f"""{s} 様

ご連絡ありがとうございます。日の出産業 入居者サポートセンターの荻野です。
退去立会いは 11月29日（土）10:00 で承りました。

当日は鍵（3本）をご用意のうえ、お部屋でお待ちください。所要時間は30分程度です。
電気・ガス・水道の停止手続きは、立会い後の日付でお申込みいただくと照明・水が
使えて便利です。

敷金精算書はお知らせいただいた転居先へ郵送いたします。

{SIG["ogino"]}

2025年10月20日(月) 21:14 {s} {g} <...>:
> 日の出産業 ご担当者様
> メゾン・ド・ひので 105号室の{s}です。
> 11/29（土）の午前中で立会いをお願いできますでしょうか。
> 転居先は {_qaddr} です。
> 日中は携帯 {_qtel} にお願いします。
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="reply to the tenant himself; his new address and phone appear only in quoted text")

# 017 — move-out inspection schedule with six tenants' forwarding addresses to the contractor
_blocks = []
for i in range(6):
    s, g, _, _ = person()
    _blocks.append(f"""【{i + 1}】11/{R.randint(22, 30)} {R.choice(['9:30', '10:00', '13:00', '14:30', '16:00'])}
　{R.choice(BLDGS)} {room()}　{s} {g} 様
　転居先：{address(building=R.random() < .5)}
　連絡先：{mobile()}""")
add(17,
    sender=FROM["kubodera"],
    to=["匠リフォーム 工事部 藤代様 <fujishiro@takumi-reform.co.jp>"],
    subject="11月下旬 退去立会いスケジュール（6件）",
    charset="cp932",
    body="""匠リフォーム
藤代様

お世話になっております。久保寺です。
11月下旬の退去立会い、下記6件の同行をお願いいたします。
当日遅れる場合などは、恐れ入りますが直接ご退去者様へご連絡ください。

""" + "\n\n".join(_blocks) + f"""

敷金精算書は転居先へ郵送しますので、立会い時に転居先に変更がないか
念のためご本人に確認をお願いします。

{SIG["kubodera"]}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six departing tenants' names, new addresses and mobiles, one block each, to a contractor")

# 018 — one move-out inspection confirmed with the contractor
s, g, _, _ = person()
add(18,
    sender=FROM["kubodera"],
    to=["藤代 <fujishiro@takumi-reform.co.jp>"],
    subject="12/3 立会い 常盤台206",
    charset="utf-8",
    body=f"""藤代さん

久保寺です。12/3（水）13時、ヒノデハイツ常盤台206の立会い、お願いします。
退去者は{s}様、携帯 {mobile()} です。
ペット可物件なので、柱のかじり跡と消臭の要否を見ていただけると助かります。

久保寺
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one tenant's name and mobile to a regular contractor: single person, may be warned")

# 019 — residents' emergency contact list (XLSX) to the HOA chairman on Gmail
_rows = [["グランヒノデ武蔵小杉 緊急連絡先一覧（2025年10月現在）"], [],
         ["部屋番号", "氏名", "フリガナ", "電話番号", "緊急連絡先氏名", "続柄", "緊急連絡先電話"]]
for i in range(12):
    s, g, sk, gk = person()
    s2, g2, _, _ = person()
    _rows.append([f"{R.randint(2, 14)}0{R.randint(1, 6)}", f"{s} {g}", f"{sk} {gk}",
                  R.choice([mobile(), landline('044')]), f"{s2} {g2}",
                  R.choice(["長男", "長女", "父", "母", "妹", "知人"]), mobile()])
add(19,
    sender=FROM["mochizuki"],
    to=["高遠 理事長 <takato.musashikosugi@gmail.com>"],
    subject="緊急連絡先一覧の件",
    charset="utf-8",
    body=f"""高遠理事長

いつもお世話になっております。日の出産業の望月です。
先日の理事会でご依頼のありました緊急連絡先一覧をお送りします。
防災訓練の安否確認用とのことでしたので、区分所有者様・賃借人様の両方を含めて
います（今月提出分まで反映）。

取扱いにはくれぐれもご注意いただき、訓練終了後は破棄をお願いいたします。

{SIG["mochizuki"]}
""",
    attachments=[{"kind": "xlsx", "name": "緊急連絡先一覧_202510.xlsx",
                  "sheets": {"一覧": _rows, "更新履歴": [["日付", "内容"], ["2025/10/01", "10月提出分反映"]]}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="12 residents' phones and emergency contacts in an XLSX to a chairman's Gmail")

# 020 — internal: resident roster with birth dates and e-mail, to a colleague
_rows = [["号室", "契約者", "生年月日", "携帯", "メール", "入居日"]]
for i in range(9):
    s, g, sk, gk = person()
    y, mo, d = dob()
    _rows.append([f"{R.randint(1, 4)}0{R.randint(1, 5)}", f"{s}{g}", f"{y}/{mo:02d}/{d:02d}",
                  mobile(), f"{email_local()}@{R.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com'])}",
                  f"20{R.randint(15, 25)}/{R.randint(1, 12):02d}/01"])
add(20,
    sender=FROM["saeki"],
    to=["宇佐美 隼人 <usami.hayato@hinode-sangyo.co.jp>"],
    subject="引継ぎ：ヒノデハイツ常盤台 入居者台帳",
    charset="utf-8",
    body=f"""宇佐美さん

来月からの担当替えに伴い、常盤台の入居者台帳を送ります。
システムの最新版から出力したものです（ローカル保存はしないでください）。
ロマ字表記のメールは入居者アプリ登録のものです。

{SIG["saeki"]}
""",
    attachments=[{"kind": "xlsx", "name": "常盤台_入居者台帳.xlsx", "sheets": {"台帳": _rows}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="resident roster sent only to an internal colleague")

# == 021-040 ===============================================================================

# 021 — proposal deck stamped 社外秘 sent to a prospective owner
add(21,
    sender=FROM["manabe"],
    to=["神田ホールディングス 不動産部 三上様 <mikami@kanda-holdings.co.jp>"],
    subject="賃貸管理受託のご提案資料（ヒノデ案）",
    charset="utf-8",
    body=f"""神田ホールディングス株式会社
不動産部 三上様

先日はお時間をいただき、誠にありがとうございました。
お打合せの内容を踏まえた管理受託のご提案資料をお送りいたします。
管理料率・滞納保証の条件は、御社物件3棟一括でのお見積りとなっております。

ご検討のほど、よろしくお願い申し上げます。

{SIG["manabe"]}
""",
    attachments=[{"kind": "pptx", "name": "管理受託提案_神田HD様_v3.pptx",
                  "title": "賃貸管理受託のご提案", "page_footer": "社外秘　日の出産業株式会社",
                  "slides": [["賃貸管理受託のご提案", "神田ホールディングス株式会社 御中",
                              "2025年10月　日の出産業株式会社 不動産管理部", "【社外秘】"],
                             ["管理料率（3棟一括）", "集金代行：賃料の4.0%（通常 5.0%）",
                              "滞納保証：100%（免責期間なし）", "原状回復：原価＋管理費8%"],
                             ["当社の強み", "入居率 97.2%（2025年9月末・管理戸数 3,180戸）",
                              "24時間コールセンター／孤独死対応マニュアル整備",
                              "オーナー様専用ポータルで月次報告"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attachment is stamped 社外秘 (footer and title slide) and goes to an external company")

# 022 — mail about an NDA with a new contractor: not a marking
add(22,
    sender=FROM["isurugi"],
    to=["おもいで整理サービス 管理本部 <honbu@omoide-seiri.jp>"],
    subject="秘密保持契約書（案）の送付について",
    charset="iso-2022-jp",
    body=f"""おもいで整理サービス株式会社
管理本部 ご担当者様

お世話になっております。日の出産業 管理企画グループの石動です。
遺品整理業務の協力会社契約に先立ち、弊社ひな型の秘密保持契約書（案）を
お送りいたします。

第3条（秘密情報の範囲）に、入居者様・ご遺族様の個人情報の取扱いを追記して
おります。修正のご希望がございましたら、変更履歴付きでお戻しください。
押印版は11月中の締結を想定しております。

{SIG["isurugi"]}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_20251020.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）とおもいで整理サービス株式会社（以下「乙」という。）は、"
                                 "遺品整理業務の委託に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                                 "第3条（秘密情報の範囲）入居者及びその遺族の個人情報は、本契約における秘密情報に含まれるものとする。",
                                 "第7条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA (秘密保持契約) draft; the word is a topic, not a stamp")

# 023 — password-protected ZIP to a debt servicer
_rows = [["契約番号", "契約者", "滞納額"]] + [[f"C-{R.randint(10000, 99999)}", "".join(person()[:2]),
                                            R.randint(150, 900) * 1000] for _ in range(9)]
add(23,
    sender=FROM["kiryu"],
    to=["東北サービサー 受託管理部 <jutaku@tohoku-servicer.co.jp>"],
    subject="債権回収委託データ送付（第3四半期分）",
    charset="cp932",
    body=f"""東北サービサー株式会社
受託管理部 ご担当者様

お世話になっております。日の出産業の桐生です。
第3四半期分の委託債権データをお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせします。

{SIG["kiryu"]}
""",
    attachments=[{"kind": "zip", "name": "委託債権_2025Q3.zip", "password": "Hs#25q3-kaishu",
                  "files": [{"kind": "csv", "name": "委託債権_2025Q3.csv", "rows": _rows}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected")

# 024 — the password follow-up mail on its own
add(24,
    sender=FROM["kiryu"],
    to=["東北サービサー 受託管理部 <jutaku@tohoku-servicer.co.jp>"],
    subject="【パスワード】債権回収委託データ送付（第3四半期分）",
    charset="cp932",
    body="""東北サービサー株式会社
受託管理部 ご担当者様

先ほどお送りしたファイルのパスワードをお知らせします。

　Hs#25q3-kaishu

※半角英数記号です。

日の出産業 桐生
""",
    expect="pass", entities=[], detectors=[],
    note="password notice alone carries no personal data or marking")

# 025 — estate clearance: the deceased and one heir's contact details
s, g = "蛭田", "光男"
_son = ("蛭田", "康介")
add(25,
    sender=FROM["ogino"],
    to=["おもいで整理サービス 現場手配 <genba@omoide-seiri.jp>"],
    subject="遺品整理のお見積り依頼（ヒノデハイツ南小岩302）",
    charset="utf-8",
    body=f"""おもいで整理サービス
現場手配ご担当者様

日の出産業 入居者サポートセンターの荻野です。
先日お電話した件、ご遺族様の了承が取れましたので正式にお願いいたします。

・物件：江戸川区南小岩7-22-5 ヒノデハイツ南小岩 302号室（1DK）
・故人：{s} {g}様
・ご依頼者（相続人）：ご長男 {_son[0]} {_son[1]}様
　　　住所 {address()}
　　　携帯 {mobile()}
・特殊清掃は完了済み（クリーンリバース社、10/24）
・貴重品・写真類は仕分けのうえご長男様へ送付希望
・家電は全てリサイクル処分で可

見積りはご長男様と弊社の両方へお送りください。
日程はご長男様と直接ご調整いただいて構いません。

{SIG["ogino"]}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="deceased's name and one heir's contact to the estate-clearance firm: two people, no sensitive data")

# 026 — elderly tenant: care level and dementia, to the ward's welfare section
s, g, sk, gk = person()
add(26,
    sender=FROM["ogino"],
    to=["南里市 高齢福祉課 地域包括支援係 <koreifukushi@city.minamisato.lg.jp>"],
    subject="入居者様の見守りについてのご相談",
    charset="iso-2022-jp",
    body=f"""南里市役所 高齢福祉課
地域包括支援係 ご担当者様

お世話になっております。市内の賃貸住宅を管理しております日の出産業株式会社の
荻野と申します。先日お電話でご相談した件で、ご連絡いたします。

ご相談の方：{s} {g}様（{sk}{gk}）
　　　　　　{wareki(1941, 3, 9)}生まれ
　　　　　　埼玉県南里市緑ヶ丘2-5-11 コーポ青柳 105号室（お一人暮らし）

担当ケアマネジャー様によると、要介護2の認定を受けておられ、この半年で
認知症の症状が進んでいるとのことです。最近は夜間に共用廊下で大声を出される、
ゴミを室内に溜め込まれる、といったことがあり、近隣からの苦情も増えております。
ご親族とは連絡が取れておりません。

管理会社としてできることに限りがあり、見守りや成年後見の申立てなどについて
ご相談させていただけないでしょうか。

{SIG["ogino"]}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named tenant's care level and dementia (要配慮) to a municipal office: external")

# 027 — tenant arrested, told to a private owner on iCloud
s, g, _, _ = person()
add(27,
    sender=FROM["saeki"],
    to=["南條 様 <nanjo.k@icloud.com>"],
    subject="グランヒノデ武蔵小杉 1203号室について（ご報告）",
    charset="utf-8",
    body=f"""南條様

いつもお世話になっております。日の出産業の佐伯です。
お電話がつながらなかったため、メールにて失礼いたします。

本日、警察署の捜査員の方が来社され、ご所有の1203号室のご入居者 {s} {g}様が、
今月8日に詐欺（いわゆる受け子）の容疑で逮捕されたとの説明を受けました。
室内の捜索に際して管理会社としての立会いを求められ、午後に対応しております。

賃料は10月分まで入金済みです。今後、勾留が長期化した場合の契約の扱いについて
弁護士とも相談のうえ、改めてご提案いたします。
ほかの入居者様には現時点で何もお伝えしておりません。

{SIG["saeki"]}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named tenant's arrest (犯罪の経歴/逮捕, 要配慮) sent to an owner's iCloud address")

# 028 — internal: the same kind of arrest matter between colleagues
s, g, _, _ = person()
add(28,
    sender=FROM["saeki"],
    to=["石動 篤 <isurugi.atsushi@hinode-sangyo.co.jp>"],
    cc=["真鍋 あずさ <manabe.azusa@hinode-sangyo.co.jp>"],
    subject="【相談】入居者逮捕に伴う契約の扱い",
    charset="utf-8",
    body=f"""石動さん
（cc 真鍋さん）

お疲れさまです。佐伯です。
ヒノデハイツ常盤台 401 の{s} {g}さんが、傷害容疑で逮捕されたと警察から連絡が
ありました。同居人なし、賃料は保証会社付き、ペットなしです。

・勾留中の賃料 → 保証会社に事情を説明済み
・室内の生鮮品・ゴミ → ご家族（兄）と連絡中
・契約解除 → 逮捕だけでは信頼関係破壊とまでは言えない、という理解でよいでしょうか

オーナー（法人）へは真鍋さんから事実のみお伝えいただく予定です。
明日10時から15分ほどお時間ください。

佐伯
""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="arrest of a named tenant discussed only among internal staff")

# 029 — stalking victim: told to the letting agent
s, g, _, _ = person()
add(29,
    sender=FROM["saeki"],
    to=["駅前不動産 大倉山店 片桐様 <katagiri@ekimae-fudosan.co.jp>"],
    subject="サンライズ大倉山 305号室 お問い合わせ対応のお願い",
    charset="cp932",
    body=f"""駅前不動産株式会社 大倉山店
片桐様

いつもお世話になっております。日の出産業の佐伯です。
仲介いただいた305号室のご入居者 {s} {g}様について、お願いがございます。

{s}様は元交際相手からのストーカー被害に遭われており、港北警察署に被害届を
提出済みで、警察から住所を知られないよう注意するよう指導を受けているそうです。
万一、御社店舗に{s}様の所在や連絡先についての問い合わせがあっても、
一切お答えにならず、弊社までご連絡いただけますでしょうか。

お手数をおかけしますが、店舗内でご共有をお願いいたします。

{SIG["saeki"]}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="names a tenant as a crime victim (ストーカー被害, 要配慮) to an external agent")

# 030 — look-alike of the company's own domain (hinode-sangyou)
s, g, _, _ = person()
add(30,
    sender=FROM["ogino"],
    to=["久保寺 健 <kubodera.ken@hinode-sangyou.co.jp>"],
    subject="退去立会い結果（桜台205）",
    charset="iso-2022-jp",
    body=f"""久保寺さん

お疲れさまです。荻野です。
本日の桜台205の退去立会い結果です。

退去者：{s} {g}様
・クロス：タバコのヤニ汚れ（LDK全面）→ 借主負担で合意済み
・フローリング：通常損耗の範囲
・鍵：3本返却済み
敷金 176,000円から精算予定。見積りが出たら回してください。

荻野
""",
    expect="stop", entities=["PERSON_NAME"], detectors=["lookalike_domain", "personal_data"],
    note="colleague's address typed as hinode-sangyou.co.jp, a look-alike of the own domain")

# 031 — monthly owner report: rent roll by unit, no tenant data
_tbl = [["号室", "間取り", "賃料", "共益費", "状況", "契約満了"]]
for r in ["101", "102", "103", "201", "202", "203", "301", "302", "303"]:
    _tbl.append([r, R.choice(["1K", "1DK", "1LDK"]), f"{R.choice([68, 71, 73, 84])},000",
                 "4,000", R.choice(["入居中", "入居中", "入居中", "空室（募集中）"]),
                 f"20{R.randint(26, 27)}/{R.randint(1, 12):02d}"])
add(31,
    sender=FROM["manabe"],
    to=["大和田興産 資産管理部 <shisan@owada-kosan.co.jp>"],
    subject="【月次報告】2025年9月分 管理報告書",
    charset="utf-8",
    body=f"""大和田興産株式会社
資産管理部 御中

いつもお世話になっております。日の出産業の真鍋です。
2025年9月分の管理報告書（ヒノデレジデンス川口）をお送りいたします。

・入居率 88.9%（9戸中8戸）
・賃料送金額 601,400円（10月10日送金済み）
・修繕：共用灯LED交換 2か所（品番 LDA7N-G 相当、計 3,960円）

詳細は添付PDFをご確認ください。

{SIG["manabe"]}
""",
    attachments=[{"kind": "pdf", "name": "管理報告書_川口_202509.pdf",
                  "lines": ["管理報告書　2025年9月分", "物件：ヒノデレジデンス川口", ""],
                  "table": _tbl}],
    expect="pass", entities=[], detectors=[],
    note="rent roll by unit (rooms, rents, vacancy) without any tenant's name or contact")

# 032 — rent roll with tenant names, employers and phones to a private owner on Gmail
_rows = [["コーポ青柳 入居者一覧"], ["号室", "契約者", "勤務先", "電話", "賃料", "入居日"]]
for r in ["101", "102", "103", "105", "201", "202", "203", "205", "206"]:
    s, g, _, _ = person()
    _rows.append([r, f"{s} {g}", R.choice(["㈱ヤマト精工", "市立中央病院", "自営（飲食）", "学生",
                                             "青葉運輸㈱", "派遣（事務）", "㈱ミナミ電設", "年金生活"]),
                  mobile(), R.choice([52000, 55000, 58000]), f"20{R.randint(12, 25)}/{R.randint(1, 12)}/1"])
add(32,
    sender=FROM["saeki"],
    to=["青柳 秀雄 <aoyagi.h1952@yahoo.co.jp>"],
    subject="入居者一覧（ご依頼の件）",
    charset="utf-8",
    body=f"""青柳様

お世話になっております。佐伯です。
ご依頼の入居者一覧をエクセルでお送りします。
相続対策のご相談で税理士の先生にお見せになるとのことでしたので、
勤務先も入れております。

{SIG["saeki"]}
""",
    attachments=[{"kind": "xlsx", "name": "コーポ青柳_入居者一覧.xlsx", "sheets": {"入居者": _rows}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="nine tenants with employer and phone in an XLSX to an owner's Gmail")

# 033 — list of contractors (businesses) to an HOA director on free mail
add(33,
    sender=FROM["mochizuki"],
    to=["理事 小笠原 <ogasawara-riji@outlook.jp>"],
    subject="Re: 緊急時の業者連絡先について",
    charset="iso-2022-jp",
    body=f"""小笠原様

お世話になっております。望月です。
ご質問のあった緊急時の協力業者の連絡先は以下のとおりです。
夜間・休日は原則として弊社コールセンター（0120-61-4499）経由でご依頼ください。

　業種　　　　　会社名　　　　　　　　　電話（代表）
　－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
　給排水　　　　水道エイド株式会社　　　03-5611-2280
　鍵　　　　　　キーレスキュー東都　　　0120-38-0911
　電気・EV　　　川崎電機株式会社　　　　044-511-3300
　害虫駆除　　　関東消毒サービス　　　　03-3891-4422
　ガス　　　　　東武ガス 東京営業所　　　03-3620-5101

理事会資料に載せていただく分には問題ございません。

{SIG["mochizuki"]}

> 望月さん
> 水漏れなどのとき、直接業者に電話してもよいのでしょうか。
> 一覧があれば理事会資料に入れたいです。
> 小笠原
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a list of businesses' switchboards to one free-mail recipient")

# 034 — four residents in To, each able to see the others
add(34,
    sender=FROM["ogino"],
    to=["haruka.morisaki@gmail.com", "t-kamiya0715@yahoo.co.jp",
        "noriko-u.77@docomo.ne.jp", "shin.ohira@icloud.com"],
    subject="騒音に関する話し合いの場の設定について",
    charset="utf-8",
    body=f"""ヒノデコート桜台 3階・4階にお住まいの皆様

日の出産業 入居者サポートセンターの荻野です。
先日来ご相談いただいている上下階の生活音の件で、関係する皆様にお集まりいただき
お話し合いの場を設けたいと考えております。

日時：11月8日（土）10:00～11:00
場所：ヒノデコート桜台 1階 集会室
同席：弊社 荻野、建物管理課 久保寺

ご都合が悪い場合は個別にご連絡ください。

{SIG["ogino"]}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="four private residents in To see each other's addresses: should have been Bcc")

# 035 — reply to one complaining tenant (carrier mail)
add(35,
    sender=FROM["ogino"],
    to=["tenant <mk-sakuradai@ezweb.ne.jp>"],
    subject="Re: 上の階の音について",
    charset="iso-2022-jp",
    body=f"""ご連絡ありがとうございます。
日の出産業 入居者サポートセンターの荻野です。

夜間の足音の件、ご不便をおかけしており申し訳ございません。
本日、建物全体に生活音に関するお知らせを掲示し、あわせて上階のお部屋には
弊社から直接お手紙を投函いたしました。
特定のお部屋からのご相談であることは先方にはお伝えしておりません。

1～2週間ほど様子を見ていただき、改善しない場合は再度ご連絡ください。

{SIG["ogino"]}

-----Original Message-----
From: mk-sakuradai@ezweb.ne.jp
Sent: Monday, October 20, 2025 11:48 PM
Subject: 上の階の音について

302の者です。上の402の部屋から毎晩1時過ぎまでドンドンと音がして眠れません。
何とかしてもらえませんか。
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="ordinary reply to one tenant on carrier mail; no personal data beyond quoted text")

# 036 — noise complaint log with five complainants to the law firm
_lines = ["受付日,申告者,号室,連絡先,内容"]
for _ in range(5):
    s, g, _, _ = person()
    _lines.append(f"2025/{R.randint(6, 10)}/{R.randint(1, 28)},{s} {g},{R.choice(['301', '303', '401', '403', '502'])},"
                  f"{mobile()},{R.choice(['深夜の怒鳴り声', 'ベランダでの喫煙と大声', '壁を叩く音', '深夜の足音・物音', '玄関扉の強い開閉'])}")
add(36,
    sender=FROM["isurugi"],
    to=["松浦 弁護士 <matsuura@shirakawa-law.jp>"],
    subject="サンライズ東船橋 402号室の件 苦情記録の送付",
    charset="utf-8",
    body="""松浦先生

お世話になっております。石動です。
402号室の用法違反（騒音）の件、これまでの苦情受付記録を抜粋してお送りします。
ご近所の方々からは、必要であれば陳述書にご協力いただけるとのお返事をいただいております。

""" + "\n".join(_lines) + f"""

記録の原本（受付票）はPDFでも保管しております。必要でしたらお申し付けください。

{SIG["isurugi"]}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five complainants' names, rooms and phones in a comma list to an external law firm")

# 037 — one noisy tenant's timeline to the law firm
s, g = "仁科", "亮"
add(37,
    sender=FROM["isurugi"],
    to=["白川法律事務所 松浦先生 <matsuura@shirakawa-law.jp>"],
    subject="402号室 経緯メモ",
    charset="iso-2022-jp",
    body=f"""松浦先生

石動です。402号室の賃借人（{s} {g}氏）に関する経緯を時系列でまとめました。

　6月 2日　初回苦情（深夜の大声）→ 文書による注意
　7月15日　複数の苦情 → 電話で注意、本人「気をつける」
　8月30日　管理会社による面談、誓約書を取得
　9月21日　再発 → 警告書（配達証明）
　10月18日　再々発、他の入居者1名が退去を申し出

賃料の滞納はございません。契約解除の可否についてご意見をいただければ幸いです。

{SIG["isurugi"]}
""",
    expect="pass", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="one tenant's named timeline to the partner law firm: single person, no 要配慮")

# 038 — direct debit file: seven tenants' bank accounts, CP932 CSV, to the bank
_rows = [["顧客番号", "口座名義（カナ）", "金融機関", "支店", "種目", "口座番号", "引落額"]]
for _ in range(7):
    s, g, sk, gk = person()
    _rows.append([f"{R.randint(100000, 999999)}", f"{sk} {gk}",
                  R.choice(["みどり銀行", "ゆうちょ銀行", "東都信用金庫", "さくら野銀行"]),
                  R.choice(["池袋支店", "大宮支店", "船橋支店", "〇一八支店", "川口支店"]),
                  "普通", f"{R.randint(1000000, 9999999)}", R.choice([68000, 74000, 81000, 92000])])
add(38,
    sender=FROM["okawara"],
    to=["みどり銀行 池袋支店 法人営業課 <ikebukuro-hojin@midori-ginko.co.jp>"],
    subject="口座振替 追加登録分データ送付（11月引落分）",
    charset="cp932",
    body=f"""みどり銀行 池袋支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 経理課の大河原です。
11月27日引落分より口座振替を開始する入居者7件のデータをお送りいたします。
依頼書原本は本日、本店宛にバイク便で発送いたしました。

{SIG["okawara"]}
""",
    attachments=[{"kind": "csv", "name": "furikae_add_202511.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="seven tenants' bank accounts in a CSV to the partner bank: a list of people leaves")

# 039 — direct debit schedule to the bank: counts only
add(39,
    sender=FROM["okawara"],
    to=["みどり銀行 池袋支店 法人営業課 <ikebukuro-hojin@midori-ginko.co.jp>"],
    subject="口座振替スケジュールのご確認",
    charset="utf-8",
    body=f"""みどり銀行 池袋支店
法人営業課 ご担当者様

お世話になっております。大河原です。
年末年始の口座振替スケジュールについて確認させてください。

・12月分：12/26（金）引落 → 12/30（火）入金で相違ないでしょうか
・1月分：1/27（火）引落
・依頼件数：12月分 1,842件（前月比 +7件）
・委託者コード：0051-228173

結果データ（振替不能分）の返却日もあわせてご教示いただけますと幸いです。

{SIG["okawara"]}
""",
    expect="pass", entities=[], detectors=[],
    note="schedule and counts only, to the partner bank")

# 040 — an individual owner's My Number to the outside tax accountant (full-width digits)
_mn = my_number(SEED + 1)
add(40,
    sender=FROM["okawara"],
    to=["森下税理士事務所 <office@morishita-tax.jp>"],
    subject="不動産の使用料等の支払調書 作成資料",
    charset="utf-8",
    body=f"""森下税理士事務所
ご担当者様

いつもお世話になっております。日の出産業 経理課の大河原です。
法定調書の作成にあたり、今年から個人オーナーとなられた方の情報をお送りします。

　支払を受ける者　寺門 恵美子 様
　住所　　　　　　{zipcode()} {address()}
　個人番号　　　　{zen(_mn[:4])} {zen(_mn[4:8])} {zen(_mn[8:])}
　支払金額　　　　年間 8,640,000円（サブリース賃料）

番号確認書類（通知カード写し）は弊社で保管しております。

{SIG["okawara"]}
""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an owner's My Number in full-width digits to an external tax office")

# == 041-060 ===============================================================================

# 041 — English: an applicant's passport number to a guarantor for foreign residents
add(41,
    sender=FROM["usami"],
    to=["Screening Team <screening@global-hosho.co.jp>"],
    subject="Guarantee screening - additional documents (Sunrise Okurayama #502)",
    charset="utf-8",
    body=f"""Dear Screening Team,

Thank you for your quick reply yesterday. Please find below the details you asked for
regarding the applicant for Sunrise Okurayama, unit 502.

  Applicant: Mr. Daniel Okonkwo-Bright
  Date of birth: 14 March 1991
  Passport No.: TZ5082716 (issued 2022, valid until 2032)
  Status of residence: Engineer/Specialist in Humanities (visa pending renewal)
  Employer: Tsubasa System Co., Ltd. (from 1 November 2025)
  Mobile: +81 80-3317-5520

He has not yet received his new residence card, which is why we are sending the passport
details. Could you let us know whether the screening can proceed on this basis?

Best regards,

{SIG["usami"]}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="passport number of an applicant sent to an external guarantor in English")

# 042 — English monthly note to an overseas private owner on outlook.com
add(42,
    sender=FROM["usami"],
    to=["Mr. Lim <lim.weijie.sg@outlook.com>"],
    subject="September report - Hinode Court Sakuradai #604",
    charset="utf-8",
    body=f"""Dear Mr. Lim,

I hope this finds you well. Here is a short summary for September.

- Rent received: JPY 132,000 (remitted to your Midori Bank account on 10 October,
  net of our 5% management fee and JPY 880 transfer charge)
- The tenant renewed the lease for two more years from 1 December; renewal fee
  (one month's rent) will be remitted with the November statement.
- Building: the HOA approved repainting of the exterior corridors in spring 2026.
  No additional charge to you beyond the repair reserve.

The full statement is available on the owner portal as usual. Please let me know if you
plan to visit Tokyo; I would be happy to show you the unit after the works.

Kind regards,

{SIG["usami"]}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="ordinary owner report to one private owner on free mail, no personal data")

# 043 — English: roster of six tenants to an overseas corporate owner
_lines = []
for _ in range(6):
    s, g, sk, gk = person()
    _lines.append(f"{R.choice(['201', '202', '301', '302', '401', '402'])}  | {s} {g} | "
                  f"{email_local()}@{R.choice(['gmail.com', 'yahoo.co.jp', 'outlook.jp'])} | "
                  f"{mobile()} | lease ends {R.randint(2026, 2027)}-{R.randint(1, 12):02d}")
add(43,
    sender=FROM["usami"],
    to=["Asset Management <am-japan@pacific-realty-sg.com>"],
    cc=["真鍋 あずさ <manabe.azusa@hinode-sangyo.co.jp>"],
    subject="Tenant roster for your due diligence - Hinode Heights Tokiwadai",
    charset="utf-8",
    body="""Dear Ms. Tan,

As requested for your lender's due diligence, please find the current tenant roster of
Hinode Heights Tokiwadai (occupied units only).

Unit | Tenant | E-mail | Mobile | Lease
""" + "\n".join(_lines) + f"""

Vacant units (101, 102) are being marketed at JPY 76,000 per month.
Please let me know if you need the lease agreements as well.

Best regards,

{SIG["usami"]}
""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six tenants' names, e-mails and mobiles to an external company (English)")

# 044 — guarantor company in To and the letting agent in Cc: one tenant's arrears
s, g, _, _ = person()
add(44,
    sender=FROM["kiryu"],
    to=["あんしん家賃保証 債権管理部 小柴様 <koshiba@anshin-yachin.co.jp>"],
    cc=["駅前不動産 船橋店 <funabashi@ekimae-fudosan.co.jp>"],
    subject="サンライズ東船橋 203 滞納の件（三者共有）",
    charset="iso-2022-jp",
    body=f"""あんしん家賃保証 小柴様
（cc：駅前不動産 船橋店様）

お世話になっております。日の出産業の桐生です。
203号室 {s}様の9月・10月分賃料が未入金となっております（計 146,000円）。
仲介時のご担当の方からご本人に連絡がつくとのことでしたので、
三者で状況を共有させていただきます。

小柴様：代位弁済の要否のご判断をお願いします。
船橋店様：ご本人とお話しできましたら、弊社へご一報ください。

{SIG["kiryu"]}
""",
    expect="pass", entities=["PERSON_NAME"],
    detectors=["multiple_external_domains", "personal_data"],
    note="two external organisations in To/Cc (normal three-way mail), one tenant's arrears")

# 045 — corrupt XLSX to an owner company
add(45,
    sender=FROM["manabe"],
    to=["神田ホールディングス 三上様 <mikami@kanda-holdings.co.jp>"],
    subject="修繕積立シミュレーション（再送）",
    charset="utf-8",
    body=f"""三上様

お世話になっております。真鍋です。
昨日お送りしたシミュレーションに誤りがありましたので、修正版を再送いたします。
外壁改修を2028年に前倒しした場合の比較シートを追加しております。

{SIG["manabe"]}
""",
    attachments=[{"kind": "corrupt", "name": "修繕積立シミュレーション_v2.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected")

# 046 — intercom replacement with the partner: list of buildings (businesses)
add(46,
    sender=FROM["kubodera"],
    to=["川崎電機 設備工事部 坂東様 <bando@kawasaki-denki.co.jp>"],
    subject="インターホン更新工事 対象物件一覧",
    charset="cp932",
    body=f"""川崎電機株式会社 設備工事部
坂東様

いつもお世話になっております。久保寺です。
来期のインターホン更新工事の対象物件をお送りします。
各物件の管理人室へは事前に連絡を入れておきます。

物件名                   所在地                          戸数  管理人室TEL
-------------------------------------------------------------------------------
ヒノデコート桜台         東京都練馬区桜台3-8-14           24  03-3994-1182
ヒノデハイツ常盤台       東京都板橋区常盤台2-17-3         18  03-3965-2207
サンライズ東船橋         千葉県船橋市東船橋4-6-21         32  047-424-3310
ヒノデレジデンス川口     埼玉県川口市芝新町11-9            9  （巡回管理）
サンライズ大倉山         神奈川県横浜市港北区大倉山5-2-8  28  045-541-7726

機種は前回と同じ JK-SH2B（カラーモニター親機）で、共用部は集合玄関機 GH-1MA を想定しています。
お見積りは物件ごとに分けてください。

{SIG["kubodera"]}
""",
    expect="pass", entities=[], detectors=[],
    note="list of buildings with their addresses and caretaker-room phones: businesses, not people")

# 047 — look-alike of the partner electrician's domain (co. dropped)
add(47,
    sender=FROM["kubodera"],
    to=["坂東 <bando@kawasaki-denki.jp>"],
    subject="Re: 受水槽ポンプ点検の日程",
    charset="iso-2022-jp",
    body=f"""坂東様

久保寺です。ポンプ点検の日程、11月12日（水）9時～でお願いします。
断水は10分程度とのことでしたので、前日に全戸へ案内を投函します。
作業報告書はいつもどおりPDFでいただければ結構です。

{SIG["kubodera"]}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kawasaki-denki.jp is a look-alike of partner kawasaki-denki.co.jp (co. dropped)")

# 048 — fire inspection: rooms not accessed, no names
add(48,
    sender=FROM["kubodera"],
    to=["防災テック 点検課 <tenken@bousai-tech.co.jp>"],
    subject="消防設備点検 不在住戸（再点検のお願い）",
    charset="utf-8",
    body=f"""防災テック株式会社 点検課 御中

お世話になっております。久保寺です。
10/22実施の消防設備点検で入室できなかった住戸は以下のとおりです。
再点検日を 11/19（水）で再度ポスティングいたします。

・ヒノデコート桜台：103、204、207、305、402、408
・ヒノデハイツ常盤台：201、302

感知器の交換が必要な住戸（103・305）は部材の手配をお願いします。
（光電式スポット型 2種、品番 SLV-2 相当）

{SIG["kubodera"]}
""",
    expect="pass", entities=[], detectors=[],
    note="room numbers only, no names or contacts: not a list of people")

# 049 — fire inspection absentees with names and phones, padded with full-width spaces
_lines = []
for r in ["102", "203", "206", "301", "404", "501"]:
    s, g, _, _ = person()
    _lines.append(f"　{r}　　{_pad(s + '　' + g, 14, chr(0x3000))}{zen(mobile())}　　"
                  f"{R.choice(['平日18時以降', '土日のみ', '留守電に', 'SMS希望', '午前中', '不定'])}")
add(49,
    sender=FROM["mochizuki"],
    to=["東京消防設備 工務部 <koumu@tokyo-shobo-setsubi.co.jp>"],
    subject="再点検の日程調整について（グランヒノデ武蔵小杉）",
    charset="cp932",
    body="""東京消防設備株式会社
工務部 ご担当者様

お世話になっております。日の出産業の望月です。
前回不在だったお部屋の方から、直接日程調整をしてほしいとのご要望がありましたので、
連絡先をお伝えします。ご本人の了承はいただいております。

　号室　氏名　　　　　電話番号　　　　　　　　備考
　－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
""" + "\n".join(_lines) + f"""

よろしくお願いいたします。

{SIG["mochizuki"]}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six residents' names and full-width phone numbers to an external inspector")

# 050 — HTML-only: parking contract holders to the parking operator
_tr = []
for i in range(8):
    s, g, _, _ = person()
    _tr.append(f"<tr><td>{i + 1}</td><td>{s} {g}</td><td>{R.choice(['101', '203', '305', '402', '501', '602', '703', '802'])}</td>"
               f"<td>{R.choice(['プリウス', 'N-BOX', 'フリード', 'セレナ', 'アクア', 'CX-5', 'ノート', 'ハリアー'])}</td>"
               f"<td>{R.choice(['品川', '練馬', '川崎', '横浜'])} {R.randint(300, 599)} {R.choice('あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ')} "
               f"{R.randint(10, 99)}-{R.randint(10, 99)}</td><td>{mobile()}</td></tr>")
add(50,
    sender=FROM["mochizuki"],
    to=["パークマネジメント 運営管理部 <unei@park-manage.co.jp>"],
    subject="機械式駐車場 利用者一覧（入替工事の連絡用）",
    charset="utf-8",
    html="""<html><body>
<p>パークマネジメント株式会社<br>運営管理部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の望月です。<br>
機械式駐車場の入替工事に伴う車両移動のご連絡用に、現在の利用者一覧をお送りします。</p>
<table border="1" cellpadding="4">
<tr><th>No.</th><th>契約者</th><th>号室</th><th>車種</th><th>登録番号</th><th>携帯電話</th></tr>
""" + "\n".join(_tr) + """
</table>
<p>工事期間中の代替駐車場は別途ご案内いたします。</p>
<p>日の出産業株式会社 不動産管理部 マンション管理課<br>望月 加奈子<br>TEL 03-5944-7135</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML table of eight parking users with mobiles to an external operator")

# 051 — HTML-only: managed buildings (businesses) to the insurance agent
add(51,
    sender=FROM["manabe"],
    to=["東和損保 代理店 ライフガード保険企画 <info@lifeguard-hoken.co.jp>"],
    subject="施設賠償責任保険 更新物件リスト",
    charset="utf-8",
    html=f"""<html><body>
<p>ライフガード保険企画 ご担当者様</p>
<p>お世話になっております。日の出産業の真鍋です。施設賠償の更新対象物件は以下のとおりです。</p>
<table border="1">
<tr><th>物件名</th><th>所在地</th><th>構造</th><th>築年</th><th>延床(㎡)</th></tr>
<tr><td>ヒノデコート桜台</td><td>東京都練馬区桜台3-8-14</td><td>RC 5F</td><td>2004</td><td>1,620</td></tr>
<tr><td>ヒノデハイツ常盤台</td><td>東京都板橋区常盤台2-17-3</td><td>RC 4F</td><td>1998</td><td>1,105</td></tr>
<tr><td>サンライズ東船橋</td><td>千葉県船橋市東船橋4-6-21</td><td>SRC 8F</td><td>2011</td><td>2,380</td></tr>
<tr><td>メゾン・ド・ひので</td><td>東京都杉並区西荻北4-30-2</td><td>S 3F</td><td>2016</td><td>540</td></tr>
<tr><td>コーポ青柳</td><td>埼玉県南里市緑ヶ丘2-5-11</td><td>木造 2F</td><td>1989</td><td>390</td></tr>
</table>
<p>証券番号：TW-55-0081273（現行）。保険期間は12/1始期でお願いします。</p>
<p>{SIG["manabe"].replace(chr(10), "<br>")}</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML list of buildings for insurance: businesses, not people")

# 052 — board minutes stamped 取扱注意 to an outside consultant
add(52,
    sender=FROM["mochizuki"],
    to=["マンションコンサル21 村瀬様 <murase@mansion-consul.jp>"],
    subject="第14期 第6回理事会 議事録（案）",
    charset="iso-2022-jp",
    body=f"""村瀬様

お世話になっております。望月です。
大規模修繕の施工会社選定について審議した理事会の議事録（案）をお送りします。
顧問としてのご意見を次回理事会前にいただけますと幸いです。

{SIG["mochizuki"]}
""",
    attachments=[{"kind": "pdf", "name": "第6回理事会議事録_案.pdf", "page_header": "取扱注意",
                  "lines": ["グランヒノデ武蔵小杉管理組合　第14期 第6回理事会 議事録（案）",
                            "日時：2025年10月11日（土）10:00～12:10　場所：集会室",
                            "出席：理事7名中6名（高遠理事長、小笠原理事 他）、管理会社 望月",
                            "議案1　大規模修繕工事 施工会社の選定について",
                            "　3社の見積（A社 2億1,400万円／B社 1億9,800万円／C社 2億300万円）を比較。",
                            "　B社を第一候補とし、コンサルの意見を聴取のうえ臨時総会へ上程する。",
                            "議案2　駐車場使用料の改定について　継続審議"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PDF minutes carry a 取扱注意 stamp in the page header, sent to an external consultant")

# 053 — ordinary contractor mail with the standard Japanese disclaimer
add(53,
    sender=FROM["kubodera"],
    to=["水道エイド 工事課 <koji@suido-aid.co.jp>"],
    subject="給湯器交換の発注（常盤台 305）",
    charset="cp932",
    body=f"""水道エイド株式会社 工事課 御中

お世話になっております。久保寺です。
お見積り（No. SA-25-1187）のとおり、給湯器交換を発注いたします。

・機種：GT-C2462SAWX-2 BL（追焚・オート、24号）
・リモコン：RC-J101 マルチセット
・金額：248,600円（税込）
・工事日：入居者様と直接ご調整ください（管理会社経由でも可）

工事完了後、保証書と写真を送付願います。

{SIG["kubodera"]}

{DISCLAIMER_JA}
""",
    expect="pass", entities=[], detectors=[],
    note="purchase order with product codes and the standard disclaimer: ordinary business mail")

# 054 — renewal mailing list (XLSX, title row, two sheets) to the partner printer
_sheet = [["契約更新のご案内 宛名データ（2026年1月～3月満了分）"], [],
          ["No", "郵便番号", "住所", "氏名", "満了日"]]
for i in range(10):
    s, g, _, _ = person()
    z = zipcode().replace("〒", "")
    _sheet.append([i + 1, z, address(building=True), f"{s} {g} 様", f"2026/{R.randint(1, 3)}/{R.choice([14, 28, 31])}"])
add(54,
    sender=FROM["saeki"],
    to=["錦印刷 データ入稿窓口 <nyuko@nishiki-insatsu.co.jp>"],
    subject="宛名印字データ入稿（更新案内 1～3月分）",
    charset="utf-8",
    body=f"""錦印刷株式会社 データ入稿ご担当者様

いつもお世話になっております。日の出産業の佐伯です。
更新案内の宛名印字データを入稿いたします（長3封筒、窓なし）。
宛名以外の本文は前回と同じ版（No. NP-KS-22）でお願いします。

{SIG["saeki"]}
""",
    attachments=[{"kind": "xlsx", "name": "更新案内_宛名_2026Q1.xlsx",
                  "sheets": {"宛名": _sheet, "仕様": [["封筒", "長3 白"], ["部数", 10], ["納期", "11/14"]]}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="ten tenants' names and addresses in an XLSX to an external printer: a list of people")

# 055 — print order with product codes, partner printer
add(55,
    sender=FROM["saeki"],
    to=["錦印刷 野々村様 <nonomura@nishiki-insatsu.co.jp>"],
    subject="「入居のしおり」増刷のお願い",
    charset="iso-2022-jp",
    body=f"""野々村様

お世話になっております。佐伯です。
「入居のしおり」2025年版を増刷したく、お見積りをお願いします。

　品番：NP-SH-2025　A5 中綴じ 24P フルカラー
　部数：300部
　変更点：p.18 ゴミ出しカレンダー（船橋市分）差替え、p.23 コールセンター番号変更
　納品：弊社（東池袋）まで

前回の注文番号は NK-240915-03 です。

{SIG["saeki"]}
""",
    expect="pass", entities=[], detectors=[],
    note="print order with product and order numbers: ordinary business mail")

# 056 — forwarding an agent's mail with the applicant's health insurance card number
s, g, sk, gk = person()
y, mo, d = dob(1985, 2000)
add(56,
    sender=FROM["saeki"],
    to=["あんしん家賃保証 審査部 <shinsa@anshin-yachin.co.jp>"],
    subject="FW: 【駅前不動産】入居申込（東船橋 302）本人確認書類の件",
    charset="cp932",
    body=f"""あんしん家賃保証 審査部 御中

日の出産業の佐伯です。仲介会社から下記のとおり届きましたので転送いたします。
免許証をお持ちでないため、保険証での本人確認となります。よろしくお願いいたします。

---------- Forwarded message ---------
From: 駅前不動産 船橋店 <funabashi@ekimae-fudosan.co.jp>
Subject: 【駅前不動産】入居申込（東船橋 302）本人確認書類の件

日の出産業 佐伯様

お世話になっております。302号室の申込者様の本人確認書類の内容です。
氏名：{s} {g}（{sk} {gk}）
生年月日：{wareki(y, mo, d)}
健康保険証　記号 {R.randint(10, 99)}{R.randint(100, 999)}　番号 {R.randint(100, 999)}　保険者番号 {R.choice(['01', '06'])}{R.randint(130000, 139999)}
携帯：{mobile()}
写しはFAXいたしました。

駅前不動産 船橋店 吉村
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a forward (new text to its recipient) carries an applicant's health insurance card number")

# 057 — reply: the guarantor's details are only in the quoted original
s2, g2, _, _ = person()
add(57,
    sender=FROM["saeki"],
    to=["あんしん家賃保証 契約管理部 <keiyaku@anshin-yachin.co.jp>"],
    subject="RE: 連帯保証人情報のご確認",
    charset="iso-2022-jp",
    body=f"""あんしん家賃保証 契約管理部 御中

お世話になっております。佐伯です。
ご確認ありがとうございます。内容に相違ございません。
保証委託契約書は本日原本を郵送いたします。

{SIG["saeki"]}

-----Original Message-----
From: 契約管理部 <keiyaku@anshin-yachin.co.jp>
Sent: Tuesday, October 21, 2025 10:02 AM
To: saeki.tomoaki@hinode-sangyo.co.jp
Subject: 連帯保証人情報のご確認

日の出産業 佐伯様
保証契約 AY-25-103412 の緊急連絡先について、以下でお間違いないかご確認ください。
緊急連絡先：{s2} {g2}様（父）
住所：{address()}
電話：{landline('0258')}
""",
    expect="pass", entities=[], detectors=[],
    note="the guarantor's details appear only in the quoted mail being replied to")

# 058 — reply whose new text adds five tenants in arrears
_blk = []
for _ in range(5):
    s, g, _, _ = person()
    _blk.append(f"・{R.choice(BLDGS)} {room()}　{s} {g}様　契約番号 AY-2{R.randint(2, 5)}-{R.randint(100000, 199999)}　"
                f"未納 {R.randint(1, 3) * 70000:,}円　TEL {mobile()}")
add(58,
    sender=FROM["kiryu"],
    to=["小柴 <koshiba@anshin-yachin.co.jp>"],
    subject="Re: 10月分 滞納報告の件",
    charset="utf-8",
    body="""小柴様

お世話になっております。桐生です。
追加で5件、10月分の未納がございましたのでご報告いたします。

""" + "\n".join(_blk) + f"""

いずれも督促状は発送済みです。よろしくお願いいたします。

{SIG["kiryu"]}

> 桐生様
> 10月分の滞納報告、追加分があれば本日中にお願いいたします。
> あんしん家賃保証 小柴
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="the new text of a reply lists five tenants with contract numbers and phones")

# 059 — EITHER: lonely death told to a private owner, only "病死" as the cause
s, g = "及川", "貞夫"
add(59,
    sender=FROM["manabe"],
    to=["寺門 恵美子 様 <emiko.terakado@gmail.com>"],
    subject="メゾン・ド・ひので 102号室のご入居者様について",
    charset="iso-2022-jp",
    body=f"""寺門様

いつもお世話になっております。日の出産業の真鍋です。
大変残念なご報告となります。

102号室のご入居者 {s} {g}様（70代の男性の方です）が、10月19日にお部屋で
お亡くなりになっているのが見つかりました。警察による確認の結果、事件性はなく、
病死とのことでした。発見はご逝去の翌日で、お部屋の汚損は軽微です。

ご遺族（ご長男）とは連絡が取れており、年内の解約・明渡しで調整しております。
心理的瑕疵に関する告知の要否については、国交省ガイドラインに沿って改めて
ご説明いたします。

{SIG["manabe"]}
""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data", "freemail_recipient"],
    note="named tenant's death 'by illness' (病死) with no diagnosis: whether that is 要配慮 is arguable")

# 060 — EITHER: arrears by room number only (no names) to the corporate owner
_rows = []
for r in ["102", "201", "204", "303", "401", "405"]:
    m = R.randint(1, 4)
    _rows.append((r, f"{m}か月", f"{m * 71000:,}", R.choice(["保証会社請求済", "分納中", "督促中", "本人連絡不通", "退去予定"])))
add(60,
    sender=FROM["kiryu"],
    to=["大和田興産 資産管理部 鶴見様 <tsurumi@owada-kosan.co.jp>"],
    subject="ヒノデレジデンス川口・常盤台 滞納状況（10月末）",
    charset="cp932",
    body=f"""鶴見様

お世話になっております。日の出産業の桐生です。
10月末時点の滞納状況をお知らせします（号室別）。

{table(["号室", "滞納", "金額(円)", "状況"], _rows)}

保証会社付きの契約は代位弁済により翌月送金に影響はございません。

{SIG["kiryu"]}
""",
    expect="either", entities=[], detectors=[],
    note="six rows of arrears by room number without names, to the lessor who knows the tenants: arguable list")

# == 061-080 ===============================================================================

# 061 — lonely-death insurance claim (DOCX) with the cause of death
s, g, sk, gk = "中道", "孝雄", "ナカミチ", "タカオ"
add(61,
    sender=FROM["manabe"],
    to=["東和損害保険 保険金サービス課 <claim-center@towa-sonpo.co.jp>"],
    subject="孤独死保険（家主型）保険金請求書類の送付　証券番号 TW-48-2210935",
    charset="utf-8",
    body=f"""東和損害保険株式会社
保険金サービス課 ご担当者様

お世話になっております。日の出産業株式会社の真鍋です。
標記証券（被保険者：大和田興産株式会社）に係る事故について、
事故状況報告書を添付にてお送りいたします。
死体検案書の写し・原状回復見積書は郵送いたします。

{SIG["manabe"]}
""",
    attachments=[{"kind": "docx", "name": "事故状況報告書_川口406.docx",
                  "paragraphs": ["事故状況報告書（孤独死保険・家主型）",
                                 "証券番号：TW-48-2210935　被保険者：大和田興産株式会社",
                                 "物件：埼玉県川口市芝新町11-9 ヒノデレジデンス川口 406号室"],
                  "tables": [[["項目", "内容"],
                              ["死亡者氏名", f"{s} {g}（{sk} {gk}）"],
                              ["生年月日", "昭和23年5月18日"],
                              ["死亡推定日", "2025年10月2日頃"],
                              ["発見日", "2025年10月14日（警察官立会いのもと開錠）"],
                              ["死因（検案書記載）", "虚血性心疾患（既往症：狭心症、2型糖尿病）"],
                              ["室内の状況", "寝室床に体液浸透、臭気あり、害虫発生"],
                              ["遺族", "長女（相続人代表）"]]]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX names the deceased with birth date, cause of death and medical history, to an insurer")

# 062 — same insurer: amounts and policy number only
add(62,
    sender=FROM["manabe"],
    to=["東和損害保険 保険金サービス課 <claim-center@towa-sonpo.co.jp>"],
    subject="Re: 事故受付番号 J25-00871 原状回復費用の内訳について",
    charset="iso-2022-jp",
    body=f"""東和損害保険 保険金サービス課
ご担当者様

お世話になっております。真鍋です。
ご照会のありました原状回復費用の内訳は以下のとおりです。

　特殊清掃（一次消臭・汚染物撤去）　　　　  　 286,000円
　オゾン脱臭（5日間）　　　　　　　　　　　　    99,000円
　床下地・フローリング交換（寝室 7.2㎡）　　   231,000円
　クロス全面張替・CF張替　　　　　　　　　　   184,800円
　残置物撤去（遺族了承済み）　　　　　　　　   132,000円
　　合計（税込）　　　　　　　　　　　　　　   932,800円

家賃損失補償の対象期間（空室期間）は、募集開始日を12月1日として
算定いただければと存じます。

{SIG["manabe"]}
""",
    expect="pass", entities=[], detectors=[],
    note="insurance claim amounts with policy and claim numbers: ordinary business mail")

# 063 — religion of a named tenant in a noise complaint, to the owner company
s, g, _, _ = person()
add(63,
    sender=FROM["saeki"],
    to=["神田ホールディングス 不動産部 三上様 <mikami@kanda-holdings.co.jp>"],
    subject="ヒノデハイツ常盤台 早朝の騒音苦情について",
    charset="cp932",
    body=f"""三上様

お世話になっております。佐伯です。
常盤台の早朝騒音の件、原因がわかりましたのでご報告いたします。

102号室の{s} {g}様が、ご自身が信仰されている宗教（〇〇霊光会とのこと）の
お勤めとして、毎朝5時頃から30分ほど太鼓を叩きながら読経されていました。
ご本人は信仰上欠かせないとのお考えですが、時間帯の変更と防音マットの
使用についてはご了承いただけました。

今後2週間ほど様子を見て、改めてご報告いたします。

{SIG["saeki"]}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named tenant's religion (信条, 要配慮) in a noise report to an external owner company")

# 064 — DOCX table of five guarantors to the guarantee company
_tbl = [["契約者", "連帯保証人", "続柄", "保証人住所", "保証人電話"]]
for _ in range(5):
    s, g, _, _ = person()
    s2, g2, _, _ = person()
    _tbl.append([f"{s} {g}", f"{s2} {g2}", R.choice(["父", "母", "兄", "伯父", "姉"]), address(),
                 R.choice([mobile(), landline('0263'), landline('06')])])
add(64,
    sender=FROM["kiryu"],
    to=["あんしん家賃保証 切替センター <kirikae@anshin-yachin.co.jp>"],
    subject="旧契約の保証会社切替 対象者情報",
    charset="utf-8",
    body=f"""あんしん家賃保証 切替センター 御中

お世話になっております。桐生です。
連帯保証人付きの旧契約から保証会社利用への切替に同意いただいた5件について、
現在の連帯保証人情報をWordの表でお送りします。
切替完了後、保証人様へは弊社から保証解除のお知らせを送付いたします。

{SIG["kiryu"]}
""",
    attachments=[{"kind": "docx", "name": "切替対象_連帯保証人一覧.docx",
                  "paragraphs": ["保証会社切替 対象契約（2025年11月）"], "tables": [_tbl]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table with five guarantors' addresses and phones to an external company")

# 065 — internal: guarantors of two contracts to the in-house legal contact
s, g, _, _ = person()
s2, g2, _, _ = person()
s3, g3, _, _ = person()
add(65,
    sender=FROM["kiryu"],
    to=["isurugi.atsushi@hinode-sangyo.co.jp"],
    subject="保証人情報（訴訟準備用）",
    charset="iso-2022-jp",
    body=f"""石動さん

桐生です。訴訟準備用にご依頼の保証人情報です。

■桜台301（賃借人 {s} {g}）
　連帯保証人：なし（実父他界）
■常盤台401（賃借人 {s2} {g2}）
　連帯保証人：{s3} {g3}（兄）
　{address()}　{mobile()}

以上です。桐生
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="tenants' and a guarantor's details sent to an internal colleague only")

# 066 — special cleaning, estate clearance and insurer all in To
add(66,
    sender=FROM["manabe"],
    to=["クリーンリバース 現場管理 <genba@clean-reverse.co.jp>",
        "おもいで整理サービス 現場手配 <genba@omoide-seiri.jp>",
        "東和損保 損害サービス 新井様 <arai.k@towa-sonpo.co.jp>"],
    subject="川口406号室 作業工程の共有",
    charset="utf-8",
    body=f"""関係各社様

お世話になっております。日の出産業の真鍋です。
川口406号室の作業工程を以下のとおり共有いたします。

10/27（月）遺品整理・残置物搬出（おもいで整理サービス様）
10/28（火）～11/1（土）特殊清掃・オゾン脱臭（クリーンリバース様）
11/4（火）東和損保様 損害確認（立会い：弊社 久保寺）
11/5（水）以降 原状回復工事

工程変更がありましたら、全員返信でご連絡ください。

{SIG["manabe"]}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations in To can see each other's addresses")

# 067 — two contractors in To/Cc: a normal three-way mail
add(67,
    sender=FROM["kubodera"],
    to=["クリーンリバース 現場管理 <genba@clean-reverse.co.jp>"],
    cc=["おもいで整理サービス 現場手配 <genba@omoide-seiri.jp>"],
    subject="南小岩302 作業順序の確認",
    charset="iso-2022-jp",
    body=f"""クリーンリバース様
（cc おもいで整理サービス様）

久保寺です。南小岩302の件、作業順序の確認です。

1. 10/23 クリーンリバース様 一次消臭・害虫駆除
2. 10/24 おもいで整理サービス様 貴重品捜索・仕分け、搬出
3. 10/25～ クリーンリバース様 汚染物撤去・本消臭

鍵はキーボックス（現地にて番号をお伝えします）で受け渡します。
作業車は建物前の道路が狭いため、近隣のコインパーキングをご利用ください。

{SIG["kubodera"]}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external contractors in To/Cc, no personal data")

# 068 — look-alike of the partner system vendor's domain (rn for m)
add(68,
    sender=FROM["isurugi"],
    to=["ツバサシステム サポート <support@tsubasa-systern.jp>"],
    subject="賃貸管理システム 帳票出力エラーのお問い合わせ",
    charset="utf-8",
    body=f"""ツバサシステム サポートご担当者様

お世話になっております。日の出産業の石動です。
本日より、オーナー送金明細書の一括出力でエラーが発生しております。

・画面：オーナー管理 ＞ 送金明細 ＞ 一括PDF出力
・エラー：ERR-RPT-4021「テンプレートの読み込みに失敗しました」
・バージョン：TSB-Chintai 7.3.2（10/18 アップデート適用後）

月末の送金処理に影響するため、至急ご確認をお願いいたします。

{SIG["isurugi"]}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-systern.jp ('rn' for 'm') is a look-alike of partner tsubasa-system.jp")

# 069 — the real system vendor: a support question
add(69,
    sender=FROM["isurugi"],
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="Re: 【受付番号 TS-88172】帳票出力エラー",
    charset="utf-8",
    body=f"""ツバサシステム サポート 吉岡様

ご対応ありがとうございます。石動です。
ご案内いただいたパッチ（TSB-Chintai 7.3.2-hf1）を適用したところ、
一括PDF出力が正常に完了することを確認しました。

本件はクローズで結構です。

{SIG["isurugi"]}

> 日の出産業 石動様
> パッチ 7.3.2-hf1 を公開いたしましたので、適用をお願いいたします。
> ツバサシステム サポート 吉岡
""",
    expect="pass", entities=[], detectors=[],
    note="support reply to the partner vendor with version numbers only")

# 070 — unencrypted ZIP: deposit refund transfers (7 people's bank accounts) to the bookkeeping agent
_rows = [["退去者", "フリガナ", "銀行", "支店", "種別", "口座番号", "返還額"]]
for _ in range(7):
    s, g, sk, gk = person()
    _rows.append([f"{s} {g}", f"{sk} {gk}", R.choice(["三つ葉銀行", "ゆうちょ銀行", "東都信用金庫", "みどり銀行"]),
                  R.choice(["本店", "新宿支店", "〇二八支店", "浦和支店", "船橋北口支店"]),
                  R.choice(["普通", "普通", "当座"]), f"{R.randint(1000000, 9999999)}",
                  R.randint(20, 190) * 1000])
add(70,
    sender=FROM["okawara"],
    to=["経理サポート 振込代行チーム <furikomi@keiri-support.co.jp>"],
    subject="敷金返還 振込データ（10月退去分）",
    charset="cp932",
    body=f"""経理サポート株式会社
振込代行チーム ご担当者様

お世話になっております。日の出産業 経理課の大河原です。
10月退去分の敷金返還の振込データをお送りします。
振込指定日は11月10日でお願いいたします。

{SIG["okawara"]}
""",
    attachments=[{"kind": "zip", "name": "shikikin_henkan_202510.zip",
                  "files": [{"kind": "csv", "name": "敷金返還_202510.csv", "encoding": "cp932", "rows": _rows},
                            {"kind": "txt", "name": "readme.txt", "text": "振込指定日 2025/11/10\n件数 7件\n"}]}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="ZIP (not encrypted) holds a CSV with seven people's bank accounts, sent externally")

# 071 — ZIP with photos and a text report (no personal data) to the owner company
add(71,
    sender=FROM["kubodera"],
    to=["大和田興産 資産管理部 <shisan@owada-kosan.co.jp>"],
    subject="川口 共用部 定期巡回報告（写真付き）",
    charset="utf-8",
    body=f"""大和田興産株式会社
資産管理部 御中

お世話になっております。久保寺です。
10月の定期巡回報告書と写真をZIPにまとめてお送りします。
外階段の鉄部塗装の剥がれが進んでおりますので、来期の修繕計画に入れることを
ご提案いたします（概算 38万円）。

{SIG["kubodera"]}
""",
    attachments=[{"kind": "zip", "name": "巡回報告_川口_202510.zip",
                  "files": [{"kind": "txt", "name": "巡回報告.txt",
                             "text": "巡回日 2025/10/16\n共用灯：異常なし\n植栽：剪定要\n外階段：鉄部塗装剥がれ（2F-3F踊り場）\n"
                                     "ゴミ置場：分別不良 2袋（掲示で注意喚起済み）\n"},
                            {"kind": "png", "name": "外階段_01.png"},
                            {"kind": "png", "name": "ゴミ置場_01.png"}]}],
    expect="pass", entities=[], detectors=[],
    note="inspection photos and a building report in a plain ZIP: nothing personal")

# 072 — password-protected PDF settlement sent to a tenant's Gmail
add(72,
    sender=FROM["ogino"],
    to=["kaito.shimamura.88@gmail.com"],
    subject="敷金精算書の送付（メゾン・ド・ひので 105号室）",
    charset="iso-2022-jp",
    body=f"""島村 様

日の出産業 入居者サポートセンターの荻野です。
敷金精算書をPDFでお送りいたします。
PDFにはパスワードを設定しております（ご契約時の電話番号の下4桁）。
内容をご確認のうえ、同意書にご署名いただき返送をお願いいたします。

{SIG["ogino"]}
""",
    attachments=[{"kind": "pdf", "name": "敷金精算書_105.pdf", "password": "4471",
                  "lines": ["敷金精算書", "メゾン・ド・ひので 105号室", "預り敷金 130,000円",
                            "クリーニング 38,500円", "返還額 91,500円"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected PDF cannot be inspected (to a tenant's free-mail address)")

# 073 — one tenant's own settlement details, to that tenant
s, g, sk, gk = person()
add(73,
    sender=FROM["ogino"],
    to=[f"{s} {g} 様 <tsubame.{R.randint(100, 999)}@gmail.com>"],
    subject="敷金精算のご案内（サンライズ大倉山 201号室）",
    charset="utf-8",
    body=f"""{s} {g} 様

このたびはご退去のお手続きをいただきありがとうございました。
日の出産業 入居者サポートセンターの荻野です。敷金精算の内容をご案内いたします。

　預り敷金　　　　　　　　　　　150,000円
　ハウスクリーニング（特約）　　 -44,000円
　エアコン洗浄（特約）　　　　　 -13,200円
　クロス補修（タバコ焦げ 1か所） -8,800円
　返還額　　　　　　　　　　　　 84,000円

振込先：ゆうちょ銀行 〇一八支店 普通 {R.randint(1000000, 9999999)} {sk} {gk}
（ご退去時の届出どおり）
振込予定日：11月28日

内容にご異議がなければ、ご返信は不要です。

{SIG["ogino"]}
""",
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data", "freemail_recipient"],
    note="one tenant's own settlement and bank account sent to that tenant: single person, may be warned")

# 074 — attached .eml: residents' survey replies with names and phones, to the HOA adviser
_sv = []
for _ in range(6):
    s, g, _, _ = person()
    _sv.append(f"{R.randint(2, 14)}0{R.randint(1, 6)}号室 {s}{g}（{mobile()}）："
               f"{R.choice(['宅配ボックス増設を希望', 'ペット飼育細則の見直しに賛成', '駐輪場の拡張を希望', '防犯カメラ増設に賛成', '管理費値上げには反対', '特になし'])}")
add(74,
    sender=FROM["mochizuki"],
    to=["マンションコンサル21 村瀬様 <murase@mansion-consul.jp>"],
    subject="FW: アンケート集計（理事会報告用）",
    charset="utf-8",
    body=f"""村瀬様

望月です。理事から届いたアンケート集計のメールを添付で転送いたします。
次回理事会の資料作成の参考にしてください。

{SIG["mochizuki"]}
""",
    attachments=[{"kind": "eml", "name": "アンケート集計.eml",
                  "message": {"sender": "小笠原 <ogasawara-riji@outlook.jp>",
                              "to": ["mochizuki.kanako@hinode-sangyo.co.jp"],
                              "subject": "アンケート集計", "charset": "utf-8",
                              "body": "望月さん\n\n回答があった方の分をまとめました（連絡先は回答用紙に記入があったもの）。\n\n"
                                      + "\n".join(_sv) + "\n\n小笠原"}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="attached mail lists six residents with phones and opinions, forwarded to an external adviser")

# 075 — attached .eml: a tenant describes her son's developmental disorder and her depression
s, g = "小野寺", "瑞穂"
add(75,
    sender=FROM["saeki"],
    to=["神田ホールディングス 三上様 <mikami@kanda-holdings.co.jp>"],
    subject="FW: 騒音のご指摘について（ご入居者様からのメール）",
    charset="iso-2022-jp",
    body=f"""三上様

佐伯です。常盤台302号室への騒音苦情の件で、ご入居者様から届いたメールを
添付いたします。事情を汲んで、当面は注意文の投函を控えたいと考えております。

{SIG["saeki"]}
""",
    attachments=[{"kind": "eml", "name": "騒音のご指摘について.eml",
                  "message": {"sender": f"{s} {g} <sakura.mama.{R.randint(10, 99)}@yahoo.co.jp>",
                              "to": ["saeki.tomoaki@hinode-sangyo.co.jp"],
                              "subject": "騒音のご指摘について", "charset": "iso-2022-jp",
                              "body": f"日の出産業 佐伯様\n\nヒノデハイツ常盤台302の{s}です。\n"
                                      "下の階の方にご迷惑をおかけしていること、申し訳なく思っています。\n"
                                      "息子（7歳）は発達障害（ADHD）の診断を受けており、夕方になると走り回って"
                                      "しまうことがあります。療育にも通っています。\n"
                                      "私自身もうつ病で通院中で、なかなか強く止められずにいます。\n"
                                      "防音マットは追加で敷きました。どうかご理解いただけますと幸いです。\n"}}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="forwarded .eml names a tenant and gives her child's and her own diagnoses (要配慮), to an owner company")

# 076 — key opening report to the guarantor: tenant hospitalised with a stroke
s, g, _, _ = person()
add(76,
    sender=FROM["ogino"],
    to=["あんしん家賃保証 契約管理部 <keiyaku@anshin-yachin.co.jp>"],
    subject="安否確認開錠のご報告（保証番号 AY-23-088714）",
    charset="cp932",
    body=f"""あんしん家賃保証 契約管理部 御中

お世話になっております。日の出産業 入居者サポートセンターの荻野です。
保証番号 AY-23-088714（サンライズ東船橋 604号室）のご契約者 {s} {g}様につき、
昨日の安否確認の結果をご報告いたします。

10/20 14時、船橋東警察署の警察官立会いのもと開錠したところ、ご本人が
室内で倒れており意識がもうろうとした状態でした。救急搬送され、
搬送先の病院で脳梗塞と診断、現在も入院中とのことです（妹様より聴取）。

入院が長期化する見込みのため、11月分以降の賃料の支払い方法について、
妹様と御社を交えてご相談させてください。

{SIG["ogino"]}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named tenant's diagnosis (脳梗塞) and hospitalisation to an external guarantor")

# 077 — key opening report to the owner: nobody named, nothing found
add(77,
    sender=FROM["ogino"],
    to=["大和田興産 資産管理部 <shisan@owada-kosan.co.jp>"],
    subject="川口 305号室 安否確認の結果（異常なし）",
    charset="iso-2022-jp",
    body=f"""大和田興産株式会社 資産管理部 御中

お世話になっております。荻野です。
本日、ご親族からの依頼により川口305号室の安否確認を行いました。
警察官立会いのもと開錠しましたが、室内は整然としており、ご入居者様は
ご不在でした（その後、出張中であったことが確認できております）。

開錠費用（16,500円）はご依頼者のご親族負担でご了承済みです。
シリンダーの交換は行っておりません。

{SIG["ogino"]}
""",
    expect="pass", entities=[], detectors=[],
    note="key-opening report with no one named and no personal details")

# 078 — barrier-free works: a named tenant's wheelchair and disability grade, to a contractor
s, g, _, _ = person()
add(78,
    sender=FROM["kubodera"],
    to=["葵建装 工事部 <koji@aoi-kenso.co.jp>"],
    subject="住戸内手すり・段差解消工事のお見積り依頼",
    charset="utf-8",
    body=f"""葵建装株式会社 工事部 御中

お世話になっております。久保寺です。
サンライズ大倉山 103号室の住戸内改修についてお見積りをお願いします。

ご入居者の{s} {g}様が、この夏の交通事故の後遺症で車椅子をご利用になり、
身体障害者手帳1級の交付を受けられたとのことです。オーナー様のご了承のもと、
以下の工事を検討しております（一部は市の住宅改修助成を利用予定）。

・玄関框の段差解消（スロープ設置）
・トイレ・浴室の手すり設置（L型 各1）
・洗面台を車椅子対応型に交換

現地調査は平日の午後でご本人のご都合を伺います。

{SIG["kubodera"]}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named tenant's disability (身体障害者手帳1級, 要配慮) sent to an external contractor")

# 079 — look-alike of the own domain (.com): noise log meant for a colleague
s, g = "仁科", "亮"
s2, g2, _, _ = person()
add(79,
    sender=FROM["ogino"],
    to=["佐伯 智明 <saeki.tomoaki@hinode-sangyo.com>"],
    subject="東船橋402 騒音対応メモ（共有）",
    charset="cp932",
    body=f"""佐伯さん

荻野です。東船橋402の件、センターで受けた記録を共有します。

10/18 23:40 302 {s2}様より入電（上階の怒鳴り声）
10/19 09:10 402 {s}様へ架電、不通。留守電に要折返し
10/20 18:30 402 {s}様より折返し。「友人が来ていた、以後気をつける」

法務の石動さんにも回してあります。

荻野
""",
    expect="stop", entities=["PERSON_NAME"], detectors=["lookalike_domain", "personal_data"],
    note="colleague's address typed as hinode-sangyo.com, a TLD-swap look-alike of the own domain")

# 080 — three unit owners on free mail in To
add(80,
    sender=FROM["mochizuki"],
    to=["takato.musashikosugi@gmail.com", "ogasawara-riji@outlook.jp", "kazuko-hirose@yahoo.co.jp"],
    subject="臨時総会の日程について（修繕委員の皆様）",
    charset="iso-2022-jp",
    body=f"""修繕委員の皆様

日の出産業の望月です。
大規模修繕の施工会社決定に係る臨時総会の日程案をお送りします。

第1候補：12月7日（日）10:00～
第2候補：12月14日（日）10:00～
会場：グランヒノデ武蔵小杉 集会室

11月5日までにご都合をお知らせください。

{SIG["mochizuki"]}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private owners in To on free mail can see each other: should have been Bcc")

# == 081-100 ===============================================================================

# 081 — internal (subdomain): general meeting attendance list of twenty owners
_rows = []
_rms = sorted(R.sample([f"{f}0{u}" for f in range(2, 15) for u in range(1, 7)], 20), key=int)
for i in range(20):
    s, g, _, _ = person()
    _rows.append((_rms[i], f"{s} {g}",
                  R.choice(["出席", "委任状", "議決権行使書", "未提出"]),
                  R.choice(["（居住）", address()]), R.choice([mobile(), "-"])))
add(81,
    sender=FROM["mochizuki"],
    to=["総務部 文書管理 <bunsho@mail.hinode-sangyo.co.jp>"],
    cc=["真鍋 あずさ <manabe.azusa@hinode-sangyo.co.jp>"],
    subject="【保管依頼】グランヒノデ武蔵小杉 第14期通常総会 出欠集計",
    charset="utf-8",
    body=f"""総務部 文書管理ご担当者様

お疲れさまです。マンション管理課の望月です。
第14期通常総会の出欠集計（抜粋）です。原本は管理組合書類として書庫へ移管します。
外部所有者（非居住）は送付先住所も記載しています。

{table(["号室", "区分所有者", "出欠", "送付先", "連絡先"], _rows)}

望月
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="owners' list with addresses sent to an internal subdomain only")

# 082 — PPTX arrears slide with five named tenants to the owner company
_sl = ["滞納者一覧（10月末・2か月以上）"]
for _ in range(5):
    s, g, _, _ = person()
    _sl.append(f"{room()} {s} {g}　{R.randint(2, 5) * 78000:,}円　勤務先：{R.choice(['飲食店（アルバイト）', '運送業', '無職', '介護施設', '建設業（日雇い）'])}　TEL {mobile()}")
add(82,
    sender=FROM["kiryu"],
    to=["神田ホールディングス 不動産部 三上様 <mikami@kanda-holdings.co.jp>"],
    subject="定例報告会資料（10月）",
    charset="utf-8",
    body=f"""三上様

お世話になっております。桐生です。
明日の定例報告会の資料をお送りします。滞納対応については4枚目にまとめております。

{SIG["kiryu"]}
""",
    attachments=[{"kind": "pptx", "name": "定例報告会_202510.pptx",
                  "slides": [["定例報告会 2025年10月", "ヒノデハイツ常盤台／サンライズ大倉山", "日の出産業株式会社"],
                             ["入居状況", "常盤台 16/18戸、大倉山 27/28戸", "新規成約 2件、解約予告 1件"],
                             ["修繕", "大倉山 排水管高圧洗浄 11/15予定"],
                             _sl]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a slide lists five tenants in arrears with employer and phone, sent to an external owner")

# 083 — PPTX with aggregate figures only
add(83,
    sender=FROM["manabe"],
    to=["神田ホールディングス 三上様 <mikami@kanda-holdings.co.jp>"],
    subject="上期 管理実績のご報告",
    charset="iso-2022-jp",
    body=f"""三上様

お世話になっております。真鍋です。
上期（4～9月）の管理実績をまとめました。ご査収ください。

{SIG["manabe"]}
""",
    attachments=[{"kind": "pptx", "name": "上期管理実績_2025.pptx",
                  "slides": [["2025年度 上期 管理実績", "神田ホールディングス株式会社 様"],
                             ["主要指標", "平均入居率 95.8%（前年同期 94.1%）", "滞納率 1.2%（2か月以上 0.4%）",
                              "平均空室期間 38日", "更新率 86%"],
                             ["クレーム受付", "騒音 14件／設備 31件／ゴミ 9件／その他 6件",
                              "平均一次対応時間 2.1時間"]]}],
    expect="pass", entities=[], detectors=[],
    note="aggregate management statistics, no person's data")

# 084 — legacy XLS: six insured tenants with birth dates to the contents-insurance company
_rows = [["証券番号", "被保険者", "生年月日", "物件", "号室", "電話", "満期"]]
for _ in range(6):
    s, g, _, _ = person()
    y, mo, d = dob(1950, 2003)
    _rows.append([f"MS{R.randint(1000000, 9999999)}", f"{s} {g}", f"{y}/{mo}/{d}", R.choice(BLDGS),
                  room(), mobile(), "2025/12/31"])
add(84,
    sender=FROM["saeki"],
    to=["みんなの少額短期保険 代理店サポート <dairiten@minna-shotan.co.jp>"],
    subject="家財保険 12月満期 更新対象者リスト",
    charset="cp932",
    body=f"""みんなの少額短期保険株式会社
代理店サポート ご担当者様

お世話になっております。代理店コード HS0418 の日の出産業 佐伯です。
12月満期の更新対象者リストをお送りします（旧形式のxlsで失礼します）。
更新案内の発送をお願いいたします。

{SIG["saeki"]}
""",
    attachments=[{"kind": "xls", "name": "更新対象_12月満期.xls", "sheets": {"12月満期": _rows}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS with six insured tenants' birth dates and phones to an external insurer")

# 085 — invoice query with the guarantee company's registration number (T-number)
_tno = "T" + corp_number(f"{R.randint(10 ** 11, 10 ** 12 - 1)}")
add(85,
    sender=FROM["okawara"],
    to=["あんしん家賃保証 経理部 <keiri@anshin-yachin.co.jp>"],
    subject="10月分ご請求書の登録番号について",
    charset="utf-8",
    body=f"""あんしん家賃保証株式会社
経理部 ご担当者様

お世話になっております。日の出産業 経理課の大河原です。
10月分の保証料ご請求書（請求番号 INV-2510-00412、金額 1,284,600円）を
拝受いたしました。

請求書に記載の登録番号 {_tno} が、適格請求書発行事業者公表サイトの
表示と一致していることを確認いたしました。
支払は11月末日、みどり銀行からのお振込みとなります。

{SIG["okawara"]}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="a company's invoice registration number and invoice number: business data, not a person's")

# 086 — look-alike of the partner bank's domain (co. dropped), one tenant's account
s, g, sk, gk = person()
add(86,
    sender=FROM["okawara"],
    to=["みどり銀行 池袋支店 <ikebukuro-hojin@midori-ginko.jp>"],
    subject="振替不能分の再振替について",
    charset="iso-2022-jp",
    body=f"""みどり銀行 池袋支店 法人営業課 御中

いつもお世話になっております。日の出産業の大河原です。
10月27日の口座振替で不能となった1件について、再振替をお願いできますでしょうか。

　顧客番号 208814　口座名義 {sk} {gk}
　みどり銀行 大宮支店 普通 {R.randint(1000000, 9999999)}
　金額 81,000円

{SIG["okawara"]}
""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="midori-ginko.jp is a look-alike of partner midori-ginko.co.jp (co. dropped)")

# 087 — reply to a tenant on carrier mail: the company's bank account for rent
add(87,
    sender=FROM["kiryu"],
    to=["t.arakawa-0508@i.softbank.ne.jp"],
    subject="Re: 家賃の振込先を教えてください",
    charset="iso-2022-jp",
    body=f"""荒川様

お問い合わせありがとうございます。日の出産業 賃貸管理課の桐生です。
口座振替の手続きが完了するまでの間、家賃は下記口座へお振込みください。

　みどり銀行 池袋支店（店番 214）
　普通預金 1182736
　口座名義 ヒノデサンギョウ（カ

お振込みの際は、お名前の前に部屋番号（例：0305アラカワ）を入れてください。
振込手数料はご負担いただいております。

{SIG["kiryu"]}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="the company's own bank account to one tenant on carrier mail: business data")

# 088 — five applicants' records in blocks with 和暦 birth dates, to a guarantee company
_blk = []
for i in range(5):
    s, g, sk, gk = person()
    y, mo, d = dob(1950, 2002)
    _blk.append(f"＜{i + 1}＞ {s} {g}（{sk}{gk}）\n"
                f"　生年月日：{wareki(y, mo, d, 'short' if i % 2 else 'kanji')}\n"
                f"　勤務先：{R.choice(['㈱アオバ物流', '北国フーズ㈱ 工場', '船橋中央クリニック', '自営業（内装）', 'パート（スーパー）'])}\n"
                f"　携帯：{zen(mobile()) if i % 2 == 0 else mobile()}")
add(88,
    sender=FROM["saeki"],
    to=["日陽家賃保証 審査課 <shinsa@nichiyo-hosho.co.jp>"],
    subject="一括審査のお願い（サンライズ東船橋 新築時申込 5件）",
    charset="utf-8",
    body="""日陽家賃保証株式会社 審査課 御中

お世話になっております。日の出産業の佐伯です。
サンライズ東船橋（2号棟）の先行申込分5件について、一括で審査をお願いいたします。

""" + "\n\n".join(_blk) + f"""

申込書の原本は後日まとめて郵送いたします。

{SIG["saeki"]}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five applicants with 和暦 birth dates and phones, one block each, to an external guarantor")

# 089 — English DOCX marked CONFIDENTIAL to a foreign investor
add(89,
    sender=FROM["usami"],
    to=["Mr. Reed <j.reed@brightharbor-capital.com>"],
    subject="Draft property management terms - Sunrise Okurayama",
    charset="utf-8",
    body=f"""Dear Mr. Reed,

Following our call, please find attached the draft terms of our property management
agreement for Sunrise Okurayama. The fee structure reflects the 28-unit scale and
includes our 24-hour call centre.

We look forward to your comments.

Best regards,

{SIG["usami"]}
""",
    attachments=[{"kind": "docx", "name": "PM_terms_draft_Okurayama.docx",
                  "page_header": "CONFIDENTIAL", "title": "Property Management Terms (Draft)",
                  "paragraphs": ["CONFIDENTIAL - Draft for discussion",
                                 "Property Management Agreement - Key Terms",
                                 "1. Management fee: 4.5% of collected rent (minimum JPY 120,000/month).",
                                 "2. Leasing fee: one month's rent per new lease.",
                                 "3. Repairs up to JPY 100,000 per case may be ordered without prior approval.",
                                 "4. Term: two years, renewable; three months' notice."]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attachment stamped CONFIDENTIAL (header and first line) goes to an external investor")

# 090 — English mail with the standard disclaimer only
add(90,
    sender=FROM["usami"],
    to=["Mr. Reed <j.reed@brightharbor-capital.com>"],
    subject="Re: Site visit on 12 November",
    charset="utf-8",
    body=f"""Dear Mr. Reed,

Thank you. 12 November at 14:00 works for us. I will meet you at Okurayama Station
(Tokyu Toyoko Line, west exit) and we can walk to the property, about six minutes.
We will be able to show you the common areas, the parking and one vacant unit (#101).

Please bring comfortable shoes; the approach is on a slope.

Best regards,

{SIG["usami"]}

{DISCLAIMER_EN}

On Mon, 27 Oct 2025 at 09:12, James Reed <j.reed@brightharbor-capital.com> wrote:
> Hayato, would 12 November in the afternoon work for a site visit?
> James
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary English mail; the standard disclaimer is not a confidentiality stamp")

# 091 — five residents' new emergency numbers in running text, full-width digits
_txt = []
for _ in range(5):
    s, g, _, _ = person()
    _txt.append(f"{R.randint(2, 14)}0{R.randint(1, 6)}の{s}さん（{R.choice(['ご主人', '奥様', 'ご本人', 'ご長男'])}）は"
                f"{zen(mobile())}に")
add(91,
    sender=FROM["mochizuki"],
    to=["高遠 正和 <takato@takato-sekkei.co.jp>"],
    subject="緊急連絡先の変更届について",
    charset="cp932",
    body=f"""高遠理事長

お世話になっております。望月です。
先月の防災訓練後に緊急連絡先の変更届が出ておりましたので、お手元の名簿の
修正をお願いいたします。
{"、".join(_txt)}それぞれ変更となっております。
また、ご高齢の方の見守り名簿は別途お送りします。

{SIG["mochizuki"]}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five residents' new phone numbers (full-width) in running text to an external address")

# 092 — meeting room booking with four attendees' phones
_att = []
for role in ["理事長", "副理事長", "修繕委員"]:
    s, g, _, _ = person()
    _att.append(f"・{s} {g}（{role}）　{mobile()}")
add(92,
    sender=FROM["mochizuki"],
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="会議室ご予約の件（11/22 日の出産業）",
    charset="iso-2022-jp",
    body="""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の望月です。
11月22日（土）13:00～17:00 の小会議室「葵」のご予約について、
当日の出席者と緊急時の連絡先をお知らせいたします。

""" + "\n".join(_att) + f"""
・望月 加奈子（日の出産業）　080-4410-2291

プロジェクターとホワイトボードのご用意をお願いいたします。

{SIG["mochizuki"]}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a short list of attendees with phones (three residents plus staff) to a partner hotel: under five")

# 093 — basic pension number of an elderly tenant to the city's housing section
s, g, sk, gk = person()
add(93,
    sender=FROM["ogino"],
    to=["南里市 住宅政策課 <jutaku@city.minamisato.lg.jp>"],
    subject="高齢者世帯家賃助成 申請書類の件（代理提出）",
    charset="utf-8",
    body=f"""南里市 住宅政策課 ご担当者様

お世話になっております。日の出産業株式会社の荻野です。
高齢者世帯家賃助成の申請について、ご本人の委任を受けて不足書類の情報を
お送りいたします。

申請者：{s} {g}（{sk} {gk}）
生年月日：{wareki(1944, 7, 21)}
住所：埼玉県南里市緑ヶ丘2-5-11 コーポ青柳 203号室
基礎年金番号：{R.randint(1000, 9999)}-{R.randint(100000, 999999)}
年金の種類：老齢基礎年金（年額 約79万円）

年金額改定通知書の写しは郵送いたします。

{SIG["ogino"]}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a tenant's basic pension number (基礎年金番号) sent to a municipal office")

# 094 — internal: special cleaning completed, with cause of death
s, g = "蛭田", "光男"
add(94,
    sender=FROM["kubodera"],
    to=["真鍋 あずさ <manabe.azusa@hinode-sangyo.co.jp>", "ogino.satomi@hinode-sangyo.co.jp"],
    subject="南小岩302 特殊清掃完了報告",
    charset="iso-2022-jp",
    body=f"""真鍋さん、荻野さん

久保寺です。南小岩302（故 {s} {g}様）の特殊清掃が本日完了しました。
ご遺族のお話では死因はてんかん発作による窒息とのことで、発見まで約9日。
床下地までの汚染はなく、CF張替で対応可能です。

・オゾン脱臭：3日間実施、臭気測定値 OK
・残置物：遺品整理業者で搬出済み
・原状回復：11/5着工予定

写真は共有フォルダ「南小岩302」に入れています。

久保寺
""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="named deceased and cause of death, but sent to internal staff only")

# 095 — UTF-8 CSV of five residents' survey replies to the acoustic consultant
_rows = [["回答日", "号室", "氏名", "電話", "気になる時間帯", "音の種類"]]
for _ in range(5):
    s, g, _, _ = person()
    _rows.append([f"2025-10-{R.randint(10, 25)}", R.choice(["201", "202", "301", "302", "401"]), f"{s} {g}",
                  mobile(), R.choice(["22時～2時", "早朝5時～7時", "夕方", "終日"]),
                  R.choice(["足音", "低い振動音", "話し声", "給排水音"])])
add(95,
    sender=FROM["ogino"],
    to=["音響計測ラボ 測定部 <sokutei@oto-keisoku.co.jp>"],
    subject="騒音測定前のアンケート結果",
    charset="utf-8",
    body=f"""音響計測ラボ株式会社 測定部 御中

日の出産業の荻野です。
測定前に実施した入居者アンケートの結果（回答者5名）を添付いたします。
測定時の立会いについて、各入居者様と直接ご調整いただくため連絡先も入れております。

{SIG["ogino"]}
""",
    attachments=[{"kind": "csv", "name": "survey_result.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="CSV with five residents' names and phones to an external acoustic consultant")

# 096 — noise measurement request: rooms and dates only
add(96,
    sender=FROM["kubodera"],
    to=["音響計測ラボ 測定部 <sokutei@oto-keisoku.co.jp>"],
    subject="床衝撃音測定のご依頼（サンライズ東船橋）",
    charset="cp932",
    body=f"""音響計測ラボ株式会社 測定部 御中

お世話になっております。日の出産業 建物管理課の久保寺です。
上下階の生活音に関するトラブルを受け、床衝撃音の測定をお願いしたくご連絡しました。

・測定対象：402号室（音源側）→ 302号室（受音側）
・測定項目：重量床衝撃音（LH）、軽量床衝撃音（LL）、暗騒音の夜間連続測定（24h）
・希望時期：11月第2週～第3週
・床仕様：直床 フローリング（LL-45 相当の製品と聞いております）

お見積りと、必要な立会い人数をお知らせください。

{SIG["kubodera"]}
""",
    expect="pass", entities=[], detectors=[],
    note="measurement job request with room numbers only: ordinary contractor mail")

# 097 — ISO-2022-JP: a tenant's driving licence number for identity check at the door
s, g, _, _ = person()
_lic = f"{R.randint(30, 55)}{R.randint(0, 99):02d}{R.randint(10000000, 99999999)}"
add(97,
    sender=FROM["ogino"],
    to=["キーレスキュー東都 手配センター <tehai@keyrescue-toto.jp>"],
    subject="鍵紛失による開錠（本人確認情報）",
    charset="iso-2022-jp",
    body=f"""キーレスキュー東都 手配センター様

日の出産業の荻野です。本日20時のヒノデコート桜台 208号室、鍵紛失による開錠の件です。
現地でのご本人確認のため、入居者様から伺った内容をお送りします。
運転免許証をお持ちとのことですので、現地で照合をお願いします。

　入居者氏名：{s} {g}
　運転免許証番号：{_lic}
　契約上の生年月日と免許証記載が一致することを確認済み

照合できない場合は作業を中止し、センターまでご連絡ください。

{SIG["ogino"]}
""",
    expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="a tenant's driving licence number sent to an external locksmith")

# 098 — move-out cost allocation table to the owner: items and amounts
add(98,
    sender=FROM["kubodera"],
    to=["大和田興産 資産管理部 鶴見様 <tsurumi@owada-kosan.co.jp>"],
    subject="川口302 退去精算（費用負担区分）のご確認",
    charset="utf-8",
    body=f"""鶴見様

お世話になっております。久保寺です。
川口302号室の退去に伴う原状回復費用の負担区分案をお送りします。
ガイドラインに沿って、経過年数（入居7年）を考慮しています。

{table(["項目", "数量", "金額(税込)", "借主", "貸主"], [
        ("クロス張替（LDK・洋室）", "62㎡", "99,200", "0", "99,200"),
        ("クロス補修（落書き 1か所）", "1式", "8,800", "8,800", "0"),
        ("ハウスクリーニング（特約）", "1式", "44,000", "44,000", "0"),
        ("CF張替（洗面）", "3.2㎡", "19,800", "0", "19,800"),
        ("網戸張替", "2枚", "7,700", "7,700", "0"),
        ("合計", "", "179,500", "60,500", "119,000")])}

ご了承いただけましたら、借主様へ精算書を送付いたします。

{SIG["kubodera"]}
""",
    expect="pass", entities=[], detectors=[],
    note="cost allocation table (items and amounts) without any tenant data")

# 099 — water leak: upstairs and downstairs residents and the insurer, all visible
add(99,
    sender=FROM["kubodera"],
    to=["haruto.kuze@gmail.com", "michiyo-fuse@yahoo.co.jp"],
    cc=["東和損保 損害サービス 新井様 <arai.k@towa-sonpo.co.jp>"],
    subject="漏水事故の今後の流れについて（ヒノデコート桜台 402・302）",
    charset="iso-2022-jp",
    body=f"""402号室 久世様
302号室 布施様
（cc 東和損害保険 新井様）

日の出産業 建物管理課の久保寺です。
昨日の漏水事故（402号室 洗濯機給水ホースの外れ）について、今後の流れをご連絡します。

1. 11/1（土）302号室の天井・壁の被害確認（損保会社様・弊社立会い）
2. 修理業者の見積り取得（弊社手配）
3. 402号室様の個人賠償責任保険での対応可否を損保会社様にてご判断

302号室様の家財の被害（照明器具・書籍）は、写真を保管しておいてください。

{SIG["kubodera"]}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="two private residents and an insurer in To/Cc: three external parties see each other")

# 100 — water leak: only the insurer, one affected resident's contact
s, g, _, _ = person()
add(100,
    sender=FROM["kubodera"],
    to=["東和損保 損害サービス 新井様 <arai.k@towa-sonpo.co.jp>"],
    subject="Re: 漏水事故 被害者様のご連絡先",
    charset="utf-8",
    body=f"""新井様

お世話になっております。久保寺です。
302号室の被害者様のご連絡先です（ご本人了承済み）。

　{s} {g}様　{mobile()}（平日19時以降がつながりやすいとのこと）

立会いは11/1（土）10時で確定しております。よろしくお願いいたします。

{SIG["kubodera"]}

> 久保寺様
> 被害者様へ直接ご連絡したいので、連絡先をお知らせいただけますか。
> 東和損保 新井
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one affected resident's name and phone to the insurer: single person, may be warned")
