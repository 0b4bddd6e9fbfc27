"""Blind corpus — area: ngo.

日の出産業株式会社 CSR推進部 と 公益財団法人 日の出産業社会貢献財団（事務局は同社内、
全員 @hinode-sangyo.co.jp）が、協働する NPO・社協・自治体・大学・取引先と交わすメール：
ボランティア、寄附者と寄附金受領証明書、災害支援、フードバンク、子ども食堂、難民支援、
奨学金。Every person, number and address below is invented.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from build import card_number, my_number

# -- invented people ----------------------------------------------------------------------

_SUR = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("東海林", "ショウジ", "Shoji"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("五十嵐", "イガラシ", "Igarashi"), ("一寸木", "チョッキ", "Chokki"), ("鬼頭", "キトウ", "Kito"),
    ("帷子", "カタビラ", "Katabira"), ("比嘉", "ヒガ", "Higa"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("百瀬", "モモセ", "Momose"), ("及川", "オイカワ", "Oikawa"),
    ("舘", "タテ", "Tate"), ("瀬戸口", "セトグチ", "Setoguchi"), ("宇佐美", "ウサミ", "Usami"),
    ("柘植", "ツゲ", "Tsuge"), ("蓮見", "ハスミ", "Hasumi"), ("今泉", "イマイズミ", "Imaizumi"),
    ("日比野", "ヒビノ", "Hibino"), ("真栄田", "マエダ", "Maeda"), ("左右田", "ソウダ", "Soda"),
]
_GIV_M = [
    ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健一", "ケンイチ", "Kenichi"),
    ("拓海", "タクミ", "Takumi"), ("誠", "マコト", "Makoto"), ("浩二", "コウジ", "Koji"),
    ("陽斗", "ハルト", "Haruto"), ("隆之", "タカユキ", "Takayuki"), ("悠真", "ユウマ", "Yuma"),
    ("勝", "マサル", "Masaru"), ("蓮", "レン", "Ren"), ("義雄", "ヨシオ", "Yoshio"),
    ("颯", "ハヤテ", "Hayate"), ("徹", "トオル", "Toru"), ("正樹", "マサキ", "Masaki"),
    ("和也", "カズヤ", "Kazuya"), ("修", "オサム", "Osamu"), ("湊", "ミナト", "Minato"),
]
_GIV_F = [
    ("美咲", "ミサキ", "Misaki"), ("陽子", "ヨウコ", "Yoko"), ("由美", "ユミ", "Yumi"),
    ("さくら", "サクラ", "Sakura"), ("恵子", "ケイコ", "Keiko"), ("真由", "マユ", "Mayu"),
    ("結衣", "ユイ", "Yui"), ("千尋", "チヒロ", "Chihiro"), ("和子", "カズコ", "Kazuko"),
    ("葵", "アオイ", "Aoi"), ("芽衣", "メイ", "Mei"), ("久美子", "クミコ", "Kumiko"),
    ("沙織", "サオリ", "Saori"), ("ひかり", "ヒカリ", "Hikari"), ("典子", "ノリコ", "Noriko"),
    ("玲奈", "レイナ", "Reina"),
]
_ADDR = [
    ("東京都", "江東区", "南砂", "136", "03"), ("東京都", "足立区", "西新井栄町", "123", "03"),
    ("東京都", "板橋区", "大山金井町", "173", "03"), ("神奈川県", "横浜市鶴見区", "潮田町", "230", "045"),
    ("神奈川県", "川崎市幸区", "南加瀬", "212", "044"), ("埼玉県", "川口市", "芝新町", "333", "048"),
    ("千葉県", "船橋市", "習志野台", "274", "047"), ("東京都", "葛飾区", "東金町", "125", "03"),
    ("東京都", "大田区", "西糀谷", "144", "03"), ("埼玉県", "草加市", "谷塚上町", "340", "048"),
    ("千葉県", "松戸市", "常盤平", "270", "047"), ("東京都", "八王子市", "散田町", "193", "042"),
    ("東京都", "北区", "赤羽西", "115", "03"), ("神奈川県", "相模原市南区", "相模台", "252", "042"),
]
_NOTO = [
    ("石川県", "七尾市", "田鶴浜町", "929", "0767"), ("石川県", "七尾市", "中島町浜田", "929", "0767"),
    ("石川県", "志賀町", "富来領家町", "925", "0767"), ("石川県", "穴水町", "字大町", "927", "0768"),
]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
_BANKS = [("みどり銀行", "本店営業部"), ("みどり銀行", "葵支店"), ("東都銀行", "上野支店"),
          ("はやぶさ信用金庫", "本店"), ("さざなみ銀行", "川口支店"), ("あけぼの信用組合", "船橋支店"),
          ("東都銀行", "亀有支店")]
_BLDG = ["メゾン若葉", "コーポ南砂", "ハイツ青空", "グランデさくら", "サンハイム東", "パレス栄"]


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, y0, ab = "令和", 2018, "R"
    elif d >= date(1989, 1, 8):
        era, y0, ab = "平成", 1988, "H"
    else:
        era, y0, ab = "昭和", 1925, "S"
    y = d.year - y0
    if style == "abbr":
        return f"{ab}{y}.{d.month}.{d.day}"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


_ZEN = str.maketrans("0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ", "０１２３４５６７８９－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(n - _width(s), 1)


def person(seed: str, sex: str | None = None, age: tuple[int, int] = (22, 68),
           area: list | None = None) -> dict:
    r = random.Random(f"ngo-person-{seed}")
    sex = sex or r.choice("MF")
    s = r.choice(_SUR)
    g = r.choice(_GIV_M if sex == "M" else _GIV_F)
    pref, city, town, z3, code = r.choice(area or _ADDR)
    bldg = r.choice(["", "", "", f" {r.choice(_BLDG)}{r.randint(1, 4)}0{r.randint(1, 8)}"])
    addr = f"{pref}{city}{town}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 25)}{bldg}"
    yrs = r.randint(*age)
    dob = date(2026 - yrs, r.randint(1, 12), r.randint(1, 28))
    mobile = f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    if code == "03":
        tel = f"03-{r.randint(3000, 6999)}-{r.randint(1000, 9999)}"
    elif len(code) == 4:
        tel = f"{code}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
    else:
        tel = f"{code}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"
    mail = f"{g[2].lower()}{r.choice(['.', '_', ''])}{s[2].lower()}{r.randint(1, 99)}@{r.choice(_FREEMAIL)}"
    b = r.choice(_BANKS)
    return {
        "sur": s[0], "given": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
        "romaji": f"{g[2]} {s[2].upper()}", "sex": "男" if sex == "M" else "女",
        "zip": f"{z3}-{r.randint(1, 9999):04d}", "addr": addr, "dob": dob, "age": yrs,
        "mobile": mobile, "tel": tel, "email": mail,
        "bank": f"{b[0]} {b[1]} 普通 {r.randint(1000000, 9999999)}",
    }


def people(seed: str, n: int, **kw) -> list[dict]:
    return [person(f"{seed}-{i}", **kw) for i in range(n)]


def corp_number(seed: str) -> str:
    """A 13-digit 法人番号 with a valid check digit (first digit)."""
    r = random.Random(f"ngo-corp-{seed}")
    base = [r.randrange(10) for _ in range(12)]
    base[0] = r.randrange(1, 10)
    total = sum(base[12 - n] * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + "".join(map(str, base))


def grp(num: str, sep: str = " ") -> str:
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


# -- signatures and disclaimers -------------------------------------------------------------

SIG_SAEKI = """
--
日の出産業株式会社 CSR推進部 社会貢献グループ
佐伯 奈緒子（さえき なおこ）
〒103-0027 東京都中央区日本橋2-9-14 日の出産業ビル7F
TEL 03-5204-7731（直通） FAX 03-5204-7739
saeki.naoko@hinode-sangyo.co.jp
"""

SIG_OKOCHI = """
━━━━━━━━━━━━━━━━━━━━━━━━
公益財団法人 日の出産業社会貢献財団 事務局長
（日の出産業株式会社 CSR推進部 兼務）
大河内 亮  Ryo Okochi
〒103-0027 東京都中央区日本橋2-9-14 日の出産業ビル6F
TEL: 03-5204-7750  FAX: 03-5204-7759
Mail: okochi.ryo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_AIMONO = """
------------------------------------------
日の出産業株式会社 CSR推進部
フードバンク・食品寄贈 担当  四十物 誠（あいもの まこと）
TEL 03-5204-7733 / 携帯 080-3391-0458
〒103-0027 東京都中央区日本橋2-9-14
------------------------------------------
"""

SIG_NONOMURA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
公益財団法人 日の出産業社会貢献財団
奨学事業担当　野々村 真理
TEL 03-5204-7752（平日 9:30〜17:30）
nonomura.mari@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SIG_HORI = """
--------------------------------
日の出産業株式会社 経理部 財団経理担当
堀之内 健太
TEL 03-5204-7120（内線 2214）
horinouchi.kenta@hinode-sangyo.co.jp
--------------------------------
"""

SIG_DOMEKI = """
==============================
日の出産業株式会社 CSR推進部
災害支援チーム リーダー 百目鬼 弘（どうめき ひろし）
災害対応携帯 090-6128-3307
TEL 03-5204-7735
〒103-0027 東京都中央区日本橋2-9-14 日の出産業ビル7F
==============================
"""

SIG_TAKANASHI = """
--
小鳥遊 葵（たかなし あおい）
日の出産業株式会社 CSR推進部 多文化共生プロジェクト
TEL 03-5204-7736 / takanashi.aoi@hinode-sangyo.co.jp
"""

SIG_TAKANASHI_EN = """
--
Aoi Takanashi
Multicultural Inclusion Project, CSR Department
Hinode Sangyo Co., Ltd.
2-9-14 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5204-7736
"""

DISC_JP = """
――――――――――――――――――――――――
本メールには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、
本メールおよび添付ファイルを破棄していただきますようお願いいたします。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
"""

SAEKI = "佐伯 奈緒子 <saeki.naoko@hinode-sangyo.co.jp>"
OKOCHI = "大河内 亮 <okochi.ryo@hinode-sangyo.co.jp>"
AIMONO = "四十物 誠 <aimono.makoto@hinode-sangyo.co.jp>"
NONOMURA = "野々村 真理 <nonomura.mari@hinode-sangyo.co.jp>"
HORI = "堀之内 健太 <horinouchi.kenta@hinode-sangyo.co.jp>"
DOMEKI = "百目鬼 弘 <domeki.hiroshi@hinode-sangyo.co.jp>"
TAKANASHI = "小鳥遊 葵 <takanashi.aoi@hinode-sangyo.co.jp>"
TAKANASHI_EN = "Aoi Takanashi <takanashi.aoi@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


# =========================================================================================
# STOP — lists of people
# =========================================================================================

# ngo-001: plain-text table padded with spaces, food bank delivery households
_p = people("001", 8, age=(30, 85))
_rows = "\n".join(
    f"{i + 1:<4}{pad(p['name'], 14)}{pad(p['tel'] if i % 3 else p['mobile'], 16)}{pad(p['addr'], 44)}{(i * 7) % 5 + 1}"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "ngo-001", "expect": "stop", "charset": "iso-2022-jp",
    "sender": AIMONO,
    "to": ["フードバンクみなと 配送担当 <haisou@foodbank-minato.or.jp>"],
    "subject": "11月15日 個別配送分 対象世帯一覧（社員ボランティア担当分）",
    "body": f"""フードバンクみなと 配送ご担当 各位

いつもお世話になっております。日の出産業CSR推進部の四十物です。
11月15日（日）に当社社員ボランティアが担当する個別配送分について、
対象世帯の一覧を以下にお送りします。配送ルートの作成にご利用ください。

No  氏名          電話            住所                                        人数
--- ------------- --------------- ------------------------------------------- ----
{_rows}

※4番・7番の世帯は、玄関先での受け渡しではなく置き配を希望されています。
※当日は車両2台（品川500 さ 12-34 / 品川500 さ 56-78）で回ります。

よろしくお願いいたします。
{SIG_AIMONO}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "8世帯の氏名・電話・住所の表を外部NPOへ本文で送付（5名以上の名簿）",
})

# ngo-002: tab-separated paste, volunteer insurance enrolment
_p = people("002", 7, age=(24, 62))
_rows = "\n".join(f"{p['name']}\t{p['kana']}\t{p['dob']:%Y/%m/%d}\t{p['addr']}\t{p['mobile']}" for p in _p)
MESSAGES.append({
    "id": "ngo-002", "expect": "stop", "charset": "cp932",
    "sender": SAEKI,
    "to": ["葵市社会福祉協議会 ボランティアセンター <vc@aoi-shakyo.or.jp>"],
    "subject": "ボランティア活動保険 加入者名簿の送付（日の出産業 社員ボランティア）",
    "body": f"""葵市社会福祉協議会
ボランティアセンター 御中

平素より大変お世話になっております。
日の出産業株式会社 CSR推進部の佐伯でございます。

先日ご案内いただきましたボランティア活動保険（天災タイプ）について、
今年度の追加加入者7名分をお送りいたします。
Excelから貼り付けておりますので、列がずれて見えるかもしれません。

氏名\tフリガナ\t生年月日\t住所\t電話番号
{_rows}

保険料は7名分（1名 710円）を、来週中に窓口にてお支払いに伺います。
ご確認のほど、よろしくお願いいたします。
{SIG_SAEKI}{DISC_JP}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "7名の氏名・生年月日・住所・電話をタブ区切りで社協へ（名簿）；免責文は無関係",
})

# ngo-003: CSV (CP932) attachment, donors' addresses for thank-you letters
_p = people("003", 14, age=(35, 88))
_rows = [["寄附者ID", "郵便番号", "住所1", "住所2", "氏名", "敬称", "寄附額(円)"]]
for i, p in enumerate(_p):
    a = p["addr"].split(" ")
    _rows.append([f"D-{20310 + i * 17}", p["zip"], a[0], a[1] if len(a) > 1 else "", p["name"], "様",
                  str([3000, 5000, 10000, 30000, 100000][i % 5])])
MESSAGES.append({
    "id": "ngo-003", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OKOCHI,
    "to": ["錦印刷 山岸様 <yamagishi@nishiki-insatsu.co.jp>"],
    "subject": "年末お礼状 宛名印字データのご送付",
    "body": f"""錦印刷株式会社
営業部 山岸様

いつもお世話になっております。日の出産業社会貢献財団の大河内です。

先日お見積りいただいた年末のお礼状（はがき、宛名印字あり）につきまして、
宛名データをCSVで添付いたします。全14件です。
敬称はすべて「様」でお願いします。

校正は12月5日（金）までに拝見できれば幸いです。
{SIG_OKOCHI}""",
    "attachments": [{"kind": "csv", "name": "寄附者宛名データ_2026年末.csv", "encoding": "cp932", "rows": _rows}],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "個人寄附者14名の氏名・住所・寄附額のCSV（CP932）を印刷会社へ",
})

# ngo-004: XLSX, several sheets with a title row: scholarship students with bank accounts
_new = people("004n", 6, age=(18, 20))
_cont = people("004c", 5, age=(19, 22))
_hdr = ["学籍番号", "氏名", "フリガナ", "生年月日", "現住所", "携帯電話", "振込口座"]


def _stu(ps, base):
    return [[f"{base}{i * 37 + 11:04d}", p["name"], p["kana"], p["dob"].isoformat(), p["addr"], p["mobile"], p["bank"]]
            for i, p in enumerate(ps)]


