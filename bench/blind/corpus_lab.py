"""Blind corpus, area "lab": 日の出産業株式会社 臨床検査センター.

Specimen requests from clinics, test results (blood chemistry, infection serology, genetic
tests, drug screening) reported back to clinics, company health-check result files for
client companies, sample logistics (collection routes, couriers, cold chain), reagent
suppliers, and accreditation (ISO 15189) audits.

Every person, number and address here is invented.  My Number / card seeds start at 2501.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from build import card_number, my_number

# -- invented people ---------------------------------------------------------------------

_SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤原", "フジワラ", "Fujiwara"), ("岡田", "オカダ", "Okada"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"),
    ("東海林", "ショウジ", "Shoji"), ("五月女", "ソウトメ", "Sotome"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("百目鬼", "ドウメキ", "Domeki"),
    ("薬袋", "ミナイ", "Minai"), ("十河", "ソゴウ", "Sogo"), ("四十万", "シジマ", "Shijima"),
    ("九十九", "ツクモ", "Tsukumo"), ("御手洗", "ミタライ", "Mitarai"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("鬼塚", "オニヅカ", "Onizuka"), ("宇佐美", "ウサミ", "Usami"),
    ("比嘉", "ヒガ", "Higa"), ("我那覇", "ガナハ", "Ganaha"), ("阿久津", "アクツ", "Akutsu"),
    ("城之内", "ジョウノウチ", "Jonouchi"), ("猪狩", "イガリ", "Igari"), ("雲母", "キララ", "Kirara"),
    ("左右田", "ソウダ", "Soda"), ("飯干", "イイボシ", "Iiboshi"), ("轟", "トドロキ", "Todoroki"),
]
_MEI = [
    ("翔太", "ショウタ", "Shota", "M"), ("大輔", "ダイスケ", "Daisuke", "M"),
    ("健一", "ケンイチ", "Kenichi", "M"), ("拓也", "タクヤ", "Takuya", "M"),
    ("和也", "カズヤ", "Kazuya", "M"), ("誠", "マコト", "Makoto", "M"), ("浩二", "コウジ", "Koji", "M"),
    ("隆", "タカシ", "Takashi", "M"), ("悠斗", "ユウト", "Yuto", "M"), ("蓮", "レン", "Ren", "M"),
    ("直樹", "ナオキ", "Naoki", "M"), ("哲也", "テツヤ", "Tetsuya", "M"), ("修", "オサム", "Osamu", "M"),
    ("勝利", "カツトシ", "Katsutoshi", "M"), ("一平", "イッペイ", "Ippei", "M"),
    ("陽介", "ヨウスケ", "Yosuke", "M"), ("昌弘", "マサヒロ", "Masahiro", "M"),
    ("慎吾", "シンゴ", "Shingo", "M"), ("剛", "ツヨシ", "Tsuyoshi", "M"), ("智也", "トモヤ", "Tomoya", "M"),
    ("陽子", "ヨウコ", "Yoko", "F"), ("美咲", "ミサキ", "Misaki", "F"), ("恵", "メグミ", "Megumi", "F"),
    ("由美子", "ユミコ", "Yumiko", "F"), ("千尋", "チヒロ", "Chihiro", "F"), ("彩", "アヤ", "Aya", "F"),
    ("真由美", "マユミ", "Mayumi", "F"), ("香織", "カオリ", "Kaori", "F"), ("奈々", "ナナ", "Nana", "F"),
    ("結衣", "ユイ", "Yui", "F"), ("紀子", "ノリコ", "Noriko", "F"), ("里奈", "リナ", "Rina", "F"),
    ("智子", "トモコ", "Tomoko", "F"), ("沙織", "サオリ", "Saori", "F"), ("久美子", "クミコ", "Kumiko", "F"),
    ("葵", "アオイ", "Aoi", "F"), ("麻衣", "マイ", "Mai", "F"), ("幸子", "サチコ", "Sachiko", "F"),
    ("珠美", "タマミ", "Tamami", "F"), ("詩織", "シオリ", "Shiori", "F"),
]
_PLACES = [
    ("埼玉県", "さいたま市桜区", "338", ["田島", "西堀", "栄和", "上大久保"]),
    ("埼玉県", "川口市", "332", ["芝新町", "並木", "本町", "飯塚"]),
    ("埼玉県", "所沢市", "359", ["東町", "小手指町", "緑町", "北秋津"]),
    ("埼玉県", "上尾市", "362", ["柏座", "原市", "緑丘"]),
    ("東京都", "板橋区", "173", ["大山町", "仲宿", "常盤台", "成増"]),
    ("東京都", "練馬区", "176", ["豊玉北", "桜台", "練馬", "旭丘"]),
    ("東京都", "北区", "114", ["王子本町", "赤羽西", "滝野川", "西ケ原"]),
    ("神奈川県", "川崎市中原区", "211", ["小杉町", "上丸子山王町", "木月", "井田"]),
    ("千葉県", "松戸市", "270", ["小金原", "常盤平", "新松戸", "六高台"]),
    ("群馬県", "高崎市", "370", ["八島町", "連雀町", "上並榎町", "江木町"]),
    ("茨城県", "つくば市", "305", ["吾妻", "竹園", "並木", "天久保"]),
]
_BLD = ["", "", "", "", "メゾン桜台{}号", "コーポ青葉{}号", "グランハイツ{}", "サンライズ{}号室",
        "パークサイド{}"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
_TODAY = date(2025, 6, 20)


def people(n: int, seed: int, y0: int = 1962, y1: int = 2002, sex: str | None = None) -> list[dict]:
    """n invented people, deterministic for a seed (sex: "M" or "F" to restrict)."""
    rng = random.Random(f"lab-people-{seed}")
    out: list[dict] = []
    used: set[str] = set()
    while len(out) < n:
        sei, mei = rng.choice(_SEI), rng.choice(_MEI)
        key = sei[0] + mei[0]
        if key in used or sei[0] in {p["sei"] for p in out[-2:]} or (sex and mei[3] != sex):
            continue
        used.add(key)
        dob = date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
        pref, city, zip3, towns = rng.choice(_PLACES)
        addr = f"{pref}{city}{rng.choice(towns)}{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        bld = rng.choice(_BLD)
        if bld:
            addr += " " + bld.format(rng.randint(101, 608))
        sep = rng.choice([".", "_", "", "-"])
        mail = f"{mei[2].lower()}{sep}{sei[2].lower()}{rng.choice(['', str(rng.randint(1, 99)), str(dob.year % 100)])}@{rng.choice(_FREE)}"
        age = _TODAY.year - dob.year - ((_TODAY.month, _TODAY.day) < (dob.month, dob.day))
        out.append({
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name2": sei[0] + mei[0],
            "kana": f"{sei[1]} {mei[1]}", "romaji": f"{sei[2].upper()} {mei[2]}",
            "sex": "男" if mei[3] == "M" else "女", "mf": mei[3], "dob": dob, "age": age,
            "zip": f"{zip3}-{rng.randint(1, 9999):04d}", "addr": addr,
            "mobile": f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "mail": mail,
        })
    return out


_ZEN = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def zen(s: str) -> str:
    """ASCII → full-width (０９０－１２３４…)."""
    return s.translate(_ZEN)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, e, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, e, y = "平成", "H", d.year - 1988
    else:
        era, e, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{e}{y}.{d.month}.{d.day}"
    if style == "zen":
        return f"{era}{zen(str(y))}年{zen(str(d.month))}月{zen(str(d.day))}日"
    return zen(f"{e}{y}.{d.month}.{d.day}")


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def _dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def table(rows: list[list], sep: str = "  ", rule: str = "-", fullwidth: bool = False) -> str:
    """Columns padded with spaces under a header and a rule, as pasted from a fixed font."""
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(_dw(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            gap = widths[i] - _dw(c)
            if fullwidth:
                cells.append(c + "　" * (gap // 2) + " " * (gap % 2))
            else:
                cells.append(c + " " * gap)
        lines.append(sep.join(cells).rstrip())
        if k == 0 and rule:
            total = sum(widths) + _dw(sep) * (len(widths) - 1)
            lines.append(rule * (total // _dw(rule)))
    return "\n".join(lines)


def tsv(rows: list[list]) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def corporate_number(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- the centre's own people and signatures -----------------------------------------------

LAB = "日の出産業株式会社 臨床検査センター"
LAB_ADDR = "〒338-0837 埼玉県さいたま市桜区田島9-4-21"
DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを破棄していただきますようお願いいたします。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are not "
           "the intended recipient, please notify the sender immediately and delete this e-mail.")


def sig(name: str, dept: str, ext: str, mail: str, style: int = 0) -> str:
    if style == 0:
        return (f"--\n{LAB}\n{dept}　{name}\n{LAB_ADDR}\n"
                f"TEL 048-862-7710（代表）／内線 {ext}\nMail: {mail}@hinode-sangyo.co.jp")
    if style == 1:
        return (f"━━━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\n臨床検査センター {dept}\n"
                f"{name}\n{LAB_ADDR}\nTEL: 048-862-{ext}  FAX: 048-862-7719\n"
                f"E-mail: {mail}@hinode-sangyo.co.jp\n━━━━━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return (f"*************************************\n　{name}\n　日の出産業(株) 臨床検査センター\n"
                f"　{dept}\n　直通 048-862-{ext}\n*************************************")
    return (f"--\n{name}\n{dept}, Clinical Laboratory Center\nHinode Sangyo Co., Ltd.\n"
            f"9-4-21 Tajima, Sakura-ku, Saitama 338-0837, Japan\nTel +81-48-862-{ext}\n"
            f"{mail}@hinode-sangyo.co.jp")


MESSAGES: list[dict] = []

# =========================================================================================
# STOP — lists of five or more people (body and every attachment kind)
# =========================================================================================

_p = people(8, 1, 1966, 2000)
_rows = [["社員番号", "氏名", "生年月日", "受診日", "受付", "携帯"]]
for _i, _x in enumerate(_p):
    _rows.append([f"AU{20417 + _i * 53}", _x["name"], ymd(_x["dob"]), f"7/{8 + _i // 3}",
                  ["8:30", "9:00", "9:30"][_i % 3], _x["mobile"]])
MESSAGES.append({
    "id": "lab-001", "charset": "iso-2022-jp",
    "sender": "岩城 真由美 <m-iwaki@hinode-sangyo.co.jp>",
    "to": ["徳田 様 <h-tokuda@aoba-unyu.co.jp>"],
    "subject": "【ご予約確定】7月 定期健康診断（乗務員の部）",
    "body": f"""青葉運輸株式会社
人事部 安全衛生課
徳田 様

いつも大変お世話になっております。
日の出産業 臨床検査センター 健診営業課の岩城でございます。

先日ご依頼いただきました7月の定期健康診断（乗務員の部）につきまして、
下記のとおり予約が確定いたしましたのでご連絡いたします。
会場は例年どおり戸田営業所 2F 会議室、検診車1台での対応となります。

{table(_rows)}

当日は前夜21時以降の絶食をお願いいたします（水・お茶は可）。
問診票は各営業所宛に7/1までに発送いたします。
時間変更のご希望は、前日15時までにご連絡ください。

何卒よろしくお願いいたします。

{sig("岩城 真由美", "健診事業部 健診営業課", "7731", "m-iwaki")}
""",
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8 drivers' booking rows (name, DOB, mobile) in a space-padded body table to a partner",
})

_p = people(6, 2, 1960, 1999)
_dept = ["客室課", "料飲課", "フロント", "施設管理", "客室課", "調理部"]
_rows = [["氏名", "所属", "生年月日", "連絡先"]]
for _i, _x in enumerate(_p):
    _rows.append([_x["name"], _dept[_i], wareki(_x["dob"], "zen"), zen(_x["mobile"])])
MESSAGES.append({
    "id": "lab-002", "charset": "shift_jis",
    "sender": "小池 詩織 <s-koike@hinode-sangyo.co.jp>",
    "to": ["広瀬 直美 <n-hirose@sakura-hotel.jp>"],
    "subject": "問診票未提出の方について（6/26 巡回健診）",
    "body": f"""さくらホテル株式会社
総務部　広瀬様

お世話になっております。日の出産業の小池です。

6/26（木）の巡回健診について、本日時点で問診票がまだ届いていない方を
以下にまとめました。お手数ですが、各部署へお声がけいただけますと幸いです。

{table(_rows, sep="　", rule="－", fullwidth=True)}

※当日ご持参いただく形でも受付可能です。
※生年月日は受付照合用に記載しております。

以上、よろしくお願いいたします。

{sig("小池 詩織", "健診事業部 巡回健診課", "7742", "s-koike", 1)}
""",
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6 employees with 和暦 full-width DOB and mobile in a full-width padded table",
})

_p = people(6, 3, 1950, 1995)
_rows = [["区分", "お届け先", "郵便番号", "住所", "電話番号", "品名"]]
for _i, _x in enumerate(_p):
    _rows.append(["宅配", _x["name2"], _x["zip"], _x["addr"], _x["mobile"],
                  ["生活習慣病セット", "腸内フローラ", "生活習慣病セット", "栄養状態チェック",
                   "生活習慣病セット", "腸内フローラ"][_i]])
MESSAGES.append({
    "id": "lab-003", "charset": "utf-8",
    "sender": "野々村 哲也 <t-nonomura@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 さいたま集配センター <saitama-shuhai@aoba-unyu.co.jp>"],
    "subject": "郵送検査キット 個人宅向け発送分（6/20出荷）",
    "body": f"""青葉運輸 さいたま集配センター御中

お疲れ様です。日の出産業 物流課の野々村です。
本日出荷分の個人宅向けキット、送り状の手配をお願いします。
（システム障害で取込ファイルが作れなかったため、Excelから貼り付けています）

{tsv(_rows)}

いずれも常温・60サイズ、時間指定なしです。
集荷は16時の定期便で結構です。

野々村
物流課 / 048-862-7755
""",
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6 private consignees (name, address, phone) pasted tab-separated into the body",
})

_p = people(5, 4, 1932, 1958)
_notes = ["ワーファリン内服中、PT-INR", "慢性腎不全（透析前）、Cre・K", "2型糖尿病、HbA1c・血糖",
          "肝硬変フォロー、AST/ALT・アンモニア", "甲状腺機能低下症、TSH・FT4"]
_blocks = []
for _i, _x in enumerate(_p):
    _blocks.append(f"■訪問{_i + 1}（{['9:00', '9:45', '10:30', '13:30', '14:15'][_i]}）\n"
                   f"氏名：{_x['name']}（{_x['kana']}）\n生年月日：{wareki(_x['dob'])}\n"
                   f"住所：{_x['addr']}\n電話：{_x['mobile']}\n採血内容：{_notes[_i]}")
MESSAGES.append({
    "id": "lab-004", "charset": "iso-2022-jp",
    "sender": "杉浦 沙織 <s-sugiura@hinode-sangyo.co.jp>",
    "to": ["訪問看護ステーションはなみずき 管理者 様 <kanri@hanamizuki-houkan.jp>"],
    "subject": "6/24（火）訪問採血のお願い",
    "body": "訪問看護ステーションはなみずき\n管理者 様\n\n"
            "いつもお世話になっております。日の出産業 臨床検査センター 検体受付課の杉浦です。\n"
            "来週火曜の訪問採血分、主治医からの依頼がまとまりましたのでお送りします。\n"
            "採血管・スピッツは前日に事業所宛にお届けします。\n\n"
            + "\n\n".join(_blocks) +
            "\n\n検体は当日16時の集配便でお預かりします。\nご不明点は杉浦までお願いいたします。\n\n"
            + sig("杉浦 沙織", "検体受付課", "7721", "s-sugiura", 2),
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "5 home-visit patients as blocks with address, DOB, phone and their diagnoses",
})

_p = people(7, 5, 1965, 1996)
_clinics = ["あおぞら内科クリニック", "星野医院", "やまぶきクリニック", "関口整形外科",
            "寿会病院 検査科", "南町ファミリークリニック", "ひなたレディースクリニック"]
_lines = "\n".join(f"・{x['name']}（{_clinics[i]}）　携帯 {x['mobile']}　{x['mail']}"
                   for i, x in enumerate(_p))
MESSAGES.append({
    "id": "lab-005", "charset": "utf-8",
    "sender": "村井 健一 <k-murai@hinode-sangyo.co.jp>",
    "to": ["真壁 様 <k-makabe@sakura-hotel.jp>"],
    "subject": "7/11 精度管理報告会 参加者名簿（名札・ご案内用）",
    "body": f"""さくらホテル 宴会セールス
