"""Blind corpus — area "dayservice": 日の出産業's elderly day-service centres (デイサービス・通所介護).

Users and care levels, care managers' plans, daily records, transport routes and pick-up
lists, families' contacts, bathing and meal notes, incidents (falls, infections), billing
to the 国保連 and to users, volunteers, recreation vendors, staff qualifications.

Every person, number, address, phone, e-mail address and organisation below (except the
fixed partner domains of BRIEF.md) is invented.  My Numbers and card numbers come from
build.my_number() / build.card_number() with seeds starting at 6301 (6301, 6302, …).
Other data are generated with random.Random(6301).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from build import card_number, my_number

R = random.Random(6301)
_SEED = [6301]


def next_seed() -> int:
    s = _SEED[0]
    _SEED[0] += 1
    return s


# -- invented people -------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("斎藤", "サイトウ", "Saito"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("新井", "アライ", "Arai"), ("関根", "セキネ", "Sekine"), ("粕谷", "カスヤ", "Kasuya"),
    ("強矢", "スネヤ", "Suneya"), ("四月一日", "ワタヌキ", "Watanuki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"), ("五百旗頭", "イオキベ", "Iokibe"), ("薬袋", "ミナイ", "Minai"),
    ("百目鬼", "ドウメキ", "Domeki"), ("九十九", "ツクモ", "Tsukumo"), ("十河", "ソゴウ", "Sogo"),
    ("帷子", "カタビラ", "Katabira"), ("鴨志田", "カモシダ", "Kamoshida"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("一尺八寸", "カマツカ", "Kamatsuka"), ("勅使河原", "テシガワラ", "Teshigawara"), ("栗原", "クリハラ", "Kurihara"),
    ("大塚", "オオツカ", "Otsuka"), ("内野", "ウチノ", "Uchino"), ("岩槻", "イワツキ", "Iwatsuki"),
]
GIVEN_F = [
    ("トメ", "トメ", "Tome"), ("ハル", "ハル", "Haru"), ("キヨ", "キヨ", "Kiyo"),
    ("富子", "トミコ", "Tomiko"), ("静江", "シズエ", "Shizue"), ("文子", "フミコ", "Fumiko"),
    ("千代", "チヨ", "Chiyo"), ("久子", "ヒサコ", "Hisako"), ("和子", "カズコ", "Kazuko"),
    ("節子", "セツコ", "Setsuko"), ("ヨシ江", "ヨシエ", "Yoshie"), ("タミ", "タミ", "Tami"),
    ("昌代", "マサヨ", "Masayo"), ("幸子", "サチコ", "Sachiko"), ("トシ子", "トシコ", "Toshiko"),
    ("美津", "ミツ", "Mitsu"), ("喜美子", "キミコ", "Kimiko"), ("澄江", "スミエ", "Sumie"),
]
GIVEN_M = [
    ("正雄", "マサオ", "Masao"), ("勝", "マサル", "Masaru"), ("清", "キヨシ", "Kiyoshi"),
    ("弘", "ヒロシ", "Hiroshi"), ("茂", "シゲル", "Shigeru"), ("昭二", "ショウジ", "Shoji"),
    ("武夫", "タケオ", "Takeo"), ("実", "ミノル", "Minoru"), ("義雄", "ヨシオ", "Yoshio"),
    ("与一", "ヨイチ", "Yoichi"), ("寅吉", "トラキチ", "Torakichi"), ("勲", "イサオ", "Isao"),
    ("久", "ヒサシ", "Hisashi"), ("富士夫", "フジオ", "Fujio"),
]
YOUNG_F = [
    ("美咲", "ミサキ", "Misaki"), ("由美", "ユミ", "Yumi"), ("香織", "カオリ", "Kaori"),
    ("真由美", "マユミ", "Mayumi"), ("直子", "ナオコ", "Naoko"), ("恵理", "エリ", "Eri"),
    ("さやか", "サヤカ", "Sayaka"), ("千尋", "チヒロ", "Chihiro"),
]
YOUNG_M = [
    ("健太", "ケンタ", "Kenta"), ("翔", "ショウ", "Sho"), ("大輔", "ダイスケ", "Daisuke"),
    ("拓海", "タクミ", "Takumi"), ("亮", "リョウ", "Ryo"), ("浩二", "コウジ", "Koji"),
    ("誠", "マコト", "Makoto"), ("隆之", "タカユキ", "Takayuki"),
]
GIVEN_YOUNG = YOUNG_F + YOUNG_M

PLACES = [
    ("埼玉県川越市", "350-", ["今福", "新宿町", "的場", "砂新田", "霞ケ関北", "藤間", "笠幡", "南台"], "049"),
    ("埼玉県ふじみ野市", "356-", ["上福岡", "大原", "苗間", "駒林", "福岡新田", "元福岡"], "049"),
    ("埼玉県坂戸市", "350-02", ["芦山町", "千代田", "薬師町", "八幡", "塚越"], "049"),
    ("埼玉県鶴ヶ島市", "350-22", ["脚折", "富士見", "上広谷", "五味ヶ谷"], "049"),
    ("埼玉県富士見市", "354-", ["鶴瀬東", "関沢", "羽沢", "渡戸"], "049"),
    ("埼玉県比企郡川島町", "350-01", ["大字平沼", "大字中山", "大字出丸本", "大字吹塚"], "049"),
]
KANJI_NUM = "〇一二三四五六七八九"
LEVELS = ["要支援1", "要支援2", "要介護1", "要介護1", "要介護2", "要介護2", "要介護3", "要介護4", "要介護5"]
DIAGNOSES = [
    "アルツハイマー型認知症", "脳梗塞後遺症（左片麻痺）", "2型糖尿病（インスリン自己注射）",
    "変形性膝関節症", "パーキンソン病", "慢性心不全", "高血圧症・骨粗鬆症", "慢性腎臓病（ステージ3）",
    "レビー小体型認知症", "腰部脊柱管狭窄症", "COPD（在宅酸素療法）", "右大腿骨頸部骨折術後",
    "血管性認知症", "関節リウマチ", "うつ病（通院中）", "前立腺がん術後",
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "au.com", "hotmail.co.jp"]
REL_F = ["長女", "次女", "長男の妻", "姪", "孫", "妻"]
REL_M = ["長男", "次男", "甥", "孫", "夫", "娘婿"]


def fw(s: str) -> str:
    """ASCII digits and '-' to full-width."""
    return s.translate(str.maketrans("0123456789-()", "０１２３４５６７８９－（）"))


def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - dwidth(s), 0)


def table(rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    widths = [max(dwidth(str(r[i])) for r in rows if i < len(r)) for i in range(len(rows[0]))]
    out = []
    for k, row in enumerate(rows):
        out.append((" " * gap).join(pad(str(c), widths[i]) for i, c in enumerate(row)).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)


def wareki(d: date, style: str = "long") -> str:
    if d >= date(2019, 5, 1):
        era, y0, ab = "令和", 2018, "R"
    elif d >= date(1989, 1, 8):
        era, y0, ab = "平成", 1988, "H"
    elif d >= date(1926, 12, 25):
        era, y0, ab = "昭和", 1925, "S"
    else:
        era, y0, ab = "大正", 1911, "T"
    y = d.year - y0
    if style == "short":
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == "fw":
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    return f"{era}{y}年{d.month}月{d.day}日"


def phone_land(area: str) -> str:
    if area == "03":
        return f"03-{R.randint(3900, 6999)}-{R.randint(1000, 9999)}"
    return f"049-{R.randint(220, 299)}-{R.randint(1000, 9999)}"


def phone_mobile() -> str:
    return f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"


def person(kind: str = "user") -> dict:
    sur = R.choice(SURNAMES)
    if kind == "user":
        sex = R.choice("FFFM")
        giv = R.choice(GIVEN_F if sex == "F" else GIVEN_M)
        dob = date(R.randint(1929, 1948), R.randint(1, 12), R.randint(1, 28))
    else:
        sex = R.choice("FM")
        giv = R.choice(GIVEN_YOUNG)
        dob = date(R.randint(1962, 2001), R.randint(1, 12), R.randint(1, 28))
    pref, zp, towns, area = R.choice(PLACES)
    town = R.choice(towns)
    zipc = zp + "".join(str(R.randint(0, 9)) for _ in range(8 - len(zp)))
    if len(zipc) > 8:
        zipc = zipc[:8]
    if town.startswith("大字"):
        addr = f"{pref}{town}{R.randint(100, 2999)}-{R.randint(1, 9)}"
    else:
        addr = f"{pref}{town}{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)}"
    fam_sur = sur if R.random() < 0.7 else R.choice(SURNAMES)
    fam_f = R.random() < 0.6
    fam_giv = R.choice(YOUNG_F if fam_f else YOUNG_M)
    rel = R.choice(REL_F if fam_f else REL_M)
    if rel in ("妻", "夫") and not ((rel == "妻") == (sex == "M")):
        rel = "長女" if fam_f else "長男"
    if rel in ("妻", "夫"):
        fam_sur = sur
    fam_mail_user = f"{fam_giv[2].lower()}.{fam_sur[2].lower()}{R.randint(1, 99)}"
    return {
        "sei": sur[0], "mei": giv[0], "name": f"{sur[0]} {giv[0]}", "name_nosp": sur[0] + giv[0],
        "kana": f"{sur[1]} {giv[1]}", "romaji": f"{giv[2]} {sur[2].upper()}", "sex": sex,
        "sexj": "女" if sex == "F" else "男", "dob": dob, "zip": zipc, "addr": addr,
        "city": pref, "tel": phone_land(area), "mobile": phone_mobile(),
        "level": R.choice(LEVELS), "hihoken": "".join(str(R.randint(0, 9)) for _ in range(10)),
        "dx": R.choice(DIAGNOSES),
        "fam": {"name": f"{fam_sur[0]} {fam_giv[0]}", "rel": rel,
                "mobile": phone_mobile(),
                "email": f"{fam_mail_user}@{R.choice(FREEMAIL)}"},
    }


def people(n: int, kind: str = "user") -> list[dict]:
    out, seen = [], set()
    while len(out) < n:
        p = person(kind)
        if p["name"] in seen:
            continue
        seen.add(p["name"])
        out.append(p)
    return out


def corporate_number(base12: str) -> str:
    """法人番号: check digit (first) + 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def bank_account() -> tuple[str, str, str]:
    banks = [("みどり銀行", "0561"), ("武蔵野信用金庫", "1312"), ("埼玉中央銀行", "0528"),
             ("ゆうちょ銀行", "9900"), ("川越農業協同組合", "6721")]
    b = R.choice(banks)
    branch = f"{R.randint(100, 899):03d}"
    return b[0], branch, f"{R.randint(1000000, 9999999)}"


# -- senders and signatures ------------------------------------------------------------

D = "hinode-sangyo.co.jp"
SAEKI = f"佐伯 美奈子 <saeki.m@{D}>"
NEMOTO = f"根本 拓也 <nemoto.t@{D}>"
ODAGIRI = f"小田切 恵 <odagiri.m@{D}>"
MINASE = f"水無瀬 亮 <minase.r@{D}>"
YAHAGI = f"矢作 久美 <yahagi.k@{D}>"
SAMEJIMA = f"鮫島 智 <samejima.s@{D}>"
IJUIN = f"伊集院 健 <ijuin.k@{D}>"
KURUSU = f"来栖 さおり <kurusu.s@{D}>"

SIG_SAEKI = """--
日の出産業株式会社 介護事業部
日の出デイサービス川越的場 生活相談員
佐伯 美奈子（さえき みなこ）
〒350-1101 埼玉県川越市的場2-8-1
TEL 049-231-5507 / FAX 049-231-5508
saeki.m@hinode-sangyo.co.jp"""

SIG_NEMOTO = """━━━━━━━━━━━━━━━━━━
日の出デイサービス ふじみ野
送迎担当 根本 拓也
TEL：049-262-3380（事業所代表）
━━━━━━━━━━━━━━━━━━"""

SIG_ODAGIRI = """------------------------------
日の出産業株式会社
日の出デイサービス川越的場 看護職員
小田切 恵
TEL 049-231-5507（代表）
------------------------------"""

SIG_MINASE = """=====================================
日の出産業株式会社 介護事業部
日の出デイサービス川越的場 管理者
水無瀬 亮 Ryo Minase
〒350-1101 埼玉県川越市的場2-8-1
TEL 049-231-5507  FAX 049-231-5508
https://www.hinode-sangyo.co.jp/care/
====================================="""

SIG_YAHAGI = """日の出産業株式会社 管理本部 経理課（介護事業担当）
矢作 久美
〒350-0043 埼玉県川越市新富町1-22-3 日の出ビル4F
TEL 049-224-8101（直通）"""

SIG_SAMEJIMA = """────────────────
日の出産業株式会社
管理本部 総務人事課 鮫島 智
TEL 049-224-8100 内線 215
────────────────"""

SIG_IJUIN = """伊集院 健（機能訓練指導員／理学療法士）
日の出デイサービス坂戸 リハビリ特化型
TEL 049-283-6611"""

SIG_KURUSU = """***********************************
日の出デイサービス鶴ヶ島
管理者代理・生活相談員 来栖 さおり
TEL 049-271-0932 FAX 049-271-0933
***********************************"""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information. If you
are not the intended recipient, please notify the sender and delete this e-mail."""

MESSAGES: list[dict] = []


def add(mid: int, expect: str, entities: list[str], detectors: list[str], note: str,
        **kw) -> None:
    m = {"id": f"dayservice-{mid:03d}", "expect": expect, "entities": entities,
         "detectors": detectors, "note": note, "charset": "utf-8", "to": [], "cc": [],
         "bcc": []}
    m.update(kw)
    MESSAGES.append(m)

# ======================================================================================
# 001 — pick-up list (space-padded table) to the outsourced transport partner
_p = people(8)
_rows = [["便", "時刻", "氏名", "住所", "電話"]]
for i, p in enumerate(_p):
    _rows.append([f"{1 + i // 4}号車", f"8:{15 + 5 * i:02d}", p["name"], p["addr"], p["tel"]])
add(1, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "8 users' names, home addresses and phones (pick-up list) to an external transport firm",
    charset="iso-2022-jp", sender=NEMOTO,
    to=["青葉運輸 配車センター 島田様 <haisha@aoba-unyu.co.jp>"],
    cc=[f"ふじみ野 事務 <fujimino-office@{D}>"],
    subject="【送迎委託】来週月曜 ふじみ野 迎え便リスト",
    body=f"""青葉運輸株式会社
配車センター 島田様

いつもお世話になっております。日の出デイサービスふじみ野の根本です。
来週月曜日の迎え便について、委託分（1号車・2号車）のリストをお送りします。
新規の方が1名（2号車の最後）いらっしゃいますので、初回は玄関先までお声がけをお願いします。

{table(_rows)}

※到着が10分以上遅れる場合は事業所代表までご連絡ください。
よろしくお願いいたします。

{SIG_NEMOTO}
""")

# 002 — internal route change for drivers: 12 users, all internal
_p = people(12)
_lines = []
for i, p in enumerate(_p):
    _lines.append(f"{i + 1:>2}. {p['name']}（{p['kana']}）\t{p['addr']}\t{p['tel']}")
add(2, "pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], [],
    "12 users' pick-up addresses, but every recipient is internal",
    charset="cp932", sender=NEMOTO,
    to=[f"送迎ドライバー各位 <drivers-fujimino@{D}>"],
    cc=[f"水無瀬 亮 <minase.r@{D}>"],
    subject="4月からの送り便ルート変更（ふじみ野）",
    body=f"""ドライバーの皆さん