MESSAGES.append({
    "id": "ngo-004", "expect": "stop", "charset": "utf-8",
    "sender": NONOMURA,
    "to": ["南野大学 学生支援課 奨学金係 <shogakukin@minamino-u.ac.jp>"],
    "subject": "【日の出産業奨学金】2026年度 奨学生名簿および振込口座のご確認",
    "body": f"""南野大学 学生支援課 奨学金係 ご担当者様

いつも大変お世話になっております。
日の出産業社会貢献財団 奨学事業担当の野々村です。

2026年度の奨学生名簿（新規採用・継続）を添付のExcelにてお送りします。
初回振込（11月25日予定）の前に、学籍番号と振込口座に相違がないか
ご確認いただけますでしょうか。

お手数をおかけしますが、11月14日（金）までにご返信いただけますと助かります。
{SIG_NONOMURA}""",
    "attachments": [{
        "kind": "xlsx", "name": "2026年度_奨学生名簿_南野大学.xlsx", "title": "2026年度 奨学生名簿",
        "sheets": {
            "新規採用": [["日の出産業奨学金 2026年度 新規奨学生名簿（南野大学）"], [], _hdr] + _stu(_new, "26E"),
            "継続": [["継続奨学生（2025年度採用）"], [], _hdr] + _stu(_cont, "25E"),
            "記入例": [["※口座は本人名義のみ。ゆうちょ銀行の場合は振込用の店名・口座番号を記入。"]],
        }}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "奨学生11名の生年月日・住所・携帯・口座をXLSX（複数シート・表題行付き）で大学へ",
})

# ngo-005: HTML-only mail with a table, disaster volunteers to the field coordinator
_p = people("005", 6, age=(25, 58))
_kin = people("005k", 6, age=(25, 80))
_trs = "\n".join(
    f"<tr><td>{p['name']}</td><td>{['営業部', '物流部', '総務部', '経理部', '製造部', '情報システム部'][i]}</td>"
    f"<td>{p['mobile']}</td><td>{p['email']}</td><td>{['妻', '夫', '母', '父', '妻', '姉'][i]}・{k['mobile']}</td></tr>"
    for i, (p, k) in enumerate(zip(_p, _kin)))
MESSAGES.append({
    "id": "ngo-005", "expect": "stop", "charset": "utf-8",
    "sender": DOMEKI,
    "to": ["災害支援ネットはまかぜ 現地コーディネーター <coordinator@hamakaze-saigai.or.jp>"],
    "subject": "第3陣 派遣ボランティア名簿（10/24〜10/26）",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>災害支援ネットはまかぜ<br>現地コーディネーター 浜口様</p>
<p>お疲れさまです。日の出産業の百目鬼です。<br>
第3陣として派遣する社員ボランティア6名の名簿をお送りします。<br>
現地での班分けと緊急時の連絡にお使いください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde7f3"><th>氏名</th><th>所属</th><th>携帯</th><th>メール（個人）</th><th>緊急連絡先</th></tr>
{_trs}
</table>
<p>集合は10/24 7:00 七尾駅前ロータリー、宿泊は例の公民館でお願いします。</p>
<p>==============================<br>日の出産業株式会社 CSR推進部<br>
災害支援チーム 百目鬼 弘<br>災害対応携帯 090-6128-3307</p>
</body></html>""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTMLのみのメール：派遣者6名の携帯・個人メール・緊急連絡先の表を外部団体へ",
})

# ngo-006: 「・」 bullets, children's cafeteria Christmas party sign-ups
_p = people("006", 6, age=(28, 45))
_kids = ["小3・年長", "小1", "小5・小2・2歳", "中1", "小4", "年中・小2"]
_bul = "\n".join(
    f"・{p['name']} 様（お子さん：{_kids[i]}）　{p['mobile']}" + (f"　{p['email']}" if i % 2 == 0 else "")
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "ngo-006", "expect": "stop", "charset": "utf-8",
    "sender": SAEKI,
    "to": ["あおい子ども食堂ネットワーク 事務局 <jimukyoku@kodomoshokudo-aoi.jp>"],
    "subject": "12/20 クリスマス会 申込み状況（日の出産業 社員食堂会場分）",
    "body": f"""あおい子ども食堂ネットワーク 事務局
小野寺さん

お世話になっております、日の出産業の佐伯です。
社員食堂を会場にするクリスマス会、昨日までの申込み状況です。

{_bul}

以上6家族、保護者を含めて22名の予定です。
当日の連絡はネットワークさんの方からしていただけるとのことでしたので、
連絡先も一緒に載せています。よろしくお願いします。
{SIG_SAEKI}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "「・」箇条書きで6家族の保護者氏名・携帯・メールを外部NPOへ",
})

# ngo-007: one block per person, co-funded scholarship candidates
_p = people("007", 5, age=(17, 18))
_schools = ["県立川口北高校", "都立葛飾野高校", "県立船橋東高校", "市立横浜総合高校", "都立北園高校"]
_blocks = "\n\n".join(
    f"■候補者{i + 1}\n氏名：{p['name']}（{p['kana']}）\n生年月日：{wareki(p['dob'])}\n"
    f"住所：〒{p['zip']} {p['addr']}\n電話：{p['mobile']}\nメール：{p['email']}\n在籍：{_schools[i]} 3年"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "ngo-007", "expect": "stop", "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["あおぞら教育基金 事業部 <jigyo@aozora-kikin.or.jp>"],
    "subject": "共同奨学プログラム 推薦候補者5名の情報",
    "body": f"""公益財団法人あおぞら教育基金
事業部 ご担当者様

いつもお世話になっております。日の出産業社会貢献財団の野々村です。
共同奨学プログラムの二次面接に進む候補者5名の情報をお送りします。
面接日程のご連絡は貴基金からお願いできればと存じます。

{_blocks}

以上、ご確認のほどよろしくお願いいたします。
{SIG_NONOMURA}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "1人1ブロックで高校生5名の生年月日（和暦）・住所・電話・メールを外部財団へ",
})

# ngo-008: DOCX table, Japanese class for refugees, with ethnic origin
_ref = [
    ("Hkawng Lu Seng", "ミャンマー（カチン）"), ("Zarifa HAIDARI", "アフガニスタン（ハザラ）"),
    ("Mehmet ARSLAN", "トルコ（クルド）"), ("Tharmini SELVARAJAH", "スリランカ（タミル）"),
    ("Abdi Gemechu TOLA", "エチオピア（オロモ）"), ("Mohammed SALIM", "ミャンマー（ロヒンギャ）"),
]
_p = people("008", 6)
_tbl = [["No", "氏名", "出身・民族", "電話", "住所", "備考"]] + [
    [str(i + 1), n, o, p["mobile"], p["addr"], ["", "子連れ参加", "", "夜間のみ", "", "通訳要"][i]]
    for i, ((n, o), p) in enumerate(zip(_ref, _p))]
