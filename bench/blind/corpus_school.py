"""Blind corpus: 日の出産業 教育事業 (ひので学習教室・日の出職業能力開発校) and 健診センター.

Written from BRIEF.md and SPEC.md only.  ids sch-001 … sch-100.
Every person, number and address below is invented.
"""

from __future__ import annotations

import datetime as _dt
import random as _random

from build import card_number, my_number

# -- small helpers to make plausible invented rows -------------------------------------

_FW = str.maketrans("0123456789-()/.:, ", "０１２３４５６７８９－（）／．：，　")


def fw(s: str) -> str:
    """ASCII digits and separators → full-width."""
    return str(s).translate(_FW)


_SURNAMES = [
    ("佐藤", "さとう", "Sato"), ("高橋", "たかはし", "Takahashi"), ("渡辺", "わたなべ", "Watanabe"),
    ("伊藤", "いとう", "Ito"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山口", "やまぐち", "Yamaguchi"),
    ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"),
    ("清水", "しみず", "Shimizu"), ("森", "もり", "Mori"), ("池田", "いけだ", "Ikeda"),
    ("橋本", "はしもと", "Hashimoto"), ("石川", "いしかわ", "Ishikawa"), ("前田", "まえだ", "Maeda"),
    ("藤田", "ふじた", "Fujita"), ("岡田", "おかだ", "Okada"), ("長谷川", "はせがわ", "Hasegawa"),
    ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"), ("坂本", "さかもと", "Sakamoto"),
    ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"), ("西村", "にしむら", "Nishimura"),
    ("福田", "ふくだ", "Fukuda"), ("太田", "おおた", "Ota"), ("三浦", "みうら", "Miura"),
    ("藤原", "ふじわら", "Fujiwara"), ("岡本", "おかもと", "Okamoto"), ("松田", "まつだ", "Matsuda"),
    ("中川", "なかがわ", "Nakagawa"), ("原田", "はらだ", "Harada"), ("小野", "おの", "Ono"),
    ("竹内", "たけうち", "Takeuchi"), ("金子", "かねこ", "Kaneko"), ("和田", "わだ", "Wada"),
    ("中野", "なかの", "Nakano"), ("五十嵐", "いがらし", "Igarashi"), ("東海林", "しょうじ", "Shoji"),
    ("勅使河原", "てしがわら", "Teshigawara"), ("小鳥遊", "たかなし", "Takanashi"),
    ("百々", "どど", "Dodo"), ("九十九", "つくも", "Tsukumo"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("城之内", "じょうのうち", "Jonouchi"), ("一ノ瀬", "いちのせ", "Ichinose"), ("甲斐", "かい", "Kai"),
    ("嵯峨", "さが", "Saga"), ("鬼塚", "おにづか", "Onizuka"), ("御手洗", "みたらい", "Mitarai"),
    ("四十物", "あいもの", "Aimono"), ("猪狩", "いかり", "Ikari"), ("神子島", "かごしま", "Kagoshima"),
    ("鮫島", "さめじま", "Samejima"), ("汐見", "しおみ", "Shiomi"), ("榊原", "さかきばら", "Sakakibara"),
    ("宇佐美", "うさみ", "Usami"), ("栗栖", "くりす", "Kurisu"), ("籾山", "もみやま", "Momiyama"),
    ("冨樫", "とがし", "Togashi"), ("比嘉", "ひが", "Higa"), ("仲宗根", "なかそね", "Nakasone"),
    ("我妻", "わがつま", "Wagatsuma"), ("丹羽", "にわ", "Niwa"), ("久米", "くめ", "Kume"),
    ("日下部", "くさかべ", "Kusakabe"), ("真壁", "まかべ", "Makabe"), ("沼尻", "ぬまじり", "Numajiri"),
]

_BOYS = [
    ("陽翔", "はると", "Haruto"), ("蓮", "れん", "Ren"), ("湊", "みなと", "Minato"),
    ("蒼", "あお", "Ao"), ("悠真", "ゆうま", "Yuma"), ("樹", "いつき", "Itsuki"),
    ("大和", "やまと", "Yamato"), ("律", "りつ", "Ritsu"), ("朝陽", "あさひ", "Asahi"),
    ("奏太", "そうた", "Sota"), ("颯", "はやて", "Hayate"), ("航平", "こうへい", "Kohei"),
    ("悠人", "ゆうと", "Yuto"), ("大翔", "ひろと", "Hiroto"), ("湊斗", "みなと", "Minato"),
    ("結翔", "ゆいと", "Yuito"), ("陸", "りく", "Riku"), ("新", "あらた", "Arata"),
    ("晴", "はる", "Haru"), ("壮真", "そうま", "Soma"), ("琉生", "るい", "Rui"),
    ("海斗", "かいと", "Kaito"), ("隼", "しゅん", "Shun"), ("瑛太", "えいた", "Eita"),
]
_GIRLS = [
    ("結衣", "ゆい", "Yui"), ("芽依", "めい", "Mei"), ("葵", "あおい", "Aoi"),
    ("陽葵", "ひまり", "Himari"), ("凛", "りん", "Rin"), ("紬", "つむぎ", "Tsumugi"),
    ("咲良", "さくら", "Sakura"), ("心春", "こはる", "Koharu"), ("澪", "みお", "Mio"),
    ("柚希", "ゆずき", "Yuzuki"), ("琴音", "ことね", "Kotone"), ("詩", "うた", "Uta"),
    ("美月", "みづき", "Mizuki"), ("杏", "あん", "An"), ("莉子", "りこ", "Riko"),
    ("彩葉", "いろは", "Iroha"), ("結菜", "ゆいな", "Yuina"), ("楓", "かえで", "Kaede"),
    ("花音", "かのん", "Kanon"), ("千尋", "ちひろ", "Chihiro"), ("日和", "ひより", "Hiyori"),
    ("美桜", "みお", "Mio"), ("愛莉", "あいり", "Airi"), ("菫", "すみれ", "Sumire"),
]
_MEN = [
    ("健一", "けんいち", "Kenichi"), ("直樹", "なおき", "Naoki"), ("剛", "つよし", "Tsuyoshi"),
    ("和也", "かずや", "Kazuya"), ("隆之", "たかゆき", "Takayuki"), ("浩二", "こうじ", "Koji"),
    ("誠", "まこと", "Makoto"), ("大輔", "だいすけ", "Daisuke"), ("拓也", "たくや", "Takuya"),
    ("修", "おさむ", "Osamu"), ("秀樹", "ひでき", "Hideki"), ("敦", "あつし", "Atsushi"),
    ("雅人", "まさと", "Masato"), ("淳一", "じゅんいち", "Junichi"), ("慎吾", "しんご", "Shingo"),
    ("俊介", "しゅんすけ", "Shunsuke"), ("康弘", "やすひろ", "Yasuhiro"), ("亮", "りょう", "Ryo"),
]
_WOMEN = [
    ("由美", "ゆみ", "Yumi"), ("真由美", "まゆみ", "Mayumi"), ("恵", "めぐみ", "Megumi"),
    ("智子", "ともこ", "Tomoko"), ("亜紀", "あき", "Aki"), ("香織", "かおり", "Kaori"),
    ("裕子", "ゆうこ", "Yuko"), ("奈々", "なな", "Nana"), ("麻衣", "まい", "Mai"),
    ("理恵", "りえ", "Rie"), ("さやか", "さやか", "Sayaka"), ("綾", "あや", "Aya"),
    ("千春", "ちはる", "Chiharu"), ("瞳", "ひとみ", "Hitomi"), ("久美子", "くみこ", "Kumiko"),
    ("純子", "じゅんこ", "Junko"), ("舞", "まい", "Mai"), ("朋美", "ともみ", "Tomomi"),
]

_TOWNS = [
    ("神奈川県", "横浜市港北区", ["日吉本町", "綱島西", "大倉山", "菊名", "篠原町", "新吉田東", "樽町"], "223"),
    ("神奈川県", "横浜市都筑区", ["中川中央", "北山田", "荏田南", "仲町台", "勝田町"], "224"),
    ("神奈川県", "川崎市中原区", ["小杉町", "木月", "井田三舞町", "上丸子山王町", "今井南町"], "211"),
    ("神奈川県", "川崎市高津区", ["溝口", "久本", "梶ケ谷", "末長"], "213"),
    ("東京都", "大田区", ["田園調布", "雪谷大塚町", "久が原", "池上", "南千束"], "145"),
    ("東京都", "世田谷区", ["奥沢", "等々力", "深沢", "玉川田園調布", "尾山台"], "158"),
    ("東京都", "目黒区", ["自由が丘", "八雲", "中根", "緑が丘"], "152"),
    ("神奈川県", "横浜市青葉区", ["あざみ野", "美しが丘", "荏子田", "市ケ尾町"], "225"),
]
_BUILD = ["コーポけやき", "ハイツ緑丘", "パークハウス綱島", "メゾン若葉", "グランシャリオ", "サンライズ桜",
          "ルミエール菊名", "エスポワール", "ソレイユ久が原"]

_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "i.softbank.jp", "au.com", "hotmail.co.jp"]

_BANKS = [("みどり銀行", ["港北支店", "日吉支店", "新横浜支店", "溝の口支店", "武蔵小杉支店"]),
          ("横浜湾岸信用金庫", ["綱島支店", "大倉山支店", "本店営業部"]),
          ("東都銀行", ["自由が丘支店", "田園調布支店", "川崎支店"]),
          ("ゆうちょ銀行", ["〇一八店", "〇二八店", "〇九八店"])]

_KANA = str.maketrans(
    "ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわをんー",
    "ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヲンー")


def kata(s: str) -> str:
    return s.translate(_KANA)


def mobile(rng: _random.Random, sep: str = "-") -> str:
    return sep.join([rng.choice(["090", "080", "070"]), f"{rng.randrange(1000, 10000)}",
                     f"{rng.randrange(10000):04d}"])


_GENGO = [(_dt.date(2019, 5, 1), "令和", "R"), (_dt.date(1989, 1, 8), "平成", "H"),
          (_dt.date(1926, 12, 25), "昭和", "S")]


def wareki(d: _dt.date, style: str = "long") -> str:
    for start, name, letter in _GENGO:
        if d >= start:
            y = d.year - start.year + 1
            if style == "long":
                return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
            if style == "short":
                return f"{letter}{y}.{d.month}.{d.day}"
            if style == "fwshort":
                return fw(f"{letter}{y}.{d.month}.{d.day}").replace(letter, chr(ord(letter) + 0xFEE0))
            if style == "fwlong":
                return fw(f"{name}{y}年{d.month}月{d.day}日")
    raise ValueError(d)


def date(d: _dt.date, style: str = "slash") -> str:
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "slash1":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "hyphen":
        return d.isoformat()
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "fw":
        return fw(f"{d.year}/{d.month:02d}/{d.day:02d}")
    if style == "fwkanji":
        return fw(f"{d.year}年{d.month}月{d.day}日")
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    return wareki(d, style)


_GRADES = ["小1", "小2", "小3", "小4", "小5", "小6", "中1", "中2", "中3"]


def _dob_for_grade(rng: _random.Random, g: int) -> _dt.date:
    # school year 令和7年度 (2025-04 … 2026-03): 小1 = born 2018-04-02 … 2019-04-01
    start = _dt.date(2018 - (g - 1), 4, 2)
    return start + _dt.timedelta(days=rng.randrange(365))


def _address(rng: _random.Random, building: bool = True) -> tuple[str, str, str]:
    pref, city, towns, zip3 = rng.choice(_TOWNS)
    town = rng.choice(towns)
    num = f"{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 25)}"
    _a, _b, _c = rng.randrange(0, 100), rng.randrange(1, 10), rng.randrange(0, 10)
    zipc = f"{zip3}-00{_b}{_c}" if _a < 70 else f"{zip3}-0{_a % 9 + 1}{_b}{_c}"
    extra = ""
    if building and rng.random() < 0.35:
        extra = " " + rng.choice(_BUILD) + f" {rng.randrange(1, 6)}0{rng.randrange(1, 9)}"
    return zipc, f"{pref}{city}{town}{num}{extra}", city


def children(seed: int, n: int, grades=(1, 6)) -> list[dict]:
    """n invented children with a parent, a mobile, an address and a date of birth."""
    rng = _random.Random(f"sch-kids-{seed}")
    used: set[str] = set()
    out = []
    while len(out) < n:
        s = rng.choice(_SURNAMES)
        boy = rng.random() < 0.5
        g = rng.choice(_BOYS if boy else _GIRLS)
        if s[0] in used:
            continue
        used.add(s[0])
        grade = rng.randrange(grades[0], grades[1] + 1)
        par_male = rng.random() < 0.3
        p = rng.choice(_MEN if par_male else _WOMEN)
        zipc, addr, city = _address(rng)
        mail_user = f"{p[2].lower()}.{s[2].lower()}{rng.randrange(10, 99)}"
        out.append(dict(
            sei=s[0], mei=g[0], sei_kana=s[1], mei_kana=g[1], sei_r=s[2], mei_r=g[2],
            boy=boy, grade=grade, gname=_GRADES[grade - 1],
            dob=_dob_for_grade(rng, grade),
            parent=p[0], parent_kana=p[1], parent_r=p[2], parent_rel="父" if par_male else "母",
            tel=mobile(rng), tel2=mobile(rng),
            mail=f"{mail_user}@{rng.choice(_FREEMAIL)}",
            zip=zipc, addr=addr, city=city,
            no=f"{rng.randrange(2019, 2026) % 100:02d}{rng.randrange(1000, 9999)}",
        ))
    return out


def adults(seed: int, n: int, born=(1960, 2000)) -> list[dict]:
    """n invented adults (patients, trainees, instructors)."""
    rng = _random.Random(f"sch-adults-{seed}")
    used: set[str] = set()
    out = []
    while len(out) < n:
        s = rng.choice(_SURNAMES)
        male = rng.random() < 0.5
        g = rng.choice(_MEN if male else _WOMEN)
        if s[0] in used:
            continue
        used.add(s[0])
        dob = _dt.date(rng.randrange(born[0], born[1] + 1), rng.randrange(1, 13), rng.randrange(1, 29))
        zipc, addr, city = _address(rng)
        bank, branches = rng.choice(_BANKS)
        out.append(dict(
            sei=s[0], mei=g[0], sei_kana=s[1], mei_kana=g[1], sei_r=s[2], mei_r=g[2],
            male=male, sex="男" if male else "女", dob=dob,
            age=2025 - dob.year - (1 if (dob.month, dob.day) > (6, 1) else 0),
            tel=mobile(rng), mail=f"{g[2].lower()}{s[2].lower()[:3]}{rng.randrange(100, 999)}@{rng.choice(_FREEMAIL)}",
            zip=zipc, addr=addr, city=city,
            bank=bank, branch=rng.choice(branches), acct=f"{rng.randrange(1000000, 9999999)}",
            hoken_kigo=f"{rng.randrange(1000000, 99999999)}", hoken_no=f"{rng.randrange(1, 999)}",
            emp=f"{rng.randrange(10000, 99999)}",
        ))
    return out


def name(p: dict, sep: str = " ") -> str:
    return f"{p['sei']}{sep}{p['mei']}"


def kana(p: dict, sep: str = " ") -> str:
    return f"{p['sei_kana']}{sep}{p['mei_kana']}"


def kkana(p: dict, sep: str = " ") -> str:
    return kata(kana(p, sep))


def pad(s: str, width: int) -> str:
    """pad to a display width (full-width characters count 2)."""
    w = sum(2 if ord(c) > 0x2E80 else 1 for c in s)
    return s + " " * max(width - w, 1)


# -- signatures (the sender's own: never labelled) -------------------------------------

SIG_ONISHI = """――――――――――――――――――――
日の出産業株式会社 教育事業部
ひので学習教室 港北教室 教室長
大西 真理子（おおにし まりこ）
〒223-0061 神奈川県横浜市港北区日吉2-1-8 日の出日吉ビル3F
TEL 045-534-2210 / FAX 045-534-2211
onishi-m@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_MURASE = """--
日の出職業能力開発校（日の出産業株式会社 教育事業部）
教務課　村瀬 達也
〒210-0007 川崎市川崎区駅前本町12-3 日の出川崎ビル
TEL: 044-711-0386（代表）　内線 214
Mail: murase.t@hinode-sangyo.co.jp"""

SIG_OUMI = """*************************************
日の出産業株式会社 健診事業部
日の出健診センター　予約・医療機関連携担当
近江 沙織 (Oumi Saori)
〒141-0031 東京都品川区西五反田7-22-17 TOCビル8F
TEL 03-5710-4421  FAX 03-5710-4422
*************************************"""

SIG_TEJIMA = """────────────────
日の出産業株式会社
教育事業部 奨学金事務局
手嶋 健
TEL：045-650-7731（直通）
E-mail：tejima@hinode-sangyo.co.jp
────────────────"""

SIG_SHIOMI = """ひので学習教室 大倉山教室
塩見ゆかり
TEL 045-546-0932（教室） 受付時間 14:00-20:00（日・祝休）"""

SIG_KOGA = """-------------------------------------------
日の出健診センター（日の出産業株式会社）
受診者サポート課　古閑 絵美
TEL 03-5710-4420（予約専用ダイヤル）
-------------------------------------------"""

SIG_MINEGISHI = """=====
日の出職業能力開発校 就職支援室
嶺岸 翔 / Sho Minegishi
Tel 044-711-0390  Mobile 080-4471-2093
minegishi@hinode-sangyo.co.jp
====="""

SIG_KURIBAYASHI = """日の出産業株式会社
教育事業部 部長　栗林 浩二
〒220-0012 横浜市西区みなとみらい4-6-2 日の出みなとみらいタワー12F
TEL 045-650-7700（代表）"""

SIG_OTSUKA = """_________________________
ひので学習教室 本部事務局
大塚 ひとみ
TEL 045-650-7740 / FAX 045-650-7741
_________________________"""

SIG_ASHIDA = """Kei Ashida
Planning Office, Education Division
Hinode Sangyo Co., Ltd.
4-6-2 Minatomirai, Nishi-ku, Yokohama 220-0012, Japan
Tel: +81-45-650-7712"""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
Any unauthorised copying, disclosure or distribution of the material is prohibited."""

ONISHI = "大西 真理子 <onishi-m@hinode-sangyo.co.jp>"
MURASE = "村瀬 達也 <murase.t@hinode-sangyo.co.jp>"
OUMI = "近江 沙織 <oumi@hinode-sangyo.co.jp>"
TEJIMA = "手嶋 健 <tejima@hinode-sangyo.co.jp>"
SHIOMI = "塩見ゆかり <shiomi.y@hinode-sangyo.co.jp>"
KOGA = "古閑 絵美 <koga.emi@hinode-sangyo.co.jp>"
MINEGISHI = "嶺岸 翔 <minegishi@hinode-sangyo.co.jp>"
KURIBAYASHI = "栗林 浩二 <kuribayashi@hinode-sangyo.co.jp>"
OTSUKA = "大塚 ひとみ <otsuka-h@hinode-sangyo.co.jp>"
ASHIDA = "Kei Ashida <ashida@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


# ======================================================================================
# sch-001  class roster (小4) to an outside tutor company, space-padded, hiragana names
_k = children(1, 12, (4, 4))
_lines = [pad("No", 4) + pad("なまえ", 22) + pad("学校", 18) + pad("保護者", 12) + "保護者携帯",
          "-" * 78]
_schools = ["日吉台小", "箕輪小", "下田小", "日吉南小", "高田小"]
for _i, _c in enumerate(_k, 1):
    _lines.append(pad(str(_i), 4) + pad(kana(_c), 22) + pad(_schools[_i % 5], 18)
                  + pad(_c["sei"] + " " + _c["parent"], 12) + _c["tel"])
MESSAGES.append(dict(
    id="sch-001",
    sender=ONISHI,
    to=["株式会社ステップアップ個別指導 教務部 岸本様 <kishimoto@stepup-kobetsu.co.jp>"],
    subject="夏期講習（小4クラス）受講者名簿の件",
    charset="iso-2022-jp",
    body=f"""株式会社ステップアップ個別指導
教務部　岸本様

いつもお世話になっております。ひので学習教室 港北教室の大西です。

先日お打ち合わせいたしました夏期講習の委託の件、
小4クラスの受講者を下記にまとめましたのでお送りいたします。
名前はひらがなで登録しておりますので、出席簿もそのままお使いください。

""" + "\n".join(_lines) + f"""

講習初日は7月22日（火）15:30集合です。
欠席連絡は保護者様から直接そちらの教室にお電話いただく形になりますので、
よろしくお願いいたします。

{SIG_ONISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="12 children with parents' mobiles in a space-padded table to an outside tutor company",
))

# sch-002  one family's grades and attendance to the mother (gmail)
MESSAGES.append(dict(
    id="sch-002",
    sender=SHIOMI,
    to=["宇佐美 恵 <megumi.usami.0614@gmail.com>"],
    subject="【ひので学習教室】2学期 学習のようす（宇佐美 湊斗くん）",
    charset="iso-2022-jp",
    body=f"""宇佐美 恵 様

いつもお世話になっております。大倉山教室の塩見です。
湊斗くんの2学期の学習状況をお知らせいたします。

■出席状況
　9月〜12月　通塾予定 32回 ／ 出席 29回（欠席3回：10/8, 11/12, 11/19）

■確認テスト（100点満点）
　算数　9月 72点 → 12月 85点
　国語　9月 64点 → 12月 70点

■講師より
　計算のスピードがぐんと上がりました。文章題では式を書く習慣がついてきています。
　国語は漢字の書き取りが少し苦手なようなので、冬期講習で重点的に練習しましょう。

ご不明な点がございましたら、教室までお気軽にお問い合わせください。

{SIG_SHIOMI}
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["freemail_recipient"],
    note="one child's grades and attendance to that child's own parent on free mail",
))

# sch-003  class cancellation to four parents in To (should have been Bcc)
MESSAGES.append(dict(
    id="sch-003",
    sender=ONISHI,
    to=["ikeda.nana1107@gmail.com", "kaori_tsukumo@yahoo.co.jp",
        "s.ichinose-0322@docomo.ne.jp", "harada.family@icloud.com"],
    subject="【休講のお知らせ】本日（9/5）の小5算数クラス",
    charset="iso-2022-jp",
    body=f"""保護者の皆さま

ひので学習教室 港北教室の大西です。
台風15号の接近に伴い、本日9月5日（金）17:00〜の小5算数クラスは休講とさせていただきます。

振替授業は 9月12日（金）17:00〜 を予定しております。
ご都合が悪い場合は、教室までお電話（045-534-2210）でご連絡ください。

急なご連絡となり申し訳ございません。
どうぞよろしくお願いいたします。

{SIG_ONISHI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="four parents' private addresses openly in To: each sees the others; should be Bcc",
))

# sch-004  allergy list of 7 children to the snack supplier, tab-separated
_k = children(4, 7, (1, 6))
_allergy = ["卵（加熱OK）", "乳・乳製品", "小麦", "そば・落花生（アナフィラキシー既往、エピペン所持）",
            "えび・かに", "卵・乳", "キウイ・もも"]
_rows = "\n".join(f"{_c['gname']}\t{_c['sei']}{_c['mei']}\t{kata(_c['mei_kana'])}\t{_a}"
                  for _c, _a in zip(_k, _allergy))
MESSAGES.append(dict(
    id="sch-004",
    sender=OTSUKA,
    to=["北国フーズ 学校給食営業部 <school-sales@kitaguni-foods.co.jp>"],
    cc=["大西 真理子 <onishi-m@hinode-sangyo.co.jp>"],
    subject="おやつ提供（学童コース）除去対応児童について",
    charset="cp932",
    body=f"""北国フーズ株式会社
学校給食営業部　ご担当者様

お世話になっております。ひので学習教室 本部事務局の大塚でございます。
10月から開始する学童コースのおやつ提供につきまして、
食物アレルギーにより除去対応が必要な児童は以下の7名です。
（Excelから貼り付けておりますので、列がずれていたら申し訳ございません）

学年\t氏名\tよみ\t除去品目
{_rows}

特に4人目のお子さんはアナフィラキシーの既往がありますので、
製造ラインでのコンタミについても事前にご確認いただけますと幸いです。

何卒よろしくお願い申し上げます。

{SIG_OTSUKA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named children's food allergies (health data, 要配慮) for 7 children to a supplier",
))

# sch-005  directory of partner elementary schools (businesses) to a flyer-posting company
MESSAGES.append(dict(
    id="sch-005",
    sender=OTSUKA,
    to=["ポスティングナビ 営業課 <eigyo@posting-navi.co.jp>"],
    subject="チラシ配布エリアの件（近隣小学校一覧）",
    charset="cp932",
    body=f"""ポスティングナビ株式会社
営業課 御中

お世話になっております。ひので学習教室の大塚です。
冬期講習チラシの配布エリアについて、学区の目安として近隣小学校の一覧をお送りします。
各校の学区内の戸建て・集合住宅への配布をお願いできればと存じます。

・横浜市立日吉台小学校　　〒223-0061 横浜市港北区日吉2-3-1　　TEL 045-561-0164
・横浜市立箕輪小学校　　　〒223-0051 横浜市港北区箕輪町1-14-1　TEL 045-561-0932
・横浜市立下田小学校　　　〒223-0064 横浜市港北区下田町5-2-1　　TEL 045-562-5408
・川崎市立井田小学校　　　〒211-0035 川崎市中原区井田3-18-1　　TEL 044-766-0217
・川崎市立木月小学校　　　〒211-0025 川崎市中原区木月4-51-1　　TEL 044-433-5360

配布部数は各学区 2,000部、計10,000部を想定しております。
お見積りをいただけますでしょうか。

{SIG_OTSUKA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of schools (institutions' switchboards and addresses), not people",
))

# sch-006  health-check appointment list (15 people, insurance card numbers) to a partner clinic, CSV
_a = adults(6, 15, (1962, 1999))
_rows = [["受診者ID", "氏名", "フリガナ", "性別", "生年月日", "保険者番号", "記号", "番号", "受診予定日", "コース", "連絡先"]]
for _i, _p in enumerate(_a):
    _rows.append([f"K25-{3301 + _i}", name(_p, "　"), kkana(_p, "　"), _p["sex"], date(_p["dob"], "slash"),
                  "01130012", _p["hoken_kigo"], _p["hoken_no"], f"2025/11/{4 + _i // 4:02d}",
                  "生活習慣病予防健診" if _p["age"] >= 35 else "定期健診", _p["tel"]])
MESSAGES.append(dict(
    id="sch-006",
    sender=OUMI,
    to=["みなと内科クリニック 健診受付 <kenshin@minato-naika.jp>"],
    subject="11月第1週 振替受診者リスト送付の件",
    charset="utf-8",
    body=f"""みなと内科クリニック
健診受付ご担当　様

いつも大変お世話になっております。
日の出健診センターの近江でございます。

当センターの機器更新工事に伴い、11月第1週に貴院で受診いただく方の
リストを添付いたします（15名）。保険証の記号・番号も記載しております。
受診票は本日別便でお送りしました。

ご確認のほど、よろしくお願いいたします。

{SIG_OUMI}
""",
    attachments=[{"kind": "csv", "name": "振替受診者_1104-1107.csv", "rows": _rows, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="15 examinees with DOB, health-insurance card numbers and phones in a CSV to a clinic",
))

# sch-007  aggregate test statistics to a university researcher
MESSAGES.append(dict(
    id="sch-007",
    sender=ASHIDA.replace("Kei Ashida", "芦田 圭"),
    to=["東都大学 教育学部 三枝先生 <saegusa@edu.toto-u.ac.jp>"],
    subject="共同研究：到達度テスト集計結果（学年別）",
    charset="utf-8",
    body="""三枝先生

お世話になっております。日の出産業 教育事業部の芦田です。
先日お話しした到達度テストの集計結果をお送りします。
個人が特定される情報は含めておりません（教室単位・学年単位の集計のみ）。

学年   受験者数  算数平均  国語平均  標準偏差(算)  標準偏差(国)
小3       184      71.2      68.4        14.1          12.9
小4       201      66.8      69.9        15.6          13.2
小5       176      62.5      65.1        17.0          14.8
小6       158      60.9      67.3        16.2          13.5

前年度比では小5の算数が3.4ポイント低下しており、分数の単元で正答率の落ち込みが
目立ちました（単元別正答率は次回の打ち合わせでご説明します）。

次回打ち合わせは 11月20日（木）14時〜 研究室にお伺いする予定で進めております。

芦田 圭
日の出産業株式会社 教育事業部 企画室
TEL 045-650-7712
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate test statistics by grade, no individual data",
))

# sch-008  look-alike of sakura-hotel.jp: another TLD (.co.jp), no personal data
MESSAGES.append(dict(
    id="sch-008",
    sender=MURASE,
    to=["さくらホテル 団体予約 <group@sakura-hotel.co.jp>"],
    subject="夏期研修合宿 宿泊人数確定のご連絡",
    charset="utf-8",
    body=f"""さくらホテル
団体予約ご担当 様

いつもお世話になっております。日の出職業能力開発校の村瀬です。
8月の夏期研修合宿につきまして、宿泊人数が確定しましたのでご連絡いたします。

　日程：2025年8月18日（月）〜20日（水）2泊3日
　人数：訓練生 22名（男性14・女性8）／引率教員 4名（男性3・女性1）
　部屋：和室4名部屋 ×6、シングル ×4 を希望
　会場：研修室A（30名・スクール形式）両日9:00〜17:00

食事は朝夕ともに大広間でお願いいたします。
請求書は学校宛（教務課）にお送りください。

{SIG_MURASE}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain sakura-hotel.co.jp is a TLD-swap look-alike of partner sakura-hotel.jp",
))

# sch-009  reply quoting a roster the tutor company sent (quoted with '>'), new text has no data
_k = children(9, 8, (5, 6))
_quoted = "\n".join(f"> {_c['sei']}{_c['mei']}（{_c['gname']}）　保護者携帯 {_c['tel']}" for _c in _k)
MESSAGES.append(dict(
    id="sch-009",
    sender=ONISHI,
    to=["岸本 <kishimoto@stepup-kobetsu.co.jp>"],
    subject="Re: 冬期講習 振替受講者の件",
    charset="iso-2022-jp",
    body=f"""岸本様

ご連絡ありがとうございます。
8名分、承知いたしました。当教室側の名簿とも照合し、相違ございませんでした。
12月26日は港北教室の2階教室をご利用いただけます。

大西

2025年12月10日(水) 18:42 岸本 <kishimoto@stepup-kobetsu.co.jp>:
> 大西様
>
> お世話になっております。ステップアップ個別指導の岸本です。
> 冬期講習で貴教室に振替受講となる生徒は以下の8名です。
>
{_quoted}
>
> 当日はよろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the roster is only in the quoted part of the recipient's own mail; new text has no data",
))

# sch-010  one examinee's check-up results in prose to an outside occupational physician
MESSAGES.append(dict(
    id="sch-010",
    sender=KOGA,
    to=["日下内科医院 日下先生 <kusaka@kusaka-naika-cl.jp>"],
    subject="精密検査ご依頼の件（鮫島様）",
    charset="iso-2022-jp",
    body=f"""日下先生

いつも大変お世話になっております。日の出健診センターの古閑でございます。

先日当センターで定期健診を受診された鮫島康弘様（昭和47年8月30日生、52歳）について、
空腹時血糖 168mg/dL、HbA1c 8.1% と高値で、医師判定が「要精密検査（D2）」となりました。
ご本人が貴院での受診を希望されていますので、紹介状を本日郵送いたしました。
既往歴として高血圧症で服薬中（アムロジピン5mg）とのことです。

ご多忙のところ恐れ入りますが、よろしくお願い申し上げます。

{SIG_KOGA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named person's health-check results and medical history (要配慮) to an outside clinic",
))

# sch-011  scholarship payment list (8 recipients, bank accounts) in an XLSX to the bank
_a = adults(11, 8, (1975, 1992))
_k = children(11, 8, (3, 9))
_sheet = [["令和7年度 ひので奨学金 第2期 給付一覧（10月25日振込分）"], [],
          ["No", "奨学生番号", "奨学生氏名", "受取人口座名義（カナ）", "金融機関", "支店", "種別", "口座番号", "振込金額"]]
for _i, (_p, _c) in enumerate(zip(_a, _k), 1):
    _sheet.append([_i, f"HS25-{_i:03d}", f"{_c['sei']} {_c['mei']}",
                   kata(f"{_c['sei_kana']} {_p['mei_kana']}").replace(" ", "　"),
                   _p["bank"], _p["branch"], "普通", _p["acct"], 30000 if _c["grade"] < 7 else 50000])
MESSAGES.append(dict(
    id="sch-011",
    sender=TEJIMA,
    to=["みどり銀行 法人営業部 相原様 <aihara.k@midori-ginko.co.jp>"],
    subject="奨学金給付の総合振込データについて",
    charset="cp932",
    body=f"""みどり銀行 法人営業部
相原様

いつもお世話になっております。日の出産業 奨学金事務局の手嶋です。

10月25日付の奨学金給付分につきまして、総合振込の事前確認用に
振込先一覧をお送りします。口座名義は保護者名義となっている方が多いため、
名義照合でエラーが出ないかご確認いただけますと助かります。

合計 8件／￥320,000 です。

よろしくお願いいたします。

{SIG_TEJIMA}
""",
    attachments=[{"kind": "xlsx", "name": "奨学金給付一覧_第2期.xlsx",
                  "sheets": {"振込明細": _sheet,
                             "集計": [["区分", "件数", "金額"], ["小学生", 5, 150000], ["中学生", 3, 150000]]},
                  "title": "奨学金給付一覧"}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="8 scholarship recipients with bank accounts in an XLSX (title row above the header) to a bank",
))

# sch-012  mail about an NDA with the law firm; mentions 社外秘 handling but carries no data
MESSAGES.append(dict(
    id="sch-012",
    sender=KURIBAYASHI,
    to=["白川法律事務所 弁護士 白川 修 先生 <o.shirakawa@shirakawa-law.jp>"],
    subject="業務委託先との秘密保持契約書（案）のご確認のお願い",
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。日の出産業 教育事業部の栗林でございます。

来期から夏期・冬期講習の一部を株式会社ステップアップ個別指導に委託するにあたり、
同社と締結予定の秘密保持契約書（案）について、ご確認をお願いしたく存じます。

特に以下の点についてご意見を頂戴できれば幸いです。
　1. 第3条「秘密情報」の定義に、生徒・保護者の個人情報を明示的に含めるべきか
　2. 当社の「社外秘」区分の資料を開示する場合の取扱い（複製禁止・返還義務）の書きぶり
　3. 再委託の禁止と、事故発生時の報告期限（現案は72時間以内）

契約書案は、先生の事務所の共有フォルダにアップロード済みです。
お忙しいところ恐縮ですが、10月末までにご返信いただけますと助かります。

{SIG_KURIBAYASHI}

{DISCLAIMER_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA; the words 社外秘/秘密 are discussed, not stamped; legal disclaimer",
))

# sch-013  one child's developmental-disorder notes in prose to the outside tutor company
MESSAGES.append(dict(
    id="sch-013",
    sender=SHIOMI,
    to=["ステップアップ個別指導 日吉校 教室長 松井様 <hiyoshi@stepup-kobetsu.co.jp>"],
    subject="個別指導ご依頼の生徒さんについて（申し送り）",
    charset="utf-8",
    body=f"""松井様

お世話になっております。大倉山教室の塩見です。
来週から貴校で1対1の個別指導をお願いする勅使河原 颯くん（小学5年）について、
保護者様のご了解のもと、指導上の申し送りをお伝えします。

颯くんは小学2年のときに自閉スペクトラム症（ASD）とADHDの診断を受けており、
現在も月1回、港北区の療育センターに通っています。服薬（コンサータ）は朝のみです。
急な予定変更や大きな音が苦手で、パニックになると机の下に入ってしまうことがあります。
その場合は無理に引き出さず、5分ほど落ち着くのを待っていただくと戻ってこられます。

課題は1枚ずつ渡し、終わったら丸をつける、の繰り返しが一番集中できるようです。
お母様（勅使河原 理恵様）からも、何かあれば直接ご連絡いただいて構わないとのことです。

どうぞよろしくお願いいたします。

{SIG_SHIOMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child's diagnosis (ASD/ADHD) and medication in running text to an external company",
))

# sch-014  internal only: full classroom roster with parents' mobiles and mails (comma-separated)
_k = children(14, 20, (1, 6))
_csv_lines = "\n".join(
    f"{_c['no']},{_c['sei']} {_c['mei']},{kkana(_c)},{_c['gname']},{_c['sei']} {_c['parent']},{_c['tel']},{_c['mail']}"
    for _c in _k)
MESSAGES.append(dict(
    id="sch-014",
    sender=OTSUKA,
    to=["塩見ゆかり <shiomi.y@hinode-sangyo.co.jp>"],
    cc=["大西 真理子 <onishi-m@hinode-sangyo.co.jp>"],
    subject="大倉山教室 在籍者名簿（10/1時点）",
    charset="cp932",
    body=f"""塩見さん

お疲れさまです。本部の大塚です。
10/1時点の在籍者名簿をお送りします。システムから出力したままのカンマ区切りです。
退会2名（9月末）は削除済み、新規入会3名は末尾に追加しています。

会員番号,生徒氏名,フリガナ,学年,保護者,保護者携帯,連絡用メール
{_csv_lines}

連絡網の更新にお使いください。取り扱いには十分ご注意ください。

大塚
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="a 20-family roster, but every recipient is internal",
))

# sch-015  社外秘 only in the page header of the attached PDF, to the system vendor
MESSAGES.append(dict(
    id="sch-015",
    sender=ASHIDA.replace("Kei Ashida", "芦田 圭"),
    to=["ツバサシステム 営業部 堀江様 <horie@tsubasa-system.jp>"],
    subject="生徒管理システム ライセンス見積りの前提資料",
    charset="iso-2022-jp",
    body="""堀江様

お世話になっております。日の出産業 教育事業部の芦田です。
先日ご依頼いただいたライセンス数の見積り前提として、
来年度の教室展開の計画資料を添付いたします。
教室数と想定生徒数は2ページ目の表をご参照ください。

ご確認よろしくお願いいたします。

芦田
日の出産業株式会社 教育事業部 企画室
TEL 045-650-7712
""",
    attachments=[{"kind": "pdf", "name": "2026年度_教室展開計画.pdf",
                  "page_header": "社外秘",
                  "page_footer": "日の出産業株式会社 教育事業部 企画室",
                  "title": "2026年度 ひので学習教室 教室展開計画（案）",
                  "lines": ["2026年度 ひので学習教室 教室展開計画（案）", "",
                            "1. 基本方針", "　・横浜北部エリアで2教室を新設、川崎エリア1教室を統合",
                            "　・学童コースを全教室に拡大（2026年10月目途）", "",
                            "2. 教室別 計画生徒数"],
                  "table": [["教室", "2025実績", "2026計画", "区分"],
                            ["港北教室", "186", "205", "継続"], ["大倉山教室", "142", "150", "継続"],
                            ["綱島教室（新設）", "-", "80", "新設"], ["センター北教室（新設）", "-", "95", "新設"],
                            ["武蔵小杉教室", "98", "0", "統合"], ["元住吉教室", "121", "210", "統合先"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached PDF carries a 社外秘 stamp in its page header; mail body itself has no marking",
))

# sch-016  corrupt XLSX to the partner (internship trainees)
MESSAGES.append(dict(
    id="sch-016",
    sender=MINEGISHI,
    to=["川崎電機 人事部 採用・研修課 <kenshu@kawasaki-denki.co.jp>"],
    subject="企業実習（11月）参加訓練生名簿の送付",
    charset="utf-8",
    body=f"""川崎電機株式会社
人事部 採用・研修課 ご担当者様

いつもお世話になっております。
日の出職業能力開発校 就職支援室の嶺岸です。

11月の企業実習に参加する訓練生の名簿を添付いたします。
実習初日の入館証発行にご利用ください。

何かございましたらご連絡ください。
よろしくお願いいたします。

{SIG_MINEGISHI}
""",
    attachments=[{"kind": "corrupt", "name": "企業実習_参加者名簿.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is damaged and cannot be inspected",
))

# sch-017  two external organisations in To/Cc: normal three-way meeting mail
MESSAGES.append(dict(
    id="sch-017",
    sender=MURASE,
    to=["川崎電機 総務部 藤崎様 <fujisaki@kawasaki-denki.co.jp>"],
    cc=["青葉運輸 貸切バス事業部 小山内様 <osanai@aoba-unyu.co.jp>"],
    subject="工場見学（12/3）の送迎について三者打ち合わせのお願い",
    charset="utf-8",
    body=f"""川崎電機株式会社 藤崎様
青葉運輸株式会社 小山内様

お世話になっております。日の出職業能力開発校の村瀬です。

12月3日（水）の工場見学につきまして、送迎バスの到着場所と時間を
三者で確認させていただきたく、オンラインでの打ち合わせをお願いできますでしょうか。

　候補1：11月18日（火）10:00〜10:30
　候補2：11月19日（水）15:00〜15:30

参加予定は訓練生28名、引率3名です（氏名等は別途、川崎電機様にのみお送りします）。
バスは中型1台を想定しております。

ご都合をお知らせいただけますと幸いです。

{SIG_MURASE}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc for a meeting: allowed; only head counts",
))

# sch-018  PPAP: password-protected ZIP of check-up results to a client company
_a = adults(18, 9)
MESSAGES.append(dict(
    id="sch-018",
    sender=KOGA,
    to=["株式会社ヤマブキ精工 人事総務部 <jinji@yamabuki-seiko.co.jp>"],
    subject="2025年度 定期健康診断結果（事業者控え）送付",
    charset="iso-2022-jp",
    body=f"""株式会社ヤマブキ精工
人事総務部 ご担当者様

平素より日の出健診センターをご利用いただき、誠にありがとうございます。
9月受診分の定期健康診断結果（事業者控え）をお送りいたします。

添付ファイルはパスワード付きZIPとなっております。
パスワードは別途メールにてお知らせいたします。

{SIG_KOGA}
""",
    attachments=[{"kind": "zip", "name": "健診結果_ヤマブキ精工_202509.zip", "password": "Ym9-4kT2",
                  "files": [{"kind": "csv", "name": "健診結果.csv", "encoding": "cp932",
                             "rows": [["社員番号", "氏名", "生年月日", "判定", "所見"]] +
                                     [[_p["emp"], name(_p), date(_p["dob"], "slash"), "C", "脂質異常"] for _p in _a]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected; its contents are not counted as entities",
))

# sch-019  forward (FW:) of another classroom's parent contact tree to a photo studio
_k = children(19, 6, (2, 5))
_fwd = "\n\n".join(
    f"{_i}. {_c['sei']}{_c['mei']}さん（{_c['gname']}）\n　保護者：{_c['sei']} {_c['parent']} 様\n"
    f"　携帯：{_c['tel']}\n　メール：{_c['mail']}"
    for _i, _c in enumerate(_k, 1))
MESSAGES.append(dict(
    id="sch-019",
    sender=ONISHI,
    to=["フォトスタジオ光 営業 今井様 <imai@photo-hikari.co.jp>"],
    subject="FW: 発表会DVD希望者の連絡先",
    charset="cp932",
    body=f"""今井様

お世話になっております。港北教室の大西です。
発表会DVDの購入希望者について、大倉山教室からの連絡を転送します。
DVDのお届けについては、各ご家庭に直接ご連絡いただいて構いません。

大西

-------- 転送メッセージ --------
件名: 発表会DVD希望者の連絡先
差出人: 塩見ゆかり <shiomi.y@hinode-sangyo.co.jp>
宛先: 大西 真理子 <onishi-m@hinode-sangyo.co.jp>

大西さん

大倉山教室でDVDを希望されたのは次の6家庭です。

{_fwd}

以上です。よろしくお願いします。
塩見
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward of an internal mail: 6 families' contact blocks become new text to an outside studio",
))

# sch-020  timetable with instructors' surnames to the tutor company
MESSAGES.append(dict(
    id="sch-020",
    sender=ONISHI,
    to=["ステップアップ個別指導 教務部 <kyomu@stepup-kobetsu.co.jp>"],
    subject="冬期講習 時間割（確定版）",
    charset="iso-2022-jp",
    body=f"""ステップアップ個別指導 教務部 御中

お世話になっております。港北教室の大西です。
冬期講習の時間割が確定しましたのでお知らせいたします。

　　　　　　| 12/26(金) | 12/27(土) | 1/5(月)  | 1/6(火)
------------+-----------+-----------+----------+----------
15:00-16:20 | 小4算数   | 小4国語   | 小4算数  | 小4国語
　担当      | 大西      | 貴社講師  | 大西     | 貴社講師
16:30-17:50 | 小5算数   | 小5国語   | 小5算数  | 小5国語
　担当      | 貴社講師  | 塩見      | 貴社講師 | 塩見
18:00-19:20 | 小6総合   | 小6総合   | 小6総合  | 小6総合
　担当      | 岸本様    | 岸本様    | 岸本様   | 岸本様

教室は2階A・B教室をご利用ください。鍵は1階受付でお受け取りください。

{SIG_ONISHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a timetable; instructors' surnames carry no personal data",
))

# sch-021  HTML-only mail: school-bus pick-up list (9 children, addresses, parents' phones)
_k = children(21, 9, (1, 4))
_tr = "\n".join(
    f"<tr><td>{_i}</td><td>{_c['sei']} {_c['mei']}</td><td>{_c['gname']}</td><td>{_c['addr']}</td>"
    f"<td>{_t}</td><td>{_c['tel']}</td></tr>"
    for _i, (_c, _t) in enumerate(zip(_k, ["14:10", "14:14", "14:18", "14:22", "14:25", "14:31", "14:36", "14:40", "14:47"]), 1))
MESSAGES.append(dict(
    id="sch-021",
    sender=OTSUKA,
    to=["青葉運輸 送迎サービス課 <sougei@aoba-unyu.co.jp>"],
    subject="学童コース送迎ルート（火・木）乗車児童一覧",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>青葉運輸株式会社<br>送迎サービス課 ご担当者様</p>
<p>いつもお世話になっております。ひので学習教室 本部事務局の大塚です。<br>
11月からの学童コース送迎（火・木、港北教室行き）の乗車児童一覧をお送りします。<br>
お迎え場所はご自宅前、緊急時は保護者携帯にご連絡ください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>児童名</th><th>学年</th><th>お迎え場所（自宅）</th><th>時刻</th><th>保護者携帯</th></tr>
{_tr}
</table>
<p>ルート作成後、所要時間をご連絡いただけますと幸いです。</p>
<p>ひので学習教室 本部事務局<br>大塚 ひとみ<br>TEL 045-650-7740</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table of 9 children with home addresses and parents' mobiles to a bus company",
))

# sch-022  directory of partner clinics (businesses) to a client company
MESSAGES.append(dict(
    id="sch-022",
    sender=OUMI,
    to=["株式会社ヤマブキ精工 人事総務部 野々村様 <nonomura@yamabuki-seiko.co.jp>"],
    subject="提携医療機関一覧（二次検査受診先）のご案内",
    charset="utf-8",
    body=f"""株式会社ヤマブキ精工
人事総務部　野々村様

お世話になっております。日の出健診センターの近江です。
従業員の皆さまの二次検査（精密検査）受診先として、当センター提携の医療機関一覧をお送りします。
社内掲示などにご自由にお使いください。

【提携医療機関一覧】
■みなと内科クリニック（内科・消化器内科）
　〒141-0022 東京都品川区東五反田1-8-12　TEL 03-5421-3390
　受付：月〜金 9:00-12:00 / 14:00-18:00

■日下内科医院（内科・糖尿病内科）
　〒144-0051 東京都大田区西蒲田7-44-5　TEL 03-3731-6620
　受付：月・火・木・金 9:00-12:30 / 15:00-18:30

■緑風クリニック 健診センター（循環器・眼科）
　〒211-0063 神奈川県川崎市中原区小杉町3-264　TEL 044-739-1150
　受付：月〜土 8:30-12:00

■さくら台レディースクリニック（婦人科・乳腺外来）
　〒223-0062 神奈川県横浜市港北区日吉本町1-4-22　TEL 045-563-2808
　受付：月〜金 10:00-13:00 / 15:00-19:00

予約時に「日の出健診センターからの紹介」とお伝えいただくとスムーズです。

{SIG_OUMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a directory of clinics (businesses, switchboards), not people",
))

# sch-023  vaccination list in a PDF with underlying conditions, to the vaccinating clinic
_a = adults(23, 10)
_cond = ["なし", "気管支喘息", "なし", "卵アレルギー（軽度）", "なし", "高血圧（服薬中）", "なし", "妊娠中（16週）", "なし", "糖尿病"]
_tbl = [["No", "氏名", "生年月日", "性別", "基礎疾患・アレルギー", "前回接種"]]
for _i, (_p, _c) in enumerate(zip(_a, _cond), 1):
    _tbl.append([str(_i), name(_p), wareki(_p["dob"], "short"), _p["sex"], _c, "R6.11" if _i % 3 else "なし"])
MESSAGES.append(dict(
    id="sch-023",
    sender=OUMI,
    to=["緑風クリニック 予防接種係 <yobou@ryokufu-clinic.or.jp>"],
    subject="出張インフルエンザ予防接種（ヤマブキ精工様）接種予定者リスト",
    charset="cp932",
    body=f"""緑風クリニック
予防接種係 ご担当者様

お世話になっております。日の出健診センターの近江でございます。
11月12日（水）のヤマブキ精工様 出張接種につきまして、接種予定者のリストをPDFでお送りします。
事前問診票で基礎疾患・アレルギーの申告があった方は備考欄に記載しております。
当日の予診の際にご参照ください。

{SIG_OUMI}
""",
    attachments=[{"kind": "pdf", "name": "接種予定者リスト_1112.pdf",
                  "lines": ["インフルエンザ予防接種 接種予定者リスト", "実施日：令和7年11月12日（水）　会場：ヤマブキ精工 本社3F会議室", ""],
                  "table": _tbl}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of 10 vaccinees with DOB (和暦 short) and underlying conditions to a clinic",
))

# sch-024  four trainees' details to the partner (below the list threshold)
_a = adults(24, 4, (1996, 2004))
_blk = "\n".join(f"　{name(_p)}（{kkana(_p)}）　{date(_p['dob'], 'kanji')}生　携帯 {_p['tel']}" for _p in _a)
MESSAGES.append(dict(
    id="sch-024",
    sender=MINEGISHI,
    to=["川崎電機 人事部 採用・研修課 三上様 <mikami@kawasaki-denki.co.jp>"],
    subject="Re: 12月 職場体験の参加者について",
    charset="cp932",
    body=f"""三上様

お世話になっております。日の出職業能力開発校の嶺岸です。
12月の職場体験（電気設備保全コース）の参加者4名は以下のとおりです。
入館証の発行に生年月日が必要とのことでしたので併記しております。

{_blk}

当日は8:45に正門守衛所へ伺います。引率は私、嶺岸が担当いたします。
よろしくお願いいたします。

{SIG_MINEGISHI}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four trainees' names, DOB and mobiles: fewer than five people, may warn",
))

# sch-025  DOCX individual support plan (発達障害) for one child to an outside support centre
MESSAGES.append(dict(
    id="sch-025",
    sender=SHIOMI,
    to=["あおば児童発達支援センター 相談支援専門員 <soudan@aoba-hattatsu.or.jp>"],
    subject="個別支援計画（学習教室での配慮事項）の共有",
    charset="iso-2022-jp",
    body=f"""あおば児童発達支援センター
相談支援専門員 ご担当者様

いつもお世話になっております。ひので学習教室 大倉山教室の塩見です。
保護者様から、センターと教室とで支援内容をそろえたいとのご希望がありましたので、
当教室で作成した配慮事項のまとめを添付いたします。

ご確認のうえ、ご意見をいただけましたら幸いです。

{SIG_SHIOMI}
""",
    attachments=[{"kind": "docx", "name": "学習教室における配慮事項_こはるさん.docx",
                  "title": "個別の配慮事項",
                  "paragraphs": ["学習教室における配慮事項（個別支援計画）", "",
                                 "対象児童：比嘉 心春（ひが こはる）　小学3年　平成29年（2017年）6月14日生",
                                 "保護者：比嘉 亜紀（母）",
                                 "診断名：限局性学習症（読字障害）、注意欠如・多動症（不注意優勢型）",
                                 "診断機関・時期：横浜市総合リハビリテーションセンター　令和5年9月",
                                 "",
                                 "1. 学習上の困難",
                                 "　文字の読み飛ばし・行の読み間違いが多い。音読では拾い読みになる。",
                                 "2. 教室での配慮",
                                 "　・教材は拡大コピー（B4）し、リーディングルーラーを使用する",
                                 "　・問題文は講師が読み上げる",
                                 "　・15分ごとに短い休憩を入れる"],
                  "tables": [[["目標", "手立て", "評価時期"],
                              ["学年相当の漢字を読める", "フラッシュカード毎回5分", "3月"],
                              ["文章題を自力で読む", "分かち書きプリント", "3月"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX support plan with a named child's diagnosis (要配慮) to an external centre",
))

# sch-026  five scholarship applicants, one block per person, with household income
_a = adults(26, 5, (1978, 1990))
_k = children(26, 5, (4, 9))
_income = ["218万円", "305万円", "176万円（ひとり親）", "264万円", "331万円"]
_blocks = []
for _i, (_p, _c, _inc) in enumerate(zip(_a, _k, _income), 1):
    _blocks.append(f"""【申請者{_i}】
氏名　　：{_c['sei']} {_c['mei']}（{kkana(_c)}）
生年月日：{date(_c['dob'], 'kanji')}
住所　　：〒{_c['zip']} {_c['addr']}
保護者　：{_c['sei']} {_p['mei']}　電話 {_c['tel']}
世帯年収：{_inc}""")
MESSAGES.append(dict(
    id="sch-026",
    sender=TEJIMA,
    to=["公益財団法人 ひなた育英会 事務局 <jimukyoku@hinata-ikuei.or.jp>"],
    subject="【推薦】令和8年度 ひなた育英会奨学生 推薦者のご連絡",
    charset="utf-8",
    body=f"""公益財団法人 ひなた育英会
事務局 御中

平素より大変お世話になっております。
日の出産業株式会社 奨学金事務局の手嶋でございます。

令和8年度奨学生の推薦につきまして、当社学習教室からの推薦者5名をご連絡いたします。
申請書原本は本日簡易書留にて発送いたしました。

{chr(10).join(_blocks)}

以上、よろしくご審査のほどお願い申し上げます。

{SIG_TEJIMA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five applicants, one block per person, with DOB, address, phone and household income",
))

# sch-027  ordinary scheduling mail with the legal disclaimer
MESSAGES.append(dict(
    id="sch-027",
    sender=OUMI,
    to=["みなと内科クリニック 事務長 横溝様 <yokomizo@minato-naika.jp>"],
    subject="12月の連携会議日程について",
    charset="utf-8",
    body=f"""横溝様

お世話になっております。日の出健診センターの近江です。
12月の連携会議ですが、以下の日程でいかがでしょうか。

　・12月9日（火）14:00〜15:00
　・12月11日（木）16:00〜17:00

場所は当センター8階の会議室を予定しております。
議題は「二次検査受診率の向上策」と「来年度の契約更新」の2点です。

ご都合をお知らせください。

{SIG_OUMI}

{DISCLAIMER_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary meeting mail with the standard confidentiality disclaimer",
))

# sch-028  list without a name column: parents' mobiles and mails for an SMS/mail delivery vendor
_k = children(28, 10, (1, 9))
_rows = "\n".join(f"{_c['no']}\t{_c['gname']}\t{_c['tel'].replace('-', '')}\t{_c['mail']}" for _c in _k)
MESSAGES.append(dict(
    id="sch-028",
    sender="久保寺 亮 <kubodera@hinode-sangyo.co.jp>",
    to=["れんらく網サービス サポート <support@renraku-mou.jp>"],
    subject="一斉配信テスト用データ（綱島教室）",
    charset="iso-2022-jp",
    body="""れんらく網サービス サポートご担当者様

お世話になっております。日の出産業 情報システム課の久保寺です。
綱島教室の先行導入にあたり、取り込みテスト用のデータを下記に貼り付けます。
氏名は不要とのことでしたので、会員番号・学年・連絡先のみにしています。

会員番号\t学年\t携帯番号\tメールアドレス
""" + _rows + """

取り込み後、テスト配信を1通ずつ行っていただけますでしょうか。

久保寺 亮
日の出産業株式会社 管理本部 情報システム課
TEL 045-650-7790
""",
    expect="stop",
    entities=["PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="10 parents' mobiles and private mails without a name column, tab-separated, to a vendor",
))

# sch-029  names without labels in running text: attendance problems, to the tutor company
_k = children(29, 5, (7, 8))
_h = ["くん" if _c["boy"] else "さん" for _c in _k]
MESSAGES.append(dict(
    id="sch-029",
    sender=ONISHI,
    to=["岸本 <kishimoto@stepup-kobetsu.co.jp>"],
    subject="欠席が続いている生徒さんの件",
    charset="cp932",
    body=f"""岸本様

お世話になっております。大西です。
委託クラスで欠席が続いている生徒さんについて、そちらからも保護者様へご連絡いただけますでしょうか。

{_k[0]['sei']}{_k[0]['mei']}{_h[0]}は10月から4回連続で欠席しており、保護者様の携帯（{_k[0]['tel']}）にも
つながりません。{_k[1]['sei']} {_k[1]['mei']}{_h[1]}、{_k[2]['sei']}{_k[2]['mei']}{_h[2]}は部活動との兼ね合いで
遅刻が多く、それぞれ{_k[1]['tel']}、{_k[2]['tel']}がご家庭の連絡先です。
{_k[3]['sei']}{_k[3]['mei']}{_h[3]}（{_k[3]['tel']}）と{_k[4]['sei']}{_k[4]['mei']}{_h[4]}（{_k[4]['tel']}）は、
先月の面談で退会を検討中と伺っております。

ご対応の結果を教えていただけますと助かります。

{SIG_ONISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five children's names and family phones in running prose, no labels or table, to an outside company",
))

# sch-030  internal only: check-up results with findings, between health-centre staff
_a = adults(30, 7)
_find = ["肝機能異常（ALT 88）", "血圧高値 162/98", "尿糖（2+）", "心電図 完全右脚ブロック", "貧血 Hb 9.8", "LDL 212", "胸部X線 要精密"]
_rows = "\n".join(f"・{name(_p, '')}（{_p['age']}歳・{_p['sex']}）{_f}　→ 要再検" for _p, _f in zip(_a, _find))
MESSAGES.append(dict(
    id="sch-030",
    sender=KOGA,
    to=["近江 沙織 <oumi@hinode-sangyo.co.jp>"],
    cc=["健診センター 医師室 <ishi-shitsu@hinode-sangyo.co.jp>"],
    subject="10月第3週 要再検者の確認",
    charset="cp932",
    body=f"""近江さん、医師室各位

お疲れさまです。古閑です。
10月第3週の受診者のうち、要再検となった方は以下の7名です。
再検の案内文送付前に、判定に誤りがないかご確認をお願いします。

{_rows}

よろしくお願いします。
古閑
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="health findings of 7 people, but all recipients are internal",
))

# sch-031  class-wide test scores (20 students) in a CSV to the outside tutor company
_k = children(31, 20, (6, 6))
_rng = _random.Random("sch-031")
_rows = [["生徒名", "ふりがな", "在籍校", "算数", "国語", "理科", "社会", "合計", "校内順位"]]
_sc = []
for _c in _k:
    _s = [_rng.randrange(38, 100) for _ in range(4)]
    _sc.append((_c, _s))
_sc.sort(key=lambda t: -sum(t[1]))
for _r, (_c, _s) in enumerate(_sc, 1):
    _rows.append([f"{_c['sei']}　{_c['mei']}", kana(_c), _rng.choice(["日吉台小", "箕輪小", "下田小"]), *_s, sum(_s), _r])
MESSAGES.append(dict(
    id="sch-031",
    sender=ONISHI,
    to=["ステップアップ個別指導 教務部 岸本様 <kishimoto@stepup-kobetsu.co.jp>"],
    subject="小6 第3回公開模試 結果データ",
    charset="utf-8",
    body=f"""岸本様

お世話になっております。大西です。
第3回公開模試（小6）の結果をCSVでお送りします。
冬期講習のクラス分けの参考にしていただければと思います。

{SIG_ONISHI}
""",
    attachments=[{"kind": "csv", "name": "小6_第3回模試結果.csv", "rows": _rows, "encoding": "utf-8-sig"}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="class-wide list of 20 named children with schools, scores and ranks to an outside company",
))

# sch-032  foreign trainees' residence-card numbers in an XLSX to the partner
_rows = [["訓練生番号", "氏名（パスポート表記）", "国籍", "生年月日", "在留資格", "在留カード番号", "在留期限"],
         ["T2501", "NGUYEN VAN HUNG", "ベトナム", "1999/03/17", "留学", "UH48205173AB", "2026/09/30"],
         ["T2502", "TRAN THI MAI", "ベトナム", "2001/11/02", "留学", "PK19384726CD", "2026/03/31"],
         ["T2503", "RAI SANJAY", "ネパール", "1998/07/25", "技術・人文知識・国際業務", "MN73920184EF", "2027/05/14"],
         ["T2504", "SANTOS MARIA CLARA", "フィリピン", "2000/01/09", "永住者の配偶者等", "RT55028163GH", "2028/01/08"],
         ["T2505", "LE MINH TUAN", "ベトナム", "2002/05/30", "留学", "AB60317492JK", "2026/09/30"],
         ["T2506", "GURUNG ANITA", "ネパール", "1997/12/12", "家族滞在", "XY28475901LM", "2026/12/20"]]
MESSAGES.append(dict(
    id="sch-032",
    sender=MINEGISHI,
    to=["川崎電機 人事部 採用・研修課 三上様 <mikami@kawasaki-denki.co.jp>"],
    subject="外国籍訓練生の在留資格確認資料",
    charset="iso-2022-jp",
    body=f"""三上様

いつもお世話になっております。嶺岸です。
実習受け入れ前の就労可否確認のため、外国籍訓練生6名の在留資格一覧を添付いたします。
在留カードの写しは、実習初日に本人が持参いたします。

ご確認よろしくお願いいたします。

{SIG_MINEGISHI}
""",
    attachments=[{"kind": "xlsx", "name": "外国籍訓練生_在留資格一覧.xlsx",
                  "sheets": {"一覧": _rows, "メモ": [["資格外活動許可", "T2501, T2502, T2505 は週28時間以内"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="six trainees' residence-card numbers (identity documents) with DOB in an XLSX, romaji names",
))

# sch-033  price list of check-up courses
MESSAGES.append(dict(
    id="sch-033",
    sender=OUMI,
    to=["株式会社カネヨ物流 総務課 <soumu@kaneyo-butsuryu.co.jp>"],
    subject="令和8年度 健診コース料金表のご案内",
    charset="iso-2022-jp",
    body=f"""株式会社カネヨ物流
総務課 ご担当者様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出健診センターでございます。令和8年度の健診コース料金表をご案内いたします。

コースコード　コース名　　　　　　　　　　　　料金（税込）
-------------------------------------------------------------
KS-01　　　　 定期健康診断（法定項目）　　　　 8,800円
KS-02　　　　 雇入時健康診断　　　　　　　　　 9,900円
KS-11　　　　 生活習慣病予防健診　　　　　　　18,700円
KS-21　　　　 人間ドック（日帰り）　　　　　　42,900円
OP-05　　　　 オプション：腫瘍マーカー　　　　 3,300円
OP-08　　　　 オプション：胃カメラへ変更　　　 5,500円

※50名以上の団体契約で5％割引、出張健診は別途お見積りとなります。
お見積書（見積番号 Q-2025-1187）をご希望の場合はお申し付けください。

{SIG_OUMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a price list with course codes and a quotation number",
))

# sch-034  one foreign student's residence card and passport to a dormitory company
MESSAGES.append(dict(
    id="sch-034",
    sender=MURASE,
    to=["株式会社ハーバーレジデンス 入居管理課 <nyukyo@harbor-residence.co.jp>"],
    subject="学生寮 入居手続き（ネパール国籍 訓練生1名）",
    charset="utf-8",
    body=f"""株式会社ハーバーレジデンス
入居管理課 ご担当者様

お世話になっております。日の出職業能力開発校の村瀬です。
1月入居予定の訓練生について、入居申込書の記載事項を以下のとおりお知らせします。

　氏名：THAPA MAGAR BIKASH（タパ マガル ビカス）
　生年月日：2003年4月19日
　国籍：ネパール
　在留カード番号：QD83017264NP（在留期間満了日 2027年3月31日）
　旅券番号：PA1847305
　緊急連絡先：当校 教務課（044-711-0386）

在留カード・旅券の写しは、本人同意書とあわせて郵送いたします。

{SIG_MURASE}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="one person's residence-card and passport numbers (identity documents) to an outside company",
))

# sch-035  one prospective parent on free mail: enrolment information
MESSAGES.append(dict(
    id="sch-035",
    sender=SHIOMI,
    to=["tomomi.kurisu@gmail.com"],
    subject="Re: 体験授業のお申し込みについて",
    charset="utf-8",
    body=f"""栗栖 朋美 様

このたびは、ひので学習教室 大倉山教室の体験授業にお申し込みいただき、ありがとうございます。

ご希望の日程で、以下のとおりご予約を承りました。
　日時：11月15日（土）10:00〜11:00
　内容：小学3年 算数（60分）
　持ち物：筆記用具のみ

教室は東急東横線 大倉山駅から徒歩3分、1階がパン屋さんのビルの2階です。
当日は保護者様も15分ほど授業をご見学いただけます。

ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_SHIOMI}

> 小学3年の娘の算数で体験をお願いしたいです。土曜の午前が希望です。
> 栗栖
""",
    attachments=[{"kind": "png", "name": "大倉山教室_地図.png"}],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one private person on free mail with booking details only",
))

# sch-036  a parent's credit card number in the body to the payment service
MESSAGES.append(dict(
    id="sch-036",
    sender=OTSUKA,
    to=["ペイライン決済サポート <support@payline-kessai.jp>"],
    subject="月謝カード決済エラーの調査依頼（会員番号 251187）",
    charset="cp932",
    body=f"""ペイライン決済サポート ご担当者様

いつもお世話になっております。ひので学習教室 本部事務局の大塚です。

11月分の月謝決済で、以下の会員様のみ毎月エラーになっております。
保護者様からは「カード会社に確認したが利用停止はしていない」とのことでした。
原因をお調べいただけますでしょうか。

　会員番号：251187
　カード名義：MAKOTO DODO
　カード番号：{card_number(36)}
　有効期限：08/28
　エラーコード：E-3021（11/27 04:12）

お手数ですが、よろしくお願いいたします。

{SIG_OTSUKA}
""",
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a parent's full credit-card number pasted in the body to an outside payment service",
))

# sch-037  three parents' private addresses visible in To
MESSAGES.append(dict(
    id="sch-037",
    sender=SHIOMI,
    to=["鬼塚 様 <onizuka.naoki@gmail.com>", "神子島様 <kago-yumi@icloud.com>", "猪狩 舞 <mai.ikari@ezweb.ne.jp>"],
    subject="三者面談の日程調整について（小6 中学受験コース）",
    charset="iso-2022-jp",
    body=f"""保護者様

いつもお世話になっております。大倉山教室の塩見です。
中学受験コースの三者面談につきまして、以下の日程からご希望をお選びください。

　A：12月6日（土）13:00〜
　B：12月6日（土）15:00〜
　C：12月7日（日）10:00〜

各30分程度、お子さまと保護者様でお越しください。
12月1日（月）までにご返信いただけますと幸いです。

{SIG_SHIOMI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons (parents) on free mail can see each other's addresses in To",
))

# sch-038  photo-consent list with parents' contacts to the photo studio
_k = children(38, 8, (1, 6))
_ok = ["○", "○", "×（顔が写らなければ可）", "○", "×", "○", "○", "×"]
_lines = ["学年・氏名 / 保護者 / 連絡先 / 写真掲載"]
for _c, _o in zip(_k, _ok):
    _lines.append(f"・{_c['gname']} {_c['sei']}{_c['mei']}{'くん' if _c['boy'] else 'ちゃん'} / {_c['sei']}{_c['parent']}様 / {_c['tel']} / {_o}")
MESSAGES.append(dict(
    id="sch-038",
    sender=ONISHI,
    to=["フォトスタジオ光 今井様 <imai@photo-hikari.co.jp>"],
    subject="クリスマス会の撮影について（掲載同意の状況）",
    charset="iso-2022-jp",
    body=f"""今井様

お世話になっております。港北教室の大西です。
12/20のクリスマス会の撮影につきまして、保護者様からいただいた写真掲載同意の状況をお送りします。
「×」のお子さんはホームページ・チラシに使わないようお願いいたします。
写真購入のご案内は、各ご家庭へ直接お電話いただいて差し支えございません。

""" + "\n".join(_lines) + f"""

{SIG_ONISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 children with grade, parent name, mobile and consent flag in bullets to a photo studio",
))

# sch-039  rooming list for the study camp to the partner hotel (XLSX, several sheets, allergies)
_k = children(39, 14, (5, 6))
_room = [["夏期学習合宿 2025 宿泊者名簿（ひので学習教室）"], ["部屋", "氏名", "ふりがな", "学年", "性別", "生年月日", "保護者緊急連絡先"]]
for _i, _c in enumerate(_k):
    _room.append([f"{301 + _i // 4}", f"{_c['sei']} {_c['mei']}", kana(_c), _c["gname"], "男" if _c["boy"] else "女",
                  date(_c["dob"], "slash"), _c["tel"]])
_al = [["氏名", "アレルギー・持病", "対応"],
       [f"{_k[2]['sei']} {_k[2]['mei']}", "卵アレルギー", "卵除去食"],
       [f"{_k[5]['sei']} {_k[5]['mei']}", "小児喘息（吸入薬持参）", "そば殻枕不可"],
       [f"{_k[9]['sei']} {_k[9]['mei']}", "甲殻類アレルギー", "えび・かに除去"]]
MESSAGES.append(dict(
    id="sch-039",
    sender=ONISHI,
    to=["さくらホテル 団体予約 宮坂様 <miyasaka@sakura-hotel.jp>"],
    subject="夏期学習合宿 宿泊者名簿・食事対応のご連絡",
    charset="cp932",
    body=f"""さくらホテル
団体予約　宮坂様

いつもお世話になっております。ひので学習教室の大西です。
8月4日〜6日の夏期学習合宿につきまして、宿泊者名簿と食事のアレルギー対応一覧をお送りします。
名簿のシートと食事対応のシートに分けてあります。

引き続きよろしくお願いいたします。

{SIG_ONISHI}
""",
    attachments=[{"kind": "xlsx", "name": "合宿_宿泊者名簿.xlsx",
                  "sheets": {"宿泊者名簿": _room, "食事対応": _al,
                             "引率": [["引率者", "役割"], ["大西", "責任者"], ["塩見", "女子担当"], ["中園", "男子担当"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="14 children with DOB and emergency phones plus named allergies/asthma in an XLSX to the hotel",
))

# sch-040  look-alike (hyphen dropped: sakurahotel.jp) with the rooming list in the body
_k = children(40, 16, (7, 9))
_rows = "\n".join(f"{_c['sei']}{_c['mei']}　{_c['gname']}　{'M' if _c['boy'] else 'F'}　{_c['tel']}" for _c in _k)
MESSAGES.append(dict(
    id="sch-040",
    sender=SHIOMI,
    to=["宮坂様 <miyasaka@sakurahotel.jp>"],
    subject="冬期勉強合宿（中学生）宿泊者一覧",
    charset="utf-8",
    body=f"""宮坂様

お世話になっております。大倉山教室の塩見です。
冬期勉強合宿（12/27-29）の宿泊者一覧です。部屋割りはお任せいたします。
電話番号は保護者の緊急連絡先です。

{_rows}

よろしくお願いいたします。
{SIG_SHIOMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="sakurahotel.jp drops the hyphen of partner sakura-hotel.jp; also 16 children with parents' phones",
))

# sch-041  look-alike: kawasaki-denki.com (TLD swap), one trainee's evaluation
MESSAGES.append(dict(
    id="sch-041",
    sender=MINEGISHI,
    to=["三上 様 <mikami@kawasaki-denki.com>"],
    subject="実習評価シートご記入のお願い（籾山さん）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
三上様

お世話になっております。日の出職業能力開発校の嶺岸です。
先週まで実習でお世話になりました訓練生 籾山 拓也 について、
実習評価シートのご記入をお願いできますでしょうか。

評価項目は「勤怠」「安全意識」「作業の正確さ」「報連相」の4項目、
各5段階でご記入ください。所見欄は任意です。
12月12日（金）までにご返送いただけますと幸いです。

{SIG_MINEGISHI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki-denki.com is a TLD-swap look-alike of partner kawasaki-denki.co.jp",
))

# sch-042  reply where the clinic's appointment list is quoted under -----Original Message-----
_a = adults(42, 7)
_q = "\n".join(f"{name(_p)}　{date(_p['dob'], 'slash')}　11/{10 + _i}　{_p['tel']}" for _i, _p in enumerate(_a))
MESSAGES.append(dict(
    id="sch-042",
    sender=KOGA,
    to=["みなと内科クリニック 健診受付 <kenshin@minato-naika.jp>"],
    subject="RE: 二次検査の予約状況について",
    charset="iso-2022-jp",
    body=f"""みなと内科クリニック 健診受付 ご担当者様

ご連絡ありがとうございます。日の出健診センターの古閑です。
7名分の予約状況、確かに承りました。
当センターの台帳にも反映いたしましたので、引き続きよろしくお願いいたします。

古閑

-----Original Message-----
From: みなと内科クリニック 健診受付 <kenshin@minato-naika.jp>
Sent: Monday, November 3, 2025 5:12 PM
To: 古閑 絵美 <koga.emi@hinode-sangyo.co.jp>
Subject: 二次検査の予約状況について

日の出健診センター 古閑様

貴センターからご紹介いただいた方の予約状況です。

{_q}

以上、ご確認ください。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the list is only in the quoted original from the recipient; the new text carries none",
))

# sch-043  look-alike of the organisation's own domain (hyphen dropped): an internal roster mistyped
_k = children(43, 11, (1, 6))
_rows = "\n".join(f"{_c['sei']}{_c['mei']}({_c['gname']})　{_c['parent_rel']}：{_c['sei']}{_c['parent']}　{_c['tel']}" for _c in _k)
MESSAGES.append(dict(
    id="sch-043",
    sender=ONISHI,
    to=["中園 <nakazono@hinodesangyo.co.jp>"],
    subject="港北教室 緊急連絡網（最新版）",
    charset="cp932",
    body=f"""中園さん

お疲れさまです。大西です。
来週から港北教室の応援に入っていただくので、緊急連絡網の最新版を送ります。
不審者情報や休講連絡の際に使ってください。

{_rows}

よろしくお願いします。
大西
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but sent to hinodesangyo.co.jp (own domain without the hyphen); 11 families",
))

# sch-044  internal only: a 社外秘-stamped DOCX among colleagues
MESSAGES.append(dict(
    id="sch-044",
    sender=KURIBAYASHI,
    to=["教育事業部 教室長各位 <kyoshitsucho@hinode-sangyo.co.jp>"],
    cc=["芦田 圭 <ashida@hinode-sangyo.co.jp>"],
    subject="【社外秘】来年度 月謝改定方針について",
    charset="utf-8",
    body=f"""教室長各位

お疲れさまです。栗林です。
来年度の月謝改定方針（案）を添付します。
保護者への案内は1月中旬を予定していますので、それまでは口外しないようお願いします。

質問は芦田さんまで。

{SIG_KURIBAYASHI}
""",
    attachments=[{"kind": "docx", "name": "月謝改定方針_案.docx", "page_header": "社外秘",
                  "paragraphs": ["2026年度 月謝改定方針（案）", "1. 改定時期：2026年4月", "2. 改定幅：平均 +4.5％",
                                 "3. 兄弟割引は現行維持"],
                  "tables": [[["コース", "現行", "改定後"], ["小学生 週1", "8,800円", "9,200円"],
                              ["小学生 週2", "15,400円", "16,100円"], ["中学生 週2", "19,800円", "20,700円"]]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 in subject and document, but every recipient is internal",
))

# sch-045  check-up results of 6 employees in an XLSX to the client company
_a = adults(45, 6, (1965, 1995))
_res = [["受診日", "社員番号", "氏名", "生年月日", "年齢", "BMI", "血圧", "HbA1c", "総合判定", "医師所見"]]
_f = [("24.1", "118/76", "5.4", "A", "異常なし"), ("29.8", "152/96", "6.9", "D", "糖尿病疑い・要精密検査"),
      ("21.3", "110/70", "5.2", "B", "軽度貧血"), ("27.5", "138/88", "5.9", "C", "脂質異常症・要経過観察"),
      ("23.0", "124/80", "5.6", "A", "異常なし"), ("31.2", "166/102", "7.4", "E", "高血圧症・糖尿病 治療継続")]
for _p, _x in zip(_a, _f):
    _res.append(["2025-10-08", _p["emp"], name(_p), date(_p["dob"], "hyphen"), _p["age"], *_x])
MESSAGES.append(dict(
    id="sch-045",
    sender=OUMI,
    to=["株式会社カネヨ物流 総務課 坂巻様 <sakamaki@kaneyo-butsuryu.co.jp>"],
    subject="10/8 出張健診 結果一覧（速報）",
    charset="utf-8",
    body=f"""坂巻様

お世話になっております。日の出健診センターの近江です。
10月8日に実施した出張健診（横浜営業所 6名）の結果速報をお送りします。
個人票は後日、ご本人宛に郵送いたします。

{SIG_OUMI}
""",
    attachments=[{"kind": "xlsx", "name": "健診結果速報_横浜営業所.xlsx", "sheets": {"結果一覧": _res}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 named employees' health-check results and findings (要配慮) in an XLSX to an external company",
))

# sch-046  tracking numbers for teaching materials
MESSAGES.append(dict(
    id="sch-046",
    sender=OTSUKA,
    to=["青葉運輸 法人営業所 <hojin-eigyo@aoba-unyu.co.jp>"],
    subject="教材発送分の配達状況確認のお願い",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 法人営業所 御中

お世話になっております。ひので学習教室 本部事務局の大塚です。
11月20日に発送した冬期教材のうち、以下3件がまだ教室に届いていないとの連絡がありました。
配達状況をご確認いただけますでしょうか。

　送り状番号 4471-2093-8816　→ 綱島教室（横浜市港北区綱島西2-8-1）
　送り状番号 4471-2093-8827　→ センター北教室（横浜市都筑区中川中央1-30-2）
　送り状番号 4471-2093-8838　→ 元住吉教室（川崎市中原区木月1-27-5）

発注番号：PO-HS-251120-03（お客様コード 100738）

{SIG_OTSUKA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers, order numbers and classroom (business) addresses only",
))

# sch-047  取扱注意 in a DOCX header + one student's delinquency record, to an outside counsellor
MESSAGES.append(dict(
    id="sch-047",
    sender=MURASE,
    to=["川崎こころの相談室 臨床心理士 辻本先生 <tsujimoto@kokoro-soudan.jp>"],
    subject="面談のご依頼（訓練生1名）",
    charset="cp932",
    body=f"""辻本先生

お世話になっております。日の出職業能力開発校 教務課の村瀬です。
先日お電話でご相談した訓練生について、面談をお願いしたく、経緯をまとめた資料を添付いたします。
ご本人の同意は得ております。

ご多忙のところ恐縮ですが、よろしくお願いいたします。

{SIG_MURASE}
""",
    attachments=[{"kind": "docx", "name": "指導経過記録_20251104.docx", "page_header": "取扱注意",
                  "paragraphs": ["指導経過記録", "",
                                 "対象：電気設備保全科 1年　沼尻 陸（ぬまじり りく）19歳",
                                 "2025年9月：無断欠席が続く。",
                                 "2025年10月：窃盗事件により警察に逮捕され、家庭裁判所送致。現在は保護観察中。",
                                 "2025年10月末：本人より復学の意思表示。保護司とも連携中。",
                                 "本人はうつ症状を訴えており、心療内科を受診予定。"]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "confidential_marking"],
    note="取扱注意-stamped DOCX with a named trainee's arrest/probation and mental-health notes",
))

# sch-048  plain ZIP of a CSV: 30 graduates' contact details to a recruitment agency
_a = adults(48, 30, (1985, 2004))
_rows = [["卒業年度", "科", "氏名", "カナ", "生年月日", "郵便番号", "住所", "携帯", "メール", "希望職種"]]
for _i, _p in enumerate(_a):
    _rows.append(["2024" if _i % 2 else "2025", ["電気設備保全科", "ビル管理科", "OAシステム科"][_i % 3], name(_p), kkana(_p),
                  date(_p["dob"], "slash1"), _p["zip"], _p["addr"], _p["tel"], _p["mail"],
                  ["設備保全", "施設管理", "事務", "製造"][_i % 4]])
MESSAGES.append(dict(
    id="sch-048",
    sender=MINEGISHI,
    to=["キャリアブリッジ 法人営業 <hojin@career-bridge.co.jp>"],
    subject="修了生の求人紹介サービス登録データ",
    charset="iso-2022-jp",
    body=f"""キャリアブリッジ株式会社
法人営業部 ご担当者様

お世話になっております。日の出職業能力開発校 就職支援室の嶺岸です。
求人紹介サービスへの一括登録について、対象となる修了生30名分のデータをZIPでお送りします。
（CSV、UTF-8です）

ご確認のほど、よろしくお願いいたします。

{SIG_MINEGISHI}
""",
    attachments=[{"kind": "zip", "name": "修了生データ.zip",
                  "files": [{"kind": "csv", "name": "修了生_2024-2025.csv", "rows": _rows, "encoding": "utf-8"}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="30 graduates' DOB, addresses, mobiles and mails in a CSV inside a plain ZIP to an agency",
))

# sch-049  aggregate allergy counts (no names) to the food supplier
MESSAGES.append(dict(
    id="sch-049",
    sender=OTSUKA,
    to=["北国フーズ 学校給食営業部 <school-sales@kitaguni-foods.co.jp>"],
    subject="12月分 おやつ発注数（除去食の内訳）",
    charset="utf-8",
    body=f"""北国フーズ株式会社 学校給食営業部 御中

いつもお世話になっております。ひので学習教室の大塚です。
12月分のおやつ発注数をお知らせします。

教室　　　　通常食　卵除去　乳除去　小麦除去
港北　　　　　 46　　　 2　　　 1　　　　0
大倉山　　　　 38　　　 1　　　 0　　　　1
綱島　　　　　 22　　　 0　　　 1　　　　0
合計　　　　　106　　　 3　　　 2　　　　1

除去食は個包装・アレルゲン表示付きでお願いいたします。
納品は毎週月曜 10時までに各教室へお願いします。

{SIG_OTSUKA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate counts of special meals per classroom; no child is identifiable",
))

# sch-050  a forwarded mail attached as .eml carrying a parent roster, to the tutor company
_k = children(50, 9, (3, 4))
_inner = "\n".join(f"{_c['sei']} {_c['mei']}\t{_c['gname']}\t{_c['sei']} {_c['parent']}\t{_c['tel']}\t{_c['mail']}" for _c in _k)
MESSAGES.append(dict(
    id="sch-050",
    sender=ONISHI,
    to=["ステップアップ個別指導 日吉校 松井様 <hiyoshi@stepup-kobetsu.co.jp>"],
    subject="FW: 春期講習 申込者一覧",
    charset="utf-8",
    body=f"""松井様

お世話になっております。大西です。
春期講習の申込者について、本部からのメールをそのまま添付で転送します。
受講案内の送付をお願いいたします。

{SIG_ONISHI}
""",
    attachments=[{"kind": "eml", "name": "春期講習 申込者一覧.eml",
                  "message": dict(sender=OTSUKA, to=[ONISHI], subject="春期講習 申込者一覧（港北）", charset="iso-2022-jp",
                                  body=f"""大西さん

春期講習（港北教室）の申込者一覧です。

生徒名\t学年\t保護者\t携帯\tメール
{_inner}

大塚
""")}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="an internal mail attached as .eml forwards 9 families' contacts to an outside company",
))

# sch-051  legacy XLS: tuition direct-debit data (10 families, kana holder names) to the bank
_a = adults(51, 10, (1975, 1990))
_rows = [["会員番号", "預金者名（カナ）", "金融機関コード", "支店コード", "預金種目", "口座番号", "引落金額", "新規コード"]]
for _i, _p in enumerate(_a):
    _rows.append([f"25{1200 + _i * 7}", kkana(_p).replace(" ", " "), "0571", f"{_random.Random(_i).randrange(100, 400)}",
                  "1", _p["acct"], [8800, 15400, 19800][_i % 3], "1" if _i < 3 else "0"])
MESSAGES.append(dict(
    id="sch-051",
    sender=OTSUKA,
    to=["みどり銀行 収納代行センター <shuno-center@midori-ginko.co.jp>"],
    subject="12月分 口座振替データの差し替えについて",
    charset="cp932",
    body=f"""みどり銀行 収納代行センター ご担当者様

お世話になっております。日の出産業株式会社（委託者コード 0012847）の大塚です。
先日送信いたしました12月分の口座振替データに誤りがありましたので、
該当10件の差し替えデータをExcel（旧形式）でお送りいたします。

お手数をおかけし申し訳ございませんが、ご対応のほどよろしくお願いいたします。

{SIG_OTSUKA}
""",
    attachments=[{"kind": "xls", "name": "口座振替_差替_202512.xls", "sheets": {"差替データ": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="10 account holders (kana) with branch codes and account numbers in a legacy XLS to a bank",
))

# sch-052  anonymised case study in a seminar outline (no identifiable child)
MESSAGES.append(dict(
    id="sch-052",
    sender=ASHIDA.replace("Kei Ashida", "芦田 圭"),
    to=["東都大学 教育学部 三枝先生 <saegusa@edu.toto-u.ac.jp>"],
    subject="公開講座「学習塾における合理的配慮」発表要旨（案）",
    charset="iso-2022-jp",
    body="""三枝先生

お世話になっております。芦田です。
2月の公開講座で当社講師が発表する要旨（案）をお送りします。
事例は保護者の同意を得たうえで、個人が特定されないよう加工しています。

―――――――――――――――――――――――――
発表要旨（案）
1. 背景：学習塾に在籍する発達特性のある子どもの増加
2. 事例：Aさん（小学校中学年）。読み書きに困難があり、
　　　　タブレットの読み上げ機能と拡大プリントを併用した結果、
　　　　確認テストの正答率が3か月で約20ポイント向上した。
3. 考察：教材の「形式」の調整だけで効果がみられたケースが多い
4. 課題：講師研修の時間確保、保護者との情報共有の範囲
―――――――――――――――――――――――――

ご意見をいただけましたら反映いたします。

芦田 圭
日の出産業株式会社 教育事業部 企画室
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="an anonymised case (Aさん, no age/school/name) in a seminar outline: no identifiable person",
))

# sch-053  PPTX with a named child's diagnosis, to a university researcher
MESSAGES.append(dict(
    id="sch-053",
    sender=SHIOMI,
    to=["東都大学 教育学部 三枝研究室 <saegusa-lab@edu.toto-u.ac.jp>"],
    subject="研究会用スライド（大倉山教室の事例）",
    charset="utf-8",
    body=f"""三枝研究室 御中

大倉山教室の塩見です。
来週の研究会でお話しする事例のスライドをお送りします。
発表時間は15分の予定です。事前にご確認いただけますと幸いです。

{SIG_SHIOMI}
""",
    attachments=[{"kind": "pptx", "name": "研究会_大倉山教室事例.pptx",
                  "slides": [["大倉山教室における個別配慮の実践", "ひので学習教室 大倉山教室 塩見ゆかり"],
                             ["事例1：城之内 悠人くん（小4）", "2023年にADHD（混合型）と診断、服薬あり",
                              "座席を最前列・壁側に固定", "課題を10分単位に分割"],
                             ["事例2：百々 琴音さん（小6）", "場面緘黙の診断、発話は筆談で対応",
                              "保護者（母）と週1回連絡帳でやり取り"],
                             ["まとめ", "「見通し」と「選択肢」を示すことが有効"]]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="slides name two children with their diagnoses (要配慮) and go to an outside researcher",
))

# sch-054  list of our own classrooms (business addresses) to the printer
MESSAGES.append(dict(
    id="sch-054",
    sender=OTSUKA,
    to=["錦印刷 営業部 戸川様 <togawa@nishiki-insatsu.co.jp>"],
    subject="春期講習チラシ 裏面の教室一覧について",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
営業部　戸川様

いつもお世話になっております。ひので学習教室の大塚です。
春期講習チラシの裏面に掲載する教室一覧を下記のとおりお送りします。
綱島教室が新設のため1行増えております。

◆港北教室　　　横浜市港北区日吉2-1-8 日の出日吉ビル3F　　TEL 045-534-2210
◆大倉山教室　　横浜市港北区大倉山3-2-11 2F　　　　　　　TEL 045-546-0932
◆綱島教室　　　横浜市港北区綱島西2-8-1 綱島駅前ビル4F　　TEL 045-542-7718
◆センター北教室 横浜市都筑区中川中央1-30-2 ノースポート5F TEL 045-910-3365
◆元住吉教室　　川崎市中原区木月1-27-5 ブレーメンビル2F　　TEL 044-433-8014

受付時間：14:00〜20:00（日・祝休み）
初校は12月15日頃にいただけますと助かります。

{SIG_OTSUKA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="our own classrooms' addresses and phones (business locations), not people",
))

# sch-055  English mail to an overseas partner: romaji roster with DOB and parents' mails
_k = children(55, 8, (3, 6))
_rows = "\n".join(f"{_i:>2}  {pad(_c['mei_r'] + ' ' + _c['sei_r'].upper(), 24)}{pad(_c['dob'].strftime('%b %d, %Y'), 15)}"
                  f"{pad('G' + str(_c['grade']), 6)}{_c['mail']}" for _i, _c in enumerate(_k, 1))
MESSAGES.append(dict(
    id="sch-055",
    sender=ASHIDA,
    to=["Emma Collins <emma.collins@globalkids-english.com>"],
    subject="Student list for the online English pilot (Kohoku class)",
    charset="utf-8",
    body=f"""Hi Emma,

Thank you for the call yesterday. As promised, here is the list of students joining the
online English pilot from our Kohoku classroom in January. The e-mail column is the
parent's address for the login invitations.

No  Student                 Date of birth  Grade Parent e-mail
----------------------------------------------------------------------------
{_rows}

Lessons start on Jan 13 (Tue), 17:00 JST. Please let me know if you need anything else.

Best regards,

{SIG_ASHIDA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="8 children in romaji with dates of birth and parents' mails, English mail to an overseas vendor",
))

# sch-056  internal subdomain: scholarship bank accounts to accounting
_a = adults(56, 6, (1975, 1990))
_rows = "\n".join(f"{pad(name(_p), 14)}{pad(_p['bank'] + ' ' + _p['branch'], 28)}普通 {_p['acct']}  {kkana(_p)}" for _p in _a)
MESSAGES.append(dict(
    id="sch-056",
    sender=TEJIMA,
    to=["経理課 振込担当 <furikomi@mail.hinode-sangyo.co.jp>"],
    subject="奨学金 追加給付分の振込依頼（6件）",
    charset="iso-2022-jp",
    body=f"""経理課 振込担当 各位

お疲れさまです。奨学金事務局の手嶋です。
11月の追加採用分について、以下6件の振込をお願いします（各 30,000円、振込日 11/25）。

受取人        振込先                      口座           名義
----------------------------------------------------------------------------
{_rows}

稟議番号：教-2025-0418
よろしくお願いします。

{SIG_TEJIMA}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="bank accounts of 6 people, but the recipient is an internal subdomain (mail.hinode-sangyo.co.jp)",
))

# sch-057  health insurance card numbers of four people to a clinic
_a = adults(57, 4)
_lines = "\n".join(f"{_i}）{name(_p, '')}　{wareki(_p['dob'], 'long')}生　被保険者証 記号 {_p['hoken_kigo']}　番号 {_p['hoken_no']}"
                   for _i, _p in enumerate(_a, 1))
MESSAGES.append(dict(
    id="sch-057",
    sender=KOGA,
    to=["さくら台レディースクリニック 受付 <uketsuke@sakuradai-ladies.jp>"],
    subject="乳がん検診（二次）ご紹介4名の事前登録について",
    charset="iso-2022-jp",
    body=f"""さくら台レディースクリニック 受付ご担当者様

いつもお世話になっております。日の出健診センターの古閑です。
二次検査でご紹介する4名について、事前の受付登録をお願いいたします。
保険証情報は、ご本人の了承を得て記載しております。

{_lines}

保険者番号はいずれも 06139012 です。
よろしくお願いいたします。

{SIG_KOGA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health-insurance card numbers (identity documents) of 4 named women referred for a second breast-cancer exam",
))

# sch-058  one family's scholarship decision, with their own bank account, to the parent (yahoo)
MESSAGES.append(dict(
    id="sch-058",
    sender=TEJIMA,
    to=["比嘉 亜紀 様 <aki_higa0308@yahoo.co.jp>"],
    subject="ひので奨学金 採用決定のお知らせ",
    charset="cp932",
    body=f"""比嘉 亜紀 様

このたびは「ひので奨学金」にご応募いただき、誠にありがとうございました。
審査の結果、心春さんを令和7年度 奨学生として採用することが決定いたしましたので、
お知らせいたします。

　給付額　：月額 5,000円（令和7年10月〜令和8年3月）
　振込日　：毎月25日（土日祝の場合は前営業日）
　振込口座：みどり銀行 日吉支店 普通 4820173　ヒガ アキ

振込口座に誤りがある場合は、10月10日までにご連絡ください。
今後ともどうぞよろしくお願いいたします。

{SIG_TEJIMA}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["freemail_recipient", "personal_data"],
    note="one family's own bank account sent back to that parent: one person's record, may warn",
))

# sch-059  driver's licence numbers of 6 trainees to a skills-training body
_a = adults(59, 6, (1980, 2004))
_lic = ["301905318460", "302106227731", "451802940125", "301703815592", "304000712283", "302203119947"]
_blk = "\n".join(
    f"［{_i}］{name(_p)}（{kkana(_p)}）\n　　生年月日：{wareki(_p['dob'], 'short')}　住所：{_p['addr']}\n　　運転免許証番号：{_l}"
    for _i, (_p, _l) in enumerate(zip(_a, _lic), 1))
MESSAGES.append(dict(
    id="sch-059",
    sender=MURASE,
    to=["かながわ技能講習センター 受付 <uketsuke@kanagawa-ginou.or.jp>"],
    subject="フォークリフト運転技能講習 団体申込（6名）",
    charset="cp932",
    body=f"""かながわ技能講習センター 受付ご担当者様

お世話になっております。日の出職業能力開発校 教務課の村瀬です。
1月コースのフォークリフト運転技能講習（31時間コース）に、下記6名を団体で申し込みます。
本人確認のため運転免許証番号を記載しております。

{_blk}

受講料は学校からまとめてお振込みいたします。請求書をお送りください。

{SIG_MURASE}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="six trainees with DOB, addresses and driver's licence numbers, one block per person",
))

# sch-060  English mail about programme pricing, with the English disclaimer
MESSAGES.append(dict(
    id="sch-060",
    sender=ASHIDA,
    to=["Emma Collins <emma.collins@globalkids-english.com>"],
    cc=["Daniel Park <d.park@globalkids-english.com>"],
    subject="Re: Pricing for the 2026 online programme",
    charset="utf-8",
    body=f"""Hi Emma, hi Daniel,

Thanks for the revised proposal. A few points from our side before we sign:

1. Per-student fee: we can accept JPY 3,800/month for classes of up to 6 students,
   but would like JPY 3,300 for classes of 7-8.
2. Minimum commitment: 120 students across 5 classrooms, reviewed in September.
3. Teacher replacement: 48 hours' notice, as in clause 6.2 of the draft.

Our legal team will send the NDA back with comments by Friday. Could we have a short call
next Tuesday, 9:00 JST (Monday 8:00 pm EST)?

Best regards,

{SIG_ASHIDA}

{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="pricing negotiation with one partner company, NDA mentioned, standard English disclaimer",
))

# sch-061  a part-time instructor's basic pension number to the labour-and-social-security office
MESSAGES.append(dict(
    id="sch-061",
    sender=OTSUKA,
    to=["児玉社会保険労務士事務所 <info@sr-kodama.jp>"],
    subject="アルバイト講師 社会保険加入手続きのお願い",
    charset="iso-2022-jp",
    body=f"""児玉社会保険労務士事務所
ご担当者様

いつもお世話になっております。ひので学習教室 本部事務局の大塚です。
12月1日付で週30時間勤務となるアルバイト講師1名について、
社会保険の資格取得手続きをお願いいたします。

　氏名　　　：冨樫 慎吾（トガシ シンゴ）
　生年月日　：昭和63年2月29日
　住所　　　：〒224-0001 横浜市都筑区中川1-19-3 メゾン若葉 203
　基礎年金番号：4012-736815
　報酬月額　：245,000円

扶養家族はおりません。必要書類があればお知らせください。

{SIG_OTSUKA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one person's basic pension number (social insurance identifier) to an outside office",
))

# sch-062  three external organisations (clinics) visible in To
MESSAGES.append(dict(
    id="sch-062",
    sender=OUMI,
    to=["みなと内科クリニック <kenshin@minato-naika.jp>", "緑風クリニック <yobou@ryokufu-clinic.or.jp>",
        "日下内科医院 <kusaka@kusaka-naika-cl.jp>"],
    subject="インフルエンザ予防接種 出張日程のご相談",
    charset="utf-8",
    body=f"""提携医療機関 ご担当者様

いつもお世話になっております。日の出健診センターの近江です。
今季の出張予防接種について、契約企業様からのご依頼が増えており、
各院に医師・看護師の派遣をお願いできる日程を伺いたくご連絡いたしました。

　候補：11月10日〜11月28日の平日（午前または午後）
　規模：1回あたり40〜80名程度

ご対応可能な日程を、11月4日（火）までにお知らせいただけますと幸いです。

{SIG_OUMI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three different external organisations can see each other in To: should be Bcc",
))

# sch-063  newsletter to parents via Bcc (To is our own address)
MESSAGES.append(dict(
    id="sch-063",
    sender=ONISHI,
    to=["ひので学習教室 港北教室 <kohoku@hinode-sangyo.co.jp>"],
    bcc=["ikeda.nana1107@gmail.com", "kaori_tsukumo@yahoo.co.jp", "s.ichinose-0322@docomo.ne.jp",
         "harada.family@icloud.com", "mayumi.kai@ezweb.ne.jp", "t-onizuka@softbank.ne.jp",
         "r.wagatsuma@outlook.jp"],
    subject="【港北教室】教室だより 12月号",
    charset="iso-2022-jp",
    body=f"""保護者の皆さま

いつもお世話になっております。ひので学習教室 港北教室です。
12月号の教室だよりをお届けします。

━━━━━━━━━━━━━━━━━━━━
■冬期講習のご案内
　12月26日（金）〜1月7日（水）　※12/30〜1/3はお休み
　お申し込みは12月12日（金）までに受付へ。

■クリスマス会
　12月20日（土）14:00〜16:00　参加費無料
　ビンゴ大会と、講師による理科実験ショーを予定しています！

■年末年始の休業
　12月29日（月）〜1月4日（日）

■漢字検定（1月24日実施）の申込締切は12月19日です。
━━━━━━━━━━━━━━━━━━━━

寒くなってまいりましたので、手洗い・うがいをお忘れなく。

{SIG_ONISHI}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="newsletter to parents correctly in Bcc; no personal data in the content",
))

# sch-064  full-width padded emergency-contact table to an after-school NPO
_k = children(64, 6, (1, 3))
_lines = ["児童名　　　　　　学年　保護者　　　　　　緊急連絡先", "＝" * 30]
for _c in _k:
    _lines.append(f"{_c['sei']}　{_c['mei']}".ljust(9, "　") + f"{fw(_c['gname'])}　" +
                  f"{_c['sei']}　{_c['parent']}".ljust(9, "　") + fw(_c["tel"]))
MESSAGES.append(dict(
    id="sch-064",
    sender=ONISHI,
    to=["NPO法人ひだまり 学童クラブ日吉 <hiyoshi@npo-hidamari.or.jp>"],
    subject="合同イベント（1/17）参加児童の緊急連絡先",
    charset="cp932",
    body=f"""ＮＰＯ法人ひだまり 学童クラブ日吉 ご担当者様

お世話になっております。ひので学習教室 港北教室の大西です。
1月17日（土）の合同イベント（科学工作教室）に参加する当教室の児童と、
当日の緊急連絡先は次のとおりです。

""" + "\n".join(_lines) + f"""

当日は当教室から講師2名が付き添います。
よろしくお願いいたします。

{SIG_ONISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 children with parents' mobiles in a full-width-padded table with full-width digits to an NPO",
))

# sch-065  class-level test statistics in an XLSX to the tutor company
MESSAGES.append(dict(
    id="sch-065",
    sender=ONISHI,
    to=["ステップアップ個別指導 教務部 岸本様 <kishimoto@stepup-kobetsu.co.jp>"],
    subject="委託クラスの成果（クラス別集計）",
    charset="utf-8",
    body=f"""岸本様

お世話になっております。大西です。
夏期・冬期講習の委託クラスについて、講習前後の確認テストのクラス別集計をお送りします。
個人の成績は含めておりません。

来年度の契約更新の際の参考資料としてご覧ください。

{SIG_ONISHI}
""",
    attachments=[{"kind": "xlsx", "name": "委託クラス_成果集計.xlsx",
                  "sheets": {"夏期": [["クラス", "人数", "講習前平均", "講習後平均", "伸び"],
                                      ["小4算数", 12, 61.3, 72.8, 11.5], ["小5算数", 14, 58.9, 66.2, 7.3],
                                      ["小6総合", 18, 63.4, 70.1, 6.7]],
                             "冬期": [["クラス", "人数", "講習前平均", "講習後平均", "伸び"],
                                      ["小4国語", 11, 65.0, 71.4, 6.4], ["小5国語", 13, 60.2, 68.9, 8.7]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="class-level averages only, no individual records",
))

# sch-066  special-needs / allergy notes for 9 children in a CSV to a camp operator
_k = children(66, 9, (3, 6))
_need = [("卵・乳アレルギー", "なし"), ("てんかん（年1回程度の発作）", "デパケン朝夕"), ("なし", "なし"),
         ("ADHD（不注意優勢）", "インチュニブ夜"), ("夜尿あり（本人は気にしています）", "なし"),
         ("小麦アレルギー", "エピペン所持"), ("自閉スペクトラム症・聴覚過敏", "イヤーマフ持参"),
         ("気管支喘息", "吸入（朝）"), ("なし", "なし")]
_rows = [["氏名", "学年", "性別", "配慮事項", "服薬・持参品", "保護者連絡先"]]
for _c, (_n, _m) in zip(_k, _need):
    _rows.append([f"{_c['sei']}{_c['mei']}", _c["gname"], "男" if _c["boy"] else "女", _n, _m, _c["tel"]])
MESSAGES.append(dict(
    id="sch-066",
    sender=SHIOMI,
    to=["アウトドアキッズ キャンプ事業部 <camp@outdoor-kids.co.jp>"],
    subject="春休みキャンプ（3/27-29）参加者の配慮事項",
    charset="utf-8",
    body=f"""アウトドアキッズ株式会社
キャンプ事業部 ご担当者様

お世話になっております。ひので学習教室 大倉山教室の塩見です。
春休みキャンプに参加する9名の配慮事項を、保護者アンケートからまとめましたのでお送りします。
スタッフの皆さまで事前に共有いただけますと幸いです。

{SIG_SHIOMI}
""",
    attachments=[{"kind": "csv", "name": "キャンプ参加者_配慮事項.csv", "rows": _rows, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="9 named children with epilepsy, ADHD, ASD, allergies and medication, plus parents' phones, in a CSV",
))

# sch-067  names only (with course) for certificates, to the printer — a judgement call
_a = adults(67, 18, (1970, 2004))
_lst = "、".join(name(_p, "") for _p in _a)
MESSAGES.append(dict(
    id="sch-067",
    sender=MURASE,
    to=["錦印刷 営業部 戸川様 <togawa@nishiki-insatsu.co.jp>"],
    subject="修了証書の印刷（令和7年度 後期）",
    charset="iso-2022-jp",
    body=f"""戸川様

いつもお世話になっております。日の出職業能力開発校の村瀬です。
後期修了生の修了証書の印刷をお願いいたします。
科名はすべて「ビル管理科」、修了日は「令和８年３月１３日」で共通です。

修了生氏名（18名・五十音順ではありません）：
{_lst}

用紙は昨年度と同じ（A4横・金箔押し枠）でお願いします。
3月2日までに納品いただけますと助かります。

{SIG_MURASE}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="18 bare names with a shared course and date for certificates: a list of people, but names only",
))

# sch-068  HTML-only vaccination list of children with medical history to a paediatric clinic
_k = children(68, 10, (1, 3))
_hist = ["なし", "熱性けいれん（3歳時）", "なし", "卵アレルギー", "なし", "なし", "川崎病（2歳時、後遺症なし）", "なし", "気管支喘息", "なし"]
_tr = "".join(
    f"<tr><td>{_c['sei']} {_c['mei']}</td><td>{date(_c['dob'], 'kanji')}</td><td>{_c['gname']}</td>"
    f"<td>{_h}</td><td>{_c['sei']} {_c['parent']}</td><td>同意済</td></tr>\n"
    for _c, _h in zip(_k, _hist))
MESSAGES.append(dict(
    id="sch-068",
    sender=ONISHI,
    to=["はるかぜ小児科 事務 <jimu@harukaze-shonika.jp>"],
    subject="学童コース インフルエンザ予防接種（11/22）対象児童",
    charset="iso-2022-jp",
    html=f"""<html><head><meta charset="iso-2022-jp"></head><body>
<p>はるかぜ小児科<br>事務ご担当者様</p>
<p>いつもお世話になっております。ひので学習教室 港北教室の大西です。<br>
11月22日（土）に教室で実施していただくインフルエンザ予防接種の対象児童をお知らせします。<br>
既往歴は保護者記入の予診票から転記しました。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>児童氏名</th><th>生年月日</th><th>学年</th><th>既往歴・アレルギー</th><th>保護者</th><th>同意書</th></tr></thead>
<tbody>
{_tr}</tbody></table>
<p>予診票の原本は当日お渡しします。<br>よろしくお願いいたします。</p>
<p>--<br>ひので学習教室 港北教室 大西 真理子<br>TEL 045-534-2210</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table: 10 children's DOB and medical history for vaccination, to a clinic",
))

# sch-069  invoice with our qualified-invoice registration number (T-number)
MESSAGES.append(dict(
    id="sch-069",
    sender=OUMI,
    to=["株式会社カネヨ物流 経理部 <keiri@kaneyo-butsuryu.co.jp>"],
    subject="【請求書】10月実施 出張健診費用（請求番号 KS-2510-0087）",
    charset="cp932",
    body=f"""株式会社カネヨ物流 経理部 御中

平素より格別のご高配を賜り、厚く御礼申し上げます。
10月実施分の出張健診費用につきまして、請求書をお送りいたします。

　請求番号　：KS-2510-0087
　件名　　　：定期健康診断（出張・横浜営業所ほか2拠点）
　受診者数　：86名
　ご請求金額：￥812,460（うち消費税10％ ￥73,860）
　お支払期限：2025年11月30日
　お振込先　：みどり銀行 本店営業部 当座 0038215 ヒノデサンギヨウ（カ
　登録番号　：T9020001087654（日の出産業株式会社）

請求書原本（PDF）を添付いたします。ご査収のほどよろしくお願い申し上げます。

{SIG_OUMI}
""",
    attachments=[{"kind": "pdf", "name": "請求書_KS-2510-0087.pdf",
                  "lines": ["請 求 書", "株式会社カネヨ物流 御中", "請求番号 KS-2510-0087　発行日 2025年10月31日",
                            "日の出産業株式会社 日の出健診センター　登録番号 T9020001087654", ""],
                  "table": [["品目", "数量", "単価", "金額"], ["定期健康診断（法定項目）", "71", "8,000", "568,000"],
                            ["生活習慣病予防健診 差額", "15", "9,000", "135,000"], ["出張費", "3", "11,866", "35,600"],
                            ["消費税（10％）", "", "", "73,860"], ["合計", "", "", "812,460"]]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="an invoice: invoice number, company bank account and the company's T-number; no personal data",
))

# sch-070  corrupt PDF to a client company
MESSAGES.append(dict(
    id="sch-070",
    sender=KOGA,
    to=["株式会社ヤマブキ精工 人事総務部 野々村様 <nonomura@yamabuki-seiko.co.jp>"],
    subject="再送：健診個人票（事業者控え）",
    charset="cp932",
    body=f"""野々村様

お世話になっております。日の出健診センターの古閑です。
先ほどお送りしたファイルが開けないとのご連絡をいただきましたので、再送いたします。
お手数ですがご確認ください。

{SIG_KOGA}
""",
    attachments=[{"kind": "corrupt", "name": "健診個人票_事業者控え.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached PDF is damaged and cannot be inspected",
))

# sch-071  one parent on a carrier address: make-up lesson notice for their child
MESSAGES.append(dict(
    id="sch-071",
    sender=SHIOMI,
    to=["kume-family.0405@docomo.ne.jp"],
    subject="振替授業のご案内（久米 琉生くん）",
    charset="iso-2022-jp",
    body=f"""久米様

いつもお世話になっております。大倉山教室の塩見です。
先日お休みされた10月21日（火）の授業の振替日が決まりましたのでご案内いたします。

　振替日：１０月２８日（火）１７：００〜１８：２０
　内容：小５算数「単位量あたりの大きさ」

ご都合が悪い場合は、教室（045-546-0932）までお電話ください。

{SIG_SHIOMI}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one parent on a carrier address; only their child's name and a lesson date",
))

# sch-072  password-protected PDF to the scholarship foundation
MESSAGES.append(dict(
    id="sch-072",
    sender=TEJIMA,
    to=["公益財団法人 ひなた育英会 事務局 <jimukyoku@hinata-ikuei.or.jp>"],
    subject="奨学生在籍確認書の送付",
    charset="iso-2022-jp",
    body=f"""ひなた育英会 事務局 御中

いつもお世話になっております。日の出産業 奨学金事務局の手嶋です。
令和7年度後期の奨学生在籍確認書をPDF（パスワード付き）でお送りします。
パスワードは、前回お電話でお伝えしたものと同じです。

{SIG_TEJIMA}
""",
    attachments=[{"kind": "pdf", "name": "奨学生在籍確認書_R7後期.pdf", "password": "hinata2025",
                  "lines": ["奨学生在籍確認書"],
                  "table": [["氏名", "学年", "在籍"]] + [[name(_p), "中2", "在籍"] for _p in adults(72, 7)]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected; contents not counted as entities",
))

# sch-073  reply (Outlook-style 差出人/送信日時 header) quoting a patient's results from the clinic
MESSAGES.append(dict(
    id="sch-073",
    sender=KOGA,
    to=["日下内科医院 日下先生 <kusaka@kusaka-naika-cl.jp>"],
    subject="RE: ご紹介患者様 精密検査結果のご報告",
    charset="utf-8",
    body=f"""日下先生

ご丁寧にご報告いただき、ありがとうございました。
当センターの記録にも反映いたしました。
今後とも何卒よろしくお願い申し上げます。

日の出健診センター　古閑

差出人: 日下内科医院 日下 <kusaka@kusaka-naika-cl.jp>
送信日時: 2025年11月14日 18:05
宛先: 古閑 絵美 <koga.emi@hinode-sangyo.co.jp>
件名: ご紹介患者様 精密検査結果のご報告

日の出健診センター 古閑様

ご紹介いただいた鮫島康弘様（昭和47年8月30日生）の精密検査結果をご報告します。
75gOGTTにて2型糖尿病と診断し、本日よりメトホルミンを開始しました。
眼底検査では単純網膜症を認めています。今後は当院で継続加療いたします。

日下内科医院 日下
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the diagnosis is only in the quoted mail from the recipient himself; new text has no data",
))

# sch-074  forward of a parent's complaint with the child's anaphylaxis to the food supplier
MESSAGES.append(dict(
    id="sch-074",
    sender=OTSUKA,
    to=["北国フーズ 品質保証部 <qa@kitaguni-foods.co.jp>"],
    cc=["大西 真理子 <onishi-m@hinode-sangyo.co.jp>"],
    subject="Fwd: おやつのアレルギー表示について（至急）",
    charset="cp932",
    body=f"""北国フーズ株式会社 品質保証部 御中

ひので学習教室 本部事務局の大塚です。
保護者様から下記のご連絡があり、至急原因を調査いただきたく転送いたします。
11月18日納品分の「米粉ドーナツ（卵不使用）」の原材料・製造ラインについてご確認ください。

---------- Forwarded message ---------
From: 薬師寺 千春 <chiharu.yakushiji@gmail.com>
Date: 2025年11月19日(水) 7:48
Subject: おやつのアレルギー表示について（至急）
To: <kohoku@hinode-sangyo.co.jp>

港北教室ご担当者様

小2の薬師寺 紬の母です。
昨日、教室でいただいた卵不使用のドーナツを食べたあと、帰宅後に全身にじんましんが出て、
呼吸が苦しそうだったため救急外来を受診しました。診断はアナフィラキシー（グレード2）で、
エピペンを使用し、一晩入院しました。紬は卵の重度アレルギーがあり、以前にも同様の症状が出ています。
原材料の確認をお願いします。

薬師寺 千春
携帯 090-7550-7814
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded parent's mail: a named child's anaphylaxis and hospitalisation (要配慮) to a supplier",
))

# sch-075  three parent volunteers' mobiles to the partner for a factory tour (below threshold)
MESSAGES.append(dict(
    id="sch-075",
    sender=ONISHI,
    to=["川崎電機 総務部 藤崎様 <fujisaki@kawasaki-denki.co.jp>"],
    subject="親子工場見学（2/14）付き添い保護者の連絡先",
    charset="cp932",
    body=f"""藤崎様

いつもお世話になっております。ひので学習教室 港北教室の大西です。
2月14日（土）の親子工場見学で、当日の付き添いをお願いしている保護者3名の連絡先です。
当日はぐれた場合などのご連絡用にお控えください。

　・城之内 由美 様　090-3318-2407
　・汐見 大輔 様　　080-6621-0953
　・我妻 香織 様　　070-1284-5560

参加者は児童18名・保護者18名・講師2名の合計38名です。

{SIG_ONISHI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three attendees with their mobiles to a partner: fewer than five, may warn",
))

# sch-076  PDF table without names: student numbers, schools, scores and parents' mobiles
_k = children(76, 12, (5, 6))
_rng = _random.Random("sch-076")
_tbl = [["生徒番号", "学年", "在籍校", "算", "国", "出席率", "保護者携帯"]]
for _c in _k:
    _tbl.append([_c["no"], _c["gname"], _rng.choice(["日吉台小", "箕輪小", "下田小", "高田小"]),
                 str(_rng.randrange(40, 100)), str(_rng.randrange(40, 100)), f"{_rng.randrange(60, 101)}%", _c["tel"]])
MESSAGES.append(dict(
    id="sch-076",
    sender=ONISHI,
    to=["ステップアップ個別指導 日吉校 松井様 <hiyoshi@stepup-kobetsu.co.jp>"],
    subject="個別面談対象者リスト（PDF）",
    charset="utf-8",
    body=f"""松井様

お世話になっております。大西です。
貴校で個別面談をお願いしたい生徒の一覧をPDFでお送りします。
氏名は伏せ、生徒番号で記載しています。面談の日程調整は保護者の携帯にご連絡ください。

{SIG_ONISHI}
""",
    attachments=[{"kind": "pdf", "name": "個別面談対象者.pdf",
                  "lines": ["個別面談対象者リスト（港北教室 → ステップアップ個別指導 日吉校）", ""], "table": _tbl}],
    expect="stop",
    entities=["PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of 12 children (no name column) with school, scores, attendance and parents' mobiles",
))

# sch-077  routine check-up booking for three employees (no results) to a clinic
MESSAGES.append(dict(
    id="sch-077",
    sender=KOGA,
    to=["緑風クリニック 健診センター 予約係 <yoyaku@ryokufu-clinic.or.jp>"],
    subject="定期健診 予約のお願い（3名）",
    charset="iso-2022-jp",
    body=f"""緑風クリニック 健診センター 予約係 御中

お世話になっております。日の出健診センターの古閑です。
当センターの予約枠が埋まっているため、下記3名の定期健診を貴院でお願いできますでしょうか。

　1. 丹羽 康弘（にわ やすひろ）　１９７８年１１月３日生　　希望日 12/2（火）午前
　2. 真壁 奈々（まかべ なな）　　平成４年７月１９日生　　　希望日 12/2（火）午前
　3. 五十嵐 誠（いがらし まこと）S55.1.27生　　　　　　　　希望日 12/4（木）午前

いずれも法定項目のみ、オプションはございません。
よろしくお願いいたします。

{SIG_KOGA}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="three people's names and dates of birth (mixed 西暦/和暦/full-width) for a routine booking: may warn",
))

# sch-078  five parents on carrier / free mail in To and Cc
MESSAGES.append(dict(
    id="sch-078",
    sender=ONISHI,
    to=["我妻 香織 <kaori-w.0921@docomo.ne.jp>"],
    cc=["m.shiomi-home@ezweb.ne.jp", "niwa.tomoko@softbank.ne.jp", "daisuke.kai@i.softbank.jp",
        "ririe.okamoto@gmail.com"],
    subject="保護者会 役員打ち合わせ（12/13）のご案内",
    charset="iso-2022-jp",
    body=f"""保護者会 役員の皆さま

いつもご協力いただき、ありがとうございます。港北教室の大西です。
次回の役員打ち合わせを下記のとおり行います。

　日時：12月13日（土）10:30〜11:30
　場所：港北教室 2階B教室
　議題：卒業記念品、春のお楽しみ会

ご欠席の場合は我妻様（役員長）までご連絡をお願いいたします。

{SIG_ONISHI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="five private persons' carrier/free-mail addresses openly in To/Cc",
))

# sch-079  declining the tutor company's request for a roster (mentions 機密保持)
MESSAGES.append(dict(
    id="sch-079",
    sender=KURIBAYASHI,
    to=["ステップアップ個別指導 教務部 岸本様 <kishimoto@stepup-kobetsu.co.jp>"],
    subject="Re: 在籍生徒名簿のご提供について",
    charset="cp932",
    body=f"""岸本様

お世話になっております。日の出産業 教育事業部の栗林です。

在籍生徒名簿のご提供についてのご依頼ですが、社内で検討いたしました結果、
機密保持契約の範囲外となるため、全在籍者の名簿をお渡しすることは控えさせていただきます。
委託クラスの受講者に限っては、従来どおり講習ごとに必要な範囲でお送りいたします。

ご理解いただけますと幸いです。

{SIG_KURIBAYASHI}

> 栗林様
> 来年度の合同イベントの案内のため、在籍生徒の名簿をいただけないでしょうか。
> 岸本
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="declines to send a roster; 機密保持 is mentioned, not stamped; no data",
))

# sch-080  look-alike of the partner: kawasaki-dennki.co.jp (letter added), 7 trainees with DOB
_a = adults(80, 7, (1990, 2005))
_rows = "\n".join(f"{name(_p)}, {kkana(_p)}, {date(_p['dob'], 'slash')}, {_p['sex']}" for _p in _a)
MESSAGES.append(dict(
    id="sch-080",
    sender=MINEGISHI,
    to=["川崎電機 三上様 <mikami@kawasaki-dennki.co.jp>"],
    subject="2月 企業実習 参加者（入館証申請用）",
    charset="utf-8",
    body=f"""三上様

お世話になっております。嶺岸です。
2月の企業実習の参加者を、入館証申請用にお送りします。

氏名, カナ, 生年月日, 性別
{_rows}

よろしくお願いいたします。

{SIG_MINEGISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["lookalike_domain", "personal_data"],
    note="kawasaki-dennki.co.jp adds a letter to partner kawasaki-denki.co.jp; also 7 trainees with DOB",
))

# sch-081  meeting minutes with the partner clinic (attendees' names only, aggregate figures)
MESSAGES.append(dict(
    id="sch-081",
    sender=OUMI,
    to=["みなと内科クリニック 事務長 横溝様 <yokomizo@minato-naika.jp>"],
    cc=["古閑 絵美 <koga.emi@hinode-sangyo.co.jp>"],
    subject="【議事録】12/9 連携会議",
    charset="utf-8",
    body=f"""横溝様

本日はお時間をいただき、ありがとうございました。
議事録をお送りしますので、修正点があればお知らせください。

■日時：2025年12月9日（火）14:00〜15:05
■場所：日の出健診センター 8F会議室
■出席：みなと内科クリニック 横溝事務長、河野看護師長
　　　　日の出健診センター 近江、古閑

■議事
1. 二次検査受診率
　・2025年度上期：紹介 214件 → 受診 133件（62.1％）、前年同期比 +5.4pt
　・未受診者への再案内を、紹介後4週・8週の2回に増やす
2. 来年度契約
　・単価は据え置き、紹介状の様式を統一（1月中に案を共有）
3. 次回：3月上旬（日程は別途調整）

以上

{SIG_OUMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="minutes of a two-party meeting: attendees' names only and aggregate rates",
))

# sch-082  機密 in the XLSX page header: evaluations of dispatched instructors, to the staffing agency
_a = adults(82, 6, (1985, 2002))
_ev = [["講師評価シート（2025年度 後期）"], ["講師名", "担当", "授業評価", "勤怠", "保護者アンケート", "コメント", "次期継続"]]
_c = [("A", "遅刻なし", 4.6, "説明が丁寧", "継続"), ("B", "遅刻2回", 3.8, "板書が見づらい", "継続"),
      ("C", "欠勤1回", 3.1, "生徒の私語を注意できない", "要面談"), ("A", "遅刻なし", 4.8, "生徒の人気が高い", "継続・時給UP"),
      ("B", "遅刻1回", 3.9, "特になし", "継続"), ("D", "無断欠勤1回", 2.7, "保護者からクレーム1件", "契約終了")]
for _p, _x in zip(_a, _c):
    _ev.append([name(_p), "小学算数" if _p["male"] else "小学国語", _x[0], _x[1], _x[2], _x[3], _x[4]])
MESSAGES.append(dict(
    id="sch-082",
    sender=KURIBAYASHI,
    to=["エデュスタッフ株式会社 派遣事業部 <haken@edu-staff.co.jp>"],
    subject="後期 派遣講師の評価について",
    charset="cp932",
    body=f"""エデュスタッフ株式会社
派遣事業部 ご担当者様

お世話になっております。日の出産業 教育事業部の栗林です。
後期の派遣講師6名の評価シートを添付いたします。
次期の契約更新のご相談に使わせていただければと存じます。

{SIG_KURIBAYASHI}
""",
    attachments=[{"kind": "xlsx", "name": "派遣講師評価_2025後期.xlsx", "page_header": "機密",
                  "sheets": {"評価": _ev}}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["confidential_marking", "personal_data"],
    note="XLSX print header 機密; 6 named instructors' evaluations (attributes) to an outside agency",
))

# sch-083  course guide PDF to the public employment office
MESSAGES.append(dict(
    id="sch-083",
    sender=MINEGISHI,
    to=["川崎北公共職業安定所 職業訓練担当 <kunren@shokuan-kawasakikita.lg.jp>"],
    subject="令和8年4月生 訓練生募集要項の送付",
    charset="iso-2022-jp",
    body=f"""川崎北公共職業安定所
職業訓練担当 御中

平素より大変お世話になっております。日の出職業能力開発校 就職支援室の嶺岸です。
令和8年4月入校生の募集要項を添付いたします。窓口での配布・掲示にご活用ください。
紙のパンフレット（200部）は本日発送いたしました。

{SIG_MINEGISHI}
""",
    attachments=[{"kind": "pdf", "name": "募集要項_R8年4月生.pdf",
                  "lines": ["日の出職業能力開発校　令和8年4月生 募集要項", "",
                            "訓練期間：令和8年4月7日〜令和9年3月12日（1年）", "選考：筆記試験（数学・国語）・面接",
                            "選考日：令和8年2月21日（土）", "受講料：無料（テキスト代 約25,000円は自己負担）",
                            "問い合わせ：教務課 044-711-0386", ""],
                  "table": [["訓練科", "定員", "主な取得資格"], ["電気設備保全科", "20", "第二種電気工事士"],
                            ["ビル管理科", "20", "危険物取扱者乙4・2級ボイラー技士"], ["OAシステム科", "25", "MOS・日商簿記3級"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="course guide with the school's switchboard; no personal data",
))

# sch-084  CONFIDENTIAL header on an attached DOCX proposal, English mail to an overseas partner
MESSAGES.append(dict(
    id="sch-084",
    sender=ASHIDA,
    to=["Wei Ling Tan <weiling.tan@learnloop-edu.com>"],
    subject="Partnership proposal - Hinode Sangyo x LearnLoop",
    charset="utf-8",
    body=f"""Dear Ms Tan,

It was a pleasure meeting you in Singapore last week. As discussed, please find attached
our draft proposal for a joint after-school STEM programme in the Yokohama area.

We would welcome your comments on the revenue-sharing model in section 4 before our next
call on 4 December.

Kind regards,

{SIG_ASHIDA}
""",
    attachments=[{"kind": "docx", "name": "Proposal_LearnLoop_draft_v2.docx", "page_header": "CONFIDENTIAL",
                  "title": "Joint STEM programme proposal",
                  "paragraphs": ["Joint after-school STEM programme - draft proposal v2",
                                 "1. Background", "2. Programme outline (ages 9-12, 90-minute weekly sessions)",
                                 "3. Roll-out: 3 classrooms in 2026, 8 classrooms in 2027",
                                 "4. Revenue sharing: 70% Hinode / 30% LearnLoop of tuition net of VAT"],
                  "tables": [[["Year", "Classrooms", "Students", "Revenue (JPY m)"],
                              ["2026", "3", "180", "24.8"], ["2027", "8", "520", "71.6"]]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached DOCX is stamped CONFIDENTIAL in its page header; goes to an external company",
))

# sch-085  one family's report to both parents (same free-mail domain) in To
MESSAGES.append(dict(
    id="sch-085",
    sender=SHIOMI,
    to=["一ノ瀬 剛 <tsuyoshi.ichinose@gmail.com>", "一ノ瀬 綾 <aya.ichinose.88@gmail.com>"],
    subject="冬期講習 受講報告（一ノ瀬 芽依さん）",
    charset="utf-8",
    body=f"""一ノ瀬様

冬期講習へのご参加、ありがとうございました。大倉山教室の塩見です。
芽依さんの受講報告をお送りします（ご両親おふたりにお送りしてほしいとのご依頼をいただいております）。

・出席：全8回中 8回
・講習前テスト 算数 58点 → 講習後 74点
・苦手単元：割合、速さ
・3学期の目標：割合の文章題を図を使って解けるようにする

引き続きよろしくお願いいたします。

{SIG_SHIOMI}
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["freemail_recipient"],
    note="one child's report to both of her parents (two private addresses of one family)",
))

# sch-086  scholarship application with the parent's My Number and bank account to the foundation
MESSAGES.append(dict(
    id="sch-086",
    sender=TEJIMA,
    to=["公益財団法人 ひなた育英会 審査課 <shinsa@hinata-ikuei.or.jp>"],
    subject="給付奨学金 申請内容の訂正について（申請番号 HK-25-0317）",
    charset="utf-8",
    body=f"""ひなた育英会 審査課 ご担当者様

いつもお世話になっております。日の出産業 奨学金事務局の手嶋です。
申請番号 HK-25-0317 の申請書につきまして、保護者様から記載誤りのご連絡がありましたので、
訂正後の内容をお送りいたします。

【申請者】
　氏名：鮫島 陽葵（さめじま ひまり）　中学2年
　生年月日：平成24年（2012年）9月3日
　住所：〒213-0001 神奈川県川崎市高津区溝口4-11-6 ソレイユ久が原 302

【生計維持者】
　氏名：鮫島 麻衣（母）
　個人番号：{my_number(86)}
　世帯の課税標準額：1,284,000円

【振込先】
　東都銀行 川崎支店 普通 6019374　サメジマ マイ

お手数ですが、差し替えのほどよろしくお願いいたします。

{SIG_TEJIMA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="a parent's My Number (個人番号) with a child's DOB, address and a bank account to an outside foundation",
))

# sch-087  candidate camp facilities (businesses) to a travel agency
MESSAGES.append(dict(
    id="sch-087",
    sender=MURASE,
    to=["たびまど 教育旅行センター 村井様 <murai@tabimado.co.jp>"],
    subject="研修合宿の候補施設について",
    charset="iso-2022-jp",
    body=f"""たびまど株式会社
教育旅行センター　村井様

お世話になっております。日の出職業能力開発校の村瀬です。
来年度の研修合宿について、以下の候補施設で見積りをお願いできますでしょうか。

1) さくらホテル（箱根）　　神奈川県足柄下郡箱根町強羅1300-52　TEL 0460-82-3311
2) 湖畔の宿 みずなみ　　　山梨県南都留郡富士河口湖町浅川1104　TEL 0555-72-0480
3) 国立清里青年の家（仮）　山梨県北杜市高根町清里3545-21　　　TEL 0551-48-2114
4) ホテル信濃路研修館　　　長野県茅野市北山4035-2431　　　　　TEL 0266-67-5520

人数は訓練生26名＋引率4名、2泊3日（8月中旬）、研修室（30名）必須です。
貸切バスは青葉運輸さんで手配済みです。

{SIG_MURASE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of hotels/facilities with switchboards, not people",
))

# sch-088  student accident insurance enrolment list (12 children) as a tab-separated TXT file
_k = children(88, 12, (1, 6))
_txt = "加入者番号\t氏名\tフリガナ\t性別\t生年月日\t学年\t加入口数\n" + "\n".join(
    f"HN{2500 + _i:05d}\t{_c['sei']}　{_c['mei']}\t{kkana(_c, '　')}\t{'男' if _c['boy'] else '女'}\t{wareki(_c['dob'], 'long')}\t{_c['gname']}\t1"
    for _i, _c in enumerate(_k))
MESSAGES.append(dict(
    id="sch-088",
    sender=OTSUKA,
    to=["あんしん損保 団体保険課 <dantai@anshin-sonpo.co.jp>"],
    subject="こども総合保険（教室団体契約）追加加入者の通知",
    charset="iso-2022-jp",
    body=f"""あんしん損害保険株式会社
団体保険課 ご担当者様

いつもお世話になっております。日の出産業株式会社 ひので学習教室の大塚です。
証券番号 GK-0087712 の団体契約につきまして、12月1日付の追加加入者12名分を
テキストファイル（タブ区切り）で添付いたします。

保険料は翌月請求分に合算をお願いいたします。

{SIG_OTSUKA}
""",
    attachments=[{"kind": "txt", "name": "追加加入者_20251201.txt", "text": _txt, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="12 children with dates of birth (和暦) in a tab-separated TXT attachment to an insurer",
))

# sch-089  job-fair participating companies (business contacts) to the chamber of commerce
MESSAGES.append(dict(
    id="sch-089",
    sender=MINEGISHI,
    to=["川崎商工会議所 産業振興課 <sangyo@kawasaki-cci.or.jp>"],
    subject="合同企業説明会（2/6）参加企業一覧",
    charset="utf-8",
    body=f"""川崎商工会議所 産業振興課 御中

お世話になっております。日の出職業能力開発校 就職支援室の嶺岸です。
2月6日の合同企業説明会の参加企業一覧をお送りします。会報への掲載をお願いいたします。

| No | 企業名               | 業種         | 所在地             | 代表電話      |
|----|----------------------|--------------|--------------------|---------------|
| 1  | 川崎電機株式会社     | 電気機器     | 川崎市幸区         | 044-522-1100  |
| 2  | 青葉運輸株式会社     | 運輸         | 横浜市港北区       | 045-472-8800  |
| 3  | 株式会社ヤマブキ精工 | 精密機械     | 川崎市高津区       | 044-811-3500  |
| 4  | 株式会社カネヨ物流   | 倉庫・物流   | 横浜市鶴見区       | 045-506-2290  |
| 5  | 多摩ビルサービス(株) | ビル管理     | 川崎市中原区       | 044-738-6010  |
| 6  | 北国フーズ株式会社   | 食品製造     | 川崎市川崎区       | 044-299-7700  |

会場：日の出職業能力開発校 1F 体育館　13:00〜16:30

{SIG_MINEGISHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a markdown-style table of companies and their switchboards: businesses, not people",
))

# sch-090  data-migration sample (XLSX, several sheets) to the system vendor
_k = children(90, 30, (1, 9))
_st = [["生徒マスタ（移行テスト用・港北教室全件）"],
       ["会員番号", "氏名", "カナ", "生年月日", "性別", "学年", "郵便番号", "住所", "自宅/携帯"]]
_pa = [["会員番号", "保護者氏名", "続柄", "携帯", "メール"]]
_co = [["会員番号", "コース", "月謝", "入会日", "引落口座"]]
for _i, _c in enumerate(_k):
    _st.append([_c["no"], f"{_c['sei']} {_c['mei']}", kkana(_c), date(_c["dob"], "hyphen"), "男" if _c["boy"] else "女",
                _c["gname"], _c["zip"], _c["addr"], _c["tel2"]])
    _pa.append([_c["no"], f"{_c['sei']} {_c['parent']}", _c["parent_rel"], _c["tel"], _c["mail"]])
    _co.append([_c["no"], "週2" if _i % 2 else "週1", 15400 if _i % 2 else 8800, f"202{_i % 5}/04/01",
                f"みどり銀行 港北支店 普通 {1300000 + _i * 7919}"])
MESSAGES.append(dict(
    id="sch-090",
    sender="久保寺 亮 <kubodera@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    subject="データ移行テスト用ファイル（港北教室）",
    charset="iso-2022-jp",
    body="""ツバサシステム 導入支援チーム 御中

お世話になっております。日の出産業 情報システム課の久保寺です。
新システムへのデータ移行テストのため、港北教室の現行データを出力しました。
シートは「生徒」「保護者」「契約」の3つです。文字化けや桁あふれがないかご確認ください。

久保寺 亮
日の出産業株式会社 管理本部 情報システム課
TEL 045-650-7790
""",
    attachments=[{"kind": "xlsx", "name": "移行テスト_港北.xlsx", "sheets": {"生徒": _st, "保護者": _pa, "契約": _co}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="real data of 30 children and parents (DOB, addresses, phones, mails, accounts) in 3 sheets to a vendor",
))

# sch-091  one new contact person (business mobile) to the partner NPO
MESSAGES.append(dict(
    id="sch-091",
    sender=KURIBAYASHI,
    to=["NPO法人ひだまり 事務局長 鳴海様 <narumi@npo-hidamari.or.jp>"],
    subject="綱島教室 教室長着任のご挨拶",
    charset="iso-2022-jp",
    body=f"""鳴海様

いつも大変お世話になっております。日の出産業 教育事業部の栗林です。
1月1日付で、綱島教室の教室長に中園 亮が着任いたしましたのでご紹介いたします。
今後、学童クラブとの合同行事については中園が窓口となります。

　綱島教室 教室長　中園 亮（なかぞの りょう）
　TEL 045-542-7718（教室）／ 業務用携帯 080-2291-6604
　E-mail nakazono@hinode-sangyo.co.jp

近日中に、中園よりご挨拶に伺わせていただきます。
引き続きよろしくお願い申し上げます。

{SIG_KURIBAYASHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="one staff member's business contact details introduced to a partner",
))

# sch-092  a child's allergy handling written to that child's own parent — a judgement call
MESSAGES.append(dict(
    id="sch-092",
    sender=ONISHI,
    to=["薬師寺 千春 様 <chiharu.yakushiji@gmail.com>"],
    subject="紬さんのアレルギー対応について（ご確認のお願い）",
    charset="utf-8",
    body=f"""薬師寺 千春 様

このたびはご心配をおかけし、誠に申し訳ございませんでした。港北教室の大西です。
紬さん（小学2年）の重度の卵アレルギーとアナフィラキシーの既往を踏まえ、
今後の教室での対応を以下のとおりといたします。内容にお間違いがないかご確認ください。

1. おやつは当面、ご家庭からお持ちいただいたもののみとします。
2. エピペンは教室の職員室で保管し、全講師が使用手順の研修を受けます（12/3実施）。
3. 主治医（はるかぜ小児科）の指示書を、年度ごとにご提出いただきます。
4. 症状が出た場合は、エピペン使用のうえ119番通報し、お母様の携帯（090-7550-7814）へご連絡します。

ご意見がございましたら、遠慮なくお申し付けください。

{SIG_ONISHI}
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["freemail_recipient", "personal_data"],
    note="a child's severe allergy (要配慮) sent to the child's own mother on free mail: policy text vs. data subject",
))

# sch-093  look-alike: a dot for the hyphen (kawasaki.denki.co.jp), no personal data
MESSAGES.append(dict(
    id="sch-093",
    sender=MURASE,
    to=["藤崎様 <fujisaki@kawasaki.denki.co.jp>"],
    subject="工場見学のお礼",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
総務部　藤崎様

先日は工場見学を受け入れていただき、誠にありがとうございました。
訓練生からは「実際の生産ラインの保全作業を見られて、授業の内容と結びついた」
「安全管理の徹底ぶりに驚いた」といった感想が多く寄せられました。
感想文をまとめた冊子を後日お送りいたします。

今後ともどうぞよろしくお願い申し上げます。

{SIG_MURASE}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki.denki.co.jp puts a dot for the hyphen of partner kawasaki-denki.co.jp",
))

# sch-094  reply to a parent quoting her own mail about her child's influenza ("On … wrote:")
MESSAGES.append(dict(
    id="sch-094",
    sender=SHIOMI,
    to=["汐見 恵 <megumi.shiomi.home@icloud.com>"],
    subject="Re: 今週のお休みについて",
    charset="utf-8",
    body=f"""汐見様

ご連絡ありがとうございます。承知いたしました。
今週の2回分は、来週以降に振替で受講いただけます。日程はご回復後にご相談させてください。
どうぞお大事になさってください。

大倉山教室　塩見

On 2025/01/20 Mon 8:02, 汐見 恵 <megumi.shiomi.home@icloud.com> wrote:
> 塩見先生
> 小4の汐見律の母です。昨日からの高熱で受診したところ、インフルエンザA型と診断されました。
> 学校も出席停止のため、今週の教室はお休みさせてください。
> 汐見
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="the diagnosis is only in the parent's own quoted mail; the new text carries none",
))

# sch-095  suspected child abuse: a named child's injuries to the child guidance centre
MESSAGES.append(dict(
    id="sch-095",
    sender=ONISHI,
    to=["みなと市 こども家庭センター 相談課 <soudan@kodomo-katei.minato-city.lg.jp>"],
    cc=["栗林 浩二 <kuribayashi@hinode-sangyo.co.jp>"],
    subject="児童に関するご相談（ひので学習教室 港北教室）",
    charset="iso-2022-jp",
    body=f"""こども家庭センター 相談課 ご担当者様

本日お電話でご相談いたしました、ひので学習教室 港北教室の大西です。
お電話でお伝えした内容を、記録として送付いたします。

　対象児童：九十九 湊（つくも みなと）くん　小学3年（箕輪小）
　住所：横浜市港北区箕輪町2-7-14
　保護者：九十九 修（父）・九十九 朋美（母）

11月25日（火）の授業中、湊くんの左腕と首の後ろに複数のあざがあるのを講師が見つけました。
本人に尋ねたところ「お父さんに蹴られた」と話しています。10月にも頬の腫れがあり、
その際は「転んだ」と説明していました。最近は食事をとっていない様子で、体重も減っています。

ご対応について、指示をいただけますと幸いです。

{SIG_ONISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child's injuries and suspected abuse (crime victim, health: 要配慮) with address, to an outside body",
))

# sch-096  internal forward of the clinic's results to a colleague (all internal)
_a = adults(96, 5)
_fw = "\n".join(f"  {name(_p)}様（{_p['age']}）：{_d}" for _p, _d in zip(_a, [
    "胃内視鏡 慢性胃炎、ピロリ菌陽性→除菌予定", "腹部エコー 脂肪肝（軽度）", "大腸内視鏡 ポリープ切除（良性）",
    "心エコー 異常なし", "胸部CT 結節影→3か月後再検"]))
MESSAGES.append(dict(
    id="sch-096",
    sender=OUMI,
    to=["古閑 絵美 <koga.emi@hinode-sangyo.co.jp>"],
    subject="FW: 11月ご紹介分 二次検査結果",
    charset="cp932",
    body=f"""古閑さん

みなと内科さんから二次検査結果が届きました。台帳への反映をお願いします。
5人目の方は3か月後の再検案内が必要です。

近江

-----Original Message-----
From: みなと内科クリニック 健診受付 <kenshin@minato-naika.jp>
Sent: Thursday, December 4, 2025 11:20 AM
To: 近江 沙織 <oumi@hinode-sangyo.co.jp>
Subject: 11月ご紹介分 二次検査結果

近江様
11月にご紹介いただいた5名の結果です。

{_fw}

みなと内科クリニック
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="forward of medical results, but to an internal colleague only",
))

# sch-097  the real partner hotel, head counts only
MESSAGES.append(dict(
    id="sch-097",
    sender=ONISHI,
    to=["さくらホテル 団体予約 宮坂様 <miyasaka@sakura-hotel.jp>"],
    subject="夏期学習合宿 2026 仮予約のお願い",
    charset="utf-8",
    body=f"""宮坂様

いつもお世話になっております。ひので学習教室の大西です。
来年の夏期学習合宿について、今年と同じ条件で仮予約をお願いできますでしょうか。

　日程：2026年8月3日（月）〜5日（水）2泊3日
　人数：児童 約30名（小5・小6）、引率 4名
　お部屋：和室（児童5名ずつ）、引率はシングル
　研修室：2部屋（各20名）
　食事：アレルギー対応が数名分必要になる見込みです（詳細は7月にご連絡します）

ご確認のほど、よろしくお願いいたします。

{SIG_ONISHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the genuine partner domain sakura-hotel.jp; head counts only",
))

# sch-098  scholarship guidelines with income thresholds to an elementary school
MESSAGES.append(dict(
    id="sch-098",
    sender=TEJIMA,
    to=["横浜市立日吉台小学校 副校長 <fukukocho@hiyoshidai-e.yokohama.ed.jp>"],
    subject="「ひので奨学金」令和8年度 募集のご案内（校内掲示のお願い）",
    charset="cp932",
    body=f"""横浜市立日吉台小学校
副校長先生

平素より大変お世話になっております。日の出産業株式会社 奨学金事務局の手嶋でございます。
当社では、経済的な理由で学習機会を得にくいご家庭を支援するため「ひので奨学金」を運営しております。
令和8年度の募集要項をお送りしますので、校内掲示・保護者への配布にご協力いただけますと幸いです。

【対象】小学4年〜中学3年、当社学習教室に在籍または入会予定の方
【給付】月額 5,000円（返済不要）＋ 講習会受講料全額
【所得基準】世帯人数ごとの総所得金額の目安

　世帯人数　　所得基準（以下）
　　2人　　　　 2,100,000円
　　3人　　　　 2,600,000円
　　4人　　　　 3,100,000円
　　5人以上　　 3,500,000円

【申込期間】令和8年2月2日〜2月27日（消印有効）
【問い合わせ】奨学金事務局 045-650-7731（平日10:00〜17:00）

{SIG_TEJIMA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="scholarship guidelines with an income-threshold table: no individual's data",
))

# sch-099  newsletter manuscript (PDF) to the printer: staff names and events only
MESSAGES.append(dict(
    id="sch-099",
    sender=OTSUKA,
    to=["錦印刷 営業部 戸川様 <togawa@nishiki-insatsu.co.jp>"],
    subject="教室だより 1月号 入稿データ",
    charset="iso-2022-jp",
    body=f"""戸川様

お世話になっております。ひので学習教室の大塚です。
教室だより1月号の入稿データ（PDF）をお送りします。
A4両面・カラー、1,200部でお願いいたします。納品は1月9日（金）希望です。

{SIG_OTSUKA}
""",
    attachments=[{"kind": "pdf", "name": "教室だより_2026年1月号.pdf",
                  "lines": ["ひので学習教室 教室だより 2026年1月号", "",
                            "新年あけましておめでとうございます。", "",
                            "■新しい先生の紹介", "　綱島教室 教室長　中園 亮 先生（算数・理科担当）",
                            "　「理科実験が大好きです。一緒に『なぜ？』を楽しみましょう！」", "",
                            "■1月の行事", "　1/10 書き初め大会　　1/24 漢字検定　　1/31 冬の理科実験教室", "",
                            "■インフルエンザが流行しています。手洗い・うがいをお願いします。"],
                  "page_footer": "ひので学習教室（日の出産業株式会社）"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="newsletter PDF: a staff member's name and events, no personal data",
))

# sch-100  HTML-only lesson calendar to the tutor company
MESSAGES.append(dict(
    id="sch-100",
    sender=ONISHI,
    to=["ステップアップ個別指導 教務部 <kyomu@stepup-kobetsu.co.jp>"],
    subject="春期講習 カレンダー（委託クラス）",
    charset="iso-2022-jp",
    html=f"""<html><body>
<p>ステップアップ個別指導 教務部 御中</p>
<p>お世話になっております。港北教室の大西です。<br>春期講習の委託クラスのカレンダーをお送りします。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr><th>日付</th><th>15:00-16:20</th><th>16:30-17:50</th><th>教室</th></tr>
<tr><td>3/25（水）</td><td>小4算数</td><td>小5算数</td><td>2F-A</td></tr>
<tr><td>3/26（木）</td><td>小4国語</td><td>小5国語</td><td>2F-A</td></tr>
<tr><td>3/27（金）</td><td>小4算数</td><td>小5算数</td><td>2F-B</td></tr>
<tr><td>3/30（月）</td><td>小4国語</td><td>小5国語</td><td>2F-A</td></tr>
<tr><td>3/31（火）</td><td>確認テスト</td><td>確認テスト</td><td>2F-A・B</td></tr>
</table>
<p>受講者名簿は確定後（3月18日頃）にお送りします。<br>よろしくお願いいたします。</p>
<p>ひので学習教室 港北教室<br>大西 真理子<br>TEL 045-534-2210</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only timetable; no personal data",
))