お疲れさまです。根本です。
4月1日（火）から送り便Bルートの順番を下記に変更します。
苗間方面の道路工事のため、駒林経由に切り替えます。

{chr(10).join(_lines)}

ルート図は事務所のホワイトボードに貼っておきます。
不明点は朝礼で聞いてください。

根本
""")

# 003 — one user's condition change (diagnosis) to the external care manager
_u = person()
add(3, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one identified user's suspected stroke recurrence and hospitalisation sent to an external care manager",
    charset="iso-2022-jp", sender=SAEKI,
    to=["ケアプランひだまり 介護支援専門員 宇佐美様 <usami@kyotaku-hidamari.jp>"],
    subject=f"{_u['sei']}様 本日のご様子について（ご報告）",
    body=f"""ケアプランひだまり
宇佐美様

いつも大変お世話になっております。日の出デイサービス川越的場の佐伯です。

本日ご利用の {_u['name']} 様（{_u['level']}）について取り急ぎご報告です。
昼食後に右手の脱力と呂律の回りにくさがあり、看護職員が確認したところ
血圧 186/102 でした。既往に脳梗塞がおありのため再発の疑いとして
ご家族（{_u['fam']['rel']}様）に連絡のうえ、14時過ぎに救急搬送となりました。

搬送先は川越中央総合病院です。入院の見込みと伺っております。
明後日以降のご利用はいったんお休みとさせていただきます。
サービス担当者会議の日程など、追ってご相談させてください。

{SIG_SAEKI}
""")

# 004 — meal counts to the food partner (totals only)
add(4, "pass", [], [],
    "meal order to a partner with totals per diet form only; no person's data",
    charset="cp932", sender=ODAGIRI,
    to=["北国フーズ 受注センター <order@kitaguni-foods.co.jp>"],
    subject="【発注】川越的場 3/10〜3/15 昼食数",
    body="""北国フーズ株式会社 受注センター御中

いつもお世話になっております。日の出デイサービス川越的場です。
下記のとおり昼食を発注いたします。

　日付　　常食　刻み食　ミキサー食　おかゆ
　3/10　　 18　　　4　　　　2　　　　3
　3/11　　 21　　　3　　　　2　　　　2
　3/12　　 17　　　4　　　　1　　　　3
　3/13　　 22　　　5　　　　2　　　　2
　3/14　　 19　　　4　　　　2　　　　3
　3/15　　 12　　　2　　　　1　　　　1

3/14はひな祭りの振替行事のため、デザートを「桜もち」に差し替え希望です。
（単価の変更があればお知らせください）

日の出デイサービス川越的場
看護職員 小田切
TEL 049-231-5507
""")

# 005 — look-alike of the food partner (letter dropped), harmless content
add(5, "stop", [], ["lookalike_domain"],
    "recipient domain kitaguni-food.co.jp drops a letter from partner kitaguni-foods.co.jp",
    charset="utf-8", sender=KURUSU,
    to=["北国フーズ 営業 丸岡様 <maruoka@kitaguni-food.co.jp>"],
    subject="Re: 4月の行事食メニュー案",
    body=f"""北国フーズ 丸岡様

お世話になっております。鶴ヶ島の来栖です。
行事食メニュー案、ありがとうございました。
4/8の花見御膳はAパターン（ちらし寿司・菜の花のおひたし）でお願いします。
4/29の昭和の日は「なつかしの給食」案が利用者さんに受けそうなので、ぜひ。

正式な発注は月末に受注センター宛てにお送りします。

{SIG_KURUSU}

> 来栖様
> 4月の行事食メニュー案を添付いたします。ご検討ください。
> 北国フーズ 丸岡
""")

# 006 — reply to family (free mail); the family's own health remark is only quoted
_u = person()
add(6, "pass", [], ["freemail_recipient"],
    "reply to one family member on free mail; the health remark is only in the quoted text",
    charset="iso-2022-jp", sender=SAEKI,
    to=[f"{_u['fam']['name']} <{_u['fam']['email']}>"],
    subject="Re: 年末年始のお休みについて",
    body=f"""{_u['fam']['name']} 様

ご連絡ありがとうございます。日の出デイサービス川越的場の佐伯です。

年末年始は 12月30日（火）〜1月3日（土）がお休みで、
1月5日（月）から通常どおり営業いたします。
年明け最初のご利用は1月6日（火）でお取りしておりますので、
変更がございましたらお電話でも結構ですのでお知らせください。

寒い日が続きますので、どうぞご自愛ください。

{SIG_SAEKI}

-----Original Message-----
差出人: {_u['fam']['name']} <{_u['fam']['email']}>
送信日時: 2025年12月18日 21:04
宛先: 佐伯 美奈子
件名: 年末年始のお休みについて

いつも母がお世話になっております。
年末年始のお休みの期間を教えてください。
最近、母の血圧が高めで、かかりつけ医から降圧剤を増やされました。
入浴の際はご注意いただけると助かります。
""")

# 007 — fall with fracture reported to the family on a carrier address
_u = person()
add(7, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "an identified user's fall and hip-fracture diagnosis sent to a family member's carrier address",
    charset="iso-2022-jp", sender=MINASE,
    to=[f"{_u['fam']['email'].split('@')[0]}@docomo.ne.jp"],
    subject="本日の事故についてのご報告",
    body=f"""{_u['fam']['name']} 様

日の出デイサービス川越的場 管理者の水無瀬でございます。
本日はお電話にて失礼いたしました。改めて経過をご報告いたします。

■ご利用者　{_u['name']} 様
■発生日時　令和7年11月12日（水）10時40分頃
■場所　　　機能訓練室（平行棒付近）
■状況　　　歩行訓練の休憩中、椅子から立ち上がろうとされた際にバランスを崩し、
　　　　　　右側へ転倒されました。職員が2m程離れた位置におり、支えが間に合いませんでした。
■受診結果　川越記念病院 整形外科にて「右大腿骨頸部骨折」との診断。
　　　　　　明日手術の予定で、そのまま入院となっております。

見守りが不十分であったことを深くお詫び申し上げます。
再発防止策をまとめ、改めて書面でお届けいたします。
保険会社への手続きも当方で進めてまいります。

{SIG_MINASE}
""")

# 008 — infection notice to families with everyone in To
_fams = [p["fam"]["email"] for p in people(6)]
add(8, "stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "six private family addresses put in To (should be Bcc); no personal data in the text",
    charset="cp932", sender=ODAGIRI,
    to=_fams,
    subject="【ご家族様へ】インフルエンザ発生のお知らせ",
    body="""ご家族様各位

いつも日の出デイサービス川越的場をご利用いただきありがとうございます。
本日までに、ご利用者様3名・職員1名のインフルエンザ感染が確認されました。

当面の対応
・送迎車乗車前の検温を徹底します（37.5℃以上はご利用をお控えください）
・レクリエーションは少人数に分けて実施します
・面会・見学は2週間ほど中止いたします

ご自宅で発熱・咳などの症状がある場合は、当日朝8時までにご連絡ください。
ご不便をおかけしますが、ご理解とご協力をお願いいたします。

日の出デイサービス川越的場
看護職員 小田切
TEL 049-231-5507
""")

# 009 — 国保連 claim data (CSV) to an outside billing agent
_p = people(24)
_csv = [["事業所番号", "サービス提供年月", "被保険者番号", "氏名", "フリガナ", "生年月日", "性別",
         "要介護状態区分", "単位数", "利用者負担"]]
for p in _p:
    units = R.randint(3, 14) * R.choice([658, 776, 902, 1028])
    _csv.append(["1172104385", "202510", p["hihoken"], p["name"], p["kana"],
                 p["dob"].strftime("%Y/%m/%d"), p["sexj"], p["level"], str(units),
                 str(units * 1072 // 10000)])
add(9, "stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"], ["personal_data"],
    "24 users' 介護保険被保険者番号, names and birth dates (claim data) to an external billing agent",
    charset="cp932", sender=YAHAGI,
    to=["介護請求サポート 入力センター <nyuryoku@kaigo-seikyu.co.jp>"],
    subject="10月提供分 請求データ送付（川越的場）",
    body=f"""介護請求サポート株式会社
入力センター ご担当者様

お世話になっております。日の出産業 経理課の矢作です。
10月サービス提供分の請求データ（川越的場）をCSVにてお送りします。
国保連への伝送は11月10日締めでお願いいたします。

・件数：24件
・区分変更申請中の方が2名おりますので、暫定で前区分にて作成しています

確認事項があればご連絡ください。

{SIG_YAHAGI}
""",
    attachments=[{"kind": "csv", "name": "kawagoe_matoba_202510_claim.csv", "rows": _csv}])

# 010 — direct-debit request data (XLSX) to the partner bank
_p = people(15)
_rows = [["令和7年11月分 ご利用料 口座振替依頼データ"], [],
         ["No", "契約者名（カナ）", "金融機関", "支店番号", "種目", "口座番号", "口座名義", "振替金額"]]
for i, p in enumerate(_p):
    b, br, acc = bank_account()
    _rows.append([i + 1, p["kana"], b, br, "普通", acc, p["kana"].replace(" ", "　"),
                  R.randint(40, 320) * 100])
add(10, "stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "15 users' bank account numbers and names to the (external) partner bank",
    charset="iso-2022-jp", sender=YAHAGI,
    to=["みどり銀行 川越支店 法人営業 <kawagoe-houjin@midori-ginko.co.jp>"],
    subject="口座振替依頼データ（11月分）の送付",
    body=f"""みどり銀行 川越支店
法人営業ご担当者様

いつもお世話になっております。日の出産業の矢作です。
11月分ご利用料の口座振替依頼データを添付いたします。
振替日は12月26日でお願いいたします。

{SIG_YAHAGI}
""",
    attachments=[{"kind": "xlsx", "name": "口座振替依頼_202511.xlsx", "sheets": {"振替依頼": _rows}}])

# 011 — bank: schedule change only, with disclaimer
add(11, "pass", [], [],
    "business mail to the partner bank about a schedule; only a standard disclaimer",
    charset="cp932", sender=YAHAGI,
    to=["みどり銀行 川越支店 法人営業 <kawagoe-houjin@midori-ginko.co.jp>"],
    subject="年末の口座振替日について（ご相談）",
    body=f"""みどり銀行 川越支店
法人営業ご担当者様

いつもお世話になっております。日の出産業の矢作です。

12月の口座振替日（26日）が年末の休業と近いため、
データ提出の締切を12月12日から12月10日に前倒ししたいと考えております。
貴行側の処理日程に問題がないかご確認いただけますでしょうか。

また、来年度から振替手数料の改定があると伺いましたので、
新しい料金表をお送りいただけると助かります。

よろしくお願いいたします。

{SIG_YAHAGI}

{DISCLAIMER_JA}
""")

# 012 — encrypted ZIP (PPAP) of the user register to a care management office
_p = people(9)
_reg = [["氏名", "生年月日", "要介護度", "住所", "電話"]] + [
    [p["name"], wareki(p["dob"]), p["level"], p["addr"], p["tel"]] for p in _p]
add(12, "stop", [], ["unscannable_attachment"],
    "password-protected ZIP cannot be inspected",
    charset="iso-2022-jp", sender=KURUSU,
    to=["ケアセンターこぶし 居宅介護支援 <kyotaku@care-kobushi.co.jp>"],
    subject="ご利用者一覧（貴事業所ご担当分）",
    body=f"""ケアセンターこぶし
居宅介護支援事業所 御中

お世話になっております。日の出デイサービス鶴ヶ島の来栖です。
ご依頼のありました、貴事業所ご担当のご利用者一覧をお送りします。
ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。

{SIG_KURUSU}
""",
    attachments=[{"kind": "zip", "name": "riyousha_ichiran.zip", "password": "Tsuru2025!",
                  "files": [{"kind": "xlsx", "name": "利用者一覧.xlsx", "sheets": {"一覧": _reg}}]}])

# 013 — the separate password mail: nothing but a password
add(13, "pass", [], [],
    "password notice of a previous mail: no data, no attachment",
    charset="iso-2022-jp", sender=KURUSU,
    to=["ケアセンターこぶし 居宅介護支援 <kyotaku@care-kobushi.co.jp>"],
    subject="パスワードのお知らせ",
    body="""ケアセンターこぶし
居宅介護支援事業所 御中

先ほどお送りしたファイルのパスワードをお知らせします。

　Tsuru2025!

日の出デイサービス鶴ヶ島 来栖
""")

# 014 — corrupt XLSX sent to a care manager
add(14, "stop", [], ["unscannable_attachment"],
    "attachment is a damaged .xlsx that cannot be read",
    charset="utf-8", sender=SAEKI,
    to=["ケアプランひだまり 宇佐美様 <usami@kyotaku-hidamari.jp>"],
    subject="10月分 サービス提供実績",
    body=f"""宇佐美様

お世話になっております。川越的場の佐伯です。
10月分の提供実績をお送りします。ご確認をお願いいたします。

{SIG_SAEKI}
""",
    attachments=[{"kind": "corrupt", "name": "jisseki_202510_hidamari.xlsx"}])

# 015 — 社外秘 business plan (DOCX) to an outside consultant
add(15, "stop", [], ["confidential_marking"],
    "DOCX stamped 社外秘 in its header sent to an external consultant",
    charset="cp932", sender=MINASE,
    to=["介護経営コンサルティング 榊原様 <sakakibara@kaigo-consul.co.jp>"],
    subject="新拠点（坂戸第二）開設計画のたたき台",
    body=f"""介護経営コンサルティング株式会社
榊原様

お世話になっております。日の出産業 介護事業部の水無瀬です。
先日お打合せした坂戸第二の開設計画について、社内のたたき台を添付します。
定員・人員配置・収支見込みについてご意見をいただければ幸いです。

{SIG_MINASE}
""",
    attachments=[{"kind": "docx", "name": "坂戸第二_開設計画_v0.3.docx",
                  "page_header": "社外秘", "title": "坂戸第二デイサービス 開設計画（案）",
                  "paragraphs": ["坂戸第二デイサービス 開設計画（案）",
                                 "1. 目的：坂戸市北部の待機ニーズ（推計40名）への対応",
                                 "2. 定員：30名（うち短時間リハビリ枠10名）",
                                 "3. 開設時期：令和8年10月",
                                 "4. 人員配置：管理者1、生活相談員2、看護職員2、介護職員8、機能訓練指導員1"],
                  "tables": [[["項目", "初年度", "2年度"], ["売上", "8,400万円", "1億1,200万円"],
                              ["人件費", "5,900万円", "6,300万円"], ["営業利益", "▲600万円", "1,150万円"]]]}])

# 016 — same kind of marking, but internal only
add(16, "pass", [], [],
    "社外秘-marked staffing plan sent only to internal addresses",
    charset="cp932", sender=MINASE,
    to=[f"介護事業部 管理者会 <kanrisha-kai@{D}>"],
    cc=[f"鮫島 智 <samejima.s@{D}>"],
    subject="【社外秘】来年度 人員計画（各事業所）",
    body="""管理者各位

