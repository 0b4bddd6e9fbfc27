"""Blind corpus — 日の出産業 介護事業部 (介護付有料老人ホーム「ひので苑」, サ高住「ひのでハイツ」).

Residents' rosters, family contacts, medication lists to pharmacies, referral letters,
meal orders, shift rosters, volunteers, 口座振替 billing, incident reports, and the
ordinary mail around them.  Every person, number and address is invented.
"""

import random

from build import card_number, my_number

# -- small helpers -----------------------------------------------------------------------

_FW_DIGITS = str.maketrans("0123456789./:()", "０１２３４５６７８９．／：（）")


def fw(s, cs="cp932"):
    """Full-width digits; the hyphen as the charset's mail clients decode it."""
    hy = "−" if cs == "iso-2022-jp" else "－"
    return s.translate(_FW_DIGITS).replace("-", hy)


def _era(y, m, d):
    if (y, m, d) >= (1989, 1, 8):
        return "平成", "H", y - 1988
    if (y, m, d) >= (1926, 12, 25):
        return "昭和", "S", y - 1925
    if (y, m, d) >= (1912, 7, 30):
        return "大正", "T", y - 1911
    return "明治", "M", y - 1867


def wareki(y, m, d, style="kanji"):
    era, ab, n = _era(y, m, d)
    if style == "kanji":
        return f"{era}{n}年{m}月{d}日"
    if style == "kanji_fw":
        return fw(f"{era}{n}年{m}月{d}日")
    if style == "spaced":
        return f"{era} {n:>2} 年 {m:>2} 月 {d:>2} 日"
    if style == "abbr":
        return f"{ab}{n}.{m}.{d}"
    if style == "abbr_fw":
        return fw(f"{ab}{n}.{m}.{d}").replace(ab, chr(ord(ab) + 0xFEE0))
    if style == "abbr_slash":
        return f"{ab}{n:02d}/{m:02d}/{d:02d}"
    if style == "seireki":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "seireki_kanji":
        return f"{y}年{m}月{d}日"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "era_only":
        return f"{era}{n}年生"
    raise ValueError(style)


def mobile(seed, sep="-"):
    rng = random.Random(f"mob-{seed}")
    p = rng.choice(["090", "080", "070", "090", "080"])
    return f"{p}{sep}{rng.randint(1000, 9999)}{sep}{rng.randint(1000, 9999)}"


def land(seed, area="045"):
    rng = random.Random(f"land-{seed}")
    if len(area) == 2:      # 03, 06
        return f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    if len(area) == 3:
        return f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    return f"{area}-{rng.randint(20, 99)}-{rng.randint(1000, 9999)}"


def acct(seed):
    rng = random.Random(f"acct-{seed}")
    return f"{rng.randint(0, 9999999):07d}"


# -- residents (invented) ---------------------------------------------------------------
# (姓, 名, セイ, メイ, 性別, 生年, 月, 日)
R = [
    ("小野寺", "キヨ", "オノデラ", "キヨ", "女", 1925, 6, 14),
    ("大河内", "トメ", "オオコウチ", "トメ", "女", 1927, 2, 3),
    ("髙橋", "フミ", "タカハシ", "フミ", "女", 1930, 11, 21),
    ("山﨑", "ミツ", "ヤマザキ", "ミツ", "女", 1933, 4, 8),
    ("渡邉", "タケ", "ワタナベ", "タケ", "女", 1926, 9, 30),
    ("佐々木", "ウメ", "ササキ", "ウメ", "女", 1912, 3, 3),
    ("金子", "よしゑ", "カネコ", "ヨシエ", "女", 1928, 12, 1),
    ("五十嵐", "はる", "イガラシ", "ハル", "女", 1931, 3, 27),
    ("鈴木", "ハナ", "スズキ", "ハナ", "女", 1929, 5, 5),
    ("長谷川", "ちよ", "ハセガワ", "チヨ", "女", 1932, 8, 19),
    ("竹之内", "シヅ", "タケノウチ", "シヅ", "女", 1924, 1, 15),
    ("宇都宮", "節子", "ウツノミヤ", "セツコ", "女", 1936, 10, 10),
    ("奥", "和子", "オク", "カズコ", "女", 1937, 7, 7),
    ("東", "八重子", "アズマ", "ヤエコ", "女", 1934, 2, 28),
    ("勅使河原", "絹江", "テシガワラ", "キヌエ", "女", 1929, 9, 2),
    ("百目鬼", "静", "ドウメキ", "シズカ", "女", 1935, 12, 24),
    ("四月一日", "さだ", "ワタヌキ", "サダ", "女", 1926, 4, 1),
    ("栗林", "マサ", "クリバヤシ", "マサ", "女", 1928, 6, 6),
    ("國分", "とし子", "コクブ", "トシコ", "女", 1938, 1, 9),
    ("齋藤", "キミ", "サイトウ", "キミ", "女", 1931, 11, 3),
    ("濵田", "文子", "ハマダ", "フミコ", "女", 1940, 5, 16),
    ("星野", "ツル", "ホシノ", "ツル", "女", 1923, 10, 22),
    ("今村", "房江", "イマムラ", "フサエ", "女", 1933, 3, 14),
    ("安達", "カネ", "アダチ", "カネ", "女", 1930, 7, 25),
    ("猪瀬", "貞子", "イノセ", "サダコ", "女", 1939, 8, 8),
    ("坂本", "辰雄", "サカモト", "タツオ", "男", 1934, 5, 12),
    ("吉田", "源三郎", "ヨシダ", "ゲンザブロウ", "男", 1925, 2, 11),
    ("布施", "清一", "フセ", "セイイチ", "男", 1932, 9, 9),
    ("栗田", "勘一", "クリタ", "カンイチ", "男", 1929, 1, 20),
    ("五味", "勇", "ゴミ", "イサム", "男", 1936, 6, 30),
    ("髙木", "正義", "タカギ", "マサヨシ", "男", 1931, 12, 8),
    ("尾﨑", "昇", "オザキ", "ノボル", "男", 1935, 4, 29),
    ("渡部", "寅吉", "ワタナベ", "トラキチ", "男", 1922, 11, 11),
    ("藤堂", "久雄", "トウドウ", "ヒサオ", "男", 1928, 3, 18),
    ("小野", "利夫", "オノ", "トシオ", "男", 1938, 10, 1),
    ("梅津", "茂", "ウメツ", "シゲル", "男", 1930, 2, 2),
    ("田邊", "喜一郎", "タナベ", "キイチロウ", "男", 1927, 8, 15),
    ("海老原", "實", "エビハラ", "ミノル", "男", 1933, 7, 4),
    ("嶋田", "政男", "シマダ", "マサオ", "男", 1937, 9, 23),
    ("一ノ瀬", "武", "イチノセ", "タケシ", "男", 1940, 1, 31),
    ("沖田", "善次", "オキタ", "ゼンジ", "男", 1926, 12, 28),
    ("松ヶ谷", "光男", "マツガヤ", "ミツオ", "男", 1941, 4, 4),
    ("阿久津", "與四郎", "アクツ", "ヨシロウ", "男", 1924, 6, 1),
    ("広瀬", "三郎", "ヒロセ", "サブロウ", "男", 1932, 5, 20),
    ("工藤", "敏", "クドウ", "サトシ", "男", 1939, 11, 27),
    ("仲宗根", "カマド", "ナカソネ", "カマド", "女", 1926, 3, 9),
    ("比留間", "ヨネ", "ヒルマ", "ヨネ", "女", 1927, 10, 17),
    ("根本", "ふさ", "ネモト", "フサ", "女", 1929, 12, 12),
    ("久保田", "澄子", "クボタ", "スミコ", "女", 1934, 6, 21),
    ("神田", "ミヨ", "カンダ", "ミヨ", "女", 1931, 1, 26),
    ("服部", "千代", "ハットリ", "チヨ", "女", 1936, 9, 14),
    ("大庭", "タマ", "オオバ", "タマ", "女", 1925, 7, 31),
    ("相馬", "きく", "ソウマ", "キク", "女", 1928, 11, 5),
    ("丹羽", "喜美子", "ニワ", "キミコ", "女", 1935, 3, 1),
    ("冨田", "スエ", "トミタ", "スエ", "女", 1930, 8, 30),
    ("古賀", "ヤス", "コガ", "ヤス", "女", 1924, 2, 14),
    ("上野", "タツ", "ウエノ", "タツ", "女", 1929, 4, 20),
    ("柳田", "伊三郎", "ヤナギダ", "イサブロウ", "男", 1926, 5, 3),
    ("岩佐", "留吉", "イワサ", "トメキチ", "男", 1923, 12, 6),
    ("真壁", "ヒデ", "マカベ", "ヒデ", "女", 1932, 2, 22),
]


def res(i):
    return R[i]


def nm(i, space=True):
    r = R[i]
    return f"{r[0]} {r[1]}" if space else f"{r[0]}{r[1]}"


def kana(i, space=True):
    r = R[i]
    return f"{r[2]} {r[3]}" if space else f"{r[2]}{r[3]}"


def dob(i, style="kanji"):
    r = R[i]
    return wareki(r[5], r[6], r[7], style)


def pad(s, width):
    """Pad to a display width (full-width characters count 2)."""
    w = sum(2 if ord(c) > 0x2000 else 1 for c in s)
    return s + " " * max(width - w, 0)


# -- facilities and signatures ----------------------------------------------------------

SIG_MURASE = """――――――――――――――――――――
日の出産業株式会社 介護事業部
介護付有料老人ホーム ひので苑 緑ヶ丘
施設長　村瀬 恭子
〒227-0043 神奈川県横浜市青葉区藤が丘3-14-2
TEL 045-978-2210 / FAX 045-978-2211
murase.kyoko@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_SHOJI = """--
ひので苑 緑ヶ丘　栄養課
管理栄養士　東海林 彩（しょうじ あや）
TEL 045-978-2210（内線 305）
日の出産業株式会社"""

SIG_NEGISHI = """*************************************
日の出産業株式会社　介護事業部
ひので苑 緑ヶ丘　看護主任　根岸 美和
TEL：045-978-2210　FAX：045-978-2211
*************************************"""

SIG_HORI = """━━━━━━━━━━━━━━━━━━
ひので苑 緑ヶ丘　生活相談員
堀之内 誠　Makoto Horinouchi
日の出産業株式会社 介護事業部
〒227-0043 横浜市青葉区藤が丘3-14-2
直通 045-978-2215
━━━━━━━━━━━━━━━━━━"""

SIG_SAOTOME = """------------------------------------------------
サービス付き高齢者向け住宅　ひのでハイツ桜台
管理者　早乙女 里奈
〒176-0002 東京都練馬区桜台5-8-17
TEL 03-5999-4120　FAX 03-5999-4121
日の出産業株式会社 介護事業部
------------------------------------------------"""

SIG_MARUOKA = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　介護事業部 業務課
丸岡 千尋
〒105-0013 東京都港区浜松町2-11-3
TEL 03-5402-7780　FAX 03-5402-7781
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_KITO = """====
日の出産業（株） 介護事業部 経理担当　鬼頭 浩二
TEL 03-5402-7786
===="""

SIG_HIGA = """--------------------------------
ひので苑 あさひ（介護付有料老人ホーム）
計画作成担当者（介護支援専門員）　比嘉 大輔
〒330-0061 埼玉県さいたま市浦和区常盤9-21-6
TEL 048-831-5507
日の出産業株式会社
--------------------------------"""

SIG_USAMI = """～～～～～～～～～～～～～～～～～～
ひので苑 緑ヶ丘　地域連携・ボランティア担当
宇佐美 直子
TEL 045-978-2210　携帯(業務用) 080-4471-2290
～～～～～～～～～～～～～～～～～～"""

SIG_TSUGE = """柘植 健太（つげ けんた）
ひので苑 緑ヶ丘 介護課 リーダー
日の出産業株式会社 介護事業部
TEL 045-978-2210"""

SIG_IJUIN = """---
日の出産業株式会社
執行役員 介護事業部長　伊集院 司
〒105-0013 東京都港区浜松町2-11-3
TEL 03-5402-7780（代表）"""

DISCLAIMER = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail."""

MESSAGES = []

# ---------------------------------------------------------------------------------------
# 001-010
# ---------------------------------------------------------------------------------------

def _m001():
    rows = [
        ("201", 0, "要介護3", "きざみ", "なし", "高血圧症・骨粗鬆症"),
        ("202", 1, "要介護4", "ミキサー", "卵", "アルツハイマー型認知症"),
        ("203", 4, "要介護2", "常食", "なし", "2型糖尿病"),
        ("205", 6, "要介護5", "ゼリー食", "乳製品", "脳梗塞後遺症（右片麻痺）"),
        ("206", 8, "要介護1", "軟菜", "えび・かに", "慢性心不全"),
        ("301", 15, "要介護3", "常食", "なし", "パーキンソン病"),
        ("302", 25, "要介護2", "常食（減塩）", "そば", "慢性腎臓病 G3"),
        ("303", 26, "要介護4", "極きざみ", "なし", "誤嚥性肺炎の既往"),
        ("305", 36, "要介護3", "軟菜", "青魚", "心房細動（ワーファリン服用）"),
    ]
    head = (pad("居室", 6) + pad("氏名", 16) + pad("生年月日", 18) + pad("介護度", 9)
            + pad("食形態", 14) + pad("アレルギー", 12) + "主な既往")
    lines = [head, "-" * 96]
    for room, i, lv, diet, al, dz in rows:
        lines.append(pad(room, 6) + pad(nm(i), 16) + pad(dob(i), 18) + pad(lv, 9)
                     + pad(diet, 14) + pad(al, 12) + dz)
    table = "\n".join(lines)
    return dict(
        id="car-001",
        sender="東海林 彩 <shoji.aya@hinode-sangyo.co.jp>",
        to=["北国フーズ 浅利様 <asari@kitaguni-foods.co.jp>"],
        subject="【ひので苑緑ヶ丘】10月切替分 入居者情報のご連絡",
        charset="iso-2022-jp",
        body=f"""北国フーズ株式会社
給食事業部　浅利様

いつも大変お世話になっております。
ひので苑 緑ヶ丘の東海林です。

10月1日からの2・3階の給食切替にあたり、献立作成用に入居者様の情報を
お送りいたします。食形態とアレルギーは最新の状態に更新してあります。

{table}

※303号室の吉田様は先月から極きざみ＋とろみ（中間）に変更になりました。
※305号室の田邊様はワーファリン服用中のため、納豆・青汁は提供不可でお願いします。

ご不明な点がございましたら内線305までご連絡ください。
よろしくお願いいたします。

{SIG_SHOJI}
""",
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="9 residents with DOB, care level, allergies and diagnoses in a space-padded table to the caterer",
    )


MESSAGES.append(_m001())

MESSAGES.append(dict(
    id="car-002",
    sender="東海林 彩 <shoji.aya@hinode-sangyo.co.jp>",
    to=["asari@kitaguni-foods.co.jp"],
    cc=["ひので苑 厨房 <kitchen.midorigaoka@hinode-sangyo.co.jp>"],
    subject="Re: 11月分 食数のご確認",
    charset="iso-2022-jp",
    body=f"""浅利様

お世話になっております。東海林です。
11月分の食数、下記のとおり確定しましたのでご連絡いたします。

■ 2階（定員24）
　常食　　　　14食
　軟菜　　　　 4食
　きざみ　　　 3食
　ミキサー　　 2食
　ゼリー　　　 1食

■ 3階（定員24）
　常食　　　　11食
　軟菜　　　　 5食
　きざみ　　　 4食
　ミキサー　　 3食
　（うち減塩6g　5食、エネルギー調整1400kcal　3食）

職員検食は1日3食（朝・昼・夕 各1）で変わりありません。
11/23（祝）の行事食は昼のみ「秋の松花堂」でお願いします。人数は上記と同数です。

以上、よろしくお願いいたします。

東海林

> 東海林様
> いつもお世話になっております。北国フーズ浅利です。
> 11月分の食数につきまして、20日までにご確定いただけますと幸いです。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="meal counts per floor and diet type only, no resident named: ordinary order to the caterer",
))

MESSAGES.append(dict(
    id="car-003",
    sender="東海林 彩 <shoji.aya@hinode-sangyo.co.jp>",
    to=["北国フーズ 献立センター <kondate@kitaguni-foods.co.jp>"],
    subject="禁止食・個別対応表（3F）差し替え",
    charset="cp932",
    body="""献立センター ご担当者様

ひので苑緑ヶ丘の東海林です。
3階の個別対応表を差し替えます。前回分は破棄をお願いします。

居室\t氏名\t主食\t副食\t禁止食・制限\t理由
301\t百目鬼 静\t全粥\tきざみ\t生もの\tパーキンソン病・嚥下低下
302\t坂本辰雄\t米飯150g\t常菜\tたんぱく40g／塩分6g\t慢性腎臓病（透析前）
304\t山﨑 ミツ\t米飯\t軟菜\t甘味は人工甘味料\t2型糖尿病 HbA1c 8.1
306\t竹之内 シヅ\tパン粥\tミキサー\t乳・乳製品\t乳アレルギー
307\t髙木 正義\t米飯\t一口大\tグレープフルーツ\t降圧剤（カルシウム拮抗薬）服用
308\t安達カネ\t全粥\tソフト食\tナッツ類\tアナフィラキシー既往（エピペン有）
310\t海老原 實\t米飯180g\t常菜\tアルコール入り調味料\t断酒中（アルコール依存症）

差し替え日：11月5日（水）朝食から
ご確認のほどよろしくお願いいたします。

東海林 彩（ひので苑 緑ヶ丘 栄養課）
TEL 045-978-2210 内線305
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="tab-separated 7 residents with diet restrictions and their diseases (incl. alcohol dependence) to the caterer",
))


def _m004():
    idx = [9, 11, 13, 18, 27, 29, 33, 37, 44]
    meds = [
        ("高血圧症", "アムロジピン錠5mg", "1錠 朝食後"),
        ("骨粗鬆症", "アレンドロン酸錠35mg", "週1回 起床時"),
        ("アルツハイマー型認知症", "ドネペジル塩酸塩OD錠5mg", "1錠 朝食後"),
        ("うつ病", "セルトラリン錠25mg", "1錠 夕食後"),
        ("2型糖尿病", "メトホルミン錠250mg", "2錠 朝夕食後"),
        ("逆流性食道炎", "ランソプラゾールOD錠15mg", "1錠 朝食後"),
        ("前立腺肥大症", "タムスロシン塩酸塩OD錠0.2mg", "1錠 夕食後"),
        ("心房細動", "アピキサバン錠2.5mg", "1錠 朝夕食後"),
        ("統合失調症", "リスペリドン内用液1mg", "1包 就寝前"),
    ]
    rows = [["利用者コード", "氏名", "フリガナ", "生年月日", "居室", "病名", "薬剤名", "用法・用量", "残数"]]
    for n, (i, (dz, drug, use)) in enumerate(zip(idx, meds)):
        rows.append([f"MG-{1040 + n * 3}", nm(i, space=False), kana(i), dob(i, "seireki"),
                     f"{2 + n // 5}{n % 5 + 1:02d}", dz, drug, use, str(3 + n % 4)])
    return dict(
        id="car-004",
        sender="根岸 美和 <negishi.miwa@hinode-sangyo.co.jp>",
        to=["あおぞら調剤薬局 栗田先生 <kurita@aozora-chozai.co.jp>"],
        subject="定期処方の一包化依頼（11/10 分）",
        charset="utf-8",
        body=f"""あおぞら調剤薬局
栗田先生

いつもお世話になっております。ひので苑の根岸です。
11/10 分の定期処方について、一包化と残数の一覧をお送りします（CSV）。
芦田先生の処方箋は本日 FAX 済みです。

・残数が3以下の方は、今回分で調整をお願いします。
・リスペリドン内用液の方は、引き続き分包不要です。

ご確認よろしくお願いいたします。

{SIG_NEGISHI}
""",
        attachments=[{"kind": "csv", "name": "定期処方_1110_緑ヶ丘.csv", "rows": rows,
                      "encoding": "cp932"}],
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="CSV of 9 residents with DOB, diagnoses and drugs sent to an outside pharmacy",
    )


MESSAGES.append(_m004())