MESSAGES.append({
    "id": "ngo-008", "expect": "stop", "charset": "utf-8",
    "sender": TAKANASHI,
    "to": ["ともに難民サポート 日本語教室担当 <nihongo@tomoni-refugee.or.jp>"],
    "subject": "日本語教室（日の出産業 会議室開催）受講者名簿",
    "body": f"""ともに難民サポート
日本語教室ご担当 水野様

お世話になっております。小鳥遊です。
来月から当社会議室で開く日本語教室の受講者名簿を、Wordで添付します。
講師の方の配置を考える際に、出身や言語の情報も参考になるかと思い入れてあります。

ご確認ください。
{SIG_TAKANASHI}""",
    "attachments": [{
        "kind": "docx", "name": "日本語教室_受講者名簿.docx",
        "paragraphs": ["日本語教室（日の出産業会場）受講者名簿", "2026年11月開講クラス"],
        "tables": [_tbl]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX表：難民6名の氏名・電話・住所と民族的出自（要配慮）を外部NPOへ",
})

# ngo-009: PDF table, register of donation receipts to the tax accountant
_p = people("009", 12, age=(30, 85))
_tbl = [["証明書No", "寄附日", "氏名", "住所", "金額"]] + [
    [f"R26-{101 + i * 3:04d}", f"2026/{4 + i // 3:02d}/{(i * 5) % 27 + 1:02d}", p["name"], p["addr"],
     f"{[5000, 10000, 3000, 50000][i % 4]:,}円"] for i, p in enumerate(_p)]
MESSAGES.append({
    "id": "ngo-009", "expect": "stop", "charset": "cp932",
    "sender": HORI,
    "to": ["木村税理士事務所 <office@kimura-tax.jp>"],
    "subject": "寄附金受領証明書 発行台帳（2026年度上期）",
    "body": f"""木村税理士事務所 御中

いつもお世話になっております。日の出産業 経理部の堀之内です。
財団の寄附金受領証明書について、上期の発行台帳をPDFでお送りします。
税額控除対象法人の実績報告の準備にご利用ください。

不明点がありましたらご連絡ください。
{SIG_HORI}""",
    "attachments": [{
        "kind": "pdf", "name": "寄附金受領証明書_発行台帳_2026上期.pdf", "title": "寄附金受領証明書 発行台帳",
        "lines": ["公益財団法人 日の出産業社会貢献財団", "寄附金受領証明書 発行台帳（2026年4月〜9月）", ""],
        "table": _tbl}],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF表：個人寄附者12名の氏名・住所・金額を税理士へ",
})

# ngo-010: ZIP (no password) with a CSV (UTF-8) and a DOCX: event insurance for employees
_p = people("010", 10, age=(23, 60))
_csv = [["社員番号", "氏名", "カナ", "生年月日", "性別", "携帯"]] + [
    [f"H{70412 + i * 29}", p["name"], p["kana"], p["dob"].strftime("%Y/%m/%d"), p["sex"], p["mobile"]]
    for i, p in enumerate(_p)]
MESSAGES.append({
    "id": "ngo-010", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["福沢損害保険 団体保険課 <dantai@fukuzawa-sonpo.co.jp>"],
    "subject": "社員ボランティア 行事保険 申込書類一式（11/29 河川清掃）",
    "body": f"""福沢損害保険株式会社
団体保険課 御中

お世話になっております。日の出産業の佐伯です。
11/29の河川清掃活動について、行事保険の申込書類一式をZIPにまとめてお送りします。
（申込書、参加者名簿の2点です）

参加者は10名です。内容に不備があればご指摘ください。
{SIG_SAEKI}""",
    "attachments": [{
        "kind": "zip", "name": "行事保険申込_1129河川清掃.zip",
        "files": [
            {"kind": "docx", "name": "行事保険申込書.docx",
             "paragraphs": ["国内旅行傷害保険（行事参加者）申込書", "契約者：日の出産業株式会社",
                            "行事名：葵川 河川清掃ボランティア", "実施日：2026年11月29日 9:00〜12:00",
                            "参加人数：10名（別紙名簿のとおり）"]},
            {"kind": "csv", "name": "参加者名簿.csv", "encoding": "utf-8", "rows": _csv},
        ]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "ZIP内のUTF-8 CSVに社員10名の生年月日・携帯：保険会社へ",
})

# ngo-011: forwarded mail attached (message/rfc822) holding a list of households
_p = people("011", 5, age=(30, 75))
_lst = "\n".join(
    f"({i + 1}) {p['name']}さん　{p['addr']}　TEL {p['tel']}　{[3, 5, 2, 4, 1][i]}人世帯"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "ngo-011", "expect": "stop", "charset": "iso-2022-jp",
    "sender": AIMONO,
    "to": ["北国フーズ CSR室 長峰様 <nagamine@kitaguni-foods.co.jp>"],
    "subject": "FW: 【フードバンクみなと】年末特別配布 希望世帯について",
    "body": f"""北国フーズ株式会社
CSR室 長峰様

お世話になっております。日の出産業の四十物です。
年末特別配布の件、フードバンクみなとさんから届いたメールを転送します。
御社からご寄贈いただく年末セットの数量検討にお役立てください。
{SIG_AIMONO}""",
    "attachments": [{
        "kind": "eml", "name": "【フードバンクみなと】年末特別配布 希望世帯について.eml",
        "message": {
            "sender": "フードバンクみなと 田所 <tadokoro@foodbank-minato.or.jp>",
            "to": [AIMONO], "charset": "iso-2022-jp",
            "subject": "【フードバンクみなと】年末特別配布 希望世帯について",
            "body": f"""日の出産業 四十物様

いつもありがとうございます。フードバンクみなとの田所です。
年末特別配布で、御社の社員さんに届けていただきたい世帯は次の5世帯です。

{_lst}

どうぞよろしくお願いします。
--
NPO法人フードバンクみなと 田所 里美
TEL 03-6458-2210""",
        }}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "転送（eml添付）：NPOからのメールにある5世帯の氏名・住所・電話を別の外部企業へ",
})

# ngo-012: inline forward, evacuees at home with care needs (medical)
_p = people("012", 7, age=(60, 92), area=_NOTO)
_needs = ["人工透析（週3回通院）", "なし", "在宅酸素療法", "車いす使用", "なし", "インスリン注射", "認知症（要見守り）"]
_rows = "\n".join(
    f"{pad(p['name'], 12)}{p['age']}歳  {pad(p['addr'], 36)}{pad(p['tel'], 14)}{_needs[i]}"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "ngo-012", "expect": "stop", "charset": "cp932",
    "sender": DOMEKI,
    "to": ["青葉運輸 特積営業部 千葉様 <chiba.t@aoba-unyu.co.jp>"],
    "subject": "転送: 在宅避難者への物資個別配送リスト",
    "body": f"""青葉運輸株式会社
特積営業部 千葉様

いつも救援物資の輸送でお世話になっております。日の出産業の百目鬼です。
現地本部から届いた在宅避難者のリストを転送しますので、
個別配送の順番と車両の割り当てをご検討いただけますでしょうか。

---------- 転送メッセージ ----------
From: 災害支援ネットはまかぜ 現地本部 <honbu@hamakaze-saigai.or.jp>
Date: 2026年10月19日 21:14
Subject: 在宅避難者リスト（七尾・志賀方面）
To: 百目鬼 弘 <domeki.hiroshi@hinode-sangyo.co.jp>

百目鬼さん
在宅避難の方で、物資の個別配送が必要な方のリストです。
配慮事項の欄をドライバーさんにも共有してください。

氏名        年齢  住所                                電話          配慮事項
{_rows}

はまかぜ現地本部 浜口
{SIG_DOMEKI}""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "インライン転送：被災者7名の住所・電話と病状（透析・在宅酸素等）を運送会社へ",
})

# ngo-013: English, CSV (UTF-8) of refugee beneficiaries to a foreign partner
_names = ["Aung Min THU", "Hnin Wai PHYO", "Mohammad Reza RAHIMI", "Fatima NOORI",
          "Ahmet YILDIZ", "Grace AKINYI", "Samuel BEKELE"]
_p = people("013", 7, age=(20, 55))
_csv = [["Case ID", "Full name", "Date of birth", "Mobile", "Address in Japan", "Household size"]] + [
    [f"TJ-{2417 + i * 13}", n, p["dob"].strftime("%d/%m/%Y"), p["mobile"], p["addr"], str([4, 1, 5, 3, 2, 6, 1][i])]
    for i, (n, p) in enumerate(zip(_names, _p))]
MESSAGES.append({
    "id": "ngo-013", "expect": "stop", "charset": "utf-8",
    "sender": TAKANASHI_EN,
    "to": ["Priya Raman <priya.raman@asiabridge-relief.org>"],
    "subject": "Resettlement support - beneficiary list for Q4 cash grants",
    "body": f"""Dear Priya,

Thank you for the call yesterday. As agreed, please find attached the list of
households we propose for the Q4 cash grants under our joint programme.
Could your finance team check it against your records before we transfer the funds?

Best regards,
Aoi
{SIG_TAKANASHI_EN}{DISC_EN}""",
    "attachments": [{"kind": "csv", "name": "beneficiaries_Q4_2026.csv", "encoding": "utf-8", "rows": _csv}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "English mail with UTF-8 CSV of 7 beneficiaries (DOB, mobile, address) to a foreign NGO",
})

# ngo-014: legacy XLS, watch volunteers register for the city
_p = people("014", 8, age=(40, 75))
_days = ["月・水", "土日", "平日午前", "火", "随時", "金", "土", "水・木"]
MESSAGES.append({
    "id": "ngo-014", "expect": "stop", "charset": "cp932",
    "sender": SAEKI,
    "to": ["葵市 福祉政策課 <fukushi-seisaku@city.aoi.lg.jp>"],
    "subject": "災害時要支援者 見守りボランティア登録者一覧（様式第3号）",
    "body": f"""葵市役所 福祉政策課
地域支え合い係 ご担当者様

お世話になっております。日の出産業株式会社 CSR推進部の佐伯です。
見守りボランティアの登録者一覧を、市の指定様式（様式第3号、xls）でお送りします。
当社OB・OGの方を中心に8名です。

よろしくお願いいたします。
{SIG_SAEKI}""",
    "attachments": [{
        "kind": "xls", "name": "様式第3号_見守りボランティア登録者一覧.xls",
        "sheets": {"様式第3号": [["様式第3号　見守りボランティア登録者一覧"], ["団体名", "日の出産業株式会社"],
                                 ["登録番号", "氏名", "性別", "年齢", "住所", "電話", "活動可能日"]] + [
            [f"M-{318 + i}", p["name"], p["sex"], p["age"], p["addr"], p["tel"], _days[i]] for i, p in enumerate(_p)]}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "旧形式XLS：8名の氏名・住所・電話を市役所へ",
})

# ngo-015: PDF table, children's cafeteria user register
_par = people("015", 7, age=(27, 48))
_kid = people("015k", 7, age=(6, 14))
_tbl = [["登録No", "保護者氏名", "子ども（学年）", "連絡先", "住所"]] + [
    [f"K-{41 + i}", p["name"], f"{k['given']}（{['小2', '小4', '中1', '小1', '小6', '小3', '中2'][i]}）", p["mobile"], p["addr"]]
    for i, (p, k) in enumerate(zip(_par, _kid))]
MESSAGES.append({
    "id": "ngo-015", "expect": "stop", "charset": "utf-8",
    "sender": SAEKI,
    "to": ["ひだまり食堂 <info@hidamari-shokudo.jp>"],
    "subject": "利用登録台帳（10月末時点）の共有",
    "body": f"""ひだまり食堂
運営スタッフの皆さま

いつもありがとうございます。日の出産業の佐伯です。
当社社員食堂での出張開催に向けて、利用登録台帳（10月末時点）をPDFにしました。
受付で名前の確認に使っていただければと思います。
{SIG_SAEKI}""",
    "attachments": [{"kind": "pdf", "name": "利用登録台帳_202610.pdf",
                     "lines": ["ひだまり食堂 利用登録台帳（2026年10月31日時点）"], "table": _tbl}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF表：子ども食堂の利用者7家族の保護者氏名・携帯・住所を外部へ",
})

# ngo-016: PPTX, volunteer leaders' private contacts on a slide for the hotel
_p = people("016", 5, age=(25, 50))
_roles = ["受付リーダー", "会場誘導", "オークション係", "募金箱・会計", "子ども向けブース"]
MESSAGES.append({
    "id": "ngo-016", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OKOCHI,
    "to": ["さくらホテル 宴会営業部 <banquet@sakura-hotel.jp>"],
    "subject": "チャリティ・ガラ（12/6）当日運営体制の資料",
    "body": f"""さくらホテル
宴会営業部 藤森様

いつもお世話になっております。日の出産業社会貢献財団の大河内です。
12/6のチャリティ・ガラについて、当日の運営体制をパワーポイントにまとめましたので
お送りいたします。4枚目に各係のリーダーの連絡先を載せています。
当日の細かな調整は各リーダーと直接お願いできれば幸いです。
{SIG_OKOCHI}""",
    "attachments": [{
        "kind": "pptx", "name": "チャリティガラ_当日運営体制.pptx",
        "slides": [
            ["チャリティ・ガラ 2026", "日時：12月6日（土）17:00〜20:30", "会場：さくらホテル 2F 鳳凰の間"],
            ["タイムテーブル", "15:00 スタッフ集合", "16:30 受付開始", "17:00 開会", "19:00 チャリティオークション"],
            ["係分担", "受付 6名", "誘導 4名", "オークション 3名", "会計 2名", "子どもブース 3名"],
            ["各係リーダー連絡先"] + [f"{_roles[i]}：{p['name']}　{p['mobile']}　{p['email']}" for i, p in enumerate(_p)],
        ]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PPTXのスライドにボランティア5名の個人携帯・個人メールを載せてホテルへ",
})

# ngo-017: full-width digits, 和暦 birth dates, elderly living alone in temporary housing
_p = people("017", 6, age=(75, 93), area=_NOTO)
_lines = "\n".join(
    f"{zen(str(i + 1))}．{p['name']}　{zen(wareki(p['dob']))}生　{zen(p['addr'].split(' ')[0])}　応急仮設{zen('A')}－{zen(str(10 + i * 3))}　電話{zen(p['tel'])}"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "ngo-017", "expect": "stop", "charset": "cp932",
    "sender": DOMEKI,
    "to": ["はまかぜ 見守り班 <mimamori@hamakaze-saigai.or.jp>"],
    "subject": "仮設住宅 独居高齢者 見守り訪問先（第２地区）",
    "body": f"""はまかぜ見守り班のみなさま

日の出産業の百目鬼です。
来週から当社ボランティアが担当する第２地区の訪問先です。
町の担当者さんから紙でいただいたものを打ち直しています。

{_lines}

訪問は２人１組、１５時までに終えるようにします。
{SIG_DOMEKI}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "全角数字・和暦生年月日で高齢者6名の住所・電話を外部団体へ",
})

# ngo-018: comma-separated text pasted in the body, thank-you calls vendor
_p = people("018", 9, age=(40, 85))
_csvtxt = "\n".join(f"{p['name']},{p['kana']},{p['tel'] if i % 2 else p['mobile']},{[10000, 30000, 5000][i % 3]},{i % 4 + 1}"
                    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "ngo-018", "expect": "stop", "charset": "utf-8",
    "sender": OKOCHI,
    "to": ["コールプラス株式会社 NPO支援チーム <project-ngo@callplus.co.jp>"],
    "subject": "お礼コール対象者データ（本文貼り付け）",
    "body": f"""コールプラス株式会社
NPO支援チーム 井口様

お世話になっております。日の出産業社会貢献財団の大河内です。
ファイル添付ができない環境とのことでしたので、対象者データを本文に貼り付けます。
（CSV形式：氏名,フリガナ,電話番号,寄附額,寄附回数）

{_csvtxt}

架電は11/10〜11/14の平日18時まででお願いいたします。
{SIG_OKOCHI}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "本文にカンマ区切りで寄附者9名の氏名・電話を貼り付けて委託先へ",
})

# ngo-019: ZIP of a PDF and a DOCX, disaster condolence payments to the city
_p = people("019", 6, age=(35, 80), area=_NOTO)
_tbl = [["No", "申請者氏名", "被災住所", "罹災証明書番号", "振込口座"]] + [
    [str(i + 1), p["name"], p["addr"], f"七尾第{2026041 + i * 7}号", p["bank"]] for i, p in enumerate(_p)]
MESSAGES.append({
    "id": "ngo-019", "expect": "stop", "charset": "iso-2022-jp",
    "sender": HORI,
    "to": ["葵市 危機管理課 <kikikanri@city.aoi.lg.jp>"],
    "subject": "被災世帯見舞金 申請書類（第1次分 6世帯）",
    "body": f"""葵市 危機管理課 ご担当者様

お世話になっております。日の出産業 経理部の堀之内でございます。
財団の被災世帯見舞金につきまして、第1次分6世帯の申請書類を
ZIPファイルにまとめてお送りいたします。
市の義援金との重複確認をお願いできますでしょうか。
{SIG_HORI}""",
    "attachments": [{
        "kind": "zip", "name": "見舞金申請_第1次.zip",
        "files": [
            {"kind": "pdf", "name": "申請者一覧.pdf", "lines": ["被災世帯見舞金 申請者一覧（第1次）"], "table": _tbl},
            {"kind": "docx", "name": "審査メモ.docx",
             "paragraphs": ["審査メモ（第1次分）", "6世帯とも罹災証明書（半壊以上）を確認済み。",
                            "振込予定日：2026年11月20日"], "tables": [_tbl[:3]]},
        ]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "ZIP内PDF/DOCX：被災6世帯の氏名・住所・振込口座を市へ",
})

# ngo-020: a reply whose NEW text carries the list; the quote itself is harmless
_p = people("020", 6, age=(24, 55))
_lst = "\n".join(f"{p['name']}　携帯：{p['mobile']}　メール：{p['email']}" for p in _p)
MESSAGES.append({
    "id": "ngo-020", "expect": "stop", "charset": "iso-2022-jp",
    "sender": AIMONO,
    "to": ["田所 里美 <tadokoro@foodbank-minato.or.jp>"],
    "subject": "Re: 倉庫仕分けボランティアの連絡先について",
    "body": f"""田所様

お世話になっております。四十物です。
ご依頼の、11/8 倉庫仕分けに参加する当社社員の連絡先です。

{_lst}

当日は私も9時に伺います。
{SIG_AIMONO}
> 四十物様
> お世話になっております。フードバンクみなとの田所です。
> 当日の緊急連絡用に、参加される方の携帯番号とメールを
> 事前に教えていただけますでしょうか。
> よろしくお願いします。
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "返信だが名簿（6名の携帯・メール）は新規本文：引用ではないので止める",
})

# ngo-021: XLSX whose first sheet is harmless totals and the second holds recipients
_p = people("021", 10, age=(30, 80))
_items = ["パックご飯", "レトルトカレー", "缶詰（さば）", "インスタント味噌汁", "パックご飯"]
MESSAGES.append({
    "id": "ngo-021", "expect": "stop", "charset": "cp932",
    "sender": AIMONO,
    "to": ["北国フーズ CSR室 <csr@kitaguni-foods.co.jp>"],
    "subject": "ご寄贈品 配布実績報告（9月分）",
    "body": f"""北国フーズ株式会社
CSR室 御中

いつもご寄贈いただき、誠にありがとうございます。日の出産業の四十物です。
9月分の配布実績をExcelでご報告いたします。「集計」シートをご覧ください。
配布先は32団体・個別配送10世帯でした。
{SIG_AIMONO}""",
    "attachments": [{
        "kind": "xlsx", "name": "配布実績_2026年9月.xlsx",
        "sheets": {
            "集計": [["ご寄贈品 配布実績（2026年9月）"], ["品目", "受入数量", "配布数量", "配布先団体数"],
                     ["パックご飯", 2400, 2280, 18], ["レトルトカレー", 1200, 1200, 14], ["缶詰（さば）", 600, 540, 9]],
            "受給者明細": [["配布日", "受給者氏名", "住所", "電話", "品目"]] + [
                [f"2026/09/{6 + i * 2:02d}", p["name"], p["addr"], p["tel"], _items[i % 5]] for i, p in enumerate(_p)],
        }}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSXの2枚目シートに個別配送10世帯の氏名・住所・電話（本文は集計のみと言及）",
})

# ngo-022: forward of a forward, CSV inside the attached mail, to a volunteer's free mail
_p = people("022", 6, age=(35, 70))
_fam = ["夫婦・子2人", "夫婦", "単身", "夫婦・子1人", "母・子2人", "夫婦・祖母"]
MESSAGES.append({
    "id": "ngo-022", "expect": "stop", "charset": "utf-8",
    "sender": TAKANASHI,
    "to": ["若林 健 <wakabayashi.ken1972@gmail.com>"],
    "subject": "Fw: ホストファミリー登録一覧",
    "body": """若林さん

来週の説明会の前に、ともにさんから届いた一覧に目を通しておいてください。
当日は若林さんから各ご家庭に事前連絡をお願いできると助かります。

小鳥遊
""",
    "attachments": [{
        "kind": "eml", "name": "ホストファミリー登録一覧.eml",
        "message": {
            "sender": "ともに難民サポート 水野 <mizuno@tomoni-refugee.or.jp>",
            "to": [TAKANASHI], "charset": "utf-8",
            "subject": "ホストファミリー登録一覧",
            "body": "小鳥遊さん\n\n短期ホームステイのホストファミリー登録一覧を添付します。\n\n水野",
            "attachments": [{"kind": "csv", "name": "ホストファミリー一覧.csv", "encoding": "cp932",
                             "rows": [["氏名", "住所", "電話", "家族構成"]] + [
                                 [p["name"], p["addr"], p["tel"], _fam[i]] for i, p in enumerate(_p)]}],
        }}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "転送メール内のCSVに6家庭の氏名・住所・電話、宛先は個人のフリーメール",
})


# =========================================================================================
# STOP — identity and card numbers
# =========================================================================================

MESSAGES.append({
    "id": "ngo-023", "expect": "stop", "charset": "iso-2022-jp",
    "sender": HORI,
    "to": ["木村 直樹 先生 <kimura@kimura-tax.jp>"],
    "subject": "講師謝金の支払調書について（追加1名分）",
    "body": f"""木村先生

いつもお世話になっております。日の出産業 経理部の堀之内です。

先日お送りした講師謝金の一覧に漏れがありました。申し訳ございません。
10月の「子どもの居場所づくり」講座でご登壇いただいた講師の方の情報です。

　氏名：勅使河原 徹 様
　住所：〒230-0044 神奈川県横浜市鶴見区弁天町3-11-6
　個人番号：{grp(my_number(23))}
　支払額：50,000円（源泉徴収 5,105円）

支払調書への追加をお願いいたします。
{SIG_HORI}""",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "講師1名のマイナンバーを本文で税理士へ（1件でも停止）",
})

_p = people("024", 6, age=(35, 75))
MESSAGES.append({
    "id": "ngo-024", "expect": "stop", "charset": "utf-8",
    "sender": HORI,
    "to": ["星野会計事務所 <tax@hoshino-kaikei.jp>"],
    "subject": "支払調書作成用データ（選考委員・講師 2026年分）",
    "body": f"""星野会計事務所 ご担当者様

お世話になっております。日の出産業の堀之内です。
財団の選考委員・講師への謝金について、支払調書作成用のデータをお送りします。
個人番号は番号確認書類で確認済みのものです。
{SIG_HORI}""",
    "attachments": [{
        "kind": "xlsx", "name": "報酬支払調書_元データ_2026.xlsx",
        "sheets": {"謝金支払先": [["報酬、料金、契約金及び賞金の支払調書 元データ（2026年分）"],
                                 ["区分", "氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"]] + [
            [["選考委員", "講師"][i % 2], p["name"], p["addr"], my_number(2400 + i), 30000 * (i % 3 + 1),
             int(30000 * (i % 3 + 1) * 0.1021)] for i, p in enumerate(_p)]}}],
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSXで6名の個人番号・住所を会計事務所へ",
})

_cn = card_number(25)
MESSAGES.append({
    "id": "ngo-025", "expect": "stop", "charset": "utf-8",
    "sender": OKOCHI,
    "to": ["決済ブリッジ サポートデスク <support@kessai-bridge.com>"],
    "subject": "継続寄附 カード変更の反映依頼（寄附者番号 D-20417）",
    "body": f"""決済ブリッジ サポートデスク御中

いつもお世話になっております。
日の出産業社会貢献財団（加盟店ID: HSF-0031）の大河内です。

マンスリー寄附者の方から、お電話でカード変更のお申し出がありました。
管理画面からの変更がエラーになってしまうため、そちらで反映をお願いできますでしょうか。

寄附者番号：D-20417
ご氏名：日比野 典子 様
新しいカード番号：{grp(_cn)}
有効期限：08/29
月額：3,000円（12月決済分から）

お手数をおかけしますが、よろしくお願いいたします。
{SIG_OKOCHI}""",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "寄附者のクレジットカード番号（Luhn有効）を本文で決済代行会社へ",
})

_cn = card_number(26)
MESSAGES.append({
    "id": "ngo-026", "expect": "stop", "charset": "cp932",
    "sender": SAEKI,
    "to": ["コールプラス オペレーション <ops@callplus.co.jp>"],
    "subject": "電話受付分の寄附申込（システム手入力のお願い）",
    "body": f"""コールプラス オペレーション担当者様

日の出産業の佐伯です。
本日、当社代表電話に直接かかってきた寄附のお申し込みです。
受付システムへの手入力をお願いします（電話メモをそのまま打っています）。

－－－－－－－－－－－－－－－
受付日時：１１／６　１４：２０
お名前：宇佐美　正樹　様
電話：０８０－５５１３－２７０９
カード番号：{zen(grp(_cn, '－'))}
有効期限：１１／２８
金額：１０，０００円（１回のみ）
－－－－－－－－－－－－－－－

よろしくお願いいたします。
{SIG_SAEKI}""",
    "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "全角数字のカード番号と寄附者の電話を委託先へ",
})

MESSAGES.append({
    "id": "ngo-027", "expect": "stop", "charset": "utf-8",
    "sender": TAKANASHI,
    "to": ["白川法律事務所 斎藤先生 <saito@shirakawa-law.jp>"],
    "subject": "難民不認定処分に対する審査請求のご相談（ご本人情報）",
    "body": f"""白川法律事務所
斎藤先生

いつもプロボノでのご協力をありがとうございます。日の出産業の小鳥遊です。
先日お話しした方について、面談の前にご本人の情報をお送りします。

氏名：Serhat DEMIR（セルハット・デミル）
生年月日：1991年7月14日
国籍：トルコ（クルド系）
在留カード番号：UH47201836FA
在留資格：特定活動（6月）

ご本人によれば、本国でクルド系政党の集会に参加したことを理由に2度拘束され、
その際の暴行で左耳の聴力がほとんどないとのことです。
9月に難民不認定の通知を受けており、審査請求の期限が迫っています。

面談は11/12（木）18時、当社会議室を予定しています。
{SIG_TAKANASHI}""",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "在留カード番号に加え民族・拘束歴・障害（要配慮）を法律事務所へ（パートナーでも外部）",
})

MESSAGES.append({
    "id": "ngo-028", "expect": "stop", "charset": "iso-2022-jp",
    "sender": DOMEKI,
    "to": ["ほしぞらトラベル 法人営業部 <corp@hoshizora-travel.co.jp>"],
    "subject": "フィリピン台風被災地 支援視察 航空券手配（2名）",
    "body": f"""ほしぞらトラベル株式会社
法人営業部 御中

お世話になっております。日の出産業の百目鬼です。
先日ご相談したマニラ往復の件、渡航者2名の情報をお送りします。

1) DOMEKI HIROSHI　生年月日 1978/02/19　旅券番号 TZ4417206　有効期限 2031/05/08
2) TSUGE MAYU　　　生年月日 1993/09/30　旅券番号 TK1093385　有効期限 2029/12/01

日程は12/8羽田発、12/12マニラ発を希望します。
見積と仮押さえをお願いいたします。
{SIG_DOMEKI}""",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "2名の旅券番号・生年月日を旅行会社へ（身分証番号は1件でも停止）",
})

MESSAGES.append({
    "id": "ngo-029", "expect": "stop", "charset": "cp932",
    "sender": AIMONO,
    "to": ["福沢損害保険 自動車保険課 <jidosha@fukuzawa-sonpo.co.jp>"],
    "subject": "フードバンク配送用 社用車の運転者追加（3名）",
    "body": f"""福沢損害保険 自動車保険課 御中

日の出産業の四十物です。いつもお世話になっております。
フードバンクの配送に使用している社用車（品川500 さ 12-34）について、
運転者限定の追加をお願いします。

・今泉 和也　免許証番号 301905412380　（ゴールド）
・瀬戸口 恵子　免許証番号 302108837410　（ブルー）
・舘 修　免許証番号 300402269151　（ゴールド）

追加保険料の見積もあわせてお送りください。
{SIG_AIMONO}""",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "3名の運転免許証番号を保険会社へ",
})

MESSAGES.append({
    "id": "ngo-030", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OKOCHI,
    "to": ["小林社会保険労務士事務所 <info@kobayashi-sr.jp>"],
    "subject": "財団事務局 パート職員の資格取得届について",
    "body": f"""小林社会保険労務士事務所
小林先生

お世話になっております。日の出産業社会貢献財団の大河内です。
12月1日付で事務局にパート職員を1名採用しますので、
社会保険の資格取得届の作成をお願いいたします。

氏名：柘植 玲奈（ツゲ レイナ）
生年月日：平成8年6月21日
基礎年金番号：4172-306859
住所：〒340-0026 埼玉県草加市谷塚上町2-14-9
勤務：週4日・1日6時間

雇用契約書の写しは別途郵送いたします。
{SIG_OKOCHI}""",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "基礎年金番号・生年月日・住所を社労士へ",
})

MESSAGES.append({
    "id": "ngo-031", "expect": "stop", "charset": "utf-8",
    "sender": DOMEKI,
    "to": ["桜ヶ丘クリニック 受付 <uketsuke@sakuragaoka-clinic.jp>"],
    "subject": "本日受診予定のボランティア（右手首負傷）について",
    "body": f"""桜ヶ丘クリニック 受付ご担当者様

先ほどお電話した日の出産業の百目鬼です。
本日15時頃に受診させていただくボランティアの情報をお送りします。

氏名：仲宗根 湊（ナカソネ ミナト） 32歳
保険証：協会けんぽ 保険者番号 01130012 記号 5120341 番号 27
状況：本日午前、床下の泥出し作業中に転倒し右手首を強打。腫れがあり、指を動かすと痛みがあるとのこと。
既往歴：小児喘息（現在は治療なし）

本人は保険証の原本を持参します。よろしくお願いいたします。
{SIG_DOMEKI}""",
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "健康保険証の記号・番号と負傷・既往歴（要配慮）をクリニックへ",
})


# =========================================================================================
# STOP — 要配慮個人情報 about one identifiable person, in running text
# =========================================================================================

MESSAGES.append({
    "id": "ngo-032", "expect": "stop", "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["南野大学 学生支援課 奨学金係 <shogakukin@minamino-u.ac.jp>"],
    "subject": "奨学生の休学に伴う給付の一時停止について",
    "body": f"""南野大学 学生支援課
奨学金係 ご担当者様

いつもお世話になっております。日の出産業社会貢献財団の野々村です。

当財団奨学生の戸田 悠真さん（経済学部2年）から、9月頃からうつ病の診断を受けて
通院しており、後期は休学して治療に専念したいとのご連絡をいただきました。
主治医の診断書（写し）もご本人から郵送で受け取っております。

財団としては、休学期間中の給付を一時停止とし、復学時に再開する扱いにしたいと
考えております。貴学での休学手続きの状況を教えていただけますでしょうか。
{SIG_NONOMURA}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の奨学生のうつ病の診断・通院（病歴）を文章で大学へ",
})

MESSAGES.append({
    "id": "ngo-033", "expect": "stop", "charset": "utf-8",
    "sender": SAEKI,
    "to": ["ひだまり食堂 代表 相良様 <sagara@hidamari-shokudo.jp>"],
    "subject": "来月から参加の親子について（事前のご相談）",
    "body": f"""相良さん

こんにちは、日の出産業の佐伯です。
来月から社員食堂会場に参加される百瀬さん親子のことで、事前にご相談です。

お母さまの百瀬 沙織さんから、長男の蓮くん（小2）は自閉スペクトラム症の診断を受けていて
療育手帳もお持ちだと伺いました。大きな音や人の多い場所が苦手で、
パニックになったときは少し静かな場所で落ち着けるようにしてほしい、とのことです。

会場の奥の小会議室を休憩スペースとして空けておこうと思うのですが、
ほかに気をつけた方がよいことがあれば教えてください。
{SIG_SAEKI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "名前の分かる子どもの障害（発達障害の診断・療育手帳）を外部へ",
})

MESSAGES.append({
    "id": "ngo-034", "expect": "stop", "charset": "iso-2022-jp",
    "sender": TAKANASHI,
    "to": ["さくらホテル 料飲部 <fb@sakura-hotel.jp>"],
    "subject": "12/5 交流昼食会 お食事のご配慮のお願い",
    "body": f"""さくらホテル
料飲部 ご担当者様

いつもお世話になっております。日の出産業の小鳥遊です。
12/5（土）の交流昼食会（20名）について、お食事のご配慮をお願いしたくご連絡しました。

ご招待するアフマディ様ご一家（ご夫妻とお子さま2名）はイスラム教を信仰されているため、
豚肉・アルコールを使わないハラール対応のお料理をご用意いただけますでしょうか。
また、13時頃にお祈りの時間があるとのことで、小さな個室をお借りできると助かります。

ほかの16名は通常メニューで問題ありません。
{SIG_TAKANASHI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の家族の信仰（宗教）をホテルへ：要配慮個人情報",
})

MESSAGES.append({
    "id": "ngo-035", "expect": "stop", "charset": "cp932",
    "sender": SAEKI,
    "to": ["あおい子ども食堂ネットワーク 事務局長 小野寺様 <onodera@kodomoshokudo-aoi.jp>"],
    "subject": "ボランティア応募者の件（ご相談）",
    "body": f"""小野寺さん

お疲れさまです。日の出産業の佐伯です。
少しデリケートなご相談で、お電話の前に経緯だけお送りします。

当社の社員ボランティア募集に応募してくれた鬼頭 隆之さん（物流部）ですが、
面談の際にご本人から「8年前に傷害事件で有罪判決を受け、執行猶予がついた」と
自主的に申告がありました。現在は真面目に勤務しており、上長からの評価も良好です。

子どもと直接接する配膳担当ではなく、食材の運搬や設営を中心にお願いしようかと
考えていますが、ネットワークとしての受け入れ基準があれば教えてください。
{SIG_SAEKI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定社員の犯罪歴（有罪判決）を外部NPOへ",
})

MESSAGES.append({
    "id": "ngo-036", "expect": "stop", "charset": "utf-8",
    "sender": TAKANASHI,
    "to": ["ひかり日本語学校 教務課 <kyomu@hikari-nihongo.jp>"],
    "subject": "入学を希望している方のご紹介（ヌール・アラムさん）",
    "body": f"""ひかり日本語学校 教務課 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 CSR推進部の小鳥遊と申します。
当社が支援している難民の方で、貴校への入学を希望している方をご紹介させてください。

ヌール・アラムさん（28歳）は、ミャンマー出身のロヒンギャの方で、
バングラデシュの難民キャンプを経て2年前に来日されました。
日常会話はかなりできますが、読み書きはひらがなまでです。
将来は介護の仕事に就きたいと話しています。

一度、見学と面談の機会をいただけないでしょうか。
{SIG_TAKANASHI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "名前の分かる人の民族的出自（ロヒンギャ）と難民歴を外部へ",
})

MESSAGES.append({
    "id": "ngo-037", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["あおい子ども食堂ネットワーク 事務局 <jimukyoku@kodomoshokudo-aoi.jp>"],
    "subject": "利用者さんの転居について（ご相談）",
    "body": f"""事務局のみなさま

日の出産業の佐伯です。
社員食堂会場を利用されている比嘉 さおりさんから、転居のご連絡がありました。

比嘉さんは元夫からの暴力（DV）の被害にあわれ、配偶者暴力相談支援センターの
支援を受けて、先月お子さん2人と一緒に下記に転居されています。
新住所：東京都北区赤羽西4-22-7 コーポ若葉203

元夫に所在を知られないよう、住所は食堂の名簿には載せず、
問い合わせがあっても一切答えないようにしてほしいとのことです。
ボランティアさん向けの共有の仕方をご相談させてください。
{SIG_SAEKI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DV被害（犯罪被害）と新住所を名前付きで外部へ：要配慮",
})

MESSAGES.append({
    "id": "ngo-038", "expect": "stop", "charset": "cp932",
    "sender": AIMONO,
    "to": ["フードバンクみなと 配送担当 <haisou@foodbank-minato.or.jp>"],
    "subject": "個別配送先の食品選定について",
    "body": f"""配送ご担当のみなさま

四十物です。先週お届けした世帯のことで一点ご相談です。

配送先の我妻 義雄さん（78歳）から、糖尿病性腎症で週3回人工透析を受けていて、
カリウムと塩分の制限があると伺いました。
前回お届けしたインスタント麺や果物の缶詰は食べられないとのことで、
次回からは減塩のレトルトなど、制限に合うものを選んでいただけますでしょうか。

当社側でも北国フーズさんの減塩シリーズを確保できるか聞いてみます。
{SIG_AIMONO}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の受給者の病名・人工透析（病歴）を外部NPOへ",
})

MESSAGES.append({
    "id": "ngo-039", "expect": "stop", "charset": "utf-8",
    "sender": TAKANASHI_EN,
    "to": ["AsiaBridge Case Team <case.team@asiabridge-relief.org>"],
    "subject": "Incident involving Mr. Rahimi - urgent",
    "body": f"""Dear colleagues,

I am writing to let you know about an incident involving Mr. Farid Rahimi,
one of the participants in our Tuesday Japanese class.

On the evening of 3 November he was assaulted by two men near Kameari station
on his way home. He was taken to hospital and treated for a fractured rib and
bruises to his face; the police have opened a case. He is now at home but
very shaken and does not want to go out after dark.

Could your caseworker contact him this week about counselling support?
We will cover the taxi fares to the class for the coming month.

Kind regards,
Aoi
{SIG_TAKANASHI_EN}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English: named person as victim of a crime, with injuries: sensitive, to foreign NGO",
})


# =========================================================================================
# STOP — three or more external parties visible in To/Cc
# =========================================================================================

MESSAGES.append({
    "id": "ngo-040", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["yumi.okada77@gmail.com", "k-hasumi@yahoo.co.jp", "shoji.chihiro@icloud.com",
           "m.tate0315@docomo.ne.jp", "setoguchi-fam@ezweb.ne.jp", "igarashi.ren@outlook.jp"],
    "subject": "【ご案内】11/22 フードドライブ 当日の集合時間",
    "body": f"""ボランティアのみなさま

いつもご協力ありがとうございます。日の出産業 CSR推進部の佐伯です。
11/22（日）のフードドライブ（イオン葵店 店頭）の集合についてご案内します。

・集合：9:15 店舗北側 従業員通用口前
・持ち物：軍手、飲み物、動きやすい服装
・終了：15:00 予定（昼食は当社で用意します）

雨天の場合は前日18時までにこのメールでお知らせします。
{SIG_SAEKI}""",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "個人ボランティア6名のアドレスをToに並べて送信（Bccにすべき）",
})

MESSAGES.append({
    "id": "ngo-041", "expect": "stop", "charset": "utf-8",
    "sender": OKOCHI,
    "to": ["フードバンクみなと <info@foodbank-minato.or.jp>",
           "あおい子ども食堂ネットワーク <jimukyoku@kodomoshokudo-aoi.jp>",
           "ともに難民サポート <office@tomoni-refugee.or.jp>",
           "災害支援ネットはまかぜ <info@hamakaze-saigai.or.jp>"],
    "subject": "2027年度 助成プログラム 説明会のご案内",
    "body": f"""助成先団体のみなさま

平素より大変お世話になっております。
公益財団法人 日の出産業社会貢献財団 事務局の大河内です。

2027年度の助成プログラムについて、下記のとおり説明会を開催いたします。

　日時：2026年12月10日（木）14:00〜16:00
　会場：日の出産業ビル 6F 大会議室（オンライン併用）
　内容：募集要項の変更点、報告様式の簡素化について

ご出席の可否を12月3日までにご返信ください。
{SIG_OKOCHI}""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "外部4団体をToに並べた一斉案内：互いのアドレスが見える",
})

MESSAGES.append({
    "id": "ngo-042", "expect": "stop", "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["e2641107@st.minamino-u.ac.jp", "e2541285@st.minamino-u.ac.jp",
           "l2640932@st.minamino-u.ac.jp", "s2540118@st.minamino-u.ac.jp"],
    "subject": "奨学生交流会（12/12）のご案内",
    "body": f"""日の出産業奨学金 奨学生のみなさん

こんにちは。日の出産業社会貢献財団の野々村です。
毎年恒例の奨学生交流会を、今年は12月12日（土）に開催します。

　時間：13:30〜16:00（受付13:00〜）
　場所：日の出産業ビル 6F 大会議室
　内容：先輩奨学生の話、グループワーク、懇親会

出欠を12月5日までにこのメールへの返信で教えてください。
交通費は当日精算します。
{SIG_NONOMURA}""",
    "entities": [],
    "detectors": ["external_recipients_visible"],
    "note": "学生個人4名（同一大学ドメイン）をToで一斉送信：個人4名が互いに見える",
})

MESSAGES.append({
    "id": "ngo-043", "expect": "stop", "charset": "utf-8",
    "sender": OKOCHI,
    "to": ["山吹商事 総務部 真壁様 <makabe@yamabuki-shoji.co.jp>",
           "東海日報 社会部 <shakai@tokai-nippo.co.jp>"],
    "cc": ["日比野 典子 様 <noriko.hibino@gmail.com>"],
    "subject": "寄附金贈呈式（11/28）のご案内",
    "body": f"""関係者各位

お世話になっております。日の出産業社会貢献財団の大河内です。
能登地域の子ども支援のための寄附金贈呈式を、下記のとおり行います。

　日時：11月28日（土）10:30〜11:00
　場所：日の出産業ビル 1F エントランスホール

山吹商事様、個人で多額のご寄附をいただいた日比野様にご出席いただき、
東海日報様には取材をお願いしております。
{SIG_OKOCHI}""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "企業・新聞社・個人寄附者の3者がTo/Ccで互いに見える",
})

MESSAGES.append({
    "id": "ngo-044", "expect": "stop", "charset": "cp932",
    "sender": OKOCHI,
    "to": ["今泉 正樹 様 <m.imaizumi@yahoo.co.jp>"],
    "cc": ["soda-keiko@ezweb.ne.jp", "kazuko.oikawa@icloud.com", "hasegawa.toru55@gmail.com"],
    "subject": "「寄附者の会」世話人会の日程について",
    "body": f"""今泉様

いつも温かいご支援をありがとうございます。財団事務局の大河内です。
「寄附者の会」の世話人会の日程ですが、候補を3つ挙げさせていただきます。

　① 12月2日（水）14時〜
　② 12月4日（金）10時〜
　③ 12月9日（水）14時〜

世話人の皆さまにもCCでお送りしておりますので、ご都合をお知らせください。
{SIG_OKOCHI}""",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "個人寄附者4名（To 1名＋Cc 3名）が互いのアドレスを見られる",
})


# =========================================================================================
# STOP — look-alike domains
# =========================================================================================

MESSAGES.append({
    "id": "ngo-045", "expect": "stop", "charset": "iso-2022-jp",
    "sender": AIMONO,
    "to": ["北国フーズ 物流課 <butsuryu@kitaguni-food.co.jp>"],
    "subject": "ご寄贈品（缶詰・レトルト）引取り日程のご相談",
    "body": f"""北国フーズ株式会社
物流課 御中

いつもお世話になっております。日の出産業の四十物です。
賞味期限が近づいた缶詰・レトルト品（約40ケース）のご寄贈の件、
引取り日程を下記の候補でご相談させてください。

　11/17（火）午前 または 11/19（木）午後

当日は青葉運輸さんの2tトラックで伺います。
{SIG_AIMONO}""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "宛先が kitaguni-food.co.jp（パートナー kitaguni-foods.co.jp の s 抜け）",
})

MESSAGES.append({
    "id": "ngo-046", "expect": "stop", "charset": "utf-8",
    "sender": OKOCHI,
    "to": ["佐伯 奈緒子 <saeki.naoko@hinode-sangyou.co.jp>"],
    "subject": "理事会資料（寄附金収支）の数字確認",
    "body": f"""佐伯さん

お疲れさまです。大河内です。
理事会資料の寄附金収支、上期の数字を入れました。

・個人寄附：1,284万円（前年同期比 +12%）
・法人寄附：3,150万円
・マッチングギフト：412万円

災害支援の指定寄附の内訳が経理の数字と合っていないので、
明日の午前中に一緒に確認させてください。
{SIG_OKOCHI}""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "社内宛てのつもりが hinode-sangyou.co.jp（自社ドメインの u 追加）",
})

MESSAGES.append({
    "id": "ngo-047", "expect": "stop", "charset": "cp932",
    "sender": DOMEKI,
    "to": ["青葉運輸 特積営業部 千葉様 <chiba.t@aoba-unyu.jp>"],
    "subject": "救援物資輸送（七尾市向け）のお見積り依頼",
    "body": f"""青葉運輸株式会社
特積営業部 千葉様

お世話になっております。日の出産業の百目鬼です。
七尾市の物資拠点向けに、下記の輸送をお願いしたくお見積りをお願いします。

　品目：飲料水（2L×6本）300ケース、毛布 200枚、簡易トイレ 50セット
　発地：当社 川口物流センター
　着地：七尾市 田鶴浜地区 物資集積所
　希望日：11/10（火）積込み

急ぎで恐縮ですが、明日中にご回答いただけると助かります。
{SIG_DOMEKI}""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.jp は パートナー aoba-unyu.co.jp の co. 抜け",
})

MESSAGES.append({
    "id": "ngo-048", "expect": "stop", "charset": "iso-2022-jp",
    "sender": HORI,
    "to": ["みどり銀行 法人営業部 <hojin@rnidori-ginko.co.jp>"],
    "subject": "災害支援指定寄附の受入口座 開設書類について",
    "body": f"""みどり銀行
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 経理部の堀之内です。
財団で災害支援の指定寄附を受け入れるための新口座について、
開設に必要な書類を確認させてください。

・定款の写し、登記事項証明書（3か月以内）
・理事会の議事録（口座開設の決議）
・届出印

上記以外に必要なものがあればお知らせください。
{SIG_HORI}""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "rnidori-ginko.co.jp は midori-ginko.co.jp の m を rn にした同形異字",
})


# =========================================================================================
# STOP — confidentiality markings
# =========================================================================================

MESSAGES.append({
    "id": "ngo-049", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OKOCHI,
    "to": ["錦印刷 山岸様 <yamagishi@nishiki-insatsu.co.jp>"],
    "subject": "【社外秘】年次報告書 原稿（第2稿・理事会前）",
    "body": f"""【社外秘】理事会承認前の原稿です

錦印刷株式会社
山岸様

お世話になっております。大河内です。
年次報告書の第2稿をお送りします。理事会（12/15）で承認されるまでは
数字が変わる可能性があるため、社外秘扱いでお願いいたします。

＜主な変更点＞
・P.4 助成実績：助成先 42団体、総額 1億2,300万円
・P.9 災害支援：能登地域への支援を見開きに拡大
・P.12 収支計算書：監査前の暫定値

組版は第1稿と同じレイアウトで進めてください。
{SIG_OKOCHI}""",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "件名と本文冒頭に【社外秘】の区分表示をして外部へ",
})

_orgs = [["団体名", "所在地", "申請額", "書類審査", "面接", "総合", "判定"],
         ["NPO法人フードバンクみなと", "東京都港区", "3,000,000", "A", "A", "92", "採択"],
         ["一般社団法人ひだまり", "東京都葛飾区", "1,500,000", "B", "A", "84", "採択"],
         ["NPO法人ともに難民サポート", "東京都新宿区", "2,800,000", "A", "B", "81", "採択"],
         ["子ども未来ネットあさひ", "千葉県船橋市", "1,200,000", "B", "C", "63", "不採択"],
         ["地域食堂やまびこ", "埼玉県川口市", "900,000", "C", "B", "61", "不採択"]]
MESSAGES.append({
    "id": "ngo-050", "expect": "stop", "charset": "utf-8",
    "sender": OKOCHI,
    "to": ["あおぞら教育基金 事業部 <jigyo@aozora-kikin.or.jp>"],
    "subject": "共同助成 第1回選考の結果について",
    "body": f"""あおぞら教育基金 事業部 ご担当者様

お世話になっております。日の出産業社会貢献財団の大河内です。
共同助成の第1回選考の結果を、評価シートにまとめて添付いたします。
両財団の合同選考委員会（11/20）の資料としてご確認ください。
{SIG_OKOCHI}""",
    "attachments": [{"kind": "pdf", "name": "第1回選考_評価シート.pdf", "page_header": "社外秘",
                     "title": "共同助成 第1回選考 評価シート",
                     "lines": ["共同助成プログラム 第1回選考 評価シート", "選考委員会資料（2026年11月）", ""],
                     "table": _orgs}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "本文は普通だが添付PDFのヘッダーに「社外秘」の表示",
})

MESSAGES.append({
    "id": "ngo-051", "expect": "stop", "charset": "cp932",
    "sender": HORI,
    "to": ["みどり銀行 資産運用部 <unyo@midori-ginko.co.jp>"],
    "subject": "基本財産の運用方針（案）のご送付",
    "body": f"""みどり銀行 資産運用部
ご担当者様

いつもお世話になっております。日の出産業 経理部の堀之内です。
財団の基本財産の運用方針（案）をお送りしますので、
債券の入替えについてご意見をいただけますでしょうか。
{SIG_HORI}""",
    "attachments": [{"kind": "docx", "name": "基本財産運用方針（案）.docx", "page_header": "取扱注意",
                     "paragraphs": ["公益財団法人 日の出産業社会貢献財団", "基本財産の運用方針（案）",
                                    "1. 運用の基本方針：元本の安全性を最優先とし、…",
                                    "2. 運用対象：国債、地方債、格付AA以上の社債",
                                    "3. 現在の保有状況と入替え案（別表）"],
                     "tables": [[["銘柄", "額面", "満期", "方針"], ["第150回利付国債", "200,000,000", "2027/3", "満期保有"],
                                 ["東都電力 社債", "100,000,000", "2028/9", "入替え検討"]]]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付DOCXのヘッダーに「取扱注意」：文書の区分表示",
})

MESSAGES.append({
    "id": "ngo-052", "expect": "stop", "charset": "utf-8",
    "sender": TAKANASHI_EN,
    "to": ["AsiaBridge Partnerships <partnerships@asiabridge-relief.org>"],
    "subject": "CONFIDENTIAL: draft funding allocation 2027",
    "body": f"""CONFIDENTIAL - NOT FOR DISTRIBUTION

Dear Martin,

Ahead of next week's call, here is our draft allocation for the 2027 joint programme.
These figures have not been approved by our board yet.

  Livelihood support (Tokyo)         JPY 18,000,000
  Japanese language & schooling      JPY  9,500,000
  Legal aid fund                     JPY  6,000,000
  Emergency cash grants              JPY  4,500,000

Please do not share this outside your leadership team for now.

Best,
Aoi
{SIG_TAKANASHI_EN}""",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "English: subject and body stamped CONFIDENTIAL, sent outside",
})


# =========================================================================================
# STOP — attachments that cannot be read
# =========================================================================================

_p = people("053", 9)
MESSAGES.append({
    "id": "ngo-053", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["葵市社会福祉協議会 ボランティアセンター <vc@aoi-shakyo.or.jp>"],
    "subject": "【パスワード別送】ボランティア登録者名簿（11月更新分）",
    "body": f"""葵市社会福祉協議会 ボランティアセンター 御中

お世話になっております。日の出産業の佐伯です。
11月更新分のボランティア登録者名簿をお送りします。
添付ファイルはパスワード付きZIPです。パスワードは別メールでお送りします。
{SIG_SAEKI}""",
    "attachments": [{"kind": "zip", "name": "登録者名簿_202611.zip", "password": "Hnd#vc2611",
                     "files": [{"kind": "xlsx", "name": "登録者名簿_202611.xlsx",
                                "sheets": {"名簿": [["氏名", "住所", "電話"]] + [[p["name"], p["addr"], p["mobile"]] for p in _p]}}]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "パスワード付きZIP（PPAP）：中身を検査できない",
})

MESSAGES.append({
    "id": "ngo-054", "expect": "stop", "charset": "utf-8",
    "sender": NONOMURA,
    "to": ["北瀬工業大学 学生課 <gakusei@kitase-kodai.ac.jp>"],
    "subject": "奨学金振込明細（10月分）の送付",
    "body": f"""北瀬工業大学 学生課 ご担当者様

お世話になっております。日の出産業社会貢献財団の野々村です。
10月分の奨学金振込明細をお送りします。
PDFには閲覧パスワードを設定しております。パスワードは従来どおりお電話でお伝えします。
{SIG_NONOMURA}""",
    "attachments": [{"kind": "pdf", "name": "振込明細_202610_北瀬工大.pdf", "password": "kts2610",
                     "lines": ["奨学金振込明細（2026年10月）", "北瀬工業大学 奨学生 4名分"],
                     "table": [["氏名", "口座", "金額"], ["柘植 颯", "東都銀行 上野支店 普通 5528014", "40,000"]]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "閲覧パスワード付きPDF：検査できない添付",
})

MESSAGES.append({
    "id": "ngo-055", "expect": "stop", "charset": "cp932",
    "sender": AIMONO,
    "to": ["フードバンクみなと 倉庫 <soko@foodbank-minato.or.jp>"],
    "subject": "在庫表（10/31 最新版）",
    "body": f"""倉庫ご担当のみなさま

四十物です。10/31時点の在庫表（当社保管分）を添付します。
先週の版は数量に誤りがあったので、こちらに差し替えてください。
{SIG_AIMONO}""",
    "attachments": [{"kind": "corrupt", "name": "在庫表_1031.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "壊れたXLSX：開けない添付",
})


# =========================================================================================
# EITHER — a privacy officer could honestly judge these either way
# =========================================================================================

MESSAGES.append({
    "id": "ngo-056", "expect": "either", "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["ひだまり食堂 代表 相良様 <sagara@hidamari-shokudo.jp>"],
    "subject": "食材費の減免について",
    "body": f"""相良さん

日の出産業の佐伯です。
参加費（大人300円）の件で、一つご相談させてください。

いつも来てくださる五十嵐 久美子さんのご家庭が、この秋から生活保護を受けておられると
ご本人から伺いました。お子さん3人分の参加費は無料ですが、
大人分も当面は免除にしてはどうかと考えています。
ほかにも同じような事情のご家庭があれば、一律のルールにした方がよいでしょうか。
{SIG_SAEKI}""",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "名前付きの生活保護受給：APPIの要配慮個人情報ではないが機微性が高く判断が分かれる",
})

MESSAGES.append({
    "id": "ngo-057", "expect": "either", "charset": "utf-8",
    "sender": SAEKI,
    "to": ["あおい子ども食堂ネットワーク 事務局 <jimukyoku@kodomoshokudo-aoi.jp>"],
    "subject": "クリスマス会のメニューについて（アレルギー対応）",
    "body": f"""事務局のみなさま

佐伯です。クリスマス会のメニューの件です。
申込みのあった及川 芽衣ちゃん（小1）は卵と乳の食物アレルギーがあり、
エピペンを持っているそうです。ケーキは卵・乳不使用のものを別に1つ用意します。
配膳の際に取り違えがないよう、名札に印をつける予定です。
{SIG_SAEKI}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "名前付きの子どもの食物アレルギー（エピペン）：病歴に当たるかは判断が分かれる",
})

_p = people("058", 5)
_shift = "\n".join(f"  {pad(p['name'], 14)}{s}" for p, s in zip(_p, ["9:00-12:00", "9:00-12:00", "12:00-15:00", "12:00-15:00", "9:00-15:00"]))
MESSAGES.append({
    "id": "ngo-058", "expect": "either", "charset": "cp932",
    "sender": AIMONO,
    "to": ["フードバンクみなと 倉庫 <soko@foodbank-minato.or.jp>"],
    "subject": "11/8 仕分けボランティアのシフト",
    "body": f"""倉庫ご担当のみなさま

四十物です。11/8の仕分け作業、当社からの参加者とシフトは次のとおりです。

{_shift}

受付で名前を確認していただければ大丈夫です。
{SIG_AIMONO}""",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "5名の氏名と勤務時間帯のみ（連絡先なし）：名簿と見るかは判断が分かれる",
})


# =========================================================================================
# PASS — ordinary, hard-looking mail that must go
# =========================================================================================

MESSAGES.append({
    "id": "ngo-059", "expect": "pass", "charset": "iso-2022-jp",
    "sender": AIMONO,
    "to": ["フードバンクみなと 田所 里美 <tadokoro@foodbank-minato.or.jp>"],
    "subject": "11/12 引取り時間の変更について",
    "body": f"""田所様

お世話になっております。日の出産業の四十物です。
11/12（木）の寄贈品の引取りですが、トラックの都合で
10時から13時30分に変更させていただけないでしょうか。
ご都合が悪ければ、11/13の午前でも対応できます。

お手数ですが、ご返信をお待ちしております。
{SIG_AIMONO}{DISC_JP}""",
    "entities": [],
    "detectors": [],
    "note": "通常の日程調整。末尾の定型免責文（機密情報）は区分表示ではない",
})

MESSAGES.append({
    "id": "ngo-060", "expect": "pass", "charset": "utf-8",
    "sender": TAKANASHI,
    "to": ["ともに難民サポート 事務局長 水野様 <mizuno@tomoni-refugee.or.jp>"],
    "subject": "秘密保持契約書（案）のご確認のお願い",
    "body": f"""水野さん

お世話になっております。小鳥遊です。
来年度から支援対象者の情報を共有する可能性があるため、
その前に両団体間で秘密保持契約（NDA）を締結しておきたいと考えています。

当社法務部のひな形をもとにした案を添付しますので、
第2条（秘密情報の定義）と第7条（返還・廃棄）を中心にご確認ください。
機密保持の期間は契約終了後3年としていますが、ご意見があればお聞かせください。
{SIG_TAKANASHI}""",
    "attachments": [{"kind": "docx", "name": "秘密保持契約書（案）_ともに難民サポート.docx",
                     "paragraphs": ["秘密保持契約書（案）",
                                    "日の出産業株式会社（以下「甲」という。）と特定非営利活動法人ともに難民サポート（以下「乙」という。）は、次のとおり秘密保持契約を締結する。",
                                    "第1条（目的）本契約は、難民支援事業の協働にあたり相互に開示する情報の取扱いを定める。",
                                    "第2条（秘密情報の定義）本契約において秘密情報とは、開示の際に秘密である旨を明示された情報をいう。",
                                    "第7条（返還・廃棄）契約終了時、受領者は秘密情報を速やかに返還または廃棄する。",
                                    "第10条（有効期間）本契約の有効期間は締結日から2年間とする。"]}],
    "entities": [],
    "detectors": [],
    "note": "NDAについてのやりとりとNDA案文。区分表示も個人データもない",
})

MESSAGES.append({
    "id": "ngo-061", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OKOCHI,
    "to": ["さくらホテル 宴会営業部 藤森様 <fujimori@sakura-hotel.jp>"],
    "subject": "チャリティ・ガラ 会場レイアウトの件",
    "body": f"""藤森様

いつもお世話になっております。大河内です。
先日はご提案ありがとうございました。
会場レイアウトはB案（円卓12卓・ステージ前にオークション台）でお願いします。
受付はホワイエに長机3本で足りる見込みです。

ご不明点は私の携帯（090-2284-6619）までご連絡ください。
{SIG_OKOCHI}""",
    "entities": [],
    "detectors": [],
    "note": "ホテルとの通常のやりとり。電話番号は差出人自身の署名・連絡先",
})

MESSAGES.append({
    "id": "ngo-062", "expect": "pass", "charset": "cp932",
    "sender": OKOCHI,
    "to": ["錦印刷 山岸様 <yamagishi@nishiki-insatsu.co.jp>"],
    "subject": "感謝状の校正送付先について",
    "body": f"""山岸様

お世話になっております。大河内です。
山吹商事様への感謝状の校正は、先方のご担当者に直接お送りいただけますでしょうか。

　山吹商事株式会社 総務部 広報課
　真壁 様
　〒105-0012 東京都港区芝大門1-8-3 山吹ビル5F
　TEL 03-3436-5102 / makabe@yamabuki-shoji.co.jp

校正の確認後、12/1までに納品をお願いいたします。
{SIG_OKOCHI}""",
    "entities": [],
    "detectors": [],
    "note": "取引先企業の担当者1名の業務上の連絡先（会社住所・会社電話）",
})

_p = people("063", 3, age=(30, 60))
MESSAGES.append({
    "id": "ngo-063", "expect": "pass", "charset": "utf-8",
    "sender": TAKANASHI,
    "to": ["さくらホテル 料飲部 <fb@sakura-hotel.jp>"],
    "subject": "12/5 昼食会 受付用 当日連絡先",
    "body": f"""さくらホテル 料飲部 ご担当者様

小鳥遊です。12/5の昼食会、当日の受付で遅刻等の連絡が入った場合の
取り次ぎ先として、スタッフ3名の携帯番号をお知らせします。

　{_p[0]['name']}（受付）　{_p[0]['mobile']}
　{_p[1]['name']}（通訳）　{_p[1]['mobile']}
　{_p[2]['name']}（会計）　{_p[2]['mobile']}

よろしくお願いいたします。
{SIG_TAKANASHI}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "3名の氏名と携帯：5名未満なので通してよい（警告は可）",
})

_venues = [("あおい子ども食堂 本町", "葵市本町2-3-1 本町公民館", "054-221-3380", "第1・3土"),
           ("みんなの食堂 ひだまり", "葵市緑が丘5-10 緑が丘教会ホール", "054-262-7715", "毎週水"),
           ("こども食堂 かざぐるま", "葵市東新田1-4-22 カフェかざぐるま", "054-284-0912", "第2金"),
           ("地域食堂やまびこ", "葵市山手町3-8 山手町自治会館", "054-247-6631", "第4日"),
           ("日の出産業 社員食堂会場", "葵市港町1-1 日の出産業葵工場", "054-203-1100", "第2土"),
           ("おひさま食堂", "葵市西宮7-2 西宮地区センター", "054-235-4407", "毎週金"),
           ("駅前わいわい食堂", "葵市駅南1-15 駅南商店街会館", "054-288-2250", "第1日")]
_dir = "\n".join(f"{pad(n, 26)}{pad(a, 40)}{pad(t, 14)}{d}" for n, a, t, d in _venues)
MESSAGES.append({
    "id": "ngo-064", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["あおい子ども食堂ネットワーク 事務局 <jimukyoku@kodomoshokudo-aoi.jp>"],
    "subject": "Re: 会場一覧の更新（社員向けチラシ用）",
    "body": f"""事務局 小野寺さん

佐伯です。社員向けチラシに載せる会場一覧、こちらで整えてみました。
内容に誤りがないかご確認いただけますか。

会場名                    所在地                                  電話          開催日
------------------------- --------------------------------------- ------------- ------
{_dir}

電話はいずれも会場（施設）の代表番号です。
{SIG_SAEKI}""",
    "entities": [],
    "detectors": [],
    "note": "会場・施設の一覧（施設の代表電話）：人の名簿ではない",
})

_shops = [("北国フーズ直売所 葵店", "葵市港町3-2-1", "054-203-5511", "9:00-18:00"),
          ("スーパーまるやま 本町店", "葵市本町4-6-8", "054-221-0101", "10:00-20:00"),
          ("スーパーまるやま 緑が丘店", "葵市緑が丘2-1-5", "054-262-3030", "10:00-20:00"),
          ("生活協同組合あおい 東新田店", "葵市東新田3-3-3", "054-284-7070", "9:30-19:00"),
          ("日の出産業 本社ビル1F", "東京都中央区日本橋2-9-14", "03-5204-7711", "平日 9:00-17:00")]
_trs = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in _shops)
MESSAGES.append({
    "id": "ngo-065", "expect": "pass", "charset": "utf-8",
    "sender": AIMONO,
    "to": ["フードバンクみなと 広報 <koho@foodbank-minato.or.jp>"],
    "subject": "フードドライブ 回収拠点一覧（Webサイト掲載用）",
    "html": f"""<html><body>
<p>フードバンクみなと 広報ご担当様</p>
<p>四十物です。年末フードドライブの回収拠点一覧をお送りします。Webサイトへの掲載をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>拠点</th><th>所在地</th><th>電話</th><th>受付時間</th></tr>
{_trs}
</table>
<p>回収期間：12/1〜12/20</p>
<p>日の出産業株式会社 CSR推進部 四十物 誠<br>TEL 03-5204-7733</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "HTMLのみ：店舗・拠点の一覧（店舗電話）で人の名簿ではない",
})

MESSAGES.append({
    "id": "ngo-066", "expect": "pass", "charset": "cp932",
    "sender": OKOCHI,
    "to": ["山吹商事 総務部 真壁様 <makabe@yamabuki-shoji.co.jp>"],
    "subject": "チャリティグッズ 価格表（社内販売用）",
    "body": f"""真壁様

いつもご支援ありがとうございます。大河内です。
御社の社内販売でお取り扱いいただけるチャリティグッズの価格表です。
売上の全額が子ども食堂の支援に充てられます。

品番        品名                          単価（税込）  最小ロット
----------  ----------------------------  ------------  ----------
CG-101      オリジナルトートバッグ              1,200円        10
CG-102      ステンレスタンブラー 350ml          2,000円        10
CG-205      手ぬぐい（能登復興デザイン）          800円        20
CG-310      缶バッジ 3個セット                    500円        30
CG-411      子どもたちの絵のカレンダー2027      1,000円        10

ご注文は本メールへのご返信で承ります。
{SIG_OKOCHI}""",
    "entities": [],
    "detectors": [],
    "note": "価格表と品番：個人データなし",
})

_tno = corp_number("067")
MESSAGES.append({
    "id": "ngo-067", "expect": "pass", "charset": "iso-2022-jp",
    "sender": HORI,
    "to": ["錦印刷 経理部 <keiri@nishiki-insatsu.co.jp>"],
    "subject": "請求書 No.NS-2026-1187 の登録番号について",
    "body": f"""錦印刷株式会社
経理部 御中

お世話になっております。日の出産業 経理部の堀之内です。
請求書 No.NS-2026-1187（年次報告書 印刷代 418,000円）について確認させてください。
記載の登録番号 T{_tno} が、国税庁の公表サイトで確認できませんでした。
お手数ですが、正しい登録番号をお知らせいただけますでしょうか。

なお、お支払いは11月末日、みどり銀行からのお振込みを予定しております。
{SIG_HORI}""",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "請求書番号と取引先のT番号（法人番号）：個人データではない",
})

_dest = [("七尾市 田鶴浜地区コミュニティセンター", "1128-4471-0926"), ("七尾市 中島文化センター", "1128-4471-0937"),
         ("志賀町 富来活性化センター", "1128-4471-0948"), ("穴水町 さわやか交流館", "1128-4471-0959"),
         ("七尾市 和倉小学校 体育館", "1128-4471-0960")]
MESSAGES.append({
    "id": "ngo-068", "expect": "pass", "charset": "utf-8",
    "sender": DOMEKI,
    "to": ["災害支援ネットはまかぜ 物資班 <busshi@hamakaze-saigai.or.jp>"],
    "subject": "救援物資 発送のお知らせ（送り状番号）",
    "body": f"""はまかぜ物資班のみなさま

百目鬼です。本日、青葉運輸さんで下記5拠点向けに発送しました。
到着は明後日の午前の予定です。

""" + "\n".join(f"・{d}　送り状番号 {n}" for d, n in _dest) + f"""

各拠点とも、飲料水 60ケース・毛布 40枚・簡易トイレ 10セットです。
{SIG_DOMEKI}""",
    "entities": [],
    "detectors": [],
    "note": "避難所（施設）宛ての送り状番号：追跡番号は個人データではない",
})

_p = people("069", 6)
_q = "\n".join(f"> {p['name']}　{p['mobile']}　{p['addr']}" for p in _p)
MESSAGES.append({
    "id": "ngo-069", "expect": "pass", "charset": "iso-2022-jp",
    "sender": AIMONO,
    "to": ["田所 里美 <tadokoro@foodbank-minato.or.jp>"],
    "subject": "Re: 12月 個別配送の対象世帯",
    "body": f"""田所様

四十物です。リストありがとうございます。承知しました。
12/13は当社から3名、車2台で伺います。

{SIG_AIMONO}
> 四十物様
>
> フードバンクみなとの田所です。12月の個別配送の対象世帯です。
>
{_q}
>
> よろしくお願いします。
""",
    "entities": [],
    "detectors": [],
    "note": "名簿は相手からのメールの引用（>行）のみ。新規本文に個人データなし",
})

_p = person("070", age=(40, 80))
MESSAGES.append({
    "id": "ngo-070", "expect": "pass", "charset": "cp932",
    "sender": OKOCHI,
    "to": ["コールプラス NPO支援チーム 井口様 <iguchi@callplus.co.jp>"],
    "subject": "RE: 寄附者様からの住所変更のご連絡",
    "body": f"""井口様

ご連絡ありがとうございます。大河内です。
住所変更の件、こちらの寄附者データベースにも反映いたしました。
今後の郵送物は新住所宛てにお送りします。

{SIG_OKOCHI}
-----Original Message-----
From: 井口 <iguchi@callplus.co.jp>
Sent: Tuesday, November 3, 2026 4:12 PM
To: 大河内 亮 <okochi.ryo@hinode-sangyo.co.jp>
Subject: 寄附者様からの住所変更のご連絡

大河内様

本日のお礼コールで、下記の寄附者様から住所変更のお申し出がありました。

寄附者番号：D-18822
氏名：{_p['name']} 様
新住所：〒{_p['zip']} {_p['addr']}
電話：{_p['tel']}
""",
    "entities": [],
    "detectors": [],
    "note": "寄附者1名の情報は -----Original Message----- 以下の引用のみ",
})

MESSAGES.append({
    "id": "ngo-071", "expect": "pass", "charset": "utf-8",
    "sender": TAKANASHI_EN,
    "to": ["Priya Raman <priya.raman@asiabridge-relief.org>"],
    "subject": "Re: Emergency grant request - Mr. Yildiz",
    "body": f"""Dear Priya,

Thank you. We approve the emergency grant of JPY 80,000 and will transfer it
on Friday. I will ask our volunteer interpreter to explain the reporting rules to him.

Best,
Aoi
{SIG_TAKANASHI_EN}
On Mon, 9 Nov 2026 at 10:02, Priya Raman <priya.raman@asiabridge-relief.org> wrote:
> Dear Aoi,
>
> We would like to request an emergency grant for Mr. Ahmet Yildiz
> (DOB 04/03/1988, mobile 080-4720-1193), who lives at
> 3-14-2 Shibashinmachi, Kawaguchi-shi, Saitama. He was hospitalised
> for pneumonia last month and lost his part-time job.
>
> Best regards,
> Priya
""",
    "entities": [],
    "detectors": [],
    "note": "English reply: the beneficiary's data and illness appear only in the quoted text",
})

_p = people("072", 18, age=(23, 64))
_csv = [["No", "氏名", "所属", "生年月日", "携帯", "個人メール", "参加回数"]] + [
    [i + 1, p["name"], ["営業部", "物流部", "総務部", "経理部", "製造部", "情報システム部"][i % 6],
     p["dob"].isoformat(), p["mobile"], p["email"], (i * 7) % 12 + 1] for i, p in enumerate(_p)]
MESSAGES.append({
    "id": "ngo-072", "expect": "pass", "charset": "cp932",
    "sender": SAEKI,
    "to": ["CSR推進部 社会貢献グループ <csr-social@hinode-sangyo.co.jp>"],
    "cc": ["大河内 亮 <okochi.ryo@hinode-sangyo.co.jp>"],
    "subject": "社員ボランティア登録者名簿（2026年11月版）",
    "body": f"""グループのみなさん

佐伯です。社員ボランティア登録者名簿を11月版に更新しました。
共有フォルダにも置きましたが、念のため添付します。
社外に出す場合は必ず必要な列だけに絞ってから、私に一声かけてください。

佐伯""",
    "attachments": [{"kind": "csv", "name": "社員ボランティア登録者_202611.csv", "encoding": "cp932", "rows": _csv}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "18名の名簿だが宛先はすべて社内（hinode-sangyo.co.jp）",
})

MESSAGES.append({
    "id": "ngo-073", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OKOCHI,
    "to": ["財団経理 <keiri@zaidan.hinode-sangyo.co.jp>"],
    "cc": ["堀之内 健太 <horinouchi.kenta@hinode-sangyo.co.jp>"],
    "subject": "講師謝金 支払手続き（個人番号あり）",
    "body": f"""財団経理 御中

大河内です。11/14の講座の講師謝金の支払手続きをお願いします。
番号確認書類（通知カードの写し）は原本確認済みで、写しは金庫に保管しています。

　講師：蓮見 典子 様
　住所：〒274-0063 千葉県船橋市習志野台4-17-2
　個人番号：{grp(my_number(73), '-')}
　謝金：30,000円（源泉所得税 3,063円）

支払調書の作成時にも使いますので、経理システムに登録をお願いします。
大河内""",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "マイナンバーを含むが宛先は社内（サブドメイン zaidan.hinode-sangyo.co.jp を含む）",
})

MESSAGES.append({
    "id": "ngo-074", "expect": "pass", "charset": "utf-8",
    "sender": TAKANASHI,
    "to": ["大河内 亮 <okochi.ryo@hinode-sangyo.co.jp>", "佐伯 奈緒子 <saeki.naoko@hinode-sangyo.co.jp>"],
    "subject": "【共有】ジャファリさんの件（面談報告）",
    "body": f"""大河内さん、佐伯さん

小鳥遊です。昨日の面談の報告です（社内限りでお願いします）。

ジャファリ・ハミドさん（アフガニスタン出身、ハザラ人）は、
先月から心療内科でPTSDと診断され、睡眠薬を処方されているそうです。
夜勤のある倉庫の仕事は続けるのが難しく、日中の仕事を探したいとのこと。
当社の物流センターで日中の軽作業の受け入れができないか、人事に相談してみます。

小鳥遊""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "要配慮情報（民族・PTSD）だが宛先は社内の2名のみ",
})

MESSAGES.append({
    "id": "ngo-075", "expect": "pass", "charset": "cp932",
    "sender": SAEKI,
    "to": ["葵市社会福祉協議会 地域福祉係 <chiiki@aoi-shakyo.or.jp>"],
    "subject": "社員向け講座の共催について（認知症サポーター養成講座ほか）",
    "body": f"""葵市社会福祉協議会
地域福祉係 ご担当者様

いつもお世話になっております。日の出産業の佐伯です。
来年度の社員向け講座について、下記2講座を共催させていただけないでしょうか。

１．認知症サポーター養成講座（90分）
　　認知症の基礎知識と、地域での声かけ・見守りについて
２．「こころの健康とセルフケア」講座（60分）
　　うつ病やストレスのサインに気づく、メンタルヘルスの基本

いずれも当社葵工場の会議室で、平日の15時から各30名程度を想定しています。
講師のご紹介をいただけますと幸いです。
{SIG_SAEKI}""",
    "entities": [],
    "detectors": [],
    "note": "認知症・うつ病など健康用語は講座名・テーマで、特定の人の情報ではない",
})

MESSAGES.append({
    "id": "ngo-076", "expect": "pass", "charset": "iso-2022-jp",
    "sender": AIMONO,
    "to": ["フードバンクみなと 配送担当 <haisou@foodbank-minato.or.jp>"],
    "subject": "北国フーズさんからの寄贈品（減塩・低糖質シリーズ）",
    "body": f"""配送ご担当のみなさま

四十物です。北国フーズさんから、次の商品をご寄贈いただけることになりました。

・減塩みそ汁（食塩相当量 1.0g）　　　　　 480食
・低糖質ロールパン（糖尿病の方の食事管理にも）　 200袋
・特定原材料8品目不使用 カレー　　　　　　 300食
・高齢者向け やわらか煮魚（かむ力が弱い方向け）　 150食

腎臓病で塩分制限のある方やアレルギーのあるお子さんのいるご家庭にも
お配りしやすいと思います。11/20に倉庫へ搬入します。
{SIG_AIMONO}""",
    "entities": [],
    "detectors": [],
    "note": "健康用語は商品の説明であり特定の人についてではない",
})

MESSAGES.append({
    "id": "ngo-077", "expect": "pass", "charset": "utf-8",
    "sender": OKOCHI,
    "to": ["ともに難民サポート 事務局 <office@tomoni-refugee.or.jp>"],
    "subject": "助成先向け「個人情報の取扱いガイドライン」改訂版",
    "body": f"""ともに難民サポート 事務局 御中

お世話になっております。財団事務局の大河内です。
助成先団体向けの「個人情報の取扱いガイドライン」を改訂しましたので、ご案内します。

主な改訂点：
1. 要配慮個人情報（人種、信条、病歴、犯罪の経歴、犯罪により害を被った事実など）を
   取得する場合は、必ず本人の同意を書面で得ること。
2. 支援対象者の名簿を財団に報告する際は、氏名を仮IDに置き換えること。
3. 名簿をメールで送る場合は、パスワード付きZIPではなく、財団指定の
   ファイル共有サービスを利用すること。

改訂版の全文は助成先専用ページに掲載しています。
{SIG_OKOCHI}""",
    "entities": [],
    "detectors": [],
    "note": "要配慮個人情報の種類を挙げたガイドラインの説明：個人の情報はない",
})

MESSAGES.append({
    "id": "ngo-078", "expect": "pass", "charset": "cp932",
    "sender": OKOCHI,
    "to": ["グリーンリサイクルセンター 営業部 <eigyo@green-recycle-center.co.jp>"],
    "subject": "機密文書溶解サービスのお見積り依頼",
    "body": f"""グリーンリサイクルセンター株式会社
営業部 御中

はじめてご連絡いたします。公益財団法人 日の出産業社会貢献財団の大河内と申します。
保存期間の過ぎた申請書類など、機密書類の溶解処理をお願いしたくご連絡しました。

　量：段ボール箱 約30箱
　場所：東京都中央区日本橋2-9-14 日の出産業ビル6F
　希望：12月中の引取り、溶解証明書の発行

施錠式の回収ボックスの定期回収プランについても、あわせて資料をいただけますと幸いです。
{SIG_OKOCHI}""",
    "entities": [],
    "detectors": [],
    "note": "「機密文書」「機密書類」はサービスの話題で、区分表示ではない",
})

MESSAGES.append({
    "id": "ngo-079", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OKOCHI,
    "to": ["錦印刷 山岸様 <yamagishi@nishiki-insatsu.co.jp>"],
    "subject": "年次報告書 P.2「財団のあゆみ」の修正",
    "body": f"""山岸様

大河内です。年次報告書 P.2「財団のあゆみ」を次のとおり修正してください。

平成15年4月2日　日の出産業株式会社の創業50周年を記念し、財団設立
平成23年3月11日　東日本大震災　被災地支援基金を創設
平成26年10月1日　公益財団法人へ移行
平成30年7月6日　西日本豪雨　社員ボランティアを初派遣
令和6年1月1日　能登半島地震　緊急支援を開始
令和8年4月1日　子ども食堂支援プログラムを開始

以上6行です。年の表記は和暦のみで統一してください。
{SIG_OKOCHI}""",
    "entities": [],
    "detectors": [],
    "note": "和暦の日付が並ぶが沿革の日付で、生年月日ではない",
})

MESSAGES.append({
    "id": "ngo-080", "expect": "pass", "charset": "utf-8",
    "sender": HORI,
    "to": ["決済ブリッジ サポートデスク <support@kessai-bridge.com>"],
    "subject": "入金照合の不一致について（受付番号 3件）",
    "body": f"""決済ブリッジ サポートデスク御中

日の出産業社会貢献財団（加盟店ID: HSF-0031）の堀之内です。
10月分の入金明細と管理画面の決済データに、下記3件の不一致があります。

　受付番号 202610240153　決済額 10,000円 / 入金 0円
　受付番号 202610260877　決済額 3,000円 / 入金 3,000円（二重計上？）
　受付番号 202610311402　決済額 5,000円 / 入金 0円

振込依頼人番号 7710348826 の入金（10/31、118,450円）に含まれているか
ご確認いただけますでしょうか。
{SIG_HORI}""",
    "entities": [],
    "detectors": [],
    "note": "12桁の受付番号・10桁の振込依頼人番号：個人番号や口座番号ではない",
})

_grantees = [["団体名", "法人番号", "所在地", "助成額（円）", "事業名"],
             ["特定非営利活動法人フードバンクみなと", corp_number("081a"), "東京都港区", 3000000, "食品ロス削減と生活困窮世帯への配布"],
             ["一般社団法人ひだまり", corp_number("081b"), "東京都葛飾区", 1500000, "多世代型子ども食堂の運営"],
             ["特定非営利活動法人ともに難民サポート", corp_number("081c"), "東京都新宿区", 2800000, "難民の就労支援"],
             ["特定非営利活動法人災害支援ネットはまかぜ", corp_number("081d"), "石川県七尾市", 4000000, "仮設住宅の見守り活動"]]
MESSAGES.append({
    "id": "ngo-081", "expect": "pass", "charset": "utf-8",
    "sender": OKOCHI,
    "to": ["あおぞら教育基金 事業部 <jigyo@aozora-kikin.or.jp>"],
    "subject": "2026年度 助成先一覧（公開用）",
    "body": f"""あおぞら教育基金 事業部 ご担当者様

大河内です。当財団の2026年度助成先一覧（Webサイト公開用）を添付します。
合同報告会の資料にお使いください。
{SIG_OKOCHI}""",
    "attachments": [{"kind": "xlsx", "name": "2026年度_助成先一覧.xlsx",
                     "sheets": {"助成先": [["2026年度 助成先一覧（公開用）"], []] + _grantees}}],
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "団体の一覧と法人番号：法人の情報で個人データではない",
})

MESSAGES.append({
    "id": "ngo-082", "expect": "pass", "charset": "iso-2022-jp",
    "sender": AIMONO,
    "to": ["田所 里美 <tadokoro@foodbank-minato.or.jp>"],
    "cc": ["北国フーズ CSR室 長峰様 <nagamine@kitaguni-foods.co.jp>"],
    "subject": "三者打合せ（年末寄贈品の受け入れ）日程のご相談",
    "body": f"""田所様、長峰様

お世話になっております。日の出産業の四十物です。
年末の寄贈品の受け入れについて、三者で打合せをさせてください。

候補：11/18（水）15時 / 11/19（木）10時 / 11/20（金）14時
場所：フードバンクみなと 倉庫事務所（オンライン参加も可）

ご都合のよい日時をお知らせください。
{SIG_AIMONO}""",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "外部2団体をTo/Ccに入れた通常の三者打合せ",
})

MESSAGES.append({
    "id": "ngo-083", "expect": "pass", "charset": "cp932",
    "sender": SAEKI,
    "to": ["宇佐美 陽子 様 <usami.yoko82@gmail.com>"],
    "subject": "11/22 フードドライブ ご参加ありがとうございます",
    "body": f"""宇佐美様

このたびはフードドライブのボランティアにお申し込みいただき、
ありがとうございます。日の出産業の佐伯です。

当日は9:15にイオン葵店 北側の従業員通用口前にお集まりください。
ご登録いただいた携帯番号に、当日朝に集合確認のSMSをお送りします。

ご不明な点があれば、このメールにご返信ください。
{SIG_SAEKI}""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "個人ボランティア1名（フリーメール）への通常の案内",
})

MESSAGES.append({
    "id": "ngo-084", "expect": "pass", "charset": "utf-8",
    "sender": TAKANASHI_EN,
    "to": ["Martin Hollis <martin.hollis@asiabridge-relief.org>"],
    "subject": "Q3 progress - joint livelihood programme",
    "body": f"""Dear Martin,

Please find below a short update on the joint livelihood programme for Q3.

- 38 participants completed the 12-week Japanese for Work course (target: 35).
- 14 participants started jobs, mainly in logistics and food processing.
- Our employees gave 412 volunteer hours as mentors and interviewers.
- Spending to date: JPY 11.2 million of the JPY 18 million budget.

I'll share the full narrative report with the financial annex by 30 November.
Happy to discuss on our call next Thursday.

Best regards,
Aoi
{SIG_TAKANASHI_EN}{DISC_EN}""",
    "entities": [],
    "detectors": [],
    "note": "English programme update with aggregate figures; the disclaimer is not a marking",
})

MESSAGES.append({
    "id": "ngo-085", "expect": "pass", "charset": "iso-2022-jp",
    "sender": HORI,
    "to": ["及川 勝 様 <oikawa.masaru@yahoo.co.jp>"],
    "subject": "寄附金受領証明書の再発行について",
    "body": f"""及川 勝 様

いつも当財団へのご支援をいただき、誠にありがとうございます。
公益財団法人 日の出産業社会貢献財団 経理担当の堀之内でございます。

ご依頼のありました2025年分の寄附金受領証明書を再発行し、PDFで添付いたします。
原本は本日、ご登録のご住所あてに郵送いたしました。
確定申告の際にご利用ください。
{SIG_HORI}""",
    "attachments": [{"kind": "pdf", "name": "寄附金受領証明書_2025_再発行.pdf",
                     "lines": ["寄附金受領証明書（再発行）", "",
                               "及川 勝 様", "〒125-0041 東京都葛飾区東金町3-9-12",
                               "", "寄附金額：金 50,000 円", "受領日：2025年12月18日",
                               "上記の金額を寄附金として受領いたしました。",
                               "公益財団法人 日の出産業社会貢献財団 理事長 日ノ出 一郎"]}],
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "寄附者本人あての受領証明書：載っているのは受信者自身の氏名・住所",
})

MESSAGES.append({
    "id": "ngo-086", "expect": "pass", "charset": "utf-8",
    "sender": OKOCHI,
    "to": ["東海日報 社会部 <shakai@tokai-nippo.co.jp>"],
    "subject": "【プレスリリース】能登地域の子ども支援に3,000万円を寄附",
    "body": f"""東海日報 社会部 御中

いつもお世話になっております。日の出産業社会貢献財団 事務局の大河内です。
本日、下記のプレスリリースを発表いたしましたのでお送りします。

――――――――――――――――――――
公益財団法人 日の出産業社会貢献財団は、能登地域の子どもたちの学びと居場所づくりを
支援するため、地元の4団体に総額3,000万円を寄附いたします。
寄附金は、仮設住宅の子ども向け学習支援、放課後の居場所づくり、
奨学金（返済不要）などに充てられます。
――――――――――――――――――――

贈呈式は11月28日（土）10:30から当社本社ビルで行います。
取材をご希望の場合は、事務局（03-5204-7750）までご連絡ください。
{SIG_OKOCHI}""",
    "entities": [],
    "detectors": [],
    "note": "プレスリリース：金額と団体のみで個人データなし",
})

MESSAGES.append({
    "id": "ngo-087", "expect": "pass", "charset": "cp932",
    "sender": NONOMURA,
    "to": ["北瀬工業大学 学生課 <gakusei@kitase-kodai.ac.jp>"],
    "subject": "2027年度 日の出産業奨学金 募集要項のご送付",
    "body": f"""北瀬工業大学 学生課 ご担当者様

いつもお世話になっております。日の出産業社会貢献財団の野々村です。
2027年度の奨学生募集要項をお送りします。学内での周知をお願いいたします。
{SIG_NONOMURA}""",
    "attachments": [{"kind": "docx", "name": "2027年度_募集要項.docx",
                     "paragraphs": ["日の出産業奨学金 2027年度 募集要項",
                                    "1. 対象：学部2年生以上で、経済的理由により修学が困難な学生",
                                    "2. 給付額：月額40,000円（返済不要）",
                                    "3. 採用人数：全国で30名程度",
                                    "4. 提出書類：申請書、成績証明書、所得証明書、推薦書",
                                    "5. 締切：2027年1月31日（必着）",
                                    "6. 問合せ：日の出産業社会貢献財団 奨学事業担当 03-5204-7752"]}],
    "entities": [],
    "detectors": [],
    "note": "募集要項（DOCX）：個人データなし",
})

MESSAGES.append({
    "id": "ngo-088", "expect": "pass", "charset": "utf-8",
    "sender": SAEKI,
    "to": ["葵市 こども未来課 <kodomo-mirai@city.aoi.lg.jp>"],
    "subject": "子ども食堂 利用状況（4〜9月 集計）",
    "body": f"""葵市 こども未来課 ご担当者様

お世話になっております。日の出産業の佐伯です。
市の補助事業の中間報告として、4〜9月の利用状況の集計をお送りします。
個人が特定される情報は含めていません。
{SIG_SAEKI}""",
    "attachments": [{"kind": "xlsx", "name": "利用状況集計_2026上期.xlsx",
                     "sheets": {"月別": [["子ども食堂 利用状況（日の出産業 社員食堂会場）"],
                                         ["月", "開催回数", "子ども（延べ）", "大人（延べ）", "ボランティア（延べ）"],
                                         ["4月", 2, 64, 31, 18], ["5月", 2, 71, 35, 20], ["6月", 2, 69, 30, 17],
                                         ["7月", 3, 102, 44, 26], ["8月", 3, 118, 52, 29], ["9月", 2, 75, 33, 19]],
                                "地区別": [["地区", "登録世帯数", "うちひとり親世帯"], ["本町", 14, 6], ["港町", 21, 9],
                                          ["緑が丘", 9, 3], ["東新田", 12, 5]]}}],
    "entities": [],
    "detectors": [],
    "note": "集計値のみの統計：個人を特定できない",
})

MESSAGES.append({
    "id": "ngo-089", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OKOCHI,
    "to": ["錦印刷 山岸様 <yamagishi@nishiki-insatsu.co.jp>"],
    "subject": "年次報告書 P.7 事例紹介の原稿",
    "body": f"""山岸様

大河内です。P.7の事例紹介の原稿です。差し替えをお願いします。

――――――――――――
【事例】仕事と居場所を取り戻すまで
Aさん（30代・女性、仮名）は、体調を崩して仕事を失い、子ども2人と生活に困っていました。
地域の子ども食堂に通ううちにスタッフと話せるようになり、
フードバンクの食品支援と就労相談につながりました。
いまはパートで働きながら、月に一度、食堂のボランティアとして配膳を手伝っています。
――――――――――――

写真は後ろ姿のもの（ファイル名 P7_photo_b.jpg）を使ってください。
{SIG_OKOCHI}""",
    "entities": [],
    "detectors": [],
    "note": "仮名で年代のみの事例紹介：特定の個人を識別できない",
})

MESSAGES.append({
    "id": "ngo-090", "expect": "pass", "charset": "cp932",
    "sender": OKOCHI,
    "to": ["さくらホテル 宴会営業部 藤森様 <fujimori@sakura-hotel.jp>"],
    "subject": "12/15 理事会後の昼食（4名）",
    "body": f"""藤森様

大河内です。12/15（火）の理事会終了後、2F「桔梗」で昼食をお願いします。

出席者（4名）：
　理事長　日ノ出 一郎
　理事　　左右田 修
　理事　　真栄田 恵子
　監事　　帷子 徹

12:15開始、和食の松花堂弁当でお願いします。
{SIG_OKOCHI}""",
    "entities": [],
    "detectors": [],
    "note": "役職と氏名のみ4名：氏名以外の個人データなし",
})

MESSAGES.append({
    "id": "ngo-091", "expect": "pass", "charset": "cp932",
    "sender": HORI,
    "to": ["山吹商事 経理部 <keiri@yamabuki-shoji.co.jp>"],
    "subject": "ご寄附のお振込先について",
    "body": f"""山吹商事株式会社
経理部 御中

このたびはご寄附のお申し出をいただき、誠にありがとうございます。
公益財団法人 日の出産業社会貢献財団 経理担当の堀之内です。
お振込先は下記のとおりです。

　みどり銀行 日本橋支店（店番 214）
　普通預金 口座番号 3081726
　口座名義 ｺｳｴｷｻﾞｲﾀﾞﾝﾎｳｼﾞﾝ ﾋﾉﾃﾞｻﾝｷﾞｮｳｼｬｶｲｺｳｹﾝｻﾞｲﾀﾞﾝ

ご入金を確認しましたら、寄附金受領証明書をお送りいたします。
{SIG_HORI}""",
    "entities": [],
    "detectors": [],
    "note": "財団（法人）の振込先口座：個人の口座ではない",
})

_p = people("092", 2, age=(30, 50))
MESSAGES.append({
    "id": "ngo-092", "expect": "pass", "charset": "utf-8",
    "sender": TAKANASHI,
    "to": ["ともに難民サポート 水野様 <mizuno@tomoni-refugee.or.jp>"],
    "subject": "通訳ボランティアのご紹介（ビルマ語・ダリー語）",
    "body": f"""水野さん

小鳥遊です。ご依頼の通訳ボランティア、当社社員から2名が引き受けてくれました。
直接ご連絡いただいて大丈夫とのことです。

・ビルマ語：{_p[0]['name']}さん　{_p[0]['mobile']}
・ダリー語：{_p[1]['name']}さん　{_p[1]['mobile']}

平日は18時以降、土日は終日対応できるそうです。
{SIG_TAKANASHI}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "2名の氏名と携帯：少人数の連絡先紹介で通してよい（警告は可）",
})

MESSAGES.append({
    "id": "ngo-093", "expect": "pass", "charset": "utf-8",
    "sender": OKOCHI,
    "to": ["災害支援ネットはまかぜ 事務局 <info@hamakaze-saigai.or.jp>"],
    "subject": "財団ニュースレター 第18号",
    "body": """災害支援ネットはまかぜ 事務局 御中

財団ニュースレター第18号をお届けします。
・能登地域の子ども支援に3,000万円を寄附
・社員ボランティアの延べ活動時間が1万時間を突破
・2027年度 助成プログラムの募集を開始（12/1〜）

日の出産業社会貢献財団 事務局
""",
    "html": """<html><body style="font-family:sans-serif">
<h2 style="color:#d35400">日の出産業社会貢献財団 ニュースレター 第18号</h2>
<p>災害支援ネットはまかぜ 事務局 御中</p>
<ul>
<li><b>能登地域の子ども支援に3,000万円を寄附</b><br>仮設住宅の学習支援、放課後の居場所づくりに活用されます。</li>
<li><b>社員ボランティアの延べ活動時間が1万時間を突破</b></li>
<li><b>2027年度 助成プログラムの募集を開始（12/1〜）</b></li>
</ul>
<p style="font-size:9pt;color:#666">配信停止をご希望の場合は、このメールにご返信ください。<br>
公益財団法人 日の出産業社会貢献財団 事務局 TEL 03-5204-7750</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "text+HTMLのニュースレターを1団体へ：個人データなし",
})

MESSAGES.append({
    "id": "ngo-094", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["佐伯 奈緒子 <saeki.naoko@hinode-sangyo.co.jp>"],
    "bcc": ["yumi.okada77@gmail.com", "k-hasumi@yahoo.co.jp", "shoji.chihiro@icloud.com",
            "m.tate0315@docomo.ne.jp", "setoguchi-fam@ezweb.ne.jp", "igarashi.ren@outlook.jp"],
    "subject": "【お礼】11/22 フードドライブ ご協力ありがとうございました",
    "body": f"""ボランティアのみなさま
（このメールはBCCでお送りしています）

11/22のフードドライブでは、寒い中ご協力いただき本当にありがとうございました。
おかげさまで、お米 182kg、缶詰・レトルト 640点が集まりました。
すべてフードバンクみなとを通じて、市内の子ども食堂とご家庭に届けられます。

次回は1月下旬を予定しています。またご案内させてください。
{SIG_SAEKI}""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "個人ボランティアへの一斉送信を正しくBccで：互いのアドレスは見えない",
})

MESSAGES.append({
    "id": "ngo-095", "expect": "pass", "charset": "cp932",
    "sender": OKOCHI,
    "to": ["CSR推進部 全員 <csr-all@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】2027年度 助成予算（案）",
    "body": f"""【社外秘】

CSR推進部のみなさん

大河内です。2027年度の助成予算（案）です。理事会前のため社外秘でお願いします。

　子ども食堂支援　　　　 4,000万円（+500万円）
　フードバンク連携　　　 2,500万円
　難民支援　　　　　　　 2,000万円（新規枠 800万円を含む）
　災害支援（予備費含む） 5,000万円
　奨学金　　　　　　　　 1,440万円（30名 × 48万円）

ご意見は11/20までにお願いします。
大河内""",
    "entities": [],
    "detectors": [],
    "note": "社外秘の表示があるが宛先は社内のみ",
})

_p = people("096", 12, age=(23, 64))
MESSAGES.append({
    "id": "ngo-096", "expect": "pass", "charset": "utf-8",
    "sender": DOMEKI,
    "to": ["人事部 勤怠管理 <kintai@mail.hinode-sangyo.co.jp>"],
    "subject": "ボランティア休暇 取得者一覧（10月 能登派遣）",
    "body": f"""人事部 勤怠管理ご担当者様

CSR推進部の百目鬼です。10月の能登派遣に参加した社員の
ボランティア休暇の取得者一覧をお送りします。勤怠への反映をお願いします。
{SIG_DOMEKI}""",
    "attachments": [{"kind": "xlsx", "name": "ボランティア休暇_202610.xlsx",
                     "sheets": {"取得者": [["ボランティア休暇 取得者一覧（2026年10月 能登派遣）"],
                                           ["社員番号", "氏名", "所属", "携帯", "取得日", "日数"]] + [
                         [f"H{60210 + i * 41}", p["name"], ["営業部", "物流部", "総務部", "製造部"][i % 4], p["mobile"],
                          ["10/10-10/12", "10/17-10/19", "10/24-10/26"][i % 3], 3] for i, p in enumerate(_p)]}}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "12名の一覧だが宛先は社内サブドメイン mail.hinode-sangyo.co.jp",
})

MESSAGES.append({
    "id": "ngo-097", "expect": "pass", "charset": "utf-8",
    "sender": TAKANASHI_EN,
    "to": ["Martin Hollis <martin.hollis@asiabridge-relief.org>"],
    "subject": "Re: Data sharing for the 2027 programme",
    "body": f"""Dear Martin,

Thanks for raising this. Before we exchange any beneficiary data next year,
our legal team would like both organisations to sign a short NDA and a data
processing agreement. Beneficiary information would be treated as confidential
information under the NDA, shared only through our secure file service, and
deleted at the end of the programme.

I'll send the draft agreements next week for your review.

Best,
Aoi
{SIG_TAKANASHI_EN}""",
    "entities": [],
    "detectors": [],
    "note": "English talk about an NDA and confidential information; no data, no marking",
})

MESSAGES.append({
    "id": "ngo-098", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["東海日報 社会部 記者 小宮様 <komiya@tokai-nippo.co.jp>"],
    "subject": "Re: 子ども食堂の取材について",
    "body": f"""小宮様

お世話になっております。日の出産業の佐伯です。
取材のお申し込みありがとうございます。
12/12（土）の開催日にお越しいただければ、社員ボランティアのリーダーを務めている
物流部の日比野が、活動を始めたきっかけなどをお話しします。

なお、参加しているお子さんやご家族の顔が写る写真の掲載はご遠慮ください。
{SIG_SAEKI}""",
    "entities": [],
    "detectors": [],
    "note": "社員1名の名前に触れるだけで、その人の個人データはない",
})

MESSAGES.append({
    "id": "ngo-099", "expect": "pass", "charset": "cp932",
    "sender": DOMEKI,
    "to": ["防災マート 法人営業部 <hojin@bousai-mart.co.jp>"],
    "subject": "注文書 PO-2026-0418 防災備蓄品の追加発注",
    "body": f"""防災マート株式会社
法人営業部 御中

いつもお世話になっております。日の出産業の百目鬼です。
下記のとおり追加発注いたします。注文書PDFは別途お送りします。

注文番号：PO-2026-0418
品番　　　　 JANコード　　　　 品名　　　　　　　　　 数量
BM-W2000　 4580123456787　 保存水 2L（5年保存）　 600本
BM-BL01　　4580123450112　 アルミ毛布　　　　　　 300枚
BM-TL50　　4580123451904　 簡易トイレ 50回分　　　 40箱

納品先：日の出産業 川口物流センター（埼玉県川口市領家5-14-3）
納期：11月20日（金）午前
{SIG_DOMEKI}""",
    "entities": [],
    "detectors": [],
    "note": "注文番号・品番・JANコード・自社拠点の住所：個人データなし",
})

MESSAGES.append({
    "id": "ngo-100", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["あおい子ども食堂ネットワーク 事務局長 小野寺様 <onodera@kodomoshokudo-aoi.jp>"],
    "subject": "Re: 比嘉さんの件",
    "body": f"""小野寺さん

佐伯です。ご対応ありがとうございます。承知しました。
社員食堂会場のボランティアには、名簿の扱いについてだけ私から一般的に注意しておきます。

{SIG_SAEKI}
差出人: 小野寺 <onodera@kodomoshokudo-aoi.jp>
送信日時: 2026年11月6日 9:48
宛先: 佐伯 奈緒子 <saeki.naoko@hinode-sangyo.co.jp>
件名: 比嘉さんの件

佐伯さん

比嘉 さおりさんの件、DV被害で転居されたことは事務局の私と代表だけで共有し、
新住所（東京都北区赤羽西4-22-7）は名簿から削除しました。
元夫から問い合わせがあっても答えないよう、各会場にも伝えます。

小野寺
""",
    "entities": [],
    "detectors": [],
    "note": "DV被害と住所は相手のメールの引用（差出人/送信日時以下）のみ、新規本文にはない",
})