真壁様

お世話になっております。日の出産業の村井です。
7/11（金）「臨床検査 精度管理報告会」の参加者が確定しましたので、
名札作成と当日の遅延連絡用に名簿をお送りします。

{_lines}

上記のほか弊社スタッフ5名が出席します（名札は弊社で用意します）。
会場レイアウトはスクール形式40席のままでお願いいたします。

村井 健一
日の出産業株式会社 臨床検査センター 学術営業課
TEL 048-862-7760 / 090-3318-2047
""",
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "7 attendees with personal mobile and free-mail in 「・」 bullets to the hotel",
})

_p = people(12, 6, 1964, 2001)
_rows = [["社員番号", "氏名", "フリガナ", "性別", "生年月日", "所属", "受診日", "コース"]]
for _i, _x in enumerate(_p):
    _rows.append([f"{310042 + _i * 17}", _x["name"], _x["kana"], _x["sex"], ymd(_x["dob"]),
                  ["生産技術部", "品質保証部", "第一製造課", "総務部", "資材部", "第二製造課"][_i % 6],
                  f"2025/07/{14 + _i % 4:02d}",
                  "人間ドック" if _x["age"] >= 40 else "定期健診A"])
MESSAGES.append({
    "id": "lab-006", "charset": "shift_jis",
    "sender": "岩城 真由美 <m-iwaki@hinode-sangyo.co.jp>",
    "to": ["川崎電機 健康管理室 <kenkokanri@kawasaki-denki.co.jp>"],
    "cc": ["岩城 真由美 <m-iwaki@hinode-sangyo.co.jp>"],
    "subject": "2025年度 健診予約者リスト（7月第3週分）",
    "body": f"""川崎電機株式会社
健康管理室 御中

いつもお世話になっております。日の出産業 健診営業課 岩城です。

7月第3週の受診予約者リストを添付いたします（CSV、12名分）。
社内システムへの取込にご利用ください。
コースの区分に誤りがございましたらご指摘ください。

よろしくお願いいたします。

{sig("岩城 真由美", "健診事業部 健診営業課", "7731", "m-iwaki")}

{DISC_JA}
""",
    "attachments": [{"kind": "csv", "name": "yoyaku_2025_07w3.csv", "encoding": "cp932",
                     "rows": _rows}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of 12 employees (name, kana, DOB) booked for health checks, to a partner",
})

_p = people(10, 7, 1948, 1990)
_rows = [["郵便番号", "住所1", "氏名", "敬称", "管理番号"]]
for _i, _x in enumerate(_p):
    _rows.append([_x["zip"], _x["addr"], _x["name"], "様", f"YK-{250601 + _i * 3}"])
MESSAGES.append({
    "id": "lab-007", "charset": "utf-8",
    "sender": "三上 幸子 <s-mikami@hinode-sangyo.co.jp>",
    "to": ["大山 智史 <t-oyama@nishiki-insatsu.co.jp>"],
    "subject": "結果通知用封筒 宛名印字データ（6月後半分）",
    "body": f"""錦印刷株式会社
大山様

いつもお世話になっております。日の出産業の三上です。
郵送検査の結果通知封筒（窓なし・長3）の宛名印字データをお送りします。
今回は10件と少なめですので、通常便で結構です。
納品は6/27までにお願いできれば助かります。

{sig("三上 幸子", "総務課", "7702", "s-mikami")}
""",
    "attachments": [{"kind": "csv", "name": "atena_202506b.csv", "encoding": "utf-8",
                     "rows": _rows}],
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of 10 private names and home addresses for label printing",
})

_p = people(15, 8, 1968, 2004)
_res = []
for _i, _x in enumerate(_p):
    pos = _i == 9
    _res.append([f"KF-{2207 + _i * 4}", _x["name"], ["成形A", "成形B", "包装", "仕込み", "洗浄"][_i % 5],
                 "2025/06/16", "陰性", "O7群 陽性" if pos else "陰性", "陰性",
                 "要再検・就業制限" if pos else "異常なし"])
MESSAGES.append({
    "id": "lab-008", "charset": "iso-2022-jp",
    "sender": "大和田 浩二 <k-owada@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 品質保証部 <qa-honbu@kitaguni-foods.co.jp>"],
    "subject": "腸内細菌検査 結果のご報告（第二工場 6月分）",
    "body": f"""北国フーズ株式会社
品質保証部 ご担当者様

いつも大変お世話になっております。
日の出産業 臨床検査センター 報告管理課の大和田です。

6/16採便分の腸内細菌検査（赤痢菌・サルモネラ・O157）の結果をお送りします。
1名にサルモネラ属菌が検出されております。詳細は添付ファイル「個人別」シートを
ご確認のうえ、再検査のご手配をお願いいたします。

{sig("大和田 浩二", "報告管理課", "7725", "k-owada")}
""",
    "attachments": [{"kind": "xlsx", "name": "検便結果_第二工場_202506.xlsx",
                     "sheets": {
                         "集計": [["2025年6月 腸内細菌検査 集計"], [],
                                ["項目", "検査数", "陽性", "陰性"],
                                ["赤痢菌", 15, 0, 15], ["サルモネラ属菌", 15, 1, 14],
                                ["腸管出血性大腸菌O157", 15, 0, 15]],
                         "個人別": [["2025年6月 腸内細菌検査 結果一覧（北国フーズ 第二工場）"], [],
                                 ["従業員No", "氏名", "ライン", "採便日", "赤痢菌", "サルモネラ",
                                  "O157", "判定"]] + _res,
                     }}],
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX (title row, 2 sheets) of 15 food handlers' stool test results, one positive",
})

_p = people(6, 9, 1975, 2001)
_rows = [["氏名", "ふりがな", "生年月日", "携帯電話", "メールアドレス", "受講コース"]]
for _i, _x in enumerate(_p):
    _rows.append([_x["name"], _x["kana"], ymd(_x["dob"], "-"), _x["mobile"], _x["mail"],
                  "凝固分析装置 基礎" if _i < 3 else "凝固分析装置 保守"])
MESSAGES.append({
    "id": "lab-009", "charset": "iso-2022-jp",
    "sender": "久保田 昌弘 <m-kubota@hinode-sangyo.co.jp>",
    "to": ["常盤試薬 学術サポート 井出様 <r-ide@tokiwa-reagent.co.jp>"],
    "subject": "Re: 装置トレーニング 受講者名簿のご提出について",
    "body": f"""常盤試薬株式会社
学術サポート部 井出様

お世話になっております。日の出産業 購買課の久保田です。
ご依頼の受講者名簿（傷害保険加入用）を添付にてお送りします。
旧形式のExcelで恐縮ですが、御社テンプレートのままです。

当日は8:45に御社つくば研修センター受付に集合でよろしいでしょうか。

久保田
--
日の出産業株式会社 臨床検査センター 購買課
久保田 昌弘  TEL 048-862-7768
""",
    "attachments": [{"kind": "xls", "name": "jukousha_meibo.xls", "sheets": {"名簿": _rows}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of 6 staff with DOB, private mobile and mail to a reagent supplier",
})

_p = people(6, 10, 1966, 1994)
_rows = [["氏名", "役割", "臨床検査技師 登録番号", "携帯", "メール"]]
_roles = ["品質管理者", "技術管理者", "生化学 主任", "血液 主任", "微生物 主任", "文書管理"]
for _i, _x in enumerate(_p):
    _rows.append([_x["name"], _roles[_i], f"第{182337 + _i * 911}号", _x["mobile"], _x["mail"]])
MESSAGES.append({
    "id": "lab-010", "charset": "utf-8",
    "sender": "小野寺 隆 <t-onodera@hinode-sangyo.co.jp>",
    "to": ["審査部 大河内 様 <okochi@jcaa-nintei.or.jp>"],
    "subject": "ISO 15189 定期サーベイランス 対応要員一覧の送付",
    "body": f"""一般財団法人 日本適合性認定審査機構
審査部 大河内様

平素より大変お世話になっております。
日の出産業株式会社 臨床検査センター 品質保証室の小野寺でございます。

8月の定期サーベイランスに際し、ご依頼のありました対応要員一覧を
Word形式にて添付いたします。当日は休日対応となる部門があるため、
緊急時の連絡先として各自の携帯番号も記載しております。

ご確認のほど、よろしくお願い申し上げます。

{sig("小野寺 隆", "品質保証室", "7790", "t-onodera", 1)}
""",
    "attachments": [{"kind": "docx", "name": "対応要員一覧_2025サーベイランス.docx",
                     "title": "対応要員一覧",
                     "paragraphs": ["ISO 15189 定期サーベイランス 対応要員一覧",
                                    "日の出産業株式会社 臨床検査センター", "2025年6月20日 作成"],
                     "tables": [_rows]}],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 6 staff with private mobile and mail to the accreditation body",
})

_p = people(6, 11, 1962, 1988)
_slides = [
    ["健康経営セミナー 2025", "川崎電機株式会社 様", "日の出産業株式会社 臨床検査センター"],
    ["2024年度 健診結果の概況", "受診者 1,284名（受診率 98.2%）", "有所見率 57.9%（前年比 +1.4pt）",
     "血糖・脂質の有所見が増加傾向"],
    ["要フォロー者一覧（HbA1c 8.0%以上 または 収縮期血圧 160以上）"]
    + [f"{x['name']}（{x['age']}歳・{['製造一課', '製造二課', '設計部', '営業部', '資材部', '製造一課'][i]}）"
       f"  HbA1c {[8.4, 9.1, 8.0, 7.2, 8.7, 6.9][i]}%  血圧 {[148, 132, 166, 171, 139, 162][i]}/"
       f"{[92, 84, 101, 104, 88, 98][i]}" for i, x in enumerate(_p)],
    ["今後の取り組み", "・二次検査受診勧奨の徹底", "・特定保健指導の利用促進", "・職場単位の運動施策"],
]
MESSAGES.append({
    "id": "lab-011", "charset": "shift_jis",
    "sender": "岩城 真由美 <m-iwaki@hinode-sangyo.co.jp>",
    "to": ["川崎電機 健康管理室 保健師 坂巻様 <y-sakamaki@kawasaki-denki.co.jp>"],
    "subject": "健康経営セミナー資料（7/3開催分）",
    "body": f"""坂巻様

お世話になっております。日の出産業の岩城です。
7/3のセミナーで使用するスライドをお送りします。
3枚目のフォロー対象者の一覧は、産業医の先生との事前打合せ用に入れております。
本番投影時は非表示にいたしますのでご安心ください。

{sig("岩城 真由美", "健診事業部 健診営業課", "7731", "m-iwaki")}
""",
    "attachments": [{"kind": "pptx", "name": "健康経営セミナー_川崎電機様_0703.pptx",
                     "slides": _slides}],
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PPTX slide lists 6 named employees with HbA1c and blood pressure results",
})

_p = people(8, 12, 1940, 1995)
_tbl = [["受付No", "患者名", "性", "年齢", "AST", "ALT", "γ-GT", "HbA1c", "LDL-C", "コメント"]]
_vals = [(28, 31, 45, 5.6, 118, ""), (64, 88, 212, 6.1, 142, "H"), (19, 15, 22, 7.8, 171, "H"),
         (33, 41, 58, 5.4, 96, ""), (122, 140, 390, 5.9, 133, "H 再検済"), (24, 20, 31, 6.6, 158, "H"),
         (17, 12, 19, 5.2, 88, ""), (45, 52, 76, 9.3, 201, "H 至急連絡済")]
for _i, _x in enumerate(_p):
    v = _vals[_i]
    _tbl.append([f"0612-{1040 + _i}", _x["name"], _x["sex"], _x["age"], v[0], v[1], v[2], v[3], v[4], v[5]])
MESSAGES.append({
    "id": "lab-012", "charset": "iso-2022-jp",
    "sender": "報告管理課 <houkoku@hinode-sangyo.co.jp>",
    "to": ["あおぞら内科クリニック <info@aozora-naika.jp>"],
    "subject": "検査結果報告書（6/12受付分）",
    "body": """あおぞら内科クリニック 御中

いつもご利用いただきありがとうございます。
6月12日受付分の検査結果報告書（PDF）をお送りいたします。
FAX報告と同じ内容です。原本は本日の集配便にてお届けします。

日の出産業株式会社 臨床検査センター 報告管理課
TEL 048-862-7725 / FAX 048-862-7719
""",
    "attachments": [{"kind": "pdf", "name": "report_20250612_aozora.pdf",
                     "title": "検査結果報告書",
                     "lines": ["検査結果報告書", "あおぞら内科クリニック 御中",
                               "受付日 2025/06/12   報告日 2025/06/13", ""],
                     "table": _tbl}],
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF results table for 8 named patients (liver, HbA1c, LDL) to the clinic by mail",
})

_p = people(7, 13, 1945, 1998)
_rows = [["PT_ID", "KANA", "BIRTH", "SEX", "ITEM_CD", "ITEM_NM", "RESULT", "UNIT", "FLAG"]]
_items = [("2A990", "HbA1c", "7.4", "%", "H"), ("3B035", "AST", "25", "U/L", ""),
          ("3F015", "CRE", "1.82", "mg/dL", "H"), ("5C070", "CEA", "8.9", "ng/mL", "H"),
          ("2A990", "HbA1c", "5.5", "%", ""), ("3F181", "UA", "8.6", "mg/dL", "H"),
          ("5E071", "HCV-Ab", "(+)", "", "A")]
for _i, _x in enumerate(_p):
    it = _items[_i]
    _rows.append([f"00{48812 + _i * 7}", _x["kana"], _x["dob"].strftime("%Y%m%d"),
                  "1" if _x["mf"] == "M" else "2", it[0], it[1], it[2], it[3], it[4]])
MESSAGES.append({
    "id": "lab-013", "charset": "utf-8",
    "sender": "早瀬 悠斗 <y-hayase@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 導入支援 中条様 <chujo@tsubasa-system.jp>"],
    "subject": "結果連携テスト用データ（本番抽出）",
    "body": f"""ツバサシステム株式会社
中条様

お世話になっております。日の出産業 情報システム課の早瀬です。
結果連携（HL7変換）の不具合再現用に、本番から抽出したデータをお送りします。
テスト用のダミーでは再現しなかったため、実データで確認をお願いします。
確認が終わりましたら削除をお願いいたします。

早瀬
情報システム課 内線7780
""",
    "attachments": [{"kind": "zip", "name": "kekka_renkei_test_0619.zip", "files": [
        {"kind": "csv", "name": "result_extract.csv", "encoding": "utf-8", "rows": _rows},
        {"kind": "txt", "name": "readme.txt",
         "text": "抽出条件: 2025/06/18 受付分のうち変換エラー7件\n文字コード: UTF-8\n"},
    ]}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "ZIP with a CSV of 7 real patients (kana, DOB, results incl. HCV) sent to the vendor",
})

_p = people(7, 14, 1970, 2002)
_trs = "\n".join(
    f"<tr><td>{x['name']}</td><td>{['客室', 'フロント', '料飲', '営業', '客室', '経理', '調理'][i]}</td>"
    f"<td>{x['mail']}</td><td>{x['mobile']}</td></tr>" for i, x in enumerate(_p))
MESSAGES.append({
    "id": "lab-014", "charset": "utf-8",
    "sender": "小池 詩織 <s-koike@hinode-sangyo.co.jp>",
    "to": ["広瀬 直美 <n-hirose@sakura-hotel.jp>"],
    "subject": "未予約者への個別案内の件",
    "html": f"""<html><body>
<p>さくらホテル株式会社<br>総務部 広瀬様</p>
<p>いつもお世話になっております。日の出産業の小池です。</p>
<p>健診の予約がお済みでない方へ、弊社から直接ご案内メールとSMSをお送りしてよいか
確認させてください。対象の方は以下の7名です。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>氏名</th><th>所属</th><th>個人メール</th><th>携帯</th></tr>
{_trs}
</table>
<p>ご了承いただけましたら、6/30に一斉送信いたします。</p>
<p>--<br>日の出産業株式会社 臨床検査センター<br>巡回健診課 小池 詩織<br>TEL 048-862-7742</p>
</body></html>""",
    "expect": "stop", "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of 7 employees' private mail and mobile",
})

_p = people(6, 15, 1966, 1999)
_inner_rows = "\n".join(
    f"{x['name']}　社員番号 {520118 + i * 29}　生年月日 {wareki(x['dob'], 'short')}　希望日 7/{22 + i % 3}"
    for i, x in enumerate(_p))
MESSAGES.append({
    "id": "lab-015", "charset": "iso-2022-jp",
    "sender": "岩城 真由美 <m-iwaki@hinode-sangyo.co.jp>",
    "to": ["清稜健診センター 予約課 <yoyaku@seiryo-kenshin.or.jp>"],
    "subject": "転送：大阪事業所 受診者名簿（川崎電機様）",
    "body": f"""清稜健診センター 予約課 御中

