"""ブラインド評価コーパス — 業務領域: PTA・学校支援（AREA = pta, SEED = 23601）

日の出産業株式会社の社員が「ひので地域サポーター制度」で PTA 役員・学校支援の窓口を務め、
また会社として学校行事（運動会・夏祭り・工場見学・出前授業・「日の出こども作文賞」）に
協賛する中で送るメール 100 通。保護者名簿、役員選出、見守り当番表、児童の緊急連絡先、
写真販売業者・印刷会社・学校・教育委員会・PTA 連合会・学童・保護者（フリーメール）宛て。

登場する人物・住所・電話番号・口座・番号はすべて架空のもの。マイナンバーとカード番号は
build.py の my_number(SEED + k) / card_number(SEED + k) でのみ生成している（k は通し番号）。
"""

from __future__ import annotations

import itertools
import random
import unicodedata

from build import card_number, my_number

SEED = 23601
_k = itertools.count()


def _mn() -> str:
    return my_number(SEED + next(_k))


def _card() -> str:
    # 発行者の番号帯（Visa 4、Mastercard 51-55、JCB 3528-3589）に入るものだけを使う
    while True:
        c = card_number(SEED + next(_k))
        if c[0] == "4" or 51 <= int(c[:2]) <= 55 or 3528 <= int(c[:4]) <= 3589:
            return c


# -- 表記の小道具 -------------------------------------------------------------------------

_FW = str.maketrans("0123456789-()/.:HSRT", "０１２３４５６７８９－（）／．：ＨＳＲＴ")


def fw(s: str) -> str:
    """数字・記号を全角に（０９０－１２３４－５６７８）。"""
    return s.translate(_FW)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _lj(s: str, n: int) -> str:
    return s + " " * max(n - _w(s), 0)


def cols(rows: list[list[str]], gap: int = 2, rule: str | None = "-") -> str:
    """半角スペースで桁をそろえた表（ヘッダーの下に ---- 罫線）。"""
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for n, r in enumerate(rows):
        out.append((" " * gap).join(_lj(c, widths[i]) for i, c in enumerate(r)).rstrip())
        if n == 0 and rule:
            out.append((" " * gap).join(rule * widths[i] for i in range(len(r))))
    return "\n".join(out)


