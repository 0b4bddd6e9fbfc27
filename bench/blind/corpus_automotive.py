"""Blind corpus, area ``automotive`` — written from BRIEF.md (and build.py's helpers) alone,
without reading mailguard's code or the other corpus files.  It covers the mail of
日の出産業's company-car administration (総務部 車両管理課: 社用車, 運転者台帳, 免許証確認,
アルコールチェック, 事故報告, 駐車場契約, 自動車保険のフリート契約, 車検・点検) and of its
car-dealer/lease business line (モビリティ事業部: 日の出モータース販売店, 日の出オートリース,
提携整備工場, 陸送, オートローン/クレジット, 車検DM, 下取り・オークション), sent to lease
companies, insurers and agents, dealers, repair shops, parking operators, driving schools,
printers, call centres and private customers: lists of drivers and customers in every
layout, licence/ID/card numbers, accident injuries and offences, visible recipient lists,
look-alike domains, confidentiality stamps and unreadable attachments, next to the many
ordinary mails of the trade (quotes, invoices, plate and chassis numbers, statistics,
shop directories, quoted replies, internal-only mail) that must go.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

# --------------------------------------------------------------------------------------
# small helpers to invent people and format them the way staff paste them

_SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"),
    ("岡本", "オカモト", "Okamoto"), ("原田", "ハラダ", "Harada"), ("竹内", "タケウチ", "Takeuchi"),
    ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"), ("野口", "ノグチ", "Noguchi"),
    ("菅原", "スガワラ", "Sugawara"), ("千葉", "チバ", "Chiba"), ("熊谷", "クマガイ", "Kumagai"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("東海林", "ショウジ", "Shoji"),
    ("五十嵐", "イガラシ", "Igarashi"), ("百目鬼", "ドウメキ", "Domeki"),
    ("四十物", "アイモノ", "Aimono"), ("御手洗", "ミタライ", "Mitarai"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("比嘉", "ヒガ", "Higa"), ("宇佐美", "ウサミ", "Usami"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("喜屋武", "キャン", "Kyan"), ("九十九", "ツクモ", "Tsukumo"), ("新垣", "アラガキ", "Aragaki"),
    ("相馬", "ソウマ", "Soma"), ("能登", "ノト", "Noto"), ("砂川", "スナガワ", "Sunagawa"),
    ("鬼頭", "キトウ", "Kito"), ("二階堂", "ニカイドウ", "Nikaido"), ("大豆生田", "オオマミュウダ", "Omamyuda"),
]
_GIVEN = [
    ("大輔", "ダイスケ", "Daisuke"), ("翔太", "ショウタ", "Shota"), ("健一", "ケンイチ", "Kenichi"),
    ("拓也", "タクヤ", "Takuya"), ("誠", "マコト", "Makoto"), ("浩二", "コウジ", "Koji"),
    ("隆", "タカシ", "Takashi"), ("和也", "カズヤ", "Kazuya"), ("直樹", "ナオキ", "Naoki"),
    ("亮", "リョウ", "Ryo"), ("悠斗", "ユウト", "Yuto"), ("修", "オサム", "Osamu"),
    ("達也", "タツヤ", "Tatsuya"), ("伸一", "シンイチ", "Shinichi"), ("剛", "ツヨシ", "Tsuyoshi"),
    ("昌平", "ショウヘイ", "Shohei"), ("雄一郎", "ユウイチロウ", "Yuichiro"), ("康介", "コウスケ", "Kosuke"),
    ("蓮", "レン", "Ren"), ("慎吾", "シンゴ", "Shingo"), ("哲也", "テツヤ", "Tetsuya"),
    ("美咲", "ミサキ", "Misaki"), ("裕子", "ユウコ", "Yuko"), ("恵", "メグミ", "Megumi"),
    ("彩", "アヤ", "Aya"), ("由美", "ユミ", "Yumi"), ("真由美", "マユミ", "Mayumi"),
    ("千尋", "チヒロ", "Chihiro"), ("陽子", "ヨウコ", "Yoko"), ("奈々", "ナナ", "Nana"),
    ("香織", "カオリ", "Kaori"), ("智子", "トモコ", "Tomoko"), ("舞", "マイ", "Mai"),
    ("早苗", "サナエ", "Sanae"), ("明日香", "アスカ", "Asuka"), ("里奈", "リナ", "Rina"),
    ("紀子", "ノリコ", "Noriko"), ("勝利", "カツトシ", "Katsutoshi"), ("源太", "ゲンタ", "Genta"),
    ("一平", "イッペイ", "Ippei"), ("弘美", "ヒロミ", "Hiromi"), ("忠", "タダシ", "Tadashi"),
]
_PLACES = [
    ("東京都", "大田区", "南六郷", "144"), ("東京都", "足立区", "竹の塚", "121"),
    ("東京都", "江戸川区", "西葛西", "134"), ("東京都", "練馬区", "石神井町", "177"),
    ("東京都", "八王子市", "めじろ台", "193"), ("東京都", "府中市", "若松町", "183"),
    ("神奈川県", "川崎市中原区", "木月", "211"), ("神奈川県", "横浜市港北区", "日吉本町", "223"),
    ("神奈川県", "相模原市中央区", "淵野辺", "252"), ("神奈川県", "藤沢市", "辻堂元町", "251"),
    ("埼玉県", "川口市", "芝新町", "333"), ("埼玉県", "さいたま市浦和区", "岸町", "330"),
    ("埼玉県", "所沢市", "小手指町", "359"), ("千葉県", "船橋市", "前原西", "274"),
    ("千葉県", "松戸市", "常盤平", "270"), ("千葉県", "市川市", "行徳駅前", "272"),
    ("茨城県", "つくば市", "竹園", "305"), ("栃木県", "宇都宮市", "東宿郷", "321"),
    ("群馬県", "高崎市", "問屋町", "370"), ("静岡県", "浜松市中央区", "高林", "430"),
    ("愛知県", "名古屋市天白区", "植田", "468"), ("大阪府", "吹田市", "千里山西", "565"),
    ("兵庫県", "西宮市", "甲子園口", "663"), ("北海道", "札幌市東区", "北十条東", "065"),
    ("宮城県", "仙台市若林区", "荒井", "984"), ("福岡県", "福岡市東区", "香椎駅前", "813"),
]
_BUILDINGS = ["", "", "", "", "コーポ若葉", "サンハイツ", "グランメゾン", "レジデンス桜台",
              "ハイム緑ヶ丘", "パークサイド", "メゾン・ド・ソレイユ"]
_DEPTS = ["営業一課", "営業二課", "東京支店", "横浜営業所", "大宮営業所", "千葉営業所",
          "技術サービス部", "物流センター", "総務部", "購買部", "品質保証部"]
_CARS = ["プリウス", "カローラフィールダー", "ノート", "フィット", "アクア", "ハイエース",
         "N-BOX", "ヤリス", "セレナ", "プロボックス", "フリード", "ステップワゴン", "デミオ",
         "インプレッサ", "エクストレイル", "スイフト", "タント", "ヴォクシー"]
_PLATES = ["品川", "練馬", "足立", "多摩", "横浜", "川崎", "大宮", "所沢", "千葉", "船橋",
           "つくば", "宇都宮", "高崎", "浜松", "名古屋"]
_KANA_PL = "あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ"
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
         "ezweb.ne.jp", "softbank.ne.jp"]


def zen(text: str) -> str:
    """ASCII digits/letters/punctuation to full width (what some people type)."""
    out = []
    for ch in text:
        if ch == " ":
            out.append("　")
        elif "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, w: int, fill: str = " ") -> str:
    gap = max(w - width(text), 0)
    if fill == "　":
        return text + "　" * (gap // 2) + " " * (gap % 2)
    return text + fill * gap


def table(rows: list[list[str]], sep: str = "  ", rule: str = "-") -> str:
    """Rows padded with spaces under a header and a rule, as pasted from Excel into mail."""
    ws = [max(width(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = [sep.join(pad(str(c), ws[i]) for i, c in enumerate(rows[0])).rstrip()]
    if rule:
        total = sum(ws) + width(sep) * (len(ws) - 1)
        lines.append(rule * (total // width(rule)))
    for r in rows[1:]:
        lines.append(sep.join(pad(str(c), ws[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, e, base = "令和", "R", 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, e, base = "平成", "H", 1988
    else:
        era, e, base = "昭和", "S", 1925
    n = y - base
    if style == "kanji":
        return f"{era}{'元' if n == 1 else n}年{m}月{d}日"
    if style == "abbr":
        return f"{e}{n}.{m}.{d}"
    if style == "zen":
        return zen(f"{e}{n}.{m}.{d}").replace("．", "．")
    if style == "zenkanji":
        return f"{era}{zen(str(n))}年{zen(str(m))}月{zen(str(d))}日"
    raise ValueError(style)


def _license(r: random.Random, y: int) -> str:
    code = r.choice(["30", "30", "30", "45", "40", "41", "43", "46", "50", "62"])
    first = min(y + r.randint(18, 26), 2024) % 100
    serial = f"{r.randrange(1_000_000):06d}"
    body = f"{code}{first:02d}{serial}"
    total = sum(int(c) * w for c, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True))
    check = (11 - total % 11) % 10
    return f"{body}{check}{r.choice('0000001')}"


_LOCAL = [pl for pl in _PLACES if pl[0] in ("東京都", "埼玉県")] + [
    ("埼玉県", "川口市", "戸塚東", "333"), ("埼玉県", "川口市", "並木", "332"),
    ("埼玉県", "蕨市", "中央", "335"), ("埼玉県", "戸田市", "喜沢", "335"),
    ("埼玉県", "さいたま市南区", "別所", "336"), ("埼玉県", "さいたま市緑区", "東浦和", "336"),
    ("東京都", "北区", "赤羽西", "115"), ("東京都", "板橋区", "成増", "175")]


def person(seed, used: set | None = None, local: bool = False) -> dict:
    r = random.Random(f"automotive-{seed}")
    for _ in range(50):
        s, g = r.choice(_SURNAMES), r.choice(_GIVEN)
        if used is None or s[0] + g[0] not in used:
            break
    if used is not None:
        used.add(s[0] + g[0])
    y, m, d = r.randint(1959, 2002), r.randint(1, 12), r.randint(1, 28)
    pref, city, town, zp = r.choice(_LOCAL if local else _PLACES)
    bld = r.choice(_BUILDINGS)
    room = f" {bld}{r.randint(1, 5)}0{r.randint(1, 9)}" if bld else ""
    addr = f"{pref}{city}{town}{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 22)}{room}"
    mob = f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    romaji = f"{g[2]} {s[2]}"
    local = r.choice([f"{g[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{r.randint(1, 99)}",
                      f"{g[2][0].lower()}{s[2].lower()}{y % 100:02d}",
                      f"{s[2].lower()}_{g[2].lower()}"])
    exp_y = r.randint(2026, 2030)
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
        "romaji": romaji, "y": y, "m": m, "d": d, "dob": f"{y}/{m:02d}/{d:02d}",
        "zip": f"{zp}-{r.randint(0, 9999):04d}", "addr": addr, "pref": pref,
        "mobile": mob, "email": f"{local}@{r.choice(_FREE)}",
        "license": _license(r, y), "lic_exp": f"{exp_y}/{m % 12 + 1:02d}/{d:02d}",
        "lic_color": r.choice(["ゴールド", "ゴールド", "ブルー", "ブルー", "グリーン"]),
        "lic_type": r.choice(["普通", "普通", "準中型", "中型", "普通・普自二", "大型"]),
        "emp": f"{r.choice('HSK')}{r.randint(10000, 49999)}",
        "dept": r.choice(_DEPTS), "car": r.choice(_CARS),
        "plate": f"{r.choice(_PLATES)} {r.randint(300, 599)} {r.choice(_KANA_PL)} {r.randint(10, 99)}-{r.randint(10, 99)}",
        "r": r,
    }


def people(seed: str, n: int, local: bool = False) -> list[dict]:
    """n distinct people; local=True keeps them near the Saitama/Tokyo shops."""
    used: set = set()
    return [person(f"{seed}-{i}", used, local) for i in range(n)]


def dash(text: str) -> str:
    """Full-width digits with U+2212 minus (what ISO-2022-JP mail decodes to)."""
    return zen(text).replace("－", "−")


MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# --------------------------------------------------------------------------------------
# signatures (the same people write many mails)

SIG_YAMAGISHI = """――――――――――――――――――――
日の出産業株式会社　総務部 車両管理課
山岸 拓也（やまぎし たくや）
〒105-0014 東京都港区芝2-14-8 日の出ビル5F
TEL 03-5476-2210　FAX 03-5476-2219
t-yamagishi@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_OKUBO = """--
日の出産業株式会社 総務部 車両管理課
大久保 梢  Kozue Okubo
TEL: 03-5476-2211 (直通)  内線 5211
〒105-0014 東京都港区芝2-14-8"""

SIG_NAKAMURA_SF = """****************************************
日の出モータース 川口店（日の出産業株式会社 モビリティ事業部）
サービスフロント　仲村 圭吾
〒332-0031 埼玉県川口市青木4-3-17
TEL 048-255-7731 / FAX 048-255-7739
営業時間 9:30-18:30（火曜定休）
****************************************"""

SIG_SHINOZAKI = """─────────────────────
日の出オートリース
（日の出産業株式会社 モビリティ事業部 オートリース課）
篠崎 真理子
TEL 03-5476-2380 / mobile 080-4417-2380
m-shinozaki@hinode-sangyo.co.jp
─────────────────────"""

SIG_ETO = """---------------------------------
日の出モータース 浦和店 営業課
江藤 亮介 (Ryosuke Eto)
〒330-0064 さいたま市浦和区岸町7-2-5
TEL 048-822-5100  FAX 048-822-5109
---------------------------------"""

SIG_ICHIKI = """=================================
日の出産業株式会社 総務部 リスク管理グループ（保険担当）
市来 聡
TEL 03-5476-2230  s-ichiki@hinode-sangyo.co.jp
================================="""

SIG_EN = """--
Kenta Morishita
Fleet Management, General Affairs Dept.
Hinode Sangyo Co., Ltd.
2-14-8 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel +81-3-5476-2214"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""


# ======================================================================================
# 001  driver list, ASCII space-padded table, to the insurance agent
_p = people("001", 8)
add(
    id="automotive-001", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="8 drivers with date of birth and licence number pasted as a padded table to the insurance agent",
    charset="iso-2022-jp",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["かえで保険サービス 小野寺様 <onodera@kaede-hoken.jp>"],
    subject="フリート契約　運転者追加のご連絡（4月入社分）",
    body=f"""かえで保険サービス
小野寺様

いつもお世話になっております。日の出産業 車両管理課の山岸です。

4月1日付で入社・異動した社員のうち、社用車を運転する者が確定しましたので
フリート契約の運転者として追加をお願いいたします。
（証券番号 HK-2291-0034578 / 運転者年齢条件 21歳以上 で変更なしと認識しております）

{table([["社員番号", "氏名", "生年月日", "免許証番号", "色", "所属"]] + [[p["emp"], p["name"], p["dob"], p["license"], p["lic_color"], p["dept"]] for p in _p])}

追加保険料が発生する場合は、月末締めでまとめてご請求いただければ結構です。
お手数ですがよろしくお願いいたします。

{SIG_YAMAGISHI}
""",
)

# 002  reply to the agent; the driver list is only in the quoted text
_p = people("002", 6)
add(
    id="automotive-002", expect="pass", entities=[], detectors=[],
    note="reply whose only personal data is the agent's own list quoted with '>'",
    charset="iso-2022-jp",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["onodera@kaede-hoken.jp"],
    subject="Re: 【かえで保険】運転者追加 登録完了のお知らせ",
    body="""小野寺様

お世話になっております。山岸です。
登録完了のご連絡ありがとうございます。内容確認いたしました。
異動証明書は原本を社内便で受け取り次第、保管いたします。

引き続きよろしくお願いいたします。

山岸

> 日の出産業株式会社
> 山岸様
>
> いつもお世話になっております。かえで保険サービスの小野寺でございます。
> ご依頼いただいた運転者追加につきまして、下記のとおり登録が完了いたしました。
>
""" + "\n".join(f"> {p['emp']}　{p['name']}　{p['dob']}　{p['license']}" for p in _p) + """
>
> 異動日は4月1日、追加保険料は発生いたしません。
> 異動証明書を本日発送いたしましたのでご査収ください。
>
> かえで保険サービス株式会社 法人営業部 小野寺 綾
> TEL 03-6403-1180
""",
)

# 003  車検DM mailing list, tab separated, to the partner printer
_p = people("003", 12, local=True)
_rows = []
for i, p in enumerate(_p):
    _rows.append("\t".join([f"C{20450 + i * 17}", p["name"], p["zip"], p["addr"], p["car"],
                            f"2025/{(i % 6) + 7:02d}/{(i * 3) % 27 + 1:02d}"]))
add(
    id="automotive-003", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="12 dealer customers with postal addresses (tab-separated) sent to the printer for a 車検 DM",
    charset="cp932",
    sender="日の出モータース 販促担当 桐生 <s-kiryu@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 柏木様 <kashiwagi@nishiki-insatsu.co.jp>"],
    subject="7〜12月 車検満了 DMハガキ 宛名データ",
    body="""錦印刷株式会社