お疲れさまです。水無瀬です。
来年度の人員計画（案）を共有します。社外秘扱いでお願いします。

　事業所　　　　　介護職　看護　相談員　増減
　川越的場　　　　　９　　　２　　２　　±0
　ふじみ野　　　　　８　　　２　　１　　+1
　坂戸　　　　　　　６　　　１　　１　　±0
　鶴ヶ島　　　　　　７　　　２　　１　　-1

次回管理者会（第2木曜）で確定させます。

水無瀬
""")

# 017 — staff qualification list with birth dates to the city (指定更新)
_s = people(7, "staff")
_quals = ["介護福祉士", "介護福祉士", "看護師", "社会福祉士", "介護福祉士", "理学療法士", "准看護師"]
_docrows = [["職種", "氏名", "フリガナ", "生年月日", "資格", "登録番号", "常勤/非常勤"]]
for s, q in zip(_s, _quals):
    job = {"看護師": "看護職員", "准看護師": "看護職員", "社会福祉士": "生活相談員",
           "理学療法士": "機能訓練指導員"}.get(q, "介護職員")
    _docrows.append([job, s["name"], s["kana"], wareki(s["dob"]), q, f"第{R.randint(100000, 999999)}号",
                     R.choice(["常勤", "常勤", "非常勤"])])
add(17, "stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "seven staff members' names, birth dates and licence numbers in a DOCX to the city office",
    charset="iso-2022-jp", sender=SAMEJIMA,
    to=["朝霧市 福祉部 介護保険課 指導係 <kaigo-shidou@city.asagiri.lg.jp>"],
    subject="指定更新申請に係る従業者一覧の提出について（日の出デイサービス坂戸）",
    body=f"""朝霧市 福祉部 介護保険課
指導係 ご担当者様

いつもお世話になっております。
日の出産業株式会社 総務人事課の鮫島でございます。

日の出デイサービス坂戸の指定更新申請につきまして、
従業者の勤務体制及び勤務形態一覧表とあわせ、従業者一覧（資格証写しの番号を含む）を
添付にてお送りいたします。原本は郵送にて別途お送りします。

ご確認のほど、よろしくお願い申し上げます。

{SIG_SAMEJIMA}
""",
    attachments=[{"kind": "docx", "name": "従業者一覧_坂戸.docx",
                  "paragraphs": ["従業者一覧（令和7年10月1日現在）", "事業所名：日の出デイサービス坂戸",
                                 "事業所番号：1172300917"],
                  "tables": [_docrows]}])

# 018 — staff qualifications, internal
_s = people(9, "staff")
_lines = "\n".join(f"・{s['name']}　{R.choice(['介護福祉士', '初任者研修', '実務者研修', '看護師'])}"
                   f"　取得 {wareki(date(R.randint(2005, 2024), R.randint(1, 12), 1)).rsplit('月', 1)[0]}月"
                   f"　生年月日 {wareki(s['dob'], 'short')}"
                   for s in _s)
add(18, "pass", ["PERSON_NAME", "DATE_OF_BIRTH"], [],
    "staff qualification and birth-date list sent only inside the company",
    charset="cp932", sender=KURUSU,
    to=[f"総務人事課 <soumu-jinji@{D}>"],
    subject="鶴ヶ島 職員資格一覧（処遇改善加算の確認用）",
    body=f"""総務人事課 ご担当者様

お疲れさまです。鶴ヶ島の来栖です。
処遇改善加算の実績報告用に、鶴ヶ島の職員資格一覧をお送りします。

{_lines}

実務者研修修了予定者が1名（来年2月）います。
資格証の写しは社内便で送りました。

来栖
""")

# 019 — a new employee's My Number to the labour consultant
_s = person("staff")
_mn = my_number(next_seed())
add(19, "stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "a new care worker's 個人番号 with name, birth date and address to an outside 社労士",
    charset="iso-2022-jp", sender=SAMEJIMA,
    to=["やまぶき社会保険労務士事務所 <info@sr-yamabuki.jp>"],
    subject="資格取得届の件（11月入社 1名）",
    body=f"""やまぶき社会保険労務士事務所
ご担当者様

いつもお世話になっております。日の出産業 総務人事課の鮫島です。
11月1日付入社の介護職員1名について、社会保険・雇用保険の資格取得手続きをお願いします。

氏名　　　：{_s['name']}（{_s['kana']}）
生年月日　：{wareki(_s['dob'])}
住所　　　：〒{_s['zip']} {_s['addr']}
個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
配属　　　：日の出デイサービスふじみ野（常勤）
月額報酬　：238,000円

扶養家族はおりません。

{SIG_SAMEJIMA}
""")

# 020 — volunteer roster (one record per block) to the social welfare council
_v = people(9, "staff")
_blocks = []
for i, v in enumerate(_v):
    _blocks.append(f"【{i + 1}】{v['name']}（{v['kana']}）\n"
                   f"　　住所：{v['addr']}\n　　携帯：{v['mobile']}\n"
                   f"　　活動：{R.choice(['お茶出し・話し相手', '囲碁将棋の相手', '書道レク補助', '歌の伴奏（ピアノ）', '配膳補助'])}"
                   f"（{R.choice(['毎週火曜', '第1・3木曜', '毎週金曜午後', '月1回'])}）")
add(20, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "nine volunteers' addresses and mobile numbers (one block each) to the external 社会福祉協議会",
    charset="cp932", sender=SAEKI,
    to=["朝霧市社会福祉協議会 ボランティアセンター <vc@asagiri-shakyo.or.jp>"],
    subject="ボランティア活動保険の加入者名簿",
    body=f"""朝霧市社会福祉協議会
ボランティアセンター ご担当者様

いつもお世話になっております。日の出デイサービス川越的場の佐伯です。
当事業所で活動いただいているボランティアさんのうち、
来年度のボランティア活動保険に加入される方の名簿をお送りします。

{chr(10).join(_blocks)}

保険料は一括で振り込みます。振込先をお知らせください。

{SIG_SAEKI}
""")

# 021 — volunteer recruiting flyer (no personal data)
add(21, "pass", [], [],
    "volunteer recruitment announcement to the 社協; no personal data",
    charset="utf-8", sender=SAEKI,
    to=["朝霧市社会福祉協議会 ボランティアセンター <vc@asagiri-shakyo.or.jp>"],
    subject="ボランティア募集チラシ掲示のお願い",
    body=f"""朝霧市社会福祉協議会
ボランティアセンター ご担当者様

お世話になっております。日の出デイサービス川越的場の佐伯です。
下記のとおりボランティアを募集しております。センターの掲示板への掲示と、
登録者の方へのご案内をお願いできますでしょうか。

　・活動内容：レクリエーション補助、お茶出し、傾聴、特技披露（楽器・手品など）
　・活動日　：月〜土の10:00〜15:00のうち、ご都合のよい時間
　・場所　　：日の出デイサービス川越的場（東武東上線 霞ケ関駅から徒歩12分）
　・交通費　：1回500円支給
　・応募方法：事業所へお電話ください（049-231-5507 担当 佐伯）

チラシのPDFを添付します（A4・カラー）。

{SIG_SAEKI}
""",
    attachments=[{"kind": "pdf", "name": "volunteer_boshu_2026.pdf",
                  "lines": ["ボランティアさん大募集！", "日の出デイサービス川越的場",
                            "あなたの「得意」を、おじいちゃん・おばあちゃんの笑顔に。",
                            "活動日：月〜土 10:00〜15:00（1時間からOK）", "お問い合わせ：049-231-5507（佐伯）"]}])

# 022 — cooking-event vendor receives users' swallowing problems and allergies
_p = people(6)
_conds = ["嚥下障害あり（とろみ中）", "糖尿病のため糖質制限", "そばアレルギー", "嚥下障害あり（ミキサー食）",
          "甲殻類アレルギー・高血圧", "義歯・嚥下やや不良"]
_lines = "\n".join(f"・{p['name']}様（{p['sexj']}・{R.randint(78, 96)}歳）… {c}" for p, c in zip(_p, _conds))
add(22, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "six named users with dysphagia, diabetes and allergies sent to an external recreation vendor",
    charset="iso-2022-jp", sender=KURUSU,
    to=["えがおレクリエーション 出張料理教室係 <cooking@egao-rec.jp>"],
    subject="12/6 出張おやつ作り 参加者の注意事項",
    body=f"""えがおレクリエーション
出張料理教室係 ご担当者様

いつもお世話になっております。日の出デイサービス鶴ヶ島の来栖です。
12月6日（土）の「みんなでおやつ作り（どら焼き）」について、
参加予定のうち食事面で配慮が必要な方をお知らせします。

{_lines}

上記の方には、生地を小さめに焼く・あんを別添えにする等のご配慮をお願いします。
当日の参加は全体で14名の予定です。

{SIG_KURUSU}
""")

# 023 — booking a magic show; the vendor's own contact only
add(23, "pass", [], [],
    "booking a recreation act; only the performer's business contact appears",
    charset="cp932", sender=KURUSU,
    to=["マジック星野 事務所 <booking@magic-hoshino.com>"],
    subject="Re: 1月のマジックショーのご依頼",
    body=f"""マジック星野 事務所
星野様

ご返信ありがとうございます。日の出デイサービス鶴ヶ島の来栖です。
それでは 1月17日（土）14:00〜14:45 でお願いいたします。

・会場：1階 ホール（利用者様 約25名、車椅子の方もいらっしゃいます）
・出演料：33,000円（税込）、交通費込みで承知しました
・駐車場：事業所裏に1台分ご用意します
・当日の連絡先：来栖の携帯ではなく事業所代表（049-271-0932）へお願いします

お見積書番号 MH-2025-1188 で発注書をお送りします。

{SIG_KURUSU}

> 来栖様
> お問い合わせありがとうございます。1月17日・24日ともに午後でしたら伺えます。
> 出演料は交通費込み33,000円です。
> マジック星野 事務所 星野 090-3381-7720
""")

# 024 — therapeutic-diet list per user (XLSX, two sheets) to the meal partner
_p = people(7)
_diets = ["糖尿病食 1400kcal", "腎臓病食 たんぱく40g", "減塩食 6g未満", "糖尿病食 1600kcal",
          "嚥下調整食 2-1", "肝臓病食", "腎臓病食 たんぱく50g・カリウム制限"]
_sheet1 = [["日の出デイサービスふじみ野　個別治療食指示一覧（令和7年12月）"], [],
           ["No", "氏名", "利用曜日", "食種", "病名・理由", "備考"]]
for i, (p, d) in enumerate(zip(_p, _diets)):
    reason = {"糖": "2型糖尿病", "腎": "慢性腎臓病", "減": "高血圧症", "嚥": "脳梗塞後の嚥下障害",
              "肝": "C型肝炎後の肝硬変"}[d[0]]
    _sheet1.append([i + 1, p["name"], R.choice(["月・木", "火・金", "水・土", "月・水・金"]), d, reason,
                    R.choice(["", "主食半量", "牛乳不可", "汁物とろみ"])])
_sheet2 = [["食種", "12月単価（円）"], ["常食", 620], ["治療食", 720], ["嚥下調整食", 760]]
add(24, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "seven named users with their diseases (diabetes, kidney disease, cirrhosis) in an XLSX to the meal partner",
    charset="utf-8", sender=NEMOTO,
    to=["北国フーズ 栄養管理室 <eiyou@kitaguni-foods.co.jp>"],
    subject="12月 治療食の個別指示について",
    body=f"""北国フーズ株式会社
栄養管理室 管理栄養士 ご担当者様

いつもお世話になっております。日の出デイサービスふじみ野です。
12月からの個別治療食の対象者一覧をお送りします。
新たに腎臓病食の方が1名増えています（No.7）。

{SIG_NEMOTO}
""",
    attachments=[{"kind": "xlsx", "name": "治療食指示_ふじみ野_202512.xlsx",
                  "sheets": {"個別指示": _sheet1, "単価": _sheet2}}])

# 025 — HTML-only pick-up table to a taxi company
_p = people(6)
_tr = "\n".join(
    f"<tr><td>{t}</td><td>{p['name']}</td><td>{p['addr']}</td><td>{p['tel']}</td><td>{n}</td></tr>"
    for p, t, n in zip(_p, ["8:20", "8:32", "8:45", "8:55", "9:05", "9:12"],
                       ["門の前でお待ちです", "インターホン故障、電話してから", "", "2階から階段介助", "", "犬がいます"]))
add(25, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "HTML-only mail with six users' home addresses and phones to an external taxi company",
    charset="utf-8", sender=IJUIN,
    to=["くも交通 介護タクシー配車係 <kaigo-haisha@kumo-taxi.co.jp>"],
    subject="【坂戸】12/2 臨時送迎のお願い（車両故障のため）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>くも交通株式会社<br>介護タクシー配車係 ご担当者様</p>
<p>いつもお世話になっております。日の出デイサービス坂戸の伊集院です。<br>
送迎車1台が車検整備から戻らず、12月2日（火）の朝の迎えを6名分お願いしたく存じます。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>迎え時刻</th><th>お名前</th><th>ご住所</th><th>電話</th><th>備考</th></tr>
{_tr}
</table>
<p>到着先：日の出デイサービス坂戸（坂戸市千代田3-11-6）<br>
料金は月末締めで当社宛てにご請求ください。</p>
<p>伊集院 健（機能訓練指導員）<br>日の出デイサービス坂戸 TEL 049-283-6611</p>
</body></html>""")

# 026 — emergency contacts of six users to a stand-in driver's Gmail
_p = people(6)
_lines = "\n".join(f"{p['name']}様, {p['fam']['name']}（{p['fam']['rel']}）, {p['fam']['mobile']}, {p['addr']}"
                   for p in _p)
add(26, "stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data", "freemail_recipient"],
    "six users' addresses and their families' mobile numbers to a stand-in driver's Gmail",
    charset="utf-8", sender=NEMOTO,
    to=["maeda.kouhei.drive@gmail.com"],
    subject="明日の代走分　連絡先です",
    body=f"""前田さん

明日は急な代走を引き受けていただき助かります。根本です。
明日のCルート（送り）の方と、何かあったときのご家族の連絡先を送っておきます。
紙のリストは車のダッシュボードに入れておきます。

利用者, 緊急連絡先, 電話, 住所
{_lines}

鍵の受け渡しがある方はいません。
到着したら事業所に一報ください。

根本
""")

# 027 — a family's credit card number forwarded to the payment company
_u = person()
_cc = card_number(next_seed())
add(27, "stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a family member's full credit card number sent to an external payment agency",
    charset="iso-2022-jp", sender=YAHAGI,
    to=["スマイルペイ 加盟店サポート <merchant-support@smile-pay.co.jp>"],
    subject="カード継続課金の登録依頼（自費サービス分）",
    body=f"""スマイルペイ株式会社
加盟店サポート ご担当者様

加盟店番号 SP-448120 の日の出産業株式会社です。
自費サービス（延長・休日利用）の月額料金について、ご家族様よりカード払いのお申し出があり、
お電話で伺った内容で継続課金の登録をお願いいたします。

カード名義：{_u['fam']['name']}（ご利用者 {_u['name']} 様の{_u['fam']['rel']}）
カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
有効期限　：{R.randint(1, 12):02d}/{R.randint(27, 30)}
課金開始　：令和8年1月分から

よろしくお願いいたします。

{SIG_YAHAGI}
""")

