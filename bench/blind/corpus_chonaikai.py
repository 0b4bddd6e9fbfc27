"""Blind evaluation corpus — area: chonaikai (町内会・自治会の事務局代行).

日の出産業株式会社 地域サービス事業部 runs the administration of neighbourhood
associations (町内会・自治会) in a fictional 神奈川県相模野市: member registers by 班,
disaster-evacuation support lists (避難行動要支援者名簿) of elderly and disabled residents,
festivals (夏祭り・例大祭・敬老会), dues collection (会費・口座振替), the ward office
(区役所), the fire brigade (消防団) and the fire station.

Every person, number, address, association and external organisation in this file is
invented (My Numbers and card numbers come from build.my_number / build.card_number).
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from build import card_number, my_number

SEED = 11901
rng = random.Random(SEED)
AREA = "chonaikai"

_mn_counter = [SEED]
_cc_counter = [SEED]


def next_my_number() -> str:
    v = my_number(_mn_counter[0])
    _mn_counter[0] += 1
    return v


def next_card() -> str:
    v = card_number(_cc_counter[0])
    _cc_counter[0] += 1
    return v


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


# -- invented people ---------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("渡辺", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山田", "やまだ", "Yamada"),
    ("佐々木", "ささき", "Sasaki"), ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"),
    ("木村", "きむら", "Kimura"), ("清水", "しみず", "Shimizu"), ("山口", "やまぐち", "Yamaguchi"),
    ("森", "もり", "Mori"), ("池田", "いけだ", "Ikeda"), ("橋本", "はしもと", "Hashimoto"),
    ("石川", "いしかわ", "Ishikawa"), ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"),
    ("小川", "おがわ", "Ogawa"), ("岡田", "おかだ", "Okada"), ("長谷川", "はせがわ", "Hasegawa"),
    ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"), ("坂本", "さかもと", "Sakamoto"),
    ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"), ("西村", "にしむら", "Nishimura"),
    ("福田", "ふくだ", "Fukuda"), ("太田", "おおた", "Ota"), ("三浦", "みうら", "Miura"),
    ("藤原", "ふじわら", "Fujiwara"), ("岩崎", "いわさき", "Iwasaki"), ("野口", "のぐち", "Noguchi"),
    ("菅原", "すがわら", "Sugawara"), ("東海林", "しょうじ", "Shoji"), ("小鳥遊", "たかなし", "Takanashi"),
    ("勅使河原", "てしがわら", "Teshigawara"), ("五百旗頭", "いおきべ", "Iokibe"),
    ("四十物", "あいもの", "Aimono"), ("薬袋", "みない", "Minai"), ("百目鬼", "どうめき", "Domeki"),
    ("月見里", "やまなし", "Yamanashi"), ("九十九", "つくも", "Tsukumo"), ("新堀", "にいぼり", "Niibori"),
    ("羽生", "はにゅう", "Hanyu"), ("宍戸", "ししど", "Shishido"), ("栗花落", "つゆり", "Tsuyuri"),
    ("鴨志田", "かもしだ", "Kamoshida"), ("猪狩", "いかり", "Ikari"), ("舘野", "たての", "Tateno"),
    ("桑原", "くわばら", "Kuwabara"), ("榎本", "えのもと", "Enomoto"), ("芹沢", "せりざわ", "Serizawa"),
    ("大庭", "おおば", "Oba"), ("相馬", "そうま", "Soma"), ("二階堂", "にかいどう", "Nikaido"),
]

GIVEN = {
    ("M", "old"): [("和夫", "かずお", "Kazuo"), ("清", "きよし", "Kiyoshi"), ("昭三", "しょうぞう", "Shozo"),
                   ("茂", "しげる", "Shigeru"), ("勝", "まさる", "Masaru"), ("正雄", "まさお", "Masao"),
                   ("義男", "よしお", "Yoshio"), ("源太郎", "げんたろう", "Gentaro"), ("武", "たけし", "Takeshi"),
                   ("幸吉", "こうきち", "Kokichi"), ("敏夫", "としお", "Toshio")],
    ("M", "mid"): [("博", "ひろし", "Hiroshi"), ("隆", "たかし", "Takashi"), ("誠", "まこと", "Makoto"),
                   ("健一", "けんいち", "Kenichi"), ("孝之", "たかゆき", "Takayuki"), ("秀樹", "ひでき", "Hideki"),
                   ("達也", "たつや", "Tatsuya"), ("浩二", "こうじ", "Koji"), ("直樹", "なおき", "Naoki")],
    ("M", "young"): [("大輔", "だいすけ", "Daisuke"), ("翔太", "しょうた", "Shota"), ("蓮", "れん", "Ren"),
                     ("悠真", "ゆうま", "Yuma"), ("陽翔", "はると", "Haruto"), ("拓海", "たくみ", "Takumi"),
                     ("湊", "みなと", "Minato"), ("颯太", "そうた", "Sota"), ("樹", "いつき", "Itsuki")],
    ("F", "old"): [("ハツ", "はつ", "Hatsu"), ("トメ", "とめ", "Tome"), ("千代子", "ちよこ", "Chiyoko"),
                   ("節子", "せつこ", "Setsuko"), ("和子", "かずこ", "Kazuko"), ("幸子", "さちこ", "Sachiko"),
                   ("文江", "ふみえ", "Fumie"), ("澄子", "すみこ", "Sumiko"), ("美代", "みよ", "Miyo"),
                   ("キヨ", "きよ", "Kiyo"), ("静江", "しずえ", "Shizue")],
    ("F", "mid"): [("恵子", "けいこ", "Keiko"), ("久美子", "くみこ", "Kumiko"), ("由美", "ゆみ", "Yumi"),
                   ("陽子", "ようこ", "Yoko"), ("智子", "ともこ", "Tomoko"), ("真由美", "まゆみ", "Mayumi"),
                   ("典子", "のりこ", "Noriko"), ("香織", "かおり", "Kaori"), ("直美", "なおみ", "Naomi")],
    ("F", "young"): [("美咲", "みさき", "Misaki"), ("結衣", "ゆい", "Yui"), ("陽菜", "ひな", "Hina"),
                     ("葵", "あおい", "Aoi"), ("芽依", "めい", "Mei"), ("紗希", "さき", "Saki"),
                     ("凛", "りん", "Rin"), ("結菜", "ゆいな", "Yuina"), ("咲良", "さくら", "Sakura")],
}

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "au.com", "hotmail.co.jp"]

# 町丁 of the invented 相模野市北区: (full, digits form, 〒)
TOWNS = {
    "midori1": ("緑ヶ丘一丁目", "緑ヶ丘1丁目", "252-0311"),
    "midori2": ("緑ヶ丘二丁目", "緑ヶ丘2丁目", "252-0311"),
    "shinonome": ("東雲台三丁目", "東雲台3丁目", "252-0324"),
    "wakamiya": ("若宮町", "若宮町", "252-0316"),
    "honcho2": ("本町二丁目", "本町2丁目", "252-0301"),
    "nitta": ("新田北四丁目", "新田北4丁目", "252-0337"),
}
CITY = "相模野市北区"
PREF = "神奈川県"
REF = date(2025, 4, 1)


def _gen(year: int) -> str:
    return "old" if year < 1958 else ("mid" if year < 1990 else "young")


def person(age=(30, 85), sex=None, town="midori1") -> dict:
    s = rng.choice(SURNAMES)
    sex = sex or rng.choice("MF")
    age_y = rng.randint(*age)
    dob = date(REF.year - age_y - 1, rng.randint(1, 12), rng.randint(1, 28))
    if (dob.month, dob.day) <= (REF.month, REF.day):
        dob = date(dob.year + 1, dob.month, dob.day)
    g = rng.choice(GIVEN[(sex, _gen(dob.year))])
    real_age = REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))
    mob = f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    tel = f"042-7{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    r = (s[2] + g[2]).lower()
    mail = rng.choice([f"{g[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}",
                       f"{s[2].lower()}{g[2][0].lower()}{dob.year % 100:02d}",
                       f"{r}-{rng.randint(100, 999)}",
                       f"{g[2].lower()}_{s[2][:3].lower()}"])
    t = TOWNS[town]
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name2": f"{s[0]}{g[0]}",
        "kana": f"{s[1]} {g[1]}", "kata": kata(f"{s[1]} {g[1]}"),
        "romaji": f"{g[2]} {s[2].upper()}", "sei_r": s[2], "mei_r": g[2],
        "sex": sex, "dob": dob, "age": real_age, "mobile": mob, "tel": tel,
        "email": f"{mail}@{rng.choice(FREEMAIL)}",
        "town": t[0], "town_d": t[1], "zip": t[2],
        "ban": rng.randint(1, 28), "go": rng.randint(1, 22),
    }


def people(n, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def addr(p: dict, style: str = "full") -> str:
    if style == "full":
        return f"{PREF}{CITY}{p['town']}{p['ban']}番{p['go']}号"
    if style == "zip":
        return f"〒{p['zip']} {PREF}{CITY}{p['town']}{p['ban']}番{p['go']}号"
    if style == "city":
        return f"{CITY}{p['town_d']}{p['ban']}-{p['go']}"
    return f"{p['town_d']}{p['ban']}-{p['go']}"


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


_HALF = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー　",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ ",
))


def hankaku_kana(s: str) -> str:
    out = []
    for c in unicodedata.normalize("NFD", kata(s)):
        if c == "\u3099":
            out.append("ﾞ")
        elif c == "\u309a":
            out.append("ﾟ")
        else:
            out.append(_HALF.get(c, c))
    return "".join(out)


_FW = str.maketrans("0123456789-./:() ", "０１２３４５６７８９－．／：（）　")


def fw(s: str) -> str:
    return s.translate(_FW)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, base, ab = "令和", 2018, "R"
    elif d >= date(1989, 1, 8):
        era, base, ab = "平成", 1988, "H"
    elif d >= date(1926, 12, 25):
        era, base, ab = "昭和", 1925, "S"
    else:
        era, base, ab = "大正", 1911, "T"
    y = d.year - base
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "abbr":
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == "fwabbr":
        return chr(ord(ab) + 0xFEE0) + fw(f"{y}.{d.month}.{d.day}")
    if style == "fwkanji":
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    return f"{era[0]}{y}/{d.month}/{d.day}"


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, n: int) -> str:
    s = str(s)
    return s + " " * max(n - dw(s), 1)


def cols(rows, widths) -> str:
    return "\n".join("".join(pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows)


def bank_acct() -> str:
    return f"{rng.randint(1000000, 9999999)}"


def license_no() -> str:
    return f"45{rng.randint(10, 99)}{rng.randint(100000, 999999)}{rng.randint(0, 9)}{rng.randint(0, 1)}"


def quoted(text: str) -> str:
    return "\n".join("> " + ln if ln else ">" for ln in text.strip("\n").split("\n"))


# -- our staff (signatures are the sender's own: never labelled) -------------------------

D = "hinode-sangyo.co.jp"
OFFICE = ("〒252-0301 神奈川県相模野市北区本町3-2-1 日の出ビル4F")


def sig(name: str, mail: str, style: int = 0) -> str:
    if style == 0:
        return (f"\n--\n日の出産業株式会社 地域サービス事業部\n町内会・自治会事務局サポート課　{name}\n"
                f"{OFFICE}\nTEL 042-700-1180 / FAX 042-700-1181\n{mail}@{D}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\n地域サービス事業部　{name}\n"
                f"TEL：042-700-1180（代表）\nMail：{mail}@{D}\n━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n{name}\n日の出産業(株) 地域サービス事業部\n内線 4112 / {mail}@{D}\n"
    return (f"\n------------------------------\n{name}\nHinode Sangyo Co., Ltd.\nCommunity Services Division\n"
            f"3-2-1 Honcho, Kita-ku, Sagamino, Kanagawa 252-0301 Japan\nTel +81-42-700-1180\n{mail}@{D}\n")


DISC_JA = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are not "
           "the intended recipient, please notify the sender and delete this e-mail.\n")

MURASE = f"村瀬 恵美 <murase.emi@{D}>"
OTSUKI = f"大槻 拓也 <otsuki.takuya@{D}>"
CHIBA = f"千葉 早苗 <chiba.sanae@{D}>"
KUBOTA = f"久保田 健 <kubota.ken@{D}>"
MIYAKE = f"三宅 里奈 <miyake.rina@{D}>"
HORIUCHI = f"堀内 翔 <horiuchi.sho@{D}>"
ARAI = f"Kenji Arai <arai.kenji@{D}>"
ARAI_JA = f"新井 健司 <arai.kenji@{D}>"

S_MURASE = sig("村瀬 恵美", "murase.emi")
S_OTSUKI = sig("大槻 拓也", "otsuki.takuya", 1)
S_CHIBA = sig("千葉 早苗", "chiba.sanae")
S_KUBOTA = sig("久保田 健", "kubota.ken", 2)
S_MIYAKE = sig("三宅 里奈", "miyake.rina", 1)
S_HORIUCHI = sig("堀内 翔", "horiuchi.sho", 2)
S_ARAI = sig("Kenji Arai", "arai.kenji", 3)
S_ARAI_JA = sig("新井 健司", "arai.kenji")

# -- external parties (all invented) ------------------------------------------------------

WARD = "city.sagamino.lg.jp"            # 相模野市 (北区役所, 消防局 …)
SHAKYO = "sagamino-shakyo.or.jp"        # 相模野市社会福祉協議会
HOUKATSU = "kita-houkatsu.or.jp"        # 北区地域包括支援センター

MESSAGES: list[dict] = []


def add(**spec) -> None:
    spec = {"id": f"{AREA}-{len(MESSAGES) + 1:03d}", **spec}
    spec.setdefault("charset", "utf-8")
    MESSAGES.append(spec)


# ======================================================================================
# 001 — stop: 会員名簿 (1〜3班) pasted as padded columns, to the new 会長 on Yahoo mail
_p = people(9, age=(38, 88), town="midori1")
_rows = [["班", "世帯主", "住所", "電話", "世帯人数"], ["----", "------------", "----------------------------", "--------------", "----"]]
for i, p in enumerate(_p):
    _rows.append([f"{i // 3 + 1}班", p["name"], addr(p, "city"), p["tel"], f"{rng.randint(1, 5)}人"])
add(
    expect="stop",
    sender=MURASE,
    to=["鶴見 和夫 <tsurumi.kazuo51@yahoo.co.jp>"],
    subject="緑ヶ丘一丁目町内会 会員名簿（1〜3班）送付の件",
    charset="iso-2022-jp",
    body=f"""鶴見会長

いつもお世話になっております。日の出産業 町内会事務局の村瀬です。
先日の役員会でご依頼のありました、1〜3班の会員名簿（2025年4月1日現在）を
以下に貼り付けてお送りします。新年度の班長さんへのお引き継ぎにお使いください。

{cols(_rows, [6, 14, 30, 16, 6])}

4班以降は来週中にまとめてお送りいたします。
以上、よろしくお願いいたします。
{S_MURASE}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="9 households' name/address/phone in padded columns to a free-mail recipient: list of people",
)