いつもお世話になっております。日の出産業の岩城です。
川崎電機様 大阪事業所の受診分について、先方から届いたメールをそのまま添付いたします。
例年どおり貴センターでの受診をお願いできますでしょうか。
請求は弊社経由でお願いいたします。

{sig("岩城 真由美", "健診事業部 健診営業課", "7731", "m-iwaki")}
""",
    "attachments": [{"kind": "eml", "name": "大阪事業所_受診者名簿.eml", "message": {
        "charset": "iso-2022-jp",
        "sender": "川崎電機 大阪事業所 総務 <osaka-somu@kawasaki-denki.co.jp>",
        "to": ["岩城 真由美 <m-iwaki@hinode-sangyo.co.jp>"],
        "subject": "大阪事業所 受診者名簿",
        "body": "日の出産業 岩城様\n\nお世話になっております。大阪事業所の総務です。\n"
                "今年度の受診者は以下の6名です。\n\n" + _inner_rows +
                "\n\nよろしくお願いいたします。\n川崎電機株式会社 大阪事業所 総務課\n",
    }}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "attached mail (.eml) with 6 employees' names, staff numbers and 和暦 DOB to a subcontractor",
})

_p = people(5, 16, 1970, 2000)
_fw_rows = "\n".join(f"{i + 1}. {x['name']}（{x['kana']}） {ymd(x['dob'], '.')}生  新連絡先 {x['mobile']}"
                     for i, x in enumerate(_p))
MESSAGES.append({
    "id": "lab-016", "charset": "shift_jis",
    "sender": "小池 詩織 <s-koike@hinode-sangyo.co.jp>",
    "to": ["健診バスサービス 運行管理 <unko@kenshin-bus.co.jp>"],
    "subject": "FW: 6/26 受診者の変更について",
    "body": f"""健診バスサービス 運行管理ご担当様

お疲れ様です。日の出産業の小池です。
さくらホテル様から受診者の差し替え連絡がありましたので転送します。
当日の受付名簿の差し替えをお願いします。

-----Original Message-----
From: 広瀬 直美 <n-hirose@sakura-hotel.jp>
Sent: Thursday, June 19, 2025 5:42 PM
To: 小池 詩織 <s-koike@hinode-sangyo.co.jp>
Subject: 6/26 受診者の変更について

日の出産業 小池様

お世話になっております。
6/26の受診者のうち、以下5名が入れ替わりとなりました。

{_fw_rows}

お手数ですがよろしくお願いいたします。
さくらホテル株式会社 総務部 広瀬
""",
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward (FW:) of a client's list of 5 people with DOB and mobile to a new party",
})

_p = people(7, 17, 1970, 1995)
_rows = [["日付", "会場", "看護師", "携帯", "集合"]]
_venues = ["川崎電機 本社", "川崎電機 本社", "青葉運輸 戸田", "さくらホテル", "北国フーズ 第二工場",
           "川崎電機 川口工場", "青葉運輸 岩槻"]
for _i, _x in enumerate(_p):
    _rows.append([f"7/{1 + _i * 2}（{'火木月水金火木'[_i]}）", _venues[_i], _x["name"], _x["mobile"],
                  "7:45" if _i % 2 else "8:00"])
MESSAGES.append({
    "id": "lab-017", "charset": "iso-2022-jp",
    "sender": "小池 詩織 <s-koike@hinode-sangyo.co.jp>",
    "to": ["ナースバンク埼玉 コーディネーター 森下様 <morishita@nurse-bank.co.jp>"],
    "subject": "7月 巡回採血 シフト表",
    "body": f"""ナースバンク埼玉
森下様

お世話になっております。日の出産業の小池です。
7月前半の巡回採血シフトを添付のテキストでお送りします。
看護師の皆様への共有をお願いいたします。

{sig("小池 詩織", "健診事業部 巡回健診課", "7742", "s-koike")}
""",
    "attachments": [{"kind": "txt", "name": "shift_2025_07_zenhan.txt", "encoding": "cp932",
                     "text": "巡回採血 シフト表（2025年7月前半）\n\n" + table(_rows) + "\n"}],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "space-padded text attachment listing 7 nurses with mobile numbers",
})

_p = people(9, 18, 1955, 2000)
_rows = [["申込番号", "氏名", "電話番号", "メール", "発送日", "督促回数"]]
for _i, _x in enumerate(_p):
    _rows.append([f"WEB-{73310 + _i * 13}", _x["name"], _x["mobile"], _x["mail"],
                  f"2025-05-{12 + _i:02d}", str(_i % 3)])
MESSAGES.append({
    "id": "lab-018", "charset": "utf-8",
    "sender": "杉浦 沙織 <s-sugiura@hinode-sangyo.co.jp>",
    "to": ["ベルネット コールセンター 運用チーム <ops-hinode@bellnet-cc.co.jp>"],
    "subject": "キット未返送者 架電リスト（6/15締め）",
    "body": """ベルネット 運用チーム御中

お世話になっております。日の出産業 検体受付課の杉浦です。
6/15締めのキット未返送者リストをお送りします（タブ区切り）。
トークスクリプトは前回と同じです。架電結果は6/27までにご返送ください。

杉浦
""",
    "attachments": [{"kind": "txt", "name": "mihenso_0615.tsv", "encoding": "utf-8",
                     "text": tsv(_rows) + "\n"}],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "TSV attachment of 9 customers (name, phone, e-mail) for a call-centre vendor",
})

# =========================================================================================
# STOP — My Number, card and identity / insurance numbers
# =========================================================================================

_p = people(2, 19, 1958, 1975)
_mn1, _mn2 = my_number(2501), my_number(2502)
MESSAGES.append({
    "id": "lab-019", "charset": "iso-2022-jp",
    "sender": "飯島 紀子 <n-iijima@hinode-sangyo.co.jp>",
    "to": ["水原税理士事務所 担当 桐谷様 <kiritani@mizuhara-tax.jp>"],
    "subject": "報酬、料金、契約金及び賞金の支払調書 作成データ（嘱託産業医分）",
    "body": f"""水原税理士事務所
桐谷様

いつもお世話になっております。日の出産業 経理課の飯島です。
嘱託産業医の先生お二人分について、支払調書の作成に必要な情報をお送りします。

1) {_p[0]['name']} 先生
   住所：{_p[0]['zip']} {_p[0]['addr']}
   個人番号：{_mn1[:4]} {_mn1[4:8]} {_mn1[8:]}
   支払金額：1,440,000円（源泉徴収税額 147,024円）

2) {_p[1]['name']} 先生
   住所：{_p[1]['zip']} {_p[1]['addr']}
   個人番号：{_mn2}
   支払金額：960,000円（源泉徴収税額 98,016円）

番号確認書類の写しは別途郵送いたします。
ご確認よろしくお願いいたします。

飯島 紀子
日の出産業株式会社 経理課 TEL 048-862-7705
""",
    "expect": "stop", "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "two physicians' My Numbers and home addresses to the tax accountant",
})

_p = people(1, 20, 1978, 1990)[0]
_mn = my_number(2503)
MESSAGES.append({
    "id": "lab-020", "charset": "utf-8",
    "sender": "相馬 直樹 <n-soma@hinode-sangyo.co.jp>",
    "to": ["柏木社会保険労務士事務所 <office@kashiwagi-sr.jp>"],
    "subject": "資格取得届のお願い（7/1入社 パート検体搬送スタッフ）",
    "body": f"""柏木社会保険労務士事務所
ご担当者様

いつもお世話になっております。日の出産業 人事課の相馬です。
7/1付で入社するパートタイマー1名の社会保険 資格取得手続きをお願いいたします。

氏名　　　：{_p['name']}（{_p['kana']}）
生年月日　：{wareki(_p['dob'])}
性別　　　：{_p['sex']}
住所　　　：〒{_p['zip']} {_p['addr']}
個人番号　：{_mn}
基礎年金番号：4127-583061
雇用形態　：週30時間 検体搬送（物流課）
標準報酬月額の算定根拠：時給1,250円

雇用保険被保険者番号は前職の離職票から別途お送りします。

相馬
人事課 内線7710
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "new hire's My Number and 基礎年金番号 with address and DOB to the 社労士",
})

_cn = card_number(2501)
MESSAGES.append({
    "id": "lab-021", "charset": "utf-8",
    "sender": "Masahiro Kubota <m-kubota@hinode-sangyo.co.jp>",
    "to": ["Norvant Diagnostics Order Desk <orders@norvant-dx.com>"],
    "subject": "PO HS-25-0633 / payment details for QC material",
    "body": f"""Dear Order Desk team,

Thank you for the quotation Q-88127. We would like to order the following:

  NV-QC-3L  Multi-analyte control, level 1-3 (5 x 5 mL)   x 4
  NV-CAL-7  Immunoassay calibrator set                    x 2

As discussed with Ms. Whitfield, please charge our corporate card this time:

  Card: {_cn[:4]} {_cn[4:8]} {_cn[8:12]} {_cn[12:]}
  Exp.: 09/28   CVV: 418
  Cardholder: MASAHIRO KUBOTA

Shipping address and customs documents are the same as PO HS-25-0517.
Please ship on dry ice, Mon-Wed only.

Best regards,
{sig("Masahiro Kubota", "Purchasing", "7768", "m-kubota", 3)}
""",
    "expect": "stop", "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "full card number, expiry and CVV in an English order mail to a foreign supplier",
})

_p = people(1, 22, 1960, 1985)[0]
_cn = card_number(2502)
MESSAGES.append({
    "id": "lab-022", "charset": "shift_jis",
    "sender": "杉浦 沙織 <s-sugiura@hinode-sangyo.co.jp>",
    "to": ["ペイスマート決済 加盟店サポート <support@paysmart-kessai.co.jp>"],
    "subject": "電話受付分の決済処理について（申込番号 WEB-74102）",
    "body": f"""ペイスマート決済 加盟店サポート御中

お世話になっております。日の出産業 臨床検査センターの杉浦です。
Web決済がエラーになるとのことで、お客様からお電話でカード情報をお預かりしました。
管理画面から手動で売上計上いただけますでしょうか。

申込番号：WEB-74102
ご契約者：{_p['name']} 様
カード番号：{zen(_cn)}
有効期限：{zen('11/27')}
連絡先：{_p['mobile']}
金額：9,680円（税込）

よろしくお願いいたします。
杉浦（検体受付課 048-862-7721）
""",
    "expect": "stop", "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a customer's card number (full-width digits) relayed to the payment agency",
})

_p = people(1, 23, 1965, 1980)[0]
MESSAGES.append({
    "id": "lab-023", "charset": "iso-2022-jp",
    "sender": "岩城 真由美 <m-iwaki@hinode-sangyo.co.jp>",
    "to": ["東海機械健康保険組合 保健事業課 <hoken-jigyo@tokai-kikai-kenpo.or.jp>"],
    "subject": "特定健診 受診者の資格確認のお願い",
    "body": f"""東海機械健康保険組合
保健事業課 ご担当者様

いつもお世話になっております。日の出産業 健診営業課の岩城です。
6/11に受診された被扶養者の方について、受診券の記載と保険証の記号番号が一致せず、
請求が返戻となりました。資格の有無をご確認いただけますでしょうか。

　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(_p['dob'], 'short')}
　保険者番号：06139472
　被保険者証　記号：32　番号：1187（枝番 02）
　受診券整理番号：25000418837

お手数をおかけしますが、よろしくお願いいたします。

{sig("岩城 真由美", "健診事業部 健診営業課", "7731", "m-iwaki")}
""",
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "one insured person's 保険証 記号・番号 with DOB sent to the health insurance society",
})

_p = people(3, 24, 1968, 1995)
_lic = ["304091827364", "302188540217", "301476290058"]
_drv = "\n".join(f"  {i + 1}. {x['name']}　運転免許証番号 第{_lic[i]}号　車両 大宮 400 さ {4172 + i * 1111}"
                 for i, x in enumerate(_p))
MESSAGES.append({
    "id": "lab-024", "charset": "iso-2022-jp",
    "sender": "野々村 哲也 <t-nonomura@hinode-sangyo.co.jp>",
    "to": ["寿会病院 防災センター <bousai@kotobuki-hp.or.jp>"],
    "subject": "夜間検体集配ドライバーの入館登録について",
    "body": f"""医療法人寿会 寿会病院
防災センター ご担当者様

いつもお世話になっております。日の出産業 物流課の野々村です。
7月から夜間（22時・2時）の検体集配ルートにドライバーが3名加わります。
夜間通用口の入館登録に必要とのことで、免許証番号を添えてご連絡いたします。

{_drv}

入館カードは7/1に野々村が受け取りに伺います。

野々村 哲也
日の出産業株式会社 臨床検査センター 物流課
TEL 048-862-7755 / 携帯 080-4470-2291
""",
    "expect": "stop", "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "three drivers' 運転免許証 numbers sent to a hospital's security desk",
})

_p = people(1, 25, 1982, 1995)[0]
MESSAGES.append({
    "id": "lab-025", "charset": "utf-8",
    "sender": "杉浦 沙織 <s-sugiura@hinode-sangyo.co.jp>",
    "to": ["ほしぞらトラベル 法人デスク 宮脇様 <miyawaki@hoshizora-travel.co.jp>"],
    "subject": "渡航用PCR検査 陰性証明書の記載内容確認",
    "body": f"""ほしぞらトラベル 法人デスク
宮脇様

お世話になっております。日の出産業 臨床検査センターの杉浦です。
ご依頼いただいた渡航用証明書（英文）について、発行前に記載内容のご確認をお願いします。

Name: {_p['romaji'].upper()}
Date of Birth: {_p['dob'].strftime('%d %b %Y')}
Passport No.: TR4829173
Specimen: Nasopharyngeal swab / collected 18 Jun 2025 09:40
Test: SARS-CoV-2 RT-PCR
Result: NEGATIVE

誤りがなければ本日17時に発行し、PDFでお送りいたします。

杉浦 沙織
検体受付課 TEL 048-862-7721
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "traveller's passport number, DOB and PCR result to a travel agency",
})

_vn = [("NGUYEN VAN AN", "1999/03/14", "UH48201736EA"), ("TRAN THI HOA", "2001/11/02", "UH52093318FB"),
       ("LE MINH TUAN", "2000/07/27", "UH61184402GC")]
_vrows = [["氏名", "国籍", "生年月日", "在留カード番号", "受入予定"]] + \
         [[n, "ベトナム", d, c, "7/7"] for n, d, c in _vn]
MESSAGES.append({
    "id": "lab-026", "charset": "shift_jis",
    "sender": "小池 詩織 <s-koike@hinode-sangyo.co.jp>",
    "to": ["あさひ協同組合 監理部 <kanri@asahi-kyodo-kumiai.or.jp>"],
    "subject": "雇入時健康診断の予約について（北国フーズ様 実習生3名）",
    "body": f"""あさひ協同組合
監理部 ご担当者様

お世話になっております。日の出産業の小池です。
北国フーズ様に配属予定の技能実習生3名の雇入時健診、7/7（月）午前で予約いたしました。
受付で在留カードの確認をいたしますので、下記の番号に相違がないかご確認ください。

{table(_vrows)}

通訳の方の同行をお願いできますと助かります。

{sig("小池 詩織", "健診事業部 巡回健診課", "7742", "s-koike")}
""",
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "three trainees' 在留カード numbers and DOB sent to the supervising cooperative",
})

# =========================================================================================
# STOP — 要配慮個人情報, even of one person
# =========================================================================================

_p = people(1, 27, 1938, 1950)[0]
MESSAGES.append({
    "id": "lab-027", "charset": "iso-2022-jp",
    "sender": "大和田 浩二 <k-owada@hinode-sangyo.co.jp>",
    "to": ["あおぞら内科クリニック 院長 <info@aozora-naika.jp>"],
    "subject": "【至急】パニック値のご報告（受付No 0619-1187）",
    "body": f"""あおぞら内科クリニック
院長 先生

いつもお世話になっております。日の出産業 臨床検査センター 報告管理課の大和田です。
先ほどお電話でもお伝えしましたが、念のため文書でもご報告いたします。

  受付No：0619-1187
  患者名：{_p['name']} 様（{_p['sex']}・{_p['age']}歳）
  カルテNo：A-20331
  項目：カリウム（K） 6.8 mmol/L　（基準 3.6-4.8）
  溶血：なし（再測定値 6.7）

溶血・検体放置の影響は否定的です。ご確認をお願いいたします。

{sig("大和田 浩二", "報告管理課", "7725", "k-owada")}
""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named patient's critical potassium value mailed to the clinic",
})