def zcols(rows: list[list[str]]) -> str:
    """全角スペースで桁をそろえた表（Word からのコピペ風）。"""
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            pad = widths[i] - _w(c)
            cells.append(c + "　" * (pad // 2) + " " * (pad % 2))
        out.append("　".join(cells).rstrip())
    return "\n".join(out)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, n, a = "令和", y - 2018, "R"
    elif (y, m, d) >= (1989, 1, 8):
        era, n, a = "平成", y - 1988, "H"
    else:
        era, n, a = "昭和", y - 1925, "S"
    if style == "kanji":
        return f"{era}{'元' if n == 1 else n}年{m}月{d}日"
    if style == "abbr":
        return f"{a}{n}.{m}.{d}"
    if style == "fw":
        return fw(f"{a}{n}.{m}.{d}")
    if style == "kanji_fw":
        return f"{era}{fw(str(n))}年{fw(str(m))}月{fw(str(d))}日"
    raise ValueError(style)


def corp_no(base12: str) -> str:
    """法人番号（先頭がチェックディジットの 13 桁）。"""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- 架空の家庭（児童・保護者）と社員 -----------------------------------------------------

_SEI = [
    ("東海林", "しょうじ", "Shoji"), ("五十嵐", "いがらし", "Igarashi"),
    ("勅使河原", "てしがわら", "Teshigawara"), ("百瀬", "ももせ", "Momose"),
    ("宇佐美", "うさみ", "Usami"), ("鬼頭", "きとう", "Kito"), ("南雲", "なぐも", "Nagumo"),
    ("楠", "くすのき", "Kusunoki"), ("野々村", "ののむら", "Nonomura"),
    ("一ノ瀬", "いちのせ", "Ichinose"), ("大和田", "おおわだ", "Owada"), ("比嘉", "ひが", "Higa"),
    ("仲宗根", "なかそね", "Nakasone"), ("左右田", "そうだ", "Soda"), ("能登", "のと", "Noto"),
    ("桑原", "くわばら", "Kuwabara"), ("安齋", "あんざい", "Anzai"),
    ("藤ヶ谷", "ふじがや", "Fujigaya"), ("砂川", "すながわ", "Sunagawa"),
    ("我妻", "わがつま", "Wagatsuma"), ("苫米地", "とまべち", "Tomabechi"),
    ("上遠野", "かとうの", "Katono"), ("小比類巻", "こひるいまき", "Kohiruimaki"),
    ("佐々木", "ささき", "Sasaki"), ("長谷川", "はせがわ", "Hasegawa"),
    ("渡邊", "わたなべ", "Watanabe"), ("三上", "みかみ", "Mikami"), ("石動", "いするぎ", "Isurugi"),
    ("目黒", "めぐろ", "Meguro"), ("春日", "かすが", "Kasuga"), ("甘粕", "あまかす", "Amakasu"),
    ("久保寺", "くぼでら", "Kubodera"), ("真栄田", "まえだ", "Maeda"), ("鶴見", "つるみ", "Tsurumi"),
    ("日下部", "くさかべ", "Kusakabe"), ("柳田", "やなぎだ", "Yanagida"),
    ("堀之内", "ほりのうち", "Horinouchi"), ("西園寺", "さいおんじ", "Saionji"),
    ("千葉", "ちば", "Chiba"), ("瀬戸口", "せとぐち", "Setoguchi"), ("猪股", "いのまた", "Inomata"),
    ("外間", "ほかま", "Hokama"), ("椎名", "しいな", "Shiina"), ("篠塚", "しのづか", "Shinozuka"),
    ("影山", "かげやま", "Kageyama"), ("宍戸", "ししど", "Shishido"), ("蓮見", "はすみ", "Hasumi"),
    ("芦田", "あしだ", "Ashida"), ("富樫", "とがし", "Togashi"), ("名取", "なとり", "Natori"),
]
_MEI = [
    ("美咲", "みさき", "Misaki", "母"), ("由美子", "ゆみこ", "Yumiko", "母"),
    ("恵", "めぐみ", "Megumi", "母"), ("直樹", "なおき", "Naoki", "父"),
    ("健太", "けんた", "Kenta", "父"), ("裕子", "ゆうこ", "Yuko", "母"),
    ("真由美", "まゆみ", "Mayumi", "母"), ("亜希子", "あきこ", "Akiko", "母"),
    ("隆之", "たかゆき", "Takayuki", "父"), ("智子", "ともこ", "Tomoko", "母"),
    ("和也", "かずや", "Kazuya", "父"), ("千尋", "ちひろ", "Chihiro", "母"),
    ("綾", "あや", "Aya", "母"), ("沙織", "さおり", "Saori", "母"),
    ("麻衣", "まい", "Mai", "母"), ("大輔", "だいすけ", "Daisuke", "父"),
    ("理恵", "りえ", "Rie", "母"), ("香織", "かおり", "Kaori", "母"),
    ("誠司", "せいじ", "Seiji", "父"), ("奈緒", "なお", "Nao", "母"),
    ("朋美", "ともみ", "Tomomi", "母"), ("祐介", "ゆうすけ", "Yusuke", "父"),
    ("久美", "くみ", "Kumi", "母"), ("晴美", "はるみ", "Harumi", "母"),
    ("拓海", "たくみ", "Takumi", "父"), ("舞", "まい", "Mai", "母"),
    ("早苗", "さなえ", "Sanae", "母"), ("慎一郎", "しんいちろう", "Shinichiro", "父"),
]
_KO = [
    ("陽翔", "はると"), ("蓮", "れん"), ("結菜", "ゆいな"), ("陽葵", "ひまり"), ("湊", "みなと"),
    ("蒼", "あおい"), ("凛", "りん"), ("芽依", "めい"), ("悠真", "ゆうま"), ("紬", "つむぎ"),
    ("樹", "いつき"), ("咲良", "さくら"), ("大翔", "ひろと"), ("心春", "こはる"), ("律", "りつ"),
    ("澪", "みお"), ("颯太", "そうた"), ("琴音", "ことね"), ("陸", "りく"), ("杏", "あん"),
    ("朝陽", "あさひ"), ("柚希", "ゆずき"), ("奏太", "かなた"), ("葵衣", "あおい"),
]
_TOWN = ["旭ヶ丘", "緑台", "東原", "桜木", "若葉町", "北野", "相原", "上溝", "みどり野"]
_ZIP = {"旭ヶ丘": "252-0311", "緑台": "252-0312", "東原": "252-0314", "桜木": "252-0316",
        "若葉町": "252-0317", "北野": "252-0318", "相原": "252-0321", "上溝": "252-0323",
        "みどり野": "252-0325"}
_TOWN_R = {"旭ヶ丘": "Asahigaoka", "緑台": "Midoridai", "東原": "Higashihara", "桜木": "Sakuragi",
           "若葉町": "Wakabacho", "北野": "Kitano", "相原": "Aihara", "上溝": "Kamimizo",
           "みどり野": "Midorino"}
_BLDG = ["", "", "", "", "コーポ若松101", "サンハイツ203", "グランメール502",
         "パークサイドB-12", "メゾン・ド・ソレイユ305", "レジデンス翠1108"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "outlook.jp", "gmail.com", "yahoo.co.jp", "gmail.com"]


def _make_families(n: int) -> list[dict]:
    r = random.Random(f"pta-families-{SEED}")
    seen: set[tuple[str, str]] = set()
    fams = []
    while len(fams) < n:
        sei = r.choice(_SEI)
        mei = r.choice(_MEI)
        if (sei[0], mei[0]) in seen:
            continue
        seen.add((sei[0], mei[0]))
        ko = r.choice(_KO)
        grade, klass = r.randint(1, 6), r.randint(1, 4)
        m, d = r.randint(1, 12), r.randint(1, 28)
        cy = 2019 - (grade - 1) + (1 if m <= 3 else 0)
        town = r.choice(_TOWN)
        bldg = r.choice(_BLDG)
        a, b, c = r.randint(1, 5), r.randint(1, 30), r.randint(1, 24)
        addr_city = f"南相原市{town}{a}-{b}-{c}" + (f" {bldg}" if bldg else "")
        addr = f"神奈川県南相原市{town}{a}丁目{b}番{c}号" + (f" {bldg}" if bldg else "")
        local = r.choice([f"{mei[2].lower()}.{sei[2].lower()}{r.randint(10, 99)}",
                          f"{sei[2].lower()}-{mei[2].lower()[:3]}{r.randint(1, 9)}",
                          f"{mei[2].lower()}_{r.randint(1980, 1992)}",
                          f"{sei[2].lower()[0]}{mei[2].lower()}.{r.randint(100, 999)}"])
        fams.append({
            "sei": sei[0], "sei_k": sei[1], "sei_r": sei[2],
            "mei": mei[0], "mei_k": mei[1], "mei_r": mei[2], "zoku": mei[3],
            "ko": ko[0], "ko_k": ko[1], "grade": grade, "klass": klass,
            "kdob": (cy, m, d),
            "pdob": (r.randint(1978, 1992), r.randint(1, 12), r.randint(1, 28)),
            "mobile": f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(0, 9999):04d}",
            "home": f"042-7{r.randint(10, 99)}-{r.randint(0, 9999):04d}",
            "work": r.choice([f"03-{r.randint(3000, 6999)}-{r.randint(0, 9999):04d}",
                              f"0{r.choice(['44', '45', '46'])}-{r.randint(200, 999)}-{r.randint(0, 9999):04d}"]),
            "mail": f"{local}@{r.choice(_FREE)}",
            "zip": _ZIP[town], "town": town, "addr": addr, "addr_city": addr_city,
            "addr_en": f"{a}-{b}-{c} {_TOWN_R[town]}, Minamiaihara-shi, Kanagawa {_ZIP[town]}",
        })
    return fams


_FAMS = _make_families(420)
_cursor = itertools.count()


def take(n: int) -> list[dict]:
    """まだどのメールにも出ていない家庭を n 件。"""
    return [_FAMS[next(_cursor)] for _ in range(n)]


def name(f: dict, sep: str = " ") -> str:
    return f"{f['sei']}{sep}{f['mei']}"


def kname(f: dict, sep: str = " ") -> str:
    return f"{f['sei']}{sep}{f['ko']}"


def kana(f: dict, child: bool = False) -> str:
    return f"{f['sei_k']} {f['ko_k'] if child else f['mei_k']}"


def kumi(f: dict, style: str = "dash") -> str:
    if style == "dash":
        return f"{f['grade']}-{f['klass']}"
    if style == "kanji":
        return f"{f['grade']}年{f['klass']}組"
    return fw(f"{f['grade']}-{f['klass']}")


def dob_for(f: dict, grade: int) -> tuple[int, int, int]:
    """令和8年度に grade 年生である子の生年月日（月日は家庭のものを使う）。"""
    _, m, d = f["kdob"]
    return (2019 - (grade - 1) + (1 if m <= 3 else 0), m, d)


def ymd(t: tuple[int, int, int], sep: str = "/") -> str:
    return f"{t[0]}{sep}{t[1]:02d}{sep}{t[2]:02d}"


# -- 差出人と署名 -----------------------------------------------------------------------------

YAMAGISHI = "山岸 友香 <yamagishi.yuka@hinode-sangyo.co.jp>"
KASHIWAGI = "柏木 誠 <m-kashiwagi@hinode-sangyo.co.jp>"
OHNO = "大野 里美 <s.ohno@hinode-sangyo.co.jp>"
TSUTSUMI = "堤 康平 <tsutsumi@hinode-sangyo.co.jp>"
MIWA = "三輪 玲奈 <r-miwa@hinode-sangyo.co.jp>"
ARIMA = "Kenji Arima <k.arima@hinode-sangyo.co.jp>"
NONAKA = "野中 亮 <nonaka@hinode-sangyo.co.jp>"
HIGUCHI = "樋口 昌平 <higuchi@mail.hinode-sangyo.co.jp>"

SIG_YAMAGISHI = """──────────────────────────
日の出産業株式会社 総務部 CSR推進課
（旭ヶ丘小学校PTA 副会長／ひので地域サポーター）
山岸 友香　Yuka Yamagishi
〒105-0014 東京都港区芝2丁目8番11号 日の出ビル5F
TEL 03-5442-7710（代表）内線2318
yamagishi.yuka@hinode-sangyo.co.jp
──────────────────────────"""

SIG_KASHIWAGI = """--
柏木 誠（かしわぎ まこと）
日の出産業株式会社 営業第二部
緑台中学校PTA会長
TEL: 03-5442-7720 / FAX: 03-5442-7799
m-kashiwagi@hinode-sangyo.co.jp"""

SIG_OHNO = """****************************************
日の出産業株式会社 人事部 人事課
大野 里美（旭ヶ丘地区 見守り隊 とりまとめ）
〒252-0318 神奈川県南相原市北野5丁目1番 相模工場 管理棟2F
TEL 042-778-3101　内線 512
****************************************"""

SIG_TSUTSUMI = """─────────────
日の出産業株式会社
総務部 CSR推進課 課長　堤 康平
〒105-0014 東京都港区芝2-8-11 日の出ビル
Tel. 03-5442-7711　Fax. 03-5442-7799
https://www.hinode-sangyo.co.jp/csr/
─────────────"""

SIG_MIWA = """三輪 玲奈
日の出産業株式会社 経理部 / 旭ヶ丘小PTA 会計
TEL 03-5442-7730（直通）"""

SIG_ARIMA = """Kenji Arima
International Business Dept. / Community Relations
Hinode Sangyo Co., Ltd.
2-8-11 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel: +81-3-5442-7740"""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
無断での複製・転送・開示はご遠慮ください。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information and are
intended solely for the addressee. If you have received this e-mail in error, please
notify the sender immediately and delete it. Any unauthorised use, disclosure or
copying is prohibited."""

# -- 外部の宛先 -----------------------------------------------------------------------------

SCHOOL = "asahigaoka-es.minamiaihara.ed.jp"        # 南相原市立旭ヶ丘小学校
JHS = "midoridai-jhs.minamiaihara.ed.jp"           # 南相原市立緑台中学校
BOARD = "city.minamiaihara.lg.jp"                  # 南相原市（教育委員会・道路課）
PTA_REN = "minamiaihara-pta.or.jp"                 # 南相原市PTA連合会
GAKUDO = "kodomo-hiroba.or.jp"                     # NPO法人こどもひろば（学童）
KOMOREBI = "komorebi-photo.co.jp"                  # フォトスタジオこもれび
SNAP = "snapgakko.jp"                              # スナップ学校（写真販売サイト）
NISHIKI = "nishiki-insatsu.co.jp"                  # 錦印刷（取引先）
HIKARI = "hikari-print.co.jp"                      # 光プリント
KOTSU = "minamiaihara-kotsu.or.jp"                 # 南相原交通安全協会
CHONAI = "asahigaoka-chonaikai.jp"                 # 旭ヶ丘自治会
SHAKYO = "minamiaihara-shakyo.or.jp"               # 南相原市社会福祉協議会
KANDA = "kanda-tax.jp"                             # 神田税理士事務所
MORIOKA = "morioka-sr.jp"                          # 森岡社会保険労務士事務所
ANZEN = "pta-anzen.or.jp"                          # PTA安全互助会
HOSHIZORA = "hoshizora-travel.co.jp"               # ほしぞら旅行
TIMES = "minamiaihara-times.co.jp"                 # 南相原タイムス
BRIGHT = "brightbridge-edu.com"                    # ALT派遣会社
MAPLE = "maplewood-school.ca"                      # 姉妹校（カナダ）

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"pta-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# ============================================================================ 001-020

# 001 半角スペースで桁揃えした保護者名簿を本文に貼って印刷会社へ
_f = take(8)
add(
    charset="iso-2022-jp",
    sender=YAMAGISHI,
    to=["錦印刷 原田様 <harada@nishiki-insatsu.co.jp>"],
    subject="【旭ヶ丘小PTA】保護者名簿冊子 入稿データ（1年1組分・本文貼付）",
    body=f"""錦印刷株式会社
営業部 原田様

いつもお世話になっております。日の出産業の山岸です。
本日は旭ヶ丘小学校PTA（副会長）の立場でご連絡いたします。

先日お願いした保護者名簿冊子の件、添付のExcelが開けないとのことでしたので
取り急ぎ1年1組分を本文に貼り付けてお送りします。
レイアウトは昨年度と同じ（A5・2段組）でお願いできますでしょうか。

{cols([["組", "児童氏名", "保護者氏名", "住所", "電話"]] + [[ "1-1", kname(f), name(f), f["addr_city"], f["home"] if i % 3 else f["mobile"]] for i, f in enumerate(_f)])}

残りのクラスは週明けにまとめてお送りします。
校正は紙でいただけると助かります。

よろしくお願いいたします。

{SIG_YAMAGISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8家庭の保護者名簿（氏名・住所・電話）を本文に桁揃えで貼り、社外の印刷会社へ送付",
)

# 002 運動会テント協賛の案内（免責文つき）— 通常業務
add(
    charset="shift_jis",
    sender=TSUTSUMI,
    to=["旭ヶ丘小学校 教頭 鈴木先生 <kyoto@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="秋季大運動会への協賛（テント・給水所）について",
    body=f"""南相原市立旭ヶ丘小学校
教頭 鈴木 様

いつも大変お世話になっております。
日の出産業株式会社 CSR推進課の堤でございます。

本年度も秋季大運動会（10月3日・土）に協賛させていただけることとなり、
社内の決裁がおりましたのでご報告いたします。

　■ 協賛内容
　　・来賓／保護者用テント 4張（設営・撤収は当社社員 6名で対応）
　　・給水所 2か所（ペットボトル飲料 600本）
　　・参加記念タオル 420枚（全校児童分＋予備）
　■ 搬入
　　10月2日（金）15:30〜　正門から搬入させていただけますと幸いです。
　■ 雨天時
　　順延日（10月4日）にも同様に対応いたします。

テントの設置位置につきましては、PTA副会長の山岸（当社社員）から
別途ご相談させていただきます。

引き続きどうぞよろしくお願い申し上げます。

{SIG_TSUTSUMI}

{DISCLAIMER_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="通常の協賛連絡。末尾の定型免責文（機密情報が含まれている場合があります）は機密表示ではない",
)

# 003 タブ区切りの見守り当番表を地区委員（Gmail）へ
_f = take(10)
_rows = []
for i, f in enumerate(_f):
    day = ["10/5(月)", "10/5(月)", "10/6(火)", "10/6(火)", "10/7(水)", "10/7(水)",
           "10/8(木)", "10/8(木)", "10/9(金)", "10/9(金)"][i]
    spot = ["旭ヶ丘交差点", "北門前"][i % 2]
    _rows.append(f"{day}\t7:30-8:10\t{spot}\t{name(f)}\t{f['mobile']}")
_tab = "\n".join(_rows)
add(
    charset="utf-8",
    sender=OHNO,
    to=[f"{name(_f[0])} <{_f[0]['mail'].split('@')[0]}@gmail.com>"],
    subject="10月第2週 見守り当番表です",
    body=f"""{_f[0]['sei']}さん

おつかれさまです、見守り隊の大野です。
10月第2週の当番表ができましたので送ります。
地区の皆さんへの回覧をお願いできますか？

日付\t時間\t場所\t当番\t携帯
{_tab}

雨天でも実施です。都合が悪くなった方は前日までに私か{_f[0]['sei']}さんへ連絡ください。

大野
{SIG_OHNO}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="10人分の当番（氏名・携帯）をタブ区切りで本文に貼り、保護者の Gmail へ",
)

# 004 学校から届いた当番表への返信（引用部分にだけ名簿がある）
_f = take(6)
_q = "\n".join(f"> {['月', '火', '水', '木', '金', '月'][i]}  {name(f)}  {f['mobile']}" for i, f in enumerate(_f))
add(
    charset="iso-2022-jp",
    sender=YAMAGISHI,
    to=["旭ヶ丘小 教務 田村先生 <tamura@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="Re: 11月 下校見守り当番（確定版）",
    body=f"""田村先生

お世話になっております。PTA副会長の山岸です。
確定版、確認いたしました。ありがとうございます。

11/16（月）は私も北門に立てますので、一人増えたとお考えください。
PTAだよりへの掲載は日付と場所のみにして、お名前は載せないようにします。

山岸

On 2026/10/28 16:02, 田村 wrote:
> PTA副会長 山岸様
>
> 11月の下校見守り当番が確定しましたのでお送りします。
>
{_q}
>
> ご確認よろしくお願いいたします。
> 旭ヶ丘小学校 教務主任 田村
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="名簿は返信の引用部分（> 行）にだけあり、新しい本文には個人データがない",
)

# 005 講演会講師のマイナンバーを税理士へ（支払調書用）
_n = _mn()
add(
    charset="utf-8",
    sender=MIWA,
    to=["神田税理士事務所 神田先生 <kanda@kanda-tax.jp>"],
    subject="PTA講演会 講師謝金の支払調書について",
    body=f"""神田先生

いつもお世話になっております。旭ヶ丘小PTA会計の三輪です。

9月の家庭教育講演会の講師謝金について、支払調書の作成をお願いしたく
講師の方から提供いただいた情報をお送りします。

　氏名：椎名 早苗（しいな さなえ）様
　住所：東京都町田市つくし野3丁目18番2号
　個人番号：{_n[:4]} {_n[4:8]} {_n[8:]}
　支払金額：50,000円（源泉徴収税額 5,105円）
　支払日：令和8年9月19日

本人確認書類（運転免許証）の写しは紙で保管しております。
ご不明点があればお知らせください。

{SIG_MIWA}
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="講師1名のマイナンバー（個人番号）を社外の税理士事務所へ本文で送付",
)

# 006 夏祭りの模擬店：食物アレルギーの児童1名を北国フーズへ
_f = take(1)[0]
add(
    charset="shift_jis",
    sender=YAMAGISHI,
    to=["北国フーズ 営業課 佐伯様 <saeki@kitaguni-foods.co.jp>"],
    subject="旭ヶ丘夏まつり 焼きそば・フランクフルトの件（アレルギー対応）",
    body=f"""北国フーズ株式会社
営業課 佐伯様

いつもお世話になっております。日の出産業の山岸です。
夏まつりの模擬店食材の件で、追加のお願いがございます。

{kumi(_f, 'kanji')}の {kname(_f)}（{_f['ko_k']}）さんは、小麦と卵の重いアレルギーがあり、
昨年アナフィラキシーで救急搬送されたことがあるそうです（エピペンを常時携帯）。
保護者の{_f['sei']}{_f['mei']}さんから、当日も模擬店に並びたいとのご相談がありました。

つきましては、米粉麺のアレルギー対応焼きそばを1食分、他と分けて調理・個包装して
いただくことは可能でしょうか。原材料表示もあわせていただけますと助かります。

お忙しいところ恐縮ですが、ご検討よろしくお願いいたします。

{SIG_YAMAGISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の児童1名の病歴（重度アレルギー・アナフィラキシー）＝要配慮個人情報を社外へ",
)

# 007 協賛企業一覧（事業者のリスト、法人番号つき）
_corp = [
    ("日の出産業株式会社", corp_no("010401093115"), "東京都港区芝2-8-11", "03-5442-7710"),
    ("川崎電機株式会社", corp_no("020001047268"), "神奈川県川崎市幸区堀川町58-3", "044-511-2200"),
    ("青葉運輸株式会社", corp_no("020001061934"), "神奈川県南相原市上溝7-2-1", "042-762-0811"),
    ("北国フーズ株式会社", corp_no("430001028775"), "北海道札幌市中央区北五条西6-1", "011-231-4400"),
    ("有限会社さくら文具", corp_no("020002070416"), "神奈川県南相原市旭ヶ丘1-4-9", "042-778-1190"),
    ("株式会社旭ヶ丘ベーカリー", corp_no("020001089057"), "神奈川県南相原市桜木2-11-3", "042-778-5523"),
]
_ct = "\n".join(f"{i + 1}. {c[0]}\n   法人番号 {c[1]} ／ {c[2]} ／ 代表 {c[3]}" for i, c in enumerate(_corp))
add(
    charset="utf-8",
    sender=TSUTSUMI,
    to=["旭ヶ丘小学校 校長 松浦先生 <matsuura@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="運動会プログラム掲載用 協賛企業一覧",
    body=f"""松浦校長先生

お世話になっております。日の出産業の堤です。
運動会プログラムの裏表紙に掲載いただく協賛企業の一覧をお送りします。
掲載順はこのとおりでお願いできればと存じます（五十音順ではなく協賛順です）。

{_ct}

ロゴデータは各社から集まり次第、山岸よりお送りします。

{SIG_TSUTSUMI}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="会社の一覧（法人番号・所在地・代表電話）であり、個人の名簿ではない",
)

# 008 協賛3社を To に並べた打合せ案内（Bcc にすべき）
add(
    charset="iso-2022-jp",
    sender=TSUTSUMI,
    to=["川崎電機 総務部 小田様 <oda@kawasaki-denki.co.jp>",
        "青葉運輸 地域貢献室 西村様 <nishimura@aoba-unyu.co.jp>",
        "北国フーズ 営業課 佐伯様 <saeki@kitaguni-foods.co.jp>"],
    subject="旭ヶ丘小 秋季大運動会 協賛各社打合せのご案内",
    body=f"""協賛各社 ご担当者様

いつもお世話になっております。日の出産業 CSR推進課の堤でございます。
本年度も旭ヶ丘小学校の秋季大運動会へのご協賛、誠にありがとうございます。

当日の役割分担の確認のため、下記のとおり打合せを行いたく存じます。

　日時：9月15日（火）16:00〜17:00
　場所：旭ヶ丘小学校 会議室（来校者用駐車場あり）
　議題：テント設営の分担、給水所の配置、記念品の受け渡し

ご都合が悪い場合は、9月10日までにご返信をお願いいたします。

{SIG_TSUTSUMI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外3社の担当者を To に並べており互いのアドレスが見える（Bcc にすべき）",
)

# 009 印刷会社のドメインを打ち間違え（nishiki-insatu）
add(
    charset="iso-2022-jp",
    sender=YAMAGISHI,
    to=["原田様 <harada@nishiki-insatu.co.jp>"],
    subject="PTA広報誌「あさひ」第2号 初校の修正点",
    body=f"""錦印刷 原田様

お世話になっております。山岸です。
初校ありがとうございました。修正点は以下のとおりです。

・P2 校長先生のあいさつ　3行目「子ども達」→「子どもたち」
・P4 運動会の写真　キャプションを「5・6年 組体操」に差し替え
・P6 行事予定　12月の「持久走大会」の日付を 12/9 → 12/10
・裏表紙　協賛企業ロゴの並び順を別紙のとおりに

再校は来週水曜までにいただけますと助かります。

山岸
{SIG_YAMAGISHI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="宛先が取引先 nishiki-insatsu.co.jp の類似ドメイン nishiki-insatu.co.jp（s 抜け）",
)

# 010 社内だけ：作業用の保護者名簿（XLSX）を同僚の PTA 書記へ
_f = take(12)
add(
    charset="shift_jis",
    sender=YAMAGISHI,
    to=[NONAKA],
    subject="保護者名簿（作業用）お送りします",
    body=f"""野中さん

おつかれさまです。PTA書記をお願いしている件で、作業用の名簿を送ります。
3年生の学年委員分だけ抜き出しています。社外には出さないでください。
作業が終わったらファイルは削除をお願いします。

山岸
""",
    attachments=[{
        "kind": "xlsx", "name": "3年_保護者名簿_作業用.xlsx",
        "sheets": {"3年": [["令和8年度 3年 保護者名簿（PTA作業用）"], [],
                           ["組", "児童氏名", "保護者氏名", "続柄", "住所", "携帯", "メール"]]
                   + [[f"3-{f['klass']}", kname(f), name(f), f["zoku"], f["addr"], f["mobile"], f["mail"]]
                      for f in _f]},
    }],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="12家庭の名簿だが宛先は社内（hinode-sangyo.co.jp）のみ",
)

# 011 役員選出：次年度役員候補を「・」の箇条書きで教頭へ
_f = take(6)
_roles = ["会長", "副会長", "副会長", "書記", "会計", "会計監査"]
_b = "\n".join(
    f"・{_roles[i]}候補　{name(f, '　')} さん（{kumi(f, 'kanji')} {f['ko']}さん{f['zoku']}）　{f['mobile']}　{f['mail']}"
    for i, f in enumerate(_f))
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["旭ヶ丘小 教頭 鈴木先生 <kyoto@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="次年度PTA役員 候補者のご報告（選考委員会）",
    body=f"""鈴木教頭先生

いつもお世話になっております。PTA副会長の山岸です。
昨日の選考委員会で、次年度役員の候補者が以下のとおり内定しました。
皆さまから内諾をいただいております。

{_b}

総会資料の作成にあたり、学校側で掲載に問題がないかご確認いただけますでしょうか。

山岸 友香
{SIG_YAMAGISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="6人の役員候補（氏名・携帯・メール）を箇条書きで学校（社外）へ",
)

# 012 学童への緊急連絡先：一人一ブロック
_f = take(6)
_blocks = []
for i, f in enumerate(_f):
    _blocks.append(
        f"【{i + 1}】児童名：{kname(f)}（{kana(f, True)}）{kumi(f, 'kanji')}\n"
        f"　　保護者：{name(f)}（{f['zoku']}）\n"
        f"　　緊急連絡先（1）：{f['mobile']}（{f['zoku']}携帯）\n"
        f"　　緊急連絡先（2）：{f['home'] if i % 2 else f['work']}（{'自宅' if i % 2 else '勤務先'}）")
_bl = "\n\n".join(_blocks)
add(
    charset="iso-2022-jp",
    sender=TSUTSUMI,
    to=["こどもひろば 学童担当 吉岡様 <yoshioka@kodomo-hiroba.or.jp>"],
    subject="8/6 工場見学（学童さん）参加児童の緊急連絡先",
    body=f"""NPO法人こどもひろば
吉岡様

お世話になっております。日の出産業の堤です。
8月6日の相模工場見学にご参加の児童について、当日の緊急連絡先を
工場側でも控えておきたく、学校経由でいただいた情報を転記しました。
内容に誤りがないかご確認ください。

{_bl}

当日は 9:30 に工場正門でお待ちしております。

{SIG_TSUTSUMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="児童6人の緊急連絡先を1人1ブロックで社外の学童（NPO）へ",
)

# 013 写真業者と秘密保持契約（NDA）の相談 — 通常業務
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["フォトスタジオこもれび 代表 新井様 <arai@komorebi-photo.co.jp>"],
    subject="Re: 秘密保持契約書（案）の件",
    body=f"""新井様

お世話になっております。旭ヶ丘小PTAの山岸です。
秘密保持契約書（案）をお送りいただきありがとうございました。

PTA役員会で確認したところ、以下の2点について修正をお願いしたいとの意見が出ました。

1. 第5条（秘密情報の返還）：撮影データの削除期限を「契約終了後30日以内」と明記
2. 第8条（再委託）：写真販売サイト運営会社への再委託は事前の書面承諾を条件とする

契約締結後、運動会の撮影（10/3）に入っていただく流れで問題ありません。
修正版をいただけましたら、会長名で押印のうえ郵送いたします。

山岸

{SIG_YAMAGISHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="秘密保持契約（NDA）について話しているだけで、機密表示も個人データもない",
)

# 014 HTML だけのメール：協賛ボランティア社員の行事保険加入名簿（生年月日つき）
_emp = [("猪股 拓海", "1986-04-22", "080-3317-2290", "製造部"), ("富樫 早苗", "1979-11-03", "090-6624-1185", "品質保証部"),
        ("名取 祐介", "1992-07-15", "070-1189-4402", "物流部"), ("蓮見 舞", "1990-02-28", "080-7720-3361", "総務部"),
        ("宍戸 慎一郎", "1975-09-09", "090-2214-8870", "製造部"), ("芦田 晴美", "1988-12-01", "080-4456-9013", "人事部"),
        ("影山 大輔", "1983-05-30", "090-8837-5526", "営業第一部"), ("篠塚 奈緒", "1994-08-17", "070-6603-2147", "経理部")]
_tr = "\n".join(f"<tr><td>{i + 1}</td><td>{e[0]}</td><td>{e[3]}</td><td>{e[1]}</td><td>{e[2]}</td></tr>"
                for i, e in enumerate(_emp))
add(
    charset="utf-8",
    sender=OHNO,
    to=["PTA安全互助会 加入受付 <uketsuke@pta-anzen.or.jp>"],
    subject="行事保険（ボランティア）加入者名簿の送付",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>PTA安全互助会 加入受付ご担当者様</p>
<p>いつもお世話になっております。<br>
旭ヶ丘小学校PTAの協力団体として運動会のお手伝いに入る、日の出産業株式会社の大野です。</p>
<p>10月3日（土）秋季大運動会に参加する当社社員ボランティアについて、
行事保険の加入手続きをお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No.</th><th>氏名</th><th>所属</th><th>生年月日</th><th>携帯電話</th></tr>
{_tr}
</table>
<p>保険料は当社でまとめてお振込みいたします。請求書の宛名は「日の出産業株式会社 人事部」でお願いします。</p>
<p>--<br>日の出産業株式会社 人事部 大野 里美<br>TEL 042-778-3101 内線512</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML のみのメールの表に社員8人の氏名・生年月日・携帯、社外の保険団体へ",
)

# 015 卒業アルバム追加購入者（CSV, CP932）を写真販売サイトへ
_f = take(9)
add(
    charset="shift_jis",
    sender=YAMAGISHI,
    to=["スナップ学校 サポート <support@snapgakko.jp>"],
    subject="卒業アルバム 追加購入分の発送先リスト",
    body=f"""スナップ学校 サポートご担当者様

お世話になっております。南相原市立旭ヶ丘小学校PTAの山岸です。
卒業アルバムの追加購入を申し込まれたご家庭の発送先をCSVでお送りします。
代金はPTAで取りまとめ済みです（計11冊）。

発送は3月下旬までにお願いできれば幸いです。

山岸 友香
{SIG_YAMAGISHI}
""",
    attachments=[{
        "kind": "csv", "name": "卒アル追加購入_発送先.csv", "encoding": "cp932",
        "rows": [["申込No", "児童氏名", "保護者氏名", "郵便番号", "住所", "電話番号", "冊数"]]
                + [[f"A-{301 + i}", kname(f), name(f), f["zip"], f["addr"], f["mobile"], str(1 + (i % 3 == 0))]
                   for i, f in enumerate(_f)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="9家庭の発送先（氏名・住所・電話）の CSV を写真販売業者へ",
)

# 016 見守り隊リーダー交代：後任1名の連絡先を学校へ
_f = take(1)[0]
add(
    charset="iso-2022-jp",
    sender=OHNO,
    to=["旭ヶ丘小 生活指導 久保先生 <kubo@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="見守り隊 北野地区リーダー交代のお知らせ",
    body=f"""久保先生

いつもお世話になっております。見守り隊とりまとめの大野です。

北野地区のリーダーが11月から交代になりますのでお知らせします。
後任は{kumi(_f, 'kanji')}保護者の {name(_f)} さんです。
緊急時のご連絡は {_f['mobile']} までお願いします（ご本人了承済み）。

引き継ぎは10月末の地区会で行います。

大野
{SIG_OHNO}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="後任リーダー1名の連絡先を学校へ（1人分の連絡先は止めない）",
)

# 017 パスワード付き ZIP（PPAP）で名簿を学校へ
_f = take(14)
add(
    charset="iso-2022-jp",
    sender=YAMAGISHI,
    to=["旭ヶ丘小 教頭 鈴木先生 <kyoto@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="学年委員名簿の送付（パスワード別送）",
    body=f"""鈴木教頭先生

お世話になっております。山岸です。
学年委員の名簿を圧縮してお送りします。
解凍パスワードは別のメールでお送りいたします。

{SIG_YAMAGISHI}
""",
    attachments=[{
        "kind": "zip", "name": "gakunen_iin_meibo.zip", "password": "Asahi#2026pta",
        "files": [{"kind": "xlsx", "name": "学年委員名簿.xlsx",
                   "sheets": {"名簿": [["学年", "氏名", "電話", "メール"]]
                              + [[f"{f['grade']}年", name(f), f["mobile"], f["mail"]] for f in _f]}}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="暗号化 ZIP（PPAP）は中身を検査できない",
)

# 018 その後のパスワード通知メール（添付なし）
add(
    charset="iso-2022-jp",
    sender=YAMAGISHI,
    to=["旭ヶ丘小 教頭 鈴木先生 <kyoto@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="パスワードのお知らせ",
    body=f"""鈴木教頭先生

先ほどお送りした「学年委員名簿の送付」の添付ファイルのパスワードです。

　Asahi#2026pta

よろしくお願いいたします。
山岸
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="パスワードだけの通知メールで、添付も個人データもない",
)

# 019 【社外秘】の協賛予算案を学校へ送ってしまう
add(
    charset="shift_jis",
    sender=TSUTSUMI,
    to=["旭ヶ丘小学校 校長 松浦先生 <matsuura@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="【社外秘】令和8年度 学校行事協賛 予算配分案",
    body=f"""松浦校長先生

お世話になっております。日の出産業の堤です。
来年度の協賛について、社内で検討中の配分案をお送りします。

━━━━━━━━━━━━━━━━━━
　社外秘　（CSR推進課 作成／取締役会 審議前）
━━━━━━━━━━━━━━━━━━
　旭ヶ丘小学校　運動会・夏まつり　　　 850,000円
　緑台中学校　　職場体験・出前授業　　 420,000円
　日の出こども作文賞（市内全校）　　　 600,000円
　予備費　　　　　　　　　　　　　　　 130,000円
　合計　　　　　　　　　　　　　　　 2,000,000円

※ 昨年比 +12%。取締役会（11月）で最終決定の予定です。

{SIG_TSUTSUMI}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="件名と本文に『社外秘』の区分表示がある資料を社外（学校）へ",
)

# 020 印刷会社の見積への返信（引用に単価表、発注番号のみ）
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["錦印刷 原田様 <harada@nishiki-insatsu.co.jp>"],
    subject="Re: 広報誌「あさひ」お見積り",
    body=f"""原田様

お見積りありがとうございました。
下記のうち「A4・8ページ・フルカラー・500部」でお願いいたします。
PTAの発注番号は PO-2026-0412 です。請求書にご記載ください。

納品先は例年どおり学校の事務室で、11月20日着でお願いします。

山岸

> 広報誌「あさひ」第2号 お見積り（税込）
>   A4 8P  フルカラー   400部   78,100円
>   A4 8P  フルカラー   500部   86,900円
>   A4 12P フルカラー   500部  121,000円
>   ※ 校正2回まで含む。見積番号 NI-Q-26-1187
>
> 錦印刷株式会社 営業部 原田
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="価格表・発注番号・見積番号だけの通常の発注連絡",
)

# ============================================================================ 021-040

# 021 見守り隊登録者一覧（CSV, UTF-8）を教育委員会へ
_f = take(11)
add(
    charset="utf-8",
    sender=OHNO,
    to=["南相原市教育委員会 学校安全課 <gakko-anzen@city.minamiaihara.lg.jp>"],
    subject="旭ヶ丘地区 学校安全ボランティア登録（追加11名）",
    body=f"""南相原市教育委員会 学校安全課 御中

いつもお世話になっております。
旭ヶ丘地区見守り隊の事務を担当しております、日の出産業株式会社の大野と申します。

今年度途中から活動に加わった11名について、学校安全ボランティアの登録と
ボランティア保険の手続きをお願いしたく、登録票の内容をCSVにまとめました。
ベストと腕章の追加配布もあわせてお願いできますでしょうか。

よろしくお願いいたします。

{SIG_OHNO}
""",
    attachments=[{
        "kind": "csv", "name": "volunteer_touroku_2026_add.csv", "encoding": "utf-8",
        "rows": [["No", "氏名", "フリガナ", "生年月日", "住所", "電話", "メール", "活動エリア"]]
                + [[str(i + 1), name(f), kana(f), ymd(f["pdob"], "-"), f["addr"], f["mobile"], f["mail"],
                    f["town"]] for i, f in enumerate(_f)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="11人のボランティア登録票（氏名・生年月日・住所・電話・メール）の CSV を市へ",
)

# 022 写真販売サイトの決済エラーでカード番号をメールに書いてしまう
_c = _card()
add(
    charset="shift_jis",
    sender=YAMAGISHI,
    to=["スナップ学校 お客様窓口 <support@snapgakko.jp>"],
    subject="注文 SG-88213455 の決済ができません",
    body=f"""スナップ学校 ご担当者様

運動会写真（旭ヶ丘小・学校コード AGK-2026）を注文しようとしたところ、
決済画面でエラーになってしまいます。PTAで取りまとめている分で急ぎのため、
恐れ入りますが下記カードで決済していただけないでしょうか。

　カード番号：{_c[:4]} {_c[4:8]} {_c[8:12]} {_c[12:]}
　有効期限：09/29
　名義：YUKA YAMAGISHI
　注文番号：SG-88213455（計 38枚）

お手数をおかけしますが、よろしくお願いいたします。

山岸 友香
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="クレジットカード番号（Luhn 有効）を本文に書いて社外へ",
)

# 023 学校（To）と印刷会社（Cc）の2組織 — 通常の三者連絡
add(
    charset="iso-2022-jp",
    sender=YAMAGISHI,
    to=["旭ヶ丘小 教頭 鈴木先生 <kyoto@asahigaoka-es.minamiaihara.ed.jp>"],
    cc=["錦印刷 原田様 <harada@nishiki-insatsu.co.jp>", TSUTSUMI],
    subject="卒業文集 入稿スケジュールのご相談",
    body=f"""鈴木教頭先生
（cc：錦印刷 原田様、当社 堤）

お世話になっております。山岸です。
卒業文集の入稿スケジュールについて、三者で認識を合わせたくご連絡しました。

　1月16日（金）　原稿締切（各クラス担任 → 学校）
　1月23日（金）　学校 → 錦印刷 入稿
　2月 6日（金）　初校
　2月20日（金）　責了
　3月10日（火）　納品（学校事務室）

ページ数は前年と同じ64ページを想定しています。
ご都合の悪い日程があればお知らせください。

{SIG_YAMAGISHI}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外2組織（学校と印刷会社）への通常の打合せメール",
)

# 024 XLSX（学年別シート・表題行）の保護者名簿を印刷会社へ
_sheets = {}
for g in (1, 2, 3):
    _f = take(6)
    _sheets[f"{g}年"] = ([[f"令和8年度 旭ヶ丘小学校PTA 保護者名簿（{g}学年）"], ["作成：PTA総務部 2026/04/20"], [],
                         ["組", "番", "児童氏名", "ふりがな", "保護者氏名", "住所", "電話", "メールアドレス"]]
                        + [[f"{g}-{f['klass']}", str(n + 1), kname(f), kana(f, True), name(f), f["addr"],
                            f["mobile"], f["mail"]] for n, f in enumerate(_f)])
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["錦印刷 原田様 <harada@nishiki-insatsu.co.jp>"],
    subject="Re: 保護者名簿冊子 入稿データ（低学年分）",
    body=f"""原田様

お世話になっております。山岸です。
お待たせしました、1〜3年生分の名簿データです（学年ごとにシートを分けています）。
4〜6年生分は明日お送りします。

冊子はPTA会員の家庭にのみ配布します。データの取扱いにはご注意ください。

{SIG_YAMAGISHI}
""",
    attachments=[{"kind": "xlsx", "name": "保護者名簿_1-3年.xlsx", "sheets": _sheets,
                  "title": "旭ヶ丘小PTA 保護者名簿"}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="18家庭分の保護者名簿（XLSX・3シート・表題行つき）を社外の印刷会社へ",
)

# 025 青色防犯パトロールの運転者追加：運転免許証番号
add(
    charset="iso-2022-jp",
    sender=OHNO,
    to=["南相原交通安全協会 事務局 <aopato@minamiaihara-kotsu.or.jp>"],
    subject="青パト 運転者追加の申請について",
    body=f"""南相原交通安全協会 事務局 御中

お世話になっております。旭ヶ丘地区見守り隊の大野です。
青色防犯パトロール車の運転者として、1名追加をお願いしたくご連絡します。

　氏名　　　：瀬戸口 和也（せとぐち かずや）
　生年月日　：{wareki(1981, 6, 14)}
　運転免許証：第 451903128470 号（有効期限 令和10年7月14日）
　所属　　　：日の出産業株式会社 相模工場（地区見守り隊）

講習は11月の回に参加予定です。申請書の原本は郵送いたします。

{SIG_OHNO}
""",
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="1人の運転免許証番号（12桁）と生年月日を社外へ",
)

# 026 作文コンクール入賞者（学校名・学年・氏名）を地域紙へ — 判断が分かれる
add(
    charset="utf-8",
    sender=TSUTSUMI,
    to=["南相原タイムス 編集部 杉本様 <henshu@minamiaihara-times.co.jp>"],
    subject="「日の出こども作文賞」入賞者のお知らせ（掲載用）",
    body=f"""南相原タイムス 編集部
杉本様

いつもお世話になっております。日の出産業の堤です。
第12回「日の出こども作文賞」の入賞者が決まりましたのでお知らせいたします。
各校・保護者の方から、紙面への氏名掲載について同意をいただいております。

　最優秀賞　旭ヶ丘小学校 6年　外間 琴音 さん「おじいちゃんの畑」
　優秀賞　　緑台中学校 1年　　椎名 颯太 さん「見守りのベスト」
　優秀賞　　北野小学校 5年　　芦田 柚希 さん「夜の工場」
　佳作　　　旭ヶ丘小学校 4年　猪股 陸 さん「ぼくの町の地図」
　佳作　　　上溝小学校 3年　　名取 杏 さん「はじめてのおつかい」

表彰式は12月5日（土）10:00から市民会館小ホールで行います。
取材いただける場合はご連絡ください。

{SIG_TSUTSUMI}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="児童5人の氏名・学校・学年（公表前提で同意あり、連絡先なし）：名簿とみるか公表情報とみるか分かれる",
)

# 027 役員辞退の理由（病名）を選考委員長（Gmail）へ
_f = take(1)[0]
add(
    charset="iso-2022-jp",
    sender=YAMAGISHI,
    to=[f"選考委員長 {_f['sei']}さん <{_f['mail'].split('@')[0]}@gmail.com>"],
    subject="5年1組 役員候補の件",
    body=f"""{_f['sei']}さん

こんばんは、山岸です。選考委員会おつかれさまでした。

先日候補に挙がっていた5年1組の 小比類巻 久美 さんですが、
ご本人から直接お電話があり、現在乳がんの治療中で抗がん剤の通院が続いているため
今年度の役員はお受けできないとのことでした。
ご本人は委員会の中だけの話にしてほしいとのことですので、扱いにはご配慮ください。

代わりの候補について、次回の委員会で相談させてください。

山岸
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="特定の保護者1名の病名・治療状況（要配慮個人情報）をフリーメールの保護者へ",
)

# 028 社内だけ：出前授業講師2名のマイナンバーを経理へ
_n1, _n2 = _mn(), _mn()
add(
    charset="utf-8",
    sender=MIWA,
    to=["経理部 支払担当 <shiharai@hinode-sangyo.co.jp>"],
    cc=[TSUTSUMI],
    subject="出前授業 外部講師謝礼（支払調書用 個人番号）",
    body=f"""支払担当各位

おつかれさまです。三輪です。
CSR推進課で実施した出前授業の外部講師2名分について、支払調書用の個人番号を
本人確認のうえ受領しましたので回付します。社内規程どおり、処理後は削除願います。

　1. 春日 隆之　　東京都世田谷区桜新町1-22-6　個人番号 {_n1}　謝礼 30,000円
　2. 堀之内 香織　神奈川県横浜市青葉区美しが丘4-3-11　個人番号 {_n2}　謝礼 30,000円

支払予定日は 10/30 です。よろしくお願いします。

三輪
""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="マイナンバーを含むが宛先・Cc はすべて社内",
)

# 029 工場見学バスの乗車名簿（XLSX）を青葉運輸へ
_f = take(16)
_bus = [["令和8年度 旭ヶ丘小学校 4年生 社会科見学（日の出産業 相模工場）乗車名簿"], [],
        ["号車", "座席", "児童氏名", "ふりがな", "生年月日", "保護者緊急連絡先"]]
for i, f in enumerate(_f):
    _bus.append([1 + i // 8, f"{chr(65 + (i % 8) // 2)}{1 + i % 2}", kname(f), kana(f, True),
                 wareki(*dob_for(f, 4)), f["mobile"]])
add(
    charset="shift_jis",
    sender=TSUTSUMI,
    to=["青葉運輸 貸切バス課 西村様 <nishimura@aoba-unyu.co.jp>"],
    subject="10/21 社会科見学 貸切バス 乗車名簿",
    body=f"""青葉運輸株式会社
貸切バス課 西村様

いつもお世話になっております。日の出産業の堤でございます。
10月21日の社会科見学（旭ヶ丘小4年生）の乗車名簿をお送りします。
2台とも座席表どおりでお願いいたします。引率の先生方は別シートです。

{SIG_TSUTSUMI}
""",
    attachments=[{"kind": "xlsx", "name": "乗車名簿_1021.xlsx",
                  "sheets": {"児童": _bus,
                             "引率": [["氏名", "役割", "号車"], ["田村 教務主任", "引率責任者", "1"],
                                      ["久保 教諭", "引率", "2"], ["堤（日の出産業）", "工場案内", "1"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="児童16人の氏名・生年月日（和暦）・保護者連絡先の XLSX をバス会社へ",
)

# 030 フリーメールの保護者1名へ日程調整 — 通常
add(
    charset="utf-8",
    sender=OHNO,
    to=["宇佐美さん <usami.megumi.0412@icloud.com>"],
    subject="Re: 見守り当番の日程",
    body=f"""宇佐美さん

ご連絡ありがとうございます、大野です。
11月は 11/10（火）と 11/24（火）の朝にお願いできますか？
旗とベストは公民館の倉庫にあります（鍵は暗証番号式で、当日朝LINEで送ります）。

寒くなってきたので、防寒してお越しください。

大野
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="フリーメールの保護者1名への日程調整のみ",
)

# 031 役員候補者届（DOCX の表）を PTA 連合会へ
_f = take(7)
_roles = ["会長", "副会長", "副会長", "書記", "書記", "会計", "会計監査"]
add(
    charset="iso-2022-jp",
    sender=KASHIWAGI,
    to=["南相原市PTA連合会 事務局 <jimukyoku@minamiaihara-pta.or.jp>"],
    subject="【緑台中PTA】次年度役員候補者届の提出",
    body=f"""南相原市PTA連合会 事務局 御中

いつもお世話になっております。緑台中学校PTA会長の柏木です。
次年度役員候補者届を提出いたします。様式は連合会指定のものを使用しました。

ご確認のほどよろしくお願いいたします。

{SIG_KASHIWAGI}
""",
    attachments=[{
        "kind": "docx", "name": "次年度役員候補者届_緑台中.docx",
        "paragraphs": ["令和9年度 役員候補者届", "学校名：南相原市立緑台中学校", "提出日：令和8年2月10日", ""],
        "tables": [[["役職", "氏名", "ふりがな", "生徒学年", "住所", "電話"]]
                   + [[_roles[i], name(f), kana(f), f"{1 + i % 3}年", f["addr"], f["mobile"]]
                      for i, f in enumerate(_f)]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7人の役員候補（氏名・住所・電話）の DOCX 表を社外の連合会へ",
)

# 032 社内の同僚宛てのつもりが hinode-sangyo.jp（co. 抜け）
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["野中 亮 <nonaka@hinode-sangyo.jp>"],
    subject="明日の見守り当番 代わってもらえますか",
    body=f"""野中さん

急にすみません、山岸です。
子どもが発熱してしまい、明日（木）朝の旭ヶ丘交差点の当番に出られそうにありません。
もし可能なら代わっていただけないでしょうか。7:30〜8:10です。
ベストは総務の私の机の一番下の引き出しに入っています。

難しければ大野さんに相談します。

山岸
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="社内ドメイン hinode-sangyo.co.jp の類似ドメイン hinode-sangyo.jp（co. 抜け）へ送信",
)

# 033 記念品の発送：送り状番号（数字の並び）— 通常
add(
    charset="shift_jis",
    sender=TSUTSUMI,
    to=["旭ヶ丘小学校 事務室 <jimu@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="運動会 参加記念タオル 発送のご連絡",
    body=f"""旭ヶ丘小学校 事務室 御中

お世話になっております。日の出産業の堤です。
運動会の参加記念タオル（420枚）を本日発送いたしました。3口に分かれております。

　送り状番号　4281-3390-6612（1/3 箱1〜4）
　送り状番号　4281-3390-6623（2/3 箱5〜8）
　送り状番号　4281-3390-6634（3/3 箱9〜10）
　配達予定日　9月29日（火）午前中
　品番　HS-TW-3340（白・今治製 34×80cm）

到着しましたら、事務室前の廊下に置いていただければ
10月2日の搬入時に当社社員が体育館へ運びます。

{SIG_TSUTSUMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="送り状番号・品番のみ（電話番号やマイナンバーではない）",
)

# 034 交通安全週間の見守り当番表（PDF の表）を交通安全協会へ
_f = take(10)
add(
    charset="utf-8",
    sender=OHNO,
    to=["南相原交通安全協会 旭ヶ丘支部 <asahigaoka@minamiaihara-kotsu.or.jp>"],
    subject="秋の交通安全運動 街頭指導 当番表（旭ヶ丘地区）",
    body=f"""南相原交通安全協会 旭ヶ丘支部 御中

お世話になっております。見守り隊の大野です。
秋の交通安全運動期間中の街頭指導の当番表をPDFでお送りします。
支部の方と同じ交差点に立つ者がいますので、当日お声がけいただけると助かります。

大野
{SIG_OHNO}
""",
    attachments=[{
        "kind": "pdf", "name": "街頭指導当番表_旭ヶ丘.pdf", "title": "街頭指導当番表",
        "lines": ["秋の全国交通安全運動　街頭指導　当番表（旭ヶ丘地区見守り隊）", "期間：9月21日〜9月30日　7:20〜8:00", ""],
        "table": [["日付", "交差点", "氏名", "携帯電話"]]
                 + [[f"9/{21 + i}", ["旭ヶ丘交差点", "北野歩道橋", "桜木一丁目"][i % 3], name(f), f["mobile"]]
                    for i, f in enumerate(_f)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="10人の当番（氏名・携帯）の PDF 表を社外へ",
)

# 035 林間学校の健康調査：子ども1人の健康保険証の記号・番号を養護教諭へ
_f = take(1)[0]
add(
    charset="iso-2022-jp",
    sender=KASHIWAGI,
    to=["緑台中 養護教諭 池田先生 <ikeda@midoridai-jhs.minamiaihara.ed.jp>"],
    subject="林間学校 健康調査票の保険証欄について",
    body=f"""池田先生

お世話になっております。1年2組 柏木 蓮の父です（PTA会長の柏木です）。
林間学校の健康調査票、保険証の写しを貼る欄を記入し忘れて提出してしまいました。
申し訳ありませんが、以下を追記していただけますでしょうか。

　生徒氏名：柏木 蓮（かしわぎ れん）
　保険者名：関東機械工業健康保険組合
　記号：2301　番号：458　枝番：03
　被保険者氏名：柏木 誠

お手数をおかけしますが、よろしくお願いいたします。

柏木
""",
    expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME"],
    detectors=["personal_data"],
    note="健康保険証の記号・番号（1人分）を社外の学校へ",
)

# 036 社内だけ：【社外秘】協賛先評価メモ
add(
    charset="iso-2022-jp",
    sender=TSUTSUMI,
    to=["CSR推進課 <csr@hinode-sangyo.co.jp>"],
    subject="【社外秘】協賛先評価メモ（来期見直し用）",
    body=f"""CSR推進課各位

おつかれさまです。堤です。
来期の協賛先見直しに向けた評価メモです。社外秘扱いでお願いします。

　区分：社外秘（CSR推進課内限り）
　・旭ヶ丘小 運動会：社員参加 18名、地域紙掲載 2回 → 継続（A）
　・緑台中 職場体験：受入 12名、学校評価高い → 継続（A）
　・夏まつり：来場者増だが当社露出は少ない → 内容見直し（B）
　・作文コンクール：応募 412作品、市の後援あり → 継続・増額検討（A）

11/18 の課会で議論します。

堤
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘の表示があるが宛先は社内のみ",
)

# 037 PTA総会スライド（PPTX）の新役員紹介に連絡先
_f = take(6)
_roles = ["会長", "副会長", "副会長", "書記", "会計", "会計監査"]
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["旭ヶ丘小 教頭 鈴木先生 <kyoto@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="PTA総会 スライド（案）",
    body=f"""鈴木教頭先生

お世話になっております。山岸です。
5月9日のPTA総会で投影するスライドの案をお送りします。
4枚目の新役員紹介は、各役員への連絡先も載せています。修正があればお知らせください。

{SIG_YAMAGISHI}
""",
    attachments=[{
        "kind": "pptx", "name": "PTA総会2026_スライド案.pptx", "title": "令和8年度 PTA総会",
        "slides": [
            ["令和8年度 旭ヶ丘小学校PTA総会", "2026年5月9日（土）10:00〜 体育館"],
            ["議事", "1. 令和7年度 活動報告・決算報告", "2. 令和8年度 役員選出", "3. 活動計画・予算案"],
            ["令和7年度 決算", "収入 3,184,200円", "支出 2,967,515円", "次年度繰越 216,685円"],
            ["新役員紹介（ご連絡はこちらへ）"]
            + [f"{_roles[i]}　{name(f)}（{kumi(f)}）　{f['mobile']}　{f['mail']}" for i, f in enumerate(_f)],
            ["ご協力ありがとうございました", "協賛：日の出産業株式会社"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="PPTX のスライドに6人の氏名・携帯・メール、社外（学校）へ",
)

# 038 役員5人（フリーメール）を To に並べて一斉送信
_f = take(5)
_doms = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "outlook.jp", "gmail.com"]
add(
    charset="iso-2022-jp",
    sender=KASHIWAGI,
    to=[f"{name(f)} <{f['mail'].split('@')[0]}@{_doms[i]}>" for i, f in enumerate(_f)],
    subject="次回役員会（2/14）のご案内",
    body=f"""緑台中PTA役員の皆さま

おつかれさまです。会長の柏木です。
次回の役員会を下記のとおり開催します。

　日時：2月14日（土）10:00〜11:30
　場所：緑台中学校 会議室2
　議題：
　　1. 卒業式の来賓対応
　　2. 次年度 役員候補の最終確認
　　3. 広報誌 第3号の台割

欠席の場合は前日までにご連絡ください。

{SIG_KASHIWAGI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="保護者5人（個人のフリーメール）を To に並べて互いのアドレスが見える",
)

# 039 英語：カナダの姉妹校へ、英語の免責文つき — 通常
add(
    charset="utf-8",
    sender=ARIMA,
    to=["Laura Bennett <lbennett@maplewood-school.ca>"],
    subject="Online exchange with Asahigaoka Elementary - schedule",
    body=f"""Dear Ms. Bennett,

Thank you for your quick reply. Hinode Sangyo is happy to keep supporting the online
exchange between Maplewood School and Asahigaoka Elementary this year.

Proposed schedule (Japan time / Vancouver time):
  - Session 1: Tue 17 Nov, 9:00 JST / Mon 16 Nov, 16:00 PST  - self-introductions
  - Session 2: Tue 8 Dec,  9:00 JST / Mon 7 Dec,  16:00 PST  - "Winter in our town"
  - Session 3: Tue 26 Jan, 9:00 JST / Mon 25 Jan, 16:00 PST  - Q&A and songs

We will provide the video conferencing equipment at the Japanese side, and our
Community Relations team will attend each session to support the teachers.

Best regards,

{SIG_ARIMA}

{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="英語の通常業務メール。末尾の定型の confidentiality 免責文は機密表示ではない",
)

# 040 ZIP（パスワードなし）の中の CSV：学童利用児童の緊急連絡先
_f = take(12)
add(
    charset="shift_jis",
    sender=YAMAGISHI,
    to=["こどもひろば 学童担当 吉岡様 <yoshioka@kodomo-hiroba.or.jp>"],
    subject="夏休み 学童利用児童 緊急連絡先（PTA把握分）",
    body=f"""吉岡様

お世話になっております。旭ヶ丘小PTAの山岸です。
夏休み中の学童利用児童について、PTAで把握している緊急連絡先をお送りします。
学校から提供を受けたものと突き合わせていただければと思います。

{SIG_YAMAGISHI}
""",
    attachments=[{
        "kind": "zip", "name": "学童連絡先_0725.zip",
        "files": [{"kind": "csv", "name": "kinkyu_renraku.csv", "encoding": "cp932",
                   "rows": [["学年", "組", "児童名", "保護者", "続柄", "連絡先1", "連絡先2"]]
                           + [[str(f["grade"]), str(f["klass"]), kname(f), name(f), f["zoku"], f["mobile"],
                               f["work"]] for f in _f]}],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="12人分の緊急連絡先 CSV を ZIP（暗号化なし）に入れて社外の学童へ",
)

# ============================================================================ 041-060

# 041 工場見学で配慮が必要な児童：診断名を学校へ
_f = take(1)[0]
add(
    charset="utf-8",
    sender=TSUTSUMI,
    to=["旭ヶ丘小 特別支援コーディネーター 岡本先生 <okamoto@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="Re: 社会科見学 当日の配慮について",
    body=f"""岡本先生

ご連絡ありがとうございます。日の出産業の堤です。
工場内の配慮について、現場と相談して以下のとおり準備いたします。

{kumi(_f, 'kanji')}の {kname(_f)} さんについては、自閉スペクトラム症の診断があり
大きな音や急な警報音が苦手とのことでしたので、

　・プレス機エリアは見学ルートから外し、窓越しの見学に切り替えます
　・イヤーマフを2個ご用意します（当社の安全保護具）
　・休憩用に管理棟1階の応接室を空けておきます

ほかに必要なことがあれば遠慮なくお知らせください。

{SIG_TSUTSUMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の児童1名の障害・診断名（要配慮個人情報）を新しい本文で社外へ",
)

# 042 「-----Original Message-----」の下にだけ連絡先一覧がある返信
_f = take(6)
_orig = "\n".join(f"{kname(f)}（{kumi(f)}）　保護者 {name(f)}　{f['mobile']}" for f in _f)
add(
    charset="shift_jis",
    sender=YAMAGISHI,
    to=["こどもひろば 学童担当 吉岡様 <yoshioka@kodomo-hiroba.or.jp>"],
    subject="RE: 8/20 学童お迎え当番の件",
    body=f"""吉岡様

承知いたしました。8/20 のお迎え当番はPTA側で2名確保できました（私と野中です）。
16:30 に学童の玄関に伺います。

山岸

-----Original Message-----
From: 吉岡 <yoshioka@kodomo-hiroba.or.jp>
Sent: Tuesday, August 11, 2026 5:48 PM
To: 山岸 友香 <yamagishi.yuka@hinode-sangyo.co.jp>
Subject: 8/20 学童お迎え当番の件

山岸様

8/20 は指導員が研修で不在のため、以下の児童のお迎えをPTAの方にお願いできますか。

{_orig}

よろしくお願いいたします。
NPO法人こどもひろば 吉岡
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="一覧は -----Original Message----- 以下の引用（相手が送ったもの）で、新しい本文に個人データはない",
)

# 043 学校からのメールを写真業者へ転送（引率ボランティア一覧つき）
_f = take(7)
_list = "\n".join(f"　{i + 1}. {name(f)}（{kumi(f, 'kanji')}保護者）　{f['mobile']}" for i, f in enumerate(_f))
add(
    charset="iso-2022-jp",
    sender=YAMAGISHI,
    to=["フォトスタジオこもれび 新井様 <arai@komorebi-photo.co.jp>"],
    subject="FW: 遠足 引率ボランティアの皆さまへ",
    body=f"""新井様

お世話になっております。山岸です。
遠足当日の撮影について、現地で引率ボランティアの方と合流していただけるよう、
学校からの案内をそのまま転送します。集合場所などご確認ください。

山岸

---------- 転送メッセージ ----------
From: 旭ヶ丘小学校 教務 田村 <tamura@asahigaoka-es.minamiaihara.ed.jp>
Date: 2026年10月13日(火) 15:20
Subject: 遠足 引率ボランティアの皆さまへ
To: 山岸 友香 <yamagishi.yuka@hinode-sangyo.co.jp>

引率ボランティアの皆さま

10月23日（金）の2年生遠足（相模川ふれあい公園）の引率をありがとうございます。
当日の集合は 8:20 正門前です。ボランティアの方は以下の7名です。

{_list}

雨天の場合は 6:30 に連絡網でお知らせします。
旭ヶ丘小学校 教務主任 田村
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="転送（FW）は受信者にとって新しい内容：7人の氏名・携帯を写真業者へ",
)

# 044 見守り隊の新規登録：在留カード番号をフリーメールの地区委員へ
add(
    charset="utf-8",
    sender=OHNO,
    to=["比嘉 誠司 <higa.seiji.asahi@gmail.com>"],
    subject="見守り隊 新規登録の方（本人確認）",
    body=f"""比嘉さん

大野です。先日お話しした、桜木地区で見守り隊に参加してくださる方の件です。
市の登録に本人確認が必要なので、在留カードを見せていただき控えました。
地区委員として登録票の記入をお願いします。

　氏名：NGUYEN THI LAN（グエン ティ ラン）さん
　在留カード番号：RK48201937EA
　在留期限：2028年4月30日
　活動希望：火・木の朝

よろしくお願いします。

大野
""",
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME"],
    detectors=["personal_data", "freemail_recipient"],
    note="1人の在留カード番号をフリーメールの保護者へ",
)

# 045 事前打合せの当日連絡先3名を学校へ — 1〜4人分
add(
    charset="utf-8",
    sender=TSUTSUMI,
    to=["旭ヶ丘小 教務 田村先生 <tamura@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="社会科見学 当日の連絡先",
    body=f"""田村先生

お世話になっております。日の出産業の堤です。
10/21 の社会科見学当日、工場側の連絡先は以下の3名です。
何かあればどなたにでもご連絡ください。

　堤 康平（全体統括）　　　080-2231-7764
　野中 亮（工場案内・安全）070-5518-2093
　百瀬 理恵（PTA保護者代表・昼食）090-4127-8856

雨天時も予定どおり実施します。

{SIG_TSUTSUMI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="3人分の当日連絡先を学校へ（5人未満の連絡先は止めない）",
)

# 046 元のメール（連絡網）を .eml で添付してフリーメールの新学年委員へ
_f = take(8)
_renraku = "\n".join(f"{i + 1}→{name(f)}（{f['ko']}）{f['mobile']} / {f['mail']}" for i, f in enumerate(_f))
add(
    charset="iso-2022-jp",
    sender=KASHIWAGI,
    to=["鶴見 朋美 <tomomi.tsurumi77@yahoo.co.jp>"],
    subject="学年委員の引き継ぎ（連絡網）",
    body=f"""鶴見さん

こんにちは、PTA会長の柏木です。
学年委員を引き継いでいただきありがとうございます。
前任の方から届いた連絡網のメールを添付します。順番はこのまま使ってください。

柏木
{SIG_KASHIWAGI}
""",
    attachments=[{
        "kind": "eml", "name": "2年連絡網.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "猪股 亜希子 <akiko.inomata.midori@gmail.com>",
            "to": [KASHIWAGI],
            "subject": "2年 学年委員連絡網（最新版）",
            "body": f"""柏木会長

おつかれさまです。2年学年委員の猪股です。
最新の連絡網を送ります（回す順番です）。

{_renraku}

来年度からは鶴見さんにお願いする予定です。
猪股
""",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="添付メール（.eml）の中に8人の連絡網（携帯・メール）、フリーメールの保護者へ",
)

# 047 姉妹校訪問の引率者2名の旅券情報（テキスト添付）を旅行会社へ
add(
    charset="utf-8",
    sender=KASHIWAGI,
    to=["ほしぞら旅行 教育旅行課 木下様 <kinoshita@hoshizora-travel.co.jp>"],
    subject="緑台中 姉妹校訪問 引率者（PTA）の旅券情報",
    body=f"""ほしぞら旅行
教育旅行課 木下様

お世話になっております。緑台中PTAの柏木です。
3月の姉妹校訪問（バンクーバー）でPTAから同行する2名の旅券情報をお送りします。
航空券の手配とeTA申請にお使いください。

{SIG_KASHIWAGI}
""",
    attachments=[{
        "kind": "txt", "name": "引率者_旅券情報.txt", "encoding": "utf-8",
        "text": """緑台中学校 姉妹校訪問 PTA引率者

1) KASHIWAGI MAKOTO（柏木 誠）
   生年月日: 1979/03/08
   旅券番号: TZ4418260
   有効期限: 2031/06/19

2) SHIINA SANAE（椎名 早苗）
   生年月日: 1984/10/27
   旅券番号: TR7390155
   有効期限: 2029/12/02
""",
    }],
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="旅券番号（身分証明書の番号）を含むテキスト添付を社外の旅行会社へ",
)

# 048 「機密性の高い情報」への言及だけ — 表示ではない
add(
    charset="iso-2022-jp",
    sender=YAMAGISHI,
    to=["フォトスタジオこもれび 新井様 <arai@komorebi-photo.co.jp>"],
    subject="運動会撮影データのお取扱いについて",
    body=f"""新井様

お世話になっております。旭ヶ丘小PTAの山岸です。
運動会の撮影データについて、PTA役員会からのお願いをお伝えします。

児童の写真は機密性の高い情報として扱っていただき、先日締結した秘密保持契約に基づいて
販売サイトへのアップロード以外の用途（作例としてのWeb掲載など）にはご使用なさらないよう
お願いいたします。販売期間終了後のデータ削除についても、完了のご報告をいただけますと幸いです。

個人情報の取扱いには十分ご注意いただいているものと存じますが、念のためご連絡しました。

{SIG_YAMAGISHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="『機密性の高い』『秘密保持契約』は言及にすぎず、機密区分の表示ではない",
)

# 049 部外秘（ヘッダー）の役員選考委員会議事録（DOCX）を連合会へ
add(
    charset="utf-8",
    sender=KASHIWAGI,
    to=["南相原市PTA連合会 事務局 <jimukyoku@minamiaihara-pta.or.jp>"],
    subject="役員選考の進め方について（参考資料）",
    body=f"""連合会 事務局 御中

お世話になっております。緑台中PTAの柏木です。
先日の会長会で話題になった「役員選考の進め方」について、当校の選考委員会の
議事録を参考までにお送りします。他校の検討にお役立ていただければ幸いです。

{SIG_KASHIWAGI}
""",
    attachments=[{
        "kind": "docx", "name": "選考委員会議事録_第3回.docx",
        "page_header": "部外秘　緑台中学校PTA 役員選考委員会",
        "paragraphs": [
            "第3回 役員選考委員会 議事録", "日時：令和8年1月17日（土）10:00〜12:00　場所：緑台中 会議室2",
            "出席：選考委員 7名（欠席 1名）",
            "1. 候補者の状況", "　会長候補 A氏：内諾。副会長候補 B氏：仕事の都合で保留。",
            "　書記候補 C氏・D氏：いずれも内諾。",
            "2. 推薦制度の見直し", "　くじ引きを廃止し、立候補＋推薦の二本立てとする案で合意。",
            "3. 次回", "　2月7日（土）。B氏の回答を待って最終決定。",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付 DOCX のヘッダーに『部外秘』の区分表示、社外の連合会へ",
)

# 050 夏まつりの弁当：宗教上の食事制限（児童1名）を北国フーズへ
_f = take(1)[0]
add(
    charset="shift_jis",
    sender=YAMAGISHI,
    to=["北国フーズ 営業課 佐伯様 <saeki@kitaguni-foods.co.jp>"],
    subject="夏まつり お手伝い児童用お弁当 追加のご相談",
    body=f"""佐伯様

いつもお世話になっております。日の出産業の山岸です。
夏まつりでお手伝いをしてくれる6年生のお弁当（32食）について、追加のご相談です。

6年1組の アフマド・ハリス くん はご家族がイスラム教を信仰されており、
豚肉・アルコール（みりん等を含む）を口にすることができません。
ハラール対応のお弁当を1食、別にご用意いただくことは可能でしょうか。
難しければ、おにぎりと果物のみでも結構です。

お手数ですがご検討よろしくお願いいたします。

{SIG_YAMAGISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の児童1名の家庭の信仰（宗教＝要配慮個人情報）を社外へ",
)

# 051 社内だけ：子どもの入院（病名）を上司へ
add(
    charset="utf-8",
    sender=OHNO,
    to=["人事課長 竹内 <takeuchi@hinode-sangyo.co.jp>"],
    subject="休暇と見守り隊とりまとめの件",
    body=f"""竹内課長

おつかれさまです。大野です。
長女（小2）が川崎病と診断され、昨日から南相原市民病院に入院しています。
1週間ほどの入院の見込みで、来週いっぱい看護休暇をいただきたく存じます。

見守り隊のとりまとめは、その間 山岸さんに代わっていただけることになりました。
地区の皆さんには私から連絡済みです。

ご迷惑をおかけしますが、よろしくお願いいたします。
大野
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="家族の病名（要配慮）を含むが宛先は社内の上司のみ",
)

# 052 旧システムの PTA 会員名簿（XLS）を別の印刷会社へ
_f = take(10)
add(
    charset="shift_jis",
    sender=KASHIWAGI,
    to=["光プリント 受付 <info@hikari-print.co.jp>"],
    subject="PTA会員名簿の宛名ラベル印刷のお願い",
    body=f"""光プリント ご担当者様

はじめてご連絡いたします。南相原市立緑台中学校PTA会長の柏木と申します。
広報誌の発送用に、宛名ラベル（12面）の印刷をお願いしたく、
旧名簿システムから出力したファイルを添付いたします（Excel 97-2003形式です）。

お見積りをいただけますと幸いです。

{SIG_KASHIWAGI}
""",
    attachments=[{
        "kind": "xls", "name": "PTA会員名簿_旧形式.xls",
        "sheets": {"会員": [["会員番号", "氏名", "郵便番号", "住所", "電話"]]
                   + [[f"M{2026040 + i:07d}", name(f), f["zip"], f["addr"], f["home"]] for i, f in enumerate(_f)]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="10人の会員名簿（氏名・住所・電話）の XLS を社外の印刷会社へ",
)

# 053 学校（To）＋教育委員会と印刷会社（Cc）の3組織
add(
    charset="iso-2022-jp",
    sender=TSUTSUMI,
    to=["旭ヶ丘小学校 校長 松浦先生 <matsuura@asahigaoka-es.minamiaihara.ed.jp>"],
    cc=["南相原市教育委員会 学校教育課 <gakko-kyoiku@city.minamiaihara.lg.jp>",
        "錦印刷 原田様 <harada@nishiki-insatsu.co.jp>"],
    subject="創立50周年記念誌の協賛について",
    body=f"""松浦校長先生
（cc：教育委員会 学校教育課様、錦印刷 原田様）

お世話になっております。日の出産業の堤です。
創立50周年記念誌につきまして、当社で印刷費の一部（上限80万円）を協賛させていただく
ことになりました。教育委員会への協賛届の写しと、印刷仕様のご確認のため
関係の皆さまにまとめてお送りしております。

　仕様：A4 カラー 96ページ 上製本 700部
　納期：令和9年2月末
　協賛表記：裏表紙に社名のみ

ご不明点がございましたらお知らせください。

{SIG_TSUTSUMI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外3組織（学校・教育委員会・印刷会社）が To/Cc で互いに見える",
)

# 054 印刷会社の請求書受領（登録番号＝T番号、会社の振込先）— 通常
add(
    charset="utf-8",
    sender=MIWA,
    to=["錦印刷 経理部 <keiri@nishiki-insatsu.co.jp>"],
    subject="請求書 NI-2026-0871 受領のご連絡",
    body=f"""錦印刷株式会社 経理部 御中

いつもお世話になっております。旭ヶ丘小PTA会計の三輪です。
下記の請求書を受領いたしました。

　請求書番号：NI-2026-0871
　件名：広報誌「あさひ」第2号 印刷代
　金額：86,900円（税込）
　登録番号：T{corp_no('020001054413')}
　お振込先：みどり銀行 南相原支店 普通 1123581 口座名義 ニシキインサツ（カ）
　お支払予定日：12月25日

発注番号 PO-2026-0412 とも一致しております。よろしくお願いいたします。

{SIG_MIWA}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="請求書番号・適格請求書の登録番号・会社の振込口座だけ（個人のデータではない）",
)

# 055 PTA事務員（パート）の社会保険手続き：基礎年金番号を社労士へ
add(
    charset="iso-2022-jp",
    sender=MIWA,
    to=["森岡社会保険労務士事務所 <office@morioka-sr.jp>"],
    subject="旭ヶ丘小PTA 事務補助員の資格取得手続きのお願い",
    body=f"""森岡先生

いつもお世話になっております。旭ヶ丘小PTA会計の三輪です。
4月からPTA事務補助員として勤務いただく方の資格取得手続きをお願いいたします。

　氏名　　　　：宇佐美 晴美（うさみ はるみ）
　生年月日　　：{wareki(1976, 9, 12, 'abbr')}
　住所　　　　：〒252-0316 神奈川県南相原市桜木3丁目7番21号
　基礎年金番号：4613-582907
　勤務条件　　：週4日・1日6時間　時給1,180円
　勤務開始日　：令和8年4月6日

雇用契約書の写しは郵送いたします。

{SIG_MIWA}
""",
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="1人の基礎年金番号（社会保険の番号）を社外の社労士へ",
)

# 056 パスワード保護 PDF を写真販売サイトへ
_f = take(20)
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["スナップ学校 サポート <support@snapgakko.jp>"],
    subject="紙申込分の集計表（PDF）",
    body=f"""スナップ学校 ご担当者様

お世話になっております。旭ヶ丘小PTAの山岸です。
ネット注文が難しいご家庭の紙申込分を集計しましたので、PDFでお送りします。
開封パスワードはお電話でお伝えします。

山岸
""",
    attachments=[{
        "kind": "pdf", "name": "紙申込集計_運動会.pdf", "password": "snap1003",
        "lines": ["運動会写真 紙申込 集計表"],
        "table": [["児童名", "保護者", "電話", "枚数"]]
                 + [[kname(f), name(f), f["home"], str(3 + i % 5)] for i, f in enumerate(_f)],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワードで保護された PDF は中身を検査できない",
)

# 057 協賛品（文具）の発注：品番・数量 — 通常
add(
    charset="shift_jis",
    sender=TSUTSUMI,
    to=["有限会社さくら文具 <order@sakura-bungu.co.jp>"],
    subject="新入生 記念文具セット 発注書",
    body=f"""有限会社さくら文具 御中

いつもお世話になっております。日の出産業 CSR推進課の堤です。
旭ヶ丘小学校の新入生向け記念品として、下記を発注いたします。

　品番　　　　品名　　　　　　　　　数量　単価
　SB-NT-120　自由帳（名入れ）　　　 85　　 180円
　SB-PC-036　色鉛筆 24色　　　　　　 85　　 640円
　SB-BG-900　防犯ブザー（黄）　　　 85　　 480円
　SB-LB-011　名入れ加工（日の出産業）一式　15,000円

納品は3月24日（火）、学校事務室宛てでお願いします。
発注番号：HS-CSR-26-031

{SIG_TSUTSUMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="品番・数量・単価・発注番号だけの通常の発注",
)

# 058 声かけ・つきまとい被害：被害児童の氏名を自治会へ
_f = take(1)[0]
add(
    charset="utf-8",
    sender=OHNO,
    to=["旭ヶ丘自治会 防犯部 <bouhan@asahigaoka-chonaikai.jp>"],
    subject="下校時の見守り強化のお願い（6/12 の事案）",
    body=f"""旭ヶ丘自治会 防犯部 御中

いつもお世話になっております。見守り隊の大野です。

6月12日（金）16時ごろ、旭ヶ丘公園北側の遊歩道で、下校中の
{kumi(_f, 'kanji')} {kname(_f)} さんが見知らぬ男に体を触られる被害に遭いました。
保護者の{_f['sei']}さんが翌日南相原警察署に被害届を提出されています。

犯人はまだ見つかっていないため、当面のあいだ 15:30〜17:00 の時間帯に
遊歩道の入口付近での立哨を自治会の皆さまにもお願いできないでしょうか。

取り急ぎご相談まで。

{SIG_OHNO}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の児童が犯罪被害に遭った事実（要配慮個人情報）を社外の自治会へ",
)

# 059 ホテル予約：sakura-hotel.jp の類似ドメイン（l → 1）
add(
    charset="iso-2022-jp",
    sender=YAMAGISHI,
    to=["さくらホテル 宴会予約 <banquet@sakura-hote1.jp>"],
    subject="PTA役員研修会 会議室のご予約（11/28）",
    body=f"""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業の山岸です。
旭ヶ丘小学校PTAの役員研修会で、下記のとおり会議室を予約したくご連絡しました。

　日時：11月28日（土）13:00〜17:00
　人数：22名（スクール形式）
　備品：プロジェクター、マイク2本
　飲み物：ホットコーヒー 22名分（15:00）

請求書はPTA宛て（会計 三輪）でお願いいたします。

{SIG_YAMAGISHI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="宛先が取引先 sakura-hotel.jp の類似ドメイン sakura-hote1.jp（l を 1 に）",
)

# 060 運動会プログラム（時刻と人数の数字だけ）— 通常
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["旭ヶ丘小 体育主任 森先生 <mori@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="運動会当日 PTA・協賛企業の動き（時程）",
    body=f"""森先生

お世話になっております。PTAの山岸です。
当日のPTA・協賛企業側の動きを時程に落としました。ご確認ください。

　07:00-07:40　テント設営（日の出産業 6名）
　07:45-08:15　駐輪場・受付準備（PTA 12名）
　08:30　　　　開門（来場見込み 約1,100名）
　09:00　　　　開会式
　10:40-10:55　給水所 補充（ペットボトル 600本のうち 1回目 240本）
　12:00-12:45　昼食（来賓 14名分の弁当 → 会議室）
　14:30　　　　閉会式・記念タオル配布（児童 486名＋予備 ）
　15:00-15:40　撤収

以上です。修正があればご指摘ください。

山岸
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="時刻・人数など数字の多い時程表で、個人データはない",
)

# ============================================================================ 061-080

# 061 卒業アルバム撮影用の児童名簿（全角スペース桁揃え・全角和暦の生年月日）
_f = take(10)
_z = zcols([["出席番号", "氏名", "ふりがな", "生年月日"]]
           + [[fw(str(i + 1)), kname(f, "　"), kana(f, True), wareki(*dob_for(f, 6), style="fw")]
              for i, f in enumerate(_f)])
add(
    charset="shift_jis",
    sender=YAMAGISHI,
    to=["フォトスタジオこもれび 撮影部 <satsuei@komorebi-photo.co.jp>"],
    subject="卒アル個人写真 撮影順の名簿（6年2組）",
    body=f"""フォトスタジオこもれび
撮影部 ご担当者様

お世話になっております。旭ヶ丘小PTA 卒業対策委員の山岸です。
6年2組の個人写真撮影（11/12）の撮影順名簿をお送りします。
アルバムの誕生日欄に使用しますので、生年月日も記載しています。

{_z}

残りの児童は担任の先生から直接お渡しする予定です。

{SIG_YAMAGISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="児童10人の氏名・生年月日（全角和暦 Ｈ／Ｒ）を全角スペース揃えで写真業者へ",
)

# 062 ZIP（XLSX＋DOCX）：夏まつり出店者（保護者）の一覧と連絡票
_f = take(9)
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["旭ヶ丘自治会 夏まつり実行委員会 <matsuri@asahigaoka-chonaikai.jp>"],
    subject="夏まつり PTA出店分の資料一式",
    body=f"""夏まつり実行委員会 御中

お世話になっております。旭ヶ丘小PTAの山岸です。
PTAからの出店（3ブース）の担当者一覧と、保健所提出用の連絡票をまとめてお送りします。
ZIPにまとめていますので、展開してご確認ください。

{SIG_YAMAGISHI}
""",
    attachments=[{
        "kind": "zip", "name": "夏まつり_PTA出店.zip",
        "files": [
            {"kind": "xlsx", "name": "出店担当者一覧.xlsx",
             "sheets": {"担当者": [["ブース", "時間帯", "氏名", "携帯", "住所"]]
                        + [[["ヨーヨー釣り", "かき氷", "輪投げ"][i % 3], ["17-18時", "18-19時", "19-20時"][i // 3],
                            name(f), f["mobile"], f["addr_city"]] for i, f in enumerate(_f)],
                        "備品": [["品名", "数量"], ["テント", "3"], ["長机", "6"], ["発電機", "1"]]}},
            {"kind": "docx", "name": "食品取扱責任者_連絡票.docx",
             "paragraphs": ["臨時出店 食品取扱責任者 連絡票（かき氷）",
                            f"責任者氏名：{name(_f[1])}", f"住所：{_f[1]['addr']}", f"連絡先：{_f[1]['mobile']}",
                            "取扱品目：かき氷（シロップ3種）"]},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP の中の XLSX に9人の氏名・携帯・住所（＋DOCX 連絡票）、社外の自治会へ",
)

# 063 通学路の危険箇所一覧（場所のリスト）を市の道路課へ — 通常
add(
    charset="utf-8",
    sender=OHNO,
    to=["南相原市 道路維持課 <doro-iji@city.minamiaihara.lg.jp>"],
    cc=[YAMAGISHI],
    subject="旭ヶ丘小 通学路 危険箇所の改善要望",
    body=f"""南相原市 道路維持課 御中

いつもお世話になっております。旭ヶ丘地区見守り隊の大野です。
通学路合同点検で挙がった危険箇所の一覧をお送りします。
ご対応の可否・時期についてお知らせいただけますと幸いです。

{SIG_OHNO}
""",
    attachments=[{
        "kind": "xlsx", "name": "通学路危険箇所_旭ヶ丘小.xlsx",
        "sheets": {"一覧": [["令和8年度 通学路合同点検 危険箇所一覧（旭ヶ丘小学校区）"], [],
                            ["No", "場所", "状況", "要望", "優先度"],
                            [1, "旭ヶ丘2丁目 市道3号線 カーブ", "見通しが悪く歩道なし", "カーブミラー設置", "高"],
                            [2, "北野歩道橋 階段下", "自転車の飛び出し", "注意喚起看板", "中"],
                            [3, "桜木1丁目交差点", "横断歩道の白線が消えかけ", "白線の引き直し", "高"],
                            [4, "緑台バス停前", "朝の路上駐車", "パトロール強化依頼", "中"],
                            [5, "上溝川沿い遊歩道", "街灯が暗い", "街灯のLED化", "低"]],
                   "写真番号": [["No", "写真"], [1, "P-01〜03"], [2, "P-04"], [3, "P-05〜06"]]},
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="場所の一覧で人の記録ではない（Cc は社内）",
)

# 064 見守りボランティア応募者の前科情報を校長へ
add(
    charset="iso-2022-jp",
    sender=OHNO,
    to=["旭ヶ丘小学校 校長 松浦先生 <matsuura@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="見守りボランティア応募者の件（ご相談）",
    body=f"""松浦校長先生

お世話になっております。見守り隊とりまとめの大野です。
内々にご相談したいことがありご連絡しました。

先月、見守りボランティアに応募された北野在住の 甘粕 誠司 さん（60代）について、
自治会の方から「数年前に傷害事件で逮捕され、有罪判決（執行猶予）を受けている」
との話がありました。ご本人からの申告はありません。

子どもと接する活動ですので、受け入れの可否について学校としてのお考えを伺えればと思います。
来週どこかでお時間をいただけますでしょうか。

大野
{SIG_OHNO}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の個人の逮捕歴・前科（要配慮個人情報）を社外の学校へ",
)

# 065 講師謝金5名のマイナンバー（CSV）を ZIP で税理士へ
_ppl = [("瀬戸口 奈緒", "東京都町田市鶴間2-14-8"), ("外間 隆之", "神奈川県大和市中央林間5-3-19"),
        ("影山 千尋", "神奈川県南相原市東原4-22-1"), ("蓮見 拓海", "東京都八王子市南大沢3-9-2-405"),
        ("富樫 綾", "神奈川県座間市相模が丘6-31-7")]
_rows = [["氏名", "住所", "個人番号", "区分", "支払額", "源泉税額"]]
for i, (nm, ad) in enumerate(_ppl):
    _rows.append([nm, ad, _mn(), ["講演", "出前授業", "出前授業", "実技指導", "講演"][i],
                  str([50000, 30000, 30000, 20000, 50000][i]), str([5105, 3063, 3063, 2042, 5105][i])])
add(
    charset="utf-8",
    sender=MIWA,
    to=["神田税理士事務所 <info@kanda-tax.jp>"],
    subject="令和8年分 報酬支払調書 作成依頼（PTA分）",
    body=f"""神田税理士事務所 御中

お世話になっております。旭ヶ丘小PTA会計の三輪です。
令和8年分の報酬・料金の支払調書の作成をお願いいたします。
対象5名分をCSVにまとめ、ZIPに入れてお送りします。

{SIG_MIWA}
""",
    attachments=[{
        "kind": "zip", "name": "shiharai_chosho_2026.zip",
        "files": [{"kind": "csv", "name": "支払調書_対象者.csv", "encoding": "utf-8", "rows": _rows}],
    }],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP 内の CSV に5人のマイナンバー・氏名・住所、社外の税理士へ",
)

# 066 撮影当日の連絡先（会長・副会長の2名）を写真業者へ — 1〜4人分
_f = take(2)
add(
    charset="iso-2022-jp",
    sender=YAMAGISHI,
    to=["フォトスタジオこもれび 新井様 <arai@komorebi-photo.co.jp>"],
    subject="運動会当日の連絡先",
    body=f"""新井様

お世話になっております。山岸です。
運動会当日、撮影で何かあった場合の連絡先です。

　PTA会長　　{name(_f[0])}　{_f[0]['mobile']}
　PTA副会長　{name(_f[1])}　{_f[1]['mobile']}

私（山岸）はテント設営の担当で本部付近におります。
当日はどうぞよろしくお願いいたします。

山岸
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="2人分の連絡先のみ（5人未満）",
)

# 067 壊れた XLSX を印刷会社へ
add(
    charset="shift_jis",
    sender=YAMAGISHI,
    to=["錦印刷 原田様 <harada@nishiki-insatsu.co.jp>"],
    subject="Re: 名簿データ 再送",
    body=f"""原田様

たびたび失礼いたします。山岸です。
4〜6年生分の名簿データを再送します。今度は開けるとよいのですが…。
開けない場合はお電話ください。

{SIG_YAMAGISHI}
""",
    attachments=[{"kind": "corrupt", "name": "保護者名簿_4-6年.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="添付 XLSX が壊れていて検査できない",
)

# 068 保護者4人（フリーメール）を To/Cc に並べる
_f = take(4)
_d = ["icloud.com", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com"]
_ad = [f"{name(f)} <{f['mail'].split('@')[0]}@{_d[i]}>" for i, f in enumerate(_f)]
add(
    charset="utf-8",
    sender=OHNO,
    to=[_ad[0]],
    cc=_ad[1:],
    subject="桜木地区 見守り当番の入れ替えについて",
    body=f"""{_f[0]['sei']}さん
（cc：桜木地区の皆さん）

おつかれさまです、大野です。
12月の当番を一部入れ替えました。

　12/1（火）{_f[0]['sei']}さん → {_f[2]['sei']}さん
　12/8（火）{_f[2]['sei']}さん → {_f[0]['sei']}さん
　12/15（火）変更なし（{_f[1]['sei']}さん・{_f[3]['sei']}さん）

ご都合が悪ければご連絡ください。

大野
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="個人4人のフリーメールアドレスが To/Cc で互いに見える（4当事者）",
)

# 069 協賛に関する覚書（案）DOCX：両当事者の法人番号 — 通常
add(
    charset="utf-8",
    sender=TSUTSUMI,
    to=["旭ヶ丘小学校PTA 会長 <pta-kaicho@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="協賛に関する覚書（案）のご確認",
    body=f"""旭ヶ丘小学校PTA 会長様

いつもお世話になっております。日の出産業の堤です。
来年度以降の協賛について、覚書の案を作成しましたのでご確認ください。
PTAは法人格がないため、学校法人ではなく「PTA」名での締結となります。

{SIG_TSUTSUMI}
""",
    attachments=[{
        "kind": "docx", "name": "協賛に関する覚書（案）.docx", "title": "協賛に関する覚書",
        "paragraphs": [
            "協賛に関する覚書（案）",
            f"日の出産業株式会社（法人番号 {corp_no('010401093115')}、以下「甲」という。）と"
            "南相原市立旭ヶ丘小学校PTA（以下「乙」という。）は、乙の実施する学校行事への甲の協賛に関し、"
            "次のとおり覚書を締結する。",
            "第1条（目的）甲は、地域の子どもの健全育成に資するため、乙の行事に協賛する。",
            "第2条（協賛内容）協賛の内容は、毎年度、甲乙協議のうえ別紙で定める。",
            "第3条（表示）乙は、甲の社名を行事プログラムに表示することができる。",
            "第4条（秘密保持）甲及び乙は、本覚書に関して知り得た相手方の情報を第三者に開示しない。",
            "第5条（有効期間）令和9年4月1日から1年間とし、自動更新する。",
        ],
    }],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="覚書の案（会社の法人番号・秘密保持条項）で個人データや機密表示はない",
)

# 070 シニア見守りボランティア名簿（XLSX）に持病・服薬の列
_sen = [("安齋 久美", 72, "042-778-1043", "高血圧（服薬中）"), ("楠 和也", 68, "042-779-5521", "なし"),
        ("目黒 智子", 75, "042-778-6690", "糖尿病（インスリン）"), ("千葉 誠司", 70, "090-3342-1108", "心臓ペースメーカー"),
        ("柳田 恵", 66, "042-761-2207", "なし"), ("真栄田 隆之", 73, "080-2290-4471", "軽度の難聴（補聴器）"),
        ("猪股 由美子", 69, "042-778-3315", "ぜんそく")]
add(
    charset="iso-2022-jp",
    sender=OHNO,
    to=["南相原市社会福祉協議会 ボランティアセンター <vc@minamiaihara-shakyo.or.jp>"],
    subject="シニア見守りボランティア 名簿（熱中症対策のご相談）",
    body=f"""南相原市社会福祉協議会
ボランティアセンター 御中

お世話になっております。旭ヶ丘地区見守り隊の大野です。
夏場の見守り活動について熱中症対策のご助言をいただきたく、
シニアボランティアの方々の名簿をお送りします（ご本人の了承を得て持病も記載しています）。

{SIG_OHNO}
""",
    attachments=[{
        "kind": "xlsx", "name": "シニアボランティア名簿.xlsx",
        "sheets": {"名簿": [["旭ヶ丘地区 シニア見守りボランティア"], [],
                            ["氏名", "年齢", "電話", "持病・服薬", "担当"]]
                   + [[s[0], s[1], s[2], s[3], ["朝", "夕"][i % 2]] for i, s in enumerate(_sen)]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="7人の名簿に持病・服薬（要配慮）と電話、社外の社協へ",
)

# 071 英語：ALT 歓迎会のホストファミリー一覧（ローマ字）を派遣会社へ
_f = take(6)
_hl = "\n".join(f"  {i + 1}. {f['mei_r']} {f['sei_r'].upper()} - {f['mobile']} - {f['mail']}\n"
                f"     {f['addr_en']}"
                for i, f in enumerate(_f))
add(
    charset="utf-8",
    sender=ARIMA,
    to=["Tom Whitfield <t.whitfield@brightbridge-edu.com>"],
    subject="Welcome BBQ for the new ALTs - host families",
    body=f"""Hi Tom,

Thanks for arranging the arrival of the two new ALTs for the Minamiaihara schools.
As discussed, the PTA of Asahigaoka Elementary would like to host a welcome BBQ on
Sunday 6 September, and the following families have volunteered to pick them up and
host them for the afternoon. Please share this with the ALTs so they can get in touch.

{_hl}

The BBQ is at Asahigaoka Park (shelter B), 11:00-14:00. Hinode Sangyo provides the food.

Cheers,
{SIG_ARIMA}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="6家庭（ローマ字氏名・電話・メール・住所）の一覧を英語メールで社外へ",
)

# 072 出前授業のスライド（PPTX）を学校へ — 通常
add(
    charset="iso-2022-jp",
    sender=TSUTSUMI,
    to=["緑台中 理科 村井先生 <murai@midoridai-jhs.minamiaihara.ed.jp>"],
    subject="出前授業「モーターのしくみ」スライド送付",
    body=f"""村井先生

お世話になっております。日の出産業の堤です。
11/13 の出前授業で使用するスライドをお送りします。
実験キット（40セット）は前日に学校へ届くよう手配済みです。

{SIG_TSUTSUMI}
""",
    attachments=[{
        "kind": "pptx", "name": "出前授業_モーターのしくみ.pptx", "title": "出前授業 モーターのしくみ",
        "slides": [
            ["モーターのしくみ", "日の出産業株式会社 相模工場", "2年理科 出前授業"],
            ["今日やること", "1. 磁石と電流の関係", "2. クリップモーターを作ろう", "3. 工場のモーターを見てみよう"],
            ["フレミングの左手の法則", "中指：電流　人差し指：磁界　親指：力"],
            ["工場では", "1台のライン＝約240個のモーター", "年間 1,800万個を生産"],
            ["まとめ", "電流・磁界・力の向きの関係を覚えよう"],
        ],
        "page_footer": "© Hinode Sangyo Co., Ltd.",
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="授業用スライドで個人データも機密表示もない",
)

# 073 社内ドメインの打ち間違い（hinode-sanngyo.co.jp）
add(
    charset="shift_jis",
    sender=YAMAGISHI,
    to=["堤 康平 <tsutsumi@hinode-sanngyo.co.jp>"],
    subject="夏まつり 協賛報告書の下書き",
    body=f"""堤課長

おつかれさまです。山岸です。
夏まつり協賛の報告書の下書きをお送りします。

・来場者：約2,300名（昨年比 +15%）
・当社ブース（工作教室）：参加 186名
・社員ボランティア：22名（延べ 58時間）
・費用：協賛金 300,000円、ブース運営費 42,800円

写真は共有フォルダの「2026夏まつり」に入れてあります。
ご確認よろしくお願いします。

山岸
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="社内ドメインの類似ドメイン hinode-sanngyo.co.jp（n が1文字多い）へ送信",
)

# 074 英語：「CONFIDENTIAL」の協賛提案書（PDF）を外部へ
add(
    charset="utf-8",
    sender=ARIMA,
    to=["Sarah Kim <skim@greenleaf-learning.com>"],
    subject="Sponsorship proposal - STEM summer camp 2027",
    body=f"""Dear Sarah,

Following our call, please find attached our draft proposal for co-sponsoring the
STEM summer camp for Minamiaihara junior high school students next year.
I would appreciate your comments by the end of the month.

Kind regards,
{SIG_ARIMA}
""",
    attachments=[{
        "kind": "pdf", "name": "STEM_camp_sponsorship_proposal.pdf", "title": "Sponsorship proposal",
        "page_header": "CONFIDENTIAL - Hinode Sangyo internal draft",
        "page_footer": "Confidential",
        "lines": ["STEM Summer Camp 2027 - Sponsorship Proposal (draft v0.3)", "",
                  "1. Objectives: hands-on robotics for 60 junior high school students",
                  "2. Budget: JPY 3,200,000 (Hinode Sangyo 60% / Greenleaf 40%)",
                  "3. Venue: Hinode Sangyo Sagami plant training centre",
                  "4. Schedule: 26-30 July 2027",
                  "5. Open issues: insurance, transport from schools, staff ratio"],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付 PDF のヘッダー・フッターに CONFIDENTIAL の表示、社外へ",
)

# 075 カード番号の末尾4桁と注文番号だけ — 通常
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["スナップ学校 お客様窓口 <support@snapgakko.jp>"],
    subject="Re: 注文 SG-88213470 の二重決済について",
    body=f"""スナップ学校 ご担当者様

ご連絡ありがとうございます。旭ヶ丘小PTAの山岸です。
ご案内のとおり、10/8 の同じ注文が2回計上されているようです。

　注文番号：SG-88213470
　決済：クレジットカード（末尾 4417）
　金額：3,960円 ×2回

1回分の取消しをお願いいたします。返金の時期が分かりましたら教えてください。

山岸
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="カード番号は末尾4桁のみ、注文番号と金額だけ",
)

# 076 謝礼の振込先一覧（個人の口座）を税理士へ
_f = take(6)
_banks = [("みどり銀行", "南相原支店"), ("横浜湘南銀行", "相模大野支店"), ("ゆうちょ銀行", "〇一八店"),
          ("みどり銀行", "町田支店"), ("相模信用金庫", "上溝支店"), ("東都銀行", "新宿西口支店")]
_acc = cols([["氏名", "金融機関", "支店", "種別", "口座番号", "金額"]]
            + [[name(f), _banks[i][0], _banks[i][1], "普通", f"{random.Random(f'acc{i}').randint(1000000, 9999999)}",
                "5,000円"] for i, f in enumerate(_f)], gap=3)
add(
    charset="shift_jis",
    sender=MIWA,
    to=["神田税理士事務所 担当 小林様 <kobayashi@kanda-tax.jp>"],
    subject="ベルマーク集計ボランティア 謝礼振込先",
    body=f"""小林様

お世話になっております。旭ヶ丘小PTA会計の三輪です。
ベルマーク集計ボランティアへの謝礼（1人5,000円）の振込先です。
会計ソフトへの登録をお願いいたします。

{_acc}

振込は12月15日に一括で行う予定です。

{SIG_MIWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="6人の個人の銀行口座（金融機関・支店・口座番号）の一覧を社外へ",
)

# 077 学童への配慮事項シート（DOCX）：てんかん発作時の対応
_f = take(1)[0]
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["こどもひろば 学童担当 吉岡様 <yoshioka@kodomo-hiroba.or.jp>"],
    subject="工作教室（8/19）参加児童の配慮事項",
    body=f"""吉岡様

お世話になっております。日の出産業の山岸です。
8/19 に当社で開く工作教室について、保護者の方からお預かりした配慮事項シートを
添付します。当日の指導員の皆さまにも共有をお願いいたします。

{SIG_YAMAGISHI}
""",
    attachments=[{
        "kind": "docx", "name": f"配慮事項シート_{_f['sei']}.docx",
        "paragraphs": [
            "配慮事項シート（保護者記入）",
            f"児童氏名：{kname(_f)}（{kana(_f, True)}）　{kumi(_f, 'kanji')}",
            f"生年月日：{wareki(*_f['kdob'])}",
            "診断名：てんかん（小児欠神てんかん）　主治医：南相原市民病院 小児科",
            "服薬：朝・夕にエトスクシミド（学童では服薬なし）",
            "発作時の様子：数秒間ぼーっとして反応がなくなる。倒れることはほとんどない。",
            "対応：刃物・火を使う作業では必ず大人がそばにつく。5分以上続く場合は救急車と保護者へ連絡。",
            f"保護者：{name(_f)}（{_f['zoku']}）",
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="児童1名の診断名・服薬（要配慮個人情報）を含む DOCX を社外の学童へ",
)

# 078 英語の返信："On … wrote:" の下に相手が送った生徒一覧
_q = "\n".join(f"> {n} - {e}" for n, e in [("Emma Carter (Gr. 5)", "ecarter.family@shawmail.ca"),
                                            ("Liam Nguyen (Gr. 5)", "nguyen.home@telus.net"),
                                            ("Olivia Brooks (Gr. 6)", "brooksfam@gmail.com"),
                                            ("Noah Singh (Gr. 6)", "singh.parents@outlook.com"),
                                            ("Ava Martin (Gr. 5)", "ava.martin.parents@gmail.com")])
add(
    charset="utf-8",
    sender=ARIMA,
    to=["Laura Bennett <lbennett@maplewood-school.ca>"],
    subject="Re: Pen-pal pairs for the online exchange",
    body=f"""Dear Laura,

Thank you for the list. We will pair each of your students with two Asahigaoka
students of the same grade, and the teachers will exchange the letters by post,
so no family e-mail addresses will be used on our side.

I will send you the pairing table (first names only) next week.

Best regards,
Kenji

On Thu, 15 Oct 2026 at 08:12, Laura Bennett <lbennett@maplewood-school.ca> wrote:
> Dear Kenji,
>
> Here are the students who signed up for the pen-pal program, with a parent
> contact e-mail in case of questions:
>
{_q}
>
> Best,
> Laura
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="一覧は \"On … wrote:\" 以下の引用（相手が送ったもの）で、新しい本文に個人データはない",
)

# 079 英語：社外3組織を To に並べた国際交流イベントの案内
add(
    charset="utf-8",
    sender=ARIMA,
    to=["Laura Bennett <lbennett@maplewood-school.ca>",
        "Tom Whitfield <t.whitfield@brightbridge-edu.com>",
        "Kazuhiro Ono <k-ono@tsubasa-system.jp>"],
    subject="International Day 2026 - planning call",
    body=f"""Dear all,

Thank you for joining the International Day project at Asahigaoka Elementary.
I would like to hold a short planning call to agree on roles:

  - Maplewood School: live classroom session (30 min)
  - BrightBridge: two ALTs for the English games corner
  - Tsubasa System: video link and sound in the gym

Proposed time: Wed 4 November, 8:30 JST (Tue 3 Nov, 16:30 PST). Teams link to follow.

Best regards,
{SIG_ARIMA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外3組織（カナダの学校・派遣会社・ツバサシステム）が To で互いに見える",
)

# 080 ZIP（PNG と PDF の会場図）を写真業者へ — 通常
add(
    charset="shift_jis",
    sender=YAMAGISHI,
    to=["フォトスタジオこもれび 新井様 <arai@komorebi-photo.co.jp>"],
    subject="運動会 撮影位置の図面",
    body=f"""新井様

お世話になっております。山岸です。
運動会の会場図と、撮影可能エリアを書き込んだ図面をZIPでお送りします。
撮影エリアは来賓テント横の白線の内側でお願いいたします。

山岸
""",
    attachments=[{
        "kind": "zip", "name": "会場図_撮影位置.zip",
        "files": [{"kind": "png", "name": "会場図.png"},
                  {"kind": "pdf", "name": "撮影可能エリア.pdf",
                   "lines": ["秋季大運動会 撮影可能エリア", "A：来賓テント横（白線内）", "B：本部テント後方（脚立可）",
                             "C：ゴール付近（トラック外側 1m 以上）", "※児童席への立ち入りは不可"]}],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="会場図と撮影位置の図面で個人データなし",
)

# ============================================================================ 081-100

# 081 学校支援ボランティア謝金の個人番号申告書（DOCX・全角の個人番号）を学校事務へ
_n = _mn()
add(
    charset="iso-2022-jp",
    sender=NONAKA,
    to=["緑台中学校 事務室 <jimu@midoridai-jhs.minamiaihara.ed.jp>"],
    subject="学校支援ボランティア謝金 個人番号申告書の提出",
    body="""緑台中学校 事務室 御中

お世話になっております。職場体験の受入れで伺っている日の出産業の野中です。
技術科の支援ボランティア謝金について、市の様式の個人番号申告書を記入しましたので
お送りします。原本は次回訪問時にお持ちします。

--
日の出産業株式会社 製造部 生産技術課
野中 亮
TEL 042-778-3120
""",
    attachments=[{
        "kind": "docx", "name": "個人番号申告書_野中.docx", "title": "個人番号申告書",
        "paragraphs": ["個人番号申告書（報酬・謝金支払用）", "南相原市教育委員会 教育長 様", ""],
        "tables": [[["項目", "記入欄"],
                    ["氏名", "野中 亮（のなか りょう）"],
                    ["生年月日", wareki(1987, 2, 3, "kanji_fw")],
                    ["住所", "神奈川県南相原市若葉町２丁目９番５号"],
                    ["個人番号", fw(f"{_n[:4]} {_n[4:8]} {_n[8:]}")],
                    ["本人確認", "運転免許証（写し添付）"]]],
    }],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX の表に全角数字のマイナンバー（1人分）、社外の学校へ",
)

# 082 PTA役員研修会の会場予約：保証用にカード番号
_c = _card()
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="Re: 会議室ご予約の確定について（11/28 旭ヶ丘小PTA様）",
    body=f"""さくらホテル 宴会予約ご担当者様

ご連絡ありがとうございます。先日はドメインを誤って送信してしまい失礼いたしました。
予約確定のための保証について、下記のカードでお願いいたします。

　カード番号：{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}
　有効期限：2028年3月
　カード名義：MAKOTO KASHIWAGI（PTA会長の了承済み）

当日の精算は現金または請求書払いを予定しております。

山岸 友香
{SIG_YAMAGISHI}
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="クレジットカード番号を本文に書いて社外のホテルへ",
)

# 083 社内だけ：社員ボランティア15人の当番表（XLSX）
_emp = [("猪股 拓海", "製造部", "080-3317-2290"), ("富樫 早苗", "品質保証部", "090-6624-1185"),
        ("名取 祐介", "物流部", "070-1189-4402"), ("蓮見 舞", "総務部", "080-7720-3361"),
        ("宍戸 慎一郎", "製造部", "090-2214-8870"), ("芦田 晴美", "人事部", "080-4456-9013"),
        ("影山 大輔", "営業第一部", "090-8837-5526"), ("篠塚 奈緒", "経理部", "070-6603-2147"),
        ("野中 亮", "製造部", "070-5518-2093"), ("山岸 友香", "総務部", "080-1142-6630"),
        ("瀬戸口 和也", "製造部", "090-7781-0045"), ("椎名 香織", "情報システム部", "080-2209-8814"),
        ("外間 直樹", "物流部", "090-5530-2276"), ("春日 沙織", "総務部", "070-8812-3390"),
        ("目黒 貴之", "営業第二部", "080-6675-1152")]
add(
    charset="shift_jis",
    sender=OHNO,
    to=["ひので地域サポーター <chiiki-supporter@hinode-sangyo.co.jp>"],
    cc=[HIGUCHI],
    subject="【社内】11月 朝の見守り当番（社員ボランティア）",
    body="""地域サポーターの皆さん

おつかれさまです。人事部の大野です。
11月の朝の見守り当番表を添付します。担当日は 7:30 までに正門前集合です。
交代が必要な場合は、表の携帯番号で直接調整してください（社内限りの資料です）。

大野
""",
    attachments=[{
        "kind": "xlsx", "name": "11月_社員見守り当番.xlsx",
        "sheets": {"11月": [["11月 社員ボランティア 見守り当番表"], [], ["日付", "氏名", "所属", "携帯"]]
                   + [[f"11/{2 + i + 2 * (i // 5)}", e[0], e[1], e[2]] for i, e in enumerate(_emp)]},
    }],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="15人の当番表（携帯）だが宛先は社内の配布リストと社内サブドメインのみ",
)

# 084 壊れた DOCX を教育委員会へ
add(
    charset="utf-8",
    sender=TSUTSUMI,
    to=["南相原市教育委員会 生涯学習課 <shogai@city.minamiaihara.lg.jp>"],
    subject="後援名義使用申請書の差し替え",
    body=f"""南相原市教育委員会 生涯学習課 御中

お世話になっております。日の出産業の堤です。
先日提出した「日の出こども作文賞」の後援名義使用申請書に誤りがありましたので、
修正版を添付いたします。お手数ですが差し替えをお願いいたします。

{SIG_TSUTSUMI}
""",
    attachments=[{"kind": "corrupt", "name": "後援名義使用申請書_修正版.docx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="添付 DOCX が壊れていて検査できない",
)

# 085 PTA連合会（To）と教育委員会（Cc）の2組織＋社内 Cc — 通常
add(
    charset="iso-2022-jp",
    sender=KASHIWAGI,
    to=["南相原市PTA連合会 事務局 <jimukyoku@minamiaihara-pta.or.jp>"],
    cc=["南相原市教育委員会 生涯学習課 <shogai@city.minamiaihara.lg.jp>", TSUTSUMI],
    subject="家庭教育講演会（1/30）の会場変更について",
    body=f"""南相原市PTA連合会 事務局 御中
（cc：教育委員会 生涯学習課様、日の出産業 堤）

お世話になっております。緑台中PTA会長の柏木です。
1月30日の家庭教育講演会につきまして、参加申込が定員を超えたため、
会場を緑台中体育館から市民会館大ホールに変更いたします。

　日時：1月30日（土）14:00〜15:30（変更なし）
　会場：南相原市民会館 大ホール（定員 600名）
　講師：スクールカウンセラー 春日先生
　当日受付：緑台中PTA・日の出産業の社員ボランティア

会場費は日の出産業様のご協賛でまかなう予定です。

{SIG_KASHIWAGI}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外は2組織（連合会と教育委員会）だけの通常の連絡",
)

# 086 北国フーズのドメインを .com にして発注（TLD 違い）
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["北国フーズ 受注センター <order@kitaguni-foods.com>"],
    subject="夏まつり 模擬店食材 発注（7/25 納品）",
    body=f"""北国フーズ株式会社 受注センター 御中

いつもお世話になっております。日の出産業の山岸です。
旭ヶ丘夏まつりの模擬店食材を下記のとおり発注いたします。

　焼きそば麺（業務用）　　　 150玉
　フランクフルト（冷凍）　　 200本
　かき氷シロップ 3種　　　　 各4本
　納品日時：7月25日（土）9:00　旭ヶ丘小 体育館裏
　発注番号：HS-MT-0725

請求書は日の出産業 CSR推進課宛てでお願いします。

{SIG_YAMAGISHI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 kitaguni-foods.co.jp の TLD 違いの類似ドメイン kitaguni-foods.com",
)

# 087 後援名義使用申請（代表者名は会社の役職として）— 通常
add(
    charset="iso-2022-jp",
    sender=TSUTSUMI,
    to=["南相原市教育委員会 生涯学習課 <shogai@city.minamiaihara.lg.jp>"],
    subject="「日の出こども作文賞」後援名義使用申請",
    body=f"""南相原市教育委員会 生涯学習課 御中

いつもお世話になっております。日の出産業株式会社 CSR推進課の堤です。
第13回「日の出こども作文賞」について、例年どおり後援名義の使用を申請いたします。

　申請団体：日の出産業株式会社
　代表者　：代表取締役社長 日野 正和
　所在地　：東京都港区芝2丁目8番11号
　法人番号：{corp_no('010401093115')}
　事業名　：第13回 日の出こども作文賞
　対象　　：市内の小学3年生〜中学3年生
　募集期間：令和9年6月1日〜9月10日
　表彰式　：令和9年12月4日（土） 南相原市民会館

申請書（押印済み）は郵送いたしました。

{SIG_TSUTSUMI}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="会社の申請情報（法人番号・代表者の役職名）で個人の記録ではない",
)

# 088 Outlook 形式の引用（差出人／送信日時）の下にだけ候補者一覧 — フリーメールへの返信
_f = take(6)
_ql = "\n".join(f"{i + 1}. {name(f)}（{kumi(f, 'kanji')}）TEL {f['mobile']}" for i, f in enumerate(_f))
_p = take(1)[0]
add(
    charset="shift_jis",
    sender=YAMAGISHI,
    to=[f"{name(_p)} <{_p['mail'].split('@')[0]}@yahoo.co.jp>"],
    subject="RE: 推薦のあった方の一覧です",
    body=f"""{_p['sei']}さん

一覧ありがとうございます。山岸です。
この中からまず上の3名に、私から学校経由でお声がけしてみます。
結果は来週の委員会で報告しますね。

山岸

差出人: {name(_p)} <{_p['mail'].split('@')[0]}@yahoo.co.jp>
送信日時: 2026年1月20日 21:14
宛先: 山岸 友香 <yamagishi.yuka@hinode-sangyo.co.jp>
件名: 推薦のあった方の一覧です

山岸さん

推薦アンケートで名前の挙がった方の一覧です。

{_ql}

よろしくお願いします。
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="一覧は『差出人／送信日時』以下の引用だけ。新しい本文に個人データなし（宛先はフリーメール1名）",
)

# 089 運営委員会の議事録（出席者は氏名だけ）を学校へ — 通常
add(
    charset="iso-2022-jp",
    sender=YAMAGISHI,
    to=["旭ヶ丘小 教頭 鈴木先生 <kyoto@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="第3回 運営委員会 議事録",
    body=f"""鈴木教頭先生

お世話になっております。山岸です。
第3回運営委員会の議事録をお送りします。

――――――――――――――――――――
第3回 旭ヶ丘小学校PTA運営委員会 議事録
日時：10月17日（土）10:00〜11:30　場所：多目的室
出席：松浦校長、鈴木教頭、鬼頭、山岸、南雲、桑原、野々村、左右田、能登（書記）
欠席：大和田

1. 運動会の振り返り
　・テント設営は協賛企業の協力で30分短縮。来年も同じ体制で。
　・駐輪場が不足。来年は北門側にも誘導員を配置する。
2. 広報誌 第2号
　・11月20日発行。校正は山岸・南雲が担当。
3. 次回
　・11月21日（土）10:00〜
――――――――――――――――――――

{SIG_YAMAGISHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="出席者の氏名だけで、その人についての他のデータはない",
)

# 090 副会長の入院（病名なし）を校長へ — 判断が分かれる
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["旭ヶ丘小学校 校長 松浦先生 <matsuura@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="12月の行事の役割について",
    body=f"""松浦校長先生

お世話になっております。PTA副会長の山岸です。
もう一人の副会長の 能登 綾 さんが、今週から2週間ほど入院されることになりました。
ご本人から、学校には伝えておいてほしいとのことでした。

12月の持久走大会の救護テントは能登さんの担当でしたが、私が代わります。
ご心配をおかけしますが、よろしくお願いいたします。

{SIG_YAMAGISHI}
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="特定の人の入院の事実（病名なし）：健康情報として要配慮とみるかは分かれる",
)

# 091 社会科見学の引率者4名の連絡先をバス会社へ — 1〜4人分
add(
    charset="shift_jis",
    sender=TSUTSUMI,
    to=["青葉運輸 貸切バス課 西村様 <nishimura@aoba-unyu.co.jp>"],
    subject="10/21 社会科見学 引率者の連絡先",
    body=f"""西村様

お世話になっております。日の出産業の堤です。
当日、各号車に乗車する引率者の連絡先をお知らせします。

　1号車　田村 教務主任（旭ヶ丘小）　090-3821-4476
　1号車　堤（日の出産業）　　　　　　080-2231-7764
　2号車　久保 教諭（旭ヶ丘小）　　　080-9917-0352
　2号車　百瀬（PTA）　　　　　　　　090-4127-8856

出発は 8:40 正門前です。よろしくお願いいたします。

{SIG_TSUTSUMI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="4人分の連絡先（5人未満）",
)

# 092 研修会場の候補ホテル一覧（施設の代表番号）— 通常
add(
    charset="shift_jis",
    sender=KASHIWAGI,
    to=["南相原市PTA連合会 事務局 <jimukyoku@minamiaihara-pta.or.jp>"],
    subject="役員研修会 会場候補のご提案",
    body=f"""連合会 事務局 御中

お世話になっております。緑台中PTAの柏木です。
来年度の役員研修会の会場候補を調べましたのでお送りします。

施設名　　　　　　　　　所在地　　　　　　　　　　　　代表電話　　　　会議室（最大）
さくらホテル南相原　　　南相原市相原1-2-3　　　　　　042-770-1111　　120名
ホテルグリーンヒル上溝　南相原市上溝4-15-8　　　　　　042-762-3300　　80名
南相原市民会館　　　　　南相原市旭ヶ丘3-1-1　　　　　042-778-2000　　600名
相模大野カンファレンス　相模原市南区相模大野3-8-1　　042-740-5566　　150名

いずれも駐車場あり、昼食の手配が可能です。

{SIG_KASHIWAGI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="施設（事業者）の一覧と代表電話で、人の名簿ではない",
)

# 093 広報誌の原稿（署名のみ連絡先）を印刷会社へ — 通常
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=["錦印刷 原田様 <harada@nishiki-insatsu.co.jp>"],
    subject="広報誌「あさひ」第2号 原稿（P3 運動会レポート）",
    body=f"""原田様

お世話になっております。山岸です。
P3 の運動会レポートの原稿です。写真は別途ギガファイル便でお送りします。

――――――（原稿ここから）――――――
秋晴れの大運動会　〜つなげ！ あさひのバトン〜

10月3日、雲ひとつない秋晴れのもと、秋季大運動会が行われました。
今年のスローガンは「つなげ！ あさひのバトン」。1年生の玉入れでは
かわいい歓声が上がり、5・6年生の組体操では大きな拍手が送られました。
地域の企業の皆さまにはテントや給水所をご用意いただき、
暑い中でも安心して応援することができました。ご協力ありがとうございました。
（PTA広報委員会）
――――――（原稿ここまで）――――――

文字数がはみ出す場合は、最後の一文を削っていただいて構いません。

どうぞよろしくお願いいたします。

日の出産業株式会社 総務部 CSR推進課
旭ヶ丘小学校PTA 副会長
山岸 友香
〒105-0014 東京都港区芝2丁目8番11号 日の出ビル5F
TEL：03-5442-7710（代表）／内線 2318
携帯：080-1142-6630（PTA用）
E-mail：yamagishi.yuka@hinode-sangyo.co.jp
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="広報誌の原稿と送信者本人の署名（住所・電話・携帯）だけ",
)

# 094 弁当のアレルギー対応食数（集計値のみ）— 通常
add(
    charset="iso-2022-jp",
    sender=YAMAGISHI,
    to=["北国フーズ 営業課 佐伯様 <saeki@kitaguni-foods.co.jp>"],
    subject="運動会 来賓・スタッフ弁当の食数（アレルギー対応含む）",
    body=f"""佐伯様

お世話になっております。日の出産業の山岸です。
運動会当日のお弁当の食数が確定しましたのでご連絡します。

　通常弁当　　　　　　　58食
　卵不使用　　　　　　　 4食
　小麦不使用　　　　　　 2食
　えび・かに不使用　　　 1食
　合計　　　　　　　　　65食

アレルギー対応分は、ふたにシールで区別していただけると助かります。
配達は 11:40 に体育館裏でお願いします。

{SIG_YAMAGISHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="アレルギー対応は食数の集計だけで、誰のものか分からない",
)

# 095 社内だけ：緊急連絡先 CSV を同僚へ
_f = take(9)
add(
    charset="utf-8",
    sender=YAMAGISHI,
    to=[NONAKA, OHNO],
    subject="工作教室 参加児童の緊急連絡先（社内共有）",
    body="""野中さん、大野さん

おつかれさまです。山岸です。
8/19 工作教室の参加児童の緊急連絡先です。当日受付で使ってください。
終わったら削除をお願いします。

山岸
""",
    attachments=[{
        "kind": "csv", "name": "工作教室_緊急連絡先.csv", "encoding": "utf-8",
        "rows": [["児童名", "学年", "保護者", "連絡先", "住所"]]
                + [[kname(f), f"{f['grade']}年", name(f), f["mobile"], f["addr"]] for f in _f],
    }],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="9人分の緊急連絡先 CSV だが宛先は社内のみ",
)

# 096 広報誌掲載用の新役員一覧（氏名・役職・学年のみ）— 判断が分かれる
_f = take(7)
_roles = ["会長", "副会長", "副会長", "書記", "書記", "会計", "会計監査"]
_yl = "\n".join(f"　{_roles[i]}　{name(f)}（{f['grade']}年）" for i, f in enumerate(_f))
add(
    charset="shift_jis",
    sender=YAMAGISHI,
    to=["錦印刷 原田様 <harada@nishiki-insatsu.co.jp>"],
    subject="広報誌 第1号 P2「新役員紹介」原稿",
    body=f"""原田様

お世話になっております。山岸です。
第1号 P2 の新役員紹介の原稿です。顔写真は使わず、お名前と役職のみ掲載します。

令和8年度 PTA役員（敬称略）
{_yl}

一年間どうぞよろしくお願いいたします。

山岸
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="7人の氏名・役職・子の学年だけ（連絡先なし、会員に公表する情報）：名簿とみるか分かれる",
)

# 097 教育委員会の案内（個人データなし）を協賛先へ転送 — 通常
add(
    charset="utf-8",
    sender=TSUTSUMI,
    to=["川崎電機 総務部 小田様 <oda@kawasaki-denki.co.jp>"],
    subject="FW: 【募集】令和9年度 企業による出前授業 協力企業の募集",
    body="""小田様

いつもお世話になっております。日の出産業の堤です。
市の教育委員会から出前授業の協力企業募集の案内が届きましたので転送します。
昨年お話しした「電気と安全」のテーマで、ご一緒できればと考えております。

---------- Forwarded message ---------
From: 南相原市教育委員会 学校教育課 <gakko-kyoiku@city.minamiaihara.lg.jp>
Date: 2026年11月2日(月) 10:05
Subject: 【募集】令和9年度 企業による出前授業 協力企業の募集

市内事業者の皆さま

令和9年度の「企業による出前授業」の協力企業を募集します。
　対象：市内小中学校（37校）
　内容：キャリア教育・理科・技術・環境などの授業（45〜50分）
　申込：12月18日（金）までに所定の様式で学校教育課へ
　説明会：12月3日（木）15:00 市役所本庁舎 3階 301会議室

南相原市教育委員会 学校教育課 キャリア教育担当
TEL 042-770-8811（直通）
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="転送した内容は行政の募集案内（担当課の代表連絡先のみ）で個人データなし",
)

# 098 卒業記念品の見積書（PDF の表）を学校へ — 通常
add(
    charset="iso-2022-jp",
    sender=TSUTSUMI,
    to=["旭ヶ丘小学校 事務室 <jimu@asahigaoka-es.minamiaihara.ed.jp>"],
    subject="卒業記念品 お見積書の送付",
    body=f"""旭ヶ丘小学校 事務室 御中

お世話になっております。日の出産業の堤です。
卒業記念品（名入れ印鑑セットほか）の見積書をお送りします。
当社協賛分を差し引いた金額でPTA会計へご請求いたします。

{SIG_TSUTSUMI}
""",
    attachments=[{
        "kind": "pdf", "name": "御見積書_卒業記念品.pdf", "title": "御見積書",
        "lines": ["御見積書", "南相原市立旭ヶ丘小学校PTA 御中", "見積番号 HS-Q-2026-118　有効期限 2027/01/31", ""],
        "table": [["品番", "品名", "数量", "単価", "金額"],
                  ["KN-2201", "名入れ印鑑セット（ケース付）", "82", "1,650", "135,300"],
                  ["KN-3005", "記念ボールペン（名入れ）", "82", "420", "34,440"],
                  ["-", "当社協賛（値引）", "1", "-80,000", "-80,000"],
                  ["", "小計", "", "", "89,740"],
                  ["", "消費税（10%）", "", "", "8,974"],
                  ["", "合計", "", "", "98,714"]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="品番・単価・見積番号だけの見積書 PDF",
)

# 099 キャリアメール（docomo）の保護者1名への返信 — 通常
add(
    charset="shift_jis",
    sender=KASHIWAGI,
    to=["南雲さん <nagumo-harumi.0707@docomo.ne.jp>"],
    subject="Re: 防犯ブザーの配布日",
    body="""南雲さん

ご連絡ありがとうございます。柏木です。
協賛企業からの防犯ブザーは、1年生は 4/14（火）の学年集会で配布します。
転入生の分は担任の先生から個別にお渡しする予定です。

よろしくお願いします。
柏木
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="キャリアメールの保護者1名への通常の返信",
)

# 100 見守りポイントの一覧（CSV・人名なし）を交通安全協会へ — 通常
add(
    charset="utf-8",
    sender=OHNO,
    to=["南相原交通安全協会 旭ヶ丘支部 <asahigaoka@minamiaihara-kotsu.or.jp>"],
    subject="来年度の見守りポイントと必要人数",
    body=f"""旭ヶ丘支部 御中

お世話になっております。見守り隊の大野です。
来年度の見守りポイントと時間帯ごとの必要人数をCSVでお送りします。
支部の皆さまに入っていただけるポイントがあれば、ご指定ください。

{SIG_OHNO}
""",
    attachments=[{
        "kind": "csv", "name": "mimamori_points_2027.csv", "encoding": "cp932",
        "rows": [["地点No", "地点名", "時間帯", "必要人数", "備考"],
                 ["P01", "旭ヶ丘交差点", "7:20-8:05", "2", "信号待ちが長い"],
                 ["P02", "北門前", "7:30-8:10", "1", ""],
                 ["P03", "北野歩道橋", "7:25-8:00", "1", "自転車の往来多い"],
                 ["P04", "桜木一丁目", "7:20-8:00", "2", "白線消えかけ"],
                 ["P05", "緑台バス停", "7:30-8:00", "1", "路上駐車あり"],
                 ["P06", "旭ヶ丘公園北側遊歩道", "15:30-17:00", "2", "下校時のみ"]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="場所・時間帯・必要人数の一覧で、人の記録ではない",
)
