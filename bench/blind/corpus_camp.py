"""Blind corpus, area "camp": the summer and winter camps 日の出産業株式会社 runs for its
employees' children (participant lists, guardians' contacts, allergies and medication,
swimming ability, bus operators, lodges, travel insurance, the nurse on site, incident
reports, and the ordinary supplier and schedule mail around them).

Every person, number and address in this file is invented; any likeness to a real person,
company, account or document is accidental.  Written blind, from bench/blind/BRIEF.md,
bench/blind/build.py and shared/SPEC.md only (no mailguard code, rules, tests or other
corpus files were read).
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 19201
rng = random.Random(SEED)

# -- invented people -----------------------------------------------------------------------

SURNAMES = [
    ("相馬", "そうま", "Soma"), ("榎本", "えのもと", "Enomoto"), ("五十嵐", "いがらし", "Igarashi"),
    ("勅使河原", "てしがわら", "Teshigawara"), ("小鳥遊", "たかなし", "Takanashi"),
    ("栗林", "くりばやし", "Kuribayashi"), ("有働", "うどう", "Udo"), ("雨宮", "あめみや", "Amemiya"),
    ("不破", "ふわ", "Fuwa"), ("真栄城", "まえしろ", "Maeshiro"), ("東海林", "しょうじ", "Shoji"),
    ("月岡", "つきおか", "Tsukioka"), ("百目鬼", "どうめき", "Domeki"), ("米倉", "よねくら", "Yonekura"),
    ("阿久津", "あくつ", "Akutsu"), ("羽柴", "はしば", "Hashiba"), ("仲宗根", "なかそね", "Nakasone"),
    ("蓮見", "はすみ", "Hasumi"), ("九十九", "つくも", "Tsukumo"), ("石動", "いするぎ", "Isurugi"),
    ("桐生", "きりゅう", "Kiryu"), ("大神", "おおが", "Oga"), ("砂川", "すながわ", "Sunagawa"),
    ("鬼頭", "きとう", "Kito"), ("塩見", "しおみ", "Shiomi"), ("日下部", "くさかべ", "Kusakabe"),
    ("宍戸", "ししど", "Shishido"), ("柘植", "つげ", "Tsuge"), ("唐沢", "からさわ", "Karasawa"),
    ("神宮寺", "じんぐうじ", "Jinguji"), ("葛西", "かさい", "Kasai"), ("保科", "ほしな", "Hoshina"),
    ("国分", "こくぶ", "Kokubu"), ("梶原", "かじわら", "Kajiwara"), ("乙部", "おとべ", "Otobe"),
    ("十河", "そごう", "Sogo"), ("舟橋", "ふなはし", "Funahashi"), ("帯刀", "たてわき", "Tatewaki"),
    ("一ノ瀬", "いちのせ", "Ichinose"), ("薬師寺", "やくしじ", "Yakushiji"), ("上原", "うえはら", "Uehara"),
    ("水野", "みずの", "Mizuno"), ("佐々木", "ささき", "Sasaki"), ("山本", "やまもと", "Yamamoto"),
    ("中村", "なかむら", "Nakamura"), ("藤田", "ふじた", "Fujita"), ("岡田", "おかだ", "Okada"),
    ("能勢", "のせ", "Nose"), ("三國", "みくに", "Mikuni"), ("久保寺", "くぼでら", "Kubodera"),
]

KIDS = [
    ("陽翔", "はると", "Haruto", "男"), ("結菜", "ゆいな", "Yuina", "女"), ("蒼", "あおい", "Aoi", "男"),
    ("凛", "りん", "Rin", "女"), ("湊", "みなと", "Minato", "男"), ("芽依", "めい", "Mei", "女"),
    ("悠真", "ゆうま", "Yuma", "男"), ("紬", "つむぎ", "Tsumugi", "女"), ("颯太", "そうた", "Sota", "男"),
    ("心春", "こはる", "Koharu", "女"), ("樹", "いつき", "Itsuki", "男"), ("陽葵", "ひまり", "Himari", "女"),
    ("律", "りつ", "Ritsu", "男"), ("杏", "あん", "An", "女"), ("大和", "やまと", "Yamato", "男"),
    ("咲良", "さくら", "Sakura", "女"), ("蓮", "れん", "Ren", "男"), ("美月", "みづき", "Mizuki", "女"),
    ("奏多", "かなた", "Kanata", "男"), ("琴音", "ことね", "Kotone", "女"), ("朝陽", "あさひ", "Asahi", "男"),
    ("花音", "かのん", "Kanon", "女"), ("碧", "あお", "Ao", "男"), ("千尋", "ちひろ", "Chihiro", "女"),
    ("柊", "しゅう", "Shu", "男"), ("澪", "みお", "Mio", "女"), ("隼", "はやと", "Hayato", "男"),
    ("莉子", "りこ", "Riko", "女"), ("航", "わたる", "Wataru", "男"), ("一花", "いちか", "Ichika", "女"),
]

PARENTS = [
    ("健司", "けんじ", "kenji", "父"), ("真由美", "まゆみ", "mayumi", "母"), ("智也", "ともや", "tomoya", "父"),
    ("亜希子", "あきこ", "akiko", "母"), ("雄一郎", "ゆういちろう", "yuichiro", "父"),
    ("佳奈", "かな", "kana", "母"), ("慎吾", "しんご", "shingo", "父"), ("恵理", "えり", "eri", "母"),
    ("浩之", "ひろゆき", "hiroyuki", "父"), ("沙織", "さおり", "saori", "母"), ("達也", "たつや", "tatsuya", "父"),
    ("典子", "のりこ", "noriko", "母"), ("剛", "つよし", "tsuyoshi", "父"), ("美穂", "みほ", "miho", "母"),
    ("大輔", "だいすけ", "daisuke", "父"), ("由佳", "ゆか", "yuka", "母"),
]

ADULTS = [
    ("拓海", "たくみ", "Takumi", "男"), ("玲奈", "れいな", "Reina", "女"), ("駿", "しゅん", "Shun", "男"),
    ("彩花", "あやか", "Ayaka", "女"), ("健太郎", "けんたろう", "Kentaro", "男"), ("萌", "もえ", "Moe", "女"),
    ("亮介", "りょうすけ", "Ryosuke", "男"), ("真央", "まお", "Mao", "女"), ("直樹", "なおき", "Naoki", "男"),
    ("千夏", "ちなつ", "Chinatsu", "女"),
]

PLACES = [
    ("大阪府", "豊中市", ["上野東", "緑丘", "新千里西町", "上新田"], "560"),
    ("大阪府", "吹田市", ["千里山西", "江坂町", "山田東"], "564"),
    ("兵庫県", "西宮市", ["甲子園口", "上ケ原三番町", "北昭和町"], "663"),
    ("兵庫県", "尼崎市", ["塚口本町", "武庫之荘"], "661"),
    ("京都府", "宇治市", ["木幡", "槇島町"], "611"),
    ("奈良県", "生駒市", ["北新町", "東松ケ丘"], "630"),
    ("大阪府", "枚方市", ["香里ケ丘", "樟葉並木"], "573"),
    ("大阪府", "堺市北区", ["中百舌鳥町", "東三国ヶ丘町"], "591"),
    ("大阪府", "高槻市", ["芥川町", "真上町"], "569"),
    ("兵庫県", "芦屋市", ["打出小槌町", "大原町"], "659"),
]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]

DEPTS = ["営業一部", "営業二部", "物流センター", "堺工場 製造課", "経理部", "技術開発部",
         "品質保証部", "情報システム部", "購買部", "東京支社 営業課"]

ALLERGY = ["なし", "なし", "なし", "なし", "卵", "乳", "小麦", "えび・かに", "そば", "落花生", "キウイ"]
SWIM = ["25m以上", "25m", "15m程度", "10m程度", "顔つけまで", "泳げない"]


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


ZEN = str.maketrans("0123456789-()/.", "０１２３４５６７８９－（）／．")


def zen(s: str) -> str:
    return s.translate(ZEN)


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(0, w - dw(s))


def padded(rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    widths = [max(dw(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        lines.append((" " * gap).join(pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            lines.append(rule * ((sum(widths) + gap * (len(widths) - 1)) // dw(rule)))
    return "\n".join(lines)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, short, n = "令和", "R", y - 2018
    elif y >= 1989:
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "昭和", "S", y - 1925
    if style == "short":
        return f"{short}{n}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{n}年{m}月{d}日").replace("令和１年", "令和元年")
    yy = "元" if n == 1 else str(n)
    return f"{era}{yy}年{m}月{d}日"


def grade_of(y: int, m: int, d: int) -> int:
    entry = y + 7 if (m, d) >= (4, 2) else y + 6
    return 2026 - entry + 1


def kids(n: int) -> list[dict]:
    """n invented children of employees, each with a guardian."""
    out = []
    for s in rng.sample(SURNAMES, n):
        g = rng.choice(KIDS)
        while True:
            y, m, d = rng.randint(2014, 2020), rng.randint(1, 12), rng.randint(1, 28)
            gr = grade_of(y, m, d)
            if 1 <= gr <= 6:
                break
        p = rng.choice(PARENTS)
        pref, city, towns, zp = rng.choice(PLACES)
        town = rng.choice(towns)
        addr = f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
        if rng.random() < 0.35:
            addr += f" {rng.choice(['グランメゾン', 'コーポ', 'パークハイツ', 'ルミエール'])}{rng.randint(1, 9)}0{rng.randint(1, 8)}"
        out.append({
            "sei": s[0], "sei_k": s[1], "sei_r": s[2], "mei": g[0], "mei_k": g[1], "mei_r": g[2],
            "sex": g[3], "dob": (y, m, d), "grade": gr,
            "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "p_mei": p[0], "p_kana": p[1], "p_rel": p[3], "parent": f"{s[0]} {p[0]}",
            "tel": mobile(),
            "mail": f"{p[2]}.{s[2].lower()}{rng.randint(1, 99)}@{rng.choice(FREEMAIL)}",
            "zip": f"{zp}-{rng.randint(0, 9999):04d}", "addr": addr,
            "dept": rng.choice(DEPTS), "emp": f"H{rng.randint(10000, 39999)}",
            "allergy": rng.choice(ALLERGY), "swim": rng.choice(SWIM),
        })
    return out


def adults(n: int) -> list[dict]:
    out = []
    for s in rng.sample(SURNAMES, n):
        g = rng.choice(ADULTS)
        y, m, d = rng.randint(1972, 2004), rng.randint(1, 12), rng.randint(1, 28)
        out.append({"sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}",
                    "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "sex": g[3],
                    "dob": (y, m, d), "tel": mobile(),
                    "mail": f"{g[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}@{rng.choice(FREEMAIL[:4])}"})
    return out


def corporate_number(seed: int) -> str:
    """A 13-digit 法人番号 with a valid check digit (T-number without the T)."""
    r = random.Random(f"corp-{seed}")
    base = [r.randrange(10) for _ in range(12)]
    base[0] = r.randrange(1, 10)
    total = sum(base[12 - n] * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + "".join(map(str, base))


def dob(k: dict, style: str = "iso") -> str:
    y, m, d = k["dob"]
    if style == "iso":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "dash":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "en":
        return f"{d:02d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}"
    return wareki(y, m, d, style)


def card_spaced(n: str) -> str:
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def mn_spaced(n: str) -> str:
    return " ".join(n[i:i + 4] for i in range(0, 12, 4))


# -- the organisation's people ---------------------------------------------------------------

CO_ADDR = "〒530-0041 大阪府大阪市北区天神橋2-9-14 日の出ビル7F"

MIYA = "宮之原 紗希 <s-miyanohara@hinode-sangyo.co.jp>"
KUGA = "久我 俊哉 <t-kuga@hinode-sangyo.co.jp>"
SAOT = "早乙女 大地 <d-saotome@hinode-sangyo.co.jp>"
SHIN = "東雲 あかね <a-shinonome@hinode-sangyo.co.jp>"
NOTO = "能登 真理子 <m-noto@hinode-sangyo.co.jp>"
HARR = "Emi Harris <emi.harris@hinode-sangyo.co.jp>"
NIKA = "二階堂 理沙 <r-nikaido@hinode-sangyo.co.jp>"
JONO = "城之内 修 <o-jonouchi@hinode-sangyo.co.jp>"

SIG_MIYA = f"""
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 福利厚生課　宮之原 紗希（Miyanohara Saki）
{CO_ADDR}
TEL 06-6358-2210（直通） FAX 06-6358-2219
Mail s-miyanohara@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KUGA = f"""
--
日の出産業株式会社 総務部 福利厚生課 課長
久我 俊哉
{CO_ADDR}
TEL: 06-6358-2211 / t-kuga@hinode-sangyo.co.jp"""

SIG_SAOT = """
------------------------------------
 日の出産業(株) 総務部 福利厚生課
 早乙女 大地 (さおとめ だいち)
 TEL 06-6358-2213 内線 4213
 d-saotome@hinode-sangyo.co.jp
------------------------------------"""

SIG_SHIN = f"""
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 人事部 健康管理室
保健師　東雲 あかね
{CO_ADDR}
TEL 06-6358-2230　a-shinonome@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_NOTO = """
日の出産業株式会社 経理部 出納課
能登 真理子
TEL 06-6358-2240 / FAX 06-6358-2249"""

SIG_HARR = """
Best regards,

Emi Harris
Overseas Business Dept. / Employee Welfare Programs
Hinode Sangyo Co., Ltd.
2-9-14 Tenjinbashi, Kita-ku, Osaka 530-0041, Japan
Tel +81-6-6358-2290 | emi.harris@hinode-sangyo.co.jp"""

SIG_NIKA = """
日の出産業株式会社　総務部 福利厚生課
二階堂 理沙（内線4215）
r-nikaido@hinode-sangyo.co.jp"""

SIG_JONO = f"""
――――――――――――――――――
日の出産業株式会社 人事部 労務課
城之内 修
{CO_ADDR}
TEL 06-6358-2221
――――――――――――――――――"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
　送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

# -- partners and others (invented) ------------------------------------------------------------

LODGE = "高原ロッジこもれび 予約係 北沢様 <reserve@komorebi-lodge.jp>"
LODGE_CHEF = "湯浅 料理長 <yuasa@komorebi-lodge.jp>"
BUS = "青葉運輸 貸切バス営業所 岩城様 <iwaki@aoba-unyu.co.jp>"
FOODS = "北国フーズ 給食事業部 森下様 <morishita@kitaguni-foods.co.jp>"
NURSE_AG = "あおぞらナースサービス 加賀美様 <kagami@aozora-nurse.co.jp>"
NURSE = "砂原 みのり <m.sunahara@aozora-nurse.co.jp>"
INS = "みなと保険サービス 漆原様 <urushibara@minato-hoken.co.jp>"
TRAVEL = "旅のコンパス 法人営業部 設楽様 <shitara@tabi-compass.co.jp>"
CLINIC = "八ヶ岳高原診療所 <info@yatsugatake-kogen-clinic.or.jp>"
PRINT = "錦印刷 大豆生田様 <omameuda@nishiki-insatsu.co.jp>"
HOTEL = "さくらホテル妙高 団体予約 <group@sakura-hotel.jp>"
HOTEL_GM = "さくらホテル妙高 丹羽様 <niwa@sakura-hotel.jp>"
SKI = "妙高スノースクール 杉浦様 <sugiura@myoko-snowschool.jp>"
PHOTO = "フォトスタジオ空 小野寺様 <onodera@photo-sora.jp>"
SWIMNPO = "水辺の安全指導協会 高宮様 <takamiya@mizube-anzen.or.jp>"
LEADERS = "キャンプリーダーズ関西 事務局 <office@campleaders-kansai.or.jp>"
GUAM = "Island Kids Adventure Camp <reservations@islandkids-guam.com>"
MAPLE = "Daniel Okafor <d.okafor@mapleleaf-english.com>"