_p = people(1, 28, 1955, 1975)[0]
MESSAGES.append({
    "id": "lab-028", "charset": "shift_jis",
    "sender": "大和田 浩二 <k-owada@hinode-sangyo.co.jp>",
    "to": ["星野医院 <hoshino@hoshino-iin.or.jp>"],
    "subject": "HBs抗原 陽性のご連絡",
    "body": f"""星野医院
星野先生

お世話になっております。日の出産業の大和田でございます。
6/17ご提出の術前検査にて、下記の方のHBs抗原が陽性となりましたのでご連絡いたします。

　患者様：{_p['name']}（{_p['kana']}）
　生年月日：{ymd(_p['dob'])}
　HBs抗原（CLIA）：1,250 IU/mL　陽性
　HCV抗体：陰性／梅毒TP抗体：陰性

HBe抗原・HBV-DNA定量の追加をご希望の場合は、保存検体で対応可能です（7日間保管）。

大和田 浩二
報告管理課 TEL 048-862-7725
""",
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named patient's positive hepatitis B result to the clinic",
})

_p = people(1, 29, 1975, 1988, sex="F")[0]
MESSAGES.append({
    "id": "lab-029", "charset": "utf-8",
    "sender": "真鍋 拓也 <t-manabe@hinode-sangyo.co.jp>",
    "to": ["ひなたレディースクリニック 遺伝カウンセリング外来 <genetic@hinata-ladies.jp>"],
    "subject": "BRCA1/2 遺伝学的検査 結果（速報）",
    "body": f"""ひなたレディースクリニック
遺伝カウンセリング外来 ご担当 先生

日の出産業 遺伝子検査室の真鍋です。
ご依頼いただいた BRCA1/2 遺伝学的検査の結果を速報としてお送りします。
正式報告書は明日、書留にてお届けいたします。

  被検者：{_p['name']} 様（{ymd(_p['dob'])} 生）
  検体ID：G25-00418
  結果：BRCA2 遺伝子に病的バリアントを検出
        c.5946del (p.Ser1982fs)  ヘテロ接合
  BRCA1：病的バリアントは検出されず

遺伝カウンセリングでの結果開示をお願いいたします。

真鍋 拓也（臨床検査技師・認定遺伝子検査技術者）
日の出産業株式会社 臨床検査センター 遺伝子検査室
TEL 048-862-7784
""",
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named person's BRCA2 pathogenic variant result",
})

_p = people(1, 30, 1985, 2000)[0]
MESSAGES.append({
    "id": "lab-030", "charset": "iso-2022-jp",
    "sender": "榊原 恵 <m-sakakibara@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 人事部 採用課 <saiyo@aoba-unyu.co.jp>"],
    "subject": "採用前薬物検査 結果（6/18 実施分）",
    "body": f"""青葉運輸株式会社
人事部 採用課 御中

お世話になっております。日の出産業 薬物検査室の榊原です。
6/18に実施した採用前薬物検査（尿・5項目）の結果をご報告します。

受検者：{_p['name']} 様（受検番号 DS-25-0772）
  アンフェタミン類　陽性（スクリーニング）
  大麻（THC）　　　 陰性
  コカイン　　　　　陰性
  オピオイド　　　　陰性
  ベンゾジアゼピン　陰性

スクリーニング陽性のため、同一検体でGC-MS確認検査を実施中です（6/25頃判明）。
確認検査の結果が出るまで、採否のご判断は保留いただくようお願いいたします。

榊原 恵
日の出産業株式会社 臨床検査センター 薬物検査室 048-862-7787
""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named job applicant's positive drug screening result to the partner's HR",
})

_p = people(1, 31, 1962, 1975)[0]
MESSAGES.append({
    "id": "lab-031", "charset": "utf-8",
    "sender": "岩城 真由美 <m-iwaki@hinode-sangyo.co.jp>",
    "to": ["広瀬 直美 <n-hirose@sakura-hotel.jp>"],
    "subject": "要精密検査の方のご連絡",
    "body": f"""広瀬様

お世話になっております。日の出産業の岩城です。
6/12受診分のうち、医師判定で早めの受診が必要な方が1名いらっしゃいます。
ご本人への受診勧奨をお願いできますでしょうか。

社員番号 SH-10482　{_p['name']} 様（{_p['age']}歳）
心電図：心房細動の疑い（判定 D：要精密検査）
血圧：168/102 mmHg

結果票は来週まとめてお届けいたします。

岩城
""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one employee's abnormal ECG / health check finding to the client's HR",
})

_p = people(1, 32, 1980, 2002)[0]
MESSAGES.append({
    "id": "lab-032", "charset": "iso-2022-jp",
    "sender": "大和田 浩二 <k-owada@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 品質保証部 柚木様 <m-yuzuki@kitaguni-foods.co.jp>"],
    "subject": "【至急】腸管出血性大腸菌 検出のご報告",
    "body": f"""北国フーズ株式会社
品質保証部 柚木様

日の出産業 報告管理課の大和田です。取り急ぎメールでもご報告いたします。

本日判明した定期検便の結果、下記の方から腸管出血性大腸菌 O157（VT2産生）が
検出されました。食品衛生法に基づき、速やかに調理業務から外していただくよう
お願いいたします。保健所への届出は医療機関を通じて行われます。

　従業員No：KF-2231
　氏名：{_p['name']}（{_p['kana']}）
　所属：第一工場 惣菜ライン
　採便日：6/16

ご不明点はお電話（048-862-7725）でお願いいたします。
大和田
""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named food handler's O157-positive stool result",
})

_p = people(1, 33, 1970, 1990)[0]
MESSAGES.append({
    "id": "lab-033", "charset": "shift_jis",
    "sender": "小池 詩織 <s-koike@hinode-sangyo.co.jp>",
    "to": ["川崎電機 川口工場 総務課 <kawaguchi-somu@kawasaki-denki.co.jp>"],
    "subject": "7/15 巡回健診 会場の動線について",
    "body": f"""川崎電機株式会社 川口工場
総務課 ご担当者様

お世話になっております。日の出産業 巡回健診課の小池です。
7/15の巡回健診について、会場の動線でご相談がございます。

受診者のうち設計二課の{_p['name']}様が身体障害者手帳（1級・両下肢機能障害）を
お持ちで、車椅子をご利用とのことです。検診車へのリフト乗降が難しいため、
胸部X線以外の検査は1F会議室で実施したいと考えております。
会議室の手配をお願いできますでしょうか。

{sig("小池 詩織", "健診事業部 巡回健診課", "7742", "s-koike")}
""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's physical disability grade mentioned to the client",
})

_p = people(1, 34, 1950, 1970)[0]
MESSAGES.append({
    "id": "lab-034", "charset": "iso-2022-jp",
    "sender": "輸血検査 担当 <yuketsu@hinode-sangyo.co.jp>",
    "to": ["寿会病院 輸血部 <yuketsu@kotobuki-hp.or.jp>"],
    "subject": "交差適合試験のご依頼について（確認）",
    "body": f"""寿会病院 輸血部 御中

日の出産業 臨床検査センター 輸血検査担当です。
本日ご依頼の交差適合試験（RBC 4単位）について確認させてください。

依頼書の備考欄に「{_p['name']}様は宗教上の理由（エホバの証人）により輸血を拒否、
同意書未取得」との記載がございます。
血液型・不規則抗体スクリーニングまでは実施済みですが、
交差適合試験は主治医の先生のご指示を確認してから進めたいと存じます。

お手数ですが、折り返しご連絡をお願いいたします。
輸血検査担当 048-862-7736
""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named patient's religion (and transfusion refusal) in a mail to the hospital",
})

_p = people(1, 35, 1978, 1995)[0]
MESSAGES.append({
    "id": "lab-035", "charset": "utf-8",
    "sender": "榊原 恵 <m-sakakibara@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 弁護士 篠宮先生 <shinomiya@shirakawa-law.jp>"],
    "subject": "毛髪薬物検査のご報告",
    "body": f"""白川法律事務所
篠宮先生

お世話になっております。日の出産業 薬物検査室の榊原です。
ご依頼の毛髪薬物検査の結果がまとまりましたのでご報告いたします。

対象者：{_p['name']} 氏
（ご依頼書記載：2025年4月 覚醒剤取締法違反容疑で逮捕、現在保釈中）
採取日：6/9　毛髪長 6cm（約6か月分を2区間で分析）
結果：メタンフェタミン・アンフェタミンとも 検出限界未満（両区間）

鑑定書（正本）は押印のうえ郵送いたします。

榊原 恵
薬物検査室 TEL 048-862-7787
""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named person's arrest and drug test result sent to a law firm",
})

_p = people(1, 36, 1990, 2003)[0]
MESSAGES.append({
    "id": "lab-036", "charset": "iso-2022-jp",
    "sender": "榊原 恵 <m-sakakibara@hinode-sangyo.co.jp>",
    "to": ["聖愛病院 救急科 <er-office@seiai-hp.or.jp>"],
    "subject": "尿中薬物スクリーニング 結果（至急依頼分）",
    "body": f"""聖愛病院 救急科 御中

日の出産業 薬物検査室の榊原です。
昨夜ご依頼いただいた至急検体の結果をご報告いたします。

患者様：{_p['name']} 様（{_p['age']}歳・{_p['sex']}性）
依頼理由：昏睡強盗被害の疑い（警察より照会予定とのこと）
ベンゾジアゼピン系：陽性（トリアゾラム推定）
バルビツール酸系：陰性／アルコール：陰性

警察への鑑定用の残検体は冷凍保管しております。

榊原
""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named crime victim's drug test result to the hospital",
})

_p = people(2, 37, 1975, 1995)
MESSAGES.append({
    "id": "lab-037", "charset": "shift_jis",
    "sender": "岩城 真由美 <m-iwaki@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 人事部 徳田様 <h-tokuda@aoba-unyu.co.jp>"],
    "subject": "ストレスチェック 高ストレス者の面接指導について",
    "body": f"""徳田様

お世話になっております。日の出産業の岩城です。
ストレスチェックの集団分析は来週お送りしますが、先に面接指導の件でご連絡です。

高ストレス者と判定され、面接指導を勧奨した方のうち、
まだお申し出のない方が下記2名です。産業医面談の枠を7月前半に確保しておりますので、
ご本人へのお声がけをお願いいたします。

・{_p[0]['name']}（戸田営業所 乗務員）
・{_p[1]['name']}（本社 配車課）

よろしくお願いいたします。
岩城
""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "two named employees flagged high-stress (mental health) sent to the employer's HR",
})

# =========================================================================================
# STOP — three or more external parties visible to each other
# =========================================================================================

MESSAGES.append({
    "id": "lab-038", "charset": "utf-8",
    "sender": "野々村 哲也 <t-nonomura@hinode-sangyo.co.jp>",
    "to": ["あおぞら内科クリニック <info@aozora-naika.jp>",
           "星野医院 <hoshino@hoshino-iin.or.jp>",
           "やまぶきクリニック 事務長 <jimu@yamabuki-clinic.com>",
           "関口整形外科 受付 <uketsuke@sekiguchi-seikei.jp>"],
    "subject": "【ご案内】7月1日からの検体集配時刻の変更について",
    "body": f"""各医療機関 ご担当者様

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 臨床検査センター 物流課の野々村でございます。

集配ルートの再編に伴い、7月1日（火）より浦和西ルートの集配時刻を
下記のとおり変更させていただきます。

　午前便　10:30 → 11:00
　午後便　16:00 → 16:20（土曜は従来どおり 13:00）

検体の保冷ボックスへの投函は、各便の15分前までにお願いいたします。
ご不便をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。

{sig("野々村 哲也", "物流課", "7755", "t-nonomura", 1)}
""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four clinics in To can see each other's addresses; should have been Bcc",
})

MESSAGES.append({
    "id": "lab-039", "charset": "iso-2022-jp",
    "sender": "久保田 昌弘 <m-kubota@hinode-sangyo.co.jp>",
    "to": ["常盤試薬 営業部 <sales@tokiwa-reagent.co.jp>",
           "メディソル 東日本営業所 <east@medisol.co.jp>",
           "関西バイオ 首都圏支店 <tokyo@kansai-bio.co.jp>"],
    "subject": "お見積りのお願い（CRP・HbA1c試薬 2025年度下期分）",
    "body": """関係各位

お世話になっております。日の出産業 購買課の久保田です。
2025年度下期（10月～3月）分の試薬について、お見積りをお願いいたします。

1. CRP測定試薬（ラテックス凝集比濁法、汎用機用）　月間 約180,000テスト
2. HbA1c測定試薬（酵素法）　月間 約95,000テスト
3. 上記のキャリブレーター・コントロール一式

・納入場所：弊社臨床検査センター（さいたま市桜区）
・回答期限：7月11日（金）
・装置の貸与条件があれば併記をお願いします

よろしくお願いいたします。
久保田 昌弘（購買課 048-862-7768）
""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "RFQ with three competing suppliers visible to each other in To",
})