MESSAGES.append(dict(
    id="car-005",
    sender="根岸 美和 <negishi.miwa@hinode-sangyo.co.jp>",
    to=["港北中央病院 地域医療連携室 <renkei@kohoku-chuo-hp.or.jp>"],
    cc=["堀之内 誠 <horinouchi@hinode-sangyo.co.jp>"],
    subject="受診予約のお願い（診療情報のご送付）",
    charset="iso-2022-jp",
    body=f"""港北中央病院
地域医療連携室　ご担当者様

いつもお世話になっております。
介護付有料老人ホーム ひので苑 緑ヶ丘 看護主任の根岸でございます。

当施設嘱託医（緑ヶ丘クリニック 芦田医師）より、消化器内科への受診を
勧められた入居者様がおりますので、予約をお願いしたくご連絡いたしました。
紹介状原本は受診当日に持参いたします。事前に概要をお送りします。

【患者情報】
氏名：布施　清一（フセ　セイイチ）　男性
生年月日：昭和7年9月9日（94歳）
保険：後期高齢者医療被保険者証　保険者番号 39140012　被保険者番号 20581377
介護度：要介護2

【紹介目的】
1か月で体重4kgの減少、食思不振。便潜血陽性（10/28）。
精査をお願いいたします。

【既往歴】
・平成18年　胃潰瘍（内服加療）
・平成27年　右大腿骨転子部骨折（観血的整復術）
・高血圧症、軽度認知障害（MMSE 23点）

【現在の内服】
アムロジピン5mg 1T、ランソプラゾール15mg 1T、酸化マグネシウム330mg 3T

ご家族（長女：布施 真理子様）も同行を希望されています。
候補日：11/12（水）、11/14（金）、11/18（火）いずれも午前

お手数ですが、ご調整のほどよろしくお願い申し上げます。

{SIG_NEGISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="referral summary for one named resident: insurance number, medical history, symptoms, to a hospital",
))

MESSAGES.append(dict(
    id="car-006",
    sender="堀之内 誠 <horinouchi@hinode-sangyo.co.jp>",
    to=["ひので苑 夜勤リーダー <yakin-leader@hinode-sangyo.co.jp>"],
    cc=["村瀬 恭子 <murase.kyoko@hinode-sangyo.co.jp>", "根岸 美和 <negishi.miwa@hinode-sangyo.co.jp>"],
    subject="【更新】2F 緊急連絡先一覧（夜間用）",
    charset="utf-8",
    body=f"""夜勤リーダー各位

2F の緊急連絡先を更新しました。詰所ファイルの紙も本日差し替えています。
夜間の急変・救急搬送時は、必ず第1連絡先から順にかけてください。

◆201 小野寺 キヨ 様
　第1：長男 小野寺 博之 様 {mobile('c6a')}
　第2：長男の妻 小野寺 由美 様 {mobile('c6b')}
◆202 大河内 トメ 様
　第1：次女 村井 和代 様 {mobile('c6c')}（夜間も可）
◆203 渡邉 タケ 様
　第1：甥 渡邉 康介 様 {land('c6d', '0467')}（自宅）／{mobile('c6e')}
◆205 金子 よしゑ 様
　第1：長女 金子 知恵 様 {mobile('c6f')}
　※22時以降はショートメールでも可とのこと
◆206 鈴木 ハナ 様
　第1：成年後見人 白川法律事務所 松坂弁護士 03-3581-6620（夜間は翌朝連絡）

変更点：202（第1連絡先が長男様→次女様に変更）、206（後見人選任）

堀之内
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="family emergency contacts of 5 residents, but every recipient is internal",
))


def _m007():
    staff = [
        ("岡部 さやか", "介護福祉士", "日勤", mobile("s7-1")),
        ("Nguyen Thi Lan", "介護職員（特定技能）", "早番", mobile("s7-2")),
        ("田中 亮", "介護職員", "夜勤", mobile("s7-3")),
        ("須藤 恵美", "看護師", "日勤", mobile("s7-4")),
        ("川嶋 悠斗", "介護職員", "遅番", mobile("s7-5")),
        ("江川 ひとみ", "介護福祉士", "夜勤", mobile("s7-6")),
        ("三ツ矢 洋平", "介護職員", "早番", mobile("s7-7")),
        ("Dela Cruz Maria", "介護職員（EPA）", "日勤", mobile("s7-8")),
    ]
    sheet = [["ひので苑 緑ヶ丘　12月 応援シフト（派遣スタッフ連絡用）"], [],
             ["No", "氏名", "職種", "基本シフト", "携帯電話", "12/1", "12/2", "12/3", "12/4", "12/5"]]
    marks = ["日", "早", "夜", "明", "休", "遅"]
    for n, (name, job, shift, tel) in enumerate(staff, 1):
        sheet.append([n, name, job, shift, tel] + [marks[(n + k) % 6] for k in range(5)])
    return dict(
        id="car-007",
        sender="柘植 健太 <tsuge.kenta@hinode-sangyo.co.jp>",
        to=["ケアスタッフ東日本 コーディネーター 野口様 <noguchi@carestaff-east.co.jp>"],
        subject="12月シフト表（応援スタッフの方向け）",
        charset="cp932",
        body=f"""ケアスタッフ東日本株式会社
野口様

お世話になっております。ひので苑の柘植です。
12月の派遣スタッフさんとの連携用に、当方職員のシフトと連絡先を添付します。
当日欠勤等の連絡は、表の職員携帯へ直接入れていただいて構いません。

派遣の方の確定シフトは、11/25までにいただけますと助かります。

{SIG_TSUGE}
""",
        attachments=[{"kind": "xlsx", "name": "12月シフト_派遣連携用.xlsx",
                      "sheets": {"12月": sheet, "凡例": [["記号", "時間"], ["早", "7:00-16:00"],
                                                         ["日", "9:00-18:00"], ["遅", "11:00-20:00"],
                                                         ["夜", "16:30-翌9:30"]]}}],
        expect="stop",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="XLSX roster of 8 staff with private mobiles sent to a staffing agency",
    )


MESSAGES.append(_m007())


def _m008():
    staff = [("柘植 健太", "0", mobile("s8-1")), ("岡部 さやか", "1", mobile("s8-2")),
             ("田中 亮", "2", mobile("s8-3")), ("江川 ひとみ", "3", mobile("s8-4")),
             ("川嶋 悠斗", "4", mobile("s8-5")), ("三ツ矢 洋平", "5", mobile("s8-6"))]
    lines = []
    for name, k, tel in staff:
        lines.append(f"  {pad(name, 14)}{fw(tel, 'iso-2022-jp')}")
    return dict(
        id="car-008",
        sender="柘植 健太 <tsuge.kenta@hinode-sangyo.co.jp>",
        to=["緑ヶ丘 介護課 <kaigo.midorigaoka@hinode-sangyo.co.jp>"],
        subject="年末年始シフト確定と連絡網",
        charset="iso-2022-jp",
        body="""介護課のみなさん

お疲れさまです。柘植です。
年末年始（12/28〜1/4）のシフトが確定しました。共有フォルダ
\\\\fs01\\kaigo\\shift\\2026年末年始.xlsx に置いてあります。

急な欠勤の連絡は、下の順でお願いします（つながらなければ次の人へ）。

""" + "\n".join(lines) + """

※個人の携帯なので、施設外の人には教えないでください。
以上です。
""",
        expect="pass",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=[],
        note="internal call list of 6 staff mobiles (full-width digits) to an internal group address",
    )


MESSAGES.append(_m008())


def _m009():
    vols = [
        ("宮脇 芳子", "ミヤワキ ヨシコ", "横浜市青葉区しらとり台41-8", mobile("v9-1"),
         "y.miyawaki1958@yahoo.co.jp", wareki(1958, 4, 12, "kanji"), "傾聴・お話し相手"),
        ("中里 敏夫", "ナカザト トシオ", "横浜市緑区長津田みなみ台3-2-15-402", mobile("v9-2"),
         "nakazato.t@outlook.jp", wareki(1951, 10, 3, "kanji"), "囲碁・将棋"),
        ("ボールドウィン 恵", "ボールドウィン メグミ", "川崎市宮前区有馬7-30-2", mobile("v9-3"),
         "megumi.b@gmail.com", wareki(1972, 1, 30, "kanji"), "英語の歌・ピアノ伴奏"),
        ("須賀 清美", "スガ キヨミ", "町田市南つくし野2丁目11番地5", land("v9-4", "042"),
         "なし", wareki(1949, 6, 6, "kanji"), "お茶会・生け花"),
        ("荻野 大和", "オギノ ヤマト", "横浜市青葉区藤が丘1-29-3 コーポ藤103", mobile("v9-5"),
         "yamato.ogino@icloud.com", wareki(2003, 8, 21, "kanji"), "車いす散歩介助（学生）"),
        ("辻本 喜代", "ツジモト キヨ", "横浜市都筑区荏田南五丁目18番6号", mobile("v9-6"),
         "kiyo-tj@docomo.ne.jp", wareki(1946, 11, 1, "kanji"), "手芸・繕いもの"),
    ]
    blocks = []
    for n, (name, kn, addr, tel, mail, birth, act) in enumerate(vols, 1):
        blocks.append(f"""【{n}】{name}（{kn}）
  住所　：{addr}
  電話　：{tel}
  メール：{mail}
  生年月日：{birth}
  活動内容：{act}""")
    return dict(
        id="car-009",
        sender="宇佐美 直子 <usami.n@hinode-sangyo.co.jp>",
        to=["あおば区社会福祉協議会 ボランティアセンター <vc@aoba-shakyo.or.jp>"],
        subject="ボランティア活動保険　加入者名簿の送付",
        charset="utf-8",
        body="""あおば区社会福祉協議会
ボランティアセンター　ご担当者様

いつもお世話になっております。ひので苑 緑ヶ丘の宇佐美です。
来年度のボランティア活動保険（天災タイプ）の加入手続きについて、
当施設で活動いただいている方の名簿をお送りします。
保険料は6名分、12月10日に窓口でお支払いする予定です。

""" + "\n\n".join(blocks) + f"""

お手数をおかけしますが、どうぞよろしくお願いいたします。

{SIG_USAMI}
""",
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
        detectors=["personal_data"],
        note="one block per volunteer, 6 people with address, phone, mail and DOB to the social welfare council",
    )


MESSAGES.append(_m009())


def _m010():
    people = [
        (0, "ﾐﾄﾞﾘｷﾞﾝｺｳ", "青葉台", "普通"), (1, "ﾖｺﾊﾏｼﾝｷﾝ", "長津田", "普通"),
        (4, "ﾐﾄﾞﾘｷﾞﾝｺｳ", "藤が丘", "普通"), (6, "ﾕｳﾁﾖ", "〇一八", "普通"),
        (8, "ﾐﾄﾞﾘｷﾞﾝｺｳ", "たまプラーザ", "普通"), (15, "ﾐﾄﾞﾘｷﾞﾝｺｳ", "青葉台", "当座"),
        (25, "ﾄｳｷﾖｳﾐﾗｲｷﾞﾝｺｳ", "渋谷", "普通"), (26, "ﾐﾄﾞﾘｷﾞﾝｺｳ", "本店営業部", "普通"),
        (36, "ﾐﾄﾞﾘｷﾞﾝｺｳ", "藤が丘", "普通"), (40, "ﾐﾄﾞﾘｷﾞﾝｺｳ", "市が尾", "普通"),
        (46, "ﾐﾄﾞﾘｷﾞﾝｺｳ", "青葉台", "普通"), (53, "ﾖｺﾊﾏｼﾝｷﾝ", "中山", "普通"),
    ]
    rows = [["委託者コード", "顧客番号", "預金者名（カナ）", "金融機関", "支店", "預金種目",
             "口座番号", "引落金額", "新規コード"]]
    for n, (i, bank, br, kind) in enumerate(people):
        holder = R[i][2] + " " + R[i][3]
        amt = 248600 + (n * 7310) % 41000
        rows.append(["0045721", f"{1200 + n:06d}", holder, bank, br, kind, acct(f"a10-{n}"),
                     str(amt), "0" if n != 9 else "1"])
    return dict(
        id="car-010",
        sender="鬼頭 浩二 <kito.koji@hinode-sangyo.co.jp>",
        to=["みどり銀行 口座振替センター <furikae-center@midori-ginko.co.jp>"],
        cc=["丸岡 千尋 <maruoka@hinode-sangyo.co.jp>"],
        subject="11月分 口座振替依頼データ（日の出産業・ひので苑緑ヶ丘）",
        charset="cp932",
        body=f"""みどり銀行　口座振替センター　御中

いつもお世話になっております。
日の出産業株式会社 介護事業部 経理の鬼頭でございます。

11月分（12月27日振替）の口座振替依頼データを添付にてお送りいたします。
件数：12件　合計金額は添付末尾をご参照ください。
今回、市が尾支店の1件が新規（新規コード1）となっております。

伝送サービスの不具合により今回のみメールでの提出となります旨、
先日お電話で井出様にご了承いただいております。

何卒よろしくお願い申し上げます。

{SIG_KITO}
""",
        attachments=[{"kind": "csv", "name": "furikae_202611_hinode.csv", "rows": rows,
                      "encoding": "cp932"}],
        expect="stop",
        entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
        detectors=["personal_data"],
        note="口座振替 CSV: 12 residents' bank accounts (kana holder names) e-mailed to the partner bank",
    )


MESSAGES.append(_m010())

# ---------------------------------------------------------------------------------------
# 011-020
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="car-011",
    sender="丸岡 千尋 <maruoka@hinode-sangyo.co.jp>",
    to=["井出 様 <ide.t@midori-ginko.co.jp>"],
    cc=["口座振替センター <furikae@midori-ginkou.co.jp>"],
    subject="口座振替依頼書（3枚複写）の様式について",
    charset="iso-2022-jp",
    body=f"""みどり銀行 青葉台支店
井出様

いつもお世話になっております。日の出産業の丸岡です。

先日お電話でお話しした口座振替依頼書の件、念のため振替センターの
ご担当の方にもCCでお送りしております。

来年4月にひので苑 わかばが開設となるため、依頼書の委託者名欄を
「日の出産業株式会社　ひので苑」に統一した新様式を作成したいと考えて
おります。
・3枚複写の現行様式をそのまま使い、ゴム印で施設名を押す形でよいか
・新様式にする場合、版下の確認にどのくらいお時間がかかるか
の2点をご教示いただけますでしょうか。

お忙しいところ恐縮ですが、よろしくお願いいたします。

{SIG_MARUOKA.replace("＿", "_")}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain", "multiple_external_domains"],
    note="Cc goes to midori-ginkou.co.jp, a look-alike of the partner bank midori-ginko.co.jp",
))

MESSAGES.append(dict(
    id="car-012",
    sender="村瀬 恭子 <murase.kyoko@hinode-sangyo.co.jp>",
    to=["ときわ損害保険 事故受付 <jiko-uketsuke@tokiwa-sonpo.co.jp>"],
    cc=["伊集院 司 <ijuin@hinode-sangyo.co.jp>"],
    subject="施設賠償責任保険 事故報告（証券番号 KB-20418837）",
    charset="utf-8",
    body=f"""ときわ損害保険株式会社
事故受付センター　ご担当者様

お世話になっております。
日の出産業株式会社 ひので苑 緑ヶ丘 施設長の村瀬でございます。

施設賠償責任保険（証券番号 KB-20418837）について、入居者様の転倒事故が
発生しましたので、事故報告書を添付にてご報告いたします。
ご家族様からは、治療費について施設側の対応を確認したいとのお申し出を
いただいております。今後の手続きをご教示いただけますと幸いです。

{SIG_MURASE}
""",
    attachments=[{
        "kind": "docx", "name": "事故報告書_20261103_緑ヶ丘.docx",
        "title": "事故報告書",
        "paragraphs": [
            "事故報告書",
            "提出日：2026年11月5日　　報告者：施設長 村瀬 恭子",
            "1．事故発生日時　2026年11月3日（火・祝）　午前2時40分頃",
            "2．発生場所　3階 307号室 居室内（ベッドとトイレの間）",
            "3．事故の概要",
            "夜間巡視中の職員が、居室床に座り込んでいる入居者様を発見。本人より「トイレに行こうとして"
            "転んだ」との訴えあり。右股関節部の痛みが強く、同日9時に港北中央病院整形外科を受診。"
            "右大腿骨頸部骨折と診断され、11月4日に人工骨頭置換術を受けられた。",
            "4．原因と考えられること",
            "離床センサーの電源が清掃時に抜けたままになっていた。アルツハイマー型認知症により、"
            "ナースコールの使用が難しい方であった。",
            "5．再発防止策　センサー電源の巡視時確認をチェック表に追加。",
        ],
        "tables": [[
            ["項目", "内容"],
            ["入居者氏名", "髙橋 フミ（タカハシ フミ）"],
            ["生年月日", "昭和5年11月21日（95歳）"],
            ["要介護度", "要介護3（認知症高齢者の日常生活自立度 IIIa）"],
            ["既往歴", "アルツハイマー型認知症、骨粗鬆症、高血圧症"],
            ["受診先", "港北中央病院 整形外科（入院中）"],
            ["ご家族", "長男 髙橋 誠一 様（キーパーソン）"],
        ]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="accident report DOCX naming a resident with diagnosis, dementia and fracture, sent to the insurer",
))

MESSAGES.append(dict(
    id="car-013",
    sender="比嘉 大輔 <higa.d@hinode-sangyo.co.jp>",
    to=["みなと野市 介護保険課 事業者指導係 <kaigo-shido@city.minatono.lg.jp>"],
    subject="介護保険事業者 事故報告書（第一報）の提出について",
    charset="iso-2022-jp",
    body="""みなと野市 福祉部 介護保険課
事業者指導係　御中

いつもお世話になっております。
ひので苑 みなと野（介護付有料老人ホーム）の比嘉でございます。

標記の件、11月8日に発生した誤薬事故について、第一報をPDFにて提出いたします。
受診の結果、現時点で健康被害は確認されておりませんが、
ご指示どおり7日以内に第二報（再発防止策を含む）を提出いたします。

ご査収のほどよろしくお願い申し上げます。

ひので苑 みなと野　計画作成担当者　比嘉 大輔
日の出産業株式会社 介護事業部
TEL 047-393-6620
""",
    attachments=[{
        "kind": "pdf", "name": "事故報告書_第一報_みなと野.pdf",
        "page_header": "介護保険事業者 事故報告書（様式第1号）",
        "lines": [
            "事業所名：ひので苑 みなと野　　事業所番号：1272900418",
            "報告区分：第一報　　事故の種別：誤薬（他者の薬の誤投与）",
            "発生日時：令和8年11月8日 18時15分頃　　発生場所：2階 食堂",
            "",
            "【対象者】",
            "氏名：星野 ツル（ほしの つる）　女性",
            "生年月日：大正12年10月22日　（103歳）",
            "要介護度：要介護4　　認知症高齢者の日常生活自立度：IIIa",
            "住所：千葉県みなと野市汐見台三丁目7番12号（施設所在地）",
            "既往：慢性心不全、レビー小体型認知症、白内障",
            "",
            "【事故の内容】",
            "夕食後薬の配薬時、隣席の入居者の降圧剤（アムロジピン5mg）を誤って服用させた。",
            "18時40分に看護師が気付き、嘱託医に報告。指示によりバイタル測定を2時間ごとに実施、",
            "最低血圧 92/54。翌朝、みなと野総合病院を受診し、経過観察となった。",
            "",
            "【家族への連絡】 11月8日 19時05分　長女 星野 里美 様へ電話にて説明済み",
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="incident report PDF to the city naming a resident with diagnoses and the medication error",
))

MESSAGES.append(dict(
    id="car-014",
    sender="比嘉 大輔 <higa.d@hinode-sangyo.co.jp>",
    to=["kaigo-shido@city.minatono.lg.jp"],
    subject="令和8年度上半期 事故・ヒヤリハット集計のご提出",
    charset="iso-2022-jp",
    body="""みなと野市 介護保険課　ご担当者様

お世話になっております。ひので苑 みなと野の比嘉です。
集団指導でご依頼のありました上半期（4〜9月）の集計をお送りします。
個人が特定される情報は含めておりません。

■入居者数（9月末）　54名　（男性13名・女性41名、平均年齢 88.6歳）
　要支援2：1名／要介護1：6名／要介護2：11名／要介護3：15名
　要介護4：13名／要介護5：8名

