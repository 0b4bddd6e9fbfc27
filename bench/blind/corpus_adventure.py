"""Blind evaluation corpus, area: adventure.

An outdoor-activity and adventure-tour operator (日の出産業株式会社 アウトドア事業部
「ひので山旅」): participants' waivers and medical declarations, emergency contacts,
guides' certifications, accident reports, insurers, mountain huts and rescue services,
foreign tourists.

Every person, number, address, account and domain other than the organisation's own and
its listed partners is invented; any likeness to a real one is chance.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random
import re
import unicodedata

from build import card_number, my_number

SEED = 14101
rng = random.Random(SEED)
_counter = [SEED]


def _next_n() -> int:
    n = _counter[0]
    _counter[0] += 1
    return n


def mn() -> str:
    """the next check-digit-valid My Number (n counts up from SEED)."""
    return my_number(_next_n())


def cc() -> str:
    """the next Luhn-valid card number (n counts up from SEED, shared with mn())."""
    return card_number(_next_n())


_ZEN = str.maketrans("0123456789-.()/:SHRT", "０１２３４５６７８９－．（）／：ＳＨＲＴ")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def grp4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int, fill: str = " ") -> str:
    s = str(s)
    gap = w - width(s)
    if fill == "\u3000":
        return s + "\u3000" * (gap // 2) + " " * (gap % 2)
    return s + fill * max(gap, 0)


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def landline() -> str:
    area, a, b = rng.choice([("03", 4, 4), ("0263", 2, 4), ("026", 3, 4), ("045", 3, 4),
                             ("06", 4, 4), ("052", 3, 4), ("048", 3, 4), ("0278", 2, 4),
                             ("011", 3, 4), ("075", 3, 4)])
    return f"{area}-{rng.randint(10 ** (a - 1), 10 ** a - 1)}-{rng.randint(1000, 9999)}"


def dob(lo: int = 1955, hi: int = 2004) -> tuple[int, int, int]:
    return (rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def iso(t: tuple[int, int, int]) -> str:
    return f"{t[0]:04d}-{t[1]:02d}-{t[2]:02d}"


def slash(t: tuple[int, int, int]) -> str:
    return f"{t[0]:04d}/{t[1]:02d}/{t[2]:02d}"


def kanji_date(t: tuple[int, int, int]) -> str:
    return f"{t[0]}年{t[1]}月{t[2]}日"


def age(t: tuple[int, int, int], ref: int = 2026) -> int:
    return ref - t[0] - 1 + (1 if (t[1], t[2]) <= (6, 1) else 0)


def wareki(t: tuple[int, int, int], style: str = "long") -> str:
    y, m, d = t
    if y < 1989 or (y == 1989 and m == 1 and d < 8):
        era, short, n = "昭和", "S", y - 1925
    elif y < 2019 or (y == 2019 and m < 5):
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "令和", "R", y - 2018
    if style == "long":
        return f"{era}{'元' if n == 1 else n}年{m}月{d}日"
    if style == "zenlong":
        return f"{era}{zen(str(n))}年{zen(str(m))}月{zen(str(d))}日"
    if style == "short":
        return f"{short}{n}.{m}.{d}"
    return zen(f"{short}{n}.{m}.{d}")  # "zenshort"


_PLACES = [
    ("390", "長野県", "松本市", "中央"), ("399", "長野県", "安曇野市", "豊科"),
    ("154", "東京都", "世田谷区", "太子堂"), ("223", "神奈川県", "横浜市港北区", "日吉本町"),
    ("330", "埼玉県", "さいたま市浦和区", "岸町"), ("273", "千葉県", "船橋市", "本町"),
    ("564", "大阪府", "吹田市", "千里山西"), ("466", "愛知県", "名古屋市昭和区", "御器所"),
    ("166", "東京都", "杉並区", "高円寺南"), ("379", "群馬県", "利根郡みなかみ町", "月夜野"),
    ("606", "京都府", "京都市左京区", "北白川"), ("420", "静岡県", "静岡市葵区", "鷹匠"),
    ("657", "兵庫県", "神戸市灘区", "六甲台町"), ("980", "宮城県", "仙台市青葉区", "木町通"),
    ("064", "北海道", "札幌市中央区", "南十四条西"), ("810", "福岡県", "福岡市中央区", "赤坂"),
    ("951", "新潟県", "新潟市中央区", "西堀通"), ("930", "富山県", "富山市", "総曲輪"),
    ("177", "東京都", "練馬区", "石神井町"), ("211", "神奈川県", "川崎市中原区", "木月"),
]


def address(with_zip: bool = True, full_width: bool = False) -> str:
    z, pref, city, town = rng.choice(_PLACES)
    body = f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    if full_width:
        body = zen(body)
    if with_zip:
        code = f"{z}-{rng.randint(0, 9999):04d}"
        return f"〒{zen(code) if full_width else code} {body}"
    return body


_SURNAMES = [
    ("小鳥遊", "たかなし", "Takanashi"), ("四十物", "あいもの", "Aimono"),
    ("東海林", "しょうじ", "Shoji"), ("勅使河原", "てしがわら", "Teshigawara"),
    ("五百旗頭", "いおきべ", "Iokibe"), ("佐々木", "ささき", "Sasaki"),
    ("高橋", "たかはし", "Takahashi"), ("渡部", "わたなべ", "Watanabe"),
    ("長谷部", "はせべ", "Hasebe"), ("百目鬼", "どうめき", "Domeki"),
    ("一寸木", "ますき", "Masuki"), ("宇佐美", "うさみ", "Usami"),
    ("春日井", "かすがい", "Kasugai"), ("猪狩", "いがり", "Igari"),
    ("及川", "おいかわ", "Oikawa"), ("丹羽", "にわ", "Niwa"), ("仁科", "にしな", "Nishina"),
    ("穂積", "ほづみ", "Hozumi"), ("漆原", "うるしばら", "Urushibara"),
    ("蓮見", "はすみ", "Hasumi"), ("鬼頭", "きとう", "Kito"),
    ("館林", "たてばやし", "Tatebayashi"), ("和久井", "わくい", "Wakui"),
    ("都築", "つづき", "Tsuzuki"), ("水越", "みずこし", "Mizukoshi"), ("茅野", "ちの", "Chino"),
    ("御手洗", "みたらい", "Mitarai"), ("生田目", "なまため", "Namatame"),
    ("羽生", "はにゅう", "Hanyu"), ("藤堂", "とうどう", "Todo"),
    ("片桐", "かたぎり", "Katagiri"), ("日下部", "くさかべ", "Kusakabe"),
    ("早乙女", "さおとめ", "Saotome"), ("伊達", "だて", "Date"),
    ("杉浦", "すぎうら", "Sugiura"), ("今泉", "いまいずみ", "Imaizumi"),
    ("砂川", "すながわ", "Sunagawa"), ("野々村", "ののむら", "Nonomura"),
    ("岩城", "いわき", "Iwaki"), ("道祖土", "さいど", "Saido"),
    ("廿楽", "つづら", "Tsuzura"), ("米倉", "よねくら", "Yonekura"),
]
_GIVEN = [
    ("陽菜", "ひな", "Hina", "女"), ("結衣", "ゆい", "Yui", "女"), ("美咲", "みさき", "Misaki", "女"),
    ("千尋", "ちひろ", "Chihiro", "女"), ("真由美", "まゆみ", "Mayumi", "女"),
    ("恵子", "けいこ", "Keiko", "女"), ("彩花", "あやか", "Ayaka", "女"),
    ("律子", "りつこ", "Ritsuko", "女"), ("楓", "かえで", "Kaede", "女"), ("葵", "あおい", "Aoi", "女"),
    ("沙織", "さおり", "Saori", "女"), ("朋美", "ともみ", "Tomomi", "女"),
    ("翔太", "しょうた", "Shota", "男"), ("大輝", "だいき", "Daiki", "男"),
    ("健一", "けんいち", "Kenichi", "男"), ("隆之", "たかゆき", "Takayuki", "男"),
    ("蓮", "れん", "Ren", "男"), ("悠真", "ゆうま", "Yuma", "男"), ("誠司", "せいじ", "Seiji", "男"),
    ("和也", "かずや", "Kazuya", "男"), ("拓海", "たくみ", "Takumi", "男"), ("修", "おさむ", "Osamu", "男"),
    ("直樹", "なおき", "Naoki", "男"), ("浩二", "こうじ", "Koji", "男"),
]


def people(n: int) -> list[dict[str, str]]:
    """n invented people, no surname twice."""
    out = []
    for s in rng.sample(_SURNAMES, n):
        g = rng.choice(_GIVEN)
        out.append({"kanji": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
                    "kata": "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c
                                    for c in f"{s[1]} {g[1]}"),
                    "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2]}",
                    "last": s[2].lower(), "first": g[2].lower(), "sex": g[3]})
    return out


_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.com"]


def freemail(p: dict[str, str], domain: str | None = None) -> str:
    d = domain or rng.choice(_FREEMAIL)
    style = rng.randrange(3)
    local = (f"{p['first']}.{p['last']}" if style == 0 else
             f"{p['last']}{rng.randint(10, 99)}" if style == 1 else
             f"{p['first'][0]}{p['last']}.{rng.choice(['mt', 'hike', 'trail', 'yama'])}")
    return f"{local}@{d}"


_FOREIGN = [
    ("Oliver", "Brennan", "United Kingdom", "+44 7700 9{:05d}"),
    ("Chloe", "Bramwell", "Australia", "+61 4{:02d} 555 {:03d}"),
    ("Mateo", "Alvarez", "Spain", "+34 6{:02d} 55 {:04d}"),
    ("Hannah", "Lindqvist", "Sweden", "+46 70 5{:02d} {:04d}"),
    ("Wei Ling", "Tan", "Singapore", "+65 9{:03d} {:04d}"),
    ("Siddharth", "Rao", "India", "+91 98{:03d} {:05d}"),
    ("Lukas", "Hofbauer", "Austria", "+43 664 5{:02d} {:04d}"),
    ("Emma", "Vasseur", "France", "+33 6 55 {:02d} {:02d} 10"),
    ("Noah", "Whitfield", "United States", "+1 (303) 555-{:04d}"),
    ("Isla", "McKenna", "New Zealand", "+64 21 55{:02d} {:03d}"),
    ("Jonas", "Brandt", "Germany", "+49 151 55{:02d} {:04d}"),
    ("Ava", "Kowalczyk", "Canada", "+1 (604) 555-{:04d}"),
    ("Liam", "Fitzgerald", "Ireland", "+353 85 55{:02d} {:03d}"),
    ("Sanne", "van der Berg", "Netherlands", "+31 6 55{:02d} {:04d}"),
    ("Ethan", "Goldberg", "United States", "+1 (415) 555-{:04d}"),
    ("Felix", "Steiner", "Switzerland", "+41 79 555 {:02d} {:02d}"),
    ("Priya", "Raman", "Singapore", "+65 8{:03d} {:04d}"),
    ("Grace", "Holloway", "Australia", "+61 4{:02d} 555 {:03d}"),
]


def foreigners(n: int) -> list[dict[str, str]]:
    out = []
    for first, last, country, tel in rng.sample(_FOREIGN, n):
        tel = re.sub(r"\{:0(\d)d\}", lambda m: "".join(str(rng.randint(0, 9)) for _ in range(int(m.group(1)))), tel)
        out.append({"name": f"{first} {last}", "first": first, "last": last,
                    "country": country, "tel": tel,
                    "passport": rng.choice("CEGKLNPRSX") + rng.choice("ABDHKM")
                    + str(rng.randint(1000000, 9999999)),
                    "email": f"{first.split()[0].lower()}.{last.replace(' ', '').lower()}"
                             f"@{rng.choice(['gmail.com', 'outlook.com', 'icloud.com'])}"})
    return out


def jp_passport() -> str:
    return rng.choice(["TK", "TZ", "MU", "TR", "TS"]) + str(rng.randint(1000000, 9999999))


def corporate_number(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def bank_account() -> tuple[str, str, str]:
    bank = rng.choice(["みどり銀行", "あずみ野信用金庫", "北アルプス銀行", "ゆうちょ銀行", "信州中央信金"])
    branch = rng.choice(["穂高支店", "松本駅前支店", "本店営業部", "豊科支店", "大町支店", "〇一八支店"])
    return bank, branch, f"普通 {rng.randint(1000000, 9999999)}"


# -- the organisation's people and their signatures ---------------------------------------

CO = "日の出産業株式会社 アウトドア事業部「ひので山旅」"
YAMAOKA = "山岡 隼人 <yamaoka.hayato@hinode-sangyo.co.jp>"
OKONOGI = "小此木 さやか <okonogi.sayaka@hinode-sangyo.co.jp>"
WASHIO = "鷲尾 健太 <washio.kenta@hinode-sangyo.co.jp>"
KURIKI = "栗城 まどか <kuriki.madoka@hinode-sangyo.co.jp>"
IJUIN = "Ryo Ijuin <ijuin.ryo@hinode-sangyo.co.jp>"
NEZU = "根津 美帆 <nezu.miho@hinode-sangyo.co.jp>"
YOMODA = "四方田 誠 <yomoda.makoto@hinode-sangyo.co.jp>"
YAEGASHI = "八重樫 徹 <yaegashi.toru@hinode-sangyo.co.jp>"
TOGASHI = "富樫 里奈 <togashi.rina@hinode-sangyo.co.jp>"

SIG_OKONOGI = """
――――――――――――――――――――――――
日の出産業株式会社 アウトドア事業部
ひので山旅 予約センター
小此木 さやか（おこのぎ さやか）
〒399-8301 長野県安曇野市穂高有明7721-3
TEL 0263-83-4410 ／ FAX 0263-83-4411
okonogi.sayaka@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_YAMAOKA = """
--
日の出産業株式会社
アウトドア事業部 ツアー企画課
山岡 隼人  Hayato Yamaoka
〒104-0032 東京都中央区八丁堀3-18-6 日の出ビル7F
TEL: 03-5542-7180（代） 携帯: 080-4471-2093
yamaoka.hayato@hinode-sangyo.co.jp"""

SIG_WASHIO = """
*******************************************
日の出産業株式会社 アウトドア事業部
安全管理室 室長  鷲尾 健太
TEL 0263-83-4415（直通） 緊急時 090-7723-1184
washio.kenta@hinode-sangyo.co.jp
*******************************************"""

SIG_KURIKI = """
―――――――――――――
ひので山旅 ガイド統括
栗城 まどか
（山岳ガイド協会認定 山岳ガイドステージII）
日の出産業株式会社 アウトドア事業部
TEL 0263-83-4412
―――――――――――――"""

SIG_IJUIN = """
Best regards,

Ryo Ijuin (伊集院 亮)
Inbound Sales, Hinode Yamatabi
Hinode Sangyo Co., Ltd. - Outdoor Division
7721-3 Hotaka-Ariake, Azumino, Nagano 399-8301, Japan
Tel +81-263-83-4418 | ijuin.ryo@hinode-sangyo.co.jp"""

SIG_NEZU = """
────────────────
日の出産業株式会社 管理本部 経理課
根津 美帆
TEL 03-5542-7185 ／ FAX 03-5542-7189
────────────────"""

SIG_YOMODA = """
==============================
日の出産業株式会社 総務人事部
四方田 誠（よもだ まこと）
〒104-0032 東京都中央区八丁堀3-18-6
TEL 03-5542-7181
=============================="""

SIG_YAEGASHI = """
--
八重樫 徹 / 情報システム課
日の出産業株式会社
内線 2204 / 03-5542-7190"""

SIG_TOGASHI = """
-------------------------------
ひので山旅 白馬ベース
富樫 里奈
〒399-9301 長野県北安曇郡白馬村北城6540-12
TEL 0261-72-3307
-------------------------------"""

