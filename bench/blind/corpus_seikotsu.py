"""Blind corpus, area "seikotsu": 日の出産業's chain of 整骨院・鍼灸院 (ひので整骨院／ひので鍼灸院)
and its corporate health programme 「ひので からだケアプログラム」.

Patients, traffic-accident injury claims with 損害保険会社, 療養費 claims with 健保組合 and
国保連, 労災 cases, appointment lists, therapists' licences and shifts, DM to past patients,
partner companies' employees in the health programme, equipment suppliers.

Every person, number, address, phone number and mail address in this file is invented;
organisations other than the ones named in BRIEF.md are fictional too.
my_number()/card_number() seeds start at 6001 (6001, 6002, … in order of use).
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 6001
_next = [SEED]


def _seed() -> int:
    s = _next[0]
    _next[0] += 1
    return s


def MYN() -> str:
    return my_number(_seed())


def CARD() -> str:
    return card_number(_seed())


rng = random.Random(SEED)

_SURNAMES = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("伊藤", "いとう", "Ito"), ("渡辺", "わたなべ", "Watanabe"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山田", "やまだ", "Yamada"),
    ("佐々木", "ささき", "Sasaki"), ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"),
    ("木村", "きむら", "Kimura"), ("清水", "しみず", "Shimizu"), ("山口", "やまぐち", "Yamaguchi"),
    ("阿部", "あべ", "Abe"), ("池田", "いけだ", "Ikeda"), ("橋本", "はしもと", "Hashimoto"),
    ("石川", "いしかわ", "Ishikawa"), ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"),
    ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"), ("長谷川", "はせがわ", "Hasegawa"),
    ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"), ("坂本", "さかもと", "Sakamoto"),
    ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"), ("西村", "にしむら", "Nishimura"),
    ("福田", "ふくだ", "Fukuda"), ("太田", "おおた", "Ota"), ("三浦", "みうら", "Miura"),
    ("菅原", "すがわら", "Sugawara"), ("平野", "ひらの", "Hirano"), ("大塚", "おおつか", "Otsuka"),
    ("荒木", "あらき", "Araki"), ("野口", "のぐち", "Noguchi"), ("内田", "うちだ", "Uchida"),
    ("杉山", "すぎやま", "Sugiyama"), ("今井", "いまい", "Imai"), ("河野", "こうの", "Kono"),
    ("宮本", "みやもと", "Miyamoto"), ("北村", "きたむら", "Kitamura"), ("望月", "もちづき", "Mochizuki"),
]
_RARE = [
    ("勅使河原", "てしがわら", "Teshigawara"), ("小鳥遊", "たかなし", "Takanashi"),
    ("東海林", "しょうじ", "Shoji"), ("百目鬼", "どうめき", "Domeki"), ("薬袋", "みない", "Minai"),
    ("忽那", "くつな", "Kutsuna"), ("釜萢", "かまやち", "Kamayachi"), ("四月一日", "わたぬき", "Watanuki"),
    ("鰐渕", "わにぶち", "Wanibuchi"), ("五百旗頭", "いおきべ", "Iokibe"), ("栗花落", "つゆり", "Tsuyuri"),
    ("左右田", "そうだ", "Soda"), ("纐纈", "こうけつ", "Koketsu"), ("御手洗", "みたらい", "Mitarai"),
    ("雲類鷲", "うるわし", "Uruwashi"), ("一番ヶ瀬", "いちばんがせ", "Ichibangase"),
    ("舎利弗", "とどろき", "Todoroki"), ("禰津", "ねづ", "Nezu"),
]
_GIVEN = [
    ("陽翔", "はると", "Haruto", "M"), ("蓮", "れん", "Ren", "M"), ("大輔", "だいすけ", "Daisuke", "M"),
    ("健太", "けんた", "Kenta", "M"), ("翔太", "しょうた", "Shota", "M"), ("誠", "まこと", "Makoto", "M"),
    ("隆", "たかし", "Takashi", "M"), ("浩二", "こうじ", "Koji", "M"), ("修", "おさむ", "Osamu", "M"),
    ("拓也", "たくや", "Takuya", "M"), ("和也", "かずや", "Kazuya", "M"), ("直樹", "なおき", "Naoki", "M"),
    ("剛", "つよし", "Tsuyoshi", "M"), ("悠真", "ゆうま", "Yuma", "M"), ("勝利", "かつとし", "Katsutoshi", "M"),
    ("正義", "まさよし", "Masayoshi", "M"), ("一郎", "いちろう", "Ichiro", "M"), ("武", "たけし", "Takeshi", "M"),
    ("陽菜", "ひな", "Hina", "F"), ("結衣", "ゆい", "Yui", "F"), ("美咲", "みさき", "Misaki", "F"),
    ("由美子", "ゆみこ", "Yumiko", "F"), ("恵子", "けいこ", "Keiko", "F"), ("明美", "あけみ", "Akemi", "F"),
    ("真由美", "まゆみ", "Mayumi", "F"), ("彩", "あや", "Aya", "F"), ("千尋", "ちひろ", "Chihiro", "F"),
    ("優子", "ゆうこ", "Yuko", "F"), ("智子", "ともこ", "Tomoko", "F"), ("久美子", "くみこ", "Kumiko", "F"),
    ("沙織", "さおり", "Saori", "F"), ("奈々", "なな", "Nana", "F"), ("里奈", "りな", "Rina", "F"),
    ("朋美", "ともみ", "Tomomi", "F"), ("幸子", "さちこ", "Sachiko", "F"), ("節子", "せつこ", "Setsuko", "F"),
]

_KATA = str.maketrans({chr(c): chr(c + 0x60) for c in range(0x3041, 0x3097)})


class Person:
    def __init__(self, rare: bool = False) -> None:
        pool = _RARE if rare else _SURNAMES
        self.sei, self.sei_kana, self.sei_r = rng.choice(pool)
        self.mei, self.mei_kana, self.mei_r, self.sex = rng.choice(_GIVEN)
        y = rng.randint(1942, 2004)
        self.dob = (y, rng.randint(1, 12), rng.randint(1, 28))

    @property
    def name(self) -> str:
        return f"{self.sei} {self.mei}"

    @property
    def name_nospace(self) -> str:
        return self.sei + self.mei

    @property
    def kana(self) -> str:
        return f"{self.sei_kana} {self.mei_kana}"

    @property
    def kata(self) -> str:
        return self.kana.translate(_KATA)

    @property
    def romaji(self) -> str:
        return f"{self.mei_r} {self.sei_r.upper()}"

    @property
    def age(self) -> int:
        return 2025 - self.dob[0]

    @property
    def sex_ja(self) -> str:
        return "男" if self.sex == "M" else "女"


def people(n: int, rare_every: int = 4, staff: bool = False) -> list[Person]:
    out = [Person(rare=(i % rare_every == rare_every - 1)) for i in range(n)]
    if staff:  # working age
        for p in out:
            p.dob = (rng.randint(1968, 2003), p.dob[1], p.dob[2])
    return out


_FW = str.maketrans("0123456789-()/.,:", "０１２３４５６７８９－（）／．，：")


def fw(s: str) -> str:
    return s.translate(_FW)


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def landline() -> str:
    area = rng.choice(["045", "044", "03", "042", "0466", "048"])
    if len(area) == 2:
        return f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    if len(area) == 4:
        return f"{area}-{rng.randint(20, 89)}-{rng.randint(1000, 9999)}"
    return f"{area}-{rng.randint(200, 989)}-{rng.randint(1000, 9999)}"


_PLACES = [
    ("222", "神奈川県横浜市港北区", ["大倉山", "太尾町", "日吉本町", "綱島西", "菊名"]),
    ("211", "神奈川県川崎市中原区", ["小杉町", "木月", "今井南町", "新丸子町", "上小田中"]),
    ("154", "東京都世田谷区", ["三軒茶屋", "太子堂", "下馬", "上馬", "若林"]),
    ("144", "東京都大田区", ["蒲田", "西蒲田", "南蒲田", "東矢口", "多摩川"]),
    ("194", "東京都町田市", ["原町田", "中町", "森野", "旭町", "玉川学園"]),
    ("251", "神奈川県藤沢市", ["鵠沼海岸", "鵠沼石上", "辻堂元町", "本鵠沼", "片瀬"]),
    ("252", "神奈川県相模原市南区", ["相模大野", "上鶴間本町", "古淵", "南台", "松が枝町"]),
    ("332", "埼玉県川口市", ["芝", "本町", "栄町", "幸町", "並木"]),
]


def address(fullwidth: bool = False, place: int | None = None) -> tuple[str, str]:
    z3, city, towns = _PLACES[place] if place is not None else rng.choice(_PLACES)
    zipc = f"{z3}-{rng.randint(1, 99):02d}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    banchi = f"{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    addr = f"{city}{rng.choice(towns)}{banchi}"
    if rng.random() < 0.3:
        addr += f" {rng.choice(['コーポ', 'ハイツ', 'メゾン', 'パークハウス'])}{rng.choice(['若葉', '桜台', '緑風', 'サンライズ'])}{rng.randint(1, 5)}0{rng.randint(1, 9)}"
    if fullwidth:
        return fw(zipc), fw(addr)
    return zipc, addr


def wareki(d: tuple[int, int, int], style: str = "kanji") -> str:
    y, m, dd = d
    if (y, m, dd) >= (2019, 5, 1):
        era, k, ey = "令和", "R", y - 2018
    elif (y, m, dd) >= (1989, 1, 8):
        era, k, ey = "平成", "H", y - 1988
    else:
        era, k, ey = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{ey}年{m}月{dd}日"
    if style == "fwkanji":
        return fw(f"{era}{ey}年{m}月{dd}日")
    if style == "short":
        return f"{k}{ey}.{m}.{dd}"
    if style == "fwshort":
        return f"{chr(ord(k) + 0xFEE0)}{fw(f'{ey}.{m}.{dd}')}"
    raise ValueError(style)


def seireki(d: tuple[int, int, int], style: str = "slash") -> str:
    y, m, dd = d
    if style == "slash":
        return f"{y}/{m:02d}/{dd:02d}"
    if style == "kanji":
        return f"{y}年{m}月{dd}日"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    raise ValueError(style)


_FREE = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
         "softbank.ne.jp", "outlook.jp"]


def freemail(p: Person, domain: str | None = None) -> str:
    dom = domain or rng.choice(_FREE)
    sep = rng.choice([".", "_", ""])
    tail = rng.choice(["", str(rng.randint(1, 99)), str(p.dob[0] % 100)])
    return f"{p.mei_r.lower()}{sep}{p.sei_r.lower()}{tail}@{dom}"


def health_ins() -> tuple[str, str, str]:
    """保険者番号, 記号, 番号"""
    hoken = f"06{rng.randint(13, 14)}{rng.randint(1000, 9999)}"
    kigo = f"{rng.randint(10, 99)}-{rng.randint(100, 999)}"
    bango = str(rng.randint(1, 2999))
    return hoken, kigo, bango


def pension() -> str:
    return f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"


def license12() -> str:
    return f"{rng.randint(30, 49)}{rng.randint(10, 23):02d}{rng.randint(10000000, 99999999)}"


def passport() -> str:
    return f"T{rng.choice('KRZSHE')}{rng.randint(1000000, 9999999)}"


def zairyu() -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (rng.choice(L) + rng.choice(L) + f"{rng.randint(10000000, 99999999)}"
            + rng.choice(L) + rng.choice(L))


def account() -> str:
    return f"{rng.randint(1000000, 9999999)}"


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_INJ = ["頸椎捻挫", "腰椎捻挫", "右肩関節捻挫", "左足関節捻挫", "右膝関節挫傷", "背部挫傷",
        "右手関節捻挫", "左大腿部挫傷", "左肩関節捻挫", "右下腿部挫傷", "胸部挫傷", "左膝関節捻挫"]
_ACU = ["腰痛症", "頸腕症候群", "肩関節周囲炎（五十肩）", "坐骨神経痛", "変形性膝関節症",
        "慢性頭痛・不眠", "顔面神経麻痺（ベル麻痺）後遺", "椎間板ヘルニア術後の腰下肢痛"]


def injury() -> str:
    return rng.choice(_INJ)


def acu() -> str:
    return rng.choice(_ACU)


def pad(s: str, width: int) -> str:
    """left-justify to a display width (full-width chars count 2)."""
    w = sum(2 if ord(c) > 0x2E7F else 1 for c in s)
    return s + " " * max(width - w, 1)


def padfw(s: str, width: int) -> str:
    """pad with full-width spaces (width in full-width cells)."""
    w = sum(1 if ord(c) > 0x2E7F else 0.5 for c in s)
    return s + "　" * max(int(width - w + 0.5), 1)


ADDR_HQ = "〒231-0023 横浜市中区山下町21-5 日の出ビル6F"


def sig(name: str, dept: str, mail: str, tel: str = "045-664-3210", style: int = 0) -> str:
    if style == 0:
        return (f"\n--\n日の出産業株式会社 {dept}\n{name}\n{ADDR_HQ}\nTEL {tel} / FAX 045-664-3211\n"
                f"{mail}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━\n{dept}\n{name}\n日の出産業株式会社\n"
                f"TEL：{tel}\nMail：{mail}\n━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n{name}（{dept}）\n日の出産業（株） {tel}\n"
    return (f"\n*******************************\n {name}\n {dept}\n 日の出産業株式会社\n"
            f" {ADDR_HQ}\n Tel {tel}\n*******************************\n")


DISCLAIMER_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. "
                 "If you are not the intended recipient, please notify the sender and delete "
                 "this e-mail.\n")

CLINICS = [
    ("ひので整骨院 大倉山院", "〒222-0037 横浜市港北区大倉山3-1-12 大倉山テラス1F", "045-541-0721"),
    ("ひので整骨院 武蔵小杉院", "〒211-0063 川崎市中原区小杉町2-228 小杉駅前ビル2F", "044-733-5180"),
    ("ひので鍼灸整骨院 三軒茶屋院", "〒154-0024 世田谷区三軒茶屋1-33-6 茶屋ビル3F", "03-5430-2261"),
    ("ひので整骨院 蒲田院", "〒144-0052 大田区蒲田5-12-9 蒲田中央ビル1F", "03-5710-4436"),
    ("ひので整骨院 町田院", "〒194-0013 町田市原町田6-8-1 町田ターミナルプラザ4F", "042-710-3392"),
    ("ひので鍼灸院 藤沢院", "〒251-0055 藤沢市南藤沢21-7 藤沢南口ビル5F", "0466-29-7015"),
]

MESSAGES: list[dict] = []


def add(n: int, expect: str, entities: list[str], detectors: list[str], note: str,
        **kw) -> None:
    MESSAGES.append({"id": f"seikotsu-{n:03d}", "expect": expect, "entities": entities,
                     "detectors": detectors, "note": note, **kw})


# staff who send
YAMAUCHI = "山内 沙織 <yamauchi@hinode-sangyo.co.jp>"
KUBOTA = "久保田 亮 <kubota.ryo@hinode-sangyo.co.jp>"
CHIBA = "千葉 麻衣 <chiba.mai@hinode-sangyo.co.jp>"
HIGASHI = "東 健吾 <higashi@hinode-sangyo.co.jp>"
HATANO = "波多野 奈央 <hatano.nao@hinode-sangyo.co.jp>"
ISHIGURO = "石黒 崇 <ishiguro@hinode-sangyo.co.jp>"
MIYASAKA = "宮坂 友里 <miyasaka@hinode-sangyo.co.jp>"
OBA = "大庭 直人 <oba.naoto@hinode-sangyo.co.jp>"
OGATA = "緒方 千夏 <ogata.chinatsu@hinode-sangyo.co.jp>"
KUWABARA = "桑原 徹 <kuwabara@hinode-sangyo.co.jp>"
MIKAMI = "三上 遥 <mikami.haruka@hinode-sangyo.co.jp>"
HIROSE = "Jun Hirose <j.hirose@hinode-sangyo.co.jp>"


# ---------------------------------------------------------------------------------------
# 001 DM address list (CSV) to the printer
_p = people(32, 5)
_rows = [["顧客No", "郵便番号", "住所", "氏名", "敬称", "担当院"]]
for i, p in enumerate(_p):
    z, a = address()
    _rows.append([f"OK{24000 + i * 7}", z, a, p.name, "様", rng.choice(["大倉山", "武蔵小杉"])])
add(1, "stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "32 past patients' names and home addresses (CSV) to an external printer",
    charset="iso-2022-jp", sender=CHIBA,
    to=["錦印刷 小野寺様 <onodera@nishiki-insatsu.co.jp>"],
    subject="【入稿】秋の再来院ご案内DM 宛名データ（大倉山院・武蔵小杉院）",
    body=("錦印刷株式会社\n営業部 小野寺様\n\nいつもお世話になっております。日の出産業の千葉です。\n\n"
          "先日お見積りいただいた再来院ご案内はがき（両面カラー）の宛名データをお送りします。\n"
          "・件数：32件（大倉山院・武蔵小杉院の合算）\n・データ形式：CSV（Shift_JIS）\n"
          "・差出日：9月10日（水）希望\n\n"
          "宛名面のレイアウトは前回（春のキャンペーン）と同じでお願いいたします。\n"
          "校正は PDF でいただければ当日中に戻します。\n\nよろしくお願いいたします。\n"
          + sig("千葉 麻衣", "ヘルスケア事業部 販促グループ", "chiba.mai@hinode-sangyo.co.jp", style=1)),
    attachments=[{"kind": "csv", "name": "DM宛名_大倉山_武蔵小杉.csv", "rows": _rows}])

# 002 equipment order (pass)
add(2, "pass", [], [],
    "consumables order to a supplier: product codes, order number, clinic delivery addresses",
    charset="cp932", sender=ISHIGURO,
    to=["伊藤医療器 村瀬様 <murase@ito-iryoki.co.jp>"],
    subject="注文書送付の件（発注No. HN-PO-24-0917）",
    body=("伊藤医療器株式会社\n村瀬様\n\nお世話になっております。日の出産業 購買の石黒です。\n"
          "下記の通り発注いたします。注文書（押印済）は本日郵送します。\n\n"
          "発注No.  HN-PO-24-0917\n"
          "品番        品名                              数量   単価\n"
          "----------  --------------------------------  -----  -------\n"
          "EL-3200P    低周波治療器用 導子パッド（大）       40   1,280\n"
          "SS-0330     ディスポ鍼 0.16×40mm 240本入        60   2,150\n"
          "HB-77       ホットパック（頸肩用）               10   3,400\n"
          "KT-5050     キネシオテープ 50mm×5m              120     890\n"
          "BD-1200     施術ベッド用ペーパーシーツ             25   4,600\n\n"
          "納品先（院ごとに分納でお願いします）\n"
          f"・{CLINICS[0][0]}　{CLINICS[0][1]}　TEL {CLINICS[0][2]}\n"
          f"・{CLINICS[2][0]}　{CLINICS[2][1]}　TEL {CLINICS[2][2]}\n"
          f"・{CLINICS[5][0]}　{CLINICS[5][1]}　TEL {CLINICS[5][2]}\n\n"
          "納期は9/26（金）までにお願いできれば幸いです。\n"
          + sig("石黒 崇", "管理本部 購買課", "ishiguro@hinode-sangyo.co.jp", "045-664-3215")))

# 003 施術証明書 for one accident patient to the insurer
_p = Person()
_inj = "頸椎捻挫、腰椎捻挫"
add(3, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one accident patient's diagnosis, DOB and treatment course to an external insurer",
    charset="iso-2022-jp", sender=YAMAUCHI,
    to=["常盤損害保険 今村様 <imamura.k@tokiwa-sonpo.co.jp>"],
    subject="施術証明書・施術費明細書（8月分）送付／事故受付番号 24-K-118830",
    body=("常盤損害保険株式会社\n損害サービス第二課 今村様\n\n"
          "いつも大変お世話になっております。ひので整骨院（日の出産業）保険請求課の山内でございます。\n\n"
          "標記の件、8月分の施術証明書および施術費明細書をPDFにてお送りいたします。\n\n"
          f"　患者様：{_p.name} 様（{wareki(_p.dob)}生）\n"
          "　受傷日：2024年7月29日（追突事故）\n"
          f"　負傷名：{_inj}\n"
          "　施術期間：8月1日～8月31日　通院実日数 14日\n"
          "　所見：頸部の回旋時痛および可動域制限が残存しており、引き続き週3回程度の施術を予定しております。\n\n"
          "原本は本日付で郵送いたしました。ご確認のほどよろしくお願いいたします。\n"
          + sig("山内 沙織", "ヘルスケア事業部 保険請求課", "yamauchi@hinode-sangyo.co.jp")),
    attachments=[{"kind": "pdf", "name": "施術証明書_2024年8月分.pdf", "title": "施術証明書",
                  "lines": ["施術証明書（自賠責保険・任意保険用）", "",
                            f"氏名 {_p.name}（{_p.kata}）  生年月日 {wareki(_p.dob)}",
                            f"負傷名 {_inj}", "受傷日 令和6年7月29日  初検日 令和6年7月30日",
                            "施術機関 ひので整骨院 武蔵小杉院  柔道整復師 久保田 亮"],
                  "table": [["日付", "施術内容", "金額"], ["8/1", "後療・温罨法・電療", "1,890"],
                            ["8/3", "後療・温罨法・電療", "1,890"], ["8/6", "後療・冷罨法", "1,650"],
                            ["8/8", "後療・温罨法・電療", "1,890"]]}])

# 004 internal shift table with mobiles (pass, internal)
_p = people(10, 4, staff=True)
_lines = ["氏名             資格        携帯            9/1  9/2  9/3  9/4  9/5",
          "---------------  ----------  --------------  ---  ---  ---  ---  ---"]
for p in _p:
    lic = rng.choice(["柔整", "鍼灸", "柔整・鍼灸", "受付"])
    days = "  ".join(rng.choice(["早 ", "遅 ", "休 ", "通 "]) for _ in range(5))
    _lines.append(f"{pad(p.name, 17)}{pad(lic, 12)}{pad(mobile(), 16)}{days}")
add(4, "pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "staff shift table with mobiles, recipients all internal",
    charset="utf-8", sender=KUBOTA,
    to=["musashikosugi-staff@hinode-sangyo.co.jp"], cc=["ookurayama-staff@hinode-sangyo.co.jp"],
    subject="9月第1週 シフト（武蔵小杉・大倉山 応援分含む）",
    body=("各位\n\nお疲れさまです、久保田です。\n9月第1週のシフトを確定しました。応援メンバーも載せています。\n"
          "急な欠勤は必ず携帯に電話で連絡してください（LINEのみは不可）。\n\n" + "\n".join(_lines)
          + "\n\n早＝8:30-17:30 / 遅＝11:30-20:30 / 通＝9:00-20:00（休憩2h）\n\n久保田\n"))

# 005 療養費 claim workbook to a 健保組合
_p = people(8, 3)
_rows = [["令和6年8月施術分 療養費支給申請一覧（ひので整骨院 蒲田院）"],
         ["No", "被保険者記号", "番号", "受療者氏名", "生年月日", "負傷名", "負傷日", "実日数", "請求額"]]
for i, p in enumerate(_p, 1):
    h, k, b = health_ins()
    _rows.append([i, k, b, p.name, wareki(p.dob, "short"), injury(),
                  f"R6.{rng.randint(6, 8)}.{rng.randint(1, 28)}", rng.randint(3, 12),
                  rng.randint(4, 18) * 1000 + rng.randint(0, 9) * 110])
add(5, "stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    ["personal_data"],
    "療養費 list: 8 patients' insurance card numbers, DOB and injuries to an external 健保組合",
    charset="cp932", sender=YAMAUCHI,
    to=["川崎電機健康保険組合 給付課 <kyufu@kawasaki-denki-kenpo.or.jp>"],
    subject="令和6年8月施術分 療養費支給申請書 データ送付",
    body=("川崎電機健康保険組合\n給付課 ご担当者様\n\n"
          "平素より大変お世話になっております。\n日の出産業株式会社 保険請求課の山内です。\n\n"
          "令和6年8月施術分の療養費支給申請について、申請書原本とあわせて一覧データを送付いたします。\n"
          "件数は8件、請求額合計は添付ファイル「集計」シートをご確認ください。\n\n"
          "ご不明点がございましたら下記までご連絡ください。\n"
          + sig("山内 沙織", "ヘルスケア事業部 保険請求課", "yamauchi@hinode-sangyo.co.jp", style=3)),
    attachments=[{"kind": "xlsx", "name": "療養費申請一覧_R6-08_蒲田院.xlsx",
                  "sheets": {"申請一覧": _rows,
                             "集計": [["院", "件数", "請求額合計"], ["蒲田院", 8,
                                      sum(r[8] for r in _rows[2:])]]}}])

# 006 reply to insurer, patient data only in the quoted part (pass)
_p = Person(rare=True)
add(6, "pass", [], [],
    "reply to an insurer; the patient's details are only in the quoted inquiry",
    charset="iso-2022-jp", sender=KUBOTA,
    to=["星空海上火災 損害調査部 森様 <mori.h@hoshizora-kaijo.co.jp>"],
    subject="Re: 施術状況のご照会（受付番号 HK-5521907）",
    body=("森様\n\nご照会ありがとうございます。ひので整骨院 大倉山院の久保田です。\n"
          "照会書は院長記入のうえ、今週金曜日までに郵送いたします。\n"
          "電話でのご確認をご希望の場合は、午前中（9時～12時）であれば対応可能です。\n\n"
          "よろしくお願いいたします。\n\n久保田 亮\nひので整骨院 大倉山院　院長\nTEL 045-541-0721\n\n"
          "> ひので整骨院 大倉山院\n> 久保田院長 様\n>\n"
          "> 星空海上火災の森でございます。\n"
          f"> 下記患者様の施術状況について、照会書を同封いたしますのでご回答をお願いいたします。\n>\n"
          f">   患者氏名：{_p.name} 様（{wareki(_p.dob)}生）\n"
          f">   傷病名：{injury()}（令和6年6月12日 自転車との接触事故）\n"
          ">   照会事項：今後の施術見込み期間、症状固定の見通し\n>\n"
          "> 9月20日までにご返送いただけますと幸いです。\n"))

# 007 staff My Numbers to the labour consultant, tab-separated
_p = people(6, 3, staff=True)
_tsv = "氏名\tフリガナ\t生年月日\t個人番号\t入社日\t配属\n" + "\n".join(
    f"{p.name}\t{p.kata}\t{seireki(p.dob)}\t{MYN()}\t2024/10/01\t{rng.choice(['蒲田院', '町田院', '藤沢院', '三軒茶屋院'])}"
    for p in _p)
add(7, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], ["personal_data"],
    "six new hires' My Numbers and DOB pasted tab-separated to an external 社労士",
    charset="utf-8", sender=HIGASHI,
    to=["松原社会保険労務士事務所 松原先生 <matsubara@sr-matsubara.jp>"],
    subject="10/1入社者 資格取得届の件",
    body=("松原先生\n\nいつもお世話になっております。日の出産業 総務人事の東です。\n"
          "10月1日付入社の施術スタッフ・受付6名分、社会保険の資格取得届の作成をお願いします。\n"
          "必要事項を下に貼りますのでご確認ください（Excelからコピーしています）。\n\n"
          + _tsv + "\n\n標準報酬月額の算定用に給与額は別途お送りします。\n"
          + sig("東 健吾", "管理本部 総務人事課", "higashi@hinode-sangyo.co.jp", "045-664-3212", 2)))

# 008 reminder with five patients visible in To
_p = people(5, 3)
_to = [f"{p.name} <{freemail(p, d)}>" for p, d in
       zip(_p, ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp"])]
add(8, "stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "five patients put in To: every patient sees the others' names and addresses",
    charset="iso-2022-jp", sender=MIKAMI, to=_to,
    subject="【ひので整骨院 蒲田院】明日のご予約について",
    body=("患者様各位\n\nいつもひので整骨院 蒲田院をご利用いただきありがとうございます。\n"
          "明日9月14日（土）は、院内設備点検のため受付開始を10時からとさせていただきます。\n"
          "9時台にご予約の皆様には、お手数ですが10時以降へのご変更をお願いしております。\n"
          "ご都合の良いお時間をこのメールへの返信またはお電話でお知らせください。\n\n"
          f"{CLINICS[3][0]}\n{CLINICS[3][1]}\nTEL {CLINICS[3][2]}\n受付 三上\n"))

# 009 seminar venue booking (pass)
add(9, "pass", [], [],
    "room booking at a partner hotel, head count only",
    charset="cp932", sender=HATANO,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="10/22 健康セミナー 会場予約の件（日の出産業）",
    body=("さくらホテル\n宴会予約ご担当者様\n\nお世話になっております。日の出産業の波多野です。\n"
          "先日お電話でお願いした会場の件、下記の内容で仮予約から本予約へ切り替えをお願いいたします。\n\n"
          "　日時：2025年10月22日（水）13:30～16:30（設営 13:00～）\n"
          "　会場：2F「桔梗」\n"
          "　人数：40名（スクール形式）\n"
          "　備品：プロジェクター、マイク2本、ヨガマット20枚（持込）\n"
          "　飲食：ペットボトルのお茶 45本\n\n"
          "セミナー名は「肩こり・腰痛予防 職場でできるセルフケア講座」です。\n"
          "請求書は弊社ヘルスケアプログラム推進室宛にお願いいたします。\n"
          + sig("波多野 奈央", "ヘルスケアプログラム推進室", "hatano.nao@hinode-sangyo.co.jp", "045-664-3230")))

# 010 look-alike of the partner 川崎電機 (l for i)
add(10, "stop", [], ["lookalike_domain"],
    "recipient domain kawasaki-denkl.co.jp imitates the partner kawasaki-denki.co.jp",
    charset="utf-8", sender=HATANO,
    to=["川崎電機 総務部 安藤様 <ando.m@kawasaki-denkl.co.jp>"],
    subject="からだケアプログラム 10月の出張施術日程",
    body=("川崎電機株式会社\n総務部 安藤様\n\nいつもお世話になっております。波多野です。\n"
          "10月の出張施術（本社 健康管理室）の日程をお知らせします。\n\n"
          "・10/7（火）13:00-17:00　柔道整復師2名\n・10/16（木）13:00-17:00　鍼灸師1名・柔道整復師1名\n"
          "・10/28（火）10:00-12:00　ストレッチ講習（会議室B）\n\n"
          "社内での予約受付は例月どおりイントラの予約フォームでお願いできますでしょうか。\n"
          "何卒よろしくお願いいたします。\n"
          + sig("波多野 奈央", "ヘルスケアプログラム推進室", "hatano.nao@hinode-sangyo.co.jp", "045-664-3230", 1)))

# 011 partner employees' fitness / interview results (list + health)
_p = people(12, 4, staff=True)
_rows = [["からだケアプログラム 上期 体力測定・問診結果（川崎電機 本社）"], [],
         ["社員番号", "氏名", "所属", "年齢", "腰痛", "肩こり", "既往歴・治療中", "血圧", "コメント"]]
_hist = ["なし", "高血圧（服薬中）", "腰椎椎間板ヘルニア（H28手術）", "なし", "糖尿病（通院中）",
         "なし", "頸椎症", "なし", "喘息", "なし", "痛風", "なし"]
for i, p in enumerate(_p):
    _rows.append([f"K{rng.randint(10000, 99999)}", p.name, rng.choice(["設計部", "生産技術部", "営業部", "品質保証部"]),
                  p.age % 40 + 24, rng.choice(["あり", "なし", "あり（慢性）"]), rng.choice(["強", "中", "弱"]),
                  _hist[i], f"{rng.randint(112, 168)}/{rng.randint(70, 102)}",
                  rng.choice(["要フォロー", "", "医療機関受診を推奨", ""])])
add(11, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "12 named employees' medical history and blood pressure to the partner's HR",
    charset="iso-2022-jp", sender=HATANO,
    to=["川崎電機 人事部 健康推進G 野々村様 <nonomura@kawasaki-denki.co.jp>"],
    subject="上期 体力測定・問診結果のご報告",
    body=("野々村様\n\nお世話になっております。日の出産業 ヘルスケアプログラム推進室の波多野です。\n"
          "7～8月に実施した体力測定・問診の結果をExcelにまとめましたのでお送りします。\n"
          "「要フォロー」の方には、次回の出張施術日にご案内をお願いできればと存じます。\n\n"
          "ご査収のほどよろしくお願いいたします。\n"
          + sig("波多野 奈央", "ヘルスケアプログラム推進室", "hatano.nao@hinode-sangyo.co.jp", "045-664-3230")),
    attachments=[{"kind": "xlsx", "name": "体力測定問診結果_2025上期_川崎電機.xlsx", "sheets": {"結果": _rows}}])

# 012 internal: returned 療養費 claims (pass, internal subdomain)
_p = people(15, 4)
_blk = []
for p in _p:
    h, k, b = health_ins()
    _blk.append(f"{pad(p.name, 14)}{pad(k + ' ' + b, 12)}{pad(injury(), 16)}"
                f"{rng.choice(['負傷原因記載不備', '長期理由未記載', '署名漏れ', '部位数誤り', '資格喪失後受療'])}")
add(12, "pass", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"], [],
    "returned claims list with insurance numbers and injuries, sent only inside the company",
    charset="cp932", sender=YAMAUCHI,
    to=["保険請求課 <hoken-seikyu@mail.hinode-sangyo.co.jp>"], cc=[KUBOTA, MIKAMI],
    subject="【返戻】7月施術分 返戻15件 再申請のお願い",
    body=("保険請求課・各院長\n\n7月施術分の返戻が15件ありました。理由別に確認し、9/20までに再申請お願いします。\n\n"
          "氏名          記号 番号   負傷名          返戻理由\n"
          "------------  ----------  --------------  --------------\n" + "\n".join(_blk)
          + "\n\n※「資格喪失後受療」は患者様へ新しい保険証（資格確認書）の提示を依頼してください。\n山内\n"))

# 013 PPAP zip to an insurer
add(13, "stop", [], ["unscannable_attachment"],
    "password-protected ZIP to an external insurer cannot be inspected",
    charset="utf-8", sender=YAMAUCHI,
    to=["第一未来損保 保険金サービス課 <claims-s3@daiichi-mirai-sonpo.co.jp>"],
    subject="【送付】施術証明書一式（証券番号 7734-002918 ご契約者様分）",
    body=("第一未来損害保険株式会社\n保険金サービス課 ご担当者様\n\n"
          "お世話になっております。日の出産業 保険請求課の山内です。\n"
          "ご依頼の施術証明書・施術明細・領収書控えを圧縮ファイルにてお送りします。\n"
          "解凍パスワードは別メールにてお送りいたします。\n\nよろしくお願いいたします。\n"
          + sig("山内 沙織", "ヘルスケア事業部 保険請求課", "yamauchi@hinode-sangyo.co.jp", style=2)),
    attachments=[{"kind": "zip", "name": "施術証明書一式_0912.zip", "password": "Hn7734#0912",
                  "files": [{"kind": "pdf", "name": "施術証明書.pdf", "lines": ["施術証明書", "氏名 ＊＊＊＊"]},
                            {"kind": "txt", "name": "領収書控え.txt", "text": "領収書控え 9月分 計 23,540円"}]}])

# 014 NDA draft with the system vendor (pass)
add(14, "pass", [], [],
    "mail about an NDA (秘密保持契約) draft with a partner vendor: no marking, no personal data",
    charset="iso-2022-jp", sender=OBA,
    to=["ツバサシステム 営業部 真鍋様 <manabe@tsubasa-system.jp>"],
    subject="予約システム改修に伴う秘密保持契約書（案）の件",
    body=("ツバサシステム株式会社\n真鍋様\n\nお世話になっております。日の出産業 情報システム課の大庭です。\n"
          "予約システム（Web予約・LINE連携）改修の件、着手前に秘密保持契約を締結したく、\n"
          "弊社ひな形をベースにした案を添付します。\n\n"
          "主な変更点は以下のとおりです。\n"
          "・第2条 秘密情報の範囲に「患者情報を含む個人情報」を明記\n"
          "・第7条 再委託時の事前承諾\n・第9条 契約終了時のデータ消去証明書の提出\n\n"
          "御社法務のご確認後、修正履歴付きでお戻しいただけますと幸いです。\n"
          + sig("大庭 直人", "管理本部 情報システム課", "oba.naoto@hinode-sangyo.co.jp", "045-664-3218")),
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_ツバサシステム.docx",
                  "paragraphs": ["秘密保持契約書（案）", "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社"
                                 "（以下「乙」という。）は、予約システム改修業務に関し、次のとおり契約を締結する。",
                                 "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                                 "第2条（秘密情報）本契約において秘密情報とは、開示当事者が書面により秘密である旨を明示した情報"
                                 "および患者情報を含む個人情報をいう。",
                                 "第7条（再委託）乙は、甲の事前の書面による承諾なく本業務を第三者に再委託してはならない。",
                                 "第9条（返還・消去）乙は、本契約終了時に秘密情報を返還または消去し、消去証明書を甲に提出する。"]}])

# 015 corrupt workbook to a 健保組合
add(15, "stop", [], ["unscannable_attachment"],
    "the attached workbook is damaged and cannot be read",
    charset="cp932", sender=YAMAUCHI,
    to=["関東機械健康保険組合 療養費担当 <ryouyouhi@kanto-kikai-kenpo.or.jp>"],
    subject="再送：9月施術分 療養費申請データ",
    body=("関東機械健康保険組合\n療養費ご担当者様\n\n先ほどお送りしたファイルが開けないとのご連絡をいただき、"
          "再送いたします。\nお手数をおかけし申し訳ございません。\n\n日の出産業株式会社 保険請求課 山内\n"),
    attachments=[{"kind": "corrupt", "name": "療養費申請_2025-09_町田院.xlsx"}])

# 016 社外秘 deck to an outside consultant
add(16, "stop", [], ["confidential_marking"],
    "deck stamped 社外秘 on every slide goes to an external consultant",
    charset="utf-8", sender=KUWABARA,
    to=["フォワードコンサルティング 岸本様 <kishimoto@forward-consulting.jp>"],
    subject="来期出店計画の資料",
    body=("岸本様\n\nお世話になっております。桑原です。\n来週の打合せの前に、来期の出店計画資料をお送りします。\n"
          "候補地の優先順位づけについてご意見をいただければ幸いです。\n\n桑原\n"),
    attachments=[{"kind": "pptx", "name": "2026年度_出店計画_v3.pptx", "title": "2026年度 出店計画",
                  "page_footer": "社外秘　日の出産業株式会社 ヘルスケア事業部",
                  "slides": [["2026年度 出店計画（社外秘）", "新規3院・移転1院", "投資額 合計 1.2億円"],
                             ["候補地", "・相模大野駅北口（賃料 38万円/月）", "・新百合ヶ丘（賃料 44万円/月）",
                              "・川口駅東口（賃料 35万円/月）"],
                             ["収支計画", "1院あたり月商 620万円で黒字化（開院後14か月）",
                              "自費メニュー比率 35%→45%"]]}])

# 017 appointment confirmation to one patient's free mail (pass)
_p = Person()
add(17, "pass", [], ["freemail_recipient"],
    "appointment confirmation to one patient on free mail, no health details",
    charset="iso-2022-jp", sender="ひので整骨院 町田院 <machida@hinode-sangyo.co.jp>",
    to=[f"{freemail(_p, 'gmail.com')}"],
    subject="ご予約確定のお知らせ（ひので整骨院 町田院）",
    body=(f"{_p.name} 様\n\nこの度はご予約ありがとうございます。以下の内容で承りました。\n\n"
          "■ご予約日時　2025年9月18日（木）19:00～\n■担当　　　　柴崎\n■所要時間　　約40分\n\n"
          "ご変更・キャンセルの場合は前日までにお電話ください。\n"
          "当日は動きやすい服装でお越しください。\n\n"
          f"{CLINICS[4][0]}\n{CLINICS[4][1]}\nTEL {CLINICS[4][2]}\n"
          "受付時間 平日 9:00-12:30 / 15:00-20:00、土 9:00-14:00（日祝休）\n"))

# 018 card number to the payment service
_p = Person()
_c = CARD()
add(18, "stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a patient's full credit card number and holder name to an external payment vendor",
    charset="utf-8", sender=MIKAMI,
    to=["ペイライン カスタマーサポート <support@payline-service.jp>"],
    subject="回数券購入時の決済エラーについて（加盟店ID HN-0381）",
    body=("ペイライン サポートご担当者様\n\n加盟店ID HN-0381（ひので整骨院 蒲田院）の三上と申します。\n"
          "昨日、回数券（10回券 48,000円）をご購入のお客様の決済が「取引不可」となりました。\n"
          "カード会社側では問題ないとのことで、原因をお調べいただけますでしょうか。\n\n"
          f"　カード番号：{_c[:4]} {_c[4:8]} {_c[8:12]} {_c[12:]}\n"
          f"　名義：{_p.romaji.upper()}（{_p.name} 様）\n"
          "　有効期限：08/28\n　エラー発生：2025/09/11 18:42 端末No.2\n\n"
          "お手数ですがよろしくお願いいたします。\n\n三上 遥\nひので整骨院 蒲田院 受付\n"
          f"TEL {CLINICS[3][2]}\n"))

# 019 invoice to a partner with the company's T-number and bank account (pass)
_t = corp_number("020001077" + "351")
add(19, "pass", ["JP_CORPORATE_NUMBER"], [],
    "invoice with the company's registration (T) number and company bank account",
    charset="cp932", sender=MIYASAKA,
    to=["青葉運輸 総務部 経理課 <keiri@aoba-unyu.co.jp>"],
    subject="【請求書送付】からだケアプログラム 8月分ご利用料",
    body=("青葉運輸株式会社\n総務部 経理課 御中\n\n平素は格別のお引き立てを賜り、厚く御礼申し上げます。\n"
          "8月分のご利用料につきまして、請求書をお送りいたします。\n\n"
          "　請求書番号：INV-2508-0412\n　ご請求金額：￥385,000（税込）\n"
          "　内訳：出張施術 6回、セルフケア講座 1回\n　お支払期限：2025年9月30日\n\n"
          "　振込先：みどり銀行 横浜中央支店 普通 1083422 ヒノデサンギヨウ（カ\n"
          f"　適格請求書発行事業者登録番号：T{_t}\n\n"
          "ご不明点は経理課 宮坂までお問い合わせください。\n"
          + sig("宮坂 友里", "管理本部 経理課", "miyasaka@hinode-sangyo.co.jp", "045-664-3214")))

# 020 forward of a patient's complaint to the law firm
_p = Person()
_ph = mobile()
add(20, "stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "forward of a patient's complaint with her phone and diagnosis (new text to the law firm)",
    charset="iso-2022-jp", sender=KUWABARA,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="FW: 施術後の痛みについて（ご相談）",
    body=("白川先生\n\nいつもお世話になっております。桑原です。\n"
          "三軒茶屋院の患者様から下記のクレームが届いております。今後の対応についてご相談させてください。\n"
          "院長の聴取記録は明日お送りします。\n\n桑原\n\n"
          "---------- 転送メッセージ ----------\n"
          f"From: {_p.name} <{freemail(_p)}>\n"
          "Date: 2025年9月8日 22:14\nSubject: 施術後の痛みについて\nTo: sangenjaya@hinode-sangyo.co.jp\n\n"
          "ひので鍼灸整骨院 三軒茶屋院 御中\n\n"
          f"{_p.name}と申します（電話 {_ph}）。\n"
          "8月30日に肩こりでマッサージと矯正を受けましたが、その翌日から右肩が上がらなくなりました。\n"
          "整形外科を受診したところ、右肩腱板損傷と診断され、全治2か月と言われています。\n"
          "仕事（保育士）も休んでおり、治療費と休業分について説明をお願いします。\n"))

# 021 meeting with insurer and law firm (pass, two organisations)
add(21, "pass", [], ["multiple_external_domains"],
    "three-way meeting mail with an insurer and a law firm; case referred to by number only",
    charset="utf-8", sender=KUWABARA,
    to=["常盤損害保険 今村様 <imamura.k@tokiwa-sonpo.co.jp>"],
    cc=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>", KUBOTA],
    subject="打合せ日程のご相談（事故受付番号 24-K-120417）",
    body=("今村様\n（cc：白川法律事務所 白川先生）\n\nお世話になっております。日の出産業の桑原です。\n"
          "標記案件につき、三者での打合せをお願いしたく、候補日をお送りします。\n\n"
          "　① 9月24日（水）14:00～15:00\n　② 9月25日（木）10:00～11:00\n　③ 9月29日（月）16:00～17:00\n\n"
          "場所は弊社本社6F会議室、またはオンライン（Teams）のいずれでも結構です。\n"
          "ご都合をお知らせいただけますと幸いです。\n"
          + sig("桑原 徹", "ヘルスケア事業部 事業部長", "kuwabara@hinode-sangyo.co.jp", "045-664-3201")
          + DISCLAIMER_JA))

# 022 English: Japanese expat patient's claim to an overseas travel insurer
_p = Person()
_pp = passport()
add(22, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"], ["personal_data"],
    "patient's passport number, DOB and diagnosis in English to an overseas insurer",
    charset="utf-8", sender=HIROSE,
    to=["GlobalCare Assist Claims <claims@globalcare-assist.com>"],
    subject=f"Treatment record for claim GCA-88-201573 ({_p.sei_r.upper()})",
    body=("Dear Claims Team,\n\nPlease find below the treatment summary requested for the above claim.\n"
          "The original receipts will follow by post.\n\n"
          f"Patient: {_p.romaji}\nDate of birth: {_p.dob[2]} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][_p.dob[1]-1]} {_p.dob[0]}\n"
          f"Passport No.: {_pp}\n"
          "Diagnosis: acute lumbar sprain with left sciatic pain (injured on 2 Sep 2025 while lifting luggage)\n"
          "Treatment: judo therapy and acupuncture, 6 sessions (3-12 Sep 2025), JPY 31,200 in total\n"
          "Clinic: Hinode Acupuncture & Judo Therapy Clinic, Sangenjaya (Tokyo)\n\n"
          "Please let us know if you need any further documents.\n\n"
          "Best regards,\nJun Hirose\nInternational Desk, Hinode Sangyo Co., Ltd.\n+81-45-664-3240\n"
          + DISCLAIMER_EN))

# 023 three seminar speakers' mobiles to the hotel (pass, warn)
_p = people(3, 3, staff=True)
add(23, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three staff contacts for the event day to a partner hotel (fewer than five people)",
    charset="iso-2022-jp", sender=HATANO,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="Re: 10/22 健康セミナー 当日の連絡先",
    body=("さくらホテル 宴会予約ご担当 様\n\nお世話になっております。波多野です。\n当日の弊社側連絡先は以下の3名です。\n\n"
          + "\n".join(f"・{p.name}　{mobile()}" for p in _p)
          + "\n\n搬入は12:45頃、通用口から台車2台で伺います。\nよろしくお願いいたします。\n\n波多野\n"
          "\n> 当日のご担当者様のご連絡先を3名様までお知らせください。\n> さくらホテル 宴会予約 佐野\n"))

# 024 在留カード numbers to an administrative scrivener
_foreign = [("NGUYEN THI HOA", "ベトナム"), ("RAI SABIN", "ネパール"), ("ZHANG YUTING", "中国")]
_body = ""
for nm, nat in _foreign:
    d = (rng.randint(2001, 2005), rng.randint(1, 12), rng.randint(1, 28))
    _body += (f"【{nm}】（{nat}）\n　生年月日：{seireki(d, 'kanji')}\n　在留カード番号：{zairyu()}\n"
              f"　在留資格：留学（資格外活動許可あり）\n　在留期限：2025年{rng.randint(11, 12)}月{rng.randint(1, 28)}日\n　勤務：受付アルバイト（週20時間）\n\n")
add(24, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], ["personal_data"],
    "residence card numbers of three part-timers to an outside 行政書士",
    charset="utf-8", sender=HIGASHI,
    to=["花田行政書士事務所 <info@gyosei-hanada.jp>"],
    subject="在留期間更新の件（留学生アルバイト3名）",
    body=("花田先生\n\nお世話になります。日の出産業 総務人事の東です。\n"
          "受付で勤務している留学生3名の在留期間更新について、書類作成のご支援をお願いしたく存じます。\n\n"
          + _body + "雇用契約書と出勤簿の写しは来週郵送します。\n"
          + sig("東 健吾", "管理本部 総務人事課", "higashi@hinode-sangyo.co.jp", "045-664-3212")))

# 025 branch list to the printer (pass: businesses)
_tbl = "\n".join(f"{pad(n, 30)}{pad(a, 58)}{t}" for n, a, t in CLINICS)
add(25, "pass", [], [],
    "list of the company's own clinics (addresses, switchboards) for a flyer",
    charset="cp932", sender=CHIBA,
    to=["錦印刷 小野寺様 <onodera@nishiki-insatsu.co.jp>"],
    subject="チラシ裏面の店舗一覧（差し替え）",
    body=("小野寺様\n\nお世話になっております。千葉です。\nチラシ裏面の店舗一覧を、下記の最新情報に差し替えてください。\n"
          "（蒲田院の電話番号が変わっています）\n\n"
          + pad("院名", 30) + pad("所在地", 58) + "電話\n" + "-" * 110 + "\n" + _tbl
          + "\n\n受付時間は全院共通「平日 9:00-20:00／土 9:00-14:00」で統一です。\n千葉\n"))


# 026 accident patient's driver's licence and injury to the insurer
_p = Person()
_z, _a = address()
_lic = license12()
add(26, "stop", ["PERSON_NAME", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"], ["personal_data"],
    "accident patient's licence number, home address and injury to an external insurer",
    charset="iso-2022-jp", sender=YAMAUCHI,
    to=["星空海上火災 損害調査部 森様 <mori.h@hoshizora-kaijo.co.jp>"],
    subject="新規受付のご連絡（9/10 交通事故 被害者様）",
    body=("星空海上火災保険株式会社\n損害調査部 森様\n\nお世話になっております。日の出産業 保険請求課の山内です。\n"
          "御社ご契約者様との事故で受傷された方が、本日より大倉山院に通院を開始されましたのでご連絡いたします。\n\n"
          f"■被害者様\n　氏名：{_p.name}（{_p.kata}）\n　住所：〒{_z} {_a}\n"
          f"　運転免許証番号：{_lic}\n"
          "■事故日時：2025年9月10日 8:15頃　港北区大倉山2丁目交差点（停車中に後方から追突）\n"
          "■初検時所見：頸椎捻挫、右肩関節捻挫。頭痛・吐き気の訴えあり、脳神経外科の受診を指示済み\n\n"
          "一括対応のご意向について、ご確認のうえご連絡いただけますと幸いです。\n"
          + sig("山内 沙織", "ヘルスケア事業部 保険請求課", "yamauchi@hinode-sangyo.co.jp")))

# 027 fragile delivery: 取扱注意 only as a shipping label (pass)
add(27, "pass", [], [],
    "取扱注意 is a shipping label on boxes, not a document marking; delivery logistics only",
    charset="cp932", sender=ISHIGURO,
    to=["伊藤医療器 配送センター 堀様 <hori@ito-iryoki.co.jp>"],
    subject="Re: 電動昇降ベッド 納品日のご確認",
    body=("堀様\n\nご連絡ありがとうございます。石黒です。\n"
          "藤沢院への電動昇降ベッド（HB-E700）2台、9月27日（土）14時以降の納品で問題ございません。\n"
          "エレベーターが小さいため、梱包は「取扱注意」の表示どおり縦積み不可でお願いいたします。\n"
          "旧ベッド2台の引取りも同日でお願いできますでしょうか。\n\n"
          f"納品先：{CLINICS[5][0]}（{CLINICS[5][1]}）\n当日立会い：院長 緒方（院代表 {CLINICS[5][2]}）\n\n"
          "石黒\n\n"
          "-----Original Message-----\nFrom: 堀 <hori@ito-iryoki.co.jp>\nSent: Thursday, September 11, 2025 4:02 PM\n"
          "Subject: 電動昇降ベッド 納品日のご確認\n\n石黒様\n\nご注文の電動昇降ベッド2台、9/27（土）午後の納品予定です。\n"
          "精密機器のため取扱注意の梱包でお届けします。\n"))

# 028 therapists' licence register to the regional bureau
_p = people(7, 3, staff=True)
_rows = [["氏名", "フリガナ", "生年月日", "資格", "免許登録番号", "登録年月日", "勤務院"]]
for p in _p:
    q = rng.choice(["柔道整復師", "柔道整復師", "はり師・きゅう師"])
    _rows.append([p.name, p.kata, wareki(p.dob), q, f"第{rng.randint(40000, 89999)}号",
                  wareki((rng.randint(2005, 2023), rng.randint(4, 6), rng.randint(1, 28))),
                  rng.choice([c[0] for c in CLINICS])])
add(28, "stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "seven therapists' names, DOB and licence numbers in a DOCX table to an outside office",
    charset="utf-8", sender=HIGASHI,
    to=["関東信越厚生局 神奈川事務所 指導課 <shidou-kanagawa@kouseikyoku-kanto.go.jp>"],
    subject="受領委任の取扱いに係る勤務する柔道整復師の届出（日の出産業）",
    body=("ご担当者様\n\n日の出産業株式会社 総務人事課の東でございます。\n"
          "10月1日付の人事異動に伴い、勤務する柔道整復師等の変更届を提出いたします。\n"
          "正本は本日簡易書留にて発送しております。先行して写しを添付いたします。\n\n"
          "何卒よろしくお願い申し上げます。\n"
          + sig("東 健吾", "管理本部 総務人事課", "higashi@hinode-sangyo.co.jp", "045-664-3212", 3)),
    attachments=[{"kind": "docx", "name": "勤務柔道整復師等変更届_写し.docx", "title": "変更届",
                  "paragraphs": ["勤務する柔道整復師等の変更届", "開設者 日の出産業株式会社 代表取締役 日野 晴彦",
                                 "変更年月日 令和7年10月1日"],
                  "tables": [_rows]}])

# 029 English PO to an overseas needle maker (pass)
add(29, "pass", [], [],
    "English purchase order to an overseas supplier, PO number and product codes only",
    charset="utf-8", sender=HIROSE,
    to=["Pacific AcuMed Sales <sales@pacific-acumed.com>"], cc=[ISHIGURO],
    subject="PO HN-INT-2025-044 / Disposable needles and moxa",
    body=("Dear Ms. Lin,\n\nThank you for your quotation Q-7781 dated 2 September.\n"
          "Please accept our purchase order as follows:\n\n"
          "  Item        Description                          Qty     Unit (USD)\n"
          "  ----------  -----------------------------------  ------  ----------\n"
          "  PA-J1640    Disposable needle J-type 0.16x40mm   300 bx  11.80\n"
          "  PA-J2050    Disposable needle J-type 0.20x50mm   150 bx  12.40\n"
          "  MX-S200     Smokeless moxa sticks (200 pcs)       80 bx   9.60\n\n"
          "Incoterms: CIF Yokohama. Payment: T/T 30 days after B/L.\n"
          "Please send the proforma invoice and the expected shipping date.\n\n"
          "Kind regards,\nJun Hirose\nInternational Procurement\nHinode Sangyo Co., Ltd.\n"
          "6F Hinode Bldg, 21-5 Yamashita-cho, Naka-ku, Yokohama 231-0023, Japan\n"
          + DISCLAIMER_EN))

# 030 shift plan with staff mobiles to a staffing agency
_p = people(8, 4, staff=True)
_lines = []
for p in _p:
    _lines.append(f"{p.name}（{p.kana}）\t{mobile()}\t{rng.choice(['柔整', '鍼灸', '受付'])}\t"
                  f"{rng.choice(['月水金', '火木土', '月火水', '水木金土'])}")
add(30, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "eight staff members' names and mobiles to an external staffing agency",
    charset="cp932", sender=KUBOTA,
    to=["ケアスタッフナビ 派遣営業 <haken@care-staff-navi.co.jp>"],
    subject="10月 応援スタッフ手配のお願い（武蔵小杉院）",
    body=("ケアスタッフナビ ご担当者様\n\nお世話になっております。ひので整骨院 武蔵小杉院の久保田です。\n"
          "10月は産休者が出るため、受付1名・柔整1名の派遣をお願いしたく存じます。\n"
          "既存スタッフとの引継ぎ連絡用に、当院スタッフの連絡先と勤務曜日を共有します。\n\n"
          "氏名\t携帯\t職種\t勤務曜日\n" + "\n".join(_lines)
          + "\n\n派遣スタッフの方の初日は10/1（水）9:00でお願いします。\n\n久保田 亮\n"
          f"ひので整骨院 武蔵小杉院 院長\nTEL {CLINICS[1][2]}\n"))

# 031 reply to one patient (yahoo) quoting her mail (pass)
_p = Person()
_ph = mobile()
add(31, "pass", [], ["freemail_recipient"],
    "reply to one patient on free mail; her phone is only in the quoted text",
    charset="iso-2022-jp", sender="ひので鍼灸院 藤沢院 <fujisawa@hinode-sangyo.co.jp>",
    to=[f"{_p.name} <{freemail(_p, 'yahoo.co.jp')}>"],
    subject="Re: 予約変更のお願い",
    body=(f"{_p.sei} 様\n\nご連絡ありがとうございます。ひので鍼灸院 藤沢院です。\n"
          "9月20日（土）10:30のご予約を、9月23日（火・祝）…は休診日のため、\n"
          "9月24日（水）18:00に変更させていただきました。\n"
          "ご都合が悪い場合はお気軽にお知らせください。\n\nひので鍼灸院 藤沢院　緒方\n"
          f"TEL {CLINICS[5][2]}\n\n"
          f"{_p.name} <...@yahoo.co.jp> wrote:\n"
          f"> いつもお世話になっております。{_p.name}です。\n"
          "> 20日の予約ですが、仕事の都合で行けなくなりました。\n"
          "> 翌週の平日夕方で空いている枠はありますか？\n"
          f"> 連絡は {_ph} でも大丈夫です。\n"))

# 032 HTML-only participant table (partner employees) to the partner
_p = people(9, 3, staff=True)
_trs = "".join(
    f"<tr><td>A{rng.randint(100000, 999999)}</td><td>{p.name}</td><td>{rng.choice(['本社 運行管理課', '横浜営業所', '厚木センター', '本社 経理課'])}</td>"
    f"<td>{p.mei_r.lower()}.{p.sei_r.lower()}@aoba-unyu.co.jp</td><td>{rng.choice(['10/7 14:00', '10/7 15:00', '10/9 10:00', '10/9 11:00'])}</td></tr>"
    for p in _p)
add(32, "stop", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
    "HTML table of nine employees with staff numbers and mail addresses to an external company",
    charset="utf-8", sender=HATANO,
    to=["青葉運輸 人事部 福利厚生担当 <fukuri@aoba-unyu.co.jp>"],
    subject="10月 出張施術 予約者一覧",
    html=("<html><body><p>青葉運輸株式会社<br>人事部 福利厚生ご担当者様</p>"
          "<p>いつもお世話になっております。日の出産業の波多野です。<br>"
          "10月の出張施術の予約者一覧です。前日にリマインドのメール配信をお願いいたします。</p>"
          "<table border='1' cellpadding='4'><tr><th>社員番号</th><th>氏名</th><th>所属</th><th>メール</th><th>予約枠</th></tr>"
          + _trs + "</table><p>波多野 奈央<br>日の出産業株式会社 ヘルスケアプログラム推進室<br>045-664-3230</p></body></html>"))

# 033 price list to the ad agency (pass)
add(33, "pass", [], [],
    "self-pay menu price list to an ad agency for the website",
    charset="utf-8", sender=CHIBA,
    to=["絆エージェンシー 制作部 三好様 <miyoshi@kizuna-ad.co.jp>"],
    subject="Webサイト 料金ページ用データ",
    body=("三好様\n\nお世話になっております。千葉です。\n料金ページの掲載データをExcelでお送りします。\n"
          "税込表記でお願いします。回数券は「お得」バッジをつけてください。\n\n千葉\n"),
    attachments=[{"kind": "xlsx", "name": "自費メニュー料金表_2025秋.xlsx",
                  "sheets": {"整骨": [["自費メニュー 料金表（2025年10月改定）"], ["コード", "メニュー", "時間", "料金（税込）"],
                                     ["J-01", "骨盤矯正", "30分", 4400], ["J-02", "猫背矯正", "30分", 4400],
                                     ["J-05", "ハイボルト療法", "15分", 2200], ["J-10", "10回券（骨盤矯正）", "-", 39600]],
                             "鍼灸": [["コード", "メニュー", "時間", "料金（税込）"], ["S-01", "全身鍼灸", "60分", 6600],
                                     ["S-03", "美容鍼", "45分", 7700], ["S-07", "お灸（温灸）", "30分", 3300]]}}])

# 034 look-alike of the company's own domain
add(34, "stop", [], ["lookalike_domain"],
    "hinode-sangyou.co.jp (an extra letter) imitates the internal domain",
    charset="cp932", sender=KUWABARA,
    to=["院長各位 <incho-all@hinode-sangyou.co.jp>"],
    subject="9月度 院長会議の資料について",
    body=("院長各位\n\n9月度の院長会議（9/19 19:00～ 本社6F）の資料を共有フォルダに置きました。\n"
          "・各院 8月実績（新患数・自費比率・回数券販売数）\n・冬季キャンペーン案\n・交通事故患者の受入フロー見直し\n\n"
          "事前に目を通したうえで参加してください。\n\n桑原\n"))

# 035 reply that adds the patient's diagnosis in new text
_p = Person(rare=True)
add(35, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "the new reply text states a named patient's DOB and injuries to an insurer",
    charset="utf-8", sender=KUBOTA,
    to=["第一未来損保 保険金サービス課 岩佐様 <iwasa@daiichi-mirai-sonpo.co.jp>"],
    subject="RE: 施術経過のご確認",
    body=("岩佐様\n\nお世話になっております。武蔵小杉院の久保田です。\nご照会の件、回答いたします。\n\n"
          f"{_p.name}様（{wareki(_p.dob, 'short')}生）は、右膝関節捻挫・左足関節捻挫にて7/18より通院中です。\n"
          "右膝は屈曲時痛が軽減してきましたが、階段昇降時の痛みが残っています。\n"
          "左足関節は概ね治癒しており、9月末で中止予定です。右膝はあと1か月程度の施術を見込んでいます。\n\n"
          "久保田\n\n"
          "From: 岩佐 <iwasa@daiichi-mirai-sonpo.co.jp>\nSent: 2025/09/09 11:20\n"
          "To: 久保田 亮\nSubject: 施術経過のご確認\n\n"
          "久保田様\n\n標記の患者様について、現在の症状と今後の施術見込みをご教示ください。\n岩佐\n"))

# 036 order acknowledgement with a long numeric order id (pass)
add(36, "pass", [], [],
    "order and shipping numbers only; the 12-digit order number is not a My Number",
    charset="iso-2022-jp", sender=ISHIGURO,
    to=["めぶきメディカル 受注センター <juchu@mebuki-medical.co.jp>"],
    subject="注文番号 202509150031 の納期について",
    body=("めぶきメディカル株式会社\n受注センター 御中\n\nいつもお世話になっております。日の出産業 購買の石黒です。\n"
          "Webで発注した下記注文の納期を教えてください。\n\n"
          "　注文番号：202509150031\n　商品：超音波治療器 US-880（型番 4987123456786）× 1台\n"
          "　納品先：ひので整骨院 蒲田院\n\n"
          "先週の注文（注文番号 202509080017）は送り状番号 4410-2287-9916 で受領済みです。\n"
          "よろしくお願いいたします。\n"
          + sig("石黒 崇", "管理本部 購買課", "ishiguro@hinode-sangyo.co.jp", "045-664-3215", 2)))

# 037 極秘 document to the law firm
add(37, "stop", [], ["confidential_marking"],
    "a DOCX headed 極秘 (business transfer) goes to the external law firm",
    charset="iso-2022-jp", sender=KUWABARA,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="事業譲受の基本合意書（ドラフト）",
    body=("白川先生\n\nいつもお世話になっております。\n町田の個人整骨院2院の事業譲受について、基本合意書のドラフトをお送りします。\n"
          "譲受対価と従業員の承継条件について、リーガル面でのご確認をお願いいたします。\n\n桑原\n"),
    attachments=[{"kind": "docx", "name": "基本合意書_ドラフトv2.docx", "page_header": "極秘",
                  "paragraphs": ["極秘", "基本合意書（案）", "日の出産業株式会社（以下「甲」）と有限会社ほぐし堂（以下「乙」）は、"
                                 "乙が運営する整骨院2院の事業を甲が譲り受けることについて、以下のとおり基本合意する。",
                                 "第3条（譲受対価）金4,800万円を上限とし、デューデリジェンスの結果を踏まえて協議する。",
                                 "第5条（従業員）乙の従業員は、本人の同意を得て甲が雇用を承継する。"]}])

# 038 three insurers visible in To
add(38, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three insurance companies in To can see each other (should be Bcc)",
    charset="cp932", sender=YAMAUCHI,
    to=["常盤損害保険 損害サービス第二課 <songai2@tokiwa-sonpo.co.jp>",
        "星空海上火災 損害調査部 <chousa@hoshizora-kaijo.co.jp>",
        "第一未来損保 保険金サービス課 <claims-s3@daiichi-mirai-sonpo.co.jp>"],
    subject="年末年始の休診および書類発送についてのお知らせ",
    body=("損害保険会社 ご担当者様\n\n平素より大変お世話になっております。\n"
          "ひので整骨院・ひので鍼灸院（日の出産業株式会社）保険請求課でございます。\n\n"
          "年末年始の休診期間は 12月29日（月）～1月4日（日）となります。\n"
          "12月分の施術証明書・明細書は1月9日（金）に一括発送予定です。\n"
          "期間中のお問い合わせは1月5日以降に順次回答いたします。\n\n"
          "何卒よろしくお願い申し上げます。\n"
          + sig("山内 沙織", "ヘルスケア事業部 保険請求課", "yamauchi@hinode-sangyo.co.jp")))

# 039 internal forward of an insurer's mail as .eml (pass, internal)
_p = Person()
_inner = {"charset": "iso-2022-jp", "sender": "今村 <imamura.k@tokiwa-sonpo.co.jp>",
          "to": ["yamauchi@hinode-sangyo.co.jp"], "subject": "施術打切りのご相談",
          "body": (f"山内様\n\n{_p.name}様（{wareki(_p.dob)}生、頸椎捻挫）の件、受傷から6か月が経過しますので、\n"
                   "9月末での施術打切りをご検討いただけないでしょうか。\n常盤損害保険 今村\n")}
add(39, "pass", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], [],
    "insurer's mail about a patient's injury forwarded to internal colleagues only",
    charset="iso-2022-jp", sender=YAMAUCHI, to=[KUBOTA], cc=[KUWABARA],
    subject="FW: 施術打切りのご相談",
    body=("久保田院長\ncc 桑原部長\n\n常盤損保の今村さんから打切りの打診が来ています（添付）。\n"
          "症状固定の判断について、院長のご意見を木曜までにください。患者様への説明は院長からお願いします。\n\n山内\n"),
    attachments=[{"kind": "eml", "name": "施術打切りのご相談.eml", "message": _inner}])

# 040 birthday DM list (two sheets) to the ad agency
_sheets = {}
for sheet in ("大倉山院", "町田院"):
    rows = [[f"バースデーDM 対象者（11月生まれ）{sheet}"], ["氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話"]]
    for p in people(rng.randint(7, 11), 4):
        p.dob = (p.dob[0], 11, p.dob[2])
        z, a = address()
        rows.append([p.name, p.kata, seireki(p.dob), z, a, rng.choice([mobile(), landline()])])
    _sheets[sheet] = rows
add(40, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "birthday-DM workbook of past patients (DOB, address, phone) to an external agency",
    charset="utf-8", sender=CHIBA,
    to=["絆エージェンシー 三好様 <miyoshi@kizuna-ad.co.jp>"],
    subject="11月バースデーDM 対象者データ",
    body=("三好様\n\nお世話になっております。千葉です。\n11月バースデーDMの対象者データです（院ごとにシートを分けています）。\n"
          "クーポンコードは院別に BD11-OK / BD11-MC でお願いします。\n\n千葉 麻衣\n"),
    attachments=[{"kind": "xlsx", "name": "バースデーDM_11月.xlsx", "sheets": _sheets}])

# 041 internal payroll ZIP with My Numbers (pass, internal)
_p = people(9, 4, staff=True)
_rows = [["社員番号", "氏名", "個人番号", "振込銀行", "支店", "口座番号"]]
for i, p in enumerate(_p):
    _rows.append([f"H{3100 + i}", p.name, MYN(), "みどり銀行", rng.choice(["横浜中央", "川崎", "町田", "藤沢"]), account()])
add(41, "pass", ["PERSON_NAME", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"], [],
    "payroll data with My Numbers and bank accounts, recipients internal only",
    charset="cp932", sender=HIGASHI, to=[MIYASAKA],
    subject="年末調整準備：新規入社者データ",
    body=("宮坂さん\n\n年末調整の準備用に、今期入社者9名のデータをまとめました。\n"
          "ZIPの中にCSVが入っています。給与システムへの取込みをお願いします。\n\n東\n"),
    attachments=[{"kind": "zip", "name": "入社者データ_2025.zip",
                  "files": [{"kind": "csv", "name": "入社者_個人番号_口座.csv", "rows": _rows}]}])

# 042 ZIP with 受領委任 claims CSV to the 国保連
_p = people(11, 4)
_rows = [["保険者番号", "記号", "番号", "氏名", "性別", "生年月日", "負傷名", "初検日", "請求額"]]
for p in _p:
    h, k, b = health_ins()
    _rows.append([h, k, b, p.name, p.sex_ja, wareki(p.dob, "short"), injury(),
                  f"2025/08/{rng.randint(1, 28):02d}", rng.randint(3, 15) * 1100])
add(42, "stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "ZIP (readable) of a claims CSV: 11 patients' insurance numbers and injuries to an outside body",
    charset="iso-2022-jp", sender=YAMAUCHI,
    to=["南関東国保連合会 療養費審査課 <shinsa@kokuhoren-minami.or.jp>"],
    subject="柔道整復療養費 8月施術分 明細データ（施術所番号 1437112）",
    body=("療養費審査課 御中\n\n日の出産業株式会社 保険請求課でございます。\n"
          "8月施術分の明細データを送付いたします（ZIP内CSV 1ファイル、11件）。\n"
          "申請書原本は9月10日着で郵送済みです。\n\n"
          + sig("山内 沙織", "ヘルスケア事業部 保険請求課", "yamauchi@hinode-sangyo.co.jp", style=1)),
    attachments=[{"kind": "zip", "name": "1437112_202508.zip",
                  "files": [{"kind": "csv", "name": "meisai_202508.csv", "rows": _rows}]}])

# 043 company account transfer at the bank (pass)
add(43, "pass", [], [],
    "corporate account direct-debit setup with a partner bank; company account only",
    charset="utf-8", sender=MIYASAKA,
    to=["みどり銀行 法人営業部 黒沢様 <kurosawa@midori-ginko.co.jp>"],
    subject="口座振替（集金代行）サービスのお申込みについて",
    body=("みどり銀行 法人営業部\n黒沢様\n\nいつも大変お世話になっております。日の出産業 経理課の宮坂です。\n"
          "からだケアプログラムの月会費について、口座振替サービスの利用を検討しております。\n\n"
          "　引落口座（弊社）：横浜中央支店 普通 1083422\n"
          "　想定件数：月 150件程度（来年4月開始予定）\n\n"
          "手数料体系と、申込書類の一覧をお送りいただけますでしょうか。\n"
          + sig("宮坂 友里", "管理本部 経理課", "miyasaka@hinode-sangyo.co.jp", "045-664-3214", 1)))

# 044 forwarded internal mail (.eml) with a staff member's My Number to the 社労士
_p = Person(rare=True)
_z, _a = address()
_inner = {"charset": "cp932", "sender": MIKAMI, "to": [HIGASHI], "subject": "扶養追加の件",
          "body": (f"東さん\n\n蒲田院の{_p.name}さんの扶養追加の件、本人から聞き取りました。\n\n"
                   f"被扶養者：{_p.name_nospace}（配偶者）\n生年月日：{wareki(_p.dob)}\n個人番号：{MYN()}\n"
                   f"住所：〒{_z} {_a}\n\nよろしくお願いします。\n三上\n")}
add(44, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "an attached (forwarded) mail carries a dependant's My Number to an external 社労士",
    charset="cp932", sender=HIGASHI,
    to=["松原社会保険労務士事務所 <info@sr-matsubara.jp>"],
    subject="FW: 扶養追加の件",
    body=("松原先生\n\n蒲田院スタッフの被扶養者異動届をお願いします。\n詳細は添付の社内メールをご覧ください。\n\n東\n"),
    attachments=[{"kind": "eml", "name": "扶養追加の件.eml", "message": _inner}])

# 045 aggregated programme figures to a partner (pass)
add(45, "pass", [], [],
    "department-level aggregates (no individuals) to a partner's HR",
    charset="iso-2022-jp", sender=HATANO,
    to=["青葉運輸 人事部 福利厚生担当 <fukuri@aoba-unyu.co.jp>"],
    subject="からだケアプログラム 上期実績（部署別集計）",
    body=("青葉運輸株式会社 人事部 ご担当者様\n\nお世話になっております。波多野です。\n上期の利用実績を部署別に集計しました。\n\n"
          "部署              登録者  利用者  延べ回数  腰痛改善率\n"
          "----------------  ------  ------  --------  ----------\n"
          "本社 運行管理課       42      25        61        68%\n"
          "横浜営業所            58      31        77        72%\n"
          "厚木センター          96      54       148        64%\n"
          "本社 管理部門         37      12        20        58%\n\n"
          "※改善率は利用前後のアンケート（VAS）で2段階以上改善した方の割合です。\n"
          "下期はドライバー職向けの腰痛予防講座を追加したいと考えております。\n\n波多野\n"))

# 046 one record per block: six patients referred to a home-visit massage partner
_p = people(6, 3)
_blocks = []
for p in _p:
    z, a = address()
    _blocks.append(f"■{p.name}（{p.kata}）様　{p.sex_ja}性\n　生年月日：{wareki(p.dob, 'short')}\n"
                   f"　住所：{a}\n　連絡先：{rng.choice([landline(), mobile()])}\n"
                   f"　主訴・状態：{rng.choice(['脳梗塞後遺症による右片麻痺、歩行困難', '変形性膝関節症、通院困難', '腰部脊柱管狭窄症、長時間の歩行不可', 'パーキンソン病、筋固縮', '大腿骨頸部骨折術後、屋内歩行のみ'])}\n")
add(46, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    ["personal_data"],
    "six patients' records (one block each) with conditions to an external home-visit provider",
    charset="utf-8", sender=OGATA,
    to=["ほほえみ訪問マッサージ 受付 <uketsuke@hohoemi-houmon.jp>"],
    subject="訪問施術へのご紹介（6名）",
    body=("ほほえみ訪問マッサージ ご担当者様\n\nいつもお世話になっております。ひので鍼灸院 藤沢院の緒方です。\n"
          "通院が難しくなってきた患者様を、ご本人・ご家族の了承のうえでご紹介いたします。\n\n"
          + "\n".join(_blocks) + "\n同意書の取得は各主治医にお願い済みです。\nよろしくお願いいたします。\n\n緒方 千夏\n"))

# 047 HTML newsletter proof to the printer (pass)
add(47, "pass", [], [],
    "HTML newsletter proof: campaign copy and clinic details only",
    charset="utf-8", sender=CHIBA,
    to=["錦印刷 デザイン室 <design@nishiki-insatsu.co.jp>"],
    subject="院内報「ひので通信」11月号 原稿",
    body=("デザイン室 ご担当者様\n\n11月号の原稿です。HTMLでお送りしますので、前号のレイアウトで組版をお願いします。\n千葉\n"),
    html=("<html><body><h2>ひので通信 11月号</h2><h3>冷えと腰痛の深い関係</h3>"
          "<p>朝晩の冷え込みが強くなると、腰まわりの筋肉がこわばり、ぎっくり腰が増える季節です。"
          "湯船につかる・腹巻をする・朝の軽いストレッチ、の3つを心がけましょう。</p>"
          "<h3>11月のキャンペーン</h3><ul><li>温灸セット 初回 2,200円（通常 3,300円）</li>"
          "<li>ご家族紹介で次回 500円引き</li></ul>"
          "<table border='1'><tr><th>院</th><th>電話</th></tr>"
          + "".join(f"<tr><td>{n}</td><td>{t}</td></tr>" for n, _a, t in CLINICS)
          + "</table></body></html>"))

# 048 full-width phone list to the taxi company (pick-up service)
_p = people(5, 3)
_lines = []
for p in _p:
    z, a = address(fullwidth=True, place=3)
    _lines.append(f"・{p.name}様　{a}　ＴＥＬ {fw(rng.choice([landline(), mobile()]))}　"
                  f"{fw(rng.choice(['9:30', '10:00', '14:30', '15:00']))}迎え")
add(48, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "five patients' home addresses and phones (full-width digits) to an external taxi company",
    charset="iso-2022-jp", sender=MIKAMI,
    to=["みなと交通 配車センター <haisha@minato-kotsu.co.jp>"],
    subject="９月送迎予約（ひので整骨院 蒲田院）",
    body=("みなと交通 配車センター様\n\nいつもお世話になっております。ひので整骨院 蒲田院の三上です。\n"
          "９月２２日（月）の送迎予約をお願いいたします。行き先はいずれも当院です。\n\n"
          + "\n".join(_lines) + "\n\n帰りは施術後に院からお電話いたします。\n三上\n"))

# 049 NDA review with the law firm (pass)
add(49, "pass", [], [],
    "asks the partner law firm to review an NDA; 機密 only mentioned, no marking or personal data",
    charset="cp932", sender=KUWABARA,
    to=["白川法律事務所 本田先生 <honda@shirakawa-law.jp>"],
    subject="機密保持契約書のレビュー依頼（北国フーズ様との健康経営支援）",
    body=("本田先生\n\nいつもお世話になっております。日の出産業の桑原です。\n"
          "北国フーズ様と健康経営支援の契約を結ぶにあたり、先方ひな形の機密保持契約書をいただきました。\n"
          "以下の点が気になっておりますので、ご確認をお願いできますでしょうか。\n\n"
          "1. 機密情報の定義が広く、当社の施術ノウハウまで先方に帰属するように読める\n"
          "2. 存続期間が契約終了後10年と長い\n"
          "3. 損害賠償の上限がない\n\n"
          "先方には来週中に回答したいと考えております。\n"
          + sig("桑原 徹", "ヘルスケア事業部 事業部長", "kuwabara@hinode-sangyo.co.jp", "045-664-3201")
          + DISCLAIMER_JA))

# 050 bullets: five employees' check-up findings to the occupational physician
_p = people(5, 2, staff=True)
_fnd = ["血圧 168/104、要精密検査（前年も要再検）", "HbA1c 7.4%、糖尿病治療中", "心電図 異常Q波 要精査",
        "うつ病で休職歴あり（R5）、現在通院中", "γ-GTP 212、肝機能障害 要治療"]
add(50, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "five named staff members' health-check findings to an external occupational physician",
    charset="utf-8", sender=HIGASHI,
    to=["中井産業医事務所 中井先生 <nakai@sangyoui-nakai.jp>"],
    subject="定期健診 有所見者の面談調整について",
    body=("中井先生\n\nいつもお世話になっております。日の出産業 総務人事の東です。\n"
          "今年度の定期健康診断で、就業判定が必要な者は以下の5名です。\n\n"
          + "\n".join(f"・{p.name}（{rng.choice(['蒲田院', '町田院', '本社', '大倉山院'])}・{p.age}歳）：{f}"
                      for p, f in zip(_p, _fnd))
          + "\n\n10月の訪問日に面談をお願いできますでしょうか。\n東\n"))


# 051 four therapists for the opening notice to the health centre (pass, warn)
_p = people(4, 3, staff=True)
_lines = "\n".join(f"{i}. {p.name}（{p.kana}） {wareki(p.dob, 'short')}生  "
                   f"{rng.choice(['柔道整復師', 'はり師・きゅう師'])} 第{rng.randint(40000, 89999)}号"
                   for i, p in enumerate(_p, 1))
add(51, "pass", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "four therapists' DOB and licence numbers for an opening notice (fewer than five people)",
    charset="iso-2022-jp", sender=HIGASHI,
    to=["相模原市保健所 生活衛生課 <seikatsu-eisei@city-sagamihara-hc.lg.jp>"],
    subject="施術所開設届の事前確認のお願い（ひので整骨院 相模大野院）",
    body=("生活衛生課 ご担当者様\n\nお世話になっております。日の出産業株式会社 総務人事課の東でございます。\n"
          "11月開設予定の「ひので整骨院 相模大野院」の開設届について、窓口提出の前に記載内容をご確認いただけますと幸いです。\n\n"
          "施術所名称：ひので整骨院 相模大野院\n所在地：相模原市南区相模大野3-8-1 大野センタービル2F\n"
          "開設予定日：令和7年11月4日\n\n施術者（4名）\n" + _lines
          + "\n\n平面図・構造設備の概要は添付の通りです。\n"
          + sig("東 健吾", "管理本部 総務人事課", "higashi@hinode-sangyo.co.jp", "045-664-3212")),
    attachments=[{"kind": "pdf", "name": "相模大野院_平面図.pdf",
                  "lines": ["ひので整骨院 相模大野院 平面図", "施術室 32.4㎡ / 待合室 14.2㎡ / 受付 4.8㎡",
                            "換気設備：第3種換気 / 採光：窓 2か所"]}])

# 052 PDF stamped Confidential to a supplier
add(52, "stop", [], ["confidential_marking"],
    "the PDF carries a Confidential header on every page and goes to an external supplier",
    charset="utf-8", sender=ISHIGURO,
    to=["めぶきメディカル 営業部 大河内様 <okochi@mebuki-medical.co.jp>"],
    subject="来期 一括購入条件のご提案について",
    body=("大河内様\n\nお世話になっております。石黒です。\n来期の機器一括購入について、弊社の希望条件をまとめました。\n"
          "ご検討のほどよろしくお願いいたします。\n\n石黒\n"),
    attachments=[{"kind": "pdf", "name": "来期購入条件_日の出産業.pdf", "page_header": "Confidential",
                  "title": "来期 一括購入条件",
                  "lines": ["来期 機器一括購入 希望条件", "対象：超音波治療器 US-880 ×8台、ハイボルト HV-20 ×6台",
                            "希望価格：定価の 62%（現行 71%）", "保守：5年間 無償延長", "支払：納品翌々月末"]}])

# 053 referral letter for one patient to an orthopaedic clinic
_p = Person()
add(53, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "referral letter with one patient's DOB and suspected fracture to an external clinic",
    charset="cp932", sender=KUBOTA,
    to=["小島整形外科 地域連携室 <renkei@kojima-seikei.jp>"],
    subject="患者様ご紹介（情報提供書）",
    body=("小島整形外科\n地域連携室 御中\n\nいつも患者様のご紹介・ご指導を賜りありがとうございます。\n"
          "ひので整骨院 武蔵小杉院の久保田でございます。\n\n下記患者様をご紹介いたします。ご高診のほどよろしくお願い申し上げます。\n\n"
          f"　氏名：{_p.name} 様（{_p.sex_ja}性）\n　生年月日：{wareki(_p.dob)}\n"
          "　主訴：右手関節痛（9/12 自宅で転倒し手をついて受傷）\n"
          "　所見：橈骨遠位端部に限局性圧痛・腫脹著明。骨折の疑いがあるため、シーネ固定のうえ貴院受診を指示しました。\n\n"
          "画像検査のうえ、当院での後療が可能かご教示いただけますと幸いです。\n\n"
          f"ひので整骨院 武蔵小杉院\n柔道整復師 久保田 亮\nTEL {CLINICS[1][2]}\n"))

# 054 tracking numbers for bed deliveries (pass)
add(54, "pass", [], [],
    "tracking numbers and clinic (business) addresses only",
    charset="iso-2022-jp", sender=ISHIGURO,
    to=["伊藤医療器 村瀬様 <murase@ito-iryoki.co.jp>"],
    subject="Re: 出荷のご案内（受注番号 IT-55203）",
    body=("村瀬様\n\n出荷のご連絡ありがとうございます。石黒です。\n各院で受け取り次第、検品結果をご報告します。\n\n"
          "　町田院　　 ヤマト 4410-2291-0072\n　三軒茶屋院 ヤマト 4410-2291-0083\n　藤沢院　　 佐川 5038-1147-2265\n\n"
          "石黒\n\n"
          "> 日の出産業株式会社 石黒様\n> 本日、ご注文の施術ベッド3台を出荷いたしました。\n> 伊藤医療器 村瀬\n"))

# 055 労災: one worker's injury report to the labour standards office
_p = Person()
_z, _a = address()
add(55, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a worker's injury, DOB and home address for a 労災 claim to an external office",
    charset="utf-8", sender=YAMAUCHI,
    to=["横浜南労働基準監督署 労災課 <rousai-minami@yokohama-roukisho.go.jp>"],
    subject="療養補償給付たる療養の費用請求書（様式第7号(3)）に関するお問い合わせ",
    body=("横浜南労働基準監督署\n労災課 ご担当者様\n\n日の出産業株式会社（ひので整骨院 大倉山院）保険請求課の山内と申します。\n"
          "下記の方の様式第7号(3)を提出予定ですが、事業主証明欄の記載について確認させてください。\n\n"
          f"　労働者氏名：{_p.name}\n　生年月日：{seireki(_p.dob, 'kanji')}\n　住所：〒{_z} {_a}\n"
          "　事業場：青葉運輸株式会社 厚木センター（倉庫内作業）\n"
          "　負傷年月日：令和7年8月27日\n　傷病名：腰椎捻挫、左前腕部挫傷（荷下ろし中にパレットと接触）\n\n"
          "事業主の証明が転勤のため遅れており、先に施術者証明のみで提出することは可能でしょうか。\n"
          + sig("山内 沙織", "ヘルスケア事業部 保険請求課", "yamauchi@hinode-sangyo.co.jp", style=3)))

# 056 bug report with a screenshot to the system vendor (pass)
add(56, "pass", [], [],
    "reservation-system bug report with a screenshot (image) and ticket number",
    charset="utf-8", sender=OBA,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="[TS-4471] Web予約で時間枠が二重に表示される",
    body=("ツバサシステム サポートご担当者様\n\n日の出産業 情報システム課の大庭です。\n"
          "9/15 メンテナンス以降、Web予約画面で同じ時間枠が2つ表示される事象が町田院・藤沢院で発生しています。\n"
          "スクリーンショットを添付します（患者情報は含まれていません）。\n\n"
          "・発生画面：予約カレンダー（週表示）\n・ブラウザ：Chrome 128 / Safari 17\n・再現率：ほぼ100%\n\n"
          "至急ご確認をお願いいたします。\n"
          + sig("大庭 直人", "管理本部 情報システム課", "oba.naoto@hinode-sangyo.co.jp", "045-664-3218", 2)),
    attachments=[{"kind": "png", "name": "予約カレンダー_二重表示.png"}])

# 057 six staff bank accounts to the partner bank
_p = people(6, 3, staff=True)
_lines = "\n".join(f"{p.kata},みどり銀行,{rng.choice(['横浜中央', '川崎', '町田', '藤沢', '蒲田'])}支店,普通,{account()}"
                   for p in _p)
add(57, "stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "six employees' names and personal bank accounts to the bank (a list of people)",
    charset="iso-2022-jp", sender=MIYASAKA,
    to=["みどり銀行 横浜中央支店 法人窓口 <yokohama-chuo@midori-ginko.co.jp>"],
    subject="給与振込 口座登録の追加（6名）",
    body=("みどり銀行 横浜中央支店\n法人窓口 ご担当者様\n\nいつもお世話になっております。日の出産業 経理課の宮坂です。\n"
          "10月給与より振込先を追加する従業員6名分です。総合振込の受取人マスタへの登録をお願いいたします。\n\n"
          "受取人名,銀行,支店,種目,口座番号\n" + _lines + "\n\n"
          + sig("宮坂 友里", "管理本部 経理課", "miyasaka@hinode-sangyo.co.jp", "045-664-3214")))

# 058 internal HTML list of lapsed patients (pass, internal)
_p = people(14, 4)
_trs = "".join(f"<tr><td>{p.name}</td><td>{p.age}</td><td>{mobile()}</td><td>{address()[1]}</td>"
               f"<td>{rng.choice(['2024/11', '2025/01', '2025/02', '2025/03'])}</td></tr>" for p in _p)
add(58, "pass", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], [],
    "lapsed-patient call list in an HTML table, internal recipients only",
    charset="utf-8", sender=CHIBA, to=["町田院 スタッフ <machida-staff@hinode-sangyo.co.jp>"],
    subject="休眠患者さま フォローコール対象（町田院）",
    html=("<html><body><p>町田院の皆さん</p><p>半年以上ご来院のない患者さまのリストです。"
          "手すきの時間にフォローコールをお願いします（1人1日5件まで）。</p>"
          "<table border='1'><tr><th>氏名</th><th>年齢</th><th>電話</th><th>住所</th><th>最終来院</th></tr>"
          + _trs + "</table><p>販促G 千葉</p></body></html>"))

# 059 look-alike of the partner bank (letter added)
add(59, "stop", [], ["lookalike_domain"],
    "midori-ginkou.co.jp (extra letter) imitates the partner bank midori-ginko.co.jp",
    charset="cp932", sender=MIYASAKA,
    to=["みどり銀行 黒沢様 <kurosawa@midori-ginkou.co.jp>"],
    subject="Re: 口座振替サービス 申込書類",
    body=("黒沢様\n\n書類一式お送りいただきありがとうございます。\n"
          "申込書・依頼書の記入例について、1点確認させてください。\n"
          "「委託者コード」欄は、御社で採番いただけるという理解でよろしいでしょうか。\n\n宮坂\n"))

# 060 job posting to a recruiting site (pass)
add(60, "pass", [], [],
    "job advert text for a recruiting site; no personal data",
    charset="iso-2022-jp", sender=HIGASHI,
    to=["柔整ジョブ 掲載担当 <keisai@jusei-job.jp>"],
    subject="求人原稿の修正（掲載ID JJ-20931）",
    body=("柔整ジョブ 掲載ご担当者様\n\n掲載中の求人原稿を以下の内容に差し替えてください。\n\n"
          "【職種】柔道整復師（正社員）\n【勤務地】ひので整骨院 武蔵小杉院／蒲田院\n"
          "【給与】月給 26万円～38万円（経験・能力による）＋歩合\n【休日】日祝＋週1日、年間休日 112日\n"
          "【福利厚生】社会保険完備、資格手当、技術研修（月2回）、鍼灸学校の学費補助\n\n"
          "写真は前回のものをそのままお使いください。\n\n日の出産業株式会社 総務人事課 東\n"))

# 061 look-alike of the system vendor (TLD swap)
add(61, "stop", [], ["lookalike_domain"],
    "tsubasa-system.co.jp is a TLD swap of the partner tsubasa-system.jp",
    charset="utf-8", sender=OBA,
    to=["ツバサシステム 真鍋様 <manabe@tsubasa-system.co.jp>"],
    subject="予約システム 改修スケジュールの件",
    body=("真鍋様\n\nお世話になっております。大庭です。\n改修スケジュールについて、下記の通り社内調整がつきました。\n\n"
          "・要件定義レビュー：10/6（月）\n・テスト環境リリース：11/10（月）\n・本番リリース：12/1（月）夜間\n\n"
          "本番切替時は全院の予約受付を 21:00～翌7:00 停止します。\nよろしくお願いいたします。\n\n大庭\n"))

# 062 confirmation to one partner employee (pass)
add(62, "pass", [], [],
    "booking confirmation to one partner-company employee about his own slot",
    charset="cp932", sender=HATANO,
    to=["柳田 浩二 <yanagida.koji@kawasaki-denki.co.jp>"],
    subject="出張施術のご予約確認（10/7 14:20）",
    body=("柳田様\n\nからだケアプログラムへのお申込みありがとうございます。\n"
          "10月7日（火）14:20～14:40、本社 健康管理室でのご予約を承りました。\n"
          "当日は上着を脱いだ状態で施術します。ご変更はイントラの予約フォームからお願いいたします。\n\n"
          "日の出産業 ヘルスケアプログラム推進室 波多野\n"))

# 063 homoglyph look-alike of the partner hotel (capital I for l)
add(63, "stop", [], ["lookalike_domain"],
    "sakura-hoteI.jp uses a capital I in place of l: look-alike of the partner sakura-hotel.jp",
    charset="iso-2022-jp", sender=HATANO,
    to=["さくらホテル 宴会予約 佐野様 <sano@sakura-hoteI.jp>"],
    subject="10/22 セミナー 進行表の送付",
    body=("佐野様\n\nお世話になっております。波多野です。\n当日の進行表を送付します。\n\n"
          "13:00 設営開始\n13:30 受付開始\n14:00 開会・講義（肩こり編）\n14:50 休憩\n15:00 実技（腰痛予防ストレッチ）\n"
          "16:10 質疑応答\n16:30 撤収\n\n休憩時にお茶の補充をお願いいたします。\n波多野\n"))

# 064 English reply to a foreign visitor on gmail (pass)
add(64, "pass", [], ["freemail_recipient"],
    "English appointment reply to one visitor's free-mail address; no health details",
    charset="utf-8", sender=HIROSE,
    to=["Emily Carter <emily.carter.travels@gmail.com>"],
    subject="Re: Booking request - Saturday morning",
    body=("Dear Ms. Carter,\n\nThank you for contacting Hinode Acupuncture & Judo Therapy Clinic.\n"
          "We have booked you for Saturday, 20 September at 10:00 at our Sangenjaya clinic.\n"
          "An English-speaking therapist will be available. The first visit takes about 60 minutes.\n\n"
          "Address: 3F Chaya Bldg, 1-33-6 Sangenjaya, Setagaya-ku, Tokyo (3 min from Sangenjaya Station)\n"
          "Phone: +81-3-5430-2261\n\nWe look forward to seeing you.\n\nBest regards,\nJun Hirose\n\n"
          "On Mon, 15 Sep 2025 at 21:03, Emily Carter wrote:\n"
          "> Hi, I'm visiting Tokyo for two weeks. Do you have a slot on Saturday morning?\n"))

# 065 stress-check high scorers to the partner's HR
_p = people(7, 3, staff=True)
_lines = "\n".join(f"{pad(p.name, 14)}{pad(rng.choice(['製造部', '物流部', '品質管理部', '営業部']), 12)}"
                   f"{rng.randint(78, 96):>4}   {rng.choice(['高ストレス', '高ストレス（面談希望）', '高ストレス・不眠の訴え'])}"
                   for p in _p)
add(65, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "named employees flagged high-stress (mental health) to the partner company's HR",
    charset="utf-8", sender=OGATA,
    to=["北国フーズ 人事総務部 <jinji@kitaguni-foods.co.jp>"],
    subject="ストレスチェック後のセルフケア面談 対象者",
    body=("北国フーズ株式会社\n人事総務部 ご担当者様\n\nお世話になっております。日の出産業 ヘルスケアプログラム推進室の緒方です。\n"
          "鍼灸セルフケア面談の対象者を、ストレスチェック結果から抽出しました。\n\n"
          "氏名          部署        点数   判定\n------------  ----------  -----  --------------------\n"
          + _lines + "\n\n面談枠の調整をお願いいたします。\n緒方\n"))

# 066 internal discussion of a staff 労災 case (pass, internal)
_p = Person()
add(66, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "a staff member's work injury and diagnosis discussed internally only",
    charset="iso-2022-jp", sender=HIGASHI, to=[KUWABARA, KUBOTA],
    subject="【労災】武蔵小杉院スタッフの受傷について",
    body=(f"桑原部長、久保田院長\n\n武蔵小杉院の{_p.name}さんが、9/11の施術中に患者様の移乗介助で腰を痛めました。\n"
          "本日、小島整形外科で「腰椎椎間板ヘルニア（L4/5）」と診断され、2週間の休業指示が出ています。\n"
          "労災（様式第5号・第8号）で手続きします。再発防止策を院長会議で共有させてください。\n\n東\n"))

# 067 survey results with respondents' mail addresses and symptoms to the agency
_rows = [["回答ID", "メールアドレス", "年代", "性別", "主な症状", "通院のきっかけ", "満足度"]]
for i in range(18):
    p = Person(rare=(i % 6 == 5))
    _rows.append([f"Q{2500 + i}", freemail(p), f"{(p.age // 10) * 10}代", p.sex_ja,
                  rng.choice(["慢性腰痛", "産後の骨盤の痛み", "むち打ち（交通事故）", "自律神経失調症", "坐骨神経痛", "更年期ののぼせ・不眠"]),
                  rng.choice(["Web検索", "紹介", "チラシ", "Instagram"]), rng.randint(2, 5)])
add(67, "stop", ["EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "18 survey rows pairing respondents' mail addresses with their symptoms, to an external agency",
    charset="cp932", sender=CHIBA,
    to=["絆エージェンシー リサーチ担当 <research@kizuna-ad.co.jp>"],
    subject="患者アンケート 回答データ（分析依頼）",
    body=("リサーチご担当者様\n\nお世話になっております。千葉です。\n8月実施の患者アンケートの回答データをお送りします。\n"
          "来院経路別の満足度分析と、症状別の訴求ポイント整理をお願いします。\n"
          "メールアドレスは重複回答チェック用に残しています。\n\n千葉\n"),
    attachments=[{"kind": "csv", "name": "患者アンケート_202508.csv", "encoding": "utf-8", "rows": _rows}])

# 068 maintenance visit with the supplier and its subcontractor (pass, two organisations)
add(68, "pass", [], ["multiple_external_domains"],
    "maintenance scheduling with a supplier and its service subcontractor",
    charset="utf-8", sender=ISHIGURO,
    to=["めぶきメディカル 大河内様 <okochi@mebuki-medical.co.jp>"],
    cc=["テクノサービス東日本 保守課 <hoshu@technoservice-e.co.jp>"],
    subject="超音波治療器 定期点検の日程",
    body=("大河内様\ncc：テクノサービス東日本 保守課 ご担当者様\n\nお世話になっております。石黒です。\n"
          "US-880 の年次点検について、各院の希望日をまとめました。\n\n"
          "院          台数  希望日           時間帯\n"
          "----------  ----  ---------------  ------------\n"
          "大倉山院       2  10/8（水）       12:30-15:00\n"
          "武蔵小杉院     3  10/8（水）       15:30-18:00\n"
          "蒲田院         2  10/15（水）      12:30-15:00\n"
          "町田院         1  10/16（木）      13:00-15:00\n\n"
          "点検中は該当機器を使用停止にします。\n石黒\n"))

# 069 list of accident cases to the law firm
_p = people(10, 4)
_rows = [["No", "患者氏名", "年齢", "事故日", "傷病名", "相手方保険会社", "通院日数", "争点"]]
for i, p in enumerate(_p, 1):
    _rows.append([i, p.name, p.age, f"R7.{rng.randint(1, 7)}.{rng.randint(1, 28)}", injury() + "・" + injury(),
                  rng.choice(["常盤損保", "星空海上", "第一未来損保", "共済"]), rng.randint(18, 96),
                  rng.choice(["施術の必要性", "打切り時期", "過失割合", "慰謝料算定", "なし（経過観察）"])])
add(69, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "ten accident patients' names and injuries in a PDF table to the external law firm",
    charset="iso-2022-jp", sender=KUWABARA,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>", "本田先生 <honda@shirakawa-law.jp>"],
    subject="交通事故案件 一覧（10月顧問ミーティング用）",
    body=("白川先生、本田先生\n\n10月の顧問ミーティング用に、係争・交渉中の交通事故案件一覧を作成しました。\n"
          "特に No.3 と No.8 は打切りを巡って保険会社と見解が分かれています。\n\n桑原\n"),
    attachments=[{"kind": "pdf", "name": "交通事故案件一覧_202510.pdf", "title": "交通事故案件一覧",
                  "lines": ["交通事故案件一覧（2025年10月時点）"], "table": _rows}])

# 070 meeting minutes with aggregated KPIs (pass)
add(70, "pass", [], [],
    "meeting minutes with programme KPIs, no individual data",
    charset="cp932", sender=HATANO,
    to=["川崎電機 人事部 健康推進G 野々村様 <nonomura@kawasaki-denki.co.jp>"], cc=[KUWABARA],
    subject="9/16 定例会 議事録",
    body=("野々村様\n\n本日はありがとうございました。議事録を共有いたします。\n\n"
          "【日時】2025/9/16 15:00-16:00　【場所】川崎電機 本社 7F会議室\n"
          "【出席】川崎電機：野々村様、佐伯様／日の出産業：桑原、波多野\n\n"
          "1. 上期実績\n　・登録者 412名（前期比 +38）、利用率 46%\n　・プレゼンティーズム（WLQ）平均 4.1pt 改善\n"
          "2. 下期施策\n　・工場夜勤者向けに 21時枠を試行（月2回）\n　・オンラインストレッチ動画の配信\n"
          "3. 宿題\n　・日の出：夜勤枠の人員計画（10/3まで）\n　・川崎電機様：社内報での告知（10月号）\n\n波多野\n"))

# 071 legacy XLS of coupon-book buyers with phones to the POS vendor
_p = people(13, 4)
_rows = [["購入日", "氏名", "電話番号", "券種", "残回数", "有効期限"]]
for p in _p:
    _rows.append([f"2025/0{rng.randint(4, 8)}/{rng.randint(10, 28)}", p.name, rng.choice([mobile(), landline()]),
                  rng.choice(["10回券", "5回券", "美容鍼6回券"]), rng.randint(1, 9), "2026/03/31"])
add(71, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "legacy XLS of 13 coupon-book buyers with phone numbers to an external POS vendor",
    charset="utf-8", sender=MIKAMI,
    to=["レジプラス 導入サポート <support@regi-plus.co.jp>"],
    subject="回数券残高データの移行について",
    body=("レジプラス 導入サポート様\n\n蒲田院の三上です。新POSへの切替えに伴い、回数券の残高データをお送りします。\n"
          "旧システムから出力したままのxls形式です。取込み可能か確認をお願いします。\n\n三上\n"),
    attachments=[{"kind": "xls", "name": "kaisuken_zandaka.xls", "sheets": {"残高": _rows}}])

# 072 procedure question to an insurer (pass)
add(72, "pass", [], [],
    "general question to an insurer about electronic submission; no patient data",
    charset="iso-2022-jp", sender=YAMAUCHI,
    to=["常盤損害保険 医療機関窓口 <iryokikan@tokiwa-sonpo.co.jp>"],
    subject="施術証明書の電子提出について（お問い合わせ）",
    body=("常盤損害保険 医療機関窓口 ご担当者様\n\nいつもお世話になっております。日の出産業 保険請求課の山内です。\n"
          "御社で施術証明書・明細書のWeb提出（PDFアップロード）を始められたと伺いました。\n"
          "以下についてご教示いただけますでしょうか。\n\n"
          "1. 整骨院（柔道整復師の施術所）も対象になりますか\n2. 原本の郵送は不要になりますか\n"
          "3. 利用登録に必要な書類\n\nよろしくお願いいたします。\n"
          + sig("山内 沙織", "ヘルスケア事業部 保険請求課", "yamauchi@hinode-sangyo.co.jp")))

# 073 DOCX of eight patients' intake summaries to a university researcher
_p = people(8, 3)
_rows = [["ID", "氏名", "生年月日", "性別", "診断・主訴", "罹病期間", "VAS（初回→8週）"]]
for i, p in enumerate(_p, 1):
    _rows.append([f"R{i:02d}", p.name, wareki(p.dob, "short"), p.sex_ja, acu(),
                  f"{rng.randint(1, 15)}年", f"{rng.randint(55, 90)}→{rng.randint(15, 50)}"])
add(73, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "research table with eight named patients' diagnoses and DOB to an external university",
    charset="utf-8", sender=OGATA,
    to=["東都医療大学 鍼灸学科 新垣先生 <arakaki@tohto-iryo.ac.jp>"],
    subject="共同研究 症例データ（第1期 8例）",
    body=("新垣先生\n\nお世話になっております。ひので鍼灸院 藤沢院の緒方です。\n"
          "共同研究の第1期8例分の症例データを Word にまとめました。\n"
          "学会抄録の締切（10/31）に向けて、統計処理をお願いできますでしょうか。\n\n緒方 千夏\n"),
    attachments=[{"kind": "docx", "name": "症例データ_第1期.docx",
                  "paragraphs": ["慢性疼痛に対する鍼治療の効果 ― 症例データ（第1期）", "施設：ひので鍼灸院 藤沢院"],
                  "tables": [_rows]}])

# 074 receipt re-issue to one patient's iCloud address (pass)
_p = Person()
add(74, "pass", [], ["freemail_recipient"],
    "receipt re-issue to one patient's own free-mail address; amount and date only",
    charset="cp932", sender="ひので整骨院 大倉山院 <ookurayama@hinode-sangyo.co.jp>",
    to=[f"{freemail(_p, 'icloud.com')}"],
    subject="領収書の再発行について",
    body=(f"{_p.name} 様\n\nお問い合わせいただいた領収書を再発行いたしました。\n"
          "PDFをお送りしますのでご確認ください。\n\n"
          "　領収書番号：R-OK-250812-031\n　金額：8,800円（自費施術・回数券なし）\n　発行日：2025年8月12日\n\n"
          f"{CLINICS[0][0]}\n{CLINICS[0][1]}\nTEL {CLINICS[0][2]}\n"),
    attachments=[{"kind": "pdf", "name": "領収書_R-OK-250812-031.pdf",
                  "lines": ["領収書（再発行）", f"{_p.name} 様", "金額 ￥8,800-", "但し 施術料として",
                            "ひので整骨院 大倉山院"]}])

# 075 assault victim's treatment details to the police
_p = Person()
add(75, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named crime (assault) victim's injuries and DOB to an external police address",
    charset="utf-8", sender=KUBOTA,
    to=["港北警察署 刑事課 <keiji-kohoku@kanagawa-police.lg.jp>"],
    subject="捜査関係事項照会への回答（照会番号 港刑第1187号）",
    body=("港北警察署 刑事課 御中\n\n標記照会につき、下記のとおり回答いたします。\n\n"
          f"　対象者：{_p.name}（{wareki(_p.dob)}生）\n"
          "　初検日：令和7年8月3日\n"
          "　来院時の申告：8月2日深夜、菊名駅付近で見知らぬ男性から顔面と腹部を殴られたとのこと\n"
          "　負傷名：顔面打撲、右肋骨部挫傷、頸椎捻挫\n"
          "　施術経過：8月3日～9月5日 計11回。現在も頸部痛が残存\n\n"
          f"ひので整骨院 大倉山院\n院長 久保田 亮\nTEL {CLINICS[0][2]}\n"))


# 076 marketing plan with aggregated reasons for visit (pass)
add(76, "pass", [], [],
    "campaign plan with aggregate shares of symptoms; nobody identifiable",
    charset="utf-8", sender=CHIBA,
    to=["絆エージェンシー 三好様 <miyoshi@kizuna-ad.co.jp>"],
    subject="冬季キャンペーン企画のたたき台",
    body=("三好様\n\nお世話になっております。千葉です。\n冬季キャンペーンのたたき台です。ご意見ください。\n\n"
          "■背景（2024年度 新患 3,812名の来院理由）\n"
          "　腰痛 34% ／ 肩こり・首の痛み 27% ／ 交通事故 12% ／ 膝の痛み 9% ／ スポーツ外傷 8% ／ その他 10%\n\n"
          "■ターゲット\n　40～60代女性、デスクワーク中心。冬場の「冷え×腰痛」\n\n"
          "■施策\n　・Instagram広告（温灸の動画）\n　・LINEクーポン「温灸 初回 2,200円」\n"
          "　・駅前チラシ（大倉山・武蔵小杉・町田）\n\n■KPI\n　新患 +15%（前年同期比）、LINE友だち +1,200\n\n千葉\n"))

# 077 a staff member's disability details to a subsidy consultant
_p = Person(rare=True)
_p.dob = (rng.randint(1975, 2001), _p.dob[1], _p.dob[2])
add(77, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one employee's disability (手帳の等級・障害内容) and DOB to an external consultant",
    charset="cp932", sender=HIGASHI,
    to=["助成金サポートオフィス 村岡様 <muraoka@josei-support.jp>"],
    subject="特定求職者雇用開発助成金の申請準備",
    body=("村岡様\n\nお世話になっております。日の出産業 総務人事課の東です。\n"
          "先月採用した受付スタッフについて、助成金の対象になるか確認をお願いします。\n\n"
          f"　氏名：{_p.name}\n　生年月日：{wareki(_p.dob, 'fwkanji')}\n"
          "　雇入日：令和7年8月1日（週30時間・有期→無期転換予定）\n"
          "　障害の状況：身体障害者手帳 4級（右下肢機能障害）\n"
          "　紹介経路：ハローワーク横浜\n\n必要書類をお知らせください。\n"
          + sig("東 健吾", "管理本部 総務人事課", "higashi@hinode-sangyo.co.jp", "045-664-3212", 2)))

# 078 newsletter with past patients in Bcc (pass)
_bcc = [freemail(p) for p in people(24, 5)]
add(78, "pass", [], ["freemail_recipient"],
    "newsletter to past patients correctly in Bcc (To is the clinic's own address)",
    charset="iso-2022-jp", sender="ひので整骨院 大倉山院 <ookurayama@hinode-sangyo.co.jp>",
    to=["ひので整骨院 大倉山院 <ookurayama@hinode-sangyo.co.jp>"], bcc=_bcc,
    subject="【ひので整骨院】10月の休診日と秋のセルフケア",
    body=("いつもひので整骨院 大倉山院をご利用いただきありがとうございます。\n\n"
          "◆10月の休診日\n　10/13（月・祝）、10/26（日）\n\n"
          "◆秋のセルフケア\n　季節の変わり目は自律神経が乱れやすく、首・肩のこりが出やすくなります。\n"
          "　寝る前に肩を10回ゆっくり回すだけでも、翌朝の軽さが違います。\n\n"
          "◆配信停止をご希望の方は、このメールに「停止」とご返信ください。\n\n"
          f"{CLINICS[0][0]}\n{CLINICS[0][1]}\nTEL {CLINICS[0][2]}\n"))

# 079 three partner companies' HR in To (visible)
add(79, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three partner companies' HR contacts in To see each other: should have been Bcc",
    charset="utf-8", sender=HATANO,
    to=["川崎電機 野々村様 <nonomura@kawasaki-denki.co.jp>",
        "青葉運輸 福利厚生担当 <fukuri@aoba-unyu.co.jp>",
        "北国フーズ 人事総務部 <jinji@kitaguni-foods.co.jp>"],
    subject="【ご案内】からだケアプログラム 下期メニュー",
    body=("ご担当者様各位\n\nいつもお世話になっております。日の出産業 ヘルスケアプログラム推進室の波多野です。\n"
          "下期（10月～3月）の新メニューをご案内します。\n\n"
          "・オンライン ストレッチライブ（毎週水曜 12:15-12:35）\n・ドライバー・立ち仕事向け 腰痛予防講座\n"
          "・女性の健康セミナー（冷え・肩こり・頭痛）\n\n"
          "導入をご希望の場合は、10月10日までにご連絡ください。\n\n波多野\n"))

# 080 cleaning contractor schedule (pass)
add(80, "pass", [], [],
    "cleaning schedule for the clinics with a contractor; business information only",
    charset="cp932", sender=ISHIGURO,
    to=["クリーンパートナー 業務課 <gyomu@clean-partner.co.jp>"],
    subject="10月 定期清掃（ワックス）の日程",
    body=("クリーンパートナー 業務課 御中\n\nお世話になっております。日の出産業 購買課の石黒です。\n"
          "10月の床ワックス清掃は以下の日程でお願いします。鍵は各院のキーボックス（番号は従来どおり）です。\n\n"
          "　10/13（月・祝）　大倉山院・武蔵小杉院\n　10/26（日）　　　蒲田院・町田院\n"
          "　11/3（月・祝）　 三軒茶屋院・藤沢院\n\n"
          "施術ベッドは移動せず、周辺のみで結構です。\n石黒\n"))

# 081 campaign mail with five past patients in Cc
_p = people(5, 2)
_cc = [f"{p.name}様 <{freemail(p, d)}>" for p, d in
       zip(_p, ["gmail.com", "softbank.ne.jp", "yahoo.co.jp", "outlook.jp", "docomo.ne.jp"])]
add(81, "stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "five past patients in Cc can see each other's names and addresses",
    charset="iso-2022-jp", sender="ひので鍼灸院 藤沢院 <fujisawa@hinode-sangyo.co.jp>",
    to=["ひので鍼灸院 藤沢院 <fujisawa@hinode-sangyo.co.jp>"], cc=_cc,
    subject="【藤沢院】美容鍼モニター募集のお知らせ",
    body=("いつもひので鍼灸院 藤沢院をご利用いただきありがとうございます。\n\n"
          "このたび、美容鍼の新メニュー導入にあたり、モニター様を5名募集いたします。\n"
          "　・モニター料金：3,300円（通常 7,700円）\n　・期間：10月中に2回ご来院\n"
          "　・施術前後のお写真（お顔は加工します）をご提供いただける方\n\n"
          "ご興味のある方は、このメールにご返信ください。\n\nひので鍼灸院 藤沢院\n"))

# 082 internal licence register workbook (pass, internal)
_p = people(22, 5, staff=True)
_rows = [["職員番号", "氏名", "生年月日", "資格", "免許番号", "勤務院", "施術管理者"]]
for i, p in enumerate(_p):
    _rows.append([f"S{4100 + i}", p.name, seireki(p.dob), rng.choice(["柔道整復師", "はり師・きゅう師", "柔整・鍼灸"]),
                  f"第{rng.randint(30000, 99999)}号", rng.choice([c[0] for c in CLINICS]), rng.choice(["○", "", ""])])
add(82, "pass", ["PERSON_NAME", "DATE_OF_BIRTH"], [],
    "staff licence register (22 people) sent to an internal subdomain address only",
    charset="utf-8", sender=HIGASHI,
    to=["コンプライアンス室 <compliance@mail.hinode-sangyo.co.jp>"],
    subject="免許台帳（2025年9月末時点）",
    body=("コンプライアンス室 御中\n\n年次の免許原本確認が完了しましたので、台帳を提出します。\n"
          "免許証の写しは人事の共有フォルダに格納済みです。\n\n東\n"),
    attachments=[{"kind": "xlsx", "name": "免許台帳_202509.xlsx", "title": "免許台帳",
                  "sheets": {"台帳": _rows, "更新履歴": [["日付", "内容"], ["2025/09/30", "年次確認完了（22名）"]]}}])

# 083 部外秘 in the subject of a mail to a supplier
add(83, "stop", [], ["confidential_marking"],
    "the mail is classified 【部外秘】 in its subject and goes to an external supplier",
    charset="iso-2022-jp", sender=ISHIGURO,
    to=["伊藤医療器 村瀬様 <murase@ito-iryoki.co.jp>"],
    subject="【部外秘】他社見積比較表",
    body=("村瀬様\n\n先日ご相談した件、他社見積との比較表です。\n"
          "本メールは部外秘扱いでお願いします。\n\n"
          "品目                 御社      A社       B社\n"
          "-------------------  --------  --------  --------\n"
          "ハイボルト HV-20     980,000   912,000   945,000\n"
          "干渉波 IF-300        620,000   598,000   640,000\n"
          "ウォーターベッド      1,450,000 1,380,000 1,420,000\n\n"
          "A社並みの価格をご検討いただけますと幸いです。\n石黒\n"))

# 084 two partner employees' slots (names only) to the partner (pass)
add(84, "pass", [], [],
    "two employees' names and booking times to their own company's HR; no personal data beyond names",
    charset="utf-8", sender=HATANO,
    to=["北国フーズ 人事総務部 <jinji@kitaguni-foods.co.jp>"],
    subject="10/9 出張施術 キャンセル待ちの繰上げ",
    body=("人事総務部 ご担当者様\n\nキャンセルが2件出ましたので、キャンセル待ちの方を繰り上げました。\n"
          "ご本人へのご連絡をお願いいたします。\n\n"
          "　・10/9 11:00　製造部 平野様\n　・10/9 11:20　物流部 東海林様\n\n波多野\n"))

# 085 password-protected PDF to a 健保組合
add(85, "stop", [], ["unscannable_attachment"],
    "a password-protected PDF to an external 健保組合 cannot be inspected",
    charset="cp932", sender=YAMAUCHI,
    to=["関東機械健康保険組合 療養費担当 <ryouyouhi@kanto-kikai-kenpo.or.jp>"],
    subject="患者照会への回答書（9月分）",
    body=("療養費ご担当者様\n\nお世話になっております。日の出産業 保険請求課の山内です。\n"
          "9月分の患者照会への回答書をお送りします。PDFにはパスワードを設定しております。\n"
          "パスワードは従来どおりお電話にてお伝えいたします。\n\n山内\n"),
    attachments=[{"kind": "pdf", "name": "照会回答書_202509.pdf", "password": "kk2509",
                  "lines": ["患者照会 回答書", "（以下、回答内容）"]}])

# 086 treatment summary to the patient herself, on free mail (either)
_p = Person()
add(86, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "a patient's own diagnosis sent to her own free-mail address at her request: sensitive but to the data subject",
    charset="utf-8", sender=OGATA,
    to=[f"{_p.name} <{freemail(_p, 'gmail.com')}>"],
    subject="施術経過のまとめ（ご依頼の件）",
    body=(f"{_p.name} 様\n\nご依頼いただいた施術経過のまとめをお送りします。整形外科受診の際にお見せください。\n\n"
          "・初診時（6/4）：左臀部～大腿後面のしびれ、前屈で増悪。坐骨神経痛（腰椎椎間板ヘルニアの疑い）\n"
          "・施術：週1回の鍼通電、計12回\n・現在：しびれは半減、長時間の座位で再燃あり\n\n"
          "MRIでの精査をおすすめします。\n\nひので鍼灸院 藤沢院　はり師・きゅう師 緒方 千夏\n"))

# 087 corrupt Word file to the law firm
add(87, "stop", [], ["unscannable_attachment"],
    "the attached Word file is corrupt and cannot be inspected",
    charset="iso-2022-jp", sender=KUWABARA,
    to=["白川法律事務所 本田先生 <honda@shirakawa-law.jp>"],
    subject="聴取記録（三軒茶屋院の件）",
    body=("本田先生\n\n先日お話しした三軒茶屋院の件、院長からの聴取記録をお送りします。\n"
          "文字化けなどあればお知らせください。\n\n桑原\n"),
    attachments=[{"kind": "corrupt", "name": "聴取記録_三軒茶屋院_0910.docx"}])

# 088 attendee names (five) to the partner's HR (either)
_p = people(5, 3)
add(88, "either", ["PERSON_NAME"], ["personal_data"],
    "five employees' names with attendance only, to their employer: a list of people or harmless?",
    charset="cp932", sender=OGATA,
    to=["青葉運輸 人事部 福利厚生担当 <fukuri@aoba-unyu.co.jp>"],
    subject="腰痛予防講座（9/25 厚木センター）受講者",
    body=("福利厚生ご担当者様\n\n9/25の腰痛予防講座の受講者は以下の5名でした。研修記録へのご登録をお願いします。\n\n"
          + "".join(f"{p.name}\t厚木センター\t受講済\n" for p in _p)
          + "\n次回は11月を予定しています。\n緒方\n"))

# 089 basic pension number for a therapist's 休業補償 to the 社労士
_p = Person()
_p.dob = (rng.randint(1975, 2001), _p.dob[1], _p.dob[2])
add(89, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a therapist's basic pension number, DOB and fracture for a 休業補償 claim to an external 社労士",
    charset="utf-8", sender=HIGASHI,
    to=["松原社会保険労務士事務所 松原先生 <matsubara@sr-matsubara.jp>"],
    subject="休業補償給付（様式第8号）作成のお願い",
    body=("松原先生\n\nお世話になっております。東です。\n下記スタッフの休業補償給付の請求書作成をお願いします。\n\n"
          f"　氏名：{_p.name}（{_p.kata}）\n　生年月日：{wareki(_p.dob, 'short')}\n"
          f"　基礎年金番号：{pension()}\n　傷病名：右手舟状骨骨折（9/3 通勤途中、自転車で転倒）\n"
          "　休業期間：9/4～9/30（予定）\n\n賃金台帳は別途お送りします。\n東\n"))

# 090 visit count of one accident patient to the insurer (either)
_p = Person()
add(90, "either", ["PERSON_NAME"], ["personal_data"],
    "one patient's visit count (no diagnosis) to the insurer handling the accident: the fact of treatment may or may not be 要配慮",
    charset="iso-2022-jp", sender=MIKAMI,
    to=["常盤損害保険 今村様 <imamura.k@tokiwa-sonpo.co.jp>"],
    subject="通院日数のご連絡（9月分）",
    body=(f"今村様\n\nお世話になっております。蒲田院の三上です。\n{_p.name}様の9月の通院実日数は 11日 でした。\n"
          "明細書は月初にまとめてお送りします。\n\n三上\n"))

# 091 PPTX report with named employees' pain scores to a partner
_p = people(6, 3, staff=True)
_slide = ["個人別 改善状況（抜粋）"] + [
    f"{p.name}（{rng.choice(['製造部', '物流部', '営業部'])}）：腰痛VAS {rng.randint(60, 85)}→{rng.randint(20, 55)}、{rng.choice(['ぎっくり腰の既往', '坐骨神経痛', '頸椎症', '特記なし'])}"
    for p in _p]
add(91, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a report slide lists six named employees' pain scores and conditions, sent to the partner",
    charset="utf-8", sender=HATANO,
    to=["北国フーズ 人事総務部 <jinji@kitaguni-foods.co.jp>"],
    subject="上期報告会資料（10/2）",
    body=("人事総務部 ご担当者様\n\n10/2の上期報告会の資料をお送りします。\n当日は30分程度でご説明いたします。\n\n波多野\n"),
    attachments=[{"kind": "pptx", "name": "からだケア_上期報告_北国フーズ様.pptx",
                  "slides": [["からだケアプログラム 上期報告", "北国フーズ株式会社 様", "2025年10月2日"],
                             ["全体実績", "利用者 128名 / 延べ 342回", "腰痛VAS 平均 -27pt"], _slide]}])

# 092 one patient's health insurance card number to the insurer (第三者行為)
_p = Person()
_h, _k, _b = health_ins()
add(92, "stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE"], ["personal_data"],
    "one patient's health insurance card symbol and number to an external insurer",
    charset="cp932", sender=YAMAUCHI,
    to=["第一未来損保 岩佐様 <iwasa@daiichi-mirai-sonpo.co.jp>"],
    subject="健保使用（第三者行為）への切替えについて",
    body=("岩佐様\n\nお世話になっております。山内です。\n"
          f"{_p.name}様の施術について、10月分から健康保険使用（第三者行為）に切り替えます。\n"
          "傷病届の提出に必要とのことでしたので、保険証情報をお知らせします。\n\n"
          f"　保険者番号：{_h}\n　記号：{_k}　番号：{_b}\n　本人・家族：本人\n\n"
          "求償の手続きは健保組合から御社へ直接連絡が入る予定です。\n山内\n"))

# 093 one partner employee's health result to his manager at the partner
_p = Person(rare=True)
add(93, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named employee's medical finding sent to his manager at the partner company",
    charset="iso-2022-jp", sender=KUBOTA,
    to=["青葉運輸 厚木センター長 大島様 <oshima.t@aoba-unyu.co.jp>"],
    subject="出張施術時の所見について（ご連絡）",
    body=("大島センター長\n\nお世話になっております。日の出産業の久保田です。\n"
          f"本日の出張施術で、{_p.name}さんの右下肢に明らかな筋力低下としびれがあり、\n"
          "腰椎椎間板ヘルニアの再発が疑われます。フォークリフト作業は当面控えていただき、\n"
          "早めに整形外科を受診するようお伝えください。\n\n久保田\n"))

# 094 appointment export (CSV, UTF-8) to the system vendor for migration
_p = people(16, 4)
_rows = [["予約日", "時刻", "患者ID", "氏名", "電話", "メニュー", "主訴メモ"]]
for p in _p:
    _rows.append([f"2025-10-{rng.randint(1, 14):02d}", rng.choice(["09:00", "10:30", "15:00", "18:30", "19:15"]),
                  f"P{rng.randint(100000, 999999)}", p.name, mobile(),
                  rng.choice(["保険施術", "交通事故", "鍼灸", "骨盤矯正"]),
                  rng.choice(["腰椎すべり症あり", "妊娠28週・仰向け不可", "右膝 人工関節置換後", "むち打ち 事故後3か月", "肩こり", ""])])
add(94, "stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "appointment export: 16 patients' names, phones and medical notes to the external vendor",
    charset="utf-8", sender=OBA,
    to=["ツバサシステム 移行チーム <migration@tsubasa-system.jp>"],
    subject="データ移行テスト用 予約データ（町田院）",
    body=("ツバサシステム 移行チーム各位\n\n大庭です。移行テスト用に、町田院の10月前半の予約データを出力しました。\n"
          "文字コードは UTF-8、ヘッダ行ありです。主訴メモ欄の改行は除去済みです。\n\n大庭\n"),
    attachments=[{"kind": "csv", "name": "yoyaku_machida_202510a.csv", "encoding": "utf-8", "rows": _rows}])

# 095 look-alike of the printer (dropped co.)
add(95, "stop", [], ["lookalike_domain"],
    "nishiki-insatsu.jp drops the co. of the partner nishiki-insatsu.co.jp",
    charset="utf-8", sender=CHIBA,
    to=["錦印刷 小野寺様 <onodera@nishiki-insatsu.jp>"],
    subject="Re: 院内報11月号 校正1回目",
    body=("小野寺様\n\n校正ありがとうございます。修正点は以下の3点です。\n\n"
          "1. 表紙タイトル「冷えと腰痛の深い関係」のフォントを一回り大きく\n"
          "2. キャンペーン価格 2,200円 の「円」を本文と同じサイズに\n"
          "3. 裏面 蒲田院の電話番号を 03-5710-4436 に修正\n\n再校をお待ちしています。\n千葉\n"))

# 096 English: five staff passports for a trade fair abroad
_p = people(5, 3, staff=True)
_rows = "\n".join(f"{i}. {p.sei_r.upper()} {p.mei_r}, DOB {seireki(p.dob, 'iso')}, Passport {passport()}, "
                  f"expires {rng.randint(2027, 2034)}-{rng.randint(1, 12):02d}"
                  for i, p in enumerate(_p, 1))
add(96, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], ["personal_data"],
    "five staff members' passport numbers and DOB in English to an overseas organiser",
    charset="utf-8", sender=HIROSE,
    to=["Asia Rehab Expo Registration <registration@asiarehab-expo.com>"],
    subject="Exhibitor badge registration - Hinode Sangyo (Booth C-214)",
    body=("Dear Registration Team,\n\nPlease register the following five staff members for exhibitor badges.\n"
          "Names are as shown in their passports.\n\n" + _rows
          + "\n\nWe will arrive on 3 November for booth set-up.\n\nBest regards,\nJun Hirose\n"
          "International Desk, Hinode Sangyo Co., Ltd.\n"))

# 097 internal plan stamped 社外秘 (pass, internal)
add(97, "pass", [], [],
    "社外秘 document sent only to internal recipients",
    charset="iso-2022-jp", sender=KUWABARA,
    to=["院長各位 <incho-all@hinode-sangyo.co.jp>"], cc=[HATANO],
    subject="【社外秘】2026年度 価格改定方針",
    body=("院長各位\n\n社外秘\n\n2026年4月からの自費メニュー価格改定の方針です。院内掲示・患者様への告知は2月以降とし、\n"
          "それまでは社外に出さないでください。\n\n・骨盤矯正 4,400円→4,950円\n・全身鍼灸 6,600円→7,150円\n"
          "・回数券の割引率は据え置き\n\n桑原\n"),
    attachments=[{"kind": "pdf", "name": "価格改定方針_2026.pdf", "page_header": "社外秘",
                  "lines": ["2026年度 価格改定方針（社外秘）", "改定日 2026年4月1日", "平均改定率 +8.2%"]}])

# 098 look-alike of the logistics partner (hyphen for a dot)
add(98, "stop", [], ["lookalike_domain"],
    "aoba-unyu-co.jp (hyphen instead of the dot) imitates the partner aoba-unyu.co.jp",
    charset="cp932", sender=OGATA,
    to=["青葉運輸 福利厚生担当 <fukuri@aoba-unyu-co.jp>"],
    subject="11月 腰痛予防講座の会場について",
    body=("福利厚生ご担当者様\n\nお世話になっております。緒方です。\n11月の腰痛予防講座の会場について確認させてください。\n"
          "前回の厚木センター2F休憩室は、マットを敷くと20名が限界でした。\n"
          "参加希望が30名を超える場合は、2回に分けて実施したいと考えております。\n\n緒方\n"))

# 099 financial figures to the tax accountant (pass)
add(99, "pass", [], [],
    "monthly figures to the tax accountant; business numbers only, NDA mentioned",
    charset="utf-8", sender=MIYASAKA,
    to=["小野寺税理士事務所 小野寺先生 <onodera@tax-onodera.jp>"],
    subject="8月度 月次試算表の送付",
    body=("小野寺先生\n\nいつもお世話になっております。日の出産業 経理課の宮坂です。\n8月度の月次試算表をお送りします。\n\n"
          "　売上高　　　　 8,412万円（前年同月比 +6.3%）\n"
          "　うち保険施術　 4,980万円／自費 2,610万円／からだケア 822万円\n"
          "　営業利益　　　 　612万円\n\n"
          "来期の顧問契約更新の際、機密保持条項の文言を最新のひな形に合わせたいと考えております。\n"
          "次回訪問時にご相談させてください。\n"
          + sig("宮坂 友里", "管理本部 経理課", "miyasaka@hinode-sangyo.co.jp", "045-664-3214", 1)),
    attachments=[{"kind": "xlsx", "name": "月次試算表_2025-08.xlsx",
                  "sheets": {"PL": [["科目", "当月", "累計"], ["売上高", 84120000, 331540000],
                                    ["売上原価", 51230000, 203110000], ["販管費", 26770000, 104980000],
                                    ["営業利益", 6120000, 23450000]]}}])

# 100 reply to the law firm; the client's accident details are only in the quoted part (pass)
_p = Person()
add(100, "pass", [], [],
    "reply to the law firm; the patient's data is only in the quoted original",
    charset="iso-2022-jp", sender=KUWABARA,
    to=["白川法律事務所 本田先生 <honda@shirakawa-law.jp>"],
    subject="RE: 三軒茶屋院の件 今後の方針",
    body=("本田先生\n\nご助言ありがとうございます。ご提案の方針で進めます。\n"
          "患者様への書面は先生にご作成いただき、発送は当社から行う形でお願いいたします。\n\n桑原\n\n"
          "差出人: 本田 <honda@shirakawa-law.jp>\n送信日時: 2025年9月16日 18:40\n宛先: 桑原 徹\n"
          "件名: 三軒茶屋院の件 今後の方針\n\n"
          f"桑原様\n\n{_p.name}様（右肩腱板損傷、全治2か月）の件、診断書の内容からは施術との因果関係は\n"
          "現時点で判断できません。見舞金での解決を提案する前に、施術記録の精査をお勧めします。\n\n本田\n"))
