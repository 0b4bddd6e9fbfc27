"""Blind corpus, area ``ceremony``: 慶弔・冠婚葬祭 as general affairs handles it.

Written from bench/blind/BRIEF.md alone (plus build.py's renderer and its my_number() /
card_number() helpers), without reading mailguard's code, rules, tests or the other corpus
files.  The area covers what 総務・秘書室・人事総務 send around deaths, weddings, births and
retirements: 訃報連絡 and 社葬 arrangements with the funeral company, 弔電・供花 orders to
florists and telegram services, 香典帳・香典返し and 会葬礼状 mailing lists, 結婚祝い・出産祝い
gifts, 慶弔見舞金 / 傷病・災害見舞金 claims with a benefits outsourcer, 埋葬料・氏名変更 papers
for the health insurance society and the labour consultant, hotel banquets (米寿の祝い,
偲ぶ会, 披露宴) and the OB会 (日の出会) with its member lists, trips and newsletters.  About
55 messages must stop (lists of people in every layout, 要配慮個人情報 such as illness,
religion, disability or being a crime victim, My Number / card / ID numbers, open To/Cc
announcements, look-alike domains, 社外秘 documents, unreadable attachments) and about 42
look risky but must go (one or few contacts, business directories of halls and florists,
prices and order numbers, quoted replies, internal-only mail, disclaimers, NDA talk).
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

# -- invented people ---------------------------------------------------------------------

_SEI = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("渡辺", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"), ("中村", "なかむら", "Nakamura"),
    ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"),
    ("山口", "やまぐち", "Yamaguchi"), ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"),
    ("木村", "きむら", "Kimura"), ("清水", "しみず", "Shimizu"), ("山崎", "やまざき", "Yamazaki"),
    ("森田", "もりた", "Morita"), ("池田", "いけだ", "Ikeda"), ("橋本", "はしもと", "Hashimoto"),
    ("石川", "いしかわ", "Ishikawa"), ("前田", "まえだ", "Maeda"), ("藤原", "ふじわら", "Fujiwara"),
    ("岡本", "おかもと", "Okamoto"), ("長谷川", "はせがわ", "Hasegawa"), ("村上", "むらかみ", "Murakami"),
    ("近藤", "こんどう", "Kondo"), ("坂本", "さかもと", "Sakamoto"), ("遠藤", "えんどう", "Endo"),
    ("青木", "あおき", "Aoki"), ("西村", "にしむら", "Nishimura"), ("福田", "ふくだ", "Fukuda"),
    ("太田", "おおた", "Ota"), ("三浦", "みうら", "Miura"), ("藤井", "ふじい", "Fujii"),
    ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"), ("中島", "なかじま", "Nakajima"),
    ("原田", "はらだ", "Harada"), ("小野寺", "おのでら", "Onodera"), ("菅原", "すがわら", "Sugawara"),
    ("千葉", "ちば", "Chiba"), ("久保田", "くぼた", "Kubota"), ("野口", "のぐち", "Noguchi"),
    ("東海林", "しょうじ", "Shoji"), ("百目鬼", "どうめき", "Domeki"), ("四十物", "あいもの", "Aimono"),
    ("勅使河原", "てしがわら", "Teshigawara"), ("五百旗頭", "いおきべ", "Iokibe"),
    ("小鳥遊", "たかなし", "Takanashi"), ("月見里", "やまなし", "Yamanashi"), ("汐見", "しおみ", "Shiomi"),
    ("鬼頭", "きとう", "Kito"), ("薬師寺", "やくしじ", "Yakushiji"), ("御手洗", "みたらい", "Mitarai"),
    ("甲斐", "かい", "Kai"), ("一ノ瀬", "いちのせ", "Ichinose"), ("栗花落", "つゆり", "Tsuyuri"),
    ("箕輪", "みのわ", "Minowa"), ("蓮見", "はすみ", "Hasumi"), ("宍戸", "ししど", "Shishido"),
    ("喜多川", "きたがわ", "Kitagawa"), ("仁平", "にへい", "Nihei"), ("秋葉", "あきば", "Akiba"),
    ("雨宮", "あめみや", "Amemiya"), ("外山", "とやま", "Toyama"), ("及川", "おいかわ", "Oikawa"),
    ("猪股", "いのまた", "Inomata"), ("我妻", "わがつま", "Wagatsuma"), ("生方", "うぶかた", "Ubukata"),
]
_MEI_M = [
    ("健一", "けんいち", "Kenichi"), ("正雄", "まさお", "Masao"), ("博", "ひろし", "Hiroshi"),
    ("茂", "しげる", "Shigeru"), ("和夫", "かずお", "Kazuo"), ("勝利", "かつとし", "Katsutoshi"),
    ("清", "きよし", "Kiyoshi"), ("隆", "たかし", "Takashi"), ("誠", "まこと", "Makoto"),
    ("浩二", "こうじ", "Koji"), ("達也", "たつや", "Tatsuya"), ("大輔", "だいすけ", "Daisuke"),
    ("拓海", "たくみ", "Takumi"), ("翔太", "しょうた", "Shota"), ("亮", "りょう", "Ryo"),
    ("俊介", "しゅんすけ", "Shunsuke"), ("義男", "よしお", "Yoshio"), ("昭二", "しょうじ", "Shoji"),
    ("寛治", "かんじ", "Kanji"), ("信之", "のぶゆき", "Nobuyuki"), ("修", "おさむ", "Osamu"),
    ("康弘", "やすひろ", "Yasuhiro"), ("敏明", "としあき", "Toshiaki"), ("悠人", "ゆうと", "Yuto"),
    ("蓮", "れん", "Ren"), ("幸三", "こうぞう", "Kozo"), ("賢治", "けんじ", "Kenji"),
    ("秀樹", "ひでき", "Hideki"), ("雅之", "まさゆき", "Masayuki"), ("哲也", "てつや", "Tetsuya"),
]
_MEI_F = [
    ("幸子", "さちこ", "Sachiko"), ("和子", "かずこ", "Kazuko"), ("節子", "せつこ", "Setsuko"),
    ("洋子", "ようこ", "Yoko"), ("恵美", "えみ", "Emi"), ("美咲", "みさき", "Misaki"),
    ("陽菜", "ひな", "Hina"), ("由美子", "ゆみこ", "Yumiko"), ("久美子", "くみこ", "Kumiko"),
    ("千尋", "ちひろ", "Chihiro"), ("真由美", "まゆみ", "Mayumi"), ("綾乃", "あやの", "Ayano"),
    ("静江", "しずえ", "Shizue"), ("文代", "ふみよ", "Fumiyo"), ("紀子", "のりこ", "Noriko"),
    ("遥", "はるか", "Haruka"), ("葵", "あおい", "Aoi"), ("里美", "さとみ", "Satomi"),
    ("友香", "ともか", "Tomoka"), ("智子", "ともこ", "Tomoko"), ("美穂", "みほ", "Miho"),
    ("弘美", "ひろみ", "Hiromi"), ("沙織", "さおり", "Saori"), ("トシ", "とし", "Toshi"),
]
# (都道府県, 市区町村, 町名, 〒, 市外局番)
_AREAS = [
    ("東京都", "杉並区", "阿佐谷南", "166-0004", "03"), ("東京都", "練馬区", "石神井町", "177-0041", "03"),
    ("東京都", "八王子市", "元本郷町", "192-0051", "042"), ("東京都", "町田市", "原町田", "194-0013", "042"),
    ("東京都", "板橋区", "常盤台", "174-0071", "03"), ("東京都", "府中市", "住吉町", "183-0034", "042"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223-0062", "045"),
    ("神奈川県", "藤沢市", "鵠沼海岸", "251-0037", "0466"),
    ("神奈川県", "相模原市南区", "上鶴間本町", "252-0318", "042"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330-0061", "048"), ("埼玉県", "川越市", "脇田本町", "350-1123", "049"),
    ("埼玉県", "所沢市", "小手指町", "359-1141", "04"), ("埼玉県", "春日部市", "粕壁東", "344-0062", "048"),
    ("埼玉県", "上尾市", "柏座", "362-0034", "048"), ("埼玉県", "さいたま市見沼区", "東大宮", "337-0051", "048"),
    ("千葉県", "船橋市", "前原西", "274-0825", "047"), ("千葉県", "柏市", "豊四季", "277-0861", "04"),
    ("千葉県", "千葉市稲毛区", "小仲台", "263-0043", "043"), ("茨城県", "つくば市", "竹園", "305-0032", "029"),
    ("栃木県", "宇都宮市", "戸祭", "320-0056", "028"), ("群馬県", "高崎市", "江木町", "370-0046", "027"),
    ("静岡県", "静岡市葵区", "安東", "420-0882", "054"), ("愛知県", "名古屋市千種区", "覚王山通", "464-0841", "052"),
    ("大阪府", "豊中市", "上野西", "560-0012", "06"), ("宮城県", "仙台市青葉区", "八幡", "980-0871", "022"),
    ("新潟県", "長岡市", "東坂之上町", "940-0066", "0258"), ("長野県", "松本市", "蟻ケ崎", "390-0861", "0263"),
    ("福岡県", "福岡市早良区", "西新", "814-0002", "092"), ("北海道", "札幌市豊平区", "平岸二条", "062-0932", "011"),
]
_BUILD = ["", "", "", "", "コーポ桜 203", "メゾン青葉 101", "グリーンハイツ 3-B", "パークサイド東 502",
          "サンライズ壱番館 807", "ハイム若葉 202"]
_BANKS = [("みどり銀行", ["大宮", "浦和", "川越", "本店営業部", "春日部"]),
          ("さきたま銀行", ["大宮西口", "上尾", "所沢"]),
          ("東都銀行", ["新宿", "池袋東口", "八王子"]),
          ("関東中央信用金庫", ["本店", "宮原", "東大宮"]),
          ("武蔵野農業協同組合", ["本所", "与野"])]
_FREE = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "nifty.com", "hotmail.co.jp"]

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")
_ZEN_JIS = str.maketrans("0123456789-", "０１２３４５６７８９−")  # U+2212 for ISO-2022-JP


def zen(s: str, jis: bool = False) -> str:
    """Full-width digits and hyphen (U+2212 in ISO-2022-JP text, U+FF0D in CP932 text)."""
    return s.translate(_ZEN_JIS if jis else _ZEN)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(n - width(s), 1)


def zpad(s: str, n: int) -> str:
    """pad with ideographic spaces to display width n (n even)."""
    gap = max(n - width(s), 2)
    return s + "　" * (gap // 2) + (" " if gap % 2 else "")


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, e, ab = "令和", y - 2018, "R"
    elif (y, m, d) >= (1989, 1, 8):
        era, e, ab = "平成", y - 1988, "H"
    else:
        era, e, ab = "昭和", y - 1925, "S"
    if style == "short":
        return f"{ab}{e}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{e}年{m}月{d}日").replace("－", "")
    if style == "zshort":
        return zen(f"{ab}{e}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ").replace(".", "．")
    return f"{era}{e}年{m}月{d}日"


def _phone(rng: random.Random, code: str) -> str:
    if len(code) == 2:
        return f"{code}-{rng.randint(2000, 7999)}-{rng.randint(1000, 9999)}"
    if len(code) == 3:
        return f"{code}-{rng.randint(200, 899)}-{rng.randint(1000, 9999)}"
    return f"{code}-{rng.randint(20, 89)}-{rng.randint(1000, 9999)}"


def people(seed: int, n: int, born: tuple[int, int] = (1944, 1962), sex: str = "") -> list[dict]:
    """n invented people (deterministic): names, addresses, phones, birthdays, accounts."""
    rng = random.Random(f"ceremony-{seed}")
    out: list[dict] = []
    used: set[str] = set()
    while len(out) < n:
        s = rng.choice(_SEI)
        female = (sex == "f") or (sex != "m" and rng.random() < 0.45)
        g = rng.choice(_MEI_F if female else _MEI_M)
        if s[0] in used:
            continue
        used.add(s[0])
        pref, city, town, zipc, code = rng.choice(_AREAS)
        chome = rng.randint(1, 5)
        ban, go = rng.randint(1, 28), rng.randint(1, 22)
        bld = rng.choice(_BUILD)
        y = rng.randint(*born)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        bank, branches = rng.choice(_BANKS)
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name2": f"{s[0]}{g[0]}",
            "kana": f"{s[1]} {g[1]}", "kata": _kata(f"{s[1]} {g[1]}"),
            "romaji": f"{g[2]} {s[2]}", "female": female,
            "zip": zipc, "pref": pref, "city": city,
            "addr": f"{pref}{city}{town}{chome}-{ban}-{go}" + (f" {bld}" if bld else ""),
            "addr_k": f"{pref}{city}{town}{chome}丁目{ban}番{go}号" + (f"　{bld}" if bld else ""),
            "tel": _phone(rng, code),
            "mobile": f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "mail": f"{g[2].lower()}.{s[2].lower()}{rng.randint(3, 89)}@{rng.choice(_FREE)}",
            "dob": (y, m, d), "age": 2025 - y,
            "bank": f"{bank} {rng.choice(branches)}支店 普通 {rng.randint(1000000, 9999999)}",
            "emp": f"H{rng.randint(10000, 29999)}",
        })
    return out


def _kata(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


def corporate_number(seed: int) -> str:
    """13-digit 法人番号 with a valid check digit (the T-number is 'T' + this)."""
    rng = random.Random(f"corp-{seed}")
    base = [rng.randrange(10) for _ in range(12)]
    total = sum(p * (1 if n % 2 else 2) for n, p in enumerate(reversed(base), start=1))
    return str(9 - total % 9) + "".join(map(str, base))


def iso(d: tuple[int, int, int]) -> str:
    return f"{d[0]}/{d[1]:02d}/{d[2]:02d}"


# -- senders and their signatures -------------------------------------------------------

MORI = "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>"
OTSU = "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>"
KAWA = "川端 真理子 <kawabata.mariko@hinode-sangyo.co.jp>"
TAKA = "高畑 由紀 <takahata.yuki@hinode-sangyo.co.jp>"
NONO = "野々村 修 <nonomura.osamu@hinode-sangyo.co.jp>"
FUJI = "Shinya Fujieda <fujieda.shinya@hinode-sangyo.co.jp>"
SHIM = "嶋田 加奈 <shimada.kana@mail.hinode-sangyo.co.jp>"

SIG_MORI = """
--
日の出産業株式会社　総務部 総務課
森本 彩花（もりもと あやか）
〒330-0854 埼玉県さいたま市大宮区桜木町2-3-11 日の出ビル5F
TEL：048-641-2200（代表）　内線 2315
Mail：morimoto.ayaka@hinode-sangyo.co.jp
"""
SIG_OTSU = """
━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 総務課 課長　大槻 健吾
〒330-0854 さいたま市大宮区桜木町2-3-11
TEL 048-641-2211（直通）　FAX 048-641-2290
━━━━━━━━━━━━━━━━━━━━━━━━━━
"""
SIG_KAWA = """
*************************************
日の出産業株式会社 人事総務部 厚生グループ
川端 真理子
TEL: 048-641-2230 / FAX: 048-641-2291
kawabata.mariko@hinode-sangyo.co.jp
*************************************
"""
SIG_TAKA = """
------------------------------------------
日の出産業株式会社　秘書室
高畑 由紀
〒330-0854 埼玉県さいたま市大宮区桜木町二丁目3番11号
直通 048-641-2205
------------------------------------------
"""
SIG_NONO = """
――――――――――――――――――――
日の出産業株式会社 総務部
日の出会（OB会）事務局　野々村 修
TEL 048-641-2200（代表）内線2320
――――――――――――――――――――
"""
SIG_FUJI = """
--
Shinya Fujieda
General Affairs Dept., Hinode Sangyo Co., Ltd.
2-3-11 Sakuragicho, Omiya-ku, Saitama 330-0854, Japan
Tel: +81-48-641-2200  |  fujieda.shinya@hinode-sangyo.co.jp
"""
SIG_SHIM = """
――
日の出産業株式会社 人事総務部 給与厚生グループ
嶋田 加奈（内線 2241）
"""
DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。
"""
DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail.
"""

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)

# =======================================================================================
# STOP — lists of people (5+ records), in the layouts staff really use
# =======================================================================================

_p = people(101, 9) + people(102, 6, born=(1938, 1958))
_gen = [["故 日野原昭三 儀 社葬　ご会葬者芳名録（一般）", "", "", "", "", "", "", ""], [],
        ["No", "ご芳名", "フリガナ", "郵便番号", "ご住所", "電話番号", "御香典", "備考"]]
for i, p in enumerate(_p[:9], 1):
    _gen.append([i, p["name"], p["kata"], p["zip"], p["addr"], p["tel"] if i % 3 else p["mobile"],
                 ["5,000", "10,000", "3,000", "辞退"][i % 4], "要確認（番地判読不可）" if i == 6 else ""])
_ob = [["ご会葬者芳名録（弊社OB・OG）"], ["No", "ご芳名", "郵便番号", "ご住所", "電話番号", "退職時所属"]]
for i, p in enumerate(_p[9:], 1):
    _ob.append([i, p["name"], p["zip"], p["addr"], p["tel"], ["元製造本部", "元営業部", "元総務部", "元品質保証部"][i % 4]])
add(
    id="ceremony-001", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="社葬の会葬者芳名録15名分（氏名・住所・電話）をXLSX 2シートで葬儀社へ：人のリスト",
    sender=OTSU, to=["株式会社平安典礼 葛西様 <kasai@heian-tenrei.co.jp>"],
    subject="故 日野原昭三 社葬　会葬者名簿（会葬礼状発送用）の送付",
    charset="utf-8",
    body=f"""株式会社平安典礼