MESSAGES.append({
    "id": "lab-040", "charset": "utf-8",
    "sender": "日の出産業 郵送検査サポート <kit-support@hinode-sangyo.co.jp>",
    "to": ["yuki.amamiya88@gmail.com", "kurobe-h@yahoo.co.jp", "s.torikai@icloud.com"],
    "subject": "検査キット発送遅延のお詫び",
    "body": """お客様各位

このたびは日の出産業の郵送検査キットをお申し込みいただき、誠にありがとうございます。
物流倉庫のシステム障害により、6/16～6/18にお申し込みいただいたキットの発送が
遅れております。6/23（月）までに順次発送いたします。
ご迷惑をおかけし、誠に申し訳ございません。

日の出産業株式会社 臨床検査センター 郵送検査サポート
フリーダイヤル 0120-86-2771（平日9:00-17:00）
""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "three private customers in To see each other's free-mail addresses",
})

# =========================================================================================
# STOP — look-alike recipient domains
# =========================================================================================

MESSAGES.append({
    "id": "lab-041", "charset": "utf-8",
    "sender": "小野寺 隆 <t-onodera@hinode-sangyo.co.jp>",
    "to": ["田辺 修 <o-tanabe@hinode-sangyou.co.jp>"],
    "subject": "5月分 内部精度管理データ（生化学）",
    "body": f"""田辺さん

お疲れ様です。品質保証室の小野寺です。
大阪ラボとの比較用に、さいたま本ラボの5月分内部精度管理データをお送りします。

  項目    Lv   平均     SD      CV(%)   判定
  ------  ---  -------  ------  ------  ----
  AST     1    32.4     0.71    2.19    OK
  AST     2    164.8    2.40    1.46    OK
  ALT     1    29.7     0.66    2.22    OK
  CRE     1    0.87     0.012   1.38    OK
  GLU     2    268.1    3.10    1.16    OK
  HbA1c   1    5.41     0.04    0.74    OK

6月の会議で突き合わせましょう。

{sig("小野寺 隆", "品質保証室", "7790", "t-onodera")}
""",
    "expect": "stop", "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "internal-looking colleague at hinode-sangyou.co.jp: a letter added to the own domain",
})

MESSAGES.append({
    "id": "lab-042", "charset": "iso-2022-jp",
    "sender": "野々村 哲也 <t-nonomura@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 医療物流課 <iryo-butsuryu@aoba-unyu.jp>"],
    "subject": "臨時集荷のお願い（6/21 土曜）",
    "body": """青葉運輸 医療物流課 御中

お世話になっております。日の出産業 物流課の野々村です。
6/21（土）に下記の臨時集荷をお願いできますでしょうか。

　集荷先：寿会病院 検査科（冷蔵 2箱・冷凍 1箱）
　時刻：14:00
　届け先：弊社 臨床検査センター 検体受付
　伝票番号：4417-2280-9913 / 4417-2280-9924 / 4417-2280-9935

ドライアイスは弊社で用意いたします。

野々村
""",
    "expect": "stop", "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.jp drops the co. of the partner aoba-unyu.co.jp",
})

MESSAGES.append({
    "id": "lab-043", "charset": "shift_jis",
    "sender": "大和田 浩二 <k-owada@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 品質保証部 柚木様 <m-yuzuki@kitaguni-food.co.jp>"],
    "subject": "7月分 検便容器の発送日について",
    "body": """柚木様

いつもお世話になっております。日の出産業の大和田です。
7月分の検便容器（第一・第二工場 計210本）は7/4（金）に発送いたします。
回収は7/14（月）の午前便を予定しております。

容器の形状が新しくなっております（スティック一体型）。
採便方法の案内チラシも同封いたしますので、配布をお願いいたします。

大和田（報告管理課）
""",
    "expect": "stop", "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-food.co.jp drops a letter of the partner kitaguni-foods.co.jp",
})

MESSAGES.append({
    "id": "lab-044", "charset": "iso-2022-jp",
    "sender": "飯島 紀子 <n-iijima@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 さいたま支店 法人営業 <hojin-saitama@midori-glnko.co.jp>"],
    "subject": "外国送金（試薬代金）の手続きについて",
    "body": """みどり銀行 さいたま支店
法人営業 ご担当者様

いつもお世話になっております。日の出産業 経理課の飯島です。
米国の試薬メーカー宛の外国送金について、必要書類を確認させてください。

　送金額：USD 18,420.00
　受取人：Norvant Diagnostics Inc.
　インボイス番号：NV-INV-250611

前回と同様、インボイスの写しと契約書の写しで足りますでしょうか。
6/27の送金を予定しております。

飯島 紀子
経理課 TEL 048-862-7705
""",
    "expect": "stop", "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-glnko.co.jp: homoglyph (l for i) of the partner bank midori-ginko.co.jp",
})

MESSAGES.append({
    "id": "lab-045", "charset": "utf-8",
    "sender": "早瀬 悠斗 <y-hayase@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポート <support@tsubasa-sytsem.jp>"],
    "subject": "Re: 【問合せ #20931】分析機オンライン 断続的なタイムアウト",
    "body": """ツバサシステム サポート窓口 御中

日の出産業 情報システム課の早瀬です。
ご依頼のログを取得しましたので添付します。

・発生時刻：6/18 09:12～09:47（計14回）
・対象：生化学分析機 2号機 ⇔ 検査システム間（ASTM）
・ログ：gateway_0618.log（約2.1MB）

よろしくお願いします。
早瀬
""",
    "attachments": [{"kind": "txt", "name": "gateway_0618.log",
                     "text": "\n".join(f"2025-06-18 09:{12 + i:02d}:0{i % 10} WARN ASTM link timeout "
                                       f"(port=COM3, retry={i % 3})" for i in range(14)) + "\n"}],
    "expect": "stop", "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-sytsem.jp swaps two letters of the partner tsubasa-system.jp",
})

MESSAGES.append({
    "id": "lab-046", "charset": "iso-2022-jp",
    "sender": "飯島 紀子 <n-iijima@hinode-sangyo.co.jp>",
    "to": ["川崎電機 経理部 <keiri@kawasaki-denki-co.jp>"],
    "subject": "5月分 健康診断料 ご請求書送付のご案内",
    "body": """川崎電機株式会社
経理部 御中

平素は格別のお引き立てを賜り、誠にありがとうございます。
5月実施分の健康診断料のご請求書をお送りいたします。

　請求書番号：HS-INV-2505-0142
　ご請求金額：3,871,200円（税込）
　お支払期限：2025年7月31日

ご請求書の原本は本日郵送いたしました。

日の出産業株式会社 経理課
""",
    "expect": "stop", "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kawasaki-denki-co.jp: hyphen for the dot of the partner kawasaki-denki.co.jp",
})

_p = people(1, 47, 1950, 1970, sex="M")[0]
MESSAGES.append({
    "id": "lab-047", "charset": "utf-8",
    "sender": "大和田 浩二 <k-owada@hinode-sangyo.co.jp>",
    "to": ["村井 健一 <k-murai@hinode-sangyo.com>"],
    "subject": "星野医院様 再検の件",
    "body": f"""村井さん

おつかれさまです。大和田です。
星野医院様から問い合わせのあった件、再検結果が出ました。
明日訪問されるとのことなので、先生にお伝えください。

患者：{_p['name']} 様（{_p['age']}歳）
PSA 初回 12.4 ng/mL → 再検 12.1 ng/mL（測定誤差範囲内）
前立腺の精査をお勧めする旨、報告書にコメントを入れています。

大和田
""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "hinode-sangyo.com (TLD swap of the own domain) receives a named patient's PSA result",
})

# =========================================================================================
# STOP — confidentiality markings
# =========================================================================================

MESSAGES.append({
    "id": "lab-048", "charset": "shift_jis",
    "sender": "村井 健一 <k-murai@hinode-sangyo.co.jp>",
    "to": ["三和医療商事 営業企画 <eigyo-kikaku@sanwa-iryo.co.jp>"],
    "subject": "下期 検査料金改定案について",
    "body": """三和医療商事株式会社
営業企画部 御中

お世話になっております。日の出産業 学術営業課の村井です。
先日お話しした下期の料金改定案をお送りします。
代理店様向けの卸価格も併記しておりますので、ご確認ください。

村井
""",
    "attachments": [{"kind": "xlsx", "name": "料金改定案_2025下期.xlsx", "page_header": "社外秘",
                     "sheets": {"改定案": [
                         ["【社外秘】2025年度下期 検査料金 改定案（代理店卸価格）"], [],
                         ["項目コード", "項目名", "現行定価", "改定定価", "卸価格", "改定率"],
                         ["2A990", "HbA1c", 490, 520, 312, "6.1%"],
                         ["3B035", "AST", 110, 120, 72, "9.1%"],
                         ["5C070", "CEA", 1350, 1390, 834, "3.0%"],
                         ["5E071", "HCV抗体", 1020, 1080, 648, "5.9%"],
                         ["6B010", "尿一般", 260, 280, 168, "7.7%"]]}}],
    "expect": "stop", "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX stamped 社外秘 (header and title row) sent to a distributor",
})

MESSAGES.append({
    "id": "lab-049", "charset": "iso-2022-jp",
    "sender": "小野寺 隆 <t-onodera@hinode-sangyo.co.jp>",
    "to": ["QMSパートナーズ 石動様 <isurugi@qms-partners.co.jp>"],
    "subject": "【取扱注意】2025年度 内部監査結果の共有",
    "body": """━━━━━━━━━━━━━━━━━━━━
　取扱注意　／　配布先限定
━━━━━━━━━━━━━━━━━━━━

QMSパートナーズ
石動様

お世話になっております。日の出産業 品質保証室の小野寺です。
サーベイランス前のご指導に先立ち、今年度の内部監査結果を共有いたします。

■ 指摘件数：不適合 3件／観察事項 11件
■ 主な不適合
　1. 微生物検査室：培地の受入検査記録の欠落（2024年10月～12月）
　2. 生化学：校正記録の承認者未署名（2件）
　3. 文書管理：旧版SOPの現場残置（血液検査室）
■ 是正処置の期限：7月31日

当日はこの3件を中心にご確認いただけますと幸いです。

小野寺 隆（品質保証室）
""",
    "expect": "stop", "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail itself is stamped 取扱注意 (subject and banner) and goes to a consultant",
})

MESSAGES.append({
    "id": "lab-050", "charset": "utf-8",
    "sender": "Takashi Onodera <t-onodera@hinode-sangyo.co.jp>",
    "to": ["Dr. Helen Whitfield <h.whitfield@norvant-dx.com>"],
    "subject": "Method verification report - NV immunoassay (draft for your comments)",
    "body": f"""Dear Dr. Whitfield,

Please find attached the draft verification report for the NV immunoassay
panel that we ran on our two analysers in May. Imprecision and linearity met
the claims; the CEA bias at the low level is discussed in section 4.

We would appreciate your comments by 4 July.

Kind regards,
{sig("Takashi Onodera", "Quality Assurance", "7790", "t-onodera", 3)}
""",
    "attachments": [{"kind": "pdf", "name": "verification_report_NV_draft.pdf",
                     "page_header": "CONFIDENTIAL - Hinode Sangyo Clinical Laboratory",
                     "title": "Method verification report",
                     "lines": ["Method verification report: NV immunoassay panel", "Draft 0.3",
                               "1. Scope  2. Materials  3. Imprecision  4. Bias  5. Linearity", ""],
                     "table": [["Analyte", "Level", "CV within-run", "CV total", "Claim", "Result"],
                               ["CEA", "L1", "2.1%", "3.4%", "<5%", "Pass"],
                               ["CEA", "L2", "1.6%", "2.7%", "<5%", "Pass"],
                               ["AFP", "L1", "1.9%", "3.0%", "<5%", "Pass"],
                               ["PSA", "L1", "2.4%", "3.9%", "<6%", "Pass"]]}],
    "expect": "stop", "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF whose page header stamps CONFIDENTIAL, sent to a supplier abroad",
})

MESSAGES.append({
    "id": "lab-051", "charset": "utf-8",
    "sender": "小野寺 隆 <t-onodera@hinode-sangyo.co.jp>",
    "to": ["ラボQAコンサルティング 芦原様 <ashihara@labqa-consult.jp>"],
    "subject": "不適合報告書（NC-2025-014）ご確認のお願い",
    "body": """ラボQAコンサルティング
芦原様

いつもお世話になっております。日の出産業の小野寺です。
5月に発生した検体ラベル貼り違い事案の不適合報告書です。
根本原因分析の書き方についてご意見をいただけますでしょうか。

小野寺
""",
    "attachments": [{"kind": "docx", "name": "NC-2025-014_不適合報告書.docx",
                     "page_header": "部外秘　品質保証室",
                     "paragraphs": ["不適合報告書 NC-2025-014", "区分：部外秘",
                                    "発生日：2025年5月22日　発見部署：検体受付課",
                                    "事象：分注工程でラベル貼付順序の取り違え（2検体）。報告前に発見。",
                                    "患者影響：なし（誤報告なし）",
                                    "原因：繁忙時間帯の二重確認手順の省略",
                                    "是正処置：バーコード照合の必須化、手順書改訂"]}],
    "expect": "stop", "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX classified 部外秘 in header and body, sent to an outside consultant",
})

MESSAGES.append({
    "id": "lab-052", "charset": "iso-2022-jp",
    "sender": "早瀬 悠斗 <y-hayase@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 営業 中条様 <chujo@tsubasa-system.jp>"],
    "subject": "検査システム更改 ロードマップ（社内検討資料）",
    "body": """中条様

お世話になっております。早瀬です。
来週の打合せ前に、弊社内で検討中の更改ロードマップをお送りします。
予算の数字はまだ確定ではありませんので、その前提でご覧ください。

早瀬
""",
    "attachments": [{"kind": "pptx", "name": "LIS更改ロードマップ_v2.pptx",
                     "page_footer": "Internal Only / 社外秘",
                     "slides": [["検査システム更改 ロードマップ", "情報システム課", "2025年6月"],
                                ["スケジュール", "2025下期：要件定義", "2026上期：構築・移行リハーサル",
                                 "2026年10月：本番切替"],
                                ["予算（案）", "初期費用 2.4億円", "保守 年3,200万円", "前回比 +18%"]]}],
    "expect": "stop", "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PPTX with an 'Internal Only / 社外秘' footer on every slide sent to the vendor",
})

# =========================================================================================
# STOP — attachments that cannot be read
# =========================================================================================

_p = people(6, 53, 1950, 1990)
MESSAGES.append({
    "id": "lab-053", "charset": "iso-2022-jp",
    "sender": "報告管理課 <houkoku@hinode-sangyo.co.jp>",
    "to": ["やまぶきクリニック 事務長 <jimu@yamabuki-clinic.com>"],
    "subject": "【結果報告】6/18受付分（パスワード別送）",
    "body": """やまぶきクリニック 御中

いつもお世話になっております。
6/18受付分の検査結果データを送付いたします。
解凍用パスワードは別メールにてお送りいたします。

日の出産業株式会社 臨床検査センター 報告管理課
TEL 048-862-7725
""",
    "attachments": [{"kind": "zip", "name": "kekka_0618_yamabuki.zip", "password": "Yb#0618kx",
                     "files": [{"kind": "csv", "name": "kekka_0618.csv", "encoding": "cp932",
                                "rows": [["受付No", "患者名", "項目", "結果"]] +
                                        [[f"0618-{300 + i}", x["name"], "HbA1c", f"{5.4 + i * 0.4:.1f}"]
                                         for i, x in enumerate(_p)]}]}],
    "expect": "stop", "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) of results: the guard cannot read it",
})

MESSAGES.append({
    "id": "lab-054", "charset": "shift_jis",
    "sender": "岩城 真由美 <m-iwaki@hinode-sangyo.co.jp>",
    "to": ["川崎電機 健康管理室 <kenkokanri@kawasaki-denki.co.jp>"],
    "subject": "6月受診分 健診結果一覧（PDF）",
    "body": f"""川崎電機株式会社 健康管理室 御中

お世話になっております。日の出産業の岩城です。
6月受診分の健診結果一覧をPDFでお送りします。
閲覧パスワードは、ご登録の担当者様の携帯へSMSでお知らせいたします。

{sig("岩城 真由美", "健診事業部 健診営業課", "7731", "m-iwaki")}
""",
    "attachments": [{"kind": "pdf", "name": "健診結果一覧_202506.pdf", "password": "kd2506!",
                     "lines": ["2025年6月 健康診断結果一覧", "川崎電機株式会社 様"],
                     "table": [["社員番号", "氏名", "判定"], ["310042", "（受診者）", "B"]]}],
    "expect": "stop", "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF of health-check results cannot be inspected",
})

MESSAGES.append({
    "id": "lab-055", "charset": "utf-8",
    "sender": "飯島 紀子 <n-iijima@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 経理部 <keiri@aoba-unyu.co.jp>"],
    "subject": "Re: 5月分 集配委託料 明細の再送",
    "body": """青葉運輸 経理部 御中

お世話になっております。日の出産業 経理課の飯島です。
明細ファイルが開けないとのことで、再度お送りします。
こちらでも開けない場合は、お手数ですがご連絡ください。

飯島
""",
    "attachments": [{"kind": "corrupt", "name": "集配委託料明細_202505.xlsx"}],
    "expect": "stop", "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "corrupt XLSX attachment: cannot be scanned",
})

# =========================================================================================
# PASS — ordinary business mail
# =========================================================================================

MESSAGES.append({
    "id": "lab-056", "charset": "iso-2022-jp",
    "sender": "久保田 昌弘 <m-kubota@hinode-sangyo.co.jp>",
    "to": ["常盤試薬 さいたま営業所 受注係 <juchu-saitama@tokiwa-reagent.co.jp>"],
    "subject": "注文書 HS-25-0641（凝固・血算試薬）",
    "body": f"""常盤試薬株式会社 さいたま営業所
受注係 御中

いつもお世話になっております。日の出産業 購買課の久保田です。
下記のとおり発注いたします。

注文番号：HS-25-0641
納品希望日：6月27日（金）午前
納品場所：臨床検査センター 1F 試薬庫（冷蔵品は検収後すぐ入庫します）

  品番        品名                          数量   単価
  ----------  ----------------------------  -----  --------
  TK-PT-200   PT試薬 200テスト用            30     8,400
  TK-APTT-200 APTT試薬 200テスト用          20     9,100
  TK-FIB-100  フィブリノゲン試薬 100テスト  12     11,600
  TK-CBC-DIL  血球計数用希釈液 20L          8      6,300

ロットは可能な限り統一をお願いいたします（特にPT試薬）。
見積書番号 TKQ-250602 の価格でお願いいたします。

{sig("久保田 昌弘", "購買課", "7768", "m-kubota")}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "reagent purchase order: product codes, quantities, prices and a signature only",
})

MESSAGES.append({
    "id": "lab-057", "charset": "utf-8",
    "sender": "村井 健一 <k-murai@hinode-sangyo.co.jp>",
    "to": ["南町ファミリークリニック 事務長 東様 <azuma@minamimachi-cl.jp>"],
    "subject": "検査料金表と集配のご案内",
    "body": f"""南町ファミリークリニック
事務長 東様

先日はお時間をいただき、ありがとうございました。
日の出産業 臨床検査センター 学術営業課の村井です。
ご依頼の多い項目を中心に、料金表（抜粋）をお送りします。

  ・血液一般（CBC 8項目）　　　　　 350円
  ・生化学 12項目セット　　　　　　 880円
  ・HbA1c　　　　　　　　　　　　　 490円
  ・HBs抗原／HCV抗体（各）　　　　  980円
  ・TSH・FT4セット　　　　　　　　1,650円
  ・尿一般（定性）　　　　　　　　　260円

集配は午前・午後の1日2便、土曜午前も対応しております。
開始をご希望の場合は、検査依頼書と採血管一式をお届けにあがります。

村井 健一
日の出産業株式会社 臨床検査センター 学術営業課
TEL 048-862-7760 / 携帯 090-3318-2047

{DISC_JA}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "price list to a prospective clinic with the sender's signature and the standard disclaimer",
})