柏木様

いつも大変お世話になっております。
日の出モータースの桐生でございます。

先日お見積りいただいた車検案内ハガキ（圧着タイプ）の宛名データをお送りします。
下記をそのままExcelに貼り付けていただければ列が揃うと思います。
今回は川口店分のみで、浦和店分は来週お送りします。

顧客No\t氏名\t郵便番号\t住所\t車名\t車検満了日
""" + "\n".join(_rows) + """

差出人欄は「日の出モータース 川口店」、QRコードは前回と同じURLでお願いします。
校正は PDF で頂ければ当日中に戻します。

--
日の出モータース（日の出産業株式会社 モビリティ事業部）
販売促進グループ　桐生 沙織
TEL 048-255-7700
""",
)

# 004  business directory of partner garages, to a lease customer
add(
    id="automotive-004", expect="pass", entities=[], detectors=[],
    note="directory of partner repair shops (businesses, switchboards) to a corporate lease customer",
    charset="utf-8",
    sender="篠崎 真理子 <m-shinozaki@hinode-sangyo.co.jp>",
    to=["北国フーズ 総務課 今泉様 <imaizumi@kitaguni-foods.co.jp>"],
    subject="関東エリアの指定整備工場一覧（点検入庫先）",
    body=f"""北国フーズ株式会社
総務課 今泉様

平素よりお世話になっております。日の出オートリースの篠崎です。

先日お問い合わせいただきました、リース車両の法定点検・車検で入庫いただける
関東エリアの指定整備工場を下記にまとめました。予約は各工場へ直接お電話ください。
その際「日の出オートリースの契約車両」とお伝えいただければ請求は弊社経由となります。

■ 石崎自動車整備株式会社（川口工場）
　埼玉県川口市領家3-11-2　TEL 048-223-4410　平日 8:30～17:30
■ 有限会社ケイティーボディ
　東京都板橋区舟渡2-7-19　TEL 03-3967-2281　平日・土曜 9:00～18:00
■ 湘南モータースサービス株式会社 藤沢センター
　神奈川県藤沢市石川6-2-8　TEL 0466-87-3320　日曜定休
■ 日の出モータース 川口店 サービス工場
　埼玉県川口市青木4-3-17　TEL 048-255-7731　火曜定休
■ 房総オートテック株式会社
　千葉県千葉市若葉区東寺山町581-4　TEL 043-255-9012　平日 9:00～17:00

代車が必要な場合は前日までにご予約ください。
ご不明な点がございましたらお気軽にお問い合わせください。

{SIG_SHINOZAKI}
""",
)

# 005  one driver's licence number to a rental car company
_p = person("005")
add(
    id="automotive-005", expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a driver's licence number (identity document) of one employee sent to a rental car office",
    charset="cp932",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["たびレンタカー 新大阪駅前店 <shinosaka@tabi-rent.co.jp>"],
    subject="【法人予約】6/12〜6/14 貸渡し 運転者情報",
    body=f"""たびレンタカー 新大阪駅前店 御中

いつもお世話になっております。
日の出産業株式会社 総務部の大久保です。

法人契約（契約番号 TR-HJ-00872）にて予約済みの下記について、
当日の手続きを短縮するため運転者情報を事前にお知らせします。

予約番号　　：R6120-55814
車種クラス　：Sクラス（禁煙）
貸渡期間　　：6月12日 10:00 ～ 6月14日 18:00

運転者氏名　：{_p['name']}（{_p['kana']}）
免許証番号　：第 {_p['license']} 号
免許有効期限：{_p['lic_exp']}
当日連絡先　：{_p['mobile']}

以上、よろしくお願いいたします。

{SIG_OKUBO}
""",
)

# 006  accident report with the driver's injury, to the insurer's claims desk
_p = person("006")
add(
    id="automotive-006", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="accident report naming the driver with his diagnosis (頸椎捻挫, 通院) to the insurer",
    charset="iso-2022-jp",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["星空損保 法人損害サービス課 <claim-houjin@hoshizora-sonpo.co.jp>"],
    cc=["onodera@kaede-hoken.jp"],
    subject="事故報告（受付番号 A25-118930）追加情報",
    body=f"""星空損害保険株式会社
法人損害サービス課 ご担当者様

お世話になっております。日の出産業 総務部の市来です。
5月20日に電話でご連絡した追突事故（受付番号 A25-118930）について追加情報をお送りします。

【事故概要】
発生日時：5月20日（火）8時40分ごろ
場所　　：国道17号 上尾市中妻付近 信号待ち中
車両　　：大宮 300 せ 41-07（プロボックス）
当方運転者：{_p['name']}（{_p['dept']}）　携帯 {_p['mobile']}

【運転者の状況】
事故当日の午後に上尾中央クリニック整形外科を受診し、「頸椎捻挫（むち打ち症）、
全治3週間の見込み」との診断を受けました。現在も週2回通院しており、
診断書は本日原本を郵送いたします。業務は内勤に切り替えています。

相手方（後続車）は過失を認めており、相手方保険会社は南関東海上とのことです。
人身傷害の手続きについてご教示いただけますと幸いです。

{SIG_ICHIKI}
""",
)

# 007  delivery schedule with customers' addresses, HTML-only table, to the transport partner
_p = people("007", 6, local=True)
_tr = "".join(
    f"<tr><td>{i + 1}</td><td>6/{3 + i}</td><td>{p['name']} 様</td><td>{p['zip']}<br>{p['addr']}</td>"
    f"<td>{p['mobile']}</td><td>{p['car']}</td></tr>\n" for i, p in enumerate(_p))
add(
    id="automotive-007", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table of 6 customers' home addresses and phones for car delivery, to the transport company",
    charset="utf-8",
    sender="日の出モータース 浦和店 江藤 <r-eto@hinode-sangyo.co.jp>",
    to=["青葉運輸 陸送課 <rikuso@aoba-unyu.co.jp>"],
    subject="6月第1週 自宅納車 陸送依頼",
    html=f"""<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10pt">
<p>青葉運輸株式会社 陸送課 御中</p>
<p>いつもお世話になっております。日の出モータース浦和店の江藤です。<br>
6月第1週のご自宅納車分、以下のとおり陸送をお願いいたします。<br>
出発はいずれも浦和店（さいたま市浦和区岸町7-2-5）です。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>納車日</th><th>お客様</th><th>納車先</th><th>連絡先</th><th>車種</th></tr>
{_tr}</table>
<p>到着30分前にお客様へお電話いただけますようお願いします。<br>
ナンバー取付は店舗で済ませてからお渡しします。</p>
<pre>{SIG_ETO}</pre>
</body></html>""",
)

# 008  quote request to three lease companies, all in To
add(
    id="automotive-008", expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="相見積の依頼を3社のリース会社に To で一斉送信（互いのアドレスが見える）",
    charset="iso-2022-jp",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["丸の内リース 営業部 <sales@marunouchi-lease.co.jp>",
        "東海フリートサービス 法人営業 <houjin@tokai-fleet.co.jp>",
        "ひかりオートリース 首都圏営業所 <tokyo@hikari-autolease.co.jp>"],
    subject="社用車入替（12台）リース見積のお願い",
    body=f"""各位

お世話になっております。日の出産業株式会社 車両管理課の山岸でございます。

2025年10月に満了を迎える社用車12台の入替につき、下記条件でお見積りをお願いいたします。

　車種　　：ハイブリッド 5ドア（プリウス相当）8台、商用バン（プロボックス相当）4台
　契約期間：60か月　メンテナンスリース（車検・法定点検・タイヤ・代車込み）
　年間走行：約15,000km/台
　任意保険：当社フリート契約で手配するため不要
　納車場所：本社（港区芝）および大宮営業所

ご回答期限は6月20日（金）とさせてください。
見積書はPDFでお送りいただければ結構です。

よろしくお願いいたします。

{SIG_YAMAGISHI}
""",
)

# 009  meeting mail to a lease company and a dealer (two external organisations)
add(
    id="automotive-009", expect="pass", entities=[],
    detectors=["multiple_external_domains"],
    note="ordinary three-way meeting arrangement: one lease company in To, one dealer in Cc",
    charset="cp932",
    sender="篠崎 真理子 <m-shinozaki@hinode-sangyo.co.jp>",
    to=["丸の内リース 藤枝様 <fujieda@marunouchi-lease.co.jp>"],
    cc=["港自動車販売 法人課 北条様 <hojo@minato-jidosha.co.jp>"],
    subject="EV商用車 共同提案の打合せ日程",
    body="""丸の内リース　藤枝様
（cc：港自動車販売　北条様）

お世話になっております。日の出オートリースの篠崎です。

先日お話しした、北国フーズ様向けEV商用車の共同提案について、
3社での打合せ日程をご相談させてください。

　候補1：6月17日（火）14:00～15:00
　候補2：6月18日（水）10:00～11:00
　候補3：6月19日（木）16:00～17:00

場所は弊社本社5階会議室、またはTeamsでも構いません。
充電設備の工事見積は北条様にご用意いただけるとのことで、
当日はその内容も含めて提案骨子を固められればと思います。

ご都合をお知らせください。

篠崎
""",
)

# 010  CP932 CSV of customers due for 車検, to an outsourced call centre
_p = people("010", 15, local=True)
_csv = [["顧客番号", "氏名", "フリガナ", "電話番号", "携帯電話", "車名", "登録番号", "車検満了日", "担当"]]
for i, p in enumerate(_p):
    r = p["r"]
    _csv.append([f"K-{31200 + i * 7}", p["name"], p["kana"],
                 f"048-{r.randint(200, 299)}-{r.randint(1000, 9999)}" if i % 3 else "",
                 p["mobile"], p["car"], p["plate"], f"2025/{8 + i % 3:02d}/{(i * 2) % 28 + 1:02d}",
                 ["仲村", "江藤", "小此木"][i % 3]])
add(
    id="automotive-010", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV (CP932) of 15 customers' phones for the 車検 reminder calls, to an external call centre",
    charset="iso-2022-jp",
    sender="仲村 圭吾 <k-nakamura@hinode-sangyo.co.jp>",
    to=["サニーコール 業務チーム <ops@sunny-call.co.jp>"],
    subject="8〜10月 車検満了のお客様 架電リスト",
    body=f"""サニーコール株式会社
業務チーム ご担当者様

お世話になっております。日の出モータース川口店の仲村です。
8〜10月に車検満了を迎えるお客様の架電リストを添付いたします。

トークスクリプトは前回（5月分）と同じものでお願いします。
入庫予約が取れたお客様は、いつも通り日次の結果シートでご報告ください。

{SIG_NAKAMURA_SF}
""",
    attachments=[{"kind": "csv", "name": "syaken_call_2025Q3.csv", "encoding": "cp932", "rows": _csv}],
)

# 011  the same kind of list, internal only
_p = people("011", 9, local=True)
add(
    id="automotive-011", expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="customer list with phones and addresses, but every recipient is internal (incl. a subdomain)",
    charset="utf-8",
    sender="仲村 圭吾 <k-nakamura@hinode-sangyo.co.jp>",
    to=["浦和店 サービス 小此木 <okonogi@hinode-sangyo.co.jp>"],
    cc=["service-kawaguchi@mail.hinode-sangyo.co.jp"],
    subject="【引継ぎ】6月入庫予定で未連絡のお客様",
    body="""小此木さん

お疲れさまです。仲村です。
来週から休暇に入るので、6月入庫予定でまだ日程確定の連絡が取れていない方を引き継ぎます。
夕方以降のほうがつながりやすい方が多いです。

""" + "\n".join(f"・{p['name']} 様／{p['mobile']}／{p['addr']}／{p['car']}" for p in _p) + """

よろしくお願いします。
仲村
""",
)

# 012  a customer's 住民票 transcribed with the 個人番号, to the registration agent
_p = person("012", local=True)
add(
    id="automotive-012", expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a buyer's 住民票 details including the マイナンバー typed into mail to the 行政書士 office",
    charset="utf-8",
    sender="江藤 亮介 <r-eto@hinode-sangyo.co.jp>",
    to=["田中行政書士事務所 <info@tanaka-gyosei.jp>"],
    subject="新規登録（名義変更）書類の件　浦和店 江藤",
    body=f"""田中行政書士事務所
田中先生

いつもお世話になっております。日の出モータース浦和店の江藤です。

6/9納車予定のお客様の新規登録の件です。住民票の写しはお客様から
写真で頂いているのですが、原本の到着が週明けになるため、
先に内容を打ち込んでお送りします。車庫証明の申請書作成を先行していただけますでしょうか。

氏名　　　：{_p['name']}
生年月日　：{wareki(_p['y'], _p['m'], _p['d'])}
住所　　　：〒{_p['zip']} {_p['addr']}
個人番号　：{my_number(12)}
（※住民票に記載があったのでそのまま転記しています）
保管場所　：自宅敷地内（上記住所と同一）
車名・型式：{_p['car']} 6AA-MXPK11

原本は届き次第、いつものレターパックでお送りします。
よろしくお願いいたします。

{SIG_ETO}
""",
)

# 013  look-alike of the transport partner (co. dropped)
add(
    id="automotive-013", expect="stop", entities=[],
    detectors=["lookalike_domain"],
    note="陸送依頼 sent to aoba-unyu.jp, a look-alike of the partner aoba-unyu.co.jp (co. dropped)",
    charset="iso-2022-jp",
    sender="仲村 圭吾 <k-nakamura@hinode-sangyo.co.jp>",
    to=["青葉運輸 陸送課 <rikuso@aoba-unyu.jp>"],
    subject="店舗間移動のお願い（川口店→浦和店 2台）",
    body=f"""青葉運輸株式会社
陸送課 ご担当者様

いつもお世話になっております。日の出モータース川口店の仲村です。
展示車の入替に伴い、店舗間の移動を2台お願いいたします。

　1. ノート e-POWER（白）　試乗車　車台番号 E13-081224
　2. セレナ（黒）　　　　　展示車　車台番号 GC28-004519

引取：6月10日（火）午前　日の出モータース川口店（埼玉県川口市青木4-3-17）
納品：同日中　日の出モータース浦和店（さいたま市浦和区岸町7-2-5）

鍵は店舗サービスフロントでお渡しします。
お見積りとあわせてご回答いただけますと助かります。

{SIG_NAKAMURA_SF}
""",
)

# 014  parts shipment tracking numbers to a repair shop
add(
    id="automotive-014", expect="pass", entities=[], detectors=[],
    note="order, part and tracking numbers only",
    charset="cp932",
    sender="日の出モータース 部品課 塩見 <parts-kawaguchi@hinode-sangyo.co.jp>",
    to=["石崎自動車整備 部品ご担当 <buhin@ishizaki-seibi.co.jp>"],
    subject="部品発送のご案内（ご注文番号 PO-250604-118）",
    body="""石崎自動車整備株式会社
部品ご担当者様

いつもありがとうございます。日の出モータース部品課の塩見です。
ご注文いただいた部品を本日発送いたしましたのでご案内します。

ご注文番号：PO-250604-118
　品番 04152-YZZA1　オイルフィルター　　 ×10
　品番 87139-52040　エアコンフィルター　 ×6
　品番 04465-47070　フロントブレーキパッド ×2セット
　品番 90915-YZZE1　オイルフィルター（商用）×4

配送業者：西濃運輸
お問い合わせ番号：2347-8810-5562
到着予定：6月5日（木）午前中

請求は月末締めの請求書（請求No. INV-2506-0331）に含めてお送りします。

日の出モータース 川口店 部品課
塩見 / TEL 048-255-7735
""",
)

# 015  XLSX with a title row and two sheets: vehicles, and the users with home addresses
_p = people("015", 9)
_veh = [["登録番号", "車名", "リース契約番号", "満了日", "走行距離(km)"]]
for i, p in enumerate(_p):
    _veh.append([p["plate"], p["car"], f"ML-2020-{4410 + i}", f"2025/10/{(i % 20) + 1:02d}", 48000 + i * 3711])
_use = [["2025年度 社用車 使用者一覧（総務部 車両管理課 作成 2025/5/30時点）"], [],
        ["社員番号", "氏名", "所属", "携帯電話", "免許証番号", "免許有効期限", "自宅住所（持帰り車両のみ）"]]
for i, p in enumerate(_p):
    _use.append([p["emp"], p["name"], p["dept"], p["mobile"], p["license"], p["lic_exp"],
                 p["addr"] if i % 2 == 0 else ""])
add(
    id="automotive-015", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_DRIVERS_LICENSE", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX: vehicle sheet plus a users sheet (9 employees, phone, licence no., home address) to the lease company",
    charset="utf-8",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["丸の内リース 藤枝様 <fujieda@marunouchi-lease.co.jp>"],
    subject="入替対象車両と使用者の一覧をお送りします",
    body=f"""丸の内リース株式会社
藤枝様

いつもお世話になっております。日の出産業の山岸です。