葛西 様

いつも大変お世話になっております。日の出産業の大槻でございます。
先日の社葬では、準備から当日の進行まで細やかにご対応いただき、誠にありがとうございました。
役員一同、大変感謝しております。

ご依頼のありました会葬礼状・香典返しの発送用に、受付でお預かりした芳名カードを
入力したものを添付いたします。
シートは「一般会葬者」「OB・OG」の2つに分かれております。
住所の判読が難しかったカードは備考欄に「要確認」と入れてありますので、
発送前に一度ご相談させてください。

発送予定日は来週水曜と伺っております。何卒よろしくお願いいたします。
{SIG_OTSU}""",
    attachments=[{"kind": "xlsx", "name": "社葬_会葬者芳名録_入力済.xlsx",
                  "sheets": {"一般会葬者": _gen, "OB・OG": _ob}}],
)

_p = people(103, 12, born=(1940, 1960))
_rows = [["会員番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "生年月日", "退職年度"]]
for i, p in enumerate(_p):
    _rows.append([f"OB-{1021 + i * 7:04d}", p["name"], p["kata"], p["zip"], p["addr_k"], p["tel"],
                  wareki(*p["dob"], style="short"), f"{2000 + p['age'] % 20}"])
add(
    id="ceremony-002", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="OB会会報の宛名データ（会員12名の住所・電話・生年月日）CSV(CP932)を印刷会社へ",
    sender=NONO, to=["錦印刷株式会社 三輪様 <miwa.t@nishiki-insatsu.co.jp>"],
    subject="日の出会（OB会）会報 第38号　宛名データ送付の件",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
営業部　三輪様

いつもお世話になっております。日の出会事務局の野々村です。
先日は会報第38号の校正紙をありがとうございました。特に修正はございません。

宛名ラベル用のデータをCSVでお送りします。
今回は住所変更・新規入会分のみの差分（12名）です。前号までの分は
お手元のデータをそのままお使いください。
なお、生年月日の列は「喜寿・傘寿のお祝い」欄の確認用に残しております。
ラベルには印字しないようお願いいたします。

納品は11月20日（木）までに当社総務部宛でお願いできれば幸いです。
{SIG_NONO}""",
    attachments=[{"kind": "csv", "name": "kaiho38_atena_sabun.csv", "encoding": "cp932", "rows": _rows}],
)

_p = people(104, 6, born=(1975, 1999))
_ev = [("結婚", "本人", "30,000"), ("出産", "本人（第一子）", "20,000"), ("死亡", "実父", "30,000"),
       ("死亡", "祖母", "5,000"), ("結婚", "本人", "30,000"), ("出産", "配偶者（第二子）", "20,000")]
_lines = "\n".join(f"{p['emp']}\t{p['name']}\t{e[0]}\t{e[1]}\t{e[2]}\t{p['bank']}" for p, e in zip(_p, _ev))
add(
    id="ceremony-003", expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="慶弔見舞金の支給依頼：社員6名の氏名・事由・振込口座をタブ区切りで福利厚生代行会社へ",
    sender=KAWA, to=["ふくりプラザ 慶弔代行チーム <keicho@fukuri-plaza.co.jp>"],
    subject="【日の出産業】9月度　慶弔見舞金　支給依頼",
    charset="shift_jis",
    body=f"""株式会社ふくりプラザ
慶弔代行チーム　ご担当者様

お世話になっております。日の出産業 人事総務部の川端です。
9月度の慶弔見舞金について、下記のとおり支給をお願いいたします。
（申請書の原本は社内で保管しております）

社員番号\t氏名\t事由\t続柄\t支給額\t振込先
{_lines}

支給日は10月10日でお願いいたします。
不明点がございましたらご連絡ください。
{SIG_KAWA}""",
)

_p = people(105, 8, born=(1935, 1965))
_rel = ["ご親族（甥）", "元専務取締役", "旧友（大学同期）", "ご親族（姪）", "元秘書", "旧友（囲碁会）",
        "元監査役", "ご親族（義弟）"]
_tr = "\n".join(
    f"<tr><td>{i}</td><td>{p['name']}</td><td>{r}</td><td>〒{p['zip']}</td><td>{p['addr']}</td>"
    f"<td>{p['tel']}</td></tr>" for i, (p, r) in enumerate(zip(_p, _rel), 1))
