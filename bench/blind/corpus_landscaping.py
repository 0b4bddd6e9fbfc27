"""Blind corpus: landscaping (日の出産業 造園緑化部 — 造園・植木).

Area: the landscaping and gardening division of 日の出産業株式会社: households' garden
maintenance contracts with addresses, seasonal visit schedules (剪定・消毒・寒肥・門松),
elderly customers' key arrangements, subcontracted gardeners (一人親方 / one-person
businesses), workers' safety and ladder injuries (労災), municipal park maintenance
contracts, nursery suppliers (植木生産者), invoices, and complaints about damage.

Every person, customer, worker, phone number, address, account and identity number in
this file is invented; any resemblance to a real person is accidental.  The company
domains other than hinode-sangyo.co.jp and the partners listed in BRIEF.md are fictional.

Seed start for my_number() / card_number(): 8301 (seeds 8301, 8302, … in order of use).
The random data (names, addresses, phones) come from random.Random(8301).
"""

from __future__ import annotations

import random

from build import card_number, my_number

R = random.Random(8301)
_SEED = [8301]


def _next_seed() -> int:
    s = _SEED[0]
    _SEED[0] += 1
    return s


def mynum() -> str:
    return my_number(_next_seed())


def card() -> str:
    return card_number(_next_seed())