10月満了分の入替に向けて、対象車両と現在の使用者の一覧をお送りします。
新車両の納車調整のため、使用者の連絡先も入れてあります。
自宅持ち帰りの車両は保管場所が自宅になるため、住所も記載しました。

シート「車両」「使用者」の2枚です。ご確認ください。

{SIG_YAMAGISHI}
""",
    attachments=[{"kind": "xlsx", "name": "入替対象_車両・使用者一覧_0530.xlsx",
                  "sheets": {"車両": _veh, "使用者": _use}}],
)

# 016  corporate ETC card numbers to the lease company
add(
    id="automotive-016", expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="three ETC card numbers (card numbers) typed into mail to the lease company",
    charset="iso-2022-jp",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["東海フリートサービス 車両管理センター <kanri@tokai-fleet.co.jp>"],
    subject="ETCカードの車両ひも付け変更",
    body=f"""東海フリートサービス株式会社
車両管理センター ご担当者様

お世話になっております。日の出産業 総務部 大久保です。
車両入替に伴い、ETCコーポレートカードのひも付けを下記のとおり変更してください。

・練馬 400 す 38-12 → カード番号 {card_number(1601)}（有効期限 09/27）
・練馬 400 す 38-15 → カード番号 {card_number(1602)}（有効期限 09/27）
・大宮 300 ね 72-44 → カード番号 {card_number(1603)}（有効期限 03/28）

旧車両に挿していたカードは回収済みで、当社で保管しています。
変更後の利用明細は7月分から新しい車両番号で出していただけますと助かります。

大久保
""",
)

# 017  a customer's credit card number for the down payment, to the credit company
_p = person("017", local=True)
add(
    id="automotive-017", expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a buyer's credit card number and expiry passed on by mail to the credit company",
    charset="iso-2022-jp",
    sender="江藤 亮介 <r-eto@hinode-sangyo.co.jp>",
    to=["オリオンクレジット 加盟店デスク <kameiten@orion-credit.co.jp>"],
    subject="頭金カード決済の件（浦和店）",
    body=f"""オリオンクレジット株式会社
加盟店デスク 御中

いつもお世話になっております。日の出モータース浦和店の江藤です。

端末の不具合で本日店頭でカード決済ができなかったお客様について、
電話でお伺いしたカード情報をお送りしますので、代行での売上処理をお願いできますでしょうか。

お名前　：{_p['name']} 様
カード　：{card_number(1701)}
有効期限：11/28
金額　　：300,000円（頭金）
注文書No：U-250607-022

処理が完了しましたらご連絡ください。よろしくお願いいたします。

{SIG_ETO}
""",
)

# 018  車検 package price list to a corporate customer
add(
    id="automotive-018", expect="pass", entities=[], detectors=[],
    note="price list and quote number to a corporate customer",
    charset="utf-8",
    sender="仲村 圭吾 <k-nakamura@hinode-sangyo.co.jp>",
    to=["北国フーズ 総務課 今泉様 <imaizumi@kitaguni-foods.co.jp>"],
    subject="法人様向け車検パック料金（見積番号 Q-2025-0418）",
    body=f"""北国フーズ株式会社
総務課 今泉様

いつも大変お世話になっております。日の出モータース川口店の仲村でございます。
ご依頼の法人様向け車検パックの料金表をお送りします（税込、法定費用別）。

　　　　　　　　　 軽自動車　 小型乗用　 普通乗用　 商用バン
基本点検パック　　  22,000円   27,500円   31,900円   29,700円
安心パック　　　　  33,000円   38,500円   44,000円   41,800円
（オイル・ワイパー・エアコンフィルター交換込み）
代車　　　　　　　  無料（要予約）
引取・納車　　　　  片道 2,200円（川口・さいたま市内は無料）

5台以上まとめてご入庫の場合は基本料金から10%お値引きいたします。
見積書PDFは別途お送りします。見積番号 Q-2025-0418、有効期限は7月末です。

{SIG_NAKAMURA_SF}
""",
)

# 019  test-drive event participants (bullets) to the hotel venue
_p = people("019", 6)
add(
    id="automotive-019", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bullet list of 6 event guests with mobile numbers sent to the hotel venue",
    charset="cp932",
    sender="江藤 亮介 <r-eto@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会営業 松浦様 <banquet@sakura-hotel.jp>"],
    subject="6/21 新型車 試乗会　ご来場者様のお名前（駐車場手配用）",
    body="""さくらホテル
宴会営業 松浦様

いつもお世話になっております。日の出モータースの江藤です。
6/21（土）の試乗会、お車でご来場予定のお客様が確定しました。
ホテル駐車場の優待手配のため、お名前と当日の連絡先をお送りします。

""" + "\n".join(f"・{p['name']} 様　{p['mobile']}　{10 + i % 3}:{'00' if i % 2 else '30'}頃ご来場　（{p['plate']}）"
                for i, p in enumerate(_p)) + f"""

受付で弊社スタッフがお名前を確認しますので、駐車券の処理をお願いできればと思います。
当日の搬入車両（展示車2台）は朝8時に到着予定です。

{SIG_ETO}
""",
)

# 020  three attendees with mobiles for a 納車式 (few people)
_p = people("020", 3)
add(
    id="automotive-020", expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="only three attendees' contact numbers to the hotel: under the list threshold (may warn)",
    charset="iso-2022-jp",
    sender="篠崎 真理子 <m-shinozaki@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会営業 松浦様 <banquet@sakura-hotel.jp>"],
    subject="7/2 納車セレモニー 当日の連絡先",
    body=f"""松浦様

お世話になっております。日の出オートリースの篠崎です。
7/2の北国フーズ様向け納車セレモニー（EVトラック10台）の件、
当日現場で動く弊社スタッフの連絡先をお知らせします。

　{_p[0]['name']}（進行）　{_p[0]['mobile']}
　{_p[1]['name']}（車両誘導）　{_p[1]['mobile']}
　{_p[2]['name']}（受付）　{_p[2]['mobile']}

車両の搬入は正面ロータリーではなく、搬入口側からで承知しました。
引き続きよろしくお願いいたします。

{SIG_SHINOZAKI}
""",
)

# 021  new drivers, one block per person, to the lease company's driver service
_p = people("021", 5)
_blocks = []
for i, p in enumerate(_p):
    _blocks.append(f"""【{i + 1}】
氏名　　　　：{p['name']}（{p['kana']}）
生年月日　　：{wareki(p['y'], p['m'], p['d'])}
免許証番号　：{p['license']}
免許の種類　：{p['lic_type']}
有効期限　　：{p['lic_exp']}
連絡先　　　：{p['mobile']}""")
add(
    id="automotive-021", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five new drivers, one block each (和暦 birth date, licence, mobile), to the lease company",
    charset="utf-8",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["東海フリートサービス ドライバーサポート <driver-support@tokai-fleet.co.jp>"],
    subject="ドライバー登録（新任運転者5名）のお願い",
    body="""東海フリートサービス株式会社
ドライバーサポート窓口 御中

いつもお世話になっております。日の出産業 総務部の大久保です。

7月から営業車を使用する新任運転者5名について、
事故受付・ロードサービスのドライバー登録をお願いいたします。

""" + "\n\n".join(_blocks) + f"""

登録完了後、ドライバーカードは総務部宛にまとめてお送りください。

{SIG_OKUBO}
""",
)

# 022  dispatched driver's sleep apnoea diagnosis to the staffing company
_p = person("022")
add(
    id="automotive-022", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named dispatched driver's diagnosis (睡眠時無呼吸症候群, CPAP) told to the staffing company",
    charset="cp932",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["ドライブスタッフ 派遣事業部 大林様 <obayashi@drive-staff.co.jp>"],
    subject="派遣ドライバー交代のご相談",
    body=f"""株式会社ドライブスタッフ
派遣事業部 大林様

お世話になっております。日の出産業の市来です。

弊社物流センターに派遣いただいている{_p['name']}さんについてご相談です。
先月の健康診断後の精密検査で「重症の睡眠時無呼吸症候群」と診断され、
現在CPAP治療を始めたところだと本人から申告がありました。
主治医からは治療効果が確認できるまで長距離運転は控えるよう言われているとのことです。

弊社としては安全上、当面の間、配送ルートの運転業務は別の方にお願いしたく、
7月1日からの交代要員の手配が可能かご検討いただけますでしょうか。
{_p['sei']}さんには構内作業での継続をお願いできればと考えています。

お手数ですがよろしくお願いいたします。

{SIG_ICHIKI}
""",
)

# 023  XLSX stamped 社外秘 (page header) with fleet cost analysis, to the lease company
add(
    id="automotive-023", expect="stop", entities=[],
    detectors=["confidential_marking"],
    note="fleet cost analysis workbook whose page header is stamped 社外秘, sent to the lease company",
    charset="iso-2022-jp",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["丸の内リース 藤枝様 <fujieda@marunouchi-lease.co.jp>"],
    subject="契約条件見直しの参考資料",
    body=f"""藤枝様

お世話になっております。山岸です。
来週の条件見直しの打合せに先立ち、当社側で集計した車両コストの資料をお送りします。
リース料・燃料費・修理費を部門別に出しています。

ご確認のほどよろしくお願いいたします。

{SIG_YAMAGISHI}
""",
    attachments=[{"kind": "xlsx", "name": "車両コスト分析_FY2024.xlsx", "page_header": "社外秘",
                  "title": "車両コスト分析 FY2024（社外秘）",
                  "sheets": {
                      "サマリー": [["【社外秘】 社用車コスト分析 FY2024", "", "", "", ""], [],
                                ["部門", "台数", "リース料(千円)", "燃料費(千円)", "修理・事故(千円)"],
                                ["営業本部", 38, 19836, 7410, 2215], ["物流センター", 22, 12408, 9980, 4120],
                                ["技術サービス部", 14, 7056, 3320, 610], ["本社管理部門", 6, 2880, 640, 95],
                                ["合計", 80, 42180, 21350, 7040]],
                      "車種別": [["車種", "台数", "平均燃費(km/L)", "1台あたり月額(円)"],
                               ["プリウス", 31, 24.8, 52800], ["プロボックス", 27, 17.1, 41600],
                               ["ハイエース", 12, 9.6, 68900], ["N-VAN", 10, 18.4, 33200]]}}],
)

# 024  driver ledger in a password ZIP (PPAP) to the insurance agent
add(
    id="automotive-024", expect="stop", entities=[],
    detectors=["unscannable_attachment"],
    note="運転者台帳 in an encrypted ZIP (password sent separately): the attachment cannot be inspected",
    charset="cp932",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["onodera@kaede-hoken.jp"],
    subject="【送付】運転者台帳（2025年6月更新版）",
    body=f"""かえで保険サービス
小野寺様

お世話になっております。日の出産業の山岸です。
更改手続き用に、運転者台帳の最新版をお送りいたします。

添付ファイルはパスワード付きZIPです。
パスワードは別メールにてお送りいたします。

{SIG_YAMAGISHI}
""",
    attachments=[{"kind": "zip", "name": "untensha_daicho_202506.zip", "password": "Hnd#2506kh",
                  "files": [{"kind": "xlsx", "name": "運転者台帳_202506.xlsx",
                             "sheets": {"台帳": [["社員番号", "氏名", "生年月日", "免許証番号"]] +
                                        [[p["emp"], p["name"], p["dob"], p["license"]] for p in people("024", 20)]}}]}],
)

# 025  accident statistics without people, PDF table, to the insurance agent
add(
    id="automotive-025", expect="pass", entities=[], detectors=[],
    note="accident counts by month and department: statistics without any person",
    charset="utf-8",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["onodera@kaede-hoken.jp"],
    subject="2024年度 事故発生状況（集計）",
    body=f"""小野寺様

お世話になっております。市来です。
フリート契約更改の検討資料として、2024年度の事故発生状況の集計をお送りします。
前年度比で物損事故が3件減少しています。バック時の接触が依然として最多です。

{SIG_ICHIKI}
""",
    attachments=[{"kind": "pdf", "name": "事故発生状況_2024年度.pdf", "title": "2024年度 事故発生状況",
                  "lines": ["2024年度 社用車 事故発生状況（件数）", "日の出産業株式会社 総務部", ""],
                  "table": [["月", "人身", "物損", "自損", "計", "主な原因"],
                            ["4月", "0", "2", "1", "3", "後退時接触"], ["5月", "0", "1", "0", "1", "駐車場内接触"],
                            ["6月", "1", "1", "0", "2", "追突（被害）"], ["7月", "0", "3", "1", "4", "後退時接触"],
                            ["8月", "0", "1", "0", "1", "飛び石"], ["9月", "0", "0", "1", "1", "縁石"],
                            ["10月", "0", "2", "0", "2", "出合い頭"], ["11月", "0", "1", "0", "1", "後退時接触"],
                            ["12月", "1", "2", "0", "3", "追突（加害）"], ["1月", "0", "1", "2", "3", "凍結路"],
                            ["2月", "0", "1", "0", "1", "後退時接触"], ["3月", "0", "0", "0", "0", "-"],
                            ["合計", "2", "15", "5", "22", ""]]}],
)

# 026  DOCX roster of trainees (birth date, licence no.) to the driving school
_p = people("026", 8)
add(
    id="automotive-026", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="DOCX table of 8 trainees with birth dates and licence numbers sent to the driving school",
    charset="iso-2022-jp",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["京葉ドライビングスクール 法人研修係 <kenshu@keiyo-ds.co.jp>"],
    subject="7/5 安全運転講習 受講者名簿の送付",
    body=f"""京葉ドライビングスクール
法人研修係 御中

お世話になっております。日の出産業の大久保です。
7月5日（土）の法人向け安全運転講習（実車コース）の受講者名簿を添付いたします。
当日は免許証を持参させます。

{SIG_OKUBO}
""",
    attachments=[{"kind": "docx", "name": "受講者名簿_0705.docx", "title": "安全運転講習 受講者名簿",
                  "paragraphs": ["安全運転講習 受講者名簿", "日の出産業株式会社 総務部", "実施日：2025年7月5日（土）"],
                  "tables": [[["No", "氏名", "フリガナ", "生年月日", "免許証番号", "所属"]] +
                             [[str(i + 1), p["name"], p["kana"], wareki(p["y"], p["m"], p["d"], "abbr"),
                               p["license"], p["dept"]] for i, p in enumerate(_p)]]}],
)

# 027  four participants, names and experience only
_p = people("027", 4)
add(
    id="automotive-027", expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="four trainees' names with years of experience, no contact data or identifiers",
    charset="cp932",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["京葉ドライビングスクール 法人研修係 <kenshu@keiyo-ds.co.jp>"],
    subject="Re: 8月の追加講習について",
    body=f"""京葉ドライビングスクール 法人研修係
ご担当者様

お世話になっております。大久保です。
8月の追加講習（座学＋危険予測）は以下の4名で参加させていただきます。
クラス分けの参考に、運転経験年数も書いておきます。

　{_p[0]['name']}　経験2年
　{_p[1]['name']}　経験1年未満
　{_p[2]['name']}　経験5年
　{_p[3]['name']}　経験3年

当日の受付は集合時間の15分前に伺います。

大久保
""",
)

# 028  monthly licence check results as a PDF table, to the outsourced safety manager
_p = people("028", 10)
add(
    id="automotive-028", expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="PDF of the monthly licence check (10 drivers' licence numbers) sent to an outside contractor",
    charset="utf-8",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["安全管理サポート 報告受付 <report@anzen-kanri.co.jp>"],
    subject="5月度 免許証確認結果の提出",
    body=f"""株式会社安全管理サポート
報告受付ご担当者様

お世話になっております。日の出産業 総務部 大久保です。
委託契約に基づき、5月度の免許証確認結果を提出いたします。
期限切れ・失効はありませんでした。

{SIG_OKUBO}
""",
    attachments=[{"kind": "pdf", "name": "免許証確認結果_202505.pdf", "title": "免許証確認結果 2025年5月",
                  "lines": ["免許証確認結果一覧（2025年5月）", "日の出産業株式会社 総務部 車両管理課", ""],
                  "table": [["社員番号", "氏名", "免許証番号", "有効期限", "確認日", "確認者", "結果"]] +
                           [[p["emp"], p["name"], p["license"], p["lic_exp"], f"5/{i + 7}", "大久保", "有効"]
                            for i, p in enumerate(_p)]}],
)

# 029  employee arrested for drink driving, to the insurance agent
_p = person("029")
add(
    id="automotive-029", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's arrest for drink driving (criminal record) reported to the insurance agent",
    charset="iso-2022-jp",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["onodera@kaede-hoken.jp"],
    subject="運転者の除外について（ご相談）",
    body=f"""かえで保険サービス 小野寺様

お世話になっております。日の出産業の市来です。
取り急ぎご相談です。

{_p['dept']}の{_p['name']}が、先週末（6月7日夜）に私用車で帰宅中、
酒気帯び運転で検挙され、その場で逮捕されたと本人から報告がありました。
現在は釈放されていますが、免許は取消処分となる見込みです。
社内では懲戒手続きを進めております。

社用車の事故ではありませんが、フリート契約の運転者からの除外と、
契約上何か届け出が必要かどうかをご教示いただけますでしょうか。