add(
    id="ceremony-004", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="名誉会長の米寿祝賀会の招待状発送先8名（個人宅住所・電話）をHTMLのみのメールの表でホテルへ",
    sender=TAKA, to=["さくらホテル 宴会予約課 石動様 <banquet@sakura-hotel.jp>"],
    subject="東海林名誉会長 米寿を祝う会　招待状発送先リストのご送付",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>さくらホテル 宴会予約課<br>石動 様</p>
<p>いつもお世話になっております。日の出産業 秘書室の高畑でございます。<br>
先日はお打合せのお時間をいただき、ありがとうございました。</p>
<p>招待状の宛名書き・発送代行をお願いしております、ご親族・個人関係の方の発送先を
以下にお送りいたします（取引先関係は別途、錦印刷様から直接お届けします）。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#eee"><th>No</th><th>お名前</th><th>ご関係</th><th>郵便番号</th><th>ご住所</th><th>電話番号</th></tr>
{_tr}
</table>
<p>発送は来月1日（月）大安の日でお願いできますと幸いです。<br>よろしくお願いいたします。</p>
<p>------------------------------------------<br>
日の出産業株式会社　秘書室<br>高畑 由紀<br>直通 048-641-2205</p>
</body></html>""",
)

_p = people(106, 10, born=(1940, 1965))
_hdr = pad("氏名", 16) + pad("〒", 10) + "住所"
_tbl = "\n".join(pad(p["name"], 16) + pad(p["zip"], 10) + p["addr"] for p in _p)
add(
    id="ceremony-005", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="社長個人の喪中はがき送付先10名（氏名・住所）を空白揃えの表で印刷会社へ",
    sender=TAKA, to=["ことぶき印刷 受注センター <order@kotobuki-print.co.jp>"],
    subject="喪中はがき（年賀欠礼）印刷・投函のお願い",
    charset="iso-2022-jp",
    body=f"""ことぶき印刷株式会社
受注センター　御中

いつもお世話になっております。
日の出産業株式会社 秘書室の高畑と申します。

弊社代表取締役社長 桐生隆之の母が本年8月に永眠いたしましたため、
社長個人名での喪中はがきの印刷と宛名印字・投函をお願いしたく、ご連絡いたしました。
文面はカタログのNo.M-12（薄墨・蓮の花）、差出人は社長個人の住所でお願いします。

送付先は下記10件です。

{_hdr}
{"-" * 72}
{_tbl}

11月末までの投函を希望いたします。お見積りと合わせてご返信いただけますと幸いです。
{SIG_TAKA}""",
)

_p = people(107, 7, born=(1945, 1975))
_rows = "\n".join(
    zpad(p["name"], 14) + zpad(zen(p["zip"]), 12) + zpad(zen(p["addr"]), 52) + zpad(zen(p["tel"]), 18)
    + ["ＫＧ－３０１", "ＫＧ－３０２", "ＫＧ－３０１", "ＫＧ－５０５"][i % 4]
    for i, p in enumerate(_p))
add(
    id="ceremony-006", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="会長夫人の家族葬の香典返し送付先7名（住所・電話）を全角空白揃えでギフト会社へ",
    sender=TAKA, to=["玉手箱ギフト 法人営業部 <hojin@tamatebako-gift.co.jp>"],
    subject="香典返し（満中陰志）発送先のご連絡　日の出産業",
    charset="shift_jis",
    body=f"""株式会社玉手箱ギフト
法人営業部　ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 秘書室の高畑でございます。

先日ご相談いたしました、弊社会長 宍戸の奥様のご葬儀（家族葬）に係る香典返しにつきまして、
ご親族側で把握されていなかった個人のご香典分を弊社にて取りまとめましたので、
発送先をお送りいたします。挨拶状は「満中陰志」、四十九日明けの発送でお願いいたします。

{zpad("お名前", 14)}{zpad("〒", 12)}{zpad("ご住所", 52)}{zpad("電話番号", 18)}品番
{"－" * 50}
{_rows}

請求書は弊社秘書室宛にお願いいたします。
{SIG_TAKA}""",
)

_p = people(108, 6, born=(1986, 1996))
_kid = people(208, 6, born=(2025, 2025))
_dept = ["営業二課", "製造部 第一工場", "経理部", "品質保証部", "物流センター", "情報システム部"]
_b = "\n".join(
    f"・{d}　{p['name']}さん　〒{p['zip']} {p['addr']}　TEL {p['mobile']}　"
    f"（ご出産日 {k['dob'][0]}/{k['dob'][1]}/{k['dob'][2]}、{'女' if k['female'] else '男'}のお子様）"
    for d, p, k in zip(_dept, _p, _kid))
add(
    id="ceremony-007", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="出産祝いの配送先：社員6名の自宅住所・携帯と子の出生日を「・」箇条書きでギフト会社へ",
    sender=MORI, to=["はなまるギフト 岸本様 <kishimoto@hanamaru-gift.co.jp>"],
    subject="出産祝い（カタログギフト）配送のお願い　第3四半期分",
    charset="utf-8",
    body=f"""はなまるギフト株式会社
岸本様

いつもお世話になっております。日の出産業 総務の森本です。
第3四半期の出産祝い（会社から贈るカタログギフト「すくすく」1万円コース）の
配送先がまとまりましたので、ご連絡いたします。

{_b}

のし：「御出産御祝」　名入れ：「日の出産業株式会社」でお願いします。
お届けは各ご家庭のご都合もあるので、日時指定なしで結構です。
{SIG_MORI}""",
)

_p = people(109, 7, born=(1943, 1958))
_pick = ["大宮駅西口", "浦和駅東口", "大宮駅西口", "上尾駅", "大宮駅西口", "さいたま新都心駅", "浦和駅東口"]
_blocks = "\n\n".join(
    f"【{zen(str(i), True)}】氏名：{p['name']}（{p['kana']}）\n"
    f"　　生年月日：{wareki(*p['dob'], style='zen')}\n"
    f"　　携帯：{zen(p['mobile'], True)}\n"
    f"　　住所：{p['addr_k']}\n"
    f"　　乗車場所：{pk}"
    for i, (p, pk) in enumerate(zip(_p, _pick), 1))
add(
    id="ceremony-008", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="OB会バス旅行の参加者7名（生年月日・携帯・住所）を1人1ブロックで旅行会社へ",
    sender=NONO, to=["たびの窓 団体旅行課 堀之内様 <horinouchi@tabinomado.co.jp>"],
    subject="日の出会 秋の日帰りバス旅行（秩父）参加者名簿",
    charset="iso-2022-jp",
    body=f"""たびの窓 団体旅行課
堀之内様

お世話になります。日の出産業の野々村です。
10月の秩父日帰りバス旅行、参加者が確定しましたので名簿をお送りします。
国内旅行傷害保険の加入に生年月日が必要とのことでしたので記載しております。

{_blocks}

以上7名、添乗は当社から私が同行いたします。
行程表の最終版をいただけましたら、参加者へ郵送いたします。
{SIG_NONO}""",
)

_p = people(110, 8, born=(1962, 1985))
_t = [["社員番号", "氏名", "所属", "勤続", "記念品", "送付先住所", "電話番号"]]
for i, p in enumerate(_p):
    _t.append([p["emp"], p["name"], ["本社", "大宮工場", "熊谷物流", "本社"][i % 4], ["20年", "30年"][i % 2],
               "旅行券 5万円" if i % 2 else "旅行券 10万円", f"〒{p['zip']} {p['addr']}", p["mobile"]])
add(
    id="ceremony-009", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="永年勤続表彰の記念品（旅行券）送付先：社員8名の自宅住所・携帯をDOCXの表で旅行会社へ",
    sender=MORI, to=["たびの窓 法人営業部 <hojin-eigyo@tabinomado.co.jp>"],
    subject="永年勤続表彰 記念品（旅行券）の自宅送付について",
    charset="utf-8",
    body=f"""株式会社たびの窓
法人営業部 ご担当者様

お世話になっております。日の出産業 総務部の森本です。
本年度の永年勤続表彰の記念品（旅行券）について、今年は式典当日の手渡しではなく
ご自宅への簡易書留での送付をお願いすることになりました。

対象者と送付先を添付のWordにまとめましたのでご確認ください。
送付状の文面は前回と同じもので結構です。
{SIG_MORI}""",
    attachments=[{"kind": "docx", "name": "永年勤続記念品_送付先一覧.docx",
                  "paragraphs": ["2025年度 永年勤続表彰 記念品送付先一覧", "日の出産業株式会社 総務部"],
                  "tables": [_t]}],
)

_p = people(111, 8, born=(1940, 1970))
_fw = "\n".join(f"{i}. {p['name']}／〒{p['zip']}／{p['addr']}／TEL {p['tel']}" for i, p in enumerate(_p, 1))
add(
    id="ceremony-010", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="葬儀社から届いた芳名データ8名分（住所・電話）を印刷会社へ転送：転送本文は新しい本文として数える",
    sender=MORI, to=["錦印刷株式会社 三輪様 <miwa.t@nishiki-insatsu.co.jp>"],
    subject="FW: 芳名カード入力データ（第1便）",
    charset="shift_jis",
    body=f"""錦印刷 三輪様

お世話になっております。日の出産業の森本です。
「お別れの会」の芳名カード入力データが平安典礼さんから届きましたので転送いたします。
会葬礼状の宛名印字にお使いください。件数が多いため、まずは第1便分です。

-------- Forwarded Message --------
件名: 芳名カード入力データ（第1便）
差出人: 平安典礼 葛西 <kasai@heian-tenrei.co.jp>
宛先: 大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>

日の出産業株式会社
大槻様

お世話になっております。平安典礼の葛西です。
芳名カードの入力が一部終わりましたので、第1便としてお送りします。

{_fw}

第2便は明後日お送りする予定です。
平安典礼 葛西
{SIG_MORI}""",
)

_p = people(112, 8, born=(1970, 1998))
_role = ["受付（一般）", "受付（一般）", "受付（取引先）", "受付（取引先）", "香典お預かり", "香典お預かり",
         "クローク", "駐車場誘導"]
_tab = "\n".join(f"{r}\t{p['name']}\t{p['mobile']}\t{'7:30' if i < 6 else '8:00'}"
                 for i, (p, r) in enumerate(zip(_p, _role)))
add(
    id="ceremony-011", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="社葬当日の受付係8名の個人携帯番号一覧（タブ区切り）を葬儀社へ",
    sender=OTSU, to=["平安典礼 葛西 <kasai@heian-tenrei.co.jp>"], cc=[MORI],
    subject="Re: 社葬当日の係員体制について",
    charset="iso-2022-jp",
    body=f"""葛西様

お世話になっております。大槻です。
当日の受付・会計係の社員と連絡先（個人の携帯）を以下にまとめました。
当日は社用携帯を持たない者もおりますので、連絡はこちらの番号にお願いします。

担当\t氏名\t携帯\t集合
{_tab}

リハーサルは前日16時からと理解しております。よろしくお願いします。
{SIG_OTSU}""",
)

_p = people(113, 10, born=(1938, 1955))
_stop = ["大宮駅西口", "大宮駅西口", "大宮駅西口", "浦和駅西口", "浦和駅西口", "上尾駅東口", "上尾駅東口",
         "大宮駅西口", "浦和駅西口", "上尾駅東口"]
_tbl = [["No", "氏名", "年齢", "乗車地", "携帯電話", "緊急連絡先（ご家族）", "備考"]]
for i, (p, s) in enumerate(zip(_p, _stop), 1):
    _tbl.append([i, p["name"], p["age"], s, p["mobile"], p["tel"], "杖使用" if i in (3, 8) else ""])
add(
    id="ceremony-012", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="偲ぶ会の送迎バス乗車名簿（OB10名の携帯・家族連絡先）をPDFでバス会社へ",
    sender=NONO, to=["青葉運輸 貸切バス営業所 <kashikiri@aoba-unyu.co.jp>"],
    subject="【乗車名簿】11/8 故日野原元会長を偲ぶ会　送迎バス",
    charset="utf-8",
    body=f"""青葉運輸株式会社
貸切バス営業所 ご担当者様

いつもお世話になっております。日の出産業 総務部の野々村です。
11月8日（土）の送迎バス（中型1台）の乗車名簿をPDFでお送りいたします。
ご高齢の方が多いため、乗降時のお手伝いをお願いできればありがたいです。

ご不明な点はご連絡ください。
{SIG_NONO}""",
    attachments=[{"kind": "pdf", "name": "送迎バス乗車名簿_1108.pdf", "title": "送迎バス乗車名簿",
                  "lines": ["故 日野原昭三 元会長を偲ぶ会　送迎バス乗車名簿", "2025年11月8日（土）　中型バス1台",
                            "日の出産業株式会社 総務部", ""],
                  "table": _tbl}],
)

_p = people(114, 7, born=(1940, 1965))
_diet = ["なし", "糖尿病のため糖質控えめ", "甲殻類アレルギー", "なし", "人工透析中（水分・塩分制限）",
         "そば・落花生アレルギー", "嚥下障害あり（刻み食）"]
_seat = [["故 日野原昭三 元会長を偲ぶ会　席次・お食事配慮一覧"], [],
         ["卓", "お名前", "ご関係", "食事の配慮", "連絡先"]]
for i, (p, d) in enumerate(zip(_p, _diet)):
    _seat.append(["A" if i < 4 else "B", p["name"], ["ご遺族", "元専務", "元常務", "ご遺族", "元監査役", "OB",
                                                     "OB"][i], d, p["mobile"]])
add(
    id="ceremony-013", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="偲ぶ会の席次表に出席者7名の持病（糖尿病・人工透析・嚥下障害）と携帯：要配慮＋人のリストをホテルへ",
    sender=TAKA, to=["さくらホテル 宴会予約課 石動様 <banquet@sakura-hotel.jp>"],
    subject="偲ぶ会　席次とお料理のご配慮について",
    charset="utf-8",
    body=f"""さくらホテル
石動様

お世話になっております。日の出産業の高畑でございます。
偲ぶ会のA卓・B卓（ご遺族・元役員席）の席次と、お料理でご配慮いただきたい点を
エクセルにまとめました。厨房の方にもご共有いただけますでしょうか。

当日何かございましたら、一覧の連絡先に直接お電話いただいて構いません。
{SIG_TAKA}""",
    attachments=[{"kind": "xlsx", "name": "偲ぶ会_席次_お料理配慮.xlsx", "sheets": {"A・B卓": _seat}}],
)

_p = people(115, 10, born=(1965, 1998))
_why = [("結婚", "本人", "30,000"), ("傷病見舞", "本人（腰椎椎間板ヘルニア手術・入院14日）", "10,000"),
        ("死亡弔慰", "実母", "30,000"), ("出産", "本人", "20,000"), ("傷病見舞", "本人（乳がん手術・入院）", "10,000"),
        ("災害見舞", "本人（床上浸水）", "50,000"), ("死亡弔慰", "配偶者の父", "10,000"), ("結婚", "本人", "30,000"),
        ("傷病見舞", "本人（うつ病により休職30日超）", "10,000"), ("出産", "配偶者", "20,000")]
_tbl = [["支給日", "社員番号", "氏名", "事由", "対象・詳細", "金額（円）"]]
for i, (p, w) in enumerate(zip(_p, _why)):
    _tbl.append([f"2025/{4 + i // 2:02d}/{10 if i % 2 else 25}", p["emp"], p["name"], w[0], w[1], w[2]])
add(
    id="ceremony-014", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="慶弔金支給台帳10名分（傷病名・休職理由を含む）をPDFで社労士へ：人のリストかつ要配慮",
    sender=KAWA, to=["やまぶき社会保険労務士法人 柴崎先生 <shibasaki@yamabuki-sr.jp>"],
    subject="慶弔見舞金規程の見直しに関する資料送付",
    charset="shift_jis",
    body=f"""やまぶき社会保険労務士法人
柴崎先生

いつも大変お世話になっております。日の出産業の川端です。
先日ご相談した慶弔見舞金規程の見直しの件、今年度上期の支給実績を台帳から出力しましたので
お送りします。傷病見舞の支給基準（入院日数・休職期間の扱い）が曖昧になっている例を
ご確認いただければと思います。

次回打合せは10/22（水）14時で承知しております。
{SIG_KAWA}""",
    attachments=[{"kind": "pdf", "name": "慶弔金支給台帳_2025上期.pdf",
                  "lines": ["慶弔見舞金 支給台帳（2025年4月〜9月）", "日の出産業株式会社 人事総務部", ""],
                  "table": _tbl}],
)

_p = people(116, 6, born=(1930, 1948))
_fam = people(216, 6, born=(1935, 1975))
_rel, _fmei = [], []
for i, (p, f) in enumerate(zip(_p, _fam)):
    if i % 2 == 0:  # spouse: opposite sex of the deceased
        _rel.append("夫" if p["female"] else "妻")
        _fmei.append((_MEI_M if p["female"] else _MEI_F)[i * 3 + 2][0])
    else:
        _rel.append("長女" if f["female"] else ["長男", "次男"][i % 4 // 2])
        _fmei.append(f["mei"])
_blk = "\n".join(
    f"■{p['name']} 様（元{['製造部長', '営業課長', '常務取締役', '総務部次長', '工場長', '経理課長'][i]}）\n"
    f"　ご逝去：{wareki(2025, 1 + i, 3 + i * 4)}　享年{p['age']}\n"
    f"　ご遺族：{f['name'] if r == '長女' else p['sei'] + ' ' + fm} 様（{r}）\n"
    f"　ご連絡先：〒{f['zip']} {f['addr']}　電話 {f['tel']}\n"
    for i, (p, f, r, fm) in enumerate(zip(_p, _fam, _rel, _fmei)))
add(
    id="ceremony-015", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data", "freemail_recipient"],
    note="OB会物故者6名とご遺族の住所・電話を1人1ブロックでOB会長の個人メール（gmail）へ",
    sender=NONO, to=["奥寺 良平 <okudera.ryohei1948@gmail.com>"],
    subject="本年度の物故会員について（総会での黙祷用）",
    charset="iso-2022-jp",
    body=f"""奥寺会長

いつもお世話になっております。事務局の野々村です。
総会冒頭の黙祷でお名前を読み上げる物故会員の方々について、事務局で把握している分を
まとめました。ご遺族へのお花料のご送付先も併せて記載しています。

{_blk}
漏れがあれば、会長のほうでご存じの方を教えていただけますと助かります。
{SIG_NONO}""",
)

_p = people(117, 7, born=(1985, 1997))
_kid = people(217, 7, born=(2025, 2025))
_t = [["区分", "所属", "お名前", "ご家族のお名前", "日付"]]
for i, (p, k) in enumerate(zip(_p, _kid)):
    if i in (0, 3, 5):
        _t.append(["ご結婚", ["営業部", "技術部", "製造部"][i % 3], p["name"], f"旧姓 {k['sei']}（婚姻届出）",
                   f"2025年{8 + i % 3}月{5 + i}日"])
    else:
        _t.append(["ご出産", ["経理部", "物流部", "人事総務部", "品質保証部"][i % 4], p["name"],
                   f"{'長女' if k['female'] else '長男'} {k['mei']}ちゃん",
                   f"{k['dob'][0]}年{k['dob'][1]}月{k['dob'][2]}日生まれ"])
add(
    id="ceremony-016", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="社内報「慶びごと」欄の原稿：社員7名の結婚・出産（子の名前と生年月日）をDOCXで外部編集プロダクションへ",
    sender=MORI, to=["ペンクラフト編集室 相葉様 <aiba@pencraft-henshu.co.jp>"],
    subject="社内報「ひので」秋号　慶びごと欄の原稿",
    charset="utf-8",
    body=f"""ペンクラフト編集室
相葉様

お世話になっております。日の出産業の森本です。
秋号の「慶びごと」欄の原稿をお送りします。掲載はすべてご本人の了承済みです。
レイアウトは前号と同じ表形式でお願いします。

写真は揃い次第別途お送りします（3名分）。
{SIG_MORI}""",
    attachments=[{"kind": "docx", "name": "ひので秋号_慶びごと欄.docx",
                  "paragraphs": ["社内報「ひので」2025年秋号", "慶びごと（ご結婚・ご出産）", ""],
                  "tables": [_t]}],
)

_p = people(118, 6, born=(1970, 1996))
_dec = people(218, 6, born=(1930, 1960))
_rl = ["実父", "祖母", "配偶者の母", "実母", "兄", "祖父"]
_days = ["10/01-10/05", "10/03-10/04", "10/06-10/08", "10/09-10/13", "10/14-10/16", "10/20-10/21"]
_hdr = pad("社員番号", 10) + pad("氏名", 16) + pad("続柄", 12) + pad("故人氏名", 16) + "忌引期間"
_dn = [f"{p['sei']} {_MEI_M[i * 5][0]}" if r in ("実父", "兄", "祖父") else
       (f"{d['sei']} {_MEI_F[i * 3][0]}" if r == "配偶者の母" else f"{p['sei']} {_MEI_F[i * 3][0]}")
       for i, (p, d, r) in enumerate(zip(_p, _dec, _rl))]
_tbl = "\n".join(pad(p["emp"], 10) + pad(p["name"], 16) + pad(r, 12) + pad(dn, 16) + dd
                 for p, dn, r, dd in zip(_p, _dn, _rl, _days))
add(
    id="ceremony-017", expect="stop",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="勤怠システム修正依頼の返信の新規本文に社員6名の忌引取得一覧（社員番号・続柄・故人名・期間）：引用部ではない",
    sender=SHIM, to=["ツバサシステム サポート 真壁様 <support@tsubasa-system.jp>"],
    subject="Re: 【お問い合わせ番号 TS-24817】忌引休暇の日数計算について",
    charset="utf-8",
    body=f"""ツバサシステム
真壁様

ご回答ありがとうございます。日の出産業の嶋田です。
ご依頼のあった、10月分で忌引の日数が正しく計算されていない社員の一覧です。
（続柄ごとの付与日数マスタの設定が原因ではないかと考えています）

{_hdr}
{"-" * 70}
{_tbl}

お手数ですが、ログの確認をお願いいたします。
{SIG_SHIM}
> 日の出産業株式会社
> 嶋田様
>
> いつもツバサ勤怠をご利用いただきありがとうございます。
> お問い合わせの件、該当する社員の方の一覧（社員番号・続柄・期間）を
> お送りいただけますでしょうか。調査いたします。
>
> ツバサシステム株式会社 カスタマーサポート 真壁
""",
)

_p = people(119, 12, born=(1940, 1975))
_rows = [["故 日野原昭三 社葬　香典帳"], ["No", "氏名", "住所", "金額", "返礼品", "区分"]]
for i, p in enumerate(_p, 1):
    _rows.append([i, p["name"], p["addr"], [5000, 10000, 3000, 30000][i % 4], "KG-301" if i % 4 != 3 else "KG-505",
                  "OB" if i % 3 == 0 else "個人"])
add(
    id="ceremony-018", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="社葬の香典帳12名分（氏名・住所・金額）を旧形式XLSで税理士事務所へ",
    sender=OTSU, to=["竹内税理士事務所 竹内先生 <takeuchi@takeuchi-tax.jp>"],
    subject="社葬費用・香典の経理処理についてのご相談（資料送付）",
    charset="shift_jis",
    body=f"""竹内税理士事務所
竹内先生

いつもお世話になっております。日の出産業の大槻です。
先日お電話でご相談いたしました、社葬の香典の扱い（会社受領分とご遺族分の区分）について、
受付で記帳した香典帳を添付いたします。個人からのものと取引先からのものを分けた一覧です。

ご確認のうえ、処理方法をご教示いただけますと幸いです。
{SIG_OTSU}""",
    attachments=[{"kind": "xls", "name": "kodenchou_shasou.xls", "sheets": {"香典帳（個人）": _rows}}],
)

_p = people(120, 5, born=(1965, 1995))
_dmg = ["床上浸水", "床下浸水", "一部損壊（屋根）", "床上浸水", "車両水没"]
_tr = "\n".join(f"<tr><td>{p['emp']}</td><td>{p['name']}</td><td>{p['addr']}</td><td>{d}</td><td>{p['mobile']}</td></tr>"
                for p, d in zip(_p, _dmg))
add(
    id="ceremony-019", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="台風被災社員5名の被災住所・被害・携帯をHTMLのみの表で共済会（外部）へ災害見舞金申請",
    sender=KAWA, to=["産業共済会 給付課 <kyufu@sangyo-kyosaikai.or.jp>"],
    subject="災害見舞金の申請（台風15号）日の出産業",
    charset="iso-2022-jp",
    html=f"""<html><body>
<p>産業共済会 給付課 御中</p>
<p>いつもお世話になっております。日の出産業株式会社 人事総務部の川端です。<br>
先日の台風15号により被災した会員（社員）について、災害見舞金の申請をいたします。<br>
罹災証明書は本人から届き次第、郵送いたします。</p>
<table border="1" cellpadding="3">
<tr><th>社員番号</th><th>氏名</th><th>被災住所</th><th>被害区分</th><th>連絡先</th></tr>
{_tr}
</table>
<p>以上、よろしくお願いいたします。</p>
<p>日の出産業株式会社 人事総務部 厚生グループ　川端 真理子<br>TEL: 048-641-2230</p>
</body></html>""",
)

_p = people(121, 9, born=(1950, 1985))
_plate = ["大宮 300 さ 12-34", "所沢 500 み 80-11", "品川 330 は 4-56", "熊谷 530 ぬ 21-09", "大宮 502 ほ 77-70",
          "春日部 300 そ 1-23", "横浜 330 ら 60-01", "大宮 330 た 98-76", "川越 500 あ 35-35"]
_csv = [["氏名", "車両ナンバー", "携帯電話", "到着予定"]] + [
    [p["name"], pl, p["mobile"], f"{9 + i // 4}:{(i * 10) % 60:02d}"] for i, (p, pl) in enumerate(zip(_p, _plate))]
add(
    id="ceremony-020", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="社葬の駐車場事前登録：弔問客9名の氏名・車両番号・携帯のCSV(UTF-8)をZIP（暗号化なし）で警備会社へ",
    sender=MORI, to=["あおい警備保障 大宮営業所 <omiya@aoi-keibi.co.jp>"],
    subject="社葬当日の駐車場誘導　事前登録車両の送付",
    charset="utf-8",
    body=f"""あおい警備保障株式会社
大宮営業所 ご担当者様

お世話になっております。日の出産業の森本です。
当日、第2駐車場を使用される弔問客（ご遺族・ご来賓の個人車両）の事前登録分をお送りします。
ZIPの中に登録車両のCSVと駐車場の配置図（PDF）が入っています。

誘導員の方への共有をお願いいたします。
{SIG_MORI}""",
    attachments=[{"kind": "zip", "name": "駐車場_事前登録.zip", "files": [
        {"kind": "csv", "name": "jizen_touroku.csv", "encoding": "utf-8", "rows": _csv},
        {"kind": "pdf", "name": "haichizu.pdf", "lines": ["第2駐車場 配置図", "入口：県道側", "誘導員2名配置"]}]}],
)

_p = people(122, 7, born=(1970, 1998))
_c = "\n".join(f"{p['name']},{p['zip']},{p['addr']},{p['mobile']}" for p in _p)
add(
    id="ceremony-021", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="社員の披露宴の会社関係出席者7名の引出物配送先（住所・携帯）をカンマ区切りで本文に貼りホテルへ",
    sender=MORI, to=["グランドみなとホテル ウエディングサロン 北条様 <wedding@grand-minato-hotel.co.jp>"],
    subject="11/23 汐見様・蓮見様ご披露宴　引出物の宅配について",
    charset="iso-2022-jp",
    body=f"""グランドみなとホテル
ウエディングサロン　北条様

はじめてご連絡いたします。日の出産業株式会社 総務部の森本と申します。
新郎の汐見（弊社営業部）より、会社関係の出席者分の引出物を宅配に切り替えたいので
総務から送付先を連絡するよう依頼を受けました。

氏名,郵便番号,住所,電話
{_c}

以上7名分です。宅配料金は新郎側のご精算に含めていただければと思います。
{SIG_MORI}""",
)

_p = people(123, 6, born=(1968, 1992))
_rows = "\n".join(pad(p["romaji"], 20) + pad(iso(p["dob"]), 13) + pad(p["mobile"], 16) + ["GM, Sales", "Deputy GM", "Manager", "Manager", "Staff",
                                                    "Interpreter"][i] for i, p in enumerate(_p))
add(
    id="ceremony-022", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="英文：海外取引先の創業者追悼式に出席する社員6名の生年月日・携帯を空白揃えの表で先方へ",
    sender=FUJI, to=["Grace Lim <grace.lim@lionharbour-mfg.com.sg>"],
    subject="Memorial service for Mr. Tan - our delegation",
    charset="utf-8",
    body=f"""Dear Ms. Lim,

Thank you for your kind invitation to the memorial service for the late Mr. Tan Boon Keng.
Please accept once again our deepest condolences on behalf of everyone at Hinode Sangyo.

As requested for the venue's security registration, here is the list of our delegation:

{pad("Name", 20)}{pad("Date of birth", 13)}{pad("Mobile", 16)}Title
{"-" * 64}
{_rows}

We will arrive in Singapore on the evening of 14 November. Please let me know if you need
anything else from us.

Kind regards,
{SIG_FUJI}""",
)

_p = people(124, 6, born=(1945, 1975))
_fl = "\n".join(f"({i}) 名札：{p['name']}　ご請求先：{p['name']} 様 〒{p['zip']} {p['addr']}　TEL {p['tel']}"
                for i, p in enumerate(_p, 1))
add(
    id="ceremony-023", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="葬儀社からの供花申込者（個人6名・住所・電話）のメールを.eml添付で花屋へ転送",
    sender=MORI, to=["花暦 村井様 <murai@hanagoyomi.jp>"],
    subject="FW: 供花お申込み（個人の方）一覧",
    charset="shift_jis",
    body=f"""花暦　村井様

お世話になっております。日の出産業の森本です。
平安典礼さん経由で受け付けた個人の方からの供花のお申込みを転送します。
名札の作成と、各ご請求先への請求書の送付をお願いできますでしょうか。
{SIG_MORI}""",
    attachments=[{"kind": "eml", "name": "供花お申込み一覧.eml", "message": {
        "sender": "平安典礼 葛西 <kasai@heian-tenrei.co.jp>", "to": [OTSU],
        "subject": "供花お申込み（個人の方）一覧", "charset": "shift_jis",
        "body": f"""日の出産業株式会社
大槻様

平安典礼の葛西です。
本日までに弊社窓口でお受けした、個人の方からの供花のお申込みは以下の6件です。

{_fl}

いずれも「スタンド花 一基 16,500円」でのお申込みです。
平安典礼 葛西"""}}],
)

_p = people(125, 6, born=(1960, 1965))
_s1 = [["2025年度 定年退職者　日の出会 入会登録"], [],
       ["氏名", "フリガナ", "生年月日", "退職日", "最終所属", "自宅住所", "電話", "メール"]]
_s2 = [["会費口座振替 登録"], ["氏名", "金融機関・口座", "年会費"]]
for p in _p:
    _s1.append([p["name"], p["kata"], iso(p["dob"]), "2025/03/31", ["製造部", "営業部", "経理部"][p["age"] % 3],
                f"〒{p['zip']} {p['addr']}", p["tel"], p["mail"]])
    _s2.append([p["name"], p["bank"], "3,000"])
add(
    id="ceremony-024", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="OB会新入会員6名の生年月日・住所・電話・個人メール・口座をXLSX（表題行・2シート）で事務局委託先へ",
    sender=NONO, to=["エムズサポート OB会事務局担当 <obkai@ms-support.co.jp>"],
    subject="日の出会　新入会員の登録依頼（2025年度定年退職者）",
    charset="iso-2022-jp",
    body=f"""株式会社エムズサポート
OB会事務局ご担当者様

お世話になっております。日の出産業の野々村です。
本年3月末の定年退職者のうち、日の出会への入会申込書が届いた6名分を登録用にまとめました。
会費の口座振替の登録もあわせてお願いいたします。

申込書の原本は月末にまとめて郵送します。
{SIG_NONO}""",
    attachments=[{"kind": "xlsx", "name": "日の出会_新入会員登録_2025.xlsx",
                  "sheets": {"入会登録": _s1, "口座振替": _s2}}],
)

# =======================================================================================
# STOP — 要配慮個人情報 of even one person
# =======================================================================================

add(
    id="ceremony-025", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="お見舞い花の注文に社員1名の病名（脳梗塞）と入院病棟：要配慮個人情報を花屋へ",
    sender=MORI, to=["花暦 村井様 <murai@hanagoyomi.jp>"],
    subject="お見舞いのアレンジメントのご注文",
    charset="iso-2022-jp",
    body=f"""花暦　村井様

いつもお世話になっております。日の出産業の森本です。
お見舞いのお花をお願いしたくご連絡しました。

弊社営業部の鬼頭 誠一（きとう せいいち）が先週、脳梗塞で倒れまして、
現在 さいたま中央医療センターの脳神経外科病棟（6階）に入院しております。
右半身に麻痺が残っているそうで、まだしばらく入院が続く見込みです。

・ご予算：5,000円程度（税別）
・生花はNGの病院ではないことを確認済みですが、香りの強いものは避けてください
・立札：「日の出産業株式会社 営業部一同」
・お届け：10/16（木）午後、病棟のナースステーション経由

請求書は総務部宛でお願いいたします。
{SIG_MORI}""",
)

add(
    id="ceremony-026", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="社員の家族葬の手配で喪主（社員）と家族の信仰（天理教）を葬儀社へ：信条は要配慮個人情報",
    sender=OTSU, to=["株式会社平安典礼 葛西様 <kasai@heian-tenrei.co.jp>"],
    subject="製造部 甲斐の奥様のご葬儀について（提携プランのご依頼）",
    charset="utf-8",
    body=f"""平安典礼
葛西様

いつもお世話になっております。日の出産業の大槻です。
夜分に失礼いたします。

本日、弊社製造部の甲斐 浩二の奥様（甲斐 美穂様）がご逝去されました。
甲斐本人から、会社の提携プランで葬儀をお願いしたいとの申し出がありましたので、
ご連絡いたします。

一点ご留意いただきたいのが、甲斐さんのご家族は天理教の信者でいらっしゃり、
ご葬儀は天理教の教会長さんにお願いする形（天理教式）をご希望とのことです。
斎主の手配はご家族側で行われるそうです。

喪主：甲斐 浩二（弊社社員）
ご連絡は本人の携帯に直接お願いします（本人了承済み）。

会社からは弔慰金と供花一基を予定しています。
{SIG_OTSU}""",
)

add(
    id="ceremony-027", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="障害児養育見舞金の申請：社員の子の障害（ダウン症・療育手帳B）を福利厚生代行会社へ",
    sender=KAWA, to=["ふくりプラザ 慶弔代行チーム <keicho@fukuri-plaza.co.jp>"],
    subject="見舞金の支給対象についての確認",
    charset="shift_jis",
    body=f"""ふくりプラザ　慶弔代行チーム
ご担当者様

いつもお世話になっております。日の出産業の川端です。
見舞金の対象可否について確認させてください。

社員番号H20871　薬師寺 亜希子さんのお子様（長男・湊くん、3歳）が、
このたびダウン症と診断され、療育手帳（B）の交付を受けたと本人から申し出がありました。
当社規程の「障害児養育見舞金（一時金 50,000円）」の対象になると考えておりますが、
手帳の等級による区分が規程上はっきりしないため、貴社の運用をご教示ください。

支給となる場合の振込先は前回登録の口座と同じです。
{SIG_KAWA}""",
)

_v = people(128, 1, born=(1993, 1993), sex="m")[0]
add(
    id="ceremony-028", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="社員1名が強盗（犯罪）の被害者となり負傷したことを保険代理店へ：犯罪被害・傷病は要配慮",
    sender=KAWA, to=["いずみ保険サービス 有働様 <udo@izumi-hoken.co.jp>"],
    subject="団体傷害保険の請求について（社員の負傷）",
    charset="utf-8",
    body=f"""いずみ保険サービス
有働様

お世話になっております。日の出産業 人事総務部の川端です。
団体傷害保険の保険金請求についてご相談させてください。

弊社社員の五百旗頭 翔（いおきべ しょう、{wareki(*_v['dob'])}生）が、9月12日の夜、
帰宅途中に大宮駅東口付近の路上で強盗に遭い、右腕を骨折して現在入院中です。
警察には被害届を提出済みで、犯人はまだ捕まっていないとのことです。

会社としては傷病見舞金を支給したうえで、団体傷害保険（通勤途上の事故）での請求が
可能かどうか確認したいと考えております。必要書類をお知らせいただけますか。
{SIG_KAWA}""",
)

add(
    id="ceremony-029", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="英文：結婚披露宴を欠席する社員の病名（胃がん治療のため入院）を取引先へ：要配慮個人情報",
    sender=FUJI, to=["Daniel Shore <daniel.shore@brightline-tools.com>"],
    subject="Emily's wedding reception - apologies from Mr. Kanzaki",
    charset="utf-8",
    body=f"""Dear Daniel,

I hope you are well. I am writing on behalf of Mr. Ryota Kanzaki, our Sales Manager, who had
been looking forward to attending Emily's wedding reception on 29 November.

Unfortunately Mr. Kanzaki was admitted to hospital last week to start treatment for stomach
cancer, and his doctors have asked him not to travel for the next few months. He asked me to
pass on his sincere apologies and his warmest congratulations to Emily and her husband.

We would like to send a congratulatory telegram and a small gift to the reception venue
instead. Could you let me know the name and address of the venue?

Best regards,
{SIG_FUJI}""",
)

add(
    id="ceremony-030", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="出産祝いの配送時期変更の連絡に社員の病状（切迫早産で管理入院中）：要配慮をギフト会社へ",
    sender=MORI, to=["はなまるギフト 岸本様 <kishimoto@hanamaru-gift.co.jp>"],
    subject="Re: 出産祝い配送日のご確認",
    charset="iso-2022-jp",
    body=f"""岸本様

ご確認ありがとうございます。森本です。
経理部 月見里 遥さん宛の出産祝いの件ですが、配送を12月中旬以降に変更させてください。

当初は予定日（11月下旬）の後にご自宅へ、と申し上げておりましたが、
ご本人が切迫早産で10月から管理入院中とのことで、ご自宅にどなたもいらっしゃらない状態です。
退院の目処が立ったら改めてご連絡いたします。

お手数をおかけしますが、よろしくお願いいたします。
{SIG_MORI}""",
)

add(
    id="ceremony-031", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="OB会総会の配席依頼にOB2名の病状（認知症・人工透析）を記載してホテルへ",
    sender=NONO, to=["さくらホテル 宴会予約課 石動様 <banquet@sakura-hotel.jp>"],
    subject="日の出会総会（11/15）お席のご配慮のお願い",
    charset="shift_jis",
    body=f"""さくらホテル　石動様

いつもお世話になっております。日の出会事務局の野々村です。
11/15の総会・懇親会につきまして、お席の配置でご配慮いただきたい方がいらっしゃいますので
ご連絡いたします。

・元専務の勅使河原 様：認知症が進まれており、奥様が付き添われます。
　お二人並びのお席を、出入口に近い位置でご用意ください。
・四十物（あいもの）様：人工透析の日にあたるため、14時で退席されます。
　途中退席しやすい端のお席でお願いします。

そのほかは前年と同じ配置で結構です。
{SIG_NONO}""",
)

# =======================================================================================
# STOP — My Number, card, ID documents, social insurance numbers
# =======================================================================================

_a = people(132, 2, born=(1948, 1962))
add(
    id="ceremony-032", expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="家族埋葬料の請求内容の照会：被保険者証の記号・番号と被扶養者の氏名・生年月日を健保組合へ",
    sender=KAWA, to=["関東産業健康保険組合 給付係 <kyufu@kanto-sangyo-kenpo.or.jp>"],
    subject="家族埋葬料の請求について（事業所記号 さいたま－ヒノ）",
    charset="iso-2022-jp",
    body=f"""関東産業健康保険組合
給付係　ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事総務部の川端と申します。

被保険者の被扶養者が亡くなられましたので、家族埋葬料の請求を行います。
請求書は本日郵送いたしましたが、念のため内容をお知らせいたします。

　被保険者証　記号：１２０３　番号：４５７
　被保険者氏名：{_a[0]['name']}
　亡くなった被扶養者：{_a[1]['name']}（実母）
　被扶養者の生年月日：{wareki(*_a[1]['dob'], style='zen')}
　死亡年月日：令和７年９月２８日

死亡診断書の写しの添付が必要かどうか、ご教示いただけますと幸いです。
{SIG_KAWA}""",
)

_w = people(133, 1, born=(1958, 1958), sex="f")[0]
_mn = my_number(33)
add(
    id="ceremony-033", expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="死亡退職金の支払調書作成のため遺族（妻）の個人番号と住所を社労士へ：マイナンバー",
    sender=SHIM, to=["やまぶき社会保険労務士法人 柴崎先生 <shibasaki@yamabuki-sr.jp>"],
    subject="故 仁平部長の死亡退職金に係る手続き",
    charset="utf-8",
    body=f"""柴崎先生

お世話になっております。日の出産業 給与厚生グループの嶋田です。
8月に在職中に逝去された仁平部長の死亡退職金について、受給者（奥様）の情報が
揃いましたのでお送りします。支払調書と相続税関係の書類作成をお願いいたします。

受給者氏名：{_w['name']}（{_w['kana']}）
続柄：妻
住所：〒{_w['zip']} {_w['addr']}
個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
支給額：12,400,000円（支給予定日 10月31日）

番号確認書類（通知カードの写し）は社内便でお届けします。
{SIG_SHIM}""",
)

_cn = card_number(34)
add(
    id="ceremony-034", expect="stop",
    entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="供花の代金決済用に法人カードの番号・有効期限を花屋へメールで送付：クレジットカード番号",
    sender=MORI, to=["花暦 受注係 <order@hanagoyomi.jp>"],
    subject="供花のご注文（カード決済）　日の出産業",
    charset="shift_jis",
    body=f"""花暦　受注係　ご担当者様

お世話になっております。日の出産業 総務部の森本です。
先ほどお電話でご注文した供花（スタンド一基・白上がり 22,000円）の件です。
今回は請求書払いではなくカード決済でとのことでしたので、カード情報をお送りします。

カード番号：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}
有効期限：08/28
名義：HINODE SANGYO CO LTD