MESSAGES.append({
    "id": "lab-058", "charset": "utf-8",
    "sender": "野々村 哲也 <t-nonomura@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 医療物流課 丹羽様 <niwa@aoba-unyu.co.jp>"],
    "subject": "6/23週 広域集配便の予定と伝票番号",
    "body": """丹羽さん

お疲れ様です。日の出産業 物流課の野々村です。
来週の広域便（群馬・茨城方面）の予定です。

6/23(月) 高崎ルート  冷蔵2 冷凍1  伝票 5521-0093-1170, 5521-0093-1181
6/24(火) つくばルート 冷蔵3        伝票 5521-0093-1192
6/26(木) 高崎ルート  冷蔵2        伝票 5521-0093-1206
6/27(金) つくばルート 冷蔵2 冷凍2  伝票 5521-0093-1217, 5521-0093-1228

温度ロガーは各箱1台ずつ入れます。
木曜の高崎は、渋滞回避で出発を30分早めてもらえると助かります。

野々村
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "courier schedule with tracking numbers only, to a partner",
})

MESSAGES.append({
    "id": "lab-059", "charset": "iso-2022-jp",
    "sender": "相馬 直樹 <n-soma@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 法務部 <houmu@tsubasa-system.jp>"],
    "subject": "秘密保持契約書（案）へのコメント",
    "body": """ツバサシステム株式会社
法務部 御中

いつもお世話になっております。日の出産業 総務・法務担当の相馬です。
検査システム更改プロジェクトに関する秘密保持契約書（案）を拝見しました。
弊社からのコメントは以下の3点です。

1. 第2条（機密情報の定義）
   口頭で開示した情報も、開示後30日以内に書面で特定すれば対象とする旨を追記したい。
2. 第5条（返還・廃棄）
   患者情報を含むテストデータは、廃棄証明書の提出を必須としたい。
3. 第9条（有効期間）
   契約終了後の秘密保持義務の存続期間を3年から5年に延長したい。

修正版をWordの変更履歴付きで添付いたします。ご確認をお願いいたします。

相馬 直樹
日の出産業株式会社 総務部 TEL 048-862-7710
""",
    "attachments": [{"kind": "docx", "name": "NDA_ツバサシステム_日の出産業_r2.docx",
                     "paragraphs": ["秘密保持契約書（案）",
                                    "第1条（目的）本契約は、検査システム更改の検討のために開示される情報の取扱いを定める。",
                                    "第2条（機密情報の定義）本契約において機密情報とは、開示者が秘密である旨を明示して開示した情報をいう。",
                                    "第5条（返還・廃棄）受領者は、開示者の要求があったときは機密情報を返還又は廃棄する。",
                                    "第9条（有効期間）本契約の有効期間は締結日から2年間とする。"]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "mail about an NDA; 機密情報 appears in clause text, not as a marking",
})

_p = people(1, 60, 1948, 1960)[0]
MESSAGES.append({
    "id": "lab-060", "charset": "shift_jis",
    "sender": "大和田 浩二 <k-owada@hinode-sangyo.co.jp>",
    "to": ["星野医院 <hoshino@hoshino-iin.or.jp>"],
    "subject": "Re: 検査値について",
    "body": f"""星野先生

ご連絡ありがとうございます。大和田です。
ご指摘の件、承知いたしました。保存検体で再測定し、本日中にFAXでご報告いたします。
取り急ぎご返信まで。

大和田

> 日の出産業 大和田様
>
> 本日届いた結果で気になる点があります。
> {_p['name']} さん（{_p['age']}歳）のクレアチニンが 2.84 となっていますが、
> 先月は 0.92 でした。腎機能低下の症状もなく、検体の取り違えを疑っています。
> 再測定をお願いできますか。
>
> 星野医院 星野
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the patient's name and result are only in '>' quoted text from the clinic's own mail",
})

_p = people(6, 61, 1965, 2000)
_q = "\n".join(f"{x['name']}\t{320455 + i * 31}\t{ymd(x['dob'])}\t{x['mobile']}" for i, x in enumerate(_p))
MESSAGES.append({
    "id": "lab-061", "charset": "iso-2022-jp",
    "sender": "岩城 真由美 <m-iwaki@hinode-sangyo.co.jp>",
    "to": ["川崎電機 健康管理室 坂巻様 <y-sakamaki@kawasaki-denki.co.jp>"],
    "subject": "RE: 追加受診者（6名）のお願い",
    "body": f"""坂巻様

お世話になっております。日の出産業の岩城です。
追加の6名様、7/18（金）午前の枠で承りました。
問診票は明日発送いたします。

岩城

-----Original Message-----
From: 坂巻 由衣 <y-sakamaki@kawasaki-denki.co.jp>
Sent: Wednesday, June 18, 2025 4:05 PM
To: 岩城 真由美 <m-iwaki@hinode-sangyo.co.jp>
Subject: 追加受診者（6名）のお願い

日の出産業 岩城様

中途入社者6名の健診を追加でお願いできますでしょうか。

{_q}

川崎電機 健康管理室 坂巻
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "6-person list only under -----Original Message----- from the recipient's own mail",
})

_p = people(5, 62, 1975, 1998)
_q = "\n".join(f">   - {x['romaji']}, {x['mail']}" for x in _p)
MESSAGES.append({
    "id": "lab-062", "charset": "utf-8",
    "sender": "Masahiro Kubota <m-kubota@hinode-sangyo.co.jp>",
    "to": ["Norvant Training <training@norvant-dx.com>"],
    "subject": "Re: Registration confirmed - NV Analyzer operator course (Jul 8-9)",
    "body": f"""Hello Ms. Park,

Thank you, everything looks correct. Our staff will arrive at your Yokohama
office by 9:00 on July 8. Could you let us know whether lunch is provided?

Best regards,
Masahiro Kubota
Purchasing, Hinode Sangyo Clinical Laboratory Center

On Thu, Jun 19, 2025 at 11:20 AM, Norvant Training <training@norvant-dx.com> wrote:
> Dear Mr. Kubota,
>
> We have registered the following participants for the operator course:
{_q}
>
> Please check the spelling of each name for the certificates.
>
> Best regards,
> Grace Park, Training Coordinator
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "English reply; the 5 participants appear only in the supplier's quoted mail",
})

MESSAGES.append({
    "id": "lab-063", "charset": "iso-2022-jp",
    "sender": "村井 健一 <k-murai@hinode-sangyo.co.jp>",
    "to": ["関口整形外科 事務 <uketsuke@sekiguchi-seikei.jp>"],
    "subject": "弊社 集配拠点一覧のご案内",
    "body": f"""関口整形外科 御中

お世話になっております。日の出産業の村井です。
お問い合わせのありました、検体の持込みが可能な弊社拠点は以下のとおりです。

【さいたま本ラボ】〒338-0837 さいたま市桜区田島9-4-21　TEL 048-862-7710（24時間受付）
【川口営業所】　　〒332-0021 川口市西川口2-8-15 第二松本ビル3F　TEL 048-251-4470
【所沢営業所】　　〒359-1111 所沢市緑町1-21-6　TEL 04-2921-3385
【板橋営業所】　　〒173-0004 東京都板橋区板橋3-40-2 イタバシプラザ2F　TEL 03-3961-2250
【高崎営業所】　　〒370-0849 高崎市八島町58-1　TEL 027-321-6610

営業所の受付は平日 8:30～18:00、土曜 8:30～12:30です。

{sig("村井 健一", "学術営業課", "7760", "k-murai")}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "list of the company's own branch offices with switchboard numbers, no people",
})

MESSAGES.append({
    "id": "lab-064", "charset": "shift_jis",
    "sender": "小池 詩織 <s-koike@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 人事総務部 <jinji@kitaguni-foods.co.jp>"],
    "subject": "地方拠点の皆様の受診可能機関について",
    "body": """北国フーズ株式会社
人事総務部 御中

いつもお世話になっております。日の出産業の小池です。
巡回健診の対象外となる地方拠点の皆様は、下記の提携機関で受診いただけます。
ご予約は各機関へ直接、「日の出産業 契約」とお伝えください。

・清稜健診センター（大阪市北区）　　　　06-6372-1180
・みちのく総合健診クリニック（仙台市青葉区）022-225-7301
・しなの健康管理センター（長野市）　　　026-234-8815
・博多ウェルネスクリニック（福岡市博多区）092-411-6602
・とかち健診プラザ（帯広市）　　　　　　0155-24-3370

費用は弊社から一括でご請求いたします。

小池（巡回健診課 048-862-7742）
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "list of partner clinics (businesses) with switchboards, not people",
})

_p = people(3, 65, 1968, 1990)
MESSAGES.append({
    "id": "lab-065", "charset": "utf-8",
    "sender": "小野寺 隆 <t-onodera@hinode-sangyo.co.jp>",
    "to": ["審査部 大河内 様 <okochi@jcaa-nintei.or.jp>"],
    "subject": "8/5 サーベイランス当日の連絡先について",
    "body": f"""大河内様

お世話になっております。日の出産業 品質保証室の小野寺です。
8/5当日、審査員の皆様をお迎えする担当者と連絡先は以下の3名です。
正門の守衛所でお名前をお伝えいただければご案内いたします。

  {_p[0]['name']}（品質管理者）　携帯 {_p[0]['mobile']}
  {_p[1]['name']}（技術管理者）　携帯 {_p[1]['mobile']}
  {_p[2]['name']}（総務・受付）　携帯 {_p[2]['mobile']}

駐車場は構内に2台分ご用意しております。

{sig("小野寺 隆", "品質保証室", "7790", "t-onodera")}
""",
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three contacts with mobiles for an audit day: under five people, may be warned",
})

_p = people(2, 66, 1972, 1996)
MESSAGES.append({
    "id": "lab-066", "charset": "iso-2022-jp",
    "sender": "野々村 哲也 <t-nonomura@hinode-sangyo.co.jp>",
    "to": ["やまぶきクリニック 事務長 <jimu@yamabuki-clinic.com>"],
    "subject": "集配担当ドライバー交代のお知らせ",
    "body": f"""やまぶきクリニック 事務長様

お世話になっております。日の出産業 物流課の野々村です。
7月より貴院の集配担当が交代いたします。
遅延時などは、ドライバーから直接ご連絡することがございます。

　午前便：{_p[0]['name']}（携帯 {_p[0]['mobile']}）
　午後便：{_p[1]['name']}（携帯 {_p[1]['mobile']}）

引き続きよろしくお願いいたします。

野々村 哲也（物流課 048-862-7755）
""",
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two drivers' names and mobiles to a client clinic: a small contact list",
})

_p = people(4, 67, 1970, 1998)
_v = "\n".join(f"{i + 1}）{x['name']}（{x['kana']}） 携帯 {x['mobile']}" for i, x in enumerate(_p))
MESSAGES.append({
    "id": "lab-067", "charset": "shift_jis",
    "sender": "小池 詩織 <s-koike@hinode-sangyo.co.jp>",
    "to": ["川崎電機 川口工場 守衛所 <shuei-kawaguchi@kawasaki-denki.co.jp>"],
    "subject": "入構申請（7/15 巡回健診 日の出産業）",
    "body": f"""川崎電機株式会社 川口工場
守衛所 御中

日の出産業の小池です。7/15（火）巡回健診の入構申請をお願いいたします。

入構者（4名）
{_v}

車両：検診車 1台（大宮 800 す 2145）、社用車 1台（大宮 500 ね 7730）
入構時刻：7:15　退構予定：14:30

よろしくお願いいたします。
""",
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four staff names with mobiles for a site entry request: up to four people",
})

# =========================================================================================
# PASS — internal only, whatever it carries
# =========================================================================================

_p = people(9, 68, 1950, 1995)
MESSAGES.append({
    "id": "lab-068", "charset": "utf-8",
    "sender": "大和田 浩二 <k-owada@hinode-sangyo.co.jp>",
    "to": ["村井 健一 <k-murai@hinode-sangyo.co.jp>"],
    "cc": ["学術営業課 <gakujutsu@hinode-sangyo.co.jp>"],
    "subject": "あおぞら内科様 異常値一覧（訪問前の確認用）",
    "body": """村井さん

明日のあおぞら内科様訪問用に、今月の異常値一覧をまとめました。
院長先生からH判定の多さについて質問が出ると思いますので、目を通しておいてください。

大和田
""",
    "attachments": [{"kind": "xlsx", "name": "aozora_異常値_202506.xlsx", "sheets": {
        "異常値": [["あおぞら内科クリニック 2025年6月 異常値一覧"], [],
                 ["受付No", "患者名", "年齢", "項目", "結果", "判定"]] +
                [[f"06{10 + i}-10{40 + i}", x["name"], x["age"],
                  ["HbA1c", "LDL-C", "γ-GT", "CRE", "HbA1c", "ALT", "TG", "UA", "CEA"][i],
                  ["8.1", "188", "264", "1.61", "7.4", "96", "412", "8.8", "7.2"][i], "H"]
                for i, x in enumerate(_p)]}}],
    "expect": "pass", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "named patients' abnormal results, but every recipient is internal",
})

_p = people(1, 69, 1985, 1998)[0]
MESSAGES.append({
    "id": "lab-069", "charset": "iso-2022-jp",
    "sender": "三上 幸子 <s-mikami@hinode-sangyo.co.jp>",
    "to": ["人事課 相馬 <n-soma@hinode-sangyo.co.jp>"],
    "subject": "マイナンバー提出（物流課 新規入社者）",
    "body": f"""相馬さん

おつかれさまです。総務の三上です。
物流課の新規入社者の個人番号、本人確認が済みましたので回します。

氏名：{_p['name']}
生年月日：{wareki(_p['dob'], 'short')}
個人番号：{my_number(2504)}

通知カードの写しは人事の金庫に入れてあります。

三上
""",
    "expect": "pass", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], "detectors": [],
    "note": "a My Number passed between two internal departments only",
})

_p = people(1, 70, 1940, 1955)[0]
MESSAGES.append({
    "id": "lab-070", "charset": "shift_jis",
    "sender": "大和田 浩二 <k-owada@hinode-sangyo.co.jp>",
    "to": ["村井 健一 <k-murai@hinode-sangyo.co.jp>"],
    "cc": ["報告管理課 <houkoku@mail.hinode-sangyo.co.jp>"],
    "subject": "【至急】関口整形外科様 パニック値 連絡つかず",
    "body": f"""村井さん

関口整形外科様にパニック値の電話連絡をしていますが、休診日でつながりません。
院長先生の携帯をご存じでしたら、至急お伝えいただけますか。

患者：{_p['name']} 様（{_p['age']}歳）
血糖 542 mg/dL、Na 121 mEq/L

大和田（内線7725）
""",
    "expect": "pass", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "a patient's critical values between internal staff (incl. an internal subdomain)",
})

_p = people(8, 71, 1962, 2001)
MESSAGES.append({
    "id": "lab-071", "charset": "utf-8",
    "sender": "小池 詩織 <s-koike@hinode-sangyo.co.jp>",
    "to": ["巡回健診課 <junkai@mail.hinode-sangyo.co.jp>"],
    "subject": "6/26 さくらホテル様 受付名簿（最新）",
    "body": "課内共有です。6/26の受付名簿の最新版を添付します。差し替え5名反映済み。\n\n小池\n",
    "attachments": [{"kind": "csv", "name": "sakura_0626_uketsuke.csv", "encoding": "utf-8",
                     "rows": [["No", "氏名", "カナ", "生年月日", "携帯"]] +
                             [[i + 1, x["name"], x["kana"], ymd(x["dob"]), x["mobile"]]
                              for i, x in enumerate(_p)]}],
    "expect": "pass", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], "detectors": [],
    "note": "an 8-person CSV to an internal subdomain mailbox: internal only",
})