MESSAGES: list[dict] = []

# ============================================================================================
# 001-020
# ============================================================================================

_k = kids(14)
_rows = [["No", "氏名", "ふりがな", "学年", "乗車地", "保護者携帯"]]
for i, k in enumerate(_k, 1):
    _rows.append([str(i), k["name"], k["kana"], f"小{k['grade']}",
                  rng.choice(["本社前", "本社前", "新大阪駅北口", "千里中央"]), k["tel"]])
MESSAGES.append({
    "id": "camp-001", "sender": MIYA, "to": [BUS],
    "subject": "【8/3サマーキャンプ】1号車 乗車名簿の送付",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸株式会社
貸切バス営業所　岩城様

いつもお世話になっております。日の出産業の宮之原です。

8/3（月）出発のサマーキャンプにつきまして、1号車にご乗車いただく児童の名簿を
下記に貼り付けます。乗車確認と、万一の際の保護者連絡にご利用ください。
（2号車分は本日中に二階堂よりお送りします）

{padded(_rows)}

引率は早乙女・宮之原の2名が1号車に同乗いたします。
ご不明点がございましたらご連絡ください。
{SIG_MIYA}""",
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "14 children with grade and guardian mobile pasted as a padded table to the bus operator",
})

MESSAGES.append({
    "id": "camp-002", "sender": MIYA, "to": [BUS],
    "subject": "貸切バスのお見積りのお願い（8/3〜8/6 長野方面）",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸株式会社　岩城様

いつも大変お世話になっております。
日の出産業 総務部の宮之原でございます。

今年も社員のお子様向けサマーキャンプを実施する運びとなりました。
つきましては、下記の条件で貸切バスのお見積りをお願いできますでしょうか。

■行程
　往路　8月3日（月） 7:30 弊社本社前 発 → 新大阪駅北口 経由 → 13:00頃 高原ロッジこもれび 着
　復路　8月6日（木）10:00 高原ロッジこもれび 発 → 16:30頃 弊社本社前 着
■車両　大型バス（正席45席）2台
■人数　児童58名、引率12名（予定）
■その他　高速道路料金・駐車料金込みでお願いします。
　　　　　乗務員様の宿泊は現地ロッジで手配可能です（3泊分）。

7月10日頃までにご回答いただけますと幸いです。
どうぞよろしくお願いいたします。
{SIG_MIYA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary quotation request for two chartered buses; counts only, no personal data",
})

_k = kids(24)
_st = adults(6)
_sheet1 = [["2026 ひのでサマーキャンプ　部屋割り表（8/3〜8/6 3泊）"], [],
           ["部屋", "氏名", "ふりがな", "性別", "学年", "食物アレルギー", "備考"]]
_notes = ["", "", "", "", "", "喘息あり 吸入器持参", "夜間トイレ声かけ", "", "乗り物酔い", ""]
for i, k in enumerate(sorted(_k, key=lambda x: x["sex"])):
    room = ("男子" if k["sex"] == "男" else "女子") + f"{201 + i // 4}"
    _sheet1.append([room, k["name"], k["kana"], k["sex"], k["grade"], k["allergy"], rng.choice(_notes)])
_sheet1[6][6] = "喘息あり 吸入器持参"
_sheet2 = [["引率スタッフ"], ["部屋", "氏名", "役割", "携帯"]]
for i, a in enumerate(_st):
    _sheet2.append([f"10{i + 1}", a["name"], ["総責任者", "1班担当", "2班担当", "3班担当", "救護補助", "記録"][i], a["tel"]])
MESSAGES.append({
    "id": "camp-003", "sender": MIYA, "to": [LODGE],
    "subject": "部屋割り表（確定版）送付の件",
    "charset": "cp932",
    "body": f"""高原ロッジこもれび
北沢様

お世話になっております。日の出産業の宮之原です。
先日お打合せした部屋割りの確定版を添付いたします。

・シート「部屋割り」… 児童24名分（食物アレルギー欄は厨房様とも共有をお願いします）
・シート「引率スタッフ」… 引率者の部屋と携帯番号

変更がありましたら改めてご連絡いたします。
{SIG_MIYA}""",
    "attachments": [{"kind": "xlsx", "name": "部屋割り表_確定版.xlsx",
                     "sheets": {"部屋割り": _sheet1, "引率スタッフ": _sheet2}}],
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "rooming list of 24 children with allergy/asthma notes plus staff mobiles, XLSX to the lodge",
})

_k = kids(20)
_rows = [["2026サマーキャンプ 健康調査票 集計（健康管理室 確認用）"],
         ["No", "児童氏名", "生年月日", "既往歴", "服薬", "アレルギー", "保護者連絡先"]]
_hist = ["なし", "なし", "なし", "小児喘息", "熱性けいれん（3歳時）", "アトピー性皮膚炎", "なし", "川崎病（経過観察終了）"]
_med = ["なし", "なし", "なし", "ロイコトリエン拮抗薬", "なし", "保湿剤・ステロイド軟膏", "なし"]
for i, k in enumerate(_k, 1):
    _rows.append([i, k["name"], dob(k, "short"), rng.choice(_hist), rng.choice(_med), k["allergy"], k["tel"]])
MESSAGES.append({
    "id": "camp-004", "sender": NIKA, "to": [SHIN],
    "cc": [KUGA],
    "subject": "健康調査票の集計をお送りします（サマーキャンプ）",
    "charset": "utf-8",
    "body": f"""東雲さん

お疲れさまです、二階堂です。
保護者から回収した健康調査票を一覧にまとめました（第1便 20名分）。
既往歴・服薬のある子は看護師さんへの申し送りが必要かどうか、
ご確認いただけますでしょうか。

残りの38名分は今週中にまとめます。
{SIG_NIKA}""",
    "attachments": [{"kind": "xlsx", "name": "健康調査票集計_第1便.xlsx", "sheets": {"集計": _rows}}],
    "expect": "pass", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": [],
    "note": "health survey of 20 children, but every recipient is internal (hinode-sangyo.co.jp)",
})

MESSAGES.append({
    "id": "camp-005", "sender": MIYA, "to": [LODGE_CHEF], "cc": [LODGE],
    "subject": "卵・乳アレルギーのお子様の食事について（ご相談）",
    "charset": "utf-8",
    "body": f"""高原ロッジこもれび
湯浅料理長

いつもおいしいお食事をありがとうございます。日の出産業の宮之原です。

今回の参加者のうち、2班の勅使河原 芽依さん（小学4年生）について、個別にご相談させてください。
芽依さんは卵と乳製品で過去にアナフィラキシーを起こしたことがあり、主治医の指示で
エピペンを本人のリュックに入れて持参します。
微量の混入でも症状が出るとのことで、調理器具や揚げ油も分けていただけると安心です。
お母様からは、代替のおやつ（卵・乳不使用）をご家庭から持たせると伺っています。

献立表に使用食材を書き込んだものを、事前にお送りいただくことは可能でしょうか。
お手数をおかけしますが、何卒よろしくお願いいたします。
{SIG_MIYA}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one named child's anaphylaxis history and EpiPen in running text to the lodge kitchen",
})

MESSAGES.append({
    "id": "camp-006", "sender": MIYA, "to": [FOODS],
    "subject": "Re: アレルギー対応食の食数について",
    "charset": "iso-2022-jp",
    "body": f"""北国フーズ株式会社
森下様

お世話になっております。日の出産業の宮之原です。
ご依頼のアレルギー対応食の食数をお知らせします（8/3夕食〜8/6朝食、全9食共通）。

　卵除去　　　　　4食
　乳除去　　　　　2食
　小麦除去　　　　1食
　そば（※提供予定なしとのことで対応不要）
　えび・かに除去　2食
　合計（重複あり）9食

お子様のお名前は、当日現地で看護師から調理責任者様へ直接お伝えする形にさせてください。
配膳時に識別できるよう、トレーの色分けをお願いできれば幸いです。

以上、よろしくお願いいたします。

> 宮之原様
> いつもお世話になっております。北国フーズの森下です。
> 献立確定のため、アレルギー対応食の食数を7/15までにお知らせください。
{SIG_MIYA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "allergy-free meal counts only, no names: aggregated, not tied to anyone",
})

_k = kids(36)
_csv = [["No", "氏名", "フリガナ", "生年月日", "性別", "区分"]]
for i, k in enumerate(_k, 1):
    _csv.append([i, k["name"].replace(" ", "　"), k["kana"], dob(k, "iso"), k["sex"], "児童"])
for a in adults(4):
    _csv.append([len(_csv), a["name"].replace(" ", "　"), a["kana"], dob(a, "iso"), a["sex"], "引率"])
MESSAGES.append({
    "id": "camp-007", "sender": SAOT, "to": [INS],
    "subject": "国内旅行傷害保険 加入者名簿（サマーキャンプ 第1回分）",
    "charset": "cp932",
    "body": f"""みなと保険サービス株式会社
漆原様

いつもお世話になっております。
日の出産業の早乙女です。

標記の件、加入者名簿（CSV）を添付にてお送りいたします。
児童36名、引率4名の計40名です。残りの参加者は確定次第追加でお送りします。

保険期間：2026年8月3日〜8月6日
プラン：先日ご提案いただいたBプラン

ご確認のほどよろしくお願いいたします。
{SIG_SAOT}""",
    "attachments": [{"kind": "csv", "name": "加入者名簿_サマーキャンプ.csv", "encoding": "cp932", "rows": _csv}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "CP932 CSV of 40 insured people with date of birth to the insurance agency",
})

MESSAGES.append({
    "id": "camp-008", "sender": SAOT, "to": [INS],
    "subject": "RE: 国内旅行傷害保険 お見積りのご送付",
    "charset": "iso-2022-jp",
    "body": f"""漆原様

早速のお見積り、ありがとうございました。
社内で検討し、Bプラン（治療費用 200万円）でお願いしたいと考えております。

1点確認させてください。
キャンプ中の熱中症で通院した場合も、治療費用の補償対象になりますでしょうか。
また、加入者名簿の提出形式（Excel / CSV）に指定があれば教えてください。
{SIG_SAOT}

-----Original Message-----
From: 漆原 圭介 <urushibara@minato-hoken.co.jp>
Sent: Monday, June 22, 2026 4:12 PM
To: 早乙女 大地 <d-saotome@hinode-sangyo.co.jp>
Subject: 国内旅行傷害保険 お見積りのご送付

日の出産業株式会社
早乙女様

お世話になっております。みなと保険サービスの漆原です。
ご依頼の国内旅行傷害保険のお見積りをお送りします（1名あたり、4日間）。

　　　　　　　Aプラン　　Bプラン　　Cプラン
死亡・後遺障害　500万円　 1,000万円　1,000万円
入院日額　　　　3,000円　 5,000円　　5,000円
治療費用　　　　100万円　 200万円　　300万円
保険料　　　　　 420円　　 610円　　　780円

何卒ご検討のほどよろしくお願いいたします。

みなと保険サービス株式会社 営業二課
漆原 圭介
TEL 06-6201-3381 / 携帯 090-3318-2274""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "reply about plan choice; premium table and the agent's own contact are quoted text",
})

_g = kids(9)
MESSAGES.append({
    "id": "camp-009", "sender": SAOT,
    "to": [f"{k['parent']} <{k['mail']}>" for k in _g],
    "subject": "【サマーキャンプ】水着・ラッシュガードのご準備について",
    "charset": "iso-2022-jp",
    "body": f"""保護者の皆様

日の出産業 福利厚生課の早乙女です。
サマーキャンプ2日目（8/4）に湖での水遊びプログラムを予定しております。
以下のご準備をお願いいたします。

・水着（学校指定のものでも可）
・ラッシュガード（長袖推奨）
・マリンシューズまたはかかとのあるサンダル
・水筒（1リットル以上）

ライフジャケットはこちらで人数分ご用意します。
ご不明な点はこのメールにご返信ください。
{SIG_SAOT}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "nine guardians' private addresses all in To: each can see the others, should be Bcc",
})

_g = kids(12)
MESSAGES.append({
    "id": "camp-010", "sender": MIYA, "to": ["宮之原 紗希 <s-miyanohara@hinode-sangyo.co.jp>"],
    "bcc": [k["mail"] for k in _g],
    "subject": "【ご案内】サマーキャンプ 出発時刻と集合場所",
    "charset": "utf-8",
    "html": """<html><body style="font-family:sans-serif">
<p>保護者の皆様</p>
<p>いつもお世話になっております。日の出産業 総務部 福利厚生課です。<br>
8月3日（月）出発のサマーキャンプの集合場所・時刻をご案内いたします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>集合場所</th><th>集合時刻</th><th>出発時刻</th><th>乗車</th></tr>
<tr><td>弊社本社前（天神橋）</td><td>7:00</td><td>7:30</td><td>1号車・2号車</td></tr>
<tr><td>新大阪駅 北口 バスロータリー</td><td>7:50</td><td>8:00</td><td>2号車</td></tr>
<tr><td>千里中央 阪急バス乗り場横</td><td>8:15</td><td>8:25</td><td>1号車</td></tr>
</table>
<p>体調不良等でご欠席の場合は、当日6:30以降、福利厚生課 携帯（080-4417-2210）までご連絡ください。</p>
<p>※本メールはBCCでお送りしています。</p>
<p>日の出産業株式会社 総務部 福利厚生課</p>
</body></html>""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "HTML notice to guardians correctly in Bcc; departure table is places and times, not people",
})

MESSAGES.append({
    "id": "camp-011", "sender": SAOT, "to": ["青葉運輸 配車係 <haisha@aoba-unyu.jp>"],
    "subject": "12/26 スノーキャンプ 配車・乗車人数の最終連絡",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸株式会社　配車ご担当者様

お世話になっております。日の出産業の早乙女です。
12/26（土）〜28（月）のスノーキャンプ（妙高）の最終人数をお知らせします。

　児童　44名
　引率　10名（看護師1名を含む）
　合計　54名 → 大型バス 2台でお願いします

集合：12/26 7:00　弊社本社前（出発 7:30）
帰着：12/28 17:00頃予定

スキー板は現地レンタルのため、トランクはスーツケースのみとなります。
よろしくお願いいたします。
{SIG_SAOT}""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "addressed to aoba-unyu.jp, a look-alike of partner aoba-unyu.co.jp (co. dropped)",
})

_a = adults(2)
MESSAGES.append({
    "id": "camp-012", "sender": MIYA, "to": [BUS],
    "subject": "当日の緊急連絡先（各号車の引率責任者）",
    "charset": "utf-8",
    "body": f"""岩城様

お世話になっております。宮之原です。
乗務員の方にお伝えいただきたい、各号車の引率責任者の携帯番号です。

　1号車：早乙女 大地　080-5521-7734
　2号車：二階堂 理沙　070-2284-9106

休憩場所（双葉SA）での点呼後、各責任者から乗務員の方へ出発OKをお伝えします。
よろしくお願いします。
{SIG_MIYA}""",
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "two staff members' mobiles to the bus operator: under five records, may warn",
})

_k = kids(26)
_main = [["参加児童 健康調査まとめ（看護師様 事前確認用）　2026/7/20時点"], [],
         ["No", "氏名", "生年月日", "既往歴", "服用中の薬", "アレルギー", "保護者緊急連絡先"]]