お届け先：ひばりヶ丘会館（さいたま市北区）11/2 通夜 16時まで
立札：日の出産業株式会社　代表取締役社長　桐生隆之
{SIG_MORI}""",
)

_m = people(135, 3, born=(1990, 1998))
_old = ["栗花落", "外山", "我妻"]
_blk = "\n".join(
    f"{i}. 新氏名：{p['name']}（旧姓：{o}）\n"
    f"   生年月日：{wareki(*p['dob'])}\n"
    f"   基礎年金番号：{4000 + i * 317}－{(700000 + i * 84127) % 1000000:06d}\n"
    f"   健康保険証　記号 １２０３　番号 {zen(str(600 + i * 11))}\n"
    for i, (p, o) in enumerate(zip(_m, _old), 1))
add(
    id="ceremony-035", expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="結婚による氏名変更3名の基礎年金番号・保険証記号番号・生年月日を社労士事務所へ",
    sender=SHIM, to=["岡社会保険労務士事務所 <info@oka-sr-office.jp>"],
    subject="氏名変更届（結婚）3名分の手続き依頼",
    charset="shift_jis",
    body=f"""岡社会保険労務士事務所
岡先生

いつもお世話になっております。日の出産業の嶋田です。
9月に結婚した社員3名の氏名変更の手続き（健康保険・厚生年金）をお願いいたします。

{_blk}
保険証は3名とも回収済みで、本日書留で事務所宛にお送りしました。
{SIG_SHIM}""",
)

_t = people(136, 3, born=(1946, 1956))
_pp = ["TR4817263", "TS0932218", "TK5571904"]
_blk = "\n".join(
    f"　{p['name']}（{p['romaji'].upper()}）\n"
    f"　　生年月日 {wareki(*p['dob'])}　旅券番号 {n}　有効期限 {2029 + i}年{3 + i}月"
    for i, (p, n) in enumerate(zip(_t, _pp)))
add(
    id="ceremony-036", expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="OB会台湾旅行の追加参加者3名の旅券番号・生年月日を旅行会社へ：旅券番号は1名でも止める",
    sender=NONO, to=["たびの窓 団体旅行課 堀之内様 <horinouchi@tabinomado.co.jp>"],
    subject="日の出会 台湾旅行　追加参加者のパスポート情報",
    charset="iso-2022-jp",
    body=f"""堀之内様

お世話になっております。日の出会事務局の野々村です。
台湾（台北・九份）旅行に、追加で3名の参加が決まりました。
航空券の手配用にパスポート情報をお送りします。

{_blk}

パスポートのコピーは各自から事務局に届いておりますので、必要であれば郵送いたします。
{SIG_NONO}""",
)

_d = people(137, 2, born=(1972, 1990), sex="m")
add(
    id="ceremony-037", expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="社葬の送迎用マイクロバスのレンタルで運転者2名の運転免許証番号・生年月日をレンタカー会社へ",
    sender=OTSU, to=["みなとレンタカー 大宮店 <omiya@minato-rentacar.co.jp>"],
    subject="マイクロバス貸渡し予約（11/3〜11/4）運転者登録",
    charset="utf-8",
    body=f"""みなとレンタカー 大宮店
ご担当者様

お世話になっております。日の出産業の大槻です。
11/3〜11/4のマイクロバス（29人乗り）のご予約について、運転者を2名登録させてください。

1) {_d[0]['name']}　生年月日：{iso(_d[0]['dob'])}
   運転免許証番号：第 302198472470 号　中型（8t限定なし）
2) {_d[1]['name']}　生年月日：{iso(_d[1]['dob'])}
   運転免許証番号：第 301774109138 号　中型