# =========================================================================================
# PASS — two external organisations, one free-mail recipient
# =========================================================================================

MESSAGES.append({
    "id": "lab-072", "charset": "iso-2022-jp",
    "sender": "小池 詩織 <s-koike@hinode-sangyo.co.jp>",
    "to": ["川崎電機 川口工場 総務課 <kawaguchi-somu@kawasaki-denki.co.jp>"],
    "cc": ["青葉運輸 医療物流課 丹羽様 <niwa@aoba-unyu.co.jp>"],
    "subject": "7/15 巡回健診 検体搬送の段取りについて（三者打合せのお願い）",
    "body": f"""川崎電機 川口工場 総務課 ご担当者様
（cc：青葉運輸 丹羽様）

お世話になっております。日の出産業の小池です。
7/15の巡回健診では受診者が400名を超えるため、午前中に一度、
検体を青葉運輸様の便で弊社ラボへ搬送したいと考えております。

つきましては、検体の受け渡し場所（守衛所横の搬入口を想定）と時刻について、
三者で15分ほどお打合せをさせてください。
候補：6/30（月）14:00／7/1（火）10:00／7/2（水）16:00（いずれもWeb会議）

{sig("小池 詩織", "健診事業部 巡回健診課", "7742", "s-koike")}
""",
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "normal three-way mail: two partner organisations in To/Cc, no personal data",
})

MESSAGES.append({
    "id": "lab-073", "charset": "utf-8",
    "sender": "村井 健一 <k-murai@hinode-sangyo.co.jp>",
    "to": ["関口整形外科 院長 関口先生 <sekiguchi@sekiguchi-seikei.jp>"],
    "cc": ["メディソル 学術 野分様 <nowaki@medisol.co.jp>"],
    "subject": "骨代謝マーカー（TRACP-5b）の検体条件について",
    "body": """関口先生
（cc：メディソル 野分様）

お世話になっております。日の出産業の村井です。
先日ご質問いただいたTRACP-5bの検体条件について、試薬メーカーのメディソル様にも
確認いたしましたので、ccに入っていただいております。

・検体：血清 0.5mL（冷蔵で3日、冷凍で1か月安定）
・日内変動が小さいため、採血時刻の指定は不要
・骨粗鬆症の治療効果判定は、治療開始前と開始後3～6か月での比較を推奨

詳細な文献は野分様からお送りいただけるとのことです。

村井
""",
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "a clinic and a reagent maker in To/Cc: two external organisations is normal",
})

MESSAGES.append({
    "id": "lab-074", "charset": "utf-8",
    "sender": "日の出産業 郵送検査サポート <kit-support@hinode-sangyo.co.jp>",
    "to": ["satomi.kuzuhara@gmail.com"],
    "subject": "Re: キットの返送方法について",
    "body": """葛原 様

お問い合わせいただき、ありがとうございます。
日の出産業 郵送検査サポートでございます。

採取後の容器は、同封の返信用封筒（切手不要）に入れて、
ポストへ投函してください。土日の投函でも問題ございません。
採取から7日以内に弊社へ到着するようお願いいたします。

結果はご登録のマイページで、到着から5営業日程度でご確認いただけます。

日の出産業株式会社 臨床検査センター 郵送検査サポート
フリーダイヤル 0120-86-2771（平日9:00-17:00）

> キットが届きました。採取したあとはどうやって送ればいいですか？
> 週末しかポストに行けないのですが大丈夫でしょうか。
""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "reply to one private customer on free mail, general instructions only",
})

MESSAGES.append({
    "id": "lab-075", "charset": "iso-2022-jp",
    "sender": "相馬 直樹 <n-soma@hinode-sangyo.co.jp>",
    "to": ["higa.ryota.mt@yahoo.co.jp"],
    "subject": "二次面接日程のご案内（臨床検査技師 中途採用）",
    "body": f"""比嘉 様

このたびは弊社の臨床検査技師 中途採用にご応募いただき、ありがとうございます。
日の出産業株式会社 人事課の相馬でございます。

一次面接の結果、二次面接にお進みいただくことになりましたのでご連絡いたします。
下記の日程からご都合のよい日時をお知らせください。

　・6月30日（月）14:00～
　・7月2日（水）10:00～
　・7月3日（木）16:00～

会場：臨床検査センター 本館3F（さいたま市桜区田島9-4-21）
所要時間：約60分（ラボ見学を含みます）

{sig("相馬 直樹", "人事課", "7710", "n-soma")}
""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "interview schedule to one applicant on free mail",
})

# =========================================================================================
# PASS — statistics without people, invoices, disclaimers, mentions of confidentiality
# =========================================================================================

MESSAGES.append({
    "id": "lab-076", "charset": "shift_jis",
    "sender": "大和田 浩二 <k-owada@hinode-sangyo.co.jp>",
    "to": ["桜田市保健所 感染症対策係 <kansen@city.sakurada.lg.jp>"],
    "subject": "5月分 梅毒・HIV検査 実施状況（集計値）のご報告",
    "body": """桜田市保健所 感染症対策係 御中

平素よりお世話になっております。日の出産業 臨床検査センターの大和田です。
5月分の検査実施状況（市内医療機関からの受託分・集計値）をご報告いたします。

  年齢階級   梅毒TP抗体 実施/陽性   HIV抗原抗体 実施/陽性
  --------   --------------------   ---------------------
  ～19歳         42 /  1                 18 / 0
  20～29歳      318 / 14                201 / 0
  30～39歳      287 /  9                133 / 1
  40～49歳      256 /  5                 87 / 0
  50歳～        611 /  3                 64 / 0
  合計        1,514 / 32                503 / 1

個別の症例については、医療機関からの発生届をご参照ください。

大和田 浩二
報告管理課 TEL 048-862-7725
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "aggregated positivity counts by age band to a public health centre: no people",
})

MESSAGES.append({
    "id": "lab-077", "charset": "utf-8",
    "sender": "岩城 真由美 <m-iwaki@hinode-sangyo.co.jp>",
    "to": ["広瀬 直美 <n-hirose@sakura-hotel.jp>"],
    "subject": "2024年度 健診結果 集団分析レポート",
    "body": f"""広瀬様

お世話になっております。日の出産業の岩城です。
2024年度の健診結果について、部署別の集団分析をまとめましたのでお送りします。
個人が特定されないよう、受診者10名未満の部署は「その他」にまとめております。

{sig("岩城 真由美", "健診事業部 健診営業課", "7731", "m-iwaki")}
""",
    "attachments": [{"kind": "xlsx", "name": "集団分析_さくらホテル_2024.xlsx", "sheets": {
        "部署別": [["2024年度 健診結果 集団分析（部署別）"], [],
                 ["部署", "受診者数", "有所見率", "血圧", "脂質", "血糖", "肝機能", "BMI25以上"],
                 ["客室", 84, "52.4%", "14.3%", "31.0%", "8.3%", "15.5%", "22.6%"],
                 ["料飲", 61, "60.7%", "19.7%", "34.4%", "11.5%", "24.6%", "31.1%"],
                 ["調理", 38, "65.8%", "21.1%", "39.5%", "13.2%", "28.9%", "36.8%"],
                 ["フロント", 27, "40.7%", "7.4%", "25.9%", "3.7%", "11.1%", "14.8%"],
                 ["その他", 19, "47.4%", "15.8%", "26.3%", "5.3%", "10.5%", "21.1%"]],
        "経年": [["年度", "受診者数", "有所見率"], ["2022", 221, "51.1%"], ["2023", 226, "53.5%"],
               ["2024", 229, "54.6%"]]}}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "department-level health statistics with small groups merged: no individuals",
})

MESSAGES.append({
    "id": "lab-078", "charset": "iso-2022-jp",
    "sender": "小野寺 隆 <t-onodera@hinode-sangyo.co.jp>",
    "to": ["彩の国臨床検査技師会 精度管理委員会 <seido@saitama-rinken.or.jp>"],
    "subject": "2025年度 精度管理調査 回答結果の提出",
    "body": """彩の国臨床検査技師会
精度管理委員会 御中

日の出産業株式会社 臨床検査センター 品質保証室の小野寺です。
2025年度精度管理調査の測定結果を提出いたします（施設番号 S-0217）。

  項目        試料A     試料B     単位    測定法
  AST         41        182       U/L     JSCC標準化対応法
  ALT         35        149       U/L     JSCC標準化対応法
  グルコース  96        288       mg/dL   HK-G6PDH法
  HbA1c       5.6       8.9       %       酵素法
  CRP         0.42      6.81      mg/dL   ラテックス免疫比濁法

ご査収のほど、よろしくお願いいたします。

小野寺 隆（品質保証室 048-862-7790）
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "external quality survey results: measurements of control samples, no people",
})

_cn_corp = corporate_number("030001082417")
MESSAGES.append({
    "id": "lab-079", "charset": "shift_jis",
    "sender": "飯島 紀子 <n-iijima@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    "subject": "ご請求書送付のご案内（6月分 腸内細菌検査）",
    "body": f"""北国フーズ株式会社
経理部 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
6月分の検査料につきまして、下記のとおりご請求申し上げます。

　請求書番号：HS-INV-2506-0388
　件名：腸内細菌検査（第一・第二工場 210件）
　ご請求金額：254,100円（うち消費税 23,100円）
　お支払期限：2025年7月31日
　お振込先：みどり銀行 さいたま支店 普通 1290473 ニチノデサンギョウ（カ

　日の出産業株式会社
　法人番号：{_cn_corp}
　適格請求書発行事業者登録番号：T{_cn_corp}

PDFの請求書を添付しております。

日の出産業株式会社 経理課 飯島
TEL 048-862-7705
""",
    "attachments": [{"kind": "pdf", "name": "HS-INV-2506-0388.pdf",
                     "lines": ["御請求書", "北国フーズ株式会社 御中", "請求書番号 HS-INV-2506-0388",
                               f"登録番号 T{_cn_corp}", "ご請求金額 254,100円（税込）"],
                     "table": [["品目", "数量", "単価", "金額"],
                               ["腸内細菌検査（3項目）", "210", "1,100", "231,000"],
                               ["消費税（10%）", "", "", "23,100"]]}],
    "expect": "pass", "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "invoice with the company's 法人番号 / T-number and company bank account",
})

MESSAGES.append({
    "id": "lab-080", "charset": "utf-8",
    "sender": "Takuya Manabe <t-manabe@hinode-sangyo.co.jp>",
    "to": ["Genovia Sequencing Services <lab-intake@genovia-lab.com>"],
    "subject": "Shipment GV-0711: temperature requirements",
    "body": f"""Dear Genovia intake team,

We plan to ship batch GV-0711 (48 extracted DNA samples, 96-well plate) on
Monday 30 June via World Courier, AWB 176-44820913.

Could you confirm that:
  1. the plate may travel at -20 C on dry ice (about 20 kg), and
  2. your receiving dock accepts deliveries on Wednesday afternoons?

The sample manifest with our anonymised codes will follow by separate mail.

Kind regards,
{sig("Takuya Manabe", "Genetic Testing Laboratory", "7784", "t-manabe", 3)}

{DISC_EN}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "English shipping question; the only 'confidential' is the standard disclaimer",
})

MESSAGES.append({
    "id": "lab-081", "charset": "iso-2022-jp",
    "sender": "杉浦 沙織 <s-sugiura@hinode-sangyo.co.jp>",
    "to": ["ひなたレディースクリニック 看護部 <nurse@hinata-ladies.jp>"],
    "subject": "Re: 採取手順書のご提供について",
    "body": """ひなたレディースクリニック 看護部 御中

お世話になっております。日の出産業 検体受付課の杉浦です。
弊社内部の作業手順書は社外秘扱いのため、そのままお渡しすることができません。
申し訳ございません。代わりに、医療機関向けの「検体採取の手引き」の該当箇所を
以下に抜粋いたします。

【HPV検査（子宮頸部擦過）】
・専用ブラシで頸管部を5回転させ、液状検体容器に撹拌しながら移す
・採取後は室温保存、14日以内に提出
・容器ラベルに採取日の記入をお願いします

手引きの冊子は次回の集配時にお届けします。

杉浦
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "社外秘 is only mentioned (the manual is withheld), no marked document is sent",
})

MESSAGES.append({
    "id": "lab-082", "charset": "iso-2022-jp",
    "sender": "報告管理課 <houkoku@hinode-sangyo.co.jp>",
    "to": ["やまぶきクリニック 事務長 <jimu@yamabuki-clinic.com>"],
    "subject": "【パスワード通知】6/18受付分",
    "body": """やまぶきクリニック 御中

先ほどお送りした「kekka_0618_yamabuki.zip」の解凍パスワードをお知らせします。

　パスワード：Yb#0618kx

日の出産業株式会社 臨床検査センター 報告管理課
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "separate password notice: no attachment and no personal data",
})

MESSAGES.append({
    "id": "lab-083", "charset": "utf-8",
    "sender": "小野寺 隆 <t-onodera@hinode-sangyo.co.jp>",
    "to": ["審査部 大河内 様 <okochi@jcaa-nintei.or.jp>"],
    "subject": "Re: 定期サーベイランス 日程のご相談",
    "body": f"""大河内様

ご連絡ありがとうございます。日の出産業の小野寺です。
ご提示いただいた候補のうち、8月5日（火）・6日（水）の2日間でお願いいたします。
初日の開始は9:30、会場は本館3F第一会議室をご用意いたします。

当日の審査員の皆様のご来場方法（お車／電車）が分かりましたらお知らせください。

{sig("小野寺 隆", "品質保証室", "7790", "t-onodera", 1)}

-----Original Message-----
From: 大河内 正明 <okochi@jcaa-nintei.or.jp>
Sent: Tuesday, June 17, 2025 10:12 AM
Subject: 定期サーベイランス 日程のご相談

日の出産業株式会社 小野寺様

次回定期サーベイランスの日程について、以下の候補からご選択ください。
・7月29日～30日　・8月5日～6日　・8月19日～20日

一般財団法人 日本適合性認定審査機構 審査部 大河内
TEL 03-5521-8830
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "audit scheduling with one business contact, quoted original below",
})

MESSAGES.append({
    "id": "lab-084", "charset": "shift_jis",
    "sender": "久保田 昌弘 <m-kubota@hinode-sangyo.co.jp>",
    "to": ["関西バイオ 首都圏支店 瀬戸口様 <setoguchi@kansai-bio.co.jp>"],
    "subject": "RE: 【ご案内】TSH試薬 ロット切替について",
    "body": """瀬戸口様

お世話になっております。日の出産業 購買課の久保田です。
ロット切替のご案内ありがとうございます。
新ロットのキャリブレーション用に、旧ロットとの並行測定を行いたいので、
新ロットを先行で2箱（品番 KB-TSH-100）お送りいただけますでしょうか。

久保田

> 日の出産業株式会社 購買課 久保田様
>
> 平素より弊社製品をご愛顧いただき、誠にありがとうございます。
> TSH測定試薬（KB-TSH-100）につきまして、7月出荷分よりロットが
> 250412 から 250603 に切り替わります。性能に変更はございません。
>
> 関西バイオ株式会社 首都圏支店 瀬戸口
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "supplier reply thread about a reagent lot change",
})

MESSAGES.append({
    "id": "lab-085", "charset": "iso-2022-jp",
    "sender": "検体受付課 <uketsuke@hinode-sangyo.co.jp>",
    "to": ["あおぞら内科クリニック <info@aozora-naika.jp>"],
    "subject": "検体到着のご確認（6/19 午後便）",
    "body": """あおぞら内科クリニック 御中

6/19午後便でお預かりした検体について、お問い合わせの件を確認いたしました。
下記の検体はすべて到着・受付済みです。

  検体番号         容器           状態
  0619-2201        血清（茶）     受付済
  0619-2202        全血（紫）     受付済
  0619-2203        血清（茶）     受付済
  0619-2204        尿（黄）       受付済
  0619-2205        血漿（灰）     受付済
  0619-2206        全血（紫）     受付済

結果は明日午前中にご報告予定です。

日の出産業株式会社 臨床検査センター 検体受付課
TEL 048-862-7721
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "specimen numbers and tube types only: no names, no results",
})