{SIG_ICHIKI}
""",
)

# 030  NDA draft for the fleet system project (talk about confidentiality, no marking)
add(
    id="automotive-030", expect="pass", entities=[], detectors=[],
    note="mail about a 秘密保持契約 with the draft attached: talks about confidentiality, carries no stamp",
    charset="utf-8",
    sender="篠崎 真理子 <m-shinozaki@hinode-sangyo.co.jp>",
    to=["ツバサシステム 営業部 早瀬様 <hayase@tsubasa-system.jp>"],
    subject="秘密保持契約書（案）のご確認のお願い",
    body=f"""株式会社ツバサシステム
営業部 早瀬様

お世話になっております。日の出オートリースの篠崎です。

テレマティクス連携の検討にあたり、先にお話ししていた秘密保持契約書の
当社案を添付いたします。法務確認済みの雛形をベースに、
第3条（秘密情報の範囲）と第8条（有効期間：3年）のみ調整しています。

修正のご要望があれば変更履歴付きでお戻しください。
締結は電子契約（クラウドサイン）を想定しています。

{SIG_SHINOZAKI}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_20250610.docx", "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、"
                                 "車両管理システムの連携に関する検討（以下「本件」という。）に関し、次のとおり契約を締結する。",
                                 "第1条（目的）本契約は、本件のために甲乙間で開示される秘密情報の取扱いを定める。",
                                 "第3条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した技術上"
                                 "又は営業上の情報をいう。ただし、次の各号に該当するものを除く。",
                                 "第8条（有効期間）本契約の有効期間は締結日から3年間とする。",
                                 "以上、本契約の成立を証するため、電磁的記録を作成し、甲乙記名押印の上、各自保管する。"]}],
)

# 031  forward of an internal HR mail listing new hires (new text to the lease company)
_p = people("031", 6)
add(
    id="automotive-031", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="FW of an internal HR mail listing 6 new hires with home addresses and phones, forwarded to the lease company",
    charset="cp932",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["丸の内リース 藤枝様 <fujieda@marunouchi-lease.co.jp>"],
    subject="FW: 【人事】7月配属 営業職の社用車貸与対象者",
    body="""藤枝様

お世話になっております。山岸です。
人事から下記の連絡がありましたので転送します。7月配属の6名分、
車庫証明の保管場所は各自の自宅近くの月極になる予定です。
増車分の見積の前提としてご確認ください。

山岸

-------- Forwarded Message --------
件名: 【人事】7月配属 営業職の社用車貸与対象者
差出人: 人事部 採用・配属チーム 三國 <h-mikuni@hinode-sangyo.co.jp>
宛先: 総務部 車両管理課 <sharyo@hinode-sangyo.co.jp>

車両管理課 御中

7月配属の営業職で社用車貸与（直行直帰）となる者は以下の6名です。
自宅住所・携帯は入社書類の記載どおりです。

""" + "\n".join(f"{i + 1}. {p['name']}　{p['dept']}\n   {p['addr']}\n   携帯：{p['mobile']}"
                for i, p in enumerate(_p)) + """

以上、よろしくお願いします。
人事部 三國
""",
)

# 032  internal forward of an accident report with a diagnosis
_p = person("032")
add(
    id="automotive-032", expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="injury and diagnosis of an employee, but sent only to internal legal",
    charset="iso-2022-jp",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["法務部 相沢 <legal-aizawa@hinode-sangyo.co.jp>"],
    subject="FW: 事故報告（千葉営業所）",
    body=f"""相沢さん

お疲れさまです。市来です。
相手方から弁護士名で通知が来る可能性があるとのことなので、共有しておきます。

---------- 転送メッセージ ----------
差出人: 千葉営業所 所長 <chiba-eigyo@hinode-sangyo.co.jp>
件名: 事故報告（千葉営業所）

総務部 市来様

本日11時ごろ、営業所の{_p['name']}が運転する社用車が交差点で右折中、
直進してきたバイクと接触しました。{_p['sei']}は左腕を打撲し、
救急外来で「左前腕打撲、全治1週間」と診断されています。
相手の方は鎖骨骨折で入院されたと警察から聞きました。

詳細は明日、事故報告書でご報告します。
""",
)

# 033  車検 notice to four private customers, all in To
add(
    id="automotive-033", expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="four private customers' free-mail addresses visible to each other in To",
    charset="utf-8",
    sender="仲村 圭吾 <k-nakamura@hinode-sangyo.co.jp>",
    to=["kazu.hoshino0412@gmail.com", "m-takeda-77@yahoo.co.jp", "yukari.sonoda@icloud.com",
        "tetsu-kamiya@docomo.ne.jp"],
    subject="【日の出モータース】車検時期のご案内",
    body=f"""お客様各位

いつも日の出モータース川口店をご利用いただき、誠にありがとうございます。

お客様のお車が、8月中に車検の満了時期を迎えます。
早期ご予約特典として、7月15日までにご予約いただいたお客様には
オイル交換無料・代車無料（要予約）をご用意しております。

ご予約はお電話、またはこのメールへの返信で承ります。
ご希望の日時を第2候補までお知らせください。

{SIG_NAKAMURA_SF}
""",
)

# 034  used-car quote to one private customer
add(
    id="automotive-034", expect="pass", entities=[],
    detectors=["freemail_recipient"],
    note="one private customer on free mail, a quote with prices only",
    charset="cp932",
    sender="江藤 亮介 <r-eto@hinode-sangyo.co.jp>",
    to=["本多 美里 様 <misato.honda@yahoo.co.jp>"],
    subject="お見積りのご送付（フリード ハイブリッド G）",
    body=f"""本多 美里 様

先日はご来店いただき、誠にありがとうございました。
日の出モータース浦和店の江藤でございます。

ご検討中のお車のお見積りをお送りいたします。

　車両：フリード ハイブリッド G（2022年式・走行 18,400km・ホワイト）
　在庫番号：U-URW-2291
　車両本体価格　　　　　2,198,000円
　諸費用（法定・登録代行） 128,300円
　下取り（2015年式 フィット）  ▲180,000円
　お支払総額　　　　　　2,146,300円

オートローンをご利用の場合、頭金10万円・60回で月々約37,000円です。
お見積りの有効期限は6月30日までとなります。
ご不明な点はお気軽にお問い合わせください。

{SIG_ETO}
""",
)

# 035  UTF-8 CSV driver master for the fleet system migration, to the partner
_p = people("035", 20)
_csv = [["employee_id", "name", "name_kana", "email", "mobile", "license_no", "license_expiry", "dept"]]
for p in _p:
    _csv.append([p["emp"], p["name"], p["kana"], p["email"], p["mobile"], p["license"], p["lic_exp"], p["dept"]])
add(
    id="automotive-035", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 20 drivers (private e-mail, mobile, licence no.) for the system migration",
    charset="utf-8",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 <onboarding@tsubasa-system.jp>"],
    cc=["情報システム部 牧 <it-maki@hinode-sangyo.co.jp>"],
    subject="運転者マスタ 移行データ（テスト取込用）",
    body="""ツバサシステム 導入支援チーム 御中

お世話になっております。日の出産業の大久保です。
新車両管理システムへの移行テスト用に、運転者マスタを抽出しました。
文字コードはUTF-8、ヘッダ行ありです。
アルコールチェック結果の通知先として個人の携帯・メールを入れています。

取込エラーが出た行があればお知らせください。

大久保（総務部 車両管理課）
""",
    attachments=[{"kind": "csv", "name": "driver_master_20250612.csv", "encoding": "utf-8", "rows": _csv}],
)

# 036  internal discussion sent to a look-alike of the own domain
add(
    id="automotive-036", expect="stop", entities=[],
    detectors=["lookalike_domain"],
    note="meant for a colleague but addressed to hinode-sangyou.co.jp, a look-alike of the own domain",
    charset="iso-2022-jp",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["大宮営業所 庶務 <omiya-shomu@hinode-sangyou.co.jp>"],
    subject="大宮営業所の社用車配車見直し",
    body="""大宮営業所 庶務ご担当

お疲れさまです。車両管理課の山岸です。
稼働率の集計を見ると、大宮営業所のプロボックス2台が月の稼働10日未満でした。
10月の入替時に1台減車し、カーシェア（法人契約）で補う案を考えています。

　・大宮 400 ほ 11-83　稼働 7日／月
　・大宮 400 ほ 11-91　稼働 9日／月

営業所としての意見を今月中にもらえますか。
来月の車両委員会にかけたいと思います。

山岸
""",
)

# 037  English mail to a foreign fleet partner about EV transition
add(
    id="automotive-037", expect="pass", entities=[], detectors=[],
    note="English business mail on EV fleet pricing; no personal data",
    charset="utf-8",
    sender="Kenta Morishita <k-morishita@hinode-sangyo.co.jp>",
    to=["Lena Vogt <lena.vogt@nordfleet.com>"],
    subject="EV transition - pilot scope and pricing questions",
    body=f"""Dear Lena,

Thank you for the call last Thursday and for sharing the pilot proposal.

To summarise our side:
- Pilot size: 10 light commercial vans (Tokyo and Saitama depots), 48-month term
- Charging: 6 AC chargers at the Omiya depot, 2 DC chargers at headquarters
- Target start: April 2026

Could you clarify the following before our internal review on 27 June?
1. Whether the monthly rate of JPY 71,500 per van includes battery health guarantees.
2. The residual value assumption used in the 48-month scenario.
3. Telematics data: which fields are shared with us and at what interval.

Best regards,
{SIG_EN}
""",
)

# 038  English request with passport and licence numbers of travelling staff
_p = people("038", 5)
_lines = []
for p in _p:
    r = p["r"]
    _lines.append(f"{p['romaji']:<20} DOB {p['y']}-{p['m']:02d}-{p['d']:02d}  Passport T{r.choice('KRSZ')}{r.randint(1000000, 9999999)}"
                  f"  JP licence {p['license']}")
add(
    id="automotive-038", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="five travellers' passport numbers, birth dates and licence numbers sent to a US rental agency",
    charset="utf-8",
    sender="Kenta Morishita <k-morishita@hinode-sangyo.co.jp>",
    to=["Corporate Desk <corporate@pacific-mobility.com>"],
    subject="Rental car booking - Hinode Sangyo delegation, Detroit, Sept 8-12",
    body="""Hello,

We would like to book two full-size SUVs for our delegation visiting Detroit
from September 8 to 12 (pick-up and return at DTW airport).
All five will be registered as additional drivers and will carry an
International Driving Permit together with their Japanese licence.

Driver details as requested in your booking form:

""" + "\n".join(_lines) + f"""

Please charge the rental to our corporate account HS-2291 and send the confirmation
to me. Thank you.

Regards,
{SIG_EN}
""",
)

# 039  vehicle list for a recall check: plates and chassis numbers, no people
add(
    id="automotive-039", expect="pass", entities=[], detectors=[],
    note="ten vehicles' plates and chassis numbers for a recall check: vehicles, not people",
    charset="cp932",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["石崎自動車整備 受付 <uketsuke@ishizaki-seibi.co.jp>"],
    subject="リコール対象確認のお願い（社用車10台）",
    body="""石崎自動車整備株式会社
受付ご担当者様

お世話になっております。日の出産業 総務部の大久保です。
先日発表されたリコール（ブレーキ配管）について、当社社用車のうち
下記の10台が対象かどうかご確認いただけますでしょうか。

""" + table([["No", "登録番号", "車名", "車台番号", "初度登録", "走行距離"],
             ["1", "大宮 300 せ 41-07", "プロボックス", "NCP160-0128834", "2019/08", "88,120km"],
             ["2", "大宮 300 せ 41-12", "プロボックス", "NCP160-0131902", "2019/08", "91,450km"],
             ["3", "大宮 400 ほ 11-83", "プロボックス", "NCP165-0071157", "2020/02", "43,008km"],
             ["4", "大宮 400 ほ 11-91", "プロボックス", "NCP165-0071302", "2020/02", "39,776km"],
             ["5", "練馬 400 す 38-12", "ハイエース", "GDH201-1033417", "2021/05", "62,310km"],
             ["6", "練馬 400 す 38-15", "ハイエース", "GDH201-1033988", "2021/05", "58,904km"],
             ["7", "品川 300 ち 55-20", "プリウス", "ZVW51-6193306", "2020/11", "51,772km"],
             ["8", "品川 300 ち 55-21", "プリウス", "ZVW51-6193415", "2020/11", "47,315km"],
             ["9", "所沢 300 み 70-04", "カローラフィールダー", "NRE161-0098214", "2019/03", "102,661km"],
             ["10", "所沢 300 み 70-09", "カローラフィールダー", "NRE161-0098377", "2019/03", "96,020km"]]) + """

対象の車両があれば入庫日程を調整させてください。

日の出産業株式会社 総務部 車両管理課
大久保 梢　TEL 03-5476-2211
""",
)

# 040  auto-loan application to the partner bank with licence and insurance card numbers
_p = person("040", local=True)
add(
    id="automotive-040", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE",
              "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="オートローン申込: one applicant's licence number and 健康保険証 記号・番号 to the partner bank",
    charset="iso-2022-jp",
    sender="江藤 亮介 <r-eto@hinode-sangyo.co.jp>",
    to=["みどり銀行 ローンセンター <autoloan@midori-ginko.co.jp>"],
    subject="マイカーローン仮審査申込（日の出モータース浦和店）",
    body=f"""みどり銀行 ローンセンター 御中

いつもお世話になっております。日の出モータース浦和店の江藤です。
提携マイカーローンの仮審査をお願いいたします。

申込者氏名　：{_p['name']}（{_p['kana']}）
生年月日　　：{wareki(_p['y'], _p['m'], _p['d'])}
現住所　　　：〒{_p['zip']} {_p['addr']}
電話番号　　：{_p['mobile']}
勤務先　　　：株式会社大和精工（勤続7年）　年収 520万円
本人確認書類：運転免許証　番号 {_p['license']}
健康保険証　：記号 3107 番号 4852（協会けんぽ 埼玉支部）
借入希望額　：2,400,000円（84回、ボーナス併用なし）
購入車両　　：ヴォクシー S-Z（新車）

結果は店舗FAX（048-822-5109）またはこのメールにご返信ください。

{SIG_ETO}
""",
)


def corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) + 12-digit base number."""
    digits = [int(c) for c in base12]
    total = sum(d * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(digits), start=1))
    return f"{9 - total % 9}{base12}"


# 041  loan follow-up to the real partner bank: application number only
add(
    id="automotive-041", expect="pass", entities=[], detectors=[],
    note="follow-up to the correct partner bank domain quoting only an application number",
    charset="utf-8",
    sender="江藤 亮介 <r-eto@hinode-sangyo.co.jp>",
    to=["みどり銀行 ローンセンター <autoloan@midori-ginko.co.jp>"],
    subject="Re: 仮審査結果のご連絡（受付番号 ML-250611-0447）",
    body=f"""みどり銀行 ローンセンター
ご担当者様

お世話になっております。日の出モータース浦和店の江藤です。
受付番号 ML-250611-0447 の仮審査結果、承認とのご連絡ありがとうございました。

本審査書類はお客様に記入いただき、6月20日頃に店舗からまとめて郵送いたします。
融資実行日は納車予定日の6月30日を希望しております。
引き続きよろしくお願いいたします。

{SIG_ETO}
""",
)

# 042  lease invoice with the company's T-number and bank account
add(
    id="automotive-042", expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice: company registration (T) number and the company's own bank account, no person",
    charset="cp932",
    sender="日の出オートリース 請求担当 <lease-billing@hinode-sangyo.co.jp>",
    to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    subject="【日の出オートリース】6月分リース料ご請求書",
    body=f"""北国フーズ株式会社
経理部 御中

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
2025年6月分のリース料につきまして、下記のとおりご請求申し上げます。

請求書番号　：HAL-INV-202506-0187
ご請求金額　：1,584,000円（税込）
　内訳　　　：リース料（24台）1,440,000円　消費税（10%）144,000円
お支払期日　：2025年6月30日

お振込先　　：みどり銀行 本店営業部　普通預金 1234567
　　　　　　　口座名義　ヒノデサンギヨウ（カ
適格請求書発行事業者登録番号：T{corp_number('010401098765')}

請求書原本（PDF）は請求ポータルにも掲載しております。
ご不明な点は下記までお問い合わせください。

日の出オートリース（日の出産業株式会社 モビリティ事業部）
請求担当　TEL 03-5476-2385
""",
)

# 043  legacy XLS of trade-in customers to the auction agent
_p = people("043", 7, local=True)
_rows = [["査定日", "お客様名", "電話", "住所", "車名", "年式", "走行距離", "査定額"]]
for i, p in enumerate(_p):
    r = p["r"]
    _rows.append([f"2025/05/{i * 3 + 2:02d}", p["name"], p["mobile"], p["addr"], p["car"],
                  str(r.randint(2011, 2020)), f"{r.randint(30, 140) * 1000}", f"{r.randint(10, 95) * 10000}"])
add(
    id="automotive-043", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="legacy .xls of 7 trade-in customers with phones and addresses sent to an auction agent",
    charset="iso-2022-jp",
    sender="日の出モータース 買取担当 千石 <k-sengoku@hinode-sangyo.co.jp>",
    to=["ユーズドカーネット 出品サポート <support@usedcar-net.co.jp>"],
    subject="6月オークション出品予定車両の件",
    body="""ユーズドカーネット 出品サポート ご担当様