当日、免許証の原本を持参いたします。
{SIG_OTSU}""",
)

add(
    id="ceremony-038", expect="stop",
    entities=["JP_RESIDENCE_CARD", "JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="英文：外国籍社員の忌引帰国に関し在留カード番号・旅券番号・生年月日を行政書士へ",
    sender=FUJI, to=["Kaede Immigration Office <info@kaede-gyosei.jp>"],
    subject="Bereavement leave - re-entry and visa renewal for our employee",
    charset="utf-8",
    body=f"""Dear Ms. Hayama,

Thank you for your help with our foreign staff's visa matters last year.

One of our engineers, Mr. Nguyen Van Hoang, lost his father in Hanoi yesterday and will fly
home for the funeral on 3 October. He may need to stay in Vietnam for up to six weeks, and his
period of stay expires during that time, so we would like your advice on the renewal timing.

  Name:               NGUYEN VAN HOANG
  Date of birth:      1994-07-21
  Residence card no.: UH48203917VN (Engineer/Specialist in Humanities, expires 2025-11-10)
  Passport no.:       C8843127

Could we arrange a short call tomorrow?

Best regards,
{SIG_FUJI}""",
)

# =======================================================================================
# STOP — three or more external parties visible to each other in To/Cc
# =======================================================================================

add(
    id="ceremony-039", expect="stop",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="元社長の訃報を取引先6社にTo一括送信：互いのアドレスが見える（Bccにすべき）",
    sender=OTSU,
    to=["川崎電機 総務部 <soumu@kawasaki-denki.co.jp>", "青葉運輸 総務課 <somu@aoba-unyu.co.jp>",
        "北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>", "みどり銀行 大宮支店 <omiya@midori-ginko.co.jp>",
        "ツバサシステム 総務 <admin@tsubasa-system.jp>", "錦印刷 総務部 <soumu@nishiki-insatsu.co.jp>"],
    subject="【訃報】弊社元代表取締役社長 日野原昭三 逝去のお知らせ",
    charset="iso-2022-jp",
    body=f"""関係各位

平素は格別のご高配を賜り、厚く御礼申し上げます。

弊社元代表取締役社長 日野原 昭三 儀（享年八十八歳）が、去る十月二日に永眠いたしました。
ここに生前のご厚誼に深謝し、謹んでご通知申し上げます。

なお、通夜ならびに葬儀は近親者のみにて執り行いました。
後日、社葬を下記のとおり執り行います。

　日時：令和七年十一月八日（土）午後一時〜二時
　場所：さくらホテル 二階「鳳凰の間」（さいたま市大宮区錦町1-10）
　葬儀委員長：代表取締役社長 桐生 隆之
　喪主：日野原 和子（妻）

誠に勝手ながら、ご香典・ご供花の儀は固くご辞退申し上げます。
{SIG_OTSU}""",
)

_o = people(140, 6, born=(1940, 1958))
add(
    id="ceremony-040", expect="stop",
    entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="OB会総会の案内をOB6名の個人アドレス（gmail等）にTo一括：互いに見える",
    sender=NONO, to=[f"{p['name']} <{p['mail']}>" for p in _o],
    subject="日の出会 総会・懇親会のご案内（11月15日）",
    charset="shift_jis",
    body=f"""日の出会　会員各位

秋冷の候、皆様にはますますご健勝のこととお慶び申し上げます。
日の出会事務局の野々村でございます。

本年度の総会・懇親会を下記のとおり開催いたします。
今年はメールアドレスをご登録いただいた方にメールでもご案内をお送りしています。

　日時：11月15日（土）12:00〜15:00（受付11:30〜）
　会場：さくらホテル 3階「桔梗の間」
　会費：5,000円（当日受付にて）

ご出欠は11月5日までに、本メールへの返信か同封のはがきでお知らせください。
皆様のご参加を心よりお待ちしております。
{SIG_NONO}""",
)

add(
    id="ceremony-041", expect="stop",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社葬の案内を1社To・3社Ccで送信：外部4組織が互いに見える",
    sender=TAKA, to=["川崎電機 秘書室 <hisho@kawasaki-denki.co.jp>"],
    cc=["北国フーズ 秘書課 <hisho@kitaguni-foods.co.jp>", "みどり銀行 法人営業部 <hojin@midori-ginko.co.jp>",
        "白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="社葬のご案内（故 日野原昭三）",
    charset="utf-8",
    body=f"""各位

平素より大変お世話になっております。日の出産業株式会社 秘書室の高畑でございます。

先にお知らせいたしました弊社元代表取締役社長 日野原昭三の社葬につきまして、
ご案内状をお送りいたしましたが、念のためメールでもお知らせいたします。

日時：2025年11月8日（土）13:00〜14:00（受付12:15より）
会場：さくらホテル 2階「鳳凰の間」
形式：無宗教・献花形式
お車でお越しの際は、ホテル地下駐車場をご利用ください（3時間無料）。

ご多用中恐縮ではございますが、ご参列賜りますようお願い申し上げます。
{SIG_TAKA}""",
)

add(
    id="ceremony-042", expect="stop",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="英文：会長逝去の通知を海外代理店3社にTo一括：外部3組織が互いに見える",
    sender=FUJI,
    to=["Daniel Shore <daniel.shore@brightline-tools.com>", "Grace Lim <grace.lim@lionharbour-mfg.com.sg>",
        "Markus Vogel <m.vogel@vogel-antriebe.de>"],
    subject="Sad news: passing of our former President, Mr. Shozo Hinohara",
    charset="utf-8",
    body=f"""Dear partners,

It is with deep sorrow that we inform you that Mr. Shozo Hinohara, former President of Hinode
Sangyo and a founding figure of our overseas business, passed away peacefully on 2 October at
the age of 88.

A company memorial service will be held on 8 November at Sakura Hotel, Saitama. We fully
understand that travelling to Japan may not be possible; messages of condolence can be sent
to me and will be passed on to his family.

Mr. Hinohara often spoke fondly of the friendships he built with each of you over the years.

With sincere gratitude,
{SIG_FUJI}""",
)

add(
    id="ceremony-043", expect="stop",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="偲ぶ会の御礼を発起人（個人2名のフリーメール＋2社）にTo/Cc一括：外部4者が互いに見える",
    sender=TAKA,
    to=["奥寺 良平 <okudera.ryohei1948@gmail.com>", "生方 清 <ubukata-k@yahoo.co.jp>"],
    cc=["北国フーズ 会長秘書 <hisho@kitaguni-foods.co.jp>", "川崎電機 相談役室 <sodan@kawasaki-denki.co.jp>"],
    subject="偲ぶ会御礼",
    charset="iso-2022-jp",
    body=f"""発起人の皆様

先日の「日野原昭三を偲ぶ会」では、発起人として多大なるご尽力を賜り、
誠にありがとうございました。
おかげさまで二百名を超える方にお集まりいただき、ご遺族も大変喜んでおられました。

当日の写真をアルバムにまとめ、来週中に皆様へお届けいたします。
取り急ぎ、メールにて御礼申し上げます。
{SIG_TAKA}""",
)

add(
    id="ceremony-044", expect="stop",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="取引先会長の葬儀への供花で、先方総務・花屋・葬儀社の3組織をTo/Ccに並べて調整",
    sender=MORI, to=["北国フーズ 総務部 蓮見様 <hasumi@kitaguni-foods.co.jp>"],
    cc=["花暦 村井様 <murai@hanagoyomi.jp>", "みやび葬祭 本部 <info@miyabi-sousai.co.jp>"],
    subject="ご供花の設置について（北国フーズ様 故 会長 ご葬儀）",
    charset="shift_jis",
    body=f"""北国フーズ株式会社
総務部　蓮見様

このたびはご愁傷様でございます。心よりお悔やみ申し上げます。
日の出産業 総務部の森本でございます。

弊社よりご供花を一基お届けしたく、花屋（花暦様）と斎場（みやび葬祭様）にも
Ccでお入りいただいております。
お花の種類や大きさに指定がございましたら、皆様でご確認いただけますと幸いです。
搬入は明日11時を予定しております。
{SIG_MORI}""",
)

# =======================================================================================
# STOP — look-alike recipient domains
# =======================================================================================

add(
    id="ceremony-045", expect="stop",
    entities=[], detectors=["lookalike_domain"],
    note="宴会打合せの宛先が sakura-hotels.jp（正しくは sakura-hotel.jp）：文字追加の類似ドメイン",
    sender=TAKA, to=["さくらホテル 宴会予約課 石動様 <banquet@sakura-hotels.jp>"],
    subject="米寿を祝う会　お打合せ日程",
    charset="utf-8",
    body=f"""石動様

いつもお世話になっております。日の出産業の高畑です。
米寿を祝う会のお料理と装花のお打合せですが、来週の火曜か水曜の午後で
ご都合のよい時間をいただけますでしょうか。
メニューは和洋折衷の「寿」コース（お一人様 15,000円）で考えております。

よろしくお願いいたします。
{SIG_TAKA}""",
)

add(
    id="ceremony-046", expect="stop",
    entities=[], detectors=["lookalike_domain"],
    note="喪中はがき校正の返信先が nishiki-insatu.co.jp（正しくは nishiki-insatsu.co.jp）：1文字欠落",
    sender=TAKA, to=["錦印刷 三輪様 <miwa.t@nishiki-insatu.co.jp>"],
    subject="Re: 喪中はがき　校正紙のご確認",
    charset="iso-2022-jp",
    body=f"""三輪様

校正紙をお送りいただきありがとうございます。高畑です。
以下2点のみ修正をお願いいたします。

・2行目「永眠致しました」→「永眠いたしました」
・差出人の住所の番地「２−３−１１」→「二丁目三番十一号」（縦書きのため）

修正後、再校は不要ですのでそのまま印刷に進めてください。
{SIG_TAKA}""",
)

add(
    id="ceremony-047", expect="stop",
    entities=[], detectors=["lookalike_domain"],
    note="取引先への弔電確認の宛先が kawasaki-denki.jp（正しくは kawasaki-denki.co.jp）：co. 欠落",
    sender=OTSU, to=["川崎電機 総務部 浅香様 <asaka@kawasaki-denki.jp>"],
    subject="ご尊父様ご逝去のお悔やみ",
    charset="shift_jis",
    body=f"""川崎電機株式会社
総務部　浅香様

このたびはご尊父様のご逝去の報に接し、謹んでお悔やみ申し上げます。
日の出産業の大槻でございます。

弊社社長名にて弔電をお送りしたく存じますが、ご葬儀の式場と日程を
お教えいただけますでしょうか。ご家族葬とのことでしたら、ご辞退の旨承ります。

ご多忙のところ恐縮ですが、よろしくお願いいたします。
{SIG_OTSU}""",
)

_e = people(148, 1, born=(1995, 1995))[0]
add(
    id="ceremony-048", expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["lookalike_domain", "personal_data"],
    note="社内宛のつもりの結婚祝金申請が hinode-sangyou.co.jp（自社ドメインの類似）宛：口座情報つき",
    sender=MORI, to=["給与厚生G 嶋田さん <shimada.kana@hinode-sangyou.co.jp>"],
    subject="結婚祝金の申請書（物流部）",
    charset="utf-8",
    body=f"""嶋田さん

お疲れさまです。総務の森本です。
物流部から結婚祝金の申請書が回ってきましたので、内容を転記しておきます。
原本は社内便で送りました。

申請者：{_e['name']}（{_e['emp']}）
事由：本人結婚（入籍日 2025年9月20日）
支給額：30,000円
振込口座：{_e['bank']}

来月の給与と同時振込でお願いします。
{SIG_MORI}""",
)

add(
    id="ceremony-049", expect="stop",
    entities=[], detectors=["lookalike_domain"],
    note="弔慰金振込の相談先が midori-gink0.co.jp（o を 0 にした類似ドメイン）",
    sender=SHIM, to=["みどり銀行 法人営業部 矢吹様 <yabuki@midori-gink0.co.jp>"],
    subject="弔慰金の振込手続きについてのご相談",
    charset="iso-2022-jp",
    body=f"""みどり銀行　法人営業部
矢吹様

いつもお世話になっております。日の出産業の嶋田です。
在職中に亡くなった社員のご遺族へ弔慰金を振り込むにあたり、
受取人がご遺族名義の口座になる場合の手続き（振込依頼書の記載方法）を確認させてください。
インターネットバンキングの総合振込で問題なければ、そちらで処理したいと考えております。

お手すきの際にご回答いただけますと幸いです。
{SIG_SHIM}""",
)

# =======================================================================================
# STOP — confidentiality markings on the mail or a document
# =======================================================================================

add(
    id="ceremony-050", expect="stop",
    entities=[], detectors=["confidential_marking"],
    note="社葬実施要領（DOCX、ヘッダに「社外秘」）を葬儀社へ：文書の機密区分表示",
    sender=OTSU, to=["株式会社平安典礼 葛西様 <kasai@heian-tenrei.co.jp>"],
    subject="社葬実施要領（第3版）",
    charset="utf-8",
    body=f"""葛西様

お世話になっております。大槻です。
本日の社内会議で確定した社葬実施要領（第3版）を添付します。
第2版からの変更点は、献花の順序と弔辞（2名→3名）の部分です。

ご確認のうえ、進行台本への反映をお願いいたします。
{SIG_OTSU}""",
    attachments=[{"kind": "docx", "name": "社葬実施要領_第3版.docx", "page_header": "社外秘",
                  "title": "社葬実施要領",
                  "paragraphs": ["故 日野原昭三 社葬 実施要領（第3版）", "1. 日時・会場　2025年11月8日（土）13:00 さくらホテル 鳳凰の間",
                                 "2. 形式　無宗教・献花形式", "3. 葬儀委員長　代表取締役社長 桐生隆之",
                                 "4. 弔辞　川崎電機株式会社 代表取締役会長 様ほか2名",
                                 "5. 予算　総額 1,800万円（会場費・飲食・返礼品を含む）",
                                 "6. 役割分担　別紙のとおり"],
                  "tables": [[["時刻", "内容", "担当"], ["12:15", "受付開始", "総務部"], ["13:00", "開式・黙祷", "司会"],
                              ["13:10", "弔辞", "来賓3名"], ["13:30", "献花", "全員"], ["14:00", "閉式", "司会"]]]}],
)

add(
    id="ceremony-051", expect="stop",
    entities=[], detectors=["confidential_marking"],
    note="件名と本文冒頭に【社外秘】の区分表示をつけた未公表の役員逝去の連絡をホテルへ",
    sender=TAKA, to=["さくらホテル 宴会予約課 石動様 <banquet@sakura-hotel.jp>"],
    subject="【社外秘】会場の仮押さえのお願い",
    charset="shift_jis",
    body=f"""【社外秘】

石動様

いつもお世話になっております。日の出産業の高畑でございます。
まだ社内外に公表前のため、取扱いにはご配慮いただけますと幸いです。

弊社の取締役副社長 箕輪 が昨夜逝去いたしました。
社としてお別れの会を執り行う方向で調整しており、12月上旬の土曜日で
200名規模の宴会場を仮押さえいただけないでしょうか。

公表は来週月曜の予定です。それまでは本件、ホテル内でも限られた方のみで
お願いできればと存じます。
{SIG_TAKA}""",
)

_kt = [["区分", "現行（円）", "改定案（円）", "備考"], ["本人結婚", "30,000", "50,000", ""], ["出産", "20,000", "30,000", "多胎は人数分"],
       ["配偶者死亡", "100,000", "100,000", ""], ["父母死亡", "30,000", "50,000", "配偶者の父母は半額"],
       ["傷病見舞", "10,000", "20,000", "連続14日以上の入院"], ["災害見舞（全壊）", "100,000", "200,000", ""]]
add(
    id="ceremony-052", expect="stop",
    entities=[], detectors=["confidential_marking"],
    note="慶弔規程改定案のXLSX（ページヘッダ「部外秘」）を社労士へ：個人データはないが機密区分表示",
    sender=KAWA, to=["やまぶき社会保険労務士法人 柴崎先生 <shibasaki@yamabuki-sr.jp>"],
    subject="慶弔見舞金規程　改定案（金額表）",
    charset="iso-2022-jp",
    body=f"""柴崎先生

お世話になっております。川端です。
先日の打合せを受けて、慶弔見舞金の金額表の改定案を作成しました。
役員会にかける前に、他社水準と比べて妥当かどうかご意見をいただけますでしょうか。
{SIG_KAWA}""",
    attachments=[{"kind": "xlsx", "name": "慶弔規程_改定案_金額表.xlsx", "page_header": "部外秘",
                  "sheets": {"改定案": [["慶弔見舞金 金額表 改定案（2026年4月施行予定）　部外秘"], []] + _kt}}],
)

# =======================================================================================
# STOP — attachments that cannot be read
# =======================================================================================

_p = people(153, 9)
add(
    id="ceremony-053", expect="stop",
    entities=[], detectors=["unscannable_attachment"],
    note="香典返し送付先リストをパスワード付きZIP（PPAP）でギフト会社へ：中身を検査できない",
    sender=TAKA, to=["玉手箱ギフト 法人営業部 <hojin@tamatebako-gift.co.jp>"],
    subject="香典返し送付先リスト（追加分）",
    charset="utf-8",
    body=f"""玉手箱ギフト 法人営業部