# 028 — one user's 後期高齢者医療 insurance number to a clinic
_u = person()
add(28, "stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"], ["personal_data"],
    "a user's 後期高齢者医療被保険者証 number and birth date sent to an outside clinic",
    charset="cp932", sender=ODAGIRI,
    to=["おおはら内科クリニック 受付 <uketsuke@ohara-naika.jp>"],
    subject="明日の受診同行について",
    body=f"""おおはら内科クリニック 受付ご担当者様

お世話になっております。日の出デイサービス川越的場 看護職員の小田切です。
明日10時の予約について、ご家族のご依頼で当方職員が同行いたします。
保険証は持参しますが、事前登録のため情報をお送りします。

　氏名　　　　：{_u['name']}（{_u['kana']}）
　生年月日　　：{wareki(_u['dob'])}
　保険者番号　：39{R.randint(110000, 119999)}
　被保険者番号：{R.randint(10000000, 99999999)}
　（後期高齢者医療被保険者証　負担割合1割）

{SIG_ODAGIRI}
""")

# 029 — drivers' licence numbers of five staff to the transport partner (insurance rider)
_s = people(5, "staff")
_lines = "\n".join(f"{s['name']}\t{wareki(s['dob'], 'short')}\t{R.randint(30, 63):02d}{R.randint(0, 9999999999):010d}"
                   f"\t{R.choice(['ブルー', 'ゴールド', 'グリーン'])}" for s in _s)
add(29, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], ["personal_data"],
    "five drivers' licence numbers and birth dates to the external transport partner",
    charset="utf-8", sender=NEMOTO,
    to=["青葉運輸 車両管理課 <sharyo@aoba-unyu.co.jp>"],
    subject="運転者追加（リース車両の保険）",
    body=f"""青葉運輸株式会社 車両管理課 御中

お世話になっております。日の出デイサービスふじみ野の根本です。
リースしていただいているハイエース2台について、運転者限定の追加をお願いします。

氏名\t生年月日\t免許証番号\t色
{_lines}

保険会社への届出が済みましたらご一報ください。

{SIG_NEMOTO}
""")

# 030 — three care-management offices in To
add(30, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three external care-management offices put together in To; should have been Bcc",
    charset="iso-2022-jp", sender=IJUIN,
    to=["ケアプランひだまり <info@kyotaku-hidamari.jp>",
        "ケアセンターこぶし <kyotaku@care-kobushi.co.jp>",
        "あゆみ居宅介護支援事業所 <ayumi@ayumi-kaigo.or.jp>"],
    subject="リハビリ特化型デイ 見学会のご案内（12/13）",
    body=f"""居宅介護支援事業所 ケアマネジャー各位

いつも大変お世話になっております。日の出デイサービス坂戸の伊集院です。
この度、機能訓練室を改装し、パワーリハ機器を2台増設いたしました。
つきましては、ケアマネジャーの皆さまを対象に見学会を開催いたします。

日時：12月13日（土）13:30〜15:00
内容：個別機能訓練の流れ／新機器の体験／空き状況のご説明
申込：12月10日までに本メールへご返信ください

ご多用中とは存じますが、ぜひお立ち寄りください。

{SIG_IJUIN}
""")

# 031 — care manager + equipment vendor (two organisations) about a meeting date
add(31, "pass", [], ["multiple_external_domains"],
    "normal three-way scheduling mail with two external organisations; a user's name only",
    charset="cp932", sender=SAEKI,
    to=["ケアプランひだまり 宇佐美様 <usami@kyotaku-hidamari.jp>"],
    cc=["ともフクシ 福祉用具専門相談員 野々村様 <nonomura@fukushi-tomo.co.jp>"],
    subject="Re: サービス担当者会議の日程",
    body=f"""宇佐美様
（cc：ともフクシ 野々村様）

お世話になっております。佐伯です。
九十九様の担当者会議、11月20日（木）15:00〜 ご自宅にて承知しました。
当方からは佐伯と機能訓練担当の2名で伺います。
野々村様、手すりのカタログをお持ちいただけると助かります。

{SIG_SAEKI}

> 佐伯様、野々村様
> 九十九様の担当者会議ですが、11/20(木)15時からご自宅でいかがでしょうか。
> ケアプランひだまり 宇佐美
""")

# 032 — internal incident report sent to a look-alike of the company's own domain
_u = person()
add(32, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["lookalike_domain", "personal_data"],
    "recipient domain hinode-sangyo.jp drops the co. of the company's own domain; carries a user's dementia and injury",
    charset="iso-2022-jp", sender=ODAGIRI,
    to=["安全衛生委員会 <anzen-iinkai@hinode-sangyo.jp>"],
    subject="ヒヤリハット・事故報告（川越的場 11月第2週）",
    body=f"""安全衛生委員会 事務局 御中

お疲れさまです。川越的場の小田切です。
11月第2週の事故報告を1件提出します。

利用者：{_u['name']} 様（{_u['level']}、アルツハイマー型認知症）
発生　：11/13 15:10 トイレ内
内容　：見守り中に職員が別の方に呼ばれて離れた間に、単独で立ち上がり尻もち。
　　　　右臀部に打撲、発赤あり。受診の結果、骨折なし。
対策　：トイレ使用中は離れる際に必ず別の職員へ声かけ（申し送り徹底）

よろしくお願いします。

{SIG_ODAGIRI}
""")

# 033 — look-alike of the partner bank (letter added); harmless content
add(33, "stop", [], ["lookalike_domain"],
    "midori-ginkou.co.jp adds a letter to partner midori-ginko.co.jp",
    charset="utf-8", sender=YAHAGI,
    to=["みどり銀行 川越支店 <kawagoe-houjin@midori-ginkou.co.jp>"],
    subject="インターネットバンキングの利用者追加について",
    body=f"""みどり銀行 川越支店 ご担当者様

お世話になっております。日の出産業 経理課の矢作です。
法人向けインターネットバンキングの利用者を1名追加したく、
申込書の様式をお送りいただけますでしょうか。

{SIG_YAHAGI}
""")

# 034 — look-alike of the care-record system vendor; a screenshot only
add(34, "stop", [], ["lookalike_domain"],
    "tsubasa-sytem.jp drops a letter from partner tsubasa-system.jp",
    charset="cp932", sender=KURUSU,
    to=["ツバサシステム サポートデスク <support@tsubasa-sytem.jp>"],
    subject="【問合せ】介護記録アプリでバイタル入力画面が開かない",
    body=f"""ツバサシステム株式会社
サポートデスク御中

お世話になっております。日の出デイサービス鶴ヶ島の来栖です。
タブレット版の介護記録アプリで、今朝から「バイタル入力」画面を開くと
エラーコード E-4012 が出て先に進めません。
端末は3台とも同じ症状です（アプリ ver.5.2.1）。
画面のキャプチャを添付します。

契約番号：TS-CARE-00871

{SIG_KURUSU}
""",
    attachments=[{"kind": "png", "name": "error_E4012.png"}])

# 035 — hyphen-for-dot look-alike of the company domain; internal shift draft
add(35, "stop", [], ["lookalike_domain"],
    "hinode-sangyo-co.jp replaces the dot of hinode-sangyo.co.jp with a hyphen",
    charset="iso-2022-jp", sender=KURUSU,
    to=[f"矢作 久美 <yahagi.k@hinode-sangyo-co.jp>"],
    subject="12月 パート職員の勤務時間集計",
    body="""矢作さん

お疲れさまです。鶴ヶ島の来栖です。
12月のパート職員の勤務時間集計ができましたのでお送りします。
合計 1,284.5時間（前月比 +42時間）です。
年末の臨時営業（12/29）分は別行で計上しています。

来栖
""",
    attachments=[{"kind": "xlsx", "name": "part_kinmu_202512.xlsx",
                  "sheets": {"集計": [["区分", "時間"], ["介護パート", 1032.5], ["送迎パート", 186.0],
                                     ["調理補助", 66.0], ["合計", 1284.5]]}}])

# 036 — letters swapped in the transport partner's domain; two users' addresses
_p = people(2)
add(36, "stop", ["PERSON_NAME", "JP_ADDRESS"], ["lookalike_domain", "personal_data"],
    "aoba-unuy.co.jp swaps two letters of partner aoba-unyu.co.jp; two users' addresses",
    charset="utf-8", sender=NEMOTO,
    to=["青葉運輸 配車センター <haisha@aoba-unuy.co.jp>"],
    subject="送迎追加2件（金曜）",
    body=f"""青葉運輸 配車センター 御中

根本です。金曜の迎え便に2件追加をお願いします。

1) {_p[0]['name']}様　{_p[0]['addr']}　8:40
2) {_p[1]['name']}様　{_p[1]['addr']}　8:55

いずれも独歩の方です。よろしくお願いします。

{SIG_NEMOTO}
""")

# 037 — homoglyph (l for i) in the printer's domain
add(37, "stop", [], ["lookalike_domain"],
    "nishiki-lnsatsu.co.jp uses l for i in partner nishiki-insatsu.co.jp",
    charset="cp932", sender=SAEKI,
    to=["錦印刷 営業部 <eigyo@nishiki-lnsatsu.co.jp>"],
    subject="広報誌「ひので通信」冬号 校正戻し",
    body=f"""錦印刷株式会社 営業部
ご担当者様

お世話になっております。日の出デイサービス川越的場の佐伯です。
冬号の校正を確認しました。修正は以下の3点です。

・P2 見出し「秋の遠足」→「秋の遠足（川越氷川神社）」
・P3 写真キャプションの「ボランティア」を「ボランティアの皆さん」に
・P4 事業所電話番号の誤り 049-231-5570 → 049-231-5507

再校は不要です。12/15納品でお願いします。

{SIG_SAEKI}
""")