for i, k in enumerate(_k, 1):
    _main.append([i, k["name"], dob(k, "iso"), rng.choice(_hist), rng.choice(_med), k["allergy"], k["tel"]])
_care = [["要配慮者 詳細"], ["氏名", "内容", "対応"]]
for k, (c, t) in zip(rng.sample(_k, 4), [("小児喘息", "夜間の咳に注意・吸入器は本人管理"),
                                          ("熱性けいれん既往", "発熱時は早めに連絡"),
                                          ("ADHD 服薬中", "朝食後に服薬・声かけ"),
                                          ("アトピー性皮膚炎", "入浴後に軟膏")]):
    _care.append([k["name"], c, t])
MESSAGES.append({
    "id": "camp-013", "sender": SHIN, "to": [NURSE_AG],
    "subject": "参加児童 健康調査票のまとめ送付（看護師様 事前確認用）",
    "charset": "utf-8",
    "body": f"""あおぞらナースサービス株式会社
加賀美様

いつもお世話になっております。日の出産業 健康管理室の東雲です。
8/3〜8/6のサマーキャンプに派遣いただく看護師様へ、事前にご確認いただきたい
健康調査票のまとめをお送りします。2シート目に特に配慮が必要なお子様をまとめています。

お手数ですが、砂原様へ転送いただけますでしょうか。
{SIG_SHIN}""",
    "attachments": [{"kind": "xlsx", "name": "健康調査まとめ_看護師様用.xlsx",
                     "sheets": {"健康調査まとめ": _main, "要配慮者": _care}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "26 children's medical history, medication and allergies with guardians' phones to the nurse agency",
})

_k = kids(6)
MESSAGES.append({
    "id": "camp-014", "sender": SHIN, "to": [NURSE],
    "subject": "個別配慮シート（パスワード付きPDF）",
    "charset": "iso-2022-jp",
    "body": f"""砂原様

はじめまして。日の出産業 健康管理室の東雲と申します。
このたびはサマーキャンプの救護をお引き受けいただき、ありがとうございます。

個別に配慮が必要なお子様6名分のシートをPDFでお送りします。
パスワードは別メールにてお知らせいたします。
{SIG_SHIN}""",
    "attachments": [{"kind": "pdf", "name": "個別配慮シート.pdf", "password": "Kmrb#0803",
                     "title": "個別配慮シート",
                     "lines": [f"{k['name']}（{k['kana']}） {dob(k, 'kanji')}生 保護者 {k['tel']}" for k in _k]}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to an external nurse: the attachment cannot be inspected",
})

MESSAGES.append({
    "id": "camp-015", "sender": SHIN, "to": [NURSE],
    "subject": "パスワードのお知らせ",
    "charset": "iso-2022-jp",
    "body": f"""砂原様

先ほどお送りした「個別配慮シート.pdf」のパスワードをお知らせします。

　Kmrb#0803

ご確認のほどよろしくお願いいたします。
{SIG_SHIN}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the separate password mail itself carries no personal data and no attachment",
})

MESSAGES.append({
    "id": "camp-016", "sender": SHIN, "to": [NURSE],
    "subject": "かじわら りつ くんの服薬について",
    "charset": "iso-2022-jp",
    "body": f"""砂原様

たびたび失礼いたします。東雲です。
先ほどのシートとは別に、お電話でご相談した件を文面でお送りします。

3年生の　かじわら　りつ　くん（3班）は、てんかんの持病があり、
毎朝・毎晩デパケンを服用しています。この1年発作はないそうですが、
寝不足のときに起きやすいとのことで、消灯時刻は守らせてほしいとお母様から伺いました。
発作が5分以上続く場合はダイアップ座薬を使用し、119番とお母様へ連絡、
という流れで主治医の了承を得ています。

お薬は出発時にお母様から直接お受け取りいただく予定です。
何卒よろしくお願いいたします。
{SIG_SHIN}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "epilepsy and medication of one child named in kana, running text to the external nurse",
})

MESSAGES.append({
    "id": "camp-017", "sender": SHIN, "to": [NURSE],
    "subject": "Re: 吸入薬の管理について",
    "charset": "utf-8",
    "body": f"""砂原様

ご確認ありがとうございます。
ご質問の件、お薬は出発当日に保護者の方から砂原様へ直接お渡しいただくよう
調整済みです。集合は7:00、本社前のバス乗り場でお願いいたします。

当日はどうぞよろしくお願いいたします。
東雲

> 東雲様
> あおぞらナースサービスの砂原です。
> 2班の榎本 心春さん（小2）の喘息の吸入薬（メプチン）ですが、本人管理とするか、
> こちらで預かるか、保護者の方のご意向を確認いただけますか。
> 夜間に発作が出たことがあると調査票にありましたので、念のため。
>
> 砂原 みのり（看護師）""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the child's asthma appears only in the quoted question; the new text names no one",
})

_k = kids(20)
_lines = ["班\t氏名\t学年\t泳力\t備考"]
for i, k in enumerate(_k):
    note = rng.choice(["", "", "", "ライフジャケット必須", "顔つけが苦手", "スイミング教室在籍"])
    _lines.append(f"{i // 5 + 1}班\t{k['name']}\t{k['grade']}年\t{k['swim']}\t{note}")
MESSAGES.append({
    "id": "camp-018", "sender": SAOT, "to": [SWIMNPO],
    "subject": "湖水泳プログラム 参加児童の泳力一覧",
    "charset": "cp932",
    "body": "水辺の安全指導協会\n高宮様\n\nお世話になっております。日の出産業の早乙女です。\n"
            "8/4の湖水泳プログラムに参加する児童の泳力を、保護者アンケートからまとめました。\n"
            "エクセルから貼り付けていますので、見づらい点はご容赦ください。\n\n"
            + "\n".join(_lines) +
            "\n\n泳げない子・顔つけまでの子は浅瀬エリアでお願いできればと思います。\n" + SIG_SAOT,
    "expect": "stop", "entities": ["PERSON_NAME"], "detectors": ["personal_data"],
    "note": "tab-separated list of 20 named children with grade and swimming ability to an outside NPO",
})

MESSAGES.append({
    "id": "camp-019", "sender": SAOT, "to": [SWIMNPO],
    "subject": "8/4 湖水泳プログラムの実施体制について",
    "charset": "iso-2022-jp",
    "body": f"""高宮様

先日はお電話ありがとうございました。早乙女です。
参加児童の泳力（保護者アンケート集計）は以下のとおりです。

　25m以上 泳げる　　　　19名
　10〜25m程度　　　　　 21名
　顔つけ・泳げない　　　 18名
　　　　　　　　　　計　58名

上記を踏まえ、監視員（ライフセーバー）を4名から5名に増員していただくことは
可能でしょうか。費用のお見積りもあわせてお願いいたします。

実施時間：8/4（火）10:00〜11:30 / 14:00〜15:30（2部制）
場所：森野湖 北岸 キャンプ場前の遊泳区域
{SIG_SAOT}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "aggregated swim-ability counts and staffing request: no individual records",
})

MESSAGES.append({
    "id": "camp-020", "sender": MIYA, "to": [LODGE, BUS, FOODS, NURSE_AG],
    "subject": "【ご案内】7/22（水）サマーキャンプ最終打合せ（オンライン）",
    "charset": "iso-2022-jp",
    "body": f"""関係各社 ご担当者様

いつもお世話になっております。日の出産業 総務部の宮之原です。
サマーキャンプの最終打合せを、下記のとおりオンラインにて実施いたします。

日時：7月22日（水）14:00〜15:00
方法：Teams（招待は別途お送りします）
議題：当日の行程確認／食事・アレルギー対応／救護体制／雨天時プログラム

ご多忙のところ恐縮ですが、ご出席のほどよろしくお願いいたします。
{SIG_MIYA}
{DISC_JA}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external companies (lodge, bus, caterer, nurse agency) visible to each other in To",
})

# ============================================================================================
# 021-040
# ============================================================================================

MESSAGES.append({
    "id": "camp-021", "sender": MIYA, "to": [LODGE], "cc": [BUS],
    "subject": "8/3 到着時刻と荷物の搬入について",
    "charset": "iso-2022-jp",
    "body": f"""高原ロッジこもれび　北沢様
（cc：青葉運輸　岩城様）

お世話になっております。日の出産業の宮之原です。
8/3の到着について、バス会社様にもCCで入っていただいております。

・到着予定：13:00頃（双葉SAで昼食休憩後）
・バス2台はロッジ正面の第2駐車場に停車させていただけますでしょうか
・荷物（スーツケース約70個）は、玄関横のホールに一旦まとめて置かせてください

岩城様、駐車場の場所はロッジ様の案内図（前回お送りしたもの）をご参照ください。
{SIG_MIYA}""",
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external organisations (lodge and bus) in To/Cc: a normal three-way mail",
})

MESSAGES.append({
    "id": "camp-022", "sender": KUGA, "to": [TRAVEL],
    "subject": "冬キャンプ 予算案（ご参考）",
    "charset": "cp932",
    "body": f"""旅のコンパス　設楽様

いつもお世話になっております。久我です。
ご提案の参考になればと思い、当社内で作成した予算案をお送りします。
宿泊・バス・スキースクールの内訳を見ていただき、削減できそうな点があれば
ご提案いただけますと助かります。
{SIG_KUGA}""",
    "attachments": [{"kind": "xlsx", "name": "2026スノーキャンプ_予算案.xlsx", "page_header": "社外秘",
                     "sheets": {"予算案": [
                         ["【社外秘】2026 スノーキャンプ 予算案（総務部 福利厚生課）"], [],
                         ["費目", "単価", "数量", "金額", "備考"],
                         ["宿泊（2泊3食）", 18500, 54, 999000, "さくらホテル妙高"],
                         ["貸切バス", 420000, 2, 840000, "青葉運輸"],
                         ["スキースクール", 9000, 44, 396000, "2日間"],
                         ["レンタル", 6500, 40, 260000, "板・ブーツ・ウェア"],
                         ["保険", 520, 54, 28080, ""],
                         ["看護師派遣", 45000, 3, 135000, "3日間"],
                         ["合計", "", "", 2658080, "会社負担 70%"]]}}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "internal budget workbook stamped 社外秘 (header and title row) sent to the travel agency",
})

MESSAGES.append({
    "id": "camp-023", "sender": MIYA, "to": [PHOTO],
    "subject": "撮影業務に関する秘密保持契約書（案）のご確認",
    "charset": "utf-8",
    "body": f"""フォトスタジオ空
小野寺様

お世話になっております。日の出産業の宮之原です。
キャンプ期間中の撮影業務につきまして、秘密保持契約書の案を添付いたします。
お子様の写真の取り扱い（第5条：撮影データの保管・削除）について、
ご意見があればお知らせください。

契約書の締結後に、写真販売サイトの準備をお願いする予定です。
{SIG_MIYA}
{DISC_JA}""",
    "attachments": [{"kind": "docx", "name": "秘密保持契約書（案）_撮影業務.docx",
                     "title": "秘密保持契約書（案）",
                     "paragraphs": [
                         "秘密保持契約書（案）",
                         "日の出産業株式会社（以下「甲」という）とフォトスタジオ空（以下「乙」という）は、"
                         "甲が実施するキャンプにおける撮影業務に関し、次のとおり秘密保持契約を締結する。",
                         "第1条（秘密情報）本契約において秘密情報とは、撮影業務に関して甲が乙に開示した一切の情報をいう。",
                         "第5条（撮影データ）乙は、撮影データを甲の指示に従い保管し、販売期間終了後30日以内に削除する。",
                         "第8条（有効期間）本契約の有効期間は締結日から1年間とする。",
                     ]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "mail about an NDA and the draft contract itself: mentions of 秘密, not a classification stamp",
})

_k = kids(30)
_tab = [["班", "氏名", "ふりがな", "保護者メールアドレス（販売サイト通知用）"]]
for i, k in enumerate(_k):
    _tab.append([f"{i // 6 + 1}班", k["name"], k["kana"], k["mail"]])
MESSAGES.append({
    "id": "camp-024", "sender": MIYA, "to": [PHOTO],
    "subject": "写真販売サイト登録用 参加者一覧（PDF）",
    "charset": "utf-8",
    "body": f"""小野寺様

お世話になっております。宮之原です。
写真販売サイトの登録用に、参加者一覧をPDFでお送りします。
班ごとのアルバム分けと、保護者様への販売開始のお知らせにご利用ください。
{SIG_MIYA}""",
    "attachments": [{"kind": "pdf", "name": "参加者一覧_写真販売用.pdf", "title": "参加者一覧",
                     "lines": ["2026 ひのでサマーキャンプ 参加者一覧（写真販売サイト登録用）", ""],
                     "table": _tab}],
    "expect": "stop", "entities": ["PERSON_NAME", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "PDF table of 30 children with guardians' private e-mail addresses to the photo studio",
})

_k = kids(1)[0]
MESSAGES.append({
    "id": "camp-025", "sender": SHIN, "to": [NURSE_AG],
    "subject": "FW: 娘の持病について（サマーキャンプ）",
    "charset": "utf-8",
    "body": f"""加賀美様

お世話になっております。東雲です。
参加児童の保護者様から以下のご連絡がありましたので、転送いたします。
派遣いただく看護師様にもご共有をお願いできますでしょうか。

---------- Forwarded message ---------
From: {_k['parent']} <{_k['mail']}>
Date: 2026年7月8日(水) 21:14
Subject: 娘の持病について（サマーキャンプ）
To: 東雲 あかね <a-shinonome@hinode-sangyo.co.jp>

日の出産業 健康管理室
東雲様

{_k['dept']}の{_k['sei']}の妻です。いつも主人がお世話になっております。
キャンプに参加する娘の{_k['mei']}（{_k['grade']}年生）は1型糖尿病で、インスリンポンプを
付けています。血糖値はスマートフォンで確認できますが、70を下回ったら
ブドウ糖を3個食べさせていただきたいです。
補食とブドウ糖はリュックに入れておきます。
夜中にアラームが鳴った場合も対応していただけると助かります。
何かあれば私の携帯（{_k['tel']}）までいつでもご連絡ください。

{_k['parent']}
{SIG_SHIN}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forward (new text to the recipient) of a mother's mail: child's type 1 diabetes, her mobile and address",
})

_k = kids(1)[0]
MESSAGES.append({
    "id": "camp-026", "sender": KUGA,
    "to": ["総務部長 白鳥 <k-shiratori@hinode-sangyo.co.jp>"],
    "cc": ["人事部 城之内 <o-jonouchi@hinode-sangyo.co.jp>", "東雲 あかね <a-shinonome@hinode-sangyo.co.jp>"],
    "subject": "【事故報告】サマーキャンプ3日目 児童の負傷について",
    "charset": "iso-2022-jp",
    "body": f"""白鳥部長

お疲れさまです。久我です。
キャンプ3日目に発生した事故について、第一報をご報告します。

1．発生日時　2026年8月5日（水）10:40頃
2．場所　　　森野村 高原ロッジこもれび 裏手のアスレチック広場
3．当事者　　{_k['name']}（{_k['grade']}年、{_k['dept']} {_k['sei']}社員の子）
4．状況　　　ロープネットから落下し右腕を強打
5．対応　　　看護師が固定処置ののち、八ヶ岳高原診療所を受診
　　　　　　 診断：右前腕骨折（全治約6週間）。ギプス固定
6．保護者連絡　11:20 父（{_k['sei']}社員）へ電話連絡済み。本日夕方にお迎え予定

保険会社への連絡は早乙女が本日中に行います。
詳細は帰阪後に報告書にまとめます。
{SIG_KUGA}""",
    "expect": "pass", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "incident report with a named child's fracture diagnosis, but all recipients are internal",
})

_k = kids(1)[0]
MESSAGES.append({
    "id": "camp-027", "sender": SAOT, "to": [INS],
    "subject": "事故報告書の送付（保険金請求／サマーキャンプ）",
    "charset": "cp932",
    "body": f"""みなと保険サービス株式会社
漆原様

お世話になっております。早乙女です。
先日お電話でご連絡しました、キャンプ中の事故について報告書をお送りします。
保険金請求のお手続きをお願いいたします。診断書の原本は郵送いたします。
{SIG_SAOT}""",
    "attachments": [{"kind": "docx", "name": "事故報告書_0805.docx", "page_header": "取扱注意",
                     "title": "事故報告書",
                     "paragraphs": [
                         "事故報告書",
                         "提出日：2026年8月10日　提出者：日の出産業株式会社 総務部 福利厚生課 早乙女 大地",
                         "証券番号：KR-2026-0733",
                     ],
                     "tables": [[
                         ["項目", "内容"],
                         ["被保険者氏名", f"{_k['name']}（{_k['kana']}）"],
                         ["生年月日", dob(_k, "kanji")],
                         ["事故日時", "2026年8月5日 10:40頃"],
                         ["事故場所", "高原ロッジこもれび アスレチック広場"],
                         ["事故状況", "ロープネット最上段から足を滑らせ落下、左手をついた"],
                         ["受診医療機関", "八ヶ岳高原診療所 → 諏訪中央総合病院（紹介）"],
                         ["診断名", "左橈骨遠位端骨折"],
                         ["治療見込み", "ギプス固定 約6週間、通院予定"],
                     ]]}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "confidential_marking"],
    "note": "accident report stamped 取扱注意 with a named child's fracture diagnosis to the insurer",
})

MESSAGES.append({
    "id": "camp-028", "sender": MIYA, "to": [FOODS],
    "subject": "個別対応食のお願い（豚肉・アルコール不使用）",
    "charset": "iso-2022-jp",
    "body": f"""北国フーズ株式会社　森下様

いつもお世話になっております。日の出産業の宮之原です。
先日の食数とは別に、1名分の個別対応をお願いしたくご連絡しました。

営業二部のハサン・カリムさんのご長男、ハサン 蓮くん（小学2年生）は
ご家族がムスリムで、宗教上の理由により豚肉・豚由来の原料（ラード、ゼラチン、
エキス類）と、みりん・料理酒などアルコールを含む調味料が摂れません。
ハラール認証品でなくても構いませんので、上記を使わない献立でご用意いただけますでしょうか。
難しいメニューの日は、お父様が冷凍の代替食をお持ちくださるとのことです。

ご検討のほどよろしくお願いいたします。
{SIG_MIYA}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named child's family religion (Muslim) in running text to the caterer: special-care data",
})

_corp = corporate_number(SEED + 1)
MESSAGES.append({
    "id": "camp-029", "sender": NOTO, "to": ["高原ロッジこもれび 経理ご担当 <keiri@komorebi-lodge.jp>"],
    "subject": "ご請求書受領とお支払い予定のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""有限会社高原ロッジこもれび
経理ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部の能登でございます。
下記ご請求書を受領いたしましたので、お支払い予定をご連絡いたします。

　請求書番号　　KL-2026-0812
　適格請求書発行事業者登録番号　T{_corp}
　件名　　　　　サマーキャンプ宿泊・食事代（8/3〜8/6）
　ご請求金額　　3,874,200円（税込）
　お支払予定日　2026年9月30日（水）
　お振込先　　　みどり銀行 諏訪支店 普通 2204518 ﾕｳｹﾞﾝｶﾞｲｼｬｺｳｹﾞﾝﾛﾂｼﾞｺﾓﾚﾋﾞ

振込手数料は弊社にて負担いたします。
ご不明点がございましたらご連絡ください。
{SIG_NOTO}""",
    "expect": "pass", "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "payment notice with invoice number, the lodge's T-number and its company account",
})

_k = kids(12)
_tbl = [["児童氏名", "保護者氏名", "続柄", "携帯電話", "日中の連絡先"]]
for k in _k:
    _tbl.append([k["name"], k["parent"], k["p_rel"], k["tel"],
                 rng.choice(["同上", "勤務先（内線）", mobile(), "同上"])])
MESSAGES.append({
    "id": "camp-030", "sender": SAOT, "to": [HOTEL_GM],
    "subject": "スノーキャンプ 保護者緊急連絡先一覧の送付",
    "charset": "utf-8",
    "body": f"""さくらホテル妙高
支配人　丹羽様

お世話になっております。日の出産業の早乙女です。
夜間フロント様で緊急時にご連絡いただけるよう、保護者の緊急連絡先一覧を
Wordで添付いたします（第1グループ 12名分）。
キャンプ終了後は破棄していただきますようお願いいたします。
{SIG_SAOT}""",
    "attachments": [{"kind": "docx", "name": "保護者緊急連絡先一覧_G1.docx",
                     "paragraphs": ["スノーキャンプ2026 保護者緊急連絡先（第1グループ）"],
                     "tables": [_tbl]}],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "DOCX table of 12 guardians with mobile numbers to the hotel",
})

MESSAGES.append({
    "id": "camp-031", "sender": SHIN, "to": [NURSE_AG],
    "subject": "キャンプ地周辺の医療機関リスト",
    "charset": "cp932",
    "body": f"""加賀美様

お世話になっております。東雲です。
看護師様にお持ちいただきたい、キャンプ地周辺の医療機関リストです。

{padded([["医療機関", "所在地", "電話", "診療", "夜間・休日"],
         ["八ヶ岳高原診療所", "長野県諏訪郡森野村八ヶ岳2180-4", "0266-74-2031", "内科・外科", "要電話"],
         ["諏訪中央総合病院", "長野県茅野市玉川4300", "0266-72-1100", "総合（救急指定）", "24時間"],
         ["森野村歯科クリニック", "長野県諏訪郡森野村中新田55", "0266-74-3388", "歯科", "不可"],
         ["たかはし小児科医院", "長野県茅野市ちの3502-1", "0266-73-0415", "小児科", "土曜午前のみ"],
         ["茅野駅前調剤薬局", "長野県茅野市ちの3499", "0266-71-2267", "調剤", "不可"]])}

いずれもロッジから車で15〜30分程度です。
{SIG_SHIN}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "list of clinics and pharmacies with their business addresses and phones: businesses, not people",
})

_k = kids(8)
_tr = "\n".join(
    f"<tr><td>{k['name']}</td><td>{k['kana']}</td><td>{dob(k, 'kanji')}</td>"
    f"<td>{k['parent']}（{k['p_rel']}）</td><td>{k['tel']}</td></tr>" for k in _k)
MESSAGES.append({
    "id": "camp-032", "sender": SHIN, "to": [CLINIC],
    "subject": "キャンプ期間中の受診に備えた事前登録のお願い",
    "charset": "utf-8",
    "html": f"""<html><body>
<p>八ヶ岳高原診療所　ご担当者様</p>
<p>突然のご連絡失礼いたします。日の出産業株式会社 健康管理室の東雲と申します。<br>
8月3日〜6日、高原ロッジこもれびにて社員の子ども向けキャンプを実施いたします。<br>
万一の受診に備え、事前に問診票を作成いただけるとのことでしたので、
第1班の児童の情報をお送りいたします。</p>
<table border="1">
<tr><th>氏名</th><th>ふりがな</th><th>生年月日</th><th>保護者</th><th>保護者連絡先</th></tr>
{_tr}
</table>
<p>残りの班は追ってお送りします。何卒よろしくお願いいたします。</p>
<p>日の出産業株式会社 人事部 健康管理室<br>保健師 東雲 あかね<br>TEL 06-6358-2230</p>
</body></html>""",
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of 8 children, 和暦 birth dates and guardians' phones to a clinic",
})

_k = kids(15)
_csv = [["申込番号", "児童氏名", "フリガナ", "生年月日", "郵便番号", "住所", "保護者携帯"]]
for i, k in enumerate(_k, 1):
    _csv.append([f"W26-{i:03d}", k["name"], k["kana"], dob(k, "dash"), k["zip"], k["addr"], k["tel"]])
MESSAGES.append({
    "id": "camp-033", "sender": SAOT, "to": [TRAVEL],
    "subject": "冬キャンプ 申込者データ（第1次締切分）",
    "charset": "utf-8",
    "body": f"""設楽様

お世話になっております。早乙女です。
冬キャンプの第1次締切分の申込者データをZIPでお送りします。
CSVと、申込時の備考をまとめたWordが入っています。
宿泊者名簿の作成にご利用ください。
{SIG_SAOT}""",
    "attachments": [{"kind": "zip", "name": "申込データ_第1次.zip", "files": [
        {"kind": "csv", "name": "申込者一覧.csv", "encoding": "utf-8", "rows": _csv},
        {"kind": "docx", "name": "備考まとめ.docx",
         "paragraphs": ["申込時備考", "・W26-004 兄弟で同室希望", "・W26-009 初スキー",
                        "・W26-012 12/28は現地解散（保護者が迎え）"]}]}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "unencrypted ZIP: CSV of 15 children with birth date, home address and guardian mobile",
})

MESSAGES.append({
    "id": "camp-034", "sender": SAOT, "to": [TRAVEL],
    "subject": "【再送】申込者データ（第2次締切分）パスワード付き",
    "charset": "iso-2022-jp",
    "body": f"""設楽様

たびたび失礼いたします。早乙女です。
社内ルールにより、第2次締切分はパスワード付きZIPでお送りします。
パスワードは別途お電話でお伝えします。
{SIG_SAOT}""",
    "attachments": [{"kind": "zip", "name": "申込データ_第2次.zip", "password": "Snow1226!",
                     "files": [{"kind": "csv", "name": "申込者一覧_第2次.csv", "encoding": "cp932",
                                "rows": [["申込番号", "児童氏名", "生年月日"]] +
                                        [[f"W26-{i:03d}", k["name"], dob(k, "iso")]
                                         for i, k in enumerate(kids(9), 16)]}]}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected (PPAP) ZIP to the travel agency: contents cannot be inspected",
})

MESSAGES.append({
    "id": "camp-035", "sender": NIKA, "to": [LODGE],
    "subject": "事前発送荷物の追跡番号のお知らせ",
    "charset": "cp932",
    "body": f"""高原ロッジこもれび
北沢様

お世話になっております。日の出産業の二階堂です。
キャンプで使用する備品を本日発送いたしました。7/31（金）午前着の予定です。

　1. ヤマト運輸　　伝票番号 4521-8873-0192　（段ボール3箱：工作材料・レク用品）
　2. ヤマト運輸　　伝票番号 4521-8873-0203　（段ボール2箱：救急用品・AED予備パッド）
　3. 佐川急便　　　問合せ番号 3602-5517-8849（テント用ペグ・ロープ）
　4. 日本郵便　　　追跡番号 EJ 1928 3746 5JP（パンフレット類）

到着までロッジ様でお預かりいただけますと幸いです。
{SIG_NIKA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "tracking numbers of shipped supplies; number-heavy but no personal data",
})

_k = kids(12)
_inner = padded([["氏名", "学年", "乗車地", "保護者携帯"]] +
                [[k["name"], f"{k['grade']}年", rng.choice(["本社前", "新大阪駅北口"]), zen(k["tel"])] for k in _k],
                gap=3)
MESSAGES.append({
    "id": "camp-036", "sender": MIYA, "to": [BUS],
    "subject": "FW: 2号車 乗車名簿（最新版）",
    "charset": "utf-8",
    "body": f"""岩城様

お世話になっております。宮之原です。
社内で回覧していた2号車の名簿（最新版）を、そのまま転送いたします。
乗務員の方の点呼用にお使いください。
{SIG_MIYA}""",
    "attachments": [{"kind": "eml", "name": "2号車 乗車名簿（最新版）.eml", "message": {
        "sender": NIKA, "to": [MIYA], "subject": "2号車 乗車名簿（最新版）", "charset": "iso-2022-jp",
        "body": f"宮之原さん\n\n2号車の名簿、欠席1名を反映して更新しました。\n\n{_inner}\n\n二階堂"}}],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "forwarded internal mail (attached .eml) with 12 children and guardians' full-width phones to the bus operator",
})

_k = kids(10)
_fw = "\n".join(f"{k['name']}（{k['kana']}）／{k['zip']} {k['addr']}／{k['tel']}" for k in _k)
MESSAGES.append({
    "id": "camp-037", "sender": NIKA, "to": [SAOT],
    "subject": "転送: 冬キャンプ申込 住所確認が必要な方",
    "charset": "iso-2022-jp",
    "body": f"""早乙女さん

お疲れさまです。申込フォームの住所が不完全だった方の一覧を転送します。
しおりの郵送前に、各社員へ確認をお願いできますか。

-------- 転送メッセージ --------
From: 申込フォーム <camp-entry@hinode-sangyo.co.jp>
Subject: 冬キャンプ申込 要確認リスト

{_fw}
--------------------------------
{SIG_NIKA}""",
    "expect": "pass", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": [],
    "note": "forwarded list of 10 addresses and phones, but sender and recipients are all internal",
})

_k = kids(6)
_blocks = []
for i, k in enumerate(_k, 1):
    _blocks.append(f"""【{zen(str(i))}】
　お名前　　：{k['name']}（{k['kana']}）
　生年月日　：{dob(k, 'zen')}
　ご住所　　：〒{zen(k['zip'])}　{zen(k['addr'])}
　保護者携帯：{zen(k['tel'])}（{k['p_rel']}）""")
MESSAGES.append({
    "id": "camp-038", "sender": SAOT, "to": [TRAVEL],
    "subject": "追加申込者の情報（6名分）",
    "charset": "cp932",
    "body": "設楽様\n\nお世話になっております。早乙女です。\n"
            "締切後に追加でお申込みのあった6名分の情報です。名簿への追加をお願いいたします。\n\n"
            + "\n\n".join(_blocks) + "\n\n以上6名、よろしくお願いいたします。\n" + SIG_SAOT,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six records as blocks with full-width digits and 和暦 birth dates to the travel agency",
})

_k = kids(8)
_rows = [["No", "Name (Surname, Given)", "Sex", "Date of birth", "Passport No.", "Expiry"]]
for i, k in enumerate(_k, 1):
    pp = rng.choice(["TR", "TS", "TK", "MZ"]) + f"{rng.randint(1000000, 9999999)}"
    _rows.append([str(i), f"{k['sei_r'].upper()}, {k['mei_r'].upper()}", "M" if k["sex"] == "男" else "F",
                  dob(k, "en"), pp, f"{rng.randint(1, 28):02d} {rng.choice(['Mar', 'Jul', 'Oct'])} 203{rng.randint(0, 5)}"])
MESSAGES.append({
    "id": "camp-039", "sender": HARR, "to": [GUAM],
    "subject": "Participant list - Spring Junior Camp (Mar 27-31, 2027)",
    "charset": "utf-8",
    "body": f"""Dear Reservations Team,

Thank you for your help with our Spring Junior Camp. As requested for the camp registration
and the airport transfer manifest, please find below the details of the first eight children.

{padded(_rows, gap=3)}

The remaining participants will follow once their passports have been issued.
Please let me know if you need anything else.
{SIG_HARR}
{DISC_EN}""",
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "English mail with eight children's romaji names, birth dates and passport numbers to a Guam operator",
})

MESSAGES.append({
    "id": "camp-040", "sender": HARR, "to": [GUAM],
    "subject": "Re: Program and pricing - Spring Junior Camp 2027",
    "charset": "utf-8",
    "body": f"""Dear Ms. Cruz,

Thank you for the detailed proposal. We have a few questions before we confirm:

1. Counselor ratio: is it 1 counselor per 6 children for the snorkeling day as well?
2. Airport transfer: our group (about 24 children and 5 staff) arrives on the morning flight
   on March 27. Can the transfer be arranged with two vehicles?
3. Pricing: the proposal shows USD 1,180 per child for 5 days. Does this include the
   Tumon Bay excursion and the farewell barbecue?
4. Cancellation: could you share your cancellation schedule in writing?

We plan to finalize the contract by the end of October.
{SIG_HARR}

On Tue, Sep 15, 2026 at 9:02 AM, Island Kids Adventure Camp <reservations@islandkids-guam.com> wrote:
> Dear Ms. Harris,
> Please find attached our proposal for your Spring Junior Camp.
> Kind regards, Maria Cruz""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "English business questions about program and prices; no personal data",
})

# ============================================================================================
# 041-060
# ============================================================================================

_k = kids(7)
_rows = [["サマーキャンプ参加費 返金振込一覧（キャンセル分）", "", "", "", "", ""], [],
         ["受取人名（カナ）", "銀行名", "支店名", "種目", "口座番号", "金額"]]
for k in _k:
    _rows.append([f"{k['sei_k']} {k['p_kana']}", rng.choice(["みどり銀行", "ゆうちょ銀行", "関西中央信用金庫", "みどり銀行"]),
                  rng.choice(["梅田支店", "豊中支店", "西宮北口支店", "〇四八支店", "千里中央支店"]),
                  "普通", f"{rng.randint(1000000, 9999999)}", rng.choice([12000, 24000, 12000, 8000])])
MESSAGES.append({
    "id": "camp-041", "sender": NOTO, "to": ["みどり銀行 法人営業部 窓口担当 <hojin-eigyo@midori-ginko.co.jp>"],
    "subject": "総合振込依頼データの送付（キャンプ参加費返金分）",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 経理部の能登でございます。
インターネットバンキングの障害のため、本日分の総合振込を窓口にて
お願いしたく、依頼データを添付いたします（7件）。
指定日：2026年9月10日

お手数をおかけしますが、よろしくお願いいたします。
{SIG_NOTO}""",
    "attachments": [{"kind": "xlsx", "name": "総合振込依頼_0910.xlsx", "sheets": {"振込依頼": _rows}}],
    "expect": "stop", "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"], "detectors": ["personal_data"],
    "note": "seven guardians' personal bank accounts (refunds) in an XLSX to the bank",
})

_k = kids(1)[0]
MESSAGES.append({
    "id": "camp-042", "sender": NOTO, "to": [f"{_k['parent']} <{_k['mail'].split('@')[0]}@yahoo.co.jp>"],
    "subject": "キャンプ参加費のご返金について",
    "charset": "iso-2022-jp",
    "body": f"""{_k['parent']} 様

日の出産業株式会社 経理部の能登と申します。
このたびは{_k['mei']}さんのサマーキャンプ不参加のご連絡をいただき、ありがとうございました。
参加費のご返金につきまして、下記の口座へお振込みいたします。

　お振込先　みどり銀行　豊中支店　普通預金　4410382
　口座名義　{_k['sei_k']} {_k['p_kana']}
　金額　　　12,000円
　振込予定日　9月10日（木）

口座情報に誤りがございましたら、9月4日までにご返信ください。
{SIG_NOTO}""",
    "expect": "pass", "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "one guardian's own refund account confirmed to that guardian's free-mail address: one record",
})

_k = kids(16)
_rows = [["スノーキャンプ2026　レンタルサイズ表（妙高スノースクール様 提出用）"],
         ["班", "氏名", "学年", "身長(cm)", "体重(kg)", "靴(cm)", "スキー経験"]]
for i, k in enumerate(_k):
    h = 110 + k["grade"] * 6 + rng.randint(-4, 6)
    _rows.append([f"{i // 4 + 1}班", k["name"], k["grade"], h, round(h * 0.2 + rng.randint(-3, 5)),
                  round((h / 6.4) * 2) / 2, rng.choice(["初めて", "1〜2回", "ボーゲンで滑れる", "パラレル"])])
MESSAGES.append({
    "id": "camp-043", "sender": SAOT, "to": [SKI],
    "subject": "レンタル用品のサイズ表について",
    "charset": "utf-8",
    "body": f"""妙高スノースクール
杉浦様

お世話になっております。日の出産業の早乙女です。
レンタル用品のご準備用に、児童のサイズ表をお送りします（第1・第2グループ 16名）。
スキー経験の欄はレッスンの班分けにもお使いください。
{SIG_SAOT}""",
    "attachments": [{"kind": "xlsx", "name": "レンタルサイズ表.xlsx", "sheets": {"サイズ": _rows}}],
    "expect": "stop", "entities": ["PERSON_NAME"], "detectors": ["personal_data"],
    "note": "16 named children with height, weight and shoe size: a list of people's attributes, external",
})

MESSAGES.append({
    "id": "camp-044", "sender": SAOT, "to": [SKI],
    "subject": "Re: レッスン班編成とインストラクター人数",
    "charset": "iso-2022-jp",
    "body": f"""杉浦様

ご連絡ありがとうございます。早乙女です。
保護者アンケートの集計では、レベル別の人数は次のとおりです。

　初めて　　　　　　18名
　1〜2回経験　　　　12名
　ボーゲンで滑れる　 9名
　パラレル　　　　　 5名
　　　　　　　　　計44名

1班あたり6名程度とすると、インストラクターは8名必要かと思います。
2日目午後の自由滑走は、引率スタッフが付き添います。
レッスン料（1名 9,000円×2日）のお見積りも、あわせてお願いいたします。
{SIG_SAOT}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "ski level counts and instructor numbers: aggregated, no one identified",
})

_k = kids(10)
_rows = [["整理番号", "性別", "生年月日", "住所"]]
for i, k in enumerate(_k, 1):
    _rows.append([zen(f"{i:02d}"), k["sex"], dob(k, "zen"), zen(k["addr"])])
MESSAGES.append({
    "id": "camp-045", "sender": SAOT, "to": [INS],
    "subject": "冬キャンプ 保険加入予定者（氏名は確定後に差し替えます）",
    "charset": "cp932",
    "body": "漆原様\n\nお世話になっております。早乙女です。\n"
            "冬キャンプの保険料概算のため、加入予定者の性別・生年月日・住所を先にお送りします。\n"
            "氏名は参加確定後に整理番号と対応させてお送りします。\n\n"
            + padded(_rows, gap=2, rule="－") +
            "\n\n以上１０名分です。よろしくお願いいたします。\n" + SIG_SAOT,
    "expect": "stop", "entities": ["DATE_OF_BIRTH", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "ten records without a name column (和暦 birth date and home address, full-width) to the insurer",
})

_lead = adults(6)
MESSAGES.append({
    "id": "camp-046", "sender": MIYA, "to": [LEADERS],
    "subject": "学生リーダーの班分けと連絡先（研修資料）",
    "charset": "utf-8",
    "body": f"""キャンプリーダーズ関西 事務局 御中

お世話になっております。日の出産業の宮之原です。
7/25の事前研修で使う資料（班分けと連絡先）をお送りします。
リーダーの皆さんへの配布をお願いいたします。
{SIG_MIYA}""",
    "attachments": [{"kind": "pptx", "name": "事前研修_班分け.pptx", "slides": [
        ["2026 ひのでサマーキャンプ 学生リーダー事前研修", "7月25日（土）13:00〜 日の出ビル 7F 大会議室"],
        ["班分け"] + [f"{i + 1}班　リーダー：{a['name']}" for i, a in enumerate(_lead)],
        ["リーダー連絡先（当日の緊急連絡用）"] + [f"{a['name']}（{a['kana']}）　{a['tel']}　{a['mail']}" for a in _lead],
        ["当日の流れ", "7:00 本社前集合", "7:30 出発", "13:00 ロッジ到着・入村式"]]}],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PPTX slide listing six student leaders' mobiles and private e-mail to an outside NPO",
})

_st = adults(9)
_rows = [["氏名", "ふりがな", "性別", "生年月日", "携帯電話", "所属"]]
for a in _st:
    y, m, d = a["dob"]
    _rows.append([a["name"], a["kana"], a["sex"], wareki(y, m, d, "short"), a["tel"], rng.choice(DEPTS)])
MESSAGES.append({
    "id": "camp-047", "sender": SAOT, "to": [TRAVEL],
    "subject": "引率者名簿（スノーキャンプ）",
    "charset": "cp932",
    "body": f"""設楽様

お世話になっております。早乙女です。
引率者9名の名簿をお送りします。古いExcel形式ですみません。
宿泊者名簿とリフト券の手配にお使いください。
{SIG_SAOT}""",
    "attachments": [{"kind": "xls", "name": "引率者名簿.xls", "sheets": {"引率者": _rows}}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of nine staff with 和暦 (S/H) birth dates and mobiles to the travel agency",
})

_k = kids(11)
_lines = "\n".join(f"{k['emp']},{k['parent']},{k['mail']},{k['name']}" for k in _k)
MESSAGES.append({
    "id": "camp-048", "sender": "伊集院 航 <w-ijuin@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポート窓口 <support@tsubasa-system.jp>"],
    "subject": "保護者アカウント一括登録のお願い（キャンプ申込フォーム）",
    "charset": "utf-8",
    "body": f"""ツバサシステム株式会社
サポートご担当者様

いつもお世話になっております。日の出産業 情報システム部の伊集院です。
キャンプ申込フォームの保護者アカウントを一括登録していただきたく、
登録データを下記に貼り付けます（インポート機能がエラーになるため）。

社員番号,保護者氏名,メールアドレス,児童氏名
{_lines}

登録完了後、各保護者へ初期パスワードの通知メールを送信してください。
よろしくお願いいたします。

日の出産業株式会社 情報システム部
伊集院 航　TEL 06-6358-2260""",
    "expect": "stop", "entities": ["PERSON_NAME", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "comma list of 11 guardians with private e-mail addresses and their children to the system vendor",
})

_k = kids(6)
_rows = [["氏名", "保険者番号", "記号", "番号", "続柄"]]
for k in _k:
    _rows.append([k["name"], f"0{rng.randint(6130000, 6139999)}", f"{rng.randint(100, 9999)}",
                  f"{rng.randint(1, 999)}", "家族"])
MESSAGES.append({
    "id": "camp-049", "sender": SHIN, "to": [NURSE],
    "subject": "健康保険証の記号・番号の控え",
    "charset": "iso-2022-jp",
    "body": f"""砂原様

お世話になっております。東雲です。
保険証の原本は各自持参としていますが、紛失に備えて、受診の可能性が高い
お子様6名分の保険証の記号・番号を控えました。救護セットと一緒に保管をお願いします。

{padded(_rows)}
{SIG_SHIN}""",
    "expect": "stop", "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"], "detectors": ["personal_data"],
    "note": "health insurance card numbers (記号・番号) of six children to the external nurse",
})

_mn = my_number(SEED + 1)
MESSAGES.append({
    "id": "camp-050", "sender": NOTO, "to": ["税理士法人あさひ会計 平泉様 <hiraizumi@asahi-kaikei.jp>"],
    "subject": "支払調書作成用の情報（スキー講師 謝礼）",
    "charset": "iso-2022-jp",
    "body": f"""税理士法人あさひ会計
平泉様

いつもお世話になっております。日の出産業 経理部の能登です。
冬キャンプで個人の方にお願いしたスキー講師の謝礼について、
報酬・料金等の支払調書の作成をお願いいたします。

　氏名　　　　水無瀬 慧（みなせ けい）
　住所　　　　新潟県妙高市関川2187-3
　個人番号　　{mn_spaced(_mn)}
　支払金額　　120,000円（源泉徴収税額 12,252円）
　支払日　　　2026年12月28日
{SIG_NOTO}""",
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an individual instructor's My Number and home address sent to the outside tax accountant",
})

_ld = adults(3)
_txt = []
for i, a in enumerate(_ld, 2):
    y, m, d = a["dob"]
    _txt.append(f"{a['name']}（{a['kana']}）　生年月日 {y}/{m}/{d}　個人番号 {my_number(SEED + i)}"
                f"　基礎年金番号 {rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}")
MESSAGES.append({
    "id": "camp-051", "sender": SAOT, "to": [JONO],
    "subject": "学生リーダー（短期アルバイト）雇用手続き書類",
    "charset": "utf-8",
    "body": "城之内さん\n\nお疲れさまです。早乙女です。\n"
            "サマーキャンプの学生リーダーのうち、当社の短期アルバイトとして雇用する3名分の\n"
            "情報です。本人確認書類のコピーは社内便で人事部へお送りしました。\n\n"
            + "\n".join(_txt) + "\n\n雇用契約書の作成をお願いいたします。\n" + SIG_SAOT,
    "expect": "pass", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    "detectors": [],
    "note": "My Numbers and pension numbers of three students, but sent from one employee to another internally",
})

_ld = adults(2)
_txt = []
for i, a in enumerate(_ld, 5):
    y, m, d = a["dob"]
    _txt.append(f"""■{a['name']}（{a['kana']}）
　生年月日：{wareki(y, m, d)}
　住所：{rng.choice(['大阪府吹田市山田西1-22-5', '京都府京都市左京区北白川西町81 白川ハイツ203'])}
　マイナンバー：{my_number(SEED + i)}
　基礎年金番号：{rng.randint(1000, 9999)}－{rng.randint(100000, 999999)}""")
MESSAGES.append({
    "id": "camp-052", "sender": JONO, "to": ["桐谷社会保険労務士事務所 <office@kiritani-sr.jp>"],
    "subject": "短期アルバイト2名の資格取得届について",
    "charset": "iso-2022-jp",
    "body": "桐谷先生\n\nいつもお世話になっております。日の出産業 人事部の城之内です。\n"
            "キャンプの学生リーダーとして短期雇用する2名について、労災・雇用保険の\n"
            "手続きに必要な情報をお送りします。\n\n"
            + "\n\n".join(_txt) + "\n\n雇用期間：2026年8月1日〜8月7日\nよろしくお願いいたします。\n" + SIG_JONO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two students' My Numbers and basic pension numbers to an outside labour consultant",
})

_cn = card_number(SEED + 7)
_k = kids(1)[0]
MESSAGES.append({
    "id": "camp-053", "sender": HARR, "to": [TRAVEL],
    "subject": "グアムキャンプ 参加費のカード決済について",
    "charset": "utf-8",
    "body": f"""設楽様

お世話になっております。日の出産業の Harris です。
グアムジュニアキャンプの参加費（自己負担分）について、{_k['dept']}の{_k['parent']}さんから
クレジットカードでの支払いを希望されています。
ご本人から預かったカード情報をお伝えしますので、決済をお願いできますでしょうか。

　カード番号：{card_spaced(_cn)}
　有効期限：08/29
　名義：{_k['p_kana']} {_k['sei_k']}（{_k['sei_r'].upper()}）
　金額：98,000円

決済完了後、ご本人へ直接領収書をお送りいただけると助かります。
{SIG_HARR}""",
    "expect": "stop", "entities": ["PERSON_NAME", "CREDIT_CARD"], "detectors": ["personal_data"],
    "note": "an employee's credit card number and expiry relayed in the body to the travel agency",
})

_a = adults(1)[0]
_dl = f"{rng.randint(60, 63)}{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}"
MESSAGES.append({
    "id": "camp-054", "sender": NIKA, "to": ["ひまわりレンタカー 茅野駅前店 <chino@himawari-rentacar.co.jp>"],
    "subject": "ご予約 HR-58213 運転者登録のお願い",
    "charset": "cp932",
    "body": f"""ひまわりレンタカー 茅野駅前店 御中

お世話になっております。日の出産業株式会社の二階堂です。
8/3〜8/6にご予約しているワゴン車（予約番号 HR-58213）の運転者情報をお送りします。

　運転者氏名　：{_a['name']}（{_a['kana']}）
　生年月日　　：{wareki(*_a['dob'])}
　運転免許証番号：{_dl}
　免許の有効期限：令和10年{_a['dob'][1]}月{_a['dob'][2]}日まで
　携帯電話　　：{_a['tel']}

受け取りは8/3 14:00頃、茅野駅前店にて予定しています。
{SIG_NIKA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one staff driver's licence number and birth date to a rental-car company: identity document",
})

MESSAGES.append({
    "id": "camp-055", "sender": HARR, "to": [TRAVEL],
    "subject": "グアムキャンプ 外国籍の参加者の手続きについて",
    "charset": "utf-8",
    "body": f"""設楽様

お世話になっております。Harrisです。
参加者のうち1名は外国籍のため、再入国と航空券の手配に必要な情報をお送りします。

　氏名：SANTOS, Liam Kaito（サントス リアム カイト）
　生年月日：2016年5月19日
　国籍：フィリピン
　在留カード番号：UH48213975FA（在留期間満了日 2028年6月30日）
　保護者：技術開発部 Santos Maria 社員

みなし再入国許可で問題ないか、ご確認いただけますでしょうか。
{SIG_HARR}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "one child's residence card number and birth date to the travel agency: identity document",
})

MESSAGES.append({
    "id": "camp-056", "sender": HARR, "to": [GUAM],
    "subject": "Medical information for one participant",
    "charset": "utf-8",
    "body": f"""Dear Ms. Cruz,

Following your request for medical information, please note the following for one of our
participants:

  Name: Hinata Kurogane (boy, 10)
  Date of birth: 14 Nov 2016
  Condition: bronchial asthma, diagnosed at age 4; last attack in May 2026
  Medication: Flutiform inhaler twice a day; Salbutamol inhaler as needed
  Notes: exercise in high humidity can trigger symptoms. Please let him rest in the shade
  during the jungle hike if he starts coughing.

His parents have asked that the camp nurse keep a spare inhaler.
{SIG_HARR}""",
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English medical note: one named child's asthma diagnosis and medication to the overseas camp",
})

_k = kids(1)[0]
MESSAGES.append({
    "id": "camp-057", "sender": SAOT, "to": [HOTEL_GM],
    "subject": "防水シーツのご用意について（ご相談）",
    "charset": "iso-2022-jp",
    "body": f"""丹羽様

お世話になっております。早乙女です。
1点ご相談させてください。
{_k['grade']}年生の{_k['sei']}{_k['mei']}くんは、夜尿症で小児科に通院中とのことで、
お母様から防水シーツの使用をお願いされています。本人は気にしているので、
同室の子に分からないよう、布団の下に敷いていただけますでしょうか。
朝は引率スタッフが先に回収し、ランドリーをお借りする予定です。

ご配慮いただけますと幸いです。
{SIG_SAOT}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named boy's enuresis treatment in running text to the hotel (health data of one person)",
})

_k = kids(1)[0]
MESSAGES.append({
    "id": "camp-058", "sender": MIYA, "to": [LEADERS],
    "subject": "4班のリーダーさんへの申し送り",
    "charset": "utf-8",
    "body": f"""キャンプリーダーズ関西　事務局 ご担当者様

宮之原です。4班を担当されるリーダーさんへ、事前に共有をお願いします。

4班の{_k['name']}（{_k['kana']}）くん・{_k['grade']}年生は自閉スペクトラム症の診断があり、
療育手帳（B2）をお持ちです。予定の急な変更や大きな音が苦手なので、
次に何をするかを前もって短く伝えてあげてください。
パニックになったときは、静かな場所で落ち着くまで待つのが一番とのことです。
ご家族は「みんなと同じように楽しませてあげたい」とおっしゃっています。
{SIG_MIYA}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one child's autism diagnosis and disability certificate to the outside leaders' NPO",
})

_k = kids(1)[0]
MESSAGES.append({
    "id": "camp-059", "sender": SHIN, "to": [CLINIC],
    "subject": "受診の可能性がある児童について（事前のご相談）",
    "charset": "iso-2022-jp",
    "body": f"""八ヶ岳高原診療所
院長　矢萩先生

突然のご連絡失礼いたします。日の出産業 健康管理室 保健師の東雲です。
先日お電話でご相談した件、保護者の同意を得ましたので情報をお送りします。

{_k['name']}（{_k['kana']}）　{dob(_k, 'kanji')}生
5歳時に川崎病に罹患し、冠動脈瘤（小）が残っています。現在もアスピリンを内服中で、
年1回大阪市内の病院で心エコーを受けています。運動制限は特にありません。
胸痛や強い倦怠感を訴えた場合には、受診させていただくかもしれません。

主治医の紹介状の写しは、看護師が持参いたします。
{SIG_SHIN}""",
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one child's medical history (Kawasaki disease, coronary aneurysm, medication) to a clinic",
})

_k = kids(1)[0]
MESSAGES.append({
    "id": "camp-060", "sender": KUGA, "to": [f"{_k['parent']} <{_k['mail'].split('@')[0]}@gmail.com>"],
    "subject": f"{_k['mei']}さんの体調について（ご報告）",
    "charset": "utf-8",
    "body": f"""{_k['parent']} 様

日の出産業 福利厚生課の久我です。先ほどはお電話で失礼いたしました。
改めて経過をご報告いたします。

本日（8/4）14:30頃、{_k['mei']}さんが湖での活動後に頭痛と吐き気を訴えたため、
看護師の判断で八ヶ岳高原診療所を受診しました。
医師の診断は「熱中症（中等症）」で、点滴を受け、現在はロッジの救護室で休んでいます。
夕食はおかゆを少し食べられました。今夜は看護師が同室で様子を見ます。

明朝の状態を見て、残りのプログラムへの参加についてご相談させてください。
{SIG_KUGA}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "named child's heatstroke diagnosis and treatment to the guardian's Gmail: health data of one person",
})

# ============================================================================================
# 061-080
# ============================================================================================

MESSAGES.append({
    "id": "camp-061", "sender": SHIN, "to": [NURSE_AG],
    "subject": "引率スタッフの健康面について（看護師様への申し送り）",
    "charset": "iso-2022-jp",
    "body": f"""加賀美様

お世話になっております。東雲です。
児童ではなく引率スタッフのことで、看護師様に知っておいていただきたい点があります。

物流センターの葛西 達也さん（引率・3班担当）は、昨年うつ病で3か月休職しており、
現在も通院・服薬を続けています。本人の希望で参加しますが、主治医からは睡眠を
しっかり取るよう言われているため、夜間の見回り当番からは外しています。
キャンプ中に体調の変化があった場合は、私（東雲）にご連絡ください。

本人の了解を得てお伝えしています。取扱いにはご配慮をお願いいたします。
{SIG_SHIN}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named staff member's depression, leave and treatment to the nurse agency",
})

MESSAGES.append({
    "id": "camp-062", "sender": SAOT, "to": ["さくらホテル妙高 団体予約 <group@sakura-hote1.jp>"],
    "subject": "12/26〜28 団体予約（日の出産業）部屋数変更のお願い",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル妙高
団体予約ご担当者様

お世話になっております。日の出産業の早乙女です。
12/26〜28のご予約につきまして、部屋数の変更をお願いいたします。

　変更前：和室（6名）8室＋洋室ツイン 5室
　変更後：和室（6名）9室＋洋室ツイン 4室

あわせて、12/27夕食時の宴会場（桜の間）利用は予定どおりでお願いします。
{SIG_SAOT}""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "recipient domain sakura-hote1.jp imitates partner sakura-hotel.jp (l replaced by 1)",
})

MESSAGES.append({
    "id": "camp-063", "sender": MIYA, "to": ["森下様 <morishita@kitaguni-food.co.jp>"],
    "subject": "8/5 夕食メニュー変更の件",
    "charset": "cp932",
    "body": f"""北国フーズ　森下様

お世話になっております。宮之原です。
8/5の夕食はBBQの予定でしたが、雨天予報のためカレーに変更をお願いできますでしょうか。
アレルギー対応食の食数は前回お伝えしたとおり（卵除去4・乳除去2・小麦除去1・えびかに2）です。
小麦除去の1食は米粉ルウでお願いいたします。
{SIG_MIYA}""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "kitaguni-food.co.jp (s dropped) is a look-alike of partner kitaguni-foods.co.jp",
})

_k = kids(9)
_lines = "\n".join(f"・{k['name']}（{k['grade']}年）保護者 {k['tel']}　アレルギー：{k['allergy']}" for k in _k)
MESSAGES.append({
    "id": "camp-064", "sender": NIKA, "to": ["早乙女 大地 <d-saotome@hinode-sangyou.co.jp>"],
    "subject": "1号車の名簿（アレルギー情報つき）",
    "charset": "iso-2022-jp",
    "body": f"""早乙女さん

お疲れさまです。二階堂です。
1号車の名簿にアレルギー情報を加えたものです。バス内のおやつ配布の参考にしてください。

{_lines}

※{_k[2]['sei']}さんは喘息もあるので、車内の温度に気をつけてあげてください。
{SIG_NIKA}""",
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but addressed to hinode-sangyou.co.jp, a look-alike of the own domain",
})

MESSAGES.append({
    "id": "camp-065", "sender": MIYA, "to": ["錦印刷 大豆生田様 <omameuda@nishiki-insatu.co.jp>"],
    "subject": "キャンプのしおり 入稿データ",
    "charset": "utf-8",
    "body": f"""大豆生田様

お世話になっております。日の出産業の宮之原です。
キャンプのしおりの入稿データをお送りします。
A5中綴じ・16ページ、部数は90部でお願いいたします。納期は7/24（金）希望です。
{SIG_MIYA}""",
    "attachments": [{"kind": "pdf", "name": "しおり_入稿データ.pdf", "title": "キャンプのしおり",
                     "lines": ["2026 ひのでサマーキャンプ しおり", "",
                               "1日目 8/3（月） 7:30 出発 / 13:00 ロッジ到着 / 15:00 入村式 / 19:00 キャンプファイヤー",
                               "2日目 8/4（火） 湖で水遊び / 工作 / 星空観察",
                               "3日目 8/5（水） アスレチック / 飯ごう炊さん",
                               "4日目 8/6（木） 退村式 / 10:00 出発 / 16:30 本社前 解散",
                               "", "持ち物：着替え4日分、水着、雨具、懐中電灯、水筒、健康保険証のコピー"]}],
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp imitates partner nishiki-insatsu.co.jp (s dropped); content harmless",
})

MESSAGES.append({
    "id": "camp-066", "sender": SAOT, "to": [HOTEL],
    "cc": ["宮之原 紗希 <s-miyanohara@hinode-sangyo.jp>"],
    "subject": "宴会場・乾燥室の利用について（12/26〜28）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル妙高　団体予約ご担当者様
（cc：弊社 宮之原）

お世話になっております。日の出産業の早乙女です。
以下、当日の施設利用について確認させてください。

1．12/26 19:00〜20:30　宴会場「桜の間」　開村式・レク
2．12/27 終日　乾燥室（スキーウェア・手袋 約50人分）
3．12/28 8:00〜9:00　ロビー横スペース　荷物まとめ

ご対応可能かどうか、ご返信いただけますと幸いです。
{SIG_SAOT}""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain", "multiple_external_domains"],
    "note": "a colleague copied at hinode-sangyo.jp: a TLD swap of the own domain hinode-sangyo.co.jp",
})

MESSAGES.append({
    "id": "camp-067", "sender": KUGA, "to": [NURSE_AG],
    "subject": "【部外秘】引率スタッフ行動マニュアルの送付",
    "charset": "utf-8",
    "body": f"""【部外秘】

あおぞらナースサービス　加賀美様

お世話になっております。久我です。
看護師様にも当社の引率スタッフと同じ手順で動いていただきたく、
行動マニュアル（部外秘）を添付いたします。
特に「4．事故・急病発生時の連絡フロー」をご確認ください。
{SIG_KUGA}""",
    "attachments": [{"kind": "txt", "name": "引率スタッフ行動マニュアル_部外秘.txt", "encoding": "utf-8",
                     "text": """取扱区分：部外秘
2026 ひのでサマーキャンプ　引率スタッフ行動マニュアル（第3版）

1．基本方針
　児童の安全を最優先とし、単独行動をさせない。
2．点呼
　移動前後、食事前、就寝前に班ごとに点呼し、総責任者へ報告する。
3．水辺の活動
　監視員の指示に従い、ライフジャケットを必ず着用させる。
4．事故・急病発生時の連絡フロー
　発見者 → 班担当 → 看護師・総責任者 → 本社福利厚生課（06-6358-2210）→ 保護者
　救急搬送時は総責任者が同行し、保険会社へは帰社後に連絡する。
5．報道・SNS対応
　取材・問い合わせには回答せず、本社広報へ回す。
"""}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "mail and attachment classified 部外秘 (subject, body stamp, 取扱区分) sent to an external agency",
})

MESSAGES.append({
    "id": "camp-068", "sender": HARR, "to": [GUAM],
    "subject": "Draft services agreement - our comments",
    "charset": "utf-8",
    "body": f"""Dear Ms. Cruz,

Please find attached the draft services agreement with our comments on sections 4
(liability) and 7 (cancellation). Our legal team has marked the document as confidential;
we would appreciate it if you could limit its circulation to those reviewing it.
{SIG_HARR}""",
    "attachments": [{"kind": "pdf", "name": "Services_Agreement_draft_v2.pdf",
                     "title": "Services Agreement (draft v2)",
                     "page_header": "CONFIDENTIAL", "page_footer": "Hinode Sangyo Co., Ltd. - Confidential - Draft",
                     "lines": ["SERVICES AGREEMENT (DRAFT v2)",
                               "between Hinode Sangyo Co., Ltd. and Island Kids Adventure Camp LLC",
                               "",
                               "4. Liability. The Provider shall maintain liability insurance of not less than USD 2,000,000.",
                               "   [HS comment: please confirm the insurer and attach a certificate.]",
                               "7. Cancellation. Cancellation more than 60 days before arrival: no charge.",
                               "   [HS comment: we propose 45 days.]",
                               "9. Fees. USD 1,180 per child; staff free of charge at a ratio of 1:6."]}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "PDF stamped CONFIDENTIAL in its header and footer sent to an outside company",
})

MESSAGES.append({
    "id": "camp-069", "sender": SAOT, "to": [SKI],
    "subject": "スノーキャンプ 実施計画（共有用）",
    "charset": "utf-8",
    "body": f"""杉浦様

お世話になっております。早乙女です。
社内で承認された実施計画のスライドを共有いたします。
レッスンの時間割（3枚目）に問題がないかご確認ください。
{SIG_SAOT}""",
    "attachments": [{"kind": "pptx", "name": "2026スノーキャンプ_実施計画.pptx", "page_footer": "社外秘",
                     "title": "2026 スノーキャンプ 実施計画",
                     "slides": [["2026 スノーキャンプ 実施計画", "総務部 福利厚生課", "2026年10月 経営会議 承認"],
                                ["概要", "日程：12/26（土）〜28（月）2泊3日", "宿泊：さくらホテル妙高",
                                 "参加：児童44名／引率10名", "予算：2,658千円（会社負担70%）"],
                                ["レッスン時間割", "12/26 14:00〜16:00 レッスン①", "12/27 9:30〜12:00 レッスン②",
                                 "12/27 13:30〜15:30 レッスン③", "12/28 9:00〜10:30 自由滑走"]]}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "slides carry a 社外秘 footer on every page and go to the ski school",
})

MESSAGES.append({
    "id": "camp-070", "sender": NIKA, "to": [BUS],
    "subject": "2号車 乗車名簿（Excel）",
    "charset": "cp932",
    "body": f"""岩城様

お世話になっております。二階堂です。
2号車の乗車名簿をExcelでお送りします。
1号車分と同じ形式にしています。
{SIG_NIKA}""",
    "attachments": [{"kind": "corrupt", "name": "乗車名簿_2号車.xlsx"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the attached workbook is corrupt and cannot be inspected",
})

MESSAGES.append({
    "id": "camp-071", "sender": MIYA, "to": [LODGE],
    "subject": "食物アレルギー一覧（PDF）",
    "charset": "iso-2022-jp",
    "body": f"""北沢様

お世話になっております。宮之原です。
厨房様へお渡しいただく食物アレルギー一覧をPDFでお送りします。
{SIG_MIYA}""",
    "attachments": [{"kind": "corrupt", "name": "食物アレルギー一覧.pdf"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "corrupt PDF attachment to the lodge: cannot be read, so it must be held",
})

MESSAGES.append({
    "id": "camp-072", "sender": MIYA, "to": [LEADERS],
    "subject": "キャンプ場周辺の地図と研修当日の集合場所",
    "charset": "utf-8",
    "body": f"""キャンプリーダーズ関西　事務局 ご担当者様

お世話になっております。宮之原です。
キャンプ場周辺の地図（画像）をお送りします。オリエンテーリングのコース作りにお使いください。
また、7/25（土）の事前研修は、日の出ビル7F 大会議室に12:45集合でお願いします。
ビル1階の受付で「総務部 研修」とお伝えください。
{SIG_MIYA}""",
    "attachments": [{"kind": "png", "name": "キャンプ場周辺地図.png"}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "map image and meeting place for the leaders' NPO: ordinary business mail",
})

MESSAGES.append({
    "id": "camp-073", "sender": SAOT, "to": [SKI, HOTEL_GM, BUS],
    "subject": "【至急】12/28 行程変更（降雪による早期出発）",
    "charset": "iso-2022-jp",
    "body": f"""妙高スノースクール 杉浦様
さくらホテル妙高 丹羽様
青葉運輸 岩城様

お世話になっております。日の出産業の早乙女です。
12/28は大雪予報のため、帰路の出発を早めることにいたしました。

・自由滑走（9:00〜10:30）は中止
・朝食　7:00 → 6:30
・チェックアウト・出発　11:00 → 9:00
・帰着予定　15:00頃

急な変更で申し訳ございませんが、ご対応のほどよろしくお願いいたします。
{SIG_SAOT}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external companies (ski school, hotel, bus) see each other in To",
})

MESSAGES.append({
    "id": "camp-074", "sender": HARR,
    "to": ["Daniel Okafor <dokafor.teach@gmail.com>", "Sarah Lindqvist <sarah.lindqvist@outlook.jp>",
           "Tom Reyes <tomreyes77@icloud.com>"],
    "subject": "English Day Camp (Jul 25) - briefing for instructors",
    "charset": "utf-8",
    "body": f"""Hi Daniel, Sarah and Tom,

Thank you for joining our English Day Camp on Saturday, July 25.
Here is the plan for the day:

  9:30  Meet at Hinode Building, 7F reception
 10:00  Warm-up games (all groups)
 11:00  Group activities - Daniel: drama / Sarah: crafts / Tom: science
 12:00  Lunch (provided)
 13:00  Treasure hunt in Ogimachi Park
 15:00  Presentations and goodbye

Each group has about 12 children (grades 3-6) and one staff member from our office.
Please bring your own name tag. Lunch and transportation costs are covered.
{SIG_HARR}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "three private instructors on different free-mail domains all in To: should be Bcc",
})

_g = kids(6)
MESSAGES.append({
    "id": "camp-075", "sender": SAOT,
    "to": [f"{_g[0]['parent']} <{_g[0]['mail']}>"],
    "cc": [f"{k['parent']} <{k['mail']}>" for k in _g[1:]],
    "subject": "Re: 【サマーキャンプ】水着・ラッシュガードのご準備について",
    "charset": "iso-2022-jp",
    "body": f"""{_g[0]['parent']} 様
（同じご質問をいただいた皆様にもお送りしています）

ご質問ありがとうございます。早乙女です。
水遊びは8/4の1日だけですので、水着は1枚で大丈夫です。
濡れた水着を入れるビニール袋を1枚お持たせください。
ラッシュガードがない場合は、濡れてもよい長袖Tシャツでも構いません。
{SIG_SAOT}

> 早乙女様
> お世話になっております。水着は2日分必要でしょうか？
> ラッシュガードを持っていないのですが、購入した方がよいでしょうか。
> {_g[0]['parent']}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "reply with six guardians' private addresses visible in To/Cc (three or more private persons)",
})

_k = kids(1)[0]
MESSAGES.append({
    "id": "camp-076", "sender": MIYA, "to": [BUS],
    "subject": "座席のご配慮のお願い（1号車）",
    "charset": "utf-8",
    "body": f"""岩城様

お世話になっております。宮之原です。
1号車の{_k['sei']} {_k['mei']}さん（{_k['grade']}年）が乗り物酔いしやすいとのことで、
前から2列目の窓側に座らせる予定です。
酔い止めは出発前に保護者の方が飲ませてくださいます。
念のため、エチケット袋を多めに積んでいただけますと助かります。
{SIG_MIYA}""",
    "expect": "either", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named child's motion sickness and travel pill: minor health detail, arguably not 要配慮",
})

_k = kids(40)
_seat = []
for i in range(0, 40, 4):
    row = _k[i:i + 4]
    _seat.append(f"{i // 4 + 2:>2}列  " + "  ".join(
        pad(f"{'ABCD'[j]} {k['name']}({k['grade']})", 22) for j, k in enumerate(row)).rstrip())
MESSAGES.append({
    "id": "camp-077", "sender": NIKA, "to": [BUS],
    "subject": "1号車 座席表",
    "charset": "cp932",
    "body": "岩城様\n\nお世話になっております。二階堂です。\n"
            "乗務員の方が車内で子どもたちに声をかけやすいよう、1号車の座席表をお送りします。\n"
            "（ ）内は学年です。1列目は引率スタッフです。\n\n"
            + "\n".join(_seat) + "\n\nよろしくお願いいたします。\n" + SIG_NIKA,
    "expect": "either", "entities": ["PERSON_NAME"], "detectors": ["personal_data"],
    "note": "40 children's names with only grade and seat: a list, but with hardly any attribute",
})

_k = kids(1)[0]
MESSAGES.append({
    "id": "camp-078", "sender": SAOT, "to": [LODGE],
    "subject": "昨日の川遊びでのけがについて（ご報告）",
    "charset": "iso-2022-jp",
    "body": f"""北沢様

お世話になっております。早乙女です。
昨日は川遊びのエリアをご案内いただき、ありがとうございました。
ご報告までに、{_k['grade']}年の{_k['sei']} {_k['mei']}くんが岩場で膝を擦りむき、
看護師が消毒して絆創膏で手当てしました。本人は元気に夕食も完食しています。
岩場の一部が滑りやすくなっていましたので、今後のご案内の際にご注意いただければと思います。
{SIG_SAOT}""",
    "expect": "either", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named child's scraped knee treated with a plaster: trivial first aid, is it health data?",
})

MESSAGES.append({
    "id": "camp-079", "sender": MIYA, "to": [LODGE],
    "subject": "1日目のタイムスケジュール（施設利用の確認）",
    "charset": "utf-8",
    "body": f"""北沢様

お世話になっております。宮之原です。
1日目（8/3）のタイムスケジュールです。施設のご利用に問題がないかご確認ください。

{padded([["時刻", "内容", "場所", "担当"],
         ["13:00", "到着・荷物搬入", "玄関ホール", "当社"],
         ["13:30", "入村式", "多目的ホール", "当社"],
         ["14:30", "部屋入り・休憩", "2F 客室", "当社"],
         ["15:30", "ネイチャーゲーム", "前庭", "キャンプリーダーズ関西"],
         ["17:30", "夕食", "食堂", "ロッジ様"],
         ["19:00", "キャンプファイヤー", "ファイヤーサークル", "ロッジ様・当社"],
         ["20:30", "入浴", "大浴場（男女入替 21:15）", "ロッジ様"],
         ["21:30", "消灯", "客室", "当社"]])}

雨天時のキャンプファイヤーは、多目的ホールでのキャンドルファイヤーに変更します。
{SIG_MIYA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "padded table that looks like a list but holds times, activities and places, not people",
})

_a = adults(4)
MESSAGES.append({
    "id": "camp-080", "sender": SAOT, "to": [HOTEL],
    "subject": "夜間当直スタッフの連絡先",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル妙高　フロントご担当者様

お世話になっております。日の出産業の早乙女です。
夜間（22:00〜翌6:00）に何かありましたら、下記の当直スタッフへご連絡ください。

　12/26夜　{_a[0]['name']}　{zen(_a[0]['tel'])}
　　　　　 {_a[1]['name']}　{zen(_a[1]['tel'])}
　12/27夜　{_a[2]['name']}　{zen(_a[2]['tel'])}
　　　　　 {_a[3]['name']}　{zen(_a[3]['tel'])}

当直スタッフは2階 205号室に待機しています。
{SIG_SAOT}""",
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "four staff members' mobiles (full-width) to the hotel: fewer than five records, may warn",
})

# ============================================================================================
# 081-100
# ============================================================================================

MESSAGES.append({
    "id": "camp-081", "sender": SAOT, "to": [HOTEL_GM],
    "subject": "看護師の同行について",
    "charset": "utf-8",
    "body": f"""丹羽様

お世話になっております。早乙女です。
今回のスノーキャンプには、あおぞらナースサービスから看護師が1名同行します。
救護室（1階 和室「萩」）の鍵のお受け取りは看護師が行いますので、よろしくお願いします。

　看護師：砂原 みのり 様
　携帯：080-6613-4027（キャンプ期間中のみ）

到着は他の参加者と同じく12/26 12:30頃の予定です。
{SIG_SAOT}""",
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "one contracted nurse's name and mobile to the hotel: a single business contact",
})

MESSAGES.append({
    "id": "camp-082", "sender": SAOT, "to": [INS],
    "subject": "保険金請求の対象となるかご相談",
    "charset": "iso-2022-jp",
    "body": f"""漆原様

お世話になっております。早乙女です。
キャンプ2日目に参加児童1名（小学4年・男子）が転倒し、右ひざに擦り傷を負いました。
念のため現地の診療所を受診し、骨に異常はないとのことで、治療費は2,870円でした。

この程度の通院でも、治療費用として保険金請求の対象になりますでしょうか。
対象となる場合、必要書類（請求書式・領収書原本など）を教えてください。
ご本人の氏名等は、所定の請求書でお知らせいたします。
{SIG_SAOT}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "injury described without identifying the child (grade and sex only): not tied to a person",
})

MESSAGES.append({
    "id": "camp-083", "sender": NIKA, "to": [LODGE],
    "subject": "忘れ物の確認のお願い",
    "charset": "cp932",
    "body": f"""北沢様

先日は大変お世話になりました。日の出産業の二階堂です。
保護者から忘れ物の問い合わせがいくつか届いております。
ロッジ様に残っていないか、ご確認いただけますでしょうか。

　・水色の水筒（サーモス 0.8L、ふたにクマのシール）
　・紺色のフリース（150サイズ、ユニクロ）
　・白いキャップ（つばに「R」の刺しゅう）
　・ゲーム機の充電器（黒）
　・青い巾着袋（中身：歯ブラシセット）

見つかりましたら、着払いで弊社総務部宛にお送りいただけますと幸いです。
{SIG_NIKA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "list of lost items, not of people: ordinary mail",
})

MESSAGES.append({
    "id": "camp-084", "sender": "総務部 福利厚生課 <fukuri@hinode-sangyo.co.jp>",
    "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
    "subject": "【募集】2026 スノーキャンプ in 妙高（小学生のお子様対象）",
    "charset": "utf-8",
    "body": """社員の皆様

福利厚生課より、冬のスノーキャンプ参加者募集のお知らせです。

■日程　2026年12月26日（土）〜28日（月）2泊3日
■場所　新潟県妙高市　さくらホテル妙高
■対象　社員のお子様（小学1〜6年生）
■定員　44名（応募多数の場合は抽選）
■参加費　1名 15,000円（給与天引き）
■申込　社内ポータル「キャンプ申込フォーム」から 11/6（金）まで

スキーが初めてのお子様も、スクールのインストラクターが丁寧に教えます。
ご不明点は福利厚生課（内線4210）までお問い合わせください。
""",
    "html": """<html><body>
<h3>【募集】2026 スノーキャンプ in 妙高</h3>
<p>社員の皆様<br>福利厚生課より、冬のスノーキャンプ参加者募集のお知らせです。</p>
<ul>
<li>日程：2026年12月26日（土）〜28日（月）2泊3日</li>
<li>場所：新潟県妙高市　さくらホテル妙高</li>
<li>対象：社員のお子様（小学1〜6年生）／定員44名</li>
<li>参加費：1名 15,000円（給与天引き）</li>
<li>申込：社内ポータル「キャンプ申込フォーム」から 11/6（金）まで</li>
</ul>
<p>ご不明点は福利厚生課（内線4210）までお問い合わせください。</p>
</body></html>""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "internal announcement to all staff, text and HTML",
})

MESSAGES.append({
    "id": "camp-085", "sender": MIYA, "to": [TRAVEL],
    "subject": "サマーキャンプ 保護者アンケート結果（集計）",
    "charset": "utf-8",
    "body": f"""設楽様

お世話になっております。宮之原です。
サマーキャンプ終了後の保護者アンケート結果（集計）をお送りします。
冬キャンプの企画の参考にしていただければ幸いです。（回答 51件／配布 58件）
{SIG_MIYA}""",
    "attachments": [{"kind": "xlsx", "name": "保護者アンケート集計.xlsx", "sheets": {
        "満足度": [["サマーキャンプ2026 保護者アンケート集計"], [],
                   ["設問", "とても満足", "満足", "ふつう", "不満", "無回答"],
                   ["プログラム内容", 31, 17, 3, 0, 0], ["食事", 22, 20, 7, 2, 0],
                   ["宿泊施設", 18, 24, 8, 1, 0], ["バス移動", 15, 25, 9, 1, 1],
                   ["事前の案内", 20, 22, 6, 3, 0]],
        "自由記述（抜粋）": [["区分", "コメント"],
                        ["良かった点", "キャンプファイヤーの話を何度もしてくれました"],
                        ["良かった点", "写真販売サイトで様子が見られて安心でした"],
                        ["要望", "帰りのバスの到着時刻をこまめに連絡してほしい"],
                        ["要望", "しおりをもう少し早く配布してほしい"]]}}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "aggregated satisfaction survey with anonymous comments: no personal records",
})

_k = kids(1)[0]
MESSAGES.append({
    "id": "camp-086", "sender": SAOT, "to": [f"{_k['parent']} <{_k['mail'].split('@')[0]}@yahoo.co.jp>"],
    "subject": "Re: 持ち物について質問です",
    "charset": "iso-2022-jp",
    "body": f"""{_k['parent']} 様

ご連絡ありがとうございます。福利厚生課の早乙女です。
いただいた内容は看護師と共有いたしました。お預かりするものは、出発当日に
看護師へ直接お渡しください（集合場所に「救護」の札を持って立っています）。

水遊びは浅瀬のエリアで、ライフジャケットを着用して行いますのでご安心ください。
{SIG_SAOT}

{_k['parent']} <{_k['mail'].split('@')[0]}@yahoo.co.jp> wrote:
> 福利厚生課 早乙女様
> {_k['dept']}の{_k['sei']}の家内です。
> 息子の{_k['mei']}は小児喘息で、夜に発作が出ることがあります。吸入器（メプチン）を
> 持たせますので、看護師さんに預かっていただけますか。
> また、湖での水遊びは喘息があっても参加できますでしょうか。
> 連絡先：{_k['tel']}""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "reply to one guardian; the asthma and phone number are only in the quoted text",
})

MESSAGES.append({
    "id": "camp-087", "sender": MIYA, "to": ["森野村役場 産業観光課 <kanko@vill.morino.lg.jp>"],
    "subject": "森野湖キャンプ場 使用許可申請書の提出",
    "charset": "iso-2022-jp",
    "body": f"""森野村役場 産業観光課
ご担当者様

お世話になっております。日の出産業株式会社 総務部の宮之原と申します。
8月4日の湖畔区域の使用について、使用許可申請書を添付にて提出いたします。
原本は押印のうえ郵送いたします。
{SIG_MIYA}""",
    "attachments": [{"kind": "docx", "name": "使用許可申請書_日の出産業.docx",
                     "paragraphs": ["森野湖キャンプ場 使用許可申請書", "森野村長 様"],
                     "tables": [[["項目", "内容"],
                                 ["申請者", "日の出産業株式会社 代表取締役 朝比奈 誠一"],
                                 ["所在地", "大阪府大阪市北区天神橋2-9-14"],
                                 ["担当者", "総務部 福利厚生課 宮之原 紗希（06-6358-2210）"],
                                 ["使用日時", "2026年8月4日（火）9:30〜16:00"],
                                 ["使用区域", "北岸 遊泳区域および芝生広場"],
                                 ["使用目的", "社員子弟向けサマーキャンプ（水遊び・野外活動）"],
                                 ["人数", "児童58名・引率12名・監視員5名"]]]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "facility-use application: the company, its representative and the sender's own business contact",
})

MESSAGES.append({
    "id": "camp-088", "sender": MIYA,
    "to": ["サマーキャンプ参加保護者 <camp2026-hogosha@hinode-sangyo.co.jp>"],
    "bcc": ["kana.tsukumo55@gmail.com", "eri-shiomi@docomo.ne.jp"],
    "subject": "キャンプ期間中の緊急連絡先について",
    "charset": "utf-8",
    "body": f"""参加者の保護者の皆様

福利厚生課の宮之原です。
キャンプ期間中（8/3〜8/6）の連絡先をお知らせします。
（社外のアドレスをご登録の方には BCC でお送りしています）

　高原ロッジこもれび（宿泊先）　　0266-74-5120（8:00〜21:00）
　福利厚生課 キャンプ本部携帯　　 080-4417-2210（24時間）
　日の出産業 本社 代表　　　　　　06-6358-2200（平日 9:00〜17:30）
　八ヶ岳高原診療所（受診先）　　　0266-74-2031

お子様への電話の取次ぎは、原則として行っておりません。ご了承ください。
{SIG_MIYA}""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "switchboards and the camp office phone only; the two private addresses are in Bcc",
})

MESSAGES.append({
    "id": "camp-089", "sender": SHIN, "to": [KUGA],
    "subject": "引率スタッフの健康面の配慮事項（課長限り）",
    "charset": "iso-2022-jp",
    "body": f"""久我課長

お疲れさまです。東雲です。
引率スタッフの健康診断結果を確認しました。配慮が必要なのは次の2名です。

・鬼頭 健太郎さん（営業一部）：高血圧で服薬中。夜間当直は1回までに
・保科 真央さん（経理部）：妊娠16週。重い荷物の運搬と水辺の監視からは外してください

いずれもご本人の了承済みです。配置表の修正をお願いします。
{SIG_SHIN}""",
    "expect": "pass", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "two staff members' health conditions, but from the company nurse to an internal manager only",
})

MESSAGES.append({
    "id": "camp-090", "sender": NOTO, "to": ["青葉運輸 経理部 <keiri@aoba-unyu.co.jp>"],
    "subject": "お支払いのご連絡（請求書 AU-26-08-0417）",
    "charset": "cp932",
    "body": f"""青葉運輸株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部の能登でございます。
下記のとおりお支払い手続きを完了いたしましたので、ご連絡いたします。

　請求書番号：AU-26-08-0417
　件名：貸切バス運行費（8/3〜8/6 大型2台）
　金額：1,012,000円（税込）
　お振込日：2026年8月31日
　お振込先：関西中央信用金庫 本店営業部 当座 0041882 アオバウンユ（カ

ご確認のほどよろしくお願いいたします。
{SIG_NOTO}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "payment notice with invoice number and the supplier's corporate account: business data",
})

MESSAGES.append({
    "id": "camp-091", "sender": NIKA, "to": [BUS],
    "subject": "2号車の座席配置（班ごと）",
    "charset": "utf-8",
    "body": f"""岩城様

二階堂です。2号車は班ごとに座りますので、配置をお知らせします。

　1列目　　　引率スタッフ（2名）・看護師
　2〜4列目　 4班（10名）
　5〜7列目　 5班（10名）
　8〜10列目　6班（9名）
　最後列　　 予備席（体調不良時の横になれる席として空けておきます）

荷物室は、班ごとに色テープで分けたスーツケースを積み込みます。
{SIG_NIKA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "seat arrangement by group with counts only, no names",
})

MESSAGES.append({
    "id": "camp-092", "sender": MIYA, "to": [PHOTO],
    "subject": "写真販売サイト公開と注文状況について",
    "charset": "iso-2022-jp",
    "body": f"""小野寺様

お世話になっております。宮之原です。
販売サイトの公開ありがとうございました。保護者からも好評です。

1点確認させてください。社内で集計した注文のうち、下記の注文番号は
「データ版」と「プリント版」の両方が重複して決済されているようです。

　注文番号　SORA-260812-0034 ／ SORA-260812-0035
　注文番号　SORA-260813-0102 ／ SORA-260813-0109

重複分の取消と返金の手続きをお願いできますでしょうか。
また、集合写真（アルバムコード ALB-2026S-GRP）の販売期限は9/30で確定でしょうか。
{SIG_MIYA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "order numbers and album codes only: no personal data",
})

MESSAGES.append({
    "id": "camp-093", "sender": NIKA, "to": ["やまびこアウトドア 法人営業 <hojin@yamabiko-outdoor.co.jp>"],
    "subject": "キャンプ用品の発注（見積番号 YO-Q-2607-118）",
    "charset": "cp932",
    "body": f"""やまびこアウトドア株式会社
法人営業ご担当者様

お世話になっております。日の出産業の二階堂です。
お見積り（YO-Q-2607-118）の内容で、下記のとおり発注いたします。

{padded([["品番", "品名", "数量", "単価", "金額"],
         ["YB-TN0456", "ドームテント 6人用", "4", "28,600", "114,400"],
         ["YB-LJ1020-S", "子ども用ライフジャケット S", "30", "3,960", "118,800"],
         ["YB-LJ1020-M", "子ども用ライフジャケット M", "30", "3,960", "118,800"],
         ["YB-HG0077", "飯ごう（4合）", "12", "1,980", "23,760"],
         ["YB-LT2203", "LEDランタン", "10", "2,750", "27,500"]])}

　合計 403,260円（税込）

納品先：長野県諏訪郡森野村八ヶ岳2201 高原ロッジこもれび 気付 日の出産業 キャンプ担当
納期：7/31（金）午前必着
{SIG_NIKA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "purchase order with product codes, prices and a lodge delivery address: business data",
})

MESSAGES.append({
    "id": "camp-094", "sender": HARR, "to": [MAPLE],
    "subject": "English Day Camp - timetable and materials",
    "charset": "utf-8",
    "body": f"""Dear Daniel,

Thank you for sending the lesson plans. They look great.
Here is the confirmed timetable for Saturday, July 25:

  Time         Activity                 Room
  -----------  -----------------------  ---------------
  10:00-10:45  Warm-up & name games     Hall A
  11:00-12:00  Group activities         Rooms 701-703
  12:00-13:00  Lunch                    Cafeteria (6F)
  13:00-14:30  Treasure hunt            Ogimachi Park
  15:00-15:45  Presentations            Hall A

We will print the worksheets (about 40 copies each). Could you send the final PDF by July 20?
Please also send us your invoice after the event; payment is made at the end of the
following month.
{SIG_HARR}
{DISC_EN}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "English timetable and materials request to the language school; standard disclaimer",
})

MESSAGES.append({
    "id": "camp-095", "sender": HARR, "to": [MAPLE],
    "subject": "Re: Instructors for July 25",
    "charset": "utf-8",
    "body": f"""Dear Daniel,

Thank you, that is all clear. We will prepare visitor passes for the three instructors
and let the building reception know. Please ask them to come to the 7F reception by 9:30.

{SIG_HARR}

-----Original Message-----
From: Daniel Okafor <d.okafor@mapleleaf-english.com>
Sent: Thursday, July 16, 2026 6:41 PM
To: Emi Harris <emi.harris@hinode-sangyo.co.jp>
Subject: Instructors for July 25

Hi Emi,

These are the instructors for the day, in case you need to reach them:

  Sarah Lindqvist   070-8812-3390   sarah.lindqvist@outlook.jp
  Tom Reyes         080-2275-9013   tomreyes77@icloud.com
  Aiko Brennan      090-6640-1187   aiko.b.teach@gmail.com
  Marcus Oyelaran   080-9931-4426   m.oyelaran@yahoo.co.jp
  Julia Fontaine    070-3358-2104   julia.fontaine@gmail.com

Sarah and Tom will lead; the others are back-up.

Best,
Daniel""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the five instructors' contacts are only in the quoted original from the recipient himself",
})

_k = kids(18)
_csv = [["社員番号", "社員氏名", "所属", "参加人数", "天引き額"]]
for k in _k:
    n = rng.choice([1, 1, 1, 2])
    _csv.append([k["emp"], k["parent"], k["dept"], n, 15000 * n])
MESSAGES.append({
    "id": "camp-096", "sender": MIYA, "to": [NOTO], "cc": [KUGA],
    "subject": "冬キャンプ参加費 給与天引きデータ",
    "charset": "cp932",
    "body": f"""能登さん

お疲れさまです。宮之原です。
冬キャンプ参加費の給与天引きデータ（12月支給分）をお送りします。
18名分、合計金額はシート末尾のとおりです。
{SIG_MIYA}""",
    "attachments": [{"kind": "csv", "name": "天引きデータ_12月.csv", "encoding": "cp932", "rows": _csv}],
    "expect": "pass", "entities": ["PERSON_NAME"], "detectors": [],
    "note": "employee list for payroll deduction, sent only to internal accounting",
})

_k = kids(10)
_q = "\n".join(f"> {200 + i // 2}号室　{k['name']}（{k['grade']}年）" for i, k in enumerate(_k))
MESSAGES.append({
    "id": "camp-097", "sender": MIYA, "to": [LODGE],
    "subject": "Re: 部屋割りの確認（女子棟）",
    "charset": "iso-2022-jp",
    "body": f"""北沢様

ご確認ありがとうございます。宮之原です。
内容は問題ございません。1点だけ、203号室と204号室の入れ替えをお願いします
（204号室の方が引率スタッフの部屋に近いため）。
{SIG_MIYA}

> 宮之原様
> こもれびの北沢です。女子棟の部屋割りを、こちらの部屋番号で入力しました。
> ご確認ください。
>
{_q}
>
> 高原ロッジこもれび　北沢""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "reply; the ten names with rooms appear only in the lodge's own quoted message",
})

MESSAGES.append({
    "id": "camp-098", "sender": KUGA, "to": [TRAVEL],
    "subject": "Re: 冬キャンプ ご提案書（改訂版）",
    "charset": "utf-8",
    "body": f"""設楽様

改訂版のご提案書、ありがとうございました。久我です。
社内での検討用に、行程と費用を1枚にまとめ直したものを添付します。
この内容で11月の経営会議にかける予定ですので、相違点があればご指摘ください。
{SIG_KUGA}""",
    "attachments": [{"kind": "pdf", "name": "冬キャンプ行程と費用_比較.pdf",
                     "lines": ["2026 スノーキャンプ 行程と費用（旅のコンパス様 提案 改訂版ベース）", "",
                               "12/26 7:30 本社発 → 12:30 さくらホテル妙高 着 / 14:00 レッスン①",
                               "12/27 終日 レッスン②③ / 夜 雪あそび・レク",
                               "12/28 自由滑走 / 11:00 出発 → 17:00 本社着", ""],
                     "table": [["費目", "A案（2泊）", "B案（1泊）"],
                               ["宿泊・食事", "18,500円/人", "11,000円/人"],
                               ["バス", "840,000円", "620,000円"],
                               ["スクール・レンタル", "15,500円/人", "9,000円/人"],
                               ["1人あたり合計（概算）", "49,200円", "31,700円"]]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "itinerary and cost comparison PDF to the travel agency: no people, no marking",
})

_k = kids(1)[0]
MESSAGES.append({
    "id": "camp-099", "sender": SHIN, "to": [NURSE],
    "subject": "Re: 服薬が必要なお子様の確認",
    "charset": "utf-8",
    "body": f"""砂原様

ご確認ありがとうございます。東雲です。
いただいたリストで間違いありません。

1名追記させてください。
5班の{_k['sei']} {_k['mei']}くん（{_k['grade']}年）はADHDの診断があり、コンサータ（18mg）を
毎朝、朝食後に服用しています。昨日お母様から連絡があり、調査票に書き忘れたとのことです。
お薬は1回分ずつ分包したものを出発時にお渡しします。

> 東雲様
> 服薬が必要なお子様は、以下の3名で間違いないでしょうか。
> ・かじわら りつ くん（デパケン 朝・夕）
> ・榎本 心春 さん（吸入薬 必要時）
> ・舟橋 さん（インスリン）
> 砂原
{SIG_SHIN}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "the new (unquoted) text adds a named child's ADHD diagnosis and medication",
})

MESSAGES.append({
    "id": "camp-100", "sender": KUGA, "to": [LODGE],
    "bcc": ["iwaki@aoba-unyu.co.jp", "morishita@kitaguni-foods.co.jp", "kagami@aozora-nurse.co.jp"],
    "subject": "サマーキャンプ無事終了のお礼",
    "charset": "iso-2022-jp",
    "body": f"""関係各社の皆様
（お一人ずつのご連絡に代えて、BCCにて失礼いたします）

日の出産業 総務部 福利厚生課の久我でございます。
8月3日から6日までのサマーキャンプは、おかげさまで無事に終了いたしました。
天候にも恵まれ、子どもたちも「また来年も来たい」と口々に話しておりました。
皆様のご協力に、心より御礼申し上げます。

冬のスノーキャンプにつきましても、引き続きどうぞよろしくお願いいたします。
{SIG_KUGA}
{DISC_JA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "thank-you mail: one company in To, the other partners correctly in Bcc",
})