ご担当者様

お世話になっております。日の出産業の高畑です。
追加分の送付先リストを送付いたします。
パスワードは別メールにてお送りいたします。
{SIG_TAKA}""",
    attachments=[{"kind": "zip", "name": "koudengaeshi_tsuika.zip", "password": "Hn2025#kg",
                  "files": [{"kind": "xlsx", "name": "送付先_追加.xlsx",
                             "sheets": {"Sheet1": [["氏名", "住所", "電話"]] + [[p["name"], p["addr"], p["tel"]] for p in _p]}}]}],
)

add(
    id="ceremony-054", expect="stop",
    entities=[], detectors=["unscannable_attachment"],
    note="パスワード保護されたPDF（社葬関係者向け案内）を取引先へ：暗号化で検査不能",
    sender=TAKA, to=["北国フーズ 秘書課 <hisho@kitaguni-foods.co.jp>"],
    subject="社葬　ご弔辞をお願いする方へのご案内",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
秘書課　ご担当者様

いつもお世話になっております。日の出産業 秘書室の高畑でございます。
このたびは御社会長様に弔辞をお引き受けいただき、誠にありがとうございます。
当日の流れと控室のご案内をPDFにまとめましたので、お送りいたします。
開封パスワードは、先ほどお電話でお伝えしたものです。
{SIG_TAKA}""",
    attachments=[{"kind": "pdf", "name": "弔辞ご担当者様ご案内.pdf", "password": "1108hinode",
                  "lines": ["弔辞をお引き受けいただいた皆様へ", "控室：2階 白鷺の間", "ご到着 12:30 まで"]}],
)

add(
    id="ceremony-055", expect="stop",
    entities=[], detectors=["unscannable_attachment"],
    note="OB会名簿のXLSXが壊れていて開けない状態のまま印刷会社へ：検査不能な添付",
    sender=NONO, to=["錦印刷株式会社 三輪様 <miwa.t@nishiki-insatsu.co.jp>"],
    subject="OB会名簿（最新版）",
    charset="shift_jis",
    body=f"""三輪様

お世話になっております。野々村です。
先ほどお電話でお話しした、OB会名簿の最新版です。
会員名簿（冊子）の版下作成をお願いいたします。
{SIG_NONO}""",
    attachments=[{"kind": "corrupt", "name": "OB会名簿_最新.xlsx"}],
)

# =======================================================================================
# PASS — ordinary ceremony mail that looks risky but must go
# =======================================================================================

add(
    id="ceremony-056", expect="pass",
    entities=[], detectors=[],
    note="取引先1社への訃報連絡：故人と喪主の名前、斎場（事業所）の住所だけで個人データなし",
    sender=OTSU, to=["川崎電機 総務部 浅香様 <asaka@kawasaki-denki.co.jp>"],
    subject="訃報　弊社製造本部長 生方勝利 逝去のお知らせ",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
総務部　浅香様

いつも大変お世話になっております。日の出産業の大槻でございます。
まことに残念なお知らせとなりますが、弊社製造本部長 生方 勝利 が
十月十二日に逝去いたしました（享年六十一歳）。
生前のご厚誼に深く感謝申し上げます。

通夜・告別式は下記のとおり執り行われます。

　通夜　　十月十五日（水）午後六時より
　告別式　十月十六日（木）午前十一時より
　式場　　セレモニーホールみやび 大宮
　　　　　さいたま市大宮区三橋2-845　TEL 048-622-4400
　喪主　　生方 節子 様（妻）

ご供花につきましては、式場へ直接お問い合わせください。
取り急ぎご連絡申し上げます。
{SIG_OTSU}""",
)

add(
    id="ceremony-057", expect="pass",
    entities=[], detectors=[],
    note="弔電の手配：届け先は斎場（事業所）、喪主は名前のみ、受付番号と料金：個人データなし",
    sender=MORI, to=["電報ひびき 法人窓口 <hojin@denpo-hibiki.jp>"],
    subject="弔電の申込み（法人契約 HS-0231）",
    charset="shift_jis",
    body=f"""電報ひびき　法人窓口　ご担当者様

いつもお世話になっております。日の出産業 総務部の森本です。
法人契約（契約番号 HS-0231）で、以下のとおり弔電をお願いいたします。

■お届け先：セレモニーホールみやび 大宮
　　　　　　さいたま市大宮区三橋2-845（TEL 048-622-4400）
■配達日時：10月16日（木）告別式 午前11時開式 ※10時までに必着
■宛名：喪主　生方 節子 様
■台紙：押し花「白百合」（3,300円）
■文例：No.1024（ご生前のご功績を偲び…）
■差出人：日の出産業株式会社　代表取締役社長　桐生 隆之

受付番号をメールでお知らせいただけますと助かります。
{SIG_MORI}""",
)

add(
    id="ceremony-058", expect="pass",
    entities=[], detectors=[],
    note="供花の注文：注文番号・金額・立札の表記・斎場への配送だけ",
    sender=MORI, to=["花暦 受注係 <order@hanagoyomi.jp>"],
    subject="Re: ご注文確認（注文番号 HK-250114）",
    charset="utf-8",
    body=f"""花暦 受注係 ご担当者様

ご確認のメールありがとうございます。日の出産業の森本です。
注文番号 HK-250114 の内容、以下で間違いございません。

・品目：供花 スタンド一基（白・グリーン系） 16,500円（税込）
・立札：日の出産業株式会社 代表取締役社長 桐生隆之
・お届け先：セレモニーホールみやび 大宮（10/15 通夜 15時まで）
・お支払い：月末締め請求書払い

引き続きよろしくお願いいたします。
{SIG_MORI}""",
)

_co = [("川崎電機株式会社", "代表取締役社長", "浅香 宗一"), ("青葉運輸株式会社", "代表取締役", "森田 俊郎"),
       ("北国フーズ株式会社", "代表取締役会長", "蓮見 忠"), ("株式会社みどり銀行", "大宮支店長", "矢吹 健"),
       ("ツバサシステム株式会社", "代表取締役", "真壁 亮"), ("錦印刷株式会社", "代表取締役社長", "三輪 一郎"),
       ("白川法律事務所", "代表弁護士", "白川 誠"), ("日の出産業労働組合", "執行委員長", "中島 大輔")]
_nf = "\n".join(f"{i}. {c}　{t}　{n}" for i, (c, t, n) in enumerate(_co, 1))
add(
    id="ceremony-059", expect="pass",
    entities=[], detectors=[],
    note="社葬の供花の名札一覧：取引先8社の社名と代表者の肩書・氏名だけで、個人の連絡先等はない",
    sender=MORI, to=["花暦 村井様 <murai@hanagoyomi.jp>"],
    subject="社葬　供花の名札（立札）一覧",
    charset="iso-2022-jp",
    body=f"""村井様

お世話になっております。日の出産業の森本です。
社葬の祭壇脇に並べる供花（お取引先様からのお申し出分）の名札の一覧です。
並び順はこの番号のとおりでお願いします。

{_nf}

書体は前回と同じ楷書体で、肩書は一行目、お名前は二行目でお願いいたします。
{SIG_MORI}""",
)

_halls = [("セレモニーホールみやび 大宮", "さいたま市大宮区三橋2-845", "048-622-4400", "200名"),
          ("ひばりヶ丘会館", "さいたま市北区奈良町118-3", "048-663-1100", "120名"),
          ("浦和斎場 やすらぎ殿", "さいたま市緑区大間木1-12-5", "048-874-2211", "300名"),
          ("上尾メモリアルホール", "上尾市春日1-4-20", "048-771-0600", "150名"),
          ("川口市民斎場", "川口市大字東本郷1445-1", "048-286-9300", "250名")]
_ht = "\n".join(zpad(h[0], 30) + zpad(h[1], 32) + zpad(h[2], 16) + h[3] for h in _halls)
add(
    id="ceremony-060", expect="pass",
    entities=[], detectors=[],
    note="斎場5か所の名称・所在地・代表電話・収容人数：事業所の一覧で人のリストではない",
    sender=OTSU, to=["株式会社平安典礼 葛西様 <kasai@heian-tenrei.co.jp>"],
    subject="お別れの会　会場候補の空き状況確認のお願い",
    charset="shift_jis",
    body=f"""葛西様

お世話になっております。大槻です。
お別れの会の会場について、社内で挙がっている候補は以下のとおりです。
12月第1週〜第2週の土日で空き状況をご確認いただけますでしょうか。

{zpad("会場名", 30)}{zpad("所在地", 32)}{zpad("電話", 16)}収容
{"―" * 50}
{_ht}

ホテル（さくらホテル）での開催も並行して検討中です。
{SIG_OTSU}""",
)

add(
    id="ceremony-061", expect="pass",
    entities=[], detectors=[],
    note="ホテルへの宴会プランと料金の確認：価格表だけ",
    sender=TAKA, to=["さくらホテル 宴会予約課 石動様 <banquet@sakura-hotel.jp>"],
    subject="Re: 米寿を祝う会　お見積りの件",
    charset="utf-8",
    body=f"""石動様

お見積りをお送りいただきありがとうございました。高畑です。
社内で検討し、以下の内容で進めたいと思います。

　お料理：「寿」コース　お一人様 15,000円 × 80名
　お飲物：フリードリンク（2時間）お一人様 4,000円
　会場：桔梗の間（室料 200,000円）
　装花：メインテーブル 50,000円、卓上花 8,000円 × 10卓
　記念写真：集合写真 1カット 35,000円（焼増し 1枚 1,500円）

サービス料・消費税は別途と理解しております。
正式なお申込書をお送りいただけますでしょうか。
{SIG_TAKA}""",
)

_tn = corporate_number(62)
add(
    id="ceremony-062", expect="pass",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="香典返しの請求書確認：請求書番号・金額・ギフト会社の登録番号（T番号）のみ",
    sender=TAKA, to=["玉手箱ギフト 経理課 <keiri@tamatebako-gift.co.jp>"],
    subject="ご請求書（No. INV-2510-0387）受領のご連絡",
    charset="iso-2022-jp",
    body=f"""株式会社玉手箱ギフト
経理課　ご担当者様

お世話になっております。日の出産業 秘書室の高畑でございます。
下記のご請求書を受領いたしました。

　請求書番号：INV-2510-0387
　登録番号：T{_tn}
　件名：香典返し（満中陰志）商品代・配送料
　ご請求金額：418,000円（うち消費税 38,000円）
　お支払予定日：11月28日（金）振込

内容に相違ございませんので、上記日程でお支払いいたします。
{SIG_TAKA}""",
)

add(
    id="ceremony-063", expect="pass",
    entities=[], detectors=["freemail_recipient"],
    note="ご遺族（フリーメール1名）へ香典返しの発送完了と追跡番号の連絡：個人データなし",
    sender=TAKA, to=["日野原 和子 <kazuko.hinohara@yahoo.co.jp>"],
    subject="香典返しの発送完了のご報告",
    charset="shift_jis",
    body=f"""日野原 和子 様

先日はお忙しいところご対応いただき、ありがとうございました。
日の出産業 秘書室の高畑でございます。

ご依頼いただいておりました香典返しにつきまして、本日すべての発送が完了いたしました。
発送件数は合計142件、配送は4便に分けて出しております。
念のため、各便の代表の追跡番号をお知らせいたします。

　第1便　4521-8873-0192
　第2便　4521-8873-0203
　第3便　4521-8874-1160
　第4便　4521-8874-1171

お届け先から何かお問い合わせがございましたら、私までお知らせください。
{SIG_TAKA}""",
)

_p = people(164, 6, born=(1975, 1998))
_t = "\n".join(pad(p["emp"], 9) + pad(p["name"], 16) + pad(e, 12) + pad(a, 9) + p["bank"]
               for p, e, a in zip(_p, ["結婚", "出産", "死亡(実父)", "死亡(祖父)", "出産", "結婚"],
                                  ["30,000", "20,000", "30,000", "5,000", "20,000", "30,000"]))
add(
    id="ceremony-064", expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=[],
    note="慶弔見舞金の支給一覧（6名・口座）だが宛先は社内の経理部のみ",
    sender=KAWA, to=["経理部 支払担当 <shiharai@hinode-sangyo.co.jp>"], cc=[SHIM],
    subject="10月度 慶弔見舞金 支払依頼",
    charset="shift_jis",
    body=f"""経理部 支払担当 各位

お疲れさまです。厚生Gの川端です。
10月度の慶弔見舞金の支払いをお願いします。支払日は10/25です。

{pad("社員番号", 9)}{pad("氏名", 16)}{pad("事由", 12)}{pad("金額", 9)}振込口座
{"-" * 78}
{_t}

稟議番号：総-2025-0412
{SIG_KAWA}""",
)

add(
    id="ceremony-065", expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="社員の病名（脳梗塞・麻痺）を含むお見舞いの取りまとめだが宛先は社内の部門メーリングリストのみ",
    sender=MORI, to=["営業部 全員 <eigyo-all@hinode-sangyo.co.jp>"],
    subject="鬼頭さんへのお見舞いについて",
    charset="iso-2022-jp",
    body=f"""営業部の皆さま

お疲れさまです。総務の森本です。
すでにご存じの方も多いと思いますが、鬼頭 誠一さんが先週、脳梗塞で倒れ、
さいたま中央医療センターに入院されています。右半身に麻痺があり、リハビリを含めて
しばらく入院が続く見込みとのことです。

ご家族のご意向で、病院へのお見舞いは当面ご遠慮いただきたいとのことです。
部からはお花を贈り、会社規程の傷病見舞金を支給します。
寄せ書きを回しますので、金曜までに総務にお持ちください。
{SIG_MORI}""",
)

_w = people(166, 1, born=(1960, 1960), sex="f")[0]
_mn = my_number(66)
add(
    id="ceremony-066", expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=[],
    note="遺族の個人番号を含むが、宛先は社内サブドメイン（mail.hinode-sangyo.co.jp）の給与担当のみ",
    sender=KAWA, to=["給与計算担当 <kyuyo@mail.hinode-sangyo.co.jp>"],
    subject="故 仁平部長　死亡退職金の受給者情報",
    charset="utf-8",
    body=f"""給与計算担当 各位

お疲れさまです。川端です。
仁平部長の死亡退職金について、受給者（奥様）の情報です。
源泉徴収票・支払調書の作成にお使いください。確認後、このメールは削除をお願いします。

受給者：{_w['name']}（妻）
住所：〒{_w['zip']} {_w['addr']}
個人番号：{_mn}

本人確認書類は人事総務部の金庫で保管しています。
{SIG_KAWA}""",
)

_p = people(167, 8, born=(1940, 1970))
_q = "\n".join(f"> {i}. {p['name']}　〒{p['zip']} {p['addr']}　{p['tel']}" for i, p in enumerate(_p, 1))
add(
    id="ceremony-067", expect="pass",
    entities=[], detectors=[],
    note="葬儀社から届いた芳名データ8名分は「>」引用のみ、新しい本文は確認の返事だけ",
    sender=OTSU, to=["平安典礼 葛西 <kasai@heian-tenrei.co.jp>"],
    subject="Re: 芳名カード入力データ（第2便）",
    charset="utf-8",
    body=f"""葛西様

第2便、確かに受け取りました。ありがとうございます。
内容を確認しましたが、特に問題ございません。このまま礼状の準備を進めてください。
{SIG_OTSU}
> 日の出産業株式会社
> 大槻様
>
> 平安典礼の葛西です。第2便をお送りします。
>
{_q}
>
> 以上8件です。
""",
)

_p = people(168, 6, born=(1945, 1970))
_q = "\n".join(f"{['A', 'A', 'A', 'B', 'B', 'B'][i]}卓　{p['name']} 様　{p['mobile']}" for i, p in enumerate(_p))
add(
    id="ceremony-068", expect="pass",
    entities=[], detectors=[],
    note="ホテルからの席次表（6名の携帯つき）は Original Message 以下の引用のみ、新本文は席替えの依頼",
    sender=TAKA, to=["さくらホテル 宴会予約課 石動様 <banquet@sakura-hotel.jp>"],
    subject="RE: 偲ぶ会　席次表（案）",
    charset="shift_jis",
    body=f"""石動様

席次表の案をありがとうございました。高畑です。
A卓の2番目と3番目のお席を入れ替えていただけますでしょうか。
それ以外はこの案で確定とさせてください。

高畑

-----Original Message-----
From: さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>
Sent: Tuesday, October 28, 2025 4:12 PM
To: 高畑 由紀 <takahata.yuki@hinode-sangyo.co.jp>
Subject: 偲ぶ会　席次表（案）

日の出産業株式会社　高畑様

いつもお世話になっております。さくらホテルの石動でございます。
いただいた情報をもとに、A・B卓の席次表（案）を作成いたしました。

{_q}

ご確認をお願いいたします。
""",
)

add(
    id="ceremony-069", expect="pass",
    entities=[], detectors=[],
    note="取引先ご子息の結婚式への祝電の注文：ホテル宛、定型の機密情報に関する免責文つき",
    sender=MORI, to=["電報ひびき 法人窓口 <hojin@denpo-hibiki.jp>"],
    subject="祝電の申込み（法人契約 HS-0231）",
    charset="iso-2022-jp",
    body=f"""電報ひびき　法人窓口　ご担当者様

お世話になっております。日の出産業の森本です。
祝電を1通お願いいたします。

・お届け先：グランドみなとホテル 4階「ローズガーデン」（横浜市中区海岸通3-9）
・配達日時：11月22日（土）披露宴 12時開宴 ※11時までに必着
・宛名：新郎 浅香 拓海 様　新婦 菜々子 様
・台紙：「刺繍 寿鶴」（5,500円）
・文例：No.2107
・差出人：日の出産業株式会社　代表取締役社長　桐生 隆之

よろしくお願いいたします。
{SIG_MORI}{DISC_JA}""",
)

add(
    id="ceremony-070", expect="pass",
    entities=[], detectors=[],
    note="葬儀社との秘密保持契約（NDA）案のレビュー依頼：NDAについてのやり取りで機密区分表示ではない",
    sender=OTSU, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="社葬運営委託契約・秘密保持契約のご確認のお願い",
    charset="utf-8",
    body=f"""白川先生

いつもお世話になっております。日の出産業の大槻です。
社葬の運営を平安典礼に委託するにあたり、業務委託契約とあわせて
秘密保持契約（NDA）を締結する予定です。先方のひな形をもとに当社で修正した案を
添付しますので、ご確認いただけますでしょうか。

特に、芳名録など参列者の情報の返却・廃棄の条項（第6条）と、
契約終了後の秘密保持期間（3年で足りるか）についてご意見をいただきたいです。
{SIG_OTSU}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_平安典礼.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」）と株式会社平安典礼（以下「乙」）は、甲の社葬の運営に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示した一切の情報をいう。",
                                 "第6条（返還・廃棄）乙は、業務終了後30日以内に芳名録その他の資料を甲に返還し、又は廃棄する。",
                                 "第9条（有効期間）本契約終了後3年間、本契約の規定は効力を有する。"]}],
)