お世話になっております。日の出モータースの千石です。
6月第3週のオークションに出品予定の下取り車両リストを添付します。
陸送引取の際の連絡先として、元所有者の方の情報も入れてあります
（名義変更書類がまだ揃っていない車両があるため）。

日の出モータース 川口店 買取担当 千石
TEL 048-255-7740
""",
    attachments=[{"kind": "xls", "name": "shuppin_202506.xls", "sheets": {"出品予定": _rows}}],
)

# 044  disability certificate details of a customer buying a welfare vehicle
_p = person("044", local=True)
add(
    id="automotive-044", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one customer's 身体障害者手帳 grade and impairment (disability) sent to the 行政書士 for a tax exemption",
    charset="utf-8",
    sender="江藤 亮介 <r-eto@hinode-sangyo.co.jp>",
    to=["田中行政書士事務所 <info@tanaka-gyosei.jp>"],
    subject="福祉車両の減免申請について",
    body=f"""田中先生

いつもお世話になっております。浦和店の江藤です。

7月納車予定の福祉車両（ヴォクシー ウェルキャブ 車いす仕様）のお客様について、
自動車税・環境性能割の減免申請をお願いしたく、概要をお送りします。

お客様　　：{_p['name']} 様（ご本人が障害者、ご家族が運転）
住所　　　：{_p['addr']}
手帳の種類：身体障害者手帳 1種2級（両下肢機能障害、脊髄損傷による）
運転者　　：ご長男（同居）
使用目的　：通院（週3回 リハビリ）・通所

手帳のコピーは次回ご来店時にいただく予定です。
必要書類に漏れがあればご指摘ください。

{SIG_ETO}
""",
)

# 045  list of parking lots (businesses) to a real-estate agent
add(
    id="automotive-045", expect="pass", entities=[], detectors=[],
    note="list of parking lots (business premises) asking about vacancies",
    charset="iso-2022-jp",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["寿不動産 賃貸管理課 <chintai@kotobuki-fudosan.co.jp>"],
    subject="月極駐車場の空き状況のお問い合わせ",
    body="""寿不動産株式会社
賃貸管理課 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 総務部の大久保と申します。
大宮営業所の増車に伴い、営業用車両（プロボックス・ハイエース）の月極駐車場を
3台分探しております。御社管理の下記駐車場に空きがあるかお教えいただけますか。

・寿パーキング大宮桜木町（さいたま市大宮区桜木町2-331）
・寿パーキング大宮下町第2（さいたま市大宮区下町1-48）
・寿パーキング宮町（さいたま市大宮区宮町4-115）

ハイエースはロング・標準ルーフのため、全長4.7m程度まで入れる区画を希望します。
法人契約での賃料と必要書類もあわせてお知らせください。

日の出産業株式会社 総務部 車両管理課
大久保 梢
TEL 03-5476-2211
""",
)

# 046  monthly parking users, full-width padded table, to the parking operator
_p = people("046", 7)
_rows = [["区画", "氏名", "車種", "登録番号", "携帯電話"]]
for i, p in enumerate(_p):
    _rows.append([zen(f"{i + 11}"), p["name"], p["car"], p["plate"], zen(p["mobile"])])
add(
    id="automotive-046", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7 parking users with full-width mobile numbers in a full-width padded table, to the parking operator",
    charset="cp932",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["なごみパーキング 契約管理 <keiyaku@park-nagomi.co.jp>"],
    subject="月極契約（芝2丁目第3駐車場）利用者の届出",
    body="""なごみパーキング株式会社
契約管理ご担当者様

お世話になっております。日の出産業の大久保です。
芝2丁目第3駐車場の法人契約（契約番号 NP-0932）について、
7月1日からの利用者を下記のとおり届け出ます。

""" + table(_rows, sep="　", rule="－") + """

緊急時（車両移動のお願い等）は各利用者の携帯へ直接ご連絡ください。
よろしくお願いいたします。

日の出産業株式会社 総務部 車両管理課　大久保
""",
)

# 047  plain ZIP (CSV + PDF) of commuting-car insurance status, to the insurance agent
_p = people("047", 12)
_csv = [["社員番号", "氏名", "自宅住所", "保険会社", "証券番号", "対人", "満期日"]]
for p in _p:
    r = p["r"]
    _csv.append([p["emp"], p["name"], p["addr"], r.choice(["星空損保", "南関東海上", "あおい共済", "ひまわり損保"]),
                 f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}", "無制限",
                 f"2026/{r.randint(1, 12):02d}/{r.randint(1, 28):02d}"])
add(
    id="automotive-047", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="plain ZIP holding a CSV of 12 employees' home addresses and commuting-car policies",
    charset="utf-8",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["onodera@kaede-hoken.jp"],
    subject="マイカー通勤者の任意保険加入状況（ご相談資料）",
    body=f"""小野寺様

お世話になっております。市来です。
マイカー通勤者の任意保険について、団体扱いへの切替えを検討しております。
現在の加入状況を取りまとめましたので、ご提案の参考にしてください。
ファイルが複数あるのでZIPにまとめています（パスワードなし）。

{SIG_ICHIKI}
""",
    attachments=[{"kind": "zip", "name": "mycar_hoken_2025.zip",
                  "files": [{"kind": "csv", "name": "加入状況一覧.csv", "encoding": "cp932", "rows": _csv},
                            {"kind": "pdf", "name": "通勤車両規程_抜粋.pdf",
                             "lines": ["マイカー通勤規程（抜粋）", "第5条 通勤に自家用車を使用する者は、対人無制限・対物1,000万円以上の",
                                       "任意保険に加入しなければならない。"]}]}],
)

# 048  reply with the partner's attendee list under -----Original Message-----
_p = people("048", 6)
add(
    id="automotive-048", expect="pass", entities=[], detectors=[],
    note="reply; the attendee list with phones is only in the quoted original message",
    charset="iso-2022-jp",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["京葉ドライビングスクール 法人研修係 <kenshu@keiyo-ds.co.jp>"],
    subject="RE: 7/5 講習 インストラクター担当表",
    body="""京葉ドライビングスクール 法人研修係 様

お世話になっております。大久保です。
担当表、ありがとうございました。受講者にも当日の集合場所を周知しておきます。

大久保

-----Original Message-----
From: 京葉ドライビングスクール 法人研修係 <kenshu@keiyo-ds.co.jp>
Sent: Thursday, June 12, 2025 4:18 PM
To: 大久保 梢 <k-okubo@hinode-sangyo.co.jp>
Subject: 7/5 講習 インストラクター担当表

日の出産業 大久保様

7/5の講習、インストラクターの担当は以下のとおりです。
当日のご連絡は各担当の携帯へお願いいたします。

""" + "\n".join(f"{p['name']}　{p['mobile']}　（{i + 1}号車）" for i, p in enumerate(_p)) + """

京葉ドライビングスクール 法人研修係
""",
)

# 049  accident history with drivers' injuries, XLSX, to the insurance agent
_p = people("049", 10)
_inj = ["なし", "頸椎捻挫（通院3週間）", "なし", "右手関節骨折（入院4日）", "なし", "なし", "腰椎捻挫（通院2週間）",
        "なし", "顔面挫創（縫合）", "なし"]
_rows = [["2024年度 事故履歴一覧（フリート更改用）"], [],
         ["発生日", "運転者", "所属", "区分", "相手", "運転者の負傷", "支払保険金(円)"]]
for i, p in enumerate(_p):
    _rows.append([f"2024/{(i + 3) % 12 + 1:02d}/{i * 2 + 5:02d}", p["name"], p["dept"],
                  "人身" if _inj[i] != "なし" else "物損", ["車両", "自転車", "車両", "電柱"][i % 4], _inj[i],
                  (i + 1) * 118000])
add(
    id="automotive-049", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX accident history of 10 named drivers with injuries/diagnoses, sent to the agent",
    charset="cp932",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["onodera@kaede-hoken.jp"],
    subject="事故履歴一覧（更改用）",
    body="""小野寺様

お世話になっております。日の出産業の市来です。
更改見積に必要とのことでしたので、2024年度の事故履歴一覧を添付いたします。
運転者ごとの負傷状況も入れております。

よろしくお願いいたします。
市来
""",
    attachments=[{"kind": "xlsx", "name": "事故履歴一覧_2024.xlsx", "sheets": {"2024年度": _rows}}],
)

# 050  property-damage accident report, one driver named with his mobile
_p = person("050")
add(
    id="automotive-050", expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="property-damage-only accident report with one driver's contact: a single person, no injury",
    charset="utf-8",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["星空損保 法人損害サービス課 <claim-houjin@hoshizora-sonpo.co.jp>"],
    subject="物損事故のご報告（大宮 300 せ 41-12）",
    body=f"""星空損害保険株式会社 法人損害サービス課 御中

お世話になっております。日の出産業の市来です。
本日発生した物損事故についてご報告いたします（フリート証券番号 HK-2291-0034578）。

発生日時：6月13日（金）15時10分ごろ
場所　　：さいたま市北区 ホームセンター駐車場内
状況　　：当方車両が後退中、駐車中の相手車両（株式会社丸栄設備様 社用車）の
　　　　　右前バンパーに接触。負傷者なし。警察届出済み。
運転者　：{_p['name']}（当日連絡先 {_p['mobile']}）
相手方　：株式会社丸栄設備 総務課（TEL 048-661-2210）

修理見積は相手方から御社へ直接送付されると伺っています。
よろしくお願いいたします。

{SIG_ICHIKI}
""",
)

# 051  an internal mail with loan-car users' licence numbers attached as .eml, to a repair shop
_p = people("051", 6)
_inner = {
    "charset": "iso-2022-jp",
    "sender": "日の出モータース 川口店 受付 <front-kawaguchi@hinode-sangyo.co.jp>",
    "to": ["仲村 圭吾 <k-nakamura@hinode-sangyo.co.jp>"],
    "subject": "代車貸出記録（5月分）",
    "body": "仲村さん\n\n5月に代車を貸し出したお客様の記録です。\n\n" +
            "\n".join(f"{p['name']}　免許証 {p['license']}　TEL {p['mobile']}　貸出 5/{i * 4 + 2}〜5/{i * 4 + 5}"
                      for i, p in enumerate(_p)) + "\n\n受付 堀内\n",
}
add(
    id="automotive-051", expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="internal mail attached as .eml: 6 loan-car users' licence numbers and phones, now sent to a repair shop",
    charset="iso-2022-jp",
    sender="仲村 圭吾 <k-nakamura@hinode-sangyo.co.jp>",
    to=["石崎自動車整備 工場長 石崎様 <ishizaki@ishizaki-seibi.co.jp>"],
    subject="代車の件（違反通知の照合）",
    body=f"""石崎様

お世話になっております。川口店の仲村です。
御社からお借りしていた代車で駐車違反の通知が届いた件、
5月の貸出記録を添付しますので、日付の照合をお願いできますでしょうか。

{SIG_NAKAMURA_SF}
""",
    attachments=[{"kind": "eml", "name": "代車貸出記録（5月分）.eml", "message": _inner}],
)

# 052  【部外秘】 dealer incentive conditions, mail body stamped
add(
    id="automotive-052", expect="stop", entities=[],
    detectors=["confidential_marking"],
    note="mail stamped 【部外秘】 in subject and body (incentive conditions) sent to a dealer partner",
    charset="cp932",
    sender="モビリティ事業部 販売企画 真壁 <y-makabe@hinode-sangyo.co.jp>",
    to=["港自動車販売 法人課 北条様 <hojo@minato-jidosha.co.jp>"],
    subject="【部外秘】下期 業販奨励金条件（案）",
    body="""━━━━━━━━━━━━━━━━━━━━━━━━
　部外秘　（取扱：モビリティ事業部 販売企画）
━━━━━━━━━━━━━━━━━━━━━━━━

港自動車販売株式会社
北条様

お世話になっております。日の出産業 販売企画の真壁です。
下期の業販奨励金条件（案）です。

・登録台数 月10台以上：1台あたり 30,000円
・登録台数 月20台以上：1台あたり 45,000円＋四半期達成金 500,000円
・EV／PHEV：上記に 1台あたり 20,000円 加算
・支払サイト：月末締め 翌々月10日払い

確定前の案につき、御社内でも限られた方のみでのご確認をお願いいたします。

日の出産業株式会社 モビリティ事業部 販売企画
真壁 優
""",
)

# 053  ordinary 車検 reminder to one corporate contact, with the standard disclaimer
add(
    id="automotive-053", expect="pass", entities=[], detectors=[],
    note="routine reminder ending with the standard 機密情報 disclaimer, not a marking",
    charset="utf-8",
    sender="仲村 圭吾 <k-nakamura@hinode-sangyo.co.jp>",
    to=["川崎電機 総務課 <soumu@kawasaki-denki.co.jp>"],
    subject="社用車 車検入庫日のご確認（3台）",
    body=f"""川崎電機株式会社
総務課 ご担当者様

いつもお世話になっております。日の出モータース川口店の仲村です。
7月に車検満了を迎える御社社用車3台の入庫日をご確認ください。

　川崎 300 た 20-14（プリウス）　7月 8日（火）9:30 入庫
　川崎 300 た 20-19（プリウス）　7月 8日（火）9:30 入庫
　川崎 400 な 61-02（ハイエース）7月15日（火）9:30 入庫

引取・納車サービスをご利用の場合は前日までにお知らせください。

{SIG_NAKAMURA_SF}
{DISCLAIMER_JA}
""",
)

# 054  password-protected PDF quotation
add(
    id="automotive-054", expect="stop", entities=[],
    detectors=["unscannable_attachment"],
    note="quotation as a password-protected PDF: cannot be inspected",
    charset="iso-2022-jp",
    sender="篠崎 真理子 <m-shinozaki@hinode-sangyo.co.jp>",
    to=["川崎電機 総務課 <soumu@kawasaki-denki.co.jp>"],
    subject="リース見積書（パスワード付PDF）",
    body=f"""川崎電機株式会社
総務課 ご担当者様

お世話になっております。日の出オートリースの篠崎です。
社用車入替（8台）のリース見積書をお送りいたします。
PDFにはパスワードを設定しておりますので、別途お電話でお伝えいたします。

{SIG_SHINOZAKI}
""",
    attachments=[{"kind": "pdf", "name": "見積書_HAL-Q-25061.pdf", "password": "kd0617",
                  "lines": ["御見積書", "川崎電機株式会社 御中", "見積番号 HAL-Q-25061",
                            "プリウス Z 60か月 メンテナンスリース 月額 58,300円 × 8台"]}],
)

# 055  alcohol check records, comma separated in the body, to the system vendor
_p = people("055", 8)
add(
    id="automotive-055", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="comma-separated alcohol check records of 8 drivers with mobile numbers, to the device vendor",
    charset="utf-8",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["アルコガード サポート <support@alco-guard.jp>"],
    subject="測定記録の重複について（問い合わせ番号 AG-77120）",
    body="""アルコガード サポートご担当者様

お世話になっております。日の出産業の大久保です。
クラウド側で同じ測定が二重に登録されている件、該当の記録を抜き出しました。
端末のSMS通知も二重に届いているとのことで、本人の携帯番号も添えます。

測定日時,社員番号,氏名,携帯,測定値(mg/L),端末ID
""" + "\n".join(f"2025/06/{10 + i % 3} 07:{12 + i * 5:02d},{p['emp']},{p['name']},{p['mobile']},0.00,AG-OMY-0{i % 3 + 1}"
                for i, p in enumerate(_p)) + """

原因と、重複分の削除方法をご教示ください。

大久保（日の出産業 総務部 車両管理課）
TEL 03-5476-2211
""",
)

# 056  alcohol checker rollout schedule, no personal data
add(
    id="automotive-056", expect="pass", entities=[], detectors=[],
    note="device rollout schedule and order numbers only",
    charset="cp932",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["アルコガード 営業部 <sales@alco-guard.jp>"],
    subject="追加端末の納品スケジュールについて",
    body="""アルコガード株式会社
営業部 ご担当者様

お世話になっております。日の出産業の大久保です。
追加発注分（注文番号 HS-PO-2025-0611）の納品について、下記でお願いいたします。

　大宮営業所　　AG-500 ×3台　　6月24日（火）午前
　千葉営業所　　AG-500 ×2台　　6月25日（水）午前
　横浜営業所　　AG-500 ×2台　　6月25日（水）午後
　本社（予備）　AG-500 ×1台　　6月26日（木）

各拠点の受取担当は拠点の代表電話にお問い合わせください。
初期設定は従来どおり御社で実施いただけると理解しています。

