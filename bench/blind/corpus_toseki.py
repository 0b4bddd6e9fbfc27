"""Blind corpus, area "toseki": the office of a dialysis clinic network.

日の出産業株式会社 メディカルサービス事業部 — ひので透析クリニック統括事務局 (関内・鶴見・港北・
藤沢・本厚木の5院): patients' session schedules (月水金／火木土, 午前・午後・夜間クール),
送迎 (transport), 感染症ステータス, 旅行透析・臨時透析 requests to other clinics,
身体障害者手帳・特定疾病療養受療証・重度障害者医療費助成, 院外処方の薬局, 透析資材・機器の
サプライヤー.

Every person, patient, address, phone number, account, card number, My Number and other
identifier in this file is invented; organisations other than the ones named in BRIEF.md
are fictional as well.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

SEED = 13901
rng = random.Random(SEED)

_counter = SEED


def _next_n() -> int:
    global _counter
    n = _counter
    _counter += 1
    return n


def mynum() -> str:
    return my_number(_next_n())


def card() -> str:
    return card_number(_next_n())


def corp_number(base12: str) -> str:
    """法人番号: a check digit in front of 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for i in range(1, 13):
        p = digits[12 - i]
        q = 1 if i % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


_ZEN = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


SURNAMES = [
    ("東海林", "しょうじ", "Shoji"), ("五十嵐", "いがらし", "Igarashi"),
    ("勅使河原", "てしがわら", "Teshigawara"), ("小鳥遊", "たかなし", "Takanashi"),
    ("百目鬼", "どうめき", "Domeki"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("九十九", "つくも", "Tsukumo"), ("鈴木", "すずき", "Suzuki"),
    ("佐々木", "ささき", "Sasaki"), ("渡邉", "わたなべ", "Watanabe"),
    ("髙橋", "たかはし", "Takahashi"), ("石動", "いするぎ", "Isurugi"),
    ("長谷川", "はせがわ", "Hasegawa"), ("比嘉", "ひが", "Higa"),
    ("金城", "きんじょう", "Kinjo"), ("今井", "いまい", "Imai"),
    ("大河内", "おおこうち", "Okochi"), ("栗林", "くりばやし", "Kuribayashi"),
    ("宇佐美", "うさみ", "Usami"), ("神保", "じんぼ", "Jimbo"),
    ("相馬", "そうま", "Soma"), ("日下部", "くさかべ", "Kusakabe"),
    ("伊集院", "いじゅういん", "Ijuin"), ("小野寺", "おのでら", "Onodera"),
    ("三上", "みかみ", "Mikami"), ("安達", "あだち", "Adachi"),
    ("若林", "わかばやし", "Wakabayashi"), ("桑原", "くわばら", "Kuwabara"),
    ("早乙女", "さおとめ", "Saotome"), ("明石", "あかし", "Akashi"),
    ("仲村渠", "なかんだかり", "Nakandakari"), ("米倉", "よねくら", "Yonekura"),
    ("秋葉", "あきば", "Akiba"), ("根岸", "ねぎし", "Negishi"),
    ("野々村", "ののむら", "Nonomura"), ("一ノ瀬", "いちのせ", "Ichinose"),
    ("丸山", "まるやま", "Maruyama"), ("古舘", "ふるたち", "Furutachi"),
    ("白鳥", "しらとり", "Shiratori"), ("福士", "ふくし", "Fukushi"),
    ("四十物", "あいもの", "Aimono"), ("上遠野", "かとおの", "Katono"),
    ("都築", "つづき", "Tsuzuki"), ("熊谷", "くまがい", "Kumagai"),
    ("及川", "おいかわ", "Oikawa"), ("乙部", "おとべ", "Otobe"),
    ("門脇", "かどわき", "Kadowaki"), ("瀬戸口", "せとぐち", "Setoguchi"),
    ("村越", "むらこし", "Murakoshi"), ("蛭田", "ひるた", "Hiruta"),
]
GIVEN_M = [
    ("義男", "よしお", "Yoshio"), ("勝", "まさる", "Masaru"), ("清", "きよし", "Kiyoshi"),
    ("敏行", "としゆき", "Toshiyuki"), ("正一", "しょういち", "Shoichi"),
    ("茂", "しげる", "Shigeru"), ("和夫", "かずお", "Kazuo"), ("健二", "けんじ", "Kenji"),
    ("隆", "たかし", "Takashi"), ("博之", "ひろゆき", "Hiroyuki"), ("功", "いさお", "Isao"),
    ("昭", "あきら", "Akira"), ("忠彦", "ただひこ", "Tadahiko"), ("誠", "まこと", "Makoto"),
    ("武雄", "たけお", "Takeo"), ("幸一", "こういち", "Koichi"), ("譲二", "じょうじ", "Joji"),
]
GIVEN_F = [
    ("節子", "せつこ", "Setsuko"), ("和子", "かずこ", "Kazuko"), ("幸子", "さちこ", "Sachiko"),
    ("キヨ", "きよ", "Kiyo"), ("美代子", "みよこ", "Miyoko"), ("恵美", "えみ", "Emi"),
    ("順子", "じゅんこ", "Junko"), ("久美子", "くみこ", "Kumiko"), ("トシ子", "としこ", "Toshiko"),
    ("洋子", "ようこ", "Yoko"), ("悦子", "えつこ", "Etsuko"), ("千鶴", "ちづる", "Chizuru"),
    ("ハル", "はる", "Haru"), ("喜美江", "きみえ", "Kimie"),
]

TOWNS = [
    ("230", "横浜市鶴見区豊岡町", "045"), ("230", "横浜市鶴見区下末吉", "045"),
    ("222", "横浜市港北区大倉山", "045"), ("222", "横浜市港北区菊名", "045"),
    ("231", "横浜市中区本牧町", "045"), ("232", "横浜市南区弘明寺町", "045"),
    ("221", "横浜市神奈川区六角橋", "045"), ("212", "川崎市幸区南加瀬", "044"),
    ("211", "川崎市中原区木月", "044"), ("251", "藤沢市鵠沼海岸", "0466"),
    ("251", "藤沢市辻堂元町", "0466"), ("243", "厚木市旭町", "046"),
    ("243", "厚木市妻田東", "046"), ("235", "横浜市磯子区洋光台", "045"),
    ("240", "横浜市保土ケ谷区星川", "045"), ("242", "大和市中央林間", "046"),
    ("252", "座間市相模が丘", "046"), ("223", "横浜市港北区日吉本町", "045"),
]
BUILDINGS = ["", "", "", "コーポ桜 201", "メゾン菊名 103", "グリーンハイツ 2-305",
             "サンライズ本牧 402", "ハイム妻田 1F", "県営住宅 5-212"]

_used: set[str] = set()


def person(sex: str | None = None, lo: int = 1936, hi: int = 1975) -> dict:
    while True:
        sei = rng.choice(SURNAMES)
        sx = sex or rng.choice("MF")
        mei = rng.choice(GIVEN_M if sx == "M" else GIVEN_F)
        key = sei[0] + mei[0]
        if key not in _used:
            _used.add(key)
            break
    dob = _dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    zip3, town, area = rng.choice(TOWNS)
    addr = f"{town}{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    b = rng.choice(BUILDINGS)
    if b:
        addr += " " + b
    if area == "045":
        home = f"045-{rng.randint(401, 999)}-{rng.randint(1000, 9999)}"
    elif area == "044":
        home = f"044-{rng.randint(411, 599)}-{rng.randint(1000, 9999)}"
    elif area == "0466":
        home = f"0466-{rng.randint(22, 88)}-{rng.randint(1000, 9999)}"
    else:
        home = f"046-{rng.randint(221, 299)}-{rng.randint(1000, 9999)}"
    mob = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return {
        "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}",
        "kana": f"{sei[1]} {mei[1]}", "kata": _kata(f"{sei[1]} {mei[1]}"),
        "romaji": f"{sei[2].upper()} {mei[2]}", "sex": sx, "dob": dob,
        "zip": f"{zip3}-{rng.randint(0, 99):04d}", "addr": "神奈川県" + addr, "addr_short": addr,
        "home": home, "mobile": mob,
    }


def _kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def wareki(d: _dt.date, style: str = "long") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def hoken() -> str:
    """健康保険証の記号・番号 (被用者保険風)."""
    return f"記号 {rng.randint(1000, 9999)} 番号 {rng.randint(1, 999)}"


def kouki() -> str:
    """後期高齢者医療被保険者証の被保険者番号 (8桁)."""
    return f"{rng.randint(10000000, 99999999)}"


def acct() -> str:
    return f"{rng.randint(1000000, 9999999)}"


def pid() -> str:
    return f"{rng.choice('KTHFA')}-{rng.randint(10000, 99999)}"


def dw() -> str:
    return f"{rng.randint(38, 78)}.{rng.choice([0, 5])}kg"


INF_OK = "HBs抗原(−) HBs抗体(−) HCV抗体(−) HIV抗体(−) 梅毒TPHA(−)"

# -- signatures and disclaimers ------------------------------------------------------------

OFFICE = ("日の出産業株式会社 メディカルサービス事業部\n"
          "ひので透析クリニック 統括事務局")
ADDR = "〒231-0023 神奈川県横浜市中区山下町2-18 ひのでビル5F"


def sig(name: str, kana: str, dept: str, mail: str, tel: str = "045-662-3310",
        style: int = 0) -> str:
    if style == 0:
        return (f"\n--\n{OFFICE}\n{dept}　{name}（{kana}）\n{ADDR}\n"
                f"TEL {tel}／FAX 045-662-3311\nE-mail: {mail}@hinode-sangyo.co.jp\n")
    if style == 1:
        return ("\n━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
                f" {OFFICE.replace(chr(10), chr(10) + ' ')}\n {dept}\n {name}\n"
                f" TEL:{tel}（直通）\n {mail}@hinode-sangyo.co.jp\n"
                "━━━━━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return (f"\n********************************\n{name}\n"
                f"日の出産業(株) ひので透析クリニック統括事務局 {dept}\n"
                f"Tel {tel}  Mail {mail}@hinode-sangyo.co.jp\n"
                "********************************\n")
    return (f"\n-- \n{kana}\nHinode Sangyo Co., Ltd. / Medical Services Division\n"
            f"Hinode Dialysis Clinics, {dept}\n2-18 Yamashita-cho, Naka-ku, Yokohama 231-0023\n"
            f"Tel +81-45-662-3310  {mail}@hinode-sangyo.co.jp\n")


SAEKI = dict(name="佐伯 奈緒子", kana="Saeki Naoko", dept="医事課", mail="n-saeki")
HORI = dict(name="堀之内 拓也", kana="Horinouchi Takuya", dept="総務課（送迎担当）",
            mail="t-horinouchi", tel="045-662-3318")
MAKABE = dict(name="真壁 由香里", kana="Makabe Yukari", dept="地域連携室（旅行透析窓口）",
              mail="y-makabe", tel="045-662-3325")
KATSU = dict(name="葛城 亮", kana="Katsuragi Ryo", dept="臨床工学課／資材購買",
             mail="r-katsuragi", tel="045-662-3330")
OKITA = dict(name="沖田 美紀", kana="Okita Miki", dept="経理課", mail="m-okita",
             tel="045-662-3312")
ASHIDA = dict(name="芦田 健太郎", kana="Ashida Kentaro", dept="人事課", mail="k-ashida",
              tel="045-662-3305")
SAGARA = dict(name="相良 智恵", kana="Sagara Chie", dept="看護部 感染対策担当",
              mail="c-sagara", tel="045-662-3340")


def frm(p: dict) -> str:
    return f"{p['name']} <{p['mail']}@hinode-sangyo.co.jp>"


DISC_JA = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを破棄してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. "
           "If you are not the intended recipient, please notify the sender immediately "
           "and delete this e-mail.\n")

MESSAGES: list[dict] = []

# ==========================================================================================
# 001-020
# ==========================================================================================

_p = person("M", 1948, 1956)
MESSAGES.append({
    "id": "toseki-001", "expect": "stop",
    "sender": frm(MAKABE),
    "to": ["琉球ブルー透析クリニック 地域連携 <renkei@ryukyu-blue-clinic.jp>"],
    "subject": "旅行透析（臨時透析）受入のお願い／ひので透析クリニック港北",
    "charset": "iso-2022-jp",
    "body": f"""琉球ブルー透析クリニック
地域連携ご担当 新垣様

いつもお世話になっております。
ひので透析クリニック統括事務局 地域連携室の真壁でございます。

先日お電話でご相談いたしました、当院港北の維持透析患者様の
旅行透析につきまして、下記のとおり正式にお願い申し上げます。

■患者様情報
　氏名　　　：{_p['name']}（{_p['kata']}）様　男性
　生年月日　：{wareki(_p['dob'])}
　原疾患　　：糖尿病性腎症（透析導入 {wareki(_dt.date(2016, 9, 14))}）
　合併症　　：狭心症（PCI後）、右下肢閉塞性動脈硬化症
　感染症　　：{INF_OK}（{ymd(_dt.date(2025, 4, 8))} 検査）

■ご希望日程
　8月19日（火）・21日（木）・23日（土）　いずれも午前クール希望

■透析条件
　HD 4.0時間／QB 220mL/min／QD 500mL/min
　ダイアライザー：PES膜 1.8m2
　抗凝固剤：ヘパリン 初回1,000単位、持続 700単位/h
　DW：{dw()}　VA：左前腕AVF（穿刺は2本とも中枢向き）

透析記録・検査データ・処方内容は、ご受諾いただけましたら
FAXにてお送りいたします。ご検討のほどよろしくお願いいたします。
""" + sig(**MAKABE),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "travel-dialysis request: one named patient with diagnosis, infections and dialysis prescription to another clinic",
})

MESSAGES.append({
    "id": "toseki-002", "expect": "pass",
    "sender": frm(KATSU),
    "to": ["東都メディカル株式会社 横浜営業所 <yokohama-eigyo@tohto-medical.co.jp>"],
    "subject": "【発注】9月分 ダイアライザー・血液回路（鶴見・港北）",
    "charset": "iso-2022-jp",
    "body": """東都メディカル株式会社
横浜営業所　御中

いつもお世話になっております。ひので透析クリニック統括事務局の葛城です。
9月分の定期発注をお送りします。納品先は各院の資材庫です。

品番          品名                          入数   数量   納品先
------------  ----------------------------  -----  -----  --------
TM-PS15H      PSダイアライザー 1.5m2         24本   10箱   鶴見
TM-PS18H      PSダイアライザー 1.8m2         24本    6箱   鶴見
TM-PS18H      PSダイアライザー 1.8m2         24本    8箱   港北
TM-BL2240     血液回路 AVセット             20組   12箱   鶴見
TM-BL2240     血液回路 AVセット             20組   10箱   港北
TM-FN16-25    留置針 16G 25mm               50本    4箱   港北

・希望納期：8/28（木）午前中
・発注番号：HD-PO-2025-0912
・単価は2025年4月改定のお見積（No. Q-25-0417）どおりでお願いします。

納期回答をいただけますと助かります。
よろしくお願いいたします。
""" + sig(**KATSU, style=1),
    "entities": [],
    "detectors": [],
    "note": "routine purchase order with product codes and an order number to a supplier",
})

_rows = [["利用者No", "氏名", "住所", "電話", "曜日", "お迎え", "院"]]
for _i in range(8):
    _q = person(lo=1938, hi=1960)
    _rows.append([f"T{rng.randint(100, 999)}", _q["name"], _q["addr_short"], _q["home"],
                  rng.choice(["月水金", "火木土"]), rng.choice(["7:20", "7:35", "7:50", "12:10", "12:25"]),
                  rng.choice(["鶴見", "港北"])])