■事故件数（市報告対象）　4件
　転倒・転落 2件（うち骨折1件）、誤薬 1件、異食 1件

■ヒヤリハット件数　37件
　転倒・転落 18件、服薬 9件、食事・誤嚥 5件、離設 2件、その他 3件

■主な再発防止策
　・夜間の離床センサー点検を巡視チェック表に追加
　・配薬時のダブルチェック（氏名・日付・時点の読み上げ）を徹底

詳細な様式は添付のExcelをご確認ください。

比嘉
""",
    attachments=[{
        "kind": "xlsx", "name": "上半期集計_ひので苑みなと野.xlsx",
        "sheets": {
            "事故件数": [["令和8年度 上半期 事故・ヒヤリハット集計（ひので苑 みなと野）"], [],
                         ["区分", "4月", "5月", "6月", "7月", "8月", "9月", "計"],
                         ["転倒・転落（事故）", 0, 1, 0, 0, 1, 0, 2],
                         ["誤薬（事故）", 0, 0, 0, 0, 0, 1, 1],
                         ["異食（事故）", 0, 0, 1, 0, 0, 0, 1],
                         ["ヒヤリハット", 5, 7, 6, 8, 6, 5, 37]],
            "入居者構成": [["要介護度", "人数"], ["要支援2", 1], ["要介護1", 6], ["要介護2", 11],
                          ["要介護3", 15], ["要介護4", 13], ["要介護5", 8], ["計", 54]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="anonymised statistics (counts by care level and incident type) to the city: no person identifiable",
))

MESSAGES.append(dict(
    id="car-015",
    sender="早乙女 里奈 <saotome.rina@hinode-sangyo.co.jp>",
    to=["居宅介護支援事業所ほしぞら 今泉様 <imaizumi@hoshizora-care.jp>"],
    subject="弊社施設一覧と空室状況（11月15日現在）",
    charset="cp932",
    body=f"""居宅介護支援事業所ほしぞら
今泉様

いつもお世話になっております。ひのでハイツ桜台の早乙女です。
先日お問い合わせいただいた件、弊社の施設一覧と空室状況をお送りします。

施設名　　　　　　　　　　　種別　　　　　　　所在地　　　　　　　　　　　　　　電話　　　　　　空室
ひので苑 緑ヶ丘　　　　　　介護付有料　　　　横浜市青葉区藤が丘3-14-2　　　　045-978-2210　　2室
ひので苑 あさひ　　　　　　介護付有料　　　　さいたま市浦和区常盤9-21-6　　　048-831-5507　　0室
ひので苑 みなと野　　　　　介護付有料　　　　千葉県みなと野市汐見台3-7-12　　047-393-6620　　1室
ひのでハイツ桜台　　　　　サ高住（30戸）　　東京都練馬区桜台5-8-17　　　　　03-5999-4120　　3戸
ひのでハイツ西荻　　　　　サ高住（24戸）　　杉並区西荻北4-2-9　　　　　　　　03-5311-8850　　0戸
（2027年4月開設予定）ひので苑 わかば　　　　千葉市若葉区若松町ほか　　　　　　―　　　　　　　―

見学はいずれの施設も平日10時〜16時で随時承っております。
パンフレットが必要でしたら郵送いたしますので、部数をお知らせください。

{SIG_SAOTOME}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="directory of the company's own facilities (addresses, switchboards, vacancies): businesses, not people",
))