def corp_number(base12: str) -> str:
    """A 13-digit 法人番号 (check digit first) for a 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP = corp_number("010401087365")
SANWA_CORP = corp_number("012801004417")

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, ey, ab = "令和", y - 2018, "R"
    elif (y, m, d) >= (1989, 1, 8):
        era, ey, ab = "平成", y - 1988, "H"
    else:
        era, ey, ab = "昭和", y - 1925, "S"
    if style == "abbr":
        return f"{ab}{ey}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{ey}年{m}月{d}日")
    if style == "zenabbr":
        return zen(f"{ab}{ey}.{m}.{d}").replace(".", "．").replace("S", "Ｓ").replace("H", "Ｈ")
    return f"{era}{ey}年{m}月{d}日"


_KANA = {
    "きゃ": "kya", "きゅ": "kyu", "きょ": "kyo", "しゃ": "sha", "しゅ": "shu", "しょ": "sho",
    "ちゃ": "cha", "ちゅ": "chu", "ちょ": "cho", "にゃ": "nya", "にゅ": "nyu", "にょ": "nyo",
    "ひゃ": "hya", "ひゅ": "hyu", "ひょ": "hyo", "みゃ": "mya", "みゅ": "myu", "みょ": "myo",
    "りゃ": "rya", "りゅ": "ryu", "りょ": "ryo", "ぎゃ": "gya", "ぎゅ": "gyu", "ぎょ": "gyo",
    "じゃ": "ja", "じゅ": "ju", "じょ": "jo", "びゃ": "bya", "びゅ": "byu", "びょ": "byo",
}
_K1 = dict(zip(
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
    "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ",
    ["a", "i", "u", "e", "o", "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so",
     "ta", "chi", "tsu", "te", "to", "na", "ni", "nu", "ne", "no", "ha", "hi", "fu", "he", "ho",
     "ma", "mi", "mu", "me", "mo", "ya", "yu", "yo", "ra", "ri", "ru", "re", "ro", "wa", "o", "n",
     "ga", "gi", "gu", "ge", "go", "za", "ji", "zu", "ze", "zo", "da", "ji", "zu", "de", "do",
     "ba", "bi", "bu", "be", "bo", "pa", "pi", "pu", "pe", "po"]))


def romaji(hira: str) -> str:
    out, i = "", 0
    while i < len(hira):
        if hira[i:i + 2] in _KANA:
            out += _KANA[hira[i:i + 2]]
            i += 2
        elif hira[i] == "っ" and i + 1 < len(hira):
            nxt = _KANA.get(hira[i + 1:i + 3]) or _K1.get(hira[i + 1], "")
            out += nxt[:1]
            i += 1
        else:
            out += _K1.get(hira[i], hira[i])
            i += 1
    return out.replace("ou", "o").replace("uu", "u")


SURN = [
    ("佐藤", "さとう"), ("鈴木", "すずき"), ("高橋", "たかはし"), ("田中", "たなか"),
    ("渡辺", "わたなべ"), ("伊藤", "いとう"), ("山本", "やまもと"), ("中村", "なかむら"),
    ("小林", "こばやし"), ("加藤", "かとう"), ("吉田", "よしだ"), ("山田", "やまだ"),
    ("佐々木", "ささき"), ("松本", "まつもと"), ("井上", "いのうえ"), ("木村", "きむら"),
    ("清水", "しみず"), ("山崎", "やまざき"), ("池田", "いけだ"), ("橋本", "はしもと"),
    ("石川", "いしかわ"), ("前田", "まえだ"), ("藤田", "ふじた"), ("岡田", "おかだ"),
    ("後藤", "ごとう"), ("村上", "むらかみ"), ("近藤", "こんどう"), ("坂本", "さかもと"),
    ("遠藤", "えんどう"), ("青木", "あおき"), ("西村", "にしむら"), ("福田", "ふくだ"),
    ("三浦", "みうら"), ("岡本", "おかもと"), ("中川", "なかがわ"), ("原田", "はらだ"),
    ("竹内", "たけうち"), ("金子", "かねこ"), ("和田", "わだ"), ("石井", "いしい"),
    ("上田", "うえだ"), ("柴田", "しばた"), ("宮崎", "みやざき"), ("酒井", "さかい"),
    ("工藤", "くどう"), ("横山", "よこやま"), ("内田", "うちだ"), ("安藤", "あんどう"),
    ("丸山", "まるやま"), ("今井", "いまい"), ("河野", "こうの"), ("杉山", "すぎやま"),
    ("増田", "ますだ"), ("大塚", "おおつか"), ("菅原", "すがわら"), ("千葉", "ちば"),
    ("桜井", "さくらい"), ("野口", "のぐち"), ("榎本", "えのもと"), ("東海林", "しょうじ"),
    ("御手洗", "みたらい"), ("五十嵐", "いがらし"), ("月見里", "やまなし"),
    ("八月一日", "ほずみ"), ("温水", "ぬくみず"), ("舎人", "とねり"), ("雲母", "きらら"),
    ("躑躅森", "つつじもり"), ("一尺八寸", "かまつか"), ("勘解由小路", "かでのこうじ"),
    ("鰐部", "わにべ"), ("廿日出", "はつかで"), ("蕨野", "わらびの"), ("栂尾", "とがのお"),
]
GM = [("誠", "まこと"), ("健一", "けんいち"), ("浩", "ひろし"), ("茂", "しげる"),
      ("勇", "いさむ"), ("清", "きよし"), ("博之", "ひろゆき"), ("隆", "たかし"),
      ("正雄", "まさお"), ("義男", "よしお"), ("大輔", "だいすけ"), ("翔太", "しょうた"),
      ("拓也", "たくや"), ("健太", "けんた"), ("和夫", "かずお"), ("昭", "あきら"),
      ("実", "みのる"), ("進", "すすむ"), ("武", "たけし"), ("修", "おさむ"),
      ("源蔵", "げんぞう"), ("寛治", "かんじ")]
GF = [("和子", "かずこ"), ("幸子", "さちこ"), ("節子", "せつこ"), ("美智子", "みちこ"),
      ("恵子", "けいこ"), ("洋子", "ようこ"), ("久美子", "くみこ"), ("千代", "ちよ"),
      ("静江", "しずえ"), ("トミ", "とみ"), ("キヨ", "きよ"), ("陽子", "ようこ"),
      ("由美", "ゆみ"), ("真由美", "まゆみ"), ("裕子", "ゆうこ"), ("智子", "ともこ"),
      ("典子", "のりこ"), ("文子", "ふみこ"), ("ハル", "はる"), ("明美", "あけみ")]
AREAS = [
    ("192", "東京都", "八王子市", ["めじろ台", "長房町", "散田町", "北野台", "元本郷町",
                                 "椚田町", "山田町", "緑町", "絹ヶ丘", "南陽台"]),
    ("191", "東京都", "日野市", ["旭が丘", "多摩平", "南平", "百草", "程久保"]),
    ("194", "東京都", "町田市", ["玉川学園", "成瀬台", "南大谷", "木曽東", "小山ヶ丘"]),
    ("206", "東京都", "多摩市", ["桜ヶ丘", "聖ヶ丘", "永山", "愛宕"]),
    ("252", "神奈川県", "相模原市緑区", ["橋本台", "二本松", "大島", "谷ヶ原"]),
    ("197", "東京都", "あきる野市", ["秋川", "雨間", "草花", "引田"]),
    ("190", "東京都", "立川市", ["富士見町", "幸町", "柏町"]),
]
BANKS = [("みどり銀行", ["八王子支店", "日野支店", "町田支店", "高尾支店"]),
         ("多摩中央信用金庫", ["本店営業部", "めじろ台支店", "南大沢支店"]),
         ("ゆうちょ銀行", ["〇一八店", "〇二八店"]),
         ("武蔵野ひかり銀行", ["立川支店", "橋本支店"])]


def person(sex: str | None = None, age: tuple[int, int] = (30, 88),
           used: set | None = None) -> dict:
    sx = sex or R.choice("MF")
    while True:
        s = R.choice(SURN)
        if used is None or s[0] not in used:
            break
    if used is not None:
        used.add(s[0])
    g = R.choice(GM if sx == "M" else GF)
    area = R.choice(AREAS)
    town = R.choice(area[3])
    c, b, n = R.randint(1, 5), R.randint(1, 30), R.randint(1, 24)
    y = 2025 - R.randint(*age)
    m, d = R.randint(1, 12), R.randint(1, 28)
    bank, branches = R.choice(BANKS)
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name2": f"{s[0]}{g[0]}",
        "kana": f"{s[1]} {g[1]}", "kkana": kata(f"{s[1]} {g[1]}"),
        "pref": area[1], "city": area[2], "town": town,
        "addr": f"{area[1]}{area[2]}{town}{c}-{b}-{n}",
        "addr_short": f"{area[2]}{town}{c}-{b}-{n}",
        "addr_chome": f"{area[1]}{area[2]}{town}{c}丁目{b}番{n}号",
        "zip": f"{area[0]}-{R.randint(0, 99):02d}{R.randint(0, 99):02d}",
        "tel": f"042-{R.randint(600, 799)}-{R.randint(0, 9999):04d}",
        "mob": f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(0, 9999):04d}",
        "dob": (y, m, d), "dob_s": f"{y}/{m:02d}/{d:02d}", "age": 2025 - y,
        "bank": f"{bank} {R.choice(branches)}",
        "acct": f"{R.randint(1000000, 9999999)}",
        "sex": "男" if sx == "M" else "女",
    }


def people(n: int, **kw) -> list[dict]:
    used: set = set()
    return [person(used=used, **kw) for _ in range(n)]


# -- the division's staff and their signatures --------------------------------------------

STAFF = {
    "tsuyuri": ("栗花落 誠", "つゆり まこと", "m.tsuyuri", "造園緑化部 造園課 課長", "042-646-7730", "Makoto Tsuyuri"),
    "sakamaki": ("坂巻 由香", "さかまき ゆか", "y.sakamaki", "造園緑化部 営業係", "042-646-7732", "Yuka Sakamaki"),
    "domeki": ("百目鬼 剛", "どうめき つよし", "t.domeki", "造園緑化部 工務係 主任", "042-646-7735", "Tsuyoshi Domeki"),
    "takanashi": ("小鳥遊 千春", "たかなし ちはる", "c.takanashi", "造園緑化部 業務係", "042-646-7733", "Chiharu Takanashi"),
    "hatano": ("羽田野 聡", "はたの さとし", "s.hatano", "管理本部 経理課", "042-646-7701", "Satoshi Hatano"),
    "kito": ("鬼頭 和弘", "きとう かずひろ", "k.kito", "安全衛生管理室", "042-646-7705", "Kazuhiro Kito"),
    "watanuki": ("四月一日 恵", "わたぬき めぐみ", "m.watanuki", "管理本部 総務課", "042-646-7702", "Megumi Watanuki"),
    "ishigami": ("石神 亮介", "いしがみ りょうすけ", "r.ishigami", "造園緑化部 公共緑地係", "042-646-7738", "Ryosuke Ishigami"),
    "moriyama": ("森山 健二", "もりやま けんじ", "k.moriyama", "造園緑化部 設計係", "042-646-7736", "Kenji Moriyama"),
}
DOM = "hinode-sangyo.co.jp"


def frm(key: str) -> str:
    s = STAFF[key]
    return f"{s[0]} <{s[2]}@{DOM}>"


def addr_of(key: str) -> str:
    return f"{STAFF[key][2]}@{DOM}"


def sig(key: str, style: int = 0) -> str:
    name, kana, local, dept, tel, roman = STAFF[key]
    if style == 0:
        return (f"\n――――――――――――――――――――――\n日の出産業株式会社 {dept}\n{name}（{kana}）\n"
                f"〒192-0046 東京都八王子市明神町4-9-2 日の出ビル3F\nTEL {tel} / FAX 042-646-7799\n"
                f"Mail {local}@{DOM}\n――――――――――――――――――――――\n")
    if style == 1:
        return f"\n--\n日の出産業(株) {dept}\n{name}\n{tel}\n"
    if style == 2:
        return (f"\n==================================\n 日の出産業株式会社\n {dept}\n {name}\n"
                f" 〒192-0046 八王子市明神町4-9-2\n 資材ヤード：八王子市左入町1120\n"
                f" TEL：{tel}（直通）\n==================================\n")
    if style == 3:
        return (f"\nBest regards,\n\n{roman}\nLandscaping Division, Hinode Sangyo Co., Ltd.\n"
                f"4-9-2 Myojin-cho, Hachioji, Tokyo 192-0046, Japan\nTel +81-42-646-{tel[-4:]}\n")
    return f"\n{name.split()[0]}（日の出産業 造園）\n"


DISCLAIMER_JP = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. "
                 "If you are not the intended recipient, please notify the sender and delete it.\n")

MESSAGES: list[dict] = []


def add(**m) -> None:
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    MESSAGES.append(m)


def pad(s: str, w: int) -> str:
    """Pad to a display width (full-width chars count 2), as people do by eye."""
    width = sum(2 if ord(c) > 0x2000 else 1 for c in s)
    return s + " " * max(w - width, 1)


# == 001–010 ===============================================================================

_p = people(8, age=(55, 90))
_jobs = ["松・マキ剪定", "生垣刈込み", "サツキ刈込み", "庭木全体剪定", "高木剪定（脚立）",
         "生垣刈込み＋除草", "モミジ・梅剪定", "松みどり摘み"]
_rows = []
for i, (pp, job) in enumerate(zip(_p, _jobs)):
    day = f"4/{21 + i // 2}({'月火水木'[i // 2]})"
    _rows.append(pad(day, 9) + pad(pp["name"] + "様", 14) + pad(pp["addr_short"], 30)
                 + pad(pp["tel"], 15) + job)
add(
    id="landscaping-001", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="8 households' names, addresses and phones in a padded table to a one-person gardener on gmail",
    charset="iso-2022-jp", sender=frm("domeki"),
    to=["九十九 源蔵 <tsukumo.niwa.1962@gmail.com>"],
    subject="4月後半 剪定応援のお宅一覧",
    body=("九十九さん\n\nお疲れさまです。日の出産業の百目鬼です。\n"
          "4月後半の剪定応援分、担当いただくお宅をまとめました。\n"
          "お客様には当社から訪問日をお伝え済みです。前日夕方に一本お電話いただけると助かります。\n\n"
          + pad("訪問日", 9) + pad("お客様", 14) + pad("住所", 30) + pad("電話", 15) + "作業\n"
          + "-" * 8 + " " + "-" * 13 + " " + "-" * 29 + " " + "-" * 14 + " " + "-" * 16 + "\n"
          + "\n".join(_rows)
          + "\n\n軽トラは左入のヤードから出してください。ガソリンカードは助手席のボックスです。\n"
          "よろしくお願いします。\n" + sig("domeki", 1)),
)

_c = person("F", age=(60, 80))
add(
    id="landscaping-002", expect="pass", entities=[], detectors=["freemail_recipient"],
    note="reply to one customer confirming a visit; her address appears only in quoted text",
    charset="cp932", sender=frm("sakamaki"),
    to=[f"{_c['name']} <tomo.gardenlove@gmail.com>"],
    subject="Re: 剪定のお願い（日程について）",
    body=(f"{_c['sei']}様\n\nいつもお世話になっております。日の出産業 造園の坂巻でございます。\n"
          "ご連絡ありがとうございます。\n\n"
          "ご希望いただいた日程のうち、5月14日（水）午前9時からで手配いたしました。\n"
          "作業員2名、2トン車1台でお伺いします。作業はおおむね午後3時頃終了の見込みです。\n"
          "当日、お車を門の前に停めさせていただけますと幸いです。難しい場合はお知らせください。\n\n"
          "雨天の場合は前日17時までにお電話でご連絡いたします。\n"
          "どうぞよろしくお願いいたします。\n" + sig("sakamaki", 0)
          + f"\n\n> 日の出産業 坂巻様\n>\n> 先日はお見積りありがとうございました。\n"
          f"> 5/13か5/14の午前中でお願いできますでしょうか。\n"
          f"> 住所は前回と同じ {_c['addr']} です。\n"
          f"> 当日の連絡は携帯 {_c['mob']} にお願いします。\n>\n> {_c['name']}\n"),
)

_k = people(5, age=(72, 93))
_keyplaces = ["勝手口横の植木鉢の下", "キーボックス（番号 4471）玄関脇の水道メーター内",
              "当社にて保管（鍵番号 K-12）", "お隣の山口様宅でお預かり", "物置の右扉、上段の缶の中"]
_blocks = []
for pp, place in zip(_k, _keyplaces):
    fam = person(age=(35, 60))
    _blocks.append(f"■{pp['name']} 様（{pp['age']}歳・お一人暮らし）\n"
                   f"　住所：{pp['addr']}\n"
                   f"　鍵　：{place}\n"
                   f"　ご家族連絡先：{fam['sei']}様（{R.choice(['長男', '長女', '次女', '甥'])}） {fam['mob']}\n")
add(
    id="landscaping-003", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="key arrangements of 5 elderly customers (address, key place, family mobile) to a subcontractor on yahoo",
    charset="utf-8", sender=frm("takanashi"),
    to=["minai.midori-zouen@yahoo.co.jp"],
    subject="不在時作業のお宅　鍵のお預かり状況",
    body=("みどり造園　薬袋様\n\nお世話になっております。日の出産業 業務係の小鳥遊です。\n"
          "来週からご担当いただく、ご不在のまま作業するお宅の鍵の状況です。\n"
          "作業後は必ず元の場所に戻し、施錠確認の写真をLINEでお送りください。\n\n"
          + "\n".join(_blocks)
          + "\nご不明点は小鳥遊までお電話ください。\n" + sig("takanashi", 2)),
)

_e = person("F", age=(84, 90))
_d = person("F", age=(50, 60))
add(
    id="landscaping-004", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="one elderly customer's dementia diagnosis with her address, sent to a gardener's iCloud address",
    charset="iso-2022-jp", sender=frm("domeki"),
    to=["温水 <nukumizu.ueki@icloud.com>"],
    subject="東海林様宅の件（申し送り）",
    body=(f"温水さん\n\nお疲れさまです。百目鬼です。\n"
          f"明後日の{_e['sei']}様宅（{_e['addr_chome']}）の件で申し送りです。\n\n"
          f"{_e['name']}様は{_e['age']}歳で、娘さんのお話では昨年アルツハイマー型認知症の診断を受けられたそうです。\n"
          "作業中に何度も同じことを聞かれたり、「頼んでいない」と言われることがあるかもしれませんが、\n"
          "契約は娘さんと済んでいますので、穏やかに対応してください。\n"
          f"何かあれば娘さん（{_d['sei']}様）の携帯 {_d['mob']} へ直接お願いします。\n\n"
          "現金のやり取りは一切しないでください。請求は娘さん宛てに当社から出します。\n\n百目鬼\n"),
)

_a = people(15, age=(45, 90))
_rows5 = [["契約番号", "氏名", "フリガナ", "住所", "電話", "契約種別", "年額(税込)", "引落口座"]]
for i, pp in enumerate(_a):
    _rows5.append([f"NK-{2401 + i}", pp["name"], pp["kkana"], pp["addr"], pp["tel"],
                   R.choice(["年4回コース", "年2回コース", "年6回コース", "剪定のみ"]),
                   R.choice([88000, 132000, 66000, 198000, 49500]),
                   f"{pp['bank']} 普通 {pp['acct']}"])
add(
    id="landscaping-005", expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="annual-contract customer list with bank accounts, but sent only to internal accounting",
    charset="cp932", sender=frm("takanashi"),
    to=[f"羽田野 聡 <{addr_of('hatano')}>"], cc=[addr_of("tsuyuri")],
    subject="年間管理契約者一覧（口座振替分）の送付",
    body=("羽田野さん\n\nお疲れさまです。小鳥遊です。\n"
          "来期の口座振替データ作成用に、年間管理契約のお客様一覧をお送りします。\n"
          "「集計」シートにコース別の件数と金額をまとめています。\n"
          "解約予定の2件（NK-2407、NK-2412）は備考欄をご確認ください。\n\nよろしくお願いします。\n"
          + sig("takanashi", 1)),
    attachments=[{
        "kind": "xlsx", "name": "年間管理契約者一覧_R7.xlsx", "title": "年間管理契約者一覧",
        "sheets": {
            "契約者": [["年間管理契約者一覧（令和7年度）", "", "", "", "", "", "", ""]] + _rows5,
            "集計": [["コース", "件数", "金額"], ["年4回コース", 5, 660000],
                     ["年2回コース", 4, 352000], ["年6回コース", 3, 594000], ["剪定のみ", 3, 148500]],
        },
    }],
)

_g = people(6, age=(38, 72))
_rows6 = [["支払調書作成用　外注先（個人）一覧", "", "", "", ""],
          ["屋号", "氏名", "住所", "個人番号", "R6支払額"]]
for pp, yago in zip(_g, ["植木の九十九", "みどり造園", "温水植木", "雲母ガーデン", "とねり庭園", "鰐部造園"]):
    _rows6.append([yago, pp["name"], pp["addr"], mynum(), R.randint(40, 320) * 10000])
add(
    id="landscaping-006", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="My Numbers and home addresses of 6 sole-trader gardeners in an XLSX to the outside tax office",
    charset="utf-8", sender=frm("hatano"),
    to=["大原税理士事務所 担当 <kimura@ohara-tax.jp>"],
    subject="報酬の支払調書 作成資料（外注先6名分）",
    body=("大原税理士事務所\n木村様\n\nいつもお世話になっております。日の出産業 経理課の羽田野です。\n"
          "令和6年分の報酬・料金等の支払調書の作成資料をお送りいたします。\n"
          "造園の外注先（個人事業主）6名分で、個人番号は本人確認済みです。\n\n"
          "ご確認のほどよろしくお願いいたします。\n" + sig("hatano", 0)),
    attachments=[{"kind": "xlsx", "name": "支払調書_外注先一覧.xlsx", "sheets": {"外注先": _rows6}}],
)

_x = person("M", age=(40, 60))
_n7 = mynum()
add(
    id="landscaping-007", expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="one subcontractor's My Number typed into the body to the tax accountant",
    charset="iso-2022-jp", sender=frm("hatano"),
    to=["kimura@ohara-tax.jp"],
    subject="Re: 支払調書 作成資料（追加1名）",
    body=("木村様\n\nお世話になっております。羽田野です。\n"
          "先ほどの一覧に漏れていた1名分、ご本人から番号をいただきましたので追記します。\n\n"
          f"　屋号：{_x['sei']}造園\n　氏名：{_x['name']}（{_x['kana']}）\n"
          f"　個人番号：{_n7[:4]} {_n7[4:8]} {_n7[8:]}\n　支払額：1,185,000円\n\n"
          "お手数ですが差し替えをお願いいたします。\n" + sig("hatano", 1)),
)

add(
    id="landscaping-008", expect="pass",
    entities=["JP_CORPORATE_NUMBER"], detectors=["personal_data"],
    note="monthly invoice PDF to the partner hotel; only the company's own T-number, no people",
    charset="cp932", sender=frm("takanashi"),
    to=["さくらホテル 施設管理課 <shisetsu@sakura-hotel.jp>"],
    subject="【請求書送付】4月分 庭園維持管理業務",
    body=("さくらホテル株式会社\n施設管理課 ご担当者様\n\n平素より大変お世話になっております。\n"
          "日の出産業株式会社 造園緑化部の小鳥遊でございます。\n\n"
          "4月分の庭園維持管理業務のご請求書をPDFにてお送りいたします。\n"
          "請求番号：INV-2504-0183\nご請求金額：451,000円（税込）\nお支払期日：5月末日\n\n"
          "ご査収のほどよろしくお願い申し上げます。\n" + sig("takanashi", 0) + DISCLAIMER_JP),
    attachments=[{
        "kind": "pdf", "name": "請求書_INV-2504-0183.pdf", "title": "請求書",
        "lines": ["請　求　書", "", "さくらホテル株式会社 御中", "請求番号 INV-2504-0183　発行日 2025年4月30日",
                  "日の出産業株式会社　東京都八王子市明神町4-9-2",
                  f"登録番号 T{HINODE_CORP}", "",
                  "件名：庭園維持管理業務（2025年4月分）", ""],
        "table": [["品目", "数量", "単価", "金額"], ["日本庭園 定期管理（月4回）", "1式", "280,000", "280,000"],
                  ["芝生エアレーション", "1式", "62,000", "62,000"], ["サツキ刈込み", "1式", "68,000", "68,000"],
                  ["小計", "", "", "410,000"], ["消費税(10%)", "", "", "41,000"], ["合計", "", "", "451,000"]],
    }],
)

_w = person("M", age=(28, 35))
add(
    id="landscaping-009", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a worker's name, birth date and fracture diagnosis after a ladder fall sent to the insurer",
    charset="utf-8", sender=frm("kito"),
    to=["常盤損保 事故受付 <jiko-uketsuke@tokiwa-sonpo.co.jp>"],
    subject="事故報告（脚立からの転落）証券番号 GL-7730-2291",
    body=("常盤損害保険株式会社\n事故受付センター ご担当者様\n\n"
          "お世話になっております。日の出産業 安全衛生管理室の鬼頭です。\n"
          "下記のとおり作業中の事故が発生しましたのでご報告いたします。\n\n"
          "1. 発生日時　2025年6月3日 10時40分頃\n"
          "2. 場所　　　八王子市内 個人邸（庭木剪定作業中）\n"
          f"3. 被災者　　{_w['name']}（{_w['kana']}）　生年月日 {_w['dob'][0]}年{_w['dob'][1]}月{_w['dob'][2]}日　造園工\n"
          "4. 状況　　　三脚脚立（2.4m）上で高木の剪定中、脚立の脚が植込みの土に沈み込み転倒。\n"
          "　　　　　　 約1.8mの高さから落下し右手をついた。\n"
          "5. 傷病　　　右橈骨遠位端骨折（南多摩総合病院 整形外科にて診断）、全治約8週間の見込み\n"
          "6. 対応　　　同日救急搬送、翌日手術。現在入院中。\n\n"
          "使用者賠償責任特約の対象となるかご確認をお願いいたします。\n" + sig("kito", 0)),
)

add(
    id="landscaping-010", expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="internal safety bulletin naming the injured worker; all recipients internal",
    charset="iso-2022-jp", sender=frm("kito"),
    to=[f"造園緑化部 全員 <zouen-all@{DOM}>"], cc=[f"anzen@{DOM}"],
    subject="【安全速報】脚立からの転落事故について",
    body=("造園緑化部のみなさん\n\n安全衛生管理室の鬼頭です。\n"
          f"6月3日、剪定作業中に{_w['sei']}さんが三脚脚立ごと転倒し、右手首を骨折しました（全治約8週間）。\n"
          "幸い頭部の打撲はありませんでしたが、一歩間違えば重大災害でした。\n\n"
          "■原因\n・脚立の脚を柔らかい植込みの土の上に立てていた\n・補助者なしで天板近くまで上がっていた\n\n"
          "■再発防止（本日から徹底）\n"
          "・脚立の脚には必ず敷板を使用する\n・高さ2m以上は補助者が脚立を支える\n"
          "・天板から2段目より上に立たない\n・高所作業はヘルメット着用、あご紐まで締める\n\n"
          "各現場の朝礼で読み合わせをお願いします。\n" + sig("kito", 1)),
)


# == 011–020 ===============================================================================

_crew = people(8, sex="M", age=(22, 68))
_rows11 = [["作業員名簿（令和７年度 小菅谷市公園維持管理業務委託）", "", "", "", "", "", "", ""],
           ["", "", "", "", "", "", "", "提出日：令和7年4月1日"],
           ["No.", "氏名", "ふりがな", "生年月日", "年齢", "現住所", "電話番号", "保有資格"]]
for i, pp in enumerate(_crew, 1):
    _rows11.append([i, pp["name"], pp["kana"], wareki(*pp["dob"]), pp["age"], pp["addr"], pp["mob"],
                    R.choice(["1級造園施工管理技士", "2級造園技能士", "刈払機取扱作業者",
                              "高所作業車（10m未満）", "チェーンソー特別教育", "なし"])])
add(
    id="landscaping-011", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="roster of 8 workers (birth dates, home addresses, mobiles) in an XLSX to the city",
    charset="cp932", sender=frm("ishigami"),
    to=["小菅谷市 公園緑地課 <koen-ryokuchi@city.kosugaya.lg.jp>"],
    subject="【提出】作業員名簿（公園維持管理業務委託）",
    body=("小菅谷市 都市整備部 公園緑地課\n契約担当 様\n\n"
          "お世話になっております。日の出産業株式会社 公共緑地係の石神です。\n"
          "令和7年度 公園維持管理業務委託の着手届に添付する作業員名簿をお送りします。\n"
          "原本は着手届と一緒に4月3日に持参いたします。\n\n以上、よろしくお願いいたします。\n"
          + sig("ishigami", 2)),
    attachments=[{"kind": "xlsx", "name": "作業員名簿_R7公園維持管理.xlsx",
                  "sheets": {"作業員名簿": _rows11,
                             "資格証写し一覧": [["No.", "資格", "証番号(写し添付)"], [1, "1級造園施工管理技士", "別紙1"],
                                             [2, "刈払機取扱作業者", "別紙2"]]}}],
)

_parks = [("中央公園", "高木剪定 32本、低木刈込み 410㎡", "完了"),
          ("けやき台第二公園", "除草 1,200㎡、遊具周り清掃", "完了"),
          ("ひばりが丘緑道", "街路樹（ハナミズキ）剪定 54本", "5/20予定"),
          ("南小菅谷ちびっこ広場", "砂場砂入替、除草", "完了"),
          ("柳川沿い遊歩道", "桜 枯れ枝除去 18本", "雨天順延 5/22"),
          ("市役所前広場", "花壇植替え（マリーゴールド 600株）", "完了")]
_t12 = "\n".join(pad(a, 24) + pad(b, 40) + c for a, b, c in _parks)
add(
    id="landscaping-012", expect="pass", entities=[], detectors=[],
    note="monthly progress report to the city: a list of parks and work items, no people",
    charset="utf-8", sender=frm("ishigami"),
    to=["koen-ryokuchi@city.kosugaya.lg.jp"], cc=[addr_of("tsuyuri")],
    subject="5月 公園維持管理業務 進捗のご報告",
    body=("公園緑地課 浅見様\n\nお世話になっております。日の出産業の石神です。\n"
          "5月中旬時点の作業進捗をご報告します。\n\n"
          + pad("公園名", 24) + pad("作業内容", 40) + "状況\n" + "-" * 78 + "\n" + _t12 + "\n\n"
          "ひばりが丘緑道のハナミズキは、通学時間帯を避けて9時半〜15時で作業します。\n"
          "作業写真は月末の報告書にまとめて提出いたします。\n" + sig("ishigami", 0)),
)

add(
    id="landscaping-013", expect="pass", entities=[], detectors=[],
    note="purchase order of nursery stock with product codes; delivery to the company yard",
    charset="iso-2022-jp", sender=frm("domeki"),
    to=["山吹園芸 受注係 <juchu@yamabuki-engei.co.jp>"],
    subject="注文書 PO-25-0417（ソヨゴ他）",
    body=("山吹園芸株式会社\n受注係 御中\n\nいつもお世話になっております。日の出産業の百目鬼です。\n"
          "下記のとおり発注いたします。\n\n"
          "発注番号：PO-25-0417\n納品希望：5月9日（金）午前\n"
          "納品場所：弊社資材ヤード（八王子市左入町1120）※荷受け 百目鬼\n\n"
          "  品番        品名                     規格                 数量\n"
          "  ----------  -----------------------  -------------------  ----\n"
          "  SOY-120K    ソヨゴ（株立）           H1.2m                  6\n"
          "  SHI-150     シマトネリコ（株立）     H1.5m                  4\n"
          "  AOD-030     アオダモ                 H3.0m C0.15           2\n"
          "  RYU-P10.5   タマリュウ               10.5cmポット         300\n"
          "  HKB-24      ヒメクチナシ             W0.3m                 24\n\n"
          "単価は4月10日付お見積（見積No. YE-2504-221）のとおりでお願いします。\n"
          "よろしくお願いいたします。\n" + sig("domeki", 2)),
)

add(
    id="landscaping-014", expect="pass", entities=[], detectors=[],
    note="reply negotiating a nursery quote; quoted text is the supplier's own business contact",
    charset="cp932", sender=frm("domeki"),
    to=["楠ナーセリー 営業部 <eigyo@kusunoki-nursery.jp>"],
    subject="RE: 【お見積】ヤマボウシ・ハイノキ他",
    body=("楠ナーセリー\n小沢様\n\nお世話になっております。日の出産業の百目鬼です。\n"
          "お見積ありがとうございました。\n"
          "ヤマボウシ H2.5m を8本から12本に増やした場合、単価をもう少しご相談できますでしょうか。\n"
          "元請の予算が厳しく、1本あたり1,000円ほどお願いできると助かります。\n"
          "納期は6月第2週で変わりません。\n\n百目鬼\n\n"
          "-----Original Message-----\nFrom: 小沢 <eigyo@kusunoki-nursery.jp>\n"
          "Sent: Thursday, May 15, 2025 4:12 PM\nTo: t.domeki@hinode-sangyo.co.jp\n"
          "Subject: 【お見積】ヤマボウシ・ハイノキ他\n\n日の出産業 百目鬼様\n\n"
          "お世話になっております。楠ナーセリーの小沢です。\nご依頼のお見積をお送りします。\n\n"
          "ヤマボウシ H2.5m　8本　@14,500\nハイノキ H1.8m　10本　@9,800\nフッキソウ 9cmP　200株　@120\n\n"
          "有効期限：6月末\n\n楠ナーセリー株式会社 営業部 小沢\n"
          "埼玉県入間市宮寺3381  TEL 04-2934-5510\n"),
)

add(
    id="landscaping-015", expect="stop", entities=[], detectors=["lookalike_domain"],
    note="transport request to aoba-unyu.jp, a look-alike of partner aoba-unyu.co.jp (dropped co.)",
    charset="utf-8", sender=frm("domeki"),
    to=["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
    subject="大型樹木運搬のお願い（6/12 北国フーズ様 八王子工場）",
    body=("青葉運輸株式会社\n配車センター ご担当者様\n\n"
          "いつもお世話になっております。日の出産業 造園の百目鬼です。\n"
          "下記の通り、ユニック車の手配をお願いいたします。\n\n"
          "日時：6月12日（木）7:30 弊社左入ヤード積込み\n"
          "行先：北国フーズ株式会社 八王子工場（正門より構内へ）\n"
          "積荷：ケヤキ H6.0m 根鉢φ1.2m ×2本、シラカシ H4.0m ×5本\n"
          "車両：4t ユニック（ロング）1台、荷下ろし補助あり\n\n"
          "構内入構時は守衛所で「日の出産業 植栽工事」とお伝えください。\n"
          "お見積もあわせてお送りいただけますと幸いです。\n" + sig("domeki", 0)),
)

add(
    id="landscaping-016", expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="seasonal notice to five private customers all visible in To (should have been Bcc)",
    charset="iso-2022-jp", sender=frm("sakamaki"),
    to=["hiro.kaneko55@gmail.com", "m-watanabe.1949@yahoo.co.jp", "sugiyama.house@icloud.com",
        "enomoto_fumiko@outlook.jp", "tomi-shoji@docomo.ne.jp"],
    subject="秋の庭木お手入れのご案内（日の出産業）",
    body=("お客様各位\n\n日頃より日の出産業 造園をご利用いただき誠にありがとうございます。\n"
          "今年も秋の剪定・冬囲いのご予約受付を開始いたしました。\n\n"
          "・受付期間　9月1日〜10月31日\n・作業期間　10月中旬〜12月下旬\n"
          "・年間管理契約のお客様は、10月上旬に担当よりお電話いたします\n"
          "・早期ご予約（9月中）で作業代金5％引き\n\n"
          "年末は大変混み合いますので、お早めにお申し込みください。\n"
          "ご不明な点は担当の坂巻までお気軽にお問い合わせください。\n" + sig("sakamaki", 0)),
)

_v = person("M", age=(45, 60))
add(
    id="landscaping-017", expect="pass", entities=[], detectors=["freemail_recipient"],
    note="apology to one complaining customer on yahoo; his details only in the quoted mail",
    charset="cp932", sender=frm("tsuyuri"),
    to=[f"{_v['name']} <kei.gallery77@yahoo.co.jp>"],
    subject="Re: 剪定作業で車に傷がつきました",
    body=(f"{_v['sei']} 様\n\n日の出産業 造園課の栗花落でございます。\n"
          "このたびは弊社作業員の不注意により、お車に傷をつけてしまい誠に申し訳ございません。\n\n"
          "明日午前中に私がお伺いし、傷の状態を確認させていただけますでしょうか。\n"
          "修理費用は弊社が加入している賠償責任保険で対応させていただく予定です。\n"
          "修理工場のご希望がございましたらお申し付けください。\n\n"
          "重ねてお詫び申し上げます。\n" + sig("tsuyuri", 0)
          + f"\n\n-----Original Message-----\n差出人: {_v['name']}\n送信日時: 2025年7月8日 19:02\n"
          "件名: 剪定作業で車に傷がつきました\n\n"
          "本日剪定に来ていただいた者です。\n作業後に確認したところ、駐車場のプリウスの屋根に\n"
          "長さ20cmほどの擦り傷がありました。切った枝が落ちたのだと思います。\n"
          f"住所は{_v['addr']}、電話は{_v['mob']}です。\nご連絡をお待ちしています。\n"),
)

add(
    id="landscaping-018", expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one injured party's contact and damage passed to the insurer: a single person, may be warned",
    charset="utf-8", sender=frm("tsuyuri"),
    to=["jiko-uketsuke@tokiwa-sonpo.co.jp"],
    subject="賠償責任保険 事故受付のお願い（車両損傷）証券番号 GL-7730-2291",
    body=("常盤損害保険株式会社 事故受付センター 御中\n\n"
          "日の出産業株式会社 造園課の栗花落です。\n請負作業中の対物事故について受付をお願いいたします。\n\n"
          "【事故日】2025年7月8日\n【内容】個人邸での高木剪定中、切断した枝が落下し、隣接駐車場の車両屋根を損傷\n"
          f"【被害者】{_v['name']} 様\n【ご住所】{_v['addr']}\n【ご連絡先】{_v['mob']}\n"
          "【車両】トヨタ プリウス（白）\n【損傷】ルーフ部 擦過傷 約20cm\n\n"
          "被害者様には7月9日に訪問し、謝罪と保険対応のご説明を済ませております。\n"
          "修理見積が届き次第、追ってお送りいたします。\n" + sig("tsuyuri", 1)),
)

_h = person("F", age=(50, 60))
_m19 = person("F", age=(86, 90))
add(
    id="landscaping-019", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded complaint: a customer's mother's hip fracture and hospitalisation sent to the insurer",
    charset="iso-2022-jp", sender=frm("tsuyuri"),
    to=["jiko-uketsuke@tokiwa-sonpo.co.jp"], cc=[addr_of("kito")],
    subject="転送: 散水ホースでの転倒について（お客様より）",
    body=("常盤損保 事故受付ご担当者様\n\n栗花落です。先日お電話でご相談した件、お客様からのメールを転送します。\n"
          "対人賠償での対応可否をご確認ください。\n\n"
          "---------- Forwarded message ---------\n"
          f"From: {_h['name']} <yoko.hanamizuki@gmail.com>\nDate: 2025年8月2日(土) 21:15\n"
          "Subject: 散水ホースでの転倒について\nTo: 日の出産業 造園 <zouen@hinode-sangyo.co.jp>\n\n"
          "日の出産業 ご担当者様\n\n"
          f"7月31日に庭の手入れをしていただいた{_h['sei']}です。\n"
          "作業の方が片付け忘れた散水ホースに、同居の母がつまずいて転倒しました。\n"
          f"母（{_m19['mei']}、{_m19['age']}歳）は救急車で八王子南病院に運ばれ、大腿骨頸部骨折と診断されて\n"
          "そのまま入院・手術となりました。もともと骨粗しょう症の治療中で、医師からは歩行に影響が残るかもしれないと言われています。\n\n"
          f"住所：{_h['addr']}\n連絡先：{_h['mob']}（{_h['name']}）\n\n誠意あるご対応をお願いします。\n"),
)

add(
    id="landscaping-020", expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="internal discussion of the fall complaint, health details included, recipients all internal",
    charset="cp932", sender=frm("tsuyuri"),
    to=[addr_of("domeki"), addr_of("kito")], cc=[f"zouen-kanri@{DOM}"],
    subject="【要対応】散水ホース転倒の件 今後の進め方",
    body=("百目鬼さん、鬼頭さん\n\n栗花落です。\n"
          f"{_h['sei']}様のお母様（{_m19['mei']}様）の件、保険会社には本日転送済みです。\n"
          "大腿骨頸部骨折で手術、骨粗しょう症の既往もあるとのことで、長引く可能性があります。\n\n"
          "・百目鬼さん：当日の作業員2名から、ホースを片付けなかった経緯を書面で聞き取り\n"
          "・鬼頭さん：撤収時チェックリストに「ホース・延長コード回収」を追加\n"
          "・私：来週お見舞いに伺います（菓子折り、部長同行）\n\n"
          "お客様への連絡窓口は私に一本化します。現場から直接連絡しないようお願いします。\n"
          + sig("tsuyuri", 1)),
)


# == 021–030 ===============================================================================

_z = people(9, age=(40, 85))
_zrows = [["氏名", "住所", "電話", "訪問予定"]] + [[pp["name"], pp["addr"], pp["tel"], f"6/{10 + i}"]
                                                 for i, pp in enumerate(_z)]
add(
    id="landscaping-021", expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) sent to a subcontracting firm: contents cannot be inspected",
    charset="utf-8", sender=frm("takanashi"),
    to=["庭師工房 舎人 <info@niwashi-kobo.jp>"],
    subject="6月 消毒作業 訪問先リスト（パスワード別送）",
    body=("庭師工房\n舎人様\n\nお世話になっております。日の出産業の小鳥遊です。\n"
          "6月の消毒作業の訪問先リストを添付いたします。\n"
          "ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。\n\n"
          "よろしくお願いいたします。\n" + sig("takanashi", 0)),
    attachments=[{"kind": "zip", "name": "訪問先リスト_6月消毒.zip", "password": "Hnd0610#z",
                  "files": [{"kind": "xlsx", "name": "訪問先リスト_6月消毒.xlsx",
                             "sheets": {"6月": _zrows}}]}],
)

add(
    id="landscaping-022", expect="pass", entities=[], detectors=[],
    note="the follow-up mail carrying only the ZIP password; nothing personal in it",
    charset="iso-2022-jp", sender=frm("takanashi"),
    to=["info@niwashi-kobo.jp"],
    subject="【パスワード】6月 消毒作業 訪問先リスト",
    body=("舎人様\n\n先ほどお送りしたファイルのパスワードです。\n\n　Hnd0610#z\n\n"
          "解凍できない場合はお知らせください。\n小鳥遊\n"),
)

add(
    id="landscaping-023", expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached estimate workbook is damaged and cannot be read",
    charset="cp932", sender=frm("sakamaki"),
    to=["shisetsu@sakura-hotel.jp"],
    subject="中庭改修工事 お見積書の送付",
    body=("さくらホテル株式会社\n施設管理課 平岡様\n\n平素よりお世話になっております。\n"
          "日の出産業 造園緑化部の坂巻でございます。\n\n"
          "先日ご相談いただいた中庭（枯山水エリア）の改修工事について、お見積書をお送りいたします。\n"
          "・白川砂の入替え　約18㎡\n・景石の据直し　3石\n・苔張り（スギゴケ）　約12㎡\n\n"
          "工期はおおむね5日間、宿泊のお客様のご迷惑にならないよう9時〜16時の作業を予定しております。\n"
          "ご検討のほどよろしくお願い申し上げます。\n" + sig("sakamaki", 0) + DISCLAIMER_JP),
    attachments=[{"kind": "corrupt", "name": "見積書_中庭改修_さくらホテル様.xlsx"}],
)

add(
    id="landscaping-024", expect="stop", entities=[], detectors=["confidential_marking"],
    note="cost breakdown stamped 社外秘 in the document header, sent to the prime contractor",
    charset="utf-8", sender=frm("tsuyuri"),
    to=["三和建設 工事部 <koji@sanwa-kensetsu.co.jp>"],
    subject="植栽工事 原価内訳の件（ひばりが丘集合住宅）",
    body=("三和建設株式会社\n工事部 藤堂様\n\nお世話になっております。日の出産業の栗花落です。\n"
          "ご依頼の植栽工事の内訳資料をお送りします。\n"
          "減額のご相談については、樹種の変更案も資料の最後に記載しました。\n\n"
          "ご確認をお願いいたします。\n" + sig("tsuyuri", 0)),
    attachments=[{
        "kind": "docx", "name": "植栽工事_原価内訳.docx", "page_header": "社外秘",
        "title": "植栽工事 原価内訳（社外秘）",
        "paragraphs": ["【社外秘】ひばりが丘集合住宅 植栽工事 原価内訳", "作成：日の出産業株式会社 造園課",
                       "本資料は当社内部の原価資料です。", "",
                       "減額案：シマトネリコ→ソヨゴへの変更で約38万円の減"],
        "tables": [[["項目", "原価", "見積額", "粗利率"], ["高木 24本", "1,128,000", "1,560,000", "27.7%"],
                    ["中低木 310株", "642,000", "905,000", "29.1%"], ["地被・芝", "288,000", "410,000", "29.8%"],
                    ["労務費（外注含む）", "1,350,000", "1,720,000", "21.5%"]]],
    }],
)

add(
    id="landscaping-025", expect="pass", entities=[], detectors=[],
    note="mail about an NDA draft with the partner hotel; the word 機密 only as contract subject",
    charset="iso-2022-jp", sender=frm("sakamaki"),
    to=["平岡 <hiraoka@sakura-hotel.jp>"], cc=[addr_of("tsuyuri")],
    subject="秘密保持契約書（案）の送付について",
    body=("さくらホテル株式会社\n施設管理課 平岡様\n\nいつもお世話になっております。日の出産業の坂巻です。\n"
          "庭園リニューアルのご提案にあたり、ホテル様の図面・動線資料をお預かりするため、\n"
          "秘密保持契約書の案をお送りいたします。\n\n"
          "弊社の雛形をもとに、第5条（秘密情報の返還・廃棄）を御社のご要望どおり修正しております。\n"
          "法務ご担当者様にご確認いただき、修正点があればWordの変更履歴でお戻しください。\n\n"
          "よろしくお願いいたします。\n" + sig("sakamaki", 0)),
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_20250602.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "さくらホテル株式会社（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                                 "甲の庭園改修に関する検討（以下「本件」という。）において相互に開示する秘密情報の取扱いについて、次のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、開示者が相手方に開示した技術上又は営業上の情報をいう。",
                                 "第2条（秘密保持義務）受領者は、秘密情報を第三者に開示又は漏えいしてはならない。",
                                 "第5条（返還・廃棄）本件終了時、受領者は開示者の指示に従い秘密情報を返還又は廃棄する。"]}],
)

add(
    id="landscaping-026", expect="pass", entities=[], detectors=[],
    note="English business mail to an overseas hotel client about a garden proposal",
    charset="utf-8", sender=frm("moriyama"),
    to=["Grace Tan <grace.tan@orchid-residences.com.sg>"],
    subject="Re: Japanese garden maintenance proposal - revised schedule",
    body=("Dear Ms. Tan,\n\nThank you for your comments on our proposal.\n\n"
          "As requested, we have revised the maintenance schedule for the courtyard garden:\n"
          "  - Pine pruning (momiage): twice a year, in November and May\n"
          "  - Moss care and weeding: monthly, by your local contractor following our manual\n"
          "  - Our supervisor's inspection visit: every six months (travel cost included)\n\n"
          "The revised fee is SGD 48,600 per year. Our quotation no. HS-EX-2507 remains valid "
          "until the end of September.\n\nWe look forward to hearing from you.\n" + sig("moriyama", 3)
          + "\n\nOn Mon, 14 Jul 2025 at 10:21, Grace Tan wrote:\n> Dear Mr. Moriyama,\n"
          "> Could the inspection visits be reduced to twice a year? Please also confirm the fee.\n"
          "> Best, Grace\n"),
)

_crew27 = [("Kenji", "MORIYAMA", "1979-03-11", "TR4418023"), ("Tsuyoshi", "DOMEKI", "1984-10-02", "TK2270491"),
           ("Shota", "TSUTSUJIMORI", "1994-07-03", "TZ8815530"), ("Gonzo", "TSUKUMO", "1962-01-27", "MU0932871"),
           ("Haruto", "WANIBE", "1998-12-19", "TS5507216")]
add(
    id="landscaping-027", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="passport numbers and birth dates of a 5-person crew sent abroad for site access",
    charset="utf-8", sender=frm("moriyama"),
    to=["Lin Wei-Ting <weiting.lin@lushgarden.com.tw>"],
    subject="Crew list for Taichung garden project (site access)",
    body=("Dear Ms. Lin,\n\nPlease find below our crew list for the Taichung residence garden project "
          "(Oct 6 - Oct 24). We understand the developer needs it for the site access cards.\n\n"
          "No. | Given name | Family name   | Date of birth | Passport No.\n"
          "----+------------+---------------+---------------+-------------\n"
          + "\n".join(f"{i}   | {g:<10} | {f:<13} | {d}    | {p}" for i, (g, f, d, p) in enumerate(_crew27, 1))
          + "\n\nAll five are Japanese nationals and will enter Taiwan visa-free.\n" + sig("moriyama", 3)),
)

_child = person("M", age=(7, 7))
_par = person("F", age=(35, 42))
add(
    id="landscaping-028", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="incident report to the city naming an injured child, his diagnosis and his mother's phone",
    charset="cp932", sender=frm("ishigami"),
    to=["koen-ryokuchi@city.kosugaya.lg.jp"], cc=[addr_of("tsuyuri"), addr_of("kito")],
    subject="【事故報告】けやき台第二公園 落枝による負傷事故",
    body=("小菅谷市 公園緑地課 浅見様\n\n日の出産業の石神です。本日の事故について第一報をご報告します。\n\n"
          "発生：令和7年9月18日（木）15時20分頃\n場所：けやき台第二公園 ブランコ北側のケヤキ下\n"
          f"負傷者：{_child['name']}くん（小学1年生、7歳）\n"
          "状況：強風で折れたケヤキの枯れ枝（長さ約1m）が落下し、下で遊んでいた児童の頭部に当たった。\n"
          "　　　当社作業員は隣接区画で除草中で、すぐに駆けつけ119番通報。\n"
          "診断：小菅谷中央病院にて頭部打撲・前額部挫創（5針縫合）、CT異常なし。当日帰宅。\n"
          f"保護者：{_par['name']}様（母）　携帯 {_par['mob']}\n\n"
          "当該ケヤキは8月点検時に枯れ枝の指摘がなく、点検記録を確認中です。\n"
          "詳細報告書は明日中に提出いたします。\n" + sig("ishigami", 0) + DISCLAIMER_JP),
)

_s29 = people(6, age=(50, 88))
_tr = "\n".join(f"<tr><td>7/{8 + i}</td><td>{pp['name']}</td><td>{pp['addr']}</td><td>{pp['tel']}</td>"
                f"<td>{R.choice(['除草', '生垣刈込み', '消毒', '芝刈り'])}</td></tr>" for i, pp in enumerate(_s29))
add(
    id="landscaping-029", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 6 households (address, phone) to a subcontracting firm",
    charset="utf-8", sender=frm("takanashi"),
    to=["雲母ガーデン <office@kirara-garden.com>"],
    subject="7月第2週 ご依頼分のお宅",
    html=("<html><body style=\"font-family:'Meiryo',sans-serif\">"
          "<p>雲母ガーデン 雲母様</p><p>お世話になっております。日の出産業の小鳥遊です。<br>"
          "7月第2週にお願いするお宅は以下のとおりです。</p>"
          "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
          "<tr style=\"background:#dfe\"><th>日付</th><th>お客様</th><th>住所</th><th>電話</th><th>作業</th></tr>"
          + _tr + "</table><p>暑い時期ですので、こまめな休憩と水分補給をお願いします。</p>"
          "<p>--<br>日の出産業(株) 造園緑化部 業務係<br>小鳥遊 千春<br>042-646-7733</p></body></html>"),
)

add(
    id="landscaping-030", expect="pass", entities=[], detectors=["freemail_recipient"],
    note="HTML-only service offer with a price table to a single customer on outlook.jp",
    charset="iso-2022-jp", sender=frm("sakamaki"),
    to=["gardening.mama@outlook.jp"],
    subject="寒肥・冬の消毒のご案内",
    html=("<html><body><p>御手洗様</p><p>いつもありがとうございます。日の出産業 造園の坂巻です。<br>"
          "この冬の寒肥（かんごえ）と石灰硫黄合剤の消毒について、料金をご案内いたします。</p>"
          "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
          "<tr><th>メニュー</th><th>目安</th><th>料金（税込）</th></tr>"
          "<tr><td>寒肥（有機配合肥料）</td><td>庭木10本まで</td><td>8,800円</td></tr>"
          "<tr><td>寒肥（有機配合肥料）</td><td>11〜20本</td><td>14,300円</td></tr>"
          "<tr><td>冬の消毒</td><td>一般住宅の庭</td><td>11,000円</td></tr>"
          "<tr><td>セット割</td><td>上記2つ同日</td><td>各10％引き</td></tr></table>"
          "<p>作業は1月中旬〜2月中旬です。ご希望の際はこのメールにご返信ください。</p>"
          "<p>日の出産業株式会社 造園緑化部<br>坂巻 由香 TEL 042-646-7732</p></body></html>"),
)


# == 031–040 ===============================================================================

_b = people(10, age=(40, 85))
_csv31 = [["顧客番号", "預金者名(カナ)", "金融機関", "支店", "種目", "口座番号", "引落金額", "引落日"]]
for i, pp in enumerate(_b):
    bank, br = pp["bank"].split(" ")
    _csv31.append([f"NK-{2501 + i}", pp["kkana"].replace(" ", "　"), bank, br, "普通", pp["acct"],
                   R.choice([22000, 33000, 16500, 49500]), "2025/06/27"])
add(
    id="landscaping-031", expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="CSV of 10 customers' bank accounts for direct debit, sent to the partner bank",
    charset="cp932", sender=frm("hatano"),
    to=["みどり銀行 八王子支店 法人営業 <hachioji-houjin@midori-ginko.co.jp>"],
    subject="口座振替依頼データ（6月27日引落分）",
    body=("みどり銀行 八王子支店\n法人営業課 ご担当者様\n\n"
          "いつもお世話になっております。日の出産業 経理課の羽田野です。\n"
          "6月27日引落分の口座振替依頼データをお送りいたします。\n"
          "件数：10件　合計金額：別途依頼書に記載\n\n"
          "伝送サービスの切替が間に合わず、今回のみメールでのご提出となります。よろしくお願いいたします。\n"
          + sig("hatano", 0)),
    attachments=[{"kind": "csv", "name": "kouzafurikae_20250627.csv", "rows": _csv31}],
)

add(
    id="landscaping-032", expect="stop", entities=[], detectors=["lookalike_domain"],
    note="mail to midori-ginkou.co.jp, a one-letter look-alike of the partner bank midori-ginko.co.jp",
    charset="iso-2022-jp", sender=frm("hatano"),
    to=["hachioji-houjin@midori-ginkou.co.jp"],
    subject="造園事業部 入金口座の追加について",
    body=("みどり銀行 八王子支店\n法人営業課 ご担当者様\n\nお世話になっております。日の出産業 経理課の羽田野です。\n"
          "造園事業部の公共工事入金用に、当座預金口座を1つ追加したく、必要書類をご教示ください。\n"
          "来週水曜の午後にお伺いできればと考えております。\n\n"
          "口座名義：日の出産業株式会社 造園緑化部\n用途：市・都の委託料の入金専用\n\n"
          "よろしくお願いいたします。\n" + sig("hatano", 1)),
)

_dr = people(2, sex="M", age=(30, 55))
add(
    id="landscaping-033", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="two drivers' licence numbers and birth dates sent to a vehicle lease company",
    charset="utf-8", sender=frm("watanuki"),
    to=["グリーンリース 契約課 <keiyaku@green-lease.co.jp>"],
    subject="リース車両（2tダンプ）運転者登録の件",
    body=("グリーンリース株式会社\n契約課 ご担当者様\n\nお世話になっております。日の出産業 総務課の四月一日です。\n"
          "8月から造園現場で使用する2tダンプ（契約番号 GL-2025-0412）の運転者登録をお願いします。\n\n"
          + "".join(f"【運転者{i}】\n氏名：{pp['name']}\n生年月日：{pp['dob_s']}\n"
                    f"運転免許証番号：{R.randint(30, 30)}{R.randint(10, 99)}{R.randint(10000000, 99999999)}\n"
                    f"免許の種類：準中型\n\n" for i, pp in enumerate(_dr, 1))
          + "免許証の写しは別途郵送いたします。\n" + sig("watanuki", 0)),
)

_sub = person("M", age=(50, 60))
add(
    id="landscaping-034", expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data", "freemail_recipient"],
    note="introducing one subcontracted gardener with his mobile to one customer: single person",
    charset="iso-2022-jp", sender=frm("sakamaki"),
    to=["kobayashi.isamu.home@gmail.com"],
    subject="担当庭師のご紹介",
    body=("小林様\n\nいつもお世話になっております。日の出産業の坂巻です。\n"
          "来月からお庭の定期管理を担当する職人をご紹介します。\n\n"
          f"　担当：{_sub['name']}（{_sub['sei']}造園）\n　携帯：{_sub['mob']}\n\n"
          "松の手入れが得意な職人で、弊社とは15年のお付き合いです。\n"
          "作業日の調整は直接ご連絡いただいても構いません。お支払い等は従来どおり弊社宛てでお願いします。\n"
          + sig("sakamaki", 0)),
)

add(
    id="landscaping-035", expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private gardeners' addresses visible to each other in To",
    charset="cp932", sender=frm("ishigami"),
    to=["tsukumo.niwa.1962@gmail.com", "minai.midori-zouen@yahoo.co.jp", "nukumizu-ueki@docomo.ne.jp"],
    subject="公園作業 応援日程（10月）",
    body=("九十九さん、薬袋さん、温水さん\n\nお疲れさまです。公共緑地係の石神です。\n"
          "10月の公園作業の応援日程です。\n\n"
          "・10/7（火）中央公園　高木剪定　8:00集合\n"
          "・10/8（水）中央公園　同上\n"
          "・10/15（水）柳川沿い遊歩道　桜枯れ枝除去　8:30集合\n"
          "・10/21（火）市役所前広場　花壇植替え　9:00集合\n\n"
          "集合は各公園の駐車場です。ヘルメット・安全帯は各自でお願いします。\n"
          "都合の悪い日は今週中に返信ください。\n石神\n"),
)

add(
    id="landscaping-036", expect="pass", entities=[], detectors=["freemail_recipient"],
    note="notice to four gardeners correctly sent in Bcc; no personal data",
    charset="utf-8", sender=frm("domeki"),
    to=[addr_of("domeki")],
    bcc=["tsukumo.niwa.1962@gmail.com", "minai.midori-zouen@yahoo.co.jp",
         "nukumizu-ueki@docomo.ne.jp", "toneri.teien@ezweb.ne.jp"],
    subject="梅雨時期の作業について（協力業者の皆さまへ）",
    body=("協力業者の皆さま\n\nお疲れさまです。日の出産業の百目鬼です。\n"
          "梅雨入りに伴い、以下をお願いします。\n\n"
          "1. 雨天中止の判断は当日6時半までにLINEグループで連絡します\n"
          "2. 濡れた脚立は滑りやすいので、踏み桟を拭いてから昇ってください\n"
          "3. 刈払機の飛び石で車や窓を傷つける事故が続いています。飛散防止ネットを必ず使用してください\n"
          "4. 6月分の請求書は7月5日までに郵送またはメールでお送りください\n\n"
          "よろしくお願いします。\n" + sig("domeki", 1)),
)

_s37 = people(5, age=(50, 85))
add(
    id="landscaping-037", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="reply whose new text lists 5 customers with addresses and phones, to a gardener on gmail",
    charset="iso-2022-jp", sender=frm("takanashi"),
    to=["tsukumo.niwa.1962@gmail.com"],
    subject="Re: 夏の消毒 どこを回ればいいですか",
    body=("九十九さん\n\nお疲れさまです。小鳥遊です。\n夏の消毒（チャドクガ対策）のお宅は次の5軒です。\n\n"
          + "\n".join(f"{i}）{pp['name']}様　{pp['addr']}　TEL {pp['tel']}"
                      for i, pp in enumerate(_s37, 1))
          + "\n\nツバキ・サザンカ中心で、薬剤はいつものでお願いします。\n"
          "洗濯物を外に干しているお宅は、一声かけてから始めてください。\n\n小鳥遊\n\n"
          "2025/07/01 18:44、九十九 源蔵 <tsukumo.niwa.1962@gmail.com> のメール:\n"
          "> 小鳥遊さん\n> 来週の消毒、どこを回ればいいか教えてください。\n> 九十九\n"),
)

_q = people(6, age=(50, 85))
add(
    id="landscaping-038", expect="pass", entities=[], detectors=["freemail_recipient"],
    note="short acknowledgement; the gardener's list of 6 customers is only in the quoted text",
    charset="cp932", sender=frm("takanashi"),
    to=["toneri.teien@ezweb.ne.jp"],
    subject="Re: 作業完了報告（7/14〜7/18）",
    body=("舎人さん\n\n完了報告ありがとうございます。確認しました。\n"
          "田中様宅の追加の枝処分（軽トラ1台分）は、請求書に別行で載せてください。\n\n小鳥遊\n\n"
          + "\n".join("> " + line for line in (
              ["小鳥遊さん", "", "先週分の完了報告です。", ""]
              + [f"{pp['name']}様 {pp['addr_short']} {pp['tel']} 完了" for pp in _q]
              + ["", "田中様宅は枝が多く、処分が軽トラ1台分追加になりました。", "舎人"]))),
)

_f = people(7, age=(45, 88))
add(
    id="landscaping-039", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward of an internal mail with 7 households' details to an outside garden designer",
    charset="utf-8", sender=frm("moriyama"),
    to=["箱庭デザイン 黒瀬 <kurose@design-hakoniwa.jp>"],
    subject="Fwd: 生垣リフォーム希望のお客様",
    body=("黒瀬さん\n\n森山です。先日お話しした生垣リフォームの件、社内で集めた候補のお客様です。\n"
          "現地調査の順番を組んでいただけると助かります。\n\n"
          "-------- Forwarded Message --------\n件名: 生垣リフォーム希望のお客様\n"
          "日付: Tue, 2 Sep 2025 11:05:33 +0900\n差出人: 坂巻 由香 <y.sakamaki@hinode-sangyo.co.jp>\n"
          "宛先: 森山 健二 <k.moriyama@hinode-sangyo.co.jp>\n\n"
          "森山さん\n\nブロック塀撤去→生垣にしたいというお客様、これまでの問い合わせ分です。\n\n"
          + "\n".join(f"・{pp['name']}様（{pp['addr']}／{pp['tel']}）"
                      f"{R.choice(['間口12m', '間口8m、角地', '間口15m', '間口6m', '道路側のみ10m'])}"
                      for pp in _f)
          + "\n\n坂巻\n"),
)

add(
    id="landscaping-040", expect="pass", entities=[], detectors=[],
    note="forward of a nursery's catalogue mail to an internal colleague",
    charset="iso-2022-jp", sender=frm("domeki"),
    to=[addr_of("moriyama")],
    subject="転送: 【秋の入荷案内】楠ナーセリー",
    body=("森山さん\n\n設計で使えそうな樹種が入るみたいなので転送します。\nイロハモミジの株立ちは早めに押さえたほうがいいかも。\n百目鬼\n\n"
          "---------- 転送メッセージ ----------\nFrom: 楠ナーセリー <news@kusunoki-nursery.jp>\n"
          "Subject: 【秋の入荷案内】楠ナーセリー\n\n"
          "造園業者さま\n\n楠ナーセリーです。秋の入荷予定をお知らせします。\n"
          "・イロハモミジ 株立 H3.0〜3.5m　20本限定\n・ジューンベリー H2.5m\n"
          "・アオハダ 株立 H3.0m\n・常緑ヤマボウシ（ホンコンエンシス）H2.0m\n\n"
          "ご予約は営業部 小沢までお願いします。\n楠ナーセリー株式会社 TEL 04-2934-5510\n"),
)


# == 041–050 ===============================================================================

_w41 = person("M", age=(58, 64))
add(
    id="landscaping-041", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="attached (forwarded) internal accident report with a worker's injury and birth date, to the prime contractor",
    charset="utf-8", sender=frm("kito"),
    to=["三和建設 安全環境部 <anzen@sanwa-kensetsu.co.jp>"],
    subject="FW: 休業災害 第一報（ひばりが丘現場）",
    body=("三和建設株式会社\n安全環境部 ご担当者様\n\nお世話になっております。日の出産業 安全衛生管理室の鬼頭です。\n"
          "ひばりが丘集合住宅の植栽工事で発生した休業災害について、社内第一報を添付にて転送いたします。\n"
          "元請様の災害報告様式への転記は明日中に行います。\n\n" + sig("kito", 0)),
    attachments=[{"kind": "eml", "name": "休業災害第一報.eml", "message": {
        "charset": "iso-2022-jp", "sender": frm("domeki"),
        "to": [addr_of("kito")], "cc": [addr_of("tsuyuri")],
        "subject": "【第一報】休業災害 ひばりが丘現場",
        "body": ("鬼頭さん\n\n百目鬼です。本日の災害の第一報です。\n\n"
                 f"被災者：{_w41['name']}（{wareki(*_w41['dob'])}生、{_w41['age']}歳）外注 一人親方\n"
                 "発生：9月9日 14:10頃\n"
                 "状況：H4.0mのシラカシ植付け後、支柱取付けのため脚立（1.8m）に昇ったところバランスを崩し転落\n"
                 "負傷：左肋骨骨折2本、左肩打撲（ひばりが丘病院）\n"
                 "既往：本人申告で高血圧・糖尿病の治療中。当日朝の体調確認では問題なしと回答\n\n"
                 "一人親方労災の特別加入あり（加入団体：多摩建設労働組合）。\n百目鬼\n"),
    }}],
)

_dl = people(6, age=(35, 80))
add(
    id="landscaping-042", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forwarded nursery shipping mail (as .eml) listing 6 private delivery addresses, to the transport partner",
    charset="cp932", sender=frm("domeki"),
    to=["haisha@aoba-unyu.co.jp"],
    subject="シンボルツリー個別配送の件（山吹園芸様出荷分）",
    body=("青葉運輸株式会社 配車センター 御中\n\nいつもお世話になっております。日の出産業の百目鬼です。\n"
          "山吹園芸さんから届いた出荷案内を添付します。\n"
          "今回は各お客様宅への直送となりますので、配送ルートの作成をお願いします。\n"
          "植付けは弊社が当日午後から順次行います。\n\n" + sig("domeki", 2)),
    attachments=[{"kind": "eml", "name": "出荷のご案内_山吹園芸.eml", "message": {
        "charset": "cp932", "sender": "山吹園芸 出荷係 <shukka@yamabuki-engei.co.jp>",
        "to": [addr_of("domeki")], "subject": "出荷のご案内（PO-25-0902）",
        "body": ("日の出産業 百目鬼様\n\nいつもありがとうございます。山吹園芸 出荷係です。\n"
                 "ご注文PO-25-0902の出荷内容と、ご指定の納品先は以下のとおりです。\n\n"
                 + "\n".join(f"[{i}] {pp['name']}様邸\n    {pp['zip']} {pp['addr']}\n    TEL {pp['tel']}\n"
                             f"    品目：{R.choice(['シマトネリコ H2.5m', 'オリーブ H2.0m', 'ソヨゴ H2.0m', 'ジューンベリー H2.5m'])}"
                             for i, pp in enumerate(_dl, 1))
                 + "\n\n出荷日：9月24日 午前\n山吹園芸株式会社\n"),
    }}],
)

_hk = people(6, sex="M", age=(25, 68))
_t43 = [["No.", "氏名", "生年月日", "受診日", "血圧", "所見", "判定"]]
for i, pp in enumerate(_hk, 1):
    _t43.append([str(i), pp["name"], pp["dob_s"], "2025/05/20",
                 f"{R.randint(118, 168)}/{R.randint(70, 102)}",
                 R.choice(["異常なし", "高血圧", "肝機能異常（γ-GTP高値）", "糖尿病（HbA1c 7.2）", "異常なし", "心電図異常（要精査）"]),
                 R.choice(["A", "C（要経過観察）", "D（要医療）", "B"])])
add(
    id="landscaping-043", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF of six workers' health-check findings sent to the prime contractor with the safety papers",
    charset="utf-8", sender=frm("kito"),
    to=["anzen@sanwa-kensetsu.co.jp"],
    subject="安全書類（健康診断結果一覧）の提出",
    body=("三和建設株式会社 安全環境部 御中\n\nお世話になっております。日の出産業の鬼頭です。\n"
          "新規入場者の安全書類のうち、健康診断結果一覧をPDFでお送りします。\n"
          "高所作業の可否判断にご利用ください。\n\n" + sig("kito", 1)),
    attachments=[{"kind": "pdf", "name": "健康診断結果一覧_日の出産業.pdf", "title": "健康診断結果一覧",
                  "lines": ["健康診断結果一覧（新規入場者）", "日の出産業株式会社 造園緑化部", ""], "table": _t43}],
)

_res = people(6, age=(30, 85))
add(
    id="landscaping-044", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="PPTX report to the condo manager with a slide listing 6 residents' names and phones",
    charset="iso-2022-jp", sender=frm("sakamaki"),
    to=["栄マンション管理 <fm-tama@kanri-sakae.co.jp>"],
    subject="グランフォレスト多摩 植栽管理 年間報告書",
    body=("栄マンション管理株式会社\n多摩営業所 笹本様\n\nお世話になっております。日の出産業の坂巻です。\n"
          "グランフォレスト多摩の植栽管理について、年間報告書をお送りします。\n"
          "理事会資料にそのままお使いいただけるよう、パワーポイントで作成しました。\n\n"
          + sig("sakamaki", 0)),
    attachments=[{"kind": "pptx", "name": "植栽管理年間報告_グランフォレスト多摩.pptx",
                  "slides": [["植栽管理 年間報告（2024年度）", "グランフォレスト多摩 管理組合 御中", "日の出産業株式会社 造園緑化部"],
                             ["作業実績", "高木剪定：年1回（11月）", "低木刈込み：年2回", "除草：年6回", "消毒：年3回"],
                             ["居住者からのご要望（抜粋）"] + [
                                 f"{R.randint(1, 9)}{R.randint(0, 1)}{R.randint(1, 9)}号室 {pp['name']}様（{pp['mob']}）："
                                 + R.choice(["ベランダ前のケヤキの枝が窓に当たる", "落葉で雨樋が詰まる",
                                             "毛虫が出た", "駐輪場横の生垣が暗くて怖い", "消毒の日を事前に知らせてほしい",
                                             "花壇の花を増やしてほしい"]) for pp in _res],
                             ["来年度のご提案", "ケヤキ2本の強剪定", "駐輪場横 生垣の低め仕立て", "花壇の宿根草化"]]}],
)

add(
    id="landscaping-045", expect="pass", entities=[], detectors=[],
    note="PPTX proposal for a park renewal to the city; no personal data",
    charset="utf-8", sender=frm("moriyama"),
    to=["koen-ryokuchi@city.kosugaya.lg.jp"], cc=[addr_of("ishigami")],
    subject="中央公園 再整備に関するご提案資料",
    body=("小菅谷市 公園緑地課\n浅見様\n\nお世話になっております。日の出産業 設計係の森山です。\n"
          "先日の打合せでお話しした、中央公園の再整備に関するご提案資料をお送りします。\n"
          "概算費用は3案とも税抜表示です。\n\n" + sig("moriyama", 0)),
    attachments=[{"kind": "pptx", "name": "中央公園再整備ご提案.pptx", "page_footer": "日の出産業株式会社 造園緑化部",
                  "slides": [["中央公園 再整備のご提案", "2025年10月", "日の出産業株式会社"],
                             ["現状の課題", "ケヤキ大径木の根上がり（園路 約40m）", "トイレ周辺の見通しの悪さ",
                              "芝生広場の裸地化"],
                             ["A案：最小改修", "園路の根上がり補修のみ", "概算 480万円"],
                             ["B案：部分再整備", "園路補修＋低木の間引き＋芝張替え", "概算 1,350万円"],
                             ["C案：全面再整備", "B案＋インクルーシブ遊具エリア新設", "概算 4,200万円"]]}],
)

_ec = people(5, age=(78, 94))
_t46 = [["氏名", "住所", "要介護度", "緊急連絡先（続柄）", "電話"]]
for pp in _ec:
    fam = person(age=(45, 65))
    _t46.append([pp["name"], pp["addr"], R.choice(["要支援2", "要介護1", "要介護2", "要介護3"]),
                 f"{fam['name']}（{R.choice(['長男', '長女', '次男', '娘婿'])}）", fam["mob"]])
add(
    id="landscaping-046", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX of 5 elderly customers with care levels and family contacts sent to a care-manager office",
    charset="cp932", sender=frm("takanashi"),
    to=["居宅介護支援ひだまり <care@kyotaku-hidamari.jp>"],
    subject="庭の見守りサービス 対象者一覧",
    body=("居宅介護支援事業所ひだまり\nケアマネージャー 廿日出様\n\nお世話になっております。日の出産業の小鳥遊です。\n"
          "先日ご相談した「お庭の見守りサービス」の対象となるお客様の一覧をお送りします。\n"
          "作業時に異変があった場合の連絡先として、ひだまり様にも共有させていただきたく存じます。\n\n"
          + sig("takanashi", 0)),
    attachments=[{"kind": "docx", "name": "見守り対象者一覧.docx",
                  "paragraphs": ["お庭の見守りサービス 対象者一覧", "日の出産業株式会社 造園緑化部 業務係", ""],
                  "tables": [_t46]}],
)

_kk = people(7, age=(70, 92))
_t47 = [["管理番号", "氏名", "住所", "鍵の保管方法", "連絡先"]]
for i, pp in enumerate(_kk, 1):
    _t47.append([f"K-{i:02d}", pp["name"], pp["addr"],
                 R.choice(["当社金庫", "キーボックス（番号は台帳原本）", "ご近所預け", "勝手口の植木鉢下"]), pp["tel"]])
add(
    id="landscaping-047", expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="key-custody register of 7 households, but mailed only within the company",
    charset="iso-2022-jp", sender=frm("takanashi"),
    to=[addr_of("tsuyuri")], cc=[addr_of("domeki")],
    subject="鍵お預かり管理台帳（9月更新）",
    body=("栗花落課長\n\n小鳥遊です。鍵お預かり管理台帳を更新しましたので共有します。\n"
          "K-05のお宅はご家族が同居されることになり、10月末でお預かり終了予定です。\n"
          "金庫の鍵の受け渡し記録も台帳2ページ目に追加しました。\n\n小鳥遊\n"),
    attachments=[{"kind": "docx", "name": "鍵お預かり管理台帳_2025-09.docx", "page_footer": "造園緑化部 業務係",
                  "paragraphs": ["鍵お預かり管理台帳", "更新日：2025年9月12日"], "tables": [_t47]}],
)

_km = people(6, age=(40, 80))
add(
    id="landscaping-048", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="year-end kadomatsu list of 6 households (full-width digits) to a gardener on softbank.ne.jp",
    charset="iso-2022-jp", sender=frm("domeki"),
    to=["wanibe-zouen@softbank.ne.jp"],
    subject="門松設置 12月28日分",
    body=("鰐部さん\n\nお疲れさまです。百目鬼です。\n２８日の門松設置のお宅です。竹と松はヤードで積んでください。\n\n"
          + "\n".join(f"{zen(str(i))}．{pp['name']}様\n　　{zen(pp['addr'])}\n　　℡{zen(pp['tel'])}\n"
                      f"　　{R.choice(['一対（大）', '一対（中）', '片側のみ（小）'])}"
                      for i, pp in enumerate(_km, 1))
          + "\n\n撤去は１月８日の予定です。よろしくお願いします。\n百目鬼\n"),
)

_dm = people(12, age=(70, 92))
_csv49 = [["郵便番号", "住所", "氏名", "生年月日", "備考"]]
for pp in _dm:
    _csv49.append([pp["zip"], pp["addr_chome"], pp["name"] + " 様",
                   wareki(*pp["dob"], style=R.choice(["kanji", "abbr"])), R.choice(["", "", "年間契約", "前回剪定R6.11"])])
add(
    id="landscaping-049", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="mailing list of 12 elderly customers with addresses and 和暦 birth dates, to the printer",
    charset="cp932", sender=frm("sakamaki"),
    to=["錦印刷 DM担当 <dm@nishiki-insatsu.co.jp>"],
    subject="敬老の日DM 宛名データ",
    body=("錦印刷株式会社\nDM担当 様\n\nお世話になっております。日の出産業の坂巻です。\n"
          "敬老の日の「シルバー割引」ハガキの宛名データをお送りします。\n"
          "70歳以上のお客様を抽出しましたので、宛名面への印字をお願いします。\n"
          "生年月日の列は印字不要です（抽出確認用です）。\n\n" + sig("sakamaki", 1)),
    attachments=[{"kind": "csv", "name": "keirou_dm_atena.csv", "rows": _csv49}],
)

add(
    id="landscaping-050", expect="pass", entities=[], detectors=[],
    note="proof of a seasonal flyer to the partner printer; no personal data",
    charset="utf-8", sender=frm("sakamaki"),
    to=["dm@nishiki-insatsu.co.jp"],
    subject="Re: 秋の剪定チラシ 初校",
    body=("錦印刷 ご担当者様\n\n初校ありがとうございました。坂巻です。\n修正点を赤字で入れたPDFをお送りします。\n\n"
          "・表面の「早割5％」を「早割5％OFF」に\n・裏面の料金表、生垣の単価を1m 1,650円に修正\n"
          "・QRコードの遷移先を新しい予約フォームに差し替え\n\n再校は金曜までにいただけますと助かります。\n"
          + sig("sakamaki", 1)
          + "\n> 日の出産業 坂巻様\n> 秋の剪定チラシの初校をお送りします。ご確認ください。\n> 錦印刷 DM担当\n"),
    attachments=[{"kind": "pdf", "name": "秋の剪定チラシ_初校_赤字.pdf",
                  "lines": ["秋の庭木お手入れ 早割5％OFF", "松・マキ・生垣・高木 なんでもご相談ください",
                            "生垣刈込み 1m 1,650円〜", "高木剪定 1本 5,500円〜", "日の出産業 造園 0120-46-7730"]}],
)


# == 051–060 ===============================================================================

add(
    id="landscaping-051", expect="stop", entities=[], detectors=["lookalike_domain"],
    note="flyer data to nishiki-insatu.co.jp, a dropped-letter look-alike of partner nishiki-insatsu.co.jp",
    charset="iso-2022-jp", sender=frm("sakamaki"),
    to=["dm@nishiki-insatu.co.jp"],
    subject="秋の剪定チラシ 入稿データ",
    body=("錦印刷 DM担当様\n\nお世話になっております。日の出産業の坂巻です。\n"
          "再校OKとなりましたので、入稿データをお送りします。\n\n"
          "・サイズ：A4 両面カラー\n・部数：12,000部（うち新聞折込 10,000部）\n"
          "・折込日：9月6日（土）八王子・日野エリア\n\n請求書は従来どおり経理課 羽田野宛でお願いします。\n"
          + sig("sakamaki", 0)),
    attachments=[{"kind": "pdf", "name": "秋の剪定チラシ_入稿.pdf",
                  "lines": ["秋の庭木お手入れ 早割5％OFF", "生垣刈込み 1m 1,650円〜", "日の出産業 造園"]}],
)

_c52 = person("M", age=(60, 80))
add(
    id="landscaping-052", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but addressed to hinode-sangyou.co.jp, a look-alike of the own domain",
    charset="cp932", sender=frm("sakamaki"),
    to=["石神 亮介 <r.ishigami@hinode-sangyou.co.jp>"],
    subject="明日の現調 お客様情報",
    body=("石神さん\n\n明日の現地調査のお客様情報です。\n\n"
          f"{_c52['name']}様\n{_c52['addr']}\n{_c52['tel']}（奥様が出られることが多いです）\n\n"
          "アカマツ2本の枯れ具合を見てほしいとのこと。マツクイムシかもしれません。\n"
          "門の横に1台停められます。\n\n坂巻\n"),
)

add(
    id="landscaping-053", expect="stop", entities=[], detectors=["lookalike_domain"],
    note="quote sent to sakura-hotel.co.jp instead of the partner's sakura-hotel.jp (TLD swap)",
    charset="utf-8", sender=frm("sakamaki"),
    to=["平岡 様 <hiraoka@sakura-hotel.co.jp>"],
    subject="2026年度 庭園維持管理 年間お見積",
    body=("さくらホテル株式会社\n施設管理課 平岡様\n\nいつもお世話になっております。日の出産業の坂巻です。\n"
          "2026年度の庭園維持管理の年間お見積をお送りいたします。\n\n"
          "年間合計：5,412,000円（税込）\n主な変更点：\n"
          "　・苔庭の散水回数を夏季のみ週3回に増加\n　・クロマツの手入れを年2回（みどり摘み・もみあげ）に統一\n\n"
          "ご不明点はお気軽にお問い合わせください。\n" + sig("sakamaki", 0) + DISCLAIMER_JP),
    attachments=[{"kind": "pdf", "name": "2026年度_庭園維持管理見積.pdf",
                  "lines": ["御見積書", "さくらホテル株式会社 御中", "2026年度 庭園維持管理業務"],
                  "table": [["項目", "回数", "金額"], ["日本庭園 定期管理", "48", "3,360,000"],
                            ["クロマツ手入れ", "2", "880,000"], ["苔庭 散水・除草", "一式", "680,000"]]}],
)

_cc = card()
_cust54 = person("F", age=(60, 75))
add(
    id="landscaping-054", expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="a customer's full credit card number typed into a mail to the payment agent",
    charset="iso-2022-jp", sender=frm("takanashi"),
    to=["決済ナビ サポート <support@kessai-navi.co.jp>"],
    subject="手入力決済のお願い（電話受付分）",
    body=("決済ナビ株式会社 サポートご担当者様\n\nお世話になっております。日の出産業（加盟店ID HS-0031）の小鳥遊です。\n"
          "端末の不調で手入力ができないため、代行での決済をお願いできますでしょうか。\n\n"
          f"ご利用者：{_cust54['name']} 様\n"
          f"カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}\n"
          f"有効期限：{R.randint(1, 12):02d}/{R.randint(27, 30)}\n金額：38,500円（剪定・処分費）\n支払回数：1回\n\n"
          "よろしくお願いいたします。\n" + sig("takanashi", 1)),
)

add(
    id="landscaping-055", expect="pass", entities=[], detectors=["freemail_recipient"],
    note="card payment receipt to the customer with the card number masked",
    charset="cp932", sender=frm("takanashi"),
    to=["chiyo-kitchen@yahoo.co.jp"],
    subject="お支払い完了のお知らせ（日の出産業 造園）",
    body=("お客様\n\nこのたびはご利用いただきありがとうございました。\nクレジットカードでのお支払いを承りました。\n\n"
          "　受付番号：CR-250611-07\n　ご利用日：2025年6月11日\n　金額：38,500円（税込）\n"
          "　カード：VISA ************4417\n　内容：庭木剪定（3本）・枝葉処分\n\n"
          "領収書が必要な場合はお知らせください。\n" + sig("takanashi", 0)),
)

_tr56 = [("NGUYEN VAN HUNG", "1999-04-12", "ベトナム"), ("TRAN THI MAI", "2001-08-30", "ベトナム"),
         ("PHAM DUC ANH", "1997-11-05", "ベトナム")]
add(
    id="landscaping-056", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="three technical intern trainees' residence card numbers sent to the supervising organisation",
    charset="utf-8", sender=frm("watanuki"),
    to=["多摩みどり協同組合 <kanri@tama-midori-kyodo.or.jp>"],
    subject="技能実習生 在留カード更新後の番号について",
    body=("多摩みどり協同組合\n指導員 栂尾様\n\nお世話になっております。日の出産業 総務課の四月一日です。\n"
          "造園職種の技能実習生3名の在留期間更新が完了しましたので、新しい在留カード番号をお知らせします。\n\n"
          + "\n".join(f"{i}. {n}（{nat}）生年月日 {d}\n   在留カード番号：{a}{R.randint(10000000, 99999999)}{b}"
                      for i, ((n, d, nat), a, b) in enumerate(zip(_tr56, ["UH", "SK", "RT"], ["EA", "FB", "HC"]), 1))
          + "\n\n在留期限はいずれも2026年11月までとなっております。\n" + sig("watanuki", 0)),
)

_nh = person("M", age=(24, 30))
_pen = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
add(
    id="landscaping-057", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="new gardener's basic pension number, birth date and address to the outside labour consultant",
    charset="iso-2022-jp", sender=frm("watanuki"),
    to=["藤森社労士事務所 <office@sr-fujimori.jp>"],
    subject="資格取得届の作成依頼（造園緑化部 新入社員1名）",
    body=("藤森社会保険労務士事務所\n藤森先生\n\nいつもお世話になっております。日の出産業 総務の四月一日です。\n"
          "10月1日付で造園緑化部に入社した社員1名の社会保険・雇用保険の資格取得届をお願いいたします。\n\n"
          f"氏名　　　　：{_nh['name']}（{_nh['kkana']}）\n"
          f"生年月日　　：{wareki(*_nh['dob'], style='zen')}\n"
          f"住所　　　　：〒{_nh['zip']} {_nh['addr']}\n"
          f"基礎年金番号：{_pen}\n"
          "報酬月額　　：260,000円（通勤手当含む）\n扶養　　　　：なし\n\n"
          "よろしくお願いいたします。\n" + sig("watanuki", 2)),
)

add(
    id="landscaping-058", expect="pass", entities=[], detectors=[],
    note="general question to the labour consultant about 一人親方 accident insurance; no person",
    charset="cp932", sender=frm("watanuki"),
    to=["office@sr-fujimori.jp"],
    subject="一人親方の特別加入についてご相談",
    body=("藤森先生\n\nお世話になっております。日の出産業の四月一日です。\n"
          "造園の外注先（一人親方）に、労災保険の特別加入を必須にしたいと考えております。\n\n"
          "1. 元請として加入状況を確認する方法（加入証明書の写しで足りるか）\n"
          "2. 未加入の方の現場入場を断ることに法的な問題はないか\n"
          "3. 年度途中で加入した場合の給付基礎日額の考え方\n\n"
          "来月の協力会社会議で説明したいので、お手すきの際にご教示いただけますと幸いです。\n"
          + sig("watanuki", 0)),
)

_w59 = person("M", age=(40, 50))
add(
    id="landscaping-059", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="worker's health insurance card symbol/number and injury sent to the hospital's billing desk",
    charset="utf-8", sender=frm("kito"),
    to=["医事課 <iji@tamagawa-hp.or.jp>"],
    subject="健保から労災への切替について（外来受診分）",
    body=("玉川中央病院 医事課 ご担当者様\n\nお世話になっております。日の出産業 安全衛生管理室の鬼頭です。\n"
          "8月に貴院を受診した弊社社員について、健康保険で受診済みの分を労災に切り替えたく、ご連絡しました。\n\n"
          f"　患者氏名：{_w59['name']}\n　生年月日：{_w59['dob_s']}\n"
          f"　健康保険証：記号 {R.randint(100, 999)}  番号 {R.randint(10, 999)}（協会けんぽ 東京支部）\n"
          "　受診日：2025年8月19日、8月26日\n"
          "　傷病名：左下腿挫創（刈払機の刃による切創、7針縫合）\n\n"
          "様式第5号は本人が持参いたします。手続きについてご教示ください。\n" + sig("kito", 1)),
)

add(
    id="landscaping-060", expect="pass",
    entities=["JP_CORPORATE_NUMBER"], detectors=["personal_data"],
    note="bid registration data to the city: the company's own 法人番号, no people",
    charset="iso-2022-jp", sender=frm("ishigami"),
    to=["契約検査課 <keiyaku@city.kosugaya.lg.jp>"],
    subject="令和8・9年度 入札参加資格申請（業務委託：造園）",
    body=("小菅谷市 総務部 契約検査課 御中\n\nお世話になっております。日の出産業株式会社の石神でございます。\n"
          "令和8・9年度の入札参加資格申請について、電子申請と併せて以下の内容をお送りいたします。\n\n"
          "商号：日の出産業株式会社\n代表者：代表取締役 日野 正和\n"
          f"法人番号：{HINODE_CORP}\n本店所在地：東京都八王子市明神町4-9-2\n"
          "申請業種：業務委託（造園・植栽管理）、建設工事（造園工事業）\n"
          "建設業許可：東京都知事許可（般-5）第○○○○号 ※許可通知書写しは郵送\n\n"
          "不足書類がございましたらご指示ください。\n" + sig("ishigami", 0) + DISCLAIMER_JP),
)


# == 061–070 ===============================================================================

add(
    id="landscaping-061", expect="stop", entities=[], detectors=["confidential_marking"],
    note="subcontract rate table stamped 【取扱注意】 in subject and body, sent to the prime contractor",
    charset="cp932", sender=frm("tsuyuri"),
    to=["藤堂 <todo@sanwa-kensetsu.co.jp>"],
    subject="【取扱注意】造園工 外注単価表（2025年度）",
    body=("━━━━━━━━━━━━━━\n　取扱注意\n━━━━━━━━━━━━━━\n\n"
          "三和建設 藤堂様\n\n栗花落です。お電話で申し上げた、弊社の外注単価表です。\n"
          "労務単価見直しのご参考までに。\n\n"
          "  職種                    日当（8h）   備考\n"
          "  ----------------------  -----------  ------------------\n"
          "  造園工（職長）          28,000       道具持ち込み\n"
          "  造園工                  24,500\n"
          "  樹木医同行              45,000       半日 25,000\n"
          "  高所作業車オペ付        62,000       12m級、燃料込み\n"
          "  普通作業員              18,000\n\n"
          "弊社から元請様への請求単価とは異なりますのでご留意ください。\n栗花落\n"),
)

add(
    id="landscaping-062", expect="stop", entities=[], detectors=["confidential_marking"],
    note="workbook with 部外秘 page header (internal margin analysis) attached to a supplier mail",
    charset="utf-8", sender=frm("domeki"),
    to=["eigyo@kusunoki-nursery.jp"],
    subject="来期の取引数量見込みについて",
    body=("楠ナーセリー 小沢様\n\nお世話になっております。百目鬼です。\n"
          "来期の樹種別の購入見込みをまとめましたのでお送りします。\n"
          "年間契約単価のご検討材料にしていただければと思います。\n\n百目鬼\n"),
    attachments=[{"kind": "xlsx", "name": "樹木仕入分析_2025.xlsx", "page_header": "部外秘",
                  "title": "樹木仕入分析（部外秘）",
                  "sheets": {"数量見込み": [["樹種", "規格", "今期実績", "来期見込み"],
                                        ["ソヨゴ", "H1.5-2.0", 84, 110], ["シマトネリコ", "H2.0", 62, 40],
                                        ["ヤマボウシ", "H2.5", 38, 45], ["タマリュウ", "10.5P", 4200, 5000]],
                             "粗利分析": [["部外秘　仕入先別粗利率", "", ""], ["仕入先", "仕入額", "粗利率"],
                                       ["楠ナーセリー", 4820000, "31.2%"], ["山吹園芸", 6150000, "27.8%"],
                                       ["花水木樹園", 2210000, "35.5%"]]}}],
)

add(
    id="landscaping-063", expect="pass", entities=[], detectors=[],
    note="mere mention that a document is NOT 社外秘; no marking on anything",
    charset="iso-2022-jp", sender=frm("ishigami"),
    to=["koen-ryokuchi@city.kosugaya.lg.jp"],
    subject="Re: 樹木点検マニュアルの共有について",
    body=("浅見様\n\nお世話になっております。石神です。\n"
          "お問い合わせの樹木点検マニュアルですが、社外秘扱いの資料ではありませんので、\n"
          "市の他部署や指定管理者の方とご自由に共有いただいて問題ございません。\n"
          "最新版（第3版）をPDFで添付いたします。\n\n" + sig("ishigami", 1)
          + "\n> 石神様\n> 先日いただいた樹木点検マニュアル、道路課とも共有してよろしいでしょうか。\n> 浅見\n"),
    attachments=[{"kind": "pdf", "name": "樹木点検マニュアル_第3版.pdf",
                  "lines": ["樹木点検マニュアル 第3版", "1. 目視点検の項目", "・枯れ枝、落枝の危険",
                            "・幹の空洞、キノコの発生", "・根元の腐朽、傾き", "2. 点検記録の付け方"]}],
)

add(
    id="landscaping-064", expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="estimate sent as a password-protected PDF: the guard cannot read it",
    charset="cp932", sender=frm("ishigami"),
    to=["道路課 維持係 <doro-iji@city.kosugaya.lg.jp>"],
    subject="街路樹剪定 見積書（パスワード付PDF）",
    body=("小菅谷市 道路課 維持係 御中\n\nお世話になっております。日の出産業の石神です。\n"
          "市道3路線の街路樹剪定の見積書をお送りします。\n"
          "社内規程によりパスワードを設定しております。パスワードはお電話でお伝えします。\n\n"
          + sig("ishigami", 0)),
    attachments=[{"kind": "pdf", "name": "見積書_街路樹剪定_市道3路線.pdf", "password": "kosugaya0917",
                  "lines": ["御見積書", "街路樹剪定（市道3路線）", "合計 2,948,000円"]}],
)

add(
    id="landscaping-065", expect="stop", entities=[], detectors=["confidential_marking"],
    note="English proposal whose document carries a CONFIDENTIAL stamp, sent abroad",
    charset="utf-8", sender=frm("moriyama"),
    to=["grace.tan@orchid-residences.com.sg"],
    subject="Courtyard garden - design concept and cost plan",
    body=("Dear Ms. Tan,\n\nPlease find attached our design concept and cost plan for the courtyard garden.\n"
          "The cost plan includes our internal breakdown, so the document is marked accordingly.\n\n"
          + sig("moriyama", 3)),
    attachments=[{"kind": "docx", "name": "Courtyard_Concept_CostPlan.docx",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo Internal Cost Data",
                  "paragraphs": ["CONFIDENTIAL", "Courtyard Garden - Design Concept and Cost Plan",
                                 "Concept: a dry landscape (karesansui) with a moss border and three stone groupings.",
                                 "Cost plan (internal rates)"],
                  "tables": [[["Item", "Cost (JPY)", "Margin"], ["Stones (selected in Japan)", "3,200,000", "18%"],
                              ["Moss and plants", "1,150,000", "30%"], ["Craftsmen (2 x 12 days)", "2,640,000", "22%"]]]}],
)

_ns = [("花水木樹園", "埼玉県川口市安行領家412", "048-295-1187", "ヤマボウシ、ハナミズキ"),
       ("山吹園芸株式会社", "東京都青梅市今寺5-18", "0428-31-6620", "シマトネリコ、ソヨゴ"),
       ("楠ナーセリー株式会社", "埼玉県入間市宮寺3381", "04-2934-5510", "モミジ、雑木類"),
       ("有限会社 安行植木センター", "埼玉県川口市安行原2201", "048-296-4431", "マツ、マキ"),
       ("房総グリーンファーム", "千葉県富里市七栄651-3", "0476-93-2208", "芝、地被類")]
add(
    id="landscaping-066", expect="pass", entities=[], detectors=[],
    note="tab-separated list of five nursery businesses (company contacts) for the hotel's provenance record",
    charset="iso-2022-jp", sender=frm("moriyama"),
    to=["hiraoka@sakura-hotel.jp"],
    subject="植栽材料の生産地一覧",
    body=("平岡様\n\nお世話になっております。日の出産業の森山です。\n"
          "サステナビリティ報告書用にご依頼いただいた、植栽材料の仕入先（生産地）一覧です。\n\n"
          "仕入先\t所在地\t代表電話\t主な樹種\n"
          + "\n".join("\t".join(r) for r in _ns)
          + "\n\nいずれも関東圏の生産者で、輸送距離は100km以内です。\n" + sig("moriyama", 0)),
)

_gd = people(7, sex="M", age=(35, 72))
add(
    id="landscaping-067", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="tab-separated list of 7 sole-trader gardeners with home address, mobile and bank account to the accountant",
    charset="cp932", sender=frm("hatano"),
    to=["kimura@ohara-tax.jp"],
    subject="外注先マスタ（源泉対象者）",
    body=("木村様\n\n羽田野です。源泉徴収の対象となる外注先のマスタをお送りします。\n"
          "エクセルから貼り付けたので見づらかったらすみません。\n\n"
          "氏名\t住所\t携帯\t振込先\n"
          + "\n".join(f"{pp['name']}\t{pp['addr']}\t{pp['mob']}\t{pp['bank']} 普通 {pp['acct']}" for pp in _gd)
          + "\n\n以上7名です。\n羽田野\n"),
)

_mt = people(4, sex="M", age=(28, 60))
add(
    id="landscaping-068", expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four attendees with mobiles for the city's safety meeting: under five people",
    charset="utf-8", sender=frm("ishigami"),
    to=["koen-ryokuchi@city.kosugaya.lg.jp"],
    subject="安全協議会 出席者のご連絡",
    body=("公園緑地課 浅見様\n\n石神です。11月5日の安全協議会の出席者をお知らせします。\n\n"
          "氏名,役割,当日連絡先\n"
          + "\n".join(f"{pp['name']},{role},{pp['mob']}" for pp, role in
                      zip(_mt, ["現場代理人", "主任技術者", "職長", "安全衛生責任者"]))
          + "\n\n駐車場は2台分お借りできますでしょうか。\n" + sig("ishigami", 1)),
)

_mg = people(12, age=(35, 88))
_csv69 = [["customer_id", "name", "kana", "zip", "address", "tel", "email", "contract"]]
for i, pp in enumerate(_mg):
    _csv69.append([f"C{30210 + i}", pp["name2"], pp["kkana"], pp["zip"], pp["addr"], pp["tel"],
                   f"{R.choice(['niwa', 'hana', 'midori', 'ki', 'sora'])}{R.randint(10, 999)}@"
                   f"{R.choice(['gmail.com', 'yahoo.co.jp', 'ezweb.ne.jp', 'nifty.com'])}",
                   R.choice(["annual4", "annual2", "spot"])])
add(
    id="landscaping-069", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 12 customers (address, phone, e-mail) sent to the system vendor for migration",
    charset="iso-2022-jp", sender=frm("takanashi"),
    to=["ツバサシステム 導入支援 <onboarding@tsubasa-system.jp>"],
    subject="顧客データ移行テスト用ファイル",
    body=("ツバサシステム株式会社\n導入支援チーム 御中\n\nお世話になっております。日の出産業の小鳥遊です。\n"
          "巡回スケジュール管理システムへの移行テスト用に、顧客データの一部（12件）をお送りします。\n"
          "文字コードはUTF-8、カンマ区切りです。\n\n" + sig("takanashi", 0)),
    attachments=[{"kind": "csv", "name": "customers_test12.csv", "encoding": "utf-8", "rows": _csv69}],
)

add(
    id="landscaping-070", expect="pass", entities=[], detectors=[],
    note="bug report with a screenshot to the system vendor",
    charset="cp932", sender=frm("takanashi"),
    to=["support@tsubasa-system.jp"],
    subject="【不具合】巡回カレンダーで祝日の予定が表示されない",
    body=("ツバサシステム サポート御中\n\n日の出産業の小鳥遊です（契約ID: TS-HN-0042）。\n"
          "巡回カレンダーの月表示で、祝日に登録した予定が表示されません。\n\n"
          "・発生画面：スケジュール＞月表示\n・再現手順：9/15（祝）に予定を登録→保存→月表示に戻る\n"
          "・ブラウザ：Edge 最新版\n・週表示では表示されます\n\n"
          "画面のキャプチャを添付します。ご確認をお願いいたします。\n小鳥遊\n"),
    attachments=[{"kind": "png", "name": "calendar_bug.png"}],
)


# == 071–080 ===============================================================================

_zz = people(8, age=(40, 85))
add(
    id="landscaping-071", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="plain ZIP with an XLSX of 8 customers and a DOCX memo, sent to an outside designer",
    charset="utf-8", sender=frm("moriyama"),
    to=["kurose@design-hakoniwa.jp"],
    subject="現地調査資料一式（10月分）",
    body=("黒瀬さん\n\n森山です。10月の現地調査分の資料一式をzipでお送りします。\n"
          "・調査先一覧（エクセル）\n・調査時のメモ（ワード）\n\nよろしくお願いします。\n" + sig("moriyama", 1)),
    attachments=[{"kind": "zip", "name": "現地調査_10月.zip", "files": [
        {"kind": "xlsx", "name": "調査先一覧.xlsx",
         "sheets": {"10月": [["現地調査先一覧（10月）", "", "", ""], ["お客様", "住所", "電話", "ご要望"]]
                    + [[pp["name"], pp["addr"], pp["tel"],
                        R.choice(["雑木の庭にしたい", "芝生→人工芝", "駐車場拡張で植栽移植", "和風→洋風", "手入れを楽に"])]
                       for pp in _zz]}},
        {"kind": "docx", "name": "調査メモ.docx",
         "paragraphs": ["調査時の注意", "・犬を飼っているお宅あり（3軒）", "・駐車は近隣コインパーキング"]}]}],
)

add(
    id="landscaping-072", expect="pass", entities=[], detectors=[],
    note="plain ZIP of planting drawings and a quote PDF to the partner food company",
    charset="iso-2022-jp", sender=frm("moriyama"),
    to=["北国フーズ 総務部 <soumu-hachioji@kitaguni-foods.co.jp>"],
    subject="八王子工場 緑化計画図面とお見積",
    body=("北国フーズ株式会社\n八王子工場 総務部 大塚様\n\nお世話になっております。日の出産業 設計係の森山です。\n"
          "工場敷地の緑化計画（緑化率20％達成案）の図面とお見積をzipにまとめてお送りします。\n\n"
          "・植栽平面図（正門〜駐車場）\n・植栽平面図（北側緩衝緑地）\n・お見積書\n\n"
          "ご不明点があればご連絡ください。\n" + sig("moriyama", 0)),
    attachments=[{"kind": "zip", "name": "八王子工場_緑化計画.zip", "files": [
        {"kind": "png", "name": "植栽平面図_正門.png"}, {"kind": "png", "name": "植栽平面図_北側緩衝緑地.png"},
        {"kind": "pdf", "name": "お見積書_緑化計画.pdf",
         "lines": ["御見積書", "北国フーズ株式会社 御中", "八王子工場 緑化計画", "合計 8,690,000円（税込）"]}]}],
)

add(
    id="landscaping-073", expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="city, prime contractor and a residents' association chair (gmail) all visible in To/Cc",
    charset="cp932", sender=frm("ishigami"),
    to=["koen-ryokuchi@city.kosugaya.lg.jp", "todo@sanwa-kensetsu.co.jp"],
    cc=["けやき台自治会 会長 <keyakidai.jichikai.kaichou@gmail.com>", addr_of("tsuyuri")],
    subject="けやき台第二公園 伐採工事の周知について",
    body=("関係者各位\n\nお世話になっております。日の出産業の石神です。\n"
          "けやき台第二公園のケヤキ伐採工事（2本）について、日程が確定しましたのでお知らせします。\n\n"
          "・工事日：11月11日（火）〜12日（水）8:30〜16:30\n"
          "・通行止め：公園北側園路（迂回路あり）\n・作業車両：高所作業車1台、2tダンプ2台\n\n"
          "自治会様には回覧板用のチラシを別途お届けします。\n" + sig("ishigami", 0)),
)

add(
    id="landscaping-074", expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="three-way meeting mail: the city and the prime contractor only, two external organisations",
    charset="utf-8", sender=frm("ishigami"),
    to=["koen-ryokuchi@city.kosugaya.lg.jp"], cc=["todo@sanwa-kensetsu.co.jp", addr_of("moriyama")],
    subject="中央公園 園路改修 三者協議の日程",
    body=("浅見様\n（cc: 三和建設 藤堂様）\n\nお世話になっております。日の出産業の石神です。\n"
          "中央公園の園路改修について、三者協議の日程候補をお送りします。\n\n"
          "　① 11月18日（火）14:00〜\n　② 11月20日（木）10:00〜\n　③ 11月21日（金）14:00〜\n\n"
          "場所は市役所 第3会議室を想定しています。ご都合をお知らせください。\n" + sig("ishigami", 1)),
)

_my75 = mynum()
_g75 = person("M", age=(45, 60))
add(
    id="landscaping-075", expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=[],
    note="a subcontractor's My Number passed between departments; recipients all internal",
    charset="iso-2022-jp", sender=frm("domeki"),
    to=[f"羽田野 <{addr_of('hatano')}>"],
    subject="蕨野さんの個人番号",
    body=("羽田野さん\n\n百目鬼です。支払調書用に依頼されていた外注先の番号、本人から聞き取りました。\n\n"
          f"{_g75['name']}（{_g75['sei']}造園）\n個人番号 {_my75}\n\n"
          "番号確認書類（通知カードの写し）は明日、封筒で経理に回します。\n百目鬼\n"),
)

_h76 = people(9, age=(40, 88))
add(
    id="landscaping-076", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="staff Bcc'd a 9-household visit list to a personal gmail to work from home",
    charset="cp932", sender=frm("sakamaki"),
    to=[addr_of("sakamaki")], bcc=["yuka.sakamaki.0823@gmail.com"],
    subject="週末作業用 見積訪問先",
    body=("（自分用）\n\n土日で見積書を作る分。\n\n"
          + "\n".join(f"{pp['name']}\t{pp['addr']}\t{pp['tel']}\t{R.choice(['剪定', '伐採', '芝張り', '生垣', '除草'])}"
                      for pp in _h76) + "\n"),
)

_k77 = person("F", age=(75, 85))
add(
    id="landscaping-077", expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one customer's name (in kana), address and phone to a subcontracting firm: a single person",
    charset="utf-8", sender=frm("takanashi"),
    to=["九十九造園 <info@tsukumo-zouen.jp>"],
    subject="追加のご依頼（1軒）",
    body=("九十九造園 御中\n\nお世話になっております。小鳥遊です。\n急ぎで1軒追加をお願いできますでしょうか。\n\n"
          f"お名前：{_k77['kkana']} 様\nご住所：{_k77['addr']}\nお電話：{_k77['tel']}\n"
          "内容：台風で傾いたキンモクセイの起こし・支柱（1本）\n希望：今週中\n\n"
          "ご都合をお知らせください。\n小鳥遊\n"),
)

_ent = people(6, sex="M", age=(22, 66))
add(
    id="landscaping-078", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="English entry list of 6 workers with birth dates and mobiles to the partner hotel's security office",
    charset="utf-8", sender=frm("domeki"),
    to=["Security Office <security@sakura-hotel.jp>"],
    subject="Contractor entry list - garden renovation (Nov 4-8)",
    body=("Dear Security Office,\n\nPlease find below the workers who will enter the hotel grounds for the "
          "garden renovation from Nov 4 to Nov 8 (service gate, 7:45).\n\n"
          + "\n".join(f"- {romaji(pp['kana'].split()[0]).upper()} {romaji(pp['kana'].split()[1]).capitalize()}, "
                      f"born {pp['dob_s']}, mobile {pp['mob']}" for pp in _ent)
          + "\n\nVehicles: Hino 2t dump (多摩 400 す 12-08), Toyota HiAce (八王子 480 ほ 33-71)\n"
          + sig("domeki", 3)),
)

_e79 = people(3, sex="M", age=(25, 60))
add(
    id="landscaping-079", expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three workers entering the hotel garden, one leader's mobile: fewer than five people",
    charset="iso-2022-jp", sender=frm("domeki"),
    to=["security@sakura-hotel.jp"], cc=["hiraoka@sakura-hotel.jp"],
    subject="明日の入構者（庭園定期管理）",
    body=("さくらホテル 防災センター御中\n\nいつもお世話になっております。日の出産業の百目鬼です。\n"
          "明日の庭園定期管理の入構者をお知らせします。\n\n"
          f"　職長　{_e79[0]['name']}（当日連絡先 {_e79[0]['mob']}）\n"
          f"　作業員　{_e79[1]['name']}\n　作業員　{_e79[2]['name']}\n\n"
          "車両：軽トラック 八王子 480 あ 20-15\n入構 8:00／退構 16:30予定\n" + sig("domeki", 1)),
)

_c80 = person("M", age=(78, 88))
add(
    id="landscaping-080", expect="either",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="one customer's wheelchair use (implies a disability) with his address, to a gardener on gmail: debatable",
    charset="cp932", sender=frm("takanashi"),
    to=["tsukumo.niwa.1962@gmail.com"],
    subject="来週の" + _c80["sei"] + "様宅について",
    body=("九十九さん\n\n小鳥遊です。来週お願いする" + _c80["sei"] + "様宅の件です。\n\n"
          f"{_c80['name']}様（{_c80['addr']}）は車椅子を使われているので、\n"
          "玄関からカーポートまでの通路には枝や道具を置かないようにしてください。\n"
          "スロープ横のツツジは、車椅子に当たらないよう低めに刈り込んでほしいとのことです。\n\n"
          "よろしくお願いします。\n小鳥遊\n"),
)


# == 081–090 ===============================================================================

_s81 = people(5, age=(50, 85))
add(
    id="landscaping-081", expect="either",
    entities=["PERSON_NAME"], detectors=["freemail_recipient"],
    note="five households by surname and town only, with visit dates, to a gardener: no contact data, borderline list",
    charset="utf-8", sender=frm("domeki"),
    to=["minai.midori-zouen@yahoo.co.jp"],
    subject="来週の段取り",
    body=("薬袋さん\n\n百目鬼です。来週の段取りです。\n\n"
          + "\n".join(f"・{d}　{pp['sei']}様（{pp['town']}）{job}" for d, pp, job in zip(
              ["10/6（月）", "10/6（月）", "10/7（火）", "10/8（水）", "10/9（木）"], _s81,
              ["生垣", "松", "庭木全体", "伐採1本", "芝刈り・除草"]))
          + "\n\n住所と地図はいつものとおり現場アプリに入れてあります。\n百目鬼\n"),
)

_w82 = person("M", age=(40, 55))
add(
    id="landscaping-082", expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named worker's back pain as the reason for a crew change, to the prime contractor: mild health info",
    charset="iso-2022-jp", sender=frm("domeki"),
    to=["todo@sanwa-kensetsu.co.jp"],
    subject="職長交代のお知らせ（ひばりが丘現場）",
    body=("三和建設 藤堂様\n\nお世話になっております。日の出産業の百目鬼です。\n"
          f"ひばりが丘現場の職長の{_w82['name']}が、腰痛（椎間板ヘルニアの疑い）で今週いっぱい休むことになりました。\n"
          "明日から職長は私、百目鬼が務めます。新規入場者教育は受講済みです。\n"
          "工程への影響はありません。\n\nよろしくお願いいたします。\n" + sig("domeki", 1)),
)

add(
    id="landscaping-083", expect="pass",
    entities=["JP_CORPORATE_NUMBER"], detectors=["personal_data"],
    note="legacy XLS invoice with the company's T-number to the condo management firm",
    charset="cp932", sender=frm("takanashi"),
    to=["fm-tama@kanri-sakae.co.jp"],
    subject="10月分 植栽管理業務 請求書（グランフォレスト多摩）",
    body=("栄マンション管理株式会社\n多摩営業所 笹本様\n\nいつもお世話になっております。日の出産業の小鳥遊です。\n"
          "10月分の請求書をお送りします。管理組合様の会計システムの都合により、xls形式でお送りしています。\n\n"
          "請求番号：INV-2510-0311\n金額：187,000円（税込）\n\n" + sig("takanashi", 0)),
    attachments=[{"kind": "xls", "name": "請求書_INV-2510-0311.xls",
                  "sheets": {"請求書": [["請求書"], ["栄マンション管理株式会社 御中（グランフォレスト多摩 管理組合）"],
                                     ["請求番号", "INV-2510-0311"], ["登録番号", f"T{HINODE_CORP}"],
                                     ["品目", "数量", "金額"], ["植栽定期管理（10月）", 1, 120000],
                                     ["落葉清掃（追加）", 2, 50000], ["消費税", "", 17000], ["合計", "", 187000]]}}],
)

add(
    id="landscaping-084", expect="pass", entities=[], detectors=["freemail_recipient"],
    note="visit announcement (text + HTML) to one customer on icloud",
    charset="utf-8", sender=frm("sakamaki"),
    to=["ohara.garden@icloud.com"],
    subject="【日の出産業】冬の剪定 訪問日のお知らせ",
    body=("大原様\n\nいつもありがとうございます。日の出産業 造園の坂巻です。\n"
          "冬の剪定の訪問日が決まりましたのでお知らせいたします。\n\n"
          "　訪問日：12月9日（火）8:30〜\n　作業員：3名\n　内容：クロマツのもみあげ、モミジの透かし剪定、生垣刈込み\n\n"
          "ご都合が悪い場合はお電話またはこのメールにご返信ください。\n" + sig("sakamaki", 0)),
    html=("<html><body><p>大原様</p><p>いつもありがとうございます。日の出産業 造園の坂巻です。<br>"
          "冬の剪定の訪問日が決まりましたのでお知らせいたします。</p>"
          "<ul><li>訪問日：<b>12月9日（火）8:30〜</b></li><li>作業員：3名</li>"
          "<li>内容：クロマツのもみあげ、モミジの透かし剪定、生垣刈込み</li></ul>"
          "<p>ご都合が悪い場合はお電話またはこのメールにご返信ください。</p>"
          "<p>日の出産業株式会社 造園緑化部<br>坂巻 由香 TEL 042-646-7732</p></body></html>"),
)

add(
    id="landscaping-085", expect="pass", entities=[], detectors=[],
    note="reply to the city about a park tree damaged during work; quoted thread, no personal data",
    charset="iso-2022-jp", sender=frm("ishigami"),
    to=["koen-ryokuchi@city.kosugaya.lg.jp"], cc=[addr_of("tsuyuri")],
    subject="Re: 中央公園 サクラの樹皮損傷について",
    body=("浅見様\n\nご指摘ありがとうございます。石神です。\n"
          "中央公園のサクラ（管理番号 C-118）の樹皮損傷は、10月2日の除草作業で刈払機の刃が接触したものと判明しました。\n"
          "大変申し訳ございません。\n\n"
          "・本日、樹木医の診断を受け、癒合剤の塗布と保護材の巻付けを行いました\n"
          "・回復の経過は月1回、写真付きでご報告いたします\n"
          "・樹木周りは今後、手刈りに切り替えます\n\n" + sig("ishigami", 1)
          + "\n\n2025年10月6日(月) 9:12 浅見 <koen-ryokuchi@city.kosugaya.lg.jp>:\n"
          "> 日の出産業 石神様\n> 中央公園のサクラC-118の根元の樹皮がはがれているとの通報がありました。\n"
          "> 原因と対応をご報告ください。\n> 公園緑地課 浅見\n"),
)

_nb = person("M", age=(40, 60))
add(
    id="landscaping-086", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a neighbour's driver's licence number (for the vehicle damage claim) sent to the insurer",
    charset="cp932", sender=frm("tsuyuri"),
    to=["jiko-uketsuke@tokiwa-sonpo.co.jp"],
    subject="Re: 車両損傷の件 被害者様情報の追加",
    body=("常盤損保 事故受付ご担当者様\n\n栗花落です。ご依頼のあった被害車両の運転者情報を追記します。\n\n"
          f"運転者氏名：{_nb['name']}\n住所：{_nb['addr_chome']}\n電話：{_nb['mob']}\n"
          f"運転免許証番号：第{R.randint(300000000000, 309999999999)}号\n"
          "車両：ホンダ フリード（車検証の写しは郵送）\n\n"
          "刈払機の飛び石によるリアガラス破損の件です。よろしくお願いいたします。\n" + sig("tsuyuri", 1)
          + "\n> 日の出産業 栗花落様\n> 被害車両の運転者様の免許証情報をお知らせください。\n> 常盤損保 事故受付\n"),
)

add(
    id="landscaping-087", expect="pass", entities=[], detectors=[],
    note="nursery delivery delay with order and tracking numbers; ordinary supplier mail",
    charset="utf-8", sender=frm("domeki"),
    to=["shukka@yamabuki-engei.co.jp"],
    subject="Re: 台風による出荷遅延のお知らせ",
    body=("山吹園芸 出荷係様\n\nご連絡ありがとうございます。百目鬼です。\n"
          "PO-25-1003（オリーブ H2.0m ×3、ソヨゴ ×5）の件、10月16日着で了解しました。\n"
          "お客様には当社から日程変更をお伝えします。\n\n"
          "お送りいただいた送り状番号（青葉運輸 4471-2290-3318）で追跡いたします。\n"
          "ポット物（PO-25-1004）は宅配便で先行出荷とのこと、こちらも承知しました。\n\n百目鬼\n\n"
          "-----Original Message-----\nFrom: 山吹園芸 出荷係\nSent: 2025/10/10 17:30\n\n"
          "台風の影響で圃場からの掘り取りができず、出荷が3日ほど遅れます。申し訳ございません。\n"),
)

_pdf88 = people(10, age=(45, 90))
add(
    id="landscaping-088", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="PDF of 10 households' names and addresses for envelope printing, sent to the printer",
    charset="iso-2022-jp", sender=frm("takanashi"),
    to=["dm@nishiki-insatsu.co.jp"],
    subject="年間管理契約 更新案内 封筒宛名",
    body=("錦印刷 DM担当様\n\nお世話になっております。日の出産業の小鳥遊です。\n"
          "年間管理契約の更新案内の封筒宛名です（10件）。窓なし長3封筒への宛名印字をお願いします。\n\n"
          + sig("takanashi", 1)),
    attachments=[{"kind": "pdf", "name": "宛名リスト_更新案内.pdf", "title": "宛名リスト",
                  "lines": ["年間管理契約 更新案内 宛名リスト（10件）", ""],
                  "table": [["郵便番号", "住所", "氏名"]] + [[f"〒{pp['zip']}", pp["addr"], pp["name"] + " 様"]
                                                      for pp in _pdf88]}],
)

_t89 = people(9, age=(40, 90))
add(
    id="landscaping-089", expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="weekly crew schedule with 9 households, sent to an internal subdomain list only",
    charset="cp932", sender=frm("domeki"),
    to=[f"zouen-team@mail.{DOM}"],
    subject="来週の巡回予定（11/17〜11/21）",
    body=("造園チーム各位\n\n百目鬼です。来週の巡回予定です。\n\n"
          + "\n".join(f"＜{d}＞\n{pp['name']}様\n{pp['addr']}\n{pp['tel']}\n班：{crew}\n"
                      for d, pp, crew in zip(["11/17 月"] * 2 + ["11/18 火"] * 2 + ["11/19 水"] * 2
                                             + ["11/20 木"] * 2 + ["11/21 金"], _t89,
                                             ["A班", "B班"] * 4 + ["A・B合同"]))
          + "\n雨天時は木曜を予備日にします。\n"),
)

_g90 = person("M", age=(45, 55))
add(
    id="landscaping-090", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a subcontracted gardener's past arrest and conviction shared with another company",
    charset="utf-8", sender=frm("tsuyuri"),
    to=["緑が丘興産 工務部 <koumu@midorigaoka-kousan.co.jp>"],
    subject="協力業者の件（ご相談）",
    body=("緑が丘興産株式会社\n工務部 長尾様\n\nお世話になっております。日の出産業の栗花落です。\n"
          "先日ご紹介いただいた協力業者の件で、念のためお伝えしておきます。\n\n"
          f"{_g90['name']}さん（{_g90['sei']}植木）ですが、2019年に顧客宅での窃盗で逮捕され、\n"
          "執行猶予付きの有罪判決を受けていたことが、本人の申告で分かりました。\n"
          "弊社では鍵をお預かりするお宅の作業には入れない方針とします。\n"
          "御社の現場でも、個人邸の単独作業は避けていただいたほうがよいかと存じます。\n\n"
          + sig("tsuyuri", 0)),
)


# == 091–100 ===============================================================================

_ap = people(5, age=(19, 45))
add(
    id="landscaping-091", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five job applicants' birth dates, addresses and phones passed on to another gardening firm",
    charset="iso-2022-jp", sender=frm("watanuki"),
    to=["舎人 <info@niwashi-kobo.jp>"],
    subject="季節アルバイト応募者のご紹介",
    body=("庭師工房 舎人様\n\nお世話になっております。日の出産業 総務の四月一日です。\n"
          "秋の剪定シーズンの短期アルバイト募集に、想定より多くの応募がありました。\n"
          "弊社で採用しきれなかった方のうち、御社をご紹介してよいと了承いただいた5名です。\n\n"
          + "\n".join(f"{'①②③④⑤'[i]} {pp['name']}（{pp['kana']}）{wareki(*pp['dob'], style='abbr')}生 {pp['age']}歳\n"
                      f"　 {pp['addr']} ／ {pp['mob']}\n"
                      f"　 {R.choice(['造園科卒', '経験なし、体力に自信あり', '植木屋で3年勤務', '刈払機講習修了', '普通免許あり'])}"
                      for i, pp in enumerate(_ap))
          + "\n\n直接ご連絡いただいて構いません。\n" + sig("watanuki", 0)),
)

_v92 = person("F", age=(82, 90))
add(
    id="landscaping-092", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="an elderly customer having been the victim of a fraud, with her address, to a gardener on gmail",
    charset="cp932", sender=frm("sakamaki"),
    to=["tsukumo.niwa.1962@gmail.com"],
    subject=f"{_v92['sei']}様宅 訪問時のお願い",
    body=("九十九さん\n\n坂巻です。明日の" + _v92["sei"] + "様宅の件でお願いです。\n\n"
          f"{_v92['name']}様（{_v92['addr']}）は、先月、屋根の点検を装った業者に\n"
          "約180万円をだまし取られる詐欺の被害に遭われ、警察に被害届を出されています。\n"
          "知らない業者をとても警戒されているので、到着したら必ず「日の出産業の九十九です」と名乗り、\n"
          "当社の名札を見せてから作業に入ってください。追加工事の提案は一切しないでください。\n\n坂巻\n"),
)

add(
    id="landscaping-093", expect="pass", entities=[], detectors=[],
    note="annual grounds-maintenance quote to the partner food company",
    charset="utf-8", sender=frm("sakamaki"),
    to=["soumu-hachioji@kitaguni-foods.co.jp"],
    subject="八王子工場 構内緑地 年間管理のお見積",
    body=("北国フーズ株式会社\n八王子工場 総務部 大塚様\n\nいつもお世話になっております。日の出産業の坂巻です。\n"
          "構内緑地の年間管理について、お見積をお送りいたします。\n\n"
          "　・芝刈り（年8回）　　　　　　　　　 704,000円\n"
          "　・高木剪定（年1回、42本）　　　　　 924,000円\n"
          "　・生垣刈込み（年2回、延長280m）　　 616,000円\n"
          "　・除草・清掃（年6回）　　　　　　　 528,000円\n"
          "　　合計（税抜）　　　　　　　　　　2,772,000円\n\n"
          "食品工場とのことで、薬剤散布は事前にSDSをご提出のうえ、生産停止日に実施いたします。\n"
          + sig("sakamaki", 0) + DISCLAIMER_JP),
)

_r94 = person("M", age=(65, 80))
add(
    id="landscaping-094", expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a customer's religion (creed) tied to his name and address, sent to a stone supplier",
    charset="iso-2022-jp", sender=frm("moriyama"),
    to=["影山石材 <info@ishiya-kageyama.co.jp>"],
    subject="庭石・灯籠の選定について（" + _r94["sei"] + "様邸）",
    body=("影山石材 影山様\n\nお世話になっております。日の出産業 設計の森山です。\n"
          f"{_r94['name']}様邸（{_r94['addr']}）の庭改修で使う石材のご相談です。\n\n"
          f"{_r94['sei']}様はカトリックの信者で、毎週教会に通われている方です。\n"
          "仏教的な意匠（春日灯籠、地蔵、五輪塔など）は避けてほしいとのご要望ですので、\n"
          "洋風の石材か、意匠のない自然石での構成をご提案いただけますでしょうか。\n\n"
          "現地を見ていただける日程もご相談させてください。\n" + sig("moriyama", 0)),
)

add(
    id="landscaping-095", expect="pass", entities=[], detectors=[],
    note="English export enquiry reply about Japanese maples to an overseas buyer; business only",
    charset="utf-8", sender=frm("domeki"),
    to=["Pieter de Vries <pieter@boomkwekerij-devries.nl>"],
    subject="Re: Japanese maples for export - availability",
    body=("Dear Mr. de Vries,\n\nThank you for your enquiry.\n\n"
          "We can supply the following from our partner nurseries for shipment in February:\n"
          "  Acer palmatum 'Sango-kaku', 150-180 cm, root-balled  x 20\n"
          "  Acer palmatum 'Seiryu', 120-150 cm, container        x 15\n"
          "  Acer palmatum (seedling), multi-stem, 250 cm         x 6\n\n"
          "All plants will be inspected for the phytosanitary certificate and shipped via Yokohama. "
          "Please note our quotation HS-EXP-2511 is FOB Yokohama.\n\n"
          "Best regards,\nTsuyoshi Domeki\nHinode Sangyo Co., Ltd.\n" + DISCLAIMER_EN
          + "\nOn 12 Nov 2025, Pieter de Vries wrote:\n> Dear Sirs, do you have Sango-kaku available "
          "for spring delivery? Kind regards, Pieter\n"),
)

_sup = [("山吹園芸 受注係", "juchu@yamabuki-engei.co.jp"), ("楠ナーセリー 営業部", "eigyo@kusunoki-nursery.jp"),
        ("花水木樹園", "info@hanamizuki-juen.co.jp"), ("安行植木センター", "sales@angyo-ueki.jp"),
        ("房総グリーンファーム", "order@boso-greenfarm.com"), ("影山石材", "info@ishiya-kageyama.co.jp")]
add(
    id="landscaping-096", expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="year-end greeting to six supplier companies all visible in To instead of Bcc",
    charset="cp932", sender=frm("tsuyuri"),
    to=[f"{n} <{a}>" for n, a in _sup],
    subject="年末のご挨拶（日の出産業 造園緑化部）",
    body=("お取引先各位\n\n拝啓　師走の候、貴社ますますご清栄のこととお慶び申し上げます。\n"
          "本年も格別のお引き立てを賜り、厚く御礼申し上げます。\n\n"
          "年末年始の休業期間は下記のとおりです。\n　12月28日（日）〜1月5日（月）\n"
          "休業中の納品はお受けできませんのでご了承ください。\n\n"
          "来年も変わらぬご愛顧のほど、よろしくお願い申し上げます。\n敬具\n" + sig("tsuyuri", 0)),
)

add(
    id="landscaping-097", expect="pass", entities=[], detectors=[],
    note="new-year business notice to suppliers, correctly all in Bcc",
    charset="iso-2022-jp", sender=frm("tsuyuri"),
    to=[f"日の出産業 造園緑化部 <zouen@{DOM}>"], bcc=[a for _, a in _sup],
    subject="新年の営業開始と発注窓口変更のお知らせ",
    body=("お取引先各位\n\n新年あけましておめでとうございます。本年もよろしくお願い申し上げます。\n\n"
          "1月6日（火）より通常営業いたします。\n"
          "また、2月より樹木・資材の発注窓口を工務係 百目鬼に一本化いたします。\n"
          "発注書の送付先：hatchu-zouen@hinode-sangyo.co.jp\n\n"
          "※本メールはBccにてお送りしております。\n" + sig("tsuyuri", 0)),
)

add(
    id="landscaping-098", expect="stop", entities=[], detectors=["confidential_marking"],
    note="bid-strategy DOCX with a 社外秘 header and classification line, sent to an outside consultant",
    charset="utf-8", sender=frm("ishigami"),
    to=["緑地コンサルタント 樋口 <higuchi@ryokuchi-consul.jp>"],
    subject="指定管理者公募 提案骨子のご確認",
    body=("樋口様\n\nお世話になっております。日の出産業の石神です。\n"
          "小菅谷市の公園指定管理者公募に向けた提案骨子をお送りします。\n"
          "価格の考え方について、率直なご意見をいただけますと幸いです。\n\n" + sig("ishigami", 0)),
    attachments=[{"kind": "docx", "name": "指定管理提案骨子_v2.docx", "page_header": "社外秘",
                  "page_footer": "日の出産業株式会社 公共緑地係", "title": "提案骨子",
                  "paragraphs": ["区分：社外秘", "小菅谷市 公園指定管理者 公募 提案骨子（第2版）",
                                 "1. 基本方針：地域協働型の公園運営", "2. 収支計画：指定管理料 年間9,800万円（上限の94%）",
                                 "3. 競合想定：他2社。価格で3%以上下回る想定", "4. 自主事業：キッチンカー誘致、樹木観察会"]}],
)

add(
    id="landscaping-099", expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached completion report PDF is damaged and cannot be read",
    charset="cp932", sender=frm("sakamaki"),
    to=["fm-tama@kanri-sakae.co.jp"],
    subject="ケヤキ強剪定 完了報告書の送付",
    body=("栄マンション管理 笹本様\n\nお世話になっております。日の出産業の坂巻です。\n"
          "グランフォレスト多摩のケヤキ強剪定（2本）が完了しましたので、完了報告書（写真付き）をお送りします。\n"
          "理事会でご報告いただく際にお使いください。\n\n" + sig("sakamaki", 1)),
    attachments=[{"kind": "corrupt", "name": "完了報告書_ケヤキ強剪定.pdf"}],
)

add(
    id="landscaping-100", expect="pass", entities=[], detectors=["freemail_recipient"],
    note="before/after photos to one customer on gmail",
    charset="iso-2022-jp", sender=frm("sakamaki"),
    to=["tomo.gardenlove@gmail.com"],
    subject="剪定後のお庭の写真",
    body=(f"{_c['sei']}様\n\n先日はありがとうございました。日の出産業の坂巻です。\n"
          "作業前と作業後のお写真をお送りします。\n松の枝ぶりがすっきりして、お部屋も明るくなったかと思います。\n\n"
          "次回は秋（10月頃）のお手入れをおすすめしております。\n" + sig("sakamaki", 4)),
    attachments=[{"kind": "png", "name": "before.png"}, {"kind": "png", "name": "after.png"}],
)