# 038 — TLD swap of the law firm
add(38, "stop", [], ["lookalike_domain"],
    "shirakawa-law.com is another TLD of partner shirakawa-law.jp",
    charset="iso-2022-jp", sender=MINASE,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.com>"],
    subject="利用契約書（改定案）のご確認のお願い",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 介護事業部の水無瀬です。
令和8年4月の報酬改定にあわせ、通所介護の利用契約書・重要事項説明書を改定いたします。
改定案（見え消し版）について、特に第12条（損害賠償）と第15条（契約解除）の文言を
ご確認いただけますでしょうか。来月の管理者会で確定させたいと考えております。

{SIG_MINASE}
""",
    attachments=[{"kind": "docx", "name": "利用契約書_改定案_見え消し.docx",
                  "paragraphs": ["通所介護利用契約書（改定案）",
                                 "第12条（損害賠償）事業者は、サービスの提供に伴って、事業者の責めに帰すべき事由により利用者の生命・身体・財産に損害を及ぼした場合には、その損害を賠償します。",
                                 "第15条（契約の解除）利用者は、7日以上の予告期間をもって、いつでもこの契約を解除することができます。"]}])

# 039 — a user's religion passed to the recreation vendor
_u = person()
add(39, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "an identified user's religious faith (creed) told to an external event vendor",
    charset="iso-2022-jp", sender=SAEKI,
    to=["えがおレクリエーション 企画部 <kikaku@egao-rec.jp>"],
    subject="初詣バスレクの件（参加者について）",
    body=f"""えがおレクリエーション 企画部
ご担当者様

お世話になっております。日の出デイサービス川越的場の佐伯です。
1月9日の初詣バスレク（川越八幡宮）の件で1点ご相談です。

参加予定の {_u['name']} 様はカトリックの信者で、毎週日曜にミサに通われている方です。
ご本人から「神社での参拝はしないが、皆さんと出かけるのは楽しみ」と伺っています。
参拝の間はバスの近くのお茶屋さんで職員と待機できるよう、
行程に15分ほどの休憩場所を組み込んでいただけますでしょうか。

{SIG_SAEKI}
""")

# 040 — disability certificate grade of one user to the taxi company
_u = person()
add(40, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"], ["personal_data"],
    "a user's physical-disability certificate grade and paralysis with home address to a taxi company",
    charset="cp932", sender=IJUIN,
    to=["くも交通 介護タクシー配車係 <kaigo-haisha@kumo-taxi.co.jp>"],
    subject="福祉タクシー利用券での通院送迎のお願い",
    body=f"""くも交通 介護タクシー配車係 御中

日の出デイサービス坂戸の伊集院です。いつもありがとうございます。
ご利用者様の通院送迎を1件お願いします。

・お名前：{_u['name']} 様
・お迎え：{_u['addr']}（11/26 9:30）
・行き先：坂戸中央リハビリテーション病院
・身体障害者手帳 1級（両下肢機能全廃）、リクライニング車椅子のまま乗車
・市の福祉タクシー利用券を2枚ご利用になります

スロープ付き車両でお願いいたします。

{SIG_IJUIN}
""")

# 041 — a volunteer applicant's criminal record to the 社協
_v = person("staff")
add(41, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named volunteer applicant's past conviction sent to the external 社会福祉協議会",
    charset="iso-2022-jp", sender=MINASE,
    to=["朝霧市社会福祉協議会 ボランティアセンター 所長 <shochou@asagiri-shakyo.or.jp>"],
    subject="ボランティア登録希望者の件（ご相談）",
    body=f"""朝霧市社会福祉協議会
ボランティアセンター 所長様

お世話になっております。日の出デイサービス川越的場 管理者の水無瀬です。
貴センターからご紹介いただいた {_v['name']} さんについて、ご相談させてください。

面談の際にご本人から、5年前に窃盗事件で執行猶予付きの有罪判決を受けたことがある、
とのお話がありました。ご本人は真摯に反省されており、活動意欲も高い方です。
当方としては利用者様の金品に触れない活動（屋外の花壇整備など）からお願いしたいと
考えておりますが、貴センターとしてのお考えも伺えればと存じます。

{SIG_MINASE}
""")

# 042 — a user who fell victim to a phone scam, reported to the 地域包括
_u = person()
add(42, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], ["personal_data"],
    "an identified user's having been a fraud (crime) victim and phone number sent to the external 地域包括支援センター",
    charset="utf-8", sender=KURUSU,
    to=["鶴ヶ島南地域包括支援センター <houkatsu-minami@tsuru-houkatsu.or.jp>"],
    subject="ご利用者様の特殊詐欺被害について（情報共有）",
    body=f"""鶴ヶ島南地域包括支援センター
ご担当者様

いつもお世話になっております。日の出デイサービス鶴ヶ島の来栖です。

当事業所ご利用の {_u['name']} 様（独居）が、先週「息子を名乗る電話」による
特殊詐欺の被害に遭われ、現金180万円を渡してしまったことが分かりました。
警察には被害届を提出済みとのことです。

ご自宅の固定電話（{_u['tel']}）に、その後も不審な電話が続いているようです。
見守り体制と、留守番電話設定の支援について、一度ご相談させてください。

{SIG_KURUSU}
""")

# 043 — suspected abuse, reported to the city
_u = person()
add(43, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS", "DATE_OF_BIRTH"], ["personal_data"],
    "suspected abuse of an identified user (injuries, dementia) with address and birth date to the city",
    charset="iso-2022-jp", sender=MINASE,
    to=["朝霧市 高齢福祉課 虐待対応担当 <koureifukushi@city.asagiri.lg.jp>"],
    cc=[f"小田切 恵 <odagiri.m@{D}>"],
    subject="高齢者虐待の疑いに関する通報",
    body=f"""朝霧市 高齢福祉課 虐待対応ご担当者様

日の出デイサービス川越的場 管理者の水無瀬です。
高齢者虐待防止法第7条に基づき、下記のとおり通報いたします。

対象者：{_u['name']}（{wareki(_u['dob'])}生）
住所　：{_u['addr']}
状況　：11月以降、入浴時に上腕・背部に複数の皮下出血を確認（写真記録あり）。
　　　　ご本人は認知症（中等度）のため経緯の説明は困難。
　　　　同居の{_u['fam']['rel']}による介護負担の訴えが続いていた。
対応　：本日、看護職員が全身状態を確認・記録。ご家族への聞き取りは未実施。

至急、ご対応をご検討いただけますようお願いいたします。

{SIG_MINASE}
""")

# 044 — English: sample export of ten users sent to an overseas developer
_p = people(10)
_csv = [["user_id", "name_romaji", "name_kana", "birth_date", "phone", "address", "care_level"]]
for i, p in enumerate(_p):
    _csv.append([f"U{20310 + i}", p["romaji"], p["kana"], p["dob"].isoformat(), p["tel"], p["addr"],
                 p["level"]])
add(44, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "real-looking export of ten users (names, birth dates, phones, addresses) sent abroad for debugging",
    charset="utf-8", sender=f"Kenji Ohtsubo <ohtsubo.k@{D}>",
    to=["Daniel Whitford <d.whitford@brightloop-dev.com>"],
    subject="Re: import bug - sample file",
    body="""Hi Daniel,

As discussed on the call, the CSV import fails on rows where the kana name contains
a full-width space. I exported ten rows from our production system so you can
reproduce it exactly - see the attached file.

Please delete the file once the fix is confirmed.

Best regards,
Kenji Ohtsubo
IT Systems, Hinode Sangyo Co., Ltd.

> Could you send us a sample file that triggers the error?
> Thanks, Daniel
""",
    attachments=[{"kind": "csv", "name": "export_sample_10rows.csv", "rows": _csv, "encoding": "utf-8"}])

# 045 — English: spare parts for the bath lift, order number
add(45, "pass", [], [],
    "English order mail to a foreign equipment maker: part numbers and an order number only",
    charset="utf-8", sender=f"Kenji Ohtsubo <ohtsubo.k@{D}>",
    to=["AquaCare Systems Service <service@aquacare-systems.com>"],
    subject="Spare parts order PO-DS-2025-0417 (bath lift AL-300)",
    body=f"""Dear AquaCare Service Team,

We would like to order the following spare parts for the two AL-300 bath lifts
installed at our Kawagoe Matoba day-service centre:

  Part no.      Description                 Qty
  AL3-SEAL-02   Hydraulic cylinder seal kit  2
  AL3-BELT-11   Safety belt (long)           4
  AL3-REM-05    Hand remote, waterproof      1

Our purchase order number is PO-DS-2025-0417. Please ship to the address in the
signature and send the invoice to our accounts department.

Kind regards,
Kenji Ohtsubo
IT & Facilities, Hinode Sangyo Co., Ltd.
2-8-1 Matoba, Kawagoe, Saitama 350-1101, Japan
Tel +81-49-231-5507

{DISCLAIMER_EN}
""")

# 046 — individual rehab plan (DOCX, diagnoses) to the equipment vendor
_u = person()
add(46, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one user's functional-training plan with diagnoses and birth date in a DOCX to an equipment vendor",
    charset="cp932", sender=IJUIN,
    to=["ともフクシ 野々村様 <nonomura@fukushi-tomo.co.jp>"],
    subject="歩行器選定の参考資料",
    body=f"""ともフクシ株式会社
野々村様

お世話になっております。坂戸の伊集院です。
{_u['sei']}様の歩行器選定の件、当方の個別機能訓練計画書をお送りします。
膝の可動域と歩行評価の欄を参考にしていただければと思います。

{SIG_IJUIN}
""",
    attachments=[{"kind": "docx", "name": f"個別機能訓練計画書_{_u['sei']}.docx",
                  "title": "個別機能訓練計画書",
                  "paragraphs": ["個別機能訓練計画書（令和7年度 第3期）",
                                 f"氏名：{_u['name']}　生年月日：{wareki(_u['dob'])}　{_u['level']}",
                                 "病名・合併症：変形性膝関節症（両側）、パーキンソン病（ヤール分類III）",
                                 "本人の希望：近所のスーパーまで歩いて買い物に行きたい",
                                 "長期目標：屋外をシルバーカーで300m連続歩行"],
                  "tables": [[["評価項目", "初回", "3か月後"], ["TUG", "18.2秒", "15.6秒"],
                              ["10m歩行", "14.0秒", "12.1秒"], ["膝屈曲ROM（右）", "95°", "105°"]]]}])

# 047 — case-study slides for an outside seminar, user identifiable
_u = person()
add(47, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "PPTX case study naming a user with dementia and depression, sent to an external association",
    charset="iso-2022-jp", sender=SAEKI,
    to=["埼玉県通所介護事業者協会 研修委員会 <kenshu@saitama-tsusho.or.jp>"],
    subject="事例発表スライドの提出（1/24 研修会）",
    body=f"""埼玉県通所介護事業者協会
研修委員会 御中

お世話になっております。日の出デイサービス川越的場の佐伯です。
1月24日の事例発表会のスライドを提出いたします。
発表時間は15分の予定です。

{SIG_SAEKI}
""",
    attachments=[{"kind": "pptx", "name": "事例発表_川越的場.pptx", "title": "帰宅願望への関わり",
                  "page_footer": "日の出デイサービス川越的場",
                  "slides": [["帰宅願望が強い利用者への関わり", "日の出デイサービス川越的場 佐伯 美奈子"],
                             ["事例の概要", f"{_u['name']}様（{R.randint(80, 90)}歳・{_u['sexj']}性・{_u['level']}）",
                              "診断：血管性認知症、うつ病（精神科通院中）",
                              "夫と死別後、独居。利用開始当初は午前中に何度も帰宅を訴える"],
                             ["関わりの工夫", "役割づくり（おしぼりたたみ）", "昼食前に家族写真を一緒に見る時間"],
                             ["結果", "帰宅の訴えは1日平均6回→1回に減少"]]}])

# 048 — PDF mailing-label list of 12 users to the printing partner
_p = people(12)
add(48, "stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "PDF table of 12 users' names and home addresses (mailing labels) to the printing partner",
    charset="utf-8", sender=YAHAGI,
    to=["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
    subject="請求書封入・発送代行 宛名データ（坂戸）",
    body=f"""錦印刷株式会社 DM事業部 御中

お世話になっております。日の出産業 経理課の矢作です。
11月分ご利用料請求書の封入・発送代行について、坂戸事業所分の宛名データをお送りします。
請求書本体は明日データでお送りします。

{SIG_YAHAGI}
""",
    attachments=[{"kind": "pdf", "name": "atena_sakado_202511.pdf", "title": "宛名リスト 坂戸",
                  "lines": ["請求書送付先一覧（日の出デイサービス坂戸）", ""],
                  "table": [["No", "郵便番号", "住所", "宛名"]] +
                           [[str(i + 1), "〒" + p["zip"], p["addr"], p["name"] + " 様"] for i, p in enumerate(_p)]}])

# 049 — pamphlet data (plain ZIP of PDFs) to the printer
add(49, "pass", [], [],
    "pamphlet print data in an ordinary ZIP to the printing partner; business content only",
    charset="cp932", sender=SAEKI,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="事業所パンフレット 入稿データ",
    body=f"""錦印刷株式会社 営業部
ご担当者様

お世話になっております。日の出デイサービス川越的場の佐伯です。
事業所パンフレット（A4三つ折り）の入稿データをZIPでお送りします。
部数は2,000部、納期は1月20日でお願いいたします（お見積番号 NK-25-3302）。

{SIG_SAEKI}
""",
    attachments=[{"kind": "zip", "name": "pamphlet_matoba_2026.zip",
                  "files": [{"kind": "pdf", "name": "omote.pdf",
                             "lines": ["日の出デイサービス川越的場", "「また来たい」と思える一日を。",
                                       "定員35名／送迎あり／入浴（個浴・機械浴）"]},
                            {"kind": "pdf", "name": "ura.pdf",
                             "lines": ["1日の流れ", "8:30 お迎え　10:00 入浴・個別機能訓練",
                                       "12:00 昼食　14:00 レクリエーション　16:30 お送り",
                                       "お問い合わせ 049-231-5507"]}]}])

# 050 — plain ZIP with a user-master CSV for system migration (partner vendor)
_p = people(14)
_csv = [["利用者コード", "氏名", "カナ", "性別", "生年月日", "電話番号", "緊急連絡先", "緊急連絡先電話"]]
for i, p in enumerate(_p):
    _csv.append([f"{3000 + i}", p["name"], p["kana"], p["sexj"], wareki(p["dob"], "short"), p["tel"],
                 f"{p['fam']['name']}（{p['fam']['rel']}）", p["fam"]["mobile"]])
add(50, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "14 users' names, birth dates and phone numbers in a CSV inside an ordinary ZIP to the system vendor",
    charset="iso-2022-jp", sender=KURUSU,
    to=["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    subject="データ移行用 利用者マスタ（鶴ヶ島）",
    body=f"""ツバサシステム株式会社 導入支援ご担当者様

お世話になっております。鶴ヶ島の来栖です。
旧システムから出力した利用者マスタをお送りします。
文字化けの確認用に、出力時のメモも同じZIPに入れてあります。

{SIG_KURUSU}
""",
    attachments=[{"kind": "zip", "name": "tsurugashima_master.zip",
                  "files": [{"kind": "csv", "name": "riyousha_master.csv", "rows": _csv},
                            {"kind": "txt", "name": "memo.txt",
                             "text": "旧システム ver3.2 から 2025/11/28 出力\n文字コード SJIS\n外字2件あり（氏名の旧字体）"}]}])

# 051 — password-protected PDF (service record) to a care manager
add(51, "stop", [], ["unscannable_attachment"],
    "encrypted PDF attachment that cannot be inspected",
    charset="cp932", sender=IJUIN,
    to=["あゆみ居宅介護支援事業所 鳥越様 <torigoe@ayumi-kaigo.or.jp>"],
    subject="11月分 提供実績とモニタリング報告",
    body=f"""あゆみ居宅介護支援事業所
鳥越様

お世話になっております。日の出デイサービス坂戸の伊集院です。
11月分の提供実績と3か月モニタリング報告をPDFでお送りします。
開封パスワードは、いつもの取り決めどおりお電話でお伝えします。

{SIG_IJUIN}
""",
    attachments=[{"kind": "pdf", "name": "jisseki_monitoring_202511.pdf", "password": "ayumi1125",
                  "lines": ["サービス提供実績（令和7年11月）", "モニタリング報告書"]}])

# 052 — forwarding a family's mail (attached .eml) that gives the user's diagnosis
_u = person()
_par = "母" if _u["sex"] == "F" else "父"
_inner = {
    "charset": "iso-2022-jp",
    "sender": f"{_u['fam']['name']} <{_u['fam']['email']}>",
    "to": [f"佐伯 美奈子 <saeki.m@{D}>"],
    "subject": f"{_par}の検査結果について",
    "body": f"""佐伯様

いつも{_par}がお世話になっております。{_u['fam']['name']}です。
先日の検査の結果、{_par}（{_u['name']}）は「レビー小体型認知症」と診断されました。
幻視があるため、夕方に「部屋に子どもがいる」などと言うことがあるかもしれません。
主治医からはドネペジルが処方されています。
何かあれば私の携帯 {_u['fam']['mobile']} までご連絡ください。
""",
}
add(52, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "forwarded family mail (attached .eml) giving a named user's dementia diagnosis, the family's phone and address, to the care manager",
    charset="iso-2022-jp", sender=SAEKI,
    to=["ケアセンターこぶし 真壁様 <makabe@care-kobushi.co.jp>"],
    subject=f"FW: {_par}の検査結果について",
    body=f"""真壁様

お世話になっております。佐伯です。
ご家族から下記のメールをいただきましたので、共有のため転送いたします。
プランの見直しが必要かどうか、ご相談させてください。

{SIG_SAEKI}
""",
    attachments=[{"kind": "eml", "name": f"{_par}の検査結果について.eml", "message": _inner}])

# 053 — forward of an internal staff list to a recruiting agency
_s = people(12, "staff")
_lines = "\n".join(f"{s['name']}, {s['mobile']}, {s['city']}, {R.choice(['介護職員', '看護職員', '送迎', '調理'])}, "
                   f"{R.choice(['常勤', 'パート'])}" for s in _s)
add(53, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "forward of an internal list of 12 staff with mobile numbers to an outside recruiting agency",
    charset="utf-8", sender=SAMEJIMA,
    to=["ケアワークス人材 紹介事業部 <shoukai@careworks-jinzai.co.jp>"],
    subject="FW: ふじみ野 職員一覧（シフト調整用）",
    body=f"""ケアワークス人材 紹介事業部
ご担当者様

お世話になっております。鮫島です。
ふじみ野で不足している時間帯のイメージをつかんでいただくため、
現在の職員一覧を転送します。ご提案の参考にしてください。

{SIG_SAMEJIMA}

---------- Forwarded message ---------
From: 根本 拓也 <nemoto.t@hinode-sangyo.co.jp>
Date: 2025年11月4日(火) 18:22
Subject: ふじみ野 職員一覧（シフト調整用）
To: 鮫島 智 <samejima.s@hinode-sangyo.co.jp>

鮫島さん
シフト調整用の一覧です。

氏名, 携帯, 居住地, 職種, 区分
{_lines}
""")

# 054 — reply to a care manager; the new text adds a list of absences with reasons
_p = people(5)
_reasons = ["肺炎で入院中（11/10〜）", "ショートステイ利用", "腰椎圧迫骨折のため自宅療養", "家族旅行",
            "新型コロナ陽性（11/18〜療養）"]
_lines = "\n".join(f"・{p['name']}様：{r}" for p, r in zip(_p, _reasons))
add(54, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "reply whose new text lists five named users with hospitalisations and illnesses; quoted text is harmless",
    charset="cp932", sender=KURUSU,
    to=["あゆみ居宅介護支援事業所 鳥越様 <torigoe@ayumi-kaigo.or.jp>"],
    subject="Re: 11月の利用状況について",
    body=f"""鳥越様

お世話になっております。来栖です。
11月にお休みが続いている方は以下のとおりです。

{_lines}

入院中の方は、退院の目途が立ちましたらご連絡いただけると助かります。

{SIG_KURUSU}

> 来栖様
> いつもお世話になっております。
> 当事業所担当の方で、11月にお休みが続いている方がいれば教えてください。
> 給付管理の確認に使います。
> あゆみ居宅 鳥越
""")

# 055 — short reply; all the user details are in the quoted text
_u = person()
add(55, "pass", [], [],
    "short acknowledgement; the user's diagnosis and address are only in the quoted text",
    charset="iso-2022-jp", sender=SAEKI,
    to=["ケアプランひだまり 宇佐美様 <usami@kyotaku-hidamari.jp>"],
    subject="Re: 新規ご利用のご依頼",
    body=f"""宇佐美様

ご依頼ありがとうございます。承知いたしました。
12/3（水）の体験利用でお受けします。当日の送迎も当方で伺います。

佐伯

> 佐伯様
> 新規のご依頼です。
> 氏名：{_u['name']} 様（{_u['level']}）
> 住所：{_u['addr']}
> 既往：{_u['dx']}
> 週2回（水・土）での利用を希望されています。12/3に体験利用できますでしょうか。
> ケアプランひだまり 宇佐美
""")

# 056 — full-width phones and 和暦 birth dates of six users to a new care-management office
_p = people(6)
_lines = "\n".join(f"{fw(str(i + 1))}．{p['name']}　{wareki(p['dob'], 'fw')}生　ＴＥＬ{fw(p['tel'])}　{p['level']}"
                   for i, p in enumerate(_p))
add(56, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "six users' birth dates (和暦, full-width) and phones to an external care-management office",
    charset="iso-2022-jp", sender=NEMOTO,
    to=["かすみ居宅介護支援センター 管理者 <kanri@kasumi-care.jp>"],
    subject="担当ケアマネ変更となる方の一覧",
    body=f"""かすみ居宅介護支援センター
管理者様

お世話になっております。日の出デイサービスふじみ野の根本です。
前任事業所の閉所にともない、貴センターへ担当が移られる方の一覧です。
（当事業所でご利用中の方のみ）

{_lines}

引継ぎの日程調整をお願いいたします。

{SIG_NEMOTO}
""")

# 057 — a staff member's 基礎年金番号 to the labour consultant
_s = person("staff")
add(57, "stop", ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"], ["personal_data"],
    "a staff member's 基礎年金番号 sent to the outside 社労士",
    charset="cp932", sender=SAMEJIMA,
    to=["やまぶき社会保険労務士事務所 担当 今泉様 <imaizumi@sr-yamabuki.jp>"],
    subject="Re: 資格取得届の不足事項",
    body=f"""今泉様

ご指摘ありがとうございます。鮫島です。
{_s['name']}さんの基礎年金番号が漏れておりました。

　基礎年金番号：{R.randint(1000, 9999)}-{R.randint(100000, 999999)}

年金手帳の写しは本人から回収でき次第、郵送します。

{SIG_SAMEJIMA}

> 鮫島様
> 先日の資格取得届ですが、基礎年金番号の記載がありませんでした。
> ご確認をお願いします。
""")

# 058 — residence card number of a foreign care worker to the support organisation
_w = {"name": "NGUYEN THI HUONG", "dob": date(1999, 4, 17)}
add(58, "stop", ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"], ["personal_data"],
    "a foreign care worker's 在留カード number and birth date to the external support organisation",
    charset="utf-8", sender=SAMEJIMA,
    to=["グローバルケア支援機構 <shien@global-care-shien.or.jp>"],
    subject="特定技能外国人の在留期間更新について",
    body=f"""グローバルケア支援機構
登録支援担当 ご担当者様

いつもお世話になっております。日の出産業 総務人事課の鮫島です。
日の出デイサービス鶴ヶ島で勤務している特定技能1号（介護）の職員について、
在留期間更新の書類作成をお願いいたします。

氏名　　　　：{_w['name']}（グエン・ティ・フオン）
国籍　　　　：ベトナム
生年月日　　：{_w['dob'].strftime('%Y年%m月%d日')}
在留カード番号：AB{R.randint(10000000, 99999999)}CD
在留期限　　：2026年2月9日

雇用契約書の写しは来週お送りします。

{SIG_SAMEJIMA}
""")

# 059 — passport numbers of two trainees to the hotel
add(59, "stop", ["PERSON_NAME", "JP_PASSPORT"], ["personal_data"],
    "two foreign trainees' passport numbers sent to the partner hotel",
    charset="iso-2022-jp", sender=SAMEJIMA,
    to=["さくらホテル 川越 フロント <front-kawagoe@sakura-hotel.jp>"],
    subject="研修生宿泊の事前登録（12/1〜12/5）",
    body=f"""さくらホテル川越 フロントご担当者様

いつもお世話になっております。日の出産業 総務人事課の鮫島です。
予約番号 SK-77120 の件、外国籍のご宿泊者について事前登録をお願いします。

・SANTOS, MARIA CLARA　フィリピン　旅券番号 P{R.randint(1000000, 9999999)}A
・PUTRI, DEWI AYU　　　インドネシア　旅券番号 X{R.randint(1000000, 9999999)}

チェックインは12/1の19時頃の予定です。

{SIG_SAMEJIMA}
""")

# 060 — tab-separated pick-up list to a community volunteer driver (iCloud)
_p = people(6)
_lines = "\n".join(f"{t}\t{p['name']}\t{p['addr']}\t{p['tel']}"
                   for t, p in zip(["9:00", "9:10", "9:25", "9:35", "9:50", "10:05"], _p))
add(60, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "six users' addresses and phones (tab-separated) to a volunteer driver's iCloud address",
    charset="cp932", sender=IJUIN,
    to=["higuchi.sadao@icloud.com"],
    subject="敬老会の日の送迎ボランティアのお願い",
    body=f"""樋口さん

坂戸の伊集院です。いつもありがとうございます。
9/15の敬老会の日、ご自身の車での送迎ボランティアをお引き受けいただき感謝します。
お迎えをお願いしたい方は以下の6名です。

時刻\tお名前\tご住所\t電話
{_lines}

ガソリン代は当日お渡しします。

伊集院
""")

# 061 — accident report PDF stamped 取扱注意 to the liability insurer
_u = person()
add(61, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["confidential_marking", "personal_data"],
    "PDF stamped 取扱注意 with a named user's fracture diagnosis sent to the external insurer",
    charset="iso-2022-jp", sender=MINASE,
    to=["東海損保 事故受付センター <jiko-uketsuke@tokai-sonpo.co.jp>"],
    subject="賠償責任保険 事故報告書の提出（証券番号 KB-5521873）",
    body=f"""東海損害保険株式会社
事故受付センター ご担当者様

いつもお世話になっております。日の出産業株式会社 介護事業部の水無瀬です。
先日お電話でご連絡した送迎中の事故について、事故報告書を提出いたします。

{SIG_MINASE}
""",
    attachments=[{"kind": "pdf", "name": "事故報告書_20251105.pdf", "page_header": "取扱注意",
                  "title": "事故報告書",
                  "lines": ["事故報告書", "事業所：日の出デイサービスふじみ野",
                            f"被害者：{_u['name']} 様（ご利用者）",
                            "発生日時：令和7年11月5日 16時20分",
                            "状況：送迎車からの降車時、リフトの停止位置がずれ車椅子ごと傾き転落",
                            "負傷：左橈骨遠位端骨折（ふじみ野整形外科にて診断）、全治約8週間",
                            "対応：救急要請、ご家族へ連絡、市へ事故報告済"]}])

# 062 — XLSX with an "Internal Only" footer to the partner system vendor
add(62, "stop", [], ["confidential_marking"],
    "XLSX whose page footer classifies it Internal Only, sent to the external system vendor",
    charset="utf-8", sender=f"Kenji Ohtsubo <ohtsubo.k@{D}>",
    to=["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    subject="加算算定ロジックの確認表",
    body=f"""ツバサシステム 導入支援ご担当者様

大坪です。新システムでの加算の自動算定について、当社の社内ルールを表にまとめました。
入浴介助加算（I）（II）の判定条件が旧システムと異なる点をご確認ください。

大坪 健二
日の出産業株式会社 情報システム課
""",
    attachments=[{"kind": "xlsx", "name": "kasan_logic_check.xlsx", "page_footer": "Internal Only",
                  "sheets": {"加算": [["加算名", "単位", "当社判定ルール", "旧システム"],
                                     ["入浴介助加算（I）", 40, "入浴実施日に算定", "同左"],
                                     ["入浴介助加算（II）", 55, "個別入浴計画あり＋居宅訪問済", "計画有無のみ"],
                                     ["個別機能訓練加算（I）イ", 56, "専従PT配置日のみ", "全日"],
                                     ["科学的介護推進体制加算", 40, "LIFE提出月", "同左"]]}}])

# 063 — five volunteers on private addresses in To
add(63, "stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "five private volunteers' addresses visible to each other in To; should have been Bcc",
    charset="iso-2022-jp", sender=SAEKI,
    to=["hiroko.tsukamoto@yahoo.co.jp", "k-ogura1952@ezweb.ne.jp", "setsu.mizuho@gmail.com",
        "ayumi_t@icloud.com", "yamabuki.taro@outlook.jp"],
    subject="クリスマス会お手伝いのお願い",
    body=f"""ボランティアの皆さま

いつもありがとうございます。日の出デイサービス川越的場の佐伯です。
今年もクリスマス会を12月20日（土）に開催します。
13時から準備、14時開演、16時片付け終了の予定です。

・ハンドベルの演奏（今年も森さんグループにお願いしています）
・サンタ役（どなたか立候補いただけると嬉しいです！）
・おやつの配膳

ご参加いただける方は12月10日までにお返事ください。

{SIG_SAEKI}
""")

# 064 — four recreation vendors in Cc
add(64, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "four different external vendors visible to each other in To/Cc",
    charset="cp932", sender=KURUSU,
    to=["えがおレクリエーション <kikaku@egao-rec.jp>"],
    cc=["マジック星野 事務所 <booking@magic-hoshino.com>",
        "音楽療法ハーモニー <info@ongaku-harmony.jp>",
        "いけばな教室 花ごよみ <hanagoyomi@hana-goyomi.jp>"],
    subject="来年度のレクリエーション年間計画について",
    body=f"""各位

いつもお世話になっております。日の出デイサービス鶴ヶ島の来栖です。
来年度の年間レクリエーション計画を立てております。
各社さまの来年度の料金と、月ごとのご都合のつく日程を
1月末までにお知らせいただけますでしょうか。

昨年度は毎月第3土曜に外部講師の回を設けていましたが、
来年度は第1・第3の月2回に増やす予定です。

{SIG_KURUSU}
""")

# 065 — a user's My Number to the city (application done on the user's behalf)
_u = person()
_mn = my_number(next_seed())
add(65, "stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"],
    ["personal_data"],
    "a user's 個人番号, insured number, birth date and address mailed to the city office",
    charset="utf-8", sender=SAEKI,
    to=["朝霧市 介護保険課 認定係 <nintei@city.asagiri.lg.jp>"],
    subject="負担限度額認定申請（代理申請）の事前確認",
    body=f"""朝霧市 介護保険課 認定係 ご担当者様

日の出デイサービス川越的場の佐伯です。
ご家族の依頼で、下記の方の負担限度額認定申請を代理で行う予定です。
記載内容に誤りがないか、事前にご確認いただけますでしょうか。

被保険者氏名：{_u['name']}
生年月日　　：{wareki(_u['dob'])}
住所　　　　：{_u['addr']}
被保険者番号：{_u['hihoken']}
個人番号　　：{_mn}

申請書の原本は来週窓口へ持参します。

{SIG_SAEKI}
""")

# 066 — legacy XLS of unpaid bills (users' names, addresses, phones) to a collection agency
_p = people(8)
_rows = [["利用者名", "請求先（家族）", "住所", "電話", "未収月", "未収額"]]
for p in _p:
    _rows.append([p["name"], p["fam"]["name"], p["addr"], p["fam"]["mobile"],
                  R.choice(["8月・9月", "9月", "7月〜9月", "9月・10月"]), R.randint(8, 60) * 1000])
add(66, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "legacy XLS listing eight users' families with addresses and phones (arrears) to a collection agency",
    charset="cp932", sender=YAHAGI,
    to=["収納サポート 債権管理部 <saiken@shuno-support.co.jp>"],
    subject="未収金回収業務のご依頼（10月末時点）",
    body=f"""収納サポート株式会社
債権管理部 ご担当者様

お世話になっております。日の出産業 経理課の矢作です。
10月末時点で3か月以上督促に応じていただけていない利用料の一覧をお送りします。
契約に基づき、回収業務をお願いいたします。

{SIG_YAHAGI}
""",
    attachments=[{"kind": "xls", "name": "misyukin_202510.xls", "sheets": {"未収一覧": _rows}}])

# 067 — norovirus cluster report with names, internal only
_p = people(4)
_lines = "\n".join(f"  {p['name']}（{p['level']}）　{R.choice(['嘔吐・下痢', '下痢のみ', '嘔吐、37.8℃'])}　"
                   f"{R.choice(['11/18', '11/19', '11/19', '11/20'])}発症" for p in _p)
add(67, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "named users with norovirus symptoms, but sent only to internal addresses",
    charset="iso-2022-jp", sender=ODAGIRI,
    to=[f"介護事業部 管理者会 <kanrisha-kai@{D}>", f"水無瀬 亮 <minase.r@{D}>"],
    subject="【至急・社内】川越的場 ノロウイルス疑い 4名",
    body=f"""管理者各位

看護の小田切です。川越的場で胃腸炎症状の方が続いています。
うち2名はかかりつけ医でノロウイルス陽性と診断されました。

{_lines}

・本日より次亜塩素酸での環境消毒を1日3回に増やしています
・入浴は症状のあった方を最後に回します
・保健所への報告（10名以上で義務）には現時点では該当しません

明日の朝礼で詳細を共有します。

小田切
""")

# 068 — staff health-check follow-up, internal only (XLSX)
_s = people(6, "staff")
_rows = [["令和7年度 定期健康診断 要再検査者"], [], ["氏名", "所属", "判定", "項目", "再検期限"]]
for s in _s:
    _rows.append([s["name"], R.choice(["川越的場", "ふじみ野", "坂戸", "鶴ヶ島"]), R.choice(["C", "D"]),
                  R.choice(["血圧", "肝機能（ALT）", "HbA1c", "胸部X線", "尿潜血"]), "12/26"])
add(68, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "staff health-check results (要再検査) in an XLSX, sent only to internal managers",
    charset="cp932", sender=SAMEJIMA,
    to=[f"介護事業部 管理者会 <kanrisha-kai@{D}>"],
    subject="健康診断 要再検査者の受診勧奨について",
    body=f"""管理者各位

総務人事課の鮫島です。
今年度の定期健康診断で要再検査となった職員の一覧を添付します。
各事業所で本人に受診を促し、結果の写しを12月26日までに総務へ提出させてください。
取扱いには十分ご注意ください（閲覧は管理者のみ）。

{SIG_SAMEJIMA}
""",
    attachments=[{"kind": "xlsx", "name": "saikensa_R7.xlsx", "sheets": {"要再検査": _rows}}])

# 069 — two staff registered for a suction-training course (warn at most)
_s = people(2, "staff")
add(69, "pass", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "registration of two staff for a training course: two people's records to one external body",
    charset="iso-2022-jp", sender=SAMEJIMA,
    to=["埼玉介護研修センター 受講受付 <uketsuke@saitama-kaigo-kenshu.or.jp>"],
    subject="喀痰吸引等研修（第3号）受講申込",
    body=f"""埼玉介護研修センター 受講受付ご担当者様

日の出産業株式会社 総務人事課の鮫島です。
令和8年2月開講の喀痰吸引等研修（第3号研修）に、下記2名の受講を申し込みます。

1. {_s[0]['name']}（{_s[0]['kana']}） 生年月日 {wareki(_s[0]['dob'])}　連絡先 {_s[0]['mobile']}
2. {_s[1]['name']}（{_s[1]['kana']}） 生年月日 {wareki(_s[1]['dob'])}　連絡先 {_s[1]['mobile']}

受講料は請求書払いでお願いいたします。

{SIG_SAMEJIMA}
""")

# 070 — year-end party at the partner hotel: organisers' mobile numbers (warn at most)
_s = people(3, "staff")
add(70, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "banquet booking with three organisers' mobile numbers to the partner hotel",
    charset="utf-8", sender=KURUSU,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="忘年会のご予約内容確認（12/26 鶴ヶ島事業所）",
    body=f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出デイサービス鶴ヶ島の来栖です。
12月26日（金）18:30〜 忘年会（22名、飲み放題付きプラン 6,500円）の件、
当日の連絡先として幹事3名の携帯をお知らせします。

　幹事　{_s[0]['name']}　{_s[0]['mobile']}
　　　　{_s[1]['name']}　{_s[1]['mobile']}
　　　　{_s[2]['name']}　{_s[2]['mobile']}

アレルギー対応が必要な職員はいません。ご予約番号は BQ-1226-04 と伺っています。

{SIG_KURUSU}
""")