大久保
""",
)

# 057  two foreign trainees' residence card and licence numbers, to the insurance agent
_p = [("グエン・ヴァン・ミン", "NGUYEN VAN MINH", 1999, 3, 14), ("トラン・ティ・ホア", "TRAN THI HOA", 2000, 8, 2)]
add(
    id="automotive-057", expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="two foreign staff's 在留カード numbers, licence numbers and birth dates sent to the agent",
    charset="iso-2022-jp",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["onodera@kaede-hoken.jp"],
    subject="外国籍社員の運転者登録について",
    body=f"""小野寺様

お世話になっております。市来です。
物流センターの外国籍社員2名が外国免許からの切替えを終え、
構内車両と配送用バンを運転する予定です。運転者登録をお願いいたします。

1) {_p[0][0]}（{_p[0][1]}）
　 生年月日 {_p[0][2]}年{_p[0][3]}月{_p[0][4]}日
　 在留カード番号 UH48120376JA
　 運転免許証番号 302324103810

2) {_p[1][0]}（{_p[1][1]}）
　 生年月日 {_p[1][2]}年{_p[1][3]}月{_p[1][4]}日
　 在留カード番号 RK90345512EA
　 運転免許証番号 302324108260

在留期間はいずれも2027年まであります。
ご確認よろしくお願いいたします。

{SIG_ICHIKI}
""",
)

# 058  internal request for driving records (licence numbers, birth dates)
_p = people("058", 7)
add(
    id="automotive-058", expect="pass",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"],
    detectors=[],
    note="driver list with licence numbers and birth dates, addressed only to internal colleagues",
    charset="utf-8",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["人事部 労務 <roumu@hinode-sangyo.co.jp>"],
    cc=["山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>"],
    subject="運転記録証明書の取得対象者（7名）",
    body="""人事部 労務ご担当

お疲れさまです。車両管理課の大久保です。
年1回の運転記録証明書の取得対象者です。申請書への転記をお願いします。

""" + "\n".join(f"{p['emp']}\t{p['name']}\t{p['dob']}\t{p['license']}" for p in _p) + """

手数料は総務部の予算でまとめて立替えます。
大久保
""",
)

# 059  PPTX with named drivers and their offences, to the safety consultant
_p = people("059", 5)
_offence = ["2024/11 速度超過（一般道 35km/h超）赤切符・罰金8万円", "2024/08 信号無視 反則金／2025/02 人身事故（軽傷）",
            "2025/01 酒気帯び（0.18mg/L）→ 免許停止90日", "2024/06 一時不停止 反則金／2024/12 物損事故",
            "2025/03 無免許運転（失効中に運転）→ 略式起訴"]
add(
    id="automotive-059", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PPTX slides listing 5 named drivers with criminal traffic offences (赤切符, 起訴) for an external consultant",
    charset="utf-8",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["セーフティ・コンサルティング 村雨様 <murasame@safety-consul.co.jp>"],
    subject="個別指導の対象者資料（6/26 打合せ用）",
    body=f"""村雨様

お世話になっております。日の出産業の市来です。
6/26の打合せで相談したい個別指導の対象者について、資料を添付いたします。
対象者ごとの指導プランをご提案いただけますと幸いです。

{SIG_ICHIKI}
""",
    attachments=[{"kind": "pptx", "name": "個別指導対象者_202506.pptx", "title": "個別指導対象者",
                  "slides": [["個別指導対象者（2025年度）", "日の出産業株式会社 総務部 リスク管理G", "2025年6月"]] +
                            [[f"対象者{i + 1}：{p['name']}（{p['dept']}）", f"違反・事故歴：{_offence[i]}",
                              "指導方針：同乗指導＋ドライブレコーダー映像の振り返り"] for i, p in enumerate(_p)]}],
)

# 060  training deck with anonymised near-miss cases
add(
    id="automotive-060", expect="pass", entities=[], detectors=[],
    note="anonymised near-miss cases (A氏, B氏) in a training deck: no identifiable person",
    charset="cp932",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["京葉ドライビングスクール 法人研修係 <kenshu@keiyo-ds.co.jp>"],
    subject="座学用スライド（ヒヤリハット事例）",
    body="""京葉ドライビングスクール 法人研修係 様

お世話になっております。大久保です。
8月の座学で使っていただくヒヤリハット事例のスライドをお送りします。
個人が特定できないよう、氏名・場所はぼかしてあります。

大久保
""",
    attachments=[{"kind": "pptx", "name": "ヒヤリハット事例_2025.pptx",
                  "slides": [["ヒヤリハット事例集 2025", "日の出産業株式会社 総務部"],
                             ["事例1：A氏（営業職・経験3年）", "住宅街の交差点で一時停止後に発進、自転車が死角から出てきて急停止",
                              "ポイント：二段階停止"],
                             ["事例2：B氏（配送・経験10年）", "コンビニ駐車場で後退中、歩行者に気づくのが遅れた",
                              "ポイント：降車確認・バックモニター過信"],
                             ["事例3：C氏（技術職・経験1年）", "高速道路の合流で速度不足", "ポイント：加速車線を使い切る"]]}],
)

# 061  repair settlement: own insurer, repair shop and the other side's insurer all in To/Cc
add(
    id="automotive-061", expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (two insurers and a repair shop) visible to each other in To/Cc",
    charset="iso-2022-jp",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["星空損保 法人損害サービス課 <claim-houjin@hoshizora-sonpo.co.jp>",
        "南関東海上 さいたま損害サポート <saitama-sc@minami-kaijo.co.jp>"],
    cc=["石崎自動車整備 工場長 石崎様 <ishizaki@ishizaki-seibi.co.jp>"],
    subject="修理見積の件（受付番号 A25-118930／相手方 SK-55-20931）",
    body=f"""関係各位

お世話になっております。日の出産業 総務部の市来です。
5月20日の追突事故の修理につきまして、石崎自動車整備様から見積が出ましたので共有いたします。

　リアバンパー交換、バックドア板金・塗装、リアセンサー交換
　見積金額：418,660円（税込）　見積番号 IS-M-25-0528
　代車：5月28日から修理完了まで（軽自動車）

過失割合は0：100で双方合意済みと伺っておりますので、
南関東海上様から石崎自動車整備様へ直接お支払いいただく形で進めてよろしいでしょうか。
ご確認をお願いいたします。

{SIG_ICHIKI}
""",
)

# 062  lease renewal sent to kawasaki-denki.com (partner is kawasaki-denki.co.jp)
add(
    id="automotive-062", expect="stop", entities=[],
    detectors=["lookalike_domain"],
    note="recipient kawasaki-denki.com is a TLD look-alike of the partner kawasaki-denki.co.jp",
    charset="cp932",
    sender="篠崎 真理子 <m-shinozaki@hinode-sangyo.co.jp>",
    to=["川崎電機 総務課 片桐様 <katagiri@kawasaki-denki.com>"],
    subject="リース満了車両の再リース条件について",
    body=f"""川崎電機株式会社
総務課 片桐様

お世話になっております。日の出オートリースの篠崎です。
9月に満了を迎える5台について、再リースの条件をご案内いたします。

　再リース期間：12か月（以降1年ごとの自動更新）
　再リース料　：現行月額の1/10（1台あたり月額 4,180円～5,320円）
　メンテナンス：車検・法定点検のみ継続、消耗品は実費

返却をご希望の車両がございましたら7月末までにお知らせください。

{SIG_SHINOZAKI}
""",
)

# 063  the same kind of mail to the real partner domain
add(
    id="automotive-063", expect="pass", entities=[], detectors=[],
    note="lease renewal mail to the correct partner domain kawasaki-denki.co.jp",
    charset="utf-8",
    sender="篠崎 真理子 <m-shinozaki@hinode-sangyo.co.jp>",
    to=["川崎電機 総務課 片桐様 <katagiri@kawasaki-denki.co.jp>"],
    subject="Re: 再リース対象車両の確認",
    body=f"""片桐様

お世話になっております。篠崎です。
ご返信ありがとうございます。5台のうち2台（川崎 300 た 18-72、18-75）は返却、
残り3台は再リースで承知いたしました。

返却車両は9月30日に御社駐車場へ引取りに伺います。
鍵・車検証・ETCカードは車内に残さず、総務課でお預かりいただけますと助かります。
再リース契約書は8月中旬にお送りします。

{SIG_SHINOZAKI}
""",
)

# 064  drivers identified by employee number only: licence, birth date, mobile
_p = people("064", 8)
add(
    id="automotive-064", expect="stop",
    entities=["JP_DRIVERS_LICENSE", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 rows without a name column: employee no., licence no., birth date and mobile, to the lease company",
    charset="iso-2022-jp",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["東海フリートサービス テレマティクス担当 <telematics@tokai-fleet.co.jp>"],
    subject="ドラレコ運転者認証 ICカード登録データ",
    body="""東海フリートサービス テレマティクスご担当者様

お世話になっております。日の出産業の山岸です。
通信型ドライブレコーダーの運転者認証（免許証ICカード読取り）の事前登録データです。
氏名は社内規程で社外に出せないため、社員番号のみとしています。

社員番号  免許証番号      生年月日    携帯（緊急通知先）
--------  --------------  ----------  -------------
""" + "\n".join(f"{p['emp']}    {p['license']}    {p['dob']}  {p['mobile']}" for p in _p) + """

登録が終わりましたらテスト走行の日程を調整させてください。

山岸
""",
)

# 065  lease contract numbers that look like long digit strings; vehicles only
add(
    id="automotive-065", expect="pass", entities=[], detectors=[],
    note="12-digit contract numbers, prices and plates of vehicles; no person",
    charset="utf-8",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["丸の内リース 契約管理部 <keiyaku@marunouchi-lease.co.jp>"],
    subject="中途解約精算金の確認（3契約）",
    body=f"""丸の内リース株式会社
契約管理部 ご担当者様

お世話になっております。日の出産業の山岸です。
営業所統合に伴い中途解約する3契約の精算金について確認させてください。

契約番号       登録番号            残存月数  ご提示精算金
202004170083   品川 300 ち 55-20   10か月    412,500円
202004170084   品川 300 ち 55-21   10か月    412,500円
202102050311   所沢 300 み 70-09    6か月    198,000円

お見積書（番号 MLS-KS-250613-02）記載の金額と相違ないか、
また返却時の原状回復費用が別途かかるかご教示ください。

{SIG_YAMAGISHI}
""",
)

# 066  労災 application: pension number and fracture of an employee, to the labour consultant
_p = person("066")
add(
    id="automotive-066", expect="stop",
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="労災 request: one employee's 基礎年金番号, injury (骨折) and address sent to the labour consultant",
    charset="cp932",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["さかい社会保険労務士事務所 <office@sakai-sr.jp>"],
    subject="業務中の交通事故 労災申請のお願い",
    body=f"""さかい社会保険労務士事務所
酒井先生

いつもお世話になっております。日の出産業 総務部の市来です。
業務中の交通事故による労災（療養補償・休業補償）の申請をお願いしたくご連絡しました。

被災者　　　：{_p['name']}（{_p['kana']}）
生年月日　　：{wareki(_p['y'], _p['m'], _p['d'])}
住所　　　　：{_p['addr']}
基礎年金番号：{_p['r'].randint(1000, 9999)}-{_p['r'].randint(100000, 999999)}
所属　　　　：{_p['dept']}
災害発生日　：2025年6月4日 14時頃
傷病名　　　：右鎖骨骨折、右膝挫傷（埼玉中央病院 整形外科）
休業見込み　：約4週間

社用車で訪問先へ移動中、交差点で信号無視の車両に側面衝突されたものです。
第三者行為災害届も必要になるかと存じますので、あわせてご指導ください。

{SIG_ICHIKI}
""",
)

# 067  HTML-only table: inspection bookings passed to a partner garage
_p = people("067", 6, local=True)
_tr = "\n".join(f"<tr><td>6/{23 + i % 4}</td><td>{p['name']}</td><td>{p['mobile']}</td><td>{p['car']}</td>"
                f"<td>{p['plate']}</td><td>{['12か月点検', '車検', '車検', 'オイル交換＋点検'][i % 4]}</td></tr>"
                for i, p in enumerate(_p))
add(
    id="automotive-067", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table of 6 customers' names and mobiles handed over to a partner garage",
    charset="iso-2022-jp",
    sender="仲村 圭吾 <k-nakamura@hinode-sangyo.co.jp>",
    to=["石崎自動車整備 受付 <uketsuke@ishizaki-seibi.co.jp>"],
    subject="6月最終週 外注入庫のお願い（6台）",
    html=f"""<html><body>
<p>石崎自動車整備 受付ご担当者様</p>
<p>いつもお世話になっております。日の出モータース川口店の仲村です。<br>
当店工場のリフト改修のため、6月最終週の入庫を下記6台分お願いしたく存じます。<br>
お客様には御社での作業となる旨ご了承いただいております。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>入庫日</th><th>お客様名</th><th>連絡先</th><th>車種</th><th>登録番号</th><th>作業</th></tr>
{_tr}
</table>
<p>引取り・納車は当店スタッフが行います。作業完了時はお客様ではなく当店へご連絡ください。</p>
<p>日の出モータース 川口店 サービスフロント　仲村<br>TEL 048-255-7731</p>
</body></html>""",
)

# 068  English reply; the driver list is only in the quoted "On ... wrote:" part
_p = people("068", 6)
add(
    id="automotive-068", expect="pass", entities=[], detectors=[],
    note="English reply: the drivers' details appear only in the quoted text of the partner's mail",
    charset="utf-8",
    sender="Kenta Morishita <k-morishita@hinode-sangyo.co.jp>",
    to=["Lena Vogt <lena.vogt@nordfleet.com>"],
    subject="Re: Pilot drivers - app accounts created",
    body="""Hi Lena,

Thanks, all six accounts work. Two of them had to reset the password, but that is sorted now.
We will start logging trips on Monday.

Best,
Kenta

On Fri, Jun 13, 2025 at 17:42, Lena Vogt <lena.vogt@nordfleet.com> wrote:
> Hi Kenta,
>
> The app accounts for the pilot drivers are ready:
>
""" + "\n".join(f"> {p['romaji']:<22} {p['email']:<32} {p['mobile']}" for p in _p) + """
>
> Temporary passwords were sent by SMS.
>
> Kind regards,
> Lena Vogt | Nordfleet GmbH
""",
)

# 069  contracted customers, one ■ block each, to the credit company
_p = people("069", 5, local=True)
_blocks = []
for i, p in enumerate(_p):
    r = p["r"]
    _blocks.append(f"""■No.{i + 1}　契約番号 U-2506-{40 + i:03d}
　{p['name']}（{p['kana']}）　{wareki(p['y'], p['m'], p['d'], 'abbr')}生
　{p['zip']}　{p['addr']}
　TEL {p['mobile']}
　勤務先：{r.choice(['株式会社サンエイ工業', '医療法人社団 清和会', '浦和市場運輸株式会社', 'さいたま市役所', '有限会社大塚塗装'])}
　分割：{r.choice([36, 48, 60, 72, 84])}回　頭金 {r.randint(0, 50) * 10000:,}円""")
add(
    id="automotive-069", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five loan customers as ■ blocks with S/H-era birth dates, addresses and phones, to the credit company",
    charset="cp932",
    sender="江藤 亮介 <r-eto@hinode-sangyo.co.jp>",
    to=["オリオンクレジット 与信センター <yoshin@orion-credit.co.jp>"],
    subject="6月前半 成約分 ショッピングクレジット申込",
    body="""オリオンクレジット株式会社
与信センター 御中

いつもお世話になっております。日の出モータース浦和店の江藤です。
6月前半に成約したお客様のクレジット申込内容をお送りします。
申込書原本は本日発送しました。先行して審査をお願いいたします。

""" + "\n\n".join(_blocks) + f"""

{SIG_ETO}
""",
)

# 070  used-car stock list with prices, XLSX, to a dealer partner
add(
    id="automotive-070", expect="pass", entities=[], detectors=[],
    note="stock list of used cars (stock numbers, mileage, prices): no people",
    charset="iso-2022-jp",
    sender="日の出モータース 買取担当 千石 <k-sengoku@hinode-sangyo.co.jp>",
    to=["港自動車販売 中古車部 <usedcar@minato-jidosha.co.jp>"],
    subject="業販在庫リスト（6月第3週）",
    body="""港自動車販売 中古車部 御中

いつもお世話になっております。日の出モータースの千石です。
今週の業販在庫リストを添付します。価格は業販価格（税別）です。
商談中の車両は網掛けにしています。