DISC_JA = """
【ご注意】本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES: list[dict] = []


# ==== 001-010 ===========================================================================

_p = people(8)
_rows = []
for i, q in enumerate(_p, 1):
    b = dob(1952, 2001)
    _rows.append(f"{i:<3} {pad(q['kanji'], 14)} {q['sex']:<2}   {age(b):>3}  "
                 f"{pad(address(), 50)} {mobile()}")
MESSAGES.append({
    "id": "adventure-001", "expect": "stop",
    "sender": OKONOGI, "to": ["白嶺小屋 雨宮様 <yoyaku@shirane-goya.jp>"],
    "subject": "8/2(土) 白嶺岳縦走ツアー 宿泊者名簿の送付",
    "charset": "iso-2022-jp",
    "body": "白嶺小屋\n小屋番 雨宮様\n\nいつもお世話になっております。ひので山旅 予約センターの小此木です。\n"
            "8月2日（土）ご予約分「白嶺岳 縦走 2泊3日」の宿泊者名簿をお送りいたします。\n"
            "保健所提出用とのことでしたので、住所・連絡先もあわせて記載しております。\n\n"
            "No  氏名            性別 年齢  住所                                               電話\n"
            "--- -------------- ---- ---- -------------------------------------------------- -------------\n"
            + "\n".join(_rows) +
            "\n\nガイド2名（栗城・鷲尾）は従業員扱いのため名簿から除いております。\n"
            "夕食は8名＋ガイド2名の計10食でお願いいたします。\n" + SIG_OKONOGI,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8 participants' name/address/phone in space-padded columns to a mountain hut",
})

MESSAGES.append({
    "id": "adventure-002", "expect": "pass",
    "sender": YAMAOKA, "to": ["白嶺小屋 <yoyaku@shirane-goya.jp>"],
    "cc": ["小此木 さやか <okonogi.sayaka@hinode-sangyo.co.jp>"],
    "subject": "9月団体予約のお願い（ひので山旅）",
    "charset": "iso-2022-jp",
    "body": "白嶺小屋 ご担当者様\n\nいつもお世話になっております。日の出産業 ひので山旅の山岡です。\n"
            "来シーズンも引き続きよろしくお願いいたします。下記の団体予約をお願いできますでしょうか。\n\n"
            "  ・日程　　：2026年9月19日（土）～20日（日） 1泊\n"
            "  ・人数　　：参加者12名（男性5・女性7）＋ガイド2名　計14名\n"
            "  ・お部屋　：相部屋で結構です（女性は可能であれば別室希望）\n"
            "  ・食事　　：1泊2食、翌日お弁当14個\n"
            "  ・到着予定：15:30頃（天候により前後します）\n\n"
            "名簿は催行決定後（出発10日前）に予約センターからお送りします。\n"
            "お支払いは例年どおり月末締め翌月末のお振込みでお願いいたします。\n" + SIG_YAMAOKA,
    "entities": [], "detectors": [],
    "note": "group booking by head count only, no personal records",
})

_v = people(1)[0]
_b = (1968, 3, 14)
MESSAGES.append({
    "id": "adventure-003", "expect": "stop",
    "sender": WASHIO, "to": ["保坂 由紀子 <hosaka.yukiko@toho-anshin.co.jp>"],
    "subject": "【事故報告】7/19 白嶺岳北尾根 転倒事故（証券番号 ATK-2026-004417）",
    "charset": "iso-2022-jp",
    "body": "東邦あんしん損害保険株式会社\n企業営業部 保坂様\n\nお世話になっております。日の出産業の鷲尾です。\n"
            "先日お電話でご報告いたしました転倒事故につき、事故報告書を添付にてお送りします。\n"
            "被保険者（ツアー参加者）の通院状況は、分かり次第追ってご連絡いたします。\n\n"
            "ご査収のほどよろしくお願いいたします。\n" + SIG_WASHIO,
    "attachments": [{
        "kind": "docx", "name": "事故報告書_20260719_白嶺岳.docx", "title": "事故報告書",
        "paragraphs": [
            "事故報告書", "報告日：2026年7月22日　報告者：安全管理室 鷲尾 健太",
            "1. 発生日時　2026年7月19日（日）10時40分頃",
            "2. 発生場所　白嶺岳 北尾根 標高約2,350m 鎖場下のガレ場",
            "3. ツアー名　白嶺岳 縦走 2泊3日（催行番号 HY26-0719-02）",
            f"4. 被災者　氏名：{_v['kanji']}（{_v['kana']}）　性別：{_v['sex']}",
            f"　　生年月日：{kanji_date(_b)}（{age(_b)}歳）",
            f"　　住所：{address()}　電話：{mobile()}",
            "5. 傷病名　右橈骨遠位端骨折（やまびこ総合病院 整形外科にて7/19診断）",
            "6. 既往歴（参加時の健康申告書より）　高血圧症（降圧剤服用中）",
            "7. 経過　下降中に浮石に乗りバランスを崩し右手をついて転倒。ガイドが副木固定し、",
            "　　自力歩行にて白嶺小屋まで下山。翌朝ヘリ搬送は不要と判断し、徒歩下山後に受診。",
            "8. 再発防止策　ガレ場通過時のロープ確保基準を見直し（別紙）",
        ],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "accident report in DOCX: one participant's diagnosis and medical history to the insurer",
})

MESSAGES.append({
    "id": "adventure-004", "expect": "pass",
    "sender": WASHIO,
    "to": ["安全管理委員会 <anzen-iinkai@hinode-sangyo.co.jp>"],
    "cc": ["栗城 まどか <kuriki.madoka@hinode-sangyo.co.jp>", "山岡 隼人 <yamaoka.hayato@hinode-sangyo.co.jp>"],
    "subject": "7/19 北尾根転倒事故 第一報（社内共有）",
    "charset": "cp932",
    "body": "安全管理委員各位\n\n鷲尾です。7/19の転倒事故について社内共有します（社外への転送はしないでください）。\n\n"
            f"被災者：{_v['kanji']} 様（{age(_b)}歳・リピーター5回目）\n"
            "診断　：右橈骨遠位端骨折（やまびこ総合病院）。全治約8週間の見込み。\n"
            "既往歴：高血圧症で服薬中と健康申告書に記載あり。当日朝の血圧測定は148/92で参加可と判断。\n"
            "担当ガイド：栗城（リード）、補助 蓮田\n\n"
            "・保険会社（東邦あんしん）へは本日報告書を提出済み\n"
            "・ご本人へのお見舞いは山岡さんから7/24に訪問予定\n"
            "・7/28の委員会で原因分析を行います。各自ヒヤリハット記録の確認をお願いします。\n"
            + SIG_WASHIO,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "medical details of a participant, but every recipient is internal",
})

_g = foreigners(7)
MESSAGES.append({
    "id": "adventure-005", "expect": "stop",
    "sender": IJUIN, "to": ["雲居山荘 フロント <front@kumoi-sanso.jp>"],
    "subject": "9/12 外国籍のお客様 宿泊者名簿（Summit & Sea Travel 手配分）",
    "charset": "utf-8",
    "body": "雲居山荘 フロントご担当者様\n\nお世話になっております。ひので山旅 インバウンド担当の伊集院です。\n"
            "9月12日チェックインのオーストラリア旅行会社手配グループ（7名）につき、\n"
            "旅館業法に基づく外国人宿泊者の旅券情報を添付のExcelにまとめました。\n"
            "当日はパスポートの写しもガイドが持参いたします。\n\n何卒よろしくお願いいたします。\n\n"
            "伊集院 亮\nひので山旅 インバウンド営業\nTEL 0263-83-4418",
    "attachments": [{
        "kind": "xlsx", "name": "guest_register_0912_kumoi.xlsx",
        "sheets": {"宿泊者名簿": [
            ["外国人宿泊者名簿　2026/09/12 チェックイン　雲居山荘", "", "", "", "", ""],
            ["手配：Summit & Sea Travel Pty Ltd ／ 引率ガイド：伊集院", "", "", "", "", ""],
            [],
            ["No.", "Name", "Nationality", "Passport No.", "Date of Birth", "Home address"],
        ] + [[i, g["name"], g["country"], g["passport"], iso(dob(1958, 1999)),
              rng.choice(["12 Harbour St, Sydney", "Flat 3, 41 Kings Rd, Bristol", "Calle Mayor 8, Madrid",
                          "Storgatan 14, Uppsala", "88 Tanjong Rd, Singapore", "5 Lake View, Pune",
                          "Hauptstr. 21, Graz"])]
             for i, g in enumerate(_g, 1)],
            "部屋割り": [["部屋", "人数"], ["桔梗", 3], ["竜胆", 4]]},
    }],
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "passport numbers and birth dates of 7 foreign guests in an XLSX with a title row",
})

MESSAGES.append({
    "id": "adventure-006", "expect": "stop",
    "sender": YAMAOKA, "to": ["栗城 まどか <kuriki.madoka@hinode-sangyou.co.jp>"],
    "subject": "9月ガイド配置案（たたき台）",
    "charset": "iso-2022-jp",
    "body": "栗城さん\n\nお疲れさまです、山岡です。\n9月のガイド配置のたたき台を作りました。\n\n"
            "  9/5-6   白嶺岳 縦走        リード：栗城　サブ：蓮田\n"
            "  9/12-13 雲居平 テント泊    リード：鷲尾　サブ：外部（調整中）\n"
            "  9/19-20 白嶺岳 団体        リード：栗城　サブ：富樫\n"
            "  9/26    沢登り 入門        リード：外部ガイド 2名\n\n"
            "外部ガイドの日当は前年と同じ想定です。来週の定例で確定させましょう。\n\n山岡",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "meant for a colleague but sent to hinode-sangyou.co.jp (letter added to own domain)",
})

_c = people(1)[0]
MESSAGES.append({
    "id": "adventure-007", "expect": "pass",
    "sender": OKONOGI, "to": [f"{_c['kanji']} <{freemail(_c, 'gmail.com')}>"],
    "subject": "【ひので山旅】ご予約確認書（予約番号 HY-26-08417）",
    "charset": "iso-2022-jp",
    "body": f"{_c['kanji']} 様\n\nこのたびは「ひので山旅」をご予約いただき誠にありがとうございます。\n"
            "ご予約内容を下記のとおり確認いたしましたのでお知らせします。\n\n"
            "━━━━━━━━━━━━━━━━━━━━\n"
            "予約番号　：HY-26-08417\n"
            "ツアー名　：初秋の雲居平 花と池塘めぐり 1泊2日\n"
            "出発日　　：2026年9月12日（土）\n"
            "人数　　　：2名様\n"
            "旅行代金　：お一人様 46,800円 × 2名 ＝ 93,600円\n"
            "集合　　　：JR穂高駅 7:40（マイクロバスでご案内します）\n"
            "━━━━━━━━━━━━━━━━━━━━\n\n"
            "出発の14日前までに「参加同意書」と「健康申告書」をマイページからご提出ください。\n"
            "ご不明な点は予約センターまでお気軽にお問い合わせください。\n" + SIG_OKONOGI,
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "booking confirmation to the customer's own free-mail address: one recipient, own data",
})

_r = people(5)
_addrs = [freemail(q, d) for q, d in zip(_r, ["gmail.com", "yahoo.co.jp", "icloud.com",
                                               "docomo.ne.jp", "outlook.jp"])]
MESSAGES.append({
    "id": "adventure-008", "expect": "stop",
    "sender": OKONOGI, "to": [f"{q['kanji']} 様 <{a}>" for q, a in zip(_r, _addrs)],
    "subject": "【重要】9/6 雲居平テント泊ツアー 催行中止のお知らせ",
    "charset": "iso-2022-jp",
    "body": "ご参加予定の皆さま\n\nひので山旅 予約センターです。\n"
            "台風14号の接近により、9月6日（日）出発「雲居平テント泊ツアー」は催行を中止させていただきます。\n"
            "楽しみにしていただいていたところ大変申し訳ございません。\n\n"
            "・旅行代金は全額返金いたします（ご登録の口座またはカードへ、9/20までに）\n"
            "・10月の代替日程（10/3・10/17）へのお振替も承ります\n\n"
            "ご希望を本メールへの返信でお知らせください。\n" + SIG_OKONOGI,
    "entities": [], "detectors": ["external_recipients_visible", "freemail_recipient",
                                  "multiple_external_domains"],
    "note": "five customers' private addresses all in To: they can see each other (should be Bcc)",
})

_c = people(1)[0]
_card = cc()
MESSAGES.append({
    "id": "adventure-009", "expect": "stop",
    "sender": OKONOGI, "to": ["さくらホテル 松本 予約課 <reserve-matsumoto@sakura-hotel.jp>"],
    "subject": "Re: 10/10 前泊 ギャランティ用カード情報",
    "charset": "cp932",
    "body": "さくらホテル松本 予約課 御中\n\nお世話になっております。ひので山旅の小此木です。\n"
            "10/10前泊のお客様につき、到着が23時過ぎになるため、ギャランティ用のカード情報をいただきました。\n"
            "お客様ご本人の了承済みです。\n\n"
            f"　ご宿泊者：{_c['kanji']} 様（1名・シングル）\n"
            f"　カード番号：{grp4(_card, '-')}\n"
            f"　有効期限：{rng.randint(1, 12):02d}/{rng.randint(27, 31)}\n"
            f"　名義：{_c['ROMAJI'].upper()}\n\n"
            "ノーショーの場合のみ決済いただく形でお願いいたします。\n" + SIG_OKONOGI,
    "entities": ["PERSON_NAME", "CREDIT_CARD"], "detectors": ["personal_data"],
    "note": "a customer's full credit card number to a partner hotel",
})

MESSAGES.append({
    "id": "adventure-010", "expect": "pass",
    "sender": NEZU, "to": ["みどり銀行 松本支店 外為係 <gaitame.matsumoto@midori-ginko.co.jp>"],
    "subject": "外国送金依頼（9月分 現地手配料）",
    "charset": "iso-2022-jp",
    "body": "みどり銀行 松本支店\n外為ご担当者様\n\nいつもお世話になっております。日の出産業 経理課の根津です。\n"
            "下記のとおり外国送金をお願いいたします。依頼書原本は本日郵送いたしました。\n\n"
            "  送金先　　：Summit & Sea Travel Pty Ltd\n"
            "  銀行　　　：Coastal Commerce Bank, Brisbane Branch（SWIFT: CCBKAU2BXXX）\n"
            "  口座番号　：BSB 064-118 / Account 1044 7720\n"
            "  金額　　　：AUD 18,420.00\n"
            "  送金目的　：旅行手配料（インバウンドツアー 2026年8月催行分）\n"
            "  手数料　　：当方負担（OUR）\n\n"
            "ご不明点はお電話にてお問い合わせください。\n" + SIG_NEZU,
    "entities": [], "detectors": [],
    "note": "overseas remittance to a company account: business data only",
})


# ==== 011-020 ===========================================================================

_gd = people(6)
MESSAGES.append({
    "id": "adventure-011", "expect": "stop",
    "sender": YOMODA, "to": ["児玉税理士事務所 児玉先生 <kodama@kodama-tax.jp>"],
    "cc": ["根津 美帆 <nezu.miho@hinode-sangyo.co.jp>"],
    "subject": "支払調書（外部ガイド報酬）作成用データの送付",
    "charset": "cp932",
    "body": "児玉税理士事務所\n児玉 様\n\nいつも大変お世話になっております。日の出産業 総務人事部の四方田です。\n"
            "令和8年分「報酬、料金、契約金及び賞金の支払調書」作成用に、外部ガイド6名分のデータを\n"
            "添付いたします。個人番号は本人確認済み（通知カード／個人番号カードの写しを社内保管）です。\n\n"
            "源泉徴収税額は10.21％で計算済みですが、念のためご確認いただけますと幸いです。\n"
            + SIG_YOMODA,
    "attachments": [{
        "kind": "xlsx", "name": "支払調書データ_外部ガイド_R8.xlsx",
        "sheets": {
            "支払調書": [["令和8年分 報酬・料金等 支払調書 作成データ（日の出産業株式会社）"], [],
                        ["区分", "氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"]]
                       + [["外部ガイド報酬", q["kanji"], address(with_zip=False), mn(),
                           f"{(amt := rng.randint(18, 96) * 10000):,}", f"{int(amt * 0.1021):,}"]
                          for q in _gd],
            "備考": [["作成者", "四方田"], ["作成日", "2027/01/08"]],
        },
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], "detectors": ["personal_data"],
    "note": "six freelance guides' My Numbers and addresses in an XLSX to the tax accountant",
})

_gd = people(5)
MESSAGES.append({
    "id": "adventure-012", "expect": "pass",
    "sender": YOMODA, "to": ["根津 美帆 <nezu.miho@mail.hinode-sangyo.co.jp>"],
    "subject": "外部ガイド 個人番号一覧（源泉徴収票用）",
    "charset": "cp932",
    "body": "根津さん\n\n四方田です。源泉徴収票の作成に使う外部ガイドの個人番号一覧をCSVで添付します。\n"
            "作業が終わったらファイルは削除し、共有フォルダにも置かないでください。\n\n四方田",
    "attachments": [{
        "kind": "csv", "name": "guide_mynumber_R8.csv", "encoding": "cp932",
        "rows": [["氏名", "フリガナ", "個人番号", "生年月日"]]
                + [[q["kanji"], q["kata"], mn(), slash(dob(1965, 1995))] for q in _gd],
    }],
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"], "detectors": [],
    "note": "My Numbers, but the only recipient is internal (mail. subdomain)",
})

_ppl = people(9)
MESSAGES.append({
    "id": "adventure-013", "expect": "stop",
    "sender": OKONOGI, "to": ["やまなみ保険サービス 武藤様 <muto@yamanami-hoken.jp>"],
    "subject": "国内旅行傷害保険 加入者名簿（8/23出発分）",
    "charset": "iso-2022-jp",
    "body": "やまなみ保険サービス\n武藤様\n\nお世話になっております。ひので山旅の小此木です。\n"
            "8/23出発「沢登り入門」の加入者名簿をお送りします。\n"
            "ファイルにはパスワードを設定しております。パスワードは別メールにてお送りいたします。\n\n"
            "よろしくお願いいたします。\n" + SIG_OKONOGI,
    "attachments": [{
        "kind": "zip", "name": "加入者名簿_0823.zip", "password": "Hn#0823-trk",
        "files": [{"kind": "csv", "name": "kanyusha_0823.csv", "encoding": "cp932",
                   "rows": [["氏名", "生年月日", "電話"]]
                   + [[q["kanji"], slash(dob()), mobile()] for q in _ppl]}],
    }],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP): the attachment cannot be inspected",
})

MESSAGES.append({
    "id": "adventure-014", "expect": "pass",
    "sender": OKONOGI, "to": ["やまなみ保険サービス 武藤様 <muto@yamanami-hoken.jp>"],
    "subject": "【パスワード】国内旅行傷害保険 加入者名簿（8/23出発分）",
    "charset": "iso-2022-jp",
    "body": "武藤様\n\n先ほどお送りしたファイルのパスワードをお知らせします。\n\n"
            "　Hn#0823-trk\n\n"
            "※来月から弊社ではファイル共有サービスでの受け渡しに切り替える予定です。\n"
            "　詳細は改めてご案内いたします。\n\n小此木",
    "entities": [], "detectors": [],
    "note": "the password follow-up mail itself carries no personal data or attachment",
})

MESSAGES.append({
    "id": "adventure-015", "expect": "stop",
    "sender": YAMAOKA, "to": ["青葉運輸 営業部 大須賀様 <osuga@aoba-unyu.co.jp>"],
    "subject": "【社外秘】2027年度 貸切バス運行計画（案）",
    "charset": "iso-2022-jp",
    "body": "━━━━━━━━━━━━━━━━━━━━━━\n"
            "　社外秘　／　取扱：アウトドア事業部 限り\n"
            "━━━━━━━━━━━━━━━━━━━━━━\n\n"
            "青葉運輸株式会社\n営業部 大須賀様\n\nいつもお世話になっております。山岡です。\n"
            "来年度の運行計画（案）を共有いたします。まだ社内決裁前の数字ですので、\n"
            "お見積りの前提としてご覧ください。\n\n"
            "  期間         運行日数  車種              想定便数\n"
            "  -----------  --------  ----------------  --------\n"
            "  4月～6月           38  中型（27人乗り）        52\n"
            "  7月～8月           61  大型（45人乗り）        88\n"
            "  9月～11月          47  中型（27人乗り）        66\n"
            "  12月～3月          22  マイクロ（21人乗り）    25\n\n"
            "来年度は白馬発着便を新設予定で、上記の約2割を見込んでおります。\n"
            "11月末までにお見積りをいただけますと助かります。\n" + SIG_YAMAOKA,
    "entities": [], "detectors": ["confidential_marking"],
    "note": "mail stamped 社外秘 in subject and body block, sent to a partner",
})

MESSAGES.append({
    "id": "adventure-016", "expect": "pass",
    "sender": IJUIN, "to": ["ツバサシステム 営業部 能登様 <noto@tsubasa-system.jp>"],
    "subject": "Re: 秘密保持契約書（ドラフト）へのコメント",
    "charset": "utf-8",
    "body": "ツバサシステム株式会社\n能登様\n\nお世話になっております。伊集院です。\n"
            "秘密保持契約書のドラフトを拝受しました。法務と確認し、コメントを添付のとおり反映しました。\n\n"
            "主な修正点は次の3点です。\n"
            "1. 第2条「秘密情報」の定義から、公知情報・独自開発情報を除外する旨を明記\n"
            "2. 第7条の有効期間を契約終了後3年から2年に変更\n"
            "3. 第9条に個人情報の取扱いは別途「個人情報取扱覚書」による旨を追加\n\n"
            "ご確認のうえ、問題なければ押印版をお送りします。\n\n"
            "伊集院 亮\nひので山旅 インバウンド営業\n",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_ドラフト_v2_日の出コメント.docx",
        "paragraphs": ["秘密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                       "予約管理システム更改の検討に関し、次のとおり秘密保持契約を締結する。",
                       "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                       "第2条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した"
                       "技術上又は営業上の情報をいう。ただし、公知の情報及び受領者が独自に開発した情報を除く。",
                       "第7条（有効期間）本契約の有効期間は締結日から1年間とし、秘密保持義務は契約終了後2年間存続する。",
                       "【日の出コメント】第9条の追加文言は法務確認済み。"],
    }],
    "entities": [], "detectors": [],
    "note": "mail about an NDA draft: talk of 秘密情報, no marking, no personal data",
})

_v = people(1)[0]
MESSAGES.append({
    "id": "adventure-017", "expect": "stop",
    "sender": KURIKI, "to": ["みなかみリバーワークス 井出様 <ide@riverworks-minakami.jp>"],
    "subject": "7/27 午前便 参加者について事前共有",
    "charset": "iso-2022-jp",
    "body": "みなかみリバーワークス\n井出様\n\nお世話になっております。ひので山旅の栗城です。\n"
            "7/27（月）午前便にご参加予定のうち1名について、事前に共有させてください。\n\n"
            f"{_v['kanji']}様（34歳）は、てんかんの持病があり抗てんかん薬を服用中とのことです。\n"
            "ここ3年は発作がないそうですが、ご本人から「念のためガイドさんに伝えてほしい」との希望がありました。\n"
            "ボートは最後尾、ガイドさんのすぐ前の位置にしていただけると安心です。\n\n"
            "当日は私も同行しますので、よろしくお願いいたします。\n" + SIG_KURIKI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one named participant's illness (epilepsy) in a sentence to a rafting partner",
})

_w = people(1)[0]
MESSAGES.append({
    "id": "adventure-018", "expect": "pass",
    "sender": KURIKI, "to": ["みなかみリバーワークス 井出様 <ide@riverworks-minakami.jp>"],
    "subject": "RE: 8/3 キャニオニング 参加者の件",
    "charset": "iso-2022-jp",
    "body": "井出様\n\nご連絡ありがとうございます。承知しました。\n"
            "当日はこちらからもガイド2名体制で伺いますので、該当のお客様は私が担当します。\n"
            "集合は8:30 水上駅前のままで変更ありません。\n\n栗城\n\n"
            "-----Original Message-----\n"
            "差出人: 井出 昌平 <ide@riverworks-minakami.jp>\n"
            "送信日時: 2026年7月30日 17:12\n"
            "宛先: 栗城 まどか <kuriki.madoka@hinode-sangyo.co.jp>\n"
            "件名: 8/3 キャニオニング 参加者の件\n\n"
            "栗城様\n\n"
            f"8/3ご参加の{_w['kanji']}様ですが、弊社の申込書に「心疾患（ペースメーカー使用）」と\n"
            "記載がありました。飛び込みは見学にしていただく形でご本人にもお伝え済みです。\n"
            "念のため、ひので様側でも把握いただけますでしょうか。\n\n井出\n",
    "entities": [], "detectors": [],
    "note": "health detail only in the quoted original from the recipient himself; new text is clean",
})

_rows = []
for i in range(7):
    b = dob(1950, 2003)
    _rows.append("\t".join([f"K26-{rng.randint(1000, 9999)}", slash(b), rng.choice(["男", "女"]),
                            mobile(), f"{rng.choice(['390', '154', '466', '223', '606'])}-{rng.randint(0, 9999):04d}",
                            rng.choice(["Aプラン", "Bプラン"])]))
MESSAGES.append({
    "id": "adventure-019", "expect": "stop",
    "sender": OKONOGI, "to": ["山岳遭難共済会 加入受付 <uketsuke@sangaku-kyosai.or.jp>"],
    "subject": "団体加入申込（10月 秋山縦走コース）",
    "charset": "utf-8",
    "body": "山岳遭難共済会 加入受付ご担当者様\n\nお世話になっております。ひので山旅 予約センターです。\n"
            "10月 秋山縦走コースの団体加入をお願いいたします。\n"
            "氏名は申込番号で管理しておりますので、番号・生年月日・連絡先のみ記載しております。\n\n"
            "申込番号\t生年月日\t性別\t携帯電話\t郵便番号\tプラン\n" + "\n".join(_rows) +
            "\n\n掛金は弊社にて一括でお振込みいたします。\n" + SIG_OKONOGI,
    "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "7 tab-separated participant records without a name column (DOB, mobile) to a rescue mutual",
})

MESSAGES.append({
    "id": "adventure-020", "expect": "stop",
    "sender": OKONOGI, "to": ["さくらホテル 団体予約係 <dantai@sakura-hotel.co.jp>"],
    "subject": "10月 団体ブロック（客室）のお願い",
    "charset": "iso-2022-jp",
    "body": "さくらホテル 団体予約係 御中\n\nいつもお世話になっております。ひので山旅の小此木です。\n"
            "10月の紅葉ツアー用に、下記の客室ブロックをお願いできますでしょうか。\n\n"
            "　10/9（金）　ツイン 6室・シングル 2室\n"
            "　10/16（金）ツイン 8室・シングル 1室\n"
            "　10/23（金）ツイン 5室\n\n"
            "リリースは14日前でお願いいたします。料金は昨年同様の団体料金を希望いたします。\n" + SIG_OKONOGI,
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "partner is sakura-hotel.jp; sakura-hotel.co.jp is a look-alike (extra co.)",
})


# ==== 021-030 ===========================================================================

MESSAGES.append({
    "id": "adventure-021", "expect": "pass",
    "sender": IJUIN, "to": ["Megan Carroll <megan.carroll@summitsea-travel.com.au>"],
    "subject": "Mountain huts on the Shirane traverse - contacts and seasons",
    "charset": "utf-8",
    "body": "Hi Megan,\n\nAs promised on our call, here are the huts we use on the Shirane traverse, with their\n"
            "front-desk numbers and opening seasons, so your team can answer guests' questions.\n\n"
            "  Hut                 Elevation  Season            Front desk       Notes\n"
            "  ------------------  ---------  ----------------  ---------------  ---------------------------\n"
            "  Shirane-goya        2,480 m    Jul 1 - Oct 15    0263-77-2140     private rooms on request\n"
            "  Kumoi Sanso         2,210 m    Jun 20 - Oct 31   0263-77-3318     card payment accepted\n"
            "  Yarimi Hutte        2,650 m    Jul 10 - Oct 10   090-5532-0041    satellite phone in season\n"
            "  Misuzu Hutte        1,980 m    May 1 - Nov 3     0261-75-2006     drying room, vegetarian meals\n"
            "  Nakabusa Lodge      1,460 m    all year          0263-77-1295     hot spring, trailhead\n\n"
            "Misuzu and Nakabusa can also send luggage down by road if a guest needs to leave early.\n"
            "Let me know if you need the hut brochures in English.\n" + SIG_IJUIN,
    "entities": [], "detectors": [],
    "note": "a list of mountain huts (businesses) with their front-desk numbers, not people",
})

_p = people(6)
_hotels = ["ホテル穂高の杜", "さくらホテル松本", "ペンション山の音", "民宿 たかせ", "ゲストハウス Yamabiko", "ホテル穂高の杜"]
_tr = "".join(
    f"<tr><td>{i}</td><td>{q['kanji']}</td><td>{h}</td><td>{t}</td><td>{mobile()}</td></tr>\n"
    for i, (q, h, t) in enumerate(zip(_p, _hotels, ["6:40", "6:55", "7:05", "7:10", "7:20", "6:40"]), 1))
MESSAGES.append({
    "id": "adventure-022", "expect": "stop",
    "sender": TOGASHI, "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    "subject": "8/15 送迎リスト（白馬ベース発 栂池ルート）",
    "charset": "utf-8",
    "html": "<html><body style=\"font-family:'Meiryo',sans-serif\">\n"
            "<p>青葉運輸 配車センター 御中</p>\n"
            "<p>いつもお世話になっております。ひので山旅 白馬ベースの富樫です。<br>\n"
            "8/15（土）朝の送迎リストをお送りします。遅れる方がいた場合はドライバーさんから直接お電話いただけますと助かります。</p>\n"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"
            "<tr style=\"background:#dde\"><th>No</th><th>お名前</th><th>お迎え場所</th><th>時刻</th><th>携帯電話</th></tr>\n"
            + _tr +
            "</table>\n<p>車両：マイクロバス1台（21人乗り）でお願いいたします。</p>\n"
            "<p>--<br>ひので山旅 白馬ベース 富樫 里奈<br>TEL 0261-72-3307</p>\n</body></html>",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "HTML-only table of 6 participants with mobile numbers to the bus partner",
})

_p = people(3)
MESSAGES.append({
    "id": "adventure-023", "expect": "pass",
    "sender": TOGASHI, "to": ["安曇野観光タクシー 配車係 <haisha@azumino-kanko-taxi.co.jp>"],
    "subject": "8/16 途中下山のお客様 送迎のお願い",
    "charset": "iso-2022-jp",
    "body": "安曇野観光タクシー 配車係様\n\nお世話になっております。ひので山旅の富樫です。\n"
            "8/16（日）、ツアーを途中で切り上げて下山されるお客様が3名いらっしゃいます。\n"
            "中房温泉登山口 13:00発で穂高駅までの送迎をお願いできますでしょうか。\n\n"
            + "".join(f"・{q['kanji']} 様　携帯 {mobile()}\n" for q in _p) +
            "\n到着が前後する場合は各自からお電話が入るかと思います。よろしくお願いいたします。\n" + SIG_TOGASHI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "three customers with mobiles (fewer than five) to a taxi company: may warn, must go",
})

MESSAGES.append({
    "id": "adventure-024", "expect": "stop",
    "sender": WASHIO,
    "to": ["白嶺小屋 <yoyaku@shirane-goya.jp>", "雲居山荘 <front@kumoi-sanso.jp>",
           "槍見ヒュッテ <info@yarimi-hutte.jp>"],
    "subject": "北尾根ルート 一部崩落に伴うツアー行程変更のお知らせ",
    "charset": "iso-2022-jp",
    "body": "各山小屋 ご担当者様\n\nいつも大変お世話になっております。ひので山旅 安全管理室の鷲尾です。\n"
            "8/28の大雨で北尾根ルートの標高2,300m付近が一部崩落したとの情報を受け、\n"
            "9月中の弊社ツアーは以下のとおり行程を変更いたします。\n\n"
            "　・白嶺小屋：宿泊日は変更なし、到着が1時間ほど遅れる見込み\n"
            "　・雲居山荘：9/5・9/19の昼食休憩を取りやめ\n"
            "　・槍見ヒュッテ：9/12の宿泊を白嶺小屋へ振替（キャンセル料の扱いはご相談させてください）\n\n"
            "登山道の復旧状況について情報がありましたら、共有いただけますと幸いです。\n" + SIG_WASHIO,
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three different hut operators in To: external parties visible to each other",
})

MESSAGES.append({
    "id": "adventure-025", "expect": "pass",
    "sender": YAMAOKA,
    "to": ["青葉運輸 大須賀様 <osuga@aoba-unyu.co.jp>"],
    "cc": ["さくらホテル 松本 営業 石動様 <isurugi@sakura-hotel.jp>",
           "小此木 さやか <okonogi.sayaka@hinode-sangyo.co.jp>"],
    "subject": "秋の紅葉ツアー 三者打合せ日程のご相談",
    "charset": "iso-2022-jp",
    "body": "青葉運輸 大須賀様\n（cc：さくらホテル 石動様）\n\nお世話になっております。山岡です。\n"
            "秋の紅葉ツアー（10月・全6本）の運行・宿泊について、三者でお打合せの時間をいただけますでしょうか。\n\n"
            "候補日：9/8（火）14時～、9/10（木）10時～、9/11（金）15時～\n"
            "場所　：さくらホテル松本 2F 会議室（Teamsでのご参加も可）\n\n"
            "議題は、朝の送迎時刻、荷物の先送り、雨天時の代替行程の3点を予定しています。\n"
            "ご都合をお知らせください。\n" + SIG_YAMAOKA,
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external organisations (bus and hotel partners) in To/Cc: a normal three-way meeting mail",
})

MESSAGES.append({
    "id": "adventure-026", "expect": "stop",
    "sender": WASHIO, "to": ["保坂 由紀子 <hosaka.yukiko@toho-anshin.co.jp>"],
    "subject": "事故報告書（8/9 沢登り 滑落）ご送付",
    "charset": "iso-2022-jp",
    "body": "保坂様\n\nお世話になっております。鷲尾です。\n"
            "8/9 沢登りツアーでの滑落事故について、事故報告書をPDFでお送りします。\n"
            "個人情報を含むため、PDFにパスワードを設定しております。パスワードはお電話でお伝えします。\n\n"
            "よろしくお願いいたします。\n" + SIG_WASHIO,
    "attachments": [{
        "kind": "pdf", "name": "事故報告書_20260809.pdf", "password": "anshin0809",
        "title": "事故報告書 2026-08-09",
        "lines": ["事故報告書", "発生日時：2026年8月9日 11:20", "場所：小沢川 F3 滝上部",
                  f"被災者：{people(1)[0]['kanji']}（42歳）", "傷病：左足関節捻挫、頭部打撲"],
    }],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF cannot be inspected",
})

MESSAGES.append({
    "id": "adventure-027", "expect": "stop",
    "sender": OKONOGI, "to": ["雲居山荘 フロント <front@kumoi-sanso.jp>"],
    "subject": "9/13 宿泊者名簿",
    "charset": "cp932",
    "body": "雲居山荘 フロントご担当者様\n\nお世話になっております。ひので山旅の小此木です。\n"
            "9/13（日）ご宿泊分の名簿をExcelでお送りします。\n"
            "開けない場合はお手数ですがご連絡ください。\n" + SIG_OKONOGI,
    "attachments": [{"kind": "corrupt", "name": "宿泊者名簿_0913.xlsx"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the XLSX is corrupt and cannot be read",
})

_p = people(5)
_blocks = []
for i, q in enumerate(_p, 1):
    b = dob(1960, 1995)
    _blocks.append(
        f"［{zen(str(i))}］\n"
        f"　氏名（ふりがな）：{q['kanji']}（{q['kana']}）\n"
        f"　生年月日　　　　：{wareki(b, 'zenlong')}\n"
        f"　住所　　　　　　：{address(full_width=True)}\n"
        f"　携帯電話　　　　：{zen(mobile())}\n"
        f"　保有資格　　　　：{rng.choice(['登山ガイドステージII', '登山ガイドステージI', '山岳ガイドステージI', '自然ガイド'])}")
MESSAGES.append({
    "id": "adventure-028", "expect": "stop",
    "sender": KURIKI, "to": ["山岳ガイド協会 研修事務局 <kenshu@yamaguide.or.jp>"],
    "subject": "冬山技術講習会（１２月）受講申込",
    "charset": "iso-2022-jp",
    "body": "山岳ガイド協会 研修事務局 御中\n\nお世話になっております。日の出産業 ひので山旅の栗城です。\n"
            "１２月の冬山技術講習会に、弊社契約ガイド５名の受講を申し込みます。\n"
            "申込書様式に合わせて以下のとおり記載いたします。\n\n"
            + "\n\n".join(_blocks) +
            "\n\n受講料は請求書をいただき次第お振込みいたします。\n" + SIG_KURIKI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five guides, one block each, kana readings, 和暦 birth dates and full-width digits",
})

_p = people(10)
_depts = ["営業一課", "営業二課", "総務課", "経理課", "企画室", "営業一課", "人事課", "物流課", "企画室", "営業二課"]
_lines = "\n".join(f"{i:>2}. {q['kanji']}（{d}）　携帯 {mobile()}　{q['last']}.{q['first'][0]}@marumi-shoji.co.jp"
                   for i, (q, d) in enumerate(zip(_p, _depts), 1))
MESSAGES.append({
    "id": "adventure-029", "expect": "stop",
    "sender": IJUIN, "to": ["みなかみリバーワークス 井出様 <ide@riverworks-minakami.jp>"],
    "subject": "FW: 10/2 丸美商事様 チームビルディング研修 参加者一覧",
    "charset": "iso-2022-jp",
    "body": "井出様\n\nお世話になっております。伊集院です。\n"
            "丸美商事様の研修ラフティング、参加者一覧が届きましたので転送します。\n"
            "ライフジャケットのサイズ割り当てにお使いください。\n\n伊集院\n\n"
            "---------- Forwarded message ---------\n"
            "From: 丸美商事 総務課 鳩山 <hatoyama@marumi-shoji.co.jp>\n"
            "Date: 2026年9月14日(月) 11:05\n"
            "Subject: 10/2 チームビルディング研修 参加者一覧\n"
            "To: 伊集院 亮 <ijuin.ryo@hinode-sangyo.co.jp>\n\n"
            "伊集院様\n\n研修の参加者一覧をお送りします。当日の緊急連絡用に携帯番号も記載しました。\n\n"
            + _lines + "\n\nどうぞよろしくお願いいたします。\n丸美商事株式会社 総務課 鳩山\n",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "a forwarded client mail listing 10 employees with mobiles and e-mails: forwards count",
})

MESSAGES.append({
    "id": "adventure-030", "expect": "pass",
    "sender": IJUIN, "to": ["丸美商事 総務課 鳩山様 <hatoyama@marumi-shoji.co.jp>"],
    "subject": "Re: 10/2 チームビルディング研修 参加者一覧",
    "charset": "iso-2022-jp",
    "body": "鳩山様\n\n参加者一覧をお送りいただきありがとうございます。確かに受領いたしました。\n"
            "当日は水上駅 9:00集合、着替え・ロッカーは現地にございます。\n"
            "雨天でも催行いたしますが、増水時は渓流トレッキングに変更となる場合がございます。\n\n"
            "伊集院\n\n"
            "> 伊集院様\n>\n> 研修の参加者一覧をお送りします。当日の緊急連絡用に携帯番号も記載しました。\n>\n"
            + "\n".join("> " + l for l in _lines.split("\n")) +
            "\n>\n> どうぞよろしくお願いいたします。\n> 丸美商事株式会社 総務課 鳩山\n",
    "entities": [], "detectors": [],
    "note": "the 10-person list is only in '>' quoted text from the recipient's own mail",
})


# ==== 031-040 ===========================================================================

_d = people(1)[0]
_b = dob(1978, 1992)
MESSAGES.append({
    "id": "adventure-031", "expect": "stop",
    "sender": TOGASHI, "to": ["アルプスレンタカー 白馬営業所 <hakuba@alps-rentacar.co.jp>"],
    "subject": "9/4〜9/7 ハイエース貸渡し 運転者情報",
    "charset": "cp932",
    "body": "アルプスレンタカー 白馬営業所 御中\n\nいつもお世話になっております。ひので山旅 白馬ベースの富樫です。\n"
            "9/4～9/7でご予約のハイエース（10人乗り）につき、運転者の情報をお知らせします。\n\n"
            f"運転者氏名：{_d['kanji']}（弊社契約ガイド）\n"
            f"生年月日　：{slash(_b)}\n"
            f"運転免許証：第 {rng.randint(30, 55)}{rng.randint(10, 99)} {rng.randint(100000, 999999)} {rng.randint(10, 99)} 号"
            f"（有効期限 2029年{_b[1]}月{_b[2]}日まで・ゴールド）\n\n"
            "当日は免許証原本を持参させます。\n" + SIG_TOGASHI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], "detectors": ["personal_data"],
    "note": "a guide's driving licence number (identity document) to a rental-car company",
})

_n = {"name": "Rajan Adhikari", "kata": "ラジャン・アディカリ"}
MESSAGES.append({
    "id": "adventure-032", "expect": "stop",
    "sender": YOMODA, "to": ["ひかり社会保険労務士法人 菅生様 <sugo@hikari-sr.jp>"],
    "subject": "外国籍ガイドの雇用契約・在留資格について",
    "charset": "iso-2022-jp",
    "body": "ひかり社会保険労務士法人\n菅生様\n\nいつもお世話になっております。日の出産業の四方田です。\n"
            "来月から冬季シーズンの契約社員として採用予定のネパール国籍ガイドにつき、\n"
            "雇用契約と在留資格の確認をお願いしたくご連絡いたしました。\n\n"
            f"　氏名　　　　：{_n['name']}（{_n['kata']}）\n"
            f"　生年月日　　：{iso(dob(1986, 1994))}\n"
            "　国籍　　　　：ネパール\n"
            f"　在留カード番号：{rng.choice('ABEGKNPUW')}{rng.choice('BCFHKMRT')}{rng.randint(10000000, 99999999)}"
            f"{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}\n"
            "　在留資格　　：技能（登山ガイド）　在留期限：2027年3月31日\n\n"
            "資格外活動の範囲に当たらないか、スキー場のパトロール補助業務を含めてよいかご教示ください。\n" + SIG_YOMODA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], "detectors": ["personal_data"],
    "note": "a foreign guide's residence card number to the labour consultant",
})

_h = people(3)
MESSAGES.append({
    "id": "adventure-033", "expect": "stop",
    "sender": YOMODA, "to": ["ひかり社会保険労務士法人 手続きチーム <tetsuzuki@hikari-sr.jp>"],
    "subject": "被保険者資格取得届 作成依頼（10/1入社 3名）",
    "charset": "utf-8",
    "body": "ひかり社会保険労務士法人\n手続きチーム ご担当者様\n\n"
            "お世話になっております。日の出産業 総務人事部の四方田です。\n"
            "10/1付で入社するガイド職3名の資格取得届の作成をお願いします。\n"
            "必要事項を添付のWordにまとめました。\n\n" + SIG_YOMODA,
    "attachments": [{
        "kind": "docx", "name": "資格取得届_作成依頼_1001入社.docx",
        "paragraphs": ["健康保険・厚生年金保険 被保険者資格取得届 作成依頼", "事業所：日の出産業株式会社 本社",
                       "資格取得年月日：2026年10月1日", ""],
        "tables": [[["氏名", "フリガナ", "生年月日", "基礎年金番号", "住所", "報酬月額"]]
                   + [[q["kanji"], q["kata"], wareki(dob(1985, 2002), "long"),
                       f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}",
                       address(), f"{rng.randint(24, 32) * 10000:,}円"] for q in _h]],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three new hires' basic pension numbers in a DOCX table (any count of these IDs stops)",
})

_v = people(1)[0]
_b = dob(1950, 1960)
MESSAGES.append({
    "id": "adventure-034", "expect": "stop",
    "sender": WASHIO, "to": ["やまびこ総合病院 医事課 <iji@yamabiko-hp.or.jp>"],
    "subject": "8/21 救急搬送された当社ツアー参加者の保険証情報について",
    "charset": "iso-2022-jp",
    "body": "やまびこ総合病院 医事課 御中\n\nお世話になっております。日の出産業 ひので山旅 安全管理室の鷲尾と申します。\n"
            "8/21に救急外来を受診した弊社ツアー参加者について、ご家族から保険証情報を預かりましたのでお知らせします。\n\n"
            f"患者氏名：{_v['kanji']}（{_v['kata']}）\n"
            f"生年月日：{wareki(_b, 'short')}\n"
            f"保険者番号：0613{rng.randint(1000, 9999)}　記号：{rng.randint(10, 99)}-{rng.randint(100, 999)}　番号：{rng.randint(1, 999)}\n"
            "（国民健康保険・本人）\n\n"
            "診断名は熱中症および横紋筋融解症の疑いと伺っております。入院費のお支払いは、\n"
            "ご家族が来院される8/24にお願いしたいとのことです。\n" + SIG_WASHIO,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a participant's health-insurance card numbers and diagnosis to a hospital",
})

MESSAGES.append({
    "id": "adventure-035", "expect": "pass",
    "sender": IJUIN, "to": ["Katrin Vogel <k.vogel@alpenrose-reisen.de>"],
    "subject": "Fitness requirements and altitude guidance for the 2027 Alps of Japan programme",
    "charset": "utf-8",
    "body": "Dear Katrin,\n\nThank you for your questions about guest fitness. Here is what we ask of every guest on\n"
            "the 4-day Shirane traverse, so you can put it in your brochure:\n\n"
            "- Able to walk 7-8 hours a day with a 7 kg pack, 1,000 m ascent per day\n"
            "- No altitude problems expected below 3,000 m, but mild headache is common on day 2\n"
            "- Guests with heart or lung conditions should consult their doctor and tell us in advance;\n"
            "  we then decide together with them whether the route is suitable\n"
            "- Travel insurance covering helicopter rescue is mandatory (rescue in Japan can exceed EUR 5,000)\n\n"
            "Our guides carry a first-aid kit, a pulse oximeter and a satellite messenger on every tour.\n"
            + SIG_IJUIN + "\n" + DISC_EN,
    "entities": [], "detectors": [],
    "note": "general health guidance for a brochure, no identifiable person; standard disclaimer",
})

_m = foreigners(1)[0]
MESSAGES.append({
    "id": "adventure-036", "expect": "stop",
    "sender": IJUIN, "to": ["白嶺小屋 雨宮様 <yoyaku@shirane-goya.jp>"],
    "subject": "9/5 ご宿泊 食事のご相談（外国籍のお客様）",
    "charset": "iso-2022-jp",
    "body": "白嶺小屋\n雨宮様\n\nお世話になっております。伊集院です。\n"
            "9/5ご宿泊のグループのうち、Ahmed Farouk 様はイスラム教徒（ムスリム）のため、\n"
            "豚肉・豚由来の調味料およびアルコール（みりん・料理酒を含む）を使わない夕食・朝食をお願いできますでしょうか。\n"
            "ご本人は礼拝のため、夕方に静かなスペースを10分ほどお借りしたいとのことです。\n\n"
            "難しい場合は、弊社でレトルトのハラール食を持参いたします。ご検討のほどよろしくお願いいたします。\n\n"
            "伊集院 亮\nひので山旅 インバウンド営業",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named guest's religion (Muslim, prayer) told to a hut: 要配慮個人情報 of one person",
})

_a = people(1)[0]
MESSAGES.append({
    "id": "adventure-037", "expect": "either",
    "sender": OKONOGI, "to": ["槍見ヒュッテ <info@yarimi-hutte.jp>"],
    "subject": "9/12 ご宿泊 アレルギー対応のお願い",
    "charset": "iso-2022-jp",
    "body": "槍見ヒュッテ ご担当者様\n\nお世話になっております。ひので山旅の小此木です。\n"
            f"9/12ご宿泊の弊社グループのうち、{_a['kanji']}様に重度の甲殻類アレルギーがございます。\n"
            "エビ・カニのエキスも不可で、ご本人はエピペンを携行されています。\n"
            "夕食・朝食・お弁当とも除去対応をお願いできますでしょうか。\n\n"
            "お手数をおかけしますが、よろしくお願いいたします。\n" + SIG_OKONOGI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named guest's severe food allergy: health data or mere catering request? arguable",
})

_d = people(1)[0]
MESSAGES.append({
    "id": "adventure-038", "expect": "stop",
    "sender": KURIKI, "to": ["白馬キャニオンワークス 受付 <uketsuke@hakuba-canyon.jp>"],
    "subject": "8/29 キャニオニング 参加者のサポートについて",
    "charset": "cp932",
    "body": "白馬キャニオンワークス 受付ご担当者様\n\nお世話になっております。ひので山旅の栗城です。\n\n"
            f"8/29 午後の回に参加予定の{_d['kanji']}様（ふりがな：{_d['kana']}）は\n"
            "聴覚障害（身体障害者手帳2級）をお持ちで、補聴器は水中では外されます。\n"
            "合図は手信号とホワイトボードで行いたいので、事前説明のときに5分ほどお時間をください。\n"
            "ご本人は泳力もあり、体験自体に支障はないと伺っています。\n" + SIG_KURIKI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one participant's disability (hearing, 手帳2級) to an activity partner",
})

_x = people(1)[0]
MESSAGES.append({
    "id": "adventure-039", "expect": "stop",
    "sender": YOMODA, "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "ご相談：ガイド応募者の経歴について",
    "charset": "iso-2022-jp",
    "body": "白川法律事務所\n白川先生\n\nいつもお世話になっております。日の出産業の四方田です。\n"
            "採用についてご相談させてください。\n\n"
            f"冬季ガイド職に応募してきた{_x['kanji']}氏（38歳）について、面接で本人から\n"
            "「2019年に傷害罪で有罪判決（懲役1年・執行猶予3年）を受けた」との申告がありました。\n"
            "執行猶予期間は満了しております。技能・経験は申し分ないのですが、\n"
            "お客様と山中で行動する職種のため、採否判断にあたって留意すべき点をご教示いただけますでしょうか。\n\n"
            "来週中にお電話でご相談できれば幸いです。\n" + SIG_YOMODA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named applicant's criminal record sent out to a law firm",
})

_v = people(1)[0]
MESSAGES.append({
    "id": "adventure-040", "expect": "stop",
    "sender": WASHIO, "to": ["保坂 由紀子 <hosaka.yukiko@toho-anshin.co.jp>"],
    "subject": "8/30 雲居山荘での盗難・暴行被害について（ご相談）",
    "charset": "utf-8",
    "body": "保坂様\n\nお世話になっております。鷲尾です。\n"
            "8/30夜、雲居山荘にて弊社ツアー参加者が他の宿泊客から暴行を受け、財布を盗まれる事件がありました。\n\n"
            f"・被害者：{_v['kanji']} 様（弊社ツアー参加者）　連絡先 {mobile()}\n"
            "・被害内容：顔面打撲（全治1週間）、現金約3万円とカード類\n"
            "・8/31 安曇野警察署に被害届提出済み（受理番号は追ってご連絡します）\n\n"
            "ご本人の治療費について、弊社の賠償責任保険または特別補償の対象となるか確認させてください。\n"
            + SIG_WASHIO,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named participant was the victim of a crime (assault, theft): 要配慮 to the insurer",
})


# ==== 041-050 ===========================================================================

MESSAGES.append({
    "id": "adventure-041", "expect": "pass",
    "sender": WASHIO, "to": ["北アルプス南部山岳遭難防止協会 事務局 <jimukyoku@kitaalps-sounan.or.jp>"],
    "subject": "2026年シーズン 事故・ヒヤリハット集計のご提出",
    "charset": "iso-2022-jp",
    "body": "北アルプス南部山岳遭難防止協会\n事務局 御中\n\nお世話になっております。日の出産業 ひので山旅 安全管理室の鷲尾です。\n"
            "会員事業者としての2026年シーズン（4月～11月）事故・ヒヤリハット集計をPDFでご提出いたします。\n"
            "個人が特定される情報は含めておりません。\n\n" + SIG_WASHIO,
    "attachments": [{
        "kind": "pdf", "name": "2026_事故ヒヤリハット集計_ひので山旅.pdf",
        "lines": ["2026年シーズン 事故・ヒヤリハット集計（日の出産業株式会社 ひので山旅）",
                  "対象期間：2026年4月1日～11月30日　催行本数 312本　延べ参加者 3,841名", ""],
        "table": [["区分", "件数", "うち救急搬送", "主な要因"],
                  ["転倒・滑落", "7", "2", "ガレ場・濡れた木道"],
                  ["疲労・行動不能", "4", "0", "ペース配分"],
                  ["熱中症", "3", "1", "7-8月の樹林帯"],
                  ["低体温", "1", "0", "9月下旬の稜線"],
                  ["道迷い（ヒヤリ）", "9", "0", "分岐の標識不足"],
                  ["落石（ヒヤリ）", "5", "0", "崩落地通過"]],
    }],
    "entities": [], "detectors": [],
    "note": "aggregate accident statistics without any individual",
})

MESSAGES.append({
    "id": "adventure-042", "expect": "stop",
    "sender": TOGASHI, "to": ["青葉運輸 白馬営業所 <hakuba@aoba-unyu.jp>"],
    "subject": "9月 白馬発着便の配車依頼",
    "charset": "iso-2022-jp",
    "body": "青葉運輸 白馬営業所 御中\n\nお世話になっております。ひので山旅 白馬ベースの富樫です。\n"
            "9月の白馬発着便について、下記のとおり配車をお願いいたします。\n\n"
            "　9/6（日）　白馬ベース 6:30発 → 猿倉　　中型1台\n"
            "　9/13（日）白馬ベース 6:30発 → 栂池　　マイクロ1台\n"
            "　9/22（火祝）白馬ベース 6:00発 → 扇沢　中型1台\n\n"
            "帰りの便は前日までに人数確定後ご連絡します。\n" + SIG_TOGASHI,
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.jp drops the co. of the partner domain aoba-unyu.co.jp",
})

MESSAGES.append({
    "id": "adventure-043", "expect": "stop",
    "sender": WASHIO, "to": ["保坂 由紀子 <hosaka.yukiko@toho-anshin.co.jp>"],
    "subject": "安全管理規程（改訂案）の送付",
    "charset": "iso-2022-jp",
    "body": "保坂様\n\nお世話になっております。鷲尾です。\n"
            "来年度の賠償責任保険の更新にあたり、ご依頼の安全管理規程（改訂案）をお送りします。\n"
            "引受審査のご参考になれば幸いです。\n\n" + SIG_WASHIO,
    "attachments": [{
        "kind": "docx", "name": "安全管理規程_改訂案_v3.docx", "title": "安全管理規程（改訂案）",
        "page_header": "社外秘", "page_footer": "日の出産業株式会社 アウトドア事業部 ／ 社外秘・複製禁止",
        "paragraphs": ["安全管理規程（改訂案）",
                       "第1章 総則　第1条（目的）本規程は、当社が催行する登山・アウトドアツアーにおける事故防止…",
                       "第3条（催行判断）出発前日17時及び当日朝5時に、気象庁の予報と現地情報により催行可否を判断する。",
                       "第8条（ガイド比率）無雪期一般登山道 1:12、岩稜帯 1:6、沢登り 1:4、積雪期 1:5 とする。",
                       "第15条（事故時の報告）事故発生時は、安全管理室長へ30分以内に第一報を行う。"],
    }],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "DOCX with a 社外秘 page header and footer sent to the insurer",
})

MESSAGES.append({
    "id": "adventure-044", "expect": "pass",
    "sender": YAMAOKA, "to": ["ほしぞらトラベル 商品企画部 <kikaku@hoshizora-travel.co.jp>"],
    "subject": "2027年春 新コース紹介資料のご送付",
    "charset": "iso-2022-jp",
    "body": "ほしぞらトラベル株式会社\n商品企画部 御中\n\nいつもお世話になっております。日の出産業 ひので山旅の山岡です。\n"
            "2027年春の新コース紹介資料をお送りします。\n"
            "なお、本資料は社外秘扱いのものではございませんので、御社内やお客様向けの企画検討に\n"
            "ご自由にお使いください（写真のみ、パンフレット転載時はクレジット表記をお願いします）。\n\n"
            "　・残雪の白嶺岳 山麓ハイク 日帰り　　大人 12,800円\n"
            "　・春の雲居平 花めぐり 1泊2日　　　　大人 39,800円\n"
            "　・はじめての沢歩き（6月～）日帰り　大人 15,400円\n\n"
            "造成のご相談はいつでも承ります。\n" + SIG_YAMAOKA,
    "entities": [], "detectors": [],
    "note": "the word 社外秘 only appears to say the material is NOT confidential: mention, not marking",
})

MESSAGES.append({
    "id": "adventure-045", "expect": "stop",
    "sender": IJUIN, "to": ["Daniel Koh <daniel.koh@lioncity-outdoors.sg>"],
    "subject": "Draft deck: Winter snowshoe programme 2027 (for your review)",
    "charset": "utf-8",
    "body": "Hi Daniel,\n\nAttached is the draft deck for the 2027 winter snowshoe programme we discussed.\n"
            "Net rates are on slide 3. Happy to walk you through it on Thursday.\n" + SIG_IJUIN,
    "attachments": [{
        "kind": "pptx", "name": "Hinode_Winter2027_draft.pptx",
        "page_footer": "CONFIDENTIAL - Internal Only - Hinode Sangyo",
        "slides": [["Winter Snowshoe Programme 2027", "Hakuba / Shirane area", "Draft v0.4 - Outdoor Division"],
                   ["Itinerary", "Day 1: Hakuba base, gear fitting", "Day 2: Tsugaike plateau snowshoe",
                    "Day 3: Onsen village & local sake brewery"],
                   ["Net rates (JPY, per person)", "Group 6-9: 68,000", "Group 10-15: 61,500",
                    "Margin target: 28% (internal)"],
                   ["Open points", "Guide ratio 1:6", "Avalanche course for sub-guides by Dec 15"]],
    }],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "PPTX whose every slide carries a 'CONFIDENTIAL - Internal Only' footer, sent to an agency",
})

MESSAGES.append({
    "id": "adventure-046", "expect": "pass",
    "sender": IJUIN, "to": ["Katrin Vogel <k.vogel@alpenrose-reisen.de>"],
    "subject": "Proposal: 6-day Japan Alps hut trek, September 2027",
    "charset": "utf-8",
    "body": "Dear Katrin,\n\nPlease find our proposal for the 6-day hut trek attached. Prices include mountain\n"
            "huts (half board), guide, transfers from Matsumoto and one onsen night.\n\n"
            "We can hold 2 departures (Sept 7 and Sept 21) until the end of January.\n" + SIG_IJUIN,
    "attachments": [{
        "kind": "pptx", "name": "Proposal_Alpenrose_HutTrek_2027.pptx",
        "slides": [["Japan Alps Hut Trek - 6 days", "Proposal for Alpenrose Reisen GmbH", "September 2027"],
                   ["Route", "Matsumoto - Nakabusa - Kumoi Sanso - Shirane-goya - Yarimi Hutte - Kamikochi"],
                   ["Price per person (EUR)", "8-11 guests: 2,290", "12-16 guests: 2,090", "Single supplement: 380"],
                   ["Included", "5 nights (4 huts + 1 ryokan)", "English-speaking certified guide", "All transfers"]],
    }],
    "entities": [], "detectors": [],
    "note": "an ordinary tour proposal with prices, no marking and no personal data",
})

_p = people(15)
_sheets = {}
for k, (sheet, date) in enumerate([("8月9日発", "2026/08/09"), ("8月16日発", "2026/08/16"), ("8月23日発", "2026/08/23")]):
    rows = [[f"国内旅行傷害保険 加入者一覧（{date} 出発 白嶺岳縦走）"], [],
            ["No", "氏名", "フリガナ", "生年月日", "携帯電話", "メールアドレス", "緊急連絡先（電話）"]]
    for i, q in enumerate(_p[k * 5:(k + 1) * 5], 1):
        rows.append([i, q["kanji"], q["kata"], slash(dob()), mobile(), freemail(q), landline()])
    _sheets[sheet] = rows
_sheets["補償内容"] = [["プラン", "死亡・後遺障害", "入院日額", "救援者費用"], ["山岳A", "500万円", "5,000円", "300万円"]]
MESSAGES.append({
    "id": "adventure-047", "expect": "stop",
    "sender": OKONOGI, "to": ["やまなみ保険サービス 武藤様 <muto@yamanami-hoken.jp>"],
    "subject": "8月出発分 加入者一覧（3本まとめて）",
    "charset": "iso-2022-jp",
    "body": "武藤様\n\nお世話になっております。小此木です。\n"
            "8月出発の3本分について、加入者一覧をExcelにまとめました（シートを出発日ごとに分けています）。\n"
            "計15名です。ご確認をお願いいたします。\n" + SIG_OKONOGI,
    "attachments": [{"kind": "xlsx", "name": "加入者一覧_8月出発.xlsx", "sheets": _sheets}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "15 participants across three sheets (title row above header) to an insurance agency",
})

_p = people(9)
_ec = people(9)


def _relation(part: dict[str, str], contact: dict[str, str], friend: bool) -> str:
    if friend:
        return "友人"
    if contact["sex"] == "女":
        return rng.choice(["母", "長女", "妹"] + (["妻", "妻"] if part["sex"] == "男" else []))
    return rng.choice(["父", "長男", "兄"] + (["夫", "夫"] if part["sex"] == "女" else []))


_rel = [_relation(q, e, i == 8) for i, (q, e) in enumerate(zip(_p, _ec))]
MESSAGES.append({
    "id": "adventure-048", "expect": "stop",
    "sender": TOGASHI, "to": ["みすず小屋 管理人 <kanri@misuzu-hutte.jp>"],
    "subject": "9/19-20 ご宿泊 参加者の緊急連絡先",
    "charset": "cp932",
    "body": "みすず小屋 管理人様\n\nお世話になっております。ひので山旅の富樫です。\n"
            "昨年の台風時のように小屋から直接ご家族へ連絡いただく場合に備え、\n"
            "9/19-20ご宿泊の参加者9名の緊急連絡先をCSVでお送りします。\n" + SIG_TOGASHI,
    "attachments": [{
        "kind": "csv", "name": "緊急連絡先_0919.csv", "encoding": "cp932",
        "rows": [["参加者氏名", "緊急連絡先 氏名", "続柄", "緊急連絡先 電話"]]
                + [[q["kanji"], f"{q['kanji'].split()[0] if r not in ('友人',) else e['kanji'].split()[0]} {e['kanji'].split()[1]}",
                    r, rng.choice([mobile(), landline()])] for q, e, r in zip(_p, _ec, _rel)],
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "CP932 CSV of 9 participants with their emergency contacts' names and numbers",
})

_g = foreigners(6)
MESSAGES.append({
    "id": "adventure-049", "expect": "stop",
    "sender": IJUIN, "to": ["Alpine Shuttle Japan <dispatch@alpine-shuttle.jp>"],
    "subject": "Guest list for Narita -> Hakuba transfer, Oct 3",
    "charset": "utf-8",
    "body": "Hello Alpine Shuttle team,\n\nPlease find attached the guest list for the Oct 3 transfer\n"
            "(Narita T1 arrival 14:25, QF79). The driver can contact guests on WhatsApp at the numbers listed.\n\n"
            "Thanks,\nRyo Ijuin\nHinode Yamatabi (Hinode Sangyo)",
    "attachments": [{
        "kind": "csv", "name": "transfer_guests_1003.csv", "encoding": "utf-8",
        "rows": [["last_name", "first_name", "nationality", "date_of_birth", "email", "mobile_whatsapp"]]
                + [[g["last"].upper(), g["first"], g["country"], iso(dob(1960, 2000)), g["email"], g["tel"]] for g in _g],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of 6 foreign tourists (romaji names, DOB, e-mail, phone) to a shuttle company",
})

_p = people(12)
MESSAGES.append({
    "id": "adventure-050", "expect": "pass",
    "sender": OKONOGI,
    "to": ["栗城 まどか <kuriki.madoka@hinode-sangyo.co.jp>", "富樫 里奈 <togashi.rina@hinode-sangyo.co.jp>"],
    "subject": "9月催行分 名簿・健康申告書一式（ガイド用）",
    "charset": "iso-2022-jp",
    "body": "栗城さん、富樫さん\n\nお疲れさまです。小此木です。\n"
            "9月催行分の名簿と健康申告書の一覧をZIPにまとめました。ガイド用タブレットへの取り込みをお願いします。\n"
            "※社外の方（外部ガイド含む）へは転送しないでください。必要な場合は私から個別に送ります。\n\n小此木",
    "attachments": [{
        "kind": "zip", "name": "9月催行_名簿一式.zip",
        "files": [
            {"kind": "csv", "name": "meibo_09.csv", "encoding": "utf-8",
             "rows": [["氏名", "生年月日", "携帯", "緊急連絡先"]]
                     + [[q["kanji"], slash(dob()), mobile(), landline()] for q in _p]},
            {"kind": "csv", "name": "kenko_shinkoku_09.csv", "encoding": "utf-8",
             "rows": [["氏名", "既往歴", "服薬"], [_p[1]["kanji"], "喘息", "吸入薬"],
                      [_p[4]["kanji"], "高血圧", "降圧剤"], [_p[9]["kanji"], "なし", "なし"]]},
        ],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "roster and health declarations in a ZIP, but only to internal colleagues",
})


# ==== 051-060 ===========================================================================

_fg = people(3)
_fa = [freemail(q, d) for q, d in zip(_fg, ["gmail.com", "yahoo.co.jp", "icloud.com"])]
MESSAGES.append({
    "id": "adventure-051", "expect": "stop",
    "sender": KURIKI, "to": [f"{q['kanji']} <{a}>" for q, a in zip(_fg, _fa)],
    "subject": "10月 外部ガイド シフト希望の確認",
    "charset": "iso-2022-jp",
    "body": "外部ガイドの皆さま\n\nいつもありがとうございます。ひので山旅の栗城です。\n"
            "10月のシフトについて、ご都合のよい日を9/10までにお知らせください。\n\n"
            "　10/3（土）～4（日）　白嶺岳 紅葉縦走　　サブガイド1名\n"
            "　10/10（土）　　　　　雲居平 日帰り　　　リード1名\n"
            "　10/17（土）～18（日）白嶺岳 紅葉縦走　　サブガイド2名\n"
            "　10/24（土）　　　　　沢登り 納会ツアー　リード1名\n\n"
            "日当は前回お知らせした単価からの変更はありません。\n" + SIG_KURIKI,
    "entities": [], "detectors": ["external_recipients_visible", "freemail_recipient",
                                  "multiple_external_domains"],
    "note": "three freelance guides' private addresses in To: three private persons see each other",
})

_fg = people(6)
MESSAGES.append({
    "id": "adventure-052", "expect": "pass",
    "sender": KURIKI, "to": ["ひので山旅 ガイド統括 <kuriki.madoka@hinode-sangyo.co.jp>"],
    "bcc": [f"{q['kanji']} <{freemail(q)}>" for q in _fg],
    "subject": "【ご案内】11/8 セルフレスキュー研修（外部ガイド向け）",
    "charset": "iso-2022-jp",
    "body": "外部ガイドの皆さま（Bccにて失礼いたします）\n\n"
            "今年も外部ガイド向けのセルフレスキュー研修を開催します。\n\n"
            "■日時　2026年11月8日（日）9:00～16:00\n"
            "■場所　ひので山旅 白馬ベース 裏手の岩場\n"
            "■内容　ロープワーク、引き上げシステム、搬送法、無線の取り扱い\n"
            "■持ち物　ハーネス、ヘルメット、カラビナ類、昼食\n"
            "■謝金　参加者には研修手当 8,000円をお支払いします\n\n"
            "出欠は10/25までに本メールへの返信でお知らせください。\n" + SIG_KURIKI,
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "six private addresses, but all in Bcc: nobody sees the others",
})

_fg = people(1)[0]
MESSAGES.append({
    "id": "adventure-053", "expect": "pass",
    "sender": KURIKI, "to": [f"{_fg['kanji']} <{freemail(_fg, 'gmail.com')}>"],
    "subject": "9/26 沢登り入門 リードのお願い",
    "charset": "iso-2022-jp",
    "body": f"{_fg['kanji'].split()[0]}さん\n\nお世話になっています。栗城です。\n"
            "9/26（土）の沢登り入門、リードをお願いできますでしょうか。\n\n"
            "・集合：白馬ベース 7:00\n・参加者：8名（うち初心者6名）\n・サブ：富樫（社員）\n"
            "・日当：リード単価＋沢手当\n\n"
            "参加者名簿は前日に社用タブレットで共有します。よろしくお願いします。\n" + SIG_KURIKI,
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "assignment mail to one freelance guide on free mail; no personal records",
})

_v = people(1)[0]
_b = dob(1948, 1958)
MESSAGES.append({
    "id": "adventure-054", "expect": "stop",
    "sender": KURIKI, "to": [f"{_fg['kanji']} <{freemail(_fg, 'gmail.com')}>"],
    "subject": "9/26 参加者の健康申告書（要確認の方）",
    "charset": "iso-2022-jp",
    "body": f"{_fg['kanji'].split()[0]}さん\n\n栗城です。9/26の参加者のうち、健康申告書で「要確認」となっている方の申告書をPDFで送ります。\n"
            "当日の朝、体調の聞き取りをお願いします。\n\n栗城",
    "attachments": [{
        "kind": "pdf", "name": "健康申告書_0926_要確認.pdf", "title": "健康申告書",
        "lines": ["健康申告書（ツアー参加者用）", "ツアー：沢登り入門 2026年9月26日", "",
                  f"氏名：{_v['kanji']}　　フリガナ：{_v['kata']}",
                  f"生年月日：{kanji_date(_b)}　　年齢：{age(_b)}歳",
                  f"携帯電話：{mobile()}",
                  "現在治療中の病気：高血圧症、狭心症（2024年にカテーテル治療）",
                  "服用中の薬：降圧剤、抗血小板薬（バイアスピリン）、ニトロ舌下錠を携行",
                  "医師からの運動制限：中程度の運動まで可（主治医意見書あり）",
                  "上記のとおり申告します。　署名：（自署）"],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "one participant's medical declaration (heart disease) in a PDF to a guide's private gmail",
})

_m = people(1)[0]
MESSAGES.append({
    "id": "adventure-055", "expect": "stop",
    "sender": WASHIO, "to": ["北アルプス南部山岳遭難防止協会 救助隊 <kyujo@kitaalps-sounan.or.jp>"],
    "cc": ["栗城 まどか <kuriki.madoka@hinode-sangyo.co.jp>"],
    "subject": "【至急】行方不明者情報（白嶺岳 雲居平分岐付近）",
    "charset": "utf-8",
    "body": "救助隊 ご担当者様\n\n先ほど電話で通報しました日の出産業 ひので山旅の鷲尾です。行方不明者の情報を送ります。\n\n"
            f"氏名　　：{_m['kanji']}（{_m['kana']}）{_m['sex']}性 67歳\n"
            "最終確認：本日 13:20 雲居平分岐（標高2,150m）、トイレ休憩後に列へ戻らず\n"
            "服装　　：赤のレインウェア上下、グレーのザック（30L）、白いヘルメットなし\n"
            f"携帯電話：{mobile()}（呼び出すが応答なし、電源は入っている）\n"
            "持病　　：2型糖尿病でインスリン使用。低血糖による意識障害のおそれあり。ブドウ糖は本人携行。\n\n"
            "弊社ガイド2名が分岐周辺を捜索中です。無線は 433.xx で待機しています。\n" + SIG_WASHIO,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "missing-person report naming the participant and his diabetes: sensitive data of one person",
})

_p = people(4)
MESSAGES.append({
    "id": "adventure-056", "expect": "pass",
    "sender": YAMAOKA, "to": ["北アルプス南部山岳遭難防止協会 登山計画書受付 <keikaku@kitaalps-sounan.or.jp>"],
    "subject": "登山計画書の提出（10/10-11 白嶺岳 ひので山旅 少人数プライベート）",
    "charset": "iso-2022-jp",
    "body": "登山計画書受付 ご担当者様\n\n日の出産業 ひので山旅の山岡です。\n"
            "10/10-11のプライベートツアー（参加者3名＋ガイド1名）の登山計画書をPDFで提出いたします。\n\n"
            + SIG_YAMAOKA,
    "attachments": [{
        "kind": "pdf", "name": "登山計画書_1010_白嶺岳.pdf",
        "lines": ["登山計画書", "山域：白嶺岳　日程：2026年10月10日～11日（予備日12日）",
                  "ルート：中房登山口 → 雲居平 → 白嶺小屋（泊） → 白嶺岳 → 往路下山",
                  "エスケープ：雲居平から林道経由で中房温泉", ""],
        "table": [["役割", "氏名", "年齢", "携帯電話", "緊急連絡先"]]
                 + [[r, q["kanji"], str(a), mobile(), landline()]
                    for r, q, a in zip(["リーダー（ガイド）", "メンバー", "メンバー", "メンバー"], _p, [44, 58, 61, 35])],
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "climbing plan with four people's phones (under five) to the rescue association: may warn",
})

_t = foreigners(1)[0]
MESSAGES.append({
    "id": "adventure-057", "expect": "pass",
    "sender": IJUIN, "to": [f"{_t['name']} <{_t['first'].split()[0].lower()}.{_t['last'].replace(' ', '').lower()}@icloud.com>"],
    "subject": "Your private Shirane day hike on Oct 14 - meeting point and what to bring",
    "charset": "utf-8",
    "body": f"Dear {_t['first']},\n\nThank you again for booking the private day hike with us!\n"
            "Here are the details for Wednesday, October 14:\n\n"
            "  Meeting:   7:30 am, lobby of your hotel in Matsumoto (our guide will hold a green Hinode sign)\n"
            "  Transfer:  about 60 minutes by car to Nakabusa trailhead\n"
            "  Walk:      6-7 hours, 1,050 m up and down, lunch box provided\n"
            "  Bring:     rain jacket, warm layer, hat and gloves, 1.5 L of water, hiking boots\n"
            "  Price:     JPY 38,000 (paid) - booking ref. HY-26-IN-0392\n\n"
            "If the weather forecast is bad, we will call you the evening before to discuss options.\n"
            + SIG_IJUIN,
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "itinerary to a single foreign customer on icloud.com: one free-mail recipient",
})

MESSAGES.append({
    "id": "adventure-058", "expect": "stop",
    "sender": YAEGASHI, "to": ["ツバサシステム サポート <support@tsubasa-systern.jp>"],
    "subject": "予約管理システム 帳票出力エラーの問い合わせ（契約番号 TS-HN-2207）",
    "charset": "iso-2022-jp",
    "body": "ツバサシステム株式会社\nサポートご担当者様\n\nお世話になっております。日の出産業 情報システム課の八重樫です。\n"
            "予約管理システムで、9月以降のツアーの乗車名簿を帳票出力するとタイムアウトになります。\n\n"
            "　発生日時：2026/08/31 10:15頃から継続\n"
            "　画面　　：ツアー管理 ＞ 帳票 ＞ 乗車名簿（PDF）\n"
            "　エラー　：HTTP 504 Gateway Timeout（20件以上の便で発生）\n"
            "　バージョン：Ver.4.12.1\n\n"
            "調査をお願いいたします。ログが必要でしたらお知らせください。\n" + SIG_YAEGASHI,
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "tsubasa-systern.jp: 'rn' posing as 'm' of the partner tsubasa-system.jp",
})

MESSAGES.append({
    "id": "adventure-059", "expect": "pass",
    "sender": YAEGASHI, "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "Re: 予約管理システム 帳票出力エラー（再現手順）",
    "charset": "iso-2022-jp",
    "body": "ツバサシステム サポート ご担当者様\n\n八重樫です。再現手順をお送りします。\n"
            "検証環境にテスト用の予約を1件登録し、同じエラーが出ることを確認しました。\n\n"
            "1. 検証環境に管理者でログイン\n"
            "2. ツアー管理 ＞ 新規予約（テストデータ：氏名「テスト 太郎」、電話 000-0000-0000）\n"
            "3. 同一便に予約を25件コピー\n"
            "4. 帳票 ＞ 乗車名簿（PDF）を出力 → 約60秒後に504\n\n"
            "本番データは使っておりません。スクリーンショットを添付します。\n" + SIG_YAEGASHI,
    "attachments": [{"kind": "png", "name": "error_504.png"}],
    "entities": [], "detectors": [],
    "note": "bug report to the genuine partner with dummy test data only",
})

_p = people(20)
_tsv = "予約番号\t氏名\tフリガナ\tメール\t電話\t住所\t最終利用日\n" + "\n".join(
    f"HY-{rng.randint(20, 26)}-{rng.randint(10000, 99999)}\t{q['kanji']}\t{q['kata']}\t{freemail(q)}\t"
    f"{mobile()}\t{address()}\t{slash((rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)))}"
    for q in _p)
MESSAGES.append({
    "id": "adventure-060", "expect": "stop",
    "sender": YAEGASHI, "to": ["ツバサシステム 移行チーム 能登様 <noto@tsubasa-system.jp>"],
    "subject": "新システム移行テスト用 顧客データ（抜粋）",
    "charset": "utf-8",
    "body": "能登様\n\nお世話になっております。八重樫です。\n"
            "移行テスト用に、本番の顧客マスタから20件を抜き出したTSVをお送りします。\n"
            "文字コードの確認（旧字体・外字）に使えるよう、珍しい姓の方を中心に選んでいます。\n"
            "テスト完了後は削除をお願いいたします。\n" + SIG_YAEGASHI,
    "attachments": [{"kind": "txt", "name": "customer_extract_20.tsv", "encoding": "utf-8", "text": _tsv}],
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "20 real customer records (name, e-mail, phone, address) as a TSV to the system vendor",
})


# ==== 061-070 ===========================================================================

_corp = corporate_number(f"{rng.randint(10 ** 11, 10 ** 12 - 1)}")
MESSAGES.append({
    "id": "adventure-061", "expect": "pass",
    "sender": NEZU, "to": ["丸美商事 経理部 <keiri@marumi-shoji.co.jp>"],
    "cc": ["伊集院 亮 <ijuin.ryo@hinode-sangyo.co.jp>"],
    "subject": "ご請求書送付のご案内（10/2 チームビルディング研修）",
    "charset": "cp932",
    "body": "丸美商事株式会社\n経理部 御中\n\nいつもお世話になっております。日の出産業 経理課の根津です。\n"
            "10/2に実施いたしましたチームビルディング研修のご請求書をお送りいたします。\n"
            "お支払期日までに下記口座へお振込みくださいますようお願い申し上げます。\n\n" + SIG_NEZU,
    "attachments": [{
        "kind": "pdf", "name": "請求書_INV-2026-10-0147.pdf", "title": "請求書",
        "lines": ["請求書", "請求書番号：INV-2026-10-0147　発行日：2026年10月9日",
                  "丸美商事株式会社 御中", "",
                  "日の出産業株式会社　〒104-0032 東京都中央区八丁堀3-18-6",
                  f"登録番号：T{_corp}", "",
                  "件名：チームビルディング研修（ラフティング）2026年10月2日 参加者28名",
                  "研修費 28名 × 14,500円 ＝ 406,000円", "バス代（青葉運輸 大型1台） 88,000円",
                  "小計 494,000円　消費税（10%） 49,400円　合計 543,400円", "",
                  "お支払期日：2026年11月30日",
                  "振込先：みどり銀行 八丁堀支店 当座 0112458 ヒノデサンギョウ（カ"],
    }],
    "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "an invoice: company T-number and company bank account only, no people",
})

_p = people(6)
MESSAGES.append({
    "id": "adventure-062", "expect": "stop",
    "sender": NEZU, "to": ["みどり銀行 法人サービス課 <hojin-service@midori-ginko.co.jp>"],
    "subject": "総合振込 明細（9月分 外部ガイド謝金）",
    "charset": "cp932",
    "body": "みどり銀行 法人サービス課 ご担当者様\n\nいつもお世話になっております。日の出産業 経理課の根津です。\n"
            "インターネットバンキングの障害のため、9月分の総合振込明細を添付ファイルにてお送りします。\n"
            "振込指定日は9/30でお願いいたします。\n" + SIG_NEZU,
    "attachments": [{
        "kind": "xls", "name": "総合振込明細_202609.xls",
        "sheets": {"明細": [["受取人名（カナ）", "受取人名", "銀行", "支店", "口座", "金額"]]
                          + [[q["kata"], q["kanji"], *bank_account(), rng.randint(3, 18) * 12000] for q in _p]
                          + [["", "", "", "", "合計", ""]]},
    }],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"], "detectors": ["personal_data"],
    "note": "six guides' personal bank accounts in a legacy XLS to the bank",
})

_q = people(1)[0]
_ba = bank_account()
MESSAGES.append({
    "id": "adventure-063", "expect": "pass",
    "sender": NEZU, "to": ["みどり銀行 法人サービス課 <hojin-service@midori-ginko.co.jp>"],
    "subject": "組戻しのご依頼（9/30 総合振込分 1件）",
    "charset": "iso-2022-jp",
    "body": "法人サービス課 ご担当者様\n\n根津です。9/30の総合振込のうち1件、口座番号の誤りで返却となりましたので、\n"
            "正しい口座にて再振込をお願いいたします。\n\n"
            f"　受取人：{_q['kata']}（{_q['kanji']}）\n"
            f"　正しい口座：{_ba[0]} {_ba[1]} {_ba[2]}\n"
            "　金額：72,000円\n\n"
            "手数料は弊社負担でお願いいたします。\n" + SIG_NEZU,
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"], "detectors": ["personal_data"],
    "note": "one guide's bank account to the bank: a single person's record may warn, must go",
})

_p = people(6)
_quals = ["山岳ガイドステージII", "登山ガイドステージII", "登山ガイドステージI", "沢登りリーダー", "スキーガイドI",
          "登山ガイドステージII"]
MESSAGES.append({
    "id": "adventure-064", "expect": "stop",
    "sender": KURIKI, "to": ["保坂 由紀子 <hosaka.yukiko@toho-anshin.co.jp>"],
    "subject": "賠償責任保険 更新：従事ガイド名簿",
    "charset": "iso-2022-jp",
    "body": "保坂様\n\nお世話になっております。ひので山旅 ガイド統括の栗城です。\n"
            "賠償責任保険の更新にあたり、来年度の従事ガイド名簿をお送りします。\n\n"
            + "\n".join(f"・{q['kanji']}　{ql}（登録番号 G-{rng.randint(10000, 99999)}）　"
                        f"生年月日 {wareki(dob(1965, 1996), 'short')}　携帯 {mobile()}"
                        for q, ql in zip(_p, _quals)) +
            "\n\n上記のほか、繁忙期に臨時で2～3名追加となる可能性があります。\n" + SIG_KURIKI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "six guides' certifications, birth dates and mobiles as ・ bullets to the insurer",
})

_p = people(2)
MESSAGES.append({
    "id": "adventure-065", "expect": "pass",
    "sender": KURIKI, "to": ["丸美商事 総務課 鳩山様 <hatoyama@marumi-shoji.co.jp>"],
    "subject": "10/2 研修 担当ガイドのご紹介",
    "charset": "iso-2022-jp",
    "body": "丸美商事株式会社\n総務課 鳩山様\n\nお世話になっております。ひので山旅の栗城です。\n"
            "10/2の研修を担当するガイド2名をご紹介します。当日の連絡はこちらの携帯へお願いします。\n\n"
            f"リード：{_p[0]['kanji']}（山岳ガイドステージII／リバーガイド）　携帯 {mobile()}\n"
            f"サブ　：{_p[1]['kanji']}（登山ガイドステージI／救急法指導員）　携帯 {mobile()}\n\n"
            "どうぞよろしくお願いいたします。\n" + SIG_KURIKI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "two guides' names, qualifications and mobiles for the day: fewer than five people",
})

_f = foreigners(1)[0]
MESSAGES.append({
    "id": "adventure-066", "expect": "stop",
    "sender": IJUIN, "to": ["Megan Carroll <megan.carroll@summitsea-travel.com.au>"],
    "subject": f"Incident report - {_f['name']}, Sept 8 (Shirane traverse)",
    "charset": "utf-8",
    "body": f"Hi Megan,\n\nAs discussed by phone, here is our written report on the incident involving your guest\n"
            f"{_f['name']} on September 8.\n\n"
            "At about 09:50, on the descent from Shirane-goya, the guest slipped on wet rock and hit the back\n"
            "of the head. The guest was conscious but confused for a few minutes. Our guide stopped the group,\n"
            "checked vital signs and called the hut. The guest walked down with two guides and was seen at\n"
            "Yamabiko General Hospital the same afternoon, where the doctor diagnosed a concussion (mild\n"
            "traumatic brain injury) and advised no hiking or flying for 72 hours. A CT scan was normal.\n\n"
            "We changed the guest's flight to Sept 12 at our cost. The hospital's medical certificate is with\n"
            "me if the insurer needs it.\n" + SIG_IJUIN,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "English incident report naming a foreign guest and her concussion diagnosis",
})

_g2 = foreigners(2)
MESSAGES.append({
    "id": "adventure-067", "expect": "pass",
    "sender": IJUIN, "to": ["Megan Carroll <megan.carroll@summitsea-travel.com.au>"],
    "subject": "Re: Guest notes for the Oct 5 departure",
    "charset": "utf-8",
    "body": "Hi Megan,\n\nThanks, noted. Our lead guide for Oct 5 will be Madoka Kuriki; she has read your notes.\n"
            "We'll pick the group up at the Matsumoto station east exit at 8:00, as planned.\n\n"
            "Best,\nRyo\n\n"
            "On Tue, 22 Sep 2026 at 09:14, Megan Carroll <megan.carroll@summitsea-travel.com.au> wrote:\n"
            "> Hi Ryo,\n>\n> A couple of guest notes for the Oct 5 group:\n>\n"
            f"> - {_g2[0]['name']}: type 1 diabetic, carries insulin and a glucagon pen\n"
            f"> - {_g2[1]['name']}: knee reconstruction last year, uses two poles, may be slower downhill\n>\n"
            "> Both have cleared it with their doctors.\n>\n> Cheers,\n> Megan\n",
    "entities": [], "detectors": [],
    "note": "guests' health notes appear only in the quoted mail of the recipient herself",
})

MESSAGES.append({
    "id": "adventure-068", "expect": "stop",
    "sender": IJUIN,
    "to": ["Megan Carroll <megan.carroll@summitsea-travel.com.au>", "Katrin Vogel <k.vogel@alpenrose-reisen.de>",
           "Daniel Koh <daniel.koh@lioncity-outdoors.sg>"],
    "subject": "2027 season net rates and departure calendar",
    "charset": "utf-8",
    "body": "Dear partners,\n\nThank you for another great season with us. Our 2027 net rates and fixed departures\n"
            "are below. Rates are per person in JPY and include huts, meals on the trail, guide and transfers.\n\n"
            "  Programme                         Days   Net rate   Departures\n"
            "  --------------------------------  ----   --------   ---------------------------\n"
            "  Shirane traverse                     4    148,000   Jul 12, Aug 2, Aug 23, Sep 13\n"
            "  Kumoi plateau & onsen                3    112,000   Jun 28, Jul 19, Sep 27, Oct 11\n"
            "  Japan Alps hut trek                  6    236,000   Aug 9, Sep 7, Sep 21\n"
            "  Winter snowshoe (Hakuba)             3     98,000   Jan-Mar, on request\n\n"
            "Allocations are held until Jan 31, 2027.\n" + SIG_IJUIN,
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three competing foreign agencies in To can see one another: should have been Bcc",
})

MESSAGES.append({
    "id": "adventure-069", "expect": "pass",
    "sender": IJUIN, "to": ["Hinode Yamatabi Inbound <ijuin.ryo@hinode-sangyo.co.jp>"],
    "bcc": ["Megan Carroll <megan.carroll@summitsea-travel.com.au>", "Katrin Vogel <k.vogel@alpenrose-reisen.de>",
            "Daniel Koh <daniel.koh@lioncity-outdoors.sg>", "Tomas Novak <tomas@trailheadtours.cz>"],
    "subject": "Trail update: Shirane north ridge reopened",
    "charset": "utf-8",
    "body": "Dear partners (sent Bcc),\n\nGood news: the north ridge section of the Shirane traverse that was\n"
            "damaged by the August storm has been repaired and reopened on September 18.\n"
            "All September and October departures will follow the original itinerary again.\n\n"
            "No action is needed on your side. Guests who were told about the detour may be informed\n"
            "that the classic route is back.\n" + SIG_IJUIN,
    "entities": [], "detectors": [],
    "note": "news to four agencies, all in Bcc: no one sees the others",
})

MESSAGES.append({
    "id": "adventure-070", "expect": "stop",
    "sender": NEZU, "to": ["みどり銀行 法人サービス課 <hojin-service@midori-ginkou.co.jp>"],
    "subject": "10月の振込予定について",
    "charset": "iso-2022-jp",
    "body": "法人サービス課 ご担当者様\n\nいつもお世話になっております。日の出産業 経理課の根津です。\n"
            "10月は月末が土曜日のため、総合振込の指定日を10/30（金）とさせていただく予定です。\n"
            "件数は例月どおり約40件、総額は1,800万円程度を見込んでおります。\n\n"
            "データ送信は10/27までに行います。よろしくお願いいたします。\n" + SIG_NEZU,
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "midori-ginkou.co.jp: a letter added to the partner bank's midori-ginko.co.jp",
})


# ==== 071-080 ===========================================================================

_p = people(12)
MESSAGES.append({
    "id": "adventure-071", "expect": "stop",
    "sender": OKONOGI, "to": ["雲居山荘 フロント <front@kumoi-sanso.jp>"],
    "subject": "10/3 団体（12名）名簿と行程表",
    "charset": "iso-2022-jp",
    "body": "雲居山荘 フロントご担当者様\n\nお世話になっております。ひので山旅 予約センターの小此木です。\n"
            "10/3ご宿泊の団体12名分の名簿と行程表をZIPにまとめてお送りします。\n"
            "（前回Excelが開けなかったとのことでしたので、今回はCSVにしております）\n" + SIG_OKONOGI,
    "attachments": [{
        "kind": "zip", "name": "1003_kumoi_dantai.zip",
        "files": [
            {"kind": "csv", "name": "meibo_1003.csv", "encoding": "cp932",
             "rows": [["No", "氏名", "ふりがな", "性別", "生年月日", "電話"]]
                     + [[i, q["kanji"], q["kana"], q["sex"], wareki(dob(), "short"), mobile()]
                        for i, q in enumerate(_p, 1)]},
            {"kind": "pdf", "name": "koteihyo_1003.pdf",
             "lines": ["行程表 10/3-4 雲居平 紅葉ツアー", "10/3 07:40 穂高駅集合 → 中房登山口 → 雲居山荘 15:30着",
                       "10/4 06:30 出発 → 雲居平 → 中房温泉 14:00着 解散"]},
        ],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "a plain (unencrypted) ZIP whose CSV lists 12 guests with 和暦 birth dates and phones",
})

MESSAGES.append({
    "id": "adventure-072", "expect": "pass",
    "sender": YAMAOKA, "to": ["ほしぞらトラベル 商品企画部 <kikaku@hoshizora-travel.co.jp>"],
    "subject": "販売用パンフレットデータ一式（2027春夏）",
    "charset": "iso-2022-jp",
    "body": "ほしぞらトラベル 商品企画部 御中\n\nお世話になっております。山岡です。\n"
            "2027春夏の販売用パンフレットデータと卸価格表をZIPでお送りします。\n"
            "価格は税込・お一人様あたりです。ご不明点はお気軽にどうぞ。\n" + SIG_YAMAOKA,
    "attachments": [{
        "kind": "zip", "name": "hinode_2027SS_pamphlet.zip",
        "files": [
            {"kind": "pdf", "name": "pamphlet_2027SS.pdf",
             "lines": ["ひので山旅 2027 春夏コレクション", "残雪の白嶺岳 山麓ハイク／春の雲居平 花めぐり／はじめての沢歩き",
                       "安全への取り組み：全ツアーに山岳ガイド協会認定ガイドが同行します"]},
            {"kind": "xlsx", "name": "oroshi_kakaku_2027SS.xlsx",
             "sheets": {"卸価格": [["2027春夏 卸価格表（ほしぞらトラベル様向け）"],
                                 ["コード", "コース名", "日数", "販売価格", "卸価格"],
                                 ["HY27-S01", "残雪の白嶺岳 山麓ハイク", 1, 12800, 10880],
                                 ["HY27-S02", "春の雲居平 花めぐり", 2, 39800, 33830],
                                 ["HY27-S03", "はじめての沢歩き", 1, 15400, 13090],
                                 ["HY27-S04", "白嶺岳 縦走", 3, 68000, 57800]]}},
        ],
    }],
    "entities": [], "detectors": [],
    "note": "ZIP of a brochure and a wholesale price list: business data only",
})

MESSAGES.append({
    "id": "adventure-073", "expect": "pass",
    "sender": TOGASHI, "to": ["アルプスギアレンタル <info@alps-gear-rental.jp>"],
    "subject": "冬季レンタル装備 在庫照合リスト",
    "charset": "cp932",
    "body": "アルプスギアレンタル ご担当者様\n\nお世話になっております。白馬ベースの富樫です。\n"
            "冬季シーズン前の在庫照合用に、弊社でお借りしている装備のリストをお送りします。\n"
            "シリアル番号の相違があればお知らせください。\n" + SIG_TOGASHI,
    "attachments": [{
        "kind": "xls", "name": "rental_inventory_2026W.xls",
        "sheets": {"装備": [["品目", "メーカー型番", "シリアル", "数量", "状態"],
                          ["スノーシュー", "TR-LITE 25", "SS-25-0041～0058", 18, "良"],
                          ["アバランチビーコン", "AVB-3", "B3-77120～77131", 12, "電池交換済"],
                          ["プローブ", "PR-240", "-", 12, "良"],
                          ["ショベル", "SH-ALU2", "-", 12, "1本ブレード歪み"],
                          ["トレッキングポール", "TP-CARBON", "-", 30, "良"]]},
    }],
    "entities": [], "detectors": [],
    "note": "equipment inventory with serial numbers in a legacy XLS: no people",
})

MESSAGES.append({
    "id": "adventure-074", "expect": "pass",
    "sender": TOGASHI, "to": ["白馬スノーフィールド レンタル受付 <rental@hakuba-snowfield.jp>"],
    "subject": "1/16 スノーシューツアー レンタル数量",
    "charset": "iso-2022-jp",
    "body": "白馬スノーフィールド レンタル受付 御中\n\nお世話になっております。ひので山旅の富樫です。\n"
            "1/16（土）のスノーシューツアーのレンタル数量をお知らせします。\n\n"
            "　スノーブーツ　23cm×2　24cm×3　25cm×2　26cm×4　27cm×2　28cm×1（計14足）\n"
            "　ウェア上下　　S×3　M×6　L×4　XL×1（計14組）\n"
            "　グローブ　　　14双\n\n"
            "受け取りは8:15、返却は15:30頃の予定です。\n" + SIG_TOGASHI,
    "entities": [], "detectors": [],
    "note": "rental sizes as counts, nobody named",
})

_y = people(1)[0]
_mnum = mn()
MESSAGES.append({
    "id": "adventure-075", "expect": "stop",
    "sender": YOMODA, "to": ["児玉税理士事務所 担当 佐野様 <sano@kodama-tax.jp>"],
    "subject": "Re: 講師謝金の支払調書 不足分",
    "charset": "iso-2022-jp",
    "body": "佐野様\n\nお世話になっております。四方田です。\nご指摘いただいた不足分についてお知らせします。\n\n"
            f"6月の安全講習会の講師（{_y['kanji']}様、元山岳救助隊員）の個人番号は"
            f"{zen(grp4(_mnum, '-'))}です。\n"
            "本人確認書類の写しは当社で保管しております。\n\n"
            "お手数をおかけしますが、よろしくお願いいたします。\n" + SIG_YOMODA,
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"], "detectors": ["personal_data"],
    "note": "one lecturer's My Number written in full-width digits inside a sentence",
})

_k = people(1)[0]
_card = cc()
MESSAGES.append({
    "id": "adventure-076", "expect": "stop",
    "sender": OKONOGI, "to": ["決済代行センター サポート <support@kessai-daiko.jp>"],
    "subject": "オーソリエラーの件（加盟店ID HNS-00417）",
    "charset": "cp932",
    "body": "決済代行センター サポートご担当者様\n\nいつもお世話になっております。ひので山旅 予約センターの小此木です。\n"
            "下記のお客様のカード決済が「G55 限度額オーバー」で通らず、お客様からはカード会社に確認済みで\n"
            "問題ないと伺っております。原因をご確認いただけますでしょうか。\n\n"
            f"　お客様名：{_k['kata']} 様\n"
            f"　カード番号：{zen(grp4(_card))}\n"
            "　金額：１２８，０００円　　取引日時：２０２６／０９／０３　１４：２２\n\n" + SIG_OKONOGI,
    "entities": ["PERSON_NAME", "CREDIT_CARD"], "detectors": ["personal_data"],
    "note": "a customer's full card number in full-width digits to the payment processor",
})

MESSAGES.append({
    "id": "adventure-077", "expect": "pass",
    "sender": OKONOGI, "to": ["決済代行センター サポート <support@kessai-daiko.jp>"],
    "subject": "Re: オーソリエラーの件（加盟店ID HNS-00417）取引ID指定での再確認",
    "charset": "cp932",
    "body": "サポートご担当者様\n\nご返信ありがとうございます。カード番号はお送りせず、取引IDでご確認とのこと承知しました。\n\n"
            "　取引ID：TX-20260903-8841277\n"
            "　カード下4桁：**** **** **** 5813\n"
            "　金額：128,000円\n\n"
            "お手数ですがよろしくお願いいたします。\n" + SIG_OKONOGI,
    "entities": [], "detectors": [],
    "note": "only a transaction ID and the last four digits of a card",
})

MESSAGES.append({
    "id": "adventure-078", "expect": "pass",
    "sender": YAMAOKA, "to": ["北国フーズ 安曇野工場 弁当受注係 <bento@kitaguni-foods.co.jp>"],
    "subject": "9/19 山弁当のご注文（アレルギー対応食あり）",
    "charset": "iso-2022-jp",
    "body": "北国フーズ株式会社\n安曇野工場 弁当受注係 御中\n\nいつもお世話になっております。ひので山旅の山岡です。\n"
            "9/19（土）の山弁当を下記のとおり注文いたします。\n\n"
            "　通常の山弁当（おにぎり2個・おかず）　　　　　18食\n"
            "　卵・乳不使用の対応食　　　　　　　　　　　　2食\n"
            "　そば・落花生を含まない対応食　　　　　　　　1食\n"
            "　ベジタリアン対応（肉・魚不使用）　　　　　　1食\n\n"
            "受け取り：9/19 6:50 穂高駅前　お支払い：月末締め請求\n"
            "対応食は識別のため、フタに「A」「B」「V」のシールをお願いします。\n" + SIG_YAMAOKA,
    "entities": [], "detectors": [],
    "note": "allergy-free meal counts with nobody named: no identifiable person",
})

MESSAGES.append({
    "id": "adventure-079", "expect": "pass",
    "sender": YAMAOKA, "to": ["アウトドア事業部 全員 <outdoor-all@mail.hinode-sangyo.co.jp>"],
    "subject": "【社外秘】2027年度 事業計画（ドラフト）の共有",
    "charset": "iso-2022-jp",
    "body": "アウトドア事業部の皆さん\n\n山岡です。2027年度事業計画のドラフトを共有します。\n"
            "社外秘です。取引先・外部ガイドへの転送はしないでください。\n\n"
            "・売上目標 4.8億円（前年比112%）\n・インバウンド比率 35%（前年 27%）\n"
            "・白馬ベース拡張（冬季プログラム強化）\n・ガイド正社員化 3名\n\n"
            "11/20の部会で議論します。\n" + SIG_YAMAOKA,
    "attachments": [{
        "kind": "pptx", "name": "2027事業計画_ドラフト.pptx", "page_footer": "社外秘",
        "slides": [["2027年度 アウトドア事業部 事業計画（ドラフト）", "社外秘"],
                   ["数値目標", "売上 4.8億円", "営業利益率 9%", "インバウンド 35%"]],
    }],
    "entities": [], "detectors": [],
    "note": "社外秘 marking, but sent to an internal distribution list only",
})

MESSAGES.append({
    "id": "adventure-080", "expect": "stop",
    "sender": WASHIO, "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "沢登りツアー事故の調査報告書（ご相談用）",
    "charset": "iso-2022-jp",
    "body": "白川先生\n\nいつもお世話になっております。鷲尾です。\n"
            "先日ご相談した沢登りツアーの事故について、社内調査報告書をお送りします。\n"
            "参加者の氏名等は記号化しております。ご助言をお願いいたします。\n" + SIG_WASHIO,
    "attachments": [{
        "kind": "pdf", "name": "調査報告書_沢登り事故_記号化版.pdf",
        "page_header": "取扱注意", "title": "事故調査報告書（取扱注意）",
        "lines": ["事故調査報告書（記号化版）", "", "1. 概要　2026年8月9日、小沢川F3滝上部にて参加者Aが約4m滑落。",
                  "2. ガイド体制　リードガイドB、サブガイドC（参加者6名に対し2名）",
                  "3. 原因分析　残置ロープの摩耗を見落とした点検手順の不備",
                  "4. 対応　当該ルートの催行を当面中止、ロープ点検表を新設"],
    }],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "PDF stamped 取扱注意 on every page; contents anonymised",
})


# ==== 081-090 ===========================================================================

MESSAGES.append({
    "id": "adventure-081", "expect": "pass",
    "sender": YAMAOKA, "to": ["東都大学 ワンダーフォーゲル部 顧問 真壁先生 <makabe.t@tohto-u.ac.jp>"],
    "subject": "冬山講習（学生向け）のご提案",
    "charset": "utf-8",
    "body": "東都大学 ワンダーフォーゲル部\n顧問 真壁先生\n\nお世話になっております。日の出産業 ひので山旅の山岡です。\n"
            "先日ご相談いただいた学生向け冬山講習について、プランをご提案いたします。\n\n"
            "【日程】2027年2月13日（土）～14日（日）\n【場所】白馬エリア（白馬ベース泊）\n"
            "【内容】ラッセル、ビーコン捜索、雪洞づくり、弱層テスト\n"
            "【料金】学生1名 24,000円（宿泊・食事・ガイド・ビーコン貸出込み）\n"
            "【定員】16名（ガイド1名あたり学生5名まで）\n\n"
            "学内での安全審査用に、講習の安全計画書も準備できます。\n" + SIG_YAMAOKA + "\n" + DISC_JA,
    "html": "<html><body><p>東都大学 ワンダーフォーゲル部<br>顧問 真壁先生</p>"
            "<p>お世話になっております。日の出産業 ひので山旅の山岡です。<br>"
            "先日ご相談いただいた学生向け冬山講習について、プランをご提案いたします。</p>"
            "<table border=\"1\" cellpadding=\"3\"><tr><th>日程</th><td>2027年2月13日（土）～14日（日）</td></tr>"
            "<tr><th>場所</th><td>白馬エリア（白馬ベース泊）</td></tr>"
            "<tr><th>内容</th><td>ラッセル、ビーコン捜索、雪洞づくり、弱層テスト</td></tr>"
            "<tr><th>料金</th><td>学生1名 24,000円（宿泊・食事・ガイド・ビーコン貸出込み）</td></tr>"
            "<tr><th>定員</th><td>16名（ガイド1名あたり学生5名まで）</td></tr></table>"
            "<p>学内での安全審査用に、講習の安全計画書も準備できます。</p>"
            "<p style=\"font-size:small;color:#777\">【ご注意】本メールには機密情報が含まれている場合があります。"
            "誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。</p>"
            "</body></html>",
    "entities": [], "detectors": [],
    "note": "ordinary proposal (text + HTML) ending in the standard confidentiality disclaimer",
})

_p = people(5)
_blk = []
for i, q in enumerate(_p, 1):
    b = dob(1970, 2010)
    _blk.append(f"■参加者{i}\n  お名前　{q['kanji']}（{q['kana']}）\n  生年月日　{kanji_date(b)}\n"
                f"  ご住所　{address()}\n  お電話　{rng.choice([mobile(), landline()])}\n"
                f"  カヤック経験　{rng.choice(['なし', 'あり（2回）', 'なし', 'SUPのみ'])}")
MESSAGES.append({
    "id": "adventure-082", "expect": "stop",
    "sender": KURIKI, "to": ["しまなみシーカヤック 予約係 <booking@shimanami-kayak.jp>"],
    "subject": "10/24 シーカヤック体験 参加者情報（ファミリー2組）",
    "charset": "iso-2022-jp",
    "body": "しまなみシーカヤック 予約係様\n\nお世話になっております。ひので山旅の栗城です。\n"
            "10/24の体験会に参加するファミリー2組（計5名）の情報をお送りします。\n"
            "保険加入用に住所・生年月日が必要とのことでしたので記載しています。\n\n"
            "━━━━━━━━━━━━━━━━━━━━\n" + "\n━━━━━━━━━━━━━━━━━━━━\n".join(_blk) +
            "\n━━━━━━━━━━━━━━━━━━━━\n\n" + SIG_KURIKI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five participants, one block each (name, DOB, address, phone), to a kayak operator",
})

MESSAGES.append({
    "id": "adventure-083", "expect": "pass",
    "sender": YAMAOKA, "to": ["東都大学 ワンダーフォーゲル部 顧問 真壁先生 <makabe.t@tohto-u.ac.jp>"],
    "subject": "部員割引対象のアウトドアショップ一覧",
    "charset": "iso-2022-jp",
    "body": "真壁先生\n\n山岡です。講習にご参加の部員の皆さんが装備を揃える際に使える、\n"
            "提携ショップ（学生証提示で10%引き）の一覧です。\n\n"
            "店舗名　　　　　　　　　　所在地　　　　　　　　　　　　　　　電話\n"
            "――――――――――――――――――――――――――――――――――――――――――\n"
            "山道具のやまびこ 松本店　　長野県松本市中央2-4-11　　　　　　0263-32-5518\n"
            "アルパインベース 白馬　　　長野県北安曇郡白馬村北城3020　　　0261-72-8840\n"
            "トレイルギア 新宿西口店　　東京都新宿区西新宿1-12-3 2F　　　　03-5321-0771\n"
            "峰屋スポーツ 名古屋　　　　愛知県名古屋市中区栄3-6-22　　　　052-251-3304\n"
            "やまのみち 大阪梅田店　　　大阪府大阪市北区梅田1-9-8 B1　　　06-6341-2290\n\n"
            "在庫は各店舗にお問い合わせください。\n" + SIG_YAMAOKA,
    "entities": [], "detectors": [],
    "note": "a list of shops with their addresses and numbers: businesses, not people",
})

_p = people(5)
_kr = "\n".join(f"{pad(q['kata'], 22, chr(0x3000))}{zen(mobile())}　{zen(str(rng.randint(19, 72)))}歳"
                for q in _p)
MESSAGES.append({
    "id": "adventure-084", "expect": "stop",
    "sender": TOGASHI, "to": ["中房ロッジ フロント <front@nakabusa-lodge.jp>"],
    "subject": "１０／１０ 素泊まり５名様 各自の連絡先",
    "charset": "cp932",
    "body": "中房ロッジ フロント様\n\nお世話になっております。ひので山旅 白馬ベースの富樫です。\n"
            "１０／１０の素泊まり５名、早朝出発のため各自で精算・チェックアウトとなります。\n"
            "念のため全員分の連絡先をお知らせします（予約システムの表記のままカナでお送りします）。\n\n"
            "氏名　　　　　　　　　携帯電話　　　　　　　　年齢\n"
            "――――――――――　―――――――――――――　――――\n" + _kr +
            "\n\nよろしくお願いいたします。\n" + SIG_TOGASHI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "five katakana names with full-width mobile numbers padded with ideographic spaces",
})

_p = people(4)
MESSAGES.append({
    "id": "adventure-085", "expect": "pass",
    "sender": YOMODA,
    "to": ["栗城 まどか <kuriki.madoka@hinode-sangyo.co.jp>"],
    "cc": ["産業保健担当 <sangyo-hoken@hinode-sangyo.co.jp>"],
    "subject": "ガイド職 定期健康診断 有所見者のフォロー",
    "charset": "cp932",
    "body": "栗城さん\n\n四方田です。ガイド職の定期健康診断で有所見となった4名について、産業医面談の調整をお願いします。\n"
            "本人以外には共有しないよう、取扱いにご注意ください。\n\n"
            f"・{_p[0]['kanji']}　血圧 162/98（要精密検査）\n"
            f"・{_p[1]['kanji']}　心電図 不完全右脚ブロック（要経過観察）\n"
            f"・{_p[2]['kanji']}　HbA1c 7.1（要治療）\n"
            f"・{_p[3]['kanji']}　肝機能 γ-GTP 188（要再検査）\n\n"
            "冬季シーズンの配置判断は面談結果を見てから決めましょう。\n" + SIG_YOMODA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "guides' health-check findings, but the mail stays inside the company",
})

_h = people(1)[0]
_b = dob(1970, 1985)
MESSAGES.append({
    "id": "adventure-086", "expect": "stop",
    "sender": YOMODA, "to": ["あずみ野産業医クリニック 受付 <uketsuke@azumino-sangyoi.jp>"],
    "subject": "産業医面談のお願い（ガイド職 1名）",
    "charset": "iso-2022-jp",
    "body": "あずみ野産業医クリニック\n受付ご担当者様\n\nいつもお世話になっております。日の出産業 総務人事部の四方田です。\n"
            "下記従業員の面談をお願いしたく、健診結果の要点をお知らせします。\n\n"
            f"　氏名　　：{_h['kanji']}（{_h['kana']}）\n"
            f"　生年月日：{wareki(_b, 'long')}\n"
            "　職種　　：山岳ガイド（冬季は積雪期ツアー担当予定）\n"
            "　所見　　：血圧 162/98 mmHg（要精密検査）、心電図 左室肥大の疑い\n"
            "　既往歴　：2022年 高所での一過性脳虚血発作（TIA）\n\n"
            "冬季の高所業務に従事させてよいか、ご意見をいただけますと幸いです。\n" + SIG_YOMODA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one employee's health-check results and medical history to an outside clinic",
})

MESSAGES.append({
    "id": "adventure-087", "expect": "either",
    "sender": WASHIO, "to": ["北アルプス南部山岳遭難防止協会 事務局 <jimukyoku@kitaalps-sounan.or.jp>"],
    "subject": "事例研究会 発表用の事故概要",
    "charset": "iso-2022-jp",
    "body": "事務局 御中\n\n鷲尾です。11月の事例研究会で発表する事故の概要をお送りします。\n\n"
            "・発生：2026年8月14日 10時頃 白嶺岳 北尾根 鎖場下\n"
            "・被災者：60代女性（東京都世田谷区在住、当社ツアー12回目のリピーター、元中学校教員）\n"
            "・状況：下降中に転倒し左足関節骨折。既往に骨粗しょう症あり。\n"
            "・搬送：県警ヘリで救助、やまびこ総合病院へ\n\n"
            "氏名は伏せていますが、地元紙に報道された事故のため、関係者には特定できるかもしれません。\n"
            "発表資料で削るべき点があればご指摘ください。\n" + SIG_WASHIO,
    "entities": ["SENSITIVE_CATEGORY"], "detectors": [],
    "note": "unnamed but possibly identifiable victim with fracture and osteoporosis: arguable",
})

MESSAGES.append({
    "id": "adventure-088", "expect": "stop",
    "sender": WASHIO, "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.co.jp>"],
    "subject": "参加同意書（免責条項）の文言見直しのお願い",
    "charset": "iso-2022-jp",
    "body": "白川先生\n\nいつもお世話になっております。日の出産業の鷲尾です。\n"
            "来シーズンに向けて、ツアー参加同意書の免責条項を見直したいと考えております。\n"
            "消費者契約法上、「いかなる場合も当社は責任を負わない」という現行の書き方は\n"
            "無効となるおそれがあると伺いましたので、修正案のご作成をお願いできますでしょうか。\n\n"
            "現行の同意書は来週郵送いたします。\n" + SIG_WASHIO,
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "the partner law firm is shirakawa-law.jp; shirakawa-law.co.jp is a look-alike",
})

MESSAGES.append({
    "id": "adventure-089", "expect": "pass",
    "sender": WASHIO,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "cc": ["保坂 由紀子 <hosaka.yukiko@toho-anshin.co.jp>", "四方田 誠 <yomoda.makoto@hinode-sangyo.co.jp>"],
    "subject": "沢登り事故の示談方針 打合せ日程",
    "charset": "iso-2022-jp",
    "body": "白川先生\n（cc：東邦あんしん損保 保坂様）\n\nお世話になっております。鷲尾です。\n"
            "8/9の沢登り事故の示談方針について、三者で打合せの場を設けたく存じます。\n\n"
            "候補：10/6（火）15時、10/8（木）10時、10/9（金）13時\n"
            "場所：白川法律事務所様 会議室、またはオンライン\n\n"
            "ご都合のよい日時をお知らせください。\n" + SIG_WASHIO,
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "law firm and insurer (two external organisations) in To/Cc: a normal meeting mail",
})

_g = foreigners(5)
MESSAGES.append({
    "id": "adventure-090", "expect": "stop",
    "sender": IJUIN, "to": ["Daniel Koh <daniel.koh@lioncity-outdoors.sg>"],
    "subject": "Hakuba snowshoe Jan 20 - guest contacts for the WhatsApp group",
    "charset": "utf-8",
    "body": "Hi Daniel,\n\nFor the Jan 20 group, here are the guest contacts we have on file. Could you check\n"
            "them against yours? Our guide will set up a WhatsApp group two days before.\n\n"
            "Name\tEmail\tMobile\n" + "\n".join(f"{g['name']}\t{g['email']}\t{g['tel']}" for g in _g) +
            "\n\nThanks!\n" + SIG_IJUIN,
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "exactly five guests' e-mails and mobiles, tab-separated, to a foreign agency",
})


# ==== 091-100 ===========================================================================

_p = people(4)
MESSAGES.append({
    "id": "adventure-091", "expect": "pass",
    "sender": OKONOGI, "to": ["みすず小屋 管理人 <kanri@misuzu-hutte.jp>"],
    "subject": "10/17 個人山行プラン 4名様のご予約",
    "charset": "iso-2022-jp",
    "body": "みすず小屋 管理人様\n\nお世話になっております。ひので山旅 予約センターの小此木です。\n"
            "ガイドなしの個人山行プラン（宿泊手配のみ）で、10/17に4名様がご宿泊されます。\n"
            "到着が遅れる場合に備え、各自の携帯番号をお知らせします。\n\n"
            + "".join(f"  {i}) {q['kanji']} 様 … {mobile()}\n" for i, q in enumerate(_p, 1)) +
            "\n1泊2食、お弁当なしでお願いいたします。\n" + SIG_OKONOGI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "four guests with mobiles (below the five-person threshold) to a hut: may warn, must go",
})

_p = people(6)
MESSAGES.append({
    "id": "adventure-092", "expect": "stop",
    "sender": WASHIO, "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "8/9 沢登りツアー 参加同意書（回収分）一覧",
    "charset": "iso-2022-jp",
    "body": "白川先生\n\nお世話になっております。鷲尾です。\n"
            "8/9の沢登りツアーで回収した参加同意書の一覧をPDFでお送りします。\n"
            "全員が当日朝に自署しており、免責条項の説明も口頭で行っております。\n" + SIG_WASHIO,
    "attachments": [{
        "kind": "pdf", "name": "参加同意書一覧_20260809.pdf", "title": "参加同意書 回収一覧",
        "lines": ["参加同意書 回収一覧　ツアー：沢登り入門（小沢川）2026年8月9日", ""],
        "table": [["No", "氏名", "生年月日", "住所", "署名日", "同意書No"]]
                 + [[str(i), q["kanji"], slash(dob(1960, 2002)), address(with_zip=False), "2026/08/09",
                     f"W-0809-{i:02d}"] for i, q in enumerate(_p, 1)],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "PDF table of six signed waivers (name, DOB, address) sent to the law firm",
})

MESSAGES.append({
    "id": "adventure-093", "expect": "pass",
    "sender": YAMAOKA, "to": ["錦印刷 営業部 大河内様 <okochi@nishiki-insatsu.co.jp>"],
    "subject": "参加同意書・健康申告書（複写式）の印刷発注",
    "charset": "iso-2022-jp",
    "body": "錦印刷株式会社\n営業部 大河内様\n\nいつもお世話になっております。山岡です。\n"
            "来シーズン用の参加同意書・健康申告書（2枚複写）の版下をWordでお送りします。\n"
            "A4・2枚複写・のり天綴じ50組×40冊でお見積りをお願いいたします。\n" + SIG_YAMAOKA,
    "attachments": [{
        "kind": "docx", "name": "同意書_健康申告書_版下_2027.docx",
        "paragraphs": ["ツアー参加同意書", "私は、ツアーの内容と危険性について説明を受け、理解したうえで参加します。",
                       "氏名：＿＿＿＿＿＿＿＿＿＿　生年月日：＿＿＿年＿＿月＿＿日",
                       "住所：〒＿＿＿－＿＿＿＿　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
                       "電話：＿＿＿＿＿＿＿＿＿＿　緊急連絡先：＿＿＿＿＿＿＿＿＿＿",
                       "", "健康申告書",
                       "現在治療中の病気　□なし　□あり（病名：＿＿＿＿＿＿＿＿）",
                       "服用中の薬　□なし　□あり（＿＿＿＿＿＿＿＿）",
                       "アレルギー　□なし　□あり（＿＿＿＿＿＿＿＿）",
                       "署名：＿＿＿＿＿＿＿＿＿＿　日付：＿＿＿＿年＿＿月＿＿日"],
    }],
    "entities": [], "detectors": [],
    "note": "blank waiver / health declaration form for printing: field labels, no one's data",
})

MESSAGES.append({
    "id": "adventure-094", "expect": "pass",
    "sender": TOGASHI, "to": ["白嶺小屋 <yoyaku@shirane-goya.jp>"],
    "subject": "ヘリ荷揚げ分 発送のご連絡（お問い合わせ番号）",
    "charset": "iso-2022-jp",
    "body": "白嶺小屋 ご担当者様\n\nお世話になっております。白馬ベースの富樫です。\n"
            "ヘリ荷揚げ用の物資を本日、麓の集積所あてに発送しました。\n\n"
            "　・救急用品（AED交換パッド、酸素缶 10本）　　お問い合わせ番号 4471-2290-8813\n"
            "　・シュラフ 8組（貸出用）　　　　　　　　　　お問い合わせ番号 4471-2290-8824\n"
            "　・無線機予備バッテリー 6個　　　　　　　　　お問い合わせ番号 4471-2290-8835\n\n"
            "荷揚げ便は9/9（水）の予定と伺っています。\n" + SIG_TOGASHI,
    "entities": [], "detectors": [],
    "note": "shipment tracking numbers and supplies only",
})

MESSAGES.append({
    "id": "adventure-095", "expect": "stop",
    "sender": KURIKI, "to": ["穂高ガイドサービス 代表 奥原様 <okuhara@hotaka-guide-service.jp>"],
    "subject": "来季のガイド応援 単価について",
    "charset": "iso-2022-jp",
    "body": "穂高ガイドサービス\n奥原様\n\nお世話になっております。ひので山旅の栗城です。\n"
            "来季の繁忙期の応援ガイドについて、弊社の単価表をお送りします。\n"
            "御社からの応援の場合もこの単価に準じてお支払いする想定です。\n" + SIG_KURIKI,
    "attachments": [{
        "kind": "xlsx", "name": "ガイド単価表_2027.xlsx",
        "sheets": {"単価表": [["【部外秘】2027年度 ガイド日当・手当単価表（アウトドア事業部）"], [],
                           ["区分", "リード", "サブ", "備考"],
                           ["無雪期 一般登山道", 28000, 20000, "1日あたり"],
                           ["岩稜・鎖場コース", 32000, 23000, ""],
                           ["沢登り", 34000, 25000, "沢手当込み"],
                           ["積雪期", 38000, 27000, "雪崩講習修了者のみ"],
                           ["宿泊手当", 4000, 4000, "小屋泊1泊あたり"]]},
    }],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "XLSX whose title row is stamped 【部外秘】, sent to another guide company",
})

MESSAGES.append({
    "id": "adventure-096", "expect": "pass",
    "sender": YAMAOKA, "to": ["旅の森 仕入課 <shiire@tabi-no-mori.co.jp>"],
    "subject": "秋冬ツアー 代金表（CSV）",
    "charset": "utf-8",
    "body": "株式会社旅の森\n仕入課 御中\n\nお世話になっております。日の出産業 ひので山旅の山岡です。\n"
            "御社システム取込用に、秋冬ツアーの代金表をCSV（UTF-8）でお送りします。\n" + SIG_YAMAOKA,
    "attachments": [{
        "kind": "csv", "name": "hinode_tour_prices_2026AW.csv", "encoding": "utf-8",
        "rows": [["tour_code", "tour_name", "start_date", "days", "adult_price", "child_price", "min_pax"],
                 ["HY26-A11", "白嶺岳 紅葉縦走", "2026-10-03", 2, 46800, "", 6],
                 ["HY26-A12", "雲居平 紅葉ハイク", "2026-10-10", 1, 13800, 9800, 4],
                 ["HY26-A13", "沢登り 納会ツアー", "2026-10-24", 1, 16500, "", 4],
                 ["HY26-W01", "白馬スノーシュー入門", "2027-01-16", 1, 14800, 10800, 4],
                 ["HY26-W02", "雪山はじめの一歩 1泊", "2027-02-06", 2, 42000, "", 5]],
    }],
    "entities": [], "detectors": [],
    "note": "a CSV price list of tours: product codes and prices only",
})

_c = people(1)[0]
_ca = freemail(_c, "gmail.com")
_tel = mobile()
MESSAGES.append({
    "id": "adventure-097", "expect": "stop",
    "sender": OKONOGI, "to": ["みなかみリバーワークス 井出様 <ide@riverworks-minakami.jp>"],
    "subject": "FW: 8/3 キャニオニングについてのご意見",
    "charset": "iso-2022-jp",
    "body": "井出様\n\nお世話になっております。小此木です。\n"
            "8/3ご参加のお客様からご意見メールが届きましたので転送いたします。\n"
            "当日の対応について、御社側の記録と照らし合わせていただけますでしょうか。\n\n小此木",
    "attachments": [{
        "kind": "eml", "name": "ご意見_0803キャニオニング.eml",
        "message": {
            "sender": f"{_c['kanji']} <{_ca}>", "to": ["ひので山旅 予約センター <okonogi.sayaka@hinode-sangyo.co.jp>"],
            "subject": "8/3 キャニオニングについて", "charset": "iso-2022-jp",
            "body": f"ひので山旅 ご担当者様\n\n8/3のキャニオニングに参加した{_c['kanji']}です。\n"
                    "申込時に、パニック障害で通院中であることと、狭い場所で発作が出やすいことを\n"
                    "健康申告書に書いてお伝えしていました。\n"
                    "それなのに当日は洞窟状の滝くぐりを全員で行うと言われ、断りにくい雰囲気でした。\n"
                    "結果、途中で過呼吸になり、とても怖い思いをしました。\n\n"
                    f"きちんと説明をいただきたいので、お電話ください（{_tel}、平日18時以降）。\n\n{_c['kanji']}\n",
        },
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a forwarded .eml in which a customer names her panic disorder: forwarded text counts",
})

_c = people(1)[0]
_ca = freemail(_c, "yahoo.co.jp")
MESSAGES.append({
    "id": "adventure-098", "expect": "either",
    "sender": OKONOGI, "to": [f"{_c['kanji']} 様 <{_ca}>"],
    "subject": "FW: 健康申告書の内容確認のお願い",
    "charset": "iso-2022-jp",
    "body": f"{_c['kanji']} 様\n\nひので山旅 予約センターの小此木です。\n"
            "先日お送りいただいた健康申告の内容を念のため転送いたします。\n"
            "主治医の先生からの参加可否のご意見を、出発の1週間前までにお知らせいただけますでしょうか。\n\n"
            "---------- 転送メッセージ ----------\n"
            f"差出人: {_c['kanji']} <{_ca}>\n"
            "日付: 2026年9月2日 21:40\n"
            "件名: 健康申告書\n\n"
            "お世話になります。9/26沢登り入門に申し込んだ者です。\n"
            "昨年、心房細動でカテーテルアブレーションを受けました。現在は抗凝固薬を服用しています。\n"
            "主治医からは軽い運動は問題ないと言われています。\n" + SIG_OKONOGI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["freemail_recipient", "personal_data"],
    "note": "a customer's own health declaration forwarded back to her: new text, but only to the data subject",
})

_gn = people(1)[0]
MESSAGES.append({
    "id": "adventure-099", "expect": "pass",
    "sender": TOGASHI, "to": ["白嶺小屋 <yoyaku@shirane-goya.jp>"],
    "subject": "9/19 団体 担当ガイド変更のご連絡",
    "charset": "iso-2022-jp",
    "body": "白嶺小屋 ご担当者様\n\nお世話になっております。白馬ベースの富樫です。\n"
            f"9/19-20の団体（14名）の担当ガイドが、栗城から{_gn['kanji'].split()[0]}に変更となりました。\n"
            "人数・食事・到着時刻に変更はございません。\n"
            "当日の連絡は、これまでどおり白馬ベース（0261-72-3307）までお願いいたします。\n" + SIG_TOGASHI,
    "entities": [], "detectors": [],
    "note": "a guide's surname with no other data about him: not a personal record",
})

MESSAGES.append({
    "id": "adventure-100", "expect": "stop",
    "sender": WASHIO, "to": ["保坂 由紀子 <hosaka.yukiko@toho-anshin.co.jp>"],
    "subject": "保険金請求書類（参加同意書の写し）",
    "charset": "cp932",
    "body": "保坂様\n\nお世話になっております。鷲尾です。\n"
            "8/9の沢登り事故の保険金請求に必要な参加同意書の写しをWordにまとめてお送りします。\n"
            "ファイルサイズが大きいため、開けない場合はご連絡ください。\n" + SIG_WASHIO,
    "attachments": [{"kind": "corrupt", "name": "参加同意書_写し_0809.docx"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the DOCX attachment is corrupt and cannot be inspected",
})