# 071 — NDA talk with the system vendor
add(71, "pass", [], [],
    "mail about signing an NDA (秘密保持契約) with a partner; no marking, no personal data",
    charset="iso-2022-jp", sender=f"Kenji Ohtsubo <ohtsubo.k@{D}>",
    to=["ツバサシステム 営業部 三輪様 <miwa@tsubasa-system.jp>"],
    subject="秘密保持契約書の締結について",
    body="""ツバサシステム株式会社
営業部 三輪様

いつもお世話になっております。日の出産業 情報システム課の大坪です。

介護記録システムの更新提案にあたり、当社の利用者データ構成をご説明する前に
秘密保持契約を締結したいと考えております。
貴社ひな形をお送りいただければ、当社法務（白川法律事務所）で確認いたします。
第5条の「秘密情報の範囲」に個人情報を明記いただけると助かります。

よろしくお願いいたします。

大坪 健二
日の出産業株式会社 情報システム課
TEL 049-224-8100 内線 330
""")

# 072 — list of the company's own centres (businesses, not people) to the printer
add(72, "pass", [], [],
    "list of the company's centres with business addresses and phones: businesses, not people",
    charset="cp932", sender=SAEKI,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="パンフレット裏面の事業所一覧",
    body=f"""錦印刷 営業部 ご担当者様

パンフレット裏面に入れる事業所一覧です。この順でお願いします。

事業所名                        所在地                               電話
------------------------------------------------------------------------------------
日の出デイサービス川越的場      埼玉県川越市的場2-8-1                049-231-5507
日の出デイサービスふじみ野      埼玉県ふじみ野市苗間1-15-20          049-262-3380
日の出デイサービス坂戸          埼玉県坂戸市千代田3-11-6             049-283-6611
日の出デイサービス鶴ヶ島        埼玉県鶴ヶ島市富士見4-2-18           049-271-0932
日の出ケアプランセンター        埼玉県川越市新富町1-22-3 日の出ビル2F 049-224-8120

{SIG_SAEKI}
""")

