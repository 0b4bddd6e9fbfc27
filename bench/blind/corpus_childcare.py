"""Blind corpus, area *childcare*: written from bench/blind/BRIEF.md alone (and the entity and
detector names of SPEC.md), without reading mailguard's code or the other corpus files.  It
covers the mail of Hinode Sangyo's family-support work: the in-house nursery ひので保育園 and
its operating / catering / transport partners, the company after-school club (学童), the
lessons and cram schools it runs or partners with (習い事・学習塾・スイミング・英会話), child-
care leave (育児休業) and its benefits paperwork with the labour and social-security
consultant, family allowance (家族手当), the babysitter discount scheme, notices to parents
and the allergy / special-care information (アレルギー・配慮事項) that goes with all of it —
lists of children and parents in every layout, single children's health or disability
details, My Numbers and insurance/ID numbers, parents put in To instead of Bcc, look-alike
domains, confidentiality stamps and locked attachments, and the many ordinary mails of the
same offices that look risky but may go.
"""

from __future__ import annotations

import random

from build import card_number, my_number

MESSAGES: list[dict] = []

# -- fictional data helpers (every person, number and address here is invented) ----------

_SEI = [
    ("勅使河原", "てしがわら", "Teshigawara"), ("小鳥遊", "たかなし", "Takanashi"),
    ("東海林", "しょうじ", "Shoji"), ("五十嵐", "いがらし", "Igarashi"),
    ("一ノ瀬", "いちのせ", "Ichinose"), ("鬼頭", "きとう", "Kito"),
    ("猪狩", "いがり", "Igari"), ("百目鬼", "どうめき", "Domeki"),
    ("釜石", "かまいし", "Kamaishi"), ("宍戸", "ししど", "Shishido"),
    ("鰐部", "わにべ", "Wanibe"), ("真壁", "まかべ", "Makabe"),
    ("相楽", "さがら", "Sagara"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("柘植", "つげ", "Tsuge"), ("江頭", "えがしら", "Egashira"),
    ("乙部", "おとべ", "Otobe"), ("糀谷", "こうじや", "Kojiya"),
    ("蓮沼", "はすぬま", "Hasunuma"), ("樋渡", "ひわたし", "Hiwatashi"),
    ("佐久間", "さくま", "Sakuma"), ("早乙女", "さおとめ", "Saotome"),
    ("伊集院", "いじゅういん", "Ijuin"), ("水科", "みずしな", "Mizushina"),
    ("長谷部", "はせべ", "Hasebe"), ("古謝", "こじゃ", "Koja"),
    ("比嘉", "ひが", "Higa"), ("仲宗根", "なかそね", "Nakasone"),
    ("四方田", "よもだ", "Yomoda"), ("日下部", "くさかべ", "Kusakabe"),
    ("羽賀", "はが", "Haga"), ("菅生", "すごう", "Sugo"),
    ("吉良", "きら", "Kira"), ("芥川", "あくたがわ", "Akutagawa"),
    ("舟橋", "ふなはし", "Funahashi"), ("大路", "おおじ", "Oji"),
    ("湯浅", "ゆあさ", "Yuasa"), ("栗山", "くりやま", "Kuriyama"),
    ("間宮", "まみや", "Mamiya"), ("岩永", "いわなが", "Iwanaga"),
]
_CHILD = [
    ("陽翔", "はると", "Haruto"), ("結菜", "ゆいな", "Yuina"), ("蓮", "れん", "Ren"),
    ("芽依", "めい", "Mei"), ("湊", "みなと", "Minato"), ("紬", "つむぎ", "Tsumugi"),
    ("蒼", "あおい", "Aoi"), ("陽葵", "ひまり", "Himari"), ("律", "りつ", "Ritsu"),
    ("凛", "りん", "Rin"), ("朔", "さく", "Saku"), ("杏", "あん", "An"),
    ("颯真", "そうま", "Soma"), ("心春", "こはる", "Koharu"), ("悠真", "ゆうま", "Yuma"),
    ("澪", "みお", "Mio"), ("碧", "あお", "Ao"), ("詩", "うた", "Uta"),
    ("樹", "いつき", "Itsuki"), ("咲良", "さくら", "Sakura"), ("大和", "やまと", "Yamato"),
    ("琴葉", "ことは", "Kotoha"), ("奏太", "そうた", "Sota"), ("莉子", "りこ", "Riko"),
    ("航", "わたる", "Wataru"), ("千晴", "ちはる", "Chiharu"), ("環", "たまき", "Tamaki"),
    ("柚希", "ゆずき", "Yuzuki"), ("創", "はじめ", "Hajime"), ("小夏", "こなつ", "Konatsu"),
]
_ADULT = [
    ("健太", "けんた", "Kenta"), ("美穂", "みほ", "Miho"), ("直樹", "なおき", "Naoki"),
    ("由香", "ゆか", "Yuka"), ("大輔", "だいすけ", "Daisuke"), ("恵", "めぐみ", "Megumi"),
    ("拓也", "たくや", "Takuya"), ("麻衣", "まい", "Mai"), ("和也", "かずや", "Kazuya"),
    ("彩", "あや", "Aya"), ("雅人", "まさと", "Masato"), ("友美", "ともみ", "Tomomi"),
    ("誠", "まこと", "Makoto"), ("智子", "ともこ", "Tomoko"), ("翔", "しょう", "Sho"),
    ("千尋", "ちひろ", "Chihiro"), ("亮介", "りょうすけ", "Ryosuke"), ("沙織", "さおり", "Saori"),
    ("隆之", "たかゆき", "Takayuki"), ("舞", "まい", "Mai"), ("俊", "しゅん", "Shun"),
    ("加奈子", "かなこ", "Kanako"),
]
_TOWNS = [
    ("神奈川県", "川崎市中原区", "今井南町"), ("神奈川県", "川崎市高津区", "溝口"),
    ("神奈川県", "横浜市港北区", "日吉本町"), ("神奈川県", "横浜市都筑区", "茅ケ崎中央"),
    ("東京都", "大田区", "下丸子"), ("東京都", "世田谷区", "玉川台"),
    ("東京都", "目黒区", "緑が丘"), ("神奈川県", "川崎市幸区", "南加瀬"),
    ("神奈川県", "横浜市鶴見区", "矢向"), ("東京都", "品川区", "旗の台"),
    ("神奈川県", "川崎市宮前区", "宮崎"), ("東京都", "大田区", "田園調布本町"),
]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "au.com", "hotmail.co.jp"]

_FW = str.maketrans("0123456789-/()", "０１２３４５６７８９−／（）")
_FW_SJ = str.maketrans("0123456789-/()", "０１２３４５６７８９－／（）")


def fw(s: str, sjis: bool = False) -> str:
    """Full-width digits as Japanese clients type them (− for ISO-2022-JP, － for CP932)."""
    return s.translate(_FW_SJ if sjis else _FW)


def people(seed: str, n: int) -> list[dict]:
    """n distinct fictional families: surname, parent's and child's given names, contacts."""
    rng = random.Random(f"cc-{seed}")
    sei = rng.sample(_SEI, n)
    out = []
    for i, s in enumerate(sei):
        c = rng.choice(_CHILD)
        a = rng.choice(_ADULT)
        pref, city, town = rng.choice(_TOWNS)
        y = rng.randint(2019, 2024)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        ay = rng.randint(1979, 1994)
        am, ad = rng.randint(1, 12), rng.randint(1, 28)
        mob = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        area = "03" if pref == "東京都" else ("045" if city.startswith("横浜") else "044")
        home = (f"03-{rng.randint(3700, 3799)}-{rng.randint(1000, 9999)}" if area == "03"
                else f"{area}-{rng.randint(400, 999)}-{rng.randint(1000, 9999)}")
        local = f"{a[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}"
        out.append({
            "sei": s[0], "sei_kana": s[1], "sei_ro": s[2],
            "child": c[0], "child_kana": c[1], "child_ro": c[2],
            "parent": a[0], "parent_kana": a[1], "parent_ro": a[2],
            "zip": f"{rng.randint(140, 230)}-{rng.randint(1, 9999):04d}",
            "addr": f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
            "addr_short": f"{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}",
            "y": y, "m": m, "d": d, "ay": ay, "am": am, "ad": ad,
            "mobile": mob, "home": home,
            "email": f"{local}@{rng.choice(_FREEMAIL)}",
            "empno": f"{rng.choice(['H', 'K'])}{rng.randint(10000, 39999)}",
            "grade": (g := rng.randint(1, 6)),
            # a school child's date of birth that matches the grade (school year 2025)
            "sy": 2019 - g if (sm := rng.randint(1, 12)) <= 3 else 2018 - g,
            "sm": sm, "sd": rng.randint(1, 28),
        })
    return out


def reiwa(y: int, m: int, d: int, style: str = "kanji") -> str:
    """和暦 for a child's date of birth (平成 before May 2019)."""
    if (y, m) >= (2019, 5):
        era, ey, ab = "令和", y - 2018, "R"
    else:
        era, ey, ab = "平成", y - 1988, "H"
    if style == "abbr":
        return f"{ab}{ey}.{m}.{d}"
    return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"


def showa(y: int, m: int, d: int, style: str = "kanji") -> str:
    if y < 1989:
        era, ey, ab = "昭和", y - 1925, "S"
    else:
        era, ey, ab = "平成", y - 1988, "H"
    if style == "abbr":
        return f"{ab}{ey}.{m}.{d}"
    return f"{era}{ey}年{m}月{d}日"


def pad(s: str, width: int) -> str:
    """Pad to a display width (full-width characters count two), as people do in plain text."""
    w = sum(2 if ord(ch) > 0xff else 1 for ch in s)
    return s + " " * max(width - w, 1)


def age_class(y: int) -> str:
    return {2024: "0歳児 ひよこ組", 2023: "1歳児 りす組", 2022: "2歳児 うさぎ組",
            2021: "3歳児 ぱんだ組", 2020: "4歳児 きりん組"}.get(y, "5歳児 ぞう組")


# -- signatures (the same people sign the same way) ---------------------------------------

SIG_TAKATSUKI = """--
日の出産業株式会社
人事部 労務・福利厚生グループ
高槻 絵里（たかつき えり）
〒210-0024 神奈川県川崎市川崎区日進町4-11 日の出ビル7F
TEL 044-555-0172（内線 2341） FAX 044-555-0190
takatsuki.eri@hinode-sangyo.co.jp"""

SIG_HOJO = """━━━━━━━━━━━━━━━━━━━━
事業所内保育所「ひので保育園」事務室
総務部 北条 真由美
〒210-0024 川崎市川崎区日進町4-11 日の出ビル別館1F
TEL：044-555-0310　FAX：044-555-0311
Mail：hojo.mayumi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_ETO = """-----------------------------------
ひので保育園　主任保育士
江藤 さやか
TEL 044-555-0310（園直通）
eto.sayaka@hinode-sangyo.co.jp
-----------------------------------"""

SIG_OKOCHI = """――――――――――――――――――――――――
日の出産業株式会社 人事部 給与厚生課
大河内 修（Osamu Okochi）
TEL: 044-555-0175 / 内線 2350
Mail: okochi.osamu@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_ASHIDA = """==============================
日の出産業株式会社
ファミリーサポート推進室 室長
芦田 健吾
〒210-0024 神奈川県川崎市川崎区日進町4-11
TEL 044-555-0400 / 携帯 080-4412-7730（業務用）
ashida.kengo@hinode-sangyo.co.jp
=============================="""

SIG_KURI = """*************************
日の出産業 放課後クラブ「ひのでキッズ」
指導員　栗林 潤
TEL 044-555-0420
kuribayashi.jun@hinode-sangyo.co.jp
*************************"""

SIG_IWABUCHI = """--------------------------------------------------
ひのでカルチャースクール・キッズ 事務局
（日の出産業株式会社 CSR・地域連携部）
岩渕 玲奈
TEL 044-555-0450　kids-school@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_MORIOKA = """Kenji Morioka
Global HR / Family Support
Hinode Sangyo Co., Ltd.
4-11 Nisshin-cho, Kawasaki-ku, Kawasaki, Kanagawa 210-0024, Japan
Tel +81-44-555-0180 | morioka.kenji@hinode-sangyo.co.jp"""

SIG_NAGAI = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　人事部 人事企画課
永井 さつき
TEL 044-555-0168　内線 2330
nagai.satsuki@hinode-sangyo.co.jp"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISC_JA2 = """
【ご注意】このメールおよび添付ファイルは、宛先として指定された方のみを対象としています。
本メールには機密情報が含まれている場合があり、宛先以外の方による閲覧・複製・転送は固く
お断りいたします。心当たりのない方は直ちに削除のうえ、送信者にお知らせください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited."""

# ---------------------------------------------------------------------------------------
# ===== STOP: lists of people ===========================================================

# 001 — new-entrant roster pasted as a space-padded table (ISO-2022-JP)
p = people("001", 6)
_t = [pad("園児氏名", 16) + pad("ふりがな", 24) + pad("生年月日", 12) + pad("クラス", 16)
      + pad("保護者", 14) + "緊急連絡先",
      "-" * 100]
_t += [pad(f"{x['sei']} {x['child']}", 16) + pad(f"{x['sei_kana']} {x['child_kana']}", 24)
       + pad(f"{x['y']}/{x['m']:02d}/{x['d']:02d}", 12) + pad(age_class(x["y"]), 16)
       + pad(f"{x['sei']} {x['parent']}", 14) + x["mobile"] for x in p]
MESSAGES.append({
    "id": "childcare-001", "charset": "iso-2022-jp",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["木暮 園長 <kogure.n@sukusuku-kids.co.jp>"],
    "cc": ["eto.sayaka@hinode-sangyo.co.jp"],
    "subject": "4月入園児の名簿（追加6名）",
    "body": f"""株式会社すくすくキッズサポート
木暮様

いつもお世話になっております。日の出産業 総務部の北条です。

4月1日入園が確定した追加分6名の名簿をお送りします。
慣らし保育の日程調整にお使いください。

{chr(10).join(_t)}

※保護者はいずれも当社社員です。所属は別途お知らせします。
よろしくお願いいたします。

{SIG_HOJO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6 children's rows (name, DOB, parent, mobile) in a space-padded table to the external nursery operator",
})