MESSAGES.append(dict(
    id="car-016",
    sender="宇佐美 直子 <usami.n@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 三好様 <miyoshi@nishiki-insatsu.co.jp>"],
    subject="「ひので苑だより」12月号 入稿データ",
    charset="utf-8",
    body=f"""錦印刷株式会社
三好様

お世話になっております。ひので苑の宇佐美です。
「ひので苑だより」12月号の原稿をお送りします。
写真は来週月曜に別途ギガファイル便でお送りします（顔が写っている写真は
すべてご本人・ご家族の掲載同意を取ってあります）。

仕様は前号と同じ、A4両面カラー・300部でお願いいたします。
校正は12/3（木）までにいただけますと助かります。

{SIG_USAMI}
""",
    attachments=[{
        "kind": "docx", "name": "ひので苑だより_12月号_原稿.docx",
        "paragraphs": [
            "ひので苑だより　2026年12月号（第87号）",
            "◆施設長あいさつ",
            "朝晩の冷え込みが厳しくなってまいりました。今月は恒例の餅つき大会とクリスマス会を予定して"
            "おります。ご家族の皆さまもぜひお越しください。（施設長 村瀬）",
            "◆11月の行事報告",
            "・紅葉狩りドライブ（こどもの国）　参加24名",
            "・秋の作品展　書道・貼り絵など42点を展示しました",
            "・地域の保育園児との交流会",
            "◆12月の予定",
            "12/12（土）餅つき大会　12/24（木）クリスマス会　12/31（木）年越しそば",
            "◆新しい仲間",
            "介護課に川嶋悠斗が加わりました。趣味は釣りです。よろしくお願いします！",
            "◆栄養課より",
            "冬至のかぼちゃ料理、今年は「かぼちゃのいとこ煮」をお出しします。",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="newsletter manuscript to the printer: events and a staff greeting, no resident data",
))

MESSAGES.append(dict(
    id="car-017",
    sender="根岸 美和 <negishi.miwa@hinode-sangyo.co.jp>",
    to=["栗田 <kurita@aozora-chozai.co.jp>"],
    subject="Re: 残薬確認のお願い（10月分）",
    charset="iso-2022-jp",
    body="""栗田先生

ご連絡ありがとうございます。根岸です。
ご指摘の3名分、明日の午前中に看護師2名で残数を数え直して、
夕方までにお返事いたします。
ドネペジルの方は、家族持ち込み分が混ざっている可能性があります。

取り急ぎ御礼まで。

根岸

-----Original Message-----
From: 栗田 <kurita@aozora-chozai.co.jp>
Sent: Tuesday, November 10, 2026 4:12 PM
To: 根岸 美和 <negishi.miwa@hinode-sangyo.co.jp>
Subject: 残薬確認のお願い（10月分）

根岸様

あおぞら調剤薬局の栗田です。
10月分の残薬報告で、以下の方の数が処方日数と合いませんでした。
お手数ですがご確認をお願いします。

> 203 渡邉 タケ 様　メトホルミン250mg　報告 12錠／計算上 4錠
> 209 國分 とし子 様　ドネペジル5mg　報告 9錠／計算上 0錠
> 305 田邊 喜一郎 様　アピキサバン2.5mg　報告 2錠／計算上 6錠

あおぞら調剤薬局　栗田
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply: the residents' drug list is only in the pharmacist's own quoted mail; new text has no data",
))


def _m018():
    idx = [19, 20, 22, 23, 47, 48, 50]
    als = ["なし", "卵（軽度）", "なし", "ゼラチン", "なし", "なし", "ペニシリン系"]
    notes = ["", "前回接種後37.8℃の発熱", "", "", "ワーファリン服用中", "", "喘息（吸入中）"]
    lines = []
    for n, (i, al, nt) in enumerate(zip(idx, als, notes)):
        lines.append(f"{401 + n}　{nm(i)}　{dob(i, 'abbr')}　アレルギー:{al}" + (f"　※{nt}" if nt else ""))
    fwd = "\n".join(lines)
    return dict(
        id="car-018",
        sender="根岸 美和 <negishi.miwa@hinode-sangyo.co.jp>",
        to=["緑ヶ丘クリニック 芦田先生 <ashida@midorigaoka-cl.jp>"],
        subject="FW: インフルエンザ予防接種 4F 対象者",
        charset="utf-8",
        body=f"""芦田先生

お世話になっております。根岸です。
4F の接種対象者、フロア担当がまとめたものをそのまま転送します。
予診票は当日お持ちいたします。11/19（木）14時からでお願いいたします。

---------- Forwarded message ---------
From: 岡部 さやか <okabe.s@hinode-sangyo.co.jp>
Date: 2026年11月9日(月) 10:02
Subject: インフルエンザ予防接種 4F 対象者
To: 根岸 美和 <negishi.miwa@hinode-sangyo.co.jp>

根岸さん

4F の接種希望者です。ご家族の同意書はすべて回収済みです。

{fwd}

辞退：408 比留間様（ご家族の意向）
岡部
""",
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="forward of an internal list (7 residents, DOB S-era, allergies, conditions) to an outside clinic",
    )


MESSAGES.append(_m018())

_FAMILIES = [
    "小野寺 博之 <onodera.hiroyuki@gmail.com>",
    "村井和代 <kazuyo.murai@yahoo.co.jp>",
    "watanabe.kosuke@docomo.ne.jp",
    "金子 知恵 <chie-k.0301@icloud.com>",
    "百目鬼 <doumeki.family@ezweb.ne.jp>",
    "坂本 健 <ken.sakamoto77@outlook.jp>",
    "吉田 <gen-yoshida@softbank.ne.jp>",
]

MESSAGES.append(dict(
    id="car-019",
    sender="宇佐美 直子 <usami.n@hinode-sangyo.co.jp>",
    to=_FAMILIES,
    subject="【ひので苑 緑ヶ丘】秋祭り開催のご案内",
    charset="iso-2022-jp",
    body="""ご家族の皆さま

いつもひので苑 緑ヶ丘をご利用いただき、ありがとうございます。
今年も下記のとおり秋祭りを開催いたします。

　日時：10月24日（土）13:30〜15:30
　場所：1階 多目的ホール・中庭
　内容：地元の和太鼓グループ演奏、模擬店（焼きそば・わたあめ）、輪投げ

ご家族の皆さまにもぜひご参加いただきたく、ご案内申し上げます。
参加ご希望の方は、10月17日（土）までに本メールにご返信いただくか、
事務所（045-978-2210）までお電話ください。

駐車場に限りがございますので、公共交通機関でのご来場にご協力ください。

ひので苑 緑ヶ丘　地域連携担当　宇佐美
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="event notice with 7 residents' families' private addresses all visible in To",
))

MESSAGES.append(dict(
    id="car-020",
    sender="宇佐美 直子 <usami.n@hinode-sangyo.co.jp>",
    to=["ひので苑 緑ヶ丘 <info.midorigaoka@hinode-sangyo.co.jp>"],
    bcc=_FAMILIES[:5] + ["nakasone.k@gmail.com", "hiruma-y@yahoo.co.jp"],
    subject="クリスマス会のご案内（12/24）",
    charset="iso-2022-jp",
    body="""ご家族の皆さま

※本メールはBCCにて一斉にお送りしております。

日頃よりひので苑 緑ヶ丘の運営にご理解・ご協力を賜り、誠にありがとうございます。
12月24日（木）14時より、1階ホールにてクリスマス会を開催いたします。
職員によるハンドベル演奏と、栄養課手作りのケーキをご用意しております。

ご家族の参加は1入居者さまにつき2名様まで、事前申込制とさせていただきます。
12月15日（火）までに事務所へお申し込みください。

感染症の流行状況によっては、オンライン（ビデオ通話）での参加に切り替える
場合がございます。その際は改めてご連絡いたします。

ひので苑 緑ヶ丘
TEL 045-978-2210
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="same kind of family notice done right: families in Bcc, only the facility's own address in To",
))

# ---------------------------------------------------------------------------------------
# 021-030
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="car-021",
    sender="東海林 彩 <shoji.aya@hinode-sangyo.co.jp>",
    to=["浅利様 <asari@kitaguni-food.co.jp>"],
    subject="1月の献立変更について（おせち・七草）",
    charset="cp932",
    body=f"""北国フーズ　浅利様

お世話になっております。ひので苑の東海林です。
1月の献立について、下記の変更をお願いできますでしょうか。

１．1/1〜1/3 昼：おせち膳（ソフト食・ミキサー対応のものも同数）
２．1/7 朝：七草粥（常食の方も全粥に変更）
３．1/11 おやつ：鏡開きのおしるこ（白玉なし、とろみ対応）

単価が変わる場合は、事前にお見積りをいただけますと助かります。
よろしくお願いいたします。

{SIG_SHOJI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="menu talk, harmless content, but the domain kitaguni-food.co.jp drops the s of partner kitaguni-foods.co.jp",
))

MESSAGES.append(dict(
    id="car-022",
    sender="東海林 彩 <shoji.aya@hinode-sangyo.co.jp>",
    to=["asari@kitaguni-foods.jp"],
    subject="12/24 クリスマス会 特別食の数",
    charset="utf-8",
    body="""浅利さん

お疲れさまです、東海林です。
12/24 クリスマス会の特別食、数が決まりました。

　ケーキ（常食）　　　　　31
　ケーキ（ムース・ソフト）　9
　ケーキ（ゼリー）　　　　　4
　糖尿病対応（低糖質）　　　6
　職員・ボランティア分　　12

ローストチキンは前回と同じく骨なしでお願いします。
納品は当日11時に厨房裏口へお願いします。

東海林
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="counts only, but sent to kitaguni-foods.jp: the partner's domain with co. dropped",
))

MESSAGES.append(dict(
    id="car-023",
    sender="堀之内 誠 <horinouchi@hinode-sangyo.co.jp>",
    to=["今泉 様 <imaizumi@hoshizora-care.jp>"],
    subject="ショートステイ利用者 情報提供書（12月分）",
    charset="iso-2022-jp",
    body="""ほしぞら 今泉様

お世話になっております。ひので苑の堀之内です。
12月にショートステイをご利用予定の方の情報提供書を、ZIPにまとめてお送りします。
解凍パスワードは、この後別のメールでお送りいたします。

よろしくお願いいたします。

堀之内 誠（ひので苑 緑ヶ丘 生活相談員）
直通 045-978-2215
""",
    attachments=[{
        "kind": "zip", "name": "情報提供書_12月.zip", "password": "Hnd#1207kc",
        "files": [{"kind": "xlsx", "name": "情報提供書_12月.xlsx",
                   "sheets": {"利用者": [["氏名", "生年月日", "要介護度", "既往歴"],
                                      [nm(27), dob(27), "要介護2", "パーキンソン病"],
                                      [nm(28), dob(28), "要介護1", "脳梗塞後遺症"],
                                      [nm(29), dob(29), "要介護3", "心不全"],
                                      [nm(34), dob(34), "要介護2", "糖尿病"],
                                      [nm(39), dob(39), "要介護4", "認知症"]]}}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) that the guard cannot open",
))

MESSAGES.append(dict(
    id="car-024",
    sender="丸岡 千尋 <maruoka@hinode-sangyo.co.jp>",
    to=["長谷川 様 <hasegawa.takashi.1962@gmail.com>"],
    subject="10月分ご利用明細の再送",
    charset="cp932",
    body=f"""長谷川 様

いつもお世話になっております。
日の出産業 介護事業部の丸岡でございます。

お問い合わせいただきました10月分のご利用明細を、Excelにて再送いたします。
先日お送りしたものは金額欄が表示されないとのことで、大変失礼いたしました。
こちらでも開けない場合はお手数ですがご一報ください。郵送にて対応いたします。

{SIG_MARUOKA}
""",
    attachments=[{"kind": "corrupt", "name": "ご利用明細_202610.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="attached statement XLSX is damaged and cannot be read; recipient is a family member on gmail",
))

MESSAGES.append(dict(
    id="car-025",
    sender="伊集院 司 <ijuin@hinode-sangyo.co.jp>",
    to=["福祉経営パートナーズ 大森様 <omori@fukushi-keiei-p.jp>"],
    subject="身体拘束適正化マニュアル（改訂案）のご確認のお願い",
    charset="utf-8",
    body=f"""福祉経営パートナーズ株式会社
大森様

いつも大変お世話になっております。日の出産業の伊集院です。

先日の打合せでご相談した、身体拘束適正化マニュアルの改訂案を添付いたします。
運営指導での指摘事項（委員会の開催頻度、やむを得ない場合の記録様式）を
反映したつもりですが、専門家の目でご確認いただけますと幸いです。

コメントはWordの変更履歴で入れていただければ結構です。
12月中旬までにお戻しいただけますでしょうか。

{SIG_IJUIN}
""",
    attachments=[{
        "kind": "docx", "name": "身体拘束適正化マニュアル_改訂案_v3.docx",
        "page_header": "社外秘　日の出産業株式会社 介護事業部",
        "page_footer": "無断複製・転載を禁ず",
        "title": "身体拘束適正化のための指針・マニュアル",
        "paragraphs": [
            "身体拘束等の適正化のための指針（改訂案 v3）",
            "第1章　基本方針",
            "当社の介護施設では、入居者の尊厳と主体性を尊重し、身体拘束を原則として行わない。",
            "第2章　身体拘束適正化検討委員会",
            "委員会は3か月に1回以上開催し、施設長、看護職員、介護職員、生活相談員で構成する。",
            "第3章　やむを得ず身体拘束を行う場合の三要件（切迫性・非代替性・一時性）",
            "第4章　記録と家族への説明（様式4-1、4-2）",
            "第5章　職員研修（年2回以上、新任時）",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the care manual sent to a consultant carries 社外秘 only in the DOCX page header",
))

MESSAGES.append(dict(
    id="car-026",
    sender="村瀬 恭子 <murase.kyoko@hinode-sangyo.co.jp>",
    to=["ケアホーム若竹 施設長 小松様 <komatsu@carehome-wakatake.jp>"],
    subject="Re: 看取り介護マニュアルについて",
    charset="iso-2022-jp",
    body="""小松様

ご丁寧なご連絡をありがとうございます。ひので苑の村瀬です。

看取り介護のマニュアルについてですが、申し訳ございません、
当社のマニュアル類は社外秘の扱いとなっており、そのままお渡しすることが
できない決まりになっております。

その代わり、来月の地域連絡会で当苑の看護主任から「看取り期の
ご家族支援」について20分ほどお話しさせていただくことは可能です。
その際の配布資料（公開用に作り直したもの）であればお渡しできますので、
よろしければご検討ください。

今後ともよろしくお願いいたします。

村瀬

> 村瀬施設長
> 先日の連絡会ではありがとうございました。
> 貴苑の看取り介護マニュアルを参考にさせていただけないでしょうか。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the word 社外秘 is only mentioned (why the manual cannot be shared); nothing is attached",
))

MESSAGES.append(dict(
    id="car-027",
    sender="伊集院 司 <ijuin@hinode-sangyo.co.jp>",
    to=["介護事業部 施設長会 <shisetsucho@hinode-sangyo.co.jp>"],
    cc=["介護事業部 業務課 <kaigo-gyomu@hinode-sangyo.co.jp>"],
    subject="【社外秘】看取り介護マニュアル 2027年版の配布",
    charset="iso-2022-jp",
    body="""施設長各位

お疲れさまです。伊集院です。
看取り介護マニュアル2027年版が完成しましたので配布します。
社外秘扱いですので、他法人からの照会にはお渡しせず、本部へ回してください。

主な変更点：
・看取り介護加算の算定要件（多職種カンファレンスの記録）を反映
・ご家族への説明と同意書の様式を1本化
・ACP（人生会議）の記録欄を追加

各施設での読み合わせを1月中に実施してください。

伊集院
""",
    attachments=[{
        "kind": "docx", "name": "看取り介護マニュアル_2027.docx",
        "page_header": "社外秘",
        "paragraphs": ["看取り介護マニュアル（2027年版）", "1. 目的", "2. 看取り期の判断",
                       "3. 多職種カンファレンス", "4. ご家族への説明と同意", "5. 死亡時の対応"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 manual distributed to internal addresses only",
))

MESSAGES.append(dict(
    id="car-028",
    sender="根岸 美和 <negishi.miwa@hinode-sangyo.co.jp>",
    to=["すずらん訪問歯科 受付 <uketsuke@suzuran-dental.jp>"],
    subject="訪問歯科 新規依頼（3F）",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>すずらん訪問歯科クリニック<br>ご担当者様</p>
<p>いつもお世話になっております。ひので苑 緑ヶ丘 看護の根岸です。<br>
3F で訪問歯科の新規依頼が6件ございます。お名前は初回訪問時の名簿でお伝えしますので、
まずは日程調整のため概要をお送りします。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde8f5"><th>居室</th><th>性別</th><th>生年月日</th><th>介護度</th><th>既往・現病</th><th>口腔の状態・依頼内容</th></tr>
<tr><td>311</td><td>女</td><td>昭和4年9月2日</td><td>要介護4</td><td>アルツハイマー型認知症</td><td>上顎総義歯の不適合、痛みの訴え</td></tr>
<tr><td>312</td><td>男</td><td>昭和11年6月30日</td><td>要介護2</td><td>2型糖尿病、歯周病</td><td>歯肉の腫れ、出血</td></tr>
<tr><td>314</td><td>女</td><td>大正15年4月1日</td><td>要介護5</td><td>脳梗塞後遺症・嚥下障害</td><td>口腔ケア指導、嚥下評価</td></tr>
<tr><td>315</td><td>男</td><td>昭和3年3月18日</td><td>要介護3</td><td>パーキンソン病</td><td>部分義歯の破損</td></tr>
<tr><td>316</td><td>女</td><td>昭和10年12月24日</td><td>要介護2</td><td>関節リウマチ</td><td>う蝕の治療</td></tr>
<tr><td>318</td><td>女</td><td>昭和13年1月9日</td><td>要介護1</td><td>うつ病（服薬中）、口腔乾燥</td><td>定期の口腔ケア</td></tr>
</table>
<p>ご都合のよい曜日を2〜3いただけますと幸いです。</p>
<p>ひので苑 緑ヶ丘　看護主任　根岸 美和<br>TEL 045-978-2210</p>
</body></html>""",
    expect="stop",
    entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table of 6 residents without names: room, DOB, care level and diseases to a dental clinic",
))

MESSAGES.append(dict(
    id="car-029",
    sender="早乙女 里奈 <saotome.rina@hinode-sangyo.co.jp>",
    to=["やまびこ引越センター 練馬営業所 <nerima@yamabiko-hikkoshi.co.jp>"],
    subject="サ高住への入居に伴う搬入の件（12/5）",
    charset="cp932",
    body=f"""やまびこ引越センター 練馬営業所
ご担当者様

お世話になっております。ひのでハイツ桜台の早乙女です。
12月5日（土）に当住宅へ入居される方の荷物搬入について、ご連絡いたします。

　搬入先：ひのでハイツ桜台 2階 208号室（エレベーターあり、養生はこちらで実施）
　搬入時間：13時〜16時の間でお願いします
　入居者様：相良 ミサヲ 様
　当日の立会い・ご連絡先：ご長女 相良 京子 様　携帯 {fw(mobile('c29'))}

駐車は建物正面の来客用スペース（1台分）をご利用ください。
管理事務所は9時〜18時まで開いております。

{SIG_SAOTOME}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one family contact (name + mobile) for a move-in, to the moving company: a single person's record",
))

MESSAGES.append(dict(
    id="car-030",
    sender="村瀬 恭子 <murase.kyoko@hinode-sangyo.co.jp>",
    to=["芦田先生 <ashida@midorigaoka-cl.jp>", "栗田先生 <kurita@aozora-chozai.co.jp>"],
    cc=["根岸 美和 <negishi.miwa@hinode-sangyo.co.jp>"],
    subject="医療連携会議（12月）の日程調整",
    charset="iso-2022-jp",
    body=f"""緑ヶ丘クリニック 芦田先生
あおぞら調剤薬局 栗田先生

いつも大変お世話になっております。ひので苑の村瀬です。
12月の医療連携会議の日程について、下記の候補からご都合をお知らせください。

　(1) 12月8日（火）14:00〜15:00
　(2) 12月10日（木）15:00〜16:00
　(3) 12月15日（火）14:00〜15:00

議題（予定）：
・冬季の感染症対策（インフルエンザ・ノロウイルス）
・配薬ミス防止の取り組み報告
・年末年始の往診・調剤体制

会場は当苑1階会議室です。オンライン参加をご希望の場合はお知らせください。

{SIG_MURASE}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail: two external organisations in To, no personal data",
))

# ---------------------------------------------------------------------------------------
# 031-040
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="car-031",
    sender="堀之内 誠 <horinouchi@hinode-sangyo.co.jp>",
    to=["芦田 <ashida@midorigaoka-cl.jp>", "栗田 <kurita@aozora-chozai.co.jp>",
        "すずらん訪問歯科 <uketsuke@suzuran-dental.jp>", "今泉 <imaizumi@hoshizora-care.jp>",
        "訪問看護ステーションこもれび <info@komorebi-houkan.jp>"],
    subject="地域ケア連絡会（1/21）のご案内",
    charset="utf-8",
    body=f"""関係機関の皆さま

いつもお世話になっております。ひので苑 緑ヶ丘の堀之内です。
恒例の地域ケア連絡会を下記のとおり開催いたします。

日時：2027年1月21日（木）18:30〜20:00
会場：ひので苑 緑ヶ丘 1F 多目的ホール（Zoom併用）
テーマ：「入退院時の情報連携をスムーズにするために」
　・病院 → 施設への退院時サマリーの受け渡し
　・服薬情報の共有方法（お薬手帳アプリの活用）
　・ACP の記録をどう引き継ぐか

出欠を1月8日（金）までにご返信ください。
軽食をご用意しますので、アレルギー等あればあわせてお知らせください。

{SIG_HORI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five external organisations can see each other's addresses in To: should have been Bcc",
))

MESSAGES.append(dict(
    id="car-032",
    sender="Kenta Tsuge <tsuge.kenta@hinode-sangyo.co.jp>",
    to=["Mette Kjærgaard <mette.kjaergaard@nordlyscare.dk>"],
    cc=["伊集院 司 <ijuin@hinode-sangyo.co.jp>"],
    subject="Bed sensor pilot - October summary",
    charset="utf-8",
    body="""Dear Mette,

Thank you for the call last week. As promised, here is the October summary of the
bed-exit sensor pilot on the 2nd floor of Hinode-en Midorigaoka.

- Rooms equipped: 12 (of 24)
- Nights monitored: 31
- Bed-exit alerts in total: 418 (13.5 per night on average)
- Alerts answered within 3 minutes: 91 %
- False alerts (resident only turning over): about 22 %, mostly between 1 and 4 a.m.
- Falls on the pilot rooms: 1 (no injury), against 4 in the same period last year

Staff feedback is positive, but the night team would like the alert volume on the
handheld to be adjustable per room. Could this be part of the firmware update in
December?

We have not shared any resident-level data here; if your team needs per-room logs
for tuning, let us first agree on an anonymisation method under our DPA.

Best regards,
Kenta Tsuge
Care Team Leader, Hinode-en Midorigaoka
Hinode Sangyo Co., Ltd. / Tel +81-45-978-2210
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English mail to a foreign vendor with aggregated pilot figures only",
))

MESSAGES.append(dict(
    id="car-033",
    sender="Kenta Tsuge <tsuge.kenta@hinode-sangyo.co.jp>",
    to=["Mette Kjærgaard <mette.kjaergaard@nordlyscare.dk>",
        "Support <support@nordlyscare.dk>"],
    subject="Re: Data needed for fall-risk model calibration",
    charset="utf-8",
    body="""Hi Mette, hi support team,

Here are the residents in the pilot rooms, as requested for the calibration of the
fall-risk score. I added the main diagnoses since you said mobility-related
conditions matter most.

Room  Name                   Born         Sex  Diagnoses                                Falls (12 mo)
----  ---------------------  -----------  ---  ---------------------------------------  -------------
201   ONODERA Kiyo           1925-06-14   F    osteoporosis, hypertension               2
202   OKOCHI Tome            1927-02-03   F    Alzheimer's dementia                     3
203   WATANABE Take          1926-09-30   F    type 2 diabetes, cataract                0
205   KANEKO Yoshie          1928-12-01   F    post-stroke right hemiplegia             1
206   SUZUKI Hana            1929-05-05   F    chronic heart failure                    0
207   SAKAMOTO Tatsuo        1934-05-12   M    Parkinson's disease                      4
208   YOSHIDA Genzaburo      1925-02-11   M    aspiration pneumonia (history), COPD     1
209   KOKUBU Toshiko         1938-01-09   F    Lewy body dementia                       2

Let me know if you also need height/weight.

Best,
Kenta

On Tue, 10 Nov 2026 at 09:14, Mette Kjærgaard <mette.kjaergaard@nordlyscare.dk> wrote:
> Dear Kenta,
> For the calibration we would need, per pilot room, the resident's age, sex and
> fall history. Diagnoses would help if available.
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="new text lists 8 residents in romaji with birth dates and diagnoses to a foreign vendor",
))


def _m034():
    idx = [0, 1, 4, 6, 8, 15, 25, 26, 36, 40, 45, 46]
    base = [["ひので苑 緑ヶ丘　入居者基本情報（移行用）", "", "", "", "", "", ""],
            ["出力日: 2026/11/16", "", "", "", "", "", ""],
            ["利用者ID", "氏名", "ふりがな", "性別", "生年月日", "入居日", "要介護度"]]
    fam = [["利用者ID", "続柄", "氏名", "電話1", "電話2", "住所"]]
    med = [["利用者ID", "既往歴", "服薬", "主治医"]]
    dz = ["高血圧症", "アルツハイマー型認知症", "2型糖尿病", "脳梗塞後遺症", "慢性心不全",
          "パーキンソン病", "慢性腎臓病", "COPD", "心房細動", "前立腺がん（ホルモン療法中）",
          "統合失調症", "骨粗鬆症・圧迫骨折"]
    addrs = ["横浜市青葉区桂台2-31-7", "川崎市麻生区王禅寺東五丁目4番1号", "町田市成瀬台3-9-22",
             "東京都世田谷区桜丘4丁目18-3", "横浜市港北区日吉本町1-44-10-305",
             "神奈川県大和市中央林間6-2-8", "横浜市緑区霧が丘三丁目12番地の4",
             "相模原市南区相模大野7-1-1 グランデ相模大野812", "東京都大田区久が原2-20-5",
             "横浜市都筑区北山田5-3-6", "沖縄県那覇市首里石嶺町4-118", "横浜市旭区白根7-15-2"]
    given = ["博之", "和代", "康介", "知恵", "隆史（弁護士）", "健", "美佐子", "直美", "陽子", "登",
             "ゆかり", "聡美"]
    rel = ["長男", "次女", "甥", "長女", "後見人", "長男", "妻", "長男", "長女", "弟", "次男", "長女"]
    for n, i in enumerate(idx):
        uid = f"U{31001 + n}"
        r = R[i]
        base.append([uid, nm(i), (r[2] + " " + r[3]), r[4], dob(i, "seireki"),
                     f"20{19 + n % 7}/0{1 + n % 9}/01", f"要介護{1 + n % 5}"])
        fam.append([uid, rel[n], f"{r[0] if rel[n] not in ('次女', '後見人') else ('村井' if rel[n] == '次女' else '松坂')} {given[n]}",
                    mobile(f"f34-{n}"), land(f"l34-{n}", "045"), addrs[n]])
        med.append([uid, dz[n], "別紙お薬手帳参照", "緑ヶ丘クリニック 芦田"])
    return dict(
        id="car-034",
        sender="丸岡 千尋 <maruoka@hinode-sangyo.co.jp>",
        to=["ツバサシステム 導入支援 北見様 <kitami@tsubasa-system.jp>"],
        subject="介護記録システム データ移行用ファイル（緑ヶ丘分）",
        charset="iso-2022-jp",
        body="""ツバサシステム株式会社
導入支援チーム　北見様

お世話になっております。日の出産業の丸岡です。
緑ヶ丘の移行用データ（第1弾：入居者基本・家族連絡先・既往歴）を添付いたします。
シート構成は先日いただいたテンプレートに合わせております。

移行テストは11/24（火）の予定で進めてよろしいでしょうか。

丸岡 千尋
日の出産業株式会社 介護事業部 業務課
TEL 03-5402-7780
""",
        attachments=[{"kind": "xlsx", "name": "移行データ_緑ヶ丘_第1弾.xlsx",
                      "sheets": {"入居者基本": base, "家族連絡先": fam, "既往歴": med}}],
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="XLSX with three sheets (12 residents, family phones/addresses, diagnoses) to the system vendor",
    )


MESSAGES.append(_m034())


def _m035():
    idx = [2, 3, 10, 19, 20, 30, 31, 42, 54, 57]
    table = [["居室", "ご入居者名", "家賃", "管理費", "食費", "介護自己負担", "負担割合", "請求合計",
              "振替口座"]]
    for n, i in enumerate(idx):
        rent, mgmt, food = 128000, 42000, 54600 - (n % 3) * 1800
        care = [18420, 27630, 9210, 36840, 55260][n % 5]
        table.append([f"{101 + n}", nm(i), f"{rent:,}", f"{mgmt:,}", f"{food:,}", f"{care:,}",
                      ["1割", "2割", "1割", "3割", "1割"][n % 5], f"{rent + mgmt + food + care:,}",
                      f"みどり銀行 浦和支店 普通 {acct(f'a35-{n}')}"])
    return dict(
        id="car-035",
        sender="鬼頭 浩二 <kito.koji@hinode-sangyo.co.jp>",
        to=["神田会計事務所 上原様 <uehara@kanda-tax.jp>"],
        subject="ひので苑あさひ 10月請求一覧（月次監査用）",
        charset="cp932",
        body=f"""神田会計事務所
上原様

いつもお世話になっております。日の出産業の鬼頭です。
月次監査用に、ひので苑あさひ（1F分）の10月請求一覧をPDFでお送りします。
売上計上額との突合をお願いいたします。2F・3F分は明日お送りします。

{SIG_KITO}
""",
        attachments=[{"kind": "pdf", "name": "請求一覧_あさひ1F_202610.pdf",
                      "lines": ["ひので苑 あさひ　令和8年10月分 利用料請求一覧（1F）", ""],
                      "table": table}],
        expect="stop",
        entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
        detectors=["personal_data"],
        note="PDF table of 10 residents' charges, co-payment ratio and bank accounts to the accounting firm",
    )


MESSAGES.append(_m035())

MESSAGES.append(dict(
    id="car-036",
    sender="早乙女 里奈 <saotome.rina@hinode-sangyo.co.jp>",
    to=["tanimura.keiko0527@gmail.com"],
    subject="ひのでハイツ桜台　料金表をお送りします",
    charset="iso-2022-jp",
    body="""谷村 様

本日はお電話でのお問い合わせ、ありがとうございました。
ひのでハイツ桜台の早乙女でございます。
お話しいただいた内容にあわせて、料金のご案内をお送りいたします。

＜月額費用（1名入居・税込）＞
　タイプ　　　面積　　　家賃　　　　共益費　　　生活支援サービス費　　合計
　Aタイプ　　18.5平米　　98,000円　　18,000円　　33,000円　　　　　　149,000円
　Bタイプ　　22.1平米　 112,000円　　18,000円　　33,000円　　　　　　163,000円
　Cタイプ　　32.4平米　 145,000円　　22,000円　　44,000円（2名）　　 211,000円

＜その他＞
　・敷金：家賃の2か月分
　・食費（任意）：1日3食 1,980円（30日で59,400円）
　・介護サービスは外部事業所とのご契約となり、別途自己負担がかかります。

ご見学は平日・土曜の10時〜16時で承っております。
ご都合のよい日時をお知らせいただければ、ご案内いたします。

------------------------------------------------
サービス付き高齢者向け住宅　ひのでハイツ桜台
管理者　早乙女 里奈
TEL 03-5999-4120
------------------------------------------------
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="price list to one prospective family member on gmail",
))

MESSAGES.append(dict(
    id="car-037",
    sender="堀之内 誠 <horinouchi@hinode-sangyo.co.jp>",
    to=["松宮 <matsumiya_a@yahoo.co.jp>"],
    subject="Re: 見学の日程について",
    charset="utf-8",
    body=f"""松宮 様

ご返信ありがとうございます。ひので苑 緑ヶ丘の堀之内です。
それでは、11月21日（土）10時30分にお待ちしております。

当日は1階受付で「見学の松宮です」とお声がけください。
館内のご案内（約40分）のあと、相談室にて費用やご入居までの流れをご説明します。
お母様もご一緒とのこと、車いすをご用意しておきますのでご安心ください。

駐車場は正面玄関左手の来客用をお使いください。

{SIG_HORI}

> 堀之内様
> 21日の10時半でお願いできますでしょうか。母も一緒に伺います。
> 松宮
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="visit appointment reply to one private person; no personal data beyond the recipient himself",
))

MESSAGES.append(dict(
    id="car-038",
    sender="早乙女 里奈 <saotome.rina@hinode-sangyo.co.jp>",
    to=["あんしん家賃保証 審査部 <shinsa@anshin-hosho.co.jp>"],
    subject="保証審査のお願い（ひのでハイツ桜台 305号室）",
    charset="cp932",
    body=f"""あんしん家賃保証株式会社
審査部　ご担当者様

お世話になっております。ひのでハイツ桜台の早乙女です。
下記の方の入居申込がありましたので、家賃保証の審査をお願いいたします。
申込書の写しは本日郵送いたしました。

■申込者
　氏名　　：丸茂　貞子（マルモ　サダコ）
　生年月日：昭和１６年２月１１日
　現住所　：〒１７９－００７２　東京都練馬区光が丘２丁目９番６－１１０４
　電話　　：{fw(land('c38', '03'))}　携帯：{fw(mobile('c38'))}
　収入　　：厚生年金・国民年金（年額 約１９８万円）
　基礎年金番号：４１２０－５５８２０７
■緊急連絡先
　長男　丸茂 達也 様（会社員）　{fw(mobile('c38b'))}

■契約予定
　305号室（Aタイプ）　家賃 98,000円　入居予定日 12月20日

お手数ですがよろしくお願いいたします。

{SIG_SAOTOME}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
              "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one applicant's record including 基礎年金番号 (full-width) sent to the rent guarantor",
))

MESSAGES.append(dict(
    id="car-039",
    sender="早乙女 里奈 <saotome.rina@hinode-sangyo.co.jp>",
    to=["さくらだい皮膚科 受付 <reception@sakuradai-hifuka.jp>"],
    subject="初診のご予約（ひのでハイツ桜台 入居者）",
    charset="iso-2022-jp",
    body="""さくらだい皮膚科
受付ご担当者様

お世話になっております。サービス付き高齢者向け住宅 ひのでハイツ桜台の早乙女です。
当住宅の入居者様が初診を希望されていますので、予約をお願いいたします。
お電話がつながりにくかったため、メールにて失礼いたします。

・氏名：石動 ハツエ 様（いするぎ はつえ）
・生年月日：昭和２２年８月３日
・国民健康保険被保険者証　記号 練国１２　番号 ４０５８２
・症状：２週間ほど前から背中と腰回りに強いかゆみと赤い発疹。
　　　　帯状疱疹の既往あり（令和６年）。糖尿病で内服治療中。
・希望日：１１月１９日（木）午後、または２０日（金）午前
・付き添い：当住宅の職員が同行します

ご予約日時が決まりましたら、本メールか 03-5999-4120 までご連絡ください。

ひのでハイツ桜台　早乙女
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one resident's health insurance card number with symptoms and diseases to a clinic",
))

MESSAGES.append(dict(
    id="car-040",
    sender="比嘉 大輔 <higa.d@hinode-sangyo.co.jp>",
    to=["白川法律事務所 松坂先生 <matsuzaka@shirakawa-law.jp>"],
    subject="成年後見申立ての必要書類について（沖田様）",
    charset="utf-8",
    body=f"""白川法律事務所
松坂先生

いつもお世話になっております。ひので苑 あさひの比嘉です。
先日ご相談した沖田様の後見開始申立てについて、施設で把握している情報をお送りします。
住民票・戸籍はご親族（甥の沖田 豊様）が取得中です。

本人：沖田 善次（おきた ぜんじ）
生年月日：大正15年12月28日
住民票上の住所：埼玉県さいたま市浦和区常盤九丁目21番6号（当施設）
個人番号：{my_number(4001)}
障害支援区分：なし／要介護4
診断：アルツハイマー型認知症（長谷川式 8点、2026年9月 港北中央病院 物忘れ外来）
財産：みどり銀行 浦和支店 普通預金（残高は通帳コピー参照）、年金（厚生年金）

診断書（成年後見用）は主治医に依頼済みで、11月末にできあがる予定です。
他に必要なものがあればお知らせください。

{SIG_HIGA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a resident's My Number and dementia diagnosis in prose to the law firm",
))

# ---------------------------------------------------------------------------------------
# 041-050
# ---------------------------------------------------------------------------------------

_c41 = card_number(4101)
MESSAGES.append(dict(
    id="car-041",
    sender="丸岡 千尋 <maruoka@hinode-sangyo.co.jp>",
    to=["ペイネクスト決済 加盟店サポート <kameiten@paynext-kessai.co.jp>"],
    subject="手動決済（電話受付分）の処理依頼",
    charset="cp932",
    body=f"""ペイネクスト決済株式会社
加盟店サポート ご担当者様

お世話になっております。加盟店ID：HN-220417（日の出産業株式会社 介護事業部）の丸岡です。

ご入居者のご家族から、入居一時金の一部をクレジットカードでお支払いしたいとの
お申し出があり、端末が故障中のため手動での決済処理をお願いしたくご連絡しました。

　カード名義　：ＫＯＳＵＧＥ　ＴＡＫＡＹＵＫＩ（小菅 隆之 様）
　カード番号　：{_c41[:4]} {_c41[4:8]} {_c41[8:12]} {_c41[12:]}
　有効期限　　：08/29
　決済金額　　：500,000円（一括）
　ご入居者　　：小菅 フジ 様（ひので苑 みなと野 206号室）

処理が完了しましたら、承認番号をお知らせください。

{SIG_MARUOKA}
""",
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a family member's full credit card number in the body, sent to the payment processor",
))

MESSAGES.append(dict(
    id="car-042",
    sender="岡部 さやか <okabe.s@hinode-sangyo.co.jp>",
    to=["緑ヶ丘 リスクマネジメント委員会 <risk-midorigaoka@hinode-sangyo.co.jp>"],
    subject="ヒヤリハット報告 11/14〜11/20（4F）",
    charset="utf-8",
    body="""委員会のみなさま

4F の今週分のヒヤリハットです。詳細は様式に入力済みです。

・11/14 夜 407 國分とし子さん：ポータブルトイレ移乗時にふらつき、職員が支えて転倒なし。
　→ レビー小体型認知症で夜間の幻視あり。足元灯を追加。
・11/16 朝 402 濵田文子さん：隣席の方の牛乳を飲みかけた（乳糖不耐症）。口にする前に制止。
・11/17 昼 405 安達カネさん：食事中にむせ込み、吸引で改善。嚥下評価を看護に依頼。
・11/19 夕 409 齋藤キミさん：降圧剤の配薬漏れ。19時に気付き服薬。バイタル異常なし。
・11/20 夜 403 今村房江さん：エレベーター前で靴を履いて立っていた（離設傾向）。

委員会で409の件を検討したいです。
岡部
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="near-miss reports naming residents with conditions, but sent to an internal committee only",
))

MESSAGES.append(dict(
    id="car-043",
    sender="村瀬 恭子 <murase.kyoko@hinode-sangyo.co.jp>",
    to=["高橋 誠一 様 <s.takahashi.0904@ezweb.ne.jp>"],
    subject="お母様のご容態について（ひので苑 緑ヶ丘）",
    charset="iso-2022-jp",
    body="""高橋 誠一 様

ひので苑 緑ヶ丘の村瀬でございます。
昨晩はお電話にて失礼いたしました。改めてご報告申し上げます。

お母様のフミ様は、11月3日午前2時40分頃、居室でトイレに向かわれる途中に
転倒され、港北中央病院にて右大腿骨頸部骨折と診断されました。
本日午後、人工骨頭置換術を受けられ、手術は無事終了したと病院から
連絡をいただいております。

離床センサーの電源が入っていなかったことが原因の一つと考えられ、
施設として大変申し訳なく思っております。
再発防止策と今後のリハビリ・退院後の生活については、
ご都合のよい日に改めてご説明の場を設けさせていただけますでしょうか。

なお、入院中の洗濯物等は当苑職員がお届けいたします。

ひので苑 緑ヶ丘　施設長　村瀬 恭子
TEL 045-978-2210
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a resident's fracture and surgery told to her own son (key person) on a carrier address: sensitive but to the family",
))

MESSAGES.append(dict(
    id="car-044",
    sender="宇佐美 直子 <usami.n@hinode-sangyo.co.jp>",
    to=["緑ヶ丘 介護課 <kaigo.midorigaoka@hinode-sangyo.co.jp>",
        "東海林 彩 <shoji.aya@hinode-sangyo.co.jp>"],
    subject="12月お誕生日の方（お誕生会 12/18）",
    charset="iso-2022-jp",
    body="""みなさん

12月生まれの方のお誕生会を 12/18（金）15時から2Fホールで行います。
対象の方は以下のとおりです。栄養課さんはケーキの形態の確認をお願いします。

　・金子 よしゑ さん　昭和３年１２月１日　（９８歳）　２０５号室
　・百目鬼 静 さん　　昭和１０年１２月２４日（９１歳）　３０１号室
　・吉田 源三郎 さん　大正１４年２月１１日……は２月でした、削除です
　・根本 ふさ さん　　昭和４年１２月１２日　（９７歳）　４１０号室
　・岩佐 留吉 さん　　大正１２年１２月６日　（１０２歳）２１２号室
　・田邊 喜一郎 さん　ではなく、相馬 きく さん（昭和３年１１月５日）は先月分の振替です

色紙の寄せ書きを各フロアで回してください。
宇佐美
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="residents' birthdays (和暦, full-width) circulated internally",
))

MESSAGES.append(dict(
    id="car-045",
    sender="比嘉 大輔 <higa.d@hinode-sangyo.co.jp>",
    to=["みなと野市 高齢者支援課 <koreisha@city.minatono.lg.jp>"],
    subject="敬老祝品 対象者名簿の提出（ひので苑 みなと野）",
    charset="iso-2022-jp",
    body="""みなと野市 福祉部 高齢者支援課
敬老事業担当　御中

いつもお世話になっております。ひので苑 みなと野の比嘉です。
９月の敬老祝品について、当施設入居者のうち対象となる方の名簿を提出いたします。
住民票が施設所在地にない方は、住民票上の住所を記載しております。

No.　氏名　　　　　　　生年月日　　　　　　　年齢　住民票上の住所
１　　佐々木 ウメ　　　明治４５年３月３日　　　１１４　みなと野市汐見台三丁目７番１２号
２　　星野 ツル　　　　大正１２年１０月２２日　１０２　みなと野市汐見台三丁目７番１２号
３　　渡部 寅吉　　　　大正１１年１１月１１日　１０３　千葉県市川市八幡２−１５−３
４　　阿久津 與四郎　　大正１３年６月１日　　　１０２　みなと野市汐見台三丁目７番１２号
５　　竹之内 シヅ　　　大正１３年１月１５日　　１０２　千葉県船橋市前原西四丁目２２番８号
６　　古賀 ヤス　　　　大正１３年２月１４日　　１０２　みなと野市若潮町１−４−２０１
７　　大庭 タマ　　　　大正１４年７月３１日　　１０１　みなと野市汐見台三丁目７番１２号
８　　柳田 伊三郎　　　大正１５年５月３日　　　１００　東京都江戸川区西葛西６丁目１１−７

祝品の受け取りは、例年どおり施設職員が代理でお受けしてよろしいでしょうか。

比嘉 大輔
ひので苑 みなと野
TEL 047-393-6620
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="8 centenarians with 明治/大正 birth dates and registered addresses, full-width, to the city",
))

MESSAGES.append(dict(
    id="car-046",
    sender="比嘉 大輔 <higa.d@hinode-sangyo.co.jp>",
    to=["koreisha@city.minatono.lg.jp"],
    subject="Re: 敬老祝品 対象者数のご回答",
    charset="cp932",
    body="""高齢者支援課　上杉様

お世話になっております。ひので苑 みなと野の比嘉です。
お問い合わせの件、当施設の対象者数をご回答いたします。

　・満100歳以上　　　　　　８名
　・満88歳（米寿）　　　　　５名
　・満77歳（喜寿）　　　　　１名
　　　　　　　　　　　計　１４名

対象者の個別名簿は、ご指示のとおり様式に記入のうえ
8月20日の集団指導の際に持参いたします。

よろしくお願いいたします。
比嘉

----- Original Message -----
From: 上杉 <koreisha@city.minatono.lg.jp>
Subject: 敬老祝品 対象者数のご回答
> 各施設様　今年度の祝品数の確認のため、対象者数のみ先にご回答ください。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="counts only to the city; the named list is to be brought by hand",
))

MESSAGES.append(dict(
    id="car-047",
    sender="早乙女 里奈 <saotome.rina@hinode-sangyo.co.jp>",
    to=["ヘルパーステーションつばめ サ責 <sekinin@tsubame-helper.co.jp>"],
    subject="11月 入退去・入院状況のご連絡（ひのでハイツ桜台）",
    charset="utf-8",
    body=f"""ヘルパーステーションつばめ
サービス提供責任者　金城様

いつもお世話になっております。ひのでハイツ桜台の早乙女です。
11月の入退去・入院の状況をお知らせします。訪問予定の調整をお願いいたします。

● 入院
　・203号室　梅津 茂 様　11/6〜　練馬光が丘総合病院（誤嚥性肺炎）退院未定
　・211号室　服部 千代 様　11/12〜　同上（心不全の増悪）12月上旬退院見込み
● 退院
　・106号室　工藤 敏 様　11/18 退院（腰椎圧迫骨折、コルセット着用。入浴介助は当面中止）
● 退去
　・302号室　丹羽 喜美子 様　11/20 特養へ転居（認知症の進行のため）
　・115号室　冨田 スエ 様　11/23 ご逝去（老衰）。ご家族より訪問への御礼のお言葉がありました。
● 新規入居
　・208号室　相良 ミサヲ 様　12/5 入居予定（要介護2、訪問介護は週3回希望）

ご不明点はお電話ください。

{SIG_SAOTOME}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="bullets: 6 named tenants with hospitalisations, diagnoses, death, to the external home-help provider",
))

MESSAGES.append(dict(
    id="car-048",
    sender="堀之内 誠 <horinouchi@hinode-sangyo.co.jp>",
    to=["青葉運輸 配車センター 森田様 <haisha@aoba-unyu.co.jp>"],
    subject="秋の遠足（11/11）送迎バスの件",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社　配車センター
森田様

いつもお世話になっております。ひので苑の堀之内です。
11月11日（水）の遠足送迎（リフト付きバス1台）について、最終のご連絡です。

　出発：9時30分　ひので苑 緑ヶ丘 正面玄関
　行先：県立四季の森公園（北口駐車場）
　帰着：14時30分頃
　人数：入居者14名（うち車いす6名）、職員8名

当日の連絡先は以下の2名です。
　引率責任者　柘植 健太　携帯 080-6215-3904
　副責任者　　岡部 さやか　携帯 090-3378-1146

よろしくお願いいたします。

堀之内 誠
ひので苑 緑ヶ丘 生活相談員
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two staff contacts with mobiles for an outing, to the partner bus company",
))

MESSAGES.append(dict(
    id="car-049",
    sender="宇佐美 直子 <usami.n@hinode-sangyo.co.jp>",
    to=["あおば区社協 ボランティアセンター 藤本様 <vc@aoba-shakyo.or.jp>"],
    subject="Re: 12月の傾聴ボランティア 登録者",
    charset="cp932",
    body=f"""藤本様

お世話になっております、宇佐美です。
12月に新しく傾聴ボランティアとして来ていただく4名の連絡先です。
オリエンテーションの日程調整をセンターからお願いできますと助かります。

・宮脇 芳子 さん　{mobile('v49-1')}
・中里 敏夫 さん　{mobile('v49-2')}
・須賀 清美 さん　{land('v49-3', '042')}（ご自宅、日中のみ）
・荻野 大和 さん　{mobile('v49-4')}（学生さんなので平日夕方以降）

以上4名です。
よろしくお願いいたします。

{SIG_USAMI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four volunteers' phone numbers: under the five-person threshold",
))

MESSAGES.append(dict(
    id="car-050",
    sender="宇佐美 直子 <usami.n@hinode-sangyo.co.jp>",
    to=["わかば音楽療法の会 代表 <info@wakaba-ongaku.jp>"],
    subject="1月の訪問演奏会の件",
    charset="utf-8",
    body=f"""わかば音楽療法の会
代表 武藤様

いつも素敵な演奏をありがとうございます。ひので苑の宇佐美です。
1月の訪問演奏会（1/16 土曜 14時〜）の件、承知いたしました。

当日お越しいただくのは、武藤さん、飯島さん、Clara Weissさん、
小柳さん、茅野さんの5名様とのこと、受付に名札をご用意しておきます。
ピアノは先週調律済みです。

お車は2台まで職員駐車場をご利用いただけます。
今年もどうぞよろしくお願いいたします。

{SIG_USAMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="five visiting musicians named but no data about them: names alone are not a list of records",
))

# ---------------------------------------------------------------------------------------
# 051-060
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="car-051",
    sender="鬼頭 浩二 <kito.koji@hinode-sangyo.co.jp>",
    to=["みどり銀行 井出様 <ide.t@midori-ginko.jp>"],
    subject="口座振替依頼書の不備について（ご返却分）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 青葉台支店
井出様

お世話になっております。日の出産業 経理の鬼頭です。
ご返却いただいた口座振替依頼書1件について、ご家族に確認がとれましたので
訂正内容をお知らせします。

　預金者名：ツジモト　カズオ
　店番・支店：２１４　藤が丘支店
　種目：普通　口座番号：{fw(acct('a51'), 'iso-2022-jp')}
　（ご入居者：辻本 キヨ 様／顧客番号 001214）

届出印の相違については、新しい依頼書に押印いただいたものを本日郵送しました。
お手数をおかけしますが、よろしくお願いいたします。

鬼頭
日の出産業株式会社 介護事業部 経理
TEL 03-5402-7786
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="one bank account to midori-ginko.jp, a look-alike of partner midori-ginko.co.jp (co. dropped)",
))


def _m052():
    idx = [2, 3, 30, 31, 10, 19, 56, 57]
    lines = []
    for n, i in enumerate(idx):
        lines.append(",".join([f"{501 + n}", nm(i, False), dob(i, "abbr_slash"),
                               ["要介護2", "要介護3", "要介護1", "要介護4"][n % 4],
                               ["高血圧", "認知症（アルツハイマー）", "糖尿病", "脳梗塞後遺症",
                                "心不全", "うつ病", "パーキンソン病", "慢性腎不全"][n]]))
    return dict(
        id="car-052",
        sender="比嘉 大輔 <higa.d@hinode-sangyo.co.jp>",
        to=["伊集院 司 <ijuin@hinode-sangyou.co.jp>"],
        subject="5F 入居者一覧（加算算定の確認用）",
        charset="cp932",
        body="""伊集院部長

お疲れさまです。あさひの比嘉です。
ご依頼の5F入居者一覧です。認知症専門ケア加算の対象者確認にお使いください。

居室,氏名,生年月日,介護度,主病名
""" + "\n".join(lines) + """

よろしくお願いします。
比嘉
""",
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        detectors=["lookalike_domain", "personal_data"],
        note="meant for a colleague, but the address is hinode-sangyou.co.jp (look-alike of own domain); 8 residents with diagnoses",
    )


MESSAGES.append(_m052())


def _m053():
    idx = [2, 3, 30, 31, 10, 19, 56, 57]
    lines = []
    for n, i in enumerate(idx):
        lines.append(f"{501 + n}\t{nm(i)}\t{dob(i, 'kanji')}\t{['要介護2', '要介護3', '要介護1', '要介護4'][n % 4]}")
    return dict(
        id="car-053",
        sender="比嘉 大輔 <higa.d@hinode-sangyo.co.jp>",
        to=["伊集院 司 <ijuin@honsha.hinode-sangyo.co.jp>"],
        cc=["丸岡 千尋 <maruoka@mail.hinode-sangyo.co.jp>"],
        subject="【再送】5F 入居者一覧（加算算定の確認用）",
        charset="utf-8",
        body="""伊集院部長

先ほどのメール、宛先を打ち間違えて外に出てしまったかもしれません。
情シスには報告済みです。こちらが正しい宛先への再送です。

居室\t氏名\t生年月日\t介護度
""" + "\n".join(lines) + """

主病名は別途、看護記録から抜き出して明日お渡しします。
比嘉
""",
        expect="pass",
        entities=["PERSON_NAME", "DATE_OF_BIRTH"],
        detectors=[],
        note="resident list to internal subdomains of hinode-sangyo.co.jp only",
    )


MESSAGES.append(_m053())

MESSAGES.append(dict(
    id="car-054",
    sender="比嘉 大輔 <higa.d@hinode-sangyo.co.jp>",
    to=["居宅介護支援センターむさしの 佐野様 <sano@kyotaku-musashino.jp>"],
    subject="入居に伴う情報共有のお願い（栗田勘一様）",
    charset="iso-2022-jp",
    body="""居宅介護支援センターむさしの
介護支援専門員　佐野様

お世話になっております。ひので苑 あさひの比嘉です。
来週ご入居予定の栗田勘一様について、当苑でのケアプラン原案を作成するにあたり、
これまでの在宅での様子を教えていただきたく、ご連絡いたしました。

ご長男から伺っている内容は次のとおりです。
栗田様は昭和4年1月20日生まれの97歳で、5年前に脳梗塞を起こされ左半身に軽い
麻痺が残っておられます。昨年からは血管性認知症の診断を受け、夜間の不穏や
昼夜逆転がみられるとのことでした。糖尿病でインスリン注射（朝1回）を
ご長男が行っていたそうです。また、若い頃にうつ病で通院歴があるとも伺いました。

つきましては、
・直近のケアプランと、モニタリングの記録
・デイサービスでの様子（入浴・排泄の介助量）
・インスリンの単位数と低血糖の有無
をお送りいただくことは可能でしょうか。

お忙しいところ恐れ入りますが、よろしくお願いいたします。

比嘉 大輔（ひので苑 あさひ 計画作成担当者）
TEL 048-831-5507
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="prose about one named person: stroke, dementia, diabetes, past depression, to an outside care manager",
))


def _m055():
    rows = [
        ("201", "91", "高血圧症、心房細動", "エドキサバン錠30mg 1T 朝"),
        ("202", "88", "アルツハイマー型認知症", "メマンチン錠20mg 1T 夕"),
        ("204", "95", "慢性心不全", "フロセミド錠20mg 1T 朝、スピロノラクトン25mg 1T 朝"),
        ("206", "86", "2型糖尿病", "シタグリプチン錠50mg 1T 朝"),
        ("207", "90", "統合失調症", "オランザピン錠2.5mg 1T 就寝前"),
        ("208", "93", "パーキンソン病", "レボドパ・カルビドパ配合錠100mg 1T 1日3回"),
        ("210", "84", "てんかん", "レベチラセタム錠250mg 2T 朝夕"),
        ("211", "89", "前立腺がん", "ビカルタミド錠80mg 1T 朝"),
    ]
    text = "居室  年齢  病名                      変更後の処方\n"
    text += "\n".join(f"{r[0]}   {r[1]}    {pad(r[2], 26)}{r[3]}" for r in rows)
    return dict(
        id="car-055",
        sender="根岸 美和 <negishi.miwa@hinode-sangyo.co.jp>",
        to=["あおぞら調剤薬局 <info@aozora-chozai.co.jp>"],
        subject="処方変更のあった方（2F）",
        charset="cp932",
        body=f"""あおぞら調剤薬局 御中

ひので苑の根岸です。11/16の往診で処方変更があった2Fの方です。
お名前は処方箋でご確認ください（処方箋は本日FAX済み）。

{text}

次回分（11/24）から反映をお願いします。
根岸
""",
        expect="stop",
        entities=["SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="8 rows with room, age, disease and drugs but no names: still a list of identifiable residents' health data",
    )


MESSAGES.append(_m055())

MESSAGES.append(dict(
    id="car-056",
    sender="根岸 美和 <negishi.miwa@hinode-sangyo.co.jp>",
    to=["緑ヶ丘クリニック 看護師 吉川様 <yoshikawa@midorigaoka-cl.jp>"],
    subject="11/19 往診予定者",
    charset="utf-8",
    body="""吉川さん

お世話になっております、ひので苑の根岸です。
明日の往診予定者をお送りします。芦田先生にお伝えください。

居室\t氏名\t症状・相談内容
203\t渡邉タケ\t血糖 250 台が続く、インスリン導入の相談
209\t國分とし子\t幻視の増加、夜間不穏（レビー）
302\t坂本辰雄\t両下肢のむくみ、体重 +2kg/週
305\t田邊喜一郎\t黒色便 1 回、貧血の確認（抗凝固薬服用中）
407\t今村房江\t不眠の訴え、眠剤の調整希望
410\t根本ふさ\t仙骨部の褥瘡 Ⅱ 度、処置方法の確認

採血は 203・305 の 2 名分をご準備お願いします。
よろしくお願いします。

根岸
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="tab-separated 6 residents with symptoms for the doctor's visit, sent to the clinic",
))

MESSAGES.append(dict(
    id="car-057",
    sender="根岸 美和 <negishi.miwa@hinode-sangyo.co.jp>",
    to=["吉川様 <yoshikawa@midorigaoka-cl.jp>"],
    subject="12月の往診日程",
    charset="iso-2022-jp",
    body="""吉川さん

いつもありがとうございます。根岸です。
12月の往診日程の件、以下でお願いできますでしょうか。

　12/3（木） 14:00〜　2F・3F（予定 8名）
　12/17（木）14:00〜　4F（予定 6名）
　12/29（火）年末の臨時往診　10:00〜（必要な方のみ、前日までに連絡します）

年始は 1/7（木）から通常どおりでお願いします。
予定者の詳細は、いつもどおり前日にお送りします。

根岸
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="visit schedule with counts only, no resident named",
))

MESSAGES.append(dict(
    id="car-058",
    sender="鬼頭 浩二 <kito.koji@hinode-sangyo.co.jp>",
    to=["みどり銀行 口座振替センター <furikae-center@midori-ginko.co.jp>"],
    subject="RE: 【みどり銀行】振替結果（振替不能分）のお知らせ",
    charset="iso-2022-jp",
    body="""口座振替センター
ご担当者様

ご連絡ありがとうございます。日の出産業の鬼頭です。
振替不能の3件、承知いたしました。
各ご家族に連絡のうえ、12月分と合わせて再振替の手続きをとります。

引き続きよろしくお願いいたします。

鬼頭

> 日の出産業株式会社 御中
>
> 11月27日振替分のうち、下記の3件が振替不能となりましたのでお知らせします。
>
> 顧客番号  預金者名            口座番号  金額      理由
> 001203    カネコ チエ          3381204   263,220   資金不足
> 001207    ドウメキ カズヒロ    0457719   251,900   取引なし
> 001211    タナベ ヨウコ        2209846   277,540   資金不足
>
> みどり銀行 口座振替センター
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply: the accounts appear only in the bank's own quoted notice; new text has none",
))

MESSAGES.append(dict(
    id="car-059",
    sender="丸岡 千尋 <maruoka@hinode-sangyo.co.jp>",
    to=["小野寺 博之 様 <onodera.hiroyuki@gmail.com>"],
    subject="ご請求金額と引落口座のご確認",
    charset="cp932",
    body=f"""小野寺 博之 様

いつもお世話になっております。日の出産業 介護事業部の丸岡でございます。
お問い合わせいただきました11月分のご請求について、ご案内いたします。

　ご入居者：小野寺 キヨ 様（ひので苑 緑ヶ丘 201号室）
　ご請求金額：262,480円（内訳は郵送の明細書をご参照ください）
　引落日：12月28日（月）
　引落口座：みどり銀行 青葉台支店　普通　{acct('a59')}　オノデラ ヒロユキ

口座の変更をご希望の場合は、12月10日までに変更届をご提出ください。
ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_MARUOKA}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data", "freemail_recipient"],
    note="one family's own bank account and billing amount sent to that family member",
))

MESSAGES.append(dict(
    id="car-060",
    sender="東海林 彩 <shoji.aya@hinode-sangyo.co.jp>",
    to=["浅利 <asari@kitaguni-foods.co.jp>"],
    subject="RE: 来月の食形態変更者について",
    charset="utf-8",
    body=f"""浅利さん

お世話になっております。東海林です。
12月から食形態が変わる方は以下の6名です。理由も書いておきますので、
献立の調整にお役立てください。

・207 坂本 辰雄 様：常食 → 軟菜（パーキンソン病の進行で咀嚼低下）
・208 吉田 源三郎 様：極きざみ → ミキサー＋とろみ（誤嚥性肺炎で入院後）
・212 岩佐 留吉 様：軟菜 → ソフト食（義歯不適合、歯科治療中）
・309 國分 とし子 様：常食 → 常食・減塩6g（高血圧の悪化）
・311 勅使河原 絹江 様：きざみ → ゼリー食（看取り期に入られました）
・405 安達 カネ 様：軟菜 → ソフト食（嚥下評価で喉頭侵入あり）

よろしくお願いいたします。

{SIG_SHOJI}

-----Original Message-----
From: 浅利 <asari@kitaguni-foods.co.jp>
Sent: Monday, November 23, 2026 9:40 AM
To: 東海林 彩 <shoji.aya@hinode-sangyo.co.jp>
Subject: 来月の食形態変更者について

東海林様
12月の献立確定の前に、食形態が変更になる方がいらっしゃれば教えてください。
北国フーズ 浅利
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="reply whose NEW text lists 6 named residents with diet changes and medical reasons, to the caterer",
))

# ---------------------------------------------------------------------------------------
# 061-070
# ---------------------------------------------------------------------------------------


def _m061():
    staff = [("柴崎 直美", "介護福祉士", "早番"), ("ダン ギア ホアン", "介護職員", "夜勤"),
             ("堀 勇気", "介護職員", "日勤"), ("野々村 千春", "看護師", "日勤"),
             ("吾妻 拓海", "介護職員", "遅番"), ("片桐 美里", "介護福祉士", "夜勤"),
             ("宍戸 修", "介護職員（夜勤専従）", "夜勤")]
    trs = "\n".join(
        f"<tr><td>{n}</td><td>{s[0]}</td><td>{s[1]}</td><td>{s[2]}</td>"
        f"<td>{fw(mobile(f's61-{n}'), 'iso-2022-jp')}</td></tr>"
        for n, s in enumerate(staff, 1))
    return dict(
        id="car-061",
        sender="柘植 健太 <tsuge.kenta@hinode-sangyo.co.jp>",
        to=["ナースバンク湘南 派遣担当 <haken@nursebank-shonan.co.jp>"],
        subject="1月 夜勤応援の件（職員連絡先）",
        charset="iso-2022-jp",
        html=f"""<html><head><meta charset="iso-2022-jp"></head><body>
<div>ナースバンク湘南<br>派遣ご担当者様</div>
<div><br></div>
<div>お世話になっております。ひので苑 緑ヶ丘の柘植です。<br>
1月の夜勤応援の件、当方の当番職員と連絡先を下表にまとめました。<br>
派遣の方が到着された際、または遅れる場合は直接ご連絡ください。</div>
<div><br></div>
<table border="1" style="border-collapse:collapse;font-size:10pt">
<tr bgcolor="#eeeeee"><th>No</th><th>氏名</th><th>職種</th><th>1月の主な勤務</th><th>携帯</th></tr>
{trs}
</table>
<div><br></div>
<div>柘植 健太<br>ひので苑 緑ヶ丘 介護課リーダー<br>TEL 045-978-2210</div>
</body></html>""",
        expect="stop",
        entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="HTML-only table of 7 staff with full-width mobile numbers to a staffing agency",
    )


MESSAGES.append(_m061())

MESSAGES.append(dict(
    id="car-062",
    sender="ひので苑 緑ヶ丘 <info.midorigaoka@hinode-sangyo.co.jp>",
    to=["info.midorigaoka@hinode-sangyo.co.jp"],
    bcc=["onodera.hiroyuki@gmail.com", "kazuyo.murai@yahoo.co.jp", "watanabe.kosuke@docomo.ne.jp",
         "chie-k.0301@icloud.com", "ken.sakamoto77@outlook.jp", "tanabe.yoko@gmail.com",
         "kokubu-m@yahoo.co.jp", "s.takahashi.0904@ezweb.ne.jp"],
    subject="ひので苑だより メール版 12月号",
    charset="utf-8",
    html="""<!DOCTYPE html><html><body style="margin:0;background:#fdf8f0">
<table width="600" align="center" cellpadding="12" style="background:#ffffff;font-family:sans-serif">
<tr><td style="background:#f29a2e;color:#fff;font-size:20px">ひので苑だより　12月号</td></tr>
<tr><td>
<p>ご家族の皆さま、いつもありがとうございます。</p>
<h3>11月のできごと</h3>
<ul><li>紅葉狩りドライブ（こどもの国）に24名が参加しました</li>
<li>秋の作品展：書道・貼り絵など42点を展示</li>
<li>保育園の園児さんが歌を届けてくれました</li></ul>
<h3>12月の予定</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>日付</th><th>行事</th><th>ご家族参加</th></tr>
<tr><td>12/12（土）</td><td>餅つき大会</td><td>可（要申込）</td></tr>
<tr><td>12/24（木）</td><td>クリスマス会</td><td>可（2名まで）</td></tr>
<tr><td>12/31（木）</td><td>年越しそば</td><td>―</td></tr>
</table>
<h3>面会について</h3>
<p>年末年始（12/29〜1/3）の面会は10時〜16時、1回30分までとさせていただきます。</p>
<p style="font-size:11px;color:#777">本メールは配信専用アドレスからBCCでお送りしています。<br>
ひので苑 緑ヶ丘　TEL 045-978-2210</p>
</td></tr></table></body></html>""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="HTML-only newsletter to families in Bcc: no personal data, nobody sees the others",
))

MESSAGES.append(dict(
    id="car-063",
    sender="堀之内 誠 <horinouchi@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="家族会 懇親昼食会（2/7）送迎の件",
    charset="iso-2022-jp",
    body=f"""さくらホテル　宴会予約係　ご担当者様

お世話になっております。ひので苑 緑ヶ丘の堀之内です。
2月7日（土）の家族会懇親昼食会（24名様、桔梗の間）につきまして、
ホテル送迎バスをご利用になる方が確定しましたのでお知らせします。

　・大河内 和子 様　{mobile('c63-1')}（青葉台駅 11:00）
　・布施 真理子 様　{mobile('c63-2')}（青葉台駅 11:00）
　・Harris 里香 様　{mobile('c63-3')}（藤が丘駅 11:10）

当日の連絡はこちらの携帯へお願いいたします。
その他の方は各自お越しになります。

{SIG_HORI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three family members' mobiles for the shuttle bus to the partner hotel: under five people",
))

MESSAGES.append(dict(
    id="car-064",
    sender="堀之内 誠 <horinouchi@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="Re: 家族会 送迎バス利用者（追加あり）",
    charset="cp932",
    body=f"""さくらホテル 宴会予約係 ご担当者様

お世話になっております、堀之内です。
送迎バスのご利用者、追加があり7名様になりました。
改めて一覧をお送りします（ご入居者との続柄も念のため記載します）。

氏名,続柄,乗車場所,携帯番号
大河内 和子,長女,青葉台駅,{mobile('c63-1')}
布施 真理子,長女,青葉台駅,{mobile('c63-2')}
Harris 里香,孫,藤が丘駅,{mobile('c63-3')}
比留間 康夫,長男,青葉台駅,{mobile('c64-4')}
勅使河原 勉,長男,藤が丘駅,{mobile('c64-5')}
五十嵐 聡美,長男の妻,青葉台駅,{mobile('c64-6')}
仲宗根 ゆかり,三女,たまプラーザ駅,{mobile('c64-7')}

乗車時刻は前回お知らせいただいたとおりで結構です。
よろしくお願いいたします。

堀之内
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="comma-separated list of 7 family members with mobiles to the partner hotel",
))

MESSAGES.append(dict(
    id="car-065",
    sender="丸岡 千尋 <maruoka@hinode-sangyo.co.jp>",
    to=["ツバサシステム 営業部 坂口様 <sakaguchi@tsubasa-system.jp>"],
    cc=["伊集院 司 <ijuin@hinode-sangyo.co.jp>"],
    subject="秘密保持契約書（案）へのコメント",
    charset="iso-2022-jp",
    body="""ツバサシステム株式会社
営業部　坂口様

お世話になっております。日の出産業の丸岡です。
介護記録システムの導入に先立つ秘密保持契約書（案）について、
当社法務からのコメントをお伝えします。

１．第2条（秘密情報の定義）
　入居者・ご家族の個人情報（要配慮個人情報を含む）を明示的に秘密情報に含めてください。
２．第5条（再委託）
　再委託の場合は事前の書面承諾を要する旨の追記をお願いします。
３．第9条（返還・廃棄）
　契約終了時のデータ消去について、消去証明書の提出を義務とする形にしてください。
４．有効期間
　契約終了後も5年間は秘密保持義務が存続する形でお願いします。

修正版をいただけましたら、押印の手続きに入ります。
よろしくお願いいたします。

丸岡 千尋
日の出産業株式会社 介護事業部 業務課
TEL 03-5402-7780
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with the system vendor: mentions personal data and 秘密 but carries none",
))


def _m066():
    idx = [2, 3, 30, 31, 10, 19, 56, 57, 20, 22]
    sheet = [["居室", "氏名", "カナ", "生年月日(和暦)", "旧住所", "要介護", "主病名"]]
    old = ["さいたま市浦和区岸町3-8-1", "さいたま市南区別所七丁目2番地", "川口市栄町1-12-9",
           "埼玉県蕨市中央5-3-14", "さいたま市緑区原山2丁目31番5号", "戸田市本町4-6-22-701",
           "埼玉県上尾市柏座1-10-3", "さいたま市中央区上落合8-1-15", "東京都板橋区常盤台3-4-2",
           "さいたま市浦和区領家六丁目5番18号"]
    dz = ["高血圧症", "アルツハイマー型認知症", "2型糖尿病", "脳出血後遺症", "慢性心不全",
          "うつ病", "パーキンソン病", "慢性腎不全（透析）", "関節リウマチ", "COPD（在宅酸素）"]
    for n, i in enumerate(idx):
        r = R[i]
        sheet.append([f"{301 + n}", nm(i), f"{r[2]} {r[3]}", dob(i, "abbr"), old[n],
                      f"要介護{1 + (n * 3) % 5}", dz[n]])
    return dict(
        id="car-066",
        sender="丸岡 千尋 <maruoka@hinode-sangyo.co.jp>",
        to=["北見様 <kitami@tsubasa-system.jp>"],
        subject="あさひ 3F 分（旧システムからの出力）",
        charset="utf-8",
        body="""北見様

お世話になっております。丸岡です。
あさひの3F分です。旧システムからは .xls でしか出力できなかったため、
この形式のままでお送りします。文字化けなどあればご連絡ください。

丸岡
""",
        attachments=[{"kind": "xls", "name": "asahi_3F_export.xls", "sheets": {"3F": sheet}}],
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="legacy XLS of 10 residents with DOB, former addresses and diagnoses to the system vendor",
    )


MESSAGES.append(_m066())

MESSAGES.append(dict(
    id="car-067",
    sender="伊集院 司 <ijuin@hinode-sangyo.co.jp>",
    to=["大森様 <omori@fukushi-keiei-p.jp>"],
    subject="【社外秘】介護事業部 中期計画（素案）",
    charset="iso-2022-jp",
    body="""━━━━━━━━━━━━━━━━━━━━━━━━
　社外秘　　取扱注意
━━━━━━━━━━━━━━━━━━━━━━━━

大森様

お世話になっております。伊集院です。
来週の打合せに先立ち、中期計画の素案の要点をお送りします。

１．入居率目標：全施設平均 96％（現状 91.4％）
２．人件費率：62％以下（現状 66.8％）
３．新規開設：2027年4月 ひので苑 わかば（60床）
４．サ高住2棟の介護付有料への転換検討
５．外国人介護人材：特定技能を各施設3名以上

特に４．について、転換時の人員基準と採算のシミュレーションを
ご相談させていただきたいと考えております。

伊集院
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="mail itself is stamped 社外秘・取扱注意 in subject and body, sent to an external consultant",
))

MESSAGES.append(dict(
    id="car-068",
    sender="丸岡 千尋 <maruoka@hinode-sangyo.co.jp>",
    to=["ケアサプライ東日本 受注センター <juchu@caresupply-east.co.jp>"],
    subject="発注書 HS-2611-087（衛生用品）",
    charset="cp932",
    body=f"""ケアサプライ東日本株式会社
受注センター 御中

いつもお世話になっております。日の出産業の丸岡です。
下記のとおり発注いたします。

発注番号：HS-2611-087
納品先：ひので苑 緑ヶ丘（横浜市青葉区藤が丘3-14-2）

品番　　　　　品名　　　　　　　　　　　　　　　数量　　単価
CS-40122　　　テープ止め紙おむつ L　30枚入　　　24　　　2,980
CS-40305　　　尿とりパッド 夜用 40枚入　　　　　36　　　1,650
CS-51120　　　ディスポ手袋 ニトリル M 200枚　　　40　　　  980
CS-62007　　　口腔ケアスポンジ 100本入　　　　　10　　　1,200
CS-70418　　　アルコール手指消毒 1L　　　　　　　12　　　  890

納期：11月30日（月）午前
請求書は月末締めで本社経理宛にお願いいたします。

{SIG_MARUOKA}

{DISCLAIMER}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="purchase order with product codes and prices, standard confidentiality disclaimer at the end",
))

MESSAGES.append(dict(
    id="car-069",
    sender="丸岡 千尋 <maruoka@hinode-sangyo.co.jp>",
    to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    subject="配送状況の確認（送り状番号）",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
お客様センター　ご担当者様

お世話になっております。日の出産業の丸岡です。
下記の荷物が予定日を過ぎても各施設に届いておりません。
配送状況をご確認いただけますでしょうか。

　送り状番号　　　　お届け先　　　　　　　　　出荷日
　4418-2207-6631　　ひので苑 あさひ　　　　　11/17
　4418-2207-6648　　ひので苑 みなと野　　　　11/17
　4418-2207-6655　　ひのでハイツ桜台　　　　11/18

いずれも介護用品（おむつ・手袋）で、在庫が少なくなっております。
お手数ですが、よろしくお願いいたします。

丸岡 千尋
日の出産業株式会社 介護事業部 業務課
TEL 03-5402-7780
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers of deliveries to the company's own facilities",
))

MESSAGES.append(dict(
    id="car-070",
    sender="東海林 彩 <shoji.aya@hinode-sangyo.co.jp>",
    to=["北国フーズ 浅利様 <asari@kitaguni-foods.co.jp>"],
    cc=["北国フーズ 献立センター <kondate@kitaguni-foods.co.jp>"],
    subject="食物アレルギー・禁食一覧（全館）2026年12月版",
    charset="utf-8",
    body=f"""浅利様
献立センターご担当者様

お世話になっております。東海林です。
全館の食物アレルギー・禁食一覧（12月版）をPDFでお送りします。
11月版からの変更は★印の4名です。

{SIG_SHOJI}
""",
    attachments=[{
        "kind": "pdf", "name": "アレルギー禁食一覧_202612.pdf",
        "page_header": "ひので苑 緑ヶ丘 栄養課　2026年12月1日現在",
        "lines": ["食物アレルギー・禁食一覧（全館）", "※アナフィラキシー既往の方は太字（エピペン所持）", ""],
        "table": [
            ["階", "居室", "氏名", "アレルゲン／禁食", "症状・理由", "変更"],
            ["2F", "205", "金子 よしゑ", "乳製品", "乳アレルギー（蕁麻疹）", ""],
            ["2F", "206", "鈴木 ハナ", "えび・かに", "甲殻類アレルギー", ""],
            ["2F", "209", "國分 とし子", "グレープフルーツ", "降圧剤との相互作用", "★"],
            ["3F", "302", "坂本 辰雄", "そば", "アナフィラキシー既往", ""],
            ["3F", "305", "田邊 喜一郎", "納豆・青汁・クロレラ", "ワーファリン服用中", ""],
            ["3F", "308", "安達 カネ", "ナッツ類", "アナフィラキシー既往（エピペン）", "★"],
            ["4F", "402", "濵田 文子", "牛乳", "乳糖不耐症", "★"],
            ["4F", "406", "齋藤 キミ", "青魚（さば・いわし）", "蕁麻疹", ""],
            ["4F", "410", "根本 ふさ", "生卵", "卵アレルギー（軽度）", "★"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of 9 named residents' allergies and medication-related restrictions to the caterer",
))

# ---------------------------------------------------------------------------------------
# 071-080
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="car-071",
    sender="東海林 彩 <shoji.aya@hinode-sangyo.co.jp>",
    to=["献立センター <kondate@kitaguni-foods.co.jp>"],
    subject="ひので苑みなと野 開設時のアレルギー対応数（概数）",
    charset="iso-2022-jp",
    body="""献立センター　ご担当者様

お世話になっております。東海林です。
ひので苑 みなと野の給食立ち上げの件、現時点で把握しているアレルギー・禁食の
対応数（概数）をお知らせします。個別の対応表は入居確定後にお渡しします。

　卵　　　　　　　2名
　乳・乳製品　　　1名
　そば　　　　　　1名
　甲殻類　　　　　2名
　青魚　　　　　　1名
　ワーファリン対応（納豆等禁止）　3名
　糖尿病食（エネルギー調整）　　　約8名
　腎臓病食（たんぱく調整）　　　　約2名

代替食の単価についても、あわせてお見積りいただけますと助かります。

東海林
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="allergy and therapeutic-diet counts only, no one identified",
))

MESSAGES.append(dict(
    id="car-072",
    sender="東海林 彩 <shoji.aya@hinode-sangyo.co.jp>",
    to=["浅利様 <asari@kitaguni-foods.co.jp>"],
    subject="【至急】明日の朝食から 1名アレルギー追加",
    charset="cp932",
    body=f"""浅利様

急ぎのご連絡で失礼します。東海林です。
本日入居された方にアレルギーがありますので、明日の朝食から対応をお願いします。

　３１２号室　尾﨑 昇 様
　アレルゲン：えび・かに（エキスも不可）、キウイ

よろしくお願いいたします。

{SIG_SHOJI}
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named resident's food allergy to the caterer who must act on it: health data of one person, operationally needed",
))

MESSAGES.append(dict(
    id="car-073",
    sender="柘植 健太 <tsuge.kenta@hinode-sangyo.co.jp>",
    to=["緑ヶ丘 夜勤者 <yakin.midorigaoka@hinode-sangyo.co.jp>"],
    cc=["村瀬 恭子 <murase.kyoko@hinode-sangyo.co.jp>"],
    subject="夜間オンコール体制（12月）",
    charset="utf-8",
    body=f"""夜勤のみなさん

12月の夜間オンコール体制です。急変時は「看護オンコール → 施設長」の順で。

■看護オンコール
  12/1〜12/7    根岸 美和     {mobile('oc1')}
  12/8〜12/14   須藤 恵美     {mobile('oc2')}
  12/15〜12/21  野々村 千春   {mobile('oc3')}
  12/22〜12/31  根岸 美和     {mobile('oc1')}
■施設長
  村瀬 恭子   {mobile('oc5')}
■設備トラブル（エレベーター・ボイラー）
  ビル管理センター 0120-558-230（24時間）

柘植
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="on-call staff mobiles circulated to internal addresses only",
))

MESSAGES.append(dict(
    id="car-074",
    sender="鬼頭 浩二 <kito.koji@hinode-sangyo.co.jp>",
    to=["北国フーズ 経理部 <keiri@kitaguni-f00ds.co.jp>"],
    subject="10月分ご請求書の金額について",
    charset="cp932",
    body=f"""北国フーズ株式会社
経理部　ご担当者様

お世話になっております。日の出産業 介護事業部 経理の鬼頭です。
請求書番号 KF-261031-0219（10月分 給食委託料）について確認させてください。

　ご請求額　　：4,318,720円（税込）
　当方計算額　：4,296,040円（税込）
　差額　　　　：22,680円

行事食（10/24 秋祭り）の単価差額ではないかと思われますが、
明細をお送りいただけますでしょうか。

{SIG_KITO}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="invoice query to kitaguni-f00ds.co.jp: zeros instead of o's, a homoglyph look-alike of the partner domain",
))

MESSAGES.append(dict(
    id="car-075",
    sender="東海林 彩 <shoji.aya@hinode-sangyo.co.jp>",
    to=["浅利 様 <asari@kitagunifoods.co.jp>"],
    cc=["村瀬 恭子 <murase.kyoko@hinode-sangyo.co.jp>"],
    subject="来年度の食材単価改定のご相談について",
    charset="iso-2022-jp",
    body="""浅利様

お世話になっております。ひので苑の東海林です。
先日お電話でいただいた、来年度の単価改定（1食あたり＋18円）の件です。

施設長とも相談しましたが、利用者負担の食費は据え置きたいため、
・朝食の副菜を1品減らす代わりに、昼食の主菜を充実させる
・行事食の回数を年12回から10回にする
といった形で、単価を＋10円程度に抑えるご提案をいただけないでしょうか。

来月の定例会でご相談できれば幸いです。

東海林
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain kitagunifoods.co.jp drops the hyphen of partner kitaguni-foods.co.jp",
))

MESSAGES.append(dict(
    id="car-076",
    sender="丸岡 千尋 <maruoka@hinode-sangyo.co.jp>",
    to=["宇都宮 様 <utsunomiya.ryo@icloud.com>"],
    subject="【ひので苑】11月分ご請求書（PDF）",
    charset="utf-8",
    body=f"""宇都宮 様

いつもお世話になっております。日の出産業 介護事業部の丸岡でございます。
11月分のご請求書をPDFにてお送りいたします。
PDFにはパスワードを設定しております。パスワードはご契約時にお伝えした
「お母様の生年月日（8桁）」です。

ご確認のほど、よろしくお願いいたします。

{SIG_MARUOKA}
""",
    attachments=[{"kind": "pdf", "name": "ご請求書_202611_宇都宮様.pdf", "password": "19361010",
                  "lines": ["ご請求書", "宇都宮 節子 様 11月分 ご利用料金 258,300円"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected invoice PDF to a family member: the attachment cannot be inspected",
))


def _m077():
    idx = [47, 48, 49, 50, 51, 52, 53]
    rows = [["No", "氏名", "性別", "生年月日", "要介護度", "認定有効期間", "主傷病", "ADL", "認知症自立度"]]
    dz = ["脳梗塞後遺症", "アルツハイマー型認知症", "慢性心不全", "糖尿病性腎症", "パーキンソン病",
          "大腿骨骨折術後", "統合失調症"]
    for n, i in enumerate(idx, 1):
        r = R[i]
        rows.append([n, nm(i), r[4], dob(i, "kanji"), f"要介護{1 + n % 5}",
                     f"R8.{n}.1〜R10.{n}.末", dz[n - 1], ["一部介助", "全介助", "見守り"][n % 3],
                     ["IIa", "IIIb", "I", "IV", "IIb"][n % 5]])
    return dict(
        id="car-077",
        sender="比嘉 大輔 <higa.d@hinode-sangyo.co.jp>",
        to=["ほしぞら 今泉様 <imaizumi@hoshizora-care.jp>"],
        subject="区分変更申請の対象者リスト（ZIP）",
        charset="cp932",
        body="""今泉様

お世話になっております。比嘉です。
区分変更申請を検討している方のリストをZIPにまとめてお送りします。
（CSVとメモの2ファイルです）

ご確認よろしくお願いします。
比嘉
""",
        attachments=[{"kind": "zip", "name": "区分変更検討_202611.zip", "files": [
            {"kind": "csv", "name": "区分変更検討リスト.csv", "rows": rows, "encoding": "cp932"},
            {"kind": "txt", "name": "メモ.txt", "encoding": "cp932",
             "text": "状態が大きく変わった方を中心に挙げています。\n主治医意見書は12月中に依頼予定。\n"},
        ]}],
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="plain ZIP holding a CSV of 7 residents with DOB, care level and diagnoses, to a care manager",
    )


MESSAGES.append(_m077())

MESSAGES.append(dict(
    id="car-078",
    sender="早乙女 里奈 <saotome.rina@hinode-sangyo.co.jp>",
    to=["桜台地域包括支援センター <houkatsu@sakuradai-houkatsu.jp>"],
    subject="パンフレットと料金表のデータ（ZIP）",
    charset="iso-2022-jp",
    body="""桜台地域包括支援センター
ご担当者様

お世話になっております。ひのでハイツ桜台の早乙女です。
先日の連絡会でご依頼いただいた、当住宅のパンフレットと料金表のデータを
ZIPにまとめてお送りします。窓口での配布にご活用いただけますと幸いです。

・ひのでハイツ桜台_パンフレット.pdf
・料金表_2026年度.xlsx

どうぞよろしくお願いいたします。

早乙女 里奈（ひのでハイツ桜台 管理者）
TEL 03-5999-4120
""",
    attachments=[{"kind": "zip", "name": "ひのでハイツ桜台_資料.zip", "files": [
        {"kind": "pdf", "name": "ひのでハイツ桜台_パンフレット.pdf",
         "lines": ["サービス付き高齢者向け住宅 ひのでハイツ桜台", "〒176-0002 東京都練馬区桜台5-8-17",
                   "西武池袋線 桜台駅 徒歩6分", "全30戸（18.5㎡〜32.4㎡）", "日中は生活相談員が常駐",
                   "お問い合わせ TEL 03-5999-4120（9:00〜18:00）"]},
        {"kind": "xlsx", "name": "料金表_2026年度.xlsx",
         "sheets": {"料金表": [["タイプ", "面積", "家賃", "共益費", "生活支援サービス費"],
                             ["A", "18.5㎡", 98000, 18000, 33000],
                             ["B", "22.1㎡", 112000, 18000, 33000],
                             ["C", "32.4㎡", 145000, 22000, 44000]]}},
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="plain ZIP with a brochure and a price list: business information only",
))

MESSAGES.append(dict(
    id="car-079",
    sender="早乙女 里奈 <saotome.rina@hinode-sangyo.co.jp>",
    to=["訪問看護ステーションこもれび 管理者 <kanri@komorebi-houkan.jp>"],
    subject="転送：母のことで（ご家族からのメール）",
    charset="utf-8",
    body="""訪問看護ステーションこもれび
管理者 様

お世話になっております。ひのでハイツ桜台の早乙女です。
207号室の入居者様のご家族から、下記のメールをいただきました。
訪問看護の回数を増やせないかとのご相談ですので、そのまま添付でお送りします。
ご検討のほどよろしくお願いいたします。

早乙女
""",
    attachments=[{"kind": "eml", "name": "母のことで.eml", "message": dict(
        sender="上野 聡 <satoshi.ueno.1965@gmail.com>",
        to=["ひのでハイツ桜台 早乙女様 <saotome.rina@hinode-sangyo.co.jp>"],
        subject="母のことで",
        charset="utf-8",
        body=f"""早乙女さま

いつも母（上野タツ、207号室）がお世話になっております。長男の上野です。

先日の受診で、母の心不全がかなり進んでいると言われました。足のむくみもひどく、
夜も息苦しそうにしていることがあるそうです。主治医からは在宅酸素の話も出ています。
また、最近は物忘れがひどくなり、認知症の薬も始まりました。

今の週1回の訪問看護では不安なので、回数を増やしていただくことはできないでしょうか。
私は平日は仕事で、日中は携帯（{mobile('c79')}）にお願いします。

上野 聡""",
    )}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded family mail (attached .eml) describing a named resident's heart failure and dementia, to a visiting-nurse agency",
))

MESSAGES.append(dict(
    id="car-080",
    sender="比嘉 大輔 <higa.d@hinode-sangyo.co.jp>",
    to=["今泉 <imaizumi@hoshizora-care.jp>"],
    subject="RE: 担当者会議の日程（12月）",
    charset="cp932",
    body="""今泉様

お世話になっております。比嘉です。
ご提示いただいた日程ですが、当方は以下で参加可能です。

　12/2（水）14:00〜　○
　12/3（木）10:00〜　○
　12/4（金）15:00〜　×（施設内研修のため）

会場は当苑の相談室をご用意します。
よろしくお願いいたします。

比嘉

差出人: 今泉 <imaizumi@hoshizora-care.jp>
送信日時: 2026年11月24日 17:21
宛先: 比嘉 大輔 <higa.d@hinode-sangyo.co.jp>
件名: 担当者会議の日程（12月）

比嘉様

ほしぞらの今泉です。下記の方の担当者会議の日程調整をお願いします。

・嶋田 政男 様（昭和12年9月23日生）要介護2→3 区分変更後、脳梗塞再発
・一ノ瀬 武 様（昭和15年1月31日生）退院後、胃ろう造設
・松ヶ谷 光男 様（昭和16年4月4日生）認知症の進行、BPSD
・工藤 敏 様（昭和14年11月27日生）腰椎圧迫骨折後
・広瀬 三郎 様（昭和7年5月20日生）肺がん、緩和ケアへ移行

候補日：12/2（水）14時、12/3（木）10時、12/4（金）15時
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply: the named list with diagnoses is only the care manager's own quoted mail (差出人/送信日時 header)",
))

# ---------------------------------------------------------------------------------------
# 081-090
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="car-081",
    sender="宇佐美 直子 <usami.n@hinode-sangyo.co.jp>",
    to=["わかば音楽療法の会 武藤様 <info@wakaba-ongaku.jp>"],
    subject="個別セッションの方について",
    charset="iso-2022-jp",
    body="""武藤様

いつもありがとうございます。ひので苑の宇佐美です。
1月から始めていただく個別セッションの3名について、事前にお伝えしておきたい
ことをまとめました。

大河内トメさん（２０２号室）は、アルツハイマー型認知症がかなり進んでいて、
ご家族のお顔もわからないことが多いのですが、「ふるさと」や「赤とんぼ」は
今でも最後まで歌われます。突然大きな声を出されることがありますが、驚かず
に見守っていただければ大丈夫です。

五味勇さん（３１２号室）は、若い頃にアルコールの問題で入院されたことがあり、
お酒の歌（「酒よ」など）は選曲から外してください。聴力がかなり落ちているので、
左側から話しかけてください。

仲宗根カマドさん（沖縄のご出身、４１１号室）は、うつ状態で最近はお部屋に
こもりがちです。三線の音には反応されるとご家族から伺っています。

どうぞよろしくお願いいたします。

宇佐美 直子（ひので苑 緑ヶ丘 地域連携・ボランティア担当）
TEL 045-978-2210
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="prose about three named residents: dementia, alcohol-related hospitalisation, depression, origin, to a volunteer group",
))

MESSAGES.append(dict(
    id="car-082",
    sender="村瀬 恭子 <murase.kyoko@hinode-sangyo.co.jp>",
    to=["典礼会館 青葉ホール 相談窓口 <soudan@tenrei-kaikan.co.jp>"],
    subject="看取り期の入居者様に関する事前相談の件",
    charset="utf-8",
    body=f"""典礼会館 青葉ホール
ご相談窓口　ご担当者様

お世話になっております。ひので苑 緑ヶ丘の村瀬です。
先日ご説明いただいた「事前相談サービス」について、ご家族の了承を得た方の
情報をお送りします。ご逝去の際の搬送・ご安置の段取りにお役立てください。

■ 311号室　勅使河原 絹江 様（93歳）
　宗教・宗派：浄土真宗本願寺派（菩提寺：西念寺）
　喪主予定：長男 勅使河原 勉 様　{mobile('c82-1')}
■ 212号室　岩佐 留吉 様（102歳）
　宗教・宗派：日蓮宗
　喪主予定：孫 岩佐 拓也 様　{mobile('c82-2')}
■ 107号室　Harris 洋子 様（88歳）
　宗教・宗派：カトリック（藤が丘教会）
　喪主予定：長女 Harris 里香 様　{mobile('c63-3')}
■ 215号室　仲宗根 カマド 様（100歳）
　宗教・宗派：なし（沖縄の祖先崇拝の作法を希望）
　喪主予定：三女 仲宗根 ゆかり 様　{mobile('c64-7')}
■ 409号室　齋藤 キミ 様（95歳）
　宗教・宗派：天理教
　喪主予定：長男 齋藤 和彦 様　{land('c82-5', '0463')}

いずれも主治医からは看取り期との説明を受けておられます。
ご不明な点はお問い合わせください。

{SIG_MURASE}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="5 end-of-life residents with religion/sect and chief mourners' phones, to a funeral home",
))

MESSAGES.append(dict(
    id="car-083",
    sender="鬼頭 浩二 <kito.koji@hinode-sangyo.co.jp>",
    to=["井出様 <ide.t@midori-ginko.co.jp>"],
    subject="口座振替 新規登録1件（依頼書送付のお知らせ）",
    charset="cp932",
    body=f"""みどり銀行 青葉台支店
井出様

お世話になっております。日の出産業の鬼頭です。
口座振替の新規登録が1件ございますので、依頼書原本を本日発送いたしました。
到着前に念のため内容をお知らせします。

　預金者名：ｻｶﾞﾗ ｷﾖｳｺ
　支店　　：練馬支店（店番 318）
　種目　　：普通
　口座番号：{acct('a83')}
　初回振替：2027年1月27日（12月分）

よろしくお願いいたします。

{SIG_KITO}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="a single account-transfer registration to the partner bank: one person's bank account",
))

MESSAGES.append(dict(
    id="car-084",
    sender="早乙女 里奈 <saotome.rina@hinode-sangyo.co.jp>",
    to=["ひまわり介護タクシー <yoyaku@himawari-taxi.jp>"],
    subject="定期送迎のお願い（人工透析・週3回）",
    charset="cp932",
    body=f"""ひまわり介護タクシー
ご予約ご担当者様

お世話になっております。ひのでハイツ桜台の早乙女です。
12月から、当住宅の入居者様の透析通院の送迎をお願いしたくご連絡しました。

　お名前：一ノ瀬　武 様（８６歳・男性）
　お部屋：ひのでハイツ桜台 ３１０号室
　通院先：桜台腎クリニック（練馬区桜台１－２－３）
　曜日・時間：月・水・金　往路 ８：１０出発／復路 １３：００頃
　身体状況：身体障害者手帳１級（腎臓機能障害）、右下肢切断のため車いす全介助。
　　　　　　糖尿病性腎症で透析歴４年。血圧が下がりやすいので復路は様子を見てください。
　ご家族連絡先：長男 一ノ瀬 修 様　{fw(mobile('c84'))}

料金は介護保険外（ご本人負担）で、ご長男様に請求書の送付をお願いします。
ご検討のほど、よろしくお願いいたします。

{SIG_SAOTOME}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named resident's disability certificate grade, amputation and dialysis, to a taxi company",
))

MESSAGES.append(dict(
    id="car-085",
    sender="早乙女 里奈 <saotome.rina@hinode-sangyo.co.jp>",
    to=["yoyaku@himawari-taxi.jp"],
    subject="Re: 12/9 配車のご確認",
    charset="iso-2022-jp",
    body="""ひまわり介護タクシー
ご担当者様

お世話になっております。ひのでハイツ桜台の早乙女です。
12月9日（水）の配車、以下の内容で確定でお願いいたします。

　迎車：ひのでハイツ桜台 正面玄関　9時40分
　行先：練馬光が丘総合病院 正面玄関
　人数：ご利用者様1名、付き添い職員1名
　車いすはご本人のものを使用します（折りたたみ可）
　帰りは未定のため、病院から改めてお電話いたします。

予約番号：HT-1209-04 と伺っております。
よろしくお願いいたします。

早乙女
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="taxi booking with no name or health detail: ordinary business mail",
))


def _m086():
    staff = [
        ("岡部 さやか", "1988-05-14", "介護福祉士", "腰痛（要精査）", "B"),
        ("田中 亮", "1995-11-02", "介護職員", "異常なし", "A"),
        ("須藤 恵美", "1979-03-27", "看護師", "高血圧（要治療）", "C"),
        ("江川 ひとみ", "1983-08-08", "介護福祉士", "貧血（Hb 9.8）", "C"),
        ("Nguyen Thi Lan", "1999-02-19", "介護職員", "B型肝炎ウイルス陽性（要精密）", "D"),
        ("川嶋 悠斗", "2001-07-30", "介護職員", "異常なし", "A"),
        ("宍戸 修", "1967-12-01", "介護職員", "糖尿病（HbA1c 7.9）", "C"),
        ("野々村 千春", "1990-04-11", "看護師", "うつ病で通院中（本人申告）", "―"),
    ]
    rows = [["2026年度 夜勤従事者 特定業務健診 結果一覧（ひので苑 緑ヶ丘）"], [],
            ["氏名", "生年月日", "職種", "所見", "判定"]]
    rows += [list(s) for s in staff]
    return dict(
        id="car-086",
        sender="山ノ内 ゆかり <yamanouchi.y@hinode-sangyo.co.jp>",
        to=["青葉産業医事務所 中条先生 <chujo@aoba-sangyoi.jp>"],
        subject="夜勤従事者健診 結果一覧（就業判定のお願い）",
        charset="utf-8",
        body="""中条先生

いつもお世話になっております。日の出産業 総務の山ノ内です。
ひので苑 緑ヶ丘の夜勤従事者の特定業務健診結果をまとめました。
C・D 判定の方について、夜勤継続の可否のご意見をいただけますでしょうか。

山ノ内 ゆかり
日の出産業株式会社 総務部 労務課
TEL 03-5402-7710
""",
        attachments=[{"kind": "xlsx", "name": "夜勤健診_緑ヶ丘_2026.xlsx",
                      "sheets": {"結果一覧": rows}}],
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="XLSX of 8 staff health check findings (incl. hepatitis B, depression) with DOB to the occupational physician",
    )


MESSAGES.append(_m086())

MESSAGES.append(dict(
    id="car-087",
    sender="東海林 彩 <shoji.aya@hinode-sangyo.co.jp>",
    to=["浅利様 <asari@kitaguni-foods.co.jp>"],
    subject="配膳トレーの名札（4F 入れ替え分）",
    charset="utf-8",
    body="""浅利様

お世話になっております。東海林です。
4F の居室移動があったため、配膳トレーの名札の差し替えをお願いします。

401 比留間 ヨネ 様
402 濵田 文子 様
403 今村 房江 様
405 安達 カネ 様
406 齋藤 キミ 様
410 根本 ふさ 様

12/1（火）の朝食から新しい名札でお願いします。
東海林
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="6 residents' names with room numbers only, for tray name tags at the caterer: arguably a list of people, little data",
))

MESSAGES.append(dict(
    id="car-088",
    sender="村瀬 恭子 <murase.kyoko@hinode-sangyo.co.jp>",
    to=["若葉看護専門学校 実習調整担当 <jisshu@wakaba-nurse.ac.jp>"],
    subject="老年看護学実習（2月）受け入れについて",
    charset="iso-2022-jp",
    body=f"""若葉看護専門学校
実習調整ご担当　古谷先生

いつもお世話になっております。ひので苑 緑ヶ丘の村瀬です。
2月の老年看護学実習の受け入れについて、以下のとおりご回答いたします。

　期間：2月2日（月）〜2月13日（金）（土日除く10日間）
　人数：学生6名（2グループ）
　実習指導者：看護主任 根岸 美和、介護課リーダー 柘植 健太
　連絡先：施設代表 045-978-2210（指導者あて）

事前オリエンテーションは1月26日（月）14時から当苑で行います。
学生の皆さんの健康診断書・抗体価証明は、初日までにご提出をお願いします。

{SIG_MURASE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="two staff named as instructors with only the facility switchboard: ordinary business mail",
))


def _m089():
    trainees = [
        ("NGUYEN VAN HUNG", "グエン ヴァン フン", "1998-03-14", "ベトナム", "UH48213097VN"),
        ("TRAN THI MAI", "チャン ティ マイ", "2000-10-02", "ベトナム", "AB77120456VN"),
        ("SANTOS MARIA CLARA", "サントス マリア クララ", "1996-06-25", "フィリピン", "PQ30918824FA"),
        ("PUTRI AYU LESTARI", "プトリ アユ レスタリ", "1999-01-08", "インドネシア", "KL55028731EA"),
        ("BAYAR ENKHJARGAL", "バヤル エンフジャルガル", "1997-12-19", "モンゴル", "XM62409158GA"),
    ]
    lines = []
    for n, (ro, ka, b, nat, card) in enumerate(trainees, 1):
        lines.append(f"{n}. {ro}（{ka}）\n   生年月日 {b} / 国籍 {nat} / 在留カード番号 {card}\n"
                     f"   在留資格 技能実習2号ロ / 配属 ひので苑 {['緑ヶ丘', 'あさひ', 'みなと野', '緑ヶ丘', 'あさひ'][n - 1]}"
                     f" / 携帯 {mobile(f'c89-{n}')}")
    return dict(
        id="car-089",
        sender="山ノ内 ゆかり <yamanouchi.y@hinode-sangyo.co.jp>",
        to=["アジア人材協同組合 監理部 <kanri@asia-jinzai.or.jp>"],
        subject="技能実習生 在留期間更新の対象者（1月期限）",
        charset="utf-8",
        body="""アジア人材協同組合
監理部 ご担当者様

いつもお世話になっております。日の出産業 総務の山ノ内です。
1月に在留期間の期限を迎える技能実習生5名の情報をお送りします。
更新申請書類の作成をお願いいたします。

""" + "\n\n".join(lines) + """

在留カードのコピーは、来週の巡回訪問時にお渡しします。
よろしくお願いいたします。

山ノ内 ゆかり
日の出産業株式会社 総務部 労務課
TEL 03-5402-7710
""",
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="5 foreign trainees in romaji with residence card numbers, DOB, nationality and mobiles to the supervising body",
    )


MESSAGES.append(_m089())


def _m090():
    fam = [
        ("227-0036", "神奈川県横浜市青葉区奈良町2762-14", "小野寺 博之", "小野寺 キヨ"),
        ("213-0012", "川崎市高津区坂戸二丁目8番3号", "村井 和代", "大河内 トメ"),
        ("252-0303", "相模原市南区相模大野４−２−１１−５０２", "渡邉 康介", "渡邉 タケ"),
        ("154-0017", "東京都世田谷区世田谷１丁目２３番９号", "金子 知恵", "金子 よしゑ"),
        ("226-0025", "横浜市緑区十日市場町八〇一の三", "鈴木 修", "鈴木 ハナ"),
        ("194-0013", "町田市原町田6-3-30 ライオンズ町田1105", "百目鬼 和弘", "百目鬼 静"),
        ("242-0007", "大和市中央林間西3丁目10-7", "坂本 健", "坂本 辰雄"),
        ("245-0016", "横浜市泉区和泉町4130-2", "吉田 直美", "吉田 源三郎"),
        ("151-0066", "渋谷区西原1-40-12", "田邊 陽子", "田邊 喜一郎"),
        ("901-2111", "沖縄県浦添市経塚六三三番地", "仲宗根 ゆかり", "仲宗根 カマド"),
        ("223-0061", "横浜市港北区日吉3-9-2-207", "髙橋 誠一", "髙橋 フミ"),
    ]
    rows = [[f"〒{z}", a, f"{n} 様", f"（{r} 様 ご家族）"] for z, a, n, r in fam]
    return dict(
        id="car-090",
        sender="宇佐美 直子 <usami.n@hinode-sangyo.co.jp>",
        to=["錦印刷 三好様 <miyoshi@nishiki-insatsu.co.jp>"],
        subject="年賀状 宛名印刷データ（ご家族様分）",
        charset="cp932",
        body=f"""三好様

いつもお世話になっております。ひので苑の宇佐美です。
年賀状の宛名印刷用データをお送りします（CSV、見出し行なし）。
デザインは先日校了したBパターン、差出人は「ひので苑 緑ヶ丘 職員一同」でお願いします。

枚数はこのデータの11件です。よろしくお願いいたします。

{SIG_USAMI}
""",
        attachments=[{"kind": "csv", "name": "nenga_family.csv", "rows": rows, "encoding": "cp932"}],
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="headerless CSV of 11 families' names and home addresses (kanji numerals, full-width) to the printer",
    )


MESSAGES.append(_m090())

# ---------------------------------------------------------------------------------------
# 091-100
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="car-091",
    sender="宇佐美 直子 <usami.n@hinode-sangyo.co.jp>",
    to=["三好様 <miyoshi@nishiki-insatsu.co.jp>"],
    subject="Re: 年賀状のお見積り",
    charset="iso-2022-jp",
    body="""三好様

お見積りありがとうございました。宇佐美です。
Bパターン（干支のイラスト＋施設の写真）でお願いいたします。

　・枚数：全施設分あわせて 620枚
　　（緑ヶ丘 180／あさひ 150／みなと野 130／ハイツ桜台 90／ハイツ西荻 70）
　・宛名印刷：あり（データは各施設から別途お送りします）
　・納品：12月18日（金）までに各施設へ直送

お見積り番号 NI-26-1142 の金額（税込 68,200円）で発注させていただきます。
発注書は本日、業務課から郵送いたします。

宇佐美
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="print order with quantities and a quote number, no personal data",
))

MESSAGES.append(dict(
    id="car-092",
    sender="伊集院 司 <ijuin@hinode-sangyo.co.jp>",
    to=["錦印刷 企画部 <kikaku@nishiki-insatsu.co.jp>"],
    cc=["宇佐美 直子 <usami.n@hinode-sangyo.co.jp>"],
    subject="介護事業 総合パンフレット 2027年版 原稿",
    charset="utf-8",
    body="""錦印刷株式会社 企画部 御中

お世話になっております。日の出産業の伊集院です。
総合パンフレット2027年版の施設紹介ページの原稿をお送りします。

━━ 施設一覧 ━━
◇ひので苑 緑ヶ丘（介護付有料老人ホーム・72室）
　〒227-0043 神奈川県横浜市青葉区藤が丘3-14-2　TEL 045-978-2210
　東急田園都市線「藤が丘」駅 徒歩8分
◇ひので苑 あさひ（介護付有料老人ホーム・60室）
　〒330-0061 埼玉県さいたま市浦和区常盤9-21-6　TEL 048-831-5507
◇ひので苑 みなと野（介護付有料老人ホーム・54室）
　〒270-0299 千葉県みなと野市汐見台3-7-12　TEL 047-393-6620
◇ひのでハイツ桜台（サービス付き高齢者向け住宅・30戸）
　〒176-0002 東京都練馬区桜台5-8-17　TEL 03-5999-4120
◇ひのでハイツ西荻（サービス付き高齢者向け住宅・24戸）
　〒167-0042 東京都杉並区西荻北4-2-9　TEL 03-5311-8850
◇ひので苑 わかば（2027年4月開設予定・60室）

表紙の写真は、緑ヶ丘の中庭（ご入居者様の顔が写らないもの）を使用してください。
初校は1月15日を目途にお願いいたします。

伊集院
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="brochure copy with the facilities' addresses and switchboards: a list of sites, not people",
))

MESSAGES.append(dict(
    id="car-093",
    sender="堀之内 誠 <horinouchi@hinode-sangyo.co.jp>",
    to=["緑ヶ丘 運営会議 <unei.midorigaoka@hinode-sangyo.co.jp>"],
    subject="11/24 運営会議 議事録",
    charset="iso-2022-jp",
    body="""運営会議メンバー各位

11/24 の議事録です。訂正があれば今週中にお願いします。

１．入退去
　・202 大河内トメ様：看取り期に入った。ご家族（次女）と12/1に面談予定。
　・305 田邊喜一郎様：黒色便あり、港北中央病院で胃カメラ予定（12/3）。
　・空室2（211、314）。見学予約 3件。

２．ヒヤリハット
　・配薬漏れ（409）→ダブルチェックの手順を再周知。
　・307 高橋フミ様 退院後のリハビリ計画：PT と相談、歩行器へ。
　　※ご家族（長男）への事故後説明は施設長が12/5に実施。

３．その他
　・年末年始の面会ルール（ニュースレターで告知済み）
　・クリスマス会の役割分担（別紙）

堀之内
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="internal meeting minutes naming residents with medical matters, to an internal list only",
))

MESSAGES.append(dict(
    id="car-094",
    sender="丸岡 千尋 <maruoka@hinode-sangyo.co.jp>",
    to=["クリーンメイト株式会社 業務課 <gyomu@cleanmate.co.jp>"],
    subject="清掃・感染対策の作業手順（委託仕様書の別紙）",
    charset="cp932",
    body=f"""クリーンメイト株式会社
業務課　ご担当者様

お世話になっております。日の出産業の丸岡です。
来月からの清掃委託にあたり、仕様書別紙の作業手順をExcelでお送りします。
スタッフの皆さまへの事前教育にご活用ください。

{SIG_MARUOKA}
""",
    attachments=[{
        "kind": "xlsx", "name": "別紙_清掃感染対策手順.xlsx",
        "page_header": "社外秘　日の出産業株式会社",
        "title": "清掃・感染対策 作業手順",
        "sheets": {
            "日常清掃": [["ひので苑 清掃・感染対策 作業手順（別紙2）"], [],
                         ["区分", "場所", "頻度", "方法", "使用薬剤"],
                         ["日常", "居室床", "毎日", "モップ乾拭き→水拭き", "中性洗剤"],
                         ["日常", "手すり・ドアノブ", "1日2回", "清拭", "アルコール0.2%第4級アンモニウム"],
                         ["日常", "トイレ", "1日2回", "便座・床清拭", "次亜塩素酸Na 0.02%"]],
            "嘔吐物処理": [["手順", "内容"], [1, "ガウン・手袋・マスク着用"],
                          [2, "ペーパーで外側から内側へ拭き取る"],
                          [3, "次亜塩素酸Na 0.1%で10分浸す"], [4, "換気・手洗い"]],
        },
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="procedure workbook to the cleaning contractor carries 社外秘 in its print header",
))

MESSAGES.append(dict(
    id="car-095",
    sender="伊集院 司 <ijuin@hinode-sangyo.co.jp>",
    to=["ケアラーニング研究所 講師 瀬尾様 <seo@care-learning.jp>"],
    subject="1月の職員研修資料（当社作成分）",
    charset="utf-8",
    body="""ケアラーニング研究所
瀬尾様

お世話になっております。日の出産業の伊集院です。
1月の階層別研修（リーダー職）で先生にお話しいただく前段として、
当社側で説明するスライドをお送りします。内容の重複がないかご確認ください。

伊集院
""",
    attachments=[{
        "kind": "pptx", "name": "リーダー研修_当社説明パート.pptx",
        "page_footer": "Confidential - Hinode Sangyo internal use only",
        "slides": [
            ["介護事業部 リーダー研修 2027", "当社の現状と課題"],
            ["離職率の推移", "2024年度 18.2%", "2025年度 16.9%", "2026年度（見込）14.5%"],
            ["施設別の課題", "緑ヶ丘：夜勤帯の人員", "あさひ：外国人職員の定着",
             "みなと野：開設2年目の教育体制"],
            ["リーダーに期待すること", "OJT の計画化", "ヒヤリハットの共有文化"],
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX footer on every slide: 'Confidential - internal use only', sent to an outside trainer",
))

MESSAGES.append(dict(
    id="car-096",
    sender="伊集院 司 <ijuin@hinode-sangyo.co.jp>",
    to=["瀬尾様 <seo@care-learning.jp>"],
    subject="Re: 研修資料の件（修正版）",
    charset="iso-2022-jp",
    body="""瀬尾様

ご確認ありがとうございました。伊集院です。
ご指摘をふまえて、社外の方にもお見せできる形に作り直しました。
数値は公開している統計のみに差し替え、施設別の課題のページは削除しています。
こちらを当日の配布資料として使わせていただきます。

伊集院
""",
    attachments=[{
        "kind": "pptx", "name": "リーダー研修_当社説明パート_配布用.pptx",
        "slides": [
            ["介護事業部 リーダー研修 2027", "介護現場のリーダーに求められること"],
            ["介護業界の人材動向", "介護職員数は約215万人（厚生労働省 公表値）",
             "2040年度には約57万人の追加確保が必要とされる"],
            ["リーダーに期待すること", "OJT の計画化", "ヒヤリハットの共有文化", "多職種連携"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="the public version of the slides: no marking, public figures only",
))

MESSAGES.append(dict(
    id="car-097",
    sender="堀之内 誠 <horinouchi@hinode-sangyo.co.jp>",
    to=["比留間 康夫 <y.hiruma@softbank.ne.jp>"],
    subject="年末年始の面会について",
    charset="utf-8",
    body=f"""比留間 様

いつもお世話になっております。ひので苑 緑ヶ丘の堀之内です。
お問い合わせいただいた年末年始の面会について、ご案内いたします。

・12月29日〜1月3日は、10時〜16時のあいだ、1回30分までの予約制です。
・1回の面会は2名様まで（小学生以下のお子様は人数に含みません）。
・ご来苑時は受付で検温と手指消毒をお願いしております。
・お正月のおせちをご一緒に召し上がる場合は、12月20日までにお申し込みください
　（ご家族分 1,800円）。

ご予約は事務所（045-978-2210）までお電話でお願いいたします。
よいお年をお迎えください。

{SIG_HORI}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="visiting rules to one family member on a carrier address",
))

MESSAGES.append(dict(
    id="car-098",
    sender="丸岡 千尋 <maruoka@hinode-sangyo.co.jp>",
    to=["勅使河原 勉 様 <teshigawara.tsutomu@gmail.com>",
        "勅使河原 恵 様 <megumi.teshi@yahoo.co.jp>"],
    subject="ご請求書の送付先変更について（ご確認）",
    charset="utf-8",
    body=f"""勅使河原 勉 様
勅使河原 恵 様

いつもお世話になっております。日の出産業 介護事業部の丸岡でございます。
お二人にご相談いただいておりました、ご請求書の送付先の件です。

1月分から、ご請求書の送付先を勉様のご住所から恵様のご住所へ変更し、
お引落口座はこれまでどおり勉様名義のままといたします。
この内容でよろしければ、どちらか お一人様から ご返信いただけますでしょうか。

{SIG_MARUOKA}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="two siblings (two private parties) in To about their own billing: below the three-party threshold",
))

MESSAGES.append(dict(
    id="car-099",
    sender="村瀬 恭子 <murase.kyoko@hinode-sangyo.co.jp>",
    to=["大河内 和子 <kazuko.okochi@gmail.com>",
        "村井和代 <kazuyo.murai@yahoo.co.jp>",
        "大河内 隆 <t-okochi@ezweb.ne.jp>"],
    subject="ご面談日程のご相談（ひので苑 緑ヶ丘）",
    charset="iso-2022-jp",
    body="""大河内 和子 様
村井 和代 様
大河内 隆 様

いつもお世話になっております。ひので苑 緑ヶ丘 施設長の村瀬でございます。
先日お電話でお話しいたしました、今後のご方針についてのご面談の件です。
ご家族の皆さまがそろってお越しいただける日を調整したく、
皆さまに同じメールをお送りしております。

　候補１：12月1日（火）14時〜
　候補２：12月2日（水）18時〜
　候補３：12月5日（土）10時〜

ご都合のつく日を、ご返信にてお知らせくださいませ。
どうぞよろしくお願い申し上げます。

ひので苑 緑ヶ丘　施設長　村瀬 恭子
TEL 045-978-2210
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private persons' addresses visible to each other in To (three parties) — should have been Bcc",
))

MESSAGES.append(dict(
    id="car-100",
    sender="早乙女 里奈 <saotome.rina@hinode-sangyo.co.jp>",
    to=["桜台三丁目町会 会長 <sakuradai3.chokai@gmail.com>",
        "民生委員 橋爪 <hashizume.minsei@yahoo.co.jp>",
        "桜台地域包括支援センター <houkatsu@sakuradai-houkatsu.jp>",
        "練馬区 高齢者支援課 <koreisha-shien@city.nerima-ku.lg.jp>"],
    subject="第4回 運営推進会議 議事録の送付",
    charset="utf-8",
    body=f"""運営推進会議 委員の皆さま

先日はお忙しい中ご出席いただき、ありがとうございました。
ひのでハイツ桜台の早乙女です。第4回運営推進会議の議事録をお送りします。

【開催】2026年11月14日（土）10:00〜11:30　ひのでハイツ桜台 1F 食堂
【出席】町会長、民生委員、地域包括支援センター、区高齢者支援課、当住宅 管理者・相談員
【報告】
　・入居状況：27戸／30戸（平均年齢 84.3歳、平均要介護度 1.8）
　・事故報告：転倒 1件（骨折なし）、誤薬 0件
　・行事：秋の防災訓練（町会と合同、参加 41名）
【意見】
　・冬季の夜間避難訓練を町会と合同で実施してはどうか（町会長）
　・見守りネットワークへの加入について（地域包括）

次回は2月13日（土）10時を予定しております。
ご意見がございましたらお知らせください。

{SIG_SAOTOME}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="committee minutes (anonymised) to four external parties who can see each other's addresses",
))