# 073 — three-way mail with two partners (GPS for the pick-up vans)
add(73, "pass", [], ["multiple_external_domains"],
    "normal meeting mail with two partner organisations in To/Cc",
    charset="utf-8", sender=NEMOTO,
    to=["ツバサシステム 三輪様 <miwa@tsubasa-system.jp>"],
    cc=["川崎電機 法人営業部 戸塚様 <totsuka@kawasaki-denki.co.jp>", f"大坪 健二 <ohtsubo.k@{D}>"],
    subject="送迎車GPS連携の打合せ日程",
    body=f"""ツバサシステム 三輪様
川崎電機 戸塚様

お世話になっております。日の出デイサービスふじみ野の根本です。
送迎車の車載端末（川崎電機様）と送迎管理アプリ（ツバサシステム様）の連携について、
三者での打合せをお願いしたく、下記の候補日でご都合をお知らせください。

・12/9（火）14:00〜
・12/11（木）10:00〜
・12/12（金）15:00〜

場所はふじみ野事業所の会議室、またはTeamsでも結構です。

{SIG_NEMOTO}
""")

# 074 — consumables order with order number
add(74, "pass", [], [],
    "order of care supplies: product codes and an order number only",
    charset="iso-2022-jp", sender=ODAGIRI,
    to=["メディカルサプライ埼玉 受注係 <juchu@medisupply-saitama.co.jp>"],
    subject="注文書（注文番号 HS-DS-251204）",
    body="""メディカルサプライ埼玉 受注係 御中

いつもお世話になっております。日の出デイサービス川越的場です。
下記のとおり注文いたします。

　品番　　　　品名　　　　　　　　　　　数量
　MS-2201　　使い捨て手袋 M（100枚）　　　20箱
　MS-3310　　リハビリパンツ L　　　　　　　 8袋
　MS-4102　　とろみ剤 2.5g×50包　　　　　 6箱
　MS-5520　　ディスポエプロン　　　　　　　10袋

注文番号：HS-DS-251204
納品希望：12月8日（月）午前

日の出デイサービス川越的場　小田切
""")

# 075 — tracking number for a delivered wheelchair
add(75, "pass", [], [],
    "delivery notice with a tracking number to the vendor; no personal data",
    charset="cp932", sender=IJUIN,
    to=["ともフクシ 業務課 <gyomu@fukushi-tomo.co.jp>"],
    subject="Re: 車椅子（事業所備品）発送のご連絡",
    body=f"""ともフクシ 業務課 御中

ご連絡ありがとうございます。伊集院です。
お問い合わせ番号 4402-8817-3356 で本日午後に受け取りました。
検品したところ、左側のフットサポートに擦り傷がありましたので写真を添付します。
交換部品のみお送りいただければ結構です。

{SIG_IJUIN}
""",
    attachments=[{"kind": "png", "name": "footsupport.png"}])

# 076 — job posting to a job site
add(76, "pass", [], [],
    "job advertisement text to a recruitment site; no personal data",
    charset="utf-8", sender=SAMEJIMA,
    to=["かいごジョブ埼玉 掲載担当 <keisai@kaigojob-saitama.jp>"],
    subject="求人原稿の差し替え（介護職員・ふじみ野）",
    body=f"""かいごジョブ埼玉 掲載担当様

お世話になっております。日の出産業 総務人事課の鮫島です。
掲載中の求人（掲載ID: KJ-88120）の原稿を下記に差し替えてください。

【職種】介護職員（デイサービス）正社員
【勤務地】日の出デイサービスふじみ野（東武東上線 上福岡駅 徒歩15分）
【給与】月給 225,000円〜275,000円（処遇改善手当含む）
【休日】日曜＋シフト制（月9日）、年末年始
【資格】介護職員初任者研修以上（無資格の方は入社後に取得支援）
【応募】TEL 049-224-8100（総務人事課）

{SIG_SAMEJIMA}
""")

# 077 — newsletter to families, all in Bcc
_bcc = [p["fam"]["email"] for p in people(14)]
add(77, "pass", [], ["freemail_recipient"],
    "newsletter to families with every private address in Bcc; no personal data",
    charset="iso-2022-jp", sender=SAEKI,
    to=[f"日の出デイサービス川越的場 <matoba@{D}>"],
    bcc=_bcc,
    subject="ひので通信 12月号をお届けします",
    body=f"""ご家族の皆さま

いつも日の出デイサービス川越的場をご利用いただきありがとうございます。
ひので通信12月号をお届けします。

◆11月の振り返り
　・秋の遠足（川越氷川神社）に延べ28名が参加しました
　・書道クラブの作品を市民文化祭に出展しました
◆12月の予定
　・12/20（土）クリスマス会（ハンドベル演奏・おやつ作り）
　・12/27（土）餅つき風レク
◆お知らせ
　・年末年始は12/30〜1/3がお休みです

写真は玄関前の掲示板でもご覧いただけます。

{SIG_SAEKI}
""",
    attachments=[{"kind": "png", "name": "ensoku_photo.png"}])

# 078 — English: schedule for a foreign volunteer on Gmail
add(78, "pass", [], ["freemail_recipient"],
    "English mail to one private volunteer on Gmail about a schedule",
    charset="utf-8", sender=SAEKI,
    to=["Emily Hart <emily.hart.jp@gmail.com>"],
    subject="Volunteer day - English conversation corner",
    body=f"""Hi Emily,

Thank you so much for offering to run an English conversation corner at our centre!
Here are the details:

  Date:   Saturday, 17 January, 10:30-11:30
  Place:  Hinode Day Service Kawagoe Matoba, 2nd floor activity room
  Group:  about 8 participants, most in their 80s; some studied English at school
  Ideas:  simple songs, photos of your hometown, greetings

Please come to the front desk about 15 minutes early. We will cover your train fare.

Best wishes,
Minako Saeki
Life Counselor, Hinode Day Service Kawagoe Matoba
Tel 049-231-5507
""")

# 079 — seminar application (和暦) to the association
add(79, "pass", [], [],
    "seminar application with the sender's own contact details; no other person's data",
    charset="iso-2022-jp", sender=MINASE,
    to=["埼玉県通所介護事業者協会 事務局 <jimukyoku@saitama-tsusho.or.jp>"],
    subject="令和８年度介護報酬改定説明会 参加申込",
    body=f"""埼玉県通所介護事業者協会 事務局 御中

いつもお世話になっております。
令和８年２月１３日（金）開催の「令和８年度介護報酬改定説明会」に参加を申し込みます。

　事業所名：日の出デイサービス川越的場（会員番号 S-0412）
　参加人数：２名（管理者・生活相談員）
　参加方法：会場参加（さいたま市 県民会館）

参加費は当日現金でお支払いいたします。

{SIG_MINASE}
""")

# 080 — fire drill notice to the fire department
add(80, "pass", [], [],
    "notice of a fire drill to the fire department; business content only",
    charset="cp932", sender=MINASE,
    to=["朝霧市消防本部 予防課 <yobou@fd.city.asagiri.lg.jp>"],
    subject="消防訓練実施通知書の提出について",
    body=f"""朝霧市消防本部 予防課 御中

日の出デイサービス川越的場 防火管理者の水無瀬です。
下記のとおり消防訓練を実施いたしますので、通知書を添付いたします。

　日時：令和7年12月16日（火）13:30〜14:30
　種別：総合訓練（通報・初期消火・避難誘導）
　参加：職員12名、利用者約25名
　備考：119番通報訓練を行います（13:40頃）

{SIG_MINASE}
""",
    attachments=[{"kind": "pdf", "name": "shoubou_kunren_tsuuchi.pdf",
                  "lines": ["消防訓練実施通知書", "防火対象物：日の出デイサービス川越的場",
                            "所在地：埼玉県川越市的場2-8-1", "実施日時：令和7年12月16日 13:30",
                            "訓練種別：総合訓練", "防火管理者：水無瀬 亮"]}])

# 081 — price list to a prospective user's family (Yahoo)
add(81, "pass", [], ["freemail_recipient"],
    "fee table (by care level, no person) to one prospective family on free mail",
    charset="iso-2022-jp", sender=KURUSU,
    to=["見学のお問い合わせ 桐生様 <kiryu_home@yahoo.co.jp>"],
    subject="ご見学のお礼と料金表の送付",
    body=f"""桐生様

本日はお忙しいところ、日の出デイサービス鶴ヶ島へご見学にお越しいただき
ありがとうございました。来栖です。
お話のあった料金表をPDFでお送りします（1割負担の場合の目安です）。
ケアマネジャーさんとご相談のうえ、体験利用をご希望の際はお電話ください。

{SIG_KURUSU}
""",
    attachments=[{"kind": "pdf", "name": "ryoukinhyou_tsurugashima.pdf", "title": "ご利用料金の目安",
                  "lines": ["ご利用料金の目安（7時間以上8時間未満・1割負担・1回あたり）", ""],
                  "table": [["区分", "基本料金", "入浴加算", "昼食代（実費）", "合計目安"],
                            ["要介護1", "685円", "43円", "650円", "1,378円"],
                            ["要介護2", "809円", "43円", "650円", "1,502円"],
                            ["要介護3", "938円", "43円", "650円", "1,631円"],
                            ["要介護4", "1,066円", "43円", "650円", "1,759円"],
                            ["要介護5", "1,194円", "43円", "650円", "1,887円"]]}])

# 082 — invoice to a vendor: company bank account and corporate number
_cn = corporate_number("701002843159")
add(82, "pass", ["JP_CORPORATE_NUMBER"], [],
    "invoice with the company's T-number and company bank account; no person's data",
    charset="cp932", sender=YAHAGI,
    to=["えがおレクリエーション 経理 <keiri@egao-rec.jp>"],
    subject="【請求書】会場使用料（11月 合同レク）",
    body=f"""えがおレクリエーション株式会社 経理ご担当者様

いつもお世話になっております。日の出産業 経理課の矢作です。
11月22日の合同レクリエーションにおける会場使用料の請求書をお送りします。

　請求書番号：INV-2511-0087
　金額　　　：55,000円（税込）
　お支払期限：12月31日
　振込先　　：みどり銀行 川越支店 普通 1203348 ヒノデサンギョウ（カ
　登録番号　：T{_cn}

{SIG_YAHAGI}
""",
    attachments=[{"kind": "pdf", "name": "INV-2511-0087.pdf",
                  "lines": ["請求書", "えがおレクリエーション株式会社 御中", "請求書番号 INV-2511-0087",
                            "会場使用料（11/22 合同レクリエーション） 50,000円", "消費税（10%） 5,000円",
                            "合計 55,000円", f"日の出産業株式会社 登録番号 T{_cn}"]}])

# 083 — one new user's name and address to the care manager (warn at most)
_u = person()
add(83, "pass", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "one user's name and pick-up address to the care manager: a single person's record, no health data",
    charset="utf-8", sender=NEMOTO,
    to=["かすみ居宅介護支援センター 荻野様 <ogino@kasumi-care.jp>"],
    subject="利用開始日と送迎時間のご連絡",
    body=f"""かすみ居宅介護支援センター
荻野様

お世話になっております。日の出デイサービスふじみ野の根本です。
ご紹介いただいた方の利用開始について、ご家族と調整がつきました。

　お名前　：{_u['name']} 様
　お迎え先：{_u['addr']}
　開始日　：12月2日（火）　毎週火・金
　迎え　　：8:45頃　／　送り：16:40頃

契約は12月1日にご自宅で行います。

{SIG_NEMOTO}
""")

# 084 — the word 社外秘 only mentioned, not a marking
add(84, "pass", [], [],
    "mentions that 社外秘 documents cannot be shared; nothing is marked or attached",
    charset="iso-2022-jp", sender=MINASE,
    to=["介護経営コンサルティング 榊原様 <sakakibara@kaigo-consul.co.jp>"],
    subject="Re: 稼働率データのご提供について",
    body=f"""榊原様

お世話になっております。水無瀬です。
ご依頼の事業所別の稼働率データですが、社内で「社外秘」区分になっている月次報告から
抜き出す形になるため、そのままではお出しできません。
代わりに、公表済みの年度平均（川越的場 82%、ふじみ野 77%、坂戸 71%、鶴ヶ島 79%）で
ご検討いただけますでしょうか。詳細は次回の打合せで口頭にてご説明します。

{SIG_MINASE}

> 水無瀬様
> 事業所別の月次稼働率をご提供いただくことは可能でしょうか。
> 榊原
""")