add(
    id="ceremony-071", expect="pass",
    entities=[], detectors=["multiple_external_domains"],
    note="ホテルと花屋の2社だけをTo/Ccにした祭壇花の搬入調整：外部2組織は通常の三者連絡",
    sender=TAKA, to=["さくらホテル 宴会予約課 石動様 <banquet@sakura-hotel.jp>"],
    cc=["花暦 村井様 <murai@hanagoyomi.jp>"],
    subject="偲ぶ会　祭壇花の搬入時間について",
    charset="iso-2022-jp",
    body=f"""石動様
（cc：花暦 村井様）

お世話になっております。日の出産業の高畑です。
偲ぶ会当日の献花台・祭壇花の搬入について、お二方で直接ご調整いただけますでしょうか。

・会場：桔梗の間（前日夜の設営が可能か、ホテル様にご確認ください）
・祭壇花：白菊と胡蝶蘭、幅3.6m（花暦様ご手配）
・献花用の白カーネーション：250本

搬入時間が決まりましたら、私にもお知らせください。
{SIG_TAKA}""",
)

add(
    id="ceremony-072", expect="pass",
    entities=[], detectors=["freemail_recipient"],
    note="OB1名（個人のフリーメール）への総会出席のお礼：個人データなし",
    sender=NONO, to=["生方 清 <ubukata-k@yahoo.co.jp>"],
    subject="Re: 総会出欠",
    charset="shift_jis",
    body=f"""生方様

ご出席のご連絡をいただき、ありがとうございます。事務局の野々村です。
懇親会もご出席と承りました。当日お目にかかれるのを楽しみにしております。

なお、今年は会場がさくらホテルの3階に変わっておりますのでご注意ください。
{SIG_NONO}""",
)

_p = people(173, 3, born=(1975, 1995))
add(
    id="ceremony-073", expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="当日の連絡先として社員3名の個人携帯をホテルへ：4名以下なので警告止まり",
    sender=TAKA, to=["さくらホテル 宴会予約課 石動様 <banquet@sakura-hotel.jp>"],
    subject="米寿を祝う会　当日の連絡先",
    charset="utf-8",
    body=f"""石動様

お世話になっております。高畑です。
当日、弊社側の窓口となる者の連絡先をお知らせします（いずれも個人の携帯です）。

　責任者：{_p[0]['name']}　{_p[0]['mobile']}
　受付：　{_p[1]['name']}　{_p[1]['mobile']}
　会計：　{_p[2]['name']}　{_p[2]['mobile']}

私も終日会場におります。よろしくお願いいたします。
{SIG_TAKA}""",
)

_e = people(174, 1, born=(1992, 1992), sex="m")[0]
add(
    id="ceremony-074", expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="出産祝いの配送先として社員1名の自宅住所・携帯をギフト会社へ：1名分なので警告まで",
    sender=MORI, to=["はなまるギフト 岸本様 <kishimoto@hanamaru-gift.co.jp>"],
    subject="出産祝い（カタログギフト）1件追加のお願い",
    charset="iso-2022-jp",
    body=f"""岸本様

お世話になっております。日の出産業の森本です。
第3四半期分に1件追加をお願いします。

　お届け先：{_e['name']} 様
　〒{_e['zip']} {_e['addr']}
　電話：{zen(_e['mobile'], True)}
　商品：カタログギフト「すくすく」1万円コース
　のし：御出産御祝／日の出産業株式会社

よろしくお願いいたします。
{SIG_MORI}""",
)

_st = [["慶弔見舞金 支給実績（件数・金額）", "", "", "", ""], ["区分", "2022年度", "2023年度", "2024年度", "2025年度上期"],
       ["結婚", 18, 22, 19, 9], ["出産", 25, 21, 27, 14], ["死亡弔慰（本人）", 1, 0, 2, 1],
       ["死亡弔慰（家族）", 31, 28, 35, 17], ["傷病見舞", 12, 15, 11, 6], ["災害見舞", 0, 3, 1, 5],
       ["支給総額（千円）", 3120, 3085, 3460, 1790]]
add(
    id="ceremony-075", expect="pass",
    entities=[], detectors=[],
    note="慶弔見舞金の年度別件数・金額の集計表（XLSX）：統計で個人は特定されない",
    sender=KAWA, to=["やまぶき社会保険労務士法人 柴崎先生 <shibasaki@yamabuki-sr.jp>"],
    subject="慶弔見舞金の支給実績（集計）",
    charset="shift_jis",
    body=f"""柴崎先生

お世話になっております。川端です。
規程見直しの参考に、過去3年半の支給実績を区分別に集計しました。
従業員数は各年度とも約620名です。
{SIG_KAWA}""",
    attachments=[{"kind": "xlsx", "name": "慶弔見舞金_支給実績集計.xlsx", "sheets": {"集計": _st}}],
)

add(
    id="ceremony-076", expect="pass",
    entities=[], detectors=[],
    note="英文：取引先創業者の逝去へのお悔やみ：個人データなし",
    sender=FUJI, to=["Daniel Shore <daniel.shore@brightline-tools.com>"],
    subject="Our deepest condolences",
    charset="utf-8",
    body=f"""Dear Daniel,

We were deeply saddened to hear of the passing of Mr. Robert Shore, the founder of Brightline
Tools. On behalf of our President, Mr. Takayuki Kiryu, and everyone at Hinode Sangyo, please
accept our heartfelt condolences and convey them to Mr. Shore's family.

Mr. Shore visited our Omiya factory many times, and many of us remember his warmth and his
curiosity about every machine on the floor. His vision shaped the partnership between our
two companies for more than thirty years.

If there is a memorial fund or charity the family would like us to support in lieu of
flowers, please let us know.

With deepest sympathy,
{SIG_FUJI}""",
)

add(
    id="ceremony-077", expect="pass",
    entities=[], detectors=[],
    note="英文：海外の花屋への供花の注文：注文番号・金額・葬儀場（事業所）の住所のみ",
    sender=FUJI, to=["Bloom & Stem Orders <orders@bloomandstem.com.sg>"],
    subject="Order #BS-77120 - funeral wreath for Tan family",
    charset="utf-8",
    body=f"""Hello,

Thank you for confirming our order #BS-77120. Just to double-check the details:

  Item:      Standing wreath, white lilies and chrysanthemums (code WR-230)
  Price:     SGD 380.00 incl. delivery
  Deliver:   Singapore Casket Co., 131 Lavender Street, Hall 3, by 10:00 on 13 November
  Ribbon:    "With deepest sympathy - Hinode Sangyo Co., Ltd., Japan"
  Payment:   bank transfer against your invoice

Please send the invoice to this address.

Thank you,
{SIG_FUJI}""",
)

add(
    id="ceremony-078", expect="pass",
    entities=[], detectors=[],
    note="社葬のご案内状PDF：日時・会場・葬儀委員長・喪主の名前のみで個人データなし",
    sender=TAKA, to=["青葉運輸 社長室 <shachoshitsu@aoba-unyu.co.jp>"],
    subject="社葬ご案内状の送付",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
社長室　ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 秘書室の高畑でございます。

弊社元代表取締役社長 日野原昭三の社葬のご案内状を、PDFにてお送りいたします。
原本は本日郵送いたしました。ご多用中恐縮ではございますが、よろしくお願い申し上げます。
{SIG_TAKA}""",
    attachments=[{"kind": "pdf", "name": "社葬ご案内状.pdf",
                  "lines": ["謹啓", "弊社元代表取締役社長 日野原昭三 儀 去る十月二日 永眠いたしました",
                            "ここに生前のご厚誼を深謝し 謹んでご通知申し上げます",
                            "つきましては 左記のとおり社葬を執り行います", "",
                            "日時　令和七年十一月八日（土）午後一時より二時まで",
                            "会場　さくらホテル 二階 鳳凰の間　さいたま市大宮区錦町1-10",
                            "", "葬儀委員長　日の出産業株式会社 代表取締役社長 桐生隆之",
                            "喪主　日野原和子", "", "なお 御香典 御供花の儀は固くご辞退申し上げます", "謹白"]}],
)

add(
    id="ceremony-079", expect="pass",
    entities=[], detectors=[],
    note="会葬礼状の文案DOCXと地図PNGのZIP（暗号化なし）を印刷会社へ：個人データなし",
    sender=MORI, to=["錦印刷株式会社 三輪様 <miwa.t@nishiki-insatsu.co.jp>"],
    subject="会葬礼状の入稿データ",
    charset="utf-8",
    body=f"""三輪様

お世話になっております。森本です。
会葬礼状の文案と、裏面に入れる会場地図をZIPにまとめてお送りします。
部数は800部、納品は11月6日（木）でお願いします。
{SIG_MORI}""",
    attachments=[{"kind": "zip", "name": "kaisou_reijou.zip", "files": [
        {"kind": "docx", "name": "会葬礼状_文案.docx",
         "paragraphs": ["会葬御礼", "故 日野原昭三 儀 社葬に際しましては ご多用中にもかかわらず ご会葬を賜り",
                        "誠にありがとうございました", "略儀ながら書中をもちまして御礼申し上げます",
                        "令和七年十一月八日", "日の出産業株式会社　葬儀委員長 桐生隆之", "喪主 日野原和子"]},
        {"kind": "png", "name": "map.png"}]}],
)

add(
    id="ceremony-080", expect="pass",
    entities=[], detectors=[],
    note="取引先担当者の披露宴会場へ祝花の手配：ホテル宛、新郎の名前のみ",
    sender=MORI, to=["グランドみなとホテル ウエディングサロン 北条様 <wedding@grand-minato-hotel.co.jp>"],
    subject="11/29 及川様ご披露宴へのお祝いのお花について",
    charset="shift_jis",
    body=f"""グランドみなとホテル
ウエディングサロン　北条様

先日はお世話になりました。日の出産業の森本です。
11月29日（土）に御社で披露宴を挙げられる及川様（新郎・青葉運輸様ご勤務）宛に、
弊社からお祝いのアレンジメントをお届けしたく存じます。

花屋から直接会場へお届けする形で問題ないか、また受取の時間帯の指定があれば
お教えいただけますでしょうか。
ご予算は15,000円程度、札は「祝 御結婚　日の出産業株式会社 物流部一同」の予定です。
{SIG_MORI}""",
)

_ht = [("ホテル大宮セントラル", "さいたま市大宮区仲町2-31", "048-641-5511", "徒歩5分", "9,800円〜"),
       ("東横イン大宮駅西口", "さいたま市大宮区桜木町1-3-8", "048-658-1045", "徒歩7分", "7,200円〜"),
       ("さくらホテル", "さいたま市大宮区錦町1-10", "048-647-3311", "会場", "14,000円〜"),
       ("パレスホテル大宮ステーション", "さいたま市大宮区錦町682-2", "048-647-8800", "徒歩8分", "16,500円〜"),
       ("ビジネスホテル宮原", "さいたま市北区宮原町4-22-1", "048-663-0088", "車10分", "6,500円〜"),
       ("ホテルルートワン大宮", "さいたま市大宮区大門町3-5", "048-640-7777", "徒歩6分", "8,400円〜")]
_hb = "\n".join(f"・{h[0]}（{h[1]}／TEL {h[2]}／会場まで{h[3]}／{h[4]}）" for h in _ht)
add(
    id="ceremony-081", expect="pass",
    entities=[], detectors=[],
    note="遠方からの参列者向け宿泊先ホテル6軒の所在地・代表電話・料金：事業所の一覧",
    sender=OTSU, to=["株式会社平安典礼 葛西様 <kasai@heian-tenrei.co.jp>"],
    subject="遠方からのご会葬者向け　宿泊先のご案内",
    charset="iso-2022-jp",
    body=f"""葛西様

お世話になっております。大槻です。
遠方からお越しになるご会葬者からお問い合わせがあった場合のご案内用に、
会場周辺のホテルをまとめました。受付でのご案内にお使いください。

{_hb}

料金はいずれもシングル1泊素泊まりの目安です。
{SIG_OTSU}""",
)

add(
    id="ceremony-082", expect="pass",
    entities=[], detectors=[],
    note="「機密文書として保管」「社外秘の資料は渡さない」という言及のみ：文書の区分表示ではない",
    sender=OTSU, to=["株式会社平安典礼 葛西様 <kasai@heian-tenrei.co.jp>"],
    subject="Re: 芳名録・香典帳のお引き渡しについて",
    charset="utf-8",
    body=f"""葛西様

ご連絡ありがとうございます。大槻です。
芳名録と香典帳の原本は、個人情報を多く含むため当社で機密文書として保管することにしました。
お手数ですが、社葬終了後に会場で私に直接お渡しください。複写や控えは不要です。

また、先日お話のあった当社の組織図などの社外秘の社内資料は、今回はお渡しせず、
来賓の方のお名前と肩書だけを別途お伝えする形にさせてください。
{SIG_OTSU}""",
)

_p = people(183, 14, born=(1938, 1962))
_o = [["日の出会 会員名簿（2025年10月現在）"], [], ["会員番号", "氏名", "生年月日", "郵便番号", "住所", "電話", "退職時所属"]]
for i, p in enumerate(_p):
    _o.append([f"OB-{800 + i * 13:04d}", p["name"], wareki(*p["dob"]), p["zip"], p["addr"], p["tel"],
               ["製造部", "営業部", "経理部", "総務部", "技術部"][i % 5]])
add(
    id="ceremony-083", expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="OB会名簿14名（生年月日・住所・電話）のXLSXだが宛先は社内の総務部長のみ",
    sender=NONO, to=["総務部長 金沢 <kanazawa.hiroshi@hinode-sangyo.co.jp>"],
    subject="日の出会 会員名簿（最新）",
    charset="iso-2022-jp",
    body=f"""金沢部長

お疲れさまです。野々村です。
総会前に最新の会員名簿をご覧になりたいとのことでしたので、お送りします。
（名簿全体は162名ですが、今年度に変更のあった方を抜粋しています）
{SIG_NONO}""",
    attachments=[{"kind": "xlsx", "name": "日の出会_会員名簿_抜粋.xlsx", "sheets": {"名簿": _o}}],
)

add(
    id="ceremony-084", expect="pass",
    entities=[], detectors=[],
    note="「社外秘」ヘッダの社葬計画書だが宛先は社内の役員のみ",
    sender=OTSU, to=["役員各位 <yakuin@hinode-sangyo.co.jp>"], cc=[TAKA],
    subject="【社外秘】社葬計画書（案）のご確認",
    charset="utf-8",
    body=f"""役員各位

お疲れさまです。総務部の大槻です。
故 日野原元社長の社葬計画書（案）を添付いたします。
明日の役員会でご審議いただく予定ですので、事前にご一読ください。
{SIG_OTSU}""",
    attachments=[{"kind": "docx", "name": "社葬計画書_案.docx", "page_header": "社外秘",
                  "paragraphs": ["社葬計画書（案）", "1. 趣旨", "2. 日程・会場", "3. 予算（概算 1,800万円）",
                                 "4. 葬儀委員会の構成", "5. 取引先への通知範囲"]}],
)

add(
    id="ceremony-085", expect="pass",
    entities=[], detectors=[],
    note="パスワード付きZIPだが宛先は社内の同僚のみ",
    sender=KAWA, to=[SHIM],
    subject="弔慰金関係の書類（パスワード別送）",
    charset="shift_jis",
    body=f"""嶋田さん

お疲れさまです。川端です。
仁平部長の弔慰金・死亡退職金関係の書類一式をZIPにしました。
パスワードはTeamsで送ります。
{SIG_KAWA}""",
    attachments=[{"kind": "zip", "name": "choikin_nihei.zip", "password": "nh-1012",
                  "files": [{"kind": "txt", "name": "memo.txt", "text": "弔慰金 支給額 1,000,000円\n死亡退職金 12,400,000円"}]}],
)

add(
    id="ceremony-086", expect="pass",
    entities=[], detectors=[],
    note="取引先1社からの問い合わせへの香典・供花辞退の返信：個人データなし",
    sender=OTSU, to=["青葉運輸 総務課 森田様 <morita@aoba-unyu.co.jp>"],
    subject="Re: ご香典・ご供花について",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
総務課　森田様

ご丁寧にお問い合わせをいただき、誠にありがとうございます。日の出産業の大槻です。

せっかくのお申し出ではございますが、故人の遺志により、
ご香典・ご供花・ご供物の儀は、皆様一律にご辞退申し上げております。
当日は献花をお手向けいただければ幸いでございます。

何卒ご理解賜りますようお願い申し上げます。
{SIG_OTSU}""",
)