千石
""",
    attachments=[{"kind": "xlsx", "name": "業販在庫_2025W25.xlsx",
                  "sheets": {"在庫": [["業販在庫リスト 2025年6月第3週"], [],
                                     ["在庫No", "車名", "グレード", "年式", "走行(km)", "色", "修復歴", "業販価格"],
                                     ["U-KWG-1182", "アクア", "G", 2019, 42100, "白パール", "なし", 938000],
                                     ["U-KWG-1190", "N-BOX", "カスタムL", 2020, 31900, "黒", "なし", 1020000],
                                     ["U-URW-2280", "セレナ", "ハイウェイスター", 2018, 68400, "白", "あり", 1150000],
                                     ["U-URW-2291", "フリード", "ハイブリッドG", 2022, 18400, "白", "なし", 1890000],
                                     ["U-URW-2302", "プロボックス", "GL", 2019, 88100, "白", "なし", 640000],
                                     ["U-KWG-1201", "ヤリス", "Z", 2021, 22700, "赤", "なし", 1280000]]}}],
)

# 071  accident investigation report stamped 取扱注意 (no names), to the insurance agent
add(
    id="automotive-071", expect="stop", entities=[],
    detectors=["confidential_marking"],
    note="PDF report stamped 取扱注意 in its page header, sent to the insurance agent",
    charset="utf-8",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["onodera@kaede-hoken.jp"],
    subject="事故原因分析報告書の送付",
    body=f"""小野寺様

お世話になっております。市来です。
先月の車両委員会で報告した事故原因分析の報告書をお送りします。
再発防止策の部分について、保険会社としてのご意見をいただけますと幸いです。

{SIG_ICHIKI}
""",
    attachments=[{"kind": "pdf", "name": "事故原因分析報告書_2025-05.pdf", "page_header": "取扱注意",
                  "page_footer": "日の出産業株式会社 総務部 リスク管理グループ",
                  "title": "事故原因分析報告書（取扱注意）",
                  "lines": ["事故原因分析報告書（2024年度下期）", "",
                            "1. 概要：下期の事故12件のうち7件が後退時の接触であった。",
                            "2. 原因：バックモニターへの依存、降車確認の省略、時間的余裕のなさ。",
                            "3. 対策：全車にコーナーセンサーを追加装備、後退時の降車確認を規程化。",
                            "4. 効果測定：2025年度上期の後退時事故件数を50%削減することを目標とする。"]}],
)

# 072  mentions 社外秘 material but carries none
add(
    id="automotive-072", expect="pass", entities=[], detectors=[],
    note="merely mentions that a 社外秘 document cannot be sent; no marked content",
    charset="cp932",
    sender="篠崎 真理子 <m-shinozaki@hinode-sangyo.co.jp>",
    to=["ツバサシステム 営業部 早瀬様 <hayase@tsubasa-system.jp>"],
    subject="Re: 車両データ項目のご提供について",
    body=f"""早瀬様

お世話になっております。篠崎です。
ご依頼のあった当社のリース料算定ロジックの資料ですが、社外秘扱いのため
資料そのものはお渡しできません。申し訳ございません。
次回の打合せで、連携に必要な項目（月額リース料、残価、契約期間）の
定義だけ口頭でご説明させてください。

項目定義書のフォーマットは御社のものに合わせて記入いたします。

{SIG_SHINOZAKI}
""",
)

# 073  corrupt XLSX for the policy renewal
add(
    id="automotive-073", expect="stop", entities=[],
    detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be read",
    charset="iso-2022-jp",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["onodera@kaede-hoken.jp"],
    subject="更改資料（車両明細）再送",
    body="""小野寺様

お世話になっております。市来です。
先ほどのファイルが開けないとのことで、保存し直して再送いたします。
こちらでも開けない場合はお電話ください。

市来
""",
    attachments=[{"kind": "corrupt", "name": "フリート更改_車両明細_v2.xlsx"}],
)

# 074  a lease customer's drivers as ・ bullets with full-width digits and 和暦, to the insurer
_p = people("074", 6)
add(
    id="automotive-074", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 drivers of a lease customer with 和暦 birth dates and full-width phone numbers, to the insurer",
    charset="cp932",
    sender="篠崎 真理子 <m-shinozaki@hinode-sangyo.co.jp>",
    to=["星空損保 リース営業推進部 <lease-suishin@hoshizora-sonpo.co.jp>"],
    subject="北国フーズ様 リース車両付帯保険 運転者の件",
    body="""星空損害保険株式会社
リース営業推進部 ご担当者様

お世話になっております。日の出オートリースの篠崎です。
北国フーズ様の新規リース（EVトラック10台）に付帯する自動車保険につき、
運転者限定特約の対象者を先方からお預かりしましたのでお送りします。

""" + "\n".join(f"・{p['name']}（{wareki(p['y'], p['m'], p['d'], 'zenkanji')}生）　{zen(p['mobile'])}"
                for p in _p) + f"""

年齢条件は最年少の方に合わせて設定をお願いします。

{SIG_SHINOZAKI}
""",
)

# 075  one customer's name and phone to the garage for a loan car
_p = person("075", local=True)
add(
    id="automotive-075", expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one customer's name and phone for a loan car: a single person (may warn)",
    charset="iso-2022-jp",
    sender="仲村 圭吾 <k-nakamura@hinode-sangyo.co.jp>",
    to=["石崎自動車整備 受付 <uketsuke@ishizaki-seibi.co.jp>"],
    subject="代車1台お借りできますか（6/18〜6/20）",
    body=f"""石崎自動車整備 受付ご担当様

お世話になっております。川口店の仲村です。
当店の代車が出払ってしまい、1台お借りできないかご相談です。

期間：6月18日（水）〜6月20日（金）
車種：軽自動車で結構です
使用者：{_p['name']} 様（当店のお客様、{_p['mobile']}）

受け渡しは当店で行い、保険は当店の代車特約でカバーします。
ご都合いかがでしょうか。

仲村
""",
)

# 076  PDF with five parking applicants, to the real-estate agent
_p = people("076", 5)
add(
    id="automotive-076", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF of 5 parking applicants (home address, phone, car) sent to the real-estate agent",
    charset="utf-8",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["寿不動産 賃貸管理課 <chintai@kotobuki-fudosan.co.jp>"],
    subject="寿パーキング大宮桜木町 申込書（5区画分）",
    body="""寿不動産株式会社 賃貸管理課
ご担当者様

お世話になっております。日の出産業の大久保です。
先日空きをご案内いただいた大宮桜木町の5区画について、申込書をお送りします。
契約者は当社（法人）、使用者は各社員となります。

日の出産業株式会社 総務部 車両管理課
大久保 梢　TEL 03-5476-2211
""",
    attachments=[{"kind": "pdf", "name": "駐車場申込書_大宮桜木町.pdf",
                  "lines": ["月極駐車場 使用申込書", "契約者：日の出産業株式会社（東京都港区芝2-14-8）", "使用者一覧", ""],
                  "table": [["区画", "使用者氏名", "使用者住所", "電話", "車種", "登録番号"]] +
                           [[str(i + 3), p["name"], p["addr"], p["mobile"], p["car"], p["plate"]]
                            for i, p in enumerate(_p)]}],
)

# 077  parking contract renewal, contract number and fees only
add(
    id="automotive-077", expect="pass", entities=[], detectors=[],
    note="contract number, fees and the operator's contact only",
    charset="cp932",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["なごみパーキング 契約管理 <keiyaku@park-nagomi.co.jp>"],
    subject="契約更新のご案内への回答（契約番号 NP-0932）",
    body="""なごみパーキング株式会社
契約管理ご担当者様

お世話になっております。日の出産業の大久保です。
契約番号 NP-0932（芝2丁目第3駐車場 7区画）の更新について、
ご案内いただいた条件（月額 38,500円／区画、税込）で更新いたします。

更新事務手数料 11,000円は7月分と合わせてお振込みします。
更新契約書は2部とも押印のうえ返送いたします。

大久保
""",
)

# 078  safety seminar invitation with three partner companies visible in To/Cc
add(
    id="automotive-078", expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="invitation To/Cc three external companies, each seeing the others' addresses",
    charset="utf-8",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["川崎電機 総務課 <soumu@kawasaki-denki.co.jp>", "青葉運輸 安全推進室 <anzen@aoba-unyu.co.jp>"],
    cc=["北国フーズ 総務課 今泉様 <imaizumi@kitaguni-foods.co.jp>"],
    subject="【ご案内】合同安全運転セミナー（7/24）",
    body="""お取引先各位

平素より大変お世話になっております。日の出産業株式会社 総務部の大久保です。

毎年ご好評いただいている合同安全運転セミナーを、今年も下記のとおり開催いたします。

日時：2025年7月24日（木）13:30～16:00
会場：日の出産業 本社 5階 大会議室（東京都港区芝2-14-8）
内容：1. 講演「改正道路交通法と白ナンバー事業者の実務」
　　　2. ドライブレコーダー映像で学ぶ危険予測
　　　3. アルコールチェック運用事例の共有
定員：各社3名まで

参加ご希望の場合は、7月10日までに参加人数をご返信ください。

日の出産業株式会社 総務部 車両管理課
大久保 梢
""",
)

# 079  the same invitation correctly sent with Bcc
add(
    id="automotive-079", expect="pass", entities=[], detectors=[],
    note="invitation to several companies with the recipients in Bcc: none can see the others",
    charset="iso-2022-jp",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["大久保 梢 <k-okubo@hinode-sangyo.co.jp>"],
    bcc=["soumu@kawasaki-denki.co.jp", "anzen@aoba-unyu.co.jp", "imaizumi@kitaguni-foods.co.jp",
         "soumu@marueisetsubi.co.jp"],
    subject="【再送・会場変更】合同安全運転セミナー（7/24）",
    body="""お取引先各位

（本メールはBCCにてお送りしております）

平素より大変お世話になっております。日の出産業株式会社 総務部の大久保です。
7月24日の合同安全運転セミナーですが、参加申込が定員を超えたため、
会場を下記に変更いたします。時間・内容に変更はございません。

新会場：芝パークサイドホール 3階 ホールB（東京都港区芝公園1-4-10）
　　　　都営三田線「御成門」駅 A1出口 徒歩3分

お手数ですが、参加者の皆様にご周知いただけますと幸いです。

日の出産業株式会社 総務部 車両管理課
大久保 梢
""",
)

# 080  road-rage incident report, the employee not identified
add(
    id="automotive-080", expect="pass", entities=[], detectors=[],
    note="incident report with police receipt number; the employee is not identified, no injury",
    charset="iso-2022-jp",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["星空損保 法人損害サービス課 <claim-houjin@hoshizora-sonpo.co.jp>"],
    subject="あおり運転被害の件（車両損害なし）ご報告",
    body=f"""星空損害保険株式会社
法人損害サービス課 ご担当者様

お世話になっております。日の出産業の市来です。
念のためのご報告です。

6月11日夕方、首都高速5号線で弊社社員が運転する社用車（練馬 400 す 38-15）が
後続車からあおり運転を受けました。接触・負傷はなく、車両の損害もございません。
ドライブレコーダーの映像を保存し、警察に相談済みです（相談受理番号 0611-2207）。

保険請求の予定はございませんが、今後相手方とのトラブルになった場合に備え、
弁護士費用特約の適用範囲をご教示いただけますでしょうか。

{SIG_ICHIKI}
""",
)

# 081  English: executives' assigned cars with their mobiles and private e-mails, to a global fleet provider
_p = people("081", 6)
_rows = [["Driver", "Position", "Vehicle", "Mobile", "E-mail (notifications)"]]
for i, p in enumerate(_p):
    _rows.append([p["romaji"], ["Director", "Executive Officer", "GM Sales", "GM Logistics", "Director", "Auditor"][i],
                  ["Lexus ES 300h", "Crown Sedan", "Alphard", "Crown Sedan", "Lexus RX", "Camry"][i],
                  "+81 " + p["mobile"][1:], p["email"]])
add(
    id="automotive-081", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="English mail with a padded table of 6 executives' mobiles and private e-mails to a foreign fleet provider",
    charset="utf-8",
    sender="Kenta Morishita <k-morishita@hinode-sangyo.co.jp>",
    to=["Lena Vogt <lena.vogt@nordfleet.com>"],
    cc=["Jonas Brandt <jonas.brandt@nordfleet.com>"],
    subject="Executive car programme - driver contact sheet",
    body=f"""Hi Lena, hi Jonas,

As discussed, here are the drivers for the executive car programme so that your
concierge team can set up roadside assistance and service reminders.
Notifications should go to the private e-mail addresses below, not to the company ones.

{table(_rows)}

Please confirm once the profiles are created.

Best regards,
{SIG_EN}
""",
)

# 082  inspection reminder to a corporate customer listing its vehicles (no people)
add(
    id="automotive-082", expect="pass", entities=[], detectors=[],
    note="a customer company's vehicles by plate and due date: vehicles, not people",
    charset="iso-2022-jp",
    sender="仲村 圭吾 <k-nakamura@hinode-sangyo.co.jp>",
    to=["青葉運輸 車両課 <sharyo@aoba-unyu.co.jp>"],
    subject="法定12か月点検 時期到来車両のお知らせ（8月）",
    body="""青葉運輸株式会社
車両課 ご担当者様

いつもお世話になっております。日の出モータース川口店の仲村です。
8月に法定12か月点検の時期を迎える御社車両は以下の7台です。

　川口 100 あ 31-08　ハイエース　　 点検期限 8/05
　川口 100 あ 31-11　ハイエース　　 点検期限 8/05
　川口 400 せ 12-55　キャラバン　　 点検期限 8/12
　川口 400 せ 12-60　キャラバン　　 点検期限 8/12
　大宮 100 か 88-02　デュトロ　　　 点検期限 8/19
　大宮 100 か 88-07　デュトロ　　　 点検期限 8/19
　大宮 400 ね 40-33　プロボックス　 点検期限 8/26

2台ずつの入庫であれば当日中にお返しできます。
ご希望の日程をお知らせください。

日の出モータース 川口店 サービスフロント　仲村
TEL 048-255-7731
""",
)

# 083  plain ZIP of vehicle replacement documents: company-only data
add(
    id="automotive-083", expect="pass", entities=[], detectors=[],
    note="unencrypted ZIP of vehicle list and a company power of attorney: no personal data",
    charset="cp932",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["丸の内リース 藤枝様 <fujieda@marunouchi-lease.co.jp>"],
    subject="入替車両 登録関係書類一式",
    body=f"""藤枝様

お世話になっております。山岸です。
10月入替分の登録関係書類一式をZIPでお送りします（パスワードはかけていません）。
委任状の原本は本日郵送しました。

{SIG_YAMAGISHI}
""",
    attachments=[{"kind": "zip", "name": "入替書類_202510.zip",
                  "files": [{"kind": "xlsx", "name": "入替車両一覧.xlsx",
                             "sheets": {"一覧": [["No", "旧車両 登録番号", "新車両 車名", "使用の本拠の位置", "納車予定"],
                                               [1, "品川 300 ち 55-20", "プリウス Z", "本社（港区芝2-14-8）", "10/06"],
                                               [2, "品川 300 ち 55-21", "プリウス Z", "本社（港区芝2-14-8）", "10/06"],
                                               [3, "大宮 300 せ 41-07", "プロボックス GL", "大宮営業所（さいたま市大宮区桜木町1-9-4）", "10/14"],
                                               [4, "大宮 300 せ 41-12", "プロボックス GL", "大宮営業所（さいたま市大宮区桜木町1-9-4）", "10/14"]]}},
                            {"kind": "docx", "name": "委任状.docx",
                             "paragraphs": ["委任状", "私は、丸の内リース株式会社を代理人と定め、下記自動車の登録に関する一切の権限を委任します。",
                                            "委任者：東京都港区芝2-14-8 日の出産業株式会社 代表取締役 日野 正和"]}]}],
)

# 084  internal: password ZIP between colleagues
add(
    id="automotive-084", expect="pass", entities=[], detectors=[],
    note="encrypted ZIP, but sent only to an internal colleague",
    charset="utf-8",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>"],
    subject="免許証画像（更新者分）",
    body="""山岸さん

お疲れさまです。大久保です。
6月に免許を更新した5名分の免許証画像です。念のためパスワードをかけています。
パスワードはいつものものです。台帳の有効期限の更新をお願いします。

大久保
""",
    attachments=[{"kind": "zip", "name": "menkyo_202506.zip", "password": "Sharyo2506!",
                  "files": [{"kind": "png", "name": f"menkyo_{i}.png"} for i in range(1, 6)]}],
)

# 085  award certificates: 8 names with department only, to the printer
_p = people("085", 8)
add(
    id="automotive-085", expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="8 employees' names with department and years (no contact data) for award certificates: borderline list",
    charset="iso-2022-jp",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 柏木様 <kashiwagi@nishiki-insatsu.co.jp>"],
    subject="無事故無違反表彰 賞状の名入れ",
    body="""錦印刷株式会社
柏木様

お世話になっております。日の出産業 総務部の大久保です。
7月の安全大会で授与する無事故無違反表彰の賞状、名入れをお願いいたします。
書体は前年と同じ楷書体でお願いします。

""" + "\n".join(f"　{p['dept']}　{p['name']}　殿　（無事故無違反 {[5, 10, 15, 20][i % 4]}年）"
                for i, p in enumerate(_p)) + """

納期は7月15日（火）、本社総務部宛でお願いいたします。

大久保
""",
)

# 086  accident where the other party (unnamed) was taken to hospital
add(
    id="automotive-086", expect="either", entities=[],
    detectors=[],
    note="first report: an unnamed cyclist taken to hospital; whether that person is identifiable is arguable",
    charset="cp932",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["星空損保 法人損害サービス課 <claim-houjin@hoshizora-sonpo.co.jp>"],
    subject="【第一報】人身事故の発生について（横浜営業所）",
    body=f"""星空損害保険株式会社