MESSAGES.append({
    "id": "lab-086", "charset": "utf-8",
    "sender": "Takuya Manabe <t-manabe@hinode-sangyo.co.jp>",
    "to": ["Genovia Sequencing Services <lab-intake@genovia-lab.com>"],
    "subject": "Shipment GV-0711: sample manifest",
    "body": f"""Dear Genovia intake team,

As promised, please find attached the manifest for batch GV-0711.
Samples are identified by our anonymised codes only; the key stays in Japan.

Kind regards,
Takuya Manabe
Genetic Testing Laboratory, Hinode Sangyo

{DISC_EN}
""",
    "attachments": [{"kind": "xlsx", "name": "GV-0711_manifest.xlsx", "sheets": {
        "Manifest": [["Batch GV-0711 manifest"], [],
                     ["Well", "Sample code", "Material", "Conc (ng/uL)", "Volume (uL)", "Panel"]] +
                    [[f"{'ABCDEFGH'[i % 8]}{i // 8 + 1:02d}", f"HSX-{51200 + i * 7}", "gDNA",
                      round(28.5 + (i * 7.3) % 40, 1), 30, "HC-panel v3"] for i in range(48)]}}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "48 rows of anonymised sample codes and concentrations: rows, but not people",
})

MESSAGES.append({
    "id": "lab-087", "charset": "shift_jis",
    "sender": "小池 詩織 <s-koike@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 人事総務部 <jinji@kitaguni-foods.co.jp>"],
    "subject": "秋の定期健診 日程案",
    "body": f"""北国フーズ株式会社 人事総務部 御中

お世話になっております。日の出産業の小池です。
秋の定期健康診断について、日程案をお送りします。

　10/7（火）　第一工場　　 8:00～12:00　定員120名
　10/8（水）　第一工場　　 8:00～12:00　定員120名
　10/14（火）第二工場　　 8:00～11:30　定員100名
　10/15（水）本社・物流棟 9:00～12:00　定員 60名

胸部X線は検診車、その他は各会場の会議室を想定しています。
ご都合の悪い日がございましたら、7/11までにお知らせください。

{sig("小池 詩織", "健診事業部 巡回健診課", "7742", "s-koike", 2)}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "health check schedule by site and capacity, no individuals",
})

MESSAGES.append({
    "id": "lab-088", "charset": "utf-8",
    "sender": "日の出産業 臨床検査センター 学術営業課 <gakujutsu@hinode-sangyo.co.jp>",
    "to": ["南町ファミリークリニック 事務長 東様 <azuma@minamimachi-cl.jp>"],
    "subject": "【検査だより 7月号】新規受託項目のお知らせ",
    "html": """<html><body style="font-family:sans-serif">
<h2 style="color:#c60">検査だより 2025年7月号</h2>
<p>平素より日の出産業 臨床検査センターをご利用いただき、誠にありがとうございます。</p>
<h3>新規受託項目（7月1日受付分より）</h3>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>項目コード</th><th>項目名</th><th>検体</th><th>所要日数</th><th>実施料</th></tr>
<tr><td>5C412</td><td>SCCA（扁平上皮癌関連抗原）</td><td>血清 0.5mL</td><td>2～3日</td><td>1,010円</td></tr>
<tr><td>4A028</td><td>Mac-2結合蛋白糖鎖修飾異性体</td><td>血清 0.4mL</td><td>3～4日</td><td>1,940円</td></tr>
<tr><td>2B601</td><td>可溶性IL-2レセプター</td><td>血清 0.5mL</td><td>3～5日</td><td>4,380円</td></tr>
</table>
<h3>年末年始の集配について</h3>
<p>詳細は11月号でご案内いたします。</p>
<hr><p style="font-size:small">日の出産業株式会社 臨床検査センター 学術営業課<br>
〒338-0837 埼玉県さいたま市桜区田島9-4-21　TEL 048-862-7760</p>
</body></html>""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "HTML-only newsletter with a table of test items, no people",
})

MESSAGES.append({
    "id": "lab-089", "charset": "iso-2022-jp",
    "sender": "野々村 哲也 <t-nonomura@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 医療物流課 丹羽様 <niwa@aoba-unyu.co.jp>"],
    "subject": "FW: ドライアイス同梱時の航空便制限について",
    "body": """丹羽さん

お疲れ様です。野々村です。
試薬メーカーから下記の案内が来ています。8月以降の広域便（航空利用分）に影響しそうなので
共有します。御社側の取扱いも確認いただけますか。

野々村

---------- Forwarded message ---------
From: 常盤試薬 物流管理部 <logistics@tokiwa-reagent.co.jp>
Date: 2025年6月18日(水) 15:30
Subject: ドライアイス同梱時の航空便制限について
To: <t-nonomura@hinode-sangyo.co.jp>

お取引先各位

8月1日より、航空輸送におけるドライアイス同梱量の上限が
1梱包あたり2.5kgに変更となります（従来 5kg）。
これに伴い、冷凍試薬は原則として陸送に切り替えさせていただきます。

常盤試薬株式会社 物流管理部
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "forward of a supplier's business notice: new text to its recipient, but no personal data",
})

MESSAGES.append({
    "id": "lab-090", "charset": "utf-8",
    "sender": "相馬 直樹 <n-soma@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 弁護士 篠宮先生 <shinomiya@shirakawa-law.jp>"],
    "subject": "分析装置リース契約の解約条項についてのご相談",
    "body": """白川法律事務所
篠宮先生

いつもお世話になっております。日の出産業の相馬です。
生化学分析装置のリース契約（リース会社：ひかりリース）について、
期間途中で装置を入れ替える場合の解約条項の解釈をご相談させてください。

・契約期間：2022年4月～2027年3月（60か月）
・第14条：中途解約時は残リース料の全額を一括支払
・第21条：秘密保持義務（装置内の測定データの取扱い）

装置内に残る測定データの消去方法について、第21条との関係で
リース会社に対して何を求めるべきかもご教示いただけますと幸いです。
契約書の写しは別途郵送いたします。

相馬 直樹
日の出産業株式会社 総務部
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "legal consultation about a contract and its 秘密保持 clause: no data, no marking",
})

MESSAGES.append({
    "id": "lab-091", "charset": "shift_jis",
    "sender": "村井 健一 <k-murai@hinode-sangyo.co.jp>",
    "to": ["寿会病院 検査科 技師長 井口様 <iguchi@kotobuki-hp.or.jp>"],
    "subject": "Re: 担当者変更のご連絡",
    "body": """井口様

ご連絡ありがとうございます。日の出産業の村井です。
7月から井口様が外注検査のご担当になられるとのこと、承知いたしました。
弊社の顧客台帳のご連絡先も、井口様の直通（検査科）に変更いたしました。

今後ともよろしくお願いいたします。
近いうちにご挨拶に伺わせてください。

村井 健一
学術営業課 TEL 048-862-7760
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the recipient's own business contact change, no data about anyone else",
})

MESSAGES.append({
    "id": "lab-092", "charset": "utf-8",
    "sender": "野々村 哲也 <t-nonomura@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 医療物流課 丹羽様 <niwa@aoba-unyu.co.jp>"],
    "subject": "6/17 高崎ルート 温度逸脱の件（ロガーデータ）",
    "body": """丹羽さん

お疲れ様です。野々村です。
6/17の高崎ルートで冷蔵箱の温度が一時的に8℃を超えていました。
ロガーのデータを添付しますので、車両の冷蔵ユニットの点検をお願いします。
（検体は安定性の範囲内で、再採血は不要と判断しています）

野々村
""",
    "attachments": [{"kind": "csv", "name": "logger_TK-07_20250617.csv", "encoding": "utf-8",
                     "rows": [["timestamp", "logger_id", "temp_c"]] +
                             [[f"2025-06-17 {13 + i // 6:02d}:{(i % 6) * 10:02d}", "TK-07",
                               f"{4.1 + (3.9 if 14 <= i <= 17 else (i % 4) * 0.3):.1f}"]
                              for i in range(30)]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "cold-chain temperature logger data: measurements only",
})

MESSAGES.append({
    "id": "lab-093", "charset": "utf-8",
    "sender": "Masahiro Kubota <m-kubota@hinode-sangyo.co.jp>",
    "to": ["EuroClin Reagents Customer Service <service@euroclin-reagents.com>"],
    "subject": "Request for SDS (Japanese version) - EC-ALB-500 / EC-TP-500",
    "body": f"""Dear Customer Service,

We are preparing for the annual chemical inventory check required under Japanese law.
Could you please send us the latest Safety Data Sheets (Japanese version, if available)
for the following products?

  - EC-ALB-500  Albumin (BCP) reagent, 500 tests
  - EC-TP-500   Total protein reagent, 500 tests

Our customer number is JP-00417.

Best regards,
{sig("Masahiro Kubota", "Purchasing", "7768", "m-kubota", 3)}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "English SDS request to a reagent supplier",
})

MESSAGES.append({
    "id": "lab-094", "charset": "iso-2022-jp",
    "sender": "小野寺 隆 <t-onodera@hinode-sangyo.co.jp>",
    "to": ["審査部 大河内 様 <okochi@jcaa-nintei.or.jp>"],
    "subject": "前回審査の指摘事項に対する是正処置報告",
    "body": """大河内様

お世話になっております。日の出産業 品質保証室の小野寺です。
前回審査（2024年8月）でいただいた指摘事項の是正処置について、完了報告をいたします。

  No  区分     指摘内容                              是正処置                      完了日
  1   軽微     測定の不確かさの見直し記録が未作成    年1回の見直し手順を追加       2024/11/30
  2   軽微     外部委託先の評価記録の更新漏れ        委託先台帳の年次レビュー化    2024/12/20
  3   観察     温度管理記録の様式が部門ごとに異なる  様式を統一（QF-112 第3版）    2025/02/14

根拠資料一式は審査当日にご確認いただけるよう準備いたします。

小野寺 隆
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "corrective action summary to the accreditation body: no people, no marking",
})

MESSAGES.append({
    "id": "lab-095", "charset": "utf-8",
    "sender": "野々村 哲也 <t-nonomura@hinode-sangyo.co.jp>",
    "to": ["野々村 哲也 <t-nonomura@hinode-sangyo.co.jp>"],
    "bcc": ["info@aozora-naika.jp", "hoshino@hoshino-iin.or.jp", "jimu@yamabuki-clinic.com",
            "uketsuke@sekiguchi-seikei.jp", "azuma@minamimachi-cl.jp"],
    "subject": "【ご案内】7月21日（海の日）の集配について",
    "body": """各医療機関 ご担当者様
（本メールはBCCにて一斉送信しております）

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業 臨床検査センター 物流課でございます。

7月21日（月・海の日）は、午前便のみ通常どおり集配いたします。
午後便はお休みとなりますので、ご了承ください。

日の出産業株式会社 臨床検査センター 物流課
TEL 048-862-7755
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "five clinics correctly in Bcc: none can see the others",
})

MESSAGES.append({
    "id": "lab-096", "charset": "iso-2022-jp",
    "sender": "真鍋 拓也 <t-manabe@hinode-sangyo.co.jp>",
    "to": ["臨床検査医学研究会 学術集会事務局 <gakkai2025@rinsho-kensa-kenkyu.or.jp>"],
    "subject": "演題登録（一般演題・遺伝子検査部門）",
    "body": """臨床検査医学研究会 第38回学術集会 事務局 御中

一般演題の登録をお願いいたします。

演題名：リアルタイムPCR法による薬剤耐性遺伝子検出の院外受託における運用評価
発表者：真鍋 拓也（日の出産業株式会社 臨床検査センター 遺伝子検査室）
共同演者：
　五月女 香織（同 遺伝子検査室）
　十河 健一（同 微生物検査室）
　阿久津 里奈（同 品質保証室）
　小野寺 隆（同 品質保証室）
発表形式：ポスター希望

抄録本文（800字）は添付のとおりです。

真鍋 拓也
日の出産業株式会社 臨床検査センター 遺伝子検査室
""",
    "attachments": [{"kind": "docx", "name": "抄録_真鍋.docx",
                     "paragraphs": ["【目的】院外受託における薬剤耐性遺伝子検出の所要時間と精度を評価した。",
                                    "【方法】2024年4月から2025年3月に受託した1,284検体を対象とした。",
                                    "【結果】報告所要時間の中央値は26時間、培養法との一致率は97.8%であった。",
                                    "【結語】院外受託でも臨床的に有用な迅速性が得られた。"]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "five authors with their affiliations only: names carry no personal data",
})

_p = people(2, 97, 1985, 2000)
MESSAGES.append({
    "id": "lab-097", "charset": "shift_jis",
    "sender": "久保田 昌弘 <m-kubota@hinode-sangyo.co.jp>",
    "to": ["メディソル 学術 野分様 <nowaki@medisol.co.jp>"],
    "subject": "免疫測定装置 オペレーター講習の申込み",
    "body": f"""野分様

お世話になっております。日の出産業 購買課の久保田です。
8月の免疫測定装置オペレーター講習に、下記2名の参加を申し込みます。
受講票は各自のメールアドレスへお送りいただけますでしょうか。

・{_p[0]['name']}（{_p[0]['kana']}）　{_p[0]['mail']}
・{_p[1]['name']}（{_p[1]['kana']}）　{_p[1]['mail']}

よろしくお願いいたします。
久保田
""",
    "expect": "pass", "entities": ["PERSON_NAME", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "two trainees' names and e-mail addresses: fewer than five people",
})

MESSAGES.append({
    "id": "lab-098", "charset": "iso-2022-jp",
    "sender": "小野寺 隆 <t-onodera@hinode-sangyo.co.jp>",
    "to": ["品質保証室 <qa@hinode-sangyo.co.jp>"],
    "cc": ["センター長 <center-cho@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】サーベイランス対策 打合せメモ",
    "body": """■社外秘■

品質保証室各位

本日の打合せメモです。社外への転送はしないでください。

1. 不適合3件の是正は7/31完了見込み
2. 微生物検査室の記録欠落は、当日質問される前提で経緯書を準備
3. コンサルへの事前相談は7/8 石動様と実施

小野寺
""",
    "attachments": [{"kind": "docx", "name": "打合せメモ_0620.docx", "page_header": "社外秘",
                     "paragraphs": ["サーベイランス対策 打合せメモ（2025/06/20）", "区分：社外秘",
                                    "出席：品質保証室 4名、センター長"]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "社外秘 marking, but every recipient is internal",
})

# =========================================================================================
# EITHER — an officer could judge these either way
# =========================================================================================

MESSAGES.append({
    "id": "lab-099", "charset": "utf-8",
    "sender": "大和田 浩二 <k-owada@hinode-sangyo.co.jp>",
    "to": ["関口整形外科 院長 関口先生 <sekiguchi@sekiguchi-seikei.jp>"],
    "subject": "再検結果のご報告（検体番号 0618-3307）",
    "body": """関口先生

お世話になっております。日の出産業の大和田です。
お問い合わせのあった検体の再検結果をご報告いたします。

検体番号：0618-3307（男性・71歳）
CK：初回 2,480 U/L → 再検 2,455 U/L
ミオグロビン：612 ng/mL（H）

測定上の問題は認められませんでした。

大和田（報告管理課 048-862-7725）
""",
    "expect": "either", "entities": ["SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "results tied only to a specimen number, age and sex: identifiable only by the clinic",
})

_p = people(6, 100, 1955, 1985)
_docs = ["あおぞら内科", "星野医院", "やまぶきクリニック", "関口整形外科", "南町ファミリークリニック",
         "寿会病院 検査科"]
MESSAGES.append({
    "id": "lab-100", "charset": "iso-2022-jp",
    "sender": "野々村 哲也 <t-nonomura@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 医療物流課 丹羽様 <niwa@aoba-unyu.co.jp>"],
    "subject": "集配トラブル時の医療機関 緊急連絡先",
    "body": "丹羽さん\n\nお疲れ様です。野々村です。\n"
            "休診日や夜間に集配でトラブルがあった場合の、各医療機関の緊急連絡先です。\n"
            "ドライバーの皆さんの車載ファイルに入れておいてください。\n\n"
            + table([["医療機関", "連絡先の先生", "緊急連絡先"]] +
                    [[_docs[i], x["name"] + " 先生", x["mobile"]] for i, x in enumerate(_p)]) +
            "\n\n野々村\n",
    "expect": "either", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "six doctors' own mobiles as clinics' emergency contacts: business contacts or a list",
})