add(
    id="ceremony-087", expect="pass",
    entities=[], detectors=[],
    note="葬儀社の請求書明細は引用（差出人/送信日時以下）のみ、新本文は数量の確認",
    sender=OTSU, to=["平安典礼 経理 <keiri@heian-tenrei.co.jp>"], cc=["平安典礼 葛西 <kasai@heian-tenrei.co.jp>"],
    subject="RE: 【ご請求書】社葬一式（No. HT-25-1108）",
    charset="iso-2022-jp",
    body=f"""平安典礼 経理ご担当者様

ご請求書をお送りいただきありがとうございます。日の出産業の大槻です。
明細のうち「返礼品」の数量が520となっておりますが、当日の実績は486と伺っております。
ご確認のうえ、差し替えの請求書をお送りいただけますでしょうか。

差出人: 平安典礼 経理 <keiri@heian-tenrei.co.jp>
送信日時: 2025年11月14日 10:32
宛先: 大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>
件名: 【ご請求書】社葬一式（No. HT-25-1108）

日の出産業株式会社 大槻様

社葬一式のご請求書をお送りいたします。
　祭壇・設営一式　　　　4,200,000円
　返礼品（520個）　　　 1,560,000円
　会葬礼状（800部）　　　 240,000円
　人件費・運営費　　　　　980,000円
　合計（税込）　　　　　7,678,000円
お支払期限：12月26日
""",
)

_p = people(188, 4, born=(1970, 1990))
_r = ["受付責任者", "会計責任者", "来賓接遇", "駐車場責任者"]
add(
    id="ceremony-088", expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="社葬当日の各係の責任者4名の携帯番号を葬儀社へ：5名未満なので警告止まり",
    sender=OTSU, to=["平安典礼 葛西 <kasai@heian-tenrei.co.jp>"],
    subject="社葬当日の各係責任者",
    charset="utf-8",
    body=f"""葛西様

お世話になっております。大槻です。
当日、何かあった際の各係の責任者です。係員全体の名簿は当日朝にお渡しします。

""" + "\n".join(f"{r}：{p['name']}（携帯 {p['mobile']}）" for r, p in zip(_r, _p)) + f"""

全体の統括は私（大槻）が行います。
{SIG_OTSU}""",
)

_k = [["区分", "対象", "支給額・内容"], ["結婚祝金", "本人", "30,000円"], ["出産祝金", "本人または配偶者", "20,000円／子1人"],
      ["弔慰金", "本人死亡", "1,000,000円＋供花一基・弔電"], ["弔慰金", "配偶者・子", "50,000円＋供花一基"],
      ["弔慰金", "父母", "30,000円＋弔電"], ["傷病見舞金", "本人（連続14日以上の休業）", "10,000円"],
      ["災害見舞金", "全壊・全焼", "100,000円"], ["災害見舞金", "半壊・床上浸水", "50,000円"]]
add(
    id="ceremony-089", expect="pass",
    entities=[], detectors=[],
    note="慶弔見舞金の支給基準表（DOCX）を代行会社へ：金額表で個人データなし",
    sender=KAWA, to=["ふくりプラザ 慶弔代行チーム <keicho@fukuri-plaza.co.jp>"],
    subject="慶弔見舞金支給基準の登録について",
    charset="shift_jis",
    body=f"""ふくりプラザ 慶弔代行チーム
ご担当者様

お世話になっております。日の出産業の川端です。
来期からの代行業務開始に向けて、当社の慶弔見舞金の支給基準をお送りします。
システムへの登録をお願いいたします。
{SIG_KAWA}""",
    attachments=[{"kind": "docx", "name": "慶弔見舞金支給基準.docx",
                  "paragraphs": ["日の出産業株式会社 慶弔見舞金支給基準（2025年4月1日改定）"], "tables": [_k]}],
)

add(
    id="ceremony-090", expect="pass",
    entities=[], detectors=["freemail_recipient"],
    note="ご遺族1名（個人のフリーメール）へ弔慰金振込日の連絡：口座番号は下3桁のみで伏せ字",
    sender=SHIM, to=["仁平 和子 <nihei.kazuko@icloud.com>"],
    subject="弔慰金のお振込みについて",
    charset="iso-2022-jp",
    body=f"""仁平 和子 様

このたびは誠にご愁傷様でございます。
日の出産業株式会社 人事総務部の嶋田でございます。

先日ご提出いただきました書類をもとに、弔慰金のお振込み日が決まりましたので
ご連絡いたします。

　お振込み日：10月31日（金）
　お振込み先：ご指定の口座（みどり銀行　末尾＊＊＊521）
　金額：1,000,000円

死亡退職金につきましては、手続きが整い次第あらためてご案内いたします。
ご不明な点がございましたら、いつでもお問い合わせください。
{SIG_SHIM}""",
)

add(
    id="ceremony-091", expect="pass",
    entities=[], detectors=[],
    note="英文：取引先社員の結婚祝いの送り先を先方人事に尋ねるだけ：個人データなし",
    sender=FUJI, to=["Anna Weber <a.weber@vogel-antriebe.de>"],
    subject="A small wedding gift for Jonas",
    charset="utf-8",
    body=f"""Dear Anna,

I hope this finds you well. We heard from Markus that Jonas Richter from your purchasing team
got married last month - our warmest congratulations to him!

Our team in Omiya would like to send him a small gift (a set of Arita porcelain cups). Would
it be all right to send it to your office for the attention of Jonas, or would you prefer us
to ask him directly?

Best regards,
{SIG_FUJI}""",
)

_ord = [("HK-250201", "セレモニーホールみやび 大宮", "配達済", "10/15 14:20"),
        ("HK-250202", "ひばりヶ丘会館", "配達済", "10/18 09:05"),
        ("HK-250215", "浦和斎場 やすらぎ殿", "配達中", "—"),
        ("HK-250216", "上尾メモリアルホール", "受付済", "—"),
        ("HK-250220", "川口市民斎場", "受付済", "—")]
_ot = "\n".join(pad(o[0], 12) + pad(o[1], 32) + pad(o[2], 8) + o[3] for o in _ord)
add(
    id="ceremony-092", expect="pass",
    entities=[], detectors=[],
    note="供花の注文番号・届け先斎場・配送状況の一覧：注文番号と事業所のみ",
    sender=MORI, to=["花暦 受注係 <order@hanagoyomi.jp>"],
    subject="10月分 供花のご注文状況の確認",
    charset="utf-8",
    body=f"""花暦 受注係 ご担当者様

お世話になっております。日の出産業の森本です。
10月分のご注文について、こちらで把握している状況は以下のとおりです。
相違がありましたらお知らせください。

{pad("注文番号", 12)}{pad("お届け先", 32)}{pad("状況", 8)}配達日時
{"-" * 66}
{_ot}

月末締めの請求書は5件まとめてお送りいただければ結構です。
{SIG_MORI}""",
)

add(
    id="ceremony-093", expect="pass",
    entities=[], detectors=[],
    note="OB会会報の原稿（寄稿文2本と行事予定）を印刷会社へ：寄稿者の名前のみで個人データなし",
    sender=NONO, to=["錦印刷株式会社 三輪様 <miwa.t@nishiki-insatsu.co.jp>"],
    subject="会報第38号　原稿（寄稿・行事予定）",
    charset="iso-2022-jp",
    body=f"""三輪様

お世話になっております。野々村です。
会報第38号の本文原稿です。写真は追ってお送りします。

【寄稿】「工場の桜」　元大宮工場長　奥寺 良平
　入社した昭和四十年代、大宮工場の正門脇には三本の桜がありました。
　毎年四月になると、昼休みに皆で弁当を広げたものです……（以下、本文 約1,200字）

【寄稿】「孫と歩く見沼の道」　元経理課長　生方 清
　退職して十年、見沼田んぼの周りを歩くのが日課になりました……（約900字）

【行事予定】
　11月15日（土）総会・懇親会（さくらホテル）
　3月下旬　　　 春の日帰りバス旅行（行き先未定）

レイアウトは前号と同じでお願いします。
{SIG_NONO}""",
)

add(
    id="ceremony-094", expect="pass",
    entities=[], detectors=["multiple_external_domains"],
    note="葬儀社と寺の2組織だけをTo/Ccにした法要日程の調整：外部2組織は通常の連絡",
    sender=TAKA, to=["浄光寺 寺務所 <jimusho@jokoji.or.jp>"], cc=["平安典礼 葛西 <kasai@heian-tenrei.co.jp>"],
    subject="四十九日法要の日程について",
    charset="shift_jis",
    body=f"""浄光寺　寺務所　御中
（cc：平安典礼 葛西様）

いつもお世話になっております。日の出産業 秘書室の高畑でございます。
弊社社長 桐生の母堂の四十九日法要につきまして、ご住職のご都合を伺いたく存じます。

候補日：9月27日（土）または9月28日（日）　いずれも午前10時〜
参列予定：ご親族 約15名
法要後の会食は、平安典礼様に手配をお願いしております。

お手数ですが、ご都合をお知らせいただけますと幸いです。
{SIG_TAKA}""",
)

add(
    id="ceremony-095", expect="pass",
    entities=[], detectors=[],
    note="英文：旅行会社の確認メール（社員2名の旅券番号）は On…wrote: 以下の引用のみ、新本文はお礼だけ",
    sender=FUJI, to=["Tabinomado Intl Desk <intl@tabinomado.co.jp>"],
    subject="Re: Flight confirmation - Singapore memorial trip",
    charset="utf-8",
    body=f"""Dear Ms. Horinouchi,

Thank you, everything is confirmed on our side. We look forward to receiving the e-tickets.

Best regards,
Shinya Fujieda

On Mon, 3 Nov 2025 at 11:02, Tabinomado Intl Desk <intl@tabinomado.co.jp> wrote:
> Dear Mr. Fujieda,
>
> Please find your flight details below.
>   SQ 637  NRT-SIN  14 Nov 2025  11:00-17:25
>   1. FUJIEDA/SHINYA MR    passport TZ1048823
>   2. KIRYU/TAKAYUKI MR    passport TR7730016
>
> Kind regards,
> Horinouchi, Tabinomado International Desk
""",
)

_p = people(196, 12, born=(1970, 1998))
_sh = "\n".join(f"{'済' if i % 3 else '未'}　{p['name']}　1,000円" for i, p in enumerate(_p))
add(
    id="ceremony-096", expect="pass",
    entities=["PERSON_NAME"], detectors=[],
    note="結婚祝いの部内集金表（12名の名前と金額）だが宛先は社内の部門メーリングリストのみ",
    sender=MORI, to=["総務部 全員 <soumu-all@hinode-sangyo.co.jp>"],
    subject="汐見さんご結婚のお祝い（集金状況）",
    charset="iso-2022-jp",
    body=f"""総務部の皆さま

お疲れさまです。森本です。
汐見さんのご結婚のお祝い、集金状況をお知らせします。
未の方は今週中に森本までお願いします。

{_sh}

お祝いの品は、ご本人のリクエストでホットプレートにする予定です。
{SIG_MORI}""",
)

add(
    id="ceremony-097", expect="pass",
    entities=[], detectors=[],
    note="宴会の予約番号・コースコード・金額の確認：定型の免責文つき、個人データなし",
    sender=NONO, to=["さくらホテル 宴会予約課 石動様 <banquet@sakura-hotel.jp>"],
    subject="日の出会総会　ご予約内容の確認（予約番号 SK-2025-1115-03）",
    charset="shift_jis",
    body=f"""石動様

いつもお世話になっております。日の出会事務局の野々村です。
ご予約内容について、下記で確定とさせてください。

　予約番号：SK-2025-1115-03
　日時：11月15日（土）12:00〜15:00
　会場：3階 桔梗の間（正餐 90名）
　お料理：BQ-W12 和洋折衷コース 12,000円 × 90名
　お飲物：DR-F2 フリードリンク2時間 3,500円 × 90名
　音響：マイク2本・演台（無料）

ご請求は事務局（日の出産業 総務部）宛でお願いいたします。
{SIG_NONO}{DISC_JA}""",
)

# =======================================================================================
# EITHER — a privacy officer could honestly judge these either way
# =======================================================================================

add(
    id="ceremony-098", expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="取引先1名への訃報に故人（OB）の死因（膵臓がん）：故人の病歴を要配慮とみるかは判断が分かれる",
    sender=NONO, to=["川崎電機 相談役 浅香 宗一様 <asaka.soichi@kawasaki-denki.co.jp>"],
    subject="喜多川寛治様ご逝去のお知らせ",
    charset="iso-2022-jp",
    body=f"""浅香相談役

ご無沙汰しております。日の出産業 総務部の野々村でございます。
相談役と長くお付き合いのあった弊社元常務の喜多川 寛治様が、
十月五日に膵臓がんのため逝去されました（享年七十九）。
昨年春に見つかった時点ですでに進行しており、ご自宅で療養されていたと伺っております。

ご葬儀はご家族のみで済まされたとのことです。
ご遺族のご意向で、弔問・お香典はご辞退されております。
取り急ぎお知らせ申し上げます。
{SIG_NONO}""",
)

_v = [("川崎電機株式会社", "代表取締役会長", "浅香 宗一", "048-601-1002"),
      ("北国フーズ株式会社", "代表取締役社長", "蓮見 忠", "011-812-3300"),
      ("株式会社みどり銀行", "取締役頭取", "矢吹 正臣", "048-640-0101"),
      ("青葉運輸株式会社", "代表取締役", "森田 俊郎", "048-652-7711"),
      ("白川法律事務所", "代表弁護士", "白川 誠", "03-3501-2280")]
_vt = "\n".join(f"<tr><td>{i}</td><td>{c}</td><td>{t}</td><td>{n}</td><td>{ph}（秘書直通）</td></tr>"
                for i, (c, t, n, ph) in enumerate(_v, 1))
add(
    id="ceremony-099", expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="社葬の来賓5名（取引先役員の氏名・肩書・秘書直通電話）：業務上の連絡先か人のリストか判断が分かれる",
    sender=TAKA, to=["さくらホテル 宴会予約課 石動様 <banquet@sakura-hotel.jp>"],
    subject="社葬　ご来賓のお控室と送迎について",
    charset="utf-8",
    html=f"""<html><body>
<p>石動様</p>
<p>お世話になっております。日の出産業の高畑でございます。<br>
当日、控室（白鷺の間）をご利用いただくご来賓の方々は以下の5名です。<br>
お車の到着時刻の確認などで、各社の秘書の方へ直接ご連絡いただいて構いません。</p>
<table border="1" cellpadding="3">
<tr><th>No</th><th>ご所属</th><th>お役職</th><th>お名前</th><th>ご連絡先</th></tr>
{_vt}
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 秘書室　高畑 由紀</p>
</body></html>""",
)

_p = people(200, 6, born=(1975, 1998))
_d = ["総務部", "総務部", "人事総務部", "経理部", "秘書室", "営業部"]
_ut = "\n".join(f"{zpad(p['name'], 14)}{zpad(d, 12)}内線 {zen(str(2300 + i * 7))}" for i, (p, d) in enumerate(zip(_p, _d)))
add(
    id="ceremony-100", expect="either",
    entities=["PERSON_NAME"], detectors=[],
    note="社葬の受付係6名の氏名・所属・社内内線のみ：業務連絡先だけの社員一覧を人のリストとみるか分かれる",
    sender=MORI, to=["平安典礼 葛西 <kasai@heian-tenrei.co.jp>"],
    subject="社葬　受付係のメンバー",
    charset="shift_jis",
    body=f"""葛西様

お世話になっております。森本です。
受付係のメンバーが決まりましたのでお知らせします。
前日のリハーサルには全員参加します。

{_ut}

当日の連絡は、本社代表（048-641-2200）経由でお願いいたします。
{SIG_MORI}""",
)