法人損害サービス課 ご担当者様

お世話になっております。日の出産業の市来です。
取り急ぎ第一報です。

本日8時15分ごろ、横浜市港北区日吉本町の市道交差点で、弊社横浜営業所の社用車
（横浜 300 ま 27-40）が左折時に、並走していた自転車の男子高校生と接触しました。
高校生は頭を打って救急搬送され、現在検査中と聞いています。氏名・連絡先は
警察経由で確認中です。弊社運転者にけがはありません。

詳細が分かり次第、改めてご連絡いたします。

{SIG_ICHIKI}
""",
)

# 087  vehicles with the assigned user's name only, to the lease company
_p = people("087", 6)
add(
    id="automotive-087", expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="6 vehicles each with its user's name (no other personal data) for scheduling: borderline list",
    charset="utf-8",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["東海フリートサービス 車両管理センター <kanri@tokai-fleet.co.jp>"],
    subject="7月 定期点検の入庫調整",
    body="""東海フリートサービス 車両管理センター 御中

お世話になっております。日の出産業の山岸です。
7月に定期点検となる6台の使用者です。入庫日の調整は各使用者と直接お願いします
（連絡は各拠点の代表電話経由でお願いします）。

""" + "\n".join(f"{p['plate']}　{p['car']}　使用者：{p['name']}（{p['dept']}）" for p in _p) + """

山岸
""",
)

# 088  DM printing spec sent to nishiki-insastu.co.jp (letters swapped)
add(
    id="automotive-088", expect="stop", entities=[],
    detectors=["lookalike_domain"],
    note="recipient nishiki-insastu.co.jp swaps two letters of the partner nishiki-insatsu.co.jp",
    charset="cp932",
    sender="日の出モータース 販促担当 桐生 <s-kiryu@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 柏木様 <kashiwagi@nishiki-insastu.co.jp>"],
    subject="夏の点検キャンペーン チラシ仕様",
    body="""錦印刷株式会社
柏木様

いつもお世話になっております。日の出モータースの桐生です。
夏の点検キャンペーンのチラシ、下記の仕様でお見積りをお願いします。

　サイズ：B4 両面カラー
　用紙　：コート 73kg
　部数　：川口店 15,000部／浦和店 12,000部
　配布　：新聞折込（7月19日 土曜日）
　入稿　：7月7日（月）予定

デザインは昨年のものをベースに、価格表だけ差し替えます。
よろしくお願いいたします。

日の出モータース 販売促進グループ　桐生
""",
)

# 089  reply that adds a new list of drivers above the agent's quoted request
_p = people("089", 5)
add(
    id="automotive-089", expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="the reply's own new text adds 5 drivers' licence numbers and birth dates (quoted part is only the request)",
    charset="iso-2022-jp",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["onodera@kaede-hoken.jp"],
    subject="Re: 運転者台帳の不足分について",
    body="""小野寺様

お世話になっております。山岸です。
ご指摘の5名分、漏れておりました。失礼いたしました。以下のとおりです。

""" + "\n".join(f"{p['name']}　{wareki(p['y'], p['m'], p['d'], 'abbr')}生　免許証 第{p['license']}号" for p in _p) + """

よろしくお願いいたします。
山岸

> 日の出産業 山岸様
>
> 運転者台帳を拝見しました。4月の異動者のうち、大宮営業所の5名が
> 台帳に含まれていないようです。生年月日と免許証番号をお知らせください。
>
> かえで保険サービス 小野寺
""",
)

# 090  reply to a private customer; her own licence details are only in the quote
add(
    id="automotive-090", expect="pass", entities=[],
    detectors=["freemail_recipient"],
    note="reply to one private customer; her licence number is only in the quoted text",
    charset="utf-8",
    sender="江藤 亮介 <r-eto@hinode-sangyo.co.jp>",
    to=["本多 美里 様 <misato.honda@yahoo.co.jp>"],
    subject="Re: 試乗の予約をお願いします",
    body=f"""本多 美里 様

ご連絡ありがとうございます。日の出モータース浦和店の江藤です。
6月22日（日）11時からの試乗、承りました。
当日は免許証をお持ちください。お待ちしております。

{SIG_ETO}

2025年6月14日(土) 21:03 本多 美里 <misato.honda@yahoo.co.jp>:
> 江藤様
> 先日はありがとうございました。
> フリードの試乗を6/22の11時からお願いできますか。
> 事前に必要とのことなので免許証の番号をお送りします。
> 免許証番号 302207718830（有効期限 2028年3月）
> 本多
""",
)

# 091  XLSX driver master accidentally exported with the My Number column
_p = people("091", 7)
_rows = [["運転者マスタ（人事システム出力 2025/06/13）"], [],
         ["社員番号", "氏名", "生年月日", "現住所", "個人番号", "免許証番号"]]
for i, p in enumerate(_p):
    _rows.append([p["emp"], p["name"], p["dob"], p["addr"], my_number(9100 + i), p["license"]])
add(
    id="automotive-091", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="HR export of 7 drivers that still carries the 個人番号 column, sent to the lease company",
    charset="utf-8",
    sender="大久保 梢 <k-okubo@hinode-sangyo.co.jp>",
    to=["東海フリートサービス ドライバーサポート <driver-support@tokai-fleet.co.jp>"],
    subject="運転者マスタ（差分）",
    body="""東海フリートサービス ドライバーサポート窓口 御中

お世話になっております。日の出産業の大久保です。
6月の異動に伴う運転者マスタの差分をお送りします。
人事システムから出力したものをそのまま添付しております。

大久保
""",
    attachments=[{"kind": "xlsx", "name": "運転者マスタ_差分_0613.xlsx",
                  "sheets": {"差分": _rows, "備考": [["変更区分"], ["新規追加 4名、住所変更 3名"]]}}],
)

# 092  supplier registration: the company's own corporate number and bank
add(
    id="automotive-092", expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="vendor registration with the company's 法人番号 and business bank account only",
    charset="iso-2022-jp",
    sender="日の出オートリース 請求担当 <lease-billing@hinode-sangyo.co.jp>",
    to=["北国フーズ 購買部 取引先登録窓口 <torihikisaki@kitaguni-foods.co.jp>"],
    subject="取引先登録申請書の記載事項について",
    body=f"""北国フーズ株式会社
購買部 取引先登録窓口 御中

お世話になっております。日の出オートリース請求担当でございます。
取引先登録申請書の記載事項を下記のとおりお知らせいたします。

商号　　　　：日の出産業株式会社
法人番号　　：{corp_number('010401098765')}
本店所在地　：〒105-0014 東京都港区芝2-14-8 日の出ビル
代表電話　　：03-5476-2200
振込先　　　：みどり銀行 本店営業部 普通 1234567 ヒノデサンギヨウ（カ
請求締日　　：毎月末日締め、翌月末払い

押印済みの申請書原本は本日郵送いたしました。
よろしくお願い申し上げます。

日の出オートリース 請求担当
TEL 03-5476-2385
""",
)

# 093  pipe table of loan-car users with licence numbers, to the repair shop
_p = people("093", 6, local=True)
_lines = ["| 貸出日 | お客様名 | 免許証番号 | 電話 | 代車 |", "|---|---|---|---|---|"]
for i, p in enumerate(_p):
    _lines.append(f"| 6/{2 + i * 2} | {p['name']} | {p['license']} | {p['mobile']} | {['N-BOX', 'タント', 'ノート'][i % 3]} |")
add(
    id="automotive-093", expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="pipe-delimited table of 6 loan-car users with licence numbers and phones, to the repair shop",
    charset="cp932",
    sender="仲村 圭吾 <k-nakamura@hinode-sangyo.co.jp>",
    to=["石崎自動車整備 工場長 石崎様 <ishizaki@ishizaki-seibi.co.jp>"],
    subject="共用代車の貸出記録（6月前半）",
    body="""石崎様

お世話になっております。川口店の仲村です。
共用代車（御社名義の3台）の6月前半の貸出記録です。
保険の代車特約の確認用に、いつもの形式で送ります。

""" + "\n".join(_lines) + """

走行距離と燃料は返却時に確認済みです。
仲村
""",
)

# 094  four staff attending a vehicle pick-up, with mobiles, to the transport partner
_p = people("094", 4)
add(
    id="automotive-094", expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four on-site contacts with mobiles: under the five-person list threshold (may warn)",
    charset="utf-8",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["青葉運輸 陸送課 <rikuso@aoba-unyu.co.jp>"],
    subject="返却車両の引取立会者",
    body=f"""青葉運輸株式会社 陸送課 御中

お世話になっております。日の出産業の山岸です。
9月30日の返却車両引取について、各拠点の立会者をお知らせします。

　本社　　　{_p[0]['name']}　{_p[0]['mobile']}
　大宮　　　{_p[1]['name']}　{_p[1]['mobile']}
　千葉　　　{_p[2]['name']}　{_p[2]['mobile']}
　横浜　　　{_p[3]['name']}　{_p[3]['mobile']}

到着の30分前に各立会者へご連絡をお願いします。

{SIG_YAMAGISHI}
""",
)

# 095  five staff with mobiles for the delivery of new vehicles (exactly five)
_p = people("095", 5)
add(
    id="automotive-095", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's names and mobile numbers (a list at the threshold) to the transport partner",
    charset="iso-2022-jp",
    sender="山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>",
    to=["青葉運輸 陸送課 <rikuso@aoba-unyu.co.jp>"],
    subject="新車納車 受取担当者一覧（10/6・10/14）",
    body="""青葉運輸 陸送課 ご担当者様

お世話になっております。山岸です。
新車両の納車時の受取担当者です。新車両は各担当者が受け取り次第そのまま使用します。

""" + "\n".join(f"{i + 1}. {p['name']}（{p['dept']}）携帯 {dash(p['mobile'])}" for i, p in enumerate(_p)) + """

鍵と車検証は担当者本人に直接お渡しください。

日の出産業 総務部 車両管理課　山岸
""",
)

# 096  English mail with a standard confidentiality disclaimer only
add(
    id="automotive-096", expect="pass", entities=[], detectors=[],
    note="English business mail whose only 'confidential' is the standard footer disclaimer",
    charset="utf-8",
    sender="Kenta Morishita <k-morishita@hinode-sangyo.co.jp>",
    to=["Corporate Desk <corporate@pacific-mobility.com>"],
    subject="Re: Booking PMB-558120 - change of pick-up time",
    body=f"""Hello,

Thank you for the confirmation of booking PMB-558120.
Our flight now lands at 14:35 instead of 11:20 on September 8, so could you
move the pick-up at DTW to 16:00? Everything else stays the same.

Regards,
{SIG_EN}
{DISCLAIMER_EN}
""",
)

# 097  DOCX tender evaluation marked CONFIDENTIAL - Internal Only, to the system partner
add(
    id="automotive-097", expect="stop", entities=[],
    detectors=["confidential_marking"],
    note="DOCX whose header is 'CONFIDENTIAL - Internal Only' (tender evaluation) sent outside",
    charset="utf-8",
    sender="Kenta Morishita <k-morishita@hinode-sangyo.co.jp>",
    to=["ツバサシステム 営業部 早瀬様 <hayase@tsubasa-system.jp>"],
    subject="テレマティクス選定の評価表",
    body="""早瀬様

お世話になっております。日の出産業の森下です。
先日の選定会議で使った評価表をお送りします。
連携仕様の検討にあたって、当社が重視した評価項目の参考にしてください。

森下 健太（総務部 車両管理課）
""",
    attachments=[{"kind": "docx", "name": "Telematics_Tender_Evaluation.docx",
                  "page_header": "CONFIDENTIAL - Internal Only", "title": "Telematics tender evaluation",
                  "paragraphs": ["Telematics Tender Evaluation (FY2025)", "Prepared by Fleet Management, General Affairs Dept."],
                  "tables": [[["Vendor", "Price / unit / month", "API", "Driver app", "Score"],
                              ["Vendor A (Tsubasa System)", "JPY 1,480", "REST", "Yes", "82"],
                              ["Vendor B", "JPY 1,200", "CSV only", "Yes", "71"],
                              ["Vendor C", "JPY 1,650", "REST", "No", "68"]]]}],
)

# 098  vehicle inspection certificate data where the user is the company itself
_rows = [["登録番号", "車名", "型式", "車台番号", "使用者の氏名又は名称", "使用者の住所", "使用の本拠の位置", "有効期間の満了する日"]]
for i, (pl, car, kata, vin) in enumerate([("品川 300 ち 55-20", "プリウス", "6AA-ZVW51", "ZVW51-6193306"),
                                          ("品川 300 ち 55-21", "プリウス", "6AA-ZVW51", "ZVW51-6193415"),
                                          ("練馬 400 す 38-12", "ハイエース", "3DF-GDH201", "GDH201-1033417"),
                                          ("練馬 400 す 38-15", "ハイエース", "3DF-GDH201", "GDH201-1033988"),
                                          ("大宮 300 せ 41-07", "プロボックス", "5BE-NCP160V", "NCP160-0128834"),
                                          ("大宮 300 せ 41-12", "プロボックス", "5BE-NCP160V", "NCP160-0131902"),
                                          ("所沢 300 み 70-04", "カローラフィールダー", "DBA-NRE161G", "NRE161-0098214"),
                                          ("所沢 300 み 70-09", "カローラフィールダー", "DBA-NRE161G", "NRE161-0098377"),
                                          ("大宮 400 ほ 11-83", "プロボックス", "6AE-NHP160V", "NCP165-0071157"),
                                          ("大宮 400 ほ 11-91", "プロボックス", "6AE-NHP160V", "NCP165-0071302")]):
    base = "本社（東京都港区芝2-14-8）" if pl.startswith(("品川", "練馬")) else "大宮営業所（さいたま市大宮区桜木町1-9-4）"
    _rows.append([pl, car, kata, vin, "日の出産業株式会社", "東京都港区芝2-14-8", base, f"2026/{(i % 9) + 3:02d}/{i * 2 + 4:02d}"])
add(
    id="automotive-098", expect="pass", entities=[], detectors=[],
    note="車検証 data of 10 company cars; the 使用者 is the company itself: a list of vehicles, not people",
    charset="iso-2022-jp",
    sender="市来 聡 <s-ichiki@hinode-sangyo.co.jp>",
    to=["onodera@kaede-hoken.jp"],
    subject="フリート更改 車検証情報（CSV）",
    body="""小野寺様

お世話になっております。市来です。
フリート更改に必要な車検証情報をCSVでお送りします（Shift_JIS）。
電子車検証の車両は、記録事項をアプリから出力したものを転記しています。

市来
""",
    attachments=[{"kind": "csv", "name": "shakensho_fleet_2025.csv", "encoding": "cp932", "rows": _rows}],
)

# 099  service intake statistics by store and month, to the dealer partner
add(
    id="automotive-099", expect="pass", entities=[], detectors=[],
    note="aggregate intake numbers by store and month: statistics without people",
    charset="cp932",
    sender="モビリティ事業部 販売企画 真壁 <y-makabe@hinode-sangyo.co.jp>",
    to=["港自動車販売 サービス部 <service@minato-jidosha.co.jp>"],
    subject="共同キャンペーン効果（入庫台数 集計）",
    body="""港自動車販売株式会社
サービス部 御中

お世話になっております。日の出産業 販売企画の真壁です。
春の共同点検キャンペーンの効果について、当社2店舗の入庫台数を集計しました。

　　　　　　　 3月　 4月　 5月　 前年比
川口店　車検　 142　 118　 131　 +8.2%
川口店　点検　 203　 187　 224　+12.5%
浦和店　車検　  98　  91　 102　 +3.1%
浦和店　点検　 151　 160　 177　+15.0%

キャンペーン経由の新規入庫は2店舗合計で86台でした。
御社側の集計とあわせて、次回の定例で振り返りができればと思います。

真壁
""",
)

# 100  internal: an alcohol check failure reported to the manager
_p = person("100")
add(
    id="automotive-100", expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="a driver's failed alcohol check and mobile, reported internally only",
    charset="iso-2022-jp",
    sender="大宮営業所 安全運転管理者 <omiya-anzen@hinode-sangyo.co.jp>",
    to=["山岸 拓也 <t-yamagishi@hinode-sangyo.co.jp>", "市来 聡 <s-ichiki@hinode-sangyo.co.jp>"],
    subject="【報告】乗務前アルコールチェック 基準値超過",
    body=f"""車両管理課 山岸さん
リスク管理G 市来さん

お疲れさまです。大宮営業所の安全運転管理者です。
本日の乗務前点検で基準値を超えた者がいましたので報告します。

対象者：{_p['name']}（{_p['dept']}）　携帯 {_p['mobile']}
測定　：6月16日 7:52　0.09mg/L（再測定 8:10　0.06mg/L）
対応　：本日の運転業務は禁止、他の社員が代行。本人は前夜の飲酒を申告。

規程に基づき指導記録を作成します。

大宮営業所 安全運転管理者　森永
""",
)