# 085 — event flyer image to the community centre
add(85, "pass", [], [],
    "flyer image (PNG) for a public event sent to a community centre",
    charset="cp932", sender=KURUSU,
    to=["鶴ヶ島市富士見公民館 <fujimi-kouminkan@tsurugashima-kominkan.jp>"],
    subject="地域交流カフェのチラシ掲示のお願い",
    body=f"""富士見公民館 ご担当者様

日の出デイサービス鶴ヶ島の来栖です。
毎月第2日曜に事業所ホールで開催している「ひので地域交流カフェ」のチラシを
公民館のロビーに掲示していただけないでしょうか。画像を添付します。
どなたでも参加でき、参加費は100円（お茶とお菓子付き）です。

{SIG_KURUSU}
""",
    attachments=[{"kind": "png", "name": "cafe_flyer.png"}])

# 086 — question to the 国保連 help desk about a return code
add(86, "pass", [], [],
    "question to the 国保連 help desk with the provider number and an error code only",
    charset="iso-2022-jp", sender=YAHAGI,
    to=["埼玉県国民健康保険団体連合会 介護保険課 <kaigo-help@saitama-kokuhoren.or.jp>"],
    subject="返戻理由コードについての照会",
    body=f"""埼玉県国民健康保険団体連合会
介護保険課 ヘルプデスク御中

日の出産業株式会社（事業所番号 1172104385 日の出デイサービス川越的場）の矢作です。
9月審査分で返戻コード「ASS1」が3件付いて戻ってまいりました。
居宅介護支援事業所側の給付管理票との突合エラーと理解しておりますが、
当方の請求明細書側で修正すべき点があるかどうか、ご教示いただけますでしょうか。

{SIG_YAHAGI}
""")

# 087 — internal forward of a care manager's mail with user data
_u = person()
add(87, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"], [],
    "forward of a user's diagnosis and birth date, but only to internal colleagues",
    charset="utf-8", sender=SAEKI,
    to=[f"小田切 恵 <odagiri.m@{D}>", f"伊集院 健 <ijuin.k@{D}>"],
    subject="FW: 新規ご利用者の情報（12/3〜）",
    body=f"""小田切さん、伊集院さん

新規の方の情報です。初回の入浴とリハの計画をお願いします。
インスリンの時間だけ注意してください。

佐伯

-------- 転送メッセージ --------
差出人: 宇佐美 <usami@kyotaku-hidamari.jp>
件名: 新規ご利用者の情報（12/3〜）

氏名：{_u['name']}（{wareki(_u['dob'])}生）
介護度：{_u['level']}
既往：2型糖尿病（インスリン朝夕）、右膝人工関節置換術後
""")

# 088 — equipment maintenance schedule to the equipment vendor
add(88, "pass", [], [],
    "maintenance scheduling for the centre's own equipment; no personal data",
    charset="cp932", sender=IJUIN,
    to=["ともフクシ 業務課 <gyomu@fukushi-tomo.co.jp>"],
    subject="機械浴・リフト 年次点検の日程",
    body=f"""ともフクシ 業務課 御中

お世話になっております。坂戸の伊集院です。
年次点検の件、利用者の少ない日曜（定休日）でお願いできれば助かります。

　対象：機械浴槽（チェアインバス）1台、天井走行リフト 2基、電動ベッド 4台
　候補：1/11（日）、1/18（日）　いずれも9:00〜

当日は私が立ち会います。

{SIG_IJUIN}
""")

# 089 — reply with Outlook-style quote; the quoted part has a diagnosis
_u = person()
add(89, "pass", [], [],
    "reply that only confirms a time; the user's details sit under -----Original Message-----",
    charset="iso-2022-jp", sender=ODAGIRI,
    to=["あゆみ居宅介護支援事業所 鳥越様 <torigoe@ayumi-kaigo.or.jp>"],
    subject="RE: 退院前カンファレンスのご案内",
    body=f"""鳥越様

ご案内ありがとうございます。看護の小田切です。
12/4（木）14:00、病院の地域連携室に伺います。
当日は入浴時の注意点と、再開後の送迎方法を確認させてください。

{SIG_ODAGIRI}

-----Original Message-----
From: 鳥越 <torigoe@ayumi-kaigo.or.jp>
Sent: Monday, December 1, 2025 9:12 AM
To: 小田切 恵
Subject: 退院前カンファレンスのご案内

小田切様
{_u['name']}様（{_u['addr']}）が慢性心不全の増悪で入院されていましたが、
12/8退院予定となりました。12/4 14時から退院前カンファレンスを行います。
""")

# 090 — lost property, to a family's carrier address
add(90, "pass", [], ["freemail_recipient"],
    "lost-property note to one family member's carrier address; no sensitive data",
    charset="cp932", sender=NEMOTO,
    to=["ytakeuchi-0725@ezweb.ne.jp"],
    subject="お忘れ物のお知らせ（日の出デイサービスふじみ野）",
    body="""竹内様

いつもお世話になっております。日の出デイサービスふじみ野の根本です。
本日、お父様がお座りだった席の近くに茶色の眼鏡ケースが残っておりました。
次回のご利用日（木曜）に送迎の際お持ちしますので、お急ぎでしたらご連絡ください。

日の出デイサービスふじみ野
TEL 049-262-3380
""")

# 091 — question on a vendor's invoice
add(91, "pass", [], [],
    "question about an invoice number and amounts to a recreation vendor",
    charset="utf-8", sender=YAHAGI,
    to=["音楽療法ハーモニー 事務局 <info@ongaku-harmony.jp>"],
    subject="請求書 No.HM-1187 の金額について",
    body=f"""音楽療法ハーモニー 事務局御中

お世話になっております。日の出産業 経理課の矢作です。
請求書 No.HM-1187（10月分 音楽療法 4回）を拝受しました。
契約では1回 16,500円（税込）のため合計 66,000円と認識しておりますが、
請求額が 72,600円となっております。交通費が別途加算されているようでしたら
内訳をお知らせいただけますでしょうか。

{SIG_YAHAGI}
""")

# 092 — accepting two students for practical training (names only)
add(92, "pass", [], [],
    "practicum arrangement naming two students with no other data about them",
    charset="iso-2022-jp", sender=MINASE,
    to=["清和福祉大学 実習指導室 <jisshu@seiwa-fukushi.ac.jp>"],
    subject="介護実習の受け入れについて（2月）",
    body=f"""清和福祉大学 実習指導室
ご担当 先生

お世話になっております。日の出デイサービス川越的場の水無瀬です。
2月の介護実習について、ご依頼の学生2名（小野寺さん、タン・ウェイさん）を
2月2日〜2月13日の日程でお受けいたします。

初日は8:30に事務所へお越しください。
実習指導者は介護福祉士の佐伯が担当します。
健康診断書と抗原検査の結果は初日にご持参いただくようお伝えください。

{SIG_MINASE}
""")

# 093 — staff shift with mobiles, internal only (CSV)
_s = people(10, "staff")
_csv = [["氏名", "携帯", "12/22", "12/23", "12/24", "12/25", "12/26", "12/27"]]
for s in _s:
    _csv.append([s["name"], s["mobile"]] + [R.choice(["早", "日", "遅", "休", "日"]) for _ in range(6)])
add(93, "pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "staff shift with mobile numbers sent only to internal addresses",
    charset="cp932", sender=KURUSU,
    to=[f"鶴ヶ島 職員 <tsurugashima-staff@{D}>"],
    subject="年末シフト（確定版）と緊急連絡網",
    body="""鶴ヶ島の皆さん

お疲れさまです。来栖です。
年末のシフト確定版と、緊急連絡網（携帯番号入り）を添付します。
連絡網は事業所外に持ち出さないようお願いします。

来栖
""",
    attachments=[{"kind": "csv", "name": "shift_202512_end.csv", "rows": _csv}])

# 094 — contract renewal with the cooperating clinic
add(94, "pass", [], [],
    "contract renewal with the cooperating clinic; no patient information",
    charset="iso-2022-jp", sender=MINASE,
    to=["おおはら内科クリニック 院長 大原先生 <ohara@ohara-naika.jp>"],
    subject="協力医療機関に関する協定書の更新について",
    body=f"""おおはら内科クリニック
院長 大原 先生

平素より大変お世話になっております。日の出デイサービス川越的場の水無瀬でございます。
令和6年度の運営基準改正を踏まえ、協力医療機関に関する協定書を更新させていただきたく、
改定案を添付いたします。主な変更点は、急変時の相談対応の時間帯の明記です。
ご確認のうえ、ご押印いただけますと幸いです。

{SIG_MINASE}
""",
    attachments=[{"kind": "docx", "name": "協力医療機関協定書_改定案.docx",
                  "paragraphs": ["協力医療機関に関する協定書（改定案）",
                                 "第1条 甲（日の出産業株式会社）と乙（おおはら内科クリニック）は、利用者の病状の急変時等における相談対応及び診療について協力する。",
                                 "第2条 乙は、平日9時から18時まで、甲からの相談に電話で応じる。"]}])

# 095 — EITHER: one user's new care level (no diagnosis) to the care manager
_u = person()
add(95, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named user's new care level only, to the care manager who handles her: 要配慮 or routine is arguable",
    charset="cp932", sender=SAEKI,
    to=["ケアプランひだまり 宇佐美様 <usami@kyotaku-hidamari.jp>"],
    subject=f"{_u['sei']}様 区分変更の結果について",
    body=f"""宇佐美様

お世話になっております。佐伯です。
ご家族から、{_u['name']}様の区分変更の結果が届き
要介護2から要介護3になったと伺いました（有効期間 12/1〜）。
利用回数を週3回に増やすご希望もあるようですので、
お手すきの際にお電話いただけますか。

{SIG_SAEKI}
""")

# 096 — EITHER: five volunteers' names and days only (no contact details)
_v = people(5, "staff")
_lines = "\n".join(f"・{v['name']}さん（{d}）" for v, d in
                   zip(_v, ["月・水", "火", "木", "第2・第4土", "金"]))
add(96, "either", ["PERSON_NAME"], ["personal_data"],
    "five volunteers' names with only their activity days: a list of people, but without contact data",
    charset="iso-2022-jp", sender=KURUSU,
    to=["鶴ヶ島市社会福祉協議会 <vc@tsurugashima-shakyo.or.jp>"],
    subject="今年度の活動ボランティア報告",
    body=f"""鶴ヶ島市社会福祉協議会 ボランティア係 御中

お世話になっております。日の出デイサービス鶴ヶ島の来栖です。
今年度、当事業所で継続的に活動いただいたボランティアさんをご報告します。
感謝状の対象者選考にお使いください。

{_lines}

{SIG_KURUSU}
""")

# 097 — EITHER: a small health observation to a family's Gmail
_u = person()
add(97, "either", ["SENSITIVE_CATEGORY"], ["freemail_recipient"],
    "a minor health observation about the recipient's own mother on free mail: arguable whether it is 要配慮 data",
    charset="utf-8", sender=ODAGIRI,
    to=[f"{_u['fam']['name']} <{_u['fam']['email'].split('@')[0]}@gmail.com>"],
    subject="本日のご様子",
    body=f"""{_u['fam']['name']} 様

いつもお世話になっております。日の出デイサービス川越的場 看護の小田切です。
本日、お母様が入浴後に少しふらつかれる場面がありました。
すぐに休んでいただき、血圧・脈拍とも普段どおりでしたので、その後は元気に過ごされています。
念のためご報告いたします。ご自宅でも様子を見ていただけますと幸いです。

{SIG_ODAGIRI}
""")

# 098 — trial-use prospects (name, phone, referral) to an ad agency
_p = people(7)
_rows = [["受付日", "お名前", "続柄/本人", "連絡先", "紹介元", "状況"]]
for p in _p:
    _self = R.random() < 0.3
    _rows.append([f"11/{R.randint(1, 28)}", p["name"] if _self else p["fam"]["name"],
                  "本人" if _self else p["fam"]["rel"], p["mobile"] if _self else p["fam"]["mobile"],
                  R.choice(["チラシ", "Web広告", "地域包括", "口コミ", "Instagram"]),
                  R.choice(["見学済", "体験予約", "検討中", "他事業所に決定"])])
add(98, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "seven prospective users' or families' names and mobile numbers to an advertising agency",
    charset="utf-8", sender=IJUIN,
    to=["広告ひかり 営業2部 <eigyo2@koukoku-hikari.co.jp>"],
    subject="Web広告の反響データ（11月）",
    body=f"""広告ひかり 営業2部 ご担当者様

お世話になっております。日の出デイサービス坂戸の伊集院です。
11月の問い合わせ反響を、受付簿からそのまま抜き出しました。
広告経由の方の追客（お電話でのフォロー）の件、ご提案お待ちしております。

{SIG_IJUIN}
""",
    attachments=[{"kind": "xlsx", "name": "hankyou_202511.xlsx",
                  "sheets": {"11月": [["問い合わせ受付簿（坂戸）11月"]] + _rows,
                             "集計": [["紹介元", "件数"], ["Web広告", 3], ["チラシ", 2], ["その他", 2]]}}])

# 099 — bathing notes with skin conditions of five users to a visiting-nurse station
_p = people(5)
_skin = ["仙骨部 褥瘡 d2（処置：ハイドロコロイド）", "両下腿 白癬（外用薬あり）", "背部 帯状疱疹後の色素沈着",
         "右踵 褥瘡 d1", "陰部 カンジダ疑い（皮膚科受診予定）"]
_blocks = "\n\n".join(f"■{p['name']} 様（{p['level']}）\n　入浴形態：{R.choice(['特浴', '個浴', 'リフト浴'])}\n　皮膚状態：{s}"
                      for p, s in zip(_p, _skin))
add(99, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "five named users' pressure ulcers and skin diseases (bathing notes) to an external visiting-nurse station",
    charset="iso-2022-jp", sender=ODAGIRI,
    to=["訪問看護ステーションさくらんぼ <station@houkan-sakuranbo.jp>"],
    subject="入浴時の皮膚観察記録（共通利用者 5名分）",
    body=f"""訪問看護ステーションさくらんぼ
ご担当者様

お世話になっております。日の出デイサービス川越的場 看護の小田切です。
貴ステーションと共通のご利用者様について、今週の入浴時の皮膚観察をまとめました。
処置内容に変更があればお知らせください。

{_blocks}

{SIG_ODAGIRI}
""")

# 100 — monthly billing summary for accounting, internal only
add(100, "pass", [], [],
    "monthly billing totals per centre, sent only inside the company",
    charset="cp932", sender=YAHAGI,
    to=[f"経理課 <keiri@{D}>"],
    cc=[f"水無瀬 亮 <minase.r@{D}>"],
    subject="10月提供分 介護報酬請求 集計",
    body="""経理課各位

矢作です。10月提供分の請求集計です。

事業所         件数   国保連請求額     利用者請求額
---------------------------------------------------
川越的場         74    6,912,340円      812,400円
ふじみ野         61    5,388,120円      655,980円
坂戸             48    3,901,770円      433,210円
鶴ヶ島           57    4,860,050円      560,330円
---------------------------------------------------
合計            240   21,062,280円    2,461,920円

返戻再請求分（9月返戻 3件）は11月請求に含めます。

矢作
""")