# 002 — extended-care applicants, XLSX with a title row and two month sheets
p = people("002", 12)
_hdr = ["No", "園児氏名", "クラス", "保護者氏名", "所属", "内線", "携帯電話", "利用曜日"]
_dept = ["生産管理部", "品質保証部", "経理部", "設計二課", "物流センター", "情報システム部"]
_days = ["月水金", "火木", "月〜金", "水のみ", "月火木", "金のみ"]
MESSAGES.append({
    "id": "childcare-002", "charset": "utf-8",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["shift@sukusuku-kids.co.jp"],
    "subject": "延長保育 利用申込者一覧（4月・5月）送付",
    "body": f"""すくすくキッズサポート
シフト調整ご担当者様

お世話になっております。ひので保育園の江藤です。
延長保育（18:00〜19:30）の4月・5月分の申込者一覧を添付いたします。
保育士の配置計画にご利用ください。5月分は暫定のため、変更があれば再送します。

{SIG_ETO}
""",
    "attachments": [{
        "kind": "xlsx", "name": "延長保育申込_2025年4-5月.xlsx",
        "sheets": {
            "4月": [["2025年度 延長保育（18:00〜19:30）利用申込者一覧　4月分"], [],
                    _hdr] + [[i + 1, f"{x['sei']} {x['child']}", age_class(x["y"]),
                              f"{x['sei']} {x['parent']}", _dept[i % 6], f"{2400 + i * 7}",
                              x["mobile"], _days[i % 6]] for i, x in enumerate(p[:7])],
            "5月": [["2025年度 延長保育 利用申込者一覧　5月分（暫定）"], [],
                    _hdr] + [[i + 1, f"{x['sei']} {x['child']}", age_class(x["y"]),
                              f"{x['sei']} {x['parent']}", _dept[(i + 2) % 6], f"{2500 + i * 3}",
                              x["mobile"], _days[(i + 1) % 6]] for i, x in enumerate(p[5:])],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX of 7 + 7 children with parents' names and mobiles sent to the operating contractor",
})

# 003 — allergy children list for the caterer, CSV in CP932
p = people("003", 7)
_all = [("卵", "完全除去", "有", "無"), ("乳", "完全除去", "有", "有"), ("小麦", "代替食", "有", "無"),
        ("落花生・くるみ", "完全除去", "有", "有"), ("えび・かに", "除去", "無（保護者申告）", "無"),
        ("卵（加熱可）", "部分除去", "有", "無"), ("大豆", "代替食", "有", "無")]
MESSAGES.append({
    "id": "childcare-003", "charset": "shift_jis",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["給食センター 栄養士 森本様 <morimoto.k@kitaguni-foods.co.jp>"],
    "subject": "【ひので保育園】新年度 除去食対象児一覧",
    "body": f"""北国フーズ株式会社
給食事業部 森本様

平素より給食の提供でお世話になっております。
新年度の除去食対象児一覧（7名）をCSVでお送りします。
4/7（月）の給食から、この内容で個別トレイの準備をお願いいたします。
エピペン処方のある2名は、配膳時に保育士が必ず立ち会います。

{SIG_HOJO}
""",
    "attachments": [{
        "kind": "csv", "name": "除去食対象児一覧_R7.csv", "encoding": "cp932",
        "rows": [["クラス", "園児氏名", "生年月日", "原因食物", "対応", "医師診断書", "エピペン"]]
        + [[age_class(x["y"]), f"{x['sei']} {x['child']}", reiwa(x["y"], x["m"], x["d"], "abbr"),
            *_all[i]] for i, x in enumerate(p)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "7 named children with food allergies and doctors' diagnoses (要配慮) in a CP932 CSV to the caterer",
})

# 004 — after-school bus roster, tab separated in the body
p = people("004", 8)
_stops = ["中原小前", "今井南町公園", "日吉本町駅西口", "下丸子三丁目", "中原小前", "苅宿バス停", "今井南町公園", "木月四丁目"]
_rows = "\n".join(f"{x['sei']}{x['child']}\t中原第二小\t{x['grade']}年\t{_stops[i]}\tひのでキッズ\t{x['mobile']}"
                  for i, x in enumerate(p))
MESSAGES.append({
    "id": "childcare-004", "charset": "utf-8",
    "sender": "栗林 潤 <kuribayashi.jun@hinode-sangyo.co.jp>",
    "to": ["unkou-kanri@aoba-unyu.co.jp"],
    "subject": "2学期 送迎バス乗車名簿",
    "body": f"""青葉運輸株式会社 運行管理ご担当 様

いつも送迎でお世話になっております。放課後クラブ「ひのでキッズ」の栗林です。
9/1からの2学期分の乗車名簿です（Excelからそのまま貼り付けています）。
ドライバーさんの乗車確認用に印刷していただけますと助かります。

児童名\t学校\t学年\t乗車\t降車\t保護者携帯
{_rows}

※4年生以上は降車後、保護者のお迎えなしで帰宅する児童がいます。
よろしくお願いします。

{SIG_KURI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8 pupils with school, grade, bus stop and parent's mobile, tab-separated, to the bus company",
})

# 005 — family allowance beneficiaries to the labour consultant, XLSX two sheets
p = people("005", 11)
_rel = ["長男", "長女", "次男", "配偶者", "次女", "長男", "長女", "三男"]
_amt = [10000, 10000, 10000, 15000, 10000, 10000, 10000, 10000]
MESSAGES.append({
    "id": "childcare-005", "charset": "iso-2022-jp",
    "sender": "大河内 修 <okochi.osamu@hinode-sangyo.co.jp>",
    "to": ["みなと社会保険労務士法人 須藤様 <sudo@minato-sr.jp>"],
    "subject": "家族手当 支給対象者一覧・変更届の件",
    "body": f"""みなと社会保険労務士法人
須藤 様

お世話になっております。日の出産業 給与厚生課の大河内でございます。

10月支給分からの家族手当について、支給対象者一覧と今回の変更届対象者を
1ファイルにまとめましたのでお送りいたします（シート「支給対象」「変更届」）。
規程第12条の要件確認をお願いできますでしょうか。

ご確認のほど、よろしくお願い申し上げます。

{SIG_OKOCHI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "家族手当_支給対象者_2025年10月.xlsx",
        "sheets": {
            "支給対象": [["家族手当 支給対象者一覧（2025年10月支給）"],
                        ["社員番号", "氏名", "扶養親族氏名", "続柄", "生年月日", "支給開始", "手当額（円）"]]
            + [[x["empno"], f"{x['sei']} {x['parent']}",
                f"{x['sei']} {x['child']}" if _rel[i] != "配偶者" else f"{x['sei']} 美樹",
                _rel[i], reiwa(x["y"], x["m"], x["d"]) if _rel[i] != "配偶者" else showa(x["ay"] + 1, x["am"], x["ad"]),
                "2025年10月", _amt[i]] for i, x in enumerate(p[:8])],
            "変更届": [["変更届 対象者"], ["社員番号", "氏名", "事由", "対象者", "生年月日"]]
            + [[x["empno"], f"{x['sei']} {x['parent']}", "出生", f"{x['sei']} {x['child']}",
                f"{x['y']}/{x['m']}/{x['d']}"] for x in p[8:]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "XLSX of 8 employees with dependants' names, relationships and DOBs (plus 3 changes) to the labour consultant",
})

# 006 — babysitter voucher usage report, PDF table
p = people("006", 6)
_sitters = ["ベビーケアネット", "キッズライン東", "ベビーケアネット", "ひまわりシッター", "キッズライン東", "ベビーケアネット"]
MESSAGES.append({
    "id": "childcare-006", "charset": "utf-8",
    "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
    "to": ["waribiki@hoiku-shinko.or.jp"],
    "subject": "ベビーシッター派遣事業割引券 利用実績報告（第2四半期）",
    "body": f"""公益社団法人 全国保育サービス振興協会
割引券事業 ご担当者様

いつもお世話になっております。日の出産業株式会社 ファミリーサポート推進室の芦田です。

第2四半期（7〜9月）の割引券利用実績報告書をPDFでお送りいたします。
様式第5号の記載内容に不備がございましたらご指摘ください。

{SIG_ASHIDA}
""",
    "attachments": [{
        "kind": "pdf", "name": "割引券利用実績報告_2025Q2.pdf", "title": "割引券利用実績報告書",
        "lines": ["様式第5号　ベビーシッター派遣事業割引券 利用実績報告書",
                  "承認事業主：日の出産業株式会社　承認番号 KS-2291", ""],
        "table": [["No", "利用者（社員）氏名", "対象児童氏名", "児童生年月日", "利用日", "枚数", "事業者"]]
        + [[str(i + 1), f"{x['sei']} {x['parent']}", f"{x['sei']} {x['child']}",
            f"{x['y']}年{x['m']}月{x['d']}日", f"2025/{7 + i % 3}/{3 + i * 4}", str(1 + i % 3),
            _sitters[i]] for i, x in enumerate(p)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "PDF table of 6 employees and their children's names and dates of birth to the voucher association",
})

# 007 — trial English lesson sign-ups, one block per family (CP932)
p = people("007", 5)
_blocks = "\n\n".join(
    f"【{i + 1}】\n保護者氏名：{x['sei']} {x['parent']}（{x['sei_kana']} {x['parent_kana']}）\n"
    f"お子さま　：{x['child']}さん（小学{x['grade']}年）\n電話番号　：{fw(x['mobile'], True)}\n"
    f"メール　　：{x['email']}\n希望枠　　：{['10:00', '11:00', '13:30'][i % 3]}〜"
    for i, x in enumerate(p))
MESSAGES.append({
    "id": "childcare-007", "charset": "shift_jis",
    "sender": "岩渕 玲奈 <kids-school@hinode-sangyo.co.jp>",
    "to": ["info@kids-eikaiwa.com"],
    "subject": "11/16 英会話体験レッスン 申込者のご連絡",
    "body": f"""キッズ英会話アカデミー ご担当者様

お世話になっております。ひのでカルチャースクール・キッズ事務局の岩渕です。
11月16日（日）の体験レッスンにつきまして、社内募集の申込者をお知らせします。
当日のご連絡は貴社から直接保護者の方へお願いしてもよろしいでしょうか。

{_blocks}

以上5組です。どうぞよろしくお願いいたします。

{SIG_IWABUCHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "5 family blocks with parent name, full-width phone and private e-mail to the partner English school",
})

# 008 — summer school participants, HTML-only table
p = people("008", 7)
_tr = "\n".join(
    f"<tr><td>{x['sei']} {x['child']}</td><td>{x['sei_kana']} {x['child_kana']}</td><td>{x['grade']}年</td>"
    f"<td>{x['sei']} {x['parent']}</td><td>{x['mobile']}</td><td>{['7/22-7/26', '7/29-8/2', '8/18-8/22'][i % 3]}</td></tr>"
    for i, x in enumerate(p))
MESSAGES.append({
    "id": "childcare-008", "charset": "utf-8",
    "sender": "栗林 潤 <kuribayashi.jun@hinode-sangyo.co.jp>",
    "to": ["summer@hidamari-gakudo.jp"],
    "subject": "サマースクール参加児童について",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>NPO法人 放課後クラブひだまり<br>サマースクール担当 様</p>
<p>お世話になっております。ひのでキッズの栗林です。<br>
今夏の合同サマースクールに参加する当クラブの児童は以下の7名です。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>児童氏名</th><th>ふりがな</th><th>学年</th><th>保護者</th><th>緊急連絡先</th><th>参加週</th></tr>
{_tr}
</table>
<p>お弁当持参の週は別途ご連絡します。よろしくお願いいたします。</p>
<pre>{SIG_KURI}</pre>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of 7 pupils with parents' emergency mobiles to a partner after-school NPO",
})

# 009 — shared-use nursery places for the partner company, 「・」 bullets
p = people("009", 5)
_b = "\n".join(f"・{x['sei']} {x['parent']} 様（{['生産技術部', '総務部', '研究開発センター', '品証部', '営業本部'][i]}）"
               f"／お子さま {x['sei']} {x['child']}（{reiwa(x['y'], x['m'], x['d'], 'abbr')}生）／携帯 {x['mobile']}"
               for i, x in enumerate(p))
MESSAGES.append({
    "id": "childcare-009", "charset": "iso-2022-jp",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 福利厚生課 <fukuri@kawasaki-denki.co.jp>"],
    "subject": "共同利用枠 入園内定のお知らせ（貴社ご利用分）",
    "body": f"""川崎電機株式会社
人事部 福利厚生課 御中

いつも大変お世話になっております。
日の出産業 ひので保育園事務室の北条でございます。

共同利用契約に基づく貴社ご利用枠につきまして、下記5名の入園が内定いたしましたので
ご連絡申し上げます。社員の皆様への通知をお願いできますでしょうか。

{_b}

入園前面談は4/2・4/3で調整しております。

{SIG_HOJO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "5 bullet rows: partner employees, their children's names, 和暦 DOB and mobiles",
})

# 010 — direct debit request for nursery fees, CSV UTF-8 with bank accounts
p = people("010", 6)
_kana = {"てしがわら": "ﾃｼｶﾞﾜﾗ"}
MESSAGES.append({
    "id": "childcare-010", "charset": "utf-8",
    "sender": "大河内 修 <okochi.osamu@hinode-sangyo.co.jp>",
    "to": ["kouza-furikae@midori-ginko.co.jp"],
    "subject": "保育料 口座振替データ（11月引落分）",
    "body": f"""みどり銀行 川崎支店
法人営業課 口座振替ご担当者様

いつもお世話になっております。日の出産業の大河内です。
ひので保育園 保育料（保護者負担分）11月引落分の振替データをお送りします。
引落日は11/27（木）でお願いいたします。件数6件、合計 141,000円です。

{SIG_OKOCHI}
""",
    "attachments": [{
        "kind": "csv", "name": "furikae_202511.csv", "encoding": "utf-8",
        "rows": [["顧客番号", "預金者名（カナ）", "金融機関コード", "支店コード", "預金種目", "口座番号", "引落金額"]]
        + [[f"HN{3100 + i}", f"{x['sei_kana']} {x['parent_kana']}", "0577",
            f"{[121, 145, 203, 121, 310, 145][i]:03d}", "1" if i % 4 else "2",
            f"{random.Random(f'acct{i}').randint(1000000, 9999999)}", [23500, 18000, 31000, 23500, 27000, 18000][i]]
           for i, x in enumerate(p)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "CSV of 6 parents' names with branch codes and account numbers for direct debit, to the bank",
})

# 011 — class phone tree in a DOCX, to the printer
p = people("011", 8)
MESSAGES.append({
    "id": "childcare-011", "charset": "shift_jis",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 山路様 <yamaji@nishiki-insatsu.co.jp>"],
    "subject": "緊急連絡網カード 印刷のお願い（きりん組）",
    "body": f"""錦印刷株式会社
山路様

お世話になっております。ひので保育園の江藤です。
先日ご相談した緊急連絡網カード（ラミネート・名刺サイズ）の原稿です。
まずは、きりん組分をWordでお送りしますので、レイアウト案をいただけますか。
部数は各家庭2枚＋園控え2枚の計18枚です。

{SIG_ETO}
""",
    "attachments": [{
        "kind": "docx", "name": "緊急連絡網_きりん組.docx",
        "paragraphs": ["ひので保育園　きりん組　緊急連絡網", "（園 → 1番 → 2番 … の順に電話でお回しください）", ""],
        "tables": [[["順", "園児名", "保護者名", "電話番号"]]
                   + [[str(i + 1), f"{x['sei']} {x['child']}", f"{x['sei']} {x['parent']}",
                       x["mobile"] if i % 3 else x["home"]] for i, x in enumerate(p)]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX phone tree of 8 families (child, parent, phone) sent to the print shop",
})

# 012 — handover ZIP (not encrypted) to the incoming operator
p = people("012", 9)
MESSAGES.append({
    "id": "childcare-012", "charset": "utf-8",
    "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
    "to": ["hikitsugi@nijiiro-hoiku.co.jp"],
    "cc": ["hojo.mayumi@hinode-sangyo.co.jp"],
    "subject": "運営事業者変更に伴う引継ぎ資料（1式）",
    "body": f"""株式会社にじいろ保育サービス
引継ぎプロジェクト ご担当各位

日の出産業の芦田です。10月からの運営開始に向けて、引継ぎ資料一式をZIPにまとめました。
・園児台帳（在籍児）
・緊急連絡先一覧
ファイルサイズの都合で圧縮しています。不足があればお知らせください。

{SIG_ASHIDA}
""",
    "attachments": [{
        "kind": "zip", "name": "hikitsugi_hinode_hoikuen.zip",
        "files": [
            {"kind": "xlsx", "name": "園児台帳.xlsx",
             "sheets": {"在籍児": [["ひので保育園 園児台帳（2025/9/1現在）"],
                                   ["園児番号", "氏名", "ふりがな", "生年月日", "クラス", "住所"]]
                        + [[f"2025-{i + 1:03d}", f"{x['sei']} {x['child']}", f"{x['sei_kana']} {x['child_kana']}",
                            f"{x['y']}-{x['m']:02d}-{x['d']:02d}", age_class(x["y"]), x["addr"]]
                           for i, x in enumerate(p)]}},
            {"kind": "csv", "name": "緊急連絡先.csv", "encoding": "utf-8",
             "rows": [["園児名", "続柄", "連絡先氏名", "電話1", "電話2"]]
             + [[f"{x['sei']} {x['child']}", "母" if i % 2 else "父", f"{x['sei']} {x['parent']}",
                 x["mobile"], x["home"]] for i, x in enumerate(p)]},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "plain ZIP with a 9-child register (DOB, address) and an emergency-contact CSV, to the new operator",
})

# 013 — internal list of upcoming childcare leavers, forwarded as an attached mail
p = people("013", 6)
_inner_rows = "\n".join(
    f"{x['empno']}  {pad(x['sei'] + ' ' + x['parent'], 14)}{pad(f'2025/{i + 5}/1', 11)}"
    f"{pad(f'2026/{i + 4}/28', 11)}{x['mobile']}"
    for i, x in enumerate(p))
MESSAGES.append({
    "id": "childcare-013", "charset": "iso-2022-jp",
    "sender": "高槻 絵里 <takatsuki.eri@hinode-sangyo.co.jp>",
    "to": ["sudo@minato-sr.jp"],
    "subject": "FW: 育休取得予定者の件（給付金手続き）",
    "body": f"""須藤先生

お世話になっております。高槻です。
人事企画課からの連絡をそのまま転送いたします（添付のメールをご覧ください）。
この6名の育児休業給付金の手続きを順次お願いしたく存じます。

{SIG_TAKATSUKI}
""",
    "attachments": [{
        "kind": "eml", "name": "育休取得予定者の件.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "永井 さつき <nagai.satsuki@hinode-sangyo.co.jp>",
            "to": ["takatsuki.eri@hinode-sangyo.co.jp"],
            "subject": "育休取得予定者の件",
            "body": f"""高槻さん

お疲れさまです。永井です。
今年度後半の育休取得予定者を共有します。給付金の手続き準備をお願いします。

社員番号 氏名          開始予定   終了予定   携帯
{_inner_rows}

※うち2名は男性の育休（出生時育児休業を含む）です。

{SIG_NAGAI}
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forwarded internal mail (attached .eml) listing 6 employees' leave dates and mobiles, now going to the consultant",
})

# 014 — inline forward of tour bookings
p = people("014", 5)
_tour = "\n".join(f"{i + 1}. {x['sei']} {x['parent']} 様（お子さま {x['y']}年{x['m']}月生）\n"
                  f"   TEL: {x['mobile']}  Mail: {x['email']}\n   希望日: {['10/7 10時', '10/7 14時', '10/9 10時', '10/14 10時', '10/14 14時'][i]}"
                  for i, x in enumerate(p))
MESSAGES.append({
    "id": "childcare-014", "charset": "utf-8",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["kogure.n@sukusuku-kids.co.jp"],
    "subject": "Fwd: 園見学予約（10月）",
    "body": f"""木暮様

北条です。社内受付分の見学予約を転送します。
当日の案内をお願いできますでしょうか。

---------- Forwarded message ---------
From: 江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>
Date: 2025年9月24日(水) 17:12
Subject: 園見学予約（10月）
To: 北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>

北条さん

10月の見学予約、現時点で5組入っています。

{_tour}

江藤

{SIG_HOJO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a forward (new text to the recipient) of 5 families' names, phones and private e-mails",
})

# 015 — English roster for the international school's after-school programme
p = people("015", 5)
_en = "\n".join(
    pad(f"{x['child_ro']} {x['sei_ro']}", 22) + pad(f"{x['sy']}-{x['sm']:02d}-{x['sd']:02d}", 13)
    + pad(f"G{x['grade']}", 7) + pad(f"{x['parent_ro']} {x['sei_ro']}", 22) + x["email"]
    for x in p)
MESSAGES.append({
    "id": "childcare-015", "charset": "utf-8",
    "sender": "Kenji Morioka <morioka.kenji@hinode-sangyo.co.jp>",
    "to": ["Ms. Laura Whitfield <l.whitfield@brightpath-intl.com>"],
    "subject": "Autumn term: Hinode children joining the after-school programme",
    "body": f"""Dear Laura,

Thank you for confirming the five places for the autumn term. As promised, here are the
children of our employees who will join from 6 October, with a parent contact for each.

Child                 DOB          Grade  Parent                E-mail
---------------------------------------------------------------------------------------
{_en}

Pick-up will be by the parents themselves except on Fridays (our shuttle).
Could you send the enrolment forms directly to the parents?

Best regards,

{SIG_MORIOKA}
{DISC_EN}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "English roster of 5 children (romaji names, DOB) with parents' private e-mails to a partner school",
})

# 016 — full-width padded table with 和暦 for the city (local-quota report)
p = people("016", 5)
_fwrows = "\n".join(
    f"{x['sei']}　{x['child']}　　{fw(reiwa(x['y'], x['m'], x['d']))}　　{fw(x['addr_short'])}　　{fw(x['home'])}"
    for x in p)
MESSAGES.append({
    "id": "childcare-016", "charset": "iso-2022-jp",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["kodomo-hoiku@city.sakuragaoka.lg.jp"],
    "subject": "地域枠利用児童の報告（令和７年１０月）",
    "body": f"""桜ヶ丘市 こども未来局 保育課
施設指導係 御中

いつもお世話になっております。
企業主導型保育事業「ひので保育園」の北条でございます。

令和７年１０月１日現在の地域枠利用児童につきまして、下記のとおりご報告いたします。

氏　名　　　　　生年月日　　　　　　　住　所　　　　　　　　　　　電話番号
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
{_fwrows}

以上５名（定員６名）です。ご確認のほどよろしくお願いいたします。

{SIG_HOJO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "5 children with 和暦 DOB, address and phone, all in full-width characters, to the city office",
})

# 017 — sick-child care registration, XLSX with insurance numbers and medical history
p = people("017", 6)
_hist = ["熱性けいれん（2回）", "気管支喘息", "なし", "川崎病（R5年 入院）", "なし", "アトピー性皮膚炎"]
MESSAGES.append({
    "id": "childcare-017", "charset": "shift_jis",
    "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
    "to": ["byouji@kobato-kids-clinic.jp"],
    "subject": "病児保育室 法人契約利用者の事前登録",
    "body": f"""こばと小児科クリニック 病児保育室「ことり」
ご担当 様

いつもお世話になっております。日の出産業 ファミリーサポート推進室の芦田です。
法人契約に基づく事前登録として、申請のあった6名分の登録票をExcelにまとめました。
保険証の記号・番号と既往歴は保護者が記入したものをそのまま転記しています。

{SIG_ASHIDA}
""",
    "attachments": [{
        "kind": "xlsx", "name": "病児保育_事前登録票.xlsx",
        "sheets": {"登録票": [["病児保育 事前登録（日の出産業 法人契約）"],
                              ["児童氏名", "生年月日", "保険者番号", "被保険者証 記号・番号", "既往歴",
                               "保護者氏名", "連絡先"]]
                   + [[f"{x['sei']} {x['child']}", reiwa(x["y"], x["m"], x["d"]),
                       "06139284", f"記号 {1200 + i * 11} 番号 {40 + i * 3}", _hist[i],
                       f"{x['sei']} {x['parent']}", x["mobile"]] for i, x in enumerate(p)]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6 children with health-insurance 記号・番号 and medical history (要配慮), XLSX to a clinic",
})

# 018 — swimming school group application, CP932 CSV with addresses
p = people("018", 7)
_lvl = ["顔つけ", "けのび5m", "クロール25m", "顔つけ", "背泳ぎ", "初めて", "クロール10m"]
MESSAGES.append({
    "id": "childcare-018", "charset": "cp932",
    "sender": "岩渕 玲奈 <kids-school@hinode-sangyo.co.jp>",
    "to": ["dantai@aqualife-swim.jp"],
    "subject": "冬期短期教室 団体申込（日の出産業）",
    "body": f"""アクアライフスイミングスクール 元住吉校
団体受付ご担当様

いつもありがとうございます。ひのでカルチャースクール・キッズの岩渕です。
冬期短期教室（12/26〜12/29）の団体申込書をお送りします。
貴校の申込フォーマットに合わせてCSVで作成しました。
会員登録のため住所が必要とのことでしたので、保護者確認のうえ記載しています。

{SIG_IWABUCHI}
""",
    "attachments": [{
        "kind": "csv", "name": "団体申込_冬期.csv", "encoding": "cp932",
        "rows": [["氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話", "泳力"]]
        + [[f"{x['sei']} {x['child']}", f"{x['sei_kana']} {x['child_kana']}",
            f"{x['y']}/{x['m']}/{x['d']}", x["zip"], x["addr"], x["mobile"], _lvl[i]]
           for i, x in enumerate(p)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of 7 children with DOB, home address and phone for the swimming school",
})

# 019 — family-day hotel booking with an allergy column, ASCII-padded table
p = people("019", 6)
_alg = ["卵", "なし", "小麦", "なし", "えび・かに", "乳（アナフィラキシー既往）"]
_t = "\n".join(f"{pad(x['sei'] + ' ' + x['parent'], 16)}{pad(f'{2 + i % 2}/{1 + i % 3}', 8)}"
               f"{pad(str(2025 - x['y']) + '歳', 8)}{pad(x['mobile'], 16)}{_alg[i]}" for i, x in enumerate(p))
MESSAGES.append({
    "id": "childcare-019", "charset": "utf-8",
    "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
    "to": ["banquet@sakura-hotel.jp"],
    "subject": "11/23 ファミリーデー 昼食会の参加者とアレルギーについて",
    "body": f"""さくらホテル 宴会予約課
小田切様

いつもお世話になっております。日の出産業の芦田です。
11/23（日）のファミリーデー昼食会について、第一陣の参加家族が確定しました。
お子さまの食物アレルギーの申告がありましたので、お料理のご配慮をお願いいたします。

代表者          大人/子 子の年齢 携帯            アレルギー
-------------------------------------------------------------------
{_t}

残りの家族は10/31までにお知らせします。

{SIG_ASHIDA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "6 families' rows with mobiles and children's food allergies (health data) to the partner hotel",
})

# 020 — after-school accident insurance roster, legacy XLS
p = people("020", 10)
MESSAGES.append({
    "id": "childcare-020", "charset": "shift_jis",
    "sender": "栗林 潤 <kuribayashi.jun@hinode-sangyo.co.jp>",
    "to": ["代理店 川端 <kawabata@mirai-hoken-agency.co.jp>"],
    "subject": "こども総合保険 加入者名簿（更新）",
    "body": f"""みらい保険エージェンシー
川端様

お世話になっております。ひのでキッズの栗林です。
来年度のこども総合保険（団体）更新用の加入者名簿です。
古いExcel形式でしか出力できないシステムのため、.xlsでお送りします。

{SIG_KURI}
""",
    "attachments": [{
        "kind": "xls", "name": "kanyusha_meibo.xls",
        "sheets": {"名簿": [["被保険者氏名", "性別", "生年月日", "住所", "保護者（契約者）"]]
                   + [[f"{x['sei']} {x['child']}", "男" if i % 2 else "女",
                       f"{x['sy']}/{x['sm']}/{x['sd']}", x["addr"], f"{x['sei']} {x['parent']}"]
                      for i, x in enumerate(p)]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of 10 insured children with DOB and home address, to an insurance agency",
})

# 021 — romaji, tab-separated roster for an external English teacher
p = people("021", 6)
_r = "\n".join(f"{x['child_ro']} {x['sei_ro'].upper()}\t{x['grade']}\t{x['parent_ro']} {x['sei_ro']}\t{x['email']}\t{x['mobile']}"
               for x in p)
MESSAGES.append({
    "id": "childcare-021", "charset": "utf-8",
    "sender": "岩渕 玲奈 <kids-school@hinode-sangyo.co.jp>",
    "to": ["Daniel Price <daniel.price@lingokids-tokyo.com>"],
    "subject": "Saturday English club - class list (Group B)",
    "body": f"""Hi Daniel,

Thanks again for taking over Group B from next Saturday. Below is the class list
(copied from our spreadsheet). Parents prefer e-mail; call only if it is urgent.

Name\tGrade\tParent\tE-mail\tMobile
{_r}

Room 3F-2 is booked until 12:00. Let me know if you need anything else!

Reina Iwabuchi
{SIG_IWABUCHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated romaji roster of 6 children with parents' e-mails and mobiles to an outside teacher",
})

# 022 — raw parent survey answers with names and e-mails, UTF-8 CSV with BOM
p = people("022", 12)
_sat = [5, 4, 3, 5, 2, 4, 4, 5, 3, 1, 4, 5]
_free = ["お迎え時間の延長を希望", "特になし", "連絡帳アプリが使いにくい", "先生方に感謝しています", "駐輪場が狭い",
         "", "行事の案内をもう少し早く", "特になし", "おむつの持ち帰りをなくしてほしい", "職員の入れ替わりが多い",
         "給食がおいしいと子どもが言っています", ""]
MESSAGES.append({
    "id": "childcare-022", "charset": "utf-8",
    "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
    "to": ["analysis@research-pal.co.jp"],
    "subject": "保護者満足度調査 回答データ（集計ご依頼）",
    "body": f"""リサーチパル株式会社
分析チーム 御中

お世話になっております。日の出産業 芦田です。
先月実施した保護者満足度調査の回答データ（フォーム出力のまま）をお送りします。
クロス集計とレポート作成をお願いします。納期は11/28希望です。

{SIG_ASHIDA}
""",
    "attachments": [{
        "kind": "csv", "name": "survey_raw_export.csv", "encoding": "utf-8-sig",
        "rows": [["タイムスタンプ", "お名前", "メールアドレス", "お子さまのクラス", "総合満足度", "ご意見"]]
        + [[f"2025/10/{2 + i} {9 + i % 8}:{(i * 7) % 60:02d}", f"{x['sei']} {x['parent']}", x["email"],
            age_class(x["y"]), _sat[i], _free[i]] for i, x in enumerate(p)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "raw survey export: 12 parents' names and private e-mails with answers, to a research vendor",
})
# ===== STOP: 要配慮個人情報 of one or two people =========================================

# 023 — one child's anaphylaxis history to the caterer
MESSAGES.append({
    "id": "childcare-023", "charset": "iso-2022-jp",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["morimoto.k@kitaguni-foods.co.jp"],
    "subject": "ぱんだ組 新入園児の除去食について（至急）",
    "body": """北国フーズ 森本様

お世話になっております。ひので保育園の江藤です。
来週月曜から入園する園児について、至急ご対応をお願いしたくご連絡しました。

　ぱんだ組　小鳥遊 紬（たかなし つむぎ）ちゃん　令和3年8月19日生
　・牛乳・乳製品：完全除去（1歳時にアナフィラキシーショックで救急搬送の既往あり）
　・主治医（こばと小児科）の生活管理指導表あり、エピペン処方済み
　・微量の混入（調理器具の共用）でも症状が出る可能性があるとのことです

調理ラインの分け方について、一度お電話でご相談させてください。

""" + SIG_ETO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named child's anaphylaxis history and prescription (medical, 要配慮) to the external caterer",
})

# 024 — a developmental diagnosis shared with the partner after-school NPO
MESSAGES.append({
    "id": "childcare-024", "charset": "utf-8",
    "sender": "栗林 潤 <kuribayashi.jun@hinode-sangyo.co.jp>",
    "to": ["summer@hidamari-gakudo.jp"],
    "subject": "合同サマースクール 加配のご相談",
    "body": f"""ひだまり 浜口さん

こんにちは、栗林です。先日の打合せではありがとうございました。
合同サマースクールの件で、一人加配をお願いできないかご相談です。

当クラブの 百目鬼 律くん（中原第二小 3年）ですが、昨年、療育センターで
自閉スペクトラム症と注意欠如・多動症の診断を受けています。
大きな音や予定の急な変更が苦手で、パニックになると教室を飛び出してしまうことがあります。
保護者（お母さま）からは、ひだまりさん側にも伝えてよいと了承をいただいています。

8/18の週だけでも、マンツーマンで見られる方がいると安心です。ご検討ください。

{SIG_KURI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named pupil's ASD/ADHD diagnosis (disability, 要配慮) sent to a partner NPO",
})

# 025 — religion: halal meals and prayer for one child at a camp
MESSAGES.append({
    "id": "childcare-025", "charset": "shift_jis",
    "sender": "岩渕 玲奈 <kids-school@hinode-sangyo.co.jp>",
    "to": ["camp-uketsuke@nature-kids-camp.jp"],
    "subject": "秋のわくわく自然キャンプ 参加者の食事・礼拝について",
    "body": f"""NPO法人ネイチャーキッズ キャンプ受付 ご担当者様

いつもお世話になっております。日の出産業 キッズスクール事務局の岩渕です。
10/11〜12のキャンプに参加する ラフマン・アイシャ さん（小学4年、保護者は当社社員の
ラフマン・ファイサル氏）について、事前にお願いがございます。

ご家庭がイスラム教を信仰されているため、
　・豚肉・豚由来成分（ゼラチン、ラード等）およびアルコールを含む料理は不可
　・可能であればハラール対応の食材
　・1日5回の礼拝の時間と場所（10分程度、静かな部屋）
のご配慮をお願いできますでしょうか。難しい点があれば保護者と直接ご相談いただくことも可能です。

{SIG_IWABUCHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named child's family religion (信条, 要配慮) with dietary and prayer needs, to an outside camp",
})

# 026 — spouse's postpartum depression as the reason to extend childcare leave (DOCX)
MESSAGES.append({
    "id": "childcare-026", "charset": "iso-2022-jp",
    "sender": "高槻 絵里 <takatsuki.eri@hinode-sangyo.co.jp>",
    "to": ["sudo@minato-sr.jp"],
    "subject": "育児休業延長（配偶者の疾病）の経緯書",
    "body": f"""須藤先生

いつもお世話になっております。日の出産業 高槻です。

先日お電話でご相談した 乙部 和也 さん（社員番号 K21877）の育児休業延長の件、
経緯書を作成しましたので添付いたします。配偶者の方の診断書の写しは、
本人から届き次第お送りします。延長の要件に該当するかご確認をお願いいたします。

{SIG_TAKATSUKI}
""",
    "attachments": [{
        "kind": "docx", "name": "育休延長_経緯書_乙部.docx",
        "paragraphs": [
            "育児休業延長に関する経緯書",
            "対象者：乙部 和也（製造本部 第一製造課）　社員番号 K21877",
            "子：乙部 湊（令和6年11月3日生）",
            "延長理由：養育を予定していた配偶者 乙部 沙織 が、令和7年7月に産後うつ病と診断され、",
            "　　　　　現在、心療内科に通院し投薬治療中のため、子の養育が困難な状態にある。",
            "主治医の意見：少なくとも6か月の療養を要する（診断書 令和7年8月20日付）。",
            "延長期間（希望）：令和7年11月3日 〜 令和8年5月2日",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX naming an employee's spouse and her postpartum-depression diagnosis (medical, 要配慮)",
})

# 027 — suspected abuse reported to the city (a child as crime victim)
MESSAGES.append({
    "id": "childcare-027", "charset": "utf-8",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["kateishien@city.sakuragaoka.lg.jp"],
    "subject": "【ご相談】在園児の身体の傷について（ひので保育園）",
    "body": f"""桜ヶ丘市 子ども家庭支援課
保坂 様

お電話でお話しした件、記録をメールでもお送りします。

・園児：鰐部 蒼くん（4歳、きりん組）　住所：川崎市中原区今井南町3-14-2
・10/6（月）朝の視診で、左上腕と背中に複数の円形のあざを確認（写真記録あり）
・本人は「パパにたたかれた」と話しています
・9月にも同様のあざがあり、保護者（母）は「兄弟げんか」と説明
・10/6は母親のお迎え予定、父親の送迎は本日なし

園としては虐待の疑いがあると考えております。今後の対応についてご指示ください。

{SIG_HOJO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named child with address as a suspected victim of abuse (犯罪被害, 要配慮) — must be reviewed before it leaves",
})

# 028 — infant health check result to the operator's nurse (CP932)
MESSAGES.append({
    "id": "childcare-028", "charset": "shift_jis",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["看護師 桂 <katsura.y@sukusuku-kids.co.jp>"],
    "subject": "10月内科健診の結果（要精密検査1名）",
    "body": f"""すくすくキッズサポート
巡回看護師 桂さん

お疲れさまです。江藤です。
10/2の内科健診で、嘱託医の先生から1名「要精密検査」の指摘がありました。

　ひよこ組　猪狩 心春（いがり こはる）　R6.3.27生
　所見：心雑音（収縮期雑音 II/VI）
　→ 小児循環器科の受診をすすめる、とのこと

保護者には本日お迎え時に健診結果票をお渡しして説明済みです。
受診結果が出るまで、午睡時の観察を少し細かくした方がよいか、ご意見ください。

{SIG_ETO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one infant's health-check finding (heart murmur, referral) with name and DOB, to an external nurse",
})

# 029 — disability certificate and consideration request to a cram school, PDF
MESSAGES.append({
    "id": "childcare-029", "charset": "utf-8",
    "sender": "岩渕 玲奈 <kids-school@hinode-sangyo.co.jp>",
    "to": ["motosumiyoshi@sakura-kobetsu.jp"],
    "subject": "法人提携コース 受講者の合理的配慮について",
    "body": f"""さくら個別指導学院 元住吉教室
教室長 様

お世話になっております。日の出産業 キッズスクール事務局の岩渕です。
法人提携コースに11月から通う生徒について、保護者から配慮申請書が提出されました。
PDFにてお送りしますので、指導の際にご配慮いただけますと幸いです。

{SIG_IWABUCHI}
""",
    "attachments": [{
        "kind": "pdf", "name": "配慮申請書_早乙女.pdf", "title": "合理的配慮申請書",
        "lines": [
            "合理的配慮申請書（法人提携コース）",
            "",
            "生徒氏名：早乙女 大和（さおとめ やまと）　中原第二小学校 5年",
            "生年月日：2014年9月8日",
            "保護者：早乙女 亮介（日の出産業 技術本部）　連絡先 090-3318-4406",
            "障害の状況：療育手帳 B2（軽度知的障害）、ADHD（医師の診断あり）",
            "服薬：コンサータ 18mg（朝）",
            "お願いしたい配慮：",
            "　・課題は一度に一つずつ、口頭と文字の両方で指示してください",
            "　・50分授業の途中に5分程度の休憩を入れてください",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF: a named pupil's disability certificate grade, ADHD diagnosis and medication, to a cram school",
})

# 030 — accident report with a fracture diagnosis, to the insurer (DOCX)
MESSAGES.append({
    "id": "childcare-030", "charset": "iso-2022-jp",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["jiko-uketsuke@tokai-kasai.co.jp"],
    "subject": "賠償責任保険 事故報告（ひので保育園）証券番号 HK-20931877",
    "body": f"""東海火災保険株式会社
事故受付センター 御中

日の出産業株式会社 ひので保育園 事務室の北条でございます。
保育施設賠償責任保険（証券番号 HK-20931877）に関し、園内で発生した事故について
事故報告書を提出いたします。ご査収のほどよろしくお願い申し上げます。

{SIG_HOJO}
""",
    "attachments": [{
        "kind": "docx", "name": "事故報告書_20251015.docx",
        "paragraphs": ["事故報告書", "発生日時：令和7年10月15日（水）10時40分頃", "発生場所：園庭 すべり台付近"],
        "tables": [[["項目", "内容"],
                    ["負傷児童", "蓮沼 航（はすぬま わたる）　5歳　ぞう組"],
                    ["生年月日", "令和2年2月11日"],
                    ["事故の状況", "すべり台の階段（高さ約1.2m）から転落し、右肩を強打"],
                    ["受診先", "新丸子整形外科クリニック"],
                    ["診断", "右鎖骨骨折（全治6週間）、固定バンド装着"],
                    ["保護者への連絡", "母（蓮沼 舞）へ 10:50 電話連絡、受診に同行"]]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX accident report with a named child's fracture diagnosis (medical, 要配慮) to the insurer",
})

# 031 — English: epilepsy of one child to the international school nurse
MESSAGES.append({
    "id": "childcare-031", "charset": "utf-8",
    "sender": "Kenji Morioka <morioka.kenji@hinode-sangyo.co.jp>",
    "to": ["nurse.office@brightpath-intl.com"],
    "subject": "Medical information for a new after-school student",
    "body": f"""Dear School Nurse,

One of the children joining your after-school programme from our company asked us to pass
this on before the first day, as the parents are travelling this week.

  Student:   Noah Kitamura-Evans (Grade 2), born 12 March 2018
  Condition: epilepsy (focal seizures), diagnosed 2023, on levetiracetam twice daily
  If a seizure lasts more than 5 minutes: call 119; rescue medication (buccal midazolam)
  is in his backpack.
  Parent:    Sarah Kitamura-Evans, +81 90-7781-2049

Please let me know if the school needs a signed care plan from the family.

Kind regards,

{SIG_MORIOKA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named child's epilepsy diagnosis and medication in English, to an external school",
})

# 032 — two named children's infectious disease diagnoses to the partner club
MESSAGES.append({
    "id": "childcare-032", "charset": "shift_jis",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["浜口 <hamaguchi@hidamari-gakudo.jp>"],
    "subject": "ご兄弟の感染症についての情報共有",
    "body": f"""ひだまり 浜口様

お世話になっております。ひので保育園の江藤です。
そちらのクラブに上のお子さんが通っているご家庭について、念のため共有させてください。

・うさぎ組 樋渡 小夏ちゃん：10/20 インフルエンザA型と診断（兄 樋渡 樹くん 小3 がひだまり在籍）
・りす組 柘植 朔くん：10/21 RSウイルス感染症と診断（姉 柘植 千晴さん 小1 がひだまり在籍）

ご兄弟の体調にもご留意いただけますと幸いです。

{SIG_ETO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "two named children's infection diagnoses (medical, 要配慮) shared with an outside club",
})

# ===== STOP: My Number, cards, ID and insurance numbers =================================

# 033 — My Number in the body for the childcare leave benefit
_mn = my_number(33)
MESSAGES.append({
    "id": "childcare-033", "charset": "iso-2022-jp",
    "sender": "高槻 絵里 <takatsuki.eri@hinode-sangyo.co.jp>",
    "to": ["sudo@minato-sr.jp"],
    "subject": "育児休業給付金 初回申請（宍戸さん）",
    "body": f"""須藤先生

お世話になっております。高槻です。
宍戸さんの育児休業給付金の初回申請に必要な情報です。

　被保険者氏名：宍戸 麻衣（ししど まい）
　雇用保険被保険者番号：5012-384920-3
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　育休開始日：2025年8月18日（子の生年月日 2025年6月22日）
　振込先：みどり銀行 川崎支店 普通 4829173

賃金台帳と出勤簿は明日、別送いたします。

{SIG_TAKATSUKI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "an employee's My Number (plus bank account) for the leave benefit, sent in the body to the consultant",
})

# 034 — dependants' My Numbers in an XLSX sent to the payroll vendor as "test data"
MESSAGES.append({
    "id": "childcare-034", "charset": "utf-8",
    "sender": "大河内 修 <okochi.osamu@hinode-sangyo.co.jp>",
    "to": ["support@tsubasa-system.jp"],
    "subject": "Re: 扶養控除データ取込エラーについて",
    "body": f"""ツバサシステム サポートセンター
ご担当者様

お世話になっております。日の出産業の大河内です。
扶養控除等申告書データの取込でエラーが出る件、再現する実データを1件分お送りします。
子の個人番号を入れた行でエラーになるようです。

{SIG_OKOCHI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "扶養控除_取込エラー再現.xlsx",
        "sheets": {"取込データ": [["区分", "氏名", "続柄", "生年月日", "個人番号", "同居"],
                                  ["本人", "吉良 拓也", "", "1986/11/02", my_number(341), ""],
                                  ["扶養", "吉良 琴葉", "長女", "2017/05/30", my_number(342), "同居"],
                                  ["扶養", "吉良 奏太", "長男", "2020/01/14", my_number(343), "同居"]],
                   "エラーログ": [["行", "エラー内容"], [3, "E1042 個人番号の形式が不正です"],
                                  [4, "E1042 個人番号の形式が不正です"]]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three real My Numbers (employee and two children) sent to a vendor to reproduce an import error",
})

# 035 — credit card for lesson fees, to a private piano teacher on free mail
_cc = card_number(35)
MESSAGES.append({
    "id": "childcare-035", "charset": "shift_jis",
    "sender": "岩渕 玲奈 <kids-school@hinode-sangyo.co.jp>",
    "to": ["mizuki.piano.lesson@gmail.com"],
    "subject": "出張レッスン月謝のお支払いについて",
    "body": f"""水木先生

いつもありがとうございます。キッズスクール事務局の岩渕です。
社内ピアノ教室の月謝（法人払い分）ですが、今月から先生のオンライン決済での
お支払いに切り替えたいと思います。下記カードで登録をお願いできますか。

カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
有効期限：08/28
名義：HINODE SANGYO / REINA IWABUCHI

毎月1日の自動引落でお願いします。

{SIG_IWABUCHI}
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a full credit-card number with expiry sent to a private teacher's gmail",
})

# 036 — residence card number of a foreign employee for the nursery application
MESSAGES.append({
    "id": "childcare-036", "charset": "utf-8",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["kodomo-hoiku@city.sakuragaoka.lg.jp"],
    "subject": "企業主導型（地域枠）利用申請の添付書類について",
    "body": f"""桜ヶ丘市 保育課 ご担当 様

お世話になっております。ひので保育園の北条です。
地域枠に申請中の保護者につき、在留資格の確認書類についてご照会のあった件です。

　申請者：NGUYEN THI LAN（グエン・ティ・ラン）
　生年月日：1991年7月14日
　在留カード番号：UH48201736SK
　在留資格：技術・人文知識・国際業務（在留期間満了日 2027年3月31日）
　児童：NGUYEN MINH KHANG（令和5年1月9日生）

カードの写しが必要でしたらお知らせください。

{SIG_HOJO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a parent's residence-card number with name and DOB to the city office",
})

# 037 — a volunteer driver's licence number to the insurance agency
MESSAGES.append({
    "id": "childcare-037", "charset": "iso-2022-jp",
    "sender": "栗林 潤 <kuribayashi.jun@hinode-sangyo.co.jp>",
    "to": ["kawabata@mirai-hoken-agency.co.jp"],
    "subject": "送迎ボランティア運転者の追加登録",
    "body": f"""みらい保険エージェンシー
川端様

お世話になっております。ひのでキッズの栗林です。
遠足の送迎で運転をお願いする保護者ボランティアを1名、運転者限定特約に追加したいです。

　氏名：間宮 隆之（まみや たかゆき）
　生年月日：昭和57年10月3日
　運転免許証番号：第 452108837160 号（ゴールド、2028年11月3日まで有効）
　使用車両：品川 300 さ 12-34（クラブ所有）

11/8（土）から有効になるよう手続きいただけますでしょうか。

{SIG_KURI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a parent volunteer's driving-licence number and DOB to the insurance agency",
})

# 038 — basic pension number on the childcare leave exemption form (PDF)
MESSAGES.append({
    "id": "childcare-038", "charset": "utf-8",
    "sender": "高槻 絵里 <takatsuki.eri@hinode-sangyo.co.jp>",
    "to": ["sudo@minato-sr.jp"],
    "subject": "育児休業等取得者申出書（社保料免除）の下書き",
    "body": f"""須藤先生

お世話になっております。高槻です。
社会保険料免除の申出書、下書きをPDFにしました。電子申請前に内容をご確認ください。

{SIG_TAKATSUKI}
""",
    "attachments": [{
        "kind": "pdf", "name": "育児休業等取得者申出書_下書き.pdf",
        "lines": ["健康保険・厚生年金保険 育児休業等取得者申出書（新規・延長）",
                  "",
                  "事業所整理記号：21-ヒノテ　事業所番号：40817",
                  "被保険者整理番号：1184",
                  "被保険者氏名：羽賀 俊（はが しゅん）",
                  "生年月日：平成元年6月30日",
                  "基礎年金番号：4187-362905",
                  "養育する子：羽賀 杏　令和7年9月2日生",
                  "育児休業等開始年月日：令和7年10月28日",
                  "育児休業等終了（予定）年月日：令和8年1月27日"],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF form with an employee's basic pension number and DOB to the consultant",
})

# 039 — passport of a child for an overseas summer camp
MESSAGES.append({
    "id": "childcare-039", "charset": "utf-8",
    "sender": "岩渕 玲奈 <kids-school@hinode-sangyo.co.jp>",
    "to": ["tehai@kids-ryugaku.jp"],
    "subject": "ケアンズ・サマーキャンプ 航空券手配（追加1名）",
    "body": f"""キッズ留学センター 手配担当 様

お世話になっております。日の出産業 キッズスクール事務局の岩渕です。
キャンセル待ちだった1名の参加が確定しましたので、航空券の手配をお願いいたします。
パスポートの記載どおりにご入力ください。

　SURNAME / GIVEN NAME：KUSAKABE / KOTOHA
　生年月日：2013年4月25日（12歳）　性別：F
　旅券番号：TZ4471902
　有効期限：2030年2月17日

ETAの申請も併せてお願いできれば幸いです。

{SIG_IWABUCHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a child's passport number and DOB to a travel agent",
})

# ===== STOP: three or more external parties visible in To/Cc ============================

# 040 — summer notice to six parents, all in To
MESSAGES.append({
    "id": "childcare-040", "charset": "iso-2022-jp",
    "sender": "栗林 潤 <kuribayashi.jun@hinode-sangyo.co.jp>",
    "to": ["megumi.shishido7@gmail.com", "t.kamaishi@yahoo.co.jp", "aya-egashira@docomo.ne.jp",
           "sho.yomoda@icloud.com", "kanako_sugo@ezweb.ne.jp", "m.funahashi@outlook.jp"],
    "subject": "【ひのでキッズ】夏休み期間の開所時間について",
    "body": f"""保護者の皆さま

いつもひのでキッズへのご理解・ご協力ありがとうございます。指導員の栗林です。
夏休み期間（7/22〜8/29）の開所時間をお知らせします。

　・開所：8:00〜19:00（通常より1時間早く開けます）
　・お盆休み：8/13〜8/15 は閉所
　・お弁当：毎日ご持参ください（8/6・8/20は仕出し弁当あり、希望制）

お弁当の申込は7/11までに連絡帳アプリからお願いします。

{SIG_KURI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "six parents' private addresses in To instead of Bcc: every parent sees the others",
})

# 041 — four partner schools in To for a coordination meeting
MESSAGES.append({
    "id": "childcare-041", "charset": "utf-8",
    "sender": "岩渕 玲奈 <kids-school@hinode-sangyo.co.jp>",
    "to": ["dantai@aqualife-swim.jp", "info@kids-eikaiwa.com", "motosumiyoshi@sakura-kobetsu.jp",
           "office@kodomo-programming.co.jp"],
    "subject": "提携教室 連絡会（12/3）のご案内",
    "body": f"""提携教室の皆さま

いつも社員のお子さまの受講でお世話になっております。
日の出産業 キッズスクール事務局の岩渕です。

年に一度の提携教室連絡会を下記のとおり開催いたします。

　日時：12月3日（水）15:00〜16:30
　場所：日の出ビル 5F 第2会議室（オンライン参加可）
　議題：来年度の法人割引、受講状況のご報告、送迎の安全について

ご出欠を11/21までにご返信ください。

{SIG_IWABUCHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four different external schools in To can see each other's contacts: should have been Bcc",
})

# 042 — three babysitter companies in Cc for a quotation
MESSAGES.append({
    "id": "childcare-042", "charset": "iso-2022-jp",
    "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
    "to": ["hojin@babycare-net.co.jp"],
    "cc": ["sales@kidsline-higashi.jp", "houjin-eigyo@himawari-sitter.com"],
    "subject": "法人契約ベビーシッターサービス 見積りのお願い",
    "body": f"""ご担当者様

はじめてご連絡いたします。日の出産業株式会社 ファミリーサポート推進室の芦田と申します。
来年度から社員向けのベビーシッター利用補助を拡充するにあたり、法人契約のお見積りを
お願いしたくご連絡いたしました。

　想定利用：年間延べ 600時間程度（病児対応を含む）
　対象地域：川崎市・横浜市北部・東京都大田区
　ご提出期限：11月28日（金）

お手数ですが、見積書と会社概要をお送りください。

{SIG_ASHIDA}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three competing sitter companies put in To/Cc for a tender, each sees the others",
})

# 043 — reply-all to five parents on carrier mail (quoted original below)
MESSAGES.append({
    "id": "childcare-043", "charset": "utf-8",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["ritsu-mama@ezweb.ne.jp"],
    "cc": ["kojiya.family@softbank.ne.jp", "y.akutagawa@docomo.ne.jp", "iwanaga.naoki@gmail.com",
           "haga-mai@au.com"],
    "subject": "Re: 運動会の開催について",
    "body": f"""皆さま

ひので保育園の江藤です。お問い合わせありがとうございます。
明日10/18（土）の運動会は、雨天のため10/19（日）に延期いたします。
集合時間・持ち物に変更はございません。

江藤

> 明日の運動会、雨予報ですがどうなりますか？
> りすぐみ 保護者代表
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "reply-all exposing five parents' private addresses to each other in To/Cc",
})

# ===== STOP: look-alike recipient domains ==============================================

# 044 — internal colleague typed as hinode-sangyou.co.jp
MESSAGES.append({
    "id": "childcare-044", "charset": "iso-2022-jp",
    "sender": "高槻 絵里 <takatsuki.eri@hinode-sangyo.co.jp>",
    "to": ["nagai.satsuki@hinode-sangyou.co.jp"],
    "subject": "復職面談の日程（11月）",
    "body": f"""永井さん

お疲れさまです。高槻です。
11月に育休から復職予定の方の面談日程、以下で確定しました。

　11/5（水）10:00〜　第3会議室
　11/12（水）14:00〜　オンライン

同席をお願いできますか。

{SIG_TAKATSUKI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "an internal colleague addressed at hinode-sangyou.co.jp (extra letter): look-alike of the own domain",
})

# 045 — caterer at kitaguni-food.co.jp (dropped s)
MESSAGES.append({
    "id": "childcare-045", "charset": "shift_jis",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["森本様 <morimoto.k@kitaguni-food.co.jp>"],
    "subject": "12月献立の変更依頼",
    "body": f"""北国フーズ 森本様

お世話になっております。ひので保育園の江藤です。
12月の献立について、以下の変更をお願いできますでしょうか。

・12/19（金）クリスマス会：ランチをカレーからオムライスへ
・12/24（水）おやつ：ケーキ（卵・乳不使用の物を含め２種）
・12/26（金）：年内最終日のため、お弁当箱なしの簡易メニュー

ご検討よろしくお願いいたします。

{SIG_ETO}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-food.co.jp instead of the partner kitaguni-foods.co.jp (a letter dropped)",
})

# 046 — partner company at kawasaki-denki.com (TLD swap)
MESSAGES.append({
    "id": "childcare-046", "charset": "utf-8",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["fukuri@kawasaki-denki.com"],
    "subject": "共同利用枠 1月入園の空き状況",
    "body": f"""川崎電機株式会社 人事部 福利厚生課 御中

お世話になっております。ひので保育園の北条でございます。
1月入園の空き状況をお知らせいたします。

　0歳児：1名　／　1歳児：0名　／　2歳児：2名

ご希望の社員様がいらっしゃいましたら、12/10までに申込書をご提出ください。

{SIG_HOJO}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kawasaki-denki.com is a TLD swap of the partner kawasaki-denki.co.jp",
})

# 047 — own domain with "co." dropped
MESSAGES.append({
    "id": "childcare-047", "charset": "utf-8",
    "sender": "大河内 修 <okochi.osamu@hinode-sangyo.co.jp>",
    "to": ["takatsuki.eri@hinode-sangyo.jp"],
    "cc": ["nagai.satsuki@hinode-sangyo.co.jp"],
    "subject": "家族手当 規程改定の施行日について",
    "body": f"""高槻さん

大河内です。家族手当の規程改定、施行日は来年4月1日で労組と合意できたそうです。
配偶者手当の段階的縮小（15,000円→10,000円→5,000円）と、子の手当の増額（1人 10,000円
→15,000円）のスケジュール表を作るので、来週月曜に15分ほどください。

{SIG_OKOCHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyo.jp (co. dropped) is an external look-alike of the internal domain",
})

# 048 — bank at midori-glnko.co.jp (l for i)
MESSAGES.append({
    "id": "childcare-048", "charset": "iso-2022-jp",
    "sender": "大河内 修 <okochi.osamu@hinode-sangyo.co.jp>",
    "to": ["kouza-furikae@midori-glnko.co.jp"],
    "subject": "保育料 口座振替スケジュール（来年度）",
    "body": f"""みどり銀行 法人営業課 ご担当者様

お世話になっております。日の出産業の大河内です。
来年度の保育料口座振替のデータ提出日と引落日の一覧をお送りいただけますでしょうか。
今年度は毎月20日提出・27日引落でしたが、土日祝の扱いを確認したく存じます。

{SIG_OKOCHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-glnko.co.jp (l for i, homoglyph) impersonates the partner bank midori-ginko.co.jp",
})

# ===== STOP: confidentiality markings =================================================

# 049 — 社外秘 header on a budget DOCX
MESSAGES.append({
    "id": "childcare-049", "charset": "utf-8",
    "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
    "to": ["kogure.n@sukusuku-kids.co.jp"],
    "subject": "次年度 運営費の件",
    "body": f"""木暮様

芦田です。次年度の運営委託費の交渉に先立ち、当社内で検討中の予算案をお送りします。
保育士の処遇改善分をどこまで見込めるか、率直なご意見を伺えればと思います。

{SIG_ASHIDA}
""",
    "attachments": [{
        "kind": "docx", "name": "ひので保育園_次年度予算案_v3.docx", "page_header": "社外秘",
        "paragraphs": ["ひので保育園 2026年度 運営予算（案）", "作成：ファミリーサポート推進室　2025/10/30",
                       "1. 運営委託費：年額 48,600千円（前年比 +4.2%）",
                       "2. 施設整備費：園庭改修 3,200千円", "3. 企業主導型保育事業 助成金見込：31,450千円"],
        "tables": [[["費目", "2025年度", "2026年度案", "増減"],
                    ["人件費相当", "36,200", "38,100", "+1,900"],
                    ["給食委託", "6,480", "6,700", "+220"],
                    ["その他", "4,000", "3,800", "-200"]]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX stamped 社外秘 in its page header sent to the outside operator",
})

# 050 — 【部外秘】 draft rules to the consultant
MESSAGES.append({
    "id": "childcare-050", "charset": "iso-2022-jp",
    "sender": "大河内 修 <okochi.osamu@hinode-sangyo.co.jp>",
    "to": ["sudo@minato-sr.jp"],
    "subject": "【部外秘】家族手当制度 改定案（労使協議前）",
    "body": f"""須藤先生

大河内です。労使協議前の段階ですが、規程改定案の条文をご確認いただきたくお送りします。

━━━━━━━━━━━━━━━━━━━━
　部外秘　　人事部限り　　2025.11.04 版
━━━━━━━━━━━━━━━━━━━━
第12条（家族手当）
１　会社は、次の各号に定める扶養家族を有する社員に家族手当を支給する。
　(1) 18歳に達した日以後の最初の3月31日までの間にある子　1人につき月額15,000円
　(2) 配偶者　月額5,000円（2028年3月31日をもって廃止）
２　前項の支給は、届出のあった月の翌月から行う。

経過措置の書き方について特にご意見をいただけますと幸いです。

{SIG_OKOCHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject and a stamp in the body classify the draft as 部外秘, and it goes outside",
})

# 051 — English benchmark PDF marked Confidential
MESSAGES.append({
    "id": "childcare-051", "charset": "utf-8",
    "sender": "Kenji Morioka <morioka.kenji@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@familyworks-consulting.com>"],
    "subject": "Our current childcare benefits - for the benchmark",
    "body": f"""Hi Priya,

As discussed on Tuesday, attached is the summary of our current childcare and family
benefits so you can include Hinode in the regional benchmark. Numbers are FY2024 actuals.

Best,
Kenji

{SIG_MORIOKA}
""",
    "attachments": [{
        "kind": "pdf", "name": "Hinode_childcare_benefits_FY2024.pdf",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo internal use only",
        "lines": ["Childcare & Family Benefits - Summary (FY2024)", "",
                  "On-site nursery (Hinode Hoikuen): capacity 45, occupancy 93%",
                  "Company cost per child per month: JPY 41,800",
                  "Babysitter subsidy: JPY 2,200 per voucher, 412 vouchers used",
                  "Family allowance: JPY 10,000 per child per month",
                  "Paternity leave uptake: 61% (target FY2026: 85%)"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF footer classifies the document CONFIDENTIAL / internal use only, sent to a consultant",
})

# 052 — 取扱注意 evaluation sheet in an XLSX
MESSAGES.append({
    "id": "childcare-052", "charset": "cp932",
    "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
    "to": ["hoshino@hoiku-consul.co.jp"],
    "subject": "運営事業者選定 評価表（一次審査）",
    "body": f"""保育コンサルティング・ラボ
星野様

いつもありがとうございます。芦田です。
運営事業者の一次審査評価表です。配点のバランスについてご意見をお願いします。
二次審査のプレゼンは12/8を予定しています。

{SIG_ASHIDA}
""",
    "attachments": [{
        "kind": "xlsx", "name": "事業者選定_評価表_一次.xlsx",
        "sheets": {"評価表": [["【取扱注意】運営事業者選定 一次審査評価表"],
                              ["事業者", "保育計画", "人員体制", "安全管理", "価格", "合計"],
                              ["株式会社すくすくキッズサポート", 22, 18, 20, 14, 74],
                              ["株式会社にじいろ保育サービス", 24, 21, 19, 12, 76],
                              ["ポプラ保育株式会社", 18, 16, 17, 18, 69]],
                   "配点": [["項目", "配点"], ["保育計画", 30], ["人員体制", 25], ["安全管理", 25], ["価格", 20]]},
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX classified 【取扱注意】 in its title row (bid evaluation) sent to an outside consultant",
})

# ===== STOP: attachments that cannot be read ===========================================

# 053 — PPAP: password ZIP of the roster
p = people("053", 8)
MESSAGES.append({
    "id": "childcare-053", "charset": "iso-2022-jp",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["kogure.n@sukusuku-kids.co.jp"],
    "subject": "【パスワード別送】11月 在園児名簿",
    "body": f"""木暮様

お世話になっております。北条です。
11月の在園児名簿をお送りします。
添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りいたします。

{SIG_HOJO}
""",
    "attachments": [{
        "kind": "zip", "name": "zaienji_meibo_202511.zip", "password": "Hn2511#ho",
        "files": [{"kind": "xlsx", "name": "在園児名簿_202511.xlsx",
                   "sheets": {"名簿": [["氏名", "生年月日", "保護者", "電話"]]
                              + [[f"{x['sei']} {x['child']}", f"{x['y']}/{x['m']}/{x['d']}",
                                  f"{x['sei']} {x['parent']}", x["mobile"]] for x in p]}}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP): its contents cannot be inspected",
})

# 054 — password-protected PDF
MESSAGES.append({
    "id": "childcare-054", "charset": "utf-8",
    "sender": "大河内 修 <okochi.osamu@hinode-sangyo.co.jp>",
    "to": ["sudo@minato-sr.jp"],
    "subject": "家族手当 申請書一式（10月受付分）",
    "body": f"""須藤先生

大河内です。10月受付分の家族手当申請書をスキャンしてPDFにしました。
PDFにはパスワードを設定しています（いつものルールです）。

{SIG_OKOCHI}
""",
    "attachments": [{
        "kind": "pdf", "name": "家族手当申請書_202510.pdf", "password": "kazoku1025",
        "lines": ["家族手当 支給申請書", "申請者：菅生 健太　社員番号 H34070", "扶養親族：菅生 樹（長男）　令和7年9月9日生"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "an encrypted PDF that cannot be scanned goes to the consultant",
})

# 055 — corrupt XLSX
MESSAGES.append({
    "id": "childcare-055", "charset": "cp932",
    "sender": "栗林 潤 <kuribayashi.jun@hinode-sangyo.co.jp>",
    "to": ["hamaguchi@hidamari-gakudo.jp"],
    "subject": "合同サマースクール 利用実績（精算用）",
    "body": f"""浜口さん

栗林です。サマースクールの精算用に、当クラブ側の利用実績をお送りします。
共有PCから保存したので、開けなかったら言ってください。

{SIG_KURI}
""",
    "attachments": [{"kind": "corrupt", "name": "サマースクール利用実績.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be inspected",
})
# ===== PASS: everything internal ======================================================

# 056 — full register to the internal general affairs team
p = people("056", 14)
MESSAGES.append({
    "id": "childcare-056", "charset": "utf-8",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["somu-bosai@hinode-sangyo.co.jp"],
    "cc": ["ashida.kengo@hinode-sangyo.co.jp"],
    "subject": "防災訓練用 在園児名簿（最新版）",
    "body": f"""総務部 防災担当 各位

お疲れさまです。北条です。
11/12の全社防災訓練で、保育園の避難誘導の確認に使う在園児名簿を添付します。
訓練後は各自で削除をお願いします（共有フォルダには置かないでください）。

{SIG_HOJO}
""",
    "attachments": [{
        "kind": "xlsx", "name": "在園児名簿_防災訓練用.xlsx",
        "sheets": {"在園児": [["ひので保育園 在園児名簿（2025/11/1）"],
                              ["クラス", "氏名", "生年月日", "保護者", "保護者携帯", "住所"]]
                   + [[age_class(x["y"]), f"{x['sei']} {x['child']}", f"{x['y']}/{x['m']}/{x['d']}",
                       f"{x['sei']} {x['parent']}", x["mobile"], x["addr"]] for x in p]},
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "a 14-child register, but every recipient is internal (hinode-sangyo.co.jp)",
})

# 057 — allergy list to nursery staff on the internal subdomain
p = people("057", 6)
_al = ["卵", "乳", "小麦・大豆", "キウイ", "卵・乳", "そば"]
_lines = "\n".join(f"　{age_class(x['y'])[:4]}　{x['sei']} {x['child']}　…　{_al[i]}" for i, x in enumerate(p))
MESSAGES.append({
    "id": "childcare-057", "charset": "iso-2022-jp",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["hoikushi-all@mail.hinode-sangyo.co.jp"],
    "subject": "（園内）除去食の子 一覧 更新しました",
    "body": f"""保育士のみなさん

お疲れさまです。江藤です。
除去食の子の一覧を更新しました。配膳前のダブルチェックに使ってください。
(新しく入ったのは ぞう組の1名です)

{_lines}

休憩室のホワイトボードの表も差し替え済みです。

江藤
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "children's allergies (health data), but sent only to the internal subdomain mail.hinode-sangyo.co.jp",
})

# 058 — My Number to the internal payroll team
_mn = my_number(58)
MESSAGES.append({
    "id": "childcare-058", "charset": "cp932",
    "sender": "高槻 絵里 <takatsuki.eri@hinode-sangyo.co.jp>",
    "to": ["okochi.osamu@hinode-sangyo.co.jp"],
    "subject": "出生に伴う扶養追加（柘植さん）",
    "body": f"""大河内さん

お疲れさまです。高槻です。
柘植さんのお子さん誕生に伴う扶養追加の件、本人から個人番号の届出がありました。
給与システムへの登録をお願いします。

　社員：柘植 雅人（K30512）
　子　：柘植 朔（つげ さく）　2025年9月30日生
　子の個人番号：{_mn}

番号確認書類（通知カード写し）は人事の金庫に保管しています。

高槻
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "a child's My Number, but from HR to payroll inside the company only",
})

# 059 — 社外秘 proposal to internal management
MESSAGES.append({
    "id": "childcare-059", "charset": "utf-8",
    "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
    "to": ["keiei-kaigi@hinode-sangyo.co.jp"],
    "subject": "【社外秘】経営会議資料：両立支援施策の拡充案",
    "body": f"""経営会議メンバー各位

ファミリーサポート推進室の芦田です。11/18 経営会議の付議資料をお送りします。
社外秘資料のため、社外への転送はご遠慮ください。

{SIG_ASHIDA}
""",
    "attachments": [{
        "kind": "pptx", "name": "両立支援施策_拡充案.pptx", "page_footer": "社外秘",
        "slides": [["両立支援施策の拡充案", "2026年度 実施予定", "ファミリーサポート推進室"],
                   ["施策1：ひので保育園 定員拡大", "45名 → 60名（別館2F改修）", "投資額 約1.2億円"],
                   ["施策2：ベビーシッター補助の上乗せ", "割引券に加え 1時間あたり 1,000円を会社負担"],
                   ["施策3：男性育休 取得率85%", "職場への応援手当（1人あたり月3万円）"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a 社外秘 deck, but the recipients are all internal",
})

# 060 — password ZIP between two internal offices
MESSAGES.append({
    "id": "childcare-060", "charset": "iso-2022-jp",
    "sender": "栗林 潤 <kuribayashi.jun@hinode-sangyo.co.jp>",
    "to": ["kids-school@hinode-sangyo.co.jp"],
    "subject": "兄弟在籍の確認用データ",
    "body": f"""岩渕さん

お疲れさまです。栗林です。
キッズスクールとひのでキッズの兄弟在籍の突き合わせ用データです。
念のためパスワード付きZIPにしました。パスワードは口頭でお伝えします。

{SIG_KURI}
""",
    "attachments": [{
        "kind": "zip", "name": "kyodai_check.zip", "password": "kids-1104",
        "files": [{"kind": "csv", "name": "hinodekids.csv", "encoding": "cp932",
                   "rows": [["氏名", "学年", "兄弟"], ["吉良 琴葉", "3", "吉良 奏太"], ["相楽 蓮", "2", "相楽 凛"]]}],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an encrypted ZIP, but sent from one internal office to another",
})

# ===== PASS: directories of businesses, not people ====================================

# 061 — partner nurseries list to the partner company
MESSAGES.append({
    "id": "childcare-061", "charset": "iso-2022-jp",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["fukuri@kawasaki-denki.co.jp"],
    "subject": "提携保育施設の一覧（貴社社員向け案内用）",
    "body": f"""川崎電機株式会社 人事部 福利厚生課 御中

お世話になっております。ひので保育園の北条でございます。
ひので保育園が満員の際にご案内している提携保育施設の一覧です。
社員の皆さま向けのご案内にお使いください。

施設名                        所在地                               代表電話
--------------------------------------------------------------------------------------
こすもす保育園 武蔵小杉         川崎市中原区小杉町2-276-1              044-733-5120
みらいのたね保育園              川崎市中原区新丸子東3-1100              044-411-8830
ちいさなもり保育室              横浜市港北区日吉本町1-4-21             045-565-2201
あおぞらキッズ 下丸子園         東京都大田区下丸子3-7-9               03-3758-4410
ナーサリー鹿島田                川崎市幸区鹿島田1-16-8                044-522-9031
ひまわり小規模保育園            川崎市高津区溝口2-19-3                 044-822-6607

いずれも企業主導型・認可外の共同利用契約先です。

{SIG_HOJO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of nurseries (businesses) with their office addresses and switchboards, not people",
})

# 062 — HTML-only directory of partner lesson schools
MESSAGES.append({
    "id": "childcare-062", "charset": "utf-8",
    "sender": "岩渕 玲奈 <kids-school@hinode-sangyo.co.jp>",
    "to": ["somu@kitaguni-foods.co.jp"],
    "subject": "提携習い事教室のご案内（共同福利厚生）",
    "html": """<html><body>
<p>北国フーズ株式会社<br>総務部 御中</p>
<p>お世話になっております。日の出産業 キッズスクール事務局の岩渕でございます。<br>
共同福利厚生の協定に基づき、貴社の社員様もご利用いただける提携教室の一覧をお送りいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>教室名</th><th>ジャンル</th><th>所在地</th><th>電話</th><th>法人割引</th></tr>
<tr><td>アクアライフスイミングスクール 元住吉校</td><td>水泳</td><td>川崎市中原区木月1-30-5</td><td>044-411-3321</td><td>入会金無料</td></tr>
<tr><td>キッズ英会話アカデミー 日吉校</td><td>英会話</td><td>横浜市港北区日吉2-1-8 3F</td><td>045-563-0912</td><td>月謝10%引</td></tr>
<tr><td>さくら個別指導学院 元住吉教室</td><td>学習塾</td><td>川崎市中原区木月2-4-1</td><td>044-430-7725</td><td>初月無料</td></tr>
<tr><td>こどもプログラミング工房</td><td>プログラミング</td><td>川崎市川崎区駅前本町12-1</td><td>044-201-6654</td><td>教材費半額</td></tr>
<tr><td>リトルステップ体操クラブ</td><td>体操</td><td>川崎市幸区南幸町3-88</td><td>044-544-1187</td><td>月謝5%引</td></tr>
</table>
<p>お申込みは各教室へ直接、「日の出産業 提携」とお伝えください。</p>
<p>ひのでカルチャースクール・キッズ 事務局<br>岩渕 玲奈<br>TEL 044-555-0450</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML table of lesson schools' addresses and phone numbers: a business directory",
})

# 063 — CSV of babysitter companies
MESSAGES.append({
    "id": "childcare-063", "charset": "cp932",
    "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
    "to": ["fukuri@kawasaki-denki.co.jp"],
    "subject": "割引券が使えるベビーシッター事業者リスト",
    "body": f"""川崎電機 福利厚生課 ご担当者様

お世話になっております。日の出産業の芦田です。
先日の連絡会でお話しした、割引券対応のシッター事業者リストをCSVでお送りします。
（協会の公開情報をもとに、川崎・横浜北部で実績のある会社を抜粋したものです）

{SIG_ASHIDA}
""",
    "attachments": [{
        "kind": "csv", "name": "sitter_jigyosha_list.csv", "encoding": "cp932",
        "rows": [["事業者名", "本社所在地", "代表電話", "受付時間", "病児対応"],
                 ["ベビーケアネット株式会社", "東京都港区芝5-14-2", "03-5441-7700", "9:00-18:00", "可"],
                 ["株式会社キッズライン東", "川崎市中原区小杉町3-264", "044-738-2210", "8:00-20:00", "不可"],
                 ["ひまわりシッターサービス", "横浜市港北区新横浜2-5-11", "045-476-3380", "9:00-17:30", "可"],
                 ["ナニーズ・ホーム株式会社", "東京都品川区大崎1-6-4", "03-6420-1188", "24時間", "可"],
                 ["こもれびキッズケア", "川崎市高津区二子1-9-7", "044-833-5019", "8:30-19:00", "不可"],
                 ["アンジュ保育サービス", "東京都大田区蒲田5-30-1", "03-3736-9902", "9:00-18:00", "可"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "CSV list of companies with head-office addresses and switchboards: no people",
})

# 064 — PDF list of after-school sites
MESSAGES.append({
    "id": "childcare-064", "charset": "utf-8",
    "sender": "栗林 潤 <kuribayashi.jun@hinode-sangyo.co.jp>",
    "to": ["gakudo@city.sakuragaoka.lg.jp"],
    "subject": "放課後児童クラブ 拠点一覧（届出内容の確認）",
    "body": f"""桜ヶ丘市 青少年育成課 放課後児童クラブ担当 様

お世話になっております。日の出産業 放課後クラブ「ひのでキッズ」の栗林です。
事業変更届に添付する拠点一覧をPDFでお送りします。記載内容をご確認ください。

{SIG_KURI}
""",
    "attachments": [{
        "kind": "pdf", "name": "拠点一覧_ひのでキッズ.pdf",
        "lines": ["放課後児童クラブ「ひのでキッズ」 拠点一覧（令和7年11月1日現在）", ""],
        "table": [["拠点名", "所在地", "電話", "定員", "開所時間"],
                  ["本館（日の出ビル別館2F）", "川崎市川崎区日進町4-11", "044-555-0420", "40", "13:00-19:00"],
                  ["中原分室", "川崎市中原区今井南町7-30", "044-711-0421", "25", "13:00-19:00"],
                  ["溝口分室", "川崎市高津区溝口3-6-2", "044-813-0422", "20", "14:00-18:30"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "PDF table of the club's own sites with office addresses and phones: business data only",
})

# ===== PASS: one to four people's records ============================================

# 065 — introducing the new head of the nursery (one business contact)
MESSAGES.append({
    "id": "childcare-065", "charset": "iso-2022-jp",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["fukuri@kawasaki-denki.co.jp"],
    "subject": "ひので保育園 園長交代のお知らせ",
    "body": f"""川崎電機株式会社 人事部 福利厚生課 御中

平素より大変お世話になっております。
12月1日付で、ひので保育園の園長が交代いたしますのでお知らせいたします。

　新園長：木暮 直子（株式会社すくすくキッズサポート 所属）
　連絡先：ひので保育園 044-555-0310（代表）
　メール：kogure.n@sukusuku-kids.co.jp

前園長の芳賀は、すくすくキッズサポート本社の運営本部に異動となります。
今後ともよろしくお願い申し上げます。

{SIG_HOJO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "one person's business contact (the nursery's main line and her work e-mail): ordinary business mail",
})

# 066 — three tour attendees with phone numbers
MESSAGES.append({
    "id": "childcare-066", "charset": "utf-8",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["kogure.n@sukusuku-kids.co.jp"],
    "subject": "11/11 見学会の参加者（3組）",
    "body": f"""木暮園長

江藤です。11/11（火）10時の見学会は以下の3組です。

・五十嵐 彩 さん（1歳児の入園希望）090-5512-3381
・岩永 直樹 さん（0歳児）080-2274-9016
・長谷部 友美 さん（2歳児、兄弟入園）070-6631-0458

雨の場合は玄関ホールで集合にします。

{SIG_ETO}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "only three people's names and phones (under the five-person threshold): may warn, not hold",
})

# 067 — two children's temporary extended care with pick-up person
MESSAGES.append({
    "id": "childcare-067", "charset": "cp932",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["shift@sukusuku-kids.co.jp"],
    "subject": "本日の臨時延長保育（2名）",
    "body": f"""シフトご担当者様

江藤です。本日、臨時で延長保育の申込が2件入りました。
保育士1名の追加配置をお願いできますでしょうか。

1) りす組 菅生 環ちゃん　〜19:30　お迎え：祖母 菅生 智子 様（090-8823-1147）
2) きりん組 鬼頭 颯真くん　〜19:00　お迎え：父（080-6610-2935）

よろしくお願いします。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two children with pick-up contacts: a few people's data, may warn",
})

# 068 — reply to one parent on gmail about admission paperwork
MESSAGES.append({
    "id": "childcare-068", "charset": "iso-2022-jp",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["五十嵐 彩 <aya.igarashi.0512@gmail.com>"],
    "subject": "Re: 入園手続きについての質問",
    "body": f"""五十嵐 様

お問い合わせいただきありがとうございます。ひので保育園の北条です。

ご質問の件、以下のとおりです。
・入園申込書の提出期限：12月5日（金）必着
・就労証明書：会社の人事部で発行します（社内申請システムから申請してください）
・慣らし保育：4/1〜4/10の予定です。お仕事の調整をお願いいたします

ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_HOJO}

-----Original Message-----
差出人: 五十嵐 彩 <aya.igarashi.0512@gmail.com>
送信日時: 2025年11月6日 21:14
件名: 入園手続きについての質問

提出期限と、就労証明書の取得方法を教えてください。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "an ordinary answer to one parent on free mail",
})

# 069 — a freelance babysitter on yahoo about training
MESSAGES.append({
    "id": "childcare-069", "charset": "utf-8",
    "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
    "to": ["hanae_sitter@yahoo.co.jp"],
    "subject": "社内ベビーシッター講習会の講師のお願い",
    "body": f"""花江様

ご無沙汰しております。日の出産業の芦田です。
昨年に続き、社員向けの「はじめてのベビーシッター利用」講習会の講師をお願いできないかと
思いご連絡しました。

　候補日：1月17日（土）または1月24日（土） 10:00〜11:30
　会場：日の出ビル 5F ホール
　謝礼：昨年同様 30,000円（交通費別）

ご都合をお聞かせいただけますと幸いです。

{SIG_ASHIDA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one freelance instructor on free mail; nothing personal of others",
})

# 070 — private piano teacher on icloud about the fee schedule
MESSAGES.append({
    "id": "childcare-070", "charset": "cp932",
    "sender": "岩渕 玲奈 <kids-school@hinode-sangyo.co.jp>",
    "to": ["水木 先生 <mizuki.aki@icloud.com>"],
    "subject": "来年度の出張レッスン料について",
    "body": f"""水木先生

いつもありがとうございます。岩渕です。
来年度の社内ピアノ教室の件、予算が確定しましたのでご連絡します。

　レッスン料：1回（45分×4名）12,000円 → 13,000円
　回数：月3回（第1・2・3土曜）
　お支払い：月末締め翌月25日振込

発表会の会場費は別途こちらで負担します。引き続きよろしくお願いいたします。

{SIG_IWABUCHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "fee arrangement with a single private teacher on free mail",
})

# 071 — ordinary mail with a long confidentiality disclaimer
MESSAGES.append({
    "id": "childcare-071", "charset": "iso-2022-jp",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["fukuri@kawasaki-denki.co.jp"],
    "subject": "保育園 年末年始の休園日について",
    "body": f"""川崎電機株式会社 福利厚生課 御中

いつもお世話になっております。ひので保育園の北条です。
年末年始の休園日をお知らせいたします。貴社社員の皆さまへのご周知をお願いいたします。

　休園：12月29日（月）〜1月3日（土）
　12月27日（土）は土曜保育（事前申込制）となります

{SIG_HOJO}
{DISC_JA2}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a holiday notice; the standard 機密情報 disclaimer at the foot is not a classification",
})

# 072 — about the NDA clause of the operation contract
MESSAGES.append({
    "id": "childcare-072", "charset": "utf-8",
    "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 森下先生 <morishita@shirakawa-law.jp>"],
    "subject": "保育運営委託契約の秘密保持条項について",
    "body": f"""白川法律事務所
森下先生

いつもお世話になっております。日の出産業の芦田です。
新しい運営事業者との委託契約書（ドラフト）について、秘密保持条項の修正をご相談させてください。

1. 園児・保護者の個人情報を「秘密情報」に含めるか、別条（個人情報の取扱い）で定めるか
2. 契約終了後の秘密保持義務の存続期間（先方案は2年、当社は5年を希望）
3. 再委託先（給食・送迎）にも同等の機密保持契約を締結させる義務

来週中にお打合せの時間をいただけますでしょうか。

{SIG_ASHIDA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about confidentiality clauses (NDA talk), no marking and no personal data",
})

# 073 — English: NDA before sharing information with the international school
MESSAGES.append({
    "id": "childcare-073", "charset": "utf-8",
    "sender": "Kenji Morioka <morioka.kenji@hinode-sangyo.co.jp>",
    "to": ["l.whitfield@brightpath-intl.com"],
    "subject": "Re: Data sharing for the corporate partnership",
    "body": f"""Dear Laura,

Thank you for your note. Before we share any information about the families, our legal
team would like both sides to sign a mutual non-disclosure agreement. I attach nothing yet;
our lawyer will send the draft NDA early next week. Under it, student data would only be
exchanged through your parent portal, never by e-mail.

Would a short call on Thursday work to go through the confidentiality terms?

Best regards,

{SIG_MORIOKA}
{DISC_EN}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English mail about an NDA with the standard disclaimer: no marking, no personal data",
})

# ===== PASS: replies that only quote the other side's data ============================

# 074 — reply quoting the operator's list with '>'
p = people("074", 6)
_q = "\n".join(f"> {x['sei']} {x['child']}（{age_class(x['y'])}）保護者携帯 {x['mobile']}" for x in p)
MESSAGES.append({
    "id": "childcare-074", "charset": "iso-2022-jp",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["kogure.n@sukusuku-kids.co.jp"],
    "subject": "Re: インフルエンザ予防接種 園内接種の希望者",
    "body": f"""木暮様

北条です。ご連絡ありがとうございます。
6名とも承知しました。接種日（11/20）は別館1Fの医務室を押さえておきます。
問診票は当日朝に保護者から回収する形でお願いします。

北条

木暮 直子 wrote:
> 北条様
> 園内接種の希望者は以下の6名です。
{_q}
> 以上、よろしくお願いします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-child list is only quoted ('>') from the recipient's own mail; the new text has no data",
})

# 075 — reply under -----Original Message----- quoting the consultant's list
p = people("075", 7)
_orig = "\n".join(f"{x['empno']}\t{x['sei']} {x['parent']}\t{showa(x['ay'], x['am'], x['ad'], 'abbr')}\t雇保番号 50{i}1-{382910 + i * 17}-{i + 1}"
                  for i, x in enumerate(p))
MESSAGES.append({
    "id": "childcare-075", "charset": "cp932",
    "sender": "高槻 絵里 <takatsuki.eri@hinode-sangyo.co.jp>",
    "to": ["sudo@minato-sr.jp"],
    "subject": "RE: 育児休業給付 支給決定のご報告",
    "body": f"""須藤先生

ご報告ありがとうございます。高槻です。
7名分、社内でも支給決定を確認いたしました。本人へは当方から連絡いたします。
次回（2か月後）の支給申請もよろしくお願いいたします。

高槻

-----Original Message-----
From: 須藤 <sudo@minato-sr.jp>
Sent: Tuesday, November 4, 2025 4:02 PM
To: takatsuki.eri@hinode-sangyo.co.jp
Subject: 育児休業給付 支給決定のご報告

高槻様

下記7名の育児休業給付金について、支給決定通知が届きましたのでご報告します。

{_orig}

みなと社会保険労務士法人 須藤
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the seven-person list is only in the quoted Original Message from the recipient",
})

# 076 — English reply quoting the school's roster ("On ... wrote:")
p = people("076", 5)
_q = "\n".join(f"> {x['child_ro']} {x['sei_ro']}, Grade {x['grade']}, parent: {x['parent_ro']} {x['sei_ro']}, {x['email']}" for x in p)
MESSAGES.append({
    "id": "childcare-076", "charset": "utf-8",
    "sender": "Kenji Morioka <morioka.kenji@hinode-sangyo.co.jp>",
    "to": ["l.whitfield@brightpath-intl.com"],
    "subject": "Re: Final enrolment list - autumn term",
    "body": f"""Hi Laura,

Thanks, that matches our records. Our shuttle will pick the five of them up at 15:10 on
Fridays, starting 10 October.

Kenji

On Mon, 29 Sep 2025 at 11:02, Laura Whitfield <l.whitfield@brightpath-intl.com> wrote:
> Dear Kenji,
> Please find the final enrolment list below.
{_q}
> Kind regards, Laura
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "roster only in the quoted part of the recipient's own mail; the new text is a one-liner",
})

# ===== PASS: invoices, orders, tracking, prices =====================================

# 077 — invoice to the partner company for shared-use places, with our T-number
MESSAGES.append({
    "id": "childcare-077", "charset": "utf-8",
    "sender": "大河内 修 <okochi.osamu@hinode-sangyo.co.jp>",
    "to": ["keiri@kawasaki-denki.co.jp"],
    "subject": "共同利用負担金 請求書（2025年10月分）No.HS-2510-0087",
    "body": f"""川崎電機株式会社 経理部 御中

いつもお世話になっております。日の出産業 給与厚生課の大河内でございます。
ひので保育園 共同利用負担金の10月分請求書を添付いたします。

　請求書番号：HS-2510-0087
　ご請求金額：517,000円（税込）※内訳は請求書をご参照ください
　お支払期日：2025年11月30日
　振込先：みどり銀行 川崎支店 当座 0081244 ヒノデサンギョウ（カ
　登録番号：T8020001054713

{SIG_OKOCHI}
""",
    "attachments": [{
        "kind": "pdf", "name": "請求書_HS-2510-0087.pdf",
        "lines": ["請　求　書", "川崎電機株式会社 御中", "請求書番号 HS-2510-0087　発行日 2025/11/05",
                  "日の出産業株式会社　登録番号 T8020001054713", ""],
        "table": [["品目", "数量", "単価", "金額"],
                  ["共同利用負担金（0〜2歳児）", "7", "55,000", "385,000"],
                  ["共同利用負担金（3〜5歳児）", "4", "33,000", "132,000"],
                  ["合計（非課税）", "", "", "517,000"]],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice with invoice number, company bank account and the company's T-number: business data",
})

# 078 — order of picture books with product codes
MESSAGES.append({
    "id": "childcare-078", "charset": "iso-2022-jp",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["order@ehon-center.co.jp"],
    "subject": "絵本・教材 追加注文（注文番号 EC-778102）",
    "body": f"""絵本センター株式会社 受注係 御中

いつもお世話になっております。ひので保育園の江藤です。
下記のとおり追加注文をお願いいたします。

　注文番号：EC-778102（先月分 EC-776554 と同じ配送先）
　-------------------------------------------------------
　商品コード   品名                         数量   単価
　B-20114     しろくまのパンツ               2     1,430
　B-31907     だるまさんが                   3       935
　K-0552      ぬりえ帳 のりもの（10冊組）     2     2,200
　K-1180      ぺったんシール 動物             5       330
　-------------------------------------------------------
　合計（税込）：13,655円

納品は12/1（月）午前中を希望します。

{SIG_ETO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an order with order number, product codes and prices",
})

# 079 — tracking number for snack delivery
MESSAGES.append({
    "id": "childcare-079", "charset": "cp932",
    "sender": "栗林 潤 <kuribayashi.jun@hinode-sangyo.co.jp>",
    "to": ["otoiawase@aoba-unyu.co.jp"],
    "subject": "配達状況の確認（問合せ番号 4471-2290-8163）",
    "body": f"""青葉運輸 お客様センター 御中

お世話になっております。日の出産業 ひのでキッズの栗林です。
11/10着予定のおやつ（段ボール3箱）がまだ届いておりません。
お手数ですが配達状況をご確認いただけますでしょうか。

　問合せ番号：4471-2290-8163 / 4471-2290-8174 / 4471-2290-8185
　お届け先：日の出ビル別館2F ひのでキッズ（TEL 044-555-0420）

{SIG_KURI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tracking numbers and the club's own address/phone: no personal data",
})

# 080 — lesson price list negotiation
MESSAGES.append({
    "id": "childcare-080", "charset": "utf-8",
    "sender": "岩渕 玲奈 <kids-school@hinode-sangyo.co.jp>",
    "to": ["info@kids-eikaiwa.com"],
    "subject": "法人割引後の月謝表（来年度）の確認",
    "body": f"""キッズ英会話アカデミー ご担当者様

お世話になっております。岩渕です。
来年度の法人割引後の月謝表、以下の理解で合っているかご確認ください。

コース              通常月謝    法人価格   入会金
-------------------------------------------------
プリスクール（週1）   8,800      7,920     0
キンダー（週1）       9,900      8,910     0
小学生A（週1）       11,000      9,900     0
小学生B（週2）       19,800     17,820     0
英検対策（月2回）     7,700      6,930     0

※教材費は別途（年間 6,600円）

{SIG_IWABUCHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a price table of lesson fees: nothing about people",
})

# ===== PASS: statistics without people ==============================================

# 081 — monthly occupancy statistics
MESSAGES.append({
    "id": "childcare-081", "charset": "iso-2022-jp",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["fukuri@kawasaki-denki.co.jp"],
    "subject": "ひので保育園 月次利用状況（10月）",
    "body": f"""川崎電機 福利厚生課 御中

いつもお世話になっております。北条でございます。
10月の利用状況をご報告いたします。

　　　　　　定員　在籍（うち貴社）　待機
　０歳児　　　６　　　６（１）　　　　２
　１歳児　　　９　　　９（２）　　　　３
　２歳児　　１０　　　９（２）　　　　０
　３歳児　　　７　　　６（１）　　　　０
　４歳児　　　７　　　７（２）　　　　０
　５歳児　　　６　　　５（１）　　　　０
　合計　　　４５　　４２（９）　　　　５

延長保育の利用は延べ118回（前月比 +12回）でした。

{SIG_HOJO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "occupancy counts by age class: statistics without any person",
})

# 082 — survey results, aggregate PDF
MESSAGES.append({
    "id": "childcare-082", "charset": "utf-8",
    "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
    "to": ["kogure.n@sukusuku-kids.co.jp"],
    "subject": "保護者満足度調査 集計結果（速報）",
    "body": f"""木暮様

芦田です。保護者満足度調査の集計結果（速報）を共有します。
回答率は 78%（33/42世帯）でした。自由記述の要約は来週お送りします。

{SIG_ASHIDA}
""",
    "attachments": [{
        "kind": "pdf", "name": "満足度調査_集計速報.pdf",
        "lines": ["保護者満足度調査 2025 集計結果（速報）", "回答 33世帯 / 対象 42世帯（回答率 78.6%）", ""],
        "table": [["設問", "満足", "やや満足", "やや不満", "不満"],
                  ["保育内容", "58%", "33%", "9%", "0%"],
                  ["職員の対応", "64%", "27%", "6%", "3%"],
                  ["給食", "70%", "24%", "6%", "0%"],
                  ["連絡手段（アプリ）", "30%", "39%", "24%", "7%"],
                  ["開所時間", "45%", "36%", "15%", "4%"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate survey percentages only",
})

# 083 — family allowance statistics (CP932)
MESSAGES.append({
    "id": "childcare-083", "charset": "shift_jis",
    "sender": "大河内 修 <okochi.osamu@hinode-sangyo.co.jp>",
    "to": ["sudo@minato-sr.jp"],
    "subject": "家族手当 支給実績（制度改定の試算用）",
    "body": f"""須藤先生

大河内です。制度改定の試算用に、直近1年の家族手当の支給実績を集計しました。

区分                 対象者数   月額支給総額
--------------------------------------------
配偶者                  312      4,680,000
子（第1子）             418      4,180,000
子（第2子）             203      2,030,000
子（第3子以降）          41        410,000
父母等                   17        170,000
--------------------------------------------
合計                    991     11,470,000

改定案での増減額の試算をお願いできますか。

{SIG_OKOCHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "headcounts and totals by category: statistics, no individuals",
})

# 084 — English statistics for the overseas consultant
MESSAGES.append({
    "id": "childcare-084", "charset": "utf-8",
    "sender": "Kenji Morioka <morioka.kenji@hinode-sangyo.co.jp>",
    "to": ["priya.raman@familyworks-consulting.com"],
    "subject": "Parental leave figures FY2022-FY2024",
    "body": f"""Hi Priya,

Here are the figures you asked for (headcount, Japan only):

                         FY2022   FY2023   FY2024
Births (employees)          88       95      102
Maternity leave taken       39       41       44
Paternity leave taken       17       38       62
  - uptake (men)           35%      72%      61%*
Average length (men)     11 d     19 d     27 d
Return rate after leave    97%      98%     100%

* FY2024 counts only leave started before 31 March.

Happy to walk you through them on Thursday.

Kenji
{SIG_MORIOKA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English aggregate statistics, no personal data",
})

# ===== PASS: two external organisations in a normal three-way mail ======================

# 085 — operator and caterer together
MESSAGES.append({
    "id": "childcare-085", "charset": "iso-2022-jp",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["kogure.n@sukusuku-kids.co.jp"],
    "cc": ["morimoto.k@kitaguni-foods.co.jp"],
    "subject": "三者打合せ（給食・食育）の日程",
    "body": f"""木暮様
（cc：北国フーズ 森本様）

お世話になっております。ひので保育園の江藤です。
来年度の給食・食育計画について、三者で打合せをお願いしたく存じます。

　候補1　12/4（木）14:00〜15:00
　候補2　12/9（火）10:00〜11:00
　場所：ひので保育園 会議スペース

ご都合のよい候補を返信でお知らせください。

{SIG_ETO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc for a normal three-way meeting",
})

# 086 — bus company and the partner club
MESSAGES.append({
    "id": "childcare-086", "charset": "utf-8",
    "sender": "栗林 潤 <kuribayashi.jun@hinode-sangyo.co.jp>",
    "to": ["unkou-kanri@aoba-unyu.co.jp", "hamaguchi@hidamari-gakudo.jp"],
    "subject": "サマースクール期間の送迎ルート変更",
    "body": f"""青葉運輸 運行管理ご担当様
ひだまり 浜口さん

お世話になっております。栗林です。
サマースクール期間（8/18〜8/22）は、送迎バスを次のルートで運行したいと考えています。

　8:10 日の出ビル別館 発 → 8:35 ひだまり（中原区小杉町）着
　16:30 ひだまり 発 → 16:55 日の出ビル別館 着

停留所の変更がないか、両社でご確認いただけますでしょうか。

{SIG_KURI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To: a normal three-way mail",
})

# ===== PASS: risky-looking but harmless ============================================

# 087 — general allergy policy, no child named
MESSAGES.append({
    "id": "childcare-087", "charset": "shift_jis",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["morimoto.k@kitaguni-foods.co.jp"],
    "subject": "食物アレルギー対応方針の改定について",
    "body": f"""北国フーズ 森本様

お世話になっております。北条です。
園の食物アレルギー対応方針を改定しましたので、要点をお知らせします。

1. 除去は「完全除去」を基本とし、部分除去は原則として行わない
2. 除去食は専用トレイ・色付き食器で提供し、配膳時に2名で確認する
3. 新規食材は家庭で2回以上食べたことを確認してから提供する
4. 対象児の情報は園内の名簿で管理し、貴社には献立単位の除去指示のみをお伝えする

4.の運用に伴い、今後の指示書の様式を変更させてください。

{SIG_HOJO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an allergy policy in general terms: no child and no health data of any person",
})

# 088 — menu with allergen markings (XLSX)
MESSAGES.append({
    "id": "childcare-088", "charset": "utf-8",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["morimoto.k@kitaguni-foods.co.jp"],
    "subject": "1月献立案（アレルゲン表示付き）の確認",
    "body": f"""森本様

江藤です。1月の献立案、アレルゲン欄まで確認しました。
2点だけコメントを入れています（黄色のセル）。ご確認ください。

{SIG_ETO}
""",
    "attachments": [{
        "kind": "xlsx", "name": "献立_2026年1月_確認済.xlsx",
        "sheets": {"献立": [["2026年1月 献立表（特定原材料等表示）"],
                            ["日付", "主食", "主菜", "副菜", "汁物", "おやつ", "特定原材料等"],
                            ["1/5", "ごはん", "鶏の照り焼き", "ほうれん草のおひたし", "みそ汁", "せんべい", "小麦・大豆・鶏肉"],
                            ["1/6", "うどん", "かき揚げ", "煮豆", "―", "ヨーグルト", "小麦・えび・乳・大豆"],
                            ["1/7", "七草がゆ", "白身魚の煮付け", "かぶの甘酢", "すまし汁", "みかん", "小麦・大豆"],
                            ["1/8", "パン", "ミートローフ", "コールスロー", "コーンスープ", "ホットケーキ", "小麦・卵・乳・牛肉・豚肉"]],
                   "コメント": [["日付", "コメント"], ["1/6", "かき揚げのえびは除去食では「ちくわ」に置換"],
                                ["1/8", "ミートローフのつなぎは卵不使用の配合を検討"]]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a menu with allergens per dish: food data, not people",
})

# 089 — mentions 機密 but is no marking; declines to send a roster
MESSAGES.append({
    "id": "childcare-089", "charset": "iso-2022-jp",
    "sender": "岩渕 玲奈 <kids-school@hinode-sangyo.co.jp>",
    "to": ["office@kodomo-programming.co.jp"],
    "subject": "Re: 受講者名簿のご提供について",
    "body": f"""こどもプログラミング工房 ご担当者様

お世話になっております。岩渕です。
受講者名簿をメールでいただきたいとのご依頼ですが、社内規程上、保護者の連絡先を含む
名簿は機密情報として扱っており、メールでお送りすることができません。
恐れ入りますが、各ご家庭から貴教室のWeb会員登録をしていただく形でお願いできますでしょうか。

登録用URLを社内掲示板でご案内いたします。

{SIG_IWABUCHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 機密 is only mentioned in a sentence; no document is classified and no list is sent",
})

# 090 — English inquiry with one contact
MESSAGES.append({
    "id": "childcare-090", "charset": "utf-8",
    "sender": "Kenji Morioka <morioka.kenji@hinode-sangyo.co.jp>",
    "to": ["admissions@riverside-kids-academy.com"],
    "subject": "Enquiry: corporate places in your after-school programme",
    "body": f"""Dear Admissions Team,

I am responsible for family support at Hinode Sangyo, a manufacturer with about 3,000
employees in Kawasaki. Several of our expatriate staff have children of primary-school
age and we are looking for a partner after-school programme in English.

Could you tell me:
  - whether you offer corporate places, and the fee per term;
  - your pick-up times and whether you can collect children from local schools;
  - the earliest possible start date.

You can reach me directly on +81-44-555-0180.

Kind regards,

{SIG_MORIOKA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an English enquiry to a new school; only the sender's own contact",
})

# 091 — Q&A on reduced-hours rules for parents, no individuals
MESSAGES.append({
    "id": "childcare-091", "charset": "iso-2022-jp",
    "sender": "高槻 絵里 <takatsuki.eri@hinode-sangyo.co.jp>",
    "to": ["sudo@minato-sr.jp"],
    "subject": "育児短時間勤務の対象年齢拡大についてのご相談",
    "body": f"""須藤先生

いつもお世話になっております。高槻です。
育児短時間勤務の対象を「小学校3年生修了まで」に拡大する案について、ご意見をいただけますでしょうか。

　現行：3歳に満たない子を養育する社員（法定どおり）
　改定案：小学校3年生の年度末まで
　論点：
　　・所定労働時間（6時間／7時間の選択制）の維持
　　・賞与の算定方法（勤務時間比例）
　　・フレックスタイム制との併用可否

ご多忙のところ恐縮ですが、12月の労使協議までにご助言いただけますと幸いです。

{SIG_TAKATSUKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "rules discussion with the consultant; no person's data",
})

# 092 — voucher application in aggregate
MESSAGES.append({
    "id": "childcare-092", "charset": "utf-8",
    "sender": "芦田 健吾 <ashida.kengo@hinode-sangyo.co.jp>",
    "to": ["waribiki@hoiku-shinko.or.jp"],
    "subject": "割引券 追加交付申請（日の出産業）",
    "body": f"""全国保育サービス振興協会 割引券事業 ご担当者様

いつもお世話になっております。日の出産業 芦田です。
今年度の割引券について、利用が想定より多いため追加交付を申請いたします。

　承認番号：KS-2291
　交付済み：400枚（使用済み 371枚、残 29枚）
　追加申請：120枚
　電子申請受付番号：2025-KS-0413887

必要書類は電子申請システムにアップロード済みです。よろしくお願いいたします。

{SIG_ASHIDA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a voucher request with counts and reference numbers only",
})

# 093 — notice to parents correctly in Bcc
MESSAGES.append({
    "id": "childcare-093", "charset": "iso-2022-jp",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["hoikuen-info@hinode-sangyo.co.jp"],
    "bcc": ["megumi.shishido7@gmail.com", "t.kamaishi@yahoo.co.jp", "aya-egashira@docomo.ne.jp",
            "sho.yomoda@icloud.com", "kanako_sugo@ezweb.ne.jp", "m.funahashi@outlook.jp",
            "ritsu-mama@ezweb.ne.jp", "kojiya.family@softbank.ne.jp", "y.akutagawa@docomo.ne.jp",
            "iwanaga.naoki@gmail.com", "haga-mai@au.com", "aya.igarashi.0512@gmail.com"],
    "subject": "【ひので保育園】生活発表会のお知らせ",
    "body": f"""保護者の皆さま

いつもありがとうございます。ひので保育園です。
（本メールはBCCで一斉送信しています）

生活発表会を下記のとおり開催いたします。

　日時：12月13日（土）9:30〜11:30（開場 9:00）
　会場：日の出ビル 5F ホール
　観覧：1家庭3名まで、上履きをご持参ください

プログラムは後日、連絡帳アプリでお知らせします。

{SIG_ETO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "parents correctly in Bcc (To is internal): nobody sees the others",
})

# 094 — four volunteers with phone numbers (under the threshold)
MESSAGES.append({
    "id": "childcare-094", "charset": "cp932",
    "sender": "栗林 潤 <kuribayashi.jun@hinode-sangyo.co.jp>",
    "to": ["hamaguchi@hidamari-gakudo.jp"],
    "subject": "合同運動会 保護者ボランティアの連絡先",
    "body": f"""浜口さん

栗林です。合同運動会の保護者ボランティア（ひのでキッズ側）は4名になりました。
当日の集合連絡などで必要になると思うので、連絡先をお伝えしておきます。

　四方田 翔 さん　　０８０－３３７１－６２０４（テント設営）
　真壁 沙織 さん　　０９０－４４１８－２２７３（受付）
　江頭 誠 さん　　　０７０－１１９６－８８４０（用具係）
　湯浅 加奈子 さん　０９０－７７０５－１３６２（救護補助）

よろしくお願いします。

{SIG_KURI}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's names and full-width phones: under the five-person threshold, may warn",
})

# 095 — nursery newsletter for printing, no people
MESSAGES.append({
    "id": "childcare-095", "charset": "utf-8",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["yamaji@nishiki-insatsu.co.jp"],
    "subject": "園だより12月号 入稿データ",
    "body": f"""錦印刷 山路様

お世話になっております。江藤です。
園だより12月号の原稿（Word）とロゴ画像をお送りします。
A4両面・カラー、60部でお願いします。納品は11/28希望です。

{SIG_ETO}
""",
    "attachments": [
        {"kind": "docx", "name": "園だより_12月号.docx", "page_footer": "ひので保育園 園だより 2025年12月号",
         "paragraphs": ["えんだより　12がつごう", "寒さが本格的になってきました。手洗い・うがいを続けましょう。",
                        "【12月の行事】", "12/5 避難訓練　12/13 生活発表会　12/19 クリスマス会　12/26 大掃除",
                        "【保健だより】", "ノロウイルスの流行期です。嘔吐物の処理方法を裏面にまとめました。",
                        "【給食室から】", "冬至にはかぼちゃの煮物を予定しています。"]},
        {"kind": "png", "name": "hinode_hoikuen_logo.png"},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "newsletter text and a logo for the printer: no personal data",
})

# 096 — job posting for nursery teachers to a staffing agency
MESSAGES.append({
    "id": "childcare-096", "charset": "iso-2022-jp",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["kyujin@hoiku-career.jp"],
    "subject": "保育士 求人票の掲載依頼",
    "body": f"""保育キャリアナビ 法人営業部 御中

お世話になっております。日の出産業 ひので保育園の北条です。
下記の求人の掲載をお願いいたします。

　職種：保育士（正社員）2名
　勤務地：ひので保育園（川崎市川崎区日進町4-11）
　勤務時間：7:00〜19:30 のうち実働8時間（シフト制）
　給与：月給 245,000円〜（処遇改善手当含む）
　休日：日祝、土曜は月2回程度
　応募資格：保育士資格（見込み可）

掲載期間は4週間を希望します。

{SIG_HOJO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a job posting with the workplace address and salary: no person's data",
})

# 097 — one child's enrolment details (one person's record)
MESSAGES.append({
    "id": "childcare-097", "charset": "utf-8",
    "sender": "北条 真由美 <hojo.mayumi@hinode-sangyo.co.jp>",
    "to": ["kogure.n@sukusuku-kids.co.jp"],
    "subject": "12月途中入園（1名）",
    "body": f"""木暮様

北条です。12/15から、りす組に1名途中入園となります。

　園児：舟橋 莉子（ふなはし りこ）　2023年10月2日生
　保護者：舟橋 千尋（品質保証部）　携帯 080-2291-6437
　登園予定：8:30〜17:30

健康面・食事面で特記事項はありません。慣らし保育の計画をお願いします。

{SIG_HOJO}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one child's record (name, DOB, parent's mobile): a single person, may warn",
})

# ===== EITHER =========================================================================

# 098 — the child's own parent told of a diagnosis, on free mail
MESSAGES.append({
    "id": "childcare-098", "charset": "utf-8",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["kojiya.family@softbank.ne.jp"],
    "subject": "本日の受診結果について（凛ちゃん）",
    "body": f"""糀谷 様

ひので保育園の江藤です。お仕事中に失礼いたします。
お電話がつながらなかったため、メールでもご連絡いたします。

凛ちゃんは午睡後に38.4℃の発熱があり、嘱託医のこばと小児科を受診しました。
診断は「手足口病」とのことでした。現在は保健室で落ち着いて休んでいます。

お迎えをお願いできますでしょうか。登園許可証の様式はお迎えの際にお渡しします。

{SIG_ETO}
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a diagnosis of a child, but sent to that child's own parent: some officers would release, some hold",
})

# 099 — five children's names with class only, for the recital programme
MESSAGES.append({
    "id": "childcare-099", "charset": "cp932",
    "sender": "岩渕 玲奈 <kids-school@hinode-sangyo.co.jp>",
    "to": ["hall-yoyaku@nakahara-shimin-hall.jp"],
    "subject": "ピアノ発表会 プログラム原稿",
    "body": f"""中原市民ホール 予約係 ご担当者様

お世話になっております。日の出産業 キッズスクール事務局の岩渕です。
12/20のピアノ発表会のプログラム原稿をお送りします。受付に掲示していただく分です。

　１　かえるのがっしょう　　　　　　　　　　早乙女 環（年長）
　２　メヌエット ト長調　　　　　　　　　　　一ノ瀬 杏（小１）
　３　エリーゼのために　　　　　　　　　　　勅使河原 創（小３）
　４　トルコ行進曲　　　　　　　　　　　　　長谷部 柚希（小４）
　５　子犬のワルツ　　　　　　　　　　　　　相楽 千晴（小６）

{SIG_IWABUCHI}
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "five children's names with only a grade and a piece (a public programme): is it a list of people's records?",
})

# 100 — initials only, with an allergy, to the caterer
MESSAGES.append({
    "id": "childcare-100", "charset": "iso-2022-jp",
    "sender": "江藤 さやか <eto.sayaka@hinode-sangyo.co.jp>",
    "to": ["morimoto.k@kitaguni-foods.co.jp"],
    "subject": "ぞう組 除去食の追加（1名）",
    "body": f"""森本様

江藤です。ぞう組で卵の除去食が1名追加になりました（医師の指示書あり）。
12/1の給食から、ぞう組 K.Sくん（5歳）分の除去トレイをお願いします。
ほかの園児の内容に変更はありません。

{SIG_ETO}
""",
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "an egg allergy of a child named only by initials and class: identifiable to some, not to others",
})