MESSAGES.append({
    "id": "toseki-003", "expect": "stop",
    "sender": frm(HORI),
    "to": ["青葉運輸 送迎センター <sougei@aoba-unyu.co.jp>"],
    "cc": ["堀之内 拓也 <t-horinouchi@hinode-sangyo.co.jp>"],
    "subject": "9月からの送迎ルート表（鶴見・港北）",
    "charset": "cp932",
    "body": """青葉運輸株式会社
送迎センター ご担当者様

お世話になっております。ひので透析クリニックの堀之内です。
9月1日からの送迎利用者一覧（鶴見・港北）を添付いたします。
新規2名、港北→鶴見への転院1名を反映済みです。
ルート組みの上、8/27までに運行表をご返送いただけますでしょうか。

よろしくお願いいたします。
""" + sig(**HORI),
    "attachments": [{"kind": "csv", "name": "送迎利用者一覧_202509.csv", "encoding": "cp932",
                     "rows": _rows}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CSV of eight patients' names, home addresses and phones to the transport partner: a list of people",
})

_lines = []
for _i in range(12):
    _q = person(lo=1940, hi=1972)
    _lines.append(f"{_q['name']:<8}\t{rng.choice(['鶴見', '港北', '関内'])}\t{rng.choice(['月水金', '火木土'])}\t"
                  f"{rng.choice(['午前', '午後', '夜間'])}\t{_q['addr_short']}\t{_q['mobile']}")
MESSAGES.append({
    "id": "toseki-004", "expect": "pass",
    "sender": frm(HORI),
    "to": ["鶴見院 送迎係 <sougei@tsurumi.hinode-sangyo.co.jp>",
           "港北院 受付 <uketsuke@kohoku.hinode-sangyo.co.jp>"],
    "subject": "台風接近時の送迎 連絡網（院内用）",
    "charset": "utf-8",
    "body": """鶴見・港北 送迎係各位

堀之内です。台風10号の接近に備え、送迎利用者の連絡網を共有します。
運休判断は前日15時に本部から連絡します。院内限りで利用してください。

氏名\t院\t曜日\tクール\t住所(抜粋)\t連絡先
""" + "\n".join(_lines) + "\n\n以上、よろしくお願いします。\n" + sig(**HORI, style=2),
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "patient contact list, but every recipient is an internal subdomain of hinode-sangyo.co.jp",
})

_rows = [["2025年度 第2四半期 感染症定期検査 依頼一覧（鶴見院）"], [],
         ["患者ID", "性別", "生年月日", "HBs抗原", "HBs抗体", "HCV抗体", "HIV", "TPHA", "備考"]]
for _i in range(14):
    _q = person(lo=1940, hi=1978)
    _rows.append([pid(), "男" if _q["sex"] == "M" else "女", ymd(_q["dob"]),
                  rng.choice(["(−)"] * 9 + ["(＋)"]), rng.choice(["(−)", "(＋)"]),
                  rng.choice(["(−)"] * 6 + ["(＋)"]), "(−)", rng.choice(["(−)"] * 8 + ["(＋)"]),
                  rng.choice(["", "", "前回HCV陽性・RNA再検", "隔離ベッド", "ワクチン接種済"])])
MESSAGES.append({
    "id": "toseki-005", "expect": "stop",
    "sender": frm(SAGARA),
    "to": ["株式会社メディラボ湘南 検体受付 <kentai@medilab-shonan.co.jp>"],
    "subject": "Re: 第2四半期 感染症検査の依頼書について",
    "charset": "iso-2022-jp",
    "body": """メディラボ湘南
検体受付ご担当者様

お世話になっております。相良です。
ご指摘いただいた依頼書の様式を修正し、再送いたします。
前回結果（参考）の列も残してありますので、照合にお使いください。

よろしくお願いいたします。
""" + sig(**SAGARA) + """
> 依頼書に生年月日の記載が漏れている方がいらっしゃいました。
> お手数ですが修正版をお送りください。
""",
    "attachments": [{"kind": "xlsx", "name": "感染症検査依頼_鶴見_2Q.xlsx",
                     "sheets": {"依頼一覧": _rows, "記入方法": [["結果は(−)/(＋)で記入"]]}}],
    "entities": ["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX list of 14 patients (ID, sex, DOB) with HBs/HCV/HIV/syphilis results, no name column, to an external lab",
})

MESSAGES.append({
    "id": "toseki-006", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["ツバサシステム 営業部 小田切様 <odagiri@tsubasa-system.jp>"],
    "cc": ["法務 <houmu@hinode-sangyo.co.jp>"],
    "subject": "Re: 透析支援システム導入に伴う秘密保持契約書（案）",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム株式会社
営業部 小田切様

お世話になっております。佐伯です。
秘密保持契約書（案）をお送りいただきありがとうございました。
当社法務で確認したところ、以下2点の修正をお願いしたいとのことです。

1. 第3条（秘密情報の範囲）：患者様の個人情報は「秘密情報」とは別に、
   個人情報の取扱いに関する覚書で定める旨を明記いただきたい
2. 第9条（有効期間）：契約終了後の存続期間を3年→5年に

修正版をいただけましたら、押印手続きに進めます。
デモ環境の件は来週の打合せでご相談させてください。

以上、よろしくお願いいたします。
""" + sig(**SAEKI) + """
-----Original Message-----
From: 小田切 亮介 <odagiri@tsubasa-system.jp>
Sent: Monday, August 4, 2025 10:12 AM
Subject: 透析支援システム導入に伴う秘密保持契約書（案）

佐伯様
弊社標準の秘密保持契約書（案）をお送りします。ご確認のほどお願いいたします。
""",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA (秘密保持契約) with the partner EMR vendor: no marking, no personal data",
})

_ph = ["あおぞら調剤薬局 鶴見店 <tsurumi@aozora-chozai.co.jp>",
       "ひまわり薬局 菊名店 <kikuna@himawari-ph.jp>",
       "すずらん薬局 <info@suzuran-yakkyoku.co.jp>",
       "中央薬局 弘明寺 <gumyoji@chuo-ph.co.jp>",
       "はなみずき薬局 <hanamizuki.pharm@hanamizuki-ph.jp>",
       "ことぶき調剤 本厚木 <atsugi@kotobuki-chozai.com>"]
MESSAGES.append({
    "id": "toseki-007", "expect": "stop",
    "sender": frm(SAEKI),
    "to": _ph,
    "subject": "年末年始の透析スケジュールと処方箋発行について",
    "charset": "cp932",
    "body": """近隣薬局の皆様

平素より当院患者様の院外処方にご協力いただき、誠にありがとうございます。
ひので透析クリニック統括事務局の佐伯でございます。

年末年始の透析スケジュールをお知らせいたします。

　12/29（月）　通常どおり（月水金クール）
　12/30（火）　通常どおり（火木土クール）
　12/31（水）　月水金クール → 午前・午後のみ（夜間は12/30に振替）
　 1/1（木）　 火木土クール → 1/2（金）へ振替
　 1/2（金）　 全クール実施
　 1/3（土）　 通常どおり

処方箋は12/27（土）までに、年末年始分をまとめて発行いたします。
リン吸着薬・カリウム吸着薬の在庫確保にご配慮いただけますと幸いです。

何卒よろしくお願い申し上げます。
""" + sig(**SAEKI, style=1),
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "six different pharmacies openly in To: external recipients see each other, should have been Bcc",
})

_p = person("F", 1950, 1958)
MESSAGES.append({
    "id": "toseki-008", "expect": "pass",
    "sender": frm(MAKABE),
    "to": ["北斗腎内科クリニック 透析室 <touseki@hokuto-jinnai.or.jp>"],
    "subject": "Re: 臨時透析受入のご相談（9/8〜9/12）",
    "charset": "utf-8",
    "body": f"""北斗腎内科クリニック
透析室 工藤様

お世話になっております。ひので透析クリニック地域連携室の真壁です。

ご相談の件、当院関内にて受入可能です。
9/8（月）・10（水）・12（金）の午後クール（13:30開始）で枠を確保しました。
当日は開始30分前に2階受付へお越しいただくようお伝えください。
駐車場は提携の関内第二パーキング（2時間無料）をご案内しています。

引き続きよろしくお願いいたします。
""" + sig(**MAKABE, style=2) + f"""
On 2025/08/20 14:03, 工藤 麻衣 wrote:
> ひので透析クリニック 真壁様
>
> 当院通院中の患者様が9月に横浜のご親族宅に滞在されるため、
> 臨時透析の受入をご相談させてください。
>
>  氏名：{_p['name']}様（{_p['kata']}）　女性
>  生年月日：{ymd(_p['dob'])}
>  原疾患：慢性糸球体腎炎　HD 週3回 4時間
>  感染症：{INF_OK}
>  滞在先：{_p['addr']}
>  連絡先：{_p['mobile']}
>
> ご検討のほどよろしくお願いいたします。
""",
    "entities": [],
    "detectors": [],
    "note": "reply accepting a travel-dialysis request; the patient's data are only in the quoted text the recipient sent",
})

_p = person("M", 1955, 1962)
_mn = mynum()
MESSAGES.append({
    "id": "toseki-009", "expect": "stop",
    "sender": frm(SAEKI),
    "to": ["障害福祉課 自立支援医療係 <jiritsu-shien@city.hamakaze.lg.jp>"],
    "subject": "自立支援医療（更生医療）支給認定申請の記載内容について",
    "charset": "iso-2022-jp",
    "body": f"""浜風市 障害福祉課
自立支援医療係 ご担当者様

いつもお世話になっております。ひので透析クリニック医事課の佐伯です。
先週窓口に提出いたしました更生医療の申請書につきまして、
個人番号欄の記載漏れがあったとのご連絡をいただきました。
ご本人様から了承を得ておりますので、下記にてご確認をお願いいたします。

　申請者氏名：{_p['name']}
　生年月日　：{wareki(_p['dob'])}
　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　障害名　　：じん臓機能障害（身体障害者手帳1級）
　医療の内容：人工透析療法（週3回）

原本の差し替えが必要でしたら、来週窓口へお持ちいたします。
何卒よろしくお願いいたします。
""" + sig(**SAEKI),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a patient's My Number with disability grade and treatment in the body, to the city office",
})

MESSAGES.append({
    "id": "toseki-010", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["神奈川県 健康医療局 疾病対策課 <shippei-taisaku@pref.kanagawa-iryo.lg.jp>"],
    "subject": "災害時透析医療体制 施設情報調査票の回答",
    "charset": "cp932",
    "body": """神奈川県 健康医療局 疾病対策課
ご担当者様

標記調査につきまして、当法人5施設分を回答いたします。

施設名                         所在地                         電話            ベッド数  自家発電
ひので透析クリニック関内       横浜市中区山下町2-18           045-662-3320      42      有（72h）
ひので透析クリニック鶴見       横浜市鶴見区鶴見中央4-7-2      045-503-1180      36      有（48h）
ひので透析クリニック港北       横浜市港北区新横浜3-9-11       045-478-2260      50      有（72h）
ひので透析クリニック藤沢       藤沢市藤沢561-3                0466-27-5510      28      有（24h）
ひので透析クリニック本厚木     厚木市中町2-4-15               046-229-7730      30      無（協定先より供給）

受水槽容量・RO装置台数は別紙（様式2）にご記入のうえ郵送いたします。
よろしくお願いいたします。
""" + sig(**SAEKI, style=2),
    "entities": [],
    "detectors": [],
    "note": "a list of the network's own clinics (business addresses and switchboards), not of people",
})

MESSAGES.append({
    "id": "toseki-011", "expect": "stop",
    "sender": frm(HORI),
    "to": ["青葉運輸 車両管理 <sharyo@aoba-unyu.jp>"],
    "subject": "送迎車両（ハイエース3台）の定期点検日程",
    "charset": "cp932",
    "body": """青葉運輸株式会社
車両管理ご担当者様

お世話になっております。堀之内です。
送迎車両の12か月点検について、以下の日程でお願いできますでしょうか。

・横浜 300 あ 12-41（鶴見配車）：9/14（日）
・横浜 300 あ 12-42（港北配車）：9/14（日）
・相模 300 さ 77-03（本厚木配車）：9/21（日）

日曜は透析がないため、終日お預けできます。
代車は不要です。よろしくお願いいたします。
""" + sig(**HORI),
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain aoba-unyu.jp drops the 'co.' of partner aoba-unyu.co.jp: look-alike",
})

MESSAGES.append({
    "id": "toseki-012", "expect": "pass",
    "sender": frm(ASHIDA),
    "to": ["kurosawa.hayato.ce@gmail.com"],
    "subject": "臨床工学技士 採用面接日程のご案内",
    "charset": "iso-2022-jp",
    "body": """黒沢 隼人 様

この度は当社メディカルサービス事業部の臨床工学技士募集に
ご応募いただき、誠にありがとうございます。人事課の芦田です。

書類選考の結果、面接にお越しいただきたく、ご連絡いたしました。

　日時：9月3日（水）14:00〜15:00
　場所：ひのでビル5F 第2会議室（横浜市中区山下町2-18）
　持ち物：臨床工学技士免許証の写し、筆記用具
　面接官：臨床工学課 課長、人事課 芦田

ご都合が悪い場合は、候補日を2〜3日ご返信ください。
当日は1階受付で「人事課の面接」とお伝えください。

よろしくお願いいたします。
""" + sig(**ASHIDA),
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "interview invitation to one applicant on gmail: ordinary mail, one free-mail recipient",
})

MESSAGES.append({
    "id": "toseki-013", "expect": "stop",
    "sender": frm(KATSU),
    "to": ["日本透析資材株式会社 技術営業 <tech-sales@nihon-toseki-shizai.co.jp>"],
    "subject": "透析用監視装置 更新計画（2026〜2028年度）ご提案依頼",
    "charset": "utf-8",
    "body": """日本透析資材株式会社
技術営業部 御中

お世話になっております。葛城です。
先日の打合せでお話しした監視装置の更新について、
当法人の更新計画書を添付しますので、台数・時期に合わせた
ご提案（リース／買取の両案）をいただけますでしょうか。

回答期限：9月末

よろしくお願いいたします。
""" + sig(**KATSU, style=1),
    "attachments": [{"kind": "pdf", "name": "監視装置更新計画_2026-2028.pdf",
                     "title": "透析用監視装置 更新計画",
                     "page_header": "社外秘",
                     "page_footer": "日の出産業株式会社 メディカルサービス事業部 ／ 社外秘・複製禁止",
                     "lines": ["透析用監視装置 更新計画（2026〜2028年度）", "",
                               "1. 現有台数と導入年", "2. 年度別更新台数と予算枠",
                               "3. 施設別の優先順位"],
                     "table": [["施設", "現有台数", "導入年", "2026", "2027", "2028", "予算(千円)"],
                               ["関内", "42", "2015", "14", "14", "14", "126,000"],
                               ["鶴見", "36", "2017", "0", "18", "18", "108,000"],
                               ["港北", "50", "2019", "0", "0", "25", "75,000"],
                               ["藤沢", "28", "2014", "28", "0", "0", "84,000"],
                               ["本厚木", "30", "2016", "10", "10", "10", "90,000"]]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached PDF is stamped 社外秘 in its header and footer and goes to a supplier",
})

MESSAGES.append({
    "id": "toseki-014", "expect": "pass",
    "sender": frm(KATSU),
    "to": ["ケイエムエス医療器 受注センター <juchu@kms-iryoki.co.jp>"],
    "subject": "Re: A剤・B剤 出荷遅延のお詫び",
    "charset": "iso-2022-jp",
    "body": """ケイエムエス医療器
受注センター 御中

ご連絡ありがとうございます。葛城です。
遅延の件、承知しました。各院の在庫は4日分ありますので問題ありません。
追跡番号を確認しましたので、こちらで到着を見ておきます。

　藤沢院宛　ヤマト 4417-2290-8836
　本厚木院宛 佐川 3608-1154-7702
　港北院宛　西濃 2025-0819-4431

次回以降、遅延が見込まれる場合は前日までにご一報ください。
よろしくお願いいたします。
""" + sig(**KATSU) + """
>> 平素は格別のお引き立てを賜り厚く御礼申し上げます。
>> 8/19出荷予定の透析剤（A剤10L×40、B剤粉末×40）につきまして、
>> 物流センター設備不良のため1日遅れの出荷となりました。
""",
    "entities": [],
    "detectors": [],
    "note": "shipment tracking numbers for dialysate, business only",
})

_zip_csv = [["患者番号", "氏名", "生年月日", "病名", "HBs", "HCV", "最終透析日"]]
for _i in range(6):
    _q = person(lo=1944, hi=1970)
    _zip_csv.append([pid(), _q["name"], ymd(_q["dob"]), rng.choice(["糖尿病性腎症", "腎硬化症", "IgA腎症"]),
                     "(−)", "(−)", "2025/08/22"])
MESSAGES.append({
    "id": "toseki-015", "expect": "stop",
    "sender": frm(MAKABE),
    "to": ["県立中央病院 地域医療連携室 <renkei@kenritsu-chuo-hp.jp>"],
    "subject": "入院予定患者様 診療情報提供書一式（パスワード別送）",
    "charset": "iso-2022-jp",
    "body": """県立中央病院
地域医療連携室 御中

お世話になっております。ひので透析クリニック地域連携室の真壁です。
来週シャント手術目的で入院予定の患者様6名分の診療情報提供書と
透析記録を、パスワード付きZIPにてお送りいたします。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。
""" + sig(**MAKABE),
    "attachments": [{"kind": "zip", "name": "診療情報提供書_0825.zip", "password": "Hd0825#kc",
                     "files": [{"kind": "csv", "name": "入院予定者.csv", "rows": _zip_csv}]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP): the attachment cannot be inspected",
})

_p = person("F", 1942, 1950)
MESSAGES.append({
    "id": "toseki-016", "expect": "pass",
    "sender": frm(HORI),
    "to": ["みなと交通 配車係 <haisha@minato-kotsu.co.jp>"],
    "subject": "お迎え時間変更のお願い（9/1〜）",
    "charset": "iso-2022-jp",
    "body": f"""みなと交通株式会社
配車係 ご担当者様

いつもありがとうございます。堀之内です。
下記の方のお迎え時間が、9月1日から変更になります。

　{_p['name']} 様
　{_p['addr']}
　変更前：7:30　→　変更後：11:50（月・水・金）

お帰りは従来どおり院からご連絡いたします。
お手数ですが、配車表の修正をお願いいたします。
""" + sig(**HORI, style=2),
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one person's name, address and pickup time to the taxi company: a single record, may warn",
})

_blk = []
for _i in range(5):
    _q = person(lo=1940, hi=1958)
    _rel = rng.choice(["長女", "長男", "妻", "夫", "次女", "甥"])
    _blk.append(f"{_i + 1}．{_q['kana']}　さま（{rng.choice(['月水金', '火木土'])}・{rng.choice(['午前', '午後'])}）\n"
                f"　　緊急連絡先：{_rel}　{zen(mobile())}\n"
                f"　　自宅：{zen(_q['home'])}")
MESSAGES.append({
    "id": "toseki-017", "expect": "stop",
    "sender": frm(SAGARA),
    "to": ["訪問看護ステーションかえで <kaede-station@homon-kango-kaede.jp>"],
    "subject": "共通利用者様の緊急連絡先（更新分）",
    "charset": "cp932",
    "body": """訪問看護ステーションかえで
管理者 森下様

いつもお世話になっております。ひので透析クリニック看護部の相良です。
貴ステーションと共通の利用者様について、緊急連絡先が更新された方を
お知らせいたします（お名前はひらがなで記載しております）。

""" + "\n\n".join(_blk) + """

夜間の急変時は、まず上記ご家族へ、つながらない場合は当院当直
（045-662-3399）へご連絡ください。
""" + sig(**SAGARA),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five patients in kana with full-width phone numbers of family and home: a list of people",
})

MESSAGES.append({
    "id": "toseki-018", "expect": "either",
    "sender": frm(SAEKI),
    "to": ["ツバサシステム 導入支援 <dounyu-shien@tsubasa-system.jp>"],
    "subject": "透析支援システム 利用者アカウント発行依頼（港北院）",
    "charset": "utf-8",
    "body": """ツバサシステム株式会社
導入支援チーム 御中

お世話になっております。佐伯です。
港北院の稼働に向けて、利用者アカウントの発行をお願いいたします。

| 氏名 | 職種 | 内線 | 業務用PHS | 業務メール | 権限 |
|---|---|---|---|---|---|
| 戸叶 真理子 | 看護師長 | 2101 | 070-6012-3381 | m-tokano@hinode-sangyo.co.jp | 管理者 |
| 米田 修平 | 臨床工学技士 | 2150 | 070-6012-3390 | s-yoneda@hinode-sangyo.co.jp | 機器設定 |
| 氷見 さやか | 看護師 | 2102 | 070-6012-3382 | s-himi@hinode-sangyo.co.jp | 記録 |
| 阿久津 大地 | 看護師 | 2103 | 070-6012-3383 | d-akutsu@hinode-sangyo.co.jp | 記録 |
| 柘植 里美 | 医療事務 | 2001 | 070-6012-3301 | s-tsuge@hinode-sangyo.co.jp | 会計 |
| 日向 亘 | 医師 | 2200 | 070-6012-3300 | w-hinata@hinode-sangyo.co.jp | 指示 |

初期パスワードは各自へ直接お渡しください。
よろしくお願いいたします。
""" + sig(**SAEKI),
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six staff members' business extensions, PHS and work e-mail to the system vendor: a list of people, but only business contacts",
})

_tour = []
for _i in range(5):
    _q = person(lo=1950, hi=1968)
    _tour.append(f"{_q['romaji']:<24}{_q['dob'].strftime('%d-%b-%Y'):<14}{'M' if _q['sex'] == 'M' else 'F':<5}"
                 f"{rng.choice(['DM nephropathy', 'Chronic GN', 'Nephrosclerosis', 'PKD']):<18}"
                 f"{rng.choice(['HBsAg-/HCV-', 'HBsAg-/HCV-', 'HBsAg-/HCV+']):<14}{dw()}")
MESSAGES.append({
    "id": "toseki-019", "expect": "stop",
    "sender": frm(MAKABE),
    "to": ["Kailani Dialysis Center Honolulu <intake@kailani-dialysis.com>"],
    "cc": ["Hikari Travel Desk <kaigai@hikari-travel.co.jp>"],
    "subject": "Holiday dialysis request - group of 5 patients, Oct 14-20",
    "charset": "utf-8",
    "body": """Dear Ms. Nakamura,

Thank you for your prompt reply. As discussed, we would like to request
holiday dialysis for the following five patients of Hinode Dialysis Clinics,
travelling together on a tour arranged by Hikari Travel, Oct 14-20.

Name                    DOB           Sex  Primary disease   Serology      Dry weight
----------------------  ------------  ---  ----------------  ------------  ----------
""" + "\n".join(_tour) + """

All patients are on HD 3x/week, 4 hours, AVF. Treatment sheets, recent labs
and medication lists will follow by secure fax once you confirm the slots.
Mon/Wed/Fri morning shifts would be ideal.

Best regards,
""" + sig(**MAKABE, style=3),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "multiple_external_domains"],
    "note": "romaji list of five patients with DOB, primary disease and hepatitis serology to a US clinic and a travel agency",
})

_t = corp_number("020001043911")
MESSAGES.append({
    "id": "toseki-020", "expect": "pass",
    "sender": frm(OKITA),
    "to": ["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    "subject": "8月分 腎臓病食（透析食）試食会 費用のご請求について",
    "charset": "iso-2022-jp",
    "body": f"""北国フーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理課の沖田です。
8月23日に当院関内で開催しました患者向け試食会の会場費・設営費の
立替分につき、請求書を添付いたします。

　請求番号：HS-MS-2508-017
　金額：88,000円（税込）
　登録番号：T{_t}
　お振込先：みどり銀行 本店営業部 普通 0123456 ﾋﾉﾃﾞｻﾝｷﾞｮｳ(ｶ
　お支払期日：9月30日

ご査収のほどよろしくお願いいたします。
""" + sig(**OKITA) + DISC_JA,
    "attachments": [{"kind": "pdf", "name": "請求書_HS-MS-2508-017.pdf",
                     "lines": ["請 求 書", "北国フーズ株式会社 御中", f"登録番号 T{_t}",
                               "件名：腎臓病食試食会 会場費・設営費", "合計 88,000円（税込）"]}],
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "invoice with the company's registration T-number and company bank account; no personal data",
})

# ==========================================================================================
# 021-040
# ==========================================================================================

_rows = [["特定疾病療養受療証 更新対象者一覧（2025年10月更新分）", "", "", "", "", "", ""],
         ["作成：ひので透析クリニック医事課", "", "", "", "", "", ""],
         ["No", "氏名", "生年月日", "保険者番号", "被保険者証 記号・番号", "受療証 自己負担限度額", "備考"]]
for _i in range(7):
    _q = person(lo=1945, hi=1975)
    _rows.append([_i + 1, _q["name"], ymd(_q["dob"], "-"), f"0{rng.randint(1000000, 9999999)}",
                  f"{rng.randint(1000, 9999)}・{rng.randint(1, 999)}",
                  rng.choice(["10,000円", "10,000円", "20,000円"]),
                  rng.choice(["", "上位所得", "保険変更あり", ""])])
MESSAGES.append({
    "id": "toseki-021", "expect": "stop",
    "sender": frm(SAEKI),
    "to": ["メディカルアシスト横浜 レセプト課 <rece@ma-yokohama.co.jp>"],
    "subject": "10月受療証更新対象者リスト送付",
    "charset": "cp932",
    "body": """メディカルアシスト横浜
レセプト課 ご担当者様

お世話になっております。佐伯です。
10月に特定疾病療養受療証（マル長）の更新を迎える方のリストを送ります。
保険変更のあった方は備考欄に記載しております。
レセプト作成時の確認にお使いください。
""" + sig(**SAEKI),
    "attachments": [{"kind": "xlsx", "name": "マル長更新対象_202510.xlsx",
                     "sheets": {"10月更新": _rows, "メモ": [["限度額20,000円は上位所得者"]]}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX of seven patients with DOB, health-insurance symbol/number and 特定疾病 (chronic renal failure) status to a billing contractor",
})

MESSAGES.append({
    "id": "toseki-022", "expect": "pass",
    "sender": frm(KATSU),
    "to": ["日本透析資材 営業部 有馬様 <arima@nihon-toseki-shizai.co.jp>"],
    "subject": "RE: 2025年度下期 お見積書送付の件",
    "charset": "iso-2022-jp",
    "body": """日本透析資材株式会社
営業部 有馬様

お世話になっております。葛城です。
お見積ありがとうございました。
5院まとめての年間契約とする前提で、下記2品目について
もう一段のご検討をお願いできないでしょうか。

・NT-CART-A（A剤カートリッジ）：1,380円 → 1,300円希望
・NT-SET-700（穿刺セット）：　　 　410円 → 　390円希望

9月10日の購買委員会にかけたいため、9/5までにご回答いただけると助かります。
""" + sig(**KATSU) + """
-----Original Message-----
From: 有馬 慎吾 [mailto:arima@nihon-toseki-shizai.co.jp]
Sent: Friday, August 22, 2025 5:41 PM
To: 葛城 亮
Subject: 2025年度下期 お見積書送付の件

葛城様
下期のお見積を以下のとおりお送りいたします。

品番           品名                単価     月間想定数量
NT-CART-A      A剤カートリッジ     1,380円   1,600
NT-CART-B      B剤カートリッジ     1,120円   1,600
NT-SET-700     穿刺セット            410円   3,200
NT-GAUZE-5     滅菌ガーゼ 5枚入       38円   8,000
""",
    "entities": [],
    "detectors": [],
    "note": "price negotiation with a supplier, quoting its price list",
})

_p = person("M", 1944, 1950)
MESSAGES.append({
    "id": "toseki-023", "expect": "stop",
    "sender": frm(HORI),
    "to": ["ひかり介護タクシー <info@hikari-kaigo-taxi.jp>"],
    "subject": "新規ご利用者様の件（福祉割引の適用について）",
    "charset": "iso-2022-jp",
    "body": f"""ひかり介護タクシー
ご担当者様

いつもお世話になっております。ひので透析クリニックの堀之内です。
お電話でお話しした新規の方、{_p['name']}様（{_p['mobile']}）ですが、
身体障害者手帳1級（じん臓機能障害）をお持ちで、左片麻痺のため
車いすでの乗降介助が必要です。障害者割引の適用をお願いいたします。
手帳の写しはご本人様が初回乗車時にご提示されます。

初回は9月2日（火）11:40お迎え、火木土の定期利用となります。
よろしくお願いいたします。
""" + sig(**HORI),
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named patient's disability certificate grade and paralysis in a sentence, to a care-taxi company",
})

MESSAGES.append({
    "id": "toseki-024", "expect": "pass",
    "sender": frm(MAKABE),
    "to": ["ヒカリトラベル 国内ツアー課 <kokunai@hikari-travel.co.jp>"],
    "subject": "Re: 透析ツアー参加者向け 宿泊先候補について",
    "charset": "utf-8",
    "body": """ヒカリトラベル
国内ツアー課 山岸様

お世話になっております。真壁です。
当院関内から徒歩・タクシー圏内で、これまで旅行透析の方にご利用いただいた
宿泊先を以下にまとめました。バリアフリールームの有無は各ホテルへご確認ください。

・さくらホテル横浜関内　　　　徒歩4分　　TEL 045-651-7700（バリアフリー2室）
・ホテルポートサイド山下　　　徒歩7分　　TEL 045-662-1212
・横浜ベイビューイン　　　　　タクシー5分　TEL 045-212-0808（大浴場あり）
・ビジネスホテル元町　　　　　徒歩10分　 TEL 045-641-3030
・ホテル・マリンタワー前　　　徒歩6分　　TEL 045-664-5151

透析日の朝は送迎ができませんので、タクシー会社の連絡先も添えてお渡しください。
""" + sig(**MAKABE, style=1),
    "entities": [],
    "detectors": [],
    "note": "a list of hotels with their front-desk numbers: businesses, not people",
})

_c = card()
MESSAGES.append({
    "id": "toseki-025", "expect": "stop",
    "sender": frm(ASHIDA),
    "to": ["さくらホテル札幌 予約係 <reserve-sapporo@sakura-hotel.jp>"],
    "subject": "宿泊予約（日本透析医学会 参加者3名）カード保証のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル札幌
ご予約係 御中

お世話になっております。日の出産業 人事課の芦田です。
先ほどお電話で仮予約いたしました件、カード保証の情報をお送りします。

　宿泊日：10月9日（木）〜11日（土）2泊　シングル3室
　宿泊者：芦田 健太郎／米田 修平／戸叶 真理子
　保証カード：法人カード（VISA）
　カード番号：{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}
　有効期限：11/28
　名義：KENTARO ASHIDA

領収書は「日の出産業株式会社」宛でお願いいたします。
""" + sig(**ASHIDA),
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a credit card number with holder name in the body to the hotel partner",
})

MESSAGES.append({
    "id": "toseki-026", "expect": "pass",
    "sender": frm(KATSU),
    "to": ["アクアピュアエンジニアリング 保守部 <hoshu@aquapure-eng.co.jp>"],
    "cc": ["川崎電機 設備サービス課 <setsubi-service@kawasaki-denki.co.jp>"],
    "subject": "鶴見院 RO装置更新工事 事前打合せ（9/9）のご案内",
    "charset": "iso-2022-jp",
    "body": """アクアピュアエンジニアリング株式会社 保守部 御中
川崎電機株式会社 設備サービス課 御中

お世話になっております。ひので透析クリニックの葛城です。
鶴見院のRO装置更新にあたり、電源工事（川崎電機様）と装置据付
（アクアピュア様）の工程を合わせるため、三者で打合せをお願いします。

　日時：9月9日（火）14:00〜15:30（透析終了後）
　場所：ひので透析クリニック鶴見 2F 機械室・会議室
　議題：(1)停水・停電の時間帯　(2)仮設RO（レンタル）の設置場所
　　　　(3)水質検査（ET・生菌）の実施日　(4)工事中の透析液供給

図面は当日印刷してお持ちします。
よろしくお願いいたします。
""" + sig(**KATSU),
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "meeting with two external organisations in To/Cc: a normal three-way mail",
})

_lst = []
for _i in range(7):
    _q = person(lo=1930, hi=1948)
    _lst.append(f"{_q['name']:　<6}　{wareki(_q['dob'], 'short'):<11}〒{_q['zip']}　{_q['addr']}")
MESSAGES.append({
    "id": "toseki-027", "expect": "stop",
    "sender": frm(SAEKI),
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "敬老の日 お祝いカード宛名印刷のお願い",
    "charset": "cp932",
    "body": """錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。佐伯です。
今年も敬老の日のお祝いカード（ハガキ）の宛名印刷をお願いいたします。
対象は今年度に喜寿・傘寿・米寿・卒寿を迎える患者様です。
生年月日は節目の年齢の確認用に載せています（印字は不要です）。

氏名　　　　　生年月日　　　郵便番号・住所
―――――――――――――――――――――――――――――――――――――
""" + "\n".join(_lst) + """

9月10日までに納品いただけますと幸いです。
""" + sig(**SAEKI, style=2),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "seven patients' names, 和暦 dates of birth (S-short form) and home addresses to the printing partner",
})

MESSAGES.append({
    "id": "toseki-028", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["すずらん薬局 薬局長 <info@suzuran-yakkyoku.co.jp>"],
    "subject": "担当者交代のご挨拶（ひので透析クリニック港北 医事課）",
    "charset": "iso-2022-jp",
    "body": """すずらん薬局
薬局長 大野様

いつも大変お世話になっております。
ひので透析クリニック統括事務局 医事課の佐伯でございます。

9月1日付の人事異動により、港北院の処方箋・疑義照会の窓口を
下記の者が担当させていただくこととなりました。

　港北院 医事課　武藤 綾乃（むとう あやの）
　直通：045-478-2261　メール：a-muto@hinode-sangyo.co.jp

私は引き続き統括事務局におりますので、何かございましたら
お気軽にご連絡ください。今後ともよろしくお願い申し上げます。
""" + sig(**SAEKI),
    "entities": [],
    "detectors": [],
    "note": "introducing one new business contact person of the clinic to a pharmacy",
})

_p = person("F", 1947, 1953)
_fw = {
    "sender": "日向 亘 <w-hinata@hinode-sangyo.co.jp>",
    "to": ["真壁 由香里 <y-makabe@hinode-sangyo.co.jp>"],
    "subject": "紹介状の件（港北 火木土 午前）",
    "charset": "iso-2022-jp",
    "body": f"""真壁さん

{_p['name']}さん（{ymd(_p['dob'])}生、ID {pid()}）ですが、
左前腕AVFの狭窄が進行しており、VAIVTでは限界と思われます。
浜風大学の腎臓内科・血管外科にシャント再建目的で紹介したいので、
外来予約の調整をお願いします。
既往：2型糖尿病、C型肝炎（SVR後）、うつ病で心療内科通院中。

日向
""",
}
MESSAGES.append({
    "id": "toseki-029", "expect": "stop",
    "sender": frm(MAKABE),
    "to": ["浜風大学病院 腎臓内科 外来予約 <jinzo-gairai@med.hamakaze-u.ac.jp>"],
    "subject": "FW: 紹介状の件（港北 火木土 午前）",
    "charset": "iso-2022-jp",
    "body": """浜風大学病院 腎臓内科
外来予約ご担当者様

お世話になっております。ひので透析クリニック地域連携室の真壁です。
当院医師からの依頼内容をそのまま転送いたします。
火曜・木曜の午後で外来枠をお取りいただけますでしょうか。
正式な診療情報提供書は郵送いたします。
""" + sig(**MAKABE),
    "attachments": [{"kind": "eml", "name": "紹介状の件.eml", "message": _fw}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forwarded internal mail (attached .eml) with a named patient's DOB, hepatitis C and depression history to a university hospital",
})

MESSAGES.append({
    "id": "toseki-030", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "院内掲示ポスター（災害時の透析について）校正のお願い",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社
制作部 御中

いつもお世話になっております。佐伯です。
院内掲示用ポスター「災害時、透析はどうなるの？」の原稿を添付いたします。
A2サイズ・20部、各院4部ずつの納品でお願いします。

・キャッチコピーの文字を大きめに
・QRコードは当院Webの「災害時のご案内」ページへ
・イラストは前回の「シャントを守ろう」と同じテイストで

初校を9/12頃にいただけますと助かります。
よろしくお願いいたします。
""" + sig(**SAEKI) + DISC_JA,
    "attachments": [{"kind": "docx", "name": "ポスター原稿_災害時の透析.docx",
                     "paragraphs": ["災害時、透析はどうなるの？",
                                    "1. 3日分のお薬と食事の備えを",
                                    "2. 透析手帳（条件メモ）をいつも携帯",
                                    "3. 通えないときは災害用伝言ダイヤル171へ",
                                    "ひので透析クリニック"]}],
    "entities": [],
    "detectors": [],
    "note": "ordinary print order with the standard confidentiality disclaimer at the end",
})

_tr = ""
for _i in range(7):
    _q = person(lo=1936, hi=1955)
    _tr += (f"<tr><td>{_q['name']}</td><td>{_q['addr_short']}</td><td>{_q['home']}</td>"
            f"<td>{rng.choice(['月水金', '火木土'])}</td><td>{rng.choice(['7:15', '7:40', '11:30', '12:05'])}</td>"
            f"<td>{rng.choice(['車いす', '歩行器', '独歩', '車いす（リクライニング）'])}</td></tr>\n")
MESSAGES.append({
    "id": "toseki-031", "expect": "stop",
    "sender": frm(HORI),
    "to": ["ひかり介護タクシー 配車 <haisha@hikari-kaigo-taxi.jp>"],
    "subject": "藤沢院 10月 定期送迎のご依頼",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10pt">
<p>ひかり介護タクシー 配車ご担当者様</p>
<p>お世話になっております。ひので透析クリニックの堀之内です。<br>
藤沢院の10月定期送迎（新規分）を下表のとおりお願いいたします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>お名前</th><th>ご住所</th><th>ご自宅電話</th><th>曜日</th><th>お迎え</th><th>移動</th></tr>
""" + _tr + """</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 メディカルサービス事業部<br>ひので透析クリニック 統括事務局 総務課 堀之内 拓也<br>
TEL 045-662-3318</p>
</body></html>""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of seven patients' names, addresses, phones and pickup times to a taxi company: a list of people",
})

MESSAGES.append({
    "id": "toseki-032", "expect": "pass",
    "sender": frm(SAGARA),
    "to": ["神奈川透析看護研究会 事務局 <jimukyoku@kanagawa-touseki-kango.or.jp>"],
    "subject": "第18回研究会 参加申込（ひので透析クリニック 3名）",
    "charset": "iso-2022-jp",
    "body": """神奈川透析看護研究会
事務局 御中

標記研究会に、当院から下記3名が参加いたします。
当日の緊急連絡先として各自の携帯番号を記載しております。

　相良 智恵（看護部・演題発表）　　080-4471-2093
　戸叶 真理子（港北院 看護師長）　 090-3318-7725
　氷見 さやか（港北院 看護師）　　 070-5520-1864

参加費は当日受付にて現金でお支払いします。
よろしくお願いいたします。
""" + sig(**SAGARA, style=2),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three attendees with their mobile numbers: a short list under the five-person threshold, may warn",
})

_p = person("M", 1950, 1960)
MESSAGES.append({
    "id": "toseki-033", "expect": "stop",
    "sender": frm(MAKABE),
    "to": ["県立中央病院 循環器内科 外来 <junkan-gairai@kenritsu-chuo-hp.jp>"],
    "subject": "診療情報提供書（心エコー精査のお願い）",
    "charset": "iso-2022-jp",
    "body": """県立中央病院
循環器内科 外来ご担当者様

いつもお世話になっております。ひので透析クリニック地域連携室の真壁です。
当院医師より、心エコー精査のご依頼を申し上げます。
診療情報提供書を添付いたしますので、ご予約枠のご連絡をお願いいたします。
""" + sig(**MAKABE),
    "attachments": [{"kind": "docx", "name": "診療情報提供書.docx",
                     "title": "診療情報提供書",
                     "paragraphs": ["診療情報提供書", "県立中央病院 循環器内科 御侍史",
                                    "ひので透析クリニック港北 医師 日向 亘",
                                    "透析中の血圧低下が頻回となり、心機能の評価をお願いいたします。"],
                     "tables": [[["患者氏名", f"{_p['name']}（{_p['kata']}）"],
                                 ["生年月日", f"{wareki(_p['dob'])}（{2025 - _p['dob'].year}歳）"],
                                 ["住所", _p["addr"]],
                                 ["電話", _p["home"]],
                                 ["傷病名", "慢性腎不全（維持透析）、大動脈弁狭窄症疑い、心房細動"],
                                 ["透析歴", "2014年〜 HD 週3回 4時間"],
                                 ["処方", "ワーファリン 2mg、炭酸ランタン 750mg 分3"]]]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX referral letter table: one named patient with diagnoses and prescriptions, sent to a hospital",
})

MESSAGES.append({
    "id": "toseki-034", "expect": "pass",
    "sender": frm(KATSU),
    "to": ["Nordhaven Medical Service <service-apac@nordhaven-medical.com>"],
    "subject": "Firmware update for NM-5008 consoles - proposed schedule",
    "charset": "utf-8",
    "body": """Dear Mr. Lindqvist,

Thank you for the release notes of firmware v4.2.1 for the NM-5008 consoles.

We would like to schedule the update at our five clinics on Sundays, when no
treatments take place:

  Clinic      Consoles  Proposed date
  ----------  --------  -------------
  Kannai            42  Sep 14
  Tsurumi           36  Sep 14
  Kohoku            50  Sep 21
  Fujisawa          28  Sep 28
  Hon-Atsugi        30  Sep 28

Could your Yokohama field engineers confirm the dates and the expected time
per console? We also need the updated IFU (Japanese) before the first date.

Kind regards,
""" + sig(**KATSU, style=3) + DISC_EN,
    "entities": [],
    "detectors": [],
    "note": "English mail to a foreign equipment maker about a firmware schedule; disclaimer only",
})

_p = person("M", 1950, 1954)
MESSAGES.append({
    "id": "toseki-035", "expect": "stop",
    "sender": frm(SAGARA),
    "to": ["日本腎不全看護学会 演題受付 <endai@jann-gakkai.or.jp>"],
    "subject": "演題登録：スライド原稿（相良）",
    "charset": "utf-8",
    "body": """演題受付ご担当者様

ひので透析クリニックの相良です。
一般演題「フットケア介入により下肢切断を回避した透析患者の一例」の
発表スライド原稿を提出いたします。査読をよろしくお願いいたします。
""" + sig(**SAGARA),
    "attachments": [{"kind": "pptx", "name": "演題_フットケア症例_相良.pptx",
                     "slides": [["フットケア介入により下肢切断を回避した透析患者の一例",
                                 "ひので透析クリニック 看護部 相良 智恵"],
                                ["症例紹介",
                                 f"{_p['name']}様　{2025 - _p['dob'].year}歳 男性（ID {pid()}）",
                                 "原疾患：糖尿病性腎症　透析歴 9年",
                                 "既往：閉塞性動脈硬化症（右）、網膜症で失明（左眼）",
                                 "HbA1c 7.8%　ABI 0.62"],
                                ["経過", "2024年6月 右第1趾に潰瘍", "週3回の透析時に観察・処置",
                                 "形成外科と連携し血行再建"],
                                ["考察", "透析室での定期フットチェックの有用性"]]}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "conference slides that leave the patient's full name next to diagnoses and blindness",
})

_p = person("F", 1948, 1955)
MESSAGES.append({
    "id": "toseki-036", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["鶴見院 事務長 <jimucho@tsurumi.hinode-sangyo.co.jp>"],
    "cc": ["法務 <houmu@hinode-sangyo.co.jp>"],
    "subject": "FW: ご意見箱（Webフォーム）より",
    "charset": "utf-8",
    "body": f"""事務長

Webフォームから下記のご意見が届きました。
穿刺時の対応に関するもので、念のため法務にもCCしています。
ご本人への回答案を明日までに作成します。

佐伯

---------- Forwarded message ----------
From: webform@hinode-sangyo.co.jp
Subject: ご意見箱

お名前：{_p['name']}
電話：{_p['mobile']}
患者ID：{pid()}
内容：8/18（月）午後クールで、若い看護師さんに3回穿刺をやり直されました。
シャントが腫れて痛み、翌日も腕が上がりません。糖尿病で傷の治りが遅いので心配です。
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a forwarded patient complaint with health details, but only to internal addresses",
})

MESSAGES.append({
    "id": "toseki-037", "expect": "stop",
    "sender": frm(KATSU),
    "to": ["東都メディカル 受注 <juchu@tohto-medical.co.jp>"],
    "subject": "追加発注書（藤沢院）",
    "charset": "iso-2022-jp",
    "body": """東都メディカル株式会社
受注ご担当者様

藤沢院分の追加発注書を添付します。
急ぎで申し訳ありませんが、8/29着でお願いできますでしょうか。

葛城
""" + sig(**KATSU, style=2),
    "attachments": [{"kind": "corrupt", "name": "追加発注書_藤沢_0826.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be read",
})

MESSAGES.append({
    "id": "toseki-038", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["ヘルスケア経営研究所 松永様 <matsunaga@hc-keiei-lab.jp>"],
    "subject": "Re: 透析クリニック経営セミナー 事例提供のご依頼",
    "charset": "iso-2022-jp",
    "body": """ヘルスケア経営研究所
松永様

お世話になっております。佐伯です。
事例提供のご依頼ありがとうございます。
お問い合わせの施設別の収支データは社外秘の内部資料のため、
資料としてお渡しすることはできかねます。
当日の講演では、送迎効率化の取組みを公開情報の範囲で
ご紹介する形であればお引き受けできます。

・送迎ルートの共同化（青葉運輸様との委託契約）
・夜間透析の再編と看護師配置
・災害時の相互支援協定

ご検討のほどよろしくお願いいたします。
""" + sig(**SAEKI),
    "entities": [],
    "detectors": [],
    "note": "only mentions that internal data are 社外秘 and won't be sent; no marked document",
})

MESSAGES.append({
    "id": "toseki-039", "expect": "stop",
    "sender": frm(OKITA),
    "to": ["神奈川腎友会 事務局 <office@kanagawa-jinyukai.or.jp>"],
    "subject": "患者会 年会費の口座振替結果（8月分）",
    "charset": "iso-2022-jp",
    "body": """神奈川腎友会 事務局 御中

いつもお世話になっております。日の出産業 経理課の沖田です。
当院患者様分の年会費口座振替結果を、パスワード付きPDFでお送りします。
パスワードは事務局長様へお電話でお伝えいたします。
""" + sig(**OKITA),
    "attachments": [{"kind": "pdf", "name": "口座振替結果_202508.pdf", "password": "jinyu2508",
                     "lines": ["口座振替結果一覧（2025年8月）", "ひので透析クリニック 取りまとめ分"],
                     "table": [["No", "会員番号", "氏名", "金融機関", "結果"],
                               ["1", "KJ-0412", "都築 茂", "みどり銀行 菊名支店", "振替済"],
                               ["2", "KJ-0415", "及川 ハル", "ゆうちょ銀行", "残高不足"]]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF cannot be inspected",
})

MESSAGES.append({
    "id": "toseki-040", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "患者満足度調査 結果冊子の版下データ",
    "charset": "cp932",
    "body": """錦印刷株式会社 制作部 御中

お世話になっております。佐伯です。
2025年度 患者満足度調査の結果冊子の版下データ（集計表）を添付します。
院別の回答数と満足度の割合のみで、個人が分かる情報は含みません。
A4・8ページ中綴じ、300部でお願いします。
""" + sig(**SAEKI),
    "attachments": [{"kind": "csv", "name": "満足度調査_集計.csv", "encoding": "cp932",
                     "rows": [["院", "回答数", "回収率", "総合満足(%)", "送迎満足(%)", "待ち時間満足(%)"],
                              ["関内", "118", "84%", "91.5", "88.0", "72.9"],
                              ["鶴見", "97", "79%", "89.7", "90.2", "70.1"],
                              ["港北", "141", "86%", "93.6", "85.4", "78.0"],
                              ["藤沢", "73", "81%", "87.7", "92.9", "75.3"],
                              ["本厚木", "80", "77%", "90.0", "86.3", "69.8"]]}],
    "entities": [],
    "detectors": [],
    "note": "aggregated survey percentages per clinic, no individuals",
})

# ==========================================================================================
# 041-060
# ==========================================================================================

_p = person("M", 1966, 1972)
MESSAGES.append({
    "id": "toseki-041", "expect": "stop",
    "sender": frm(SAEKI),
    "to": ["みなとみらい社会保険労務士事務所 <nenkin@mm-sharoushi.jp>"],
    "subject": "Re: 障害年金（事後重症）申請の必要書類",
    "charset": "utf-8",
    "body": f"""みなとみらい社会保険労務士事務所
吉永先生

お世話になっております。ひので透析クリニック医事課の佐伯です。
ご依頼の件、ご本人様の同意書をいただきましたので、
受診状況等証明書の記載に必要な情報をお知らせいたします。

- 氏名：{_p['name']}（{_p['kana']}）
- 基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
- 傷病名：慢性腎不全（IgA腎症）
- 初診日：{wareki(_dt.date(2009, 6, 2))}（浜風大学病院 腎臓内科）
- 透析導入日：{wareki(_dt.date(2021, 11, 15))}（当院関内）

診断書（腎疾患用）は医師記載後、9月中旬に郵送いたします。
""" + sig(**SAEKI, style=1) + """
> 佐伯様
> 障害年金の申請にあたり、基礎年金番号・初診日・透析導入日を
> ご教示いただけますでしょうか。
""",
    "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one patient's basic pension number with diagnosis and dialysis start date in the new text, to a labour consultant",
})

MESSAGES.append({
    "id": "toseki-042", "expect": "pass",
    "sender": frm(HORI),
    "to": ["浜風市 危機管理課 <kikikanri@city.hamakaze.lg.jp>"],
    "cc": ["浜風市消防局 予防課 <yobou@fd.hamakaze-shobo.jp>"],
    "subject": "11月 透析施設 合同防災訓練の実施計画（案）",
    "charset": "iso-2022-jp",
    "body": """浜風市 危機管理課 御中
浜風市消防局 予防課 御中

いつもお世話になっております。ひので透析クリニックの堀之内です。
11月の合同防災訓練について、実施計画（案）をお送りします。

【日時】11月16日（日）9:30〜12:00
【会場】ひので透析クリニック港北（新横浜3-9-11）
【内容】
　1. 透析中の地震発生を想定した緊急離脱訓練（模擬患者は職員）
　2. 停電時の自家発電切替
　3. 給水車からの受水訓練
　4. 災害時透析患者カードの配布説明

消防局様には、放水訓練ではなく避難誘導のご講評をお願いできればと存じます。
ご意見をいただけますと幸いです。
""" + sig(**HORI),
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "training plan to two public bodies in To/Cc: two external organisations is normal",
})

MESSAGES.append({
    "id": "toseki-043", "expect": "stop",
    "sender": frm(SAEKI),
    "to": ["はまかぜ国際協同組合 <support@hamakaze-kyodo.or.jp>"],
    "subject": "技能実習生の方の通院について（ご確認）",
    "charset": "utf-8",
    "body": f"""はまかぜ国際協同組合
生活支援ご担当 グエン様

お世話になっております。ひので透析クリニック医事課の佐伯です。
先日ご相談いただいた実習生の方について、当院での受入が決まりました。
保険・公費の手続きのため、在留カードの記載内容を確認させてください。

  氏名：NGUYEN VAN THANH
  国籍：ベトナム
  在留カード番号：{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}{rng.randint(10000000, 99999999)}{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}
  在留期間満了日：2027/03/31
  診断：末期腎不全（8月に大学病院で血液透析導入）

9月2日から火木土の夜間クールで通院予定です。
通訳の同行が可能な日を教えていただけますと助かります。
""" + sig(**SAEKI),
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a foreign trainee's residence card number with his diagnosis, to a supervising organisation",
})

MESSAGES.append({
    "id": "toseki-044", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["あおぞら調剤薬局 鶴見店 <tsurumi@aozora-chozai.co.jp>"],
    "subject": "RE: 疑義照会（鶴見院 8/25処方分）",
    "charset": "cp932",
    "body": """あおぞら調剤薬局 鶴見店
薬剤師 平野様

お世話になっております。ひので透析クリニック医事課の佐伯です。
ご照会の件、主治医に確認いたしました。
ご指摘のとおり処方入力の誤りで、1日3回毎食直後が正しいとのことです。
訂正した処方箋は本日中にFAXいたします。お手数をおかけしました。
""" + sig(**SAEKI) + f"""
-----Original Message-----
差出人: 平野 桃子 <tsurumi@aozora-chozai.co.jp>
送信日時: 2025年8月25日 11:32
宛先: 佐伯 奈緒子
件名: 疑義照会（鶴見院 8/25処方分）

ひので透析クリニック 医事課 御中

下記の処方について疑義照会いたします。
　患者様：髙橋 トシ子 様（{ymd(_dt.date(1943, 2, 11))}生）
　処方：炭酸ランタン顆粒 250mg　1日1回朝食後
　前回まで1日3回毎食直後でしたが、変更でよろしいでしょうか。
""",
    "entities": [],
    "detectors": [],
    "note": "reply to a pharmacy's query; the patient's name and prescription are only in the quoted original",
})

_drv = [["氏名", "生年月日", "運転免許証番号", "免許の色", "担当車両"]]
for _i in range(4):
    _q = person("M", 1958, 1990)
    _drv.append([_q["name"], ymd(_q["dob"]), f"{rng.choice(['45', '30', '44'])}{rng.randint(1000000000, 9999999999)}",
                 rng.choice(["ゴールド", "ブルー"]), rng.choice(["横浜300あ1241", "横浜300あ1242", "相模300さ7703"])])
MESSAGES.append({
    "id": "toseki-045", "expect": "stop",
    "sender": frm(HORI),
    "to": ["みらい損保サービス 法人営業 <houjin@mirai-sonpo-sv.co.jp>"],
    "subject": "送迎車 フリート契約 運転者登録（追加4名）",
    "charset": "utf-8",
    "body": """みらい損保サービス
法人営業 ご担当者様

いつもお世話になっております。堀之内です。
自社運行の送迎車に乗務する運転者を追加登録したく、下記のとおりお送りします。

""" + "\n".join(", ".join(r) for r in _drv) + """

10月1日始期でお願いいたします。
""" + sig(**HORI),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "four drivers' driver's licence numbers with DOB (comma-separated rows) to an insurance agency",
})

MESSAGES.append({
    "id": "toseki-046", "expect": "pass",
    "sender": frm(MAKABE),
    "to": ["Sunrise Care Travel <ops@sunrise-caretravel.com.sg>"],
    "subject": "Re: Dialysis booking enquiry - Yokohama, November",
    "charset": "utf-8",
    "body": """Dear Ms. Tan,

Thank you for your enquiry. We can offer the following slots at our Kannai
clinic (5 min walk from Kannai station):

  Nov 4 (Tue), Nov 6 (Thu), Nov 8 (Sat) - afternoon shift, 13:30 start

The fee for overseas visitors is JPY 38,500 per session (self-pay), payable
in cash or by card at the clinic. Please send us the medical report form
(attached template) completed by the home unit at least 4 weeks before arrival.

Best regards,
""" + sig(**MAKABE, style=3) + """
On Tue, 26 Aug 2025 at 09:14, Grace Tan <ops@sunrise-caretravel.com.sg> wrote:
> Dear Hinode Dialysis,
> Our client Mr. LIM Wei Jie (DOB 12/03/1961), on haemodialysis 3x/week for
> diabetic nephropathy, HBsAg negative, HCV negative, will stay in Yokohama
> from Nov 3 to Nov 9. Could you accommodate him?
> Mobile: +65 9123 4567
""",
    "attachments": [{"kind": "docx", "name": "Medical_report_form_template.docx",
                     "paragraphs": ["Medical Report for Holiday Dialysis", "Patient name: ______",
                                    "Date of birth: ______", "Primary renal disease: ______",
                                    "Serology (HBsAg/HCV/HIV), date: ______",
                                    "Dialysis prescription: ______"]}],
    "entities": [],
    "detectors": [],
    "note": "English reply with slots and a blank form template; the visitor's data are only in the quoted enquiry",
})

_p = person("F", 1952, 1958)
MESSAGES.append({
    "id": "toseki-047", "expect": "stop",
    "sender": frm(MAKABE),
    "to": ["ヒカリトラベル 海外ツアー課 <kaigai@hikari-travel.co.jp>"],
    "subject": "台湾 透析ツアー（11月）お申込者の旅券情報",
    "charset": "iso-2022-jp",
    "body": f"""ヒカリトラベル 海外ツアー課
石塚様

お世話になっております。真壁です。
台北の提携透析施設での透析付きツアーにつき、当院から参加される方の
旅券情報をお送りします。ご本人様から提出の依頼を受けております。

　氏名（ローマ字）：{_p['romaji']}
　旅券番号：T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}
　有効期限：2031年4月9日
　生年月日：{ymd(_p['dob'], '.')}
　透析条件：HD 4時間 週3回（月水金）、DW {dw()}

現地施設向けの英文サマリーは別途お送りします。
""" + sig(**MAKABE, style=2),
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a patient's passport number, DOB and dialysis prescription to a travel agency",
})

MESSAGES.append({
    "id": "toseki-048", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["ことぶき調剤 本厚木 <atsugi@kotobuki-chozai.com>"],
    "subject": "本厚木院 処方箋FAXの運用変更について",
    "charset": "iso-2022-jp",
    "body": """ことぶき調剤 本厚木店
ご担当者様

いつもお世話になっております。ひので透析クリニック統括事務局の佐伯です。
10月1日より本厚木院の処方箋FAX送信の運用を以下のとおり変更いたします。

　● 送信時刻：各クール終了後 → 毎日 11:00／16:00／20:30 の3回にまとめて送信
　● 送信元FAX：046-229-7731（新番号）
　● 原本：患者様ご本人がお持ちになります（変更なし）
　● 疑義照会：医事課直通 046-229-7735（平日 9:00〜18:00）

ご不明な点がございましたらお知らせください。
""" + sig(**SAEKI, style=1),
    "entities": [],
    "detectors": [],
    "note": "operational notice to one pharmacy with office fax and phone numbers",
})

_g1, _g2 = person("M", 1950, 1960), person("F", 1952, 1962)
MESSAGES.append({
    "id": "toseki-049", "expect": "stop",
    "sender": frm(MAKABE),
    "to": ["さくらホテル横浜関内 フロント <kannai@sakura-hote1.jp>"],
    "subject": "ご予約（9/15〜9/18）ご宿泊者のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル横浜関内
フロント ご担当者様

いつもお世話になっております。ひので透析クリニックの真壁です。
先日仮予約をお願いした2室のご宿泊者は下記のとおりです。

　1室目：{_g1['name']} 様（携帯 {_g1['mobile']}）
　2室目：{_g2['name']} 様（携帯 {_g2['mobile']}）

いずれも9/15チェックイン、9/18チェックアウトです。
当院への移動のため、朝7時台のタクシー手配をお願いできれば幸いです。
""" + sig(**MAKABE),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "sakura-hote1.jp uses the digit 1 for the l of partner sakura-hotel.jp: look-alike",
})

MESSAGES.append({
    "id": "toseki-050", "expect": "either",
    "sender": frm(SAGARA),
    "to": ["みなと腎クリニック 感染対策室 <ict@minato-jin.jp>"],
    "subject": "地域感染対策ネットワーク：HCV陽性者の転院について",
    "charset": "iso-2022-jp",
    "body": """みなと腎クリニック
感染対策室 ご担当者様

ひので透析クリニック看護部の相良です。
来月そちらへ転院予定の方について、ベッド配置の事前調整のため
感染症の情報のみ先にお伝えします（詳細は紹介状でお送りします）。

　当院患者ID：K-30418
　70歳代 男性　火木土 午後クール希望
　HCV抗体（＋）、HCV-RNA 検出（治療歴なし）
　HBs抗原（−）

固定ベッド・専用の血圧計を用意いただけますと幸いです。
""" + sig(**SAGARA, style=2),
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HCV status of a patient given only by internal ID, age band and sex: arguably identifiable to the receiving clinic, arguably not",
})

_lines = []
for _i in range(6):
    _q = person(lo=1945, hi=1968)
    _lines.append(f"  {_q['name']:　<6} K {rng.randint(44, 68) / 10:.1f}  P {rng.randint(45, 82) / 10:.1f}  "
                  f"体重増加 {rng.randint(18, 48) / 10:.1f}kg  {rng.choice(['食事指導再', '要観察', 'カリウム吸着薬追加検討', ''])}")
MESSAGES.append({
    "id": "toseki-051", "expect": "stop",
    "sender": frm(SAGARA),
    "to": ["港北院 夜間クール看護師 <yakan-ns@hinode-sangyou.co.jp>"],
    "subject": "夜間クール 高K・高P 患者さん（8月末データ）",
    "charset": "utf-8",
    "body": """夜間クールの皆さん

お疲れさまです。相良です。
8月末の定期採血で、カリウム・リンが高めだった方をまとめました。
来週の栄養指導の前に声かけをお願いします。

""" + "\n".join(_lines) + """

相良
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for internal staff but sent to hinode-sangyou.co.jp (letter added): six patients' lab values leave the company",
})

MESSAGES.append({
    "id": "toseki-052", "expect": "pass",
    "sender": frm(KATSU),
    "to": ["東都メディカル 品質保証部 <qa@tohto-medical.co.jp>"],
    "subject": "Re: 【自主回収のお知らせ】留置針 TM-FN16-25 一部ロット",
    "charset": "cp932",
    "body": """東都メディカル株式会社
品質保証部 御中

ご連絡ありがとうございます。葛城です。
各院の在庫を確認しました。対象ロットの在庫は以下のとおりです。

　港北　　 ロット 25E0412　3箱（150本）
　港北　　 ロット 25E0415　1箱（ 50本）
　本厚木　 ロット 25E0415　2箱（100本）
　関内・鶴見・藤沢　対象ロットなし

使用済み分で不具合の報告はございません。
回収と代替品の納品日をご連絡ください。
""" + sig(**KATSU),
    "entities": [],
    "detectors": [],
    "note": "recall reply with lot numbers and stock counts",
})

MESSAGES.append({
    "id": "toseki-053", "expect": "stop",
    "sender": frm(OKITA),
    "to": ["ヘルスケア経営研究所 松永様 <matsunaga@hc-keiei-lab.jp>"],
    "subject": "【取扱注意】2026年度 診療報酬改定 影響試算（暫定）",
    "charset": "iso-2022-jp",
    "body": """ヘルスケア経営研究所
松永様

お世話になっております。沖田です。
ご依頼の影響試算（暫定版）を本文にてお送りします。

■ 取扱区分：取扱注意（社内検討資料）

　人工腎臓（慢性維持透析）点数の見直し想定 ：年 −4,180万円
　導入期加算・腎代替療法実績加算の算定強化 ：年 ＋1,250万円
　夜間・休日加算の算定要件変更　　　　　　 ：年 −　620万円
　送迎コスト（委託費）増加　　　　　　　　 ：年 −　890万円

前提条件の詳細は打合せの際にご説明いたします。
""" + sig(**OKITA),
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is classified 取扱注意 in its subject and body and goes to an outside consultant",
})

MESSAGES.append({
    "id": "toseki-054", "expect": "pass",
    "sender": frm(KATSU),
    "to": ["ツバサシステム 導入支援 <dounyu-shien@tsubasa-system.jp>"],
    "subject": "資材マスタ 取込用CSV（9月版）",
    "charset": "utf-8",
    "body": """ツバサシステム 導入支援チーム 御中

葛城です。資材マスタの9月版をUTF-8のCSVでお送りします。
新規4品目、廃番2品目を反映しています。
""" + sig(**KATSU, style=2),
    "attachments": [{"kind": "csv", "name": "shizai_master_202509.csv", "encoding": "utf-8",
                     "rows": [["品番", "品名", "規格", "単位", "メーカー", "JANコード", "状態"],
                              ["TM-PS15H", "PSダイアライザー", "1.5m2", "本", "東都メディカル", "4987654321012", "有効"],
                              ["TM-PS18H", "PSダイアライザー", "1.8m2", "本", "東都メディカル", "4987654321029", "有効"],
                              ["NT-CART-A", "A剤カートリッジ", "10L用", "個", "日本透析資材", "4912345678904", "有効"],
                              ["NT-CART-B", "B剤カートリッジ", "10L用", "個", "日本透析資材", "4912345678911", "有効"],
                              ["KM-HEP-10", "ヘパリンNaシリンジ", "1000単位/10mL", "本", "ケイエムエス医療器", "4956789012347", "新規"],
                              ["TM-FN17-25", "留置針", "17G 25mm", "本", "東都メディカル", "4987654321036", "廃番"]]}],
    "entities": [],
    "detectors": [],
    "note": "product master CSV with product codes and JAN codes",
})

MESSAGES.append({
    "id": "toseki-055", "expect": "stop",
    "sender": frm(KATSU),
    "to": ["ケイエムエス医療器 営業部 <eigyo@kms-iryoki.co.jp>"],
    "subject": "ヘパリンシリンジ 価格のご相談",
    "charset": "iso-2022-jp",
    "body": """ケイエムエス医療器
営業部 ご担当者様

いつもお世話になっております。葛城です。
ヘパリンシリンジの年間価格について、当方の比較表を添付しますので、
ご検討材料にしていただけますでしょうか。
""" + sig(**KATSU),
    "attachments": [{"kind": "xlsx", "name": "抗凝固剤_購入単価比較.xlsx",
                     "page_header": "部外秘", "page_footer": "部外秘 - 購買委員会資料",
                     "sheets": {"比較": [["抗凝固剤 購入単価比較（5院）"], [],
                                         ["品目", "ケイエムエス", "A社", "B社", "年間数量"],
                                         ["ヘパリン 1000単位", "212", "198", "205", "18,000"],
                                         ["ヘパリン 3000単位", "318", "301", "296", "6,500"],
                                         ["低分子ヘパリン", "1,120", "1,080", "1,150", "1,200"]],
                                "メモ": [["A社は3年契約が条件"], ["B社は納期リスクあり"]]}}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX whose page header/footer carries 部外秘, sent to a supplier",
})

MESSAGES.append({
    "id": "toseki-056", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["ヘルスケア経営研究所 松永様 <matsunaga@hc-keiei-lab.jp>"],
    "subject": "セミナー用データ（公開範囲）",
    "charset": "cp932",
    "body": """松永様

お世話になっております。佐伯です。
先日お話ししたセミナー用に、公開可能な範囲の集計値をお送りします。
ベッド稼働率とクール別の患者数（人数のみ）です。
""" + sig(**SAEKI),
    "attachments": [{"kind": "xlsx", "name": "稼働率_2025上期.xlsx",
                     "sheets": {"稼働率": [["2025年度上期 ベッド稼働率"], [],
                                           ["院", "ベッド数", "午前", "午後", "夜間", "稼働率"],
                                           ["関内", 42, 40, 38, 22, "79.4%"],
                                           ["鶴見", 36, 35, 30, 0, "90.3%"],
                                           ["港北", 50, 49, 44, 31, "82.7%"],
                                           ["藤沢", 28, 27, 21, 0, "85.7%"],
                                           ["本厚木", 30, 28, 25, 12, "72.2%"]],
                                "推移": [["月", "患者数"], ["4月", 612], ["5月", 618], ["6月", 621],
                                         ["7月", 625], ["8月", 629]]}}],
    "entities": [],
    "detectors": [],
    "note": "aggregate occupancy figures per clinic, no people and no marking",
})

MESSAGES.append({
    "id": "toseki-057", "expect": "stop",
    "sender": frm(SAEKI),
    "to": ["ogawa.family55@gmail.com", "kinjo-midori@yahoo.co.jp", "s.tsukumo@docomo.ne.jp"],
    "subject": "透析患者家族会 9月例会のご案内",
    "charset": "iso-2022-jp",
    "body": """家族会 役員の皆さま

いつも家族会の運営にご協力いただきありがとうございます。
ひので透析クリニックの佐伯です。

9月例会を下記のとおり開催いたします。

　日時：9月20日（土）14:00〜16:00
　場所：ひのでビル5F 大会議室
　内容：管理栄養士による「夏バテと水分管理」のお話、意見交換

出欠を9月12日までにご返信ください。
""" + sig(**SAEKI),
    "entities": [],
    "detectors": ["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
    "note": "three private persons on free mail openly in To: they see each other's addresses, should have been Bcc",
})

MESSAGES.append({
    "id": "toseki-058", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["北国フーズ 栄養企画室 <eiyou@kitaguni-foods.co.jp>"],
    "subject": "腎臓病教室（共催）スライドのご確認",
    "charset": "utf-8",
    "body": """北国フーズ株式会社
栄養企画室 ご担当者様

お世話になっております。佐伯です。
10月の腎臓病教室（共催）のスライド案をお送りします。
御社パートのページ（減塩・低カリウム食の紹介）をご確認ください。
""" + sig(**SAEKI),
    "attachments": [{"kind": "pptx", "name": "腎臓病教室_2025秋.pptx",
                     "slides": [["腎臓病教室 2025秋", "ひので透析クリニック × 北国フーズ"],
                                ["透析と食事の基本", "水分：体重増加は中1日で3%、中2日で5%まで",
                                 "カリウム：生野菜・果物は量に注意", "リン：加工食品・乳製品を控えめに"],
                                ["北国フーズの腎臓病食", "1食あたり塩分2g以下", "冷凍でお届け・レンジで5分"],
                                ["質疑応答", "ご質問は受付までお気軽に"]]}],
    "entities": [],
    "detectors": [],
    "note": "patient-education slides with general dietary advice, no individuals",
})

_p = person("M", 1958, 1966)
MESSAGES.append({
    "id": "toseki-059", "expect": "stop",
    "sender": frm(SAGARA),
    "to": ["さくら通り歯科医院 <info@sakura-dori-dental.jp>"],
    "subject": "当院患者様の抜歯についてのご相談",
    "charset": "iso-2022-jp",
    "body": f"""さくら通り歯科医院
院長 先生

いつもお世話になっております。ひので透析クリニック看護部の相良です。
来週ご予約をいただいている{_p['name']}様の抜歯に関して、主治医より
申し送り事項がございますのでお伝えいたします。

透析日は月水金のため、処置は火曜または木曜でお願いいたします。
抗凝固剤（ヘパリン）は透析時のみ使用しております。
なお、同氏はHIV陽性で抗ウイルス療法中（ウイルス量は検出感度未満）です。
標準予防策での対応で差し支えないと主治医は申しております。

ご不明な点は主治医の日向までお電話ください。
""" + sig(**SAGARA),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named patient's HIV status in a sentence, to a dental clinic",
})

MESSAGES.append({
    "id": "toseki-060", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["ツバサシステム 小田切様 <odagiri@tsubasa-system.jp>"],
    "subject": "8/28 打合せ議事録の送付",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム株式会社
小田切様

本日はありがとうございました。佐伯です。
議事録を添付いたします。修正点があれば9/2までにお知らせください。
""" + sig(**SAEKI),
    "attachments": [{"kind": "docx", "name": "議事録_20250828.docx",
                     "paragraphs": ["透析支援システム導入 定例会（第4回）議事録",
                                    "日時：2025年8月28日 10:00-11:30　場所：ひのでビル5F",
                                    "出席：ツバサシステム 小田切様・笠原様／当社 佐伯・葛城・相良・米田",
                                    "1. 港北院のテスト稼働は10/6開始で合意",
                                    "2. 監視装置連携（NM-5008）のI/F仕様はツバサ様が9/12までに提示",
                                    "3. 帳票（透析記録・送迎表）のレイアウトは当社が9/19までに確定",
                                    "次回：9月25日（木）10:00"],
                     "tables": [[["No", "宿題", "担当", "期限"],
                                 ["1", "I/F仕様書", "ツバサ 笠原様", "9/12"],
                                 ["2", "帳票レイアウト確定", "当社 佐伯", "9/19"],
                                 ["3", "ネットワーク工事日程", "当社 葛城", "9/19"]]]}],
    "entities": [],
    "detectors": [],
    "note": "meeting minutes listing attendees' names only, no personal data",
})

# ==========================================================================================
# 061-080
# ==========================================================================================

_p = person("M", 1960, 1970)
MESSAGES.append({
    "id": "toseki-061", "expect": "stop",
    "sender": frm(SAEKI),
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "ご相談：透析中の暴力行為と今後の受入について",
    "charset": "iso-2022-jp",
    "body": f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 ひので透析クリニックの佐伯です。
先日お電話でご相談した件の経緯をまとめました。

・8月21日（木）夜間クール、鶴見院にて、患者の{_p['name']}氏（{2025 - _p['dob'].year}歳）が
　穿刺の際に看護師の腕をつかみ、顔面を殴打しました。
・看護師は全治2週間の診断。院長判断で110番通報し、同氏は傷害容疑で
　現行犯逮捕されました。8月23日に釈放されています。
・同氏は過去にも別の施設で同様のトラブルがあり、罰金刑を受けたと
　ご本人から聞いております。

透析は生命維持に不可欠なため、診療拒否にあたらない形での
転院調整が可能か、ご助言をいただけますでしょうか。
""" + sig(**SAEKI),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named patient's arrest and past fine (criminal record) in the body, even though to the partner law firm",
})

MESSAGES.append({
    "id": "toseki-062", "expect": "pass",
    "sender": frm(KATSU),
    "to": ["港建装株式会社 工事部 <koji@minato-kenso.co.jp>"],
    "subject": "藤沢院 透析室改修工事 仕様書（第2版）",
    "charset": "iso-2022-jp",
    "body": """港建装株式会社
工事部 御中

お世話になっております。葛城です。
藤沢院の透析室改修工事について、仕様書の第2版をお送りします。
前回からの変更点は給排水（透析液排水）の勾配と、床材の仕様です。
お見積の更新をお願いいたします。
""" + sig(**KATSU),
    "attachments": [{"kind": "pdf", "name": "藤沢院_改修仕様書_v2.pdf",
                     "title": "藤沢院 透析室改修工事 仕様書",
                     "lines": ["藤沢院 透析室改修工事 仕様書（第2版）", "",
                               "1. 工期：2026年1月12日〜2月8日（日曜・夜間のみ）",
                               "2. 透析液排水管：耐薬品性塩ビ管、勾配1/50以上",
                               "3. 床材：抗菌ビニル床シート 2.5mm、継目溶接",
                               "4. 電源：ベッドごとに医用コンセント4口、非常用2口"],
                     "table": [["区画", "面積(m2)", "ベッド数", "備考"],
                               ["透析室A", "168", "16", "窓側"],
                               ["透析室B", "120", "12", "個室2含む"],
                               ["機械室", "32", "-", "RO・供給装置"]]}],
    "entities": [],
    "detectors": [],
    "note": "construction specification PDF, no personal data",
})

_p = person("F", 1950, 1958)
MESSAGES.append({
    "id": "toseki-063", "expect": "stop",
    "sender": frm(MAKABE),
    "to": ["県立中央病院 血管外科 病棟クラーク <kekkan-ward@kenritsu-chuo-hp.jp>"],
    "subject": "【申し送り】9/4入院予定 シャント手術の患者様について",
    "charset": "utf-8",
    "body": f"""県立中央病院 血管外科病棟
ご担当者様

ひので透析クリニック地域連携室の真壁です。
9/4入院予定の{_p['name']}様（{wareki(_p['dob'])}生）について、
主治医より事前にお伝えしておくよう指示がありましたのでご連絡します。

【申し送り】
 ・エホバの証人の信者であり、輸血（同種血）は拒否されています。
   「輸血拒否および免責に関する証明書」を入院時にご持参されます。
 ・アルブミン製剤・エリスロポエチン製剤は受け入れ可とのことです。
 ・術前Hb 9.8g/dL（8/25）

入院中の透析は貴院透析室でお願いすることになっております。
""" + sig(**MAKABE, style=1),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named patient's religion (Jehovah's Witness, refuses transfusion) and lab value to a hospital ward",
})

_rows = [["2025年 年末調整 個人番号 収集状況（メディカル事業部）"], [],
         ["社員番号", "氏名", "個人番号", "扶養人数", "提出日"]]
for _i in range(6):
    _q = person(lo=1965, hi=1998)
    _rows.append([f"M{rng.randint(10000, 99999)}", _q["name"], mynum(), rng.randint(0, 3), f"2025/11/{rng.randint(4, 20):02d}"])
MESSAGES.append({
    "id": "toseki-064", "expect": "pass",
    "sender": frm(ASHIDA),
    "to": ["本社 人事部 給与グループ <kyuyo@hinode-sangyo.co.jp>"],
    "subject": "年末調整 個人番号の収集状況（メディカル事業部分）",
    "charset": "cp932",
    "body": """給与グループ 各位

メディカル事業部 人事課の芦田です。
年末調整に伴う個人番号の収集状況を送ります。
未提出者には今週中に再依頼します。社内共有フォルダ以外への転送はご遠慮ください。
""" + sig(**ASHIDA, style=2),
    "attachments": [{"kind": "xlsx", "name": "個人番号収集状況_メディカル.xlsx",
                     "sheets": {"収集状況": _rows}}],
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "staff My Numbers in an XLSX, but the only recipient is internal (hinode-sangyo.co.jp)",
})

_p = person("F", 1938, 1944)
MESSAGES.append({
    "id": "toseki-065", "expect": "stop",
    "sender": frm(SAGARA),
    "to": ["居宅介護支援つばき ケアマネジャー <cm@care-plan-tsubaki.jp>"],
    "subject": "Re: 9月のサービス担当者会議について",
    "charset": "iso-2022-jp",
    "body": f"""居宅介護支援つばき
ケアマネジャー 菅野様

お世話になっております。相良です。
担当者会議の日程、9/17（水）14時で承知しました。

1点共有させてください。{_p['name']}様ですが、先週、息子を名乗る電話で
いわゆる還付金詐欺の被害に遭われ、約180万円をだまし取られたそうです。
すでに警察に被害届を出されていますが、ショックで食欲が落ち、
透析間の体重増加も少なくなっています。
会議では見守り体制と金銭管理についてもご相談できればと思います。
""" + sig(**SAGARA) + """
> 相良様
> 9月の担当者会議ですが、17日（水）14時はいかがでしょうか。
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named patient having been a crime (fraud) victim, plus health changes, told to a care manager",
})

MESSAGES.append({
    "id": "toseki-066", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["矢島 <yajima_k1972@yahoo.co.jp>"],
    "subject": "Re: 面会と駐車場についての問い合わせ",
    "charset": "iso-2022-jp",
    "body": """矢島様

お問い合わせいただきありがとうございます。
ひので透析クリニック統括事務局の佐伯でございます。

透析中の面会は、感染対策のため現在も透析室内ではお受けしておりませんが、
透析終了後に1階待合室でお会いいただけます。
駐車場は、関内院には専用駐車場がございませんので、提携の
関内第二パーキングをご利用ください（受付で駐車券に2時間分の押印をいたします）。

ご不明な点がございましたら、受付（045-662-3320）までお気軽にお電話ください。
""" + sig(**SAEKI) + """
> 父が関内で透析を受けています。
> 面会はできますか？ 車で行く場合の駐車場も教えてください。
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "general answer to a family member on free mail; no patient data in the new text",
})

_rows = [["入館証 発行依頼（日の出産業 メディカル事業部 10月入社者）"],
         ["氏名", "フリガナ", "生年月日", "携帯電話", "住所", "所属"]]
for _i in range(6):
    _q = person(lo=1975, hi=2002)
    _rows.append([_q["name"], _q["kata"], ymd(_q["dob"]), _q["mobile"], _q["addr"],
                  rng.choice(["関内院 看護師", "統括事務局", "関内院 臨床工学技士", "関内院 看護助手"])])
MESSAGES.append({
    "id": "toseki-067", "expect": "stop",
    "sender": frm(ASHIDA),
    "to": ["山下ビルマネジメント 管理センター <kanri@yamashita-bm.co.jp>"],
    "subject": "10月入社者の入館証発行のお願い",
    "charset": "utf-8",
    "body": """山下ビルマネジメント株式会社
管理センター 御中

いつもお世話になっております。日の出産業 人事課の芦田です。
10月1日入社者6名分の入館証発行をお願いします。
様式どおり、氏名・生年月日・連絡先・住所を記載しています。
""" + sig(**ASHIDA),
    "attachments": [{"kind": "xlsx", "name": "入館証発行依頼_202510.xlsx", "sheets": {"依頼": _rows}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six new employees' DOB, mobile and home addresses to the building management company",
})

MESSAGES.append({
    "id": "toseki-068", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["神奈川腎友会 会報編集部 <kaiho@kanagawa-jinyukai.or.jp>"],
    "subject": "会報「じんゆう」秋号 施設紹介原稿",
    "charset": "iso-2022-jp",
    "body": """神奈川腎友会 会報編集部 御中

お世話になっております。佐伯です。
秋号の施設紹介原稿をお送りします（本文のみ、写真は別送）。

----------------------------------------
ひので透析クリニック（横浜・藤沢・厚木の5施設）
　透析ベッド数：186床
　通院患者数：629名（2025年8月末）
　平均年齢：70.2歳／平均透析歴：7.4年
　夜間透析：関内・港北・本厚木で実施（最終受付19:00）
　送迎：5施設とも無料送迎あり
----------------------------------------

字数が超える場合は、送迎の行を削っていただいて構いません。
""" + sig(**SAEKI, style=2),
    "entities": [],
    "detectors": [],
    "note": "facility introduction with aggregate patient counts only",
})

_rows = ["振込先一覧（過誤徴収 返金分）", "", "氏名\tカナ\t金融機関\t支店\t種別\t口座番号\t返金額"]
for _i in range(5):
    _q = person(lo=1940, hi=1965)
    _rows.append(f"{_q['name']}\t{_q['kata']}\t{rng.choice(['みどり銀行', 'はまかぜ信用金庫', 'ゆうちょ銀行'])}\t"
                 f"{rng.choice(['港北支店', '鶴見支店', '藤沢支店', '本店営業部'])}\t普通\t{acct()}\t{rng.randint(3, 40) * 300:,}円")
MESSAGES.append({
    "id": "toseki-069", "expect": "stop",
    "sender": frm(OKITA),
    "to": ["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
    "subject": "総合振込（返金分）の件",
    "charset": "utf-8",
    "body": """みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 経理課の沖田です。
窓口でお伝えした総合振込の件、明細を下記のとおりお送りします。
9月5日の振込でお願いいたします。

""" + "\n".join(_rows) + "\n" + sig(**OKITA),
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "five individuals' bank accounts (tab-separated) to the partner bank",
})

_a, _b = person("M", 1945, 1955), person("F", 1945, 1955)
MESSAGES.append({
    "id": "toseki-070", "expect": "pass",
    "sender": frm(HORI),
    "to": ["みなと交通 配車係 <haisha@minato-kotsu.co.jp>"],
    "subject": "9/6（土）臨時の送迎 2件",
    "charset": "iso-2022-jp",
    "body": f"""みなと交通 配車係様

堀之内です。9/6（土）に臨時で2件お願いします。

1) {_a['name']}様　{_a['addr_short']}　10:20お迎え → 港北院
2) {_b['name']}様　{_b['addr_short']}　10:35お迎え → 港北院

お帰りは14:40頃に院からお電話します。
""" + sig(**HORI, style=2),
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "two people's names and addresses for pickups: under the list threshold, may warn",
})

_rx = [["患者番号", "氏名", "生年月日", "処方内容", "日数", "備考"]]
for _i in range(9):
    _q = person(lo=1942, hi=1972)
    _rx.append([pid(), _q["name"], ymd(_q["dob"]),
                rng.choice(["炭酸ランタン 750mg 分3", "クエン酸第二鉄 1500mg 分3", "シナカルセト 25mg 分1",
                            "ポリスチレンスルホン酸Ca 15g 分3", "沈降炭酸Ca 3g 分3"]),
                rng.choice([14, 28, 28]), rng.choice(["", "一包化", "粉砕不可", "配達希望"])])
MESSAGES.append({
    "id": "toseki-071", "expect": "stop",
    "sender": frm(SAEKI),
    "to": ["ひまわり薬局 菊名店 <kikuna@himawari-ph.jp>"],
    "subject": "9月 定期処方（港北院 火木土）まとめ",
    "charset": "iso-2022-jp",
    "body": """ひまわり薬局 菊名店 御中

お世話になっております。佐伯です。
9月の定期処方（港北院 火木土クール）をまとめてお送りします。
処方箋原本は患者様がお持ちになりますので、事前準備用としてお使いください。
""" + sig(**SAEKI),
    "attachments": [{"kind": "zip", "name": "定期処方_港北_202509.zip",
                     "files": [{"kind": "csv", "name": "処方一覧.csv", "encoding": "utf-8", "rows": _rx},
                               {"kind": "txt", "name": "readme.txt", "text": "港北院 火木土クール分です。"}]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "ZIP (not encrypted) with a UTF-8 CSV of nine patients' DOB and prescriptions to a pharmacy",
})

MESSAGES.append({
    "id": "toseki-072", "expect": "pass",
    "sender": frm(KATSU),
    "to": ["Nordhaven Medical Service <service-apac@nordhaven-medical.com>"],
    "subject": "RE: NM-5008 blood leak detector - error E-217",
    "charset": "utf-8",
    "body": """Dear Mr. Lindqvist,

Thank you for the quick answer. We replaced the optical sensor on console
#K-23 (serial NM5008-19-04471) as you suggested and the E-217 alarm has not
recurred in 12 sessions. We will keep the removed part for your RMA.

RMA number: RMA-JP-25-0388
Pick-up: Kannai clinic, weekdays 9:00-17:00

Best regards,
""" + sig(**KATSU, style=3) + """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended
only for the named recipient(s) and may contain confidential or privileged
information. Any unauthorised review, use or disclosure is prohibited.
""",
    "entities": [],
    "detectors": [],
    "note": "technical support mail with serial and RMA numbers; the confidentiality notice is a standard footer",
})

MESSAGES.append({
    "id": "toseki-073", "expect": "stop",
    "sender": frm(SAEKI),
    "to": ["北国フーズ 宅配事業部 <takuhai@kitaguni-foods.co.jp>"],
    "subject": "透析食 宅配モニターの方のリスト",
    "charset": "cp932",
    "body": """北国フーズ株式会社
宅配事業部 御中

いつもお世話になっております。佐伯です。
10月からの透析食 宅配モニター（2か月無料）の参加者一覧を添付します。
食事制限の内容は管理栄養士が記入しました。配送時のご参考にしてください。
""" + sig(**SAEKI),
    "attachments": [{"kind": "xls", "name": "宅配モニター参加者.xls",
                     "sheets": {"参加者": [["氏名", "住所", "電話", "食事制限", "配達曜日"]] + [
                         [q["name"], q["addr"], q["home"],
                          rng.choice(["K制限1500mg・塩分6g", "糖尿病食1600kcal・K制限", "P制限・たんぱく50g",
                                      "塩分6g・水分制限"]),
                          rng.choice(["火・金", "月・木", "水・土"])]
                         for q in [person(lo=1940, hi=1965) for _ in range(8)]]}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of eight patients' addresses, phones and medical diet restrictions (diabetes etc.) to the meal partner",
})

MESSAGES.append({
    "id": "toseki-074", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "新患向けパンフレット 入稿データ一式",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社
営業部 御中

お世話になっております。佐伯です。
新患向けパンフレットの入稿データ一式をZIPでお送りします。
各院の地図と連絡先ページは差し替え済みです。
""" + sig(**SAEKI, style=1),
    "attachments": [{"kind": "zip", "name": "pamphlet_2025.zip",
                     "files": [{"kind": "docx", "name": "本文.docx",
                                "paragraphs": ["はじめて透析を受けられる方へ", "透析の流れ", "送迎のご案内",
                                               "お薬と食事", "災害への備え"]},
                               {"kind": "pdf", "name": "施設一覧.pdf",
                                "table": [["施設", "住所", "電話"],
                                          ["関内", "横浜市中区山下町2-18", "045-662-3320"],
                                          ["鶴見", "横浜市鶴見区鶴見中央4-7-2", "045-503-1180"],
                                          ["港北", "横浜市港北区新横浜3-9-11", "045-478-2260"],
                                          ["藤沢", "藤沢市藤沢561-3", "0466-27-5510"],
                                          ["本厚木", "厚木市中町2-4-15", "046-229-7730"]]},
                               {"kind": "png", "name": "logo.png"}]}],
    "entities": [],
    "detectors": [],
    "note": "ZIP of pamphlet text and the clinics' business addresses: no people",
})

_rows = ["No\t氏名\t受給者番号\t障害等級\t手帳番号\t有効期限"]
for _i in range(6):
    _q = person(lo=1942, hi=1970)
    _rows.append(f"{_i + 1}\t{_q['name']}\t{rng.randint(10000000, 99999999)}\t"
                 f"{rng.choice(['1級（じん臓）', '1級（じん臓）', '1級（じん臓・視覚）', '2級（肢体）'])}\t"
                 f"神{rng.randint(100000, 999999)}\t{rng.choice(['2026/07/31', '2026/09/30'])}")
MESSAGES.append({
    "id": "toseki-075", "expect": "stop",
    "sender": frm(SAEKI),
    "to": ["浜風市 障害福祉課 医療助成係 <iryo-josei@city.hamakaze.lg.jp>"],
    "subject": "重度障害者医療費助成 受給者証の確認依頼（6名）",
    "charset": "iso-2022-jp",
    "body": """浜風市 障害福祉課
医療助成係 ご担当者様

いつもお世話になっております。ひので透析クリニック医事課の佐伯です。
当院通院中の方で、受給者証の有効期限が近い6名について、
更新手続きの状況を確認させていただきたくご連絡いたしました。

""" + "\n".join(_rows) + """

お手数ですがご回答のほどよろしくお願いいたします。
""" + sig(**SAEKI),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of six patients with disability grades and certificate numbers to the city office",
})

MESSAGES.append({
    "id": "toseki-076", "expect": "pass",
    "sender": frm(MAKABE),
    "to": ["みなと腎クリニック 事務長 <jimucho@minato-jin.jp>"],
    "subject": "年末年始の診療体制（相互支援協定のご連絡）",
    "charset": "utf-8",
    "html": """<html><body>
<p>みなと腎クリニック<br>事務長 浦田様</p>
<p>いつもお世話になっております。ひので透析クリニック地域連携室の真壁です。<br>
相互支援協定に基づき、当法人の年末年始の診療体制をお知らせします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>施設</th><th>代表電話</th><th>12/31</th><th>1/1</th><th>1/2</th><th>1/3</th></tr>
<tr><td>関内</td><td>045-662-3320</td><td>午前・午後</td><td>休</td><td>全クール</td><td>全クール</td></tr>
<tr><td>鶴見</td><td>045-503-1180</td><td>午前・午後</td><td>休</td><td>全クール</td><td>午前</td></tr>
<tr><td>港北</td><td>045-478-2260</td><td>全クール</td><td>休</td><td>全クール</td><td>全クール</td></tr>
<tr><td>藤沢</td><td>0466-27-5510</td><td>午前・午後</td><td>休</td><td>午前・午後</td><td>午前</td></tr>
<tr><td>本厚木</td><td>046-229-7730</td><td>午前・午後</td><td>休</td><td>全クール</td><td>午前</td></tr>
</table>
<p>緊急時の当番連絡先（統括事務局）：045-662-3399</p>
<p>真壁 由香里<br>日の出産業株式会社 ひので透析クリニック 地域連携室</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "HTML-only table of the clinics' holiday hours and switchboards: businesses, not people",
})

_bl = []
for _i in range(6):
    _q = person(lo=1938, hi=1962)
    _bl.append(f"・{_q['name']}（{rng.choice(['港北', '鶴見'])}／{rng.choice(['月水金', '火木土'])}）"
               f"　家族：{rng.choice(['長男', '長女', '妻', '夫', '次男'])} {rng.choice(SURNAMES)[0]} {rng.choice(GIVEN_M + GIVEN_F)[0]}"
               f"　{mobile()}")
MESSAGES.append({
    "id": "toseki-077", "expect": "stop",
    "sender": frm(MAKABE),
    "to": ["みなと腎クリニック 事務長 <jimucho@minato-jin.jp>"],
    "subject": "災害時相互支援：受入想定患者の家族連絡先（第1弾）",
    "charset": "utf-8",
    "body": """みなと腎クリニック
浦田事務長

先日の協定会議の宿題です。
港北・鶴見が被災した場合に貴院へ振り分ける想定の方のうち、
ご家族の同意が取れた方の緊急連絡先を先行してお送りします。

""" + "\n".join(_bl) + """

残りは同意が取れ次第お送りします。
""" + sig(**MAKABE, style=2),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "「・」 bullet list of six patients with family names and mobile numbers to another clinic",
})

MESSAGES.append({
    "id": "toseki-078", "expect": "pass",
    "sender": frm(SAGARA),
    "to": ["訪問看護ステーションかえで <kaede-station@homon-kango-kaede.jp>"],
    "subject": "透析患者さんの感染対策マニュアル（在宅向け）改訂版",
    "charset": "iso-2022-jp",
    "body": """訪問看護ステーションかえで
森下様

お世話になっております。相良です。
在宅向けの感染対策マニュアルを改訂しましたので、共有いたします。
主な改訂点は以下です。

　・シャント肢の観察ポイント（発赤・熱感・スリルの確認）を写真付きに
　・新型コロナ・インフルエンザ流行期の透析日の発熱時連絡フロー
　・手指衛生のタイミングを訪問時の流れに合わせて整理

ご意見がありましたらお知らせください。
""" + sig(**SAGARA),
    "attachments": [{"kind": "docx", "name": "感染対策マニュアル_在宅_v3.docx",
                     "paragraphs": ["透析患者の在宅感染対策マニュアル 第3版",
                                    "1. シャント肢の観察", "2. 発熱時の連絡フロー",
                                    "3. 手指衛生と個人防護具", "4. 廃棄物の取り扱い"]}],
    "entities": [],
    "detectors": [],
    "note": "generic infection-control manual, no individuals",
})

_p = person("M", 1942, 1948)
_d = person("F", 1970, 1978)
MESSAGES.append({
    "id": "toseki-079", "expect": "stop",
    "sender": frm(SAEKI),
    "to": ["白川法律事務所 <info@shirakawa-law.jp>"],
    "subject": "転送：透析中の事故についての苦情（ご家族より）",
    "charset": "utf-8",
    "body": f"""白川法律事務所
白川先生

お世話になっております。佐伯です。
下記のご家族からのメールについて、今後の対応をご相談させてください。

---------- 転送メッセージ ----------
From: {_d['romaji'].split()[1].lower()}.{_d['romaji'].split()[0].lower()}@icloud.com
Date: 2025年8月27日 21:48
Subject: 父の件

ひので透析クリニック 御中

{_p['name']}の長女の{_d['sei']}{_d['mei']}です。
父は8/25の透析中に血圧が下がって意識を失い、そのまま救急搬送されました。
もともと心不全と認知症があり、何度も血圧低下が続いていたのに、
なぜ除水量を減らさなかったのか説明してください。
連絡先：{_d['mobile']}
住所：{_d['addr']}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forwarded complaint (new text to the lawyer) with the patient's heart failure and dementia and the daughter's contacts",
})

MESSAGES.append({
    "id": "toseki-080", "expect": "pass",
    "sender": frm(SAGARA),
    "to": ["浜風看護専門学校 実習担当 <jisshu@hamakaze-nursing.ac.jp>"],
    "subject": "透析室見学（9/24）の受入について",
    "charset": "iso-2022-jp",
    "body": """浜風看護専門学校
実習担当 小山先生

お世話になっております。ひので透析クリニック看護部の相良です。
ご依頼の透析室見学、9月24日（水）10:00〜12:00で受入いたします。

見学者：3年 小松原 ひなた さん（当日連絡先 090-2741-6630）

当日は白衣・上履きをご持参のうえ、関内院2階受付へお越しください。
患者様のお名前やカルテ内容のメモはご遠慮いただくよう、事前にご指導ください。
""" + sig(**SAGARA, style=1),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one student's name and phone to her school: a single record, may warn",
})

# ==========================================================================================
# 081-100
# ==========================================================================================

MESSAGES.append({
    "id": "toseki-081", "expect": "stop",
    "sender": frm(KATSU),
    "to": ["Nordhaven Medical AB - Key Accounts <key-accounts@nordhaven-medical.com>"],
    "subject": "Our equipment roadmap 2026-2028 (for your proposal)",
    "charset": "utf-8",
    "body": """Dear Ms. Berglund,

As agreed in our video call, please find attached our equipment roadmap
for 2026-2028 so that you can prepare a volume proposal for consoles,
RO plants and the central dialysate delivery system.

We would appreciate a first draft by the end of October.

Best regards,
""" + sig(**KATSU, style=3),
    "attachments": [{"kind": "pptx", "name": "Hinode_equipment_roadmap_2026-2028.pptx",
                     "title": "Equipment roadmap 2026-2028",
                     "page_footer": "INTERNAL ONLY - Hinode Sangyo Medical Services Division",
                     "slides": [["Equipment roadmap 2026-2028", "Hinode Dialysis Clinics (5 sites, 186 stations)"],
                                ["Consoles", "2026: Fujisawa 28 units", "2027: Tsurumi 18, Hon-Atsugi 10",
                                 "2028: Kohoku 25, Kannai 14"],
                                ["Water treatment", "RO plant renewal: Tsurumi 2025, Kannai 2027"],
                                ["Budget envelope", "JPY 483 million over three years (board approval pending)"]]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the PPTX carries an INTERNAL ONLY footer on every slide and goes to a foreign vendor",
})

MESSAGES.append({
    "id": "toseki-082", "expect": "pass",
    "sender": frm(OKITA),
    "to": ["院長会 <incho-kai@hinode-sangyo.co.jp>"],
    "cc": ["事業部長 <bucho-medical@mail.hinode-sangyo.co.jp>"],
    "subject": "【社外秘】上期 施設別収支（速報）",
    "charset": "iso-2022-jp",
    "body": """院長各位

経理課の沖田です。上期の施設別収支速報を添付します。
社外秘ですので、院外への転送・印刷物の持ち出しはお控えください。
9/11の院長会で説明いたします。
""" + sig(**OKITA, style=2),
    "attachments": [{"kind": "pdf", "name": "上期施設別収支_速報.pdf",
                     "page_header": "社外秘", "page_footer": "社外秘　日の出産業株式会社 メディカルサービス事業部",
                     "lines": ["2025年度 上期 施設別収支（速報）"],
                     "table": [["施設", "収入(百万円)", "費用(百万円)", "利益(百万円)"],
                               ["関内", "412", "371", "41"], ["鶴見", "338", "301", "37"],
                               ["港北", "502", "433", "69"], ["藤沢", "251", "240", "11"],
                               ["本厚木", "264", "259", "5"]]}],
    "entities": [],
    "detectors": [],
    "note": "社外秘 document, but addressed only to internal addresses (incl. a subdomain)",
})

MESSAGES.append({
    "id": "toseki-083", "expect": "stop",
    "sender": frm(OKITA),
    "to": ["横浜M&Aパートナーズ 長谷部様 <hasebe@yokohama-ma-partners.co.jp>"],
    "subject": "Re: 対象クリニック 事業譲受のスキーム案",
    "charset": "iso-2022-jp",
    "body": """横浜M&Aパートナーズ
長谷部様

お世話になっております。沖田です。
当社側の検討メモを添付いたします。
譲受価格の考え方について、次回の打合せでご意見をいただけますでしょうか。
""" + sig(**OKITA),
    "attachments": [{"kind": "docx", "name": "事業譲受検討メモ.docx",
                     "page_header": "極秘",
                     "title": "事業譲受 検討メモ",
                     "paragraphs": ["【極秘】対象クリニック（大和市・ベッド数24床）事業譲受 検討メモ",
                                    "1. 譲受の目的：県央エリアの夜間透析の受け皿確保",
                                    "2. 想定価格：営業権を含め 2.4〜2.8億円",
                                    "3. スタッフの雇用承継：看護師11名・臨床工学技士4名を全員承継",
                                    "4. スケジュール：基本合意 11月、クロージング 2026年3月"]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX classified 極秘 in its header and first line, sent to an M&A advisor",
})

MESSAGES.append({
    "id": "toseki-084", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["浜風市 障害福祉課 <shogai-fukushi@city.hamakaze.lg.jp>"],
    "subject": "身体障害者手帳（じん臓機能障害）申請手続きについての確認",
    "charset": "cp932",
    "body": """浜風市 障害福祉課 御中

いつもお世話になっております。ひので透析クリニック医事課の佐伯です。
透析導入直後の方の身体障害者手帳申請について、一般的な手続きを確認させてください。

1. 指定医の診断書は、導入後どの時点のものから受付可能でしょうか
2. 申請から交付までの標準的な期間
3. 手帳交付前に更生医療を申請する場合の取扱い
4. 代理申請（ご家族）の際に必要な書類

患者様向けの案内文を更新したく、ご教示いただけますと幸いです。
""" + sig(**SAEKI),
    "entities": [],
    "detectors": [],
    "note": "general question to the city about disability-certificate procedure, no individual",
})

MESSAGES.append({
    "id": "toseki-085", "expect": "stop",
    "sender": frm(MAKABE),
    "to": ["みなと腎クリニック <jimucho@minato-jin.jp>",
           "北斗腎内科クリニック <touseki@hokuto-jinnai.or.jp>",
           "鴨居透析クリニック <info@kamoi-touseki.jp>",
           "新横浜じんクリニック <office@shinyoko-jin-cl.jp>"],
    "cc": ["日本透析資材 災害対策窓口 <saigai@nihon-toseki-shizai.co.jp>"],
    "subject": "【訓練】災害時透析ネットワーク 情報伝達訓練（9/1）",
    "charset": "utf-8",
    "body": """災害時透析ネットワーク参加施設の皆様

ひので透析クリニック地域連携室の真壁です。
防災の日の情報伝達訓練として、本メールへの返信をお願いいたします。

返信いただきたい項目：
　1. 施設の被災状況（訓練想定：震度6弱）
　2. 透析実施可否（可／一部可／不可）
　3. 受入可能人数（午前・午後・夜間）
　4. 不足している資材

本日17時までにご返信ください。
""" + sig(**MAKABE),
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "five external organisations openly in To/Cc: should have been Bcc",
})

_p = person("M", 1960, 1966)
MESSAGES.append({
    "id": "toseki-086", "expect": "either",
    "sender": frm(SAEKI),
    "to": [f"{_p['romaji'].split()[1].lower()}.{_p['romaji'].split()[0].lower()}63@outlook.jp"],
    "subject": "ご依頼の検査結果（8月分）",
    "charset": "iso-2022-jp",
    "body": f"""{_p['name']} 様

ひので透析クリニック医事課の佐伯でございます。
先日受付でご依頼いただいた8月の定期検査結果をお送りします。

　採血日：2025/08/22（金）
　BUN 68.2 mg/dL　Cr 11.4 mg/dL　K 5.6 mEq/L　P 6.1 mg/dL
　Hb 10.3 g/dL　Alb 3.6 g/dL　intact-PTH 312 pg/mL
　HbA1c 6.9 %

主治医からのコメント：リンが高めです。リン吸着薬の飲み忘れにご注意ください。
ご不明な点は次回透析時に主治医へお尋ねください。
""" + sig(**SAEKI),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "a patient's own lab results sent, at his request, to his own free-mail address: sensitive, but to the data subject",
})

_p = person("F", 1948, 1960)
MESSAGES.append({
    "id": "toseki-087", "expect": "stop",
    "sender": frm(OKITA),
    "to": ["みどり銀行 口座振替センター <furikae@midori-ginko-co.jp>"],
    "subject": "口座振替依頼書の不備について（1件）",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行
口座振替センター ご担当者様

いつもお世話になっております。日の出産業 経理課の沖田です。
返却されました口座振替依頼書（自己負担分）1件につき、
ご本人様に確認のうえ、正しい内容をお知らせします。

　預金者名：{_p['kata']}
　支店：港北支店（店番 214）
　口座番号：普通 {acct()}
　お届け印：再押印済（原本は本日郵送）

お手数ですが再処理をお願いいたします。
""" + sig(**OKITA),
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "midori-ginko-co.jp replaces the dot of partner midori-ginko.co.jp with a hyphen: look-alike, with a bank account",
})

_lines = ["氏名,院,クール,HBs抗原,HCV抗体,対応"]
for _i in range(8):
    _q = person(lo=1940, hi=1970)
    _lines.append(f"{_q['name']},{rng.choice(['関内', '鶴見', '港北', '藤沢', '本厚木'])},"
                  f"{rng.choice(['月水金午前', '火木土午後', '月水金夜間'])},"
                  f"{rng.choice(['(+)', '(-)', '(-)'])},{rng.choice(['(+)', '(+)', '(-)'])},"
                  f"{rng.choice(['固定ベッド', '隔離室', '専用機器', '端ベッド'])}")
MESSAGES.append({
    "id": "toseki-088", "expect": "pass",
    "sender": frm(SAGARA),
    "to": ["各院 看護師長 <ns-chief@hinode-sangyo.co.jp>"],
    "cc": ["感染対策委員会 <ict@mail.hinode-sangyo.co.jp>"],
    "subject": "肝炎ウイルス陽性者のベッド配置一覧（9月）",
    "charset": "utf-8",
    "body": """各院 看護師長

感染対策担当の相良です。9月のベッド配置一覧です。
転院・新規導入の方を反映しました。院内限りでお願いします。

""" + "\n".join(_lines) + "\n" + sig(**SAGARA, style=2),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "hepatitis status list of eight patients, but only to internal addresses",
})

MESSAGES.append({
    "id": "toseki-089", "expect": "stop",
    "sender": frm(SAEKI),
    "to": ["北国フーズ 営業部 <eigyo@kitaguni-fods.co.jp>"],
    "subject": "腎臓病食 試食セットの追加注文",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社
営業部 御中

お世話になっております。佐伯です。
10月の腎臓病教室で使う試食セットを追加で注文させてください。

　商品番号 KF-JN-201　減塩幕の内（冷凍）　　　40食
　商品番号 KF-JN-305　低カリウム和風御膳（冷凍）40食
　納品日：10/17（金）午前　納品先：関内院 1F 倉庫

請求書は統括事務局宛でお願いします。
""" + sig(**SAEKI, style=1),
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-fods.co.jp drops a letter of partner kitaguni-foods.co.jp: look-alike",
})

MESSAGES.append({
    "id": "toseki-090", "expect": "pass",
    "sender": frm(SAEKI),
    "to": ["神奈川腎友会 事務局 <office@kanagawa-jinyukai.or.jp>"],
    "subject": "会員向け：夜間・休日に対応できる近隣薬局のリスト",
    "charset": "cp932",
    "body": """神奈川腎友会 事務局 御中

お世話になっております。佐伯です。
会員の方から問い合わせの多い「夜間・日曜に開いている薬局」を、
当院周辺で調べた範囲でまとめました。会報に掲載いただいて構いません。

薬局名                      最寄り院   電話            営業時間
--------------------------  ---------  --------------  ----------------------
あおぞら調剤薬局 鶴見店     鶴見       045-501-2211    平日 9-21時／日 10-17時
ひまわり薬局 菊名店         港北       045-432-0077    平日 9-20時／土 9-18時
中央薬局 弘明寺             関内       045-712-4640    平日 9-19時／日祝 10-16時
すずらん薬局                港北       045-471-3355    毎日 9-22時
はなみずき薬局              藤沢       0466-26-8181    平日 9-20時
ことぶき調剤 本厚木店       本厚木     046-221-9090    平日 9-19時／日 9-13時
""" + sig(**SAEKI),
    "entities": [],
    "detectors": [],
    "note": "a list of pharmacies (shops) with store phone numbers and hours, not people",
})

_p = person("M", 1952, 1962)
MESSAGES.append({
    "id": "toseki-091", "expect": "stop",
    "sender": frm(OKITA),
    "to": ["白川法律事務所 債権回収チーム <saiken@shirakawa-law.com>"],
    "subject": "未収金回収のご依頼（1件）",
    "charset": "iso-2022-jp",
    "body": f"""白川法律事務所
債権回収ご担当者様

お世話になっております。日の出産業 経理課の沖田です。
先日ご相談した未収金の件、正式にご依頼いたします。

　債務者：{_p['name']}（元患者）
　最終住所：{_p['addr']}
　未収額：417,860円（2024年4月〜2025年3月 自己負担分）
　督促状況：内容証明郵便 2回（返送なし・応答なし）

資料一式は追って郵送いたします。
""" + sig(**OKITA),
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "shirakawa-law.com is the partner shirakawa-law.jp under another TLD: look-alike",
})

_tbl = [["社員番号", "氏名", "続柄", "個人番号", "生年月日"]]
for _i in range(5):
    _q = person(lo=1968, hi=1995)
    _emp = f"M{rng.randint(10000, 99999)}"
    _tbl.append([_emp, _q["name"], "本人", mynum(), ymd(_q["dob"])])
    if rng.random() < 0.6:
        _f = person(lo=2008, hi=2020)
        _tbl.append([_emp, f"{_q['sei']} {_f['mei']}", rng.choice(["長男", "長女", "次男"]), mynum(), ymd(_f["dob"])])
MESSAGES.append({
    "id": "toseki-092", "expect": "stop",
    "sender": frm(ASHIDA),
    "to": ["桜木町税理士法人 給与計算チーム <kyuyo@sakuragicho-tax.jp>"],
    "subject": "年末調整業務委託：中途入社者分の個人番号",
    "charset": "utf-8",
    "body": """桜木町税理士法人
給与計算チーム 御中

いつもお世話になっております。日の出産業 人事課の芦田です。
年末調整業務の委託分として、今年度中途入社者5名（扶養親族を含む）の
個人番号一覧をPDFでお送りします。
""" + sig(**ASHIDA),
    "attachments": [{"kind": "pdf", "name": "個人番号一覧_中途入社.pdf",
                     "lines": ["個人番号一覧（2025年度 中途入社者・扶養親族）", "日の出産業株式会社 人事課"],
                     "table": _tbl}],
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "PDF table of employees' and dependants' My Numbers to an outside tax firm",
})

_cc = [["booking_ref", "guest_name", "country", "card_no", "exp", "amount_jpy"]]
for _nm, _ctry in rng.sample([("CHEN Mei-Ling", "TW"), ("WONG Ka Fai", "HK"), ("PARK Ji-hoon", "KR"),
                              ("SANTOS Maria Luisa", "PH"), ("LEE Soo-jin", "KR"), ("TAN Boon Huat", "SG"),
                              ("NGUYEN Thi Lan", "VN")], 5):
    _cc.append([f"HD-INT-25{rng.randint(1000, 9999)}", _nm, _ctry, card(),
                f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}", str(38500 * rng.choice([2, 3, 6]))])
MESSAGES.append({
    "id": "toseki-093", "expect": "stop",
    "sender": frm(OKITA),
    "to": ["ペイゲート・ジャパン 加盟店サポート <merchant@paygate-japan.co.jp>"],
    "subject": "オーソリ取消・再売上の依頼（海外からの旅行透析 前受金）",
    "charset": "utf-8",
    "body": """ペイゲート・ジャパン株式会社
加盟店サポート ご担当者様

いつもお世話になっております。日の出産業（加盟店番号 88-0412-551）経理課の沖田です。
端末障害で二重オーソリとなった5件について、取消と再売上をお願いします。
対象の明細をCSVで添付します。
""" + sig(**OKITA),
    "attachments": [{"kind": "csv", "name": "reauth_202508.csv", "encoding": "utf-8", "rows": _cc}],
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "CSV of five overseas patients' card numbers with names to the payment processor",
})

_rt = []
for _i in range(7):
    _q = person(lo=1938, hi=1960)
    _rt.append(f"{_i + 1:>2}   {rng.randint(100, 999):<6}{_q['zip']}  {_q['addr_short']:<30}{_q['home']:<15}"
               f"{rng.choice(['7:05', '7:18', '7:26', '7:40', '7:52'])}")
MESSAGES.append({
    "id": "toseki-094", "expect": "stop",
    "sender": frm(HORI),
    "to": ["青葉運輸 送迎センター <sougei@aoba-unyu.co.jp>"],
    "subject": "Re: 鶴見2号車 ルート見直し案",
    "charset": "iso-2022-jp",
    "body": """青葉運輸 送迎センター
佐藤様

堀之内です。見直し案ありがとうございました。
順番を入れ替えたものを下記にお送りします（利用者番号で管理しています）。

順  No.   〒        住所                          電話           迎え
--  ----  --------  ----------------------------  -------------  -----
""" + "\n".join(_rt) + """

これで8:10着に間に合うか、一度試走をお願いできますか。
""" + sig(**HORI, style=2) + """
> 堀之内様
> 鶴見2号車のルートについて、豊岡町方面を先に回る案を作成しました。
""",
    "entities": ["JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "route of seven riders without a name column (user numbers, home addresses and phones) to the transport partner",
})

_hc = []
for _i in range(5):
    _q = person(lo=1970, hi=1999)
    _hc.append(f"■{_q['name']}（{rng.choice(['看護師', '臨床工学技士', '看護助手', '医療事務'])}・{2025 - _q['dob'].year}歳）\n"
               f"　血圧 {rng.randint(118, 168)}/{rng.randint(72, 104)}　HbA1c {rng.randint(52, 78) / 10:.1f}%　"
               f"LDL {rng.randint(96, 188)}\n"
               f"　HBs抗体 {rng.choice(['陽性（ワクチン済）', '陰性（要追加接種）'])}　"
               f"判定 {rng.choice(['A', 'B', 'C（要再検）', 'D（要精密）'])}\n"
               f"　所見：{rng.choice(['特記なし', '高血圧、要受診', '脂質異常', '糖尿病疑い、要精密検査', '貧血'])}")
MESSAGES.append({
    "id": "toseki-095", "expect": "stop",
    "sender": frm(ASHIDA),
    "to": ["関内産業医事務所 <office@kannai-sangyoi.jp>"],
    "subject": "定期健康診断 有所見者の面談準備（関内院）",
    "charset": "cp932",
    "body": """関内産業医事務所
産業医 杉浦先生

お世話になっております。日の出産業 人事課の芦田です。
関内院の定期健康診断の結果、面談対象となる職員をまとめました。
9月の産業医面談の準備にお使いください。

""" + "\n\n".join(_hc) + "\n" + sig(**ASHIDA),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "health-check results of five named staff, one block each, to an outside occupational physician",
})

_p = person("M", 1940, 1946)
MESSAGES.append({
    "id": "toseki-096", "expect": "stop",
    "sender": frm(SAEKI),
    "to": ["居宅介護支援つばき <cm@care-plan-tsubaki.jp>"],
    "subject": "保険証情報のご連絡（サービス計画書作成用）",
    "charset": "cp932",
    "body": f"""居宅介護支援つばき
菅野様

お世話になっております。佐伯です。
お問い合わせの件、当院で確認している保険証の情報をお知らせします。

　{_p['name']} 様
　後期高齢者医療被保険者証　保険者番号　{zen('39141' + str(rng.randint(100, 999)))}
　　　　　　　　　　　　　　被保険者番号　{zen(kouki())}
　介護保険被保険者証　　　　被保険者番号　{zen('00' + str(rng.randint(10000000, 99999999)))}
　要介護度：要介護２（{zen('2026/03/31')}まで）

ご確認のほどよろしくお願いいたします。
""" + sig(**SAEKI),
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "one patient's health-insurance and long-term-care insurance numbers in full-width digits, to a care manager",
})

_rw = []
for _i in range(6):
    _q = person(lo=1945, hi=1972)
    _ind = _dt.date(rng.randint(1996, 2024), rng.randint(1, 12), rng.randint(1, 28))
    _rw.append(f"{_q['name']}　　{zen(wareki(_ind, 'short'))}　　"
               f"{rng.choice(['糖尿病性腎症', '慢性糸球体腎炎', '腎硬化症', '多発性嚢胞腎'])}　　"
               f"{zen(_q['home']).replace('－', '−')}")
MESSAGES.append({
    "id": "toseki-097", "expect": "stop",
    "sender": frm(SAEKI),
    "to": ["神奈川腎友会 事務局 <office@kanagawa-jinyukai.or.jp>"],
    "subject": "新規入会希望者の名簿（港北・藤沢）",
    "charset": "iso-2022-jp",
    "body": """神奈川腎友会 事務局 御中

お世話になっております。佐伯です。
患者会への入会を希望された方の名簿をお送りします。
（透析導入日・原疾患は入会申込書の記載どおりです）

氏名　　　　　導入日　　　　原疾患　　　　　　電話
""" + "\n".join(_rw) + "\n" + sig(**SAEKI, style=1),
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six patients with 和暦 dialysis start dates (H/R, full-width), primary disease and phone to the patient association",
})

_tb = [["受入日", "氏名", "年齢", "居住地", "所属施設", "HBs", "HCV", "回数"]]
for _i in range(8):
    _q = person(lo=1945, hi=1975)
    _tb.append([f"2025/{rng.randint(4, 8)}/{rng.randint(1, 28)}", _q["name"], str(2025 - _q["dob"].year),
                rng.choice(["札幌市", "仙台市", "那覇市", "福岡市", "京都市", "高松市"]),
                rng.choice(["北斗腎内科クリニック", "琉球ブルー透析クリニック", "鴨川透析センター", "博多みなみ透析クリニック"]),
                "−", rng.choice(["−", "−", "＋"]), str(rng.randint(1, 6))])
MESSAGES.append({
    "id": "toseki-098", "expect": "stop",
    "sender": frm(MAKABE),
    "to": ["神奈川県透析医会 事務局 <jimu@kanagawa-touseki-ikai.or.jp>"],
    "subject": "旅行透析 受入実績報告（2025年4〜8月）",
    "charset": "utf-8",
    "body": """神奈川県透析医会 事務局 御中

ひので透析クリニック地域連携室の真壁です。
旅行透析の受入実績報告をPDFで提出いたします。
""" + sig(**MAKABE),
    "attachments": [{"kind": "pdf", "name": "旅行透析受入実績_2025-04_08.pdf",
                     "lines": ["旅行透析 受入実績報告（2025年4月〜8月）", "ひので透析クリニック（関内・港北）"],
                     "table": _tb}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF table of eight visiting patients by name with hepatitis results, where only counts were needed",
})

_a, _b = person("M", 1950, 1962), person("F", 1950, 1962)
_txt = f"""鴨川透析センター
地域連携室 御中

お世話になっております。ひので透析クリニック地域連携室の真壁です。
10月の京都旅行に伴い、当院患者様2名の臨時透析をお願いしたくご連絡いたしました。

1) {_a['name']} 様（{ymd(_a['dob'])}生）
   10/7（火）・10/9（木） 午前
   HD 4h／QB 200／DW {dw()}／ヘパリン／VA 右前腕AVF
   HBs(−) HCV(＋) ※RNA陰性化（DAA治療後）
2) {_b['name']} 様（{ymd(_b['dob'])}生）
   10/7（火）・10/9（木） 午前
   HD 3.5h／QB 180／DW {dw()}／低分子ヘパリン／VA 左上腕人工血管
   HBs(−) HCV(−)　※アレルギー：ヨード造影剤

ご都合をお知らせいただけますと幸いです。
"""
MESSAGES.append({
    "id": "toseki-099", "expect": "stop",
    "sender": frm(MAKABE),
    "to": ["鴨川透析センター 地域連携室 <renkei@kamogawa-dialysis.jp>"],
    "subject": "臨時透析のお願い（10/7・10/9 2名）",
    "charset": "utf-8",
    "body": _txt + sig(**MAKABE),
    "html": "<html><body><div style='font-family:sans-serif'>"
            + _txt.replace("\n", "<br>\n")
            + "<p>真壁 由香里<br>日の出産業株式会社 ひので透析クリニック 地域連携室<br>TEL 045-662-3325</p>"
            + "</div></body></html>",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "text+HTML request for two named patients with DOB, hepatitis C history and allergies",
})

_dt_rows = [["氏名", "住所", "手帳番号", "等級", "障害名", "利用院"]]
for _i in range(5):
    _q = person(lo=1940, hi=1968)
    _dt_rows.append([_q["name"], _q["addr"], f"第{rng.randint(10000, 99999)}号",
                     rng.choice(["1級", "1級", "1級", "2級"]),
                     rng.choice(["じん臓機能障害", "じん臓機能障害・下肢機能障害", "じん臓機能障害・視覚障害"]),
                     rng.choice(["鶴見", "港北"])])
MESSAGES.append({
    "id": "toseki-100", "expect": "stop",
    "sender": frm(HORI),
    "to": ["浜風市社会福祉協議会 在宅福祉係 <zaitaku@hamakaze-shakyo.or.jp>"],
    "subject": "福祉タクシー券 代理申請の対象者（5名）",
    "charset": "iso-2022-jp",
    "body": """浜風市社会福祉協議会
在宅福祉係 ご担当者様

いつもお世話になっております。ひので透析クリニック総務課の堀之内です。
福祉タクシー券の代理申請について、対象者の一覧（Word）を添付いたします。
各ご本人様の委任状は、来週まとめて郵送いたします。
""" + sig(**HORI),
    "attachments": [{"kind": "docx", "name": "福祉タクシー券_代理申請一覧.docx",
                     "paragraphs": ["福祉タクシー券 代理申請 対象者一覧", "申請者：ひので透析クリニック（代理）"],
                     "tables": [_dt_rows]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX table of five people with addresses, disability-certificate grades and impairments to the social welfare council",
})