# 002 — pass: 班別 加入世帯数 (aggregates only) to the ward office
add(
    expect="pass",
    sender=OTSUKI,
    to=[f"北区役所 地域振興課 石黒様 <ishiguro-k@{WARD}>"],
    subject="【緑ヶ丘一丁目町内会】令和7年度 加入世帯数のご報告",
    charset="iso-2022-jp",
    body=f"""相模野市北区役所 地域振興課
石黒 様

いつも大変お世話になっております。
緑ヶ丘一丁目町内会の事務局を受託しております日の出産業の大槻でございます。

ご依頼いただいておりました令和7年度の加入世帯数について、下記のとおりご報告いたします。

　班　　　区域内世帯数　　加入世帯数　　加入率
　１班　　　　　２４　　　　　　２１　　８７．５％
　２班　　　　　３１　　　　　　２５　　８０．６％
　３班　　　　　１８　　　　　　１８　１００．０％
　４班　　　　　４２　　　　　　２９　　６９．０％
　５班　　　　　２７　　　　　　２２　　８１．５％
　合計　　　　１４２　　　　　１１５　　８１．０％

※区域内世帯数は住民基本台帳ではなく、班長さんの目視による概数です。
※集合住宅（グリーンコート緑ヶ丘）は4班に含めております。

ご不明な点がございましたらご連絡ください。
{S_OTSUKI}""",
    entities=[],
    detectors=[],
    note="aggregate household counts per 班, no person's data, one official recipient",
)

# 003 — stop: 避難行動要支援者名簿 XLSX (title row, sheet per 班) to 民生委員 (free mail) cc 社協
_p = people(11, age=(72, 97), town="shinonome")
_needs = ["要介護3・車椅子", "身体障害者手帳1級（視覚）", "認知症（要見守り）", "要介護2・独居",
          "人工透析（火木土）", "聴覚障害・筆談", "在宅酸素療法", "要支援1・独居", "精神障害者保健福祉手帳2級",
          "要介護4・寝たきり", "療育手帳A"]
_sheets = {}
for han in (1, 2, 3):
    rows = [[f"東雲台自治会 避難行動要支援者名簿（{han}班）令和7年4月1日現在"], [],
            ["No", "氏名", "ふりがな", "生年月日", "住所", "電話", "支援が必要な理由", "緊急連絡先（続柄）"]]
    for j, p in enumerate(_p[(han - 1) * 4:han * 4]):
        k = (han - 1) * 4 + j
        fam = person(age=(40, 65), town="shinonome")
        rows.append([j + 1, p["name"], p["kana"], wareki(p["dob"]), addr(p, "full"), p["tel"],
                     _needs[k % len(_needs)], f"{fam['name']}（長男）{fam['mobile']}"])
    _sheets[f"{han}班"] = rows
add(
    expect="stop",
    sender=CHIBA,
    to=["宍戸 美代 <shishido.miyo@yahoo.co.jp>"],
    cc=[f"北区地域福祉推進室 <kita-fukushi@{SHAKYO}>"],
    subject="東雲台自治会 要支援者名簿（最新版）",
    charset="iso-2022-jp",
    body=f"""宍戸様（民生委員）

お世話になっております。東雲台自治会事務局の千葉です。
4月の更新分を反映した要支援者名簿を添付いたします。
班ごとにシートを分けてありますのでご確認ください。
社協の北区ご担当にもCCで共有させていただきます。

よろしくお願いいたします。
{S_CHIBA}""",
    attachments=[{"kind": "xlsx", "name": "東雲台_要支援者名簿_R7.4.xlsx", "sheets": _sheets}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient", "multiple_external_domains"],
    note="evacuation-support list of 11 elderly/disabled residents with disabilities and DOB in XLSX to outside",
)

# 004 — pass: 夏祭り 出店者一覧 (shops, not people) to the security company
add(
    expect="pass",
    sender=KUBOTA,
    to=[f"こころ警備保障 営業部 <eigyo@kokoro-keibi.co.jp>"],
    subject="若宮町会 夏祭り 出店者一覧（警備配置のご参考）",
    charset="cp932",
    body=f"""こころ警備保障株式会社
営業部 ご担当者様

お世話になっております。若宮町会 夏祭り実行委員会事務局の久保田です。
警備配置図作成のご参考として、当日の出店者一覧をお送りします。

■出店者一覧（7/26・27 若宮公園）
・ブース1　やきとり大吉 若宮店　　　　　　TEL 042-758-3311
・ブース2　ケーキハウス ポプラ　　　　　　TEL 042-758-1290
・ブース3　相模野北ライオンズクラブ（かき氷）TEL 042-700-5521
・ブース4　株式会社北国フーズ（焼きそば）　TEL 011-200-4410
・ブース5　たこ焼き 八ちゃん　　　　　　　TEL 042-711-0083
・ブース6　若宮商店会（くじ引き）　　　　　TEL 042-758-0001
・ブース7　有限会社 丸金酒店（生ビール）　TEL 042-758-2207

火気使用はブース1・4・5です。発電機はブース3付近に1台設置予定です。
{S_KUBOTA}""",
    entities=[],
    detectors=[],
    note="list of shops/businesses with their store phone numbers, not people",
)

# 005 — stop: PPAP zip of 会費納入状況 to the treasurer on iCloud
_p = people(14, age=(35, 85), town="midori2")
add(
    expect="stop",
    sender=MIYAKE,
    to=["会計 舘野さん <tateno.naomi@icloud.com>"],
    subject="会費納入状況（5月末時点）",
    charset="utf-8",
    body=f"""舘野さん

いつもありがとうございます、三宅です。
5月末時点の会費納入状況をお送りします。
個人情報を含むためパスワード付きZIPにしています。パスワードは別メールでお送りします。

ご確認よろしくお願いいたします。
{S_MIYAKE}""",
    attachments=[{"kind": "zip", "name": "kaihi_nounyu_0531.zip", "password": "Mdr2-0531",
                  "files": [{"kind": "xlsx", "name": "会費納入状況_0531.xlsx",
                             "sheets": {"納入状況": [["班", "氏名", "電話", "年会費", "納入日"]] +
                                        [[f"{i % 4 + 1}班", p["name"], p["tel"], 3600, "" if i % 3 == 0 else "2025/05/1" + str(i % 10)]
                                         for i, p in enumerate(_p)]}}]}],
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected ZIP (PPAP) cannot be inspected",
)

# 006 — stop: one resident's dementia in a sentence, to the 地域包括支援センター
_p = person(age=(86, 92), sex="F", town="wakamiya")
add(
    expect="stop",
    sender=CHIBA,
    to=[f"北区地域包括支援センター 相談員 芹沢様 <serizawa@{HOUKATSU}>"],
    subject="若宮町会 4班の高齢の方についてご相談",
    charset="cp932",
    body=f"""北区地域包括支援センター
芹沢様

いつもお世話になっております。若宮町会事務局の千葉です。

4班の{_p['name']}様（{_p['age']}歳、{_p['town']}{_p['ban']}番地にお一人暮らし）の件でご相談です。
班長さんによると、昨年秋ごろから物忘れがひどくなり、先月かかりつけ医から
アルツハイマー型認知症と診断されたとのことです。回覧板が何日も止まっていたり、
夜間に町内を歩いておられるのを何度か見かけたというお話もありました。

ご家族は県外にお住まいで、自治会としてどこまで関わればよいか判断がつきません。
一度訪問していただくことは可能でしょうか。

よろしくお願いいたします。
{S_CHIBA}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named resident's dementia diagnosis (要配慮個人情報) in a sentence to an external centre",
)

# 007 — pass: reply to the 会長; the invitee list is only in the quoted text
_p = people(6, age=(75, 94), town="midori1")
_q = "村瀬さん\n\n敬老会の招待者、今年は次の方々を追加でお願いします。\n\n" + "\n".join(
    f"{p['name']}　{wareki(p['dob'])}生　{addr(p, 'short')}　{p['tel']}" for p in _p) + "\n\n鶴見"
add(
    expect="pass",
    sender=MURASE,
    to=["鶴見 和夫 <tsurumi.kazuo51@yahoo.co.jp>"],
    subject="Re: 敬老会 招待者追加",
    charset="iso-2022-jp",
    body=f"""鶴見会長

承知いたしました。6名様、招待者リストに追加いたします。
記念品の数も合わせて発注しておきます。
{S_MURASE}
鶴見 和夫 wrote:
{quoted(_q)}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="the list is only quoted from the recipient's own mail; new text has no personal data",
)

# 008 — stop: 回覧板 schedule to six 班長 with every address visible in To
add(
    expect="stop",
    sender=HORIUCHI,
    to=["1班 小川 <ogawa.hiroshi77@docomo.ne.jp>", "2班 榎本 <enomoto-k@ezweb.ne.jp>",
        "3班 相馬 <soma.yumi@softbank.ne.jp>", "4班 猪狩 <ikari.takashi@gmail.com>",
        "5班 新堀 <niibori_s@yahoo.co.jp>", "6班 大庭 <ooba.family@outlook.jp>"],
    subject="6月の回覧板まわし順について",
    charset="iso-2022-jp",
    body=f"""班長の皆さま

お疲れさまです。本町二丁目町内会事務局の堀内です。
6月の回覧物（市報・防災訓練のお知らせ・夏祭りボランティア募集）を
6/2(月)に各班長さん宅のポストへお届けします。

まわし終わりましたら、最後の方から事務局ポストへ戻していただくようお願いします。
回覧期限は6/16(月)です。
{S_HORIUCHI}""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="six private persons can see each other's addresses in To: should have been Bcc",
)

# 009 — pass: the same kind of notice done properly in Bcc
add(
    expect="pass",
    sender=HORIUCHI,
    to=[f"本町二丁目町内会事務局 <honcho2-jimukyoku@{D}>"],
    bcc=["ogawa.hiroshi77@docomo.ne.jp", "enomoto-k@ezweb.ne.jp", "soma.yumi@softbank.ne.jp",
         "ikari.takashi@gmail.com", "niibori_s@yahoo.co.jp", "ooba.family@outlook.jp"],
    subject="【本町二丁目町内会】ごみ集積所清掃当番表（7〜9月）",
    charset="utf-8",
    body=f"""班長各位（Bccにて失礼いたします）

7〜9月のごみ集積所清掃当番表ができました。
当番は班単位です。各班で担当のお宅を決めていただき、回覧でお知らせください。

  7月  1班・2班
  8月  3班・4班
  9月  5班・6班

清掃用具（ほうき・ちりとり・ネット）は集会所の倉庫にあります。
{S_HORIUCHI}""",
    entities=[],
    detectors=["freemail_recipient"],
    note="free-mail recipients are in Bcc; no personal data",
)

# 010 — stop: printing order to a look-alike of 錦印刷 (nishiki-insastu)
add(
    expect="stop",
    sender=OTSUKI,
    to=["錦印刷 営業部 荒木様 <araki@nishiki-insastu.co.jp>"],
    subject="回覧用チラシ 印刷のお願い（若宮町会）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
荒木様

いつもお世話になっております。日の出産業の大槻です。
若宮町会の回覧用チラシ（防災訓練のお知らせ）の印刷をお願いいたします。

・サイズ：A4片面 モノクロ
・部数：420部
・用紙：上質70kg
・納期：6月20日（金）午前着
・納品先：若宮町会 集会所（いつもの場所です）

入稿データは本日中にお送りします。
{S_OTSUKI}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain nishiki-insastu.co.jp is a typo look-alike of partner nishiki-insatsu.co.jp",
)

# 011 — pass: 会報 原稿 DOCX to the real 錦印刷
add(
    expect="pass",
    sender=OTSUKI,
    to=["錦印刷 営業部 荒木様 <araki@nishiki-insatsu.co.jp>"],
    subject="若宮町会だより 第48号 原稿入稿",
    charset="iso-2022-jp",
    body=f"""荒木様

お世話になっております。大槻です。
若宮町会だより第48号の原稿（Word）を添付いたします。
写真は別途ギガファイル便でお送りします。前号と同じレイアウトでお願いします。

初校は6/10頃に頂けますと助かります。
{S_OTSUKI}""",
    attachments=[{"kind": "docx", "name": "若宮町会だより48号_原稿.docx", "title": "若宮町会だより 第48号",
                  "paragraphs": ["若宮町会だより　第48号　令和7年6月発行", "",
                                 "会長あいさつ　若宮町会 会長 井筒 昭三",
                                 "日頃より町会活動にご理解とご協力をいただき、誠にありがとうございます。"
                                 "今年度も夏祭り・防災訓練・敬老会と行事が続きます。皆さまのご参加をお待ちしております。",
                                 "■ 今後の行事予定"],
                  "tables": [[["日程", "行事", "場所"], ["6月22日(日)", "地域防災訓練", "若宮小学校"],
                              ["7月26日(土)・27日(日)", "夏祭り", "若宮公園"],
                              ["9月15日(月・祝)", "敬老会", "若宮町会集会所"]]]}],
    entities=[],
    detectors=[],
    note="newsletter draft to the real partner printer; only the chairman's name, no records",
)

# 012 — stop: 口座振替依頼データ (half-width kana, bank accounts) CSV to みどり銀行
_p = people(12, age=(35, 85), town="nitta")
_rows = [["1", "ﾆｯﾀｷﾀ4ﾁｮｳﾒｼﾞﾁｶｲ", "0609", "ﾐﾄﾞﾘｷﾞﾝｺｳ", "", "", "", ""]]
_rows += [["2", "0179", f"{rng.randint(100, 180)}", "1", bank_acct(), hankaku_kana(p["kana"]).upper(), "3600", f"{i + 1:05d}"]
          for i, p in enumerate(_p)]
_rows += [["8", str(len(_p)), str(3600 * len(_p)), "", "", "", "", ""]]
add(
    expect="stop",
    sender=MIYAKE,
    to=[f"みどり銀行 相模野北支店 法人営業課 <kita-hojin@midori-ginko.co.jp>"],
    subject="新田北自治会 口座振替依頼データ（令和7年度 年会費）",
    charset="cp932",
    body=f"""みどり銀行 相模野北支店
法人営業課 御中

いつもお世話になっております。
新田北自治会の事務を受託しております日の出産業の三宅です。

令和7年度年会費の口座振替依頼データ（CSV）をお送りいたします。
振替日は6月27日（金）でお願いいたします。件数12件、合計43,200円です。
{S_MIYAKE}""",
    attachments=[{"kind": "csv", "name": "furikae_R07_nittakita.csv", "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="12 members' bank accounts with half-width kana names in a CSV: list of people, even to the partner bank",
)

# 013 — pass: みどり銀行 about the association's own account and the schedule
add(
    expect="pass",
    sender=MIYAKE,
    to=[f"みどり銀行 相模野北支店 法人営業課 <kita-hojin@midori-ginko.co.jp>"],
    subject="Re: 口座振替 日程のご確認",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業課
ご担当者様

ご連絡ありがとうございます。日の出産業の三宅です。
振替日程、承知いたしました。

　データ送付期限：6月20日（金）
　振替日　　　　：6月27日（金）
　結果データ　　：7月2日（水）頃

入金口座は従来どおり、自治会名義の口座
（相模野北支店 普通 1234567 ニッタキタジチカイ カイケイ）でお願いします。
{S_MIYAKE}
> 新田北自治会 事務局 三宅様
> 口座振替の日程についてご確認をお願いいたします。
> みどり銀行 相模野北支店 法人営業課""",
    entities=[],
    detectors=[],
    note="only the association's own organisational account and dates; no person's data",
)

# 014 — stop: 謝金 支払調書 data with My Numbers (3 officers) to the tax accountant
_p = people(3, age=(55, 80), town="midori1")
_lines = "\n".join(f"{p['name']}\t{next_my_number()}\t{addr(p, 'full')}\t{amt:,}円"
                   for p, amt in zip(_p, (60000, 36000, 36000)))
add(
    expect="stop",
    sender=MURASE,
    to=["藤村税理士事務所 小島様 <kojima@fujimura-tax.jp>"],
    subject="緑ヶ丘一丁目町内会 役員謝金の支払調書作成について",
    charset="utf-8",
    body=f"""藤村税理士事務所
小島様

お世話になっております。村瀬です。
令和6年分の役員謝金について、支払調書の作成をお願いいたします。
個人番号は役員ご本人から提供を受けたものです。

氏名\t個人番号\t住所\t支払金額
{_lines}

源泉徴収はいずれも10.21%で処理済みです。
{S_MURASE}""",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="My Numbers of three officers, tab-separated, to an outside accountant",
)

# 015 — stop: 子ども会キャンプ 参加者 with 健康保険証 記号・番号 and 持病 to the campsite
_p = people(7, age=(7, 12), town="midori2")
_sheet = [["緑ヶ丘二丁目子ども会 サマーキャンプ 参加者名簿"], ["", "", "", "", "", ""],
          ["氏名", "ふりがな", "生年月日", "保険証 記号", "保険証 番号", "持病・アレルギー"]]
for p in _p:
    _sheet.append([p["name"], p["kana"], ymd(p["dob"]), f"{rng.randint(100, 999)}{rng.randint(10, 99)}",
                   f"{rng.randint(1, 999)}", rng.choice(["なし", "小児ぜんそく（吸入薬持参）", "卵アレルギー", "なし", "てんかん（服薬中）"])])
add(
    expect="stop",
    sender=KUBOTA,
    to=["ほしぞらキャンプ場 受付 <reserve@hoshizora-camp.jp>"],
    subject="8/9-10 緑ヶ丘二丁目子ども会 参加者名簿",
    charset="utf-8",
    body=f"""ほしぞらキャンプ場 ご担当者様

8月9日〜10日でご予約の緑ヶ丘二丁目子ども会です（事務局の久保田です）。
傷害保険の手続きと緊急時対応用に、参加児童の名簿をお送りします。
引率者4名分は当日お渡しします。
{S_KUBOTA}""",
    attachments=[{"kind": "xlsx", "name": "camp_sankasha.xlsx", "sheets": {"児童": _sheet}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="children's health-insurance card numbers and chronic illnesses in XLSX to a campsite",
)

# 016 — pass: 消防団 訓練日程 to the 分団長 (one free-mail recipient)
add(
    expect="pass",
    sender=HORIUCHI,
    to=["第三分団 分団長 羽生様 <hanyu.bundan3@gmail.com>"],
    subject="合同防災訓練の日程（6/22）について",
    charset="iso-2022-jp",
    body=f"""羽生分団長

いつもありがとうございます。本町二丁目町内会事務局の堀内です。
6/22（日）の合同防災訓練について、町内会側の段取りをお知らせします。

 8:30  集会所前 集合・テント設営
 9:00  開会（会長あいさつ）
 9:10  初期消火訓練（消火器・スタンドパイプ）※分団の皆さまにご指導をお願いします
10:00  AED・心肺蘇生
10:40  炊き出し（アルファ米）
11:30  解散

ポンプ車は集会所横の駐車場に停めていただけます。
雨天の場合は前日17時までにご連絡します。
{S_HORIUCHI}""",
    entities=[],
    detectors=["freemail_recipient"],
    note="ordinary schedule to one free-mail recipient",
)

# 017 — stop: 消防団 機関員 (pump-truck drivers) with 運転免許証番号 to the fire station
_p = people(6, age=(24, 58), sex="M", town="honcho2")
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）\n　生年月日：{ymd(p['dob'], '.')}\n　運転免許証番号：{license_no()}\n"
    f"　免許の種類：{rng.choice(['中型', '準中型', '普通（AT限定なし）'])}\n　携帯：{p['mobile']}"
    for i, p in enumerate(_p))
add(
    expect="stop",
    sender=HORIUCHI,
    to=[f"相模野市消防局 北消防署 警防課 <kita-keibou@{WARD}>"],
    subject="第三分団 機関員登録（令和7年度）",
    charset="iso-2022-jp",
    body=f"""北消防署 警防課 ご担当者様

相模野市消防団第三分団の事務を補助しております日の出産業の堀内です。
令和7年度の機関員（ポンプ車運転者）の登録内容をお送りします。

{_blocks}

免許証の写しは分団長が署へ持参いたします。
{S_HORIUCHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six members' driving-licence numbers, DOB and mobiles, one block per person",
)

# 018 — pass: さくらホテル 賀詞交歓会 booking (numbers, menu, one contact)
add(
    expect="pass",
    sender=OTSUKI,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="1/18 相模野北地区自治会連合会 賀詞交歓会のご予約",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業の大槻です。
昨年に引き続き、下記のとおり予約をお願いいたします。

　日時　　令和8年1月18日（日）11:30〜14:00
　会場　　2F 桜の間（立食）
　人数　　65名（前後する可能性あり、1週間前に確定）
　料理　　お一人様 6,000円プラン＋フリードリンク
　看板　　「相模野北地区自治会連合会 賀詞交歓会」

当日の責任者は連合会 副会長の波多野（090-3321-6604）です。
見積書をお送りいただけますと幸いです。
{S_OTSUKI}""",
    entities=[],
    detectors=[],
    note="venue booking with a single on-site contact person: ordinary business mail",
)

# 019 — stop: deposit paid by card: card number in the body
_cc = next_card()
add(
    expect="stop",
    sender=OTSUKI,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="Re: 賀詞交歓会 内金のお支払いについて",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約 ご担当者様

ご案内ありがとうございます。内金（50,000円）はカードでお願いいたします。
連合会会長のカードで決済するよう承っております。

　カード名義：KIYOSHI HATANO
　カード番号：{_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
　有効期限　：09/28

決済が完了しましたらご連絡ください。
{S_OTSUKI}""",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a person's credit card number sent by mail",
)

# 020 — stop: same hotel, but the domain is sakura-hotel.co.jp (another TLD)
add(
    expect="stop",
    sender=KUBOTA,
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.co.jp>"],
    subject="10/4 若宮町会 役員研修旅行 客室のご相談",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約ご担当者様

お世話になります。若宮町会 事務局の久保田です。
10月4日（土）1泊で、役員研修旅行の客室をご相談させてください。

・男性 8名（和室4名×2室）
・女性 5名（和室3名＋2名）
・夕食：宴会場で18:30〜
・駐車場：マイクロバス1台

空室状況とお見積りをいただけますと幸いです。
{S_KUBOTA}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hotel.co.jp is a TLD-swapped look-alike of partner sakura-hotel.jp",
)

# 021 — stop: HTML-only table of 敬老会 invitees (和暦 DOB, address) to the ward office
_p = people(8, age=(75, 99), town="wakamiya")
_tr = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{wareki(p['dob'])}</td><td>{p['age']}</td>"
    f"<td>{addr(p, 'full')}</td></tr>" for i, p in enumerate(_p))
add(
    expect="stop",
    sender=KUBOTA,
    to=[f"北区 高齢・障害支援課 <kita-koureishien@{WARD}>"],
    subject="敬老祝品 対象者名簿（若宮町会・追加分）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'MS Pゴシック'">
<p>北区 高齢・障害支援課 ご担当者様</p>
<p>いつもお世話になっております。若宮町会事務局の久保田です。<br>
敬老祝品の対象者について、追加分の名簿をお送りいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#ddeeff"><th>No.</th><th>氏名</th><th>生年月日</th><th>年齢</th><th>住所</th></tr>
{_tr}
</table>
<p>既提出分（32名）と合わせて40名となります。</p>
<p>--<br>日の出産業株式会社 地域サービス事業部　久保田 健<br>内線 4112 / kubota.ken@{D}</p>
</body></html>""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only table of 8 elderly residents with 和暦 DOB and address to the ward office",
)

# 022 — pass: internal only: 要支援者 changes pasted in the body, to colleagues
_p = people(6, age=(70, 95), town="shinonome")
_why = ["要介護5（寝たきり）", "下肢障害・車椅子", "視覚障害1級", "認知症・独居", "人工透析", "知的障害（療育手帳B）"]
add(
    expect="pass",
    sender=CHIBA,
    to=[f"大槻 拓也 <otsuki.takuya@{D}>", f"三宅 里奈 <miyake.rina@{D}>"],
    cc=[f"地域サービス事業部 共有 <chiiki-service@mail.{D}>"],
    subject="【社内】東雲台 要支援者名簿 4月変更分",
    charset="iso-2022-jp",
    body=f"""大槻さん、三宅さん

東雲台の要支援者名簿、4月の変更分です。システムへの反映をお願いします。

""" + "\n".join(f"・{p['name']}（{p['age']}）{addr(p, 'short')}　{p['tel']}　{w}"
                for p, w in zip(_p, _why)) + f"""

転出2名（3班）は削除済みです。
{S_CHIBA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="all recipients internal (incl. mail. subdomain): passes whatever it carries",
)

# 023 — stop: 【取扱注意】 classification on the 役員会 minutes, to the chairman
add(
    expect="stop",
    sender=MURASE,
    to=["波多野 清 <hatano.kiyoshi1952@gmail.com>"],
    subject="【取扱注意】第3回 役員会 議事録（案）",
    charset="iso-2022-jp",
    body=f"""波多野会長

お疲れさまです。村瀬です。
第3回役員会の議事録（案）です。ご確認のうえ、修正があればお知らせください。

　　　　　　　　　　　　　　　　　　　　　　　　　　　　取扱注意
　　　　　　　東雲台自治会　第3回役員会　議事録（案）

日時：令和7年5月24日（土）19:00〜20:45
場所：東雲台自治会館
出席：役員11名中9名

1. 会費改定について
　年会費を現行3,600円から4,800円へ改定する案について協議。
　物価上昇と自治会館の修繕積立を理由とし、総会に諮ることで合意。
2. 自治会館の屋根修繕
　見積2社（約180万円・約210万円）。次回までにもう1社取得。
3. 夏祭りの縮小開催について
　担い手不足のため、今年は1日開催とする方向。

※本議事録は総会議案確定前のため、役員以外への配布はご遠慮ください。
{S_MURASE}""",
    entities=[],
    detectors=["confidential_marking", "freemail_recipient"],
    note="the minutes carry a 取扱注意 classification stamp and go outside",
)

# 024 — pass: talk about an NDA with ツバサシステム, with disclaimer
add(
    expect="pass",
    sender=OTSUKI,
    to=["ツバサシステム 営業 松岡様 <matsuoka@tsubasa-system.jp>"],
    subject="会員管理システム導入に向けた秘密保持契約の締結について",
    charset="iso-2022-jp",
    body=f"""株式会社ツバサシステム
松岡様

お世話になっております。日の出産業の大槻です。
先日はデモのご説明をありがとうございました。

名簿データの移行テストに入る前に、秘密保持契約（NDA）を締結させてください。
弊社の雛形を来週お送りしますので、貴社法務でご確認をお願いいたします。
あわせて、個人情報の取扱いに関する覚書（再委託の禁止、データの返却・消去）も
別紙で結びたいと考えております。

契約締結まではダミーデータでの検証のみとさせてください。
{S_OTSUKI}{DISC_JA}""",
    entities=[],
    detectors=[],
    note="mail about an NDA plus the standard disclaimer: ordinary business mail",
)

# 025 — stop: member data migration CSV (UTF-8) to ツバサシステム
_p = people(24, age=(28, 90), town="shinonome")
_rows = [["member_id", "han", "name", "name_kana", "email", "tel", "address", "joined"]]
for i, p in enumerate(_p):
    _rows.append([f"SN{1001 + i}", str(i % 6 + 1), p["name"], p["kata"],
                  p["email"] if i % 3 else "", p["mobile"] if i % 2 else p["tel"],
                  addr(p, "full"), f"{rng.randint(1975, 2024)}-04-01"])
add(
    expect="stop",
    sender=OTSUKI,
    to=["ツバサシステム 導入支援 <onboarding@tsubasa-system.jp>"],
    subject="東雲台自治会 会員データ（移行用）",
    charset="utf-8",
    body=f"""ツバサシステム 導入支援ご担当者様

お世話になっております。日の出産業の大槻です。
東雲台自治会の会員データを移行用フォーマットに整えましたので送付します。
文字コードはUTF-8です。取込みエラーがあればご連絡ください。
{S_OTSUKI}""",
    attachments=[{"kind": "csv", "name": "shinonome_members_utf8.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="24 members' contact data in a CSV to the system vendor: list of people",
)

# 026 — pass: field definitions only (no people) to ツバサシステム
add(
    expect="pass",
    sender=OTSUKI,
    to=["ツバサシステム 導入支援 <onboarding@tsubasa-system.jp>"],
    subject="会員データ 項目定義書の送付",
    charset="utf-8",
    body=f"""ツバサシステム ご担当者様

移行データの項目定義書（Excel）をお送りします。
実データは契約締結後にお渡しします。
{S_OTSUKI}""",
    attachments=[{"kind": "xlsx", "name": "項目定義書_v0.3.xlsx",
                  "sheets": {"表紙": [["会員管理システム 移行データ 項目定義書"], ["版", "0.3"], ["作成", "日の出産業 地域サービス事業部"]],
                             "項目定義": [["No", "項目名", "物理名", "型", "桁", "必須", "備考"],
                                      [1, "会員番号", "member_id", "文字", 8, "○", "自治会略号+連番"],
                                      [2, "班", "han", "数値", 2, "○", ""],
                                      [3, "世帯主氏名", "name", "文字", 40, "○", ""],
                                      [4, "フリガナ", "name_kana", "文字", 60, "", "全角カナ"],
                                      [5, "メール", "email", "文字", 120, "", "連絡網用"],
                                      [6, "電話", "tel", "文字", 15, "", "ハイフンあり"],
                                      [7, "住所", "address", "文字", 120, "○", ""],
                                      [8, "入会日", "joined", "日付", 10, "", "YYYY-MM-DD"]]}}],
    entities=[],
    detectors=[],
    note="column definitions only, no person's data",
)

# 027 — stop: no name column: room, phone, birth year of residents needing help, to the condo manager
_rooms = ["102", "205", "207", "311", "403", "506", "608"]
_p = people(7, age=(68, 93), town="honcho2")
_tbl = "\n".join(f"{r}号室\t{p['tel'] if i % 2 else p['mobile']}\t{wareki(p['dob'], 'abbr')}\t{p['sex'] == 'M' and '男' or '女'}\t{n}"
                 for i, (r, p, n) in enumerate(zip(_rooms, _p, ["独居", "夫婦のみ", "独居", "独居・階段不可", "夫婦のみ", "独居", "日中独居"])))
add(
    expect="stop",
    sender=HORIUCHI,
    to=["グリーンパーク管理 フロント <front@greenpark-kanri.co.jp>"],
    subject="パークハイツ本町 自治会 安否確認対象のお部屋について",
    charset="cp932",
    body=f"""グリーンパーク管理株式会社
フロントご担当者様

お世話になっております。パークハイツ本町自治会の事務局（日の出産業 堀内）です。
災害時の安否確認の対象となるお部屋を、管理組合の了承のもとお知らせします。
停電時のエレベーター停止を想定した訪問順の参考にしてください。

部屋\t電話\t生年月日\t性別\t世帯状況
{_tbl}
{S_HORIUCHI}""",
    entities=["PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="seven residents' rows (room, phone, birth year, living alone) without a name column: list of people",
)

# 028 — stop: kana names and full-width digits, 防犯パトロール 参加者 to the patrol leader
_p = people(7, age=(30, 78), town="midori2")
add(
    expect="stop",
    sender=MIYAKE,
    to=["防犯パトロール隊 隊長 <kuwabara.patrol@ezweb.ne.jp>"],
    subject="夜間パトロール 7月の参加者",
    charset="iso-2022-jp",
    body=f"""桑原隊長

お疲れさまです、三宅です。7月の夜間パトロール参加者をお知らせします。
（名前はご本人の申込みどおりひらがなで書いています）

""" + "\n".join(f"・{p['kana']}　　{fw(p['mobile'])}　　{rng.choice(['毎週水', '第1・3金', '毎週土', '第2土'])}"
                for p in _p) + f"""

集合は緑ヶ丘二丁目公園の東屋、20時です。懐中電灯と腕章は事務局で用意します。
{S_MIYAKE}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="seven people in kana with full-width mobile numbers: list of people to free mail",
)

# 029 — stop: English mail, romaji names, phones and e-mails to the international association
_p = people(6, age=(22, 45), town="nitta")
_foreign = [("Nguyen Thi", "HOA", "Vietnamese"), ("Ramesh", "SHRESTHA", "Nepali"), ("Maria", "SANTOS", "Tagalog"),
            ("Li", "WEI", "Chinese"), ("Ana Paula", "OLIVEIRA", "Portuguese"), ("Bui Van", "DUC", "Vietnamese")]
add(
    expect="stop",
    sender=ARAI,
    to=["Sagamino International Association <info@sagamino-ia.or.jp>"],
    subject="New residents for the welcome party on 13 July",
    charset="utf-8",
    body=f"""Dear Ms. Tanabe,

Thank you for your continued support of the Nitta-Kita residents' association.
Below are the new foreign residents who signed up for the welcome party (13 July, Nitta-Kita
community hall). Could your volunteers contact them about interpreting?

Name                     Language     Phone            E-mail
-----------------------  -----------  ---------------  ------------------------------
""" + "\n".join(f"{(g + ' ' + s):<25}{lang:<13}{p['mobile']:<17}{s.lower()}.{g.split()[0].lower()}@{rng.choice(['gmail.com', 'outlook.jp', 'yahoo.co.jp'])}"
                for (g, s, lang), p in zip(_foreign, _p)) + f"""

Best regards,
{S_ARAI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six residents in romaji with phone and e-mail in an English mail: list of people",
)

# 030 — stop: one foreign resident's 在留カード number to the ward office
add(
    expect="stop",
    sender=ARAI_JA,
    to=[f"北区役所 区民課 <kita-kumin@{WARD}>"],
    subject="新田北自治会 加入者の防災情報メール登録について",
    charset="iso-2022-jp",
    body=f"""北区役所 区民課 ご担当者様

日の出産業の新井です。新田北自治会の事務局を担当しております。
自治会に新しく加入されたネパール出身の方が、区の多言語防災メールへの登録を希望されています。
ご本人の同意を得て、申込書の記載内容をお送りします。

　氏名　　　　：SHRESTHA RAMESH
　在留カード番号：RK{rng.randint(10000000, 99999999)}NP
　住所　　　　：相模野市北区新田北4丁目{rng.randint(1, 20)}-{rng.randint(1, 15)} コーポ新田201
　希望言語　　：ネパール語・英語

お手続き方法に不備があればご指摘ください。
{S_ARAI_JA}""",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a residence-card number (identity document) of one person to an external office",
)

# 031 — pass: three-way meeting mail: ward office and 社協 (two external organisations)
add(
    expect="pass",
    sender=CHIBA,
    to=[f"北区役所 危機管理担当 <kita-kikikanri@{WARD}>"],
    cc=[f"社協 北区事務所 <kita@{SHAKYO}>"],
    subject="避難所運営訓練 打合せ日程のご相談",
    charset="iso-2022-jp",
    body=f"""北区役所 危機管理担当 様
社会福祉協議会 北区事務所 様

いつもお世話になっております。東雲台自治会事務局の千葉です。
秋の避難所運営訓練（東雲台中学校）に向けて、三者で打合せをさせてください。

候補日：
　① 7月8日（火）14:00〜
　② 7月10日（木）10:00〜
　③ 7月11日（金）15:00〜

場所は東雲台自治会館を予定しています。ご都合をお知らせください。
{S_CHIBA}""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way meeting mail",
)

# 032 — stop: four organisations visible in To/Cc
add(
    expect="stop",
    sender=CHIBA,
    to=[f"北区役所 危機管理担当 <kita-kikikanri@{WARD}>", f"社協 北区事務所 <kita@{SHAKYO}>",
        f"北区地域包括支援センター <info@{HOUKATSU}>"],
    cc=["神奈川県防災士会 相模野支部 <sagamino@bousaishi-kanagawa.or.jp>"],
    subject="【決定】避難所運営訓練 打合せ 7/10(木)10時",
    charset="iso-2022-jp",
    body=f"""関係者各位

皆さまご調整ありがとうございました。打合せは下記で決定いたしました。

　日時：7月10日（木）10:00〜11:30
　場所：東雲台自治会館 2階和室
　議題：訓練の想定、要配慮者の受入れ手順、福祉避難スペースの設営

駐車場は2台分のみです。できるだけ公共交通機関でお越しください。
{S_CHIBA}""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external organisations see each other in To/Cc: should have been Bcc",
)

# 033 — stop: PDF with 部外秘 page header (budget draft) to the auditor on outlook.jp
add(
    expect="stop",
    sender=MIYAKE,
    to=["会計監査 榎本様 <enomoto.kansa@outlook.jp>"],
    subject="令和7年度 予算案（監査前確認用）",
    charset="utf-8",
    body=f"""榎本様

お世話になっております。三宅です。
総会前に予算案をご確認いただきたく、PDFをお送りします。
ご指摘があれば6/5までにお知らせください。
{S_MIYAKE}""",
    attachments=[{"kind": "pdf", "name": "R7_yosan_an.pdf", "title": "新田北自治会 令和7年度予算案",
                  "page_header": "部外秘　役員限り",
                  "lines": ["新田北自治会　令和7年度 一般会計 予算（案）", "", "【収入の部】"],
                  "table": [["科目", "本年度予算", "前年度予算", "増減"],
                            ["会費収入", "1,252,800", "1,267,200", "-14,400"],
                            ["市補助金", "185,000", "185,000", "0"],
                            ["繰越金", "412,336", "388,120", "24,216"],
                            ["【支出の部】", "", "", ""],
                            ["事業費（祭り・敬老会）", "720,000", "700,000", "20,000"],
                            ["防災費", "150,000", "120,000", "30,000"],
                            ["事務委託費", "396,000", "396,000", "0"],
                            ["予備費", "584,136", "624,320", "-40,184"]]}],
    entities=[],
    detectors=["confidential_marking", "freemail_recipient"],
    note="the PDF carries a 部外秘 page header; marking inside an attachment",
)

# 034 — pass: 見積書 PDF (festival equipment) to the chairman on Yahoo
add(
    expect="pass",
    sender=KUBOTA,
    to=["井筒会長 <izutsu.shozo@yahoo.co.jp>"],
    subject="夏祭り 備品レンタル見積のご報告",
    charset="iso-2022-jp",
    body=f"""井筒会長

お世話になっております。久保田です。
夏祭りの備品レンタルについて、祭り工房さんから見積が届きましたので転送いたします。
昨年より約8%上がっていますが、やぐらの運搬費込みです。
ご確認のうえ、発注してよいかご指示ください。
{S_KUBOTA}""",
    attachments=[{"kind": "pdf", "name": "御見積書_No2025-0612.pdf", "title": "御見積書",
                  "lines": ["御見積書　No.2025-0612", "若宮町会 御中", "株式会社祭り工房　相模野営業所", ""],
                  "table": [["品名", "数量", "単価", "金額"], ["盆踊りやぐら（2間）", "1", "180,000", "180,000"],
                            ["紅白提灯（電飾込）", "60", "1,200", "72,000"], ["テント（2間×3間）", "8", "9,500", "76,000"],
                            ["運搬・設営・撤去", "1式", "65,000", "65,000"], ["小計", "", "", "393,000"],
                            ["消費税（10%）", "", "", "39,300"], ["合計", "", "", "432,300"]]}],
    entities=[],
    detectors=["freemail_recipient"],
    note="a supplier's quotation to one free-mail recipient: no personal data",
)

# 035 — stop: DOCX 班長紹介 (8 people with phone and address) to the real 錦印刷
_p = people(8, age=(35, 80), town="wakamiya")
add(
    expect="stop",
    sender=OTSUKI,
    to=["錦印刷 営業部 荒木様 <araki@nishiki-insatsu.co.jp>"],
    subject="町会だより49号 差込みページ（班長紹介）",
    charset="iso-2022-jp",
    body=f"""荒木様

大槻です。49号の差込みページ「新班長のご紹介」の原稿です。
表の体裁は前年と同じでお願いします。
{S_OTSUKI}""",
    attachments=[{"kind": "docx", "name": "49号_班長紹介.docx",
                  "paragraphs": ["令和7年度 新班長のご紹介", "一年間よろしくお願いいたします。回覧・会費のことは各班長へ。"],
                  "tables": [[["班", "氏名", "住所", "電話"]] +
                             [[f"{i + 1}班", p["name"], addr(p, "city"), p["tel"]] for i, p in enumerate(_p)]]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of 8 people's names, addresses, phones to the printer: list of people",
)

# 036 — pass: four festival committee contacts to the security company (may warn)
_p = people(4, age=(40, 70), town="wakamiya")
add(
    expect="pass",
    sender=KUBOTA,
    to=["こころ警備保障 営業部 <eigyo@kokoro-keibi.co.jp>"],
    subject="Re: 夏祭り当日の緊急連絡先",
    charset="iso-2022-jp",
    body=f"""こころ警備保障 ご担当者様

当日の町会側の連絡先は以下の4名です。

　本部長　　{_p[0]['name']}　{_p[0]['mobile']}
　副本部長　{_p[1]['name']}　{_p[1]['mobile']}
　会場係　　{_p[2]['name']}　{_p[2]['mobile']}
　救護係　　{_p[3]['name']}　{_p[3]['mobile']}

よろしくお願いいたします。
{S_KUBOTA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four people's contacts only: under the list threshold, may be warned",
)

# 037 — stop: exactly five people, one block each, to 青葉運輸
_p = people(5, age=(30, 70), town="wakamiya")
add(
    expect="stop",
    sender=KUBOTA,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="夏祭り 搬入当日の立会者について",
    charset="cp932",
    body=f"""青葉運輸株式会社 配車センター 御中

久保田です。7/25（金）のやぐら・テント搬入の際、現地で立ち会う町会の者です。
ドライバーさんに直接ご連絡いただいて構いません。

""" + "\n".join(f"＜{p['name']}＞\n　{addr(p, 'full')}\n　携帯 {p['mobile']}\n" for p in _p) + f"""
{S_KUBOTA}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's home addresses and mobiles, one block per person: list of people",
)

# 038 — pass: 青葉運輸 shipment with tracking numbers and a facility address
add(
    expect="pass",
    sender=KUBOTA,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="夏祭り 備品返送の集荷依頼",
    charset="iso-2022-jp",
    body=f"""青葉運輸 配車センター 御中

いつもありがとうございます。久保田です。
祭り終了後の備品返送について、集荷をお願いいたします。

　集荷日時：7月28日（月）9:00〜12:00
　集荷場所：若宮町会 集会所（相模野市北区若宮町5-1）
　荷物　　：テント8張、提灯箱6箱、発電機1台
　届け先　：株式会社祭り工房 相模野営業所

前回の送り状番号（参考）：4410-2231-7765、4410-2231-7766
{S_KUBOTA}""",
    entities=[],
    detectors=[],
    note="facility address, company addressee and tracking numbers only",
)

# 039 — stop: the same kind of request to aoba-unyu.com (look-alike)
add(
    expect="stop",
    sender=HORIUCHI,
    to=["青葉運輸 配車係 <haisha@aoba-unyu.com>"],
    subject="防災倉庫の備品移設 見積依頼",
    charset="iso-2022-jp",
    body=f"""青葉運輸 配車係 ご担当者様

本町二丁目町内会事務局の堀内です。
防災倉庫の入替えに伴い、備品の移設をお願いできないかご相談です。

・移設元：旧防災倉庫（本町二丁目児童公園内）
・移設先：本町二丁目集会所 裏手の新倉庫（約150m）
・荷物：発電機2台、投光器4台、簡易トイレ20箱、水（2L×6本）40箱
・希望日：8月最終週の平日

お見積りをいただけますでしょうか。
{S_HORIUCHI}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.com is a TLD look-alike of partner aoba-unyu.co.jp",
)

# 040 — stop: a forward (new text to the recipient) of a resident's mail revealing her depression
_r = person(age=(40, 55), sex="F", town="honcho2")
add(
    expect="stop",
    sender=HORIUCHI,
    to=[f"北区役所 地域振興課 <kita-chiiki@{WARD}>"],
    subject="FW: 班長の免除のお願い",
    charset="utf-8",
    body=f"""北区役所 地域振興課 ご担当者様

本町二丁目町内会事務局の堀内です。
班長の輪番免除について住民の方から下記の申し出があり、区として前例や
ガイドラインがあれば伺いたく、転送いたします。

---------- Forwarded message ---------
From: {_r['name']} <{_r['email']}>
Date: 2025年5月19日(月) 21:14
Subject: 班長の免除のお願い
To: honcho2-jimukyoku@{D}

本町二丁目町内会 事務局 御中

3班の{_r['name']}です。来年度の班長の順番が回ってくると伺いました。
実は2年前からうつ病で心療内科に通院しており、現在も休職中です。
人と会うことが難しい時期もあり、会費の集金や回覧の取りまとめは正直自信がありません。
診断書が必要であれば提出します。どうかご配慮をお願いいたします。

{_r['name']}
{addr(_r, 'city')}
{_r['mobile']}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "EMAIL_ADDRESS", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a forwarded resident's mail disclosing her depression: new text to the ward office, 要配慮個人情報",
)

# 041 — pass: reply under -----Original Message-----; the sensitive details are quoted only
_p = people(3, age=(78, 92), town="midori1")
add(
    expect="pass",
    sender=MURASE,
    to=["民生委員 月見里さん <yamanashi.setsuko@gmail.com>"],
    subject="RE: 見守り対象の方の近況",
    charset="iso-2022-jp",
    body=f"""月見里様

詳しくお知らせいただきありがとうございます。
防災訓練の際は、班長さんから直接お声がけいただくよう手配いたします。
他に自治会でお手伝いできることがあればお申し付けください。

村瀬
{S_MURASE}
-----Original Message-----
From: 月見里 節子 <yamanashi.setsuko@gmail.com>
Sent: Tuesday, June 3, 2025 8:52 AM
To: 村瀬 恵美 <murase.emi@{D}>
Subject: 見守り対象の方の近況

村瀬さま

見守り対象の方の近況です。
・{_p[0]['name']}さん　先月、脳梗塞で入院、現在リハビリ病院
・{_p[1]['name']}さん　糖尿病の悪化で週2回通院、足が不自由に
・{_p[2]['name']}さん　変わりなし（耳が遠いので訪問時はチャイムを長めに）

月見里
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="the health details are only in the quoted original from the recipient herself",
)

# 042 — stop: the 班 register forwarded as an attached .eml to the new 班長
_p = people(7, age=(30, 85), town="midori2")
_inner = {
    "sender": "旧5班長 芹沢 <serizawa.k55@yahoo.co.jp>",
    "to": [f"緑ヶ丘二丁目町内会 事務局 <midori2-jimukyoku@{D}>"],
    "subject": "5班の世帯一覧です",
    "charset": "iso-2022-jp",
    "body": "事務局さま\n\n引き継ぎ用に5班の世帯一覧を送ります。\n\n" + "\n".join(
        f"{p['name']}　{addr(p, 'city')}　{p['tel']}　{rng.randint(1, 5)}人" for p in _p) + "\n\n芹沢\n",
}
add(
    expect="stop",
    sender=MIYAKE,
    to=["新5班長 鴨志田様 <kamoshida-fam@softbank.ne.jp>"],
    subject="FW: 5班の世帯一覧です",
    charset="iso-2022-jp",
    body=f"""鴨志田様

班長をお引き受けいただきありがとうございます。三宅です。
前任の芹沢さんからいただいた5班の世帯一覧を、元のメールごと添付でお送りします。
回覧・会費集金の際にお使いください。
{S_MIYAKE}""",
    attachments=[{"kind": "eml", "name": "5班の世帯一覧です.eml", "message": _inner}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="an attached forwarded mail holds 7 households' name/address/phone: list of people",
)

# 043 — stop: a corrupt XLSX to the chairman
add(
    expect="stop",
    sender=MURASE,
    to=["波多野 清 <hatano.kiyoshi1952@gmail.com>"],
    subject="会員名簿（総会用）",
    charset="iso-2022-jp",
    body=f"""波多野会長

総会の受付で使う会員名簿をお送りします。
印刷は事務局でも行いますので、確認用にお使いください。
{S_MURASE}""",
    attachments=[{"kind": "corrupt", "name": "会員名簿_総会受付用.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="the XLSX attachment is corrupt and cannot be inspected",
)

# 044 — pass: poster image and event map to the printer
add(
    expect="pass",
    sender=OTSUKI,
    to=["錦印刷 デザイン室 <design@nishiki-insatsu.co.jp>"],
    subject="夏祭りポスター 差し替えデータ",
    charset="iso-2022-jp",
    body=f"""錦印刷 デザイン室 御中

大槻です。夏祭りポスターのメイン画像と会場図を差し替えます。
会場図のブース番号は出店者確定後に再度お送りします。
ポスター下部の問合せ先は「若宮町会事務局 042-700-1180（平日9-17時）」でお願いします。
{S_OTSUKI}""",
    attachments=[{"kind": "png", "name": "poster_main_v2.png"},
                 {"kind": "pdf", "name": "会場図_若宮公園.pdf",
                  "lines": ["若宮町会 夏祭り 会場図", "北：本部テント／救護所", "中央：盆踊りやぐら",
                            "南：出店ブース1〜7", "東入口：自転車置場"]}],
    entities=[],
    detectors=[],
    note="artwork and a venue map to the partner printer",
)

# 045 — stop: PPTX for the fire station with a slide naming 要支援者 and their needs
_p = people(5, age=(74, 95), town="honcho2")
_need = ["車椅子（2階居住）", "人工透析・週3回", "全盲・盲導犬あり", "要介護4・寝たきり", "在宅酸素"]
add(
    expect="stop",
    sender=HORIUCHI,
    to=[f"北消防署 予防課 <kita-yobou@{WARD}>"],
    subject="合同防災訓練 説明資料（町内会分）",
    charset="utf-8",
    body=f"""北消防署 予防課 ご担当者様

本町二丁目町内会事務局の堀内です。
6/22の合同防災訓練で使用する町内会側の説明資料をお送りします。
4枚目は救出訓練の想定に使う要支援者の情報です。
{S_HORIUCHI}""",
    attachments=[{"kind": "pptx", "name": "合同防災訓練_町内会説明.pptx",
                  "slides": [["本町二丁目町内会 合同防災訓練", "令和7年6月22日（日）", "本町二丁目町内会・第三分団"],
                             ["訓練の流れ", "初期消火", "安否確認（黄色いタオル作戦）", "要支援者の救出・搬送"],
                             ["安否確認の方法", "玄関に黄色いタオル＝無事", "タオルがない家を班長が訪問"],
                             ["要支援者（救出想定）"] + [f"{p['name']}（{p['age']}）{addr(p, 'short')}　{n}" for p, n in zip(_p, _need)],
                             ["講評", "北消防署", "第三分団 分団長"]]}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a slide names five residents with their disabilities/treatments: 要配慮 list",
)

# 046 — pass: PPTX 総会資料 (plans and budget, no people) to the chairman
add(
    expect="pass",
    sender=MIYAKE,
    to=["新田北自治会 会長 <nittakita.kaicho@yahoo.co.jp>"],
    subject="総会資料（スライド）ご確認のお願い",
    charset="utf-8",
    body=f"""会長

三宅です。総会で投影するスライドのドラフトです。
数字は予算案PDFと同じです。ご確認をお願いします。
{S_MIYAKE}""",
    attachments=[{"kind": "pptx", "name": "R7総会_スライド.pptx",
                  "slides": [["令和7年度 新田北自治会 定期総会", "令和7年6月8日（日）10:00", "新田北自治会館"],
                             ["令和6年度 事業報告", "夏祭り（来場 約800名）", "防災訓練（参加 132名）", "敬老会（対象 41名）"],
                             ["令和7年度 事業計画", "会費改定の検討", "防犯カメラ2台の増設", "自治会館トイレ改修"],
                             ["令和7年度 予算案", "収入 1,849,800円", "支出 1,849,800円"]]}],
    entities=[],
    detectors=["freemail_recipient"],
    note="meeting slides with aggregates only",
)

# 047 — stop: plain ZIP with a nested CSV of children (DOB, guardian, phone) to the PTA
_kids = people(9, age=(6, 11), town="midori1")
_rows = [["学年", "児童氏名", "ふりがな", "生年月日", "保護者", "保護者携帯"]]
for k in _kids:
    g = person(age=(32, 48), town="midori1")
    _rows.append([f"{k['age'] - 5}年", k["name"], k["kana"], ymd(k["dob"]), g["name"], g["mobile"]])
add(
    expect="stop",
    sender=MURASE,
    to=["緑ヶ丘小PTA 地域委員長 <chiiki@midorigaoka-es-pta.jp>"],
    subject="子ども会・PTA合同 登下校見守り 名簿（緑ヶ丘一丁目分）",
    charset="iso-2022-jp",
    body=f"""緑ヶ丘小PTA 地域委員長様

お世話になっております。緑ヶ丘一丁目町内会・子ども会の事務局をしております村瀬です。
登下校見守りの連絡網用に、一丁目の児童名簿をZIPでお送りします。
{S_MURASE}""",
    attachments=[{"kind": "zip", "name": "mimamori_midori1.zip",
                  "files": [{"kind": "txt", "name": "readme.txt", "text": "緑ヶ丘一丁目 子ども会 名簿（令和7年5月）\n"},
                            {"kind": "csv", "name": "meibo/midori1_jido.csv", "encoding": "cp932", "rows": _rows}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP holds a CSV of 9 children with DOB and guardians' mobiles",
)

# 048 — pass: 子ども会 event notice to one PTA contact
add(
    expect="pass",
    sender=MURASE,
    to=["緑ヶ丘小PTA 地域委員長 <chiiki@midorigaoka-es-pta.jp>"],
    subject="10/26 ハロウィンウォークのお知らせ（学校配布のお願い）",
    charset="iso-2022-jp",
    body=f"""緑ヶ丘小PTA 地域委員長様

今年も子ども会主催でハロウィンウォークを行います。
学校での配布にご協力いただけますと幸いです（チラシ 1〜3年生分 240枚）。

　日時：10月26日（日）15:00〜16:30
　集合：緑ヶ丘一丁目公園
　参加費：100円（お菓子代）
　申込：10/17までに子ども会 班担当へ

当日の連絡先：子ども会会長 森（090-5521-0378）
{S_MURASE}""",
    entities=[],
    detectors=[],
    note="event notice with one contact person's phone: ordinary",
)

# 049 — stop: legacy XLS of members in arrears (name, 班, phone, amount) to the chairman
_p = people(6, age=(30, 85), town="shinonome")
add(
    expect="stop",
    sender=CHIBA,
    to=["波多野 清 <hatano.kiyoshi1952@gmail.com>"],
    subject="会費未納世帯の一覧（督促のご相談）",
    charset="iso-2022-jp",
    body=f"""波多野会長

千葉です。前年度分の会費が未納の世帯を一覧にしました（古いExcel形式です）。
督促の方法について、次の役員会でご相談させてください。
{S_CHIBA}""",
    attachments=[{"kind": "xls", "name": "minou_R6.xls",
                  "sheets": {"未納": [["班", "氏名", "電話", "未納額", "備考"]] +
                             [[str(i % 4 + 1), p["name"], p["tel"], rng.choice([3600, 7200, 1800]),
                               rng.choice(["不在多し", "退会希望？", "", "分割の申し出あり"])] for i, p in enumerate(_p)]}}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="six households' names, phones and arrears in a legacy XLS: list of people",
)

# 050 — pass: the same kind of data, internal only (CSV to colleagues)
_p = people(10, age=(30, 85), town="nitta")
add(
    expect="pass",
    sender=MIYAKE,
    to=[f"地域サービス事業部 会計担当 <chiiki-kaikei@{D}>"],
    subject="新田北 振替不能者リスト（6月振替分）",
    charset="utf-8",
    body=f"""会計担当各位

6/27の口座振替で不能となった会員の一覧です（銀行の結果データより作成）。
再振替の案内文を作成しますので、住所の確認をお願いします。

三宅""",
    attachments=[{"kind": "csv", "name": "funou_0627.csv", "encoding": "utf-8",
                  "rows": [["会員番号", "氏名", "住所", "不能理由"]] +
                          [[f"NK{2000 + i}", p["name"], addr(p, "full"), rng.choice(["資金不足", "口座解約", "取引なし"])]
                           for i, p in enumerate(_p)]}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="internal recipients only: passes whatever it carries",
)

# 051 — stop: 二十歳のつどい photo list with Ｈ和暦 full-width DOB and addresses to a photo studio
_p = people(6, age=(19, 20), town="midori2")
add(
    expect="stop",
    sender=MIYAKE,
    to=["フォトスタジオひかり <info@photostudio-hikari.jp>"],
    subject="二十歳のお祝い 記念撮影 申込者",
    charset="cp932",
    body=f"""フォトスタジオひかり ご担当者様

緑ヶ丘二丁目町内会 事務局の三宅です。
町内会から記念撮影をプレゼントする「二十歳のお祝い」の申込者をお知らせします。
撮影日のご案内はスタジオから各ご家庭へ郵送でお願いします。

""" + "\n".join(f"　{p['name']}（{p['kana']}）　{wareki(p['dob'], 'fwabbr')}生　〒{fw(p['zip'])}　{PREF}{CITY}{p['town']}{fw(str(p['ban']))}－{fw(str(p['go']))}"
                for p in _p) + f"""
{S_MIYAKE}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six young people with full-width 和暦 DOB (Ｈ１７．…) and addresses: list of people",
)

# 052 — pass: the photo studio's quotation and schedule
add(
    expect="pass",
    sender=MIYAKE,
    to=["フォトスタジオひかり <info@photostudio-hikari.jp>"],
    subject="Re: 記念撮影プランのお見積り",
    charset="iso-2022-jp",
    body=f"""フォトスタジオひかり ご担当者様

お見積りありがとうございました。Bプラン（スタジオ撮影＋2Lプリント2枚、1名 8,800円税込）で
進めさせてください。対象は6名程度の見込みです。
請求書は「緑ヶ丘二丁目町内会」宛、振込先は御社口座で承知しました。
{S_MIYAKE}
> 緑ヶ丘二丁目町内会 三宅様
> Aプラン 6,600円／Bプラン 8,800円／Cプラン 13,200円（いずれも税込）
> ご検討よろしくお願いいたします。""",
    entities=[],
    detectors=[],
    note="price discussion with a supplier",
)

# 053 — stop: one named household as a burglary victim, to the crime-prevention association
_v = person(age=(60, 80), town="midori1")
add(
    expect="stop",
    sender=MURASE,
    to=["相模野北防犯協会 事務局 <jimukyoku@sagamino-bouhan.or.jp>"],
    subject="緑ヶ丘一丁目 防犯カメラ設置の要望について",
    charset="iso-2022-jp",
    body=f"""相模野北防犯協会 事務局 御中

緑ヶ丘一丁目町内会事務局の村瀬です。
先週、2班の{_v['name']}様宅（{_v['town']}{_v['ban']}番地）が空き巣の被害に遭われ、
現金と貴金属を盗まれたとのことです。{_v['sei']}様は警察に被害届を出され、
現在も不安で夜眠れないとおっしゃっています。

町内会として、通学路の交差点付近に防犯カメラを設置したいと考えております。
協会の補助制度についてご教示いただけますでしょうか。
{S_MURASE}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named resident as a crime victim (要配慮個人情報), even one person",
)

# 054 — pass: 防犯灯 pole list (locations) to 川崎電機
_poles = [("KD-0112", "緑ヶ丘1丁目3番先 交差点"), ("KD-0115", "緑ヶ丘1丁目7番 公園北側"),
          ("KD-0121", "緑ヶ丘1丁目12番 バス停横"), ("KD-0130", "緑ヶ丘2丁目2番 坂上"),
          ("KD-0133", "緑ヶ丘2丁目9番 集会所前"), ("KD-0140", "緑ヶ丘2丁目15番 水路沿い")]
add(
    expect="pass",
    sender=MURASE,
    to=["川崎電機 照明営業課 <shomei@kawasaki-denki.co.jp>"],
    subject="防犯灯LED化 対象灯の一覧（緑ヶ丘）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社 照明営業課 御中

お世話になっております。日の出産業の村瀬です。
緑ヶ丘一丁目・二丁目町内会の防犯灯のうち、今年度LED化する灯具の一覧です。

 管理番号   設置場所                     現状
 ---------  ---------------------------  ----------
""" + "\n".join(f" {n:<10} {pad(loc, 29)}{rng.choice(['FL20W', 'FL20W', '水銀灯40W'])}" for n, loc in _poles) + f"""

市の補助金申請に見積書が必要ですので、灯具ごとの内訳でお願いします。
{S_MURASE}""",
    entities=[],
    detectors=[],
    note="a list of street-light poles and places, not people",
)

# 055 — stop: the same partner, but kawasaki-denkl.co.jp (l for i)
add(
    expect="stop",
    sender=MURASE,
    to=["川崎電機 照明営業課 <shomei@kawasaki-denkl.co.jp>"],
    subject="Re: 防犯灯LED化 お見積りの件",
    charset="iso-2022-jp",
    body=f"""川崎電機 照明営業課 御中

お見積りありがとうございます。村瀬です。
灯具6基・工事費込みで了承いたしました。
市の補助金交付決定（7月中旬予定）後に正式発注いたします。
{S_MURASE}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki-denkl.co.jp swaps i for l: homoglyph look-alike of the partner domain",
)

# 056 — stop: a named resident's religion, to the shrine
_r = person(age=(45, 70), town="wakamiya")
add(
    expect="stop",
    sender=KUBOTA,
    to=["若宮八幡宮 社務所 <shamusho@wakamiya-hachiman.or.jp>"],
    subject="例大祭の奉納金集めについてのご相談",
    charset="iso-2022-jp",
    body=f"""若宮八幡宮 社務所 御中

いつもお世話になっております。若宮町会事務局の久保田です。
例大祭の奉納金を町会費と一緒に集める件で、住民の方からご意見をいただいております。

5班の{_r['name']}様は{rng.choice(['創価学会', 'キリスト教（カトリック）', 'エホバの証人'])}の信者でいらっしゃるため、
神社への奉納金を町会費から出すことに強く反対されています。
今年度から奉納金は任意の別集金とする方向で役員会で検討中ですが、
神社様のお考えも伺えればと存じます。
{S_KUBOTA}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named resident's religion (信条) to an outside organisation",
)

# 057 — pass: festival schedule with the shrine
add(
    expect="pass",
    sender=KUBOTA,
    to=["若宮八幡宮 社務所 <shamusho@wakamiya-hachiman.or.jp>"],
    subject="例大祭 神輿渡御のスケジュール",
    charset="iso-2022-jp",
    body=f"""若宮八幡宮 社務所 御中

例大祭（9/14）当日の町会側のスケジュール案です。

　 9:00　発輿祭（宮司様ご祭事）
　 9:30　神輿渡御 出発（若宮町→本町二丁目→若宮公園）
　11:30　若宮公園 御旅所にて休憩
　13:00　還御
　14:00　還幸祭

初穂料は例年どおり町会として30,000円をお納めいたします。
担ぎ手は現在28名の申込みです。
{S_KUBOTA}""",
    entities=[],
    detectors=[],
    note="event schedule and an offering amount",
)

# 058 — stop: an arrest record of a named new resident, to the condo management company
_r = person(age=(35, 55), sex="M", town="honcho2")
add(
    expect="stop",
    sender=HORIUCHI,
    to=["グリーンパーク管理 フロント <front@greenpark-kanri.co.jp>"],
    subject="パークハイツ本町 住民の方からの申し出について",
    charset="cp932",
    body=f"""グリーンパーク管理 フロントご担当者様

自治会事務局の堀内です。扱いに困っている件でご相談です。

複数の住民の方から、先月304号室に入居された{_r['name']}氏について
「以前、隣の市で窃盗の容疑で逮捕され、執行猶予中らしい」との話が出ております。
自治会としては噂を広げないよう班長会で注意しましたが、管理会社として
何か把握されていることや、対応の方針があれば伺いたいと思います。
{S_HORIUCHI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person's arrest/criminal record (要配慮個人情報) to an outside company",
)

# 059 — pass: a general legal question about sharing evacuation-support lists
add(
    expect="pass",
    sender=CHIBA,
    to=["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="避難行動要支援者名簿の共有範囲についてのご相談",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の千葉です。
自治会の事務局業務に関して、一般論としてご教示いただきたい点がございます。

1. 区から提供される避難行動要支援者名簿には、障害の有無や要介護度といった
   要配慮個人情報が含まれます。これを自主防災組織の班長（約20名）に
   配布することは、本人同意の範囲内といえるでしょうか。
2. 名簿を事務局（当社）がクラウド上で管理することは、自治会からの
   委託として整理してよいでしょうか。
3. 毎年の更新時に、旧名簿の回収・廃棄をどのように記録すべきでしょうか。

具体的な名簿はお送りしておりません。ご面談の日程をいただけますと幸いです。
{S_CHIBA}""",
    entities=[],
    detectors=[],
    note="talks about 要配慮個人情報 in general, no identifiable person",
)

# 060 — stop: the law firm's domain spelt shirakawa-lavv.jp
add(
    expect="stop",
    sender=CHIBA,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-lavv.jp>"],
    subject="Re: ご面談日程の件",
    charset="iso-2022-jp",
    body=f"""白川先生

ご返信ありがとうございます。千葉です。
7月15日（火）14時に事務所へお伺いいたします。
自治会長の波多野も同席いたします。
{S_CHIBA}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-lavv.jp (vv for w) is a look-alike of partner shirakawa-law.jp",
)

# 061 — either: an obituary notice naming the cause of death (a deceased person), in Bcc
_d = person(age=(78, 90), sex="M", town="midori1")
add(
    expect="either",
    sender=MURASE,
    to=[f"緑ヶ丘一丁目町内会 事務局 <midori1-jimukyoku@{D}>"],
    bcc=["tsurumi.kazuo51@yahoo.co.jp", "ogawa.h.midori@docomo.ne.jp", "k.aimono@ezweb.ne.jp",
         "domeki-family@gmail.com"],
    subject="【訃報】前会長 " + _d["name"] + " 様 ご逝去のお知らせ",
    charset="iso-2022-jp",
    body=f"""役員・班長の皆さま（Bccにて失礼いたします）

前会長の{_d['name']}様（{_d['age']}歳）が、6月2日にご逝去されました。
昨年から肺がんで闘病されておりましたが、ご家族に見守られ安らかに旅立たれたとのことです。

　通夜　6月5日（木）18:00〜　相模野北斎場
　告別式　6月6日（金）10:30〜　同斎場
　喪主　ご長男 {_d['sei']} 様

町内会からは規定により供花をお出しします。回覧でのお知らせは班長さんにお願いいたします。
{S_MURASE}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="cause of death of a deceased person: APPI covers the living; honest judgement either way",
)

# 062 — stop: reply-all keeps three officers (free mail) and the 社協 visible in To/Cc
add(
    expect="stop",
    sender=CHIBA,
    to=["波多野 清 <hatano.kiyoshi1952@gmail.com>", "副会長 二階堂 <nikaido.masao@yahoo.co.jp>"],
    cc=["会計 鴨志田 <kamoshida.k@icloud.com>", f"社協 北区事務所 <kita@{SHAKYO}>"],
    subject="Re: Re: 福祉バザーの出店について",
    charset="iso-2022-jp",
    body=f"""皆さま

千葉です。社協さんのご回答を受けて、自治会としては出店する方向で準備を進めます。
出品物の受付は7/1〜7/20、自治会館で平日10〜15時とします。

> 社協の北区事務所です。
> 今年の福祉バザーは10月12日（日）、北区総合福祉センターで開催します。
> 自治会からの出店は1区画（2m×2m）まで無料です。
>
>> 波多野です。今年も出店したいと思いますが、皆さんいかがでしょうか。
{S_CHIBA}""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="reply-all shows three private persons and an organisation to each other in To/Cc",
)

# 063 — pass: reply with "wrote:" — the 班長 contacts are only quoted
_p = people(6, age=(35, 75), town="shinonome")
_q = "千葉さん\n\n新しい班長の連絡先です。\n" + "\n".join(
    f"{i + 1}班 {p['name']} {p['mobile']}" for i, p in enumerate(_p)) + "\n\n波多野"
add(
    expect="pass",
    sender=CHIBA,
    to=["波多野 清 <hatano.kiyoshi1952@gmail.com>"],
    subject="Re: 新班長の連絡先",
    charset="iso-2022-jp",
    body=f"""波多野会長

ありがとうございます。連絡網に反映いたしました。

2025年4月12日(土) 9:41 波多野 清 <hatano.kiyoshi1952@gmail.com>:
{quoted(_q)}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="the contact list is quoted from the recipient's own mail; nothing new",
)

# 064 — stop: 配食 delivery list in full-width digits, with diet for diseases, to 北国フーズ
_p = people(6, age=(75, 93), town="nitta")
_diet = ["糖尿病食（1600kcal）", "腎臓病食（減塩・低たんぱく）", "普通食", "きざみ食（嚥下障害）", "糖尿病食", "普通食（ペースメーカー装着）"]
add(
    expect="stop",
    sender=ARAI_JA,
    to=["北国フーズ 配食事業部 <haishoku@kitaguni-foods.co.jp>"],
    subject="新田北 ふれあい配食 7月からの配達先",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
配食事業部 ご担当者様

日の出産業の新井です。新田北自治会の「ふれあい配食」の配達先一覧をお送りします。
7月1日（火）配達分からこちらでお願いします。

""" + "\n".join(f"{fw(str(i + 1))}．{p['name']}　{p['town']}{fw(str(p['ban']))}－{fw(str(p['go']))}　ＴＥＬ{fw(p['tel'])}　{d}"
                for i, (p, d) in enumerate(zip(_p, _diet))) + f"""

不在時は玄関前の保冷ボックスへお願いします。
{S_ARAI_JA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six elderly people with full-width phones and disease-specific diets to the partner",
)

# 065 — pass: festival food order with the partner 北国フーズ
add(
    expect="pass",
    sender=KUBOTA,
    to=["北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>"],
    subject="夏祭り 焼きそば材料 発注（注文番号 KF-25-0719）",
    charset="cp932",
    body=f"""北国フーズ株式会社 営業部 御中

久保田です。若宮町会夏祭り分の材料を発注いたします。

品番　　　品名　　　　　　　　数量　　単価
KF-1021　焼きそば麺（業務用）　300玉　　58円
KF-2207　カットキャベツ 1kg　　 25袋　 380円
KF-3310　豚こま 1kg　　　　　　 12袋 1,480円
KF-4002　ソース 2L　　　　　　　  6本　 890円

納品：7月25日（金）15時 若宮町会集会所
請求書は若宮町会宛でお願いします。
{S_KUBOTA}""",
    entities=[],
    detectors=[],
    note="a purchase order with product codes",
)

# 066 — stop: kitaguni-food.co.jp (letter dropped) for the 敬老会 bento order
add(
    expect="stop",
    sender=MURASE,
    to=["北国フーズ 営業部 <eigyo@kitaguni-food.co.jp>"],
    subject="敬老会 お弁当のご注文",
    charset="iso-2022-jp",
    body=f"""北国フーズ 営業部 御中

日の出産業の村瀬です。緑ヶ丘一丁目町内会の敬老会（9/15）のお弁当をお願いします。

　松花堂弁当（やわらかめ）　68食
　お茶（280ml）　　　　　　 80本
　納品　9月15日（月・祝）11:00　緑ヶ丘一丁目集会所

お見積りをお送りください。
{S_MURASE}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp drops a letter from partner kitaguni-foods.co.jp",
)

# 067 — stop: one caretaker's 基礎年金番号 and DOB to the labour consultant
_c = person(age=(62, 68), town="shinonome")
add(
    expect="stop",
    sender=CHIBA,
    to=["こだま社会保険労務士事務所 <office@kodama-sr.jp>"],
    subject="東雲台自治会館 管理人の雇用手続きについて",
    charset="iso-2022-jp",
    body=f"""こだま社会保険労務士事務所 御中

お世話になっております。東雲台自治会事務局の千葉です。
7月1日から自治会館の管理人（週20時間）を雇用することになりましたので、
雇用保険の加入手続きをお願いいたします。

　氏名　　　　：{_c['name']}（{_c['kata']}）
　生年月日　　：{wareki(_c['dob'])}
　住所　　　　：{addr(_c, 'zip')}
　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　雇用保険　　：前職で加入歴あり（被保険者番号は本人確認中）

雇用契約書の写しは郵送いたします。
{S_CHIBA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one person's basic pension number (social insurance number) to an outside office",
)

# 068 — pass: 労働保険 年度更新 schedule, no person
add(
    expect="pass",
    sender=CHIBA,
    to=["こだま社会保険労務士事務所 <office@kodama-sr.jp>"],
    subject="労働保険 年度更新の資料について",
    charset="iso-2022-jp",
    body=f"""こだま社会保険労務士事務所 御中

千葉です。東雲台自治会の労働保険年度更新について、
賃金台帳の集計（年間支払総額 1,084,000円）を6月20日までにお送りします。
申告書の作成をよろしくお願いいたします。
{S_CHIBA}""",
    entities=[],
    detectors=[],
    note="an aggregate payroll figure and a schedule",
)

# 069 — stop: passports of the 連合会 delegation to the travel agency (XLSX, romaji)
_p = people(4, age=(55, 75), town="honcho2")
add(
    expect="stop",
    sender=OTSUKI,
    to=["せかいトラベル 団体旅行課 <dantai@sekai-travel.co.jp>"],
    subject="姉妹都市訪問団 旅券情報（4名）",
    charset="utf-8",
    body=f"""せかいトラベル 団体旅行課 ご担当者様

相模野北地区自治会連合会の事務局（日の出産業 大槻）です。
台湾・新竹市への訪問団4名の旅券情報をお送りします。航空券の発券をお願いします。
{S_OTSUKI}""",
    attachments=[{"kind": "xlsx", "name": "passport_list.xlsx",
                  "sheets": {"旅券": [["相模野北地区自治会連合会 姉妹都市訪問団（10/20-23）"], [],
                                    ["SURNAME", "GIVEN NAME", "SEX", "DATE OF BIRTH", "PASSPORT No.", "EXPIRY"]] +
                            [[p["sei_r"].upper(), p["mei_r"].upper(), p["sex"], p["dob"].strftime("%d %b %Y").upper(),
                              f"T{rng.choice('KRSZ')}{rng.randint(1000000, 9999999)}", f"{rng.randint(1, 28):02d} {rng.choice(['MAR', 'JUN', 'NOV'])} {rng.randint(2027, 2034)}"]
                             for p in _p]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="passport numbers (identity documents) of four people in XLSX",
)

# 070 — pass: the itinerary PDF back to the travel agency
add(
    expect="pass",
    sender=OTSUKI,
    to=["せかいトラベル 団体旅行課 <dantai@sekai-travel.co.jp>"],
    subject="Re: 姉妹都市訪問 旅程表（案）",
    charset="utf-8",
    body=f"""せかいトラベル ご担当者様

旅程表の修正版をお送りします。2日目午後の市役所表敬訪問を15時からに変更しました。
お一人様の旅行代金（158,000円、燃油別）で了承いたします。
{S_OTSUKI}""",
    attachments=[{"kind": "pdf", "name": "旅程表_v2.pdf",
                  "lines": ["相模野北地区自治会連合会 姉妹都市訪問 旅程表（案）v2", ""],
                  "table": [["日", "時間", "内容"], ["10/20", "09:40", "羽田発 → 桃園着 12:30"],
                            ["10/21", "15:00", "新竹市役所 表敬訪問"], ["10/22", "10:00", "里長（町内会長）との交流会"],
                            ["10/23", "13:35", "桃園発 → 羽田着 17:50"]]}],
    entities=[],
    detectors=[],
    note="an itinerary and a price",
)

# 071 — stop: DOCX with 極秘 in the page header (officer election adjustments)
add(
    expect="stop",
    sender=MURASE,
    to=["選考委員長 百目鬼様 <domeki-family@gmail.com>"],
    subject="役員改選 調整メモ",
    charset="iso-2022-jp",
    body=f"""百目鬼様

村瀬です。次期役員の調整状況をメモにまとめましたので添付します。
選考委員会の前にご一読ください。
{S_MURASE}""",
    attachments=[{"kind": "docx", "name": "役員改選_調整メモ.docx", "page_header": "極秘",
                  "paragraphs": ["緑ヶ丘一丁目町内会 役員改選 調整メモ（6月10日時点）",
                                 "1. 会長：現会長の続投で内諾済み。任期は1年に限る意向。",
                                 "2. 副会長：2名中1名が辞退。後任は選考委員会で協議。",
                                 "3. 会計：現会計が継続可能。監査は持ち回りの3班から選出。",
                                 "4. 課題：班長経験者の役員就任が進まない。輪番制の導入を検討。"]}],
    entities=[],
    detectors=["confidential_marking", "freemail_recipient"],
    note="the DOCX carries a 極秘 classification in its page header",
)

# 072 — pass: the word 社外秘 only mentioned, nothing attached
add(
    expect="pass",
    sender=OTSUKI,
    to=[f"北区役所 地域振興課 石黒様 <ishiguro-k@{WARD}>"],
    subject="Re: 連合会 事務委託の仕様について",
    charset="iso-2022-jp",
    body=f"""石黒様

お問い合わせありがとうございます。大槻です。
ご依頼の業務マニュアルは弊社の社外秘資料のため、メールでの送付は控えさせてください。
7/3の打合せの際に紙でお持ちし、その場でご覧いただく形でいかがでしょうか。

委託料の内訳（月額33,000円／1自治会）については、その際にご説明いたします。
{S_OTSUKI}""",
    entities=[],
    detectors=[],
    note="社外秘 is only mentioned, not a marking on the mail or a document",
)

# 073 — stop: English mail marked CONFIDENTIAL to an overseas NGO
add(
    expect="stop",
    sender=ARAI,
    to=["Community Link Taiwan <programs@communitylink-tw.org>"],
    subject="CONFIDENTIAL - draft results of the neighbourhood association survey",
    charset="utf-8",
    body=f"""CONFIDENTIAL — NOT FOR DISTRIBUTION

Dear Ms. Lin,

As discussed, here are the draft headline results of our 2025 survey of the
neighbourhood associations we administer, ahead of the joint seminar:

  - associations surveyed: 14 (response rate 86%)
  - average membership rate: 71.4% (down from 78.0% in 2020)
  - associations unable to find a chair for next year: 5
  - share of officers aged 70+: 58%

Please do not quote these figures until the city has approved the report.

Kind regards,
{S_ARAI}""",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is classified CONFIDENTIAL and goes outside",
)

# 074 — pass: English mail with the standard disclaimer
add(
    expect="pass",
    sender=ARAI,
    to=["Community Link Taiwan <programs@communitylink-tw.org>"],
    subject="Re: Seminar on 12 November - programme",
    charset="utf-8",
    body=f"""Dear Ms. Lin,

Thank you for the programme. We are happy with the 90-minute slot after lunch.
Our talk will cover how a private company supports the administration of
chonaikai: member registers, dues collection and disaster drills.
We will bring printed handouts in English and Japanese.

Best regards,
{S_ARAI}{DISC_EN}""",
    entities=[],
    detectors=[],
    note="ordinary English business mail; the confidentiality disclaimer is standard",
)

# 075 — stop: 20 festival volunteers pasted tab-separated from Excel to the volunteer centre
_p = people(20, age=(16, 72), town="wakamiya")
add(
    expect="stop",
    sender=KUBOTA,
    to=["相模野市ボランティアセンター <vc@sagamino-vc.or.jp>"],
    subject="夏祭りボランティア 保険加入者リスト",
    charset="utf-8",
    body=f"""相模野市ボランティアセンター 御中

若宮町会事務局の久保田です。
夏祭り（7/26・27）のボランティア活動保険の加入をお願いします。
Excelから貼り付けていますので、列がずれていたらすみません。

氏名\t年齢\t電話\tメール
""" + "\n".join(f"{p['name']}\t{p['age']}\t{p['mobile']}\t{p['email']}" for p in _p) + f"""

保険料（@350円×20名）は町会から振り込みます。
{S_KUBOTA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="20 volunteers with age, phone and e-mail, tab-separated: list of people",
)

# 076 — pass: two partners in To/Cc for delivery coordination
add(
    expect="pass",
    sender=KUBOTA,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    cc=["北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>"],
    subject="7/25 若宮公園 搬入時間の調整",
    charset="iso-2022-jp",
    body=f"""青葉運輸様、北国フーズ様

久保田です。7/25の搬入が重なるため、時間を次のとおり調整させてください。

　13:00〜14:30　青葉運輸様（やぐら・テント）
　15:00〜15:30　北国フーズ様（食材・冷凍庫）

搬入口は公園東側の車止めを外しておきます。
{S_KUBOTA}""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: allowed",
)

# 077 — stop: a password-protected PDF of the support list to the ward office
_p = people(6, age=(70, 95), town="nitta")
add(
    expect="stop",
    sender=ARAI_JA,
    to=[f"北区 高齢・障害支援課 <kita-koureishien@{WARD}>"],
    subject="新田北自治会 要支援者名簿（同意者分）",
    charset="iso-2022-jp",
    body=f"""北区 高齢・障害支援課 ご担当者様

新井です。新田北自治会で情報提供の同意をいただいた方の名簿をPDFでお送りします。
パスワードは先日お電話でお伝えしたものです。
{S_ARAI_JA}""",
    attachments=[{"kind": "pdf", "name": "youshiensha_nittakita.pdf", "password": "nk2025",
                  "lines": ["新田北自治会 避難行動要支援者名簿（同意者）"],
                  "table": [["氏名", "生年月日", "電話", "支援内容"]] +
                           [[p["name"], wareki(p["dob"]), p["tel"], rng.choice(["車椅子", "要介護3", "視覚障害"])] for p in _p]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the PDF is password-protected and cannot be inspected",
)

# 078 — pass: PDF list of evacuation shelters (facilities and their phones)
add(
    expect="pass",
    sender=CHIBA,
    to=[f"北区役所 危機管理担当 <kita-kikikanri@{WARD}>"],
    subject="東雲台地区 防災マップ 校正のお願い",
    charset="iso-2022-jp",
    body=f"""北区役所 危機管理担当 様

千葉です。自治会で作成中の防災マップ裏面の避難所一覧です。
施設名・電話番号に誤りがないかご確認いただけますでしょうか。
{S_CHIBA}""",
    attachments=[{"kind": "pdf", "name": "bousai_map_ura_v3.pdf",
                  "lines": ["東雲台地区 防災マップ（裏面）避難所一覧", ""],
                  "table": [["区分", "施設名", "所在地", "電話"],
                            ["指定避難所", "市立東雲台中学校", "相模野市北区東雲台2-1-1", "042-761-0021"],
                            ["指定避難所", "市立東雲台小学校", "相模野市北区東雲台3-8-2", "042-761-0034"],
                            ["福祉避難所", "特別養護老人ホーム しののめ苑", "相模野市北区東雲台4-12-5", "042-761-5500"],
                            ["一時避難場所", "東雲台中央公園", "相模野市北区東雲台3-1", "—"],
                            ["給水拠点", "東雲台配水池", "相模野市北区東雲台1-22", "—"]]}],
    entities=[],
    detectors=[],
    note="facilities (schools, a care home, parks) with switchboard numbers: not people",
)

# 079 — stop: XLSX with several sheets incl. 役員名簿 for the subsidy application
_off = people(7, age=(50, 80), town="midori2")
_han = people(8, age=(35, 80), town="midori2")
_roles = ["会長", "副会長", "副会長", "会計", "書記", "監査", "防災部長"]
add(
    expect="stop",
    sender=MIYAKE,
    to=[f"北区役所 地域振興課 <kita-chiiki@{WARD}>"],
    subject="自治会活動補助金 申請書類一式（緑ヶ丘二丁目町内会）",
    charset="iso-2022-jp",
    body=f"""北区役所 地域振興課 ご担当者様

緑ヶ丘二丁目町内会の事務局（日の出産業 三宅）です。
自治会活動補助金の申請書類をお送りします。
役員名簿・班長名簿は同じファイルの別シートにしています。
{S_MIYAKE}""",
    attachments=[{"kind": "xlsx", "name": "補助金申請_緑ヶ丘二丁目.xlsx",
                  "sheets": {"申請書": [["令和7年度 自治会活動補助金 交付申請書"], ["団体名", "緑ヶ丘二丁目町内会"],
                                     ["加入世帯数", 188], ["申請額", "185,000円"]],
                             "役員名簿": [["令和7年度 役員名簿"], ["役職", "氏名", "住所", "電話", "メール"]] +
                                     [[r, p["name"], addr(p, "full"), p["mobile"], p["email"]] for r, p in zip(_roles, _off)],
                             "班長名簿": [["班", "氏名", "電話"]] + [[f"{i + 1}班", p["name"], p["tel"]] for i, p in enumerate(_han)]}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="officers' and 班長 contact lists (15 people) on XLSX sheets to the ward office",
)

# 080 — pass: subsidy application for a 認可地縁団体 (法人番号, organisation account)
_cn = corp_number("80201" + str(rng.randint(1000000, 9999999)))
add(
    expect="pass",
    sender=MURASE,
    to=[f"北区役所 地域振興課 <kita-chiiki@{WARD}>"],
    subject="補助金 交付申請（認可地縁団体 緑ヶ丘一丁目町内会）",
    charset="iso-2022-jp",
    body=f"""北区役所 地域振興課 ご担当者様

緑ヶ丘一丁目町内会（認可地縁団体）の補助金交付申請について、書面の記載事項を
先にメールでお知らせします。原本は本日郵送いたしました。

　団体名　　：認可地縁団体 緑ヶ丘一丁目町内会
　法人番号　：{_cn}
　代表者　　：会長 鶴見 和夫
　振込先　　：みどり銀行 相模野北支店 普通 2047719
　　　　　　　口座名義 ﾆﾝｶﾁｴﾝﾀﾞﾝﾀｲ ﾐﾄﾞﾘｶﾞｵｶｲｯﾁｮｳﾒﾁｮｳﾅｲｶｲ
　申請額　　：185,000円
{S_MURASE}""",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="an association's 法人番号 and its own account, representative's name only",
)

# 081 — stop: no name column: households to watch over (address, phone, DOB, care level) CSV
_p = people(8, age=(74, 96), town="honcho2")
add(
    expect="stop",
    sender=HORIUCHI,
    to=["みまもりリンク 導入窓口 <sales@mimamori-link.co.jp>"],
    subject="見守りセンサー 試験導入の対象世帯",
    charset="utf-8",
    body=f"""株式会社みまもりリンク 導入窓口 ご担当者様

本町二丁目町内会事務局の堀内です。
試験導入の対象世帯（ご本人・ご家族の同意済み）をCSVでお送りします。
お名前は設置日程の調整時に班長からお伝えします。
{S_HORIUCHI}""",
    attachments=[{"kind": "csv", "name": "taisho_setai.csv", "encoding": "utf-8",
                  "rows": [["世帯No", "住所", "電話", "生年月日", "性別", "状況"]] +
                          [[f"H2-{i + 1:03d}", addr(p, "full"), p["tel"], ymd(p["dob"], "-"), p["sex"],
                            rng.choice(["独居・要介護2", "独居・要支援1", "夫婦とも要介護", "独居・認知症初期", "日中独居・パーキンソン病"])]
                           for i, p in enumerate(_p)]}],
    entities=["JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="eight residents' address/phone/DOB/care level without a name column: list with 要配慮 data",
)

# 082 — pass: sensor service inquiry (prices, contract terms)
add(
    expect="pass",
    sender=HORIUCHI,
    to=["みまもりリンク 導入窓口 <sales@mimamori-link.co.jp>"],
    subject="見守りセンサー 料金プランについての質問",
    charset="iso-2022-jp",
    body=f"""みまもりリンク ご担当者様

資料ありがとうございました。堀内です。いくつか質問させてください。

1. 月額980円プランに、通知先の追加（家族2名＋町内会）は含まれますか。
2. 試験導入（3か月・10台）の費用負担はどうなりますか。
3. 取得したデータの保存期間と、解約時の削除証明について教えてください。
4. 機密保持契約と個人情報の取扱いに関する契約書のひな形をいただけますか。
{S_HORIUCHI}""",
    entities=[],
    detectors=[],
    note="questions about prices and contracts (NDA talk), no personal data",
)

# 083 — stop: bus trip participants as 「・」 bullets with full-width spaces, 18 people
_p = people(18, age=(60, 85), town="shinonome")
add(
    expect="stop",
    sender=CHIBA,
    to=["ひかり観光バス 営業所 <eigyo@hikari-kanko-bus.co.jp>"],
    subject="10/9 東雲台自治会 日帰りバス旅行 参加者名簿",
    charset="iso-2022-jp",
    body=f"""ひかり観光バス 営業所 ご担当者様

東雲台自治会事務局の千葉です。日帰りバス旅行（10/9 箱根方面）の参加者名簿です。
旅行傷害保険の手配に使ってください。

""" + "\n".join(f"・{p['name']}　　{p['age']}歳　　{p['mobile']}　　乗車：{rng.choice(['自治会館前', '東雲台駅北口'])}" for p in _p) + f"""

以上18名（添乗は自治会役員2名で別途）
{S_CHIBA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="18 participants with age and mobile as bullets: list of people",
)

# 084 — pass: bus dispatch details
add(
    expect="pass",
    sender=CHIBA,
    to=["ひかり観光バス 営業所 <eigyo@hikari-kanko-bus.co.jp>"],
    subject="Re: 配車のご案内（予約番号 HK-20251009-03）",
    charset="iso-2022-jp",
    body=f"""ひかり観光バス ご担当者様

配車のご案内ありがとうございます。内容確認いたしました。
中型バス（27席）1台、7:30 自治会館前発で問題ございません。
お支払いは請求書（自治会宛）にて振込でお願いします。
{S_CHIBA}""",
    entities=[],
    detectors=[],
    note="reservation number and dispatch details",
)

# 085 — stop: the diagnosis is in the subject line, to a 民生委員 on docomo
_e = person(age=(80, 90), sex="M", town="midori1")
add(
    expect="stop",
    sender=MURASE,
    to=["民生委員 四十物様 <aimono.k@docomo.ne.jp>"],
    subject=f"【至急】6班 {_e['name']}様 救急搬送（脳梗塞）の件",
    charset="iso-2022-jp",
    body=f"""四十物様

村瀬です。今朝、班長さんから連絡がありましたのでお知らせします。
奥様が入院中でご自宅は無人です。郵便物の取り込みなど、ご相談させてください。
{S_MURASE}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named resident's stroke in the subject line to a free-mail recipient",
)

# 086 — pass: internal review of a shelter drill with individual health notes
_p = people(4, age=(60, 90), town="shinonome")
add(
    expect="pass",
    sender=CHIBA,
    to=[f"地域サービス事業部 防災チーム <bousai-team@{D}>"],
    subject="避難所運営訓練 振り返り（社内共有）",
    charset="utf-8",
    body=f"""防災チームの皆さん

東雲台の避難所運営訓練の振り返りです（社内限り）。

良かった点
 - 受付カードの記入が前回より速かった（平均2分）
 - 福祉避難スペースの設営が20分で完了

課題（個別対応が必要だった方）
 - {_p[0]['name']}さん：人工肛門（ストーマ）のため多目的トイレが必要
 - {_p[1]['name']}さん：てんかんの持病、服薬時間の管理
 - {_p[2]['name']}さん：聴覚障害、掲示での案内が必要
 - {_p[3]['name']}さん：妊娠8か月、段ボールベッドの優先

来月の報告書に反映します。
千葉""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="internal recipients only",
)

# 087 — stop: look-alike of the company's own domain (hyphen dropped)
add(
    expect="stop",
    sender=OTSUKI,
    to=["三宅 里奈 <miyake.rina@hinodesangyo.co.jp>"],
    subject="来週のシフト（事務局窓口）",
    charset="iso-2022-jp",
    body=f"""三宅さん

来週の事務局窓口のシフトです。変更あれば教えてください。

　月　大槻・千葉
　火　三宅・堀内
　水　村瀬・久保田
　木　大槻・三宅
　金　千葉・新井

大槻""",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinodesangyo.co.jp is a look-alike of the internal hinode-sangyo.co.jp: mail leaves the company",
)

# 088 — pass: website update request to the web agency, with a photo
add(
    expect="pass",
    sender=HORIUCHI,
    to=["まちウェブ制作室 <support@machi-web.jp>"],
    subject="本町二丁目町内会HP 更新のお願い",
    charset="utf-8",
    body=f"""まちウェブ制作室 ご担当者様

いつもお世話になっております。日の出産業の堀内です。
本町二丁目町内会ホームページの「お知らせ」に、下記を掲載してください。

――――
【防災訓練を実施しました】
6月22日（日）、第三分団の皆さまのご指導のもと合同防災訓練を行い、
112名が参加しました。ご協力ありがとうございました。
（写真を添付します。顔が判別できないものを選んでいます）
――――

掲載後にURLをお知らせください。
{S_HORIUCHI}""",
    attachments=[{"kind": "png", "name": "kunren_0622.png"}],
    entities=[],
    detectors=[],
    note="public news item and a photo for the association's website",
)

# 089 — pass: support list XLSX to internal and mail. subdomain colleagues only
_p = people(12, age=(70, 97), town="honcho2")
add(
    expect="pass",
    sender=HORIUCHI,
    to=[f"千葉 早苗 <chiba.sanae@{D}>"],
    cc=[f"backup-chiiki@mail.{D}"],
    subject="本町二丁目 要支援者名簿 マスタ（R7.6）",
    charset="iso-2022-jp",
    body=f"""千葉さん

本町二丁目の要支援者名簿マスタを更新しました。共有フォルダにも同じものを置いています。
CCはバックアップ用アドレスです。

堀内""",
    attachments=[{"kind": "xlsx", "name": "honcho2_youshien_master.xlsx",
                  "sheets": {"マスタ": [["氏名", "生年月日", "住所", "電話", "障害・介護"]] +
                             [[p["name"], wareki(p["dob"], "abbr"), addr(p, "full"), p["tel"],
                               rng.choice(["要介護3", "身体障害2級", "視覚障害", "認知症", "要支援2"])] for p in _p]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="internal only (hinode-sangyo.co.jp and its mail. subdomain)",
)

# 090 — either: five officers' names and roles only (no contact data) for the newsletter
add(
    expect="either",
    sender=OTSUKI,
    to=["錦印刷 営業部 荒木様 <araki@nishiki-insatsu.co.jp>"],
    subject="町会だより49号 役員紹介欄の差替え",
    charset="iso-2022-jp",
    body=f"""荒木様

大槻です。49号の役員紹介欄を下記に差し替えてください。

　会長　　井筒 昭三
　副会長　相馬 由美
　副会長　猪狩 隆
　会計　　舘野 直美
　書記　　勅使河原 蓮

写真は前号のものを流用でお願いします。
{S_OTSUKI}""",
    entities=["PERSON_NAME"],
    detectors=[],
    note="five named officers with only their roles: a list of people or just names? judgement call",
)

# 091 — pass: one resident's own registration details sent back to her
_r = person(age=(30, 45), sex="F", town="nitta")
add(
    expect="pass",
    sender=ARAI_JA,
    to=[f"{_r['name']} <{_r['email']}>"],
    subject="新田北自治会 ご入会ありがとうございます",
    charset="iso-2022-jp",
    body=f"""{_r['name']} 様

このたびは新田北自治会にご入会いただき、ありがとうございます。
事務局を担当しております日の出産業の新井です。
ご登録内容は次のとおりです。誤りがあればご返信ください。

　お名前　：{_r['name']}（{_r['kana']}）
　ご住所　：{addr(_r, 'full')}
　お電話　：{_r['mobile']}
　班　　　：3班（班長：宍戸様）
　世帯人数：4人

年会費（3,600円）は班長が7月に集金に伺います。
{S_ARAI_JA}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="one person's own registration data sent to herself: one record, may warn",
)

# 092 — stop: one household's five members with DOB, to the 子ども会 chair
_parent = person(age=(36, 42), sex="M", town="midori2")
_fam = [_parent, person(age=(34, 40), sex="F", town="midori2")] + people(3, age=(3, 11), town="midori2")
_rel = ["世帯主", "妻", "長男", "長女", "次男"]
add(
    expect="stop",
    sender=MIYAKE,
    to=["子ども会 会長 小鳥遊様 <takanashi.aoi@gmail.com>"],
    subject="転入世帯のご紹介（子ども会へのお誘い）",
    charset="iso-2022-jp",
    body=f"""小鳥遊様

三宅です。5月に4班へ転入された{_parent['sei']}さんのご家族です。
お子さんが3人いらっしゃるので、子ども会へのお誘いをお願いできますか。

""" + "\n".join(f"　{r}　{p['sei']} {p['mei']}　{wareki(p['dob'])}生" for r, p in zip(_rel, _fam)) + f"""

ご住所は{addr(_parent, 'city')}です。
{S_MIYAKE}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="five people's names and 和暦 DOBs (one household) to free mail: five records",
)

# 093 — pass: three trainees' contact for a course, to the fire station
_p = people(3, age=(35, 65), town="honcho2")
add(
    expect="pass",
    sender=HORIUCHI,
    to=[f"北消防署 予防課 <kita-yobou@{WARD}>"],
    subject="普通救命講習 受講申込（本町二丁目町内会 3名）",
    charset="iso-2022-jp",
    body=f"""北消防署 予防課 ご担当者様

7月12日（土）の普通救命講習に、町内会から3名申し込みます。

""" + "\n".join(f"{i + 1}) {p['name']}　連絡先 {p['mobile']}" for i, p in enumerate(_p)) + f"""

テキスト代は当日持参いたします。
{S_HORIUCHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three trainees' names and phones: below five, may warn",
)

# 094 — stop: pipe table of 12 trainees with birth year and phone, to the 防災士会
_p = people(12, age=(25, 75), town="nitta")
add(
    expect="stop",
    sender=ARAI_JA,
    to=["神奈川県防災士会 相模野支部 <sagamino@bousaishi-kanagawa.or.jp>"],
    subject="防災リーダー養成講座 受講者名簿（新田北）",
    charset="utf-8",
    body=f"""神奈川県防災士会 相模野支部 御中

新田北自治会の新井です。防災リーダー養成講座の受講者12名分です。

| No | 氏名 | 生年月日 | 電話 | 班 |
|----|------|------|------|----|
""" + "\n".join(f"| {i + 1} | {p['name']} | {wareki(p['dob'], 'abbr')} | {p['mobile']} | {i % 5 + 1} |"
                for i, p in enumerate(_p)) + f"""

修了証の宛名は上記の表記でお願いします。
{S_ARAI_JA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="12 people's names, birth years and phones in a pipe table: list of people",
)

# 095 — pass: our invoice PDF (company T-number) to the treasurer
add(
    expect="pass",
    sender=MIYAKE,
    to=["新田北自治会 会計 <nittakita.kaikei@yahoo.co.jp>"],
    subject="事務委託料 請求書（2025年6月分）",
    charset="iso-2022-jp",
    body=f"""新田北自治会 会計ご担当様

いつもお世話になっております。日の出産業の三宅です。
6月分の事務委託料の請求書をお送りします。お支払期日は7月31日です。
{S_MIYAKE}""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2025-06-0417.pdf",
                  "lines": ["請　求　書", "新田北自治会 御中", "請求番号 INV-2025-06-0417　発行日 2025年6月30日",
                            "日の出産業株式会社　登録番号 T" + corp_number("02010" + "4471903"), ""],
                  "table": [["品目", "数量", "金額"], ["自治会事務委託料（6月分）", "1", "30,000"],
                            ["消費税（10%）", "", "3,000"], ["合計", "", "33,000"],
                            ["振込先", "みどり銀行 本町支店 普通 0831276 ヒノデサンギヨウ(カ", ""]]}],
    entities=["JP_CORPORATE_NUMBER"],
    detectors=["freemail_recipient"],
    note="our own invoice with the company T-number and account: business data, not personal",
)

# 096 — stop: unencrypted ZIP of assembly documents including the full member register
_p = people(30, age=(30, 90), town="nitta")
add(
    expect="stop",
    sender=ARAI_JA,
    to=["新田北自治会 会長 <nittakita.kaicho@icloud.com>"],
    subject="総会資料一式（受付名簿つき）",
    charset="utf-8",
    body=f"""会長

新井です。総会資料一式をZIPでお送りします。
受付で使う会員名簿も同梱しています。出席の確認にお使いください。
{S_ARAI_JA}""",
    attachments=[{"kind": "zip", "name": "soukai_R7.zip",
                  "files": [{"kind": "docx", "name": "議案書.docx",
                             "paragraphs": ["第1号議案 令和6年度 事業報告", "第2号議案 令和6年度 決算報告",
                                            "第3号議案 令和7年度 事業計画（案）", "第4号議案 令和7年度 予算（案）"]},
                            {"kind": "xlsx", "name": "受付名簿.xlsx",
                             "sheets": {"受付": [["新田北自治会 定期総会 受付名簿"], ["班", "氏名", "住所", "電話", "出欠", "委任状"]] +
                                        [[i % 6 + 1, p["name"], addr(p, "city"), p["tel"], "", ""] for i, p in enumerate(_p)]}}]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="a ZIP holds an XLSX register of 30 members with address and phone",
)

# 097 — either: a household identified by address only, with a vague health remark
add(
    expect="either",
    sender=MURASE,
    to=[f"北区 高齢・障害支援課 <kita-koureishien@{WARD}>"],
    subject="見守りが必要と思われる世帯について",
    charset="iso-2022-jp",
    body=f"""北区 高齢・障害支援課 ご担当者様

緑ヶ丘一丁目町内会事務局の村瀬です。
班長さんから、相模野市北区緑ヶ丘1丁目14-6 の木造アパート1階にお住まいの
高齢の男性が、最近は足元がおぼつかず、体調を崩されている様子だと連絡がありました。
町内会には未加入の方で、お名前は分かりません。
区の方で訪問等をご検討いただけないでしょうか。
{S_MURASE}""",
    entities=["JP_ADDRESS"],
    detectors=[],
    note="an unnamed person located by address with a vague health remark: identifiable? judgement call",
)

# 098 — stop: a fixed-width .txt (CP932) with S-style 和暦 and kana, to the new 班長
_p = people(8, age=(45, 92), town="wakamiya")
_txt = "若宮町会 2班 世帯一覧（班長引継用）\n" + "=" * 60 + "\n" + cols(
    [["氏名", "フリガナ", "生年月日", "電話"], ["--------", "------------", "----------", "-------------"]] +
    [[p["name"], p["kata"], wareki(p["dob"], "abbr"), p["tel"]] for p in _p], [16, 22, 12, 14]) + "\n"
add(
    expect="stop",
    sender=KUBOTA,
    to=["2班 新班長 九十九様 <tsukumo.family@outlook.jp>"],
    subject="2班 引継ぎ資料",
    charset="cp932",
    body=f"""九十九様

今年度の2班班長をお引き受けいただき、ありがとうございます。久保田です。
前任の方から預かった世帯一覧（テキストファイル）を添付します。
{S_KUBOTA}""",
    attachments=[{"kind": "txt", "name": "2han_setai.txt", "encoding": "cp932", "text": _txt}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="a CP932 text file with 8 people's kana, S/H-style 和暦 DOB and phone",
)

# 099 — pass: forwards a public ward notice to 班長 in Bcc
add(
    expect="pass",
    sender=OTSUKI,
    to=[f"若宮町会 事務局 <wakamiya-jimukyoku@{D}>"],
    bcc=["izutsu.shozo@yahoo.co.jp", "soma.yumi@softbank.ne.jp", "ikari.takashi@gmail.com",
         "tsukumo.family@outlook.jp", "tateno.naomi@icloud.com"],
    subject="転送: 【北区】ごみ集積所の収集曜日変更のお知らせ",
    charset="iso-2022-jp",
    body=f"""班長の皆さま（Bcc送信）

区役所から下記のお知らせがありました。回覧でのご周知をお願いします。

-------- 転送メッセージ --------
件名: 【北区】ごみ集積所の収集曜日変更のお知らせ
差出人: 北区役所 地域振興課 <kita-chiiki@{WARD}>

自治会長・町内会長 各位

10月1日から、若宮町・本町二丁目地区の資源ごみの収集曜日が
「第2・第4水曜日」から「毎週木曜日」に変わります。
住民向けチラシは9月の市報と同時に配布します。

北区役所 地域振興課
-------------------------------
{S_OTSUKI}""",
    entities=[],
    detectors=["freemail_recipient"],
    note="a public notice forwarded to free-mail recipients in Bcc",
)

# 100 — stop: new text under a quoted question gives three named residents' medical needs
_p = people(3, age=(70, 90), town="shinonome")
add(
    expect="stop",
    sender=CHIBA,
    to=[f"社協 北区事務所 <kita@{SHAKYO}>"],
    subject="Re: 福祉避難スペースの受入れ想定について",
    charset="iso-2022-jp",
    body=f"""社協 北区事務所 ご担当者様

ご質問の件、自治会で把握している3名について回答いたします。

1) {_p[0]['name']}様：人工透析（週3回・月水金）。透析病院への搬送手段が必要
2) {_p[1]['name']}様：脳梗塞の後遺症で右半身麻痺、車椅子
3) {_p[2]['name']}様：COPDで在宅酸素、ボンベ予備2本

いずれもご本人から名簿掲載の同意をいただいています。
{S_CHIBA}
> 東雲台自治会 事務局 千葉様
> 訓練で福祉避難スペースに受け入れる想定の方について、
> 必要な配慮（医療機器・介助の有無）を教えていただけますか。
> 社協 北区事務所""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="the new text (above the quote) names three residents' diseases: 要配慮個人情報",
)
